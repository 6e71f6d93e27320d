"""Fiftyninth set: robot mail of debt collectors, bailiffs, payment disputes, credit registers, courts, mediators and law firms, plus people who look automatic (pl cs hr sv ro el bg). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ pl
    ('pl', 'collection-agency-case-opened', 'automated', (),
'''Return-Path: <bounces+2231874-9c1e-privacy=shop.example.be@em7712.kredo-windykacja.pl>
Received: from o3.ptr4127.kredo-windykacja.pl (o3.ptr4127.kredo-windykacja.pl [149.72.188.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 7C41E1A03A2
	for <privacy@shop.example.be>; Mon, 20 Apr 2026 08:02:17 +0200 (CEST)
Received: by filterdrecv-5d8c7f9b6-x2qlm with SMTP id filterdrecv-5d8c7f9b6-x2qlm-1-6805A1C8-2D
	2026-04-20 06:02:16.412238114 +0000 UTC m=+2811462.337714301
Received: from app-03.kredo-windykacja.local (unknown)
	by geopod-ismtpd-12 (SG) with ESMTP id qJ7fN2mXS3e0kPq9ZcWb1A
	for <privacy@shop.example.be>;
	Mon, 20 Apr 2026 06:02:16.219 +0000 (UTC)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=kredo-windykacja.pl;
	h=content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to;
	s=s1; bh=cK6CRmCB+w+mUrWOMvFonLFYKLgmLNrQzBL5kcrznQH=;
	b=x5ugtSS9bf8c3drGvDotyPB6Jf1F19TlpqtMlIm9L+Udd7PNo0uBdPsFcEqg1q0A
	cCfBDkRgXdSNIVnGeV9MTn/B7+TdDa3XXs18nUUdBhB+kasNcxUyDzex8UChi6jf
	Ih4OmPYsewS7GqVfK+5Df9O5y8J02rE91fq9YgKDGBWRAf1n2QEvUvU2/5B8tQTl
	ny37ILyh2DCVgWWmZdv4DvcgaznT2/OZCJpljbPqZG+YvkGNcAhh
Authentication-Results: mx1.shop.example.be;
	dkim=pass (2048-bit key) header.d=kredo-windykacja.pl header.i=@kredo-windykacja.pl;
	spf=pass smtp.mailfrom=em7712.kredo-windykacja.pl
From: =?utf-8?q?Kredo_Windykacja_?=
 =?utf-8?q?=E2=80=93_Powiadomienia?= <powiadomienia@kredo-windykacja.pl>
Reply-To: no-reply@kredo-windykacja.pl
To: privacy@shop.example.be
Subject: =?utf-8?b?UHJ6eWrEmWNpZSBzcHJhd3kgZG8gb2JzxYJ1Z2kg4oCTIG5yIEtX?=
 =?utf-8?b?LzIwMjYvMDQvMTg4MzI=?=
Date: Mon, 20 Apr 2026 06:02:16 +0000
Message-ID: <qJ7fN2mXS3e0kPq9ZcWb1A@geopod-ismtpd-12>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-SG-EID: ck38nJ9yW9qpVLRVtg07x+NNBzuUvOpcn8FS1zgFRBBNSywRZSvJhNifYAJ/
X-Entity-ID: u001.Lk3bW9xQv2Rj8tZc1mHn0A==
Content-Type: multipart/alternative; boundary="6ab3d1c2f0e84b7a9c55e1d0f3a2b6c4"

--6ab3d1c2f0e84b7a9c55e1d0f3a2b6c4
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0

Szanowni Pa=C5=84stwo,

informujemy, =C5=BCe zlecenie windykacyjne przekazane przez Shop Example BV=
 zosta=C5=82o przyj=C4=99te do obs=C5=82ugi.

Numer sprawy: KW/2026/04/18832
D=C5=82u=C5=BCnik: Marek Z*******i (dane pe=C5=82ne w Panelu Klienta)
Dokument =C5=BAr=C3=B3d=C5=82owy: faktura FV/PL/2026/01377 z dnia 12.02.2026
Kwota g=C5=82=C3=B3wna: 349,99 PLN
Odsetki ustawowe za op=C3=B3=C5=BAnienie (na dzie=C5=84 przyj=C4=99cia): 6,=
12 PLN
Etap: windykacja polubowna =E2=80=93 pierwsze wezwanie do zap=C5=82aty zost=
anie wys=C5=82ane do d=C5=82u=C5=BCnika w ci=C4=85gu 2 dni roboczych (e-mai=
l, SMS, list zwyk=C5=82y).

Dane osobowe d=C5=82u=C5=BCnika (imi=C4=99 i nazwisko, adres korespondencyj=
ny, numer telefonu, adres e-mail oraz historia zam=C3=B3wie=C5=84 powi=C4=
=85zana z faktur=C4=85) zosta=C5=82y zaimportowane do systemu w zakresie ok=
re=C5=9Blonym w umowie powierzenia przetwarzania danych nr UP/118/2025. Adm=
inistratorem danych pozostaje Shop Example BV; Kredo Windykacja Sp. z o.o. =
dzia=C5=82a jako podmiot przetwarzaj=C4=85cy zgodnie z art. 28 RODO.

Status sprawy, histori=C4=99 kontakt=C3=B3w i dokumenty mo=C5=BCesz =C5=9Bl=
edzi=C4=87 w Panelu Klienta:
https://panel.kredo-windykacja.pl/sprawy/KW-2026-04-18832

Wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie. Prosimy na ni=
=C4=85 nie odpowiada=C4=87 =E2=80=93 ta skrzynka nie jest monitorowana. W s=
prawach zlecenia prosimy o kontakt z opiekunem klienta: obsluga.klienta@kre=
do-windykacja.pl, tel. +48 61 220 14 70.

--
Kredo Windykacja Sp. z o.o., ul. Przemys=C5=82owa 41, 60-102 Pozna=C5=84
KRS 0000612874 | NIP 7792387710 | Kapita=C5=82 zak=C5=82adowy 250 000 PLN
--6ab3d1c2f0e84b7a9c55e1d0f3a2b6c4
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8
Mime-Version: 1.0

<!DOCTYPE html>
<html lang=3D"pl"><head><meta charset=3D"utf-8"><title>Przyj=C4=99cie spraw=
y do obs=C5=82ugi</title></head>
<body style=3D"margin:0;padding:0;background:#f2f4f7;font-family:Arial,Helv=
etica,sans-serif;color:#1d2330">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"600" cellpadding=3D"24" cellspacing=
=3D"0" style=3D"background:#ffffff">
<tr><td style=3D"background:#0b3d6b;color:#ffffff;font-size:18px"><strong>K=
redo Windykacja</strong> &middot; Powiadomienie systemowe</td></tr>
<tr><td>
<p>Szanowni Pa=C5=84stwo,</p>
<p>informujemy, =C5=BCe zlecenie windykacyjne przekazane przez <strong>Shop=
 Example BV</strong> zosta=C5=82o przyj=C4=99te do obs=C5=82ugi.</p>
<table cellpadding=3D"6" cellspacing=3D"0" style=3D"border-collapse:collaps=
e;font-size:14px">
<tr><td>Numer sprawy</td><td><strong>KW/2026/04/18832</strong></td></tr>
<tr><td>D=C5=82u=C5=BCnik</td><td>Marek Z*******i</td></tr>
<tr><td>Dokument =C5=BAr=C3=B3d=C5=82owy</td><td>FV/PL/2026/01377 z 12.02.2=
026</td></tr>
<tr><td>Kwota g=C5=82=C3=B3wna</td><td>349,99 PLN</td></tr>
<tr><td>Odsetki</td><td>6,12 PLN</td></tr>
<tr><td>Etap</td><td>windykacja polubowna</td></tr>
</table>
<p style=3D"font-size:13px;color:#555">Dane osobowe d=C5=82u=C5=BCnika zost=
a=C5=82y zaimportowane w zakresie okre=C5=9Blonym w umowie powierzenia prze=
twarzania danych nr UP/118/2025 (art. 28 RODO). Administratorem danych pozo=
staje Shop Example BV.</p>
<p><a href=3D"https://panel.kredo-windykacja.pl/sprawy/KW-2026-04-18832" st=
yle=3D"background:#0b3d6b;color:#fff;padding:10px 18px;text-decoration:none=
">Otw=C3=B3rz spraw=C4=99 w Panelu Klienta</a></p>
<p style=3D"font-size:12px;color:#888">Wiadomo=C5=9B=C4=87 wygenerowana aut=
omatycznie =E2=80=93 prosimy na ni=C4=85 nie odpowiada=C4=87.</p>
</td></tr>
<tr><td style=3D"font-size:11px;color:#888">Kredo Windykacja Sp. z o.o., ul=
. Przemys=C5=82owa 41, 60-102 Pozna=C5=84, KRS 0000612874</td></tr>
</table></td></tr></table>
<img src=3D"https://u2231874.ct.sendgrid.net/wf/open?upn=3DLk3bW9xQv2Rj8tZc=
1mHn0A" alt=3D"" width=3D"1" height=3D"1" border=3D"0">
</body></html>
--6ab3d1c2f0e84b7a9c55e1d0f3a2b6c4--
'''),
    ('pl', 'law-firm-exchange-ooo-confidentiality', 'automated', (),
'''Return-Path: <j.wrzosek@kancelaria-wrzosek.pl>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2107.outbound.protection.outlook.com [40.107.22.107])
	by mx1.shop.example.be (Postfix) with ESMTPS id 3F0B21A0411
	for <privacy@shop.example.be>; Tue, 21 Apr 2026 11:14:05 +0200 (CEST)
ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
	b=L+jZ0eG+z3E3Splii1V0Q/+z57tc23VNKNSXvSMaZWYrcQ3N1Sbi7SgvP/6q7x00
	Jq9W0nse5VcWNy+cZ6AgMx53kmoHah43cEXOihT6kuL/TKCPr1xfepGoo+fjKZD3
	m55dtp3z+uqPPTlyHHoVVgnJuz5XDjIWsGhnwXGB==
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
	d=kancelariawrzosek.onmicrosoft.com; s=selector1-kancelariawrzosek-onmicrosoft-com;
	h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
	bh=sfD2/ypg9zcvWkPA2bpcHecZtmApBRh2pnS71rb1PE1=;
	b=CfiZWu0weUsFgvGVAlSorXkP7cX3nsLCXGP53HCCe8NV9EygKafNX4dSOhBTcXkV
	GC0VBlDpaUitj0KzfJJw/np6BwE91hzPFWFAlDZaNmNVs+I3MLC8fT9y9lQOvjTc
	rrtCqv0pYTVJW3rEGNs18WdUcV1P8QvMV+Snv8sr3H0o
Received: from PA4PR08MB6221.eurprd08.prod.outlook.com (2603:10a6:102:e2::9) by
 AS8PR08MB9910.eurprd08.prod.outlook.com (2603:10a6:20b:5c1::14) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.21; Tue, 21 Apr
 2026 09:14:03 +0000
Received: from PA4PR08MB6221.eurprd08.prod.outlook.com
 ([fe80::7d1c:3a9e:41b2:88f0]) by PA4PR08MB6221.eurprd08.prod.outlook.com
 ([fe80::7d1c:3a9e:41b2:88f0%5]) with mapi id 15.20.8632.021; Tue, 21 Apr 2026
 09:14:03 +0000
From: =?utf-8?q?Joanna_Wrzosek_=E2=80=93?=
 =?utf-8?q?_Kancelaria_Radcy_?=
 =?utf-8?q?Prawnego?= <j.wrzosek@kancelaria-wrzosek.pl>
To: =?utf-8?q?Shop_Example_=E2=80=93_O?=
 =?utf-8?q?chrona_danych?= <privacy@shop.example.be>
Subject: =?utf-8?b?QXV0b21hdHljem5hIG9kcG93aWVkxbo6IFBlxYJub21vY25pY3R3?=
 =?utf-8?b?byBpIMW8xIVkYW5pZSB3eWRhbmlhIGRhbnljaCDigJMga2xpZW50?=
 =?utf-8?b?IFRvbWFzeiBSeWJpY2tp?=
Thread-Topic: =?utf-8?b?UGXFgm5vbW9jbmljdHdvIGkgxbzEhWRhbmllIHd5ZGFuaWEgZGFu?=
 =?utf-8?b?eWNoIOKAkyBrbGllbnQgVG9tYXN6IFJ5Ymlja2k=?=
Thread-Index: AQHcsX7aFq0m2VJr0E+Wkq3p8YtB9A==
Date: Tue, 21 Apr 2026 09:14:03 +0000
Message-ID: <2c0f9d3b7a8e4e1b9a1f60d2c4e7b511@PA4PR08MB6221.eurprd08.prod.outlook.com>
In-Reply-To: <20260421091355.5A1C21A0402@mx1.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: j.wrzosek@kancelaria-wrzosek.pl
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Content-Language: pl-PL
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

RHppZcWEIGRvYnJ5LAoKZHppxJlrdWrEmSB6YSB3aWFkb21vxZvEhy4gT2QgMjAgZG8gMzAga3dp
ZXRuaWEgMjAyNiByLiBwcnplYnl3YW0gbmEgcm96cHJhd2FjaCB3eWphemRvd3ljaCBpIG1hbSBv
Z3Jhbmljem9ueSBkb3N0xJlwIGRvIHBvY3p0eSBlbGVrdHJvbmljem5lai4gT2Rwb3dpZW0gbmll
enfFgm9jem5pZSBwbyBwb3dyb2NpZS4KClcgc3ByYXdhY2ggcGlsbnljaCwgdyBzemN6ZWfDs2xu
b8WbY2kgZG90eWN6xIVjeWNoIHRlcm1pbsOzdyBwcm9jZXNvd3ljaCwgcHJvc3rEmSBvIGtvbnRh
a3QgeiBzZWtyZXRhcmlhdGVtIEthbmNlbGFyaWk6IHNla3JldGFyaWF0QGthbmNlbGFyaWEtd3J6
b3Nlay5wbCwgdGVsLiArNDggMjIgNDE1IDA4IDMxLgoKWiBwb3dhxbxhbmllbQpyLnByLiBKb2Fu
bmEgV3J6b3NlawoKLS0KS2FuY2VsYXJpYSBSYWRjeSBQcmF3bmVnbyBKb2FubmEgV3J6b3Nlawp1
bC4gSG/FvGEgMTcgbG9rLiA0LCAwMC01MjEgV2Fyc3phd2EKCk5pbmllanN6YSB3aWFkb21vxZvE
hyBvcmF6IHdzemVsa2llIHphxYLEhWN6bmlraSBtb2fEhSB6YXdpZXJhxIcgaW5mb3JtYWNqZSBw
b3VmbmUgaSBvYmrEmXRlIHRhamVtbmljxIUgemF3b2Rvd8SFIHJhZGN5IHByYXduZWdvLiBKZcW8
ZWxpIG5pZSBzxIUgUGHFhHN0d28gemFtaWVyem9ueW0gYWRyZXNhdGVtLCBwcm9zaW15IG8gbmll
enfFgm9jem5lIHBvaW5mb3Jtb3dhbmllIG5hZGF3Y3kgaSB1c3VuacSZY2llIHdpYWRvbW/Fm2Np
IHdyYXogeiB6YcWCxIVjem5pa2FtaS4gS29waW93YW5pZSwgcm96cG93c3plY2huaWFuaWUgbHVi
IHd5a29yenlzdHl3YW5pZSB0ZWogd2lhZG9tb8WbY2kgcHJ6ZXogb3NvYnkgbmlldXByYXduaW9u
ZSBqZXN0IHphYnJvbmlvbmUuIEluZm9ybWFjamUgbyBwcnpldHdhcnphbml1IGRhbnljaCBvc29i
b3d5Y2ggcHJ6ZXogS2FuY2VsYXJpxJk6IHd3dy5rYW5jZWxhcmlhLXdyem9zZWsucGwvcm9kbw==
'''),
    ('pl', 'postfix-bounce-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mx.poczta-domowa.pl (mx.poczta-domowa.pl [185.33.74.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 2B9A01A03F1
	for <privacy@shop.example.be>; Thu, 23 Apr 2026 14:31:09 +0200 (CEST)
Received: by mx.poczta-domowa.pl (Postfix)
	id 91C4A3E0B27; Thu, 23 Apr 2026 14:31:08 +0200 (CEST)
Date: Thu, 23 Apr 2026 14:31:08 +0200 (CEST)
From: MAILER-DAEMON@mx.poczta-domowa.pl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="91C4A3E0B27.1776947468/mx.poczta-domowa.pl"
Content-Transfer-Encoding: 7bit
Message-Id: <20260423123108.91C4A3E0B27@mx.poczta-domowa.pl>

This is a MIME-encapsulated message.

--91C4A3E0B27.1776947468/mx.poczta-domowa.pl
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.poczta-domowa.pl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<marek.zielinski1984@poczta-domowa.pl>: host
    lmtp.poczta-domowa.pl[private/dovecot-lmtp] said: 552 5.2.2
    <marek.zielinski1984@poczta-domowa.pl> Quota exceeded (mailbox for user is
    full) (in reply to end of DATA command)

--91C4A3E0B27.1776947468/mx.poczta-domowa.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.poczta-domowa.pl
X-Postfix-Queue-ID: 91C4A3E0B27
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 23 Apr 2026 14:31:07 +0200 (CEST)

Final-Recipient: rfc822; marek.zielinski1984@poczta-domowa.pl
Original-Recipient: rfc822;marek.zielinski1984@poczta-domowa.pl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <marek.zielinski1984@poczta-domowa.pl> Quota
    exceeded (mailbox for user is full)

--91C4A3E0B27.1776947468/mx.poczta-domowa.pl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out2.shop.example.be (out2.shop.example.be [193.58.204.22])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx.poczta-domowa.pl (Postfix) with ESMTPS id 91C4A3E0B27
	for <marek.zielinski1984@poczta-domowa.pl>; Thu, 23 Apr 2026 14:31:07 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2026; t=1776947466; bh=BV3txAqtYh7Y1nwIFMhYIO7Sji9AjezgD/+5tukRQYO=;
	h=From:To:Subject:Date:From;
	b=axfbyruN9V8iaC69tAqIZBWCbcsMe6iRsVrVddJlAEb0wNzwjZMZRd8363gYsm3q
	 cBU9lYz1FLV/pbV690mcDFWrtJHkrXU8iLB5SwkwOIbgqdCMZ/k8TvdOGxkh/eWz
From: =?utf-8?q?Shop_Example_=E2=80=93_O?=
 =?utf-8?q?chrona_danych?= <privacy@shop.example.be>
To: marek.zielinski1984@poczta-domowa.pl
Subject: =?utf-8?b?T2Rwb3dpZWTFuiBuYSBQYW5hIMW8xIVkYW5pZSBkb3N0xJlwdSBk?=
 =?utf-8?b?byBkYW55Y2ggKHNwcmF3YSBLVy8yMDI2LzA0LzE4ODMyKQ==?=
Date: Thu, 23 Apr 2026 14:31:05 +0200
Message-ID: <prv-2026-0423-1431-77d2@shop.example.be>
References: <CAF8x2mP1Zq9Lr4e+3oN0aXv7b@mail.gmail.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_shop_7f21c0"

--91C4A3E0B27.1776947468/mx.poczta-domowa.pl--
'''),
    ('pl', 'debtor-register-entry-removed-report', 'automated', (),
'''Return-Path: <raporty@brn-rejestr.pl>
Received: from smtp-out2.brn-rejestr.pl (smtp-out2.brn-rejestr.pl [91.216.11.58])
	by mx1.shop.example.be (Postfix) with ESMTPS id C8D2E1A0337
	for <privacy@shop.example.be>; Wed, 29 Apr 2026 02:15:44 +0200 (CEST)
Received: from batch01.int.brn-rejestr.pl (batch01.int.brn-rejestr.pl [10.40.2.11])
	by smtp-out2.brn-rejestr.pl (Postfix) with ESMTP id 4A61C20418
	for <privacy@shop.example.be>; Wed, 29 Apr 2026 02:15:43 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=brn-rejestr.pl; s=raporty;
	t=1777421743; bh=olKIghxseC91/LKOYde3jWWSU2biZNyQJTRT4ejAReS=;
	h=From:To:Subject:Date:Message-ID;
	b=hFOlIPcXEtVy5nbnsZxZ1ZyWlTGOB6YQIIQA0OTmZJQmDA6onc91DEN10NciJjOT
	 BV72DLpm4QkpuHShfZBNvD39kSeW/Yig67kyvk3SCmGREwu02EElGDePTH7vErsw
	 8QyS+I/OsS7+2BJ8HtoxO1TQSmHyXMMAgm7APNoS6mw6rmrR
From: =?utf-8?b?Qml1cm8gUmVqZXN0cnUgTmFsZcW8bm/Fm2NpIFMuQS4g4oCTIFJh?=
 =?utf-8?b?cG9ydHkgYXV0b21hdHljem5l?= <raporty@brn-rejestr.pl>
To: privacy@shop.example.be
Cc: windykacja@shop.example.be
Subject: =?utf-8?b?W0JSTl0gUG90d2llcmR6ZW5pZSB1c3VuacSZY2lhIHdwaXN1IHog?=
 =?utf-8?b?UmVqZXN0cnUgRMWCdcW8bmlrw7N3IOKAkyBJRCAyMDI2L1BMLzA0?=
 =?utf-8?b?NDgxMjc=?=
Date: Wed, 29 Apr 2026 02:15:43 +0200
Message-ID: <brn.notify.0448127.20260429021543@brn-rejestr.pl>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: BRN Notify 3.2.7
X-BRN-Report-Type: DEL_CONFIRM
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

QklVUk8gUkVKRVNUUlUgTkFMRcW7Tk/FmkNJIFMuQS4KUmFwb3J0IGF1dG9tYXR5Y3pueSBuciBS
LzIwMjYvMDQvMjkvMDAwOTEzClR5cCByYXBvcnR1OiBwb3R3aWVyZHplbmllIHVzdW5pxJljaWEg
d3Bpc3UKCldpZXJ6eWNpZWw6IFNob3AgRXhhbXBsZSBCViAoSUQgdWN6ZXN0bmlrYTogVy1CRS0w
MDI5MSkKSWRlbnR5ZmlrYXRvciB3cGlzdTogMjAyNi9QTC8wNDQ4MTI3CktvbnN1bWVudDogVCoq
KiBSKioqKioqaSwgYWRyZXM6IMWBw7NkxboKVHl0dcWCIHpvYm93acSFemFuaWE6IGZha3R1cmEg
RlYvUEwvMjAyNi8wMDgxMgpLd290YSB3cGlzdTogMSAyNDksMDAgUExOCkRhdGEgd3Bpc3U6IDAz
LjAzLjIwMjYKRGF0YSB1c3VuacSZY2lhOiAyOC4wNC4yMDI2IDIzOjU5CgpQb2RzdGF3YSB1c3Vu
acSZY2lhOiBkeXNwb3p5Y2phIHdpZXJ6eWNpZWxhIOKAkyB6YWt3ZXN0aW9ub3dhbmllIHpvYm93
acSFemFuaWEgcHJ6ZXoga29uc3VtZW50YSAoa29kIEQwNCkuCgpaZ29kbmllIHogdXN0YXfEhSBv
IHVkb3N0xJlwbmlhbml1IGluZm9ybWFjamkgZ29zcG9kYXJjenljaCB3cGlzIHByemVzdGHFgiBi
ecSHIHVkb3N0xJlwbmlhbnkgeiBjaHdpbMSFIHVzdW5pxJljaWEuIERhbmUgb3NvYm93ZSBrb25z
dW1lbnRhIG9iasSZdGUgd3Bpc2VtIChpbWnEmSwgbmF6d2lza28sIFBFU0VMLCBhZHJlcywgZGFu
ZSB6b2Jvd2nEhXphbmlhKSB6b3N0YcWCeSBwcnplbmllc2lvbmUgZG8gYXJjaGl3dW0gaSBixJlk
xIUgcHJ6ZWNob3d5d2FuZSB3ecWCxIVjem5pZSB3IGNlbHUgd3lrYXphbmlhIHJvemxpY3phbG5v
xZtjaSBwcnpleiBva3JlcyB3eW5pa2FqxIVjeSB6IHByemVwaXPDs3csIGEgbmFzdMSZcG5pZSB0
cndhbGUgdXN1bmnEmXRlLiBXIG9rcmVzaWUgYXJjaGl3aXphY2ppIGRhbmUgbmllIHPEhSB1amF3
bmlhbmUgxbxhZG55bSBwb2RtaW90b20gemFweXR1asSFY3ltLgoKTGljemJhIHphcHl0YcWEIG8g
dGVnbyBrb25zdW1lbnRhIHcgb2tyZXNpZSBvYmVjbm/Fm2NpIHdwaXN1OiAyIChvc3RhdG5pZTog
MTcuMDQuMjAyNikuCgpSYXBvcnQgd3lnZW5lcm93YW5vIGF1dG9tYXR5Y3puaWUuIE5pZSBvZHBv
d2lhZGFqIG5hIHTEmSB3aWFkb21vxZvEhy4KWmFweXRhbmlhIGRvdHljesSFY2UgcmFwb3J0w7N3
OiBvYnNsdWdhLnVjemVzdG5pa293QGJybi1yZWplc3RyLnBsCkluc3Bla3RvciBvY2hyb255IGRh
bnljaCBCUk4gUy5BLjogaW9kQGJybi1yZWplc3RyLnBs
'''),
    ('pl', 'person-asks-which-data-went-to-collector-above-notice', 'access', (),
'''Return-Path: <marek.zielinski1984@gmail.com>
Received: from mail-ed1-f44.google.com (mail-ed1-f44.google.com [209.85.208.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 0E7B41A04C8
	for <privacy@shop.example.be>; Wed, 22 Apr 2026 21:47:31 +0200 (CEST)
Received: by mail-ed1-f44.google.com with SMTP id 4fb4d7f45d1cf-5e61d2a9f04so1180443a12.2
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 12:47:31 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1776887251; x=1777492051; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :from:to:cc:subject:date:message-id:reply-to;
        bh=IqCjVbfsfhVI7AXebf8bpqePBMyUyzgScJ3BKis1lXS=;
        b=SGZkiY+JbaEbzcv4l/AaJk7T3nbwQtu4Koau1lJC6A4SNIrRoiwjdR9cB2CpOHBc+Xnxp0
         8JxBWknlt3eAV/XXH4cIq1+r4iKltRcw3fShpYlUYJsh9qZwKJ0zd5bRmrBG5VTqTWHsEu
         O1F5v2ZuodMNj7upJ4JCjkvtIL/G4TVnZLFaZwuNxEg65qdTDmN/cbduxLJLkFeEzHlZkA
         yM5oobvlSjf6QjeP51D+a4MIhxI6dTlVZG==
MIME-Version: 1.0
References: <kw.notice.18832.1@kredo-windykacja.pl>
In-Reply-To: <kw.notice.18832.1@kredo-windykacja.pl>
From: =?utf-8?q?Marek_Zieli=C5=84ski?= <marek.zielinski1984@gmail.com>
Date: Wed, 22 Apr 2026 21:47:19 +0200
Message-ID: <CAF8x2mP1Zq9Lr4e+3oN0aXv7bWq5sT_uK2n@mail.gmail.com>
Subject: =?utf-8?b?RndkOiBXRVpXQU5JRSBETyBaQVDFgUFUWSDigJMgc3ByYXdhIEtX?=
 =?utf-8?b?LzIwMjYvMDQvMTg4MzIgW3dpYWRvbW/Fm8SHIGF1dG9tYXR5Y3pu?=
 =?utf-8?b?YSwgbmllIG9kcG93aWFkYWpd?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000004e8c1b0614a7c2d9"

--0000000000004e8c1b0614a7c2d9
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

dzi=C5=9B dosta=C5=82em poni=C5=BCsze wezwanie od firmy windykacyjnej. Nigd=
y nie z=C5=82o=C5=BCy=C5=82em u Was zam=C3=B3wienia na 349,99 z=C5=82 i nie=
 dosta=C5=82em =C5=BCadnej faktury =E2=80=93 podejrzewam, =C5=BCe kto=C5=9B=
 u=C5=BCy=C5=82 moich danych albo pomylono mnie z inn=C4=85 osob=C4=85 o ty=
m samym nazwisku.

Zanim cokolwiek zap=C5=82ac=C4=99, chc=C4=99 wiedzie=C4=87:
- jakie dok=C5=82adnie moje dane przekazali=C5=9Bcie firmie Kredo Windykacj=
a (adres, PESEL, telefon, historia zam=C3=B3wie=C5=84?) i kiedy,
- sk=C4=85d w og=C3=B3le macie te dane i do jakiego zam=C3=B3wienia je przy=
pisali=C5=9Bcie,
- komu jeszcze je przekazali=C5=9Bcie =E2=80=93 innym windykatorom, kancela=
rii, rejestrowi d=C5=82u=C5=BCnik=C3=B3w?

Prosz=C4=99 o kopi=C4=99 wszystkich moich danych, kt=C3=B3re u Was s=C4=85,=
 razem z tym, co zosta=C5=82o wys=C5=82ane windykatorowi.

Marek Zieli=C5=84ski
ul. Kasztanowa 8/3, 91-420 =C5=81=C3=B3d=C5=BA
tel. 601 448 219

---------- Forwarded message ---------
Od: Kredo Windykacja <no-reply@kredo-windykacja.pl>
Date: =C5=9Br., 22 kwi 2026 o 07:30
Subject: WEZWANIE DO ZAP=C5=81ATY =E2=80=93 sprawa KW/2026/04/18832 [wiadom=
o=C5=9B=C4=87 automatyczna, nie odpowiadaj]
To: <marek.zielinski1984@gmail.com>


Szanowny Panie,

dzia=C5=82aj=C4=85c na zlecenie wierzyciela Shop Example BV, wzywamy do zap=
=C5=82aty kwoty 356,11 PLN (nale=C5=BCno=C5=9B=C4=87 g=C5=82=C3=B3wna 349,9=
9 PLN + odsetki 6,12 PLN) z tytu=C5=82u faktury FV/PL/2026/01377 w terminie=
 7 dni od otrzymania niniejszego wezwania.

Wp=C5=82aty prosimy dokona=C4=87 na indywidualny rachunek: 48 1020 1097 000=
0 7702 0318 8320.

Brak zap=C5=82aty mo=C5=BCe skutkowa=C4=87 skierowaniem sprawy na drog=C4=
=99 post=C4=99powania s=C4=85dowego oraz wpisem do rejestru d=C5=82u=C5=BCn=
ik=C3=B3w.

Wiadomo=C5=9B=C4=87 wygenerowana automatycznie. Prosimy na ni=C4=85 nie odp=
owiada=C4=87.
Kredo Windykacja Sp. z o.o.
--0000000000004e8c1b0614a7c2d9
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Dzie=C5=84 dobry,</div><div><br></div><div>dzi=C5=9B =
dosta=C5=82em poni=C5=BCsze wezwanie od firmy windykacyjnej. Nigdy nie z=C5=
=82o=C5=BCy=C5=82em u Was zam=C3=B3wienia na 349,99 z=C5=82 i nie dosta=C5=
=82em =C5=BCadnej faktury =E2=80=93 podejrzewam, =C5=BCe kto=C5=9B u=C5=BCy=
=C5=82 moich danych albo pomylono mnie z inn=C4=85 osob=C4=85 o tym samym n=
azwisku.</div><div><br></div><div>Zanim cokolwiek zap=C5=82ac=C4=99, chc=C4=
=99 wiedzie=C4=87:</div><div>- jakie dok=C5=82adnie moje dane przekazali=C5=
=9Bcie firmie Kredo Windykacja (adres, PESEL, telefon, historia zam=C3=B3wi=
e=C5=84?) i kiedy,</div><div>- sk=C4=85d w og=C3=B3le macie te dane i do ja=
kiego zam=C3=B3wienia je przypisali=C5=9Bcie,</div><div>- komu jeszcze je p=
rzekazali=C5=9Bcie =E2=80=93 innym windykatorom, kancelarii, rejestrowi d=
=C5=82u=C5=BCnik=C3=B3w?</div><div><br></div><div>Prosz=C4=99 o kopi=C4=99 =
wszystkich moich danych, kt=C3=B3re u Was s=C4=85, razem z tym, co zosta=C5=
=82o wys=C5=82ane windykatorowi.</div><div><br></div><div>Marek Zieli=C5=84=
ski<br>ul. Kasztanowa 8/3, 91-420 =C5=81=C3=B3d=C5=BA<br>tel. 601 448 219</=
div><br><div class=3D"gmail_quote"><div dir=3D"ltr" class=3D"gmail_attr">--=
-------- Forwarded message ---------<br>Od: <strong class=3D"gmail_senderna=
me" dir=3D"auto">Kredo Windykacja</strong> <span dir=3D"auto">&lt;no-reply@=
kredo-windykacja.pl&gt;</span><br>Date: =C5=9Br., 22 kwi 2026 o 07:30<br>Su=
bject: WEZWANIE DO ZAP=C5=81ATY =E2=80=93 sprawa KW/2026/04/18832 [wiadomo=
=C5=9B=C4=87 automatyczna, nie odpowiadaj]<br>To: &lt;marek.zielinski1984@g=
mail.com&gt;<br></div><br><br><p>Szanowny Panie,</p><p>dzia=C5=82aj=C4=85c =
na zlecenie wierzyciela Shop Example BV, wzywamy do zap=C5=82aty kwoty 356,=
11 PLN (nale=C5=BCno=C5=9B=C4=87 g=C5=82=C3=B3wna 349,99 PLN + odsetki 6,12=
 PLN) z tytu=C5=82u faktury FV/PL/2026/01377 w terminie 7 dni od otrzymania=
 niniejszego wezwania.</p><p>Wp=C5=82aty prosimy dokona=C4=87 na indywidual=
ny rachunek: 48 1020 1097 0000 7702 0318 8320.</p><p>Brak zap=C5=82aty mo=
=C5=BCe skutkowa=C4=87 skierowaniem sprawy na drog=C4=99 post=C4=99powania =
s=C4=85dowego oraz wpisem do rejestru d=C5=82u=C5=BCnik=C3=B3w.</p><p>Wiado=
mo=C5=9B=C4=87 wygenerowana automatycznie. Prosimy na ni=C4=85 nie odpowiad=
a=C4=87.<br>Kredo Windykacja Sp. z o.o.</p></div></div>
--0000000000004e8c1b0614a7c2d9--
'''),
    # ------------------------------------------------------------------ cs
    ('cs', 'exim-bounce-user-unknown', 'automated', (),
'''Return-path: <>
Received: from srv4.webhosting-praha.cz (srv4.webhosting-praha.cz [46.28.105.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 5D3A81A0290
	for <privacy@shop.example.be>; Wed, 6 May 2026 11:47:53 +0200 (CEST)
Received: from Debian-exim by srv4.webhosting-praha.cz with local (Exim 4.96)
	id 1uC8mS-0004Qk-2T
	for privacy@shop.example.be;
	Wed, 06 May 2026 11:47:52 +0200
X-Failed-Recipients: petr.dvorak@dvorak-stavby.cz
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@srv4.webhosting-praha.cz>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1778060872-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1uC8mS-0004Qk-2T@srv4.webhosting-praha.cz>
Date: Wed, 06 May 2026 11:47:52 +0200

--1778060872-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  petr.dvorak@dvorak-stavby.cz
    host mx1.dvorak-stavby.cz [31.31.77.204]
    SMTP error from remote mail server after RCPT TO:<petr.dvorak@dvorak-stavby.cz>:
    550 5.1.1 <petr.dvorak@dvorak-stavby.cz>: Recipient address rejected: User unknown in virtual mailbox table

--1778060872-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; srv4.webhosting-praha.cz

Action: failed
Final-Recipient: rfc822;petr.dvorak@dvorak-stavby.cz
Status: 5.0.0
Remote-MTA: dns; mx1.dvorak-stavby.cz
Diagnostic-Code: smtp; 550 5.1.1 <petr.dvorak@dvorak-stavby.cz>: Recipient address rejected: User unknown in virtual mailbox table

--1778060872-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from out1.shop.example.be ([193.58.204.21])
	by srv4.webhosting-praha.cz with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1uC8mR-0004QZ-1x
	for petr.dvorak@dvorak-stavby.cz;
	Wed, 06 May 2026 11:47:51 +0200
From: =?utf-8?q?Shop_Example_=E2=80=93_O?=
 =?utf-8?q?chrana_osobn=C3=ADch_?=
 =?utf-8?q?=C3=BAdaj=C5=AF?= <privacy@shop.example.be>
To: petr.dvorak@dvorak-stavby.cz
Subject: =?utf-8?b?UmU6IFZ5bcOhaMOhbsOtIHBvaGxlZMOhdmt5IOKAkyDFvsOhZG9z?=
 =?utf-8?b?dCBvIGluZm9ybWFjZSBvIHDFmWVkw6Fuw60gw7pkYWrFrw==?=
Date: Wed, 06 May 2026 11:47:49 +0200
Message-ID: <prv-2026-0506-1147-a41e@shop.example.be>
In-Reply-To: <3b1f0c2a-9d41-4e6b-8a77-d2e5f1c09a33@dvorak-stavby.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den, pane Dvořáku,

děkujeme za Vaši žádost ze dne 28. 4. 2026. Abychom Vám mohli sdělit, které
osobní údaje byly v souvislosti s fakturou CZ-2026-00519 předány inkasní
agentuře, potřebujeme nejprve ověřit Vaši totožnost. Odpovězte prosím na
tento e-mail z adresy, kterou máte uvedenou ve svém zákaznickém účtu.

S pozdravem
Tým ochrany osobních údajů
Shop Example BV

--1778060872-eximdsn-1804289383--
'''),
    ('cs', 'court-epodatelna-filing-receipt', 'automated', (),
'''Return-Path: <epodatelna@osoud-hlinsko.cz>
Received: from mail.osoud-hlinsko.cz (mail.osoud-hlinsko.cz [194.228.61.130])
	by mx1.shop.example.be (Postfix) with ESMTP id A62F01A0513
	for <privacy@shop.example.be>; Tue, 12 May 2026 15:20:41 +0200 (CEST)
Received: from EPOD-APP01 ([10.12.4.21]) by mail.osoud-hlinsko.cz with Microsoft SMTPSVC(8.5.9600.16384);
	 Tue, 12 May 2026 15:20:40 +0200
From: =?windows-1250?q?Elektronick=E1_podat?=
 =?windows-1250?q?elna_=96_Okresn=ED_sou?=
 =?windows-1250?q?d_v_Hlinsku?= <epodatelna@osoud-hlinsko.cz>
To: <privacy@shop.example.be>
Subject: =?windows-1250?q?Potvrzen=ED_o_p=F8ijet?=
 =?windows-1250?q?=ED_pod=E1n=ED_=E8=2E_EP-202?=
 =?windows-1250?q?6-0031774?=
Date: Tue, 12 May 2026 15:20:40 +0200
Message-ID: <EPOD-APP01.EP-2026-0031774.1778592040@osoud-hlinsko.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1250"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Mailer: ePodatelna 4.11
Return-Receipt-To: <>
X-OriginalArrivalTime: 12 May 2026 13:20:40.0771 (UTC) FILETIME=[5B1C7A30:01DCC1F4]

OKRESN=CD SOUD V HLINSKU
Elektronick=E1 podatelna

POTVRZEN=CD O P=D8IJET=CD POD=C1N=CD

Identifik=E1tor pod=E1n=ED:  EP-2026-0031774
Datum a =E8as doru=E8en=ED:  12.05.2026 15:20:37
Zp=F9sob doru=E8en=ED:       e-mail s uzn=E1van=FDm elektronick=FDm podpisem
Odes=EDlatel:            Shop Example BV, zast. Mgr. Ond=F8ej Kratochv=EDl,=
 advok=E1t
V=ECc:                   N=E1vrh na vyd=E1n=ED elektronick=E9ho platebn=EDh=
o rozkazu
=8Ealovan=FD:              J. K., nar. 1991
Po=E8et p=F8=EDloh:          3 (faktura, upom=EDnka, pln=E1 moc)
Ov=EC=F8en=ED podpisu:       platn=FD (kvalifikovan=FD certifik=E1t)

Pod=E1n=ED bylo zaevidov=E1no. Spisov=E1 zna=E8ka bude p=F8id=EClena po zap=
s=E1n=ED do rejst=F8=EDku a sd=EClena =FA=E8astn=EDkovi v dal=9A=EDm p=EDse=
mn=E9m vyhotoven=ED.

Informace o zpracov=E1n=ED osobn=EDch =FAdaj=F9: soud zpracov=E1v=E1 osobn=
=ED =FAdaje =FA=E8astn=EDk=F9 =F8=EDzen=ED a dal=9A=EDch osob uveden=FDch v=
 pod=E1n=ED v=FDhradn=EC za =FA=E8elem v=FDkonu soudnictv=ED podle zvl=E1=
=9Atn=EDch pr=E1vn=EDch p=F8edpis=F9 a v souladu s na=F8=EDzen=EDm (EU) 201=
6/679. Pr=E1va subjekt=F9 =FAdaj=F9 ve vztahu k =FAdaj=F9m zpracov=E1van=FD=
m v soudn=EDm =F8=EDzen=ED se uplat=F2uj=ED podle procesn=EDch p=F8edpis=F9.

Tato zpr=E1va byla vygenerov=E1na automaticky informa=E8n=EDm syst=E9mem el=
ektronick=E9 podatelny. Neodpov=EDdejte na ni, odpov=ECdi nejsou zpracov=E1=
v=E1ny.
'''),
    ('cs', 'payment-gateway-chargeback-opened', 'automated', (),
'''Return-Path: <010701966c2f8a1e-7d4b2c19-5e0a-4f3b-9c61-2a8d7e0f41b3-000000@eu-west-1.amazonses.com>
Received: from a7-12.smtp-out.eu-west-1.amazonses.com (a7-12.smtp-out.eu-west-1.amazonses.com [54.240.7.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 19E4C1A0488
	for <privacy@shop.example.be>; Fri, 15 May 2026 09:05:12 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=pp2025; d=platbapro.cz; t=1778828711;
	h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;
	bh=f0pjrtvVMYw2bvvwCel5NVp91g2WHOMoolYLo248IT4=;
	b=RGYdHsWsYphoFcwsGZ6d7l6Ya3Dp239yX0ioB9qbCccObD8Tg/Xi/L44Qxu1awOM
	rr2k2f5YgmQ71/a/z5YWR2Ve2OTzR7x63MCRw3W4QLOv5e0xslhmTIV00dImNsRx
	5iuWScwej8Z8orEnTSbvmA3d81QTr5GVEcIjvPkJRb8G
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=uku4taia5b5tsbglxyj6zym32efj7xqv; d=amazonses.com; t=1778828711;
	h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;
	bh=hCankivOYhj4GEqyv9vx7niOct8y2Y/nEHP/EdiLp92=;
	b=0Wp04VOwQ4YgSee5I8RvCPyp3NQfGImahNtbo1UsuHwJPd8X2r1sqP5GKwb1iUyp
	sy6OsEk6II3iSwNs/fVy4t6ZD14pjkoxuxP/FIcTkcWiZjnTGpbjJBZ8eYe/ZcXV
	Ap9sgkqrShlmBWBRkalEqT2J1rtB3lRfN8fVyE42w0Vm
From: =?utf-8?q?PlatbaPro_=E2=80=93_Spr?=
 =?utf-8?q?=C3=A1va_spor=C5=AF?= <spory-noreply@platbapro.cz>
To: privacy@shop.example.be, platby@shop.example.be
Subject: =?utf-8?b?Tm92w70gY2hhcmdlYmFjayBrIHBsYXRixJsgMzAyODg0NzcxOSA=?=
 =?utf-8?b?4oCTIHJlYWtjZSBudXRuw6EgZG8gMjkuIDUuIDIwMjY=?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_118204_1993012847.1778828711388"
Message-ID: <010701966c2f8a1e-7d4b2c19-5e0a-4f3b-9c61-2a8d7e0f41b3-000000@eu-west-1.amazonses.com>
Date: Fri, 15 May 2026 07:05:11 +0000
Auto-Submitted: auto-generated
X-PlatbaPro-Event: dispute.created
Feedback-ID: 1.eu-west-1.kq4TnD0Zb8XcVwRmH3p2sLf9aEoG7uYiQjN1xBt6C5Y=:AmazonSES
X-SES-Outgoing: 2026.05.15-54.240.7.12

------=_Part_118204_1993012847.1778828711388
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

RG9icsO9IGRlbiwKCmsgcGxhdGLEmyBwxZlpamF0w6kgb2JjaG9kbsOta2VtIFNob3AgRXhhbXBs
ZSBCViAoSUQgb2JjaG9kbsOta2EgNDAwMjE4NzcpIGJ5bCB6YWjDoWplbiBzcG9yIChjaGFyZ2Vi
YWNrKS4KCklEIHBsYXRieTogICAgICAgICAgICAzMDI4ODQ3NzE5CklEIHNwb3J1OiAgICAgICAg
ICAgICBEU1AtMjAyNi0wMDg4NDEyCkRhdHVtIHBsYXRieTogICAgICAgICAwMi4wNC4yMDI2CsSM
w6FzdGthOiAgICAgICAgICAgICAgIDQgNTkwLDAwIENaSwpLYXJ0YTogICAgICAgICAgICAgICAg
TWFzdGVyY2FyZCAqKioqIDczMTQKRMWvdm9kIChrw7NkIDQ4NTMpOiAgICAgWmJvxb7DrSBuZWJv
IHNsdcW+YmEgbmVvZHBvdsOtZMOhIHBvcGlzdSAvIHNwb3IgbyBkbHVoClN0YXY6ICAgICAgICAg
ICAgICAgICDEjGVrw6EgbmEgcmVha2NpIG9iY2hvZG7DrWthCkxoxa90YSBwcm8gcmVha2NpOiAg
ICAgMjkuMDUuMjAyNiAyMzo1OSBTRUzEjAoKxIzDoXN0a2Egc3BvcnUgYnlsYSBkb8SNYXNuxJsg
c3Ryxb5lbmEgeiBWYcWhZWhvIHrFr3N0YXRrdS4KClBybyBvYmhham9idSBzcG9ydSBuYWhyYWp0
ZSB2IFBvcnTDoWx1IG9iY2hvZG7DrWthIGRva2xhZHk6IGZha3R1cnUsIHBvdHZyemVuw60gbyBk
b3J1xI1lbsOtLCBrb211bmlrYWNpIHNlIHrDoWthem7DrWtlbS4gT3NvYm7DrSDDumRhamUgZHLF
vml0ZWxlIGthcnR5IG5haHLDoXZlanRlIHBvdXplIHYgcm96c2FodSBuZXpieXRuw6ltIHBybyB2
ecWZw616ZW7DrSBzcG9ydTsgUGxhdGJhUHJvIGplIHDFmWVkw6F2w6EgdnlkYXZhdGVsc2vDqSBi
YW5jZSBhIGthcmV0bsOtIHNwb2xlxI1ub3N0aSB2IHNvdWxhZHUgc2Ugc3bDvW1pIFrDoXNhZGFt
aSBvY2hyYW55IG9zb2Juw61jaCDDumRhasWvLgoKT3RldsWZw610IHNwb3I6IGh0dHBzOi8vcG9y
dGFsLnBsYXRiYXByby5jei9zcG9yeS9EU1AtMjAyNi0wMDg4NDEyCgpQb2t1ZCBkbyBrb25jZSBs
aMWvdHkgbmVyZWFndWpldGUsIGJ1ZGUgc3BvciBhdXRvbWF0aWNreSB1emF2xZllbiB2ZSBwcm9z
cMSbY2ggZHLFvml0ZWxlIGthcnR5LgoKVGVudG8gZS1tYWlsIGJ5bCBvZGVzbMOhbiBhdXRvbWF0
aWNreS4gTmVvZHBvdsOtZGVqdGUgbmEgbsSbai4KUGxhdGJhUHJvIHMuci5vLiwgTmEgRmxvcmVu
Y2kgMjExNi8xNSwgMTEwIDAwIFByYWhhIDE=
------=_Part_118204_1993012847.1778828711388
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OlNlZ29lIFVJLEFyaWFsLHNhbnMtc2VyaWY7
Zm9udC1zaXplOjE0cHg7Y29sb3I6IzIyMiI+CjxkaXYgc3R5bGU9Im1heC13aWR0aDo2MjBweDtt
YXJnaW46MCBhdXRvIj4KPGgyIHN0eWxlPSJjb2xvcjojYzAzOTJiIj5Ob3bDvSBzcG9yIG8gcGxh
dGJ1IChjaGFyZ2ViYWNrKTwvaDI+CjxwPkRvYnLDvSBkZW4sPC9wPgo8cD5rIHBsYXRixJsgcMWZ
aWphdMOpIG9iY2hvZG7DrWtlbSA8Yj5TaG9wIEV4YW1wbGUgQlY8L2I+IChJRCBvYmNob2Ruw61r
YSA0MDAyMTg3NykgYnlsIHphaMOhamVuIHNwb3IuPC9wPgo8dGFibGUgc3R5bGU9ImJvcmRlci1j
b2xsYXBzZTpjb2xsYXBzZSIgY2VsbHBhZGRpbmc9IjUiPgo8dHI+PHRkPklEIHBsYXRieTwvdGQ+
PHRkPjMwMjg4NDc3MTk8L3RkPjwvdHI+Cjx0cj48dGQ+SUQgc3BvcnU8L3RkPjx0ZD5EU1AtMjAy
Ni0wMDg4NDEyPC90ZD48L3RyPgo8dHI+PHRkPkRhdHVtIHBsYXRieTwvdGQ+PHRkPjAyLjA0LjIw
MjY8L3RkPjwvdHI+Cjx0cj48dGQ+xIzDoXN0a2E8L3RkPjx0ZD40IDU5MCwwMCBDWks8L3RkPjwv
dHI+Cjx0cj48dGQ+S2FydGE8L3RkPjx0ZD5NYXN0ZXJjYXJkICoqKiogNzMxNDwvdGQ+PC90cj4K
PHRyPjx0ZD5Exa92b2QgKGvDs2QgNDg1Myk8L3RkPjx0ZD5aYm/FvsOtIG5lYm8gc2x1xb5iYSBu
ZW9kcG92w61kw6EgcG9waXN1IC8gc3BvciBvIGRsdWg8L3RkPjwvdHI+Cjx0cj48dGQ+TGjFr3Rh
IHBybyByZWFrY2k8L3RkPjx0ZD48Yj4yOS4wNS4yMDI2IDIzOjU5IFNFTMSMPC9iPjwvdGQ+PC90
cj4KPC90YWJsZT4KPHA+xIzDoXN0a2Egc3BvcnUgYnlsYSBkb8SNYXNuxJsgc3Ryxb5lbmEgeiBW
YcWhZWhvIHrFr3N0YXRrdS48L3A+CjxwPk9zb2Juw60gw7pkYWplIGRyxb5pdGVsZSBrYXJ0eSBu
YWhyw6F2ZWp0ZSBwb3V6ZSB2IHJvenNhaHUgbmV6Ynl0bsOpbSBwcm8gdnnFmcOtemVuw60gc3Bv
cnU7IFBsYXRiYVBybyBqZSBwxZllZMOhdsOhIHZ5ZGF2YXRlbHNrw6kgYmFuY2UgYSBrYXJldG7D
rSBzcG9sZcSNbm9zdGkgdiBzb3VsYWR1IHNlIHN2w71taSBaw6FzYWRhbWkgb2NocmFueSBvc29i
bsOtY2ggw7pkYWrFry48L3A+CjxwPjxhIGhyZWY9Imh0dHBzOi8vcG9ydGFsLnBsYXRiYXByby5j
ei9zcG9yeS9EU1AtMjAyNi0wMDg4NDEyIiBzdHlsZT0iYmFja2dyb3VuZDojYzAzOTJiO2NvbG9y
OiNmZmY7cGFkZGluZzoxMHB4IDE2cHg7dGV4dC1kZWNvcmF0aW9uOm5vbmUiPk90ZXbFmcOtdCBz
cG9yPC9hPjwvcD4KPHAgc3R5bGU9ImNvbG9yOiM4ODg7Zm9udC1zaXplOjEycHgiPlRlbnRvIGUt
bWFpbCBieWwgb2Rlc2zDoW4gYXV0b21hdGlja3kuIE5lb2Rwb3bDrWRlanRlIG5hIG7Em2ouPGJy
PlBsYXRiYVBybyBzLnIuby4sIE5hIEZsb3JlbmNpIDIxMTYvMTUsIDExMCAwMCBQcmFoYSAxPC9w
Pgo8L2Rpdj48L2JvZHk+PC9odG1sPg==
------=_Part_118204_1993012847.1778828711388--
'''),
    ('cs', 'person-answers-ticket-autoreply-to-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <lucie.markova@seznam.cz>
Received: from mxf1.seznam.cz (mxf1.seznam.cz [77.75.78.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 8A2201A0377
	for <privacy@shop.example.be>; Sun, 17 May 2026 22:08:40 +0200 (CEST)
Received: from email.seznam.cz
	by smtpc-mxf1-6bd8d9c7f-q2x7m
	(smtpc-mxf1-6bd8d9c7f-q2x7m [2a02:598:128:8a00::1000:a21])
	id 4b0d2c17e9a3f88b0a1e21c6;
	Sun, 17 May 2026 22:08:39 +0200 (CEST)
DKIM-Signature: a=rsa-sha256; t=1779048519; x=1779653319; s=szn20221014; d=seznam.cz;
	c=simple/simple; q=dns/txt; h=From:To:Subject:Date:Message-Id:In-Reply-To:MIME-Version:Content-Type:Content-Transfer-Encoding;
	bh=pdK6asuOhqKbiEy7z69HaYVjwv+XCTXP8+H5B+k9ri2=;
	b=kKdBsrbrTeIKblsTg6PXE41BSxsoQMeGxbL5QhdFz1tGsyeyqZqjaxmv6541HAyF
	ncdbChpIZ4gCm/akW2uLenwzEr28yJK8L2riA90ME0aF84gvjeVfOQt3iclnLTPF
	TQ4YHbn8mkGMYD7aTDY8GTXkrL2S7iErrfatmZmAHt5I
From: =?utf-8?q?Lucie_Markov=C3=A1?= <lucie.markova@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?b?UmU6IFtBdXRvbWF0aWNrw6Egb2Rwb3bEm8SPXSBQxZlpamFsaSBq?=
 =?utf-8?b?c21lIFbDocWhIHBvxb5hZGF2ZWsgxI0uIDQ4MjEzIOKAkyBuZW9k?=
 =?utf-8?b?cG92w61kZWp0ZSBuYSB0ZW50byBlLW1haWw=?=
Date: Sun, 17 May 2026 22:08:39 +0200 (CEST)
Message-Id: <2Vx.Lq4d.8K2rTnH1aZc.1gM7wQ@seznam.cz>
In-Reply-To: <ticket-48213-ack@helpdesk.shop.example.be>
References: <ticket-48213-ack@helpdesk.shop.example.be>
Mime-Version: 1.0 (Seznam.cz Mail)
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dobrý den,

vím, že tohle je automatická odpověď, ale odpovídám na ni schválně, protože jinak se k vám nedovolám.

Kvůli faktuře CZ-2026-00733, kterou jsem zaplatila už v březnu, mi teď píše vaše inkasní agentura, a vy mi k tomu každý den posíláte newslettery se slevami a SMS "nakupte ještě dnes". Je to vrchol.

Ruším souhlas se zasíláním newsletterů, obchodních sdělení e-mailem i SMS a s věrnostními nabídkami. Odhlaste mě prosím ze všeho, na e-mail lucie.markova@seznam.cz i na telefon +420 732 118 406. Odkaz "odhlásit" v newsletteru mi hlásí chybu.

Lucie Marková

---------- Původní e-mail ----------
Od: Shop Example – Zákaznická podpora <noreply@helpdesk.shop.example.be>
Komu: lucie.markova@seznam.cz
Datum: 17. 5. 2026 22:01:12
Předmět: [Automatická odpověď] Přijali jsme Váš požadavek č. 48213 – neodpovídejte na tento e-mail

> Dobrý den,
>
> děkujeme za Vaši zprávu. Váš požadavek byl zaregistrován pod číslem 48213.
> Odpovíme Vám nejpozději do 3 pracovních dnů.
>
> Toto je automaticky generovaná zpráva, prosíme, neodpovídejte na ni.
>
> Shop Example BV – Zákaznická podpora
'''),
    # ------------------------------------------------------------------ hr
    ('hr', 'consumer-mediation-znuny-ack', 'automated', (),
'''Return-Path: <predmeti@mirenje-potrosaci.hr>
Received: from mail.mirenje-potrosaci.hr (mail.mirenje-potrosaci.hr [213.147.110.86])
	by mx1.shop.example.be (Postfix) with ESMTPS id E71B31A0352
	for <privacy@shop.example.be>; Thu, 14 May 2026 10:33:28 +0200 (CEST)
Received: from helpdesk.mirenje-potrosaci.hr (localhost [127.0.0.1])
	by mail.mirenje-potrosaci.hr (Postfix) with ESMTP id 62D7F40C2A
	for <privacy@shop.example.be>; Thu, 14 May 2026 10:33:27 +0200 (CEST)
From: =?utf-8?q?Centar_za_mirenje_?=
 =?utf-8?q?potro=C5=A1a=C4=8Dkih_spor?=
 =?utf-8?q?ova?= <predmeti@mirenje-potrosaci.hr>
To: privacy@shop.example.be
Subject: =?utf-8?b?W1ByZWRtZXQjMjAyNjA1MTQxMDAwMDA5NF0gT2JhdmlqZXN0IHRy?=
 =?utf-8?b?Z292Y3UgbyB6YXByaW1samVub20gcHJpamVkbG9ndSB6YSBtaXJl?=
 =?utf-8?b?bmpl?=
Date: Thu, 14 May 2026 10:33:27 +0200
Message-ID: <1778747607.412883.27309011@helpdesk.mirenje-potrosaci.hr>
References: <1778747607.412883.27309011@helpdesk.mirenje-potrosaci.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Loop: yes
X-Mailer: Znuny Mail Service (6.5.x)
X-Powered-By: Znuny (https://www.znuny.org/)
Organization: Centar za mirenje potrosackih sporova

Poštovani,

obavještavamo Vas da je Centar za mirenje potrošačkih sporova zaprimio prijedlog za mirenje u kojem ste naznačeni kao druga strana (trgovac).

Broj predmeta: 2026051410000094
Podnositelj: I. M., Zagreb
Trgovac: Shop Example BV
Predmet spora: osporavanje potraživanja po računu HR-2026-003118 (iznos 212,40 EUR) i ustupanje potraživanja agenciji za naplatu; potrošač navodi da je račun plaćen 9. 3. 2026.
Zahtjev potrošača: utvrđenje da dug ne postoji, obustava naplate, povlačenje podataka od agencije za naplatu

Molimo da u roku od 8 dana od primitka ove obavijesti putem portala https://portal.mirenje-potrosaci.hr/predmet/2026051410000094 dostavite izjavu pristajete li na sudjelovanje u postupku mirenja te svoje očitovanje s dokazima.

Za potrebe vođenja postupka Centar obrađuje osobne podatke stranaka (ime i prezime, adresa, kontakt podaci, podaci o računu i plaćanju) na temelju zakona kojim se uređuje alternativno rješavanje potrošačkih sporova. Više o obradi osobnih podataka: https://www.mirenje-potrosaci.hr/zastita-podataka

Ovo je automatski generirana poruka. Molimo Vas da na nju ne odgovarate; poruke poslane na ovu adresu ne pripajaju se predmetu.

Centar za mirenje potrošačkih sporova
Ulica grada Vukovara 72, 10000 Zagreb
'''),
    ('hr', 'law-firm-zimbra-vacation', 'automated', (),
'''Return-Path: <ana.kovacevic@odvjetnici-kovacevic.hr>
Received: from mta.odvjetnici-kovacevic.hr (mta.odvjetnici-kovacevic.hr [89.201.162.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4C90F1A04D1
	for <privacy@shop.example.be>; Mon, 27 Jul 2026 16:02:51 +0200 (CEST)
Received: from localhost (localhost [127.0.0.1])
	by mta.odvjetnici-kovacevic.hr (Postfix) with ESMTP id 9A1E3C0126
	for <privacy@shop.example.be>; Mon, 27 Jul 2026 16:02:50 +0200 (CEST)
Received: from mta.odvjetnici-kovacevic.hr ([127.0.0.1])
	by localhost (mta.odvjetnici-kovacevic.hr [127.0.0.1]) (amavis, port 10026)
	with ESMTP id xQ2fD8nL0aZk; Mon, 27 Jul 2026 16:02:50 +0200 (CEST)
Received: from mbox.odvjetnici-kovacevic.hr (mbox.odvjetnici-kovacevic.hr [10.0.0.12])
	by mta.odvjetnici-kovacevic.hr (Postfix) with ESMTP id 5E2BBC0120
	for <privacy@shop.example.be>; Mon, 27 Jul 2026 16:02:50 +0200 (CEST)
Date: Mon, 27 Jul 2026 16:02:50 +0200 (CEST)
From: =?utf-8?q?Ana_Kova=C4=8Devi=C4=87?= <ana.kovacevic@odvjetnici-kovacevic.hr>
To: privacy@shop.example.be
Message-ID: <1271840553.88214.1785160970301.JavaMail.zimbra@odvjetnici-kovacevic.hr>
In-Reply-To: <prv-2026-0727-1602-c08b@shop.example.be>
Subject: =?utf-8?q?Odsutna_do_10=2E_kol?=
 =?utf-8?q?ovoza_2026=2E?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 9.0.0_GA_4546 (zclient/9.0.0_GA_4546)
Thread-Topic: Zahtjev punomocnika za podatke - predmet P-1184/2026
Thread-Index: AQHc/0rCk4PHvY2oT6qR1z9bN0wWfA==

Poštovani,

na godišnjem sam odmoru do 10. kolovoza 2026. i u tom razdoblju ne pratim e-poštu redovito.

U hitnim predmetima, osobito kada teku sudski rokovi, molimo obratite se odvjetničkom uredu na ured@odvjetnici-kovacevic.hr ili na broj +385 1 4816 220. Vaša poruka neće biti automatski proslijeđena.

Srdačan pozdrav,
Ana Kovačević, odvjetnica

Odvjetničko društvo Kovačević & partneri d.o.o.
Ilica 44, 10000 Zagreb

POVJERLJIVO: Ova poruka i eventualni prilozi namijenjeni su isključivo naslovljenom primatelju i mogu sadržavati povjerljive podatke zaštićene odvjetničkom tajnom. Ako ste ovu poruku primili greškom, molimo Vas da o tome obavijestite pošiljatelja i poruku trajno izbrišete. Svako neovlašteno korištenje, umnožavanje ili prosljeđivanje zabranjeno je. Osobni podaci obrađuju se u skladu s Općom uredbom o zaštiti podataka (EU) 2016/679.
'''),
    ('hr', 'dunning-reminder-loops-back', 'automated', (),
'''Return-Path: <bounce-dun-88317@mailer.fakturko.eu>
Received: from mailer.fakturko.eu (mailer.fakturko.eu [95.216.40.117])
	by mx1.shop.example.be (Postfix) with ESMTPS id 6BF0D1A0119
	for <privacy@shop.example.be>; Fri, 05 Jun 2026 06:00:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=fakturko.eu; s=fk1;
	t=1780632013; bh=vpT4Bf1kVs7Gi8+UR51SJsW81DBSR8BtUIb2bo9ykik=;
	h=From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=xUcI3o+WPigcg1xpdoaAp1ffxXnmzkfqvFeNY5bY3uoYvZ6u56Jb4I17LHjdJvEw
	 5V3b1GGcgM0mHvGG6eUYzncYvj7O10uAwpIWKj4BnMqjKBOkAw4mNxoiyLMgVYjP
	 SbDFsuiGihaHMlQWDSYmsvPqEcB+XrIE48lfeljS
From: =?utf-8?q?Shop_Example_=E2=80=93_R?=
 =?utf-8?q?a=C4=8Duni?= <racuni@fakturko.eu>
Sender: Fakturko <noreply@fakturko.eu>
Reply-To: racuni.hr@shop.example.be
To: =?utf-8?q?Ivana_Mati=C4=87?= <privacy@shop.example.be>
Subject: =?utf-8?b?RHJ1Z2Egb3BvbWVuYTogcmHEjXVuIEhSLTIwMjYtMDAzMTE4IGRv?=
 =?utf-8?b?c3BpbyBqZSBuYSBuYXBsYXR1?=
Date: Fri, 05 Jun 2026 04:00:13 +0000
Message-ID: <dun.88317.2.HR-2026-003118@fakturko.eu>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: Fakturko Dunning 2.4.1
X-Fakturko-Tenant: shop-example-hr
X-Fakturko-Dunning-Level: 2
Content-Type: multipart/alternative; boundary="fk_alt_5e0d91b2c7a3"

--fk_alt_5e0d91b2c7a3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovana Ivana Mati=C4=87,

prema na=C5=A1oj evidenciji ra=C4=8Dun HR-2026-003118 od 12. 2. 2026. u izn=
osu od 212,40 EUR jo=C5=A1 nije pla=C4=87en, iako je dospio 26. 2. 2026.

Ovo je druga opomena. Ukupno dugovanje: 212,40 EUR + tro=C5=A1kovi opomene =
5,00 EUR =3D 217,40 EUR.

Molimo da iznos uplatite u roku od 8 dana na IBAN HR71 2360 0001 1021 8873 =
5, poziv na broj HR00 2026003118.

Ako uplatu ne zaprimimo u navedenom roku, potra=C5=BEivanje =C4=87emo ustup=
iti agenciji za naplatu potra=C5=BEivanja, kojoj =C4=87emo u tu svrhu prosl=
ijediti Va=C5=A1e osobne podatke (ime i prezime, adresu, kontakt podatke i =
podatke o ra=C4=8Dunu). Informacije o obradi osobnih podataka: https://shop=
.example.be/hr/privatnost

Ako ste ra=C4=8Dun u me=C4=91uvremenu platili, molimo zanemarite ovu poruku.

Ova je poruka poslana automatski putem sustava Fakturko u ime Shop Example =
BV.
--fk_alt_5e0d91b2c7a3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Verdana,Arial,sans-serif;font-size:13px">
<p>Po=C5=A1tovana Ivana Mati=C4=87,</p>
<p>prema na=C5=A1oj evidenciji ra=C4=8Dun <b>HR-2026-003118</b> od 12. 2. 2=
026. u iznosu od <b>212,40 EUR</b> jo=C5=A1 nije pla=C4=87en, iako je dospi=
o 26. 2. 2026.</p>
<p style=3D"background:#fff4e5;border-left:4px solid #e67e22;padding:8px">O=
vo je <b>druga opomena</b>. Ukupno dugovanje: 217,40 EUR (uklju=C4=8Deni tr=
o=C5=A1kovi opomene 5,00 EUR).</p>
<p>IBAN: HR71 2360 0001 1021 8873 5<br>Poziv na broj: HR00 2026003118</p>
<p>Ako uplatu ne zaprimimo u roku od 8 dana, potra=C5=BEivanje =C4=87emo us=
tupiti agenciji za naplatu potra=C5=BEivanja, kojoj =C4=87emo proslijediti =
Va=C5=A1e osobne podatke. <a href=3D"https://shop.example.be/hr/privatnost"=
>Za=C5=A1tita podataka</a></p>
<p>Ako ste ra=C4=8Dun u me=C4=91uvremenu platili, molimo zanemarite ovu por=
uku.</p>
<p style=3D"color:#999;font-size:11px">Poslano automatski putem sustava Fak=
turko u ime Shop Example BV.</p>
</body></html>
--fk_alt_5e0d91b2c7a3--
'''),
    ('hr', 'lawyer-on-phone-asks-to-keep-data-during-lawsuit', 'restriction', (),
'''Return-Path: <tomislav.babic@odvjetnik-babic.hr>
Received: from smtp.odvjetnik-babic.hr (smtp.odvjetnik-babic.hr [46.234.83.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 20C6A1A0455
	for <privacy@shop.example.be>; Tue, 09 Jun 2026 07:41:22 +0200 (CEST)
Received: from smtpclient.apple (93-139-41-207.adsl.net.t-com.hr [93.139.41.207])
	(Authenticated sender: tomislav.babic@odvjetnik-babic.hr)
	by smtp.odvjetnik-babic.hr (Postfix) with ESMTPSA id 7F03E2A0C4
	for <privacy@shop.example.be>; Tue, 09 Jun 2026 07:41:20 +0200 (CEST)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?q?Tomislav_Babi=C4=87?= <tomislav.babic@odvjetnik-babic.hr>
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?b?UmU6IEFVVE9NQVRTS0EgT0JBVklKRVNUIOKAkyBPYmF2aWplc3Qg?=
 =?utf-8?b?byB1c3R1cGFuanUgcG90cmHFvml2YW5qYSBIUi0yMDI2LTAwMzEx?=
 =?utf-8?b?OA==?=
Date: Tue, 9 Jun 2026 07:41:08 +0200
Message-Id: <5C1B8E0D-2F47-4A96-B3D1-91E7A0C6F218@odvjetnik-babic.hr>
References: <assign.HR-2026-003118@fakturko.eu>
In-Reply-To: <assign.HR-2026-003118@fakturko.eu>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22F76)

Po=C5=A1tovani,

zastupam g=C4=91u Ivanu Mati=C4=87 iz Zagreba (punomo=C4=87 u prilogu =C5=
=A1aljem zasebnom po=C5=A1tom s ureda). Protiv Va=C5=A1eg dru=C5=A1tva pokr=
enuli smo postupak radi utvr=C4=91enja da potra=C5=BEivanje po ra=C4=8Dunu =
HR-2026-003118 ne postoji, a predmet je ujedno pred Centrom za mirenje (br.=
 2026051410000094).

Dok taj postupak traje, zahtijevam u ime stranke da:
1. ne bri=C5=A1ete nijedan podatak o njezinim narud=C5=BEbama, pla=C4=87anj=
ima, ra=C4=8Dunima i komunikaciji =E2=80=93 potrebni su nam kao dokaz;
2. te podatke ne koristite ni u koje druge svrhe osim =C4=8Duvanja, a osobi=
to da ih ne ustupate agenciji za naplatu niti ih ona dalje obra=C4=91uje za=
 naplatu dok se spor ne rije=C5=A1i.

Molim potvrdu da je obrada ograni=C4=8Dena i od kojeg datuma.

Srda=C4=8Dan pozdrav,
Tomislav Babi=C4=87, odvjetnik
Odvjetni=C4=8Dki ured Babi=C4=87, Savska cesta 118, 10000 Zagreb
T: +385 1 6110 742 | M: +385 98 441 207

Poslano s mog iPhonea

Ova poruka, uklju=C4=8Duju=C4=87i i priloge, mo=C5=BEe sadr=C5=BEavati povj=
erljive informacije i/ili informacije za=C5=A1ti=C4=87ene odvjetni=C4=8Dkom=
 tajnom te je namijenjena isklju=C4=8Divo osobi ili subjektu kojem je upu=
=C4=87ena. Ako niste namjeravani primatelj, obavje=C5=A1tavamo Vas da je sv=
ako kori=C5=A1tenje, objavljivanje, umno=C5=BEavanje ili distribucija ove p=
oruke strogo zabranjeno. Ako ste ovu poruku primili gre=C5=A1kom, molimo Va=
s da odmah obavijestite po=C5=A1iljatelja i izbri=C5=A1ete poruku iz svog s=
ustava. Odvjetni=C4=8Dki ured Babi=C4=87 ne odgovara za =C5=A1tetu nastalu =
prijenosom virusa ili drugih =C5=A1tetnih programa putem e-po=C5=A1te. This=
 message may contain confidential and privileged information. If you are no=
t the intended recipient, please notify the sender and delete it.

> 8. lip 2026. u 06:00, Shop Example =E2=80=93 Ra=C4=8Duni <racuni@fakturko=
.eu> je napisao/la:
>
> AUTOMATSKA OBAVIJEST =E2=80=93 NE ODGOVARAJTE
>
> Po=C5=A1tovana Ivana Mati=C4=87,
>
> obavje=C5=A1tavamo Vas da je potra=C5=BEivanje po ra=C4=8Dunu HR-2026-003=
118 (217,40 EUR) ustupljeno agenciji Naplata Adria d.o.o., Zagreb, koja =C4=
=87e Vas kontaktirati u vezi s podmirenjem duga. U tu svrhu agenciji su pro=
slije=C4=91eni Va=C5=A1i osobni podaci (ime i prezime, adresa, kontakt poda=
ci, podaci o ra=C4=8Dunu).
>
> Ova je poruka poslana automatski putem sustava Fakturko u ime Shop Exampl=
e BV.
'''),
    # ------------------------------------------------------------------ sv
    ('sv', 'lawyer-gmail-vacation-responder', 'automated', (),
'''Return-Path: <advokat.lindqvist@gmail.com>
Received: from mail-lf1-f50.google.com (mail-lf1-f50.google.com [209.85.167.50])
	by mx1.shop.example.be (Postfix) with ESMTPS id B83E51A0260
	for <privacy@shop.example.be>; Wed, 15 Jul 2026 13:26:47 +0200 (CEST)
Received: by mail-lf1-f50.google.com with SMTP id 2adb3069b0e04-55b1c88e0f2so2019884e87.1
        for <privacy@shop.example.be>; Wed, 15 Jul 2026 04:26:47 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1784114807; x=1784719607; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:auto-submitted
         :mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=00s7jQn1QZMVdOga3wBOKINNw+TPeIfL62pvWp8hGnh=;
        b=YSxyK9oelH17Q/PWh8GCSR0tRqAmr6QsG8RqvknPBWB3EZKDY67/cV+7WwhikkhftDagGr
         crXrYlja0NUHefOsqXJFdGteyGTV/9Sz1pceQUWKAV8bM/ilkFSyd/8p3mwE3Ldw2Xi2iq
         ag+mfz9gn5tVWIv4gteCO0DepWZGLYHI22xx+E5I5QTMiKPr1ItHdba1lzssQI3h2/1oR9
         cHFxcFmRUywcyfrIEsvvoY/29nwkBuZ6Nd==
X-Received: by 2002:a05:6512:3b8e:b0:55a:1c27:4e0b with SMTP id 2adb3069b0e04-55b3a9f1d2emr771203e87.14.1784114806932;
        Wed, 15 Jul 2026 04:26:46 -0700 (PDT)
MIME-Version: 1.0
Auto-Submitted: auto-replied
References: <prv-2026-0715-1326-19fa@shop.example.be>
In-Reply-To: <prv-2026-0715-1326-19fa@shop.example.be>
From: =?utf-8?q?Karin_Lindqvist?= <advokat.lindqvist@gmail.com>
Date: Wed, 15 Jul 2026 04:26:46 -0700
Message-ID: <CAJ4rV0w8nE2pXk=Qm1c7Zt5bGd9yHs_LfA3u@mail.gmail.com>
Subject: =?utf-8?q?Semester_=E2=80=93_=C3=A5ter?=
 =?utf-8?q?_10_augusti?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000091d2a70639f4e8b1"

--00000000000091d2a70639f4e8b1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hej!

Tack f=C3=B6r ditt mejl. Jag har semester och =C3=A4r tillbaka m=C3=A5ndag =
10 augusti. Mejl l=C3=A4ses inte under tiden och vidarebefordras inte.

G=C3=A4ller det ett p=C3=A5g=C3=A5ende inkasso=C3=A4rende, en tvist eller e=
tt m=C3=A5l i tingsr=C3=A4tten med frist under juli =E2=80=93 kontakta min =
kollega advokat Erik Sandberg, erik.sandberg.advokat@gmail.com, 070-318 22 =
90.

V=C3=A4nliga h=C3=A4lsningar
Karin Lindqvist
Advokat, Lindqvist Advokatbyr=C3=A5

Detta e-postmeddelande kan inneh=C3=A5lla konfidentiell information som omf=
attas av advokatsekretess. Om du har f=C3=A5tt meddelandet av misstag, v=C3=
=A4nligen meddela avs=C3=A4ndaren och radera det.
--00000000000091d2a70639f4e8b1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hej!</div><div><br></div><div>Tack f=C3=B6r ditt mejl=
. Jag har semester och =C3=A4r tillbaka m=C3=A5ndag 10 augusti. Mejl l=C3=
=A4ses inte under tiden och vidarebefordras inte.</div><div><br></div><div>=
G=C3=A4ller det ett p=C3=A5g=C3=A5ende inkasso=C3=A4rende, en tvist eller e=
tt m=C3=A5l i tingsr=C3=A4tten med frist under juli =E2=80=93 kontakta min =
kollega advokat Erik Sandberg, <a href=3D"mailto:erik.sandberg.advokat@gmai=
l.com">erik.sandberg.advokat@gmail.com</a>, 070-318 22 90.</div><div><br></=
div><div>V=C3=A4nliga h=C3=A4lsningar<br>Karin Lindqvist<br>Advokat, Lindqv=
ist Advokatbyr=C3=A5</div><div><br></div><div><font size=3D"1" color=3D"#88=
8888">Detta e-postmeddelande kan inneh=C3=A5lla konfidentiell information s=
om omfattas av advokatsekretess. Om du har f=C3=A5tt meddelandet av misstag=
, v=C3=A4nligen meddela avs=C3=A4ndaren och radera det.</font></div></div>
--00000000000091d2a70639f4e8b1--
'''),
    ('sv', 'credit-bureau-payment-remark-withdrawn', 'automated', (),
'''Return-Path: <noreply@kreditinfo-norden.se>
Received: from out3.kreditinfo-norden.se (out3.kreditinfo-norden.se [194.14.178.33])
	by mx1.shop.example.be (Postfix) with ESMTPS id 0D6A81A0398
	for <privacy@shop.example.be>; Tue, 02 Jun 2026 04:12:09 +0200 (CEST)
Received: from kin-batch02.kreditinfo-norden.local ([10.8.1.42])
	by out3.kreditinfo-norden.se with ESMTP id 652a1b3c9f
	for <privacy@shop.example.be>; Tue, 02 Jun 2026 04:12:08 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=kreditinfo-norden.se;
	s=kin2025; t=1780366328; h=from:to:subject:date:message-id;
	bh=7og7Yg2oMXOcgRg6Uo7Cqes9gDaVqEaghULEv/e5X+V=;
	b=tjt48F2r8BLC5UQ5o0u3xT56X3WR/PG0jz9BQISTPoDIZSdVPockoXGGFYHwHwZB
	fcuhI7nVesiEiyklmU8uD920RffQKueoS3BcWdc1C8lpbFSiZCR6Gksa7+VNnF67
	VdFHp/WjEIVV21d3XedPzFalsufWAzGG5aczUMsEAtlh
From: Kreditinfo Norden AB <noreply@kreditinfo-norden.se>
To: privacy@shop.example.be
Subject: =?utf-8?q?Bekr=C3=A4ftelse=3A_beta?=
 =?utf-8?q?lningsanm=C3=A4rkning_?=
 =?utf-8?q?avregistrerad_=E2=80=93_?=
 =?utf-8?q?ref=2E_KIN-SE-26-077?=
 =?utf-8?q?1920?=
Date: Tue, 02 Jun 2026 04:12:08 +0200
Message-ID: <KIN-SE-26-0771920.avreg.1780366328@kreditinfo-norden.se>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: DR, NDR, RN, NRN, OOF, AutoReply
Precedence: bulk
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

S1JFRElUSU5GTyBOT1JERU4gQUIKQXV0b21hdGlzayBiZWtyw6RmdGVsc2UgdGlsbCBhbm3DpGxh
bmRlIGJvcmdlbsOkcgoKQm9yZ2Vuw6RyOiBTaG9wIEV4YW1wbGUgQlYgKGt1bmRuciA1NS0yMDg3
MSkKUmVmZXJlbnM6IEtJTi1TRS0yNi0wNzcxOTIwCkF2c2VyOiBiZXRhbG5pbmdzYW5tw6Rya25p
bmcgKGFsbG3DpG50IG3DpWwsIGVqIG15bmRpZ2hldCkKUmVnaXN0cmVyYWQgcGVyc29uOiBTKioq
IEoqKioqKipuLCBmLiAxOTg3CkJlbG9wcDogMiAzNDAga3IKUmVnaXN0cmVyYWQ6IDIwMjYtMDUt
MTEKQXZyZWdpc3RyZXJhZDogMjAyNi0wNi0wMSAyMzo1OApPcnNhazogw6V0ZXJrYWxsYWQgYXYg
Ym9yZ2Vuw6RyZW4gKGZlbGFrdGlnIGFubcOkbGFuKQoKQW5tw6Rya25pbmdlbiBoYXIgdGFnaXRz
IGJvcnQgdXIgdsOlciBrcmVkaXR1cHBseXNuaW5nc2RhdGFiYXMgb2NoIGzDpG1uYXMgaW50ZSBs
w6RuZ3JlIHV0IGkga3JlZGl0dXBwbHlzbmluZ2FyLiBEZW4gcmVnaXN0cmVyYWRlIHBlcnNvbmVu
IGhhciBmw6V0dCBlbiBrb3BpYSBhdiDDpG5kcmluZ2VuIHBlciBicmV2LgoKUGVyc29udXBwZ2lm
dGVybmEgc29tIGjDtnJkZSB0aWxsIGFubcOkcmtuaW5nZW4gKG5hbW4sIHBlcnNvbm51bW1lciwg
YWRyZXNzIG9jaCB1cHBnaWZ0ZXIgb20gZm9yZHJhbikgZ2FsbHJhcyBlbmxpZ3Qga3JlZGl0dXBw
bHlzbmluZ3NsYWdlbi4gVXBwZ2lmdGVyIG9tIGRlbiBhdnJlZ2lzdHJlcmFkZSBhbm3DpHJrbmlu
Z2VuIHNwYXJhcyBlbmRhc3QgaSB2w6VyIGxvZ2dkYXRhYmFzIHPDpSBsw6RuZ2UgZGV0IGtyw6R2
cyBmw7ZyIGF0dCB2aSBza2Ega3VubmEgYmVzdmFyYSBiZWfDpHJhbiBvbSByZWdpc3RlcnV0ZHJh
ZyBvY2ggZnLDpWdvciBmcsOlbiBJbnRlZ3JpdGV0c3NreWRkc215bmRpZ2hldGVuLgoKVW5kZXIg
ZGVuIHRpZCBhbm3DpHJrbmluZ2VuIHZhciByZWdpc3RyZXJhZCBsw6RtbmFkZXMgdXBwZ2lmdGVu
IHV0IGkgMSBrcmVkaXR1cHBseXNuaW5nICgyMDI2LTA1LTE5KS4KCkRldHRhIG1lZGRlbGFuZGUg
c2tpY2thcyBhdXRvbWF0aXNrdCBvY2gga2FuIGludGUgYmVzdmFyYXMuCkZyw6Vnb3I6IGJvcmdl
bmFyc2VydmljZUBrcmVkaXRpbmZvLW5vcmRlbi5zZQpEYXRhc2t5ZGRzb21idWQ6IGRzb0BrcmVk
aXRpbmZvLW5vcmRlbi5zZQ==
'''),
    ('sv', 'collection-agency-paid-case-closed', 'automated', (),
'''Return-Path: <arende-noreply@inkassonorrsken.se>
Received: from smtp.inkassonorrsken.se (smtp.inkassonorrsken.se [185.91.64.203])
	by mx1.shop.example.be (Postfix) with ESMTPS id 42E7F1A02C0
	for <privacy@shop.example.be>; Thu, 18 Jun 2026 19:30:55 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=inkassonorrsken.se; s=mail;
	t=1781803854; h=From:To:Subject:Date:Message-ID:Content-Type;
	bh=rGUBYruspxFFE+vBhPuJqoIXC2xW1IivxCTjK5XQLD9=;
	b=kg7t0+i8C6pq79uOwkKDugUcxGXeT6lQ9PCUJbEE4LioNGpNfHXwaLeLb1/yYger
	bk/2iRiNGyKU1sPit3eEnI3pbqS93QNZGmnx+npyXFvn1W4WFFA7ECcg5LhLPyba
	Y2gMUvHua+/tDBBDPZijAqtXQUbmwJ34eNLki3sIstKp
From: =?utf-8?q?Inkasso_Norrsken_A?=
 =?utf-8?q?B_=E2=80=93_=C3=A4rendesyste?=
 =?utf-8?q?m?= <arende-noreply@inkassonorrsken.se>
To: privacy@shop.example.be
Subject: =?utf-8?q?=C3=84rende_4502-2026-?=
 =?utf-8?q?SE_avslutat_=E2=80=93_fu?=
 =?utf-8?q?ll_betalning_motta?=
 =?utf-8?q?gen?=
Date: Thu, 18 Jun 2026 17:30:54 +0000
Message-ID: <case-4502-2026-SE.closed.7d81c2@inkassonorrsken.se>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Mailer: Norrsken Case Manager 5.3
List-Unsubscribe: <https://kund.inkassonorrsken.se/notiser/avsluta?k=55a1e7>
Content-Type: multipart/alternative; boundary="=_nrs_b1e4a9_"

--=_nrs_b1e4a9_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej Shop Example BV,

=C3=84rende 4502-2026-SE har avslutats.

G=C3=A4lden=C3=A4r: Mikael Holm
Faktura: SE-2026-11187
Kapitalbelopp: 1 195,00 kr
Inbetalt totalt: 1 435,00 kr (varav p=C3=A5minnelseavgift 60 kr, inkassoavg=
ift 180 kr)
Betalningsdatum: 2026-06-17
Redovisas till er: 1 195,00 kr i n=C3=A4sta m=C3=A5nadsredovisning

=C3=84rendet =C3=A4r nu st=C3=A4ngt och inga fler =C3=A5tg=C3=A4rder vidtas=
. Eventuell betalningsanm=C3=A4rkning som registrerats via oss =C3=A5terkal=
las automatiskt inom 1 bankdag.

Personuppgifter om g=C3=A4lden=C3=A4ren i =C3=A4rendet sparas i enlighet me=
d bokf=C3=B6ringslagen och raderas d=C3=A4refter. L=C3=A4s mer om v=C3=A5r =
personuppgiftsbehandling: https://www.inkassonorrsken.se/integritet

Detta =C3=A4r ett automatiskt meddelande fr=C3=A5n v=C3=A5rt =C3=A4rendesys=
tem. Svara inte p=C3=A5 det.
Inkasso Norrsken AB, Storgatan 31, 903 26 Ume=C3=A5
--=_nrs_b1e4a9_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family:Helvetica,Arial,sans-serif;color:#13233a">
<h3 style=3D"color:#1b6e5a">=C3=84rende avslutat &#10003;</h3>
<p>Hej Shop Example BV,</p>
<p>=C3=84rende <b>4502-2026-SE</b> har avslutats.</p>
<table cellpadding=3D"4" style=3D"font-size:14px">
<tr><td>G=C3=A4lden=C3=A4r</td><td>Mikael Holm</td></tr>
<tr><td>Faktura</td><td>SE-2026-11187</td></tr>
<tr><td>Kapitalbelopp</td><td>1 195,00 kr</td></tr>
<tr><td>Inbetalt totalt</td><td>1 435,00 kr</td></tr>
<tr><td>Betalningsdatum</td><td>2026-06-17</td></tr>
</table>
<p>Eventuell betalningsanm=C3=A4rkning som registrerats via oss =C3=A5terka=
llas automatiskt inom 1 bankdag.</p>
<p style=3D"font-size:12px;color:#667">Personuppgifter om g=C3=A4lden=C3=A4=
ren sparas enligt bokf=C3=B6ringslagen och raderas d=C3=A4refter. <a href=
=3D"https://www.inkassonorrsken.se/integritet">V=C3=A5r personuppgiftsbehan=
dling</a></p>
<p style=3D"font-size:11px;color:#99a">Automatiskt meddelande =E2=80=93 sva=
ra inte. <a href=3D"https://kund.inkassonorrsken.se/notiser/avsluta?k=3D55a=
1e7">Avsluta notiser</a></p>
</body></html>
--=_nrs_b1e4a9_--
'''),
    ('sv', 'exchange-ndr-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from mail.norrtalje-bygg.se (mail.norrtalje-bygg.se [83.140.22.95])
	by mx1.shop.example.be (Postfix) with ESMTPS id 97AB31A03E7
	for <privacy@shop.example.be>; Mon, 22 Jun 2026 10:04:17 +0200 (CEST)
Received: from EXCH02.norrtalje-bygg.local (10.1.1.12) by
 EXCH02.norrtalje-bygg.local (10.1.1.12) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id
 15.1.2507.39; Mon, 22 Jun 2026 10:04:16 +0200
From: <postmaster@norrtalje-bygg.se>
To: <privacy@shop.example.be>
Date: Mon, 22 Jun 2026 10:04:16 +0200
Content-Type: multipart/report; report-type=delivery-status;
	boundary="f1a7c3d2-0b9e-4e55-8d21-6c3a94b7e0f1"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID: <d84e1a3f-5b2c-47f0-9a61-e2b07c5d8f39@EXCH02.norrtalje-bygg.local>
In-Reply-To: <prv-2026-0622-1004-3b77@shop.example.be>
References: <prv-2026-0622-1004-3b77@shop.example.be>
Thread-Topic: =?utf-8?q?Svar_p=C3=A5_din_beg=C3=A4?=
 =?utf-8?q?ran_om_registerutd?=
 =?utf-8?q?rag_=E2=80=93_inkasso=C3=A4r?=
 =?utf-8?q?ende_4471-2026?=
Thread-Index: AQHc5K4pR8x2TqZ1nU6mVwJ0yLbC3g==
Subject: =?utf-8?q?Kan_inte_levereras?=
 =?utf-8?q?=3A_Svar_p=C3=A5_din_beg?=
 =?utf-8?q?=C3=A4ran_om_registeru?=
 =?utf-8?q?tdrag_=E2=80=93_inkasso?=
 =?utf-8?q?=C3=A4rende_4471-2026?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--f1a7c3d2-0b9e-4e55-8d21-6c3a94b7e0f1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

TGV2ZXJhbnNlbiB0aWxsIGbDtmxqYW5kZSBtb3R0YWdhcmUgZWxsZXIgZ3J1cHBlciBtaXNzbHlj
a2FkZXM6Cgpzb2ZpYS5qb2hhbnNzb25Abm9ycnRhbGplLWJ5Z2cuc2UKRS1wb3N0YWRyZXNzZW4g
ZHUgYW5nYXYga3VuZGUgaW50ZSBoaXR0YXMuIEtvbnRyb2xsZXJhIG1vdHRhZ2FyZW5zIGUtcG9z
dGFkcmVzcyBvY2ggZsO2cnPDtmsgc2tpY2thIG1lZGRlbGFuZGV0IGlnZW4uIEtvbnRha3RhIHN1
cHBvcnRhdmRlbG5pbmdlbiBvbSBwcm9ibGVtZXQga3ZhcnN0w6VyLgoKRGlhZ25vc3Rpc2sgaW5m
b3JtYXRpb24gZsO2ciBhZG1pbmlzdHJhdMO2cmVyOgoKR2VuZXJlcmFuZGUgc2VydmVyOiBFWENI
MDIubm9ycnRhbGplLWJ5Z2cubG9jYWwKCnNvZmlhLmpvaGFuc3NvbkBub3JydGFsamUtYnlnZy5z
ZQpSZW1vdGUgU2VydmVyIHJldHVybmVkICc1NTAgNS4xLjEgUkVTT0xWRVIuQURSLlJlY2lwTm90
Rm91bmQ7IG5vdCBmb3VuZCcKClVyc3BydW5nbGlnYSBtZWRkZWxhbmRlaHV2dWRlbjoKClJlY2Vp
dmVkOiBmcm9tIG91dDEuc2hvcC5leGFtcGxlLmJlICgxOTMuNTguMjA0LjIxKSBieQogRVhDSDAy
Lm5vcnJ0YWxqZS1ieWdnLmxvY2FsICgxMC4xLjEuMTIpIHdpdGggTWljcm9zb2Z0IFNNVFAgU2Vy
dmVyCiAodmVyc2lvbj1UTFMxXzIsIGNpcGhlcj1UTFNfRUNESEVfUlNBX1dJVEhfQUVTXzI1Nl9H
Q01fU0hBMzg0KSBpZAogMTUuMS4yNTA3LjM5OyBNb24sIDIyIEp1biAyMDI2IDEwOjA0OjE1ICsw
MjAwCkZyb206IFNob3AgRXhhbXBsZSAtIERhdGFza3lkZCA8cHJpdmFjeUBzaG9wLmV4YW1wbGUu
YmU+ClRvOiBzb2ZpYS5qb2hhbnNzb25Abm9ycnRhbGplLWJ5Z2cuc2UKU3ViamVjdDogU3ZhciBw
w6UgZGluIGJlZ8OkcmFuIG9tIHJlZ2lzdGVydXRkcmFnIOKAkyBpbmthc3Nvw6RyZW5kZSA0NDcx
LTIwMjYKRGF0ZTogTW9uLCAyMiBKdW4gMjAyNiAxMDowNDoxMiArMDIwMApNZXNzYWdlLUlEOiA8
cHJ2LTIwMjYtMDYyMi0xMDA0LTNiNzdAc2hvcC5leGFtcGxlLmJlPgpNSU1FLVZlcnNpb246IDEu
MA==
--f1a7c3d2-0b9e-4e55-8d21-6c3a94b7e0f1
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.norrtalje-bygg.local
Received-From-MTA: dns;out1.shop.example.be
Arrival-Date: Mon, 22 Jun 2026 08:04:15 +0000

Final-Recipient: rfc822;sofia.johansson@norrtalje-bygg.se
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--f1a7c3d2-0b9e-4e55-8d21-6c3a94b7e0f1
Content-Type: text/rfc822-headers

Received: from out1.shop.example.be (193.58.204.21) by
 EXCH02.norrtalje-bygg.local (10.1.1.12) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.1.2507.39; Mon, 22 Jun 2026 10:04:15 +0200
From: =?utf-8?q?Shop_Example_=E2=80=93_D?=
 =?utf-8?q?ataskydd?= <privacy@shop.example.be>
To: sofia.johansson@norrtalje-bygg.se
Subject: =?utf-8?q?Svar_p=C3=A5_din_beg=C3=A4?=
 =?utf-8?q?ran_om_registerutd?=
 =?utf-8?q?rag_=E2=80=93_inkasso=C3=A4r?=
 =?utf-8?q?ende_4471-2026?=
Date: Mon, 22 Jun 2026 10:04:12 +0200
Message-ID: <prv-2026-0622-1004-3b77@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_shop_c41e09"

--f1a7c3d2-0b9e-4e55-8d21-6c3a94b7e0f1--
'''),
    ('sv', 'person-forwards-credit-notice-asks-correction', 'correction', (),
'''Return-Path: <sofia.j87@outlook.com>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02olkn2081.outbound.protection.outlook.com [40.92.50.81])
	by mx1.shop.example.be (Postfix) with ESMTPS id 7E1F01A0571
	for <privacy@shop.example.be>; Sat, 23 May 2026 09:55:38 +0200 (CEST)
ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
	b=V6r5InLHiy38kVyXN2q1uOODTaLFGQIaUJQNnMmKp3/Ah5xxTvXQQo08Ka8l0/61
	lOxQMU9k4B4ONYWcDBObGqjZv8QCyN01SgEOkP6d4tEeDVbXsgdQQF2fkz3GTeV1
	vLcZPbd4892sRNCdLptGyaeX0YxFZ3HxZn6Lq7oA==
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=outlook.com;
	s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
	bh=+rqYloYTPk8lpOUrdalI63Ubk8HN52tCDc4/U8/zj42=;
	b=LgqkADG+1WMANnvjycP28JYjzRMMWADswlNeTymbfiTbwiTf7Q/Nxy2m1s1+FlHd
	5rAahJojj6pBE1VgblXTpkuvmq3cZh9Y8e2omwt5xLC/siHp0E5aVmWGdSe9/jcW
	qNOhFqb4qB7chJC2TgyoFfl7/od9NtFKHiXDOnwFKlU8
Received: from AM9P193MB1577.EURP193.PROD.OUTLOOK.COM (2603:10a6:20b:3a1::7)
 by AS2P193MB2210.EURP193.PROD.OUTLOOK.COM (2603:10a6:20b:552::18) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.25; Sat, 23 May
 2026 07:55:36 +0000
From: Sofia Johansson <sofia.j87@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?VB=3A_=C3=84ndring_i_din?=
 =?utf-8?q?_kreditupplysning_?=
 =?utf-8?q?=E2=80=93_betalningsanm?=
 =?utf-8?q?=C3=A4rkning_registrer?=
 =?utf-8?q?ad_=28automatiskt_me?=
 =?utf-8?q?ddelande=29?=
Thread-Topic: =?utf-8?q?=C3=84ndring_i_din_kre?=
 =?utf-8?q?ditupplysning_=E2=80=93_?=
 =?utf-8?q?betalningsanm=C3=A4rkn?=
 =?utf-8?q?ing_registrerad_=28a?=
 =?utf-8?q?utomatiskt_meddela?=
 =?utf-8?q?nde=29?=
Thread-Index: AQHc6xAbmzU0q3X8Ee2N1c7vYw9K5g==
Date: Sat, 23 May 2026 07:55:36 +0000
Message-ID: <AM9P193MB15775A0E2C3B8D41F7A2E9D1C8B62@AM9P193MB1577.EURP193.PROD.OUTLOOK.COM>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hej,

jag fick det h=C3=A4r brevet fr=C3=A5n Kreditinfo Norden i veckan. Ni har a=
llts=C3=A5 anm=C3=A4lt mig f=C3=B6r en skuld p=C3=A5 2 340 kr f=C3=B6r fakt=
ura SE-2026-10422 =E2=80=93 men den fakturan betalade jag den 3 mars via Sw=
ish till ert bankgiro, jag har kvittot och skickar det g=C3=A4rna (bg 5512-=
0983, referens 10422).

Uppgiften ni har om mig =C3=A4r fel: fakturan =C3=A4r betald, jag =C3=A4r i=
ngen g=C3=A4lden=C3=A4r. R=C3=A4tta det i ert kundregister och se till att =
den felaktiga anm=C3=A4rkningen r=C3=A4ttas hos Kreditinfo Norden och hos i=
nkassobolaget. Jag h=C3=A5ller p=C3=A5 att s=C3=B6ka bol=C3=A5n och det h=
=C3=A4r stoppar allt.

Mitt kundnummer =C3=A4r 7730218, personnummer 870314-XXXX (hela numret kan =
jag l=C3=A4mna per telefon).

Med v=C3=A4nlig h=C3=A4lsning
Sofia Johansson
Tallv=C3=A4gen 12, 761 40 Norrt=C3=A4lje
073-552 18 04

Skickat fr=C3=A5n Outlook f=C3=B6r iOS

________________________________
Fr=C3=A5n: Kreditinfo Norden AB <noreply@kreditinfo-norden.se>
Skickat: den 20 maj 2026 04:10
Till: sofia.j87@outlook.com
=C3=84mne: =C3=84ndring i din kreditupplysning =E2=80=93 betalningsanm=C3=
=A4rkning registrerad (automatiskt meddelande)

Hej Sofia Johansson,

Vi vill informera dig om att f=C3=B6ljande uppgift har registrerats hos oss:

Typ: betalningsanm=C3=A4rkning (allm=C3=A4nt m=C3=A5l)
Borgen=C3=A4r: Shop Example BV via Inkasso Norrsken AB
Belopp: 2 340 kr
Registrerad: 2026-05-11

Uppgiften kan l=C3=A4mnas ut i kreditupplysningar i tre =C3=A5r. Om du anse=
r att uppgiften =C3=A4r felaktig ska du i f=C3=B6rsta hand kontakta borgen=
=C3=A4ren.

Detta meddelande skickas automatiskt och kan inte besvaras.
Kreditinfo Norden AB
'''),
    # ------------------------------------------------------------------ ro
    ('ro', 'sendmail-bounce-mailbox-disabled', 'automated', (),
'''Return-Path: <>
Received: from mail.constructii-vlad.ro (mail.constructii-vlad.ro [86.125.40.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 31F8C1A02D6
	for <privacy@shop.example.be>; Wed, 08 Jul 2026 09:14:31 +0200 (CEST)
Received: from localhost (localhost)
	by mail.constructii-vlad.ro (8.17.1/8.17.1) id 6687EBV1018842;
	Wed, 8 Jul 2026 10:14:30 +0300
Date: Wed, 8 Jul 2026 10:14:30 +0300
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.constructii-vlad.ro>
Message-Id: <202607080714.6687EBV1018842@mail.constructii-vlad.ro>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="6687EBV1018842.1783494870/mail.constructii-vlad.ro"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--6687EBV1018842.1783494870/mail.constructii-vlad.ro

The original message was received at Wed, 8 Jul 2026 10:14:28 +0300
from out2.shop.example.be [193.58.204.22]

   ----- The following addresses had permanent fatal errors -----
<ion.popescu@constructii-vlad.ro>
    (reason: 550 5.2.1 Mailbox disabled, not accepting messages)

   ----- Transcript of session follows -----
... while talking to mbox.constructii-vlad.ro.:
>>> DATA
<<< 550 5.2.1 <ion.popescu@constructii-vlad.ro>... Mailbox disabled, not accepting messages
550 5.2.1 <ion.popescu@constructii-vlad.ro>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--6687EBV1018842.1783494870/mail.constructii-vlad.ro
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.constructii-vlad.ro
Received-From-MTA: DNS; out2.shop.example.be
Arrival-Date: Wed, 8 Jul 2026 10:14:28 +0300

Final-Recipient: RFC822; ion.popescu@constructii-vlad.ro
Action: failed
Status: 5.2.1
Remote-MTA: DNS; mbox.constructii-vlad.ro
Diagnostic-Code: SMTP; 550 5.2.1 <ion.popescu@constructii-vlad.ro>... Mailbox disabled, not accepting messages
Last-Attempt-Date: Wed, 8 Jul 2026 10:14:30 +0300

--6687EBV1018842.1783494870/mail.constructii-vlad.ro
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from out2.shop.example.be (out2.shop.example.be [193.58.204.22])
	by mail.constructii-vlad.ro (8.17.1/8.17.1) with ESMTPS id 6687ESU1018839
	(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)
	for <ion.popescu@constructii-vlad.ro>; Wed, 8 Jul 2026 10:14:28 +0300
From: =?utf-8?q?Shop_Example_=E2=80=93_P?=
 =?utf-8?q?rotec=C8=9Bia_datelor?= <privacy@shop.example.be>
To: ion.popescu@constructii-vlad.ro
Subject: =?utf-8?b?UsSDc3B1bnMgbGEgY2VyZXJlYSBkdnMuIHByaXZpbmQgZGF0ZWxl?=
 =?utf-8?b?IHRyYW5zbWlzZSBleGVjdXRvcnVsdWkganVkZWPEg3RvcmVzYw==?=
Date: Wed, 8 Jul 2026 09:14:26 +0200
Message-ID: <prv-2026-0708-0914-e2c5@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Stimate domnule Popescu,

v=C4=83 confirm=C4=83m primirea cererii din 30 iunie 2026. Pentru a v=C4=83=
 comunica ce date personale au fost transmise biroului executorului judec=
=C4=83toresc =C3=AEn leg=C4=83tur=C4=83 cu factura RO-2026-5520, v=C4=83 ru=
g=C4=83m s=C4=83 ne confirma=C8=9Bi identitatea r=C4=83spunz=C3=A2nd de pe =
adresa de e-mail asociat=C4=83 contului dvs. de client.

Cu stim=C4=83,
Echipa de protec=C8=9Bie a datelor
Shop Example BV

--6687EBV1018842.1783494870/mail.constructii-vlad.ro--
'''),
    ('ro', 'law-firm-exchange-ooo-romanian', 'automated', (),
'''Return-Path: <andreea.stanciu@stanciu-asociatii.ro>
Received: from mail.stanciu-asociatii.ro (mail.stanciu-asociatii.ro [89.36.112.240])
	by mx1.shop.example.be (Postfix) with ESMTPS id D0A4E1A0188
	for <privacy@shop.example.be>; Mon, 03 Aug 2026 08:40:12 +0200 (CEST)
Received: from SA-EX01.stanciu.local (192.168.10.5) by SA-EX01.stanciu.local
 (192.168.10.5) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.2507.39; Mon, 3 Aug
 2026 09:40:11 +0300
Received: from SA-EX01.stanciu.local ([fe80::4c1d:2b09:7a11:e3f2]) by
 SA-EX01.stanciu.local ([fe80::4c1d:2b09:7a11:e3f2%12]) with mapi id
 15.01.2507.039; Mon, 3 Aug 2026 09:40:11 +0300
From: Andreea Stanciu <andreea.stanciu@stanciu-asociatii.ro>
To: =?utf-8?q?Shop_Example_=E2=80=93_P?=
 =?utf-8?q?rotec=C8=9Bia_datelor?= <privacy@shop.example.be>
Subject: =?utf-8?b?UsSDc3B1bnMgYXV0b21hdDogw45tcHV0ZXJuaWNpcmUgYXZvY2E=?=
 =?utf-8?b?yJtpYWzEgyDigJMgc29saWNpdGFyZSBkYXRlIGNsaWVudCBELiBN?=
 =?utf-8?b?dW50ZWFudQ==?=
Thread-Topic: =?utf-8?b?w45tcHV0ZXJuaWNpcmUgYXZvY2HIm2lhbMSDIOKAkyBzb2xpY2l0?=
 =?utf-8?b?YXJlIGRhdGUgY2xpZW50IEQuIE11bnRlYW51?=
Thread-Index: AQHdBc2Lw4mPZ8eR1k0yNq6TgXsUaA==
X-MS-Exchange-MessageSentRepresentingType: 1
Date: Mon, 3 Aug 2026 06:40:11 +0000
Message-ID: <0c2e5d4b9a6f43c19b7e2a1d8f06c3e2@SA-EX01.stanciu.local>
In-Reply-To: <prv-2026-0803-0840-1d0e@shop.example.be>
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-RecordReviewCfmType: 0
X-MS-Exchange-Transport-FromEntityHeader: Hosted
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: multipart/alternative;
	boundary="_000_0c2e5d4b9a6f43c19b7e2a1d8f06c3e2SAEX01stanciulocal_"
MIME-Version: 1.0

--_000_0c2e5d4b9a6f43c19b7e2a1d8f06c3e2SAEX01stanciulocal_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

V=C4=83 mul=C8=9Bumesc pentru mesaj. Sunt =C3=AEn concediu =C3=AEn perioada=
 1=E2=80=9316 august 2026, cu acces limitat la e-mail.

Pentru dosarele aflate pe rolul instan=C8=9Belor, termene procedurale sau e=
xecut=C4=83ri silite =C3=AEn curs, v=C4=83 rog s=C4=83 contacta=C8=9Bi secr=
etariatul: office@stanciu-asociatii.ro, tel. +40 21 314 72 08.

Cu stim=C4=83,
Av. Andreea Stanciu
Stanciu & Asocia=C8=9Bii SCA =E2=80=93 Baroul Bucure=C8=99ti

Acest mesaj, inclusiv eventualele ata=C8=99amente, este confiden=C8=9Bial =
=C8=99i poate con=C8=9Bine informa=C8=9Bii protejate de secretul profesiona=
l al avocatului. Dac=C4=83 l-a=C8=9Bi primit din eroare, v=C4=83 rug=C4=83m=
 s=C4=83 anun=C8=9Ba=C8=9Bi expeditorul =C8=99i s=C4=83 =C3=AEl =C8=99terge=
=C8=9Bi definitiv. Orice utilizare, copiere sau divulgare neautorizat=C4=83=
 este interzis=C4=83. Datele cu caracter personal sunt prelucrate conform R=
egulamentului (UE) 2016/679.
--_000_0c2e5d4b9a6f43c19b7e2a1d8f06c3e2SAEX01stanciulocal_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body><div style=3D"font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Bun=C4=83 ziua,</p>
<p>V=C4=83 mul=C8=9Bumesc pentru mesaj. Sunt =C3=AEn concediu =C3=AEn perio=
ada 1=E2=80=9316 august 2026, cu acces limitat la e-mail.</p>
<p>Pentru dosarele aflate pe rolul instan=C8=9Belor, termene procedurale sa=
u execut=C4=83ri silite =C3=AEn curs, v=C4=83 rog s=C4=83 contacta=C8=9Bi s=
ecretariatul: <a href=3D"mailto:office@stanciu-asociatii.ro">office@stanciu=
-asociatii.ro</a>, tel. +40 21 314 72 08.</p>
<p>Cu stim=C4=83,<br>Av. Andreea Stanciu<br><b>Stanciu &amp; Asocia=C8=9Bii=
 SCA</b> =E2=80=93 Baroul Bucure=C8=99ti</p>
<p style=3D"font-size:8pt;color:#7f7f7f">Acest mesaj, inclusiv eventualele =
ata=C8=99amente, este confiden=C8=9Bial =C8=99i poate con=C8=9Bine informa=
=C8=9Bii protejate de secretul profesional al avocatului. Dac=C4=83 l-a=C8=
=9Bi primit din eroare, v=C4=83 rug=C4=83m s=C4=83 anun=C8=9Ba=C8=9Bi exped=
itorul =C8=99i s=C4=83 =C3=AEl =C8=99terge=C8=9Bi definitiv. Orice utilizar=
e, copiere sau divulgare neautorizat=C4=83 este interzis=C4=83. Datele cu c=
aracter personal sunt prelucrate conform Regulamentului (UE) 2016/679.</p>
</div></body></html>
--_000_0c2e5d4b9a6f43c19b7e2a1d8f06c3e2SAEX01stanciulocal_--
'''),
    ('ro', 'adr-entity-complaint-registered-notice', 'automated', (),
'''Return-Path: <notificari@sal-comert.ro>
Received: from mta1.sal-comert.ro (mta1.sal-comert.ro [5.2.190.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 58B2A1A0490
	for <privacy@shop.example.be>; Thu, 16 Jul 2026 13:58:02 +0200 (CEST)
Received: from portal.sal-comert.ro (portal.sal-comert.ro [10.20.0.8])
	by mta1.sal-comert.ro (Postfix) with ESMTPSA id 0C1A82E0F7
	for <privacy@shop.example.be>; Thu, 16 Jul 2026 14:58:01 +0300 (EEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sal-comert.ro; s=default;
	t=1784203081; h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	bh=P7gdK79if0AZ08axmN8UAZHpzwyD/gCbrAsNwGHeWO8=;
	b=sk39mj/T0UAD32EstSyY7+XVrw4EDr8sdZmfoPKBqRcB855yCH775hCw5mmiloJh
	QwlwWecfn+/KQ7tKU7pxT0HugIhmLVU5HEc1zNfpyakLtJ0SNJbPGdgrEutS/uu2
	UXPUe51u07JyaFsgCa3OwFhEhzqXHgHaDGzZR7CP2+Hh
From: =?utf-8?b?Q2VudHJ1bCBTQUwgcGVudHJ1IENvbWVyyJsgRWxlY3Ryb25pYw==?= <notificari@sal-comert.ro>
To: privacy@shop.example.be
Cc: juridic@shop.example.be
Subject: =?utf-8?b?Tm90aWZpY2FyZSBjb21lcmNpYW50IOKAkyBjZXJlcmUgU0FMIG5y?=
 =?utf-8?b?LiAyMDI2LzExODcgw65ucmVnaXN0cmF0xIM=?=
Date: Thu, 16 Jul 2026 14:58:01 +0300
Message-ID: <sal-2026-1187-notif-comerciant@sal-comert.ro>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
Content-Type: multipart/alternative; boundary="b1_Jq7rT0cVx2mN8pLk4sYw9eZa3dHf6uGi"

--b1_Jq7rT0cVx2mN8pLk4sYw9eZa3dHf6uGi
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

U3RpbWF0ZSBjb21lcmNpYW50LAoKVsSDIGluZm9ybcSDbSBjxIMgbGEgQ2VudHJ1bCBTQUwgcGVu
dHJ1IENvbWVyyJsgRWxlY3Ryb25pYyBhIGZvc3Qgw65ucmVnaXN0cmF0xIMgY2VyZXJlYSBkZSBz
b2x1yJtpb25hcmUgYWx0ZXJuYXRpdsSDIGEgbGl0aWdpdWx1aSBuci4gMjAyNi8xMTg3LCDDrm4g
Y2FyZSBTaG9wIEV4YW1wbGUgQlYgZmlndXJlYXrEgyBjYSBwYXJ0ZSByZWNsYW1hdMSDLgoKQ29u
c3VtYXRvcjogRGFuaWVsYSBNdW50ZWFudSwgQ2x1ai1OYXBvY2EKT2JpZWN0dWwgbGl0aWdpdWx1
aTogY29udGVzdGFyZWEgZmFjdHVyaWkgUk8tMjAyNi02MDQxICgxLjA4OSwwMCBsZWkpIMiZaSBh
IGNlc2l1bmlpIGNyZWFuyJtlaSBjxIN0cmUgbyBzb2NpZXRhdGUgZGUgcmVjdXBlcmFyZTsgY29u
c3VtYXRvcnVsIHN1c8ibaW5lIGPEgyBwcm9kdXN1bCBhIGZvc3QgcmV0dXJuYXQgw65uIHRlcm1l
bnVsIGRlIHJldHJhZ2VyZS4KU29sdcibaWEgc29saWNpdGF0xIM6IGFudWxhcmVhIGRlYml0dWx1
aSwgw65uY2V0YXJlYSByZWN1cGVyxINyaWksIHJhZGllcmVhIGRhdGVsb3IgdHJhbnNtaXNlIGPE
g3RyZSBiaXJvdWwgZGUgY3JlZGl0LgoKVsSDIHJ1Z8SDbSBjYSwgw65uIHRlcm1lbiBkZSAxMCB6
aWxlIGNhbGVuZGFyaXN0aWNlLCBzxIMgY29tdW5pY2HIm2kgcHJpbiBwb3J0YWwgYWNvcmR1bCBk
dnMuIGRlIHBhcnRpY2lwYXJlIGxhIHByb2NlZHVyYSBTQUwgyJlpIHB1bmN0dWwgZGUgdmVkZXJl
IMOubnNvyJtpdCBkZSBkb2N1bWVudGU6IGh0dHBzOi8vcG9ydGFsLnNhbC1jb21lcnQucm8vZG9z
YXIvMjAyNi0xMTg3CgpQZW50cnUgZGVzZsSDyJl1cmFyZWEgcHJvY2VkdXJpaSwgQ2VudHJ1bCBw
cmVsdWNyZWF6xIMgZGF0ZWxlIGN1IGNhcmFjdGVyIHBlcnNvbmFsIGFsZSBwxINyyJtpbG9yIChu
dW1lLCBhZHJlc8SDLCBkYXRlIGRlIGNvbnRhY3QsIGRhdGUgcHJpdmluZCBjb250cmFjdHVsIMiZ
aSBwbMSDyJtpbGUpLCDDrm4gdGVtZWl1bCBvYmxpZ2HIm2llaSBsZWdhbGUgcHJldsSDenV0ZSBk
ZSBPRyBuci4gMzgvMjAxNSDImWkgYWwgUmVndWxhbWVudHVsdWkgKFVFKSAyMDE2LzY3OS4gRG9j
dW1lbnRlbGUgw65uY8SDcmNhdGUgZGUgZHZzLiB2b3IgZmkgcHVzZSBsYSBkaXNwb3ppyJtpYSBj
b25zdW1hdG9ydWx1aS4KCkFjZXN0YSBlc3RlIHVuIG1lc2FqIGdlbmVyYXQgYXV0b21hdC4gVsSD
IHJ1Z8SDbSBzxIMgbnUgcsSDc3B1bmRlyJtpIGxhIGFjZWFzdMSDIGFkcmVzxIMg4oCTIG1lc2Fq
ZWxlIG51IHN1bnQgYXRhyJlhdGUgZG9zYXJ1bHVpLgoKQ2VudHJ1bCBTQUwgcGVudHJ1IENvbWVy
yJsgRWxlY3Ryb25pYwpTdHIuIERvYW1uZWkgbnIuIDEyLCBzZWN0b3IgMywgQnVjdXJlyJl0aQ==
--b1_Jq7rT0cVx2mN8pLk4sYw9eZa3dHf6uGi
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHg7Y29sb3I6IzIyMiI+CjxwPjxpbWcgc3JjPSJodHRwczovL3BvcnRhbC5zYWwtY29tZXJ0
LnJvL2ltZy9sb2dvLXNhbC5wbmciIGFsdD0iQ2VudHJ1bCBTQUwiIGhlaWdodD0iNDAiPjwvcD4K
PHA+U3RpbWF0ZSBjb21lcmNpYW50LDwvcD4KPHA+VsSDIGluZm9ybcSDbSBjxIMgYSBmb3N0IMOu
bnJlZ2lzdHJhdMSDIGNlcmVyZWEgU0FMIG5yLiA8Yj4yMDI2LzExODc8L2I+LCDDrm4gY2FyZSA8
Yj5TaG9wIEV4YW1wbGUgQlY8L2I+IGZpZ3VyZWF6xIMgY2EgcGFydGUgcmVjbGFtYXTEgy48L3A+
Cjx1bD4KPGxpPkNvbnN1bWF0b3I6IERhbmllbGEgTXVudGVhbnUsIENsdWotTmFwb2NhPC9saT4K
PGxpPk9iaWVjdDogY29udGVzdGFyZWEgZmFjdHVyaWkgUk8tMjAyNi02MDQxICgxLjA4OSwwMCBs
ZWkpIMiZaSBhIGNlc2l1bmlpIGNyZWFuyJtlaTwvbGk+CjxsaT5Tb2x1yJtpZSBzb2xpY2l0YXTE
gzogYW51bGFyZWEgZGViaXR1bHVpLCDDrm5jZXRhcmVhIHJlY3VwZXLEg3JpaSwgcmFkaWVyZWEg
ZGF0ZWxvciB0cmFuc21pc2UgY8SDdHJlIGJpcm91bCBkZSBjcmVkaXQ8L2xpPgo8L3VsPgo8cD5U
ZXJtZW4gZGUgcsSDc3B1bnM6IDxiPjEwIHppbGUgY2FsZW5kYXJpc3RpY2U8L2I+LiA8YSBocmVm
PSJodHRwczovL3BvcnRhbC5zYWwtY29tZXJ0LnJvL2Rvc2FyLzIwMjYtMTE4NyI+RGVzY2hpZGUg
ZG9zYXJ1bDwvYT48L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTJweDtjb2xvcjojNjY2Ij5DZW50
cnVsIHByZWx1Y3JlYXrEgyBkYXRlbGUgY3UgY2FyYWN0ZXIgcGVyc29uYWwgYWxlIHDEg3LIm2ls
b3Igw65uIHRlbWVpdWwgT0cgbnIuIDM4LzIwMTUgyJlpIGFsIFJlZ3VsYW1lbnR1bHVpIChVRSkg
MjAxNi82NzkuPC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6Izk5OSI+TWVzYWog
Z2VuZXJhdCBhdXRvbWF0IOKAkyB2xIMgcnVnxINtIHPEgyBudSByxINzcHVuZGXIm2kuPC9wPgo8
L2JvZHk+PC9odG1sPg==
--b1_Jq7rT0cVx2mN8pLk4sYw9eZa3dHf6uGi--
'''),
    ('ro', 'person-asks-payment-plan-above-dunning-notice', 'other', (),
'''Return-Path: <gabriela_ionescu78@yahoo.com>
Received: from sonic311-24.consmr.mail.ir2.yahoo.com (sonic311-24.consmr.mail.ir2.yahoo.com [77.238.176.156])
	by mx1.shop.example.be (Postfix) with ESMTPS id E2C991A0512
	for <privacy@shop.example.be>; Sun, 19 Jul 2026 20:17:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=1784485063;
	bh=ATetecWFtt1vMXAtB+mdqSy3e+Fy8ZFNaJ7F6eneTv+=;
	h=Date:From:To:In-Reply-To:References:Subject:From:Subject:Reply-To;
	b=nHVaJF7jF7rzcYFflXO0dcv8ykKMHN11x0TGapS8uRcmL4YqWQnyA3LayzmXYfUP
	RcKjfFyMUgHwg7W1BjIt2rNa75I4UbuPNIOnQty9mTw6gTYK5QQN8E9sRX5gGi3K
	Fn7ol57mg772gtaeb59m/vFkLvnOmpamqrveCtGxQAU0crGJzmk3+lhGDwRBRWP8
	hSAfEMKWifK50gUkN97rm6QHyM5LXoVXHSe7HRt68Mv/
X-YMail-OSG: iIe8Vas/YowB3AQb0mQj4kNN1lb0J3qHWaxQwvnwIuHncar2FuV/3+anAwPv
Received: from sonic.gate.mail.ne1.yahoo.com by sonic311.consmr.mail.ir2.yahoo.com with HTTP; Sun, 19 Jul 2026 18:17:43 +0000
Date: Sun, 19 Jul 2026 18:17:41 +0000 (UTC)
From: Gabriela Ionescu <gabriela_ionescu78@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1622804519.2218735.1784485061992@mail.yahoo.com>
In-Reply-To: <dun.RO-2026-7781.3@facturare.shop.example.be>
References: <dun.RO-2026-7781.3@facturare.shop.example.be>
Subject: =?utf-8?b?UmU6IE5PVElGSUNBUkUgQVVUT01BVMSCIOKAkyBGYWN0dXLEgyBy?=
 =?utf-8?b?ZXN0YW50xIMgUk8tMjAyNi03NzgxIChudSByxINzcHVuZGXIm2kp?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_2218734_1205417792.1784485061991"
X-Mailer: WebService/1.1.24187 YahooMailAndroidMobile

------=_Part_2218734_1205417792.1784485061991
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 seara,

Am primit mesajul de mai jos. Nu contest factura, comanda e a mea, dar =C3=
=AEn iulie am r=C4=83mas f=C4=83r=C4=83 serviciu =C8=99i nu pot pl=C4=83ti =
toat=C4=83 suma de 1.460 lei deodat=C4=83.

Se poate pl=C4=83ti =C3=AEn rate? De exemplu 4 rate lunare de 365 lei, =C3=
=AEncep=C3=A2nd cu 1 august. Dac=C4=83 da, v=C4=83 rog s=C4=83-mi spune=C8=
=9Bi unde trimit cererea =C8=99i dac=C4=83 trebuie s=C4=83 semnez ceva, ca =
s=C4=83 nu ajung=C4=83 factura la firma de recuperare.

Mul=C8=9Bumesc,
Gabriela Ionescu
tel. 0744 218 903

Trimis de pe Yahoo Mail pentru Android

  Pe dum., iul. 19, 2026 la 9:00, Shop Example =E2=80=93 Facturare<facturar=
e@shop.example.be> a scris:
  NOTIFICARE AUTOMAT=C4=82 =E2=80=93 NU R=C4=82SPUNDE=C8=9AI LA ACEST MESAJ

Stimat=C4=83 doamn=C4=83 Gabriela Ionescu,

Factura RO-2026-7781 =C3=AEn valoare de 1.460,00 lei, scadent=C4=83 la 30.0=
6.2026, nu a fost achitat=C4=83.

Aceasta este a treia notificare. Dac=C4=83 suma nu este achitat=C4=83 =C3=
=AEn 10 zile, crean=C8=9Ba va fi transmis=C4=83 unei societ=C4=83=C8=9Bi de=
 recuperare a crean=C8=9Belor.

Pl=C4=83ti=C8=9Bi online: https://shop.example.be/ro/cont/facturi/RO-2026-7=
781

Shop Example BV =E2=80=93 Departamentul Facturare
------=_Part_2218734_1205417792.1784485061991
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div class=3D"ydp3f1c2b9eyahoo-style-wrap" style=
=3D"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px=
;"><div dir=3D"ltr">Bun=C4=83 seara,</div><div dir=3D"ltr"><br></div><div d=
ir=3D"ltr">Am primit mesajul de mai jos. Nu contest factura, comanda e a me=
a, dar =C3=AEn iulie am r=C4=83mas f=C4=83r=C4=83 serviciu =C8=99i nu pot p=
l=C4=83ti toat=C4=83 suma de 1.460 lei deodat=C4=83.</div><div dir=3D"ltr">=
<br></div><div dir=3D"ltr">Se poate pl=C4=83ti =C3=AEn rate? De exemplu 4 r=
ate lunare de 365 lei, =C3=AEncep=C3=A2nd cu 1 august. Dac=C4=83 da, v=C4=
=83 rog s=C4=83-mi spune=C8=9Bi unde trimit cererea =C8=99i dac=C4=83 trebu=
ie s=C4=83 semnez ceva, ca s=C4=83 nu ajung=C4=83 factura la firma de recup=
erare.</div><div dir=3D"ltr"><br></div><div dir=3D"ltr">Mul=C8=9Bumesc,<br>=
Gabriela Ionescu<br>tel. 0744 218 903</div><div dir=3D"ltr"><br></div></div=
><div id=3D"ydp9c2e0a7eyahoo_quoted_4417" class=3D"ydp9c2e0a7eyahoo_quoted"=
><div style=3D"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;f=
ont-size:13px;color:#26282a;"><div>Pe dum., iul. 19, 2026 la 9:00, Shop Exa=
mple =E2=80=93 Facturare &lt;facturare@shop.example.be&gt; a scris:</div><d=
iv><br></div><div><p><b>NOTIFICARE AUTOMAT=C4=82 =E2=80=93 NU R=C4=82SPUNDE=
=C8=9AI LA ACEST MESAJ</b></p><p>Stimat=C4=83 doamn=C4=83 Gabriela Ionescu,=
</p><p>Factura RO-2026-7781 =C3=AEn valoare de 1.460,00 lei, scadent=C4=83 =
la 30.06.2026, nu a fost achitat=C4=83.</p><p>Aceasta este a treia notifica=
re. Dac=C4=83 suma nu este achitat=C4=83 =C3=AEn 10 zile, crean=C8=9Ba va f=
i transmis=C4=83 unei societ=C4=83=C8=9Bi de recuperare a crean=C8=9Belor.<=
/p><p>Pl=C4=83ti=C8=9Bi online: <a href=3D"https://shop.example.be/ro/cont/=
facturi/RO-2026-7781">https://shop.example.be/ro/cont/facturi/RO-2026-7781<=
/a></p><p>Shop Example BV =E2=80=93 Departamentul Facturare</p></div></div>=
</div></body></html>
------=_Part_2218734_1205417792.1784485061991--
'''),
    # ------------------------------------------------------------------ el
    ('el', 'outlook-read-receipt-lawyer', 'automated', (),
'''Return-Path: <g.antoniou@antoniou-law.gr>
Received: from mail.antoniou-law.gr (mail.antoniou-law.gr [91.140.21.66])
	by mx1.shop.example.be (Postfix) with ESMTPS id 1B6E91A04F2
	for <privacy@shop.example.be>; Tue, 08 Sep 2026 12:21:37 +0200 (CEST)
Received: from DESKTOP-GA7Q2LM (ppp-94-66-12-183.home.otenet.gr [94.66.12.183])
	(Authenticated sender: g.antoniou@antoniou-law.gr)
	by mail.antoniou-law.gr (Postfix) with ESMTPSA id 4E8A1B0327
	for <privacy@shop.example.be>; Tue,  8 Sep 2026 13:21:35 +0300 (EEST)
From: =?utf-8?b?zpPOuc+Oz4HOs86/z4IgzpHOvc+Ez4nOvc6vzr/PhQ==?= <g.antoniou@antoniou-law.gr>
To: =?utf-8?q?Shop_Example_=E2=80=93_?=
 =?utf-8?q?=CE=A0=CF=81=CE=BF=CF=83=CF=84=CE=B1=CF=83=CE=AF=CE=B1?=
 =?utf-8?q?_=CE=94=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89?=
 =?utf-8?q?=CE=BD?= <privacy@shop.example.be>
Subject: =?utf-8?b?zpTOuc6xzrLOrM+Dz4TOt866zrU6IM6Rzq/PhM63zrzOsSDPgM67?=
 =?utf-8?b?zrfPgc61zr7Ov8+Fz4POr86/z4UgzrPOuc6xIM+Dz4TOv865z4c=?=
 =?utf-8?b?zrXOr86xIOKAkyDPhc+Az4zOuM61z4POtyDOmi4gzqDOsc+AzrE=?=
 =?utf-8?b?zrTOv8+Azr/Pjc67zr/PhQ==?=
Date: Tue, 8 Sep 2026 13:21:34 +0300
Message-ID: <000001dd1f3a$8b2c4e10$2184ea30$@antoniou-law.gr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0003_01DD1F53.B07D9A70"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJx3cV0Wm9e1T8kQ2bA7pY5fN1ZwQ==
Content-Language: el

This is a multipart message in MIME format.

------=_NextPart_000_0003_01DD1F53.B07D9A70
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zqTOvyDOvM6uzr3Phc68zqwgz4POsc+CCgogIM6gz4HOv8+COiDOk865z47Pgc6zzr/PgiDOkc69
z4TPic69zq/Ov8+FCiAgzpjOrc68zrE6IM6Rzq/PhM63zrzOsSDPgM67zrfPgc61zr7Ov8+Fz4PO
r86/z4UgzrPOuc6xIM+Dz4TOv865z4fOtc6vzrEg4oCTIM+Fz4DPjM64zrXPg863IM6aLiDOoM6x
z4DOsc60zr/PgM6/z43Ou86/z4UKICDOlc+Dz4TOrM67zrc6IM6kz4HOr8+EzrcsIDggzqPOtc+A
z4TOtc68zrLPgc6vzr/PhSAyMDI2IDE6MDIgzrzOvAoKzrTOuc6xzrLOrM+Dz4TOt866zrUgz4TO
t869IM6kz4HOr8+EzrcsIDggzqPOtc+Az4TOtc68zrLPgc6vzr/PhSAyMDI2IDE6MjEgzrzOvC4=
------=_NextPart_000_0003_01DD1F53.B07D9A70
Content-Type: message/disposition-notification

Reporting-UA: DESKTOP-GA7Q2LM; Microsoft Outlook 16.0
Final-Recipient: rfc822;g.antoniou@antoniou-law.gr
Original-Message-ID: <prv-2026-0908-1202-7ac1@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0003_01DD1F53.B07D9A70--
'''),
    ('el', 'debt-info-company-file-closed', 'automated', (),
'''Return-Path: <noreply@enimerosi-ofeileton.gr>
Received: from smtp2.enimerosi-ofeileton.gr (smtp2.enimerosi-ofeileton.gr [62.38.243.117])
	by mx1.shop.example.be (Postfix) with ESMTPS id 7A3D01A01B9
	for <privacy@shop.example.be>; Fri, 11 Sep 2026 07:45:20 +0200 (CEST)
Received: from crm-app02 (unknown [10.30.5.22])
	by smtp2.enimerosi-ofeileton.gr (Postfix) with ESMTP id 2F19C81A4
	for <privacy@shop.example.be>; Fri, 11 Sep 2026 08:45:19 +0300 (EEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=enimerosi-ofeileton.gr;
	s=crm; t=1789105519; h=From:To:Subject:Date:Message-ID:Content-Type;
	bh=KxAKRPEl0VC4naM3gRn/zMJS+8mSl6aBEBKm9vL9wM7=;
	b=X5sHxSKBzlEbkQ9mmAuiJK1WqWSKAk9TBvLvPkrLWI3TmNGzT4hmAlvrlEyt2Jar
	GPwcWo2rKF6D87t4aCOKtj73h0GMTsFzR4lu/UVuI49l+b2e2CS/Mboley/p58uZ
	Vv/7x913HlPJmWoWNo3QJKWyjt7cEnmYm7iEOHqyRruT
From: =?utf-8?b?zpHOuc6zzq/PgiDOlc69zrfOvM6tz4HPic+Dzrcgzp/Phs61zrk=?=
 =?utf-8?b?zrvOtc+Ez47OvSDOkS7OlS4g4oCTIM6VzrnOtM6/z4DOv865zq4=?=
 =?utf-8?b?z4POtc65z4I=?= <noreply@enimerosi-ofeileton.gr>
To: privacy@shop.example.be
Subject: =?utf-8?b?zprOu861zq/Pg865zrzOvyDPhs6xzrrOrc67zr/PhSDOkc6ZzpMt?=
 =?utf-8?b?MjAyNi0zMDkxNyDigJMgzrXOvs+Mz4bOu863z4POtyDOv8+GzrU=?=
 =?utf-8?b?zrnOu86uz4I=?=
Date: Fri, 11 Sep 2026 08:45:19 +0300
Message-ID: <crm.aig.2026-30917.closed@enimerosi-ofeileton.gr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: OOF, AutoReply
Content-Type: multipart/alternative; boundary="=_aig_9f2e11c0"

--=_aig_9f2e11c0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

zpHOvs65z4zPhM65zrzOv865IM66z43Pgc65zr/OuSwKCs+DzrHPgiDOtc69zrfOvM61z4HPjs69
zr/Phc68zrUgz4zPhM65IM6/IM+GzqzOus61zrvOv8+CIM6RzpnOky0yMDI2LTMwOTE3IM+Azr/P
hSDOvM6xz4IgzrHOvc6xzrjOrc+DzrHPhM61IM6tzrrOu861zrnPg861LgoKzpXOvc+Ezr/Ou86t
zrHPgjogU2hvcCBFeGFtcGxlIEJWCs6fz4bOtc65zrvOrc+EzrfPgjogzpUuIM6aKioqKioqKioq
z4IsIM6YzrXPg8+DzrHOu86/zr3Or866zrcKzqTOuc68zr/Ou8+MzrPOuc6/OiBHUi0yMDI2LTA0
NDE4Cs6gzr/Pg8+MIM6/z4bOtc65zrvOrs+COiAzMTgsNTAg4oKsCs6kz4HPjM+Azr/PgiDOtc6+
z4zPhs67zrfPg863z4I6IM66zrHPhM6szrjOtc+Dzrcgz4POtSDPhM+BzrHPgM61zrbOuc66z4wg
zrvOv86zzrHPgc65zrHPg868z4wgz4TOv8+FIM61zr3PhM6/zrvOrc6xICgwOS4wOS4yMDI2KQrO
kc65z4TOr86xIM66zrvOtc65z4POr868zrHPhM6/z4I6IM6Vzp7On86mzpvOl86jzpcKCs6Rz4DP
jCDPg86uzrzOtc+BzrEgzrTOuc6xzrrPjM+Az4TOtc+EzrHOuSDOus6szrjOtSDOtc69zrfOvM6t
z4HPic+Dzrcgz4TOv8+FIM6/z4bOtc65zrvOrc+EzrcgKM+EzrfOu861z4bPic69zrnOus6uLCDO
s8+BzrHPgM+Ezq4gzq4gzrfOu861zrrPhM+Bzr/Ovc65zrrOrikuCgrOo8+NzrzPhs+Jzr3OsSDO
vM61IM+Ezr/OvSDOvS4gMzc1OC8yMDA5IM66zrHOuSDPhM6/zr0gzpPOtc69zrnOus+MIM6azrHO
vc6/zr3Ouc+DzrzPjCDOs865zrEgz4TOt869IM6gz4HOv8+Dz4TOsc+Dzq/OsSDOlM61zrTOv868
zq3Ovc+Jzr0gKM6VzpUpIDIwMTYvNjc5LCDPhM6xIM+Az4HOv8+Dz4nPgM65zrrOrCDOtM61zrTO
v868zq3Ovc6xIM+Ezr/PhSDOv8+GzrXOuc67zq3PhM63IM+Azr/PhSDOvM6xz4IgzrTOuc6xzrLO
uc6yzqzPg86xz4TOtSAozr/Ovc6/zrzOsc+EzrXPgM+Ozr3Phc68zr8sIM60zrnOtc+NzrjPhc69
z4POtywgz4TOt867zq3Phs+Jzr3OsSwgZW1haWwsIM+Dz4TOv865z4fOtc6vzrEgzr/Phs61zrnO
u86uz4IpIM64zrEgzrTOuc6xzrPPgc6xz4bOv8+Nzr0gzrHPgM+MIM+EzrEgz4PPhc+Dz4TOrs68
zrHPhM6sIM68zrHPgiDOvM61z4TOrCDPhM63IM67zq7Ovs63IM+Ezr/PhSDPgM+Bzr/Oss67zrXP
gM+MzrzOtc69zr/PhSDPh8+Bz4zOvc6/z4Ugz4TOrs+BzrfPg863z4IuIM6kzrEgzrfPh86/zrPP
gc6xz4bOt868zq3Ovc6xIM+EzrfOu861z4bPic69zq7OvM6xz4TOsSDPhM63z4Igz4XPgM+MzrjO
tc+DzrfPgiDOtM65zrHPhM63z4HOv8+Nzr3PhM6xzrkgzrPOuc6xIM+Ezr8gzrTOuc6sz4PPhM63
zrzOsSDPgM6/z4Ugzr/Pgc6vzrbOtc65IM6/IM69z4zOvM6/z4IgzrrOsc65IM68zrXPhM6sIM66
zrHPhM6xz4PPhM+Bzq3Phs6/zr3PhM6xzrkuCgrOmc+Dz4TOv8+BzrnOus+MIM61zr3Otc+BzrPO
tc65z47OvTogNiDOus67zq7Pg861zrnPgiwgMiBTTVMsIDEgzrXPgM65z4PPhM6/zrvOri4KCs6k
zr8gz4DOsc+Bz4zOvSDOvM6uzr3Phc68zrEgzrTOt868zrnOv8+Fz4HOs86uzrjOt866zrUgzrHP
hc+Ez4zOvM6xz4TOsS4gzqDOsc+BzrHOus6xzrvOv8+NzrzOtSDOvM63zr0gzrHPgM6xzr3PhM6s
z4TOtS4KzpHOuc6zzq/PgiDOlc69zrfOvM6tz4HPic+Dzrcgzp/Phs61zrnOu861z4TPjs69IM6R
Ls6VLiwgzpvOtc+Jz4YuIM6jz4XOs86zz4HOv8+NIDIxMSwgMTcxIDIxIM6dzq3OsSDOo868z43P
gc69zrc=
--=_aig_9f2e11c0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+PGh0bWwgbGFuZz0iZWwiPjxoZWFkPjxtZXRhIGNoYXJzZXQ9InV0Zi04
Ij48L2hlYWQ+Cjxib2R5IHN0eWxlPSJmb250LWZhbWlseTpUYWhvbWEsQXJpYWwsc2Fucy1zZXJp
Zjtmb250LXNpemU6MTRweDtjb2xvcjojMWExYTFhIj4KPGRpdiBzdHlsZT0iYm9yZGVyLXRvcDo0
cHggc29saWQgIzJhNWQ4ZjtwYWRkaW5nOjE2cHg7bWF4LXdpZHRoOjYyMHB4Ij4KPHA+zpHOvs65
z4zPhM65zrzOv865IM66z43Pgc65zr/OuSw8L3A+CjxwPs+DzrHPgiDOtc69zrfOvM61z4HPjs69
zr/Phc68zrUgz4zPhM65IM6/IM+GzqzOus61zrvOv8+CIDxiPs6RzpnOky0yMDI2LTMwOTE3PC9i
PiDPgM6/z4UgzrzOsc+CIM6xzr3Osc64zq3Pg86xz4TOtSDOrc66zrvOtc65z4POtS48L3A+Cjx0
YWJsZSBjZWxscGFkZGluZz0iNCI+Cjx0cj48dGQ+zpXOvc+Ezr/Ou86tzrHPgjwvdGQ+PHRkPlNo
b3AgRXhhbXBsZSBCVjwvdGQ+PC90cj4KPHRyPjx0ZD7On8+GzrXOuc67zq3PhM63z4I8L3RkPjx0
ZD7OlS4gzpoqKioqKioqKirPgiwgzpjOtc+Dz4POsc67zr/Ovc6vzrrOtzwvdGQ+PC90cj4KPHRy
Pjx0ZD7OpM65zrzOv867z4zOs865zr88L3RkPjx0ZD5HUi0yMDI2LTA0NDE4PC90ZD48L3RyPgo8
dHI+PHRkPs6gzr/Pg8+MIM6/z4bOtc65zrvOrs+CPC90ZD48dGQ+MzE4LDUwIOKCrDwvdGQ+PC90
cj4KPHRyPjx0ZD7Okc65z4TOr86xIM66zrvOtc65z4POr868zrHPhM6/z4I8L3RkPjx0ZD48Yj7O
lc6ezp/Ops6bzpfOo86XPC9iPjwvdGQ+PC90cj4KPC90YWJsZT4KPHA+zpHPgM+MIM+Dzq7OvM61
z4HOsSDOtM65zrHOus+Mz4DPhM61z4TOsc65IM66zqzOuM61IM61zr3Ot868zq3Pgc+Jz4POtyDP
hM6/z4Ugzr/Phs61zrnOu86tz4TOty48L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTJweDtjb2xv
cjojNTU1Ij7OpM6xIM+Az4HOv8+Dz4nPgM65zrrOrCDOtM61zrTOv868zq3Ovc6xIM+Ezr/PhSDO
v8+GzrXOuc67zq3PhM63IM64zrEgzrTOuc6xzrPPgc6xz4bOv8+Nzr0gzrzOtc+Ezqwgz4TOtyDO
u86uzr7OtyDPhM6/z4Ugz4DPgc6/zrLOu861z4DPjM68zrXOvc6/z4Ugz4fPgc+Mzr3Ov8+FIM+E
zq7Pgc63z4POt8+CICjOvS4gMzc1OC8yMDA5LCDOk86azqDOlCkuPC9wPgo8cCBzdHlsZT0iZm9u
dC1zaXplOjExcHg7Y29sb3I6Izg4OCI+zpHPhc+Ez4zOvM6xz4TOvyDOvM6uzr3Phc68zrEg4oCT
IM+AzrHPgc6xzrrOsc67zr/Pjc68zrUgzrzOt869IM6xz4DOsc69z4TOrM+EzrUuPC9wPgo8L2Rp
dj48L2JvZHk+PC9odG1sPg==
--=_aig_9f2e11c0--
'''),
    ('el', 'qmail-bounce-no-mailbox', 'automated', (),
'''Return-Path: <>
Received: from mail.thessnet.gr (mail.thessnet.gr [195.167.88.30])
	by mx1.shop.example.be (Postfix) with SMTP id 9C07B1A0344
	for <privacy@shop.example.be>; Mon, 14 Sep 2026 16:09:05 +0200 (CEST)
Received: (qmail 28814 invoked for bounce); 14 Sep 2026 14:09:04 -0000
Date: 14 Sep 2026 14:09:04 -0000
From: MAILER-DAEMON@mail.thessnet.gr
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.thessnet.gr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<e.kyriakidis@thessnet.gr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28807 invoked from network); 14 Sep 2026 14:09:03 -0000
Received: from out1.shop.example.be (193.58.204.21)
  by mail.thessnet.gr with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 14 Sep 2026 14:09:03 -0000
From: =?utf-8?b?U2hvcCBFeGFtcGxlIOKAkyDOoM+Bzr/Pg8+EzrHPg86vzrEgzpQ=?=
 =?utf-8?b?zrXOtM6/zrzOrc69z4nOvQ==?= <privacy@shop.example.be>
To: e.kyriakidis@thessnet.gr
Subject: =?utf-8?b?zpHPgM6szr3PhM63z4POtyDPg8+Ezr8gzrHOr8+EzrfOvM6sIM+D?=
 =?utf-8?b?zrHPgiDOs865zrEgzrTOuc6xzrPPgc6xz4bOriDigJMgz4bOrM66?=
 =?utf-8?b?zrXOu86/z4IgzpHOmc6TLTIwMjYtMzA5MTc=?=
Date: Mon, 14 Sep 2026 16:09:01 +0200
Message-ID: <prv-2026-0914-1609-5f2a@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zpHOs86xz4DOt8+Ezq0gzrrPjc+BzrnOtSDOms+Fz4HOuc6xzrrOr860zrcsCgrOu86szrLOsc68
zrUgz4TOvyDOsc6vz4TOt868zqwgz4POsc+CIM+EzrfPgiAxMM63z4IgzqPOtc+Az4TOtc68zrLP
gc6vzr/PhSAyMDI2LiDOlyDOv8+GzrXOuc67zq4gzrPOuc6xIM+Ezr8gz4TOuc68zr/Ou8+MzrPO
uc6/IEdSLTIwMjYtMDQ0MTggzq3Ph861zrkgzrXOvs6/z4bOu863zrjOtc6vIM66zrHOuSDOvyDP
hs6szrrOtc67zr/PgiDPg8+EzrfOvSDOtc+EzrHOuc+BzrXOr86xIM61zr3Ot868zq3Pgc+Jz4PO
t8+CIM6/z4bOtc65zrvOtc+Ez47OvSDOrc+HzrXOuSDOus67zrXOr8+DzrXOuS4KCs6fz4HOuc+D
zrzOrc69zrEgz4PPhM6/zrnPh861zq/OsSAoz4TOuc68zr/Ou8+MzrPOuc6/LCDPgM67zrfPgc+J
zrzOrikgz4DPgc6tz4DOtc65IM69zrEgz4TOsSDOtM65zrHPhM63z4HOrs+Dzr/Phc68zrUgzrPO
uc6xIM+Gzr/Pgc6/zrvOv86zzrnOus6/z43PgiDOu8+MzrPOv8+Fz4LCtyDPhM6xIM+Fz4DPjM67
zr/Ouc+AzrEgzrjOsSDOtM65zrHOs8+BzrHPhs6/z43OvS4gzpjOsSDPg86xz4Igz4PPhM61zq/O
u86/z4XOvM61IM61z4DOuc6yzrXOss6xzq/Pic+DzrcgzrXOvc+Ez4zPgiAzMCDOt868zrXPgc+O
zr0uCgrOnM61IM61zrrPhM6vzrzOt8+DzrcsCs6fzrzOrM60zrEgzqDPgc6/z4PPhM6xz4POr86x
z4IgzpTOtc60zr/OvM6tzr3Pic69ClNob3AgRXhhbXBsZSBCVg==
'''),
    ('el', 'person-forwards-reminder-sent-to-mother-complains', 'complaint', (),
'''Return-Path: <eleni.kyr@hotmail.gr>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05olkn2044.outbound.protection.outlook.com [40.92.90.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 6D2E51A0219
	for <privacy@shop.example.be>; Sat, 05 Sep 2026 23:12:48 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=hotmail.gr;
	s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
	bh=YVjyrLPfMbPBnVw49Nx0TXN0u85DTtoUOiWb327QY8c=;
	b=em6K8gIueZl026c2lcT0JkWGGHy1SGRpvjbuOWt+H4iQH3cTHXqDT4NOTWuKB5YV
	Kg4FE7GXd+VLid3sPiYh59zZHcnbX0vQ1tM9PEcxhF9XI8RANx6HzzNsRWgjD2JF
	3s+zafGGhGxf6KLtwZVdT1qQeuWNz1PFG8IquRnRpquw
Received: from DU0P190MB1938.EURP190.PROD.OUTLOOK.COM (2603:10a6:10:3b4::12)
 by PA4P190MB1231.EURP190.PROD.OUTLOOK.COM (2603:10a6:102:10c::9) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.30; Sat, 5 Sep
 2026 21:12:46 +0000
From: =?utf-8?b?zpXOu86tzr3OtyDOms+Fz4HOuc6xzrrOr860zr/PhQ==?= <eleni.kyr@hotmail.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?zqDOoc6YOiDOpc+AzrXOvc64z43OvM65z4POtyDOv8+GzrXOuc67?=
 =?utf-8?b?zq7PgiDigJMgzqbOrM66zrXOu86/z4IgzpHOmc6TLTIwMjYtMzA5?=
 =?utf-8?b?MTcgW86Rz4XPhM+MzrzOsc+Ezr8gzrzOrs69z4XOvM6xXQ==?=
Thread-Topic: =?utf-8?b?zqXPgM61zr3OuM+NzrzOuc+Dzrcgzr/Phs61zrnOu86uz4Ig4oCT?=
 =?utf-8?b?IM6mzqzOus61zrvOv8+CIM6RzpnOky0yMDI2LTMwOTE3IFvOkc+F?=
 =?utf-8?b?z4TPjM68zrHPhM6/IM68zq7Ovc+FzrzOsV0=?=
Thread-Index: AQHdH0cP8VvQ2s5e+0ykRrN3wXtLbA==
Date: Sat, 5 Sep 2026 21:12:46 +0000
Message-ID: <DU0P190MB1938C7E2A91F4B06D3E85A2BD7112@DU0P190MB1938.EURP190.PROD.OUTLOOK.COM>
Accept-Language: el-GR, en-US
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs+DzrHPgiDPgM+Bzr/Pic64z44gz4TOvyDPgM6x
z4HOsc66zqzPhM+JIM68zq7Ovc+FzrzOsSwgz4TOvyDOv8+Azr/Or86/IM6UzpXOnSDOrs+BzrjO
tSDPg861IM68zq3Ovc6xIM6xzrvOu86sIM+Dz4TOtyDOvM63z4TOrc+BzrEgzrzOv8+FLCDOo86/
z4bOr86xIM6az4XPgc65zrHOus6vzrTOv8+FLCDPg8+Ezr8gzrTOuc66z4wgz4TOt8+CIGVtYWls
LiDOnyDOu86/zrPOsc+BzrnOsc+DzrzPjM+CIM61zq/Ovc6xzrkgz4TOv8+FIM6xzrTOtc67z4bO
v8+NIM68zr/PhSwgzpXPhc6szrPOs861zrvOv8+FIM6az4XPgc65zrHOus6vzrTOty4gzpcgzrzO
t8+Ezq3Pgc6xIM68zr/PhSDOtM61zr0gzq3Ph861zrkgzrrOsc68zq/OsSDPg8+Hzq3Pg863IM68
zrUgz4TOt869IM+AzrHPgc6xzrPOs861zrvOr86xIM6/z43PhM61IM68zrUgz4TOvyDPh8+Bzq3O
v8+CLgoKzpXPgM65z4DOu86tzr/OvSwgz4PPjc68z4bPic69zrEgzrzOtSDPhM6/zr0gzrHOtM61
zrvPhs+MIM68zr/PhSwgzrcgzrXPhM6xzrnPgc61zq/OsSDPgM6/z4Ugz4PPhc69zrXPgc6zzqzO
ts61z4PPhM61IM+EzrfOu861z4bPjs69zrfPg861IM66zrHOuSDPg861IM6zzrXOr8+Ezr/Ovc6s
IM+Ezr/PhSDPg8+EzrcgzpjOtc+Dz4POsc67zr/Ovc6vzrrOtyDOus6xzrkgz4HPjs+EzrfPg861
IMKrzrHOvSDOvs6tz4HOtc65IM+Az4zPhM61IM64zrEgz4DOu863z4HPjs+DzrXOuSDPhM6xIM+H
z4HPic+Dz4TOv8+NzrzOtc69zrEgz4PPhM6/IM66zrHPhM6sz4PPhM63zrzOscK7LiDOkc+Fz4TP
jCDOtc6vzr3Osc65IM6xz4DOsc+BzqzOtM61zrrPhM6/LgoKzpjOrc67z4kgzr3OsSDOvM6szrjP
iToKLSDPgM6/zrnOv8+CIM6tzrTPic+DzrUgz4PPhM63zr0gzrXPhM6xzrnPgc61zq/OsSDOtc69
zrfOvM6tz4HPic+DzrfPgiDOv8+GzrXOuc67zrXPhM+Ozr0gz4TOvyBlbWFpbCDPhM63z4IgzrzO
t8+Ezq3Pgc6xz4IgzrzOv8+FIM66zrHOuSDPhM6/IM+EzrfOu86tz4bPic69zr8gz4TOv8+FIM6z
zrXOr8+Ezr/Ovc6xLAotIM6zzrnOsc+Ezq8gzrXOvc63zrzOtc+Bz47Ovc6/zr3PhM6xzrkgz4TP
gc6vz4TOsSDPgM+Bz4zPg8+Jz4DOsSDOs865zrEgz4TOvyDPh8+Bzq3Ov8+CIM66zqzPgM6/zrnO
v8+FIM6szrvOu86/z4UuCgrOkc69IM60zrXOvSDOu86szrLPiSDPg86/zrLOsc+Bzq4gzrHPgM6s
zr3PhM63z4POtyDOvM6tz4POsSDPg861IDE1IM63zrzOrc+BzrXPgiwgzrjOsSDPhc+Azr/Oss6s
zrvPiSDOus6xz4TOsc6zzrPOtc67zq/OsSDPg8+EzrfOvSDOkc+Bz4fOriDOoM+Bzr/Pg8+EzrHP
g86vzrHPgiDOlM61zrTOv868zq3Ovc+Jzr0gzqDPgc6/z4PPic+AzrnOus6/z40gzqfOsc+BzrHO
us+Ezq7Pgc6xIM66zrHOuSDPg8+Ezr/OvSDOo8+Fzr3Ors6zzr/Pgc6/IM+Ezr/PhSDOms6xz4TO
sc69zrHOu8+Jz4TOri4KCs6VzrvOrc69zrcgzprPhc+BzrnOsc66zq/OtM6/z4UKNjk0NCAzMDcg
ODEyCgrOm86uz4jOtyDPhM6/z4UgT3V0bG9vayDOs865zrEgQW5kcm9pZAoKX19fX19fX19fX19f
X19fX19fX19fX19fX19fX19fX18KRnJvbTogzpHOuc6zzq/PgiDOlc69zrfOvM6tz4HPic+Dzrcg
zp/Phs61zrnOu861z4TPjs69IDxub3JlcGx5QGVuaW1lcm9zaS1vZmVpbGV0b24uZ3I+ClNlbnQ6
IM6gzq3OvM+Az4TOtywgMyDOo861z4DPhM61zrzOss+Bzq/Ov8+FIDIwMjYgMTA6MDA6MTIgz4DO
vApUbzogc29maWEua3lyaWFraWRvdTUyQGdtYWlsLmNvbSA8c29maWEua3lyaWFraWRvdTUyQGdt
YWlsLmNvbT4KU3ViamVjdDogzqXPgM61zr3OuM+NzrzOuc+Dzrcgzr/Phs61zrnOu86uz4Ig4oCT
IM6mzqzOus61zrvOv8+CIM6RzpnOky0yMDI2LTMwOTE3IFvOkc+Fz4TPjM68zrHPhM6/IM68zq7O
vc+FzrzOsV0KCs6Rzr7Ouc+Mz4TOuc68zrUvzrcgzrrPjc+BzrnOtS/Ous+Fz4HOr86xLAoKz4PO
sc+CIM+Fz4DOtc69zrjPhc68zq/Ots6/z4XOvM61IM+Mz4TOuSDPgM6xz4HOsc68zq3Ovc61zrkg
zrHOvc61zr7PjM+GzrvOt8+Ezrcgzr/Phs61zrnOu86uIM+Nz4jOv8+Fz4IgMzE4LDUwIOKCrCDP
gM+Bzr/PgiDPhM63zr0gzrXPhM6xzrnPgc61zq/OsSBTaG9wIEV4YW1wbGUgQlYgKM+EzrnOvM6/
zrvPjM6zzrnOvyBHUi0yMDI2LTA0NDE4KS4KCs6TzrnOsSDPgM67zrfPgc6/z4bOv8+Bzq/Otc+C
IM6uIM60zrnOsc66zrHOvc6/zr3Ouc+DzrzPjCDOus6xzrvOrc+Dz4TOtSDPg8+Ezr8gMjEwIDk0
IDg4IDMwMCAozpTOtc+Fz4TOrc+BzrHigJPOoM6xz4HOsc+DzrrOtc+Fzq4gMDk6MDDigJMyMDow
MCkuCgrOlyDOtc69zrfOvM6tz4HPic+DzrcgzrPOr869zrXPhM6xzrkgz4PPjc68z4bPic69zrEg
zrzOtSDPhM6/zr0gzr0uIDM3NTgvMjAwOS4KzpHPhc+Ez4wgzrXOr869zrHOuSDOsc+Fz4TPjM68
zrHPhM6/IM68zq7Ovc+FzrzOsSDigJMgzrzOt869IM6xz4DOsc69z4TOrM+EzrUu
'''),
    # ------------------------------------------------------------------ bg
    ('bg', 'private-bailiff-sieve-vacation', 'automated', (),
'''Return-Path: <>
Received: from mail.csi-peneva.bg (mail.csi-peneva.bg [212.5.148.61])
	by mx1.shop.example.be (Postfix) with ESMTPS id 83C4F1A03B5
	for <privacy@shop.example.be>; Tue, 21 Jul 2026 11:06:29 +0200 (CEST)
Received: from mail.csi-peneva.bg (localhost [127.0.0.1])
	by mail.csi-peneva.bg (Postfix) with ESMTP id 3B7D1E2A61
	for <privacy@shop.example.be>; Tue, 21 Jul 2026 12:06:28 +0300 (EEST)
Message-ID: <dovecot-sieve-1784624788-118204-0@mail.csi-peneva.bg>
Date: Tue, 21 Jul 2026 12:06:28 +0300
X-Sieve: Pigeonhole Sieve 0.5.21
From: <kantora@csi-peneva.bg>
To: <privacy@shop.example.be>
Subject: =?utf-8?b?QXV0bzog0JfQsNC/0LjRgtCy0LDQvdC1INC+0YLQvdC+0YHQvdC+?=
 =?utf-8?b?INC40LfQvy4g0LTQtdC70L4g4oSWIDIwMjY4NzIwNDAwMzEyIA==?=
 =?utf-8?b?4oCTINC40YHQutCw0L3QtSDQvdCwINC00LDQvdC90Lg=?=
In-Reply-To: <prv-2026-0721-1106-0b3f@shop.example.be>
References: <prv-2026-0721-1106-0b3f@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте,

Кантората на ЧСИ Радослава Пенева, рег. № 872 на КЧСИ, район на действие Окръжен съд – Пловдив, е в платен годишен отпуск от 20 юли до 2 август 2026 г. включително.

През този период входящата кореспонденция не се обработва. Молби, запитвания и искания по изпълнителни дела, изпратени по електронна поща, ще бъдат заведени след 3 август 2026 г.

За спешни действия по висящи изпълнителни дела (вдигане на запор, получаване на удостоверения) се обръщайте към заместник ЧСИ на тел. 032 630 418.

Личните данни на страните по изпълнителните дела се обработват съгласно Закона за частните съдебни изпълнители, ГПК и Регламент (ЕС) 2016/679.

Това е автоматичен отговор.
'''),
    ('bg', 'payment-provider-chargeback-bg', 'automated', (),
'''Return-Path: <disputes@mail.payport.bg>
Received: from mail.payport.bg (mail.payport.bg [193.200.12.74])
	by mx1.shop.example.be (Postfix) with ESMTPS id F1E8C1A0421
	for <privacy@shop.example.be>; Wed, 23 Sep 2026 10:31:57 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=payport.bg; s=pp1;
	t=1790148716; h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	bh=GmbFe6iitVtzMlXqt++dF2zh/kk/vJMGyVnFYSJiXl4=;
	b=8IscU91eXp/wRseZuqjbEN0yMGee236FACi07Nfw+OCV5P+2r8x0wgw7dPeY1Qkd
	gVaVZQZRSL0pN8MSTuglcdS0ylwcN13Z1wiM73MLLwBbqtEYIo0DQR+At9C227x1
	YivQoZ0kbkG9NfrKR2NoQY+oI7KHkAEfIotlkL/+dI1a
From: =?utf-8?b?0J/QtdC50J/QvtGA0YIg4oCTINCe0YHQv9C+0YDQtdC90Lgg0L8=?=
 =?utf-8?b?0LvQsNGJ0LDQvdC40Y8=?= <disputes@mail.payport.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J7RgdC/0L7RgNC10L3QviDQv9C70LDRidCw0L3QtSAoY2hhcmdl?=
 =?utf-8?b?YmFjaykg0L/QviDRgtGA0LDQvdGB0LDQutGG0LjRjyA4ODQyMDEx?=
 =?utf-8?b?NzMzNiDigJMg0YHRgNC+0Log0LfQsCDQvtGC0LPQvtCy0L7RgCAw?=
 =?utf-8?b?Ny4xMC4yMDI2?=
Date: Wed, 23 Sep 2026 11:31:56 +0300
Message-ID: <cb.88420117336.20260923083156@mail.payport.bg>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-PayPort-Notification: chargeback.first
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

0KPQstCw0LbQsNC10LzQuCDRgtGK0YDQs9C+0LLQtdGG0L4sCgrQmtCw0YDRgtC+0LTRitGA0LbQ
sNGC0LXQuyDQtSDQvtGB0L/QvtGA0LjQuyDQv9C70LDRidCw0L3QtSwg0L7QsdGA0LDQsdC+0YLQ
tdC90L4g0L7RgiDQn9C10LnQn9C+0YDRgiDQldCQ0JQg0LfQsCBTaG9wIEV4YW1wbGUgQlYgKE1J
RCAyMjAwNDE4ODMwKS4KCtCi0YDQsNC90YHQsNC60YbQuNGPOiAgICAgICAgODg0MjAxMTczMzYK
0JTQsNGC0LAg0L3QsCDQv9C70LDRidCw0L3QtTogICAxNC4wOC4yMDI2CtCh0YPQvNCwOiAgICAg
ICAgICAgICAgNDg2LDAwINC70LIuCtCa0LDRgNGC0LA6ICAgICAgICAgICAgIFZpc2EgKioqKiAw
OTIxCtCa0L7QtCDQvdCwINC/0YDQuNGH0LjQvdCwOiAgICAxMy4xIOKAkyDRgdGC0L7QutCw0YLQ
sC/Rg9GB0LvRg9Cz0LDRgtCwINC90LUg0LUg0L/QvtC70YPRh9C10L3QsArQmNC00LXQvdGC0LjR
hNC40LrQsNGC0L7RgDogICAgIENCLUJHLTIwMjYtMDU1MTMK0KHRgtCw0YLRg9GBOiAgICAgICAg
ICAgINC/0YrRgNCy0L4g0L7RgdC/0L7RgNCy0LDQvdC1IChmaXJzdCBjaGFyZ2ViYWNrKQrQodGA
0L7QuiDQt9CwINC+0YLQs9C+0LLQvtGAOiAgIDA3LjEwLjIwMjYsIDIzOjU5INGHLgoK0KHRg9C8
0LDRgtCwINC1INGD0LTRitGA0LbQsNC90LAg0L7RgiDRgdC70LXQtNCy0LDRidC+0YLQviDQktC4
INC/0LvQsNGJ0LDQvdC1INC/0L4g0YHQtdGC0YrQu9C80LXQvdGCLiDQkNC60L4g0LbQtdC70LDQ
tdGC0LUg0LTQsCDQvtGB0L/QvtGA0LjRgtC1IGNoYXJnZWJhY2st0LAsINC60LDRh9C10YLQtSDQ
tNC+0LrQsNC30LDRgtC10LvRgdGC0LLQsCDQsiDRgtGK0YDQs9C+0LLRgdC60LjRjyDQv9C+0YDR
gtCw0Ls6INGC0L7QstCw0YDQuNGC0LXQu9C90LjRhtCwINGBINC/0L7QtNC/0LjRgSDQvdCwINC/
0L7Qu9GD0YfQsNGC0LXQu9GPLCDRhNCw0LrRgtGD0YDQsCwg0LrQvtGA0LXRgdC/0L7QvdC00LXQ
vdGG0LjRjyDRgSDQutC70LjQtdC90YLQsC4KCtCb0LjRh9C90Lgg0LTQsNC90L3QuCDQvdCwINC6
0LDRgNGC0L7QtNGK0YDQttCw0YLQtdC70Y8gKNC40LzQtSwg0LDQtNGA0LXRgSDQt9CwINC00L7R
gdGC0LDQstC60LAsINGC0LXQu9C10YTQvtC9LCBJUCDQsNC00YDQtdGBKSDRgdC1INC60LDRh9Cy
0LDRgiDQtdC00LjQvdGB0YLQstC10L3QviDQv9GA0LXQtyDQv9C+0YDRgtCw0LvQsCDQuCDRgdC1
INC/0YDQtdC00L7RgdGC0LDQstGP0YIg0L3QsCDQsdCw0L3QutCw0YLQsCDQuNC30LTQsNGC0LXQ
uyDQuCDQvdCwIFZpc2Eg0YHQsNC80L4g0LfQsCDRhtC10LvQuNGC0LUg0L3QsCDRgdC/0L7RgNCw
LCDRgdGK0LPQu9Cw0YHQvdC+INCg0LXQs9C70LDQvNC10L3RgiAo0JXQoSkgMjAxNi82NzkuINCd
0LUg0LjQt9C/0YDQsNGJ0LDQudGC0LUg0LvQuNGH0L3QuCDQtNCw0L3QvdC4INC/0L4g0LjQvNC1
0LnQuy4KCtCf0L7RgNGC0LDQuzogaHR0cHM6Ly9tZXJjaGFudC5wYXlwb3J0LmJnL2Rpc3B1dGVz
L0NCLUJHLTIwMjYtMDU1MTMKCtCi0L7QstCwINGB0YrQvtCx0YnQtdC90LjQtSDQtSDQs9C10L3Q
tdGA0LjRgNCw0L3QviDQsNCy0YLQvtC80LDRgtC40YfQvdC+LiDQnNC+0LvRjywg0L3QtSDQvtGC
0LPQvtCy0LDRgNGP0LnRgtC1LgrQn9C10LnQn9C+0YDRgiDQldCQ0JQsINCx0YPQuy4g4oCe0KbQ
sNGA0LjQs9GA0LDQtNGB0LrQviDRiNC+0YHQteKAnCAxMTUsIDE3ODQg0KHQvtGE0LjRjw==
'''),
    ('bg', 'collection-portal-data-export-ready', 'automated', (),
'''Return-Path: <portal@kolektplus.bg>
Received: from smtp.kolektplus.bg (smtp.kolektplus.bg [87.120.41.9])
	by mx1.shop.example.be (Postfix) with ESMTPS id 0A7B21A0136
	for <privacy@shop.example.be>; Fri, 09 Oct 2026 17:45:03 +0200 (CEST)
Received: from portal-web01 (portal-web01.int.kolektplus.bg [10.3.0.15])
	by smtp.kolektplus.bg (Postfix) with ESMTPA id 51E2F3C01A
	for <privacy@shop.example.be>; Fri, 09 Oct 2026 18:45:02 +0300 (EEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=kolektplus.bg; s=mail;
	t=1791561902; h=From:To:Subject:Date:Message-ID;
	bh=QEbr93j9kg4zvHwyXIOrRiLo++UI2G0s721gjEtmx6W=;
	b=LtBP6JNjdu1lts7G1+soX83vhTyC/LuMLMpiHh4e4gqsB+SfqYbZwLkhayB1ATV9
	PE4r4XLk4/iesvaV5FsgGoMn2GQDJ/xZjHIPZjmuWr60YF68hyiOqKIkpV08p6Eg
	XqWxfSf/nB9XZWZkXyUNd9reffbYduYhkDr970M1t4mX
From: =?utf-8?b?0JrQvtC70LXQutGCINCf0LvRjtGBIOKAkyDQmtGA0LXQtNC40YI=?=
 =?utf-8?b?0L7RgNGB0LrQuCDQv9C+0YDRgtCw0Ls=?= <portal@kolektplus.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0JXQutGB0L/QvtGA0YLRitGCINC90LAg0LTQsNC90L3QuCDQv9C+?=
 =?utf-8?b?INCS0LDRiNC40YLQtSDQtNC10LvQsCDQtSDQs9C+0YLQvtCyINC3?=
 =?utf-8?b?0LAg0LjQt9GC0LXQs9C70Y/QvdC1?=
Date: Fri, 09 Oct 2026 18:45:02 +0300
Message-ID: <export.7731.1791561902@portal.kolektplus.bg>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: Kolekt Portal Mailer 1.8
Content-Type: multipart/alternative; boundary="kp-8c1f2a0e"

--kp-8c1f2a0e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=95=D0=BA=D1=81=D0=BF=D0=BE=D1=80=D1=82=D1=8A=D1=82, =D0=B7=D0=B0=D1=8F=
=D0=B2=D0=B5=D0=BD =D0=BE=D1=82 =D0=BF=D0=BE=D1=82=D1=80=D0=B5=D0=B1=D0=B8=
=D1=82=D0=B5=D0=BB privacy@shop.example.be =D0=BD=D0=B0 09.10.2026 =D0=B3. =
=D0=B2 18:12 =D1=87., =D0=B5 =D0=B3=D0=BE=D1=82=D0=BE=D0=B2.

=D0=9A=D1=80=D0=B5=D0=B4=D0=B8=D1=82=D0=BE=D1=80: Shop Example BV
=D0=A2=D0=B8=D0=BF: =D0=BF=D1=8A=D0=BB=D0=B5=D0=BD =D0=B5=D0=BA=D1=81=D0=BF=
=D0=BE=D1=80=D1=82 =D0=BD=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=B0=
=D0=BD=D0=BD=D0=B8 =D0=BF=D0=BE =D0=B4=D0=B5=D0=BB=D0=B0 (=D0=B7=D0=B0=D1=
=8F=D0=B2=D0=BA=D0=B0 =E2=84=96 EXP-7731)
=D0=9E=D0=B1=D1=85=D0=B2=D0=B0=D1=82: 37 =D0=B4=D0=B5=D0=BB=D0=B0 (=D0=B0=
=D0=BA=D1=82=D0=B8=D0=B2=D0=BD=D0=B8: 12, =D0=BF=D1=80=D0=B8=D0=BA=D0=BB=D1=
=8E=D1=87=D0=B5=D0=BD=D0=B8: 25)
=D0=A1=D1=8A=D0=B4=D1=8A=D1=80=D0=B6=D0=B0=D0=BD=D0=B8=D0=B5: =D0=B8=D0=BC=
=D0=B5=D0=BD=D0=B0 =D0=BD=D0=B0 =D0=B4=D0=BB=D1=8A=D0=B6=D0=BD=D0=B8=D1=86=
=D0=B8, =D0=95=D0=93=D0=9D, =D0=B0=D0=B4=D1=80=D0=B5=D1=81=D0=B8, =D1=82=D0=
=B5=D0=BB=D0=B5=D1=84=D0=BE=D0=BD=D0=B8, =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB=D0=
=B8, =D0=B8=D1=81=D1=82=D0=BE=D1=80=D0=B8=D1=8F =D0=BD=D0=B0 =D0=BF=D0=BB=
=D0=B0=D1=89=D0=B0=D0=BD=D0=B8=D1=8F=D1=82=D0=B0, =D0=B7=D0=B0=D0=BF=D0=B8=
=D1=81=D0=B8 =D0=BD=D0=B0 =D0=BA=D0=BE=D0=BC=D1=83=D0=BD=D0=B8=D0=BA=D0=B0=
=D1=86=D0=B8=D1=8F=D1=82=D0=B0
=D0=A4=D0=BE=D1=80=D0=BC=D0=B0=D1=82: CSV + JSON, =D0=B0=D1=80=D1=85=D0=B8=
=D0=B2 ZIP, =D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B5=D0=BD =D1=81 =D0=BF=D0=B0=
=D1=80=D0=BE=D0=BB=D0=B0
=D0=A0=D0=B0=D0=B7=D0=BC=D0=B5=D1=80: 4,2 MB

=D0=98=D0=B7=D1=82=D0=B5=D0=B3=D0=BB=D1=8F=D0=BD=D0=B5: https://portal.kole=
ktplus.bg/exports/EXP-7731

=D0=9F=D0=B0=D1=80=D0=BE=D0=BB=D0=B0=D1=82=D0=B0 =D0=B7=D0=B0 =D0=B0=D1=80=
=D1=85=D0=B8=D0=B2=D0=B0 =D0=B5 =D0=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=
=D0=BD=D0=B0 =D1=81 SMS =D0=BD=D0=B0 =D1=82=D0=B5=D0=BB=D0=B5=D1=84=D0=BE=
=D0=BD=D0=B0, =D1=80=D0=B5=D0=B3=D0=B8=D1=81=D1=82=D1=80=D0=B8=D1=80=D0=B0=
=D0=BD =D0=B7=D0=B0 =D0=BF=D1=80=D0=BE=D1=84=D0=B8=D0=BB=D0=B0.
=D0=9B=D0=B8=D0=BD=D0=BA=D1=8A=D1=82 =D0=B5 =D0=B2=D0=B0=D0=BB=D0=B8=D0=B4=
=D0=B5=D0=BD 72 =D1=87=D0=B0=D1=81=D0=B0. =D0=A1=D0=BB=D0=B5=D0=B4 =D0=B8=
=D0=B7=D1=82=D0=B8=D1=87=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D1=81=D1=80=D0=BE=
=D0=BA=D0=B0 =D1=84=D0=B0=D0=B9=D0=BB=D1=8A=D1=82 =D1=81=D0=B5 =D0=B8=D0=B7=
=D1=82=D1=80=D0=B8=D0=B2=D0=B0 =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=
=D0=B8=D1=87=D0=BD=D0=BE =D0=BE=D1=82 =D1=81=D1=8A=D1=80=D0=B2=D1=8A=D1=80=
=D0=B0 =D0=BE=D1=82 =D1=81=D1=8A=D0=BE=D0=B1=D1=80=D0=B0=D0=B6=D0=B5=D0=BD=
=D0=B8=D1=8F =D0=B7=D0=B0 =D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0=
 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8=D1=82=D0=B5 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8.

=D0=92=D1=81=D1=8F=D0=BA=D0=BE =D0=B8=D0=B7=D1=82=D0=B5=D0=B3=D0=BB=D1=8F=
=D0=BD=D0=B5 =D1=81=D0=B5 =D0=B7=D0=B0=D0=BF=D0=B8=D1=81=D0=B2=D0=B0 =D0=B2=
 =D0=B6=D1=83=D1=80=D0=BD=D0=B0=D0=BB=D0=B0 =D0=B7=D0=B0 =D0=B4=D0=BE=D1=81=
=D1=82=D1=8A=D0=BF =D0=B4=D0=BE =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=B0=
=D0=BD=D0=BD=D0=B8.

=D0=A2=D0=BE=D0=B2=D0=B0 =D0=B5 =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=
=D0=B8=D1=87=D0=BD=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5 =D0=BE=D1=82 =D0=9A=D1=80=D0=B5=D0=B4=D0=B8=D1=82=D0=BE=D1=80=D1=81=
=D0=BA=D0=B8=D1=8F =D0=BF=D0=BE=D1=80=D1=82=D0=B0=D0=BB =D0=BD=D0=B0 =D0=9A=
=D0=BE=D0=BB=D0=B5=D0=BA=D1=82 =D0=9F=D0=BB=D1=8E=D1=81 =D0=9E=D0=9E=D0=94.=
 =D0=9D=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=D1=80=D1=8F=D0=B9=D1=82=
=D0=B5 =D0=BD=D0=B0 =D0=BD=D0=B5=D0=B3=D0=BE.
--kp-8c1f2a0e
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px">
<p>=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,</p>
<p>=D0=95=D0=BA=D1=81=D0=BF=D0=BE=D1=80=D1=82=D1=8A=D1=82, =D0=B7=D0=B0=D1=
=8F=D0=B2=D0=B5=D0=BD =D0=BE=D1=82 =D0=BF=D0=BE=D1=82=D1=80=D0=B5=D0=B1=D0=
=B8=D1=82=D0=B5=D0=BB <b>privacy@shop.example.be</b> =D0=BD=D0=B0 09.10.202=
6 =D0=B3. =D0=B2 18:12 =D1=87., =D0=B5 =D0=B3=D0=BE=D1=82=D0=BE=D0=B2.</p>
<table cellpadding=3D"4" style=3D"font-size:13px">
<tr><td>=D0=9A=D1=80=D0=B5=D0=B4=D0=B8=D1=82=D0=BE=D1=80</td><td>Shop Examp=
le BV</td></tr>
<tr><td>=D0=97=D0=B0=D1=8F=D0=B2=D0=BA=D0=B0</td><td>EXP-7731 =E2=80=93 =D0=
=BF=D1=8A=D0=BB=D0=B5=D0=BD =D0=B5=D0=BA=D1=81=D0=BF=D0=BE=D1=80=D1=82 =D0=
=BD=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 =D0=
=BF=D0=BE =D0=B4=D0=B5=D0=BB=D0=B0</td></tr>
<tr><td>=D0=9E=D0=B1=D1=85=D0=B2=D0=B0=D1=82</td><td>37 =D0=B4=D0=B5=D0=BB=
=D0=B0 (=D0=B0=D0=BA=D1=82=D0=B8=D0=B2=D0=BD=D0=B8: 12, =D0=BF=D1=80=D0=B8=
=D0=BA=D0=BB=D1=8E=D1=87=D0=B5=D0=BD=D0=B8: 25)</td></tr>
<tr><td>=D0=A4=D0=BE=D1=80=D0=BC=D0=B0=D1=82</td><td>CSV + JSON, ZIP =D1=81=
 =D0=BF=D0=B0=D1=80=D0=BE=D0=BB=D0=B0, 4,2 MB</td></tr>
</table>
<p><a href=3D"https://portal.kolektplus.bg/exports/EXP-7731" style=3D"backg=
round:#1f7a3e;color:#fff;padding:9px 16px;text-decoration:none">=D0=98=D0=
=B7=D1=82=D0=B5=D0=B3=D0=BB=D0=B8 =D0=B5=D0=BA=D1=81=D0=BF=D0=BE=D1=80=D1=
=82=D0=B0</a></p>
<p style=3D"font-size:12px;color:#666">=D0=9B=D0=B8=D0=BD=D0=BA=D1=8A=D1=82=
 =D0=B5 =D0=B2=D0=B0=D0=BB=D0=B8=D0=B4=D0=B5=D0=BD 72 =D1=87=D0=B0=D1=81=D0=
=B0. =D0=A1=D0=BB=D0=B5=D0=B4 =D1=82=D0=BE=D0=B2=D0=B0 =D1=84=D0=B0=D0=B9=
=D0=BB=D1=8A=D1=82 =D1=81=D0=B5 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0 =
=D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE =D0=BE=
=D1=82 =D1=81=D1=8A=D0=BE=D0=B1=D1=80=D0=B0=D0=B6=D0=B5=D0=BD=D0=B8=D1=8F =
=D0=B7=D0=B0 =D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0 =D0=BB=D0=B8=
=D1=87=D0=BD=D0=B8=D1=82=D0=B5 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8. =D0=92=D1=81=
=D1=8F=D0=BA=D0=BE =D0=B8=D0=B7=D1=82=D0=B5=D0=B3=D0=BB=D1=8F=D0=BD=D0=B5 =
=D1=81=D0=B5 =D0=B7=D0=B0=D0=BF=D0=B8=D1=81=D0=B2=D0=B0 =D0=B2 =D0=B6=D1=83=
=D1=80=D0=BD=D0=B0=D0=BB=D0=B0 =D0=B7=D0=B0 =D0=B4=D0=BE=D1=81=D1=82=D1=8A=
=D0=BF.</p>
<p style=3D"font-size:11px;color:#999">=D0=90=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=
=D1=82=D0=B8=D1=87=D0=BD=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=
=D0=B8=D0=B5 =E2=80=93 =D0=BD=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=D1=
=80=D1=8F=D0=B9=D1=82=D0=B5.</p>
</body></html>
--kp-8c1f2a0e--
'''),
    ('bg', 'person-wants-purchase-records-for-warranty-case', 'portability', (),
'''Return-Path: <n.dimitrov@abv.bg>
Received: from mx.abv.bg (mx.abv.bg [194.153.145.101])
	by mx1.shop.example.be (Postfix) with ESMTPS id C3D871A0586
	for <privacy@shop.example.be>; Mon, 12 Oct 2026 19:52:40 +0200 (CEST)
Received: from webmail.abv.bg (unknown [10.1.14.33])
	by mx.abv.bg (Postfix) with ESMTPA id 7E0B2A0044
	for <privacy@shop.example.be>; Mon, 12 Oct 2026 20:52:39 +0300 (EEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=abv.bg; s=smtp-out;
	t=1791827559; h=Date:From:To:Subject:In-Reply-To:References;
	bh=NKKJYpN97zAaGbNWraKjckbmXV2LZIIgAMO4aeSHlbk=;
	b=2JXP/b114nEWT/ejvhx80je2qAceN8mdpYAlhUrl1yWFyTREW1pr/FD49AD7FQRd
	quyRsiRxYsJUaVBMRRG+BgKsyyDJvlw0IU17QuKL6EXo9htApUCDei+sDERZ7A5R
	oMBO3FeONP4Hp4YEB/SABhpCXpa3uxI37Tk36nmxzAUi
Date: Mon, 12 Oct 2026 20:52:39 +0300
From: =?utf-8?b?0J3QuNC60L7Qu9Cw0Lkg0JTQuNC80LjRgtGA0L7Qsg==?= <n.dimitrov@abv.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?UmU6INCV0LvQtdC60YLRgNC+0L3QvdCwINC60LDRgdC+0LLQsCA=?=
 =?utf-8?b?0LHQtdC70LXQttC60LAg4oSWIDAwMTgtMjAyNS0xMTM5MDcgKNCw?=
 =?utf-8?b?0LLRgtC+0LzQsNGC0LjRh9C90L4g0YHRitC+0LHRidC10L3QuNC1?=
 =?utf-8?b?KQ==?=
Message-ID: <1a9f4c02e7d85b33c1f0a6e2d4b71c58@abv.bg>
In-Reply-To: <receipt.0018-2025-113907@shop.example.be>
References: <receipt.0018-2025-113907@shop.example.be>
User-Agent: Roundcube Webmail/1.6.7
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Здравейте,

отговарям на тази стара автоматична бележка, защото е единственото, което ми е останало от покупката.

През ноември 2025 г. купих от вас пералня (поръчка BG-2025-113907). Тя се развали два пъти в гаранционния срок, сервизът ви отказа ремонт и сега водя дело срещу вас пред Районен съд – Пловдив, гр. д. № 4418/2026. Адвокатът ми иска да представим пълната история на покупката.

Моля, изпратете ми всички мои данни за покупки в машинночетим формат (CSV, JSON или Excel): поръчки, касови бележки и фактури, гаранционни карти, сервизни заявки и отговорите по тях, доставка. Ще ги дам на адвоката, за да ги представи пред съда. Ако е по-лесно, може да ги качите и в профила ми – имейлът на профила е този, от който пиша.

Поздрави,
Николай Димитров
тел. 0888 312 640

На 2025-11-08 14:03, Shop Example написа:
> Това е автоматично съобщение. Моля, не отговаряйте.
>
> Електронна касова бележка № 0018-2025-113907
> Дата: 08.11.2025 14:03
> Пералня FrontLoad 8 кг, 1 бр. – 899,00 лв.
> Доставка – 0,00 лв.
> Общо: 899,00 лв., платено с карта
>
> Гаранция: 24 месеца. Запазете тази бележка.
> Shop Example BV
'''),
]

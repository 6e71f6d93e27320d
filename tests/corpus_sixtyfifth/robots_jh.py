"""Sixtyfifth set: robot mail of home installation, assembly and planning services (booking, field service, partner platforms, planners, take-back, gateways, bounces, auto-replies), plus people who look automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'fsm-technician-en-route', 'automated', (),
'''Return-Path: <bounce+5512-a81f3c@mail.trasowo.pl>
Received: from mta-out2.trasowo.pl (mta-out2.trasowo.pl [185.41.88.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4F7D21C0A3
        for <privacy@shop.example.be>; Tue, 12 May 2026 09:58:41 +0200 (CEST)
Received: from app-worker-07.internal.trasowo.pl (unknown [10.20.3.17])
        by mta-out2.trasowo.pl (Postfix) with ESMTP id 0B2E4A01F3
        for <privacy@shop.example.be>; Tue, 12 May 2026 09:58:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=trasowo.pl;
        s=tr2026; t=1778572720;
        h=from:reply-to:to:subject:date:message-id:mime-version:content-type;
        bh=u7oCQpWfjquc/FsBkQetL8/wg368Phbjig3y2iKG6N3=;
        b=KffSNumgGRYk67eTVZnJScl1IH2w+L0KZiHd3SPtSb8aagIZSJkv9gDjzEirG/xGnawDL3
         1GSntOXtdYB7EPUZtHG9yazrF4jr40+YiRH4k8jsrOdZfUSZBL+OEmXDcouFNIUnsh29mx
         77nFdyQfobHYlLxXM0Bjh8bSlcNQ+tJZ
From: =?utf-8?q?Serwis_monta=C5=BCu_Shop_Example?= <powiadomienia@trasowo.pl>
Reply-To: =?utf-8?q?Nie_odpowiadaj?= <noreply@trasowo.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Tw=C3=B3j_technik_jest_w_drodze_=E2=80=93_przyjazd_ok=2E_10=3A?=
 =?utf-8?q?40_=28zlecenie_PL-5512=29?=
Date: Tue, 12 May 2026 09:58:40 +0200
Message-ID: <20260512075840.7f3a91c2.5512@app-worker-07.trasowo.pl>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_tr_5512_b7c1e0"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Feedback-ID: eta-notice:shopexample-pl:trasowo
X-Trasowo-Job: PL-5512
X-Trasowo-Event: technician.en_route

This is a multi-part message in MIME format.

--=_tr_5512_b7c1e0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

Tw=C3=B3j technik Marek (Monta=C5=BCe Kowal sp. z o.o.) jest w drodze.
Przewidywany czas przyjazdu: 10:40 (okno przyjazdu 10:25=E2=80=9310:55).

Zlecenie:      PL-5512
Adres:         ul. Lipowa 14/3, 31-216 Krak=C3=B3w
Zakres prac:   monta=C5=BC szafek kuchennych i blatu, pod=C5=82=C4=85czenie=
 zmywarki
Notatka:       kod do bramy 2580#, klucz u s=C4=85siadki spod 4

=C5=9Aled=C5=BA przyjazd technika na =C5=BCywo:
https://trasowo.pl/t/Kx83Pq

Nie mo=C5=BCesz przyj=C4=85=C4=87 technika? Zmie=C5=84 termin:
https://trasowo.pl/r/Kx83Pq

Dane kontaktowe na zleceniu: privacy@shop.example.be, +48 512 000 318.
Je=C5=9Bli s=C4=85 nieprawid=C5=82owe, poinformuj sklep, w kt=C3=B3rym z=C5=
=82o=C5=BCono zam=C3=B3wienie.

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana automatycznie =E2=80=93 pr=
osimy na ni=C4=85 nie odpowiada=C4=87.

Administratorem Twoich danych osobowych jest Shop Example BV. Trasowo
przetwarza je w imieniu sklepu wy=C5=82=C4=85cznie w celu realizacji wizyty
(lokalizacja technika jest udost=C4=99pniana tylko na czas dojazdu).
Polityka prywatno=C5=9Bci: https://trasowo.pl/prywatnosc
--=_tr_5512_b7c1e0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html lang=3D"pl"><head><meta charset=3D"utf-8"><title>Technik w drodze</ti=
tle></head>
<body style=3D"margin:0;padding:0;background:#f2f4f7;font-family:Arial,Helv=
etica,sans-serif;">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"560" cellpadding=3D"24" cellspacing=
=3D"0" style=3D"background:#ffffff;">
<tr><td>
<p style=3D"font-size:15px;">Dzie=C5=84 dobry,</p>
<h1 style=3D"font-size:22px;color:#0b5cab;">Tw=C3=B3j technik Marek jest w =
drodze</h1>
<p style=3D"font-size:15px;">Przewidywany czas przyjazdu: <strong>10:40</st=
rong> (okno przyjazdu 10:25=E2=80=9310:55)</p>
<table cellpadding=3D"4" style=3D"font-size:14px;">
<tr><td>Zlecenie</td><td>PL-5512</td></tr>
<tr><td>Adres</td><td>ul. Lipowa 14/3, 31-216 Krak=C3=B3w</td></tr>
<tr><td>Zakres prac</td><td>monta=C5=BC szafek kuchennych i blatu, pod=C5=
=82=C4=85czenie zmywarki</td></tr>
<tr><td>Notatka</td><td>kod do bramy 2580#, klucz u s=C4=85siadki spod 4</t=
d></tr>
</table>
<p><a href=3D"https://trasowo.pl/t/Kx83Pq" style=3D"background:#0b5cab;colo=
r:#fff;padding:10px 18px;text-decoration:none;">=C5=9Aled=C5=BA na =C5=BCyw=
o</a>
&nbsp; <a href=3D"https://trasowo.pl/r/Kx83Pq">Zmie=C5=84 termin</a></p>
<p style=3D"font-size:12px;color:#667;">Dane kontaktowe na zleceniu: privac=
y@shop.example.be, +48 512 000 318. Je=C5=9Bli s=C4=85 nieprawid=C5=82owe, =
poinformuj sklep.</p>
<p style=3D"font-size:11px;color:#889;">Ta wiadomo=C5=9B=C4=87 zosta=C5=82a=
 wys=C5=82ana automatycznie =E2=80=93 prosimy na ni=C4=85 nie odpowiada=C4=
=87.<br>
Administratorem Twoich danych osobowych jest Shop Example BV. Trasowo przet=
warza je w imieniu sklepu wy=C5=82=C4=85cznie w celu realizacji wizyty.
<a href=3D"https://trasowo.pl/prywatnosc">Polityka prywatno=C5=9Bci</a></p>
</td></tr></table>
</td></tr></table>
</body></html>
--=_tr_5512_b7c1e0--
'''),
    ('pl', 'postfix-bounce-reply-kitchen-plan-deletion', 'automated', (),
'''Return-Path: <>
Received: from smtp-out1.shop.example.be (smtp-out1.shop.example.be [195.130.20.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7C2E31C0B8
        for <privacy@shop.example.be>; Tue, 17 Mar 2026 14:02:13 +0100 (CET)
Received: by smtp-out1.shop.example.be (Postfix)
        id 5D90E2A0411; Tue, 17 Mar 2026 14:02:12 +0100 (CET)
Date: Tue, 17 Mar 2026 14:02:12 +0100 (CET)
From: MAILER-DAEMON@smtp-out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="5D90E2A0411.1773752532/smtp-out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260317130212.5D90E2A0411@smtp-out1.shop.example.be>

This is a MIME-encapsulated message.

--5D90E2A0411.1773752532/smtp-out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp-out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.zielinska@poczta-domowa.pl>: host mx.poczta-domowa.pl[91.203.14.22] said:
    550 5.1.1 <m.zielinska@poczta-domowa.pl>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--5D90E2A0411.1773752532/smtp-out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out1.shop.example.be
X-Postfix-Queue-ID: 5D90E2A0411
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 17 Mar 2026 14:02:10 +0100 (CET)

Final-Recipient: rfc822; m.zielinska@poczta-domowa.pl
Original-Recipient: rfc822;m.zielinska@poczta-domowa.pl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.poczta-domowa.pl
Diagnostic-Code: smtp; 550 5.1.1 <m.zielinska@poczta-domowa.pl>: Recipient
    address rejected: User unknown in virtual mailbox table

--5D90E2A0411.1773752532/smtp-out1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from privacy-desk.shop.example.be (privacy-desk.shop.example.be [10.1.4.22])
        by smtp-out1.shop.example.be (Postfix) with ESMTPSA id 5D90E2A0411
        for <m.zielinska@poczta-domowa.pl>; Tue, 17 Mar 2026 14:02:10 +0100 (CET)
From: =?utf-8?q?Shop_Example_=E2=80=93_Ochrona_danych?= <privacy@shop.example.be>
To: m.zielinska@poczta-domowa.pl
Subject: =?utf-8?q?Re=3A_Usuni=C4=99cie_projektu_kuchni_i_zdj=C4=99=C4=87_mieszka?=
 =?utf-8?q?nia_=5BDSR-2026-0311=5D?=
Date: Tue, 17 Mar 2026 14:02:09 +0100
Message-ID: <dsr-2026-0311.3@privacy-desk.shop.example.be>
In-Reply-To: <CAF4q9wN7xLr2p@mail.poczta-domowa.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Szanowna Pani,

potwierdzamy otrzymanie wniosku z dnia 12 marca 2026 r. o usuni=C4=99cie
projektu kuchni, rzutu mieszkania oraz zdj=C4=99=C4=87 wykonanych przez nas=
zego
projektanta podczas pomiaru w dniu 3 marca.

Wniosek zarejestrowali=C5=9Bmy pod numerem DSR-2026-0311. Odpowiemy w ci=C4=
=85gu
miesi=C4=85ca. Je=C5=9Bli w mi=C4=99dzyczasie planuje Pani zam=C3=B3wienie,=
 prosimy o
informacj=C4=99 =E2=80=93 projekt jest wtedy potrzebny do realizacji monta=
=C5=BCu.

Z powa=C5=BCaniem
Zesp=C3=B3=C5=82 ds. ochrony danych
Shop Example BV

--5D90E2A0411.1773752532/smtp-out1.shop.example.be--
'''),
    ('pl', 'kitchen-planner-plan-shared', 'automated', (),
'''Return-Path: <bounces+3318207-a1c4-privacy=shop.example.be@em4471.planer3d.pl>
Received: from o31.em4471.planer3d.pl (o31.em4471.planer3d.pl [167.89.41.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2B7F91C09E
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 11:37:05 +0200 (CEST)
Received: by filterdrecv-7d9c6bb84-x2kqp with SMTP id filterdrecv-7d9c6bb84-x2kqp-1-69E74551-2A
        Tue, 21 Apr 2026 09:37:04 +0000 (UTC)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=planer3d.pl;
        h=content-type:from:mime-version:subject:to:cc:content-type:from:subject:to;
        s=s1; bh=ldS1/YOmYiSk0yEc/RXeQ+ZvBqYjEwKbE3Y8mRMdWCB=;
        b=HY2wFueik2WzJV/4bb79RFxB0GXUaRg2chf06Rt8Qn3d2kmFn/iHECQ9iaBypF9ks/8Uli
        HQmMvnvMhsOvbY8n/4FSZdl7Jz0NA+ZBRFP4jt7+Iz7gcaQ9xESc5rndxEJ4qIsJSMMW/5
        48ftCcTdWZJlGr+EPsdQsJbjm86T0C
From: Planer3D <powiadomienia@planer3d.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Anna_Wrona_udost=C4=99pni=C5=82a_Ci_projekt_=E2=80=9EKuchnia_?=
 =?utf-8?q?=E2=80=93_Nowak=2C_ul=2E_Sosnowa_7=E2=80=9D?=
Date: Tue, 21 Apr 2026 09:37:04 +0000
Message-ID: <p3d.share.88a1f2c04d.20260421093704@planer3d.pl>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="4c0d9e2b7aa14f5e96c1a3d2f0b8e771"
X-SG-EID: sgkFg+4R0xr2iikWmEccytK4z4cZ2SpUL25bd7FTY1pfVLYzghJh7zREAzm+Y4Jx
X-Entity-ID: 7pkzgyp7CVAeX/tPzqRDDW==

--4c0d9e2b7aa14f5e96c1a3d2f0b8e771
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0

Anna Wrona (anna.wrona@studio-kuchni.example.pl) udost=C4=99pni=C5=82a Ci p=
rojekt
w Planer3D.

Projekt:          Kuchnia =E2=80=93 Nowak, ul. Sosnowa 7
Ostatnia zmiana:  21.04.2026, 11:35
Uprawnienia:      tylko do odczytu
Zawarto=C5=9B=C4=87:        rzut pomieszczenia (PDF, DWG), widok 3D, 14 zdj=
=C4=99=C4=87 z pomiaru,
                  notatki z pomiaru (2 strony)

Wiadomo=C5=9B=C4=87 od Anny:
"Dla dzia=C5=82u ochrony danych =E2=80=93 komplet materia=C5=82=C3=B3w do w=
niosku klienta."

Otw=C3=B3rz projekt: https://app.planer3d.pl/s/7Qm2xD4k

Projekt zawiera dane osobowe klienta oraz zdj=C4=99cia wn=C4=99trza mieszka=
nia.
Nie przekazuj linku osobom nieupowa=C5=BCnionym. Link wygasa po 14 dniach.

--
Otrzymujesz t=C4=99 wiadomo=C5=9B=C4=87, poniewa=C5=BC kto=C5=9B udost=C4=
=99pni=C5=82 Ci projekt w Planer3D.
Ustawienia powiadomie=C5=84: https://app.planer3d.pl/konto/powiadomienia
Planer3D sp. z o.o., ul. Przemys=C5=82owa 9, 60-001 Pozna=C5=84
--4c0d9e2b7aa14f5e96c1a3d2f0b8e771
Content-Transfer-Encoding: base64
Content-Type: text/html; charset=utf-8
Mime-Version: 1.0

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkhlbHZldGljYSxBcmlhbCxzYW5zLXNlcmlm
O2NvbG9yOiMyMjI7YmFja2dyb3VuZDojZmFmYWZhOyI+CjxkaXYgc3R5bGU9Im1heC13aWR0aDo1
NDBweDttYXJnaW46MCBhdXRvO2JhY2tncm91bmQ6I2ZmZjtwYWRkaW5nOjI4cHg7Ij4KPGltZyBz
cmM9Imh0dHBzOi8vY2RuLnBsYW5lcjNkLnBsL21haWwvbG9nby5wbmciIGFsdD0iUGxhbmVyM0Qi
IHdpZHRoPSIxMjAiPgo8aDIgc3R5bGU9ImZvbnQtd2VpZ2h0OjYwMDsiPkFubmEgV3JvbmEgdWRv
c3TEmXBuacWCYSBDaSBwcm9qZWt0PC9oMj4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxOHB4OyI+S3Vj
aG5pYSDigJMgTm93YWssIHVsLiBTb3Nub3dhIDc8L3A+CjxwIHN0eWxlPSJjb2xvcjojNTU1OyI+
Unp1dCBwb21pZXN6Y3plbmlhIChQREYsIERXRykgwrcgd2lkb2sgM0QgwrcgMTQgemRqxJnEhyB6
IHBvbWlhcnUgwrcgbm90YXRraSB6IHBvbWlhcnU8L3A+CjxibG9ja3F1b3RlIHN0eWxlPSJib3Jk
ZXItbGVmdDozcHggc29saWQgI2UwZTBlMDtwYWRkaW5nLWxlZnQ6MTJweDtjb2xvcjojNDQ0OyI+
RGxhIGR6aWHFgnUgb2Nocm9ueSBkYW55Y2gg4oCTIGtvbXBsZXQgbWF0ZXJpYcWCw7N3IGRvIHdu
aW9za3Uga2xpZW50YS48L2Jsb2NrcXVvdGU+CjxwPjxhIGhyZWY9Imh0dHBzOi8vYXBwLnBsYW5l
cjNkLnBsL3MvN1FtMnhENGsiIHN0eWxlPSJkaXNwbGF5OmlubGluZS1ibG9jaztiYWNrZ3JvdW5k
OiNmZjZhMTM7Y29sb3I6I2ZmZjtwYWRkaW5nOjEycHggMjJweDtib3JkZXItcmFkaXVzOjRweDt0
ZXh0LWRlY29yYXRpb246bm9uZTsiPk90d8OzcnogcHJvamVrdDwvYT48L3A+CjxwIHN0eWxlPSJm
b250LXNpemU6MTJweDtjb2xvcjojODg4OyI+UHJvamVrdCB6YXdpZXJhIGRhbmUgb3NvYm93ZSBr
bGllbnRhIG9yYXogemRqxJljaWEgd27EmXRyemEgbWllc3prYW5pYS4gTmllIHByemVrYXp1aiBs
aW5rdSBvc29ib20gbmlldXBvd2HFvG5pb255bS4gTGluayB3eWdhc2EgcG8gMTQgZG5pYWNoLjwv
cD4KPGhyIHN0eWxlPSJib3JkZXI6bm9uZTtib3JkZXItdG9wOjFweCBzb2xpZCAjZWVlOyI+Cjxw
IHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xvcjojOTk5OyI+T3RyenltdWplc3ogdMSZIHdpYWRv
bW/Fm8SHLCBwb25pZXdhxbwga3RvxZsgdWRvc3TEmXBuacWCIENpIHByb2pla3QgdyBQbGFuZXIz
RC4gPGEgaHJlZj0iaHR0cHM6Ly9hcHAucGxhbmVyM2QucGwva29udG8vcG93aWFkb21pZW5pYSI+
VXN0YXdpZW5pYSBwb3dpYWRvbWllxYQ8L2E+PGJyPlBsYW5lcjNEIHNwLiB6IG8uby4sIHVsLiBQ
cnplbXlzxYJvd2EgOSwgNjAtMDAxIFBvem5hxYQ8L3A+CjwvZGl2Pgo8aW1nIHNyYz0iaHR0cHM6
Ly91MzMxODIwNy5jdC5zZW5kZ3JpZC5uZXQvd2Yvb3Blbj91cG49OEhxMiIgYWx0PSIiIHdpZHRo
PSIxIiBoZWlnaHQ9IjEiIGJvcmRlcj0iMCIgc3R5bGU9ImhlaWdodDoxcHggIWltcG9ydGFudDt3
aWR0aDoxcHggIWltcG9ydGFudDsiPgo8L2JvZHk+PC9odG1sPgo=
--4c0d9e2b7aa14f5e96c1a3d2f0b8e771--
'''),
    ('pl', 'exchange-ooo-kitchen-planner', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2107.outbound.protection.outlook.com [40.107.22.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 9A01E1C0D4
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 08:31:22 +0200 (CEST)
Received: from DB9PR08MB7345.eurprd08.prod.outlook.com (2603:10a6:10:2cd::19)
 by AS8PR08MB9412.eurprd08.prod.outlook.com with HTTPS; Tue, 14 Apr 2026 06:31:20 +0000
From: =?iso-8859-2?q?Katarzyna_W=F3jcik?= <k.wojcik@studio-kuchni.example.pl>
To: =?utf-8?q?Shop_Example_=E2=80=93_Ochrona_danych?= <privacy@shop.example.be>
Subject: =?utf-8?q?Odpowied=C5=BA_automatyczna=3A_Notatki_z_pomiaru_=E2=80=93_wni?=
 =?utf-8?q?osek_klienta_o_dost=C4=99p_do_danych_=5BDSR-2026-0418=5D?=
Thread-Topic: =?utf-8?q?Notatki_z_pomiaru_=E2=80=93_wniosek_klienta_o_dost=C4=99p_do_d?=
 =?utf-8?q?anych_=5BDSR-2026-0418=5D?=
Thread-Index: AQHczBq3yTn0VkR8lE2h0dDq1pQfZrQ2aE7x
Date: Tue, 14 Apr 2026 06:31:20 +0000
Message-ID: <0b6f8c2a1e3d4b7a9f0e12c45d6a7b8c@DB9PR08MB7345.eurprd08.prod.outlook.com>
In-Reply-To: <dsr-2026-0418.2@privacy-desk.shop.example.be>
References: <dsr-2026-0418.2@privacy-desk.shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Exchange-Organization-AuthSource: DB9PR08MB7345.eurprd08.prod.outlook.com
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: k.wojcik@studio-kuchni.example.pl
Content-Type: multipart/alternative;
        boundary="_000_0b6f8c2a1e3d4b7a9f0e12c45d6a7b8cDB9PR08MB7345eurprd08pro_"
MIME-Version: 1.0

--_000_0b6f8c2a1e3d4b7a9f0e12c45d6a7b8cDB9PR08MB7345eurprd08pro_
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Dzie=F1 dobry,

do 24 kwietnia przebywam na urlopie i nie mam dost=EApu do poczty.
W sprawach pomiar=F3w, projekt=F3w kuchni i termin=F3w monta=BFu prosz=EA
kontaktowa=E6 si=EA z biurem studia: biuro@studio-kuchni.example.pl,
tel. 12 345 67 80.

Pozdrawiam
Katarzyna W=F3jcik
Projektantka kuchni | Studio Kuchni Wi=B6niewski

--_000_0b6f8c2a1e3d4b7a9f0e12c45d6a7b8cDB9PR08MB7345eurprd08pro_
Content-Type: text/html; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
2">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size=
: 12pt; color: rgb(0, 0, 0);">
Dzie=F1 dobry,<br><br>
do 24 kwietnia przebywam na urlopie i nie mam dost=EApu do poczty. W sprawa=
ch pomiar=F3w, projekt=F3w kuchni i termin=F3w monta=BFu prosz=EA kontaktow=
a=E6 si=EA z biurem studia: biuro@studio-kuchni.example.pl, tel. 12 345 67 =
80.<br><br>
Pozdrawiam<br>
Katarzyna W=F3jcik<br>
Projektantka kuchni | Studio Kuchni Wi=B6niewski</div>
</body>
</html>

--_000_0b6f8c2a1e3d4b7a9f0e12c45d6a7b8cDB9PR08MB7345eurprd08pro_--
'''),
    ('pl', 'reply-above-planner-booking-wants-notes', 'access', (),
'''Return-Path: <t.nowak@poczta-domowa.pl>
Received: from mx.poczta-domowa.pl (mx.poczta-domowa.pl [91.203.14.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 11C4A1C0E7
        for <privacy@shop.example.be>; Tue, 10 Mar 2026 21:47:36 +0100 (CET)
Received: from [192.168.1.23] (89-64-12-201.dynamic.chello.pl [89.64.12.201])
        (Authenticated sender: t.nowak@poczta-domowa.pl)
        by mx.poczta-domowa.pl (Postfix) with ESMTPSA id 4C71B6E0214
        for <privacy@shop.example.be>; Tue, 10 Mar 2026 21:47:35 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=poczta-domowa.pl;
        s=dkim1; t=1773175655;
        bh=+YQiPV7yhRi4C1Co7SEsb7g4BM0bf3F424zD8nQTZrB=;
        h=Date:To:From:Subject:In-Reply-To:References;
        b=72IvvLV35LD9T2Sj1CzGlrBSSuKX+dA80i6WHAOBC/Tagmp+JolAKhP55I0J0NeSf8YygP
         jb6yl6x8zwvfIJG9g0ej42RgR3n2gRV8+89hmkKCzssAoPB6faDbDhH9+iojMvHcI55W9a
         Nol4qNvVWFZ2sso1i/r3dooSg6XfThHB
Message-ID: <5e1a7c3d-92b4-4f0e-8a61-c2d94b0f1e27@poczta-domowa.pl>
Date: Tue, 10 Mar 2026 21:47:33 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?utf-8?q?Re=3A_Potwierdzenie_wizyty_projektanta_kuchni_=E2=80=93_wtorek?=
 =?utf-8?q?_3_marca=2C_9=3A00?=
To: privacy@shop.example.be
References: <bk.20260224.8842917@rezerwacje.shop-example.pl>
Content-Language: pl
From: Tomasz Nowak <t.nowak@poczta-domowa.pl>
In-Reply-To: <bk.20260224.8842917@rezerwacje.shop-example.pl>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry,

piszę w odpowiedzi na poniższe potwierdzenie, bo na adres rezerwacji
nie da się odpisać, a nie wiem, gdzie indziej to wysłać.

Proszę o przesłanie mi wszystkiego, co Państwa projektant zapisał o nas
podczas pomiaru 3 marca: notatek, zdjęć kuchni i przedpokoju, rzutu
mieszkania i tego, co trafiło do systemu (także ewentualnych uwag
o nas jako klientach). Chciałbym też wiedzieć, kto poza projektantem
miał do tego dostęp – firma montażowa, jakiś podwykonawca?

Z poważaniem
Tomasz Nowak
ul. Sosnowa 7, 30-123 Kraków
tel. 601 222 419


W dniu 24.02.2026 o 10:12, Shop Example – Rezerwacje pisze:
> Potwierdzenie wizyty projektanta kuchni
>
> Dzień dobry Tomasz,
>
> Twoja wizyta została potwierdzona.
>
> Termin:     wtorek, 3 marca 2026, 9:00–10:30
> Projektant: Katarzyna Wójcik
> Adres:      ul. Sosnowa 7, 30-123 Kraków
>
> Podczas wizyty projektant zmierzy pomieszczenie i wykona zdjęcia
> ścian, przyłączy wody i gniazdek. Projekt 3D i rzut znajdziesz
> później w swoim koncie.
>
> Zmień termin: https://rezerwacje.shop-example.pl/z/8842917
> Anuluj wizytę: https://rezerwacje.shop-example.pl/a/8842917
>
> Ta wiadomość została wygenerowana automatycznie. Prosimy na nią
> nie odpowiadać.
'''),
    ('cs', 'post-visit-survey-rate-technician', 'automated', (),
'''Return-Path: <b.7f21c9.privacy=shop.example.be@send.zpetnavazba.cz>
Received: from send.zpetnavazba.cz (send.zpetnavazba.cz [185.8.236.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 6E1AD1C0F1
        for <privacy@shop.example.be>; Tue, 16 Jun 2026 17:05:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=zpetnavazba.cz;
        s=zn1; t=1781622308;
        h=From:To:Subject:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type;
        bh=oXY7mGsydkphHHKBK6YxKKemq4NBJ2QGKjyEhkW/uZj=;
        b=4tYptZkytZDEz8Xw9bGpEx39QD8pj228yW92DhH6xv7biOqmE06/nshBhL/kI5ota80nZe0l
         AHJ10KEAhjjaE3obiStay07rlrCGQCQkkV9wHbB2rkjDh4LfoleMfzzS3HJ6ERct/VWBYS5p
         g0MGuXonxVhIS7yHdGy1DMPyan2z
From: =?utf-8?q?Shop_Example_=E2=80=93_Va=C5=A1e_zku=C5=A1enost?= <dotaznik@zpetnavazba.cz>
To: privacy@shop.example.be
Subject: =?utf-8?q?Jak_prob=C4=9Bhla_mont=C3=A1=C5=BE_kuchyn=C4=9B=3F_Ohodno?=
 =?utf-8?q?=C5=A5te_technika_Petra_=282_minuty=29?=
Date: Tue, 16 Jun 2026 17:05:08 +0200
Message-ID: <svy-4f9a1c-20260616150508-CZ-7731@zpetnavazba.cz>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_228104_1650937212.1781622308"
Precedence: bulk
List-Unsubscribe: <https://zpetnavazba.cz/odhlasit/4f9a1c7d>, <mailto:odhlasit+4f9a1c7d@zpetnavazba.cz>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: svy-cz-montaz:shopexample:zpetnavazba
X-Survey-Id: CZ-MONTAZ-2026-Q2

------=_Part_228104_1650937212.1781622308
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

RG9icsO9IGRlbiwKCnZlIMSNdHZydGVrIDExLiA2LiB1IHbDoXMgdGVjaG5payBQZXRyIChNb250
w6HFvmUgSG9yw6FrIHMuci5vLikgbW9udG92YWwKa3VjaHnFiHNrb3UgbGlua3UgYSBwcmFjb3Zu
w60gZGVza3UsIHpha8OhemthIENaLTc3MzEuCgpKYWsganN0ZSBieWxpIHNwb2tvamVuaT8gVnlw
bG7Em27DrSB6YWJlcmUgYXNpIDIgbWludXR5OgpodHRwczovL3pwZXRuYXZhemJhLmN6L3MvNGY5
YTFjN2QKCiAg4piF4piF4piF4piF4piFICBPaG9kbm90aXQgdGVjaG5pa2EKICBEb3BvcnXEjWls
aSBieXN0ZSBtb250w6HFviBvZCBTaG9wIEV4YW1wbGUgem7DoW3DvW0/CgpWYcWhZSBvZHBvdsSb
ZGkgenByYWNvdsOhdsOhbWUgdiBzb3VsYWR1IHNlIHrDoXNhZGFtaSBvY2hyYW55IG9zb2Juw61j
aArDumRhasWvIFNob3AgRXhhbXBsZSBCVi4gSG9kbm9jZW7DrSB0ZWNobmlrxa8gc2UgcMWZZWTD
oXbDoSBtb250w6HFvm7DrSBmaXJtxJsKYmV6IHZhxaFlaG8gam3DqW5hIGEgb2Rwb3bEm2RpIGpz
b3UgYW5vbnltaXpvdsOhbnkgcG8gMTIgbcSbc8OtY8OtY2guCgpUZW50byBlLW1haWwgYnlsIG9k
ZXNsw6FuIGF1dG9tYXRpY2t5LCBuZW9kcG92w61kZWp0ZSBuYSBuxJtqLgpOZWNoY2V0ZSBkb3N0
w6F2YXQgZG90YXpuw61reT8gT2RobMOhc2l0OiBodHRwczovL3pwZXRuYXZhemJhLmN6L29kaGxh
c2l0LzRmOWExYzdkCg==
------=_Part_228104_1650937212.1781622308
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PCFkb2N0eXBlIGh0bWw+CjxodG1sIGxhbmc9ImNzIj48aGVhZD48bWV0YSBjaGFyc2V0PSJVVEYt
OCI+PG1ldGEgbmFtZT0idmlld3BvcnQiIGNvbnRlbnQ9IndpZHRoPWRldmljZS13aWR0aCI+PC9o
ZWFkPgo8Ym9keSBzdHlsZT0iYmFja2dyb3VuZDojZWVmMWY0O21hcmdpbjowO2ZvbnQtZmFtaWx5
OlNlZ29lIFVJLEFyaWFsLHNhbnMtc2VyaWY7Ij4KPGRpdiBzdHlsZT0ibWF4LXdpZHRoOjYwMHB4
O21hcmdpbjowIGF1dG87YmFja2dyb3VuZDojZmZmO3BhZGRpbmc6MzBweDsiPgo8cD5Eb2Jyw70g
ZGVuLDwvcD4KPHA+dmUgxI10dnJ0ZWsgMTEuIDYuIHUgdsOhcyB0ZWNobmlrIDxiPlBldHI8L2I+
IChNb250w6HFvmUgSG9yw6FrIHMuci5vLikgbW9udG92YWwga3VjaHnFiHNrb3UgbGlua3UgYSBw
cmFjb3Zuw60gZGVza3UsIHpha8OhemthIENaLTc3MzEuPC9wPgo8cCBzdHlsZT0iZm9udC1zaXpl
OjIwcHg7Zm9udC13ZWlnaHQ6Ym9sZDsiPkphayBqc3RlIGJ5bGkgc3Bva29qZW5pPzwvcD4KPHA+
CjxhIGhyZWY9Imh0dHBzOi8venBldG5hdmF6YmEuY3ovcy80ZjlhMWM3ZD9yPTEiIHN0eWxlPSJm
b250LXNpemU6MjhweDt0ZXh0LWRlY29yYXRpb246bm9uZTtjb2xvcjojZjVhNjIzOyI+4piFPC9h
Pgo8YSBocmVmPSJodHRwczovL3pwZXRuYXZhemJhLmN6L3MvNGY5YTFjN2Q/cj0yIiBzdHlsZT0i
Zm9udC1zaXplOjI4cHg7dGV4dC1kZWNvcmF0aW9uOm5vbmU7Y29sb3I6I2Y1YTYyMzsiPuKYhTwv
YT4KPGEgaHJlZj0iaHR0cHM6Ly96cGV0bmF2YXpiYS5jei9zLzRmOWExYzdkP3I9MyIgc3R5bGU9
ImZvbnQtc2l6ZToyOHB4O3RleHQtZGVjb3JhdGlvbjpub25lO2NvbG9yOiNmNWE2MjM7Ij7imIU8
L2E+CjxhIGhyZWY9Imh0dHBzOi8venBldG5hdmF6YmEuY3ovcy80ZjlhMWM3ZD9yPTQiIHN0eWxl
PSJmb250LXNpemU6MjhweDt0ZXh0LWRlY29yYXRpb246bm9uZTtjb2xvcjojZjVhNjIzOyI+4piF
PC9hPgo8YSBocmVmPSJodHRwczovL3pwZXRuYXZhemJhLmN6L3MvNGY5YTFjN2Q/cj01IiBzdHls
ZT0iZm9udC1zaXplOjI4cHg7dGV4dC1kZWNvcmF0aW9uOm5vbmU7Y29sb3I6I2Y1YTYyMzsiPuKY
hTwvYT4KPC9wPgo8cD48YSBocmVmPSJodHRwczovL3pwZXRuYXZhemJhLmN6L3MvNGY5YTFjN2Qi
IHN0eWxlPSJiYWNrZ3JvdW5kOiMxYjdmNGI7Y29sb3I6I2ZmZjtwYWRkaW5nOjEycHggMjBweDt0
ZXh0LWRlY29yYXRpb246bm9uZTtib3JkZXItcmFkaXVzOjNweDsiPlZ5cGxuaXQgZG90YXpuw61r
ICgyIG1pbnV0eSk8L2E+PC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjEycHg7Y29sb3I6Izc3Nzsi
PlZhxaFlIG9kcG92xJtkaSB6cHJhY292w6F2w6FtZSB2IHNvdWxhZHUgc2UgesOhc2FkYW1pIG9j
aHJhbnkgb3NvYm7DrWNoIMO6ZGFqxa8gU2hvcCBFeGFtcGxlIEJWLiBIb2Rub2NlbsOtIHRlY2hu
aWvFryBzZSBwxZllZMOhdsOhIG1vbnTDocW+bsOtIGZpcm3EmyBiZXogdmHFoWVobyBqbcOpbmEg
YSBvZHBvdsSbZGkganNvdSBhbm9ueW1pem92w6FueSBwbyAxMiBtxJtzw61jw61jaC48L3A+Cjxw
IHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xvcjojOTk5OyI+VGVudG8gZS1tYWlsIGJ5bCBvZGVz
bMOhbiBhdXRvbWF0aWNreSwgbmVvZHBvdsOtZGVqdGUgbmEgbsSbai4gPGEgaHJlZj0iaHR0cHM6
Ly96cGV0bmF2YXpiYS5jei9vZGhsYXNpdC80ZjlhMWM3ZCI+T2RobMOhc2l0IGRvdGF6bsOta3k8
L2E+PC9wPgo8L2Rpdj4KPGltZyBzcmM9Imh0dHBzOi8venBldG5hdmF6YmEuY3ovby80ZjlhMWM3
ZC5naWYiIHdpZHRoPSIxIiBoZWlnaHQ9IjEiIGFsdD0iIj4KPC9ib2R5PjwvaHRtbD4K
------=_Part_228104_1650937212.1781622308--
'''),
    ('cs', 'exim-bounce-technician-forward', 'automated', (),
'''Return-Path: <>
Received: from mail.montaze-horak.cz (mail.montaze-horak.cz [31.31.77.108])
        by mx1.shop.example.be (Postfix) with ESMTPS id A47F01C0C2
        for <privacy@shop.example.be>; Tue, 23 Jun 2026 10:14:52 +0200 (CEST)
Received: from Debian-exim by mail.montaze-horak.cz with local (Exim 4.96)
        id 1wKq7N-0003Xs-2P
        for privacy@shop.example.be;
        Tue, 23 Jun 2026 10:14:51 +0200
X-Failed-Recipients: p.svoboda83@postak.cz
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.montaze-horak.cz>
To: privacy@shop.example.be
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wKq7N-0003Xs-2P@mail.montaze-horak.cz>
Date: Tue, 23 Jun 2026 10:14:51 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  p.svoboda83@postak.cz
    (generated from petr.svoboda@montaze-horak.cz)
    host mx1.postak.cz [77.75.78.42]
    SMTP error from remote mail server after RCPT TO:<p.svoboda83@postak.cz>:
    550 5.1.1 <p.svoboda83@postak.cz>: Recipient address rejected: mailbox does not exist

------ This is a copy of the message, including all the headers. ------

Return-path: <privacy@shop.example.be>
Received: from smtp-out1.shop.example.be ([195.130.20.41])
        by mail.montaze-horak.cz with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
        (Exim 4.96)
        (envelope-from <privacy@shop.example.be>)
        id 1wKq7M-0003Xn-3C
        for petr.svoboda@montaze-horak.cz;
        Tue, 23 Jun 2026 10:14:50 +0200
From: =?utf-8?q?Shop_Example_=E2=80=93_Ochrana_osobn=C3=ADch_=C3=BAdaj=C5=AF?= <privacy@shop.example.be>
To: petr.svoboda@montaze-horak.cz
Cc: reditel@montaze-horak.cz
Subject: =?utf-8?q?Dotaz_ke_kontaktov=C3=A1n=C3=AD_z=C3=A1kaznice_po_mont=C3=A1?=
 =?utf-8?q?=C5=BEi_=28zak=C3=A1zka_CZ-7731=29?=
Date: Tue, 23 Jun 2026 10:14:47 +0200
Message-ID: <dsr-2026-0652.1@privacy-desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den, pane Svobodo,

z=C3=A1kaznice ze zak=C3=A1zky CZ-7731 (mont=C3=A1=C5=BE kuchyn=C4=9B 11. 6=
. 2026) n=C3=A1m sd=C4=9Blila,
=C5=BEe jste ji po mont=C3=A1=C5=BEi kontaktoval p=C5=99es Instagram a SMS =
z va=C5=A1eho
soukrom=C3=A9ho telefonu. Pros=C3=ADme o vyj=C3=A1d=C5=99en=C3=AD do 30. 6.=
: odkud jste m=C4=9Bl
kontakt, zda m=C3=A1te ulo=C5=BEen=C3=A9 fotografie z jej=C3=AD dom=C3=A1cn=
osti a zda jste
kontaktn=C3=AD =C3=BAdaje d=C3=A1l pou=C5=BE=C3=ADval.

D=C4=9Bkujeme.
T=C3=BDm ochrany osobn=C3=ADch =C3=BAdaj=C5=AF, Shop Example BV
'''),
    ('cs', 'takeback-collection-receipt-old-appliance', 'automated', (),
'''Return-Path: <potvrzeni@ekoodvoz.cz>
Received: from web3.ekoodvoz.cz (web3.ekoodvoz.cz [46.28.109.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id C3E921C0A7
        for <privacy@shop.example.be>; Tue, 15 Sep 2026 15:42:19 +0200 (CEST)
Received: by web3.ekoodvoz.cz (Postfix, from userid 33)
        id 8D2F1400B7; Tue, 15 Sep 2026 15:42:18 +0200 (CEST)
To: privacy@shop.example.be
Subject: =?utf-8?q?Potvrzen=C3=AD_o_p=C5=99evzet=C3=AD_spot=C5=99ebi=C4=8De_?=
 =?utf-8?q?=C4=8D=2E_ZP-2026-08817_=28zp=C4=9Btn=C3=BD_odb=C4=9Br=29?=
X-PHP-Originating-Script: 33:odvoz_notify.php
Date: Tue, 15 Sep 2026 15:42:18 +0200
From: =?utf-8?q?EkoOdvoz_s=2Er=2Eo=2E_=E2=80=93_zp=C4=9Btn=C3=BD_odb=C4=9Br?= <potvrzeni@ekoodvoz.cz>
Message-ID: <3f0b9c1e7d2a48e6b5c4a1f09e8d7c6b@ekoodvoz.cz>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/mixed;
 boundary="b1=_Qm9rZWtvb2R2b3o4ODE3"
Content-Transfer-Encoding: 8bit

This is a multi-part message in MIME format.
--b1=_Qm9rZWtvb2R2b3o4ODE3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

potvrzujeme p=C5=99evzet=C3=AD star=C3=A9ho spot=C5=99ebi=C4=8De v r=C3=A1m=
ci zp=C4=9Btn=C3=A9ho odb=C4=9Bru p=C5=99i
dod=C3=A1n=C3=AD nov=C3=A9ho zbo=C5=BE=C3=AD.

=C4=8C=C3=ADslo protokolu:   ZP-2026-08817
Objedn=C3=A1vka:        Shop Example CZ-90412
Datum p=C5=99evzet=C3=AD:    15. 9. 2026, 13:20
M=C3=ADsto p=C5=99evzet=C3=AD:    Vinohradsk=C3=A1 118, 130 00 Praha 3
P=C5=99evzal:           =C5=99idi=C4=8D R. Ku=C4=8Dera, v=C5=AFz 3AX 4471

P=C5=99evzat=C3=A9 spot=C5=99ebi=C4=8De:
  1x chytr=C3=A1 lednice s Wi-Fi (Samsung RB38, v=C3=BDr. =C4=8D. kon=C4=8D=
=C3=AD ...4419)
  1x pra=C4=8Dka (Whirlpool FFB 8248)

Upozorn=C4=9Bn=C3=AD: Spot=C5=99ebi=C4=8De nejsou p=C5=99ed ekologickou lik=
vidac=C3=AD zbavov=C3=A1ny
u=C5=BEivatelsk=C3=BDch dat. Za vymaz=C3=A1n=C3=AD osobn=C3=ADch =C3=BAdaj=
=C5=AF (=C3=BA=C4=8Dty v aplikaci,
ulo=C5=BEen=C3=A9 Wi-Fi s=C3=ADt=C4=9B, seznamy n=C3=A1kup=C5=AF, fotografi=
e z vnit=C5=99n=C3=AD kamery)
odpov=C3=ADd=C3=A1 p=C5=99ed=C3=A1vaj=C3=ADc=C3=AD. Za=C5=99=C3=ADzen=C3=AD=
 budou p=C5=99ed=C3=A1na ke zpracov=C3=A1n=C3=AD do 30 dn=C5=AF.

Protokol v PDF naleznete v p=C5=99=C3=ADloze.

Tento e-mail je generov=C3=A1n automaticky, neodpov=C3=ADdejte na n=C4=9Bj.
EkoOdvoz s.r.o., I=C4=8CO 07711234, Pr=C5=AFmyslov=C3=A1 12, 108 00 Praha 10
--b1=_Qm9rZWtvb2R2b3o4ODE3
Content-Type: application/pdf; name="ZP-2026-08817.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="ZP-2026-08817.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCA0
NCA+PgpzdHJlYW0KQlQgL0YxIDEyIFRmIDcyIDc3MCBUZCAoUHJvdG9rb2wgWlAtMjAyNi0wODgx
NykgVGogRVQKZW5kc3RyZWFtCmVuZG9iagp0cmFpbGVyCjw8IC9Sb290IDEgMCBSID4+CiUlRU9G
Cg==

--b1=_Qm9rZWtvb2R2b3o4ODE3--
'''),
    ('cs', 'forward-job-sheet-alarm-code-complaint', 'complaint', (),
'''Return-Path: <jana.horakova.praha@gmail.com>
Received: from mail-ed1-f48.google.com (mail-ed1-f48.google.com [209.85.208.48])
        by mx1.shop.example.be (Postfix) with ESMTPS id 52B8E1C0B3
        for <privacy@shop.example.be>; Thu, 11 Jun 2026 19:03:44 +0200 (CEST)
Received: by mail-ed1-f48.google.com with SMTP id 4fb4d7f45d1cf-5a2c7e9f31bso88231a12.2
        for <privacy@shop.example.be>; Thu, 11 Jun 2026 10:03:44 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1781197423; x=1781805823; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :from:to:cc:subject:date:message-id:reply-to;
        bh=ZW1kva66A0R5TbQMDqhL3RHCrjXjurmSZA5XEBHKCra=;
        b=tXB7pc8jpU5VMPyYCmCKRu34oMEIaxKeTK/43NasHFSza31pMD1IiXJYn0a96PL7yfx00P
         74K6GMnDzNUj+SUW5zoBy5c4XELcTCEL/Iby8l2CdLfeOyUnPorhi2JljlxOgPzcvLh2VD
         WkrAqFJ0lwYv/TsG7U/AVqKCl/dRM5wTX+P+0v95lEzcET4Bas0iebQCHCTsNGCrCBYk8i
         EKTVAvSdRdrQtf==
X-Google-Smtp-Source: AGHT+IHm212gqW7ircDM2t2DMTh/YQkOviRHyVZ0e8Bxc+Id5VaF7YAuBFiP/7fNsn+
X-Received: by 2002:a05:6402:4308:b0:5a2:d13f:77c1 with SMTP id 4fb4d7f45d1cf-5a2d13f8e02mr3319871a12.14.1781197423615;
        Thu, 11 Jun 2026 10:03:43 -0700 (PDT)
MIME-Version: 1.0
References: <job.CZ-7731.sheet.20260610182207@montaze-horak.cz>
In-Reply-To: <job.CZ-7731.sheet.20260610182207@montaze-horak.cz>
From: =?utf-8?q?Jana_Hor=C3=A1kov=C3=A1?= <jana.horakova.praha@gmail.com>
Date: Thu, 11 Jun 2026 19:03:32 +0200
Message-ID: <CAJx8Rk2pN+QeL7mV0dYtq4sZ3bW9fH1oGc5uTaE6yK8nXr2QwA@mail.gmail.com>
Subject: =?utf-8?q?Fwd=3A_Zak=C3=A1zkov=C3=BD_list_=C4=8D=2E_CZ-7731_=E2=80=93_mo?=
 =?utf-8?q?nt=C3=A1=C5=BE_kuchyn=C4=9B_11=2E_6=2E_2026?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000a1c3e4063d2f9b71"

--000000000000a1c3e4063d2f9b71
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Tohle mi p=C5=99i=C5=A1lo od va=C5=A1eho mont=C3=A1=C5=BEn=C3=ADho partnera=
. V pozn=C3=A1mce je cel=C3=BD k=C3=B3d od
m=C3=A9ho alarmu a kde nech=C3=A1v=C3=A1m kl=C3=AD=C4=8D, a poslali to je=
=C5=A1t=C4=9B na dva dal=C5=A1=C3=AD lidi v
kopii, kter=C3=A9 v=C5=AFbec nezn=C3=A1m. To je naprosto nep=C5=99ijateln=
=C3=A9. Chci v=C4=9Bd=C4=9Bt, kdo
v=C5=A1echno to dostal a co s t=C3=ADm ud=C4=9Bl=C3=A1te, jinak se obr=C3=
=A1t=C3=ADm na =C3=9AOO=C3=9A.

Jana Hor=C3=A1kov=C3=A1

---------- P=C5=99eposlan=C3=A1 zpr=C3=A1va ---------
Od: Mont=C3=A1=C5=BEe Hor=C3=A1k =E2=80=93 zak=C3=A1zky <zakazky@montaze-ho=
rak.cz>
Date: st 10. 6. 2026 v 18:22
Subject: Zak=C3=A1zkov=C3=BD list =C4=8D. CZ-7731 =E2=80=93 mont=C3=A1=C5=
=BE kuchyn=C4=9B 11. 6. 2026
To: <jana.horakova.praha@gmail.com>
Cc: <petr.svoboda@montaze-horak.cz>, <m.dusek@montaze-horak.cz>


ZAK=C3=81ZKOV=C3=9D LIST CZ-7731
Term=C3=ADn: =C4=8Dt 11. 6. 2026, 7:30=E2=80=9315:00
Z=C3=A1kazn=C3=ADk: Jana Hor=C3=A1kov=C3=A1, tel. 604 118 392
Adresa: Vinohradsk=C3=A1 118, 130 00 Praha 3, 4. patro
Technik: Petr Svoboda, pomocn=C3=ADk: Martin Du=C5=A1ek
Pr=C3=A1ce: mont=C3=A1=C5=BE kuchy=C5=88sk=C3=A9 linky, pracovn=C3=AD deska=
, zapojen=C3=AD trouby a my=C4=8Dky
Pozn=C3=A1mka z=C3=A1kazn=C3=ADka: alarm 7 3 1 9 + OK, kl=C3=AD=C4=8D v kv=
=C4=9Btin=C3=A1=C4=8Di vlevo od dve=C5=99=C3=AD

Tato zpr=C3=A1va byla vygenerov=C3=A1na automaticky syst=C3=A9mem spr=C3=A1=
vy zak=C3=A1zek.
--000000000000a1c3e4063d2f9b71
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Tohle mi p=C5=99i=C5=A1lo od va=C5=A1eho mont=C3=A1=
=C5=BEn=C3=ADho partnera. V pozn=C3=A1mce je cel=C3=BD k=C3=B3d od m=C3=A9h=
o alarmu a kde nech=C3=A1v=C3=A1m kl=C3=AD=C4=8D, a poslali to je=C5=A1t=C4=
=9B na dva dal=C5=A1=C3=AD lidi v kopii, kter=C3=A9 v=C5=AFbec nezn=C3=A1m.=
 To je naprosto nep=C5=99ijateln=C3=A9. Chci v=C4=9Bd=C4=9Bt, kdo v=C5=A1ec=
hno to dostal a co s t=C3=ADm ud=C4=9Bl=C3=A1te, jinak se obr=C3=A1t=C3=ADm=
 na =C3=9AOO=C3=9A.</div><div><br></div><div>Jana Hor=C3=A1kov=C3=A1</div><=
br><div class=3D"gmail_quote gmail_quote_container"><div dir=3D"ltr" class=
=3D"gmail_attr">---------- P=C5=99eposlan=C3=A1 zpr=C3=A1va ---------<br>Od=
: <strong class=3D"gmail_sendername" dir=3D"auto">Mont=C3=A1=C5=BEe Hor=C3=
=A1k =E2=80=93 zak=C3=A1zky</strong> <span dir=3D"auto">&lt;<a href=3D"mail=
to:zakazky@montaze-horak.cz">zakazky@montaze-horak.cz</a>&gt;</span><br>Dat=
e: st 10. 6. 2026 v 18:22<br>Subject: Zak=C3=A1zkov=C3=BD list =C4=8D. CZ-7=
731 =E2=80=93 mont=C3=A1=C5=BE kuchyn=C4=9B 11. 6. 2026<br>To: &lt;<a href=
=3D"mailto:jana.horakova.praha@gmail.com">jana.horakova.praha@gmail.com</a>=
&gt;<br>Cc: &lt;<a href=3D"mailto:petr.svoboda@montaze-horak.cz">petr.svobo=
da@montaze-horak.cz</a>&gt;, &lt;<a href=3D"mailto:m.dusek@montaze-horak.cz=
">m.dusek@montaze-horak.cz</a>&gt;<br></div><br><br><pre>ZAK=C3=81ZKOV=C3=
=9D LIST CZ-7731
Term=C3=ADn: =C4=8Dt 11. 6. 2026, 7:30=E2=80=9315:00
Z=C3=A1kazn=C3=ADk: Jana Hor=C3=A1kov=C3=A1, tel. 604 118 392
Adresa: Vinohradsk=C3=A1 118, 130 00 Praha 3, 4. patro
Technik: Petr Svoboda, pomocn=C3=ADk: Martin Du=C5=A1ek
Pr=C3=A1ce: mont=C3=A1=C5=BE kuchy=C5=88sk=C3=A9 linky, pracovn=C3=AD deska=
, zapojen=C3=AD trouby a my=C4=8Dky
Pozn=C3=A1mka z=C3=A1kazn=C3=ADka: alarm 7 3 1 9 + OK, kl=C3=AD=C4=8D v kv=
=C4=9Btin=C3=A1=C4=8Di vlevo od dve=C5=99=C3=AD

Tato zpr=C3=A1va byla vygenerov=C3=A1na automaticky syst=C3=A9mem spr=C3=A1=
vy zak=C3=A1zek.</pre></div></div>
--000000000000a1c3e4063d2f9b71--
'''),
    ('hr', 'assembly-platform-job-accepted', 'automated', (),
'''Return-Path: <obavijesti@montazapro.hr>
Received: from mail.montazapro.hr (mail.montazapro.hr [89.201.166.20])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0D6B31C0C9
        for <privacy@shop.example.be>; Tue, 9 Jun 2026 07:12:30 +0200 (CEST)
Received: from app01.montazapro.local (app01.montazapro.local [10.0.0.11])
        by mail.montazapro.hr (Postfix) with ESMTP id 41F7C2E0083;
        Tue, 9 Jun 2026 07:12:29 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=montazapro.hr;
        s=mail; t=1780981949;
        bh=Gv+2ywv1nZ/DdfHKTR8r0DcPmQ4Slzy+KmqD1wo/OG6=;
        h=From:To:Cc:Subject:Date:Message-ID:MIME-Version:Content-Type;
        b=xtj6XTnO6VRqvWFx6Pb88caL2RVlKvJJ4lAHclOSXIpioiVF8WL7xynEJUnQj29Zzj5V72
         rspJrLACy+R8XUd7cYC8DCX3TkU4D/oofyPqcU5txOjzSUB6P8wNgxkUbuAe0T9lP0U1sI
         Bw1Opi6ypZnCdRJwwin5xAu9WEgN+Kcv
From: =?utf-8?q?Monta=C5=BEaPro_=E2=80=93_obavijesti?= <obavijesti@montazapro.hr>
To: =?utf-8?q?Shop_Example_=E2=80=93_usluge_HR?= <usluge-hr@shop.example.be>
Cc: privacy@shop.example.be
Subject: =?utf-8?q?Posao_=235512_prihva=C4=87en_=E2=80=93_monta=C5=BEa_kupaonskog?=
 =?utf-8?q?_namje=C5=A1taja=2C_Zagreb?=
Date: Tue, 9 Jun 2026 07:12:29 +0200
Message-ID: <job-5512-accepted.1781068349.app01@montazapro.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Mailer: MontazaPro Notifier 3.2
X-MontazaPro-Job: 5512
X-MontazaPro-Event: job.accepted

Posao #5512 je prihvaćen.

Izvođač:        Instal-Babić j.d.o.o. (partner br. HR-0187)
Monter:         Ivan B.
Termin:         utorak, 16.06.2026., 08:00 – 12:00
Vrsta posla:    montaža kupaonskog ormarića s umivaonikom, ogledalo s rasvjetom,
                tuš kabina 90x90
Adresa:         Ilica 212, 10000 Zagreb, 3. kat, stan 9
Kontakt kupca:  Marija Kovačević, +385 98 123 4567

Napomena iz narudžbe:
  "Šifra ulaznih vrata 4471. Ako nismo doma, ključ je ispod otirača."

Izvođač ima pristup podacima kupca do 7 dana nakon završetka posla,
nakon toga se kontakt i adresa automatski uklanjaju iz aplikacije
za montere (GDPR).

Detalji posla: https://partneri.montazapro.hr/poslovi/5512

--
Ova poruka je automatski generirana. Odgovori na ovu adresu se ne čitaju.
MontažaPro d.o.o., Radnička cesta 48, 10000 Zagreb
'''),
    ('hr', 'gmail-vacation-installer', 'automated', (),
'''Return-Path: <ivan.babic.instal@gmail.com>
Received: from mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 8E4F21C0D2
        for <privacy@shop.example.be>; Tue, 7 Jul 2026 11:26:05 +0200 (CEST)
Received: by mail-wm1-f44.google.com with SMTP id 5b1f17b1804b1-4421c3e8aa5so1187305e9.0
        for <privacy@shop.example.be>; Tue, 7 Jul 2026 02:26:05 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1783416364; x=1784021164; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:references
         :in-reply-to:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=T8Dh5YNY2QkrDvMjgXlntMYW8lYJ8KQGsRlYX+6+HEn=;
        b=BgWXNSUANiHGJK+5knzPLx3OjHBNKrygmWG5ua3Uv3BzY21ldVROIcmBlUhq0skzI4CgYH
         jK7eSkJ+nPvItqT+Oj/vLZIdLkIqI5WLHse+0kEwEctkNEcNdZ+YxpT/ypVYs9zCGjt1VN
         RLMrYKmldN06VHR3z+Ar1S36x2CRj+9ahtu92UEiRNay1Er7aH2ZvmtNIwiCh2TYMq5/OO
         uTfdWbw1A4+AyI==
X-Google-Smtp-Source: AGHT+IFTUppd3G4m0/NeW8OR5CPW4S+GeuHiK4dN56syX0oX1brN/Fu7+sZti+ZGYyh
X-Received: by 2002:a05:600c:3b87:b0:442:e0f8:1c3a with SMTP id 5b1f17b1804b1-4430e9b4d21mr11902375e9.31.1783416364402;
        Tue, 7 Jul 2026 02:26:04 -0700 (PDT)
MIME-Version: 1.0
In-Reply-To: <dsr-2026-0703.1@privacy-desk.shop.example.be>
References: <dsr-2026-0703.1@privacy-desk.shop.example.be>
Auto-Submitted: auto-replied
From: =?utf-8?q?Ivan_Babi=C4=87?= <ivan.babic.instal@gmail.com>
Date: Tue, 7 Jul 2026 02:26:04 -0700
Message-ID: <CAHt3vX9kQ1p0gR-vacation-7e2b4c91d6@mail.gmail.com>
Subject: =?utf-8?q?Godi=C5=A1nji_odmor_do_20=2E07=2E?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000004e7b90063a6c0d15"

--0000000000004e7b90063a6c0d15
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

na godi=C5=A1njem sam odmoru do 20. srpnja 2026. i ne pratim po=C5=A1tu red=
ovito.
Za termine monta=C5=BEe i hitne intervencije javite se u ured
Instal-Babi=C4=87: 01 2345 678 ili ured@instal-babic.hr.

Lijep pozdrav,
Ivan Babi=C4=87
Instal-Babi=C4=87 j.d.o.o.
--0000000000004e7b90063a6c0d15
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Po=C5=A1tovani,</div><div><br></div><div>na godi=C5=
=A1njem sam odmoru do 20. srpnja 2026. i ne pratim po=C5=A1tu redovito. Za =
termine monta=C5=BEe i hitne intervencije javite se u ured Instal-Babi=C4=
=87: 01 2345 678 ili <a href=3D"mailto:ured@instal-babic.hr">ured@instal-ba=
bic.hr</a>.</div><div><br></div><div>Lijep pozdrav,</div><div>Ivan Babi=C4=
=87</div><div>Instal-Babi=C4=87 j.d.o.o.</div></div>
--0000000000004e7b90063a6c0d15--
'''),
    ('hr', 'voicemail-gateway-installation-team', 'automated', (),
'''Return-Path: <voicemail@glas.oblak-telefonija.hr>
Received: from relay2.oblak-telefonija.hr (relay2.oblak-telefonija.hr [213.147.98.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 3AC551C0E0
        for <montaza-hr@shop.example.be>; Fri, 12 Jun 2026 16:48:57 +0200 (CEST)
Received: from pbx-tenant-1184 (unknown [10.44.8.19])
        by relay2.oblak-telefonija.hr (Postfix) with ESMTP id 6B0FE1A4C2
        for <montaza-hr@shop.example.be>; Fri, 12 Jun 2026 16:48:56 +0200 (CEST)
X-Original-To: montaza-hr@shop.example.be
Delivered-To: privacy@shop.example.be
From: =?utf-8?q?Govorna_po=C5=A1ta_=E2=80=93_Monta=C5=BEa_HR_=28lok=2E_214=29?= <voicemail@glas.oblak-telefonija.hr>
To: montaza-hr@shop.example.be
Subject: Nova govorna poruka od +385 91 555 0142 (0:42)
Date: Fri, 12 Jun 2026 16:48:56 +0200
Message-ID: <vm.1184.214.1781275736.2291@pbx-tenant-1184>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=-vm-2291-1781275736"
Auto-Submitted: auto-generated
X-Mailer: CloudPBX Voicemail 5.4

--=-vm-2291-1781275736
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Imate novu govornu poruku.

Od:         +385 91 555 0142
Za:         Montaža HR (lokal 214)
Primljeno:  petak, 12.06.2026. u 16:48
Trajanje:   0:42
Pretinac:   214 / poruka 7

Transkripcija (automatska, može sadržavati pogreške):
"Dobar dan, ovdje Marija Kovačević, imam montažu u utorak ujutro,
posao pet pet jedan dva. Molim vas nazovite me, trebala bih pomaknuti
termin na poslijepodne ako je moguće, ja sam do dva na poslu. Hvala."

Snimka je u privitku (WAV). Poruke se u pretincu čuvaju 30 dana.
Za preslušavanje nazovite *98 ili otvorite portal: https://portal.oblak-telefonija.hr/vm

--=-vm-2291-1781275736
Content-Type: audio/wav; name="msg0007.wav"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="msg0007.wav"

UklGRrQBAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YZABAACAgICAgICAgICAgICA
gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA
gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA
gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA
gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA
gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA
gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA
gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA

--=-vm-2291-1781275736--
'''),
    ('hr', 'reply-above-post-install-tips-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <goran.peric75@icloud.com>
Received: from mr85p00im-zteg06021901.me.com (mr85p00im-zteg06021901.me.com [17.58.23.194])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7F0921C0A5
        for <privacy@shop.example.be>; Tue, 14 Jul 2026 20:31:48 +0200 (CEST)
Received: from smtpclient.apple (mr38p00im-dlb-asmtp-mailmevip.me.com [17.57.152.18])
        by mr85p00im-zteg06021901.me.com (Postfix) with ESMTPSA id 1C4A07402F0
        for <privacy@shop.example.be>; Tue, 14 Jul 2026 18:31:47 +0000 (UTC)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com; s=1a1hai;
        t=1784053906; bh=Ug9oN8PH0yjgj5Idpww8NYOv2203DBL12qpEmxcLA7y=;
        h=Content-Type:Mime-Version:Subject:From:Date:Message-Id:To;
        b=BoX/MzmDyYmPQiOMaM2RuSRSdIa7JczxYN9RPNGd7XcpH3jY9bPQ+r9GUH3VrjvCbPCS9G
         3vJJBHT7tB7BkCr+WxqhPsPpLunb1d744dqWGGmztL0b6/cN5Nw1M+nVk0VPknjE6kjZAV
         xfNikAlm/3Imt5t2SE5xBKuumhcoy/Pt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?q?Goran_Peri=C4=87?= <goran.peric75@icloud.com>
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?q?Re=3A_Savjeti_za_va=C5=A1u_novu_kupaonicu=3A_kako_odr=C5=BEava?=
 =?utf-8?q?ti_tu=C5=A1_kabinu?=
Date: Tue, 14 Jul 2026 20:31:46 +0200
Message-Id: <8B3E1F72-4C0A-4D9B-A6E1-2F5C7D9B0E33@icloud.com>
References: <tips.hr.3.20260707.6615208@news.shop-example.hr>
In-Reply-To: <tips.hr.3.20260707.6615208@news.shop-example.hr>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22F76)

Dobar dan,

molim vas da me maknete s ovih mailova. Nisam se prijavio ni na kakav
newsletter, samo sam kupio tu=C5=A1 kabinu s monta=C5=BEom i od tada svaki =
tjedan
dobivam "savjete" i ponude. Ne =C5=BEelim vi=C5=A1e primati nikakve reklame=
 ni
savjete od vas, ni mailom ni SMS-om.

Hvala,
Goran Peri=C4=87

Poslano s mog iPhonea

> Dana 7. srp 2026., u 18:03, Shop Example <savjeti@news.shop-example.hr> j=
e napisao/la:
>
> Savjeti za va=C5=A1u novu kupaonicu =E2=80=93 dio 3 od 6
>
> Po=C5=A1tovani Gorane,
>
> prije tri tjedna montirali smo vam tu=C5=A1 kabinu 90x90. Evo kako da
> staklo ostane =C4=8Disto i bez kamenca:
>
> =E2=80=A2 nakon tu=C5=A1iranja pro=C4=91ite staklo brisa=C4=8Dem
> =E2=80=A2 jednom tjedno o=C4=8Distite brtve blagim sredstvom
> =E2=80=A2 15 % popusta na sredstva za =C4=8Di=C5=A1=C4=87enje do 31.07.
>
> Pogledajte ponudu: https://www.shop-example.hr/kupaonica/odrzavanje
>
> Ovu poruku primate jer ste kupili proizvod s uslugom monta=C5=BEe.
> Odjava: https://news.shop-example.hr/u/6615208
'''),
    ('sv', 'booking-planning-visit-confirmed-ics', 'automated', (),
'''Return-Path: <bounce-sv-77120934@mail.tidsbokaren.se>
Received: from out3.mail.tidsbokaren.se (out3.mail.tidsbokaren.se [194.14.178.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id D1F7A1C0B6
        for <privacy@shop.example.be>; Tue, 31 Mar 2026 13:20:16 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=tidsbokaren.se;
        s=tb2025; t=1774956015;
        h=from:to:subject:date:message-id:mime-version:content-type;
        bh=aWdPyIJgOgZNAlNWg89U1wYBVPFHIenrL85iFrHKO28=;
        b=qbtO1QpqkAwYFagzzbiTfpgE/+4VXbuQ/zSDKjTex6va/ugZciOPb4f0VikA8pdhXT1Xdu
         S3rOqcp1HC3A7boThwpAI6qWH0xoPgUrRthIQjImVRdZmGqrnWnq6oF6HiUnXz2x5VWJQG
         faLSjJKKzTwhabpsMcqzWSgU1091gZr6
From: =?utf-8?q?Shop_Example_K=C3=B6ksplanering?= <bokning@tidsbokaren.se>
Reply-To: noreply@tidsbokaren.se
To: Erik Lindqvist <erik.lindqvist@bredbandspost.se>
Subject: =?utf-8?q?Bekr=C3=A4ftelse=3A_Ditt_planeringsm=C3=B6te_f=C3=B6r_k=C3=B6k?=
 =?utf-8?q?_tisdag_14_april_kl=2E_10=3A00?=
Date: Tue, 31 Mar 2026 13:20:15 +0200
Message-ID: <tb.77120934.conf.1774956015@tidsbokaren.se>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="tb-mixed-77120934"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Tidsbokaren-Booking: 77120934

--tb-mixed-77120934
Content-Type: multipart/alternative; boundary="tb-alt-77120934"

--tb-alt-77120934
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej Erik!

Ditt hembes=C3=B6k med k=C3=B6ksplanerare =C3=A4r bokat.

Tid:          tisdag 14 april 2026, 10:00=E2=80=9311:30
Planerare:    Sara Holm
Adress:       Storgatan 18, lgh 1102, 352 31 V=C3=A4xj=C3=B6
Bokningsnr:   77120934

Vid bes=C3=B6ket m=C3=A4ter planeraren rummet och fotograferar v=C3=A4ggar,=
 el- och
vattenanslutningar f=C3=B6r att ta fram en 3D-ritning och en planritning.
Ritningen sparas sedan i ditt konto under "Mina planeringar".

Boka om eller avboka (senast 24 timmar innan):
https://tidsbokaren.se/b/77120934/andra

Vi behandlar dina personuppgifter enligt Shop Example BV:s
integritetspolicy: https://www.shop-example.se/integritet

Detta =C3=A4r ett automatiskt meddelande och kan inte besvaras.
--tb-alt-77120934
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Verdana,Arial,sans-serif;font-size:14px;co=
lor:#1d1d1d;">
<table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0"><tr><td align=3D"=
center">
<table width=3D"580" cellpadding=3D"20" style=3D"border:1px solid #dcdcdc;">
<tr><td style=3D"background:#003b6f;color:#ffffff;font-size:18px;">Shop Exa=
mple K=C3=B6ksplanering</td></tr>
<tr><td>
<p>Hej Erik!</p>
<p>Ditt hembes=C3=B6k med k=C3=B6ksplanerare =C3=A4r bokat.</p>
<table cellpadding=3D"3">
<tr><td><b>Tid</b></td><td>tisdag 14 april 2026, 10:00=E2=80=9311:30</td></=
tr>
<tr><td><b>Planerare</b></td><td>Sara Holm</td></tr>
<tr><td><b>Adress</b></td><td>Storgatan 18, lgh 1102, 352 31 V=C3=A4xj=C3=
=B6</td></tr>
<tr><td><b>Bokningsnr</b></td><td>77120934</td></tr>
</table>
<p>Vid bes=C3=B6ket m=C3=A4ter planeraren rummet och fotograferar v=C3=A4gg=
ar, el- och vattenanslutningar f=C3=B6r att ta fram en 3D-ritning och en pl=
anritning. Ritningen sparas sedan i ditt konto under =E2=80=9DMina planerin=
gar=E2=80=9D.</p>
<p><a href=3D"https://tidsbokaren.se/b/77120934/andra">Boka om eller avboka=
</a> (senast 24 timmar innan)</p>
<p style=3D"font-size:11px;color:#777;">Vi behandlar dina personuppgifter e=
nligt Shop Example BV:s <a href=3D"https://www.shop-example.se/integritet">=
integritetspolicy</a>. Detta =C3=A4r ett automatiskt meddelande och kan int=
e besvaras.</p>
</td></tr></table>
</td></tr></table>
</body></html>
--tb-alt-77120934--

--tb-mixed-77120934
Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="planeringsmote.ics"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="planeringsmote.ics"

QkVHSU46VkNBTEVOREFSClZFUlNJT046Mi4wClBST0RJRDotLy9UaWRzYm9rYXJlbi8vQm9va2lu
ZyA0LjIvL1NWCk1FVEhPRDpSRVFVRVNUCkJFR0lOOlZFVkVOVApVSUQ6NzcxMjA5MzRAdGlkc2Jv
a2FyZW4uc2UKRFRTVEFNUDoyMDI2MDMzMVQxMTIwMTVaCkRUU1RBUlQ7VFpJRD1FdXJvcGUvU3Rv
Y2tob2xtOjIwMjYwNDE0VDEwMDAwMApEVEVORDtUWklEPUV1cm9wZS9TdG9ja2hvbG06MjAyNjA0
MTRUMTEzMDAwClNVTU1BUlk6UGxhbmVyaW5nc23DtnRlIGvDtmsg4oCTIFNob3AgRXhhbXBsZQpM
T0NBVElPTjpTdG9yZ2F0YW4gMTgsIGxnaCAxMTAyLCAzNTIgMzEgVsOkeGrDtgpERVNDUklQVElP
TjpIZW1iZXPDtmsgbWVkIGvDtmtzcGxhbmVyYXJlIFNhcmEgSG9sbS4gQm9rbmluZ3NuciA3NzEy
MDkzNC4KT1JHQU5JWkVSO0NOPVNob3AgRXhhbXBsZSBLw7Zrc3BsYW5lcmluZzptYWlsdG86bm9y
ZXBseUB0aWRzYm9rYXJlbi5zZQpBVFRFTkRFRTtDTj1FcmlrIExpbmRxdmlzdDtSU1ZQPUZBTFNF
Om1haWx0bzplcmlrLmxpbmRxdmlzdEBicmVkYmFuZHNwb3N0LnNlClNUQVRVUzpDT05GSVJNRUQK
RU5EOlZFVkVOVApFTkQ6VkNBTEVOREFSCg==

--tb-mixed-77120934--
'''),
    ('sv', 'exchange-ndr-planner-left', 'automated', (),
'''Return-Path: <>
Received: from mail.koksstudion-holm.se (mail.koksstudion-holm.se [83.233.41.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 58E0C1C0F3
        for <privacy@shop.example.be>; Tue, 5 May 2026 09:41:07 +0200 (CEST)
Received: from EXCH01.koksstudion-holm.local ([192.168.10.5]) by
 EXCH01.koksstudion-holm.local ([192.168.10.5]) with mapi id 15.01.2507.039;
 Tue, 5 May 2026 09:41:06 +0200
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@koksstudion-holm.se>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Undeliverable=3A_Beg=C3=A4ran_om_registerutdrag_=E2=80=93_ante?=
 =?utf-8?q?ckningar_och_foton_fr=C3=A5n_hembes=C3=B6k?=
Date: Tue, 5 May 2026 07:41:06 +0000
Message-ID: <5f0a1b9c-38e2-4d71-9c6e-0b4f2a7d1e58@EXCH01.koksstudion-holm.local>
Content-Language: en-US
X-MS-Has-Attach: yes
X-MS-Exchange-Message-Is-Ndr:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
        boundary="_000_5f0a1b938e24d719c6e0b4f2a7d1e58EXCH01koksstudionholml_"
MIME-Version: 1.0

--_000_5f0a1b938e24d719c6e0b4f2a7d1e58EXCH01koksstudionholml_
Content-Type: multipart/alternative;
        boundary="_002_5f0a1b938e24d719c6e0b4f2a7d1e58EXCH01koksstudionholml_"

--_002_5f0a1b938e24d719c6e0b4f2a7d1e58EXCH01koksstudionholml_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Delivery has failed to these recipients or groups:

sara.holm@koksstudion-holm.se
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.




Diagnostic information for administrators:

Generating server: EXCH01.koksstudion-holm.local

sara.holm@koksstudion-holm.se
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:

Received: from mail.koksstudion-holm.se (192.168.10.2) by
 EXCH01.koksstudion-holm.local (192.168.10.5) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.1.2507.39; Tue, 5 May 2026 09:41:05 +0200
From: Shop Example Dataskydd <privacy@shop.example.be>
To: <sara.holm@koksstudion-holm.se>
Subject: =?utf-8?q?Beg=C3=A4ran_om_registerutdrag_=E2=80=93_anteckningar_och_f?=
 =?utf-8?q?oton_fr=C3=A5n_hembes=C3=B6k?=
Date: Tue, 5 May 2026 09:41:02 +0200
Message-ID: <dsr-2026-0507.1@privacy-desk.shop.example.be>
MIME-Version: 1.0

--_002_5f0a1b938e24d719c6e0b4f2a7d1e58EXCH01koksstudionholml_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: 7bit

<html><body><p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:sara.holm@koksstudion-holm.se">sara.holm@koksstudion-holm.se</a><br>
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.<br>
</font><br><br><br><br><font color="#808080" size="2" face="Tahoma"><p><b>Diagnostic information for administrators:</b></p>
<p>Generating server: EXCH01.koksstudion-holm.local</p>
<p>sara.holm@koksstudion-holm.se<br>#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##</p>
</font></body></html>

--_002_5f0a1b938e24d719c6e0b4f2a7d1e58EXCH01koksstudionholml_--

--_000_5f0a1b938e24d719c6e0b4f2a7d1e58EXCH01koksstudionholml_
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.koksstudion-holm.local
Received-From-MTA: dns;mail.koksstudion-holm.se
Arrival-Date: Tue, 5 May 2026 07:41:05 +0000

Final-Recipient: rfc822;sara.holm@koksstudion-holm.se
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--_000_5f0a1b938e24d719c6e0b4f2a7d1e58EXCH01koksstudionholml_
Content-Type: message/rfc822

From: Shop Example Dataskydd <privacy@shop.example.be>
To: <sara.holm@koksstudion-holm.se>
Subject: =?utf-8?q?Beg=C3=A4ran_om_registerutdrag_=E2=80=93_anteckningar_och_foto?=
 =?utf-8?q?n_fr=C3=A5n_hembes=C3=B6k?=
Date: Tue, 5 May 2026 09:41:02 +0200
Message-ID: <dsr-2026-0507.1@privacy-desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej Sara,

en kund (bokningsnr 77120934, hembes=C3=B6k 14 april i V=C3=A4xj=C3=B6) har=
 beg=C3=A4rt
ett registerutdrag. Vi beh=C3=B6ver alla anteckningar, m=C3=A5tt, foton och
skisser du gjorde vid bes=C3=B6ket, =C3=A4ven s=C3=A5dant som ligger kvar i=
 din
telefon eller i K=C3=B6ksstudions egna system.

Skicka g=C3=A4rna materialet till oss senast 12 maj.

V=C3=A4nliga h=C3=A4lsningar
Dataskyddsteamet, Shop Example BV

--_000_5f0a1b938e24d719c6e0b4f2a7d1e58EXCH01koksstudionholml_--
'''),
    ('sv', 'room-planner-data-export-ready', 'automated', (),
'''Return-Path: <0110019e3a7c5b21-6d8f2e41-7b3a-4c19-a2e5-91f0c8d4b7e3-000000@eu-north-1.amazonses.com>
Received: from e241-7.smtp-out.eu-north-1.amazonses.com (e241-7.smtp-out.eu-north-1.amazonses.com [23.251.241.7])
        by mx1.shop.example.be (Postfix) with ESMTPS id F0A3D1C0C8
        for <privacy@shop.example.be>; Tue, 19 May 2026 16:05:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
        s=rp2024; d=rumsplaneraren.se; t=1779199543;
        h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;
        bh=R3VR3Ri/GiNG9Wo1e5QVhy6sGc/iWgX0vSTNohgjQhV=;
        b=VMAv3TfGtgyIBVTjJPBOUbVlaLhGz283X7Zx8oflAyM7v+KEkUzekHZtiI5YDYI0TgBpwj
         Jqjjvnse/Zv6cZSPnU3U/J4ih/HZ2gok31KgqSH3sPF9AwBcgfPO2NZTq6I2CqoEjkDTzt
         mfIAUzUX7VpkF6u1Lx1OemHapFF/ScOo
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
        s=bw45wyq3hkghdoq32obql4uyexcghmc7; d=amazonses.com; t=1779199543;
        h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;
        bh=MHx7oxXcOph3U0IorP0pqNbOIQeeM8isJWzdEceWpsT=;
        b=XmMYDuDtQqphkWvN4jfH2AwxU9lPHkbZuSATbz9+IhVO9r3v8Msb4UlHr3GMrvqpfgu2g/
         aBo04GEd4A31K0cI4bJVOaO0G1zICFDRdFKkqtq7BImAROLQCS1mtuZqIf7Ou0O21FY7cE
         MPFvVNWnm574GJb5T5gyzrHjZVn+iOec
From: Rumsplaneraren <no-reply@rumsplaneraren.se>
To: privacy@shop.example.be
Subject: =?utf-8?q?Din_export_=C3=A4r_klar=3A_planeringsdata_f=C3=B6r_=C3=A4rende?=
 =?utf-8?q?_DSR-2026-0507?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_9917204_1431772086.1779199543221"
Message-ID: <0110019e3a7c5b21-6d8f2e41-7b3a-4c19-a2e5-91f0c8d4b7e3-000000@eu-north-1.amazonses.com>
Date: Tue, 19 May 2026 14:05:43 +0000
Auto-Submitted: auto-generated
Feedback-ID: ::1.eu-north-1.R7p2kXb9Lq3sQ0vN8c4E1fGhT5yU6iOaZ2mWdJxC3Ho=:AmazonSES
X-SES-Outgoing: 2026.05.19-23.251.241.7

------=_Part_9917204_1431772086.1779199543221
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hej!

Exporten som beg=C3=A4rdes i administrationsportalen f=C3=B6r Shop Example =
BV
=C3=A4r klar.

=C3=84rende:        DSR-2026-0507 (registerutdrag)
Beg=C3=A4rd av:     privacy@shop.example.be, 19 maj 2026 15:58
Omfattning:    alla planeringar kopplade till kund-ID 8814203
               3 k=C3=B6ksplaneringar, 1 badrumsplanering,
               26 foton fr=C3=A5n hembes=C3=B6k, 2 planritningar, 1 m=C3=A5=
ttprotokoll
Format:        ZIP (JSON + PDF + JPG), 48,2 MB

Ladda ned exporten (l=C3=A4nken g=C3=A4ller i 7 dagar och kr=C3=A4ver inlog=
gning
med tv=C3=A5stegsverifiering):
https://admin.rumsplaneraren.se/exports/e7b3a4c19a2e5

Exporten inneh=C3=A5ller personuppgifter: namn, adress, telefonnummer,
rummens m=C3=A5tt och foton fr=C3=A5n kundens bostad. Hantera filen enligt =
er
rutin f=C3=B6r registerutdrag och radera den lokalt n=C3=A4r =C3=A4rendet =
=C3=A4r klart.

Detta =C3=A4r ett automatiskt meddelande fr=C3=A5n Rumsplaneraren. Svar p=
=C3=A5 det
h=C3=A4r mejlet l=C3=A4ses inte.
------=_Part_9917204_1431772086.1779199543221
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><head><meta charset=3D"UTF-8"></head><body style=3D"fo=
nt-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;background:#f6f6f4=
;padding:24px;">
<div style=3D"max-width:560px;margin:auto;background:#fff;border-radius:8px=
;padding:28px;">
<h2 style=3D"margin-top:0;">Din export =C3=A4r klar</h2>
<p>Exporten som beg=C3=A4rdes i administrationsportalen f=C3=B6r Shop Examp=
le BV =C3=A4r klar.</p>
<table style=3D"font-size:14px;" cellpadding=3D"4">
<tr><td style=3D"color:#666;">=C3=84rende</td><td>DSR-2026-0507 (registerut=
drag)</td></tr>
<tr><td style=3D"color:#666;">Beg=C3=A4rd av</td><td>privacy@shop.example.b=
e, 19 maj 2026 15:58</td></tr>
<tr><td style=3D"color:#666;">Omfattning</td><td>alla planeringar kopplade =
till kund-ID 8814203: 3 k=C3=B6ksplaneringar, 1 badrumsplanering, 26 foton =
fr=C3=A5n hembes=C3=B6k, 2 planritningar, 1 m=C3=A5ttprotokoll</td></tr>
<tr><td style=3D"color:#666;">Format</td><td>ZIP (JSON + PDF + JPG), 48,2 M=
B</td></tr>
</table>
<p><a href=3D"https://admin.rumsplaneraren.se/exports/e7b3a4c19a2e5" style=
=3D"background:#2f6f4e;color:#fff;padding:11px 20px;border-radius:5px;text-=
decoration:none;">Ladda ned exporten</a></p>
<p style=3D"font-size:12px;color:#666;">L=C3=A4nken g=C3=A4ller i 7 dagar o=
ch kr=C3=A4ver inloggning med tv=C3=A5stegsverifiering. Exporten inneh=C3=
=A5ller personuppgifter: namn, adress, telefonnummer, rummens m=C3=A5tt och=
 foton fr=C3=A5n kundens bostad. Hantera filen enligt er rutin f=C3=B6r reg=
isterutdrag och radera den lokalt n=C3=A4r =C3=A4rendet =C3=A4r klart.</p>
<p style=3D"font-size:11px;color:#999;">Detta =C3=A4r ett automatiskt medde=
lande fr=C3=A5n Rumsplaneraren. Svar p=C3=A5 det h=C3=A4r mejlet l=C3=A4ses=
 inte.</p>
</div></body></html>
------=_Part_9917204_1431772086.1779199543221--
'''),
    ('sv', 'sieve-vacation-smarthome-installer', 'automated', (),
'''Return-Path: <>
Received: from mail.holms-montage.se (mail.holms-montage.se [79.136.60.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 1E5B21C0D9
        for <privacy@shop.example.be>; Tue, 14 Jul 2026 09:12:40 +0200 (CEST)
Received: from mail.holms-montage.se
        by mail.holms-montage.se with LMTP
        id kN3xD0jsVWoQLwAAq5b1Zg
        (envelope-from <privacy@shop.example.be>)
        for <johan@holms-montage.se>; Tue, 14 Jul 2026 09:12:39 +0200
Message-ID: <dovecot-sieve-1784013159-527301-0@mail.holms-montage.se>
Date: Tue, 14 Jul 2026 09:12:39 +0200
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
From: Johan Berg <johan@holms-montage.se>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Auto=3A_Wifi-l=C3=B6senord_och_appkonto_i_arbetsorder_2026-118?=
 =?utf-8?q?7?=
In-Reply-To: <dsr-2026-0711.1@privacy-desk.shop.example.be>
References: <dsr-2026-0711.1@privacy-desk.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej,

jag har semester till och med 2 augusti och läser inte mejl.

Gäller det installation av smarta hem-produkter, laddboxar eller
vitvaror – kontakta kontoret på 0470-12 34 50 eller
kontor@holms-montage.se så hjälper mina kollegor dig.

Ha en fin sommar!
Johan Berg
Holms El & Montage AB
'''),
    ('sv', 'phone-reply-with-disclaimer-delete-plan-photos', 'deletion', (),
'''Return-Path: <anna.ekstrom@vaxjoadvokat.se>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2119.outbound.protection.outlook.com [40.107.104.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 83A7E1C0E4
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 07:54:18 +0200 (CEST)
Received: from PA4PR07MB8123.eurprd07.prod.outlook.com (2603:10a6:102:2a1::14)
 by PA4PR07MB8123.eurprd07.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8769.21; Tue, 21 Apr 2026 05:54:16 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=vaxjoadvokat.se;
        s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;
        bh=8FKrWlL//4Pptix1Gjq/dOjk2YgDxMV2kYOs4e0IPn5=;
        b=qzZ+2lBEE0pKI19XAQIfxrbyh7o8cGQUpNaPIyfRAKOgpClW81X5XxDjzDB2DnrmLw+r39
         coGdaY8PYQoQ+dwtMZo9pivjABnEWVTEuC43rWWDXyLZVKQ9KPQ3O281i5Ni3uqW2tat0E
         kI9Gd+TMAi2+sjZzNkIIzDZZgpijGdcf
From: =?utf-8?q?Anna_Ekstr=C3=B6m?= <anna.ekstrom@vaxjoadvokat.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?Re=3A_Bekr=C3=A4ftelse=3A_Ditt_planeringsm=C3=B6te_f=C3=B6r_k?=
 =?utf-8?q?=C3=B6k_tisdag_14_april_kl=2E_10=3A00?=
Thread-Topic: =?utf-8?q?Bekr=C3=A4ftelse=3A_Ditt_planeringsm=C3=B6te_f=C3=B6r_k=C3=B6k?=
 =?utf-8?q?_tisdag_14_april_kl=2E_10=3A00?=
Thread-Index: AQHcsR2bVq0lxJ8fT0a3hGm1c9nEyA==
Date: Tue, 21 Apr 2026 05:54:15 +0000
Message-ID: <5C2D8E7A-91F3-4B0E-A64D-3E7F21C9B8D4@vaxjoadvokat.se>
References: <tb.77120934.conf.1774956015@tidsbokaren.se>
In-Reply-To: <tb.77120934.conf.1774956015@tidsbokaren.se>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Mailer: iPhone Mail (22E252)
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

SGVqLAoKamFnIGJva2FkZSBwbGFuZXJpbmdzbcO2dGV0IG5lZGFuIHZpYSBtaW4gc2FtYm9zIGtv
bnRvIChFcmlrIExpbmRxdmlzdCwgdmkgYm9yIGlob3ApLiBWaSBoYXIgdmFsdCBlbiBhbm5hbiBs
ZXZlcmFudMO2ciBmw7ZyIGvDtmtldC4KCkphZyB2aWxsIGF0dCBuaSByYWRlcmFyIGvDtmtzcGxh
bmVyaW5nZW4sIHBsYW5yaXRuaW5nZW4gw7Z2ZXIgbMOkZ2VuaGV0ZW4gb2NoIGFsbGEgZm90b24g
c29tIGVyIHBsYW5lcmFyZSBTYXJhIHRvZyBoZW1tYSBob3Mgb3NzIGRlbiAxNCBhcHJpbCwgYsOl
ZGUgaG9zIGVyIG9jaCBob3Mga8O2a3NzdHVkaW9uLiBCZWtyw6RmdGEgZ8Okcm5hIHNrcmlmdGxp
Z3QgbsOkciBkZXQgw6RyIGdqb3J0LgoKTXZoCkFubmEgRWtzdHLDtm0KClNraWNrYXQgZnLDpW4g
bWluIGlQaG9uZQoKPiAzMSBtYXJzIDIwMjYga2wuIDEzOjIwIHNrcmV2IFNob3AgRXhhbXBsZSBL
w7Zrc3BsYW5lcmluZyA8Ym9rbmluZ0B0aWRzYm9rYXJlbi5zZT46Cj4KPiBIZWogRXJpayEKPgo+
IERpdHQgaGVtYmVzw7ZrIG1lZCBrw7Zrc3BsYW5lcmFyZSDDpHIgYm9rYXQuCj4KPiBUaWQ6ICAg
ICAgICAgIHRpc2RhZyAxNCBhcHJpbCAyMDI2LCAxMDowMOKAkzExOjMwCj4gUGxhbmVyYXJlOiAg
ICBTYXJhIEhvbG0KPiBBZHJlc3M6ICAgICAgIFN0b3JnYXRhbiAxOCwgbGdoIDExMDIsIDM1MiAz
MSBWw6R4asO2Cj4gQm9rbmluZ3NucjogICA3NzEyMDkzNAo+Cj4gVmlkIGJlc8O2a2V0IG3DpHRl
ciBwbGFuZXJhcmVuIHJ1bW1ldCBvY2ggZm90b2dyYWZlcmFyIHbDpGdnYXIsIGVsLSBvY2gKPiB2
YXR0ZW5hbnNsdXRuaW5nYXIgZsO2ciBhdHQgdGEgZnJhbSBlbiAzRC1yaXRuaW5nIG9jaCBlbiBw
bGFucml0bmluZy4KPiBSaXRuaW5nZW4gc3BhcmFzIHNlZGFuIGkgZGl0dCBrb250byB1bmRlciAi
TWluYSBwbGFuZXJpbmdhciIuCj4KPiBCb2thIG9tIGVsbGVyIGF2Ym9rYSAoc2VuYXN0IDI0IHRp
bW1hciBpbm5hbik6Cj4gaHR0cHM6Ly90aWRzYm9rYXJlbi5zZS9iLzc3MTIwOTM0L2FuZHJhCj4K
PiBEZXR0YSDDpHIgZXR0IGF1dG9tYXRpc2t0IG1lZGRlbGFuZGUgb2NoIGthbiBpbnRlIGJlc3Zh
cmFzLgoKX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fX18KQW5uYSBFa3N0csO2bSB8IEFk
dm9rYXQKVsOkeGrDtiBBZHZva2F0Ynlyw6UgS0IgfCBLdW5nc2dhdGFuIDcgfCAzNTIgMzMgVsOk
eGrDtgpUZWwgMDQ3MC03MCA4OCAwMCB8IHd3dy52YXhqb2Fkdm9rYXQuc2UKCktPTkZJREVOVElB
TElURVQ6IERldHRhIGUtcG9zdG1lZGRlbGFuZGUgb2NoIGV2ZW50dWVsbGEgYmlsYWdvciBrYW4g
aW5uZWjDpWxsYSBrb25maWRlbnRpZWxsIGluZm9ybWF0aW9uIHNvbSBvbWZhdHRhcyBhdiBhZHZv
a2F0c2VrcmV0ZXNzIG9jaCDDpHIgZW5kYXN0IGF2c2V0dCBmw7ZyIGFkcmVzc2F0ZW4uIE9tIGR1
IGhhciBmw6V0dCBtZWRkZWxhbmRldCBhdiBtaXNzdGFnIGJlciB2aSBkaWcgb21lZGVsYmFydCBt
ZWRkZWxhIGF2c8OkbmRhcmVuIG9jaCByYWRlcmEgbWVkZGVsYW5kZXQgb2NoIGV2ZW50dWVsbGEg
a29waW9yLiBPdGlsbMOldGVuIGFudsOkbmRuaW5nLCBzcHJpZG5pbmcgZWxsZXIga29waWVyaW5n
IMOkciBmw7ZyYmp1ZGVuLiBJbmZvcm1hdGlvbiBvbSBodXIgVsOkeGrDtiBBZHZva2F0Ynlyw6Ug
YmVoYW5kbGFyIHBlcnNvbnVwcGdpZnRlciBmaW5ucyBww6Ugd3d3LnZheGpvYWR2b2thdC5zZS9p
bnRlZ3JpdGV0LgoKQ09ORklERU5USUFMSVRZOiBUaGlzIGUtbWFpbCBhbmQgYW55IGF0dGFjaG1l
bnRzIG1heSBjb250YWluIGNvbmZpZGVudGlhbCBhbmQgcHJpdmlsZWdlZCBpbmZvcm1hdGlvbiBh
bmQgYXJlIGludGVuZGVkIHNvbGVseSBmb3IgdGhlIGFkZHJlc3NlZS4gSWYgeW91IGhhdmUgcmVj
ZWl2ZWQgdGhpcyBtZXNzYWdlIGluIGVycm9yLCBwbGVhc2Ugbm90aWZ5IHRoZSBzZW5kZXIgaW1t
ZWRpYXRlbHkgYW5kIGRlbGV0ZSBpdC4gQW55IHVuYXV0aG9yaXNlZCB1c2UsIGRpc2Nsb3N1cmUg
b3IgY29weWluZyBpcyBwcm9oaWJpdGVkLgo=
'''),
    ('ro', 'sms-to-mail-gateway-installation-team', 'automated', (),
'''Return-Path: <gateway@sms2mail.mesagerie.ro>
Received: from smtp.mesagerie.ro (smtp.mesagerie.ro [86.105.212.35])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4B8F01C0A9
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 13:52:11 +0200 (CEST)
Received: from gw-sms-03 (localhost [127.0.0.1])
        by smtp.mesagerie.ro (Postfix) with ESMTP id 9F2A3C1E07
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 14:52:10 +0300 (EEST)
From: =?utf-8?q?SMS_Echipa_Montaj_Shop_Example?= <gateway@sms2mail.mesagerie.ro>
To: privacy@shop.example.be
Subject: SMS nou de la +40 744 123 987
Date: Tue, 21 Apr 2026 14:52:10 +0300
Message-ID: <sms.403100044170.20260421115207.88213@gw-sms-03.mesagerie.ro>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Mailer: sms2mail/2.4.7
X-SMS-From: +40744123987
X-SMS-To: +40310004417

Mesaj SMS primit

Data:     21.04.2026 14:52:07
De la:    +40 744 123 987
C=C4=83tre:    +40 31 000 4417 (Echipa montaj Shop Example)
P=C4=83r=C8=9Bi:    1

Text:
Buna ziua, confirm programarea de joi 23.04 intre 10-12 pt montajul
masinii de spalat vase. Codul la interfon e 27, etajul 4, ap. 15.
Multumesc, Ioana

--
Acest e-mail a fost generat automat de serviciul sms2mail.
Pentru a r=C4=83spunde, trimite=C8=9Bi SMS la num=C4=83rul expeditorului; r=
=C4=83spunsurile
la acest e-mail nu sunt livrate.
'''),
    ('ro', 'qmail-bounce-reply-published-photos', 'automated', (),
'''Return-Path: <>
Received: from mail.posta-casnica.ro (mail.posta-casnica.ro [89.34.22.150])
        by mx1.shop.example.be (Postfix) with SMTP id B2D471C0E8
        for <privacy@shop.example.be>; Tue, 4 Aug 2026 11:09:31 +0200 (CEST)
Date: 4 Aug 2026 09:09:30 -0000
From: MAILER-DAEMON@mail.posta-casnica.ro
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260804090930.31877.qmail@mail.posta-casnica.ro>

Hi. This is the qmail-send program at mail.posta-casnica.ro.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ioana.dumitrescu@posta-casnica.ro>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 31870 invoked from network); 4 Aug 2026 09:09:29 -0000
Received: from smtp-out1.shop.example.be (195.130.20.41)
  by mail.posta-casnica.ro with SMTP; 4 Aug 2026 09:09:29 -0000
From: =?utf-8?q?Shop_Example_=E2=80=93_Protec=C8=9Bia_datelor?= <privacy@shop.example.be>
To: ioana.dumitrescu@posta-casnica.ro
Subject: =?utf-8?q?Re=3A_Fotografiile_buc=C4=83t=C4=83riei_mele_publicate_pe_site?=
 =?utf-8?q?_=5BDSR-2026-0788=5D?=
Date: Tue, 4 Aug 2026 11:09:26 +0200
Message-ID: <dsr-2026-0788.2@privacy-desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Stimat=C4=83 doamn=C4=83 Dumitrescu,

v=C4=83 mul=C8=9Bumim pentru mesaj. Am retras fotografiile buc=C4=83t=C4=83=
riei dvs. din
galeria =E2=80=9EProiecte realizate=E2=80=9D de pe site =C8=99i am cerut fi=
rmei de montaj
s=C4=83 le =C8=99tearg=C4=83 =C8=99i de pe pagina sa de Facebook. V=C4=83 v=
om confirma =C3=AEn scris
p=C3=A2n=C4=83 la 14 august.

Cu stim=C4=83,
Echipa de protec=C8=9Bie a datelor, Shop Example BV
'''),
    ('ro', 'quote-generator-kitchen-installation', 'automated', (),
'''Return-Path: <no-reply@ofertarapida.ro>
Received: from mta1.ofertarapida.ro (mta1.ofertarapida.ro [93.115.53.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 6C91A1C0B4
        for <privacy@shop.example.be>; Tue, 8 Sep 2026 10:30:03 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=ofertarapida.ro;
        s=or1; t=1788856202;
        h=From:To:Cc:Subject:Date:Message-ID:MIME-Version:Content-Type;
        bh=Hp1zOV3S9RfpB7FMsQRiKFfIcpzkYQlhXnRa3M4RmUS=;
        b=3l0r+maMNftxc03jDTuPxILPNFVJliaCzc8WSlpDdORqss1WTOlqFdcLznsFfWThcKscV+
         tdbkB1HrgGv+Bc7aBtKPvekxY/7pQW+1SOHy6lzKIiq/FZUUWkXtjLeG/MP3Ik71CCmRz1
         WmydKBDgzNzfW3q80vk0mHA4yuvznhrv
From: =?utf-8?q?Shop_Example_=E2=80=93_Oferte_montaj?= <no-reply@ofertarapida.ro>
To: "Andrei Popa" <andrei.popa.ctm@yahoo.com>
Cc: privacy@shop.example.be
Subject: =?utf-8?q?Oferta_de_pre=C8=9B_nr=2E_OF-2026-0412_=E2=80=93_montaj_buc?=
 =?utf-8?q?=C4=83t=C4=83rie_=28valabil=C4=83_30_de_zile=29?=
Date: Tue, 8 Sep 2026 11:30:02 +0300
Message-ID: <of-2026-0412.1788852602.mta1@ofertarapida.ro>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_=_or_mixed_0412_=_"
Auto-Submitted: auto-generated
X-Mailer: OfertaRapida/4.1 (quote-engine)

--_=_or_mixed_0412_=_
Content-Type: multipart/alternative; boundary="_=_or_alt_0412_=_"

--_=_or_alt_0412_=_
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua, domnule Andrei Popa,

v=C4=83 transmitem oferta de pre=C8=9B pentru serviciile solicitate.

Ofert=C4=83:      OF-2026-0412
Lucrare:     montaj buc=C4=83t=C4=83rie (8 corpuri, blat 3,2 m), montaj ele=
ctrocasnice
Adres=C4=83:      Str. Memorandumului 21, ap. 6, Cluj-Napoca
Total:       3.480,00 lei (TVA inclus)
Valabil=C4=83:    p=C3=A2n=C4=83 la 08.10.2026

Accepta=C8=9Bi oferta: https://ofertarapida.ro/a/OF-2026-0412/8Zk1
Solicita=C8=9Bi modific=C4=83ri: https://ofertarapida.ro/m/OF-2026-0412/8Zk1

Datele de m=C4=83surare (lungimi pere=C8=9Bi, pozi=C8=9Bia instala=C8=9Biil=
or) =C8=99i
fotografiile =C3=AEnc=C4=83perii sunt p=C4=83strate 90 de zile pentru emite=
rea =C8=99i
actualizarea ofertei, conform politicii de confiden=C8=9Bialitate Shop Exam=
ple.

Acest mesaj a fost generat automat. V=C4=83 rug=C4=83m s=C4=83 nu r=C4=83sp=
unde=C8=9Bi.
--_=_or_alt_0412_=_
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHg7Ij4KPHA+QnVuxIMgeml1YSwgZG9tbnVsZSBBbmRyZWkgUG9wYSw8L3A+CjxwPnbEgyB0
cmFuc21pdGVtIG9mZXJ0YSBkZSBwcmXImyBwZW50cnUgc2VydmljaWlsZSBzb2xpY2l0YXRlLjwv
cD4KPHRhYmxlIGJvcmRlcj0iMCIgY2VsbHBhZGRpbmc9IjQiIHN0eWxlPSJib3JkZXItY29sbGFw
c2U6Y29sbGFwc2U7Ij4KPHRyPjx0ZD48Yj5PZmVydMSDPC9iPjwvdGQ+PHRkPk9GLTIwMjYtMDQx
MjwvdGQ+PC90cj4KPHRyPjx0ZD48Yj5MdWNyYXJlPC9iPjwvdGQ+PHRkPm1vbnRhaiBidWPEg3TE
g3JpZSAoOCBjb3JwdXJpLCBibGF0IDMsMiBtKSwgbW9udGFqIGVsZWN0cm9jYXNuaWNlPC90ZD48
L3RyPgo8dHI+PHRkPjxiPkFkcmVzxIM8L2I+PC90ZD48dGQ+U3RyLiBNZW1vcmFuZHVtdWx1aSAy
MSwgYXAuIDYsIENsdWotTmFwb2NhPC90ZD48L3RyPgo8dHI+PHRkPjxiPlRvdGFsPC9iPjwvdGQ+
PHRkPjMuNDgwLDAwIGxlaSAoVFZBIGluY2x1cyk8L3RkPjwvdHI+Cjx0cj48dGQ+PGI+VmFsYWJp
bMSDPC9iPjwvdGQ+PHRkPnDDom7EgyBsYSAwOC4xMC4yMDI2PC90ZD48L3RyPgo8L3RhYmxlPgo8
cD48YSBocmVmPSJodHRwczovL29mZXJ0YXJhcGlkYS5yby9hL09GLTIwMjYtMDQxMi84WmsxIj5B
Y2NlcHRhyJtpIG9mZXJ0YTwvYT4gfCA8YSBocmVmPSJodHRwczovL29mZXJ0YXJhcGlkYS5yby9t
L09GLTIwMjYtMDQxMi84WmsxIj5Tb2xpY2l0YcibaSBtb2RpZmljxINyaTwvYT48L3A+CjxwIHN0
eWxlPSJmb250LXNpemU6MTFweDtjb2xvcjojNzc3OyI+RGF0ZWxlIGRlIG3Eg3N1cmFyZSAobHVu
Z2ltaSBwZXJlyJtpLCBwb3ppyJtpYSBpbnN0YWxhyJtpaWxvcikgyJlpIGZvdG9ncmFmaWlsZSDD
rm5jxINwZXJpaSBzdW50IHDEg3N0cmF0ZSA5MCBkZSB6aWxlIHBlbnRydSBlbWl0ZXJlYSDImWkg
YWN0dWFsaXphcmVhIG9mZXJ0ZWksIGNvbmZvcm0gcG9saXRpY2lpIGRlIGNvbmZpZGVuyJtpYWxp
dGF0ZSBTaG9wIEV4YW1wbGUuIEFjZXN0IG1lc2FqIGEgZm9zdCBnZW5lcmF0IGF1dG9tYXQuIFbE
gyBydWfEg20gc8SDIG51IHLEg3NwdW5kZcibaS48L3A+CjwvYm9keT48L2h0bWw+Cg==
--_=_or_alt_0412_=_--

--_=_or_mixed_0412_=_
Content-Type: application/pdf; name="Oferta_OF-2026-0412.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="Oferta_OF-2026-0412.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCA0
NCA+PgpzdHJlYW0KQlQgL0YxIDEyIFRmIDcyIDc3MCBUZCAoT2ZlcnRhIE9GLTIwMjYtMDQxMikg
VGogRVQKZW5kc3RyZWFtCmVuZG9iagp0cmFpbGVyCjw8IC9Sb290IDEgMCBSID4+CiUlRU9GCg==

--_=_or_mixed_0412_=_--
'''),
    ('ro', 'reply-above-technician-eta-missing-screws', 'other', (),
'''Return-Path: <andrei.popa.ctm@yahoo.com>
Received: from sonic301-22.consmr.mail.ir2.yahoo.com (sonic301-22.consmr.mail.ir2.yahoo.com [77.238.176.99])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2E7C41C0F5
        for <privacy@shop.example.be>; Tue, 13 Oct 2026 19:22:48 +0200 (CEST)
Received: from sonic.gate.mail.ne1.yahoo.com by sonic301-22.consmr.mail.ir2.yahoo.com with HTTP;
        Tue, 13 Oct 2026 17:22:47 +0000
Date: Tue, 13 Oct 2026 17:22:44 +0000
From: Andrei Popa <andrei.popa.ctm@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1418830677.2207391.1791912164118@mail.yahoo.com>
In-Reply-To: <fsm.ro.4471.eta.20261012@notificari.trasowo.ro>
References: <fsm.ro.4471.eta.20261012@notificari.trasowo.ro>
Subject: =?utf-8?q?Re=3A_Tehnicianul_dvs=2E_este_pe_drum_=E2=80=93_sosire_estimat?=
 =?utf-8?q?=C4=83_09=3A15?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_2207390_713356920.1791912164117"
X-Mailer: WebService/1.1.24562 YMailNorrin

------=_Part_2207390_713356920.1791912164117
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 seara,

tehnicianul a montat ieri dulapurile de buc=C4=83t=C4=83rie, mul=C8=9Bumesc=
, a lucrat
bine. Doar c=C4=83 lipsesc dou=C4=83 =C8=99uruburi de la balamalele u=C8=99=
ii de la col=C8=9B
(u=C8=99a st=C4=83 str=C3=A2mb) =C8=99i blatul are o zg=C3=A2rietur=C4=83 d=
e vreo 4 cm l=C3=A2ng=C4=83 chiuvet=C4=83.
Nu g=C4=83sesc alt e-mail la care s=C4=83 scriu. Poate veni cineva s=C4=83 =
le rezolve
sau trimite=C8=9Bi =C8=99uruburile prin curier?

Mul=C8=9Bumesc,
Andrei Popa
0745 210 338

Trimis de pe Yahoo Mail pe Android

   Pe luni, 12 octombrie 2026 la 08:41:05 EEST, Shop Example Montaj <notifi=
cari@trasowo.ro> a scris:

   Tehnicianul dvs. Cristian (Montaj Expert Cluj SRL) este pe drum.
   Sosire estimat=C4=83: 09:15 (interval 09:00=E2=80=9309:30)
   Comanda: RO-4471, montaj buc=C4=83t=C4=83rie
   Adresa: Str. Memorandumului 21, ap. 6, Cluj-Napoca

   Urm=C4=83ri=C8=9Bi tehnicianul: https://trasowo.ro/t/Vm27Lq
   Acest mesaj este trimis automat, v=C4=83 rug=C4=83m s=C4=83 nu r=C4=83sp=
unde=C8=9Bi.
------=_Part_2207390_713356920.1791912164117
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div class=3D"ydp3f1c2a9byahoo-style-wrap" style=
=3D"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px=
;"><div dir=3D"ltr" data-setdir=3D"false">Bun=C4=83 seara,</div><div dir=3D=
"ltr" data-setdir=3D"false"><br></div><div dir=3D"ltr" data-setdir=3D"false=
">tehnicianul a montat ieri dulapurile de buc=C4=83t=C4=83rie, mul=C8=9Bume=
sc, a lucrat bine. Doar c=C4=83 lipsesc dou=C4=83 =C8=99uruburi de la balam=
alele u=C8=99ii de la col=C8=9B (u=C8=99a st=C4=83 str=C3=A2mb) =C8=99i bla=
tul are o zg=C3=A2rietur=C4=83 de vreo 4 cm l=C3=A2ng=C4=83 chiuvet=C4=83. =
Nu g=C4=83sesc alt e-mail la care s=C4=83 scriu. Poate veni cineva s=C4=83 =
le rezolve sau trimite=C8=9Bi =C8=99uruburile prin curier?</div><div dir=3D=
"ltr" data-setdir=3D"false"><br></div><div dir=3D"ltr" data-setdir=3D"false=
">Mul=C8=9Bumesc,<br>Andrei Popa<br>0745 210 338</div><div><br></div><div i=
d=3D"ymail_android_signature"><a id=3D"ymail_android_signature_link" href=
=3D"https://go.onelink.me/107872968?pid=3DInProduct&amp;c=3DGlobal_Internal=
_YGrowth_AndroidEmailSig__AndroidUsers">Trimis de pe Yahoo Mail pe Android<=
/a></div></div><div class=3D"ydp-yahoo_quoted"><div style=3D"font-family:He=
lvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><=
div>Pe luni, 12 octombrie 2026 la 08:41:05 EEST, Shop Example Montaj &lt;no=
tificari@trasowo.ro&gt; a scris:</div><div><br></div><div><div>Tehnicianul =
dvs. Cristian (Montaj Expert Cluj SRL) este pe drum.<br>Sosire estimat=C4=
=83: 09:15 (interval 09:00=E2=80=9309:30)<br>Comanda: RO-4471, montaj buc=
=C4=83t=C4=83rie<br>Adresa: Str. Memorandumului 21, ap. 6, Cluj-Napoca<br><=
br>Urm=C4=83ri=C8=9Bi tehnicianul: https://trasowo.ro/t/Vm27Lq<br>Acest mes=
aj este trimis automat, v=C4=83 rug=C4=83m s=C4=83 nu r=C4=83spunde=C8=9Bi.=
</div></div></div></div></body></html>
------=_Part_2207390_713356920.1791912164117--
'''),
    ('el', 'outlook-read-receipt-planner', 'automated', (),
'''Return-Path: <e.georgiou@kouzines-attikis.gr>
Received: from GVAP278CU002.outbound.protection.outlook.com (mail-switzerlandwestazon11020107.outbound.protection.outlook.com [52.101.189.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 9C3E51C0A2
        for <privacy@shop.example.be>; Tue, 15 Sep 2026 10:47:09 +0200 (CEST)
Received: from VI1PR03MB6620.eurprd03.prod.outlook.com (2603:10a6:800:19b::11)
 by VI1PR03MB6620.eurprd03.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8901.14; Tue, 15 Sep 2026 08:47:07 +0000
From: =?utf-8?b?zpXOu86tzr3OtyDOk861z4nPgc6zzq/Ov8+F?= <e.georgiou@kouzines-attikis.gr>
To: =?utf-8?q?Shop_Example_=E2=80=93_=CE=A0=CF=81=CE=BF=CF=83=CF=84=CE=B1?=
 =?utf-8?q?=CF=83=CE=AF=CE=B1_=CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD?=
 =?utf-8?q?=CF=89=CE=BD?= <privacy@shop.example.be>
Subject: =?utf-8?b?zpTOuc6xzrLOrM+Dz4TOt866zrU6IM6Rzq/PhM63zrzOsSDOtM65zrHOs8+B?=
 =?utf-8?b?zrHPhs6uz4I6IM+Gz4nPhM6/zrPPgc6xz4bOr861z4IgzrrOsc65IM66zqw=?=
 =?utf-8?b?z4TOv8+Izrcgz4DOtc67zqzPhM63ICjOrc+BzrPOvyBHUi0yMjkxKQ==?=
Thread-Topic: =?utf-8?b?zpHOr8+EzrfOvM6xIM60zrnOsc6zz4HOsc+Gzq7Pgjogz4bPic+Ezr/Os8+B?=
 =?utf-8?b?zrHPhs6vzrXPgiDOus6xzrkgzrrOrM+Ezr/PiM63IM+AzrXOu86sz4TOtyAo?=
 =?utf-8?b?zq3Pgc6zzr8gR1ItMjI5MSk=?=
Thread-Index: AQHdJk7bQ2x0nM1qSkO8r5mVJ1t0ZrR9hU3w
Date: Tue, 15 Sep 2026 08:47:03 +0000
Message-ID: <VI1PR03MB6620F7C2A1B94D3E8E0A5C1B9E8A2@VI1PR03MB6620.eurprd03.prod.outlook.com>
References: <dsr-2026-0902.1@privacy-desk.shop.example.be>
In-Reply-To: <dsr-2026-0902.1@privacy-desk.shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_002_VI1PR03MB6620F7C2A1B94D3E8E0A5C1B9E8A2VI1PR03MB6620eurp_"
MIME-Version: 1.0

--_002_VI1PR03MB6620F7C2A1B94D3E8E0A5C1B9E8A2VI1PR03MB6620eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zqTOvyDOvM6uzr3Phc68zqwgz4POsc+CCgogIM6gz4HOv8+COiDOlc67zq3Ovc63IM6TzrXPic+B
zrPOr86/z4UKICDOmM6tzrzOsTogzpHOr8+EzrfOvM6xIM60zrnOsc6zz4HOsc+Gzq7Pgjogz4bP
ic+Ezr/Os8+BzrHPhs6vzrXPgiDOus6xzrkgzrrOrM+Ezr/PiM63IM+AzrXOu86sz4TOtyAozq3P
gc6zzr8gR1ItMjI5MSkKICDOo8+EzqzOu864zrfOus61OiDOpM+Bzq/PhM63LCAxNSDOo861z4DP
hM61zrzOss+Bzq/Ov8+FIDIwMjYgMTE6MDI6MTEgz4AuzrwuIChVVEMrMDI6MDApIM6RzrjOrs69
zrEsIM6Szr/Phc66zr/Phc+Bzq3Pg8+EzrkKCs60zrnOsc6yzqzPg8+EzrfOus61IM+EzrfOvSDO
pM+Bzq/PhM63LCAxNSDOo861z4DPhM61zrzOss+Bzq/Ov8+FIDIwMjYgMTE6NDc6MDMgz4Auzrwu
IChVVEMrMDI6MDApIM6RzrjOrs69zrEsIM6Szr/Phc66zr/Phc+Bzq3Pg8+EzrkuCg==

--_002_VI1PR03MB6620F7C2A1B94D3E8E0A5C1B9E8A2VI1PR03MB6620eurp_
Content-Type: message/disposition-notification

Reporting-UA: VI1PR03MB6620.eurprd03.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;e.georgiou@kouzines-attikis.gr
Original-Message-ID: <dsr-2026-0902.1@privacy-desk.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_VI1PR03MB6620F7C2A1B94D3E8E0A5C1B9E8A2VI1PR03MB6620eurp_--
'''),
    ('el', 'zimbra-ooo-smarthome-installer', 'automated', (),
'''Return-Path: <n.papadopoulos@thermotechniki-attikis.gr>
Received: from mail.thermotechniki-attikis.gr (mail.thermotechniki-attikis.gr [94.70.201.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7D2A81C0C5
        for <privacy@shop.example.be>; Tue, 8 Sep 2026 12:18:26 +0200 (CEST)
Received: from localhost (localhost [127.0.0.1])
        by mail.thermotechniki-attikis.gr (Postfix) with ESMTP id 3E9B2202A1
        for <privacy@shop.example.be>; Tue, 8 Sep 2026 13:18:25 +0300 (EEST)
Received: from mail.thermotechniki-attikis.gr (mail.thermotechniki-attikis.gr [127.0.0.1])
        by localhost (mail.thermotechniki-attikis.gr [127.0.0.1]) (amavis, port 10032) with ESMTP
        id W3kq8tZ0pLxY for <privacy@shop.example.be>;
        Tue, 8 Sep 2026 13:18:25 +0300 (EEST)
Date: Tue, 8 Sep 2026 13:18:25 +0300 (EEST)
From: =?utf-8?b?zp3Or866zr/PgiDOoM6xz4DOsc60z4zPgM6/z4XOu86/z4I=?= <n.papadopoulos@thermotechniki-attikis.gr>
To: privacy@shop.example.be
Message-ID: <1873320571.48817.1788862705113.JavaMail.zimbra@thermotechniki-attikis.gr>
In-Reply-To: <dsr-2026-0866.1@privacy-desk.shop.example.be>
Subject: =?utf-8?b?UmU6IM6VzrPOus6xz4TOrM+Dz4TOsc+Dzrcgzq3Ovs+Fz4DOvc6/z4Ugzrg=?=
 =?utf-8?b?zrXPgc68zr/Pg8+EzqzPhM63IOKAkyDOu86/zrPOsc+BzrnOsc+DzrzPjM+C?=
 =?utf-8?b?IM61z4bOsc+BzrzOv86zzq7PgiDPg8+Ezr8gz4zOvc6/zrzOsSDPhM6/z4Ug?=
 =?utf-8?b?z4TOtc+Hzr3Ouc66zr/PjQ==?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 9.0.0_GA_4546 (zclient/9.0.0_GA_4546)
Thread-Index: 3Yb8QkZpXn0tR4vGqL1+Wc2hFe9J0w==
Thread-Topic: =?utf-8?b?zpXOs866zrHPhM6sz4PPhM6xz4POtyDOrc6+z4XPgM69zr/PhSDOuM61z4E=?=
 =?utf-8?b?zrzOv8+Dz4TOrM+Ezrcg4oCTIM67zr/Os86xz4HOuc6xz4POvM+Mz4IgzrU=?=
 =?utf-8?b?z4bOsc+BzrzOv86zzq7PgiDPg8+Ezr8gz4zOvc6/zrzOsSDPhM6/z4Ugz4Q=?=
 =?utf-8?b?zrXPh869zrnOus6/z40=?=

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6yz4HOr8+DzrrOv868zrHOuSDOtc66z4TPjM+C
IM6zz4HOsc+GzrXOr86/z4Ugzq3Pic+CIM+EzrnPgiAxNC8wOSDOu8+MzrPPiSDOtc6zzrrOsc+E
zrHPg8+EzqzPg861z4nOvSDOtc66z4TPjM+CIM6RzrjOrs69zrHPggrOus6xzrkgzq3Ph8+JIM+A
zrXPgc65zr/Pgc65z4POvM6tzr3OtyDPgM+Bz4zPg86yzrHPg863IM+Dz4TOvyBlbWFpbC4KCs6T
zrnOsSDPgc6xzr3PhM61zrLOv8+NIM+EzrXPh869zrnOus+Ozr0gzrrOsc65IM64zq3OvM6xz4TO
sSDOtc6zzrrOsc+EzrHPg8+EzqzPg861z4nOvSAozrjOtc+BzrzOv8+Dz4TOrM+EzrXPgiwgzrrO
u865zrzOsc+EzrnPg8+EzrnOus6sLArPg8+Fz4PPhM6uzrzOsc+EzrEgzq3Ovs+Fz4DOvc6/z4Ug
z4PPgM65z4TOuc6/z40pIM61z4DOuc66zr/Ouc69z4nOvc6uz4PPhM61IM68zrUgz4TOtyDOs8+B
zrHOvM68zrHPhM61zq/OsToKMjEwIDk4NzYgNTQzIOKAkyBncmFtbWF0ZWlhQHRoZXJtb3RlY2hu
aWtpLWF0dGlraXMuZ3IKCs6Vz4XPh86xz4HOuc+Dz4TPjiwKzp3Or866zr/PgiDOoM6xz4DOsc60
z4zPgM6/z4XOu86/z4IKzqTOtc+Hzr3Ouc66z4zPgiDPhc+AzrXPjc64z4XOvc6/z4IgzrXOs866
zrHPhM6xz4PPhM6sz4POtc+Jzr0KzpjOtc+BzrzOv86kzrXPh869zrnOus6uIM6Rz4TPhM65zrrO
rs+CIM6VLs6VLgo=
'''),
    ('el', 'partner-platform-job-completed-rate', 'automated', (),
'''Return-Path: <bounce+d81f3a.7e2b9-privacy=shop.example.be@mg.ergasies-pro.gr>
Received: from m228-17.mailgun.net (m228-17.mailgun.net [159.135.228.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id E4B7C1C0D1
        for <privacy@shop.example.be>; Tue, 15 Sep 2026 18:40:14 +0200 (CEST)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=mg.ergasies-pro.gr;
        q=dns/txt; s=krs; t=1789490413;
        h=List-Unsubscribe-Post: List-Unsubscribe: Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id: Sender: Sender;
        bh=0NGqZoGXt8aNgrjCISKh2Tn/QGYKO9UwsCE4E+fycg8=;
        b=YAX9uwX9plPcdaB4r4VhZRHxdEAjl1CA8pHSUvEXSrjfR+0om/ZOvyLZ4AG0+reO9HfIiS
         IdnycZSts7SGoKifh35J4/tXnRLfFktVK15OA8Cl46FFdS6eGe+v092VMBTOXvLm5X13OF
         Xzxgfw8GuVQEaaSNq/vv5yfbIbPrhWk5
X-Mailgun-Sending-Ip: 159.135.228.17
X-Mailgun-Sid: WyI3ZTJiOSIsInByaXZhY3lAc2hvcC5leGFtcGxlLmJlIiwiZDgxZjNhIl0=
Sender: ergasies=mg.ergasies-pro.gr@mg.ergasies-pro.gr
Date: Tue, 15 Sep 2026 16:40:13 +0000
From: =?utf-8?b?RXJnYXNpZXNQcm8g4oCTIM6fzrvOv866zrvOt8+Bz4nOvM6tzr3Otc+CIM61?=
 =?utf-8?b?z4HOs86xz4POr861z4I=?= <noreply@ergasies-pro.gr>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpcgzrXPgc6zzrHPg86vzrEgIzc3MzEgzr/Ou86/zrrOu863z4HPjs64zrc=?=
 =?utf-8?b?zrrOtSDigJMgzrHOvs65zr/Ou86/zrPOrs+Dz4TOtSDPhM6/zr0gz4TOtc+H?=
 =?utf-8?b?zr3Ouc66z4wgz4POsc+C?=
Message-Id: <20260915164013.7e2b9d81f3a4c0e1@mg.ergasies-pro.gr>
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="1f4c7b0e9a2d46e8b3c5"
List-Unsubscribe: <mailto:u+mq6tknzvgm3dimbzha4q@mg.ergasies-pro.gr>, <https://email.mg.ergasies-pro.gr/u/eJwVjEsO>
List-Unsubscribe-Post: List-Unsubscribe=One-Click

--1f4c7b0e9a2d46e8b3c5
Content-Transfer-Encoding: base64
Content-Type: text/plain; charset="utf-8"

zpcgzrXPgc6zzrHPg86vzrEgIzc3MzEgzr/Ou86/zrrOu863z4HPjs64zrfOus61CgrOlc+BzrPO
sc+Dzq/OsTogICAgICDOlc6zzrrOsc+EzqzPg8+EzrHPg863IM61z4DOr8+AzrvPic69IM68z4DO
rM69zrnOv8+FIM66zrHOuSDOus6xzrzPgM6vzr3Osc+CIM69z4TOv8+Fz4IKzqDOtc67zqzPhM63
z4I6ICAgICAgz4DOsc+BzrHOs86zzrXOu86vzrEgU2hvcCBFeGFtcGxlIEdSLTIzMDQKzqTOtc+H
zr3Ouc66z4zPgjogICAgIM6TzrnPjs+BzrPOv8+CIM6cLiAozqXOtM+Bzr/PhM61z4fOvc65zrrO
riDOoM61zrnPgc6xzrnOrCkKzp/Ou86/zrrOu86uz4HPic+Dzrc6ICAgMTUvMDkvMjAyNiwgMTk6
MzIKCs6fIM+EzrXPh869zrnOus+Mz4IgzrHOvc6tzrLOsc+DzrUgNiDPhs+Jz4TOv86zz4HOsc+G
zq/Otc+CIM+EzrfPgiDOv867zr/Ous67zrfPgc+JzrzOrc69zrfPgiDOtc6zzrrOsc+EzqzPg8+E
zrHPg863z4Igz4PPhM6/zr0Kz4bOrM66zrXOu86/IM+EzrfPgiDOtc+BzrPOsc+Dzq/Osc+CLiDO
n865IM+Gz4nPhM6/zrPPgc6xz4bOr861z4IgzrXOr869zrHOuSDOv8+BzrHPhM6tz4Igz4PPhM6/
zr0gz4DOtc67zqzPhM63LCDPg8+Ezr8KzrrOsc+EzqzPg8+EzrfOvM6xIM66zrHOuSDPg8+Ezr/O
vSDPg8+Fzr3Otc+BzrPOrM+EzrcgzrXOs866zrHPhM6sz4PPhM6xz4POt8+CLgoKzqDPjs+CIM6u
z4TOsc69IM63IM61zr7Phc+AzrfPgc6tz4TOt8+Dzrc7IM6SzrHOuM68zr/Ou86/zrPOrs+Dz4TO
tSDPhM6/zr0gz4TOtc+Hzr3Ouc66z4wgKDHigJM1IM6xz4PPhM6tz4HOuc6xKToKaHR0cHM6Ly9l
cmdhc2llcy1wcm8uZ3IvcmF0ZS83NzMxL1l0MnEKCs6XIM6yzrHOuM68zr/Ou86/zrPOr86xIM+D
zrHPgiDOtc68z4bOsc69zq/Ots61z4TOsc65IM+Dz4TOvyDPgM+Bzr/Phs6vzrsgz4TOv8+FIM+E
zrXPh869zrnOus6/z40gz4fPic+Bzq/PgiDPhM6/Cs6/zr3Ov868zrHPhM61z4DPjs69z4XOvM+M
IM+DzrHPgi4gzpPOuc6xIM+EzrfOvSDOtc+AzrXOvs61z4HOs86xz4POr86xIM+Ez4nOvSDPgM+B
zr/Pg8+Jz4DOuc66z47OvSDPg86xz4IgzrTOtc60zr/OvM6tzr3Pic69Cs60zrXOr8+EzrUgz4TO
t869IM+Azr/Ou865z4TOuc66zq4gzrHPgM6/z4HPgc6uz4TOv8+FOiBodHRwczovL2VyZ2FzaWVz
LXByby5nci9hcG9ycml0bwoKzpvOsc68zrLOrM69zrXPhM61IM6xz4XPhM+MIM+Ezr8gzrzOrs69
z4XOvM6xIM61z4DOtc65zrTOriDPhM6/IGVtYWlsIM+DzrHPgiDOtc6vzr3Osc65IM66zrHPhM6x
z4fPic+BzrfOvM6tzr3OvyDPg8+EzrfOvQrPgM6xz4HOsc6zzrPOtc67zq/OsS4gzpTOuc6xzrrO
v8+Azq4gz4XPgM61zr3OuM+FzrzOr8+DzrXPic69IM6xzr7Ouc6/zrvPjM6zzrfPg863z4I6Cmh0
dHBzOi8vZW1haWwubWcuZXJnYXNpZXMtcHJvLmdyL3UvZUp3VmpFc08K
--1f4c7b0e9a2d46e8b3c5
Content-Transfer-Encoding: base64
Content-Type: text/html; charset="utf-8"

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLEhlbHZldGljYSxzYW5zLXNlcmlm
O2JhY2tncm91bmQ6I2YzZjVmNzsiPgo8ZGl2IHN0eWxlPSJtYXgtd2lkdGg6NTYwcHg7bWFyZ2lu
OjIwcHggYXV0bztiYWNrZ3JvdW5kOiNmZmZmZmY7cGFkZGluZzoyNnB4O2JvcmRlci10b3A6NHB4
IHNvbGlkICMwZTdjODY7Ij4KPGgyIHN0eWxlPSJjb2xvcjojMGU3Yzg2OyI+zpcgzrXPgc6zzrHP
g86vzrEgIzc3MzEgzr/Ou86/zrrOu863z4HPjs64zrfOus61PC9oMj4KPHA+zpXOs866zrHPhM6s
z4PPhM6xz4POtyDOtc+Azq/PgM67z4nOvSDOvM+AzqzOvc65zr/PhSDOus6xzrkgzrrOsc68z4DO
r869zrHPgiDOvc+Ezr/Phc+CPGJyPs6gzrHPgc6xzrPOs861zrvOr86xIFNob3AgRXhhbXBsZSBH
Ui0yMzA0PGJyPs6kzrXPh869zrnOus+Mz4I6IM6TzrnPjs+BzrPOv8+CIM6cLiAozqXOtM+Bzr/P
hM61z4fOvc65zrrOriDOoM61zrnPgc6xzrnOrCk8YnI+zp/Ou86/zrrOu86uz4HPic+Dzrc6IDE1
LzA5LzIwMjYsIDE5OjMyPC9wPgo8cD7OnyDPhM61z4fOvc65zrrPjM+CIM6xzr3Orc6yzrHPg861
IDYgz4bPic+Ezr/Os8+BzrHPhs6vzrXPgiDPhM63z4Igzr/Ou86/zrrOu863z4HPic68zq3Ovc63
z4IgzrXOs866zrHPhM6sz4PPhM6xz4POt8+CIM+Dz4TOv869IM+GzqzOus61zrvOvyDPhM63z4Ig
zrXPgc6zzrHPg86vzrHPgi4gzp/OuSDPhs+Jz4TOv86zz4HOsc+Gzq/Otc+CIM61zq/Ovc6xzrkg
zr/Pgc6xz4TOrc+CIM+Dz4TOv869IM+AzrXOu86sz4TOtywgz4PPhM6/IM66zrHPhM6sz4PPhM63
zrzOsSDOus6xzrkgz4PPhM6/zr0gz4PPhc69zrXPgc6zzqzPhM63IM61zrPOus6xz4TOrM+Dz4TO
sc+DzrfPgi48L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTdweDsiPjxiPs6gz47PgiDOrs+EzrHO
vSDOtyDOtc6+z4XPgM63z4HOrc+EzrfPg863OzwvYj48L3A+CjxwPjxhIGhyZWY9Imh0dHBzOi8v
ZXJnYXNpZXMtcHJvLmdyL3JhdGUvNzczMS9ZdDJxIiBzdHlsZT0iYmFja2dyb3VuZDojMGU3Yzg2
O2NvbG9yOiNmZmY7cGFkZGluZzoxMnB4IDIycHg7dGV4dC1kZWNvcmF0aW9uOm5vbmU7Ym9yZGVy
LXJhZGl1czo0cHg7Ij7Oks6xzrjOvM6/zrvOv86zzq7Pg8+EzrUgz4TOv869IM+EzrXPh869zrnO
us+MPC9hPjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMXB4O2NvbG9yOiM3Nzc7Ij7OlyDOss6x
zrjOvM6/zrvOv86zzq/OsSDPg86xz4IgzrXOvM+GzrHOvc6vzrbOtc+EzrHOuSDPg8+Ezr8gz4DP
gc6/z4bOr867IM+Ezr/PhSDPhM61z4fOvc65zrrOv8+NIM+Hz4nPgc6vz4Igz4TOvyDOv869zr/O
vM6xz4TOtc+Az47Ovc+FzrzPjCDPg86xz4IuIDxhIGhyZWY9Imh0dHBzOi8vZXJnYXNpZXMtcHJv
LmdyL2Fwb3JyaXRvIj7OoM6/zrvOuc+EzrnOus6uIM6xz4DOv8+Bz4HOrs+Ezr/PhTwvYT4uIM6b
zrHOvM6yzqzOvc61z4TOtSDOsc+Fz4TPjCDPhM6/IM68zq7Ovc+FzrzOsSDOtc+AzrXOuc60zq4g
z4TOvyBlbWFpbCDPg86xz4IgzrXOr869zrHOuSDOus6xz4TOsc+Hz4nPgc63zrzOrc69zr8gz4PP
hM63zr0gz4DOsc+BzrHOs86zzrXOu86vzrEuIDxhIGhyZWY9Imh0dHBzOi8vZW1haWwubWcuZXJn
YXNpZXMtcHJvLmdyL3UvZUp3VmpFc08iPs6UzrnOsc66zr/PgM6uIM+Fz4DOtc69zrjPhc68zq/P
g861z4nOvSDOsc6+zrnOv867z4zOs863z4POt8+CPC9hPjwvcD4KPC9kaXY+CjxpbWcgd2lkdGg9
IjEiIGhlaWdodD0iMSIgc3JjPSJodHRwczovL2VtYWlsLm1nLmVyZ2FzaWVzLXByby5nci9vL2VK
d056RUVPZ2pBUSI+CjwvYm9keT48L2h0bWw+Cg==
--1f4c7b0e9a2d46e8b3c5--
'''),
    ('el', 'reply-above-rating-request-objects-photo-use', 'objection', (),
'''Return-Path: <k.antoniou82@outlook.com>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02olkn2044.outbound.protection.outlook.com [40.92.48.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0F8E31C0B7
        for <privacy@shop.example.be>; Tue, 22 Sep 2026 21:14:39 +0200 (CEST)
Received: from AS8P194MB1672.EURP194.PROD.OUTLOOK.COM (2603:10a6:20b:5b1::9)
 by AS8P194MB1672.EURP194.PROD.OUTLOOK.COM with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8901.22; Tue, 22 Sep 2026 19:14:37 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=outlook.com;
        s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        bh=RPoT7XFWNrZRrzoElJBDfV5KcInI+KGGr7b4Nf0zLcu=;
        b=cMQe9vxSYCVdnFg1cClohd/4gy0KbbPob+iaCB+r1dnEljKS3CFCjFNhx3lMmFE28hgoE8
         0qE6VAx+deyL5SY3bGwxSsOW/AKpHfHPgKC0w7oTc4+g7fiN9XupMySxAwls8pyj7dodvQ
         QN9ML0A6nIWjyW/bKsifEXdrLFTT6POe
From: =?utf-8?b?zprOsc+EzrXPgc6vzr3OsSDOkc69z4TPic69zq/Ov8+F?= <k.antoniou82@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?UmU6IM6XIM61z4HOs86xz4POr86xICM3NzQ4IM6/zrvOv866zrvOt8+Bz44=?=
 =?utf-8?b?zrjOt866zrUg4oCTIM6xzr7Ouc6/zrvOv86zzq7Pg8+EzrUgz4TOv869IM+E?=
 =?utf-8?b?zrXPh869zrnOus+MIM+DzrHPgg==?=
Thread-Topic: =?utf-8?b?zpcgzrXPgc6zzrHPg86vzrEgIzc3NDggzr/Ou86/zrrOu863z4HPjs64zrc=?=
 =?utf-8?b?zrrOtSDigJMgzrHOvs65zr/Ou86/zrPOrs+Dz4TOtSDPhM6/zr0gz4TOtc+H?=
 =?utf-8?b?zr3Ouc66z4wgz4POsc+C?=
Thread-Index: AQHdKx9m2Rk0sVbH7EqT3nL0wq8PZQ==
Date: Tue, 22 Sep 2026 19:14:36 +0000
Message-ID: <AS8P194MB16723E7D0B5A14C29F61D0A8C4D12@AS8P194MB1672.EURP194.PROD.OUTLOOK.COM>
References: <20260917091522.3c0a5e71b2d9f844@mg.ergasies-pro.gr>
In-Reply-To: <20260917091522.3c0a5e71b2d9f844@mg.ergasies-pro.gr>
Accept-Language: el-GR, en-US
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
        boundary="_000_AS8P194MB16723E7D0B5A14C29F61D0A8C4D12AS8P194MB1672EURP_"
MIME-Version: 1.0

--_000_AS8P194MB16723E7D0B5A14C29F61D0A8C4D12AS8P194MB1672EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs60zrXOvSDOuM6xIM6yzrHOuM68zr/Ou86/zrPO
rs+Dz4kgz4TOr8+Azr/PhM6xLiDOlc6vzrTOsSDPjM+Ezrkgz4bPic+Ezr/Os8+BzrHPhs6vzrXP
giDOsc+Az4wgz4TOvyDOvM+AzqzOvc65zr8gzrzOv8+FICjOvM61IM+Ezr8gz4DOsc+BzqzOuM+F
z4HOvyDOus6xzrkgz4TOtyDOuM6tzrEgzrHPgM+MIM+Ezr8gz4PPgM6vz4TOuSDOvM6/z4UpIM6x
zr3Orc6yzrfOus6xzr0gz4PPhM6/IEluc3RhZ3JhbSDOus6xzrkgz4PPhM63IM+DzrXOu86vzrTO
sSDPhM63z4IgzqXOtM+Bzr/PhM61z4fOvc65zrrOrs+CIM6gzrXOuc+BzrHOuc6sIM+Jz4IgwqvP
gM6xz4HOrM60zrXOuc6zzrzOsSDOtM6/z4XOu861zrnOrM+CwrsuIM6UzrXOvSDOrc60z4nPg86x
IM+Azr/PhM6tIM+Ezq3PhM6/zrnOsSDOrM60zrXOuc6xLgoKzqPOsc+CIM62zrfPhM+OIM69zrEg
z4PPhM6xzrzOsc+Ezq7Pg861z4TOtSDOsc68zq3Pg8+Jz4IgzrrOrM64zrUgz4fPgc6uz4POtyDP
hM+Jzr0gz4bPic+Ezr/Os8+BzrHPhs65z47OvSDPhM6/z4Ugz4PPgM65z4TOuc6/z40gzrzOv8+F
IM66zrHOuSDPhM63z4IgzrHOvs65zr/Ou8+MzrPOt8+Dzq7PgiDOvM6/z4UgzrPOuc6xIM60zrnO
sc+Gzq7OvM65z4POtywgzrXOr8+EzrUgzrHPgM+MIM61z4POrM+CIM61zq/PhM61IM6xz4DPjCDP
hM6/zr0gz4PPhc69zrXPgc6zzqzPhM63IM+DzrHPgi4gzpTOtc69IM64zq3Ou8+JIM61z4DOr8+D
zrfPgiDOvc6xIM67zrHOvM6yzqzOvc+JIM6szrvOu861z4Igz4XPgM61zr3OuM+FzrzOr8+DzrXO
uc+CIM6xzr7Ouc6/zrvPjM6zzrfPg863z4IuCgrOms6xz4TOtc+Bzq/Ovc6xIM6Rzr3PhM+Jzr3O
r86/z4UKzqDOtc65z4HOsc65zqzPggoKzpvOrs+Izrcgz4TOv8+FIE91dGxvb2sgzrPOuc6xIEFu
ZHJvaWQKX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fX18KzpHPgM+MOiBFcmdhc2llc1By
byDigJMgzp/Ou86/zrrOu863z4HPic68zq3Ovc61z4IgzrXPgc6zzrHPg86vzrXPgiA8bm9yZXBs
eUBlcmdhc2llcy1wcm8uZ3I+Cs6jz4TOrM67zrjOt866zrU6IM6gzq3OvM+Az4TOtywgMTcgzqPO
tc+Az4TOtc68zrLPgc6vzr/PhSAyMDI2IDEyOjE1OjIyIM68Ls68LgrOoM+Bzr/Pgjogay5hbnRv
bmlvdTgyQG91dGxvb2suY29tIDxrLmFudG9uaW91ODJAb3V0bG9vay5jb20+Cs6Yzq3OvM6xOiDO
lyDOtc+BzrPOsc+Dzq/OsSAjNzc0OCDOv867zr/Ous67zrfPgc+OzrjOt866zrUg4oCTIM6xzr7O
uc6/zrvOv86zzq7Pg8+EzrUgz4TOv869IM+EzrXPh869zrnOus+MIM+DzrHPggoKzpcgzrXPgc6z
zrHPg86vzrEgIzc3NDggzr/Ou86/zrrOu863z4HPjs64zrfOus61CgrOlc+BzrPOsc+Dzq/OsTog
ICAgICDOlc6zzrrOsc+EzqzPg8+EzrHPg863IM61z4DOr8+AzrvPic69IM68z4DOrM69zrnOv8+F
IM66zrHOuSDOus6xzrzPgM6vzr3Osc+CIM69z4TOv8+Fz4IKzqDOtc67zqzPhM63z4I6ICAgICAg
z4DOsc+BzrHOs86zzrXOu86vzrEgU2hvcCBFeGFtcGxlIEdSLTIzMTcKzqTOtc+Hzr3Ouc66z4zP
gjogICAgIM6TzrnPjs+BzrPOv8+CIM6cLiAozqXOtM+Bzr/PhM61z4fOvc65zrrOriDOoM61zrnP
gc6xzrnOrCkKzp/Ou86/zrrOu86uz4HPic+Dzrc6ICAgMTcvMDkvMjAyNiwgMTE6NDgKCs6fIM+E
zrXPh869zrnOus+Mz4IgzrHOvc6tzrLOsc+DzrUgNiDPhs+Jz4TOv86zz4HOsc+Gzq/Otc+CIM+E
zrfPgiDOv867zr/Ous67zrfPgc+JzrzOrc69zrfPgiDOtc6zzrrOsc+EzqzPg8+EzrHPg863z4Ig
z4PPhM6/zr0Kz4bOrM66zrXOu86/IM+EzrfPgiDOtc+BzrPOsc+Dzq/Osc+CLgoKzqDPjs+CIM6u
z4TOsc69IM63IM61zr7Phc+AzrfPgc6tz4TOt8+Dzrc7IM6SzrHOuM68zr/Ou86/zrPOrs+Dz4TO
tSDPhM6/zr0gz4TOtc+Hzr3Ouc66z4wgKDHigJM1IM6xz4PPhM6tz4HOuc6xKToKaHR0cHM6Ly9l
cmdhc2llcy1wcm8uZ3IvcmF0ZS83NzQ4L1FkOHcK

--_000_AS8P194MB16723E7D0B5A14C29F61D0A8C4D12AS8P194MB1672EURP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxkaXYgZGlyPSJhdXRvIj7O
ms6xzrvOt8+Dz4DOrc+BzrEgz4POsc+CLDwvZGl2Pgo8ZGl2IGRpcj0iYXV0byI+PGJyPjwvZGl2
Pgo8ZGl2IGRpcj0iYXV0byI+zrTOtc69IM64zrEgzrLOsc64zrzOv867zr/Os86uz4PPiSDPhM6v
z4DOv8+EzrEuIM6Vzq/OtM6xIM+Mz4TOuSDPhs+Jz4TOv86zz4HOsc+Gzq/Otc+CIM6xz4DPjCDP
hM6/IM68z4DOrM69zrnOvyDOvM6/z4UgKM68zrUgz4TOvyDPgM6xz4HOrM64z4XPgc6/IM66zrHO
uSDPhM63IM64zq3OsSDOsc+Az4wgz4TOvyDPg8+Azq/PhM65IM68zr/PhSkgzrHOvc6tzrLOt866
zrHOvSDPg8+Ezr8gSW5zdGFncmFtIM66zrHOuSDPg8+Ezrcgz4POtc67zq/OtM6xIM+EzrfPgiDO
pc60z4HOv8+EzrXPh869zrnOus6uz4IgzqDOtc65z4HOsc65zqwgz4nPgiDCq8+AzrHPgc6szrTO
tc65zrPOvM6xIM60zr/Phc67zrXOuc6sz4LCuy4gzpTOtc69IM6tzrTPic+DzrEgz4DOv8+Ezq0g
z4TOrc+Ezr/Ouc6xIM6szrTOtc65zrEuPC9kaXY+CjxkaXYgZGlyPSJhdXRvIj48YnI+PC9kaXY+
CjxkaXYgZGlyPSJhdXRvIj7Oo86xz4IgzrbOt8+Ez44gzr3OsSDPg8+EzrHOvM6xz4TOrs+DzrXP
hM61IM6xzrzOrc+Dz4nPgiDOus6szrjOtSDPh8+Bzq7Pg863IM+Ez4nOvSDPhs+Jz4TOv86zz4HO
sc+GzrnPjs69IM+Ezr/PhSDPg8+AzrnPhM65zr/PjSDOvM6/z4UgzrrOsc65IM+EzrfPgiDOsc6+
zrnOv867z4zOs863z4POrs+CIM68zr/PhSDOs865zrEgzrTOuc6xz4bOrs68zrnPg863LCDOtc6v
z4TOtSDOsc+Az4wgzrXPg86sz4IgzrXOr8+EzrUgzrHPgM+MIM+Ezr/OvSDPg8+Fzr3Otc+BzrPO
rM+Ezrcgz4POsc+CLiDOlM61zr0gzrjOrc67z4kgzrXPgM6vz4POt8+CIM69zrEgzrvOsc68zrLO
rM69z4kgzqzOu867zrXPgiDPhc+AzrXOvc64z4XOvM6vz4POtc65z4IgzrHOvs65zr/Ou8+MzrPO
t8+DzrfPgi48L2Rpdj4KPGRpdiBkaXI9ImF1dG8iPjxicj48L2Rpdj4KPGRpdiBkaXI9ImF1dG8i
Ps6azrHPhM61z4HOr869zrEgzpHOvc+Ez4nOvc6vzr/PhTxicj7OoM61zrnPgc6xzrnOrM+CPC9k
aXY+CjxkaXYgZGlyPSJhdXRvIj48YnI+PC9kaXY+CjxkaXYgZGlyPSJhdXRvIj7Om86uz4jOtyDP
hM6/z4UgPGEgaHJlZj0iaHR0cHM6Ly9ha2EubXMvQUFiOXlzZyI+T3V0bG9vayDOs865zrEgQW5k
cm9pZDwvYT48L2Rpdj4KPGhyIHN0eWxlPSJkaXNwbGF5OmlubGluZS1ibG9jazt3aWR0aDo5OCUi
IHRhYmluZGV4PSItMSI+CjxkaXYgaWQ9ImRpdlJwbHlGd2RNc2ciIGRpcj0ibHRyIj48Zm9udCBm
YWNlPSJDYWxpYnJpLCBzYW5zLXNlcmlmIiBzdHlsZT0iZm9udC1zaXplOjExcHQiIGNvbG9yPSIj
MDAwMDAwIj48Yj7Okc+Az4w6PC9iPiBFcmdhc2llc1BybyDigJMgzp/Ou86/zrrOu863z4HPic68
zq3Ovc61z4IgzrXPgc6zzrHPg86vzrXPgiAmbHQ7bm9yZXBseUBlcmdhc2llcy1wcm8uZ3ImZ3Q7
PGJyPgo8Yj7Oo8+EzqzOu864zrfOus61OjwvYj4gzqDOrc68z4DPhM63LCAxNyDOo861z4DPhM61
zrzOss+Bzq/Ov8+FIDIwMjYgMTI6MTU6MjIgzrwuzrwuPGJyPgo8Yj7OoM+Bzr/Pgjo8L2I+IGsu
YW50b25pb3U4MkBvdXRsb29rLmNvbSAmbHQ7ay5hbnRvbmlvdTgyQG91dGxvb2suY29tJmd0Ozxi
cj4KPGI+zpjOrc68zrE6PC9iPiDOlyDOtc+BzrPOsc+Dzq/OsSAjNzc0OCDOv867zr/Ous67zrfP
gc+OzrjOt866zrUg4oCTIM6xzr7Ouc6/zrvOv86zzq7Pg8+EzrUgz4TOv869IM+EzrXPh869zrnO
us+MIM+DzrHPgjwvZm9udD4KPGRpdj4mbmJzcDs8L2Rpdj48L2Rpdj4KPGRpdj48aDIgc3R5bGU9
ImNvbG9yOiMwZTdjODY7Ij7OlyDOtc+BzrPOsc+Dzq/OsSAjNzc0OCDOv867zr/Ous67zrfPgc+O
zrjOt866zrU8L2gyPgo8cD7Olc6zzrrOsc+EzqzPg8+EzrHPg863IM61z4DOr8+AzrvPic69IM68
z4DOrM69zrnOv8+FIM66zrHOuSDOus6xzrzPgM6vzr3Osc+CIM69z4TOv8+Fz4I8YnI+zqDOsc+B
zrHOs86zzrXOu86vzrEgU2hvcCBFeGFtcGxlIEdSLTIzMTc8YnI+zqTOtc+Hzr3Ouc66z4zPgjog
zpPOuc+Oz4HOs86/z4IgzpwuICjOpc60z4HOv8+EzrXPh869zrnOus6uIM6gzrXOuc+BzrHOuc6s
KTxicj7On867zr/Ous67zq7Pgc+Jz4POtzogMTcvMDkvMjAyNiwgMTE6NDg8L3A+CjxwPs6fIM+E
zrXPh869zrnOus+Mz4IgzrHOvc6tzrLOsc+DzrUgNiDPhs+Jz4TOv86zz4HOsc+Gzq/Otc+CIM+E
zrfPgiDOv867zr/Ous67zrfPgc+JzrzOrc69zrfPgiDOtc6zzrrOsc+EzqzPg8+EzrHPg863z4Ig
z4PPhM6/zr0gz4bOrM66zrXOu86/IM+EzrfPgiDOtc+BzrPOsc+Dzq/Osc+CLjwvcD4KPHA+PGEg
aHJlZj0iaHR0cHM6Ly9lcmdhc2llcy1wcm8uZ3IvcmF0ZS83NzQ4L1FkOHciPs6SzrHOuM68zr/O
u86/zrPOrs+Dz4TOtSDPhM6/zr0gz4TOtc+Hzr3Ouc66z4w8L2E+PC9wPjwvZGl2Pgo8L2JvZHk+
CjwvaHRtbD4K

--_000_AS8P194MB16723E7D0B5A14C29F61D0A8C4D12AS8P194MB1672EURP_--
'''),
    ('bg', 'helpdesk-ticket-ack-assembly-partner', 'automated', (),
'''Return-Path: <support@montazhi-petrov.bg>
Received: from mail.montazhi-petrov.bg (mail.montazhi-petrov.bg [185.80.0.144])
        by mx1.shop.example.be (Postfix) with ESMTPS id 31DA41C0E2
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 09:06:51 +0100 (CET)
Received: from helpdesk.montazhi-petrov.bg (helpdesk.montazhi-petrov.bg [10.8.0.6])
        by mail.montazhi-petrov.bg (Postfix) with ESMTPSA id 7A3E0B1042
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 10:06:50 +0200 (EET)
Message-ID: <o6c1f0d2e9a5b7.48213@helpdesk.montazhi-petrov.bg>
Date: Tue, 3 Nov 2026 10:06:50 +0200
Subject: =?utf-8?b?WyM0ODIxMzNdINCf0L7Qu9GD0YfQuNGF0LzQtSDQstCw0YjQtdGC0L4g0Lc=?=
 =?utf-8?b?0LDQv9C40YLQstCw0L3QtTog0KLQtdGF0L3QuNC6INC1INC00L7QsdCw0LI=?=
 =?utf-8?b?0LjQuyDQutC70LjQtdC90YLQutCwINCyINGB0L7RhtC40LDQu9C90LjRgtC1?=
 =?utf-8?b?INC80YDQtdC20Lg=?=
From: =?utf-8?b?0JzQvtC90YLQsNC20Lgg0J/QtdGC0YDQvtCyIOKAkyDQn9C+0LTQtNGA0Yo=?=
 =?utf-8?b?0LbQutCw?= <support@montazhi-petrov.bg>
To: =?utf-8?b?U2hvcCBFeGFtcGxlIOKAkyDQl9Cw0YnQuNGC0LAg0L3QsCDQtNCw0L3QvdC4?=
 =?utf-8?b?0YLQtQ==?= <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="=_3f7a1c0b9e2d4a68c5e1b0d7f9a2c4e6"
Precedence: auto_reply
X-Autoreply: yes
Auto-Submitted: auto-replied
X-Mailer: osTicket Mailer
In-Reply-To: <dsr-2026-1031.1@privacy-desk.shop.example.be>
References: <dsr-2026-1031.1@privacy-desk.shop.example.be>

--=_3f7a1c0b9e2d4a68c5e1b0d7f9a2c4e6
Content-Transfer-Encoding: base64
Content-Type: text/plain; charset=utf-8

0JfQtNGA0LDQstC10LnRgtC1LCBTaG9wIEV4YW1wbGUg4oCTINCX0LDRidC40YLQsCDQvdCwINC0
0LDQvdC90LjRgtC1LAoK0J/QvtC70YPRh9C40YXQvNC1INCy0LDRiNC10YLQviDQt9Cw0L/QuNGC
0LLQsNC90LUg0Lgg0YHRitC30LTQsNC00L7RhdC80LUg0LfQsNGP0LLQutCwICM0ODIxMzMuCtCi
0LXQvNCwOiDQotC10YXQvdC40Log0LUg0LTQvtCx0LDQstC40Lsg0LrQu9C40LXQvdGC0LrQsCDQ
siDRgdC+0YbQuNCw0LvQvdC40YLQtSDQvNGA0LXQttC4CgrQndCw0Ygg0YHQu9GD0LbQuNGC0LXQ
uyDRidC1INGB0LUg0YHQstGK0YDQttC1INGBINCy0LDRgSDQsiDRgNCw0LzQutC40YLQtSDQvdCw
IDIg0YDQsNCx0L7RgtC90Lgg0LTQvdC4LgrQnNC+0LbQtdGC0LUg0LTQsCDQv9GA0L7RgdC70LXQ
tNC40YLQtSDRgdGC0LDRgtGD0YHQsCDQvdCwINC30LDRj9Cy0LrQsNGC0LAg0YLRg9C6OgpodHRw
czovL2hlbHBkZXNrLm1vbnRhemhpLXBldHJvdi5iZy92aWV3LnBocD90PTQ4MjEzMyZlPXByaXZh
Y3klNDBzaG9wLmV4YW1wbGUuYmUKCtCQ0LrQviDQuNGB0LrQsNGC0LUg0LTQsCDQtNC+0LHQsNCy
0LjRgtC1INC40L3RhNC+0YDQvNCw0YbQuNGPLCDQvtGC0LPQvtCy0L7RgNC10YLQtSDQvdCwINGC
0L7Qt9C4INC40LzQtdC50LssINCx0LXQtyDQtNCwCtC/0YDQvtC80LXQvdGP0YLQtSDQvdC+0LzQ
tdGA0LAg0L3QsCDQt9Cw0Y/QstC60LDRgtCwINCyINGC0LXQvNCw0YLQsC4KCtCc0L7QvdGC0LDQ
ttC4INCf0LXRgtGA0L7QsiDQldCe0J7QlCDigJMg0L7RgtC00LXQuyDigJ7Qn9C+0LTQtNGA0YrQ
ttC60LDigJwK0KLQvtCy0LAg0YHRitC+0LHRidC10L3QuNC1INC1INC40LfQv9GA0LDRgtC10L3Q
viDQsNCy0YLQvtC80LDRgtC40YfQvdC+Lgo=
--=_3f7a1c0b9e2d4a68c5e1b0d7f9a2c4e6
Content-Transfer-Encoding: base64
Content-Type: text/html; charset=utf-8

PGh0bWw+PGJvZHk+PGRpdiBzdHlsZT0iZm9udC1mYW1pbHk6QXJpYWwsc2Fucy1zZXJpZjtmb250
LXNpemU6MTRweDsiPgo8cD7Ql9C00YDQsNCy0LXQudGC0LUsIFNob3AgRXhhbXBsZSDigJMg0JfQ
sNGJ0LjRgtCwINC90LAg0LTQsNC90L3QuNGC0LUsPC9wPgo8cD7Qn9C+0LvRg9GH0LjRhdC80LUg
0LLQsNGI0LXRgtC+INC30LDQv9C40YLQstCw0L3QtSDQuCDRgdGK0LfQtNCw0LTQvtGF0LzQtSDQ
t9Cw0Y/QstC60LAgPHN0cm9uZz4jNDgyMTMzPC9zdHJvbmc+Ljxicj7QotC10LzQsDog0KLQtdGF
0L3QuNC6INC1INC00L7QsdCw0LLQuNC7INC60LvQuNC10L3RgtC60LAg0LIg0YHQvtGG0LjQsNC7
0L3QuNGC0LUg0LzRgNC10LbQuDwvcD4KPHA+0J3QsNGIINGB0LvRg9C20LjRgtC10Lsg0YnQtSDR
gdC1INGB0LLRitGA0LbQtSDRgSDQstCw0YEg0LIg0YDQsNC80LrQuNGC0LUg0L3QsCAyINGA0LDQ
sdC+0YLQvdC4INC00L3QuC4g0JzQvtC20LXRgtC1INC00LAg0L/RgNC+0YHQu9C10LTQuNGC0LUg
0YHRgtCw0YLRg9GB0LAg0L3QsCDQt9Cw0Y/QstC60LDRgtCwIDxhIGhyZWY9Imh0dHBzOi8vaGVs
cGRlc2subW9udGF6aGktcGV0cm92LmJnL3ZpZXcucGhwP3Q9NDgyMTMzJmFtcDtlPXByaXZhY3kl
NDBzaG9wLmV4YW1wbGUuYmUiPtGC0YPQujwvYT4uPC9wPgo8cD7QkNC60L4g0LjRgdC60LDRgtC1
INC00LAg0LTQvtCx0LDQstC40YLQtSDQuNC90YTQvtGA0LzQsNGG0LjRjywg0L7RgtCz0L7QstC+
0YDQtdGC0LUg0L3QsCDRgtC+0LfQuCDQuNC80LXQudC7LCDQsdC10Lcg0LTQsCDQv9GA0L7QvNC1
0L3Rj9GC0LUg0L3QvtC80LXRgNCwINC90LAg0LfQsNGP0LLQutCw0YLQsCDQsiDRgtC10LzQsNGC
0LAuPC9wPgo8cD7QnNC+0L3RgtCw0LbQuCDQn9C10YLRgNC+0LIg0JXQntCe0JQg4oCTINC+0YLQ
tNC10Lsg4oCe0J/QvtC00LTRgNGK0LbQutCw4oCcPGJyPjxlbT7QotC+0LLQsCDRgdGK0L7QsdGJ
0LXQvdC40LUg0LUg0LjQt9C/0YDQsNGC0LXQvdC+INCw0LLRgtC+0LzQsNGC0LjRh9C90L4uPC9l
bT48L3A+CjwvZGl2PjwvYm9keT48L2h0bWw+Cg==
--=_3f7a1c0b9e2d4a68c5e1b0d7f9a2c4e6--
'''),
    ('bg', 'consent-records-sync-report', 'automated', (),
'''Return-Path: <reports@notify.consentsync.eu>
Received: from smtp-eu2.consentsync.eu (smtp-eu2.consentsync.eu [178.63.44.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 8B6C21C0A1
        for <privacy@shop.example.be>; Tue, 17 Nov 2026 02:15:08 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=notify.consentsync.eu;
        s=cs2026; t=1794878107;
        h=from:to:subject:date:message-id:mime-version:content-type:auto-submitted;
        bh=BaVkI5VZlw69DcMdVfsc+4T7td4TAJF0V5N2MDqC0ky=;
        b=xzwL4C9XrE0siIWURTuCuamEHQFupUZveXnAYBvli1liF2/Qon74eY8wTcq+E6Qm9nQ+HT
         mn0UCcpWfWlsDANxXrjbvtDRuF/eW8F/FwHkApJOJm7SfrhdCqk/74LwnMDn5y5do5zY/b
         uqK6YKYzrS54zmbfgkza+8mjPT9+hWZN
From: ConsentSync <reports@notify.consentsync.eu>
To: privacy@shop.example.be
Subject: =?utf-8?b?0KHQuNC90YXRgNC+0L3QuNC30LDRhtC40Y/RgtCwINC90LAg0YHRitCz0Ls=?=
 =?utf-8?b?0LDRgdC40Y8g0LfQsNCy0YrRgNGI0Lg6IDEgMjg0INC30LDQv9C40YHQsCAo?=
 =?utf-8?b?Qm9va0l0IOKGkiBDUk0sIEJHKQ==?=
Date: Tue, 17 Nov 2026 01:15:07 +0000
Message-ID: <sync-run-bg-20261117011500-4f2c@notify.consentsync.eu>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
Precedence: bulk
X-ConsentSync-Run: bg-20261117011500

=D0=9D=D0=BE=D1=89=D0=BD=D0=B0 =D1=81=D0=B8=D0=BD=D1=85=D1=80=D0=BE=D0=BD=
=D0=B8=D0=B7=D0=B0=D1=86=D0=B8=D1=8F =E2=80=93 Shop Example BV (=D0=91=D1=
=8A=D0=BB=D0=B3=D0=B0=D1=80=D0=B8=D1=8F)

=D0=98=D0=B7=D1=82=D0=BE=D1=87=D0=BD=D0=B8=D0=BA:      BookIt (=D0=B7=D0=B0=
=D0=BF=D0=B8=D1=81=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D1=87=D0=B0=D1=81=
=D0=BE=D0=B2=D0=B5 =D0=B7=D0=B0 =D0=BC=D0=BE=D0=BD=D1=82=D0=B0=D0=B6 =D0=B8=
 =D0=B7=D0=B0=D0=BC=D0=B5=D1=80=D0=B2=D0=B0=D0=BD=D0=B5)
=D0=A6=D0=B5=D0=BB:           CRM =D0=BD=D0=B0 Shop Example, =D0=BF=D1=80=
=D0=BE=D1=84=D0=B8=D0=BB "=D0=A3=D1=81=D0=BB=D1=83=D0=B3=D0=B8 =D1=83 =D0=
=B4=D0=BE=D0=BC=D0=B0 BG"
=D0=A1=D1=82=D0=B0=D1=80=D1=82 / =D0=BA=D1=80=D0=B0=D0=B9:  17.11.2026 03:1=
5:00 =E2=80=93 03:15:06 (EET)

=D0=9E=D0=B1=D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=B5=D0=BD=D0=B8 =D0=B7=D0=B0=
=D0=BF=D0=B8=D1=81=D0=B8 =D0=B7=D0=B0 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=
=D0=B8=D0=B5:                      1 284
  =D0=BD=D0=BE=D0=B2=D0=B8 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D1=8F=
 =D0=B7=D0=B0 SMS =D0=BD=D0=B0=D0=BF=D0=BE=D0=BC=D0=BD=D1=8F=D0=BD=D0=B8=D1=
=8F =D0=B7=D0=B0 =D0=BF=D0=BE=D1=81=D0=B5=D1=89=D0=B5=D0=BD=D0=B8=D0=B5:   =
       96
  =D0=BD=D0=BE=D0=B2=D0=B8 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D1=8F=
 =D0=B7=D0=B0 =D1=81=D0=BD=D0=B8=D0=BC=D0=BA=D0=B8 =D0=BD=D0=B0 =D0=B7=D0=
=B0=D0=B2=D1=8A=D1=80=D1=88=D0=B5=D0=BD =D0=BE=D0=B1=D0=B5=D0=BA=D1=82 (=D0=
=BF=D0=BE=D1=80=D1=82=D1=84=D0=BE=D0=BB=D0=B8=D0=BE):  11
  =D0=BE=D1=82=D1=82=D0=B5=D0=B3=D0=BB=D0=B5=D0=BD=D0=B8 =D1=81=D1=8A=D0=B3=
=D0=BB=D0=B0=D1=81=D0=B8=D1=8F:                                     17
  =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D1=82=D0=B8 =D0=BF=D0=BE =D0=B8=D1=81=D0=
=BA=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D1=81=D1=83=D0=B1=D0=B5=D0=BA=D1=82=D0=
=B0 =D0=BD=D0=B0 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8:                   2
  =D0=B7=D0=B0=D0=BF=D0=B8=D1=81=D0=B8 =D1=81 =D0=B3=D1=80=D0=B5=D1=88=D0=
=BA=D0=B0 (=D0=BB=D0=B8=D0=BF=D1=81=D0=B2=D0=B0=D1=89 =D1=82=D0=B5=D0=BB=D0=
=B5=D1=84=D0=BE=D0=BD=D0=B5=D0=BD =D0=BD=D0=BE=D0=BC=D0=B5=D1=80):         =
      3

=D0=9E=D1=82=D1=87=D0=B5=D1=82=D1=8A=D1=82 (CSV) =D1=81 =D0=B8=D0=B4=D0=B5=
=D0=BD=D1=82=D0=B8=D1=84=D0=B8=D0=BA=D0=B0=D1=82=D0=BE=D1=80=D0=B8=D1=82=D0=
=B5 =D0=BD=D0=B0 =D0=B7=D0=B0=D0=BF=D0=B8=D1=81=D0=B8=D1=82=D0=B5 =D0=B5 =
=D0=BD=D0=B0=D0=BB=D0=B8=D1=87=D0=B5=D0=BD 30 =D0=B4=D0=BD=D0=B8:
https://app.consentsync.eu/runs/bg-20261117011500

=D0=97=D0=B0=D0=BF=D0=B8=D1=81=D0=B8=D1=82=D0=B5 =D1=81 =D0=B3=D1=80=D0=B5=
=D1=88=D0=BA=D0=B0 =D0=BD=D0=B5 =D1=81=D0=B0 =D0=BF=D1=80=D0=B5=D1=85=D0=B2=
=D1=8A=D1=80=D0=BB=D0=B5=D0=BD=D0=B8 =D0=B8 =D1=89=D0=B5 =D0=B1=D1=8A=D0=B4=
=D0=B0=D1=82 =D0=BE=D0=BF=D0=B8=D1=82=D0=B0=D0=BD=D0=B8 =D0=BE=D1=82=D0=BD=
=D0=BE=D0=B2=D0=BE =D0=BF=D1=80=D0=B8
=D1=81=D0=BB=D0=B5=D0=B4=D0=B2=D0=B0=D1=89=D0=B0=D1=82=D0=B0 =D1=81=D0=B8=
=D0=BD=D1=85=D1=80=D0=BE=D0=BD=D0=B8=D0=B7=D0=B0=D1=86=D0=B8=D1=8F. =D0=9D=
=D0=B5 =D0=B5 =D0=BD=D0=B5=D0=BE=D0=B1=D1=85=D0=BE=D0=B4=D0=B8=D0=BC=D0=BE =
=D0=B4=D0=B5=D0=B9=D1=81=D1=82=D0=B2=D0=B8=D0=B5 =D0=BE=D1=82 =D0=B2=D0=B0=
=D1=88=D0=B0 =D1=81=D1=82=D1=80=D0=B0=D0=BD=D0=B0.

=D0=A2=D0=BE=D0=B2=D0=B0 =D0=B5 =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=
=D0=B8=D1=87=D0=BD=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5. =D0=9E=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B8=D1=82=D0=B5 =D0=BD=
=D0=B0 =D1=82=D0=BE=D0=B7=D0=B8 =D0=B0=D0=B4=D1=80=D0=B5=D1=81 =D0=BD=D0=B5=
 =D1=81=D0=B5 =D1=81=D0=BB=D0=B5=D0=B4=D1=8F=D1=82.
=D0=9D=D0=B0=D1=81=D1=82=D1=80=D0=BE=D0=B9=D0=BA=D0=B8 =D0=BD=D0=B0 =D0=B8=
=D0=B7=D0=B2=D0=B5=D1=81=D1=82=D0=B8=D1=8F=D1=82=D0=B0: https://app.consent=
sync.eu/settings/notifications
'''),
    ('bg', 'gmail-bounce-forwarded-wrong-phone-reply', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 5F2E91C0C6
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 11:40:33 +0100 (CET)
Received: by mail-sor-f69.google.com (Google Transport Security);
        Tue, 10 Nov 2026 02:40:33 -0800 (PST)
X-Forwarded-To: privacy@shop.example.be
X-Forwarded-For: zashtita.danni@shop-example.bg privacy@shop.example.be
Delivered-To: zashtita.danni@shop-example.bg
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=googlemail.com; s=20230601; t=1794307232; x=1789641632; dara=google.com;
        h=cc:subject:in-reply-to:references:message-id:date:auto-submitted
         :from:to:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=hwGEgUvpaaygkeCsjeVguts/kPxsQEHIRigIvgE4FVX=;
        b=brLdFxx2Y29esCSvI7ToA/2Sfq8uUppckQ81yYQ+0NXFFyCEzF26ojOj+jy/Ey+9XyZAFT
         w8h1I2/DLWcGII3J51xUsurG9bR6Y1gA+XUAGZu48QAwYdQ9XxAjMWwFd3X7mgY6RwMwek
         eieE0GJilzi5bSwXSA/6cGpeZea8dm44WqSK7Lu5fWytqGVMbRfBdy5rtCR6FJ0hxKRoz1
         cstldw22kyGNKa==
MIME-Version: 1.0
To: zashtita.danni@shop-example.bg
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Auto-Submitted: auto-replied
Message-ID: <6730c9a1.050a0220.2d7e5b.4c18.GMR@mx.google.com>
Date: Tue, 10 Nov 2026 02:40:32 -0800 (PST)
References: <CAB7pQ3e0xK9Lw1n4R-dsr20261109@mail.gmail.com>
In-Reply-To: <CAB7pQ3e0xK9Lw1n4R-dsr20261109@mail.gmail.com>
X-Failed-Recipients: g.ivanova.sofiq@gmail.com
Subject: Delivery Status Notification (Failure)
Content-Type: multipart/report; boundary="000000000000d8c4f10640b1e3a9"; report-type=delivery-status

--000000000000d8c4f10640b1e3a9
Content-Type: multipart/alternative; boundary="000000000000d8cf3d0640b1e3ab"

--000000000000d8cf3d0640b1e3ab
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to g.ivanova.sofiq@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser

--000000000000d8cf3d0640b1e3ab
Content-Type: text/html; charset="UTF-8"


<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Error Icon" src="cid:icon.png">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">Address not found</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>g.ivanova.sofiq@gmail.com</b></a> because the address couldn't be found, or is unable to receive mail.</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left"><a style="text-decoration:none" href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align="left" style="padding:48px 10px">
The response was:<br/>
<p style="font-family:monospace">
The email account that you tried to reach does not exist. Please try double-checking the recipient&#39;s email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--000000000000d8cf3d0640b1e3ab--

--000000000000d8c4f10640b1e3a9
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 10 Nov 2026 02:40:31 -0800 (PST)
X-Original-Message-ID: <CAB7pQ3e0xK9Lw1n4R-dsr20261109@mail.gmail.com>

Final-Recipient: rfc822; g.ivanova.sofiq@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; The email account that you tried to reach does not exist. Please try
 double-checking the recipient's email address for typos or
 unnecessary spaces. For more information, go to
 https://support.google.com/mail/?p=NoSuchUser 4fb4d7f45d1cf-5c2a1e8b9d3si4417210a12.118 - gsmtp
Last-Attempt-Date: Tue, 10 Nov 2026 02:40:32 -0800 (PST)

--000000000000d8c4f10640b1e3a9
Content-Type: message/rfc822

DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=shop-example.bg; s=google; t=1794307231; x=1789641631;
        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject
         :date:message-id:reply-to;
        bh=4ltMzu9mE77nBVVkqCOZh5Fqk19OshKxjxkJ1iY39V9=;
        b=ndhw4bREUV4EJTg/bfNchk6725GcwSXIBx1vLnYHTAQkJ34CEaIG7mXZbRMN5zcMHtCJ7T
         Rx9F2Bo5ItLqJVgZAjOO7/J7Eg6VSJdwkrQzC7zhawM0KPTFL6UT67t2T4iacqKix2kImh
         OgNSL2Qj2onKGz==
MIME-Version: 1.0
From: =?utf-8?b?U2hvcCBFeGFtcGxlINCR0YrQu9Cz0LDRgNC40Y8g4oCTINCX0LDRidC40YI=?=
 =?utf-8?b?0LAg0L3QsCDQtNCw0L3QvdC40YLQtQ==?= <zashtita.danni@shop-example.bg>
Date: Tue, 10 Nov 2026 12:40:19 +0200
Message-ID: <CAB7pQ3e0xK9Lw1n4R-dsr20261109@mail.gmail.com>
Subject: =?utf-8?b?UmU6INCT0YDQtdGI0LXQvSDRgtC10LvQtdGE0L7QvSDQuCDQsNC00YDQtdGB?=
 =?utf-8?b?INCyINGA0LDQsdC+0YLQvdC40Y8g0LvQuNGB0YIg0LfQsCDQvNC+0L3RgtCw?=
 =?utf-8?b?0LY=?=
To: g.ivanova.sofiq@gmail.com
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LCDQsy3QttC+INCY0LLQsNC90L7QstCwLAoK0LHQu9Cw0LPQvtC0
0LDRgNC40Lwg0JLQuCDQt9CwINGB0YrQvtCx0YnQtdC90LjQtdGC0L4uINCa0L7RgNC40LPQuNGA
0LDRhdC80LUg0YLQtdC70LXRhNC+0L3QsCDQuCDQstGF0L7QtNCwINCyINC/0YDQvtGE0LjQu9Cw
CtCS0Lgg0Lgg0LIg0YDQsNCx0L7RgtC90LjRjyDQu9C40YHRgiDQt9CwINC80L7QvdGC0LDQttCw
INC90LAgMTIg0L3QvtC10LzQstGA0LguINCc0L7QvdGC0LDQttC90LDRgtCwINGE0LjRgNC80LAg
0LUK0YPQstC10LTQvtC80LXQvdCwINC4INC1INC30LDQu9C40YfQuNC70LAg0YHRgtCw0YDQuNGP
INC90L7QvNC10YAg0L7RgiDRgdCy0L7RjyDQs9GA0LDRhNC40LouCgrQoSDRg9Cy0LDQttC10L3Q
uNC1LArQldC60LjQvyDigJ7Ql9Cw0YnQuNGC0LAg0L3QsCDQtNCw0L3QvdC40YLQteKAnApTaG9w
IEV4YW1wbGUg0JHRitC70LPQsNGA0LjRjwo=

--000000000000d8c4f10640b1e3a9--
'''),
    ('bg', 'reply-above-appointment-wrong-phone-address', 'correction', (),
'''Return-Path: <georgi.dimitrov@poshta-bg.example>
Received: from mail.poshta-bg.example (mail.poshta-bg.example [212.73.140.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id C8A0F1C0D3
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 20:57:14 +0100 (CET)
Received: from webmail.poshta-bg.example (localhost [127.0.0.1])
        (Authenticated sender: georgi.dimitrov@poshta-bg.example)
        by mail.poshta-bg.example (Postfix) with ESMTPSA id 2D41E80A7;
        Tue, 3 Nov 2026 21:57:13 +0200 (EET)
MIME-Version: 1.0
Date: Tue, 3 Nov 2026 21:57:13 +0200
From: =?utf-8?b?0JPQtdC+0YDQs9C4INCU0LjQvNC40YLRgNC+0LI=?= <georgi.dimitrov@poshta-bg.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?UmU6INCS0LDRiNC10YLQviDQv9C+0YHQtdGJ0LXQvdC40LUg0LfQsCDQvNC+?=
 =?utf-8?b?0L3RgtCw0LYg0LUg0L/QvtGC0LLRitGA0LTQtdC90L4g4oCTIDA1LjExLjIw?=
 =?utf-8?b?MjYsIDEzOjAw4oCTMTY6MDA=?=
In-Reply-To: <appt.bg.66120.confirm@bookit-mail.eu>
References: <appt.bg.66120.confirm@bookit-mail.eu>
Message-ID: <9f1d2c7be04a3e55a1b8c6d0f2e7a913@poshta-bg.example>
X-Sender: georgi.dimitrov@poshta-bg.example
User-Agent: Roundcube Webmail/1.6.9
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Здравейте,

в потвърждението по-долу телефонът е грешен – 0888 123 456 не е
моят номер, моят е 0899 654 321. И адресът е бл. 24, вх. Б, ет. 3,
а не вх. А.

Моля, поправете ги в профила ми и в работния лист на техника.
Вчера техникът е звънял на непознат човек и му е казал кога ще идва
у нас – не искам това да се повтаря.

Благодаря,
Георги Димитров

На 2026-11-02 14:05, Shop Example Монтаж написа:
> Вашето посещение за монтаж е потвърдено
>
> Дата:      четвъртък, 05.11.2026, 13:00–16:00
> Услуга:    монтаж на вградена фурна и плот
> Адрес:     ж.к. Младост 1, бл. 24, вх. А, ет. 3, ап. 9, София
> Телефон:   0888 123 456
> Техник:    екип „Монтажи Петров“
>
> Промяна на часа: https://bookit-mail.eu/r/bg66120
>
> Това е автоматично съобщение, моля, не отговаряйте.
'''),
]

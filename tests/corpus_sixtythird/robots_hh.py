"""Set sixtythird: robot mail of vouchers, gift cards, cashback and referral schemes (bounces, out-of-office, read receipt, helpdesk, platform and payment notices), plus people who look automatic (pl cs hr sv ro el bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'postfix-bounce-reply-voucher-code-wrong-recipient', 'automated', (),
'''Return-Path: <>
X-Original-To: privacy@shop.example.be
Delivered-To: privacy@shop.example.be
Received: from mx3.poczta-example.pl (mx3.poczta-example.pl [198.51.100.23])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ljq2W0s3Mz1xYb
	for <privacy@shop.example.be>; Thu, 19 Mar 2026 10:14:53 +0100 (CET)
Received: by mx3.poczta-example.pl (Postfix)
	id 7C1E43A0F2; Thu, 19 Mar 2026 10:14:52 +0100 (CET)
Date: Thu, 19 Mar 2026 10:14:52 +0100 (CET)
From: MAILER-DAEMON@mx3.poczta-example.pl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7C1E43A0F2.1773911692/mx3.poczta-example.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <20260319091452.7C1E43A0F2@mx3.poczta-example.pl>

This is a MIME-encapsulated message.

--7C1E43A0F2.1773911692/mx3.poczta-example.pl
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.poczta-example.pl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.wisniewksa@poczta-example.pl>: host mailbox2.poczta-example.pl[198.51.100.40]
    said: 550 5.1.1 <m.wisniewksa@poczta-example.pl>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--7C1E43A0F2.1773911692/mx3.poczta-example.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.poczta-example.pl
X-Postfix-Queue-ID: 7C1E43A0F2
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 19 Mar 2026 10:14:51 +0100 (CET)

Final-Recipient: rfc822; m.wisniewksa@poczta-example.pl
Original-Recipient: rfc822;m.wisniewksa@poczta-example.pl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailbox2.poczta-example.pl
Diagnostic-Code: smtp; 550 5.1.1 <m.wisniewksa@poczta-example.pl>: Recipient
    address rejected: User unknown in virtual mailbox table

--7C1E43A0F2.1773911692/mx3.poczta-example.pl
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [192.0.2.10])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
	(No client certificate requested)
	by mx3.poczta-example.pl (Postfix) with ESMTPS id 7C1E43A0F2
	for <m.wisniewksa@poczta-example.pl>; Thu, 19 Mar 2026 10:14:51 +0100 (CET)
Received: from [10.20.4.17] (privacy-ws04.office.shop.example.be [10.20.4.17])
	by smtp.shop.example.be (Postfix) with ESMTPSA id 4Ljq2V5kQnz9sTR;
	Thu, 19 Mar 2026 10:14:48 +0100 (CET)
Message-ID: <b7e4c2a9-1f53-4d8e-a0c6-3e91d2f07a55@shop.example.be>
Date: Thu, 19 Mar 2026 10:14:48 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?utf-8?b?UmU6IEtvZCBwb2RhcnVua293eSB3eXPFgmFueSBkbyBuaWV3xYJhxZtj?=
 =?utf-8?b?aXdlaiBvc29ieSBbUFJJVi0yMDI2LTAzMTFd?=
To: =?utf-8?b?TW9uaWthIFdpxZtuaWV3c2th?= <m.wisniewksa@poczta-example.pl>
References: <CAM9f1xQ7r2Lw0pZ@poczta-example.pl>
In-Reply-To: <CAM9f1xQ7r2Lw0pZ@poczta-example.pl>
From: Shop Example - Ochrona danych <privacy@shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Szanowna Pani,

dziękujemy za wiadomość z 17 marca. Sprawdziliśmy sprawę: kod e-bonu o wartości
50 EUR, który przyznaliśmy Pani jako rekompensatę za opóźnioną dostawę, został
omyłkowo wysłany na adres innej klientki o podobnym nazwisku. Wiadomość
zawierała wyłącznie Pani imię, kod bonu i datę jego ważności.

Kod zablokowaliśmy 18 marca; nie został wykorzystany. Nowy kod wyślemy osobną
wiadomością na ten adres. Osobę, która otrzymała wiadomość przez pomyłkę,
poprosiliśmy o jej usunięcie.

Jeżeli ma Pani dalsze pytania dotyczące swoich danych, prosimy odpowiedzieć
na tę wiadomość.

Z poważaniem
Zespół ochrony danych
Shop Example BV

--7C1E43A0F2.1773911692/mx3.poczta-example.pl--
'''),
    ('pl', 'exchange-oof-cashback-agency-coordinator', 'automated', (),
'''Return-Path: <k.nowak@promozwrot-example.pl>
Delivered-To: privacy@shop.example.be
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2112.outbound.protection.outlook.com [40.107.20.112])
	(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gv0tN3hSpz1yQd
	for <privacy@shop.example.be>; Tue, 12 May 2026 09:41:06 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=promozwrot-example.pl; s=selector1;
	t=1778571664; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
	bh=4Txwaoa8f1P+HilD+8v5J5Q6tqZ6i2b9iWTgd9aweqU=;
	b=WiM1wm4qevzqZeejTPgmmia6+6ym/RtNMioz6BqVr6IJDANBvtPKeXhtHRhu+SeO0HVH1JYrNaQC
	 fggG7eWtvvnbQ1jjpOpmLJIQ/Y64OvcHmmwGTXh7vYyoM7llW3C96DM+Jqd4gcK2xYX0vzsz83DT
	 c7VjnIfS+6MyfkcezMIPooGoGk0jltIwQaPzCmbO0R9M
Received: from DB9PR08MB7064.eurprd08.prod.outlook.com (2603:10a6:10:2cc::14)
 by AS8PR08MB9836.eurprd08.prod.outlook.com (2603:10a6:20b:5f3::9) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.21; Tue, 12 May 2026 07:41:05 +0000
From: Katarzyna Nowak <k.nowak@promozwrot-example.pl>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?T2Rwb3dpZWTFuiBhdXRvbWF0eWN6bmE6IFduaW9zZWsgbyB1c3VuacSZ?=
 =?utf-8?B?Y2llIGtvcGlpIGRvd29kdSBvc29iaXN0ZWdvIOKAkyBDYXNoYmFjayBXaW9zbmEg?=
 =?utf-8?B?MjAyNg==?=
Thread-Topic: =?utf-8?B?V25pb3NlayBvIHVzdW5pxJljaWUga29waWkgZG93b2R1IG9zb2Jp?=
 =?utf-8?B?c3RlZ28g4oCTIENhc2hiYWNrIFdpb3NuYSAyMDI2?=
Thread-Index: AQHbw4sMi3qcvGHb8F5KWqz4BdeZhd3
Date: Tue, 12 May 2026 07:41:04 +0000
Message-ID: <DB9PR08MB70640F3A1C2E4B7D9A6C5E81@DB9PR08MB7064.eurprd08.prod.outlook.com>
References: <20260512073955.19c2@shop.example.be>
In-Reply-To: <20260512073955.19c2@shop.example.be>
Accept-Language: pl-PL, en-US
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-ms-publictraffictype: Email
x-ms-traffictypediagnostic: DB9PR08MB7064:EE_|AS8PR08MB9836:EE_
x-ms-exchange-senderadcheck: 1
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_DB9PR08MB70640F3A1C2E4B7D9A6C5E81DB9PR08MB7064eurp_"
MIME-Version: 1.0

--_000_DB9PR08MB70640F3A1C2E4B7D9A6C5E81DB9PR08MB7064eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RHppZcWEIGRvYnJ5LA0KDQpkemnEmWt1asSZIHphIHdpYWRvbW/Fm8SHLiBEbyAyNSBtYWphIDIw
MjYgci4gcHJ6ZWJ5d2FtIG5hIHVybG9waWUgaSBuaWUgbWFtIGRvc3TEmXB1IGRvIHBvY3p0eS4N
Cg0KVyBzcHJhd2FjaCB6Z8WCb3N6ZcWEIHcgYWtjamFjaCBjYXNoYmFjayAoYnJha3VqxIVjZSBk
b2t1bWVudHksIHN0YXR1cyB3eXDFgmF0eSwgdXN1bmnEmWNpZSBkYW55Y2ggdWN6ZXN0bmlrw7N3
KSBwcm9zesSZIHBpc2HEhyBuYSBhZHJlcyB6Z2xvc3plbmlhQHByb21vendyb3QtZXhhbXBsZS5w
bCBsdWIgZHp3b25pxIcgcG9kIG51bWVyICs0OCAyMiA1NTUgMDEgNDcgKHBuLuKAk3B0LiA5OjAw
4oCTMTc6MDApLg0KDQpXaWFkb21vxZtjaSBuaWUgc8SFIHByemVrYXp5d2FuZSBkYWxlai4NCg0K
UG96ZHJhd2lhbQ0KS2F0YXJ6eW5hIE5vd2FrDQpLb29yZHluYXRvcmthIGthbXBhbmlpIHwgUHJv
bW9ad3JvdCBTcC4geiBvLm8uDQo=

--_000_DB9PR08MB70640F3A1C2E4B7D9A6C5E81DB9PR08MB7064eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxkaXYgc3R5bGU9ImZvbnQt
ZmFtaWx5OkFwdG9zLENhbGlicmksSGVsdmV0aWNhLHNhbnMtc2VyaWY7Zm9udC1zaXplOjEycHQ7
Y29sb3I6cmdiKDAsMCwwKSI+CjxwPkR6aWXFhCBkb2JyeSw8L3A+CjxwPmR6acSZa3VqxJkgemEg
d2lhZG9tb8WbxIcuIERvIDI1IG1hamEgMjAyNiByLiBwcnplYnl3YW0gbmEgdXJsb3BpZSBpIG5p
ZSBtYW0gZG9zdMSZcHUgZG8gcG9jenR5LjwvcD4KPHA+VyBzcHJhd2FjaCB6Z8WCb3N6ZcWEIHcg
YWtjamFjaCBjYXNoYmFjayAoYnJha3VqxIVjZSBkb2t1bWVudHksIHN0YXR1cyB3eXDFgmF0eSwg
dXN1bmnEmWNpZSBkYW55Y2ggdWN6ZXN0bmlrw7N3KSBwcm9zesSZIHBpc2HEhyBuYSBhZHJlcyB6
Z2xvc3plbmlhQHByb21vendyb3QtZXhhbXBsZS5wbCBsdWIgZHp3b25pxIcgcG9kIG51bWVyICs0
OCAyMiA1NTUgMDEgNDcgKHBuLuKAk3B0LiA5OjAw4oCTMTc6MDApLjwvcD4KPHA+V2lhZG9tb8Wb
Y2kgbmllIHPEhSBwcnpla2F6eXdhbmUgZGFsZWouPC9wPgo8cD5Qb3pkcmF3aWFtPGJyPgpLYXRh
cnp5bmEgTm93YWs8YnI+Cktvb3JkeW5hdG9ya2Ega2FtcGFuaWkgfCBQcm9tb1p3cm90IFNwLiB6
IG8uby48L3A+CjwvZGl2Pgo8L2JvZHk+CjwvaHRtbD4K

--_000_DB9PR08MB70640F3A1C2E4B7D9A6C5E81DB9PR08MB7064eurp_--
'''),
    ('pl', 'helpdesk-ack-claim-processor-deletion-ticket', 'automated', (),
'''Return-Path: <support+id58214@promozwrot-example.zendesk.com>
Delivered-To: privacy@shop.example.be
Received: from out-47.smtp.zendesk.com (out-47.smtp.zendesk.com [192.161.147.47])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GvQ1b6Xy8z1xZk
	for <privacy@shop.example.be>; Wed, 13 May 2026 11:05:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=promozwrot-example.pl; s=zendesk1;
	t=1778663137; h=date:from:reply-to:to:message-id:subject:mime-version:content-type;
	bh=bAYnal8bDOjys/ZnxuDfjVPiaT41FllUWQUk8q6Q0q4=;
	b=A2dpWkEU73NnD0DRyC1XMn1XyBzA7JSmoAeDMlMEueOKTXvwe1gmvsn6R+VFlO7tbRt8yyePuXYh
	 /4Z4JSmrGodpaq0LfZPlJPT15kotx6jbjG9z+xqpWOi6Ybwjqh6hCrQTzxyDgx20wgi4oeTBA3Q4
	 aszYERdogoQU1ROcBFQdFjZ4exbZxL2aXnpQ1VtLpnA/
Date: Wed, 13 May 2026 09:05:37 +0000
From: =?utf-8?q?PromoZwrot_=E2=80=93_Obs=C5=82uga_zg=C5=82osze=C5=84?= <pomoc@promozwrot-example.pl>
Reply-To: PromoZwrot <support+id58214@promozwrot-example.zendesk.com>
To: =?utf-8?q?Zesp=C3=B3=C5=82_ochrony_danych_Shop_Example?= <privacy@shop.example.be>
Message-ID: <ZK4PW9Q1MJ_6643d7a1b0e2f_3a9f2b1c84105_sprut@zendesk.com>
In-Reply-To: <20260513090412.58a1@shop.example.be>
Subject: =?utf-8?b?W1Byb21vWndyb3RdIFpnxYJvc3plbmllICM1ODIxNDogxbvEhWRhbmll?=
 =?utf-8?b?IHVzdW5pxJljaWEgZGFueWNoIHVjemVzdG5pa2Eg4oCTIENCLTIwMjYtMDQ0ODE3?=
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6643d7a1b2c4f_3a9f2b1c84107";
 charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8f1c2a
X-Zendesk-Email-Id: 01HXR4Z3M2TQNGBW0MKGRZ98MF
Auto-Submitted: auto-generated


----==_mimepart_6643d7a1b2c4f_3a9f2b1c84107
Content-Type: text/plain;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

##- Prosimy pisa=C4=87 powy=C5=BCej tej linii -##

Dzie=C5=84 dobry,

Twoje zg=C5=82oszenie (#58214) zosta=C5=82o przyj=C4=99te. Nasz zesp=C3=B3=
=C5=82 odpowie w ci=C4=85gu 3 dni roboczych.

Temat: =C5=BB=C4=85danie usuni=C4=99cia danych uczestnika =E2=80=93 CB-2026=
-044817
Kategoria: Ochrona danych osobowych / RODO
Akcja: Cashback Wiosna 2026 =E2=80=93 Shop Example
Priorytet: normalny

Aby doda=C4=87 informacje do zg=C5=82oszenia, odpowiedz na t=C4=99 wiadomo=
=C5=9B=C4=87 i nie zmieniaj jej tematu.

Pami=C4=99taj: =C5=BC=C4=85dania usuni=C4=99cia danych (kopia dowodu osobis=
tego, numer rachunku IBAN, skan paragonu) realizujemy po zako=C5=84czeniu p=
rocesu wyp=C5=82aty i up=C5=82ywie terminu na reklamacje. O wykonaniu =C5=
=BC=C4=85dania poinformujemy administratora danych (Shop Example BV).

--
PromoZwrot =E2=80=93 Obs=C5=82uga zg=C5=82osze=C5=84
Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana automatycznie przez system=
 obs=C5=82ugi zg=C5=82osze=C5=84.

[NX8Q2K-7MPL]

----==_mimepart_6643d7a1b2c4f_3a9f2b1c84107
Content-Type: text/html;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:Helvetica,Arial,sans-serif;font-size:14px;line-he=
ight:1.5;color:#444">
<p>##- Prosimy pisa=C4=87 powy=C5=BCej tej linii -##</p>
<p>Dzie=C5=84 dobry,</p>
<p>Twoje zg=C5=82oszenie (#58214) zosta=C5=82o przyj=C4=99te. Nasz zesp=C3=
=B3=C5=82 odpowie w ci=C4=85gu 3 dni roboczych.</p>
<p>Temat: =C5=BB=C4=85danie usuni=C4=99cia danych uczestnika =E2=80=93 CB-2=
026-044817<br>
Kategoria: Ochrona danych osobowych / RODO<br>
Akcja: Cashback Wiosna 2026 =E2=80=93 Shop Example<br>
Priorytet: normalny</p>
<p>Aby doda=C4=87 informacje do zg=C5=82oszenia, odpowiedz na t=C4=99 wiado=
mo=C5=9B=C4=87 i nie zmieniaj jej tematu.</p>
<p>Pami=C4=99taj: =C5=BC=C4=85dania usuni=C4=99cia danych (kopia dowodu oso=
bistego, numer rachunku IBAN, skan paragonu) realizujemy po zako=C5=84czeni=
u procesu wyp=C5=82aty i up=C5=82ywie terminu na reklamacje. O wykonaniu =
=C5=BC=C4=85dania poinformujemy administratora danych (Shop Example BV).</p>
<p>--<br>
PromoZwrot =E2=80=93 Obs=C5=82uga zg=C5=82osze=C5=84<br>
Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana automatycznie przez system=
 obs=C5=82ugi zg=C5=82osze=C5=84.</p>
<p>[NX8Q2K-7MPL]</p>
</div>
</body>
</html>

----==_mimepart_6643d7a1b2c4f_3a9f2b1c84107--
'''),
    ('pl', 'cashback-agency-daily-report-to-shop-list', 'automated', (),
'''Return-Path: <bounce+5e1c2a.7f3b-privacy=shop.example.be@mg.promozwrot-example.pl>
Delivered-To: privacy@shop.example.be
Received: from m228-41.mailgun.net (m228-41.mailgun.net [159.135.228.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GwB7s1Rk0z1yTn
	for <privacy@shop.example.be>; Tue, 02 Jun 2026 06:00:16 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mg.promozwrot-example.pl; s=mta;
	t=1780372814; h=Content-Transfer-Encoding: Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id: Sender: Sender;
	bh=OPRqhawYus58vyZUd5+wsoUSYV8nypsUcxGtOFKPNtA=;
	b=D7dXrtpkL6MBM5JUIV9C2fZWgOwY2I5W+MyCQ2qwZcTTTVgdBbBr6TTDQ/CEtBO4K08942l8apuE
	 tJyg49I4BpVXXHt4pf5EFY9iU6XfPkqtXc6qeaCqC6rNR/Fd8JzTmAe6Y7xYRtYIS0reOQHVynBk
	 5vqiL7RyMF2NxnXBdsIJzNPtSKR8sEGcy7zxPeEjvKxJ
X-Mailgun-Sid: WyI3ZjNiIiwgInByaXZhY3lAc2hvcC5leGFtcGxlLmJlIiwgIjVlMWMyYSJd
Received: by panel.promozwrot-example.pl with HTTP; Tue, 02 Jun 2026 04:00:14 +0000
Date: Tue, 02 Jun 2026 06:00:14 +0200
Sender: raporty@mg.promozwrot-example.pl
Message-Id: <20260602040014.d61df7820a580786@mg.promozwrot-example.pl>
From: Panel Cashback PromoZwrot <raporty@panel.promozwrot-example.pl>
To: promocje@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?q?Raport_dzienny_02=2E06=2E2026_=E2=80=93_Cashback_Wiosna_2?=
 =?utf-8?q?026_=28Shop_Example=29?=
Auto-Submitted: auto-generated
Precedence: bulk
Mime-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Raport dzienny – Cashback Wiosna 2026 (Shop Example)
Okres: 01.06.2026 00:00 – 01.06.2026 23:59 (CEST)

Zgłoszenia przyjęte:                        184
Zgłoszenia z brakującym dokumentem:          23
  – brak skanu paragonu:                     14
  – brak kopii dowodu osobistego:             6
  – nieprawidłowy numer IBAN:                 3
Zgłoszenia odrzucone:                         9
Wypłaty zrealizowane:                       212  (łącznie 8 480,00 PLN)

Żądania uczestników dotyczące danych osobowych:
  – wnioski o usunięcie danych:               4  (przekazane do zespołu RODO)
  – wnioski o dostęp do danych:               1
  – wycofane zgody marketingowe:             11

Kopie dokumentów tożsamości i numery IBAN uczestników, którym wypłacono
środki, zostaną automatycznie usunięte po 30 dniach od wypłaty zgodnie
z umową powierzenia przetwarzania danych z dnia 12.02.2026.

Pełny raport (CSV): https://panel.promozwrot-example.pl/raporty/2026-06-01

Wiadomość wygenerowana automatycznie – prosimy nie odpowiadać.
Zmiana listy odbiorców raportu: Ustawienia > Powiadomienia.
'''),
    ('pl', 'person-iphone-forwards-payout-asks-delete-id-copy', 'deletion', (),
'''Return-Path: <a.zielinska84@poczta-example.pl>
Delivered-To: privacy@shop.example.be
Received: from smtp.poczta-example.pl (smtp.poczta-example.pl [198.51.100.30])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gy2LmR7pKz1xWq
	for <privacy@shop.example.be>; Sat, 06 Jun 2026 21:12:42 +0200 (CEST)
Received: from smtpclient.apple (user-83-21-7-4.dsl.isp-example.pl [192.0.2.214])
	(Authenticated sender: a.zielinska84@poczta-example.pl)
	by smtp.poczta-example.pl (Postfix) with ESMTPSA id 5F0A22C01B
	for <privacy@shop.example.be>; Sat, 06 Jun 2026 21:12:41 +0200 (CEST)
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?q?Agnieszka_Zieli=C5=84ska?= <a.zielinska84@poczta-example.pl>
Mime-Version: 1.0 (1.0)
Date: Sat, 06 Jun 2026 21:12:40 +0200
Subject: =?utf-8?q?Fwd=3A_Wyp=C5=82ata_cashback_zrealizowana_=E2=80=93_zg?=
 =?utf-8?q?=C5=82oszenie_CB-2026-044817?=
Message-Id: <8C2F6B1E-5D0A-4E67-9A3B-1F2E7C4D9B10@poczta-example.pl>
References: <20260605120211.4c7e19ab@mg.promozwrot-example.pl>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22F76)

Dzie=C5=84 dobry,

przesy=C5=82am poni=C5=BCej potwierdzenie =E2=80=93 cashback dosta=C5=82am,=
 dzi=C4=99kuj=C4=99. Do zg=C5=82oszenia musia=C5=82am do=C5=82=C4=85czy=C4=
=87 skan dowodu osobistego, numer konta i zdj=C4=99cie paragonu. Skoro pien=
i=C4=85dze s=C4=85 ju=C5=BC wyp=C5=82acone, prosz=C4=99 o usuni=C4=99cie sk=
anu mojego dowodu i numeru konta, zar=C3=B3wno u Pa=C5=84stwa, jak i w agen=
cji PromoZwrot, kt=C3=B3ra obs=C5=82ugiwa=C5=82a zg=C5=82oszenie. Prosz=C4=
=99 o potwierdzenie mailem, kiedy to nast=C4=85pi.

Agnieszka Zieli=C5=84ska
tel. 601 555 318

Wys=C5=82ane z iPhone=E2=80=99a

Pocz=C4=85tek przekazywanej wiadomo=C5=9Bci:

> Od: PromoZwrot <noreply@panel.promozwrot-example.pl>
> Data: 5 czerwca 2026 o 14:02:11 CEST
> Do: a.zielinska84@poczta-example.pl
> Temat: Wyp=C5=82ata cashback zrealizowana =E2=80=93 zg=C5=82oszenie CB-20=
26-044817
>
> Dzie=C5=84 dobry,
>
> informujemy, =C5=BCe Twoje zg=C5=82oszenie w akcji =E2=80=9ECashback Wios=
na 2026 =E2=80=93 Shop Example=E2=80=9D zosta=C5=82o rozpatrzone pozytywnie=
. Kwota 40,00 PLN zosta=C5=82a przelana na rachunek PL** **** **** **** ***=
* **** 4417.
>
> Numer zg=C5=82oszenia: CB-2026-044817
> Data wyp=C5=82aty: 05.06.2026
>
> Organizatorem akcji jest Shop Example BV. Podmiotem obs=C5=82uguj=C4=85cy=
m zg=C5=82oszenia jest PromoZwrot Sp. z o.o.
>
> Wiadomo=C5=9B=C4=87 wygenerowana automatycznie. Prosimy na ni=C4=85 nie o=
dpowiada=C4=87.
'''),
    ('cs', 'exim-bounce-forwarding-alias-referral-reply', 'automated', (),
'''Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.hosting-example.cz (mail.hosting-example.cz [203.0.113.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GjT0c2mRbz1xPq
	for <privacy@shop.example.be>; Mon, 20 Apr 2026 15:22:09 +0200 (CEST)
Received: from Debian-exim by mail.hosting-example.cz with local (Exim 4.97)
	id 1wK3pZ-00071c-0F
	for privacy@shop.example.be;
	Mon, 20 Apr 2026 15:22:08 +0200
X-Failed-Recipients: pavel.dvorak@firma-example.cz
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.hosting-example.cz>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1776691328-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wK3pZ-00071c-0F@mail.hosting-example.cz>
Date: Mon, 20 Apr 2026 15:22:08 +0200

--1776691328-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  pavel.dvorak@firma-example.cz
    (generated from p.dvorak@dvorak-example.cz)
    host mx.firma-example.cz [198.51.100.61]
    SMTP error from remote mail server after RCPT TO:<pavel.dvorak@firma-example.cz>:
    550 5.1.1 <pavel.dvorak@firma-example.cz>: Recipient address rejected: User unknown in local recipient table

--1776691328-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mail.hosting-example.cz

Action: failed
Final-Recipient: rfc822;pavel.dvorak@firma-example.cz
Status: 5.0.0
Remote-MTA: dns; mx.firma-example.cz
Diagnostic-Code: smtp; 550 5.1.1 <pavel.dvorak@firma-example.cz>: Recipient address rejected: User unknown in local recipient table

--1776691328-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from mx1.shop.example.be ([192.0.2.10])
	by mail.hosting-example.cz with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	(envelope-from <privacy@shop.example.be>)
	id 1wK3pY-00071X-2b
	for p.dvorak@dvorak-example.cz;
	Mon, 20 Apr 2026 15:22:06 +0200
Message-ID: <e1a90b3c-55d2-4f0e-9c7b-8d2a61f4c019@shop.example.be>
Date: Mon, 20 Apr 2026 15:22:03 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?utf-8?q?Shop_Example_=E2=80=93_ochrana_osobn=C3=ADch_=C3=BAdaj=C5=AF?= <privacy@shop.example.be>
To: =?utf-8?q?Pavel_Dvo=C5=99=C3=A1k?= <p.dvorak@dvorak-example.cz>
Subject: =?utf-8?q?Re=3A_Pozv=C3=A1nka_od_kamar=C3=A1da_=E2=80=93_odkud_m?=
 =?utf-8?q?=C3=A1te_m=C5=AFj_e-mail=3F?=
References: <7b1f0e22-a3c4-4b19-9f61-22cd07e8a1d3@dvorak-example.cz>
In-Reply-To: <7b1f0e22-a3c4-4b19-9f61-22cd07e8a1d3@dvorak-example.cz>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dobrý den, pane Dvořáku,

děkujeme za Váš dotaz. Vaši e-mailovou adresu zadal do formuláře programu
„Doporuč kamarádovi“ jeden z našich zákazníků. Pozvánku jsme odeslali jednou,
3. dubna 2026, a adresu jsme uložili pouze pro účely této pozvánky.

Jméno doporučitele Vám bez jeho souhlasu sdělit nemůžeme, protože jde o jeho
osobní údaje. Vaši adresu jsme z programu doporučení vymazali a žádné další
pozvánky Vám nepřijdou.

S pozdravem
Tým ochrany osobních údajů
Shop Example BV

--1776691328-eximdsn-1804289383--
'''),
    ('cs', 'giftcard-platform-delivered-notice-bcc-archive', 'automated', (),
'''Return-Path: <bounces+2189443-8c1e-privacy=shop.example.be@em4471.kartix-example.cz>
Delivered-To: privacy@shop.example.be
Received: from o1678912.outbound-mail.sendgrid.net (o1678912.outbound-mail.sendgrid.net [149.72.164.35])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GvR8y0KcQz1xMs
	for <privacy@shop.example.be>; Thu, 14 May 2026 09:00:28 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=kartix-example.cz; s=s1;
	t=1778742026; h=content-transfer-encoding:content-type:from:mime-version:subject:to:cc:content-type:from:subject:to;
	bh=6IpNYOxA5cUsJTABDxkP7lMXffc10LWYCq1lIZgxQ68=;
	b=fFLUm6sbF+rDGLp2swavMB+O/+OMY/HjnOZe/ClcBqS9shNoKN4E+Yw50fSVHMU+wqetTl5UTt4Y
	 APHn1QekKgsSZh1top+02R/I8/GMEFuUZoXTF8n2ngsPy4MmnsocKDirDyUDWD0gnkd069W0VTBU
	 uQntRrZEZXh8gSQ18IyyiKuWC54Z76Iaj+Qo0eQy/bKo
Received: by filterdrecv-7d9f5c6b4-2xkqp with SMTP id filterdrecv-7d9f5c6b4-2xkqp-1-6645110A-1B
        Thu, 14 May 2026 07:00:26 +0000
Received: from giftcards.kartix-example.cz (unknown)
	by geopod-ismtpd-12 (SG) with HTTP
	id 3nQ8Zr0cS7uvXyA0bT3d2Q
	Thu, 14 May 2026 07:00:26 +0000
Content-Type: multipart/alternative; boundary=00061be13d551d4acba7821bdce65b43
Date: Thu, 14 May 2026 07:00:26 +0000
From: =?utf-8?b?U2hvcCBFeGFtcGxlIOKAkyBkw6Fya292w6kga2FydHk=?= <noreply@giftcards.kartix-example.cz>
Mime-Version: 1.0
Message-ID: <3nQ8Zr0cS7uvXyA0bT3d2Q@geopod-ismtpd-12>
Subject: =?utf-8?q?D=C3=A1rkov=C3=A1_karta_byla_doru=C4=8Dena_p=C5=99=C3=ADj?=
 =?utf-8?q?emci_=E2=80=93_objedn=C3=A1vka_GC-CZ-2026-118406?=
To: =?utf-8?b?UGV0cmEgU3ZvYm9kb3bDoQ==?= <petra.svobodova@email-example.cz>
X-SG-EID: u001.v2ZsixDhlKn+1QQE00CW4IcGLyNA2ZFwAd04G0taD1oFG8ZViggA3II99cfC3dvp
X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3BoS0ogBsbpdBMI7ko/nAI6j9wqCs/xtWcRB/tHQr
X-Entity-ID: u001.Qd9hM4Jb1X2r7kZ0m8fNTg==

--00061be13d551d4acba7821bdce65b43
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0

Dobr=C3=BD den, Petro,

Va=C5=A1e elektronick=C3=A1 d=C3=A1rkov=C3=A1 karta Shop Example byla =C3=
=BAsp=C4=9B=C5=A1n=C4=9B doru=C4=8Dena.

P=C5=99=C3=ADjemce: Jana Nov=C3=A1kov=C3=A1
E-mail p=C5=99=C3=ADjemce: jana.novakova@email-example.cz
Hodnota karty: 60,00 EUR
Doru=C4=8Deno: 14. 5. 2026 v 9:00
Va=C5=A1e v=C4=9Bnov=C3=A1n=C3=AD: =E2=80=9EV=C5=A1echno nejlep=C5=A1=C3=AD=
 k narozenin=C3=A1m! Petra=E2=80=9C

=C4=8C=C3=ADslo objedn=C3=A1vky: GC-CZ-2026-118406
Platnost karty: do 14. 5. 2027

Kartu lze uplatnit v e-shopu, v aplikaci i v prodejn=C3=A1ch Shop Example. =
Z=C5=AFstatek si p=C5=99=C3=ADjemce ov=C4=9B=C5=99=C3=AD na https://giftcar=
ds.kartix-example.cz/zustatek.

Ochrana osobn=C3=ADch =C3=BAdaj=C5=AF: jm=C3=A9no a e-mailovou adresu p=C5=
=99=C3=ADjemce jsme pou=C5=BEili v=C3=BDhradn=C4=9B k doru=C4=8Den=C3=AD d=
=C3=A1rkov=C3=A9 karty. =C3=9Adaje uchov=C3=A1v=C3=A1me po dobu platnosti k=
arty a pot=C3=A9 je vyma=C5=BEeme. V=C3=ADce v z=C3=A1sad=C3=A1ch ochrany o=
sobn=C3=ADch =C3=BAdaj=C5=AF: https://www.shop.example.be/cs/ochrana-udaju

Tento e-mail byl vygenerov=C3=A1n automaticky. Pros=C3=ADme, neodpov=C3=ADd=
ejte na n=C4=9Bj.

Kartix s.r.o. pro Shop Example BV

--00061be13d551d4acba7821bdce65b43
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8
Mime-Version: 1.0

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:Verdana,Arial,sans-serif;font-size:14px;color:#22=
2;max-width:600px">
<p>Dobr=C3=BD den, Petro,</p>
<p>Va=C5=A1e elektronick=C3=A1 d=C3=A1rkov=C3=A1 karta Shop Example byla =
=C3=BAsp=C4=9B=C5=A1n=C4=9B doru=C4=8Dena.</p>
<p>P=C5=99=C3=ADjemce: Jana Nov=C3=A1kov=C3=A1<br>
E-mail p=C5=99=C3=ADjemce: jana.novakova@email-example.cz<br>
Hodnota karty: 60,00 EUR<br>
Doru=C4=8Deno: 14. 5. 2026 v 9:00<br>
Va=C5=A1e v=C4=9Bnov=C3=A1n=C3=AD: =E2=80=9EV=C5=A1echno nejlep=C5=A1=C3=AD=
 k narozenin=C3=A1m! Petra=E2=80=9C</p>
<p>=C4=8C=C3=ADslo objedn=C3=A1vky: GC-CZ-2026-118406<br>
Platnost karty: do 14. 5. 2027</p>
<p>Kartu lze uplatnit v e-shopu, v aplikaci i v prodejn=C3=A1ch Shop Exampl=
e. Z=C5=AFstatek si p=C5=99=C3=ADjemce ov=C4=9B=C5=99=C3=AD na https://gift=
cards.kartix-example.cz/zustatek.</p>
<p>Ochrana osobn=C3=ADch =C3=BAdaj=C5=AF: jm=C3=A9no a e-mailovou adresu p=
=C5=99=C3=ADjemce jsme pou=C5=BEili v=C3=BDhradn=C4=9B k doru=C4=8Den=C3=AD=
 d=C3=A1rkov=C3=A9 karty. =C3=9Adaje uchov=C3=A1v=C3=A1me po dobu platnosti=
 karty a pot=C3=A9 je vyma=C5=BEeme. V=C3=ADce v z=C3=A1sad=C3=A1ch ochrany=
 osobn=C3=ADch =C3=BAdaj=C5=AF: https://www.shop.example.be/cs/ochrana-udaj=
u</p>
<p>Tento e-mail byl vygenerov=C3=A1n automaticky. Pros=C3=ADme, neodpov=C3=
=ADdejte na n=C4=9Bj.</p>
<p>Kartix s.r.o. pro Shop Example BV</p>
</div>
</body>
</html>

--00061be13d551d4acba7821bdce65b43--
'''),
    ('cs', 'thunderbird-read-receipt-giftcard-balance-reply', 'automated', (),
'''Return-Path: <lucie.cerna@email-example.cz>
Delivered-To: privacy@shop.example.be
Received: from smtp.email-example.cz (smtp.email-example.cz [203.0.113.90])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkH3q5JtWz1xRr
	for <privacy@shop.example.be>; Tue, 28 Apr 2026 19:37:04 +0200 (CEST)
Message-ID: <f3a0c5d1-8b7e-4c2a-b1d9-6e4f0a9c2b37@email-example.cz>
Date: Tue, 28 Apr 2026 19:37:02 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?utf-8?q?Lucie_=C4=8Cern=C3=A1?= <lucie.cerna@email-example.cz>
To: privacy@shop.example.be
Subject: =?utf-8?q?Potvrzen=C3=AD_o_p=C5=99e=C4=8Dten=C3=AD_=28zobrazeno=29_?=
 =?utf-8?q?-_Re=3A_Z=C5=AFstatek_d=C3=A1rkov=C3=A9_karty_na_star=C3=A9m_?=
 =?utf-8?q?=C3=BA=C4=8Dtu?=
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------6FWEFF9D3SGI18M55ULEG866"

This is a multi-part message in MIME format.
--------------6FWEFF9D3SGI18M55ULEG866
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Toto je potvrzení o přečtení zprávy, kterou jste odeslali na adresu lucie.cerna@email-example.cz.

Poznámka: Toto potvrzení pouze znamená, že zpráva byla zobrazena na počítači příjemce. Není zaručeno, že příjemce zprávu přečetl nebo porozuměl jejímu obsahu.

--------------6FWEFF9D3SGI18M55ULEG866
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: email-example.cz; Mozilla Thunderbird
Final-Recipient: rfc822;lucie.cerna@email-example.cz
Original-Message-ID: <4d7e2b90-1c3a-4f5e-8a61-0b9c3d2e7f18@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------6FWEFF9D3SGI18M55ULEG866
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Message-ID: <4d7e2b90-1c3a-4f5e-8a61-0b9c3d2e7f18@shop.example.be>
Date: Tue, 28 Apr 2026 16:26:51 +0200
MIME-Version: 1.0
Disposition-Notification-To: =?utf-8?q?Shop_Example_=E2=80=93_ochrana_osobn=C3=ADch_=C3=BAdaj=C5=AF?= <privacy@shop.example.be>
From: =?utf-8?q?Shop_Example_=E2=80=93_ochrana_osobn=C3=ADch_=C3=BAdaj=C5=AF?= <privacy@shop.example.be>
To: =?utf-8?q?Lucie_=C4=8Cern=C3=A1?= <lucie.cerna@email-example.cz>
Subject: =?utf-8?q?Re=3A_Z=C5=AFstatek_d=C3=A1rkov=C3=A9_karty_na_star=C3=A9?=
 =?utf-8?q?m_=C3=BA=C4=8Dtu?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

--------------6FWEFF9D3SGI18M55ULEG866--
'''),
    ('cs', 'sieve-vacation-coupon-site-partner-manager', 'automated', (),
'''Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.kuponovnik-example.cz (mail.kuponovnik-example.cz [203.0.113.140])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GvS2k1Vb9z1xNn
	for <privacy@shop.example.be>; Fri, 15 May 2026 11:23:33 +0200 (CEST)
Received: from mail.kuponovnik-example.cz
	by mail.kuponovnik-example.cz with LMTP
	id 8Jb7G1Q0RmY9FwAAq4mV1g
	(envelope-from <privacy@shop.example.be>)
	for <tomas.marek@kuponovnik-example.cz>; Fri, 15 May 2026 11:23:32 +0200
Message-ID: <dovecot-sieve-1778837012-412876-0@mail.kuponovnik-example.cz>
Date: Fri, 15 May 2026 11:23:32 +0200
X-Sieve: Pigeonhole Sieve 0.5.21.1
From: =?utf-8?q?Tom=C3=A1=C5=A1_Marek?= <tomas.marek@kuponovnik-example.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?b?QXV0bzogUmU6IMOaZGFqZSBwxZllZMOhdmFuw6kgeiBrdXDDs25vdsOp?=
 =?utf-8?b?aG8gcG9ydMOhbHUg4oCTIFNob3AgRXhhbXBsZQ==?=
In-Reply-To: <c9d2e1f0-7a3b-4e58-9c61-5f2a8b0d4e73@shop.example.be>
References: <c9d2e1f0-7a3b-4e58-9c61-5f2a8b0d4e73@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

do 29. 5. 2026 jsem na dovolené bez přístupu k e-mailu.

Partnerský program a kupóny pro e-shopy: partneri@kuponovnik-example.cz
Ochrana osobních údajů a GDPR: dpo@kuponovnik-example.cz

Děkuji za pochopení.

Tomáš Marek
Kupónovník.cz – vedoucí partnerského programu
'''),
    ('cs', 'person-forwards-referral-invite-which-friend', 'access', ('objection',),
'''Return-Path: <hana.prochazkova@email-example.cz>
Delivered-To: privacy@shop.example.be
Received: from smtp.email-example.cz (smtp.email-example.cz [203.0.113.90])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GwK0p7LmHz1xLq
	for <privacy@shop.example.be>; Tue, 19 May 2026 20:46:20 +0200 (CEST)
Message-ID: <a6c1f9e2-3b4d-4e07-8f25-91d0c7b3e6a4@email-example.cz>
Date: Tue, 19 May 2026 20:46:18 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: cs
To: privacy@shop.example.be
From: =?utf-8?q?Hana_Proch=C3=A1zkov=C3=A1?= <hana.prochazkova@email-example.cz>
Subject: =?utf-8?q?Fwd=3A_Martin_v=C3=A1m_pos=C3=ADl=C3=A1_10_=E2=82=AC_na_p?=
 =?utf-8?q?rvn=C3=AD_n=C3=A1kup_v_Shop_Example?=
References: <20260519153005.3f9a2c71b8d4@mail.referbuddy-example.com>
X-Forwarded-Message-Id: <20260519153005.3f9a2c71b8d4@mail.referbuddy-example.com>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dobrý den,

dnes mi přišel níže uvedený e-mail. U vás jsem nikdy nenakupovala a nikomu jsem nedala souhlas, aby vám moji adresu předal. Prosím o sdělení:

- který „kamarád“ vám moji adresu dal a kdy,
- jaké další údaje o mně máte a komu jste je předali (pozvánka přišla přes nějakou firmu ReferBuddy?).

A žádné další pozvánky ani reklamy mi prosím neposílejte.

Hana Procházková


-------- Přeposlaná zpráva --------
Předmět: 	Martin vám posílá 10 € na první nákup v Shop Example
Datum: 	Tue, 19 May 2026 17:30:05 +0200
Od: 	Shop Example <pozvanky@mail.referbuddy-example.com>
Komu: 	hana.prochazkova@email-example.cz



Ahoj,

tvůj kamarád Martin K. si myslí, že by se ti Shop Example mohl líbit, a posílá ti slevu 10 € na první nákup nad 50 €.

Tvůj kód: MARTINK-7Q2F
Platí do: 30. 6. 2026

Uplatnit slevu: https://mail.referbuddy-example.com/r/7Q2F?c=shopexample-cz

Tento e-mail jsi dostal(a), protože tvůj kamarád zadal tvou adresu v programu Doporuč kamarádovi. Pokud nechceš dostávat další pozvánky, odhlas se zde: https://mail.referbuddy-example.com/u/7Q2F
Shop Example BV, Voorbeeldstraat 1, 2000 Antwerpen, Belgie
'''),
    ('hr', 'exchange-ndr-corporate-giftcards-reply', 'automated', (),
'''Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from EDGE01.tvrtka-example.hr (mail.tvrtka-example.hr [198.51.100.88])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GcN6w2Hh3z1xKd
	for <privacy@shop.example.be>; Tue, 10 Feb 2026 13:08:42 +0100 (CET)
Received: from EX01.tvrtka-example.hr (10.0.5.11) by EDGE01.tvrtka-example.hr
 (10.0.5.21) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.2.1544.14; Tue, 10 Feb 2026 13:08:41 +0100
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tvrtka-example.hr>
To: <privacy@shop.example.be>
Date: Tue, 10 Feb 2026 13:08:41 +0100
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_b3f8a2c4-91d0-4e7a-b6c5-2f1e9d0a7c38_"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <7f4d2a19-6c0b-4e83-9d51-a2b7c8e0f164@EX01.tvrtka-example.hr>
In-Reply-To: <0e6b3c1a-2d48-4f97-a5c0-7b9e1d2f3a86@shop.example.be>
References: <0e6b3c1a-2d48-4f97-a5c0-7b9e1d2f3a86@shop.example.be>
Thread-Topic: =?utf-8?B?UmU6IFBva2xvbi1rYXJ0aWNlIHphIHphcG9zbGVuaWtlIOKAkyBp?=
 =?utf-8?B?bWVuYSBpIGUtYWRyZXNlIHByaW1hdGVsamE=?=
Thread-Index: AQHbeP9d69U4cNJBeghzkJd46
Subject: =?utf-8?B?VW5kZWxpdmVyYWJsZTogUmU6IFBva2xvbi1rYXJ0aWNlIHphIHphcG9z?=
 =?utf-8?B?bGVuaWtlIOKAkyBpbWVuYSBpIGUtYWRyZXNlIHByaW1hdGVsamE=?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--_b3f8a2c4-91d0-4e7a-b6c5-2f1e9d0a7c38_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_000_b3f8a2c491d04e7ab6c52f1e9d0a7c38_"

--_000_b3f8a2c491d04e7ab6c52f1e9d0a7c38_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Delivery has failed to these recipients or groups:

ivana.babik@tvrtka-example.hr
The e-mail address you entered couldn't be found. Please check the recipien=
t's e-mail address and try to resend the message. If the problem continues,=
 please contact your helpdesk.







Diagnostic information for administrators:

Generating server: EX01.tvrtka-example.hr

ivana.babik@tvrtka-example.hr
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:

Received: from EDGE01.tvrtka-example.hr (10.0.5.21) by EX01.tvrtka-example.=
hr
 (10.0.5.11) with Microsoft SMTP Server (version=3DTLS1_2,
 cipher=3DTLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.2.1544.14; Tue, 10 F=
eb 2026 13:08:40 +0100
Received: from mx1.shop.example.be (192.0.2.10) by EDGE01.tvrtka-example.hr
 (10.0.5.21) with Microsoft SMTP Server (version=3DTLS1_2,
 cipher=3DTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; Tue, 10 F=
eb 2026 13:08:39 +0100
Message-ID: <0e6b3c1a-2d48-4f97-a5c0-7b9e1d2f3a86@shop.example.be>
Date: Tue, 10 Feb 2026 13:08:35 +0100
From: Shop Example - Zastita podataka <privacy@shop.example.be>
To: Ivana Babic <ivana.babik@tvrtka-example.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: base64

--_000_b3f8a2c491d04e7ab6c52f1e9d0a7c38_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:Segoe UI,Tahoma,sans-serif;font-size:11pt">
<p>Delivery has failed to these recipients or groups:</p>
<p>ivana.babik@tvrtka-example.hr<br>
The e-mail address you entered couldn't be found. Please check the recipien=
t's e-mail address and try to resend the message. If the problem continues,=
 please contact your helpdesk.</p>
<p>Diagnostic information for administrators:</p>
<p>Generating server: EX01.tvrtka-example.hr</p>
<p>ivana.babik@tvrtka-example.hr<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##</p>
<p>Original message headers:</p>
<p>Received: from EDGE01.tvrtka-example.hr (10.0.5.21) by EX01.tvrtka-examp=
le.hr<br>
 (10.0.5.11) with Microsoft SMTP Server (version=3DTLS1_2,<br>
 cipher=3DTLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.2.1544.14; Tue, 10 F=
eb 2026 13:08:40 +0100<br>
Received: from mx1.shop.example.be (192.0.2.10) by EDGE01.tvrtka-example.hr=
<br>
 (10.0.5.21) with Microsoft SMTP Server (version=3DTLS1_2,<br>
 cipher=3DTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; Tue, 10 F=
eb 2026 13:08:39 +0100<br>
Message-ID: &lt;0e6b3c1a-2d48-4f97-a5c0-7b9e1d2f3a86@shop.example.be&gt;<br>
Date: Tue, 10 Feb 2026 13:08:35 +0100<br>
From: Shop Example - Zastita podataka &lt;privacy@shop.example.be&gt;<br>
To: Ivana Babic &lt;ivana.babik@tvrtka-example.hr&gt;<br>
MIME-Version: 1.0<br>
Content-Type: text/plain; charset=3D"utf-8"<br>
Content-Transfer-Encoding: base64</p>
</div>
</body>
</html>

--_000_b3f8a2c491d04e7ab6c52f1e9d0a7c38_--

--_b3f8a2c4-91d0-4e7a-b6c5-2f1e9d0a7c38_
Content-Type: message/delivery-status

Reporting-MTA: dns;EX01.tvrtka-example.hr
Received-From-MTA: dns;EDGE01.tvrtka-example.hr
Arrival-Date: Tue, 10 Feb 2026 13:08:40 +0100

Final-Recipient: rfc822;ivana.babik@tvrtka-example.hr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--_b3f8a2c4-91d0-4e7a-b6c5-2f1e9d0a7c38_
Content-Type: message/rfc822

Received: from EDGE01.tvrtka-example.hr (10.0.5.21) by EX01.tvrtka-example.hr
 (10.0.5.11) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.2.1544.14; Tue, 10 Feb 2026 13:08:40 +0100
Message-ID: <0e6b3c1a-2d48-4f97-a5c0-7b9e1d2f3a86@shop.example.be>
Date: Tue, 10 Feb 2026 13:08:35 +0100
From: =?utf-8?b?U2hvcCBFeGFtcGxlIOKAkyBaYcWhdGl0YSBwb2RhdGFrYQ==?= <privacy@shop.example.be>
To: =?utf-8?b?SXZhbmEgQmFiacSH?= <ivana.babik@tvrtka-example.hr>
Subject: =?utf-8?b?UmU6IFBva2xvbi1rYXJ0aWNlIHphIHphcG9zbGVuaWtlIOKAkyBpbWVu?=
 =?utf-8?b?YSBpIGUtYWRyZXNlIHByaW1hdGVsamE=?=
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

UG/FoXRvdmFuYSBnb3Nwb8SRbyBCYWJpxIcsCgp6YWh2YWxqdWplbW8gbmEgbmFydWTFvmJpIDQw
IHBva2xvbi1rYXJ0aWNhIHphIHphcG9zbGVuaWtlIHR2cnRrZSBUdnJ0a2EgZC5vLm8uIEltZW5h
IGkgZS1hZHJlc2UgcHJpbWF0ZWxqYSBtb2xpbW8gbmUgxaFhbGppdGUga2FvIG5lemHFoXRpxIdl
bnUgRXhjZWwgdGFibGljdSBlLXBvxaF0b20sIG5lZ28gcHV0ZW0gcG92ZXpuaWNlIHphIHNpZ3Vy
YW4gcHJpamVub3Mga29qdSDEh2V0ZSBwcmltaXRpIG9kIG5hxaFlIHNsdcW+YmUgemEga29ycG9y
YXRpdm5lIGt1cGNlLgoKSW1lbmEgaSBlLWFkcmVzZSB6YXBvc2xlbmlrYSBrb3Jpc3RpdCDEh2Vt
byBpc2tsanXEjWl2byB6YSBkb3N0YXZ1IHBva2xvbi1rYXJ0aWNhIGkgaXpicmlzYXQgxIdlbW8g
aWggOTAgZGFuYSBuYWtvbiBkb3N0YXZlLiBaYXBvc2xlbmljaW1hIG5lxIdlbW8gc2xhdGkgcHJv
bW90aXZuZSBwb3J1a2UuCgpTcmRhxI1hbiBwb3pkcmF2LApUaW0gemEgemHFoXRpdHUgcG9kYXRh
a2EKU2hvcCBFeGFtcGxlIEJWCg==

--_b3f8a2c4-91d0-4e7a-b6c5-2f1e9d0a7c38_--
'''),
    ('hr', 'referral-platform-data-export-ready', 'automated', (),
'''Return-Path: <pm_bounces@pm-bounces.referalko-example.hr>
Delivered-To: privacy@shop.example.be
Received: from sc-ord-mta117.mtasv.net (sc-ord-mta117.mtasv.net [50.31.156.117])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4H0f9R3sYkz1xJc
	for <privacy@shop.example.be>; Tue, 07 Jul 2026 10:19:55 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=pm.mtasv.net; s=pm20240301;
	t=1783412392; h=Date:From:To:Subject:Message-Id:Feedback-ID:Date:From:To:Subject:Message-Id:Feedback-ID;
	bh=jUTpd9h98oLOqWicJy2PJWUxibe7Q7JokMXSBOcMGb4=;
	b=pc8kT1+BKEGkGdarvQEW074vzmPgykU5ynB7J4oVVck1EZhU9iMFzFtitDg8UmFMHPaIwX79eY0r
	 Qjxlc4mZ9F1YPC18TnjJhQNCGQEpxB+2hu5dhKvqHVUYLB1VcrzlgzRA2oOPsKWWmeCwx7PRT8B1
	 gocFEOTYPT9s+XTsjgH8N5NG9rvAGl/0KdAHJ8lcFXLW
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=referalko-example.hr; s=20240812pm;
	t=1783412392; h=Date:From:To:Subject:Message-Id:From:Subject:Date:To:Cc:Message-Id;
	bh=1LUvPBFDRgDZI3rC+qsCIXh1Ln5BWb2elyP+ns2qHQ8=;
	b=p1vusrwV+QXxwjSH57byS5297YZdtS+sAb1Byb98eJYILjZfwl12a56kddRWP6YEYqlb83wbz7Uy
	 njVUDXD+Q9z/bo8nAXpSiMWtCbxLghOt0q1jCNleKBQRav3NxRXLmDUdZqS5b/O8nAPJBNzLIAD7
	 B6PbRFrF/RL4RbM2B5gvQODUiJIxeVJQAqGwiKSL7LMm
Date: Tue, 07 Jul 2026 08:19:52 +0000
From: Referalko <noreply@app.referalko-example.hr>
To: privacy@shop.example.be
Message-Id: <158bf9fd-8887-7216-8b80-fb363f6482ac@mtasv.net>
Subject: =?utf-8?q?Va=C5=A1_izvoz_podataka_je_spreman=3A_Sudionici_programa_?=
 =?utf-8?q?preporuka_=282026-Q2=29?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="mk3-a2d6cdf251ff7174e18967303a5962b0"
X-PM-Message-Id: 9ef4d768-443c-ca11-fa3f-f5ae340dd4ba
X-PM-RCPT: |bTB8NjE4MjA0fDE0NTM5OHxwcml2YWN5QHNob3AuZXhhbXBsZS5iZQ==|
X-PM-Tag: data-export-ready
X-PM-Message-Stream: outbound
Feedback-ID: s6182-ZGF0YS1leHBvcnQtcmVhZHk=:s6182:a145398:postmark
X-Complaints-To: abuse@postmarkapp.com
Auto-Submitted: auto-generated

--mk3-a2d6cdf251ff7174e18967303a5962b0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Pozdrav,

izvoz podataka koji ste zatra=C5=BEili 7. srpnja 2026. u 10:12 spreman je z=
a preuzimanje.

Naziv izvoza: Sudionici programa preporuka =E2=80=93 Shop Example (2026-Q2)
Format: CSV (UTF-8)
Broj zapisa: 2 314
Sadr=C5=BEaj: ID preporu=C4=8Ditelja, ime i prezime preporu=C4=8Ditelja, e-=
adresa pozvanog prijatelja, datum pozivnice, status nagrade, privola za mar=
keting

Preuzmite izvoz: https://app.referalko-example.hr/exports/7f3c19d2/download

Poveznica vrijedi 72 sata i mo=C5=BEe se iskoristiti samo jednom. Nakon tog=
a izvoz se trajno bri=C5=A1e s na=C5=A1ih poslu=C5=BEitelja.

Izvoz sadr=C5=BEi osobne podatke. Pohranite ga na sigurno mjesto i obra=C4=
=91ujte u skladu s Op=C4=87om uredbom o za=C5=A1titi podataka (GDPR) i Ugov=
orom o obradi podataka izme=C4=91u Shop Example BV i Referalko d.o.o.

Ako niste zatra=C5=BEili ovaj izvoz, odmah se obratite na=C5=A1oj podr=C5=
=A1ci na sigurnost@referalko-example.hr.

Referalko d.o.o. =C2=B7 Ulica primjera 12, 10000 Zagreb
Ova je poruka automatski generirana. Molimo ne odgovarajte na nju.

--mk3-a2d6cdf251ff7174e18967303a5962b0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;c=
olor:#1f2937">
<p>Pozdrav,</p>
<p>izvoz podataka koji ste zatra=C5=BEili 7. srpnja 2026. u 10:12 spreman j=
e za preuzimanje.</p>
<p>Naziv izvoza: Sudionici programa preporuka =E2=80=93 Shop Example (2026-=
Q2)<br>
Format: CSV (UTF-8)<br>
Broj zapisa: 2 314<br>
Sadr=C5=BEaj: ID preporu=C4=8Ditelja, ime i prezime preporu=C4=8Ditelja, e-=
adresa pozvanog prijatelja, datum pozivnice, status nagrade, privola za mar=
keting</p>
<p>Preuzmite izvoz: https://app.referalko-example.hr/exports/7f3c19d2/downl=
oad</p>
<p>Poveznica vrijedi 72 sata i mo=C5=BEe se iskoristiti samo jednom. Nakon =
toga izvoz se trajno bri=C5=A1e s na=C5=A1ih poslu=C5=BEitelja.</p>
<p>Izvoz sadr=C5=BEi osobne podatke. Pohranite ga na sigurno mjesto i obra=
=C4=91ujte u skladu s Op=C4=87om uredbom o za=C5=A1titi podataka (GDPR) i U=
govorom o obradi podataka izme=C4=91u Shop Example BV i Referalko d.o.o.</p>
<p>Ako niste zatra=C5=BEili ovaj izvoz, odmah se obratite na=C5=A1oj podr=
=C5=A1ci na sigurnost@referalko-example.hr.</p>
<p>Referalko d.o.o. =C2=B7 Ulica primjera 12, 10000 Zagreb<br>
Ova je poruka automatski generirana. Molimo ne odgovarajte na nju.</p>
</div>
</body>
</html>

--mk3-a2d6cdf251ff7174e18967303a5962b0--
'''),
    ('hr', 'gmail-vacation-responder-customer', 'automated', (),
'''Return-Path: <marko.kovac.zg@gmail.com>
Delivered-To: privacy@shop.example.be
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
	by mx1.shop.example.be (Postfix) with SMTPS id 4H3bQ0wKpJz1xHc
	for <privacy@shop.example.be>; Tue, 11 Aug 2026 14:05:34 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
	t=1786449933; h=to:subject:message-id:date:from:auto-submitted:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to;
	bh=M9Jfh7rxviXsmyp2GRtQoCd59zi43jwu6snak25OdJQ=;
	b=alkCH3xhynOTvOJYM/JW4BXKM1zo6kyBJy1wc/zQFSvmK6jyt/zYzgxC2/I1axHCX+QAbqjZvMJE
	 l1MasGjgvFUzP6MrhiNt3PEyg+LnWXhRp1XwDn+qksldsklfnfUyAmebn+gfB8u8RTA2cYYWslMj
	 SmB7BrcM16nCVYCTh46bR7xGHo//RSBzmeq7J8AjSuh+
X-Google-Smtp-Source: AGHT+IYBRCX+tn/op8GIerAd6pAlFVer3p1hd85u0k0Hhbz7UpDiI9WY5VjyChD5Z/u+ed1qFHgj
X-Received: by 2002:a05:6000:4029:b0:3a4:f2c1:9e8b with SMTP id ffacd0b85a97d-3b7c2d1e4a9mr1432856f8f.41.1786449933000;
        Tue, 11 Aug 2026 05:05:33 -0700 (PDT)
MIME-Version: 1.0
References: <5c0e2d71-94ab-4f3c-8e16-b7a9d3f10c52@shop.example.be>
In-Reply-To: <5c0e2d71-94ab-4f3c-8e16-b7a9d3f10c52@shop.example.be>
Auto-Submitted: auto-replied
From: =?utf-8?Q?Marko_Kova=C4=8D?= <marko.kovac.zg@gmail.com>
Date: Tue, 11 Aug 2026 14:05:33 +0200
Message-ID: <CAH3k9pVNPbo7JGf2gsmYVQvEyTURnmnFEitB6@mail.gmail.com>
Subject: =?utf-8?Q?Na_godi=C5=A1njem_odmoru_do_24=2E_kolovoza?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000008080b75732991a59"

--0000000000008080b75732991a59
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Pozdrav,

na godi=C5=A1njem sam odmoru do 24. kolovoza i samo povremeno provjeravam p=
o=C5=A1tu. Na va=C5=A1u poruku odgovorit =C4=87u nakon povratka.

Marko

--0000000000008080b75732991a59
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Pozdrav,</div><div dir=3D"ltr"><br></div><div dir=3D"ltr">=
na godi=C5=A1njem sam odmoru do 24. kolovoza i samo povremeno provjeravam p=
o=C5=A1tu. Na va=C5=A1u poruku odgovorit =C4=87u nakon povratka.</div><div =
dir=3D"ltr"><br></div><div dir=3D"ltr">Marko</div>

--0000000000008080b75732991a59--
'''),
    ('hr', 'person-forwards-strangers-egiftcard-complains', 'complaint', (),
'''Return-Path: <ana.peric@posta-example.hr>
Delivered-To: privacy@shop.example.be
Received: from smtp.posta-example.hr (smtp.posta-example.hr [198.51.100.150])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4H6xW2nVcLz1xGb
	for <privacy@shop.example.be>; Wed, 09 Sep 2026 22:40:19 +0200 (CEST)
Received: from DESKTOPANA (cpe-46-188-3-77.dynamic.isp-example.hr [192.0.2.77])
	(Authenticated sender: ana.peric@posta-example.hr)
	by smtp.posta-example.hr (Postfix) with ESMTPSA id 3A1F0C2B44
	for <privacy@shop.example.be>; Wed, 09 Sep 2026 22:40:18 +0200 (CEST)
From: =?utf-8?q?Ana_Peri=C4=87?= <ana.peric@posta-example.hr>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?FW=3A_Va=C5=A1a_e-poklon_kartica_od_Luke_je_stigla!?=
Date: Wed, 09 Sep 2026 22:40:17 +0200
Message-ID: <000001db2f6a$4c1e9a30$e45bce90$@posta-example.hr>
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_NextPart_000_0041_01DB2F6A.5C89777D"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQKzVmp2Si2qOuj6Kc
Content-Language: hr

This is a multipart message in MIME format.

------=_NextPart_000_0041_01DB2F6A.5C89777D
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

pi=C5=A1em vam ve=C4=87 drugi put (prvi put 2. rujna, bez ikakvog odgovora)=
. Dobila sam e-poklon karticu namijenjenu nekoj drugoj osobi, u poruci su i=
me kupca, ime primateljice, osobna posveta te kod i PIN kartice. O=C4=8Dito=
 je netko krivo upisao adresu, ali va=C5=A1 sustav to =C5=A1alje bez ikakve=
 provjere.

Smatram da je ovo povreda osobnih podataka, i te osobe i moja, jer je moja =
adresa o=C4=8Dito negdje u va=C5=A1oj bazi povezana s tu=C4=91om narud=C5=
=BEbom. Ako u roku od 8 dana ne dobijem obja=C5=A1njenje kako se to dogodil=
o i =C5=A1to ste poduzeli, podnijet =C4=87u prigovor Agenciji za za=C5=A1ti=
tu osobnih podataka (AZOP).

Ana Peri=C4=87
Split

Od: Shop Example <giftcards@mail.shop.example.be>
Poslano: ponedjeljak, 31. kolovoza 2026. 08:00
Prima: ana.peric@posta-example.hr
Predmet: Va=C5=A1a e-poklon kartica od Luke je stigla!

Draga Maja,

Luka ti =C5=A1alje e-poklon karticu Shop Example u vrijednosti od 50,00 EUR!

=E2=80=9ESretan ro=C4=91endan, sestrice! Kupi si ne=C5=A1to lijepo. Luka=E2=
=80=9C

Kod kartice: 6029 4418 7730 2156
PIN: 4471
Vrijedi do: 31. 8. 2027.

Karticu mo=C5=BEe=C5=A1 iskoristiti u web-trgovini, aplikaciji ili u na=C5=
=A1im trgovinama.

Ovo je automatski generirana poruka. Molimo ne odgovarajte na nju.
Shop Example BV

------=_NextPart_000_0041_01DB2F6A.5C89777D
Content-Type: text/html;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:Calibri,sans-serif;font-size:11.0pt">
<p>Po=C5=A1tovani,</p>
<p>pi=C5=A1em vam ve=C4=87 drugi put (prvi put 2. rujna, bez ikakvog odgovo=
ra). Dobila sam e-poklon karticu namijenjenu nekoj drugoj osobi, u poruci s=
u ime kupca, ime primateljice, osobna posveta te kod i PIN kartice. O=C4=8D=
ito je netko krivo upisao adresu, ali va=C5=A1 sustav to =C5=A1alje bez ika=
kve provjere.</p>
<p>Smatram da je ovo povreda osobnih podataka, i te osobe i moja, jer je mo=
ja adresa o=C4=8Dito negdje u va=C5=A1oj bazi povezana s tu=C4=91om narud=
=C5=BEbom. Ako u roku od 8 dana ne dobijem obja=C5=A1njenje kako se to dogo=
dilo i =C5=A1to ste poduzeli, podnijet =C4=87u prigovor Agenciji za za=C5=
=A1titu osobnih podataka (AZOP).</p>
<p>Ana Peri=C4=87<br>
Split</p>
<p>Od: Shop Example &lt;giftcards@mail.shop.example.be&gt;<br>
Poslano: ponedjeljak, 31. kolovoza 2026. 08:00<br>
Prima: ana.peric@posta-example.hr<br>
Predmet: Va=C5=A1a e-poklon kartica od Luke je stigla!</p>
<p>Draga Maja,</p>
<p>Luka ti =C5=A1alje e-poklon karticu Shop Example u vrijednosti od 50,00 =
EUR!</p>
<p>=E2=80=9ESretan ro=C4=91endan, sestrice! Kupi si ne=C5=A1to lijepo. Luka=
=E2=80=9C</p>
<p>Kod kartice: 6029 4418 7730 2156<br>
PIN: 4471<br>
Vrijedi do: 31. 8. 2027.</p>
<p>Karticu mo=C5=BEe=C5=A1 iskoristiti u web-trgovini, aplikaciji ili u na=
=C5=A1im trgovinama.</p>
<p>Ovo je automatski generirana poruka. Molimo ne odgovarajte na nju.<br>
Shop Example BV</p>
</div>
</body>
</html>

------=_NextPart_000_0041_01DB2F6A.5C89777D--

'''),
    ('sv', 'exchange-oof-cashback-agency-iso8859', 'automated', (),
'''Return-Path: <johan.ek@aterbaring-example.se>
Delivered-To: privacy@shop.example.be
Received: from mail.aterbaring-example.se (mail.aterbaring-example.se [192.0.2.163])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4H1tKq0RxDz1xFb
	for <privacy@shop.example.be>; Tue, 21 Jul 2026 10:02:49 +0200 (CEST)
Received: from EXCH02.ad.aterbaring-example.se (10.1.1.12) by
 EXCH01.ad.aterbaring-example.se (10.1.1.11) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.2.1544.11; Tue, 21 Jul 2026 10:02:47 +0200
From: Johan Ek <johan.ek@aterbaring-example.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatiskt_svar=3A_Radering_av_ID-kopior_=E2=80=93_kampa?=
 =?utf-8?Q?njen_Sommarpeng_2026?=
Thread-Topic: =?utf-8?Q?Radering_av_ID-kopior_=E2=80=93_kampanjen_Sommarpeng?=
 =?utf-8?Q?_2026?=
Thread-Index: AQHb+SfTYhjcOaiaefip9L3y
Date: Tue, 21 Jul 2026 10:02:47 +0200
Message-ID: <a8e3c5f1d2b64c07b9e4f61a2d08c3b7@EXCH02.ad.aterbaring-example.se>
In-Reply-To: <2f91c4a7-0b3d-4e6f-8a25-c7d1e9b04f62@shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-AutoReplyType: OOF
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hej,

Jag =E4r p=E5 semester till och med den 9 augusti och l=E4ser inte e-post.

Fr=E5gor om kampanjen Sommarpeng 2026 (inskickade kvitton, ID-kopior, utbet=
alningar) skickas till kampanj@aterbaring-example.se.
Beg=E4ran om radering av personuppgifter hanteras av v=E5rt dataskyddsombud=
: dataskydd@aterbaring-example.se.

Med v=E4nlig h=E4lsning
Johan Ek
Kampanjansvarig, =C5terb=E4ring Norden AB
'''),
    ('sv', 'qmail-bounce-reply-giftcard-balance-old-account', 'automated', (),
'''Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.bredband-example.se (mail.bredband-example.se [192.0.2.145])
	by mx1.shop.example.be (Postfix) with ESMTP id 4H5qRn2WfTz1xDd
	for <privacy@shop.example.be>; Thu, 03 Sep 2026 10:12:45 +0200 (CEST)
Received: (qmail 28417 invoked for bounce); 3 Sep 2026 08:12:44 -0000
Date: 3 Sep 2026 08:12:44 -0000
From: MAILER-DAEMON@mail.bredband-example.se
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.bredband-example.se.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<lindqvist.e@bredband-example.se>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28411 invoked from network); 3 Sep 2026 08:12:42 -0000
Received: from mx1.shop.example.be (192.0.2.10)
  by mail.bredband-example.se with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 3 Sep 2026 08:12:42 -0000
Message-ID: <9a2e4c61-7d08-4b3f-a1e5-62c0f8d3b794@shop.example.be>
Date: Thu, 03 Sep 2026 10:12:36 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Shop Example - Dataskydd <privacy@shop.example.be>
To: Eva Lindqvist <lindqvist.e@bredband-example.se>
Subject: =?utf-8?q?Re=3A_Saldo_p=C3=A5_presentkort_kopplat_till_gammalt_kont?=
 =?utf-8?q?o?=
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hej Eva,

Tack f=C3=B6r ditt mejl. Presentkortet (slutsiffror 3318) =C3=A4r kopplat t=
ill ditt gamla kundkonto, som registrerades med e-postadressen eva.l@gammal=
-example.se. Saldot =C3=A4r 27,50 EUR och kortet g=C3=A4ller till den 30 no=
vember 2026.

Innan vi flyttar saldot till ditt nya konto beh=C3=B6ver vi bekr=C3=A4fta a=
tt b=C3=A5da kontona =C3=A4r dina. Svara p=C3=A5 det h=C3=A4r mejlet fr=C3=
=A5n adressen som =C3=A4r kopplad till det gamla kontot, eller logga in p=
=C3=A5 b=C3=A5da kontona i appen.

V=C3=A4nliga h=C3=A4lsningar
Dataskyddsteamet
Shop Example BV
'''),
    ('sv', 'payment-provider-subprocessor-change-notice', 'automated', (),
'''Return-Path: <0102019a3ffd00da-436fc73d-efba-b1ef-0311-f49ad88507f7-000000@eu-west-1.amazonses.com>
Delivered-To: privacy@shop.example.be
Received: from a7-18.smtp-out.eu-west-1.amazonses.com (a7-18.smtp-out.eu-west-1.amazonses.com [54.240.7.18])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4H8mZc1QyPz1xCc
	for <privacy@shop.example.be>; Thu, 01 Oct 2026 11:00:11 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=nordpay-example.se; s=ses2025;
	t=1790845209; h=Subject:From:To:Date:MIME-Version:Content-Type:Message-ID;
	bh=AW9l8S3zIhuEhP5gI90/EUcPqw0vqovJX8gLKffjWn8=;
	b=rL3xayM6x4gSoKyz601cr2qb/yBrq3XtDgshO+YpAl2sGMtFO8brNmsYwb+8IefbPjMw+UmR3j+J
	 4aDY+AstrfaEIz0R3vE57PH6yiKw5WMI91gqgxjl0ZaqQBM2BuPTs4dLNjJHDP0nUKewySKrzEEt
	 i5TwSi01NRgTr9o5YcbCn1qk7yQXaCQoSQ9Oy9MKl7FZ
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=amazonses.com; s=shh3fegwg5fppqsuzphvschd53n6ihuv;
	t=1790845209; h=Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID;
	bh=PK1Rpo32Rmqy9yNsmFNjqcD4CdqsTidn4RXBqtY5u28=;
	b=NroMRR2grXRbXfIWBvJlTZMQoinY5BUjNVazDK18KhX0mgPbk6Dyliq0uxA4rMftG3vwoHzpOy8J
	 V0bH3m0C9oXZ8mUWRjLRvD9ouofTL5Encs7Ah3srManxuy7t6ze29gh3TISkHixVoPjUHeL8aWEp
	 80KiweCILlovPGeEMA1wkOGTmfFHrUWe7Sw6iBer3jrM
Subject: =?utf-8?q?Uppdatering_av_Nordpays_underbitr=C3=A4den_=E2=80=93_g?=
 =?utf-8?q?=C3=A4ller_fr=C3=A5n_1_november_2026?=
From: Nordpay <noreply@notices.nordpay-example.se>
To: privacy@shop.example.be
Date: Thu, 01 Oct 2026 09:00:09 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_707452_486957358.1790845209412"
Message-ID: <0102019a3f4c7d21-c50d1788-6db4-a2cc-217f-fb8d29e4e078-000000@eu-west-1.amazonses.com>
Feedback-ID: ::1.eu-west-1.Zk9vR2x0c2VZb0J0bkxxS0E5dz0=:AmazonSES
X-SES-Outgoing: 2026.10.01-54.240.7.18

------=_Part_707452_486957358.1790845209412
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hej,

Du f=C3=A5r det h=C3=A4r meddelandet eftersom din adress =C3=A4r registrera=
d som kontakt f=C3=B6r dataskydd f=C3=B6r handlarkontot Shop Example BV (ha=
ndlar-ID 448 201 337).

Enligt personuppgiftsbitr=C3=A4desavtalet informerar vi om =C3=A4ndringar b=
land v=C3=A5ra underbitr=C3=A4den minst 30 dagar i f=C3=B6rv=C3=A4g. Fr=C3=
=A5n och med den 1 november 2026:

=E2=80=A2 L=C3=A4gger vi till Presentkortshuset Norden AB (Stockholm) f=C3=
=B6r utf=C3=A4rdande och inl=C3=B6sen av digitala presentkort. Underbitr=C3=
=A4det behandlar namn, e-postadress och transaktionsdata.
=E2=80=A2 Tar vi bort Cashback Partner Europe Ltd (utbetalning av cashback =
och =C3=A5terbetalningar).
=E2=80=A2 Flyttar vi lagringen av =C3=A5terbetalnings- och utbetalningsdata=
 (IBAN, kontoinnehavarens namn) fr=C3=A5n Irland till Sverige.

Den fullst=C3=A4ndiga listan =C3=B6ver underbitr=C3=A4den finns p=C3=A5 htt=
ps://www.nordpay-example.se/legal/underbitraden.

Vill du inv=C3=A4nda mot =C3=A4ndringen kan du g=C3=B6ra det senast den 31 =
oktober 2026 i handlarportalen under Inst=C3=A4llningar > Dataskydd. H=C3=
=B6r vi inte av dig anses =C3=A4ndringen godk=C3=A4nd.

Det h=C3=A4r =C3=A4r ett automatiskt utskick. Svar p=C3=A5 det h=C3=A4r mej=
let l=C3=A4ses inte.

Nordpay AB =C2=B7 Org.nr 559999-1234 =C2=B7 Box 1234, 111 00 Stockholm

------=_Part_707452_486957358.1790845209412
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#=
0b1f33">
<p>Hej,</p>
<p>Du f=C3=A5r det h=C3=A4r meddelandet eftersom din adress =C3=A4r registr=
erad som kontakt f=C3=B6r dataskydd f=C3=B6r handlarkontot Shop Example BV =
(handlar-ID 448 201 337).</p>
<p>Enligt personuppgiftsbitr=C3=A4desavtalet informerar vi om =C3=A4ndringa=
r bland v=C3=A5ra underbitr=C3=A4den minst 30 dagar i f=C3=B6rv=C3=A4g. Fr=
=C3=A5n och med den 1 november 2026:</p>
<p>=E2=80=A2 L=C3=A4gger vi till Presentkortshuset Norden AB (Stockholm) f=
=C3=B6r utf=C3=A4rdande och inl=C3=B6sen av digitala presentkort. Underbitr=
=C3=A4det behandlar namn, e-postadress och transaktionsdata.<br>
=E2=80=A2 Tar vi bort Cashback Partner Europe Ltd (utbetalning av cashback =
och =C3=A5terbetalningar).<br>
=E2=80=A2 Flyttar vi lagringen av =C3=A5terbetalnings- och utbetalningsdata=
 (IBAN, kontoinnehavarens namn) fr=C3=A5n Irland till Sverige.</p>
<p>Den fullst=C3=A4ndiga listan =C3=B6ver underbitr=C3=A4den finns p=C3=A5 =
https://www.nordpay-example.se/legal/underbitraden.</p>
<p>Vill du inv=C3=A4nda mot =C3=A4ndringen kan du g=C3=B6ra det senast den =
31 oktober 2026 i handlarportalen under Inst=C3=A4llningar &gt; Dataskydd. =
H=C3=B6r vi inte av dig anses =C3=A4ndringen godk=C3=A4nd.</p>
<p>Det h=C3=A4r =C3=A4r ett automatiskt utskick. Svar p=C3=A5 det h=C3=A4r =
mejlet l=C3=A4ses inte.</p>
<p>Nordpay AB =C2=B7 Org.nr 559999-1234 =C2=B7 Box 1234, 111 00 Stockholm</=
p>
</div>
</body>
</html>

------=_Part_707452_486957358.1790845209412--
'''),
    ('sv', 'person-apple-mail-reply-above-egiftcard-code-fails', 'other', (),
'''Return-Path: <sara.holm@mejl-example.se>
Delivered-To: privacy@shop.example.be
Received: from smtp.mejl-example.se (smtp.mejl-example.se [203.0.113.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4H5ySx3ZbMz1xBb
	for <privacy@shop.example.be>; Sun, 13 Sep 2026 11:04:31 +0200 (CEST)
Received: from smtpclient.apple (c-83-250-11-40.bredband-example.se [192.0.2.40])
	by smtp.mejl-example.se (Postfix) with ESMTPSA id 6B2D91F03C
	for <privacy@shop.example.be>; Sun, 13 Sep 2026 11:04:30 +0200 (CEST)
From: Sara Holm <sara.holm@mejl-example.se>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0
Subject: =?utf-8?q?Re=3A_Ditt_e-presentkort_fr=C3=A5n_Shop_Example_=C3=A4r_h?=
 =?utf-8?q?=C3=A4r?=
Message-Id: <D41B7A2C-9E3F-4A58-B6C0-2F7E1D8A93C5@mejl-example.se>
Date: Sun, 13 Sep 2026 11:04:29 +0200
References: <20260912053000.6f2a1c9e@mail.shop.example.be>
In-Reply-To: <20260912053000.6f2a1c9e@mail.shop.example.be>
To: privacy@shop.example.be
X-Mailer: Apple Mail (2.3826.400.131.1.6)

Hej!

Jag fick presentkortet nedan i f=C3=B6delsedagspresent men koden fungerar i=
nte i kassan i webbshopen, det st=C3=A5r bara =E2=80=9DOgiltig kod=E2=80=9D=
. Jag har provat b=C3=A5de med och utan mellanslag. Kan det bero p=C3=A5 at=
t jag samtidigt har en rabattkod p=C3=A5 15 % fr=C3=A5n nyhetsbrevet? G=C3=
=A5r det att kombinera ett presentkort och en rabattkod i samma k=C3=B6p?

Tack p=C3=A5 f=C3=B6rhand!
Sara Holm

> 12 sep. 2026 kl. 07:30 skrev Shop Example <presentkort@mail.shop.example.=
be>:
>
> Hej Sara!
>
> Du har f=C3=A5tt ett e-presentkort fr=C3=A5n Erik.
>
> =E2=80=9DGrattis p=C3=A5 f=C3=B6delsedagen! Kram Erik=E2=80=9D
>
> V=C3=A4rde: 40,00 EUR
> Kod: 6029 8812 0044 7163
> Giltigt till: 12 september 2027
>
> Ditt presentkort =C3=A4r aktiverat och kan anv=C3=A4ndas direkt i webbsho=
pen, i appen och i v=C3=A5ra butiker.
>
> Det h=C3=A4r mejlet skickades automatiskt. Fr=C3=A5gor om dina personuppg=
ifter: privacy@shop.example.be
> Shop Example BV
'''),
    ('ro', 'zimbra-vacation-agency-manager-re-subject', 'automated', (),
'''Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.promoretur-example.ro (mail.promoretur-example.ro [203.0.113.18])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4H0d7T2cXwz1x9b
	for <privacy@shop.example.be>; Tue, 07 Jul 2026 09:03:12 +0200 (CEST)
Received: from mail.promoretur-example.ro (localhost [127.0.0.1])
	by mail.promoretur-example.ro (Postfix) with ESMTP id 2E3C41A60F7
	for <privacy@shop.example.be>; Tue, 07 Jul 2026 10:03:11 +0300 (EEST)
Date: Tue, 07 Jul 2026 10:03:11 +0300 (EEST)
From: Ioana Dumitrescu <ioana.dumitrescu@promoretur-example.ro>
To: privacy@shop.example.be
Message-ID: <1436258819.118274.1783407791902.JavaMail.zimbra@promoretur-example.ro>
In-Reply-To: <3b8e0d52-6f1a-4c97-b2d4-91e7a0c5f318@shop.example.be>
Subject: =?utf-8?q?Re=3A_Cerere_de_=C8=99tergere_a_copiilor_CI_=E2=80=93_cam?=
 =?utf-8?q?pania_Cashback_Var=C4=83_2026?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)
Thread-Topic: =?utf-8?q?Cerere_de_=C8=99tergere_a_copiilor_CI_=E2=80=93_camp?=
 =?utf-8?q?ania_Cashback_Var=C4=83_2026?=
Thread-Index: rkYT+ZwpjUHMidBU

Bun=C4=83 ziua,

Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 20 iulie 2026, cu acces limitat la =
e-mail.

Pentru =C3=AEnscrieri =C3=AEn campaniile cashback, documente lips=C4=83 sau=
 stadiul pl=C4=83=C8=9Bilor, v=C4=83 rug=C4=83m s=C4=83 scrie=C8=9Bi la sup=
ort@promoretur-example.ro.
Pentru cereri privind datele personale ale participan=C8=9Bilor (=C8=99terg=
ere, acces, rectificare), contacta=C8=9Bi responsabilul cu protec=C8=9Bia d=
atelor: dpo@promoretur-example.ro.

Mul=C8=9Bumesc,
Ioana Dumitrescu
Manager proiect, PromoRetur SRL
'''),
    ('ro', 'voucher-generator-error-report-birthday-batch', 'automated', (),
'''Return-Path: <alerts@vouchers.promotools-example.ro>
Delivered-To: privacy@shop.example.be
Received: from vouchers.promotools-example.ro (vouchers.promotools-example.ro [198.51.100.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4H5Jq61mVtz1x8c
	for <privacy@shop.example.be>; Tue, 01 Sep 2026 02:04:48 +0200 (CEST)
Date: Tue, 01 Sep 2026 03:04:47 +0300
To: promotii@shop.example.be, privacy@shop.example.be
From: "Voucher Engine [prod]" <alerts@vouchers.promotools-example.ro>
Subject: =?utf-8?q?=5BEROARE=5D_Lot_vouchere_BDAY-2026-09_=E2=80=93_37_codur?=
 =?utf-8?q?i_negenerate?=
Message-ID: <1QQxDLJHnruspd77T5ULfa22d75gJstNa69di4He8Tw@vouchers.promotools-example.ro>
X-Priority: 1
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Raport automat – Voucher Engine (mediu: prod)

Lot: BDAY-2026-09 (vouchere aniversare, 15 lei)
Pornit:   2026-09-01 03:00:02 EEST
Încheiat: 2026-09-01 03:04:47 EEST
Stare:    FINALIZAT CU ERORI

Coduri generate și trimise:    1208
Coduri negenerate:               37

Detalii erori:
  E1042  consimtamant_marketing = false (client exclus)              21
  E1107  data_nasterii lipsă sau invalidă                             9
  E2210  adresă e-mail respinsă (hard bounce anterior)                5
  E3001  cont marcat ca decedat / închis – trimitere blocată          2

Lista clienților afectați (ID-uri pseudonimizate) se află în fișierul:
  /exports/vouchers/BDAY-2026-09/errors_20260901.csv
  (se șterge automat după 14 zile, conform politicii de retenție)

Niciun voucher nu a fost trimis clienților fără consimțământ valid.

--
Acest mesaj a fost generat automat de Voucher Engine. Nu răspundeți la acest e-mail.
Suport: ops@promotools-example.ro
'''),
    ('ro', 'cashback-portal-inactive-partner-account-deletion', 'automated', (),
'''Return-Path: <bounces-221098622@sib.cashinapoi-example.ro>
Delivered-To: privacy@shop.example.be
Received: from s1.sender-sib.com (s1.sender-sib.com [77.32.148.11])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4H8xNc2TqRz1x7b
	for <privacy@shop.example.be>; Wed, 07 Oct 2026 08:30:02 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=cashinapoi-example.ro; s=brevo1;
	t=1791354600; h=from:to:subject:date:message-id:mime-version:content-type:list-unsubscribe;
	bh=EnyHeH0BjVZLahqHpL86o+fxt0DNiWZkQHWiMatjUJw=;
	b=Atk9Sza6oG/nljafOYr9TcRH48FlJCxwqZAc79/p2QCEt5+JkGq95Cggt4CokjiAyaNJaERkbMWs
	 FwG46VybqzeD0Iyu4Ku1t0we17sVvNn8NOw2X4Vzk0vP2ujCHpL820kGvwrAT0xWnJ5iEc9hbLSW
	 AQrgsJbE2/cGHCIVED/GAYHC7SoRuvisNqZQvxLQPQzM
Received: by smtp-relay.sendinblue.com with ESMTP id 90c76cceda231fa9aeaf6094894c710e; Wed, 07 Oct 2026 06:30:00 +0000
Date: Wed, 07 Oct 2026 06:30:00 +0000
From: CashInapoi Parteneri <parteneri@cashinapoi-example.ro>
To: privacy@shop.example.be
Message-Id: <77d03c9d-a93e-f400-eb8d-a738ca1889b0@smtp-relay.mailin.fr>
Subject: =?utf-8?b?Q29udHVsIGR1bW5lYXZvYXN0csSDIGRlIHBhcnRlbmVyIHZhIGZpIMiZ?=
 =?utf-8?b?dGVycyDDrm4gMzAgZGUgemlsZQ==?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="4c7f8095f927cf62c8f0603b893a34b1"
X-Mailer: Sendinblue
X-sib-id: ulr+w7wQAjkoIrZeiI44M2OwAHYcwU7GG7HTJ720KF9S0J0cNHxHx+avARXxE16+ktGuU3WX0TbguB
Feedback-ID: 77.32.148.11:2174396_-1:2174396:Sendinblue
List-Unsubscribe: <https://parteneri.cashinapoi-example.ro/notificari/dezabonare?t=6b1f0c>

--4c7f8095f927cf62c8f0603b893a34b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Contul de partener =E2=80=9EShop Example BV=E2=80=9D (ID partener 20417), =
=C3=AEnregistrat cu adresa privacy@shop.example.be, nu a mai fost folosit d=
in 14 martie 2025.

Conform politicii noastre de p=C4=83strare a datelor, conturile de partener=
 inactive de peste 18 luni sunt =C8=99terse automat. Contul dumneavoastr=C4=
=83 =C8=99i datele asociate vor fi =C8=99terse definitiv pe 6 noiembrie 202=
6:
=E2=80=93 datele de contact ale persoanelor de leg=C4=83tur=C4=83;
=E2=80=93 rapoartele de tranzac=C8=9Bii =C8=99i comisioane (istoricul cump=
=C4=83r=C4=83turilor urm=C4=83rite prin linkurile de afiliere);
=E2=80=93 fi=C8=99ierele de reconciliere =C3=AEnc=C4=83rcate.

Dac=C4=83 dori=C8=9Bi s=C4=83 p=C4=83stra=C8=9Bi contul, autentifica=C8=9Bi=
-v=C4=83 o dat=C4=83 =C3=AEnainte de aceast=C4=83 dat=C4=83: https://parten=
eri.cashinapoi-example.ro/login
Dac=C4=83 dori=C8=9Bi o copie a datelor =C3=AEnainte de =C8=99tergere, folo=
si=C8=9Bi op=C8=9Biunea Set=C4=83ri > Export date (CSV).

Nu este nevoie s=C4=83 r=C4=83spunde=C8=9Bi la acest mesaj.

Echipa CashInapoi
CashInapoi SRL, Bucure=C8=99ti
Acesta este un mesaj automat.

--4c7f8095f927cf62c8f0603b893a34b1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3b3=
b3b">
<p>Bun=C4=83 ziua,</p>
<p>Contul de partener =E2=80=9EShop Example BV=E2=80=9D (ID partener 20417)=
, =C3=AEnregistrat cu adresa privacy@shop.example.be, nu a mai fost folosit=
 din 14 martie 2025.</p>
<p>Conform politicii noastre de p=C4=83strare a datelor, conturile de parte=
ner inactive de peste 18 luni sunt =C8=99terse automat. Contul dumneavoastr=
=C4=83 =C8=99i datele asociate vor fi =C8=99terse definitiv pe 6 noiembrie =
2026:<br>
=E2=80=93 datele de contact ale persoanelor de leg=C4=83tur=C4=83;<br>
=E2=80=93 rapoartele de tranzac=C8=9Bii =C8=99i comisioane (istoricul cump=
=C4=83r=C4=83turilor urm=C4=83rite prin linkurile de afiliere);<br>
=E2=80=93 fi=C8=99ierele de reconciliere =C3=AEnc=C4=83rcate.</p>
<p>Dac=C4=83 dori=C8=9Bi s=C4=83 p=C4=83stra=C8=9Bi contul, autentifica=C8=
=9Bi-v=C4=83 o dat=C4=83 =C3=AEnainte de aceast=C4=83 dat=C4=83: https://pa=
rteneri.cashinapoi-example.ro/login<br>
Dac=C4=83 dori=C8=9Bi o copie a datelor =C3=AEnainte de =C8=99tergere, folo=
si=C8=9Bi op=C8=9Biunea Set=C4=83ri &gt; Export date (CSV).</p>
<p>Nu este nevoie s=C4=83 r=C4=83spunde=C8=9Bi la acest mesaj.</p>
<p>Echipa CashInapoi<br>
CashInapoi SRL, Bucure=C8=99ti<br>
Acesta este un mesaj automat.</p>
</div>
</body>
</html>

--4c7f8095f927cf62c8f0603b893a34b1--
'''),
    ('ro', 'person-replies-to-support-autoreply-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <cristina.popa88@yahoo.com>
Delivered-To: privacy@shop.example.be
Received: from sonic311-24.consmr.mail.ir2.yahoo.com (sonic311-24.consmr.mail.ir2.yahoo.com [77.238.176.156])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4H7hPw0LzXz1x6c
	for <privacy@shop.example.be>; Tue, 22 Sep 2026 18:55:42 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048;
	t=1790096140; h=Date:From:To:Message-ID:In-Reply-To:References:Subject:From:Subject:Reply-To;
	bh=i+adh4VyPBaI88/9Ng+rFw3/JTLvOV17scseO40ugow=;
	b=wvmi9K3oPfkk66PgSQjc7xU0TOFYxWg2cjKfo6lZRQV1Ue0FpKoVYI7t+KhJngpl6MUGnhGzBb0Q
	 uB+u/arFS62bDJbR4lmHR3g7iJaE20w/KTYBH1Mu6cv59gc8kzqJW2zx2TPZqMwY3RtX4MJahnfs
	 vmofWwL8o65wlcm4afQ8tJl9avfNY4dcT247Y+pWCe/O
Received: from sonic.gate.mail.ne1.yahoo.com by sonic311.consmr.mail.ir2.yahoo.com with HTTP; Tue, 22 Sep 2026 16:55:40 +0000
Date: Tue, 22 Sep 2026 16:55:40 +0000
From: Cristina Popa <cristina.popa88@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1523987114.4417230.1790096140655@mail.yahoo.com>
In-Reply-To: <20260922154104.RO-88213.a91c@shop.example.be>
References: <20260922154104.RO-88213.a91c@shop.example.be>
Subject: =?utf-8?q?Re=3A_=5BR=C4=83spuns_automat=5D_Am_primit_mesajul_t?=
 =?utf-8?q?=C4=83u_=28=23RO-88213=29?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_2466046_308323311.1790096140377"
X-Mailer: WebService/1.1.22645 YahooMailAndroidMobile

------=_Part_2466046_308323311.1790096140377
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Am primit r=C4=83spunsul automat de mai jos, care spune c=C4=83 pentru date=
le personale trebuie s=C4=83 scriu la aceast=C4=83 adres=C4=83.

Vreau s=C4=83 m=C4=83 dezabonez de la newsletter. M-am abonat doar pentru v=
oucherul de 10 lei la prima comand=C4=83, l-am folosit deja =C8=99i nu mai =
vreau e-mailuri de marketing =C8=99i nici SMS-uri. V=C4=83 rog s=C4=83 nu m=
ai folosi=C8=9Bi adresa mea pentru reclame.

Mul=C8=9Bumesc,
Cristina Popa

Trimis de pe Yahoo Mail pentru Android

   Pe mar., sept. 22, 2026 la 18:41, Shop Example Asisten=C8=9B=C4=83<norep=
ly-suport@shop.example.be> a scris:
   Bun=C4=83 ziua,

   =C3=8E=C8=9Bi mul=C8=9Bumim pentru mesaj. Am =C3=AEnregistrat solicitare=
a ta cu num=C4=83rul #RO-88213 =C8=99i =C3=AE=C8=9Bi vom r=C4=83spunde =C3=
=AEn cel mult 2 zile lucr=C4=83toare.

   Pentru =C3=AEntreb=C4=83ri despre datele tale personale, abonarea la new=
sletter sau consim=C8=9B=C4=83minte, scrie-ne la privacy@shop.example.be.

   Acesta este un mesaj automat, te rug=C4=83m s=C4=83 nu r=C4=83spunzi.
   Echipa Shop Example

------=_Part_2466046_308323311.1790096140377
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-si=
ze:13px">
<p>Bun=C4=83 ziua,</p>
<p>Am primit r=C4=83spunsul automat de mai jos, care spune c=C4=83 pentru d=
atele personale trebuie s=C4=83 scriu la aceast=C4=83 adres=C4=83.</p>
<p>Vreau s=C4=83 m=C4=83 dezabonez de la newsletter. M-am abonat doar pentr=
u voucherul de 10 lei la prima comand=C4=83, l-am folosit deja =C8=99i nu m=
ai vreau e-mailuri de marketing =C8=99i nici SMS-uri. V=C4=83 rog s=C4=83 n=
u mai folosi=C8=9Bi adresa mea pentru reclame.</p>
<p>Mul=C8=9Bumesc,<br>
Cristina Popa</p>
<p>Trimis de pe Yahoo Mail pentru Android</p>
<p>   Pe mar., sept. 22, 2026 la 18:41, Shop Example Asisten=C8=9B=C4=83&lt=
;noreply-suport@shop.example.be&gt; a scris:<br>
   Bun=C4=83 ziua,</p>
<p>   =C3=8E=C8=9Bi mul=C8=9Bumim pentru mesaj. Am =C3=AEnregistrat solicit=
area ta cu num=C4=83rul #RO-88213 =C8=99i =C3=AE=C8=9Bi vom r=C4=83spunde =
=C3=AEn cel mult 2 zile lucr=C4=83toare.</p>
<p>   Pentru =C3=AEntreb=C4=83ri despre datele tale personale, abonarea la =
newsletter sau consim=C8=9B=C4=83minte, scrie-ne la privacy@shop.example.be=
.</p>
<p>   Acesta este un mesaj automat, te rug=C4=83m s=C4=83 nu r=C4=83spunzi.=
<br>
   Echipa Shop Example</p>
</div>
</body>
</html>

------=_Part_2466046_308323311.1790096140377--
'''),
    ('el', 'gmail-bounce-reply-fake-compensation-voucher-iban', 'automated', (),
'''Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
	by mx1.shop.example.be (Postfix) with SMTPS id 4GzC1j5WxHz1x5c
	for <privacy@shop.example.be>; Tue, 16 Jun 2026 11:30:15 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=googlemail.com; s=20230601;
	t=1781602214; h=to:subject:references:in-reply-to:message-id:date:from:auto-submitted:mime-version:from:to:cc:subject:date:message-id:reply-to;
	bh=RYTBC1sywvgSb1IISZTT42ABwx8i0vcKQOehvmTnEiE=;
	b=GoB6GMcnypucpSa+DHh4Ju80WHBA5ezvgL7VoYBsRjRqWkCips7ZMaqNgyE+8ulEgdrRgyQg8Ciu
	 HkXwgoh9j7O501vHOpaUrariGdeAczbOK8FVE+SiPRkYKpLqCJRanwqqcDwJoDlCiX76LNME2mtx
	 pD5zyRfKAcIs01jY2+fCn4wDUcqBOZ39TpX7OvC8FEuJ
X-Received: by 2002:a17:90b:1c8e:b0:313:f9a7:2e41 with SMTP id 98e67ed59e1d1-3141e2a7c0dmr2208457a91.10.1781602214224;
        Tue, 16 Jun 2026 02:30:14 -0700 (PDT)
Content-Type: multipart/report; boundary="00000000000012006f498da9f620"; report-type=delivery-status
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <6a4f97d5.170a0220.a23ddc.1fc6.GMR@mx.google.com>
Date: Tue, 16 Jun 2026 02:30:14 -0700 (PDT)
Subject: Delivery Status Notification (Failure)
References: <CAE3vQ7xarKBYo5vtULQdVYmmIzyMaaI4DhzhYrs@mail.gmail.com>
In-Reply-To: <CAE3vQ7xarKBYo5vtULQdVYmmIzyMaaI4DhzhYrs@mail.gmail.com>
X-Failed-Recipients: nikos.papadakis1984@gmail.com
MIME-Version: 1.0

--00000000000012006f498da9f620
Content-Type: multipart/alternative; boundary="000000000000c196150c16f2b143"

--000000000000c196150c16f2b143
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to nikos.papadakis1984@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5f3c9a1b2c4si1234567a.12 - gsmtp

--000000000000c196150c16f2b143
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
<h1 style="font-size:24px;color:#d93025;">Address not found</h1>
<p style="font-size:16px;line-height:24px;">Your message wasn't delivered to <a style="color:#212121;text-decoration:none;"><b>nikos.papadakis1984@gmail.com</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p style="font-size:14px;"><a href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></p>
<p style="font-size:12px;color:#616161;">The response was:</p>
<p style="font-family:monospace;font-size:12px;color:#616161;">The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5f3c9a1b2c4si1234567a.12 - gsmtp</p>
</td></tr>
</tbody></table>
</body>
</html>

--000000000000c196150c16f2b143--
--00000000000012006f498da9f620
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 16 Jun 2026 02:30:13 -0700 (PDT)
X-Original-Message-ID: <CAE3vQ7xarKBYo5vtULQdVYmmIzyMaaI4DhzhYrs@mail.gmail.com>

Final-Recipient: rfc822; nikos.papadakis1984@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (2a00:1450:400c:c0b::1a)
Diagnostic-Code: smtp; The email account that you tried to reach does not exist. Please try
 double-checking the recipient's email address for typos or
 unnecessary spaces. For more information, go to
 https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5f3c9a1b2c4si1234567a.12 - gsmtp
Last-Attempt-Date: Tue, 16 Jun 2026 02:30:14 -0700 (PDT)

--00000000000012006f498da9f620
Content-Type: message/rfc822

DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be; s=google;
	t=1781602213; h=mime-version:from:date:message-id:subject:to;
	bh=y1Dg1uFk4PWY8qc+hFbLHJ9PIXuAM7VUpkrq0UI3iRU=;
	b=WorUygGJeVJvDkBqyARtAoc3d4EeNERqVx9w0TBhnkpUem4bzqukhsHZ71KblpxgV4CRHcFiqjNu
	 gUwEuN8AMEwcFt6BARfL6NgHbOuHdU+roauXSgEVlOjEevJTYT0gLeZWeOzUyJsI8ErjVjXlC5FR
	 oeYqem/WuwQqZSea+1xZ0XhO1cy320g9TGnY0Ry28K3t
MIME-Version: 1.0
From: =?utf-8?B?U2hvcCBFeGFtcGxlIOKAkyDOoM+Bzr/Pg8+EzrHPg86vzrEgzpTOtc60zr8=?=
 =?utf-8?B?zrzOrc69z4nOvQ==?= <privacy@shop.example.be>
Date: Tue, 16 Jun 2026 11:30:13 +0200
Message-ID: <CAE3vQ7xarKBYo5vtULQdVYmmIzyMaaI4DhzhYrs@mail.gmail.com>
Subject: =?utf-8?B?UmU6IM6Uz4nPgc6/zrXPgM65z4TOsc6zzq4gzrHPgM6/zrbOt868zq8=?=
 =?utf-8?B?z4nPg863z4Ig4oCTIM68zr/PhSDOts63z4TOv8+Nzr0gSUJBTjs=?=
To: =?utf-8?B?zp3Or866zr/PgiDOoM6xz4DOsc60zqzOus63z4I=?= <nikos.papadakis1984@gmail.com>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

zpHOs86xz4DOt8+Ezq0gzrrPjc+BzrnOtSDOoM6xz4DOsc60zqzOus63LAoKz4POsc+CIM61z4XP
h86xz4HOuc+Dz4TOv8+NzrzOtSDPgM6/z4UgzrzOsc+CIM+Az4HOv8+JzrjOrs+DzrHPhM61IM+E
zr8gzrzOrs69z4XOvM6xLiDOpM6/IFNob3AgRXhhbXBsZSDOtM61zr0gzrbOt8+Ezqwgz4DOv8+E
zq0gzrHPgc65zrjOvM+MIElCQU4gzq4gz4PPhM6/zrnPh861zq/OsSDOus6sz4HPhM6xz4IgzrPO
uc6xIM69zrEgz4POsc+CIM+Dz4TOtc6vzrvOtc65IM60z4nPgc6/zrXPgM65z4TOsc6zzq4gzrHP
gM6/zrbOt868zq/Pic+DzrfPgi4gzp/OuSDOtM+Jz4HOv861z4DOuc+EzrHOs86tz4IgzrzOsc+C
IM6xz4DOv8+Dz4TOrc67zrvOv869z4TOsc65IM68z4zOvc6/IM+Jz4IgzrrPic60zrnOus+Mz4Ig
z4PPhM63IM60zrnOtc+NzrjPhc69z4POtyBlbWFpbCDPhM6/z4UgzrvOv86zzrHPgc65zrHPg868
zr/PjSDPg86xz4IuCgrOpM6/IM68zq7Ovc+FzrzOsSDPgM6/z4UgzrvOrM6yzrHPhM61IM60zrXO
vSDPgM+Bzr/Orc+Bz4fOtc+EzrHOuSDOsc+Az4wgzrXOvM6sz4IuIM6gzrHPgc6xzrrOsc67zr/P
jc68zrUgzrzOt869IM6xz4DOsc69z4TOrs+DzrXPhM61IM66zrHOuSDOvM63zr0gzrrOsc+EzrHP
h8+Jz4HOr8+DzrXPhM61IM+Dz4TOv865z4fOtc6vzrEuIM6Rzr0gzq3Ph861z4TOtSDOrs60zrcg
zrTPjs+DzrXOuSDPhM6/zr0gSUJBTiDPg86xz4IsIM61zr3Ot868zrXPgc+Oz4PPhM61IM+EzrfO
vSDPhM+BzqzPgM61zrbOrCDPg86xz4IuCgrOnM61IM61zrrPhM6vzrzOt8+DzrcsCs6fzrzOrM60
zrEgzqDPgc6/z4PPhM6xz4POr86xz4IgzpTOtc60zr/OvM6tzr3Pic69ClNob3AgRXhhbXBsZSBC
Vgo=

--00000000000012006f498da9f620--
'''),
    ('el', 'cashback-portal-purchase-tracked-test-account', 'automated', (),
'''Return-Path: <bounce-md_31048271.bed9c3ac.v1-31b94d3dc4b26bc2f6d64f3ac6eb174d@mandrillapp.com>
Delivered-To: privacy@shop.example.be
Received: from mail135-12.atl141.mandrillapp.com (mail135-12.atl141.mandrillapp.com [198.2.135.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4H7XbK0qNvz1x4b
	for <privacy@shop.example.be>; Mon, 28 Sep 2026 18:52:10 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mandrillapp.com; s=mte1;
	t=1790614326; h=From:Subject:List-Unsubscribe:To:Message-Id:Feedback-ID:Date:MIME-Version:Content-Type;
	bh=Oeb1ldIRy8hy72wc5lxeD8XVWq+QZ6sR2XrNedTkyp8=;
	b=ikkxdmlwzItL22qSrZhuwmWWb3YlaBVw/Fs+M9D4LVUxkyg/033kSL7ZYz2sT/ob8B+K3/1I3wPe
	 mzd72+BkwihNCddi61dyJFuxsNGhTE2ydKaicWx7hgXvgDFFoi85Z0ZYTCRDd0xuCG4pUnJToP43
	 JAWO2vmfprl9ueSv60PG3ML0lAL0Po2HKRll18enK+/G
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=epistrofi-example.gr; s=mte1;
	t=1790614326; h=From:Subject:List-Unsubscribe:To:Message-Id:Date:MIME-Version:Content-Type;
	bh=JWM1cIItTBcPBAItx9l7G4mM8x4Oi/tHQzVjrB2PrXs=;
	b=e0Lrl+JdZYUmW0K1ochKOrtvPXxQb7L0EFIszWzNPJ9xrSPn9y4Zba/rxUbOK5mJMYacKRrxjiiw
	 sW3t8yNGJ0wNx1LSDf/0XEHKnso2ki5k9s/QRstbYNfDt8O539Xo0BAvaL9KjyLLOEiBiFcwQS3U
	 uSQ9YvWgHCVFDJD7v4a5qaQN4s+G6DpIayNWlgh/GDVV
Received: from pmta14.mandrill.prod.atl01.rsglab.com (localhost [127.0.0.1])
	by mail135-12.atl141.mandrillapp.com (Mailchimp) with ESMTP id 4H7XbJ3WkMzDRHxTC
	for <privacy@shop.example.be>; Mon, 28 Sep 2026 16:52:06 +0000
From: Epistrofi <info@epistrofi-example.gr>
Subject: =?utf-8?b?zpcgzrHOs86/z4HOrCDPg86/z4UgzrrOsc+EzrHOs8+BzqzPhs63zro=?=
 =?utf-8?b?zrUhICszLDQwIOKCrCDOtc+AzrnPg8+Ez4HOv8+Gzq4gzrHPgM+MIFNob3AgRXhh?=
 =?utf-8?b?bXBsZQ==?=
List-Unsubscribe: <mailto:unsub-28e4d92e.cf47278fdbb21186@mandrillapp.com?subject=unsub>
X-Mailer: Mailchimp Mailer - **CID841c7456574cde40d8a8**
X-Mandrill-User: md_31048271
Feedback-ID: 31048271:31048271.20260928:md
To: privacy@shop.example.be
Message-Id: <31048271.ee7fcb8e949ad512b340b5124b256e12@mandrillapp.com>
X-Report-Abuse: Please forward a copy of this message, including all headers, to abuse@mandrill.com. You can also report abuse here: https://mandrillapp.com/contact/abuse?id=31048271.0ae6890378caa5d8dba5b4937b903057
Date: Mon, 28 Sep 2026 16:52:06 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_av-x5Vkbw95ccYU9hozlBr4UG"

--_av-x5Vkbw95ccYU9hozlBr4UG
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=CE=93=CE=B5=CE=B9=CE=B1 =CF=83=CE=BF=CF=85,

=CE=9A=CE=B1=CE=BB=CE=AC =CE=BD=CE=AD=CE=B1! =CE=9A=CE=B1=CF=84=CE=B1=CE=B3=
=CF=81=CE=AC=CF=88=CE=B1=CE=BC=CE=B5 =CF=84=CE=B7=CE=BD =CE=B1=CE=B3=CE=BF=
=CF=81=CE=AC =CF=83=CE=BF=CF=85 =CF=83=CF=84=CE=BF Shop Example.

=CE=9A=CE=B1=CF=84=CE=AC=CF=83=CF=84=CE=B7=CE=BC=CE=B1: Shop Example
=CE=97=CE=BC=CE=B5=CF=81=CE=BF=CE=BC=CE=B7=CE=BD=CE=AF=CE=B1 =CE=B1=CE=B3=
=CE=BF=CF=81=CE=AC=CF=82: 28/09/2026, 19:47
=CE=A0=CE=BF=CF=83=CF=8C =CE=B1=CE=B3=CE=BF=CF=81=CE=AC=CF=82: 68,00 =E2=82=
=AC
=CE=95=CF=80=CE=B9=CF=83=CF=84=CF=81=CE=BF=CF=86=CE=AE =CF=87=CF=81=CE=B7=
=CE=BC=CE=AC=CF=84=CF=89=CE=BD: 3,40 =E2=82=AC
=CE=9A=CE=B1=CF=84=CE=AC=CF=83=CF=84=CE=B1=CF=83=CE=B7: =CE=A3=CE=B5 =CE=B1=
=CE=BD=CE=B1=CE=BC=CE=BF=CE=BD=CE=AE

=CE=A4=CE=B9 =CF=83=CE=B7=CE=BC=CE=B1=CE=AF=CE=BD=CE=B5=CE=B9 =C2=AB=CE=A3=
=CE=B5 =CE=B1=CE=BD=CE=B1=CE=BC=CE=BF=CE=BD=CE=AE=C2=BB;
=CE=A4=CE=BF =CE=BA=CE=B1=CF=84=CE=AC=CF=83=CF=84=CE=B7=CE=BC=CE=B1 =CF=80=
=CF=81=CE=AD=CF=80=CE=B5=CE=B9 =CE=BD=CE=B1 =CE=B5=CF=80=CE=B9=CE=B2=CE=B5=
=CE=B2=CE=B1=CE=B9=CF=8E=CF=83=CE=B5=CE=B9 =CF=84=CE=B7=CE=BD =CE=B1=CE=B3=
=CE=BF=CF=81=CE=AC =CF=83=CE=BF=CF=85. =CE=91=CF=85=CF=84=CF=8C =CF=83=CF=
=85=CE=BD=CE=AE=CE=B8=CF=89=CF=82 =CE=B4=CE=B9=CE=B1=CF=81=CE=BA=CE=B5=CE=
=AF 30=E2=80=9390 =CE=B7=CE=BC=CE=AD=CF=81=CE=B5=CF=82. =CE=91=CE=BD =CE=B5=
=CF=80=CE=B9=CF=83=CF=84=CF=81=CE=AD=CF=88=CE=B5=CE=B9=CF=82 =CF=80=CF=81=
=CE=BF=CF=8A=CF=8C=CE=BD=CF=84=CE=B1 =CE=AE =CE=B1=CE=BA=CF=85=CF=81=CF=8E=
=CF=83=CE=B5=CE=B9=CF=82 =CF=84=CE=B7=CE=BD =CF=80=CE=B1=CF=81=CE=B1=CE=B3=
=CE=B3=CE=B5=CE=BB=CE=AF=CE=B1, =CE=B7 =CE=B5=CF=80=CE=B9=CF=83=CF=84=CF=81=
=CE=BF=CF=86=CE=AE =CF=87=CF=81=CE=B7=CE=BC=CE=AC=CF=84=CF=89=CE=BD =CE=B8=
=CE=B1 =CF=80=CF=81=CE=BF=CF=83=CE=B1=CF=81=CE=BC=CE=BF=CF=83=CF=84=CE=B5=
=CE=AF.

=CE=A4=CE=BF =CF=85=CF=80=CF=8C=CE=BB=CE=BF=CE=B9=CF=80=CF=8C =CF=83=CE=BF=
=CF=85: 3,40 =E2=82=AC =CF=83=CE=B5 =CE=B1=CE=BD=CE=B1=CE=BC=CE=BF=CE=BD=CE=
=AE =C2=B7 0,00 =E2=82=AC =CE=B4=CE=B9=CE=B1=CE=B8=CE=AD=CF=83=CE=B9=CE=BC=
=CE=B1

=CE=94=CE=B5=CF=82 =CF=84=CE=B9=CF=82 =CE=B1=CE=B3=CE=BF=CF=81=CE=AD=CF=82 =
=CF=83=CE=BF=CF=85: https://www.epistrofi-example.gr/account/purchases

=CE=9B=CE=B1=CE=BC=CE=B2=CE=AC=CE=BD=CE=B5=CE=B9=CF=82 =CE=B1=CF=85=CF=84=
=CF=8C =CF=84=CE=BF email =CE=B5=CF=80=CE=B5=CE=B9=CE=B4=CE=AE =CE=AD=CF=87=
=CE=B5=CE=B9=CF=82 =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=
=CF=8C =CF=83=CF=84=CE=BF Epistrofi. =CE=93=CE=B9=CE=B1 =CE=BD=CE=B1 =CE=B1=
=CE=BB=CE=BB=CE=AC=CE=BE=CE=B5=CE=B9=CF=82 =CF=84=CE=B9=CF=82 =CE=B5=CE=B9=
=CE=B4=CE=BF=CF=80=CE=BF=CE=B9=CE=AE=CF=83=CE=B5=CE=B9=CF=82 =CF=83=CE=BF=
=CF=85, =CF=80=CE=AE=CE=B3=CE=B1=CE=B9=CE=BD=CE=B5 =CF=83=CF=84=CE=B9=CF=82=
 =CE=A1=CF=85=CE=B8=CE=BC=CE=AF=CF=83=CE=B5=CE=B9=CF=82 =CE=BB=CE=BF=CE=B3=
=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=CE=BF=CF=8D.
Epistrofi IKE =C2=B7 =CE=91=CE=B8=CE=AE=CE=BD=CE=B1

--_av-x5Vkbw95ccYU9hozlBr4UG
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:Arial,sans-serif;font-size:15px;color:#222;backgr=
ound:#f7f7f7;padding:20px">
<p>=CE=93=CE=B5=CE=B9=CE=B1 =CF=83=CE=BF=CF=85,</p>
<p>=CE=9A=CE=B1=CE=BB=CE=AC =CE=BD=CE=AD=CE=B1! =CE=9A=CE=B1=CF=84=CE=B1=CE=
=B3=CF=81=CE=AC=CF=88=CE=B1=CE=BC=CE=B5 =CF=84=CE=B7=CE=BD =CE=B1=CE=B3=CE=
=BF=CF=81=CE=AC =CF=83=CE=BF=CF=85 =CF=83=CF=84=CE=BF Shop Example.</p>
<p>=CE=9A=CE=B1=CF=84=CE=AC=CF=83=CF=84=CE=B7=CE=BC=CE=B1: Shop Example<br>
=CE=97=CE=BC=CE=B5=CF=81=CE=BF=CE=BC=CE=B7=CE=BD=CE=AF=CE=B1 =CE=B1=CE=B3=
=CE=BF=CF=81=CE=AC=CF=82: 28/09/2026, 19:47<br>
=CE=A0=CE=BF=CF=83=CF=8C =CE=B1=CE=B3=CE=BF=CF=81=CE=AC=CF=82: 68,00 =E2=82=
=AC<br>
=CE=95=CF=80=CE=B9=CF=83=CF=84=CF=81=CE=BF=CF=86=CE=AE =CF=87=CF=81=CE=B7=
=CE=BC=CE=AC=CF=84=CF=89=CE=BD: 3,40 =E2=82=AC<br>
=CE=9A=CE=B1=CF=84=CE=AC=CF=83=CF=84=CE=B1=CF=83=CE=B7: =CE=A3=CE=B5 =CE=B1=
=CE=BD=CE=B1=CE=BC=CE=BF=CE=BD=CE=AE</p>
<p>=CE=A4=CE=B9 =CF=83=CE=B7=CE=BC=CE=B1=CE=AF=CE=BD=CE=B5=CE=B9 =C2=AB=CE=
=A3=CE=B5 =CE=B1=CE=BD=CE=B1=CE=BC=CE=BF=CE=BD=CE=AE=C2=BB;<br>
=CE=A4=CE=BF =CE=BA=CE=B1=CF=84=CE=AC=CF=83=CF=84=CE=B7=CE=BC=CE=B1 =CF=80=
=CF=81=CE=AD=CF=80=CE=B5=CE=B9 =CE=BD=CE=B1 =CE=B5=CF=80=CE=B9=CE=B2=CE=B5=
=CE=B2=CE=B1=CE=B9=CF=8E=CF=83=CE=B5=CE=B9 =CF=84=CE=B7=CE=BD =CE=B1=CE=B3=
=CE=BF=CF=81=CE=AC =CF=83=CE=BF=CF=85. =CE=91=CF=85=CF=84=CF=8C =CF=83=CF=
=85=CE=BD=CE=AE=CE=B8=CF=89=CF=82 =CE=B4=CE=B9=CE=B1=CF=81=CE=BA=CE=B5=CE=
=AF 30=E2=80=9390 =CE=B7=CE=BC=CE=AD=CF=81=CE=B5=CF=82. =CE=91=CE=BD =CE=B5=
=CF=80=CE=B9=CF=83=CF=84=CF=81=CE=AD=CF=88=CE=B5=CE=B9=CF=82 =CF=80=CF=81=
=CE=BF=CF=8A=CF=8C=CE=BD=CF=84=CE=B1 =CE=AE =CE=B1=CE=BA=CF=85=CF=81=CF=8E=
=CF=83=CE=B5=CE=B9=CF=82 =CF=84=CE=B7=CE=BD =CF=80=CE=B1=CF=81=CE=B1=CE=B3=
=CE=B3=CE=B5=CE=BB=CE=AF=CE=B1, =CE=B7 =CE=B5=CF=80=CE=B9=CF=83=CF=84=CF=81=
=CE=BF=CF=86=CE=AE =CF=87=CF=81=CE=B7=CE=BC=CE=AC=CF=84=CF=89=CE=BD =CE=B8=
=CE=B1 =CF=80=CF=81=CE=BF=CF=83=CE=B1=CF=81=CE=BC=CE=BF=CF=83=CF=84=CE=B5=
=CE=AF.</p>
<p>=CE=A4=CE=BF =CF=85=CF=80=CF=8C=CE=BB=CE=BF=CE=B9=CF=80=CF=8C =CF=83=CE=
=BF=CF=85: 3,40 =E2=82=AC =CF=83=CE=B5 =CE=B1=CE=BD=CE=B1=CE=BC=CE=BF=CE=BD=
=CE=AE =C2=B7 0,00 =E2=82=AC =CE=B4=CE=B9=CE=B1=CE=B8=CE=AD=CF=83=CE=B9=CE=
=BC=CE=B1</p>
<p>=CE=94=CE=B5=CF=82 =CF=84=CE=B9=CF=82 =CE=B1=CE=B3=CE=BF=CF=81=CE=AD=CF=
=82 =CF=83=CE=BF=CF=85: https://www.epistrofi-example.gr/account/purchases<=
/p>
<p>=CE=9B=CE=B1=CE=BC=CE=B2=CE=AC=CE=BD=CE=B5=CE=B9=CF=82 =CE=B1=CF=85=CF=
=84=CF=8C =CF=84=CE=BF email =CE=B5=CF=80=CE=B5=CE=B9=CE=B4=CE=AE =CE=AD=CF=
=87=CE=B5=CE=B9=CF=82 =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=
=BC=CF=8C =CF=83=CF=84=CE=BF Epistrofi. =CE=93=CE=B9=CE=B1 =CE=BD=CE=B1 =CE=
=B1=CE=BB=CE=BB=CE=AC=CE=BE=CE=B5=CE=B9=CF=82 =CF=84=CE=B9=CF=82 =CE=B5=CE=
=B9=CE=B4=CE=BF=CF=80=CE=BF=CE=B9=CE=AE=CF=83=CE=B5=CE=B9=CF=82 =CF=83=CE=
=BF=CF=85, =CF=80=CE=AE=CE=B3=CE=B1=CE=B9=CE=BD=CE=B5 =CF=83=CF=84=CE=B9=CF=
=82 =CE=A1=CF=85=CE=B8=CE=BC=CE=AF=CF=83=CE=B5=CE=B9=CF=82 =CE=BB=CE=BF=CE=
=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=CE=BF=CF=8D.<br>
Epistrofi IKE =C2=B7 =CE=91=CE=B8=CE=AE=CE=BD=CE=B1</p>
</div>
</body>
</html>

--_av-x5Vkbw95ccYU9hozlBr4UG--
'''),
    ('el', 'helpdesk-ack-greek-claim-processor-deletion', 'automated', (),
'''Return-Path: <bounce+931b95e873@email.freshdesk.com>
Delivered-To: privacy@shop.example.be
Received: from mail-b12.freshemail.io (mail-b12.freshemail.io [52.32.218.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4HCx0w3JpMz1x3c
	for <privacy@shop.example.be>; Wed, 04 Nov 2026 15:18:28 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=promohellas-example.gr; s=fd;
	t=1793801905; h=from:reply-to:to:subject:date:message-id:mime-version:content-type;
	bh=dApEaBmFAIxfwuq0z1S+a2E8aLbSXokKB1IYiKTQqrw=;
	b=0Uw4r7jbzn7yrxQfx+R7S8vHk33M+S6RyJqI31dXAtfCUBrYkfeo8j2n1DT64eI854IeR4cg3n0R
	 rMNVKS2w/aQ0aRVrcQmBN/GkSntzBvw9ahd/ET1myroTp+eVr8Tu8DtDXI0APNxqVEN54vfX1Qsk
	 Q6/RxcLCmVzf6PC1ub4nFWIxJkzvOo7K7p+Naqi2iBWj
Date: Wed, 04 Nov 2026 14:18:25 +0000
From: =?utf-8?b?zqXPgM6/z4PPhM6uz4HOuc6+zrcgUHJvbW9IZWxsYXM=?= <support@promohellas-example.gr>
Reply-To: support@promohellas-example.gr
To: privacy@shop.example.be
Message-ID: <39bf1722fda3.fd.71842@promohellas-example.freshdesk.com>
Subject: =?utf-8?b?zpvOrM6yzrHOvM61IM+Ezr8gzrHOr8+EzrfOvM6sIM+DzrHPgiBbIzcx?=
 =?utf-8?b?ODQyXSDigJMgzpTOuc6xzrPPgc6xz4bOriDPgM+Bzr/Pg8+Jz4DOuc66z47OvSA=?=
 =?utf-8?b?zrTOtc60zr/OvM6tzr3Pic69IM+Dz4XOvM68zrXPhM6tz4fOv869z4TOsSAoY2Fz?=
 =?utf-8?b?aGJhY2sp?=
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6267ac69e0e73_a42964066";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-FD-Email: fd-notification
X-Fd-Account-Id: 1048857
X-Fd-Ticket-Id: 71842

----==_mimepart_6267ac69e0e73_a42964066
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: base64

zpHOs86xz4DOt8+Ezq0vzq4gz4DOtc67zqzPhM63LAoKzpvOrM6yzrHOvM61IM+Ezr8gzrHOr8+E
zrfOvM6sIM+DzrHPgiDOus6xzrkgzrTOt868zrnOv8+Fz4HOs86uzrjOt866zrUgz4TOvyDOtc65
z4POuc+Ezq7Pgc65zr8gIzcxODQyLiDOiM69zrEgzrzOrc67zr/PgiDPhM63z4Igzr/OvM6szrTO
sc+CIM68zrHPgiDOuM6xIM+DzrHPgiDOsc+AzrHOvc+Ezq7Pg861zrkgz4TOvyDPg8+Fzr3PhM6/
zrzPjM+EzrXPgc6/IM60z4XOvc6xz4TPjC4KCs6Yzq3OvM6xOiDOlM65zrHOs8+BzrHPhs6uIM+A
z4HOv8+Dz4nPgM65zrrPjs69IM60zrXOtM6/zrzOrc69z4nOvSDPg8+FzrzOvM61z4TOrc+Hzr/O
vc+EzrEgKGNhc2hiYWNrKQrOms6xz4TOt86zzr/Pgc6vzrE6IEdEUFIgLyDOoM+Bzr/Pg8+Jz4DO
uc66zqwgzrTOtc60zr/OvM6tzr3OsQrOoM+Bzr/PhM61z4HOsc65z4zPhM63z4TOsTogzpzOtc+D
zrHOr86xCgrOk865zrEgzrHOuc+Ezq7OvM6xz4TOsSDOtM65zrHOs8+BzrHPhs6uz4IsIM+Az4HP
jM+DzrLOsc+DzrfPgiDOriDPhs6/z4HOt8+Ez4zPhM63z4TOsc+CIM60zrXOtM6/zrzOrc69z4nO
vSDPhM+Jzr0gz4PPhc68zrzOtc+EzrXPh8+Mzr3PhM+Jzr0gz4PPhM65z4IgzrXOvc6tz4HOs861
zrnOtc+CIM61z4DOuc+Dz4TPgc6/z4bOrs+CIM+Hz4HOt868zqzPhM+Jzr0gzr8gzrzOrc6zzrnP
g8+Ezr/PgiDPh8+Bz4zOvc6/z4IgzrHPgM6szr3PhM63z4POt8+CIM61zq/Ovc6xzrkgMzAgzrfO
vM6tz4HOtc+CLgoKzpTOtc6vz4TOtSDPhM63zr0gz4DOv8+BzrXOr86xIM+Ezr/PhSDOsc65z4TO
rs68zrHPhM6/z4IgzrXOtM+OOiBodHRwczovL3Byb21vaGVsbGFzLWV4YW1wbGUuZnJlc2hkZXNr
LmNvbS9zdXBwb3J0L3RpY2tldHMvNzE4NDIKCs6Rz4XPhM+MIM61zq/Ovc6xzrkgzq3Ovc6xIM6x
z4XPhM6/zrzOsc+Ezr/PgM6/zrnOt868zq3Ovc6/IM68zq7Ovc+FzrzOsS4Kzp/OvM6szrTOsSDO
pc+Azr/Pg8+Ezq7Pgc65zr7Ot8+CIFByb21vSGVsbGFzCg==

----==_mimepart_6267ac69e0e73_a42964066
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxkaXYgc3R5bGU9ImZvbnQt
ZmFtaWx5Oi1hcHBsZS1zeXN0ZW0sU2Vnb2UgVUksUm9ib3RvLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHg7Y29sb3I6IzEyMzQ0ZCI+CjxwPs6RzrPOsc+AzrfPhM6tL86uIM+AzrXOu86sz4TOtyw8
L3A+CjxwPs6bzqzOss6xzrzOtSDPhM6/IM6xzq/PhM63zrzOrCDPg86xz4IgzrrOsc65IM60zrfO
vM65zr/Phc+BzrPOrs64zrfOus61IM+Ezr8gzrXOuc+DzrnPhM6uz4HOuc6/ICM3MTg0Mi4gzojO
vc6xIM68zq3Ou86/z4Igz4TOt8+CIM6/zrzOrM60zrHPgiDOvM6xz4IgzrjOsSDPg86xz4IgzrHP
gM6xzr3PhM6uz4POtc65IM+Ezr8gz4PPhc69z4TOv868z4zPhM61z4HOvyDOtM+Fzr3Osc+Ez4wu
PC9wPgo8cD7OmM6tzrzOsTogzpTOuc6xzrPPgc6xz4bOriDPgM+Bzr/Pg8+Jz4DOuc66z47OvSDO
tM61zrTOv868zq3Ovc+Jzr0gz4PPhc68zrzOtc+Ezq3Ph86/zr3PhM6xIChjYXNoYmFjayk8YnI+
Cs6azrHPhM63zrPOv8+Bzq/OsTogR0RQUiAvIM6gz4HOv8+Dz4nPgM65zrrOrCDOtM61zrTOv868
zq3Ovc6xPGJyPgrOoM+Bzr/PhM61z4HOsc65z4zPhM63z4TOsTogzpzOtc+DzrHOr86xPC9wPgo8
cD7Ok865zrEgzrHOuc+Ezq7OvM6xz4TOsSDOtM65zrHOs8+BzrHPhs6uz4IsIM+Az4HPjM+DzrLO
sc+DzrfPgiDOriDPhs6/z4HOt8+Ez4zPhM63z4TOsc+CIM60zrXOtM6/zrzOrc69z4nOvSDPhM+J
zr0gz4PPhc68zrzOtc+EzrXPh8+Mzr3PhM+Jzr0gz4PPhM65z4IgzrXOvc6tz4HOs861zrnOtc+C
IM61z4DOuc+Dz4TPgc6/z4bOrs+CIM+Hz4HOt868zqzPhM+Jzr0gzr8gzrzOrc6zzrnPg8+Ezr/P
giDPh8+Bz4zOvc6/z4IgzrHPgM6szr3PhM63z4POt8+CIM61zq/Ovc6xzrkgMzAgzrfOvM6tz4HO
tc+CLjwvcD4KPHA+zpTOtc6vz4TOtSDPhM63zr0gz4DOv8+BzrXOr86xIM+Ezr/PhSDOsc65z4TO
rs68zrHPhM6/z4IgzrXOtM+OOiBodHRwczovL3Byb21vaGVsbGFzLWV4YW1wbGUuZnJlc2hkZXNr
LmNvbS9zdXBwb3J0L3RpY2tldHMvNzE4NDI8L3A+CjxwPs6Rz4XPhM+MIM61zq/Ovc6xzrkgzq3O
vc6xIM6xz4XPhM6/zrzOsc+Ezr/PgM6/zrnOt868zq3Ovc6/IM68zq7Ovc+FzrzOsS48YnI+Cs6f
zrzOrM60zrEgzqXPgM6/z4PPhM6uz4HOuc6+zrfPgiBQcm9tb0hlbGxhczwvcD4KPC9kaXY+Cjwv
Ym9keT4KPC9odG1sPgo=

----==_mimepart_6267ac69e0e73_a42964066--
'''),
    ('el', 'person-gmail-forwards-tracking-mail-objects-sharing', 'objection', (),
'''Return-Path: <despoina.antoniou.k@gmail.com>
Delivered-To: privacy@shop.example.be
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
	by mx1.shop.example.be (Postfix) with SMTPS id 4H8Zq14RkGz1x2b
	for <privacy@shop.example.be>; Tue, 06 Oct 2026 07:15:46 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
	t=1791263744; h=to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to;
	bh=fE5s1tzyTEJmdZWmzMs/2amqBlB79g8C+Ai93gR1VSY=;
	b=seTFt3aw3wuq2OmVtoxuJeTwIL8SYpfTkvKVt/hiXTFNXHcz/snZOUywPcKykdxV/3j3FqRuvdsB
	 2345AAZjtXlG07YfJhZBi4IButNJcU8tOfX+PXP9vv6aknzTSeBkDg7ekC8LtE9e91ijPUcimRgE
	 k+ISuyVoShAud8dmD6L/E2OSXmjgZBDsix+61nhqDtJG
X-Google-Smtp-Source: AGHT+IWFYu7AXFAsrhg9J5WfN1QPz2yP2TrrNPHQnY3wkeDtVJH8pgCrrS/cF62s6vr0Ak9e8pMk
X-Received: by 2002:a05:6402:3595:b0:5e0:8c55:2a17 with SMTP id 4fb4d7f45d1cf-61d2a7b1c03mr1183344a12.9.1791263744081; Mon, 05 Oct 2026 22:15:44 -0700 (PDT)
MIME-Version: 1.0
References: <31048271.34fc4df962b6b8f8b5547aba88be1b68@mandrillapp.com>
In-Reply-To: <31048271.7e02ea3cac32ebf37840968f752396c3@mandrillapp.com>
From: =?utf-8?B?zpTOrc+Dz4DOv865zr3OsSDOkc69z4TPic69zq/Ov8+F?= <despoina.antoniou.k@gmail.com>
Date: Tue, 06 Oct 2026 08:15:44 +0300
X-Gm-Features: AX0GCFtFVBP3KKnmq4AkehYvBdiPcSswZFhVop3HLXeZHko
Message-ID: <CAJx9kTYLR2ippbh658I5zZDmW55uQc98ni6vXiI@mail.gmail.com>
Subject: =?utf-8?B?RndkOiDOlyDOsc6zzr/Pgc6sIM+Dzr/PhSDOus6xz4TOsc6zz4HOrM+G?=
 =?utf-8?B?zrfOus61ISArNiw1MCDigqwgzrXPgM65z4PPhM+Bzr/Phs6uIM6xz4DPjCBTaG9w?=
 =?utf-8?B?IEV4YW1wbGU=?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000b938872f3a45fcce"

--000000000000b938872f3a45fcce
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6jzrHPgiDPgM+Bzr/Pic64z44gz4TOvyDPgM6x
z4HOsc66zqzPhM+JIGVtYWlsLiDOiM+Hz4kgzrvOv86zzrHPgc65zrHPg868z4wgz4PPhM6/IEVw
aXN0cm9maSwgzrHOu867zqwgzrTOtc69IM+AzrXPgc6vzrzOtc69zrEgz4zPhM65IM67zq/Os86x
IM67zrXPgM+EzqwgzrzOtc+Ezqwgz4TOt869IM+AzrHPgc6xzrPOs861zrvOr86xIM68zr/PhSDP
g8+Ezr8gc2l0ZSDPg86xz4IgzrjOsSDOrs6+zrXPgc6xzr0gzrHOus+BzrnOss+Oz4Igz4DPjM+D
zrEgz4DOu86uz4HPic+DzrEgzrrOsc65IM+Az4zPhM61LiDOlM61zr0gzrjOrc67z4kgzr3OsSDO
vM61IM+AzrHPgc6xzrrOv867zr/Phc64zrXOr8+EzrUgzrzOtSBjb29raWVzIM6xz4DPjCBzaXRl
IM+DzrUgc2l0ZS4KCs6Rzr3PhM65z4TOr864zrXOvM6xzrkgz4POtSDOsc+Fz4TOriDPhM63IM60
zrnOsc6yzq/Oss6xz4POty4gzqPOsc+CIM+AzrHPgc6xzrrOsc67z44gzr3OsSDPg8+EzrHOvM6x
z4TOrs+DzrXPhM61IM69zrEgz4PPhM6tzrvOvc61z4TOtSDPg8+Ezr/Ouc+HzrXOr86xIM+Ez4nO
vSDPgM6xz4HOsc6zzrPOtc67zrnPjs69IM68zr/PhSDPg861IM+Az43Ou861z4IgY2FzaGJhY2ss
IM66zr/Phc+Azr/Ovc65z47OvSDOus6xzrkgz4PPjc6zzrrPgc65z4POt8+CIM+EzrnOvM+Ozr0u
CgrOlc+Fz4fOsc+BzrnPg8+Ez44sCs6Uzq3Pg8+Azr/Ouc69zrEgzpHOvc+Ez4nOvc6vzr/PhQoK
LS0tLS0tLS0tLSDOoM+Bzr/Pic64zrfOvM6tzr3OvyDOvM6uzr3Phc68zrEgLS0tLS0tLS0tCs6R
z4DPjDogRXBpc3Ryb2ZpIDxpbmZvQGVwaXN0cm9maS1leGFtcGxlLmdyPgpEYXRlOiDOlM61z4Ug
NSDOn866z4QgMjAyNiDPg8+EzrnPgiA4OjAyIM68Ls68LgpTdWJqZWN0OiDOlyDOsc6zzr/Pgc6s
IM+Dzr/PhSDOus6xz4TOsc6zz4HOrM+GzrfOus61ISArNiw1MCDigqwgzrXPgM65z4PPhM+Bzr/P
hs6uIM6xz4DPjCBTaG9wIEV4YW1wbGUKVG86IDxkZXNwb2luYS5hbnRvbmlvdS5rQGdtYWlsLmNv
bT4KCgrOk861zrnOsSDPg86/z4UgzpTOrc+Dz4DOv865zr3OsSwKCs6azrHOu86sIM69zq3OsSEg
zprOsc+EzrHOs8+BzqzPiM6xzrzOtSDPhM63zr0gzrHOs86/z4HOrCDPg86/z4Ugz4PPhM6/IFNo
b3AgRXhhbXBsZS4KCs6azrHPhM6sz4PPhM63zrzOsTogU2hvcCBFeGFtcGxlCs6XzrzOtc+Bzr/O
vM63zr3Or86xIM6xzrPOv8+BzqzPgjogMDUvMTAvMjAyNiwgMTk6NTgKzqDOv8+Dz4wgzrHOs86/
z4HOrM+COiAxMjksOTAg4oKsCs6Vz4DOuc+Dz4TPgc6/z4bOriDPh8+BzrfOvM6sz4TPic69OiA2
LDUwIOKCrArOms6xz4TOrM+Dz4TOsc+Dzrc6IM6jzrUgzrHOvc6xzrzOv869zq4KCs6UzrXPgiDP
hM65z4IgzrHOs86/z4HOrc+CIM+Dzr/PhTogaHR0cHM6Ly93d3cuZXBpc3Ryb2ZpLWV4YW1wbGUu
Z3IvYWNjb3VudC9wdXJjaGFzZXMKCs6bzrHOvM6yzqzOvc61zrnPgiDOsc+Fz4TPjCDPhM6/IGVt
YWlsIM61z4DOtc65zrTOriDOrc+HzrXOuc+CIM67zr/Os86xz4HOuc6xz4POvM+MIM+Dz4TOvyBF
cGlzdHJvZmkuCkVwaXN0cm9maSBJS0UgwrcgzpHOuM6uzr3OsQo=

--000000000000b938872f3a45fcce
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

PGRpdiBkaXI9ImF1dG8iPgo8ZGl2IHN0eWxlPSJmb250LWZhbWlseTpBcmlhbCxzYW5zLXNlcmlm
O2ZvbnQtc2l6ZToxNHB4Ij4KPHA+zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiw8L3A+CjxwPs6j
zrHPgiDPgM+Bzr/Pic64z44gz4TOvyDPgM6xz4HOsc66zqzPhM+JIGVtYWlsLiDOiM+Hz4kgzrvO
v86zzrHPgc65zrHPg868z4wgz4PPhM6/IEVwaXN0cm9maSwgzrHOu867zqwgzrTOtc69IM+AzrXP
gc6vzrzOtc69zrEgz4zPhM65IM67zq/Os86xIM67zrXPgM+EzqwgzrzOtc+Ezqwgz4TOt869IM+A
zrHPgc6xzrPOs861zrvOr86xIM68zr/PhSDPg8+Ezr8gc2l0ZSDPg86xz4IgzrjOsSDOrs6+zrXP
gc6xzr0gzrHOus+BzrnOss+Oz4Igz4DPjM+DzrEgz4DOu86uz4HPic+DzrEgzrrOsc65IM+Az4zP
hM61LiDOlM61zr0gzrjOrc67z4kgzr3OsSDOvM61IM+AzrHPgc6xzrrOv867zr/Phc64zrXOr8+E
zrUgzrzOtSBjb29raWVzIM6xz4DPjCBzaXRlIM+DzrUgc2l0ZS48L3A+CjxwPs6Rzr3PhM65z4TO
r864zrXOvM6xzrkgz4POtSDOsc+Fz4TOriDPhM63IM60zrnOsc6yzq/Oss6xz4POty4gzqPOsc+C
IM+AzrHPgc6xzrrOsc67z44gzr3OsSDPg8+EzrHOvM6xz4TOrs+DzrXPhM61IM69zrEgz4PPhM6t
zrvOvc61z4TOtSDPg8+Ezr/Ouc+HzrXOr86xIM+Ez4nOvSDPgM6xz4HOsc6zzrPOtc67zrnPjs69
IM68zr/PhSDPg861IM+Az43Ou861z4IgY2FzaGJhY2ssIM66zr/Phc+Azr/Ovc65z47OvSDOus6x
zrkgz4PPjc6zzrrPgc65z4POt8+CIM+EzrnOvM+Ozr0uPC9wPgo8cD7Olc+Fz4fOsc+BzrnPg8+E
z44sPGJyPgrOlM6tz4PPgM6/zrnOvc6xIM6Rzr3PhM+Jzr3Or86/z4U8L3A+CjxwPi0tLS0tLS0t
LS0gzqDPgc6/z4nOuM63zrzOrc69zr8gzrzOrs69z4XOvM6xIC0tLS0tLS0tLTxicj4KzpHPgM+M
OiBFcGlzdHJvZmkgJmx0O2luZm9AZXBpc3Ryb2ZpLWV4YW1wbGUuZ3ImZ3Q7PGJyPgpEYXRlOiDO
lM61z4UgNSDOn866z4QgMjAyNiDPg8+EzrnPgiA4OjAyIM68Ls68Ljxicj4KU3ViamVjdDogzpcg
zrHOs86/z4HOrCDPg86/z4UgzrrOsc+EzrHOs8+BzqzPhs63zrrOtSEgKzYsNTAg4oKsIM61z4DO
uc+Dz4TPgc6/z4bOriDOsc+Az4wgU2hvcCBFeGFtcGxlPGJyPgpUbzogJmx0O2Rlc3BvaW5hLmFu
dG9uaW91LmtAZ21haWwuY29tJmd0OzwvcD4KPHA+PGJyPgrOk861zrnOsSDPg86/z4UgzpTOrc+D
z4DOv865zr3OsSw8L3A+CjxwPs6azrHOu86sIM69zq3OsSEgzprOsc+EzrHOs8+BzqzPiM6xzrzO
tSDPhM63zr0gzrHOs86/z4HOrCDPg86/z4Ugz4PPhM6/IFNob3AgRXhhbXBsZS48L3A+CjxwPs6a
zrHPhM6sz4PPhM63zrzOsTogU2hvcCBFeGFtcGxlPGJyPgrOl868zrXPgc6/zrzOt869zq/OsSDO
sc6zzr/Pgc6sz4I6IDA1LzEwLzIwMjYsIDE5OjU4PGJyPgrOoM6/z4PPjCDOsc6zzr/Pgc6sz4I6
IDEyOSw5MCDigqw8YnI+Cs6Vz4DOuc+Dz4TPgc6/z4bOriDPh8+BzrfOvM6sz4TPic69OiA2LDUw
IOKCrDxicj4KzprOsc+EzqzPg8+EzrHPg863OiDOo861IM6xzr3Osc68zr/Ovc6uPC9wPgo8cD7O
lM61z4Igz4TOuc+CIM6xzrPOv8+Bzq3PgiDPg86/z4U6IGh0dHBzOi8vd3d3LmVwaXN0cm9maS1l
eGFtcGxlLmdyL2FjY291bnQvcHVyY2hhc2VzPC9wPgo8cD7Om86xzrzOss6szr3Otc65z4IgzrHP
hc+Ez4wgz4TOvyBlbWFpbCDOtc+AzrXOuc60zq4gzq3Ph861zrnPgiDOu86/zrPOsc+BzrnOsc+D
zrzPjCDPg8+Ezr8gRXBpc3Ryb2ZpLjxicj4KRXBpc3Ryb2ZpIElLRSDCtyDOkc64zq7Ovc6xPC9w
Pgo8L2Rpdj4KPC9kaXY+Cg==

--000000000000b938872f3a45fcce--
'''),
    ('bg', 'sendmail-bounce-apology-compensation-voucher', 'automated', (),
'''Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.poshta-example.bg (mail.poshta-example.bg [203.0.113.230])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4HBq5d1NwFz1x1c
	for <privacy@shop.example.be>; Thu, 22 Oct 2026 15:40:13 +0200 (CEST)
Received: from localhost (localhost)
	by mail.poshta-example.bg (8.17.1/8.17.1) id 59MDeBqT012345;
	Thu, 22 Oct 2026 16:40:12 +0300
Date: Thu, 22 Oct 2026 16:40:12 +0300
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.poshta-example.bg>
Message-Id: <202610221340.59MDeBqT012345@mail.poshta-example.bg>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="59MDeBqT012345.1792676412/mail.poshta-example.bg"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--59MDeBqT012345.1792676412/mail.poshta-example.bg

The original message was received at Thu, 22 Oct 2026 16:40:11 +0300
from mx1.shop.example.be [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<g.petorva@poshta-example.bg>
    (reason: 550 5.1.1 <g.petorva@poshta-example.bg>... User unknown)

   ----- Transcript of session follows -----
... while talking to store.poshta-example.bg.:
>>> DATA
<<< 550 5.1.1 <g.petorva@poshta-example.bg>... User unknown
550 5.1.1 <g.petorva@poshta-example.bg>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--59MDeBqT012345.1792676412/mail.poshta-example.bg
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.poshta-example.bg
Received-From-MTA: DNS; mx1.shop.example.be
Arrival-Date: Thu, 22 Oct 2026 16:40:11 +0300

Final-Recipient: RFC822; g.petorva@poshta-example.bg
Action: failed
Status: 5.1.1
Remote-MTA: DNS; store.poshta-example.bg
Diagnostic-Code: SMTP; 550 5.1.1 <g.petorva@poshta-example.bg>... User unknown
Last-Attempt-Date: Thu, 22 Oct 2026 16:40:12 +0300

--59MDeBqT012345.1792676412/mail.poshta-example.bg
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [192.0.2.10])
	by mail.poshta-example.bg (8.17.1/8.17.1) with ESMTPS id 59MDeBqT012345
	(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)
	for <g.petorva@poshta-example.bg>; Thu, 22 Oct 2026 16:40:11 +0300
Message-ID: <4c81e2f7-0a9d-4b36-9e15-d7c3a6f82b40@shop.example.be>
Date: Thu, 22 Oct 2026 15:40:08 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?utf-8?b?U2hvcCBFeGFtcGxlIOKAkyDQl9Cw0YnQuNGC0LAg0L3QsCDQtNCw0L3QvdC4?=
 =?utf-8?b?0YLQtQ==?= <privacy@shop.example.be>
To: =?utf-8?b?0JPQtdGA0LPQsNC90LAg0J/QtdGC0YDQvtCy0LA=?= <g.petorva@poshta-example.bg>
Subject: =?utf-8?b?0JjQt9Cy0LjQvdC10L3QuNC1INC4INC90L7QsiDQstCw0YPRh9C10YAg?=
 =?utf-8?b?4oCTINC40L3RhtC40LTQtdC90YIg0YEg0LjQvNC10LnQuyDQvtGCIDkg0L7QutGC?=
 =?utf-8?b?0L7QvNCy0YDQuA==?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Уважаема г-жо Петрова,

На 9 октомври 2026 г. поради техническа грешка в системата ни за ваучери
имейлът с Вашия ваучер за рожден ден беше изпратен и до друг клиент.
Съобщението съдържаше Вашето име и кода на ваучера, но не и други данни.

Анулирахме стария код. Като извинение Ви изпращаме нов ваучер:

Код: SORRY-BG-7K2M-Q94X
Стойност: 10 EUR
Валиден до: 31.12.2026 г.

Ако имате въпроси относно Вашите лични данни, отговорете на това съобщение.

С уважение,
Екип по защита на данните
Shop Example BV

--59MDeBqT012345.1792676412/mail.poshta-example.bg--
'''),
    ('bg', 'giftcard-platform-corporate-order-activated', 'automated', (),
'''Return-Path: <orders@giftio-example.bg>
Delivered-To: privacy@shop.example.be
Received: from out2.giftio-example.bg (out2.giftio-example.bg [198.51.100.212])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4HBr9K3TpVz1x0b
	for <privacy@shop.example.be>; Fri, 23 Oct 2026 09:15:33 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=giftio-example.bg; s=mail2026;
	t=1792739731; h=from:to:subject:date:message-id:mime-version:content-type;
	bh=Lansxdj+YZx8pNtnNWeXV+hqApwkBVpnJr91RGFJiqw=;
	b=STEqqdGKwG9NNJjrn2ilYv6QftiCaM3rBk9iIlyFSpTgYi1LPhcpA8kFASs4pHKI2gEzwzFOg+cV
	 xYSbbkHk87VzDJPeHcmSublC5oQcnN23I7sxdF+OkxuKQMtIS0qGWPkZf19D4zxan2951qE8WyLd
	 ayroNoIjS6wi3wnDyjY4bYgHa5jkcZz0gtoqZZwsymhi
Received: from app01.giftio.internal (app01.giftio.internal [10.12.0.21])
	by out2.giftio-example.bg (Postfix) with ESMTP id 8E42C1A0B3
	for <privacy@shop.example.be>; Fri, 23 Oct 2026 10:15:31 +0300 (EEST)
From: =?utf-8?b?R2lmdGlvIOKAkyDQutC+0YDQv9C+0YDQsNGC0LjQstC90Lgg0L/QvtC00LA=?=
 =?utf-8?b?0YDRitGH0L3QuCDQutCw0YDRgtC4?= <orders@giftio-example.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J/QvtGA0YrRh9C60LAgR0MtQkctMjAyNi0wMDkxNzogMTIg0LXQu9C1?=
 =?utf-8?b?0LrRgtGA0L7QvdC90Lgg0L/QvtC00LDRgNGK0YfQvdC4INC60LDRgNGC0Lgg0YE=?=
 =?utf-8?b?0LAg0LDQutGC0LjQstC40YDQsNC90Lg=?=
Date: Fri, 23 Oct 2026 10:15:31 +0300
Message-ID: <giftio.order.GC-BG-2026-00917.1792739731@giftio-example.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

0JfQtNGA0LDQstC10LnRgtC1LAoK0J/QvtGA0YrRh9C60LAgR0MtQkctMjAyNi0wMDkxNyDQvdCw
IFNob3AgRXhhbXBsZSBCViAo0JXQutC40L8g0L/QviDQt9Cw0YnQuNGC0LAg0L3QsCDQtNCw0L3Q
vdC40YLQtSkg0LUg0L7QsdGA0LDQsdC+0YLQtdC90LAuCgrQkNC60YLQuNCy0LjRgNCw0L3QuCDQ
utCw0YDRgtC4OiAxMiDDlyAxMCwwMCBFVVIK0JTQsNGC0LAg0L3QsCDQsNC60YLQuNCy0LjRgNCw
0L3QtTogMjMuMTAuMjAyNiDQsy4sIDEwOjE1CtCS0LDQu9C40LTQvdC+0YHRgjogMTIg0LzQtdGB
0LXRhtCwINC+0YIg0LDQutGC0LjQstC40YDQsNC90LXRgtC+CgrQodGC0LDRgtGD0YEg0L3QsCDQ
tNC+0YHRgtCw0LLQutCw0YLQsCDQtNC+INC/0L7Qu9GD0YfQsNGC0LXQu9C40YLQtToKICDQlNC+
0YHRgtCw0LLQtdC90Lg6IDExCiAg0J3QtdGD0YHQv9C10YjQvdC4OiAxIChnLnBldG9ydmFAcG9z
aHRhLWV4YW1wbGUuYmcg4oCTINCw0LTRgNC10YHRitGCINC90LUg0YHRitGJ0LXRgdGC0LLRg9Cy
0LApCgrQmtCw0YDRgtCw0YLQsCDRgSDQvdC10YPRgdC/0LXRiNC90LAg0LTQvtGB0YLQsNCy0LrQ
sCDQvtGB0YLQsNCy0LAg0LDQutGC0LjQstC90LAuINCc0L7QttC10YLQtSDQtNCwINGPINC40LfQ
v9GA0LDRgtC40YLQtSDQv9C+0LLRgtC+0YDQvdC+INC90LAg0LrQvtGA0LjQs9C40YDQsNC9INCw
0LTRgNC10YEg0L7RgiDQv9GA0L7RhNC40LvQsCDRgdC4OiDQn9C+0YDRitGH0LrQuCA+IEdDLUJH
LTIwMjYtMDA5MTcgPiDQn9C+0LLRgtC+0YDQvdC+INC40LfQv9GA0LDRidCw0L3QtS4KCtCY0LzQ
tdC90LDRgtCwINC4INC40LzQtdC50Lsg0LDQtNGA0LXRgdC40YLQtSDQvdCwINC/0L7Qu9GD0YfQ
sNGC0LXQu9C40YLQtSDRgdC1INGB0YrRhdGA0LDQvdGP0LLQsNGCIDEyINC80LXRgdC10YbQsCDR
gdC70LXQtCDQuNC30YLQuNGH0LDQvdC10YLQviDQvdCwINC60LDRgNGC0LjRgtC1LCDRgdC70LXQ
tCDQutC+0LXRgtC+INGB0LUg0LjQt9GC0YDQuNCy0LDRgiDQsNCy0YLQvtC80LDRgtC40YfQvdC+
LgoK0KLQvtCy0LAg0LUg0LDQstGC0L7QvNCw0YLQuNGH0L3QviDRgdGK0L7QsdGJ0LXQvdC40LUu
INCc0L7Qu9GPLCDQvdC1INC+0YLQs9C+0LLQsNGA0Y/QudGC0LUuCkdpZnRpbyDQldCe0J7QlCwg
0KHQvtGE0LjRjwo=
'''),
    ('bg', 'newsletter-connector-consent-sync-warnings', 'automated', (),
'''Return-Path: <no-reply@connector.mailbridge-example.eu>
Delivered-To: privacy@shop.example.be
Received: from smtp-out3.mailbridge-example.eu (smtp-out3.mailbridge-example.eu [203.0.113.52])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4HCb2L0XnQz1wZc
	for <privacy@shop.example.be>; Tue, 27 Oct 2026 01:03:42 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mailbridge-example.eu; s=mb1;
	t=1793059421; h=from:to:cc:subject:date:message-id:auto-submitted;
	bh=YoDpTozkaI1X3wHZUpY+pMW7s8NhaHYUxKm/e0Aqe7c=;
	b=jAtDmOQKaEqLhIZ53kC0/pTjbZWSN45G4OiQkYGOmqmVeNi2rBrCaFCuYWUV7yN7BT8UH0Vm+gh+
	 RKgeW8UGLGCnf9zCeAqjI9ZACQMBDIsNU7Z5jyKTeep9gl4+UAFI4th9uTdO5ZbOFJL9md8m2or/
	 EEbOcXiVP+xnn+h+3KHcjWWzq7onaf2m/QFbxuwyOjgI
From: MailBridge Connector <no-reply@connector.mailbridge-example.eu>
To: crm@shop.example.be
Cc: privacy@shop.example.be
Subject: =?utf-8?q?=5BShop_Example_BG=5D_=D0=A1=D0=B8=D0=BD=D1=85=D1=80?=
 =?utf-8?q?=D0=BE=D0=BD=D0=B8=D0=B7=D0=B0=D1=86=D0=B8=D1=8F_=D0=BD=D0=B0_?=
 =?utf-8?q?=D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D1=8F=D1=82=D0=B0_?=
 =?utf-8?q?=E2=80=93_=D0=B7=D0=B0=D0=B2=D1=8A=D1=80=D1=88=D0=B5=D0=BD=D0=B0_?=
 =?utf-8?q?=D1=81_=D0=BF=D1=80=D0=B5=D0=B4=D1=83=D0=BF=D1=80=D0=B5=D0=B6?=
 =?utf-8?q?=D0=B4=D0=B5=D0=BD=D0=B8=D1=8F?=
Date: Tue, 27 Oct 2026 02:03:41 +0200
Message-ID: <sync-bg-20261027-0200.d52f47d43b@connector.mailbridge-example.eu>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Mailer: MailBridge Notifier 3.2

=D0=A1=D0=B8=D0=BD=D1=85=D1=80=D0=BE=D0=BD=D0=B8=D0=B7=D0=B0=D1=86=D0=B8=D1=
=8F =D0=BD=D0=B0 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D1=8F=D1=82=D0=
=B0 =D0=B7=D0=B0 =D0=BC=D0=B0=D1=80=D0=BA=D0=B5=D1=82=D0=B8=D0=BD=D0=B3
=D0=90=D0=BA=D0=B0=D1=83=D0=BD=D1=82:   Shop Example =E2=80=93 =D0=91=D1=8A=
=D0=BB=D0=B3=D0=B0=D1=80=D0=B8=D1=8F
=D0=98=D0=B7=D1=82=D0=BE=D1=87=D0=BD=D0=B8=D0=BA: =D0=A4=D0=BE=D1=80=D0=BC=
=D1=83=D0=BB=D1=8F=D1=80 =E2=80=9E=D0=90=D0=B1=D0=BE=D0=BD=D0=B8=D1=80=D0=
=B0=D0=B9 =D1=81=D0=B5 =D0=B8 =D0=B2=D0=B7=D0=B5=D0=BC=D0=B8 =D0=B2=D0=B0=
=D1=83=D1=87=D0=B5=D1=80 5 EUR=E2=80=9C
=D0=A6=D0=B5=D0=BB:      CRM =E2=86=92 =D1=81=D0=BF=D0=B8=D1=81=D1=8A=D0=BA=
 =E2=80=9E=D0=91=D1=8E=D0=BB=D0=B5=D1=82=D0=B8=D0=BD BG=E2=80=9C

=D0=9D=D0=B0=D1=87=D0=B0=D0=BB=D0=BE: 27.10.2026 02:00:00 (EET)
=D0=9A=D1=80=D0=B0=D0=B9:   27.10.2026 02:03:41 (EET)

=D0=9E=D0=B1=D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=B5=D0=BD=D0=B8 =D0=B7=D0=B0=
=D0=BF=D0=B8=D1=81=D0=B8:       1284
  =D0=9D=D0=BE=D0=B2=D0=B8 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D1=8F=
:          312
  =D0=9E=D1=82=D1=82=D0=B5=D0=B3=D0=BB=D0=B5=D0=BD=D0=B8 =D1=81=D1=8A=D0=B3=
=D0=BB=D0=B0=D1=81=D0=B8=D1=8F:      58
  =D0=91=D0=B5=D0=B7 =D0=BF=D1=80=D0=BE=D0=BC=D1=8F=D0=BD=D0=B0:           =
 897
  =D0=93=D1=80=D0=B5=D1=88=D0=BA=D0=B8:                  17

=D0=93=D1=80=D0=B5=D1=88=D0=BA=D0=B8 (17):
  11 =C3=97 =D0=BB=D0=B8=D0=BF=D1=81=D0=B2=D0=B0=D1=82 =D0=B4=D0=B0=D1=82=
=D0=B0 =D0=B8 =D1=87=D0=B0=D1=81 =D0=BD=D0=B0 =D1=81=D1=8A=D0=B3=D0=BB=D0=
=B0=D1=81=D0=B8=D0=B5=D1=82=D0=BE (consent_timestamp)
   4 =C3=97 =D0=BB=D0=B8=D0=BF=D1=81=D0=B2=D0=B0 =D0=B2=D0=B5=D1=80=D1=81=
=D0=B8=D1=8F =D0=BD=D0=B0 =D1=82=D0=B5=D0=BA=D1=81=D1=82=D0=B0 =D0=B7=D0=B0=
 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D0=B5
   2 =C3=97 =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB =D0=B0=D0=B4=D1=80=D0=B5=D1=81=
=D1=8A=D1=82 =D0=B5 =D0=B2 =D1=81=D0=BF=D0=B8=D1=81=D1=8A=D0=BA=D0=B0 =D0=
=B7=D0=B0 =D0=B8=D0=B7=D0=BA=D0=BB=D1=8E=D1=87=D0=B2=D0=B0=D0=BD=D0=B5 (sup=
pression list)

=D0=97=D0=B0=D0=BF=D0=B8=D1=81=D0=B8=D1=82=D0=B5 =D1=81 =D0=B3=D1=80=D0=B5=
=D1=88=D0=BA=D0=B8 =D0=BD=D0=B5 =D1=81=D0=B0 =D0=B4=D0=BE=D0=B1=D0=B0=D0=B2=
=D0=B5=D0=BD=D0=B8 =D0=BA=D1=8A=D0=BC =D1=81=D0=BF=D0=B8=D1=81=D1=8A=D0=BA=
=D0=B0 =D0=B8 =D0=BD=D1=8F=D0=BC=D0=B0 =D0=B4=D0=B0 =D0=BF=D0=BE=D0=BB=D1=
=83=D1=87=D0=B0=D1=82 =D0=B2=D0=B0=D1=83=D1=87=D0=B5=D1=80 =D0=B7=D0=B0 =D0=
=B0=D0=B1=D0=BE=D0=BD=D0=B8=D1=80=D0=B0=D0=BD=D0=B5.
=D0=9F=D0=BE=D0=B4=D1=80=D0=BE=D0=B1=D0=B5=D0=BD =D0=BE=D1=82=D1=87=D0=B5=
=D1=82: https://app.mailbridge-example.eu/sync/bg/20261027-0200

=D0=A2=D0=BE=D0=B2=D0=B0 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5 =D0=B5 =D0=B3=D0=B5=D0=BD=D0=B5=D1=80=D0=B8=D1=80=D0=B0=D0=BD=D0=BE =
=D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE. =D0=9E=
=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B8=D1=82=D0=B5 =D0=BD=D0=B5 =D1=81=
=D0=B5 =D0=BE=D0=B1=D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=B2=D0=B0=D1=82.
'''),
    ('bg', 'person-outlook-ios-disclaimer-wrong-birth-date', 'correction', (),
'''Return-Path: <maria.georgieva@firma-example.bg>
Delivered-To: privacy@shop.example.be
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2104.outbound.protection.outlook.com [40.107.105.104])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GRt6k2JbWz1wYb
	for <privacy@shop.example.be>; Wed, 14 Jan 2026 11:31:11 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=firma-example.bg; s=selector2;
	t=1768386669; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
	bh=+5AK1qQmhySs0FEQGE9XsXLTqoI6B1AJpVlIhQFPT+s=;
	b=aJKXZRhdk3z7nciLPBG9R3SAjPjtO7lKEuBJ+GKjNzen2ErKT6RazC9/QSvQY9xadt89av3Pa9bR
	 +H4Tj2qU5WCgxBugqejjGJwp+0CLh1p3VbC/ymzH8qrhqlHXSlZBJQevUM5KcXcu94OurLsFPCNW
	 QYSTg1Wp4tpprP7PB9/odaN0nJ9yTy1q6ZHdDAa2zyMw
Received: from VI1PR09MB4218.eurprd09.prod.outlook.com (2603:10a6:803:12a::17)
 by DU0PR09MB5870.eurprd09.prod.outlook.com (2603:10a6:10:3c2::8) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8398.29; Wed, 14 Jan 2026 10:31:10 +0000
From: =?utf-8?B?0JzQsNGA0LjRjyDQk9C10L7RgNCz0LjQtdCy0LA=?= <maria.georgieva@firma-example.bg>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?UkU6INCn0LXRgdGC0LjRgiDRgNC+0LbQtNC10L0g0LTQtdC9LCDQnNCw?=
 =?utf-8?B?0YDQuNGPISDQktCw0YjQuNGP0YIg0L/QvtC00LDRgNGK0Lo6INCy0LDRg9GH0LU=?=
 =?utf-8?B?0YAg0LfQsCA1IEVVUg==?=
Thread-Topic: =?utf-8?B?0KfQtdGB0YLQuNGCINGA0L7QttC00LXQvSDQtNC10L0sINCc0LA=?=
 =?utf-8?B?0YDQuNGPISDQktCw0YjQuNGP0YIg0L/QvtC00LDRgNGK0Lo6INCy0LDRg9GH0LU=?=
 =?utf-8?B?0YAg0LfQsCA1IEVVUg==?=
Thread-Index: AQHcZTVKYwAzKSJQbeiD
Date: Wed, 14 Jan 2026 10:31:09 +0000
Message-ID: <VI1PR09MB42183F7C0A9E1B24D6E5C8F1A2B4@VI1PR09MB4218.eurprd09.prod.outlook.com>
References: <20260114070000.bday.4f7q2@mail.shop.example.be>
In-Reply-To: <20260114070000.bday.4f7q2@mail.shop.example.be>
Accept-Language: bg-BG, en-US
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-publictraffictype: Email
x-ms-traffictypediagnostic: VI1PR09MB4218:EE_|DU0PR09MB5870:EE_
Content-Type: multipart/alternative;
	boundary="_000_VI1PR09MB421896403A9401B71B260F0D6AA3VI1PR09MB4218eurp_"
MIME-Version: 1.0

--_000_VI1PR09MB421896403A9401B71B260F0D6AA3VI1PR09MB4218eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JTQvdC10YEg0L/QvtC70YPRh9C40YUg0L/QvtC30LTRgNCw
0LLQu9C10L3QuNC1INC4INCy0LDRg9GH0LXRgCDQt9CwINGA0L7QttC00LXQvSDQtNC10L0sINC9
0L4g0YDQvtC20LTQtdC90LjRj9GCINC80Lgg0LTQtdC9INC1INC90LAgMTQg0Y7QvdC4LCDQsCDQ
vdC1INC90LAgMTQg0Y/QvdGD0LDRgNC4LiDQktC10YDQvtGP0YLQvdC+INC00LDRgtCw0YLQsCDQ
tSDQt9Cw0L/QuNGB0LDQvdCwINCz0YDQtdGI0L3QviDQv9GA0Lgg0YDQtdCz0LjRgdGC0YDQsNGG
0LjRj9GC0LAg0LzQuCDQt9CwINC60LDRgNGC0LDRgtCwINC30LAg0LvQvtGP0LvQvdC+0YHRgi4g
0JzQvtC70Y8sINC60L7RgNC40LPQuNGA0LDQudGC0LUg0LTQsNGC0LDRgtCwINC90LAg0YDQsNC2
0LTQsNC90LUg0LIg0L/RgNC+0YTQuNC70LAg0LzQuCDQvdCwIDE0LjA2LjE5ODgg0LMuINCS0LDR
g9GH0LXRgNCwINC80L7QttC10YLQtSDQtNCwINC80Lgg0LPQviDQvtGB0YLQsNCy0LjRgtC1LCDQ
sNC60L4g0LjRgdC60LDRgtC1IDopCgrQn9C+0LfQtNGA0LDQstC4LArQnNCw0YDQuNGPINCT0LXQ
vtGA0LPQuNC10LLQsAoK0JjQt9C/0YDQsNGC0LXQvdC+INC+0YIgT3V0bG9vayDQt9CwIGlPUzxo
dHRwczovL2FrYS5tcy9vMHVrZWY+Cl9fX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fCtCe
0YI6IFNob3AgRXhhbXBsZSA8aGVsbG9AbWFpbC5zaG9wLmV4YW1wbGUuYmU+CtCY0LfQv9GA0LDR
gtC10L3Qvjog0YHRgNGP0LTQsCwgMTQg0Y/QvdGD0LDRgNC4IDIwMjYg0LMuLCAwOTowMArQlNC+
OiBtYXJpYS5nZW9yZ2lldmFAZmlybWEtZXhhbXBsZS5iZyA8bWFyaWEuZ2VvcmdpZXZhQGZpcm1h
LWV4YW1wbGUuYmc+CtCi0LXQvNCwOiDQp9C10YHRgtC40YIg0YDQvtC20LTQtdC9INC00LXQvSwg
0JzQsNGA0LjRjyEg0JLQsNGI0LjRj9GCINC/0L7QtNCw0YDRitC6OiDQstCw0YPRh9C10YAg0LfQ
sCA1IEVVUgoK0KfQtdGB0YLQuNGCINGA0L7QttC00LXQvSDQtNC10L0sINCc0LDRgNC40Y8hCgrQ
lNC90LXRgSDQtSDQktCw0YjQuNGP0YIg0LTQtdC9INC4INC40YHQutCw0LzQtSDQtNCwINCz0L4g
0L7RgtC/0YDQsNC30L3Rg9Cy0LDQvNC1INC30LDQtdC00L3QviDRgSDQktCw0YEuINCf0L7QtNCw
0YDRj9Cy0LDQvNC1INCS0Lgg0LLQsNGD0YfQtdGAINC30LAgNSBFVVIg0LfQsCDRgdC70LXQtNCy
0LDRidCw0YLQsCDQktC4INC/0L7QutGD0L/QutCwINC+0L3Qu9Cw0LnQvSDQuNC70Lgg0LIg0LzQ
sNCz0LDQt9C40L0uCgrQmtC+0LQ6IEJEQVktTUctNEY3UTIK0JLQsNC70LjQtNC10L0g0LTQvjog
MTMuMDIuMjAyNiDQsy4K0JzQuNC90LjQvNCw0LvQvdCwINGB0YLQvtC50L3QvtGB0YIg0L3QsCDQ
v9C+0LrRg9C/0LrQsNGC0LA6IDI1IEVVUgoK0JLQsNGD0YfQtdGA0YrRgiDRgdC1INC40LfQv9GA
0LDRidCwINC90LAg0YfQu9C10L3QvtCy0LXRgtC1INC90LAg0L/RgNC+0LPRgNCw0LzQsNGC0LAg
0LfQsCDQu9C+0Y/Qu9C90L7RgdGCLCDQutC+0LjRgtC+INGB0LAg0L/QvtGB0L7Rh9C40LvQuCDQ
tNCw0YLQsCDQvdCwINGA0LDQttC00LDQvdC1INCyINC/0YDQvtGE0LjQu9CwINGB0LguCgrQotC+
0LLQsCDRgdGK0L7QsdGJ0LXQvdC40LUg0LUg0LjQt9C/0YDQsNGC0LXQvdC+INCw0LLRgtC+0LzQ
sNGC0LjRh9C90L4uIFNob3AgRXhhbXBsZSBCVgoKX19fX19fX19fX19fX19fX19fX19fX19fX19f
X19fX18K0J/QntCS0JXQoNCY0KLQldCb0J3QntCh0KI6INCi0L7QstCwINGB0YrQvtCx0YnQtdC9
0LjQtSDQuCDQstGB0LjRh9C60Lgg0L/RgNC40LrQsNGH0LXQvdC4INC60YrQvCDQvdC10LPQviDR
hNCw0LnQu9C+0LLQtSDRgdCwINC/0L7QstC10YDQuNGC0LXQu9C90Lgg0Lgg0YHQsCDQv9GA0LXQ
tNC90LDQt9C90LDRh9C10L3QuCDQtdC00LjQvdGB0YLQstC10L3QviDQt9CwINC70LjRhtCw0YLQ
sCwg0LTQviDQutC+0LjRgtC+INGB0LAg0LDQtNGA0LXRgdC40YDQsNC90LguINCQ0LrQviDRgdGC
0LUg0L/QvtC70YPRh9C40LvQuCDRgdGK0L7QsdGJ0LXQvdC40LXRgtC+INC/0L4g0LPRgNC10YjQ
utCwLCDQvNC+0LvRjywg0YPQstC10LTQvtC80LXRgtC1INC90LXQt9Cw0LHQsNCy0L3QviDQv9C+
0LTQsNGC0LXQu9GPINC4INCz0L4g0LjQt9GC0YDQuNC50YLQtSDQvtGCINGB0LjRgdGC0LXQvNCw
0YLQsCDRgdC4LiDQktGB0Y/QutC+INC90LXRgNCw0LfRgNC10YjQtdC90L4g0LjQt9C/0L7Qu9C3
0LLQsNC90LUsINGA0LDQt9C/0YDQvtGB0YLRgNCw0L3QtdC90LjQtSwg0LrQvtC/0LjRgNCw0L3Q
tSDQuNC70Lgg0YDQsNC30LrRgNC40LLQsNC90LUg0L3QsCDRgdGK0LTRitGA0LbQsNC90LjQtdGC
0L4g0LUg0LfQsNCx0YDQsNC90LXQvdC+LiDigJ7QpNC40YDQvNCwINCf0YDQuNC80LXRgOKAnCDQ
ntCe0JQg0L7QsdGA0LDQsdC+0YLQstCwINC70LjRh9C90Lgg0LTQsNC90L3QuCDQsiDRgdGK0L7R
gtCy0LXRgtGB0YLQstC40LUg0YEg0KDQtdCz0LvQsNC80LXQvdGCICjQldChKSAyMDE2LzY3OS4g
0JjQvdGE0L7RgNC80LDRhtC40Y8g0LfQsCDQvtCx0YDQsNCx0L7RgtCy0LDQvdC10YLQviDQvdCw
INC70LjRh9C90Lgg0LTQsNC90L3QuDogaHR0cHM6Ly93d3cuZmlybWEtZXhhbXBsZS5iZy9wcml2
YWN5CkNPTkZJREVOVElBTElUWTogVGhpcyBlLW1haWwgYW5kIGFueSBhdHRhY2htZW50cyBhcmUg
Y29uZmlkZW50aWFsIGFuZCBpbnRlbmRlZCBzb2xlbHkgZm9yIHRoZSBhZGRyZXNzZWUocykuIElm
IHlvdSBoYXZlIHJlY2VpdmVkIGl0IGluIGVycm9yLCBwbGVhc2Ugbm90aWZ5IHRoZSBzZW5kZXIg
aW1tZWRpYXRlbHkgYW5kIGRlbGV0ZSBpdC4gQW55IHVuYXV0aG9yaXNlZCB1c2UsIGRpc2Nsb3N1
cmUgb3IgY29weWluZyBpcyBwcm9oaWJpdGVkLiBFLW1haWwgdHJhbnNtaXNzaW9uIGNhbm5vdCBi
ZSBndWFyYW50ZWVkIHRvIGJlIHNlY3VyZSBvciBlcnJvci1mcmVlLgo=

--_000_VI1PR09MB421896403A9401B71B260F0D6AA3VI1PR09MB4218eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxkaXYgc3R5bGU9ImZvbnQt
ZmFtaWx5OkFwdG9zLEFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXplOjEycHQiPgo8cD7Ql9C00YDQ
sNCy0LXQudGC0LUsPC9wPgo8cD7QlNC90LXRgSDQv9C+0LvRg9GH0LjRhSDQv9C+0LfQtNGA0LDQ
stC70LXQvdC40LUg0Lgg0LLQsNGD0YfQtdGAINC30LAg0YDQvtC20LTQtdC9INC00LXQvSwg0L3Q
viDRgNC+0LbQtNC10L3QuNGP0YIg0LzQuCDQtNC10L0g0LUg0L3QsCAxNCDRjtC90LgsINCwINC9
0LUg0L3QsCAxNCDRj9C90YPQsNGA0LguINCS0LXRgNC+0Y/RgtC90L4g0LTQsNGC0LDRgtCwINC1
INC30LDQv9C40YHQsNC90LAg0LPRgNC10YjQvdC+INC/0YDQuCDRgNC10LPQuNGB0YLRgNCw0YbQ
uNGP0YLQsCDQvNC4INC30LAg0LrQsNGA0YLQsNGC0LAg0LfQsCDQu9C+0Y/Qu9C90L7RgdGCLiDQ
nNC+0LvRjywg0LrQvtGA0LjQs9C40YDQsNC50YLQtSDQtNCw0YLQsNGC0LAg0L3QsCDRgNCw0LbQ
tNCw0L3QtSDQsiDQv9GA0L7RhNC40LvQsCDQvNC4INC90LAgMTQuMDYuMTk4OCDQsy4g0JLQsNGD
0YfQtdGA0LAg0LzQvtC20LXRgtC1INC00LAg0LzQuCDQs9C+INC+0YHRgtCw0LLQuNGC0LUsINCw
0LrQviDQuNGB0LrQsNGC0LUgOik8L3A+CjxwPtCf0L7Qt9C00YDQsNCy0LgsPGJyPgrQnNCw0YDQ
uNGPINCT0LXQvtGA0LPQuNC10LLQsDwvcD4KPHA+0JjQt9C/0YDQsNGC0LXQvdC+INC+0YIgT3V0
bG9vayDQt9CwIGlPUyZsdDtodHRwczovL2FrYS5tcy9vMHVrZWYmZ3Q7PGJyPgpfX19fX19fX19f
X19fX19fX19fX19fX19fX19fX19fXzxicj4K0J7RgjogU2hvcCBFeGFtcGxlICZsdDtoZWxsb0Bt
YWlsLnNob3AuZXhhbXBsZS5iZSZndDs8YnI+CtCY0LfQv9GA0LDRgtC10L3Qvjog0YHRgNGP0LTQ
sCwgMTQg0Y/QvdGD0LDRgNC4IDIwMjYg0LMuLCAwOTowMDxicj4K0JTQvjogbWFyaWEuZ2Vvcmdp
ZXZhQGZpcm1hLWV4YW1wbGUuYmcgJmx0O21hcmlhLmdlb3JnaWV2YUBmaXJtYS1leGFtcGxlLmJn
Jmd0Ozxicj4K0KLQtdC80LA6INCn0LXRgdGC0LjRgiDRgNC+0LbQtNC10L0g0LTQtdC9LCDQnNCw
0YDQuNGPISDQktCw0YjQuNGP0YIg0L/QvtC00LDRgNGK0Lo6INCy0LDRg9GH0LXRgCDQt9CwIDUg
RVVSPC9wPgo8cD7Qp9C10YHRgtC40YIg0YDQvtC20LTQtdC9INC00LXQvSwg0JzQsNGA0LjRjyE8
L3A+CjxwPtCU0L3QtdGBINC1INCS0LDRiNC40Y/RgiDQtNC10L0g0Lgg0LjRgdC60LDQvNC1INC0
0LAg0LPQviDQvtGC0L/RgNCw0LfQvdGD0LLQsNC80LUg0LfQsNC10LTQvdC+INGBINCS0LDRgS4g
0J/QvtC00LDRgNGP0LLQsNC80LUg0JLQuCDQstCw0YPRh9C10YAg0LfQsCA1IEVVUiDQt9CwINGB
0LvQtdC00LLQsNGJ0LDRgtCwINCS0Lgg0L/QvtC60YPQv9C60LAg0L7QvdC70LDQudC9INC40LvQ
uCDQsiDQvNCw0LPQsNC30LjQvS48L3A+CjxwPtCa0L7QtDogQkRBWS1NRy00RjdRMjxicj4K0JLQ
sNC70LjQtNC10L0g0LTQvjogMTMuMDIuMjAyNiDQsy48YnI+CtCc0LjQvdC40LzQsNC70L3QsCDR
gdGC0L7QudC90L7RgdGCINC90LAg0L/QvtC60YPQv9C60LDRgtCwOiAyNSBFVVI8L3A+CjxwPtCS
0LDRg9GH0LXRgNGK0YIg0YHQtSDQuNC30L/RgNCw0YnQsCDQvdCwINGH0LvQtdC90L7QstC10YLQ
tSDQvdCwINC/0YDQvtCz0YDQsNC80LDRgtCwINC30LAg0LvQvtGP0LvQvdC+0YHRgiwg0LrQvtC4
0YLQviDRgdCwINC/0L7RgdC+0YfQuNC70Lgg0LTQsNGC0LAg0L3QsCDRgNCw0LbQtNCw0L3QtSDQ
siDQv9GA0L7RhNC40LvQsCDRgdC4LjwvcD4KPHA+0KLQvtCy0LAg0YHRitC+0LHRidC10L3QuNC1
INC1INC40LfQv9GA0LDRgtC10L3QviDQsNCy0YLQvtC80LDRgtC40YfQvdC+LiBTaG9wIEV4YW1w
bGUgQlY8L3A+CjxwPl9fX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fPGJyPgrQn9Ce0JLQ
ldCg0JjQotCV0JvQndCe0KHQojog0KLQvtCy0LAg0YHRitC+0LHRidC10L3QuNC1INC4INCy0YHQ
uNGH0LrQuCDQv9GA0LjQutCw0YfQtdC90Lgg0LrRitC8INC90LXQs9C+INGE0LDQudC70L7QstC1
INGB0LAg0L/QvtCy0LXRgNC40YLQtdC70L3QuCDQuCDRgdCwINC/0YDQtdC00L3QsNC30L3QsNGH
0LXQvdC4INC10LTQuNC90YHRgtCy0LXQvdC+INC30LAg0LvQuNGG0LDRgtCwLCDQtNC+INC60L7Q
uNGC0L4g0YHQsCDQsNC00YDQtdGB0LjRgNCw0L3QuC4g0JDQutC+INGB0YLQtSDQv9C+0LvRg9GH
0LjQu9C4INGB0YrQvtCx0YnQtdC90LjQtdGC0L4g0L/QviDQs9GA0LXRiNC60LAsINC80L7Qu9GP
LCDRg9Cy0LXQtNC+0LzQtdGC0LUg0L3QtdC30LDQsdCw0LLQvdC+INC/0L7QtNCw0YLQtdC70Y8g
0Lgg0LPQviDQuNC30YLRgNC40LnRgtC1INC+0YIg0YHQuNGB0YLQtdC80LDRgtCwINGB0LguINCS
0YHRj9C60L4g0L3QtdGA0LDQt9GA0LXRiNC10L3QviDQuNC30L/QvtC70LfQstCw0L3QtSwg0YDQ
sNC30L/RgNC+0YHRgtGA0LDQvdC10L3QuNC1LCDQutC+0L/QuNGA0LDQvdC1INC40LvQuCDRgNCw
0LfQutGA0LjQstCw0L3QtSDQvdCwINGB0YrQtNGK0YDQttCw0L3QuNC10YLQviDQtSDQt9Cw0LHR
gNCw0L3QtdC90L4uIOKAntCk0LjRgNC80LAg0J/RgNC40LzQtdGA4oCcINCe0J7QlCDQvtCx0YDQ
sNCx0L7RgtCy0LAg0LvQuNGH0L3QuCDQtNCw0L3QvdC4INCyINGB0YrQvtGC0LLQtdGC0YHRgtCy
0LjQtSDRgSDQoNC10LPQu9Cw0LzQtdC90YIgKNCV0KEpIDIwMTYvNjc5LiDQmNC90YTQvtGA0LzQ
sNGG0LjRjyDQt9CwINC+0LHRgNCw0LHQvtGC0LLQsNC90LXRgtC+INC90LAg0LvQuNGH0L3QuCDQ
tNCw0L3QvdC4OiBodHRwczovL3d3dy5maXJtYS1leGFtcGxlLmJnL3ByaXZhY3k8YnI+CkNPTkZJ
REVOVElBTElUWTogVGhpcyBlLW1haWwgYW5kIGFueSBhdHRhY2htZW50cyBhcmUgY29uZmlkZW50
aWFsIGFuZCBpbnRlbmRlZCBzb2xlbHkgZm9yIHRoZSBhZGRyZXNzZWUocykuIElmIHlvdSBoYXZl
IHJlY2VpdmVkIGl0IGluIGVycm9yLCBwbGVhc2Ugbm90aWZ5IHRoZSBzZW5kZXIgaW1tZWRpYXRl
bHkgYW5kIGRlbGV0ZSBpdC4gQW55IHVuYXV0aG9yaXNlZCB1c2UsIGRpc2Nsb3N1cmUgb3IgY29w
eWluZyBpcyBwcm9oaWJpdGVkLiBFLW1haWwgdHJhbnNtaXNzaW9uIGNhbm5vdCBiZSBndWFyYW50
ZWVkIHRvIGJlIHNlY3VyZSBvciBlcnJvci1mcmVlLjwvcD4KPC9kaXY+CjwvYm9keT4KPC9odG1s
Pgo=

--_000_VI1PR09MB421896403A9401B71B260F0D6AA3VI1PR09MB4218eurp_--
'''),
]

"""Twenty-second set, robot mail of classic MTAs and auto-responders, and people who look like them (pl cs hr sv ro el bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'postfix-custom-template-pl', 'automated', (), '''Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: by mx1.shop.example.be (Postfix)
	id 9B2E81A03C; Tue,  3 Nov 2026 10:41:12 +0100 (CET)
Received: by smtp.kancelaria-wrobel.pl (Postfix)
	id 5E7F8200E51; Tue,  3 Nov 2026 10:41:08 +0100 (CET)
Date: Tue,  3 Nov 2026 10:41:08 +0100 (CET)
From: MAILER-DAEMON@smtp.kancelaria-wrobel.pl (System Poczty)
Subject: =?UTF-8?B?V2lhZG9tb8WbxIcgbmllZG9zdGFyY3pvbmEgLSB6d3JvdCBkbyBuYWRhd2N5?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5E7F8200E51.1793706068/smtp.kancelaria-wrobel.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <20261103094108.5E7F8200E51@smtp.kancelaria-wrobel.pl>

This is a MIME-encapsulated message.

--5E7F8200E51.1793706068/smtp.kancelaria-wrobel.pl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Tu system pocztowy serwera smtp.kancelaria-wrobel.pl.

Niestety Twoja wiadomość nie mogła zostać dostarczona do jednego
lub kilku odbiorców. Wiadomość zwrócona znajduje się poniżej.

W razie problemów napisz do postmaster@kancelaria-wrobel.pl
i dołącz ten raport. Możesz usunąć własny tekst z załączonej
wiadomości.

                   System poczty

<m.wrobel@kancelaria-wrobel.pl> (expanded from <biuro@kancelaria-wrobel.pl>):
    unknown user: "m.wrobel"

--5E7F8200E51.1793706068/smtp.kancelaria-wrobel.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.kancelaria-wrobel.pl
X-Postfix-Queue-ID: 5E7F8200E51
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue,  3 Nov 2026 10:41:07 +0100 (CET)

Final-Recipient: rfc822; m.wrobel@kancelaria-wrobel.pl
Original-Recipient: rfc822;biuro@kancelaria-wrobel.pl
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "m.wrobel"

--5E7F8200E51.1793706068/smtp.kancelaria-wrobel.pl
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from relay.shop.example.be (relay.shop.example.be [195.130.144.21])
	by smtp.kancelaria-wrobel.pl (Postfix) with ESMTPS id 3C1A0200E4F
	for <biuro@kancelaria-wrobel.pl>; Tue,  3 Nov 2026 10:41:07 +0100 (CET)
From: "Shop Example - Ochrona danych" <privacy@shop.example.be>
To: biuro@kancelaria-wrobel.pl
Subject: =?utf-8?q?Potwierdzenie_to=C5=BCsamo=C5=9Bci_=E2=80=93_wniosek_o_dost?=
 =?utf-8?q?=C4=99p_do_danych_=5BPRV-2026-11402=5D?=
Date: Tue, 03 Nov 2026 10:41:05 +0100
Message-ID: <prv-2026-11402.idcheck.1@shop.example.be>
In-Reply-To: <a81f3c2e-55d1-4b0e-9c7a-kancelaria@kancelaria-wrobel.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Szanowny Panie Mecenasie,

dziękujemy za wniosek o dostęp do danych osobowych (art. 15 RODO),
który otrzymaliśmy 2 listopada 2026 r. Sprawie nadaliśmy numer
PRV-2026-11402.

Zanim udostępnimy jakiekolwiek dane, musimy upewnić się, że wniosek
pochodzi od osoby, której dane dotyczą. Prosimy o kliknięcie w poniższy
link w ciągu 14 dni:

  https://shop.example.be/privacy/verify?c=PRV-2026-11402&t=7f3Kq9xLw2

Jeżeli wniosek składa Pan w imieniu klienta, prosimy o przesłanie
pełnomocnictwa podpisanego przez klienta.

Odpowiemy w terminie jednego miesiąca od potwierdzenia tożsamości.

Z poważaniem
Zespół ds. ochrony danych
Shop Example BV, Antwerpen
privacy@shop.example.be

--5E7F8200E51.1793706068/smtp.kancelaria-wrobel.pl--
'''),

    ('pl', 'o365-ndr-pl', 'automated', (), '''Received: from DB8PR09MB4512.eurprd09.prod.outlook.com (2603:10a6:10:12e::9)
 by mx1.shop.example.be with ESMTPS; Wed, 4 Nov 2026 09:12:44 +0100
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@budmaxserwis.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Wed, 4 Nov 2026 08:12:41 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="d1a3bb57-2f0e-4c9d-9a8e-63c0f5e21b47"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pl-PL
Message-ID:
 <0c5b2e9a-7d41-4f1c-b3a0-5e6a1d3f9c22@DB8PR09MB4512.eurprd09.prod.outlook.com>
In-Reply-To: <prv-2026-11415.ack.1@shop.example.be>
References: <prv-2026-11415.ack.1@shop.example.be>
Subject: Niedostarczalne: Re: Wniosek o przeniesienie danych [PRV-2026-11415]
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-TrafficTypeDiagnostic: DB8PR09MB4512:EE_|DB8PR09MB4512:EE_
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--d1a3bb57-2f0e-4c9d-9a8e-63c0f5e21b47
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="0a9e7c31-6b2f-48d5-b1e4-2f7d8c6a5b90"

--0a9e7c31-6b2f-48d5-b1e4-2f7d8c6a5b90
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RG9zdGFyY3plbmllIGRvIHR5Y2ggYWRyZXNhdMOzdyBsdWIgZ3J1cCBuaWUgcG93aW9kxYJvIHNp
xJk6CgpLYXRhcnp5bmEgWmllbGnFhHNrYSAoa2F0YXJ6eW5hLnppZWxpbnNrYUBidWRtYXgtc2Vy
d2lzLnBsKQpOaWUgbW/FvG5hIHpuYWxlxbrEhyBhZHJlc3UgZS1tYWlsLCBrdMOzcnkgem9zdGHF
giB3cHJvd2Fkem9ueS4gU3ByYXdkxbogYWRyZXMgZS1tYWlsIGFkcmVzYXRhIGkgc3Byw7NidWog
cG9ub3duaWUgd3lzxYJhxIcgd2lhZG9tb8WbxIcuIEplxZtsaSBwcm9ibGVtIG5hZGFsIHd5c3TE
mXB1amUsIHNrb250YWt0dWogc2nEmSB6IHBvbW9jxIUgdGVjaG5pY3puxIUuCgpJbmZvcm1hY2pl
IGRpYWdub3N0eWN6bmUgZGxhIGFkbWluaXN0cmF0b3LDs3c6CgpHZW5lcnVqxIVjeSBzZXJ3ZXI6
IERCOFBSMDlNQjQ1MTIuZXVycHJkMDkucHJvZC5vdXRsb29rLmNvbQoKa2F0YXJ6eW5hLnppZWxp
bnNrYUBidWRtYXgtc2Vyd2lzLnBsClJlbW90ZSBTZXJ2ZXIgcmV0dXJuZWQgJzU1MCA1LjEuMTAg
UkVTT0xWRVIuQURSLlJlY2lwaWVudE5vdEZvdW5kOyBSZWNpcGllbnQgbm90IGZvdW5kIGJ5IFNN
VFAgYWRkcmVzcyBsb29rdXAnCgpPcnlnaW5hbG5lIG5hZ8WCw7N3a2kgd2lhZG9tb8WbY2k6CgpS
ZWNlaXZlZDogZnJvbSBBTTZQMTk0Q0EwMDIxLkVVUlAxOTQuUFJPRC5PVVRMT09LLkNPTSAoMjYw
MzoxMGE2OjIwOTo5MDo6MzQpCiBieSBEQjhQUjA5TUI0NTEyLmV1cnByZDA5LnByb2Qub3V0bG9v
ay5jb20gKDI2MDM6MTBhNjoxMDoxMmU6OjkpIHdpdGgKIE1pY3Jvc29mdCBTTVRQIFNlcnZlciAo
dmVyc2lvbj1UTFMxXzIsCiBjaXBoZXI9VExTX0VDREhFX1JTQV9XSVRIX0FFU18yNTZfR0NNX1NI
QTM4NCkgaWQgMTUuMjAuODYzMi4yMjsgV2VkLCA0IE5vdgogMjAyNiAwODoxMjo0MCArMDAwMApG
cm9tOiAiU2hvcCBFeGFtcGxlIC0gT2Nocm9uYSBkYW55Y2giIDxwcml2YWN5QHNob3AuZXhhbXBs
ZS5iZT4KVG86IDxrYXRhcnp5bmEuemllbGluc2thQGJ1ZG1heC1zZXJ3aXMucGw+ClN1YmplY3Q6
IFJlOiBXbmlvc2VrIG8gcHJ6ZW5pZXNpZW5pZSBkYW55Y2ggW1BSVi0yMDI2LTExNDE1XQpEYXRl
OiBXZWQsIDQgTm92IDIwMjYgMDk6MTI6MzMgKzAxMDAKTWVzc2FnZS1JRDogPHBydi0yMDI2LTEx
NDE1LmFjay4xQHNob3AuZXhhbXBsZS5iZT4KTUlNRS1WZXJzaW9uOiAxLjAKQ29udGVudC1UeXBl
OiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCIK

--0a9e7c31-6b2f-48d5-b1e4-2f7d8c6a5b90
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Dostarczenie do tyc=
h adresat=C3=B3w lub grup nie powiod=C5=82o si=C4=99:</font></b></p>
<p><a href=3D"mailto:katarzyna.zielinska@budmax-serwis.pl">Katarzyna Zieli=
=C5=84ska (katarzyna.zielinska@budmax-serwis.pl)</a><br>
Nie mo=C5=BCna znale=C5=BA=C4=87 adresu e-mail, kt=C3=B3ry zosta=C5=82 wpro=
wadzony. Sprawd=C5=BA adres e-mail adresata i spr=C3=B3buj ponownie wys=C5=
=82a=C4=87 wiadomo=C5=9B=C4=87. Je=C5=9Bli problem nadal wyst=C4=99puje, sk=
ontaktuj si=C4=99 z pomoc=C4=85 techniczn=C4=85.</p>
<p><font color=3D"#808080" size=3D"2" face=3D"Tahoma"><br><br><b>Informacje=
 diagnostyczne dla administrator=C3=B3w:</b></font></p>
<p><font color=3D"#808080" size=3D"2" face=3D"Tahoma">Generuj=C4=85cy serwe=
r: DB8PR09MB4512.eurprd09.prod.outlook.com</font></p>
<p><font color=3D"#808080" size=3D"2" face=3D"Tahoma">katarzyna.zielinska@b=
udmax-serwis.pl<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'</font></p>
</body>
</html>

--0a9e7c31-6b2f-48d5-b1e4-2f7d8c6a5b90--

--d1a3bb57-2f0e-4c9d-9a8e-63c0f5e21b47
Content-Type: message/delivery-status

Reporting-MTA: dns;DB8PR09MB4512.eurprd09.prod.outlook.com
Received-From-MTA: dns;AM6P194CA0021.EURP194.PROD.OUTLOOK.COM
Arrival-Date: Wed, 4 Nov 2026 08:12:40 +0000

Final-Recipient: rfc822;katarzyna.zielinska@budmax-serwis.pl
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--d1a3bb57-2f0e-4c9d-9a8e-63c0f5e21b47
Content-Type: text/rfc822-headers

Received: from AM6P194CA0021.EURP194.PROD.OUTLOOK.COM (2603:10a6:209:90::34)
 by DB8PR09MB4512.eurprd09.prod.outlook.com (2603:10a6:10:12e::9) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.22; Wed, 4 Nov
 2026 08:12:40 +0000
From: "Shop Example - Ochrona danych" <privacy@shop.example.be>
To: <katarzyna.zielinska@budmax-serwis.pl>
Subject: Re: Wniosek o przeniesienie danych [PRV-2026-11415]
Date: Wed, 4 Nov 2026 09:12:33 +0100
Message-ID: <prv-2026-11415.ack.1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--d1a3bb57-2f0e-4c9d-9a8e-63c0f5e21b47--
'''),

    ('pl', 'wp-pl-overquota', 'automated', (), '''Return-Path: <>
Received: from mx.wp.pl (mx.wp.pl [212.77.101.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 1F6C21A0411
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 17:03:29 +0100 (CET)
Date: Thu, 5 Nov 2026 17:03:27 +0100
From: Mail Delivery System <MAILER-DAEMON@wp.pl>
To: privacy@shop.example.be
Subject: =?iso-8859-2?Q?Zwrot_wiadomo=B6ci_-_skrzynka_odbiorcy_jest_pe=B3na?=
Message-ID: <wp-bounce-6f0c2d81a4e7@mx.wp.pl>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: quoted-printable

Wiadomo=B6=E6 nie zosta=B3a dostarczona.

Skrzynka odbiorcy ewa_kaczmarek77@wp.pl jest przepe=B3niona i nie mo=BFe
przyj=B1=E6 nowych wiadomo=B6ci. Spr=F3buj wys=B3a=E6 wiadomo=B6=E6 p=F3=BC=
niej albo
skontaktuj si=EA z odbiorc=B1 innym sposobem.

Odpowied=BC serwera:
  <ewa_kaczmarek77@wp.pl>: 552 5.2.2 Mailbox size limit exceeded

--- Nag=B3=F3wki zwr=F3conej wiadomo=B6ci ---

From: "Shop Example - Ochrona danych" <privacy@shop.example.be>
To: ewa_kaczmarek77@wp.pl
Subject: Potwierdzenie usuni=EAcia konta [PRV-2026-11377]
Date: Thu, 05 Nov 2026 17:03:20 +0100
Message-ID: <prv-2026-11377.done@shop.example.be>
'''),

    ('pl', 'gmail-vacation-pl', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by mail-ej1-f52.google.com with SMTP id a640c23a62f3a-b2c5e1f07a3so41823866b.2
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 05:02:53 -0800 (PST)
MIME-Version: 1.0
From: Tomasz Lewandowski <tomek.lewandowski84@gmail.com>
Date: Wed, 11 Nov 2026 14:02:51 +0100
Message-ID: <CAHk7Zp3vX1q+dPq0tLr9mYc8e2w@mail.gmail.com>
Subject: =?UTF-8?B?VXJsb3AgZG8gMjMgbGlzdG9wYWRh?=
To: privacy@shop.example.be
In-Reply-To: <prv-2026-11433.export.1@shop.example.be>
References: <prv-2026-11433.export.1@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000b7e3c40623f1a9d2"

--000000000000b7e3c40623f1a9d2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

jestem na urlopie do 23 listopada i nie mam dost=C4=99pu do poczty.
Odpisz=C4=99 po powrocie.

Pozdrawiam
Tomasz Lewandowski

--000000000000b7e3c40623f1a9d2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Dzie=C5=84 dobry,<br><br>jestem na urlopie do 23 listopada=
 i nie mam dost=C4=99pu do poczty.<br>Odpisz=C4=99 po powrocie.<br><br>Pozd=
rawiam<br>Tomasz Lewandowski</div>

--000000000000b7e3c40623f1a9d2--
'''),

    ('pl', 'exchange-onprem-oof-pl', 'automated', (), '''Received: from EXCH02.drewpol.local (10.10.1.12) by EXCH01.drewpol.local
 (10.10.1.11) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Mon, 9 Nov
 2026 11:20:05 +0100
From: =?iso-8859-2?Q?Pawe=B3_Szyma=F1ski?= <pawel.szymanski@drewpol-lodz.pl>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-2?q?Odpowied=BC_automatyczna=3A_Pro=B6ba_o_korekt=EA_adresu_fak?=
 =?iso-8859-2?q?tury_=5BPRV-2026-11390=5D?=
Thread-Topic: Prośba o korektę adresu faktury [PRV-2026-11390]
Thread-Index: AQHbU3xJkq2Pq8vFwU2E0o4X9mS2Sg==
Date: Mon, 9 Nov 2026 10:20:04 +0000
Message-ID: <a7b1c93e44d2475fa1d0e9f6c3b28d71@EXCH02.drewpol.local>
In-Reply-To: <prv-2026-11390.corr.1@shop.example.be>
References: <prv-2026-11390.corr.1@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: pawel.szymanski@drewpol-lodz.pl
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <prv-2026-11390.corr.1@shop.example.be>
x-ms-exchange-transport-fromentityheader: Hosted
Content-Language: pl-PL
Content-Type: multipart/alternative;
	boundary="_000_a7b1c93e44d2475fa1d0e9f6c3b28d71EXCH02drewpollocal_"
MIME-Version: 1.0

--_000_a7b1c93e44d2475fa1d0e9f6c3b28d71EXCH02drewpollocal_
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Dzie=F1 dobry,

dzi=EAkuj=EA za wiadomo=B6=E6. Przebywam poza biurem do 16.11.2026 r.
W sprawach pilnych prosz=EA kontaktowa=E6 si=EA z p. Agnieszk=B1 Mazur:
agnieszka.mazur@drewpol-lodz.pl, tel. +48 42 630 11 27.

Z powa=BFaniem
Pawe=B3 Szyma=F1ski
Kierownik dzia=B3u zakup=F3w
DREWPOL Sp. z o.o.

--_000_a7b1c93e44d2475fa1d0e9f6c3b28d71EXCH02drewpollocal_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD4KPGJvZHk+PGRpdiBzdHlsZT0iZm9udC1mYW1p
bHk6Q2FsaWJyaSxBcmlhbCxzYW5zLXNlcmlmOyBmb250LXNpemU6MTFwdCI+CjxwPkR6aWXFhCBk
b2JyeSw8L3A+CjxwPmR6acSZa3VqxJkgemEgd2lhZG9tb8WbxIcuIFByemVieXdhbSBwb3phIGJp
dXJlbSBkbyAxNi4xMS4yMDI2IHIuPGJyPgpXIHNwcmF3YWNoIHBpbG55Y2ggcHJvc3rEmSBrb250
YWt0b3dhxIcgc2nEmSB6IHAuIEFnbmllc3prxIUgTWF6dXI6CjxhIGhyZWY9Im1haWx0bzphZ25p
ZXN6a2EubWF6dXJAZHJld3BvbC1sb2R6LnBsIj5hZ25pZXN6a2EubWF6dXJAZHJld3BvbC1sb2R6
LnBsPC9hPiwgdGVsLiArNDggNDIgNjMwIDExIDI3LjwvcD4KPHA+WiBwb3dhxbxhbmllbTxicj5Q
YXdlxYIgU3p5bWHFhHNraTxicj5LaWVyb3duaWsgZHppYcWCdSB6YWt1cMOzdzxicj5EUkVXUE9M
IFNwLiB6IG8uby48L3A+CjwvZGl2PjwvYm9keT48L2h0bWw+Cg==

--_000_a7b1c93e44d2475fa1d0e9f6c3b28d71EXCH02drewpollocal_--
'''),

    ('pl', 'outlook-read-receipt-pl', 'automated', (), '''From: =?utf-8?B?Sm9hbm5hIFdpxZtuaWV3c2th?= <j.wisniewska@ortoprofil.com.pl>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Przeczytane: Kopia Pani danych osobowych [PRV-2026-11451]
Thread-Topic: Kopia Pani danych osobowych [PRV-2026-11451]
Date: Thu, 12 Nov 2026 08:31:02 +0000
Message-ID: <VI1PR04MB70212F3A9D5B1C88E40F2B77D91A2@VI1PR04MB7021.eurprd04.prod.outlook.com>
References: <prv-2026-11451.export.1@shop.example.be>
In-Reply-To: <prv-2026-11451.export.1@shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_VI1PR04MB70212F3A9D5B1C88E40F2B77D91A2VI1PR04MB7021eurp_"
MIME-Version: 1.0

--_000_VI1PR04MB70212F3A9D5B1C88E40F2B77D91A2VI1PR04MB7021eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

V2lhZG9tb8WbxIcKCiAgRG86IEpvYW5uYSBXacWbbmlld3NrYQogIFRlbWF0OiBLb3BpYSBQYW5p
IGRhbnljaCBvc29ib3d5Y2ggW1BSVi0yMDI2LTExNDUxXQogIFd5c8WCYW5vOiAxMiBsaXN0b3Bh
ZGEgMjAyNiAwODo1NToxNCAoVVRDKzAxOjAwKSBTYXJhamV3bywgU2tvcGllLCBXYXJzemF3YSwg
WmFncnplYgoKem9zdGHFgmEgcHJ6ZWN6eXRhbmEgZG5pYSAxMiBsaXN0b3BhZGEgMjAyNiAwOToz
MTowMiAoVVRDKzAxOjAwKSBTYXJhamV3bywgU2tvcGllLCBXYXJzemF3YSwgWmFncnplYi4K

--_000_VI1PR04MB70212F3A9D5B1C88E40F2B77D91A2VI1PR04MB7021eurp_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; j.wisniewska@ortoprofil.com.pl
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: vT2rG8cQ3U2Lx9b0m1PZ6w==
Original-Message-ID: <prv-2026-11451.export.1@shop.example.be>
X-Display-Name: =?utf-8?B?Sm9hbm5hIFdpxZtuaWV3c2th?=

--_000_VI1PR04MB70212F3A9D5B1C88E40F2B77D91A2VI1PR04MB7021eurp_--
'''),

    ('cs', 'seznam-mailbox-disabled', 'automated', (), '''Return-Path: <>
Received: from mx2.seznam.cz (mx2.seznam.cz [77.75.76.32])
	by mx1.shop.example.be (Postfix) with ESMTPS id 6A0D41A0599
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 13:27:45 +0100 (CET)
Date: Mon, 02 Nov 2026 13:27:44 +0100
From: Mail Delivery System <MAILER-DAEMON@seznam.cz>
To: privacy@shop.example.be
Subject: =?utf-8?q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va?=
Message-ID: <dsn.31f7c0a2e9b8.mx2@seznam.cz>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="=_szn_dsn_31f7c0a2e9b8"

--=_szn_dsn_31f7c0a2e9b8
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

toto je automatick=C3=A1 zpr=C3=A1va po=C5=A1tovn=C3=ADho syst=C3=A9mu Sezn=
am.cz.

Va=C5=A1i zpr=C3=A1vu se nepoda=C5=99ilo doru=C4=8Dit na adresu:

    jana.prochazkova@seznam.cz

D=C5=AFvod: schr=C3=A1nka p=C5=99=C3=ADjemce je zablokov=C3=A1na, proto=C5=
=BEe nebyla dlouho
pou=C5=BE=C3=ADv=C3=A1na. Zpr=C3=A1vy na tuto adresu nelze doru=C4=8Dit.

Na tuto zpr=C3=A1vu neodpov=C3=ADdejte.

--=_szn_dsn_31f7c0a2e9b8
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.seznam.cz
Arrival-Date: Mon, 02 Nov 2026 13:27:43 +0100

Final-Recipient: rfc822; jana.prochazkova@seznam.cz
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled

--=_szn_dsn_31f7c0a2e9b8
Content-Type: text/rfc822-headers

Received: from relay.shop.example.be (relay.shop.example.be [195.130.144.21])
	by mx2.seznam.cz (szn-email-smtpd/2.0.62) with ESMTPS
	for <jana.prochazkova@seznam.cz>; Mon, 02 Nov 2026 13:27:43 +0100 (CET)
From: "Shop Example - Ochrana osobních údajů" <privacy@shop.example.be>
To: jana.prochazkova@seznam.cz
Subject: =?utf-8?q?Potvrzen=C3=AD_odhl=C3=A1=C5=A1en=C3=AD_z_newsletteru?=
Date: Mon, 02 Nov 2026 13:27:40 +0100
Message-ID: <prv-2026-11361.unsub@shop.example.be>

--=_szn_dsn_31f7c0a2e9b8--
'''),

    ('cs', 'qmail-send-bounce', 'automated', (), '''Return-Path: <>
Received: (qmail 28114 invoked for bounce); 6 Nov 2026 09:02:11 -0000
Date: 6 Nov 2026 09:02:11 -0000
From: MAILER-DAEMON@mail.stavby-dvorak.cz
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20261106090211.28114.qmail@mail.stavby-dvorak.cz>

Hi. This is the qmail-send program at mail.stavby-dvorak.cz.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<m.dvorak@stavby-dvorak.cz>:
This message is looping: it already has my Delivered-To line. (#5.4.6)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Delivered-To: m.dvorak@stavby-dvorak.cz
Received: (qmail 28109 invoked from network); 6 Nov 2026 09:02:10 -0000
Received: from relay.shop.example.be (195.130.144.21)
  by mail.stavby-dvorak.cz with ESMTPS; 6 Nov 2026 09:02:10 -0000
From: "Shop Example - Ochrana osobních údajů" <privacy@shop.example.be>
To: m.dvorak@stavby-dvorak.cz
Subject: =?utf-8?b?S29waWUgVmHFoWljaCBvc29ibsOtY2ggw7pkYWrFryBbUFJWLTIwMjYtMTE0MDhd?=
Date: Fri, 06 Nov 2026 10:02:04 +0100
Message-ID: <prv-2026-11408.export.1@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===============4417283905211094321=="

--===============4417283905211094321==
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den, pane Dvo=C5=99=C3=A1ku,

v p=C5=99=C3=ADloze V=C3=A1m zas=C3=ADl=C3=A1me kopii osobn=C3=ADch =C3=BAd=
aj=C5=AF, kter=C3=A9 o V=C3=A1s zpracov=C3=A1v=C3=A1me
(=C4=8Dl. 15 GDPR), ve form=C3=A1tu CSV. Spis PRV-2026-11408.

Pokud byste cht=C4=9Bl n=C4=9Bkter=C3=BD =C3=BAdaj opravit nebo vymazat, od=
pov=C4=9Bzte pros=C3=ADm
na tento e-mail.

S pozdravem
T=C3=BDm ochrany osobn=C3=ADch =C3=BAdaj=C5=AF
Shop Example BV

--===============4417283905211094321==
Content-Type: text/csv; charset="utf-8"; name="osobni-udaje-PRV-2026-11408.csv"
Content-Disposition: attachment; filename="osobni-udaje-PRV-2026-11408.csv"
Content-Transfer-Encoding: base64

dHlwO2hvZG5vdGE7emRyb2o7ZGF0dW0Kam1lbm87TWFydGluIER2b8WZw6FrO3JlZ2lzdHJhY2U7
MjAyMy0wNC0xOAplbWFpbDttLmR2b3Jha0BzdGF2YnktZHZvcmFrLmN6O3JlZ2lzdHJhY2U7MjAy
My0wNC0xOAphZHJlc2E7TGlkaWNrw6EgMTQsIDYwMiAwMCBCcm5vO29iamVkbsOhdmthIDIwMjQt
MDgzMTsyMDI0LTA4LTMxCnZlcm5vc3RuaV9rYXJ0YTtCRS1MQy0wMDQ4MjEzO3Byb2Rlam5hOzIw
MjMtMDUtMDIKbmV3c2xldHRlcjthbm87cmVnaXN0cmFjZTsyMDIzLTA0LTE4Cg==

--===============4417283905211094321==--
'''),

    ('cs', 'postfix-greylist-delay', 'automated', (), '''Return-Path: <>
Received: by relay.shop.example.be (Postfix)
	id 0C44E2C0A1; Tue, 10 Nov 2026 14:48:51 +0100 (CET)
Date: Tue, 10 Nov 2026 14:48:51 +0100 (CET)
From: MAILER-DAEMON@relay.shop.example.be (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7D1E52C09F.1794318531/relay.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261110134851.0C44E2C0A1@relay.shop.example.be>

This is a MIME-encapsulated message.

--7D1E52C09F.1794318531/relay.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.shop.example.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<petra.novotna@ucetni-novotna.cz>: host mx.ucetni-novotna.cz[91.239.201.77]
    said: 450 4.2.0 <petra.novotna@ucetni-novotna.cz>: Recipient address
    rejected: Greylisted, see
    http://postgrey.schweikert.ch/help/ucetni-novotna.cz.html (in reply to
    RCPT TO command)

--7D1E52C09F.1794318531/relay.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.shop.example.be
X-Postfix-Queue-ID: 7D1E52C09F
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 10 Nov 2026 10:41:30 +0100 (CET)

Final-Recipient: rfc822; petra.novotna@ucetni-novotna.cz
Original-Recipient: rfc822;petra.novotna@ucetni-novotna.cz
Action: delayed
Status: 4.2.0
Remote-MTA: dns; mx.ucetni-novotna.cz
Diagnostic-Code: smtp; 450 4.2.0 <petra.novotna@ucetni-novotna.cz>: Recipient
    address rejected: Greylisted, see
    http://postgrey.schweikert.ch/help/ucetni-novotna.cz.html
Will-Retry-Until: Sun, 15 Nov 2026 10:41:30 +0100 (CET)

--7D1E52C09F.1794318531/relay.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from bot.shop.example.be (bot.shop.example.be [10.20.0.15])
	by relay.shop.example.be (Postfix) with ESMTP id 7D1E52C09F
	for <petra.novotna@ucetni-novotna.cz>; Tue, 10 Nov 2026 10:41:30 +0100 (CET)
From: "Shop Example - Ochrana osobních údajů" <privacy@shop.example.be>
To: petra.novotna@ucetni-novotna.cz
Subject: =?utf-8?q?Ov=C4=9B=C5=99en=C3=AD_toto=C5=BEnosti_=E2=80=93_=C5=BE=C3=A1dost_o_v=C3=BDmaz_=5BPRV-2026-11458=5D?=
Date: Tue, 10 Nov 2026 10:41:29 +0100
Message-ID: <prv-2026-11458.idcheck.1@shop.example.be>

--7D1E52C09F.1794318531/relay.shop.example.be--
'''),

    ('cs', 'kerio-connect-autoreply', 'automated', (), '''Received: from mail.pekarna-hruby.cz (mail.pekarna-hruby.cz [185.8.165.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 44B0A1A0607
	for <privacy@shop.example.be>; Wed, 11 Nov 2026 07:15:03 +0100 (CET)
X-Footer: cGVrYXJuYS1IcnVieS5jeg==
Received: from localhost ([127.0.0.1])
	by mail.pekarna-hruby.cz (Kerio Connect 10.0.6 patch 1);
	Wed, 11 Nov 2026 07:15:02 +0100
From: =?utf-8?Q?Lenka_Hrub=C3=A1?= <lenka.hruba@pekarna-hruby.cz>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Automatick=C3=A1_odpov=C4=9B=C4=8F:_Re:_V=C3=A1=C5=A1_po=C5=BEadavek_?=
 =?utf-8?Q?na_opravu_=C3=BAdaj=C5=AF_[PRV-2026-11420]?=
Date: Wed, 11 Nov 2026 07:15:02 +0100
Message-ID: <kerio-autoreply-20261111071502-5521@pekarna-hruby.cz>
In-Reply-To: <prv-2026-11420.corr.2@shop.example.be>
Auto-Submitted: auto-replied
X-Mailer: Kerio Connect 10.0.6 patch 1
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

od 9. do 20. listopadu čerpám dovolenou. E-maily během této doby
nečtu a nebudou mi přeposílány. Ve věcech objednávek pečiva se obraťte
na objednavky@pekarna-hruby.cz.

Děkuji,
Lenka Hrubá
'''),

    ('cs', 'zimbra-out-of-office', 'automated', (), '''Received: from mta.zimbra.vesely-projekt.cz (mta.zimbra.vesely-projekt.cz [89.187.140.11])
	by mx1.shop.example.be (Postfix) with ESMTPS id 8F0EE1A0612
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 16:40:22 +0100 (CET)
Date: Thu, 12 Nov 2026 16:40:21 +0100 (CET)
From: =?utf-8?Q?Radek_Vesel=C3=BD?= <radek.vesely@vesely-projekt.cz>
To: privacy@shop.example.be
Message-ID: <1584402117.88213.1794584421010.JavaMail.zimbra@vesely-projekt.cz>
In-Reply-To: <prv-2026-11463.ack.1@shop.example.be>
Subject: =?utf-8?Q?Mimo_kancel=C3=A1=C5=99?=
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="=_c0e1b7a9-2f3d-4e58-9a61-7b22d4f0a1e5"
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.1.2_GA_0491 (zclient/10.1.2_GA_0491)
Thread-Topic: =?utf-8?Q?Mimo_kancel=C3=A1=C5=99?=

--=_c0e1b7a9-2f3d-4e58-9a61-7b22d4f0a1e5
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

do 27. 11. 2026 jsem mimo kancel=C3=A1=C5=99 s omezen=C3=BDm p=C5=99=C3=ADs=
tupem k e-mailu.
Va=C5=A1i zpr=C3=A1vu si p=C5=99e=C4=8Dtu po n=C3=A1vratu.

Ing. Radek Vesel=C3=BD

--=_c0e1b7a9-2f3d-4e58-9a61-7b22d4f0a1e5
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><div style=3D"font-family: arial, helvetica, sans-serif; font-s=
ize: 12pt; color: #000000"><p>Dobr=C3=BD den,</p><p>do 27. 11. 2026 jsem mi=
mo kancel=C3=A1=C5=99 s omezen=C3=BDm p=C5=99=C3=ADstupem k e-mailu.<br>Va=
=C5=A1i zpr=C3=A1vu si p=C5=99e=C4=8Dtu po n=C3=A1vratu.</p><p>Ing. Radek V=
esel=C3=BD</p></div></body></html>

--=_c0e1b7a9-2f3d-4e58-9a61-7b22d4f0a1e5--
'''),

    ('cs', 'outlook-read-receipt-cs', 'automated', (), '''From: =?utf-8?B?VGVyZXphIE1hcmtvdsOh?= <tereza.markova@outlook.cz>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?UMWZZcSNdGVubzogUG90dnJ6ZW7DrSB2w71tYXp1IFZhxaFlaG8gw7rEjXR1?=
 =?utf-8?B?IFtQUlYtMjAyNi0xMTQ3MF0=?=
Thread-Topic: =?utf-8?B?UG90dnJ6ZW7DrSB2w71tYXp1IFZhxaFlaG8gw7rEjXR1IFtQUlYtMjAyNi0x?=
 =?utf-8?B?MTQ3MF0=?=
Date: Fri, 13 Nov 2026 10:04:18 +0000
Message-ID: <PAXP192MB1620C4E61F2A0BB9A7D80C35A1E02@PAXP192MB1620.EURP192.PROD.OUTLOOK.COM>
References: <prv-2026-11470.done@shop.example.be>
In-Reply-To: <prv-2026-11470.done@shop.example.be>
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_PAXP192MB1620C4E61F2A0BB9A7D80C35A1E02PAXP192MB1620EURP_"
MIME-Version: 1.0

--_000_PAXP192MB1620C4E61F2A0BB9A7D80C35A1E02PAXP192MB1620EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Va=C5=A1e zpr=C3=A1va

  Komu: Tereza Markov=C3=A1
  P=C5=99edm=C4=9Bt: Potvrzen=C3=AD v=C3=BDmazu Va=C5=A1eho =C3=BA=C4=8Dtu =
[PRV-2026-11470]
  Odesl=C3=A1no: 13. listopadu 2026 9:12:40 (UTC+01:00) B=C4=9Blehrad, Brat=
islava, Budape=C5=A1=C5=A5, Lubla=C5=88, Praha

byla p=C5=99e=C4=8Dtena dne 13. listopadu 2026 11:04:18 (UTC+01:00) B=C4=9B=
lehrad, Bratislava, Budape=C5=A1=C5=A5, Lubla=C5=88, Praha.

--_000_PAXP192MB1620C4E61F2A0BB9A7D80C35A1E02PAXP192MB1620EURP_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; tereza.markova@outlook.cz
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: 2mYv0f9wS0m3d1Qq8P4cDg==
Original-Message-ID: <prv-2026-11470.done@shop.example.be>
X-Display-Name: =?utf-8?B?VGVyZXphIE1hcmtvdsOh?=

--_000_PAXP192MB1620C4E61F2A0BB9A7D80C35A1E02PAXP192MB1620EURP_--
'''),

    ('hr', 'exim-cpanel-bilingual-bounce', 'automated', (), '''Return-path: <>
Envelope-to: privacy@shop.example.be
Received: from mailnull by cp17.hostingcentar.hr with local (Exim 4.98)
	id 1vJ4mQ-0002Xs-4F
	for privacy@shop.example.be;
	Mon, 16 Nov 2026 11:06:30 +0100
X-Failed-Recipients: ivana.babic@vrtni-centar-babic.hr
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@cp17.hostingcentar.hr>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1794830790-eximdsn-1650382147
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vJ4mQ-0002Xs-4F@cp17.hostingcentar.hr>
Date: Mon, 16 Nov 2026 11:06:30 +0100

--1794830790-eximdsn-1650382147
Content-type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ovu poruku automatski je generirao sustav za isporuku pošte.
Poruku koju ste poslali nije bilo moguće isporučiti jednom ili više
primatelja. Ovo je trajna pogreška. Sljedeće adrese nisu uspjele:

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ivana.babic@vrtni-centar-babic.hr
    No Such User Here

--1794830790-eximdsn-1650382147
Content-type: message/delivery-status

Reporting-MTA: dns; cp17.hostingcentar.hr

Action: failed
Final-Recipient: rfc822;ivana.babic@vrtni-centar-babic.hr
Status: 5.0.0

--1794830790-eximdsn-1650382147
Content-type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from relay.shop.example.be ([195.130.144.21]:52114)
	by cp17.hostingcentar.hr with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.98)
	(envelope-from <privacy@shop.example.be>)
	id 1vJ4mQ-0002Xq-2B
	for ivana.babic@vrtni-centar-babic.hr;
	Mon, 16 Nov 2026 11:06:30 +0100
From: "Shop Example - Zaštita podataka" <privacy@shop.example.be>
To: ivana.babic@vrtni-centar-babic.hr
Subject: =?utf-8?q?Potvrda_o_brisanju_Va=C5=A1ih_podataka_=5BPRV-2026-11481=5D?=
Date: Mon, 16 Nov 2026 11:06:27 +0100
Message-ID: <prv-2026-11481.done@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Poštovana gospođo Babić,

potvrđujemo da smo 16. studenoga 2026. izbrisali Vaš korisnički račun,
podatke o kartici vjernosti i Vašu adresu s popisa za newsletter
(čl. 17. GDPR-a, predmet PRV-2026-11481).

Podatke o računima moramo prema belgijskim poreznim propisima čuvati
još sedam godina; oni se više ne koriste ni u koje druge svrhe.

Srdačan pozdrav
Tim za zaštitu podataka
Shop Example BV

--1794830790-eximdsn-1650382147--
'''),

    ('hr', 'tcom-hr-overquota', 'automated', (), '''Return-Path: <>
Received: from mta2.t-com.hr (mta2.t-com.hr [195.29.150.62])
	by mx1.shop.example.be (Postfix) with ESMTPS id 2AA311A0630
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 19:44:10 +0100 (CET)
Date: Tue, 17 Nov 2026 19:44:09 +0100
From: postmaster@t-com.hr
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Poruka_nije_isporu=C4=8Dena?=
Message-ID: <mta2.t-com.hr.20261117194409.7c2e@t-com.hr>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

Va=C5=A1a poruka nije isporu=C4=8Dena primatelju:

   drazen.kovacevic@t-com.hr

Razlog: pretinac primatelja je pun (prekora=C4=8Dena kvota).
Poruka je vra=C4=87ena po=C5=A1iljatelju.

   Izvorni predmet: Va=C5=A1 zahtjev za kopiju osobnih podataka [PRV-2026-1=
1486]
   Poslano: 17.11.2026. 19:44

Ovo je automatska poruka, molimo ne odgovarajte na nju.

Hrvatski Telekom d.d. - usluga e-po=C5=A1te
'''),

    ('hr', 'o365-ndr-hr', 'automated', (), '''From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@adriapromet.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Wed, 18 Nov 2026 07:30:19 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="6f0a44d2-97c1-4f3b-bd55-0e3c8a7b91fe"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: hr-HR
Message-ID:
 <3b8d0a6e-c5f2-4a11-8e97-2d4c61b0f7a3@VI1PR08MB10288.eurprd08.prod.outlook.com>
In-Reply-To: <prv-2026-11490.corr.1@shop.example.be>
References: <prv-2026-11490.corr.1@shop.example.be>
Subject: =?utf-8?B?TmlqZSBpc3BvcnXEjWVubzogUmU6IFphaHRqZXYgemEgaXNwcmF2YWsgYWRy?=
 =?utf-8?B?ZXNlIFtQUlYtMjAyNi0xMTQ5MF0=?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--6f0a44d2-97c1-4f3b-bd55-0e3c8a7b91fe
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="c9e5d1a7-3b0f-4e2a-9d64-5f8b2c7e1a03"

--c9e5d1a7-3b0f-4e2a-9d64-5f8b2c7e1a03
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Isporuka nije uspjela ovim primateljima ili grupama:

Marko Juri=C4=87 (marko.juric@adriapromet.hr)
Po=C5=A1tanski sandu=C4=8Di=C4=87 primatelja je pun i trenutno ne mo=C5=BEe=
 prihva=C4=87ati poruke. Poku=C5=A1ajte poslati poruku kasnije ili se obrat=
ite izravno primatelju.

Dijagnosti=C4=8Dke informacije za administratore:

Generiraju=C4=87i poslu=C5=BEitelj: VI1PR08MB10288.eurprd08.prod.outlook.com

marko.juric@adriapromet.hr
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:=
QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Izvorna zaglavlja poruke:

From: "Shop Example - Za=C5=A1tita podataka" <privacy@shop.example.be>
To: <marko.juric@adriapromet.hr>
Subject: Re: Zahtjev za ispravak adrese [PRV-2026-11490]
Date: Wed, 18 Nov 2026 08:30:12 +0100
Message-ID: <prv-2026-11490.corr.1@shop.example.be>

--c9e5d1a7-3b0f-4e2a-9d64-5f8b2c7e1a03
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD48Yj48Zm9udCBjb2xvcj0iIzAw
MDA2NiIgc2l6ZT0iMyIgZmFjZT0iQXJpYWwiPklzcG9ydWthIG5pamUgdXNwamVsYSBvdmltIHBy
aW1hdGVsamltYSBpbGkgZ3J1cGFtYTo8L2ZvbnQ+PC9iPjwvcD48cD48YSBocmVmPSJtYWlsdG86
bWFya28uanVyaWNAYWRyaWFwcm9tZXQuaHIiPk1hcmtvIEp1cmnEhyAobWFya28uanVyaWNAYWRy
aWFwcm9tZXQuaHIpPC9hPjxicj5Qb8WhdGFuc2tpIHNhbmR1xI1pxIcgcHJpbWF0ZWxqYSBqZSBw
dW4gaSB0cmVudXRubyBuZSBtb8W+ZSBwcmlodmHEh2F0aSBwb3J1a2UuIFBva3XFoWFqdGUgcG9z
bGF0aSBwb3J1a3Uga2FzbmlqZSBpbGkgc2Ugb2JyYXRpdGUgaXpyYXZubyBwcmltYXRlbGp1Ljwv
cD48L2JvZHk+PC9odG1sPgo=

--c9e5d1a7-3b0f-4e2a-9d64-5f8b2c7e1a03--

--6f0a44d2-97c1-4f3b-bd55-0e3c8a7b91fe
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR08MB10288.eurprd08.prod.outlook.com
Received-From-MTA: dns;FR3P281CA0144.DEUP281.PROD.OUTLOOK.COM
Arrival-Date: Wed, 18 Nov 2026 07:30:18 +0000

Final-Recipient: rfc822;marko.juric@adriapromet.hr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--6f0a44d2-97c1-4f3b-bd55-0e3c8a7b91fe
Content-Type: text/rfc822-headers

From: "Shop Example - Zaštita podataka" <privacy@shop.example.be>
To: <marko.juric@adriapromet.hr>
Subject: Re: Zahtjev za ispravak adrese [PRV-2026-11490]
Date: Wed, 18 Nov 2026 08:30:12 +0100
Message-ID: <prv-2026-11490.corr.1@shop.example.be>

--6f0a44d2-97c1-4f3b-bd55-0e3c8a7b91fe--
'''),

    ('hr', 'domino-out-of-office', 'automated', (), '''Received: from notes01.ina-servis-os.hr ([213.147.98.30])
	by mx1.shop.example.be (Postfix) with ESMTP id 3D9F71A0641
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 10:02:17 +0100 (CET)
Subject: =?UTF-8?Q?Automatski_odgovor:_Tomislav_Perkovi=C4=87_je_izvan_ureda?=
From: =?UTF-8?Q?Tomislav_Perkovi=C4=87?= <tomislav.perkovic@ina-servis-os.hr>
To: privacy@shop.example.be
Date: Wed, 18 Nov 2026 10:02:15 +0100
Message-ID: <OF8C2A1B44.6D0E5F71-ONC1258C7A.0031A2F4-C1258C7A.0031A2F6@ina-servis-os.hr>
Auto-Submitted: auto-generated
X-Mailer: HCL Notes Release 12.0.2FP4 August 8, 2024
X-MIMETrack: Serialize by Router on NOTES01/INASERVIS(Release 12.0.2FP4|August 8, 2024) at
 18.11.2026 10:02:16
MIME-Version: 1.0
Content-type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable


Bit =C4=87u izvan ureda od 16.11.2026. do 27.11.2026.

Va=C5=A1u poruku "Potvrda primitka zahtjeva [PRV-2026-11477]" ne=C4=87u vid=
jeti
prije povratka. U hitnim slu=C4=8Dajevima obratite se na servis@ina-servis-=
os.hr.
'''),

    ('hr', 'outlook-read-receipt-hr', 'automated', (), '''From: =?utf-8?B?U2FuamEgS25lxb5ldmnEhw==?= <sanja.knezevic@hotmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?UHJvxI1pdGFubzogS29waWphIFZhxaFpaCBvc29ibmloIHBvZGF0YWthIFtQ?=
 =?utf-8?B?UlYtMjAyNi0xMTQ5M10=?=
Thread-Topic: =?utf-8?B?S29waWphIFZhxaFpaCBvc29ibmloIHBvZGF0YWthIFtQUlYtMjAyNi0xMTQ5?=
 =?utf-8?B?M10=?=
Date: Thu, 19 Nov 2026 14:02:47 +0000
Message-ID: <AS8P250MB08074D1E2F5C9B30A7E61B4C8F172@AS8P250MB0807.EURP250.PROD.OUTLOOK.COM>
References: <prv-2026-11493.export.1@shop.example.be>
In-Reply-To: <prv-2026-11493.export.1@shop.example.be>
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_AS8P250MB08074D1E2F5C9B30A7E61B4C8F172AS8P250MB0807EURP_"
MIME-Version: 1.0

--_000_AS8P250MB08074D1E2F5C9B30A7E61B4C8F172AS8P250MB0807EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

VmHFoWEgcG9ydWthCgogIFByaW1hOiBTYW5qYSBLbmXFvmV2acSHCiAgUHJlZG1ldDogS29waWph
IFZhxaFpaCBvc29ibmloIHBvZGF0YWthIFtQUlYtMjAyNi0xMTQ5M10KICBQb3NsYW5vOiAxOS4g
c3R1ZGVub2dhIDIwMjYuIDE0OjIwOjA1IChVVEMrMDE6MDApIFNhcmFqZXZvLCBTa29wamUsIFZh
csWhYXZhLCBaYWdyZWIKCnByb8SNaXRhbmEgamUgMTkuIHN0dWRlbm9nYSAyMDI2LiAxNTowMjo0
NyAoVVRDKzAxOjAwKSBTYXJhamV2bywgU2tvcGplLCBWYXLFoWF2YSwgWmFncmViLgo=

--_000_AS8P250MB08074D1E2F5C9B30A7E61B4C8F172AS8P250MB0807EURP_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; sanja.knezevic@hotmail.com
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: H1r8bqT0rEuD6nqV1z3wWQ==
Original-Message-ID: <prv-2026-11493.export.1@shop.example.be>
X-Display-Name: =?utf-8?B?U2FuamEgS25lxb5ldmnEhw==?=

--_000_AS8P250MB08074D1E2F5C9B30A7E61B4C8F172AS8P250MB0807EURP_--
'''),

    ('hr', 'exim-delay-warning', 'automated', (), '''Return-path: <>
Envelope-to: privacy@shop.example.be
Received: from mailnull by mail.zadarnet-hosting.hr with local (Exim 4.96)
	id 1vJxPa-0007Kd-1c
	for privacy@shop.example.be;
	Fri, 20 Nov 2026 12:17:44 +0100
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.zadarnet-hosting.hr>
To: privacy@shop.example.be
References: <prv-2026-11495.idcheck.1@shop.example.be>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Subject: Warning: message 1vJbLe-0005Rt-0A delayed 24 hours
Message-Id: <E1vJxPa-0007Kd-1c@mail.zadarnet-hosting.hr>
Date: Fri, 20 Nov 2026 12:17:44 +0100

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.zadarnet-hosting.hr.

The message identifier is:     1vJbLe-0005Rt-0A
The date of the message is:    Thu, 19 Nov 2026 12:09:51 +0100
The subject of the message is: Provjera identiteta - zahtjev za brisanje [PRV-2026-11495]

The address to which the message has not yet been delivered is:

  josip.matic@konoba-matic.hr
    host mx.konoba-matic.hr [188.129.71.4]
    Delay reason: SMTP error from remote mail server after RCPT TO:<josip.matic@konoba-matic.hr>:
    451 4.7.1 Greylisting in action, please come back later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
'''),

    ('sv', 'telia-mailbox-disabled', 'automated', (), '''Return-Path: <>
Received: from mx-in-02.telia.com (mx-in-02.telia.com [81.236.60.152])
	by mx1.shop.example.be (Postfix) with ESMTPS id 90C3D1A0655
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 08:51:39 +0100 (CET)
Date: Mon, 16 Nov 2026 08:51:38 +0100
From: "Telia E-post" <MAILER-DAEMON@telia.com>
To: <privacy@shop.example.be>
Subject: =?ISO-8859-1?Q?Meddelandet_kunde_inte_levereras?=
Message-ID: <ndr-20261116075138-41d2a9@mx-in-02.telia.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_NDR_41d2a9_telia"

------=_NDR_41d2a9_telia
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Detta =E4r ett automatiskt meddelande fr=E5n Telias e-posttj=E4nst.

Ditt meddelande kunde inte levereras till f=F6ljande mottagare:

  <gunnel.lindqvist@telia.com>
  Kontot =E4r avst=E4ngt och tar inte emot e-post.

Svara inte p=E5 detta meddelande.

Telia E-post

------=_NDR_41d2a9_telia
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in-02.telia.com
Arrival-Date: Mon, 16 Nov 2026 08:51:37 +0100

Final-Recipient: rfc822; gunnel.lindqvist@telia.com
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled, not accepting messages

------=_NDR_41d2a9_telia
Content-Type: text/rfc822-headers

From: "Shop Example - Dataskydd" <privacy@shop.example.be>
To: gunnel.lindqvist@telia.com
Subject: =?utf-8?q?Bekr=C3=A4ftelse=3A_du_=C3=A4r_avregistrerad_fr=C3=A5n_nyhetsbrevet?=
Date: Mon, 16 Nov 2026 08:51:33 +0100
Message-ID: <prv-2026-11479.unsub@shop.example.be>

------=_NDR_41d2a9_telia--
'''),

    ('sv', 'o365-ndr-sv', 'automated', (), '''From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@byggvaruhusetnorr.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Tue, 17 Nov 2026 12:20:09 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a4f7c2e0-1d95-4b3a-8e6f-92c0b5d7e318"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID:
 <5e2a7c90-4b1d-4f63-a8c5-1d9e0f3b7a26@GV3P280MB0911.SWEP280.PROD.OUTLOOK.COM>
In-Reply-To: <prv-2026-11488.idcheck.1@shop.example.be>
References: <prv-2026-11488.idcheck.1@shop.example.be>
Subject: =?iso-8859-1?Q?Kan_inte_levereras:_Re:_Beg=E4ran_om_radering_av_konto_[P?=
 =?iso-8859-1?Q?RV-2026-11488]?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--a4f7c2e0-1d95-4b3a-8e6f-92c0b5d7e318
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="2b6e9d04-7f1a-4c85-b3e2-0a5d8c1f6e97"

--2b6e9d04-7f1a-4c85-b3e2-0a5d8c1f6e97
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Leveransen misslyckades till de h=E4r mottagarna eller grupperna:

johan.berg@byggvaruhuset-norr.se
Det gick inte att hitta den e-postadress som du angav. Kontrollera mottagar=
ens e-postadress och f=F6rs=F6k att skicka meddelandet igen. Kontakta suppo=
rten om problemet kvarst=E5r.

Diagnostisk information f=F6r administrat=F6rer:

Genererande server: GV3P280MB0911.SWEP280.PROD.OUTLOOK.COM

johan.berg@byggvaruhuset-norr.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

Ursprungliga meddelanderubriker:

From: "Shop Example - Dataskydd" <privacy@shop.example.be>
To: <johan.berg@byggvaruhuset-norr.se>
Subject: Re: Beg=E4ran om radering av konto [PRV-2026-11488]
Date: Tue, 17 Nov 2026 13:20:01 +0100
Message-ID: <prv-2026-11488.idcheck.1@shop.example.be>

--2b6e9d04-7f1a-4c85-b3e2-0a5d8c1f6e97
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
1">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Leveransen misslyck=
ades till de h=E4r mottagarna eller grupperna:</font></b></p>
<p><a href=3D"mailto:johan.berg@byggvaruhuset-norr.se">johan.berg@byggvaruh=
uset-norr.se</a><br>
Det gick inte att hitta den e-postadress som du angav. Kontrollera mottagar=
ens e-postadress och f=F6rs=F6k att skicka meddelandet igen. Kontakta suppo=
rten om problemet kvarst=E5r.</p>
</body>
</html>

--2b6e9d04-7f1a-4c85-b3e2-0a5d8c1f6e97--

--a4f7c2e0-1d95-4b3a-8e6f-92c0b5d7e318
Content-Type: message/delivery-status

Reporting-MTA: dns;GV3P280MB0911.SWEP280.PROD.OUTLOOK.COM
Received-From-MTA: dns;GVYP280CA0013.SWEP280.PROD.OUTLOOK.COM
Arrival-Date: Tue, 17 Nov 2026 12:20:08 +0000

Final-Recipient: rfc822;johan.berg@byggvaruhuset-norr.se
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--a4f7c2e0-1d95-4b3a-8e6f-92c0b5d7e318
Content-Type: message/rfc822

From: "Shop Example - Dataskydd" <privacy@shop.example.be>
To: <johan.berg@byggvaruhuset-norr.se>
Subject: =?utf-8?q?Re=3A_Beg=C3=A4ran_om_radering_av_konto_=5BPRV-2026-11488=5D?=
Date: Tue, 17 Nov 2026 13:20:01 +0100
Message-ID: <prv-2026-11488.idcheck.1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej Johan,

tack f=C3=B6r din beg=C3=A4ran om radering (PRV-2026-11488). F=C3=B6r att s=
kydda ditt
konto beh=C3=B6ver vi bekr=C3=A4fta att det =C3=A4r du som skickat beg=C3=
=A4ran. Klicka p=C3=A5
l=C3=A4nken nedan inom 14 dagar:

  https://shop.example.be/privacy/verify?c=3DPRV-2026-11488&t=3DQm2s8dLx0v

V=C3=A4nliga h=C3=A4lsningar
Dataskyddsteamet, Shop Example BV

--a4f7c2e0-1d95-4b3a-8e6f-92c0b5d7e318--
'''),

    ('sv', 'sendmail-returned-mail', 'automated', (), '''Return-Path: <>
Received: from localhost (localhost)
	by mx.tradgardsdesign-sjoberg.se (8.18.1/8.18.1) id 5AJ9W2xB004412;
	Thu, 19 Nov 2026 10:32:07 +0100
Date: Thu, 19 Nov 2026 10:32:07 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@mx.tradgardsdesign-sjoberg.se>
Message-Id: <202611190932.5AJ9W2xB004412@mx.tradgardsdesign-sjoberg.se>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5AJ9W2xB004412.1795080727/mx.tradgardsdesign-sjoberg.se"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--5AJ9W2xB004412.1795080727/mx.tradgardsdesign-sjoberg.se

The original message was received at Thu, 19 Nov 2026 10:32:05 +0100
from relay.shop.example.be [195.130.144.21]

   ----- The following addresses had permanent fatal errors -----
<malin.sjoberg@tradgardsdesign-sjoberg.se>
    (reason: 552 5.2.2 Over quota)
    (expanded from: <malin.sjoberg@tradgardsdesign-sjoberg.se>)

   ----- Transcript of session follows -----
... while talking to imap.tradgardsdesign-sjoberg.se.:
>>> DATA
<<< 552 5.2.2 <malin.sjoberg@tradgardsdesign-sjoberg.se>... Over quota
554 5.0.0 Service unavailable

--5AJ9W2xB004412.1795080727/mx.tradgardsdesign-sjoberg.se
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.tradgardsdesign-sjoberg.se
Received-From-MTA: DNS; relay.shop.example.be
Arrival-Date: Thu, 19 Nov 2026 10:32:05 +0100

Final-Recipient: RFC822; malin.sjoberg@tradgardsdesign-sjoberg.se
Action: failed
Status: 5.2.2
Remote-MTA: DNS; imap.tradgardsdesign-sjoberg.se
Diagnostic-Code: SMTP; 552 5.2.2 <malin.sjoberg@tradgardsdesign-sjoberg.se>... Over quota
Last-Attempt-Date: Thu, 19 Nov 2026 10:32:07 +0100

--5AJ9W2xB004412.1795080727/mx.tradgardsdesign-sjoberg.se
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from relay.shop.example.be (relay.shop.example.be [195.130.144.21])
	by mx.tradgardsdesign-sjoberg.se (8.18.1/8.18.1) with ESMTPS id 5AJ9W4xA004410
	for <malin.sjoberg@tradgardsdesign-sjoberg.se>; Thu, 19 Nov 2026 10:32:05 +0100
From: "Shop Example - Dataskydd" <privacy@shop.example.be>
To: malin.sjoberg@tradgardsdesign-sjoberg.se
Subject: =?utf-8?q?Dina_personuppgifter_i_maskinl=C3=A4sbart_format_=5BPRV-2026-11499=5D?=
Date: Thu, 19 Nov 2026 10:32:02 +0100
Message-ID: <prv-2026-11499.export.1@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===============0638172915564418270=="

--===============0638172915564418270==
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej Malin,

h=C3=A4r kommer dina personuppgifter i maskinl=C3=A4sbart format (JSON), so=
m du
beg=C3=A4rde med st=C3=B6d av artikel 20 i dataskyddsf=C3=B6rordningen. =C3=
=84rende
PRV-2026-11499.

V=C3=A4nliga h=C3=A4lsningar
Dataskyddsteamet, Shop Example BV

--===============0638172915564418270==
Content-Type: application/json; name="personuppgifter-PRV-2026-11499.json"
Content-Disposition: attachment; filename="personuppgifter-PRV-2026-11499.json"
Content-Transfer-Encoding: base64

ewogICJrdW5kIjogeyJuYW1uIjogIk1hbGluIFNqw7ZiZXJnIiwgImUtcG9zdCI6ICJtYWxpbi5z
am9iZXJnQHRyYWRnYXJkc2Rlc2lnbi1zam9iZXJnLnNlIn0sCiAgImFkcmVzc2VyIjogW3siZ2F0
YSI6ICJTdG9yZ2F0YW4gNyIsICJwb3N0bnVtbWVyIjogIjg1MiAzMCIsICJvcnQiOiAiU3VuZHN2
YWxsIn1dLAogICJvcmRyYXIiOiBbeyJuciI6ICIyMDI1LTExNDIwMyIsICJkYXR1bSI6ICIyMDI1
LTA1LTAzIiwgInN1bW1hX2V1ciI6IDE4OS45MH1dLAogICJsb2phbGl0ZXRza29ydCI6IHsibnVt
bWVyIjogIkJFLUxDLTAwNTE4NzciLCAicG9hbmciOiA0MTJ9LAogICJueWhldHNicmV2IjogZmFs
c2UKfQo=

--===============0638172915564418270==--

--5AJ9W2xB004412.1795080727/mx.tradgardsdesign-sjoberg.se--
'''),

    ('sv', 'outlookcom-automatic-reply-new-address', 'automated', (), '''Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05olkn2105.outbound.protection.outlook.com [40.92.89.105])
	by mx1.shop.example.be (Postfix) with ESMTPS id 5C2E71A0667
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 21:11:50 +0100 (CET)
From: Erik Holm <erik_holm71@hotmail.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatiskt svar: =?iso-8859-1?Q?Ditt_=E4rende_hos_oss_=5BPRV-2026-11502=5D?=
Thread-Topic: =?iso-8859-1?Q?Ditt_=E4rende_hos_oss_=5BPRV-2026-11502=5D?=
Thread-Index: AQHbWb7kX3Jc0u9H0U2lLrAq4b3tFw==
Date: Fri, 20 Nov 2026 20:11:48 +0000
Message-ID: <DU0P191MB19646F0E3A2C1D55B8E7C90AD91C2@DU0P191MB1964.EURP191.PROD.OUTLOOK.COM>
References: <prv-2026-11502.ack.1@shop.example.be>
In-Reply-To: <prv-2026-11502.ack.1@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: erik_holm71@hotmail.se
X-MS-TNEF-Correlator:
Content-Language: sv-SE
X-MS-Exchange-Transport-Fromentityheader: Hosted
X-MS-PublicTrafficType: Email
Content-Type: multipart/alternative;
	boundary="_000_DU0P191MB19646F0E3A2C1D55B8E7C90AD91C2DU0P191MB1964EURP_"
MIME-Version: 1.0

--_000_DU0P191MB19646F0E3A2C1D55B8E7C90AD91C2DU0P191MB1964EURP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej!

Den h=E4r adressen anv=E4nds inte l=E4ngre och l=E4ses inte. Min nya adress=
 =E4r
erik.holm.privat@gmail.com - skicka g=E4rna om ditt meddelande dit.

Mvh Erik Holm

--_000_DU0P191MB19646F0E3A2C1D55B8E7C90AD91C2DU0P191MB1964EURP_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head>
<body><div dir=3D"ltr"><div style=3D"font-family: Aptos, Calibri, Helvetica=
, sans-serif; font-size: 12pt;">Hej!<br><br>Den h=E4r adressen anv=E4nds in=
te l=E4ngre och l=E4ses inte. Min nya adress =E4r erik.holm.privat@gmail.co=
m - skicka g=E4rna om ditt meddelande dit.<br><br>Mvh Erik Holm</div></div>=
</body></html>

--_000_DU0P191MB19646F0E3A2C1D55B8E7C90AD91C2DU0P191MB1964EURP_--
'''),

    ('sv', 'apple-mail-rule-reply', 'automated', (), '''Received: from mr85p00im-zteg06011601.me.com (mr85p00im-zteg06011601.me.com [17.58.23.186])
	by mx1.shop.example.be (Postfix) with ESMTPS id 7E4A91A0670
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 09:03:12 +0100 (CET)
From: Sofia Nyberg <sofia.nyberg@me.com>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))
Subject: =?utf-8?q?Re=3A_Bekr=C3=A4ftelse=3A_vi_har_tagit_emot_din_beg=C3=A4ran_=5B?=
 =?utf-8?q?PRV-2026-11505=5D?=
Date: Sat, 21 Nov 2026 09:03:09 +0100
In-Reply-To: <prv-2026-11505.ack.1@shop.example.be>
To: privacy@shop.example.be
References: <prv-2026-11505.ack.1@shop.example.be>
Message-Id: <9B1F7E04-3C2A-4D58-A61E-2F0C7D93B4A8@me.com>
X-Mailer: Apple Mail (2.3826.400.131.1.6)

Hej,

tack f=C3=B6r ditt mejl! Jag =C3=A4r f=C3=B6r=C3=A4ldraledig till och med 3=
1 januari 2027
och l=C3=A4ser min e-post bara sporadiskt.

Detta =C3=A4r ett automatiskt svar.

Sofia
'''),

    ('sv', 'outlook-read-receipt-sv', 'automated', (), '''From: Anders Lundgren <anders.lundgren@vvs-lundgren.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?L=E4st:_Bekr=E4ftelse_p=E5_r=E4ttelse_av_dina_uppgifter?=
 =?iso-8859-1?Q?_[PRV-2026-11508]?=
Thread-Topic: =?iso-8859-1?Q?Bekr=E4ftelse_p=E5_r=E4ttelse_av_dina_uppgifter_[PRV-2?=
 =?iso-8859-1?Q?026-11508]?=
Date: Mon, 23 Nov 2026 11:15:39 +0000
Message-ID: <HE1P190MB0442A9C17E3B2D4F80C5E61BD6A12@HE1P190MB0442.EURP190.PROD.OUTLOOK.COM>
References: <prv-2026-11508.corr.done@shop.example.be>
In-Reply-To: <prv-2026-11508.corr.done@shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_HE1P190MB0442A9C17E3B2D4F80C5E61BD6A12HE1P190MB0442EURP_"
MIME-Version: 1.0

--_000_HE1P190MB0442A9C17E3B2D4F80C5E61BD6A12HE1P190MB0442EURP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ditt meddelande

  Till: Anders Lundgren
  =C4mne: Bekr=E4ftelse p=E5 r=E4ttelse av dina uppgifter [PRV-2026-11508]
  Skickat: den 23 november 2026 11:40:03 (UTC+01:00) Amsterdam, Berlin, Ber=
n, Rom, Stockholm, Wien

l=E4stes den 23 november 2026 12:15:39 (UTC+01:00) Amsterdam, Berlin, Bern,=
 Rom, Stockholm, Wien.

--_000_HE1P190MB0442A9C17E3B2D4F80C5E61BD6A12HE1P190MB0442EURP_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; anders.lundgren@vvs-lundgren.se
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: f9QvUq6bMESkA0rHc4yN2A==
Original-Message-ID: <prv-2026-11508.corr.done@shop.example.be>
X-Display-Name: Anders Lundgren

--_000_HE1P190MB0442A9C17E3B2D4F80C5E61BD6A12HE1P190MB0442EURP_--
'''),

    ('ro', 'postfix-rdslink-disabled', 'automated', (), '''Return-Path: <>
Received: by relay.shop.example.be (Postfix)
	id D0E1F2C0B9; Mon, 23 Nov 2026 15:02:13 +0100 (CET)
Date: Mon, 23 Nov 2026 15:02:13 +0100 (CET)
From: MAILER-DAEMON@relay.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="B41C72C0B7.1795442533/relay.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261123140213.D0E1F2C0B9@relay.shop.example.be>

This is a MIME-encapsulated message.

--B41C72C0B7.1795442533/relay.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ion.stanciu@rdslink.ro>: host mx.rdslink.ro[193.231.236.41] said: 550 5.2.1
    <ion.stanciu@rdslink.ro>: Mailbox disabled, not accepting messages (in
    reply to RCPT TO command)

--B41C72C0B7.1795442533/relay.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.shop.example.be
X-Postfix-Queue-ID: B41C72C0B7
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 23 Nov 2026 15:02:10 +0100 (CET)

Final-Recipient: rfc822; ion.stanciu@rdslink.ro
Original-Recipient: rfc822;ion.stanciu@rdslink.ro
Action: failed
Status: 5.2.1
Remote-MTA: dns; mx.rdslink.ro
Diagnostic-Code: smtp; 550 5.2.1 <ion.stanciu@rdslink.ro>: Mailbox disabled,
    not accepting messages

--B41C72C0B7.1795442533/relay.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from bot.shop.example.be (bot.shop.example.be [10.20.0.15])
	by relay.shop.example.be (Postfix) with ESMTP id B41C72C0B7
	for <ion.stanciu@rdslink.ro>; Mon, 23 Nov 2026 15:02:10 +0100 (CET)
From: "Shop Example - Protectia datelor" <privacy@shop.example.be>
To: ion.stanciu@rdslink.ro
Subject: =?utf-8?q?Confirmare=3A_datele_dumneavoastr=C4=83_au_fost_=C8=99terse_?=
 =?utf-8?q?=5BPRV-2026-11511=5D?=
Date: Mon, 23 Nov 2026 15:02:09 +0100
Message-ID: <prv-2026-11511.done@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Stimate domnule Stanciu,

v=C4=83 confirm=C4=83m c=C4=83, =C3=AEn urma cererii dumneavoastr=C4=83 de =
=C8=99tergere (art. 17 GDPR,
dosar PRV-2026-11511), am =C8=99ters contul de client, cardul de fidelitate
=C8=99i adresa de e-mail din lista de abona=C8=9Bi la newsletter.

Facturile emise trebuie p=C4=83strate =C3=AEnc=C4=83 7 ani conform legisla=
=C8=9Biei fiscale
belgiene; ele nu mai sunt folosite =C3=AEn niciun alt scop.

Cu stim=C4=83,
Echipa de protec=C8=9Bie a datelor
Shop Example BV

--B41C72C0B7.1795442533/relay.shop.example.be--
'''),

    ('ro', 'o365-ndr-ro', 'automated', (), '''From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@agroverdetm.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Tue, 24 Nov 2026 08:45:37 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e8b1f5c3-0a27-4d96-b4e1-7c3a9d5f0b62"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: ro-RO
Message-ID:
 <1d7c4e2b-9a05-4f38-b6c1-e0f2a8d39b57@AS4PR10MB5623.EURPRD10.PROD.OUTLOOK.COM>
In-Reply-To: <prv-2026-11514.idcheck.1@shop.example.be>
References: <prv-2026-11514.idcheck.1@shop.example.be>
Subject: Nelivrabil: Re: Cerere de acces la date [PRV-2026-11514]
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--e8b1f5c3-0a27-4d96-b4e1-7c3a9d5f0b62
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="47a0c9e1-2d5b-4f83-9e16-b8d3c0a5f274"

--47a0c9e1-2d5b-4f83-9e16-b8d3c0a5f274
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

TGl2cmFyZWEgbnUgYSByZXXImWl0IGPEg3RyZSBhY2XImXRpIGRlc3RpbmF0YXJpIHNhdSBncnVw
dXJpOgoKQW5kcmVlYSBEdW1pdHJlc2N1IChhbmRyZWVhLmR1bWl0cmVzY3VAYWdyb3ZlcmRlLXRt
LnJvKQpNZXNhanVsIGR2cy4gbnUgYSBwdXR1dCBmaSBsaXZyYXQuIFNlcnZlcnVsIGRlIGUtbWFp
bCBhbCBkZXN0aW5hdGFydWx1aSBhIHJlc3BpbnMgbWVzYWp1bCwgZGVvYXJlY2UgY3V0aWEgcG/I
mXRhbMSDIGEgZGVzdGluYXRhcnVsdWkgZXN0ZSBkZXphY3RpdmF0xIMuIENvbnRhY3RhyJtpIGRl
c3RpbmF0YXJ1bCBwcmluIGFsdGUgbWlqbG9hY2UuCgpJbmZvcm1hyJtpaSBkZSBkaWFnbm9zdGlj
YXJlIHBlbnRydSBhZG1pbmlzdHJhdG9yaToKClNlcnZlciBnZW5lcmF0b3I6IEFTNFBSMTBNQjU2
MjMuRVVSUFJEMTAuUFJPRC5PVVRMT09LLkNPTQoKYW5kcmVlYS5kdW1pdHJlc2N1QGFncm92ZXJk
ZS10bS5ybwpSZW1vdGUgU2VydmVyIHJldHVybmVkICc1NTAgNS4yLjEgU1RPUkVEUlYuRGVsaXZl
ci5FeGNlcHRpb246TWFpbGJveERpc2FibGVkRXhjZXB0aW9uOyBtYWlsYm94IGRpc2FibGVkJwoK
QW50ZXR1cmlsZSBtZXNhanVsdWkgb3JpZ2luYWw6CgpGcm9tOiAiU2hvcCBFeGFtcGxlIC0gUHJv
dGVjdGlhIGRhdGVsb3IiIDxwcml2YWN5QHNob3AuZXhhbXBsZS5iZT4KVG86IDxhbmRyZWVhLmR1
bWl0cmVzY3VAYWdyb3ZlcmRlLXRtLnJvPgpTdWJqZWN0OiBSZTogQ2VyZXJlIGRlIGFjY2VzIGxh
IGRhdGUgW1BSVi0yMDI2LTExNTE0XQpEYXRlOiBUdWUsIDI0IE5vdiAyMDI2IDA5OjQ1OjMwICsw
MTAwCk1lc3NhZ2UtSUQ6IDxwcnYtMjAyNi0xMTUxNC5pZGNoZWNrLjFAc2hvcC5leGFtcGxlLmJl
Pgo=

--47a0c9e1-2d5b-4f83-9e16-b8d3c0a5f274
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD48Yj48Zm9udCBjb2xvcj0iIzAw
MDA2NiIgc2l6ZT0iMyIgZmFjZT0iQXJpYWwiPkxpdnJhcmVhIG51IGEgcmV1yJlpdCBjxIN0cmUg
YWNlyJl0aSBkZXN0aW5hdGFyaSBzYXUgZ3J1cHVyaTo8L2ZvbnQ+PC9iPjwvcD48cD48YSBocmVm
PSJtYWlsdG86YW5kcmVlYS5kdW1pdHJlc2N1QGFncm92ZXJkZS10bS5ybyI+QW5kcmVlYSBEdW1p
dHJlc2N1IChhbmRyZWVhLmR1bWl0cmVzY3VAYWdyb3ZlcmRlLXRtLnJvKTwvYT48YnI+TWVzYWp1
bCBkdnMuIG51IGEgcHV0dXQgZmkgbGl2cmF0LiBTZXJ2ZXJ1bCBkZSBlLW1haWwgYWwgZGVzdGlu
YXRhcnVsdWkgYSByZXNwaW5zIG1lc2FqdWwsIGRlb2FyZWNlIGN1dGlhIHBvyJl0YWzEgyBhIGRl
c3RpbmF0YXJ1bHVpIGVzdGUgZGV6YWN0aXZhdMSDLiBDb250YWN0YcibaSBkZXN0aW5hdGFydWwg
cHJpbiBhbHRlIG1pamxvYWNlLjwvcD48L2JvZHk+PC9odG1sPgo=

--47a0c9e1-2d5b-4f83-9e16-b8d3c0a5f274--

--e8b1f5c3-0a27-4d96-b4e1-7c3a9d5f0b62
Content-Type: message/delivery-status

Reporting-MTA: dns;AS4PR10MB5623.EURPRD10.PROD.OUTLOOK.COM
Received-From-MTA: dns;AS9PR06CA0412.eurprd06.prod.outlook.com
Arrival-Date: Tue, 24 Nov 2026 08:45:36 +0000

Final-Recipient: rfc822;andreea.dumitrescu@agroverde-tm.ro
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp;550 5.2.1 STOREDRV.Deliver.Exception:MailboxDisabledException; mailbox disabled

--e8b1f5c3-0a27-4d96-b4e1-7c3a9d5f0b62
Content-Type: text/rfc822-headers

From: "Shop Example - Protectia datelor" <privacy@shop.example.be>
To: <andreea.dumitrescu@agroverde-tm.ro>
Subject: Re: Cerere de acces la date [PRV-2026-11514]
Date: Tue, 24 Nov 2026 09:45:30 +0100
Message-ID: <prv-2026-11514.idcheck.1@shop.example.be>

--e8b1f5c3-0a27-4d96-b4e1-7c3a9d5f0b62--
'''),

    ('ro', 'info-autoresponder-48h', 'automated', (), '''Return-path: <>
Received: from cpanel04.hostvision.ro ([89.39.104.22])
	by mx1.shop.example.be (Postfix) with ESMTPS id 0B7C31A0688
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 10:12:05 +0100 (CET)
Received: from cpanel04.hostvision.ro (localhost [127.0.0.1])
	by cpanel04.hostvision.ro with local-bsmtp (Exim 4.98)
	id 1vKb1d-00041u-0r; Tue, 24 Nov 2026 11:12:05 +0200
X-Autorespond: =?UTF-8?Q?Mesaj_primit_=E2=80=93_v=C4=83_r=C4=83spundem_=C3=AEn_48_de_ore?=
Precedence: auto_reply
X-Precedence: auto_reply
From: "Gradina Verde SRL" <info@gradinaverde.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Mesaj_primit_=E2=80=93_v=C4=83_r=C4=83spundem_=C3=AEn_48_de_ore?=
Date: Tue, 24 Nov 2026 11:12:05 +0200
Message-Id: <E1vKb1d-00041u-0r@cpanel04.hostvision.ro>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă mulțumim că ne-ați scris! Mesajul dumneavoastră a ajuns la noi și
vă vom răspunde în cel mult 48 de ore (zile lucrătoare).

Pentru comenzi urgente ne puteți suna la 0256 490 112, de luni până
vineri, între 9:00 și 17:00.

Echipa Grădina Verde
www.gradinaverde.ro
'''),

    ('ro', 'icewarp-autoresponder', 'automated', (), '''Received: from mail.transcarpatic.ro ([86.125.113.70])
	by mx1.shop.example.be (Postfix) with ESMTPS id 62F9A1A0690
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 13:33:48 +0100 (CET)
Received: from [127.0.0.1] by mail.transcarpatic.ro (IceWarp 14.0.2.1 RHEL8 x64)
	with ASMTP id 202611251433470451; Wed, 25 Nov 2026 14:33:47 +0200
From: "Mihai Georgescu" <mihai.georgescu@transcarpatic.ro>
To: privacy@shop.example.be
Subject: =?utf-8?B?UsSDc3B1bnMgYXV0b21hdDogQ2VyZXJlYSBkdW1uZWF2b2FzdHLEgyBbUFJWLTIwMjYtMTE1MTZd?=
Date: Wed, 25 Nov 2026 14:33:47 +0200
Message-ID: <autoresponder.202611251433470452@transcarpatic.ro>
In-Reply-To: <prv-2026-11516.ack.1@shop.example.be>
Auto-Submitted: auto-replied
X-Autoresponder: IceWarp
X-Mailer: IceWarp Mailer 14.0.2.1 RHEL8 x64
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_===4417620====transcarpatic.ro===_"

--_===4417620====transcarpatic.ro===_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Sunt =C3=AEn concediu =C3=AEn perioada 23.11 - 04.12.2026. Pentru probleme =
legate
de transporturi v=C4=83 rog s=C4=83 scrie=C8=9Bi la dispecerat@transcarpati=
c.ro.

Mul=C8=9Bumesc,
Mihai Georgescu

--_===4417620====transcarpatic.ro===_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><p>Bun=C4=83 ziua,</p><p>Sunt =C3=AEn concediu =C3=AEn perioada=
 23.11 - 04.12.2026. Pentru probleme legate de transporturi v=C4=83 rog s=
=C4=83 scrie=C8=9Bi la <a href=3D"mailto:dispecerat@transcarpatic.ro">dispe=
cerat@transcarpatic.ro</a>.</p><p>Mul=C8=9Bumesc,<br>Mihai Georgescu</p></b=
ody></html>

--_===4417620====transcarpatic.ro===_--
'''),

    ('ro', 'outlook-read-receipt-ro', 'automated', (), '''From: Elena Popa <elena.popa@farmacia-salvia.ro>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?Q2l0aXQ6IENvcGlhIGRhdGVsb3IgZHZzLiBwZXJzb25hbGUgW1BSVi0yMDI2LTExNTE5XQ==?=
Thread-Topic: =?utf-8?B?Q29waWEgZGF0ZWxvciBkdnMuIHBlcnNvbmFsZSBbUFJWLTIwMjYtMTE1MTld?=
Date: Wed, 25 Nov 2026 16:47:10 +0000
Message-ID: <AM9PR02MB7108D2C4A1F03E5B97A6C2E8B8B12@AM9PR02MB7108.eurprd02.prod.outlook.com>
References: <prv-2026-11519.export.1@shop.example.be>
In-Reply-To: <prv-2026-11519.export.1@shop.example.be>
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_AM9PR02MB7108D2C4A1F03E5B97A6C2E8B8B12AM9PR02MB7108eurp_"
MIME-Version: 1.0

--_000_AM9PR02MB7108D2C4A1F03E5B97A6C2E8B8B12AM9PR02MB7108eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

TWVzYWp1bCBkdnMuCgogIEPEg3RyZTogRWxlbmEgUG9wYQogIFN1YmllY3Q6IENvcGlhIGRhdGVs
b3IgZHZzLiBwZXJzb25hbGUgW1BSVi0yMDI2LTExNTE5XQogIFRyaW1pczogMjUgbm9pZW1icmll
IDIwMjYgMTY6MDE6MjIgKFVUQyswMjowMCkgQXRlbmEsIEJ1Y3VyZciZdGkKCmEgZm9zdCBjaXRp
dCBwZSAyNSBub2llbWJyaWUgMjAyNiAxODo0NzoxMCAoVVRDKzAyOjAwKSBBdGVuYSwgQnVjdXJl
yJl0aS4K

--_000_AM9PR02MB7108D2C4A1F03E5B97A6C2E8B8B12AM9PR02MB7108eurp_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; elena.popa@farmacia-salvia.ro
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: 0a8xYvqSb0yXQ2m8n5Tq3g==
Original-Message-ID: <prv-2026-11519.export.1@shop.example.be>
X-Display-Name: Elena Popa

--_000_AM9PR02MB7108D2C4A1F03E5B97A6C2E8B8B12AM9PR02MB7108eurp_--
'''),

    ('ro', 'yahoo-failure-notice', 'automated', (), '''Return-Path: <>
Received: from sonic311-15.consmr.mail.ir2.yahoo.com (sonic311-15.consmr.mail.ir2.yahoo.com [77.238.176.147])
	by mx1.shop.example.be (Postfix) with ESMTPS id 1D3E41A0699
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 08:20:41 +0100 (CET)
Date: Thu, 26 Nov 2026 07:20:40 +0000
From: MAILER-DAEMON@yahoo.com
To: privacy@shop.example.be
Subject: Failure Notice
Message-ID: <1795677640.MAILER-DAEMON.sonic311-15@yahoo.com>
X-Yahoo-Newman-Property: bounce

Sorry, we were unable to deliver your message to the following address.

<cristina_radu88@yahoo.ro>:
554: delivery error: dd Not a valid recipient - atlas119.free.mail.ir2.yahoo.com

--- Below this line is a copy of the message.

Received: from relay.shop.example.be (EHLO relay.shop.example.be) ([195.130.144.21])
          by mta1041.mail.ir2.yahoo.com (VZM Hermes SMTP Server) with ESMTPS ID 3f8c1a02b97e44d0a1c8e5b62d70f913
          for <cristina_radu88@yahoo.ro>;
          Thu, 26 Nov 2026 07:20:39 +0000 (UTC)
From: "Shop Example - Protectia datelor" <privacy@shop.example.be>
To: cristina_radu88@yahoo.ro
Subject: =?utf-8?q?Am_primit_cererea_dumneavoastr=C4=83_=5BPRV-2026-11521=5D?=
Date: Thu, 26 Nov 2026 08:20:36 +0100
Message-ID: <prv-2026-11521.ack.1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

am primit cererea dumneavoastr=C4=83 de dezabonare =C8=99i de =C8=99tergere=
 a datelor
(dosar PRV-2026-11521). V=C4=83 vom r=C4=83spunde =C3=AEn cel mult o lun=C4=
=83.

Echipa de protec=C8=9Bie a datelor
Shop Example BV
'''),

    ('el', 'otenet-overquota', 'automated', (), '''Return-Path: <>
Received: from mx-out.otenet.gr (mx-out.otenet.gr [83.235.69.30])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4F1A21A06A2
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 18:05:14 +0100 (CET)
Date: Mon, 2 Nov 2026 19:05:13 +0200
From: "OTEnet Mail Delivery" <MAILER-DAEMON@otenet.gr>
To: privacy@shop.example.be
Subject: =?iso-8859-7?b?weT17eHs3+Eg8OHx3OTv8+fyIOzn7f3s4fTv8g==?=
Message-ID: <bounce.1793638313.a71c@mx-out.otenet.gr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-7
Content-Transfer-Encoding: quoted-printable

=C1=F5=F4=FC =F4=EF =EC=DE=ED=F5=EC=E1 =E4=E7=EC=E9=EF=F5=F1=E3=DE=E8=E7=EA=
=E5 =E1=F5=F4=FC=EC=E1=F4=E1 =E1=F0=FC =F4=EF =F3=FD=F3=F4=E7=EC=E1 =E7=EB=
=E5=EA=F4=F1=EF=ED=E9=EA=EF=FD
=F4=E1=F7=F5=E4=F1=EF=EC=E5=DF=EF=F5 =F4=E7=F2 OTEnet.

=D4=EF =EC=DE=ED=F5=EC=DC =F3=E1=F2 =E4=E5=ED =DE=F4=E1=ED =E4=F5=ED=E1=F4=
=FC =ED=E1 =F0=E1=F1=E1=E4=EF=E8=E5=DF =F3=F4=EF=ED =F0=E1=F1=E1=EA=DC=F4=
=F9 =F0=E1=F1=E1=EB=DE=F0=F4=E7:

    g.papadopoulos@otenet.gr

=C1=E9=F4=DF=E1: =E7 =E8=F5=F1=DF=E4=E1 =F4=EF=F5 =F0=E1=F1=E1=EB=DE=F0=F4=
=E7 =E5=DF=ED=E1=E9 =F0=EB=DE=F1=E7=F2 (=F5=F0=DD=F1=E2=E1=F3=E7 =EF=F1=DF=
=EF=F5 =F7=FE=F1=EF=F5).
=C4=EF=EA=E9=EC=DC=F3=F4=E5 =EE=E1=ED=DC =E1=F1=E3=FC=F4=E5=F1=E1.

    =C8=DD=EC=E1: =C5=F0=E9=E2=E5=E2=E1=DF=F9=F3=E7 =E4=E9=FC=F1=E8=F9=F3=
=E7=F2 =F3=F4=EF=E9=F7=E5=DF=F9=ED [PRV-2026-11365]
    =C7=EC=E5=F1=EF=EC=E7=ED=DF=E1: 02/11/2026 19:05

=D0=E1=F1=E1=EA=E1=EB=EF=FD=EC=E5 =EC=E7=ED =E1=F0=E1=ED=F4=DE=F3=E5=F4=E5 =
=F3=E5 =E1=F5=F4=FC =F4=EF =EC=DE=ED=F5=EC=E1.
'''),

    ('el', 'o365-ndr-el', 'automated', (), '''From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kipotechnikialexiou.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Fri, 13 Nov 2026 10:10:51 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="f3c8a1d5-6e02-4b97-a5d3-c1e7b9f02a48"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: el-GR
Message-ID:
 <9a6e3f1c-2b84-4d07-8c5a-f0d2e7b13c96@PA4PR03MB7390.eurprd03.prod.outlook.com>
In-Reply-To: <prv-2026-11469.idcheck.1@shop.example.be>
References: <prv-2026-11469.idcheck.1@shop.example.be>
Subject: =?utf-8?b?zpHOtM+Nzr3Osc+Ezrcgzrcgz4DOsc+BzqzOtM6/z4POtzogUmU6IM6Rzq/PhM63?=
 =?utf-8?b?zrzOsSDPhs6/z4HOt8+Ez4zPhM63z4TOsc+CIM60zrXOtM6/zrzOrc69z4k=?=
 =?utf-8?b?zr0gW1BSVi0yMDI2LTExNDY5XQ==?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--f3c8a1d5-6e02-4b97-a5d3-c1e7b9f02a48
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="80d4b2f6-1c3e-4a59-b7d8-e2f5a06c9b31"

--80d4b2f6-1c3e-4a59-b7d8-e2f5a06c9b31
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zpcgz4DOsc+BzqzOtM6/z4POtyDOsc+Azq3PhM+Fz4fOtSDPg861IM6xz4XPhM6/z43PgiDPhM6/
z4XPgiDPgM6xz4HOsc67zq7PgM+EzrXPgiDOriDPhM65z4Igzr/OvM6szrTOtc+COgoKzp3Or866
zr/PgiDOkc67zrXOvs6vzr/PhSAobi5hbGV4aW91QGtpcG90ZWNobmlraS1hbGV4aW91LmdyKQrO
lyDOtM65zrXPjc64z4XOvc+DzrcgzrfOu861zrrPhM+Bzr/Ovc65zrrOv8+NIM+EzrHPh8+FzrTP
gc6/zrzOtc6vzr/PhSDPgM6/z4UgzrrOsc+EzrHPh8+Jz4HOrs+DzrHPhM61IM60zrXOvSDOss+B
zq3OuM63zrrOtS4gzpXOu86tzrPOvs+EzrUgz4TOtyDOtM65zrXPjc64z4XOvc+DzrcgzrfOu861
zrrPhM+Bzr/Ovc65zrrOv8+NIM+EzrHPh8+FzrTPgc6/zrzOtc6vzr/PhSDPhM6/z4Ugz4DOsc+B
zrHOu86uz4DPhM63IM66zrHOuSDOtM6/zrrOuc68zqzPg8+EzrUgzr3OsSDPg8+EzrXOr867zrXP
hM61IM6+zrHOvc6sIM+Ezr8gzrzOrs69z4XOvM6xLiDOlc6szr0gz4TOvyDPgM+Bz4zOss67zrfO
vM6xIM+AzrHPgc6xzrzOrc69zrXOuSwgzrXPgM65zrrOv865zr3Pic69zq7Pg8+EzrUgzrzOtSDP
hM63zr0gz4XPgM6/z4PPhM6uz4HOuc6+zrcuCgrOlM65zrHOs869z4nPg8+EzrnOus6tz4Igz4DO
u863z4HOv8+Gzr/Pgc6vzrXPgiDOs865zrEgzrTOuc6xz4fOtc65z4HOuc+Dz4TOrc+COgoKzpTO
uc6xzrrOv868zrnPg8+Ezq7PgiDOtM63zrzOuc6/z4XPgc6zzq/Osc+COiBQQTRQUjAzTUI3Mzkw
LmV1cnByZDAzLnByb2Qub3V0bG9vay5jb20KCm4uYWxleGlvdUBraXBvdGVjaG5pa2ktYWxleGlv
dS5ncgpSZW1vdGUgU2VydmVyIHJldHVybmVkICc1NTAgNS4xLjEwIFJFU09MVkVSLkFEUi5SZWNp
cGllbnROb3RGb3VuZDsgUmVjaXBpZW50IG5vdCBmb3VuZCBieSBTTVRQIGFkZHJlc3MgbG9va3Vw
JwoKzpHPgc+HzrnOus6tz4IgzrrOtc+GzrHOu86vzrTOtc+CIM68zrfOvc+NzrzOsc+Ezr/PgjoK
CkZyb206ICJTaG9wIEV4YW1wbGUgLSBQcm9zdGFzaWEgZGVkb21lbm9uIiA8cHJpdmFjeUBzaG9w
LmV4YW1wbGUuYmU+ClRvOiA8bi5hbGV4aW91QGtpcG90ZWNobmlraS1hbGV4aW91LmdyPgpTdWJq
ZWN0OiBSZTogzpHOr8+EzrfOvM6xIM+Gzr/Pgc63z4TPjM+EzrfPhM6xz4IgzrTOtc60zr/OvM6t
zr3Pic69IFtQUlYtMjAyNi0xMTQ2OV0KRGF0ZTogRnJpLCAxMyBOb3YgMjAyNiAxMToxMDo0NCAr
MDEwMApNZXNzYWdlLUlEOiA8cHJ2LTIwMjYtMTE0NjkuaWRjaGVjay4xQHNob3AuZXhhbXBsZS5i
ZT4K

--80d4b2f6-1c3e-4a59-b7d8-e2f5a06c9b31
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD48Yj48Zm9udCBjb2xvcj0iIzAw
MDA2NiIgc2l6ZT0iMyIgZmFjZT0iQXJpYWwiPs6XIM+AzrHPgc6szrTOv8+DzrcgzrHPgM6tz4TP
hc+HzrUgz4POtSDOsc+Fz4TOv8+Nz4Igz4TOv8+Fz4Igz4DOsc+BzrHOu86uz4DPhM61z4Igzq4g
z4TOuc+CIM6/zrzOrM60zrXPgjo8L2ZvbnQ+PC9iPjwvcD48cD48YSBocmVmPSJtYWlsdG86bi5h
bGV4aW91QGtpcG90ZWNobmlraS1hbGV4aW91LmdyIj7Onc6vzrrOv8+CIM6RzrvOtc6+zq/Ov8+F
IChuLmFsZXhpb3VAa2lwb3RlY2huaWtpLWFsZXhpb3UuZ3IpPC9hPjxicj7OlyDOtM65zrXPjc64
z4XOvc+DzrcgzrfOu861zrrPhM+Bzr/Ovc65zrrOv8+NIM+EzrHPh8+FzrTPgc6/zrzOtc6vzr/P
hSDPgM6/z4UgzrrOsc+EzrHPh8+Jz4HOrs+DzrHPhM61IM60zrXOvSDOss+Bzq3OuM63zrrOtS48
L3A+PC9ib2R5PjwvaHRtbD4K

--80d4b2f6-1c3e-4a59-b7d8-e2f5a06c9b31--

--f3c8a1d5-6e02-4b97-a5d3-c1e7b9f02a48
Content-Type: message/delivery-status

Reporting-MTA: dns;PA4PR03MB7390.eurprd03.prod.outlook.com
Received-From-MTA: dns;DU2PR04CA0219.eurprd04.prod.outlook.com
Arrival-Date: Fri, 13 Nov 2026 10:10:50 +0000

Final-Recipient: rfc822;n.alexiou@kipotechniki-alexiou.gr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--f3c8a1d5-6e02-4b97-a5d3-c1e7b9f02a48
Content-Type: text/rfc822-headers

From: "Shop Example - Prostasia dedomenon" <privacy@shop.example.be>
To: <n.alexiou@kipotechniki-alexiou.gr>
Subject: =?utf-8?b?UmU6IM6Rzq/PhM63zrzOsSDPhs6/z4HOt8+Ez4zPhM63z4TOsc+CIM60zrXOtM6/zrzOrc69z4nOvSBbUFJWLTIwMjYtMTE0NjldIA==?=
Date: Fri, 13 Nov 2026 11:10:44 +0100
Message-ID: <prv-2026-11469.idcheck.1@shop.example.be>

--f3c8a1d5-6e02-4b97-a5d3-c1e7b9f02a48--
'''),

    ('el', 'sieve-vacation-auto-prefix', 'automated', (), '''Return-Path: <>
Received: from mail.ktima-lazaridi.gr (mail.ktima-lazaridi.gr [185.4.132.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id A09C11A06B4
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 12:40:03 +0100 (CET)
Received: from mail.ktima-lazaridi.gr
	by mail.ktima-lazaridi.gr with LMTP
	id 8Kx0LDJ+OWnQKQAAv5k2aA
	(envelope-from <privacy@shop.example.be>); Mon, 16 Nov 2026 13:40:02 +0200
X-Sieve: Pigeonhole Sieve 0.5.21.1 (d7a3c4b2)
Message-ID: <dovecot-sieve-1795349602-417203-0@mail.ktima-lazaridi.gr>
Date: Mon, 16 Nov 2026 13:40:02 +0200
From: "=?utf-8?B?zpXOuc+Bzq7Ovc63IM6bzrHOts6xz4HOr860zrc=?=" <eirini@ktima-lazaridi.gr>
To: <privacy@shop.example.be>
Subject: Auto: =?utf-8?b?zpXPgM65zrLOtc6yzrHOr8+Jz4POtyDOtM65zrHOs8+BzrHPhs6uz4Igz4TPic69IM60zrXOtM6/zrzOrc69z4nOvSBbUFJWLTIwMjYtMTE0NzVd?=
In-Reply-To: <prv-2026-11475.done@shop.example.be>
References: <prv-2026-11475.done@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Καλησπέρα σας,

λείπω από το γραφείο έως τις 24 Νοεμβρίου και δεν έχω πρόσβαση στο
ηλεκτρονικό μου ταχυδρομείο. Για παραγγελίες κρασιού επικοινωνήστε
με το 2310 556 201.

Ειρήνη Λαζαρίδη
Κτήμα Λαζαρίδη
'''),

    ('el', 'amavis-spam-dsn', 'automated', (), '''Return-Path: <>
Received: from smtp.logistiki-karra.gr (smtp.logistiki-karra.gr [46.246.130.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 77D4A1A06C0
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 09:58:31 +0100 (CET)
From: "Content-filter at smtp.logistiki-karra.gr" <postmaster@logistiki-karra.gr>
Date: Tue, 17 Nov 2026 10:58:30 +0200 (EET)
Subject: Undeliverable mail, MTA-BLOCKED
In-Reply-To: <prv-2026-11484.idcheck.1@shop.example.be>
Message-ID: <DSNv4Wq9sXmYk2p@smtp.logistiki-karra.gr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="----------=_1795420710-21877-0"
To: <privacy@shop.example.be>
Auto-Submitted: auto-replied (failed)

This is a multi-part message in MIME format...

------------=_1795420710-21877-0
Content-Type: text/plain; charset="utf-8"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

This nondelivery report was generated by the program amavisd-new
at host smtp.logistiki-karra.gr. Our internal reference code for
your message is 21877-07/v4Wq9sXmYk2p

UNDELIVERABLE MAIL

Your message WAS NOT delivered to:
  <a.karra@logistiki-karra.gr>
for the following reason:
  554 5.7.0 Reject, id=21877-07 - spam

Delivery of the email was stopped!

The message has been blocked because it contains a component
(as a MIME part or nested within) with declared name
or MIME type or contents type violating our access policy.

Return-Path: <privacy@shop.example.be>
Message-ID: <prv-2026-11484.idcheck.1@shop.example.be>
Subject: Επιβεβαίωση ταυτότητας – αίτημα πρόσβασης [PRV-2026-11484]

------------=_1795420710-21877-0
Content-Type: message/delivery-status
Content-Disposition: inline
Content-Transfer-Encoding: 7bit
Content-Description: Delivery error report

Reporting-MTA: dns; smtp.logistiki-karra.gr
Received-From-MTA: dns; relay.shop.example.be ([195.130.144.21])
Arrival-Date: Tue, 17 Nov 2026 10:58:28 +0200 (EET)

Original-Recipient: rfc822;a.karra@logistiki-karra.gr
Final-Recipient: rfc822;a.karra@logistiki-karra.gr
Action: failed
Status: 5.7.0
Diagnostic-Code: smtp; 554-5.7.0 Reject, id=21877-07 - spam
Last-Attempt-Date: Tue, 17 Nov 2026 10:58:30 +0200 (EET)
Final-Log-ID: 21877-07/v4Wq9sXmYk2p

------------=_1795420710-21877-0
Content-Type: text/rfc822-headers
Content-Disposition: inline
Content-Transfer-Encoding: 8bit
Content-Description: Message headers

Return-Path: <privacy@shop.example.be>
Received: from relay.shop.example.be (relay.shop.example.be [195.130.144.21])
	by smtp.logistiki-karra.gr (Postfix) with ESMTPS id 3C0B8600F2
	for <a.karra@logistiki-karra.gr>; Tue, 17 Nov 2026 10:58:28 +0200 (EET)
From: "Shop Example - Prostasia dedomenon" <privacy@shop.example.be>
To: a.karra@logistiki-karra.gr
Subject: =?utf-8?b?zpXPgM65zrLOtc6yzrHOr8+Jz4POtyDPhM6xz4XPhM+Mz4TOt8+EzrHPgiA=?=
 =?utf-8?b?4oCTIM6xzq/PhM63zrzOsSDPgM+Bz4zPg86yzrHPg863z4IgW1BSVi0yMDI2LTExNDg0XQ==?=
Date: Tue, 17 Nov 2026 09:58:25 +0100
Message-ID: <prv-2026-11484.idcheck.1@shop.example.be>

------------=_1795420710-21877-0--
'''),

    ('el', 'courier-mta-bounce', 'automated', (), '''Return-Path: <>
Received: from mail.anakainisi-stavrou.gr (mail.anakainisi-stavrou.gr [94.130.221.6])
	by mx1.shop.example.be (Postfix) with ESMTPS id C1E7D1A06C8
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 14:22:09 +0100 (CET)
From: "Courier mail server at mail.anakainisi-stavrou.gr" <@>
To: privacy@shop.example.be
Subject: NOTICE: mail delivery status.
Mime-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
    boundary="=_courier_0"
Content-Transfer-Encoding: 7bit
Message-ID: <courier.00000000691C6B20.00003A17@mail.anakainisi-stavrou.gr>
Date: Wed, 18 Nov 2026 15:22:08 +0200
Auto-Submitted: auto-replied

This is a MIME-formatted message.  If you see this text it means that your
mail software cannot handle MIME-formatted messages.

--=_courier_0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

This is a delivery status notification from mail.anakainisi-stavrou.gr,
running the Courier mail server, version 1.4.0.

The original message was received on Wed, 18 Nov 2026 15:22:07 +0200
from relay.shop.example.be (relay.shop.example.be [195.130.144.21])

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<d.stavrou@anakainisi-stavrou.gr>:
    mail.anakainisi-stavrou.gr [local]:
>>> RCPT TO:<d.stavrou@anakainisi-stavrou.gr>
<<< 550 User unknown.

---------------------------------------------------------------------------

If your message was also sent to additional recipients, their delivery
status is not included in this report.  You may or may not receive
other delivery status notifications for additional recipients.

The original message follows as a separate attachment.

--=_courier_0
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit

Reporting-MTA: dns; mail.anakainisi-stavrou.gr
Arrival-Date: Wed, 18 Nov 2026 15:22:07 +0200

Final-Recipient: rfc822; d.stavrou@anakainisi-stavrou.gr
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 550 User unknown.

--=_courier_0
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

From: "Shop Example - Prostasia dedomenon" <privacy@shop.example.be>
To: d.stavrou@anakainisi-stavrou.gr
Subject: =?utf-8?b?zpTOuc6xzrPPgc6xz4bOriDPhM+Jzr0gzrTOtc60zr/OvM6tzr3Pic69IM+DzrHPgiDOv867zr/Ous67zrfPgc+OzrjOt866zrUgW1BSVi0yMDI2LTExNDg3XQ==?=
Date: Wed, 18 Nov 2026 14:22:03 +0100
Message-ID: <prv-2026-11487.done@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Αγαπητέ κύριε Σταύρου,

σας επιβεβαιώνουμε ότι διαγράψαμε τον λογαριασμό σας, την κάρτα
επιβράβευσης και τη διεύθυνσή σας από τη λίστα του ενημερωτικού
δελτίου (άρθρο 17 ΓΚΠΔ, υπόθεση PRV-2026-11487).

Τα τιμολόγια πρέπει να διατηρηθούν για 7 ακόμη χρόνια σύμφωνα με τη
βελγική φορολογική νομοθεσία· δεν χρησιμοποιούνται για κανέναν άλλο σκοπό.

Με εκτίμηση,
Ομάδα προστασίας δεδομένων
Shop Example BV

--=_courier_0--
'''),

    ('el', 'outlook-read-receipt-el', 'automated', (), '''From: =?utf-8?B?zpzOsc+Bzq/OsSDOms+Jzr3Pg8+EzrHOvc+Ezq/Ovc6/z4U=?= <m.konstantinou@iatreio-konstantinou.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?zpHOvc6xzrPOvc+Oz4PPhM63zrrOtTogzpHOvc+Ezq/Os8+BzrHPhs6/IM+Ez4k=?=
 =?utf-8?b?zr0gz4DPgc6/z4PPic+AzrnOus+Ozr0gz4POsc+CIM60zrXOtM6/zrzOrc69?=
 =?utf-8?b?z4nOvSBbUFJWLTIwMjYtMTE0OTdd?=
Thread-Topic: =?utf-8?b?zpHOvc+Ezq/Os8+BzrHPhs6/IM+Ez4nOvSDPgM+Bzr/Pg8+Jz4DOuc66z47OvSA=?=
 =?utf-8?b?z4POsc+CIM60zrXOtM6/zrzOrc69z4nOvSBbUFJWLTIwMjYtMTE0OTdd?=
Date: Thu, 19 Nov 2026 08:31:12 +0000
Message-ID: <DB9PR06MB7882F1C3B5A2D0E49C6F7A1D5E9B2@DB9PR06MB7882.eurprd06.prod.outlook.com>
References: <prv-2026-11497.export.1@shop.example.be>
In-Reply-To: <prv-2026-11497.export.1@shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_DB9PR06MB7882F1C3B5A2D0E49C6F7A1D5E9B2DB9PR06MB7882eurp_"
MIME-Version: 1.0

--_000_DB9PR06MB7882F1C3B5A2D0E49C6F7A1D5E9B2DB9PR06MB7882eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zqTOvyDOvM6uzr3Phc68zqwgz4POsc+CCgogIM6gz4HOv8+COiDOnM6xz4HOr86xIM6az4nOvc+D
z4TOsc69z4TOr869zr/PhQogIM6Yzq3OvM6xOiDOkc69z4TOr86zz4HOsc+Gzr8gz4TPic69IM+A
z4HOv8+Dz4nPgM65zrrPjs69IM+DzrHPgiDOtM61zrTOv868zq3Ovc+Jzr0gW1BSVi0yMDI2LTEx
NDk3XQogIM6Vz4PPhM6szrvOtzogMTkgzp3Ov861zrzOss+Bzq/Ov8+FIDIwMjYgMTA6MDU6NDcg
KFVUQyswMjowMCkgzpHOuM6uzr3OsSwgzpLOv8+FzrrOv8+Fz4HOrc+Dz4TOuQoKzrTOuc6xzrLO
rM+Dz4TOt866zrUgz4PPhM65z4IgMTkgzp3Ov861zrzOss+Bzq/Ov8+FIDIwMjYgMTA6MzE6MTIg
KFVUQyswMjowMCkgzpHOuM6uzr3OsSwgzpLOv8+FzrrOv8+Fz4HOrc+Dz4TOuS4K

--_000_DB9PR06MB7882F1C3B5A2D0E49C6F7A1D5E9B2DB9PR06MB7882eurp_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; m.konstantinou@iatreio-konstantinou.gr
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: 5wqBf8n2gUuJ0cT7aXk1Lg==
Original-Message-ID: <prv-2026-11497.export.1@shop.example.be>
X-Display-Name: =?utf-8?B?zpzOsc+Bzq/OsSDOms+Jzr3Pg8+EzrHOvc+Ezq/Ovc6/z4U=?=

--_000_DB9PR06MB7882F1C3B5A2D0E49C6F7A1D5E9B2DB9PR06MB7882eurp_--
'''),

    ('el', 'icloud-vacation', 'automated', (), '''Received: from outbound.mr.icloud.com (outbound.mr.icloud.com [17.57.155.28])
	by mx1.shop.example.be (Postfix) with ESMTPS id 2E6B51A06D1
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 17:48:20 +0100 (CET)
From: Christos Vlachos <ch.vlachos@icloud.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_=CE=9B=CE=AC=CE=B2=CE=B1=CE=BC=CE=B5_=CF=84=CE=BF_=CE=B1?=
 =?utf-8?q?=CE=AF=CF=84=CE=B7=CE=BC=CE=AC_=CF=83=CE=B1=CF=82_=5BPRV-2026-1?=
 =?utf-8?q?1504=5D?=
Date: Sat, 21 Nov 2026 16:48:19 +0000 (GMT)
Message-ID: <vacation-reply-5b7e1f0c-6a42-4d8e-9f31-0c2d7e8a4b16@icloud.com>
In-Reply-To: <prv-2026-11504.ack.1@shop.example.be>
References: <prv-2026-11504.ack.1@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=CE=93=CE=B5=CE=B9=CE=B1 =CF=83=CE=B1=CF=82,

=CE=95=CE=AF=CE=BC=CE=B1=CE=B9 =CF=83=CE=B5 =CE=B4=CE=B9=CE=B1=CE=BA=CE=BF=
=CF=80=CE=AD=CF=82 =CE=BC=CE=AD=CF=87=CF=81=CE=B9 =CF=84=CE=B9=CF=82 30 =CE=
=9D=CE=BF=CE=B5=CE=BC=CE=B2=CF=81=CE=AF=CE=BF=CF=85. =CE=98=CE=B1 =CE=B1=CF=
=80=CE=B1=CE=BD=CF=84=CE=AE=CF=83=CF=89 =CF=83=CF=84=CE=BF =CE=BC=CE=AE=CE=
=BD=CF=85=CE=BC=CE=AC =CF=83=CE=B1=CF=82
=CF=8C=CF=84=CE=B1=CE=BD =CE=B5=CF=80=CE=B9=CF=83=CF=84=CF=81=CE=AD=CF=88=
=CF=89.

=CE=A7=CF=81=CE=AE=CF=83=CF=84=CE=BF=CF=82
'''),

    ('bg', 'abv-bg-unknown-user', 'automated', (), '''Return-Path: <>
Received: from mx.abv.bg (mx.abv.bg [194.153.145.70])
	by mx1.shop.example.be (Postfix) with ESMTPS id 5A7E31A06E3
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 20:14:55 +0100 (CET)
Date: Mon, 9 Nov 2026 21:14:54 +0200
From: Mail Delivery System <MAILER-DAEMON@abv.bg>
To: privacy@shop.example.be
Subject: =?windows-1251?b?zeXk7vHy4OLl7e4g7+jx7O4=?=
Message-ID: <ndr.20261109211454.3f1b@mx.abv.bg>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="abv-ndr-3f1b9e72"

--abv-ndr-3f1b9e72
Content-Type: text/plain; charset=windows-1251
Content-Transfer-Encoding: quoted-printable

=D2=EE=E2=E0 =E5 =E0=E2=F2=EE=EC=E0=F2=E8=F7=ED=EE =F1=FA=EE=E1=F9=E5=ED=E8=
=E5 =EE=F2 =EF=EE=F9=E5=ED=F1=EA=E0=F2=E0 =F1=E8=F1=F2=E5=EC=E0 =ED=E0 ABV.=
bg.

=CF=E8=F1=EC=EE=F2=EE =C2=E8 =ED=E5 =EC=EE=E6=E0 =E4=E0 =E1=FA=E4=E5 =E4=EE=
=F1=F2=E0=E2=E5=ED=EE =E4=EE =F1=EB=E5=E4=ED=E8=FF =EF=EE=EB=F3=F7=E0=F2=E5=
=EB:

    petya.georgieva81@abv.bg

=CF=F0=E8=F7=E8=ED=E0: =F2=E0=EA=E0=E2=E0 =EF=EE=F9=E5=ED=F1=EA=E0 =EA=F3=
=F2=E8=FF =ED=E5 =F1=FA=F9=E5=F1=F2=E2=F3=E2=E0 =E8=EB=E8 =E5 =E7=E0=EA=F0=
=E8=F2=E0.

=CC=EE=EB=FF, =ED=E5 =EE=F2=E3=EE=E2=E0=F0=FF=E9=F2=E5 =ED=E0 =F2=EE=E2=E0 =
=F1=FA=EE=E1=F9=E5=ED=E8=E5.

--abv-ndr-3f1b9e72
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.abv.bg
Arrival-Date: Mon, 9 Nov 2026 21:14:53 +0200

Final-Recipient: rfc822; petya.georgieva81@abv.bg
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <petya.georgieva81@abv.bg>: Recipient address rejected: User unknown

--abv-ndr-3f1b9e72
Content-Type: message/rfc822

From: "Shop Example - Zashtita na danni" <privacy@shop.example.be>
To: petya.georgieva81@abv.bg
Subject: =?utf-8?b?0J/QvtGC0LLRitGA0LbQtNC10L3QuNC1INC90LAg0YHQsNC80L7Qu9C40YfQvdC+?=
 =?utf-8?b?0YHRgtGC0LAg4oCTINC40YHQutCw0L3QtSDQt9CwINC40LfRgtGA0LjQstCw?=
 =?utf-8?b?0L3QtSBbUFJWLTIwMjYtMTE0NDRd?=
Date: Mon, 09 Nov 2026 20:14:50 +0100
Message-ID: <prv-2026-11444.idcheck.1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LCDQsy3QttC+INCT0LXQvtGA0LPQuNC10LLQsCwKCtC/0L7Qu9GD
0YfQuNGF0LzQtSDQktCw0YjQtdGC0L4g0LjRgdC60LDQvdC1INC30LAg0LjQt9GC0YDQuNCy0LDQ
vdC1INC90LAg0LvQuNGH0L3QuNGC0LUg0JLQuCDQtNCw0L3QvdC4ICjRh9C7LiAxNyDQvtGCINCe
0KDQl9CUKSwK0L/RgNC10L/QuNGB0LrQsCBQUlYtMjAyNi0xMTQ0NC4g0JfQsCDQtNCwINC30LDR
idC40YLQuNC8INC/0YDQvtGE0LjQu9CwINCS0LgsINC80L7Qu9GPLCDQv9C+0YLQstGK0YDQtNC1
0YLQtSwg0YfQtQrQuNGB0LrQsNC90LXRgtC+INC1INC40LfQv9GA0LDRgtC10L3QviDQvtGCINCS
0LDRgSwg0LrQsNGC0L4g0L7RgtCy0L7RgNC40YLQtSDQstGA0YrQt9C60LDRgtCwINC/0L4t0LTQ
vtC70YMg0LIg0YHRgNC+0Log0L7RgiAxNCDQtNC90Lg6CgogIGh0dHBzOi8vc2hvcC5leGFtcGxl
LmJlL3ByaXZhY3kvdmVyaWZ5P2M9UFJWLTIwMjYtMTE0NDQmdD1adDVwUjFtVzljCgrQoSDRg9Cy
0LDQttC10L3QuNC1LArQldC60LjQv9GK0YIg0L/QviDQt9Cw0YnQuNGC0LAg0L3QsCDQtNCw0L3Q
vdC40YLQtQpTaG9wIEV4YW1wbGUgQlYK

--abv-ndr-3f1b9e72--
'''),

    ('bg', 'o365-ndr-bg', 'automated', (), '''From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@stroymarketvarna.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Tue, 10 Nov 2026 08:00:26 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0b9d2e6f-5a13-4c78-a2f4-d6e1c8b70a35"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: bg-BG
Message-ID:
 <c4a1e7d3-8f26-4b09-9e5c-3a7b0d2f6e81@FR4P281MB3496.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <prv-2026-11453.ack.1@shop.example.be>
References: <prv-2026-11453.ack.1@shop.example.be>
Subject: =?utf-8?b?0J3QtdCy0YrQt9C80L7QttC90L4g0LTQvtGB0YLQsNCy0Y/QvdC1OiBSZTog0Jg=?=
 =?utf-8?b?0YHQutCw0L3QtSDQt9CwINC00L7RgdGC0YrQvyDQtNC+INC70LjRh9C90Lgg?=
 =?utf-8?b?0LTQsNC90L3QuCBbUFJWLTIwMjYtMTE0NTNd?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--0b9d2e6f-5a13-4c78-a2f4-d6e1c8b70a35
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="7e3c1a9b-4d60-4f25-8b17-c9f0e2a5d846"

--7e3c1a9b-4d60-4f25-8b17-c9f0e2a5d846
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JTQvtGB0YLQsNCy0LrQsNGC0LAg0LUg0L3QtdGD0YHQv9C10YjQvdCwINC00L4g0YLQtdC30Lgg
0L/QvtC70YPRh9Cw0YLQtdC70Lgg0LjQu9C4INCz0YDRg9C/0Lg6CgrQodGC0L7Rj9C9INCU0LjQ
vNC40YLRgNC+0LIgKHMuZGltaXRyb3ZAc3Ryb3ltYXJrZXQtdmFybmEuYmcpCtCf0L7RidC10L3R
gdC60LDRgtCwINC60YPRgtC40Y8g0L3QsCDQv9C+0LvRg9GH0LDRgtC10LvRjyDQtSDQv9GK0LvQ
vdCwINC4INCyINC80L7QvNC10L3RgtCwINC90LUg0LzQvtC20LUg0LTQsCDQv9GA0LjQtdC80LAg
0YHRitC+0LHRidC10L3QuNGPLiDQntC/0LjRgtCw0LnRgtC1INC00LAg0LjQt9C/0YDQsNGC0LjR
gtC1INGB0YrQvtCx0YnQtdC90LjQtdGC0L4g0L/Qvi3QutGK0YHQvdC+INC40LvQuCDRgdC1INGB
0LLRitGA0LbQtdGC0LUg0L3QsNC/0YDQsNCy0L4g0YEg0L/QvtC70YPRh9Cw0YLQtdC70Y8uCgrQ
lNC40LDQs9C90L7RgdGC0LjRh9C90LAg0LjQvdGE0L7RgNC80LDRhtC40Y8g0LfQsCDQsNC00LzQ
uNC90LjRgdGC0YDQsNGC0L7RgNC4OgoK0JPQtdC90LXRgNC40YDQsNGJINGB0YrRgNCy0YrRgDog
RlI0UDI4MU1CMzQ5Ni5ERVVQMjgxLlBST0QuT1VUTE9PSy5DT00KCnMuZGltaXRyb3ZAc3Ryb3lt
YXJrZXQtdmFybmEuYmcKUmVtb3RlIFNlcnZlciByZXR1cm5lZCAnNTU0IDUuMi4yIG1haWxib3gg
ZnVsbDsgU1RPUkVEUlYuRGVsaXZlci5FeGNlcHRpb246UXVvdGFFeGNlZWRlZEV4Y2VwdGlvbi5N
YXBpRXhjZXB0aW9uU2h1dG9mZlF1b3RhRXhjZWVkZWQnCgrQntGA0LjQs9C40L3QsNC70L3QuCDQ
t9Cw0LPQu9Cw0LLQutC4INC90LAg0YHRitC+0LHRidC10L3QuNC10YLQvjoKCkZyb206ICJTaG9w
IEV4YW1wbGUgLSBaYXNodGl0YSBuYSBkYW5uaSIgPHByaXZhY3lAc2hvcC5leGFtcGxlLmJlPgpU
bzogPHMuZGltaXRyb3ZAc3Ryb3ltYXJrZXQtdmFybmEuYmc+ClN1YmplY3Q6IFJlOiDQmNGB0LrQ
sNC90LUg0LfQsCDQtNC+0YHRgtGK0L8g0LTQviDQu9C40YfQvdC4INC00LDQvdC90LggW1BSVi0y
MDI2LTExNDUzXQpEYXRlOiBUdWUsIDEwIE5vdiAyMDI2IDA5OjAwOjE4ICswMTAwCk1lc3NhZ2Ut
SUQ6IDxwcnYtMjAyNi0xMTQ1My5hY2suMUBzaG9wLmV4YW1wbGUuYmU+Cg==

--7e3c1a9b-4d60-4f25-8b17-c9f0e2a5d846
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD48Yj48Zm9udCBjb2xvcj0iIzAw
MDA2NiIgc2l6ZT0iMyIgZmFjZT0iQXJpYWwiPtCU0L7RgdGC0LDQstC60LDRgtCwINC1INC90LXR
g9GB0L/QtdGI0L3QsCDQtNC+INGC0LXQt9C4INC/0L7Qu9GD0YfQsNGC0LXQu9C4INC40LvQuCDQ
s9GA0YPQv9C4OjwvZm9udD48L2I+PC9wPjxwPjxhIGhyZWY9Im1haWx0bzpzLmRpbWl0cm92QHN0
cm95bWFya2V0LXZhcm5hLmJnIj7QodGC0L7Rj9C9INCU0LjQvNC40YLRgNC+0LIgKHMuZGltaXRy
b3ZAc3Ryb3ltYXJrZXQtdmFybmEuYmcpPC9hPjxicj7Qn9C+0YnQtdC90YHQutCw0YLQsCDQutGD
0YLQuNGPINC90LAg0L/QvtC70YPRh9Cw0YLQtdC70Y8g0LUg0L/RitC70L3QsCDQuCDQsiDQvNC+
0LzQtdC90YLQsCDQvdC1INC80L7QttC1INC00LAg0L/RgNC40LXQvNCwINGB0YrQvtCx0YnQtdC9
0LjRjy4g0J7Qv9C40YLQsNC50YLQtSDQtNCwINC40LfQv9GA0LDRgtC40YLQtSDRgdGK0L7QsdGJ
0LXQvdC40LXRgtC+INC/0L4t0LrRitGB0L3QviDQuNC70Lgg0YHQtSDRgdCy0YrRgNC20LXRgtC1
INC90LDQv9GA0LDQstC+INGBINC/0L7Qu9GD0YfQsNGC0LXQu9GPLjwvcD48L2JvZHk+PC9odG1s
Pgo=

--7e3c1a9b-4d60-4f25-8b17-c9f0e2a5d846--

--0b9d2e6f-5a13-4c78-a2f4-d6e1c8b70a35
Content-Type: message/delivery-status

Reporting-MTA: dns;FR4P281MB3496.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;FR2P281CA0077.DEUP281.PROD.OUTLOOK.COM
Arrival-Date: Tue, 10 Nov 2026 08:00:25 +0000

Final-Recipient: rfc822;s.dimitrov@stroymarket-varna.bg
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--0b9d2e6f-5a13-4c78-a2f4-d6e1c8b70a35
Content-Type: text/rfc822-headers

From: "Shop Example - Zashtita na danni" <privacy@shop.example.be>
To: <s.dimitrov@stroymarket-varna.bg>
Subject: =?utf-8?b?UmU6INCY0YHQutCw0L3QtSDQt9CwINC00L7RgdGC0YrQvyDQtNC+INC70LjRh9C9?=
 =?utf-8?b?0Lgg0LTQsNC90L3QuCBbUFJWLTIwMjYtMTE0NTNd?=
Date: Tue, 10 Nov 2026 09:00:18 +0100
Message-ID: <prv-2026-11453.ack.1@shop.example.be>

--0b9d2e6f-5a13-4c78-a2f4-d6e1c8b70a35--
'''),

    ('bg', 'exchange-online-left-company', 'automated', (), '''From: =?utf-8?B?0J3QuNC60L7Qu9Cw0Lkg0JjQstCw0L3QvtCy?= <n.ivanov@agrohim-plovdiv.bg>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDog0J/QvtGC0LI=?=
 =?utf-8?b?0YrRgNC20LTQtdC90LjQtSDQt9CwINC/0L7Qu9GD0YfQsNCy0LDQvdC1INC9?=
 =?utf-8?b?0LAg0LjRgdC60LDQvdC10YLQviBbUFJWLTIwMjYtMTE0NjBd?=
Thread-Topic: =?utf-8?b?0J/QvtGC0LLRitGA0LbQtNC10L3QuNC1INC30LAg0L/QvtC70YPRh9Cw0LLQsNC9?=
 =?utf-8?b?0LUg0L3QsCDQuNGB0LrQsNC90LXRgtC+IFtQUlYtMjAyNi0xMTQ2MF0=?=
Thread-Index: AQHbUq8vC2eE3J5oS0Kb1p7gT0yN9g==
Date: Wed, 11 Nov 2026 07:44:02 +0000
Message-ID: <VE1PR03MB60474B1C2E8D5F3A09B7E6C2A4D81@VE1PR03MB6047.eurprd03.prod.outlook.com>
References: <prv-2026-11460.ack.1@shop.example.be>
In-Reply-To: <prv-2026-11460.ack.1@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: n.ivanov@agrohim-plovdiv.bg
X-MS-TNEF-Correlator:
x-ms-exchange-transport-fromentityheader: Hosted
Content-Language: bg-BG
Content-Type: multipart/alternative;
	boundary="_000_VE1PR03MB60474B1C2E8D5F3A09B7E6C2A4D81VE1PR03MB6047eurp_"
MIME-Version: 1.0

--_000_VE1PR03MB60474B1C2E8D5F3A09B7E6C2A4D81VE1PR03MB6047eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JHQu9Cw0LPQvtC00LDRgNGPINC30LAg0YHRitC+0LHRidC1
0L3QuNC10YLQvi4g0J7RgiAxINC90L7QtdC80LLRgNC4IDIwMjYg0LMuINCy0LXRh9C1INC90LUg
0YDQsNCx0L7RgtGPINCyIOKAntCQ0LPRgNC+0YXQuNC8INCf0LvQvtCy0LTQuNCy4oCcINCe0J7Q
lCDQuCDRgtCw0LfQuCDQv9C+0YnQtdC90YHQutCwINC60YPRgtC40Y8g0L3QtSDRgdC1INGB0LvQ
tdC00LguCgrQl9CwINCy0YrQv9GA0L7RgdC4INC+0YLQvdC+0YHQvdC+INC00L7RgdGC0LDQstC6
0Lgg0Lgg0L/QvtGA0YrRh9C60LgsINC80L7Qu9GPLCDQv9C40YjQtdGC0LUg0L3QsCBvZmZpY2VA
YWdyb2hpbS1wbG92ZGl2LmJnINC40LvQuCDQvdCwINC90L7QstC40Y8g0LzQuCDQutC+0LvQtdCz
0LAg0JPQtdC+0YDQs9C4INCf0LXRgtGA0L7QsjogZy5wZXRyb3ZAYWdyb2hpbS1wbG92ZGl2LmJn
LgoK0J/QvtC30LTRgNCw0LLQuCwK0J3QuNC60L7Qu9Cw0Lkg0JjQstCw0L3QvtCyCg==

--_000_VE1PR03MB60474B1C2E8D5F3A09B7E6C2A4D81VE1PR03MB6047eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IHN0eWxlPSJmb250LWZhbWls
eTpDYWxpYnJpLEFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXplOjExcHQiPjxwPtCX0LTRgNCw0LLQ
tdC50YLQtSw8L3A+PHA+0JHQu9Cw0LPQvtC00LDRgNGPINC30LAg0YHRitC+0LHRidC10L3QuNC1
0YLQvi4g0J7RgiAxINC90L7QtdC80LLRgNC4IDIwMjYg0LMuINCy0LXRh9C1INC90LUg0YDQsNCx
0L7RgtGPINCyIOKAntCQ0LPRgNC+0YXQuNC8INCf0LvQvtCy0LTQuNCy4oCcINCe0J7QlCDQuCDR
gtCw0LfQuCDQv9C+0YnQtdC90YHQutCwINC60YPRgtC40Y8g0L3QtSDRgdC1INGB0LvQtdC00Lgu
PC9wPjxwPtCX0LAg0LLRitC/0YDQvtGB0Lgg0L7RgtC90L7RgdC90L4g0LTQvtGB0YLQsNCy0LrQ
uCDQuCDQv9C+0YDRitGH0LrQuCwg0LzQvtC70Y8sINC/0LjRiNC10YLQtSDQvdCwIG9mZmljZUBh
Z3JvaGltLXBsb3ZkaXYuYmcg0LjQu9C4INC90LAg0L3QvtCy0LjRjyDQvNC4INC60L7Qu9C10LPQ
sCDQk9C10L7RgNCz0Lgg0J/QtdGC0YDQvtCyOiBnLnBldHJvdkBhZ3JvaGltLXBsb3ZkaXYuYmcu
PC9wPjxwPtCf0L7Qt9C00YDQsNCy0LgsCtCd0LjQutC+0LvQsNC5INCY0LLQsNC90L7Qsgo8L3A+
PC9kaXY+PC9ib2R5PjwvaHRtbD4K

--_000_VE1PR03MB60474B1C2E8D5F3A09B7E6C2A4D81VE1PR03MB6047eurp_--
'''),

    ('bg', 'sogo-vacation', 'automated', (), '''Return-Path: <>
Received: from mail.mebeli-vasilev.bg (mail.mebeli-vasilev.bg [87.120.37.54])
	by mx1.shop.example.be (Postfix) with ESMTPS id 9C2D41A06F0
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 15:21:36 +0100 (CET)
X-Sieve: Pigeonhole Sieve 0.5.19 (4eae2f79)
Message-ID: <dovecot-sieve-1794586896-238144-0@mail.mebeli-vasilev.bg>
Date: Thu, 12 Nov 2026 16:21:36 +0200
From: <k.vasileva@mebeli-vasilev.bg>
To: <privacy@shop.example.be>
Subject: =?utf-8?b?0J7RgtGB0YrRgdGC0LLQuNC1INC+0YIg0L7RhNC40YHQsA==?=
In-Reply-To: <prv-2026-11464.export.1@shop.example.be>
References: <prv-2026-11464.export.1@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте,

в отпуск съм до 20.11.2026 г. включително. След като се върна, ще
отговоря на писмото Ви.

Катя Василева
'''),

    ('bg', 'outlook-read-receipt-bg', 'automated', (), '''From: =?utf-8?B?0JTQsNC90LjQtdC70LAg0KHRgtC+0Y/QvdC+0LLQsA==?= <d.stoyanova@dentalcare-sofia.bg>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?0J/RgNC+0YfQtdGC0LXQvdC+OiDQn9C+0YLQstGK0YDQttC00LXQvdC40LUg0Lc=?=
 =?utf-8?b?0LAg0LrQvtGA0LXQutGG0LjRjyDQvdCwINC00LDQvdC90LjRgtC1INCS0Lgg?=
 =?utf-8?b?W1BSVi0yMDI2LTExNDcyXQ==?=
Thread-Topic: =?utf-8?b?0J/QvtGC0LLRitGA0LbQtNC10L3QuNC1INC30LAg0LrQvtGA0LXQutGG0LjRjyA=?=
 =?utf-8?b?0L3QsCDQtNCw0L3QvdC40YLQtSDQktC4IFtQUlYtMjAyNi0xMTQ3Ml0=?=
Date: Fri, 13 Nov 2026 12:36:50 +0000
Message-ID: <PR3PR02MB6283E9A7C1D4B05F2E8A3D6C7B1F4@PR3PR02MB6283.eurprd02.prod.outlook.com>
References: <prv-2026-11472.corr.done@shop.example.be>
In-Reply-To: <prv-2026-11472.corr.done@shop.example.be>
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_PR3PR02MB6283E9A7C1D4B05F2E8A3D6C7B1F4PR3PR02MB6283eurp_"
MIME-Version: 1.0

--_000_PR3PR02MB6283E9A7C1D4B05F2E8A3D6C7B1F4PR3PR02MB6283eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JLQsNGI0LXRgtC+INGB0YrQvtCx0YnQtdC90LjQtQoKICDQlNC+OiDQlNCw0L3QuNC10LvQsCDQ
odGC0L7Rj9C90L7QstCwCiAg0KLQtdC80LA6INCf0L7RgtCy0YrRgNC20LTQtdC90LjQtSDQt9Cw
INC60L7RgNC10LrRhtC40Y8g0L3QsCDQtNCw0L3QvdC40YLQtSDQktC4IFtQUlYtMjAyNi0xMTQ3
Ml0KICDQmNC30L/RgNCw0YLQtdC90L46IDEzINC90L7QtdC80LLRgNC4IDIwMjYg0LMuIDE0OjAy
OjExIChVVEMrMDI6MDApINCl0LXQu9C30LjQvdC60LgsINCa0LjQtdCyLCDQoNC40LPQsCwg0KHQ
vtGE0LjRjywg0KLQsNC70LjQvSwg0JLQuNC70L3RjtGBCgrQsdC1INC/0YDQvtGH0LXRgtC10L3Q
viDQvdCwIDEzINC90L7QtdC80LLRgNC4IDIwMjYg0LMuIDE0OjM2OjUwIChVVEMrMDI6MDApINCl
0LXQu9C30LjQvdC60LgsINCa0LjQtdCyLCDQoNC40LPQsCwg0KHQvtGE0LjRjywg0KLQsNC70LjQ
vSwg0JLQuNC70L3RjtGBLgo=

--_000_PR3PR02MB6283E9A7C1D4B05F2E8A3D6C7B1F4PR3PR02MB6283eurp_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; d.stoyanova@dentalcare-sofia.bg
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: q0cW7x1pJkqB3uZr9f2T4Q==
Original-Message-ID: <prv-2026-11472.corr.done@shop.example.be>
X-Display-Name: =?utf-8?B?0JTQsNC90LjQtdC70LAg0KHRgtC+0Y/QvdC+0LLQsA==?=

--_000_PR3PR02MB6283E9A7C1D4B05F2E8A3D6C7B1F4PR3PR02MB6283eurp_--
'''),

    ('bg', 'thunderbird-filter-template-reply', 'automated', (), '''Received: from [192.168.1.34] (unknown [46.10.214.88])
	by smtp.vet-klinika-rusev.bg (Postfix) with ESMTPSA id 2B9F0400C1
	for <privacy@shop.example.be>; Sat, 14 Nov 2026 08:00:41 +0200 (EET)
Message-ID: <3e9a1c72-5f04-4b8d-a6e1-0d27c4f8b953@vet-klinika-rusev.bg>
Date: Sat, 14 Nov 2026 08:00:41 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?utf-8?b?UmU6INCS0LDRiNC40YLQtSDQtNCw0L3QvdC4INCyINC80LDRiNC40L3QvdC+0Yc=?=
 =?utf-8?b?0LXRgtC40Lwg0YTQvtGA0LzQsNGCIFtQUlYtMjAyNi0xMTQ3NF0=?=
To: privacy@shop.example.be
References: <prv-2026-11474.export.1@shop.example.be>
From: =?UTF-8?B?0JQt0YAg0JjQstCw0L0g0KDRg9GB0LXQsg==?= <ivan.rusev@vet-klinika-rusev.bg>
Content-Language: bg
In-Reply-To: <prv-2026-11474.export.1@shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Здравейте,

Това е автоматичен отговор. Получих писмото Ви. През уикенда клиниката
работи само по спешност – за спешни случаи звънете на 0888 412 903.
Ще Ви отговоря в понеделник.

Д-р Иван Русев
Ветеринарна клиника „Русев“

'''),

    ('pl', 'person-edit-as-new-ndr', 'deletion', ('withdraw_consent',), '''Received: from [192.168.0.104] (89-64-12-77.dynamic.chello.pl [89.64.12.77])
	by smtp.poczta.onet.pl (Onet) with ESMTPSA id 4Y7mQk2Xb1z1Wq
	for <privacy@shop.example.be>; Tue,  3 Nov 2026 21:17:40 +0100 (CET)
Message-ID: <e7c0a4b1-92d3-4f6e-b158-3a0d7e2c91f4@onet.pl>
Date: Tue, 3 Nov 2026 21:17:38 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?utf-8?q?Niedostarczalne=3A_Usuni=C4=99cie_konta_i_danych?=
To: privacy@shop.example.be
From: Agnieszka Dudek <agnieszka.dudek@onet.pl>
Content-Language: pl
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry,

poprzednio wpisałam zły adres (shop.example.com zamiast .be) i wiadomość
wróciła, więc wysyłam jeszcze raz, tym razem na właściwy adres.

Proszę o usunięcie mojego konta w Państwa sklepie (login: adudek_ogrod)
razem ze wszystkimi danymi osobowymi. Jednocześnie wycofuję zgodę na
newsletter i wszelkie wiadomości marketingowe – proszę nic więcej nie
wysyłać.

Pozdrawiam
Agnieszka Dudek

-----
Dostarczenie do tych adresatów lub grup nie powiodło się:
privacy@shop.example.com
Nie można znaleźć domeny adresata.
'''),

    ('hr', 'person-forwards-own-bounce', 'access', (), '''Received: by mail-wm1-f44.google.com with SMTP id 5b1f17b1804b1-47b3a0c1e2dso21437765e9.1
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 08:26:19 -0800 (PST)
MIME-Version: 1.0
References: <69277c1b.050a0220.3a2b61.0b4eGMR@mx.google.com> <CAF3pQx9YkLt0sFv2eH1B7n-Wq8c@mail.gmail.com>
In-Reply-To: <69277c1b.050a0220.3a2b61.0b4eGMR@mx.google.com>
From: =?UTF-8?B?TWFqYSDFoGltacSH?= <maja.simic.zg@gmail.com>
Date: Wed, 4 Nov 2026 17:26:07 +0100
Message-ID: <CAF3pQx-8m0L2rKd1c4Hq7v9pZ3Y@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000071c6e2062415d0b7"

--00000000000071c6e2062415d0b7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

moj mail od 2. studenog vam se vratio (vidi dolje, neka gre=C5=A1ka
s va=C5=A1im serverom ili s mojim?), pa ga =C5=A1aljem ponovno.

Molim vas kopiju svih osobnih podataka koje o meni imate: podatke
iz korisni=C4=8Dkog ra=C4=8Duna, povijest narud=C5=BEbi, podatke s kartice =
vjernosti
i kome ste ih proslijedili.

Hvala,
Maja =C5=A0imi=C4=87

---------- Proslije=C4=91ena poruka ---------
Od: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: pon, 2. stu 2026. u 18:04
Subject: Delivery Status Notification (Failure)
To: <maja.simic.zg@gmail.com>


** Poruka nije isporu=C4=8Dena **

Va=C5=A1a poruka nije isporu=C4=8Dena na adresu privacy@shop-example.be jer
domena shop-example.be nije prona=C4=91ena. Provjerite ima li pravopisnih
pogre=C5=A1aka ili nepotrebnih razmaka i poku=C5=A1ajte ponovo.

---------- Forwarded message ----------
From: Maja =C5=A0imi=C4=87 <maja.simic.zg@gmail.com>
To: privacy@shop-example.be
Cc:
Date: Mon, 2 Nov 2026 18:04:11 +0100
Subject: Zahtjev za pristup osobnim podacima

Po=C5=A1tovani,

temeljem =C4=8Dlanka 15. GDPR-a tra=C5=BEim kopiju svih osobnih podataka ko=
je
obra=C4=91ujete o meni.

Maja =C5=A0imi=C4=87

--00000000000071c6e2062415d0b7
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Po=C5=A1tovani,<br>
<br>
moj mail od 2. studenog vam se vratio (vidi dolje, neka gre=C5=A1ka<br>
s va=C5=A1im serverom ili s mojim?), pa ga =C5=A1aljem ponovno.<br>
<br>
Molim vas kopiju svih osobnih podataka koje o meni imate: podatke<br>
iz korisni=C4=8Dkog ra=C4=8Duna, povijest narud=C5=BEbi, podatke s kartice =
vjernosti<br>
i kome ste ih proslijedili.<br>
<br>
Hvala,<br>
Maja =C5=A0imi=C4=87<br>
<br>
---------- Proslije=C4=91ena poruka ---------<br>
Od: Mail Delivery Subsystem &lt;mailer-daemon@googlemail.com&gt;<br>
Date: pon, 2. stu 2026. u 18:04<br>
Subject: Delivery Status Notification (Failure)<br>
To: &lt;maja.simic.zg@gmail.com&gt;<br>
<br>
<br>
** Poruka nije isporu=C4=8Dena **<br>
<br>
Va=C5=A1a poruka nije isporu=C4=8Dena na adresu privacy@shop-example.be jer=
<br>
domena shop-example.be nije prona=C4=91ena. Provjerite ima li pravopisnih<b=
r>
pogre=C5=A1aka ili nepotrebnih razmaka i poku=C5=A1ajte ponovo.<br>
<br>
---------- Forwarded message ----------<br>
From: Maja =C5=A0imi=C4=87 &lt;maja.simic.zg@gmail.com&gt;<br>
To: privacy@shop-example.be<br>
Cc:<br>
Date: Mon, 2 Nov 2026 18:04:11 +0100<br>
Subject: Zahtjev za pristup osobnim podacima<br>
<br>
Po=C5=A1tovani,<br>
<br>
temeljem =C4=8Dlanka 15. GDPR-a tra=C5=BEim kopiju svih osobnih podataka ko=
je<br>
obra=C4=91ujete o meni.<br>
<br>
Maja =C5=A0imi=C4=87<br>
</div>

--00000000000071c6e2062415d0b7--
'''),

    ('cs', 'person-subject-automatic-reply', 'objection', (), '''Received: from email.seznam.cz (email-smtpc21a.ko.seznam.cz [10.53.18.27])
	by smtpd-relay.seznam.cz (szn-email-smtpd/2.0.62)
	for <privacy@shop.example.be>; Thu, 05 Nov 2026 12:08:55 +0100 (CET)
From: "Hana Kratochvilova" <hana.kratochvilova@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Automatick=C3=A1_odpov=C4=9B=C4=8F=3A_Reklamace_objedn=C3=A1vky_2026-55812?=
Date: Thu, 05 Nov 2026 12:08:53 +0100 (CET)
Message-Id: <4Fx.3qbZ.5Wm2nKkR2pT.1fHc1L@seznam.cz>
Mime-Version: 1.0 (Szn.cz Email)
X-Mailer: Szn.cz Email
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

p=C3=AD=C5=A1u sem, jak mi poradila automatick=C3=A1 odpov=C4=9B=C4=8F va=
=C5=A1eho z=C3=A1kaznick=C3=A9ho servisu
(je n=C3=AD=C5=BEe). S reklamac=C3=AD u=C5=BE je to vy=C5=99e=C5=A1en=C3=A9=
, ale p=C5=99i n=C3=AD jsem zjistila, =C5=BEe
moje n=C3=A1kupy pou=C5=BE=C3=ADv=C3=A1te k vytv=C3=A1=C5=99en=C3=AD profil=
u a k personalizovan=C3=A9 reklam=C4=9B
a =C5=BEe data pos=C3=ADl=C3=A1te reklamn=C3=ADm partner=C5=AFm.

S t=C3=ADm nesouhlas=C3=ADm a proti takov=C3=A9mu zpracov=C3=A1n=C3=AD vzn=
=C3=A1=C5=A1=C3=ADm n=C3=A1mitku. Moje
=C3=BAdaje k profilov=C3=A1n=C3=AD ani pro reklamn=C3=AD partnery nepou=C5=
=BE=C3=ADvejte.

Hana Kratochv=C3=ADlov=C3=A1

---------- P=C5=AFvodn=C3=AD e-mail ----------
Od: Z=C3=A1kaznick=C3=BD servis Shop Example <service@shop.example.be>
Komu: hana.kratochvilova@seznam.cz
Datum: 4. 11. 2026 16:40:12
P=C5=99edm=C4=9Bt: Automatick=C3=A1 odpov=C4=9B=C4=8F: Reklamace objedn=C3=
=A1vky 2026-55812

D=C4=9Bkujeme za Va=C5=A1i zpr=C3=A1vu. Odpov=C3=ADme do 2 pracovn=C3=ADch =
dn=C5=AF.
V z=C3=A1le=C5=BEitostech osobn=C3=ADch =C3=BAdaj=C5=AF pi=C5=A1te pros=C3=
=ADm na privacy@shop.example.be.
'''),

    ('ro', 'person-quotes-out-of-office', 'complaint', ('deletion',), '''Received: from sonic305-20.consmr.mail.ir2.yahoo.com (sonic305-20.consmr.mail.ir2.yahoo.com [77.238.177.82])
	by mx1.shop.example.be (Postfix) with ESMTPS id 3C8F21A0712
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 19:31:44 +0100 (CET)
Date: Fri, 6 Nov 2026 18:31:40 +0000 (UTC)
From: Valentina Marin <vali.marin@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1193847122.3318420.1794076300518@mail.yahoo.com>
In-Reply-To: <oof.20261005.77a1@shop.example.be>
References: <1593027711.2210394.1791215417723@mail.yahoo.com> <oof.20261005.77a1@shop.example.be>
Subject: =?UTF-8?Q?Re:_R=C4=83spuns_automat:_Cerere_de_=C8=99tergere_a_datelor?=
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_3318419_1601827461.1794076300517"
X-Mailer: WebService/1.1.24652 YMailNorrin

------=_Part_3318419_1601827461.1794076300517
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

pe 5 octombrie v-am cerut s=C4=83-mi =C8=99terge=C8=9Bi contul =C8=99i toat=
e datele. Singurul
r=C4=83spuns primit a fost mesajul automat de mai jos. A trecut mai mult de=
 o
lun=C4=83 =C8=99i nu s-a =C3=AEnt=C3=A2mplat nimic, iar eu primesc =C3=AEn =
continuare e-mailuri
de la voi.

V=C4=83 rog s=C4=83 =C8=99terge=C8=9Bi imediat datele mele. Dac=C4=83 nu pr=
imesc confirmarea =C3=AEn
7 zile, depun pl=C3=A2ngere la ANSPDCP.

Valentina Marin

    On Monday, October 5, 2026 at 09:12:03 AM GMT+2, privacy@shop.example.b=
e <privacy@shop.example.be> wrote:

    V=C4=83 mul=C8=9Bumim pentru mesaj. Sunt =C3=AEn concediu p=C3=A2n=C4=
=83 pe 12 octombrie =C8=99i nu
    am acces la e-mail. Mesajul dumneavoastr=C4=83 va fi tratat dup=C4=83 =
=C3=AEntoarcere.

------=_Part_3318419_1601827461.1794076300517
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div class=3D"ydp3c1e9a2byahoo-style-wrap" style=
=3D"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px=
;"><div>Bun=C4=83 ziua,</div><div><br></div><div>pe 5 octombrie v-am cerut =
s=C4=83-mi =C8=99terge=C8=9Bi contul =C8=99i toate datele. Singurul r=C4=83=
spuns primit a fost mesajul automat de mai jos. A trecut mai mult de o lun=
=C4=83 =C8=99i nu s-a =C3=AEnt=C3=A2mplat nimic, iar eu primesc =C3=AEn con=
tinuare e-mailuri de la voi.</div><div><br></div><div>V=C4=83 rog s=C4=83 =
=C8=99terge=C8=9Bi imediat datele mele. Dac=C4=83 nu primesc confirmarea =
=C3=AEn 7 zile, depun pl=C3=A2ngere la ANSPDCP.</div><div><br></div><div>Va=
lentina Marin</div></div><div id=3D"yahoo_quoted_1744021" class=3D"yahoo_qu=
oted"><div style=3D"font-family:'Helvetica Neue', Helvetica, Arial, sans-se=
rif;font-size:13px;color:#26282a;"><div>On Monday, October 5, 2026 at 09:12=
:03 AM GMT+2, privacy@shop.example.be &lt;privacy@shop.example.be&gt; wrote=
:</div><div><br></div><div>V=C4=83 mul=C8=9Bumim pentru mesaj. Sunt =C3=AEn=
 concediu p=C3=A2n=C4=83 pe 12 octombrie =C8=99i nu am acces la e-mail. Mes=
ajul dumneavoastr=C4=83 va fi tratat dup=C4=83 =C3=AEntoarcere.</div></div>=
</div></body></html>

------=_Part_3318419_1601827461.1794076300517--
'''),

    ('sv', 'person-holiday-send-data', 'portability', (), '''Received: by mail-lf1-f46.google.com with SMTP id 2adb3069b0e04-5a1d8f0c3b7so3318402e87.3
        for <privacy@shop.example.be>; Sun, 08 Nov 2026 11:52:07 -0800 (PST)
MIME-Version: 1.0
From: Linnea Forsberg <linnea.forsberg92@gmail.com>
Date: Sun, 8 Nov 2026 20:51:58 +0100
Message-ID: <CAJt4nW0r6Yb+Fq2sXk8Lp1mZ7o3@mail.gmail.com>
Subject: =?UTF-8?Q?Mina_uppgifter_=E2=80=93_jag_=C3=A4r_p=C3=A5_semester_n=C3=A4sta_vecka?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hej!

Jag =C3=A4r p=C3=A5 semester hela n=C3=A4sta vecka och kommer knappt att l=
=C3=A4sa mejl, s=C3=A5
jag skriver redan nu.

Jag vill ha ut alla mina kunduppgifter hos er (konto, ordrar,
lojalitetskort) i ett maskinl=C3=A4sbart format, helst CSV eller JSON, s=C3=
=A5 att
jag kan flytta =C3=B6ver dem till en annan butik. Skicka g=C3=A4rna filen t=
ill min
jobbadress linnea.forsberg@ekonomihuset-vasteras.se, den l=C3=A4ser jag n=
=C3=A4r jag
=C3=A4r tillbaka.

Tack p=C3=A5 f=C3=B6rhand!
Linnea Forsberg
'''),

    ('bg', 'person-phone-signature-fridays', 'correction', (), '''Received: from smtpclient.apple (unknown [151.251.4.190])
	by smtp.speedy-mail.bg (Postfix) with ESMTPSA id 6D1E040077
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 10:44:18 +0200 (EET)
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?B?0JzQuNGA0L7RgdC70LDQsiDQotC+0LTQvtGA0L7Qsg==?= <m.todorov@spectrum-bg.net>
Mime-Version: 1.0 (1.0)
Date: Fri, 20 Nov 2026 10:44:12 +0200
Subject: =?utf-8?q?=D0=93=D1=80=D0=B5=D1=88=D0=B5=D0=BD_=D0=B0=D0=B4=D1=80=D0=B5?=
 =?utf-8?q?=D1=81_=D0=B2_=D0=BF=D1=80=D0=BE=D1=84=D0=B8=D0=BB=D0=B0_=D0=BC?=
 =?utf-8?q?=D0=B8?=
Message-Id: <B2F61A9D-7C3E-4E18-9D05-61A4C0E7F8B2@spectrum-bg.net>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=B2 =D0=BF=D1=80=D0=BE=D1=84=D0=B8=D0=BB=D0=B0 =D0=BC=D0=B8 =D0=BF=D1=80=
=D0=B8 =D0=B2=D0=B0=D1=81 =D0=B0=D0=B4=D1=80=D0=B5=D1=81=D1=8A=D1=82 =D0=B7=
=D0=B0 =D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=BA=D0=B0 =D0=B5 =D0=B3=D1=80=
=D0=B5=D1=88=D0=B5=D0=BD =E2=80=93 =D0=BF=D0=B8=D1=88=D0=B5 =D1=83=D0=BB. =
=E2=80=9E=D0=A8=D0=B8=D0=BF=D0=BA=D0=B0=E2=80=9C 12,
=D0=B0 =D1=82=D1=80=D1=8F=D0=B1=D0=B2=D0=B0 =D0=B4=D0=B0 =D0=B5 =D1=83=D0=
=BB. =E2=80=9E=D0=A8=D0=B8=D0=BF=D0=BA=D0=B0=E2=80=9C 21, =D0=B2=D1=85. =D0=
=91, 1504 =D0=A1=D0=BE=D1=84=D0=B8=D1=8F. =D0=9C=D0=BE=D0=BB=D1=8F, =D0=BF=
=D0=BE=D0=BF=D1=80=D0=B0=D0=B2=D0=B5=D1=82=D0=B5 =D0=B3=D0=BE,
=D0=B7=D0=B0=D1=89=D0=BE=D1=82=D0=BE =D0=BF=D0=BE=D1=81=D0=BB=D0=B5=D0=B4=
=D0=BD=D0=B0=D1=82=D0=B0 =D0=BF=D1=80=D0=B0=D1=82=D0=BA=D0=B0 =D0=BE=D1=82=
=D0=B8=D0=B4=D0=B5 =D0=BF=D1=80=D0=B8 =D1=81=D1=8A=D1=81=D0=B5=D0=B4=D0=B8=
=D1=82=D0=B5.

=D0=91=D0=BB=D0=B0=D0=B3=D0=BE=D0=B4=D0=B0=D1=80=D1=8F,
=D0=9C=D0=B8=D1=80=D0=BE=D1=81=D0=BB=D0=B0=D0=B2 =D0=A2=D0=BE=D0=B4=D0=BE=
=D1=80=D0=BE=D0=B2

=D0=98=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE =D0=BE=D1=82 =D0=BC=
=D0=BE=D1=8F iPhone
=D0=9F=D0=B5=D1=82=D1=8A=D0=BA =D0=BD=D0=B5 =D1=81=D1=8A=D0=BC =D0=B2 =D0=
=BE=D1=84=D0=B8=D1=81=D0=B0 =E2=80=93 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=
=D1=80=D1=8F=D0=BC =D0=B2 =D0=BF=D0=BE=D0=BD=D0=B5=D0=B4=D0=B5=D0=BB=D0=BD=
=D0=B8=D0=BA.
'''),

    ('el', 'person-replies-to-auto-ack', 'objection', (), '''Received: by mail-ed1-f41.google.com with SMTP id 4fb4d7f45d1cf-64a0b1c2d7aso1122876a12.0
        for <privacy@shop.example.be>; Mon, 23 Nov 2026 03:15:44 -0800 (PST)
MIME-Version: 1.0
References: <prv-2026-11510.ack.1@shop.example.be>
In-Reply-To: <prv-2026-11510.ack.1@shop.example.be>
From: Eleni Mavridou <eleni.mavridou@gmail.com>
Date: Mon, 23 Nov 2026 13:15:31 +0200
Message-ID: <CAG9vR2x+u3Nf0Zp7e1Lq8JkT4bW@mail.gmail.com>
Subject: =?utf-8?b?UmU6IM6bzqzOss6xzrzOtSDPhM6/IM6xzq/PhM63zrzOrCDPg86xz4IgW1BSVi0y?=
 =?utf-8?b?MDI2LTExNTEwXQ==?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

zprOsc67zrfOvM6tz4HOsSwKCs6+zq3Pgc+JIM+Mz4TOuSDPhM6/IM68zq7Ovc+FzrzOrCDPg86x
z4IgzrvOrc61zrkgzr3OsSDOvM63zr0gzrHPgM6xzr3PhM6uz4PPiSwgzrHOu867zqwgzrjOrc67
z4kgzr3OsSDPgM+Bzr/Pg864zq3Pg8+JIM66zqzPhM65Cs+Dz4TOvyDOsc6vz4TOt868zqwgzrzO
v8+FOiDOsc69z4TOuc+Ezq/OuM61zrzOsc65IM+Dz4TOtyDPh8+Bzq7Pg863IM+Ez4nOvSDOtM61
zrTOv868zq3Ovc+Jzr0gzrzOv8+FIM6zzrnOsQrOtc6+zrHPhM6/zrzOuc66zrXPhc68zq3Ovc61
z4IgzrTOuc6xz4bOt868zq/Pg861zrnPgiDOus6xzrkgz4PPhM63zr0gzrrOv865zr3Ov8+Azr/O
r863z4POriDPhM6/z4XPgiDPg8+Ezr/Phc+CIM60zrnOsc+GzrfOvM65z4PPhM65zrrOv8+Nz4IK
z4POsc+CIM+Dz4XOvc61z4HOs86sz4TOtc+CLiDOoM6xz4HOsc66zrHOu8+OIM+Dz4TOsc68zrHP
hM6uz4PPhM61IM6xz4XPhM6uIM+EzrfOvSDOtc+AzrXOvs61z4HOs86xz4POr86xLgoKzpXOu86t
zr3OtyDOnM6xz4XPgc6vzrTOv8+FCgrOo8+EzrnPgiDOms+Fz4EgMjIgzp3Ov861IDIwMjYgz4PP
hM65z4IgMTg6MDIsIM6/L863IFNob3AgRXhhbXBsZSAtIFByb3N0YXNpYSBkZWRvbWVub24gPApw
cml2YWN5QHNob3AuZXhhbXBsZS5iZT4gzq3Os8+BzrHPiM61OgoKPiDOm86szrLOsc68zrUgz4TO
vyDOsc6vz4TOt868zqwgz4POsc+CICjPhc+Az4zOuM61z4POtyBQUlYtMjAyNi0xMTUxMCkgzrrO
sc65IM64zrEgz4POsc+CIM6xz4DOsc69z4TOrs+Dzr/Phc68zrUKPiDOtc69z4TPjM+CIM61zr3P
jM+CIM68zq7Ovc6xLgo+Cj4gzpHPhc+Ez4wgzrXOr869zrHOuSDOrc69zrEgzrHPhc+Ez4zOvM6x
z4TOvyDOvM6uzr3Phc68zrEuIM6gzrHPgc6xzrrOsc67zr/Pjc68zrUgzrzOt869IM6xz4DOsc69
z4TOrs+DzrXPhM61Lgo+Cj4gzp/OvM6szrTOsSDPgM+Bzr/Pg8+EzrHPg86vzrHPgiDOtM61zrTO
v868zq3Ovc+Jzr0sIFNob3AgRXhhbXBsZSBCVgo='''),

    ('pl', 'person-inactive-mailbox-unsubscribe', 'withdraw_consent', (), '''Received: from mx.poczta.interia.pl (mx.poczta.interia.pl [217.74.65.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 8B4C11A0731
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 22:03:50 +0100 (CET)
Date: Wed, 25 Nov 2026 22:03:47 +0100
From: Krzysztof Baran <k.baran1979@interia.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nieaktywna_skrzynka_=E2=80=93_prosz=C4=99_o_wypisanie?=
Message-ID: <rdkhqbdnxzxsjlvwyhtm@ipfb>
X-Mailer: interia.pl/pf09
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Dzień dobry,

mój stary adres kbaran@o2.pl jest od dawna nieaktywny, a Wasze newslettery
nadal tam idą i pewnie wracają do Was jako niedostarczone. Proszę wypisać
ten adres z newslettera i wszystkich mailingów reklamowych – nie chcę
dostawać od Was reklam ani na stary, ani na nowy adres.

Krzysztof Baran
'''),

]

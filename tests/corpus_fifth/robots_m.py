"""Fifth set, robots and robot-looking people, as raw RFC 5322 messages. Written apart from the code."""

# (language, family, category, extra categories, raw message text)
ROBOTS = [
    ('nl', 'outlook365-html-only-oof', 'automated', (), """Received: from DB9PR03MB7345.eurprd03.prod.outlook.com (2603:10a6:10:2e1::9) by
 AS8PR03MB6887.eurprd03.prod.outlook.com with HTTPS; Mon, 22 Jul 2024 08:41:17
 +0000
From: Sanne de Vries <s.devries@vanleeuwenbouw.nl>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Bevestig uw verzoek
Thread-Topic: Bevestig uw verzoek
Thread-Index: AQHa3BGkT2m8Yf0d1kCq7hOjz1W4Nw==
Date: Mon, 22 Jul 2024 08:41:16 +0000
Message-ID: <DB9PR03MB73452F1A9C0E4B8D7C21A5E3D1AB2@DB9PR03MB7345.eurprd03.prod.outlook.com>
References: <172163517741.48211.9182734650192837465@shop.example.be>
In-Reply-To: <172163517741.48211.9182734650192837465@shop.example.be>
Accept-Language: nl-NL, en-US
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-RecordReviewCfmType: 0
x-ms-exchange-parent-message-id: <172163517741.48211.9182734650192837465@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-auto-response-suppress: All
x-ms-exchange-inbox-rules-loop: s.devries@vanleeuwenbouw.nl
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
1">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div class=3D"elementToProof" style=3D"font-family: Aptos, Aptos_EmbeddedFo=
nt, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; c=
olor: rgb(0, 0, 0);">
Goedemorgen,</div>
<div class=3D"elementToProof" style=3D"font-family: Aptos, Aptos_EmbeddedFo=
nt, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; c=
olor: rgb(0, 0, 0);">
<br>
</div>
<div class=3D"elementToProof" style=3D"font-family: Aptos, Aptos_EmbeddedFo=
nt, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; c=
olor: rgb(0, 0, 0);">
Bedankt voor uw bericht. Ik ben met vakantie tot en met vrijdag 9 augustus =
en lees in die periode mijn mail niet. Uw bericht wordt niet doorgestuurd.<=
/div>
<div class=3D"elementToProof" style=3D"font-family: Aptos, Aptos_EmbeddedFo=
nt, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; c=
olor: rgb(0, 0, 0);">
<br>
</div>
<div class=3D"elementToProof" style=3D"font-family: Aptos, Aptos_EmbeddedFo=
nt, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; c=
olor: rgb(0, 0, 0);">
Voor dringende zaken kunt u terecht bij mijn collega Pieter Jacobs via <a h=
ref=3D"mailto:p.jacobs@vanleeuwenbouw.nl">p.jacobs@vanleeuwenbouw.nl</a> of=
 op 010 412 77 30.</div>
<div class=3D"elementToProof" style=3D"font-family: Aptos, Aptos_EmbeddedFo=
nt, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; c=
olor: rgb(0, 0, 0);">
<br>
</div>
<div class=3D"elementToProof" style=3D"font-family: Aptos, Aptos_EmbeddedFo=
nt, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; c=
olor: rgb(0, 0, 0);">
Met vriendelijke groet,<br>
Sanne de Vries<br>
Projectadministratie | Van Leeuwen Bouw B.V.</div>
</body>
</html>
"""),
    ('fr', 'cpanel-autoresponder-quotes-original', 'automated', (), """Return-Path: <>
Received: from cabinetl by srv118.hebergement-lyon.net with local (Exim 4.97.1)
	(envelope-from <>)
	id 1sdQnC-0004Zr-2H
	for privacy@shop.example.be; Mon, 12 Aug 2024 10:15:22 +0200
From: =?utf-8?q?Cabinet_Lemaire_=26_Associ=C3=A9s?= <contact@cabinet-lemaire-avocats.fr>
To: privacy@shop.example.be
Subject: Re: Veuillez confirmer votre demande
In-Reply-To: <172270112093.1177.5523190011843726601@shop.example.be>
References: <172270112093.1177.5523190011843726601@shop.example.be>
Auto-Submitted: auto-replied
X-Autorespond: Veuillez confirmer votre demande
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Message-Id: <E1sdQnC-0004Zr-2H@srv118.hebergement-lyon.net>
Date: Mon, 12 Aug 2024 10:15:22 +0200

Bonjour,

Nous accusons bonne r=C3=A9ception de votre message et vous en remercions.

Le cabinet est ferm=C3=A9 du lundi 12 au vendredi 23 ao=C3=BBt inclus. Votr=
e courriel
sera trait=C3=A9 d=C3=A8s notre retour, par ordre d'arriv=C3=A9e. En cas d'=
urgence
juridique, vous pouvez joindre la permanence au 04 78 60 12 35.

Cabinet Lemaire & Associ=C3=A9s
12, quai Saint-Antoine - 69002 Lyon

---------- Votre message ----------
De : "Privacy - shop.example.be" <privacy@shop.example.be>
Date : 12 ao=C3=BBt 2024 =C3=A0 10:15
Objet : Veuillez confirmer votre demande
=C3=80 : contact@cabinet-lemaire-avocats.fr

Madame, Monsieur,

Nous avons re=C3=A7u une demande concernant les donn=C3=A9es personnelles l=
i=C3=A9es =C3=A0
cette adresse e-mail. Afin de v=C3=A9rifier qu'elle =C3=A9mane bien de vous=
, veuillez
la confirmer dans les 14 jours en ouvrant le lien ci-dessous :

https://shop.example.be/privacy/confirm/r7Kq2mWZ8c4TfLp0

Si vous n'=C3=AAtes pas =C3=A0 l'origine de cette demande, vous pouvez igno=
rer ce
message.

Cordialement,
L'=C3=A9quipe vie priv=C3=A9e
shop.example.be
"""),
    ('de', 'pigeonhole-vacation-same-subject-header-only', 'automated', (), """Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.kanzlei-hartmann-voss.de (mail.kanzlei-hartmann-voss.de [203.0.113.61])
	by mx.shop.example.be (Postfix) with ESMTPS id 4WyTq51Lk9z2xGd
	for <privacy@shop.example.be>; Thu,  5 Sep 2024 09:07:27 +0200 (CEST)
Received: from mail.kanzlei-hartmann-voss.de
	by mail.kanzlei-hartmann-voss.de with LMTP
	id 0BvmJ1dY2WZpHQAAq3Kx0A
	; Thu, 05 Sep 2024 09:07:27 +0200
Message-ID: <dovecot-sieve-1725520047-784330-0@mail.kanzlei-hartmann-voss.de>
Date: Thu, 05 Sep 2024 09:07:27 +0200
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
From: Jens Hartmann <j.hartmann@kanzlei-hartmann-voss.de>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Bitte_best=C3=A4tigen_Sie_Ihre_Anfrage?=
In-Reply-To: <172552004418.9912.1029384756102938475@shop.example.be>
References: <172552004418.9912.1029384756102938475@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre Nachricht. Ich melde mich schnellstm=C3=B6glich b=
ei Ihnen.

Mit freundlichen Gr=C3=BC=C3=9Fen

Dr. Jens Hartmann
Rechtsanwalt

Kanzlei Hartmann & Voss
K=C3=B6nigsallee 61, 40212 D=C3=BCsseldorf
Tel. 0211 86 39 20
"""),
    ('es', 'outlook-rule-template-reply-same-subject-text-only', 'automated', (), """Received: from PC-RECEPCION (88.red-203-0-113.dynamicip.example.net [203.0.113.88])
	by smtp.talleres-echeverria.es with ESMTPSA id 9c1f0e2a7b
	for <privacy@shop.example.be>; Wed, 18 Sep 2024 11:32:05 +0200
From: =?iso-8859-1?Q?Talleres_Echeverr=EDa?= <taller@talleres-echeverria.es>
To: <privacy@shop.example.be>
Subject: Please confirm your request
Date: Wed, 18 Sep 2024 11:32:04 +0200
Message-ID: <000001db09a3$6f0b1c20$4d215460$@talleres-echeverria.es>
MIME-Version: 1.0
Content-Type: text/plain;
	charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdsJo2zB7wqRk0SmT8qg1wQJ5t2pXw==
Content-Language: es

Gracias por escribirnos.

Este es un mensaje autom=E1tico: su correo ha llegado correctamente a
Talleres Echeverr=EDa. Le responderemos lo antes posible dentro de nuestro
horario de atenci=F3n (de lunes a viernes, de 8:30 a 14:00).

Por favor, no responda a este mensaje.

Talleres Echeverr=EDa, S.L.
Pol=EDgono Industrial Landaben, calle E, 14
31012 Pamplona (Navarra)
"""),
    ('it', 'exchange-onprem-it-no-longer-here', 'automated', (), """Received: from SRV-EXCH01.bertolini.local (192.168.10.12) by
 SRV-EXCH01.bertolini.local (192.168.10.12) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.2507.39;
 Tue, 10 Sep 2024 09:28:51 +0200
From: Marco Ferrari <m.ferrari@ceramichebertolini.it>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Risposta automatica: Please confirm your request
Thread-Topic: Please confirm your request
Thread-Index: AQHbA1b2u5d8FJ3oHkm2cK7e0hU0ZQ==
Date: Tue, 10 Sep 2024 07:28:51 +0000
Message-ID: <8e2c1d7b55a94f0f9b6a1e8d4c3f2a10@SRV-EXCH01.bertolini.local>
In-Reply-To: <172595332001.5531.8842093312775660019@shop.example.be>
References: <172595332001.5531.8842093312775660019@shop.example.be>
Content-Language: it-IT
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
x-auto-response-suppress: All
auto-submitted: auto-generated
x-ms-exchange-inbox-rules-loop: m.ferrari@ceramichebertolini.it
Content-Type: multipart/alternative;
	boundary="_000_8e2c1d7b55a94f0f9b6a1e8d4c3f2a10SRVEXCH01bertolinilocal_"
MIME-Version: 1.0

--_000_8e2c1d7b55a94f0f9b6a1e8d4c3f2a10SRVEXCH01bertolinilocal_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QnVvbmdpb3JubywKCm5vbiBsYXZvcm8gcGnDuSBwcmVzc28gQ2VyYW1pY2hlIEJlcnRvbGluaSBT
LnIubC4gTGEgc3VhIGUtbWFpbCBub24gw6ggc3RhdGEKaW5vbHRyYXRhIGUgcXVlc3RhIGNhc2Vs
bGEgbm9uIHZpZW5lIHBpw7kgbGV0dGEuCgpQZXIgb3JkaW5pIGUgaW5mb3JtYXppb25pIHNjcml2
YSBhIGNvbW1lcmNpYWxlQGNlcmFtaWNoZWJlcnRvbGluaS5pdApvcHB1cmUgdGVsZWZvbmkgYWxs
byAwNTM2IDgxMiA0MDAuCgpDb3JkaWFsaSBzYWx1dGkK

--_000_8e2c1d7b55a94f0f9b6a1e8d4c3f2a10SRVEXCH01bertolinilocal_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD4KPGJvZHk+PGRpdiBzdHlsZT0iZm9udC1mYW1p
bHk6Q2FsaWJyaSxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxMXB0Ij4KPHA+QnVvbmdpb3Jubyw8L3A+
CjxwPm5vbiBsYXZvcm8gcGnDuSBwcmVzc28gQ2VyYW1pY2hlIEJlcnRvbGluaSBTLnIubC4gTGEg
c3VhIGUtbWFpbCA8Yj5ub24gw6ggc3RhdGEgaW5vbHRyYXRhPC9iPiBlIHF1ZXN0YSBjYXNlbGxh
IG5vbiB2aWVuZSBwacO5IGxldHRhLjwvcD4KPHA+UGVyIG9yZGluaSBlIGluZm9ybWF6aW9uaSBz
Y3JpdmEgYSA8YSBocmVmPSJtYWlsdG86Y29tbWVyY2lhbGVAY2VyYW1pY2hlYmVydG9saW5pLml0
Ij5jb21tZXJjaWFsZUBjZXJhbWljaGViZXJ0b2xpbmkuaXQ8L2E+IG9wcHVyZSB0ZWxlZm9uaSBh
bGxvIDA1MzYgODEyIDQwMC48L3A+CjxwPkNvcmRpYWxpIHNhbHV0aTwvcD4KPC9kaXY+PC9ib2R5
PjwvaHRtbD4K

--_000_8e2c1d7b55a94f0f9b6a1e8d4c3f2a10SRVEXCH01bertolinilocal_--
"""),
    ('pl', 'roundcube-sieve-mailbox-closed', 'automated', (), """Return-Path: <>
Received: from s52.hosting-przyklad.pl (s52.hosting-przyklad.pl [203.0.113.152])
	by mx.shop.example.be (Postfix) with ESMTPS id 4X0m8x3QbRz9sTn
	for <privacy@shop.example.be>; Tue, 17 Sep 2024 14:05:12 +0200 (CEST)
Message-ID: <dovecot-sieve-1726574712-221940-0@s52.hosting-przyklad.pl>
Date: Tue, 17 Sep 2024 14:05:12 +0200
X-Sieve: Pigeonhole Sieve 0.5.19 (4eae2f79)
From: <zamowienia@drukarnia-kowalczyk.pl>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Skrzynka_zamkni=C4=99ta?=
In-Reply-To: <172657710455.3001.2290011883746650192@shop.example.be>
References: <172657710455.3001.2290011883746650192@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

ta skrzynka pocztowa zosta=C5=82a zamkni=C4=99ta i nie jest ju=C5=BC obs=C5=
=82ugiwana.
Wiadomo=C5=9Bci wys=C5=82ane na ten adres nie s=C4=85 czytane ani przekazyw=
ane dalej.

W sprawach dotycz=C4=85cych zam=C3=B3wie=C5=84 prosimy pisa=C4=87 na adres
biuro@drukarnia-kowalczyk.pl.

Drukarnia Kowalczyk
"""),
    ('cs', 'kerio-connect-autoreply-moved', 'automated', (), """Return-Path: <>
Received: from mail.novak-nabytek.cz (mail.novak-nabytek.cz [203.0.113.34])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XLk2n0JtFz7nQp
	for <privacy@shop.example.be>; Fri,  4 Oct 2024 08:45:39 +0200 (CEST)
X-Footer: bm92YWstbmFieXRlay5jeg==
Received: from localhost ([127.0.0.1])
	by mail.novak-nabytek.cz (Kerio Connect 10.0.4 patch 1) with ESMTP
	for privacy@shop.example.be;
	Fri, 4 Oct 2024 08:45:38 +0200
From: =?iso-8859-2?Q?Nov=E1k_n=E1bytek?= <prodejna@novak-nabytek.cz>
To: <privacy@shop.example.be>
Subject: =?iso-8859-2?Q?Automatick=E1_odpov=EC=EF=3A_Please_confirm_your_request?=
Date: Fri, 4 Oct 2024 08:45:38 +0200
Message-ID: <autoreply-1728024338-4401@novak-nabytek.cz>
In-Reply-To: <172802433119.6610.7720394857610293847@shop.example.be>
X-Mailer: Kerio Connect 10.0.4 patch 1
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Dobr=FD den,

p=F8est=EChovali jsme se! Tato e-mailov=E1 adresa ji=BE nen=ED aktivn=ED a =
zpr=E1vy na ni
zaslan=E9 ne=E8teme.

Pi=B9te n=E1m pros=EDm na novou adresu obchod@novak-nabytek.cz, nov=E1 prov=
ozovna
se nach=E1z=ED na adrese Pr=F9myslov=E1 1402, 530 03 Pardubice.

D=ECkujeme za pochopen=ED.
Nov=E1k n=E1bytek s.r.o.
"""),
    ('hr', 'osticket-ack', 'automated', (), """Return-Path: <podrska@jadran-elektro.hr>
Received: from helpdesk.jadran-elektro.hr (helpdesk.jadran-elektro.hr [203.0.113.201])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XRv0q6M1rz3wBc
	for <privacy@shop.example.be>; Sat, 19 Oct 2024 09:21:06 +0200 (CEST)
Date: Sat, 19 Oct 2024 09:21:06 +0200
From: =?utf-8?Q?Korisni=C4=8Dka_podr=C5=A1ka_Jadran_Elektro?= <podrska@jadran-elektro.hr>
To: privacy@shop.example.be
Subject: Upit zaprimljen [#482913]
Message-ID: <1b0Xe-bHvRk-Gz2aDnLsA9wQ-ekm2P@jadran-elektro.hr>
In-Reply-To: <172931006271.2290.3341129087765401928@shop.example.be>
References: <172931006271.2290.3341129087765401928@shop.example.be>
X-Mailer: osTicket Mailer
Precedence: auto_reply
X-Autoreply: yes
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

zahvaljujemo na Va=C5=A1oj poruci. Va=C5=A1 upit je zaprimljen i zaveden po=
d brojem
#482913.

Odgovorit =C4=87emo Vam u roku od 5 radnih dana. Ako =C5=BEelite dopuniti u=
pit,
odgovorite na ovu poruku i zadr=C5=BEite broj upita u naslovu.

Ovo je automatski generirana poruka.

Korisni=C4=8Dka podr=C5=A1ka
Jadran Elektro d.o.o.
"""),
    ('sv', 'outlook365-sv-parental-leave', 'automated', (), """Received: from AM9PR08MB6211.eurprd08.prod.outlook.com (2603:10a6:20b:2d4::17) by
 DU0PR08MB8903.eurprd08.prod.outlook.com with HTTPS; Thu, 31 Oct 2024 08:47:02
 +0000
From: Elin Sandberg <elin.sandberg@nordvik-design.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatiskt svar: Please confirm your request
Thread-Topic: Please confirm your request
Thread-Index: AQHbK3fKq0p9Wc1uQ0yDjzJ4v8iP+Q==
Date: Thu, 31 Oct 2024 08:47:01 +0000
Message-ID: <AM9PR08MB62117C0E19B2D4F8A03E6B52E1552@AM9PR08MB6211.eurprd08.prod.outlook.com>
References: <173036440150.8811.6650019928374651002@shop.example.be>
In-Reply-To: <173036440150.8811.6650019928374651002@shop.example.be>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <173036440150.8811.6650019928374651002@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_AM9PR08MB62117C0E19B2D4F8A03E6B52E1552AM9PR08MB6211eurp_"
MIME-Version: 1.0

--_000_AM9PR08MB62117C0E19B2D4F8A03E6B52E1552AM9PR08MB6211eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGVqIQoKSmFnIMOkciBmw7Zyw6RsZHJhbGVkaWcgdGlsbCBvY2ggbWVkIGRlbiAzMSBtYXJzIDIw
MjUgb2NoIGzDpHNlciBpbnRlIG1pbiBlLXBvc3QKdW5kZXIgZGVuIHRpZGVuLiBEaXR0IG1lZGRl
bGFuZGUgdmlkYXJlYmVmb3JkcmFzIGludGUuCgpGw7ZyIGZyw6Vnb3Igb20gYmVzdMOkbGxuaW5n
YXIsIGtvbnRha3RhIGt1bmR0amFuc3RAbm9yZHZpay1kZXNpZ24uc2UgZWxsZXIKcmluZyAwOC01
MjIgMTQwIDAwLgoKVsOkbmxpZ2EgaMOkbHNuaW5nYXIKRWxpbiBTYW5kYmVyZwpOb3JkdmlrIERl
c2lnbiBBQgo=

--_000_AM9PR08MB62117C0E19B2D4F8A03E6B52E1552AM9PR08MB6211eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+CjxtZXRhIGh0dHAtZXF1aXY9IkNvbnRlbnQtVHlwZSIgY29udGVudD0idGV4
dC9odG1sOyBjaGFyc2V0PXV0Zi04Ij4KPC9oZWFkPgo8Ym9keSBkaXI9Imx0ciI+CjxkaXYgc3R5
bGU9ImZvbnQtZmFtaWx5OkFwdG9zLENhbGlicmksSGVsdmV0aWNhLHNhbnMtc2VyaWY7Zm9udC1z
aXplOjEycHQ7Y29sb3I6cmdiKDAsMCwwKSI+SGVqITxicj48YnI+CkphZyDDpHIgZsO2csOkbGRy
YWxlZGlnIHRpbGwgb2NoIG1lZCBkZW4gMzEgbWFycyAyMDI1IG9jaCBsw6RzZXIgaW50ZSBtaW4g
ZS1wb3N0IHVuZGVyIGRlbiB0aWRlbi4gRGl0dCBtZWRkZWxhbmRlIHZpZGFyZWJlZm9yZHJhcyBp
bnRlLjxicj48YnI+CkbDtnIgZnLDpWdvciBvbSBiZXN0w6RsbG5pbmdhciwga29udGFrdGEgPGEg
aHJlZj0ibWFpbHRvOmt1bmR0amFuc3RAbm9yZHZpay1kZXNpZ24uc2UiPmt1bmR0amFuc3RAbm9y
ZHZpay1kZXNpZ24uc2U8L2E+IGVsbGVyIHJpbmcgMDgtNTIyIDE0MCAwMC48YnI+PGJyPgpWw6Ru
bGlnYSBow6Rsc25pbmdhcjxicj5FbGluIFNhbmRiZXJnPGJyPk5vcmR2aWsgRGVzaWduIEFCPC9k
aXY+CjwvYm9keT48L2h0bWw+Cg==

--_000_AM9PR08MB62117C0E19B2D4F8A03E6B52E1552AM9PR08MB6211eurp_--
"""),
    ('ro', 'zoho-mail-sick-leave', 'automated', (), """Return-Path: <>
Received: from mx.zohomail.eu (sender4-op-o12.zoho.eu [136.143.188.12])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XnRr82wQkz1pLs
	for <privacy@shop.example.be>; Fri,  8 Nov 2024 16:55:23 +0100 (CET)
Date: Fri, 08 Nov 2024 15:55:22 +0000
From: Radu Popa <radu.popa@casaverde-gradini.ro>
To: <privacy@shop.example.be>
Message-Id: <1930c4a8f1e.b71c2e0d18441.612983774650019283@casaverde-gradini.ro>
In-Reply-To: <173107772245.4420.1193847560012938471@shop.example.be>
Subject: =?utf-8?q?R=C4=83spuns_automat=3A_Please_confirm_your_request?=
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
X-Priority: Medium
Importance: Medium
User-Agent: Zoho Mail
X-Mailer: Zoho Mail

Bun=C4=83 ziua,

V=C4=83 mul=C8=9Bumesc pentru mesaj. Sunt =C3=AEn concediu medical p=C3=A2n=
=C4=83 pe 22 noiembrie
=C8=99i nu am acces la e-mail.

Pentru comenzi =C8=99i facturi v=C4=83 rog s=C4=83 o contacta=C8=9Bi pe col=
ega mea, Ioana
Dumitrescu, la ioana.dumitrescu@casaverde-gradini.ro.

Cu stim=C4=83,
Radu Popa
Casa Verde Gr=C4=83dini SRL
"""),
    ('el', 'exchange-el-training', 'automated', (), """Received: from EXCH02.aegeanfoods.local (10.1.1.22) by EXCH02.aegeanfoods.local
 (10.1.1.22) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Thu, 14 Nov 2024
 07:03:40 +0200
From: =?iso-8859-7?b?zd/q7/Ig0OHw4eT88O/16+/y?= <n.papadopoulos@aegeanfoods.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiBQbGVhc2Ug?=
 =?utf-8?b?Y29uZmlybSB5b3VyIHJlcXVlc3Q=?=
Thread-Topic: Please confirm your request
Thread-Index: AQHbNlR7mB8u4E2dQqK1m6rzk9Y6pA==
Date: Thu, 14 Nov 2024 05:03:40 +0000
Message-ID: <c0f1a72e9d8b4e6a8b1f33e0d1c2a9f4@EXCH02.aegeanfoods.local>
In-Reply-To: <173156021788.7702.8830192837465501928@shop.example.be>
References: <173156021788.7702.8830192837465501928@shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
x-auto-response-suppress: All
auto-submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6Sz4HOr8+DzrrOv868zrHOuSDPg861IM61zrrP
gM6xzrnOtM61z4XPhM65zrrPjCDPg861zrzOuc69zqzPgc65zr8gzq3Pic+CIM66zrHOuSDPhM63
zr0gzqDOsc+BzrHPg866zrXPhc6uIDE1IM6dzr/Otc68zrLPgc6vzr/PhSwgzrzOtQrPgM61z4HO
uc6/z4HOuc+DzrzOrc69zrcgz4DPgc+Mz4POss6xz4POtyDPg8+Ezr8gzrfOu861zrrPhM+Bzr/O
vc65zrrPjCDPhM6xz4fPhc60z4HOv868zrXOr86/LiDOmM6xIM6xz4DOsc69z4TOrs+Dz4kgz4PP
hM6/IM68zq7Ovc+FzrzOrArPg86xz4IgzrzPjM67zrnPgiDOtc+AzrnPg8+Ez4HOrc+Iz4kuCgrO
k865zrEgzrXPgM61zq/Os86/zr3PhM6xIM64zq3OvM6xz4TOsSDOvM+Azr/Pgc61zq/PhM61IM69
zrEgzrXPgM65zrrOv865zr3Pic69zq7Pg861z4TOtSDOvM61IM+Ezr8gzrvOv86zzrnPg8+Ezq7P
gc65zr8gz4PPhM6/CjIxMCA2MTIzIDQ1MC4KCs6czrUgzrXOus+Ezq/OvM63z4POtywKzp3Or866
zr/PgiDOoM6xz4DOsc60z4zPgM6/z4XOu86/z4IK
"""),
    ('bg', 'cpanel-autoresponder-bg-holidays', 'automated', (), """Return-Path: <>
Received: from rodopatex by c7.superhost-bg.net with local (Exim 4.96.2)
	(envelope-from <>)
	id 1tPmVb-00A7fK-0n
	for privacy@shop.example.be; Mon, 23 Dec 2024 23:56:47 +0200
From: =?windows-1251?b?0O7k7u/gINLl6vHy6Os=?= <office@rodopa-textil.bg>
To: privacy@shop.example.be
Subject: =?windows-1251?b?yu7r5eTt6CDoIO3u4u7j7uTo+O3oIO/w4Oft6PboIC0g7vTo?=
 =?windows-1251?b?8fryIOUg5+Dy4u7w5e0=?=
In-Reply-To: <173499100617.5120.4419283746501928374@shop.example.be>
References: <173499100617.5120.4419283746501928374@shop.example.be>
Auto-Submitted: auto-replied
X-Autorespond: Please confirm your request
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1251
Content-Transfer-Encoding: base64
Message-Id: <E1tPmVb-00A7fK-0n@c7.superhost-bg.net>
Date: Mon, 23 Dec 2024 23:56:47 +0200

0+Lg5uDl7Ogg6uvo5e3y6CDoIO/g8PLt/O7w6CwKCs706PH68iDt6CDlIOfg8uLu8OXtIOfgIOru
6+Xk7ejy5SDoIO3u4u7j7uTo+O3o8uUg7/Dg5+3o9ugg7vIKMjQg5OXq5ezi8OggMjAyNCDjLiDk
7iAyIP/t8+Dw6CAyMDI1IOMuIOLq6/736PLl6+3uLgoKwuD45fLuIO/o8ezuIPnlIOH65OUg7/Du
9+Xy5e3uIPHr5eQgMyD/7fPg8OguIMHr4OPu5ODw6Owg5+Ag8ODn4ejw4O3l8u4K6CDC6CDv7ubl
6+Di4OzlIOLl8eXr6CDv8ODn7ej26CEKCsXq6O/68iDt4CDQ7uTu7+Ag0uXq8fLo6yDOzsQK
"""),
    ('pt', 'helpdesk-pt-ack', 'automated', (), """Return-Path: <bounces+8820114-c1a2-privacy=shop.example.be@em4512.conservas-atlantico.pt>
Received: from o1.ptr4211.conservas-atlantico.pt (o1.ptr4211.conservas-atlantico.pt [198.51.100.211])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Y2Fkd4Tr8z6vNq
	for <privacy@shop.example.be>; Mon,  2 Dec 2024 10:13:31 +0100 (CET)
Date: Mon, 02 Dec 2024 09:13:30 +0000
From: Apoio ao Cliente <apoio@conservas-atlantico.pt>
Reply-To: Apoio ao Cliente <apoio@conservas-atlantico.pt>
To: privacy@shop.example.be
Message-ID: <Y8K2PQ7R_6754a1ba3c1e2_1a2b3c5d6e_sprut@conservas-atlantico.pt>
In-Reply-To: <173313440802.3355.6612093847561029384@shop.example.be>
Subject: Recebemos o seu pedido [#18342]
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6754a1ba3b7f8_1f3c2ab7e0c4d3981c8";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_6754a1ba3b7f8_1f3c2ab7e0c4d3981c8
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Obrigado pelo seu contacto. Confirmamos a rece=C3=A7=C3=A3o da sua mensagem=
, que
ficou registada com o n=C3=BAmero de pedido #18342.

A nossa equipa responder=C3=A1 no prazo de 5 dias =C3=BAteis. N=C3=A3o =C3=
=A9 necess=C3=A1rio
enviar novamente a mensagem; se quiser acrescentar informa=C3=A7=C3=A3o, ba=
sta
responder a este e-mail.

Com os melhores cumprimentos,
Apoio ao Cliente - Conservas Atl=C3=A2ntico

----==_mimepart_6754a1ba3b7f8_1f3c2ab7e0c4d3981c8
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#=
222">
<p>Ol=C3=A1,</p>
<p>Obrigado pelo seu contacto. Confirmamos a rece=C3=A7=C3=A3o da sua mensa=
gem, que ficou registada com o n=C3=BAmero de pedido <strong>#18342</strong=
>.</p>
<p>A nossa equipa responder=C3=A1 no prazo de 5 dias =C3=BAteis. N=C3=A3o =
=C3=A9 necess=C3=A1rio enviar novamente a mensagem; se quiser acrescentar i=
nforma=C3=A7=C3=A3o, basta responder a este e-mail.</p>
<p>Com os melhores cumprimentos,<br>Apoio ao Cliente - Conservas Atl=C3=A2n=
tico</p>
</div>
<div style=3D"color:#b5b5b5;font-size:11px">[Y8K2-PQ7R]</div>

----==_mimepart_6754a1ba3b7f8_1f3c2ab7e0c4d3981c8--
"""),
    ('en', 'fastmail-holiday-closure', 'automated', (), """Return-Path: <>
Received: from fout-a4-smtp.messagingengine.com (fout-a4-smtp.messagingengine.com [103.168.172.147])
	by mx.shop.example.be (Postfix) with ESMTPS id 4YH0c65k2Wz4tRx
	for <privacy@shop.example.be>; Sun, 22 Dec 2024 10:00:12 +0100 (CET)
Received: from compute2.internal (compute2.nyi.internal [10.202.2.46])
	by mailfout.phl.internal (Postfix) with ESMTP id 6F0B813800C7
	for <privacy@shop.example.be>; Sun, 22 Dec 2024 04:00:11 -0500 (EST)
Auto-Submitted: auto-replied
X-ME-Autoreply: yes
From: Hollingworth Tiles <sales@hollingworth-tiles.co.uk>
To: privacy@shop.example.be
Subject: Our offices are closed for the holidays
In-Reply-To: <173486120944.2041.5520193847561029385@shop.example.be>
References: <173486120944.2041.5520193847561029385@shop.example.be>
Date: Sun, 22 Dec 2024 09:00:11 +0000
Message-Id: <autoreply.1734858011.2b61f0@hollingworth-tiles.co.uk>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_17348580112761940"

This is a multi-part message in MIME format.

--_----------=_17348580112761940
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello,

Thank you for your email.

Our offices are closed for the holidays from Monday 23 December until
Wednesday 1 January inclusive. Your message has been received and will be
dealt with when we reopen on Thursday 2 January.

For urgent orders please use our online portal at
https://trade.hollingworth-tiles.co.uk

Season's greetings from all of us at Hollingworth Tiles.

--_----------=_17348580112761940
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Georgia,serif;font-size:15px">
<p>Hello,</p>
<p>Thank you for your email.</p>
<p>Our offices are <b>closed for the holidays</b> from Monday 23 December u=
ntil Wednesday 1 January inclusive. Your message has been received and will=
 be dealt with when we reopen on Thursday 2 January.</p>
<p>For urgent orders please use our online portal at <a href=3D"https://tra=
de.hollingworth-tiles.co.uk">trade.hollingworth-tiles.co.uk</a></p>
<p>Season's greetings from all of us at Hollingworth Tiles.</p>
<img src=3D"https://www.hollingworth-tiles.co.uk/img/xmas-banner-2024.png" =
alt=3D"Happy holidays" width=3D"480">
</body></html>

--_----------=_17348580112761940--
"""),
    ('nl', 'salesforce-email-to-case-ack', 'automated', (), """Return-Path: <klantendienst=vlaamsetuinhuizen.be__1a2b3c4d5e6f7g8h@z2x9y8w7v6u5.7r-1kqzwmak.eu25.bnc.salesforce.com>
Received: from smtp07-ia5-sp3.mta.salesforce.com (smtp07-ia5-sp3.mta.salesforce.com [13.110.6.222])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XJ6h83Wn0z1rKp
	for <privacy@shop.example.be>; Wed,  2 Oct 2024 10:07:02 +0200 (CEST)
Date: Wed, 2 Oct 2024 08:07:01 +0000 (GMT)
From: Klantendienst Vlaamse Tuinhuizen <klantendienst@vlaamsetuinhuizen.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <Lm8Rp000000000000000000000000000000000000000000000SKQ3B100Xt2Jv1pRQa2x9KfAz7bGHXw@sfdc.net>
Subject: Uw vraag werd ontvangen [ ref:_00D1t0FaP6._5007R1kQzW0:ref ]
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Priority: 3
X-SFDC-LK: 00D1t000000FaP6
X-SFDC-User: 0057R00000AbCdE
X-Sender: postmaster@salesforce.com
X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp
X-SFDC-TLS-NoRelay: 1
X-SFDC-Binding: 1WrIRBV94myi25uB
X-SFDC-EmailCategory: apiSingleMail
X-SFDC-Interface: internal

Beste,

Bedankt voor uw bericht. Uw e-mail werd goed ontvangen en kreeg het
dossiernummer 00482716.

Wij behandelen uw vraag binnen 5 werkdagen. Gelieve het dossiernummer
te vermelden in verdere correspondentie.

Met vriendelijke groeten,
Klantendienst Vlaamse Tuinhuizen

Dit is een automatisch gegenereerd bericht.

ref:_00D1t0FaP6._5007R1kQzW0:ref
"""),
    ('fr', 'zimbra-vacation-parental-leave', 'automated', (), """Return-Path: <a.dubreuil@menuiserie-dubreuil.fr>
Received: from zimbra.menuiserie-dubreuil.fr (zimbra.menuiserie-dubreuil.fr [203.0.113.119])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Xf2q47Hh1z5kLm
	for <privacy@shop.example.be>; Sat,  2 Nov 2024 13:05:09 +0100 (CET)
Received: from zimbra.menuiserie-dubreuil.fr (localhost [127.0.0.1])
	by zimbra.menuiserie-dubreuil.fr (Postfix) with ESMTP id 8A1C23C0E41
	for <privacy@shop.example.be>; Sat,  2 Nov 2024 13:05:09 +0100 (CET)
Date: Sat, 2 Nov 2024 13:05:09 +0100 (CET)
From: =?utf-8?Q?Aur=C3=A9lie_Dubreuil?= <a.dubreuil@menuiserie-dubreuil.fr>
To: privacy@shop.example.be
Message-ID: <1188203611.415592.1730549109302.JavaMail.zimbra@menuiserie-dubreuil.fr>
In-Reply-To: <173054870231.6677.9901928374650192836@shop.example.be>
Subject: Re: Veuillez confirmer votre demande
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)
Thread-Topic: Veuillez confirmer votre demande

Bonjour,

Je suis en cong=C3=A9 parental jusqu'au lundi 3 f=C3=A9vrier 2025 inclus. V=
otre
message ne sera ni lu ni transf=C3=A9r=C3=A9.

Pour toute question relative aux commandes ou =C3=A0 la facturation, merci
d'=C3=A9crire =C3=A0 secretariat@menuiserie-dubreuil.fr.

Bien cordialement,
Aur=C3=A9lie Dubreuil
"""),
    ('de', 'znuny-autoreply-ack', 'automated', (), """Return-Path: <kundenservice@stadtwerke-lindenau.de>
Received: from ticket.stadtwerke-lindenau.de (ticket.stadtwerke-lindenau.de [203.0.113.88])
	by mx.shop.example.be (Postfix) with ESMTPS id 4WNdk21Lx7z8pQs
	for <privacy@shop.example.be>; Tue, 16 Jul 2024 16:35:04 +0200 (CEST)
From: Kundenservice Stadtwerke Lindenau <kundenservice@stadtwerke-lindenau.de>
To: privacy@shop.example.be
Subject: =?utf-8?b?W1RpY2tldCMyMDI0MDcxNjEwMDAwMTIzXSBSRTogQml0dGUgYmVzdMOk?=
 =?utf-8?b?dGlnZW4gU2llIFsuLi5d?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----------=_1721140504-31337-2"
Content-Transfer-Encoding: 7bit
X-Mailer: Znuny Mail Service (6.5.8)
X-Powered-By: Znuny (https://www.znuny.org/)
Date: Tue, 16 Jul 2024 16:35:04 +0200
Message-ID: <1721140504.112731.498300442.31337.2@ticket.stadtwerke-lindenau.de>
In-Reply-To: <172114170028.1102.6650192837465019283@shop.example.be>
References: <172114170028.1102.6650192837465019283@shop.example.be>
Auto-Submitted: auto-replied
Precedence: bulk
X-Loop: yes

This is a multi-part message in MIME format...

------------=_1721140504-31337-2
Content-Type: text/plain; charset="utf-8"
Content-Disposition: inline
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre E-Mail. Hiermit best=C3=A4tigen wir den Eingang I=
hrer
Nachricht.

Ihr Anliegen wurde unter der Ticketnummer 2024071610000123 erfasst und
wird von unserem Kundenservice innerhalb von 5 Werktagen bearbeitet.
Bitte geben Sie bei R=C3=BCckfragen stets die Ticketnummer im Betreff an.

Dies ist eine automatisch erzeugte Nachricht.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Kundenservice der Stadtwerke Lindenau

------------=_1721140504-31337-2
Content-Type: text/html; charset="utf-8"
Content-Disposition: inline
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"/></head>
<body style=3D"font-family:Geneva,Helvetica,Arial,sans-serif; font-size: 12=
px;">
Sehr geehrte Damen und Herren,<br/><br/>
vielen Dank f=C3=BCr Ihre E-Mail. Hiermit best=C3=A4tigen wir den Eingang I=
hrer Nachricht.<br/><br/>
Ihr Anliegen wurde unter der Ticketnummer <b>2024071610000123</b> erfasst u=
nd wird von unserem Kundenservice innerhalb von 5 Werktagen bearbeitet. Bit=
te geben Sie bei R=C3=BCckfragen stets die Ticketnummer im Betreff an.<br/>=
<br/>
<i>Dies ist eine automatisch erzeugte Nachricht.</i><br/><br/>
Mit freundlichen Gr=C3=BC=C3=9Fen<br/>
Ihr Kundenservice der Stadtwerke Lindenau
</body></html>

------------=_1721140504-31337-2--
"""),
    ('es', 'zendesk-es-ack', 'automated', (), """Return-Path: <support+id209174@vinosdelriojalta.zendesk.com>
Received: from outbyoip14.pod18.euc1.zdsys.com (outbyoip14.pod18.euc1.zdsys.com [188.172.138.14])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XP3sN0cWtz2mXr
	for <privacy@shop.example.be>; Tue, 15 Oct 2024 13:25:44 +0200 (CEST)
Date: Tue, 15 Oct 2024 11:25:43 +0000
From: =?UTF-8?Q?Atenci=C3=B3n_al_Cliente_-_Vinos_del_Rioja_Alta?= <atencion@vinosdelriojalta.es>
Reply-To: =?UTF-8?Q?Atenci=C3=B3n_al_Cliente_-_Vinos_del_Rioja_Alta?= <support+id209174@vinosdelriojalta.zendesk.com>
To: privacy@shop.example.be
Message-ID: <QW3YZ1KD8P_670e5137a8c41_4c2a58_sprut@zendesk.com>
In-Reply-To: <172899114307.4411.7738291029384756101@shop.example.be>
Subject: [Vinos del Rioja Alta] Re: Please confirm your request
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_670e5137a3e58_4c2a5852f6b0";
 charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8f41c2a
X-Zendesk-Email-Id: 01JA7CM3Q9F8RGD0T8W5TX1KQB
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_670e5137a3e58_4c2a5852f6b0
Content-Type: text/plain;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

##- Escriba su respuesta por encima de esta l=C3=ADnea -##

Hola:

Hemos recibido su mensaje y le hemos asignado el n=C3=BAmero de solicitud
#209174. Un miembro de nuestro equipo le responder=C3=A1 en un plazo m=C3=
=A1ximo de
5 d=C3=ADas h=C3=A1biles.

Puede consultar el estado de su solicitud en
https://ayuda.vinosdelriojalta.es/hc/es/requests/209174

Atentamente,
Atenci=C3=B3n al Cliente - Vinos del Rioja Alta

Este correo electr=C3=B3nico es un servicio de Vinos del Rioja Alta.

----==_mimepart_670e5137a3e58_4c2a5852f6b0
Content-Type: text/html;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family:'Lucida Grande','Lucida Sans Unicode',Verdana,sa=
ns-serif;font-size:14px;color:#444">
<div style=3D"color:#b5b5b5">##- Escriba su respuesta por encima de esta l=
=C3=ADnea -##</div>
<p>Hola:</p>
<p>Hemos recibido su mensaje y le hemos asignado el n=C3=BAmero de solicitu=
d <b>#209174</b>. Un miembro de nuestro equipo le responder=C3=A1 en un pla=
zo m=C3=A1ximo de 5 d=C3=ADas h=C3=A1biles.</p>
<p>Puede consultar el estado de su solicitud en <a href=3D"https://ayuda.vi=
nosdelriojalta.es/hc/es/requests/209174">https://ayuda.vinosdelriojalta.es/=
hc/es/requests/209174</a></p>
<p>Atentamente,<br>Atenci=C3=B3n al Cliente - Vinos del Rioja Alta</p>
<p style=3D"color:#aaa;font-size:12px">Este correo electr=C3=B3nico es un s=
ervicio de Vinos del Rioja Alta.</p>
<span style=3D"color:#FFFFFF" aria-hidden=3D"true">[QW3YZ1-KD8P]</span>
</body></html>

----==_mimepart_670e5137a3e58_4c2a5852f6b0--
"""),
    ('it', 'aruba-webmail-autoresponder-ack', 'automated', (), """Return-Path: <>
Received: from smtpdh17-1.aruba.it (smtpdh17-1.aruba.it [62.149.155.167])
	by mx.shop.example.be (Postfix) with ESMTPS id 4WzQn76GkHz4vVw
	for <privacy@shop.example.be>; Tue, 10 Sep 2024 11:22:05 +0200 (CEST)
Received: from webmail.aruba.it ([62.149.158.91])
	by Aruba Outgoing Smtp  with ESMTPA
	id nwXUszq6oHV0hnwXUsT7mQ; Tue, 10 Sep 2024 11:22:05 +0200
From: "Oleificio Santa Lucia" <info@oleificiosantalucia.it>
To: privacy@shop.example.be
Subject: Re: Please confirm your request
Date: Tue, 10 Sep 2024 11:22:05 +0200
Message-ID: <auto-000381729641@webmail.aruba.it>
In-Reply-To: <172596012282.3008.4412093847561029384@shop.example.be>
X-Autoreply: yes
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Gentile cliente,

la ringraziamo per averci contattato. Abbiamo ricevuto la sua richiesta
e le risponderemo entro 5 giorni lavorativi.

Questo =C3=A8 un messaggio generato automaticamente, la preghiamo di non
rispondere.

Cordiali saluti,
Oleificio Santa Lucia
"""),
    ('pl', 'pl-company-ack-windows1250', 'automated', (), """Return-Path: <bok@meblezawada.pl>
Received: from poczta.meblezawada.pl (poczta.meblezawada.pl [203.0.113.74])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XQ1bT2pLmz3nKc
	for <privacy@shop.example.be>; Wed, 16 Oct 2024 08:15:33 +0200 (CEST)
From: =?windows-1250?Q?Biuro_Obs=B3ugi_Klienta_-_Meble_Zawada?= <bok@meblezawada.pl>
To: privacy@shop.example.be
Subject: =?windows-1250?Q?Potwierdzenie_otrzymania_wiadomo=9Cci_=5BZG/2024/10/0871=5D?=
Date: Wed, 16 Oct 2024 08:15:32 +0200
Message-ID: <ZG202410087120241016081532@meblezawada.pl>
In-Reply-To: <172904011870.5592.3310293847561029384@shop.example.be>
X-Auto-Response-Suppress: All
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1250"
Content-Transfer-Encoding: quoted-printable

Szanowni Pa=F1stwo,

dzi=EAkujemy za wiadomo=9C=E6. Potwierdzamy jej otrzymanie - zg=B3oszenie
otrzyma=B3o numer ZG/2024/10/0871.

Odpowiemy najp=F3=9Fniej w ci=B9gu 5 dni roboczych. Prosimy nie odpowiada=
=E6 na
t=EA wiadomo=9C=E6, zosta=B3a wys=B3ana automatycznie.

Z powa=BFaniem
Biuro Obs=B3ugi Klienta
Meble Zawada Sp. z o.o.
"""),
    ('cs', 'cs-eshop-ack-html', 'automated', (), """Return-Path: <podpora@zelenyhaj.cz>
Received: from smtp-out.ecomail-relay.cz (smtp-out.ecomail-relay.cz [198.51.100.33])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XWh3m6Jq1z8tYv
	for <privacy@shop.example.be>; Sun, 27 Oct 2024 10:02:14 +0100 (CET)
From: =?utf-8?b?WsOha2F6bmlja8OhIHBvZHBvcmEgWmVsZW7DvSBIw6Fq?= <podpora@zelenyhaj.cz>
To: privacy@shop.example.be
Subject: =?utf-8?b?UMWZaWpldMOtIHpwcsOhdnkgcG90dnJ6ZW5v?=
Date: Sun, 27 Oct 2024 10:02:13 +0100
Message-ID: <c71e0f1a8d0b4e57a1a2f0c9e3b6d1f4@zelenyhaj.cz>
In-Reply-To: <172999882510.7734.1029384756102938472@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_8a1b3e0c6f0d2c9e7b1a4d5f"

--=_8a1b3e0c6f0d2c9e7b1a4d5f
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

d=C4=9Bkujeme za V=C3=A1=C5=A1 e-mail. Potvrzujeme jeho p=C5=99ijet=C3=AD -=
 Va=C5=A1e zpr=C3=A1va byla
za=C5=99azena do fronty z=C3=A1kaznick=C3=A9 podpory.

Odpov=C3=ADme V=C3=A1m nejpozd=C4=9Bji do 5 pracovn=C3=ADch dn=C5=AF. Na tu=
to zpr=C3=A1vu pros=C3=ADm
neodpov=C3=ADdejte, byla odesl=C3=A1na automaticky.

S pozdravem
Z=C3=A1kaznick=C3=A1 podpora
Bylink=C3=A1rna Zelen=C3=BD H=C3=A1j s.r.o.

--=_8a1b3e0c6f0d2c9e7b1a4d5f
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html lang=3D"cs"><head><meta charset=3D"utf-8"></head>
<body style=3D"margin:0;padding:24px;background:#f4f7f2;font-family:Arial,s=
ans-serif">
<table width=3D"600" cellpadding=3D"0" cellspacing=3D"0" style=3D"backgroun=
d:#ffffff;border-radius:6px">
<tr><td style=3D"padding:24px;font-size:15px;line-height:22px;color:#2b2b2b=
">
<p>Dobr=C3=BD den,</p>
<p>d=C4=9Bkujeme za V=C3=A1=C5=A1 e-mail. Potvrzujeme jeho p=C5=99ijet=C3=
=AD - Va=C5=A1e zpr=C3=A1va byla za=C5=99azena do fronty z=C3=A1kaznick=C3=
=A9 podpory.</p>
<p>Odpov=C3=ADme V=C3=A1m nejpozd=C4=9Bji do <strong>5 pracovn=C3=ADch dn=
=C5=AF</strong>. Na tuto zpr=C3=A1vu pros=C3=ADm neodpov=C3=ADdejte, byla o=
desl=C3=A1na automaticky.</p>
<p>S pozdravem<br>Z=C3=A1kaznick=C3=A1 podpora<br>Bylink=C3=A1rna Zelen=C3=
=BD H=C3=A1j s.r.o.</p>
</td></tr></table>
</body></html>

--=_8a1b3e0c6f0d2c9e7b1a4d5f--
"""),
    ('el', 'el-company-ack-iso8859-7', 'automated', (), """Return-Path: <info@kritika-votana.gr>
Received: from mail.kritika-votana.gr (mail.kritika-votana.gr [203.0.113.140])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Y0Wq17Zc5z2pBm
	for <privacy@shop.example.be>; Thu, 21 Nov 2024 13:22:02 +0100 (CET)
From: =?iso-8859-7?b?yvHn9Onq3CDC/PTh7eE=?= <info@kritika-votana.gr>
To: privacy@shop.example.be
Subject: =?iso-8859-7?b?xfDp4uXi4d/58+cg8OHx4evh4t7yIOzn7f3s4fTv8g==?=
Date: Thu, 21 Nov 2024 14:22:01 +0200
Message-ID: <20241121142201.3F0A2C1@mail.kritika-votana.gr>
In-Reply-To: <173218806650.1180.5501928374650192837@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-7"
Content-Transfer-Encoding: quoted-printable

=C1=E3=E1=F0=E7=F4=DD =F0=E5=EB=DC=F4=E7,

=D3=E1=F2 =E5=F5=F7=E1=F1=E9=F3=F4=EF=FD=EC=E5 =E3=E9=E1 =F4=EF =EC=DE=ED=
=F5=EC=DC =F3=E1=F2. =D4=EF =EB=DC=E2=E1=EC=E5 =EA=E1=E9 =E8=E1 =F3=E1=F2 =
=E1=F0=E1=ED=F4=DE=F3=EF=F5=EC=E5 =E5=ED=F4=FC=F2
5 =E5=F1=E3=DC=F3=E9=EC=F9=ED =E7=EC=E5=F1=FE=ED.

=D0=E1=F1=E1=EA=E1=EB=EF=FD=EC=E5 =EC=E7=ED =E1=F0=E1=ED=F4=DE=F3=E5=F4=E5 =
=F3=E5 =E1=F5=F4=FC =F4=EF =EC=DE=ED=F5=EC=E1, =EA=E1=E8=FE=F2 =DD=F7=E5=E9=
 =F3=F4=E1=EB=E5=DF =E1=F5=F4=FC=EC=E1=F4=E1.

=CC=E5 =E5=EA=F4=DF=EC=E7=F3=E7,
=C5=EE=F5=F0=E7=F1=DD=F4=E7=F3=E7 =D0=E5=EB=E1=F4=FE=ED
=CA=F1=E7=F4=E9=EA=DC =C2=FC=F4=E1=ED=E1 =C1.=C5.
"""),
    ('bg', 'bg-company-ack', 'automated', (), """Return-Path: <klienti@balkan-mebel.bg>
Received: from mail.balkan-mebel.bg (mail.balkan-mebel.bg [203.0.113.207])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Xq0yH5MgRz1vTq
	for <privacy@shop.example.be>; Tue, 12 Nov 2024 10:11:42 +0100 (CET)
From: =?utf-8?b?0JHQsNC70LrQsNC9INCc0LXQsdC10Ls=?= <klienti@balkan-mebel.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J/QvtGC0LLRitGA0LbQtNC10L3QuNC1INC30LAg0L/QvtC70YPRh9C1?=
 =?utf-8?b?0L3QviDRgdGK0L7QsdGJ0LXQvdC40LUg4oSWIDI0LTExLTAzMTY=?=
Date: Tue, 12 Nov 2024 11:11:41 +0200
Message-ID: <ack-24-11-0316.1731402701@balkan-mebel.bg>
In-Reply-To: <173140270101.6002.1192837465019283741@shop.example.be>
Auto-Submitted: auto-replied
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JHQu9Cw0LPQvtC00LDRgNC40Lwg0JLQuCDQt9CwINC/0LjR
gdC80L7RgtC+LiDQktCw0YjQtdGC0L4g0YHRitC+0LHRidC10L3QuNC1INC1INC/0L7Qu9GD0YfQ
tdC90L4g0Lgg0LUg0YDQtdCz0LjRgdGC0YDQuNGA0LDQvdC+CtC/0L7QtCDQvdC+0LzQtdGAIDI0
LTExLTAzMTYuCgrQqdC1INCS0Lgg0L7RgtCz0L7QstC+0YDQuNC8INCyINGA0LDQvNC60LjRgtC1
INC90LAgNSDRgNCw0LHQvtGC0L3QuCDQtNC90LguCgrQotC+0LLQsCDQtSDQsNCy0YLQvtC80LDR
gtC40YfQvdC+INCz0LXQvdC10YDQuNGA0LDQvdC+INGB0YrQvtCx0YnQtdC90LjQtSwg0LzQvtC7
0Y8g0L3QtSDQvtGC0LPQvtCy0LDRgNGP0LnRgtC1INC90LAg0L3QtdCz0L4uCgrQoSDRg9Cy0LDQ
ttC10L3QuNC1LArQntGC0LTQtdC7IOKAntCe0LHRgdC70YPQttCy0LDQvdC1INC90LAg0LrQu9C4
0LXQvdGC0LjigJwK0JHQsNC70LrQsNC9INCc0LXQsdC10Lsg0JXQntCe0JQK
"""),
    ('ro', 'ro-crm-ack-noreply', 'automated', (), """Return-Path: <noreply@carpatica-bio.ro>
Received: from mta-02.carpatica-bio.ro (mta-02.carpatica-bio.ro [203.0.113.92])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XNq5C2sZpz5rWk
	for <privacy@shop.example.be>; Tue, 15 Oct 2024 10:13:44 +0200 (CEST)
From: =?utf-8?q?Carpatica_Bio_-_Rela=C8=9Bii_Clien=C8=9Bi?= <noreply@carpatica-bio.ro>
Reply-To: clienti@carpatica-bio.ro
To: privacy@shop.example.be
Subject: =?utf-8?q?Am_primit_mesajul_dumneavoastr=C4=83_=5BRC-58820=5D?=
Date: Tue, 15 Oct 2024 11:13:43 +0300
Message-ID: <RC-58820.20241015081343.ack@carpatica-bio.ro>
In-Reply-To: <172898002133.9920.3847561029384756110@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_5f0c0e2a7d4b9a8c3e1f6d2b"

--b1_5f0c0e2a7d4b9a8c3e1f6d2b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

U3RpbWF0ZSBjbGllbnQsCgpWxIMgbXVsyJt1bWltIHBlbnRydSBtZXNhai4gTC1hbSBwcmltaXQg
yJlpIGwtYW0gw65ucmVnaXN0cmF0IGN1IG51bcSDcnVsClJDLTU4ODIwLiBWxIMgdm9tIHLEg3Nw
dW5kZSDDrm4gdGVybWVuIGRlIDUgemlsZSBsdWNyxIN0b2FyZS4KCkFjZXN0YSBlc3RlIHVuIG1l
c2FqIGF1dG9tYXQuIFbEgyBydWfEg20gc8SDIG51IHLEg3NwdW5kZcibaSBsYSBhY2Vhc3TEgyBh
ZHJlc8SDLgoKQ3Ugc3RpbcSDLApEZXBhcnRhbWVudHVsIFJlbGHIm2lpIENsaWVuyJtpCkNhcnBh
dGljYSBCaW8gU1JMCg==

--b1_5f0c0e2a7d4b9a8c3e1f6d2b
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OlZlcmRhbmEsc2Fucy1zZXJpZjtmb250LXNp
emU6MTNweCI+CjxwPlN0aW1hdGUgY2xpZW50LDwvcD4KPHA+VsSDIG11bMibdW1pbSBwZW50cnUg
bWVzYWouIEwtYW0gcHJpbWl0IMiZaSBsLWFtIMOubnJlZ2lzdHJhdCBjdSBudW3Eg3J1bCA8Yj5S
Qy01ODgyMDwvYj4uIFbEgyB2b20gcsSDc3B1bmRlIMOubiB0ZXJtZW4gZGUgNSB6aWxlIGx1Y3LE
g3RvYXJlLjwvcD4KPHA+PGk+QWNlc3RhIGVzdGUgdW4gbWVzYWogYXV0b21hdC4gVsSDIHJ1Z8SD
bSBzxIMgbnUgcsSDc3B1bmRlyJtpIGxhIGFjZWFzdMSDIGFkcmVzxIMuPC9pPjwvcD4KPHA+Q3Ug
c3RpbcSDLDxicj5EZXBhcnRhbWVudHVsIFJlbGHIm2lpIENsaWVuyJtpPGJyPkNhcnBhdGljYSBC
aW8gU1JMPC9wPgo8L2JvZHk+PC9odG1sPgo=

--b1_5f0c0e2a7d4b9a8c3e1f6d2b--
"""),
    ('sv', 'sv-company-ack', 'automated', (), """Return-Path: <kundservice@fjallbacka-keramik.se>
Received: from mailout.fjallbacka-keramik.se (mailout.fjallbacka-keramik.se [203.0.113.17])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XvX9p0NGsz4kZt
	for <privacy@shop.example.be>; Tue, 19 Nov 2024 15:32:04 +0100 (CET)
From: =?iso-8859-1?q?Kundservice_Fj=E4llbacka_Keramik?= <kundservice@fjallbacka-keramik.se>
To: privacy@shop.example.be
Subject: =?iso-8859-1?q?Vi_har_tagit_emot_ditt_=E4rende?=
Date: Tue, 19 Nov 2024 15:32:03 +0100
Message-ID: <autosvar.1732026723.88710@fjallbacka-keramik.se>
In-Reply-To: <173201994207.4456.6019283746501928374@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej!

Tack f=F6r ditt mejl! Vi har tagit emot ditt =E4rende och svarar s=E5 snart=
 vi
kan, normalt inom 5 arbetsdagar.

Du beh=F6ver inte skicka ditt meddelande igen. Detta =E4r ett automatiskt
svar.

Med v=E4nliga h=E4lsningar
Kundservice, Fj=E4llbacka Keramik
"""),
    ('en', 'relay-stripped-ack-same-subject', 'automated', (), """Received: from gw2.securemail-relay.co.uk (gw2.securemail-relay.co.uk [198.51.100.42])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XGn2b0vKpz6qWs
	for <privacy@shop.example.be>; Mon, 30 Sep 2024 11:58:21 +0200 (CEST)
Received: from mail.pennine-outdoor.co.uk ([10.40.1.5])
	by gw2.securemail-relay.co.uk with ESMTP id 7q3Vb0xK1mFz
	for <privacy@shop.example.be>; Mon, 30 Sep 2024 10:58:20 +0100
From: Customer Care <customercare@pennine-outdoor.co.uk>
To: privacy@shop.example.be
Subject: Please confirm your request
Date: Mon, 30 Sep 2024 10:58:19 +0100
Message-ID: <5f1ab3c0e2d44a9e8c0f77b1a6e2d093@mail.pennine-outdoor.co.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Thank you, your message has been received.

We aim to respond to all enquiries within 5 working days. Please do not
send your message again, as this may delay our response.

Kind regards,
Customer Care Team
Pennine Outdoor Supplies Ltd
Registered in England and Wales No. 04411873
"""),
    ('nl', 'relay-stripped-afwezig', 'automated', (), """Received: from filter3.mailbeveiliging.be (filter3.mailbeveiliging.be [198.51.100.118])
	by mx.shop.example.be (Postfix) with ESMTPS id 4WhS8l2yXnz9fLq
	for <privacy@shop.example.be>; Fri,  9 Aug 2024 14:29:07 +0200 (CEST)
From: Bart De Haeck <bart@dehaeck-hout.be>
To: <privacy@shop.example.be>
Subject: Afwezig: Bevestig uw verzoek
Date: Fri, 9 Aug 2024 12:29:05 +0000
Message-ID: <PR3P191MB1481C35A91E02D77F8C0B14AB3BA2@PR3P191MB1481.EURP191.PROD.OUTLOOK.COM>
In-Reply-To: <172386011592.7730.5510293847561029384@shop.example.be>
References: <172386011592.7730.5510293847561029384@shop.example.be>
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Goedendag,

Ik ben afwezig tot en met maandag 19 augustus. Uw e-mail wordt niet
doorgestuurd en wordt na mijn terugkeer behandeld.

Voor dringende vragen over leveringen kunt u terecht bij
logistiek@dehaeck-hout.be of op het nummer 09 233 71 40.

Met vriendelijke groeten,
Bart De Haeck
"""),
    ('fr', 'relay-stripped-accuse-reception', 'automated', (), """Received: from relay.antispam-wallonie.be (relay.antispam-wallonie.be [198.51.100.77])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XS1Lm4fTBz2vWr
	for <privacy@shop.example.be>; Tue, 22 Oct 2024 06:40:11 +0200 (CEST)
From: Brasserie des Fagnes <info@brasserie-fagnes.be>
To: privacy@shop.example.be
Subject: =?iso-8859-1?Q?Accus=E9_de_r=E9ception_=3A_Veuillez_confirmer_votre_demande?=
Date: Tue, 22 Oct 2024 06:40:09 +0200
Message-ID: <20241022044009.A17C43E0051@mail.brasserie-fagnes.be>
In-Reply-To: <172957200917.2204.9928374650192837461@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Madame, Monsieur,

Nous accusons r=E9ception de votre courriel et vous remercions de l'int=E9r=
=EAt
que vous portez =E0 notre maison.

Votre message sera trait=E9 dans un d=E9lai de 5 jours ouvrables par le
service concern=E9. Ce message est envoy=E9 automatiquement, merci de ne pas
y r=E9pondre.

Brasserie Artisanale des Fagnes
Service client=E8le
"""),
    ('de', 'relay-stripped-umgezogen', 'automated', (), """Received: from mx-in-02.mailschutz-dienst.de (mx-in-02.mailschutz-dienst.de [198.51.100.160])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XCx6r1WNhz5mTp
	for <privacy@shop.example.be>; Tue, 24 Sep 2024 09:40:05 +0200 (CEST)
Received: from [10.0.0.8] (helo=srv.albrecht-schreinerei.de)
	by mx-in-02.mailschutz-dienst.de with esmtp
	for <privacy@shop.example.be>; Tue, 24 Sep 2024 09:40:04 +0200
From: Schreinerei Albrecht <post@albrecht-schreinerei.de>
To: privacy@shop.example.be
Subject: Neue E-Mail-Adresse / neue Anschrift
Date: Tue, 24 Sep 2024 09:40:03 +0200
Message-ID: <20240924094003.41b2a0@srv.albrecht-schreinerei.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Guten Tag,

wir sind umgezogen - auch digital!

Diese E-Mail-Adresse wird nicht mehr abgerufen. Ihre Nachricht wurde
nicht weitergeleitet. Bitte schreiben Sie uns k=C3=BCnftig an
info@schreinerei-albrecht-kg.de.

Unsere neue Anschrift:
Schreinerei Albrecht KG
Gewerbestra=C3=9Fe 17
79194 Gundelfingen

Vielen Dank!
"""),
    ('pt', 'relay-stripped-ferias-re-subject', 'automated', (), """Received: from smtp-relay.hostingpt.example.net (smtp-relay.hostingpt.example.net [198.51.100.9])
	by mx.shop.example.be (Postfix) with ESMTPS id 4WtbN26vYqz3kHs
	for <privacy@shop.example.be>; Tue, 27 Aug 2024 15:45:10 +0200 (CEST)
From: Tiago Martins <tiago.martins@quintadoslagares.pt>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Please confirm your request
Date: Tue, 27 Aug 2024 13:45:08 +0000
Message-ID: <DB8PR09MB3322A1F7E45C8903D6B0D1C9CD942@DB8PR09MB3322.eurprd09.prod.outlook.com>
In-Reply-To: <172476630812.8843.1102938475610293847@shop.example.be>
References: <172476630812.8843.1102938475610293847@shop.example.be>
Content-Language: pt-PT
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

Qm9tIGRpYSwKCkVzdGFyZWkgZGUgZsOpcmlhcyBhdMOpIGFvIGRpYSAyIGRlIHNldGVtYnJvLCBj
b20gYWNlc3NvIG11aXRvIGxpbWl0YWRvIGFvCmNvcnJlaW8gZWxldHLDs25pY28uIFJlc3BvbmRl
cmVpIMOgIHN1YSBtZW5zYWdlbSBhc3NpbSBxdWUgcmVncmVzc2FyLgoKUGFyYSBhc3N1bnRvcyB1
cmdlbnRlcywgY29udGFjdGUgYSBBbmEgUmliZWlybyBhdHJhdsOpcyBkbyBlbmRlcmXDp28KYW5h
LnJpYmVpcm9AcXVpbnRhZG9zbGFnYXJlcy5wdC4KCk9icmlnYWRvLApUaWFnbyBNYXJ0aW5zCg==
"""),
    ('hr', 'relay-stripped-godisnji-same-subject', 'automated', (), """Received: from antispam.carnet-relay.example.hr (antispam.carnet-relay.example.hr [198.51.100.231])
	by mx.shop.example.be (Postfix) with ESMTPS id 4WfYd84MJhz7cQw
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 09:10:48 +0200 (CEST)
From: =?iso-8859-2?Q?Marija_Kova=E8evi=E6?= <marija.kovacevic@dalmacija-vina.hr>
To: privacy@shop.example.be
Subject: Please confirm your request
Date: Wed, 14 Aug 2024 09:10:47 +0200
Message-ID: <000a01daee13$4c2d1e50$e48759f0$@dalmacija-vina.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Po=B9tovani,

na godi=B9njem sam odmoru do 26. kolovoza. Va=B9a poruka ne=E6e biti
proslije=F0ena, a odgovorit =E6u po povratku.

Za hitne slu=E8ajeve obratite se na ured@dalmacija-vina.hr.

Lijep pozdrav,
Marija Kova=E8evi=E6
"""),
    ('it', 'relay-stripped-chiusura-estiva', 'automated', (), """Received: from mx-out.cloudfilter.example.it (mx-out.cloudfilter.example.it [198.51.100.58])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Wdk3s0XrCz8nLm
	for <privacy@shop.example.be>; Thu,  8 Aug 2024 11:15:30 +0200 (CEST)
From: Pelletteria Guidi <ordini@pelletteriaguidi.it>
To: privacy@shop.example.be
Subject: Chiusura estiva
Date: Thu, 8 Aug 2024 11:15:28 +0200
Message-ID: <a3b91c0f-88e2-4d3c-9f51-7c2d0e6b1a44@pelletteriaguidi.it>
In-Reply-To: <172310771138.6641.1029384756192837460@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_22871_1044189376.1723108528441"

------=_Part_22871_1044189376.1723108528441
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Gentile cliente,

Le comunichiamo che per la consueta chiusura estiva i nostri uffici
resteranno chiusi dal 9 al 25 agosto compresi.

La sua e-mail =C3=A8 stata ricevuta e verr=C3=A0 evasa alla riapertura, lun=
ed=C3=AC 26
agosto. Le spedizioni riprenderanno a partire da marted=C3=AC 27 agosto.

Buone vacanze!
Pelletteria Guidi - Firenze

------=_Part_22871_1044189376.1723108528441
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body><p>Gentile cliente,</p>
<p>Le comunichiamo che per la consueta <b>chiusura estiva</b> i nostri uffi=
ci resteranno chiusi dal 9 al 25 agosto compresi.</p>
<p>La sua e-mail =C3=A8 stata ricevuta e verr=C3=A0 evasa alla riapertura, =
luned=C3=AC 26 agosto. Le spedizioni riprenderanno a partire da marted=C3=
=AC 27 agosto.</p>
<p>Buone vacanze!<br>Pelletteria Guidi - Firenze</p></body></html>

------=_Part_22871_1044189376.1723108528441--
"""),
    ('en', 'relay-stripped-no-longer-here-html-only', 'automated', (), """Received: from inbound.mailshield.example.ie (inbound.mailshield.example.ie [198.51.100.190])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XcR1w3Zf4z2qNn
	for <privacy@shop.example.be>; Mon, 28 Oct 2024 11:00:09 +0100 (CET)
From: Siobhan Byrne <siobhan.byrne@harbourside-logistics.ie>
To: <privacy@shop.example.be>
Subject: Re: Please confirm your request
Date: Mon, 28 Oct 2024 10:00:07 +0000
Message-ID: <VI1PR0302MB3374E0A2B7F80C12D451E3A8C14A2@VI1PR0302MB3374.eurprd03.prod.outlook.com>
In-Reply-To: <173011994476.1102.4455102938475610293@shop.example.be>
References: <173011994476.1102.4455102938475610293@shop.example.be>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body>
<div style=3D"font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>I no longer work at Harbourside Logistics. Your email has not been forwa=
rded and this mailbox is no longer monitored.</p>
<p>For all enquiries please contact <a href=3D"mailto:operations@harboursid=
e-logistics.ie">operations@harbourside-logistics.ie</a> or call +353 1 485 =
2200.</p>
<p>Thank you,<br>Siobhan</p>
</div>
</body></html>
"""),
    ('sv', 'relay-stripped-sjukskriven-same-subject', 'automated', (), """Received: from mx1.e-postfilter.example.se (mx1.e-postfilter.example.se [198.51.100.13])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XhS5v1d7Xz6wRt
	for <privacy@shop.example.be>; Tue,  5 Nov 2024 10:53:40 +0100 (CET)
From: Karin Lund <karin.lund@gotlandsull.se>
To: privacy@shop.example.be
Subject: Please confirm your request
Date: Tue, 5 Nov 2024 10:53:38 +0100
Message-ID: <1730800418.99142.karin.lund@gotlandsull.se>
In-Reply-To: <173080022516.5529.1192837465019283742@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: quoted-printable

Hej,

Jag =C3=A4r sjukskriven p=C3=A5 obest=C3=A4md tid och l=C3=A4ser inte min e=
-post. Ditt
meddelande har inte vidarebefordrats.

Vid fr=C3=A5gor om fakturor, kontakta ekonomi@gotlandsull.se.

H=C3=A4lsningar
Karin Lund
Gotlandsull AB
"""),
    ('de', 'postfix-de-template-user-unknown', 'automated', (), """Return-Path: <>
Received: from mx02.hostpoint-mail.de (mx02.hostpoint-mail.de [198.51.100.20])
	by mx.shop.example.be (Postfix) with ESMTPS id 4WNbx96Kp0z9sLm
	for <privacy@shop.example.be>; Tue, 16 Jul 2024 11:02:14 +0200 (CEST)
Received: by mx02.hostpoint-mail.de (Postfix)
	id 4WNbx93Yt1z1xKq; Tue, 16 Jul 2024 11:02:14 +0200 (CEST)
Date: Tue, 16 Jul 2024 11:02:14 +0200 (CEST)
From: MAILER-DAEMON@mx02.hostpoint-mail.de (Mail-Zustellsystem)
Subject: =?utf-8?q?Unzustellbare_Nachricht_an_den_Absender_zur=C3=BCckgeschic?=
 =?utf-8?q?kt?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4WNbx93Yt1z1xKq.1721120534/mx02.hostpoint-mail.de"
Content-Transfer-Encoding: 8bit
Message-Id: <4WNbx93Yt1z1xKq@mx02.hostpoint-mail.de>

This is a MIME-encapsulated message.

--4WNbx93Yt1z1xKq.1721120534/mx02.hostpoint-mail.de
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dies ist das Mail-System auf dem Host mx02.hostpoint-mail.de.

Leider m=C3=BCssen wir Ihnen mitteilen, dass Ihre Nachricht nicht an einen =
oder
mehrere Empf=C3=A4nger zugestellt werden konnte. Sie ist unten angeh=C3=A4n=
gt.

Bei weiteren Fragen wenden Sie sich bitte an <postmaster>.

Falls Sie sich an den Postmaster wenden, f=C3=BCgen Sie bitte diesen Bericht
bei. Ihren eigenen Text k=C3=B6nnen Sie aus der angeh=C3=A4ngten Nachricht =
l=C3=B6schen.

                   Das Mail-System

<k.brandt@moebel-brandt-online.de>: host
    mail.moebel-brandt-online.de[203.0.113.45] said: 550 5.1.1
    <k.brandt@moebel-brandt-online.de>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--4WNbx93Yt1z1xKq.1721120534/mx02.hostpoint-mail.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx02.hostpoint-mail.de
X-Postfix-Queue-ID: 4WNbx93Yt1z1xKq
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 16 Jul 2024 11:02:12 +0200 (CEST)

Final-Recipient: rfc822; k.brandt@moebel-brandt-online.de
Original-Recipient: rfc822;k.brandt@moebel-brandt-online.de
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.moebel-brandt-online.de
Diagnostic-Code: smtp; 550 5.1.1 <k.brandt@moebel-brandt-online.de>: Recipient address
    rejected: User unknown in virtual mailbox table

--4WNbx93Yt1z1xKq.1721120534/mx02.hostpoint-mail.de
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.25])
	by mx02.hostpoint-mail.de (Postfix) with ESMTPS id 4WNbx93Yt1z1xKq
	for <k.brandt@moebel-brandt-online.de>; Tue, 16 Jul 2024 11:02:12 +0200 (CEST)
From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: k.brandt@moebel-brandt-online.de
Subject: =?utf-8?q?Bitte_best=C3=A4tigen_Sie_Ihre_Anfrage?=
Date: Tue, 16 Jul 2024 11:02:10 +0200
Message-ID: <172112053011.4410.1029384756019283745@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

wir haben eine Anfrage zu den personenbezogenen Daten erhalten, die mit
dieser E-Mail-Adresse verkn=C3=BCpft sind. Damit wir sicher sind, dass die
Anfrage von Ihnen stammt, best=C3=A4tigen Sie sie bitte innerhalb von 14 Ta=
gen
=C3=BCber den folgenden Link:

https://shop.example.be/privacy/confirm/Zp4Lq8sWm2Xc7Rv1

Falls Sie diese Anfrage nicht gestellt haben, k=C3=B6nnen Sie diese Nachric=
ht
ignorieren.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Datenschutzteam
shop.example.be

--4WNbx93Yt1z1xKq.1721120534/mx02.hostpoint-mail.de--
"""),
    ('fr', 'postfix-fr-template-mailbox-full', 'automated', (), """Return-Path: <>
Received: from mx1.hebergeur-alpin.fr (mx1.hebergeur-alpin.fr [198.51.100.31])
	by mx.shop.example.be (Postfix) with ESMTPS id 4X3fG85nYvz3kRb
	for <privacy@shop.example.be>; Wed, 4 Dec 2024 16:20:41 +0100 (CET)
Received: by mx1.hebergeur-alpin.fr (Postfix)
	id 4X3fG81pQzz4wTy; Wed, 4 Dec 2024 16:20:41 +0100 (CET)
Date: Wed, 4 Dec 2024 16:20:41 +0100 (CET)
From: MAILER-DAEMON@mx1.hebergeur-alpin.fr (Systeme de messagerie)
Subject: =?utf-8?q?Message_non_distribuable_renvoy=C3=A9_=C3=A0_l=27exp=C3=A9?=
 =?utf-8?q?diteur?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4X3fG81pQzz4wTy.1733325641/mx1.hebergeur-alpin.fr"
Content-Transfer-Encoding: 8bit
Message-Id: <4X3fG81pQzz4wTy@mx1.hebergeur-alpin.fr>

This is a MIME-encapsulated message.

--4X3fG81pQzz4wTy.1733325641/mx1.hebergeur-alpin.fr
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ceci est le syst=C3=A8me de messagerie de l'h=C3=B4te mx1.hebergeur-alpin.f=
r.

J'ai le regret de vous informer que votre message n'a pas pu =C3=AAtre remi=
s =C3=A0
un ou plusieurs destinataires. Les en-t=C3=AAtes du message sont joints
ci-dessous.

Pour toute assistance, veuillez =C3=A9crire au <postmaster>.

Si vous =C3=A9crivez au postmaster, merci de joindre ce rapport. Vous pouvez
supprimer votre propre texte du message joint.

                   Le syst=C3=A8me de messagerie

<m.girard@chalets-girard.fr>: host 127.0.0.1[127.0.0.1] said: 552 5.2.2
    <m.girard@chalets-girard.fr> Quota exceeded (mailbox for user is full)
    (in reply to end of DATA command)

--4X3fG81pQzz4wTy.1733325641/mx1.hebergeur-alpin.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.hebergeur-alpin.fr
X-Postfix-Queue-ID: 4X3fG81pQzz4wTy
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed,  4 Dec 2024 16:20:39 +0100 (CET)

Final-Recipient: rfc822; m.girard@chalets-girard.fr
Original-Recipient: rfc822;m.girard@chalets-girard.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 552 5.2.2 <m.girard@chalets-girard.fr> Quota exceeded (mailbox for
    user is full)

--4X3fG81pQzz4wTy.1733325641/mx1.hebergeur-alpin.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.25])
	by mx1.hebergeur-alpin.fr (Postfix) with ESMTPS id 4X3fG81pQzz4wTy
	for <m.girard@chalets-girard.fr>; Wed,  4 Dec 2024 16:20:39 +0100 (CET)
From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: m.girard@chalets-girard.fr
Subject: Veuillez confirmer votre demande
Date: Wed, 04 Dec 2024 16:20:38 +0100
Message-ID: <173332563901.2231.6650192837465102938@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--4X3fG81pQzz4wTy.1733325641/mx1.hebergeur-alpin.fr--
"""),
    ('nl', 'postfix-nl-template-user-unknown', 'automated', (), """Return-Path: <>
Received: from mail.webhost-noord.nl (mail.webhost-noord.nl [198.51.100.54])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XB0kW0sDyz8pNf
	for <privacy@shop.example.be>; Fri, 20 Sep 2024 13:44:02 +0200 (CEST)
Received: by mail.webhost-noord.nl (Postfix)
	id 4XB0kT5nHqz2mWc; Fri, 20 Sep 2024 13:44:02 +0200 (CEST)
Date: Fri, 20 Sep 2024 13:44:02 +0200 (CEST)
From: MAILER-DAEMON@mail.webhost-noord.nl (Mailsysteem)
Subject: Onbestelbaar bericht teruggestuurd naar afzender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4XB0kT5nHqz2mWc.1726832642/mail.webhost-noord.nl"
Content-Transfer-Encoding: 8bit
Message-Id: <4XB0kT5nHqz2mWc@mail.webhost-noord.nl>

This is a MIME-encapsulated message.

--4XB0kT5nHqz2mWc.1726832642/mail.webhost-noord.nl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dit is het mailsysteem op host mail.webhost-noord.nl.

Helaas moet ik u meedelen dat uw bericht niet kon worden afgeleverd bij
een of meer ontvangers. Het bericht is hieronder bijgevoegd.

Voor verdere hulp kunt u mailen naar <postmaster>.

Als u de postmaster mailt, voeg dan dit rapport bij. U kunt uw eigen tekst
uit het bijgevoegde bericht verwijderen.

                   Het mailsysteem

<info@fietsenhuis-dokkum.nl>: host mx.fietsenhuis-dokkum.nl[203.0.113.190]
    said: 550 5.1.1 <info@fietsenhuis-dokkum.nl>: Recipient address rejecte=
d:
    User unknown in local recipient table (in reply to RCPT TO command)

--4XB0kT5nHqz2mWc.1726832642/mail.webhost-noord.nl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.webhost-noord.nl
X-Postfix-Queue-ID: 4XB0kT5nHqz2mWc
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 20 Sep 2024 13:44:00 +0200 (CEST)

Final-Recipient: rfc822; info@fietsenhuis-dokkum.nl
Original-Recipient: rfc822;info@fietsenhuis-dokkum.nl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.fietsenhuis-dokkum.nl
Diagnostic-Code: smtp; 550 5.1.1 <info@fietsenhuis-dokkum.nl>: Recipient address rejected:
    User unknown in local recipient table

--4XB0kT5nHqz2mWc.1726832642/mail.webhost-noord.nl
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.25])
	by mail.webhost-noord.nl (Postfix) with ESMTPS id 4XB0kT5nHqz2mWc
	for <info@fietsenhuis-dokkum.nl>; Fri, 20 Sep 2024 13:44:00 +0200 (CEST)
From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: info@fietsenhuis-dokkum.nl
Subject: Bevestig uw verzoek
Date: Fri, 20 Sep 2024 13:43:59 +0200
Message-ID: <172683263907.3380.7781920394857610293@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Beste klant,

Wij ontvingen een verzoek over de persoonsgegevens die aan dit e-mailadres
zijn gekoppeld. Om zeker te zijn dat het verzoek van u komt, vragen wij u
het binnen 14 dagen te bevestigen via de onderstaande link:

https://shop.example.be/privacy/confirm/Vb6Tn1yX3qPe8Ks5

Hebt u dit verzoek niet ingediend, dan mag u dit bericht negeren.

Met vriendelijke groeten,
Het privacyteam
shop.example.be

--4XB0kT5nHqz2mWc.1726832642/mail.webhost-noord.nl--
"""),
    ('pl', 'postfix-pl-template-user-unknown', 'automated', (), """Return-Path: <>
Received: from mx3.hosting-przyklad.pl (mx3.hosting-przyklad.pl [198.51.100.152])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XZc1L5rBsz7mTw
	for <privacy@shop.example.be>; Thu, 31 Oct 2024 09:12:55 +0100 (CET)
Received: by mx3.hosting-przyklad.pl (Postfix)
	id 4XZc1J0vWkz1hQd; Thu, 31 Oct 2024 09:12:55 +0100 (CET)
Date: Thu, 31 Oct 2024 09:12:55 +0100 (CET)
From: MAILER-DAEMON@mx3.hosting-przyklad.pl (System pocztowy)
Subject: =?utf-8?q?Niedostarczona_wiadomo=C5=9B=C4=87_zwr=C3=B3cona_do_nadawc?=
 =?utf-8?q?y?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4XZc1J0vWkz1hQd.1730362375/mx3.hosting-przyklad.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <4XZc1J0vWkz1hQd@mx3.hosting-przyklad.pl>

This is a MIME-encapsulated message.

--4XZc1J0vWkz1hQd.1730362375/mx3.hosting-przyklad.pl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

To jest system pocztowy na serwerze mx3.hosting-przyklad.pl.

Z przykro=C5=9Bci=C4=85 informujemy, =C5=BCe Twoja wiadomo=C5=9B=C4=87 nie =
mog=C5=82a zosta=C4=87 dostarczona
do jednego lub wi=C4=99kszej liczby odbiorc=C3=B3w. Wiadomo=C5=9B=C4=87 jes=
t za=C5=82=C4=85czona poni=C5=BCej.

W razie dalszych pyta=C5=84 napisz do <postmaster>.

Je=C5=9Bli piszesz do postmastera, do=C5=82=C4=85cz ten raport. Mo=C5=BCesz=
 usun=C4=85=C4=87 w=C5=82asny
tekst z za=C5=82=C4=85czonej wiadomo=C5=9Bci.

                   System pocztowy

<a.wisniewska@pracownia-ceramiki.pl>: unknown user: "a.wisniewska"

--4XZc1J0vWkz1hQd.1730362375/mx3.hosting-przyklad.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.hosting-przyklad.pl
X-Postfix-Queue-ID: 4XZc1J0vWkz1hQd
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 31 Oct 2024 09:12:54 +0100 (CET)

Final-Recipient: rfc822; a.wisniewska@pracownia-ceramiki.pl
Original-Recipient: rfc822;a.wisniewska@pracownia-ceramiki.pl
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "a.wisniewska"

--4XZc1J0vWkz1hQd.1730362375/mx3.hosting-przyklad.pl
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.25])
	by mx3.hosting-przyklad.pl (Postfix) with ESMTPS id 4XZc1J0vWkz1hQd
	for <a.wisniewska@pracownia-ceramiki.pl>; Thu, 31 Oct 2024 09:12:54 +0100 (CET)
From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: a.wisniewska@pracownia-ceramiki.pl
Subject: Please confirm your request
Date: Thu, 31 Oct 2024 09:12:52 +0100
Message-ID: <173036237288.7702.1203948576102938475@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request concerning the personal data linked to this e-mail
address. To make sure the request really comes from you, please confirm it
by opening the link below within 14 days:

https://shop.example.be/privacy/confirm/Qm3Rz8cL1vWn4Tp7

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team
shop.example.be

--4XZc1J0vWkz1hQd.1730362375/mx3.hosting-przyklad.pl--
"""),
    ('cs', 'zimbra-postfix-cs-template-account-closed', 'automated', (), """Return-Path: <>
Received: from mta.posta-strojtech.cz (mta.posta-strojtech.cz [198.51.100.99])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Xk2Sg0Wnrz2xLp
	for <privacy@shop.example.be>; Mon, 11 Nov 2024 15:31:08 +0100 (CET)
Received: by mta.posta-strojtech.cz (Postfix)
	id 4Xk2Sd3mLqz5vHn; Mon, 11 Nov 2024 15:31:08 +0100 (CET)
Date: Mon, 11 Nov 2024 15:31:08 +0100 (CET)
From: MAILER-DAEMON@mta.posta-strojtech.cz (Postovni system)
Subject: =?utf-8?b?TmVkb3J1xI1pdGVsbsOhIHpwcsOhdmEgdnLDoWNlbmEgb2Rlc8OtbGF0?=
 =?utf-8?b?ZWxp?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Xk2Sd3mLqz5vHn.1731335468/mta.posta-strojtech.cz"
Content-Transfer-Encoding: 8bit
Message-Id: <4Xk2Sd3mLqz5vHn@mta.posta-strojtech.cz>

This is a MIME-encapsulated message.

--4Xk2Sd3mLqz5vHn.1731335468/mta.posta-strojtech.cz
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Toto je po=C5=A1tovn=C3=AD syst=C3=A9m na serveru mta.posta-strojtech.cz.

Je n=C3=A1m l=C3=ADto, ale Va=C5=A1i zpr=C3=A1vu nebylo mo=C5=BEn=C3=A9 dor=
u=C4=8Dit jednomu nebo v=C3=ADce
p=C5=99=C3=ADjemc=C5=AFm. Zpr=C3=A1va je p=C5=99ipojena n=C3=AD=C5=BEe.

V p=C5=99=C3=ADpad=C4=9B dal=C5=A1=C3=ADch dotaz=C5=AF napi=C5=A1te na <pos=
tmaster>.

Pokud p=C3=AD=C5=A1ete postmasterovi, p=C5=99ipojte pros=C3=ADm tuto zpr=C3=
=A1vu. Vlastn=C3=AD text
m=C5=AF=C5=BEete z p=C5=99ipojen=C3=A9 zpr=C3=A1vy odstranit.

                   Po=C5=A1tovn=C3=AD syst=C3=A9m

<jiri.novotny@strojtech.cz>: host mbox1.posta-strojtech.cz[10.0.3.21] said:
    550 5.1.1 <jiri.novotny@strojtech.cz>: Recipient address rejected:
    account is closed (in reply to RCPT TO command)

--4Xk2Sd3mLqz5vHn.1731335468/mta.posta-strojtech.cz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mta.posta-strojtech.cz
X-Postfix-Queue-ID: 4Xk2Sd3mLqz5vHn
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 11 Nov 2024 15:31:07 +0100 (CET)

Final-Recipient: rfc822; jiri.novotny@strojtech.cz
Original-Recipient: rfc822;jiri.novotny@strojtech.cz
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox1.posta-strojtech.cz
Diagnostic-Code: lmtp; 550 5.1.1 <jiri.novotny@strojtech.cz>: Recipient address rejected:
    account is closed

--4Xk2Sd3mLqz5vHn.1731335468/mta.posta-strojtech.cz
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.25])
	by mta.posta-strojtech.cz (Postfix) with ESMTPS id 4Xk2Sd3mLqz5vHn
	for <jiri.novotny@strojtech.cz>; Mon, 11 Nov 2024 15:31:07 +0100 (CET)
From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: jiri.novotny@strojtech.cz
Subject: Please confirm your request
Date: Mon, 11 Nov 2024 15:31:06 +0100
Message-ID: <173133546613.4490.5566102938475610291@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request concerning the personal data linked to this e-mail
address. To make sure the request really comes from you, please confirm it
by opening the link below within 14 days:

https://shop.example.be/privacy/confirm/Lk9Ph2vT7sRy0Wx3

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team
shop.example.be

--4Xk2Sd3mLqz5vHn.1731335468/mta.posta-strojtech.cz--
"""),
    ('de', 'postfix-de-template-delay', 'automated', (), """Return-Path: <>
Received: from smtp-out3.rz-nordhessen.de (smtp-out3.rz-nordhessen.de [198.51.100.203])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XYt9J1pGnz6bTv
	for <privacy@shop.example.be>; Wed, 30 Oct 2024 18:40:22 +0100 (CET)
Received: by smtp-out3.rz-nordhessen.de (Postfix)
	id 4XYt9Fq2mWz3rKs; Wed, 30 Oct 2024 18:40:22 +0100 (CET)
Date: Wed, 30 Oct 2024 18:40:22 +0100 (CET)
From: MAILER-DAEMON@smtp-out3.rz-nordhessen.de (Mail-Zustellsystem)
Subject: =?utf-8?q?Verz=C3=B6gerte_Zustellung_=28wird_weiterhin_versucht=29?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4XYt9Fq2mWz3rKs.1730310022/smtp-out3.rz-nordhessen.de"
Content-Transfer-Encoding: 8bit
Message-Id: <4XYt9Fq2mWz3rKs@smtp-out3.rz-nordhessen.de>

This is a MIME-encapsulated message.

--4XYt9Fq2mWz3rKs.1730310022/smtp-out3.rz-nordhessen.de
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dies ist das Mail-System auf dem Host smtp-out3.rz-nordhessen.de.

#################################################################
# DIES IST NUR EINE WARNUNG. SIE M=C3=9CSSEN DIE NACHRICHT NICHT     #
# ERNEUT SENDEN.                                                #
#################################################################

Ihre Nachricht konnte seit 4.0 Stunden nicht zugestellt werden.
Das System versucht bis zu 5.0 Tage lang weiter, sie zuzustellen.

Bei weiteren Fragen wenden Sie sich bitte an <postmaster>.

                   Das Mail-System

<verwaltung@gaertnerei-kessler.de>: connect to
    mx.gaertnerei-kessler.de[203.0.113.58]:25: Connection timed out

--4XYt9Fq2mWz3rKs.1730310022/smtp-out3.rz-nordhessen.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out3.rz-nordhessen.de
X-Postfix-Queue-ID: 4XYt9Fq2mWz3rKs
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 30 Oct 2024 14:38:51 +0100 (CET)

Final-Recipient: rfc822; verwaltung@gaertnerei-kessler.de
Original-Recipient: rfc822;verwaltung@gaertnerei-kessler.de
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.gaertnerei-kessler.de[203.0.113.58]:25:
    Connection timed out
Will-Retry-Until: Mon, 4 Nov 2024 14:38:51 +0100 (CET)

--4XYt9Fq2mWz3rKs.1730310022/smtp-out3.rz-nordhessen.de
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.25])
	by smtp-out3.rz-nordhessen.de (Postfix) with ESMTPS id 4XYt9Fq2mWz3rKs
	for <verwaltung@gaertnerei-kessler.de>; Wed, 30 Oct 2024 14:38:51 +0100 (CET)
From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: verwaltung@gaertnerei-kessler.de
Subject: =?utf-8?q?Bitte_best=C3=A4tigen_Sie_Ihre_Anfrage?=
Date: Wed, 30 Oct 2024 14:38:49 +0100
Message-ID: <173029552991.1023.8810293847561029384@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--4XYt9Fq2mWz3rKs.1730310022/smtp-out3.rz-nordhessen.de--
"""),
    ('cs', 'kerio-connect-ndr-cs', 'automated', (), """Return-Path: <>
Received: from mail.strojirna-hradec.cz (mail.strojirna-hradec.cz [203.0.113.36])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XLn7c1Sj9z4pWq
	for <privacy@shop.example.be>; Fri,  4 Oct 2024 10:38:24 +0200 (CEST)
Received: from localhost
	by mail.strojirna-hradec.cz (Kerio Connect 10.0.2);
	Fri, 4 Oct 2024 10:38:23 +0200
From: "Kerio Connect" <postmaster@strojirna-hradec.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va=3A_Please_confirm_your?=
 =?utf-8?q?_request?=
Date: Fri, 4 Oct 2024 10:38:23 +0200
Message-ID: <dsn-20241004103823-3f1d@mail.strojirna-hradec.cz>
X-Mailer: Kerio Connect 10.0.2
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="------------kerio-dsn-0a1b2c3d4e5f"

--------------kerio-dsn-0a1b2c3d4e5f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Tuto zpr=C3=A1vu automaticky vygeneroval server Kerio Connect na
mail.strojirna-hradec.cz.

Va=C5=A1i zpr=C3=A1vu nebylo mo=C5=BEn=C3=A9 doru=C4=8Dit n=C3=A1sleduj=C3=
=ADc=C3=ADm p=C5=99=C3=ADjemc=C5=AFm:

  <pavel.dvorak@strojirna-hradec.cz>
    P=C5=99=C3=AD=C4=8Dina: schr=C3=A1nka p=C5=99=C3=ADjemce neexistuje
    Odpov=C4=9B=C4=8F serveru: 550 5.1.1 Unknown recipient

P=C5=AFvodn=C3=AD zpr=C3=A1va:
  P=C5=99edm=C4=9Bt: Please confirm your request
  Odesl=C3=A1no: Fri, 4 Oct 2024 10:38:20 +0200

--------------kerio-dsn-0a1b2c3d4e5f
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.strojirna-hradec.cz
Arrival-Date: Fri, 4 Oct 2024 10:38:21 +0200

Final-Recipient: rfc822; pavel.dvorak@strojirna-hradec.cz
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Unknown recipient

--------------kerio-dsn-0a1b2c3d4e5f
Content-Type: message/rfc822

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: pavel.dvorak@strojirna-hradec.cz
Subject: Please confirm your request
Date: Fri, 04 Oct 2024 10:38:20 +0200
Message-ID: <172803110034.3358.6619283740192837465@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request concerning the personal data linked to this e-mail
address. To make sure the request really comes from you, please confirm it
by opening the link below within 14 days:

https://shop.example.be/privacy/confirm/Gx2Wp8mK5nQz1Rt4

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team
shop.example.be

--------------kerio-dsn-0a1b2c3d4e5f--
"""),
    ('en', 'mdaemon-permanent-failure', 'automated', (), """Return-Path: <>
Received: from mail.hotelmarblau.es (mail.hotelmarblau.es [203.0.113.101])
	by mx.shop.example.be (Postfix) with ESMTPS id 4WzYc34HqLz1rNs
	for <privacy@shop.example.be>; Tue, 10 Sep 2024 14:22:05 +0200 (CEST)
Received: from mail.hotelmarblau.es by mail.hotelmarblau.es (MDaemon PRO v23.5.2)
	with ESMTP id md50000412554.msg
	for <privacy@shop.example.be>; Tue, 10 Sep 2024 14:22:04 +0200
X-MDArrival-Date: Tue, 10 Sep 2024 14:22:04 +0200
X-Return-Path: <>
X-Envelope-From: <>
X-MDaemon-Deliver-To: privacy@shop.example.be
From: MDaemon@mail.hotelmarblau.es
To: privacy@shop.example.be
Subject: Permanent Delivery Failure
Date: Tue, 10 Sep 2024 14:22:04 +0200
Message-ID: <MDAEMON-F202409101422.AA2204453md50000412554@mail.hotelmarblau.es>
X-MDDSN-Message: Yes
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="0910-1422-04-PART-BREAK"

This is a multi-part message in MIME format.

--0910-1422-04-PART-BREAK
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are determined by local configuration parameters.

YOU SHOULD NOT RESEND THE MESSAGE UNTIL THE PROBLEM HAS BEEN CORRECTED.

--- Session Transcript ---
 Tue 2024-09-10 14:22:03.181: Parsing message <pd50000412553.msg>
 Tue 2024-09-10 14:22:03.181: *  From: privacy@shop.example.be
 Tue 2024-09-10 14:22:03.181: *  To: reservas@casarural-lapalmera.es
 Tue 2024-09-10 14:22:03.181: *  Subject: Please confirm your request
 Tue 2024-09-10 14:22:03.181: *  Message-ID: <172597092051.2207.3019283746501928374@shop.example.be>
 Tue 2024-09-10 14:22:03.181: Attempting SMTP connection to [casarural-lapalmera.es]
 Tue 2024-09-10 14:22:03.185: Resolving MX records for [casarural-lapalmera.es] (DNS Server: 192.168.1.1)...
 Tue 2024-09-10 14:22:03.203: *  P=010 S=000 D=casarural-lapalmera.es TTL=(60) MX=[mail.casarural-lapalmera.es]
 Tue 2024-09-10 14:22:03.203: Attempting SMTP connection to [mail.casarural-lapalmera.es:25]
 Tue 2024-09-10 14:22:03.207: *  D=mail.casarural-lapalmera.es TTL=(60) A=[203.0.113.77]
 Tue 2024-09-10 14:22:03.207: Attempting SMTP connection to [203.0.113.77:25]
 Tue 2024-09-10 14:22:03.207: Waiting for socket connection...
 Tue 2024-09-10 14:22:03.251: *  Connection established (192.168.1.20:51544 -> 203.0.113.77:25)
 Tue 2024-09-10 14:22:03.251: Waiting for protocol to start...
 Tue 2024-09-10 14:22:03.301: <-- 220 mail.casarural-lapalmera.es ESMTP
 Tue 2024-09-10 14:22:03.301: --> EHLO mail.hotelmarblau.es
 Tue 2024-09-10 14:22:03.349: <-- 250-mail.casarural-lapalmera.es
 Tue 2024-09-10 14:22:03.349: <-- 250-SIZE 52428800
 Tue 2024-09-10 14:22:03.349: <-- 250 8BITMIME
 Tue 2024-09-10 14:22:03.349: --> MAIL From:<privacy@shop.example.be> SIZE=2241
 Tue 2024-09-10 14:22:03.397: <-- 250 2.1.0 Ok
 Tue 2024-09-10 14:22:03.397: --> RCPT To:<reservas@casarural-lapalmera.es>
 Tue 2024-09-10 14:22:03.446: <-- 550 5.1.1 <reservas@casarural-lapalmera.es>: Recipient address rejected: User unknown in virtual mailbox table
 Tue 2024-09-10 14:22:03.446: --> QUIT
--- End Transcript ---

--0910-1422-04-PART-BREAK
Content-Type: message/rfc822
Content-Disposition: attachment

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: recepcion@hotelmarblau.es
Subject: Please confirm your request
Date: Tue, 10 Sep 2024 14:21:58 +0200
Message-ID: <172597092051.2207.3019283746501928374@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request concerning the personal data linked to this e-mail
address. To make sure the request really comes from you, please confirm it
by opening the link below within 14 days:

https://shop.example.be/privacy/confirm/Sd7Fm1Qx4Lp9Vt2C

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team
shop.example.be

--0910-1422-04-PART-BREAK--
"""),
    ('en', 'ibm-domino-delivery-failure', 'automated', (), """Return-Path: <>
Received: from smtpgw.koehler-maschinenbau.de (smtpgw.koehler-maschinenbau.de [203.0.113.12])
	by mx.shop.example.be (Postfix) with ESMTPS id 4WNbz53Jr4z7wQp
	for <privacy@shop.example.be>; Tue, 16 Jul 2024 11:05:24 +0200 (CEST)
Subject: DELIVERY FAILURE: User klaus.weber (klaus.weber@koehler-maschinenbau.de) not listed in Domino
 Directory
To: privacy@shop.example.be
From: Postmaster@koehler-maschinenbau.de
Date: Tue, 16 Jul 2024 11:05:21 +0200
Message-ID: <OF0A1B2C3D.4E5F6071-ONC1258B5A.00321F2B-C1258B5A.00321F2D@koehler-maschinenbau.de>
X-MIMETrack: Serialize by Router on NOTES01/Koehler(Release 12.0.2FP2|March 13, 2024) at
 16.07.2024 11:05:21
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="==IFJRGLKFGIR31302UHRUHIHD"

--==IFJRGLKFGIR31302UHRUHIHD
Content-Type: text/plain; charset="US-ASCII"

Your message

  Subject: Please confirm your request

was not delivered to:

  klaus.weber@koehler-maschinenbau.de

because:

  User klaus.weber (klaus.weber@koehler-maschinenbau.de) not listed in Domino Directory

--==IFJRGLKFGIR31302UHRUHIHD
Content-Type: message/delivery-status

Reporting-MTA: dns;NOTES01.koehler-maschinenbau.de
Arrival-Date: Tue, 16 Jul 2024 11:05:20 +0200

Final-Recipient: rfc822;klaus.weber@koehler-maschinenbau.de
Action: failed
Status: 5.0.0

--==IFJRGLKFGIR31302UHRUHIHD
Content-Type: message/rfc822

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: klaus.weber@koehler-maschinenbau.de
Subject: Please confirm your request
Date: Tue, 16 Jul 2024 11:05:19 +0200
Message-ID: <172112071988.6603.4410293847561029384@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request concerning the personal data linked to this e-mail
address. To make sure the request really comes from you, please confirm it
by opening the link below within 14 days:

https://shop.example.be/privacy/confirm/Tb3Xz7Kq0Wm5Np8R

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team
shop.example.be

--==IFJRGLKFGIR31302UHRUHIHD--
"""),
    ('de', 'exchange2010-ndr-de', 'automated', (), """Return-Path: <>
Received: from mail.stadtwerke-lindenau.de (mail.stadtwerke-lindenau.de [203.0.113.88])
	by mx.shop.example.be (Postfix) with ESMTPS id 4WqBn10TsZz9hPw
	for <privacy@shop.example.be>; Thu, 22 Aug 2024 11:08:24 +0200 (CEST)
From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@swl.local>
To: <privacy@shop.example.be>
Date: Thu, 22 Aug 2024 11:08:22 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01DAF47B0C8F2E4C00000A17EXCH01.swl.local"
X-DSNContext: 335a7efd - 4523 - 00000001 - 80040546
Message-ID: <SNxP0dS7b00000a18@EXCH01.swl.local>
Subject: Unzustellbar: Bitte =?utf-8?q?best=C3=A4tigen?= Sie Ihre Anfrage
Content-Language: de-DE
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-replied

--9B095B5ADSN=_01DAF47B0C8F2E4C00000A17EXCH01.swl.local
Content-Type: multipart/alternative;
	boundary="9B095B5ADSN=_01DAF47B0C8F2E4C00000A18EXCH01.swl.local"

--9B095B5ADSN=_01DAF47B0C8F2E4C00000A18EXCH01.swl.local
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RGllIMOcYmVybWl0dGx1bmcgYW4gZm9sZ2VuZGUgRW1wZsOkbmdlciBvZGVyIFZlcnRlaWxlcmxp
c3RlbiBpc3QgZmVobGdlc2NobGFnZW46CgpTY2htaWR0LCBLYXRyaW4KRGllIEUtTWFpbC1BZHJl
c3NlLCBkaWUgU2llIGVpbmdlZ2ViZW4gaGFiZW4sIHd1cmRlIG5pY2h0IGdlZnVuZGVuLiDDnGJl
cnByw7xmZW4gU2llIGRpZSBFLU1haWwtQWRyZXNzZSBkZXMgRW1wZsOkbmdlcnMsIHVuZCB2ZXJz
dWNoZW4gU2llIGVybmV1dCwgZGllIE5hY2hyaWNodCB6dSBzZW5kZW4uIFdlbmRlbiBTaWUgc2lj
aCBhbiBJaHJlbiBIZWxwZGVzaywgd2VubiBkYXMgUHJvYmxlbSB3ZWl0ZXJoaW4gYmVzdGVodC4K
CkRpYWdub3NlaW5mb3JtYXRpb25lbiBmw7xyIEFkbWluaXN0cmF0b3JlbjoKCkdlbmVyaWVyZW5k
ZXIgU2VydmVyOiBFWENIMDEuc3dsLmxvY2FsCgprLnNjaG1pZHRAc3RhZHR3ZXJrZS1saW5kZW5h
dS5kZQojNTUwIDUuMS4xIFJFU09MVkVSLkFEUi5SZWNpcE5vdEZvdW5kOyBub3QgZm91bmQgIyMK
ClVyc3Byw7xuZ2xpY2hlIE5hY2hyaWNodGVua29wZnplaWxlbjoKClJlY2VpdmVkOiBmcm9tIEVY
Q0gtRURHRS5zd2wubG9jYWwgKDEwLjEwLjAuNSkgYnkgRVhDSDAxLnN3bC5sb2NhbAogKDEwLjEw
LjAuMTEpIHdpdGggTWljcm9zb2Z0IFNNVFAgU2VydmVyIChUTFMpIGlkIDE0LjMuNTEzLjA7IFRo
dSwgMjIgQXVnIDIwMjQKIDExOjA4OjIyICswMjAwCkZyb206ICJQcml2YWN5IC0gc2hvcC5leGFt
cGxlLmJlIiA8cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU+ClRvOiA8ay5zY2htaWR0QHN0YWR0d2Vy
a2UtbGluZGVuYXUuZGU+ClN1YmplY3Q6ID0/dXRmLTg/cT9CaXR0ZV9iZXN0PUMzPUE0dGlnZW5f
U2llX0locmVfQW5mcmFnZT89CkRhdGU6IFRodSwgMjIgQXVnIDIwMjQgMTE6MDg6MjAgKzAyMDAK
TWVzc2FnZS1JRDogPDE3MjQzMTc3MDA1MS45MzEwLjIyMTAzOTQ4NTc2MTAyOTM4NDdAc2hvcC5l
eGFtcGxlLmJlPgpNSU1FLVZlcnNpb246IDEuMApDb250ZW50LVR5cGU6IHRleHQvcGxhaW47IGNo
YXJzZXQ9InV0Zi04IgpDb250ZW50LVRyYW5zZmVyLUVuY29kaW5nOiBxdW90ZWQtcHJpbnRhYmxl
Cg==

--9B095B5ADSN=_01DAF47B0C8F2E4C00000A18EXCH01.swl.local
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWwgZGlyPSJsdHIiPjxoZWFkPjxtZXRhIGh0dHAtZXF1aXY9IkNvbnRlbnQtVHlwZSIgY29u
dGVudD0idGV4dC9odG1sOyBjaGFyc2V0PXV0Zi04Ij48L2hlYWQ+Cjxib2R5Pgo8cD48Yj48Zm9u
dCBjb2xvcj0iIzAwMDA2NiIgc2l6ZT0iMyIgZmFjZT0iQXJpYWwiPkRpZSDDnGJlcm1pdHRsdW5n
IGFuIGZvbGdlbmRlIEVtcGbDpG5nZXIgb2RlciBWZXJ0ZWlsZXJsaXN0ZW4gaXN0IGZlaGxnZXNj
aGxhZ2VuOjwvZm9udD48L2I+PC9wPgo8Zm9udCBjb2xvcj0iIzAwMDAwMCIgc2l6ZT0iMiIgZmFj
ZT0iVGFob21hIj48cD48YSBocmVmPSJtYWlsdG86ay5zY2htaWR0QHN0YWR0d2Vya2UtbGluZGVu
YXUuZGUiPlNjaG1pZHQsIEthdHJpbjwvYT48YnI+CjwvZm9udD48Zm9udCBjb2xvcj0iIzgwODA4
MCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj5EaWUgRS1NYWlsLUFkcmVzc2UsIGRpZSBTaWUgZWlu
Z2VnZWJlbiBoYWJlbiwgd3VyZGUgbmljaHQgZ2VmdW5kZW4uIMOcYmVycHLDvGZlbiBTaWUgZGll
IEUtTWFpbC1BZHJlc3NlIGRlcyBFbXBmw6RuZ2VycywgdW5kIHZlcnN1Y2hlbiBTaWUgZXJuZXV0
LCBkaWUgTmFjaHJpY2h0IHp1IHNlbmRlbi4gV2VuZGVuIFNpZSBzaWNoIGFuIElocmVuIEhlbHBk
ZXNrLCB3ZW5uIGRhcyBQcm9ibGVtIHdlaXRlcmhpbiBiZXN0ZWh0LjwvZm9udD48L3A+CjxwPjxm
b250IGNvbG9yPSIjMDAwMDAwIiBzaXplPSIyIiBmYWNlPSJUYWhvbWEiPjxiPkRpYWdub3NlaW5m
b3JtYXRpb25lbiBmw7xyIEFkbWluaXN0cmF0b3Jlbjo8L2I+PC9mb250PjwvcD4KPHA+PGZvbnQg
Y29sb3I9IiMwMDAwMDAiIHNpemU9IjIiIGZhY2U9IlRhaG9tYSI+R2VuZXJpZXJlbmRlciBTZXJ2
ZXI6IEVYQ0gwMS5zd2wubG9jYWw8L2ZvbnQ+PC9wPgo8cD48Zm9udCBjb2xvcj0iIzAwMDAwMCIg
c2l6ZT0iMiIgZmFjZT0iVGFob21hIj5rLnNjaG1pZHRAc3RhZHR3ZXJrZS1saW5kZW5hdS5kZTxi
cj4jNTUwIDUuMS4xIFJFU09MVkVSLkFEUi5SZWNpcE5vdEZvdW5kOyBub3QgZm91bmQgIyM8L2Zv
bnQ+PC9wPgo8L2JvZHk+PC9odG1sPgo=

--9B095B5ADSN=_01DAF47B0C8F2E4C00000A18EXCH01.swl.local--

--9B095B5ADSN=_01DAF47B0C8F2E4C00000A17EXCH01.swl.local
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.swl.local
Received-From-MTA: dns;EXCH-EDGE.swl.local
Arrival-Date: Thu, 22 Aug 2024 09:08:22 +0000

Final-Recipient: rfc822;k.schmidt@stadtwerke-lindenau.de
Action: failed
Status: 5.1.1
X-Display-Name: Schmidt, Katrin

--9B095B5ADSN=_01DAF47B0C8F2E4C00000A17EXCH01.swl.local
Content-Type: message/rfc822

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: <k.schmidt@stadtwerke-lindenau.de>
Subject: =?utf-8?q?Bitte_best=C3=A4tigen_Sie_Ihre_Anfrage?=
Date: Thu, 22 Aug 2024 11:08:20 +0200
Message-ID: <172431770051.9310.2210394857610293847@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

wir haben eine Anfrage zu den personenbezogenen Daten erhalten, die mit
dieser E-Mail-Adresse verkn=C3=BCpft sind. Damit wir sicher sind, dass die
Anfrage von Ihnen stammt, best=C3=A4tigen Sie sie bitte innerhalb von 14 Ta=
gen
=C3=BCber den folgenden Link:

https://shop.example.be/privacy/confirm/Ym8Wq1Nz6Rt3Kp0F

Falls Sie diese Anfrage nicht gestellt haben, k=C3=B6nnen Sie diese Nachric=
ht
ignorieren.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Datenschutzteam
shop.example.be

--9B095B5ADSN=_01DAF47B0C8F2E4C00000A17EXCH01.swl.local--
"""),
    ('fr', 'exchange2016-ndr-fr', 'automated', (), """Return-Path: <>
Received: from smtp.mutuelle-horizon.fr (smtp.mutuelle-horizon.fr [203.0.113.130])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XCs5x2LhRz3mKw
	for <privacy@shop.example.be>; Tue, 24 Sep 2024 12:11:44 +0200 (CEST)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mutuelle-horizon.fr>
To: <privacy@shop.example.be>
Date: Tue, 24 Sep 2024 10:11:43 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="47c8d1a3-1f0e-4e5b-93a2-5fd0c7e21b66"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <a2b7f04c-5e3d-4c8a-b6b1-0a9ee3d7c0f1@SRV-EX02.mutuelle-horizon.local>
In-Reply-To: <172717390266.4471.9101928374650192837@shop.example.be>
References: <172717390266.4471.9101928374650192837@shop.example.be>
Thread-Topic: Veuillez confirmer votre demande
Thread-Index: AQHbDmS3xqWcbKGcx0mqbvJ0Xn3RdQ==
Subject: Non remis : Veuillez confirmer votre demande
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--47c8d1a3-1f0e-4e5b-93a2-5fd0c7e21b66
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="a8e0cf16-3d57-4f2b-9b3c-16e50d9a7b2e"

--a8e0cf16-3d57-4f2b-9b3c-16e50d9a7b2e
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

La remise =C3=A0 ces destinataires ou groupes a =C3=A9chou=C3=A9 :

marie.lambert@mutuelle-horizon.fr
L'adresse de messagerie que vous avez entr=C3=A9e est introuvable. V=C3=A9r=
ifiez l'adresse de messagerie du destinataire, puis renvoyez le message. Si=
 le probl=C3=A8me persiste, contactez votre service d'assistance.







Informations de diagnostic pour les administrateurs :

Serveur de g=C3=A9n=C3=A9ration : SRV-EX02.mutuelle-horizon.local

marie.lambert@mutuelle-horizon.fr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

En-t=C3=AAtes du message d'origine :

Received: from mail.shop.example.be (192.0.2.25) by SRV-EX02.mutuelle-horiz=
on.local
 (10.20.1.12) with Microsoft SMTP Server (version=3DTLS1_2,
 cipher=3DTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Tue, 24 S=
ep 2024
 12:11:42 +0200
From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: marie.lambert@mutuelle-horizon.fr
Subject: Veuillez confirmer votre demande
Date: Tue, 24 Sep 2024 12:11:40 +0200
Message-ID: <172717390266.4471.9101928374650192837@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable

--a8e0cf16-3d57-4f2b-9b3c-16e50d9a7b2e
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style>
BODY { font-family: Segoe UI, Frutiger, Tahoma, Helvetica, Helvetica Neue, =
Arial, sans-serif; font-size: 14px; }
</style>
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3">La remise =C3=A0 ces destinataires=
 ou groupes a =C3=A9chou=C3=A9 :</font></b></p>
<font size=3D"2"><p><a href=3D"mailto:marie.lambert@mutuelle-horizon.fr">ma=
rie.lambert@mutuelle-horizon.fr</a><br>
</font><font color=3D"#808080" size=3D"2">L'adresse de messagerie que vous =
avez entr=C3=A9e est introuvable. V=C3=A9rifiez l'adresse de messagerie du =
destinataire, puis renvoyez le message. Si le probl=C3=A8me persiste, conta=
ctez votre service d'assistance.</font></p>
<br><br><br>
<p><b>Informations de diagnostic pour les administrateurs :</b></p>
<p>Serveur de g=C3=A9n=C3=A9ration : SRV-EX02.mutuelle-horizon.local</p>
<p>marie.lambert@mutuelle-horizon.fr<br>Remote Server returned '550 5.1.10 =
RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'=
</p>
<p>En-t=C3=AAtes du message d'origine :</p>
<pre>Received: from mail.shop.example.be (192.0.2.25) by SRV-EX02.mutuelle-=
horizon.local
 (10.20.1.12) with Microsoft SMTP Server (version=3DTLS1_2,
 cipher=3DTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Tue, 24 S=
ep 2024
 12:11:42 +0200
From: "Privacy - shop.example.be" &lt;privacy@shop.example.be&gt;
To: marie.lambert@mutuelle-horizon.fr
Subject: Veuillez confirmer votre demande
Date: Tue, 24 Sep 2024 12:11:40 +0200
Message-ID: &lt;172717390266.4471.9101928374650192837@shop.example.be&gt;
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
</pre>
</body>
</html>

--a8e0cf16-3d57-4f2b-9b3c-16e50d9a7b2e--

--47c8d1a3-1f0e-4e5b-93a2-5fd0c7e21b66
Content-Type: message/delivery-status

Reporting-MTA: dns;SRV-EX02.mutuelle-horizon.local
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Tue, 24 Sep 2024 10:11:42 +0000

Original-Recipient: rfc822;marie.lambert@mutuelle-horizon.fr
Final-Recipient: rfc822;marie.lambert@mutuelle-horizon.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--47c8d1a3-1f0e-4e5b-93a2-5fd0c7e21b66
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by SRV-EX02.mutuelle-horizon.local
 (10.20.1.12) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Tue, 24 Sep 2024
 12:11:42 +0200
From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: marie.lambert@mutuelle-horizon.fr
Subject: Veuillez confirmer votre demande
Date: Tue, 24 Sep 2024 12:11:40 +0200
Message-ID: <172717390266.4471.9101928374650192837@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--47c8d1a3-1f0e-4e5b-93a2-5fd0c7e21b66--
"""),
    ('fr', 'ovhcloud-fr-ndr', 'automated', (), """Return-Path: <>
Received: from mo581.mail-out.ovh.net (mo581.mail-out.ovh.net [46.105.43.105])
	by mx.shop.example.be (Postfix) with ESMTPS id 4X1vQs0NmTz7kLr
	for <privacy@shop.example.be>; Wed, 11 Sep 2024 10:25:19 +0200 (CEST)
Received: by mo581.mail-out.ovh.net (Postfix)
	id 4X1vQq3Ks2z1xyT; Wed, 11 Sep 2024 08:25:18 +0000 (UTC)
Date: Wed, 11 Sep 2024 08:25:18 +0000 (UTC)
From: =?utf-8?q?Syst=C3=A8me_de_messagerie_OVHcloud?= <MAILER-DAEMON@mo581.mail-out.ovh.net>
Subject: =?utf-8?q?=C3=89chec_de_la_remise_du_message_=3A_Veuillez_confirmer_?=
 =?utf-8?q?votre_demande?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4X1vQq3Ks2z1xyT.1726043118/mo581.mail-out.ovh.net"
Message-Id: <4X1vQq3Ks2z1xyT@mo581.mail-out.ovh.net>
X-Ovh-Tracer-Id: 9183752630291384621
X-VR-SPAMSTATE: OK

This is a MIME-encapsulated message.

--4X1vQq3Ks2z1xyT.1726043118/mo581.mail-out.ovh.net
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Ceci est un message automatique du serveur de messagerie OVHcloud
mo581.mail-out.ovh.net.

Votre message n'a pas pu =C3=AAtre d=C3=A9livr=C3=A9 au destinataire suivan=
t :

  <contact@gite-les-tilleuls.fr>
  Raison : l'adresse du destinataire n'existe pas (550 5.1.1)

Le message d'origine est joint =C3=A0 ce rapport. V=C3=A9rifiez l'adresse
du destinataire avant de renvoyer votre message.

--
Le syst=C3=A8me de messagerie OVHcloud

--4X1vQq3Ks2z1xyT.1726043118/mo581.mail-out.ovh.net
Content-Type: message/delivery-status

Reporting-MTA: dns; mo581.mail-out.ovh.net
Arrival-Date: Wed, 11 Sep 2024 08:25:16 +0000 (UTC)

Original-Recipient: rfc822;contact@gite-les-tilleuls.fr
Final-Recipient: rfc822; contact@gite-les-tilleuls.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx4.mail.ovh.net
Diagnostic-Code: smtp; 550 5.1.1 <contact@gite-les-tilleuls.fr>: Recipient address rejected: User unknown

--4X1vQq3Ks2z1xyT.1726043118/mo581.mail-out.ovh.net
Content-Type: message/rfc822

Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.25])
	by mo581.mail-out.ovh.net (Postfix) with ESMTPS id 4X1vQq3Ks2z1xyT
	for <contact@gite-les-tilleuls.fr>; Wed, 11 Sep 2024 08:25:16 +0000 (UTC)
From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: contact@gite-les-tilleuls.fr
Subject: Veuillez confirmer votre demande
Date: Wed, 11 Sep 2024 10:25:14 +0200
Message-ID: <172604311405.5108.6610293847561029384@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Madame, Monsieur,

Nous avons re=C3=A7u une demande concernant les donn=C3=A9es personnelles l=
i=C3=A9es =C3=A0
cette adresse e-mail. Afin de v=C3=A9rifier qu'elle =C3=A9mane bien de vous=
, veuillez
la confirmer dans les 14 jours en ouvrant le lien ci-dessous :

https://shop.example.be/privacy/confirm/Pk7Dz2Vn9Lx4Qw1S

Si vous n'=C3=AAtes pas =C3=A0 l'origine de cette demande, vous pouvez igno=
rer ce
message.

Cordialement,
L'=C3=A9quipe vie priv=C3=A9e
shop.example.be

--4X1vQq3Ks2z1xyT.1726043118/mo581.mail-out.ovh.net--
"""),
    ('it', 'aruba-it-ndr-mailbox-disabled', 'automated', (), """Return-Path: <>
Received: from mxdhout01.aruba.it (mxdhout01.aruba.it [62.149.156.201])
	by mx.shop.example.be (Postfix) with ESMTPS id 4X35Lw2XbNz5nRq
	for <privacy@shop.example.be>; Fri, 13 Sep 2024 09:11:44 +0200 (CEST)
Date: Fri, 13 Sep 2024 09:11:43 +0200
From: Mail Delivery System <MAILER-DAEMON@aruba.it>
To: privacy@shop.example.be
Subject: Messaggio non recapitato: Please confirm your request
Message-ID: <dsn.66e3e5bf.1c2d@mxdhin04.aruba.it>
Auto-Submitted: auto-replied
X-Sender-Host: mxdhin04.aruba.it
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_NextPart_aruba_66e2b4a7_5c1d"

------=_NextPart_aruba_66e2b4a7_5c1d
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Questo =E8 il sistema di posta del server mxdhin04.aruba.it.

Siamo spiacenti di informarla che non =E8 stato possibile recapitare il suo
messaggio a uno o pi=F9 destinatari. Il messaggio originale =E8 allegato.

<amministrazione@agriturismo-ilpoggio.it>:
    la casella del destinatario non =E8 attiva
    (550 5.1.1 mailbox disabled)

Per assistenza pu=F2 scrivere a <postmaster@aruba.it> allegando questo
rapporto.

                   Il sistema di posta Aruba

------=_NextPart_aruba_66e2b4a7_5c1d
Content-Type: message/delivery-status

Reporting-MTA: dns; mxdhin04.aruba.it
Arrival-Date: Fri, 13 Sep 2024 09:11:41 +0200

Original-Recipient: rfc822;amministrazione@agriturismo-ilpoggio.it
Final-Recipient: rfc822; amministrazione@agriturismo-ilpoggio.it
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox disabled

------=_NextPart_aruba_66e2b4a7_5c1d
Content-Type: message/rfc822

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: amministrazione@agriturismo-ilpoggio.it
Subject: Please confirm your request
Date: Fri, 13 Sep 2024 09:11:40 +0200
Message-ID: <172621190010.2230.7710293847561029384@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request concerning the personal data linked to this e-mail
address. To make sure the request really comes from you, please confirm it
by opening the link below within 14 days:

https://shop.example.be/privacy/confirm/Fb4Hm8Qz1Vc6Wt3N

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team
shop.example.be

------=_NextPart_aruba_66e2b4a7_5c1d--
"""),
    ('cs', 'seznam-mailbox-full', 'automated', (), """Return-Path: <>
Received: from mxout1.seznam.cz (mxout1.seznam.cz [77.75.78.115])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XVdN11Yq9z2kLs
	for <privacy@shop.example.be>; Thu, 24 Oct 2024 06:48:33 +0200 (CEST)
From: "Seznam.cz Email" <mailer-daemon@email.seznam.cz>
To: privacy@shop.example.be
Subject: =?utf-8?q?Zpr=C3=A1vu_nebylo_mo=C5=BEn=C3=A9_doru=C4=8Dit=3A_Please_?=
 =?utf-8?q?confirm_your_request?=
Date: Thu, 24 Oct 2024 06:48:32 +0200
Message-Id: <dsn.6718f4a3.29b1c@email.seznam.cz>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="szn-dsn-6718f4a3-29b1c"

--szn-dsn-6718f4a3-29b1c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

RG9icsO9IGRlbiwKClZhxaFpIHpwcsOhdnUgc2UgbmVwb2RhxZlpbG8gZG9ydcSNaXQgbmEgYWRy
ZXN1IG1hcnRpbmEua3JhbG92YUBzZXpuYW0uY3osIHByb3Rvxb5lCnNjaHLDoW5rYSBwxZnDrWpl
bWNlIGplIHBsbsOhLgoKWmt1c3RlIHByb3PDrW0genByw6F2dSBvZGVzbGF0IHBvemTEm2ppLCBw
xZnDrXBhZG7EmyBwxZnDrWplbWNlIGtvbnRha3R1anRlCmppbm91IGNlc3RvdS4KClRlY2huaWNr
w6kgaW5mb3JtYWNlOgogIFDFmcOtamVtY2U6IG1hcnRpbmEua3JhbG92YUBzZXpuYW0uY3oKICBP
ZHBvdsSbxI86IDU1MiA1LjIuMiBNYWlsYm94IHF1b3RhIGV4Y2VlZGVkCgpUYXRvIHpwcsOhdmEg
YnlsYSB2eWdlbmVyb3bDoW5hIGF1dG9tYXRpY2t5LCBuZW9kcG92w61kZWp0ZSBuYSBuaS4KU2V6
bmFtLmN6IEVtYWlsCg==

--szn-dsn-6718f4a3-29b1c
Content-Type: message/delivery-status

Reporting-MTA: dns; email.seznam.cz
Arrival-Date: Thu, 24 Oct 2024 06:48:30 +0200

Original-Recipient: rfc822;martina.kralova@seznam.cz
Final-Recipient: rfc822; martina.kralova@seznam.cz
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded

--szn-dsn-6718f4a3-29b1c
Content-Type: text/rfc822-headers

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: martina.kralova@seznam.cz
Subject: Please confirm your request
Date: Thu, 24 Oct 2024 06:48:29 +0200
Message-ID: <172974530211.6612.5520193847561029384@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--szn-dsn-6718f4a3-29b1c--
"""),
    ('pl', 'wp-pl-ndr-account-missing', 'automated', (), """Return-Path: <>
Received: from mx.wp.pl (mx.wp.pl [212.77.101.11])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XHc7d3TzMz9pRw
	for <privacy@shop.example.be>; Mon, 30 Sep 2024 06:30:07 +0200 (CEST)
Date: Mon, 30 Sep 2024 06:30:06 +0200
From: System pocztowy WP <MAILER-DAEMON@wp.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Wiadomo=C5=9B=C4=87_niedostarczona=3A_Please_confirm_your_?=
 =?utf-8?q?request?=
Message-ID: <ndr-20240930063006-0f2a71@wp.pl>
Auto-Submitted: auto-replied
X-WP-MailID: 0f2a71bd9c3e4a51
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_wp_dsn_4e7a1f02c9b3"

--=_wp_dsn_4e7a1f02c9b3
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: quoted-printable

Wiadomo=B6=E6 wys=B3ana przez Ciebie nie zosta=B3a dostarczona do odbiorcy.

  Odbiorca: tomasz.nowak1975@wp.pl
  Temat:    Please confirm your request
  Pow=F3d:    konto odbiorcy nie istnieje lub zosta=B3o zablokowane.

Kod b=B3=EAdu: 550 5.1.1 <tomasz.nowak1975@wp.pl>: Recipient address reject=
ed

Sprawd=BC poprawno=B6=E6 adresu i spr=F3buj ponownie.

--
Wiadomo=B6=E6 wygenerowana automatycznie przez system pocztowy Wirtualnej
Polski. Prosimy na ni=B1 nie odpowiada=E6.

--=_wp_dsn_4e7a1f02c9b3
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.wp.pl
Arrival-Date: Mon, 30 Sep 2024 06:30:05 +0200

Original-Recipient: rfc822;tomasz.nowak1975@wp.pl
Final-Recipient: rfc822; tomasz.nowak1975@wp.pl
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <tomasz.nowak1975@wp.pl>: Recipient address rejected

--=_wp_dsn_4e7a1f02c9b3
Content-Type: message/rfc822

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: tomasz.nowak1975@wp.pl
Subject: Please confirm your request
Date: Mon, 30 Sep 2024 06:30:03 +0200
Message-ID: <172767020344.3019.2291038475610293847@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request concerning the personal data linked to this e-mail
address. To make sure the request really comes from you, please confirm it
by opening the link below within 14 days:

https://shop.example.be/privacy/confirm/Rx1Mv5Wq8Zt2Kb6L

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team
shop.example.be

--=_wp_dsn_4e7a1f02c9b3--
"""),
    ('pl', 'onet-mailbox-full', 'automated', (), """Return-Path: <>
Received: from mx-out.poczta.onet.pl (mx-out.poczta.onet.pl [213.180.149.140])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Xhq4T0cPwz3vNk
	for <privacy@shop.example.be>; Wed,  6 Nov 2024 14:55:12 +0100 (CET)
From: System pocztowy Onet <MAILER-DAEMON@poczta.onet.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Zwrot_wiadomo=C5=9Bci_-_przepe=C5=82niona_skrzynka_odbiorc?=
 =?utf-8?q?y?=
Date: Wed, 06 Nov 2024 14:55:11 +0100
Message-ID: <bounce.672b7a91.00d3@poczta.onet.pl>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="onet-bounce-672b7a91-00d3"

--onet-bounce-672b7a91-00d3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

Twoja wiadomo=C5=9B=C4=87 do k.zielinska@onet.pl nie mog=C5=82a zosta=C4=87=
 dostarczona, poniewa=C5=BC
skrzynka odbiorcy jest przepe=C5=82niona.

Odbiorca b=C4=99dzie m=C3=B3g=C5=82 odbiera=C4=87 nowe wiadomo=C5=9Bci dopi=
ero po zwolnieniu
miejsca w skrzynce. Spr=C3=B3buj wys=C5=82a=C4=87 wiadomo=C5=9B=C4=87 ponow=
nie za kilka dni.

Informacja techniczna: 552 5.2.2 Mailbox full

System pocztowy Onet

--onet-bounce-672b7a91-00d3
Content-Type: message/delivery-status

Reporting-MTA: dns; poczta.onet.pl
Arrival-Date: Wed, 06 Nov 2024 14:55:09 +0100

Original-Recipient: rfc822;k.zielinska@onet.pl
Final-Recipient: rfc822; k.zielinska@onet.pl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--onet-bounce-672b7a91-00d3
Content-Type: text/rfc822-headers

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: k.zielinska@onet.pl
Subject: Please confirm your request
Date: Wed, 06 Nov 2024 14:55:08 +0100
Message-ID: <173098881002.8809.1029384756610293847@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--onet-bounce-672b7a91-00d3--
"""),
    ('bg', 'abv-bg-ndr-quota', 'automated', (), """Return-Path: <>
Received: from mx.abv.bg (mx.abv.bg [194.153.145.80])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Y03Tz2Ks0z8qLm
	for <privacy@shop.example.be>; Fri, 29 Nov 2024 13:41:24 +0100 (CET)
Date: Fri, 29 Nov 2024 14:41:22 +0200
From: =?utf-8?b?0J/QvtGJ0LXQvdGB0LrQsCDRgdC40YHRgtC10LzQsCBBQlYuYmc=?= <MAILER-DAEMON@abv.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J3QtdC00L7RgdGC0LDQstC10L3QviDQv9C40YHQvNC+OiBQbGVhc2Ug?=
 =?utf-8?b?Y29uZmlybSB5b3VyIHJlcXVlc3Q=?=
Message-ID: <ndr.1732884082.5521@abv.bg>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="abv-ndr-2024112913412"

--abv-ndr-2024112913412
Content-Type: text/plain; charset=windows-1251
Content-Transfer-Encoding: base64

0u7i4CDlIODi8u7s4PLo9+3uIPH67uH55e3o5SDu8iDv7vnl7fHq4PLgIPHo8fLl7OAg7eAgQUJW
LmJnLgoKwuD45fLuIO/o8ezuIO3lIOzu5uUg5OAg4frk5SDk7vHy4OLl7e4g5O4g8evl5O3o/yDv
7uvz9+Dy5es6CgogIGl2YW4uZ2VvcmdpZXY3N0BhYnYuYmcKCs/w6Pfo7eA6IO/u+eXt8erg8uAg
6vPy6P8g7eAg7+7r8/fg8uXr/yDlIO/66+3gLgoKzvLj7uLu8CDt4CDx+vDi+vDgOiA1NTIgNS4y
LjIgUXVvdGEgZXhjZWVkZWQKCszu6/8sIO7v6PLg6fLlIO7y7e7i7iDv7i3q+vHt7i4gzeUg7vLj
7uLg8P/p8uUg7eAg8u7i4CDv6PHs7i4K

--abv-ndr-2024112913412
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.abv.bg
Arrival-Date: Fri, 29 Nov 2024 14:41:20 +0200

Original-Recipient: rfc822;ivan.georgiev77@abv.bg
Final-Recipient: rfc822; ivan.georgiev77@abv.bg
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Quota exceeded

--abv-ndr-2024112913412
Content-Type: message/rfc822

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: ivan.georgiev77@abv.bg
Subject: Please confirm your request
Date: Fri, 29 Nov 2024 13:41:19 +0100
Message-ID: <173288121176.4403.6610293847561029385@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request concerning the personal data linked to this e-mail
address. To make sure the request really comes from you, please confirm it
by opening the link below within 14 days:

https://shop.example.be/privacy/confirm/Cn8Tq3Lw6Yz1Rk5P

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team
shop.example.be

--abv-ndr-2024112913412--
"""),
    ('pt', 'sapo-ndr-user-unknown', 'automated', (), """Return-Path: <>
Received: from mx.sapo.pt (mx.sapo.pt [213.13.146.140])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XP7fD3KqWz1rYs
	for <privacy@shop.example.be>; Tue, 15 Oct 2024 15:43:32 +0200 (CEST)
Date: Tue, 15 Oct 2024 14:43:31 +0100
From: SAPO Mail <MAILER-DAEMON@sapo.pt>
To: privacy@shop.example.be
Subject: =?utf-8?q?Mensagem_n=C3=A3o_entregue=3A_Please_confirm_your_request?=
Message-ID: <670e7a13.7c21.dsn@sapo.pt>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="sapo-dsn-670e7a13-7c21"

--sapo-dsn-670e7a13-7c21
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

N=E3o foi poss=EDvel entregar a sua mensagem ao seguinte destinat=E1rio:

  rui.almeida@sapo.pt

Motivo: o endere=E7o de destino n=E3o existe.

Resposta do servidor remoto:
  550 5.1.1 <rui.almeida@sapo.pt>: Recipient address rejected: User unknown

A mensagem original segue em anexo.

Esta =E9 uma mensagem autom=E1tica do SAPO Mail; por favor n=E3o responda.

--sapo-dsn-670e7a13-7c21
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.sapo.pt
Arrival-Date: Tue, 15 Oct 2024 14:43:30 +0100

Original-Recipient: rfc822;rui.almeida@sapo.pt
Final-Recipient: rfc822; rui.almeida@sapo.pt
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <rui.almeida@sapo.pt>: Recipient address rejected: User unknown

--sapo-dsn-670e7a13-7c21
Content-Type: message/rfc822

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: rui.almeida@sapo.pt
Subject: Please confirm your request
Date: Tue, 15 Oct 2024 15:43:28 +0200
Message-ID: <172899541207.1198.3304958671029384756@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request concerning the personal data linked to this e-mail
address. To make sure the request really comes from you, please confirm it
by opening the link below within 14 days:

https://shop.example.be/privacy/confirm/Jm2Xp7Rt4Wq9Lz0V

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team
shop.example.be

--sapo-dsn-670e7a13-7c21--
"""),
    ('nl', 'telenet-ndr-nl', 'automated', (), """Return-Path: <>
Received: from mailrelay-out.telenet-ops.be (mailrelay-out.telenet-ops.be [195.130.132.48])
	by mx.shop.example.be (Postfix) with ESMTPS id 4WvP2r0ZqTz6nWq
	for <privacy@shop.example.be>; Mon, 26 Aug 2024 09:13:47 +0200 (CEST)
Date: Mon, 26 Aug 2024 09:13:46 +0200
From: Telenet Mail <MAILER-DAEMON@telenet-ops.be>
To: privacy@shop.example.be
Subject: Onbestelbaar: Bevestig uw verzoek
Message-ID: <66cc3f6a.004b.ndr@telenet-ops.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_telenet_ndr_66cc3f6a_004b"

--_telenet_ndr_66cc3f6a_004b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Beste,

Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:

  jan.peeters12@telenet.be

Reden: de mailbox van de ontvanger bestaat niet (meer).

Technische details: 550 5.1.1 <jan.peeters12@telenet.be> recipient rejected

Het oorspronkelijke bericht vindt u in bijlage.

Dit is een automatisch bericht van de Telenet-mailserver. Antwoorden op
dit bericht worden niet gelezen.

--_telenet_ndr_66cc3f6a_004b
Content-Type: message/delivery-status

Reporting-MTA: dns; mailrelay-out.telenet-ops.be
Arrival-Date: Mon, 26 Aug 2024 09:13:45 +0200

Original-Recipient: rfc822;jan.peeters12@telenet.be
Final-Recipient: rfc822; jan.peeters12@telenet.be
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <jan.peeters12@telenet.be> recipient rejected

--_telenet_ndr_66cc3f6a_004b
Content-Type: message/rfc822

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: jan.peeters12@telenet.be
Subject: Bevestig uw verzoek
Date: Mon, 26 Aug 2024 09:13:43 +0200
Message-ID: <172491560333.7720.1102938475660192837@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Beste klant,

Wij ontvingen een verzoek over de persoonsgegevens die aan dit e-mailadres
zijn gekoppeld. Om zeker te zijn dat het verzoek van u komt, vragen wij u
het binnen 14 dagen te bevestigen via de onderstaande link:

https://shop.example.be/privacy/confirm/Nw5Lq9Bz3Xt7Kr2M

Hebt u dit verzoek niet ingediend, dan mag u dit bericht negeren.

Met vriendelijke groeten,
Het privacyteam
shop.example.be

--_telenet_ndr_66cc3f6a_004b--
"""),
    ('fr', 'proximus-skynet-mailbox-full-html', 'automated', (), """Return-Path: <>
Received: from mailrelay.skynet.be (mailrelay.skynet.be [195.238.20.140])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Y0Zs26Lr1z3wMk
	for <privacy@shop.example.be>; Thu, 21 Nov 2024 12:50:06 +0100 (CET)
Date: Thu, 21 Nov 2024 12:50:05 +0100
From: Proximus Mail <MAILER-DAEMON@skynet.be>
To: privacy@shop.example.be
Subject: =?iso-8859-1?q?Non_d=E9livr=E9_=3A_Veuillez_confirmer_votre_demande?=
Message-ID: <673f0b2d.91a4.ndr@skynet.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="pxs-ndr-673f0b2d-91a4"

--pxs-ndr-673f0b2d-91a4
Content-Type: multipart/alternative; boundary="pxs-alt-673f0b2d"

--pxs-alt-673f0b2d
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Madame, Monsieur,

Votre message n'a pas pu =EAtre d=E9livr=E9 au destinataire suivant :

  christine.dumont@skynet.be

Motif : la bo=EEte aux lettres du destinataire est pleine.
D=E9tail technique : 552 5.2.2 Mailbox full

Ce message a =E9t=E9 g=E9n=E9r=E9 automatiquement par le serveur de message=
rie de
Proximus. Merci de ne pas y r=E9pondre.

--pxs-alt-673f0b2d
Content-Type: text/html; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:13px">
<img src=3D"https://mail.proximus.be/static/logo-proximus.png" alt=3D"Proxi=
mus" width=3D"120"><br><br>
<p>Madame, Monsieur,</p>
<p>Votre message n'a pas pu =EAtre d=E9livr=E9 au destinataire suivant :</p>
<p style=3D"margin-left:20px"><b>christine.dumont@skynet.be</b></p>
<p>Motif : la bo=EEte aux lettres du destinataire est pleine.<br>
<span style=3D"color:#888">D=E9tail technique : 552 5.2.2 Mailbox full</spa=
n></p>
<p style=3D"color:#888;font-size:11px">Ce message a =E9t=E9 g=E9n=E9r=E9 au=
tomatiquement par le serveur de messagerie de Proximus. Merci de ne pas y r=
=E9pondre.</p>
</body></html>

--pxs-alt-673f0b2d--

--pxs-ndr-673f0b2d-91a4
Content-Type: message/delivery-status

Reporting-MTA: dns; mailrelay.skynet.be
Arrival-Date: Thu, 21 Nov 2024 12:50:03 +0100

Original-Recipient: rfc822;christine.dumont@skynet.be
Final-Recipient: rfc822; christine.dumont@skynet.be
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--pxs-ndr-673f0b2d-91a4
Content-Type: text/rfc822-headers

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: christine.dumont@skynet.be
Subject: Veuillez confirmer votre demande
Date: Thu, 21 Nov 2024 12:50:01 +0100
Message-ID: <173218920051.2290.4451029384756019283@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--pxs-ndr-673f0b2d-91a4--
"""),
    ('it', 'libero-mailbox-full', 'automated', (), """Return-Path: <>
Received: from smtp-out.libero.it (smtp-out.libero.it [213.209.10.30])
	by mx.shop.example.be (Postfix) with ESMTPS id 4WfkNq2YmLz4pRt
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 12:25:13 +0200 (CEST)
Date: Wed, 14 Aug 2024 12:25:12 +0200
From: Libero Mail <mailer-daemon@libero.it>
To: privacy@shop.example.be
Subject: Messaggio non consegnato: Please confirm your request
Message-ID: <66bc8a3e.2f10.dsn@libero.it>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="LIBERO-DSN-66bc8a3e-2f10"

--LIBERO-DSN-66bc8a3e-2f10
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Gentile utente,

il messaggio che hai inviato a giulia.rossi88@libero.it non =C3=A8 stato co=
nsegnato
perch=C3=A9 la casella di posta del destinatario =C3=A8 piena.

Il destinatario potr=C3=A0 ricevere nuovi messaggi solo dopo aver liberato
spazio. Ti consigliamo di riprovare pi=C3=B9 tardi.

Dettagli tecnici:
552 5.2.2 Mailbox full - casella piena

Questo messaggio =C3=A8 stato generato automaticamente, ti preghiamo di non
rispondere.

Libero Mail

--LIBERO-DSN-66bc8a3e-2f10
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-in.libero.it
Arrival-Date: Wed, 14 Aug 2024 12:25:10 +0200

Original-Recipient: rfc822;giulia.rossi88@libero.it
Final-Recipient: rfc822; giulia.rossi88@libero.it
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--LIBERO-DSN-66bc8a3e-2f10
Content-Type: text/rfc822-headers

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: giulia.rossi88@libero.it
Subject: Please confirm your request
Date: Wed, 14 Aug 2024 12:25:08 +0200
Message-ID: <172363110881.5531.9910293847561029384@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--LIBERO-DSN-66bc8a3e-2f10--
"""),
    ('en', 'sendmail-mail-delivery-subsystem-plaintext-size', 'automated', (), """Return-Path: <>
Received: from relay.bakkerij-sterckx.be (relay.bakkerij-sterckx.be [203.0.113.150])
	by mx.shop.example.be (Postfix) with ESMTPS id 4WyR0k3BnPz5nXw
	for <privacy@shop.example.be>; Tue,  3 Sep 2024 10:14:55 +0200 (CEST)
Received: from localhost (localhost)
	by relay.bakkerij-sterckx.be (8.15.2/8.15.2) id 4839EqHo031188;
	Tue, 3 Sep 2024 10:14:53 +0200
Date: Tue, 3 Sep 2024 10:14:53 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.bakkerij-sterckx.be>
Message-Id: <202409030814.4839EqHo031188@relay.bakkerij-sterckx.be>
To: <privacy@shop.example.be>
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

The original message was received at Tue, 3 Sep 2024 10:14:52 +0200
from mail.shop.example.be [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<els.sterckx@bakkerij-sterckx.be>
    (reason: 552 5.3.4 Message size exceeds fixed maximum message size)

   ----- Transcript of session follows -----
... while talking to mx.bakkerij-sterckx.be.:
>>> MAIL From:<privacy@shop.example.be> SIZE=31457861
<<< 552 5.3.4 Message size exceeds fixed maximum message size
554 5.0.0 Service unavailable

   ----- Message header follows -----
Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.25])
	by relay.bakkerij-sterckx.be (8.15.2/8.15.2) with ESMTPS id 4839EqHn031188
	for <els.sterckx@bakkerij-sterckx.be>; Tue, 3 Sep 2024 10:14:52 +0200
From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: els.sterckx@bakkerij-sterckx.be
Subject: Your personal data export
Date: Tue, 03 Sep 2024 10:14:49 +0200
Message-ID: <172535120947.1012.6659102938475610293@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===============4411720381958177350=="
"""),
    ('hr', 'hr-mailserver-dsn-local-only', 'automated', (), """Return-Path: <>
Received: from mail.primorka-tekstil.hr (mail.primorka-tekstil.hr [203.0.113.177])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XSg0l5HcRz2mVx
	for <privacy@shop.example.be>; Wed, 23 Oct 2024 12:55:13 +0200 (CEST)
Date: Wed, 23 Oct 2024 12:55:11 +0200
From: =?iso-8859-2?q?Poslu=BEitelj_po=B9te?= <postmaster@primorka-tekstil.hr>
To: privacy@shop.example.be
Subject: =?iso-8859-2?q?Neisporu=E8ena_poruka=3A_Please_confirm_your_request?=
Message-ID: <NDR.20241023125511.771@mail.primorka-tekstil.hr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_Part_NDR_20241023125511_771"

------=_Part_NDR_20241023125511_771
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: quoted-printable

Ovo je automatski generirana poruka poslu=BEitelja elektroni=E8ke po=B9te
mail.primorka-tekstil.hr.

Va=B9u poruku nije bilo mogu=E6e isporu=E8iti sljede=E6em primatelju:

  ivana.horvat@primorka-tekstil.hr
  Razlog: korisni=E8ki pretinac ne postoji

Poruka je vra=E6ena po=B9iljatelju i nalazi se u privitku. Provjerite adresu
primatelja i poku=B9ajte ponovo.

Molimo ne odgovarajte na ovu poruku.

------=_Part_NDR_20241023125511_771
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.primorka-tekstil.hr
Arrival-Date: Wed, 23 Oct 2024 12:55:10 +0200

Final-Recipient: rfc822; ivana.horvat@primorka-tekstil.hr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist

------=_Part_NDR_20241023125511_771
Content-Type: message/rfc822

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: ivana.horvat@primorka-tekstil.hr
Subject: Please confirm your request
Date: Wed, 23 Oct 2024 12:55:07 +0200
Message-ID: <172968030718.3306.8820193847561029384@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request concerning the personal data linked to this e-mail
address. To make sure the request really comes from you, please confirm it
by opening the link below within 14 days:

https://shop.example.be/privacy/confirm/Wz6Kq1Pm4Tx8Rn3D

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team
shop.example.be

------=_Part_NDR_20241023125511_771--
"""),
    ('ro', 'hmailserver-ndr-ordinary-from', 'automated', (), """Return-Path: <office@tipografia-ionescu.ro>
Received: from mail.tipografia-ionescu.ro (mail.tipografia-ionescu.ro [203.0.113.29])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XFn0V2qRlz7cNs
	for <privacy@shop.example.be>; Thu, 26 Sep 2024 09:26:48 +0200 (CEST)
Message-ID: <E6A1B40C-2F8D-4C57-9E31-7A0B2C5D8F11@tipografia-ionescu.ro>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_NextPart_000_001B_01DB0FE1.2C6A7E90"
From: Tipografia Ionescu <office@tipografia-ionescu.ro>
To: privacy@shop.example.be
Subject: Mesaj nelivrat: Please confirm your request
Date: Thu, 26 Sep 2024 10:26:47 +0300

This is a multi-part message in MIME format.

------=_NextPart_000_001B_01DB0FE1.2C6A7E90
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Mesajul dumneavoastr=C4=83 nu a putut fi livrat urm=C4=83torilor destinatar=
i:

    andrei@tipografia-ionescu.ro
    Eroare: 550 Mailbox does not exist. (cutia po=C8=99tal=C4=83 nu exist=
=C4=83)

Mesajul original este ata=C8=99at.

--
Acest mesaj a fost generat automat de serverul de e-mail.

------=_NextPart_000_001B_01DB0FE1.2C6A7E90
Content-Type: message/rfc822
Content-Disposition: attachment

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: andrei@tipografia-ionescu.ro
Subject: Please confirm your request
Date: Thu, 26 Sep 2024 09:26:44 +0200
Message-ID: <172733200422.9904.1029384756109283746@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

We received a request concerning the personal data linked to this e-mail
address. To make sure the request really comes from you, please confirm it
by opening the link below within 14 days:

https://shop.example.be/privacy/confirm/Hv3Rq8Lz5Wp1Xm7K

If you did not make this request, you can ignore this message.

Kind regards,
The privacy team
shop.example.be

------=_NextPart_000_001B_01DB0FE1.2C6A7E90--
"""),
    ('sv', 'smartermail-ndr-ordinary-from-mailbox-full', 'automated', (), """Return-Path: <>
Received: from mail.lindqvistbygg.se (mail.lindqvistbygg.se [203.0.113.63])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XpHs10NqKz5tRw
	for <privacy@shop.example.be>; Thu, 14 Nov 2024 09:53:31 +0100 (CET)
Received: from mail.lindqvistbygg.se by mail.lindqvistbygg.se (SmarterMail Build 9014)
	with ESMTP; Thu, 14 Nov 2024 09:53:30 +0100
From: Lindqvist Bygg AB <info@lindqvistbygg.se>
To: privacy@shop.example.be
Subject: Kunde inte levereras: Please confirm your request
Date: Thu, 14 Nov 2024 09:53:30 +0100
Message-ID: <NDR-c41d7e90a2b84f10@lindqvistbygg.se>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="--=_smartermail_NDR_7fa2b1c4"

----=_smartermail_NDR_7fa2b1c4
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Ditt meddelande kunde inte levereras till f=F6ljande mottagare:

  erik@lindqvistbygg.se: Mottagarens brevl=E5da =E4r full. (552 5.2.2 Mailb=
ox full)

Meddelandets rubrik:

  =C4mne: Please confirm your request
  Skickat: 2024-11-14 09:53

Detta =E4r ett automatiskt meddelande fr=E5n e-postservern.

----=_smartermail_NDR_7fa2b1c4
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.lindqvistbygg.se
Arrival-Date: Thu, 14 Nov 2024 09:53:28 +0100

Final-Recipient: rfc822; erik@lindqvistbygg.se
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

----=_smartermail_NDR_7fa2b1c4
Content-Type: text/rfc822-headers

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: erik@lindqvistbygg.se
Subject: Please confirm your request
Date: Thu, 14 Nov 2024 09:53:26 +0100
Message-ID: <173157440903.7708.4410293847561029385@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

----=_smartermail_NDR_7fa2b1c4--
"""),
    ('es', 'windows-smtp-dsn-delay-es', 'automated', (), """Return-Path: <>
Received: from smtp01.hostal-sierranevada.es (smtp01.hostal-sierranevada.es [203.0.113.81])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XMb8Z0kTqz4nWp
	for <privacy@shop.example.be>; Mon, 7 Oct 2024 16:02:11 +0200
From: postmaster@hostal-sierranevada.es
To: privacy@shop.example.be
Date: Mon, 7 Oct 2024 16:02:11 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01DB18B7A3E0C29100000003smtp01.hostal-sierranevada.es"
Message-ID: <01DB18B7A3E000000a1f@smtp01.hostal-sierranevada.es>
Subject: =?utf-8?q?Notificaci=C3=B3n_de_estado_de_entrega_=28Retraso=29?=

This is a MIME-formatted message.
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01DB18B7A3E0C29100000003smtp01.hostal-sierranevada.es
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Esta es una notificaci=C3=B3n de estado de entrega generada autom=C3=A1tica=
mente.

ESTE ES SOLAMENTE UN MENSAJE DE ADVERTENCIA.
NO ES NECESARIO QUE VUELVA A ENVIAR EL MENSAJE.

La entrega a los siguientes destinatarios se ha retrasado.

       reservas@hostal-sierranevada.es

--9B095B5ADSN=_01DB18B7A3E0C29100000003smtp01.hostal-sierranevada.es
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp01.hostal-sierranevada.es
Arrival-Date: Mon, 7 Oct 2024 12:01:48 +0200

Original-Recipient: rfc822;reservas@hostal-sierranevada.es
Final-Recipient: rfc822; reservas@hostal-sierranevada.es
Action: delayed
Status: 4.4.7
Will-Retry-Until: Wed, 09 Oct 2024 12:01:48 +0200

--9B095B5ADSN=_01DB18B7A3E0C29100000003smtp01.hostal-sierranevada.es
Content-Type: text/rfc822-headers

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: reservas@hostal-sierranevada.es
Subject: Please confirm your request
Date: Mon, 07 Oct 2024 12:01:46 +0200
Message-ID: <172829530801.2218.1102938475610293847@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--9B095B5ADSN=_01DB18B7A3E0C29100000003smtp01.hostal-sierranevada.es--
"""),
    ('it', 'windows-smtp-dsn-delay-it', 'automated', (), """Return-Path: <>
Received: from srvmail.ferramenta-brambilla.it (srvmail.ferramenta-brambilla.it [203.0.113.215])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Y0t3b2WsLz9kRm
	for <privacy@shop.example.be>; Thu, 21 Nov 2024 19:40:32 +0100
From: postmaster@ferramenta-brambilla.it
To: privacy@shop.example.be
Date: Thu, 21 Nov 2024 19:40:32 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01DB3C4E7F12A83000000011srvmail.ferramenta-brambilla.it"
Message-ID: <01DB3C4E7F1200000a1f@srvmail.ferramenta-brambilla.it>
Subject: Notifica stato di recapito (Ritardo)

This is a MIME-formatted message.
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01DB3C4E7F12A83000000011srvmail.ferramenta-brambilla.it
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Notifica dello stato di recapito generata automaticamente.

QUESTO =C3=88 SOLO UN MESSAGGIO DI AVVISO.
NON =C3=88 NECESSARIO INVIARE NUOVAMENTE IL MESSAGGIO.

Il recapito ai seguenti destinatari =C3=A8 stato ritardato.

       ufficio.acquisti@ferramenta-brambilla.it

--9B095B5ADSN=_01DB3C4E7F12A83000000011srvmail.ferramenta-brambilla.it
Content-Type: message/delivery-status

Reporting-MTA: dns; srvmail.ferramenta-brambilla.it
Arrival-Date: Thu, 21 Nov 2024 15:40:02 +0100

Original-Recipient: rfc822;ufficio.acquisti@ferramenta-brambilla.it
Final-Recipient: rfc822; ufficio.acquisti@ferramenta-brambilla.it
Action: delayed
Status: 4.4.7
Will-Retry-Until: Sat, 23 Nov 2024 15:40:02 +0100

--9B095B5ADSN=_01DB3C4E7F12A83000000011srvmail.ferramenta-brambilla.it
Content-Type: text/rfc822-headers

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: ufficio.acquisti@ferramenta-brambilla.it
Subject: Please confirm your request
Date: Thu, 21 Nov 2024 15:40:00 +0100
Message-ID: <173219999911.6650.5540192837465019283@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--9B095B5ADSN=_01DB3C4E7F12A83000000011srvmail.ferramenta-brambilla.it--
"""),
    ('el', 'windows-smtp-dsn-delay-el', 'automated', (), """Return-Path: <>
Received: from mail.olympos-elaia.gr (mail.olympos-elaia.gr [203.0.113.97])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Y3K5q0vRxz2pWn
	for <privacy@shop.example.be>; Tue, 3 Dec 2024 21:15:09 +0200
From: postmaster@olympos-elaia.gr
To: privacy@shop.example.be
Date: Tue, 3 Dec 2024 21:15:09 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01DB45A9C2F5E11000000007mail.olympos-elaia.gr"
Message-ID: <01DB45A9C2F500000a1f@mail.olympos-elaia.gr>
Subject: =?utf-8?b?zpXOuc60zr/PgM6/zq/Ot8+DzrcgzrrOsc+EzqzPg8+EzrHPg863z4Ig?=
 =?utf-8?b?z4DOsc+BzqzOtM6/z4POt8+CICjOms6xzrjPhc+Dz4TOrc+BzrfPg863?=
 =?utf-8?b?KQ==?=

This is a MIME-formatted message.
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01DB45A9C2F5E11000000007mail.olympos-elaia.gr
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=CE=91=CF=85=CF=84=CE=AE =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=BC=CE=B9=CE=B1 =
=CE=B5=CE=B9=CE=B4=CE=BF=CF=80=CE=BF=CE=AF=CE=B7=CF=83=CE=B7 =CE=BA=CE=B1=
=CF=84=CE=AC=CF=83=CF=84=CE=B1=CF=83=CE=B7=CF=82 =CF=80=CE=B1=CF=81=CE=AC=
=CE=B4=CE=BF=CF=83=CE=B7=CF=82 =CF=80=CE=BF=CF=85 =CE=B4=CE=B7=CE=BC=CE=B9=
=CE=BF=CF=85=CF=81=CE=B3=CE=AE=CE=B8=CE=B7=CE=BA=CE=B5 =CE=B1=CF=85=CF=84=
=CF=8C=CE=BC=CE=B1=CF=84=CE=B1.

=CE=91=CE=A5=CE=A4=CE=9F =CE=95=CE=99=CE=9D=CE=91=CE=99 =CE=9C=CE=9F=CE=9D=
=CE=9F =CE=95=CE=9D=CE=91 =CE=A0=CE=A1=CE=9F=CE=95=CE=99=CE=94=CE=9F=CE=A0=
=CE=9F=CE=99=CE=97=CE=A4=CE=99=CE=9A=CE=9F =CE=9C=CE=97=CE=9D=CE=A5=CE=9C=
=CE=91.
=CE=94=CE=95=CE=9D =CE=A7=CE=A1=CE=95=CE=99=CE=91=CE=96=CE=95=CE=A4=CE=91=
=CE=99 =CE=9D=CE=91 =CE=A3=CE=A4=CE=95=CE=99=CE=9B=CE=95=CE=A4=CE=95 =CE=9E=
=CE=91=CE=9D=CE=91 =CE=A4=CE=9F =CE=9C=CE=97=CE=9D=CE=A5=CE=9C=CE=91 =CE=A3=
=CE=91=CE=A3.

=CE=97 =CF=80=CE=B1=CF=81=CE=AC=CE=B4=CE=BF=CF=83=CE=B7 =CF=83=CF=84=CE=BF=
=CF=85=CF=82 =CE=B1=CE=BA=CF=8C=CE=BB=CE=BF=CF=85=CE=B8=CE=BF=CF=85=CF=82 =
=CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=AE=CF=80=CF=84=CE=B5=CF=82 =CE=AD=CF=87=
=CE=B5=CE=B9 =CE=BA=CE=B1=CE=B8=CF=85=CF=83=CF=84=CE=B5=CF=81=CE=AE=CF=83=
=CE=B5=CE=B9.

       logistirio@olympos-elaia.gr

--9B095B5ADSN=_01DB45A9C2F5E11000000007mail.olympos-elaia.gr
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.olympos-elaia.gr
Arrival-Date: Tue, 3 Dec 2024 17:14:40 +0200

Original-Recipient: rfc822;logistirio@olympos-elaia.gr
Final-Recipient: rfc822; logistirio@olympos-elaia.gr
Action: delayed
Status: 4.4.7
Will-Retry-Until: Thu, 05 Dec 2024 17:14:40 +0200

--9B095B5ADSN=_01DB45A9C2F5E11000000007mail.olympos-elaia.gr
Content-Type: text/rfc822-headers

From: "Privacy - shop.example.be" <privacy@shop.example.be>
To: logistirio@olympos-elaia.gr
Subject: Please confirm your request
Date: Tue, 03 Dec 2024 16:14:37 +0100
Message-ID: <173323887733.1180.3302948576610293847@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--9B095B5ADSN=_01DB45A9C2F5E11000000007mail.olympos-elaia.gr--
"""),
    ('de', 'wordpress-cf7-confirmation-copy', 'automated', (), """Return-Path: <wordpress@baeckerei-sommer.de>
Received: from web12.webspace-sued.de (web12.webspace-sued.de [198.51.100.240])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XLp6R3tWqz8mNf
	for <privacy@shop.example.be>; Fri,  4 Oct 2024 15:22:51 +0200 (CEST)
Received: by web12.webspace-sued.de (Postfix, from userid 10044)
	id 7B3F21A0C4E; Fri,  4 Oct 2024 15:22:51 +0200 (CEST)
To: privacy@shop.example.be
Subject: =?utf-8?q?B=C3=A4ckerei_Sommer=3A_Ihre_Nachricht_=22R=C3=BCckfrage_z?=
 =?utf-8?q?u_einer_Bestellung=22?=
Date: Fri, 4 Oct 2024 13:22:51 +0000
From: =?utf-8?q?B=C3=A4ckerei_Sommer?= <wordpress@baeckerei-sommer.de>
Reply-To: info@baeckerei-sommer.de
Message-ID: <Qm9kRW1aT3dTcXhYb1pLd0VhZ0hZQ2lEdz09@www.baeckerei-sommer.de>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Vielen Dank f=C3=BCr Ihre Nachricht! Wir haben folgende Angaben erhalten und
melden uns in K=C3=BCrze bei Ihnen.

Name: Datenschutz Team
E-Mail: privacy@shop.example.be
Betreff: R=C3=BCckfrage zu einer Bestellung
Nachricht:
Guten Tag, bitte rufen Sie uns bez=C3=BCglich der Bestellung vom 02.10. zur=
=C3=BCck.

--
Diese E-Mail ist eine Best=C3=A4tigung, dass ein Kontaktformular auf B=C3=
=A4ckerei
Sommer (https://www.baeckerei-sommer.de) abgesendet wurde.
"""),
    ('en', 'saas-new-login-sendgrid', 'automated', (), """Return-Path: <bounces+31882177-9b2e-privacy=shop.example.be@em7731.planwise.example>
Received: from o2.email.planwise.example (o2.email.planwise.example [198.51.100.162])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Xmv1Q6bKcz4wPr
	for <privacy@shop.example.be>; Tue, 12 Nov 2024 08:41:37 +0100 (CET)
Received: by filterdrecv-7d9c8f7b5-xq2mz with SMTP id filterdrecv-7d9c8f7b5-xq2mz-1-67330681-2C
	2024-11-12 07:41:37.310151592 +0000 UTC m=+2281544.112233445
Date: Tue, 12 Nov 2024 07:41:37 +0000 (UTC)
From: Planwise <security@planwise.example>
Mime-Version: 1.0
Message-ID: <Vw9pZ3q1S8aT0kR2mX7cYQ@geopod-ismtpd-12>
Subject: New sign-in to your Planwise account
To: privacy@shop.example.be
X-SG-EID: u001.Bq3m9aYk1Z2xW7cQ0pLr4sT6vN8eH5jD
X-Entity-ID: u001.kR3vX8bQ1mZ7wT2pY5nL9s==
Content-Type: multipart/alternative; boundary=4b1f2e7d9a0c8b3e6f5d1a2c7e9b0d4f

--4b1f2e7d9a0c8b3e6f5d1a2c7e9b0d4f
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=us-ascii
Mime-Version: 1.0

Hi Privacy team,

We noticed a new sign-in to your Planwise account.

  When:     Tuesday 12 November 2024, 08:41 (CET)
  Device:   Firefox 132 on Windows
  Location: Antwerp, Belgium (approximate)
  IP:       203.0.113.214

If this was you, you can ignore this email.

If you don't recognise this activity, reset your password straight away:
https://app.planwise.example/account/security?ref=3Dlogin-alert

The Planwise team

You are receiving this security notification because it relates to your
account. It cannot be switched off.
Planwise Ltd, 20 Old Street, London EC1V 9AB

--4b1f2e7d9a0c8b3e6f5d1a2c7e9b0d4f
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=us-ascii
Mime-Version: 1.0

<!DOCTYPE html><html><head><meta charset=3D"utf-8"><title>New sign-in</titl=
e></head>
<body style=3D"margin:0;background:#f5f6f8">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center" style=3D"padding:32px 12px">
<table role=3D"presentation" width=3D"560" cellpadding=3D"0" cellspacing=3D=
"0" style=3D"background:#fff;border-radius:8px;font-family:Helvetica,Arial,=
sans-serif;color:#1d2433">
<tr><td style=3D"padding:28px 32px 8px"><img src=3D"https://cdn.planwise.ex=
ample/email/logo.png" width=3D"112" alt=3D"Planwise"></td></tr>
<tr><td style=3D"padding:8px 32px;font-size:20px;font-weight:bold">New sign=
-in to your account</td></tr>
<tr><td style=3D"padding:8px 32px;font-size:15px;line-height:22px">Hi Priva=
cy team,<br><br>We noticed a new sign-in to your Planwise account.</td></tr>
<tr><td style=3D"padding:8px 32px;font-size:14px;line-height:22px;color:#4a=
5568">
<b>When:</b> Tuesday 12 November 2024, 08:41 (CET)<br>
<b>Device:</b> Firefox 132 on Windows<br>
<b>Location:</b> Antwerp, Belgium (approximate)<br>
<b>IP:</b> 203.0.113.214</td></tr>
<tr><td style=3D"padding:16px 32px;font-size:15px">If this was you, you can=
 ignore this email. If you don't recognise this activity, reset your passwo=
rd straight away.</td></tr>
<tr><td style=3D"padding:8px 32px 28px"><a href=3D"https://app.planwise.exa=
mple/account/security?ref=3Dlogin-alert" style=3D"background:#3b5bfd;color:=
#fff;text-decoration:none;padding:12px 20px;border-radius:6px;display:inlin=
e-block">Secure my account</a></td></tr>
</table>
<p style=3D"font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#8a=
94a6">You are receiving this security notification because it relates to yo=
ur account. It cannot be switched off.<br>Planwise Ltd, 20 Old Street, Lond=
on EC1V 9AB</p>
</td></tr></table>
</body></html>

--4b1f2e7d9a0c8b3e6f5d1a2c7e9b0d4f--
"""),
    ('en', 'mailman2-digest', 'automated', (), """Return-Path: <ecommerce-be-bounces@lists.webwinkelforum.example>
Received: from lists.webwinkelforum.example (lists.webwinkelforum.example [198.51.100.70])
	by mx.shop.example.be (Postfix) with ESMTPS id 4X2T1k0sXmz5qNw
	for <privacy@shop.example.be>; Fri, 13 Sep 2024 12:00:04 +0200 (CEST)
Received: from [127.0.0.1] (localhost [127.0.0.1])
	by lists.webwinkelforum.example (Postfix) with ESMTP id 1C0A0602F3;
	Fri, 13 Sep 2024 12:00:03 +0200 (CEST)
From: ecommerce-be-request@lists.webwinkelforum.example
Subject: ecommerce-be Digest, Vol 84, Issue 7
To: ecommerce-be@lists.webwinkelforum.example
Reply-To: ecommerce-be@lists.webwinkelforum.example
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
Message-ID: <mailman.1927.1726221603.1123.ecommerce-be@lists.webwinkelforum.example>
Date: Fri, 13 Sep 2024 12:00:03 +0200
X-BeenThere: ecommerce-be@lists.webwinkelforum.example
X-Mailman-Version: 2.1.39
Precedence: list
List-Id: Belgian e-commerce practitioners <ecommerce-be.lists.webwinkelforum.example>
List-Unsubscribe: <https://lists.webwinkelforum.example/mailman/options/ecommerce-be>,
 <mailto:ecommerce-be-request@lists.webwinkelforum.example?subject=unsubscribe>
List-Archive: <https://lists.webwinkelforum.example/pipermail/ecommerce-be/>
List-Post: <mailto:ecommerce-be@lists.webwinkelforum.example>
List-Help: <mailto:ecommerce-be-request@lists.webwinkelforum.example?subject=help>
List-Subscribe: <https://lists.webwinkelforum.example/mailman/listinfo/ecommerce-be>,
 <mailto:ecommerce-be-request@lists.webwinkelforum.example?subject=subscribe>
Errors-To: ecommerce-be-bounces@lists.webwinkelforum.example
Sender: "ecommerce-be" <ecommerce-be-bounces@lists.webwinkelforum.example>

Send ecommerce-be mailing list submissions to
	ecommerce-be@lists.webwinkelforum.example

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.webwinkelforum.example/mailman/listinfo/ecommerce-be
or, via email, send a message with subject or body 'help' to
	ecommerce-be-request@lists.webwinkelforum.example

You can reach the person managing the list at
	ecommerce-be-owner@lists.webwinkelforum.example

When replying, please edit your Subject line so it is more specific
than "Re: Contents of ecommerce-be digest..."


Today's Topics:

   1. Re: How long do you keep customer data after account
      deletion? (Pieter Claes)
   2. bpost API timeouts this morning? (Sofie Wouters)
   3. Re: How long do you keep customer data after account
      deletion? (Marc Lenaerts)


----------------------------------------------------------------------

Message: 1
Date: Thu, 12 Sep 2024 14:31:09 +0200
From: Pieter Claes <pieter@fietsonderdelen.example>
To: ecommerce-be@lists.webwinkelforum.example
Subject: Re: [ecommerce-be] How long do you keep customer data after
	account deletion?
Message-ID: <a7c2e1f0-55d1-4b9e-8f3c-2d1e0b9a6c44@fietsonderdelen.example>
Content-Type: text/plain; charset=us-ascii; format=flowed

We delete the account straight away but keep invoices for 7 years,
that's what our accountant told us is required in Belgium. Order lines
without an invoice go after 2 years.

Pieter


------------------------------

Message: 2
Date: Fri, 13 Sep 2024 08:12:44 +0200
From: Sofie Wouters <sofie@theewinkel.example>
To: ecommerce-be@lists.webwinkelforum.example
Subject: [ecommerce-be] bpost API timeouts this morning?
Message-ID: <CAF3x9kQw1Z@mail.theewinkel.example>
Content-Type: text/plain; charset="us-ascii"

Hi all, is anyone else getting timeouts on the bpost shipping API since
about 7:30? Our labels are stuck.

Sofie


------------------------------

Message: 3
Date: Fri, 13 Sep 2024 09:47:20 +0200
From: Marc Lenaerts <marc@lenaerts-wijnen.example>
To: ecommerce-be@lists.webwinkelforum.example
Subject: Re: [ecommerce-be] How long do you keep customer data after
	account deletion?
Message-ID: <20240913094720.5b1e@lenaerts-wijnen.example>
Content-Type: text/plain; charset=us-ascii

Same here, 7 years for accounting documents. Newsletter data is removed
the moment someone unsubscribes.

Marc


------------------------------

Subject: Digest Footer

_______________________________________________
ecommerce-be mailing list
ecommerce-be@lists.webwinkelforum.example
https://lists.webwinkelforum.example/mailman/listinfo/ecommerce-be


------------------------------

End of ecommerce-be Digest, Vol 84, Issue 7
*******************************************
"""),
    ('es', 'outlook-read-receipt-html-es', 'automated', (), """Received: from DB7PR02MB4631.eurprd02.prod.outlook.com (2603:10a6:10:4d::20) by
 PAXPR02MB7264.eurprd02.prod.outlook.com with HTTPS; Tue, 8 Oct 2024 07:31:45
 +0000
From: =?utf-8?b?THVjw61hIEZlcm7DoW5kZXo=?= <lucia.fernandez@gestoria-fernandez.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?Le=C3=ADdo=3A_Please_confirm_your_request?=
Thread-Topic: Please confirm your request
Thread-Index: AQHbGU1cR0y3rJ3Zq0KZrRy1Z8mT2g==
Date: Tue, 8 Oct 2024 07:31:44 +0000
Message-ID: <DB7PR02MB4631B1C7E9F0A2D45C83E0B1D87E2@DB7PR02MB4631.eurprd02.prod.outlook.com>
References: <172837164529.4402.7710293847561029384@shop.example.be>
In-Reply-To: <172837164529.4402.7710293847561029384@shop.example.be>
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-organization-scl: -1
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_DB7PR02MB4631B1C7E9F0A2D45C83E0B1D87E2DB7PR02MB4631eurp_"
MIME-Version: 1.0

--_000_DB7PR02MB4631B1C7E9F0A2D45C83E0B1D87E2DB7PR02MB4631eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+Cjxmb250IHNpemU9IjIiPjxz
cGFuIHN0eWxlPSJmb250LXNpemU6MTFwdDsiPgo8ZGl2IGNsYXNzPSJQbGFpblRleHQiPlN1IG1l
bnNhamU8YnI+Cjxicj4KJm5ic3A7IFBhcmE6IEx1Y8OtYSBGZXJuw6FuZGV6PGJyPgombmJzcDsg
QXN1bnRvOiBQbGVhc2UgY29uZmlybSB5b3VyIHJlcXVlc3Q8YnI+CiZuYnNwOyBFbnZpYWRvOiBt
YXJ0ZXMsIDggZGUgb2N0dWJyZSBkZSAyMDI0IDk6MTQ6MDUgKFVUQyswMTowMCkgQnJ1c2VsYXMs
IENvcGVuaGFndWUsIE1hZHJpZCwgUGFyw61zPGJyPgo8YnI+CnNlIGxlecOzIGVsIG1hcnRlcywg
OCBkZSBvY3R1YnJlIGRlIDIwMjQgOTozMTo0NCAoVVRDKzAxOjAwKSBCcnVzZWxhcywgQ29wZW5o
YWd1ZSwgTWFkcmlkLCBQYXLDrXMuPC9kaXY+Cjwvc3Bhbj48L2ZvbnQ+CjwvYm9keT4KPC9odG1s
Pgo=

--_000_DB7PR02MB4631B1C7E9F0A2D45C83E0B1D87E2DB7PR02MB4631eurp_
Content-Type: message/disposition-notification

Reporting-UA: gestoria-fernandez.es; Microsoft Outlook 16.0
Final-Recipient: rfc822;lucia.fernandez@gestoria-fernandez.es
Original-Message-ID: <172837164529.4402.7710293847561029384@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_DB7PR02MB4631B1C7E9F0A2D45C83E0B1D87E2DB7PR02MB4631eurp_--
"""),
    ('it', 'helpdesk-ticket-closed-it', 'automated', (), """Return-Path: <assistenza@motoricambibassi.it>
Received: from out-23.helpdesk-mailer.example.net (out-23.helpdesk-mailer.example.net [198.51.100.23])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XWd2n5Pr0z1mQs
	for <privacy@shop.example.be>; Sat, 26 Oct 2024 03:00:17 +0200 (CEST)
Date: Sat, 26 Oct 2024 01:00:16 +0000
From: Assistenza Clienti - Moto Ricambi Bassi <assistenza@motoricambibassi.it>
Reply-To: assistenza@motoricambibassi.it
To: privacy@shop.example.be
Message-ID: <ticket-58213-closed.671c3f80@motoricambibassi.it>
References: <ticket-58213@motoricambibassi.it>
Subject: =?utf-8?q?Il_ticket_=2358213_=C3=A8_stato_chiuso?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_ticket_58213_close"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

--=_ticket_58213_close
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Gentile cliente,

il ticket #58213 "Please confirm your request" =C3=A8 stato chiuso.

Se la sua richiesta non =C3=A8 stata risolta, risponda a questa e-mail entro
7 giorni e il ticket verr=C3=A0 riaperto automaticamente. Trascorso questo
termine sar=C3=A0 necessario aprire un nuovo ticket.

Grazie per averci contattato,
Assistenza Clienti - Moto Ricambi Bassi

Questa =C3=A8 una notifica automatica.

--=_ticket_58213_close
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#333=
">
<p>Gentile cliente,</p>
<p>il ticket <b>#58213</b> &quot;Please confirm your request&quot; =C3=A8 s=
tato <b>chiuso</b>.</p>
<p>Se la sua richiesta non =C3=A8 stata risolta, risponda a questa e-mail e=
ntro 7 giorni e il ticket verr=C3=A0 riaperto automaticamente. Trascorso qu=
esto termine sar=C3=A0 necessario aprire un nuovo ticket.</p>
<p>Grazie per averci contattato,<br>Assistenza Clienti - Moto Ricambi Bassi=
</p>
<p style=3D"color:#999;font-size:11px">Questa =C3=A8 una notifica automatic=
a.</p>
</body></html>

--=_ticket_58213_close--
"""),
    ('pt', 'helpdesk-csat-survey-pt', 'automated', (), """Return-Path: <inquerito@corticaviva.pt>
Received: from mail.corticaviva.pt (mail.corticaviva.pt [203.0.113.166])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XTq3c1GwYz6kMr
	for <privacy@shop.example.be>; Fri, 25 Oct 2024 10:30:05 +0200 (CEST)
Date: Fri, 25 Oct 2024 09:30:04 +0100
From: =?utf-8?q?Corti=C3=A7a_Viva_-_Apoio_ao_Cliente?= <inquerito@corticaviva.pt>
To: privacy@shop.example.be
Subject: Como avalia o nosso atendimento? (pedido #7730)
Message-ID: <csat-7730-20241025093004@corticaviva.pt>
List-Unsubscribe: <https://inquerito.corticaviva.pt/u/7730>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="csat_7730_b0a1"

--csat_7730_b0a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Recentemente trocou mensagens com a equipa de Apoio ao Cliente da
Corti=C3=A7a Viva (pedido #7730 - "Please confirm your request").

Como avalia o atendimento que recebeu?

  Muito bom:  https://inquerito.corticaviva.pt/r/7730?n=3D5
  Bom:        https://inquerito.corticaviva.pt/r/7730?n=3D4
  Razo=C3=A1vel:   https://inquerito.corticaviva.pt/r/7730?n=3D3
  Mau:        https://inquerito.corticaviva.pt/r/7730?n=3D2

O inqu=C3=A9rito demora menos de 1 minuto. Obrigado pela sua opini=C3=A3o!

Corti=C3=A7a Viva, Lda. - Santa Maria da Feira
Para deixar de receber inqu=C3=A9ritos: https://inquerito.corticaviva.pt/u/=
7730

--csat_7730_b0a1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;background:#faf7f2;paddin=
g:20px">
<div style=3D"max-width:560px;margin:auto;background:#fff;padding:24px;bord=
er-radius:6px">
<p>Ol=C3=A1,</p>
<p>Recentemente trocou mensagens com a equipa de Apoio ao Cliente da Corti=
=C3=A7a Viva (pedido #7730 - &quot;Please confirm your request&quot;).</p>
<p style=3D"font-size:18px"><b>Como avalia o atendimento que recebeu?</b></=
p>
<p>
<a href=3D"https://inquerito.corticaviva.pt/r/7730?n=3D5" style=3D"backgrou=
nd:#2e7d32;color:#fff;padding:8px 12px;text-decoration:none">Muito bom</a>
<a href=3D"https://inquerito.corticaviva.pt/r/7730?n=3D4" style=3D"backgrou=
nd:#7cb342;color:#fff;padding:8px 12px;text-decoration:none">Bom</a>
<a href=3D"https://inquerito.corticaviva.pt/r/7730?n=3D3" style=3D"backgrou=
nd:#fbc02d;color:#fff;padding:8px 12px;text-decoration:none">Razo=C3=A1vel<=
/a>
<a href=3D"https://inquerito.corticaviva.pt/r/7730?n=3D2" style=3D"backgrou=
nd:#e53935;color:#fff;padding:8px 12px;text-decoration:none">Mau</a>
</p>
<p>O inqu=C3=A9rito demora menos de 1 minuto. Obrigado pela sua opini=C3=A3=
o!</p>
<p style=3D"font-size:11px;color:#999">Corti=C3=A7a Viva, Lda. - Santa Mari=
a da Feira<br>
<a href=3D"https://inquerito.corticaviva.pt/u/7730">Deixar de receber inqu=
=C3=A9ritos</a></p>
</div></body></html>

--csat_7730_b0a1--
"""),
    ('fr', 'saas-new-login-fr', 'automated', (), """Return-Path: <0102019372a1b4c5-4e1f2a3b-6c7d-4e8f-9a0b-1c2d3e4f5a6b-000000@eu-west-1.amazonses.com>
Received: from a7-19.smtp-out.eu-west-1.amazonses.com (a7-19.smtp-out.eu-west-1.amazonses.com [54.240.7.19])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Y1z8K0qHnz2rTw
	for <privacy@shop.example.be>; Thu, 28 Nov 2024 14:07:33 +0100 (CET)
From: Factuline <no-reply@factuline.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Nouvelle_connexion_=C3=A0_votre_compte_Factuline?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_4410283_1920384756.1732799252981"
Message-ID: <0102019372a1b4c5-4e1f2a3b-6c7d-4e8f-9a0b-1c2d3e4f5a6b-000000@eu-west-1.amazonses.com>
Date: Thu, 28 Nov 2024 13:07:33 +0000
Feedback-ID: ::1.eu-west-1.Xq8lTr2cZ0mW5bN3yK7vP1sD4fG6hJ9=:AmazonSES
X-SES-Outgoing: 2024.11.28-54.240.7.19

------=_Part_4410283_1920384756.1732799252981
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Une nouvelle connexion =C3=A0 votre compte Factuline a =C3=A9t=C3=A9 d=C3=
=A9tect=C3=A9e.

Date : 28/11/2024 =C3=A0 14:07
Appareil : Safari sur macOS
Lieu approximatif : Bruxelles, Belgique
Adresse IP : 203.0.113.58

Si c'est bien vous, aucune action n'est n=C3=A9cessaire.

Sinon, modifiez imm=C3=A9diatement votre mot de passe :
https://app.factuline.example/securite

L'=C3=A9quipe Factuline
Cet e-mail de s=C3=A9curit=C3=A9 est envoy=C3=A9 automatiquement, merci de =
ne pas y
r=C3=A9pondre.

------=_Part_4410283_1920384756.1732799252981
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,Helvetica,sans-serif;font-size:14px;=
color:#222">
<h2 style=3D"color:#0b4f8a">Nouvelle connexion d=C3=A9tect=C3=A9e</h2>
<p>Bonjour,</p>
<p>Une nouvelle connexion =C3=A0 votre compte Factuline a =C3=A9t=C3=A9 d=
=C3=A9tect=C3=A9e.</p>
<table style=3D"font-size:14px"><tr><td>Date</td><td>28/11/2024 =C3=A0 14:0=
7</td></tr>
<tr><td>Appareil</td><td>Safari sur macOS</td></tr>
<tr><td>Lieu approximatif</td><td>Bruxelles, Belgique</td></tr>
<tr><td>Adresse IP</td><td>203.0.113.58</td></tr></table>
<p>Si c'est bien vous, aucune action n'est n=C3=A9cessaire.</p>
<p>Sinon, <a href=3D"https://app.factuline.example/securite">modifiez imm=
=C3=A9diatement votre mot de passe</a>.</p>
<p style=3D"color:#888;font-size:12px">L'=C3=A9quipe Factuline - Cet e-mail=
 de s=C3=A9curit=C3=A9 est envoy=C3=A9 automatiquement, merci de ne pas y r=
=C3=A9pondre.</p>
</body></html>

------=_Part_4410283_1920384756.1732799252981--
"""),
    ('en', 'person-text-above-pasted-bounce', 'deletion', (), """Return-Path: <mark.jennings@gmx.co.uk>
Received: from mout.gmx.net (mout.gmx.net [212.227.17.21])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Xhd1r6Qc8z3mWp
	for <privacy@shop.example.be>; Mon,  4 Nov 2024 19:09:40 +0100 (CET)
Received: from [192.168.1.64] ([81.100.23.17]) by mail.gmx.net (mrgmx104
 [212.227.17.168]) with ESMTPSA (Nemesis) id 1MlNtF-1tk3sU0XgR-00l2Yd for
 <privacy@shop.example.be>; Mon, 04 Nov 2024 19:09:40 +0100
Message-ID: <3c9b7e2a-61f4-4d0a-b8b5-90f1e2c4d7a3@gmx.co.uk>
Date: Mon, 4 Nov 2024 18:09:38 +0000
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Fwd: Undelivered Mail Returned to Sender
Content-Language: en-GB
From: Mark Jennings <mark.jennings@gmx.co.uk>
To: privacy@shop.example.be
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

This bounced when I wrote to your customer service address, so I'm
trying this one instead. Please delete my account and all the data you
hold about me. The account is under this email address.

Mark Jennings


-------- Forwarded Message --------
Subject: 	Undelivered Mail Returned to Sender
Date: 	Mon, 4 Nov 2024 19:02:11 +0100 (CET)
From: 	Mail Delivery System <MAILER-DAEMON@mx.shop.example.be>
To: 	mark.jennings@gmx.co.uk

This is the mail system at host mx.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                    The mail system

<service@shop.example.be>: unknown user: "service"
"""),
    ('nl', 'person-reuses-out-of-office-thread', 'access', (), """Return-Path: <griet.vermeulen@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Xb0Jx2RkWz8qTs
	for <privacy@shop.example.be>; Sat, 26 Oct 2024 15:40:12 +0200 (CEST)
Received: from LAPTOPGRIET ([94.224.71.130])
	by michel.telenet-ops.be with cmsmtp
	id 8NgC2D00L2p1Qvo01NgCqP; Sat, 26 Oct 2024 15:40:12 +0200
From: "Griet Vermeulen" <griet.vermeulen@telenet.be>
To: <privacy@shop.example.be>
Subject: RE: Out of office
Date: Sat, 26 Oct 2024 15:40:10 +0200
Message-ID: <000801db27b1$3f4d2a10$bde77e30$@telenet.be>
MIME-Version: 1.0
Content-Type: text/plain;
	charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJ0bN4mKp8x2cQ0ZaR1vWc9sE7gYg==
Content-Language: nl-be

Goedemiddag,

Ik antwoord op deze oude mail omdat ik geen ander adres van jullie meer
terugvind. Ik heb vorig jaar een bestelling geplaatst (klantnummer
88213).

Graag ontvang ik een kopie van alle persoonsgegevens die jullie over mij
bewaren, zoals voorzien in artikel 15 van de AVG.

Alvast bedankt,
Griet Vermeulen

-----Oorspronkelijk bericht-----
Van: Klantendienst shop.example.be <service@shop.example.be>
Verzonden: dinsdag 12 maart 2024 08:02
Aan: Griet Vermeulen <griet.vermeulen@telenet.be>
Onderwerp: Out of office

Thank you for your message. Our team is out of the office until 18 March.
We will reply as soon as possible.
"""),
    ('fr', 'person-joke-automatic-reply-subject', 'complaint', ('withdraw_consent',), """Return-Path: <jm.delvaux@skynet.be>
Received: from webmail.skynet.be (webmail.skynet.be [195.238.6.61])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XqS7m1VbCz2wNr
	for <privacy@shop.example.be>; Wed, 13 Nov 2024 21:17:55 +0100 (CET)
MIME-Version: 1.0
Date: Wed, 13 Nov 2024 21:17:54 +0100
From: Jean-Marc Delvaux <jm.delvaux@skynet.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?R=C3=A9ponse_automatique_=3A_STOP_newsletter?=
Message-ID: <4a8d2e3f91b0c7a6e5d4c3b2a1f0e9d8@skynet.be>
X-Sender: jm.delvaux@skynet.be
User-Agent: Roundcube Webmail/1.6.6
Content-Type: text/plain; charset=UTF-8;
 format=flowed
Content-Transfer-Encoding: quoted-printable

Non, ce n'est pas une vraie r=C3=A9ponse automatique. Mais puisque vous sem=
blez
ne lire que celles-l=C3=A0...

Je vous demande pour la troisi=C3=A8me fois de ne plus m'envoyer votre
newsletter et de retirer mon adresse de toutes vos listes de diffusion.
Je retire mon consentement, purement et simplement.

Jean-Marc Delvaux
"""),
    ('de', 'person-noreply-looking-address', 'correction', (), """Return-Path: <noreply.jan.becker@posteo.de>
Received: from mout01.posteo.de (mout01.posteo.de [185.67.36.65])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XlQ2f5XpSz7rKm
	for <privacy@shop.example.be>; Sun, 10 Nov 2024 11:03:27 +0100 (CET)
Received: from submission (posteo.de [185.67.36.169])
	by mout01.posteo.de (Postfix) with ESMTPS id 4XlQ2d6Vb7z9rHh
	for <privacy@shop.example.be>; Sun, 10 Nov 2024 11:03:25 +0100 (CET)
Message-ID: <b0e1c27d-4f5a-4e83-9c6d-7a2b1f0e3d58@posteo.de>
Date: Sun, 10 Nov 2024 10:03:25 +0000
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
To: privacy@shop.example.be
From: Jan Becker <noreply.jan.becker@posteo.de>
Subject: Falsche Adresse in meinem Kundenkonto
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: quoted-printable

Hallo,

in meinem Kundenkonto ist noch meine alte Anschrift gespeichert
(Lindenstra=C3=9Fe 4, 50674 K=C3=B6ln). Bitte korrigieren Sie sie auf:

Jan Becker
Am Kanal 12
50667 K=C3=B6ln

Online kann ich sie nicht selbst =C3=A4ndern, das Formular zeigt bei der
Postleitzahl immer einen Fehler an.

Viele Gr=C3=BC=C3=9Fe
Jan Becker
"""),
    ('en', 'person-shared-team-mailbox', 'objection', (), """Received: from LO4P265MB6411.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2c1::9) by
 CWLP265MB3187.GBRP265.PROD.OUTLOOK.COM with HTTPS; Wed, 4 Dec 2024 11:26:09
 +0000
From: Accounts Team <accounts@brightwater-studio.co.uk>
Sender: Laura Peeters <laura.peeters@brightwater-studio.co.uk>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Objection to profiling - business account
Thread-Topic: Objection to profiling - business account
Thread-Index: AdtGN7m2pQ0x5KcZRk2WyL0tq1fH8w==
Date: Wed, 4 Dec 2024 11:26:08 +0000
Message-ID: <LO4P265MB64119D2E7A0C31B5F48E2A61C5372@LO4P265MB6411.GBRP265.PROD.OUTLOOK.COM>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_LO4P265MB64119D2E7A0C31B5F48E2A61C5372LO4P265MB6411GBRP_"
MIME-Version: 1.0

--_000_LO4P265MB64119D2E7A0C31B5F48E2A61C5372LO4P265MB6411GBRP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGVsbG8sCgpJJ20gd3JpdGluZyBmcm9tIG91ciBzaGFyZWQgYWNjb3VudHMgbWFpbGJveCwgYXMg
dGhhdCBpcyB0aGUgYWRkcmVzcyBvdXIKYnVzaW5lc3MgYWNjb3VudCB3aXRoIHlvdSBpcyByZWdp
c3RlcmVkIHRvLiBNeSBuYW1lIGlzIExhdXJhIFBlZXRlcnMKYW5kIEkgbWFuYWdlIHRoZSBhY2Nv
dW50LgoKV2Ugb2JqZWN0IHRvIG91ciBwdXJjaGFzZSBoaXN0b3J5IGJlaW5nIHVzZWQgdG8gcHJv
ZmlsZSB1cyBmb3IKcGVyc29uYWxpc2VkIG9mZmVycyBhbmQgYWR2ZXJ0aXNpbmcgKEFydGljbGUg
MjEgR0RQUikuIFBsZWFzZSBzdG9wIGFueQpzdWNoIHByb2ZpbGluZyBmb3IgdGhpcyBhY2NvdW50
IGFuZCBjb25maXJtIG9uY2UgaXQncyBkb25lLgoKUmVnYXJkcywKTGF1cmEgUGVldGVycwpGaW5h
bmNlICYgQWNjb3VudHMgVGVhbQpCcmlnaHR3YXRlciBTdHVkaW8gTHRkCg==

--_000_LO4P265MB64119D2E7A0C31B5F48E2A61C5372LO4P265MB6411GBRP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD4KPGJvZHk+PGRpdiBzdHlsZT0iZm9udC1mYW1p
bHk6QXB0b3MsQ2FsaWJyaSxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxMnB0Ij4KPHA+SGVsbG8sPC9w
Pgo8cD5JJ20gd3JpdGluZyBmcm9tIG91ciBzaGFyZWQgYWNjb3VudHMgbWFpbGJveCwgYXMgdGhh
dCBpcyB0aGUgYWRkcmVzcyBvdXIgYnVzaW5lc3MgYWNjb3VudCB3aXRoIHlvdSBpcyByZWdpc3Rl
cmVkIHRvLiBNeSBuYW1lIGlzIExhdXJhIFBlZXRlcnMgYW5kIEkgbWFuYWdlIHRoZSBhY2NvdW50
LjwvcD4KPHA+V2Ugb2JqZWN0IHRvIG91ciBwdXJjaGFzZSBoaXN0b3J5IGJlaW5nIHVzZWQgdG8g
cHJvZmlsZSB1cyBmb3IgcGVyc29uYWxpc2VkIG9mZmVycyBhbmQgYWR2ZXJ0aXNpbmcgKEFydGlj
bGUgMjEgR0RQUikuIFBsZWFzZSBzdG9wIGFueSBzdWNoIHByb2ZpbGluZyBmb3IgdGhpcyBhY2Nv
dW50IGFuZCBjb25maXJtIG9uY2UgaXQncyBkb25lLjwvcD4KPHA+UmVnYXJkcyw8YnI+TGF1cmEg
UGVldGVyczxicj5GaW5hbmNlICZhbXA7IEFjY291bnRzIFRlYW08YnI+QnJpZ2h0d2F0ZXIgU3R1
ZGlvIEx0ZDwvcD4KPC9kaXY+PC9ib2R5PjwvaHRtbD4K

--_000_LO4P265MB64119D2E7A0C31B5F48E2A61C5372LO4P265MB6411GBRP_--
"""),
    ('es', 'person-forwards-bounce-as-attachment', 'deletion', (), """Return-Path: <carmen.ortega@ono.example.es>
Received: from smtp.ono.example.es (smtp.ono.example.es [198.51.100.144])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XPLr41YqHz5nKs
	for <privacy@shop.example.be>; Tue, 15 Oct 2024 17:31:02 +0200 (CEST)
From: "Carmen Ortega" <carmen.ortega@ono.example.es>
To: <privacy@shop.example.be>
Subject: RV: Mail delivery failed: returning message to sender
Date: Tue, 15 Oct 2024 17:31:00 +0200
Message-ID: <002101db1f14$a8c3e0b0$fa4ba210$@ono.example.es>
MIME-Version: 1.0
Content-Type: multipart/mixed;
	boundary="----=_NextPart_000_0022_01DB1F25.6C4CB0B0"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbHxSo0Y5cZ2b1Ek6r0yq6T9wXbQ==
Content-Language: es

This is a multipart message in MIME format.

------=_NextPart_000_0022_01DB1F25.6C4CB0B0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Buenas tardes:

Intent=E9 escribir a su direcci=F3n de atenci=F3n al cliente y me devolvi=
=F3 el
mensaje que les adjunto. Por favor, borren mi cuenta y todos mis datos
personales. Mi n=FAmero de cliente es 100482.

Un saludo,
Carmen Ortega

------=_NextPart_000_0022_01DB1F25.6C4CB0B0
Content-Type: message/rfc822
Content-Disposition: attachment

Return-Path: <>
Received: from mx.shop.example.be ([192.0.2.20])
	by smtp.ono.example.es with ESMTP id 1tBnQ4-0007Xy-3c
	for carmen.ortega@ono.example.es; Tue, 15 Oct 2024 17:22:40 +0200
X-Failed-Recipients: atencion@shop.example.be
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.shop.example.be>
To: carmen.ortega@ono.example.es
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tBnQ4-0007Xy-3c@mx.shop.example.be>
Date: Tue, 15 Oct 2024 17:22:40 +0200
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  atencion@shop.example.be
    Unrouteable address

------=_NextPart_000_0022_01DB1F25.6C4CB0B0--
"""),
    ('it', 'person-replies-to-our-auto-ack', 'portability', (), """Return-Path: <francesca.moretti.fm@gmail.com>
Received: from mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47])
	by mx.shop.example.be (Postfix) with ESMTPS id 4XNB6J2CrPz3pMt
	for <privacy@shop.example.be>; Tue,  8 Oct 2024 21:44:09 +0200 (CEST)
MIME-Version: 1.0
References: <172837211903.4410.5561029384756019283@shop.example.be>
In-Reply-To: <172837211903.4410.5561029384756019283@shop.example.be>
From: Francesca Moretti <francesca.moretti.fm@gmail.com>
Date: Tue, 8 Oct 2024 21:43:55 +0200
Message-ID: <CAH3kP0vX9wq1Qm7ZrT5bLd8nYs2F4jGc6Ue0aR9tWk1pNzo3hA@mail.gmail.com>
Subject: Re: Automatic reply: we have received your message
To: "Privacy - shop.example.be" <privacy@shop.example.be>
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f60718"

--000000000000a1b2c3d4e5f60718
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Buongiorno,

rispondo al vostro messaggio automatico. Vorrei ricevere tutti i dati
che avete su di me (ordini, indirizzi, preferenze) in un formato
leggibile da computer, CSV o JSON, perch=C3=A9 voglio trasferirli a un altro
negozio. =C3=88 il mio diritto alla portabilit=C3=A0 dei dati.

Grazie,
Francesca Moretti

Il giorno mar 8 ott 2024 alle ore 09:21 Privacy - shop.example.be <
privacy@shop.example.be> ha scritto:

> This is an automatic message. We have received your e-mail and will
> answer within one month.
> Please do not reply to this message.
>

--000000000000a1b2c3d4e5f60718
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Buongiorno,</div><div><br></div><div>rispondo al vost=
ro messaggio automatico. Vorrei ricevere tutti i dati che avete su di me (o=
rdini, indirizzi, preferenze) in un formato leggibile da computer, CSV o JS=
ON, perch=C3=A9 voglio trasferirli a un altro negozio. =C3=88 il mio diritt=
o alla portabilit=C3=A0 dei dati.</div><div><br></div><div>Grazie,</div><di=
v>Francesca Moretti</div></div><br><div class=3D"gmail_quote"><div dir=3D"l=
tr" class=3D"gmail_attr">Il giorno mar 8 ott 2024 alle ore 09:21 Privacy - =
shop.example.be &lt;<a href=3D"mailto:privacy@shop.example.be">privacy@shop=
.example.be</a>&gt; ha scritto:<br></div><blockquote class=3D"gmail_quote" =
style=3D"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);pa=
dding-left:1ex">This is an automatic message. We have received your e-mail =
and will answer within one month.<br>Please do not reply to this message.<b=
r>
</blockquote></div>

--000000000000a1b2c3d4e5f60718--
"""),
    ('pl', 'person-complains-delivery-failure-subject', 'complaint', (), """Return-Path: <p.wroblewski@interia.pl>
Received: from smtpo.poczta.interia.pl (smtpo.poczta.interia.pl [217.74.67.52])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Xr8Wn0LkFz4mVp
	for <privacy@shop.example.be>; Thu, 14 Nov 2024 22:05:48 +0100 (CET)
Date: Thu, 14 Nov 2024 22:05:46 +0100
From: =?utf-8?q?Piotr_Wr=C3=B3blewski?= <p.wroblewski@interia.pl>
Subject: Mail Delivery Failure - znowu!!!
To: privacy@shop.example.be
X-Mailer: interia.pl/pf09
Message-Id: <hjqbwkzuvtxmndprlsfe@uwaeq>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

po raz trzeci dostaj=C4=99 "Mail Delivery Failure", kiedy pisz=C4=99 na adr=
es
podany na Pa=C5=84stwa stronie (dane@shop.example.be). Od dw=C3=B3ch miesi=
=C4=99cy nie
mog=C4=99 si=C4=99 dowiedzie=C4=87, co dzieje si=C4=99 z moim =C5=BC=C4=85d=
aniem usuni=C4=99cia danych.

To jest niedopuszczalne. Je=C5=9Bli w ci=C4=85gu 7 dni nie otrzymam odpowie=
dzi,
z=C5=82o=C5=BC=C4=99 skarg=C4=99 do Prezesa Urz=C4=99du Ochrony Danych Osob=
owych.

Piotr Wr=C3=B3blewski
"""),
]

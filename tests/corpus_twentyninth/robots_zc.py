"""Twenty-ninth set, automatic replies of the mail products and organisations of Central, Northern and South-Eastern Europe, and people who write like them (14 languages). Written apart from the code."""

ROBOTS = [
    ('pl', 'exchange-online-oof-pl', 'automated', (), """\
Return-Path: <>
Received: from AM9PR07MB7123.eurprd07.prod.outlook.com (2603:10a6:20b:7a8::41) by AM4PR06MB1383.eurprd07.prod.outlook.com
 with HTTPS; Mon, 16 Nov 2026 08:14:03 +0000
Received: from EUR04-DB8-obe.outbound.protection.outlook.com (mail-db8eur03on2052.outbound.protection.outlook.com [40.107.97.4])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqFA16D4567
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 09:14:05 +0100 (CET)
From: =?utf-8?B?V2nFm25pZXdza2EgQW5uYQ==?= <anna.wisniewska@lumenbud.pl>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?QXV0b21hdHljem5hIG9kcG93aWVkxbo6IFBvdHdpZXJkxbogc3dvamUg?=
 =?utf-8?B?xbzEhWRhbmllIOKAkyBQUlYtMjAyNi0xMTUwMg==?=
Thread-Topic: =?utf-8?B?UG90d2llcmTFuiBzd29qZSDFvMSFZGFuaWUg4oCTIA==?=
 =?utf-8?B?UFJWLTIwMjYtMTE1MDI=?=
Thread-Index: AQHNFoZp3o4AqB4cXchz/TPohCw==
Date: Mon, 16 Nov 2026 08:14:03 +0000
Message-ID: <2C4C59D64883A7F1C7C02653454e@AM9PR07MB7123.eurprd07.prod.outlook.com>
References: <prv-2026-11502.1763280622.4471@shop.example.be>
In-Reply-To: <prv-2026-11502.1763280622.4471@shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_808726C34169F9B753F8DE14F5D4BD99_"
MIME-Version: 1.0

--_000_808726C34169F9B753F8DE14F5D4BD99_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RHppZcWEIGRvYnJ5LAoKZHppxJlrdWrEmSB6YSB3aWFkb21vxZvEhy4gUHJ6ZWJ5d2FtIG5hIHVy
bG9waWUgZG8gMjAuMTEuMjAyNiByLiAod8WCxIVjem5pZSkgeiBvZ3Jhbmljem9ueW0gZG9zdMSZ
cGVtIGRvIHBvY3p0eS4KVyBzcHJhd2FjaCBwaWxueWNoIHByb3N6xJkgbyBrb250YWt0IHogcC4g
VG9tYXN6ZW0gWmllbGnFhHNraW06IHRvbWFzei56aWVsaW5za2lAbHVtZW5idWQucGwsIHRlbC4g
KzQ4IDIyIDU1NSAxNCAyMC4KClogcG93YcW8YW5pZW0KQW5uYSBXacWbbmlld3NrYQpTcGVjamFs
aXN0YSBkcy4gWmFrdXDDs3cKTFVNRU5CVUQgU3AuIHogby5vLgp1bC4gTWFyc3phxYJrb3dza2Eg
MTQyLCAwMC0wNjEgV2Fyc3phd2EK

--_000_808726C34169F9B753F8DE14F5D4BD99_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Dzie=C5=84 dobry,<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Przebywam=
 na urlopie do 20.11.2026 r. (w=C5=82=C4=85cznie) z ograniczonym dost=C4=99=
pem do poczty.<o:p></o:p></p>
<p class=3D"MsoNormal">W sprawach pilnych prosz=C4=99 o kontakt z p. Tomasz=
em Zieli=C5=84skim: tomasz.zielinski@lumenbud.pl, tel. +48 22 555 14 20.<o:=
p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Z powa=C5=BCaniem<o:p></o:p></p>
<p class=3D"MsoNormal">Anna Wi=C5=9Bniewska<o:p></o:p></p>
<p class=3D"MsoNormal">Specjalista ds. Zakup=C3=B3w<o:p></o:p></p>
<p class=3D"MsoNormal">LUMENBUD Sp. z o.o.<o:p></o:p></p>
<p class=3D"MsoNormal">ul. Marsza=C5=82kowska 142, 00-061 Warszawa<o:p></o:=
p></p>
</div>
</body>
</html>

--_000_808726C34169F9B753F8DE14F5D4BD99_--
"""),
    ('pl', 'wp-poczta-autoresponder', 'automated', (), """\
Return-Path: <krzysiek_88@wp.pl>
Received: from mx.wp.pl (mx.wp.pl [212.77.101.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqB7C1F2D09
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 15:50:11 +0100 (CET)
Received: (wp-smtpd smtp.wp.pl 4157 invoked from network); 17 Nov 2026 15:50:10 +0100
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=wp.pl; s=1024a;
	t=1795013410; bh=Yv3wq9vJ8pQm1bKzR0XoTt2cNf5lHsA7uEgW4dDiPcU=;
	h=From:To:Subject;
	b=Qk2mXb8w0Zr9LfVdT1nC7yH3pUeS5aJ6oKqM4gIvB2tWcR8xN0lF9zEhY1sDjPuA
	 n3Vb7QeLm5Tr2XoKc8wZ
Date: Tue, 17 Nov 2026 15:50:10 +0100
From: krzysiek_88@wp.pl
To: privacy@shop.example.be
Subject: =?iso-8859-2?Q?Re=3A_Twoje_=BF=B1danie_dost=EApu_do_danych_=2D_?=
 =?iso-8859-2?Q?PRV=2D2026=2D11517?=
Message-ID: <d2bd594966e1419d045174bbac351d59@wp.pl>
In-Reply-To: <prv-2026-11517.1763391004.1180@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: quoted-printable
X-WP-MailID: d4a2e7b57996bdc2108a43c5f0e60f6e
X-WP-AV: skaner antywirusowy Poczty Wirtualnej Polski
X-WP-SPAM: NO 0000000 [0TPk]

Dzi=EAki za maila :)
Jestem poza domem do 23 listopada i raczej nie b=EAd=EA sprawdza=B3 poczty.
Odpisz=EA jak wr=F3c=EA.
Krzysiek
"""),
    ('pl', 'onet-poczta-autoresponder', 'automated', (), """\
Return-Path: <>
Received: from smtpo84.poczta.onet.pl (smtpo84.poczta.onet.pl [213.180.149.137])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqC22A0B731
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 11:02:47 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=op.pl; s=2011;
	t=1795082567; bh=2wq5h7ZJc0yXb1pRk9LtN3uVmE6sDaQ4oFgI8rHcTKw=;
	h=Date:From:To:Subject:From;
	b=XeT4m9Bk2Rw7qLzN0pVj5cYuH8sF1aGd3oKiE6tMnQ2bWrP9xZ0lJ4vCyA7hSgUe
Date: Wed, 18 Nov 2026 11:02:47 +0100
From: Halina Nowak <halinka.nowak@op.pl>
To: privacy@shop.example.be
Subject: Autoodpowiedz: Re: =?UTF-8?Q?Korekta_danych_=E2=80=93_PRV-2026-11530?=
Message-ID: <a5fead40d6e95f82d01501e0@smtp.poczta.onet.pl>
In-Reply-To: <prv-2026-11530.1763478100.2210@shop.example.be>
References: <prv-2026-11530.1763478100.2210@shop.example.be>
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Witam,

obecnie przebywam na zwolnieniu lekarskim (L4) do 27.11.2026 r.
Na wiadomości odpowiem niezwłocznie po powrocie.
W sprawach dotyczących wspólnoty mieszkaniowej proszę dzwonić do administratora: 601 234 567.

Pozdrawiam serdecznie
Halina Nowak

---
Wiadomość wygenerowana automatycznie.
"""),
    ('pl', 'municipality-ezd-registration', 'automated', (), """\
Return-Path: <ezd-noreply@zielonewzgorza.pl>
Received: from ezd.zielonewzgorza.pl (ezd.zielonewzgorza.pl [188.114.21.40])
	by mx1.shop.example.be (Postfix) with ESMTP id 4DqD0E91C455
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 10:11:38 +0100 (CET)
Date: Mon, 16 Nov 2026 10:11:36 +0100 (CET)
From: Kancelaria Urzedu Miasta <ezd-noreply@zielonewzgorza.pl>
To: privacy@shop.example.be
Message-ID: <1449203318.5512.1795079496001@ezd.zielonewzgorza.pl>
Subject: =?UTF-8?Q?Potwierdzenie_zarejestrowania_wiadomo=C5=9Bci_KAN-OR.0003.2317.2026?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Mailer: EZD RP

Szanowni Pa=C5=84stwo,

uprzejmie informujemy, =C5=BCe Pa=C5=84stwa wiadomo=C5=9B=C4=87 wp=C5=82yn=
=C4=99=C5=82a do Urz=C4=99du Miasta Zielone Wzg=C3=B3rza w dniu 16.11.2026 =
r. o godz. 10:11 i zosta=C5=82a zarejestrowana w systemie Elektronicznego Z=
arz=C4=85dzania Dokumentacj=C4=85 (EZD) pod numerem:

    KAN-OR.0003.2317.2026

Sprawa zostanie przekazana do w=C5=82a=C5=9Bciwej kom=C3=B3rki organizacyjn=
ej i rozpatrzona w terminach okre=C5=9Blonych w Kodeksie post=C4=99powania =
administracyjnego, a w przypadku petycji =E2=80=93 w ustawie z dnia 11 lipc=
a 2014 r. o petycjach.

Niniejsza wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie. Pros=
imy na ni=C4=85 nie odpowiada=C4=87.

Kancelaria Og=C3=B3lna
Urz=C4=85d Miasta Zielone Wzg=C3=B3rza
ul. Ratuszowa 1, 62-100 Zielone Wzg=C3=B3rza
tel. 61 333 20 00, e-PUAP: /UMZW/SkrytkaESP

----- Tre=C5=9B=C4=87 otrzymanej wiadomo=C5=9Bci -----
Od: Zesp=C3=B3=C5=82 ochrony danych <privacy@shop.example.be>
Do: j.kaczmarek@zielonewzgorza.pl
Temat: Twoje =C5=BC=C4=85danie usuni=C4=99cia danych =E2=80=93 PRV-2026-115=
44

Dzie=C5=84 dobry,

otrzymali=C5=9Bmy Pana =C5=BC=C4=85danie usuni=C4=99cia konta i danych osob=
owych. Aby je potwierdzi=C4=87, prosimy klikn=C4=85=C4=87 w poni=C5=BCszy l=
ink (wa=C5=BCny 7 dni):
https://shop.example.be/privacy/confirm/7c1e9a04f3b2

Zesp=C3=B3=C5=82 ochrony danych
shop.example.be

> Prosz=C4=99 o usuni=C4=99cie mojego konta oraz wszystkich moich danych os=
obowych z Pa=C5=84stwa sklepu.
> Jan Kaczmarek
"""),
    ('pl', 'interia-autoresponder-emoji', 'automated', (), """\
Return-Path: <>
Received: from smtp.poczta.interia.pl (smtp.poczta.interia.pl [217.74.65.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqE5A2B1C60
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 07:48:20 +0100 (CET)
Date: Thu, 19 Nov 2026 07:48:19 +0100
From: Kasia Lewandowska <kasia.lewandowska@interia.pl>
To: privacy@shop.example.be
Message-ID: <982c23959206edc6193f@poczta.interia.pl>
In-Reply-To: <prv-2026-11561.1763600127.3302@shop.example.be>
Subject: =?UTF-8?B?8J+MtCBVcmxvcCBkbyAyNC4xMQ==?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_553583_158663369.1795102205432"
Auto-Submitted: auto-replied
X-Interia-R: Interia
X-Interia-R-IP: 217.74.65.41
X-Interia-Antivirus: OK

------=_Part_553583_158663369.1795102205432
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

=F0=9F=8C=B4=F0=9F=8C=B4=F0=9F=8C=B4 URLOP =F0=9F=8C=B4=F0=9F=8C=B4=F0=9F=
=8C=B4

Hej! Wygrzewam si=C4=99 na Teneryfie do 24.11 =E2=98=80=EF=B8=8F
Maile czytam po powrocie, wi=C4=99c cierpliwo=C5=9Bci =F0=9F=99=82
Sprawy sklepu internetowego: sklep@dom-i-ogrod-kasia.pl

Kasia

------=_Part_553583_158663369.1795102205432
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family: Arial; font-size: 14px">=F0=9F=8C=B4=F0=9F=8C=B4=
=F0=9F=8C=B4 <b>URLOP</b> =F0=9F=8C=B4=F0=9F=8C=B4=F0=9F=8C=B4<br><br>Hej! =
Wygrzewam si=C4=99 na Teneryfie do 24.11 =E2=98=80=EF=B8=8F<br>Maile czytam=
 po powrocie, wi=C4=99c cierpliwo=C5=9Bci =F0=9F=99=82<br>Sprawy sklepu int=
ernetowego: <a href=3D"mailto:sklep@dom-i-ogrod-kasia.pl">sklep@dom-i-ogrod=
-kasia.pl</a><br><br>Kasia</div>

------=_Part_553583_158663369.1795102205432--
"""),
    ('pl', 'person-on-holiday-newsletter', 'withdraw_consent', (), """\
Return-Path: <m.szymanska@gmail.com>
Received: by mail-lf1-f52.google.com with SMTP id 2adb3069b0e04-59a1c2e4b51so1184223e87.2
        for <privacy@shop.example.be>; Fri, 06 Nov 2026 06:31:12 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?Q?Magdalena_Szyma=C5=84ska?= <m.szymanska@gmail.com>
Date: Fri, 6 Nov 2026 15:31:01 +0100
Message-ID: <CAOwCBHUgdvjfyvwZXHJUmhN68OKyGrV4GqRsVdr4XQIix@mail.gmail.com>
Subject: urlop / newsletter
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

jestem obecnie na urlopie do 15 listopada i mam ograniczony dost=C4=99p do =
poczty, ale prosz=C4=99 w mi=C4=99dzyczasie wypisa=C4=87 mnie z newslettera=
, bo codziennie przychodz=C4=85 mi od Pa=C5=84stwa maile z promocjami i zap=
ychaj=C4=85 skrzynk=C4=99. Adres: m.szymanska@gmail.com

Nie chc=C4=99 =C5=BCadnych wiadomo=C5=9Bci marketingowych, samo konto niech=
 zostanie.

Pozdrawiam
Magdalena Szyma=C5=84ska

Wys=C5=82ane z iPhone'a
"""),
    ('pl', 'person-confirm-reply-potwierdzam', 'deletion', ('withdraw_consent',), """\
Return-Path: <marek.wojcik@o2.pl>
Received: from smtpo.poczta.o2.pl (smtpo.poczta.o2.pl [193.17.41.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqF1B8E0A12
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 21:07:44 +0100 (CET)
Date: Sat, 21 Nov 2026 21:07:40 +0100
From: =?UTF-8?Q?Marek_W=C3=B3jcik?= <marek.wojcik@o2.pl>
To: =?UTF-8?Q?Zesp=C3=B3=C5=82_ochrony_danych?= <privacy@shop.example.be>
Subject: =?UTF-8?Q?Re:_Potwierd=C5=BA_swoje_=C5=BC=C4=85danie_=E2=80=93_PRV-2026-11620?=
Message-ID: <b65ad3a36919cb0cd3ec601d@o2.pl>
In-Reply-To: <prv-2026-11620.1763713020.9045@shop.example.be>
References: <prv-2026-11620.1763713020.9045@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
User-Agent: Poczta o2

Potwierdzam.
Chcę, żeby moje konto i wszystkie dane zostały usunięte. Przy okazji proszę od razu wypisać mnie z newslettera, żeby nic już nie przychodziło zanim konto zniknie.

Marek Wójcik

W dniu 21.11.2026 o 09:17, Zespół ochrony danych <privacy@shop.example.be> napisał(a):
> Dzień dobry,
>
> otrzymaliśmy żądanie usunięcia konta powiązanego z adresem marek.wojcik@o2.pl.
> Aby je potwierdzić, prosimy odpowiedzieć na tę wiadomość lub kliknąć w link:
> https://shop.example.be/privacy/confirm/a90f3c21d7e4
>
> Zespół ochrony danych
> shop.example.be
"""),
    ('cs', 'exchange-2019-onprem-oof-cs', 'automated', (), """\
Return-Path: <>
Received: from EXCH02.strojirny-zabreh.local (53.89.223.247) by mx1.shop.example.be (Postfix) with ESMTPS id 4Dq7BD5AAF3C
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 08:02:58 +0100 (CET)
From: =?utf-8?B?RHZvxZnDoWsgSmFuLCBJbmcu?= <jan.dvorak@strojirny-zabreh.cz>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?QXV0b21hdGlja8OhIG9kcG92xJvEjzogVmHFoWUgxb7DoWRvc3QgbyA=?=
 =?utf-8?B?cMWZw61zdHVwIGsgb3NvYm7DrW0gw7pkYWrFr20g4oCTIA==?=
 =?utf-8?B?UFJWLTIwMjYtMTE0ODg=?=
Thread-Topic: =?utf-8?B?VmHFoWUgxb7DoWRvc3QgbyBwxZnDrXN0dXAgayBvc29ibsOtbSA=?=
 =?utf-8?B?w7pkYWrFr20g4oCTIFBSVi0yMDI2LTExNDg4?=
Thread-Index: AQHq4ArtRKfAUsmzOnm5xOZapdk==
Date: Mon, 16 Nov 2026 07:02:55 +0000
Message-ID: <A3A7B2F5908551B1E1E5f12edda8@EXCH02.strojirny-zabreh.local>
References: <prv-2026-11488.1763201145.6610@shop.example.be>
In-Reply-To: <prv-2026-11488.1763201145.6610@shop.example.be>
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_337AB9BA18FDE2F24A3D492F64F6663F_"
MIME-Version: 1.0

--_000_337AB9BA18FDE2F24A3D492F64F6663F_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RG9icsO9IGRlbiwKCm9kIDE2LiAxMS4gZG8gMjAuIDExLiAyMDI2IGpzZW0gbmEgc2x1xb5lYm7D
rSBjZXN0xJsgdiBOxJttZWNrdSwgMTcuIDExLiBqZSBuYXbDrWMgc3TDoXRuw60gc3bDoXRlay4g
RS1tYWlseSDEjXR1IGplbiBuZXByYXZpZGVsbsSbLgpWIG5hbMOpaGF2w71jaCBwxZnDrXBhZGVj
aCBwcm9zw61tIGtvbnRha3R1anRlIGtvbGVneW5pIEluZy4gUGV0cnUgTm92w6Frb3ZvdSwgdGVs
LiArNDIwIDYwMiAxMjMgNDU2LCBwZXRyYS5ub3Zha292YUBzdHJvamlybnktemFicmVoLmN6LgoK
UyBwb3pkcmF2ZW0KCkluZy4gSmFuIER2b8WZw6FrCnZlZG91Y8OtIG7DoWt1cHUKU3Ryb2rDrXJu
eSBaw6FixZllaCBhLnMuCkhsYXZuw60gMTIsIDc4OSAwMSBaw6FixZllaAp3d3cuc3Ryb2ppcm55
LXphYnJlaC5jego=

--_000_337AB9BA18FDE2F24A3D492F64F6663F_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Dobr=C3=BD den,<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">od 16. 11. do 20. 11. 2026 jsem na slu=C5=BEebn=C3=
=AD cest=C4=9B v N=C4=9Bmecku, 17. 11. je nav=C3=ADc st=C3=A1tn=C3=AD sv=C3=
=A1tek. E-maily =C4=8Dtu jen nepravideln=C4=9B.<o:p></o:p></p>
<p class=3D"MsoNormal">V nal=C3=A9hav=C3=BDch p=C5=99=C3=ADpadech pros=C3=
=ADm kontaktujte kolegyni Ing. Petru Nov=C3=A1kovou, tel. +420 602 123 456,=
 petra.novakova@strojirny-zabreh.cz.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">S pozdravem<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Ing. Jan Dvo=C5=99=C3=A1k<o:p></o:p></p>
<p class=3D"MsoNormal">vedouc=C3=AD n=C3=A1kupu<o:p></o:p></p>
<p class=3D"MsoNormal">Stroj=C3=ADrny Z=C3=A1b=C5=99eh a.s.<o:p></o:p></p>
<p class=3D"MsoNormal">Hlavn=C3=AD 12, 789 01 Z=C3=A1b=C5=99eh<o:p></o:p></=
p>
<p class=3D"MsoNormal">www.strojirny-zabreh.cz<o:p></o:p></p>
</div>
</body>
</html>

--_000_337AB9BA18FDE2F24A3D492F64F6663F_--
"""),
    ('cs', 'seznam-email-autoresponder', 'automated', (), """\
Return-Path: <>
Received: from email-smtpc12a.ng.seznam.cz (email-smtpc12a.ng.seznam.cz [77.75.78.60])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqA9F0C3B44
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 18:22:09 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=seznam.cz; s=szn20221014;
	t=1795022529; bh=d4Yw0Ck7Hh3s9pMv1nJqT2uLbE8aRfX5oZgI6tWcQyA=;
	h=Date:From:To:Subject:Message-Id:In-Reply-To:Mime-Version:Content-Type;
	b=LfN2q8RtV0wK5bXcZ7mJ3yH1pUeD9sA4oGiE6vTnQ0rWkP2xM8lB5zCjY7hFgSuD
Date: Tue, 17 Nov 2026 18:22:09 +0100 (CET)
From: =?utf-8?q?Petr_Kol=C3=A1=C5=99?= <petr.kolar@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Nep=C5=99=C3=ADtomnost_-_Re=3A_Potvrzen=C3=AD_=C5=BE=C3=A1dosti_PRV-2026-11533?=
Message-Id: <6e4.59b.38a24@email.seznam.cz>
In-Reply-To: <prv-2026-11533.1763380061.5120@shop.example.be>
Auto-Submitted: auto-replied
Mime-Version: 1.0 (szn-mime-2.1.61)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,
do 22. listopadu jsem na dovolen=C3=A9 na hor=C3=A1ch bez sign=C3=A1lu. Na =
V=C3=A1=C5=A1 e-mail odpov=C3=ADm po n=C3=A1vratu.
D=C4=9Bkuji za pochopen=C3=AD.
Petr Kol=C3=A1=C5=99
"""),
    ('cs', 'hospital-epodatelna-receipt', 'automated', (), """\
Return-Path: <podatelna@fnhradiste.cz>
Received: from spisovka.fnhradiste.cz (spisovka.fnhradiste.cz [195.113.160.21])
	by mx1.shop.example.be (Postfix) with ESMTP id 4DqB3D7A9E10
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 09:41:20 +0100 (CET)
Date: Wed, 18 Nov 2026 09:41:19 +0100
From: Podatelna FN Hradiste <podatelna@fnhradiste.cz>
To: privacy@shop.example.be
Subject: =?windows-1250?Q?Potvrzen=ED_o_p=F8ijet=ED_zpr=E1vy_-_FNH/41873/2026?=
Message-ID: <epod.e457098ca583.FNH41873@spisovka.fnhradiste.cz>
X-Mailer: e-spis podatelna 4.9
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1250
Content-Transfer-Encoding: quoted-printable

Potvrzen=ED o p=F8ijet=ED zpr=E1vy elektronickou podatelnou

Va=9Ae zpr=E1va byla p=F8ijata elektronickou podatelnou Fakultn=ED nemocnic=
e Hradi=9At=EC a zaevidov=E1na v syst=E9mu spisov=E9 slu=9Eby.

Odes=EDlatel:        privacy@shop.example.be
P=F8edm=ECt:           Va=9Ae =9E=E1dost o v=FDmaz =96 PRV-2026-11549
Datum doru=E8en=ED:    18.11.2026 09:41:12
Po=E8et p=F8=EDloh:      0
=C8=EDslo jednac=ED:     FNH/41873/2026
Eviden=E8n=ED =E8=EDslo:   FNHX26-0118245

Pod=E1n=ED bude p=F8ed=E1no k vy=F8=EDzen=ED p=F8=EDslu=9An=E9mu =FAtvaru. =
Upozor=F2ujeme, =9Ee elektronick=E1 podatelna nep=F8ij=EDm=E1 zpr=E1vy s p=
=F8=EDlohami v=ECt=9A=EDmi ne=9E 20 MB a zpr=E1vy obsahuj=EDc=ED spustiteln=
=E9 soubory.

Tato zpr=E1va byla vygenerov=E1na automaticky, neodpov=EDdejte na ni.

Elektronick=E1 podatelna
Fakultn=ED nemocnice Hradi=9At=EC
podatelna@fnhradiste.cz
"""),
    ('cs', 'zimbra-vacation-university-cs', 'automated', (), """\
Return-Path: <>
Received: from mta.upol-vychod.cz (mta.upol-vychod.cz [158.194.80.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqC8E2F1A05
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 13:05:31 +0100 (CET)
Date: Thu, 19 Nov 2026 13:05:30 +0100 (CET)
From: =?utf-8?Q?Mgr=2E_Kl=C3=A1ra_Proch=C3=A1zkov=C3=A1=2C_Ph=2ED=2E?= <klara.prochazkova@upol-vychod.cz>
To: privacy@shop.example.be
Message-ID: <1187536393.9162516.1795185402824.JavaMail.zimbra@upol-vychod.cz>
In-Reply-To: <prv-2026-11551.1763560877.8813@shop.example.be>
Subject: =?utf-8?Q?Mate=C5=99sk=C3=A1_dovolen=C3=A1_/_Maternity_leave?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4581 (zclient/10.0.8_GA_4581)

Dobr=C3=BD den,

od 1. 10. 2026 jsem na mate=C5=99sk=C3=A9 dovolen=C3=A9. Ve v=C4=9Bcech kat=
edry se pros=C3=ADm obracejte na sekretari=C3=A1t (sekretariat.kbi@upol-vyc=
hod.cz, tel. 585 634 100), ve v=C4=9Bcech v=C3=BDuky na doc. RNDr. Martina =
Bene=C5=A1e, Ph.D.

---
Dear sender, I am on maternity leave since 1 October 2026. Please contact t=
he department office (sekretariat.kbi@upol-vychod.cz).

Kl=C3=A1ra Proch=C3=A1zkov=C3=A1
Katedra bun=C4=9B=C4=8Dn=C3=A9 biologie
"""),
    ('cs', 'bank-salesforce-case-ack', 'automated', (), """\
Return-Path: <bounce-e1d112a9d0156d5b@bounce.salesforce.com>
Received: from smtp13-ia4-sp3.mta.salesforce.com (smtp13-ia4-sp3.mta.salesforce.com [13.110.74.212])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqD6A1C9F88
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 10:30:02 +0100 (CET)
Date: Fri, 20 Nov 2026 09:30:01 +0000 (GMT)
From: Moravia Banka - Klientske centrum <noreply@moraviabanka.cz>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <Abc13818a393af9f44deca@sfdc.net>
Subject: =?UTF-8?Q?P=C5=99ijali_jsme_V=C3=A1=C5=A1_po=C5=BEadavek_=5B2611-4471230=5D?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-SFDC-LK: 00D5g000004Xyz1
X-SFDC-User: 0055g00000A1bCd
X-Sender: postmaster@salesforce.com
X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp
X-SFDC-TLS-NoRelay: 1
X-SFDC-Binding: 1WrIRBV94myi25uB
X-SFDC-EmailCategory: workflowActionAlert
X-SFDC-Interface: internal

Dobrý den,

děkujeme za Vaši zprávu. Váš požadavek jsme zaevidovali pod číslem 2611-4471230.
Odpověď Vám zašleme nejpozději do 30 dnů. Na tento e-mail prosím neodpovídejte, při další komunikaci uveďte číslo požadavku v předmětu zprávy.

Pro rychlé vyřízení můžete využít také Moji Banku nebo zavolat na naši infolinku 800 123 456 (Po–Pá 8–20 h).

S pozdravem
Klientské centrum
Moravia Spořitelní Banka a.s.
"""),
    ('cs', 'person-secretary-for-boss', 'deletion', (), """\
Received: from mail.horak-stavby.cz (mail.horak-stavby.cz [91.210.32.7])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqE0B3A7D21
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 11:16:42 +0100 (CET)
From: =?utf-8?B?TGVua2EgU3ZvYm9kb3bDoQ==?= <asistentka@horak-stavby.cz>
To: "privacy@shop.example.be" <privacy@shop.example.be>
CC: =?utf-8?B?SG9yw6FrIE1pcm9zbGF2?= <miroslav.horak@horak-stavby.cz>
Subject: =?utf-8?B?WnJ1xaFlbsOtIMO6xI10dSAtIEluZy4gTWlyb3NsYXYgSG9yw6Fr?=
Date: Tue, 10 Nov 2026 10:16:38 +0000
Message-ID: <VI1PR08MB552130F24623D2E980BD@VI1PR08MB5521.eurprd08.prod.outlook.com>
Accept-Language: cs-CZ, en-US
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

RG9icsO9IGRlbiwKCnDDrcWhaSBWw6FtIGptw6luZW0gcGFuYSDFmWVkaXRlbGUgSW5nLiBNaXJv
c2xhdmEgSG9yw6FrYSwga3RlcsO9IGplIGRvIGtvbmNlIGxpc3RvcGFkdSBtaW1vIGthbmNlbMOh
xZkgKHphaHJhbmnEjW7DrSBjZXN0YSkgYSBtw6Egb21lemVuw70gcMWZw61zdHVwIGsgZS1tYWls
dS4KClBhbiBIb3LDoWsgbcSbIHBvxb7DoWRhbCwgYWJ5Y2ggVsOhcyBqZWhvIGptw6luZW0gcG/F
vsOhZGFsYSBvIHpydcWhZW7DrSBqZWhvIHrDoWthem5pY2vDqWhvIMO6xI10dSB2ZSBWYcWhZW0g
ZS1zaG9wdSAow7rEjWV0IGplIHJlZ2lzdHJvdsOhbiBuYSBlLW1haWwgbWlyb3NsYXYuaG9yYWtA
aG9yYWstc3RhdmJ5LmN6KSBhIG8gdnltYXrDoW7DrSB2xaFlY2ggamVobyBvc29ibsOtY2ggw7pk
YWrFry4gUGFuIEhvcsOhayBqZSB2IGtvcGlpIGEgdiBwxZnDrXBhZMSbIHBvdMWZZWJ5IMW+w6Fk
b3N0IHBvdHZyZMOtIHPDoW0gcG8gbsOhdnJhdHUuCgpExJtrdWppIGEgcMWZZWppIGhlemvDvSBk
ZW4KCkxlbmthIFN2b2JvZG92w6EKYXNpc3RlbnRrYSDFmWVkaXRlbGUKSE9Sw4FLIFNUQVZCWSBz
LnIuby4KTsOhZHJhxb5uw60gMTU0My84LCA3MDIgMDAgT3N0cmF2YQp0ZWwuOiArNDIwIDU5NiAx
MTEgMjIyIHwgbW9iLjogKzQyMCA3MzEgNTU1IDg4OQoKVGVudG8gZS1tYWlsIGEgamVobyBwxZnD
rWxvaHkganNvdSBkxa92xJtybsOpIGEganNvdSB1csSNZW55IHbDvWhyYWRuxJsgYWRyZXPDoXRv
dmkuIFBva3VkIG5lanN0ZSB6YW3DvcWhbGVuw71tIHDFmcOtamVtY2VtLCBpbmZvcm11anRlIHBy
b3PDrW0gb2Rlc8OtbGF0ZWxlIGEgenByw6F2dSBzbWHFvnRlLgo=
"""),
    ('cs', 'person-confirm-reply-potvrzuji', 'deletion', ('access',), """\
Return-Path: <tereza.mala@email.cz>
Received: from email-smtpc8b.ng.seznam.cz (email-smtpc8b.ng.seznam.cz [77.75.78.33])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqF7C0D2B90
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 20:44:10 +0100 (CET)
Date: Sun, 22 Nov 2026 20:44:09 +0100 (CET)
From: =?utf-8?q?Tereza_Mal=C3=A1?= <tereza.mala@email.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Re=3A_Potvr=C4=8Fte_pros=C3=ADm_svou_=C5=BE=C3=A1dost_PRV-2026-11655?=
Message-Id: <371.03c.01d18@email.cz>
In-Reply-To: <prv-2026-11655.1763802290.2208@shop.example.be>
References: <prv-2026-11655.1763802290.2208@shop.example.be>
Mime-Version: 1.0 (szn-mime-2.1.61)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Potvrzuji.
Opravdu chci smazat sv=C5=AFj =C3=BA=C4=8Det a v=C5=A1echny =C3=BAdaje. Je=
=C5=A1t=C4=9B p=C5=99edt=C3=ADm mi ale pros=C3=ADm po=C5=A1lete kopii v=C5=
=A1ech osobn=C3=ADch =C3=BAdaj=C5=AF, kter=C3=A9 o mn=C4=9B m=C3=A1te (obje=
dn=C3=A1vky, adresy, v=C4=9Brnostn=C3=AD body), a=C5=A5 to m=C3=A1m schovan=
=C3=A9.

Tereza Mal=C3=A1

---------- P=C5=AFvodn=C3=AD e-mail ----------
Od: T=C3=BDm ochrany osobn=C3=ADch =C3=BAdaj=C5=AF <privacy@shop.example.be>
Komu: tereza.mala@email.cz
Datum: 22. 11. 2026 10:05:11
P=C5=99edm=C4=9Bt: Potvr=C4=8Fte pros=C3=ADm svou =C5=BE=C3=A1dost PRV-2026=
-11655
"Dobr=C3=BD den,

obdr=C5=BEeli jsme =C5=BE=C3=A1dost o v=C3=BDmaz =C3=BA=C4=8Dtu registrovan=
=C3=A9ho na adresu tereza.mala@email.cz. Pro potvrzen=C3=AD pros=C3=ADm odp=
ov=C4=9Bzte na tento e-mail nebo klikn=C4=9Bte na odkaz:
https://shop.example.be/privacy/confirm/5be8d0a77c13

T=C3=BDm ochrany osobn=C3=ADch =C3=BAdaj=C5=AF
shop.example.be"
"""),
    ('hr', 'exchange-online-oof-hr', 'automated', (), """\
Return-Path: <>
Received: from VI1PR02MB6024.eurprd02.prod.outlook.com (2603:10a6:20b:918::17) by VI9PR04MB3223.eurprd02.prod.outlook.com
 with HTTPS; Fri, 20 Nov 2026 09:27:40 +0000
Received: from EUR03-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2089.outbound.protection.outlook.com [40.107.83.130])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Dq08FEB0F6C
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 10:27:43 +0100 (CET)
From: =?utf-8?B?S292YcSNZXZpxIcgTWFyaWph?= <marija.kovacevic@adriatrans.hr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?QXV0b21hdHNraSBvZGdvdm9yOiBaYWh0amV2IHphIGlzcHJhdmFrIA==?=
 =?utf-8?B?cG9kYXRha2Eg4oCTIFBSVi0yMDI2LTExNTY2?=
Thread-Topic: =?utf-8?B?WmFodGpldiB6YSBpc3ByYXZhayBwb2RhdGFrYSDigJMg?=
 =?utf-8?B?UFJWLTIwMjYtMTE1NjY=?=
Thread-Index: AQHAc0DXnSyWHTj5g94p8Wlk12u==
Date: Fri, 20 Nov 2026 09:27:40 +0000
Message-ID: <11B6D98F355B7EE17B9A66c0f1ce@VI1PR02MB6024.eurprd02.prod.outlook.com>
References: <prv-2026-11566.1763630091.1402@shop.example.be>
In-Reply-To: <prv-2026-11566.1763630091.1402@shop.example.be>
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_C6DAAA85C0224E06CC956EA53F84FF2C_"
MIME-Version: 1.0

--_000_C6DAAA85C0224E06CC956EA53F84FF2C_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

UG/FoXRvdmFuaSwKCnpib2cgYm9sb3ZhbmphIHNhbSBvZHN1dG5hIGRvIDI3LjExLjIwMjYuClph
IGhpdG5lIHN0dmFyaSBtb2xpbSBWYXMga29udGFrdGlyYWp0ZSBrb2xlZ3UgSXZhbmEgSG9ydmF0
YSAoaXZhbi5ob3J2YXRAYWRyaWF0cmFucy5ociwgdGVsLiAwMSA0NTY3IDg5MCkuCgpTcmRhxI1h
biBwb3pkcmF2LApNYXJpamEgS292YcSNZXZpxIcKVm9kaXRlbGppY2EgcmHEjXVub3ZvZHN0dmEK
CkFEUklBVFJBTlMgZC5vLm8uIHwgU2xhdm9uc2thIGF2ZW5pamEgNmEsIDEwMDAwIFphZ3JlYgo=

--_000_C6DAAA85C0224E06CC956EA53F84FF2C_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Po=C5=A1tovani,<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">zbog bolovanja sam odsutna do 27.11.2026.<o:p></o:p>=
</p>
<p class=3D"MsoNormal">Za hitne stvari molim Vas kontaktirajte kolegu Ivana=
 Horvata (ivan.horvat@adriatrans.hr, tel. 01 4567 890).<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Srda=C4=8Dan pozdrav,<o:p></o:p></p>
<p class=3D"MsoNormal">Marija Kova=C4=8Devi=C4=87<o:p></o:p></p>
<p class=3D"MsoNormal">Voditeljica ra=C4=8Dunovodstva<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">ADRIATRANS d.o.o. | Slavonska avenija 6a, 10000 Zagr=
eb<o:p></o:p></p>
</div>
</body>
</html>

--_000_C6DAAA85C0224E06CC956EA53F84FF2C_--
"""),
    ('hr', 'gmail-vacation-hr', 'automated', (), """\
Return-Path: <ivana.maric84@gmail.com>
Received: by mail-ej1-f46.google.com with SMTP id a640c23a62f3a-1f500362dfa4.17
        for <privacy@shop.example.be>; Tue, 17 Nov 2026 06:12:33 +0100
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1795502618; x=1796985720; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to
         :references:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=2o+SArW3kto6OUr/oEwu8wPTu+rXN1kszmhRxVlWZg=;
        b=u82jpPs1a+0x0iHilKkx5h8G5k0y15FVOwe2qiSv/J81IpTxgX8z8LQICzy8rHQ/jTbwXQxeHzGD
X-Google-Smtp-Source: AGHT+IHlp9RHE9CGuDdZfGjpGBRfOKvwHG1FfyBLGDzdDfiogZxEOPB/wNLG+nOficz1
MIME-Version: 1.0
References: <prv-2026-11572.1763655420.5531@shop.example.be>
In-Reply-To: <prv-2026-11572.1763655420.5531@shop.example.be>
Auto-Submitted: auto-replied
From: =?UTF-8?Q?Ivana_Mari=C4=87?= <ivana.maric84@gmail.com>
Date: Tue, 17 Nov 2026 06:12:33 +0100
Message-ID: <CAuWn8UbueKgzwMiPjmDsQTSFpOwavH-iA+KF6ayR7smHX@mail.gmail.com>
Subject: =?UTF-8?Q?Na_godi=C5=A1njem_odmoru_=F0=9F=8C=8A?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000003edcab277e625142"

--0000000000003edcab277e625142
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bok!

Na godi=C5=A1njem sam do 19.11. (18.11. je ionako praznik, Dan sje=C4=87anj=
a), pa =C4=87u odgovoriti =C4=8Dim se vratim.

Lp,
Ivana

--0000000000003edcab277e625142
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Bok!</div><div><br></div><div>Na godi=C5=A1njem sam d=
o 19.11. (18.11. je ionako praznik, Dan sje=C4=87anja), pa =C4=87u odgovori=
ti =C4=8Dim se vratim.</div><div><br></div><div>Lp,</div><div>Ivana</div></=
div>

--0000000000003edcab277e625142--
"""),
    ('hr', 'municipality-pisarnica-urbroj', 'automated', (), """\
Return-Path: <pisarnica@split-grad.hr>
Received: from ured.split-grad.hr (ured.split-grad.hr [213.191.140.18])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqA3C5E7F01
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 12:03:52 +0100 (CET)
Date: Mon, 16 Nov 2026 12:03:50 +0100
From: Grad Split - Pisarnica <pisarnica@split-grad.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?B?UG90dnJkYSBvIHphcHJpbWFuanUgcG9kbmVza2Eg4oCTIFVSQlJPSiAyMTgxLTEtMDUtMjYtMw==?=
Message-ID: <urud.2026.1187.e7526972d3@split-grad.hr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

R1JBRCBTUExJVApVcHJhdm5pIG9kamVsIHphIG9wxIdlIHBvc2xvdmUg4oCTIFBpc2FybmljYQoK
UG/FoXRvdmFuaSwKClZhxaEgcG9kbmVzYWsgemFwcmltbGplbiBqZSBlbGVrdHJvbmnEjWtpbSBw
dXRlbSBkYW5hIDE2LjExLjIwMjYuIHUgMTI6MDMgc2F0aSBpIGV2aWRlbnRpcmFuIHBvZDoKCktM
QVNBOiAwMDgtMDEvMjYtMDEvMTE4NwpVUkJST0o6IDIxODEtMS0wNS0yNi0zCgpQb2RuZXNhayBq
ZSB1cHXEh2VuIHUgcmFkIG5hZGxlxb5ub20gdXByYXZub20gdGlqZWx1LiBPZGdvdm9yIMSHZXRl
IGRvYml0aSB1IHpha29uc2tvbSByb2t1LgoKT3ZhIHBvcnVrYSBnZW5lcmlyYW5hIGplIGF1dG9t
YXRza2kuIE1vbGltbyBuZSBvZGdvdmFyYWp0ZSBuYSBvdnUgcG9ydWt1LgoKLS0tIEl6dm9ybmEg
cG9ydWthIC0tLQrFoGFsamU6IHByaXZhY3lAc2hvcC5leGFtcGxlLmJlClByZWRtZXQ6IFZhxaEg
emFodGpldiB6YSBwcmlzdHVwIG9zb2JuaW0gcG9kYWNpbWEg4oCTIFBSVi0yMDI2LTExNTgwCgpQ
b8WhdG92YW5pIGdvc3BvZGluZSBKdXJpxIcsCgp6YXByaW1pbGkgc21vIFZhxaEgemFodGpldiB6
YSBrb3BpanUgb3NvYm5paCBwb2RhdGFrYS4gS2FrbyBiaXNtbyBwb3R2cmRpbGkgVmHFoSBpZGVu
dGl0ZXQsIG1vbGltbyBrbGlrbml0ZSBuYSBwb3Zlem5pY3U6Cmh0dHBzOi8vc2hvcC5leGFtcGxl
LmJlL3ByaXZhY3kvY29uZmlybS8zYWQ5MWYwYmU3YzIKClRpbSB6YSB6YcWhdGl0dSBwb2RhdGFr
YQpzaG9wLmV4YW1wbGUuYmUKCj4gTW9saW0ga29waWp1IHN2aWggcG9kYXRha2Ega29qZSBpbWF0
ZSBvIG1lbmkuCj4gVG9taXNsYXYgSnVyacSHCg==
"""),
    ('hr', 'telecom-zendesk-ack-hr', 'automated', (), """\
Return-Path: <bounces+411d617ad9e1172fc7e63898@zendesk.com>
Received: from outbyoip4.pod18.euw1.zdsys.com (outbyoip4.pod18.euw1.zdsys.com [188.172.138.4])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqB9A0E3C47
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 14:20:09 +0100 (CET)
Date: Mon, 16 Nov 2026 13:20:07 +0000
From: Jadran Telekom - Korisnicka sluzba <podrska@jadrantelekom.hr>
Reply-To: Jadran Telekom - Korisnicka sluzba <podrska@jadrantelekom.hr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <BAFE1N0DC44C_58b121afdd_sprut@zendesk.com>
In-Reply-To: <prv-2026-11583.1763298411.0914@shop.example.be>
Subject: =?UTF-8?Q?Zaprimljeno:_Va=C5=A1_zahtjev_za_brisanje_podataka_=E2=80=93?=
 =?UTF-8?Q?_PRV-2026-11583?=
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="==_mimepart_c91949f1ec3b1_70d8"; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 7a1c9e2
X-Zendesk-Email-Id: 01JD884C87DA5313A6F1311158
Auto-Submitted: auto-generated


--==_mimepart_c91949f1ec3b1_70d8
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

Va=C5=A1 zahtjev (48213) je zaprimljen i pregledat =C4=87e ga na=C5=A1e oso=
blje za podr=C5=A1ku.

Za dodavanje dodatnih komentara, odgovorite na ovu e-poruku.

Va=C5=A1 zahtjev:
"Va=C5=A1 zahtjev za brisanje podataka =E2=80=93 PRV-2026-11583"

Hvala =C5=A1to ste kontaktirali Korisni=C4=8Dku slu=C5=BEbu Jadran Telekoma=
. Odgovor =C4=87ete dobiti unutar 3 radna dana.

Jadran Telekom d.d. =E2=80=93 Korisni=C4=8Dka slu=C5=BEba

--==_mimepart_c91949f1ec3b1_70d8
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family: 'Lucida Grande', Verdana, Arial, sans-serif; fon=
t-size: 12px;"><p>Po=C5=A1tovani,</p><p>Va=C5=A1 zahtjev (48213) je zapriml=
jen i pregledat =C4=87e ga na=C5=A1e osoblje za podr=C5=A1ku.</p><p>Za doda=
vanje dodatnih komentara, odgovorite na ovu e-poruku.</p><p>Va=C5=A1 zahtje=
v:<br><i>"Va=C5=A1 zahtjev za brisanje podataka =E2=80=93 PRV-2026-11583"</=
i></p><p>Hvala =C5=A1to ste kontaktirali Korisni=C4=8Dku slu=C5=BEbu Jadran=
 Telekoma. Odgovor =C4=87ete dobiti unutar 3 radna dana.</p><p style=3D"col=
or:#aaa">Jadran Telekom d.d. =E2=80=93 Korisni=C4=8Dka slu=C5=BEba</p></div=
><div style=3D"color:#fff;font-size:1px">[73B2D3-E325F]</div>

--==_mimepart_c91949f1ec3b1_70d8--
"""),
    ('hr', 'cpanel-sieve-vacation-hr', 'automated', (), """\
Return-Path: <>
Received: from cp1.hosting-adria.hr (cp1.hosting-adria.hr [202.54.111.1])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Dq5B57688BD
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 08:55:12 +0100
Message-ID: <dovecot-sieve-1795088194-46989-0@cp1.hosting-adria.hr>
Date: Wed, 18 Nov 2026 08:55:12 +0100
From: Ivo Bilić <ivo@bilic-namjestaj.hr>
To: <privacy@shop.example.be>
Subject: Auto: Re: Zahtjev za prenosivost podataka – PRV-2026-11590
In-Reply-To: <prv-2026-11590.1763712340.3090@shop.example.be>
References: <prv-2026-11590.1763712340.3090@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.18 (9a581c3d)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani,

hvala na poruci. Od 18. do 25. studenoga sam na sajmu namještaja u Kölnu i na mailove odgovaram povremeno.
Za narudžbe i reklamacije javite se na prodaja@bilic-namjestaj.hr ili na 021 345 678.

Lijep pozdrav,
Ivo Bilić
Bilić namještaj d.o.o., Kaštel Sućurac
"""),
    ('hr', 'person-municipal-address-own-data', 'access', (), """\
Received: from mail.rijeka-grad.hr (mail.rijeka-grad.hr [193.198.212.50])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqC1D9B2A66
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 08:47:30 +0100 (CET)
From: =?iso-8859-2?Q?Ana_Babi=E6?= <ana.babic@rijeka-grad.hr>
To: <privacy@shop.example.be>
Subject: =?iso-8859-2?Q?Zahtjev_za_uvid_u_osobne_podatke_=28privatno=29?=
Date: Thu, 12 Nov 2026 08:47:22 +0100
Message-ID: <000a01db34f1$a4e7eec1$98ecd5f3@rijeka-grad.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdtE8Q3zP2w0hK7lS4m1rX9yVbCkNg==
Content-Language: hr

Po=B9tovani,

pi=B9em s poslovne adrese jer se trenutno ne mogu prijaviti u svoj privatni=
 e-mail, ali radi se o mojim privatnim podacima, ne o Gradu.

Molim Vas da mi dostavite kopiju svih osobnih podataka koje imate o meni. K=
orisni=E8ki ra=E8un je na ime Ana Babi=E6, privatna adresa e-po=B9te ana.ba=
bic1979@gmail.com, kartica vjernosti br. 4410 2287. Odgovor mo=BEete poslat=
i na tu privatnu adresu.

Hvala unaprijed.

S po=B9tovanjem,

Ana Babi=E6
vi=B9a stru=E8na suradnica
Grad Rijeka
Odjel gradske uprave za komunalni sustav
Titov trg 3, 51000 Rijeka
tel. 051 209 333

NAPOMENA: Ova poruka i eventualni privici namijenjeni su isklju=E8ivo prima=
telju i mogu sadr=BEavati povjerljive informacije. Ako ste poruku primili g=
re=B9kom, molimo obavijestite po=B9iljatelja i izbri=B9ite poruku.
"""),
    ('sv', 'exchange-online-oof-sv', 'automated', (), """\
Return-Path: <>
Received: from GV1PR09MB7761.eurprd09.prod.outlook.com (2603:10a6:20b:bc5::5b) by GV4PR08MB3646.eurprd09.prod.outlook.com
 with HTTPS; Mon, 16 Nov 2026 10:40:12 +0000
Received: from EUR03-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.136.233])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Dq6D0418F02
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 11:40:14 +0100 (CET)
From: Sara Berg <sara.berg@nordvik-bygg.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?QXV0b21hdGlza3Qgc3ZhcjogQmVrcsOkZnRhIGRpbiBiZWfDpHJhbiA=?=
 =?utf-8?B?4oCTIFBSVi0yMDI2LTExNTAz?=
Thread-Topic: =?utf-8?B?QmVrcsOkZnRhIGRpbiBiZWfDpHJhbiDigJMgUFJWLTIwMjYtMTE1MDM=?=
Thread-Index: AQH9YbVyNcVjE1KQKBHigxkzlyN==
Date: Mon, 16 Nov 2026 10:40:12 +0000
Message-ID: <49531CE1958406E1426F0a678a38@GV1PR09MB7761.eurprd09.prod.outlook.com>
References: <prv-2026-11503.1763285511.6620@shop.example.be>
In-Reply-To: <prv-2026-11503.1763285511.6620@shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_ADDB880BE9073A268A3EE1D9291CFB50_"
MIME-Version: 1.0

--_000_ADDB880BE9073A268A3EE1D9291CFB50_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGVqIQoKSmFnIMOkciBmw7Zyw6RsZHJhbGVkaWcgdC5vLm0uIDMxIGphbnVhcmkgMjAyNyBvY2gg
bMOkc2VyIGludGUgbWluIG1lamwuClVuZGVyIHRpZGVuIG7DpXIgZHUgbWluIGtvbGxlZ2EgSm9o
YW4gTGluZHF2aXN0LCBqb2hhbi5saW5kcXZpc3RAbm9yZHZpay1ieWdnLnNlLCAwOC0xMjMgNDU2
IDc4LgoKSGkhIEkgYW0gb24gcGFyZW50YWwgbGVhdmUgdW50aWwgMzEgSmFudWFyeSAyMDI3LiBQ
bGVhc2UgY29udGFjdCBKb2hhbiBMaW5kcXZpc3QgKHNlZSBhYm92ZSkuCgpWw6RubGlnYSBow6Rs
c25pbmdhcgpTYXJhIEJlcmcKUHJvamVrdGxlZGFyZSB8IE5vcmR2aWsgQnlnZyBBQgo=

--_000_ADDB880BE9073A268A3EE1D9291CFB50_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Hej!<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Jag =C3=A4r f=C3=B6r=C3=A4ldraledig t.o.m. 31 januar=
i 2027 och l=C3=A4ser inte min mejl.<o:p></o:p></p>
<p class=3D"MsoNormal">Under tiden n=C3=A5r du min kollega Johan Lindqvist,=
 johan.lindqvist@nordvik-bygg.se, 08-123 456 78.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Hi! I am on parental leave until 31 January 2027. Pl=
ease contact Johan Lindqvist (see above).<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">V=C3=A4nliga h=C3=A4lsningar<o:p></o:p></p>
<p class=3D"MsoNormal">Sara Berg<o:p></o:p></p>
<p class=3D"MsoNormal">Projektledare | Nordvik Bygg AB<o:p></o:p></p>
</div>
</body>
</html>

--_000_ADDB880BE9073A268A3EE1D9291CFB50_--
"""),
    ('sv', 'telia-ox-vacation-stale-midsummer', 'automated', (), """\
Return-Path: <>
Received: from mail.ox.telia.com (mail.ox.telia.com [199.38.137.230])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Dq1198E418A
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 19:03:40 +0100
Message-ID: <dovecot-sieve-1797411518-833613-0@mail.ox.telia.com>
Date: Tue, 17 Nov 2026 19:03:40 +0100
From: Lennart Holm <lennart.holm@telia.com>
To: <privacy@shop.example.be>
Subject: =?UTF-8?Q?Semester_/_Glad_midsommar!?=
In-Reply-To: <prv-2026-11524.1763398811.0041@shop.example.be>
References: <prv-2026-11524.1763398811.0041@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Glad midsommar!

Jag =C3=A4r ledig till och med 5 juli och l=C3=A4ser inte mejl under tiden.
Br=C3=A5dskande =C3=A4renden om f=C3=B6reningen: ring kass=C3=B6ren Birgitt=
a p=C3=A5 070-312 44 90.

Trevlig sommar!
Lennart
"""),
    ('sv', 'loopia-sieve-vacation', 'automated', (), """\
Return-Path: <>
Received: from mailcluster.loopia.se (mailcluster.loopia.se [74.102.56.228])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqA70BD8F93
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 14:12:09 +0100
Message-ID: <dovecot-sieve-1797766300-511216-0@mailcluster.loopia.se>
Date: Wed, 18 Nov 2026 14:12:09 +0100
From: =?utf-8?Q?Tr=C3=A4dg=C3=A5rdsbutiken_i_Ystad?= <info@tradgardsbutiken-ystad.se>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Auto:_Re:_Beg=C3=A4ran_om_radering_=E2=80=93_PRV-2026-11538?=
In-Reply-To: <prv-2026-11538.1763470210.2815@shop.example.be>
References: <prv-2026-11538.1763470210.2815@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.15 (dc312b8b)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Tack för ditt mejl!

Butiken har stängt 16–20 november för inventering. Vi svarar på alla mejl från och med måndag 23 november.
Webbshoppen är öppen som vanligt.

Hälsningar
Trädgårdsbutiken i Ystad
Stora Östergatan 21, 271 34 Ystad
"""),
    ('sv', 'kommun-registrator-diarienummer', 'automated', (), """\
Return-Path: <registrator@sjovik.se>
Received: from mx01.sjovik.se (mx01.sjovik.se [194.17.52.30])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqD3F1A5C72
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 15:36:22 +0100 (CET)
From: Registraturen Sjoviks kommun <registrator@sjovik.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Mottagningsbekr=E4ftelse_KS_2026/01843?=
Date: Wed, 18 Nov 2026 14:36:20 +0000
Message-ID: <AS8PR10MB6D2D194A9E9609F5851EB@AS8PR10MB6118.EURPRD10.PROD.OUTLOOK.COM>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Tack f=F6r ditt meddelande till Sj=F6viks kommun!

Ditt meddelande har kommit in till kommunens registratur och registrerats m=
ed diarienummer KS 2026/01843.

Vi besvarar normalt fr=E5gor inom fem arbetsdagar. Om ditt =E4rende beh=F6v=
er handl=E4ggas av en annan f=F6rvaltning vidarebefordrar vi det.

T=E4nk p=E5 att handlingar som kommer in till kommunen som regel blir allm=
=E4nna handlingar och kan l=E4mnas ut till den som beg=E4r det (offentlighe=
tsprincipen). Skicka d=E4rf=F6r inte k=E4nsliga personuppgifter med e-post.

Det h=E4r =E4r ett automatiskt svar och g=E5r inte att besvara.

Med v=E4nliga h=E4lsningar
Registraturen
Sj=F6viks kommun
0470-41 00 00 | www.sjovik.se

Ditt meddelande:
----------------------------------------
Fr=E5n: privacy@shop.example.be
=C4mne: Din beg=E4ran om tillg=E5ng till personuppgifter - PRV-2026-11541

Hej Karin,

vi har tagit emot din beg=E4ran om en kopia av dina personuppgifter. Bekr=
=E4fta din identitet via l=E4nken nedan (giltig i 7 dagar):
https://shop.example.be/privacy/confirm/0e5b7d3c9a18

Dataskyddsteamet
shop.example.be

> Hej, jag vill veta vilka uppgifter ni har om mig. /Karin Sj=F6berg
"""),
    ('sv', 'hcl-domino-oof-sv', 'automated', (), """\
Return-Path: <>
Received: from smtp.kronfors.se (smtp.kronfors.se [195.67.91.14])
	by mx1.shop.example.be (Postfix) with ESMTP id 4DqE8B2D0F13
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 08:12:03 +0100 (CET)
Auto-Submitted: auto-generated
Subject: =?ISO-8859-1?Q?Fr=E5nvarande=3A_Re=3A_Beg=E4ran_om_r=E4ttelse_-_PRV-2026-11557?=
From: Gunnar Ek <gunnar.ek@kronfors.se>
To: privacy@shop.example.be
Date: Thu, 19 Nov 2026 08:12:01 +0100
Message-ID: <OFC246CBB2.14C46656-ONC1258C6E29.5FFF8D52-C1258C7AB5.43CD4589@kronfors.se>
X-Mailer: HCL Notes Build V1202_05222023 May 22, 2023
X-MIMETrack: Serialize by Router on DOMINO01/KRONFORS/SE(Release 12.0.2FP2|July 11, 2023) at
 2026-11-19 08:12:02
MIME-Version: 1.0
Content-type: text/plain; charset=ISO-8859-1
Content-transfer-encoding: quoted-printable

Jag =E4r p=E5 tj=E4nsteresa i Finland och =E5ter p=E5 kontoret den 26 novem=
ber.
Under min fr=E5nvaro kontaktar du Eva Nordin, eva.nordin@kronfors.se, tel. =
0560-77 12 30.

Med v=E4nlig h=E4lsning / Best regards
Gunnar Ek
Ink=F6pschef, Kronfors Tr=E4 AB
"""),
    ('sv', 'energy-company-kundo-case-ack', 'automated', (), """\
Return-Path: <bounce-1c46c374f62f@mail.kundo.se>
Received: from mail-out3.kundo.se (mail-out3.kundo.se [185.74.200.33])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqF2E0C1B84
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 16:05:19 +0100 (CET)
Date: Fri, 20 Nov 2026 15:05:18 -0000
From: Hemnet Energi Kundservice <no-reply@hemnetenergi.se>
To: privacy@shop.example.be
Subject: =?utf-8?q?Vi_har_tagit_emot_ditt_=C3=A4rende_=231184729?=
Message-ID: <c94f294a6d8eca77.94fd93@kundo.se>
In-Reply-To: <prv-2026-11575.1763647011.2280@shop.example.be>
References: <prv-2026-11575.1763647011.2280@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_kundo_99b155b559e8ba5ad40d"

--=_kundo_99b155b559e8ba5ad40d
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej!

Tack f=C3=B6r att du kontaktar Hemnet Energi kundservice. Vi har tagit emot=
 ditt =C3=A4rende med =C3=A4rendenummer #1184729.

Just nu har vi fler =C3=A4renden =C3=A4n vanligt och svarstiden =C3=A4r cir=
ka 5 arbetsdagar. Du beh=C3=B6ver inte skicka ditt =C3=A4rende igen =E2=80=
=93 vi =C3=A5terkommer s=C3=A5 snart vi kan.

Har du fr=C3=A5gor om din faktura? Logga in p=C3=A5 Mina sidor.

V=C3=A4nliga h=C3=A4lsningar
Kundservice, Hemnet Energi
Svara inte p=C3=A5 detta mejl, det =C3=A4r skickat fr=C3=A5n en adress som =
inte tar emot svar.

--=_kundo_99b155b559e8ba5ad40d
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body>Hej!<br>
<br>
Tack f=C3=B6r att du kontaktar Hemnet Energi kundservice. Vi har tagit emot=
 ditt =C3=A4rende med =C3=A4rendenummer #1184729.<br>
<br>
Just nu har vi fler =C3=A4renden =C3=A4n vanligt och svarstiden =C3=A4r cir=
ka 5 arbetsdagar. Du beh=C3=B6ver inte skicka ditt =C3=A4rende igen =E2=80=
=93 vi =C3=A5terkommer s=C3=A5 snart vi kan.<br>
<br>
Har du fr=C3=A5gor om din faktura? Logga in p=C3=A5 Mina sidor.<br>
<br>
V=C3=A4nliga h=C3=A4lsningar<br>
Kundservice, Hemnet Energi<br>
Svara inte p=C3=A5 detta mejl, det =C3=A4r skickat fr=C3=A5n en adress som =
inte tar emot svar.</body></html>

--=_kundo_99b155b559e8ba5ad40d--
"""),
    ('sv', 'person-forgotten-ooo-signature', 'correction', (), """\
Received: from GVXPR10MB8020.EURPRD10.PROD.OUTLOOK.COM (2603:10a6:150:2c::7)
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqA0D5E8C19
	for <privacy@shop.example.be>; Mon, 09 Nov 2026 20:14:40 +0100 (CET)
From: Emma Lindgren <emma.lindgren@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Ny adress
Date: Mon, 9 Nov 2026 19:14:37 +0000
Message-ID: <GVXPR10MB8020129F2FEE0972A8D3@GVXPR10MB8020.EURPRD10.PROD.OUTLOOK.COM>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej,

jag har flyttat och vill att ni =C3=A4ndrar adressen i mitt kundkonto (och =
f=C3=B6r bonuskortet) till:
Emma Lindgren
Norra Vallgatan 14 B
211 25 Malm=C3=B6

Nu st=C3=A5r det fortfarande Lund och paketen hamnar fel.

Tack!
/Emma

---
Jag =C3=A4r tj=C3=A4nstledig 1/12=E2=80=9315/12 och l=C3=A4ser inte mejl un=
der den perioden. Vid br=C3=A5dskande =C3=A4renden, kontakta kansliet.
I am on leave 1/12=E2=80=9315/12 and will not read e-mail during that perio=
d.
"""),
    ('ro', 'exchange-online-oof-ro', 'automated', (), """\
Return-Path: <>
Received: from AS4PR04MB9312.eurprd04.prod.outlook.com (2603:10a6:20b:cf8::2d) by AS4PR06MB8202.eurprd04.prod.outlook.com
 with HTTPS; Fri, 27 Nov 2026 13:50:31 +0000
Received: from EUR04-AM6-obe.outbound.protection.outlook.com (mail-am6eur02on2055.outbound.protection.outlook.com [40.107.178.176])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Dq98AD5A7DF
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 14:50:34 +0100 (CET)
From: Ionescu Mihaela <mihaela.ionescu@agrovest.ro>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?UsSDc3B1bnMgYXV0b21hdDogQ29uZmlybWHIm2kgc29saWNpdGFyZWEg?=
 =?utf-8?B?4oCTIFBSVi0yMDI2LTExNzAy?=
Thread-Topic: =?utf-8?B?Q29uZmlybWHIm2kgc29saWNpdGFyZWEg4oCTIFBSVi0yMDI2LTExNzAy?=
Thread-Index: AQHYKveKcFSbgs+woe+NI4mA6/P==
Date: Fri, 27 Nov 2026 13:50:31 +0000
Message-ID: <CE92B3571E4A3D3A5F7151a4c4ec@AS4PR04MB9312.eurprd04.prod.outlook.com>
References: <prv-2026-11702.1764410021.3303@shop.example.be>
In-Reply-To: <prv-2026-11702.1764410021.3303@shop.example.be>
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_779B4DDFE2DD4663B8D384CD95132429_"
MIME-Version: 1.0

--_000_779B4DDFE2DD4663B8D384CD95132429_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QnVuxIMgeml1YSwKClN1bnQgw65uIGNvbmNlZGl1IGRlIG9kaWhuxIMgcMOibsSDIHBlIDIgZGVj
ZW1icmllIDIwMjYgaW5jbHVzaXYuIFbEgyByb2cgc8SDIGF2ZcibaSDDrm4gdmVkZXJlIGPEgyAz
MCBub2llbWJyaWUgyJlpIDEgZGVjZW1icmllIHN1bnQgemlsZSBsaWJlcmUgbGVnYWxlIMOubiBS
b23Dom5pYS4KUGVudHJ1IHNpdHVhyJtpaSB1cmdlbnRlIMOubCBwdXRlyJtpIGNvbnRhY3RhIHBl
IGNvbGVndWwgbWV1LCBBbmRyZWkgUG9wZXNjdSwgbGEgYW5kcmVpLnBvcGVzY3VAYWdyb3Zlc3Qu
cm8gc2F1IDA3MjIgMTIzIDQ1Ni4KCkN1IHN0aW3EgywKTWloYWVsYSBJb25lc2N1Ck1hbmFnZXIg
QWNoaXppyJtpaSB8IEFncm9WZXN0IFNSTApTdHIuIEZhYnJpY2lpIG5yLiA0NiwgQ2x1ai1OYXBv
Y2EK

--_000_779B4DDFE2DD4663B8D384CD95132429_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Bun=C4=83 ziua,<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Sunt =C3=AEn concediu de odihn=C4=83 p=C3=A2n=C4=83 =
pe 2 decembrie 2026 inclusiv. V=C4=83 rog s=C4=83 ave=C8=9Bi =C3=AEn vedere=
 c=C4=83 30 noiembrie =C8=99i 1 decembrie sunt zile libere legale =C3=AEn R=
om=C3=A2nia.<o:p></o:p></p>
<p class=3D"MsoNormal">Pentru situa=C8=9Bii urgente =C3=AEl pute=C8=9Bi con=
tacta pe colegul meu, Andrei Popescu, la andrei.popescu@agrovest.ro sau 072=
2 123 456.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Cu stim=C4=83,<o:p></o:p></p>
<p class=3D"MsoNormal">Mihaela Ionescu<o:p></o:p></p>
<p class=3D"MsoNormal">Manager Achizi=C8=9Bii | AgroVest SRL<o:p></o:p></p>
<p class=3D"MsoNormal">Str. Fabricii nr. 46, Cluj-Napoca<o:p></o:p></p>
</div>
</body>
</html>

--_000_779B4DDFE2DD4663B8D384CD95132429_--
"""),
    ('ro', 'yahoo-vacation-ro-no-header', 'automated', (), """\
Return-Path: <cristina_radu77@yahoo.com>
Received: from sonic306-21.consmr.mail.ir2.yahoo.com (sonic306-21.consmr.mail.ir2.yahoo.com [77.238.176.207])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqB2A7C9E31
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 09:31:15 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=1795249875; bh=Hk2p8Zw0Qr3yVb6mT1nC9sJ4uLdE7aXfGoI5kRtWcN0=; h=Date:From:To:Subject:From:Subject:Reply-To; b=Rt8wX0mKc2Pq9LzN3vBj5yHu7sF1aGd4oEiT6kMnQ0rWbP2xZ8lJ5vCyA9hSgUeDf
Date: Sat, 21 Nov 2026 08:31:14 +0000 (UTC)
From: Cristina Radu <cristina_radu77@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <822879973.27435276.1795249874821@mail.yahoo.com>
Subject: Plecata din tara / Out of office
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_5584925_655649267.1795249874100"
In-Reply-To: <prv-2026-11710.1764471120.0187@shop.example.be>
X-Mailer: WebService/1.1.24718 YMailNorrin

------=_Part_5584925_655649267.1795249874100
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

Buna ziua,

Va multumesc pentru mesaj! Sunt plecata din tara pana la 25.11 si nu verific emailul zilnic. Va raspund dupa ce revin.

Cristina

------=_Part_5584925_655649267.1795249874100
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 7bit

<html><head></head><body><div class="ydp3f2a8b1cyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">Buna ziua,</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Va multumesc pentru mesaj! Sunt plecata din tara pana la 25.11 si nu verific emailul zilnic. Va raspund dupa ce revin.</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Cristina</div></div></body></html>

------=_Part_5584925_655649267.1795249874100--
"""),
    ('ro', 'primarie-registratura-og27', 'automated', (), """\
Return-Path: <registratura@primariavaleaverde.ro>
Received: from mail.primariavaleaverde.ro (mail.primariavaleaverde.ro [86.124.18.90])
	by mx1.shop.example.be (Postfix) with ESMTP id 4DqC6B1D4E02
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 11:45:07 +0100 (CET)
Date: Mon, 16 Nov 2026 12:45:05 +0200
From: Registratura Primaria Valea Verde <registratura@primariavaleaverde.ro>
To: privacy@shop.example.be
Subject: =?ISO-8859-2?Q?Confirmare_=EEnregistrare_nr=2E_45871_din_16=2E11=2E2026?=
Message-ID: <20261116104505.8F2A31C0412@mail.primariavaleaverde.ro>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

PRIMĂRIA MUNICIPIULUI VALEA VERDE
Registratura Generală

Stimată doamnă / Stimate domn,

Vă mulțumim pentru mesajul transmis. Acesta a fost înregistrat la Registratura Generală cu nr. 45871 din 16.11.2026.

Petițiile se soluționează în termen de 30 de zile de la data înregistrării, conform Ordonanței Guvernului nr. 27/2002 privind reglementarea activității de soluționare a petițiilor, cu modificările și completările ulterioare.

Acesta este un mesaj generat automat. Vă rugăm să nu răspundeți la acest mesaj.

-------- Mesajul dumneavoastră --------
De la: privacy@shop.example.be
Subiect: Solicitarea dvs. de acces la date – PRV-2026-11586

Bună ziua, domnule Stanciu,

am primit solicitarea dumneavoastră de a primi o copie a datelor personale. Vă rugăm să vă confirmați identitatea accesând linkul de mai jos:
https://shop.example.be/privacy/confirm/b12e07c95df4

Echipa de protecția datelor
shop.example.be

> Vreau sa stiu ce date aveti despre mine. Va rog sa-mi trimiteti o copie.
> Gabriel Stanciu
"""),
    ('ro', 'bank-case-ack-ro', 'automated', (), """\
Return-Path: <noreply@bancacarpatica.ro>
Received: from smtp-out2.bancacarpatica.ro (smtp-out2.bancacarpatica.ro [89.37.112.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqD1E5F8A27
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 09:02:44 +0100 (CET)
Date: Tue, 17 Nov 2026 10:02:42 +0200
From: Banca Carpatica - Relatii Clienti <noreply@bancacarpatica.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?B?U29saWNpdGFyZWEgZHVtbmVhdm9hc3RyxIMgYSBmb3N0IMOubnJlZ2lzdHJhdMSDIFsyMDI2MTExNy0wMDQ1NzFd?=
Message-ID: <crm.20261117-004571.ef975ee2@bancacarpatica.ro>
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_179542316480218"

--_----------=_179542316480218
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

U3RpbWF0ZSBjbGllbnQsCgpWxIMgbXVsyJt1bWltIGPEgyBuZS1hyJtpIGNvbnRhY3RhdC4gU29s
aWNpdGFyZWEgZHVtbmVhdm9hc3RyxIMgYSBmb3N0IMOubnJlZ2lzdHJhdMSDIGN1IG51bcSDcnVs
IDIwMjYxMTE3LTAwNDU3MSDImWkgdmEgZmkgYW5hbGl6YXTEgyBkZSB1biBjb25zdWx0YW50IMOu
biBjZWwgbWFpIHNjdXJ0IHRpbXAgcG9zaWJpbCwgZGFyIG51IG1haSB0w6Jyeml1IGRlIDE1IHpp
bGUgbHVjcsSDdG9hcmUuCgpQZW50cnUgb3JpY2UgaW5mb3JtYcibaWkgc3VwbGltZW50YXJlIHbE
gyBydWfEg20gc8SDIG1lbsibaW9uYcibaSBudW3Eg3J1bCBzb2xpY2l0xINyaWkuCgpWxIMgcnVn
xINtIHPEgyBudSByxINzcHVuZGXIm2kgbGEgYWNlc3QgZS1tYWlsLiBQZW50cnUgYWx0ZSBzb2xp
Y2l0xINyaSBuZSBwdXRlyJtpIGNvbnRhY3RhIGxhICoyMjY2ICh0YXJpZiBub3JtYWwgZGluIHJl
yJtlbGVsZSBWb2RhZm9uZSwgT3JhbmdlLCBUZWxla29tLCBEaWdpKSBzYXUgbGEgMDIxIDMwMCAy
MiA2Ni4KCkN1IHN0aW3EgywKU2VydmljaXVsIFJlbGHIm2lpIENsaWVuyJtpCkJhbmNhIENhcnBh
dGljYSBkZSBFY29ub21paSBTLkEuCgpBY2VzdCBtZXNhaiDImWkgb3JpY2UgZmnImWllcmUgYXRh
yJlhdGUgc3VudCBjb25maWRlbsibaWFsZSDImWkgZGVzdGluYXRlIGV4Y2x1c2l2IHBlcnNvYW5l
aSBjxINyZWlhIMOuaSBzdW50IGFkcmVzYXRlLgo=

--_----------=_179542316480218
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT5TdGltYXRlIGNsaWVudCw8YnI+Cjxi
cj4KVsSDIG11bMibdW1pbSBjxIMgbmUtYcibaSBjb250YWN0YXQuIFNvbGljaXRhcmVhIGR1bW5l
YXZvYXN0csSDIGEgZm9zdCDDrm5yZWdpc3RyYXTEgyBjdSBudW3Eg3J1bCAyMDI2MTExNy0wMDQ1
NzEgyJlpIHZhIGZpIGFuYWxpemF0xIMgZGUgdW4gY29uc3VsdGFudCDDrm4gY2VsIG1haSBzY3Vy
dCB0aW1wIHBvc2liaWwsIGRhciBudSBtYWkgdMOicnppdSBkZSAxNSB6aWxlIGx1Y3LEg3RvYXJl
Ljxicj4KPGJyPgpQZW50cnUgb3JpY2UgaW5mb3JtYcibaWkgc3VwbGltZW50YXJlIHbEgyBydWfE
g20gc8SDIG1lbsibaW9uYcibaSBudW3Eg3J1bCBzb2xpY2l0xINyaWkuPGJyPgo8YnI+ClbEgyBy
dWfEg20gc8SDIG51IHLEg3NwdW5kZcibaSBsYSBhY2VzdCBlLW1haWwuIFBlbnRydSBhbHRlIHNv
bGljaXTEg3JpIG5lIHB1dGXIm2kgY29udGFjdGEgbGEgKjIyNjYgKHRhcmlmIG5vcm1hbCBkaW4g
cmXIm2VsZWxlIFZvZGFmb25lLCBPcmFuZ2UsIFRlbGVrb20sIERpZ2kpIHNhdSBsYSAwMjEgMzAw
IDIyIDY2Ljxicj4KPGJyPgpDdSBzdGltxIMsPGJyPgpTZXJ2aWNpdWwgUmVsYcibaWkgQ2xpZW7I
m2k8YnI+CkJhbmNhIENhcnBhdGljYSBkZSBFY29ub21paSBTLkEuPGJyPgo8YnI+CkFjZXN0IG1l
c2FqIMiZaSBvcmljZSBmaciZaWVyZSBhdGHImWF0ZSBzdW50IGNvbmZpZGVuyJtpYWxlIMiZaSBk
ZXN0aW5hdGUgZXhjbHVzaXYgcGVyc29hbmVpIGPEg3JlaWEgw65pIHN1bnQgYWRyZXNhdGUuPC9i
b2R5PjwvaHRtbD4K

--_----------=_179542316480218--
"""),
    ('ro', 'cpanel-autoresponder-1-decembrie', 'automated', (), """\
Return-Path: <>
Received: from server174.romarg-host.ro (server174.romarg-host.ro [185.146.87.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqE7C3A0B55
	for <privacy@shop.example.be>; Mon, 30 Nov 2026 08:20:31 +0100 (CET)
Received: from mailnull by server174.romarg-host.ro with local (Exim 4.98)
	id 1vQ8kZ-00GtP2-1c
	for privacy@shop.example.be; Mon, 30 Nov 2026 09:20:31 +0200
X-Autorespond: Re: Confirmati solicitarea - PRV-2026-11731
Precedence: auto_reply
X-Precedence: auto_reply
Auto-Submitted: auto-replied
To: privacy@shop.example.be
Subject: =?UTF-8?B?WmlsZSBsaWJlcmUgMzAgbm9pZW1icmllIOKAkyAxIGRlY2VtYnJpZQ==?=
From: "Mobila Stejar" <office@mobilastejar.ro>
Date: Mon, 30 Nov 2026 09:20:31 +0200
Message-Id: <E1vQ8kZ-00GtP2-1c@server174.romarg-host.ro>
In-Reply-To: <prv-2026-11731.1764498011.7002@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Vă mulțumim pentru mesaj!

Biroul nostru este închis în perioada 30 noiembrie – 1 decembrie 2026 (Sfântul Andrei și Ziua Națională a României). Revenim cu un răspuns începând de miercuri, 2 decembrie.

La mulți ani, România! 🇷🇴

Echipa Mobila Stejar
0744 512 300
"""),
    ('ro', 'zimbra-vacation-university-ro', 'automated', (), """\
Return-Path: <>
Received: from zimbra.uvt-nord.ro (zimbra.uvt-nord.ro [193.231.20.80])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqF3D6C2E91
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 17:41:09 +0100 (CET)
Date: Tue, 24 Nov 2026 18:41:08 +0200 (EET)
From: Conf. dr. Dan Munteanu <dan.munteanu@uvt-nord.ro>
To: privacy@shop.example.be
Message-ID: <1429289163.5814141.1795642633511.JavaMail.zimbra@uvt-nord.ro>
In-Reply-To: <prv-2026-11740.1764501200.5119@shop.example.be>
Subject: =?utf-8?Q?Concediu_medical_/_Sick_leave?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4613 (zclient/9.0.0_GA_4613)

Sunt =C3=AEn concediu medical p=C3=A2n=C4=83 la 4 decembrie 2026.
Pentru probleme legate de cursuri =C8=99i examene v=C4=83 rog s=C4=83 v=C4=
=83 adresa=C8=9Bi secretariatului facult=C4=83=C8=9Bii (secretariat.fmi@uvt=
-nord.ro).

I am on sick leave until 4 December 2026.

Dan Munteanu
Facultatea de Matematic=C4=83 =C8=99i Informatic=C4=83
"""),
    ('ro', 'person-reply-after-own-autoreply', 'deletion', (), """\
Return-Path: <larisa.dumitrescu@gmail.com>
Received: by mail-wm1-f49.google.com with SMTP id 5b1f17b1804b1-47a3c8e21b0so22104815e9.1
        for <privacy@shop.example.be>; Wed, 25 Nov 2026 12:09:51 -0800 (PST)
MIME-Version: 1.0
References: <prv-2026-11749.1764560012.2741@shop.example.be> <CAF7pQ2s0Zq8wVfR1yB3mK9tLcXe6uDdJ4oGnHhS2iPa@mail.gmail.com>
In-Reply-To: <CAF7pQ2s0Zq8wVfR1yB3mK9tLcXe6uDdJ4oGnHhS2iPa@mail.gmail.com>
From: Larisa Dumitrescu <larisa.dumitrescu@gmail.com>
Date: Wed, 25 Nov 2026 22:09:40 +0200
Message-ID: <CA0o9-40w_j8BIKxcc3-2FXjnivaGheRstC8rNSLUMqVJ4@mail.gmail.com>
Subject: =?UTF-8?Q?Re:_R=C4=83spuns_automat:_Confirma=C8=9Bi_solicitarea_=E2=80=93_PR?=
 =?UTF-8?Q?V-2026-11749?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 seara,

scuze pentru r=C4=83spunsul automat de mai jos =E2=80=93 sunt =C3=AEn conce=
diu, dar am v=C4=83zut mesajul dvs. pe telefon.
Da, confirm: v=C4=83 rog s=C4=83 =C3=AEmi =C8=99terge=C8=9Bi contul =C8=99i=
 toate datele mele personale.

Mul=C8=9Bumesc,
Larisa Dumitrescu

=C3=8En mie., 25 nov. 2026 la 09:02, Larisa Dumitrescu <larisa.dumitrescu@g=
mail.com> a scris:

> R=C4=83spuns automat: sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 3 decembrie=
. Pentru urgen=C8=9Be suna=C8=9Bi la 0745 220 118.
>
> =C3=8En mie., 25 nov. 2026 la 09:01, Echipa de protec=C8=9Bia datelor <pr=
ivacy@shop.example.be> a scris:
>
>> Bun=C4=83 ziua,
>>
>> am primit o solicitare de =C8=99tergere a contului asociat adresei laris=
a.dumitrescu@gmail.com.
>> V=C4=83 rug=C4=83m s=C4=83 confirma=C8=9Bi solicitarea r=C4=83spunz=C3=
=A2nd la acest mesaj sau acces=C3=A2nd linkul:
>> https://shop.example.be/privacy/confirm/fd3a6e0b2c18
>>
>> Echipa de protec=C8=9Bia datelor
>> shop.example.be
"""),
    ('el', 'exchange-online-oof-el', 'automated', (), """\
Return-Path: <>
Received: from PAXPR03MB8190.eurprd03.prod.outlook.com (2603:10a6:20b:ce2::62) by PA8PR04MB3878.eurprd03.prod.outlook.com
 with HTTPS; Sat, 21 Nov 2026 07:55:18 +0000
Received: from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur04on2010.outbound.protection.outlook.com [40.107.134.62])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqEAABC3F49
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 08:55:21 +0100 (CET)
From: =?utf-8?B?zpPOtc+Jz4HOs86vzr/PhSDOlc+FzqzOs86zzrXOu86/z4I=?= <e.georgiou@aigaion-logistics.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiA=?=
 =?utf-8?B?zpXPgM65zrLOtc6yzrHOr8+Jz4POtyDOsc65z4TOrs68zrHPhM6/z4Ig?=
 =?utf-8?B?4oCTIFBSVi0yMDI2LTExNjAw?=
Thread-Topic: =?utf-8?B?zpXPgM65zrLOtc6yzrHOr8+Jz4POtyDOsc65z4TOrs68zrHPhM6/z4Ig?=
 =?utf-8?B?4oCTIFBSVi0yMDI2LTExNjAw?=
Thread-Index: AQHEH4VPFGelPwvYhVYGOwoK3Hb==
Date: Sat, 21 Nov 2026 07:55:18 +0000
Message-ID: <7708B3494074B163760Be57e549f@PAXPR03MB8190.eurprd03.prod.outlook.com>
References: <prv-2026-11600.1763710030.1182@shop.example.be>
In-Reply-To: <prv-2026-11600.1763710030.1182@shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_67DE73F6E89F2C9A81BF808C68F61AB9_"
MIME-Version: 1.0

--_000_67DE73F6E89F2C9A81BF808C68F61AB9_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6YzrEgzrHPgM6/z4XPg865zqzOts+JIM6xz4DP
jCDPhM6/IM6zz4HOsc+GzrXOr86/IM6tz4nPgiDOus6xzrkgz4TOt869IM6kzrXPhM6sz4HPhM63
IDI1LzExIM68zrUgz4DOtc+BzrnOv8+BzrnPg868zq3Ovc63IM+Az4HPjM+DzrLOsc+Dzrcgz4PP
hM6/IGVtYWlsLgrOk865zrEgzrXPgM61zq/Os86/zr3PhM6xIM64zq3OvM6xz4TOsSDOvM+Azr/P
gc61zq/PhM61IM69zrEgzrXPgM65zrrOv865zr3Pic69zq7Pg861z4TOtSDOvM61IM+EzrfOvSDO
us6xIM6VzrvOrc69zrcgzqDOsc+AzrHOtM6/z4DOv8+NzrvOv8+FIM+Dz4TOvyAyMTAgMTIzNDU2
NyDOriDPg8+Ezr8gZS5wYXBhZG9wb3Vsb3VAYWlnYWlvbi1sb2dpc3RpY3MuZ3IuCgrOnM61IM61
zrrPhM6vzrzOt8+DzrcsCs6Vz4XOrM6zzrPOtc67zr/PgiDOk861z4nPgc6zzq/Ov8+FCs6UzrnO
tc+FzrjPhc69z4TOrs+CIM6Vz4bOv860zrnOsc+Dz4TOuc66zq7PgiDOkc67z4XPg86vzrTOsc+C
Cs6RzpnOk86RzpnOn86dIExPR0lTVElDUyDOkS7OlS4K

--_000_67DE73F6E89F2C9A81BF808C68F61AB9_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=
=B1 =CF=83=CE=B1=CF=82,<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">=CE=98=CE=B1 =CE=B1=CF=80=CE=BF=CF=85=CF=83=CE=B9=CE=
=AC=CE=B6=CF=89 =CE=B1=CF=80=CF=8C =CF=84=CE=BF =CE=B3=CF=81=CE=B1=CF=86=CE=
=B5=CE=AF=CE=BF =CE=AD=CF=89=CF=82 =CE=BA=CE=B1=CE=B9 =CF=84=CE=B7=CE=BD =
=CE=A4=CE=B5=CF=84=CE=AC=CF=81=CF=84=CE=B7 25/11 =CE=BC=CE=B5 =CF=80=CE=B5=
=CF=81=CE=B9=CE=BF=CF=81=CE=B9=CF=83=CE=BC=CE=AD=CE=BD=CE=B7 =CF=80=CF=81=
=CF=8C=CF=83=CE=B2=CE=B1=CF=83=CE=B7 =CF=83=CF=84=CE=BF email.<o:p></o:p></=
p>
<p class=3D"MsoNormal">=CE=93=CE=B9=CE=B1 =CE=B5=CF=80=CE=B5=CE=AF=CE=B3=CE=
=BF=CE=BD=CF=84=CE=B1 =CE=B8=CE=AD=CE=BC=CE=B1=CF=84=CE=B1 =CE=BC=CF=80=CE=
=BF=CF=81=CE=B5=CE=AF=CF=84=CE=B5 =CE=BD=CE=B1 =CE=B5=CF=80=CE=B9=CE=BA=CE=
=BF=CE=B9=CE=BD=CF=89=CE=BD=CE=AE=CF=83=CE=B5=CF=84=CE=B5 =CE=BC=CE=B5 =CF=
=84=CE=B7=CE=BD =CE=BA=CE=B1 =CE=95=CE=BB=CE=AD=CE=BD=CE=B7 =CE=A0=CE=B1=CF=
=80=CE=B1=CE=B4=CE=BF=CF=80=CE=BF=CF=8D=CE=BB=CE=BF=CF=85 =CF=83=CF=84=CE=
=BF 210 1234567 =CE=AE =CF=83=CF=84=CE=BF e.papadopoulou@aigaion-logistics.=
gr.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">=CE=9C=CE=B5 =CE=B5=CE=BA=CF=84=CE=AF=CE=BC=CE=B7=CF=
=83=CE=B7,<o:p></o:p></p>
<p class=3D"MsoNormal">=CE=95=CF=85=CE=AC=CE=B3=CE=B3=CE=B5=CE=BB=CE=BF=CF=
=82 =CE=93=CE=B5=CF=89=CF=81=CE=B3=CE=AF=CE=BF=CF=85<o:p></o:p></p>
<p class=3D"MsoNormal">=CE=94=CE=B9=CE=B5=CF=85=CE=B8=CF=85=CE=BD=CF=84=CE=
=AE=CF=82 =CE=95=CF=86=CE=BF=CE=B4=CE=B9=CE=B1=CF=83=CF=84=CE=B9=CE=BA=CE=
=AE=CF=82 =CE=91=CE=BB=CF=85=CF=83=CE=AF=CE=B4=CE=B1=CF=82<o:p></o:p></p>
<p class=3D"MsoNormal">=CE=91=CE=99=CE=93=CE=91=CE=99=CE=9F=CE=9D LOGISTICS=
 =CE=91.=CE=95.<o:p></o:p></p>
</div>
</body>
</html>

--_000_67DE73F6E89F2C9A81BF808C68F61AB9_--
"""),
    ('el', 'gmail-vacation-stale-easter-el', 'automated', (), """\
Return-Path: <sofia.makri@gmail.com>
Received: by mail-ej1-f65.google.com with SMTP id a640c23a62f3a-b3faf3ec0008.6
        for <privacy@shop.example.be>; Sun, 22 Nov 2026 11:20:05 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1795386693; x=1796257050; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to
         :references:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=k+038gz3WW/tKY0Nljo0odCi2tPuL/F6t23XEIvf+Q=;
        b=TtLe3zJ225u0DSfwRdkIObtVXdT+Is9D5JmGiELD+RMAGh8M9YcbI9iTvKI1s/OJW819F44+i9nP
X-Google-Smtp-Source: AGHT+IQDiqmroQEppaakvD3+lmovEWQ6paLX89hb9nMcmuL0kpcLdOXNrvQfk+kEXWpJ
MIME-Version: 1.0
References: <prv-2026-11611.1763731290.6044@shop.example.be>
In-Reply-To: <prv-2026-11611.1763731290.6044@shop.example.be>
Auto-Submitted: auto-replied
From: =?utf-8?B?zqPOv8+Gzq/OsSDOnM6xzrrPgc6u?= <sofia.makri@gmail.com>
Date: Sun, 22 Nov 2026 11:20:05 +0200
Message-ID: <CAqcwLjmE9mQ0dOAl7xptHCbTgzis1HTVfO-Kw7ZoAvIIC@mail.gmail.com>
Subject: =?UTF-8?B?zqfPgc65z4PPhM+Mz4IgzpHOvc6tz4PPhM63IQ==?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000eb718375acd6709b"

--000000000000eb718375acd6709b
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

=CE=A7=CF=81=CE=B9=CF=83=CF=84=CF=8C=CF=82 =CE=91=CE=BD=CE=AD=CF=83=CF=84=
=CE=B7!

=CE=9B=CE=B5=CE=AF=CF=80=CF=89 =CE=B3=CE=B9=CE=B1 =CF=84=CE=B9=CF=82 =CE=B3=
=CE=B9=CE=BF=CF=81=CF=84=CE=AD=CF=82 =CF=84=CE=BF=CF=85 =CE=A0=CE=AC=CF=83=
=CF=87=CE=B1 =CF=83=CF=84=CE=BF =CF=87=CF=89=CF=81=CE=B9=CF=8C =CE=BC=CE=AD=
=CF=87=CF=81=CE=B9 =CF=84=CE=B9=CF=82 20 =CE=91=CF=80=CF=81=CE=B9=CE=BB=CE=
=AF=CE=BF=CF=85 =CE=BA=CE=B1=CE=B9 =CE=B4=CE=B5=CE=BD =CE=AD=CF=87=CF=89 =
=CE=BA=CE=B1=CE=BB=CF=8C =CF=83=CE=AE=CE=BC=CE=B1.
=CE=98=CE=B1 =CF=83=CE=B1=CF=82 =CE=B1=CF=80=CE=B1=CE=BD=CF=84=CE=AE=CF=83=
=CF=89 =CE=BC=CF=8C=CE=BB=CE=B9=CF=82 =CE=B5=CF=80=CE=B9=CF=83=CF=84=CF=81=
=CE=AD=CF=88=CF=89.

=CE=9A=CE=B1=CE=BB=CE=AE =CE=91=CE=BD=CE=AC=CF=83=CF=84=CE=B1=CF=83=CE=B7!
=CE=A3=CE=BF=CF=86=CE=AF=CE=B1

--000000000000eb718375acd6709b
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>=CE=A7=CF=81=CE=B9=CF=83=CF=84=CF=8C=CF=82 =CE=91=CE=
=BD=CE=AD=CF=83=CF=84=CE=B7!</div><div><br></div><div>=CE=9B=CE=B5=CE=AF=CF=
=80=CF=89 =CE=B3=CE=B9=CE=B1 =CF=84=CE=B9=CF=82 =CE=B3=CE=B9=CE=BF=CF=81=CF=
=84=CE=AD=CF=82 =CF=84=CE=BF=CF=85 =CE=A0=CE=AC=CF=83=CF=87=CE=B1 =CF=83=CF=
=84=CE=BF =CF=87=CF=89=CF=81=CE=B9=CF=8C =CE=BC=CE=AD=CF=87=CF=81=CE=B9 =CF=
=84=CE=B9=CF=82 20 =CE=91=CF=80=CF=81=CE=B9=CE=BB=CE=AF=CE=BF=CF=85 =CE=BA=
=CE=B1=CE=B9 =CE=B4=CE=B5=CE=BD =CE=AD=CF=87=CF=89 =CE=BA=CE=B1=CE=BB=CF=8C=
 =CF=83=CE=AE=CE=BC=CE=B1.</div><div>=CE=98=CE=B1 =CF=83=CE=B1=CF=82 =CE=B1=
=CF=80=CE=B1=CE=BD=CF=84=CE=AE=CF=83=CF=89 =CE=BC=CF=8C=CE=BB=CE=B9=CF=82 =
=CE=B5=CF=80=CE=B9=CF=83=CF=84=CF=81=CE=AD=CF=88=CF=89.</div><div><br></div=
><div>=CE=9A=CE=B1=CE=BB=CE=AE =CE=91=CE=BD=CE=AC=CF=83=CF=84=CE=B1=CF=83=
=CE=B7!</div><div>=CE=A3=CE=BF=CF=86=CE=AF=CE=B1</div></div>

--000000000000eb718375acd6709b--
"""),
    ('el', 'dimos-protokollo', 'automated', (), """\
Return-Path: <protokollo@dimos-npv.gr>
Received: from mail.dimos-npv.gr (mail.dimos-npv.gr [83.212.170.55])
	by mx1.shop.example.be (Postfix) with ESMTP id 4DqA5E2C8D14
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 12:30:40 +0100 (CET)
Date: Mon, 16 Nov 2026 13:30:38 +0200
From: =?ISO-8859-7?B?0PH59Pzq7+vr7yDE3uzv9SDN3eHyINDx7/Dv7fTf5OHy?= <protokollo@dimos-npv.gr>
To: privacy@shop.example.be
Subject: =?ISO-8859-7?Q?=C1=F1=E9=E8=EC=FC=F2_=F0=F1=F9=F4=EF=EA=FC=EB=EB=EF=F5_28451=2F16=2D11=2D2026?=
Message-ID: <protocol.28451.973f7e3d64@dimos-npv.gr>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-7
Content-Transfer-Encoding: quoted-printable

=C4=C7=CC=CF=D3 =CD=C5=C1=D3 =D0=D1=CF=D0=CF=CD=D4=C9=C4=C1=D3 =C2=CF=D1=C5=
=C9=CF=D5
=D4=EC=DE=EC=E1 =C4=E9=EF=E9=EA=E7=F4=E9=EA=FE=ED =D5=F0=E7=F1=E5=F3=E9=FE=
=ED - =C3=F1=E1=F6=E5=DF=EF =D0=F1=F9=F4=EF=EA=FC=EB=EB=EF=F5

=D4=EF =EC=DE=ED=F5=EC=DC =F3=E1=F2 =F0=E1=F1=E5=EB=DE=F6=E8=E7 =EA=E1=E9 =
=DD=EB=E1=E2=E5 =E1=F1=E9=E8=EC=FC =F0=F1=F9=F4=EF=EA=FC=EB=EB=EF=F5 28451/=
16-11-2026.

=C8=E1 =E4=E9=E1=E2=E9=E2=E1=F3=F4=E5=DF =F3=F4=E7=ED =E1=F1=EC=FC=E4=E9=E1=
 =F5=F0=E7=F1=E5=F3=DF=E1 =E3=E9=E1 =F4=E9=F2 =E4=E9=EA=DD=F2 =F4=E7=F2 =E5=
=ED=DD=F1=E3=E5=E9=E5=F2. =C3=E9=E1 =EF=F0=EF=E9=E1=E4=DE=F0=EF=F4=E5 =E5=
=F0=E9=EA=EF=E9=ED=F9=ED=DF=E1 =F0=E1=F1=E1=EA=E1=EB=EF=FD=EC=E5 =ED=E1 =E1=
=ED=E1=F6=DD=F1=E5=F4=E5 =F4=EF=ED =E1=F1=E9=E8=EC=FC =F0=F1=F9=F4=EF=EA=FC=
=EB=EB=EF=F5.

=D4=EF =F0=E1=F1=FC=ED =EC=DE=ED=F5=EC=E1 =DD=F7=E5=E9 =E1=F0=EF=F3=F4=E1=
=EB=E5=DF =E1=F5=F4=FC=EC=E1=F4=E1. =D0=E1=F1=E1=EA=E1=EB=EF=FD=EC=E5 =EC=
=E7=ED =E1=F0=E1=ED=F4=DC=F4=E5.

----- =C1=F1=F7=E9=EA=FC =EC=DE=ED=F5=EC=E1 -----
=C1=F0=FC: privacy@shop.example.be
=C8=DD=EC=E1: =D4=EF =E1=DF=F4=E7=EC=DC =F3=E1=F2 =E3=E9=E1 =E4=E9=E1=E3=F1=
=E1=F6=DE =E4=E5=E4=EF=EC=DD=ED=F9=ED - PRV-2026-11608

=C1=E3=E1=F0=E7=F4=DD =EA=FD=F1=E9=E5 =C1=ED=F4=F9=ED=DF=EF=F5,

=EB=DC=E2=E1=EC=E5 =F4=EF =E1=DF=F4=E7=EC=DC =F3=E1=F2 =E3=E9=E1 =E4=E9=E1=
=E3=F1=E1=F6=DE =F4=EF=F5 =EB=EF=E3=E1=F1=E9=E1=F3=EC=EF=FD =F3=E1=F2. =C3=
=E9=E1 =ED=E1 =F4=EF =E5=F0=E9=E2=E5=E2=E1=E9=FE=F3=E5=F4=E5, =F0=E1=F4=DE=
=F3=F4=E5 =F4=EF=ED =F0=E1=F1=E1=EA=DC=F4=F9 =F3=FD=ED=E4=E5=F3=EC=EF:
https://shop.example.be/privacy/confirm/93cc1a5e7f20

=CF=EC=DC=E4=E1 =D0=F1=EF=F3=F4=E1=F3=DF=E1=F2 =C4=E5=E4=EF=EC=DD=ED=F9=ED
shop.example.be

> =D0=E1=F1=E1=EA=E1=EB=FE =E4=E9=E1=E3=F1=DC=F8=F4=E5 =F4=EF=ED =EB=EF=E3=
=E1=F1=E9=E1=F3=EC=FC =EC=EF=F5 =EA=E1=E9 =FC=EB=E1 =F4=E1 =E4=E5=E4=EF=EC=
=DD=ED=E1 =EC=EF=F5.
> =CD=DF=EA=EF=F2 =C1=ED=F4=F9=ED=DF=EF=F5
"""),
    ('el', 'plesk-autoresponder-agios-andreas', 'automated', (), """\
Return-Path: <>
Received: from plesk12.patrasweb.gr (plesk12.patrasweb.gr [46.176.12.88])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqB8C4A1F63
	for <privacy@shop.example.be>; Mon, 30 Nov 2026 07:15:22 +0100 (CET)
Date: Mon, 30 Nov 2026 08:15:21 +0200
From: =?utf-8?B?zojPgM65z4DOu86xIM6azrHPgc6xzrzOrM69zrc=?= <info@epipla-karamani.gr>
To: privacy@shop.example.be
Subject: =?utf-8?B?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiA=?=
 =?utf-8?B?zprOu861zrnPg8+EzqwgzrvPjM6zz4kgzrXOv8+Bz4TOrs+C?=
Message-ID: <647331355963cac294da1294416a99af@plesk12.patrasweb.gr>
In-Reply-To: <prv-2026-11752.1764570001.3305@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

zprOsc67zrfOvM6tz4HOsSDPg86xz4IsCgrOo86uzrzOtc+BzrEsIM6UzrXPhc+Ezq3Pgc6xIDMw
IM6dzr/Otc68zrLPgc6vzr/PhSwgzrXOv8+Bz4TOriDPhM6/z4UgzqDOv867zrnOv8+Nz4fOv8+F
IM+EzrfPgiDOoM6sz4TPgc6xz4IgzpHOs86vzr/PhSDOkc69zrTPgc6tzrEsIM+Ezr8gzrrOsc+E
zqzPg8+EzrfOvM6xIM66zrHOuSDPhM6xIM6zz4HOsc+GzrXOr86xIM68zrHPgiDPgM6xz4HOsc68
zq3Ovc6/z4XOvSDOus67zrXOuc+Dz4TOrC4KzpjOsSDPg86xz4IgzrHPgM6xzr3PhM6uz4POv8+F
zrzOtSDOsc+Az4wgz4TOt869IM6kz4HOr8+EzrcgMSDOlM61zrrOtc68zrLPgc6vzr/PhS4KCs6n
z4HPjM69zrnOsSDPgM6/zrvOu86sIM+DzrUgz4zOu86/z4XPgiDPhM6/z4XPgiDOkc69zrTPgc6t
zrXPgiDOus6xzrkgz4TOuc+CIM6Rzr3OtM+BzrnOsc69zq3PgiEKCs6Iz4DOuc+AzrvOsSDOms6x
z4HOsc68zqzOvc63Cs6azr/Pgc6vzr3OuM6/z4UgMjEyLCDOoM6sz4TPgc6xCs+EzrfOuy4gMjYx
MCAzMTIgNDUwCg==
"""),
    ('el', 'telecom-sr-ack-el', 'automated', (), """\
Return-Path: <bounce@notify.aigaiotel.gr>
Received: from notify.aigaiotel.gr (notify.aigaiotel.gr [194.219.200.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqC0F7E3A28
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 10:04:55 +0100 (CET)
Date: Wed, 18 Nov 2026 11:04:53 +0200
From: Aigaio Tel - Customer Care <no-reply@aigaiotel.gr>
To: privacy@shop.example.be
Subject: =?windows-1253?Q?=C1=DF=F4=E7=EC=E1_SR=2D26=2D1145789_=2D_=CA=E1=F4=E1=F7=FE=F1=E7=F3=E7?=
Message-ID: <SR-26-1145789.da15a2d617@crm.aigaiotel.gr>
In-Reply-To: <prv-2026-11593.1763700007.4480@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1253"
Content-Transfer-Encoding: quoted-printable

=C1=E3=E1=F0=E7=F4=DD =F0=E5=EB=DC=F4=E7,

=D3=E1=F2 =E5=F5=F7=E1=F1=E9=F3=F4=EF=FD=EC=E5 =E3=E9=E1 =F4=E7=ED =E5=F0=
=E9=EA=EF=E9=ED=F9=ED=DF=E1 =F3=E1=F2. =D4=EF =E1=DF=F4=E7=EC=DC =F3=E1=F2 =
=EA=E1=F4=E1=F7=F9=F1=DE=E8=E7=EA=E5 =EC=E5 =E1=F1=E9=E8=EC=FC SR-26-114578=
9.

=B8=ED=E1=F2 =E5=EA=F0=F1=FC=F3=F9=F0=EF=F2 =F4=EF=F5 =D4=EC=DE=EC=E1=F4=EF=
=F2 =C5=EE=F5=F0=E7=F1=DD=F4=E7=F3=E7=F2 =D0=E5=EB=E1=F4=FE=ED =E8=E1 =E5=
=F0=E9=EA=EF=E9=ED=F9=ED=DE=F3=E5=E9 =EC=E1=E6=DF =F3=E1=F2 =F4=EF =F3=F5=
=ED=F4=EF=EC=FC=F4=E5=F1=EF =E4=F5=ED=E1=F4=FC. =C3=E9=E1 =E1=E9=F4=DE=EC=
=E1=F4=E1 =F0=EF=F5 =E1=F6=EF=F1=EF=FD=ED =F4=E7=ED =DC=F3=EA=E7=F3=E7 =E4=
=E9=EA=E1=E9=F9=EC=DC=F4=F9=ED =E2=DC=F3=E5=E9 =F4=EF=F5 =C3=CA=D0=C4, =E7 =
=E1=F0=DC=ED=F4=E7=F3=E7 =E4=DF=ED=E5=F4=E1=E9 =E5=ED=F4=FC=F2 =E5=ED=FC=F2=
 =EC=E7=ED=FC=F2 =E1=F0=FC =F4=E7=ED =F0=E1=F1=E1=EB=E1=E2=DE.

=C1=F5=F4=FC =F4=EF =EC=DE=ED=F5=EC=E1 =F3=F4=DC=EB=E8=E7=EA=E5 =E1=F5=F4=
=FC=EC=E1=F4=E1=B7 =F0=E1=F1=E1=EA=E1=EB=EF=FD=EC=E5 =EC=E7=ED =E1=F0=E1=ED=
=F4=DE=F3=E5=F4=E5.

=CC=E5 =E5=EA=F4=DF=EC=E7=F3=E7,
=C5=EE=F5=F0=E7=F1=DD=F4=E7=F3=E7 =D0=E5=EB=E1=F4=FE=ED
=C5=CB=CB=C7=CD=C9=CA=C7 =D4=C7=CB=C5=D6=D9=CD=C9=C1 =C1=C9=C3=C1=C9=CF=D5 =
=C1.=C5.
"""),
    ('el', 'person-maternity-leave-objection', 'objection', (), """\
Return-Path: <k.vlachou@yahoo.gr>
Received: from sonic311-14.consmr.mail.ir2.yahoo.com (sonic311-14.consmr.mail.ir2.yahoo.com [77.238.176.146])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqD9A3B5C07
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 22:41:30 +0100 (CET)
Date: Thu, 12 Nov 2026 21:41:28 +0000 (UTC)
From: =?UTF-8?B?zprOsc+EzrXPgc6vzr3OsSDOks67zqzPh86/z4U=?= <k.vlachou@yahoo.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <850053453.54265263.1794951688431@mail.yahoo.com>
Subject: =?UTF-8?B?zpXOvc6xzr3PhM6vz4nPg863IM+DzrUgz4DPgc6/z4bOr867IA==?=
 =?UTF-8?B?zrrOsc65IM60zrnOsc+GzrfOvM6vz4POtc65z4I=?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.24718 YMailAndroid

=CE=A3=CE=B1=CF=82 =CE=B5=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CF=8E =
=CE=B3=CE=B9=CE=B1 =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=AC =CF=83=
=CE=B1=CF=82. =CE=92=CF=81=CE=AF=CF=83=CE=BA=CE=BF=CE=BC=CE=B1=CE=B9 =CF=83=
=CE=B5 =CE=AC=CE=B4=CE=B5=CE=B9=CE=B1 =CE=BC=CE=B7=CF=84=CF=81=CF=8C=CF=84=
=CE=B7=CF=84=CE=B1=CF=82 =CE=AD=CF=89=CF=82 =CF=84=CE=BF=CE=BD =CE=9C=CE=AC=
=CF=81=CF=84=CE=B9=CE=BF =CE=BA=CE=B1=CE=B9 =CE=B5=CE=BB=CE=AD=CE=B3=CF=87=
=CF=89 =CF=83=CF=80=CE=AC=CE=BD=CE=B9=CE=B1 =CF=84=CE=BF email, =CE=B3=CE=
=B9' =CE=B1=CF=85=CF=84=CF=8C =CE=B3=CF=81=CE=AC=CF=86=CF=89 =CF=83=CF=8D=
=CE=BD=CF=84=CE=BF=CE=BC=CE=B1.

=CE=91=CE=BD=CF=84=CE=B9=CF=84=CE=AF=CE=B8=CE=B5=CE=BC=CE=B1=CE=B9 =CF=83=
=CF=84=CE=B7 =CE=B4=CE=B7=CE=BC=CE=B9=CE=BF=CF=85=CF=81=CE=B3=CE=AF=CE=B1 =
=CF=80=CF=81=CE=BF=CF=86=CE=AF=CE=BB =CE=BC=CE=B5 =CE=B2=CE=AC=CF=83=CE=B7 =
=CF=84=CE=B9=CF=82 =CE=B1=CE=B3=CE=BF=CF=81=CE=AD=CF=82 =CE=BC=CE=BF=CF=85 =
=CE=BA=CE=B1=CE=B9 =CF=83=CF=84=CE=B7=CE=BD =CE=BA=CE=BF=CE=B9=CE=BD=CE=BF=
=CF=80=CE=BF=CE=AF=CE=B7=CF=83=CE=B7 =CF=84=CF=89=CE=BD =CF=83=CF=84=CE=BF=
=CE=B9=CF=87=CE=B5=CE=AF=CF=89=CE=BD =CE=BC=CE=BF=CF=85 =CF=83=CF=84=CE=BF=
=CF=85=CF=82 =CE=B4=CE=B9=CE=B1=CF=86=CE=B7=CE=BC=CE=B9=CF=83=CF=84=CE=B9=
=CE=BA=CE=BF=CF=8D=CF=82 =CF=83=CE=B1=CF=82 =CF=83=CF=85=CE=BD=CE=B5=CF=81=
=CE=B3=CE=AC=CF=84=CE=B5=CF=82 (Facebook, Google =CE=BA.=CE=BB=CF=80.). =CE=
=9F =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=CF=8C=CF=82 =CE=
=BC=CE=BF=CF=85 =CE=BD=CE=B1 =CF=80=CE=B1=CF=81=CE=B1=CE=BC=CE=B5=CE=AF=CE=
=BD=CE=B5=CE=B9 =CE=BA=CE=B1=CE=BD=CE=BF=CE=BD=CE=B9=CE=BA=CE=AC.

=CE=9A=CE=B1=CF=84=CE=B5=CF=81=CE=AF=CE=BD=CE=B1 =CE=92=CE=BB=CE=AC=CF=87=
=CE=BF=CF=85
k.vlachou@yahoo.gr

=CE=91=CF=80=CE=BF=CF=83=CF=84=CE=BF=CE=BB=CE=AE =CE=B1=CF=80=CF=8C Yahoo M=
ail =CE=B3=CE=B9=CE=B1 Android
"""),
    ('bg', 'exchange-online-oof-bg', 'automated', (), """\
Return-Path: <>
Received: from DU0PR06MB9120.eurprd06.prod.outlook.com (2603:10a6:20b:11a::3f) by DU9PR05MB8401.eurprd06.prod.outlook.com
 with HTTPS; Mon, 23 Nov 2026 06:48:10 +0000
Received: from EUR01-DB8-obe.outbound.protection.outlook.com (mail-db8eur03on2044.outbound.protection.outlook.com [40.107.241.74])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqA19542E4E
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 07:48:13 +0100 (CET)
From: =?utf-8?B?0JTQtdGB0LjRgdC70LDQstCwINCY0LLQsNC90L7QstCw?= <d.ivanova@balkanfarm.bg>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDog?=
 =?utf-8?B?0J/QvtGC0LLRitGA0LTQtdGC0LUg0LjRgdC60LDQvdC10YLQviDRgdC4IA==?=
 =?utf-8?B?4oCTIFBSVi0yMDI2LTExNjE1?=
Thread-Topic: =?utf-8?B?0J/QvtGC0LLRitGA0LTQtdGC0LUg0LjRgdC60LDQvdC10YLQviDRgdC4IA==?=
 =?utf-8?B?4oCTIFBSVi0yMDI2LTExNjE1?=
Thread-Index: AQHh0f/Xe47I3zTjIBujpe6jlo0==
Date: Mon, 23 Nov 2026 06:48:10 +0000
Message-ID: <702472168616D06CA107a0db9f6a@DU0PR06MB9120.eurprd06.prod.outlook.com>
References: <prv-2026-11615.1763740022.9981@shop.example.be>
In-Reply-To: <prv-2026-11615.1763740022.9981@shop.example.be>
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_55CAE81F6BF3F618B431AF092669653B_"
MIME-Version: 1.0

--_000_55CAE81F6BF3F618B431AF092669653B_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JIg0L7RgtC/0YPRgdC6INGB0YrQvCDQtNC+IDI3LjExLjIw
MjYg0LMuINCy0LrQu9GO0YfQuNGC0LXQu9C90L4g0Lgg0L3Rj9C80LAg0LTQsCDRgdC70LXQtNGP
INC/0L7RidCw0YLQsCDRgdC4LgrQl9CwINGB0L/QtdGI0L3QuCDQstGK0L/RgNC+0YHQuCwg0LzQ
vtC70Y8sINGB0LLRitGA0LbQtdGC0LUg0YHQtSDRgSDQk9C10L7RgNCz0Lgg0J/QtdGC0YDQvtCy
IOKAkyBnLnBldHJvdkBiYWxrYW5mYXJtLmJnLCDRgtC10LsuIDA4ODggMTIzIDQ1Ni4KCtCf0L7Q
t9C00YDQsNCy0LgsCtCU0LXRgdC40YHQu9Cw0LLQsCDQmNCy0LDQvdC+0LLQsArQnNC10L3QuNC0
0LbRitGAIOKAntCU0L7RgdGC0LDQstC60LjigJwK0JHQsNC70LrQsNC9INCk0LDRgNC8INCV0J7Q
ntCULCDQs9GALiDQn9C70L7QstC00LjQsgo=

--_000_55CAE81F6BF3F618B431AF092669653B_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=
=B5,<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">=D0=92 =D0=BE=D1=82=D0=BF=D1=83=D1=81=D0=BA =D1=81=
=D1=8A=D0=BC =D0=B4=D0=BE 27.11.2026 =D0=B3. =D0=B2=D0=BA=D0=BB=D1=8E=D1=87=
=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=BE =D0=B8 =D0=BD=D1=8F=D0=BC=D0=B0 =D0=B4=
=D0=B0 =D1=81=D0=BB=D0=B5=D0=B4=D1=8F =D0=BF=D0=BE=D1=89=D0=B0=D1=82=D0=B0 =
=D1=81=D0=B8.<o:p></o:p></p>
<p class=3D"MsoNormal">=D0=97=D0=B0 =D1=81=D0=BF=D0=B5=D1=88=D0=BD=D0=B8 =
=D0=B2=D1=8A=D0=BF=D1=80=D0=BE=D1=81=D0=B8, =D0=BC=D0=BE=D0=BB=D1=8F, =D1=
=81=D0=B2=D1=8A=D1=80=D0=B6=D0=B5=D1=82=D0=B5 =D1=81=D0=B5 =D1=81 =D0=93=D0=
=B5=D0=BE=D1=80=D0=B3=D0=B8 =D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2 =E2=80=93 =
g.petrov@balkanfarm.bg, =D1=82=D0=B5=D0=BB. 0888 123 456.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,<o:=
p></o:p></p>
<p class=3D"MsoNormal">=D0=94=D0=B5=D1=81=D0=B8=D1=81=D0=BB=D0=B0=D0=B2=D0=
=B0 =D0=98=D0=B2=D0=B0=D0=BD=D0=BE=D0=B2=D0=B0<o:p></o:p></p>
<p class=3D"MsoNormal">=D0=9C=D0=B5=D0=BD=D0=B8=D0=B4=D0=B6=D1=8A=D1=80 =E2=
=80=9E=D0=94=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=BA=D0=B8=E2=80=9C<o:p></o:p><=
/p>
<p class=3D"MsoNormal">=D0=91=D0=B0=D0=BB=D0=BA=D0=B0=D0=BD =D0=A4=D0=B0=D1=
=80=D0=BC =D0=95=D0=9E=D0=9E=D0=94, =D0=B3=D1=80. =D0=9F=D0=BB=D0=BE=D0=B2=
=D0=B4=D0=B8=D0=B2<o:p></o:p></p>
</div>
</body>
</html>

--_000_55CAE81F6BF3F618B431AF092669653B_--
"""),
    ('bg', 'abv-bg-autoresponder-no-header', 'automated', (), """\
Return-Path: <stoyan.dimitrov@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.70])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqA8E1B2C33
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 12:33:40 +0100 (CET)
Date: Tue, 17 Nov 2026 13:33:39 +0200 (EET)
From: =?UTF-8?B?0KHRgtC+0Y/QvSDQlNC40LzQuNGC0YDQvtCy?= <stoyan.dimitrov@abv.bg>
To: privacy@shop.example.be
Message-ID: <248509753.48.1795012419740@nm87.abv.bg>
Subject: =?UTF-8?B?0JrQvtC80LDQvdC00LjRgNC+0LLQutCwINC00L4gMjAuMTE=?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Priority: 3

=D0=91=D0=BB=D0=B0=D0=B3=D0=BE=D0=B4=D0=B0=D1=80=D1=8F =D0=B7=D0=B0 =D0=BF=
=D0=B8=D1=81=D0=BC=D0=BE=D1=82=D0=BE!

=D0=92 =D0=BC=D0=BE=D0=BC=D0=B5=D0=BD=D1=82=D0=B0 =D1=81=D1=8A=D0=BC =D0=B2=
 =D0=BA=D0=BE=D0=BC=D0=B0=D0=BD=D0=B4=D0=B8=D1=80=D0=BE=D0=B2=D0=BA=D0=B0 =
=D0=B2 =D0=9F=D0=BB=D0=BE=D0=B2=D0=B4=D0=B8=D0=B2 =D0=B8 =D1=89=D0=B5 =D0=
=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D1=8F =D1=81=D0=BB=D0=B5=D0=B4 20 =
=D0=BD=D0=BE=D0=B5=D0=BC=D0=B2=D1=80=D0=B8.
=D0=90=D0=BA=D0=BE =D0=B5 =D1=81=D0=BF=D0=B5=D1=88=D0=BD=D0=BE =E2=80=93 08=
99 44 12 30.

=D0=A1=D1=82=D0=BE=D1=8F=D0=BD =D0=94=D0=B8=D0=BC=D0=B8=D1=82=D1=80=D0=BE=
=D0=B2
"""),
    ('bg', 'mail-bg-autoresponder-name-day', 'automated', (), """\
Return-Path: <>
Received: from mx.mail.bg (mx.mail.bg [193.201.172.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqB4A6C0D72
	for <privacy@shop.example.be>; Sun, 08 Nov 2026 10:05:12 +0100 (CET)
Date: Sun, 08 Nov 2026 11:05:11 +0200
From: Mihail Angelov <misho.angelov@mail.bg>
To: privacy@shop.example.be
Subject: =?windows-1251?Q?=C8=EC=E5=ED_=E4=E5=ED_=2F_=C0=E2=F2=EE=EC=E0=F2=E8=F7=E5=ED_=EE=F2=E3=EE=E2=EE=F0?=
Message-ID: <bd64e8bf94753d8643f0@mail.bg>
In-Reply-To: <prv-2026-11507.1762590012.4410@shop.example.be>
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1251
Content-Transfer-Encoding: quoted-printable

=C7=E4=F0=E0=E2=E5=E9=F2=E5,

=C4=ED=E5=F1 =E5 =C0=F0=F5=E0=ED=E3=E5=EB=EE=E2=E4=E5=ED =E8 =EF=F0=E0=E7=
=ED=F3=E2=E0=EC =E8=EC=E5=ED =E4=E5=ED, =E7=E0=F2=EE=E2=E0 =ED=FF=EC=E0 =E4=
=E0 =EF=F0=EE=E2=E5=F0=FF=E2=E0=EC =EF=EE=F9=E0=F2=E0 =E4=EE =EF=EE=ED=E5=
=E4=E5=EB=ED=E8=EA.
=C1=EB=E0=E3=EE=E4=E0=F0=FF =E7=E0 =F0=E0=E7=E1=E8=F0=E0=ED=E5=F2=EE!

=CC=E8=F8=E0
"""),
    ('bg', 'stolichna-obshtina-delovodstvo', 'automated', (), """\
Return-Path: <delovodstvo@sofia-obshtina.bg>
Received: from mail.sofia-obshtina.bg (mail.sofia-obshtina.bg [212.39.90.42])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqC3B9E7A45
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 13:22:18 +0100 (CET)
Date: Mon, 16 Nov 2026 14:22:16 +0200
From: =?UTF-8?B?0JTQtdC70L7QstC+0LTRgdGC0LLQvg==?= <delovodstvo@sofia-obshtina.bg>
To: privacy@shop.example.be
Subject: =?utf-8?B?0KDQtdCz0LjRgdGC0YDQuNGA0LDQvSDQstGF0L7QtNGP0Ykg4oSWIA==?=
 =?utf-8?B?0KHQntCQMjYt0JLQmjY2LTEyMzQ1?=
Message-ID: <ack.SOA26-VK66-12345.405d3343@sofia-obshtina.bg>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

0KHQotCe0JvQmNCn0J3QkCDQntCR0KnQmNCd0JAK0J3QsNC/0YDQsNCy0LvQtdC90LjQtSDigJ7Q
kNC00LzQuNC90LjRgdGC0YDQsNGC0LjQstC90L4g0L7QsdGB0LvRg9C20LLQsNC90LXigJwg4oCT
INCU0LXQu9C+0LLQvtC00YHRgtCy0L4KCtCj0LLQsNC20LDQtdC80Lgg0LMt0L0v0LMt0LbQviwK
CtCS0LDRiNC10YLQviDRgdGK0L7QsdGJ0LXQvdC40LUg0LUg0L/QvtC70YPRh9C10L3QviDQuCDR
gNC10LPQuNGB0YLRgNC40YDQsNC90L4g0LIg0LTQtdC70L7QstC+0LTQvdCw0YLQsCDRgdC40YHR
gtC10LzQsCDRgSDQstGFLiDihJYg0KHQntCQMjYt0JLQmjY2LTEyMzQ1IC8gMTYuMTEuMjAyNiDQ
sy4KCtCe0YLQs9C+0LLQvtGAINGJ0LUg0L/QvtC70YPRh9C40YLQtSDQsiDRgdGA0L7Quiwg0YHR
itCz0LvQsNGB0L3QviDQkNC00LzQuNC90LjRgdGC0YDQsNGC0LjQstC90L7Qv9GA0L7RhtC10YHR
g9Cw0LvQvdC40Y8g0LrQvtC00LXQutGBLiDQnNC+0LbQtdGC0LUg0LTQsCDQv9GA0L7RgdC70LXQ
tNC40YLQtSDQtNCy0LjQttC10L3QuNC10YLQviDQvdCwINC/0YDQtdC/0LjRgdC60LDRgtCwINC9
0LAg0LDQtNGA0LXRgSBodHRwczovL2RlbG92b2RzdHZvLnNvZmlhLW9ic2h0aW5hLmJnINGBINCy
0YXQvtC00Y/RidC40Y8g0L3QvtC80LXRgC4KCtCi0L7QstCwINGB0YrQvtCx0YnQtdC90LjQtSDQ
tSDQs9C10L3QtdGA0LjRgNCw0L3QviDQsNCy0YLQvtC80LDRgtC40YfQvdC+LiDQnNC+0LvRjywg
0L3QtSDQvtGC0LPQvtCy0LDRgNGP0LnRgtC1INC90LAg0L3QtdCz0L4uCgotLS0tLSDQn9C+0LvR
g9GH0LXQvdC+INGB0YrQvtCx0YnQtdC90LjQtSAtLS0tLQrQntGCOiBwcml2YWN5QHNob3AuZXhh
bXBsZS5iZQrQntGC0L3QvtGB0L3Qvjog0JLQsNGI0LXRgtC+INC40YHQutCw0L3QtSDQt9CwINC6
0L7RgNC40LPQuNGA0LDQvdC1INC90LAg0LTQsNC90L3QuCDigJMgUFJWLTIwMjYtMTE1OTIKCtCX
0LTRgNCw0LLQtdC50YLQtSwg0LMt0LbQviDQndC40LrQvtC70L7QstCwLAoK0L/QvtC70YPRh9C4
0YXQvNC1INC40YHQutCw0L3QtdGC0L4g0JLQuCDQt9CwINC60L7RgNC40LPQuNGA0LDQvdC1INC9
0LAg0LDQtNGA0LXRgdCwINCyINC/0YDQvtGE0LjQu9CwINCS0LguINCX0LAg0LTQsCDQs9C+INC/
0L7RgtCy0YrRgNC00LjRgtC1LCDQvNC+0LvRjywg0L3QsNGC0LjRgdC90LXRgtC1INCy0YDRitC3
0LrQsNGC0LA6Cmh0dHBzOi8vc2hvcC5leGFtcGxlLmJlL3ByaXZhY3kvY29uZmlybS82ZGUyZjA4
YTRiOTEKCtCV0LrQuNC/INC/0L4g0LfQsNGJ0LjRgtCwINC90LAg0LTQsNC90L3QuNGC0LUKc2hv
cC5leGFtcGxlLmJlCgo+INCc0L7Qu9GPLCDQutC+0YDQuNCz0LjRgNCw0LnRgtC1INCw0LTRgNC1
0YHQsCDQvNC4INC90LAg0YPQuy4g4oCe0KbQsNGAINCh0LjQvNC10L7QveKAnCA0Miwg0KHQvtGE
0LjRjyAxMDAwLgo+INCg0LDQtNC60LAg0J3QuNC60L7Qu9C+0LLQsAo=
"""),
    ('bg', 'university-sieve-vacation-bg', 'automated', (), """\
Return-Path: <>
Received: from mail.uni-ruse-example.bg (mail.uni-ruse-example.bg [29.162.181.38])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqE8AC6C0A7
	for <privacy@shop.example.be>; Mon, 30 Nov 2026 16:02:40 +0200
Message-ID: <dovecot-sieve-1796763303-847566-0@mail.uni-ruse-example.bg>
Date: Mon, 30 Nov 2026 16:02:40 +0200
From: =?utf-8?B?0LPQuy4g0LDRgS4g0LQt0YAg0J/QtdGC0Y8g?=
 =?utf-8?B?0KLQvtC00L7RgNC+0LLQsA==?= <p.todorova@uni-ruse-example.bg>
To: <privacy@shop.example.be>
Subject: =?utf-8?B?0J7RgtGB0YrRgdGC0LLQuNC1INC00L4gOSDQtNC10LrQtdC80LLRgNC4?=
In-Reply-To: <prv-2026-11760.1764580033.2290@shop.example.be>
References: <prv-2026-11760.1764580033.2290@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.19 (d7fab26d)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0J7RgtGB0YrRgdGC0LLQsNC8INC+0YIg0YPQvdC40LLQtdGA
0YHQuNGC0LXRgtCwINC00L4gOSDQtNC10LrQtdC80LLRgNC4IDIwMjYg0LMuICg4INC00LXQutC1
0LzQstGA0Lgg4oCTINCU0LXQvSDQvdCwINGB0YLRg9C00LXQvdGC0LjRgtC1IOKAkyDQtSDQvdC1
0L/RgNC40YHRitGB0YLQstC10L0g0LTQtdC9KS4K0J/QviDQstGK0L/RgNC+0YHQuCwg0YHQstGK
0YDQt9Cw0L3QuCDRgSDQuNC30L/QuNGC0LjRgtC1LCDRgdC1INC+0LHRgNGK0YnQsNC50YLQtSDQ
utGK0Lwg0JjQo9CmINC90LAg0YLQtdC7LiAwODIgODg4IDIxMS4KCtCf0L7Qt9C00YDQsNCy0Lgs
CtCz0LsuINCw0YEuINC0LdGAINCf0LXRgtGPINCi0L7QtNC+0YDQvtCy0LAK0JrQsNGC0LXQtNGA
0LAg4oCe0JjQvdGE0L7RgNC80LDRgtC40LrQsCDQuCDQuNC90YTQvtGA0LzQsNGG0LjQvtC90L3Q
uCDRgtC10YXQvdC+0LvQvtCz0LjQuOKAnAo=
"""),
    ('bg', 'person-business-trip-access', 'access', (), """\
Return-Path: <ivaylo.kostov@gmail.com>
Received: by mail-qt1-f51.google.com with SMTP id d75a77b69052e-4ee1f2a3b4eso51032981cf.2
        for <privacy@shop.example.be>; Thu, 19 Nov 2026 01:22:08 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?B?0JjQstCw0LnQu9C+INCa0L7RgdGC0L7Qsg==?= <ivaylo.kostov@gmail.com>
Date: Thu, 19 Nov 2026 11:21:57 +0200
Message-ID: <CAJj45eX9NtP4+pcgZj1oJLA1hpMHpUt8hWo9mL3iQzKH-@mail.gmail.com>
Subject: =?UTF-8?B?0JvQuNGH0L3QuCDQtNCw0L3QvdC4?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LArQsiDQutC+0LzQsNC90LTQuNGA0L7QstC60LAg0YHRitC8INC0
0L4gMjAuMTEg0Lgg0L/QuNGI0LAg0L7RgiDRgtC10LvQtdGE0L7QvdCwLCDQt9Cw0YLQvtCy0LAg
0L3QsNC60YDQsNGC0LrQvi4K0JzQvtC70Y8g0LjQt9C/0YDQsNGC0LXRgtC1INC80Lgg0LrQvtC/
0LjQtSDQvtGCINC70LjRh9C90LjRgtC1INC00LDQvdC90Lgg0LrQvtC40YLQviDRgdGK0YXRgNCw
0L3Rj9Cy0LDRgtC1INC30LAg0LzQtdC9IC0g0L/RgNC+0YTQuNC7LCDQv9C+0YDRitGH0LrQuCwg
0LrQsNGA0YLQsCDQt9CwINC70L7Rj9C70L3QvtGB0YIuINCg0LXQs9C40YHRgtGA0LjRgNCw0L0g
0YHRitC8INGBINGC0L7Qt9C4INC40LzQtdC50LsuCtCR0LvQsNCz0L7QtNCw0YDRjwrQmNCy0LDQ
udC70L4g0JrQvtGB0YLQvtCyCgrQmNC30L/RgNCw0YLQtdC90L4g0L7RgiDQvNC+0Y8gU2Ftc3Vu
ZyBHYWxheHkg0YHQvNCw0YDRgtGE0L7QvS4K
"""),
    ('en', 'exchange-online-oof-en', 'automated', (), """\
Return-Path: <>
Received: from DB9PR05MB8127.eurprd05.prod.outlook.com (2603:10a6:20b:c2f::9d) by DB4PR04MB9831.eurprd05.prod.outlook.com
 with HTTPS; Tue, 17 Nov 2026 09:03:22 +0000
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur02on2076.outbound.protection.outlook.com [40.107.74.247])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Dq7B43EB187
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 10:03:25 +0100 (CET)
From: Declan Murphy <declan.murphy@brennanhomeware.ie>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatic reply: Please confirm your request - PRV-2026-11519
Thread-Topic: Please confirm your request - PRV-2026-11519
Thread-Index: AQH9ciOcKvurdJ0apmNJiug3kvw==
Date: Tue, 17 Nov 2026 09:03:22 +0000
Message-ID: <E2AF30E374C9C0A0D19Adceeec1a@DB9PR05MB8127.eurprd05.prod.outlook.com>
References: <prv-2026-11519.1763392207.8812@shop.example.be>
In-Reply-To: <prv-2026-11519.1763392207.8812@shop.example.be>
Content-Language: en-IE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_1A6D9D5532CDEEE0158F1A97E6A8BB68_"
MIME-Version: 1.0

--_000_1A6D9D5532CDEEE0158F1A97E6A8BB68_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGksCgpUaGFua3MgZm9yIHlvdXIgZW1haWwuIEknbSBvdXQgb2YgdGhlIG9mZmljZSBvbiBhbm51
YWwgbGVhdmUsIHJldHVybmluZyBNb25kYXkgMjMgTm92ZW1iZXIuIEkgd2lsbCBoYXZlIGxpbWl0
ZWQgYWNjZXNzIHRvIGVtYWlsLgoKRm9yIGFueXRoaW5nIHVyZ2VudCwgcGxlYXNlIGNvbnRhY3Qg
U2lvYmhhbiBLZWxseSBvbiArMzUzIDEgNTU1IDAxOTIgb3Igc2lvYmhhbi5rZWxseUBicmVubmFu
aG9tZXdhcmUuaWUuCgpLaW5kIHJlZ2FyZHMsCkRlY2xhbgoKRGVjbGFuIE11cnBoeSB8IENhdGVn
b3J5IE1hbmFnZXIKQnJlbm5hbiBIb21ld2FyZSBMdGQuIHwgVW5pdCA0LCBCYWxseW1vdW50IElu
ZHVzdHJpYWwgRXN0YXRlLCBEdWJsaW4gMTIK

--_000_1A6D9D5532CDEEE0158F1A97E6A8BB68_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Hi,<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Thanks for your email. I'm out of the office on annu=
al leave, returning Monday 23 November. I will have limited access to email=
.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">For anything urgent, please contact Siobhan Kelly on=
 +353 1 555 0192 or siobhan.kelly@brennanhomeware.ie.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Kind regards,<o:p></o:p></p>
<p class=3D"MsoNormal">Declan<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Declan Murphy | Category Manager<o:p></o:p></p>
<p class=3D"MsoNormal">Brennan Homeware Ltd. | Unit 4, Ballymount Industria=
l Estate, Dublin 12<o:p></o:p></p>
</div>
</body>
</html>

--_000_1A6D9D5532CDEEE0158F1A97E6A8BB68_--
"""),
    ('en', 'hospital-jira-sm-ack', 'automated', (), """\
Return-Path: <jira@northbridge-nhs.atlassian.net>
Received: from mail-us-east-1.atlassian.net (mail-us-east-1.atlassian.net [104.192.142.240])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqD2C6F0B17
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 11:51:07 +0100 (CET)
Date: Wed, 18 Nov 2026 10:51:06 +0000
From: Information Governance <ig.enquiries@northbridge-nhs.example.uk>
Reply-To: Information Governance <jira@northbridge-nhs.atlassian.net>
To: privacy@shop.example.be
Message-ID: <JIRA.2288410.1795085466000.41223.1795085467110@Atlassian.JIRA>
In-Reply-To: <prv-2026-11596.1763699001.3341@shop.example.be>
Subject: [JIRA] (IG-2026-08817) Your access request - PRV-2026-11596
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="===============9157166412566841526=="
X-JIRA-FingerPrint: 9d3a7e44f1c2b80a6e5d13f2c7b9a014
Auto-Submitted: auto-generated
Precedence: bulk

--===============9157166412566841526==
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

This is an automated response - please do not reply above this line.

Hello,

Thank you for contacting Northbridge University Hospital Information Governance team. Your enquiry has been logged with reference IG-2026-08817.

We aim to respond to all enquiries within 20 working days. Subject access requests are handled within one calendar month in line with UK GDPR.

If your query is urgent, please call 0161 555 0400 (Monday to Friday, 9am-4pm).

Kind regards,
Information Governance
Northbridge University Hospitals NHS Foundation Trust

-----------------------------------------
Your message:
From: privacy@shop.example.be
Subject: Your access request - PRV-2026-11596

Dear Ms Patel,
we have received your request for a copy of your personal data...

--===============9157166412566841526==
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 7bit

<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>This is an automated response - please do not reply above this line.<br>
<br>
Hello,<br>
<br>
Thank you for contacting Northbridge University Hospital Information Governance team. Your enquiry has been logged with reference IG-2026-08817.<br>
<br>
We aim to respond to all enquiries within 20 working days. Subject access requests are handled within one calendar month in line with UK GDPR.<br>
<br>
If your query is urgent, please call 0161 555 0400 (Monday to Friday, 9am-4pm).<br>
<br>
Kind regards,<br>
Information Governance<br>
Northbridge University Hospitals NHS Foundation Trust<br>
<br>
-----------------------------------------<br>
Your message:<br>
From: privacy@shop.example.be<br>
Subject: Your access request - PRV-2026-11596<br>
<br>
Dear Ms Patel,<br>
we have received your request for a copy of your personal data...</body></html>

--===============9157166412566841526==--
"""),
    ('en', 'person-confirm-plus-correction', 'access', ('correction',), """\
Return-Path: <conor.osullivan@btinternet.com>
Received: from re-prd-rgout-005.btmx-prd.synchronoss.net (re-prd-rgout-005.btmx-prd.synchronoss.net [87.248.110.37])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqE2A8D5B40
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 18:30:02 +0100 (CET)
From: Conor O'Sullivan <conor.osullivan@btinternet.com>
To: privacy@shop.example.be
Subject: RE: Please confirm your request - PRV-2026-11633
Date: Sun, 22 Nov 2026 17:29:55 -0000
Message-ID: <001101db5c9e$61f892ef$a74e3c26@btinternet.com>
In-Reply-To: <prv-2026-11633.1763790410.6502@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0
Content-Language: en-gb

Confirm - yes, I want the copy of my data please.

And while you're at it, please correct the spelling of my surname on the account: it's O'Sullivan, not OSullivan. The loyalty card has the wrong name too.

Conor

-----Original Message-----
From: Data Protection Team <privacy@shop.example.be>
Sent: 22 November 2026 09:12
To: conor.osullivan@btinternet.com
Subject: Please confirm your request - PRV-2026-11633

Dear customer,

We have received a request for a copy of the personal data linked to conor.osullivan@btinternet.com. Please confirm by replying to this e-mail or clicking the link below:
https://shop.example.be/privacy/confirm/41f0c7e9ab52

Data Protection Team
shop.example.be
"""),
    ('nl', 'exchange-online-oof-nl', 'automated', (), """\
Return-Path: <>
Received: from AM8PR01MB7412.eurprd01.prod.outlook.com (2603:10a6:20b:bd9::2e) by AM4PR05MB4503.eurprd01.prod.outlook.com
 with HTTPS; Wed, 25 Nov 2026 12:10:44 +0000
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur01on2016.outbound.protection.outlook.com [40.107.170.207])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Dq002F6C6F6
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 13:10:47 +0100 (CET)
From: Bakker, Ingrid <i.bakker@tuincentrum-vandervelde.nl>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Bevestig uw verzoek - PRV-2026-11640
Thread-Topic: Bevestig uw verzoek - PRV-2026-11640
Thread-Index: AQH0d6gbINmXivSP3I++tqixKcm==
Date: Wed, 25 Nov 2026 12:10:44 +0000
Message-ID: <4D41BBC001E2BD70DBD968680934@AM8PR01MB7412.eurprd01.prod.outlook.com>
References: <prv-2026-11640.1763801207.1120@shop.example.be>
In-Reply-To: <prv-2026-11640.1763801207.1120@shop.example.be>
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_42E0B73CB801191D42136E92F8C730E8_"
MIME-Version: 1.0

--_000_42E0B73CB801191D42136E92F8C730E8_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QmVzdGUgYWZ6ZW5kZXIsCgpJayB3ZXJrIG5pZXQgb3Agd29lbnNkYWcuIFZhbmFmIGRvbmRlcmRh
ZyBsZWVzIGlrIHV3IGJlcmljaHQgd2Vlci4KVm9vciBkcmluZ2VuZGUgemFrZW4ga3VudCB1IGNv
bnRhY3Qgb3BuZW1lbiBtZXQgb256ZSBrbGFudGVuc2VydmljZSB2aWEgMDMxOCAtIDU1IDQ0IDMz
IG9mIGtsYW50ZW5zZXJ2aWNlQHR1aW5jZW50cnVtLXZhbmRlcnZlbGRlLm5sLgoKTWV0IHZyaWVu
ZGVsaWprZSBncm9ldCwKSW5ncmlkIEJha2tlcgpUdWluY2VudHJ1bSBWYW4gZGVyIFZlbGRlIEIu
Vi4K

--_000_42E0B73CB801191D42136E92F8C730E8_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Beste afzender,<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Ik werk niet op woensdag. Vanaf donderdag lees ik uw=
 bericht weer.<o:p></o:p></p>
<p class=3D"MsoNormal">Voor dringende zaken kunt u contact opnemen met onze=
 klantenservice via 0318 - 55 44 33 of klantenservice@tuincentrum-vandervel=
de.nl.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Met vriendelijke groet,<o:p></o:p></p>
<p class=3D"MsoNormal">Ingrid Bakker<o:p></o:p></p>
<p class=3D"MsoNormal">Tuincentrum Van der Velde B.V.<o:p></o:p></p>
</div>
</body>
</html>

--_000_42E0B73CB801191D42136E92F8C730E8_--
"""),
    ('nl', 'person-holiday-objection-partners', 'objection', (), """\
Return-Path: <pieter.declercq@telenet.be>
Received: from cmgsmtp.telenet-ops.be (cmgsmtp.telenet-ops.be [195.130.132.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqF6B0A3E28
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 07:55:19 +0100 (CET)
From: Pieter De Clercq <pieter.declercq@telenet.be>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Date: Fri, 13 Nov 2026 07:55:11 +0100
Subject: Afwezig tot 15/11 - gegevens en reclamepartners
Message-Id: <73DF4789-6ECA-6B26-9FE2-D192B9E6B34B@telenet.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Goeiemorgen,

Ik ben met vakantie tot 15 november en lees mijn mails maar af en toe, maar=
 dit wil ik toch even laten weten: ik maak bezwaar tegen het delen van mijn=
 gegevens met jullie reclamepartners en tegen het volgen van mijn surfgedra=
g voor gepersonaliseerde advertenties. Mijn klantenaccount mag gewoon blijv=
en bestaan.

Groeten,
Pieter De Clercq

Verzonden vanaf mijn iPhone
"""),
    ('fr', 'exchange-online-oof-fr', 'automated', (), """\
Return-Path: <>
Received: from PR3PR02MB6150.eurprd02.prod.outlook.com (2603:10a6:20b:146::e3) by PR9PR03MB2161.eurprd02.prod.outlook.com
 with HTTPS; Thu, 26 Nov 2026 08:30:05 +0000
Received: from EUR04-AM6-obe.outbound.protection.outlook.com (mail-am6eur01on2084.outbound.protection.outlook.com [40.107.5.93])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Dq069D2A608
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 09:30:08 +0100 (CET)
From: Lambert Sophie <sophie.lambert@jardins-dewitte.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?UsOpcG9uc2UgYXV0b21hdGlxdWUgOiBDb25maXJtZXogdm90cmUg?=
 =?utf-8?B?ZGVtYW5kZSDigJMgUFJWLTIwMjYtMTE2NDY=?=
Thread-Topic: =?utf-8?B?Q29uZmlybWV6IHZvdHJlIGRlbWFuZGUg4oCTIFBSVi0yMDI2LTExNjQ2?=
Thread-Index: AQHZWuOjU18CywiXlXyCQUwwVO6==
Date: Thu, 26 Nov 2026 08:30:05 +0000
Message-ID: <41539683D7C63C5BCE8C73bd7075@PR3PR02MB6150.eurprd02.prod.outlook.com>
References: <prv-2026-11646.1763810401.9002@shop.example.be>
In-Reply-To: <prv-2026-11646.1763810401.9002@shop.example.be>
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_5FE06C51D118336E20B510396BAB08FD_"
MIME-Version: 1.0

--_000_5FE06C51D118336E20B510396BAB08FD_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

Qm9uam91ciwKCkplIHN1aXMgYWJzZW50ZSBkdSBidXJlYXUganVzcXUnYXUgbHVuZGkgMzAgbm92
ZW1icmUgaW5jbHVzIChjb25nw6kgZGUgbWFsYWRpZSkuClBvdXIgdG91dGUgZGVtYW5kZSB1cmdl
bnRlLCBtZXJjaSBkZSBjb250YWN0ZXIgbWEgY29sbMOoZ3VlIEp1bGllIE1hcnRpbiBhdSAwODEg
MjIgMzMgNDQgb3UganVsaWUubWFydGluQGphcmRpbnMtZGV3aXR0ZS5iZS4KCkNvcmRpYWxlbWVu
dCwKU29waGllIExhbWJlcnQKUmVzcG9uc2FibGUgYWRtaW5pc3RyYXRpdmUg4oCTIExlcyBKYXJk
aW5zIERld2l0dGUgU0EK

--_000_5FE06C51D118336E20B510396BAB08FD_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Bonjour,<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Je suis absente du bureau jusqu'au lundi 30 novembre=
 inclus (cong=C3=A9 de maladie).<o:p></o:p></p>
<p class=3D"MsoNormal">Pour toute demande urgente, merci de contacter ma co=
ll=C3=A8gue Julie Martin au 081 22 33 44 ou julie.martin@jardins-dewitte.be=
.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Cordialement,<o:p></o:p></p>
<p class=3D"MsoNormal">Sophie Lambert<o:p></o:p></p>
<p class=3D"MsoNormal">Responsable administrative =E2=80=93 Les Jardins Dew=
itte SA<o:p></o:p></p>
</div>
</body>
</html>

--_000_5FE06C51D118336E20B510396BAB08FD_--
"""),
    ('fr', 'orange-mail-message-absence', 'automated', (), """\
Return-Path: <>
Received: from smtp-out.orange.fr (smtp-out.orange.fr [235.106.136.148])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqFDC67DA6C
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 14:05:51 +0100
Message-ID: <dovecot-sieve-1796233743-556597-0@smtp-out.orange.fr>
Date: Fri, 20 Nov 2026 14:05:51 +0100
From: Gilles Moreau <gilles.moreau@orange.fr>
To: <privacy@shop.example.be>
Subject: Message d'absence
In-Reply-To: <prv-2026-11650.1763820010.4471@shop.example.be>
References: <prv-2026-11650.1763820010.4471@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis actuellement en d=C3=A9placement et je n'ai pas acc=C3=A8s =C3=A0 m=
a messagerie jusqu'au 27 novembre. Je prendrai connaissance de votre messag=
e =C3=A0 mon retour.

Bien =C3=A0 vous,
Gilles Moreau
"""),
    ('de', 'exchange-online-oof-de', 'automated', (), """\
Return-Path: <>
Received: from FR2P281MB1432.DEUP281.PROD.OUTLOOK.COM (2603:10a6:20b:cdf::81) by FR9PR08MB7838.DEUP281.PROD.OUTLOOK.COM
 with HTTPS; Mon, 23 Nov 2026 14:44:01 +0000
Received: from EUR02-HE1-obe.outbound.protection.outlook.com (mail-he1eur03on2067.outbound.protection.outlook.com [40.107.56.51])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Dq354EFBC08
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 15:44:04 +0100 (CET)
From: Schneider, Thomas <thomas.schneider@gartenwelt-koeln.de>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatische_Antwort=3A_Bitte_best=C3=A4tigen_Sie_Ihre_?=
 =?utf-8?Q?Anfrage_=2D_PRV=2D2026=2D11656?=
Thread-Topic: =?utf-8?B?Qml0dGUgYmVzdMOkdGlnZW4gU2llIElocmUgQW5mcmFnZSAtIA==?=
 =?utf-8?B?UFJWLTIwMjYtMTE2NTY=?=
Thread-Index: AQHvkUXbgglFR8DYBe9CGfR6hxW==
Date: Mon, 23 Nov 2026 14:44:01 +0000
Message-ID: <2F1813886332013AD21Bd3a68b49@FR2P281MB1432.DEUP281.PROD.OUTLOOK.COM>
References: <prv-2026-11656.1763830007.5512@shop.example.be>
In-Reply-To: <prv-2026-11656.1763830007.5512@shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_9B0A42C091AF26AF2F72825B497C2092_"
MIME-Version: 1.0

--_000_9B0A42C091AF26AF2F72825B497C2092_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

U2VociBnZWVocnRlIERhbWVuIHVuZCBIZXJyZW4sCgp2aWVsZW4gRGFuayBmw7xyIElocmUgTmFj
aHJpY2h0LiBJY2ggYmluIGJpcyBlaW5zY2hsaWXDn2xpY2ggNC4gRGV6ZW1iZXIgMjAyNiBuaWNo
dCBpbSBCw7xyby4gSWhyZSBFLU1haWwgd2lyZCBuaWNodCB3ZWl0ZXJnZWxlaXRldC4KSW4gZHJp
bmdlbmRlbiBGw6RsbGVuIHdlbmRlbiBTaWUgc2ljaCBiaXR0ZSBhbiBGcmF1IEthdHJpbiBXZWJl
ciAoa2F0cmluLndlYmVyQGdhcnRlbndlbHQta29lbG4uZGUsIFRlbC4gKzQ5IDIyMSA5ODc2NTQt
MTIpLgoKTWl0IGZyZXVuZGxpY2hlbiBHcsO8w59lbgpUaG9tYXMgU2NobmVpZGVyCkVpbmthdWYK
CkdhcnRlbndlbHQgS8O2bG4gR21iSCB8IEFhY2hlbmVyIFN0ci4gMTA0MCB8IDUwODU4IEvDtmxu
Ckdlc2Now6RmdHNmw7xocmVyOiBNYXJrdXMgSG9mZm1hbm4gfCBBbXRzZ2VyaWNodCBLw7ZsbiBI
UkIgMTIzNDUK

--_000_9B0A42C091AF26AF2F72825B497C2092_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">vielen Dank f=C3=BCr Ihre Nachricht. Ich bin bis ein=
schlie=C3=9Flich 4. Dezember 2026 nicht im B=C3=BCro. Ihre E-Mail wird nich=
t weitergeleitet.<o:p></o:p></p>
<p class=3D"MsoNormal">In dringenden F=C3=A4llen wenden Sie sich bitte an F=
rau Katrin Weber (katrin.weber@gartenwelt-koeln.de, Tel. +49 221 987654-12)=
.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Mit freundlichen Gr=C3=BC=C3=9Fen<o:p></o:p></p>
<p class=3D"MsoNormal">Thomas Schneider<o:p></o:p></p>
<p class=3D"MsoNormal">Einkauf<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Gartenwelt K=C3=B6ln GmbH | Aachener Str. 1040 | 508=
58 K=C3=B6ln<o:p></o:p></p>
<p class=3D"MsoNormal">Gesch=C3=A4ftsf=C3=BChrer: Markus Hoffmann | Amtsger=
icht K=C3=B6ln HRB 12345<o:p></o:p></p>
</div>
</body>
</html>

--_000_9B0A42C091AF26AF2F72825B497C2092_--
"""),
    ('de', 'hcl-domino-abwesenheit-de', 'automated', (), """\
Return-Path: <>
Received: from mail.stadtwerke-bergheim-example.de (mail.stadtwerke-bergheim-example.de [80.146.233.18])
	by mx1.shop.example.be (Postfix) with ESMTP id 4DqA1F4C9E03
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 07:30:15 +0100 (CET)
Auto-Submitted: auto-generated
Subject: Abwesenheitsnotiz: Re: Ihre Auskunftsanfrage - PRV-2026-11661
From: Werner Krause <werner.krause@stadtwerke-bergheim-example.de>
To: privacy@shop.example.be
Date: Tue, 24 Nov 2026 07:30:13 +0100
Message-ID: <OF60360D1A.42B1F3D7-ONC1258C680F.5183DBC7-C1258C47AF.07E06010@stadtwerke-bergheim-example.de>
X-Mailer: HCL Notes Release 12.0.2 FP3 November 17, 2023
X-MIMETrack: Serialize by Router on SWBDOM01/SWB/DE(Release 12.0.2FP3|November 17, 2023) at
 24.11.2026 07:30:14
MIME-Version: 1.0
Content-type: text/plain; charset=ISO-8859-1
Content-transfer-encoding: quoted-printable

Ich werde ab  23.11.2026 nicht im B=FCro sein. Ich kehre zur=FCck am
30.11.2026.

Ich werde Ihre Nachricht nach meiner R=FCckkehr beantworten. In dringenden
F=E4llen wenden Sie sich bitte an die Zentrale: 02271 4711-0.
"""),
    ('de', 'person-leave-reminder-complaint', 'complaint', ('access',), """\
Return-Path: <sabine.wolf@gmx.de>
Received: from mout.gmx.net (mout.gmx.net [212.227.17.21])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqB6D2A8F50
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 21:12:08 +0100 (CET)
MIME-Version: 1.0
Message-ID: <trinity-5bcccf5e-4b2c-b3e1-5582-834b27f1c6f6-1795119127226@3c-app-gmx-bs54>
From: Sabine Wolf <sabine.wolf@gmx.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Abwesenheit_ab_20.11._/_Erinnerung:_Auskunft_nach_Art=2E_15_?=
 =?UTF-8?Q?DSGVO_weiterhin_unbeantwortet?=
Content-Type: text/plain; charset=UTF-8
Date: Thu, 19 Nov 2026 21:12:07 +0100
Importance: normal
Sensitivity: Normal
Content-Transfer-Encoding: quoted-printable
X-UI-Message-Type: mail

Hinweis: Ich bin vom 20.11. bis 4.12. im Urlaub und nur eingeschr=C3=A4nkt =
erreichbar.

Sehr geehrte Damen und Herren,

am 5. Oktober 2026 habe ich Sie um Auskunft =C3=BCber alle zu meiner Person=
 gespeicherten Daten gebeten (Kundenkonto sabine.wolf@gmx.de). Bis heute ha=
be ich weder die Auskunft noch eine Eingangsbest=C3=A4tigung erhalten, obwo=
hl die Frist von einem Monat l=C3=A4ngst abgelaufen ist.

Ich erwarte die vollst=C3=A4ndige Auskunft bis sp=C3=A4testens 4. Dezember.=
 Andernfalls werde ich mich bei der Datenschutzbeh=C3=B6rde beschweren.

Mit freundlichen Gr=C3=BC=C3=9Fen
Sabine Wolf
"""),
    ('es', 'exchange-online-oof-es', 'automated', (), """\
Return-Path: <>
Received: from PAVPR08MB9871.eurprd08.prod.outlook.com (2603:10a6:20b:bc8::23) by PA8PR05MB2973.eurprd08.prod.outlook.com
 with HTTPS; Tue, 24 Nov 2026 10:02:33 +0000
Received: from EUR03-AM6-obe.outbound.protection.outlook.com (mail-am6eur04on2082.outbound.protection.outlook.com [40.107.112.233])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqC7C507200
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 11:02:36 +0100 (CET)
From: =?iso-8859-1?Q?Garc=EDa_L=F3pez=2C_Luc=EDa?= <lucia.garcia@viveroslevante.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?UmVzcHVlc3RhIGF1dG9tw6F0aWNhOiBDb25maXJtZSBzdSA=?=
 =?utf-8?B?c29saWNpdHVkIOKAkyBQUlYtMjAyNi0xMTY2OA==?=
Thread-Topic: =?utf-8?B?Q29uZmlybWUgc3Ugc29saWNpdHVkIOKAkyBQUlYtMjAyNi0xMTY2OA==?=
Thread-Index: AQH38yNQPSXR3GYN3srdwUDSVq6==
Date: Tue, 24 Nov 2026 10:02:33 +0000
Message-ID: <DC205F55C672FE93AC071ef56e46@PAVPR08MB9871.eurprd08.prod.outlook.com>
References: <prv-2026-11668.1763850510.2215@shop.example.be>
In-Reply-To: <prv-2026-11668.1763850510.2215@shop.example.be>
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_18EEBEA7523BDD44210D998F6EFF02BD_"
MIME-Version: 1.0

--_000_18EEBEA7523BDD44210D998F6EFF02BD_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QnVlbm9zIGTDrWFzOgoKRXN0b3kgZnVlcmEgZGUgbGEgb2ZpY2luYSBoYXN0YSBlbCAxIGRlIGRp
Y2llbWJyZSwgY29uIGFjY2VzbyBsaW1pdGFkbyBhbCBjb3JyZW8uClBhcmEgY3VhbHF1aWVyIGFz
dW50byB1cmdlbnRlLCBwdWVkZSBjb250YWN0YXIgY29uIG1pIGNvbXBhw7Flcm8gSmF2aWVyIFJ1
aXogZW4gamF2aWVyLnJ1aXpAdml2ZXJvc2xldmFudGUuZXMgbyBlbiBlbCA5NjMgNTU1IDIxMC4K
ClVuIHNhbHVkbywKTHVjw61hIEdhcmPDrWEgTMOzcGV6CkRwdG8uIEFkbWluaXN0cmFjacOzbiDi
gJMgVml2ZXJvcyBMZXZhbnRlIFMuTC4K

--_000_18EEBEA7523BDD44210D998F6EFF02BD_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Buenos d=C3=ADas:<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Estoy fuera de la oficina hasta el 1 de diciembre, c=
on acceso limitado al correo.<o:p></o:p></p>
<p class=3D"MsoNormal">Para cualquier asunto urgente, puede contactar con m=
i compa=C3=B1ero Javier Ruiz en javier.ruiz@viveroslevante.es o en el 963 5=
55 210.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Un saludo,<o:p></o:p></p>
<p class=3D"MsoNormal">Luc=C3=ADa Garc=C3=ADa L=C3=B3pez<o:p></o:p></p>
<p class=3D"MsoNormal">Dpto. Administraci=C3=B3n =E2=80=93 Viveros Levante =
S.L.<o:p></o:p></p>
</div>
</body>
</html>

--_000_18EEBEA7523BDD44210D998F6EFF02BD_--
"""),
    ('es', 'gmail-vacation-es', 'automated', (), """\
Return-Path: <albertonavarro.bcn@gmail.com>
Received: by mail-ej1-f41.google.com with SMTP id a640c23a62f3a-b874d7acf1d9.28
        for <privacy@shop.example.be>; Wed, 25 Nov 2026 19:44:02 +0100
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1795914530; x=1795722476; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to
         :references:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=6jFMHxpKTwu7BnWctX8XG6KGKAWeLJ1OxV3rZQvzPw=;
        b=r92zm9TsAJbQolwPJX8rbxrdiIaTxQzt2y1X1C0e7K6ONqrCZirPuUgC+GE/kYRthcc50dK1RFsu
X-Google-Smtp-Source: AGHT+IoA5bCqP9ZYduFcI2ELslB8WYqv9QNIfa/3P0E9Xyai3QzsEXl5gwzpwkJ2QaK/
MIME-Version: 1.0
References: <prv-2026-11672.1763860090.7720@shop.example.be>
In-Reply-To: <prv-2026-11672.1763860090.7720@shop.example.be>
Auto-Submitted: auto-replied
From: Alberto Navarro <albertonavarro.bcn@gmail.com>
Date: Wed, 25 Nov 2026 19:44:02 +0100
Message-ID: <CAMkCQ6rNcggpumbu-lMmLYQoVkCXe_yCf4Cz6xcIVTjhl@mail.gmail.com>
Subject: =?UTF-8?B?UmU6IENvbmZpcm1lIHN1IHNvbGljaXR1ZCDigJMg?=
 =?UTF-8?B?UFJWLTIwMjYtMTE2NzI=?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000485556f546b5fbfc"

--000000000000485556f546b5fbfc
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

=C2=A1Hola!

Estoy de viaje hasta el 2 de diciembre y apenas miro el correo. Te contesto=
 a la vuelta =F0=9F=98=8A

Un abrazo,
Alberto

--000000000000485556f546b5fbfc
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>=C2=A1Hola!</div><div><br></div><div>Estoy de viaje h=
asta el 2 de diciembre y apenas miro el correo. Te contesto a la vuelta =F0=
=9F=98=8A</div><div><br></div><div>Un abrazo,</div><div>Alberto</div></div>

--000000000000485556f546b5fbfc--
"""),
    ('it', 'exchange-online-oof-it', 'automated', (), """\
Return-Path: <>
Received: from AS8PR07MB8044.eurprd07.prod.outlook.com (2603:10a6:20b:a2::a4) by AS9PR07MB4129.eurprd07.prod.outlook.com
 with HTTPS; Thu, 26 Nov 2026 15:20:10 +0000
Received: from EUR05-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2090.outbound.protection.outlook.com [40.107.1.231])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqEFA45301D
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 16:20:13 +0100 (CET)
From: Rossi Giulia <giulia.rossi@arredogiardino-brianza.it>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Risposta automatica: Confermi la sua richiesta - PRV-2026-11675
Thread-Topic: Confermi la sua richiesta - PRV-2026-11675
Thread-Index: AQHJ2J/QxavKWHlUJrdRL31PSiq==
Date: Thu, 26 Nov 2026 15:20:10 +0000
Message-ID: <8ACAF1AEB1ADB37CD4B0dd54bb84@AS8PR07MB8044.eurprd07.prod.outlook.com>
References: <prv-2026-11675.1763870301.6600@shop.example.be>
In-Reply-To: <prv-2026-11675.1763870301.6600@shop.example.be>
Content-Language: it-IT
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_402E29F8838333D11813B8544F1C28AD_"
MIME-Version: 1.0

--_000_402E29F8838333D11813B8544F1C28AD_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QnVvbmdpb3JubywKCnNvbm8gZnVvcmkgdWZmaWNpbyBmaW5vIGEgbHVuZWTDrCAzMCBub3ZlbWJy
ZSwgY29uIGFjY2Vzc28gbGltaXRhdG8gYWxsYSBwb3N0YSBlbGV0dHJvbmljYS4KUGVyIHVyZ2Vu
emUgcHXDsiByaXZvbGdlcnNpIGFsbGEgY29sbGVnYSBDaGlhcmEgQmlhbmNoaSAoY2hpYXJhLmJp
YW5jaGlAYXJyZWRvZ2lhcmRpbm8tYnJpYW56YS5pdCDigJMgdGVsLiAwMzkgNTU1IDEyMzQpLgoK
Q29yZGlhbGkgc2FsdXRpLApHaXVsaWEgUm9zc2kKVWZmaWNpbyBBY3F1aXN0aSDigJMgQXJyZWRv
IEdpYXJkaW5vIEJyaWFuemEgUy5yLmwuCg==

--_000_402E29F8838333D11813B8544F1C28AD_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Buongiorno,<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">sono fuori ufficio fino a luned=C3=AC 30 novembre, c=
on accesso limitato alla posta elettronica.<o:p></o:p></p>
<p class=3D"MsoNormal">Per urgenze pu=C3=B2 rivolgersi alla collega Chiara =
Bianchi (chiara.bianchi@arredogiardino-brianza.it =E2=80=93 tel. 039 555 12=
34).<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Cordiali saluti,<o:p></o:p></p>
<p class=3D"MsoNormal">Giulia Rossi<o:p></o:p></p>
<p class=3D"MsoNormal">Ufficio Acquisti =E2=80=93 Arredo Giardino Brianza S=
.r.l.<o:p></o:p></p>
</div>
</body>
</html>

--_000_402E29F8838333D11813B8544F1C28AD_--
"""),
    ('it', 'person-confermo-portability', 'portability', (), """\
Return-Path: <m.ferrari72@libero.it>
Received: from smtp-31.iol.local (smtp-31.iol.local [10.101.8.31])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4DqC9E3B1A74
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 08:17:30 +0100 (CET)
Date: Fri, 27 Nov 2026 08:17:28 +0100 (CET)
From: Marco Ferrari <m.ferrari72@libero.it>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <277926559.470421.1795245448872@mail1.libero.it>
In-Reply-To: <prv-2026-11681.1763880020.3302@shop.example.be>
Subject: R: Confermi la sua richiesta - PRV-2026-11681
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
Importance: Normal
X-Mailer: Open-Xchange Mailer v7.10.6-Rev63

Confermo la richiesta.
Vorrei ricevere i miei dati (ordini, indirizzi, punti fedelt=C3=A0) in un f=
ormato leggibile da computer, CSV o JSON va bene, perch=C3=A9 li devo trasf=
erire a un altro negozio.

Saluti
Marco Ferrari

> Il 27 novembre 2026 alle 07:58 privacy@shop.example.be ha scritto:
>
> Gentile cliente,
> abbiamo ricevuto una richiesta di portabilit=C3=A0 dei dati collegata all=
'indirizzo m.ferrari72@libero.it.
> Per confermare, risponda a questa e-mail oppure clicchi sul link:
> https://shop.example.be/privacy/confirm/c4a81e5f0d93
>
> Team Protezione Dati
> shop.example.be
"""),
    ('pt', 'exchange-online-oof-pt', 'automated', (), """\
Return-Path: <>
Received: from DB7PR04MB5210.eurprd04.prod.outlook.com (2603:10a6:20b:ac0::24) by DB8PR05MB4396.eurprd04.prod.outlook.com
 with HTTPS; Fri, 27 Nov 2026 11:05:40 +0000
Received: from EUR05-DB5-obe.outbound.protection.outlook.com (mail-db5eur04on2055.outbound.protection.outlook.com [40.107.164.81])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Dq7CBDB8E6E
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 12:05:43 +0100 (CET)
From: Rui Almeida <rui.almeida@casaejardim-porto.pt>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?UmVzcG9zdGEgYXV0b23DoXRpY2E6IENvbmZpcm1lIG8gc2V1IA==?=
 =?utf-8?B?cGVkaWRvIOKAkyBQUlYtMjAyNi0xMTY4Ng==?=
Thread-Topic: =?utf-8?B?Q29uZmlybWUgbyBzZXUgcGVkaWRvIOKAkyBQUlYtMjAyNi0xMTY4Ng==?=
Thread-Index: AQHclx1G0bO1S1rWwMIobSsg+Yb==
Date: Fri, 27 Nov 2026 11:05:40 +0000
Message-ID: <DBA01ECD26C58C391EAD2770f263@DB7PR04MB5210.eurprd04.prod.outlook.com>
References: <prv-2026-11686.1763890045.8830@shop.example.be>
In-Reply-To: <prv-2026-11686.1763890045.8830@shop.example.be>
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: multipart/alternative;
	boundary="_000_3C51F5AC7B166B0C5F92ED8A46D0C998_"
MIME-Version: 1.0

--_000_3C51F5AC7B166B0C5F92ED8A46D0C998_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

Qm9tIGRpYSwKCkVuY29udHJvLW1lIGF1c2VudGUgZW0gc2VydmnDp28gYXTDqSBkaWEgMiBkZSBk
ZXplbWJybywgY29tIGFjZXNzbyBsaW1pdGFkbyBhbyBjb3JyZWlvIGVsZXRyw7NuaWNvLiBOb3Rl
IHF1ZSAxIGRlIGRlemVtYnJvIMOpIGZlcmlhZG8gbmFjaW9uYWwuClBhcmEgYXNzdW50b3MgdXJn
ZW50ZXMsIHBvciBmYXZvciBjb250YWN0ZSBhIGNvbGVnYSBBbmEgU291c2EgYXRyYXbDqXMgZG8g
ZS1tYWlsIGFuYS5zb3VzYUBjYXNhZWphcmRpbS1wb3J0by5wdCBvdSBkbyB0ZWxlZm9uZSAyMiA1
NTUgMDE0My4KCkNvbSBvcyBtZWxob3JlcyBjdW1wcmltZW50b3MsClJ1aSBBbG1laWRhCkNhc2Eg
JiBKYXJkaW0gUG9ydG8sIExkYS4K

--_000_3C51F5AC7B166B0C5F92ED8A46D0C998_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Bom dia,<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Encontro-me ausente em servi=C3=A7o at=C3=A9 dia 2 d=
e dezembro, com acesso limitado ao correio eletr=C3=B3nico. Note que 1 de d=
ezembro =C3=A9 feriado nacional.<o:p></o:p></p>
<p class=3D"MsoNormal">Para assuntos urgentes, por favor contacte a colega =
Ana Sousa atrav=C3=A9s do e-mail ana.sousa@casaejardim-porto.pt ou do telef=
one 22 555 0143.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Com os melhores cumprimentos,<o:p></o:p></p>
<p class=3D"MsoNormal">Rui Almeida<o:p></o:p></p>
<p class=3D"MsoNormal">Casa &amp; Jardim Porto, Lda.<o:p></o:p></p>
</div>
</body>
</html>

--_000_3C51F5AC7B166B0C5F92ED8A46D0C998_--
"""),
    ('pt', 'sapo-mail-ox-vacation', 'automated', (), """\
Return-Path: <>
Received: from mx-out.sapo.pt (mx-out.sapo.pt [102.210.117.170])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Dq0A8E8B51E
	for <privacy@shop.example.be>; Sat, 28 Nov 2026 10:12:19 +0000
Message-ID: <dovecot-sieve-1795054481-499442-0@mx-out.sapo.pt>
Date: Sat, 28 Nov 2026 10:12:19 +0000
From: =?UTF-8?Q?Jo=C3=A3o_Carvalho?= <joao.carvalho@sapo.pt>
To: <privacy@shop.example.be>
Subject: =?UTF-8?Q?Ausente_at=C3=A9_30=2F11?=
In-Reply-To: <prv-2026-11690.1763900010.1207@shop.example.be>
References: <prv-2026-11690.1763900010.1207@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Estou de f=C3=A9rias at=C3=A9 30 de novembro e sem acesso regular ao e-mail=
. Responderei assim que regressar.

Obrigado,
Jo=C3=A3o Carvalho
"""),
]

"""Twenty-third set, mail from the odd machines around a mailbox, and people who use them (pl cs hr sv ro el bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'konica-minolta-scan-to-email', 'automated', (),
"""Return-Path: <skaner.wroclaw@shop.example.be>
Received: from bizhub-c258.wro.shop.local (unknown [10.20.4.31])
	by mx1.shop.example.be (Postfix) with ESMTP id 4RbK9Q2xYzz1Kq
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 14:53:07 +0100 (CET)
From: "bizhub C258" <skaner.wroclaw@shop.example.be>
To: <privacy@shop.example.be>
Subject: =?iso-8859-2?q?Zeskanowany_dokument_=28bizhub_C258=29?=
Date: Thu, 19 Nov 2026 14:53:02 +0100
Message-ID: <20261119145302.0001.SKM_C258@bizhub-c258.wro.shop.local>
MIME-Version: 1.0
X-Mailer: KONICA MINOLTA bizhub C258
Content-Type: multipart/mixed; boundary="KONICA_MINOLTA_Internet_Fax_Boundary"

--KONICA_MINOLTA_Internet_Fax_Boundary
Content-Type: text/plain; charset=ISO-8859-2
Content-Transfer-Encoding: quoted-printable

Dokument zeskanowany na urz=B1dzeniu: bizhub C258
Lokalizacja: Wroc=B3aw, 2 pi=EAtro, korytarz
Liczba stron: 3
Rozdzielczo=B6=E6: 300 dpi
Typ pliku: PDF

--KONICA_MINOLTA_Internet_Fax_Boundary
Content-Type: application/pdf; name="SKM_C25826111914530.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="SKM_C25826111914530.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAz
ODAgL0ZpbHRlciAvRENURGVjb2RlID4+CnN0cmVhbQpjt+8YbXGT+Gyo4CSCYlIt47ti8aZ6zthq
INzvm2w4qIjKwnXYJ8/WA+1uMLALvbgEhk4R3VyOIU3PufNV/59cAyshELHiPOtHW2bkRylMn6zA
Ih6z7R1ijqcuj06A7mjZOaN9MI9aBgfK6haseovxZKGrCUSTsLrOzRtwIW5LPUqvPr0M5We6akHq
opmagnveaOiYFH0Zr+DgGoloEe4dBtLnjEn5HxKIPizmrSVL8NU3hwN6tm4xdmJQWGLlRhNgdDUG
qkH2QTg4FOUujM5EHjuTHzGYk3hUxsJNqhB6nMd78Hxm0E1U/eD5Y4wNYagTcp+HEcBBgr3qhxzo
mi5aCr72FsQWtR12AcJA+sg1X9fgirxtkctGVPmYdtcXGzYF+pLpvpNFuvV8ReIgxjP2MR/oi7HD
VCd31dZYG780BleCUUCTfixiRxpg8z1L9v+cXkdfUf/Z9h5XtyaAWwIDpBNPiHVR0X1lpEurs8Sj
c5qWkthQSgXBN99cgGzk/GtANSnUygWbWUHPH7UpWmidAFgbxbpm9012uVgG/e54nuGkI9cKZW5k
c3RyZWFtCmVuZG9iagolJUVPRgo=

--KONICA_MINOLTA_Internet_Fax_Boundary--
"""),
    ('pl', 'e-doreczenia-notice', 'automated', (),
"""Return-Path: <bounce-edor@powiadomienia.edoreczenia.gov.pl>
Received: from mail-out2.coi.gov.pl (mail-out2.coi.gov.pl [195.187.97.21])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Rb3nT0vQkz1KX
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 08:42:19 +0100 (CET)
Date: Mon, 16 Nov 2026 08:42:11 +0100
From: e-Doręczenia <powiadomienia@edoreczenia.gov.pl>
To: privacy@shop.example.be
Message-ID: <5f1c2a7e-8d0b-4b37-9a0c-3e6f21d4a9b8@edoreczenia.gov.pl>
Subject: =?utf-8?q?Nowa_korespondencja_w_skrzynce_do_dor=C4=99cze=C5=84_elektronicz?=
 =?utf-8?q?nych?=
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_418233_1184460152.1794814931201"
Auto-Submitted: auto-generated

------=_Part_418233_1184460152.1794814931201
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Szanowni Pa=C5=84stwo,

do Pa=C5=84stwa skrzynki do dor=C4=99cze=C5=84 elektronicznych
AE:PL-38215-60417-WTHCE-29
wp=C5=82yn=C4=99=C5=82a nowa korespondencja.

Nadawca: Urz=C4=85d Skarbowy Wroc=C5=82aw-Fabryczna
Tytu=C5=82: Wezwanie do z=C5=82o=C5=BCenia wyja=C5=9Bnie=C5=84 - VAT-UE 10/=
2026
Data dor=C4=99czenia: 16.11.2026 08:41

Aby odebra=C4=87 korespondencj=C4=99, zaloguj si=C4=99 do aplikacji e-Dor=
=C4=99czenia:
https://edoreczenia.gov.pl/

Pami=C4=99taj: korespondencj=C4=99 uznaje si=C4=99 za dor=C4=99czon=C4=85 p=
o up=C5=82ywie 14 dni
od dnia jej wp=C5=82ywu do skrzynki, nawet je=C5=9Bli jej nie odbierzesz.

Wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie. Prosimy na ni=
=C4=85 nie odpowiada=C4=87.

------=_Part_418233_1184460152.1794814931201
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+PGh0bWwgbGFuZz0icGwiPjxoZWFkPjxtZXRhIGNoYXJzZXQ9IlVURi04
Ij48dGl0bGU+ZS1Eb3LEmWN6ZW5pYTwvdGl0bGU+PC9oZWFkPgo8Ym9keSBzdHlsZT0iZm9udC1m
YW1pbHk6QXJpYWwsc2Fucy1zZXJpZjtjb2xvcjojMWIxYjFiIj4KPHRhYmxlIHdpZHRoPSI2MDAi
IGNlbGxwYWRkaW5nPSIwIiBjZWxsc3BhY2luZz0iMCIgYWxpZ249ImNlbnRlciI+PHRyPjx0ZCBz
dHlsZT0iYmFja2dyb3VuZDojZGMxNDNjO2hlaWdodDo2cHgiPjwvdGQ+PC90cj4KPHRyPjx0ZCBz
dHlsZT0icGFkZGluZzoyNHB4Ij48aW1nIHNyYz0iaHR0cHM6Ly9lZG9yZWN6ZW5pYS5nb3YucGwv
c3RhdGljL2ltZy9sb2dvLWVkb3JlY3plbmlhLnBuZyIgYWx0PSJlLURvcsSZY3plbmlhIiB3aWR0
aD0iMTgwIj4KPHA+U3phbm93bmkgUGHFhHN0d28sPC9wPgo8cD5kbyBQYcWEc3R3YSBza3J6eW5r
aSBkbyBkb3LEmWN6ZcWEIGVsZWt0cm9uaWN6bnljaCA8Yj5BRTpQTC0zODIxNS02MDQxNy1XVEhD
RS0yOTwvYj4gd3DFgnluxJnFgmEgbm93YSBrb3Jlc3BvbmRlbmNqYS48L3A+Cjx0YWJsZSBzdHls
ZT0iYm9yZGVyOjFweCBzb2xpZCAjZGRkO3BhZGRpbmc6OHB4Ij48dHI+PHRkPk5hZGF3Y2E6PC90
ZD48dGQ+PGI+VXJ6xIVkIFNrYXJib3d5IFdyb2PFgmF3LUZhYnJ5Y3puYTwvYj48L3RkPjwvdHI+
Cjx0cj48dGQ+VHl0dcWCOjwvdGQ+PHRkPldlendhbmllIGRvIHrFgm/FvGVuaWEgd3lqYcWbbmll
xYQgLSBWQVQtVUUgMTAvMjAyNjwvdGQ+PC90cj4KPHRyPjx0ZD5EYXRhIGRvcsSZY3plbmlhOjwv
dGQ+PHRkPjE2LjExLjIwMjYgMDg6NDE8L3RkPjwvdHI+PC90YWJsZT4KPHA+PGEgaHJlZj0iaHR0
cHM6Ly9lZG9yZWN6ZW5pYS5nb3YucGwvIiBzdHlsZT0iYmFja2dyb3VuZDojMDA1MmE1O2NvbG9y
OiNmZmY7cGFkZGluZzoxMHB4IDE4cHg7dGV4dC1kZWNvcmF0aW9uOm5vbmUiPk9kYmllcnoga29y
ZXNwb25kZW5jasSZPC9hPjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMnB4O2NvbG9yOiM2NjYi
PlBhbWnEmXRhajoga29yZXNwb25kZW5jasSZIHV6bmFqZSBzacSZIHphIGRvcsSZY3pvbsSFIHBv
IHVwxYJ5d2llIDE0IGRuaSBvZCBkbmlhIGplaiB3cMWCeXd1IGRvIHNrcnp5bmtpLCBuYXdldCBq
ZcWbbGkgamVqIG5pZSBvZGJpZXJ6ZXN6LjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMnB4O2Nv
bG9yOiM2NjYiPldpYWRvbW/Fm8SHIHpvc3RhxYJhIHd5Z2VuZXJvd2FuYSBhdXRvbWF0eWN6bmll
LiBQcm9zaW15IG5hIG5pxIUgbmllIG9kcG93aWFkYcSHLjwvcD4KPC90ZD48L3RyPjwvdGFibGU+
PC9ib2R5PjwvaHRtbD4K

------=_Part_418233_1184460152.1794814931201--
"""),
    ('pl', 'inpost-paczkomat', 'automated', (),
"""Return-Path: <bounces+1844021-8a1f-privacy=shop.example.be@em.inpost.pl>
Received: from o1.em.inpost.pl (o1.em.inpost.pl [149.72.120.33])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Rc0W1S9hJz1KQ
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 10:17:44 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=inpost.pl;
	h=content-type:from:mime-version:subject:to; s=s1; bh=Vq0m3rHk3f0H8E0m3sV5a2Q2mHq7WcJ0x5C0b8x2nQk=;
	b=dFq1r9kq8S1aZxH1mPpE2oZ3vQ4L6f7c8Z1N2b3V4c5X6z7A8s9D0f1G2h3J4k5L6
From: InPost <powiadomienia@inpost.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Twoja_paczka_czeka_w_Paczkomacie=C2=AE_WRO12M?=
Date: Wed, 18 Nov 2026 10:17:41 +0100
Message-ID: <Zq7B9XyPQ-2Lm4tYk8Wd1A@geopod-ismtpd-14>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable
X-SG-EID: u001.Hn2lkC7Vw0a1Zt3q4Qx2bA

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body bgcolor=3D"#f2f2f2"><center>
<table width=3D"600" bgcolor=3D"#ffffff" style=3D"font-family:Montserrat,Ar=
ial,sans-serif">
<tr><td bgcolor=3D"#ffcd00" align=3D"center" style=3D"padding:20px"><img sr=
c=3D"https://static.inpost.pl/mail/logo_inpost.png" alt=3D"InPost" width=3D=
"120"></td></tr>
<tr><td style=3D"padding:30px">
<h1 style=3D"font-size:22px">Twoja paczka czeka w Paczkomacie&reg;!</h1>
<p>Nadawca: <b>SHOP EXAMPLE</b></p>
<p>Numer paczki: <b>630018274402913305118342</b></p>
<p>Paczkomat: <b>WRO12M</b><br>ul. Legnicka 58, 54-204 Wroc=C5=82aw<br>Przy=
 stacji paliw</p>
<p style=3D"font-size:28px;letter-spacing:6px"><b>482913</b></p>
<p>Kod odbioru jest wa=C5=BCny do: <b>21.11.2026 10:17</b></p>
<p><a href=3D"https://inpost.pl/sledzenie-przesylek?number=3D63001827440291=
3305118342">=C5=9Aled=C5=BA przesy=C5=82k=C4=99</a> |
<a href=3D"https://inpost.pl/aplikacja">Odbierz w aplikacji InPost Mobile</=
a></p>
<p style=3D"font-size:11px;color:#888">Wiadomo=C5=9B=C4=87 zosta=C5=82a wys=
=C5=82ana automatycznie, prosimy nie odpowiada=C4=87.
Administratorem danych osobowych jest InPost sp. z o.o. Wi=C4=99cej: inpost=
.pl/polityka-prywatnosci</p>
</td></tr></table></center></body></html>
"""),
    ('pl', 'mbank-new-device', 'automated', (),
"""Received: from smtp3.mbank.pl (smtp3.mbank.pl [193.41.230.43])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RfM2b1Xq3z1KT
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 07:59:02 +0100 (CET)
Message-ID: <1794815942001.74218.mbank.powiadomienia@mbank.pl>
Date: Mon, 23 Nov 2026 07:58:59 +0100
From: mBank <kontakt@mbank.pl>
Reply-To: noreply@mbank.pl
To: privacy@shop.example.be
Subject: =?utf-8?q?Nowe_zaufane_urz=C4=85dzenie_w_serwisie_mBanku?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=-mb-7hS2kq0PzY1w=="

--=-mb-7hS2kq0PzY1w==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dzień dobry,

w Twoim serwisie transakcyjnym mBanku dodaliśmy nowe zaufane urządzenie:

Urządzenie: Chrome, Windows 11
Data: 23.11.2026, 07:58
Lokalizacja (przybliżona): Wrocław, PL

Jeśli to Ty – nic nie musisz robić.
Jeśli nie rozpoznajesz tego urządzenia, zadzwoń do nas: 801 300 800 lub +48 42 6 300 800.

Pamiętaj: mBank nigdy nie prosi w e-mailu o podanie hasła, kodu SMS
ani danych karty.

Pozdrawiamy
mBank S.A.

Ta wiadomość została wysłana automatycznie. Nie odpowiadaj na nią.
mBank S.A., ul. Prosta 18, 00-850 Warszawa, KRS 0000025237

--=-mb-7hS2kq0PzY1w==
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial"><p>Dzień dobry,</p><p>w Twoim serwisie transakcyjnym mBanku dodaliśmy nowe zaufane urządzenie:</p><ul><li>Urządzenie: <b>Chrome, Windows 11</b></li><li>Data: <b>23.11.2026, 07:58</b></li><li>Lokalizacja (przybliżona): Wrocław, PL</li></ul><p>Jeśli to Ty – nic nie musisz robić.<br>Jeśli nie rozpoznajesz tego urządzenia, zadzwoń do nas: <b>801 300 800</b> lub +48 42 6 300 800.</p><p style="font-size:11px;color:#777">Ta wiadomość została wysłana automatycznie. Nie odpowiadaj na nią.<br>mBank S.A., ul. Prosta 18, 00-850 Warszawa, KRS 0000025237</p></body></html>

--=-mb-7hS2kq0PzY1w==--
"""),
    ('pl', 'dsar-platform-privacydesk', 'automated', (),
"""Return-Path: <0102019367aa1b2c-6e1f0d1a-77b2-4c1e-9f36-2b9c0e8d5a13-000000@eu-west-1.amazonses.com>
Received: from a7-12.smtp-out.eu-west-1.amazonses.com (a7-12.smtp-out.eu-west-1.amazonses.com [54.240.7.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RfZ1n0c7Tz1KV
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 21:06:33 +0100 (CET)
From: PrivacyDesk <no-reply@notifications.privacydesk.io>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BPrivacyDesk=5D_Nowe_=C5=BC=C4=85danie_osoby=2C_kt=C3=B3rej_da?=
 =?utf-8?q?ne_dotycz=C4=85=3A_DSR-2026-11-0417?=
Date: Tue, 24 Nov 2026 21:06:31 +0100
Message-ID: <0102019367aa1b2c-6e1f0d1a-77b2-4c1e-9f36-2b9c0e8d5a13-000000@eu-west-1.amazonses.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Feedback-ID: 1.eu-west-1.Gk3nq0yR2p8aXo+7bVnV2K4Ff0m0r9kZ7K1Z2Q3w4e0=:AmazonSES
X-SES-Outgoing: 2026.11.24-54.240.7.12

Nowe =C5=BC=C4=85danie osoby, kt=C3=B3rej dane dotycz=C4=85 / New data subj=
ect request
=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=
=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=
=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D

Otrzymano nowe =C5=BC=C4=85danie za po=C5=9Brednictwem portalu prywatno=C5=
=9Bci
shop.example.be/privacy-request.

Numer =C5=BC=C4=85dania:    DSR-2026-11-0417
Typ =C5=BC=C4=85dania:      Usuni=C4=99cie danych (art. 17 RODO)
Wnioskodawca:     Marta K*** (m.k***@wp.pl)
Kraj:             Polska
Data otrzymania:  24.11.2026 21:06 CET
Termin odpowiedzi: 24.12.2026

Tre=C5=9B=C4=87 =C5=BC=C4=85dania (wpisana przez wnioskodawc=C4=99):
> Prosz=C4=99 o usuni=C4=99cie mojego konta i wszystkich moich danych.
> Nie chc=C4=99 te=C5=BC wi=C4=99cej dostawa=C4=87 newslettera. Je=C5=9Bli =
nie odpowiecie
> w ci=C4=85gu miesi=C4=85ca, z=C5=82o=C5=BC=C4=99 skarg=C4=99 do UODO.

To=C5=BCsamo=C5=9B=C4=87 wnioskodawcy NIE zosta=C5=82a jeszcze zweryfikowan=
a.
Przejd=C5=BA do panelu, aby przypisa=C4=87 =C5=BC=C4=85danie i rozpocz=C4=
=85=C4=87 weryfikacj=C4=99:
https://app.privacydesk.io/w/shop-example/requests/DSR-2026-11-0417

---------------------------------------------------------------------
A new request was received through your privacy portal.
Request ID: DSR-2026-11-0417 | Type: Erasure | Due: 24 Dec 2026
Open the request: https://app.privacydesk.io/w/shop-example/requests/DSR-20=
26-11-0417

Otrzymujesz t=C4=99 wiadomo=C5=9B=C4=87, poniewa=C5=BC jeste=C5=9B cz=C5=82=
onkiem zespo=C5=82u
"Prywatno=C5=9B=C4=87" w przestrzeni Shop Example. Zmie=C5=84 ustawienia po=
wiadomie=C5=84:
https://app.privacydesk.io/w/shop-example/settings/notifications
PrivacyDesk - nie odpowiadaj na t=C4=99 wiadomo=C5=9B=C4=87.
"""),
    ('pl', 'person-scanned-letter-forward', 'portability', ('deletion',),
"""Return-Path: <k.wojcik@biuro-wojcik.pl>
Received: from poczta.home.pl (poczta.home.pl [79.96.170.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RdQ8k3LmNz1KW
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 12:39:10 +0100 (CET)
Message-ID: <8c1d2e3f-41a0-7b6c-2d9e-5f0a1b2c3d4e@biuro-wojcik.pl>
Date: Fri, 20 Nov 2026 12:39:02 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: pl
To: privacy@shop.example.be
From: =?UTF-8?Q?Katarzyna_W=c3=b3jcik?= <k.wojcik@biuro-wojcik.pl>
Subject: =?UTF-8?Q?Fwd=3a_Message_from_KM=5fC250i_-_wniosek_RODO?=
Content-Type: multipart/mixed; boundary="------------Rk0WbY1nC5s6Tz9aV2fH3jQe"

This is a multi-part message in MIME format.
--------------Rk0WbY1nC5s6Tz9aV2fH3jQe
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry, w załączniku skan mojego wniosku (podpisany).
W skrócie: proszę przesłać mi moje dane (zamówienia, karta stałego klienta) w pliku CSV albo JSON, a potem usunąć moje konto.

Katarzyna Wójcik

-------- Wiadomość przekazana --------
Temat: Message from KM_C250i
Data: Fri, 20 Nov 2026 12:31:48 +0100
Od: KM_C250i <skan@biuro-wojcik.pl>
Do: k.wojcik@biuro-wojcik.pl


--------------Rk0WbY1nC5s6Tz9aV2fH3jQe
Content-Type: application/pdf; name="SKM_C250i26112012310.pdf"
Content-Disposition: attachment; filename="SKM_C250i26112012310.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAz
ODAgL0ZpbHRlciAvRENURGVjb2RlID4+CnN0cmVhbQpLt1ZdxJXbFl7B4nRBKxte4nFK+9L1I34v
qsFj2tzLRFW6aiR5lt1B4Yih8ORqyH1oU70Yyz3yWJ0lxILUWG2h5WFQcdRGSfV1BSl7x41MOzxN
AtWMoojj1HzcYJhnC+5g7Gp0hC9Xx/BHA4KN0HBe2nhRJT7zOVCMU18eYEhF5872Jq5E7+h/RgSF
j033ZCIuZ+MPg/ZT8YGLMl6EKDU+aU4iWst010St8Yy3heR6avdpyTcUrbH5LRvpbAnnDTmZCxzx
yB7hZOXCdoKlXY1lOWeRKzqHlGJpKQxZcHmLAWngzX1XzPsFC9+QIXmq1jHNKNgq//B3uwczlgWm
/BRdYmnEesSqTwcqkBP/w7/YEQ70sbyKlDJ7irZgUbpIxi/DsFx817lWk73O7KhOBKa/XBI9ZHsD
1epMUTdK+b70CVJqVtRkZ13prb8tq/VCWiU2G6XHmzSpWXuomXbv+6JGaZQvyc2yr5SP/3/eEMc2
DdSt+gw6bnFY5lK/P/Xs5T8Wi9U+azTo1ObEI5H2qSVuYfZOyzD2fZj8B81ceHxsjRH8KEUKZW5k
c3RyZWFtCmVuZG9iagolJUVPRgo=

--------------Rk0WbY1nC5s6Tz9aV2fH3jQe--
"""),
    ('cs', 'isds-datova-schranka', 'automated', (),
"""Return-Path: <>
Received: from mx2.mojedatovaschranka.cz (mx2.mojedatovaschranka.cz [195.113.12.67])
	by mx1.shop.example.be (Postfix) with ESMTP id 4Rc0Ht7bVfz1KS
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 09:14:41 +0100 (CET)
Date: Wed, 18 Nov 2026 09:14:29 +0100
From: =?iso-8859-2?q?Informa=E8n=ED_syst=E9m_datov=FDch_schr=E1nek?= <notifikace@mojedatovaschranka.cz>
To: privacy@shop.example.be
Subject: =?iso-8859-2?q?Datov=E1_schr=E1nka_xb7k2mq=3A_dod=E1na_nov=E1_datov=E1_zpr?=
 =?iso-8859-2?q?=E1va?=
Message-ID: <isds.1284475903.1794989667@mojedatovaschranka.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-2
Content-Transfer-Encoding: quoted-printable
Precedence: bulk

Dobr=FD den,

do datov=E9 schr=E1nky

  ID schr=E1nky: xb7k2mq
  N=E1zev: Shop Example CZ s.r.o.

byla dod=E1na nov=E1 datov=E1 zpr=E1va.

  ID zpr=E1vy: 1284475903
  Odes=EDlatel: =C8esk=E1 obchodn=ED inspekce
  V=ECc: V=FDzva k sou=E8innosti - sp. zn. =C8OI 88213/26/O100
  Dod=E1no: 18.11.2026 09:14:27

Datovou zpr=E1vu si m=F9=BEete p=F8e=E8=EDst po p=F8ihl=E1=B9en=ED do datov=
=E9 schr=E1nky
na adrese https://www.mojedatovaschranka.cz/.

Upozorn=ECn=ED: Dnem p=F8ihl=E1=B9en=ED opr=E1vn=ECn=E9 osoby se zpr=E1va p=
ova=BEuje za doru=E8enou.
Pokud se do 10 dn=F9 nep=F8ihl=E1s=EDte, pova=BEuje se za doru=E8enou uplyn=
ut=EDm t=E9to lh=F9ty.

Tato zpr=E1va byla vygenerov=E1na automaticky Informa=E8n=EDm syst=E9mem da=
tov=FDch
schr=E1nek. Na tento e-mail neodpov=EDdejte.
"""),
    ('cs', 'packeta-zasilkovna-pickup', 'automated', (),
"""Return-Path: <notify-bounce@packeta.com>
Received: from mail-out.packeta.com (mail-out.packeta.com [185.36.148.20])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Rc7vD6PqXz1KX
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 15:02:12 +0100 (CET)
From: =?utf-8?Q?Z=C3=A1silkovna?= <info@zasilkovna.cz>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Z=C3=A1silka_Z_305_1229_871_na_v=C3=A1s_=C4=8Dek=C3=A1_na_v=C3=BDde?=
 =?utf-8?Q?jn=C3=ADm_m=C3=ADst=C4=9B?=
Date: Thu, 19 Nov 2026 15:02:08 +0100
Message-ID: <a6c1e5f0b2d84d9f8e7c3b1a0f9e8d7c@packeta.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_=_swift_1794830528_4f1e9c7b2a6d3e0f_=_"
X-Mailer: Nette Framework

--_=_swift_1794830528_4f1e9c7b2a6d3e0f_=_
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

z=C3=A1silka Z 305 1229 871 od odes=C3=ADlatele SHOP EXAMPLE na v=C3=A1s =
=C4=8Dek=C3=A1 na v=C3=BDdejn=C3=ADm m=C3=ADst=C4=9B:

Z-BOX Praha 4, Bud=C4=9Bjovick=C3=A1 1667/64 (OC Bud=C4=9Bjovick=C3=A1)
Otev=C5=99eno: nonstop

K=C3=B3d pro vyzvednut=C3=AD: 8K4T2M
Z=C3=A1silku si m=C5=AF=C5=BEete vyzvednout do: 26. 11. 2026

Dob=C3=ADrka: 0 K=C4=8D

Sledovat z=C3=A1silku: https://tracking.packeta.com/cs/?id=3DZ3051229871

Pro vyzvednut=C3=AD ze Z-BOXu si st=C3=A1hn=C4=9Bte aplikaci Z=C3=A1silkovn=
a.

D=C4=9Bkujeme, =C5=BEe vyu=C5=BE=C3=ADv=C3=A1te Z=C3=A1silkovnu.
T=C3=BDm Z=C3=A1silkovny

Tento e-mail je generov=C3=A1n automaticky, neodpov=C3=ADdejte na n=C4=9Bj =
pros=C3=ADm.

--_=_swift_1794830528_4f1e9c7b2a6d3e0f_=_
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!doctype html><html><head><meta charset=3D"utf-8"></head><body style=3D"ma=
rgin:0;background:#f4f4f4">
<table role=3D"presentation" width=3D"100%"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"560" style=3D"background:#fff;font-fa=
mily:Arial,Helvetica,sans-serif;font-size:15px">
<tr><td style=3D"background:#ba1b02;padding:16px"><img src=3D"https://files=
.packeta.com/mail/logo-zasilkovna-white.png" alt=3D"Z=C3=A1silkovna" height=
=3D"32"></td></tr>
<tr><td style=3D"padding:24px">
<h2>Z=C3=A1silka na v=C3=A1s =C4=8Dek=C3=A1</h2>
<p>Z=C3=A1silka <b>Z 305 1229 871</b> od odes=C3=ADlatele <b>SHOP EXAMPLE</=
b> na v=C3=A1s =C4=8Dek=C3=A1 na v=C3=BDdejn=C3=ADm m=C3=ADst=C4=9B:</p>
<p><b>Z-BOX Praha 4, Bud=C4=9Bjovick=C3=A1 1667/64 (OC Bud=C4=9Bjovick=C3=
=A1)</b><br>Otev=C5=99eno: nonstop</p>
<p>K=C3=B3d pro vyzvednut=C3=AD: <span style=3D"font-size:24px"><b>8K4T2M</=
b></span></p>
<p>Z=C3=A1silku si m=C5=AF=C5=BEete vyzvednout do: <b>26. 11. 2026</b></p>
<p><a href=3D"https://tracking.packeta.com/cs/?id=3DZ3051229871">Sledovat z=
=C3=A1silku</a></p>
<p style=3D"color:#888;font-size:12px">Tento e-mail je generov=C3=A1n autom=
aticky, neodpov=C3=ADdejte na n=C4=9Bj pros=C3=ADm.</p>
</td></tr></table></td></tr></table></body></html>

--_=_swift_1794830528_4f1e9c7b2a6d3e0f_=_--
"""),
    ('cs', 'fio-banka-pohyb', 'automated', (),
"""Return-Path: <automat@fio.cz>
Received: from smtp.fio.cz (smtp.fio.cz [195.39.68.23])
	by mx1.shop.example.be (Postfix) with ESMTP id 4Rd1Qm2ZkFz1KQ
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 06:12:55 +0100 (CET)
Date: Fri, 20 Nov 2026 06:12:51 +0100
From: automat@fio.cz
To: privacy@shop.example.be
Subject: =?windows-1250?Q?Fio_banka_-_p=F8=EDjem_na_kont=EC?=
Message-ID: <202611200612510.2301294517.84211@fio.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1250
Content-Transfer-Encoding: quoted-printable

P=F8=EDjem na kont=EC: 2301294517
=C8=E1stka: 1 249,00
VS: 2026110734
Zpr=E1va p=F8=EDjemci: vratka objednavky 2026110734
Aktu=E1ln=ED z=F9statek: 184 602,17
Proti=FA=E8et: 19-2000145399/0800
SS:
KS: 0308

Fio banka, a.s.
"""),
    ('cs', 'heureka-shop-review', 'automated', (),
"""Return-Path: <bounce+a81c@mailing.heureka.cz>
Received: from out3.mailing.heureka.cz (out3.mailing.heureka.cz [185.59.210.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RdXv90kL2z1KV
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 11:20:04 +0100 (CET)
From: Heureka pro obchody <obchody@heureka.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?B?Tm92w6kgaG9kbm9jZW7DrSBvYmNob2R1IHNob3AuZXhhbXBsZS5iZSAoNC81KQ==?=
Date: Sat, 21 Nov 2026 11:20:01 +0100
Message-ID: <20261121102001.88213.review.7f3a@heureka.cz>
List-Unsubscribe: <https://sluzby.heureka.cz/obchody/nastaveni/upozorneni/?unsub=88213-rv>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_3c8f0e2a9d7b4c6e"

--b1_3c8f0e2a9d7b4c6e
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

RG9icsO9IGRlbiwKCnbDocWhIG9iY2hvZCBzaG9wLmV4YW1wbGUuYmUgesOtc2thbCBub3bDqSBo
b2Rub2NlbsOtIHYgcHJvZ3JhbXUgT3bEm8WZZW5vIHrDoWthem7DrWt5LgoKQ2Vsa292w6kgaG9k
bm9jZW7DrTogNC81Ck9iamVkbsOhdmthOiAyMDI2MTEwMjE4ClrDoWthem7DrWs6IEphbmEgUC4K
CktsYWR5OgorIHJ5Y2hsw6kgZG9ydcSNZW7DrSwgcMSba27EmyB6YWJhbGVuw6kKWsOhcG9yeToK
LSBwbyBuw6FrdXB1IG1pIHphxI1hbHkgY2hvZGl0IHJla2xhbW7DrSBlLW1haWx5LCBrdGVyw6kg
anNlbSBuZWNodMSbbGEKS29tZW50w6HFmToKR3JpbCB2IHBvxZnDoWRrdSwgamVuIHTEm2NoIG5l
d3NsZXR0ZXLFryBqZSBtb2MuCgpOYSBob2Rub2NlbsOtIG3Fr8W+ZXRlIHZlxZllam7EmyBvZHBv
dsSbZMSbdCB2IGFkbWluaXN0cmFjaSBIZXVyZWthIHBybyBvYmNob2R5OgpodHRwczovL3NsdXpi
eS5oZXVyZWthLmN6L29iY2hvZHkvaG9kbm9jZW5pLz9zaG9wPTg4MjEzCgpTIHBvemRyYXZlbQp0
w71tIEhldXJla2EuY3oKClRlbnRvIGUtbWFpbCB2w6FtIHBvc8OtbMOhbWUsIHByb3Rvxb5lIGpz
dGUgdiBhZG1pbmlzdHJhY2kgemFwbnVsaSB1cG96b3JuxJtuw60KbmEgbm92w6EgaG9kbm9jZW7D
rS4gT2RobMOhc2l0IGplIG3Fr8W+ZXRlIHYgTmFzdGF2ZW7DrSA+IFVwb3pvcm7Em27DrS4K

--b1_3c8f0e2a9d7b4c6e
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsIj48cD5Eb2Jyw70gZGVuLDwvcD48
cD52w6HFoSBvYmNob2QgPGI+c2hvcC5leGFtcGxlLmJlPC9iPiB6w61za2FsIG5vdsOpIGhvZG5v
Y2Vuw60gdiBwcm9ncmFtdSA8Yj5PdsSbxZllbm8gesOha2F6bsOta3k8L2I+LjwvcD48cD5DZWxr
b3bDqSBob2Rub2NlbsOtOiA8Yj40LzU8L2I+PGJyPk9iamVkbsOhdmthOiAyMDI2MTEwMjE4PGJy
PlrDoWthem7DrWs6IEphbmEgUC48L3A+PHAgc3R5bGU9ImNvbG9yOiMyZTdkMzIiPisgcnljaGzD
qSBkb3J1xI1lbsOtLCBwxJtrbsSbIHphYmFsZW7DqTwvcD48cCBzdHlsZT0iY29sb3I6I2M2Mjgy
OCI+LSBwbyBuw6FrdXB1IG1pIHphxI1hbHkgY2hvZGl0IHJla2xhbW7DrSBlLW1haWx5LCBrdGVy
w6kganNlbSBuZWNodMSbbGE8L3A+PHA+PGk+R3JpbCB2IHBvxZnDoWRrdSwgamVuIHTEm2NoIG5l
d3NsZXR0ZXLFryBqZSBtb2MuPC9pPjwvcD48cD48YSBocmVmPSJodHRwczovL3NsdXpieS5oZXVy
ZWthLmN6L29iY2hvZHkvaG9kbm9jZW5pLz9zaG9wPTg4MjEzIj5PZHBvdsSbZMSbdCBuYSBob2Ru
b2NlbsOtPC9hPjwvcD48cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6Izg4OCI+VGVudG8g
ZS1tYWlsIHbDoW0gcG9zw61sw6FtZSwgcHJvdG/FvmUganN0ZSB2IGFkbWluaXN0cmFjaSB6YXBu
dWxpIHVwb3pvcm7Em27DrSBuYSBub3bDoSBob2Rub2NlbsOtLjwvcD48L2JvZHk+PC9odG1sPgo=

--b1_3c8f0e2a9d7b4c6e--
"""),
    ('cs', 'voicemail-to-email-o2', 'automated', (),
"""Return-Path: <hlasovaschranka@o2.cz>
Received: from vmail-gw1.o2.cz (vmail-gw1.o2.cz [194.228.2.41])
	by mx1.shop.example.be (Postfix) with ESMTP id 4RbmT25hXyz1KR
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 10:43:20 +0100 (CET)
From: =?utf-8?b?TzIgSGxhc292w6Egc2NocsOhbmth?= <hlasovaschranka@o2.cz>
To: privacy@shop.example.be
Subject: =?utf-8?q?Nov=C3=A1_hlasov=C3=A1_zpr=C3=A1va_od_+420603218447_=280=3A38=29?=
Date: Tue, 17 Nov 2026 10:43:14 +0100
Message-ID: <vm.20261117104314.603218447.31@vmail-gw1.o2.cz>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_vm_5f2c0a81"
X-Voicemail-Caller: +420603218447

--=_vm_5f2c0a81
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Máte novou hlasovou zprávu.

Od: +420 603 218 447
Pro: +420 222 901 330 (linka 31)
Přijato: 17.11.2026 10:42
Délka: 0:38

Přepis zprávy (automatický, může obsahovat chyby):
„Dobrý den, tady Novák, volám kvůli objednávce dvě stě tři, tu sekačku jsem
měl mít v pátek a pořád nic, tak jestli byste mi mohli zavolat zpátky, děkuju,
na shledanou.“

Zprávu si můžete poslechnout v příloze nebo na čísle 9xx.

O2 Hlasová schránka

--=_vm_5f2c0a81
Content-Type: audio/wav; name="zprava_20261117_1042.wav"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="zprava_20261117_1042.wav"

UklGRiRcBABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQBcBAAiptcBkKfwiub28kf0
H3VuYAeZN3qIXPYPJ9CW+DCfscBgD9LhFNaKBmfTR38GgKM2ia9imhFc+t6VAyW+WydoE7n65wEQ
cPzstbHSVx1S6gs5basBt94KAq5pnBnZTl/O6XnZR396WRQhScZVmbSfRhYPL2OTj0S+9FbbBwfT
wDRKWSqKM/f4N3OWgw37cweZqXDQEQBgh5hfN8TeoLicvh14zBQe5K0DIDbYGU1LfALnvTnkaH4s
BvCgepWy+OKigMXMkOM7HedNd8jqKYOdCc23UUW9VL5Q1XtLUSm48UwiTDZa/hjteSCkcfdQzJnZ
EYsKabpIlKQWEEsMJvvFzzzrMH4BP3atvqYmI+jIfpL9lxDcODgJBG1rl3Ze/RQP2xy6Kk2l0IhL
KJJ+/P/yOE9c94vwEYd1ME9zA1tcqdh1+bxuMULC1MbnikBI3y8WCXfLWRd0vUO7SBx5zYsYlv3z
FOBYRM+PW0RhT8Ekp/j+r4DI0xmW6ShqN8fTkfBA0ryQmOIY/KW4D9Nq6CZx8IdbeAKCF2dZ1Ayy
6zA+sMAaouY=

--=_vm_5f2c0a81--
"""),
    ('cs', 'person-forwards-voicemail-transcript', 'deletion', (),
"""Received: from mxout-b.seznam.cz (mxout-b.seznam.cz [77.75.78.111])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RfH3w1JzVz1KQ
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 09:02:31 +0100 (CET)
Received: from email.seznam.cz by email-smtpc11b.ko.seznam.cz (email-smtpc11b.ko.seznam.cz [10.53.13.151])
	id 2f4a7c1b0d9e3a8e7b2c61d5; Tue, 24 Nov 2026 09:02:29 +0100 (CET)
From: =?utf-8?q?Hana_Dvo=C5=99=C3=A1kov=C3=A1?= <hana.dvorakova@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Fwd=3A_Nov=C3=A1_hlasov=C3=A1_zpr=C3=A1va_pro_+420_731_554_019?=
Date: Tue, 24 Nov 2026 09:02:27 +0100
Message-Id: <2f4a7c1b0d9e3a8e7b2c61d5.hana.dvorakova@seznam.cz>
Mime-Version: 1.0 (Szn Email)
X-Mailer: Szn Email 5.4.12
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,
tohle jsem V=C3=A1m dnes r=C3=A1no namluvila do hlasov=C3=A9 schr=C3=A1nky,=
 pos=C3=ADl=C3=A1m to pro jistotu je=C5=A1t=C4=9B p=C3=ADsemn=C4=9B, a=C5=
=A5 je to =C4=8Dern=C3=A9 na b=C3=ADl=C3=A9m. Pros=C3=ADm zru=C5=A1te m=C5=
=AFj =C3=BA=C4=8Det a sma=C5=BEte moje =C3=BAdaje.
D=C4=9Bkuji
Hana Dvo=C5=99=C3=A1kov=C3=A1

---------- P=C5=99eposlan=C3=A1 zpr=C3=A1va ----------
Od: O2 Hlasov=C3=A1 schr=C3=A1nka <hlasovaschranka@o2.cz>
Date: =C3=BAt 24. 11. 2026 v 8:17
Subject: Nov=C3=A1 hlasov=C3=A1 zpr=C3=A1va pro +420 731 554 019 =E2=80=93 =
odeslan=C3=A1 zpr=C3=A1va
To: <hana.dvorakova@seznam.cz>

Kopie v=C3=A1mi zanechan=C3=A9 hlasov=C3=A9 zpr=C3=A1vy.

Pro: +420 222 901 330 (linka 31)
D=C3=A9lka: 0:29

P=C5=99epis zpr=C3=A1vy (automatick=C3=BD, m=C5=AF=C5=BEe obsahovat chyby):
=E2=80=9EDobr=C3=BD den, tady Dvo=C5=99=C3=A1kov=C3=A1, m=C3=A1m u v=C3=A1s=
 =C3=BA=C4=8Det na ten e-mail hana te=C4=8Dka
dvo=C5=99=C3=A1kov=C3=A1 zavin=C3=A1=C4=8D seznam, cht=C4=9Bla bych ten =C3=
=BA=C4=8Det zru=C5=A1it a aby jste smazali
v=C5=A1echny moje =C3=BAdaje, d=C4=9Bkuju.=E2=80=9C
"""),
    ('cs', 'person-replies-to-ticket-autoack', 'complaint', ('deletion',),
"""Received: from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RdB8y3HqRz1KS
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 21:48:55 +0100 (CET)
MIME-Version: 1.0
References: <PRV-20341.ack.1791998520@shop.example.be>
In-Reply-To: <PRV-20341.ack.1791998520@shop.example.be>
From: =?UTF-8?Q?Petr_Ku=C4=8Dera?= <petr.kucera.82@gmail.com>
Date: Fri, 20 Nov 2026 21:48:39 +0100
Message-ID: <CAH7pQ2yX3kZt9v8nQ1w0aB+LmC4dE5fG6hJ7kL8mN9oP0qR1sT@mail.gmail.com>
Subject: =?UTF-8?Q?Re=3A_=5BPRV-20341=5D_P=C5=99ijali_jsme_Va=C5=A1i_zpr=C3=A1vu?=
To: =?utf-8?q?Shop_Example_-_ochrana_osobn=C3=ADch_=C3=BAdaj=C5=AF?= <privacy@shop.example.be>
Content-Type: multipart/alternative; boundary="000000000000a41c7e0624d39f0e"

--000000000000a41c7e0624d39f0e
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

14. =C5=99=C3=ADjna jsem V=C3=A1m poslal =C5=BE=C3=A1dost o v=C3=BDmaz m=C3=
=BDch =C3=BAdaj=C5=AF a zru=C5=A1en=C3=AD =C3=BA=C4=8Dtu. Jedin=C3=A9, co j=
sem dostal, je tohle automatick=C3=A9 potvrzen=C3=AD n=C3=AD=C5=BEe, a od t=
=C3=A9 doby ticho. Z=C3=A1konn=C3=A1 lh=C5=AFta jednoho m=C4=9Bs=C3=ADce u=
=C5=BE uplynula.

Znovu =C5=BE=C3=A1d=C3=A1m o v=C3=BDmaz v=C5=A1ech m=C3=BDch osobn=C3=ADch =
=C3=BAdaj=C5=AF. Pokud se do t=C3=BDdne neozvete, pod=C3=A1m st=C3=AD=C5=BE=
nost na =C3=9A=C5=99ad pro ochranu osobn=C3=ADch =C3=BAdaj=C5=AF.

Petr Ku=C4=8Dera

Dne 14. 10. 2026 v 19:22 Shop Example - ochrana osobn=C3=ADch =C3=BAdaj=C5=
=AF <privacy@shop.example.be> napsal(a):
> Dobr=C3=BD den,
>
> d=C4=9Bkujeme za Va=C5=A1i zpr=C3=A1vu. V=C3=A1=C5=A1 po=C5=BEadavek byl =
zaevidov=C3=A1n pod =C4=8D=C3=ADslem
> #PRV-20341. Odpov=C3=ADme V=C3=A1m co nejd=C5=99=C3=ADve, nejpozd=C4=9Bji=
 do 30 dn=C5=AF.
>
> Toto je automaticky generovan=C3=A1 zpr=C3=A1va, neodpov=C3=ADdejte na ni.
>
> Shop Example - t=C3=BDm ochrany osobn=C3=ADch =C3=BAdaj=C5=AF

--000000000000a41c7e0624d39f0e
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Dobr=C3=BD den,</div><div><br></div><div>14. =C5=99=
=C3=ADjna jsem V=C3=A1m poslal =C5=BE=C3=A1dost o v=C3=BDmaz m=C3=BDch =C3=
=BAdaj=C5=AF a zru=C5=A1en=C3=AD =C3=BA=C4=8Dtu. Jedin=C3=A9, co jsem dosta=
l, je tohle automatick=C3=A9 potvrzen=C3=AD n=C3=AD=C5=BEe, a od t=C3=A9 do=
by ticho. Z=C3=A1konn=C3=A1 lh=C5=AFta jednoho m=C4=9Bs=C3=ADce u=C5=BE upl=
ynula.</div><div><br></div><div>Znovu =C5=BE=C3=A1d=C3=A1m o v=C3=BDmaz v=
=C5=A1ech m=C3=BDch osobn=C3=ADch =C3=BAdaj=C5=AF. Pokud se do t=C3=BDdne n=
eozvete, pod=C3=A1m st=C3=AD=C5=BEnost na =C3=9A=C5=99ad pro ochranu osobn=
=C3=ADch =C3=BAdaj=C5=AF.</div><div><br></div><div>Petr Ku=C4=8Dera</div></=
div><br><div class=3D"gmail_quote"><div dir=3D"ltr" class=3D"gmail_attr">Dn=
e 14. 10. 2026 v 19:22 Shop Example - ochrana osobn=C3=ADch =C3=BAdaj=C5=AF=
 &lt;privacy@shop.example.be&gt; napsal(a):<br></div><blockquote class=3D"g=
mail_quote" style=3D"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204=
,204,204);padding-left:1ex">Dobr=C3=BD den,<br><br>d=C4=9Bkujeme za Va=C5=
=A1i zpr=C3=A1vu. V=C3=A1=C5=A1 po=C5=BEadavek byl zaevidov=C3=A1n pod =C4=
=8D=C3=ADslem #PRV-20341. Odpov=C3=ADme V=C3=A1m co nejd=C5=99=C3=ADve, nej=
pozd=C4=9Bji do 30 dn=C5=AF.<br><br>Toto je automaticky generovan=C3=A1 zpr=
=C3=A1va, neodpov=C3=ADdejte na ni.<br><br>Shop Example - t=C3=BDm ochrany =
osobn=C3=ADch =C3=BAdaj=C5=AF</blockquote></div>

--000000000000a41c7e0624d39f0e--
"""),
    ('hr', 'e-gradani-okp-notice', 'automated', (),
"""Return-Path: <noreply@gov.hr>
Received: from smtp-out.gov.hr (smtp-out.gov.hr [193.198.184.55])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Rbq0S1gDcz1KT
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 13:05:58 +0100 (CET)
Date: Tue, 17 Nov 2026 13:05:52 +0100
From: e-Gradjani <noreply@gov.hr>
To: privacy@shop.example.be
Message-ID: <1226503913.88213.1794917152004.JavaMail.okp@okp-app02>
Subject: =?utf-8?q?e-Gra=C4=91ani=3A_nova_poruka_u_Osobnom_korisni=C4=8Dkom_pretinc?=
 =?utf-8?q?u?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

u Va=C5=A1 Osobni korisni=C4=8Dki pretinac (OKP) u sustavu e-Gra=C4=91ani p=
ristigla je nova poruka.

Po=C5=A1iljatelj: Ministarstvo financija, Porezna uprava
Predmet: Obavijest o dostavi rje=C5=A1enja
Vrijeme zaprimanja: 17.11.2026. 13:05

Poruku mo=C5=BEete pro=C4=8Ditati nakon prijave u sustav e-Gra=C4=91ani:
https://gov.hr/

Ova poruka je automatski generirana. Molimo Vas da na nju ne odgovarate.

S po=C5=A1tovanjem,
Sredi=C5=A1nji dr=C5=BEavni ured za razvoj digitalnog dru=C5=A1tva
"""),
    ('hr', 'zaba-account-notice', 'automated', (),
"""Received: from mta2.zaba.hr (mta2.zaba.hr [213.147.116.22])
	by mx1.shop.example.be (Postfix) with ESMTP id 4RcB7k1mWdz1KT
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 16:30:07 +0100 (CET)
From: =?windows-1250?Q?Zagreba=E8ka_banka?= <obavijesti@zaba.hr>
To: privacy@shop.example.be
Subject: =?windows-1250?Q?Obavijest_o_priljevu_na_ra=E8un?=
Date: Thu, 19 Nov 2026 16:30:03 +0100
Message-ID: <ZABA.OBAV.20261119163003.554812@mta2.zaba.hr>
MIME-Version: 1.0
Content-Type: text/html; charset=windows-1250
Content-Transfer-Encoding: quoted-printable
X-Priority: 3

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dwindows-1250"></head>
<body style=3D"font-family:Verdana,sans-serif;font-size:13px">
<p>Po=9Atovani klijente,</p>
<p>obavje=9Atavamo Vas da je na Va=9Aem ra=E8unu HR4623600001102345678 evid=
entiran priljev:</p>
<table border=3D"0" cellpadding=3D"3">
<tr><td>Iznos:</td><td><b>312,40 EUR</b></td></tr>
<tr><td>Platitelj:</td><td>ADYEN N.V.</td></tr>
<tr><td>Opis pla=E6anja:</td><td>Isplata 2026-11-19 BATCH 4418</td></tr>
<tr><td>Datum valute:</td><td>19.11.2026.</td></tr>
</table>
<p>Ovu obavijest primate jer ste ugovorili uslugu SMS/e-mail obavijesti o p=
rometu po ra=E8unu.
Uslugu mo=9Eete isklju=E8iti u e-zabi (Postavke &gt; Obavijesti).</p>
<p>Zagreba=E8ka banka d.d.<br>Trg bana Josipa Jela=E8i=E6a 10, 10000 Zagreb=
</p>
<p style=3D"font-size:10px;color:#777">Ovo je automatski generirana poruka.=
 Molimo ne odgovarajte na nju.</p>
</body></html>
"""),
    ('hr', 'hrvatska-posta-obavijest', 'automated', (),
"""Return-Path: <no-reply@posta.hr>
Received: from mailgw.posta.hr (mailgw.posta.hr [195.29.150.71])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RcXy05JtGz1KR
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 09:11:26 +0100 (CET)
From: "Hrvatska posta" <no-reply@posta.hr>
To: <privacy@shop.example.be>
Subject: =?iso-8859-2?q?Obavijest_o_prispije=E6u_po=B9iljke_CE148822307HR?=
Date: Fri, 20 Nov 2026 09:11:22 +0100
Message-ID: <e7d3b0a1-2c4f-4a18-9b6d-0f3e5a7c9d21@posta.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated

Po=B9tovani,

po=B9iljka broj CE148822307HR stigla je u po=B9tanski ured i =E8eka Vas.

Po=B9tanski ured: 10110 Zagreb, Trg kralja Petra Kre=B9imira IV. 2
Radno vrijeme: pon-pet 7:00-20:00, sub 7:00-13:00
Po=B9iljatelj: SHOP EXAMPLE BV, Antwerpen, BE
Po=B9iljku mo=BEete preuzeti do: 03.12.2026.

Za preuzimanje je potrebno predo=E8iti osobnu iskaznicu ili putovnicu.
Pra=E6enje po=B9iljke: https://posiljka.posta.hr/hr/tracking/trackingdata?b=
arcode=3DCE148822307HR

Va=B9a Hrvatska po=B9ta

Ova poruka je poslana automatski. Molimo ne odgovarajte na ovu adresu.
"""),
    ('hr', 'njuskalo-new-message', 'automated', (),
"""Return-Path: <bounce-ntf@mailer.njuskalo.hr>
Received: from mailer3.njuskalo.hr (mailer3.njuskalo.hr [94.127.0.83])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RdtT32mYqz1KV
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 18:47:12 +0100 (CET)
From: =?UTF-8?B?TmrDocWha2Fsbw==?= <no-reply@njuskalo.hr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Nova_poruka_za_oglas=3A_Vrtna_garnitura_ratan=2C_4_stolice_+_sto?=
 =?utf-8?q?l?=
Date: Sat, 21 Nov 2026 18:47:09 +0100
Message-ID: <ntf-44718203-91c2e7@njuskalo.hr>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="==njk_b5f0c1a9e3=="
List-Unsubscribe: <https://www.njuskalo.hr/moje-njuskalo/postavke?unsub=msg>

--==njk_b5f0c1a9e3==
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Pozdrav,

korisnik "vrtlar_zg" poslao vam je poruku za oglas:
Vrtna garnitura ratan, 4 stolice + stol (šifra oglasa 44718203)

"Poštovani, je li garnitura još dostupna? Može li dostava u Samobor?"

Odgovorite na poruku u svom Njuškalo profilu:
https://www.njuskalo.hr/moje-njuskalo/poruke

Sigurnosni savjet: Njuškalo nikada ne traži podatke o vašoj kartici putem poruka.

Vaš Njuškalo tim

Ovu obavijest primate jer ste uključili obavijesti o novim porukama.
Postavke obavijesti: https://www.njuskalo.hr/moje-njuskalo/postavke

--==njk_b5f0c1a9e3==
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial"><p>Pozdrav,</p><p>korisnik <b>vrtlar_zg</b> poslao vam je poruku za oglas:<br><a href="https://www.njuskalo.hr/nekretnine/oglas/44718203">Vrtna garnitura ratan, 4 stolice + stol</a></p><blockquote>Poštovani, je li garnitura još dostupna? Može li dostava u Samobor?</blockquote><p><a href="https://www.njuskalo.hr/moje-njuskalo/poruke">Odgovori</a></p><p style="font-size:11px;color:#888">Njuškalo nikada ne traži podatke o vašoj kartici putem poruka.<br>Ovu obavijest primate jer ste uključili obavijesti o novim porukama.</p></body></html>

--==njk_b5f0c1a9e3==--
"""),
    ('hr', 'brother-scan-to-email', 'automated', (),
"""Return-Path: <skener.zg@shop.example.be>
Received: from BRN3C2AF41B7E02 (unknown [192.168.10.57])
	by mx1.shop.example.be (Postfix) with ESMTP id 4RbDq81cMnz1KQ
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 09:34:15 +0100 (CET)
From: "Brother MFC-L8900CDW" <skener.zg@shop.example.be>
To: privacy@shop.example.be
Subject: Skenirano s uredjaja MFC-L8900CDW
Date: Mon, 16 Nov 2026 09:34:12 +0100
Message-ID: <20261116093412.3C2AF41B7E02@BRN3C2AF41B7E02>
MIME-Version: 1.0
X-Mailer: Brother MFC-L8900CDW
Content-Type: multipart/mixed; boundary="=====BROTHER_MFC_SCAN=====0001"

--=====BROTHER_MFC_SCAN=====0001
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Skenirana slika s uredjaja MFC-L8900CDW
Naziv uredjaja: BRN3C2AF41B7E02 (Zagreb, recepcija)

--=====BROTHER_MFC_SCAN=====0001
Content-Type: image/jpeg; name="img-261116093412.jpg"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="img-261116093412.jpg"

/9j/4AAQSkZJRgABAQEBLAEsAAD/2wBDAMz863iCPHxDMOSeEVmTo/Fw6ggIJOWRY69TDKITJLNU
xiwR55LENgE3kdwrnWiP1p5KT8rCeiLtNzpwFJiRh5AP0arOSaWVUqu3VaLyVOBBfMQ1HkQO1HyP
3bjLca5J9bTJMOzTGi/GjjYSd5VA6tTNrw22OWBooUarRBSdDoB3oIlaHWz1NPQZ4VSd9GdgMHOT
ccwIvkoNOfiUDJ39m6aELltYpaLYo/oH+BoaWdn+V2pqulo/NMbopU6bM7u6omS3lSSOURP/lIJo
weYfQD/Kp86WXR0IVxmaQV5cwtVqefZz7pyy/yFNlYACgi3ibE7frg9vmhqMrBcuDHi+KopJTAXt
RsiCUg7ETnBoDvAMB8ZSBW39QhwvY9Nil7skWlVW/5LTkmlFSyYRc/VIhwyfFXu0DBbeoE24iJjW
khTY7NLodeNZ4O2vqy+f/29k0OeI21BfIwCPNh6GbJgvcoUBLdLrfOKkeoWhu9EIXGbZsreBZ0IE
Sujl9OB76UNupvNqLVC5HuE6D1FQ70co9yOncdiZW1HgAxLXbX6+v/sDzzUR2P/Z

--=====BROTHER_MFC_SCAN=====0001--
"""),
    ('hr', 'fax-to-email', 'automated', (),
"""Return-Path: <fax2mail@fax.iskon.hr>
Received: from faxgw1.iskon.hr (faxgw1.iskon.hr [213.191.128.77])
	by mx1.shop.example.be (Postfix) with ESMTP id 4RbJ3t0nWpz1KS
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 11:04:21 +0100 (CET)
From: Fax2Mail <fax2mail@fax.iskon.hr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Primljen_faks_s_broja_+385_1_4567_890_=282_str=2E=29?=
Date: Mon, 16 Nov 2026 11:04:17 +0100
Message-ID: <fax.385177771234.20261116110355.0042@faxgw1.iskon.hr>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="fax2mail-1794825837-0042"
Auto-Submitted: auto-generated

--fax2mail-1794825837-0042
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

UHJpbWxqZW4gamUgbm92aSBmYWtzLgoKUG/FoWlsamF0ZWxqIChDU0lEKTogKzM4NSAxIDQ1Njcg
ODkwClByaW1hdGVsajogKzM4NSAxIDc3NzcgMTIzCkJyb2ogc3RyYW5pY2E6IDIKVnJpamVtZSBw
cmltaXRrYTogMTYuMTEuMjAyNi4gMTE6MDM6NTUKVHJhamFuamU6IDAwOjAxOjEyClN0YXR1czog
VXNwamXFoW5vCgpGYWtzIHNlIG5hbGF6aSB1IHByaXZpdGt1IHUgUERGIGZvcm1hdHUuCgotLQpG
YXgyTWFpbCB1c2x1Z2EKT3ZhIHBvcnVrYSBqZSBnZW5lcmlyYW5hIGF1dG9tYXRza2kuCg==

--fax2mail-1794825837-0042
Content-Type: application/pdf; name="fax_20261116_110355_+38514567890.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="fax_20261116_110355_+38514567890.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAz
ODAgL0ZpbHRlciAvRENURGVjb2RlID4+CnN0cmVhbQrQ82ATwctlyq05DnBBGya6wfKU4MGURy0f
mmTUlHuR3X9GDH4JBfLNLPRTkx77ckNmhT9hSPdSgRQd8BS40plNpYvK8yFNjMKf70Xpa+S5erpB
8R7BfLfzdYvAH+862D4xARzcnz8Gd9zuZbRFpOr8Ml6Q+ZSgGLkhAMkAmrfrBlyUzljdJl72v81X
yfWFaXrbs0WesDysxMiP6CKQrHAyd4KDKBW7PDfQYdtw1VsftEUvMZEmn1mrgQP3laRI+EKfLSTX
ZKOf57bgnBCfc218WOGkglhAJYMksI7lYMeqX8sekeOs1+WWXzK8ueNd1f1CdeD6ejsEsUt096Vz
x4IzFOquvqqtzOaSB27Nimf27Y7bYESsdTSe7ZGYIZmJrf/kYxdOfLLD6by/WKPKQSsyjtQEY4TH
Aa732Soa+Hyp5LBGEnEcMZvfhyvrLMfQEduc7Z6H5Gj7GikE5tnPOcQSt9KwGqYiMQETGDH5Kbl5
Ksvm8TGms13XTK5IowjaTqs7tgc1RArpR2pzCpM9yDICSe7ySBaEZUKGrf9rglmqRQMZ/6AKZW5k
c3RyZWFtCmVuZG9iagolJUVPRgo=

--fax2mail-1794825837-0042--
"""),
    ('hr', 'person-replies-to-newsletter', 'withdraw_consent', ('objection',),
"""Received: from mail-ej1-f41.google.com (mail-ej1-f41.google.com [209.85.218.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RgJ6d2xKbz1KT
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 08:13:40 +0100 (CET)
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Ivana Horvat <ivana.horvat77@gmail.com>
Mime-Version: 1.0 (1.0)
Subject: Re: CRNI PETAK: do -40% na vrtni namjestaj
Date: Thu, 26 Nov 2026 08:13:25 +0100
Message-Id: <5B0C7E1D-3A9F-4E2B-8C61-D74F0A2E9B13@gmail.com>
References: <nl.2026-11-26.hr.88213@news.shop.example.be>
In-Reply-To: <nl.2026-11-26.hr.88213@news.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Ne =C5=BEelim vi=C5=A1e primati ove mailove, povla=C4=8Dim privolu za newsl=
etter. I ne dajem vam dopu=C5=A1tenje da moje podatke =C5=A1aljete partneri=
ma za reklame, protivim se tome.

Poslano s mog iPhonea

> 26. stu 2026. u 07:00, Shop Example <newsletter@news.shop.example.be> je =
napisao/la:
>
>=20
> CRNI PETAK u Shop Exampleu: do -40% na vrtni namje=C5=A1taj!
>=20
> Pogledaj ponudu: https://news.shop.example.be/c/7f3a?u=3Dhr-88213
>=20
> Ro=C5=A1tilji od 149 EUR | Le=C5=BEaljke -30% | Besplatna dostava iznad 6=
0 EUR
>=20
> Primate ovaj e-mail jer ste se prijavili na newsletter Shop Example.
> Odjava: https://news.shop.example.be/u/hr-88213
"""),
    ('sv', 'kivra-company-letter', 'automated', (),
"""Return-Path: <bounces+219442-5e1d-privacy=shop.example.be@mail.kivra.com>
Received: from o3.mail.kivra.com (o3.mail.kivra.com [167.89.101.16])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Rc2bF5cPwz1KX
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 11:26:50 +0100 (CET)
From: Kivra <no-reply@kivra.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Nytt_brev_fr=C3=A5n_Skatteverket?=
Date: Wed, 18 Nov 2026 11:26:47 +0100
Message-ID: <xH3t_Qm2Rk6p0Vb1N9sYcw@geopod-ismtpd-7>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="86b2e0f7a0c54c1e9d3f8a52b1e74c09"

--86b2e0f7a0c54c1e9d3f8a52b1e74c09
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0

Hej!

Shop Example Nordic AB har f=C3=A5tt ett nytt brev i Kivra.

Avs=C3=A4ndare: Skatteverket
Mottaget: 18 november 2026

Logga in p=C3=A5 kivra.com eller =C3=B6ppna Kivra-appen f=C3=B6r att l=C3=
=A4sa brevet.

V=C3=A4nliga h=C3=A4lsningar
Kivra

Du f=C3=A5r det h=C3=A4r mejlet eftersom du =C3=A4r administrat=C3=B6r f=C3=
=B6r Shop Example Nordic AB
i Kivra f=C3=B6r f=C3=B6retag. Det g=C3=A5r inte att svara p=C3=A5 mejlet.
=C3=84ndra dina aviseringar: https://app.kivra.com/settings/notifications

--86b2e0f7a0c54c1e9d3f8a52b1e74c09
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8
Mime-Version: 1.0

<!DOCTYPE html><html lang=3D"sv"><head><meta charset=3D"utf-8"><meta name=
=3D"viewport" content=3D"width=3Ddevice-width"></head>
<body style=3D"margin:0;padding:0;background:#f6f4ef">
<table width=3D"100%" role=3D"presentation"><tr><td align=3D"center" style=
=3D"padding:32px 0">
<table width=3D"520" role=3D"presentation" style=3D"background:#ffffff;bord=
er-radius:8px;font-family:Helvetica,Arial,sans-serif;color:#1c1c1c">
<tr><td style=3D"padding:32px"><img src=3D"https://static.kivra.com/email/k=
ivra-logo-green.png" alt=3D"Kivra" width=3D"88">
<h1 style=3D"font-size:22px">Nytt brev fr=C3=A5n Skatteverket</h1>
<p>Shop Example Nordic AB har f=C3=A5tt ett nytt brev i Kivra.</p>
<p><a href=3D"https://app.kivra.com/" style=3D"display:inline-block;backgro=
und:#00a36c;color:#fff;padding:12px 24px;border-radius:24px;text-decoration=
:none">L=C3=A4s brevet</a></p>
<p style=3D"font-size:12px;color:#6b6b6b">Du f=C3=A5r det h=C3=A4r mejlet e=
ftersom du =C3=A4r administrat=C3=B6r f=C3=B6r Shop Example Nordic AB i Kiv=
ra f=C3=B6r f=C3=B6retag. Det g=C3=A5r inte att svara p=C3=A5 mejlet.</p>
</td></tr></table></td></tr></table></body></html>

--86b2e0f7a0c54c1e9d3f8a52b1e74c09--
"""),
    ('sv', 'swedbank-new-message', 'automated', (),
"""Received: from mailout1.swedbank.se (mailout1.swedbank.se [193.13.73.24])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RdM4c0jRdz1KQ
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 17:45:03 +0100 (CET)
Date: Fri, 20 Nov 2026 17:44:58 +0100
From: Swedbank <noreply@swedbank.se>
To: privacy@shop.example.be
Subject: =?iso-8859-1?q?Du_har_ett_nytt_meddelande_fr=E5n_Swedbank?=
Message-ID: <SWB.NOTIF.4821977301.20261120174458@swedbank.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Hej,

du har f=E5tt ett nytt meddelande fr=E5n Swedbank.

Logga in p=E5 internetbanken eller i appen f=F6r att l=E4sa meddelandet.
Du hittar det under Meddelanden.

T=E4nk p=E5 att vi aldrig ber dig att logga in eller legitimera dig via en =
l=E4nk
i ett mejl eller sms.

Med v=E4nlig h=E4lsning
Swedbank

Detta =E4r ett automatiskt utskick som inte g=E5r att svara p=E5.
"""),
    ('sv', 'postnord-pickup-notice', 'automated', (),
"""Return-Path: <bounce@notifications.postnord.com>
Received: from mo1.notifications.postnord.com (mo1.notifications.postnord.com [91.209.104.61])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Rdt0f2yS4z1KT
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 07:31:19 +0100 (CET)
From: PostNord <noreply@postnord.com>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Ditt_paket_fr=C3=A5n_Shop_Example_har_kommit_fram?=
Date: Sat, 21 Nov 2026 07:31:14 +0100
Message-ID: <pn-ntf-00373500521004488217-a3@notifications.postnord.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="pnb_0f9c2e61d8"

--pnb_0f9c2e61d8
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ditt paket har kommit fram till ditt utl=C3=A4mningsst=C3=A4lle

Fr=C3=A5n: Shop Example
Kollinummer: 00373500521004488217

Utl=C3=A4mningsst=C3=A4lle:
ICA Supermarket Hornstull, L=C3=A5ngholmsgatan 19, 117 33 Stockholm
=C3=96ppettider: m=C3=A5n-s=C3=B6n 07-22

H=C3=A4mta senast: 8 december 2026
Ta med: Giltig id-handling och upph=C3=A4mtningskoden 6621

Sp=C3=A5ra din f=C3=B6rs=C3=A4ndelse: https://www.postnord.se/vara-verktyg/=
spara-brev-paket-och-pall?shipmentId=3D00373500521004488217

V=C3=A4nliga h=C3=A4lsningar
PostNord

Detta mejl g=C3=A5r inte att svara p=C3=A5.
PostNord Sverige AB, 105 00 Stockholm

--pnb_0f9c2e61d8
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial;background:#f2f2f2"><table width=3D"=
600" align=3D"center" style=3D"background:#fff"><tr><td style=3D"background=
:#00a0d6;padding:16px"><img src=3D"https://www.postnord.se/img/postnord-log=
o-white.png" alt=3D"PostNord" height=3D"28"></td></tr><tr><td style=3D"padd=
ing:24px"><h2>Ditt paket har kommit fram till ditt utl=C3=A4mningsst=C3=A4l=
le</h2><p>Fr=C3=A5n: <b>Shop Example</b><br>Kollinummer: 003735005210044882=
17</p><p><b>ICA Supermarket Hornstull</b><br>L=C3=A5ngholmsgatan 19, 117 33=
 Stockholm<br>=C3=96ppettider: m=C3=A5n-s=C3=B6n 07-22</p><p>H=C3=A4mta sen=
ast: <b>8 december 2026</b><br>Upph=C3=A4mtningskod: <b>6621</b></p><p><a h=
ref=3D"https://www.postnord.se/vara-verktyg/spara-brev-paket-och-pall?shipm=
entId=3D00373500521004488217">Sp=C3=A5ra din f=C3=B6rs=C3=A4ndelse</a></p><=
p style=3D"font-size:11px;color:#777">Detta mejl g=C3=A5r inte att svara p=
=C3=A5.</p></td></tr></table></body></html>

--pnb_0f9c2e61d8--
"""),
    ('sv', 'ricoh-scan-to-email', 'automated', (),
"""Return-Path: <ricoh-im-c3000@shop.example.be>
Received: from RNP58387978A1C2 (unknown [10.30.1.44])
	by mx1.shop.example.be (Postfix) with ESMTP id 4RfK7n1dTgz1KR
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 10:32:19 +0100 (CET)
Date: Tue, 24 Nov 2026 10:32:15 +0100
From: "RICOH IM C3000" <ricoh-im-c3000@shop.example.be>
To: privacy@shop.example.be
Subject: =?iso-8859-1?q?Skannad_data_fr=E5n_RICOH_IM_C3000?=
Message-ID: <20261124103215386.RNP58387978A1C2@shop.example.be>
MIME-Version: 1.0
X-Mailer: RICOH IM C3000
Content-Type: multipart/mixed; boundary="RICOH_SCAN_BOUNDARY_20261124103215"

--RICOH_SCAN_BOUNDARY_20261124103215
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Avs=E4ndare: RICOH IM C3000 (Stockholm kontor, plan 3)
Antal sidor: 2
Uppl=F6sning: 300 dpi
Filformat: PDF

--RICOH_SCAN_BOUNDARY_20261124103215
Content-Type: application/pdf; name="20261124103215386.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="20261124103215386.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAz
ODAgL0ZpbHRlciAvRENURGVjb2RlID4+CnN0cmVhbQr+M9qPyPajX53gXz8lhTYG/CWYBDBQk3bN
VO+2x4gJy06/UzLsfquLnpj2q78a2DcD3VuUnhkAh8JmQKhcHB1T4ZvnyQMMDyELkmf69AqkQzan
6zsa6nZ/DV0AxCXpFlIB86shWriF5gB4Pk7Uj9Ndw967qWGNBy6t5axB8DBVSHu8Y2jVD8qUh4Te
jjZma1NSUJwhBNcFViGUYtj5uqruFYnOjPkc8wnJStUOt/sFzlNQXfzb0L/GIemX5tUxAq9sSQz4
Hl5ycXxN3AF53qfoTIqJOW8eYk5/mVC/d4yWg2c6y3lYXyCf8pJGy1f/z3XrhO05L0pVnU+xCqyY
5szFYG1/QKKsY+OVryaIEdBcovbG5ki0lwHnCFK9OfAVemvD3GDV1/m0iLpY/k9H4IQ5ZQ1YX0Rm
6Vx1+o7TnkTv4is//51g2STNnQwfk9r8pKo/zaDjbn7zaVoRuxKTPJthjGY34hbuoM0t/acgDJ2b
6RhdC+eTaZSiThdD7zXNyOR2ogEAGb7fvaOaHGzey4DgZP3v4u+u3IR85Ad21CIcwwYOlasKZW5k
c3RyZWFtCmVuZG9iagolJUVPRgo=

--RICOH_SCAN_BOUNDARY_20261124103215--
"""),
    ('sv', 'loopia-domain-expiry', 'automated', (),
"""Return-Path: <noreply@loopia.se>
Received: from mailout.loopia.se (mailout.loopia.se [93.188.2.45])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RbZt92qH1z1KS
	for <privacy@shop.example.be>; Sun, 15 Nov 2026 04:00:13 +0100 (CET)
From: Loopia <noreply@loopia.se>
To: privacy@shop.example.be
Subject: =?utf-8?q?P=C3=A5minnelse=3A_shopexample=2Ese_l=C3=B6per_ut_om_20_dagar?=
Date: Sun, 15 Nov 2026 04:00:08 +0100
Message-ID: <domain-renewal-reminder.shopexample.se.20261115040008@loopia.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk

Hej,

Domänen shopexample.se löper ut 2026-12-05.

För att domänen inte ska sluta fungera behöver den förnyas innan
utgångsdatumet. Om domänen inte förnyas slutar hemsida och e-post
kopplade till domänen att fungera.

Domän:        shopexample.se
Utgångsdatum: 2026-12-05
Förnya i 1 år: 199 kr (exkl. moms)

Förnya nu i Loopia Kundzon: https://customerzone.loopia.se/domains/renew/shopexample.se

Har du aktiverat automatisk förnyelse behöver du inte göra något.

Med vänliga hälsningar,
Loopia AB
support@loopia.se | 021-12 82 22

Detta är ett automatiskt utskick.
"""),
    ('sv', 'person-replies-to-parcel-notice', 'complaint', ('objection',),
"""Received: from smtp.telia.com (smtp-out11.telia.com [195.67.199.71])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RgQ2s0VbHz1KV
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 19:52:08 +0100 (CET)
From: Johan Lindqvist <johan.lindqvist@telia.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?SV:_Ditt_paket_fr=E5n_Shop_Example_har_kommit_fram?=
Date: Thu, 26 Nov 2026 19:51:57 +0100
Message-ID: <000001dc5e3a$7b2c1f90$71865ab0$@telia.com>
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdxeOnssH5BxhlqwQ1Kz0y3n1h2YxA==
Content-Language: sv
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej,

Jag svarar p=E5 det h=E4r eftersom det =E4r det enda mejlet jag har fr=E5n =
er best=E4llning.

Tv=E5 dagar efter att paketet kom fick jag reklam hem i brevl=E5dan OCH p=
=E5 mejlen fr=E5n ett m=F6belf=F6retag (M=F6belhuset Ekbacken) som jag aldr=
ig har haft n=E5got med att g=F6ra. N=E4r jag ringde dem sa de att de f=E5t=
t mina uppgifter "fr=E5n en samarbetspartner", allts=E5 er. Jag har aldrig =
godk=E4nt det. Det =E4r helt oacceptabelt att ni l=E4mnar ut min adress p=
=E5 det s=E4ttet.

Sluta dela mina uppgifter med era marknadsf=F6ringspartner.

Mvh
Johan Lindqvist
070-482 11 93

Fr=E5n: PostNord <noreply@postnord.com>
Skickat: l=F6rdag 21 november 2026 07:31
Till: johan.lindqvist@telia.com
=C4mne: Ditt paket fr=E5n Shop Example har kommit fram

Ditt paket har kommit fram till ditt utl=E4mningsst=E4lle

Fr=E5n: Shop Example
Kollinummer: 00373500521004491206

Utl=E4mningsst=E4lle:
Pressbyr=E5n Odenplan, Odengatan 63, 113 22 Stockholm

H=E4mta senast: 8 december 2026

Detta mejl g=E5r inte att svara p=E5.
"""),
    ('ro', 'anaf-spv-notice', 'automated', (),
"""Return-Path: <notificari@anaf.ro>
Received: from mail.anaf.ro (mail.anaf.ro [193.230.225.19])
	by mx1.shop.example.be (Postfix) with ESMTP id 4RcZk34nTpz1KR
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 10:02:44 +0100 (CET)
Message-ID: <3181772204.1794995761733.JavaMail.spv@webspv02>
Date: Fri, 20 Nov 2026 11:02:41 +0200
From: notificari@anaf.ro
To: privacy@shop.example.be
Subject: Notificare SPV - document nou in Spatiul Privat Virtual
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Stimate contribuabil,

Va informam ca in Spatiul Privat Virtual a fost depus un nou document
pentru CUI 41234567 (SHOP EXAMPLE ROMANIA SRL).

Tip document: Notificare privind nedepunerea declaratiilor
Numar inregistrare: 4418220771
Data: 20.11.2026

Pentru vizualizarea documentului accesati www.anaf.ro, sectiunea
Servicii Online > Inregistrare utilizatori > Spatiul Privat Virtual.

Acest mesaj a fost generat automat. Va rugam sa nu raspundeti la acest e-mail.

Agentia Nationala de Administrare Fiscala
"""),
    ('ro', 'banca-transilvania-login-alert', 'automated', (),
"""Received: from mta-out4.bancatransilvania.ro (mta-out4.bancatransilvania.ro [89.38.188.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Rf2Fv1nQsz1KT
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 22:14:37 +0100 (CET)
From: Banca Transilvania <notificari@btrl.ro>
To: privacy@shop.example.be
Subject: =?utf-8?q?Autentificare_nou=C4=83_=C3=AEn_contul_t=C4=83u_BT?=
Date: Sun, 22 Nov 2026 23:14:33 +0200
Message-ID: <b9f1e3a7-6c2d-4f80-a1e5-7d3c9b2e0f46@btrl.ro>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+PGh0bWwgbGFuZz0icm8iPjxoZWFkPjxtZXRhIGNoYXJzZXQ9IlVURi04
Ij48L2hlYWQ+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7YmFja2dy
b3VuZDojZjVmNWY1Ij4KPHRhYmxlIHdpZHRoPSI2MDAiIGFsaWduPSJjZW50ZXIiIHN0eWxlPSJi
YWNrZ3JvdW5kOiNmZmZmZmYiPjx0cj48dGQgc3R5bGU9InBhZGRpbmc6MjBweDtiYWNrZ3JvdW5k
OiMwMDQ4N2EiPjxpbWcgc3JjPSJodHRwczovL3d3dy5iYW5jYXRyYW5zaWx2YW5pYS5yby90aGVt
ZXMvYnQvaW1nL2J0LWxvZ28td2hpdGUucG5nIiBhbHQ9IkJhbmNhIFRyYW5zaWx2YW5pYSIgaGVp
Z2h0PSIzNiI+PC90ZD48L3RyPgo8dHI+PHRkIHN0eWxlPSJwYWRkaW5nOjI0cHg7Y29sb3I6IzIy
MiI+CjxwPkJ1bsSDLDwvcD4KPHA+QW0gZGV0ZWN0YXQgbyBhdXRlbnRpZmljYXJlIG5vdcSDIMOu
biA8Yj5CVDI0IC8gQlQgR288L2I+IHBlbnRydSB1dGlsaXphdG9ydWwgYXNvY2lhdCBmaXJtZWkg
PGI+U0hPUCBFWEFNUExFIFJPTUFOSUEgU1JMPC9iPjo8L3A+CjxwPkRhdGEgyJlpIG9yYTogMjIu
MTEuMjAyNiwgMjM6MTQ8YnI+RGlzcG96aXRpdjogU2FmYXJpLCBtYWNPUzxicj5Mb2NhbGl6YXJl
IGFwcm94aW1hdGl2xIM6IEJ1Y3VyZciZdGksIFJvbcOibmlhPC9wPgo8cD5EYWPEgyB0dSBhaSBm
b3N0LCBudSB0cmVidWllIHPEgyBmYWNpIG5pbWljLjxicj5EYWPEgyBudSByZWN1bm/ImXRpIGFj
ZWFzdMSDIGF1dGVudGlmaWNhcmUsIHN1bsSDLW5lIHVyZ2VudCBsYSA8Yj4wMjY0IDMwOCAwMjg8
L2I+IHNhdSAqODAyOCBkaW4gcmXIm2VsZWxlIFZvZGFmb25lLCBPcmFuZ2UsIFRlbGVrb20uPC9w
Pgo8cD5OdSDDrsibaSBjZXJlbSBuaWNpb2RhdMSDIHByaW4gZS1tYWlsIHBhcm9sZSwgY29kdXJp
IHByaW1pdGUgcHJpbiBTTVMgc2F1IGRhdGVsZSBjYXJkdWx1aS48L3A+CjxwIHN0eWxlPSJmb250
LXNpemU6MTFweDtjb2xvcjojODg4Ij5BY2VzdGEgZXN0ZSB1biBtZXNhaiBnZW5lcmF0IGF1dG9t
YXQsIHRlIHJ1Z8SDbSBzxIMgbnUgcsSDc3B1bnppLjxicj5CYW5jYSBUcmFuc2lsdmFuaWEgUy5B
LiwgQ2FsZWEgRG9yb2JhbsibaWxvciBuci4gMzAtMzYsIENsdWotTmFwb2NhPC9wPgo8L3RkPjwv
dHI+PC90YWJsZT48L2JvZHk+PC9odG1sPgo=
"""),
    ('ro', 'fan-courier-delivered', 'automated', (),
"""Return-Path: <no-reply@fancourier.ro>
Received: from smtp2.fancourier.ro (smtp2.fancourier.ro [86.106.28.112])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RcD0k3mLtz1KX
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 13:27:52 +0100 (CET)
From: FAN Courier <no-reply@fancourier.ro>
To: privacy@shop.example.be
Subject: FAN Courier - Coletul cu AWB 2345678901234 a fost livrat
Date: Thu, 19 Nov 2026 14:27:48 +0200
Message-ID: <20261119142748.2345678901234@fancourier.ro>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_NextPart_000_0012_01DC5A2B.4E8F1C20"

------=_NextPart_000_0012_01DC5A2B.4E8F1C20
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Salut,

Coletul cu AWB 2345678901234 de la SHOP EXAMPLE a fost livrat.

Data livrarii: 19.11.2026, 14:27
Predat catre: Marinescu (destinatar)
Ramburs: 0,00 RON

Cum a fost experienta ta cu curierul? Lasa-ne o parere:
https://www.fancourier.ro/feedback/?awb=2345678901234

Multumim ca ai ales FAN Courier!

Acest e-mail a fost trimis automat. Nu raspunde la acest mesaj.

------=_NextPart_000_0012_01DC5A2B.4E8F1C20
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Arial"><div style="background:#0044b3;padding:14px"><img src="https://www.fancourier.ro/wp-content/themes/fancourier/img/logo.png" alt="FAN Courier" height="30"></div><div style="padding:20px"><p>Salut,</p><p>Coletul cu AWB <b>2345678901234</b> de la <b>SHOP EXAMPLE</b> a fost livrat.</p><p>Data livrarii: 19.11.2026, 14:27<br>Predat catre: Marinescu (destinatar)</p><p><a href="https://www.fancourier.ro/feedback/?awb=2345678901234">Lasa-ne o parere</a></p><p style="font-size:11px;color:#888">Acest e-mail a fost trimis automat. Nu raspunde la acest mesaj.</p></div></body></html>

------=_NextPart_000_0012_01DC5A2B.4E8F1C20--
"""),
    ('ro', 'trade-press-newsletter', 'automated', (),
"""Return-Path: <bounce-mc.us21_8821302.2419977-privacy=shop.example.be@mail245.suw101.mcdlv.net>
Received: from mail245.suw101.mcdlv.net (mail245.suw101.mcdlv.net [198.2.139.245])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RftV51kCdz1KS
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 08:00:41 +0100 (CET)
Subject: =?utf-8?b?QU5TUERDUCBhbWVuZMSDIHBlbnRydSBuZXdzbGV0dGVyZSBmxINyxIMgY29uc2lt?=
 =?utf-8?b?yJvEg23Dom50IHwgQmxhY2sgRnJpZGF5ICsxOCU=?=
From: =?utf-8?q?Retail_=26_E-commerce_RO?= <newsletter@retail-ecommerce.ro>
Reply-To: =?utf-8?q?Retail_=26_E-commerce_RO?= <redactie@retail-ecommerce.ro>
To: <privacy@shop.example.be>
Date: Wed, 25 Nov 2026 09:00:37 +0200
Message-ID: <8f2c61e0b4a7d93e51f0.2419977.88213@mail245.suw101.mcdlv.net>
List-ID: 9c1f0e2d8a3b4c5e6f708192a mc list <9c1f0e2d8a3b4c5e6f708192a.88213.list-id.mcsv.net>
List-Unsubscribe: <https://retail-ecommerce.us21.list-manage.com/unsubscribe?u=9c1f0e2d8a3b4c5e6f708192a&id=2419977&e=5ab3c9d0f1>, <mailto:unsubscribe-mc.us21_8821302.2419977-5ab3c9d0f1@mailin1.us21.mcsv.net?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Mailer: MailChimp Mailer - **CID2419977a5ab3c9d0f1**
X-Campaign: mailchimp9c1f0e2d8a3b4c5e6f708192a.2419977
X-campaignid: mailchimp9c1f0e2d8a3b4c5e6f708192a.2419977
Precedence: bulk
Feedback-ID: 88213:88213.2419977:us21:mc
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_MCPart_1277340817"

This is a multi-part message in MIME format

--_----------=_MCPart_1277340817
Content-Type: text/plain; charset="utf-8"; format="fixed"
Content-Transfer-Encoding: quoted-printable

RETAIL & E-COMMERCE RO | Newsletter | 25 noiembrie 2026

Vezi varianta online: https://www.retail-ecommerce.ro/newsletter/2026-11-25

1. ANSPDCP a amendat un retailer online cu 20.000 de euro pentru
   trimiterea de newslettere f=C4=83r=C4=83 consim=C8=9B=C4=83m=C3=A2nt
   https://www.retail-ecommerce.ro/r/88213-a1

2. Black Friday 2026: v=C3=A2nz=C4=83rile online au crescut cu 18%
   https://www.retail-ecommerce.ro/r/88213-a2

3. Cum r=C4=83spunzi la o cerere de =C8=99tergere a datelor =C3=AEn 30 de z=
ile -
   ghid practic pentru magazinele online
   https://www.retail-ecommerce.ro/r/88213-a3

4. Eveniment: E-commerce Summit Bucure=C8=99ti, 10 decembrie 2026
   https://www.retail-ecommerce.ro/r/88213-a4

Prime=C8=99ti acest e-mail pentru c=C4=83 adresa privacy@shop.example.be es=
te
abonat=C4=83 la newsletterul Retail & E-commerce RO.
Dezabonare: https://www.retail-ecommerce.ro/unsubscribe?e=3DcHJpdmFjeUBzaG9=
w&l=3D3
Actualizeaz=C4=83 preferin=C8=9Bele: https://www.retail-ecommerce.ro/prefer=
ences?e=3DcHJpdmFjeUBzaG9w

--_----------=_MCPart_1277340817
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta charset=3D"utf-8"><title>Retail &amp; E-commerce RO</titl=
e></head><body style=3D"margin:0;background:#eeeeee">
<table width=3D"640" align=3D"center" cellpadding=3D"0" cellspacing=3D"0" s=
tyle=3D"background:#ffffff;font-family:Georgia,serif">
<tr><td style=3D"padding:18px;border-bottom:3px solid #d0021b"><b style=3D"=
font-size:24px">RETAIL &amp; E-COMMERCE RO</b><br><span style=3D"font-size:=
12px">Newsletter | 25 noiembrie 2026</span></td></tr>
<tr><td style=3D"padding:18px"><h3><a href=3D"https://www.retail-ecommerce.=
ro/r/88213-a1">ANSPDCP a amendat un retailer online cu 20.000 de euro pentr=
u trimiterea de newslettere f=C4=83r=C4=83 consim=C8=9B=C4=83m=C3=A2nt</a><=
/h3>
<h3><a href=3D"https://www.retail-ecommerce.ro/r/88213-a2">Black Friday 202=
6: v=C3=A2nz=C4=83rile online au crescut cu 18%</a></h3>
<h3><a href=3D"https://www.retail-ecommerce.ro/r/88213-a3">Cum r=C4=83spunz=
i la o cerere de =C8=99tergere a datelor =C3=AEn 30 de zile</a></h3>
<h3><a href=3D"https://www.retail-ecommerce.ro/r/88213-a4">E-commerce Summi=
t Bucure=C8=99ti, 10 decembrie 2026</a></h3></td></tr>
<tr><td style=3D"padding:18px;font-size:11px;color:#777">Prime=C8=99ti aces=
t e-mail pentru c=C4=83 adresa privacy@shop.example.be este abonat=C4=83 la=
 newsletterul Retail &amp; E-commerce RO.
<a href=3D"https://www.retail-ecommerce.ro/unsubscribe?e=3DcHJpdmFjeUBzaG9w=
&amp;l=3D3">Dezabonare</a></td></tr>
</table><img src=3D"https://t.retail-ecommerce.ro/o/88213-2026-11-25.gif" w=
idth=3D"1" height=3D"1" alt=3D""></body></html>

--_----------=_MCPart_1277340817--
"""),
    ('ro', 'dsar-platform-requestflow', 'automated', (),
"""Return-Path: <bounces+4410297-ab12-privacy=shop.example.be@em9921.requestflow.app>
Received: from o5.em9921.requestflow.app (o5.em9921.requestflow.app [149.72.34.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RgX3q2dWkz1KQ
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 15:48:29 +0100 (CET)
From: RequestFlow <notificari@requestflow.app>
To: privacy@shop.example.be
Subject: =?utf-8?q?Cerere_nou=C4=83_de_la_o_persoan=C4=83_vizat=C4=83=3A_Acces_la_d?=
 =?utf-8?q?ate_=28=23RQ-88213=29?=
Date: Fri, 27 Nov 2026 16:48:25 +0200
Message-ID: <rq-88213.created.c4e2a1@requestflow.app>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="rfb-77e1c0a95d3f"
X-Entity-Ref-ID: rq-88213-created

--rfb-77e1c0a95d3f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

U2FsdXQgZWNoaXBhIFNob3AgRXhhbXBsZSwKCkHIm2kgcHJpbWl0IG8gY2VyZXJlIG5vdcSDIGRl
IGxhIG8gcGVyc29hbsSDIHZpemF0xIMgcHJpbiBwb3J0YWx1bCBkZQpjb25maWRlbsibaWFsaXRh
dGUgKGh0dHBzOi8vc2hvcC5leGFtcGxlLmJlL3JvL2NvbmZpZGVudGlhbGl0YXRlL2NlcmVyZSku
CgpOdW3Eg3IgY2VyZXJlOiAgICNSUS04ODIxMwpUaXAgY2VyZXJlOiAgICAgQWNjZXMgbGEgZGF0
ZSAoYXJ0LiAxNSBHRFBSKQpTb2xpY2l0YW50OiAgICAgQW5kcmVpIFAuIChhLnAqKioqQHlhaG9v
LmNvbSkKTGltYsSDOiAgICAgICAgICByb23Dom7EgwpQcmltaXTEgyBsYTogICAgIDI3LjExLjIw
MjYsIDE2OjQ4IChFRVQpClRlcm1lbiBsZWdhbDogICAyNy4xMi4yMDI2CgpNZXNhanVsIHNvbGlj
aXRhbnR1bHVpOgoiQciZIGRvcmkgbyBjb3BpZSBhIHR1dHVyb3IgZGF0ZWxvciBwZSBjYXJlIGxl
IGF2ZcibaSBkZXNwcmUgbWluZSwKaW5jbHVzaXYgaXN0b3JpY3VsIGNvbWVuemlsb3IgyJlpIGRh
dGVsZSBkZSBwZSBjYXJkdWwgZGUgZmlkZWxpdGF0ZS4iCgpWZXJpZmljYXJlYSBpZGVudGl0xIPI
m2lpOiDDrm4gYciZdGVwdGFyZSAoZS1tYWlsIGRlIGNvbmZpcm1hcmUgdHJpbWlzKS4KCkRlc2No
aWRlIGNlcmVyZWEgw65uIFJlcXVlc3RGbG93OgpodHRwczovL2V1LnJlcXVlc3RmbG93LmFwcC9z
aG9wLWV4YW1wbGUvcmVxdWVzdHMvUlEtODgyMTMKCi0tClJlcXVlc3RGbG93IMK3IEFjZXN0IG1l
c2FqIGEgZm9zdCB0cmltaXMgYXV0b21hdCBjxIN0cmUgbWVtYnJpaQplY2hpcGVpIOKAnlByb3Rl
Y8ibaWEgZGF0ZWxvcuKAnS4gTnUgcsSDc3B1bmRlyJtpIGxhIGFjZXN0IGUtbWFpbC4K

--rfb-77e1c0a95d3f
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkludGVyLEFyaWFsLHNhbnMtc2VyaWY7Y29s
b3I6IzFmMjkzNyI+PHA+U2FsdXQgZWNoaXBhIFNob3AgRXhhbXBsZSw8L3A+PHA+QcibaSBwcmlt
aXQgbyA8Yj5jZXJlcmUgbm91xIMgZGUgbGEgbyBwZXJzb2FuxIMgdml6YXTEgzwvYj4gcHJpbiBw
b3J0YWx1bCBkZSBjb25maWRlbsibaWFsaXRhdGUuPC9wPjx0YWJsZSBjZWxscGFkZGluZz0iNCI+
PHRyPjx0ZD5OdW3Eg3IgY2VyZXJlPC90ZD48dGQ+PGI+I1JRLTg4MjEzPC9iPjwvdGQ+PC90cj48
dHI+PHRkPlRpcCBjZXJlcmU8L3RkPjx0ZD5BY2NlcyBsYSBkYXRlIChhcnQuIDE1IEdEUFIpPC90
ZD48L3RyPjx0cj48dGQ+U29saWNpdGFudDwvdGQ+PHRkPkFuZHJlaSBQLiAoYS5wKioqKkB5YWhv
by5jb20pPC90ZD48L3RyPjx0cj48dGQ+VGVybWVuIGxlZ2FsPC90ZD48dGQ+MjcuMTIuMjAyNjwv
dGQ+PC90cj48L3RhYmxlPjxibG9ja3F1b3RlIHN0eWxlPSJib3JkZXItbGVmdDozcHggc29saWQg
IzYzNjZmMTtwYWRkaW5nLWxlZnQ6MTBweCI+QciZIGRvcmkgbyBjb3BpZSBhIHR1dHVyb3IgZGF0
ZWxvciBwZSBjYXJlIGxlIGF2ZcibaSBkZXNwcmUgbWluZSwgaW5jbHVzaXYgaXN0b3JpY3VsIGNv
bWVuemlsb3IgyJlpIGRhdGVsZSBkZSBwZSBjYXJkdWwgZGUgZmlkZWxpdGF0ZS48L2Jsb2NrcXVv
dGU+PHA+PGEgaHJlZj0iaHR0cHM6Ly9ldS5yZXF1ZXN0Zmxvdy5hcHAvc2hvcC1leGFtcGxlL3Jl
cXVlc3RzL1JRLTg4MjEzIiBzdHlsZT0iYmFja2dyb3VuZDojNjM2NmYxO2NvbG9yOiNmZmY7cGFk
ZGluZzoxMHB4IDE2cHg7Ym9yZGVyLXJhZGl1czo2cHg7dGV4dC1kZWNvcmF0aW9uOm5vbmUiPkRl
c2NoaWRlIGNlcmVyZWE8L2E+PC9wPjxwIHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xvcjojNmI3
MjgwIj5SZXF1ZXN0RmxvdyDCtyBBY2VzdCBtZXNhaiBhIGZvc3QgdHJpbWlzIGF1dG9tYXQgY8SD
dHJlIG1lbWJyaWkgZWNoaXBlaSDigJ5Qcm90ZWPIm2lhIGRhdGVsb3LigJ0uIE51IHLEg3NwdW5k
ZcibaSBsYSBhY2VzdCBlLW1haWwuPC9wPjwvYm9keT48L2h0bWw+Cg==

--rfb-77e1c0a95d3f--
"""),
    ('ro', 'person-company-signature-logos', 'correction', (),
"""Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2118.outbound.protection.outlook.com [40.107.104.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RfwQ10sDnz1KR
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 10:21:47 +0100 (CET)
From: Mihaela Constantinescu <mihaela.constantinescu@alfalogistic.ro>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Corectare date cont client
Thread-Topic: Corectare date cont client
Thread-Index: AdxfE3k9cXn2Gq3YTq6b0k1uQ2RzVA==
Date: Wed, 25 Nov 2026 11:21:40 +0200
Message-ID: <VI1PR08MB5312C6D04E3A9B7F2E1D0C44A4C52@VI1PR08MB5312.eurprd08.prod.outlook.com>
Accept-Language: ro-RO, en-US
Content-Language: ro-RO
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
x-ms-exchange-organization-scl: 1
MIME-Version: 1.0
Content-Type: multipart/related;
	boundary="_006_VI1PR08MB5312C6D04E3A9B7F2E1D0C44A4C52VI1PR08MB5312eurp_";
	type="multipart/alternative"

--_006_VI1PR08MB5312C6D04E3A9B7F2E1D0C44A4C52VI1PR08MB5312eurp_
Content-Type: multipart/alternative;
	boundary="_000_VI1PR08MB5312C6D04E3A9B7F2E1D0C44A4C52VI1PR08MB5312eurp_"

--_000_VI1PR08MB5312C6D04E3A9B7F2E1D0C44A4C52VI1PR08MB5312eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QnVuxIMgeml1YSwKClbEgyByb2cgc8SDIGNvcmVjdGHIm2kgZGF0ZWxlIGRpbiBjb250dWwgbWV1
IGRlIGNsaWVudCAoY29tZW56aWxlIGxlIGZhYyBjdSBhZHJlc2EgYXN0YSBkZSBzZXJ2aWNpdSk6
Ci0gbnVtZWxlIGVzdGUgc2NyaXMgZ3JlyJlpdDogY29yZWN0IGVzdGUgTWloYWVsYSBDb25zdGFu
dGluZXNjdSwgbnUg4oCeTWloYWVsYSBDb25zdGFudGluZXN14oCdCi0gYWRyZXNhIGRlIGxpdnJh
cmUgcy1hIHNjaGltYmF0OiBTdHIuIEZhYnJpY2lpIG5yLiA0NkIsIGV0LiAzLCAwNjA4MjIgQnVj
dXJlyJl0aSwgc2VjdG9yIDYKCk11bMibdW1lc2MsCgpNaWhhZWxhIENvbnN0YW50aW5lc2N1Ck9m
ZmljZSBNYW5hZ2VyCltjaWQ6aW1hZ2UwMDEucG5nQDAxREM1QzFBLjdGM0UyQjEwXQpBTEZBIExP
R0lTVElDIFNPTFVUSU9OUyBTUkwKU3RyLiBGYWJyaWNpaSBuci4gNDZCLCAwNjA4MjIgQnVjdXJl
yJl0aQpUZWw6ICs0MCAyMSAzMTggNDQgMjAgfCBNb2JpbDogKzQwIDcyMiAxMTggOTAzCnd3dy5h
bGZhbG9naXN0aWMucm8KW2NpZDppbWFnZTAwMi5wbmdAMDFEQzVDMUEuN0YzRTJCMTBdIFtjaWQ6
aW1hZ2UwMDMucG5nQDAxREM1QzFBLjdGM0UyQjEwXQoKVsSDIHJ1Z8SDbSBzxIMgdsSDIGfDom5k
acibaSBsYSBtZWRpdSDDrm5haW50ZSBkZSBhIHRpcMSDcmkgYWNlc3QgZS1tYWlsLgpBY2VzdCBt
ZXNhaiDImWkgZXZlbnR1YWxlbGUgYXRhyJlhbWVudGUgc3VudCBjb25maWRlbsibaWFsZSDImWkg
ZGVzdGluYXRlIGV4Y2x1c2l2IGRlc3RpbmF0YXJ1bHVpLiBEYWPEgyBsLWHIm2kgcHJpbWl0IGRp
biBncmXImWVhbMSDLCB2xIMgcnVnxINtIHPEgyBuZSBhbnVuyJthyJtpIMiZaSBzxIMgw65sIMiZ
dGVyZ2XIm2kuCg==

--_000_VI1PR08MB5312C6D04E3A9B7F2E1D0C44A4C52VI1PR08MB5312eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWwgeG1sbnM6dj0idXJuOnNjaGVtYXMtbWljcm9zb2Z0LWNvbTp2bWwiIHhtbG5zOm89InVy
bjpzY2hlbWFzLW1pY3Jvc29mdC1jb206b2ZmaWNlOm9mZmljZSIgeG1sbnM6dz0idXJuOnNjaGVt
YXMtbWljcm9zb2Z0LWNvbTpvZmZpY2U6d29yZCI+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29u
dGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjxtZXRhIG5hbWU9
IkdlbmVyYXRvciIgY29udGVudD0iTWljcm9zb2Z0IFdvcmQgMTUgKGZpbHRlcmVkIG1lZGl1bSki
PjwvaGVhZD4KPGJvZHkgbGFuZz0iUk8iIGxpbms9IiMwNTYzQzEiIHZsaW5rPSIjOTU0RjcyIj48
ZGl2IGNsYXNzPSJXb3JkU2VjdGlvbjEiPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj5CdW7EgyB6aXVh
LDxvOnA+PC9vOnA+PC9wPjxwIGNsYXNzPSJNc29Ob3JtYWwiPjxvOnA+Jm5ic3A7PC9vOnA+PC9w
Pgo8cCBjbGFzcz0iTXNvTm9ybWFsIj5WxIMgcm9nIHPEgyBjb3JlY3RhyJtpIGRhdGVsZSBkaW4g
Y29udHVsIG1ldSBkZSBjbGllbnQgKGNvbWVuemlsZSBsZSBmYWMgY3UgYWRyZXNhIGFzdGEgZGUg
c2VydmljaXUpOjxvOnA+PC9vOnA+PC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj4tIG51bWVsZSBl
c3RlIHNjcmlzIGdyZciZaXQ6IGNvcmVjdCBlc3RlIE1paGFlbGEgQ29uc3RhbnRpbmVzY3UsIG51
IOKAnk1paGFlbGEgQ29uc3RhbnRpbmVzdeKAnTxvOnA+PC9vOnA+PC9wPgo8cCBjbGFzcz0iTXNv
Tm9ybWFsIj4tIGFkcmVzYSBkZSBsaXZyYXJlIHMtYSBzY2hpbWJhdDogU3RyLiBGYWJyaWNpaSBu
ci4gNDZCLCBldC4gMywgMDYwODIyIEJ1Y3VyZciZdGksIHNlY3RvciA2PG86cD48L286cD48L3A+
CjxwIGNsYXNzPSJNc29Ob3JtYWwiPjxvOnA+Jm5ic3A7PC9vOnA+PC9wPjxwIGNsYXNzPSJNc29O
b3JtYWwiPk11bMibdW1lc2MsPG86cD48L286cD48L3A+PHAgY2xhc3M9Ik1zb05vcm1hbCI+PG86
cD4mbmJzcDs8L286cD48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPjxiPjxzcGFuIHN0eWxlPSJj
b2xvcjojMUYzODY0Ij5NaWhhZWxhIENvbnN0YW50aW5lc2N1PC9zcGFuPjwvYj48YnI+PHNwYW4g
c3R5bGU9ImZvbnQtc2l6ZTo5LjBwdDtjb2xvcjpncmF5Ij5PZmZpY2UgTWFuYWdlcjwvc3Bhbj48
bzpwPjwvbzpwPjwvcD4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+PGltZyB3aWR0aD0iMTYwIiBoZWln
aHQ9IjQ4IiBzcmM9ImNpZDppbWFnZTAwMS5wbmdAMDFEQzVDMUEuN0YzRTJCMTAiIGFsdD0iQUxG
QSBMT0dJU1RJQyI+PG86cD48L286cD48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPjxzcGFuIHN0
eWxlPSJmb250LXNpemU6OS4wcHQiPkFMRkEgTE9HSVNUSUMgU09MVVRJT05TIFNSTDxicj5TdHIu
IEZhYnJpY2lpIG5yLiA0NkIsIDA2MDgyMiBCdWN1cmXImXRpPGJyPlRlbDogKzQwIDIxIDMxOCA0
NCAyMCB8IE1vYmlsOiArNDAgNzIyIDExOCA5MDM8YnI+PGEgaHJlZj0iaHR0cDovL3d3dy5hbGZh
bG9naXN0aWMucm8iPnd3dy5hbGZhbG9naXN0aWMucm88L2E+PC9zcGFuPjxvOnA+PC9vOnA+PC9w
Pgo8cCBjbGFzcz0iTXNvTm9ybWFsIj48aW1nIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgc3JjPSJj
aWQ6aW1hZ2UwMDIucG5nQDAxREM1QzFBLjdGM0UyQjEwIiBhbHQ9IkxpbmtlZEluIj4gPGltZyB3
aWR0aD0iMjQiIGhlaWdodD0iMjQiIHNyYz0iY2lkOmltYWdlMDAzLnBuZ0AwMURDNUMxQS43RjNF
MkIxMCIgYWx0PSJGYWNlYm9vayI+PG86cD48L286cD48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwi
PjxzcGFuIHN0eWxlPSJmb250LXNpemU6OC4wcHQ7Y29sb3I6IzAwQjA1MCI+JiMxMjc4MDc7IFbE
gyBydWfEg20gc8SDIHbEgyBnw6JuZGnIm2kgbGEgbWVkaXUgw65uYWludGUgZGUgYSB0aXDEg3Jp
IGFjZXN0IGUtbWFpbC48L3NwYW4+PG86cD48L286cD48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwi
PjxzcGFuIHN0eWxlPSJmb250LXNpemU6Ny4wcHQ7Y29sb3I6Z3JheSI+QWNlc3QgbWVzYWogyJlp
IGV2ZW50dWFsZWxlIGF0YciZYW1lbnRlIHN1bnQgY29uZmlkZW7Im2lhbGUgyJlpIGRlc3RpbmF0
ZSBleGNsdXNpdiBkZXN0aW5hdGFydWx1aS4gRGFjxIMgbC1hyJtpIHByaW1pdCBkaW4gZ3JlyJll
YWzEgywgdsSDIHJ1Z8SDbSBzxIMgbmUgYW51bsibYcibaSDImWkgc8SDIMOubCDImXRlcmdlyJtp
Ljwvc3Bhbj48bzpwPjwvbzpwPjwvcD4KPC9kaXY+PC9ib2R5PjwvaHRtbD4K

--_000_VI1PR08MB5312C6D04E3A9B7F2E1D0C44A4C52VI1PR08MB5312eurp_--

--_006_VI1PR08MB5312C6D04E3A9B7F2E1D0C44A4C52VI1PR08MB5312eurp_
Content-Type: image/png; name="image001.png"
Content-Description: image001.png
Content-Disposition: inline; filename="image001.png"; size=5120;
	creation-date="Wed, 25 Nov 2026 09:21:40 GMT";
	modification-date="Wed, 25 Nov 2026 09:21:40 GMT"
Content-ID: <image001.png@01DC5C1A.7F3E2B10>
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAHgAAAAoCAYAAACQtXunrLpXrrTm6wW+7Aq9bUXpAO5EYcm9tzQO
PG87Tv+OTBJgDq7A7lfVyif2xVwpanfRxMrJsgyIJby24YGJEw204PUbbNIshxmcbTM+CFqxq5Tc
JkIWZJsH0C75bkFoAEMlaZ3Nh0HKgHfbGFY73BIMz/0VzlqvoMNGTTAG4MKky+pQKuV9Ov5XzDNG
FRs5lQ0EHST+4nbHSrf//NnbJLfQ6ACx/rJ2t16QSAIyfOyK4jP6poef+Nj09IjECaPzP7fpp/Up
c6E/vl/4HhSnHVQJOXhqGGzSVYKYoLUpeh192lRh/bRVl6CYcHl8LNNXAHg1jG1LWiROqvlFM/qR
k67TzEOvNQUuPXqUTeWNfRj/14wVS5pUqs3UECNVPeqp7Eq+soup/ICbibdfz3xMYFUiOO1hZLg/
4HAJO+mnr+SkujZmB8TwrcWwm4vBYtFOzjyFlBaGRQYazJAD1+7/EdQX+WQLzwSUl4QUaUrGwXe5
cf/yQ3WbbKRND/mLtXSI089ESZbnAOSN4daQv1gvga6i8l1kZRIzDp5JVqSKCMCOZ5E=

--_006_VI1PR08MB5312C6D04E3A9B7F2E1D0C44A4C52VI1PR08MB5312eurp_
Content-Type: image/png; name="image002.png"
Content-Description: image002.png
Content-Disposition: inline; filename="image002.png"; size=812;
	creation-date="Wed, 25 Nov 2026 09:21:40 GMT";
	modification-date="Wed, 25 Nov 2026 09:21:40 GMT"
Content-ID: <image002.png@01DC5C1A.7F3E2B10>
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAHgAAAAoCAYAAAC6VrRW2hTCJ36jZDekd34gEyMuWGQQGeMzekB+
CFYYTYsxgMX9OG0Fapm8M1cQyrZl3/stN59+LmU3qQO9JHwNDaOzUpsvsfoE/9X/wtIKFa/ZLQnh
iVt+BuDjS7DytyH/ntKaD15WA/UqcU+yakFWR2Y6VY13lGc=

--_006_VI1PR08MB5312C6D04E3A9B7F2E1D0C44A4C52VI1PR08MB5312eurp_
Content-Type: image/png; name="image003.png"
Content-Description: image003.png
Content-Disposition: inline; filename="image003.png"; size=790;
	creation-date="Wed, 25 Nov 2026 09:21:40 GMT";
	modification-date="Wed, 25 Nov 2026 09:21:40 GMT"
Content-ID: <image003.png@01DC5C1A.7F3E2B10>
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAHgAAAAoCAYAAABXTbViwZ9GCRXYPw4R7dcTLL/v1/KO15D6RYSq
Jt5x3EohCGRzuPWXTLwv9wdIIq1g7ZNXG/ZD3G89V1WVMU7Wl3tDTT2DOckUYB2eOiOOkoTISR76
0WKcyFE7Y0GYwbTOe0AoH5P1rGE+CfY6oQI/6SKD5UNTzEg=

--_006_VI1PR08MB5312C6D04E3A9B7F2E1D0C44A4C52VI1PR08MB5312eurp_--
"""),
    ('ro', 'person-replies-to-recommendations', 'objection', (),
"""Received: from sonic310-21.consmr.mail.ir2.yahoo.com (sonic310-21.consmr.mail.ir2.yahoo.com [77.238.177.147])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RfP9w3ZxLz1KS
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 20:41:02 +0100 (CET)
Date: Tue, 24 Nov 2026 19:40:55 +0000 (UTC)
From: Radu Georgescu <radu_georgescu@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1384529107.2216478.1795030855012@mail.yahoo.com>
In-Reply-To: <reco.2026-11-24.ro-55120@news.shop.example.be>
References: <reco.2026-11-24.ro-55120@news.shop.example.be>
Subject: =?UTF-8?Q?Re:_Radu,_am_ales_ceva_special_pentru_tine!?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.24652 YMailNorrin

Bun=C4=83 seara,

V=C4=83 rog s=C4=83 nu-mi mai analiza=C8=9Bi comenzile =C8=99i ce m=C4=83 u=
it pe site ca s=C4=83-mi face=C8=9Bi recomand=C4=83ri "personalizate" ca as=
ta de mai jos. M=C4=83 opun profil=C4=83rii. Newsletterul obi=C8=99nuit =C3=
=AEl pot primi =C3=AEn continuare, dar f=C4=83r=C4=83 personalizare.

Cu stim=C4=83,
Radu Georgescu

Trimis de pe Yahoo Mail pentru Android

  Pe mar., nov. 24, 2026 la 18:00, Shop Example<noreply@news.shop.example.b=
e> a scris:
  Radu, am ales ceva special pentru tine!
Pe baza cump=C4=83r=C4=83turilor tale recente (ghivece ceramice, p=C4=83m=
=C3=A2nt de flori) credem c=C4=83 =C3=AE=C8=9Bi vor pl=C4=83cea:
- Set unelte gr=C4=83din=C4=83rit 5 piese - 89 lei
- Sistem de irigare prin picurare - 149 lei
- Lamp=C4=83 solar=C4=83 de gr=C4=83din=C4=83 - 59 lei
Vezi toate recomand=C4=83rile: https://news.shop.example.be/ro/reco?u=3Dro-=
55120
Dezabonare: https://news.shop.example.be/u/ro-55120
"""),
    ('el', 'mykeplive-appointment', 'automated', (),
"""Return-Path: <noreply@mykeplive.gov.gr>
Received: from mailrelay.gsis.gr (mailrelay.gsis.gr [194.219.201.10])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Rc4Kx0TqPz1KV
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 13:12:08 +0100 (CET)
Date: Wed, 18 Nov 2026 14:12:02 +0200
From: myKEPlive <noreply@mykeplive.gov.gr>
To: privacy@shop.example.be
Message-ID: <1620794418.441820.1794999122003@mykeplive-app01>
Subject: =?utf-8?b?zpXPgM65zrLOtc6yzrHOr8+Jz4POtyDPgc6xzr3PhM61zrLOv8+NIG15S0VQbGl2?=
 =?utf-8?b?ZSAtIEtFUC0yNjExLTQ0ODIwMQ==?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated

zpHOs86xz4DOt8+Ezq0vzq4gz4DOv867zq/PhM63LAoKzqTOvyDPgc6xzr3PhM61zrLOv8+NIM+D
zrHPgiDOs865zrEgzrXOvs+Fz4DOt8+Bzq3PhM63z4POtyDOvM6tz4PPiSDOss65zr3PhM61zr/O
us67zq7Pg863z4IgKG15S0VQbGl2ZSkgzrXPgM65zrLOtc6yzrHOuc+OzrjOt866zrUuCgrOpc+A
zrfPgc61z4POr86xOiDOiM66zrTOv8+Dzrcgz4DOuc+Dz4TOv8+Azr/Ouc63z4TOuc66zr/PjSDO
k86VzpzOlyDOs865zrEgzr3Ov868zrnOus+MIM+Az4HPjM+Dz4nPgM6/Cs6XzrzOtc+Bzr/OvM63
zr3Or86xOiDOoM6tzrzPgM+EzrcgMjYvMTEvMjAyNgrOj8+BzrE6IDEwOjMwCs6az4nOtM65zrrP
jM+CIM+BzrHOvc+EzrXOss6/z406IEtFUC0yNjExLTQ0ODIwMQoKzqTOt869IM63zrzOrc+BzrEg
z4TOv8+FIM+BzrHOvc+EzrXOss6/z40gzrjOsSDOu86szrLOtc+EzrUgz4PPjc69zrTOtc+DzrzO
vyDOs865zrEgz4TOtyDOss65zr3PhM61zr/Ous67zq7Pg863LgrOk865zrEgzrHOus+Nz4HPic+D
zrcgzq4gzrHOu867zrHOs86uOiBodHRwczovL3d3dy5nb3YuZ3IvaXBpcmVzaWVzL3BvbGl0ZXMt
a2FpLWthdGhlbWVyaW5vdGV0YS9teWtlcGxpdmUKCs6kzr8gzrzOrs69z4XOvM6xIM6xz4XPhM+M
IM+Dz4TOrM67zrjOt866zrUgzrHPhc+Ez4zOvM6xz4TOsS4gzqDOsc+BzrHOus6xzrvOv8+NzrzO
tSDOvM63zr0gzrHPgM6xzr3PhM6sz4TOtS4KCmdvdi5nciDigJMgzqXPgM6/z4XPgc6zzrXOr86/
IM6ozrfPhs65zrHOus6uz4IgzpTOuc6xzrrPhc6yzq3Pgc69zrfPg863z4IK
"""),
    ('el', 'eurobank-login-alert', 'automated', (),
"""Received: from smtp-out2.eurobank.gr (smtp-out2.eurobank.gr [195.167.99.202])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RfC1j4LbKz1KT
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 08:05:49 +0100 (CET)
From: Eurobank <alerts@eurobank.gr>
To: privacy@shop.example.be
Subject: =?utf-8?b?RXVyb2JhbmsgZS1CYW5raW5nOiDOlc65zrTOv8+Azr/Or863z4POtyDPg8+Nzr0=?=
 =?utf-8?b?zrTOtc+DzrfPgiAvIExvZ2luIG5vdGlmaWNhdGlvbg==?=
Date: Mon, 23 Nov 2026 09:05:45 +0200
Message-ID: <EB.ALRT.LOGIN.0000981772.20261123090545@eurobank.gr>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#33=
3">
<table width=3D"600" align=3D"center"><tr><td style=3D"border-bottom:4px so=
lid #c8102e;padding:12px"><img src=3D"https://www.eurobank.gr/-/media/eurob=
ank/logo-email.png" alt=3D"Eurobank" height=3D"34"></td></tr>
<tr><td style=3D"padding:18px">
<p>=CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CE=AD/=CE=AE =CF=80=CE=B5=CE=BB=CE=
=AC=CF=84=CE=B7,</p>
<p>=CE=A3=CE=B1=CF=82 =CE=B5=CE=BD=CE=B7=CE=BC=CE=B5=CF=81=CF=8E=CE=BD=CE=
=BF=CF=85=CE=BC=CE=B5 =CF=8C=CF=84=CE=B9 =CF=80=CF=81=CE=B1=CE=B3=CE=BC=CE=
=B1=CF=84=CE=BF=CF=80=CE=BF=CE=B9=CE=AE=CE=B8=CE=B7=CE=BA=CE=B5 =CE=B5=CF=
=80=CE=B9=CF=84=CF=85=CF=87=CE=AE=CF=82 =CF=83=CF=8D=CE=BD=CE=B4=CE=B5=CF=
=83=CE=B7 =CF=83=CF=84=CE=B7=CE=BD =CF=85=CF=80=CE=B7=CF=81=CE=B5=CF=83=CE=
=AF=CE=B1 <b>Eurobank e-Banking =CE=B3=CE=B9=CE=B1 =CE=95=CF=80=CE=B9=CF=87=
=CE=B5=CE=B9=CF=81=CE=AE=CF=83=CE=B5=CE=B9=CF=82</b>.</p>
<p>=CE=97=CE=BC=CE=B5=CF=81=CE=BF=CE=BC=CE=B7=CE=BD=CE=AF=CE=B1/=CF=8E=CF=
=81=CE=B1: 23/11/2026 09:05:41<br>=CE=9A=CE=B1=CE=BD=CE=AC=CE=BB=CE=B9: Web=
<br>=CE=A3=CF=85=CF=83=CE=BA=CE=B5=CF=85=CE=AE: Firefox / Windows</p>
<p>=CE=91=CE=BD =CE=B4=CE=B5=CE=BD =CF=80=CF=81=CE=B1=CE=B3=CE=BC=CE=B1=CF=
=84=CE=BF=CF=80=CE=BF=CE=B9=CE=AE=CF=83=CE=B1=CF=84=CE=B5 =CE=B5=CF=83=CE=
=B5=CE=AF=CF=82 =CF=84=CE=B7 =CF=83=CF=8D=CE=BD=CE=B4=CE=B5=CF=83=CE=B7, =
=CE=B5=CF=80=CE=B9=CE=BA=CE=BF=CE=B9=CE=BD=CF=89=CE=BD=CE=AE=CF=83=CF=84=CE=
=B5 =CE=AC=CE=BC=CE=B5=CF=83=CE=B1 =CE=BC=CE=B5 =CF=84=CE=B7=CE=BD Eurobank=
 Phone Banking =CF=83=CF=84=CE=BF 210 9555000.</p>
<p>=CE=97 Eurobank =CE=B4=CE=B5=CE=BD =CE=B8=CE=B1 =CF=83=CE=B1=CF=82 =CE=
=B6=CE=B7=CF=84=CE=AE=CF=83=CE=B5=CE=B9 =CF=80=CE=BF=CF=84=CE=AD =CE=BC=CE=
=AD=CF=83=CF=89 email =CE=AE SMS =CF=84=CE=BF=CF=85=CF=82 =CE=BA=CF=89=CE=
=B4=CE=B9=CE=BA=CE=BF=CF=8D=CF=82 =CF=83=CE=B1=CF=82.</p>
<p style=3D"font-size:11px;color:#888">Dear customer, a successful login to=
 Eurobank e-Banking was performed on 23/11/2026 09:05:41. If this was not y=
ou, please call +30 210 9555000.</p>
<p style=3D"font-size:10px;color:#999">=CE=A4=CE=BF =CE=BC=CE=AE=CE=BD=CF=
=85=CE=BC=CE=B1 =CE=B1=CF=85=CF=84=CF=8C =CE=B1=CF=80=CE=BF=CF=83=CF=84=CE=
=AD=CE=BB=CE=BB=CE=B5=CF=84=CE=B1=CE=B9 =CE=B1=CF=85=CF=84=CF=8C=CE=BC=CE=
=B1=CF=84=CE=B1. =CE=A0=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CE=BF=CF=8D=CE=
=BC=CE=B5 =CE=BC=CE=B7=CE=BD =CE=B1=CF=80=CE=B1=CE=BD=CF=84=CE=AC=CF=84=CE=
=B5. Eurobank Ergasias Services and Holdings S.A.</p>
</td></tr></table></body></html>
"""),
    ('el', 'acs-courier-delivered', 'automated', (),
"""Return-Path: <noreply@acscourier.gr>
Received: from mail.acscourier.gr (mail.acscourier.gr [62.1.43.186])
	by mx1.shop.example.be (Postfix) with ESMTP id 4RdFm71vWcz1KX
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 11:48:40 +0100 (CET)
From: ACS Courier <noreply@acscourier.gr>
To: privacy@shop.example.be
Subject: =?iso-8859-7?b?QUNTIC0gxyDh8O/z9O/r3iA3MjM0NTYxMjMwIPDh8eHk/Ojn6uU=?=
Date: Fri, 20 Nov 2026 12:48:33 +0200
Message-ID: <ACS.NTF.7234561230.638660417130000000@acscourier.gr>
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1253"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft CDO for Windows 2000

=C1=E3=E1=F0=E7=F4=DD =F0=E5=EB=DC=F4=E7,

=C7 =E1=F0=EF=F3=F4=EF=EB=DE =F3=E1=F2 =EC=E5 =E1=F1=E9=E8=EC=FC 7234561230=
 =E1=F0=FC SHOP EXAMPLE =F0=E1=F1=E1=E4=FC=E8=E7=EA=E5.

=C7=EC=E5=F1=EF=EC=E7=ED=DF=E1 =F0=E1=F1=DC=E4=EF=F3=E7=F2: 20/11/2026 12:48
=D0=E1=F1=E1=EB=DE=F0=F4=E7=F2: =D0=C1=D0=C1=C4=CF=D0=CF=D5=CB=CF=D3
=CA=E1=F4=DC=F3=F4=E7=EC=E1: ACS =C1=E8=DE=ED=E1 - =CA=F5=F8=DD=EB=E7 (=C1 =
118)

=D0=E1=F1=E1=EA=EF=EB=EF=FD=E8=E7=F3=E7 =E1=F0=EF=F3=F4=EF=EB=DE=F2: https:=
//www.acscourier.net/el/track-and-trace?p=3D7234561230

=CC=E5 =E5=EA=F4=DF=EC=E7=F3=E7,
ACS Courier

=C1=F5=F4=FC =F4=EF =EC=DE=ED=F5=EC=E1 =E4=E7=EC=E9=EF=F5=F1=E3=DE=E8=E7=EA=
=E5 =E1=F5=F4=FC=EC=E1=F4=E1. =D0=E1=F1=E1=EA=E1=EB=EF=FD=EC=E5 =EC=E7=ED =
=E1=F0=E1=ED=F4=DC=F4=E5.
"""),
    ('el', 'hp-scan-to-email', 'automated', (),
"""Return-Path: <scanner.ath@shop.example.be>
Received: from NPI7A3C91 (unknown [10.40.2.19])
	by mx1.shop.example.be (Postfix) with ESMTP id 4RbsX22pFhz1KQ
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 15:22:54 +0100 (CET)
From: "HP LaserJet MFP M528" <scanner.ath@shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?b?zqPOsc+Bz4nOvM6tzr3OvyDOrc6zzrPPgc6xz4bOvw==?=
Date: Tue, 17 Nov 2026 16:22:50 +0200
Message-ID: <NPI7A3C91.1794928970.00017@hp-m528.ath.shop.local>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="HP_SCAN_BOUNDARY_1794928970"

--HP_SCAN_BOUNDARY_1794928970
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

zqPOsc+Bz4nOvM6tzr3OvyDOrc6zzrPPgc6xz4bOvyDOsc+Az4w6IEhQIExhc2VySmV0IE1GUCBN
NTI4Cs6Mzr3Ov868zrEgz4PPhc+DzrrOtc+Fzq7PgjogTlBJN0EzQzkxCs6kzr/PgM6/zrjOtc+D
zq/OsTogzpHOuM6uzr3OsSAtIM6Tz4HOsc+GzrXOr86/IM61zr7Phc+AzrfPgc6tz4TOt8+DzrfP
ggrOo861zrvOr860zrXPgjogNAoKU2Nhbm5lZCBkb2N1bWVudCBmcm9tIEhQIExhc2VySmV0IE1G
UCBNNTI4Cg==

--HP_SCAN_BOUNDARY_1794928970
Content-Type: application/pdf; name="DOC111726-11172026152250.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="DOC111726-11172026152250.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAz
ODAgL0ZpbHRlciAvRENURGVjb2RlID4+CnN0cmVhbQpiEjfuwf8CFrfrsmt78qWKyHJ64xfHfgET
IMi6YYP5IS9/NImm5m0MGL9+qB3eJxOuK40cZ6KXi79Ggaj75v71Ak5qdWtw+yYTZ5hiaSy+JYA8
SXd5WBO9vEZn9BFkuiC6TdczaL5JduXE4wpvTRCK5E2tZG1oGZ+z1j79hMiDajK6got4eESYB4R0
zch5ZwDPp7Ky0sRzIL4Unk/n3zTjKurNFzYVwlNWs63Ph8xZJhFWqzJN4xze5E7kXq9ftfW3nj4R
Bf4MRf7A2o5ES0t6QFN7XQf5tUdB0NbhdcGswjrZz8Rup73DxJNn0FP1l8s5aQfB9vNyXUBVHjWD
B0scoF0ImfbxaLVzJP9QKRJftsLopl2cBe9nEThngluhVYRP+ldq5giuCJg629gQjYaXhRYDNlbO
92I33kRDkdFlJkJ+p9RxANhQpECcYxKqMHu1wXx94gkV+hkC9B5azxVQ5p7k1XS+OEd+tgAnUWBu
6hml5ZVnApocZWBIUP3qKwoDnqOppk5K13K1Y+LKI1ZntDogt5aOic3sWb+/R0pBrdoEHMMKZW5k
c3RyZWFtCmVuZG9iagolJUVPRgo=

--HP_SCAN_BOUNDARY_1794928970--
"""),
    ('el', 'webinar-registration-ics', 'automated', (),
"""Return-Path: <bounces+3387710-8c2e-privacy=shop.example.be@em.livestorm.co>
Received: from o22.em.livestorm.co (o22.em.livestorm.co [168.245.10.90])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RgXp00mQvz1KR
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 09:45:17 +0100 (CET)
From: GR Digital Commerce Association <no-reply@livestorm.co>
Reply-To: events@grdigitalcommerce.gr
To: privacy@shop.example.be
Subject: =?utf-8?b?zpXPgM65zrLOtc6yzrHOr8+Jz4POtyDOtc6zzrPPgc6xz4bOrs+COiBHRFBSIM66?=
 =?utf-8?b?zrHOuSDOt867zrXOus+Ez4HOv869zrnOus+MIM61zrzPgM+Mz4HOuc6/?=
Date: Fri, 27 Nov 2026 10:45:12 +0200
Message-ID: <reg.b81c7e20.4f1e0c2a-88d3@livestorm.co>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="--==_mimepart_6746d1b0c2e3_2a1f3c88213"

----==_mimepart_6746d1b0c2e3_2a1f3c88213
Content-Type: multipart/alternative; boundary="--==_mimepart_6746d1b0c4a1_2a1f3c88214"

----==_mimepart_6746d1b0c4a1_2a1f3c88214
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=CE=93=CE=B5=CE=B9=CE=B1 =CF=83=CE=B1=CF=82,

=CE=97 =CE=B5=CE=B3=CE=B3=CF=81=CE=B1=CF=86=CE=AE =CF=83=CE=B1=CF=82 =CF=83=
=CF=84=CE=BF webinar =CE=B5=CF=80=CE=B9=CE=B2=CE=B5=CE=B2=CE=B1=CE=B9=CF=8E=
=CE=B8=CE=B7=CE=BA=CE=B5!

GDPR =CE=BA=CE=B1=CE=B9 =CE=B7=CE=BB=CE=B5=CE=BA=CF=84=CF=81=CE=BF=CE=BD=CE=
=B9=CE=BA=CF=8C =CE=B5=CE=BC=CF=80=CF=8C=CF=81=CE=B9=CE=BF: =CE=B1=CE=B9=CF=
=84=CE=AE=CE=BC=CE=B1=CF=84=CE=B1 =CF=85=CF=80=CE=BF=CE=BA=CE=B5=CE=B9=CE=
=BC=CE=AD=CE=BD=CF=89=CE=BD =CF=83=CF=84=CE=B7=CE=BD =CF=80=CF=81=CE=AC=CE=
=BE=CE=B7
=CE=A0=CE=AD=CE=BC=CF=80=CF=84=CE=B7, 3 =CE=94=CE=B5=CE=BA=CE=B5=CE=BC=CE=
=B2=CF=81=CE=AF=CE=BF=CF=85 2026, 11:00 - 12:00 (=CF=8E=CF=81=CE=B1 =CE=95=
=CE=BB=CE=BB=CE=AC=CE=B4=CE=B1=CF=82)
=CE=94=CE=B9=CE=BF=CF=81=CE=B3=CE=B1=CE=BD=CF=89=CF=84=CE=AE=CF=82: GR Digi=
tal Commerce Association

=CE=A3=CF=8D=CE=BD=CE=B4=CE=B5=CF=83=CE=BC=CE=BF=CF=82 =CF=83=CF=85=CE=BC=
=CE=BC=CE=B5=CF=84=CE=BF=CF=87=CE=AE=CF=82 (=CF=80=CF=81=CE=BF=CF=83=CF=89=
=CF=80=CE=B9=CE=BA=CF=8C=CF=82, =CE=BC=CE=B7=CE=BD =CF=84=CE=BF=CE=BD =CE=
=BA=CE=BF=CE=B9=CE=BD=CE=BF=CF=80=CE=BF=CE=B9=CE=B5=CE=AF=CF=84=CE=B5):
https://app.livestorm.co/p/4f1e0c2a-88d3/live?s=3Db81c7e20

=CE=A3=CF=84=CE=BF =CF=83=CF=85=CE=BD=CE=B7=CE=BC=CE=BC=CE=AD=CE=BD=CE=BF =
=CE=B1=CF=81=CF=87=CE=B5=CE=AF=CE=BF =CE=B8=CE=B1 =CE=B2=CF=81=CE=B5=CE=AF=
=CF=84=CE=B5 =CF=84=CE=B7=CE=BD =CF=80=CF=81=CF=8C=CF=83=CE=BA=CE=BB=CE=B7=
=CF=83=CE=B7 =CE=B3=CE=B9=CE=B1 =CF=84=CE=BF =CE=B7=CE=BC=CE=B5=CF=81=CE=BF=
=CE=BB=CF=8C=CE=B3=CE=B9=CF=8C =CF=83=CE=B1=CF=82.

=CE=A4=CE=B1 =CE=BB=CE=AD=CE=BC=CE=B5 =CF=83=CF=8D=CE=BD=CF=84=CE=BF=CE=BC=
=CE=B1!
Livestorm =CE=B3=CE=B9=CE=B1 =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=
=83=CE=BC=CF=8C =CF=84=CE=BF=CF=85 GR Digital Commerce Association

----==_mimepart_6746d1b0c4a1_2a1f3c88214
Content-Type: text/calendar; charset=UTF-8; method=REQUEST
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSDQpQUk9ESUQ6LS8vTGl2ZXN0b3JtLy9MaXZlc3Rvcm0gQ2FsZW5kYXIv
L0VODQpWRVJTSU9OOjIuMA0KQ0FMU0NBTEU6R1JFR09SSUFODQpNRVRIT0Q6UkVRVUVTVA0KQkVH
SU46VkVWRU5UDQpVSUQ6NGYxZTBjMmEtODhkMy00ZTE3LWIwYTItNzdjOWQxZTNmNWE4QGxpdmVz
dG9ybS5jbw0KRFRTVEFNUDoyMDI2MTEyN1QwODQ1MTJaDQpEVFNUQVJUOjIwMjYxMjAzVDA5MDAw
MFoNCkRURU5EOjIwMjYxMjAzVDEwMDAwMFoNClNVTU1BUlk6R0RQUiDOus6xzrkgzrfOu861zrrP
hM+Bzr/Ovc65zrrPjCDOtc68z4DPjM+BzrnOvzogzrHOuc+Ezq7OvM6xz4TOsSDPhc+Azr/Ous61
zrnOvM6tzr3Pic69IM+Dz4TOt869IM+Az4HOrM6+zrcNCkRFU0NSSVBUSU9OOs6jz43Ovc60zrXP
g868zr/PgiDPg8+FzrzOvM61z4TOv8+Hzq7PgjogaHR0cHM6Ly9hcHAubGl2ZXN0b3JtLmNvL3Av
NGYxZTBjMmEtODhkMw0KIC9saXZlP3M9YjgxYzdlMjANCkxPQ0FUSU9OOmh0dHBzOi8vYXBwLmxp
dmVzdG9ybS5jby9wLzRmMWUwYzJhLTg4ZDMvbGl2ZT9zPWI4MWM3ZTIwDQpPUkdBTklaRVI7Q049
R1IgRGlnaXRhbCBDb21tZXJjZSBBc3NvY2lhdGlvbjptYWlsdG86bm8tcmVwbHlAbGl2ZXN0b3Jt
LmNvDQpBVFRFTkRFRTtDVVRZUEU9SU5ESVZJRFVBTDtST0xFPVJFUS1QQVJUSUNJUEFOVDtQQVJU
U1RBVD1ORUVEUy1BQ1RJT047UlNWUD0NCiBGQUxTRTtDTj1wcml2YWN5QHNob3AuZXhhbXBsZS5i
ZTptYWlsdG86cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUNClNUQVRVUzpDT05GSVJNRUQNClNFUVVF
TkNFOjANCkJFR0lOOlZBTEFSTQ0KVFJJR0dFUjotUFQxNU0NCkFDVElPTjpESVNQTEFZDQpERVND
UklQVElPTjpSZW1pbmRlcg0KRU5EOlZBTEFSTQ0KRU5EOlZFVkVOVA0KRU5EOlZDQUxFTkRBUg0K

----==_mimepart_6746d1b0c4a1_2a1f3c88214--

----==_mimepart_6746d1b0c2e3_2a1f3c88213
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSDQpQUk9ESUQ6LS8vTGl2ZXN0b3JtLy9MaXZlc3Rvcm0gQ2FsZW5kYXIv
L0VODQpWRVJTSU9OOjIuMA0KQ0FMU0NBTEU6R1JFR09SSUFODQpNRVRIT0Q6UkVRVUVTVA0KQkVH
SU46VkVWRU5UDQpVSUQ6NGYxZTBjMmEtODhkMy00ZTE3LWIwYTItNzdjOWQxZTNmNWE4QGxpdmVz
dG9ybS5jbw0KRFRTVEFNUDoyMDI2MTEyN1QwODQ1MTJaDQpEVFNUQVJUOjIwMjYxMjAzVDA5MDAw
MFoNCkRURU5EOjIwMjYxMjAzVDEwMDAwMFoNClNVTU1BUlk6R0RQUiDOus6xzrkgzrfOu861zrrP
hM+Bzr/Ovc65zrrPjCDOtc68z4DPjM+BzrnOvzogzrHOuc+Ezq7OvM6xz4TOsSDPhc+Azr/Ous61
zrnOvM6tzr3Pic69IM+Dz4TOt869IM+Az4HOrM6+zrcNCkRFU0NSSVBUSU9OOs6jz43Ovc60zrXP
g868zr/PgiDPg8+FzrzOvM61z4TOv8+Hzq7PgjogaHR0cHM6Ly9hcHAubGl2ZXN0b3JtLmNvL3Av
NGYxZTBjMmEtODhkMw0KIC9saXZlP3M9YjgxYzdlMjANCkxPQ0FUSU9OOmh0dHBzOi8vYXBwLmxp
dmVzdG9ybS5jby9wLzRmMWUwYzJhLTg4ZDMvbGl2ZT9zPWI4MWM3ZTIwDQpPUkdBTklaRVI7Q049
R1IgRGlnaXRhbCBDb21tZXJjZSBBc3NvY2lhdGlvbjptYWlsdG86bm8tcmVwbHlAbGl2ZXN0b3Jt
LmNvDQpBVFRFTkRFRTtDVVRZUEU9SU5ESVZJRFVBTDtST0xFPVJFUS1QQVJUSUNJUEFOVDtQQVJU
U1RBVD1ORUVEUy1BQ1RJT047UlNWUD0NCiBGQUxTRTtDTj1wcml2YWN5QHNob3AuZXhhbXBsZS5i
ZTptYWlsdG86cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUNClNUQVRVUzpDT05GSVJNRUQNClNFUVVF
TkNFOjANCkJFR0lOOlZBTEFSTQ0KVFJJR0dFUjotUFQxNU0NCkFDVElPTjpESVNQTEFZDQpERVND
UklQVElPTjpSZW1pbmRlcg0KRU5EOlZBTEFSTQ0KRU5EOlZFVkVOVA0KRU5EOlZDQUxFTkRBUg0K

----==_mimepart_6746d1b0c2e3_2a1f3c88213--
"""),
    ('el', 'person-replies-to-calendar-invite', 'access', (),
"""Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2051.outbound.protection.outlook.com [40.107.22.51])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RgFh30yTsz1KS
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 18:37:26 +0100 (CET)
From: =?utf-8?b?zpXOu86tzr3OtyDOms+Jzr3Pg8+EzrHOvc+Ezq/Ovc6/z4U=?= <eleni.konst@outlook.com.gr>
To: Shop Example Events <events@shop.example.be>
CC: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?UkU6IM6gz4HPjM+DzrrOu863z4POtzogzpXPgc6zzrHPg8+Ezq7Pgc65zr8gz4c=?=
 =?utf-8?b?zrXOuc68zrXPgc65zr3Ors+CIM+Gz4HOv869z4TOr860zrHPgiDOus6uz4A=?=
 =?utf-8?b?zr/PhSAtIM6RzrjOrs69zrE=?=
Thread-Topic: =?utf-8?b?zqDPgc+Mz4POus67zrfPg863OiDOlc+BzrPOsc+Dz4TOrs+BzrnOvyDPh861zrk=?=
 =?utf-8?b?zrzOtc+BzrnOvc6uz4Igz4bPgc6/zr3PhM6vzrTOsc+CIM66zq7PgM6/z4Ug?=
 =?utf-8?b?LSDOkc64zq7Ovc6x?=
Thread-Index: AQHcX2e9wM1kN0bGNUq2pZ3yHq1T8w==
Date: Thu, 26 Nov 2026 19:37:19 +0200
Message-ID: <AS8P194MB1862F2C1B7E04D3A95C0B7E1A4C32@AS8P194MB1862.EURP194.PROD.OUTLOOK.COM>
References: <evt.2026-12-05.ath.77201@shop.example.be>
In-Reply-To: <evt.2026-12-05.ath.77201@shop.example.be>
Accept-Language: el-GR, en-US
Content-Language: el-GR
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6Vz4XPh86xz4HOuc+Dz4TPjiDOs865zrEgz4TO
t869IM+Az4HPjM+DzrrOu863z4POtywgzrHOu867zqwgzrTOtc69IM64z4XOvM6szrzOsc65IM69
zrEgz4POsc+CIM6tzrTPic+DzrEgz4DOv8+Ezq0gz4TOvyBlbWFpbCDOvM6/z4UgzrPOuc6xIM61
zrrOtM63zrvPjs+DzrXOuc+CLiDOiM+Hz4kgzrHOs86/z4HOrM+DzrXOuSDOvM+Mzr3OvyDOvM6v
zrEgz4bOv8+BzqwgzrHPgM+MIM+Ezr8gzrrOsc+EzqzPg8+EzrfOvM6sIM+DzrHPgiDPgM6tz4HP
g865LgrOmM6xIM6uzrjOtc67zrEgzr3OsSDOvM6/z4Ugz4DOtc6vz4TOtSDPgM6/zrnOsSDPgM+B
zr/Pg8+Jz4DOuc66zqwgzrTOtc60zr/OvM6tzr3OsSDOvM6/z4UgzrrPgc6xz4TOrM+EzrUgzrrO
sc65IM6xz4DPjCDPgM6/z40gz4TOsSDPgM6uz4HOsc+EzrUuCgrOlc+Fz4fOsc+BzrnPg8+Ez44s
Cs6VzrvOrc69zrcgzprPic69z4PPhM6xzr3PhM6vzr3Ov8+FCgotLS0tLU9yaWdpbmFsIEFwcG9p
bnRtZW50LS0tLS0KRnJvbTogU2hvcCBFeGFtcGxlIEV2ZW50cyA8ZXZlbnRzQHNob3AuZXhhbXBs
ZS5iZT4KU2VudDogV2VkbmVzZGF5LCBOb3ZlbWJlciAyNSwgMjAyNiA0OjEyIFBNClRvOiDOlc67
zq3Ovc63IM6az4nOvc+Dz4TOsc69z4TOr869zr/PhQpTdWJqZWN0OiDOoM+Bz4zPg866zrvOt8+D
zrc6IM6Vz4HOs86xz4PPhM6uz4HOuc6/IM+HzrXOuc68zrXPgc65zr3Ors+CIM+Gz4HOv869z4TO
r860zrHPgiDOus6uz4DOv8+FIC0gzpHOuM6uzr3OsQpXaGVuOiDOo86szrLOss6xz4TOvywgNSDO
lM61zrrOtc68zrLPgc6vzr/PhSAyMDI2IDExOjAwIM+AzrwtMTowMCDOvM68IChVVEMrMDI6MDAp
IM6RzrjOrs69zrEsIM6Szr/Phc66zr/Phc+Bzq3Pg8+EzrkKV2hlcmU6IFNob3AgRXhhbXBsZSBT
aG93cm9vbSwgzpvOtc+Jz4YuIM6azrfPhs65z4POr86xz4IgMjEyLCDOp86xzrvOrM69zrTPgc65
CgrOlc67zqzPhM61IM+Dz4TOvyDOtM+Jz4HOtc6szr0gzrXPgc6zzrHPg8+Ezq7Pgc65zr8gzrzO
sc+CIM6zzrnOsSDPhM63IM+Gz4HOv869z4TOr860zrEgz4TOv8+FIM66zq7PgM6/z4Ugz4TOv869
IM+HzrXOuc68z47Ovc6xIQo=
"""),
    ('el', 'person-scan-to-email-typed-note', 'restriction', (),
"""Received: from mail-wr1-f47.google.com (mail-wr1-f47.google.com [209.85.221.47])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RdLw41bHqz1KQ
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 16:58:31 +0100 (CET)
From: "HP ENVY 6400 series" <g.papadakis.hra@gmail.com>
To: privacy@shop.example.be
Subject: Skanarismeno eggrafo - epistoli pros Shop Example
Date: Fri, 20 Nov 2026 17:58:20 +0200
Message-ID: <20261120175820.7A1F3.HPENVY6400@HPB8D9E2>
MIME-Version: 1.0
X-Mailer: HP ePrint Scan
Content-Type: multipart/mixed; boundary="HPSCAN_0007A1F3"

--HPSCAN_0007A1F3
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Kalispera sas. Sas stelno skanarismeni tin epistoli mou. Exo diafora mazi sas gia tin paraggelia 4418832 pou einai pleon sto dikastirio. MIN diagrapsete ta dedomena mou, ta xreiazomai gia tin ypothesi, alla mexri na teleiosei na min ta xrisimopoieite gia tipota allo, mono na ta fylaxete. Giorgos Papadakis 6944 218 377

--
Sent from HP Smart / HP ENVY 6400 series

--HPSCAN_0007A1F3
Content-Type: image/jpeg; name="Scan_20261120_175809.jpg"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="Scan_20261120_175809.jpg"

/9j/4AAQSkZJRgABAQEBLAEsAAD/2wBDAM1eq5rs9cI0FLTn4GyheEdBRB/5flbOLBBPSrbJMGES
IsBeIv2wdLrb2mQvkH4F5k8+r/09qPHeDrLtA3vLe6f2or81xBXmkHofEnP0I7iCBV40aUq5eUE+
USm4FDN3DRY953vWmmctJUAF3UoDUKlIFS2QnaO9rtWcCRmvMx9R8yxMC3+Znc9mHrm5jqg7mWcS
Oa/ZedS6mO3z0KP1DKEfRXiezvqYake84zE0MtcaVahVM9xBQJ5m2DvRjn36iRcUmSKdbxixwPlf
R2TiQoDhajaPcGvWxKATPin1RGCN/KK42Lxd+3TUdAraV/eWq1FJa1IXe6dviCFmA6BQgIdHrsuJ
b4CzwqxNeZb2A5kQ0mC5dVz40Bsz52f0jDbxPNpzodH9WvWp5yqI9amH+XiEEcaSPEB1thSsGIcZ
w5SbILDUx4MyVpnVZnjTEr9bPQBoVbc9KJIbkxQ6n27e6DevNJGQeD23eHwt6NxL1ppmZfk6INL9
aWZfnVM3/6mQY3rSprAIUESHcPWDuaCJrE1JAAFmRiiQAJ7Zfv5PuNTSV5Hto//Z

--HPSCAN_0007A1F3--
"""),
    ('bg', 'e-vrachvane-notice', 'automated', (),
"""Return-Path: <noreply@edelivery.egov.bg>
Received: from mail.egov.bg (mail.egov.bg [95.158.141.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RfDg80wYkz1KV
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 13:07:44 +0100 (CET)
Date: Mon, 23 Nov 2026 14:07:39 +0200
From: =?utf-8?b?0KHQuNGB0YLQtdC80LAg0LfQsCDRgdC40LPRg9GA0L3QviDQtdC70LXQutGC0YA=?=
 =?utf-8?b?0L7QvdC90L4g0LLRgNGK0YfQstCw0L3QtQ==?= <noreply@edelivery.egov.bg>
To: privacy@shop.example.be
Message-ID: <a0e4c7d1-55b2-4f3e-8a19-3c7f6e2b0d94@edelivery.egov.bg>
Subject: =?utf-8?b?0J3QvtCy0L4g0YHRitC+0LHRidC10L3QuNC1INCyINCh0KHQldCSINC+0YIg0Jo=?=
 =?utf-8?b?0L7QvNC40YHQuNGPINC30LAg0LfQsNGJ0LjRgtCwINC90LAg0L/QvtGC0YA=?=
 =?utf-8?b?0LXQsdC40YLQtdC70LjRgtC1?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_edel_2f9c8e1a"

--=_edel_2f9c8e1a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

0KPQstCw0LbQsNC10LzQuCDQv9C+0YLRgNC10LHQuNGC0LXQu9GOLAoK0J/QvtC70YPRh9C40YXR
gtC1INC90L7QstC+INC10LvQtdC60YLRgNC+0L3QvdC+INGB0YrQvtCx0YnQtdC90LjQtSDQsiDQ
odC40YHRgtC10LzQsNGC0LAg0LfQsCDRgdC40LPRg9GA0L3QviDQtdC70LXQutGC0YDQvtC90L3Q
viDQstGA0YrRh9Cy0LDQvdC1LgoK0J/RgNC+0YTQuNC7OiDQqNCe0J8g0JXQmtCX0JDQnNCf0KrQ
myDQkdCq0JvQk9CQ0KDQmNCvINCV0J7QntCUICjQldCY0JogMjA2MTE4ODIyKQrQn9C+0LTQsNGC
0LXQuzog0JrQvtC80LjRgdC40Y8g0LfQsCDQt9Cw0YnQuNGC0LAg0L3QsCDQv9C+0YLRgNC10LHQ
uNGC0LXQu9C40YLQtQrQntGC0L3QvtGB0L3Qvjog0J/QvtC60LDQvdCwINC30LAg0L/RgNC10LTR
gdGC0LDQstGP0L3QtSDQvdCwINC00L7QutGD0LzQtdC90YLQuCwg0LjQt9GFLiDihJYg0KYtMDMt
ODgyMS8yMDI2CtCU0LDRgtCwINC90LAg0LjQt9C/0YDQsNGJ0LDQvdC1OiAyMy4xMS4yMDI2INCz
LiAxNDowNwoK0JfQsCDQtNCwINC/0YDQvtGH0LXRgtC10YLQtSDRgdGK0L7QsdGJ0LXQvdC40LXR
gtC+LCDQstC70LXQt9GC0LUg0LIg0YHQuNGB0YLQtdC80LDRgtCwINGBINC10LvQtdC60YLRgNC+
0L3QtdC9INC/0L7QtNC/0LjRgQrQuNC70Lgg0J/QmNCaINC90LAg0J3QkNCfOiBodHRwczovL2Vk
ZWxpdmVyeS5lZ292LmJnLwoK0KHRitC+0LHRidC10L3QuNC10YLQviDRgdC1INGB0YfQuNGC0LAg
0LfQsCDQstGA0YrRh9C10L3QviDRgSDQtNC+0YHRgtGK0L/QsCDQtNC+INC90LXQs9C+LgoK0KLQ
vtCy0LAg0LUg0LDQstGC0L7QvNCw0YLQuNGH0L3QviDQs9C10L3QtdGA0LjRgNCw0L3QviDRgdGK
0L7QsdGJ0LXQvdC40LUuINCc0L7Qu9GPLCDQvdC1INC+0YLQs9C+0LLQsNGA0Y/QudGC0LUuCtCh
0LjRgdGC0LXQvNCwINC30LAg0YHQuNCz0YPRgNC90L4g0LXQu9C10LrRgtGA0L7QvdC90L4g0LLR
gNGK0YfQstCw0L3QtSwg0JzQuNC90LjRgdGC0LXRgNGB0YLQstC+INC90LAg0LXQu9C10LrRgtGA
0L7QvdC90L7RgtC+INGD0L/RgNCw0LLQu9C10L3QuNC1Cg==

--=_edel_2f9c8e1a
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjwvaGVhZD48Ym9keSBzdHlsZT0iZm9u
dC1mYW1pbHk6QXJpYWwiPjxwPtCj0LLQsNC20LDQtdC80Lgg0L/QvtGC0YDQtdCx0LjRgtC10LvR
jiw8L3A+PHA+0J/QvtC70YPRh9C40YXRgtC1INC90L7QstC+INC10LvQtdC60YLRgNC+0L3QvdC+
INGB0YrQvtCx0YnQtdC90LjQtSDQsiA8Yj7QodC40YHRgtC10LzQsNGC0LAg0LfQsCDRgdC40LPR
g9GA0L3QviDQtdC70LXQutGC0YDQvtC90L3QviDQstGA0YrRh9Cy0LDQvdC1PC9iPi48L3A+PHA+
0J/RgNC+0YTQuNC7OiDQqNCe0J8g0JXQmtCX0JDQnNCf0KrQmyDQkdCq0JvQk9CQ0KDQmNCvINCV
0J7QntCUICjQldCY0JogMjA2MTE4ODIyKTxicj7Qn9C+0LTQsNGC0LXQuzog0JrQvtC80LjRgdC4
0Y8g0LfQsCDQt9Cw0YnQuNGC0LAg0L3QsCDQv9C+0YLRgNC10LHQuNGC0LXQu9C40YLQtTxicj7Q
ntGC0L3QvtGB0L3Qvjog0J/QvtC60LDQvdCwINC30LAg0L/RgNC10LTRgdGC0LDQstGP0L3QtSDQ
vdCwINC00L7QutGD0LzQtdC90YLQuCwg0LjQt9GFLiDihJYg0KYtMDMtODgyMS8yMDI2PGJyPtCU
0LDRgtCwINC90LAg0LjQt9C/0YDQsNGJ0LDQvdC1OiAyMy4xMS4yMDI2INCzLiAxNDowNzwvcD48
cD48YSBocmVmPSJodHRwczovL2VkZWxpdmVyeS5lZ292LmJnLyI+0JLRhdC+0LQg0LIg0YHQuNGB
0YLQtdC80LDRgtCwPC9hPjwvcD48cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6Izc3NyI+
0KLQvtCy0LAg0LUg0LDQstGC0L7QvNCw0YLQuNGH0L3QviDQs9C10L3QtdGA0LjRgNCw0L3QviDR
gdGK0L7QsdGJ0LXQvdC40LUuINCc0L7Qu9GPLCDQvdC1INC+0YLQs9C+0LLQsNGA0Y/QudGC0LUu
PC9wPjwvYm9keT48L2h0bWw+Cg==

--=_edel_2f9c8e1a--
"""),
    ('bg', 'dsk-bank-transaction', 'automated', (),
"""Received: from mx-out.dskbank.bg (mx-out.dskbank.bg [212.91.166.50])
	by mx1.shop.example.be (Postfix) with ESMTP id 4RfQ2m3BcTz1KR
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 08:30:19 +0100 (CET)
From: =?windows-1251?B?weDt6uAgxNHK?= <notifications@dskbank.bg>
To: privacy@shop.example.be
Subject: =?windows-1251?B?yOfi5fHy6OUg5+Ag7u/l8OD26P8g7+4g8ezl8urg?=
Date: Tue, 24 Nov 2026 09:30:14 +0200
Message-ID: <DSK-NTF-20261124093014-0028114420@dskbank.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1251
Content-Transfer-Encoding: quoted-printable

=C1=E0=ED=EA=E0 =C4=D1=CA

=D3=E2=E0=E6=E0=E5=EC=E8 =EA=EB=E8=E5=ED=F2=E8,

=D3=E2=E5=E4=EE=EC=FF=E2=E0=EC=E5 =C2=E8 =E7=E0 =E8=E7=E2=FA=F0=F8=E5=ED=E0=
 =EE=EF=E5=F0=E0=F6=E8=FF =EF=EE =C2=E0=F8=E0=F2=E0 =F1=EC=E5=F2=EA=E0:

=D1=EC=E5=F2=EA=E0: BG80 STSA 9300 0028 1144 20
=C2=E8=E4: =C2=F5=EE=E4=FF=F9 =EF=F0=E5=E2=EE=E4
=D1=F3=EC=E0: 1 540,00 EUR
=CD=E0=F0=E5=E4=E8=F2=E5=EB: STRIPE TECHNOLOGY EUROPE LTD
=CE=F1=ED=EE=E2=E0=ED=E8=E5: PAYOUT po_1QxR8d2eZvKYlo2C
=C4=E0=F2=E0: 24.11.2026

=D2=EE=E2=E0 =F1=FA=EE=E1=F9=E5=ED=E8=E5 =E5 =E3=E5=ED=E5=F0=E8=F0=E0=ED=EE=
 =E0=E2=F2=EE=EC=E0=F2=E8=F7=ED=EE. =CC=EE=EB=FF, =ED=E5 =EE=F2=E3=EE=E2=E0=
=F0=FF=E9=F2=E5 =ED=E0 =ED=E5=E3=EE.
=C7=E0 =E2=FA=EF=F0=EE=F1=E8: 0700 10 375 =E8=EB=E8 *2375

=C1=E0=ED=EA=E0 =C4=D1=CA =C0=C4, =F3=EB. =84=CC=EE=F1=EA=EE=E2=F1=EA=E0=93=
 19, 1036 =D1=EE=F4=E8=FF
"""),
    ('bg', 'speedy-office-arrival', 'automated', (),
"""Return-Path: <noreply@speedy.bg>
Received: from mail2.speedy.bg (mail2.speedy.bg [185.3.214.18])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RcHw41rZsz1KS
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 15:56:02 +0100 (CET)
From: Speedy <noreply@speedy.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J/RgNCw0YLQutCwIDYxMjM0NTY3ODkwINC+0YfQsNC60LLQsCDQv9C+0LvRg9GH?=
 =?utf-8?b?0LDQstCw0L3QtSDQsiDQvtGE0LjRgSDQvdCwINCh0L/QuNC00Lg=?=
Date: Thu, 19 Nov 2026 16:55:58 +0200
Message-ID: <ntf.61234567890.office.3a81f@speedy.bg>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta charset=3D"UTF-8"></head><body style=3D"font-family:Arial=
,sans-serif">
<table width=3D"600" align=3D"center" style=3D"border:1px solid #e0e0e0"><t=
r><td style=3D"background:#e30613;padding:14px"><img src=3D"https://www.spe=
edy.bg/img/speedy-logo-white.png" alt=3D"Speedy" height=3D"30"></td></tr>
<tr><td style=3D"padding:20px">
<p>=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,</p>
<p>=D0=9F=D1=80=D0=B0=D1=82=D0=BA=D0=B0=D1=82=D0=B0 =D1=81 =D1=82=D0=BE=D0=
=B2=D0=B0=D1=80=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=B8=D1=86=D0=B0 <b>61234567=
890</b> =D0=BE=D1=82 <b>SHOP EXAMPLE</b> =D0=B5 =D0=BF=D1=80=D0=B8=D1=81=D1=
=82=D0=B8=D0=B3=D0=BD=D0=B0=D0=BB=D0=B0 =D0=B2 =D0=BE=D1=84=D0=B8=D1=81 =D0=
=BD=D0=B0 =D0=A1=D0=BF=D0=B8=D0=B4=D0=B8 =D0=B8 =D0=92=D0=B8 =D0=BE=D1=87=
=D0=B0=D0=BA=D0=B2=D0=B0:</p>
<p><b>=D0=A1=D0=BE=D1=84=D0=B8=D1=8F, =D0=BE=D1=84=D0=B8=D1=81 =D0=9B=D0=BE=
=D0=B7=D0=B5=D0=BD=D0=B5=D1=86</b><br>=D1=83=D0=BB. =E2=80=9E=D0=97=D0=BB=
=D0=B0=D1=82=D0=BE=D0=B2=D1=80=D1=8A=D1=85=E2=80=9C 41<br>=D0=A0=D0=B0=D0=
=B1=D0=BE=D1=82=D0=BD=D0=BE =D0=B2=D1=80=D0=B5=D0=BC=D0=B5: =D0=BF=D0=BE=D0=
=BD-=D0=BF=D0=B5=D1=82 09:00-19:00, =D1=81=D1=8A=D0=B1 09:00-14:00</p>
<p>=D0=9D=D0=B0=D0=BB=D0=BE=D0=B6=D0=B5=D0=BD =D0=BF=D0=BB=D0=B0=D1=82=D0=
=B5=D0=B6: 0,00 =D0=BB=D0=B2.<br>=D0=A1=D1=80=D0=BE=D0=BA =D0=B7=D0=B0 =D0=
=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D0=B2=D0=B0=D0=BD=D0=B5: 7 =D1=80=D0=B0=
=D0=B1=D0=BE=D1=82=D0=BD=D0=B8 =D0=B4=D0=BD=D0=B8</p>
<p><a href=3D"https://www.speedy.bg/bg/track-shipment?shipmentNumber=3D6123=
4567890">=D0=9F=D1=80=D0=BE=D1=81=D0=BB=D0=B5=D0=B4=D0=B5=D1=82=D0=B5 =D0=
=BF=D1=80=D0=B0=D1=82=D0=BA=D0=B0=D1=82=D0=B0</a></p>
<p style=3D"font-size:11px;color:#888">=D0=A2=D0=BE=D0=B2=D0=B0 =D1=81=D1=
=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5 =D0=B5 =D0=B8=D0=B7=D0=BF=D1=
=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=
=82=D0=B8=D1=87=D0=BD=D0=BE. =D0=9C=D0=BE=D0=BB=D1=8F, =D0=BD=D0=B5 =D0=BE=
=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=D1=80=D1=8F=D0=B9=D1=82=D0=B5 =D0=BD=D0=B0 =
=D0=BD=D0=B5=D0=B3=D0=BE.</p>
</td></tr></table></body></html>
"""),
    ('bg', 'facebook-login-alert', 'automated', (),
"""Return-Path: <security+ah=ck8mz2h4qz@facebookmail.com>
Received: from mx-out.facebook.com (69-171-232-143.mail-mxout.facebook.com [69.171.232.143])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RgmZ21QfDz1KX
	for <privacy@shop.example.be>; Sat, 28 Nov 2026 01:14:33 +0100 (CET)
Date: Sat, 28 Nov 2026 00:14:29 +0000
To: privacy@shop.example.be
From: Facebook <security@facebookmail.com>
Subject: =?utf-8?b?0J3QvtCy0L4g0LLQu9C40LfQsNC90LUg0LIg0L/RgNC+0YTQuNC70LAg0JLQuCA=?=
 =?utf-8?b?0LLRitCyIEZhY2Vib29rINC+0YIgV2luZG93cw==?=
Message-ID: <d41f77c8e2a9bb9153a06e7c0f2d1a38@async.facebook.com>
X-Priority: 3
X-Mailer: ZuckMail [version 1.00]
X-Facebook-Notify: security_alert; mailid=5f3c0a1e2d4b8G1b9c7e2a4G5f8d2e1b0G2a7
X-FACEBOOK-PRIORITY: 1
Errors-To: security@facebookmail.com
X-Auto-Response-Suppress: All
Feedback-ID: 0:security_alert:Facebook
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="b1_d41f77c8e2a9bb9153a06e7c0f2d1a38"
Content-Transfer-Encoding: 8bit

--b1_d41f77c8e2a9bb9153a06e7c0f2d1a38
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5, Shop Example BG,

=D0=97=D0=B0=D0=B1=D0=B5=D0=BB=D1=8F=D0=B7=D0=B0=D1=85=D0=BC=D0=B5 =D0=BD=
=D0=BE=D0=B2=D0=BE =D0=B2=D0=BB=D0=B8=D0=B7=D0=B0=D0=BD=D0=B5 =D0=B2 =D0=BF=
=D1=80=D0=BE=D1=84=D0=B8=D0=BB=D0=B0 =D0=92=D0=B8 =D0=B2=D1=8A=D0=B2 Facebo=
ok =D0=BE=D1=82 =D1=83=D1=81=D1=82=D1=80=D0=BE=D0=B9=D1=81=D1=82=D0=B2=D0=
=BE, =D0=BA=D0=BE=D0=B5=D1=82=D0=BE
=D0=BD=D0=B5 =D1=80=D0=B0=D0=B7=D0=BF=D0=BE=D0=B7=D0=BD=D0=B0=D0=B2=D0=B0=
=D0=BC=D0=B5.

Windows =C2=B7 Chrome
=D0=9F=D0=BB=D0=BE=D0=B2=D0=B4=D0=B8=D0=B2, =D0=91=D1=8A=D0=BB=D0=B3=D0=B0=
=D1=80=D0=B8=D1=8F
28 =D0=BD=D0=BE=D0=B5=D0=BC=D0=B2=D1=80=D0=B8 2026 =D0=B3. =D0=B2 02:14

=D0=90=D0=BA=D0=BE =D1=81=D1=82=D0=B5 =D0=B1=D0=B8=D0=BB=D0=B8 =D0=92=D0=B8=
=D0=B5, =D0=BC=D0=BE=D0=B6=D0=B5=D1=82=D0=B5 =D0=B4=D0=B0 =D0=B8=D0=B3=D0=
=BD=D0=BE=D1=80=D0=B8=D1=80=D0=B0=D1=82=D0=B5 =D1=82=D0=BE=D0=B7=D0=B8 =D0=
=B8=D0=BC=D0=B5=D0=B9=D0=BB.

=D0=90=D0=BA=D0=BE =D0=BD=D0=B5 =D1=81=D1=82=D0=B5 =D0=B1=D0=B8=D0=BB=D0=B8=
 =D0=92=D0=B8=D0=B5, =D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B5=D1=82=D0=B5 =D0=
=BF=D1=80=D0=BE=D1=84=D0=B8=D0=BB=D0=B0 =D1=81=D0=B8:
https://www.facebook.com/checkpoint/securitycheck/?uid=3D100089441820771

=D0=91=D0=BB=D0=B0=D0=B3=D0=BE=D0=B4=D0=B0=D1=80=D0=B8=D0=BC =D0=92=D0=B8,
=D0=95=D0=BA=D0=B8=D0=BF=D1=8A=D1=82 =D0=BF=D0=BE =D1=81=D0=B8=D0=B3=D1=83=
=D1=80=D0=BD=D0=BE=D1=81=D1=82=D1=82=D0=B0 =D0=BD=D0=B0 Facebook

=D0=A2=D0=BE=D0=B7=D0=B8 =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB =D0=B5 =D0=B8=D0=B7=
=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD =D0=B4=D0=BE privacy@shop.example.be. =
=D0=97=D0=B0 =D0=B4=D0=B0 =D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B8=D0=BC =D0=BF=
=D1=80=D0=BE=D1=84=D0=B8=D0=BB=D0=B0 =D0=92=D0=B8,
=D0=BC=D0=BE=D0=BB=D1=8F, =D0=BD=D0=B5 =D0=BF=D1=80=D0=B5=D0=BF=D1=80=D0=B0=
=D1=89=D0=B0=D0=B9=D1=82=D0=B5 =D1=82=D0=BE=D0=B7=D0=B8 =D0=B8=D0=BC=D0=B5=
=D0=B9=D0=BB.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland

--b1_d41f77c8e2a9bb9153a06e7c0f2d1a38
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta charset=3D"utf-8"></head><body style=3D"margin:0;padding:=
0"><table width=3D"100%" style=3D"font-family:Helvetica Neue,Helvetica,Luci=
da Grande,tahoma,verdana,arial,sans-serif;font-size:16px;color:#1c1e21"><tr=
><td style=3D"padding:20px"><img src=3D"https://static.xx.fbcdn.net/rsrc.ph=
p/v3/yc/r/I9Dm6RJ9Nzo.png" width=3D"32" height=3D"32" alt=3D"Facebook"><p>=
=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5, Shop Example BG,</p=
><p>=D0=97=D0=B0=D0=B1=D0=B5=D0=BB=D1=8F=D0=B7=D0=B0=D1=85=D0=BC=D0=B5 =D0=
=BD=D0=BE=D0=B2=D0=BE =D0=B2=D0=BB=D0=B8=D0=B7=D0=B0=D0=BD=D0=B5 =D0=B2 =D0=
=BF=D1=80=D0=BE=D1=84=D0=B8=D0=BB=D0=B0 =D0=92=D0=B8 =D0=B2=D1=8A=D0=B2 Fac=
ebook =D0=BE=D1=82 =D1=83=D1=81=D1=82=D1=80=D0=BE=D0=B9=D1=81=D1=82=D0=B2=
=D0=BE, =D0=BA=D0=BE=D0=B5=D1=82=D0=BE =D0=BD=D0=B5 =D1=80=D0=B0=D0=B7=D0=
=BF=D0=BE=D0=B7=D0=BD=D0=B0=D0=B2=D0=B0=D0=BC=D0=B5.</p><p><b>Windows =C2=
=B7 Chrome</b><br>=D0=9F=D0=BB=D0=BE=D0=B2=D0=B4=D0=B8=D0=B2, =D0=91=D1=8A=
=D0=BB=D0=B3=D0=B0=D1=80=D0=B8=D1=8F<br>28 =D0=BD=D0=BE=D0=B5=D0=BC=D0=B2=
=D1=80=D0=B8 2026 =D0=B3. =D0=B2 02:14</p><p>=D0=90=D0=BA=D0=BE =D1=81=D1=
=82=D0=B5 =D0=B1=D0=B8=D0=BB=D0=B8 =D0=92=D0=B8=D0=B5, =D0=BC=D0=BE=D0=B6=
=D0=B5=D1=82=D0=B5 =D0=B4=D0=B0 =D0=B8=D0=B3=D0=BD=D0=BE=D1=80=D0=B8=D1=80=
=D0=B0=D1=82=D0=B5 =D1=82=D0=BE=D0=B7=D0=B8 =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB.=
</p><p><a href=3D"https://www.facebook.com/checkpoint/securitycheck/?uid=3D=
100089441820771" style=3D"background:#1877f2;color:#fff;padding:10px 20px;b=
order-radius:6px;text-decoration:none">=D0=97=D0=B0=D1=89=D0=B8=D1=82=D0=B5=
=D1=82=D0=B5 =D0=BF=D1=80=D0=BE=D1=84=D0=B8=D0=BB=D0=B0 =D1=81=D0=B8</a></p=
><p style=3D"font-size:11px;color:#8a8d91">=D0=A2=D0=BE=D0=B7=D0=B8 =D0=B8=
=D0=BC=D0=B5=D0=B9=D0=BB =D0=B5 =D0=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=
=D0=BD =D0=B4=D0=BE privacy@shop.example.be. Meta Platforms Ireland Ltd., M=
errion Road, Dublin 4, D04 X2K5, Ireland</p></td></tr></table></body></html>

--b1_d41f77c8e2a9bb9153a06e7c0f2d1a38--
"""),
    ('bg', 'superhosting-ssl-expiry', 'automated', (),
"""Return-Path: <noreply@superhosting.bg>
Received: from mail-out.superhosting.bg (mail-out.superhosting.bg [91.196.125.33])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RgJk53tNvz1KQ
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 05:00:07 +0100 (CET)
From: =?utf-8?b?0KHRg9C/0LXRgNCl0L7RgdGC0LjQvdCzLtCR0JM=?= <noreply@superhosting.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J3QsNC/0L7QvNC90Y/QvdC1OiBTU0wg0YHQtdGA0YLQuNGE0LjQutCw0YLRitGC?=
 =?utf-8?b?INC30LAgc2hvcC1leGFtcGxlLmJnINC40LfRgtC40YfQsCDQvdCwIDExLjEy?=
 =?utf-8?b?LjIwMjY=?=
Date: Fri, 27 Nov 2026 06:00:03 +0200
Message-ID: <ssl-expiry-14d.shop-example.bg.1795140003@superhosting.bg>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

SSL сертификатът за домейна shop-example.bg изтича след 14 дни.

Домейн: shop-example.bg
Вид сертификат: Sectigo PositiveSSL
Дата на изтичане: 11.12.2026 г.
Клиентски номер: SH-220417

Ако сертификатът не бъде подновен навреме, посетителите на сайта ще
виждат предупреждение за несигурна връзка.

Подновете сертификата от Клиентския център:
https://my.superhosting.bg/ssl/renew/shop-example.bg

Ако вече сте подновили сертификата, моля, игнорирайте това съобщение.

Поздрави,
Екипът на СуперХостинг.БГ
support@superhosting.bg | 0700 45 800

Това е автоматично напомняне.
"""),
    ('bg', 'person-replies-to-marketplace-notice', 'objection', (),
"""Received: from mx.abv.bg (mx.abv.bg [194.153.145.104])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RfSx94GmJz1KT
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 12:19:50 +0100 (CET)
Date: Tue, 24 Nov 2026 13:19:44 +0200
From: =?utf-8?b?0KHRgtC+0Y/QvSDQmNCy0LDQvdC+0LI=?= <stoyan.ivanov@abv.bg>
To: privacy@shop.example.be
Message-ID: <1449263081.1182.1795090784217@nm62.abv.bg>
Subject: =?utf-8?b?UmU6INCf0L7RgNGK0YfQutCw0YLQsCDRgtC4IDQxODgyMjA3MSDQtSDQv9GA0LU=?=
 =?utf-8?b?0LTQsNC00LXQvdCwINC90LAg0L/RgNC+0LTQsNCy0LDRh9Cw?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: AbvMail 3.0

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=9E=D1=82 =D1=83=D0=B2=D0=B5=D0=B4=D0=BE=D0=BC=D0=BB=D0=B5=D0=BD=D0=B8=
=D0=B5=D1=82=D0=BE =D0=BD=D0=B0 eMAG =D0=BF=D0=BE-=D0=B4=D0=BE=D0=BB=D1=83 =
=D0=B2=D0=B8=D0=B6=D0=B4=D0=B0=D0=BC, =D1=87=D0=B5 =D0=BF=D0=BE=D1=80=D1=8A=
=D1=87=D0=BA=D0=B0=D1=82=D0=B0 =D0=BC=D0=B8 =D1=81=D0=B5 =D0=B8=D0=B7=D0=BF=
=D1=8A=D0=BB=D0=BD=D1=8F=D0=B2=D0=B0 =D0=BE=D1=82 =D0=B2=D0=B0=D1=81 =D0=B8=
 =D1=81=D1=82=D0=B5 =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B8=D0=BB=D0=B8 =D1=82=
=D0=B5=D0=BB=D0=B5=D1=84=D0=BE=D0=BD=D0=B0 =D0=B8 =D0=B0=D0=B4=D1=80=D0=B5=
=D1=81=D0=B0 =D0=BC=D0=B8.
=D0=92=D1=8A=D0=B7=D1=80=D0=B0=D0=B7=D1=8F=D0=B2=D0=B0=D0=BC =D1=81=D1=80=
=D0=B5=D1=89=D1=83 =D0=B8=D0=B7=D0=BF=D0=BE=D0=BB=D0=B7=D0=B2=D0=B0=D0=BD=
=D0=B5=D1=82=D0=BE =D0=BD=D0=B0 =D1=82=D0=B5=D0=B7=D0=B8 =D0=B4=D0=B0=D0=BD=
=D0=BD=D0=B8 =D0=B7=D0=B0 =D0=B4=D0=B8=D1=80=D0=B5=D0=BA=D1=82=D0=B5=D0=BD =
=D0=BC=D0=B0=D1=80=D0=BA=D0=B5=D1=82=D0=B8=D0=BD=D0=B3 =D0=B8 =D0=BF=D1=80=
=D0=BE=D1=84=D0=B8=D0=BB=D0=B8=D1=80=D0=B0=D0=BD=D0=B5, =D0=BA=D0=B0=D0=BA=
=D1=82=D0=BE =D0=B8 =D1=81=D1=80=D0=B5=D1=89=D1=83 =D0=BF=D1=80=D0=B5=D0=B4=
=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D1=8F=D0=BD=D0=B5=D1=82=D0=BE =D0=B8=D0=BC =
=D0=BD=D0=B0 =D0=B2=D0=B0=D1=88=D0=B8 =D0=BF=D0=B0=D1=80=D1=82=D0=BD=D1=8C=
=D0=BE=D1=80=D0=B8 =D0=B7=D0=B0 =D1=80=D0=B5=D0=BA=D0=BB=D0=B0=D0=BC=D0=B0.=
 =D0=98=D0=B7=D0=BF=D0=BE=D0=BB=D0=B7=D0=B2=D0=B0=D0=B9=D1=82=D0=B5 =D0=B3=
=D0=B8 =D1=81=D0=B0=D0=BC=D0=BE =D0=B7=D0=B0 =D0=B4=D0=BE=D1=81=D1=82=D0=B0=
=D0=B2=D0=BA=D0=B0=D1=82=D0=B0.

=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,
=D0=A1=D1=82=D0=BE=D1=8F=D0=BD =D0=98=D0=B2=D0=B0=D0=BD=D0=BE=D0=B2

-----=D0=9E=D1=80=D0=B8=D0=B3=D0=B8=D0=BD=D0=B0=D0=BB=D0=BD=D0=BE =D1=81=D1=
=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5-----
=D0=9E=D1=82: eMAG <noreply@emag.bg>
=D0=94=D0=BE: stoyan.ivanov@abv.bg
=D0=98=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE: =D0=BF=D0=BE=D0=BD=
=D0=B5=D0=B4=D0=B5=D0=BB=D0=BD=D0=B8=D0=BA, 23 =D0=BD=D0=BE=D0=B5=D0=BC=D0=
=B2=D1=80=D0=B8 2026 10:41
=D0=9E=D1=82=D0=BD=D0=BE=D1=81=D0=BD=D0=BE: =D0=9F=D0=BE=D1=80=D1=8A=D1=87=
=D0=BA=D0=B0=D1=82=D0=B0 =D1=82=D0=B8 418822071 =D0=B5 =D0=BF=D1=80=D0=B5=
=D0=B4=D0=B0=D0=B4=D0=B5=D0=BD=D0=B0 =D0=BD=D0=B0 =D0=BF=D1=80=D0=BE=D0=B4=
=D0=B0=D0=B2=D0=B0=D1=87=D0=B0

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9, =D0=A1=D1=82=D0=BE=D1=8F=D0=BD,
=D0=9F=D0=BE=D1=80=D1=8A=D1=87=D0=BA=D0=B0=D1=82=D0=B0 =D1=82=D0=B8 4188220=
71 (=D0=93=D1=80=D0=B0=D0=B4=D0=B8=D0=BD=D1=81=D0=BA=D0=B0 =D0=BF=D0=B5=D0=
=B9=D0=BA=D0=B0 =D0=BE=D1=82 =D1=82=D0=B8=D0=BA, 120 =D1=81=D0=BC) =D0=B5 =
=D0=BF=D1=80=D0=B5=D0=B4=D0=B0=D0=B4=D0=B5=D0=BD=D0=B0 =D0=BD=D0=B0 =D0=BF=
=D1=80=D0=BE=D0=B4=D0=B0=D0=B2=D0=B0=D1=87=D0=B0 SHOP EXAMPLE (eMAG Marketp=
lace).
=D0=9F=D1=80=D0=BE=D0=B4=D0=B0=D0=B2=D0=B0=D1=87=D1=8A=D1=82 =D1=89=D0=B5 =
=D1=82=D0=B5 =D0=B8=D0=BD=D1=84=D0=BE=D1=80=D0=BC=D0=B8=D1=80=D0=B0, =D0=BA=
=D0=BE=D0=B3=D0=B0=D1=82=D0=BE =D0=BF=D1=80=D0=BE=D0=B4=D1=83=D0=BA=D1=82=
=D1=8A=D1=82 =D0=B1=D1=8A=D0=B4=D0=B5 =D0=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=82=
=D0=B5=D0=BD.
=D0=91=D0=BB=D0=B0=D0=B3=D0=BE=D0=B4=D0=B0=D1=80=D0=B8=D0=BC, =D1=87=D0=B5 =
=D0=BF=D0=B0=D0=B7=D0=B0=D1=80=D1=83=D0=B2=D0=B0=D1=88 =D0=B2 eMAG!
"""),
    ('bg', 'person-company-account-env-line', 'withdraw_consent', (),
"""Received: from mail.agrotex.bg (mail.agrotex.bg [87.120.44.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RgDc51ShMz1KR
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 09:05:12 +0100 (CET)
Received: from AGX-EXCH01.agrotex.local (10.0.0.12) by AGX-EXCH01.agrotex.local
 (10.0.0.12) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Thu, 26 Nov 2026
 10:05:08 +0200
From: =?utf-8?b?0JLQtdC70LjRgdC70LDQstCwINCf0LXRgtGA0L7QstCw?= <velislava.petrova@agrotex.bg>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?0J7RgtC/0LjRgdCy0LDQvdC1INC+0YIg0LHRjtC70LXRgtC40L0=?=
Thread-Topic: =?utf-8?b?0J7RgtC/0LjRgdCy0LDQvdC1INC+0YIg0LHRjtC70LXRgtC40L0=?=
Thread-Index: AdxfXk2bq0Hc5T4oR3W1zN2eY8Lm9g==
Date: Thu, 26 Nov 2026 10:05:08 +0200
Message-ID: <7c2e91d0a4b34f1c8e55d2a1b9f3e6c7@agrotex.bg>
Accept-Language: bg-BG, en-US
Content-Language: bg-BG
X-MS-Has-Attach: yes
X-Originating-IP: [10.0.20.87]
MIME-Version: 1.0
Content-Type: multipart/related;
	boundary="_004_7c2e91d0a4b34f1c8e55d2a1b9f3e6c7agrotexbg_";
	type="multipart/alternative"

--_004_7c2e91d0a4b34f1c8e55d2a1b9f3e6c7agrotexbg_
Content-Type: multipart/alternative;
	boundary="_000_7c2e91d0a4b34f1c8e55d2a1b9f3e6c7agrotexbg_"

--_000_7c2e91d0a4b34f1c8e55d2a1b9f3e6c7agrotexbg_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JzQvtC70Y8sINC+0YLQv9C40YjQtdGC0LUg0YHQu9GD0LbQ
tdCx0L3QuNGPINC80Lgg0LDQtNGA0LXRgSB2ZWxpc2xhdmEucGV0cm92YUBhZ3JvdGV4LmJnINC+
0YIg0LLQsNGI0LjRjyDQsdGO0LvQtdGC0LjQvSDQuCDQvtGCINCy0YHQuNGH0LrQuCDRgNC10LrQ
u9Cw0LzQvdC4INC40LzQtdC50LvQuC4g0J7RgtGC0LXQs9C70Y/QvCDRgdGK0LPQu9Cw0YHQuNC1
0YLQviDRgdC4INC00LAg0L/QvtC70YPRh9Cw0LLQsNC8INGC0YrRgNCz0L7QstGB0LrQuCDRgdGK
0L7QsdGJ0LXQvdC40Y8g0L7RgiDQstCw0YEuCgrQkdC70LDQs9C+0LTQsNGA0Y8g0L/RgNC10LTQ
stCw0YDQuNGC0LXQu9C90L4uCgrQoSDRg9Cy0LDQttC10L3QuNC1LArQktC10LvQuNGB0LvQsNCy
0LAg0J/QtdGC0YDQvtCy0LAK0JzQtdC90LjQtNC20YrRgCDRgdC90LDQsdC00Y/QstCw0L3QtQrQ
kNCz0YDQvtGC0LXQutGBINCe0J7QlArQs9GALiDQn9C70L7QstC00LjQsiwg0LHRg9C7LiDigJ7Q
ktCw0YHQuNC7INCQ0L/RgNC40LvQvtCy4oCcIDE1MArRgtC10LsuOiArMzU5IDMyIDYwNCAxMTgK
CtCc0L7Qu9GPLCDQv9C+0LzQuNGB0LvQtdGC0LUg0LfQsCDQvtC60L7Qu9C90LDRgtCwINGB0YDQ
tdC00LAsINC/0YDQtdC00Lgg0LTQsCDQvtGC0L/QtdGH0LDRgtCw0YLQtSDRgtC+0LfQuCDQuNC8
0LXQudC7LgpQbGVhc2UgY29uc2lkZXIgdGhlIGVudmlyb25tZW50IGJlZm9yZSBwcmludGluZyB0
aGlzIGUtbWFpbC4KCtCi0LDQt9C4INC10LvQtdC60YLRgNC+0L3QvdCwINC/0L7RidCwINC80L7Q
ttC1INC00LAg0YHRitC00YrRgNC20LAg0L/QvtCy0LXRgNC40YLQtdC70L3QsCDQuNC90YTQvtGA
0LzQsNGG0LjRjyDQuCDQtSDQv9GA0LXQtNC90LDQt9C90LDRh9C10L3QsCDRgdCw0LzQviDQt9Cw
INCw0LTRgNC10YHQsNGC0LAuCg==

--_000_7c2e91d0a4b34f1c8e55d2a1b9f3e6c7agrotexbg_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IHN0eWxlPSJmb250LWZhbWls
eTpDYWxpYnJpLEFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXplOjExcHQiPjxwPtCX0LTRgNCw0LLQ
tdC50YLQtSw8L3A+PHA+0JzQvtC70Y8sINC+0YLQv9C40YjQtdGC0LUg0YHQu9GD0LbQtdCx0L3Q
uNGPINC80Lgg0LDQtNGA0LXRgSB2ZWxpc2xhdmEucGV0cm92YUBhZ3JvdGV4LmJnINC+0YIg0LLQ
sNGI0LjRjyDQsdGO0LvQtdGC0LjQvSDQuCDQvtGCINCy0YHQuNGH0LrQuCDRgNC10LrQu9Cw0LzQ
vdC4INC40LzQtdC50LvQuC4g0J7RgtGC0LXQs9C70Y/QvCDRgdGK0LPQu9Cw0YHQuNC10YLQviDR
gdC4INC00LAg0L/QvtC70YPRh9Cw0LLQsNC8INGC0YrRgNCz0L7QstGB0LrQuCDRgdGK0L7QsdGJ
0LXQvdC40Y8g0L7RgiDQstCw0YEuPC9wPjxwPtCR0LvQsNCz0L7QtNCw0YDRjyDQv9GA0LXQtNCy
0LDRgNC40YLQtdC70L3Qvi48L3A+PHA+0KEg0YPQstCw0LbQtdC90LjQtSw8YnI+PGI+0JLQtdC7
0LjRgdC70LDQstCwINCf0LXRgtGA0L7QstCwPC9iPjxicj7QnNC10L3QuNC00LbRitGAINGB0L3Q
sNCx0LTRj9Cy0LDQvdC1PGJyPjxpbWcgc3JjPSJjaWQ6YWdyb3RleF9sb2dvXzJiMWNAYWdyb3Rl
eC5iZyIgYWx0PSLQkNCz0YDQvtGC0LXQutGBIiB3aWR0aD0iMTQwIj48YnI+0JDQs9GA0L7RgtC1
0LrRgSDQntCe0JQ8YnI+0LPRgC4g0J/Qu9C+0LLQtNC40LIsINCx0YPQuy4g4oCe0JLQsNGB0LjQ
uyDQkNC/0YDQuNC70L7QsuKAnCAxNTA8YnI+0YLQtdC7LjogKzM1OSAzMiA2MDQgMTE4PC9wPjxw
IHN0eWxlPSJjb2xvcjojMmU3ZDMyO2ZvbnQtc2l6ZTo5cHQiPiYjOTc1Mjsg0JzQvtC70Y8sINC/
0L7QvNC40YHQu9C10YLQtSDQt9CwINC+0LrQvtC70L3QsNGC0LAg0YHRgNC10LTQsCwg0L/RgNC1
0LTQuCDQtNCwINC+0YLQv9C10YfQsNGC0LDRgtC1INGC0L7Qt9C4INC40LzQtdC50LsuPGJyPlBs
ZWFzZSBjb25zaWRlciB0aGUgZW52aXJvbm1lbnQgYmVmb3JlIHByaW50aW5nIHRoaXMgZS1tYWls
LjwvcD48cCBzdHlsZT0iY29sb3I6Izk5OTtmb250LXNpemU6OHB0Ij7QotCw0LfQuCDQtdC70LXQ
utGC0YDQvtC90L3QsCDQv9C+0YnQsCDQvNC+0LbQtSDQtNCwINGB0YrQtNGK0YDQttCwINC/0L7Q
stC10YDQuNGC0LXQu9C90LAg0LjQvdGE0L7RgNC80LDRhtC40Y8g0Lgg0LUg0L/RgNC10LTQvdCw
0LfQvdCw0YfQtdC90LAg0YHQsNC80L4g0LfQsCDQsNC00YDQtdGB0LDRgtCwLjwvcD48L2Rpdj48
L2JvZHk+PC9odG1sPgo=

--_000_7c2e91d0a4b34f1c8e55d2a1b9f3e6c7agrotexbg_--

--_004_7c2e91d0a4b34f1c8e55d2a1b9f3e6c7agrotexbg_
Content-Type: image/png; name="image001.png"
Content-Description: image001.png
Content-Disposition: inline; filename="image001.png"; size=4380
Content-ID: <agrotex_logo_2b1c@agrotex.bg>
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAHgAAAAoCAYAAACP/zQ4e3LwFZNaPU/BFqXduamEnjqAUCHc5HXJ
Y9NgCAEeo3jU4TAP+TvQSSjyhLecYLHhjW5x9V/J/xJ7X4MhNEMTAXq5h5oIyZEqw0mjmhtZaQ0r
yDkUrFXmBkPYLkKDIOhw/I7Ju8+ZHBjWKIKjhwCWf4u8sv4oPT4oFv9JJ+Uv7A1p/lFKbGzoEaDk
5qlbcuJ5FlaPkAMbl/d05EybIBu2+wUMA0x5w/TcxhmoeZ471v0pLSNn5Xjcj5B8zFKmutl5OFB4
KVDPegVMS1Pkqy/gGB/6jKIsu9EEQj2gnYgdto5m3pufnmCCrIKrX04edj0xTD6dKjDFgsYowASA
m2Swlr0/EzKkmhA68NBSSnW2ejaEwYunKKA6p+u12ELEQV1Cr80XwQZzSvVgtST4dvgJ+B2UDA+r
8b1/ye8R4Bq6AW0LLnBPTEy0MW07HT9Uknq7ZbGNqU4dbVEmyL4dBDyM7Tz1SfXikpgPNePVgh9P
2Pr73MEA2gHM1LvbhU8y8A5il8WJ1VydjYum3vuAcckURh8wpnZ37NpBWbCZ0CV3qzg=

--_004_7c2e91d0a4b34f1c8e55d2a1b9f3e6c7agrotexbg_--
"""),
]

"""Seventy-sixth set, book B robots: robot mail of the parking and mobility systems around the shop (parking operators' keeper notices and fine letters, ANPR and barrier reports, EV charging networks' session receipts and roaming notices, fleet telematics and dashcam alerts, bike-rental platform notices, vehicle registration lookups' confirmations, insurers' claim-platform acknowledgements, bounces and out-of-office replies of several MTAs and clients), plus people whose mail looks automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the rules."""

ROBOTS = [
    ('pl', 'parking-operator-keeper-notice-site-owner-copy', 'automated', (),
'''Return-Path: <bounce-notices@notices.parkwise.example>
Received: from out-03.notices.parkwise.example (out-03.notices.parkwise.example [203.0.113.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdQ2r0Xy8z7Lm3
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 06:02:17 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=parkwise.example; s=pw2026;
	t=1776139335; h=from:to:subject:date:message-id:mime-version;
	bh=Yk3Lw9pQm2Xv7Rb4Tn8Cs1Hd6Fj0Gz5Ka2Ue7Wi3Ox=;
	b=Rt5Mn2Kq8Wv0Xp3Lz7Bc4Ny1Hs6Dj9Fg2Tk5Qw8Em0Ua3Ic7Ol4Pb1Vr6Sd9Ye2Gh
From: ParkWise Belgium <noreply@notices.parkwise.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BKopia_dla_zarz=C4=85dcy_terenu=5D_Wezwanie_do_zap?=
 =?utf-8?q?=C5=82aty_PW-2026-151206_/_Shop_Example_Hasselt?=
Date: Tue, 14 Apr 2026 04:02:15 +0000
Message-ID: <pw.notice.151206.owner.1776139335@notices.parkwise.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: PW-Notify 3.2.7
X-PW-Case: PW-2026-151206
X-PW-Template: keeper_notice_pl_v4 / owner_copy
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="pwnotice-151206-alt"

--pwnotice-151206-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

ParkWise Belgium NV
Leopold de Waelplaats 12, 2000 Antwerpen | KBO/BCE 0712.448.903

KOPIA DLA ZARZ=C4=84DCY TERENU - dokument wys=C5=82any do posiadacza pojazd=
u poczt=C4=85.
Wiadomo=C5=9B=C4=87 wygenerowana automatycznie, prosimy na ni=C4=85 nie odp=
owiada=C4=87.

WEZWANIE DO ZAP=C5=81ATY OP=C5=81ATY DODATKOWEJ
Numer sprawy:          PW-2026-151206
Parking:               Shop Example Hasselt, Kempische Steenweg 301
Numer rejestracyjny:   WZ 5R118 (PL)
Wjazd:                 21.03.2026 10:41:07 (kamera ANPR, wjazd 1)
Wyjazd:                21.03.2026 13:02:55 (kamera ANPR, wyjazd 2)
Czas postoju:          2 godz. 21 min (bezp=C5=82atnie: 90 min)
Kwota do zap=C5=82aty:      45,00 EUR
Termin p=C5=82atno=C5=9Bci:      28.04.2026
Adresat:               K****** N*****, ul. O*******a 1**, 02-*** Warszawa

Je=C5=BCeli w chwili postoju pojazd prowadzi=C5=82a inna osoba, prosimy pod=
a=C4=87 jej imi=C4=99,
nazwisko i adres w portalu https://appeal.parkwise.example w ci=C4=85gu 14 =
dni.

OCHRONA DANYCH OSOBOWYCH
Administratorem Pana/Pani danych osobowych jest ParkWise Belgium NV. Dane
posiadacza pojazdu (imi=C4=99, nazwisko, adres) uzyskali=C5=9Bmy z w=C5=82a=
=C5=9Bciwego rejestru
pojazd=C3=B3w za po=C5=9Brednictwem dostawcy us=C5=82ug identyfikacji pojaz=
d=C3=B3w, wy=C5=82=C4=85cznie
w celu dochodzenia op=C5=82aty (art. 6 ust. 1 lit. f RODO). Zdj=C4=99cia z =
kamer ANPR
przechowujemy przez czas trwania sprawy, a najd=C5=82u=C5=BCej 12 miesi=C4=
=99cy od jej
zamkni=C4=99cia; zapisy pojazd=C3=B3w, kt=C3=B3re zap=C5=82aci=C5=82y lub n=
ie przekroczy=C5=82y czasu
postoju, s=C4=85 usuwane po 30 dniach. Przys=C5=82uguje Panu/Pani prawo dos=
t=C4=99pu do
danych, ich sprostowania, usuni=C4=99cia, ograniczenia przetwarzania oraz
sprzeciwu, a tak=C5=BCe prawo wniesienia skargi do belgijskiego organu ochr=
ony
danych (GBA/APD) lub do Prezesa UODO. Inspektor ochrony danych:
dpo@parkwise.example.

Zarz=C4=85dca terenu otrzymuje kopi=C4=99 wezwania zgodnie z umow=C4=85 o z=
arz=C4=85dzanie
parkingiem nr PW-BE-2231. Aby zmieni=C4=87 ustawienia kopii, skontaktuj si=
=C4=99
z opiekunem konta ParkWise.
--pwnotice-151206-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:13px;color:#222=
">
<p style=3D"background:#f3f3f3;padding:6px"><b>KOPIA DLA ZARZ=C4=84DCY TERE=
NU</b> &ndash; dokument wys=C5=82any do posiadacza pojazdu poczt=C4=85.</p>
<h2 style=3D"color:#0b4f8a">Wezwanie do zap=C5=82aty op=C5=82aty dodatkowej=
</h2>
<table cellpadding=3D"3">
<tr><td>Numer sprawy</td><td><b>PW-2026-151206</b></td></tr>
<tr><td>Parking</td><td>Shop Example Hasselt, Kempische Steenweg 301</td></=
tr>
<tr><td>Numer rejestracyjny</td><td>WZ 5R118 (PL)</td></tr>
<tr><td>Wjazd / wyjazd</td><td>21.03.2026 10:41:07 / 13:02:55</td></tr>
<tr><td>Kwota</td><td><b>45,00 EUR</b> (termin: 28.04.2026)</td></tr>
</table>
<p style=3D"font-size:11px;color:#666">Administratorem danych osobowych jes=
t ParkWise Belgium NV. Dane posiadacza pojazdu uzyskano z rejestru pojazd=
=C3=B3w wy=C5=82=C4=85cznie w celu dochodzenia op=C5=82aty (art. 6 ust. 1 l=
it. f RODO). Prawo dost=C4=99pu, sprostowania, usuni=C4=99cia, ograniczenia=
 i sprzeciwu: dpo@parkwise.example. Skarga: GBA/APD lub Prezes UODO.</p>
</body></html>
--pwnotice-151206-alt--
'''),
    ('pl', 'postfix-bounce-onet-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: by mx-out1.shop.example.be (Postfix)
	id 4KdT7m1Bq2z9Nn4; Wed, 15 Apr 2026 09:14:33 +0200 (CEST)
Date: Wed, 15 Apr 2026 09:14:33 +0200 (CEST)
From: MAILER-DAEMON@mx-out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4KdT7m1Bq2z9Nn4.1776237273/mx-out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260415071433.4KdT7m1Bq2z9Nn4@mx-out1.shop.example.be>

This is a MIME-encapsulated message.

--4KdT7m1Bq2z9Nn4.1776237273/mx-out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx-out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<anna.kaminska77@onet.pl>: host mx.poczta.onet.pl[192.0.2.146] said: 552
    5.2.2 Mailbox full / Skrzynka odbiorcy jest pelna (in reply to RCPT TO
    command)

--4KdT7m1Bq2z9Nn4.1776237273/mx-out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out1.shop.example.be
X-Postfix-Queue-ID: 4KdT7m1Bq2z9Nn4
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 15 Apr 2026 09:14:31 +0200 (CEST)

Final-Recipient: rfc822; anna.kaminska77@onet.pl
Original-Recipient: rfc822;anna.kaminska77@onet.pl
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.poczta.onet.pl
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full / Skrzynka odbiorcy jest pelna

--4KdT7m1Bq2z9Nn4.1776237273/mx-out1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from crm-app02.shop.example.be (crm-app02.shop.example.be [10.20.4.12])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4KdT7m1Bq2z9Nn4
	for <anna.kaminska77@onet.pl>; Wed, 15 Apr 2026 09:14:31 +0200 (CEST)
From: Shop Example - Ochrona danych <privacy@shop.example.be>
To: anna.kaminska77@onet.pl
Subject: =?utf-8?q?Re=3A_Nagranie_z_parkingu_dla_ubezpieczyciela_=E2=80=93_P?=
 =?utf-8?q?ani_zg=C5=82oszenie_PRV-26-03318?=
Date: Wed, 15 Apr 2026 09:14:29 +0200
Message-ID: <PRV-26-03318.r2@crm.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Szanowna Pani,

dziękujemy za cierpliwość i przepraszamy za opóźnienie w odpowiedzi.
Nagranie z kamer parkingu w Anderlechcie z dnia 28.02.2026 (godz. 14:00-16:30)
zostało zabezpieczone 3 marca na wniosek ochrony sklepu i nie zostało usunięte.
Możemy je przekazać bezpośrednio Pani ubezpieczycielowi (AG Insurance, szkoda
nr 26-0338127) po otrzymaniu od niego pisemnego wniosku lub udostępnić Pani
kopię po potwierdzeniu tożsamości.

Z poważaniem
Zespół ds. ochrony danych
Shop Example

--4KdT7m1Bq2z9Nn4.1776237273/mx-out1.shop.example.be--
'''),
    ('pl', 'exchange-ooo-fleet-manager-pl', 'automated', (),
'''Received: from AM9PR02MB7731.eurprd02.prod.outlook.com (2603:10a6:20b:3c1::9)
 by mx1.shop.example.be (Postfix) with ESMTPS id 4KdV0s3Wc5z2Bb8
 for <privacy@shop.example.be>; Thu, 16 Apr 2026 11:20:48 +0200 (CEST)
From: Krzysztof Adamczyk <k.adamczyk@flota-leasing.example>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: =?utf-8?q?Odpowied=C5=BA_automatyczna=3A_Pojazd_1-TWN-554_=E2=80=93?=
 =?utf-8?q?_numer_rejestracyjny_przypisany_do_konta_klienta?=
Thread-Topic: =?utf-8?q?Pojazd_1-TWN-554_=E2=80=93_numer_rejestracyjny_przyp?=
 =?utf-8?q?isany_do_konta_klienta?=
Thread-Index: AQHcz4Lm0kQvT2xRrUe7w3Yp8sN1ZQ==
Date: Thu, 16 Apr 2026 09:20:46 +0000
Message-ID: <AM9PR02MB7731D4E19F0B3C2A7E11C4D2A89E2@AM9PR02MB7731.eurprd02.prod.outlook.com>
In-Reply-To: <PRV-26-04102.q1@crm.shop.example.be>
References: <PRV-26-04102.q1@crm.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: k.adamczyk@flota-leasing.example
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-AuthAs: Internal
Content-Language: pl-PL
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_AM9PR02MB7731D4E19F0B3C2A7E11C4D2A89E2AM9PR02MB7731eurp_"

--_000_AM9PR02MB7731D4E19F0B3C2A7E11C4D2A89E2AM9PR02MB7731eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Do 24 kwietnia przebywam na urlo=
pie z ograniczonym
dost=C4=99pem do poczty. Wiadomo=C5=9Bci nie s=C4=85 przekazywane dalej.

W sprawach dotycz=C4=85cych mandat=C3=B3w, danych kierowc=C3=B3w, przypisan=
ia pojazd=C3=B3w
i szk=C3=B3d prosz=C4=99 pisa=C4=87 na adres flota@flota-leasing.example lu=
b dzwoni=C4=87 pod
numer +48 22 460 18 00 (pon.-pt. 8:00-17:00).

Pozdrawiam
Krzysztof Adamczyk
Fleet Manager Benelux | Flota Leasing Sp. z o.o.
--_000_AM9PR02MB7731D4E19F0B3C2A7E11C4D2A89E2AM9PR02MB7731eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body><div style=3D"font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dzie=C5=84 dobry,</p>
<p>dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Do 24 kwietnia przebywam na u=
rlopie z ograniczonym dost=C4=99pem do poczty. Wiadomo=C5=9Bci nie s=C4=85 =
przekazywane dalej.</p>
<p>W sprawach dotycz=C4=85cych mandat=C3=B3w, danych kierowc=C3=B3w, przypi=
sania pojazd=C3=B3w i szk=C3=B3d prosz=C4=99 pisa=C4=87 na adres <a href=3D=
"mailto:flota@flota-leasing.example">flota@flota-leasing.example</a> lub dz=
woni=C4=87 pod numer +48 22 460 18 00 (pon.-pt. 8:00-17:00).</p>
<p>Pozdrawiam<br>Krzysztof Adamczyk<br>Fleet Manager Benelux | Flota Leasin=
g Sp. z o.o.</p>
</div></body></html>
--_000_AM9PR02MB7731D4E19F0B3C2A7E11C4D2A89E2AM9PR02MB7731eurp_--
'''),
    ('pl', 'ev-roaming-partner-terms-data-notice-pl', 'automated', (),
'''Return-Path: <bounce+7c1e2a.partners-q2=shop.example.be@news.energo-roaming.example>
Received: from m228-14.news.energo-roaming.example (m228-14.news.energo-roaming.example [198.51.100.228])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdW5p7Hn0z3Cc1
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 10:00:12 +0200 (CEST)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=news.energo-roaming.example;
	q=dns/txt; s=mg; t=1776412810; h=List-Unsubscribe-Post: List-Unsubscribe:
	Content-Type: MIME-Version: Subject: Subject: From: From: To: To: Date: Message-ID;
	bh=Hq2Vd8Lw1Np5Xr0Tz3Ks7Mb9Cf4Gj6Ya2Wu1Oe8Ri5Q=;
	b=Fz7Kc1Mp4Vx9Lr2Qn6Bt0Hs3Wd8Jg5Ye1Ua7Ik4Oc2Pv9Rm6Tl3Sb0Xf5Nh8Gq1Dw
From: EnerGo Roaming - Partner Operations <partners@news.energo-roaming.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Zmiany_w_umowie_roamingowej_i_zasadach_przetwarzania_dany?=
 =?utf-8?q?ch_=28RODO=29_od_1_czerwca_2026?=
Date: Fri, 17 Apr 2026 08:00:10 +0000
Message-ID: <20260417080010.7c1e2a4f9b0d3e61@news.energo-roaming.example>
List-Unsubscribe: <https://news.energo-roaming.example/u/7c1e2a4f9b0d3e61>, <mailto:unsubscribe+7c1e2a4f9b0d3e61@news.energo-roaming.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
List-Id: EnerGo CPO partners <cpo-partners.news.energo-roaming.example>
Precedence: bulk
Feedback-ID: partners-q2:energo:mailgun
X-Mailgun-Sid: WyI3YzFlMiIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICJhMWIyYyJd
X-Mailgun-Tag: cpo-partners
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="e2f41c0d9a7b4e5f8c3d2b1a0f9e8d7c"

--e2f41c0d9a7b4e5f8c3d2b1a0f9e8d7c
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Szanowny Partnerze,

otrzymujesz tę wiadomość jako kontakt ds. ochrony danych operatora punktów
ładowania (CPO) podłączonego do sieci roamingowej EnerGo (identyfikator
partnera: BE-ELO). Od 1 czerwca 2026 r. obowiązuje nowa wersja umowy
roamingowej (v5.0) oraz załącznika o powierzeniu przetwarzania danych.

Najważniejsze zmiany:
1. Identyfikatory kart RFID i eMAID kierowców będą w rekordach CDR
   przekazywane wyłącznie w formie pseudonimizowanej.
2. Okres przechowywania rekordów sesji ładowania (CDR) skraca się
   z 36 do 24 miesięcy; starsze rekordy zostaną automatycznie usunięte.
3. Wnioski kierowców o dostęp do danych, ich usunięcie lub sprostowanie
   będą przekazywane między stronami przez nowy endpoint API
   /v2/data-subject-requests zamiast e-mailem.
4. Lokalizacja pojazdu w czasie rzeczywistym nie będzie już udostępniana
   operatorom w ramach funkcji "Smart Charging".

Pełny tekst umowy i nową klauzulę informacyjną RODO znajdziesz w portalu
partnera: https://partners.energo-roaming.example/docs/roaming-v5

Jeśli nie zgłosisz zastrzeżeń do 15 maja 2026 r., zmiany wejdą w życie
automatycznie.

Z pozdrowieniami
Zespół Partner Operations
EnerGo Roaming S.A., ul. Prosta 70, 00-838 Warszawa

Nie chcesz otrzymywać komunikatów dla partnerów? Wypisz się:
https://news.energo-roaming.example/u/7c1e2a4f9b0d3e61

--e2f41c0d9a7b4e5f8c3d2b1a0f9e8d7c
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+PGh0bWwgbGFuZz0icGwiPjxib2R5IHN0eWxlPSJtYXJnaW46MDtiYWNr
Z3JvdW5kOiNlZWYyZjUiPgo8dGFibGUgd2lkdGg9IjEwMCUiIGNlbGxwYWRkaW5nPSIwIiBjZWxs
c3BhY2luZz0iMCI+PHRyPjx0ZCBhbGlnbj0iY2VudGVyIj4KPHRhYmxlIHdpZHRoPSI2MDAiIHN0
eWxlPSJiYWNrZ3JvdW5kOiNmZmZmZmY7Zm9udC1mYW1pbHk6SGVsdmV0aWNhLEFyaWFsLHNhbnMt
c2VyaWY7Zm9udC1zaXplOjE0cHg7Y29sb3I6IzFkMmIzNiI+Cjx0cj48dGQgc3R5bGU9ImJhY2tn
cm91bmQ6IzAwYTM2Yztjb2xvcjojZmZmO3BhZGRpbmc6MThweDtmb250LXNpemU6MjBweCI+RW5l
ckdvIFJvYW1pbmcgJm1pZGRvdDsgUGFydG5lciBPcGVyYXRpb25zPC90ZD48L3RyPgo8dHI+PHRk
IHN0eWxlPSJwYWRkaW5nOjIwcHgiPgo8cD5TemFub3dueSBQYXJ0bmVyemUsPC9wPgo8cD5vZCA8
Yj4xIGN6ZXJ3Y2EgMjAyNiByLjwvYj4gb2Jvd2nEhXp1amUgbm93YSB3ZXJzamEgdW1vd3kgcm9h
bWluZ293ZWogKHY1LjApIG9yYXogemHFgsSFY3puaWthIG8gcG93aWVyemVuaXUgcHJ6ZXR3YXJ6
YW5pYSBkYW55Y2ggb3NvYm93eWNoIChST0RPKS48L3A+Cjx1bD4KPGxpPklkZW50eWZpa2F0b3J5
IFJGSUQgaSBlTUFJRCB3IHJla29yZGFjaCBDRFIgd3nFgsSFY3puaWUgdyBmb3JtaWUgcHNldWRv
bmltaXpvd2FuZWouPC9saT4KPGxpPlByemVjaG93eXdhbmllIENEUjogMjQgbWllc2nEhWNlIHph
bWlhc3QgMzYsIHN0YXJzemUgcmVrb3JkeSB6b3N0YW7EhSB1c3VuacSZdGUuPC9saT4KPGxpPldu
aW9za2kgbyBkb3N0xJlwLCB1c3VuacSZY2llIGkgc3Byb3N0b3dhbmllIGRhbnljaCBraWVyb3dj
w7N3IHByemV6IEFQSSA8Y29kZT4vdjIvZGF0YS1zdWJqZWN0LXJlcXVlc3RzPC9jb2RlPi48L2xp
Pgo8bGk+S29uaWVjIHVkb3N0xJlwbmlhbmlhIGxva2FsaXphY2ppIHBvamF6ZHUgdyBjemFzaWUg
cnplY3p5d2lzdHltLjwvbGk+CjwvdWw+CjxwPjxhIGhyZWY9Imh0dHBzOi8vcGFydG5lcnMuZW5l
cmdvLXJvYW1pbmcuZXhhbXBsZS9kb2NzL3JvYW1pbmctdjUiIHN0eWxlPSJjb2xvcjojMDBhMzZj
Ij5QcnplY3p5dGFqIHBlxYJuxIUgdW1vd8SZIGkga2xhdXp1bMSZIGluZm9ybWFjeWpuxIU8L2E+
PC9wPgo8L3RkPjwvdHI+Cjx0cj48dGQgc3R5bGU9InBhZGRpbmc6MTJweCAyMHB4O2ZvbnQtc2l6
ZToxMXB4O2NvbG9yOiM3YTg4OTQiPkVuZXJHbyBSb2FtaW5nIFMuQS4sIHVsLiBQcm9zdGEgNzAs
IDAwLTgzOCBXYXJzemF3YSAmbWlkZG90OyA8YSBocmVmPSJodHRwczovL25ld3MuZW5lcmdvLXJv
YW1pbmcuZXhhbXBsZS91LzdjMWUyYTRmOWIwZDNlNjEiIHN0eWxlPSJjb2xvcjojN2E4ODk0Ij5X
eXBpc3ogc2nEmTwvYT48L3RkPjwvdHI+CjwvdGFibGU+PC90ZD48L3RyPjwvdGFibGU+PC9ib2R5
PjwvaHRtbD4=
--e2f41c0d9a7b4e5f8c3d2b1a0f9e8d7c--
'''),
    ('pl', 'person-forwards-charging-summary-wants-account-gone', 'deletion', (),
'''Return-Path: <bartek.szymanski@gmail.com>
Received: from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdX1c9Lr4z6Dd2
        for <privacy@shop.example.be>; Sat, 18 Apr 2026 21:37:05 +0200 (CEST)
MIME-Version: 1.0
From: =?utf-8?q?Bartosz_Szyma=C5=84ski?= <bartek.szymanski@gmail.com>
Date: Sat, 18 Apr 2026 21:36:51 +0200
Message-ID: <CAJx7Lq0vR3pYtN8+2kWcZbE1sQm4UgHfA9oKd5_wXr6TnB=Pz@mail.gmail.com>
Subject: =?utf-8?q?Fwd=3A_Twoje_podsumowanie_=C5=82adowania_=E2=80=93_marzec?=
 =?utf-8?q?_2026?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

co miesi=C4=85c dostaj=C4=99 takie podsumowanie, chocia=C5=BC od jesieni ni=
e mam ju=C5=BC auta
elektrycznego i nie =C5=82aduj=C4=99 u Was. Prosz=C4=99 po prostu usun=C4=
=85=C4=87 to konto razem
z kart=C4=85 i histori=C4=85, a nie tylko wy=C5=82=C4=85czy=C4=87 maile.

Bartosz Szyma=C5=84ski

---------- Wiadomo=C5=9B=C4=87 przekazana dalej ---------
Od: Electra Loop <noreply@electraloop.example>
Date: pon., 6 kwi 2026 o 07:00
Subject: Twoje podsumowanie =C5=82adowania =E2=80=93 marzec 2026
To: <bartek.szymanski@gmail.com>


Cze=C5=9B=C4=87 Bartosz!

Oto Twoje podsumowanie za marzec 2026:
Sesje =C5=82adowania: 0
Energia: 0,0 kWh
Wydatki: 0,00 EUR

Zapisana metoda p=C5=82atno=C5=9Bci: Mastercard **** 2290 (wa=C5=BCna do 09=
/27)
Pojazd: 1-EVB-771
Ulubione lokalizacje: Shop Example Zaventem, Shop Example Machelen

Nie =C5=82adowa=C5=82e=C5=9B si=C4=99 od 143 dni - sprawd=C5=BA nowe szybki=
e =C5=82adowarki przy sklepach
Shop Example!

Zarz=C4=85dzaj powiadomieniami: https://app.electraloop.example/settings/no=
tifications
Polityka prywatno=C5=9Bci: https://electraloop.example/privacy
Electra Loop BV, Brusselsesteenweg 500, 1800 Vilvoorde
'''),
    ('cs', 'anpr-vendor-monthly-site-report-cs', 'automated', (),
'''Return-Path: <reporter@cloud.camvision.example>
Received: from smtp2.cloud.camvision.example (smtp2.cloud.camvision.example [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdB2x4Pq1z8Ee5
        for <privacy@shop.example.be>; Wed, 01 Apr 2026 03:05:44 +0200 (CEST)
From: CamVision Reporter <reporter@cloud.camvision.example>
To: privacy@shop.example.be
Cc: facility.zaventem@shop.example.be
Subject: =?utf-8?b?TcSbc8OtxI1uw60gcmVwb3J0IOKAkyBBTlBSIFNob3AgRXhhbXBsZSBa?=
 =?utf-8?b?YXZlbnRlbSAoQkUtWkFWLTAyKSDigJMgYsWZZXplbiAyMDI2?=
Date: Wed, 01 Apr 2026 01:05:41 +0000
Message-ID: <report.BE-ZAV-02.202603.5531@cloud.camvision.example>
Auto-Submitted: auto-generated
X-Mailer: CamVision ReportService 4.1.3
X-CamVision-Site: BE-ZAV-02
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_CV_Report_5531_1775005541"

------=_CV_Report_5531_1775005541
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

CamVision s.r.o. – automaticky generovaný měsíční report
Lokalita:        Shop Example Zaventem (BE-ZAV-02)
Období:          01.03.2026 – 31.03.2026
Kamery:          4 (vjezd 1, vjezd 2, výjezd 1, výjezd 2)

PROVOZ
Průjezdy celkem:                 61 204
Úspěšnost čtení SPZ:             98,7 %
Nerozpoznané SPZ:                796
Ruční opravy SPZ obsluhou:       41
Zahraniční SPZ:                  4 112 (NL 1 870, FR 1 103, DE 512, PL 188, ostatní 439)

OCHRANA OSOBNÍCH ÚDAJŮ
Automatický výmaz záznamů starších 30 dnů:    proveden denně, smazáno 58 330 záznamů
Prodloužená retence (spory, pokuty):          212 záznamů (na žádost ParkWise)
Export snímků na žádost:                      3 (tickety CV-7781, CV-7794, CV-7810)
Maskování obličejů v náhledech:               zapnuto
Přístupy do archivu mimo pracovní dobu:       0

UPOZORNĚNÍ
- Kamera VÝJEZD-2: znečištění objektivu, pokles kvality čtení o 4 %. Doporučujeme
  čištění při příští servisní návštěvě.
- Certifikát VPN tunelu lokality vyprší 19.05.2026.

Podrobná data najdete v příloze (CSV). Tento e-mail je generován automaticky,
neodpovídejte na něj. Změna příjemců reportu: portal.camvision.example.

------=_CV_Report_5531_1775005541
Content-Type: text/csv; charset=utf-8; name="anpr_BE-ZAV-02_2026-03.csv"
Content-Disposition: attachment; filename="anpr_BE-ZAV-02_2026-03.csv"
Content-Transfer-Encoding: base64

ZGF0dW07cHJ1al9jZWxrZW07dXNwZXNub3N0X3BjdDtuZXJvenBvem5hbm87dnltYXphbm9fMzBk
O3JldGVuY2Vfc3BvcgoyMDI2LTAzLTAxOzE0MjI7OTguOTsxNTsxOTAxOzAKMjAyNi0wMy0wMjsy
MjE4Ozk4LjY7MzE7MTg3NzsyCjIwMjYtMDMtMDM7MjEwNDs5OC43OzI3OzE5OTA7MQoyMDI2LTAz
LTA0OzIwNTA7OTguODsyNDsyMDEyOzAKMjAyNi0wMy0wNTsyMTc3Ozk4LjU7MzM7MTk1NDszCjIw
MjYtMDMtMDY7MjM5MTs5OC42OzM0OzIwMzM7MQoyMDI2LTAzLTA3OzI5MDQ7OTguOTsyOTsxODY4
OzQ=
------=_CV_Report_5531_1775005541--
'''),
    ('cs', 'qmail-bounce-no-mailbox-cs', 'automated', (),
'''Return-Path: <>
Received: from mx.hostcz.example (mx.hostcz.example [198.51.100.19])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KdY8t2Fv6z1Ff3
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 14:02:39 +0200 (CEST)
Received: (qmail 28814 invoked for bounce); 20 Apr 2026 12:02:38 -0000
Date: 20 Apr 2026 12:02:38 -0000
From: MAILER-DAEMON@mx.hostcz.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260420120238.28814.qmail@mx.hostcz.example>

Hi. This is the qmail-send program at mx.hostcz.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ondrej.kral@kral-partners.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28790 invoked from network); 20 Apr 2026 12:02:37 -0000
Received: from mx-out1.shop.example.be (192.0.2.25)
  by mx.hostcz.example with ESMTPS; 20 Apr 2026 12:02:37 -0000
From: Shop Example - Privacy <privacy@shop.example.be>
To: ondrej.kral@kral-partners.example
Subject: =?utf-8?b?VsOhxaEgcG/FvmFkYXZlayBuYSBleHBvcnQgcGFya292w6Fuw60gKFBS?=
 =?utf-8?b?Vi0yNi0wNDQxNyk=?=
Date: Mon, 20 Apr 2026 14:02:35 +0200
Message-ID: <PRV-26-04417.r1@crm.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den, pane Kr=C3=A1li,

v p=C5=99=C3=ADloze zas=C3=ADl=C3=A1me export Va=C5=A1ich parkovac=C3=ADch =
relac=C3=AD za obdob=C3=AD 01.01.2025 -
15.04.2026 ve form=C3=A1tu CSV (st=C5=99edn=C3=ADk jako odd=C4=9Blova=C4=8D=
). Soubor obsahuje datum,
lokalitu, =C4=8Das p=C5=99=C3=ADjezdu a odjezdu, SPZ a zaplacenou =C4=8D=C3=
=A1stku.

S pozdravem
T=C3=BDm ochrany osobn=C3=ADch =C3=BAdaj=C5=AF, Shop Example
'''),
    ('cs', 'seznam-vacation-autoreply-cs', 'automated', (),
'''Return-Path: <petra.dvorakova@seznam.cz>
Received: from mxf1.seznam.cz (mxf1.seznam.cz [192.0.2.211])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdZ3n5Gw7z4Gg6
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 08:44:02 +0200 (CEST)
From: =?utf-8?b?UGV0cmEgRHZvxZnDoWtvdsOh?= <petra.dvorakova@seznam.cz>
To: privacy@shop.example.be
Subject: =?utf-8?b?UmU6IFZhxaFlIMW+w6Fkb3N0IG8gdsO9bWF6IGhpc3RvcmllIHBhcmtv?=
 =?utf-8?b?dsOhbsOt?=
Date: Tue, 21 Apr 2026 08:44:00 +0200 (CEST)
Message-Id: <2b.7f1A.5qRtW3mLkXz.1aBcD4@seznam.cz>
Auto-Submitted: auto-replied
Mime-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

děkuji za Vaši zprávu. Do 26. dubna jsem na dovolené a poštu nečtu.
V naléhavých případech volejte +420 603 418 227.

Petra Dvořáková

(Toto je automatická odpověď.)
'''),
    ('cs', 'person-replies-to-session-ended-asks-where-plate-came-from', 'access', (),
'''Return-Path: <hana.svobodova@gmail.com>
Received: from mail-ed1-f41.google.com (mail-ed1-f41.google.com [209.85.208.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdA6b8Jx2z5Hh7
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 19:12:27 +0200 (CEST)
MIME-Version: 1.0
References: <park-session-ended.8841207@notify.shop.example.be>
In-Reply-To: <park-session-ended.8841207@notify.shop.example.be>
From: =?utf-8?q?Hana_Svobodov=C3=A1?= <hana.svobodova@gmail.com>
Date: Mon, 13 Apr 2026 19:12:11 +0200
Message-ID: <CAHk9mPz4xWqL2Ns-7rTbYc1VfJ0uE5oDg3KsA8iR6nXw=Mq@mail.gmail.com>
Subject: Re: Your parking session at Shop Example Namur has ended
To: Shop Example Park <noreply@notify.shop.example.be>
Cc: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

tuhle zpr=C3=A1vu jsem dostala, ale SPZ jsem do aplikace nikdy nezad=C3=A1v=
ala =E2=80=93 registrovala jsem se jen p=C5=99es v=C4=9Brnostn=C3=AD kartu.=
 Odkud tedy m=C3=A1te moji SPZ a co dal=C5=A1=C3=ADho o mn=C4=9B a o aut=C4=
=9B aplikace ukl=C3=A1d=C3=A1? Po=C5=A1lete mi pros=C3=ADm p=C5=99ehled v=
=C5=A1ech =C3=BAdaj=C5=AF, kter=C3=A9 ke mn=C4=9B m=C3=A1te.

Hana Svobodov=C3=A1

po 13. 4. 2026 v 17:48 odes=C3=ADlatel Shop Example Park <noreply@notify.sh=
op.example.be> napsal:

> Your parking session has ended.
>
> Location: Shop Example Namur (Rue de la Gare Fleurie 16)
> Vehicle: 1-HSV-902
> Start: 13/04/2026 16:21  End: 13/04/2026 17:47
> Duration: 1 h 26 min - free (loyalty card)
>
> This is an automatic message. Please do not reply.
> Manage your vehicles and notifications in the Shop Example app.
'''),
    ('hr', 'zimbra-out-of-office-hr', 'automated', (),
'''Return-Path: <nikolina.maric@zg-logistika.example>
Received: from mail.zg-logistika.example (mail.zg-logistika.example [203.0.113.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdC9q1Mt3z7Jj8
        for <privacy@shop.example.be>; Wed, 08 Apr 2026 12:31:09 +0200 (CEST)
Date: Wed, 8 Apr 2026 12:31:07 +0200 (CEST)
From: =?utf-8?q?Nikolina_Mari=C4=87?= <nikolina.maric@zg-logistika.example>
To: privacy@shop.example.be
Message-ID: <1184420671.55012.1775644267990.JavaMail.zimbra@zg-logistika.example>
Subject: =?utf-8?q?Odsutnost=3A_Snimke_dashcam_kamere_=E2=80=93_dostava_2=2E?=
 =?utf-8?q?_travnja?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)
Thread-Topic: Snimke dashcam kamere
Thread-Index: Aa1B2c3D4e5F6g7H8i9J0k

Poštovani,

odsutna sam do 27. travnja 2026. i povremeno provjeravam poštu.

Za pitanja o voznom parku, snimkama kamera u vozilima i zaštiti osobnih
podataka vozača obratite se na flota@zg-logistika.example.
Vaša poruka neće biti automatski proslijeđena.

Lijep pozdrav,
Nikolina Marić
ZG Logistika d.o.o. | Voditeljica voznog parka
'''),
    ('hr', 'fleet-telematics-dashcam-clip-export-alert-hr', 'automated', (),
'''Return-Path: <alerts-bounces@fleettrack.example>
Received: from out-eu2.fleettrack.example (out-eu2.fleettrack.example [198.51.100.62])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdD4k6Ny8z2Kk9
        for <privacy@shop.example.be>; Thu, 09 Apr 2026 15:47:58 +0200 (CEST)
From: FleetTrack Alerts <alerts@fleettrack.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BFleetTrack=5D_Izvoz_video_zapisa_=E2=80=93_vozilo_1-VA?=
 =?utf-8?q?N-318_=28Shop_Example_Dostava_Bruxelles=29?=
Date: Thu, 09 Apr 2026 13:47:55 +0000
Message-ID: <alert.video_export.6f3e2a91@eu2.fleettrack.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
X-FleetTrack-Alert-Type: video_export
X-FleetTrack-Account: SHOPEX-BE-DELIV
X-Entity-Ref-ID: 6f3e2a91-0c4d-4e8b-9a17-2d5b8c0e4f13
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="ft-alt-6f3e2a91"

--ft-alt-6f3e2a91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

FleetTrack – obavijest o događaju

Tip obavijesti:   izvoz dashcam video zapisa
Račun:            Shop Example – kućna dostava (SHOPEX-BE-DELIV)
Vozilo:           1-VAN-318 (Renault Master, kamera DC-2 prednja + kabina)
Vozač:            DRV-0447 (pseudonimizirano)
Događaj:          naglo kočenje, 02.04.2026. 08:17:44
Lokacija:         Chaussée de Louvain 612, 1030 Schaerbeek
Isječak:          08:17:14 – 08:18:14 (60 s, prednja kamera)
Izvezao:          korisnik privacy.review (uloga: DPO pregled)
Razlog izvoza:    zahtjev ispitanika – pristup podacima (čl. 15. GDPR-a)

Isječak sadrži osobne podatke (lica, registracijske oznake). Automatsko
zamućivanje lica i oznaka: UKLJUČENO. Poveznica za preuzimanje vrijedi
7 dana. Izvorni zapis bit će automatski izbrisan 02.05.2026. prema
pravilu zadržavanja "30 dana – događaji".

Ovo je automatska obavijest. Postavke obavijesti: https://eu2.fleettrack.example/settings/alerts

--ft-alt-6f3e2a91
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Segoe UI,Arial,sans-serif;font-size:13px">
<div style=3D"border-left:4px solid #f29100;padding:8px 14px">
<h3 style=3D"margin:0 0 8px 0">Izvoz dashcam video zapisa</h3>
<p>Vozilo <b>1-VAN-318</b> &middot; voza=C4=8D DRV-0447 (pseudonimizirano)<=
br>
Doga=C4=91aj: naglo ko=C4=8Denje, 02.04.2026. 08:17:44, Chauss=C3=A9e de Lo=
uvain 612, Schaerbeek<br>
Izvezao: privacy.review (DPO pregled) &middot; razlog: zahtjev ispitanika (=
=C4=8Dl. 15. GDPR-a)</p>
<p style=3D"color:#a33">Isje=C4=8Dak sadr=C5=BEi osobne podatke. Zamu=C4=87=
ivanje lica i oznaka: uklju=C4=8Deno. Izvorni zapis bri=C5=A1e se 02.05.202=
6.</p>
<p><a href=3D"https://eu2.fleettrack.example/events/6f3e2a91">Otvori doga=
=C4=91aj</a> &middot; <a href=3D"https://eu2.fleettrack.example/settings/al=
erts">Postavke obavijesti</a></p>
</div></body></html>
--ft-alt-6f3e2a91--
'''),
    ('hr', 'exim-bounce-mailbox-full-hr', 'automated', (),
'''Return-Path: <>
Received: from mail.pavlovic-obrt.example ([198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdE7w2Pz5z9Ll1
        for <privacy@shop.example.be>; Fri, 10 Apr 2026 16:05:21 +0200 (CEST)
Received: from Debian-exim by mail.pavlovic-obrt.example with local (Exim 4.96)
	id 1wB7xk-0004Qd-Tz
	for privacy@shop.example.be; Fri, 10 Apr 2026 16:05:20 +0200
X-Failed-Recipients: goran@pavlovic-obrt.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.pavlovic-obrt.example>
To: privacy@shop.example.be
References: <PRV-26-03977.r1@crm.shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1775829920-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wB7xk-0004Qd-Tz@mail.pavlovic-obrt.example>
Date: Fri, 10 Apr 2026 16:05:20 +0200

--1775829920-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  goran@pavlovic-obrt.example
    mailbox is full: retry timeout exceeded

--1775829920-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mail.pavlovic-obrt.example

Action: failed
Final-Recipient: rfc822;goran@pavlovic-obrt.example
Status: 5.0.0

--1775829920-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be ([192.0.2.25])
	by mail.pavlovic-obrt.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1wB0aa-0003Fh-2c
	for goran@pavlovic-obrt.example; Fri, 10 Apr 2026 08:12:04 +0200
From: Shop Example - Privacy <privacy@shop.example.be>
To: goran@pavlovic-obrt.example
Subject: =?utf-8?q?Va=C5=A1_prigovor_=E2=80=93_pra=C4=87enje_dolazaka_putem_?=
 =?utf-8?q?registracije_=28PRV-26-03977=29?=
Date: Fri, 10 Apr 2026 08:12:01 +0200
Message-ID: <PRV-26-03977.r1@crm.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani gospodine Pavlovi=C4=87u,

potvr=C4=91ujemo primitak Va=C5=A1eg prigovora od 6. travnja. Povezivanje V=
a=C5=A1e
registracije s karticom vjernosti isklju=C4=8Deno je, a povijest dolazaka
prikupljena u marketin=C5=A1ke svrhe izbrisana je. Poruke "Nedostajete nam"
vi=C5=A1e Vam ne=C4=87emo slati.

S po=C5=A1tovanjem,
Tim za za=C5=A1titu osobnih podataka, Shop Example
--1775829920-eximdsn-1804289383--
'''),
    ('hr', 'person-ticket-system-address-asks-plate-fix-hr', 'correction', (),
'''Return-Path: <servis@autokuca-radic.example>
Received: from otrs.autokuca-radic.example (otrs.autokuca-radic.example [203.0.113.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdF1h3Qa9z3Mm2
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 10:22:48 +0200 (CEST)
From: =?utf-8?b?QXV0b2t1xIdhIFJhZGnEhyDigJMgU2Vydmlz?= <servis@autokuca-radic.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Ispravak_registracije_na_kartici_vjernosti_=5BTicket=2320?=
 =?utf-8?q?26041410000213=5D?=
Date: Tue, 14 Apr 2026 10:22:45 +0200
Message-ID: <1776154965.741203.302918@otrs.autokuca-radic.example>
X-Mailer: OTRS Mail Service (6.0.38)
X-Powered-By: OTRS - Open Ticket Request System
Organization: =?utf-8?b?QXV0b2t1xIdhIFJhZGnEhyBkLm8uby4=?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani,

pišem s radne adrese jer mi privatni mail trenutno ne radi. Na mojoj kartici
vjernosti (2604 6620 1935, glasi na Ivica Radić) kod prijave za parkiranje
upisana je registracija 1-RAD-816, a točna je 1-RAD-618 – zamijenio sam
znamenke kad sam je utipkavao na mobitelu. Zato mi kamera na ulazu u Namur
ne prepoznaje auto i moram svaki put uzimati listić. Molim ispravak.

Hvala,
Ivica Radić

--
Autokuća Radić d.o.o. | Servis i prodaja | Rue de Bruxelles 201, 5000 Namur
Ova poruka poslana je iz sustava za upravljanje zahtjevima. Molimo ne mijenjajte
oznaku [Ticket#2026041410000213] u predmetu odgovora.
Ova poruka i privici mogu sadržavati povjerljive podatke namijenjene isključivo
primatelju. Ako ste je primili greškom, obavijestite pošiljatelja i izbrišite je.
'''),
    ('sv', 'gmail-vacation-responder-sv', 'automated', (),
'''Return-Path: <lars.sjoberg@gmail.com>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with SMTPS id 4KdG5d7Rb2z6Nn3
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 13:58:30 +0200 (CEST)
MIME-Version: 1.0
From: =?utf-8?q?Lars_Sj=C3=B6berg?= <lars.sjoberg@gmail.com>
Date: Wed, 15 Apr 2026 13:58:16 +0200
Message-ID: <CABr2Vq8kHn1xT4-LwZpYc9sM3eJd0fRgN7uKo5_iAq2Wv=Xb@mail.gmail.com>
Subject: Semester / Vacation
To: privacy@shop.example.be
In-Reply-To: <PRV-26-04188.r1@crm.shop.example.be>
References: <PRV-26-04188.r1@crm.shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000b7f23a0649f2c1e5"

--000000000000b7f23a0649f2c1e5
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hej!

Jag =C3=A4r p=C3=A5 semester till och med 27 april och l=C3=A4ser inte mejl=
. G=C3=A4ller det
parkeringsavgiften eller mitt laddkonto svarar jag n=C3=A4r jag =C3=A4r til=
lbaka.

Hi, I'm on vacation until 27 April and will reply when I'm back.

/Lars
--000000000000b7f23a0649f2c1e5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hej!<br><br>Jag =C3=A4r p=C3=A5 semester till och med 27 a=
pril och l=C3=A4ser inte mejl. G=C3=A4ller det parkeringsavgiften eller mit=
t laddkonto svarar jag n=C3=A4r jag =C3=A4r tillbaka.<br><br>Hi, I&#39;m on=
 vacation until 27 April and will reply when I&#39;m back.<br><br>/Lars</di=
v>
--000000000000b7f23a0649f2c1e5--
'''),
    ('sv', 'ev-roaming-charging-receipt-sv', 'automated', (),
'''Return-Path: <0102019d3f5a8c71-7e2b4d6a-receipt@eu-west-1.amazonses.com>
Received: from a7-19.smtp-out.eu-west-1.amazonses.com (a7-19.smtp-out.eu-west-1.amazonses.com [54.240.7.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdH8f0Sc5z1Pp4
        for <privacy@shop.example.be>; Sat, 11 Apr 2026 14:50:41 +0200 (CEST)
From: Laddkraft <kvitto@laddkraft.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Kvitto_f=C3=B6r_laddning_11_april_2026_=E2=80=93_Shop_Exa?=
 =?utf-8?q?mple_Mechelen?=
Date: Sat, 11 Apr 2026 12:50:39 +0000
Message-ID: <0102019d3f5a8c71-7e2b4d6a-3c91-4f08-b2e5-91d7a6c0f3e8-000000@eu-west-1.amazonses.com>
Feedback-ID: 1.eu-west-1.Lk8vQm2Zr4Xt7Nw1Ys5Bc9Hd3Fj6Ga0Up2Ke8Oi4Wl=:AmazonSES
X-SES-Outgoing: 2026.04.11-54.240.7.19
X-Laddkraft-Session: LK-RM-BE-20260411-558120
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_558120_1928374650.1776171039000"

------=_Part_558120_1928374650.1776171039000
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Tack för att du laddar med Laddkraft!

KVITTO – ROAMINGLADDNING
Sessions-ID:      LK-RM-BE-20260411-558120
Plats:            Shop Example Mechelen, Battelsesteenweg 455, 2800 Mechelen (BE)
Laddpunkt:        BE*ELO*E0431*2 (operatör: Electra Loop BV)
Start:            2026-04-11 14:02
Slut:             2026-04-11 14:49
Energi:           31,2 kWh
Pris:             0,59 EUR/kWh + startavgift 0,75 EUR
Totalt:           19,16 EUR (219,40 SEK, kurs 11,45)
Betalat med:      Visa **** 8812
Laddbricka:       SE-LKR-C0193884-7

Dina personuppgifter: för att du ska kunna ladda i roaming delar vi
sessionsdata (laddbrickans ID, tid, energi, laddpunkt) med laddpunktens
operatör. Vi sparar kvitton i 7 år enligt bokföringslagen. Läs mer om hur vi
behandlar personuppgifter och hur du begär radering på
https://laddkraft.example/integritet

Vill du inte få kvitton via mejl? Ändra i appen under Inställningar > Kvitton.
Laddkraft AB, Kungsgatan 44, 111 35 Stockholm | org.nr 559123-4567

------=_Part_558120_1928374650.1776171039000
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7YmFja2dyb3Vu
ZDojZjZmN2Y5O21hcmdpbjowIj4KPGRpdiBzdHlsZT0ibWF4LXdpZHRoOjU2MHB4O21hcmdpbjow
IGF1dG87YmFja2dyb3VuZDojZmZmO3BhZGRpbmc6MjRweCI+CjxoMiBzdHlsZT0iY29sb3I6IzFh
N2YzNzttYXJnaW4tdG9wOjAiPkt2aXR0byDigJMgcm9hbWluZ2xhZGRuaW5nPC9oMj4KPHA+U2hv
cCBFeGFtcGxlIE1lY2hlbGVuICZtaWRkb3Q7IGxhZGRwdW5rdCBCRSpFTE8qRTA0MzEqMjwvcD4K
PHRhYmxlIHN0eWxlPSJ3aWR0aDoxMDAlO2ZvbnQtc2l6ZToxNHB4Ij4KPHRyPjx0ZD5TdGFydDwv
dGQ+PHRkIGFsaWduPSJyaWdodCI+MjAyNi0wNC0xMSAxNDowMjwvdGQ+PC90cj4KPHRyPjx0ZD5T
bHV0PC90ZD48dGQgYWxpZ249InJpZ2h0Ij4yMDI2LTA0LTExIDE0OjQ5PC90ZD48L3RyPgo8dHI+
PHRkPkVuZXJnaTwvdGQ+PHRkIGFsaWduPSJyaWdodCI+MzEsMiBrV2g8L3RkPjwvdHI+Cjx0cj48
dGQ+PGI+VG90YWx0PC9iPjwvdGQ+PHRkIGFsaWduPSJyaWdodCI+PGI+MTksMTYgRVVSPC9iPjwv
dGQ+PC90cj4KPC90YWJsZT4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMXB4O2NvbG9yOiM3NzciPlZp
IGRlbGFyIHNlc3Npb25zZGF0YSBtZWQgbGFkZHB1bmt0ZW5zIG9wZXJhdMO2ciBmw7ZyIHJvYW1p
bmdmYWt0dXJlcmluZy4gTMOkcyBvbSBwZXJzb251cHBnaWZ0ZXIgb2NoIHJhZGVyaW5nOiA8YSBo
cmVmPSJodHRwczovL2xhZGRrcmFmdC5leGFtcGxlL2ludGVncml0ZXQiPmxhZGRrcmFmdC5leGFt
cGxlL2ludGVncml0ZXQ8L2E+PC9wPgo8L2Rpdj48L2JvZHk+PC9odG1sPg==
------=_Part_558120_1928374650.1776171039000--
'''),
    ('sv', 'insurer-claim-portal-upload-ack-sv', 'automated', (),
'''Return-Path: <noreply@skador.tryggforsakring.example>
Received: from mailout1.tryggforsakring.example (mailout1.tryggforsakring.example [203.0.113.174])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdJ2g4Td8z4Qq5
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 09:03:12 +0200 (CEST)
From: =?utf-8?q?Trygg_F=C3=B6rs=C3=A4kring_Skadeservice?= <noreply@skador.tryggforsakring.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Vi_har_tagit_emot_dina_handlingar_=E2=80=93_skade=C3=A4re?=
 =?utf-8?q?nde_26-118-4471?=
Date: Thu, 16 Apr 2026 09:03:09 +0200
Message-ID: <claim.26-118-4471.upload.20260416070309@skador.tryggforsakring.example>
Auto-Submitted: auto-generated
Precedence: auto_reply
X-Mailer: ClaimCenter Notify 10.2
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hej,

Vi har tagit emot 2 dokument som laddats upp till skade=C3=A4rende 26-118-4=
471.

Fordon:          KLM 45P
Skadedatum:      2026-03-29
Skadeort:        Shop Example Gent, parkering
Uppladdat av:    Shop Example =E2=80=93 privacy (extern part, eng=C3=A5ngsl=
=C3=A4nk)
Dokument:        1. overvakning_gent_20260329_1412-1431.mp4 (41,8 MB)
                 2. foljebrev_shop_example.pdf (88 kB)

Handl=C3=A4ggningstiden =C3=A4r normalt 10 arbetsdagar. Din handl=C3=A4ggar=
e kontaktar den
f=C3=B6rs=C3=A4krade om n=C3=A5got saknas. Eng=C3=A5ngsl=C3=A4nken f=C3=B6r=
 uppladdning har nu upph=C3=B6rt.

Detta mejl g=C3=A5r inte att svara p=C3=A5.

Vi behandlar personuppgifterna i materialet (bilder p=C3=A5 personer och
registreringsnummer) enbart f=C3=B6r att hantera skadan, i enlighet med GDP=
R. L=C3=A4s
mer om hur vi behandlar personuppgifter, hur l=C3=A4nge vi sparar dem och h=
ur du
beg=C3=A4r radering eller r=C3=A4ttelse p=C3=A5 tryggforsakring.example/per=
sonuppgifter.

Med v=C3=A4nliga h=C3=A4lsningar
Trygg F=C3=B6rs=C3=A4kring =E2=80=93 Skadeservice Motor
'''),
    ('sv', 'person-pastes-second-reminder-asks-hold-while-appeal', 'restriction', (),
'''Return-Path: <jonas.wikstrom@outlook.com>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05olkn2071.outbound.protection.outlook.com [40.92.89.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdK6j8Uf1z7Rr6
        for <privacy@shop.example.be>; Sun, 19 Apr 2026 20:11:37 +0200 (CEST)
From: =?utf-8?q?Jonas_Wikstr=C3=B6m?= <jonas.wikstrom@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?VB=3A_P=C3=A5minnelse_2_=E2=80=93_PW-2026-138640?=
Thread-Topic: =?utf-8?q?P=C3=A5minnelse_2_=E2=80=93_PW-2026-138640?=
Thread-Index: AQHcz9Kx3vB7mWqLe0ekT1Rn2sYp4A==
Date: Sun, 19 Apr 2026 18:11:33 +0000
Message-ID: <DB8P191MB1463E0A27C5F9B2D4C71E8A3C2E9@DB8P191MB1463.EURP191.PROD.OUTLOOK.COM>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGVqLCBzZSBuZWRhbi4KCkphZyDDtnZlcmtsYWdhZGUgZGVuIGjDpHIgYXZnaWZ0ZW4gdGlsbCBQ
YXJrV2lzZSBkZW4gMjUgbWFycyAoamFnIGhhZGUgYmV0YWxhdAppIGFwcGVuLCBrdml0dG90IHNr
aWNrYWRlIGphZyBtZWQgZMOlKSBvY2ggdsOkbnRhciBmb3J0ZmFyYW5kZSBww6Ugc3Zhci4gTnUg
a29tbWVyCnDDpW1pbm5lbHNlIHR2w6UgbWVkIGhvdCBvbSBpbmthc3NvLiBTZSB0aWxsIGF0dCBt
aW5hIHVwcGdpZnRlciBpbnRlIHNraWNrYXMKdmlkYXJlIHRpbGwgbsOlZ290IGlua2Fzc29ib2xh
ZyBvY2ggaW50ZSBhbnbDpG5kcyBmw7ZyIGZsZXIgcMOlbWlubmVsc2VyIGbDtnJyw6RuCsO2dmVy
a2xhZ2FuIMOkciBwcsO2dmFkLiBSYWRlcmEgaW5nZW50aW5nIGhlbGxlciwgamFnIGJlaMO2dmVy
IGJpbGRlcm5hLgoKSm9uYXMgV2lrc3Ryw7ZtCgpTa2lja2F0IGZyw6VuIE91dGxvb2sgZsO2ciBp
T1MKX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fX18KRnLDpW46IFBhcmtXaXNlIEJlbGdp
dW0gPG5vcmVwbHlAbm90aWNlcy5wYXJrd2lzZS5leGFtcGxlPgpTa2lja2F0OiBGcmlkYXksIEFw
cmlsIDE3LCAyMDI2IDY6MDA6MDQgQU0KVGlsbDogam9uYXMud2lrc3Ryb21Ab3V0bG9vay5jb20g
PGpvbmFzLndpa3N0cm9tQG91dGxvb2suY29tPgrDhG1uZTogUMOlbWlubmVsc2UgMiDigJMgUFct
MjAyNi0xMzg2NDAKClDDhU1JTk5FTFNFIDIKw4RyZW5kZTogICAgICAgICAgICBQVy0yMDI2LTEz
ODY0MApQYXJrZXJpbmc6ICAgICAgICAgU2hvcCBFeGFtcGxlIExldXZlbiwgVGllbnNlc3RlZW53
ZWcgMjk5ClJlZ2lzdHJlcmluZ3NucjogICAxLUpXSy01NTAKQmVsb3BwOiAgICAgICAgICAgIDQ1
LDAwIEVVUiArIHDDpW1pbm5lbHNlYXZnaWZ0IDEwLDAwIEVVUgpCZXRhbGEgc2VuYXN0OiAgICAg
MjAyNi0wNC0yNwoKT20gYmVsb3BwZXQgaW50ZSBiZXRhbGFzIGkgdGlkIMO2dmVybMOkbW5hcyDD
pHJlbmRldCB0aWxsIGlua2Fzc28gb2NoIHl0dGVybGlnYXJlCmtvc3RuYWRlciB0aWxsa29tbWVy
LiBIYXIgZHUgcmVkYW4gYmV0YWxhdCBrYW4gZHUgYm9ydHNlIGZyw6VuIGRldHRhIG1lZGRlbGFu
ZGUuCgpQYXJrV2lzZSBCZWxnaXVtIE5WIGJlaGFuZGxhciBkaW5hIHBlcnNvbnVwcGdpZnRlciBm
w7ZyIGF0dCBkcml2YSBpbiBhdmdpZnRlbi4KSW5mb3JtYXRpb24gb20gZGluYSByw6R0dGlnaGV0
ZXI6IGh0dHBzOi8vcGFya3dpc2UuZXhhbXBsZS9wcml2YWN5CkRldHRhIG1lZGRlbGFuZGUga2Fu
IGludGUgYmVzdmFyYXMu
'''),
    ('ro', 'o365-ndr-recipient-not-found-ro', 'automated', (),
'''Return-Path: <>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2102.outbound.protection.outlook.com [40.107.103.102])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdL1m2Vg4z2Ss7
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 11:40:26 +0200 (CEST)
From: Microsoft Outlook <postmaster@transport-popa.example>
To: <privacy@shop.example.be>
Date: Wed, 22 Apr 2026 09:40:24 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9f1c2e7a-4b3d-4a8e-b61f-0d5c7e9a2b14"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: ro-RO
Message-ID: <0a7e5d31-c8f2-4b19-9e46-7d2a1f0b8c53@VI1PR03MB6118.eurprd03.prod.outlook.com>
In-Reply-To: <PRV-26-04522.r1@crm.shop.example.be>
References: <PRV-26-04522.r1@crm.shop.example.be>
Subject: =?utf-8?q?Nelivrat=3A_R=C4=83spuns_la_solicitarea_dvs=2E_privind_is?=
 =?utf-8?q?toricul_abonamentului_de_parcare?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--9f1c2e7a-4b3d-4a8e-b61f-0d5c7e9a2b14
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="c43b8d12-7e0f-4f6a-a5d9-2b81e6c4f0a7"

--c43b8d12-7e0f-4f6a-a5d9-2b81e6c4f0a7
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Mesajul dvs. nu a putut fi livrat c=C4=83tre mihai.georgescu@transport-popa=
.example

Adresa de e-mail a destinatarului nu a fost g=C4=83sit=C4=83 =C3=AEn sistem=
ul de e-mail al
domeniului. Verifica=C8=9Bi adresa =C8=99i =C3=AEncerca=C8=9Bi din nou sau =
contacta=C8=9Bi
destinatarul pe alt=C4=83 cale.

Informa=C8=9Bii de diagnosticare pentru administratori:

Server generator: VI1PR03MB6118.eurprd03.prod.outlook.com

mihai.georgescu@transport-popa.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

Anteturi mesaj original:

From: Shop Example - Privacy <privacy@shop.example.be>
To: mihai.georgescu@transport-popa.example
Subject: R=C4=83spuns la solicitarea dvs. privind istoricul abonamentului d=
e parcare
Date: Wed, 22 Apr 2026 11:40:19 +0200
Message-ID: <PRV-26-04522.r1@crm.shop.example.be>
--c43b8d12-7e0f-4f6a-a5d9-2b81e6c4f0a7
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body>
<p style=3D"font-family:Segoe UI,sans-serif;font-size:17pt;color:#c00000">L=
ivrarea a e=C8=99uat pentru ace=C8=99ti destinatari sau grupuri:</p>
<p style=3D"font-family:Segoe UI,sans-serif;font-size:11pt"><a href=3D"mail=
to:mihai.georgescu@transport-popa.example">mihai.georgescu@transport-popa.e=
xample</a><br>
Adresa de e-mail introdus=C4=83 nu a fost g=C4=83sit=C4=83. Verifica=C8=9Bi=
 adresa destinatarului =C8=99i =C3=AEncerca=C8=9Bi s=C4=83 retrimite=C8=9Bi=
 mesajul.</p>
<p style=3D"font-family:Consolas,monospace;font-size:9pt;color:#666">Remote=
 Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not =
found by SMTP address lookup'</p>
</body></html>
--c43b8d12-7e0f-4f6a-a5d9-2b81e6c4f0a7--

--9f1c2e7a-4b3d-4a8e-b61f-0d5c7e9a2b14
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR03MB6118.eurprd03.prod.outlook.com
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Wed, 22 Apr 2026 09:40:21 +0000

Final-Recipient: rfc822;mihai.georgescu@transport-popa.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--9f1c2e7a-4b3d-4a8e-b61f-0d5c7e9a2b14
Content-Type: text/rfc822-headers

Received: from mx-out1.shop.example.be (192.0.2.25) by
 VI1PR03MB6118.eurprd03.prod.outlook.com with Microsoft SMTP Server id 15.20.8722.21;
 Wed, 22 Apr 2026 09:40:21 +0000
From: Shop Example - Privacy <privacy@shop.example.be>
To: mihai.georgescu@transport-popa.example
Subject: =?utf-8?q?R=C4=83spuns_la_solicitarea_dvs=2E_privind_istoricul_abon?=
 =?utf-8?q?amentului_de_parcare?=
Date: Wed, 22 Apr 2026 11:40:19 +0200
Message-ID: <PRV-26-04522.r1@crm.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_crm_04522"

--9f1c2e7a-4b3d-4a8e-b61f-0d5c7e9a2b14--
'''),
    ('ro', 'vehicle-keeper-lookup-confirmation-ro', 'automated', (),
'''Return-Path: <confirmari@platequery.example>
Received: from relay1.platequery.example (relay1.platequery.example [198.51.100.133])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdM4p6Wh7z5Tt8
        for <privacy@shop.example.be>; Mon, 06 Apr 2026 02:14:55 +0200 (CEST)
From: PlateQuery EU <confirmari@platequery.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Confirmare=3A_interogare_de=C8=9Bin=C4=83tor_vehicul_B_27?=
 =?utf-8?q?_XRM_=E2=80=93_solicitant_ParkWise_Belgium_NV?=
Date: Mon, 06 Apr 2026 00:14:52 +0000
Message-ID: <pq-confirm-RO-20260406-000418@platequery.example>
Auto-Submitted: auto-generated
X-PQ-Request: PQ-BE-RO-2026-000418
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

PlateQuery EU - serviciu de identificare a de=C8=9Bin=C4=83torilor de vehic=
ule
Confirmare automat=C4=83 transmis=C4=83 punctului de contact pentru protec=
=C8=9Bia datelor
al proprietarului terenului (Shop Example). Nu r=C4=83spunde=C8=9Bi la aces=
t mesaj.

Num=C4=83r solicitare:       PQ-BE-RO-2026-000418
Num=C4=83r de =C3=AEnmatriculare: B 27 XRM (Rom=C3=A2nia)
Data evenimentului:     22.03.2026, parcarea Shop Example Charleroi
Solicitant:             ParkWise Belgium NV (operator de parcare mandatat)
Temei juridic:          art. 6 alin. (1) lit. f) RGPD - recuperarea unei
                        taxe de parcare contractuale
Surs=C4=83:                  registrul na=C8=9Bional al vehiculelor, prin E=
UCARIS
Date furnizate:         nume, prenume, adres=C4=83 de domiciliu
Date nefurnizate:       CNP, data na=C8=99terii, alte vehicule de=C8=9Binute
Rezultat:               identificare reu=C8=99it=C4=83 (1 de=C8=9Bin=C4=83t=
or)
P=C4=83strare la PlateQuery: 90 de zile de la interogare, apoi =C8=99terger=
e automat=C4=83

Persoana vizat=C4=83 are dreptul de acces, rectificare, =C8=99tergere =C8=
=99i opozi=C8=9Bie,
precum =C8=99i dreptul de a depune pl=C3=A2ngere la ANSPDCP sau la autorita=
tea belgian=C4=83
de protec=C8=9Bie a datelor (GBA/APD). Solicit=C4=83rile se adreseaz=C4=83 =
operatorului
ParkWise Belgium NV (dpo@parkwise.example).

PlateQuery EU BV, Koningin Astridlaan 58, 8200 Brugge
'''),
    ('ro', 'insurer-helpdesk-ticket-ack-ro', 'automated', (),
'''Return-Path: <daune@autoasist-asigurari.example>
Received: from smtp.freshdesk-mail.example (smtp.freshdesk-mail.example [203.0.113.229])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdN7r8Xj0z8Uu9
        for <privacy@shop.example.be>; Thu, 09 Apr 2026 10:26:14 +0300
From: AutoAsist Daune <daune@autoasist-asigurari.example>
Reply-To: AutoAsist Daune <daune@autoasist-asigurari.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Solicitarea_=2348213_a_fost_=C3=AEnregistrat=C4=83=3A_Ima?=
 =?utf-8?q?gini_camere_parcare_=E2=80=93_dosar_daun=C4=83_RCA_2026/0331/7715?=
Date: Thu, 09 Apr 2026 07:26:11 +0000
Message-ID: <fd.ticket.48213.ack@autoasist-asigurari.freshdesk-mail.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-FD-Email: true
X-FD-Ticket-Id: 48213
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6615c7a3b1f0e_4d2a1c8f93217"

----==_mimepart_6615c7a3b1f0e_4d2a1c8f93217
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă mulțumim pentru mesaj. Solicitarea dumneavoastră a fost înregistrată cu
numărul #48213 și a fost alocată echipei Daune Auto - Internațional.

Un coleg vă va contacta în cel mult 3 zile lucrătoare. Pentru a adăuga
informații, răspundeți la acest e-mail fără a modifica subiectul.

Vă rugăm să NU trimiteți înregistrări video sau documente de identitate prin
e-mail. Pentru fișiere mari folosiți linkul securizat pe care îl veți primi
de la colegul care preia dosarul.

Protecția datelor: datele cu caracter personal din acest dosar (inclusiv
imagini cu persoane și numere de înmatriculare) sunt prelucrate exclusiv
pentru soluționarea daunei. Pentru informații sau pentru ștergerea datelor
scrieți la dpo@autoasist-asigurari.example.

Cu stimă,
Echipa AutoAsist Daune
Acesta este un mesaj automat.

----==_mimepart_6615c7a3b1f0e_4d2a1c8f93217
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family:Arial,sans-serif;font-size:14px">
<p>Bun=C4=83 ziua,</p>
<p>V=C4=83 mul=C8=9Bumim pentru mesaj. Solicitarea dumneavoastr=C4=83 a fos=
t =C3=AEnregistrat=C4=83 cu num=C4=83rul <b>#48213</b> =C8=99i a fost aloca=
t=C4=83 echipei <b>Daune Auto - Interna=C8=9Bional</b>.</p>
<p>Un coleg v=C4=83 va contacta =C3=AEn cel mult 3 zile lucr=C4=83toare.</p>
<p style=3D"color:#b00">V=C4=83 rug=C4=83m s=C4=83 NU trimite=C8=9Bi =C3=AE=
nregistr=C4=83ri video sau documente de identitate prin e-mail.</p>
<p style=3D"font-size:11px;color:#777">Protec=C8=9Bia datelor: datele din a=
cest dosar sunt prelucrate exclusiv pentru solu=C8=9Bionarea daunei. =C8=98=
tergere date: dpo@autoasist-asigurari.example</p>
<p>Cu stim=C4=83,<br>Echipa AutoAsist Daune</p>
</div>
----==_mimepart_6615c7a3b1f0e_4d2a1c8f93217--
'''),
    ('ro', 'person-clinic-notification-address-withdraws-sms', 'withdraw_consent', (),
'''Return-Path: <notificari@cabinet-drpop.example>
Received: from srv.cabinet-drpop.example (srv.cabinet-drpop.example [198.51.100.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdP2s0Yk3z1Vv1
        for <privacy@shop.example.be>; Tue, 07 Apr 2026 13:15:50 +0200 (CEST)
From: =?utf-8?q?Notific=C4=83ri_Cabinet_Dr=2E_Pop?= <notificari@cabinet-drpop.example>
To: privacy@shop.example.be
Subject: SMS parcare
Date: Tue, 07 Apr 2026 13:15:47 +0200
Message-ID: <20260407111547.5e1d@srv.cabinet-drpop.example>
X-Mailer: DentalPlan Notificari 2.4
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bună ziua,

vă scriu de pe adresa cabinetului, nu am alta la îndemână. Vă rog să nu-mi mai
trimiteți SMS-uri promoționale de fiecare dată când intru în parcarea
magazinului din Uccle. Îmi retrag acordul pe care l-am dat în aplicație pentru
oferte prin SMS și pentru localizare. Numărul meu: 0476 28 93 10.

Dr. Lavinia Pop

--
Acest mesaj a fost generat de sistemul de programări al Cabinetului Dr. Pop.
Vă rugăm să nu răspundeți la acest mesaj. Pentru reprogramări sunați la
02 344 18 70. Conținutul acestui e-mail este confidențial și destinat
exclusiv destinatarului.
'''),
    ('el', 'thunderbird-vacation-reply-el', 'automated', (),
'''Return-Path: <e.markou@otenet.gr>
Received: from mx.otenet.gr (mx.otenet.gr [192.0.2.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdQ5t2Zm6z4Ww2
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 17:40:33 +0200 (CEST)
Message-ID: <5c1e9a0f-3b7d-4e21-8f6a-2d9b0c4e7a15@otenet.gr>
Date: Fri, 17 Apr 2026 18:40:30 +0300
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?utf-8?b?zpXPhc6xzrPOs861zrvOr86xIM6czqzPgc66zr/PhQ==?= <e.markou@otenet.gr>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpXOus+Ez4zPgiDOs8+BzrHPhs61zq/Ov8+FIOKAkyBSZTogzqTOvyA=?=
 =?utf-8?b?zrHOr8+EzrfOvM6sIM+DzrHPgiDOs865zrEgz4TOuc+CIM61zrnOus+Mzr3Otc+C?=
 =?utf-8?b?IM+EzrfPgiDOus6szrzOtc+BzrHPgg==?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Καλησπέρα σας,

Λείπω σε άδεια έως τις 30 Απριλίου χωρίς πρόσβαση στο ηλεκτρονικό 
ταχυδρομείο. Για το θέμα της ζημιάς στο αυτοκίνητο και των εικόνων από 
το πάρκινγκ θα απαντήσω μόλις επιστρέψω.

Ευαγγελία Μάρκου
'''),
    ('el', 'sendmail-bounce-user-unknown-el', 'automated', (),
'''Return-Path: <>
Received: from mail.kontos-metafores.example (mail.kontos-metafores.example [203.0.113.57])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdR8v4An9z7Xx3
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 11:00:12 +0200 (CEST)
Received: from localhost (localhost)
	by mail.kontos-metafores.example (8.17.1/8.17.1) id 63H8xK9q018812;
	Fri, 17 Apr 2026 12:00:11 +0300
Date: Fri, 17 Apr 2026 12:00:11 +0300
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.kontos-metafores.example>
Message-Id: <202604170900.63H8xK9q018812@mail.kontos-metafores.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="63H8xK9q018812.1776416411/mail.kontos-metafores.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--63H8xK9q018812.1776416411/mail.kontos-metafores.example

The original message was received at Fri, 17 Apr 2026 11:59:58 +0300
from mx-out1.shop.example.be [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<g.nikolaou@kontos-metafores.example>
    (reason: 550 5.1.1 <g.nikolaou@kontos-metafores.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to local:
>>> DATA
<<< 550 5.1.1 <g.nikolaou@kontos-metafores.example>... User unknown
550 5.1.1 <g.nikolaou@kontos-metafores.example>... User unknown

--63H8xK9q018812.1776416411/mail.kontos-metafores.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kontos-metafores.example
Received-From-MTA: DNS; mx-out1.shop.example.be
Arrival-Date: Fri, 17 Apr 2026 11:59:58 +0300

Final-Recipient: RFC822; g.nikolaou@kontos-metafores.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; local
Diagnostic-Code: SMTP; 550 5.1.1 <g.nikolaou@kontos-metafores.example>... User unknown
Last-Attempt-Date: Fri, 17 Apr 2026 12:00:11 +0300

--63H8xK9q018812.1776416411/mail.kontos-metafores.example
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be (mx-out1.shop.example.be [192.0.2.25])
	by mail.kontos-metafores.example (8.17.1/8.17.1) with ESMTPS id 63H8xK9q018810
	for <g.nikolaou@kontos-metafores.example>; Fri, 17 Apr 2026 11:59:58 +0300
From: Shop Example - Privacy <privacy@shop.example.be>
To: g.nikolaou@kontos-metafores.example
Subject: =?utf-8?b?zpcgzrHOvc+Ezq/Pgc+BzrfPg86uIM+DzrHPgiDigJMgzrXOuc66z4w=?=
 =?utf-8?b?zr3Otc+CIGRhc2hjYW0gKFBSVi0yNi0wNDM2Nik=?=
Date: Fri, 17 Apr 2026 10:59:55 +0200
Message-ID: <PRV-26-04366.r1@crm.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CE=AD =CE=BA=CF=8D=CF=81=CE=B9=CE=B5 =
=CE=9D=CE=B9=CE=BA=CE=BF=CE=BB=CE=AC=CE=BF=CF=85,

=CE=BB=CE=AC=CE=B2=CE=B1=CE=BC=CE=B5 =CF=84=CE=B7=CE=BD =CE=B1=CE=BD=CF=84=
=CE=AF=CF=81=CF=81=CE=B7=CF=83=CE=AE =CF=83=CE=B1=CF=82 =CF=83=CF=87=CE=B5=
=CF=84=CE=B9=CE=BA=CE=AC =CE=BC=CE=B5 =CF=84=CE=B7 =CF=87=CF=81=CE=AE=CF=83=
=CE=B7 =CE=B5=CE=B9=CE=BA=CF=8C=CE=BD=CF=89=CE=BD =CE=B1=CF=80=CF=8C =CF=84=
=CE=B9=CF=82 =CE=BA=CE=AC=CE=BC=CE=B5=CF=81=CE=B5=CF=82
=CF=84=CE=B1=CE=BC=CF=80=CE=BB=CF=8C =CF=84=CF=89=CE=BD =CE=BF=CF=87=CE=B7=
=CE=BC=CE=AC=CF=84=CF=89=CE=BD =CE=B4=CE=B9=CE=B1=CE=BD=CE=BF=CE=BC=CE=AE=
=CF=82 =CE=BC=CE=B1=CF=82. =CE=9C=CE=AD=CF=87=CF=81=CE=B9 =CE=BD=CE=B1 =CE=
=BF=CE=BB=CE=BF=CE=BA=CE=BB=CE=B7=CF=81=CF=89=CE=B8=CE=B5=CE=AF =CE=B7 =CE=
=B5=CE=BE=CE=AD=CF=84=CE=B1=CF=83=CE=B7, =CE=BF=CE=B9
=CE=B5=CE=B9=CE=BA=CF=8C=CE=BD=CE=B5=CF=82 =CE=B1=CF=80=CF=8C =CF=84=CE=B7 =
=CE=B4=CE=B9=CE=B1=CE=B4=CF=81=CE=BF=CE=BC=CE=AE =CF=84=CE=B7=CF=82 =CE=BF=
=CE=B4=CE=BF=CF=8D =CF=83=CE=B1=CF=82 =CE=B4=CE=B5=CE=BD =CE=B8=CE=B1 =CE=
=B4=CE=B9=CE=B1=CE=B2=CE=B9=CE=B2=CE=AC=CE=B6=CE=BF=CE=BD=CF=84=CE=B1=CE=B9=
 =CF=83=CF=84=CE=BF=CE=BD =CE=B5=CE=BE=CF=89=CF=84=CE=B5=CF=81=CE=B9=CE=BA=
=CF=8C
=CF=80=CE=AC=CF=81=CE=BF=CF=87=CE=BF. =CE=98=CE=B1 =CE=BB=CE=AC=CE=B2=CE=B5=
=CF=84=CE=B5 =CF=84=CE=B7=CE=BD =CF=84=CE=B5=CE=BB=CE=B9=CE=BA=CE=AE =CE=BC=
=CE=B1=CF=82 =CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7 =CE=B5=CE=BD=
=CF=84=CF=8C=CF=82 =CE=B5=CE=BD=CF=8C=CF=82 =CE=BC=CE=B7=CE=BD=CF=8C=CF=82.

=CE=9C=CE=B5 =CE=B5=CE=BA=CF=84=CE=AF=CE=BC=CE=B7=CF=83=CE=B7,
=CE=9F=CE=BC=CE=AC=CE=B4=CE=B1 =CE=A0=CF=81=CE=BF=CF=83=CF=84=CE=B1=CF=83=
=CE=AF=CE=B1=CF=82 =CE=94=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD, =
Shop Example
--63H8xK9q018812.1776416411/mail.kontos-metafores.example--
'''),
    ('el', 'insurer-claim-portal-documents-received-el', 'automated', (),
'''Return-Path: <noreply@claims.aigis-asfalistiki.example>
Received: from smtp-out.aigis-asfalistiki.example (smtp-out.aigis-asfalistiki.example [198.51.100.240])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdS3x6Bp2z1Yy4
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 15:22:08 +0200 (CEST)
From: =?utf-8?b?zpHOuc6zzq/PgiDOkc+Dz4bOsc67zrnPg8+EzrnOus6u?= -
 =?utf-8?b?zpbOt868zrnOrc+CIM6fz4fOt868zqzPhM+Jzr0=?= <noreply@claims.aigis-asfalistiki.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpXPgM65zrLOtc6yzrHOr8+Jz4POtyDPgM6xz4HOsc67zrHOss6uz4Ig?=
 =?utf-8?b?zrXOs86zz4HOrM+Gz4nOvSDigJMgzqbOrM66zrXOu86/z4IgzrbOt868zrnOrM+C?=
 =?utf-8?b?IM6RzpYtMjAyNi0wMTg0NTI=?=
Date: Tue, 14 Apr 2026 16:22:05 +0300
Message-ID: <claims.AZ-2026-018452.docs.1776172925@aigis-asfalistiki.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: ClaimsPortal/3.8 (notifier)
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_=_aigis_018452_=_"

--_=_aigis_018452_=_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CE=AD =CF=83=CF=85=CE=BD=CE=B5=CF=81=
=CE=B3=CE=AC=CF=84=CE=B7,

=CE=9B=CE=AC=CE=B2=CE=B1=CE=BC=CE=B5 =CF=84=CE=B1 =CF=80=CE=B1=CF=81=CE=B1=
=CE=BA=CE=AC=CF=84=CF=89 =CE=AD=CE=B3=CE=B3=CF=81=CE=B1=CF=86=CE=B1 =CE=B3=
=CE=B9=CE=B1 =CF=84=CE=BF=CE=BD =CF=86=CE=AC=CE=BA=CE=B5=CE=BB=CE=BF =CE=B6=
=CE=B7=CE=BC=CE=B9=CE=AC=CF=82 =CE=91=CE=96-2026-018452
(=CF=8C=CF=87=CE=B7=CE=BC=CE=B1 1-HLS-702, =CF=83=CF=85=CE=BC=CE=B2=CE=AC=
=CE=BD 25/03/2026, Namur, =CE=92=CE=AD=CE=BB=CE=B3=CE=B9=CE=BF):

  1. cctv_exit_namur_20260325_1800-1820.mp4 (47,9 MB)
  2. =CE=A3=CF=85=CE=BD=CE=BF=CE=B4=CE=B5=CF=85=CF=84=CE=B9=CE=BA=CE=AE =CE=
=B5=CF=80=CE=B9=CF=83=CF=84=CE=BF=CE=BB=CE=AE Shop Example (PDF, 112 KB)

=CE=9F =CF=83=CF=8D=CE=BD=CE=B4=CE=B5=CF=83=CE=BC=CE=BF=CF=82 =CE=BC=CE=B5=
=CF=84=CE=B1=CF=86=CF=8C=CF=81=CF=84=CF=89=CF=83=CE=B7=CF=82 =CE=AD=CF=87=
=CE=B5=CE=B9 =CF=80=CE=BB=CE=AD=CE=BF=CE=BD =CE=B1=CF=80=CE=B5=CE=BD=CE=B5=
=CF=81=CE=B3=CE=BF=CF=80=CE=BF=CE=B9=CE=B7=CE=B8=CE=B5=CE=AF.

=CE=A4=CE=B1 =CF=80=CF=81=CE=BF=CF=83=CF=89=CF=80=CE=B9=CE=BA=CE=AC =CE=B4=
=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CE=B1 =CF=80=CE=BF=CF=85 =CF=80=CE=B5=
=CF=81=CE=B9=CE=AD=CF=87=CE=BF=CE=BD=CF=84=CE=B1=CE=B9 =CF=83=CF=84=CE=BF =
=CF=85=CE=BB=CE=B9=CE=BA=CF=8C (=CE=B5=CE=B9=CE=BA=CF=8C=CE=BD=CE=B5=CF=82 =
=CF=80=CF=81=CE=BF=CF=83=CF=8E=CF=80=CF=89=CE=BD,
=CE=B1=CF=81=CE=B9=CE=B8=CE=BC=CE=BF=CE=AF =CE=BA=CF=85=CE=BA=CE=BB=CE=BF=
=CF=86=CE=BF=CF=81=CE=AF=CE=B1=CF=82) =CE=B8=CE=B1 =CF=87=CF=81=CE=B7=CF=83=
=CE=B9=CE=BC=CE=BF=CF=80=CE=BF=CE=B9=CE=B7=CE=B8=CE=BF=CF=8D=CE=BD =CE=B1=
=CF=80=CE=BF=CE=BA=CE=BB=CE=B5=CE=B9=CF=83=CF=84=CE=B9=CE=BA=CE=AC =CE=B3=
=CE=B9=CE=B1 =CF=84=CE=B7 =CE=B4=CE=B9=CE=B1=CF=87=CE=B5=CE=AF=CF=81=CE=B9=
=CF=83=CE=B7
=CF=84=CE=B7=CF=82 =CE=B6=CE=B7=CE=BC=CE=B9=CE=AC=CF=82 =CE=BA=CE=B1=CE=B9 =
=CE=B8=CE=B1 =CE=B4=CE=B9=CE=B1=CF=84=CE=B7=CF=81=CE=B7=CE=B8=CE=BF=CF=8D=
=CE=BD =CE=AD=CF=89=CF=82 5 =CE=AD=CF=84=CE=B7 =CE=BC=CE=B5=CF=84=CE=AC =CF=
=84=CE=BF =CE=BA=CE=BB=CE=B5=CE=AF=CF=83=CE=B9=CE=BC=CE=BF =CF=84=CE=BF=CF=
=85 =CF=86=CE=B1=CE=BA=CE=AD=CE=BB=CE=BF=CF=85,
=CF=83=CF=8D=CE=BC=CF=86=CF=89=CE=BD=CE=B1 =CE=BC=CE=B5 =CF=84=CE=BF=CE=BD =
=CE=93=CE=9A=CE=A0=CE=94. =CE=93=CE=B9=CE=B1 =CF=80=CF=81=CF=8C=CF=83=CE=B2=
=CE=B1=CF=83=CE=B7, =CE=B4=CE=B9=CF=8C=CF=81=CE=B8=CF=89=CF=83=CE=B7 =CE=AE=
 =CE=B4=CE=B9=CE=B1=CE=B3=CF=81=CE=B1=CF=86=CE=AE =CE=B4=CE=B5=CE=B4=CE=BF=
=CE=BC=CE=AD=CE=BD=CF=89=CE=BD:
dpo@aigis-asfalistiki.example.

=CE=91=CF=85=CF=84=CF=8C =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1 =
=CE=B4=CE=B7=CE=BC=CE=B9=CE=BF=CF=85=CF=81=CE=B3=CE=AE=CE=B8=CE=B7=CE=BA=CE=
=B5 =CE=B1=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=B1. =CE=A0=CE=B1=CF=81=CE=
=B1=CE=BA=CE=B1=CE=BB=CE=BF=CF=8D=CE=BC=CE=B5 =CE=BC=CE=B7=CE=BD =CE=B1=CF=
=80=CE=B1=CE=BD=CF=84=CE=AC=CF=84=CE=B5.

=CE=91=CE=B9=CE=B3=CE=AF=CF=82 =CE=91=CF=83=CF=86=CE=B1=CE=BB=CE=B9=CF=83=
=CF=84=CE=B9=CE=BA=CE=AE =CE=91.=CE=95. =E2=80=93 =CE=94=CE=B9=CE=B5=CF=8D=
=CE=B8=CF=85=CE=BD=CF=83=CE=B7 =CE=96=CE=B7=CE=BC=CE=B9=CF=8E=CE=BD =CE=9F=
=CF=87=CE=B7=CE=BC=CE=AC=CF=84=CF=89=CE=BD
--_=_aigis_018452_=_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OlRhaG9tYSxBcmlhbCxzYW5zLXNlcmlmO2Zv
bnQtc2l6ZToxM3B4O2NvbG9yOiMyMDMwNDAiPgo8ZGl2IHN0eWxlPSJiYWNrZ3JvdW5kOiMxZjNi
NjM7Y29sb3I6I2ZmZjtwYWRkaW5nOjEwcHggMTZweDtmb250LXNpemU6MTZweCI+zpHOuc6zzq/P
giDOkc+Dz4bOsc67zrnPg8+EzrnOus6uICZuZGFzaDsgzpbOt868zrnOrc+CIM6fz4fOt868zqzP
hM+Jzr08L2Rpdj4KPGRpdiBzdHlsZT0icGFkZGluZzoxNnB4Ij4KPHA+zpHOs86xz4DOt8+Ezq0g
z4PPhc69zrXPgc6zzqzPhM63LDwvcD4KPHA+zpvOrM6yzrHOvM61IDxiPjIgzq3Os86zz4HOsc+G
zrE8L2I+IM6zzrnOsSDPhM6/zr0gz4bOrM66zrXOu86/IM62zrfOvM65zqzPgiA8Yj7Okc6WLTIw
MjYtMDE4NDUyPC9iPiAoz4zPh863zrzOsSAxLUhMUy03MDIsIM+Dz4XOvM6yzqzOvSAyNS8wMy8y
MDI2LCBOYW11cikuPC9wPgo8b2w+PGxpPmNjdHZfZXhpdF9uYW11cl8yMDI2MDMyNV8xODAwLTE4
MjAubXA0ICg0Nyw5IE1CKTwvbGk+PGxpPs6jz4XOvc6/zrTOtc+Fz4TOuc66zq4gzrXPgM65z4PP
hM6/zrvOriBTaG9wIEV4YW1wbGUgKFBERik8L2xpPjwvb2w+CjxwIHN0eWxlPSJmb250LXNpemU6
MTFweDtjb2xvcjojNjY3Ij7OpM6xIM+Az4HOv8+Dz4nPgM65zrrOrCDOtM61zrTOv868zq3Ovc6x
IM+Ezr/PhSDPhc67zrnOus6/z40gz4fPgc63z4POuc68zr/PgM6/zrnOv8+Nzr3PhM6xzrkgzrHP
gM6/zrrOu861zrnPg8+EzrnOus6sIM6zzrnOsSDPhM63IM60zrnOsc+HzrXOr8+BzrnPg863IM+E
zrfPgiDOts63zrzOuc6sz4IgKM6TzprOoM6UKS4gzqDPgc+Mz4POss6xz4POtywgzrTOuc+Mz4HO
uM+Jz4POtywgzrTOuc6xzrPPgc6xz4bOrjogZHBvQGFpZ2lzLWFzZmFsaXN0aWtpLmV4YW1wbGU8
L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xvcjojNjY3Ij7Okc+Fz4TPjCDPhM6/IM68
zq7Ovc+FzrzOsSDOtM63zrzOuc6/z4XPgc6zzq7OuM63zrrOtSDOsc+Fz4TPjM68zrHPhM6xLjwv
cD4KPC9kaXY+PC9ib2R5PjwvaHRtbD4=
--_=_aigis_018452_=_--
'''),
    ('el', 'person-replies-to-charging-receipt-wants-csv', 'portability', (),
'''Return-Path: <antigoni.lamprakis@yahoo.com>
Received: from sonic310-21.consmr.mail.ir2.yahoo.com (sonic310-21.consmr.mail.ir2.yahoo.com [77.238.177.147])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdT6z8Cq5z4Zz5
        for <privacy@shop.example.be>; Thu, 09 Apr 2026 21:03:44 +0200 (CEST)
Date: Thu, 9 Apr 2026 19:03:40 +0000 (UTC)
From: =?utf-8?b?zpHOvc+EzrnOs8+Mzr3OtyDOm86xzrzPgM+BzqzOus63?= <antigoni.lamprakis@yahoo.com>
To: Electra Loop <noreply@electraloop.example>
Cc: privacy@shop.example.be
Message-ID: <1820347716.2210584.1776193420117@mail.yahoo.com>
In-Reply-To: <rcpt.EL-BE-WAV-0409-80311@electraloop.example>
References: <rcpt.EL-BE-WAV-0409-80311@electraloop.example>
Subject: Re: Your charging receipt - 09/04/2026
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.25117 YMailAndroid

=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1,

=CE=BA=CE=AC=CE=B8=CE=B5 =CF=86=CE=BF=CF=81=CE=AC =CE=BC=CE=BF=CF=8D =CF=83=
=CF=84=CE=AD=CE=BB=CE=BD=CE=B5=CF=84=CE=B5 =CF=84=CE=B7=CE=BD =CE=B1=CF=80=
=CF=8C=CE=B4=CE=B5=CE=B9=CE=BE=CE=B7 =CE=BE=CE=B5=CF=87=CF=89=CF=81=CE=B9=
=CF=83=CF=84=CE=AC. =CE=98=CE=B1 =CE=AE=CE=B8=CE=B5=CE=BB=CE=B1 =CF=8C=CE=
=BB=CE=B5=CF=82 =CF=84=CE=B9=CF=82 =CF=86=CE=BF=CF=81=CF=84=CE=AF=CF=83=CE=
=B5=CE=B9=CF=82 =CE=BC=CE=BF=CF=85 =CE=B1=CF=80=CF=8C =CF=84=CE=BF=CE=BD =
=CE=A3=CE=B5=CF=80=CF=84=CE=AD=CE=BC=CE=B2=CF=81=CE=B9=CE=BF =CF=83=CE=B5 =
=CE=AD=CE=BD=CE=B1 =CE=B1=CF=81=CF=87=CE=B5=CE=AF=CE=BF Excel =CE=AE CSV, =
=CE=B3=CE=B9=CE=B1 =CE=BD=CE=B1 =CF=84=CE=B9=CF=82 =CF=80=CE=B5=CF=81=CE=AC=
=CF=83=CF=89 =CF=83=CF=84=CE=BF =CF=80=CF=81=CF=8C=CE=B3=CF=81=CE=B1=CE=BC=
=CE=BC=CE=B1 =CE=B5=CE=BE=CF=8C=CE=B4=CF=89=CE=BD =CF=84=CE=B7=CF=82 =CE=B4=
=CE=BF=CF=85=CE=BB=CE=B5=CE=B9=CE=AC=CF=82 =CE=BC=CE=BF=CF=85. =CE=97=CE=BC=
=CE=B5=CF=81=CE=BF=CE=BC=CE=B7=CE=BD=CE=AF=CE=B1, kWh, =CE=BA=CF=8C=CF=83=
=CF=84=CE=BF=CF=82 =CE=BA=CE=B1=CE=B9 =CF=83=CF=84=CE=B1=CE=B8=CE=BC=CF=8C=
=CF=82 =CE=B1=CF=81=CE=BA=CE=BF=CF=8D=CE=BD.

=CE=95=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CF=8E,
=CE=91=CE=BD=CF=84=CE=B9=CE=B3=CF=8C=CE=BD=CE=B7

=CE=A3=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=B5 =CE=B1=CF=80=CF=8C =CF=84=
=CE=BF Yahoo Mail =CF=83=CE=B5 Android

  =CE=A3=CF=84=CE=B9=CF=82 =CE=A0=CE=AD=CE=BC, 9 =CE=91=CF=80=CF=81 2026 =
=CF=83=CF=84=CE=B9=CF=82 20:14, =CE=BF =CF=87=CF=81=CE=AE=CF=83=CF=84=CE=B7=
=CF=82 Electra Loop<noreply@electraloop.example> =CE=AD=CE=B3=CF=81=CE=B1=
=CF=88=CE=B5:

> Your charging receipt
>
> Session: EL-BE-WAV-0409-80311
> Location: Shop Example Wavre - charger WAV-03
> 09/04/2026 18:31 - 19:58
> Energy: 22.7 kWh
> Total: EUR 12.49 (Visa **** 0615)
>
> This is an automatic message, replies are not read.
> Privacy: https://electraloop.example/privacy
'''),
    ('bg', 'gmail-forwarding-bounce-address-not-found-bg', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with SMTPS id 4KdU1b0Dr8z7Ab6
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 10:18:57 +0200 (CEST)
Received: by 2002:a05:6a10:9e21:b0:5c8:1f4e:77a0 with SMTP id ab33csp41877pxb;
        Mon, 13 Apr 2026 01:18:56 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <PRV-26-03902.r1@crm.shop.example.be>
In-Reply-To: <PRV-26-03902.r1@crm.shop.example.be>
X-Failed-Recipients: s.georgiev@agro-pd.example
Message-ID: <66d1a4f0.170a0220.3c9e1.4b2fSMTPIN_ADDED_MISSING@mx.google.com>
Date: Mon, 13 Apr 2026 01:18:56 -0700 (PDT)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="0000000000004d7e210649f0a8c3"; report-type=delivery-status

--0000000000004d7e210649f0a8c3
Content-Type: multipart/alternative; boundary="0000000000004d7e2a0649f0a8c9"

--0000000000004d7e2a0649f0a8c9
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to s.georgiev@agro-pd.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 <s.georgiev@agro-pd.example>: Recipient address rejected: User unknown in virtual mailbox table

--0000000000004d7e2a0649f0a8c9
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
<p style="font-size:24px;">Address not found</p>
<p>Your message wasn't delivered to <a style="color:#212121;text-decoration:none;"><b>s.georgiev@agro-pd.example</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p>The response from the remote server was:</p>
<p style="font-family:monospace">550 5.1.1 &lt;s.georgiev@agro-pd.example&gt;: Recipient address rejected: User unknown in virtual mailbox table</p>
</td></tr>
</tbody></table>
</body>
</html>

--0000000000004d7e2a0649f0a8c9--

--0000000000004d7e210649f0a8c3
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 13 Apr 2026 01:18:54 -0700 (PDT)
X-Original-Message-ID: <PRV-26-03902.r1@crm.shop.example.be>

Final-Recipient: rfc822; s.georgiev@agro-pd.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.agro-pd.example. (203.0.113.12, the server for the domain agro-pd.example.)
Diagnostic-Code: smtp; 550 5.1.1 <s.georgiev@agro-pd.example>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Mon, 13 Apr 2026 01:18:56 -0700 (PDT)

--0000000000004d7e210649f0a8c3
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be (mx-out1.shop.example.be. [192.0.2.25])
        by mx.google.com with ESMTPS id 5b1f17b1804b1-43f2a8c1e07si3341185e9.512.2026.04.13.01.18.54
        for <stoyan.georgiev.pd@gmail.com>;
        Mon, 13 Apr 2026 01:18:54 -0700 (PDT)
From: Shop Example - Privacy <privacy@shop.example.be>
To: stoyan.georgiev.pd@gmail.com
Subject: =?utf-8?b?UmU6INCe0YLQutGK0LTQtSDQuNC80LDRgtC1INCw0LTRgNC10YHQsCA=?=
 =?utf-8?b?0LzQuD8=?=
Date: Mon, 13 Apr 2026 10:18:50 +0200
Message-ID: <PRV-26-03902.r1@crm.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

0KPQstCw0LbQsNC10LzQuCDQsy3QvSDQk9C10L7RgNCz0LjQtdCyLAoK0LHQu9Cw0LPQvtC00LDR
gNC40Lwg0JLQuCDQt9CwINC/0LjRgdC80L7RgtC+LiDQkNC00YDQtdGB0YrRgiDQktC4INC1INC/
0L7Qu9GD0YfQtdC9INC+0YIgUGFya1dpc2UgQmVsZ2l1bSDRh9GA0LXQtwrQtNC+0YHRgtCw0LLR
h9C40Log0L3QsCDRg9GB0LvRg9Cz0Lgg0LfQsCDQuNC00LXQvdGC0LjRhNC40LrQsNGG0LjRjyDQ
vdCwINC/0YDQtdCy0L7Qt9C90Lgg0YHRgNC10LTRgdGC0LLQsCwg0LrQvtC50YLQviDQs9C+INC1
INC40LfQuNGB0LrQsNC7CtC+0YIg0LHRitC70LPQsNGA0YHQutC40Y8g0YDQtdCz0LjRgdGC0YrR
gCDQvdCwINCc0J/QoS4gU2hvcCBFeGFtcGxlINC90LUg0LUg0L/RgNC10LTQvtGB0YLQsNCy0Y/Q
uyDQktCw0YjQuCDQtNCw0L3QvdC4LgrQkiDQv9GA0LjQu9C+0LbQtdC90LjQtSDRidC1INC90LDQ
vNC10YDQuNGC0LUg0LrQvtC/0LjQtSDQvtGCINC00LDQvdC90LjRgtC1LCDRgSDQutC+0LjRgtC+
INGA0LDQt9C/0L7Qu9Cw0LPQsNC80LUg0L3QuNC1INC4IFBhcmtXaXNlLgoK0KEg0YPQstCw0LbQ
tdC90LjQtSwK0JXQutC40L8g0L/QviDQt9Cw0YnQuNGC0LAg0L3QsCDQu9C40YfQvdC40YLQtSDQ
tNCw0L3QvdC4LCBTaG9wIEV4YW1wbGU=
--0000000000004d7e210649f0a8c3--
'''),
    ('bg', 'abv-autoreply-vacation-bg', 'automated', (),
'''Return-Path: <radka_st@abv.bg>
Received: from mx.abv.bg (mx.abv.bg [192.0.2.174])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KdV4c2Es1z2Bc7
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 15:09:03 +0200 (CEST)
Date: Wed, 15 Apr 2026 16:09:01 +0300 (EEST)
From: =?utf-8?b?0KDQsNC00LrQsCDQodGC0LXRhNCw0L3QvtCy0LA=?= <radka_st@abv.bg>
To: privacy@shop.example.be
Message-ID: <1577204839.118204.1776258541227@nm82.abv.bg>
Subject: =?utf-8?b?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDog0Jg=?=
 =?utf-8?b?0LfRgtGA0LjQstCw0L3QtSDQvdCwINCw0LrQsNGD0L3RgtCwINC30LAg0LfQsNGA?=
 =?utf-8?b?0LXQttC00LDQvdC1?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте!

В момента съм в отпуск до 22.04. Ще отговоря след завръщането си.

Поздрави,
Радка
'''),
    ('bg', 'bike-rental-platform-weekly-store-report-bg', 'automated', (),
'''Return-Path: <bounces@partners.cargoo.example>
Received: from mta-eu1.partners.cargoo.example (mta-eu1.partners.cargoo.example [203.0.113.96])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdW7d4Ft4z5Cd8
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 07:00:22 +0200 (CEST)
From: Cargoo for Partners <partners@cargoo.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?0KHQtdC00LzQuNGH0LXQvSDQvtGC0YfQtdGCINC30LAg0L3QsNC10Lw=?=
 =?utf-8?b?0LjRgtC1IOKAkyBTaG9wIEV4YW1wbGUgR2VudCAoMTPigJMxOSDQsNC/0YDQuNC7?=
 =?utf-8?b?KQ==?=
Date: Mon, 20 Apr 2026 05:00:19 +0000
Message-ID: <weekly.BE-GNT-01.2026w16.91d3@partners.cargoo.example>
List-Unsubscribe: <https://partners.cargoo.example/notifications/unsubscribe?s=BE-GNT-01&t=weekly>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Auto-Submitted: auto-generated
X-Mailer: Cargoo Notify (sendgrid)
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="cargoo-weekly-91d3"

--cargoo-weekly-91d3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Cargoo – седмичен отчет за партньорски обект
Обект: Shop Example Gent (BE-GNT-01)
Период: 13.04.2026 – 19.04.2026
Език на акаунта: български (сменете в Настройки > Език)

НАЕМИ
Наеми общо:                         38 (карго: 29, градски велосипеди: 9)
Нови клиенти:                       11
Средна продължителност:             3 ч 12 мин
Закъснели връщания:                 2

ПРОВЕРКА НА САМОЛИЧНОСТ И ЛИЧНИ ДАННИ
Проверки на документ за самоличност: 11
Изображения на документи, изтрити автоматично (30 дни след връщане): 27
Искания за изтриване на данни от клиенти: 2 (обработени)
Искания за достъп до данни: 0

ЩЕТИ И ПОДДРЪЖКА
Докладвани щети:                    1 (CG-112, счупен калник)
Велосипеди в сервиз:                2

Настройки на известията: https://partners.cargoo.example/settings
Това съобщение е изпратено автоматично. Моля, не отговаряйте.

--cargoo-weekly-91d3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHg7Y29sb3I6IzIyMiI+CjxoMiBzdHlsZT0iY29sb3I6I2ZmNmExMyI+Q2FyZ29vICZuZGFz
aDsg0YHQtdC00LzQuNGH0LXQvSDQvtGC0YfQtdGCPC9oMj4KPHA+U2hvcCBFeGFtcGxlIEdlbnQg
KEJFLUdOVC0wMSkgJm1pZGRvdDsgMTMuMDQuMjAyNiAmbmRhc2g7IDE5LjA0LjIwMjY8L3A+Cjx0
YWJsZSBjZWxscGFkZGluZz0iNCIgc3R5bGU9ImJvcmRlci1jb2xsYXBzZTpjb2xsYXBzZSI+Cjx0
cj48dGQ+0J3QsNC10LzQuCDQvtCx0YnQvjwvdGQ+PHRkPjxiPjM4PC9iPjwvdGQ+PC90cj4KPHRy
Pjx0ZD7QndC+0LLQuCDQutC70LjQtdC90YLQuDwvdGQ+PHRkPjExPC90ZD48L3RyPgo8dHI+PHRk
PtCY0LfRgtGA0LjRgtC4INC40LfQvtCx0YDQsNC20LXQvdC40Y8g0L3QsCDQtNC+0LrRg9C80LXQ
vdGC0Lg8L3RkPjx0ZD4yNzwvdGQ+PC90cj4KPHRyPjx0ZD7QmNGB0LrQsNC90LjRjyDQt9CwINC4
0LfRgtGA0LjQstCw0L3QtSDQvdCwINC00LDQvdC90Lg8L3RkPjx0ZD4yICjQvtCx0YDQsNCx0L7R
gtC10L3QuCk8L3RkPjwvdHI+Cjx0cj48dGQ+0JTQvtC60LvQsNC00LLQsNC90Lgg0YnQtdGC0Lg8
L3RkPjx0ZD4xPC90ZD48L3RyPgo8L3RhYmxlPgo8cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29s
b3I6Izg4OCI+PGEgaHJlZj0iaHR0cHM6Ly9wYXJ0bmVycy5jYXJnb28uZXhhbXBsZS9ub3RpZmlj
YXRpb25zL3Vuc3Vic2NyaWJlP3M9QkUtR05ULTAxJmFtcDt0PXdlZWtseSI+0J7RgtC/0LjRgdCy
0LDQvdC1INC+0YIg0YHQtdC00LzQuNGH0L3QuNGPINC+0YLRh9C10YI8L2E+PC9wPgo8L2JvZHk+
PC9odG1sPg==
--cargoo-weekly-91d3--
'''),
    ('bg', 'ev-emsp-roaming-session-dispute-notice-bg', 'automated', (),
'''Return-Path: <roaming-noreply@elmobil.example>
Received: from mail.elmobil.example (mail.elmobil.example [198.51.100.205])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdX0e6Gv7z8De9
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 08:30:47 +0200 (CEST)
From: =?utf-8?b?0JXQu9Cc0L7QsdC40Lsg0KDQvtGD0LzQuNC90LM=?= <roaming-noreply@elmobil.example>
To: privacy@shop.example.be
Cc: roaming@electraloop.example
Subject: =?utf-8?b?0J7RgdC/0L7RgNC10L3QsCDRgdC10YHQuNGPIFNSLTIwMjYtMDA3MzEg?=
 =?utf-8?b?4oCTIEVWU0UgQkUqRUxPKkUwMjE3KjEgKFNob3AgRXhhbXBsZSBMZXV2ZW4p?=
Date: Thu, 16 Apr 2026 09:30:44 +0300
Message-ID: <sr-2026-00731.notice@roaming.elmobil.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Elmobil-Ticket: SR-2026-00731
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=D0=90=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE =D0=B8=
=D0=B7=D0=B2=D0=B5=D1=81=D1=82=D0=B8=D0=B5 =D0=BA=D1=8A=D0=BC =D0=BE=D0=BF=
=D0=B5=D1=80=D0=B0=D1=82=D0=BE=D1=80=D0=B0 =D0=BD=D0=B0 =D0=B7=D0=B0=D1=80=
=D1=8F=D0=B4=D0=BD=D0=B0=D1=82=D0=B0 =D1=82=D0=BE=D1=87=D0=BA=D0=B0 (CPO)

=D0=9D=D0=BE=D0=BC=D0=B5=D1=80 =D0=BD=D0=B0 =D1=81=D0=BF=D0=BE=D1=80=D0=B0:=
   SR-2026-00731
=D0=97=D0=B0=D1=80=D1=8F=D0=B4=D0=BD=D0=B0 =D1=82=D0=BE=D1=87=D0=BA=D0=B0: =
   BE*ELO*E0217*1, Shop Example Leuven
=D0=A1=D0=B5=D1=81=D0=B8=D1=8F:            05.04.2026 11:02 =E2=80=93 11:06=
 (CDR BE-ELO-7781244)
=D0=95=D0=BD=D0=B5=D1=80=D0=B3=D0=B8=D1=8F =D0=BF=D0=BE CDR:   0,4 kWh
=D0=A2=D0=B0=D0=BA=D1=81=D1=83=D0=B2=D0=B0=D0=BD=D0=BE:        1,00 EUR (=
=D0=BD=D0=B0=D1=87=D0=B0=D0=BB=D0=BD=D0=B0 =D1=82=D0=B0=D0=BA=D1=81=D0=B0)
=D0=9A=D0=BB=D0=B8=D0=B5=D0=BD=D1=82:           eMAID BG-ELM-C00481-3 (=D0=
=BF=D1=81=D0=B5=D0=B2=D0=B4=D0=BE=D0=BD=D0=B8=D0=BC=D0=B8=D0=B7=D0=B8=D1=80=
=D0=B0=D0=BD)

=D0=9D=D0=B0=D1=88=D0=B8=D1=8F=D1=82 =D0=BA=D0=BB=D0=B8=D0=B5=D0=BD=D1=82 =
=D0=BE=D1=81=D0=BF=D0=BE=D1=80=D0=B2=D0=B0 =D1=82=D0=B0=D0=BA=D1=81=D0=B0=
=D1=82=D0=B0, =D1=82=D1=8A=D0=B9 =D0=BA=D0=B0=D1=82=D0=BE =D0=B7=D0=B0=D1=
=80=D0=B5=D0=B6=D0=B4=D0=B0=D0=BD=D0=B5=D1=82=D0=BE =D0=B5 =D0=BF=D1=80=D0=
=B5=D0=BA=D1=8A=D1=81=D0=BD=D0=B0=D0=BB=D0=BE =D1=81=D0=BB=D0=B5=D0=B4
4 =D0=BC=D0=B8=D0=BD=D1=83=D1=82=D0=B8 =D1=81 =D0=B3=D1=80=D0=B5=D1=88=D0=
=BA=D0=B0 =D0=BD=D0=B0 =D1=81=D1=82=D0=B0=D0=BD=D1=86=D0=B8=D1=8F=D1=82=D0=
=B0. =D0=9C=D0=BE=D0=BB=D1=8F, =D0=BF=D1=80=D0=B5=D0=B4=D0=BE=D1=81=D1=82=
=D0=B0=D0=B2=D0=B5=D1=82=D0=B5 =D0=BB=D0=BE=D0=B3 =D0=B4=D0=B0=D0=BD=D0=BD=
=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 =D1=81=D1=82=D0=B0=D0=BD=D1=86=D0=B8=D1=8F=
=D1=82=D0=B0
=D0=B7=D0=B0 =D0=BF=D0=BE=D1=81=D0=BE=D1=87=D0=B5=D0=BD=D0=B8=D1=8F =D0=B8=
=D0=BD=D1=82=D0=B5=D1=80=D0=B2=D0=B0=D0=BB =D1=87=D1=80=D0=B5=D0=B7 OCPI =
=D0=BC=D0=BE=D0=B4=D1=83=D0=BB=D0=B0 "disputes" =D0=B2 =D1=81=D1=80=D0=BE=
=D0=BA =D0=BE=D1=82 10 =D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=BD=D0=B8 =D0=B4=D0=
=BD=D0=B8.

=D0=9B=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8: =D0=BA=D0=BB=
=D0=B8=D0=B5=D0=BD=D1=82=D1=8A=D1=82 =D0=B5 =D0=BF=D0=BE=D0=B8=D1=81=D0=BA=
=D0=B0=D0=BB =D1=81=D0=BB=D0=B5=D0=B4 =D0=BF=D1=80=D0=B8=D0=BA=D0=BB=D1=8E=
=D1=87=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D1=81=D0=BF=D0=BE=D1=80=D0=B0 =
=D0=BB=D0=B8=D1=87=D0=BD=D0=B8=D1=82=D0=B5 =D0=BC=D1=83 =D0=B4=D0=B0=D0=BD=
=D0=BD=D0=B8,
=D1=81=D0=B2=D1=8A=D1=80=D0=B7=D0=B0=D0=BD=D0=B8 =D1=81=D1=8A=D1=81 =D1=81=
=D0=B5=D1=81=D0=B8=D1=8F=D1=82=D0=B0, =D0=B4=D0=B0 =D0=B1=D1=8A=D0=B4=D0=B0=
=D1=82 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D1=82=D0=B8. =D0=9C=D0=BE=D0=BB=D1=8F=
, =D0=BD=D0=B5 =D0=BF=D1=80=D0=B5=D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D1=8F=
=D0=B9=D1=82=D0=B5 =D0=BD=D0=B0 =D1=82=D1=80=D0=B5=D1=82=D0=B8 =D0=BB=D0=B8=
=D1=86=D0=B0
=D0=B4=D0=B0=D0=BD=D0=BD=D0=B8, =D0=BF=D0=BE=D0=B7=D0=B2=D0=BE=D0=BB=D1=8F=
=D0=B2=D0=B0=D1=89=D0=B8 =D0=B8=D0=B4=D0=B5=D0=BD=D1=82=D0=B8=D1=84=D0=B8=
=D1=86=D0=B8=D1=80=D0=B0=D0=BD=D0=B5=D1=82=D0=BE =D0=BC=D1=83, =D0=B8 =D0=
=BD=D0=B5 =D0=B8=D0=B7=D0=BF=D0=BE=D0=BB=D0=B7=D0=B2=D0=B0=D0=B9=D1=82=D0=
=B5 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D0=B7=D0=B0 =D0=B4=D1=80=D1=
=83=D0=B3=D0=B8
=D1=86=D0=B5=D0=BB=D0=B8. =D0=A1=D0=BF=D0=BE=D0=B4=D0=B5=D0=BB=D1=8F=D0=BC=
=D0=B5 =D1=81=D0=B0=D0=BC=D0=BE =D0=BF=D1=81=D0=B5=D0=B2=D0=B4=D0=BE=D0=BD=
=D0=B8=D0=BC=D0=B8=D0=B7=D0=B8=D1=80=D0=B0=D0=BD=D0=B8=D1=8F =D0=B8=D0=B4=
=D0=B5=D0=BD=D1=82=D0=B8=D1=84=D0=B8=D0=BA=D0=B0=D1=82=D0=BE=D1=80, =D1=81=
=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=BD=D0=BE =D0=9E=D0=B1=D1=89=D0=B8=D1=8F =
=D1=80=D0=B5=D0=B3=D0=BB=D0=B0=D0=BC=D0=B5=D0=BD=D1=82
=D0=BE=D1=82=D0=BD=D0=BE=D1=81=D0=BD=D0=BE =D0=B7=D0=B0=D1=89=D0=B8=D1=82=
=D0=B0=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =
(GDPR) =D0=B8 =D1=80=D0=BE=D1=83=D0=BC=D0=B8=D0=BD=D0=B3 =D1=81=D0=BF=D0=BE=
=D1=80=D0=B0=D0=B7=D1=83=D0=BC=D0=B5=D0=BD=D0=B8=D0=B5=D1=82=D0=BE.

=D0=A2=D0=BE=D0=B2=D0=B0 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5 =D0=B5 =D0=B3=D0=B5=D0=BD=D0=B5=D1=80=D0=B8=D1=80=D0=B0=D0=BD=D0=BE =
=D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE. =D0=9E=
=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B8 =D0=BD=D0=B0 =D1=82=D0=BE=D0=B7=
=D0=B8 =D0=B0=D0=B4=D1=80=D0=B5=D1=81 =D0=BD=D0=B5 =D1=81=D0=B5 =D1=87=D0=
=B5=D1=82=D0=B0=D1=82.
=D0=95=D0=BB=D0=9C=D0=BE=D0=B1=D0=B8=D0=BB =D0=95=D0=90=D0=94, =D0=B1=D1=83=
=D0=BB. =E2=80=9E=D0=A6=D0=B0=D1=80=D0=B8=D0=B3=D1=80=D0=B0=D0=B4=D1=81=D0=
=BA=D0=BE =D1=88=D0=BE=D1=81=D0=B5=E2=80=9C 115, 1784 =D0=A1=D0=BE=D1=84=D0=
=B8=D1=8F
'''),
    ('bg', 'person-forwards-third-reminder-complains-wants-erasure', 'complaint', ('deletion',),
'''Return-Path: <veselin.kolev@abv.bg>
Received: from mx.abv.bg (mx.abv.bg [192.0.2.174])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KdY3f8Hw0z1Ef1
        for <privacy@shop.example.be>; Sat, 11 Apr 2026 09:47:15 +0200 (CEST)
Date: Sat, 11 Apr 2026 10:47:12 +0300 (EEST)
From: =?utf-8?b?0JLQtdGB0LXQu9C40L0g0JrQvtC70LXQsg==?= <veselin.kolev@abv.bg>
To: privacy@shop.example.be
Message-ID: <1093387412.50771.1776066432390@nm41.abv.bg>
Subject: Fwd: Avis de paiement / Betalingsbericht PW-2026-146022
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

това ми идва за трети път, а глобата я платих на 30 март (прилагам
извлечение от банката). Освен това в писмото пише, че мога да „получавам
известия по SMS“ на моя номер – никога не съм давал телефона си на ParkWise,
значи някой от вас им го е дал. Недоволен съм от начина, по който се работи
с данните ми. След като плащането бъде потвърдено, искам да бъда изтрит от
системите ви и от тези на ParkWise.

В. Колев

-------- Препратено писмо --------
От: ParkWise Belgium <noreply@notices.parkwise.example>
Дата: 10.04.2026 06:00
Относно: Avis de paiement / Betalingsbericht PW-2026-146022
До: veselin.kolev@abv.bg

AVIS DE PAIEMENT - RAPPEL / BETALINGSBERICHT - HERINNERING
Dossier / Dossier:      PW-2026-146022
Parking:                Shop Example Liège-Rocourt
Plaque / Nummerplaat:   1-VKL-374
Montant / Bedrag:       45,00 EUR + 10,00 EUR frais de rappel
Échéance / Vervaldag:   24/04/2026

Recevez vos avis par SMS au +32 4** ** ** 91 : répondez OUI.
Vos données personnelles sont traitées par ParkWise Belgium NV
(www.parkwise.example/privacy). Ce message est généré automatiquement.
'''),
]

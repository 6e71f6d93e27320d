"""Sixtysixth set, robot mail of trade-in, buy-back and second-hand systems (valuations, erasure certificates and reports, marketplace and rental notices, voucher payments, out-of-office replies, bounces, read receipts), plus people who look automatic (Polish, Czech, Croatian, Swedish, Romanian, Greek, Bulgarian). Written apart from the code."""

ROBOTS = [
    ('pl', 'exchange-ooo-refurb-partner', 'automated', (),
'''Return-Path: <>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2110.outbound.protection.outlook.com [198.51.100.110])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fk2Qw7Xz1z9tLm
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 09:12:51 +0200 (CEST)
Received: from DB9PR07MB8841.eurprd07.prod.outlook.com (2603:10a6:10:2b1::17) by
 DB9PR07MB7730.eurprd07.prod.outlook.com (2603:10a6:10:2a4::9) with Microsoft
 SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8632.25; Tue, 14 Apr 2026 07:12:49 +0000
From: =?utf-8?q?Katarzyna_Wr=C3=B3blewska?= <k.wroblewska@odnowa-serwis.example.pl>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?b?T2Rwb3dpZWTFuiBhdXRvbWF0eWN6bmE6IERhbmUgcG96b3N0YXdpb25l?=
 =?utf-8?b?IG5hIHVyesSFZHplbmlhY2ggeiBwYXJ0aWkgVEktMjAyNi0wMzEx?=
Thread-Topic: =?utf-8?b?RGFuZSBwb3pvc3Rhd2lvbmUgbmEgdXJ6xIVkemVuaWFjaCB6IHBh?=
 =?utf-8?b?cnRpaSBUSS0yMDI2LTAzMTE=?=
Thread-Index: AQHcrVJ4k2m0nQqUTe6yC1fXb8Ha3bWpK7Uv
Date: Tue, 14 Apr 2026 07:12:49 +0000
Message-ID: <88f2c4a1b7d349e2a0c6d51f9e7b3a60@DB9PR07MB8841.eurprd07.prod.outlook.com>
In-Reply-To: <c1d7e09a-5b2f-4e61-9a3e-7f40b2d81c55@shop.example.be>
References: <c1d7e09a-5b2f-4e61-9a3e-7f40b2d81c55@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: k.wroblewska@odnowa-serwis.example.pl
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
Content-Language: pl-PL
Content-Type: multipart/alternative;
	boundary="_000_DB9PR07MB8841C2E5A7F14B0D9E31AB5FDB9PR07MB8841eurp_"
MIME-Version: 1.0

--_000_DB9PR07MB8841C2E5A7F14B0D9E31AB5FDB9PR07MB8841eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Do 24 kwietnia 2026 r. przebywam=
 na urlopie i nie mam dost=C4=99pu do poczty.

W sprawach odbioru partii urz=C4=85dze=C5=84 z programu odkupu (trade-in), =
protoko=C5=82=C3=B3w przyj=C4=99cia oraz raport=C3=B3w z kasowania danych p=
rosz=C4=99 kontaktowa=C4=87 si=C4=99 z Tomaszem Nowickim: t.nowicki@odnowa-=
serwis.example.pl, tel. +48 22 555 01 47.

Wiadomo=C5=9Bci nie s=C4=85 przekazywane dalej.

Z pozdrowieniami
Katarzyna Wr=C3=B3blewska
Koordynatorka ds. partner=C3=B3w handlowych
Odnowa Serwis Sp. z o.o. | ul. Przemys=C5=82owa 14, 05-800 Pruszk=C3=B3w

--_000_DB9PR07MB8841C2E5A7F14B0D9E31AB5FDB9PR07MB8841eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family: Arial, sans-serif; font-size: 14px; color: #222=
222;">
<p>Dzie=C5=84 dobry,</p>
<p>dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Do 24 kwietnia 2026 r. przeby=
wam na urlopie i nie mam dost=C4=99pu do poczty.</p>
<p>W sprawach odbioru partii urz=C4=85dze=C5=84 z programu odkupu (trade-in=
), protoko=C5=82=C3=B3w przyj=C4=99cia oraz raport=C3=B3w z kasowania danyc=
h prosz=C4=99 kontaktowa=C4=87 si=C4=99 z Tomaszem Nowickim: t.nowicki@odno=
wa-serwis.example.pl, tel. +48 22 555 01 47.</p>
<p>Wiadomo=C5=9Bci nie s=C4=85 przekazywane dalej.</p>
<p>Z pozdrowieniami<br>
Katarzyna Wr=C3=B3blewska<br>
Koordynatorka ds. partner=C3=B3w handlowych<br>
Odnowa Serwis Sp. z o.o. | ul. Przemys=C5=82owa 14, 05-800 Pruszk=C3=B3w</p>
</body></html>

--_000_DB9PR07MB8841C2E5A7F14B0D9E31AB5FDB9PR07MB8841eurp_--
'''),
    ('pl', 'erasure-certificate-imei', 'automated', (),
'''Return-Path: <bounces+kp.55731@mailer.kasujpewnie.example.pl>
Received: from mailer.kasujpewnie.example.pl (mailer.kasujpewnie.example.pl [203.0.113.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fn8Rt0cKpz7wQd
        for <privacy@shop.example.be>; Sun, 19 Apr 2026 14:22:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=kasujpewnie.example.pl;
	s=rep2026; t=1776601329; h=from:to:subject:date:message-id:mime-version;
	bh=6pX0tq3lHkM2nR8yV1cZs9aJwE4uQ7oTfB5dGhK0iLs=;
	b=QmF1dGgtY2VydC1zaWduYXR1cmUtZm9yLXRlc3Qtb25seS1ub3QtcmVhbC1rZXktbWF0ZXJpYWwt
	 b2sta2FzdWpwZXduaWUtcmVwMjAyNi1zZWxlY3Rvcg==
From: KasujPewnie Certyfikaty <no-reply@certyfikaty.kasujpewnie.example.pl>
To: privacy@shop.example.be
Cc: tradein-ops@shop.example.be
Subject: =?utf-8?q?Certyfikat_usuni=C4=99cia_danych_=E2=80=93_IMEI_359012345?=
 =?utf-8?q?678901_=E2=80=93_zlecenie_SHOP-BE-88412?=
Date: Sun, 19 Apr 2026 14:22:09 +0200
Message-ID: <cert.KP-2026-0419-55731.1776601329114@kasujpewnie.example.pl>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Mailer: KasujPewnie Reporter 4.2.7
X-KP-Certificate-Id: KP-2026-0419-55731
Content-Type: multipart/mixed;
	boundary="----=_Part_771042_1290553318.1776601329114"

------=_Part_771042_1290553318.1776601329114
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie. Prosimy na =
ni=C4=85 nie odpowiada=C4=87.

CERTYFIKAT USUNI=C4=98CIA DANYCH nr KP-2026-0419-55731

Zleceniodawca:   Shop Example BV =E2=80=93 program odkupu urz=C4=85dze=C5=
=84
Zlecenie:        SHOP-BE-88412 (partia TI-2026-0311, poz. 17/48)
Urz=C4=85dzenie:      Apple iPhone 12, 128 GB, kolor czarny
IMEI:            359012345678901
Nr seryjny:      F2LXK9P1N7Q3
Stan blokad:     Znajd=C5=BA m=C3=B3j iPhone =E2=80=93 wy=C5=82=C4=85czone,=
 MDM =E2=80=93 brak

Metoda:          NIST SP 800-88 Rev. 1 =E2=80=93 Purge
                 (kasowanie kryptograficzne + przywr=C3=B3cenie ustawie=C5=
=84 fabrycznych)
Weryfikacja:     pe=C5=82na, 100% obszaru danych u=C5=BCytkownika
Wynik:           POMY=C5=9ALNY
Stanowisko:      WRO-07, operator nr 2214
Data i godzina:  19.04.2026 14:22:08 CEST

Wszystkie dane osobowe i pliki u=C5=BCytkownika zapisane na urz=C4=85dzeniu=
 (kontakty, zdj=C4=99cia,
wiadomo=C5=9Bci, konta) zosta=C5=82y trwale usuni=C4=99te i nie mog=C4=85 z=
osta=C4=87 odzyskane.

Certyfikat w formacie PDF znajduje si=C4=99 w za=C5=82=C4=85czniku. Autenty=
czno=C5=9B=C4=87 certyfikatu mo=C5=BCna
sprawdzi=C4=87 pod adresem:
https://weryfikacja.kasujpewnie.example.pl/c/KP-2026-0419-55731

--
KasujPewnie =E2=80=93 certyfikowane usuwanie danych
Raporty: raporty@kasujpewnie.example.pl

------=_Part_771042_1290553318.1776601329114
Content-Type: application/pdf; name=KP-2026-0419-55731.pdf
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename=KP-2026-0419-55731.pdf

JVBERi0xLjQKMSAwIG9iaiA8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4gZW5kb2Jq
CjIgMCBvYmogPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4gZW5kb2Jq
CjMgMCBvYmogPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUg
ODQyXSAvQ29udGVudHMgNCAwIFIgPj4gZW5kb2JqCjQgMCBvYmogPDwgL0xlbmd0aCA4OCA+PiBz
dHJlYW0KQlQgL0YxIDE0IFRmIDYwIDc4MCBUZCAoQ2VydHlmaWthdCBLUC0yMDI2LTA0MTktNTU3
MzEgSU1FSSAzNTkwMTIzNDU2Nzg5MDEgUFVSR0UgT0spIFRqIEVUCmVuZHN0cmVhbSBlbmRvYmoK
dHJhaWxlciA8PCAvUm9vdCAxIDAgUiA+PgolJUVPRgo=

------=_Part_771042_1290553318.1776601329114--
'''),
    ('pl', 'postfix-bounce-mistyped-tradein-reply', 'automated', (),
'''Return-Path: <>
Received: by mx-out1.shop.example.be (Postfix)
	id 8C4D2A0E17; Thu, 16 Apr 2026 12:00:11 +0200 (CEST)
Received: from mx-out1.shop.example.be (localhost [127.0.0.1])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Fm1Xc0LQtz9sWa
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 12:00:11 +0200 (CEST)
Date: Thu, 16 Apr 2026 12:00:11 +0200 (CEST)
From: MAILER-DAEMON@mx-out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Fm1Xb2S9kz6vRn.1776333611/mx-out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260416100011.8C4D2A0E17@mx-out1.shop.example.be>

This is a MIME-encapsulated message.

--4Fm1Xb2S9kz6vRn.1776333611/mx-out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx-out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<marta.zielinksa@poczta.example.pl>: host mx1.poczta.example.pl[198.51.100.23]
    said: 550 5.1.1 <marta.zielinksa@poczta.example.pl>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--4Fm1Xb2S9kz6vRn.1776333611/mx-out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out1.shop.example.be
X-Postfix-Queue-ID: 8C4D2A0E17
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 16 Apr 2026 12:00:09 +0200 (CEST)

Final-Recipient: rfc822; marta.zielinksa@poczta.example.pl
Original-Recipient: rfc822;marta.zielinksa@poczta.example.pl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.poczta.example.pl
Diagnostic-Code: smtp; 550 5.1.1 <marta.zielinksa@poczta.example.pl>:
    Recipient address rejected: User unknown in virtual mailbox table

--4Fm1Xb2S9kz6vRn.1776333611/mx-out1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from privacy-desk.shop.example.be (privacy-desk.shop.example.be [10.20.4.17])
	by mx-out1.shop.example.be (Postfix) with ESMTPSA id 8C4D2A0E17
	for <marta.zielinksa@poczta.example.pl>; Thu, 16 Apr 2026 12:00:09 +0200 (CEST)
From: =?utf-8?q?Shop_Example_=E2=80=93_Ochrona_danych?= <privacy@shop.example.be>
To: marta.zielinksa@poczta.example.pl
Subject: =?utf-8?q?Odpowied=C5=BA_na_Pani_zapytanie=3A_usuni=C4=99cie_danych?=
 =?utf-8?q?_z_odkupionego_telefonu?=
Date: Thu, 16 Apr 2026 12:00:08 +0200
Message-ID: <a93e1f04-2c7b-4d8e-b0a5-61f2c9d7e3b8@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry Pani Marto,

potwierdzamy, =C5=BCe telefon Samsung Galaxy S20 FE (IMEI 352094117730615),=
 oddany w ramach
programu odkupu 2 kwietnia 2026 r. w sklepie Shop Example w Brukseli (Rue N=
euve),
zosta=C5=82 poddany certyfikowanemu usuni=C4=99ciu danych. Certyfikat nr KP=
-2026-0405-51120
przesy=C5=82amy w osobnej wiadomo=C5=9Bci.

Kopi=C4=99 dokumentu to=C5=BCsamo=C5=9Bci wykonan=C4=85 przy skupie musimy =
przechowywa=C4=87 w rejestrze
zakup=C3=B3w rzeczy u=C5=BCywanych przez okres wymagany przepisami; po jego=
 up=C5=82ywie zostanie
usuni=C4=99ta.

Z powa=C5=BCaniem
Zesp=C3=B3=C5=82 ds. ochrony danych
Shop Example BV

--4Fm1Xb2S9kz6vRn.1776333611/mx-out1.shop.example.be--
'''),
    ('pl', 'marketplace-listing-hidden-personal-data', 'automated', (),
'''Return-Path: <010701966a0b3c1e-5f2d4a8b-7c19-4e02-a6d3-91b8c0e2f47a-000000@eu-central-1.amazonses.com>
Received: from a7-12.smtp-out.eu-central-1.amazonses.com (a7-12.smtp-out.eu-central-1.amazonses.com [203.0.113.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fq3Ld6NsVz8xKp
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 16:41:03 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=okz2025; d=okazyjka.example.pl; t=1777300862;
	h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;
	bh=Yq3mR1t7ZbPpV0xk5c8EoWnJ2HfLsA9uGdT4iK6yQe0=;
	b=Zm9yLXRlc3RpbmctcHVycG9zZXMtb25seS1kdW1teS1ka2ltLXNpZ25hdHVyZS1va2F6eWpr
	 YS1leGFtcGxlLXBs
From: =?utf-8?q?Okazyjka_=E2=80=93_Moderacja?= <moderacja@okazyjka.example.pl>
To: privacy@shop.example.be
Subject: =?utf-8?b?VHdvamUgb2fFgm9zemVuaWUgNDg3NzEyMDMgem9zdGHFgm8gdWtyeXRl?=
 =?utf-8?b?OiBkYW5lIG9zb2Jvd2UgbmEgemRqxJljaWFjaA==?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_b7e4a0c2f3d9185e6a1b44c07f2d9e35"
Message-ID: <010701966a0b3c1e-5f2d4a8b-7c19-4e02-a6d3-91b8c0e2f47a-000000@eu-central-1.amazonses.com>
Date: Mon, 27 Apr 2026 14:41:02 +0000
Feedback-ID: 1.eu-central-1.Xq7mT0rWb4kLs9Pz2fJd3Vh8yNc5gQa1uE6iRo0Ks=:AmazonSES
X-SES-Outgoing: 2026.04.27-203.0.113.12
X-Okz-Template: moderation_listing_hidden_v3

--=_b7e4a0c2f3d9185e6a1b44c07f2d9e35
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Szanowny Sprzedawco,

og=C5=82oszenie nr 48771203 =E2=80=9EiPhone 11 64 GB =E2=80=93 odnowiony, g=
warancja 12 mies.=E2=80=9D
zosta=C5=82o zg=C5=82oszone przez u=C5=BCytkownika i automatycznie ukryte.

Pow=C3=B3d zg=C5=82oszenia: dane osobowe os=C3=B3b trzecich na zdj=C4=99cia=
ch
Szczeg=C3=B3=C5=82y: na zdj=C4=99ciu nr 3 widoczny jest ekran blokady z pow=
iadomieniami
(imi=C4=99 i nazwisko, fragmenty wiadomo=C5=9Bci) oraz zdj=C4=99cie w galer=
ii nale=C5=BC=C4=85ce
prawdopodobnie do poprzedniego w=C5=82a=C5=9Bciciela urz=C4=85dzenia.

Co musisz zrobi=C4=87:
1. Usu=C5=84 lub zast=C4=85p zdj=C4=99cia zawieraj=C4=85ce dane osobowe w c=
i=C4=85gu 48 godzin.
2. Upewnij si=C4=99, =C5=BCe urz=C4=85dzenie zosta=C5=82o przywr=C3=B3cone =
do ustawie=C5=84 fabrycznych,
   a dane poprzedniego w=C5=82a=C5=9Bciciela trwale usuni=C4=99te.
3. Po poprawkach og=C5=82oszenie zostanie ponownie sprawdzone i opublikowan=
e.

Je=C5=9Bli nie wprowadzisz zmian w wyznaczonym terminie, og=C5=82oszenie zo=
stanie
usuni=C4=99te. Zgodnie z RODO zg=C5=82oszenie oraz kopie zdj=C4=99=C4=87 pr=
zechowujemy przez
90 dni na potrzeby moderacji.

Numer zg=C5=82oszenia: MOD-2026-0427-30914
Konto sprzedawcy: Shop Example BV (sprzedawca profesjonalny)

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana automatycznie. Nie odpowia=
daj na ni=C4=85 =E2=80=93
odpowiedzi nie s=C4=85 czytane. Centrum pomocy: https://pomoc.okazyjka.exam=
ple.pl

Okazyjka.example.pl =E2=80=93 Zesp=C3=B3=C5=82 Moderacji

--=_b7e4a0c2f3d9185e6a1b44c07f2d9e35
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family: Arial, sans-serif; font-size: 14px; color: #222=
222;">
<div style=3D"background:#ffb400;padding:12px;font-weight:bold;">Okazyjka.e=
xample.pl</div>
<p>Szanowny Sprzedawco,</p>
<p>og=C5=82oszenie nr 48771203 =E2=80=9EiPhone 11 64 GB =E2=80=93 odnowiony=
, gwarancja 12 mies.=E2=80=9D<br>
zosta=C5=82o zg=C5=82oszone przez u=C5=BCytkownika i automatycznie ukryte.<=
/p>
<p>Pow=C3=B3d zg=C5=82oszenia: dane osobowe os=C3=B3b trzecich na zdj=C4=99=
ciach<br>
Szczeg=C3=B3=C5=82y: na zdj=C4=99ciu nr 3 widoczny jest ekran blokady z pow=
iadomieniami<br>
(imi=C4=99 i nazwisko, fragmenty wiadomo=C5=9Bci) oraz zdj=C4=99cie w galer=
ii nale=C5=BC=C4=85ce<br>
prawdopodobnie do poprzedniego w=C5=82a=C5=9Bciciela urz=C4=85dzenia.</p>
<p>Co musisz zrobi=C4=87:<br>
1. Usu=C5=84 lub zast=C4=85p zdj=C4=99cia zawieraj=C4=85ce dane osobowe w c=
i=C4=85gu 48 godzin.<br>
2. Upewnij si=C4=99, =C5=BCe urz=C4=85dzenie zosta=C5=82o przywr=C3=B3cone =
do ustawie=C5=84 fabrycznych,<br>
   a dane poprzedniego w=C5=82a=C5=9Bciciela trwale usuni=C4=99te.<br>
3. Po poprawkach og=C5=82oszenie zostanie ponownie sprawdzone i opublikowan=
e.</p>
<p>Je=C5=9Bli nie wprowadzisz zmian w wyznaczonym terminie, og=C5=82oszenie=
 zostanie<br>
usuni=C4=99te. Zgodnie z RODO zg=C5=82oszenie oraz kopie zdj=C4=99=C4=87 pr=
zechowujemy przez<br>
90 dni na potrzeby moderacji.</p>
<p>Numer zg=C5=82oszenia: MOD-2026-0427-30914<br>
Konto sprzedawcy: Shop Example BV (sprzedawca profesjonalny)</p>
<p>Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana automatycznie. Nie odpo=
wiadaj na ni=C4=85 =E2=80=93<br>
odpowiedzi nie s=C4=85 czytane. Centrum pomocy: https://pomoc.okazyjka.exam=
ple.pl</p>
<p>Okazyjka.example.pl =E2=80=93 Zesp=C3=B3=C5=82 Moderacji</p>
</body></html>

--=_b7e4a0c2f3d9185e6a1b44c07f2d9e35--
'''),
    ('pl', 'person-access-reply-above-valuation', 'access', (),
'''Return-Path: <pawel.dabrowski84@poczta.example.pl>
Received: from smtp.poczta.example.pl (smtp.poczta.example.pl [198.51.100.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Dv0Kq2YhTz5mRc
        for <privacy@shop.example.be>; Tue, 10 Mar 2026 20:47:36 +0100 (CET)
Received: from DESKTOP-PD84 (user-93-105-44-17.net.example.pl [192.0.2.117])
	(Authenticated sender: pawel.dabrowski84@poczta.example.pl)
	by smtp.poczta.example.pl (Postfix) with ESMTPSA id 0F1A2B3C4D
	for <privacy@shop.example.be>; Tue, 10 Mar 2026 20:47:35 +0100 (CET)
From: =?utf-8?q?Pawe=C5=82_D=C4=85browski?= <pawel.dabrowski84@poczta.example.pl>
To: <privacy@shop.example.be>
References: <ti.118204.valuation.1773050520@tradein.shop.example.be>
In-Reply-To: <ti.118204.valuation.1773050520@tradein.shop.example.be>
Subject: =?utf-8?q?RE=3A_Wycena_Twojego_urz=C4=85dzenia=3A_Samsung_Galaxy_S2?=
 =?utf-8?q?1_=E2=80=93_142=2C00_EUR_=28zlecenie_TI-BE-2026-118204=29?=
Date: Tue, 10 Mar 2026 20:47:31 +0100
Message-ID: <005a01dcb0a4$7c3e2f90$74ba8eb0$@poczta.example.pl>
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_NextPart_000_005B_01DCB0AC.DE04DA90"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQKq7YpL0x3m9eVnH2s1uB+4cFj6dQ==
Content-Language: pl

This is a multipart message in MIME format.

------=_NextPart_000_005B_01DCB0AC.DE04DA90
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

pisz=C4=99 w zwi=C4=85zku z poni=C5=BCsz=C4=85 wycen=C4=85. Zanim wy=C5=9Bl=
=C4=99 telefon, chcia=C5=82bym wiedzie=C4=87, co dok=C5=82adnie zapisali=C5=
=9Bcie o mnie przy tej wycenie =E2=80=93 formularz pyta=C5=82 o IMEI, numer=
 seryjny, adres, numer telefonu, a przy przelewie tak=C5=BCe numer konta.

Prosz=C4=99 o kopi=C4=99 wszystkich moich danych, kt=C3=B3re przechowujecie=
 w zwi=C4=85zku z programem odkupu, oraz informacj=C4=99, komu je przekazuj=
ecie (partner serwisowy, firma kurierska, firma kasuj=C4=85ca dane?) i jak =
d=C5=82ugo b=C4=99d=C4=85 przechowywane.

Z powa=C5=BCaniem
Pawe=C5=82 D=C4=85browski
tel. +48 601 555 284

Od: Shop Example Trade-in <tradein-noreply@shop.example.be>
Wys=C5=82ano: poniedzia=C5=82ek, 9 marca 2026 11:02
Do: Pawe=C5=82 D=C4=85browski <pawel.dabrowski84@poczta.example.pl>
Temat: Wycena Twojego urz=C4=85dzenia: Samsung Galaxy S21 =E2=80=93 142,00 =
EUR (zlecenie TI-BE-2026-118204)

Dzie=C5=84 dobry,

dzi=C4=99kujemy za skorzystanie z kalkulatora odkupu Shop Example.

Urz=C4=85dzenie: Samsung Galaxy S21 5G, 128 GB
IMEI: 351234567812340
Numer seryjny: R58R31ABCDE
Stan deklarowany: bardzo dobry
Wst=C4=99pna wycena: 142,00 EUR (bon na zakupy) lub 128,00 EUR (przelew)

Wycena jest wa=C5=BCna 14 dni. Wy=C5=9Blij urz=C4=85dzenie bezp=C5=82atn=C4=
=85 etykiet=C4=85 kuriersk=C4=85 lub oddaj je w sklepie.
Przed wys=C5=82aniem wyloguj si=C4=99 z konta Google i Samsung i przywr=C3=
=B3=C4=87 ustawienia fabryczne.

To jest wiadomo=C5=9B=C4=87 automatyczna =E2=80=93 prosimy na ni=C4=85 nie =
odpowiada=C4=87.
Pytania dotycz=C4=85ce Twoich danych osobowych: privacy@shop.example.be

------=_NextPart_000_005B_01DCB0AC.DE04DA90
Content-Type: text/html;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body lang=3D"PL" link=3D"#0563C1"><div class=3D"WordSection1">
<p>Dzie=C5=84 dobry,</p>
<p>pisz=C4=99 w zwi=C4=85zku z poni=C5=BCsz=C4=85 wycen=C4=85. Zanim wy=C5=
=9Bl=C4=99 telefon, chcia=C5=82bym wiedzie=C4=87, co dok=C5=82adnie zapisal=
i=C5=9Bcie o mnie przy tej wycenie =E2=80=93 formularz pyta=C5=82 o IMEI, n=
umer seryjny, adres, numer telefonu, a przy przelewie tak=C5=BCe numer kont=
a.</p>
<p>Prosz=C4=99 o kopi=C4=99 wszystkich moich danych, kt=C3=B3re przechowuje=
cie w zwi=C4=85zku z programem odkupu, oraz informacj=C4=99, komu je przeka=
zujecie (partner serwisowy, firma kurierska, firma kasuj=C4=85ca dane?) i j=
ak d=C5=82ugo b=C4=99d=C4=85 przechowywane.</p>
<p>Z powa=C5=BCaniem<br>
Pawe=C5=82 D=C4=85browski<br>
tel. +48 601 555 284</p>
<p>Od: Shop Example Trade-in &lt;tradein-noreply@shop.example.be&gt;<br>
Wys=C5=82ano: poniedzia=C5=82ek, 9 marca 2026 11:02<br>
Do: Pawe=C5=82 D=C4=85browski &lt;pawel.dabrowski84@poczta.example.pl&gt;<b=
r>
Temat: Wycena Twojego urz=C4=85dzenia: Samsung Galaxy S21 =E2=80=93 142,00 =
EUR (zlecenie TI-BE-2026-118204)</p>
<p>Dzie=C5=84 dobry,</p>
<p>dzi=C4=99kujemy za skorzystanie z kalkulatora odkupu Shop Example.</p>
<p>Urz=C4=85dzenie: Samsung Galaxy S21 5G, 128 GB<br>
IMEI: 351234567812340<br>
Numer seryjny: R58R31ABCDE<br>
Stan deklarowany: bardzo dobry<br>
Wst=C4=99pna wycena: 142,00 EUR (bon na zakupy) lub 128,00 EUR (przelew)</p>
<p>Wycena jest wa=C5=BCna 14 dni. Wy=C5=9Blij urz=C4=85dzenie bezp=C5=82atn=
=C4=85 etykiet=C4=85 kuriersk=C4=85 lub oddaj je w sklepie.<br>
Przed wys=C5=82aniem wyloguj si=C4=99 z konta Google i Samsung i przywr=C3=
=B3=C4=87 ustawienia fabryczne.</p>
<p>To jest wiadomo=C5=9B=C4=87 automatyczna =E2=80=93 prosimy na ni=C4=85 n=
ie odpowiada=C4=87.<br>
Pytania dotycz=C4=85ce Twoich danych osobowych: privacy@shop.example.be</p>
</div></body></html>

------=_NextPart_000_005B_01DCB0AC.DE04DA90--
'''),
    ('cs', 'zimbra-vacation-refurbisher', 'automated', (),
'''Return-Path: <>
Received: from mail.repasovna.example.cz (mail.repasovna.example.cz [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fr7Jm3QbWz4pTn
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 10:05:44 +0200 (CEST)
Received: from localhost (localhost [127.0.0.1])
	by mail.repasovna.example.cz (Postfix) with ESMTP id 3A6C21C0B4F
	for <privacy@shop.example.be>; Tue, 28 Apr 2026 10:05:43 +0200 (CEST)
Date: Tue, 28 Apr 2026 10:05:43 +0200 (CEST)
From: =?utf-8?q?Ji=C5=99=C3=AD_Havl=C3=AD=C4=8Dek?= <jiri.havlicek@repasovna.example.cz>
To: privacy@shop.example.be
Message-ID: <1702931544.88213.1777363543812.JavaMail.zimbra@repasovna.example.cz>
In-Reply-To: <6b0f2d9e-1c4a-47e3-8d52-b3a9e7f01c62@shop.example.be>
Subject: =?utf-8?q?Re=3A_Potvrzen=C3=AD_v=C3=BDmazu_dat_=E2=80=93_d=C3=A1vka?=
 =?utf-8?q?_TI-2026-0414_=2862_ks=29?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk

Dobr=C3=BD den,

do 3. 5. 2026 =C4=8Derp=C3=A1m dovolenou a k e-mailu nem=C3=A1m p=C5=99=C3=
=ADstup.

Ve v=C4=9Bcech p=C5=99evzet=C3=AD vykoupen=C3=BDch za=C5=99=C3=ADzen=C3=AD,=
 protokol=C5=AF o v=C3=BDmazu dat a reklamac=C3=AD d=C3=A1vek
se pros=C3=ADm obra=C5=A5te na kolegyni Lucii Bene=C5=A1ovou (lucie.benesov=
a@repasovna.example.cz,
tel. +420 541 555 212).

Va=C5=A1e zpr=C3=A1va nebude p=C5=99eposl=C3=A1na.

D=C4=9Bkuji a p=C5=99eji hezk=C3=BD den
Ji=C5=99=C3=AD Havl=C3=AD=C4=8Dek
vedouc=C3=AD p=C5=99=C3=ADjmu a testov=C3=A1n=C3=AD
Repasovna CZ s.r.o., V=C3=ADde=C5=88sk=C3=A1 88, 639 00 Brno
'''),
    ('cs', 'rental-return-inspection-data-found', 'automated', (),
'''Return-Path: <bounce+7c2a54.b91f0e-privacy=shop.example.be@mg.pronajmitech.example.cz>
Received: from m42-118.mailgun.net (m42-118.mailgun.net [198.51.100.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ft0Vb8PzLz2mHq
        for <privacy@shop.example.be>; Thu, 14 May 2026 09:31:22 +0200 (CEST)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=mg.pronajmitech.example.cz;
	q=dns/txt; s=pic; t=1778743881; h=To: Subject: Message-Id: Date: From:
	Content-Type: Mime-Version: Sender; bh=Tq9zV2mL0pW4cX7yR1kN8bH3gJ5fD6sA0eU2iO4tY8w=;
	b=bWFpbGd1bi1zdHlsZS1wbGFjZWhvbGRlci1zaWduYXR1cmUtZm9yLXRlc3QtY29ycHVzLW9u
	 bHk=
Sender: notifikace=pronajmitech.example.cz@mg.pronajmitech.example.cz
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="18e0f7c2a54d4b3c9a51e0d7b6f4c233"
Subject: =?utf-8?b?VnLDoWNlbsOpIHphxZnDrXplbsOtIFJOVC1DWi00MDcxODoga29udHJv?=
 =?utf-8?b?bGEgZG9rb27EjWVuYSDigJMgbmFsZXplbmEgb3NvYm7DrSBkYXRh?=
From: PronajmiTech Inspect <notifikace@pronajmitech.example.cz>
To: privacy@shop.example.be
Cc: pronajem@shop.example.be
X-Mailgun-Sid: WyI4ZTAxZiIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICJiOTFmMGUiXQ==
X-Mailgun-Tag: inspection-report
Auto-Submitted: auto-generated
Date: Thu, 14 May 2026 07:31:21 +0000
Message-Id: <20260514073121.8e0f7c2a54d4b3c9@mg.pronajmitech.example.cz>

--18e0f7c2a54d4b3c9a51e0d7b6f4c233
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset="utf-8"

Ozn=C3=A1men=C3=AD o kontrole vr=C3=A1cen=C3=A9ho za=C5=99=C3=ADzen=C3=AD

Smlouva:           RNT-CZ-40718 (pron=C3=A1jem s mo=C5=BEnost=C3=AD odkupu,=
 Shop Example)
Za=C5=99=C3=ADzen=C3=AD:          Lenovo ThinkPad T14 Gen 3, s/n PF3K8QZ1
Vr=C3=A1ceno:           12. 5. 2026, v=C3=BDdejn=C3=AD m=C3=ADsto Brno =E2=
=80=93 Olympia
Kontrola dokon=C4=8Dena: 14. 5. 2026 09:31

Stav za=C5=99=C3=ADzen=C3=AD:     B =E2=80=93 drobn=C3=A9 =C5=A1kr=C3=A1ban=
ce na v=C3=ADku, baterie 87 %
P=C5=99=C3=ADslu=C5=A1enstv=C3=AD:     nab=C3=ADje=C4=8Dka 65 W =E2=80=93 a=
no, obal =E2=80=93 ne

Osobn=C3=AD =C3=BAdaje na za=C5=99=C3=ADzen=C3=AD: NALEZENY
- za=C5=99=C3=ADzen=C3=AD nebylo p=C5=99ed vr=C3=A1cen=C3=ADm obnoveno do t=
ov=C3=A1rn=C3=ADho nastaven=C3=AD
- aktivn=C3=AD u=C5=BEivatelsk=C3=BD profil Windows a p=C5=99ihl=C3=A1=C5=
=A1en=C3=BD =C3=BA=C4=8Det Microsoft
- soubory v knihovn=C4=9B Dokumenty a Obr=C3=A1zky (cca 14 GB)

Proveden=C3=A1 opat=C5=99en=C3=AD:
Data byla trvale vymaz=C3=A1na certifikovan=C3=BDm postupem (NIST 800-88 Pu=
rge).
Protokol o v=C3=BDmazu ER-2026-0514-0092 je ulo=C5=BEen k z=C3=A1znamu smlo=
uvy.
N=C3=A1jemce byl o v=C3=BDmazu informov=C3=A1n e-mailem. Kopie dat nebyla p=
o=C5=99=C3=ADzena.

Doplatek za po=C5=A1kozen=C3=AD: 0,00 K=C4=8D
Z=C3=A1loha bude vr=C3=A1cena do 5 pracovn=C3=ADch dn=C5=AF.

Toto ozn=C3=A1men=C3=AD bylo vygenerov=C3=A1no automaticky syst=C3=A9mem Pr=
onajmiTech Inspect.
Na tuto zpr=C3=A1vu neodpov=C3=ADdejte. Kontakt: podpora@pronajmitech.examp=
le.cz

--18e0f7c2a54d4b3c9a51e0d7b6f4c233
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset="utf-8"

<!DOCTYPE html>
<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family: Arial, sans-serif; font-size: 14px; color: #222=
222;">
<table width=3D"100%" style=3D"background:#0b5fa5;color:#ffffff;"><tr><td s=
tyle=3D"padding:10px;">PronajmiTech Inspect</td></tr></table>
<p>Ozn=C3=A1men=C3=AD o kontrole vr=C3=A1cen=C3=A9ho za=C5=99=C3=ADzen=C3=
=AD</p>
<p>Smlouva:           RNT-CZ-40718 (pron=C3=A1jem s mo=C5=BEnost=C3=AD odku=
pu, Shop Example)<br>
Za=C5=99=C3=ADzen=C3=AD:          Lenovo ThinkPad T14 Gen 3, s/n PF3K8QZ1<b=
r>
Vr=C3=A1ceno:           12. 5. 2026, v=C3=BDdejn=C3=AD m=C3=ADsto Brno =E2=
=80=93 Olympia<br>
Kontrola dokon=C4=8Dena: 14. 5. 2026 09:31</p>
<p>Stav za=C5=99=C3=ADzen=C3=AD:     B =E2=80=93 drobn=C3=A9 =C5=A1kr=C3=A1=
bance na v=C3=ADku, baterie 87 %<br>
P=C5=99=C3=ADslu=C5=A1enstv=C3=AD:     nab=C3=ADje=C4=8Dka 65 W =E2=80=93 a=
no, obal =E2=80=93 ne</p>
<p>Osobn=C3=AD =C3=BAdaje na za=C5=99=C3=ADzen=C3=AD: NALEZENY<br>
- za=C5=99=C3=ADzen=C3=AD nebylo p=C5=99ed vr=C3=A1cen=C3=ADm obnoveno do t=
ov=C3=A1rn=C3=ADho nastaven=C3=AD<br>
- aktivn=C3=AD u=C5=BEivatelsk=C3=BD profil Windows a p=C5=99ihl=C3=A1=C5=
=A1en=C3=BD =C3=BA=C4=8Det Microsoft<br>
- soubory v knihovn=C4=9B Dokumenty a Obr=C3=A1zky (cca 14 GB)</p>
<p>Proveden=C3=A1 opat=C5=99en=C3=AD:<br>
Data byla trvale vymaz=C3=A1na certifikovan=C3=BDm postupem (NIST 800-88 Pu=
rge).<br>
Protokol o v=C3=BDmazu ER-2026-0514-0092 je ulo=C5=BEen k z=C3=A1znamu smlo=
uvy.<br>
N=C3=A1jemce byl o v=C3=BDmazu informov=C3=A1n e-mailem. Kopie dat nebyla p=
o=C5=99=C3=ADzena.</p>
<p>Doplatek za po=C5=A1kozen=C3=AD: 0,00 K=C4=8D<br>
Z=C3=A1loha bude vr=C3=A1cena do 5 pracovn=C3=ADch dn=C5=AF.</p>
<p>Toto ozn=C3=A1men=C3=AD bylo vygenerov=C3=A1no automaticky syst=C3=A9mem=
 PronajmiTech Inspect.<br>
Na tuto zpr=C3=A1vu neodpov=C3=ADdejte. Kontakt: podpora@pronajmitech.examp=
le.cz</p>
</body></html>

--18e0f7c2a54d4b3c9a51e0d7b6f4c233--
'''),
    ('cs', 'exim-bounce-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mail.hostik.example.cz ([203.0.113.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fx9Tr1WdMz6kNs
        for <privacy@shop.example.be>; Mon, 8 Jun 2026 11:53:09 +0200 (CEST)
Received: from Debian-exim by mail.hostik.example.cz with local (Exim 4.96)
	id 1uO4xK-0007Qe-1d
	for privacy@shop.example.be;
	Mon, 8 Jun 2026 11:53:08 +0200
X-Failed-Recipients: jana.kralova@hostik.example.cz
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.hostik.example.cz>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1780912388-eximdsn-1714636915
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1uO4xK-0007Qe-1d@mail.hostik.example.cz>
Date: Mon, 8 Jun 2026 11:53:08 +0200

--1780912388-eximdsn-1714636915
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  jana.kralova@hostik.example.cz
    mailbox is full: retry timeout exceeded

--1780912388-eximdsn-1714636915
Content-type: message/delivery-status

Reporting-MTA: dns; mail.hostik.example.cz

Action: failed
Final-Recipient: rfc822;jana.kralova@hostik.example.cz
Status: 5.0.0

--1780912388-eximdsn-1714636915
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be ([203.0.113.25])
	by mail.hostik.example.cz with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1uNKq2-0004Zb-0R
	for jana.kralova@hostik.example.cz;
	Thu, 4 Jun 2026 10:14:02 +0200
From: =?utf-8?q?Shop_Example_=E2=80=93_ochrana_osobn=C3=ADch_=C3=BAdaj=C5=AF?= <privacy@shop.example.be>
To: =?utf-8?q?Jana_Kr=C3=A1lov=C3=A1?= <jana.kralova@hostik.example.cz>
Subject: =?utf-8?q?V=C3=A1=C5=A1_dotaz=3A_kopie_ob=C4=8Dansk=C3=A9ho_pr?=
 =?utf-8?q?=C5=AFkazu_z_v=C3=BDkupu?=
Date: Thu, 4 Jun 2026 10:14:00 +0200
Message-ID: <5e2a7c19-83d0-4f6b-a1c4-0d9b2e7f8a31@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den, pan=C3=AD Kr=C3=A1lov=C3=A1,

k Va=C5=A1emu dotazu ze dne 2. 6. 2026: kopii ob=C4=8Dansk=C3=A9ho pr=C5=AF=
kazu po=C5=99=C3=ADzenou p=C5=99i v=C3=BDkupu
hern=C3=AD konzole na prodejn=C4=9B jsme povinni uchov=C3=A1vat v evidenci =
n=C3=A1kupu pou=C5=BEit=C3=A9ho zbo=C5=BE=C3=AD
po dobu stanovenou z=C3=A1konem. Po uplynut=C3=AD t=C3=A9to lh=C5=AFty ji z=
likvidujeme. Kopie je
p=C5=99=C3=ADstupn=C3=A1 pouze opr=C3=A1vn=C4=9Bn=C3=BDm zam=C4=9Bstnanc=C5=
=AFm a na vy=C5=BE=C3=A1d=C3=A1n=C3=AD policii.

S pozdravem
T=C3=BDm ochrany osobn=C3=ADch =C3=BAdaj=C5=AF, Shop Example BV

--1780912388-eximdsn-1714636915--
'''),
    ('cs', 'person-complaint-forward-erasure-certificate', 'complaint', (),
'''Return-Path: <tereza.markova@seznam.example.cz>
Received: from smtp.seznam.example.cz (smtp.seznam.example.cz [198.51.100.200])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Gb2Hn5RtKz3wVd
        for <privacy@shop.example.be>; Fri, 19 Jun 2026 22:17:48 +0200 (CEST)
Received: from smtpclient.apple (unknown [192.0.2.201])
	by smtp.seznam.example.cz (Postfix) with ESMTPSA id 9B2E4F01C7
	for <privacy@shop.example.be>; Fri, 19 Jun 2026 22:17:46 +0200 (CEST)
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?q?Tereza_Markov=C3=A1?= <tereza.markova@seznam.example.cz>
Mime-Version: 1.0 (1.0)
Date: Fri, 19 Jun 2026 22:17:33 +0200
Subject: =?utf-8?q?Fwd=3A_Certifik=C3=A1t_o_v=C3=BDmazu_dat_=E2=80=93_IMEI_3?=
 =?utf-8?q?56789104422019?=
Message-Id: <4C1E7A92-3B5D-4F08-9E6C-2D81A0B7F534@seznam.example.cz>
References: <cert.KP-2026-0322-47018.1774181141002@kasujpewnie.example.pl>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22F76)

Tohle je =E2=80=9Ecertifik=C3=A1t=E2=80=9C, kter=C3=BD jsem dostala k m=C3=
=A9mu star=C3=A9mu iPhonu =E2=80=93 jen=C5=BEe moje IMEI kon=C4=8D=C3=AD na=
 7731, ne 2019, a kamar=C3=A1dka, kter=C3=A1 si u v=C3=A1s ten telefon koup=
ila jako repasovan=C3=BD, mi te=C4=8F poslala screenshoty s m=C3=BDmi fotka=
mi a WhatsAppem. Chci okam=C5=BEit=C3=A9 vysv=C4=9Btlen=C3=AD, jinak pod=C3=
=A1m st=C3=AD=C5=BEnost u =C3=BA=C5=99adu pro ochranu osobn=C3=ADch =C3=BAd=
aj=C5=AF.

Tereza Markov=C3=A1

Odesl=C3=A1no z iPhonu

Za=C4=8D=C3=A1tek p=C5=99epos=C3=ADlan=C3=A9 zpr=C3=A1vy:

> Od: KasujPewnie Certifik=C3=A1ty <no-reply@certyfikaty.kasujpewnie.exampl=
e.pl>
> Datum: 22. b=C5=99ezna 2026 v 13:05:41 SE=C4=8C
> Komu: tereza.markova@seznam.example.cz
> P=C5=99edm=C4=9Bt: Certifik=C3=A1t o v=C3=BDmazu dat =E2=80=93 IMEI 35678=
9104422019
>
> Certifik=C3=A1t o v=C3=BDmazu dat =C4=8D. KP-2026-0322-47018
>
> Z=C3=A1kazn=C3=ADk:     Tereza Markov=C3=A1
> Za=C5=99=C3=ADzen=C3=AD:     Apple iPhone 11, 64 GB
> IMEI:         356789104422019
> S=C3=A9riov=C3=A9 =C4=8D.:   DX3KQ1MN0C6L
> Metoda:       NIST SP 800-88 Rev. 1 =E2=80=93 Purge
> V=C3=BDsledek:     =C3=9ASP=C4=9A=C5=A0N=C3=9D
> Datum:        22. 3. 2026 13:05 CET
>
> Ve=C5=A1ker=C3=A1 osobn=C3=AD data ulo=C5=BEen=C3=A1 v za=C5=99=C3=ADzen=
=C3=AD byla trvale odstran=C4=9Bna a nelze je obnovit.
> Tato zpr=C3=A1va byla vygenerov=C3=A1na automaticky, neodpov=C3=ADdejte n=
a ni.
'''),
    ('hr', 'tradein-valuation-adjusted-screen', 'automated', (),
'''Return-Path: <bounces+31876542-a1f0-ivan.peric=mail.example.hr@em4821.tradeloop.example.hr>
Received: from o7.email.tradeloop.example.hr (o7.email.tradeloop.example.hr [198.51.100.7])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fs6Gk2NwBz5rPt
        for <privacy@shop.example.be>; Wed, 13 May 2026 15:02:47 +0200 (CEST)
Received: by filterdrecv-7d4c8b6f9-xq2lm with SMTP id filterdrecv-7d4c8b6f9-xq2lm-1-68235F3E-1A
        Wed, 13 May 2026 13:02:46 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=tradeloop.example.hr;
	h=content-type:from:mime-version:subject:to:cc:content-transfer-encoding;
	s=s1; bh=m0Hf7dQ3lV9zT2cW8rK5bN1xJ4pY6gA0sE3uL7iO2tR=;
	b=c2VuZGdyaWQtc3R5bGUtdGVzdC1zaWduYXR1cmUtdHJhZGVsb29wLWV4YW1wbGUtaHItbm90
	 LXZhbGlk
Content-Type: multipart/alternative; boundary=c2a8f1e04b7d9c31a6e5f0b2d8479e1c
Date: Wed, 13 May 2026 13:02:46 +0000
From: =?utf-8?q?Otkup_ure=C4=91aja_=7C_TradeLoop?= <obavijesti@tradeloop.example.hr>
Mime-Version: 1.0
Message-ID: <7Kq2mXbTRcO4v1nH9pLw3A@geopod-ismtpd-3>
Subject: =?utf-8?b?UHJvY2plbmEga29yaWdpcmFuYTogb8WhdGXEh2VuIHphc2xvbiDigJMg?=
 =?utf-8?b?bmFydWTFvmJhIFRMLUhSLTIwMjYtMDc3MzE=?=
Reply-To: noreply@tradeloop.example.hr
X-SG-EID: u001.Vq8mHf3K1xZ0tR6bN2cJ9pL4wY7sD5gA0eU3iO1kQ8vT2mX6bC4nH9rF
X-SG-ID: u001.SdBcvi+Evd/bQef8eZF1Bq3l0mW7tY2kN9xR5cH4pJ6=
X-Entity-ID: u001.Lm4pQ8tB2zW6xK0vN1rH3g==
To: ivan.peric@mail.example.hr

--c2a8f1e04b7d9c31a6e5f0b2d8479e1c
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0

Po=C5=A1tovani Ivane,

Va=C5=A1 ure=C4=91aj zaprimljen je 13. 5. 2026. u na=C5=A1em centru za obra=
du u Zagrebu.

Narud=C5=BEba:        TL-HR-2026-07731
Ure=C4=91aj:          Apple iPhone 13, 128 GB
IMEI:            353456789012345
Serijski broj:   G6TQ81XJ2N4P

Rezultat pregleda
- zaslon: pukotina u donjem lijevom kutu (nije prijavljeno u upitniku)
- ku=C4=87i=C5=A1te: manje ogrebotine
- baterija: 84 %
- Face ID: ispravan

Procjena je korigirana:
prvotna procjena   260,00 EUR
nova procjena      185,00 EUR

Ako prihva=C4=87ate novu procjenu, vau=C4=8Der Shop Example izdat =C4=87emo=
 u roku od 3 radna dana.
Ako je ne prihvatite u roku od 14 dana, ure=C4=91aj vam vra=C4=87amo bespla=
tno.
Prihvati ili odbij: https://otkup.tradeloop.example.hr/n/TL-HR-2026-07731

Napomena o podacima: prije daljnje obrade svi osobni podaci na ure=C4=91aju=
 bit =C4=87e trajno
izbrisani certificiranim postupkom, a certifikat o brisanju poslat =C4=87em=
o vam e-po=C5=A1tom.
Fotografije s pregleda =C4=8Duvamo 30 dana radi eventualnog prigovora.

Ova poruka je automatski generirana =E2=80=93 molimo ne odgovarajte na nju.
TradeLoop d.o.o. za Shop Example BV

--c2a8f1e04b7d9c31a6e5f0b2d8479e1c
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8
Mime-Version: 1.0

<!DOCTYPE html>
<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family: Arial, sans-serif; font-size: 14px; color: #222=
222;">
<div style=3D"font-size:20px;font-weight:bold;color:#1a7f5a;">TradeLoop otk=
up</div>
<p>Po=C5=A1tovani Ivane,</p>
<p>Va=C5=A1 ure=C4=91aj zaprimljen je 13. 5. 2026. u na=C5=A1em centru za o=
bradu u Zagrebu.</p>
<p>Narud=C5=BEba:        TL-HR-2026-07731<br>
Ure=C4=91aj:          Apple iPhone 13, 128 GB<br>
IMEI:            353456789012345<br>
Serijski broj:   G6TQ81XJ2N4P</p>
<p>Rezultat pregleda<br>
- zaslon: pukotina u donjem lijevom kutu (nije prijavljeno u upitniku)<br>
- ku=C4=87i=C5=A1te: manje ogrebotine<br>
- baterija: 84 %<br>
- Face ID: ispravan</p>
<p>Procjena je korigirana:<br>
prvotna procjena   260,00 EUR<br>
nova procjena      185,00 EUR</p>
<p>Ako prihva=C4=87ate novu procjenu, vau=C4=8Der Shop Example izdat =C4=87=
emo u roku od 3 radna dana.<br>
Ako je ne prihvatite u roku od 14 dana, ure=C4=91aj vam vra=C4=87amo bespla=
tno.<br>
Prihvati ili odbij: https://otkup.tradeloop.example.hr/n/TL-HR-2026-07731</=
p>
<p>Napomena o podacima: prije daljnje obrade svi osobni podaci na ure=C4=91=
aju bit =C4=87e trajno<br>
izbrisani certificiranim postupkom, a certifikat o brisanju poslat =C4=87em=
o vam e-po=C5=A1tom.<br>
Fotografije s pregleda =C4=8Duvamo 30 dana radi eventualnog prigovora.</p>
<p>Ova poruka je automatski generirana =E2=80=93 molimo ne odgovarajte na n=
ju.<br>
TradeLoop d.o.o. za Shop Example BV</p>
</body></html>

--c2a8f1e04b7d9c31a6e5f0b2d8479e1c--
'''),
    ('hr', 'outlook-read-receipt-partner', 'automated', (),
'''Return-Path: <marija.kovacevic@servis-plus.example.hr>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2097.outbound.protection.outlook.com [198.51.100.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fv1Pd9KsGz7nXb
        for <privacy@shop.example.be>; Thu, 21 May 2026 15:03:00 +0200 (CEST)
Received: from VI1PR09MB6620.eurprd09.prod.outlook.com (2603:10a6:800:1a2::14)
 by AS8PR09MB5911.eurprd09.prod.outlook.com with HTTPS; Thu, 21 May 2026 13:02:57 +0000
From: =?utf-8?q?Marija_Kova=C4=8Devi=C4=87?= <marija.kovacevic@servis-plus.example.hr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?b?UHJvxI1pdGFubzogWmFodGpldiB6YSBwb3R2cmR1IGJyaXNhbmphIHBv?=
 =?utf-8?b?ZGF0YWthIOKAkyBvdGt1cGxqZW5pIGxhcHRvcGksIGRvc3RhdmEgMjEuIDUu?=
Thread-Topic: =?utf-8?b?WmFodGpldiB6YSBwb3R2cmR1IGJyaXNhbmphIHBvZGF0YWthIA==?=
 =?utf-8?b?4oCTIG90a3VwbGplbmkgbGFwdG9waSwgZG9zdGF2YSAyMS4gNS4=?=
Thread-Index: AQHcyhT0aPq1mR3sT0K2wXvJ8dN5kQ==
Date: Thu, 21 May 2026 13:02:55 +0000
Message-ID: <VI1PR09MB6620B3A7C1E94D52F8A0C6E1@VI1PR09MB6620.eurprd09.prod.outlook.com>
References: <3f8b2c6d-0e41-4a97-b5d3-8c12f9e07a46@shop.example.be>
In-Reply-To: <3f8b2c6d-0e41-4a97-b5d3-8c12f9e07a46@shop.example.be>
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Content-Type: multipart/report;
	boundary="_004_VI1PR09MB6620B3A7C1E94D52F8A0C6E1VI1PR09MB6620eurp_";
	report-type=disposition-notification
MIME-Version: 1.0

--_004_VI1PR09MB6620B3A7C1E94D52F8A0C6E1VI1PR09MB6620eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Va=C5=A1a poruka

  Prima: Marija Kova=C4=8Devi=C4=87
  Predmet: Zahtjev za potvrdu brisanja podataka =E2=80=93 otkupljeni laptop=
i, dostava 21. 5.
  Poslano: =C4=8Detvrtak, 21. svibnja 2026. 14:37:12 (UTC+01:00) Amsterdam,=
 Berlin, Bern, Rim, Stockholm, Be=C4=8D

pro=C4=8Ditana je =C4=8Detvrtak, 21. svibnja 2026. 15:02:55 (UTC+01:00) Ams=
terdam, Berlin, Bern, Rim, Stockholm, Be=C4=8D.

--_004_VI1PR09MB6620B3A7C1E94D52F8A0C6E1VI1PR09MB6620eurp_
Content-Type: message/disposition-notification

Reporting-UA: VI1PR09MB6620.eurprd09.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;marija.kovacevic@servis-plus.example.hr
Original-Message-ID: <3f8b2c6d-0e41-4a97-b5d3-8c12f9e07a46@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_004_VI1PR09MB6620B3A7C1E94D52F8A0C6E1VI1PR09MB6620eurp_--
'''),
    ('hr', 'helpdesk-ticket-ack-refurbisher', 'automated', (),
'''Return-Path: <support+id48213@obnovitech.zendesk.example.com>
Received: from out-14.smtp.zendesk.example.com (out-14.smtp.zendesk.example.com [203.0.113.214])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fw4Cz1MrHz8qLs
        for <privacy@shop.example.be>; Tue, 26 May 2026 08:48:19 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=obnovitech.example.hr;
	s=zendesk1; t=1779778098;
	bh=Wp4nE8yH1qT6zR0cL3vK7bJ2sX9mG5fA0dU4iO8tN1k=;
	h=Date:From:Reply-To:To:Subject:From;
	b=emVuZGVzay1zdHlsZS1wbGFjZWhvbGRlci1zaWduYXR1cmUtb2Jub3ZpdGVjaC1ub3QtcmVh
	 bA==
Date: Tue, 26 May 2026 06:48:18 +0000
From: =?utf-8?q?Podr=C5=A1ka_ObnoviTech?= <podrska@obnovitech.example.hr>
Reply-To: =?utf-8?q?Podr=C5=A1ka_ObnoviTech?= <podrska+id48213@obnovitech.example.hr>
To: Shop Example Privacy <privacy@shop.example.be>
Message-ID: <T5QK2R8M1_6a2f1c4e8b0d3_4fbd3a1@zendesk.example.com.mail>
In-Reply-To: <d2e47b90-6c1f-4a38-9e05-71b3c8f2a6d4@shop.example.be>
Subject: =?utf-8?q?=5BObnoviTech=5D_Zaprimili_smo_va=C5=A1_zahtjev_=2348213?=
 =?utf-8?q?=3A_Fotografije_i_kontakti_prethodnog_vlasnika_na_obnovljenom_ure?=
 =?utf-8?q?=C4=91aju?=
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6a2f1c4e8b0d3_5e7a3fc1d9b8a12c3476a9";
 charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 5c1e3a
X-Zendesk-Email-Id: 01JW4K7Q2MZ8T3XB9C5N6RF0PD
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_6a2f1c4e8b0d3_5e7a3fc1d9b8a12c3476a9
Content-Type: text/plain;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

ovo je automatski odgovor. Va=C5=A1 upit je zaprimljen i dodijeljen timu
=E2=80=9EZa=C5=A1tita podataka i kontrola kvalitete=E2=80=9C.

Broj zahtjeva: #48213
Predmet: Fotografije i kontakti prethodnog vlasnika na obnovljenom ure=C4=
=91aju
Prioritet: visok
O=C4=8Dekivano vrijeme prvog odgovora: 2 radna dana

Sa=C5=BEetak va=C5=A1eg upita:
=E2=80=9EKupac je na obnovljenom ure=C4=91aju Samsung Galaxy A54 (serija OB=
N-2026-05-117)
prona=C5=A1ao kontakte, fotografije i prijavljen Google ra=C4=8Dun prethodn=
og vlasnika.
Molimo provjeru zapisnika o brisanju podataka za cijelu seriju.=E2=80=9C

Ako =C5=BEelite dopuniti zahtjev, jednostavno odgovorite na ovu poruku i ne=
 mijenjajte
predmet. Status zahtjeva mo=C5=BEete pratiti na https://podrska.obnovitech.=
example.hr/hc/requests/48213

Srda=C4=8Dan pozdrav,
Podr=C5=A1ka ObnoviTech

[T5QK2-R8M1]

----==_mimepart_6a2f1c4e8b0d3_5e7a3fc1d9b8a12c3476a9
Content-Type: text/html;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family: Arial, sans-serif; font-size: 14px; color: #222=
222;">
<p>Po=C5=A1tovani,</p>
<p>ovo je automatski odgovor. Va=C5=A1 upit je zaprimljen i dodijeljen timu=
<br>
=E2=80=9EZa=C5=A1tita podataka i kontrola kvalitete=E2=80=9C.</p>
<p>Broj zahtjeva: #48213<br>
Predmet: Fotografije i kontakti prethodnog vlasnika na obnovljenom ure=C4=
=91aju<br>
Prioritet: visok<br>
O=C4=8Dekivano vrijeme prvog odgovora: 2 radna dana</p>
<p>Sa=C5=BEetak va=C5=A1eg upita:<br>
=E2=80=9EKupac je na obnovljenom ure=C4=91aju Samsung Galaxy A54 (serija OB=
N-2026-05-117)<br>
prona=C5=A1ao kontakte, fotografije i prijavljen Google ra=C4=8Dun prethodn=
og vlasnika.<br>
Molimo provjeru zapisnika o brisanju podataka za cijelu seriju.=E2=80=9C</p>
<p>Ako =C5=BEelite dopuniti zahtjev, jednostavno odgovorite na ovu poruku i=
 ne mijenjajte<br>
predmet. Status zahtjeva mo=C5=BEete pratiti na https://podrska.obnovitech.=
example.hr/hc/requests/48213</p>
<p>Srda=C4=8Dan pozdrav,<br>
Podr=C5=A1ka ObnoviTech</p>
<p>[T5QK2-R8M1]</p>
</body></html>

----==_mimepart_6a2f1c4e8b0d3_5e7a3fc1d9b8a12c3476a9--
'''),
    ('hr', 'person-unsubscribe-reply-to-listing-live', 'withdraw_consent', (),
'''Return-Path: <luka.matic@mail.example.hr>
Received: from smtp.mail.example.hr (smtp.mail.example.hr [198.51.100.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fy7Bn3LqDz1sKw
        for <privacy@shop.example.be>; Sun, 7 Jun 2026 21:09:12 +0200 (CEST)
Received: from [10.91.214.33] (unknown [192.0.2.88])
	(Authenticated sender: luka.matic@mail.example.hr)
	by smtp.mail.example.hr (Postfix) with ESMTPSA id 7E3F5A2B91
	for <privacy@shop.example.be>; Sun, 7 Jun 2026 21:09:10 +0200 (CEST)
Date: Sun, 7 Jun 2026 21:09:04 +0200
From: =?utf-8?q?Luka_Mati=C4=87?= <luka.matic@mail.example.hr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Va=C5=A1_oglas_je_objavljen=3A_PlayStation_5_Digita?=
 =?utf-8?q?l_Edition=2C_825_GB?=
User-Agent: K-9 Mail for Android
In-Reply-To: <listing.RB-HR-2026-118452.live.1780849325@rabljeno.shop.example.be>
References: <listing.RB-HR-2026-118452.live.1780849325@rabljeno.shop.example.be>
Message-ID: <0F2B7C9E-61A4-4D38-B5E2-9A7C3F18D640@mail.example.hr>
MIME-Version: 1.0
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Pozdrav,

oglas neka ostane, ali molim vas da me odjavite s newslettera i svih promot=
ivnih mailova i SMS-ova =E2=80=93 ponude za otkup, "najbolje cijene za rabl=
jene ure=C4=91aje" i sli=C4=8Dno. Za to nikad nisam dao privolu, samo sam h=
tio prodati konzolu. Ubudu=C4=87e =C5=BEelim samo obavijesti o svom oglasu =
i porukama kupaca.

Hvala,
Luka Mati=C4=87

--
Poslano s mog Android ure=C4=91aja pomo=C4=87u K-9 Maila.

Dana 7. lipnja 2026. 18:22:05 CEST, Shop Example Rabljeno <rabljeno-noreply=
@shop.example.be> je napisao/la:
> Va=C5=A1 oglas je objavljen!
>
> PlayStation 5 Digital Edition, 825 GB, 2 kontrolera
> Cijena: 290,00 EUR
> Prodavatelj: Luka M., Split
> Broj oglasa: RB-HR-2026-118452
>
> Oglas je vidljiv na Shop Example Rabljeno sljede=C4=87ih 30 dana.
> Obavijestit =C4=87emo vas kada vam kupac po=C5=A1alje poruku.
>
> Savjet: prije predaje konzole odjavite se sa svog PlayStation Network ra=
=C4=8Duna
> i vratite konzolu na tvorni=C4=8Dke postavke.
>
> Ne =C5=BEelite primati ponude i novosti Shop Example? Pitanja o privatnos=
ti: privacy@shop.example.be
> Ovo je automatska poruka.
'''),
    ('sv', 'gmail-vacation-customer', 'automated', (),
'''Return-Path: <erik.lindqvist.sthlm@gmail.com>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [198.51.100.41])
        by mx1.shop.example.be (Postfix) with SMTPS id 4GC3Wm8KpRz2tVx
        for <privacy@shop.example.be>; Mon, 20 Jul 2026 14:26:37 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1784550396; x=1785155196; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to
         :references:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=H3v9qL1mT7zR0cW4kN8bJ2sX6pY5gA0dU3iO7tE1fK4=;
        b=Z21haWwtc3R5bGUtcGxhY2Vob2xkZXItc2lnbmF0dXJlLWZvci10ZXN0LWNvcnB1cy1vbmx5
         LWVyaWstbGluZHF2aXN0LXZhY2F0aW9uLXJlc3BvbmRlcg==
X-Google-Smtp-Source: AGHT+IF4q9mXv2LkT7pRz0cW1nH8bJ3sY5gA6dU0iO2tE4fK7QmN1xVb9Rc=
X-Received: by 2002:a05:6402:3503:b0:5d9:8e3f:1a2b with SMTP id 4fb4d7f45d1cf-5e0b71c2a4fmr9127453a12.14.1784550396812;
        Mon, 20 Jul 2026 05:26:36 -0700 (PDT)
MIME-Version: 1.0
References: <8e1c4f70-2b9d-4a63-a5e8-0d7f3b92c1e6@shop.example.be>
In-Reply-To: <8e1c4f70-2b9d-4a63-a5e8-0d7f3b92c1e6@shop.example.be>
Auto-Submitted: auto-replied
From: Erik Lindqvist <erik.lindqvist.sthlm@gmail.com>
Date: Mon, 20 Jul 2026 05:26:36 -0700
Message-ID: <CAL7vQ2mT9xR4kN0bJ8sW3pY6gA1dU5iO7tE2fK9hZ4cLq8Vn3A@mail.gmail.com>
Subject: =?utf-8?q?Semester_=E2=80=93_=C3=A5ter_10_augusti?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000e41b9c0652f1a7d3"

--000000000000e41b9c0652f1a7d3
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hej!

Jag =C3=A4r p=C3=A5 semester till och med 9 augusti och l=C3=A4ser inte mej=
l. G=C3=A4ller det
inl=C3=B6sen av min gamla mobil eller raderingen av mina uppgifter h=C3=B6r=
 jag av mig
n=C3=A4r jag =C3=A4r tillbaka.

V=C3=A4nliga h=C3=A4lsningar
Erik Lindqvist

--000000000000e41b9c0652f1a7d3
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hej!<br><br>Jag =C3=A4r p=C3=A5 semester till och med 9 au=
gusti och l=C3=A4ser inte mejl. G=C3=A4ller det<br>inl=C3=B6sen av min gaml=
a mobil eller raderingen av mina uppgifter h=C3=B6r jag av mig<br>n=C3=A4r =
jag =C3=A4r tillbaka.<br><br>V=C3=A4nliga h=C3=A4lsningar<br>Erik Lindqvist=
</div>

--000000000000e41b9c0652f1a7d3--
'''),
    ('sv', 'erasure-batch-wipe-failed', 'automated', (),
'''Return-Path: <rapport@raderasakert.example.se>
Received: from smtp.raderasakert.example.se (smtp.raderasakert.example.se [203.0.113.60])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fs9Qw5JmTz3hRc
        for <privacy@shop.example.be>; Mon, 18 May 2026 11:48:02 +0200 (CEST)
Received: from gbg03-console (gbg03.lab.raderasakert.example.se [10.8.3.13])
	by smtp.raderasakert.example.se (Postfix) with ESMTP id 51C7E8A2F0;
	Mon, 18 May 2026 11:48:01 +0200 (CEST)
From: =?utf-8?q?RaderaS=C3=A4kert_Rapporter?= <rapport@raderasakert.example.se>
To: tradein-nordic@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?b?UmFkZXJpbmcgbWlzc2x5Y2thZGVzIHDDpSAzIGVuaGV0ZXIg4oCTIGJh?=
 =?utf-8?b?dGNoIFNFLUdCRy0yMDI2LTA1MTg=?=
Date: Mon, 18 May 2026 11:48:00 +0200
Message-ID: <batch-SE-GBG-2026-0518.1779097680.gbg03@raderasakert.example.se>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated
X-Mailer: RaderaSakert Console 11.2.4
X-Priority: 1 (Highest)

UmFkZXJhU8Oka2VydCDigJMgYmF0Y2hyYXBwb3J0CgpCYXRjaDogICAgICAgICAgICBTRS1HQkct
MjAyNi0wNTE4ClVwcGRyYWdzZ2l2YXJlOiAgIFNob3AgRXhhbXBsZSBCViwgaW5ieXRlc3Byb2dy
YW1tZXQgKE5vcmRlbikKU3RhdGlvbjogICAgICAgICAgR0JHLTAzClN0YXJ0YWQ6ICAgICAgICAg
IDIwMjYtMDUtMTggMDc6MDIKQXZzbHV0YWQ6ICAgICAgICAgMjAyNi0wNS0xOCAxMTo0NwoKU2Ft
bWFuZmF0dG5pbmcKICBFbmhldGVyIHRvdGFsdDogICAgICAgICAgICAgNDgKICBSYWRlcmFkZSBv
Y2ggdmVyaWZpZXJhZGU6ICAgNDUKICBSYWRlcmluZyBtaXNzbHlja2FkZXM6ICAgICAgIDMKCk1p
c3NseWNrYWRlIGVuaGV0ZXIg4oCTIMOFVEfDhFJEIEtSw4RWUwogIDEuIEFwcGxlIGlQaG9uZSBY
UiAgICAgICAgSU1FSSAzNTczNDEwOTIyNjUxMDggICBTL04gRE5QWEsyTDdLWEtOCiAgICAgT3Jz
YWs6IEFrdGl2ZXJpbmdzbMOlcyAoSGl0dGEgbWluIGlQaG9uZSkgw6RyIGFrdGl2dCDigJMga29u
dG90IHRpbGxow7ZyIHRpZGlnYXJlIMOkZ2FyZQogIDIuIFNhbXN1bmcgR2FsYXh5IFMxMCAgICAg
SU1FSSAzNTQ4MjkxMDEzMzg0NzIgICBTL04gUjU4TTQyUVdFMUwKICAgICBPcnNhazogRlJQLWzD
pXMsIEdvb2dsZS1rb250byBpbmxvZ2dhdAogIDMuIERlbGwgTGF0aXR1ZGUgNTQwMCAgICAgUy9O
IDdIUTJLVzIKICAgICBPcnNhazogTMOkc2ZlbCBww6UgTlZNZS1lbmhldCB2aWQgc2VrdG9yIDB4
MUEzRjAwIOKAkyB2ZXJpZmllcmluZyBhdmJydXRlbgoKRGVzc2EgZW5oZXRlciBoYXIgSU5URSBy
YWRlcmF0cy4gUGVyc29udXBwZ2lmdGVyIGthbiBmaW5uYXMga3ZhciBvY2ggZW5oZXRlcm5hCmbD
pXIgaW50ZSBzw6RsamFzIHZpZGFyZSBlbGxlciBza2lja2FzIHRpbGwgcmVub3ZlcmluZyBmw7Zy
csOkbiByYWRlcmluZ2VuIMOkciBrbGFyLgpFbmhldGVybmEgaGFyIHBsYWNlcmF0cyBpIGthcmFu
dMOkbmh5bGxhIEsyLgoKRnVsbHN0w6RuZGlnIHJhcHBvcnQgKFBERi9DU1YpIG1lZCByYWRlcmlu
Z3NjZXJ0aWZpa2F0IGbDtnIgZGUgNDUgZ29ka8OkbmRhIGVuaGV0ZXJuYToKaHR0cHM6Ly9wb3J0
YWwucmFkZXJhc2FrZXJ0LmV4YW1wbGUuc2UvYmF0Y2gvU0UtR0JHLTIwMjYtMDUxOAoKRGV0dGEg
bWVkZGVsYW5kZSBza2lja2FzIGF1dG9tYXRpc2t0LiBTdmFyYSBpbnRlIHDDpSBkZXQuCg==
'''),
    ('sv', 'marketplace-rating-flagged-list', 'automated', (),
'''Return-Path: <marknad-moderering-bounces@lists.shop.example.be>
Received: from lists.shop.example.be (lists.shop.example.be [10.20.1.30])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Fx2Rt7VkNz6mPb
        for <privacy@shop.example.be>; Wed, 3 Jun 2026 19:12:44 +0200 (CEST)
Received: from app-market-2.shop.example.be (app-market-2.shop.example.be [10.20.3.12])
	by lists.shop.example.be (Postfix) with ESMTP id 0A7D3C19E2
	for <marknad-moderering@lists.shop.example.be>; Wed, 3 Jun 2026 19:12:43 +0200 (CEST)
From: Begagnat hos Shop Example <no-reply@begagnat.shop.example.be>
To: marknad-moderering@lists.shop.example.be
Subject: =?utf-8?q?=5Bmarknad-moderering=5D_Betyg_flaggat=3A_m=C3=B6jliga_pe?=
 =?utf-8?q?rsonuppgifter_=28betyg_551903=29?=
Date: Wed, 3 Jun 2026 17:12:42 +0000
Message-ID: <rating-551903-flag.1780506762@begagnat.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: list
List-Id: Moderering av begagnatmarknaden <marknad-moderering.lists.shop.example.be>
List-Unsubscribe: <mailto:marknad-moderering-leave@lists.shop.example.be>
List-Post: NO
X-BeenThere: marknad-moderering@lists.shop.example.be
Sender: marknad-moderering-bounces@lists.shop.example.be
Errors-To: marknad-moderering-bounces@lists.shop.example.be

Nytt betyg v=C3=A4ntar p=C3=A5 granskning

S=C3=A4ljare:       Anders B., V=C3=A4ster=C3=A5s (s=C3=A4ljar-ID 77120)
Annons:        Nikon D5600 + 18-55 mm VR, begagnad (annons 2290417)
K=C3=B6pare:        Johanna H.
Betyg:         1 av 5
Datum:         2026-06-03 19:12

Betygstext:
"S=C3=A4ljaren Anders Bergstr=C3=B6m p=C3=A5 Storgatan 12 lovade att kamera=
n var nollst=C3=A4lld,
men minneskortet var fullt med bilder p=C3=A5 hans barn. Ring inte honom p=
=C3=A5
070-555 18 42, han svarar aldrig."

Automatisk kontroll: betyget inneh=C3=A5ller troligen personuppgifter
(fullst=C3=A4ndigt namn, gatuadress, telefonnummer, bilder p=C3=A5 barn omn=
=C3=A4mns).
Betyget =C3=A4r dolt f=C3=B6r andra anv=C3=A4ndare tills en moderator har g=
ranskat det.

Granska: https://admin.begagnat.shop.example.be/moderation/ratings/551903

--
Du f=C3=A5r detta meddelande eftersom du =C3=A4r medlem i listan marknad-mo=
derering.
'''),
    ('sv', 'payout-daily-report-tradein', 'automated', (),
'''Return-Path: <noreply@betalpunkt.example.se>
Received: from out2.betalpunkt.example.se (out2.betalpunkt.example.se [198.51.100.152])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fx0Mz2HqSz9wTd
        for <privacy@shop.example.be>; Wed, 3 Jun 2026 06:00:18 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=betalpunkt.example.se;
	s=bp1; h=from:to:subject:date:message-id;
	bh=R4n7V1cQ9xT2mL0kW8bJ3sY5pH6gA1dU0iO4tE7fZ2c=;
	b=YmV0YWxwdW5rdC1wbGFjZWhvbGRlci1zaWduYXR1cmUtbm90LXZhbGlk
From: BetalPunkt <noreply@betalpunkt.example.se>
To: ekonomi-inbyte@shop.example.be
Cc: privacy@shop.example.be
Subject: =?utf-8?q?Daglig_rapport=3A_utbetalningar_inbyte_2026-06-02_=282_mi?=
 =?utf-8?q?sslyckade=29?=
Date: Wed, 3 Jun 2026 06:00:17 +0200
Message-ID: <report.payout.20260602.SE44119@betalpunkt.example.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Daglig rapport =E2=80=93 utbetalningar inbyte
Datum: 2026-06-02
Betalningsmottagare: kunder i inbytesprogrammet, Shop Example BV (Sverige)

Genomf=C3=B6rda utbetalningar:      14   (totalt 21 380,00 SEK)
Utf=C3=A4rdade presentkort:         22   (totalt 31 950,00 SEK)
Misslyckade utbetalningar:      2

Misslyckade:
  TI-SE-2026-05512   1 450,00 SEK   Kontot kunde inte verifieras (namn matc=
har inte kontohavare)
  TI-SE-2026-05539     890,00 SEK   Ogiltigt clearingnummer

Kunderna har automatiskt f=C3=A5tt en uppmaning att uppdatera sina bankuppg=
ifter.
Bankuppgifter och personnummer visas inte i denna rapport av dataskyddssk=
=C3=A4l.
Fullst=C3=A4ndig rapport finns i BetalPunkt Portal under Rapporter > Utbeta=
lningar.

Detta =C3=A4r ett automatiskt meddelande fr=C3=A5n BetalPunkt. Svara inte p=
=C3=A5 detta mejl.
'''),
    ('sv', 'person-other-voucher-question-above-received', 'other', (),
'''Return-Path: <sofia.nyberg@bredband.example.se>
Received: from smtp.bredband.example.se (smtp.bredband.example.se [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fw9Kd4RtPz2nLq
        for <privacy@shop.example.be>; Thu, 28 May 2026 19:44:03 +0200 (CEST)
Received: from [192.168.1.23] (h-185-22-117-4.example.se [192.0.2.54])
	(Authenticated sender: sofia.nyberg@bredband.example.se)
	by smtp.bredband.example.se (Postfix) with ESMTPSA id 3C9E1B7A40
	for <privacy@shop.example.be>; Thu, 28 May 2026 19:44:01 +0200 (CEST)
Message-ID: <a7c3e9f1-52b0-4d86-9e1a-3f0b8d2c7e54@bredband.example.se>
Date: Thu, 28 May 2026 19:43:58 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Vi har tagit emot din enhet (TI-SE-2026-04877)
Content-Language: sv-SE
To: privacy@shop.example.be
References: <ti.04877.received.1777896480@tradein.shop.example.be>
From: Sofia Nyberg <sofia.nyberg@bredband.example.se>
In-Reply-To: <ti.04877.received.1777896480@tradein.shop.example.be>
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hej,

jag skickade in min gamla iPad i b=C3=B6rjan av maj och fick mejlet nedan o=
m att ni tagit emot den, men nu har det g=C3=A5tt =C3=B6ver tre veckor och =
jag har fortfarande inte f=C3=A5tt n=C3=A5got presentkort. Kundtj=C3=A4nst =
svarar inte i telefon. Vet ni n=C3=A4r det kommer, eller vart ska jag v=C3=
=A4nda mig?

Tack p=C3=A5 f=C3=B6rhand!
Sofia Nyberg

Den 2026-05-04 kl. 14:08, skrev Shop Example Inbyte:
> Hej Sofia,
>
> vi har tagit emot din enhet.
>
> Order: TI-SE-2026-04877
> Enhet: Apple iPad (9:e generationen), 64 GB, Wi-Fi
> Mottagen: 2026-05-04
>
> Enheten kontrolleras nu av v=C3=A5r partner. Om skicket st=C3=A4mmer med =
din beskrivning
> skickas ditt presentkort p=C3=A5 1 900 kr inom 5 arbetsdagar.
>
> Med v=C3=A4nliga h=C3=A4lsningar
> Shop Example Inbyte
> (Det h=C3=A4r =C3=A4r ett automatiskt meddelande.)
'''),
    ('ro', 'qmail-bounce-no-mailbox', 'automated', (),
'''Return-Path: <>
Received: from mail.gazduire.example.ro (mail.gazduire.example.ro [203.0.113.177])
        by mx1.shop.example.be (Postfix) with SMTP id 4GF1Tn6WcKz5rMd
        for <privacy@shop.example.be>; Tue, 16 Jun 2026 10:12:47 +0200 (CEST)
Received: (qmail 28814 invoked for bounce); 16 Jun 2026 08:12:44 -0000
Date: 16 Jun 2026 08:12:44 -0000
From: MAILER-DAEMON@mail.gazduire.example.ro
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.gazduire.example.ro.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<andreea.popesu@gazduire.example.ro>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28802 invoked from network); 16 Jun 2026 08:12:43 -0000
Received: from mx-out1.shop.example.be (HELO mx-out1.shop.example.be) (203.0.113.25)
  by mail.gazduire.example.ro with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 16 Jun 2026 08:12:43 -0000
From: =?utf-8?q?Shop_Example_=E2=80=93_Protec=C8=9Bia_datelor?= <privacy@shop.example.be>
To: andreea.popesu@gazduire.example.ro
Subject: =?utf-8?q?R=C4=83spuns=3A_copia_actului_de_identitate_de_la_r=C4=83?=
 =?utf-8?q?scump=C4=83rare?=
Date: Tue, 16 Jun 2026 10:12:40 +0200
Message-ID: <b1f6d3a8-4e2c-47a0-9d51-c8e07f3b2a94@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua, doamn=C4=83 Popescu,

am primit solicitarea dumneavoastr=C4=83 privind copia c=C4=83r=C8=9Bii de =
identitate f=C4=83cut=C4=83 la
ghi=C8=99eul de r=C4=83scump=C4=83rare din magazinul nostru, la v=C3=A2nzar=
ea laptopului dvs. uzat.
Legea ne oblig=C4=83 s=C4=83 p=C4=83str=C4=83m aceast=C4=83 copie =C3=AEn r=
egistrul achizi=C8=9Biilor de bunuri second-hand
pentru o perioad=C4=83 determinat=C4=83; dup=C4=83 expirarea ei, copia va f=
i distrus=C4=83. P=C3=A2n=C4=83 atunci,
aceasta este accesibil=C4=83 doar personalului autorizat =C8=99i, la cerere=
, poli=C8=9Biei.

Cu stim=C4=83,
Echipa de protec=C8=9Bie a datelor
Shop Example BV
'''),
    ('ro', 'sieve-vacation-refurb-partner', 'automated', (),
'''Return-Path: <>
Received: from mail.recondi.example.ro (mail.recondi.example.ro [198.51.100.233])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GG8Xb2QsNz7pKr
        for <privacy@shop.example.be>; Mon, 22 Jun 2026 16:30:05 +0200 (CEST)
Received: from mail.recondi.example.ro
	by mail.recondi.example.ro with LMTP
	id kGq0Jv0EeGhfRAAAe8sVxg
	(envelope-from <privacy@shop.example.be>)
	for <mihai.ionescu@recondi.example.ro>; Mon, 22 Jun 2026 17:30:04 +0300
Message-ID: <dovecot-sieve-1782138604-904113-0@mail.recondi.example.ro>
Date: Mon, 22 Jun 2026 17:30:04 +0300
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
From: Mihai Ionescu <mihai.ionescu@recondi.example.ro>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Auto=3A_Lot_RB-2026-0612_=E2=80=93_3_dispozitive_cu_contu?=
 =?utf-8?q?ri_active?=
In-Reply-To: <7a2c9e41-0f5b-48d3-b6e7-1d3f8a02c59b@shop.example.be>
References: <7a2c9e41-0f5b-48d3-b6e7-1d3f8a02c59b@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 6 iulie 2026, f=C4=83r=C4=83 acces =
la e-mail.

Pentru loturile de dispozitive recondi=C8=9Bionate, recep=C8=9Bia aparatelo=
r din programul
de buy-back =C8=99i rapoartele de =C8=99tergere a datelor, v=C4=83 rog s=C4=
=83 scrie=C8=9Bi la
operatiuni@recondi.example.ro sau s=C4=83 suna=C8=9Bi la +40 21 555 30 88.

Mesajul dumneavoastr=C4=83 nu a fost redirec=C8=9Bionat.

Mul=C8=9Bumesc,
Mihai Ionescu
Recondi Electronics SRL
'''),
    ('ro', 'refurb-partner-batch-received', 'automated', (),
'''Return-Path: <portal@recondi.example.ro>
Received: from portal.recondi.example.ro (portal.recondi.example.ro [198.51.100.234])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GD5Lq9TmRz1vWc
        for <privacy@shop.example.be>; Fri, 12 Jun 2026 16:00:21 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=recondi.example.ro;
	s=portal; h=from:to:subject:date:message-id:mime-version:content-type;
	bh=K8c2T5mV0zQ9xR3nL1wJ7bH4sY6pG0dA2uE5iO8tF3k=;
	b=cmVjb25kaS1wb3J0YWwtcGxhY2Vob2xkZXItc2lnbmF0dXJlLXRlc3Qtb25seQ==
Date: Fri, 12 Jun 2026 17:00:19 +0300
From: Recondi Portal Parteneri <portal@recondi.example.ro>
To: tradein-ops@shop.example.be, privacy@shop.example.be
Message-ID: <1120477851.2290.1781272819004@portal.recondi.example.ro>
Subject: =?utf-8?b?TG90IFJCLTIwMjYtMDYxMiByZWNlcMibaW9uYXQ6IDQ4IGRpc3Bveml0?=
 =?utf-8?b?aXZlLCA3IG5lY2VzaXTEgyBhY8ibaXVuZSAoZGF0ZSBwZXJzb25hbGUgLyBjb250?=
 =?utf-8?b?dXJpIGFjdGl2ZSk=?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_2289_40871654.1781272819004"
Auto-Submitted: auto-generated
X-Mailer: RecondiPortal/3.8 (JavaMail)

------=_Part_2289_40871654.1781272819004
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Portal Parteneri Recondi =E2=80=93 notificare automat=C4=83

Lotul RB-2026-0612 a fost recep=C8=9Bionat =C8=99i inventariat.

Partener expeditor:  Shop Example BV =E2=80=93 program trade-in / buy-back
Recep=C8=9Bionat:         12.06.2026, depozit Chiajna
Dispozitive:         48 (31 telefoane, 9 tablete, 6 laptopuri, 2 console)

Rezultatul verific=C4=83rii ini=C8=9Biale:
- 41 dispozitive: resetate, f=C4=83r=C4=83 date personale detectate
- 4 dispozitive: date personale prezente (fotografii, contacte, conturi de =
e-mail)
  =E2=80=93 vor fi =C8=99terse conform procedurii NIST 800-88 =C3=AEnainte =
de recondi=C8=9Bionare
- 3 dispozitive: cont activ blocat (iCloud Activation Lock / Google FRP)
  =E2=80=93 nu pot fi =C8=99terse sau recondi=C8=9Bionate; necesit=C4=83 de=
blocare de la fostul proprietar

IMEI / serie pentru dispozitivele blocate:
  355901234487102 (iPhone 12 mini)
  352617119904356 (Galaxy A52)
  F9FXR2QK0D6L    (iPad Air 4)

Raportul detaliat de =C8=99tergere a datelor (CSV + certificate PDF) va fi =
disponibil
=C3=AEn portal dup=C4=83 finalizarea proces=C4=83rii. Linkurile de desc=C4=
=83rcare expir=C4=83 dup=C4=83 7 zile.

Conform contractului de prelucrare a datelor (art. 28 GDPR), datele cu cara=
cter
personal g=C4=83site pe dispozitive nu sunt copiate, accesate sau p=C4=83st=
rate.

Acesta este un mesaj generat automat. V=C4=83 rug=C4=83m s=C4=83 nu r=C4=83=
spunde=C8=9Bi.
https://parteneri.recondi.example.ro/loturi/RB-2026-0612

------=_Part_2289_40871654.1781272819004
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family: Arial, sans-serif; font-size: 14px; color: #222=
222;">
<p>Portal Parteneri Recondi =E2=80=93 notificare automat=C4=83</p>
<p>Lotul RB-2026-0612 a fost recep=C8=9Bionat =C8=99i inventariat.</p>
<p>Partener expeditor:  Shop Example BV =E2=80=93 program trade-in / buy-ba=
ck<br>
Recep=C8=9Bionat:         12.06.2026, depozit Chiajna<br>
Dispozitive:         48 (31 telefoane, 9 tablete, 6 laptopuri, 2 console)</=
p>
<p>Rezultatul verific=C4=83rii ini=C8=9Biale:<br>
- 41 dispozitive: resetate, f=C4=83r=C4=83 date personale detectate<br>
- 4 dispozitive: date personale prezente (fotografii, contacte, conturi de =
e-mail)<br>
  =E2=80=93 vor fi =C8=99terse conform procedurii NIST 800-88 =C3=AEnainte =
de recondi=C8=9Bionare<br>
- 3 dispozitive: cont activ blocat (iCloud Activation Lock / Google FRP)<br>
  =E2=80=93 nu pot fi =C8=99terse sau recondi=C8=9Bionate; necesit=C4=83 de=
blocare de la fostul proprietar</p>
<p>IMEI / serie pentru dispozitivele blocate:<br>
  355901234487102 (iPhone 12 mini)<br>
  352617119904356 (Galaxy A52)<br>
  F9FXR2QK0D6L    (iPad Air 4)</p>
<p>Raportul detaliat de =C8=99tergere a datelor (CSV + certificate PDF) va =
fi disponibil<br>
=C3=AEn portal dup=C4=83 finalizarea proces=C4=83rii. Linkurile de desc=C4=
=83rcare expir=C4=83 dup=C4=83 7 zile.</p>
<p>Conform contractului de prelucrare a datelor (art. 28 GDPR), datele cu c=
aracter<br>
personal g=C4=83site pe dispozitive nu sunt copiate, accesate sau p=C4=83st=
rate.</p>
<p>Acesta este un mesaj generat automat. V=C4=83 rug=C4=83m s=C4=83 nu r=C4=
=83spunde=C8=9Bi.<br>
https://parteneri.recondi.example.ro/loturi/RB-2026-0612</p>
</body></html>

------=_Part_2289_40871654.1781272819004--
'''),
    ('ro', 'person-deletion-id-copy-reply-above-confirmation', 'deletion', (),
'''Return-Path: <cristina_dumitrescu88@yahoo.com>
Received: from sonic309-21.consmr.mail.ir2.yahoo.com (sonic309-21.consmr.mail.ir2.yahoo.com [198.51.100.21])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GD6Wr3PkHz8sNt
        for <privacy@shop.example.be>; Fri, 12 Jun 2026 14:05:52 +0200 (CEST)
Received: from sonic.gate.mail.ne1.yahoo.com by sonic309.consmr.mail.ir2.yahoo.com with HTTP; Fri, 12 Jun 2026 12:05:50 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=1781265950; bh=P2k7W0mT5zV9xR1nL3cJ8bH4sY6gQ0dA1uE5iO7tF2n=; h=Date:From:To:In-Reply-To:References:Subject:From:Subject:Reply-To; b=eWFob28tc3R5bGUtcGxhY2Vob2xkZXItc2lnbmF0dXJlLXRlc3Q=
X-YMail-OSG: kQ7mB2AVM1kFq0pW8tZ3xN5cL9rH4sJ6gY1dA0uE2iO7tF3nV8bC5mX
X-Sonic-MF: <cristina_dumitrescu88@yahoo.com>
X-Sonic-ID: 4e8b1c2a-7f3d-4a90-b6e5-0d9c2f1a8b37
Date: Fri, 12 Jun 2026 12:05:50 +0000 (UTC)
From: Cristina Dumitrescu <cristina_dumitrescu88@yahoo.com>
To: privacy@shop.example.be
Message-ID: <1839204567.4402118.1781265950918@mail.yahoo.com>
In-Reply-To: <bb.RO-2026-00917.confirm.1781102482@buyback.shop.example.be>
References: <bb.RO-2026-00917.confirm.1781102482@buyback.shop.example.be>
Subject: =?utf-8?q?Re=3A_Confirmare_tranzac=C8=9Bie_de_r=C4=83scump=C4=83rar?=
 =?utf-8?q?e_BB-RO-2026-00917?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_4402117_1359027710.1781263550918"
X-Mailer: WebService/1.1.24652 YMailNorrin

------=_Part_4402117_1359027710.1781263550918
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

V=C4=83 rog s=C4=83 =C8=99terge=C8=9Bi copia buletinului meu f=C4=83cut=C4=
=83 la ghi=C8=99eu c=C3=A2nd am v=C3=A2ndut consola. Nu mi s-a spus c=C4=83=
 se face copie, am crezut c=C4=83 doar se verific=C4=83 actul. Vreau s=C4=
=83 fie =C8=99tears=C4=83 copia =C8=99i CNP-ul meu din sistemul dvs. =C8=99=
i s=C4=83 primesc confirmare =C3=AEn scris.

Mul=C8=9Bumesc,
Cristina Dumitrescu


=C3=8En miercuri, 10 iunie 2026, 17:41:22 EEST, Shop Example <buyback-norep=
ly@shop.example.be> a scris:

> Confirmare tranzac=C8=9Bie de r=C4=83scump=C4=83rare
>
> Num=C4=83r tranzac=C8=9Bie: BB-RO-2026-00917
> Data: 10.06.2026, magazin Shop Example Bucure=C8=99ti =E2=80=93 B=C4=83ne=
asa
> Produs r=C4=83scump=C4=83rat: Sony PlayStation 4 Pro, 1 TB
> Sum=C4=83 pl=C4=83tit=C4=83: 140,00 EUR (voucher)
>
> Conform obliga=C8=9Biilor legale privind comer=C8=9Bul cu bunuri second-h=
and, datele din
> actul dvs. de identitate (nume, CNP, serie =C8=99i num=C4=83r) =C8=99i o =
copie a acestuia au fost
> =C3=AEnregistrate =C3=AEn registrul achizi=C8=9Biilor.
>
> Acesta este un mesaj automat. Pentru =C3=AEntreb=C4=83ri despre datele pe=
rsonale:
> privacy@shop.example.be

------=_Part_4402117_1359027710.1781263550918
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div class=3D"ydp3f1e9a2cyahoo-style-wrap" style=
=3D"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px=
;"><div>Bun=C4=83 ziua,</div><div><br></div><div>V=C4=83 rog s=C4=83 =C8=99=
terge=C8=9Bi copia buletinului meu f=C4=83cut=C4=83 la ghi=C8=99eu c=C3=A2n=
d am v=C3=A2ndut consola. Nu mi s-a spus c=C4=83 se face copie, am crezut c=
=C4=83 doar se verific=C4=83 actul. Vreau s=C4=83 fie =C8=99tears=C4=83 cop=
ia =C8=99i CNP-ul meu din sistemul dvs. =C8=99i s=C4=83 primesc confirmare =
=C3=AEn scris.</div><div><br></div><div>Mul=C8=9Bumesc,</div><div>Cristina =
Dumitrescu</div></div><div id=3D"yahoo_quoted_7713054291" class=3D"yahoo_qu=
oted"><div style=3D"font-family:Helvetica Neue, Helvetica, Arial, sans-seri=
f;font-size:13px;color:#26282a;"><div>=C3=8En miercuri, 10 iunie 2026, 17:4=
1:22 EEST, Shop Example &lt;buyback-noreply@shop.example.be&gt; a scris:</d=
iv><div><br></div><blockquote><div>Confirmare tranzac=C8=9Bie de r=C4=83scu=
mp=C4=83rare</div><div><br></div><div>Num=C4=83r tranzac=C8=9Bie: BB-RO-202=
6-00917</div><div>Data: 10.06.2026, magazin Shop Example Bucure=C8=99ti =E2=
=80=93 B=C4=83neasa</div><div>Produs r=C4=83scump=C4=83rat: Sony PlayStatio=
n 4 Pro, 1 TB</div><div>Sum=C4=83 pl=C4=83tit=C4=83: 140,00 EUR (voucher)</=
div><div><br></div><div>Conform obliga=C8=9Biilor legale privind comer=C8=
=9Bul cu bunuri second-hand, datele din</div><div>actul dvs. de identitate =
(nume, CNP, serie =C8=99i num=C4=83r) =C8=99i o copie a acestuia au fost</d=
iv><div>=C3=AEnregistrate =C3=AEn registrul achizi=C8=9Biilor.</div><div><b=
r></div><div>Acesta este un mesaj automat. Pentru =C3=AEntreb=C4=83ri despr=
e datele personale:</div><div>privacy@shop.example.be</div></blockquote></d=
iv></div></body></html>

------=_Part_4402117_1359027710.1781263550918--
'''),
    ('el', 'exchange-ndr-partner-mistyped', 'automated', (),
'''Return-Path: <>
Received: from mail.anakyklosi-tech.example.gr (mail.anakyklosi-tech.example.gr [203.0.113.199])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GF9Rk1XcTz4mQw
        for <privacy@shop.example.be>; Wed, 17 Jun 2026 09:41:33 +0200 (CEST)
Received: from EXCH01.anakyklosi.local (10.1.0.21) by EXCH01.anakyklosi.local
 (10.1.0.21) with Microsoft SMTP Server id 15.1.2507.39; Wed, 17 Jun 2026 10:41:31 +0300
From: postmaster@anakyklosi-tech.example.gr
To: privacy@shop.example.be
Date: Wed, 17 Jun 2026 07:41:31 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_cf4e2a1b-8d7c-4f30-9b65-2e1d0a7c3f98_"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <f0a3c7e2-19b4-4d86-a5e1-7c3b9d02e4f6@EXCH01.anakyklosi.local>
In-Reply-To: <2d9f0b7a-4c31-48e5-b2a6-e1f78c3d5a09@shop.example.be>
References: <2d9f0b7a-4c31-48e5-b2a6-e1f78c3d5a09@shop.example.be>
Thread-Topic: =?utf-8?b?zqDOuc+Dz4TOv8+Azr/Ouc63z4TOuc66zqwgzrTOuc6xzrPPgc6x?=
 =?utf-8?b?z4bOrs+CIM60zrXOtM6/zrzOrc69z4nOvSDigJMgz4DOsc+Bz4TOr860zrEgVEkt?=
 =?utf-8?b?MjAyNi0wNjAyICjOtc+AzrnPg8+Ez4HOv8+Gzq3PgiDOsc69z4TOsc67zrvOsc6z?=
 =?utf-8?b?zq7Pgik=?=
Subject: =?utf-8?b?VW5kZWxpdmVyYWJsZTogzqDOuc+Dz4TOv8+Azr/Ouc63z4TOuc66zqwg?=
 =?utf-8?b?zrTOuc6xzrPPgc6xz4bOrs+CIM60zrXOtM6/zrzOrc69z4nOvSDigJMgz4DOsc+B?=
 =?utf-8?b?z4TOr860zrEgVEktMjAyNi0wNjAyICjOtc+AzrnPg8+Ez4HOv8+Gzq3PgiDOsc69?=
 =?utf-8?b?z4TOsc67zrvOsc6zzq7Pgik=?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: EXCH01.anakyklosi.local
MIME-Version: 1.0

--_cf4e2a1b-8d7c-4f30-9b65-2e1d0a7c3f98_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_a71e3f09-5c2d-4b88-9f04-6d3e1c2b7a55_"

--_a71e3f09-5c2d-4b88-9f04-6d3e1c2b7a55_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Delivery has failed to these recipients or groups:

nikos.papadakis@anakyklosi-tech.example.gr
The e-mail address you entered couldn't be found. Please check the recipien=
t's e-mail address and try to resend the message. If the problem continues=
, please contact your helpdesk.






Diagnostic information for administrators:

Generating server: EXCH01.anakyklosi.local

nikos.papadakis@anakyklosi-tech.example.gr
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:

Received: from mx-out1.shop.example.be (203.0.113.25) by
 EXCH01.anakyklosi.local (10.1.0.21) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Wed, 17 Jun 2026 10:41:30 +0300
From: privacy@shop.example.be
To: nikos.papadakis@anakyklosi-tech.example.gr
Date: Wed, 17 Jun 2026 09:41:27 +0200
Message-ID: <2d9f0b7a-4c31-48e5-b2a6-e1f78c3d5a09@shop.example.be>
MIME-Version: 1.0


--_a71e3f09-5c2d-4b88-9f04-6d3e1c2b7a55_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head></head><body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Delivery has failed=
 to these recipients or groups:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:nik=
os.papadakis@anakyklosi-tech.example.gr">nikos.papadakis@anakyklosi-tech.ex=
ample.gr</a><br>The e-mail address you entered couldn't be found. Please ch=
eck the recipient's e-mail address and try to resend the message. If the pr=
oblem continues, please contact your helpdesk.<br></p></font>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p>Diagnostic informati=
on for administrators:</p><p>Generating server: EXCH01.anakyklosi.local</p>=
<p>nikos.papadakis@anakyklosi-tech.example.gr<br>#550 5.1.1 RESOLVER.ADR.Re=
cipNotFound; not found ##</p></font>
</body></html>

--_a71e3f09-5c2d-4b88-9f04-6d3e1c2b7a55_--

--_cf4e2a1b-8d7c-4f30-9b65-2e1d0a7c3f98_
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.anakyklosi.local
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Wed, 17 Jun 2026 07:41:30 +0000

Final-Recipient: rfc822;nikos.papadakis@anakyklosi-tech.example.gr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--_cf4e2a1b-8d7c-4f30-9b65-2e1d0a7c3f98_
Content-Type: message/rfc822

Received: from mx-out1.shop.example.be (203.0.113.25) by
 EXCH01.anakyklosi.local (10.1.0.21) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Wed, 17 Jun 2026 10:41:30 +0300
From: =?utf-8?b?U2hvcCBFeGFtcGxlIOKAkyDOoM+Bzr/Pg8+EzrHPg86vzrEgzpTOtc60zr8=?=
 =?utf-8?b?zrzOrc69z4nOvQ==?= <privacy@shop.example.be>
To: nikos.papadakis@anakyklosi-tech.example.gr
Subject: =?utf-8?b?zqDOuc+Dz4TOv8+Azr/Ouc63z4TOuc66zqwgzrTOuc6xzrPPgc6xz4Y=?=
 =?utf-8?b?zq7PgiDOtM61zrTOv868zq3Ovc+Jzr0g4oCTIM+AzrHPgc+Ezq/OtM6xIFRJLTIw?=
 =?utf-8?b?MjYtMDYwMiAozrXPgM65z4PPhM+Bzr/Phs6tz4IgzrHOvc+EzrHOu867zrHOs86u?=
 =?utf-8?b?z4Ip?=
Date: Wed, 17 Jun 2026 09:41:27 +0200
Message-ID: <2d9f0b7a-4c31-48e5-b2a6-e1f78c3d5a09@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiDOui4gzqDOsc+AzrHOtM6szrrOtywKCs+Dz4TOt869
IM+AzrHPgc+Ezq/OtM6xIFRJLTIwMjYtMDYwMiDPgM6/z4Ugz4POsc+CIM+Dz4TOtc6vzrvOsc68
zrUgz4PPhM65z4IgMiDOmc6/z4XOvc6vzr/PhSDPgM61z4HOuc67zrHOvM6yzqzOvc6/zr3PhM6x
zrkgMzYgz4PPhc+DzrrOtc+Fzq3PggrOsc+Az4wgz4TOvyDPgM+Bz4zOs8+BzrHOvM68zrEgzrHO
vc+EzrHOu867zrHOs86uz4IgKHRyYWRlLWluKS4gzpPOuc6xIDQgzrHPgM+MIM6xz4XPhM6tz4Ig
zrTOtc69IM6tz4fOv8+FzrzOtSDOu86szrLOtc65IM6xzrrPjM68zrcKz4DOuc+Dz4TOv8+Azr/O
uc63z4TOuc66z4wgzrTOuc6xzrPPgc6xz4bOrs+CIM60zrXOtM6/zrzOrc69z4nOvSAoSU1FSSDP
g8+Ezr8gz4PPhc69zrfOvM68zq3Ovc6/IM6xz4HPh861zq/OvykuIM6gzrHPgc6xzrrOsc67zr/P
jc68zrUgzr3OsSDOvM6xz4Igz4TOsQrPg8+EzrXOr867zrXPhM61IM+Ezr8gz4PPhc69z4TOv868
z4zPhM61z4HOvywgzrrOsc64z47PgiDOrc69zrHPgiDPgM61zrvOrM+EzrfPgiDPgc+Jz4TOrCDO
sc69IM60zrnOsc6zz4HOrM+GzrfOus6xzr0gzr/OuSDPhs+Jz4TOv86zz4HOsc+Gzq/Otc+CIM+E
zr/PhS4KCs6czrUgzrXOus+Ezq/OvM63z4POtywKzp/OvM6szrTOsSDOoM+Bzr/Pg8+EzrHPg86v
zrHPgiDOlM61zrTOv868zq3Ovc+Jzr0g4oCTIFNob3AgRXhhbXBsZSBCVgo=

--_cf4e2a1b-8d7c-4f30-9b65-2e1d0a7c3f98_--
'''),
    ('el', 'marketplace-new-buyer-message-redacted', 'automated', (),
'''Return-Path: <bounce-c88150342@notify.agora.shop.example.be>
Received: from notify.agora.shop.example.be (notify.agora.shop.example.be [10.20.3.40])
        by mx1.shop.example.be (Postfix) with ESMTP id 4GJ3Nt8ZqVz6wKm
        for <privacy@shop.example.be>; Wed, 24 Jun 2026 21:14:25 +0200 (CEST)
From: =?utf-8?b?QWdvcmEgzpzOtc+EzrHPh861zrnPgc65z4POvM6tzr3OsQ==?= <no-reply@agora.shop.example.be>
To: outlet-gr@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?b?zp3Orc6/IM68zq7Ovc+FzrzOsSDOsc+Az4wgzrHOs86/z4HOsc+Dz4Q=?=
 =?utf-8?b?zq4gzrPOuc6xIM+EzrfOvSDOsc6zzrPOtc67zq/OsSDCq0Nhbm9uIEVPUyAyNTBE?=
 =?utf-8?b?ICsgz4bOsc66z4zPgiAxOC01NcK7?=
Date: Wed, 24 Jun 2026 19:14:22 +0000
Message-ID: <msg.88150342.4.1782328462@agora.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="==_ag_88150342_1782324862_7f3a"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
List-Unsubscribe: <https://agora.shop.example.be/el/settings/notifications/off?t=Jq9R2mT7>, <mailto:unsubscribe-c88150342@notify.agora.shop.example.be>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Agora-Template: buyer_message_new_v5

--==_ag_88150342_1782324862_7f3a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zp3Orc6/IM68zq7Ovc+FzrzOsSDOsc+Az4wgzrHOs86/z4HOsc+Dz4TOrgoKzpHOs86zzrXOu86v
zrE6ICAgICDCq0Nhbm9uIEVPUyAyNTBEICsgz4bOsc66z4zPgiAxOC01NSwgzrzOtc+EzrHPh861
zrnPgc65z4POvM6tzr3Ot8K7ICjOsc+BLiAzMzA4MTcyKQrOoM+JzrvOt8+Ezq7PgjogICAgIFNo
b3AgRXhhbXBsZSBPdXRsZXQgKM61z4DOsc6zzrPOtc67zrzOsc+Ezq/Osc+CIM+Az4nOu863z4TO
rs+CKQrOkc+Az4w6ICAgICAgICAgzpPOuc+Oz4HOs86/z4IgzpouLCDOmM61z4PPg86xzrvOv869
zq/Ous63Cs6XzrzOtc+Bzr/OvM63zr3Or86xOiAgMjQvMDYvMjAyNiAyMToxNAoKzpzOrs69z4XO
vM6xOgrCq86azrHOu863z4PPgM6tz4HOsSwgzrcgzrzOt8+HzrHOvc6uIM6tz4fOtc65IM6xzrrP
jM68zrEgzrzOrc+DzrEgz4TOt869IM66zqzPgc+EzrEgzrzOvc6uzrzOt8+CIM+Ezr/PhSDPgM+B
zr/Ot86zzr/Pjc68zrXOvc6/z4UgzrnOtM65zr/Ous+Ezq7PhM63OwrOo8+EzrnPgiDPhs+Jz4TO
v86zz4HOsc+Gzq/Otc+CIM+EzrfPgiDOsc6zzrPOtc67zq/Osc+CIM+GzrHOr869zrXPhM6xzrkg
z4PPhM63zr0gzr/OuM+Mzr3OtyDOvM65zrEgz4bPic+Ezr/Os8+BzrHPhs6vzrEgzrzOtSDPgM6x
zrnOtM65zqwuCs6cz4DOv8+BzrXOr8+EzrUgzr3OsSDOvM6/z4Ugz4PPhM61zq/Ou861z4TOtSDP
g8+Ezr8gW86xz4DPjM66z4HPhc+Izrc6IM6xz4HOuc64zrzPjM+CIM+EzrfOu861z4bPjs69zr/P
hV0gz4TOv869IM6xz4HOuc64zrzPjCDPg861zrnPgc6sz4I7wrsKCs6jzrfOvM61zq/Pic+Dzrcg
z4PPhc+Dz4TOrs68zrHPhM6/z4I6IM6kzr8gzrzOrs69z4XOvM6xIM+AzrXPgc65zrXOr8+HzrUg
z4DOuc64zrHOvc6sIM+Az4HOv8+Dz4nPgM65zrrOrCDOtM61zrTOv868zq3Ovc6xICjOsc+BzrnO
uM68z4wgz4TOt867zrXPhs+Ozr3Ov8+FKQrOus6xzrkgz4TOvM6uzrzOsSDPhM6/z4UgzrHPgM6/
zrrPgc+Nz4bOuM63zrrOtSDOsc+Fz4TPjM68zrHPhM6xLiDOpM6xIM68zrfOvc+NzrzOsc+EzrEg
zrzOtc+EzrHOvs+NIM6xzrPOv8+BzrHPg8+Ez47OvSDOus6xzrkgz4DPic67zrfPhM+Ozr0KzrTO
uc6xz4TOt8+Bzr/Pjc69z4TOsc65IM6zzrnOsSAxMiDOvM6uzr3Otc+CIM6zzrnOsSDOu8+MzrPO
v8+Fz4IgzrHPg8+GzqzOu861zrnOsc+CIM+Dz4XOvc6xzrvOu86xzrPPjs69LCDPg8+NzrzPhs+J
zr3OsSDOvM61IM+EzrfOvQrOoM6/zrvOuc+EzrnOus6uIM6Rz4DOv8+Bz4HOrs+Ezr/PhS4KCs6R
z4DOsc69z4TOrs+Dz4TOtSDOsc+Az4wgz4TOtyDPg861zrvOr860zrEgz4TOt8+CIM+Dz4XOvc6/
zrzOuc67zq/Osc+COgpodHRwczovL2Fnb3JhLnNob3AuZXhhbXBsZS5iZS9lbC9tZXNzYWdlcy9j
Lzg4MTUwMzQyCgrOm86xzrzOss6szr3Otc+EzrUgzrHPhc+Ez4wgz4TOvyDOvM6uzr3Phc68zrEg
zrXPgM61zrnOtM6uIM63IM60zrnOtc+NzrjPhc69z4POtyDOsc+Fz4TOriDOtc6vzr3Osc65IM6/
z4HOuc+DzrzOrc69zrcgz4nPgiDOtc+AzrHPhs6uIM61zrnOtM6/z4DOv865zq7Pg861z4nOvQrP
hM6/z4UgzrvOv86zzrHPgc65zrHPg868zr/PjSDPgM+JzrvOt8+Ezq4uIM6hz4XOuM68zq/Pg861
zrnPgiDOtc65zrTOv8+Azr/Ouc6uz4POtc+Jzr06IGh0dHBzOi8vYWdvcmEuc2hvcC5leGFtcGxl
LmJlL2VsL3NldHRpbmdzL25vdGlmaWNhdGlvbnMK

--==_ag_88150342_1782324862_7f3a
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+CjxodG1sPjxoZWFkPjxtZXRhIGh0dHAtZXF1aXY9IkNvbnRlbnQtVHlw
ZSIgY29udGVudD0idGV4dC9odG1sOyBjaGFyc2V0PXV0Zi04Ij48L2hlYWQ+Cjxib2R5IHN0eWxl
PSJmb250LWZhbWlseTogQXJpYWwsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTRweDsgY29sb3I6
ICMyMjIyMjI7Ij4KPHA+zp3Orc6/IM68zq7Ovc+FzrzOsSDOsc+Az4wgzrHOs86/z4HOsc+Dz4TO
rjwvcD4KPHA+zpHOs86zzrXOu86vzrE6ICAgICDCq0Nhbm9uIEVPUyAyNTBEICsgz4bOsc66z4zP
giAxOC01NSwgzrzOtc+EzrHPh861zrnPgc65z4POvM6tzr3Ot8K7ICjOsc+BLiAzMzA4MTcyKTxi
cj4KzqDPic67zrfPhM6uz4I6ICAgICBTaG9wIEV4YW1wbGUgT3V0bGV0ICjOtc+AzrHOs86zzrXO
u868zrHPhM6vzrHPgiDPgM+JzrvOt8+Ezq7Pgik8YnI+Cs6Rz4DPjDogICAgICAgICDOk865z47P
gc6zzr/PgiDOmi4sIM6YzrXPg8+DzrHOu86/zr3Or866zrc8YnI+Cs6XzrzOtc+Bzr/OvM63zr3O
r86xOiAgMjQvMDYvMjAyNiAyMToxNDwvcD4KPHA+zpzOrs69z4XOvM6xOjxicj4KwqvOms6xzrvO
t8+Dz4DOrc+BzrEsIM63IM68zrfPh86xzr3OriDOrc+HzrXOuSDOsc66z4zOvM6xIM68zq3Pg86x
IM+EzrfOvSDOus6sz4HPhM6xIM68zr3Ors68zrfPgiDPhM6/z4Ugz4DPgc6/zrfOs86/z43OvM61
zr3Ov8+FIM65zrTOuc6/zrrPhM6uz4TOtzs8YnI+Cs6jz4TOuc+CIM+Gz4nPhM6/zrPPgc6xz4bO
r861z4Igz4TOt8+CIM6xzrPOs861zrvOr86xz4Igz4bOsc6vzr3Otc+EzrHOuSDPg8+EzrfOvSDO
v864z4zOvc63IM68zrnOsSDPhs+Jz4TOv86zz4HOsc+Gzq/OsSDOvM61IM+AzrHOuc60zrnOrC48
YnI+Cs6cz4DOv8+BzrXOr8+EzrUgzr3OsSDOvM6/z4Ugz4PPhM61zq/Ou861z4TOtSDPg8+Ezr8g
W86xz4DPjM66z4HPhc+Izrc6IM6xz4HOuc64zrzPjM+CIM+EzrfOu861z4bPjs69zr/PhV0gz4TO
v869IM6xz4HOuc64zrzPjCDPg861zrnPgc6sz4I7wrs8L3A+CjxwPs6jzrfOvM61zq/Pic+Dzrcg
z4PPhc+Dz4TOrs68zrHPhM6/z4I6IM6kzr8gzrzOrs69z4XOvM6xIM+AzrXPgc65zrXOr8+HzrUg
z4DOuc64zrHOvc6sIM+Az4HOv8+Dz4nPgM65zrrOrCDOtM61zrTOv868zq3Ovc6xICjOsc+BzrnO
uM68z4wgz4TOt867zrXPhs+Ozr3Ov8+FKTxicj4KzrrOsc65IM+EzrzOrs68zrEgz4TOv8+FIM6x
z4DOv866z4HPjc+GzrjOt866zrUgzrHPhc+Ez4zOvM6xz4TOsS4gzqTOsSDOvM63zr3Pjc68zrHP
hM6xIM68zrXPhM6xzr7PjSDOsc6zzr/Pgc6xz4PPhM+Ozr0gzrrOsc65IM+Az4nOu863z4TPjs69
PGJyPgrOtM65zrHPhM63z4HOv8+Nzr3PhM6xzrkgzrPOuc6xIDEyIM68zq7Ovc61z4IgzrPOuc6x
IM67z4zOs86/z4XPgiDOsc+Dz4bOrM67zrXOuc6xz4Igz4PPhc69zrHOu867zrHOs8+Ozr0sIM+D
z43OvM+Gz4nOvc6xIM68zrUgz4TOt869PGJyPgrOoM6/zrvOuc+EzrnOus6uIM6Rz4DOv8+Bz4HO
rs+Ezr/PhS48L3A+CjxwPs6Rz4DOsc69z4TOrs+Dz4TOtSDOsc+Az4wgz4TOtyDPg861zrvOr860
zrEgz4TOt8+CIM+Dz4XOvc6/zrzOuc67zq/Osc+COjxicj4KaHR0cHM6Ly9hZ29yYS5zaG9wLmV4
YW1wbGUuYmUvZWwvbWVzc2FnZXMvYy84ODE1MDM0MjwvcD4KPHA+zpvOsc68zrLOrM69zrXPhM61
IM6xz4XPhM+MIM+Ezr8gzrzOrs69z4XOvM6xIM61z4DOtc65zrTOriDOtyDOtM65zrXPjc64z4XO
vc+DzrcgzrHPhc+Ezq4gzrXOr869zrHOuSDOv8+BzrnPg868zq3Ovc63IM+Jz4IgzrXPgM6xz4bO
riDOtc65zrTOv8+Azr/Ouc6uz4POtc+Jzr08YnI+Cs+Ezr/PhSDOu86/zrPOsc+BzrnOsc+DzrzO
v8+NIM+Az4nOu863z4TOri4gzqHPhc64zrzOr8+DzrXOuc+CIM61zrnOtM6/z4DOv865zq7Pg861
z4nOvTogaHR0cHM6Ly9hZ29yYS5zaG9wLmV4YW1wbGUuYmUvZWwvc2V0dGluZ3Mvbm90aWZpY2F0
aW9uczwvcD4KPC9ib2R5PjwvaHRtbD4K

--==_ag_88150342_1782324862_7f3a--
'''),
    ('el', 'tradein-voucher-issued-payment', 'automated', (),
'''Return-Path: <pm_bounces@pm-bounces.giftly.example.com>
Received: from mta-205.pm.giftly.example.com (mta-205.pm.giftly.example.com [198.51.100.205])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GK1Wm4RsHz2tNp
        for <privacy@shop.example.be>; Mon, 29 Jun 2026 12:33:10 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; d=giftly.example.com; s=20260101pm;
	c=relaxed/relaxed; i=vouchers@giftly.example.com; t=1782729189;
	h=date:date:from:from:message-id:reply-to:sender:subject:subject:to:to:cc;
	bh=V6n1Q9mT3zR7xL0kW2cJ5bH8sY4pG1dA0uE6iO3tF9m=;
	b=cG9zdG1hcmstc3R5bGUtcGxhY2Vob2xkZXItc2lnbmF0dXJlLWdpZnRseS1ub3QtcmVhbA==
Date: Mon, 29 Jun 2026 10:33:09 +0000
From: =?utf-8?b?U2hvcCBFeGFtcGxlIM6azr/Phc+Az4zOvc65zrE=?= <vouchers@giftly.example.com>
Reply-To: noreply@giftly.example.com
To: eleni.alexiou@mailbox.example.gr
Message-Id: <5b7e2d1c-9a40-4f83-b6e2-1c3d8f0a7e95@mtasv.example.net>
Subject: =?utf-8?b?zpcgz4DOu863z4HPic68zq4gz4TOt8+CIM6xzr3PhM6xzrvOu86xzrM=?=
 =?utf-8?b?zq7PgiDOv867zr/Ous67zrfPgc+OzrjOt866zrU6IM66zr/Phc+Az4zOvc65IDQx?=
 =?utf-8?b?MCwwMCDigqwgKFRJLUdSLTIwMjYtMDIyODQp?=
MIME-Version: 1.0
X-PM-Message-Id: 5b7e2d1c-9a40-4f83-b6e2-1c3d8f0a7e95
X-PM-RCPT: |bTB8MjI4NHwxNDQ4NDQ0fHByaXZhY3lAc2hvcC5leGFtcGxlLmJl|
X-PM-Tag: tradein-voucher
X-PM-Message-Stream: outbound
Content-Type: multipart/alternative; boundary="b1_3e7c9a0f52d14b68a1c0e95f7d2b4a36"

--b1_3e7c9a0f52d14b68a1c0e95f7d2b4a36
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=CE=A4=CE=BF =CE=BA=CE=BF=CF=85=CF=80=CF=8C=CE=BD=CE=B9 =CE=B1=CE=BD=CF=84=
=CE=B1=CE=BB=CE=BB=CE=B1=CE=B3=CE=AE=CF=82 =CF=83=CE=B1=CF=82 =CE=B5=CE=BA=
=CE=B4=CF=8C=CE=B8=CE=B7=CE=BA=CE=B5

=CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CE=AE =CE=BA=CF=85=CF=81=CE=AF=CE=B1 =
=CE=91=CE=BB=CE=B5=CE=BE=CE=AF=CE=BF=CF=85,

=CE=B7 =CE=B1=CE=BE=CE=B9=CE=BF=CE=BB=CF=8C=CE=B3=CE=B7=CF=83=CE=B7 =CF=84=
=CE=B7=CF=82 =CF=83=CF=85=CF=83=CE=BA=CE=B5=CF=85=CE=AE=CF=82 =CF=83=CE=B1=
=CF=82 =CE=BF=CE=BB=CE=BF=CE=BA=CE=BB=CE=B7=CF=81=CF=8E=CE=B8=CE=B7=CE=BA=
=CE=B5 =CE=BA=CE=B1=CE=B9 =CE=B7 =CF=80=CE=BB=CE=B7=CF=81=CF=89=CE=BC=CE=AE=
 =CE=BC=CE=AD=CF=83=CF=89 =CE=BA=CE=BF=CF=85=CF=80=CE=BF=CE=BD=CE=B9=CE=BF=
=CF=8D =CE=B5=CE=BA=CF=84=CE=B5=CE=BB=CE=AD=CF=83=CF=84=CE=B7=CE=BA=CE=B5.

=CE=91=CF=81. =CE=B1=CE=BD=CF=84=CE=B1=CE=BB=CE=BB=CE=B1=CE=B3=CE=AE=CF=82:=
   TI-GR-2026-02284
=CE=A3=CF=85=CF=83=CE=BA=CE=B5=CF=85=CE=AE:          Apple MacBook Air M1 (=
2020), 256 GB
=CE=A4=CE=B5=CE=BB=CE=B9=CE=BA=CE=AE =CE=B1=CE=BE=CE=AF=CE=B1:      410,00 =
=E2=82=AC
=CE=9A=CF=89=CE=B4=CE=B9=CE=BA=CF=8C=CF=82 =CE=BA=CE=BF=CF=85=CF=80=CE=BF=
=CE=BD=CE=B9=CE=BF=CF=8D: SHX-****-****-7Q4M
=CE=99=CF=83=CF=87=CF=8D=CE=B5=CE=B9 =CE=AD=CF=89=CF=82:       29/06/2027

=CE=A4=CE=BF =CE=BA=CE=BF=CF=85=CF=80=CF=8C=CE=BD=CE=B9 =CE=AD=CF=87=CE=B5=
=CE=B9 =CE=B1=CF=80=CE=BF=CE=B8=CE=B7=CE=BA=CE=B5=CF=85=CF=84=CE=B5=CE=AF =
=CF=83=CF=84=CE=BF=CE=BD =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=
=CE=BC=CF=8C =CF=83=CE=B1=CF=82 =CE=BA=CE=B1=CE=B9 =CE=BC=CF=80=CE=BF=CF=81=
=CE=B5=CE=AF =CE=BD=CE=B1 =CF=87=CF=81=CE=B7=CF=83=CE=B9=CE=BC=CE=BF=CF=80=
=CE=BF=CE=B9=CE=B7=CE=B8=CE=B5=CE=AF
=CF=83=CF=84=CE=BF =CE=B7=CE=BB=CE=B5=CE=BA=CF=84=CF=81=CE=BF=CE=BD=CE=B9=
=CE=BA=CF=8C =CE=BA=CE=B1=CF=84=CE=AC=CF=83=CF=84=CE=B7=CE=BC=CE=B1 =CE=BA=
=CE=B1=CE=B9 =CF=83=CF=84=CE=B1 =CE=BA=CE=B1=CF=84=CE=B1=CF=83=CF=84=CE=AE=
=CE=BC=CE=B1=CF=84=CE=B1 Shop Example.

=CE=A4=CE=B1 =CF=80=CF=81=CE=BF=CF=83=CF=89=CF=80=CE=B9=CE=BA=CE=AC =CE=B4=
=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CE=B1 =CF=83=CF=84=CE=B7 =CF=83=CF=85=
=CF=83=CE=BA=CE=B5=CF=85=CE=AE =CE=B4=CE=B9=CE=B1=CE=B3=CF=81=CE=AC=CF=86=
=CE=B7=CE=BA=CE=B1=CE=BD =CE=BC=CE=B5 =CF=80=CE=B9=CF=83=CF=84=CE=BF=CF=80=
=CE=BF=CE=B9=CE=B7=CE=BC=CE=AD=CE=BD=CE=B7 =CE=BC=CE=AD=CE=B8=CE=BF=CE=B4=
=CE=BF.
=CE=A4=CE=BF =CF=80=CE=B9=CF=83=CF=84=CE=BF=CF=80=CE=BF=CE=B9=CE=B7=CF=84=
=CE=B9=CE=BA=CF=8C =CE=B4=CE=B9=CE=B1=CE=B3=CF=81=CE=B1=CF=86=CE=AE=CF=82 (=
=CE=B1=CF=81. ER-GR-2026-02284) =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=B4=CE=B9=
=CE=B1=CE=B8=CE=AD=CF=83=CE=B9=CE=BC=CE=BF =CF=83=CF=84=CE=BF=CE=BD =CE=BB=
=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=CF=8C =CF=83=CE=B1=CF=82.

=CE=91=CF=85=CF=84=CF=8C =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=AD=CE=BD=CE=B1 =
=CE=B1=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=
=CE=BC=CE=B1. =CE=A0=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CE=BF=CF=8D=CE=BC=
=CE=B5 =CE=BC=CE=B7=CE=BD =CE=B1=CF=80=CE=B1=CE=BD=CF=84=CE=AC=CF=84=CE=B5.
Giftly Payments =CE=B3=CE=B9=CE=B1 =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=
=B1=CF=83=CE=BC=CF=8C =CF=84=CE=B7=CF=82 Shop Example BV

--b1_3e7c9a0f52d14b68a1c0e95f7d2b4a36
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family: Arial, sans-serif; font-size: 14px; color: #222=
222;">
<p>=CE=A4=CE=BF =CE=BA=CE=BF=CF=85=CF=80=CF=8C=CE=BD=CE=B9 =CE=B1=CE=BD=CF=
=84=CE=B1=CE=BB=CE=BB=CE=B1=CE=B3=CE=AE=CF=82 =CF=83=CE=B1=CF=82 =CE=B5=CE=
=BA=CE=B4=CF=8C=CE=B8=CE=B7=CE=BA=CE=B5</p>
<p>=CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CE=AE =CE=BA=CF=85=CF=81=CE=AF=CE=
=B1 =CE=91=CE=BB=CE=B5=CE=BE=CE=AF=CE=BF=CF=85,</p>
<p>=CE=B7 =CE=B1=CE=BE=CE=B9=CE=BF=CE=BB=CF=8C=CE=B3=CE=B7=CF=83=CE=B7 =CF=
=84=CE=B7=CF=82 =CF=83=CF=85=CF=83=CE=BA=CE=B5=CF=85=CE=AE=CF=82 =CF=83=CE=
=B1=CF=82 =CE=BF=CE=BB=CE=BF=CE=BA=CE=BB=CE=B7=CF=81=CF=8E=CE=B8=CE=B7=CE=
=BA=CE=B5 =CE=BA=CE=B1=CE=B9 =CE=B7 =CF=80=CE=BB=CE=B7=CF=81=CF=89=CE=BC=CE=
=AE =CE=BC=CE=AD=CF=83=CF=89 =CE=BA=CE=BF=CF=85=CF=80=CE=BF=CE=BD=CE=B9=CE=
=BF=CF=8D =CE=B5=CE=BA=CF=84=CE=B5=CE=BB=CE=AD=CF=83=CF=84=CE=B7=CE=BA=CE=
=B5.</p>
<p>=CE=91=CF=81. =CE=B1=CE=BD=CF=84=CE=B1=CE=BB=CE=BB=CE=B1=CE=B3=CE=AE=CF=
=82:   TI-GR-2026-02284<br>
=CE=A3=CF=85=CF=83=CE=BA=CE=B5=CF=85=CE=AE:          Apple MacBook Air M1 (=
2020), 256 GB<br>
=CE=A4=CE=B5=CE=BB=CE=B9=CE=BA=CE=AE =CE=B1=CE=BE=CE=AF=CE=B1:      410,00 =
=E2=82=AC<br>
=CE=9A=CF=89=CE=B4=CE=B9=CE=BA=CF=8C=CF=82 =CE=BA=CE=BF=CF=85=CF=80=CE=BF=
=CE=BD=CE=B9=CE=BF=CF=8D: SHX-****-****-7Q4M<br>
=CE=99=CF=83=CF=87=CF=8D=CE=B5=CE=B9 =CE=AD=CF=89=CF=82:       29/06/2027</=
p>
<p>=CE=A4=CE=BF =CE=BA=CE=BF=CF=85=CF=80=CF=8C=CE=BD=CE=B9 =CE=AD=CF=87=CE=
=B5=CE=B9 =CE=B1=CF=80=CE=BF=CE=B8=CE=B7=CE=BA=CE=B5=CF=85=CF=84=CE=B5=CE=
=AF =CF=83=CF=84=CE=BF=CE=BD =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=
=83=CE=BC=CF=8C =CF=83=CE=B1=CF=82 =CE=BA=CE=B1=CE=B9 =CE=BC=CF=80=CE=BF=CF=
=81=CE=B5=CE=AF =CE=BD=CE=B1 =CF=87=CF=81=CE=B7=CF=83=CE=B9=CE=BC=CE=BF=CF=
=80=CE=BF=CE=B9=CE=B7=CE=B8=CE=B5=CE=AF<br>
=CF=83=CF=84=CE=BF =CE=B7=CE=BB=CE=B5=CE=BA=CF=84=CF=81=CE=BF=CE=BD=CE=B9=
=CE=BA=CF=8C =CE=BA=CE=B1=CF=84=CE=AC=CF=83=CF=84=CE=B7=CE=BC=CE=B1 =CE=BA=
=CE=B1=CE=B9 =CF=83=CF=84=CE=B1 =CE=BA=CE=B1=CF=84=CE=B1=CF=83=CF=84=CE=AE=
=CE=BC=CE=B1=CF=84=CE=B1 Shop Example.</p>
<p>=CE=A4=CE=B1 =CF=80=CF=81=CE=BF=CF=83=CF=89=CF=80=CE=B9=CE=BA=CE=AC =CE=
=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CE=B1 =CF=83=CF=84=CE=B7 =CF=83=CF=
=85=CF=83=CE=BA=CE=B5=CF=85=CE=AE =CE=B4=CE=B9=CE=B1=CE=B3=CF=81=CE=AC=CF=
=86=CE=B7=CE=BA=CE=B1=CE=BD =CE=BC=CE=B5 =CF=80=CE=B9=CF=83=CF=84=CE=BF=CF=
=80=CE=BF=CE=B9=CE=B7=CE=BC=CE=AD=CE=BD=CE=B7 =CE=BC=CE=AD=CE=B8=CE=BF=CE=
=B4=CE=BF.<br>
=CE=A4=CE=BF =CF=80=CE=B9=CF=83=CF=84=CE=BF=CF=80=CE=BF=CE=B9=CE=B7=CF=84=
=CE=B9=CE=BA=CF=8C =CE=B4=CE=B9=CE=B1=CE=B3=CF=81=CE=B1=CF=86=CE=AE=CF=82 (=
=CE=B1=CF=81. ER-GR-2026-02284) =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=B4=CE=B9=
=CE=B1=CE=B8=CE=AD=CF=83=CE=B9=CE=BC=CE=BF =CF=83=CF=84=CE=BF=CE=BD =CE=BB=
=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=CF=8C =CF=83=CE=B1=CF=82.<=
/p>
<p>=CE=91=CF=85=CF=84=CF=8C =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=AD=CE=BD=CE=
=B1 =CE=B1=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=
=85=CE=BC=CE=B1. =CE=A0=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CE=BF=CF=8D=CE=
=BC=CE=B5 =CE=BC=CE=B7=CE=BD =CE=B1=CF=80=CE=B1=CE=BD=CF=84=CE=AC=CF=84=CE=
=B5.<br>
Giftly Payments =CE=B3=CE=B9=CE=B1 =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=
=B1=CF=83=CE=BC=CF=8C =CF=84=CE=B7=CF=82 Shop Example BV</p>
</body></html>

--b1_3e7c9a0f52d14b68a1c0e95f7d2b4a36--
'''),
    ('el', 'person-objection-phone-disclaimer-above-listing', 'objection', (),
'''Return-Path: <d.stavropoulos@lawpatra.example.gr>
Received: from EUR01-AM0-obe.outbound.protection.outlook.com (mail-am0eur01on2133.outbound.protection.outlook.com [198.51.100.133])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GH2Pc7LwXz5qRs
        for <privacy@shop.example.be>; Fri, 19 Jun 2026 08:52:41 +0200 (CEST)
Received: from AM0PR05MB7319.eurprd05.prod.outlook.com ([fe80::5d1c:9a2b:3e7f:41c0])
 by AM0PR05MB7319.eurprd05.prod.outlook.com ([fe80::5d1c:9a2b:3e7f:41c0%5]) with
 mapi id 15.20.8722.20; Fri, 19 Jun 2026 06:52:39 +0000
From: =?utf-8?b?zpTOt868zq7PhM+BzrfPgiDOo8+EzrHPhc+Bz4zPgM6/z4XOu86/z4I=?= <d.stavropoulos@lawpatra.example.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?UmU6IM6XIM6xzrPOs861zrvOr86xIM+DzrHPgiDOtc6vzr3Osc65IM61?=
 =?utf-8?b?zr3Otc+BzrPOrjogU29ueSBBbHBoYSBhNjAwMCArIDE2LTUwIG1t?=
Thread-Topic: =?utf-8?b?zpcgzrHOs86zzrXOu86vzrEgz4POsc+CIM61zq/Ovc6xzrkgzrU=?=
 =?utf-8?b?zr3Otc+BzrPOrjogU29ueSBBbHBoYSBhNjAwMCArIDE2LTUwIG1t?=
Thread-Index: AQHc4Rk2vN8pQx0mT3yW7bJ1cH5sLQ==
Date: Fri, 19 Jun 2026 06:52:39 +0000
Message-ID: <AM0PR05MB7319E4C0A1B94F26D7E83A52@AM0PR05MB7319.eurprd05.prod.outlook.com>
References: <listing.3301945.live.1781773502@agora.shop.example.be>
In-Reply-To: <listing.3301945.live.1781773502@agora.shop.example.be>
Accept-Language: el-GR, en-US
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_AM0PR05MB7319E4C0A1B94F26D7E83A52AM0PR05MB7319eurp_"
MIME-Version: 1.0

--_000_AM0PR05MB7319E4C0A1B94F26D7E83A52AM0PR05MB7319eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6Rzr3PhM65z4TOr864zrXOvM6xzrkgz4PPhM6/
IM69zrEgzrXOvM+GzrHOvc6vzrbOtc+EzrHOuSDPhM6/IM+AzrvOrs+BzrXPgiDOv869zr/OvM6x
z4TOtc+Az47Ovc+FzrzPjCDOvM6/z4UgzrrOsc65IM63IM+Az4zOu863IM68zr/PhSDPg8+EzrnP
giDOsc6zzrPOtc67zq/Otc+CIM+Azr/PhSDOsc69zrXOss6szrbPiSDPg8+EzrfOvSDOsc6zzr/P
gc6sIM68zrXPhM6xz4fOtc65z4HOuc+DzrzOrc69z4nOvSDOus6xzrkgz4PPhM65z4IgzrHOvs65
zr/Ou86/zrPOrs+DzrXOuc+CIM+Azr/PhSDOvM6/z4UgzrHPhs6uzr3Ov8+Fzr0gzr/OuSDOsc6z
zr/Pgc6xz4PPhM6tz4IuIM6UzrXOvSDPhM6/IM61zq/Ph86xIM61z4DOuc67zq3Ovs61zrkgzrrO
sc65IM+Jz4IgzrTOuc66zrfOs8+Mz4HOv8+CIM+DzrUgzrzOuc66z4HOriDPgM+MzrvOtyDOtM61
zr0gzrjOrc67z4kgzr3OsSDPg8+Fzr3OtM6tzrXPhM6xzrkgzrTOt868z4zPg865zrEgz4TOvyDP
jM69zr/OvM6sIM68zr/PhSDOvM61IM+Az4nOu86uz4POtc65z4IuIM6gzrHPgc6xzrrOsc67z44g
zr3OsSDOtc68z4bOsc69zq/Ots61z4TOsc65IM68z4zOvc6/IM+IzrXPhc60z47Ovc+FzrzOvyDO
riDPhM6/IM6xz4HPh865zrrPjCDPhM6/z4UgzrXPgM+Jzr3Pjc68zr/PhSwgzrrOsc65IM69zrEg
z4PPhM6xzrzOsc+Ezq7Pg861zrkgzrHPhc+Ezq4gzrcgzrTOt868zr/Pg86vzrXPhc+DzrcgzrrO
sc65IM6zzrnOsSDPhM65z4Igz4DOsc67zrnOrc+CIM6xzrPOs861zrvOr861z4IuCgrOlc+Fz4fO
sc+BzrnPg8+Ez44sCs6UzrfOvM6uz4TPgc63z4IgzqPPhM6xz4XPgc+Mz4DOv8+FzrvOv8+CCgrO
m86uz4jOtyDPhM6/z4UgT3V0bG9vayDOs865zrEgaU9TCgpfX19fX19fX19fX19fX19fX19fX19f
X19fX19fX19fXwrOlM63zrzOrs+Ez4HOt8+CIM6jz4TOsc+Fz4HPjM+Azr/Phc67zr/PggrOlM65
zrrOt86zz4zPgc6/z4Ig4oCTIM6gzrHPgScgzpXPhs6tz4TOsc65z4IKzpTOuc66zrfOs86/z4HO
uc66z4wgzpPPgc6xz4bOtc6vzr8gzqPPhM6xz4XPgc+Mz4DOv8+FzrvOv8+CICYgzqPPhc69zrXP
gc6zzqzPhM61z4IKzpzOsc65zrbPjs69zr/PgiAxMTgsIDI2MiAyMSDOoM6sz4TPgc6xCs6kzrfO
uy46ICszMCAyNjEwIDU1NSA0MTMgfCDOms65zr0uOiArMzAgNjk3IDU1NSAyMjkwCgrOlc6czqDO
mc6jzqTOlc6lzqTOmc6azp86IM6kzr8gz4DOsc+Bz4zOvSDOvM6uzr3Phc68zrEgzrfOu861zrrP
hM+Bzr/Ovc65zrrOv8+NIM+EzrHPh8+FzrTPgc6/zrzOtc6vzr/PhSDOus6xzrkgz4TOsSDPhM+F
z4fPjM69IM+Dz4XOvc63zrzOvM6tzr3OsSDPhM6/z4UKzrHPgM61z4XOuM+Nzr3Ov869z4TOsc65
IM6xz4DOv866zrvOtc65z4PPhM65zrrOrCDPg8+Ezr/OvSDPgM6xz4HOsc67zq7PgM+EzrcgzrrO
sc65IM61zr3OtM6tz4fOtc+EzrHOuSDOvc6xIM+AzrXPgc65zq3Ph86/z4XOvSDOtc68z4DOuc+D
z4TOtc+Fz4TOuc66zq3PggrPgM67zrfPgc6/z4bOv8+Bzq/Otc+CIM6uIM+AzrvOt8+Bzr/Phs6/
z4HOr861z4Igz4DOv8+FIM66zrHOu8+Nz4DPhM6/zr3PhM6xzrkgzrHPgM+MIM+Ezr8gzrTOuc66
zrfOs86/z4HOuc66z4wgzrHPgM+Mz4HPgc63z4TOvy4gzpXOrM69IM60zrXOvSDOtc6vz4PPhM61
Cs6/IM69z4zOvM65zrzOv8+CIM+AzrHPgc6xzrvOrs+Az4TOt8+CLCDPg86xz4IgzrXOvc63zrzO
tc+Bz47Ovc6/z4XOvM61IM+Mz4TOuSDOsc+AzrHOs86/z4HOtc+NzrXPhM6xzrkgzr/PgM6/zrnO
sc60zq7PgM6/z4TOtSDPh8+Bzq7Pg863LCDOsc69z4TOuc6zz4HOsc+Gzq4sCs66zr/Ouc69zr/P
gM6/zq/Ot8+Dzrcgzq4gzrTOuc6xzr3Ov868zq4gz4TOv8+FLiDOkc69IM+Ezr8gzrvOrM6yzrHP
hM61IM66zrHPhM6sIM67zqzOuM6/z4IsIM+AzrHPgc6xzrrOsc67zr/Pjc68zrUgzrXOvc63zrzO
tc+Bz47Pg8+EzrUgzrHOvM6tz4PPic+CIM+Ezr/OvQrOsc+Azr/Pg8+Ezr/Ou86tzrEgzrrOsc65
IM60zrnOsc6zz4HOrM+Iz4TOtSDPhM6/IM6xz4DPjCDPhM6/IM+Dz43Pg8+EzrfOvM6sIM+DzrHP
gi4gzqTOvyDOs8+BzrHPhs61zq/OvyDOtM61zr0gz4bOrc+BzrXOuSDOtc+FzrjPjc69zrcgzrPO
uc6xIM+Ez4XPh8+Mzr0KzrnOv8+Nz4Igzq4gzrPOuc6xIM66zrHOuM+Fz4PPhM61z4HOrs+DzrXO
uc+CIM+Dz4TOtyDOvM61z4TOrM60zr/Pg863LgoKQ09ORklERU5USUFMSVRZIE5PVElDRTogVGhp
cyBlLW1haWwgYW5kIGFueSBhdHRhY2htZW50cyBhcmUgaW50ZW5kZWQgc29sZWx5IGZvciB0aGUK
YWRkcmVzc2VlIGFuZCBtYXkgY29udGFpbiBjb25maWRlbnRpYWwgb3IgcHJpdmlsZWdlZCBpbmZv
cm1hdGlvbi4gSWYgeW91IGFyZSBub3QgdGhlCmludGVuZGVkIHJlY2lwaWVudCwgYW55IHVzZSwg
Y29weWluZyBvciBkaXN0cmlidXRpb24gaXMgcHJvaGliaXRlZC4gUGxlYXNlIG5vdGlmeSB0aGUK
c2VuZGVyIGFuZCBkZWxldGUgdGhpcyBtZXNzYWdlLgpfX19fX19fX19fX19fX19fX19fX19fX19f
X19fX19fXwrOkc+Az4w6IEFnb3JhIM6czrXPhM6xz4fOtc65z4HOuc+DzrzOrc69zrEgPG5vLXJl
cGx5QGFnb3JhLnNob3AuZXhhbXBsZS5iZT4KzqPPhM6szrvOuM63zrrOtTogzqDOrc68z4DPhM63
LCDOmc6/z4XOvc6vzr/PhSAxOCwgMjAyNiAxMTowNSDPgC7OvC4KzqDPgc6/z4I6IGQuc3RhdnJv
cG91bG9zQGxhd3BhdHJhLmV4YW1wbGUuZ3IgPGQuc3RhdnJvcG91bG9zQGxhd3BhdHJhLmV4YW1w
bGUuZ3I+Cs6Yzq3OvM6xOiDOlyDOsc6zzrPOtc67zq/OsSDPg86xz4IgzrXOr869zrHOuSDOtc69
zrXPgc6zzq46IFNvbnkgQWxwaGEgYTYwMDAgKyAxNi01MCBtbQoKzpcgzrHOs86zzrXOu86vzrEg
z4POsc+CIM61zq/Ovc6xzrkgzrXOvc61z4HOs86uIQoKU29ueSBBbHBoYSBhNjAwMCArIDE2LTUw
IG1tLCDOvM61z4TOsc+HzrXOuc+BzrnPg868zq3Ovc63Cs6kzrnOvM6uOiAzMjAsMDAg4oKsCs6g
z4nOu863z4TOrs+COiDOlM63zrzOrs+Ez4HOt8+CIM6jz4TOsc+Fz4HPjM+Azr/Phc67zr/Pgiwg
zqDOrM+Ez4HOsQrOkc+BLiDOsc6zzrPOtc67zq/Osc+COiAzMzAxOTQ1CgrOlyDOsc6zzrPOtc67
zq/OsSDOuM6xIM61zrzPhs6xzr3Or862zrXPhM6xzrkgz4PPhM63zr0gQWdvcmEgzrPOuc6xIDMw
IM63zrzOrc+BzrXPgi4gzp/OuSDOsc6zzr/Pgc6xz4PPhM6tz4IgzrLOu86tz4DOv8+Fzr0gz4TO
vyDPjM69zr/OvM6xLArPhM63zr0gz4DPjM67zrcgzrrOsc65IM+EzrnPgiDOsc6+zrnOv867zr/O
s86uz4POtc65z4Igz4POsc+CLgoKzpHPhc+Ez4wgzrXOr869zrHOuSDOsc+Fz4TPjM68zrHPhM6/
IM68zq7Ovc+FzrzOsS4K

--_000_AM0PR05MB7319E4C0A1B94F26D7E83A52AM0PR05MB7319eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keSBkaXI9Imx0ciI+CjxkaXYgZGlyPSJs
dHIiPs6azrHOu863z4PPgM6tz4HOsSDPg86xz4IsPC9kaXY+CjxkaXYgZGlyPSJsdHIiPjxicj48
L2Rpdj4KPGRpdiBkaXI9Imx0ciI+zpHOvc+EzrnPhM6vzrjOtc68zrHOuSDPg8+Ezr8gzr3OsSDO
tc68z4bOsc69zq/Ots61z4TOsc65IM+Ezr8gz4DOu86uz4HOtc+CIM6/zr3Ov868zrHPhM61z4DP
js69z4XOvM+MIM68zr/PhSDOus6xzrkgzrcgz4DPjM67zrcgzrzOv8+FIM+Dz4TOuc+CIM6xzrPO
s861zrvOr861z4Igz4DOv8+FIM6xzr3Otc6yzqzOts+JIM+Dz4TOt869IM6xzrPOv8+BzqwgzrzO
tc+EzrHPh861zrnPgc65z4POvM6tzr3Pic69IM66zrHOuSDPg8+EzrnPgiDOsc6+zrnOv867zr/O
s86uz4POtc65z4Igz4DOv8+FIM68zr/PhSDOsc+Gzq7Ovc6/z4XOvSDOv865IM6xzrPOv8+BzrHP
g8+Ezq3Pgi4gzpTOtc69IM+Ezr8gzrXOr8+HzrEgzrXPgM65zrvOrc6+zrXOuSDOus6xzrkgz4nP
giDOtM65zrrOt86zz4zPgc6/z4Igz4POtSDOvM65zrrPgc6uIM+Az4zOu863IM60zrXOvSDOuM6t
zrvPiSDOvc6xIM+Dz4XOvc60zq3Otc+EzrHOuSDOtM63zrzPjM+DzrnOsSDPhM6/IM+Mzr3Ov868
zqwgzrzOv8+FIM68zrUgz4DPic67zq7Pg861zrnPgi4gzqDOsc+BzrHOus6xzrvPjiDOvc6xIM61
zrzPhs6xzr3Or862zrXPhM6xzrkgzrzPjM69zr8gz4jOtc+FzrTPjs69z4XOvM6/IM6uIM+Ezr8g
zrHPgc+HzrnOus+MIM+Ezr/PhSDOtc+Az4nOvc+NzrzOv8+FLCDOus6xzrkgzr3OsSDPg8+EzrHO
vM6xz4TOrs+DzrXOuSDOsc+Fz4TOriDOtyDOtM63zrzOv8+Dzq/Otc+Fz4POtyDOus6xzrkgzrPO
uc6xIM+EzrnPgiDPgM6xzrvOuc6tz4IgzrHOs86zzrXOu86vzrXPgi48L2Rpdj4KPGRpdiBkaXI9
Imx0ciI+PGJyPjwvZGl2Pgo8ZGl2IGRpcj0ibHRyIj7Olc+Fz4fOsc+BzrnPg8+Ez44sPC9kaXY+
CjxkaXYgZGlyPSJsdHIiPs6UzrfOvM6uz4TPgc63z4IgzqPPhM6xz4XPgc+Mz4DOv8+FzrvOv8+C
PC9kaXY+CjxkaXYgZGlyPSJsdHIiPjxicj48L2Rpdj4KPGRpdiBkaXI9Imx0ciI+zpvOrs+Izrcg
z4TOv8+FIE91dGxvb2sgzrPOuc6xIGlPUzwvZGl2Pgo8ZGl2IGRpcj0ibHRyIj48YnI+PC9kaXY+
CjxkaXYgZGlyPSJsdHIiPl9fX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fPC9kaXY+Cjxk
aXYgZGlyPSJsdHIiPs6UzrfOvM6uz4TPgc63z4IgzqPPhM6xz4XPgc+Mz4DOv8+FzrvOv8+CPC9k
aXY+CjxkaXYgZGlyPSJsdHIiPs6UzrnOus63zrPPjM+Bzr/PgiDigJMgzqDOsc+BJiN4Mjc7IM6V
z4bOrc+EzrHOuc+CPC9kaXY+CjxkaXYgZGlyPSJsdHIiPs6UzrnOus63zrPOv8+BzrnOus+MIM6T
z4HOsc+GzrXOr86/IM6jz4TOsc+Fz4HPjM+Azr/Phc67zr/PgiAmYW1wOyDOo8+Fzr3Otc+BzrPO
rM+EzrXPgjwvZGl2Pgo8ZGl2IGRpcj0ibHRyIj7OnM6xzrnOts+Ozr3Ov8+CIDExOCwgMjYyIDIx
IM6gzqzPhM+BzrE8L2Rpdj4KPGRpdiBkaXI9Imx0ciI+zqTOt867LjogKzMwIDI2MTAgNTU1IDQx
MyB8IM6azrnOvS46ICszMCA2OTcgNTU1IDIyOTA8L2Rpdj4KPGRpdiBkaXI9Imx0ciI+PGJyPjwv
ZGl2Pgo8ZGl2IGRpcj0ibHRyIj7Olc6czqDOmc6jzqTOlc6lzqTOmc6azp86IM6kzr8gz4DOsc+B
z4zOvSDOvM6uzr3Phc68zrEgzrfOu861zrrPhM+Bzr/Ovc65zrrOv8+NIM+EzrHPh8+FzrTPgc6/
zrzOtc6vzr/PhSDOus6xzrkgz4TOsSDPhM+Fz4fPjM69IM+Dz4XOvc63zrzOvM6tzr3OsSDPhM6/
z4U8L2Rpdj4KPGRpdiBkaXI9Imx0ciI+zrHPgM61z4XOuM+Nzr3Ov869z4TOsc65IM6xz4DOv866
zrvOtc65z4PPhM65zrrOrCDPg8+Ezr/OvSDPgM6xz4HOsc67zq7PgM+EzrcgzrrOsc65IM61zr3O
tM6tz4fOtc+EzrHOuSDOvc6xIM+AzrXPgc65zq3Ph86/z4XOvSDOtc68z4DOuc+Dz4TOtc+Fz4TO
uc66zq3PgjwvZGl2Pgo8ZGl2IGRpcj0ibHRyIj7PgM67zrfPgc6/z4bOv8+Bzq/Otc+CIM6uIM+A
zrvOt8+Bzr/Phs6/z4HOr861z4Igz4DOv8+FIM66zrHOu8+Nz4DPhM6/zr3PhM6xzrkgzrHPgM+M
IM+Ezr8gzrTOuc66zrfOs86/z4HOuc66z4wgzrHPgM+Mz4HPgc63z4TOvy4gzpXOrM69IM60zrXO
vSDOtc6vz4PPhM61PC9kaXY+CjxkaXYgZGlyPSJsdHIiPs6/IM69z4zOvM65zrzOv8+CIM+AzrHP
gc6xzrvOrs+Az4TOt8+CLCDPg86xz4IgzrXOvc63zrzOtc+Bz47Ovc6/z4XOvM61IM+Mz4TOuSDO
sc+AzrHOs86/z4HOtc+NzrXPhM6xzrkgzr/PgM6/zrnOsc60zq7PgM6/z4TOtSDPh8+Bzq7Pg863
LCDOsc69z4TOuc6zz4HOsc+Gzq4sPC9kaXY+CjxkaXYgZGlyPSJsdHIiPs66zr/Ouc69zr/PgM6/
zq/Ot8+Dzrcgzq4gzrTOuc6xzr3Ov868zq4gz4TOv8+FLiDOkc69IM+Ezr8gzrvOrM6yzrHPhM61
IM66zrHPhM6sIM67zqzOuM6/z4IsIM+AzrHPgc6xzrrOsc67zr/Pjc68zrUgzrXOvc63zrzOtc+B
z47Pg8+EzrUgzrHOvM6tz4PPic+CIM+Ezr/OvTwvZGl2Pgo8ZGl2IGRpcj0ibHRyIj7Osc+Azr/P
g8+Ezr/Ou86tzrEgzrrOsc65IM60zrnOsc6zz4HOrM+Iz4TOtSDPhM6/IM6xz4DPjCDPhM6/IM+D
z43Pg8+EzrfOvM6sIM+DzrHPgi4gzqTOvyDOs8+BzrHPhs61zq/OvyDOtM61zr0gz4bOrc+BzrXO
uSDOtc+FzrjPjc69zrcgzrPOuc6xIM+Ez4XPh8+Mzr08L2Rpdj4KPGRpdiBkaXI9Imx0ciI+zrnO
v8+Nz4Igzq4gzrPOuc6xIM66zrHOuM+Fz4PPhM61z4HOrs+DzrXOuc+CIM+Dz4TOtyDOvM61z4TO
rM60zr/Pg863LjwvZGl2Pgo8ZGl2IGRpcj0ibHRyIj48YnI+PC9kaXY+CjxkaXYgZGlyPSJsdHIi
PkNPTkZJREVOVElBTElUWSBOT1RJQ0U6IFRoaXMgZS1tYWlsIGFuZCBhbnkgYXR0YWNobWVudHMg
YXJlIGludGVuZGVkIHNvbGVseSBmb3IgdGhlPC9kaXY+CjxkaXYgZGlyPSJsdHIiPmFkZHJlc3Nl
ZSBhbmQgbWF5IGNvbnRhaW4gY29uZmlkZW50aWFsIG9yIHByaXZpbGVnZWQgaW5mb3JtYXRpb24u
IElmIHlvdSBhcmUgbm90IHRoZTwvZGl2Pgo8ZGl2IGRpcj0ibHRyIj5pbnRlbmRlZCByZWNpcGll
bnQsIGFueSB1c2UsIGNvcHlpbmcgb3IgZGlzdHJpYnV0aW9uIGlzIHByb2hpYml0ZWQuIFBsZWFz
ZSBub3RpZnkgdGhlPC9kaXY+CjxkaXYgZGlyPSJsdHIiPnNlbmRlciBhbmQgZGVsZXRlIHRoaXMg
bWVzc2FnZS48L2Rpdj4KPGRpdiBkaXI9Imx0ciI+X19fX19fX19fX19fX19fX19fX19fX19fX19f
X19fX188L2Rpdj4KPGRpdiBkaXI9Imx0ciI+zpHPgM+MOiBBZ29yYSDOnM61z4TOsc+HzrXOuc+B
zrnPg868zq3Ovc6xICZsdDtuby1yZXBseUBhZ29yYS5zaG9wLmV4YW1wbGUuYmUmZ3Q7PC9kaXY+
CjxkaXYgZGlyPSJsdHIiPs6jz4TOrM67zrjOt866zrU6IM6gzq3OvM+Az4TOtywgzpnOv8+Fzr3O
r86/z4UgMTgsIDIwMjYgMTE6MDUgz4AuzrwuPC9kaXY+CjxkaXYgZGlyPSJsdHIiPs6gz4HOv8+C
OiBkLnN0YXZyb3BvdWxvc0BsYXdwYXRyYS5leGFtcGxlLmdyICZsdDtkLnN0YXZyb3BvdWxvc0Bs
YXdwYXRyYS5leGFtcGxlLmdyJmd0OzwvZGl2Pgo8ZGl2IGRpcj0ibHRyIj7OmM6tzrzOsTogzpcg
zrHOs86zzrXOu86vzrEgz4POsc+CIM61zq/Ovc6xzrkgzrXOvc61z4HOs86uOiBTb255IEFscGhh
IGE2MDAwICsgMTYtNTAgbW08L2Rpdj4KPGRpdiBkaXI9Imx0ciI+PGJyPjwvZGl2Pgo8ZGl2IGRp
cj0ibHRyIj7OlyDOsc6zzrPOtc67zq/OsSDPg86xz4IgzrXOr869zrHOuSDOtc69zrXPgc6zzq4h
PC9kaXY+CjxkaXYgZGlyPSJsdHIiPjxicj48L2Rpdj4KPGRpdiBkaXI9Imx0ciI+U29ueSBBbHBo
YSBhNjAwMCArIDE2LTUwIG1tLCDOvM61z4TOsc+HzrXOuc+BzrnPg868zq3Ovc63PC9kaXY+Cjxk
aXYgZGlyPSJsdHIiPs6kzrnOvM6uOiAzMjAsMDAg4oKsPC9kaXY+CjxkaXYgZGlyPSJsdHIiPs6g
z4nOu863z4TOrs+COiDOlM63zrzOrs+Ez4HOt8+CIM6jz4TOsc+Fz4HPjM+Azr/Phc67zr/Pgiwg
zqDOrM+Ez4HOsTwvZGl2Pgo8ZGl2IGRpcj0ibHRyIj7Okc+BLiDOsc6zzrPOtc67zq/Osc+COiAz
MzAxOTQ1PC9kaXY+CjxkaXYgZGlyPSJsdHIiPjxicj48L2Rpdj4KPGRpdiBkaXI9Imx0ciI+zpcg
zrHOs86zzrXOu86vzrEgzrjOsSDOtc68z4bOsc69zq/Ots61z4TOsc65IM+Dz4TOt869IEFnb3Jh
IM6zzrnOsSAzMCDOt868zq3Pgc61z4IuIM6fzrkgzrHOs86/z4HOsc+Dz4TOrc+CIM6yzrvOrc+A
zr/Phc69IM+Ezr8gz4zOvc6/zrzOsSw8L2Rpdj4KPGRpdiBkaXI9Imx0ciI+z4TOt869IM+Az4zO
u863IM66zrHOuSDPhM65z4IgzrHOvs65zr/Ou86/zrPOrs+DzrXOuc+CIM+DzrHPgi48L2Rpdj4K
PGRpdiBkaXI9Imx0ciI+PGJyPjwvZGl2Pgo8ZGl2IGRpcj0ibHRyIj7Okc+Fz4TPjCDOtc6vzr3O
sc65IM6xz4XPhM+MzrzOsc+Ezr8gzrzOrs69z4XOvM6xLjwvZGl2Pgo8L2JvZHk+PC9odG1sPgo=

--_000_AM0PR05MB7319E4C0A1B94F26D7E83A52AM0PR05MB7319eurp_--
'''),
    ('bg', 'sendmail-bounce-user-unknown', 'automated', (),
'''Return-Path: <>
Received: from mail.obmen.example.bg (mail.obmen.example.bg [203.0.113.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GL6Tb0NqWz3rMx
        for <privacy@shop.example.be>; Tue, 7 Jul 2026 10:21:03 +0200 (CEST)
Received: from localhost (localhost)
	by mail.obmen.example.bg (8.17.2/8.17.2) id 66H8KtPr019874;
	Tue, 7 Jul 2026 11:21:01 +0300
Date: Tue, 7 Jul 2026 11:21:01 +0300
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.obmen.example.bg>
Message-Id: <202607070821.66H8KtPr019874@mail.obmen.example.bg>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="66H8KtPq019873.1783412461/mail.obmen.example.bg"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--66H8KtPq019873.1783412461/mail.obmen.example.bg

The original message was received at Tue, 7 Jul 2026 11:21:00 +0300
from mx-out1.shop.example.be [203.0.113.25]

   ----- The following addresses had permanent fatal errors -----
<georgi.dimitorv@obmen.example.bg>
    (reason: 550 5.1.1 <georgi.dimitorv@obmen.example.bg>... User unknown)

   ----- Transcript of session follows -----
... while talking to local delivery agent:
550 5.1.1 <georgi.dimitorv@obmen.example.bg>... User unknown

--66H8KtPq019873.1783412461/mail.obmen.example.bg
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.obmen.example.bg
Received-From-MTA: DNS; mx-out1.shop.example.be
Arrival-Date: Tue, 7 Jul 2026 11:21:00 +0300

Final-Recipient: RFC822; georgi.dimitorv@obmen.example.bg
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mail.obmen.example.bg
Diagnostic-Code: SMTP; 550 5.1.1 <georgi.dimitorv@obmen.example.bg>... User unknown
Last-Attempt-Date: Tue, 7 Jul 2026 11:21:01 +0300

--66H8KtPq019873.1783412461/mail.obmen.example.bg
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be (mx-out1.shop.example.be [203.0.113.25])
	by mail.obmen.example.bg (8.17.2/8.17.2) with ESMTPS id 66H8KtPq019873
	(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)
	for <georgi.dimitorv@obmen.example.bg>; Tue, 7 Jul 2026 11:21:00 +0300
From: =?utf-8?b?U2hvcCBFeGFtcGxlIOKAkyDQl9Cw0YnQuNGC0LAg0L3QsCDQtNCw0L3QvdC4?=
 =?utf-8?b?0YLQtQ==?= <privacy@shop.example.be>
To: georgi.dimitorv@obmen.example.bg
Subject: =?utf-8?b?0JLQsNGI0LXRgtC+INC30LDQv9C40YLQstCw0L3QtTog0LjQt9GC0YA=?=
 =?utf-8?b?0LjQstCw0L3QtSDQvdCwINC00LDQvdC90LjRgtC1INC+0YIg0L/RgNC10LTQsNC0?=
 =?utf-8?b?0LXQvdC40Y8g0LvQsNC/0YLQvtC/?=
Date: Tue, 7 Jul 2026 10:20:57 +0200
Message-ID: <e6c1a9f3-70b2-4d58-8e14-3b9f2c0d7a61@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

--66H8KtPq019873.1783412461/mail.obmen.example.bg--
'''),
    ('bg', 'exchange-online-ooo-buyback-team', 'automated', (),
'''Return-Path: <>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2071.outbound.protection.outlook.com [198.51.100.171])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GL9Hr5KdPz1wQn
        for <privacy@shop.example.be>; Wed, 8 Jul 2026 09:03:18 +0200 (CEST)
Received: from PAXPR02MB7702.eurprd02.prod.outlook.com (2603:10a6:102:2a1::9) by
 PAXPR02MB7702.eurprd02.prod.outlook.com (2603:10a6:102:2a1::9) with Microsoft
 SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8769.17; Wed, 8 Jul 2026 07:03:16 +0000
From: =?utf-8?b?0JTQtdGB0LjRgdC70LDQstCwINCf0LXRgtGA0L7QstCw?= <desislava.petrova@shop.example.be>
To: =?utf-8?q?Privacy_=E2=80=93_Shop_Example?= <privacy@shop.example.be>
Subject: =?utf-8?b?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDog0Jg=?=
 =?utf-8?b?0YHQutCw0L3QtSDQt9CwINC60L7Qv9C40LUg0L3QsCDQtNCw0L3QvdC4IOKAkyA=?=
 =?utf-8?b?0LrQu9C40LXQvdGCIEJCLUJHLTIwMjYtMDA0MTIgKNGA0LXQs9C40YHRgtGK0YAg?=
 =?utf-8?b?0LfQsCDQuNC30LrRg9C/0LXQvdC4INGB0YLQvtC60Lgp?=
Thread-Topic: =?utf-8?b?0JjRgdC60LDQvdC1INC30LAg0LrQvtC/0LjQtSDQvdCwINC00LA=?=
 =?utf-8?b?0L3QvdC4IOKAkyDQutC70LjQtdC90YIgQkItQkctMjAyNi0wMDQxMiAo0YDQtdCz?=
 =?utf-8?b?0LjRgdGC0YrRgCDQt9CwINC40LfQutGD0L/QtdC90Lgg0YHRgtC+0LrQuCk=?=
Thread-Index: AQHc7t1ZxK3bR0pT8mWc9vN2yH4jGg==
Date: Wed, 8 Jul 2026 07:03:16 +0000
Message-ID: <3c2e8f0a9d1b47e6a5f0c71d2b8e4a93@PAXPR02MB7702.eurprd02.prod.outlook.com>
In-Reply-To: <9e4b1d07-3f6a-42c8-b0e9-5a7d2c1f8e36@shop.example.be>
References: <9e4b1d07-3f6a-42c8-b0e9-5a7d2c1f8e36@shop.example.be>
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: desislava.petrova@shop.example.be
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Exchange-Organization-AuthSource: PAXPR02MB7702.eurprd02.prod.outlook.com
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
Content-Language: bg-BG
Content-Type: multipart/alternative;
	boundary="_000_PAXPR02MB7702D81F3C5A4E09B62C7F14PAXPR02MB7702eurp_"
MIME-Version: 1.0

--_000_PAXPR02MB7702D81F3C5A4E09B62C7F14PAXPR02MB7702eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JIg0L7RgtC/0YPRgdC6INGB0YrQvCDQtNC+IDIwINGO0LvQ
uCAyMDI2INCzLiDQstC60LvRjtGH0LjRgtC10LvQvdC+LCDQsdC10Lcg0LTQvtGB0YLRitC/INC0
0L4g0L/QvtGJ0LDRgtCwLgoK0JfQsCDQvtGG0LXQvdC60LgsINCy0LDRg9GH0LXRgNC4INC4INGB
0YLQsNGC0YPRgSDQvdCwINGD0YHRgtGA0L7QudGB0YLQstCwINC+0YIg0L/RgNC+0LPRgNCw0LzQ
sNGC0LAg0LfQsCDQvtCx0YDQsNGC0L3QviDQuNC30LrRg9C/0YPQstCw0L3QtQrQvNC+0LvRjyDQ
v9C40YjQtdGC0LUg0L3QsCBidXliYWNrLXRlYW1Ac2hvcC5leGFtcGxlLmJlLiDQl9CwINCy0YrQ
v9GA0L7RgdC4INC+0YLQvdC+0YHQvdC+INC60L7Qv9C40Y8g0L3QsCDQu9C40YfQvdC4INC60LDR
gNGC0LgK0Lgg0YDQtdCz0LjRgdGC0YrRgNCwINC90LAg0LjQt9C60YPQv9C10L3QuNGC0LUg0YHR
gtC+0LrQuCDigJMg0L3QsCDQutC+0LvQtdCz0LDRgtCwINCf0LXRgtGK0YAg0JjQstCw0L3QvtCy
IChwZXRhci5pdmFub3ZAc2hvcC5leGFtcGxlLmJlKS4KCtCf0L7Qt9C00YDQsNCy0LgsCtCU0LXR
gdC40YHQu9Cw0LLQsCDQn9C10YLRgNC+0LLQsArQldC60LjQvyDigJ7QntCx0YDQsNGC0L3QviDQ
uNC30LrRg9C/0YPQstCw0L3QteKAnCwgU2hvcCBFeGFtcGxlIEJWIOKAkyDRhtC10L3RgtGK0YAg
0LfQsCDRgdC/0L7QtNC10LvQtdC90Lgg0YPRgdC70YPQs9C4INCh0L7RhNC40Y8K

--_000_PAXPR02MB7702D81F3C5A4E09B62C7F14PAXPR02MB7702eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+CjxodG1sPjxoZWFkPjxtZXRhIGh0dHAtZXF1aXY9IkNvbnRlbnQtVHlw
ZSIgY29udGVudD0idGV4dC9odG1sOyBjaGFyc2V0PXV0Zi04Ij48L2hlYWQ+Cjxib2R5IHN0eWxl
PSJmb250LWZhbWlseTogQXJpYWwsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTRweDsgY29sb3I6
ICMyMjIyMjI7Ij4KPHA+0JfQtNGA0LDQstC10LnRgtC1LDwvcD4KPHA+0JIg0L7RgtC/0YPRgdC6
INGB0YrQvCDQtNC+IDIwINGO0LvQuCAyMDI2INCzLiDQstC60LvRjtGH0LjRgtC10LvQvdC+LCDQ
sdC10Lcg0LTQvtGB0YLRitC/INC00L4g0L/QvtGJ0LDRgtCwLjwvcD4KPHA+0JfQsCDQvtGG0LXQ
vdC60LgsINCy0LDRg9GH0LXRgNC4INC4INGB0YLQsNGC0YPRgSDQvdCwINGD0YHRgtGA0L7QudGB
0YLQstCwINC+0YIg0L/RgNC+0LPRgNCw0LzQsNGC0LAg0LfQsCDQvtCx0YDQsNGC0L3QviDQuNC3
0LrRg9C/0YPQstCw0L3QtTxicj4K0LzQvtC70Y8g0L/QuNGI0LXRgtC1INC90LAgYnV5YmFjay10
ZWFtQHNob3AuZXhhbXBsZS5iZS4g0JfQsCDQstGK0L/RgNC+0YHQuCDQvtGC0L3QvtGB0L3QviDQ
utC+0L/QuNGPINC90LAg0LvQuNGH0L3QuCDQutCw0YDRgtC4PGJyPgrQuCDRgNC10LPQuNGB0YLR
itGA0LAg0L3QsCDQuNC30LrRg9C/0LXQvdC40YLQtSDRgdGC0L7QutC4IOKAkyDQvdCwINC60L7Q
u9C10LPQsNGC0LAg0J/QtdGC0YrRgCDQmNCy0LDQvdC+0LIgKHBldGFyLml2YW5vdkBzaG9wLmV4
YW1wbGUuYmUpLjwvcD4KPHA+0J/QvtC30LTRgNCw0LLQuCw8YnI+CtCU0LXRgdC40YHQu9Cw0LLQ
sCDQn9C10YLRgNC+0LLQsDxicj4K0JXQutC40L8g4oCe0J7QsdGA0LDRgtC90L4g0LjQt9C60YPQ
v9GD0LLQsNC90LXigJwsIFNob3AgRXhhbXBsZSBCViDigJMg0YbQtdC90YLRitGAINC30LAg0YHQ
v9C+0LTQtdC70LXQvdC4INGD0YHQu9GD0LPQuCDQodC+0YTQuNGPPC9wPgo8L2JvZHk+PC9odG1s
Pgo=

--_000_PAXPR02MB7702D81F3C5A4E09B62C7F14PAXPR02MB7702eurp_--
'''),
    ('bg', 'tradein-platform-personal-data-export-ready', 'automated', (),
'''Return-Path: <pm_bounces@pm-bounces.obmenipro.example.bg>
Received: from mta-71.pm.obmenipro.example.bg (mta-71.pm.obmenipro.example.bg [198.51.100.171])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GL2Fp6ScNz9vRt
        for <privacy@shop.example.be>; Fri, 3 Jul 2026 15:47:29 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; d=obmenipro.example.bg; s=20260201pm;
	c=relaxed/relaxed; i=no-reply@obmenipro.example.bg; t=1783086448;
	h=date:date:from:from:message-id:subject:subject:to:to;
	bh=L3q8W1mT6zR0xN4kV9cJ2bH7sY5pG0dA3uE1iO6tF8w=;
	b=b2JtZW5pcHJvLXBsYWNlaG9sZGVyLXNpZ25hdHVyZS1ub3QtdmFsaWQ=
Date: Fri, 3 Jul 2026 13:47:28 +0000
From: =?utf-8?b?0J7QsdC80LXQvdC40J/RgNC+?= <no-reply@obmenipro.example.bg>
To: privacy@shop.example.be
Message-Id: <a4d9e2b7-15c3-4f60-8b7a-e0c2f91d3b58@obmenipro.example.bg>
Subject: =?utf-8?b?0JXQutGB0L/QvtGA0YLRitGCINC90LAg0LvQuNGH0L3QuCDQtNCw0L0=?=
 =?utf-8?b?0L3QuCBFWFAtMjAyNi0wNzAzLTExOCDQtSDQs9C+0YLQvtCyINC30LAg0LjQt9GC?=
 =?utf-8?b?0LXQs9C70Y/QvdC1?=
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-PM-Message-Id: a4d9e2b7-15c3-4f60-8b7a-e0c2f91d3b58
X-PM-Tag: dsar-export-ready
X-PM-Message-Stream: outbound
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=D0=95=D0=BA=D1=81=D0=BF=D0=BE=D1=80=D1=82=D1=8A=D1=82 =D0=BD=D0=B0 =D0=BB=
=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 =D0=B5 =D0=B3=D0=BE=
=D1=82=D0=BE=D0=B2

=D0=97=D0=B0=D1=8F=D0=B2=D0=BA=D0=B0:         EXP-2026-0703-118
=D0=97=D0=B0=D1=8F=D0=B2=D0=B5=D0=BD=D0=B0 =D0=BE=D1=82:     privacy@shop.e=
xample.be (=D1=80=D0=BE=D0=BB=D1=8F: =D0=94=D0=BB=D1=8A=D0=B6=D0=BD=D0=BE=
=D1=81=D1=82=D0=BD=D0=BE =D0=BB=D0=B8=D1=86=D0=B5 =D0=BF=D0=BE =D0=B7=D0=B0=
=D1=89=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=
=D0=B5)
=D0=A1=D1=83=D0=B1=D0=B5=D0=BA=D1=82:         =D0=BA=D0=BB=D0=B8=D0=B5=D0=
=BD=D1=82 =E2=84=96 BG-55219
=D0=9E=D0=B1=D1=85=D0=B2=D0=B0=D1=82:         =D0=B2=D1=81=D0=B8=D1=87=D0=
=BA=D0=B8 =D0=B7=D0=B0=D0=BF=D0=B8=D1=81=D0=B8 =D0=B2 =D0=BF=D1=80=D0=BE=D0=
=B3=D1=80=D0=B0=D0=BC=D0=B0=D1=82=D0=B0 =D0=B7=D0=B0 =D0=BE=D0=B1=D1=80=D0=
=B0=D1=82=D0=BD=D0=BE =D0=B8=D0=B7=D0=BA=D1=83=D0=BF=D1=83=D0=B2=D0=B0=D0=
=BD=D0=B5

=D0=92=D0=BA=D0=BB=D1=8E=D1=87=D0=B5=D0=BD=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=
=D0=B8:
- =D0=BF=D1=80=D0=BE=D1=84=D0=B8=D0=BB =D0=BD=D0=B0 =D0=BA=D0=BB=D0=B8=D0=
=B5=D0=BD=D1=82=D0=B0 (=D0=B8=D0=BC=D0=B5, =D1=82=D0=B5=D0=BB=D0=B5=D1=84=
=D0=BE=D0=BD, =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB, =D0=B0=D0=B4=D1=80=D0=B5=D1=
=81 =D0=B7=D0=B0 =D0=BA=D1=83=D1=80=D0=B8=D0=B5=D1=80)
- 3 =D0=BE=D1=86=D0=B5=D0=BD=D0=BA=D0=B8 =D0=BD=D0=B0 =D1=83=D1=81=D1=82=D1=
=80=D0=BE=D0=B9=D1=81=D1=82=D0=B2=D0=B0 (=D0=BC=D0=BE=D0=B4=D0=B5=D0=BB, IM=
EI, =D1=81=D0=B5=D1=80=D0=B8=D0=B5=D0=BD =D0=BD=D0=BE=D0=BC=D0=B5=D1=80, =
=D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B8 =D0=BD=D0=B0 =D0=B2=D1=8A=
=D0=BF=D1=80=D0=BE=D1=81=D0=BD=D0=B8=D0=BA=D0=B0)
- =D1=81=D0=BD=D0=B8=D0=BC=D0=BA=D0=B8 =D0=BE=D1=82 =D0=BF=D1=80=D0=BE=D0=
=B2=D0=B5=D1=80=D0=BA=D0=B0=D1=82=D0=B0 =D0=BD=D0=B0 =D1=83=D1=81=D1=82=D1=
=80=D0=BE=D0=B9=D1=81=D1=82=D0=B2=D0=B0=D1=82=D0=B0 (14 =D1=84=D0=B0=D0=B9=
=D0=BB=D0=B0)
- =D0=B7=D0=B0=D0=BF=D0=B8=D1=81 =D0=BE=D1=82 =D1=80=D0=B5=D0=B3=D0=B8=D1=
=81=D1=82=D1=8A=D1=80=D0=B0 =D0=BD=D0=B0 =D0=B8=D0=B7=D0=BA=D1=83=D0=BF=D0=
=B5=D0=BD=D0=B8=D1=82=D0=B5 =D1=81=D1=82=D0=BE=D0=BA=D0=B8 (=D0=B4=D0=B0=D0=
=BD=D0=BD=D0=B8 =D0=BE=D1=82 =D0=BB=D0=B8=D1=87=D0=BD=D0=B0 =D0=BA=D0=B0=D1=
=80=D1=82=D0=B0 =E2=80=93 =D0=BC=D0=B0=D1=81=D0=BA=D0=B8=D1=80=D0=B0=D0=BD=
=D0=B8)
- =D0=B8=D1=81=D1=82=D0=BE=D1=80=D0=B8=D1=8F =D0=BD=D0=B0 =D0=B2=D0=B0=D1=
=83=D1=87=D0=B5=D1=80=D0=B8=D1=82=D0=B5 =D0=B8 =D0=BF=D0=BB=D0=B0=D1=89=D0=
=B0=D0=BD=D0=B8=D1=8F=D1=82=D0=B0
- =D1=81=D0=B5=D1=80=D1=82=D0=B8=D1=84=D0=B8=D0=BA=D0=B0=D1=82=D0=B8 =D0=B7=
=D0=B0 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =
=D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 (2 =D0=B1=D1=80.)

=D0=A4=D0=BE=D1=80=D0=BC=D0=B0=D1=82:         ZIP (JSON + CSV + PDF), 2,4 MB
=D0=98=D0=B7=D1=82=D0=B5=D0=B3=D0=BB=D1=8F=D0=BD=D0=B5:      https://app.ob=
menipro.example.bg/exports/EXP-2026-0703-118

=D0=92=D1=80=D1=8A=D0=B7=D0=BA=D0=B0=D1=82=D0=B0 =D0=B5 =D0=B2=D0=B0=D0=BB=
=D0=B8=D0=B4=D0=BD=D0=B0 72 =D1=87=D0=B0=D1=81=D0=B0 =D0=B8 =D0=B8=D0=B7=D0=
=B8=D1=81=D0=BA=D0=B2=D0=B0 =D0=B2=D1=85=D0=BE=D0=B4 =D1=81 =D0=B4=D0=B2=D1=
=83=D1=84=D0=B0=D0=BA=D1=82=D0=BE=D1=80=D0=BD=D0=BE =D1=83=D0=B4=D0=BE=D1=
=81=D1=82=D0=BE=D0=B2=D0=B5=D1=80=D1=8F=D0=B2=D0=B0=D0=BD=D0=B5.
=D0=A1=D0=BB=D0=B5=D0=B4 =D0=B8=D0=B7=D1=82=D0=B8=D1=87=D0=B0=D0=BD=D0=B5 =
=D0=BD=D0=B0 =D1=81=D1=80=D0=BE=D0=BA=D0=B0 =D0=B0=D1=80=D1=85=D0=B8=D0=B2=
=D1=8A=D1=82 =D1=81=D0=B5 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0 =D0=B0=
=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE.

=D0=A2=D0=BE=D0=B2=D0=B0 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5 =D0=B5 =D0=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE =D0=B0=
=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE =D0=BE=D1=82 =
=D0=9E=D0=B1=D0=BC=D0=B5=D0=BD=D0=B8=D0=9F=D1=80=D0=BE. =D0=9C=D0=BE=D0=BB=
=D1=8F, =D0=BD=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=D1=80=D1=8F=D0=B9=
=D1=82=D0=B5.
'''),
    ('bg', 'person-restriction-reply-above-adjusted-valuation', 'restriction', (),
'''Return-Path: <stoyan.georgiev.sf@gmail.com>
Received: from mail-ej1-f48.google.com (mail-ej1-f48.google.com [198.51.100.48])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GL8Mk2TqBz4wHs
        for <privacy@shop.example.be>; Mon, 6 Jul 2026 08:14:55 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1783318494; x=1783923294; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :from:to:cc:subject:date:message-id:reply-to;
        bh=T9w2L5mQ1zR7xN0kV3cJ8bH6sY4pG2dA0uE9iO1tF5q=;
        b=Z21haWwtYW5kcm9pZC1wbGFjZWhvbGRlci1zaWduYXR1cmUtZm9yLXRlc3QtY29ycHVz
X-Gm-Message-State: AOJu0YwK3m9T2xR7pL0cV5nH1bJ8sQ4gY6dA2uE0iO3tF9mZ7kW1Nx
X-Google-Smtp-Source: AGHT+IG7mT2xR9pL4cV0nH6bJ1sQ8gY3dA5uE2iO7tF0mZ4kW9Nx=
X-Received: by 2002:a17:907:7b94:b0:ab7:3c1e:9f02 with SMTP id a640c23a62f3a-ab9b4c6e1f0mr1208812366b.22.1783318494219;
        Sun, 05 Jul 2026 23:14:54 -0700 (PDT)
MIME-Version: 1.0
References: <ti.BG-2026-01137.adjusted.1783264920@tradein.shop.example.be>
In-Reply-To: <ti.BG-2026-01137.adjusted.1783264920@tradein.shop.example.be>
From: =?utf-8?b?0KHRgtC+0Y/QvSDQk9C10L7RgNCz0LjQtdCy?= <stoyan.georgiev.sf@gmail.com>
Date: Mon, 6 Jul 2026 09:14:41 +0300
Message-ID: <CAHx9Lq3vT0mR8pW2kN5bJ7sY1gA4dU6iO0tE9fK3hZ2cQm8Xw@mail.gmail.com>
Subject: =?utf-8?b?UmU6INCe0YbQtdC90LrQsNGC0LAg0L3QsCDQktCw0YjQtdGC0L4g0YM=?=
 =?utf-8?b?0YHRgtGA0L7QudGB0YLQstC+INC1INC60L7RgNC40LPQuNGA0LDQvdCwIOKAkyBU?=
 =?utf-8?b?SS1CRy0yMDI2LTAxMTM3?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000008f2c7a0653a91e4b"

--0000000000008f2c7a0653a91e4b
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0J3QtSDRgdGK0Lwg0YHRitCz0LvQsNGB0LXQvSDRgSDRgtCw
0LfQuCDQvtGG0LXQvdC60LAg4oCTINGC0LXQu9C10YTQvtC90YrRgiDQsdC10YjQtSDQsdC10Lcg
0L/Rg9C60L3QsNGC0LjQvdC4LCDQutC+0LPQsNGC0L4g0LPQviDQv9GA0LXQtNCw0LTQvtGFLCDQ
uNC80LDQvCDRgdC90LjQvNC60LguINCf0L7QtNCw0LTQvtGFINGA0LXQutC70LDQvNCw0YbQuNGP
LgoK0JTQvtC60LDRgtC+INGB0L/QvtGA0YrRgiDQvdC1INGB0LUg0YDQtdGI0LgsINC80L7Qu9GP
INCd0JUg0LjQt9GC0YDQuNCy0LDQudGC0LUg0YLQtdC70LXRhNC+0L3QsCwg0YHQvdC40LzQutC4
0YLQtSDQvtGCINC/0YDQvtCy0LXRgNC60LDRgtCwINC4INC30LDQv9C40YHQuNGC0LUg0LfQsCDR
g9GB0YLRgNC+0LnRgdGC0LLQvtGC0L4g0LzQuCDigJMg0YLQtSDRgdCwINC80Lgg0L3Rg9C20L3Q
uCDQutCw0YLQviDQtNC+0LrQsNC30LDRgtC10LvRgdGC0LLQvi4g0J3QviDQuCDQvdC1INCz0Lgg
0LjQt9C/0L7Qu9C30LLQsNC50YLQtSDQt9CwINC90LjRidC+INC00YDRg9Cz0L4g0Lgg0L3QtSDQ
s9C4INC00LDQstCw0LnRgtC1INC90LAg0L/QsNGA0YLQvdGM0L7RgNC4INC30LAg0YDQtdGG0LjQ
utC70LjRgNCw0L3QtS/RgNC10LzQvtC90YIg4oCTINGB0LDQvNC+INCz0Lgg0L/QsNC30LXRgtC1
LgoK0KHRgtC+0Y/QvSDQk9C10L7RgNCz0LjQtdCyCgrQvdC0LCA1LjA3LjIwMjYg0LMuLCAxODoy
MiDRhy4gU2hvcCBFeGFtcGxlIFRyYWRlLWluIDx0cmFkZWluLW5vcmVwbHlAc2hvcC5leGFtcGxl
LmJlPiDQvdCw0L/QuNGB0LA6Cgo+INCe0YbQtdC90LrQsNGC0LAg0L3QsCDQktCw0YjQtdGC0L4g
0YPRgdGC0YDQvtC50YHRgtCy0L4g0LUg0LrQvtGA0LjQs9C40YDQsNC90LAKPgo+INCf0L7RgNGK
0YfQutCwOiBUSS1CRy0yMDI2LTAxMTM3Cj4g0KPRgdGC0YDQvtC50YHRgtCy0L46IFNhbXN1bmcg
R2FsYXh5IFMyMiwgMjU2IEdCCj4gSU1FSTogMzUwOTE4MjczNjQ1MDEyCj4g0KPRgdGC0LDQvdC+
0LLQtdC90L4g0L/RgNC4INC/0YDQvtCy0LXRgNC60LDRgtCwOiDQv9GD0LrQvdCw0YIg0LfQsNC0
0LXQvSDQutCw0L/QsNC6LCDQtNGA0LDRgdC60L7RgtC40L3QuCDQv9C+INC10LrRgNCw0L3QsAo+
INCf0YrRgNCy0L7QvdCw0YfQsNC70L3QsCDQvtGG0LXQvdC60LA6IDIzMCwwMCDQu9CyLgo+INCd
0L7QstCwINC+0YbQtdC90LrQsDogMTIwLDAwINC70LIuCj4KPiDQn9GA0LjQtdC80LXRgtC1INC4
0LvQuCDQvtGC0LrQsNC20LXRgtC1INC90L7QstCw0YLQsCDQvtGG0LXQvdC60LAg0LIg0YDQsNC8
0LrQuNGC0LUg0L3QsCAxNCDQtNC90LguCj4g0JTQsNC90L3QuNGC0LUg0L3QsCDRg9GB0YLRgNC+
0LnRgdGC0LLQvtGC0L4g0YnQtSDQsdGK0LTQsNGCINC40LfRgtGA0LjRgtC4INC/0L4g0YHQtdGA
0YLQuNGE0LjRhtC40YDQsNC9INC80LXRgtC+0LQg0YHQu9C10LQg0L/RgNC40LXQvNCw0L3QtS4K
Pgo+INCi0L7QstCwINC1INCw0LLRgtC+0LzQsNGC0LjRh9C90L4g0YHRitC+0LHRidC10L3QuNC1
LiDQktGK0L/RgNC+0YHQuCDQt9CwINC70LjRh9C90LjRgtC1INC00LDQvdC90Lg6IHByaXZhY3lA
c2hvcC5leGFtcGxlLmJlCg==

--0000000000008f2c7a0653a91e4b
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

PGRpdiBkaXI9ImF1dG8iPtCX0LTRgNCw0LLQtdC50YLQtSw8YnI+PGJyPtCd0LUg0YHRitC8INGB
0YrQs9C70LDRgdC10L0g0YEg0YLQsNC30Lgg0L7RhtC10L3QutCwIOKAkyDRgtC10LvQtdGE0L7Q
vdGK0YIg0LHQtdGI0LUg0LHQtdC3INC/0YPQutC90LDRgtC40L3QuCwg0LrQvtCz0LDRgtC+INCz
0L4g0L/RgNC10LTQsNC00L7RhSwg0LjQvNCw0Lwg0YHQvdC40LzQutC4LiDQn9C+0LTQsNC00L7R
hSDRgNC10LrQu9Cw0LzQsNGG0LjRjy48YnI+PGJyPtCU0L7QutCw0YLQviDRgdC/0L7RgNGK0YIg
0L3QtSDRgdC1INGA0LXRiNC4LCDQvNC+0LvRjyDQndCVINC40LfRgtGA0LjQstCw0LnRgtC1INGC
0LXQu9C10YTQvtC90LAsINGB0L3QuNC80LrQuNGC0LUg0L7RgiDQv9GA0L7QstC10YDQutCw0YLQ
sCDQuCDQt9Cw0L/QuNGB0LjRgtC1INC30LAg0YPRgdGC0YDQvtC50YHRgtCy0L7RgtC+INC80Lgg
4oCTINGC0LUg0YHQsCDQvNC4INC90YPQttC90Lgg0LrQsNGC0L4g0LTQvtC60LDQt9Cw0YLQtdC7
0YHRgtCy0L4uINCd0L4g0Lgg0L3QtSDQs9C4INC40LfQv9C+0LvQt9Cy0LDQudGC0LUg0LfQsCDQ
vdC40YnQviDQtNGA0YPQs9C+INC4INC90LUg0LPQuCDQtNCw0LLQsNC50YLQtSDQvdCwINC/0LDR
gNGC0L3RjNC+0YDQuCDQt9CwINGA0LXRhtC40LrQu9C40YDQsNC90LUv0YDQtdC80L7QvdGCIOKA
kyDRgdCw0LzQviDQs9C4INC/0LDQt9C10YLQtS48YnI+PGJyPtCh0YLQvtGP0L0g0JPQtdC+0YDQ
s9C40LXQsjwvZGl2Pjxicj48ZGl2IGNsYXNzPSJnbWFpbF9xdW90ZSI+PGRpdiBkaXI9Imx0ciIg
Y2xhc3M9ImdtYWlsX2F0dHIiPtC90LQsIDUuMDcuMjAyNiDQsy4sIDE4OjIyINGHLiBTaG9wIEV4
YW1wbGUgVHJhZGUtaW4gJmx0OzxhIGhyZWY9Im1haWx0bzp0cmFkZWluLW5vcmVwbHlAc2hvcC5l
eGFtcGxlLmJlIj50cmFkZWluLW5vcmVwbHlAc2hvcC5leGFtcGxlLmJlPC9hPiZndDsg0L3QsNC/
0LjRgdCwOjxicj48L2Rpdj48YmxvY2txdW90ZSBjbGFzcz0iZ21haWxfcXVvdGUiIHN0eWxlPSJt
YXJnaW46MCAwIDAgLjhleDtib3JkZXItbGVmdDoxcHggI2NjYyBzb2xpZDtwYWRkaW5nLWxlZnQ6
MWV4Ij7QntGG0LXQvdC60LDRgtCwINC90LAg0JLQsNGI0LXRgtC+INGD0YHRgtGA0L7QudGB0YLQ
stC+INC1INC60L7RgNC40LPQuNGA0LDQvdCwPGJyPjxicj7Qn9C+0YDRitGH0LrQsDogVEktQkct
MjAyNi0wMTEzNzxicj7Qo9GB0YLRgNC+0LnRgdGC0LLQvjogU2Ftc3VuZyBHYWxheHkgUzIyLCAy
NTYgR0I8YnI+SU1FSTogMzUwOTE4MjczNjQ1MDEyPGJyPtCj0YHRgtCw0L3QvtCy0LXQvdC+INC/
0YDQuCDQv9GA0L7QstC10YDQutCw0YLQsDog0L/Rg9C60L3QsNGCINC30LDQtNC10L0g0LrQsNC/
0LDQuiwg0LTRgNCw0YHQutC+0YLQuNC90Lgg0L/QviDQtdC60YDQsNC90LA8YnI+0J/RitGA0LLQ
vtC90LDRh9Cw0LvQvdCwINC+0YbQtdC90LrQsDogMjMwLDAwINC70LIuPGJyPtCd0L7QstCwINC+
0YbQtdC90LrQsDogMTIwLDAwINC70LIuPGJyPjxicj7Qn9GA0LjQtdC80LXRgtC1INC40LvQuCDQ
vtGC0LrQsNC20LXRgtC1INC90L7QstCw0YLQsCDQvtGG0LXQvdC60LAg0LIg0YDQsNC80LrQuNGC
0LUg0L3QsCAxNCDQtNC90LguPGJyPtCU0LDQvdC90LjRgtC1INC90LAg0YPRgdGC0YDQvtC50YHR
gtCy0L7RgtC+INGJ0LUg0LHRitC00LDRgiDQuNC30YLRgNC40YLQuCDQv9C+INGB0LXRgNGC0LjR
hNC40YbQuNGA0LDQvSDQvNC10YLQvtC0INGB0LvQtdC0INC/0YDQuNC10LzQsNC90LUuPGJyPjxi
cj7QotC+0LLQsCDQtSDQsNCy0YLQvtC80LDRgtC40YfQvdC+INGB0YrQvtCx0YnQtdC90LjQtS4g
0JLRitC/0YDQvtGB0Lgg0LfQsCDQu9C40YfQvdC40YLQtSDQtNCw0L3QvdC4OiBwcml2YWN5QHNo
b3AuZXhhbXBsZS5iZTwvYmxvY2txdW90ZT48L2Rpdj4K

--0000000000008f2c7a0653a91e4b--
'''),
]

"""Fifty-second set, robot mail around customers' life changes, the pl cs hr sv ro el bg half (14 languages). Written apart from the code."""

ROBOTS = [
    ('pl', 'exchange-ooo-parental-leave-reply-to-identity-check', 'automated', (),
'''Return-Path: <k.wisniewska@atlaspol.com.pl>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [40.107.22.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rk1Qx3Zx2z9sTb
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 09:14:37 +0100 (CET)
Received: from AM9PR03MB7120.eurprd03.prod.outlook.com ([fe80::5c1e:2b0a:77d4:9e31])
        by AM9PR03MB7120.eurprd03.prod.outlook.com ([fe80::5c1e:2b0a:77d4:9e31%4])
        with mapi id 15.20.8632.021; Mon, 26 Oct 2026 08:14:33 +0000
From: =?utf-8?Q?Katarzyna_Wi=C5=9Bniewska?= <k.wisniewska@atlaspol.com.pl>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Odpowied=C5=BA_automatyczna:_Your_privacy_request_-_identity_?=
 =?utf-8?Q?check_[PRIV-2026-04417]?=
Thread-Topic: Your privacy request - identity check [PRIV-2026-04417]
Thread-Index: AQHcRm1v8kP2x0yTQe2vUu7bQ4c5Aw==
Date: Mon, 26 Oct 2026 08:14:32 +0000
Message-ID: <AM9PR03MB71201F0E6C2B4A9D8E3F5C71B8A42@AM9PR03MB7120.eurprd03.prod.outlook.com>
In-Reply-To: <PRIV-2026-04417.20261026091402.2@shop.example.be>
References: <PRIV-2026-04417.20261026091402.2@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <PRIV-2026-04417.20261026091402.2@shop.example.be>
Content-Language: pl-PL
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Dzie=C5=84 dobry,

od 19 pa=C5=BAdziernika 2026 r. do 30 kwietnia 2027 r. przebywam na =
urlopie rodzicielskim i nie mam dost=C4=99pu do skrzynki.

W sprawach pilnych prosz=C4=99 kontaktowa=C4=87 si=C4=99 z Paw=C5=82em =
Zieli=C5=84skim (p.zielinski@atlaspol.com.pl, tel. +48 12 345 67 80).
Wiadomo=C5=9Bci nie s=C4=85 przekazywane dalej.

Pozdrawiam
Katarzyna Wi=C5=9Bniewska
Specjalistka ds. logistyki | Atlaspol Sp. z o.o.
'''),

    ('pl', 'challenge-response-antispam-isp', 'automated', (),
'''Return-Path: <>
Received: from mail.kolibernet.pl (mail.kolibernet.pl [91.207.14.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rk9Pm0sWqz9sVd
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 14:03:19 +0100 (CET)
Received: by mail.kolibernet.pl (Postfix, from userid 1004)
        id 7E21A40B3C; Tue, 27 Oct 2026 14:03:18 +0100 (CET)
From: Antyspam Kolibernet <antyspam-potwierdzenie@kolibernet.pl>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Potwierd=C5=BA_wys=C5=82anie_wiadomo=C5=9Bci_do_marek.dab?=
 =?utf-8?Q?rowski=40kolibernet.pl?=
Date: Tue, 27 Oct 2026 14:03:18 +0100
Message-ID: <20261027130318.7E21A40B3C@mail.kolibernet.pl>
In-Reply-To: <PRIV-2026-04452.20261027140251.1@shop.example.be>
References: <PRIV-2026-04452.20261027140251.1@shop.example.be>
Auto-Submitted: auto-replied
Precedence: bulk
X-Challenge-Id: 7Kq2-88QxT-0415
X-Mailer: Kolibernet ASK 2.1
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dzień dobry,

Twoja wiadomość do marek.dabrowski@kolibernet.pl
  Temat:   Uw privacyverzoek / Votre demande relative à la vie privée [PRIV-2026-04452]
  Wysłana: 27.10.2026 14:02
została zatrzymana przez filtr antyspamowy odbiorcy.

Odbiorca przyjmuje pocztę wyłącznie od potwierdzonych nadawców. Aby Twoja
wiadomość (oraz kolejne wiadomości z tego adresu) trafiła do jego skrzynki,
potwierdź jednorazowo, że jesteś człowiekiem:

https://antyspam.kolibernet.pl/potwierdz?id=7Kq2-88QxT-0415&h=be3f9c12

Jeśli nadawca nie zostanie potwierdzony w ciągu 7 dni, wiadomość zostanie
usunięta bez dalszego powiadomienia.

Nie odpowiadaj na tę wiadomość – skrzynka nie jest obsługiwana.

--
Kolibernet – internet światłowodowy dla domu i firmy
Ta wiadomość została wygenerowana automatycznie.
'''),

    ('pl', 'address-validation-vendor-batch-report', 'automated', (),
'''Return-Path: <bounce-raporty@notify.adrescheck.pl>
Received: from notify.adrescheck.pl (notify.adrescheck.pl [178.32.204.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RlWd22kQ7z9sTf
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 22:03:54 +0100 (CET)
From: AdresCheck Raporty <raporty@adrescheck.pl>
To: privacy@shop.example.be
Cc: dataquality@shop.example.be
Subject: [AdresCheck] Partia SHOPBE-20261102-01: przetwarzanie zakończone
Date: Mon, 2 Nov 2026 22:03:52 +0100
Message-ID: <batch.SHOPBE-20261102-01.1793661832@notify.adrescheck.pl>
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: AdresCheck Notifier 3.4
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Raport przetwarzania partii
===========================

Klient:          Shop Example BV (ID 40218)
Usługa:          Weryfikacja adresów + zmiany adresu (przeprowadzki)
Partia:          SHOPBE-20261102-01
Plik wejściowy:  ncoa_privacy_2026-11-02.csv (412 rekordów)
Rozpoczęto:      2026-11-02 22:00:04 CET
Zakończono:      2026-11-02 22:03:51 CET

Wyniki
------
  Adres potwierdzony bez zmian ............. 301
  Adres poprawiony (format, kod pocztowy) ..  58
  Zgłoszona zmiana adresu (przeprowadzka) ..  37
  Adres nieznany / nie do doręczenia .......  11
  Odbiorca zmarły (lista zastrzeżeń) .......   5
  -------------------------------------------------
  Razem .................................... 412

Plik wynikowy (ncoa_privacy_2026-11-02_wynik.csv) jest dostępny przez 14 dni
na serwerze SFTP w katalogu /out/40218/. Ze względów bezpieczeństwa nie
przesyłamy danych osobowych w wiadomościach e-mail.

Następna zaplanowana partia: 2026-11-16 22:00 CET.

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
W razie pytań: pomoc@adrescheck.pl

AdresCheck Sp. z o.o., ul. Rakowicka 7, 31-511 Kraków
'''),

    ('pl', 'person-own-autoreply-pasted-above-new-address', 'correction', (),
'''Return-Path: <anna.kowalczyk.gent@gmail.com>
Received: from mail-wr1-f49.google.com (mail-wr1-f49.google.com [209.85.221.49])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RlcT81yMnz9sVg
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 20:41:06 +0100 (CET)
Received: by mail-wr1-f49.google.com with SMTP id ffacd0b85a97d-3a4f7e2c9d1so1893526f8f.2
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 11:41:05 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=1793821265;
        h=content-transfer-encoding:subject:from:to:content-language:user-agent:mime-version:date:message-id;
        bh=3N5rLq0cFvYy7wR2mK9pXz1aTgB6eUhJdS4oWc8iQnE=;
        b=Xk2vP9aR7mLq3TzN0cYwB5eJhU1gDs8fKo4iVx6nMbQ2rAtE9yHpW3jZ7uCl0sRd
Message-ID: <8b2f1c4e-7a3d-4e9b-b5c2-1f0a9d6e3c27@gmail.com>
Date: Tue, 3 Nov 2026 20:41:03 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: pl
To: privacy@shop.example.be
From: Anna Kowalczyk <anna.kowalczyk.gent@gmail.com>
Subject: Zmiana adresu - karta 6299 0412 7788 31
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

*** Wiadomość automatyczna ***
Ten adres (anna.kowalczyk@o2.pl) przestaje działać z dniem 31.10.2026.
Proszę pisać na: anna.kowalczyk.gent@gmail.com
Wiadomości wysłane na stary adres nie będą czytane.
***

Dzień dobry,

powyżej wkleiłam treść autorespondera z mojej starej skrzynki, żeby było
jasne, skąd ta zmiana – od teraz piszę już tylko z nowego adresu.
Przeprowadziłam się z Krakowa do Gandawy i proszę o zaktualizowanie moich
danych na koncie i na karcie stałego klienta nr 6299 0412 7788 31:

- adres: Sint-Pietersnieuwstraat 118 bus 3, 9000 Gent
- e-mail: anna.kowalczyk.gent@gmail.com (zamiast anna.kowalczyk@o2.pl)
- numer telefonu bez zmian (+48 601 234 567)

Adres w Krakowie (ul. Lea 52/7, 30-052 Kraków) jest już nieaktualny,
więc proszę nic tam nie wysyłać.

Dziękuję i pozdrawiam
Anna Kowalczyk
'''),

    ('pl', 'person-thanks-received-from-iphone', 'other', (),
'''Return-Path: <tomek.nowak84@wp.pl>
Received: from mx.wp.pl (mx.wp.pl [212.77.101.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmF0q6vTbz9sVh
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 07:52:31 +0100 (CET)
Received: from [192.168.1.24] (public-gprs401734.centertel.pl [37.47.188.102])
        (Authenticated sender: tomek.nowak84@wp.pl)
        by smtp.wp.pl (WP-SMTPD) with ESMTPA
        for <privacy@shop.example.be>; Thu, 05 Nov 2026 07:52:29 +0100
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Tomasz Nowak <tomek.nowak84@wp.pl>
Mime-Version: 1.0 (1.0)
Subject: Re: Your access request - our answer [PRIV-2026-04398]
Date: Thu, 5 Nov 2026 07:52:17 +0100
Message-Id: <4C1E9A7B-2F63-4D8E-9B0A-7E5C3D1F6A29@wp.pl>
References: <PRIV-2026-04398.20261104162210.4@shop.example.be>
In-Reply-To: <PRIV-2026-04398.20261104162210.4@shop.example.be>
To: Shop Example Privacy <privacy@shop.example.be>
X-Mailer: iPhone Mail (22B91)

Dzi=C4=99kuj=C4=99, otrzyma=C5=82em.
Tomasz Nowak

Wys=C5=82ane z iPhone=E2=80=99a

> Wiadomo=C5=9B=C4=87 napisana przez Shop Example Privacy <privacy@shop.ex=
ample.be> w dniu 4 lis 2026, o godz. 16:22:
>=20
> Dear Mr Nowak,
>=20
> Following your request of 14 October 2026, please find attached a copy =
of the personal data we hold about you. The PDF is protected with a passw=
ord, which we sent you by SMS.
>=20
> If you have any questions, simply reply to this e-mail.
>=20
> Kind regards,
> Privacy team
> Shop Example BV
'''),

    ('cs', 'exchange-ndr-recipient-not-found-old-work-address', 'automated', (),
'''Return-Path: <>
Received: from mail.stavby-horak.cz (mail.stavby-horak.cz [185.64.218.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RlfB06hJdz9sVk
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:22:48 +0100 (CET)
From: postmaster@stavby-horak.cz
To: <privacy@shop.example.be>
Date: Tue, 3 Nov 2026 10:22:44 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="1a3c5e7f-0b2d-4f61-8a9e-6c2d1b0e7f44"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: cs-CZ
Message-ID: <5d0c2f8a-4b1e-4c7a-9f3d-2e6b8a1c0d77@EXCH01.stavby-horak.local>
In-Reply-To: <PRIV-2026-04390.20261103102211.1@shop.example.be>
References: <PRIV-2026-04390.20261103102211.1@shop.example.be>
Thread-Topic: Your data access request [PRIV-2026-04390]
Subject: =?utf-8?Q?Nedoru=C4=8Diteln=C3=A9:_Your_data_access_request_[PRIV-2026-04390]?=
Auto-Submitted: auto-replied

--1a3c5e7f-0b2d-4f61-8a9e-6c2d1b0e7f44
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Doru=C4=8Den=C3=AD n=C3=A1sleduj=C3=ADc=C3=ADm p=C5=99=C3=ADjemc=C5=AFm nebo =
skupin=C3=A1m se nezda=C5=99ilo:

jan.horak@stavby-horak.cz
Po=C5=BEadovan=C3=A1 e-mailov=C3=A1 adresa nebyla nalezena. Zkontrolujte =
adresu p=C5=99=C3=ADjemce a zkuste zpr=C3=A1vu odeslat znovu. Pokud probl=
=C3=A9m p=C5=99etrv=C3=A1v=C3=A1, obra=C5=A5te se na helpdesk.

Diagnostick=C3=A9 informace pro spr=C3=A1vce:

Generuj=C3=ADc=C3=AD server: EXCH01.stavby-horak.local

jan.horak@stavby-horak.cz
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipie=
nt not found by SMTP address lookup'

--1a3c5e7f-0b2d-4f61-8a9e-6c2d1b0e7f44
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.stavby-horak.local
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Tue, 3 Nov 2026 09:22:41 +0000

Final-Recipient: rfc822;jan.horak@stavby-horak.cz
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--1a3c5e7f-0b2d-4f61-8a9e-6c2d1b0e7f44
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [194.78.22.41])
        by mail.stavby-horak.cz with ESMTPS; Tue, 3 Nov 2026 10:22:41 +0100
From: Shop Example Privacy <privacy@shop.example.be>
To: <jan.horak@stavby-horak.cz>
Subject: Your data access request [PRIV-2026-04390]
Date: Tue, 3 Nov 2026 10:22:11 +0100
Message-ID: <PRIV-2026-04390.20261103102211.1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--1a3c5e7f-0b2d-4f61-8a9e-6c2d1b0e7f44--
'''),

    ('cs', 'sieve-vacation-address-no-longer-used-write-new', 'automated', (),
'''Return-Path: <>
Received: from mx.volny.cz (mx.volny.cz [212.20.96.34])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmKx55cRrz9sVm
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 15:40:12 +0100 (CET)
Message-ID: <dovecot-sieve-1793889611-419583-0@mx.volny.cz>
Date: Thu, 05 Nov 2026 15:40:11 +0100
X-Sieve: Pigeonhole Sieve 0.5.21
From: =?utf-8?Q?Petra_Svobodov=C3=A1?= <petra.svobodova@volny.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Zm=C4=9Bna_e-mailov=C3=A9_adresy?=
In-Reply-To: <PRIV-2026-04481.20261105153958.1@shop.example.be>
References: <PRIV-2026-04481.20261105153958.1@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

tuto adresu (petra.svobodova@volny.cz) od 1. listopadu 2026 už nepoužívám
a zprávy z ní nikdo nepřeposílá.

Pište mi prosím na novou adresu: petra.svobodova.brno@seznam.cz
Pokud jste mi posílali něco důležitého, pošlete to prosím znovu tam.

Děkuji,
Petra Svobodová

---
Toto je automatická odpověď.
'''),

    ('cs', 'outlook-read-receipt-identity-check', 'automated', (),
'''Return-Path: <hana.dvorakova@dvorak-ucetnictvi.cz>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2119.outbound.protection.outlook.com [40.107.103.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RlgS40wKfz9sVp
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 08:41:41 +0100 (CET)
From: =?utf-8?Q?Hana_Dvo=C5=99=C3=A1kov=C3=A1?= <hana.dvorakova@dvorak-ucetnictvi.cz>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?P=C5=99e=C4=8Dteno:_Your_privacy_request_-_identity_check_[PRIV?=
 =?utf-8?Q?-2026-04433]?=
Thread-Topic: Your privacy request - identity check [PRIV-2026-04433]
Thread-Index: AQHcTUs1d0Xy7mQpRkO3w1e2QkF9sg==
Date: Tue, 3 Nov 2026 07:41:37 +0000
Message-ID: <VI1PR08MB53258E2A4F17C3B9D0C6A15EF29A0@VI1PR08MB5325.eurprd08.prod.outlook.com>
References: <PRIV-2026-04433.20261102140512.1@shop.example.be>
In-Reply-To: <PRIV-2026-04433.20261102140512.1@shop.example.be>
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_002_VI1PR08MB53258E2A4F17C3B9D0C6A15EF29A0VI1PR08MB5325eurp_"
MIME-Version: 1.0

--_002_VI1PR08MB53258E2A4F17C3B9D0C6A15EF29A0VI1PR08MB5325eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Va=C5=A1e zpr=C3=A1va

  Komu: Hana Dvo=C5=99=C3=A1kov=C3=A1
  P=C5=99edm=C4=9Bt: Your privacy request - identity check [PRIV-2026-04433]
  Odesl=C3=A1no: pond=C4=9Bl=C3=AD 2. listopadu 2026 14:05:12 (UTC+01:00) =
Amsterodam, Berl=C3=ADn, Bern, =C5=98=C3=ADm, Stockholm, V=C3=ADde=C5=88

byla p=C5=99e=C4=8Dtena dne =C3=BAter=C3=BD 3. listopadu 2026 8:41:37 (UT=
C+01:00) B=C4=9Blehrad, Bratislava, Budape=C5=A1=C5=A5, Lubla=C5=88, Praha.

--_002_VI1PR08MB53258E2A4F17C3B9D0C6A15EF29A0VI1PR08MB5325eurp_
Content-Type: message/disposition-notification

Reporting-UA: VI1PR08MB5325.eurprd08.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;hana.dvorakova@dvorak-ucetnictvi.cz
Original-Message-ID: <PRIV-2026-04433.20261102140512.1@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_VI1PR08MB53258E2A4F17C3B9D0C6A15EF29A0VI1PR08MB5325eurp_--
'''),

    ('cs', 'person-son-forwards-carrier-deceased-notice-close-account', 'deletion', (),
'''Return-Path: <jiri.kral.74@email.cz>
Received: from mxc1.seznam.cz (mxc1.seznam.cz [77.75.78.181])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmZ4k2nGsz9sVr
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 19:12:55 +0100 (CET)
Received: from [10.0.0.12] (ip-89-176-44-201.bb.vodafone.cz [89.176.44.201])
        by smtpc.seznam.cz (Seznam SMTPD 1.3.140) with ESMTP;
        Fri, 06 Nov 2026 19:12:53 +0100 (CET)
Message-ID: <b7e4c2a1-3f9d-4c08-a6e1-52d8f0b9c3e4@email.cz>
Date: Fri, 6 Nov 2026 19:12:51 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: cs
To: privacy@shop.example.be
From: =?UTF-8?Q?Ji=C5=99=C3=AD_Kr=C3=A1l?= <jiri.kral.74@email.cz>
Subject: =?UTF-8?Q?Fwd:_Z=C3=A1silku_40817736521_se_nepoda=C5=99ilo_doru=C4=8Dit?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dobrý den,

můj otec Jaroslav Král (Šumavská 14, 602 00 Brno) zemřel 14. září 2026.
Spravuji jeho poštu a přišlo mi oznámení níže – zásilku od vás už nebylo
komu doručit.

Prosím zrušte jeho zákaznický účet u vás včetně věrnostní karty a jeho
osobní údaje vymažte. Pokud k tomu potřebujete úmrtní list nebo doklad
o dědictví, pošlu ho.

Děkuji
Jiří Král
tel. 603 112 458


-------- Přeposlaná zpráva --------
Předmět: 	Zásilku 40817736521 se nepodařilo doručit
Datum: 	Thu, 29 Oct 2026 15:12:40 +0100
Od: 	BalíkPoint <noreply@balikpoint.cz>
Komu: 	jaroslav.kral@seznam.cz



Dobrý den,

zásilku č. 40817736521 od odesílatele Shop Example BV se nám nepodařilo
doručit.

Důvod nedoručení: adresát zemřel
Zásilka bude vrácena odesílateli.

Stav zásilky: https://www.balikpoint.cz/sledovani/40817736521

Tento e-mail byl vygenerován automaticky, neodpovídejte na něj.
BalíkPoint s.r.o.
'''),

    ('hr', 'exchange-ooo-sick-leave', 'automated', (),
'''Return-Path: <marko.horvat@adriaplov.hr>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2093.outbound.protection.outlook.com [40.107.249.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmP7c3sLbz9sVt
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:07:29 +0100 (CET)
From: Marko Horvat <marko.horvat@adriaplov.hr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatski odgovor: Your privacy request [PRIV-2026-04470]
Thread-Topic: Your privacy request [PRIV-2026-04470]
Thread-Index: AQHcTx0p2LwT9eqJRUGx8Yb0c3FZKw==
Date: Thu, 5 Nov 2026 10:07:25 +0000
Message-ID: <DB9PR04MB84427D1C0E5A3F2B9C6D8E41A7350@DB9PR04MB8442.eurprd04.prod.outlook.com>
In-Reply-To: <PRIV-2026-04470.20261105110716.1@shop.example.be>
References: <PRIV-2026-04470.20261105110716.1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <PRIV-2026-04470.20261105110716.1@shop.example.be>
Content-Language: hr-HR
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Po=C5=A1tovani,

trenuta=C4=8Dno sam na bolovanju i ne =C4=8Ditam e-po=C5=A1tu. Povratak o=
=C4=8Dekujem 16. studenoga 2026.

Za hitne poslovne upite obratite se kolegici Ivani Babi=C4=87 (ivana.babic=
@adriaplov.hr).
Privatne poruke pro=C4=8Ditat =C4=87u nakon povratka.

Lijep pozdrav,
Marko Horvat
'''),

    ('hr', 'provider-mailbox-closed-autonotice', 'automated', (),
'''Return-Path: <>
Received: from mx2.optinet-mail.hr (mx2.optinet-mail.hr [78.134.200.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmNq91fXcz9sVv
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:40:36 +0100 (CET)
From: Optinet Posta <postmaster@optinet-mail.hr>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Obavijest:_adresa_vi=C5=A1e_nije_aktivna?=
Date: Wed, 4 Nov 2026 11:40:35 +0100
Message-ID: <closed-acct.1793875235.58213@mx2.optinet-mail.hr>
In-Reply-To: <PRIV-2026-04478.20261104114021.1@shop.example.be>
References: <PRIV-2026-04478.20261104114021.1@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani,

poruku koju ste poslali na adresu dragan.kovacevic@optinet-mail.hr nije
moguće uručiti.

Korisnički račun vezan uz ovu adresu ugašen je 31. listopada 2026. na
zahtjev korisnika (raskid pretplatničkog ugovora). Poruke poslane na ovu
adresu ne čuvaju se i ne prosljeđuju.

Ako poznajete primatelja, molimo kontaktirajte ga drugim putem i
zatražite njegovu novu adresu e-pošte.

Vaša poruka:
  Predmet: Uw privacyverzoek / Your privacy request [PRIV-2026-04478]
  Poslano: 4. 11. 2026. u 11:40

Ovo je automatska obavijest. Molimo ne odgovarajte na nju.

Optinet d.o.o. – Korisnička podrška: 0800 1234
'''),

    ('hr', 'bereavement-platform-reply-acknowledgement', 'automated', (),
'''Return-Path: <bounces+pp.8821@mailer.posljednjipozdrav.hr>
Received: from mailer.posljednjipozdrav.hr (mailer.posljednjipozdrav.hr [185.62.75.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmVh26TzDz9sVw
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:18:44 +0100 (CET)
From: Posljednji pozdrav <obavijesti@posljednjipozdrav.hr>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Potvrda_primitka_odgovora_=E2=80=93_predmet_PP-2026-11873?=
Date: Fri, 6 Nov 2026 10:18:42 +0100
Message-ID: <PP-2026-11873.ack.3@posljednjipozdrav.hr>
In-Reply-To: <PRIV-2026-04409.20261106101731.2@shop.example.be>
References: <PP-2026-11873.notice.1@posljednjipozdrav.hr>
 <PRIV-2026-04409.20261106101731.2@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_pp_7b41c9e0f2a84d35"

--=_pp_7b41c9e0f2a84d35
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani,

zaprimili smo Vaš odgovor na obavijest o smrti koju smo Vam poslali u ime
obitelji.

Broj predmeta:  PP-2026-11873
Organizacija:   Shop Example BV
Primljeno:      6. 11. 2026. u 10:18
Status:         Zaprimljeno – prosljeđuje se podnositelju obavijesti

Podnositelj obavijesti bit će obaviješten o Vašem odgovoru. Ako su Vam za
zatvaranje računa potrebni dodatni dokumenti, možete ih zatražiti putem
sigurne poveznice iz prve poruke.

Ovo je automatska poruka. Na nju nije moguće odgovoriti.

Posljednji pozdrav – servis za obavještavanje o smrti
www.posljednjipozdrav.hr

--=_pp_7b41c9e0f2a84d35
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Poštovani,</p>
<p>zaprimili smo Vaš odgovor na obavijest o smrti koju smo Vam poslali u ime obitelji.</p>
<table cellpadding="4">
<tr><td>Broj predmeta:</td><td><b>PP-2026-11873</b></td></tr>
<tr><td>Organizacija:</td><td>Shop Example BV</td></tr>
<tr><td>Primljeno:</td><td>6. 11. 2026. u 10:18</td></tr>
<tr><td>Status:</td><td>Zaprimljeno &ndash; prosljeđuje se podnositelju obavijesti</td></tr>
</table>
<p>Podnositelj obavijesti bit će obaviješten o Vašem odgovoru. Ako su Vam za zatvaranje računa potrebni dodatni dokumenti, možete ih zatražiti putem sigurne poveznice iz prve poruke.</p>
<p style="color:#888;font-size:12px">Ovo je automatska poruka. Na nju nije moguće odgovoriti.<br>
Posljednji pozdrav &ndash; servis za obavještavanje o smrti &middot; www.posljednjipozdrav.hr</p>
</body></html>

--=_pp_7b41c9e0f2a84d35--
'''),

    ('hr', 'person-reply-above-birthday-mail-late-mother', 'deletion', (),
'''Return-Path: <ruzica.peric58@gmail.com>
Received: from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmQ1b4wPcz9sVx
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 21:33:18 +0100 (CET)
Received: by mail-ej1-f45.google.com with SMTP id a640c23a62f3a-ad5273c1fd7so61724466b.1
        for <privacy@shop.example.be>; Thu, 05 Nov 2026 12:33:17 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=1793903597;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
        bh=pQ7mE2wR4tY9uI1oP3aS5dF8gH0jK6lZ2xC4vB7nM1Q=;
        b=Lm3nB8vC5xZ2aS7dF9gH1jK4lQ6wE0rT3yU5iO8pA2sD7fG9hJ1kL4zX6cV0bN3m
MIME-Version: 1.0
References: <bday.20261105080000.77412@mail.shop.example.be>
In-Reply-To: <bday.20261105080000.77412@mail.shop.example.be>
From: =?UTF-8?Q?Ru=C5=BEica_Peri=C4=87?= <ruzica.peric58@gmail.com>
Date: Thu, 5 Nov 2026 21:33:05 +0100
Message-ID: <CAJ7xQpZ0w3rT8yE5uK2mN9bV4cX1aS6dF0gH3jL7pO2iU8qW5e@mail.gmail.com>
Subject: =?UTF-8?Q?Re:_Happy_birthday,_Ru=C5=BEica!_A_gift_for_you?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

moja majka Ru=C5=BEica Peri=C4=87 preminula je 12. kolovoza ove godine. Da=
nas je na njezinu adresu stigla ova =C4=8Destitka za ro=C4=91endan, pa pi=
=C5=A1em s njezina ra=C4=8Duna, kojim se sada ja slu=C5=BEim.

Molim vas da zatvorite njezin korisni=C4=8Dki ra=C4=8Dun i obri=C5=A1ete s=
ve njezine podatke. Ako vam treba smrtni list, javite mi.

Lijep pozdrav,
Sanja Novak (k=C4=87i)

=C4=8Det, 5. stu 2026. u 09:00 Shop Example <hello@shop.example.be> napisao=
 je:

> Happy birthday, Ru=C5=BEica!
>
> To celebrate, here is a gift from us: EUR 10 off your next order of EUR 4=
0
> or more, valid until 30 November.
>
> Your code: BDAY-RP58-K2Q
>
> Have a lovely day,
> The Shop Example team
>
'''),

    ('sv', 'exchange-ooo-parental-leave', 'automated', (),
'''Return-Path: <johan.lindqvist@nordbygg.se>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2127.outbound.protection.outlook.com [40.107.13.127])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RlYk74dBmz9sVy
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 15:26:03 +0100 (CET)
From: Johan Lindqvist <johan.lindqvist@nordbygg.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatiskt svar: Your privacy request - identity check [PRIV-2026-04489]
Thread-Topic: Your privacy request - identity check [PRIV-2026-04489]
Thread-Index: AQHcTKe4fQ2m1sZ0Q0mXbV6pT3aY9g==
Date: Mon, 2 Nov 2026 14:25:59 +0000
Message-ID: <HE1PR07MB33915A0D2C7E4F8B1E9A6D35C0F12@HE1PR07MB3391.eurprd07.prod.outlook.com>
In-Reply-To: <PRIV-2026-04489.20261102152548.1@shop.example.be>
References: <PRIV-2026-04489.20261102152548.1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <PRIV-2026-04489.20261102152548.1@shop.example.be>
Content-Language: sv-SE
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hej!

Jag =C3=A4r f=C3=B6r=C3=A4ldraledig fr=C3=A5n och med 2 november 2026 till o=
ch med 28 februari 2027 och l=C3=A4ser inte min e-post under den tiden. Mej=
let vidarebefordras inte.

I tj=C3=A4nstefr=C3=A5gor, kontakta min kollega Sara Ekstr=C3=B6m, sara.ek=
strom@nordbygg.se, eller v=C3=A4xeln 08-123 456 00.

V=C3=A4nliga h=C3=A4lsningar
Johan Lindqvist
Projektledare, Nordbygg AB
'''),

    ('sv', 'sieve-vacation-moved-address-no-longer-used', 'automated', (),
'''Return-Path: <>
Received: from mx1.fibermail.se (mx1.fibermail.se [94.254.8.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn2c86HqFz9sWa
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 09:05:47 +0100 (CET)
Message-ID: <dovecot-sieve-1794211547-88127-0@mx1.fibermail.se>
Date: Mon, 09 Nov 2026 09:05:47 +0100
X-Sieve: Pigeonhole Sieve 0.5.19
From: =?utf-8?Q?Eva_Bergstr=C3=B6m?= <eva.bergstrom@fibermail.se>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Ny_e-postadress_/_adressen_anv=C3=A4nds_inte_l=C3=A4ngre?=
In-Reply-To: <PRIV-2026-04512.20261109090533.1@shop.example.be>
References: <PRIV-2026-04512.20261109090533.1@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej,

tack för ditt mejl. Den här adressen används inte längre – vi har flyttat
och sagt upp abonnemanget hos Fibermail. Mejl hit läses inte och skickas
inte vidare.

Min nya adress är: eva.bergstrom71@outlook.com

Hälsningar
Eva Bergström

(Automatiskt svar)
'''),

    ('sv', 'eid-identity-verification-provider-notice', 'automated', (),
'''Return-Path: <0110019a7c2e5f1b-3e8a1d44-9c2b-4f7e-a1d0-5b6e2c8f9a13-000000@eu-north-1.amazonses.com>
Received: from a48-92.smtp-out.eu-north-1.amazonses.com (a48-92.smtp-out.eu-north-1.amazonses.com [23.251.248.92])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmFw11kNvz9sWb
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 19:37:22 +0100 (CET)
From: VeriNord ID <noreply@verinord.se>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Identifiering_slutf=C3=B6rd_=E2=80=93_=C3=A4rende_PRIV-2026-04461?=
Date: Wed, 4 Nov 2026 18:37:20 +0000
Message-ID: <0110019a7c2e5f1b-3e8a1d44-9c2b-4f7e-a1d0-5b6e2c8f9a13-000000@eu-north-1.amazonses.com>
Feedback-ID: ::1.eu-north-1.Q7vN3xk2pLz8RmW4cYt0bE6hJ1uA9sD5fG2iK8oP3wE=:AmazonSES
X-SES-Outgoing: 2026.11.04-23.251.248.92
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="----=_Part_418227_1290113861.1793817440123"

------=_Part_418227_1290113861.1793817440123
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hej,

Identifieringen som ni begärde har slutförts.

Ärende:      PRIV-2026-04461
Metod:       BankID (Sverige)
Status:      Godkänd
Tidpunkt:    2026-11-04 19:37 CET

Jämförelse med uppgifterna i ärendet:
  Namn:          överensstämmer
  Födelsedatum:  överensstämmer

Resultatet och underlaget finns i kundportalen under Ärenden. Av
säkerhetsskäl skickar vi inga personuppgifter via e-post.

Det här är ett automatiskt meddelande och det går inte att svara på det.

VeriNord ID AB, Box 7021, 103 86 Stockholm

------=_Part_418227_1290113861.1793817440123
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html><html lang="sv"><body style="margin:0;font-family:Helvetica,Arial,sans-serif;color:#1b2430">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p>Hej,</p>
<p>Identifieringen som ni begärde har slutförts.</p>
<table style="border-collapse:collapse">
<tr><td style="padding:3px 12px 3px 0">Ärende</td><td><b>PRIV-2026-04461</b></td></tr>
<tr><td style="padding:3px 12px 3px 0">Metod</td><td>BankID (Sverige)</td></tr>
<tr><td style="padding:3px 12px 3px 0">Status</td><td style="color:#1a7f37"><b>Godkänd</b></td></tr>
<tr><td style="padding:3px 12px 3px 0">Tidpunkt</td><td>2026-11-04 19:37 CET</td></tr>
<tr><td style="padding:3px 12px 3px 0">Namn</td><td>överensstämmer</td></tr>
<tr><td style="padding:3px 12px 3px 0">Födelsedatum</td><td>överensstämmer</td></tr>
</table>
<p>Resultatet och underlaget finns i <a href="https://portal.verinord.se/arenden">kundportalen</a> under Ärenden. Av säkerhetsskäl skickar vi inga personuppgifter via e-post.</p>
<p style="font-size:12px;color:#6b7280">Det här är ett automatiskt meddelande och det går inte att svara på det.<br>VeriNord ID AB, Box 7021, 103 86 Stockholm</p>
</div></body></html>

------=_Part_418227_1290113861.1793817440123--
'''),

    ('sv', 'exchange-delayed-delivery-dsn-municipality', 'automated', (),
'''Return-Path: <>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2090.outbound.protection.outlook.com [40.107.20.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmTb95rZgz9sWc
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 17:18:09 +0100 (CET)
From: Microsoft Outlook <postmaster@vasterby-kommun.se>
To: <privacy@shop.example.be>
Date: Thu, 5 Nov 2026 16:18:05 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="c4f0e2a7-91d3-4b5e-8f26-0a7d3c9b1e58"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID: <9e31b7c4-0d52-4a8f-b6e3-7f2c1a9d4e05@AS8PR07MB7614.eurprd07.prod.outlook.com>
In-Reply-To: <PRIV-2026-04495.20261105131801.1@shop.example.be>
References: <PRIV-2026-04495.20261105131801.1@shop.example.be>
Thread-Topic: Your privacy request [PRIV-2026-04495]
Subject: =?utf-8?Q?Leveransen_f=C3=B6rdr=C3=B6jd:_Your_privacy_request_[PRIV-2026-04495]?=
Auto-Submitted: auto-replied

--c4f0e2a7-91d3-4b5e-8f26-0a7d3c9b1e58
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Leveransen har f=C3=B6rdr=C3=B6jts till f=C3=B6ljande mottagare eller grupp=
er:

anders.holm@vasterby-kommun.se

=C3=84mne: Your privacy request [PRIV-2026-04495]

Meddelandet har inte levererats =C3=A4nnu. Servern forts=C3=A4tter att f=
=C3=B6rs=C3=B6ka leverera det.

Servern f=C3=B6rs=C3=B6ker leverera meddelandet i ytterligare 1 dag, 20 tim=
mar och 59 minuter. Du f=C3=A5r ett nytt meddelande om meddelandet inte kan=
 levereras inom den tiden.

Diagnostisk information f=C3=B6r administrat=C3=B6rer:

Genererande server: AS8PR07MB7614.eurprd07.prod.outlook.com
Mottagarservern svarade: 451 4.4.0 Primary target IP address responded wit=
h: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but=
 that did not succeed.

--c4f0e2a7-91d3-4b5e-8f26-0a7d3c9b1e58
Content-Type: message/delivery-status

Reporting-MTA: dns;AS8PR07MB7614.eurprd07.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Thu, 5 Nov 2026 12:18:02 +0000

Final-Recipient: rfc822;anders.holm@vasterby-kommun.se
Action: delayed
Status: 4.4.0
Diagnostic-Code: smtp;451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect."
Will-Retry-Until: Sat, 7 Nov 2026 12:18:02 +0000

--c4f0e2a7-91d3-4b5e-8f26-0a7d3c9b1e58
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (194.78.22.41) by
 AS8PR07MB7614.eurprd07.prod.outlook.com with ESMTPS; Thu, 5 Nov 2026 12:18:02 +0000
From: Shop Example Privacy <privacy@shop.example.be>
To: <anders.holm@vasterby-kommun.se>
Subject: Your privacy request [PRIV-2026-04495]
Date: Thu, 5 Nov 2026 13:18:01 +0100
Message-ID: <PRIV-2026-04495.20261105131801.1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--c4f0e2a7-91d3-4b5e-8f26-0a7d3c9b1e58--
'''),

    ('sv', 'person-reply-above-wrong-address-change-confirmation', 'correction', (),
'''Return-Path: <karin.sjogren@outlook.com>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03olkn2081.outbound.protection.outlook.com [40.92.59.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn3Gm2yCkz9sWd
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 21:47:15 +0100 (CET)
From: =?utf-8?Q?Karin_Sj=C3=B6gren?= <karin.sjogren@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: SV: Your address has been updated / Uw adres werd gewijzigd
Thread-Topic: Your address has been updated / Uw adres werd gewijzigd
Thread-Index: AQHcUbB2nK3xT7YvQk2oW8aE1rP5Jw==
Date: Mon, 9 Nov 2026 20:47:12 +0000
Message-ID: <AM7P189MB10096C3E1F2A4B8D7E0C95A4D3B62@AM7P189MB1009.EURP189.PROD.OUTLOOK.COM>
References: <addr-upd.20261109180214.55190@mail.shop.example.be>
In-Reply-To: <addr-upd.20261109180214.55190@mail.shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hej,

det h=C3=A4r st=C3=A4mmer inte. Jag har flyttat till Avenue de Tervueren 6=
1, 1040 Etterbeek =E2=80=93 inte "Avenue de Tervueren 16, 1040 Bruxelles" s=
om det st=C3=A5r nedan. Dessutom har ert system gjort om mitt efternamn til=
l "Sj?gren". Det ska vara Sj=C3=B6gren, med =C3=B6.

Kan ni r=C3=A4tta b=C3=A5de adressen och namnet p=C3=A5 mitt konto? Jag sva=
rar till den h=C3=A4r adressen eftersom det andra mejlet kom fr=C3=A5n en no=
-reply.

Tack p=C3=A5 f=C3=B6rhand!
Karin Sj=C3=B6gren

Skaffa Outlook f=C3=B6r iOS<https://aka.ms/o0ukef>
________________________________
Fr=C3=A5n: Shop Example <no-reply@shop.example.be>
Skickat: den 9 november 2026 18:02
Till: karin.sjogren@outlook.com <karin.sjogren@outlook.com>
=C3=84mne: Your address has been updated / Uw adres werd gewijzigd

Dear Karin Sj?gren,

Your address change has been processed. From now on we will deliver to:

Avenue de Tervueren 16
1040 Bruxelles
Belgium

Didn't make this change? Contact our customer service.

This is an automated message, please do not reply.
'''),

    ('ro', 'zimbra-ooo-left-company-mailbox-deactivated', 'automated', (),
'''Return-Path: <andrei.stanciu@transilvania-logistic.ro>
Received: from mail.transilvania-logistic.ro (mail.transilvania-logistic.ro [86.124.51.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RlzK37pVmz9sWf
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 16:55:41 +0100 (CET)
Date: Tue, 3 Nov 2026 17:55:40 +0200 (EET)
From: Andrei Stanciu <andrei.stanciu@transilvania-logistic.ro>
To: privacy@shop.example.be
Message-ID: <1204877315.5521.1793807740118.JavaMail.zimbra@transilvania-logistic.ro>
In-Reply-To: <PRIV-2026-04502.20261103165531.1@shop.example.be>
References: <PRIV-2026-04502.20261103165531.1@shop.example.be>
Subject: =?utf-8?Q?R=C4=83spuns_automat:_Your_privacy_request_[PRIV-2026-04502]?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4546 (zclient/9.0.0_GA_4546)

Bună ziua,

Începând cu 1 noiembrie 2026 nu mai lucrez la Transilvania Logistic. Această
adresă de e-mail va fi dezactivată la sfârșitul lunii, iar mesajele primite
nu sunt redirecționate.

Pentru comenzi și transport, vă rugăm să scrieți la
office@transilvania-logistic.ro.
Pentru corespondență personală mă găsiți la andrei.stanciu.cj@gmail.com.

Vă mulțumesc,
Andrei Stanciu
'''),

    ('ro', 'exchange-ndr-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2111.outbound.protection.outlook.com [40.107.241.111])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmWs46LtPz9sWg
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 14:31:22 +0100 (CET)
From: Microsoft Outlook <postmaster@clinica-sanamed.ro>
To: <privacy@shop.example.be>
Date: Fri, 6 Nov 2026 13:31:19 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="7d2b9f14-3e6a-48c1-a05d-e81f4c27b9a3"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: ro-RO
Message-ID: <0f8a3c51-6b2e-4d97-9a14-c3e70b5d2f86@VI1PR02MB6380.eurprd02.prod.outlook.com>
In-Reply-To: <PRIV-2026-04455.20261106143112.2@shop.example.be>
References: <PRIV-2026-04455.20261106143112.2@shop.example.be>
Thread-Topic: Reminder: please confirm your identity [PRIV-2026-04455]
Subject: Nelivrabil: Reminder: please confirm your identity [PRIV-2026-04455]
Auto-Submitted: auto-replied

--7d2b9f14-3e6a-48c1-a05d-e81f4c27b9a3
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Livrarea c=C4=83tre ace=C8=99ti destinatari sau grupuri nu a reu=C8=99it:

mihaela.dumitrescu@clinica-sanamed.ro
C=C4=83su=C8=9Ba po=C8=99tal=C4=83 a destinatarului este plin=C4=83 =C8=99=
i nu poate accepta mesaje acum. =C3=8Encerca=C8=9Bi s=C4=83 retrimite=C8=9B=
i mesajul mai t=C3=A2rziu sau contacta=C8=9Bi direct destinatarul.

Informa=C8=9Bii de diagnosticare pentru administratori:

Server generator: VI1PR02MB6380.eurprd02.prod.outlook.com

mihaela.dumitrescu@clinica-sanamed.ro
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:=
QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process=
 message due to a permanent exception with message [BeginDiagnosticData]Can=
not open mailbox.[EndDiagnosticData]'

--7d2b9f14-3e6a-48c1-a05d-e81f4c27b9a3
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR02MB6380.eurprd02.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Fri, 6 Nov 2026 13:31:14 +0000

Final-Recipient: rfc822;mihaela.dumitrescu@clinica-sanamed.ro
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--7d2b9f14-3e6a-48c1-a05d-e81f4c27b9a3
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (194.78.22.41) by
 VI1PR02MB6380.eurprd02.prod.outlook.com with ESMTPS; Fri, 6 Nov 2026 13:31:14 +0000
From: Shop Example Privacy <privacy@shop.example.be>
To: <mihaela.dumitrescu@clinica-sanamed.ro>
Subject: Reminder: please confirm your identity [PRIV-2026-04455]
Date: Fri, 6 Nov 2026 14:31:12 +0100
Message-ID: <PRIV-2026-04455.20261106143112.2@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--7d2b9f14-3e6a-48c1-a05d-e81f4c27b9a3--
'''),

    ('ro', 'courier-helpdesk-ticket-acknowledgement', 'automated', (),
'''Return-Path: <suport@expres-curier.ro>
Received: from helpdesk.expres-curier.ro (helpdesk.expres-curier.ro [89.39.246.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmTq72xDcz9sWh
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 12:47:33 +0100 (CET)
From: Suport ExpresCurier <suport@expres-curier.ro>
To: privacy@shop.example.be
Subject: =?utf-8?Q?[Tichet_#RO-584213]_Am_primit_solicitarea_dumneavoastr=C4=83?=
Date: Thu, 05 Nov 2026 13:47:31 +0200
Message-ID: <ticket.584213.auto.1793886451@helpdesk.expres-curier.ro>
In-Reply-To: <PRIV-2026-04466.20261105124711.3@shop.example.be>
References: <PRIV-2026-04466.20261105124711.3@shop.example.be>
X-Loop: yes
X-Zammad-Ticket-Id: 584213
Precedence: bulk
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Organization: ExpresCurier SRL
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă mulțumim pentru mesaj. Solicitarea dumneavoastră a fost înregistrată cu
numărul #RO-584213 și a fost repartizată departamentului Protecția Datelor.

Subiect: Data subject request - erasure of customer data (ref. PRIV-2026-04466)
Data înregistrării: 05.11.2026, 13:47

Un coleg vă va răspunde în cel mult 2 zile lucrătoare. Pentru a adăuga
informații, răspundeți la acest e-mail păstrând numărul tichetului în
subiect.

Program: luni–vineri, 08:00–18:00

Cu stimă,
Echipa Suport ExpresCurier

Acesta este un mesaj generat automat.
'''),

    ('ro', 'person-forwards-gmail-bounce-complains-and-repeats-access', 'complaint', ('access',),
'''Return-Path: <ioana.constantinescu@gmail.com>
Received: from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn1Dv0qWkz9sWj
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 18:26:40 +0100 (CET)
Received: by mail-wm1-f52.google.com with SMTP id 5b1f17b1804b1-43cf0d787eeso27751915e9.3
        for <privacy@shop.example.be>; Sun, 08 Nov 2026 09:26:40 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=1794155200;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
        bh=V2nZ8cQ4rX1yT6uW3oP9lK5jH7gF0dS2aM4bN8vE1qI=;
        b=Qw8eR2tY6uI0oP4aS9dF1gH3jK7lZ5xC2vB8nM0qW4eR6tY9uI1oP3aS5dF7gH0j
MIME-Version: 1.0
References: <CANx7_b1Qz4R2pW9tY6uE3kL8mN5vB0cX7aS1dF4gH2jK9lP6oI@mail.gmail.com>
In-Reply-To: <CANx7_b1Qz4R2pW9tY6uE3kL8mN5vB0cX7aS1dF4gH2jK9lP6oI@mail.gmail.com>
From: Ioana Constantinescu <ioana.constantinescu@gmail.com>
Date: Sun, 8 Nov 2026 19:26:27 +0200
Message-ID: <CANx7_b3Tm8W1eQ5rY0uI7oP2aS4dG6hJ9kL3zX5cV8bN1mQ4wE@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"

Buna ziua,

Este a treia oara cand incerc sa va contactez. Pe 2 octombrie si apoi pe
19 octombrie v-am trimis o cerere de acces la datele mele pe adresa
dpo@shop-example.be, exact adresa trecuta in politica de confidentialitate
din aplicatie. De fiecare data a venit inapoi mesajul de mai jos. Abia azi
am gasit pe site adresa aceasta.

Mi se pare inacceptabil ca adresa publicata pentru cererile GDPR sa nu
functioneze, iar termenul de o luna a trecut deja. Daca nu primesc raspuns
pana pe 30 noiembrie, depun plangere la ANSPDCP si la autoritatea belgiana
de protectie a datelor.

Repet cererea: vreau o copie a tuturor datelor personale pe care le aveti
despre mine (cont client, cardul de fidelitate 6299 0677 1024 55, comenzi),
de unde le aveti si cui le-ati transmis.

Ioana Constantinescu
Str. Observatorului 112, Cluj-Napoca

---------- Forwarded message ---------
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: Mon, Oct 19, 2026 at 9:04 PM
Subject: Delivery Status Notification (Failure)
To: <ioana.constantinescu@gmail.com>


Address not found

Your message wasn't delivered to dpo@shop-example.be because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:

550 5.1.1 <dpo@shop-example.be>: Recipient address rejected: User unknown
in virtual mailbox table



---------- Forwarded message ----------
From: Ioana Constantinescu <ioana.constantinescu@gmail.com>
To: dpo@shop-example.be
Cc:
Bcc:
Date: Mon, 19 Oct 2026 21:04:11 +0300
Subject: Cerere de acces la datele personale (art. 15 GDPR) - al doilea mesaj
----- Message truncated -----
'''),

    ('el', 'cpanel-autoresponder-maternity-leave', 'automated', (),
'''Return-Path: <>
Received: from server14.hostgreece-example.gr (server14.hostgreece-example.gr [185.4.133.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RlrN58bQtz9sWk
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 12:09:17 +0100 (CET)
Received: from e.papadaki by server14.hostgreece-example.gr with local (Exim 4.98)
        id 1tQ7Zx-0004Kq-2B
        for privacy@shop.example.be; Tue, 03 Nov 2026 13:09:16 +0200
X-Autorespond: e.papadaki@logistiki-papadaki.gr
Precedence: auto_reply
X-Precedence: auto_reply
Auto-Submitted: auto-replied
X-Autoreply: yes
From: Eleni Papadaki <e.papadaki@logistiki-papadaki.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=86=CE=B4=CE=B5=CE=B9=CE=B1_=CE=BC=CE=B7=CF=84=CF=81=CF=8C=CF=84=CE=B7=CF=84=CE=B1=CF=82?= / Out of office
In-Reply-To: <PRIV-2026-04474.20261103120905.1@shop.example.be>
References: <PRIV-2026-04474.20261103120905.1@shop.example.be>
Message-Id: <E1tQ7Zx-0004Kq-2B@server14.hostgreece-example.gr>
Date: Tue, 03 Nov 2026 13:09:16 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Καλησπέρα σας,

Από τις 12 Οκτωβρίου 2026 βρίσκομαι σε άδεια μητρότητας και δεν
παρακολουθώ τακτικά το ηλεκτρονικό μου ταχυδρομείο. Θα επιστρέψω στο
γραφείο στα μέσα Μαρτίου 2027.

Για θέματα του λογιστικού γραφείου μπορείτε να απευθύνεστε στη συνάδελφό
μου Μαρία Κωνσταντίνου, στο info@logistiki-papadaki.gr ή στο τηλέφωνο
2310 555 123.

Ευχαριστώ για την κατανόηση,
Ελένη Παπαδάκη

--
I am on maternity leave until mid-March 2027. For urgent matters please
write to info@logistiki-papadaki.gr.
'''),

    ('el', 'provider-notice-account-closed-owner-deceased', 'automated', (),
'''Return-Path: <>
Received: from mx3.hellasmail.gr (mx3.hellasmail.gr [195.170.14.63])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RlKd61sMhz9sWm
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 07:15:32 +0100 (CET)
From: Hellas Mail <no-reply@hellasmail.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=9F_=CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=CF=8C=CF=82_?=
 =?UTF-8?Q?=CE=AD=CF=87=CE=B5=CE=B9_=CE=BA=CE=BB=CE=B5=CE=AF=CF=83=CE=B5=CE=B9?=
Date: Fri, 30 Oct 2026 08:15:31 +0200
Message-ID: <notice.closed.20261030081531.41877@mx3.hellasmail.gr>
In-Reply-To: <privacy-notice-2026.1029.118842@mail.shop.example.be>
References: <privacy-notice-2026.1029.118842@mail.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Αγαπητέ αποστολέα,

Το μήνυμά σας προς τη διεύθυνση giorgos.antoniou@hellasmail.gr δεν
παραδόθηκε.

Ο λογαριασμός αυτός έχει κλείσει οριστικά κατόπιν αιτήματος των οικείων
του κατόχου, λόγω θανάτου του. Τα μηνύματα που αποστέλλονται σε αυτή τη
διεύθυνση δεν αποθηκεύονται και δεν προωθούνται σε άλλο παραλήπτη.

Σας παρακαλούμε να αφαιρέσετε τη διεύθυνση από τις λίστες αποστολής σας.

Θέμα του μηνύματός σας: Update to our privacy notice / Mise à jour de notre déclaration de confidentialité
Ημερομηνία αποστολής: 30/10/2026 08:15

Το μήνυμα αυτό δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
Hellas Mail – Εξυπηρέτηση πελατών
'''),

    ('el', 'university-alias-redirect-notice', 'automated', (),
'''Return-Path: <noc-noreply@unimail.gr>
Received: from relay2.unimail.gr (relay2.unimail.gr [150.140.129.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rmc0H5tFnz9sWn
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 13:02:08 +0100 (CET)
Received: by relay2.unimail.gr (Postfix, from userid 998)
        id 3E0B1C2A7F; Mon,  9 Nov 2026 14:02:07 +0200 (EET)
From: =?UTF-8?Q?=CE=9A=CE=AD=CE=BD=CF=84=CF=81=CE=BF_=CE=94=CE=B9=CE=BA=CF=84=CF=8D=CE=BF=CF=85?= <noc-noreply@unimail.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=A0=CF=81=CE=BF=CF=8E=CE=B8=CE=B7=CF=83=CE=B7_=CE=BC=CE=B7=CE=BD=CF=8D=CE=BC=CE=B1=CF=84=CE=BF=CF=82?= / Message redirected
Date: Mon,  9 Nov 2026 14:02:07 +0200 (EET)
Message-Id: <20261109120207.3E0B1C2A7F@relay2.unimail.gr>
In-Reply-To: <PRIV-2026-04515.20261109130154.1@shop.example.be>
References: <PRIV-2026-04515.20261109130154.1@shop.example.be>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

[English below]

Το μήνυμά σας προς τη διεύθυνση kpapadopoulos@mech.unimail.gr προωθήθηκε
αυτόματα.

Ο παραλήπτης δεν είναι πλέον μέλος του Ιδρύματος και ο ιδρυματικός του
λογαριασμός λειτουργεί μόνο ως λογαριασμός προώθησης έως τις 31/01/2027.
Μετά την ημερομηνία αυτή τα μηνύματα θα επιστρέφονται στον αποστολέα.

Παρακαλούμε ενημερώστε τα στοιχεία επικοινωνίας σας με τη νέα διεύθυνση
του παραλήπτη.

----------------------------------------------------------------------

Your message to kpapadopoulos@mech.unimail.gr has been forwarded
automatically. The recipient is no longer a member of the Institution;
the account only forwards mail until 31/01/2027, after which messages
will be returned to the sender. Please update your records.

Κέντρο Λειτουργίας Δικτύου / Network Operations Centre
Αυτό είναι αυτόματο μήνυμα. / This is an automated message.
'''),

    ('el', 'person-sent-from-iphone-stop-marketing-sms', 'withdraw_consent', (),
'''Return-Path: <nikgeorgiou@yahoo.gr>
Received: from sonic312-21.consmr.mail.ir2.yahoo.com (sonic312-21.consmr.mail.ir2.yahoo.com [77.238.177.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmHz43kVqz9sWp
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 20:58:44 +0100 (CET)
Received: from sonic.gate.mail.ne1.yahoo.com by sonic312-21.consmr.mail.ir2.yahoo.com with HTTP;
        Wed, 4 Nov 2026 19:58:43 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.gr; s=s2048; t=1793822323;
        bh=Hk5nZ0qE7wR2tY4uI9oP1aS6dF3gJ8lK2xC5vB0nM7Q=;
        h=From:Subject:Date:To;
        b=Rt4yU8iO2pA6sD0fG3hJ7kL1zX5cV9bN2mQ4wE8rT6yU0iO3pA7sD1fG5hJ9kL2z
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
From: Nikos Georgiou <nikgeorgiou@yahoo.gr>
Mime-Version: 1.0 (1.0)
Subject: SMS
Date: Wed, 4 Nov 2026 21:58:31 +0200
Message-Id: <A3D7F1E2-6B4C-4E90-8F12-C5A9D0B7E364@yahoo.gr>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Καλησπέρα,

σας παρακαλώ σταματήστε να μου στέλνετε SMS με προσφορές στο 6944 123 456.
Ούτε τα email με τις προσφορές τα θέλω. Τον λογαριασμό μου μην τον
κλείσετε, ψωνίζω κανονικά από εσάς.

Ευχαριστώ
Νίκος Γεωργίου

Στάλθηκε από το iPhone μου
'''),

    ('bg', 'cpanel-autoresponder-moving-leave', 'automated', (),
'''Return-Path: <>
Received: from bg-sh-cp12.superhost-example.bg (bg-sh-cp12.superhost-example.bg [91.196.125.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RlYw31hNrz9sWq
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 16:44:09 +0100 (CET)
Received: from d.petrova by bg-sh-cp12.superhost-example.bg with local (Exim 4.98)
        id 1tPkLq-0007Rz-0F
        for privacy@shop.example.be; Mon, 02 Nov 2026 17:44:08 +0200
X-Autorespond: d.petrova@printcenter-bg.com
Precedence: auto_reply
X-Precedence: auto_reply
Auto-Submitted: auto-replied
From: Desislava Petrova <d.petrova@printcenter-bg.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=90=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=B5=D0=BD_?=
 =?UTF-8?Q?=D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80:_Your_privacy_request_[PRIV-2026-04507]?=
In-Reply-To: <PRIV-2026-04507.20261102164355.1@shop.example.be>
References: <PRIV-2026-04507.20261102164355.1@shop.example.be>
Message-Id: <E1tPkLq-0007Rz-0F@bg-sh-cp12.superhost-example.bg>
Date: Mon, 02 Nov 2026 17:44:08 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте,

От 2 до 13 ноември 2026 г. съм в отпуск във връзка с преместване в друг
град и проверявам пощата си рядко.

По служебни въпроси, моля, пишете на office@printcenter-bg.com или се
обадете на 02 981 23 45.
Ще отговоря на писмото Ви след завръщането си.

Поздрави,
Десислава Петрова
'''),

    ('bg', 'deceased-suppression-file-update-vendor', 'automated', (),
'''Return-Path: <bounce@notify.adreskontrol.bg>
Received: from notify.adreskontrol.bg (notify.adreskontrol.bg [87.120.37.15])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn1zP3cWbz9sWr
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 05:00:14 +0100 (CET)
From: AdresKontrol <noreply@adreskontrol.bg>
To: privacy@shop.example.be
Cc: dataquality@shop.example.be
Subject: =?UTF-8?Q?[AdresKontrol]_=D0=90=D0=BA=D1=82=D1=83=D0=B0=D0=BB=D0=B8=D0=B7=D0=B0=D1=86=D0=B8=D1=8F_=D0=BD=D0=B0_?=
 =?UTF-8?Q?=D1=84=D0=B0=D0=B9=D0=BB=D0=B0_=D0=B7=D0=B0_=D0=BF=D0=BE=D1=87=D0=B8=D0=BD=D0=B0=D0=BB=D0=B8_?=
 =?UTF-8?Q?=D0=BB=D0=B8=D1=86=D0=B0_=E2=80=93_2026-11?=
Date: Mon, 9 Nov 2026 06:00:12 +0200
Message-ID: <dsf-2026-11.client-0871.1794196812@notify.adreskontrol.bg>
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: AK-Notify 2.7
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Уважаеми партньори,

Публикувана е нова версия на файла за изключване на починали лица
(Deceased Suppression File), валидна от 9 ноември 2026 г.

Версия:                                   DSF-2026-11
Нови записи спрямо предходната версия:    18 412
Съвпадения с последно подадения Ви списък
(Shop Example BV, партида SE-BE-2026-10):  9

Резултатът от сравнението е наличен в клиентския портал, раздел „Справки“.
От съображения за сигурност лични данни не се изпращат по имейл.

Препоръчваме съвпадащите записи да бъдат изключени от кампании и пратки
до приключване на проверката от Ваша страна.

Това съобщение е генерирано автоматично. Моля, не отговаряйте на него.
АдресКонтрол ООД, бул. „Витоша“ 89, 1463 София
'''),

    ('bg', 'postfix-localized-bounce-user-unknown', 'automated', (),
'''Return-Path: <>
Received: from mail.bgstroy.bg (mail.bgstroy.bg [212.39.90.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn6Tb0pXcz9sWs
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 09:15:35 +0100 (CET)
Received: by mail.bgstroy.bg (Postfix)
        id 9C1E22C0A43; Tue, 10 Nov 2026 10:15:34 +0200 (EET)
Date: Tue, 10 Nov 2026 10:15:34 +0200 (EET)
From: MAILER-DAEMON@mail.bgstroy.bg (Mail Delivery System)
Subject: =?UTF-8?Q?=D0=9D=D0=B5=D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=BE_=D0=BF=D0=B8=D1=81=D0=BC=D0=BE,_?=
 =?UTF-8?Q?=D0=B2=D1=8A=D1=80=D0=BD=D0=B0=D1=82=D0=BE_=D0=BD=D0=B0_=D0=BF=D0=BE=D0=B4=D0=B0=D1=82=D0=B5=D0=BB=D1=8F?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="9C1E22C0A41.1794298534/mail.bgstroy.bg"
Content-Transfer-Encoding: 8bit
Message-Id: <20261110081534.9C1E22C0A43@mail.bgstroy.bg>

This is a MIME-encapsulated message.

--9C1E22C0A41.1794298534/mail.bgstroy.bg
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Това е програмата за пощенска доставка на сървъра mail.bgstroy.bg.

За съжаление писмото Ви не можа да бъде доставено до един или повече
получатели. То е приложено по-долу.

За допълнителна помощ, моля, пишете на <postmaster>.

Ако се свържете с нас, моля, приложете този отчет. Можете да изтриете
собствения си текст от приложеното писмо.

                   Програмата за пощенска доставка

<ivan.georgiev@bgstroy.bg>: host mail.bgstroy.bg[private/dovecot-lmtp] said:
    550 5.1.1 <ivan.georgiev@bgstroy.bg> User doesn't exist:
    ivan.georgiev@bgstroy.bg (in reply to RCPT TO command)

--9C1E22C0A41.1794298534/mail.bgstroy.bg
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.bgstroy.bg
X-Postfix-Queue-ID: 9C1E22C0A41
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 10 Nov 2026 10:15:33 +0200 (EET)

Final-Recipient: rfc822; ivan.georgiev@bgstroy.bg
Original-Recipient: rfc822;ivan.georgiev@bgstroy.bg
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.bgstroy.bg
Diagnostic-Code: smtp; 550 5.1.1 <ivan.georgiev@bgstroy.bg> User doesn't
    exist: ivan.georgiev@bgstroy.bg

--9C1E22C0A41.1794298534/mail.bgstroy.bg
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [194.78.22.41])
        by mail.bgstroy.bg (Postfix) with ESMTPS id 9C1E22C0A41
        for <ivan.georgiev@bgstroy.bg>; Tue, 10 Nov 2026 10:15:33 +0200 (EET)
From: Shop Example Privacy <privacy@shop.example.be>
To: <ivan.georgiev@bgstroy.bg>
Subject: Your correction request - please confirm [PRIV-2026-04519]
Date: Tue, 10 Nov 2026 09:15:31 +0100
Message-ID: <PRIV-2026-04519.20261110091531.1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--9C1E22C0A41.1794298534/mail.bgstroy.bg--
'''),

    ('bg', 'person-reply-above-our-acknowledgement-delete-everything', 'deletion', (),
'''Return-Path: <maria.ivanova@abv.bg>
Received: from smtp.abv.bg (smtp.abv.bg [194.153.145.99])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn2Fh6kLdz9sWt
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 22:03:27 +0100 (CET)
Received: from [192.168.0.103] (unknown [78.83.14.211])
        by smtp.abv.bg (Postfix) with ESMTPSA id 5A7C3E0F12
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 23:03:25 +0200 (EET)
Message-ID: <e3a9d1f4-82c6-4b7e-9a05-6d1c4f8b2e70@abv.bg>
Date: Mon, 9 Nov 2026 23:03:22 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: [PRIV-2026-04520] We have received your request / Wij hebben uw
 verzoek ontvangen
Content-Language: bg
To: Shop Example Privacy <privacy@shop.example.be>
References: <PRIV-2026-04520.ack.20261109211408@shop.example.be>
From: Maria Ivanova <maria.ivanova@abv.bg>
In-Reply-To: <PRIV-2026-04520.ack.20261109211408@shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Здравейте,

получих автоматичния ви отговор, но искам да уточня какво точно искам,
защото в първото писмо не бях достатъчно ясна.

Искам да изтриете целия ми профил – акаунта в сайта, профила в
приложението и картата за лоялност № 6299 0815 3310 27, заедно с всички
данни за мен. Не искам да пазите нищо, освен ако законът не ви задължава
(например за фактурите).

Благодаря,
Мария Иванова

На 9.11.2026 г. в 22:14, Shop Example Privacy написа:
> Dear customer,
>
> Thank you for your message. We have received your request and
> registered it under reference PRIV-2026-04520. We will answer within
> one month. If we need to verify your identity, we will contact you.
>
> This is an automatic confirmation. / Dit is een automatische bevestiging.
>
> Privacy team - Shop Example BV
'''),
]

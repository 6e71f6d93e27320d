"""Fifty-fourth set, robot mail of the stores' systems and look-alike people (14 languages). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ pl
    ('pl', 'exchange-ooo-reply-to-identity-check', 'automated', (),
'''Return-Path: <a.wroblewska@polimet-logistyka.pl>
Received: from mail.polimet-logistyka.pl (mail.polimet-logistyka.pl [91.227.44.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBm0Q2sHcz9sW2
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 09:17:44 +0100 (CET)
From: =?utf-8?Q?Agnieszka_Wr=C3=B3blewska?= <a.wroblewska@polimet-logistyka.pl>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Odpowied=C5=BA_automatyczna:_Your_access_request_-_identity_ch?=
 =?utf-8?Q?eck_[PRV-2026-1184]?=
Thread-Topic: Your access request - identity check [PRV-2026-1184]
Thread-Index: AQHcTr1kq8vJ0m2XQ0ao6Jx9u4wRbA==
Date: Tue, 3 Nov 2026 08:17:42 +0000
Message-ID: <6f1d0c2a9e8b4a41b0d7c3e5a2f91c77@polimet-logistyka.pl>
In-Reply-To: <PRV-2026-1184.20261103091640@shop.example.be>
References: <PRV-2026-1184.20261103091640@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: a.wroblewska@polimet-logistyka.pl
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: pl-PL
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Do 9 listopada 2026 r. przebywam na=
 urlopie i nie mam dost=C4=99pu do poczty. Wiadomo=C5=9Bci nie s=C4=85 przekazy=
wane dalej.

W sprawach pilnych prosz=C4=99 o kontakt z Dzia=C5=82em Obs=C5=82ugi Klienta:
bok@polimet-logistyka.pl, tel. +48 22 614 30 20.

Z powa=C5=BCaniem
Agnieszka Wr=C3=B3blewska
Specjalista ds. rozlicze=C5=84 transportowych
POLIMET Logistyka Sp. z o.o.
'''),

    ('pl', 'postfix-polish-dsn-mailbox-over-quota', 'automated', (),
'''Return-Path: <>
Received: from mx.kaszubnet.pl (mx.kaszubnet.pl [185.41.12.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBq0v2kLbz9sWf
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:02:09 +0100 (CET)
Received: by mx.kaszubnet.pl (Postfix)
        id 4ZBq0v0Rr1z1kLm; Wed,  4 Nov 2026 11:02:08 +0100 (CET)
Date: Wed,  4 Nov 2026 11:02:08 +0100 (CET)
From: MAILER-DAEMON@mx.kaszubnet.pl (System pocztowy)
Subject: =?utf-8?Q?Zwrot_wiadomo=C5=9Bci_-_nie_dostarczono?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4ZBq0v0Rr1z1kLm.1793872928/mx.kaszubnet.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <20261104100208.4ZBq0v0Rr1z1kLm@mx.kaszubnet.pl>

This is a MIME-encapsulated message.

--4ZBq0v0Rr1z1kLm.1793872928/mx.kaszubnet.pl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

To jest wiadomość systemu pocztowego serwera mx.kaszubnet.pl.

Z przykrością informujemy, że Twojej wiadomości nie udało się dostarczyć
do jednego lub więcej adresatów. Poniżej znajduje się opis problemu.

Jeżeli potrzebujesz pomocy, napisz do administratora poczty
<postmaster@kaszubnet.pl> i dołącz do wiadomości ten raport.

                   System pocztowy

<m.szymanska@kaszubnet.pl>: skrzynka odbiorcy jest pełna (przekroczony
    limit 2048 MB). Wiadomość odrzucono po 5 dniach prób doręczenia.

--4ZBq0v0Rr1z1kLm.1793872928/mx.kaszubnet.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kaszubnet.pl
X-Postfix-Queue-ID: 4Z7xW51QdSz1kLm
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 30 Oct 2026 10:58:31 +0100 (CET)

Final-Recipient: rfc822; m.szymanska@kaszubnet.pl
Original-Recipient: rfc822;m.szymanska@kaszubnet.pl
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildrop: maildir over quota.

--4ZBq0v0Rr1z1kLm.1793872928/mx.kaszubnet.pl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail-out2.shop.example.be (mail-out2.shop.example.be [195.130.154.22])
        by mx.kaszubnet.pl (Postfix) with ESMTPS id 4Z7xW51QdSz1kLm
        for <m.szymanska@kaszubnet.pl>; Fri, 30 Oct 2026 10:58:31 +0100 (CET)
From: Shop Example Privacy <privacy@shop.example.be>
To: m.szymanska@kaszubnet.pl
Subject: Your erasure request [PRV-2026-1201] - confirmation
Date: Fri, 30 Oct 2026 10:58:27 +0100
Message-ID: <PRV-2026-1201.20261030105827@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--4ZBq0v0Rr1z1kLm.1793872928/mx.kaszubnet.pl--
'''),

    ('pl', 'age-verification-vendor-daily-report', 'automated', (),
'''Return-Path: <bounce+raporty@notify.weryfikator24.pl>
Received: from out-3.notify.weryfikator24.pl (out-3.notify.weryfikator24.pl [193.70.55.141])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Z9Bv81Kq4z9sV7
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 06:05:13 +0100 (CET)
From: Weryfikator24 - raporty <raporty@weryfikator24.pl>
Reply-To: noreply@weryfikator24.pl
To: privacy@shop.example.be, security@shop.example.be
Subject: [Raport dzienny] Weryfikacja wieku - Shop Example BV - 26.10.2026
Date: Tue, 27 Oct 2026 06:05:11 +0100
Message-ID: <rpt-d-20261026-SHPEX-0007@weryfikator24.pl>
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: W24 Reporting 3.8
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

RAPORT DZIENNY WERYFIKACJI WIEKU
Klient: Shop Example BV (ID klienta: SHPEX)
Okres: 26.10.2026, 00:00-23:59 (CET)

Sklep                     Weryfikacje  Pozytywne  Negatywne  Ręczne
Antwerpen Meir                    118        109          4       5
Gent Veldstraat                    87         80          3       4
Brussel Nieuwstraat               142        131          6       5
Liège Centre                       61         58          1       2
-------------------------------------------------------------------
RAZEM                             408        378         14      16

Ręczne = klient poprosił o sprawdzenie dokumentu przez pracownika
albo system nie rozpoznał dokumentu.

Zdarzenia:
- Gent Veldstraat, kasa SCO-2: 2 sesje przerwane (brak obrazu z kamery
  skanera, 14:02 i 14:09). Zalecamy sprawdzenie przewodu USB.

Dane osobowe:
Zdjęcia dokumentów i wizerunki twarzy nie są zapisywane. Przechowujemy
wyłącznie wynik weryfikacji (tak/nie), numer kasy i znacznik czasu przez
30 dni, zgodnie z umową powierzenia przetwarzania z dnia 12.03.2026.
Dzisiaj automatycznie usunięto 8 913 wpisów starszych niż 30 dni.

--
Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.
Zmiana odbiorców raportu: https://panel.weryfikator24.pl > Ustawienia > Powiadomienia
'''),

    ('pl', 'person-reply-above-ereceipt-not-mine-delete', 'deletion', (),
'''Return-Path: <tomek.kowalczyk88@gmail.com>
Received: from mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZB4sM3y8Hz9sWq
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 19:48:05 +0100 (CET)
Received: by mail-wm1-f47.google.com with SMTP id 5b1f17b1804b1-47a1c0e5b2eso11234565e9.1
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 11:48:04 -0700 (PDT)
Message-ID: <3b8e6a1f-0c44-4d2b-9a17-5e2c8d0f7a91@gmail.com>
Date: Sat, 31 Oct 2026 19:48:02 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Uw kasticket van Shop Example - Gent Veldstraat
To: privacy@shop.example.be
References: <ereceipt.GNT02.20261031.141207.00483@receipts.shop.example.be>
Content-Language: pl
From: Tomasz Kowalczyk <tomek.kowalczyk88@gmail.com>
In-Reply-To: <ereceipt.GNT02.20261031.141207.00483@receipts.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry,

dostałem od Was poniższy paragon, ale to nie jest mój zakup. W sobotę
nie było mnie w Gandawie, w Belgii nie byłem od ponad roku. Ktoś przy
kasie najwyraźniej podał albo wpisał mój adres e-mail (może pomylił
się o jedną literkę).

Proszę usunąć mój adres z tej transakcji i nie przypisywać mi cudzych
zakupów. Jeśli mój e-mail jest zapisany przy jakimś koncie albo karcie,
których nie zakładałem, to proszę go stamtąd też usunąć.

Pozdrawiam
Tomasz Kowalczyk

W dniu 31.10.2026 o 14:12, Shop Example pisze:
> Bedankt voor uw aankoop! / Merci pour votre achat !
>
> Shop Example - Gent Veldstraat
> Veldstraat 48, 9000 Gent
> 31/10/2026 14:11   Kassa 3   Ticket 0483
>
> 1 x Thermosfles 0,75 L                 24,99
> 2 x Wollen sokken                      17,98
> 1 x Cadeaubon                          25,00
> ---------------------------------------------
> Totaal                          EUR    67,97
> Bancontact                             67,97
>
> Klantenkaart: niet gebruikt
>
> Dit kasticket werd verstuurd naar tomek.kowalczyk88@gmail.com op vraag
> van de klant aan de kassa. Vragen over uw gegevens?
> privacy@shop.example.be
'''),

    ('pl', 'person-reply-above-footfall-survey-opening-hours', 'other', (),
'''Return-Path: <ewa.zielinska@o2.pl>
Received: from mx.o2.pl (mx.o2.pl [193.17.41.62])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBhJ53tWpz9sTn
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 21:36:58 +0100 (CET)
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?Q?Ewa_Zieli=C5=84ska?= <ewa.zielinska@o2.pl>
Mime-Version: 1.0 (1.0)
Subject: Re: How was your visit to Shop Example Gent Veldstraat?
Date: Mon, 2 Nov 2026 21:36:41 +0100
Message-Id: <5C1E9B0A-7F3D-4E21-A8D6-2B94C07E11F3@o2.pl>
References: <svy.GNT02.20261102100300.77140@feedback.shop.example.be>
In-Reply-To: <svy.GNT02.20261102100300.77140@feedback.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B83)

Dzie=C5=84 dobry,

ankiety nie b=C4=99d=C4=99 wype=C5=82nia=C4=87, ale mam pytanie: do kt=C3=B3rej je=
ste=C5=9Bcie otwarci w niedziel=C4=99 w sklepie w Gandawie na Veldstraat? Na str=
onie jest 18:00, na drzwiach wisi kartka, =C5=BCe 17:00, a wczoraj o 17:20 by=
=C5=82o ju=C5=BC zamkni=C4=99te i poca=C5=82owali=C5=9Bmy klamk=C4=99.

Kt=C3=B3ra godzina jest aktualna? Chcemy przyjecha=C4=87 z dzie=C4=87mi w najbli=
=C5=BCsz=C4=85 niedziel=C4=99.

Pozdrawiam
Ewa Zieli=C5=84ska

Wys=C5=82ane z iPhone'a

> Wiadomo=C5=9B=C4=87 napisana przez Shop Example <survey@feedback.shop.exampl=
e.be> w dniu 2 lis 2026, o godz. 10:03:
>=20
> =EF=BB=BFHow was your visit to Shop Example Gent Veldstraat?
>=20
> Thank you for shopping with your Shop Example card at Gent Veldstraat
> on Saturday 31 October. Help us plan our opening hours and staffing:
> answer 3 short questions (1 minute).
>=20
> Start the survey: https://feedback.shop.example.be/s/GNT02?t=3Dk8Qm2r
>=20
> We count visitors at our entrances with anonymous sensors; this survey
> is optional. Questions about privacy: privacy@shop.example.be
> No more surveys? https://feedback.shop.example.be/unsub
'''),

    # ------------------------------------------------------------------ cs
    ('cs', 'czech-dsn-mailbox-does-not-exist', 'automated', (),
'''Return-Path: <>
Received: from mx2.centrum-posta.cz (mx2.centrum-posta.cz [77.75.76.48])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZC0fT5pXbz9sVd
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 16:21:37 +0100 (CET)
Received: by mx2.centrum-posta.cz (Postfix)
        id 4ZC0fT3dGrz4wQx; Thu,  5 Nov 2026 16:21:36 +0100 (CET)
Date: Thu,  5 Nov 2026 16:21:36 +0100 (CET)
From: MAILER-DAEMON@mx2.centrum-posta.cz (Postovni system)
Subject: =?utf-8?Q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4ZC0fT3dGrz4wQx.1793978496/mx2.centrum-posta.cz"
Content-Transfer-Encoding: 8bit
Message-Id: <20261105152136.4ZC0fT3dGrz4wQx@mx2.centrum-posta.cz>

This is a MIME-encapsulated message.

--4ZC0fT3dGrz4wQx.1793978496/mx2.centrum-posta.cz
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Toto je automatická zpráva poštovního serveru mx2.centrum-posta.cz.

Vaši zprávu se bohužel nepodařilo doručit jednomu nebo více příjemcům.
Podrobnosti najdete níže.

Pokud potřebujete pomoc, napište na postmaster@centrum-posta.cz
a přiložte tuto zprávu.

                   Poštovní systém

<jiri.novotny@centrum-posta.cz>: schránka příjemce neexistuje nebo byla
    zrušena (550 5.1.1 Mailbox does not exist)

--4ZC0fT3dGrz4wQx.1793978496/mx2.centrum-posta.cz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.centrum-posta.cz
X-Postfix-Queue-ID: 4ZC0fT3dGrz4wQx
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu,  5 Nov 2026 16:21:35 +0100 (CET)

Final-Recipient: rfc822; jiri.novotny@centrum-posta.cz
Original-Recipient: rfc822;jiri.novotny@centrum-posta.cz
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; user unknown

--4ZC0fT3dGrz4wQx.1793978496/mx2.centrum-posta.cz
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mail-out1.shop.example.be (mail-out1.shop.example.be [195.130.154.21])
        by mx2.centrum-posta.cz (Postfix) with ESMTPS id 4ZC0fT3dGrz4wQx
        for <jiri.novotny@centrum-posta.cz>; Thu,  5 Nov 2026 16:21:35 +0100 (CET)
From: Shop Example Privacy <privacy@shop.example.be>
To: jiri.novotny@centrum-posta.cz
Subject: Your request for a copy of your data [PRV-2026-1193]
Date: Thu, 5 Nov 2026 16:21:30 +0100
Message-ID: <PRV-2026-1193.20261105162130@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Mr Novotny,

Thank you for your request of 3 November 2026. Before we can send you a
copy of your personal data, we need to confirm your identity. Please
reply to this e-mail from the address linked to your customer account,
or give us your loyalty card number.

Kind regards,
Privacy team - Shop Example BV

--4ZC0fT3dGrz4wQx.1793978496/mx2.centrum-posta.cz--
'''),

    ('cs', 'exchange-ooo-processor-wifi-vendor', 'automated', (),
'''Return-Path: <lucie.dvorakova@netguest.cz>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2112.outbound.protection.outlook.com [40.107.6.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBtkL0NwCz9sX1
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 14:55:20 +0100 (CET)
From: =?utf-8?Q?Lucie_Dvo=C5=99=C3=A1kov=C3=A1?= <lucie.dvorakova@netguest.cz>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatick=C3=A1_odpov=C4=9B=C4=8F:_DSR_PRV-2026-1172_-_erasure?=
 =?utf-8?Q?_of_guest_Wi-Fi_records?=
Thread-Topic: DSR PRV-2026-1172 - erasure of guest Wi-Fi records
Thread-Index: AQHcTsyG3PZk8n1aRkuA0Wf7Lq2mHQ==
Date: Wed, 4 Nov 2026 13:55:17 +0000
Message-ID: <VI1PR02MB7718C2E0A9F1B3D45E6A2F17D29A2@VI1PR02MB7718.eurprd02.prod.outlook.com>
In-Reply-To: <PRV-2026-1172.20261104145501@shop.example.be>
References: <PRV-2026-1172.20261104145501@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: lucie.dvorakova@netguest.cz
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dobrý den,

do pátku 6. 11. 2026 jsem mimo kancelář s omezeným přístupem k e-mailu.
Vaši zprávu si přečtu po návratu.

Požadavky týkající se ochrany osobních údajů a zpracování dat koncových
uživatelů prosím posílejte na dpo@netguest.cz, technickou podporu
zajišťuje support@netguest.cz (+420 530 331 900).

S pozdravem

Ing. Lucie Dvořáková
Account Manager | NetGuest s.r.o.
Holandská 8, 639 00 Brno
'''),

    ('cs', 'challenge-response-sender-verification', 'automated', (),
'''Return-Path: <>
Received: from gate.postabezspamu.cz (gate.postabezspamu.cz [89.187.142.30])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZC1Xq6Dmtz9sWb
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:23:02 +0100 (CET)
Date: Thu, 5 Nov 2026 14:23:01 +0100
From: Ochrana proti spamu <overeni@postabezspamu.cz>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Ov=C4=9B=C5=99en=C3=AD_odes=C3=ADlatele:_Identity_check_for_y?=
 =?utf-8?Q?our_request_[PRV-2026-1207]?=
Message-ID: <cr-7f3a9c21e4b84d0e@postabezspamu.cz>
Auto-Submitted: auto-replied
Precedence: junk
X-PBS-Challenge: 7f3a9c21e4b84d0e
X-PBS-Protected-Recipient: petr.hajek@volny-net.cz
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

zpráva, kterou jste odeslali na adresu petr.hajek@volny-net.cz, byla
zadržena ochranou proti nevyžádané poště. Adresát přijímá poštu pouze
od ověřených odesílatelů.

Aby byla zpráva doručena, potvrďte prosím, že nejste robot:

    https://postabezspamu.cz/overit/7f3a9c21e4b84d0e

Odkaz platí 72 hodin, poté bude zadržená zpráva smazána. Ověření stačí
provést jednou; další zprávy z adresy privacy@shop.example.be už budou
doručovány přímo.

Zadržená zpráva:
  Od:       privacy@shop.example.be
  Předmět:  Identity check for your request [PRV-2026-1207]
  Datum:    5. 11. 2026 14:22

--
Tato zpráva byla vygenerována automaticky, neodpovídejte na ni.
PostaBezSpamu.cz - ochrana vaší schránky
'''),

    ('cs', 'vms-footage-export-ready', 'automated', (),
'''Return-Path: <notify@shop-example.obraznet.cloud>
Received: from smtp.obraznet.cloud (smtp.obraznet.cloud [185.8.236.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBjR20gFKz9sTc
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 15:48:31 +0100 (CET)
Date: Mon, 2 Nov 2026 15:48:29 +0100
From: ObrazNet VMS <notify@shop-example.obraznet.cloud>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Export_z=C3=A1znamu_dokon=C4=8Den_-_EXP-20261102-0042?=
Message-ID: <exp.20261102-0042.1793630909@shop-example.obraznet.cloud>
Auto-Submitted: auto-generated
Precedence: bulk
X-ObrazNet-Event: export.completed
X-ObrazNet-Tenant: shop-example
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Export záznamu byl dokončen.

Číslo exportu:    EXP-20261102-0042
Vyžádal:          privacy.officer (Shop Example BV)
Důvod (zadáno):   Žádost subjektu údajů PRV-2026-1176
Pobočka:          Brussel Nieuwstraat (BRU01)
Kamery:           BRU-CAM-03 (pokladny 1-4), BRU-CAM-09 (hlavní vchod)
Časový úsek:      28. 10. 2026 16:40:00 - 17:10:00
Formát:           MP4 (H.264) + přehrávač, vodoznak zapnut
Velikost:         1,84 GB
Kontrolní součet: SHA-256 3e9f0c...a71b (úplný v detailu exportu)

Stažení: https://shop-example.obraznet.cloud/exporty/EXP-20261102-0042
Odkaz je platný 7 dní (do 9. 11. 2026 15:48). Heslo k archivu bylo
odesláno SMS na číslo uložené u uživatele privacy.officer.

Záznam je z automatického mazání vyjmut do 2. 12. 2026.

Upozornění: export obsahuje osobní údaje (obrazové záznamy osob).
Před předáním třetí straně zvažte rozmazání ostatních osob
(funkce Anonymizace v detailu exportu).

--
Tuto zprávu odeslal automaticky systém ObrazNet VMS. Neodpovídejte na ni.
'''),

    ('cs', 'person-forwards-store-wifi-welcome-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <m.prochazka@email.cz>
Received: from mxout1.email.cz (mxout1.email.cz [77.75.78.38])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBcV96mLqz9sWr
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 12:14:09 +0100 (CET)
Message-ID: <a2c7e5d1-6b3f-4f0a-8e29-71d4c3b0e6f5@email.cz>
Date: Sun, 1 Nov 2026 12:14:05 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Fwd: Welcome to Shop Example Free Wi-Fi / Bienvenue
Content-Language: cs
To: privacy@shop.example.be
From: =?UTF-8?Q?Martin_Proch=C3=A1zka?= <m.prochazka@email.cz>
References: <wifi.welcome.BRU01.8f21c0@guest.shop.example.be>
In-Reply-To: <wifi.welcome.BRU01.8f21c0@guest.shop.example.be>
X-Forwarded-Message-Id: <wifi.welcome.BRU01.8f21c0@guest.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dobrý den, tohle mi přišlo jen proto, že jsem se ve vaší prodejně
připojil na wifi. Odhlaste mě prosím z těchhle mailů, žádné novinky
ani nabídky od vás dostávat nechci.

Martin Procházka


-------- Přeposlaná zpráva --------
Předmět: Welcome to Shop Example Free Wi-Fi / Bienvenue
Datum: Sat, 31 Oct 2026 16:02:44 +0100
Od: Shop Example Free Wi-Fi <wifi@guest.shop.example.be>
Komu: m.prochazka@email.cz



Welcome to Shop Example Free Wi-Fi!

You are connected in our store Brussel Nieuwstraat. Enjoy 2 hours of
free internet per day.

By signing up you agreed to receive the Shop Example newsletter with
offers and news. You can unsubscribe at any time with the link below.

Bienvenue sur le Wi-Fi gratuit de Shop Example ! Vous êtes connecté(e)
dans notre magasin de Bruxelles Rue Neuve.

Unsubscribe / Se désinscrire:
https://guest.shop.example.be/u/8f21c0e4

Shop Example BV - privacy@shop.example.be
'''),

    # ------------------------------------------------------------------ hr
    ('hr', 'sieve-vacation-reply-to-correction-request', 'automated', (),
'''Return-Path: <>
Received: from mail.optinet.hr (mail.optinet.hr [213.191.128.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Z9CpH1mVbz9sWd
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:04:14 +0100 (CET)
Date: Tue, 27 Oct 2026 10:04:12 +0100
X-Sieve: Pigeonhole Sieve 0.5.21
Message-ID: <dovecot-sieve-1793437452-882104-0@mail.optinet.hr>
From: =?utf-8?Q?Ivana_Babi=C4=87?= <ivana.babic@optinet.hr>
To: <privacy@shop.example.be>
Subject: Automatski odgovor: Re: Your correction request [PRV-2026-1199]
In-Reply-To: <PRV-2026-1199.20261027100355@shop.example.be>
References: <PRV-2026-1199.20261027100355@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani,

od 26. listopada do 8. studenoga 2026. na godišnjem sam odmoru i neću
redovito provjeravati e-poštu. Na Vašu poruku odgovorit ću nakon
povratka.

Lijep pozdrav,
Ivana Babić
'''),

    ('hr', 'cloud-vms-camera-offline-alert', 'automated', (),
'''Return-Path: <alarm@vidacloud.hr>
Received: from relay2.vidacloud.hr (relay2.vidacloud.hr [185.62.73.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBG2m6Hhtz9sT9
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 03:30:05 +0100 (CET)
Date: Thu, 29 Oct 2026 03:30:03 +0100
From: VidaCloud obavijesti <alarm@vidacloud.hr>
To: security@shop.example.be, privacy@shop.example.be
Subject: [UPOZORENJE] Kamera nedostupna - LGE-CAM-04 - Shop Example Liege Centre
Message-ID: <evt-1793413803-LGE-CAM-04-offline@vidacloud.hr>
Auto-Submitted: auto-generated
Precedence: bulk
X-VidaCloud-Event: camera.offline
X-VidaCloud-Severity: high
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Vrsta događaja:   Kamera nedostupna (gubitak veze)
Razina:           Visoka
Objekt:           Shop Example BV - Liège Centre (LGE)
Kamera:           LGE-CAM-04 - Ulaz skladišta / dostava
Snimač:           LGE-NVR-01 (10.44.3.10)
Početak:          29.10.2026. u 03:14:52 (CET)
Trajanje:         15 min (obavijest se šalje nakon 15 min bez signala)
Snimanje:         prekinuto za ovu kameru

Preporučene radnje:
- provjerite napajanje (PoE) i mrežni kabel kamere
- ako kamera i dalje nije dostupna, otvorite nalog kod servisera

Kada se kamera vrati u rad, primit ćete novu obavijest.

--
Ovu poruku automatski je poslao sustav VidaCloud. Molimo ne odgovarajte
na nju. Postavke obavijesti: https://portal.vidacloud.hr/obavijesti
'''),

    ('hr', 'security-guard-app-incident-report', 'automated', (),
'''Return-Path: <izvjesca@ophodnjapro.hr>
Received: from mail.ophodnjapro.hr (mail.ophodnjapro.hr [31.147.204.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBwN50zPDz9sWm
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 17:31:20 +0100 (CET)
Date: Wed, 4 Nov 2026 17:31:18 +0100
From: Ophodnja PRO <izvjesca@ophodnjapro.hr>
To: bru01.manager@shop.example.be, security@shop.example.be,
 privacy@shop.example.be
Subject: =?utf-8?Q?Automatsko_izvje=C5=A1=C4=87e_o_doga=C4=91aju_br._2026-1104-07?=
 =?utf-8?Q?_-_Brussel_Nieuwstraat?=
Message-ID: <incident.2026-1104-07.1793810678@ophodnjapro.hr>
Auto-Submitted: auto-generated
Precedence: bulk
X-OPro-Report-Type: incident
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

OPHODNJA PRO - automatsko izvješće o događaju

Broj događaja:   2026-1104-07
Naručitelj:      Shop Example BV
Objekt:          Brussel Nieuwstraat (BRU01)
Smjena:          dnevna, 04.11.2026. 08:00-20:00
Zaštitar:        ID 3318 (ime dostupno u portalu)
Vrsta događaja:  Pokušaj krađe - osoba zadržana do dolaska policije
Vrijeme:         04.11.2026. u 16:52

Opis (unos zaštitara):
Muška osoba, cca 30 godina, prošla je kroz izlaz s dvjema bežičnim
slušalicama koje nije platila. Zaustavljena na izlazu, roba vraćena.
Pozvana policija (zona Bruxelles-Capitale/Ixelles), intervencija u
17:15. Broj zapisnika upisan u portal.

Video: zaštitar je označio snimke kamera BRU-CAM-02 i BRU-CAM-09,
16:45-17:20, za izuzeće od automatskog brisanja.
Privitci: 2 fotografije (dostupne samo u portalu)

Napomena: izvješće sadrži osobne podatke. Kopija se automatski šalje
na adrese navedene u ugovoru (voditelj objekta, sigurnost, zaštita
podataka).

--
Ova je poruka automatski generirana. Ne odgovarajte na nju.
Ophodnja PRO | https://portal.ophodnjapro.hr
'''),

    ('hr', 'person-reply-above-incident-notice-wants-footage', 'access', (),
'''Return-Path: <marija.kovacevic@outlook.com>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05olkn2031.outbound.protection.outlook.com [40.92.89.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZB4B91qRkz9sVs
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 09:12:48 +0100 (CET)
From: =?utf-8?Q?Marija_Kova=C4=8Devi=C4=87?= <marija.kovacevic@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Re: Incident report INC-2026-05821 registered / Incidentmelding
 geregistreerd
Thread-Topic: Incident report INC-2026-05821 registered / Incidentmelding
 geregistreerd
Thread-Index: AQHcSnQ1x0oVb9E7kUGh3y2sZr8n1A==
Date: Sat, 31 Oct 2026 08:12:44 +0000
Message-ID: <AS8P193MB1285E0B4F27C9D0A61C3B8F2E5D12@AS8P193MB1285.EURP193.PROD.OUTLOOK.COM>
References: <inc.INC-2026-05821.20261030180211@incidents.shop.example.be>
In-Reply-To: <inc.INC-2026-05821.20261030180211@incidents.shop.example.be>
Accept-Language: hr-HR, en-US
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Poštovani,

u petak 30.10. oko 17:20 netko mi je na blagajni u vašoj trgovini u
Nieuwstraat izvukao novčanik iz torbe. Prijavila sam to u trgovini i
dobila ovu automatsku poruku ispod.

U policiji su mi rekli da snimku tražim od vas. Molim vas da mi
pošaljete kopiju snimke nadzorne kamere na kojoj se vidim ja i ono što
se dogodilo, ili mi javite kada je mogu doći pogledati. Bila sam na
blagajni 2, u crvenom kaputu, s kolicima.

Znam da se snimke ne čuvaju dugo, pa vas molim da mi odgovorite čim
prije.

Hvala,
Marija Kovačević
+32 470 55 21 84

Nabavite Outlook za Android

________________________________
Od: Shop Example <noreply@incidents.shop.example.be>
Poslano: petak, 30. listopada 2026. 18:02
Za: marija.kovacevic@outlook.com <marija.kovacevic@outlook.com>
Predmet: Incident report INC-2026-05821 registered / Incidentmelding geregistreerd

Dear customer, / Beste klant,

Your incident report has been registered.
Uw melding werd geregistreerd.

Reference / Referentie: INC-2026-05821
Store / Winkel: Brussel Nieuwstraat - Bruxelles Rue Neuve
Date / Datum: 30/10/2026 17:20
Type: Theft or loss of personal belongings / Diefstal of verlies

Our store team will handle your report. If the police ask for
information, please give them the reference above.

This is an automatic message, please do not reply. For questions about
camera images or your personal data: privacy@shop.example.be

Shop Example BV
'''),

    # ------------------------------------------------------------------ sv
    ('sv', 'exchange-onprem-ndr-swedish-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mx.bergdahlsbygg.se (mx.bergdahlsbygg.se [194.14.181.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZC0Bd4YxRz9sVk
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:41:22 +0100 (CET)
From: postmaster@bergdahlsbygg.se
To: <privacy@shop.example.be>
Date: Thu, 5 Nov 2026 09:41:19 +0000
Content-Type: multipart/report; report-type=delivery-status;
        boundary="c6f0a9d2-3e4b-4f7a-b81c-52d97e0a4c13"
Content-Language: sv-SE
Message-ID: <3b2e9f4c-a1d8-4c07-9e56-f0b18a7d2c64@EXCH02.bergdahlsbygg.local>
In-Reply-To: <PRV-2026-1190.20261105104109@shop.example.be>
References: <PRV-2026-1190.20261105104109@shop.example.be>
Thread-Topic: Your deletion request [PRV-2026-1190] - please confirm your identity
Subject: Det gick inte att leverera: Your deletion request [PRV-2026-1190] -
 please confirm your identity
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--c6f0a9d2-3e4b-4f7a-b81c-52d97e0a4c13
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Det gick inte att leverera till de h=C3=A4r mottagarna eller grupperna:

anna.lindqvist@bergdahlsbygg.se (anna.lindqvist@bergdahlsbygg.se)
Mottagarens postl=C3=A5da =C3=A4r full och kan inte ta emot meddelanden just n=
u. F=C3=B6rs=C3=B6k skicka meddelandet igen senare eller kontakta mottagaren p=
=C3=A5 annat s=C3=A4tt.

Diagnostisk information f=C3=B6r administrat=C3=B6rer:

Genererande server: EXCH02.bergdahlsbygg.local

anna.lindqvist@bergdahlsbygg.se
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:Q=
uotaExceededException.MapiExceptionShutoffQuotaExceeded'

Ursprungliga meddelanderubriker:

Received: from mx.bergdahlsbygg.se (10.12.0.25) by EXCH02.bergdahlsbygg.local
 (10.12.0.32) with Microsoft SMTP Server id 15.2.1544.4; Thu, 5 Nov 2026
 10:41:17 +0100
From: Shop Example Privacy <privacy@shop.example.be>
To: <anna.lindqvist@bergdahlsbygg.se>
Subject: Your deletion request [PRV-2026-1190] - please confirm your identity
Date: Thu, 5 Nov 2026 10:41:09 +0100
Message-ID: <PRV-2026-1190.20261105104109@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"

--c6f0a9d2-3e4b-4f7a-b81c-52d97e0a4c13
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.bergdahlsbygg.local
Received-From-MTA: dns;mx.bergdahlsbygg.se
Arrival-Date: Thu, 5 Nov 2026 09:41:17 +0000

Final-Recipient: rfc822;anna.lindqvist@bergdahlsbygg.se
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--c6f0a9d2-3e4b-4f7a-b81c-52d97e0a4c13
Content-Type: text/rfc822-headers

Received: from mx.bergdahlsbygg.se (10.12.0.25) by EXCH02.bergdahlsbygg.local
 (10.12.0.32) with Microsoft SMTP Server id 15.2.1544.4; Thu, 5 Nov 2026
 10:41:17 +0100
From: Shop Example Privacy <privacy@shop.example.be>
To: <anna.lindqvist@bergdahlsbygg.se>
Subject: Your deletion request [PRV-2026-1190] - please confirm your identity
Date: Thu, 5 Nov 2026 10:41:09 +0100
Message-ID: <PRV-2026-1190.20261105104109@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--c6f0a9d2-3e4b-4f7a-b81c-52d97e0a4c13--
'''),

    ('sv', 'footfall-vendor-weekly-report', 'automated', (),
'''Return-Path: <bounces+shopex@mail.flodesdata.se>
Received: from o12.mail.flodesdata.se (o12.mail.flodesdata.se [159.183.44.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBgTq5cF3z9sWx
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 07:00:18 +0100 (CET)
Date: Mon, 02 Nov 2026 06:00:14 +0000
From: =?utf-8?Q?Fl=C3=B6desData_rapporter?= <rapporter@flodesdata.se>
To: retail-ops@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?Q?Veckorapport_bes=C3=B6karfl=C3=B6de_v.44_-_Shop_Example_BV?=
Message-ID: <wk44-2026-shopex.7d1f03@flodesdata.se>
Auto-Submitted: auto-generated
Precedence: bulk
List-Unsubscribe: <https://portal.flodesdata.se/avsluta?r=v&k=shopex>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: veckorapport:shopex:flodesdata
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

VECKORAPPORT BESÖKARFLÖDE
Kund:   Shop Example BV
Period: vecka 44, 2026-10-26 – 2026-11-01

Butik                 Besökare  Förändr. v.43  Topptimme      Konv.*
Antwerpen Meir          18 412        +6,1 %   lör 15–16     31,4 %
Gent Veldstraat         12 907        +2,3 %   lör 14–15     28,9 %
Brussel Nieuwstraat     21 566        +9,8 %   lör 16–17     24,7 %
Liège Centre             8 034        -3,2 %   fre 17–18     33,0 %
Hasselt Hoogstraat       6 781        +1,1 %   lör 11–12     35,2 %
Namur Rue de Fer         5 219        -0,6 %   lör 15–16     30,8 %
Totalt                  72 919        +5,0 %

* Konvertering = antal kvitton (från kassasystemet) / antal besökare.

Händelser under veckan
- Gent Veldstraat, sensor GNT-S2 (sidoentré): inga data 2026-10-29
  kl. 09:00–11:45. Värdena har interpolerats.
- Söndag 2026-11-01 var helgdag i Belgien (Allhelgonadagen);
  jämförelsen mot en vanlig söndag är missvisande för Liège och Namur.

Om datan
Räkningen görs med 3D-stereosensorer ovanför entréerna. Sensorerna
sparar inga bilder; endast anonyma räknevärden (antal in/ut per
15 minuter) skickas till oss. Wi-Fi-baserad mätning av vistelsetid är
avstängd för ert konto sedan 2026-06-01.

Hela rapporten (PDF och CSV) finns i portalen:
https://portal.flodesdata.se/rapporter/shopex/2026-v44

--
Detta är ett automatiskt utskick från FlödesData Nordic AB.
Avsluta prenumerationen på veckorapporten:
https://portal.flodesdata.se/avsluta?r=v&k=shopex
'''),

    ('sv', 'guest-wifi-portal-daily-digest', 'automated', (),
'''Return-Path: <noreply@gastportalen.se>
Received: from smtp1.gastportalen.se (smtp1.gastportalen.se [212.105.66.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZC01k2vQmz9sTp
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 06:30:09 +0100 (CET)
Date: Thu, 5 Nov 2026 06:30:07 +0100
From: =?utf-8?Q?G=C3=A4stportalen?= <noreply@gastportalen.se>
To: privacy@shop.example.be, marketing@shop.example.be
Subject: =?utf-8?Q?Daglig_sammanfattning_2026-11-04:_312_nya_registreringar_i_g?=
 =?utf-8?Q?=C3=A4stn=C3=A4tet?=
Message-ID: <digest.shopex.20261104.a91c@gastportalen.se>
Auto-Submitted: auto-generated
Precedence: bulk
X-Gastportalen-Digest: daily
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gästportalen – daglig sammanfattning
Konto: Shop Example BV (6 platser)
Datum: onsdag 2026-11-04

Nya registreringar
Plats                 E-post  SMS  Google  Totalt  Samtycke marknadsföring
Antwerpen Meir            41   12       9      62      19
Gent Veldstraat           33    8       6      47      15
Brussel Nieuwstraat       71   19      14     104      31
Liège Centre              22    5       3      30      11
Hasselt Hoogstraat        25    4       6      35      12
Namur Rue de Fer          26    5       3      34       9
Totalt                   218   53      41     312      97

Återkommande besökare (anslutna igen): 1 486

Avregistreringar och förfrågningar
- Avregistrering från marknadsföring via länken i välkomstmejlet: 6
- Begäran om radering via portalen: 2. Förfrågningarna ligger under
  Admin > Dataförfrågningar och väntar på hantering av er som
  personuppgiftsansvarig.

Gallring
Anslutningsloggar (MAC-adress, tid, plats) äldre än 90 dagar raderas
automatiskt. I natt raderades 14 208 poster.

--
Det här är ett automatiskt meddelande från Gästportalen (Nordlink
Gästnät AB). Svara inte på mejlet. Ändra mottagare: Admin > Notiser.
'''),

    ('sv', 'person-quotes-bounce-complains-unanswered-request', 'complaint', ('access',),
'''Return-Path: <karin.sjoberg@kabelnet.se>
Received: from smtp.kabelnet.se (smtp.kabelnet.se [213.80.97.15])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZCp7w2GhSz9sVb
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 10:26:51 +0100 (CET)
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?Q?Karin_Sj=C3=B6berg?= <karin.sjoberg@kabelnet.se>
Mime-Version: 1.0 (1.0)
Subject: Fwd: Undelivered Mail Returned to Sender
Date: Sat, 7 Nov 2026 10:26:33 +0100
Message-Id: <E4A1C9B2-5D77-4F08-9B3E-06C2D8A71F45@kabelnet.se>
References: <20261106201402.7C1A83E0411@smtp.kabelnet.se>
In-Reply-To: <20261106201402.7C1A83E0411@smtp.kabelnet.se>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B83)

Hej,

Den 2 oktober skickade jag via kontaktformul=C3=A4ret p=C3=A5 er hemsida en be=
g=C3=A4ran om att f=C3=A5 veta vilka personuppgifter ni har om mig. Jag har inte=
 f=C3=A5tt n=C3=A5got svar, inte ens en bekr=C3=A4ftelse. I g=C3=A5r f=C3=B6rs=
=C3=B6kte jag mejla adressen som st=C3=A5r i integritetspolicyn i er app och f=
ick tillbaka meddelandet nedan.

Nu har det g=C3=A5tt mer =C3=A4n en m=C3=A5nad, vilket =C3=A4r tidsgr=C3=A4nsen=
 enligt GDPR. Jag vill fortfarande ha en kopia av alla uppgifter ni har om mig=
 (kundkort 6032 1144 0987 2210). H=C3=B6r jag inget inom en vecka anm=C3=A4ler=
 jag er till IMY och till den belgiska dataskyddsmyndigheten.

Ni borde f=C3=B6r =C3=B6vrigt r=C3=A4tta adressen i appen.

Mvh
Karin Sj=C3=B6berg

Skickat fr=C3=A5n min iPhone

B=C3=B6rjan p=C3=A5 vidarebefordrat brev:

> Fr=C3=A5n: Mail Delivery System <MAILER-DAEMON@smtp.kabelnet.se>
> Datum: 6 november 2026 21:14:02 CET
> Till: karin.sjoberg@kabelnet.se
> =C3=84mne: Undelivered Mail Returned to Sender
>=20
> =EF=BB=BFThis is the mail system at host smtp.kabelnet.se.
>=20
> I'm sorry to have to inform you that your message could not
> be delivered to one or more recipients. It's attached below.
>=20
> For further assistance, please send mail to postmaster.
>=20
> If you do so, please include this problem report. You can
> delete your own text from the attached returned message.
>=20
>                   The mail system
>=20
> <dpo@shop.example.be>: host mx1.shop.example.be[195.130.154.10] said: 550
>    5.1.1 <dpo@shop.example.be>: Recipient address rejected: User unknown in
>    virtual alias table (in reply to RCPT TO command)
>=20
> Reporting-MTA: dns; smtp.kabelnet.se
> X-Postfix-Queue-ID: 7C1A83E0411
> X-Postfix-Sender: rfc822; karin.sjoberg@kabelnet.se
> Arrival-Date: Fri,  6 Nov 2026 21:14:01 +0100 (CET)
>=20
> Final-Recipient: rfc822; dpo@shop.example.be
> Original-Recipient: rfc822;dpo@shop.example.be
> Action: failed
> Status: 5.1.1
> Remote-MTA: dns; mx1.shop.example.be
> Diagnostic-Code: smtp; 550 5.1.1 <dpo@shop.example.be>: Recipient address
>    rejected: User unknown in virtual alias table
>=20
> Fr=C3=A5n: Karin Sj=C3=B6berg <karin.sjoberg@kabelnet.se>
> =C3=84mne: Mina personuppgifter - beg=C3=A4ran om registerutdrag
> Datum: 6 november 2026 21:13:58 CET
> Till: dpo@shop.example.be
>=20
> Hej! Jag beg=C3=A4rde den 2 oktober ett registerutdrag enligt artikel 15
> GDPR via ert kontaktformul=C3=A4r men har inte f=C3=A5tt n=C3=A5got svar. Sn=
=C3=A4lla skicka det nu.
>=20
> Karin Sj=C3=B6berg
'''),

    # ------------------------------------------------------------------ ro
    ('ro', 'exchange-online-ooo-callcenter-processor', 'automated', (),
'''Return-Path: <andreea.popescu@callnord.ro>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2107.outbound.protection.outlook.com [40.107.105.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Z8yXv4TnBz9sVh
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 11:30:52 +0100 (CET)
From: Andreea Popescu <andreea.popescu@callnord.ro>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?R=C4=83spuns_automat:_DSR_PRV-2026-1180_-_call_recordings_for_?=
 =?utf-8?Q?a_customer?=
Thread-Topic: DSR PRV-2026-1180 - call recordings for a customer
Thread-Index: AQHcRz0t8lS0c1b7uU2kq0JmWv3x7g==
Date: Mon, 26 Oct 2026 10:30:49 +0000
Message-ID: <AM7PR03MB6561D2F0C4E3A9B8170E6F44B29C2@AM7PR03MB6561.eurprd03.prod.outlook.com>
In-Reply-To: <PRV-2026-1180.20261026113040@shop.example.be>
References: <PRV-2026-1180.20261026113040@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: andreea.popescu@callnord.ro
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă mulțumesc pentru mesaj. Sunt în concediu până pe 10 noiembrie 2026,
cu acces limitat la e-mail.

Pentru solicitări legate de protecția datelor vă rog să scrieți la
dpo@callnord.ro. Pentru probleme operaționale urgente (campanii,
raportări) o puteți contacta pe colega mea, Ioana Munteanu, la
ioana.munteanu@callnord.ro.

Cu stimă,
Andreea Popescu
Team Leader Calitate | CallNord Services SRL | Iași
'''),

    ('ro', 'pos-vendor-helpdesk-ticket-ack', 'automated', (),
'''Return-Path: <suport+bounces@casapos.ro>
Received: from mail.casapos.ro (mail.casapos.ro [89.36.218.57])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Z9DbW3kRfz9sTz
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 14:12:43 +0100 (CET)
Date: Tue, 27 Oct 2026 15:12:40 +0200
From: Suport CasaPOS <suport@casapos.ro>
Reply-To: Suport CasaPOS <suport@casapos.ro>
To: privacy@shop.example.be
Subject: [#RO-448213] Am primit solicitarea: Extras bonuri electronice
 pentru un client (DSR PRV-2026-1196)
Message-ID: <ticket.RO-448213.ack.1793538760@casapos.ro>
In-Reply-To: <PRV-2026-1196.20261027141201@shop.example.be>
References: <PRV-2026-1196.20261027141201@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
X-Ticket-ID: RO-448213
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_casapos_448213_a1"

--=_casapos_448213_a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă mulțumim că ați contactat echipa de suport CasaPOS.

Solicitarea dumneavoastră a fost înregistrată cu numărul #RO-448213 și a
fost repartizată echipei Suport Nivel 2 - Date și raportări.

Subiect: Extras bonuri electronice pentru un client (DSR PRV-2026-1196)
Prioritate: Normală
Timp estimat până la primul răspuns: 1 zi lucrătoare (contract Standard)

Pentru a adăuga informații, răspundeți la acest e-mail fără a modifica
subiectul. Vă rugăm să nu deschideți un tichet nou pentru aceeași
problemă.

Starea solicitării: https://suport.casapos.ro/tichete/RO-448213

Echipa Suport CasaPOS

--
Acesta este un mesaj generat automat.

--=_casapos_448213_a1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bună ziua,</p>
<p>Vă mulțumim că ați contactat echipa de suport CasaPOS.</p>
<p>Solicitarea dumneavoastră a fost înregistrată cu numărul <b>#RO-448213</b>
și a fost repartizată echipei <b>Suport Nivel 2 - Date și raportări</b>.</p>
<table cellpadding="4">
<tr><td>Subiect:</td><td>Extras bonuri electronice pentru un client (DSR PRV-2026-1196)</td></tr>
<tr><td>Prioritate:</td><td>Normală</td></tr>
<tr><td>Timp estimat până la primul răspuns:</td><td>1 zi lucrătoare (contract Standard)</td></tr>
</table>
<p>Pentru a adăuga informații, răspundeți la acest e-mail fără a modifica subiectul.
Vă rugăm să nu deschideți un tichet nou pentru aceeași problemă.</p>
<p><a href="https://suport.casapos.ro/tichete/RO-448213">Vezi starea solicitării</a></p>
<p>Echipa Suport CasaPOS</p>
<p style="color:#888;font-size:11px">Acesta este un mesaj generat automat.</p>
</body></html>

--=_casapos_448213_a1--
'''),

    ('ro', 'vms-retention-purge-report', 'automated', (),
'''Return-Path: <raportare@securvid.ro>
Received: from smtp.securvid.ro (smtp.securvid.ro [86.105.29.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBb5N0yLtz9sWc
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 03:15:11 +0100 (CET)
Date: Sun, 1 Nov 2026 04:15:08 +0200
From: SecurVid Manager <raportare@securvid.ro>
To: privacy@shop.example.be, security@shop.example.be
Subject: =?utf-8?Q?Raport_=C8=99tergere_automat=C4=83_=C3=AEnregistr=C4=83ri_-_01?=
 =?utf-8?Q?.11.2026?=
Message-ID: <retentie.shopex.20261101.0300@securvid.ro>
Auto-Submitted: auto-generated
Precedence: bulk
X-SecurVid-Job: retention-purge
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

SecurVid Manager - raport de ștergere automată
Client: Shop Example BV
Politică de retenție: 30 de zile (înregistrare continuă și la detecție
de mișcare)
Rulare: 01.11.2026, 03:00-03:14 (CET)
Au fost șterse înregistrările anterioare datei de 02.10.2026, 03:00.

Magazin              Camere  Segmente șterse  Spațiu eliberat
Antwerpen Meir           14            9.812          1,62 TB
Gent Veldstraat          11            7.704          1,27 TB
Brussel Nieuwstraat      18           12.630          2,08 TB
Liège Centre              9            6.291          1,03 TB
Hasselt Hoogstraat        8            5.587          0,91 TB
Namur Rue de Fer          7            4.902          0,80 TB
Total                    67           46.926          7,71 TB

Excepții (păstrare prelungită, nu au fost șterse):
- HOLD-0017 | Brussel Nieuwstraat | BRU-CAM-02 | 30.09.2026 11:00-11:45
  Motiv: solicitare poliție, PV 2026/4471 | păstrare până la 31.12.2026
- HOLD-0019 | Antwerpen Meir | ANT-CAM-05, ANT-CAM-06 | 01.10.2026 18:20-18:50
  Motiv: litigiu în curs (dosar intern LEG-2026-031) | păstrare până la 01.04.2027

Avertismente:
- Namur Rue de Fer, NAM-NVR-01: discul 3 raportează sectoare defecte
  (SMART 5: 24). Recomandăm înlocuirea discului.

Jurnalul complet al rulării: consola SecurVid Manager > Audit > Retenție.

--
Mesaj generat automat. Vă rugăm să nu răspundeți la acest e-mail.
'''),

    ('ro', 'person-insurer-claims-handler-forwards-footage-request', 'access', (),
'''Return-Path: <radu.ionescu@carpatia-asigurari.ro>
Received: from mail.carpatia-asigurari.ro (mail.carpatia-asigurari.ro [193.226.61.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBhB21VnXz9sVq
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:40:24 +0100 (CET)
From: Radu Ionescu <radu.ionescu@carpatia-asigurari.ro>
To: "privacy@shop.example.be" <privacy@shop.example.be>
CC: =?utf-8?Q?Daune_C=C4=83l=C4=83torii?= <daune.calatorii@carpatia-asigurari.ro>
Subject: FW: Dosar CA-TRV-2026-018734 - inregistrari camera magazin
Thread-Topic: Dosar CA-TRV-2026-018734 - inregistrari camera magazin
Thread-Index: AQHcTsA0r7l9YxZBfUe5lq3o1m4qdQAAmK2w
Date: Mon, 2 Nov 2026 09:40:18 +0000
Message-ID: <VI1PR07MB5920A8D11E2C4F0B9D37A6E1C4D02@carpatia-asigurari.ro>
References: <CAJx8kQ2+M1p0fZ4sL9wH6vT3rY7nE5bU0aD8cG2iK4oP1@mail.gmail.com>
In-Reply-To: <CAJx8kQ2+M1p0fZ4sL9wH6vT3rY7nE5bU0aD8cG2iK4oP1@mail.gmail.com>
Accept-Language: ro-RO, en-US
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă transmitem mai jos solicitarea asiguratei noastre, dna Elena Stan,
care a suferit o căzătură în magazinul dumneavoastră din Bruxelles
(Rue Neuve / Nieuwstraat) sâmbătă, 24.10.2026, în jurul orei 11:30, și
pentru care a deschis la noi dosarul de daună nr. CA-TRV-2026-018734
(asigurare medicală de călătorie).

În numele și cu acordul clientei, vă rugăm să ne furnizați o copie a
înregistrărilor video în care apare dna Stan în momentul incidentului
(aprox. 11:15-11:45), precum și raportul de incident întocmit de
personalul magazinului, dacă există. Împuternicirea semnată de dna Stan
și copia actului ei de identitate vi le transmitem într-un e-mail
separat, din motive de securitate.

Vă rugăm să ne confirmați primirea solicitării și termenul în care
putem primi materialele. Știm că înregistrările video se păstrează doar
o perioadă limitată.

Cu stimă,

Radu Ionescu
Inspector daune | Departamentul Daune Călătorii
Carpatia Asigurări S.A.
Tel.: +40 21 310 44 90 | daune.calatorii@carpatia-asigurari.ro

-----Mesaj original-----
De la: Elena Stan <elena.stan64@gmail.com>
Trimis: luni, 2 noiembrie 2026 09:12
Către: Daune Călătorii <daune.calatorii@carpatia-asigurari.ro>
Subiect: Dosar CA-TRV-2026-018734 - inregistrari camera magazin

Buna ziua,
Cum am vorbit la telefon, va rog sa cereti dvs de la magazinul Shop
Example inregistrarea cu mine cand am cazut (sambata 24 octombrie, pe la
11:30, langa raionul de vesela, podeaua era uda si nu era niciun semn).
Sunt de acord sa le dati numele si datele mele ca sa v-o trimita. Eu nu
stiu nici olandeza nici franceza.

Multumesc,
Elena Stan

Trimis de pe iPhone-ul meu

________________________________
Acest mesaj și eventualele atașamente sunt confidențiale și destinate
exclusiv destinatarului. Dacă l-ați primit din eroare, vă rugăm să
anunțați expeditorul și să îl ștergeți. Carpatia Asigurări S.A. prelucrează
datele cu caracter personal conform Regulamentului (UE) 2016/679.
'''),

    # ------------------------------------------------------------------ el
    ('el', 'exchange-ooo-greek-customer-access-request', 'automated', (),
'''Return-Path: <k.papadopoulos@papadopoulos-logistiki.gr>
Received: from mail.papadopoulos-logistiki.gr (mail.papadopoulos-logistiki.gr [94.70.112.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBg9m2DqTz9sVx
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:47:31 +0100 (CET)
From: Konstantinos Papadopoulos <k.papadopoulos@papadopoulos-logistiki.gr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?UTF-8?Q?=CE=91=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=B7_?=
 =?UTF-8?Q?=CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7:?= Your request for
 a copy of your data [PRV-2026-1188]
Thread-Topic: Your request for a copy of your data [PRV-2026-1188]
Thread-Index: AQHcTq8y0wZc4xV1R0y5mC3lAe7u2g==
Date: Mon, 2 Nov 2026 08:47:29 +0000
Message-ID: <e8b14f0c27d94a6e9a3c51f0d7b2e684@papadopoulos-logistiki.gr>
In-Reply-To: <PRV-2026-1188.20261102094655@shop.example.be>
References: <PRV-2026-1188.20261102094655@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: k.papadopoulos@papadopoulos-logistiki.gr
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Καλημέρα σας,

Θα απουσιάζω από το γραφείο έως και την Παρασκευή 6 Νοεμβρίου, χωρίς
πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Για επείγοντα θέματα μπορείτε να
επικοινωνήσετε με το λογιστήριο στο 210 6724 310.

Ευχαριστώ,
Κωνσταντίνος Παπαδόπουλος
'''),

    ('el', 'postfix-greek-dsn-account-disabled', 'automated', (),
'''Return-Path: <>
Received: from mx.aigaionet.gr (mx.aigaionet.gr [62.103.18.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZCJd53mNwz9sTg
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 12:05:44 +0100 (CET)
Received: by mx.aigaionet.gr (Postfix)
        id 4ZD7q21sKfz3xLp; Fri,  6 Nov 2026 13:05:42 +0200 (EET)
Date: Fri,  6 Nov 2026 13:05:42 +0200 (EET)
From: MAILER-DAEMON@mx.aigaionet.gr (Mail Delivery System)
Subject: =?UTF-8?Q?=CE=91=CE=B4=CF=85=CE=BD=CE=B1=CE=BC=CE=AF=CE=B1_?=
 =?UTF-8?Q?=CF=80=CE=B1=CF=81=CE=AC=CE=B4=CE=BF=CF=83=CE=B7=CF=82_?=
 =?UTF-8?Q?=CE=BC=CE=B7=CE=BD=CF=8D=CE=BC=CE=B1=CF=84=CE=BF=CF=82?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4ZD7q21sKfz3xLp.1794049542/mx.aigaionet.gr"
Content-Transfer-Encoding: 8bit
Message-Id: <20261106110542.4ZD7q21sKfz3xLp@mx.aigaionet.gr>

This is a MIME-encapsulated message.

--4ZD7q21sKfz3xLp.1794049542/mx.aigaionet.gr
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Αυτό είναι αυτόματο μήνυμα του διακομιστή αλληλογραφίας mx.aigaionet.gr.

Λυπούμαστε, αλλά το μήνυμά σας δεν ήταν δυνατό να παραδοθεί σε έναν ή
περισσότερους παραλήπτες. Ακολουθούν οι λεπτομέρειες.

Για βοήθεια επικοινωνήστε με τον διαχειριστή στο postmaster@aigaionet.gr
και επισυνάψτε αυτή την αναφορά.

                   Το σύστημα αλληλογραφίας

<eleni.georgiou@aigaionet.gr>: ο λογαριασμός του παραλήπτη έχει
    απενεργοποιηθεί (550 5.2.1 account disabled)

--4ZD7q21sKfz3xLp.1794049542/mx.aigaionet.gr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.aigaionet.gr
X-Postfix-Queue-ID: 4ZD7q21sKfz3xLp
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri,  6 Nov 2026 13:05:41 +0200 (EET)

Final-Recipient: rfc822; eleni.georgiou@aigaionet.gr
Original-Recipient: rfc822;eleni.georgiou@aigaionet.gr
Action: failed
Status: 5.2.1
Diagnostic-Code: x-unix; account disabled

--4ZD7q21sKfz3xLp.1794049542/mx.aigaionet.gr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail-out1.shop.example.be (mail-out1.shop.example.be [195.130.154.21])
        by mx.aigaionet.gr (Postfix) with ESMTPS id 4ZD7q21sKfz3xLp
        for <eleni.georgiou@aigaionet.gr>; Fri,  6 Nov 2026 13:05:41 +0200 (EET)
From: Shop Example Privacy <privacy@shop.example.be>
To: eleni.georgiou@aigaionet.gr
Subject: Re: =?UTF-8?Q?=CE=94=CE=B9=CE=B1=CE=B3=CF=81=CE=B1=CF=86=CE=AE_?=
 =?UTF-8?Q?=CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=CE=BF=CF=8D?=
 [PRV-2026-1203]
Date: Fri, 6 Nov 2026 12:05:36 +0100
Message-ID: <PRV-2026-1203.20261106120536@shop.example.be>
In-Reply-To: <CAH5rT0p7m2Xq1kLw9V3sYb8nD4eJ6fG0cZ@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--4ZD7q21sKfz3xLp.1794049542/mx.aigaionet.gr--
'''),

    ('el', 'outlook-read-receipt-greek', 'automated', (),
'''Return-Path: <sofia.antoniou@hotmail.com>
Received: from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04olkn2055.outbound.protection.outlook.com [40.92.75.55])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBgYc0RtMz9sWk
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 11:03:44 +0100 (CET)
From: Sofia Antoniou <sofia.antoniou@hotmail.com>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?=CE=91=CE=BD=CE=B1=CE=B3=CE=BD=CF=8E=CF=83=CF=84=CE=B7=CE=BA=CE=B5:?=
 Your access request - your data file is ready [PRV-2026-1209]
Thread-Topic: Your access request - your data file is ready [PRV-2026-1209]
Date: Mon, 2 Nov 2026 10:03:40 +0000
Message-ID: <AM0PR10MB3411F2C9B70E4A1D85C6E0B1D90F2@AM0PR10MB3411.EURPRD10.PROD.OUTLOOK.COM>
References: <PRV-2026-1209.20261102101407@shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_002_AM0PR10MB3411F2C9B70E4A1D85C6E0B1D90F2AM0PR10MB3411EURP_"

--_002_AM0PR10MB3411F2C9B70E4A1D85C6E0B1D90F2AM0PR10MB3411EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Το μήνυμά σας

  Προς: Sofia Antoniou
  Θέμα: Your access request - your data file is ready [PRV-2026-1209]
  Στάλθηκε: Δευτέρα, 2 Νοεμβρίου 2026 10:14:07 πμ (UTC+01:00) Βρυξέλλες, Κοπεγχάγη, Μαδρίτη, Παρίσι

αναγνώστηκε τη Δευτέρα, 2 Νοεμβρίου 2026 12:03:40 μμ (UTC+02:00) Αθήνα, Βουκουρέστι.

--_002_AM0PR10MB3411F2C9B70E4A1D85C6E0B1D90F2AM0PR10MB3411EURP_
Content-Type: message/disposition-notification

Reporting-UA: AM0PR10MB3411.EURPRD10.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;sofia.antoniou@hotmail.com
Original-Message-ID: <PRV-2026-1209.20261102101407@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_AM0PR10MB3411F2C9B70E4A1D85C6E0B1D90F2AM0PR10MB3411EURP_--
'''),

    ('el', 'person-reply-above-ereceipt-personal-offers-objects', 'objection', ('withdraw_consent',),
'''Return-Path: <dimitra.nikolaou@yahoo.gr>
Received: from sonic302-21.consmr.mail.ir2.yahoo.com (sonic302-21.consmr.mail.ir2.yahoo.com [87.248.110.84])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBrLh4kXcz9sTw
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 21:07:15 +0100 (CET)
Date: Tue, 03 Nov 2026 22:07:09 +0200
From: Dimitra Nikolaou <dimitra.nikolaou@yahoo.gr>
To: privacy@shop.example.be
Subject: Re: Uw kasticket van Shop Example - Antwerpen Meir
Message-ID: <kj9vd1x2c0s8m4.7f1e2a3b@email.android.com>
In-Reply-To: <ereceipt.ANT01.20261103184011.01127@receipts.shop.example.be>
References: <ereceipt.ANT01.20261103184011.01127@receipts.shop.example.be>
Importance: normal
X-Priority: 3
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Καλησπέρα σας,

Κάθε φορά που ψωνίζω με την κάρτα πελάτη, μαζί με την απόδειξη μού
έρχονται και «προσωπικές προσφορές με βάση τις αγορές σας». Δεν θέλω να
αναλύετε τι αγοράζω και να μου φτιάχνετε προφίλ. Αντιτίθεμαι σε αυτή
τη χρήση των στοιχείων μου. Την απόδειξη στο email τη θέλω, τα υπόλοιπα
όχι.

Επίσης σταματήστε να μου στέλνετε διαφημιστικά email και newsletter.

Ευχαριστώ,
Δήμητρα Νικολάου
Κάρτα πελάτη 6032 1187 4410 0925



Στάλθηκε από το Samsung Galaxy smartphone μου.

-------- Αρχικό μήνυμα --------
Από: Shop Example <noreply@receipts.shop.example.be>
Ημερομηνία: 3/11/26 18:40 (GMT+01:00)
Προς: dimitra.nikolaou@yahoo.gr
Θέμα: Uw kasticket van Shop Example - Antwerpen Meir

Bedankt voor uw aankoop!

Shop Example - Antwerpen Meir
Meir 77, 2000 Antwerpen
03/11/2026 18:39   Kassa 6   Ticket 1127

1 x Koffiecapsules Lungo 40 st.        13,49
1 x Theedoeken set van 3                9,99
-----------------------------------------------
Totaal                         EUR     23,48
Payconiq                               23,48

Klantenkaart 6032 1187 4410 0925 - u spaarde 23 punten

UW PERSOONLIJKE AANBIEDINGEN (op basis van uw aankopen)
- 20% korting op koffiecapsules bij uw volgende bezoek
- 2 + 1 gratis op keukentextiel

Vragen over uw gegevens? privacy@shop.example.be
'''),

    # ------------------------------------------------------------------ bg
    ('bg', 'card-terminal-tms-tamper-alert', 'automated', (),
'''Return-Path: <alerts@terminet.bg>
Received: from mail.terminet.bg (mail.terminet.bg [212.39.88.204])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZC13Y1vKdz9sVg
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 13:42:26 +0100 (CET)
Date: Thu, 5 Nov 2026 14:42:20 +0200
From: TermiNet TMS <alerts@terminet.bg>
To: security@shop.example.be, privacy@shop.example.be, it-stores@shop.example.be
Subject: =?UTF-8?Q?[TMS][=D0=9A=D0=A0=D0=98=D0=A2=D0=98=D0=A7=D0=9D=D0=9E]?= T-4471
 TAMPER - Gent Veldstraat, =?UTF-8?Q?=D0=BA=D0=B0=D1=81=D0=B0?= 3
Message-ID: <tms.alert.T-4471.1793972540.tamper@terminet.bg>
Auto-Submitted: auto-generated
Precedence: bulk
X-TMS-Severity: critical
X-TMS-Terminal: T-4471
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

TermiNet TMS - автоматично известие

Ниво:            КРИТИЧНО
Събитие:         Засечено нарушаване на целостта на устройството (tamper)
Терминал:        T-4471, модел PX-700, сер. № 26PX7-0043318
Местоположение:  Shop Example BV - Gent Veldstraat (GNT02), каса 3
Време:           05.11.2026 г., 13:42:07 ч. (CET)
Последна успешна транзакция: 13:39:51 ч.

Предприети автоматични действия:
- криптографските ключове на терминала са изтрити;
- устройството е блокирано; плащания с карта на тази каса не са
  възможни до подмяна на терминала.

Моля, не изключвайте и не разглобявайте терминала. Свържете се с
дежурния техник на +32 2 808 41 70 или заявете подмяна в портала
https://portal.terminet.bg.

Получатели на известието: security@shop.example.be,
privacy@shop.example.be, it-stores@shop.example.be

--
Това съобщение е генерирано автоматично. Моля, не отговаряйте.
'''),

    ('bg', 'access-control-alarm-daily-report', 'automated', (),
'''Return-Path: <reports@acsguard.bg>
Received: from smtp.acsguard.bg (smtp.acsguard.bg [79.124.17.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBkN73xWvz9sTr
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 06:00:21 +0100 (CET)
Date: Tue, 3 Nov 2026 07:00:17 +0200
From: ACS Guard <reports@acsguard.bg>
To: wlb.facility@shop.example.be, security@shop.example.be,
 privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=94=D0=BD=D0=B5=D0=B2=D0=B5=D0=BD_=D0=BE=D1=82=D1=87=D0=B5=D1=82?=
 - ACS/Alarm - Shop Example Willebroek DC - 02.11.2026
Message-ID: <daily.WLB.20261102.5c81@acsguard.bg>
Auto-Submitted: auto-generated
Precedence: bulk
X-ACSGuard-Site: WLB
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

ACS Guard - дневен отчет
Обект: Shop Example BV - дистрибуторски център Willebroek (WLB)
Период: 02.11.2026, 00:00-23:59 (CET)

АЛАРМЕНА СИСТЕМА
  02:11  аларма, зона 3 (товарна рампа) - проверена от охраната,
         фалшива (вятър, незатворена ролетна врата)
  06:52  снета от охрана (потребителски код 03)
  22:14  поставена под охрана (потребителски код 07)

КОНТРОЛ НА ДОСТЪПА
  Успешни преминавания:  1 318
  Отказан достъп:        5
    - карта 00412, сървърно помещение, 3 опита (09:41-09:44):
      картата няма права за зоната
    - непозната карта, служебен вход, 1 опит (19:03)
    - карта 00977, хладилна камера, 1 опит (11:20): картата е изтекла
  Врати, оставени отворени над 60 сек.: 2
    (рампа 2 - 14:05; авариен изход Б - 16:47)

УПРАВЛЕНИЕ НА КАРТИТЕ
  Карти, неизползвани над 90 дни: 7 - ще бъдат деактивирани
  автоматично на 09.11.2026.
  Записите за преминаванията се пазят 180 дни. Днес са изтрити
  1 204 записа, по-стари от 06.05.2026.

--
Отчетът е генериран автоматично от ACS Guard. Моля, не отговаряйте.
Отчетът съдържа лични данни (номера на карти, свързани със служители).
Не го препращайте извън организацията.
'''),

    ('bg', 'ereceipt-service-delivery-report', 'automated', (),
'''Return-Path: <bounce-reports@ebon.bg>
Received: from out2.ebon.bg (out2.ebon.bg [185.117.82.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBwX24pLnz9sWh
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 05:30:12 +0100 (CET)
Date: Wed, 4 Nov 2026 06:30:09 +0200
From: eBon Reports <reports@ebon.bg>
To: pos-admin@shop.example.be, privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=9E=D1=82=D1=87=D0=B5=D1=82_=D0=B7=D0=B0_?=
 =?UTF-8?Q?=D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=BA=D0=B0?= e-receipts
 03.11.2026 - Shop Example BV
Message-ID: <delivery.shopex.20261103.e41b9@ebon.bg>
Auto-Submitted: auto-generated
Precedence: bulk
List-Unsubscribe: <mailto:reports+unsubscribe@ebon.bg?subject=shopex-daily>
X-eBon-Report: delivery-daily
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Отчет за доставка на електронни касови бележки
Клиент: Shop Example BV
Дата:   03.11.2026 (вторник)

Обект                  Изпратени  Доставени  Отхвърлени  Отложени
Antwerpen Meir               412        398          11         3
Gent Veldstraat              297        290           6         1
Brussel Nieuwstraat          561        540          17         4
Liège Centre                 188        184           3         1
Hasselt Hoogstraat           201        197           4         0
Namur Rue de Fer             183        181           2         0
Общо                       1 842      1 790          43         9

Причини за отхвърляне
  Несъществуващ адрес (5.1.1)                 31
  Пълна пощенска кутия (5.2.2)                 7
  Отказано от сървъра на получателя (спам)     5

Адреси, маркирани като невалидни след 3 неуспешни опита: 12. Те са
премахнати от профилите в касовата система; при следващо въвеждане
касиерът ще види предупреждение.
Получатели, маркирали бележката като спам: 2.
Отписали се от е-бележки чрез линка в бележката: 4.

Пълният списък (CSV) е в портала: Отчети > Доставка. Файлът съдържа
имейл адреси на клиенти - достъп само за упълномощени потребители.

--
Автоматично генерирано съобщение от eBon. Моля, не отговаряйте.
'''),

    ('bg', 'person-replies-above-our-noreply-bounce-correct-name-address', 'correction', (),
'''Return-Path: <gergana.petrova@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.80])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ZBjz86RmWz9sVn
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 20:05:37 +0100 (CET)
From: =?utf-8?Q?=D0=93=D0=B5=D1=80=D0=B3=D0=B0=D0=BD=D0=B0_=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2=D0=B0?=
 <gergana.petrova@abv.bg>
To: <privacy@shop.example.be>
Subject: FW: Undelivered Mail Returned to Sender
Date: Mon, 2 Nov 2026 21:05:31 +0200
Message-ID: <000001dc4d1f$8a3b2c10$9eb18430$@abv.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHcTSwAq1mN5b3XpU6v0aZLk2cWAQ==
Content-Language: bg

Здравейте,

опитах да отговоря на писмото за картата за лоялност и ми се върна
това отдолу, затова пиша на този адрес.

В профила ми има две грешки:
- фамилията ми е изписана „Петорва“, а трябва да е „Петрова“;
- адресът е стар. Новият е: Lange Kievitstraat 112, бус 3,
  2018 Antwerpen.

Картата ми е с номер 6032 1150 7733 4102. Моля, поправете данните,
за да ми идват ваучерите на правилното име и адрес.

Благодаря предварително,
Гергана Петрова
тел. +32 488 61 27 05

-----Original Message-----
From: Mail Delivery System <MAILER-DAEMON@mx-out.shop.example.be>
Sent: Monday, November 2, 2026 9:01 PM
To: gergana.petrova@abv.bg
Subject: Undelivered Mail Returned to Sender

This is the mail system at host mx-out.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<noreply@loyalty.shop.example.be>: This mailbox is not monitored. For
    questions about your personal data please write to
    privacy@shop.example.be.
'''),
]

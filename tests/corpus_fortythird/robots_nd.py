"""Forty-third set, robot mail of repairs, warranties, recalls and devices, plus people who look like robots (14 languages). Written apart from the code."""

ROBOTS = [
    # 1
    ('pl', 'servidesk-rma-ticket-acknowledgement', 'automated', (),
'''Return-Path: <bounces+rma@servipol.pl>
Received: from mail.servipol.pl (mail.servipol.pl [185.24.216.37])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qk2Lm0xYtz9sTq
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:14:52 +0100 (CET)
Received: from helpdesk.servipol.pl (helpdesk.servipol.pl [10.12.0.21])
        by mail.servipol.pl (Postfix) with ESMTP id 8C1A22A0F3
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:14:51 +0100 (CET)
From: Centrum Serwisowe ServiPol <serwis@servipol.pl>
Reply-To: serwis@servipol.pl
To: privacy@shop.example.be
Subject: [RMA-2026-48213] =?UTF-8?Q?Przyj=C4=99li=C5=9Bmy_Twoje_zg=C5=82oszenie?=
Date: Tue, 27 Oct 2026 10:14:51 +0100
Message-ID: <rma-2026-48213.1761556491.ack@helpdesk.servipol.pl>
In-Reply-To: <20261027100912.3B7E4C0118@mail.shop.example.be>
References: <20261027100912.3B7E4C0118@mail.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
X-Mailer: ServiDesk 4.2
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

dzi=C4=99kujemy za wiadomo=C5=9B=C4=87. Zg=C5=82oszenie zosta=C5=82o zarejes=
trowane
w naszym systemie pod numerem RMA-2026-48213.

Temat: Usuni=C4=99cie danych z urz=C4=85dzenia (zam=C3=B3wienie 40017734)
Kategoria: Naprawa gwarancyjna / zwrot urz=C4=85dzenia
Status: Nowe
Przewidywany czas odpowiedzi: 2 dni robocze

Je=C5=9Bli chcesz uzupe=C5=82ni=C4=87 zg=C5=82oszenie, odpowiedz na t=C4=99 =
wiadomo=C5=9B=C4=87
bez zmiany tematu - numer w nawiasie kwadratowym pozwala przypisa=C4=87
korespondencj=C4=99 do w=C5=82a=C5=9Bciwej sprawy.

Status zg=C5=82oszenia: https://serwis.servipol.pl/rma/RMA-2026-48213

Wiadomo=C5=9B=C4=87 wygenerowana automatycznie przez system ServiDesk.

--=20
Centrum Serwisowe ServiPol Sp. z o.o.
ul. Przemys=C5=82owa 14, 62-081 Prze=C5=BAmierowo
tel. +48 61 222 40 40
'''),

    # 2
    ('pl', 'courier-pickup-order-ses', 'automated', (),
'''Return-Path: <0107019a2f3c8e1b-5d3e8a7c-1f0b-4c2e-9a71-3e8d2b6f4a10-000000@eu-central-1.amazonses.com>
Received: from e226-55.smtp-out.eu-central-1.amazonses.com (e226-55.smtp-out.eu-central-1.amazonses.com [23.251.226.55])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qkx7R2dH1z9sVb
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 07:41:03 +0100 (CET)
From: SprintKurier <powiadomienia@sprintkurier.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Kurier_odbierze_przesy=C5=82k=C4=99_29.10.2026?=
Date: Wed, 28 Oct 2026 06:41:02 +0000
Message-ID: <0107019a2f3c8e1b-5d3e8a7c-1f0b-4c2e-9a71-3e8d2b6f4a10-000000@eu-central-1.amazonses.com>
Feedback-ID: 1.eu-central-1.Xk2b9YwQ3rLm8sP0vTn4aZcH6dFjE1uKoR7iGyB5qWs=:AmazonSES
X-SES-Outgoing: 2026.10.28-23.251.226.55
List-Unsubscribe: <mailto:wypisz@sprintkurier.pl?subject=unsubscribe>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_884213_1093415726.1761633662110"

------=_Part_884213_1093415726.1761633662110
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Zlecenie odbioru nr ODB/2026/10/773415 zostało przyjęte.

Kurier odbierze przesyłkę w czwartek 29.10.2026 w godz. 10:00-15:00.

Adres odbioru:
Centrum Serwisowe ServiPol
ul. Przemysłowa 14
62-081 Przeźmierowo

Zleceniodawca: Shop Example BV
Liczba paczek: 1 (waga 3,2 kg)
Numer przesyłki: 6230 1187 4402 19
Odbiorca: Shop Example BV - zwroty, Antwerpen (BE)

Przygotuj paczkę i wydrukowaną etykietę. Kurier nie ma przy sobie drukarki.
Śledź przesyłkę: https://sprintkurier.pl/sledzenie/62301187440219

Termin odbioru możesz zmienić do 28.10.2026, godz. 20:00.

Ta wiadomość została wysłana automatycznie, nie odpowiadaj na nią.
SprintKurier sp. z o.o., ul. Logistyczna 3, 05-850 Ożarów Mazowiecki

------=_Part_884213_1093415726.1761633662110
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>Zlecenie odbioru nr ODB/2026/10/773415 zostało przyjęte.</b></p>
<p>Kurier odbierze przesyłkę w czwartek <b>29.10.2026</b> w godz. 10:00-15:00.</p>
<p>Adres odbioru:<br>Centrum Serwisowe ServiPol<br>ul. Przemysłowa 14<br>62-081 Przeźmierowo</p>
<p>Numer przesyłki: 6230 1187 4402 19<br>Odbiorca: Shop Example BV - zwroty, Antwerpen (BE)</p>
<p><a href="https://sprintkurier.pl/sledzenie/62301187440219">Śledź przesyłkę</a></p>
<p style="color:#888;font-size:11px">Ta wiadomość została wysłana automatycznie, nie odpowiadaj na nią.<br>
SprintKurier sp. z o.o., ul. Logistyczna 3, 05-850 Ożarów Mazowiecki</p>
</body></html>

------=_Part_884213_1093415726.1761633662110--
'''),

    # 3
    ('pl', 'exchange-online-ndr-polish-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2103.outbound.protection.outlook.com [40.107.20.103])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qm0bH6sKqz9sW1
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 14:22:37 +0100 (CET)
Received: from AM9PR03MB7345.eurprd03.prod.outlook.com (2603:10a6:20b:2f1::9)
 by AM9PR03MB7345.eurprd03.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.9;
 Thu, 29 Oct 2026 13:22:36 +0000
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@elserwis.pl>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Niedostarczalne:_Pro=C5=9Bba_o_potwierdzenie_usuni=C4=99cia_danych_?=
 =?utf-8?Q?klienta_PRV-2026-1187?=
Date: Thu, 29 Oct 2026 13:22:36 +0000
Message-ID: <f3b1e0c2-9a7d-4e51-8c02-6d1a4b7e9f30@AM9PR03MB7345.eurprd03.prod.outlook.com>
In-Reply-To: <20261029132231.7A1E2C0131@mail.shop.example.be>
References: <20261029132231.7A1E2C0131@mail.shop.example.be>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pl-PL
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="25c4e1d8-7b0a-4f3e-b6a2-91c0d3e5f7a8"

This is a multi-part message in MIME format.

--25c4e1d8-7b0a-4f3e-b6a2-91c0d3e5f7a8
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dostarczenie wiadomości do tych adresatów lub grup nie powiodło się:

m.kowalczyk@elserwis.pl
Nie można znaleźć wprowadzonego adresu e-mail. Sprawdź adres e-mail adresata i spróbuj ponownie wysłać wiadomość. Jeśli problem będzie się powtarzał, skontaktuj się z działem pomocy technicznej.



Informacje diagnostyczne dla administratorów:

Generujący serwer: AM9PR03MB7345.eurprd03.prod.outlook.com

m.kowalczyk@elserwis.pl
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.kowalczyk@elserwis.pl not found by SMTP address lookup'

Oryginalne nagłówki wiadomości:

Received: from mail.shop.example.be (185.12.64.20) by
 AM9PR03MB7345.eurprd03.prod.outlook.com with Microsoft SMTP Server id
 15.20.8722.9; Thu, 29 Oct 2026 13:22:35 +0000
From: Shop Example - Privacy <privacy@shop.example.be>
To: Marek Kowalczyk <m.kowalczyk@elserwis.pl>
Subject: =?utf-8?Q?Pro=C5=9Bba_o_potwierdzenie_usuni=C4=99cia_danych_klienta_PRV-2026-1187?=
Date: Thu, 29 Oct 2026 14:22:31 +0100
Message-ID: <20261029132231.7A1E2C0131@mail.shop.example.be>

--25c4e1d8-7b0a-4f3e-b6a2-91c0d3e5f7a8
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR03MB7345.eurprd03.prod.outlook.com
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Thu, 29 Oct 2026 13:22:35 +0000

Final-Recipient: rfc822;m.kowalczyk@elserwis.pl
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.kowalczyk@elserwis.pl not found by SMTP address lookup

--25c4e1d8-7b0a-4f3e-b6a2-91c0d3e5f7a8
Content-Type: message/rfc822

Received: from mail.shop.example.be (185.12.64.20) by
 AM9PR03MB7345.eurprd03.prod.outlook.com with Microsoft SMTP Server id
 15.20.8722.9; Thu, 29 Oct 2026 13:22:35 +0000
From: Shop Example - Privacy <privacy@shop.example.be>
To: Marek Kowalczyk <m.kowalczyk@elserwis.pl>
Subject: =?utf-8?Q?Pro=C5=9Bba_o_potwierdzenie_usuni=C4=99cia_danych_klienta_PRV-2026-1187?=
Date: Thu, 29 Oct 2026 14:22:31 +0100
Message-ID: <20261029132231.7A1E2C0131@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dzień dobry Panie Marku,

w zeszłym tygodniu odesłaliśmy do Państwa serwisu laptop klienta
(zamówienie 40017734, numer seryjny 5CD2471QX9). Klient skorzystał
z prawa do usunięcia danych i prosi o potwierdzenie, że dysk został
wyczyszczony przed ponowną sprzedażą urządzenia.

Prosimy o pisemne potwierdzenie z datą i metodą usunięcia danych.

Z poważaniem
Zespół ds. ochrony danych
Shop Example BV

--25c4e1d8-7b0a-4f3e-b6a2-91c0d3e5f7a8--
'''),

    # 4
    ('pl', 'iot-camera-offline-alert', 'automated', (),
'''Return-Path: <bounces+4418207-9f3a-privacy=shop.example.be@em8231.home.shop.example.be>
Received: from xtrwkhkc.outbound-mail.sendgrid.net (xtrwkhkc.outbound-mail.sendgrid.net [167.89.17.166])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qn8Tc1FvKz9sXd
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 03:44:19 +0100 (CET)
Received: by filterdrecv-6c8b5f9d7-x2mqk with SMTP id filterdrecv-6c8b5f9d7-x2mqk-1-6766A1D2-2F
        2026-11-02 02:44:18.771604398 +0000 UTC m=+3110482.118542
From: Example Home <alerts@home.shop.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Kamera_=E2=80=9EWej=C5=9Bcie=E2=80=9D_jest_offline?=
Date: Mon, 02 Nov 2026 02:44:18 +0000
Message-ID: <9Xh2kQ7vRZiT0b1mWcE4Ug@geopod-ismtpd-12>
Auto-Submitted: auto-generated
X-Entity-Ref-ID: dev-offline-SEC2-7H41-0093-20261102
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Cześć,

Twoje urządzenie nie łączy się z chmurą Example Home.

Urządzenie: Kamera „Wejście” (SE-CAM Outdoor 2)
Numer seryjny: SEC2-7H41-0093
Ostatni kontakt: 2 listopada 2026, 03:14
Dom: Test PL (zespół prywatności)

Co możesz zrobić:
- sprawdź, czy kamera ma zasilanie,
- upewnij się, że router działa, a sygnał Wi-Fi w miejscu montażu jest wystarczający,
- uruchom kamerę ponownie, przytrzymując przycisk RESET przez 2 sekundy.

Gdy kamera wróci do sieci, nie wyślemy osobnego powiadomienia.

Otwórz w aplikacji: https://home.shop.example.be/app/devices/SEC2-7H41-0093

Powiadomienia o stanie urządzeń wyłączysz w aplikacji: Profil > Powiadomienia > E-mail.

Example Home - Shop Example BV, Brusselsesteenweg 100, 1000 Brussel
'''),

    # 5
    ('pl', 'person-reply-above-repair-status-wipe-photos', 'deletion', (),
'''Return-Path: <agnieszka.wroblewska@o2.pl>
Received: from smtpo.poczta.o2.pl (smtpo.poczta.o2.pl [193.222.135.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QnS0w3JbPz9sYf
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 19:47:22 +0100 (CET)
From: =?UTF-8?Q?Agnieszka_Wr=C3=B3blewska?= <agnieszka.wroblewska@o2.pl>
To: privacy@shop.example.be
Subject: Re: [SE-R-104552] Status naprawy: =?UTF-8?Q?urz=C4=85dzenie_przyj=C4=99te_w_serwisie?=
Date: Mon, 2 Nov 2026 19:47:20 +0100
Message-ID: <A3F1C9E2-5B7D-4E0A-9C21-8D4B7E6F1A02@o2.pl>
In-Reply-To: <se-r-104552.status.1762077720@repairs.shop.example.be>
References: <se-r-104552.status.1762077720@repairs.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dzień dobry,

piszę w sprawie zgłoszenia poniżej. Przy zgłaszaniu naprawy dodałam przez formularz 4 zdjęcia pękniętego ekranu. Dopiero teraz zauważyłam, że na dwóch z nich w odbiciu widać moją twarz i córkę, a na jednym obok telefonu leży mój dowód osobisty (robiłam je w pośpiechu na kuchennym stole).

Bardzo proszę o usunięcie tych zdjęć z systemu - zarówno u Państwa, jak i w serwisie, do którego wysłano telefon. Naprawa może iść dalej normalnie, zdjęcia nie są do niej potrzebne. Proszę też o krótkie potwierdzenie, kiedy zostaną skasowane.

Pozdrawiam
Agnieszka Wróblewska
tel. 512 384 906

Wysłane z iPhone’a

> Wiadomość napisana przez Serwis Shop Example <no-reply@repairs.shop.example.be> w dniu 02.11.2026, o godz. 11:02:
>
> Dzień dobry Pani Agnieszko,
>
> Pani urządzenie dotarło do centrum serwisowego.
>
> Numer zgłoszenia: SE-R-104552
> Urządzenie: Samsung Galaxy A55 5G, IMEI ***********4471
> Usterka: pęknięty wyświetlacz
> Status: Przyjęte w serwisie - oczekuje na diagnozę
>
> O kolejnych krokach poinformujemy Panią e-mailem. Status naprawy można sprawdzić na stronie https://repairs.shop.example.be/pl/SE-R-104552
>
> To jest wiadomość automatyczna - prosimy na nią nie odpowiadać.
> Serwis Shop Example
'''),

    # 6
    ('cs', 'extended-warranty-insurer-claim-ack', 'automated', (),
'''Return-Path: <skody-noreply@garanceplus.cz>
Received: from smtp2.garanceplus.cz (smtp2.garanceplus.cz [91.239.201.48])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qm5Hk0cQrz9sTy
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 09:18:46 +0100 (CET)
From: =?UTF-8?Q?Garance_Plus_=E2=80=93_likvidace_=C5=A1kod?= <skody-noreply@garanceplus.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Potvrzen=C3=AD_p=C5=99ijet=C3=AD_hl=C3=A1=C5=A1en=C3=AD_=C5=A1kodn?=
 =?UTF-8?Q?=C3=AD_ud=C3=A1losti_=C4=8D._PU-2026-118734?=
Date: Fri, 30 Oct 2026 09:18:44 +0100
Message-ID: <PU-2026-118734.ack.20261030091844@claims.garanceplus.cz>
In-Reply-To: <20261030091702.5E0B3C0120@mail.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Vážená paní, vážený pane,

potvrzujeme, že jsme dne 30. 10. 2026 v 9:17 přijali Vaši zprávu
k pojistné události.

Číslo škodní události: PU-2026-118734
Pojistná smlouva: GP-EXT-5520193 (prodloužená záruka - elektronika)
Pojištěný předmět: robotický vysavač SE-Clean R7, v. č. R7C2209184
Stav: přijato, čeká na přidělení likvidátorovi

Likvidátor Vás bude kontaktovat nejpozději do 10 pracovních dnů.
Při další komunikaci vždy uvádějte číslo škodní události v předmětu.

Pokud potřebujete doložit další dokumenty (doklad o koupi, fotografie
poškození, servisní protokol), nahrajte je prosím do klientské zóny:
https://klient.garanceplus.cz/skody/PU-2026-118734

Tato zpráva byla vygenerována automaticky. Neodpovídejte na ni, prosím.

S pozdravem
Oddělení likvidace pojistných událostí
Garance Plus pojišťovna a.s.
Na Florenci 2116/15, 110 00 Praha 1

Informace o zpracování osobních údajů: https://www.garanceplus.cz/gdpr
'''),

    # 7
    ('cs', 'exchange-ooo-workshop-manager-iso-8859-2', 'automated', (),
'''Return-Path: <jan.prochazka@servisbrno.cz>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2119.outbound.protection.outlook.com [40.107.105.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QnBv52mWgz9sTc
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 08:03:19 +0100 (CET)
Received: from PR3P195MB0712.EURP195.PROD.OUTLOOK.COM (2603:10a6:102:3a::14)
 by PR3P195MB0712.EURP195.PROD.OUTLOOK.COM with Microsoft SMTP Server
 id 15.20.8722.9; Mon, 2 Nov 2026 07:03:18 +0000
From: =?iso-8859-2?Q?Jan_Proch=E1zka?= <jan.prochazka@servisbrno.cz>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?iso-8859-2?Q?Automatick=E1_odpov=EC=EF:_Dotaz_k_opraven=E9mu_notebooku_-_?=
 =?iso-8859-2?Q?=BE=E1dost_z=E1kaznice?=
Thread-Topic: =?iso-8859-2?Q?Dotaz_k_opraven=E9mu_notebooku_-_=BE=E1dost_z=E1kaznice?=
Thread-Index: AQHbLx2kq3+7ZfT0R0eN1kq9m1fRgAAAAAc=
Date: Mon, 2 Nov 2026 07:03:18 +0000
Message-ID: <PR3P195MB07126E3A1B9C4F2D0A77C3E1C8A02@PR3P195MB0712.EURP195.PROD.OUTLOOK.COM>
In-Reply-To: <20261102070255.2C9D1C0107@mail.shop.example.be>
References: <20261102070255.2C9D1C0107@mail.shop.example.be>
Accept-Language: cs-CZ, en-US
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-Exchange-Inbox-Rules-Loop: jan.prochazka@servisbrno.cz
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Dobr=FD den,

od 2. 11. do 6. 11. 2026 jsem na =B9kolen=ED a e-maily ne=E8tu pravideln=EC.
V z=E1le=BEitostech oprav a reklamac=ED se pros=EDm obracejte na na=B9i d=EDlnu:
dilna@servisbrno.cz, tel. +420 541 212 808 (po-p=E1 8-16 h).

D=ECkuji za pochopen=ED.

Jan Proch=E1zka
vedouc=ED servisu
Servis Brno s.r.o.
'''),

    # 8
    ('cs', 'postfix-czech-template-bounce-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mx2.hostcentrum.cz (mx2.hostcentrum.cz [89.187.141.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QpC2r5LhXz9sVm
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:36:53 +0100 (CET)
Received: by mx2.hostcentrum.cz (Postfix)
        id 7D41E2C00A8; Thu,  5 Nov 2026 11:36:52 +0100 (CET)
Date: Thu,  5 Nov 2026 11:36:52 +0100 (CET)
From: MAILER-DAEMON@mx2.hostcentrum.cz (Mail Delivery System)
Subject: =?UTF-8?Q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4QpC2q1Vq8z3wKp.1762339012/mx2.hostcentrum.cz"
Content-Transfer-Encoding: 8bit
Message-Id: <20261105103652.7D41E2C00A8@mx2.hostcentrum.cz>

This is a MIME-encapsulated message.

--4QpC2q1Vq8z3wKp.1762339012/mx2.hostcentrum.cz
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Toto je zpráva poštovního systému na serveru mx2.hostcentrum.cz.

Je nám líto, ale Vaši zprávu se nepodařilo doručit jednomu nebo více
příjemcům. Níže je připojena původní hlavička zprávy.

Pokud potřebujete pomoc, obraťte se na správce pošty (postmaster).
Ve své zprávě uveďte celý tento text včetně přiložené hlavičky.

                   Poštovní systém

<reklamace@elektro-kovar.cz>: host 127.0.0.1[127.0.0.1] said: 552 5.2.2
    <reklamace@elektro-kovar.cz> Quota exceeded (mailbox for user is full)
    (in reply to end of DATA command)

--4QpC2q1Vq8z3wKp.1762339012/mx2.hostcentrum.cz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.hostcentrum.cz
X-Postfix-Queue-ID: 4QpC2q1Vq8z3wKp
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu,  5 Nov 2026 11:36:49 +0100 (CET)

Final-Recipient: rfc822; reklamace@elektro-kovar.cz
Original-Recipient: rfc822;reklamace@elektro-kovar.cz
Action: failed
Status: 5.2.2
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 552 5.2.2 <reklamace@elektro-kovar.cz> Quota exceeded
    (mailbox for user is full)

--4QpC2q1Vq8z3wKp.1762339012/mx2.hostcentrum.cz
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [185.12.64.20])
	by mx2.hostcentrum.cz (Postfix) with ESMTPS id 4QpC2q1Vq8z3wKp
	for <reklamace@elektro-kovar.cz>; Thu,  5 Nov 2026 11:36:49 +0100 (CET)
From: Shop Example - Privacy <privacy@shop.example.be>
To: reklamace@elektro-kovar.cz
Subject: =?UTF-8?Q?Re:_Reklamace_RK-88412_=E2=80=93_vymaz=C3=A1n=C3=AD_dat_z_disku?=
Date: Thu, 5 Nov 2026 11:36:47 +0100
Message-ID: <20261105103647.1B9F0C0133@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--4QpC2q1Vq8z3wKp.1762339012/mx2.hostcentrum.cz--
'''),

    # 9
    ('cs', 'person-forwards-recall-mail-asks-why-still-have-address', 'access', (),
'''Return-Path: <tomas.dvorak78@seznam.cz>
Received: from email.seznam.cz (email-smtpc10a.ng.seznam.cz [77.75.78.230])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QnwR84TsDz9sWq
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 21:15:09 +0100 (CET)
From: =?utf-8?q?Tom=C3=A1=C5=A1_Dvo=C5=99=C3=A1k?= <tomas.dvorak78@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Fwd=3A_D=C5=AFle=C5=BEit=C3=A9=3A_sta=C5=BEen=C3=AD_rychlovarn?=
 =?utf-8?q?=C3=A9_konvice_SE-K17?=
Date: Tue, 03 Nov 2026 21:15:07 +0100 (CET)
Message-Id: <3Kd.ZnHx.4m7VqPcT2Rw.1h9BzrT8Vh@seznam.cz>
Mime-Version: 1.0 (Szn Email)
X-Mailer: Szn Email
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dobrý den,
jak je možné, že mi tohle přišlo? Účet u vás jsem zrušil v roce 2023, tak proč máte pořád můj e-mail a víte, co jsem si kupoval? Chci vědět, jaké údaje o mně ještě máte a odkud.

T. Dvořák


---------- Původní e-mail ----------
Od: Shop Example – bezpečnost výrobků <recall@shop.example.be>
Komu: tomas.dvorak78@seznam.cz
Datum: 3. 11. 2026 14:05:12
Předmět: Důležité: stažení rychlovarné konvice SE-K17

Vážený zákazníku,

podle našich záznamů jste zakoupil(a) rychlovarnou konvici SE-K17 (šarže 2219–2241). U některých kusů může dojít k přehřátí spodního kontaktu a uvolnění krytu. Konvici prosím přestaňte používat a odpojte ji ze zásuvky.

Vrácení je zdarma: vyplňte formulář na https://www.shop.example.be/recall/SE-K17 nebo odpovězte na tento e-mail a my vám zašleme štítek pro bezplatné vrácení. Obdržíte plnou náhradu kupní ceny nebo novou konvici.

Omlouváme se za komplikace.

Tým bezpečnosti výrobků
Shop Example BV
'''),

    # 10
    ('cs', 'person-reply-above-data-export-ready-wants-json', 'portability', (),
'''Return-Path: <lucie.maresova@email.cz>
Received: from email.seznam.cz (email-smtpc14b.ng.seznam.cz [77.75.78.245])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp6xM0QbRz9sTh
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 08:30:41 +0100 (CET)
From: =?utf-8?Q?Lucie_Mare=C5=A1ov=C3=A1?= <lucie.maresova@email.cz>
To: Example Home <privacy@shop.example.be>
Subject: Re: =?utf-8?Q?V=C3=A1=C5=A1_export_dat_je_p=C5=99ipraven?=
Date: Thu, 5 Nov 2026 08:30:38 +0100
Message-Id: <7E2B4A90-1C3D-4F8E-A5B6-0D9C8E7F6A15@email.cz>
In-Reply-To: <export-ready.5c1f8e2a@home.shop.example.be>
References: <export-ready.5c1f8e2a@home.shop.example.be>
X-Mailer: iPhone Mail (22B91)
Mime-Version: 1.0 (1.0)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

stáhla jsem si ten export, ale je to jen PDF s přehledem (seznam zařízení a pár řádků z historie). S tím nic neudělám. Přecházím na jiný chytrý systém a potřebuji svoje data v souboru, který jde načíst do jiné aplikace, tedy JSON nebo CSV: nastavení a časové plány termostatů, historii teplot a záznamy ze zámku.

Šlo by to poslat rovnou firmě HomeNest (podpora@homenest.cz)? Pokud ne, stačí mi odkaz ke stažení sem.

Děkuji
Lucie Marešová

Odesláno z iPhonu

> Dne 4. 11. 2026 v 16:20 odesílatel Example Home <noreply@home.shop.example.be> napsal:
>
> Dobrý den,
>
> export vašich dat z aplikace Example Home je připraven ke stažení.
>
> Stáhnout export (PDF, 184 kB): https://home.shop.example.be/export/d/5c1f8e2a
> Odkaz je platný 7 dní, do 11. 11. 2026.
>
> Pokud jste o export nežádali, změňte si prosím heslo.
>
> Tým Example Home
'''),

    # 11
    ('hr', 'field-service-home-visit-confirmation', 'automated', (),
'''Return-Path: <bounce-sd31907@termini.servisdom.hr>
Received: from mail.servisdom.hr (mail.servisdom.hr [213.191.142.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QpJ8d6WfTz9sXk
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 13:05:27 +0100 (CET)
From: Servis Dom - termini <termini@servisdom.hr>
To: privacy@shop.example.be
Subject: Potvrda termina: dolazak servisera 10.11.2026. (08:00-12:00)
Date: Thu, 05 Nov 2026 13:05:25 +0100
Message-ID: <sd-2026-31907.potvrda.1762344325@termini.servisdom.hr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_d41c7e09a2f5a3b6e8c1f0d27a94b3e5"

--b1_d41c7e09a2f5a3b6e8c1f0d27a94b3e5
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Poštovani,

potvrđujemo termin dolaska servisera.

Broj naloga: SD-2026-31907
Uređaj: perilica posuđa SE-DW 600i (jamstveni popravak)
Datum: utorak, 10. studenoga 2026.
Vrijeme dolaska: između 08:00 i 12:00
Adresa: Ulica Ivana Gundulića 17, 31000 Osijek
Serviser: Damir K.

Serviser će Vas nazvati 30 minuta prije dolaska. Molimo osigurajte pristup uređaju i pripremite račun ili jamstveni list.

Promjena ili otkazivanje termina (najkasnije 24 sata prije):
https://termini.servisdom.hr/n/SD-2026-31907

Ova poruka je automatski generirana. Molimo ne odgovarajte na nju.

Servis Dom d.o.o. | Radnička cesta 52, 10000 Zagreb | www.servisdom.hr

--b1_d41c7e09a2f5a3b6e8c1f0d27a94b3e5
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Poštovani,</p>
<p>potvrđujemo termin dolaska servisera.</p>
<table>
<tr><td>Broj naloga:</td><td><b>SD-2026-31907</b></td></tr>
<tr><td>Uređaj:</td><td>perilica posuđa SE-DW 600i (jamstveni popravak)</td></tr>
<tr><td>Datum:</td><td>utorak, 10. studenoga 2026.</td></tr>
<tr><td>Vrijeme dolaska:</td><td>između 08:00 i 12:00</td></tr>
<tr><td>Adresa:</td><td>Ulica Ivana Gundulića 17, 31000 Osijek</td></tr>
<tr><td>Serviser:</td><td>Damir K.</td></tr>
</table>
<p>Serviser će Vas nazvati 30 minuta prije dolaska.</p>
<p><a href="https://termini.servisdom.hr/n/SD-2026-31907">Promijeni ili otkaži termin</a></p>
<p style="font-size:11px;color:#777">Ova poruka je automatski generirana. Molimo ne odgovarajte na nju.</p>
</body></html>

--b1_d41c7e09a2f5a3b6e8c1f0d27a94b3e5--
'''),

    # 12
    ('hr', 'outlook-read-receipt-croatian', 'automated', (),
'''Return-Path: <ivana.babic@elektroservis-split.hr>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2071.outbound.protection.outlook.com [40.107.241.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QpPq93gZcz9sWs
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 17:02:49 +0100 (CET)
Received: from VI1PR09MB4120.eurprd09.prod.outlook.com (2603:10a6:800:12b::21)
 by VI1PR09MB4120.eurprd09.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8722.9; Thu, 5 Nov 2026 16:02:48 +0000
From: =?utf-8?Q?Ivana_Babi=C4=87?= <ivana.babic@elektroservis-split.hr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Pro=C4=8Ditano:_Zahtjev_za_brisanje_podataka_kupca_=E2=80=93_nal?=
 =?utf-8?Q?og_ES-7741?=
Thread-Topic: =?utf-8?Q?Zahtjev_za_brisanje_podataka_kupca_=E2=80=93_nalog_ES-7741?=
Thread-Index: AQHbT0c1rYw2h6V9nE6kzG0sY3m7fQAAJ1wP
Date: Thu, 5 Nov 2026 16:02:47 +0000
Message-ID: <VI1PR09MB41205D9E8A3C1B07F2E46A91B3C12@VI1PR09MB4120.eurprd09.prod.outlook.com>
References: <20261105154012.4D2E8C0125@mail.shop.example.be>
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_002_VI1PR09MB41205D9E8A3C1B07F2E46A91B3C12VI1PR09MB4120eurp_"

--_002_VI1PR09MB41205D9E8A3C1B07F2E46A91B3C12VI1PR09MB4120eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Va=C5=A1a poruka

Prima: Ivana Babi=C4=87
Predmet: Zahtjev za brisanje podataka kupca =E2=80=93 nalog ES-7741
Poslano: =C4=8Detvrtak, 5. studenoga 2026. 16:40:12 (UTC+01:00) Amsterdam,=
 Berlin, Bern, Rim, Stockholm, Be=C4=8D

pro=C4=8Ditana je u =C4=8Detvrtak, 5. studenoga 2026. 17:02:47 (UTC+01:00) A=
msterdam, Berlin, Bern, Rim, Stockholm, Be=C4=8D.

--_002_VI1PR09MB41205D9E8A3C1B07F2E46A91B3C12VI1PR09MB4120eurp_
Content-Type: message/disposition-notification

Reporting-UA: VI1PR09MB4120.eurprd09.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;ivana.babic@elektroservis-split.hr
Original-Message-ID: <20261105154012.4D2E8C0125@mail.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_VI1PR09MB41205D9E8A3C1B07F2E46A91B3C12VI1PR09MB4120eurp_--
'''),

    # 13
    ('hr', 'iot-firmware-update-installed', 'automated', (),
'''Return-Path: <bounces+4418207-b27c-privacy=shop.example.be@em8231.home.shop.example.be>
Received: from xtrwkhkc.outbound-mail.sendgrid.net (xtrwkhkc.outbound-mail.sendgrid.net [167.89.17.166])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QpXk01BrNz9sTd
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 04:13:08 +0100 (CET)
From: Example Home <alerts@home.shop.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?A=C5=BEuriranje_instalirano:_Termostat_Dnevni_boravak?=
Date: Fri, 06 Nov 2026 03:13:07 +0000
Message-ID: <pQ3vLk9sT1aY0cR7mXbE2w@geopod-ismtpd-7>
Auto-Submitted: auto-generated
X-Entity-Ref-ID: fw-installed-SETH3-0411-20261106
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bok,

na vašem uređaju uspješno je instaliran novi firmver.

Uređaj: Termostat „Dnevni boravak” (SE-Thermo 3)
Verzija: 3.4.1 -> 3.4.2
Instalirano: 6. 11. 2026. u 04:12
Dom: Test HR (tim za privatnost)

Što je novo:
- stabilnija veza s Wi-Fi mrežama od 5 GHz
- ispravljen prikaz vlažnosti zraka na zaslonu
- sigurnosne zakrpe

Nije potrebno ništa poduzeti. Uređaj se automatski ponovno pokrenuo i radi s dosadašnjim postavkama.

Automatska ažuriranja možete isključiti u aplikaciji: Uređaj > Postavke > Firmver.

Example Home · Shop Example BV
'''),

    # 14
    ('hr', 'person-technician-partner-mailbox-autosignature-fix-phone', 'correction', (),
'''Return-Path: <damir.kovacevic@servisdom.hr>
Received: from mail.servisdom.hr (mail.servisdom.hr [213.191.142.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QqM5s2HcJz9sVr
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 07:18:36 +0100 (CET)
Received: from [10.20.3.118] (unknown [89.164.77.203])
        by mail.servisdom.hr (Postfix) with ESMTPSA id 1F0C4400A2
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 07:18:34 +0100 (CET)
From: =?UTF-8?Q?Damir_Kova=C4=8Devi=C4=87_=7C_Servis_Dom?= <damir.kovacevic@servisdom.hr>
To: privacy@shop.example.be
Subject: Moj broj mobitela u vašim potvrdama termina
Date: Mon, 09 Nov 2026 07:18:31 +0100
Message-ID: <e9c2f71a-44b8-4d0e-9a3f-7b1c52d8e6a0@servisdom.hr>
X-Disclaimer: Exclaimer Cloud
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Poštovani,

radim kao serviser u Servis Dom d.o.o. i obavljam vaše jamstvene popravke na terenu u Slavoniji. Stranke mi zadnjih tjedana javljaju da u potvrdi termina iz vašeg sustava (i u vašoj aplikaciji) uz moje ime piše moj privatni broj mobitela 098 1734 562, a ne službeni. Taj sam broj koristio prije nego što sam dobio službeni, pa je vjerojatno ostao upisan kod vas.

Molim da se to ispravi: uz moje ime neka stoji službeni broj 091 6200 418 i e-mail damir.kovacevic@servisdom.hr. Usput, i prezime mi je krivo upisano (Kovačevič umjesto Kovačević).

Hvala unaprijed.

Damir Kovačević

Poslano s mog Samsung Galaxy pametnog telefona.


Srdačan pozdrav / Kind regards

Damir Kovačević
Serviser - terenska služba Osijek
Servis Dom d.o.o.
Radnička cesta 52, 10000 Zagreb
T +385 1 6200 400 | www.servisdom.hr

--------------------------------------------------
Ova poruka i svi njezini privici povjerljivi su i namijenjeni isključivo primatelju. Ako ste ovu poruku primili greškom, obavijestite pošiljatelja i izbrišite je. Servis Dom d.o.o. ne odgovara za štetu nastalu zbog virusa ili neovlaštene izmjene poruke.
'''),

    # 15
    ('sv', 'gmail-vacation-responder-repair-workshop', 'automated', (),
'''Return-Path: <erik@hemservicesyd.se>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QnDc71yPbz9sYx
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:12:06 +0100 (CET)
Received: by mail-sor-f41.google.com with SMTP id 5b1f17b1804b1-47a2d81c0e5so19403575e9.1
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 00:12:05 -0800 (PST)
From: Erik Lindqvist <erik@hemservicesyd.se>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Semesterst=C3=A4ngt_vecka_45?=
Date: Mon, 2 Nov 2026 09:12:04 +0100
Message-ID: <CAF8x2bN7qzK4vR0pT3mWd1eYhJ9sLc6uG5aXo2i-vac.4c1e@mail.gmail.com>
In-Reply-To: <20261102081150.6A3F1C0112@mail.shop.example.be>
References: <20261102081150.6A3F1C0112@mail.shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000a3f1c2061e8b7d44"

--000000000000a3f1c2061e8b7d44
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hej,

tack f=C3=B6r ditt mejl! Verkstaden =C3=A4r st=C3=A4ngd vecka 45 (2=E2=80=93=
8 november)
och jag l=C3=A4ser inte mejl under tiden. Jag svarar s=C3=A5 snart jag =C3=
=A4r tillbaka
m=C3=A5ndag 9 november.

Br=C3=A5dskande garanti=C3=A4renden: ring Anna p=C3=A5 040-12 34 70 (vardaga=
r 9=E2=80=9315).
H=C3=A4mtningar och leveranser g=C3=A5r som vanligt.

V=C3=A4nliga h=C3=A4lsningar
Erik Lindqvist
Hemservice Syd AB =E2=80=93 auktoriserad serviceverkstad
=C3=96stra F=C3=B6rstadsgatan 34, 212 12 Malm=C3=B6

--000000000000a3f1c2061e8b7d44
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hej,<br><br>tack f=C3=B6r ditt mejl! Verkstaden =C3=A4r st=
=C3=A4ngd vecka 45 (2=E2=80=938 november) och jag l=C3=A4ser inte mejl under=
 tiden. Jag svarar s=C3=A5 snart jag =C3=A4r tillbaka m=C3=A5ndag 9 november=
.<br><br>Br=C3=A5dskande garanti=C3=A4renden: ring Anna p=C3=A5 040-12 34 70=
 (vardagar 9=E2=80=9315).<br>H=C3=A4mtningar och leveranser g=C3=A5r som van=
ligt.<br><br>V=C3=A4nliga h=C3=A4lsningar<br>Erik Lindqvist<br>Hemservice Sy=
d AB =E2=80=93 auktoriserad serviceverkstad<br>=C3=96stra F=C3=B6rstadsgatan=
 34, 212 12 Malm=C3=B6</div>

--000000000000a3f1c2061e8b7d44--
'''),

    # 16
    ('sv', 'recall-platform-reply-confirmation', 'automated', (),
'''Return-Path: <bounce+7c21e9@notify.recallhub.eu>
Received: from mta-eu1.notify.recallhub.eu (mta-eu1.notify.recallhub.eu [185.211.120.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QpZ3w5NkGz9sTm
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:48:55 +0100 (CET)
From: RecallHub for Shop Example <no-reply@notify.recallhub.eu>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Tack_f=C3=B6r_ditt_svar_=E2=80=93_=C3=A5terkallelse_av_vattenkokare_?=
 =?UTF-8?Q?SE-K17?=
Date: Fri, 06 Nov 2026 09:48:53 +0000
Message-ID: <rc-se-2026-07731.confirm@notify.recallhub.eu>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-RecallHub-Campaign: SE-K17-2026-10
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej,

vi har tagit emot ditt svar på återkallelsen av vattenkokare SE-K17.

Referensnummer: RC-SE-2026-07731
Produkt: Vattenkokare SE-K17, 1,7 l (batch 2219–2241)
Ditt val: Återbetalning av köpesumman
Svar registrerat: 6 november 2026 kl. 10:48

Så här går det till:
1. Inom 3 arbetsdagar får du en fraktsedel via e-post.
2. Packa vattenkokaren (sladd och bas behöver inte skickas med) och lämna paketet hos valfritt PostNord-ombud.
3. När vi har tagit emot produkten betalas pengarna tillbaka inom 14 dagar.

Använd inte vattenkokaren under tiden.

Det här meddelandet skickades automatiskt och går inte att svara på.
Frågor om återkallelsen: https://recallhub.eu/shop-example/SE-K17/fragor

RecallHub B.V. på uppdrag av Shop Example BV
'''),

    # 17
    ('sv', 'challenge-response-spam-filter-confirm-sender', 'automated', (),
'''Return-Path: <>
Received: from cr1.spamskydd.fibernet.se (cr1.spamskydd.fibernet.se [195.67.48.202])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qnx1f0VhKz9sVc
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 15:27:40 +0100 (CET)
From: =?UTF-8?Q?Spamskydd_f=C3=B6r_maria.holm=40fibernet.se?= <noreply@spamskydd.fibernet.se>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Bekr=C3=A4fta_ditt_meddelande_till_maria.holm=40fibernet.se?=
Date: Tue, 3 Nov 2026 15:27:39 +0100
Message-ID: <challenge.8f3c21d7e0a94b6c@spamskydd.fibernet.se>
In-Reply-To: <20261103142731.0C6E2C0129@mail.shop.example.be>
References: <20261103142731.0C6E2C0129@mail.shop.example.be>
Auto-Submitted: auto-replied
Precedence: junk
X-Spamskydd-Challenge: 8f3c21d7e0a94b6c
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej!

Du har skickat ett meddelande till maria.holm@fibernet.se med ämnet:
”Din begäran om registerutdrag – garantiärende 44182”

Mottagaren använder Spamskydd, som bara släpper igenom e-post från kända avsändare. Ditt meddelande har inte levererats ännu – det ligger kvar i kö i 7 dagar.

Bekräfta att du är en riktig person genom att öppna länken nedan och skriva in koden som visas:
https://spamskydd.fibernet.se/bekrafta?id=8f3c21d7e0a94b6c

Du behöver bara göra detta en gång. Efter bekräftelsen levereras även dina kommande meddelanden direkt.

Har du inte skickat något till maria.holm@fibernet.se kan du bortse från det här mejlet.

Spamskydd – en tjänst från Fibernet Sverige AB
'''),

    # 18
    ('sv', 'person-reply-above-motion-alert-which-clips-kept', 'access', (),
'''Return-Path: <johan.bergstrom@gmail.com>
Received: from mail-wm1-f48.google.com (mail-wm1-f48.google.com [209.85.128.48])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QpBn70TgXz9sXf
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 07:55:12 +0100 (CET)
Received: by mail-wm1-f48.google.com with SMTP id 5b1f17b1804b1-47b1c3e07f4so2218605e9.3
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 22:55:11 -0800 (PST)
From: =?utf-8?Q?Johan_Bergstr=C3=B6m?= <johan.bergstrom@gmail.com>
To: privacy@shop.example.be
Subject: Re: =?utf-8?Q?R=C3=B6relse_uppt=C3=A4ckt:_Kamera_Uppfart?=
Date: Wed, 4 Nov 2026 07:55:09 +0100
Message-Id: <5C8E1F3A-92B7-4D06-A1E4-7F2B9C0D3E61@gmail.com>
In-Reply-To: <ev_7f2a91c0.motion@home.shop.example.be>
References: <ev_7f2a91c0.motion@home.shop.example.be>
X-Mailer: iPhone Mail (22B91)
Mime-Version: 1.0 (1.0)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej,

fick det h=C3=A4r i natt kl 03 (var en r=C3=A4v, inget annat). Men det fick =
mig att fundera: vilka klipp fr=C3=A5n min kamera sparar ni egentligen, och v=
ar? Ligger alla r=C3=B6relseklipp kvar i molnet, och hur l=C3=A4nge? Jag har =
inget betalabonnemang s=C3=A5 jag trodde att inget sparades alls.

Jag vill g=C3=A4rna veta vilka inspelningar och bilder fr=C3=A5n mitt konto n=
i har i dag och vem som kan titta p=C3=A5 dem, t.ex. er support eller n=C3=A5=
gon underleverant=C3=B6r.

Mvh
Johan Bergstr=C3=B6m

Skickat fr=C3=A5n min iPhone

> 4 nov. 2026 kl. 03:07 skrev Example Home <alerts@home.shop.example.be>:
>=20
> R=C3=B6relse uppt=C3=A4ckt
> Kamera Uppfart uppt=C3=A4ckte r=C3=B6relse kl. 03:07.
>=20
> Visa klippet i appen: https://home.shop.example.be/app/events/ev_7f2a91c0
>=20
> Du f=C3=A5r det h=C3=A4r meddelandet eftersom r=C3=B6relseaviseringar via e=
-post =C3=A4r p=C3=A5slagna f=C3=B6r Kamera Uppfart. =C3=84ndra i appen under=
 Kamera > Aviseringar.
>=20
> Example Home =C2=B7 Shop Example BV
'''),

    # 19
    ('ro', 'manufacturer-extended-warranty-registration-confirmed', 'automated', (),
'''Return-Path: <garantie-noreply@voltacare.ro>
Received: from mail.voltacare.ro (mail.voltacare.ro [86.124.17.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qk9Gt3ZrWz9sWd
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 16:20:37 +0100 (CET)
From: VoltaCare <garantie-noreply@voltacare.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Confirmare_=C3=AEnregistrare_garan=C8=9Bie_extins=C4=83_-_GX-2026-5?=
 =?UTF-8?Q?5821?=
Date: Tue, 27 Oct 2026 17:20:35 +0200
Message-ID: <GX-2026-55821.1761578435@my.voltacare.ro>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă mulțumim că ați înregistrat produsul. Garanția extinsă a fost activată.

Număr înregistrare: GX-2026-55821
Produs: Espressor automat VC-Barista 8, serie VB8-22-104377
Data achiziției: 14.10.2026
Comerciant: Shop Example BV (comandă online)
Garanție producător: 24 de luni, până la 14.10.2028
Garanție extinsă: +36 de luni, până la 14.10.2031

Certificatul de garanție îl găsiți în contul dumneavoastră:
https://my.voltacare.ro/produse/VB8-22-104377

Păstrați factura de achiziție, deoarece vă poate fi cerută la solicitarea unei reparații.

Acesta este un mesaj generat automat. Vă rugăm să nu răspundeți.

VoltaCare - service autorizat
Str. Fabrica de Glucoză 11, sector 2, București
'''),

    # 20
    ('ro', 'iot-data-export-ready', 'automated', (),
'''Return-Path: <bounces+4418207-c91d-privacy=shop.example.be@em8231.home.shop.example.be>
Received: from xtrwkhkc.outbound-mail.sendgrid.net (xtrwkhkc.outbound-mail.sendgrid.net [167.89.17.166])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qpg7J4DxSz9sYb
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 14:58:21 +0100 (CET)
From: Example Home <noreply@home.shop.example.be>
To: privacy@shop.example.be
Subject: Exportul datelor tale este gata
Date: Fri, 06 Nov 2026 13:58:20 +0000
Message-ID: <Tb4nW8kR2sLq6YfZ1vC0mA@geopod-ismtpd-3>
Auto-Submitted: auto-generated
X-Entity-Ref-ID: export-ready-3b9e0c71a5
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Salut,

Exportul datelor din contul tău Example Home este gata.

Cont: privacy@shop.example.be (Test RO)
Solicitat: 6 noiembrie 2026, 14:31
Conținut: profil, dispozitive, automatizări, istoric evenimente (90 de zile), clipuri video salvate
Format: arhivă ZIP (JSON + MP4), 412 MB

Descarcă: https://home.shop.example.be/account/export/ro/3b9e0c71a5

Linkul expiră pe 13 noiembrie 2026. Din motive de securitate, îți vom cere să te autentifici din nou înainte de descărcare.

Nu ai cerut acest export? Schimbă-ți parola și scrie-ne la support@home.shop.example.be.

Echipa Example Home
'''),

    # 21
    ('ro', 'iot-new-login-notice', 'automated', (),
'''Return-Path: <bounces+4418207-e06a-privacy=shop.example.be@em8231.home.shop.example.be>
Received: from xtrwkhkc.outbound-mail.sendgrid.net (xtrwkhkc.outbound-mail.sendgrid.net [167.89.17.166])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QqNf23WcRz9sTg
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 08:54:47 +0100 (CET)
From: Example Home <security@home.shop.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Autentificare_nou=C4=83_=C3=AEn_contul_t=C4=83u_Example_Home?=
Date: Mon, 09 Nov 2026 07:54:46 +0000
Message-ID: <Hq7zC1xN5dVe3KpS9rTg4b@geopod-ismtpd-9>
Auto-Submitted: auto-generated
X-Entity-Ref-ID: new-login-7d1c0f
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Salut,

Am observat o autentificare nouă în contul tău Example Home.

Când: 9 noiembrie 2026, 08:54 (ora Bruxelles)
Dispozitiv: Chrome 141 pe Windows
Locație aproximativă: Anderlecht, Belgia
Adresă IP: 81.246.xx.xx

Dacă ai fost tu, nu trebuie să faci nimic.

Dacă nu recunoști această autentificare, schimbă-ți imediat parola și deconectează toate sesiunile:
https://home.shop.example.be/account/security

Echipa Example Home
Acest mesaj a fost trimis automat; răspunsurile la această adresă nu sunt citite.
'''),

    # 22
    ('ro', 'person-app-send-feedback-form-with-log-objects-to-analytics', 'objection', (),
'''Return-Path: <feedback@home.shop.example.be>
Received: from app-gw2.home.shop.example.be (app-gw2.home.shop.example.be [185.12.64.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QpFt84KdMz9sWv
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 20:19:42 +0100 (CET)
From: Example Home App <feedback@home.shop.example.be>
Reply-To: Mihai Popescu <mihai.popescu83@yahoo.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[Feedback_app]_Confiden=C8=9Bialitate_=E2=80=93_Android_3.12.0_(31200)?=
Date: Wed, 04 Nov 2026 19:19:40 +0000
Message-ID: <fb-20261104191940-a71c3e@app-gw2.home.shop.example.be>
X-App-Feedback-Topic: privacy
X-App-Version: 3.12.0 (31200)
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="fb-boundary-6e1a93d0c2b4"

--fb-boundary-6e1a93d0c2b4
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Feedback trimis din aplicația Example Home

Subiect: Confidențialitate
Utilizator: mihai.popescu83@yahoo.com
Aplicație: 3.12.0 (31200), Android 15, Samsung SM-S921B
Limbă: ro
Jurnal atașat: da

Mesaj:
Bună ziua. M-am uitat în jurnalul atașat pentru că telefonul se descărca foarte repede. Aplicația trimite locația mea exactă și tot ce apăs către "analytics" și către un SDK de reclame, de fiecare dată când o deschid, chiar și când doar verific termostatul. Nu sunt de acord cu asta. Folosiți datele mele doar ca să funcționeze dispozitivele, nu pentru statistici, profil de utilizator sau reclame. Vă rog să opriți această colectare pentru contul meu și să-mi confirmați.
Mihai Popescu

--fb-boundary-6e1a93d0c2b4
Content-Type: text/plain; charset=utf-8; name="sehome-log-20261104.txt"
Content-Disposition: attachment; filename="sehome-log-20261104.txt"
Content-Transfer-Encoding: 8bit

2026-11-04 21:14:02.118 I/SEHome: app start v3.12.0 (31200) cold=true
2026-11-04 21:14:02.356 D/Analytics: event=app_open props={screen=home, session=9f21c7}
2026-11-04 21:14:02.361 D/Location: fix lat=44.43xx lon=26.10xx acc=12m provider=fused
2026-11-04 21:14:02.402 D/Analytics: upload batch size=14 endpoint=https://collect.metrics-partner.example/v2/batch
2026-11-04 21:14:03.015 D/AdsSDK: attribution ping ok (install_ref=organic)
2026-11-04 21:14:05.771 I/Thermostat: device SETH3-0587 state=online temp=21.5 target=22.0
2026-11-04 21:14:09.204 D/Analytics: event=screen_view props={screen=thermostat_detail}
2026-11-04 21:14:09.209 D/Location: fix lat=44.43xx lon=26.10xx acc=9m provider=fused
2026-11-04 21:14:12.880 D/Analytics: event=tap props={id=btn_schedule}
2026-11-04 21:14:15.017 D/Analytics: upload batch size=6 endpoint=https://collect.metrics-partner.example/v2/batch
2026-11-04 21:14:15.233 W/Sync: retry 1/3 /api/v4/homes/ro-55120/events (timeout 5000ms)
2026-11-04 21:14:20.466 I/Sync: ok 200 /api/v4/homes/ro-55120/events

--fb-boundary-6e1a93d0c2b4--
'''),

    # 23
    ('el', 'manufacturer-service-portal-quote-awaiting-approval', 'automated', (),
'''Return-Path: <service-noreply@kallisto-service.gr>
Received: from mail.kallisto-service.gr (mail.kallisto-service.gr [62.38.211.96])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qm6Yb2PfLz9sXq
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 10:05:31 +0100 (CET)
From: Kallisto Service <service-noreply@kallisto-service.gr>
To: privacy@shop.example.be
Subject: Η προσφορά επισκευής για το αίτημα KS-2026-20418 αναμένει έγκριση
Date: Fri, 30 Oct 2026 11:05:29 +0200
Message-ID: <KS-2026-20418.quote.1761815129@partners.kallisto-service.gr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Αγαπητέ συνεργάτη,

Η διάγνωση για το αίτημα επισκευής KS-2026-20418 ολοκληρώθηκε. Η συσκευή δεν καλύπτεται από την εγγύηση (ζημιά από υγρά) και η επισκευή απαιτεί την έγκρισή σας.

Συσκευή: Kallisto SoundBar KS-500, S/N KSB5-21-00873
Διάγνωση: διάβρωση στην κεντρική πλακέτα, αντικατάσταση πλακέτας τροφοδοσίας
Ανταλλακτικά: 64,00 €
Εργασία: 35,00 €
Σύνολο (με ΦΠΑ 24%): 122,76 €

Εγκρίνετε ή απορρίψτε την προσφορά έως 13/11/2026:
https://partners.kallisto-service.gr/rma/KS-2026-20418/quote

Αν δεν λάβουμε απάντηση εντός 10 εργάσιμων ημερών, η συσκευή θα επιστραφεί χωρίς επισκευή, με χρέωση διαγνωστικού ελέγχου 20,00 €.

Αυτό είναι αυτόματο μήνυμα. Παρακαλούμε μην απαντάτε σε αυτή τη διεύθυνση.

Kallisto Electronics Α.Ε. - Τμήμα Τεχνικής Υποστήριξης
Λεωφ. Κηφισίας 212, 152 31 Χαλάνδρι
'''),

    # 24
    ('el', 'gmail-vacation-responder-technician', 'automated', (),
'''Return-Path: <n.papadopoulos.techservice@gmail.com>
Received: from mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qnt5D0XkVz9sTw
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 11:40:13 +0100 (CET)
Received: by mail-sor-f65.google.com with SMTP id 5b1f17b1804b1-47c02e4f1a8so5310735e9.2
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 02:40:12 -0800 (PST)
From: =?UTF-8?Q?=CE=9D=CE=AF=CE=BA=CE=BF=CF=82_=CE=A0=CE=B1=CF=80=CE=B1=CE=B4=CF=8C=CF=80=CE=BF=CF=85=CE=BB=CE=BF=CF=82?= <n.papadopoulos.techservice@gmail.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=95=CE=BA=CF=84=CF=8C=CF=82_=CE=B3=CF=81=CE=B1=CF=86=CE=B5=CE=AF=CE=BF=CF=85_=CE=AD=CF=89=CF=82_12/11?=
Date: Tue, 3 Nov 2026 12:40:11 +0200
Message-ID: <CAJ3k9VwP1xR8nT6mQz2bYd0LsHf4uE7gKc5aNo1r-vac.88b2@mail.gmail.com>
In-Reply-To: <20261103104002.2B8D4C0127@mail.shop.example.be>
References: <20261103104002.2B8D4C0127@mail.shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Καλησπέρα σας,

Λείπω για εκπαίδευση στη Θεσσαλονίκη και επιστρέφω την Πέμπτη 12 Νοεμβρίου. Μέχρι τότε δεν έχω πρόσβαση στο email.

Για επείγουσες επισκευές και ραντεβού τεχνικού επικοινωνήστε με το γραφείο στο 210 6012 345 ή στο info@techservice-athina.gr.

Ευχαριστώ,
Νίκος Παπαδόπουλος
Τεχνικός - TechService Αθήνας
'''),

    # 25
    ('el', 'iot-cloud-storage-almost-full', 'automated', (),
'''Return-Path: <bounces+4418207-a3f8-privacy=shop.example.be@em8231.home.shop.example.be>
Received: from xtrwkhkc.outbound-mail.sendgrid.net (xtrwkhkc.outbound-mail.sendgrid.net [167.89.17.166])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QpsW91LnTz9sVf
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 06:00:14 +0100 (CET)
From: Example Home <alerts@home.shop.example.be>
To: privacy@shop.example.be
Subject: Ο χώρος αποθήκευσης στο Example Cloud είναι σχεδόν πλήρης (92%)
Date: Sat, 07 Nov 2026 05:00:13 +0000
Message-ID: <Lr2xF8cW0nQh5TjB7yKe1g@geopod-ismtpd-5>
Auto-Submitted: auto-generated
X-Entity-Ref-ID: storage-92-gr-test
List-Unsubscribe: <https://home.shop.example.be/u/notifications?t=a3f8c1>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Γεια σας,

Έχετε χρησιμοποιήσει το 92% (9,2 GB από 10 GB) του χώρου αποθήκευσης βίντεο στο πρόγραμμα Example Cloud Basic.

Όταν ο χώρος γεμίσει, οι παλαιότερες εγγραφές των καμερών θα διαγράφονται αυτόματα, ώστε να αποθηκεύονται οι νέες.

Κάμερες με τη μεγαλύτερη χρήση:
- Κάμερα Είσοδος: 5,8 GB
- Κάμερα Κήπος: 3,1 GB
- Κουδούνι: 0,3 GB

Μπορείτε να:
- κατεβάσετε ή να διαγράψετε κλιπ που δεν χρειάζεστε
- περάσετε στο πρόγραμμα Example Cloud Plus (50 GB)

Διαχείριση αποθήκευσης: https://home.shop.example.be/app/storage

Η ομάδα του Example Home
Λάβατε αυτό το μήνυμα επειδή έχετε ενεργοποιήσει τις ειδοποιήσεις λογαριασμού.
'''),

    # 26
    ('el', 'person-service-partner-asks-new-invoice-address', 'other', (),
'''Return-Path: <g.antoniou@techservice-athina.gr>
Received: from mail.techservice-athina.gr (mail.techservice-athina.gr [94.70.152.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QqVb73RgHz9sWk
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 08:31:40 +0100 (CET)
From: Γιώργος Αντωνίου <g.antoniou@techservice-athina.gr>
To: privacy@shop.example.be
Subject: Νέα διεύθυνση για τα τιμολόγια επισκευών εγγύησης;
Date: Tue, 10 Nov 2026 09:31:37 +0200
Message-ID: <9B4E2C71-0F3A-4D8B-B6E5-2A1C7D9F0E43@techservice-athina.gr>
X-Mailer: iPhone Mail (22B91)
MIME-Version: 1.0 (1.0)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Καλημέρα σας,

Συγγνώμη αν γράφω σε λάθος διεύθυνση, αλλά δεν βρίσκω άλλη επαφή στο site σας. Κάθε μήνα στέλνουμε τα τιμολόγια για τις επισκευές εγγύησης στο ap-greece@shop.example.be, όμως από την προηγούμενη εβδομάδα μας γυρίζει μήνυμα ότι η διεύθυνση δεν υπάρχει (550 5.1.1 User unknown).

Σε ποιο email πρέπει να στέλνουμε πλέον τα τιμολόγια; Έχουμε εκκρεμή τα τιμολόγια Οκτωβρίου (12 επισκευές, σύνολο 1.487,40 €) και δεν θέλουμε να καθυστερήσει η πληρωμή.

Ευχαριστώ πολύ,
Γιώργος

Στάλθηκε από το iPhone μου

--
Γιώργος Αντωνίου
Λογιστήριο
TechService Αθήνας Ο.Ε.
Λ. Μεσογείων 318, 153 41 Αγία Παρασκευή
Τηλ. 210 6012 345

Το παρόν μήνυμα και τυχόν συνημμένα του είναι εμπιστευτικά και προορίζονται αποκλειστικά για τον παραλήπτη. Εάν το λάβατε κατά λάθος, παρακαλούμε ενημερώστε τον αποστολέα και διαγράψτε το.
'''),

    # 27
    ('bg', 'courier-parcel-returned-to-sender', 'automated', (),
'''Return-Path: <izvestia-bounce@rocketcourier.bg>
Received: from mailer3.rocketcourier.bg (mailer3.rocketcourier.bg [87.121.98.57])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QpnK62CwSz9sXh
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 17:40:28 +0100 (CET)
From: =?UTF-8?Q?=D0=9A=D1=83=D1=80=D0=B8=D0=B5=D1=80_=D0=A0=D0=B0=D0=BA=D0=B5=D1=82=D0=B0?= <izvestia@rocketcourier.bg>
To: privacy@shop.example.be
Subject: Пратка 1048 2273 9915 се връща към подателя
Date: Fri, 06 Nov 2026 18:40:26 +0200
Message-ID: <trk.104822739915.rts.1762447226@mailer3.rocketcourier.bg>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте,

Пратка № 1048 2273 9915 не беше доставена и се връща към подателя.

Подател: Shop Example BV - сервизни връщания
Получател: Ст. Георгиева, гр. Пловдив
Съдържание: ремонтиран смартфон (сервизна поръчка SE-R-103877)
Причина: получателят не беше открит на адреса при 2 опита за доставка (04.11 и 06.11.2026)

Пратката ще пристигне обратно при подателя до 3 работни дни. Таксата за връщане се заплаща съгласно договора с подателя.

Проследяване: https://rocketcourier.bg/track/104822739915

Това съобщение е изпратено автоматично. Моля, не отговаряйте на него.
Куриер Ракета ЕООД · 0700 12 345
'''),

    # 28
    ('bg', 'postfix-bulgarian-template-bounce-user-unknown', 'automated', (),
'''Return-Path: <>
Received: from mx1.webhost.bg (mx1.webhost.bg [79.98.104.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qkyq03MvFz9sTn
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 15:10:44 +0100 (CET)
Received: by mx1.webhost.bg (Postfix)
        id 2B7C91A0316; Wed, 28 Oct 2026 16:10:43 +0200 (EET)
Date: Wed, 28 Oct 2026 16:10:43 +0200 (EET)
From: MAILER-DAEMON@mx1.webhost.bg (Mail Delivery System)
Subject: =?UTF-8?Q?=D0=9D=D0=B5=D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=BE_=D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2B7C91A0316.1761660643/mx1.webhost.bg"
Content-Transfer-Encoding: 8bit
Message-Id: <20261028141043.2B7C91A0316@mx1.webhost.bg>

This is a MIME-encapsulated message.

--2B7C91A0316.1761660643/mx1.webhost.bg
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Това е съобщение от пощенската система на сървъра mx1.webhost.bg.

За съжаление Вашето съобщение не можа да бъде доставено до един или
повече получатели. Оригиналните заглавки са приложени по-долу.

За помощ се обърнете към администратора на пощата (postmaster).
Моля, включете този доклад в съобщението си.

                   Пощенската система

<serviz@elektrotehnika-varna.bg>: host
    mail.elektrotehnika-varna.bg[185.55.72.14] said: 550 5.1.1
    <serviz@elektrotehnika-varna.bg>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)

--2B7C91A0316.1761660643/mx1.webhost.bg
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.webhost.bg
X-Postfix-Queue-ID: 2B7C91A0316
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 28 Oct 2026 16:10:41 +0200 (EET)

Final-Recipient: rfc822; serviz@elektrotehnika-varna.bg
Original-Recipient: rfc822;serviz@elektrotehnika-varna.bg
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.elektrotehnika-varna.bg
Diagnostic-Code: smtp; 550 5.1.1 <serviz@elektrotehnika-varna.bg>: Recipient
    address rejected: User unknown in virtual mailbox table

--2B7C91A0316.1761660643/mx1.webhost.bg
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [185.12.64.20])
	by mx1.webhost.bg (Postfix) with ESMTPS id 2B7C91A0316
	for <serviz@elektrotehnika-varna.bg>; Wed, 28 Oct 2026 16:10:41 +0200 (EET)
From: Shop Example - Privacy <privacy@shop.example.be>
To: serviz@elektrotehnika-varna.bg
Subject: =?UTF-8?Q?=D0=97=D0=B0=D1=8F=D0=B2=D0=BA=D0=B0_=D0=B7=D0=B0_=D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5_=D0=BD=D0=B0_=D0=B4=D0=B0=D0=BD=D0=BD=D0=B8_-_SE-R-102914?=
Date: Wed, 28 Oct 2026 15:10:39 +0100
Message-ID: <20261028141039.5C2A7C0115@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--2B7C91A0316.1761660643/mx1.webhost.bg--
'''),

    # 29
    ('bg', 'extended-warranty-insurer-policy-document-pdf', 'automated', (),
'''Return-Path: <polici-noreply@shtit-insurance.bg>
Received: from smtp.shtit-insurance.bg (smtp.shtit-insurance.bg [212.39.88.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qn9Cx5HqWz9sXm
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:15:52 +0100 (CET)
From: =?UTF-8?Q?=D0=97=D0=9A_=E2=80=9E=D0=A9=D0=B8=D1=82=E2=80=9C_=D0=90=D0=94?= <polici-noreply@shtit-insurance.bg>
To: privacy@shop.example.be
Subject: Вашата полица за удължена гаранция № EW-2026-0093117
Date: Mon, 2 Nov 2026 10:15:50 +0200
Message-ID: <EW-2026-0093117.policy.1762071350@docs.shtit-insurance.bg>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_shtit_7f4c2a19e0b85d36"

--=_shtit_7f4c2a19e0b85d36
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Уважаеми клиенте,

Благодарим Ви, че избрахте застраховка „Удължена гаранция“. В прикачения файл ще намерите Вашата застрахователна полица и Общите условия.

Полица №: EW-2026-0093117
Застрахован уред: перална машина SE-WM 914, сериен № WM914-2207-5582
Покритие: от 01.11.2028 до 31.10.2031 (след изтичане на гаранцията на производителя)
Застрахователна премия: 45,50 € - платена

При повреда подайте уведомление за щета на https://shtit-insurance.bg/shteti или на телефон 0700 17 117. Не изпращайте уреда за ремонт без номер на щета.

Имате право да се откажете от застраховката в 14-дневен срок от получаване на полицата.

С уважение,
ЗК „Щит“ АД

Това съобщение е генерирано автоматично. Моля, не отговаряйте на него.

--=_shtit_7f4c2a19e0b85d36
Content-Type: application/pdf; name="Polica_EW-2026-0093117.pdf"
Content-Disposition: attachment; filename="Polica_EW-2026-0093117.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv
YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbMyAwIFJdL0NvdW50IDE+PgplbmRvYmoKMyAw
IG9iago8PC9UeXBlL1BhZ2UvUGFyZW50IDIgMCBSL01lZGlhQm94WzAgMCA1OTUgODQyXS9Db250
ZW50cyA0IDAgUj4+CmVuZG9iago0IDAgb2JqCjw8L0xlbmd0aCA0NC9GaWx0ZXIvRmxhdGVEZWNv
ZGU+PgpzdHJlYW0KeJwr5HIK4TI2UzA3MlIISeFyDeEK5AIAMHoFOQplbmRzdHJlYW0KZW5kb2Jq
CnRyYWlsZXIKPDwvUm9vdCAxIDAgUi9TaXplIDU+PgolJUVPRgo=

--=_shtit_7f4c2a19e0b85d36--
'''),

    # 30
    ('bg', 'person-forwards-courier-notice-sent-to-stranger-complains', 'complaint', ('correction',),
'''Return-Path: <stefka.georgieva@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QpvB84DjNz9sYd
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 09:22:18 +0100 (CET)
From: =?UTF-8?Q?=D0=A1=D1=82=D0=B5=D1=84=D0=BA=D0=B0_=D0=93=D0=B5=D0=BE=D1=80=D0=B3=D0=B8=D0=B5=D0=B2=D0=B0?= <stefka.georgieva@abv.bg>
To: privacy@shop.example.be
Subject: Fwd: Вашата пратка от Shop Example пристига днес
Date: Sat, 7 Nov 2026 10:22:15 +0200
Message-ID: <1180744613.51207.1762503735221@nm62.abv.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

Препращам ви имейла по-долу. Получих го вчера от непознат човек - Петър Илиев от Русе, който ми писа, че това съобщение е пристигнало в неговата поща. В него са трите ми имена, телефонът ми, адресът ми в Пловдив и това, че телефонът ми е бил на ремонт при вас. Явно към сервизната ми поръчка сте записали чужд имейл.

Пратката така и не ми беше доставена, а сега ми казаха, че се връща при вас. Това е недопустимо - давате личните ми данни на случаен човек! Очаквам обяснение как се е случило. Моля, поправете имейла в поръчката ми на stefka.georgieva@abv.bg, за да не се повтаря. Ако не получа отговор, ще подам сигнал до Комисията за защита на личните данни.

Стефка Георгиева
0887 215 604


-------- Препратено съобщение --------
Тема: Вашата пратка от Shop Example пристига днес
Дата: 04.11.2026 08:12
От: Куриер Ракета <izvestia@rocketcourier.bg>
До: p.iliev.ruse@abv.bg

Здравейте, Стефка Димитрова Георгиева,

Пратка № 1048 2273 9915 от Shop Example BV е при куриер и ще бъде доставена днес между 10:00 и 14:00.

Адрес: гр. Пловдив, ж.к. Тракия, бл. 186, вх. Б, ет. 4, ап. 11
Телефон за връзка: 0887 215 604
Съдържание: ремонтиран смартфон (сервизна поръчка SE-R-103877)
Наложен платеж: няма

Проследяване: https://rocketcourier.bg/track/104822739915

Куриер Ракета
'''),
]

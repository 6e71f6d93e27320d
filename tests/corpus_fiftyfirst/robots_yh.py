"""Fifty-first set, robot mail of marketplaces and seller platforms and the people hidden among it (14 languages). Written apart from the code."""

ROBOTS = [
    ('pl', 'marketplace-seller-new-order-notice', 'automated', (),
'''Return-Path: <bounce-zam-7731902@powiadomienia.targo-market.pl>
Received: from mta3.powiadomienia.targo-market.pl (mta3.powiadomienia.targo-market.pl [185.41.12.73])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8kT21ZpWz9vB
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 08:14:37 +0100 (CET)
From: Targo Market <powiadomienia@targo-market.pl>
Reply-To: nie-odpowiadaj@targo-market.pl
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nowe_zam=C3=B3wienie_26-11-02-88417_=E2=80=93_Shop_Example_BV?=
Date: Mon, 2 Nov 2026 08:14:35 +0100
Message-ID: <20261102071435.88417.zam@powiadomienia.targo-market.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Targo-Notification: order.created
X-Targo-Seller-Id: 500731

Dzień dobry,

w Twoim sklepie Shop Example BV złożono nowe zamówienie.

Numer zamówienia: 26-11-02-88417
Data złożenia:    02.11.2026, 08:11
Kupujący:         jola_k84 (j***a.k***@o2.pl)
Dostawa:          Paczkomat InPost – KRA01M
Płatność:         opłacone (Przelewy24)

Produkty:
  1 x Czajnik elektryczny Example Home 1,7 l, stal       149,00 zł
  2 x Filtr do czajnika Example Home (3 szt.)             39,98 zł

Razem:   188,98 zł
Dostawa:  12,99 zł

Zamówienie wyślij najpóźniej 04.11.2026. Etykietę nadawczą i szczegóły
znajdziesz w panelu sprzedawcy:
https://sprzedawca.targo-market.pl/zamowienia/26-11-02-88417

Ta wiadomość została wygenerowana automatycznie – prosimy na nią nie odpowiadać.
Zespół Targo Market

Zmień ustawienia powiadomień: https://sprzedawca.targo-market.pl/ustawienia/powiadomienia
'''),

    ('pl', 'exchange-online-ndr-seller-contact-gone', 'automated', (),
'''Return-Path: <>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2071.outbound.protection.outlook.com [40.107.103.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7nV03hJkz9vC
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 11:26:04 +0100 (CET)
From: Microsoft Outlook <postmaster@zabawkilesne.pl>
To: <privacy@shop.example.be>
Date: Thu, 29 Oct 2026 10:26:03 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_b7f3c0e2a1d94c6a9e2f5d7a8c1b3e40_"
Content-Language: pl-PL
Message-ID: <b7f3c0e2-a1d9-4c6a-9e2f-5d7a8c1b3e40@zabawkilesne.pl>
In-Reply-To: <PRV-2026-1207.3@shop.example.be>
References: <PRV-2026-1207.3@shop.example.be>
Thread-Topic: Data subject request PRV-2026-1207 - information needed
Subject: Niedostarczalne: Data subject request PRV-2026-1207 - information needed
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
X-MS-PublicTrafficType: Email
MIME-Version: 1.0

--_000_b7f3c0e2a1d94c6a9e2f5d7a8c1b3e40_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Nie można dostarczyć Twojej wiadomości do adresu biuro@zabawkilesne.pl.

Nie znaleziono adresu biuro w domenie zabawkilesne.pl.

Wymagana akcja                                       Adresat
Nieznany adres Do

Jak rozwiązać ten problem
Adres mógł zostać wpisany niepoprawnie albo już nie istnieje. Spróbuj wykonać
jedną lub więcej z następujących czynności:
- Wyślij wiadomość ponownie. Jeśli wpisujesz adres ręcznie, upewnij się, że
  jest on poprawny.
- Skontaktuj się z adresatem w inny sposób (na przykład telefonicznie) i
  poproś o podanie aktualnego adresu e-mail.

Więcej informacji dla specjalistów IT
Serwer generujący: AM9PR07MB7201.eurprd07.prod.outlook.com

biuro@zabawkilesne.pl
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient biuro@zabawkilesne.pl not found by SMTP address lookup'

Szczegóły oryginalnej wiadomości
Data utworzenia:  29.10.2026 10:25:58
Adres nadawcy:    privacy@shop.example.be
Adres adresata:   biuro@zabawkilesne.pl
Temat:            Data subject request PRV-2026-1207 - information needed

--_000_b7f3c0e2a1d94c6a9e2f5d7a8c1b3e40_
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR07MB7201.eurprd07.prod.outlook.com
Received-From-MTA: dns;out1.shop.example.be
Arrival-Date: Thu, 29 Oct 2026 10:26:01 +0000

Final-Recipient: rfc822;biuro@zabawkilesne.pl
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 biuro@zabawkilesne.pl not found by SMTP address lookup

--_000_b7f3c0e2a1d94c6a9e2f5d7a8c1b3e40_
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [195.130.140.21])
        by AM9PR07MB7201.eurprd07.prod.outlook.com; Thu, 29 Oct 2026 10:26:01 +0000
From: Shop Example Privacy <privacy@shop.example.be>
To: biuro@zabawkilesne.pl
Subject: Data subject request PRV-2026-1207 - information needed
Date: Thu, 29 Oct 2026 11:25:58 +0100
Message-ID: <PRV-2026-1207.3@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_000_b7f3c0e2a1d94c6a9e2f5d7a8c1b3e40_--
'''),

    ('pl', 'marketplace-seller-kyc-documents-missing', 'automated', (),
'''Return-Path: <bounce-kyc-500731@powiadomienia.targo-market.pl>
Received: from mta1.powiadomienia.targo-market.pl (mta1.powiadomienia.targo-market.pl [185.41.12.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9bM64wPcz9vF
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 15:02:48 +0100 (CET)
From: Targo Market - Weryfikacja <weryfikacja@targo-market.pl>
To: privacy@shop.example.be
Subject: Weryfikacja konta sprzedawcy: wymagane dodatkowe dokumenty
Date: Fri, 6 Nov 2026 15:02:46 +0100
Message-ID: <kyc.500731.20261106140246@powiadomienia.targo-market.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Targo-Notification: seller.kyc.incomplete

Dzie=C5=84 dobry,

dzi=C4=99kujemy za przes=C5=82anie dokument=C3=B3w w ramach weryfikacji =
konta sprzedawcy Shop Example BV (ID sprzedawcy: 500731).

Status weryfikacji: WYMAGANE UZUPE=C5=81NIENIE

Czego brakuje:
- aktualny odpis z rejestru przedsi=C4=99biorc=C3=B3w (KBO/BCE) =E2=80=93 =
przes=C5=82any dokument jest starszy ni=C5=BC 3 miesi=C4=85ce,
- o=C5=9Bwiadczenie o beneficjencie rzeczywistym (formularz UBO).

Prosimy o uzupe=C5=82nienie dokument=C3=B3w do 16.11.2026. Do tego czasu =
wyp=C5=82aty =C5=9Brodk=C3=B3w ze sprzeda=C5=BCy s=C4=85 wstrzymane.

Dokumenty prze=C5=9Blesz w panelu: Ustawienia > Firma > Weryfikacja.

Wiadomo=C5=9B=C4=87 wys=C5=82ana automatycznie. Nie odpowiadaj na ni=C4=85.
Zesp=C3=B3=C5=82 Targo Market
'''),

    ('pl', 'person-buyer-reply-above-seller-relay-phone', 'deletion', ('access',),
'''Return-Path: <magda.wrobel@interia.pl>
Received: from smtpo.poczta.interia.pl (smtpo.poczta.interia.pl [217.74.65.208])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q6xR55bKqz9vD
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 07:53:14 +0100 (CET)
Date: Wed, 28 Oct 2026 07:53:12 +0100
From: =?UTF-8?Q?Magdalena_Wr=C3=B3bel?= <magda.wrobel@interia.pl>
To: privacy@shop.example.be
Subject: Odp: =?UTF-8?Q?Nowa_wiadomo=C5=9B=C4=87_od_sprzedawcy_DomTex24_=28zam=C3=B3wienie_MP-2026-604219=29?=
Message-ID: <nvqhxcmbrfzjpfwtsxky@ipwd.interia.pl>
In-Reply-To: <relay.604219.20261027180207@marketplace.shop.example.be>
References: <relay.604219.20261027180207@marketplace.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit
X-Mailer: interia.pl/pf09

Dzień dobry,

proszę o usunięcie mojego numeru telefonu u tego sprzedawcy. Wczoraj
wieczorem ktoś z DomTex24 zadzwonił do mnie na komórkę, a potem jeszcze
przyszedł SMS z "ofertą specjalną" na poszewki. Numer podałam tylko u Was
przy zamówieniu, dla kuriera, a nie po to, żeby sprzedawcy mi coś
proponowali.

I proszę mi napisać, skąd on ma ten numer i jakie jeszcze moje dane
dostał od Was (adres, e-mail?).

Magdalena Wróbel


Dnia 27 października 2026 19:02 Shop Example Marketplace <noreply@marketplace.shop.example.be> napisał(a):

> Masz nową wiadomość od sprzedawcy DomTex24 w sprawie zamówienia
> MP-2026-604219.
>
> ------------------------------------------------------------
> Dzień dobry, dziękujemy za zakupy! Komplet pościeli wyślemy jutro
> kurierem DPD. Dla stałych klientów mamy teraz -20% na poszewki,
> zapraszamy. Pozdrawiamy, zespół DomTex24
> ------------------------------------------------------------
>
> Odpowiedz sprzedawcy w zakładce Moje zamówienia > Wiadomości.
> Ta wiadomość została wysłana automatycznie. Nie odpowiadaj na nią.
>
> Shop Example Marketplace
'''),

    ('pl', 'person-reply-above-personalised-offer-objects-profiling', 'objection', (),
'''Return-Path: <pawel.zielinski@outlook.com>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2108.outbound.protection.outlook.com [40.92.91.108])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7HcW1mR0z9vG
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 09:37:22 +0100 (CET)
From: =?utf-8?Q?Pawe=C5=82_Zieli=C5=84ski?= <pawel.zielinski@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Re: =?utf-8?Q?Wybrane_dla_Ciebie_=E2=80=93_oferty_na_podstawie_Twoich_zakup=C3=B3w?=
Thread-Topic: =?utf-8?Q?Wybrane_dla_Ciebie_=E2=80=93_oferty_na_podstawie_Twoich_zakup=C3=B3w?=
Thread-Index: AQHbKm8r1Yf0cR3kQ0uWb8n5r2tVxQ==
Date: Sat, 31 Oct 2026 08:37:19 +0000
Message-ID: <AM6P194MB0431F2C9E8B7A51D0E3C4B6AA1932@AM6P194MB0431.EURP194.PROD.OUTLOOK.COM>
In-Reply-To: <dla-ciebie.pl.20261030.8817342@news.shop.example.be>
References: <dla-ciebie.pl.20261030.8817342@news.shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Nie życzę sobie, żebyście przeglądali moją historię zakupów i na tej podstawie układali mi "oferty dla Ciebie". Sprzeciwiam się takiemu profilowaniu, proszę to u mnie wyłączyć.

Zwykły newsletter z promocjami może dalej przychodzić, nie o to chodzi.

Paweł Zieliński

Pobierz Outlook dla systemu Android<https://aka.ms/AAb9ysg>
________________________________
Od: Shop Example <nie-odpowiadaj@news.shop.example.be>
Wysłane: piątek, 30 października 2026 10:05
Do: pawel.zielinski@outlook.com <pawel.zielinski@outlook.com>
Temat: Wybrane dla Ciebie – oferty na podstawie Twoich zakupów

Cześć Paweł,

niedawno kupiłeś u nas wiertarkę udarową Example Pro 800 W. Na tej
podstawie wybraliśmy coś dla Ciebie:

- Zestaw wierteł do betonu SDS, 7 szt. – 59,99 zł zamiast 79,99 zł
- Okulary ochronne Example Safe – 24,99 zł
- Poziomica laserowa Example Line 15 m – 189,00 zł

Zobacz wszystkie propozycje: https://www.shop.example.be/pl/dla-ciebie

Dostajesz tę wiadomość, bo masz konto w Shop Example. Ustawienia
komunikacji zmienisz w zakładce Moje konto > Prywatność.
'''),

    ('cs', 'feed-import-report-with-csv', 'automated', (),
'''Return-Path: <robot@feed.nakupko.cz>
Received: from out-2.feed.nakupko.cz (out-2.feed.nakupko.cz [77.75.78.42])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8sD70yLnz9vH
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 04:12:11 +0100 (CET)
From: "Nakupko.cz - import feedu" <robot@feed.nakupko.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Import_XML_feedu_dokon=C4=8Den_s_chybami_=28Shop_Example_BV=29?=
Date: Tue, 3 Nov 2026 04:12:09 +0100
Message-ID: <feed-import-31877-20261103041209@feed.nakupko.cz>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
Content-Type: multipart/mixed; boundary="----=_Part_31877_1730603529"

------=_Part_31877_1730603529
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dobrý den,

noční import XML feedu pro obchod Shop Example BV (ID obchodu 31877) byl
dokončen s chybami.

Zdroj:            https://feeds.shop.example.be/nakupko/cz_products.xml
Začátek importu:  3. 11. 2026 03:40:02
Konec importu:    3. 11. 2026 04:11:47

Položek ve feedu:         4 812
Úspěšně aktualizováno:    4 690
Přeskočeno s chybou:        122

Nejčastější chyby:
   87x  Chybí nebo je neplatný kód EAN (element EAN)
   21x  Kategorie nebyla spárována (CATEGORYTEXT)
   11x  Cena s DPH je 0 nebo chybí (PRICE_VAT)
    3x  Obrázek se nepodařilo stáhnout (IMGURL, HTTP 404)

Položky s chybou se na Nakupko.cz nezobrazují, dokud chybu neopravíte.
Úplný seznam najdete v příloze a v administraci v sekci Feed > Historie
importů.

Další import proběhne automaticky 4. 11. 2026 ve 3:40.

Tento e-mail byl vygenerován automaticky, neodpovídejte na něj.
Nakupko.cz

------=_Part_31877_1730603529
Content-Type: text/csv; charset=UTF-8; name="chyby_importu_2026-11-03.csv"
Content-Transfer-Encoding: 8bit
Content-Disposition: attachment; filename="chyby_importu_2026-11-03.csv"

ITEM_ID;PRODUCTNAME;CHYBA
BE-100233;Rychlovarná konvice Example Home 1,7 l;Chybí EAN
BE-100240;Filtr do konvice Example Home 3 ks;Neplatný EAN (kontrolní číslice)
BE-118702;Sada nožů Example Chef 5 ks;Kategorie nespárována
BE-120015;Prkénko bambusové 40 x 28 cm;Cena s DPH je 0
BE-131190;Termohrnek Example Go 450 ml;Obrázek nenalezen (HTTP 404)

------=_Part_31877_1730603529--
'''),

    ('cs', 'seller-helpdesk-ticket-ack-to-privacy-team', 'automated', (),
'''Return-Path: <support@keramikahorak.freshdesk.com>
Received: from smtp-out-3.freshdesk.com (smtp-out-3.freshdesk.com [104.18.32.10])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7Lk82sTvz9vJ
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 15:27:53 +0100 (CET)
From: =?UTF-8?Q?Z=C3=A1kaznick=C3=A1_podpora_Keramika_Hor=C3=A1k?= <podpora@keramikahorak.cz>
Reply-To: podpora@keramikahorak.cz
To: privacy@shop.example.be
Subject: =?UTF-8?Q?V=C3=A1=C5=A1_po=C5=BEadavek_byl_p=C5=99ijat_=5B=2348213=5D?=
Date: Fri, 30 Oct 2026 14:27:51 +0000
Message-ID: <48213.ack.1730298471@keramikahorak.freshdesk.com>
In-Reply-To: <PRV-2026-1219.1@shop.example.be>
References: <PRV-2026-1219.1@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

d=C4=9Bkujeme za Va=C5=A1i zpr=C3=A1vu. V=C3=A1=C5=A1 po=C5=BEadavek jsme =
zaevidovali pod =C4=8D=C3=ADslem #48213 a odpov=C3=ADme V=C3=A1m co =
nejd=C5=99=C3=ADve, obvykle do 2 pracovn=C3=ADch dn=C5=AF.

P=C5=99edm=C4=9Bt: Re: Data subject request PRV-2026-1219 =E2=80=93 order =
MP-2026-588120

Pokud chcete k po=C5=BEadavku n=C4=9Bco doplnit, odpov=C4=9Bzte pros=C3=ADm =
na tento e-mail a ponechte =C4=8D=C3=ADslo po=C5=BEadavku =
v p=C5=99edm=C4=9Btu.

S pozdravem
Z=C3=A1kaznick=C3=A1 podpora Keramika Hor=C3=A1k
Po=E2=80=93P=C3=A1 8:00=E2=80=9315:00
'''),

    ('cs', 'former-employee-mailbox-not-in-use-autoreply', 'automated', (),
'''Return-Path: <>
Received: from mail.skloart.cz (mail.skloart.cz [46.28.105.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8Fz91qNbz9vK
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:41:17 +0100 (CET)
From: =?UTF-8?Q?Martina_Kr=C3=A1lov=C3=A1?= <martina.kralova@skloart.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Automatick=C3=A1_odpov=C4=9B=C4=8F=3A?= Data subject request PRV-2026-1230 - information needed
Date: Mon, 2 Nov 2026 09:41:15 +0100
Message-ID: <autoreply.20261102094115.7731@mail.skloart.cz>
In-Reply-To: <PRV-2026-1230.1@shop.example.be>
References: <PRV-2026-1230.1@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

paní Martina Králová již ve společnosti SkloArt s.r.o. nepůsobí a tato
e-mailová schránka se nadále nepoužívá. Vaše zpráva nebude přečtena ani
přeposlána.

Objednávky a reklamace:   obchod@skloart.cz
Fakturace:                ucetni@skloart.cz
Ochrana osobních údajů:   gdpr@skloart.cz

Děkujeme za pochopení.
SkloArt s.r.o., Nový Bor
'''),

    ('cs', 'person-seller-reply-above-verification-notice-id-card', 'access', (),
'''Return-Path: <tomas.novotny@kozenagalanterie.cz>
Received: from smtp.kozenagalanterie.cz (smtp.kozenagalanterie.cz [185.64.219.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4PzTq13cFmz9vL
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 16:08:36 +0200 (CEST)
Message-ID: <5e1c7a42-9b3d-4f0e-a8c6-2d71b04f9e13@kozenagalanterie.cz>
Date: Thu, 22 Oct 2026 16:08:33 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Your seller verification is complete
To: privacy@shop.example.be
References: <kyc.done.77120@marketplace.shop.example.be>
Content-Language: cs
From: =?UTF-8?Q?Tom=C3=A1=C5=A1_Novotn=C3=BD?= <tomas.novotny@kozenagalanterie.cz>
In-Reply-To: <kyc.done.77120@marketplace.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dobrý den,

děkuji, ověření prošlo. Mám k tomu ale dotaz. Při ověření jsem musel 
nahrát fotku občanského průkazu z obou stran a k tomu selfie s průkazem 
v ruce. Chtěl bych vědět:

- kde ty fotky teď jsou a jak dlouho je budete uchovávat,
- kdo k nim má přístup – jen vy, nebo i ta firma, přes kterou ověření 
běželo (v odkazu bylo něco jako "VerifyNow"),
- jestli je ještě k něčemu používáte, když už je účet ověřený.

Předem děkuji za odpověď.

Tomáš Novotný
Kožená galanterie Novotný
IČO 08471236

Dne 22. 10. 2026 v 11:15 Shop Example Marketplace napsal(a):
> Hello Tomáš,
>
> Good news: your identity and company documents have been checked and
> your seller account "Kožená galanterie Novotný" (seller ID 77120) is
> now verified. You can publish listings and receive payouts.
>
> Next steps:
> - add your return address under Settings > Shipping
> - connect your product feed or create your first listing
>
> Questions about your personal data? Contact privacy@shop.example.be.
>
> Shop Example Marketplace - Seller Support
'''),

    ('hr', 'exchange-ooo-reply-to-privacy-team', 'automated', (),
'''Return-Path: <ivana.kovacevic@drvodizajn.hr>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2118.outbound.protection.outlook.com [40.107.241.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q6Bn45wXdz9vM
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 09:02:21 +0100 (CET)
From: =?utf-8?Q?Ivana_Kova=C4=8Devi=C4=87?= <ivana.kovacevic@drvodizajn.hr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatski odgovor: Data subject request PRV-2026-1241 - information needed
Thread-Topic: Data subject request PRV-2026-1241 - information needed
Thread-Index: AQHbLx3k7Qm2v9xYTk6pN0a1b2c3dA==
Date: Tue, 27 Oct 2026 08:02:19 +0000
Message-ID: <VI1PR09MB4412C7F1A0E36B2D5C9E7A1B8F332@VI1PR09MB4412.eurprd09.prod.outlook.com>
In-Reply-To: <PRV-2026-1241.1@shop.example.be>
References: <PRV-2026-1241.1@shop.example.be>
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Poštovani,

od 26. listopada do 13. studenoga 2026. na godišnjem sam odmoru i nemam pristup e-pošti. Vaša poruka neće biti proslijeđena.

Za narudžbe i reklamacije obratite se kolegici Marini Perić na prodaja@drvodizajn.hr ili na +385 1 4567 890.
Za pitanja o zaštiti osobnih podataka pišite na zop@drvodizajn.hr.

Lijep pozdrav,
Ivana Kovačević
Drvo Dizajn d.o.o.
'''),

    ('hr', 'marketplace-payout-statement-with-csv', 'automated', (),
'''Return-Path: <bounces+isplate-20417@mail.sajmiste.hr>
Received: from o12.mail.sajmiste.hr (o12.mail.sajmiste.hr [167.89.54.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8Wc36hTfz9vN
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 06:30:14 +0100 (CET)
From: =?UTF-8?Q?Sajmi=C5=A1te=2Ehr_=E2=80=93_isplate?= <isplate@sajmiste.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Obra=C4=8Dun_isplate_za_razdoblje_16=2E=E2=80=9331=2E10=2E2026=2E?=
Date: Tue, 03 Nov 2026 05:30:11 +0000
Message-ID: <ISP-2026-10-B-20417.stmt@mail.sajmiste.hr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Content-Type: multipart/mixed; boundary="=-sjm-7f21c9a0b4e6d835"

--=-sjm-7f21c9a0b4e6d835
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Poštovani partneru,

u nastavku je obračun za razdoblje 16. – 31. listopada 2026.

Prodavatelj:     Shop Example BV (ID 20417)
Broj obračuna:   ISP-2026-10-B-20417

Prodaja (s PDV-om):                          3.482,40 EUR
Povrati i otkazane narudžbe:                  -129,90 EUR
Provizija Sajmište (11 %):                    -368,78 EUR
Naknada za obradu plaćanja (1,4 %):            -46,94 EUR
Sajmište Ads (oglašavanje):                    -60,00 EUR
--------------------------------------------------------
Iznos za isplatu:                            2.876,78 EUR

Isplata će biti izvršena 5. studenoga 2026. na račun čiji IBAN završava
na ...6769.

Detaljan popis narudžbi nalazi se u privitku (CSV) i u Centru za
prodavatelje pod Financije > Isplate.

Ovo je automatski generirana poruka. Molimo ne odgovarajte na nju.
Sajmište.hr

--=-sjm-7f21c9a0b4e6d835
Content-Type: text/csv; charset="utf-8"; name="obracun_ISP-2026-10-B-20417.csv"
Content-Disposition: attachment; filename="obracun_ISP-2026-10-B-20417.csv"
Content-Transfer-Encoding: 8bit

narudzba;datum;iznos_eur;provizija_eur;status
SJ-8841207;16.10.2026;89,90;9,89;isporuceno
SJ-8841733;17.10.2026;249,00;27,39;isporuceno
SJ-8843020;19.10.2026;129,90;0,00;povrat
SJ-8845561;22.10.2026;1.199,00;131,89;isporuceno
SJ-8849012;30.10.2026;34,50;3,80;isporuceno

--=-sjm-7f21c9a0b4e6d835--
'''),

    ('hr', 'marketplace-listing-rejected-notice', 'automated', (),
'''Return-Path: <bounces+moderacija-20417@mail.sajmiste.hr>
Received: from o14.mail.sajmiste.hr (o14.mail.sajmiste.hr [167.89.54.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9Kx75rVgz9vP
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 17:48:30 +0100 (CET)
From: =?UTF-8?Q?Sajmi=C5=A1te=2Ehr?= <moderacija@sajmiste.hr>
Reply-To: noreply@sajmiste.hr
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Oglas_odbijen=3A_Dje=C4=8Dja_kuhinja_od_drva_=28SKU_BE-210455=29?=
Date: Wed, 04 Nov 2026 16:48:27 +0000
Message-ID: <listing-BE-210455-rejected.1730738907@mail.sajmiste.hr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Poštovani,

vaš oglas nije odobren i trenutačno nije vidljiv kupcima.

Oglas:      Dječja kuhinja od drva Example Kids, 12 dijelova
SKU:        BE-210455
Kategorija: Igračke > Igre uloga

Razlozi odbijanja:
1. Na fotografiji br. 2 nalazi se vodeni žig s adresom vanjske web-stranice.
   Fotografije ne smiju sadržavati poveznice ni kontakt podatke.
2. Za igračke je obavezno navesti upozorenja i dobnu granicu (npr. "Nije
   prikladno za djecu mlađu od 36 mjeseci") te CE oznaku u opisu ili
   atributima proizvoda.

Što trebate učiniti:
Ispravite oglas u Centru za prodavatelje (Oglasi > Odbijeni) i ponovno ga
pošaljite na provjeru. Provjera obično traje do 24 sata.

Ako smatrate da je odluka pogrešna, prigovor možete podnijeti u roku od
14 dana putem obrasca u Centru za prodavatelje.

Tim za kvalitetu oglasa
Sajmište.hr

Ova poruka poslana je automatski. Odgovori na ovu adresu se ne čitaju.
'''),

    ('hr', 'person-reminder-above-our-ticket-ack', 'complaint', (),
'''Return-Path: <ana.babic77@gmail.com>
Received: from mail-wm1-f53.google.com (mail-wm1-f53.google.com [209.85.128.53])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9mP26kYhz9vQ
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 20:14:09 +0100 (CET)
Received: by mail-wm1-f53.google.com with SMTP id 5b1f17b1804b1-4316e9f6f6aso18837245e9.1
        for <privacy@shop.example.be>; Fri, 06 Nov 2026 11:14:08 -0800 (PST)
MIME-Version: 1.0
References: <ack.PRV-2026-1088@shop.example.be>
In-Reply-To: <ack.PRV-2026-1088@shop.example.be>
From: =?UTF-8?Q?Ana_Babi=C4=87?= <ana.babic77@gmail.com>
Date: Fri, 6 Nov 2026 20:13:55 +0100
Message-ID: <CAJx4nT0qR7vE3mKd9sWf2bLhY6uZp1oXc8NaG5iBt4Q@mail.gmail.com>
Subject: Re: We have received your request (ref. PRV-2026-1088)
To: Shop Example Privacy <privacy@shop.example.be>
Content-Type: multipart/alternative; boundary="0000000000007d3a1e0623f1c5b8"

--0000000000007d3a1e0623f1c5b8
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Poštovani,

ovo je jedini odgovor koji sam od vas dobila – automatska potvrda od 1.
listopada. Prošlo je više od pet tjedana, a rok je mjesec dana. Još uvijek
nemam podatke koje sam tražila, niti ikakvo objašnjenje zašto kasnite.

Ako do petka, 13. studenoga, ne dobijem odgovor, podnijet ću pritužbu
Agenciji za zaštitu osobnih podataka, a po potrebi i belgijskom nadzornom
tijelu.

Ana Babić

čet, 1. lis 2026. u 10:14 Shop Example Privacy <privacy@shop.example.be>
napisao je:

> Dear customer,
>
> Thank you for your message. We have received your request and registered
> it under reference PRV-2026-1088. We will reply within one month of
> receipt, as required by the GDPR. If we need more information to verify
> your identity, we will contact you.
>
> Please keep the reference in the subject line if you write to us again.
>
> Shop Example BV - Privacy team
> privacy@shop.example.be
>

--0000000000007d3a1e0623f1c5b8
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

<div dir="ltr"><div>Poštovani,</div><div><br></div><div>ovo je jedini odgovor koji sam od vas dobila – automatska potvrda od 1. listopada. Prošlo je više od pet tjedana, a rok je mjesec dana. Još uvijek nemam podatke koje sam tražila, niti ikakvo objašnjenje zašto kasnite.</div><div><br></div><div>Ako do petka, 13. studenoga, ne dobijem odgovor, podnijet ću pritužbu Agenciji za zaštitu osobnih podataka, a po potrebi i belgijskom nadzornom tijelu.</div><div><br></div><div>Ana Babić</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">čet, 1. lis 2026. u 10:14 Shop Example Privacy &lt;<a href="mailto:privacy@shop.example.be">privacy@shop.example.be</a>&gt; napisao je:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Dear customer,<br><br>Thank you for your message. We have received your request and registered it under reference PRV-2026-1088. We will reply within one month of receipt, as required by the GDPR. If we need more information to verify your identity, we will contact you.<br><br>Please keep the reference in the subject line if you write to us again.<br><br>Shop Example BV - Privacy team<br>privacy@shop.example.be<br></blockquote></div>

--0000000000007d3a1e0623f1c5b8--
'''),

    ('sv', 'challenge-response-antispam-seller', 'automated', (),
'''Return-Path: <>
Received: from out1.skyddadpost.se (out1.skyddadpost.se [83.140.155.20])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9Ry43dBjz9vR
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 13:20:47 +0100 (CET)
From: Skyddad Post <verifiera@skyddadpost.se>
Reply-To: verifiera+c7Q2mX9aLp@skyddadpost.se
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Bekr=C3=A4fta_ditt_meddelande_till_anders=2Elindqvist=40lindqvist-tra=2Ese?=
Date: Wed, 4 Nov 2026 13:20:44 +0100
Message-ID: <challenge.c7Q2mX9aLp@skyddadpost.se>
In-Reply-To: <PRV-2026-1255.1@shop.example.be>
Auto-Submitted: auto-replied
Precedence: junk
X-Skyddad-Post: challenge
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej!

Du har skickat ett meddelande till anders.lindqvist@lindqvist-tra.se.
Mottagaren använder Skyddad Post för att slippa skräppost, och ditt
meddelande har därför hållits kvar tills vi vet att du är en riktig
avsändare.

  Ämne:     Data subject request PRV-2026-1255 - information needed
  Skickat:  2026-11-04 13:20

Bekräfta din adress genom att klicka på länken nedan. Du behöver bara
göra det en gång – därefter levereras dina meddelanden direkt.

https://skyddadpost.se/v/c7Q2mX9aLp

Om du inte bekräftar inom 7 dagar raderas meddelandet och levereras
aldrig.

Det här är ett automatiskt meddelande. Svara inte på det.
Skyddad Post – mindre skräp, mer post
'''),

    ('sv', 'marketplace-seller-performance-weekly-report', 'automated', (),
'''Return-Path: <bounce-rapport-88104@utskick.kopstorg.se>
Received: from utskick2.kopstorg.se (utskick2.kopstorg.se [194.68.22.92])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8Zb15sCkz9vS
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 07:05:33 +0100 (CET)
From: =?UTF-8?Q?K=C3=B6pstorg_S=C3=A4ljarcenter?= <rapporter@kopstorg.se>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Din_s=C3=A4ljarprestanda=2C_vecka_44_=2826_okt=E2=80=931_nov_2026=29?=
Date: Mon, 02 Nov 2026 06:05:31 +0000
Message-ID: <perf-w44-88104.1730527531@utskick.kopstorg.se>
List-Unsubscribe: <https://saljare.kopstorg.se/installningar/aviseringar?u=88104>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_9c0e4f7d2a3b8e61f5c4a7d9e0b2c3f1"

--b1_9c0e4f7d2a3b8e61f5c4a7d9e0b2c3f1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej Shop Example BV!

Här är din säljarprestanda för vecka 44 (26 oktober–1 november 2026).

Övergripande status: BRA

  Orderfelfrekvens            0,8 %    (mål under 1 %)
  Sena leveranser             3,1 %    (mål under 4 %)
  Avbokningar före leverans   0,4 %    (mål under 2,5 %)
  Svarstid köparmeddelanden   14 h     (mål under 24 h)
  Genomsnittligt betyg        4,6 / 5  (212 omdömen)

Tips: Tre ordrar registrerades som skickade mer än två dagar efter
utlovad tid. Kontrollera dina hanteringstider under Inställningar >
Frakt.

Se hela rapporten i Säljarcenter:
https://saljare.kopstorg.se/prestanda?vecka=2026-44

Du får det här mejlet eftersom du är registrerad säljare på Köpstorg.
Ändra dina aviseringar: https://saljare.kopstorg.se/installningar/aviseringar

--b1_9c0e4f7d2a3b8e61f5c4a7d9e0b2c3f1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;color:#222">
<h2 style="color:#0a5c36">Din säljarprestanda – vecka 44</h2>
<p>Hej Shop Example BV!<br>Här är din säljarprestanda för vecka 44 (26 oktober–1 november 2026).</p>
<p><b>Övergripande status: <span style="color:#0a8a4a">BRA</span></b></p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Orderfelfrekvens</td><td>0,8 %</td><td>mål under 1 %</td></tr>
<tr><td>Sena leveranser</td><td>3,1 %</td><td>mål under 4 %</td></tr>
<tr><td>Avbokningar före leverans</td><td>0,4 %</td><td>mål under 2,5 %</td></tr>
<tr><td>Svarstid köparmeddelanden</td><td>14 h</td><td>mål under 24 h</td></tr>
<tr><td>Genomsnittligt betyg</td><td>4,6 / 5</td><td>212 omdömen</td></tr>
</table>
<p>Tips: Tre ordrar registrerades som skickade mer än två dagar efter utlovad tid. Kontrollera dina hanteringstider under Inställningar &gt; Frakt.</p>
<p><a href="https://saljare.kopstorg.se/prestanda?vecka=2026-44">Se hela rapporten i Säljarcenter</a></p>
<p style="font-size:11px;color:#888">Du får det här mejlet eftersom du är registrerad säljare på Köpstorg. <a href="https://saljare.kopstorg.se/installningar/aviseringar">Ändra dina aviseringar</a></p>
</body></html>

--b1_9c0e4f7d2a3b8e61f5c4a7d9e0b2c3f1--
'''),

    ('sv', 'marketplace-buyer-message-relay', 'automated', (),
'''Return-Path: <bounce-msg-88104@utskick.kopstorg.se>
Received: from utskick1.kopstorg.se (utskick1.kopstorg.se [194.68.22.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QB2h60tMmz9vT
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 20:44:06 +0100 (CET)
From: =?UTF-8?Q?K=C3=B6pstorg?= <meddelanden@kopstorg.se>
Reply-To: svar+k7T3e9Wq2xLm@meddelanden.kopstorg.se
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nytt_meddelande_fr=C3=A5n_k=C3=B6pare_ang=C3=A5ende_order_4410-2291-77?=
Date: Thu, 05 Nov 2026 19:44:02 +0000
Message-ID: <msg-k7T3e9Wq2xLm.1730835842@meddelanden.kopstorg.se>
Auto-Submitted: auto-generated
X-Kopstorg-Thread: 4410-2291-77
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej Shop Example BV,

Du har fått ett nytt meddelande från en köpare.

Order:    4410-2291-77
Artikel:  Stekpanna Example Chef 28 cm, gjutjärn
Köpare:   Sofia L.

-------- Meddelande --------
Hej! Jag beställde stekpannan den 16 oktober och den har fortfarande
inte kommit. Spårningen har stått på "Under transport" sedan den 20
oktober. Kan ni kolla med PostNord vad som hänt? Annars vill jag ha
pengarna tillbaka.
/Sofia
----------------------------

Svara direkt på det här mejlet eller i Säljarcenter > Meddelanden. Av
säkerhetsskäl visas inte köparens e-postadress, och svar som innehåller
länkar eller kontaktuppgifter kan blockeras.

Besvara meddelandet inom 24 timmar för att behålla din svarstid.

Köpstorg
'''),

    ('sv', 'outlook-read-receipt-from-seller', 'automated', (),
'''Return-Path: <kundservice@fjallsport.se>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2097.outbound.protection.outlook.com [40.107.20.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9Pv22nXqz9vV
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:03:21 +0100 (CET)
From: =?utf-8?Q?Fj=C3=A4llsport_Kundservice?= <kundservice@fjallsport.se>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?L=C3=A4st=3A?= Data subject request PRV-2026-1262 - information needed
Thread-Topic: Data subject request PRV-2026-1262 - information needed
Thread-Index: AQHbLpU2xWq7M0yVZk2eR8t3aP1cFQ==
Date: Wed, 4 Nov 2026 10:03:17 +0000
Message-ID: <AS8PR02MB9123E4B1C07D26F3A85B9D01E2A44@AS8PR02MB9123.eurprd02.prod.outlook.com>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_004_AS8PR02MB9123E4B1C07D26F3A85B9D01E2A44AS8PR02MB9123eurp_"

--_004_AS8PR02MB9123E4B1C07D26F3A85B9D01E2A44AS8PR02MB9123eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ditt meddelande

  Till: kundservice@fjallsport.se
  =C3=84mne: Data subject request PRV-2026-1262 - information needed
  Skickat: den 4 november 2026 10:12:40 (UTC+01:00) Amsterdam, Berlin, =
Bern, Rom, Stockholm, Wien

l=C3=A4stes den 4 november 2026 11:03:17 (UTC+01:00) Amsterdam, Berlin, =
Bern, Rom, Stockholm, Wien.

--_004_AS8PR02MB9123E4B1C07D26F3A85B9D01E2A44AS8PR02MB9123eurp_
Content-Type: message/disposition-notification

Reporting-UA: AS8PR02MB9123.eurprd02.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;kundservice@fjallsport.se
Original-Message-ID: <PRV-2026-1262.1@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_004_AS8PR02MB9123E4B1C07D26F3A85B9D01E2A44AS8PR02MB9123eurp_--
'''),

    ('sv', 'person-forwards-seller-newsletter-via-marketplace', 'withdraw_consent', (),
'''Return-Path: <karin.holm82@gmail.com>
Received: from mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8yT41rBnz9vW
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 12:18:44 +0100 (CET)
Received: by mail-lf1-f47.google.com with SMTP id 2adb3069b0e04-53b1f0e2c4dso4412871e87.2
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 03:18:43 -0800 (PST)
MIME-Version: 1.0
References: <nk-autumn-2026.8f2c1a@marketplace.shop.example.be>
In-Reply-To: <nk-autumn-2026.8f2c1a@marketplace.shop.example.be>
From: Karin Holm <karin.holm82@gmail.com>
Date: Tue, 3 Nov 2026 12:18:30 +0100
Message-ID: <CAHm8vQp2Lw5xZ0tR4cB7yN1eF9sKd3uJg6aT2oWq8XrE5n@mail.gmail.com>
Subject: =?UTF-8?Q?Fwd=3A_H=C3=B6strea_hos_Nordic_Kitchenware_=E2=80=93_upp_till_40_=25?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000a41c7b0623e8f2d4"

--000000000000a41c7b0623e8f2d4
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hej,

de här mejlen kommer från en av era säljare och skickas via er
marknadsplats, antagligen för att jag köpte en kastrull av dem i somras.
Jag vill inte ha dem. Ta bort mig från utskicken, tack.

Karin Holm

---------- Vidarebefordrat meddelande ---------
Från: Nordic Kitchenware via Shop Example Marketplace <
sellers-news@marketplace.shop.example.be>
Date: tis 3 nov. 2026 kl. 09:30
Subject: Höstrea hos Nordic Kitchenware – upp till 40 %
To: <karin.holm82@gmail.com>


Hej Karin!

Höstrean är här. Just nu upp till 40 % på gjutjärn, knivar och
kaffetillbehör – bara till och med söndag.

  Stekpanna gjutjärn 28 cm     54,95 €   nu 39,95 €
  Kockkniv 20 cm, damaskus     89,00 €   nu 62,00 €
  Pour over-set, keramik       34,90 €   nu 24,90 €

Handla nu:
https://marketplace.shop.example.be/s/nordic-kitchenware?utm_source=seller_newsletter

Du får det här nyhetsbrevet eftersom du har handlat hos Nordic
Kitchenware på Shop Example Marketplace.
Avregistrera dig: https://marketplace.shop.example.be/unsubscribe?s=nk&t=8f2c1a

--000000000000a41c7b0623e8f2d4
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

<div dir="ltr"><div>Hej,</div><div><br></div><div>de här mejlen kommer från en av era säljare och skickas via er marknadsplats, antagligen för att jag köpte en kastrull av dem i somras. Jag vill inte ha dem. Ta bort mig från utskicken, tack.</div><div><br></div><div>Karin Holm</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Vidarebefordrat meddelande ---------<br>Från: <strong class="gmail_sendername" dir="auto">Nordic Kitchenware via Shop Example Marketplace</strong> <span dir="auto">&lt;<a href="mailto:sellers-news@marketplace.shop.example.be">sellers-news@marketplace.shop.example.be</a>&gt;</span><br>Date: tis 3 nov. 2026 kl. 09:30<br>Subject: Höstrea hos Nordic Kitchenware – upp till 40 %<br>To: &lt;<a href="mailto:karin.holm82@gmail.com">karin.holm82@gmail.com</a>&gt;<br></div><br><br><p>Hej Karin!</p><p>Höstrean är här. Just nu upp till 40 % på gjutjärn, knivar och kaffetillbehör – bara till och med söndag.</p><p>Stekpanna gjutjärn 28 cm 54,95 € nu 39,95 €<br>Kockkniv 20 cm, damaskus 89,00 € nu 62,00 €<br>Pour over-set, keramik 34,90 € nu 24,90 €</p><p><a href="https://marketplace.shop.example.be/s/nordic-kitchenware?utm_source=seller_newsletter">Handla nu</a></p><p style="font-size:11px">Du får det här nyhetsbrevet eftersom du har handlat hos Nordic Kitchenware på Shop Example Marketplace.<br><a href="https://marketplace.shop.example.be/unsubscribe?s=nk&amp;t=8f2c1a">Avregistrera dig</a></p></div></div>

--000000000000a41c7b0623e8f2d4--
'''),

    ('ro', 'marketplace-seller-new-order-confirm-24h', 'automated', (),
'''Return-Path: <bounces-comenzi@notificari.piata-online.ro>
Received: from smtp3.notificari.piata-online.ro (smtp3.notificari.piata-online.ro [89.42.218.63])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QB3c02vLpz9vX
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 20:47:55 +0100 (CET)
From: =?UTF-8?Q?Pia=C8=9Ba_Online?= <notificari@piata-online.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Comand=C4=83_nou=C4=83_=23RO-7781204_=E2=80=93_confirm=C4=83_=C3=AEn_24_de_ore?=
Date: Thu, 5 Nov 2026 21:47:52 +0200
Message-ID: <order-RO-7781204.seller-6618@notificari.piata-online.ro>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-PO-Event: order.new
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Bună ziua,

Ai primit o comandă nouă pe Piața Online.

Comanda:         #RO-7781204
Plasată la:      05.11.2026, 21:46
Plată:           card online (achitată)
Livrare:         Sameday easybox – Cluj-Napoca, Str. Observatorului 34
Client:          Andreea M.

Produse:
  1 x Espressor manual Example Barista 15 bar, negru      649,00 lei
  1 x Set 2 căni espresso din sticlă dublă                  59,90 lei

Total comandă:  708,90 lei (TVA inclus)

Confirmă comanda în cel mult 24 de ore, altfel va fi anulată automat și
îți va afecta rata de onorare. Termen de predare către curier: 09.11.2026.

Vezi comanda: https://seller.piata-online.ro/comenzi/RO-7781204

Acesta este un mesaj generat automat, te rugăm să nu răspunzi.
Echipa Piața Online
'''),

    ('ro', 'marketplace-return-dispute-escalated', 'automated', (),
'''Return-Path: <bounces-dispute@notificari.piata-online.ro>
Received: from smtp1.notificari.piata-online.ro (smtp1.notificari.piata-online.ro [89.42.218.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBVq35xNrz9vY
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:30:19 +0100 (CET)
From: =?UTF-8?Q?Pia=C8=9Ba_Online_=E2=80=93_Solu=C8=9Bionare_dispute?= <dispute@piata-online.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Retur/reclama=C8=9Bie_nr=2E_33190=3A_actualizare_status?=
Date: Fri, 6 Nov 2026 11:30:16 +0200
Message-ID: <case-33190.status.1730885416@notificari.piata-online.ro>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-PO-Event: claim.escalated
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Bună ziua,

Statusul cererii de retur/reclamației nr. 33190 s-a modificat.

Comanda:            #RO-7712950 (livrată la 21.10.2026)
Produs:             Aspirator vertical Example Clean X5
Motivul clientului: "Produsul nu pornește după încărcare."
Solicitare:         rambursare integrală

Status nou: ESCALADATĂ – în analiza echipei Piața Online

Clientul nu a acceptat propunerea ta (înlocuirea produsului) și a cerut
intervenția noastră.

Ce trebuie să faci: încarcă până la 10.11.2026, ora 23:59, dovezile pe
care le ai (de ex. raportul de testare, fotografii, AWB-ul de retur).
Dacă nu răspunzi în termen, cazul se va închide în favoarea clientului,
iar suma de 1.149,00 lei va fi reținută din următoarea decontare.

Detalii caz: https://seller.piata-online.ro/retururi/33190

Mesaj automat – nu răspunde la acest e-mail.
Echipa Piața Online – Soluționare dispute
'''),

    ('ro', 'seller-zendesk-ack-to-privacy-team', 'automated', (),
'''Return-Path: <support+id20931@casaverdehome.zendesk.com>
Received: from smtp-out-12.zendesk.com (smtp-out-12.zendesk.com [192.161.151.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q6qW83zPsz9vZ
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 17:12:06 +0100 (CET)
From: Casa Verde Home <suport@casaverdehome.ro>
Reply-To: Casa Verde Home <support+id20931@casaverdehome.zendesk.com>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: [Casa Verde Home] Re: Data subject request PRV-2026-1275 - information needed
Date: Wed, 28 Oct 2026 16:12:03 +0000
Message-ID: <ZR8KQ2V5N3W_6720b7a3e1c4d_3f9a2_sprut@zendesk.com>
In-Reply-To: <PRV-2026-1275.1@shop.example.be>
References: <PRV-2026-1275.1@shop.example.be>
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8c41e2
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- V=C4=83 rug=C4=83m s=C4=83 scrie=C8=9Bi r=C4=83spunsul deasupra acestei linii -##

Bun=C4=83 ziua,

V=C4=83 mul=C8=9Bumim pentru mesaj! Solicitarea dumneavoastr=C4=83 a fost =
=C3=AEnregistrat=C4=83 cu num=C4=83rul #20931.

Un coleg din echipa Casa Verde Home v=C4=83 va r=C4=83spunde c=C3=A2t mai =
cur=C3=A2nd, de regul=C4=83 =C3=AEn 1=E2=80=932 zile lucr=C4=83toare.
Programul nostru: luni=E2=80=93vineri, 9:00=E2=80=9317:00.

Dac=C4=83 dori=C8=9Bi s=C4=83 ad=C4=83uga=C8=9Bi informa=C8=9Bii, =
r=C4=83spunde=C8=9Bi la acest e-mail f=C4=83r=C4=83 s=C4=83 modifica=C8=9Bi =
subiectul.

Cu drag,
Echipa Casa Verde Home

Acest mesaj a fost generat automat.
[XV3K9M-Q2L8]
'''),

    ('ro', 'person-seller-reply-above-payout-statement-missing-payout', 'other', (),
'''Return-Path: <radu.popescu@atelierlemnos.ro>
Received: from mail.atelierlemnos.ro (mail.atelierlemnos.ro [86.105.213.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCkM16dRtz9wB
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 09:22:47 +0100 (CET)
From: Radu Popescu <radu.popescu@atelierlemnos.ro>
To: <privacy@shop.example.be>
Subject: Re: =?utf-8?Q?Raport_de_decontare_16=E2=80=9331_octombrie_2026?=
Date: Mon, 9 Nov 2026 10:22:41 +0200
Message-ID: <000a01db3281$5c2e7a10$148b6e30$@atelierlemnos.ro>
In-Reply-To: <payout.6618.2026-10-B@marketplace.shop.example.be>
References: <payout.6618.2026-10-B@marketplace.shop.example.be>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbMoFcLnoQFIturwKB1m3Q8yHh2w==
Content-Language: ro
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bună ziua,

În raportul de mai jos apare o plată de 1.284,60 EUR programată pentru 3 noiembrie, dar banii nu au intrat în cont nici până azi. IBAN-ul este același ca luna trecută, când plata a venit fără probleme. Puteți verifica ce s-a întâmplat cu această decontare?

Am scris și la seller-payments, dar nu mi-a răspuns nimeni, de aceea încerc și la adresa asta.

Mulțumesc,
Radu Popescu
Atelier Lemnos SRL
tel. +40 744 218 930

________________________________
De la: Shop Example Marketplace <payouts@marketplace.shop.example.be>
Trimis: luni, 2 noiembrie 2026 08:00
Către: radu.popescu@atelierlemnos.ro
Subiect: Raport de decontare 16–31 octombrie 2026

Bună ziua, Atelier Lemnos SRL,

Raportul de decontare pentru perioada 16–31 octombrie 2026 este disponibil.

Vânzări:                 1.468,00 EUR
Comision (12%):           -176,16 EUR
Taxe procesare plăți:       -7,24 EUR
Sumă de plată:           1.284,60 EUR
Data estimată a plății:  03.11.2026

Raportul detaliat: https://sellers.marketplace.shop.example.be/payouts/2026-10-B

Acesta este un mesaj automat. Pentru întrebări despre plăți scrieți la seller-payments@marketplace.shop.example.be.
Pentru întrebări despre datele personale: privacy@shop.example.be.
'''),

    ('el', 'marketplace-seller-new-order-greek', 'automated', (),
'''Return-Path: <bounce+orders.33417@mailer.agora-market.gr>
Received: from mailer2.agora-market.gr (mailer2.agora-market.gr [62.103.45.82])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q6hB77kWvz9wC
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 17:33:08 +0100 (CET)
From: Agora Marketplace <noreply@agora-market.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=9D=CE=AD=CE=B1_=CF=80=CE=B1=CF=81=CE=B1=CE=B3=CE=B3=CE=B5=CE=BB=CE=AF=CE=B1_=23AG-5519034?=
Date: Tue, 27 Oct 2026 18:33:05 +0200
Message-ID: <AG-5519034.new.merchant-33417@mailer.agora-market.gr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Γεια σας,

Λάβατε νέα παραγγελία στο Agora Marketplace.

Αριθμός παραγγελίας:  AG-5519034
Ημερομηνία:           27/10/2026 18:31
Αποστολή:             ACS Courier – παράδοση στο σπίτι (Θεσσαλονίκη)
Πληρωμή:              Κάρτα (εξοφλημένη)

Προϊόντα:
  1 × Βαλίτσα καμπίνας Example Travel 55 εκ., γκρι       79,90 €
  1 × Ψηφιακή ζυγαριά αποσκευών                           12,50 €
Σύνολο:                                                    92,40 € (με ΦΠΑ)

Παρακαλούμε επιβεβαιώστε τη διαθεσιμότητα μέσα σε 1 εργάσιμη ημέρα και
παραδώστε το δέμα στην courier έως τις 29/10/2026.

Διαχείριση παραγγελίας: https://merchants.agora-market.gr/orders/AG-5519034

Αυτό είναι αυτοματοποιημένο μήνυμα. Παρακαλούμε μην απαντάτε.
Η ομάδα του Agora Marketplace
'''),

    ('el', 'exchange-ooo-greek-seller', 'automated', (),
'''Return-Path: <e.papadopoulou@olivewoodcrete.gr>
Received: from mail.olivewoodcrete.gr (mail.olivewoodcrete.gr [94.70.121.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8Hn52sKwz9wD
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:15:43 +0100 (CET)
From: Eleni Papadopoulou <e.papadopoulou@olivewoodcrete.gr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?=CE=91=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=B7_=CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7=3A?= Data subject request PRV-2026-1288 - information needed
Thread-Topic: Data subject request PRV-2026-1288 - information needed
Thread-Index: AQHbLRt5a9fQ1mWzCk2Pq6uYd0e8sA==
Date: Mon, 2 Nov 2026 09:15:40 +0000
Message-ID: <6a1f0c2e9d8b4e7fa3c5b21d0e9f8a77@OWC-EX01.olivewood.local>
In-Reply-To: <PRV-2026-1288.1@shop.example.be>
References: <PRV-2026-1288.1@shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Καλησπέρα σας,

Βρίσκομαι εκτός γραφείου έως και την Παρασκευή 6 Νοεμβρίου 2026, με περιορισμένη πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Θα απαντήσω στο μήνυμά σας μόλις επιστρέψω.

Για επείγοντα θέματα παραγγελιών μπορείτε να επικοινωνήσετε με το τμήμα εξυπηρέτησης πελατών στο info@olivewoodcrete.gr ή στο 2810 345 678.

Με εκτίμηση,
Ελένη Παπαδοπούλου
Υπεύθυνη Πωλήσεων
Olive Wood Crete
'''),

    ('el', 'marketplace-connector-stock-sync-errors', 'automated', (),
'''Return-Path: <alerts-bounce@synchub-connector.gr>
Received: from out.synchub-connector.gr (out.synchub-connector.gr [195.251.12.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8Cw14pTxz9wF
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 05:04:24 +0100 (CET)
From: SyncHub <alerts@synchub-connector.gr>
To: privacy@shop.example.be
Subject: [SyncHub] =?UTF-8?Q?=CE=A3=CF=86=CE=AC=CE=BB=CE=BC=CE=B1_=CF=83=CF=85=CE=B3=CF=87=CF=81=CE=BF=CE=BD=CE=B9=CF=83=CE=BC=CE=BF=CF=8D_=E2=80=93?= Agora Marketplace
Date: Mon, 2 Nov 2026 06:04:20 +0200
Message-ID: <run-884120.alert@synchub-connector.gr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-SyncHub-Run: 884120
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Ειδοποίηση από το SyncHub

Ο τελευταίος συγχρονισμός αποθέματος και τιμών προς το κανάλι Agora
Marketplace ολοκληρώθηκε με σφάλματα.

Λογαριασμός:  Shop Example BV (#SH-3391)
Κανάλι:       Agora Marketplace (GR)
Έναρξη:       02/11/2026 06:00:03 (ώρα Ελλάδας)
Διάρκεια:     4 λεπτά 12 δευτ.

Ενημερώθηκαν: 1.204 προϊόντα
Απέτυχαν:        37 προϊόντα

Σφάλματα:
  29 × 422 Invalid EAN / barcode (το προϊόν δεν υπάρχει στον κατάλογο του καναλιού)
   6 × 409 Price below minimum allowed by channel
   2 × 504 Gateway timeout (νέα προσπάθεια στις 06:30)

Τα προϊόντα που απέτυχαν διατηρούν στο Agora το προηγούμενο απόθεμα και
την προηγούμενη τιμή. Προσοχή στις υπερπωλήσεις (overselling).

Προβολή αναφοράς: https://app.synchub-connector.gr/sync/runs/884120

Για να αλλάξετε ποιος λαμβάνει αυτές τις ειδοποιήσεις: Ρυθμίσεις > Ειδοποιήσεις.
-- 
SyncHub
'''),

    ('el', 'person-reply-to-marketplace-offers-stop', 'withdraw_consent', (),
'''Return-Path: <g.antoniou@yahoo.gr>
Received: from sonic311-22.consmr.mail.ir2.yahoo.com (sonic311-22.consmr.mail.ir2.yahoo.com [77.238.176.154])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8Lt37mVyz9wG
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 12:41:11 +0100 (CET)
From: Giorgos Antoniou <g.antoniou@yahoo.gr>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0 (1.0)
Subject: Re: =?utf-8?Q?=CE=A0=CF=81=CE=BF=CF=83=CF=86=CE=BF=CF=81=CE=AD=CF=82_=CF=84=CE=B7=CF=82_=CE=B5=CE=B2=CE=B4=CE=BF=CE=BC=CE=AC=CE=B4=CE=B1=CF=82?=
Date: Mon, 2 Nov 2026 13:41:06 +0200
Message-Id: <8E2B61C4-3F0A-4D9B-A7E5-1C6F92B0D3A8@yahoo.gr>
References: <deals.el.20261102.5521907@marketplace.shop.example.be>
In-Reply-To: <deals.el.20261102.5521907@marketplace.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22A3354)

Σταματήστε να μου στέλνετε αυτά τα email. Δεν θέλω άλλες προσφορές.

Στάλθηκε από το iPhone μου

> Στις 2 Νοε 2026, στις 11:00 π.μ., ο χρήστης Shop Example Marketplace <offers@marketplace.shop.example.be> έγραψε:
> 
> Προσφορές της εβδομάδας
> 
> Γεια σου Γιώργο,
> 
> αυτή την εβδομάδα στο Shop Example Marketplace:
> – Καφετιέρα espresso Example Barista: 129 € αντί για 179 €
> – Σετ μαχαιριών Example Chef, 5 τεμ.: 39,90 €
> – Δωρεάν αποστολή για παραγγελίες άνω των 50 €
> 
> Δες όλες τις προσφορές: https://marketplace.shop.example.be/el/deals
> 
> Λαμβάνεις αυτό το email επειδή έχεις εγγραφεί στα ενημερωτικά μας.
> Ερωτήσεις για τα προσωπικά σου δεδομένα: privacy@shop.example.be
'''),

    ('bg', 'seller-newsletter-sent-through-platform', 'automated', (),
'''Return-Path: <bounce-nl-55102-3fa9c1@news.pazar-bg.com>
Received: from news3.pazar-bg.com (news3.pazar-bg.com [185.117.82.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7Df42qWzz9wH
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 09:00:16 +0100 (CET)
From: Petrovi Garden via Pazar.bg <newsletter@pazar-bg.com>
Reply-To: no-reply@pazar-bg.com
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=95=D1=81=D0=B5=D0=BD=D0=BD=D0=B8_=D0=BD=D0=B0=D0=BC=D0=B0=D0=BB=D0=B5=D0=BD=D0=B8=D1=8F_?=
 =?UTF-8?Q?=D0=B4=D0=BE_-35=25_=D0=BD=D0=B0_=D0=B3=D1=80=D0=B0=D0=B4=D0=B8=D0=BD=D1=81=D0=BA=D0=B8_?=
 =?UTF-8?Q?=D0=B8=D0=BD=D1=81=D1=82=D1=80=D1=83=D0=BC=D0=B5=D0=BD=D1=82=D0=B8?=
Date: Thu, 29 Oct 2026 10:00:12 +0200
Message-ID: <nl.55102.20261029080012.3fa9c1@news.pazar-bg.com>
List-Id: Petrovi Garden <petrovi-garden.stores.pazar-bg.com>
List-Unsubscribe: <mailto:unsubscribe-55102-3fa9c1@news.pazar-bg.com>, <https://pazar-bg.com/unsubscribe?l=petrovi-garden&u=3fa9c1>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Feedback-ID: 55102:store-newsletter:pazar-bg
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Здравейте,

Есенният сезон в градината не е приключил! До 8 ноември в магазина на
„Градина Петрови“ в Pazar.bg:

  • Акумулаторна ножица за храсти Example Garden 18V – 65,90 € (вместо 96,90 €)
  • Градински комплект гребло + лопата – 17,90 €
  • Торби за листа, 3 × 270 л – 9,90 €

Безплатна доставка до офис на Еконт при поръчка над 40 €.

Разгледайте всички оферти:
https://pazar-bg.com/store/petrovi-garden?utm_source=newsletter&utm_campaign=esen26

Получавате този бюлетин, защото следвате магазина „Градина Петрови“ в
Pazar.bg. Отписване: https://pazar-bg.com/unsubscribe?l=petrovi-garden&u=3fa9c1
'''),

    ('bg', 'postfix-bounce-localised-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mx2.bghost.net (mx2.bghost.net [87.120.40.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QD0s85nLbz9wJ
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 13:05:36 +0100 (CET)
Received: by mx2.bghost.net (Postfix)
        id 3C1F41A0B2; Tue, 10 Nov 2026 14:05:33 +0200 (EET)
Date: Tue, 10 Nov 2026 14:05:33 +0200 (EET)
From: Mail Delivery System <MAILER-DAEMON@mx2.bghost.net>
Subject: =?UTF-8?Q?=D0=9D=D0=B5=D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=BE_=D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5=3A?= Data subject request PRV-2026-1301 - information needed
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3C1F41A0B2.1762776333/mx2.bghost.net"
Content-Transfer-Encoding: 8bit
Message-Id: <20261110120533.3C1F41A0B2@mx2.bghost.net>

This is a MIME-encapsulated message.

--3C1F41A0B2.1762776333/mx2.bghost.net
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Това е автоматично съобщение от пощенската система на mx2.bghost.net.

За съжаление Вашето съобщение не можа да бъде доставено до един или
повече получатели. Грешката е постоянна и повторни опити няма да бъдат
правени.

Ако имате въпроси, пишете на <postmaster@bghost.net>. Приложена е
информация за недоставеното съобщение.

                   Пощенската система

<office@bilkova-apteka.bg>: host mail.bilkova-apteka.bg[87.120.41.77] said:
    552 5.2.2 <office@bilkova-apteka.bg>: Mailbox full (in reply to RCPT TO
    command)

--3C1F41A0B2.1762776333/mx2.bghost.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.bghost.net
X-Postfix-Queue-ID: 3C1F41A0B2
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 10 Nov 2026 14:05:31 +0200 (EET)

Final-Recipient: rfc822; office@bilkova-apteka.bg
Original-Recipient: rfc822;office@bilkova-apteka.bg
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.bilkova-apteka.bg
Diagnostic-Code: smtp; 552 5.2.2 <office@bilkova-apteka.bg>: Mailbox full

--3C1F41A0B2.1762776333/mx2.bghost.net
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [195.130.140.21])
        by mx2.bghost.net (Postfix) with ESMTPS id 3C1F41A0B2
        for <office@bilkova-apteka.bg>; Tue, 10 Nov 2026 14:05:31 +0200 (EET)
From: Shop Example Privacy <privacy@shop.example.be>
To: office@bilkova-apteka.bg
Subject: Data subject request PRV-2026-1301 - information needed
Date: Tue, 10 Nov 2026 13:05:28 +0100
Message-ID: <PRV-2026-1301.1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--3C1F41A0B2.1762776333/mx2.bghost.net--
'''),

    ('bg', 'marketplace-listings-approved-batch', 'automated', (),
'''Return-Path: <bounce-sellers-55210@news.pazar-bg.com>
Received: from news1.pazar-bg.com (news1.pazar-bg.com [185.117.82.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBXb63rMcz9wK
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 08:12:44 +0100 (CET)
From: Pazar.bg <sellers@pazar-bg.com>
To: privacy@shop.example.be
Subject: [Pazar.bg] =?UTF-8?Q?=D0=9E=D0=B1=D1=8F=D0=B2=D0=B8=D1=82=D0=B5_=D0=B2=D0=B8_=D1=81=D0=B0_=D0=BE=D0=B4=D0=BE=D0=B1=D1=80=D0=B5=D0=BD=D0=B8_=2812_=D0=BE=D1=82_13=29?=
Date: Fri, 6 Nov 2026 09:12:40 +0200
Message-ID: <moderation.55210.20261106071240@pazar-bg.com>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Здравейте, Shop Example BV,

Прегледахме обявите, които качихте на 05.11.2026 чрез XML импорт.

Одобрени и активни:  12
Чакат корекция:       1

Одобрени обяви (първите 5):
  – Кафемашина Example Barista 15 bar, черна
  – Електрическа кана Example Home 1,7 л
  – Комплект ножове Example Chef, 5 бр.
  – Термочаша Example Go 450 мл
  – Бамбукова дъска за рязане 40 × 28 см

За корекция:
  – Детска дървена кухня Example Kids – липсва предупреждение за възрастта
    (не е подходяща за деца под 3 години) и CE маркировка в описанието.

Можете да редактирате обявата от Център за продавачи > Обяви > За корекция.
След редакцията тя ще бъде прегледана отново до 24 часа.

Това съобщение е изпратено автоматично. Моля, не отговаряйте на него.
Екипът на Pazar.bg
'''),

    ('bg', 'person-reply-above-shipping-notice-correct-address', 'correction', (),
'''Return-Path: <desi.georgieva@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.99])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBCz27pNdz9wL
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 20:08:01 +0100 (CET)
Message-ID: <a3f0b6d2-4c1e-4d7a-9e8b-1f2c3d4e5f60@email.android.com>
Date: Wed, 04 Nov 2026 21:07:55 +0200
Subject: Re: Your order SE-2026-318840 has been shipped by the seller
From: Desislava Georgieva <desi.georgieva@abv.bg>
To: privacy@shop.example.be
In-Reply-To: <ship.SE-2026-318840@marketplace.shop.example.be>
References: <ship.SE-2026-318840@marketplace.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте,

В профила ми все още стои старият адрес – Rue de la Station 14, 1070 Anderlecht. От септември живея другаде, моля да го поправите на:

Avenue Louis Bertrand 52, bte 17
1030 Schaerbeek

Тази пратка ще си я взема от стария адрес (хазяинът ще ми я даде), но следващите поръчки искам да идват на новия.

Благодаря,
Десислава Георгиева



Изпратено от моя Samsung Galaxy смартфон.


-------- Оригинално съобщение --------
От: Shop Example Marketplace <noreply@marketplace.shop.example.be>
Дата: 4.11.26 18:20 (GMT+01:00)
До: desi.georgieva@abv.bg
Тема: Your order SE-2026-318840 has been shipped by the seller

Hi Desislava,

Good news! Your order SE-2026-318840 from seller "Casa Bella Deco" has been shipped with bpost.

Delivery address:
Desislava Georgieva
Rue de la Station 14
1070 Anderlecht
Belgium

Track your parcel: https://marketplace.shop.example.be/track/SE-2026-318840

Questions about your order? Reply to the seller via My orders > Messages.
Shop Example Marketplace
'''),
]

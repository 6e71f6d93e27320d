"""Forty-fifth set, robot mail from business partners' systems, and people whose mail looks automatic (pl cs hr sv ro el bg). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ pl
    ('pl', 'exchange-online-ooo-with-deputy', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2108.outbound.protection.outlook.com [40.107.22.108])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rm2Xq1bKHz9vRt
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:03:18 +0100 (CET)
Received: from DU0PR03MB8457.eurprd03.prod.outlook.com (2603:10a6:10:3e1::9) by
 AS8PR03MB7012.eurprd03.prod.outlook.com (2603:10a6:20b:29a::14) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.22; Mon, 2 Nov
 2026 09:03:16 +0000
From: =?utf-8?Q?Katarzyna_W=C3=B3jcik?= <k.wojcik@meblotech.pl>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatyczna_odpowied=C5=BA:_Data_processing_agreement_?=
 =?utf-8?Q?=E2=80=93_annual_review_2026?=
Thread-Topic: =?utf-8?Q?Data_processing_agreement_=E2=80=93_annual_review_2026?=
Thread-Index: AQHbLq3fRz8VtXk2QkGq9m4H0cJd1g==
Date: Mon, 2 Nov 2026 09:03:15 +0000
Message-ID: <DU0PR03MB84579C2E41A7F0B3D15E6A2FE3A42@DU0PR03MB8457.eurprd03.prod.outlook.com>
In-Reply-To: <20261102085902.4c1e7@shop.example.be>
References: <20261102085902.4c1e7@shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: k.wojcik@meblotech.pl
x-ms-exchange-parent-message-id: <20261102085902.4c1e7@shop.example.be>
x-ms-exchange-generated-message-source: Mailbox Rules Agent
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Od 26 pa=C5=BAdziernika do 6 listopada 2026 r.
przebywam na urlopie i nie mam dost=C4=99pu do poczty.

W sprawach pilnych prosz=C4=99 o kontakt z moim zast=C4=99pc=C4=85,
Tomaszem Zieli=C5=84skim: t.zielinski@meblotech.pl, tel. +48 61 842 17 30.
Sprawy dotycz=C4=85ce um=C3=B3w i faktur prosz=C4=99 kierowa=C4=87 na biuro@meblotech.pl.

Po powrocie odpowiem na wszystkie wiadomo=C5=9Bci.

Z powa=C5=BCaniem
Katarzyna W=C3=B3jcik
Specjalista ds. sprzeda=C5=BCy eksportowej
Meblotech Sp. z o.o. | ul. Przemys=C5=82owa 14, 62-080 Tarnowo Podg=C3=B3rne
'''),

    ('pl', 'freshdesk-supplier-ticket-acknowledgement', 'automated', (),
'''Return-Path: <bounces+2841937-9f1c-privacy=shop.example.be@em8841.arkusz-hurt.pl>
Received: from wrqvtzvf.outbound-mail.sendgrid.net (wrqvtzvf.outbound-mail.sendgrid.net [149.72.154.232])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RfL0c3Wn1z7hQm
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 15:22:11 +0100 (CET)
Received: by filterdrecv-7c9f5b6d84-xk2lp with SMTP id filterdrecv-7c9f5b6d84-xk2lp-1-6720E671-1C
        2026-10-27 14:22:09.512403284 +0000 UTC m=+2214871.338211
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=arkusz-hurt.pl;
        h=from:subject:in-reply-to:references:to:content-type:cc; s=s1;
        bh=3X0cYpX2m1F0a8Jd9oVq6zB1H2t4fYJ+G8xk5o0Wc1E=; b=k2lP0v9...
From: =?utf-8?Q?Arkusz_=E2=80=93_Obs=C5=82uga_Klienta?= <pomoc@arkusz-hurt.pl>
Reply-To: pomoc@arkusz-hurt.pl
To: privacy@shop.example.be
Subject: =?utf-8?Q?[#48213]_Otrzymali=C5=9Bmy_Twoje_zg=C5=82oszenie?=
Date: Tue, 27 Oct 2026 14:22:09 +0000
Message-ID: <6f2a91c4d7e8.48213.1793110929@arkusz-hurt.freshdesk.com>
In-Reply-To: <20261027141905.31c2a@shop.example.be>
References: <20261027141905.31c2a@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Freshdesk-Ticket-Id: 48213
X-Mailer: Freshdesk
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

dzi=C4=99kujemy za kontakt z Dzia=C5=82em Obs=C5=82ugi Klienta
Hurtowni Papierniczej Arkusz. Twoje zg=C5=82oszenie zosta=C5=82o
zarejestrowane pod numerem #48213:

  "Supplier privacy questionnaire 2026"

Nasz konsultant odpowie najszybciej, jak to mo=C5=BCliwe =E2=80=93 zwykle
w ci=C4=85gu 2 dni roboczych. Aby doda=C4=87 informacje do zg=C5=82oszenia,
wystarczy odpowiedzie=C4=87 na t=C4=99 wiadomo=C5=9B=C4=87 (prosimy nie zmienia=C4=87
tematu).

Status zg=C5=82oszenia mo=C5=BCesz sprawdzi=C4=87 tutaj:
https://arkusz-hurt.freshdesk.com/support/tickets/48213

Pozdrawiamy
Zesp=C3=B3=C5=82 Obs=C5=82ugi Klienta
Hurtownia Papiernicza Arkusz Sp. z o.o.
'''),

    ('pl', 'eprocurement-portal-new-purchase-order', 'automated', (),
'''Return-Path: <noreply@zakupy.grupa-orion.pl>
Received: from smtp.grupa-orion.pl (smtp.grupa-orion.pl [185.23.140.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn9Yt5kPvz3cLd
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 07:15:04 +0100 (CET)
Received: from eproc-app02.grupa-orion.local (unknown [10.20.4.12])
        by smtp.grupa-orion.pl (Postfix) with ESMTP id 8E2A1C0312
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 07:15:02 +0100 (CET)
From: Platforma Zakupowa Grupy Orion <noreply@zakupy.grupa-orion.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nowe_zam=C3=B3wienie_zakupu_PO-2026-118734_=E2=80=93_Shop_Examp?=
 =?UTF-8?Q?le_BV?=
Date: Wed, 4 Nov 2026 07:15:02 +0100
Message-ID: <po.118734.1793772902.7731@zakupy.grupa-orion.pl>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
X-Mailer: Orion eProcurement 5.2
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Szanowni Państwo,

w Platformie Zakupowej Grupy Orion wystawiono nowe zamówienie zakupu dla Państwa firmy.

Numer zamówienia:         PO-2026-118734
Dostawca:                 Shop Example BV (ID dostawcy: D-004921)
Data wystawienia:         04.11.2026
Wymagany termin dostawy:  20.11.2026
Miejsce dostawy:          Magazyn Centralny, ul. Logistyczna 3, 95-100 Zgierz
Wartość netto:            3 482,50 EUR
Zamawiający:              Agnieszka Lis, Dział Zakupów

Prosimy o potwierdzenie przyjęcia zamówienia w Platformie w ciągu 48 godzin:
https://zakupy.grupa-orion.pl/supplier/po/118734

Faktury do tego zamówienia prosimy przesyłać wyłącznie przez Platformę,
z powołaniem się na numer zamówienia.

Ta wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.
W razie pytań: dostawcy@grupa-orion.pl

Grupa Orion S.A.
'''),

    ('pl', 'person-office-manager-above-leaver-autoreply-remove-him', 'deletion', (),
'''Return-Path: <biuro@drukarnia-kolor.pl>
Received: from smtp.webserwer.pl (smtp.webserwer.pl [91.227.40.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RpC2m0TqSz5gVx
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:47:36 +0100 (CET)
Received: from BiuroPC (user-31-174-22-9.play-internet.pl [31.174.22.9])
        (Authenticated sender: biuro@drukarnia-kolor.pl)
        by smtp.webserwer.pl (Postfix) with ESMTPSA id 2F7D84A0B1
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:47:33 +0100 (CET)
From: =?utf-8?Q?Beata_Szyma=C5=84ska?= <biuro@drukarnia-kolor.pl>
To: "'Shop Example Privacy'" <privacy@shop.example.be>
References: <20261104091041.5a2d8@shop.example.be> <000001db2e4a$3c1f7a80$b45e6f80$@drukarnia-kolor.pl>
In-Reply-To: <000001db2e4a$3c1f7a80$b45e6f80$@drukarnia-kolor.pl>
Subject: =?utf-8?Q?RE:_Automatyczna_odpowied=C5=BA:_Your_business_account_at_Shop?=
 =?utf-8?Q?_Example_=E2=80=93_contact_details_check?=
Date: Thu, 5 Nov 2026 11:47:31 +0100
Message-ID: <000a01db2f1c$8e4b2d10$aae18730$@drukarnia-kolor.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbLkoAAAGk3b1xS0e8Vf2QwJ7mUQGhX1zBsGq9mAA=
Content-Language: pl

Dzień dobry,

pan Marek Nowak nie pracuje w naszej firmie od końca września, a jego skrzynka jest przekierowana na biuro – stąd moja odpowiedź.

Proszę usunąć pana Nowaka z naszego konta firmowego w Państwa sklepie (nr konta B-20417) i skasować jego dane: imię i nazwisko, numer komórki i adres e-mail. Nie powinien już figurować u Państwa jako osoba kontaktowa ani dostawać żadnych wiadomości.

We wszystkich sprawach dotyczących konta proszę pisać na biuro@drukarnia-kolor.pl.

Pozdrawiam
Beata Szymańska
Office Manager
Drukarnia Kolor s.c.
ul. Piotrkowska 211, 90-451 Łódź
tel. 42 636 18 04

Od: Marek Nowak <m.nowak@drukarnia-kolor.pl>
Wysłano: środa, 4 listopada 2026 10:12
Do: Shop Example Privacy <privacy@shop.example.be>
Temat: Automatyczna odpowiedź: Your business account at Shop Example – contact details check

Dzień dobry,
dziękuję za wiadomość. Nie pracuję już w firmie Drukarnia Kolor s.c., a ta skrzynka nie jest obsługiwana.
W sprawach zamówień, faktur i konta proszę kontaktować się z biurem: biuro@drukarnia-kolor.pl, tel. 42 636 18 04.

Marek Nowak
'''),

    ('pl', 'person-sole-trader-info-mailbox-with-disclaimer-asks-what-data', 'access', (),
'''Return-Path: <info@remonty-kowalczyk.pl>
Received: from mx.poczta-firmowa.pl (mx.poczta-firmowa.pl [46.242.130.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RpQ8w2dLFz1nKs
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 19:26:50 +0100 (CET)
Received: from [192.168.1.23] (89-64-17-201.dynamic.chello.pl [89.64.17.201])
        (Authenticated sender: info@remonty-kowalczyk.pl)
        by mx.poczta-firmowa.pl (Postfix) with ESMTPSA id 5B1E2204C7
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 19:26:48 +0100 (CET)
MIME-Version: 1.0
To: "privacy@shop.example.be" <privacy@shop.example.be>
From: =?utf-8?Q?Us=C5=82ugi_Remontowe_Kowalczyk?= <info@remonty-kowalczyk.pl>
Subject: RE: Shop Example Business - autumn deals for your company
Date: Fri, 6 Nov 2026 19:26:45 +0100
Message-ID: <8B4F21C6-3E7A-4D0B-9C55-1F2A6E7D0B93@remonty-kowalczyk.pl>
Importance: normal
X-Priority: 3
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dzień dobry,

dostałem od Was ten mailing „dla firm”, a nigdy nie zakładałem u Was konta firmowego. Raz, jakieś dwa lata temu, kupiłem prywatnie ekspres do kawy, ale na zupełnie inny adres e-mail.

Skąd macie adres info@remonty-kowalczyk.pl? Proszę o informację, jakie moje dane macie w systemie, skąd je pozyskaliście i komu je przekazaliście.

Jan Kowalczyk

Wysłane z aplikacji Poczta dla systemu Windows

--
USŁUGI REMONTOWO-BUDOWLANE JAN KOWALCZYK
ul. Lipowa 7, 21-040 Świdnik
NIP 713-123-45-67 | REGON 061234567
tel. 601 234 567 | www.remonty-kowalczyk.pl

Ta wiadomość i ewentualne załączniki są poufne i przeznaczone wyłącznie dla adresata. Jeżeli otrzymali Państwo tę wiadomość omyłkowo, prosimy o powiadomienie nadawcy i jej usunięcie. Administratorem danych osobowych zawartych w korespondencji jest Jan Kowalczyk, prowadzący działalność gospodarczą pod firmą USŁUGI REMONTOWO-BUDOWLANE JAN KOWALCZYK. Więcej: www.remonty-kowalczyk.pl/rodo

Od: Shop Example Business
Wysłano: czwartek, 5 listopada 2026 08:30
Do: info@remonty-kowalczyk.pl
Temat: Shop Example Business - autumn deals for your company

Autumn deals for your company
Up to 20% off coffee machines, office chairs and cleaning supplies - only for business customers, until 30 November.
Order now at business.shop.example.be
'''),

    # ------------------------------------------------------------------ cs
    ('cs', 'exchange-leaver-autoreply-no-longer-with-company', 'automated', (),
'''Return-Path: <>
Received: from mail.stavmat.cz (mail.stavmat.cz [194.228.51.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn1Jh6cVdz8wRp
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 14:31:09 +0100 (CET)
Received: from EXCH01.stavmat.local (10.1.0.21) by EXCH01.stavmat.local
 (10.1.0.21) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; Tue, 3 Nov 2026
 14:31:07 +0100
From: =?utf-8?Q?Jana_Hor=C3=A1kov=C3=A1?= <jana.horakova@stavmat.cz>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatick=C3=A1_odpov=C4=9B=C4=8F:_Sub-processor_list_update?=
 =?utf-8?Q?_=E2=80=93_November_2026?=
Thread-Topic: =?utf-8?Q?Sub-processor_list_update_=E2=80=93_November_2026?=
Thread-Index: AQHbLZ8kcE0xYk7wS0uVZ9bq2H1fOg==
Date: Tue, 3 Nov 2026 13:31:07 +0000
Message-ID: <f3c1e0a9b7d24c6e8a51d0e2b3c4f5a6@EXCH01.stavmat.local>
In-Reply-To: <20261103132804.9b3f1@shop.example.be>
References: <20261103132804.9b3f1@shop.example.be>
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-Exchange-Organization-AuthAs: Internal
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dobrý den,

děkuji za Vaši zprávu. Od 1. 10. 2026 již ve společnosti STAVMAT s.r.o. nepracuji a tato schránka není kontrolována.

Ve věcech smluv, objednávek a ochrany osobních údajů se prosím obracejte na:
Ing. Petr Svoboda, vedoucí nákupu – petr.svoboda@stavmat.cz, tel. +420 543 210 987

Vaše zpráva nebude automaticky přeposlána.

S pozdravem
Jana Horáková
'''),

    ('cs', 'hosting-postfix-dsn-czech-template-deleted-mailbox', 'automated', (),
'''Return-Path: <>
Received: from mx2.webhostik.cz (mx2.webhostik.cz [185.64.219.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn2Lb0mHcz4xQw
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 15:00:03 +0100 (CET)
Received: by mx2.webhostik.cz (Postfix)
        id 8C1A43F0A12; Tue,  3 Nov 2026 15:00:01 +0100 (CET)
Date: Tue,  3 Nov 2026 15:00:01 +0100 (CET)
From: MAILER-DAEMON@mx2.webhostik.cz (=?utf-8?Q?Po=C5=A1tovn=C3=AD_server?=)
Subject: =?utf-8?Q?Nedoru=C4=8Den=C3=A1_zpr=C3=A1va_/_Undelivered_Mail_Returned_to?=
 =?utf-8?Q?_Sender?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="8C1A43F0A12.1793800801/mx2.webhostik.cz"
Content-Transfer-Encoding: 8bit
Message-Id: <20261103140001.8C1A43F0A12@mx2.webhostik.cz>

This is a MIME-encapsulated message.

--8C1A43F0A12.1793800801/mx2.webhostik.cz
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Toto je automatická zpráva poštovního serveru mx2.webhostik.cz.

Je nám líto, ale Vaši zprávu se nepodařilo doručit jednomu nebo více
příjemcům. Hlavičky původní zprávy jsou přiloženy níže.

Pokud potřebujete pomoc, kontaktujte <postmaster@webhostik.cz>.
K dotazu prosím přiložte tuto zprávu včetně přílohy.

                   Poštovní server mx2.webhostik.cz

<p.dvorak@tiskarna-dvorak.cz>: schránka neexistuje nebo byla zrušena
    (unknown user: "p.dvorak@tiskarna-dvorak.cz")

--8C1A43F0A12.1793800801/mx2.webhostik.cz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.webhostik.cz
X-Postfix-Queue-ID: 8C1A43F0A12
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue,  3 Nov 2026 14:59:58 +0100 (CET)

Final-Recipient: rfc822; p.dvorak@tiskarna-dvorak.cz
Original-Recipient: rfc822;p.dvorak@tiskarna-dvorak.cz
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "p.dvorak@tiskarna-dvorak.cz"

--8C1A43F0A12.1793800801/mx2.webhostik.cz
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mail-out1.shop.example.be (mail-out1.shop.example.be [193.191.214.40])
        by mx2.webhostik.cz (Postfix) with ESMTPS id 8C1A43F0A12
        for <p.dvorak@tiskarna-dvorak.cz>; Tue,  3 Nov 2026 14:59:58 +0100 (CET)
From: Shop Example Privacy <privacy@shop.example.be>
To: p.dvorak@tiskarna-dvorak.cz
Subject: =?utf-8?Q?Sub-processor_list_update_=E2=80=93_November_2026?=
Date: Tue, 3 Nov 2026 14:59:54 +0100
Message-ID: <20261103135954.e07a2@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_shop_7f3e2a91"

--8C1A43F0A12.1793800801/mx2.webhostik.cz--
'''),

    ('cs', 'outlook-read-receipt-czech', 'automated', (),
'''Return-Path: <tomas.cerny@elektro-cerny.cz>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2131.outbound.protection.outlook.com [40.107.241.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn0Cz7sGlz2kTy
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 08:17:44 +0100 (CET)
Received: from VI1PR08MB5423.eurprd08.prod.outlook.com (2603:10a6:803:12f::8)
 by VI1PR08MB5423.eurprd08.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8207.22; Tue, 3 Nov 2026 07:17:42 +0000
From: =?utf-8?Q?Tom=C3=A1=C5=A1_=C4=8Cern=C3=BD?= <tomas.cerny@elektro-cerny.cz>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?P=C5=99e=C4=8Dteno:_Data_processing_agreement_=E2=80=93_annu?=
 =?utf-8?Q?al_review_2026?=
Thread-Topic: =?utf-8?Q?Data_processing_agreement_=E2=80=93_annual_review_2026?=
Thread-Index: AQHbLq4BxF2y6mGkT0O6cNw3r1i5QQ==
Date: Tue, 3 Nov 2026 07:17:41 +0000
Message-ID: <VI1PR08MB5423A7C1E0D84B63A12F6C55E3A42@VI1PR08MB5423.eurprd08.prod.outlook.com>
References: <20261102090017.b81d4@shop.example.be>
In-Reply-To: <20261102090017.b81d4@shop.example.be>
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_000_VI1PR08MB5423A7C1E0D84B63A12F6C55E3A42VI1PR08MB5423eurp_"

--_000_VI1PR08MB5423A7C1E0D84B63A12F6C55E3A42VI1PR08MB5423eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Va=C5=A1e zpr=C3=A1va

  Komu: Tom=C3=A1=C5=A1 =C4=8Cern=C3=BD
  P=C5=99edm=C4=9Bt: Data processing agreement =E2=80=93 annual review 2026
  Odesl=C3=A1no: pond=C4=9Bl=C3=AD 2. listopadu 2026 10:00:17 (UTC+01:00) Praha

byla p=C5=99e=C4=8Dtena dne =C3=BAter=C3=BD 3. listopadu 2026 8:17:40 (UTC+01:00) Praha.

--_000_VI1PR08MB5423A7C1E0D84B63A12F6C55E3A42VI1PR08MB5423eurp_
Content-Type: message/disposition-notification

Reporting-UA: VI1PR08MB5423.eurprd08.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;tomas.cerny@elektro-cerny.cz
Original-Message-ID: <20261102090017.b81d4@shop.example.be>
Disposition: automatic-action/MDN-sent-automatically; displayed

--_000_VI1PR08MB5423A7C1E0D84B63A12F6C55E3A42VI1PR08MB5423eurp_--
'''),

    ('cs', 'person-former-employee-forwards-invoice-mail-delete-my-address', 'deletion', (),
'''Return-Path: <lucie.markova82@seznam.cz>
Received: from mxf2.seznam.cz (mxf2.seznam.cz [77.75.78.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rq3Vk1xNcz6pLr
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 21:14:27 +0100 (CET)
Received: from email.seznam.cz
        by smtpc-mxf2-6b8c4d7f9-2hq5x
        (smtpc-mxf2-6b8c4d7f9-2hq5x [2a02:598:128:8a00::1000:a31])
        id 2c5f0a9e1b3d7e46a1f82c90;
        Mon, 09 Nov 2026 21:14:25 +0100 (CET)
From: =?utf-8?q?Lucie_Markov=C3=A1?= <lucie.markova82@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Fwd=3A_Invoice_SE-2026-B-018842_=E2=80=93_Shop_Example_Business?=
Date: Mon, 09 Nov 2026 21:14:25 +0100 (CET)
Message-Id: <3Xb.Kp2a.5n8Qw1vRtEy.1hT4Lm@seznam.cz>
Mime-Version: 1.0 (Szn.cz Email)
X-Mailer: Email.cz
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,
ve firmě Stavební potřeby Brázda už přes rok nepracuji, ale faktury od vás mi pořád chodí na soukromý e-mail. Smažte prosím tuto adresu a moje jméno z jejich účtu a faktury posílejte rovnou firmě.
L. Marková

---------- Původní e-mail ----------
Od: Shop Example BV <invoices@shop.example.be>
Komu: lucie.markova82@seznam.cz
Datum: 9. 11. 2026 6:02:14
Předmět: Invoice SE-2026-B-018842 – Shop Example Business

Dear customer,

Please find attached invoice SE-2026-B-018842 for order B-77310
(business account: Stavební potřeby Brázda s.r.o., contact: Lucie Marková).

Amount due: EUR 1 246,30
Due date: 09/12/2026

This is an automatically generated e-mail, please do not reply.
Shop Example BV - Business Services | invoices@shop.example.be
'''),

    # ------------------------------------------------------------------ hr
    ('hr', 'google-workspace-vacation-responder-with-deputy', 'automated', (),
'''Return-Path: <ivana.kovacevic@drvoplast.hr>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with SMTPS id 4Rm2Zf4yQbz3rNh
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:04:52 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=drvoplast.hr; s=google; t=1793610292;
        h=to:from:subject:message-id:auto-submitted:date:mime-version:references:in-reply-to;
        bh=Qm7vC0p2rXkT9f3yJ4hB1aN6eWz8sL5uD0gV2oP3iKc=;
        b=Zk3Xa0pQ...
X-Google-Smtp-Source: AGHT+IF2r8pQ1vNw3bYk0Lx7tZs5mE4cR9dU6jH2oWq1aSg0=
MIME-Version: 1.0
References: <20261102090138.2e9c0@shop.example.be>
In-Reply-To: <20261102090138.2e9c0@shop.example.be>
Auto-Submitted: auto-replied
Message-ID: <auto-000b1c2d3e4f5a6b@drvoplast.hr>
Date: Mon, 2 Nov 2026 01:04:52 -0800
From: =?UTF-8?Q?Ivana_Kova=C4=8Devi=C4=87?= <ivana.kovacevic@drvoplast.hr>
To: privacy@shop.example.be
Subject: Odsutna do 9.11.
Content-Type: multipart/alternative; boundary="000000000000f3b1a80625c0e7d2"

--000000000000f3b1a80625c0e7d2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

zahvaljujem na poruci. Na godi=C5=A1njem sam odmoru do ponedjeljka,
9. studenoga 2026., i u tom razdoblju ne=C4=87u redovito provjeravati
e-po=C5=A1tu.

Za hitna pitanja vezana uz narud=C5=BEbe i isporuke molim Vas da se
obratite kolegi Marku Babi=C4=87u (marko.babic@drvoplast.hr,
+385 1 6543 210).

Lijep pozdrav,
Ivana Kova=C4=8Devi=C4=87
Drvoplast d.o.o.

--000000000000f3b1a80625c0e7d2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Po=C5=A1tovani,</div><div><br></div><div>zahvaljujem =
na poruci. Na godi=C5=A1njem sam odmoru do ponedjeljka, 9. studenoga 2026.,=
 i u tom razdoblju ne=C4=87u redovito provjeravati e-po=C5=A1tu.</div><div>=
<br></div><div>Za hitna pitanja vezana uz narud=C5=BEbe i isporuke molim Va=
s da se obratite kolegi Marku Babi=C4=87u (<a href=3D"mailto:marko.babic@dr=
voplast.hr">marko.babic@drvoplast.hr</a>, +385 1 6543 210).</div><div><br><=
/div><div>Lijep pozdrav,</div><div>Ivana Kova=C4=8Devi=C4=87<br>Drvoplast d=
.o.o.</div></div>

--000000000000f3b1a80625c0e7d2--
'''),

    ('hr', 'company-register-monitoring-alert', 'automated', (),
'''Return-Path: <bounce-88213-2026102914@mailer.poslovni-monitor.hr>
Received: from mailer.poslovni-monitor.hr (mailer.poslovni-monitor.hr [195.29.160.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rk7Tg2bWcz1mHs
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 06:30:18 +0100 (CET)
From: Poslovni monitor <obavijesti@poslovni-monitor.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Promjena_u_sudskom_registru:_DRVOPLAST_d.o.o._(pra=C4=87eni_?=
 =?UTF-8?Q?subjekt)?=
Date: Thu, 29 Oct 2026 06:30:15 +0100
Message-ID: <alert.88213.080412345.20261029@poslovni-monitor.hr>
List-Unsubscribe: <https://www.poslovni-monitor.hr/odjava?u=88213&k=f3a9c1>, <mailto:odjava@poslovni-monitor.hr?subject=odjava-88213>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Poštovani korisniče,

u sklopu usluge praćenja poslovnih partnera evidentirana je promjena podataka za subjekt s Vaše liste praćenja:

Subjekt:   DRVOPLAST d.o.o. za proizvodnju i trgovinu
OIB:       12345678901
MBS:       080412345
Sjedište:  Zagreb, Radnička cesta 52

Vrsta promjene:
 - promjena osoba ovlaštenih za zastupanje (upis: Marko Babić, član uprave; brisanje: Zoran Horvat, direktor)
 - povećanje temeljnog kapitala

Datum upisa u sudski registar: 28.10.2026.
Izvor: Sudski registar Republike Hrvatske

Detalje promjene i povijest subjekta možete pregledati u svom korisničkom računu:
https://www.poslovni-monitor.hr/subjekt/080412345

Praćenje ovog subjekta možete isključiti u postavkama liste praćenja.

Ova je poruka automatski generirana, molimo ne odgovarajte na nju.
Poslovni monitor | korisnička podrška: podrska@poslovni-monitor.hr
'''),

    ('hr', 'sieve-vacation-shared-mailbox-no-longer-monitored', 'automated', (),
'''Return-Path: <>
Received: from mail.agrokop.hr (mail.agrokop.hr [89.201.166.3])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rjr1N5qVkz9tWb
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 09:41:56 +0100 (CET)
Received: by mail.agrokop.hr (Postfix)
        id 0C3E81A2F44; Wed, 28 Oct 2026 09:41:54 +0100 (CET)
Message-ID: <dovecot-sieve-1793263314-402915-0@mail.agrokop.hr>
Date: Wed, 28 Oct 2026 09:41:54 +0100
X-Sieve: Pigeonhole Sieve 0.5.21
From: <info@agrokop.hr>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Obavijest=3A_ova_adresa_se_vi=C5=A1e_ne_prati?=
In-Reply-To: <20261028083905.f4a71@shop.example.be>
References: <20261028083905.f4a71@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani,

adresa info@agrokop.hr više se ne prati i poruke poslane na nju nitko ne čita.

Molimo Vas da se obratite odgovarajućoj službi:
  narudžbe i ponude:        prodaja@agrokop.hr
  računi i plaćanja:        racunovodstvo@agrokop.hr
  zaštita osobnih podataka: szop@agrokop.hr

Vaša poruka NIJE proslijeđena.

AGROKOP d.o.o., Osijek
'''),

    ('hr', 'person-supplier-clerk-erp-sent-invoice-asks-invoice-address', 'other', (),
'''Return-Path: <racuni@tiskara-mozaik.hr>
Received: from smtp.tiskara-mozaik.hr (smtp.tiskara-mozaik.hr [78.134.201.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqR7d3fJtz2yVn
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 13:08:40 +0100 (CET)
Received: from PANTHEON-SRV (unknown [192.168.10.5])
        by smtp.tiskara-mozaik.hr (Postfix) with ESMTP id 6A0E2B01C9
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 13:08:38 +0100 (CET)
From: "=?utf-8?Q?Tiskara_Mozaik_d.o.o._=E2=80=93_Ra=C4=8Dunovodstvo?=" <racuni@tiskara-mozaik.hr>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Ra=C4=8Dun_412-1-1_/_upit_za_adresu_za_ra=C4=8Dune?=
Date: Tue, 10 Nov 2026 13:08:36 +0100
Message-ID: <PAN.20261110130836.412-1-1@tiskara-mozaik.hr>
X-Mailer: PANTHEON 17.0
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_PAN_Part_0_1793795316"

------=_PAN_Part_0_1793795316
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani,

u privitku Vam dostavljamo dokument: Račun br. 412-1-1 od 10.11.2026.

Molim Vas samo jednu informaciju: je li adresa invoices@shop.example.be i dalje ispravna za slanje računa? Zadnja dva računa vratila su nam se s porukom o neisporuci pa šaljem na ovu adresu jer je jedina druga koju imam iz vašeg ugovora. Ako postoji nova adresa ili portal za e-račune, javite mi pa ću je upisati.

Hvala i lijep pozdrav,
Sanja Perić
referent računovodstva

---
Dokument je poslan iz poslovnog sustava PANTHEON.
Tiskara Mozaik d.o.o. | Ulica grada Vukovara 271, 10000 Zagreb | OIB 98765432109

------=_PAN_Part_0_1793795316
Content-Type: application/pdf; name="Racun_412-1-1.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="Racun_412-1-1.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv
YmoK
------=_PAN_Part_0_1793795316--
'''),

    # ------------------------------------------------------------------ sv
    ('sv', 'exchange-ooo-parental-leave-with-deputy', 'automated', (),
'''Return-Path: <>
Received: from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2097.outbound.protection.outlook.com [40.107.15.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn1Mw4tXfz6dKq
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 14:29:47 +0100 (CET)
Received: from GV1P189MB2034.EURP189.PROD.OUTLOOK.COM (2603:10a6:150:6c::11)
 by AS2P189MB2311.EURP189.PROD.OUTLOOK.COM (2603:10a6:20b:5e4::8) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.22; Tue, 3 Nov
 2026 13:29:45 +0000
From: Erik Sandberg <erik.sandberg@nordfrakt.se>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatiskt_svar:_Sub-processor_list_update_=E2=80=93_Novemb?=
 =?utf-8?Q?er_2026?=
Thread-Topic: =?utf-8?Q?Sub-processor_list_update_=E2=80=93_November_2026?=
Thread-Index: AQHbLZ92mQ7p0s5Wq0S2a1XoYk4v8w==
Date: Tue, 3 Nov 2026 13:29:45 +0000
Message-ID: <GV1P189MB20345F1A0C7E2B9D4A66E1B8C3A42@GV1P189MB2034.EURP189.PROD.OUTLOOK.COM>
In-Reply-To: <20261103132741.60d2e@shop.example.be>
References: <20261103132741.60d2e@shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
x-ms-exchange-parent-message-id: <20261103132741.60d2e@shop.example.be>
x-ms-exchange-generated-message-source: Mailbox Rules Agent
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej,

tack f=C3=B6r ditt mejl. Jag =C3=A4r f=C3=B6r=C3=A4ldraledig fr=C3=A5n och med den 2 november 2026
till och med den 31 januari 2027 och l=C3=A4ser inte min e-post under den tiden.

Fr=C3=A5gor om avtal, personuppgiftsbitr=C3=A4desavtal och dataskydd:
Johanna Lindqvist, johanna.lindqvist@nordfrakt.se, 031-708 45 12

=C3=96vriga fr=C3=A5gor: kundservice@nordfrakt.se

Ditt mejl vidarebefordras inte.

V=C3=A4nliga h=C3=A4lsningar
Erik Sandberg
Key Account Manager | Nordfrakt Logistik AB
'''),

    ('sv', 'challenge-response-sender-verification', 'automated', (),
'''Return-Path: <>
Received: from out2.avsandarkontroll.se (out2.avsandarkontroll.se [176.10.250.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rm2c85HhRz4sPj
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:06:31 +0100 (CET)
Received: from cr-worker-3 (localhost [127.0.0.1])
        by out2.avsandarkontroll.se (Postfix) with ESMTP id 1D4F0E2A7
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:06:29 +0100 (CET)
From: =?utf-8?Q?Avs=C3=A4ndarkontroll?= <noreply@avsandarkontroll.se>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Bekr=C3=A4fta_ditt_meddelande_till_anna.berg@bergs-inredning.se?=
Date: Mon, 2 Nov 2026 10:06:29 +0100
Message-ID: <cr.7Hq2Lr9XkP4m@avsandarkontroll.se>
In-Reply-To: <20261102090207.c15b9@shop.example.be>
References: <20261102090207.c15b9@shop.example.be>
Auto-Submitted: auto-replied
Precedence: junk
X-Auto-Response-Suppress: All
X-Challenge-ID: 7Hq2Lr9XkP4m
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej!

Du har skickat ett e-postmeddelande till anna.berg@bergs-inredning.se.
Mottagaren använder Avsändarkontroll för att slippa skräppost och tar bara
emot e-post från godkända avsändare.

Bekräfta att du är en verklig person genom att klicka på länken nedan.
Du behöver bara göra detta en gång – därefter levereras dina meddelanden direkt.

https://avsandarkontroll.se/v/7Hq2Lr9XkP4m

Meddelandet som väntar:
  Från:   privacy@shop.example.be
  Ämne:   Data processing agreement – annual review 2026
  Datum:  2026-11-02 10:02

Om avsändaren inte har bekräftats inom 7 dagar raderas meddelandet automatiskt.

Detta är ett automatiskt meddelande och kan inte besvaras.
'''),

    ('sv', 'trade-fair-lead-scanning-app-follow-up', 'automated', (),
'''Return-Path: <bounce+4f81c2.privacy=shop.example.be@mail.leadbadge.example>
Received: from mta-07.mail.leadbadge.example (mta-07.mail.leadbadge.example [198.51.100.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RhB6s0kPwz5jTc
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 16:00:12 +0100 (CET)
From: Linnea Holm - Kassagruppen <hej@kassagruppen.se>
Sender: Kassagruppen via Leadbadge <noreply@mail.leadbadge.example>
Reply-To: Linnea Holm <linnea.holm@kassagruppen.se>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Tack_f=C3=B6r_bes=C3=B6ket_i_v=C3=A5r_monter_p=C3=A5_Nordic_Retail_?=
 =?utf-8?Q?Expo!?=
Date: Mon, 26 Oct 2026 15:00:09 +0000
Message-ID: <lb.nre26.b22.4f81c2@mail.leadbadge.example>
List-Unsubscribe: <https://app.leadbadge.example/u/9f2kq4f81c2>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Mailer: Leadbadge Follow-up 3.4
X-Leadbadge-Event: NRE26-STHLM
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej!

Tack för att du stannade till i Kassagruppens monter (B:22) på Nordic Retail Expo i Stockholm den 20–22 oktober. Din badge skannades av Linnea i vårt team.

Som utlovat kommer här materialet från mässan:
 • Produktblad Kassa One (PDF): https://kassagruppen.se/l/nre26-produktblad
 • Kundcase: så halverade en butikskedja köerna i kassan
 • Boka en kostnadsfri demo: https://kassagruppen.se/demo

Vi hör av oss inom kort!

Med vänliga hälsningar
Linnea Holm
Kassagruppen Sverige AB

--
Du får det här mejlet eftersom din badge skannades i vår monter. Vill du inte ha fler utskick? Avregistrera dig här: https://app.leadbadge.example/u/9f2kq4f81c2
Skickat med Leadbadge
'''),

    ('sv', 'person-replies-above-lead-app-follow-up-where-did-you-get-my-data', 'access', ('withdraw_consent',),
'''Return-Path: <karin.ekstrom@ekstromdesign.se>
Received: from smtp-out.webbhotell-norden.se (smtp-out.webbhotell-norden.se [185.189.49.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rk8Fz6nQsz7mWd
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 07:52:05 +0100 (CET)
Received: from smtpclient.apple (c-83-250-17-44.bbcust.telenor.se [83.250.17.44])
        (Authenticated sender: karin.ekstrom@ekstromdesign.se)
        by smtp-out.webbhotell-norden.se (Postfix) with ESMTPSA id 9A2C31E0F7
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 07:52:03 +0100 (CET)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
From: =?utf-8?Q?Karin_Ekstr=C3=B6m?= <karin.ekstrom@ekstromdesign.se>
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Sv:_Tack_f=C3=B6r_ditt_bes=C3=B6k_hos_Shop_Example_Business!?=
Date: Thu, 29 Oct 2026 07:51:58 +0100
Message-Id: <5E0B7C21-9A44-4F3D-8C2E-71D6A0F3B9C4@ekstromdesign.se>
References: <lb.kontor26.shop.a91e07@mail.leadbadge.example>
In-Reply-To: <lb.kontor26.shop.a91e07@mail.leadbadge.example>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Hej,

jag har aldrig besökt er monter – jag var inte ens på mässan, varken i år eller tidigare. Ändå får jag ett mejl där ni tackar mig för besöket, med mitt namn och min titel.

Var har ni fått mina uppgifter ifrån? Jag vill veta vilka uppgifter ni har registrerade om mig, varifrån de kommer och om ni har lämnat ut dem till någon annan (till exempel mässarrangören eller appen ni skickar mejlen med).

Och jag vill inte ha fler utskick från er.

Karin Ekström
Ekström Design AB

Skickat från min iPhone

> 28 okt. 2026 kl. 16:05 skrev Shop Example Business <events@shop.example.be>:
> 
> Hej Karin!
> 
> Tack för att du besökte Shop Example Business på Kontor & Arbetsplats 2026 i Göteborg. Roligt att vi fick träffas!
> 
> Som utlovat får du vår katalog för företagskunder och 10 % rabatt på din första beställning med koden KONTOR26:
> https://business.shop.example.be/se/katalog
> 
> Hälsningar
> Teamet på Shop Example Business
> 
> Du får det här mejlet eftersom din badge skannades i vår monter. Frågor om dina personuppgifter: privacy@shop.example.be
> Skickat med Leadbadge
'''),

    # ------------------------------------------------------------------ ro
    ('ro', 'exchange-ooo-annual-leave-with-deputy', 'automated', (),
'''Return-Path: <>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2119.outbound.protection.outlook.com [40.107.104.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rm2Yb2pLcz8nQv
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:03:51 +0100 (CET)
Received: from PA4PR02MB6702.eurprd02.prod.outlook.com (2603:10a6:102:f3::14)
 by PA4PR02MB6702.eurprd02.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8207.22; Mon, 2 Nov 2026 09:03:49 +0000
From: Mihaela Ionescu <mihaela.ionescu@textildesign.ro>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?R=C4=83spuns_automat:_Data_processing_agreement_=E2=80=93_a?=
 =?utf-8?Q?nnual_review_2026?=
Thread-Topic: =?utf-8?Q?Data_processing_agreement_=E2=80=93_annual_review_2026?=
Thread-Index: AQHbLq3w2cV1n8Yx3kK0fR6sPq9Lmg==
Date: Mon, 2 Nov 2026 09:03:49 +0000
Message-ID: <PA4PR02MB6702D3E9B1A04C7F82E5A0C4E3A42@PA4PR02MB6702.eurprd02.prod.outlook.com>
In-Reply-To: <20261102090044.7f0d3@shop.example.be>
References: <20261102090044.7f0d3@shop.example.be>
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
x-ms-exchange-parent-message-id: <20261102090044.7f0d3@shop.example.be>
x-ms-exchange-generated-message-source: Mailbox Rules Agent
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

V=C4=83 mul=C8=9Bumesc pentru mesaj. Sunt =C3=AEn concediu de odihn=C4=83 =C3=AEn perioada
2=E2=80=9316 noiembrie 2026 =C8=99i nu am acces la e-mail.

Pentru probleme urgente legate de comenzi v=C4=83 rog s=C4=83 o contacta=C8=9Bi pe
colega mea, Alina Stan (alina.stan@textildesign.ro, 0264 450 318).
Pentru contracte =C8=99i GDPR: juridic@textildesign.ro.

Cu stim=C4=83,
Mihaela Ionescu
Export Sales Manager | Textil Design SRL, Cluj-Napoca
'''),

    ('ro', 'osticket-supplier-helpdesk-acknowledgement', 'automated', (),
'''Return-Path: <suport@electroserv.ro>
Received: from mail.electroserv.ro (mail.electroserv.ro [86.105.212.34])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rjs3p0dGmz1kPx
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 10:12:33 +0100 (CET)
Received: from helpdesk.electroserv.ro (helpdesk.electroserv.ro [10.0.8.15])
        by mail.electroserv.ro (Postfix) with ESMTP id 3C8E05A1D2
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 11:12:31 +0200 (EET)
Date: Wed, 28 Oct 2026 11:12:31 +0200
From: =?utf-8?Q?Electroserv_=E2=80=93_Suport?= <suport@electroserv.ro>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Solicitarea_#552190_a_fost_=C3=AEnregistrat=C4=83?=
Message-ID: <osTicket-552190-autoresp-1793265151@electroserv.ro>
In-Reply-To: <20261028090915.2b7c6@shop.example.be>
References: <20261028090915.2b7c6@shop.example.be>
X-Mailer: osTicket Mailer
X-Autoreply: yes
X-Auto-Response-Suppress: ALL, AutoReply
Auto-Submitted: auto-replied
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Stimate client,

Vă mulțumim pentru mesaj. Solicitarea dumneavoastră a fost înregistrată în sistemul nostru de asistență cu numărul #552190 și a fost alocată departamentului Relații Clienți.

Subiect: Supplier privacy questionnaire 2026
Prioritate: Normală
Stare: Deschisă

Un coleg vă va răspunde în cel mult 2 zile lucrătoare. Dacă doriți să adăugați informații, răspundeți la acest e-mail și păstrați numărul solicitării în subiect.

Puteți urmări stadiul solicitării aici:
https://suport.electroserv.ro/view.php?t=552190&e=privacy%40shop.example.be

Cu stimă,
Echipa Electroserv
--
Acesta este un mesaj generat automat.
'''),

    ('ro', 'e-invoicing-platform-new-invoice-notice', 'automated', (),
'''Return-Path: <bounces@notificari.facturahub.ro>
Received: from out-3.notificari.facturahub.ro (out-3.notificari.facturahub.ro [5.2.171.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RpD4h7sTcz3wNy
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 12:41:07 +0100 (CET)
From: FacturaHub <notificari@facturahub.ro>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Factur=C4=83_nou=C4=83_de_la_TEXTIL_DESIGN_SRL_=E2=80=93_TDX_?=
 =?utf-8?Q?2026-1187?=
Date: Thu, 05 Nov 2026 13:41:04 +0200
Message-ID: <inv.TDX-2026-1187.8c2e41@facturahub.ro>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
List-Unsubscribe: <https://app.facturahub.ro/notificari/setari?c=8c2e41>
X-Mailer: FacturaHub Notifier
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bună ziua,

TEXTIL DESIGN SRL (CIF RO18234567) v-a emis o factură nouă prin FacturaHub.

Client:          SHOP EXAMPLE BV (BE0123.456.789)
Factura:         seria TDX nr. 2026-1187
Data emiterii:   05.11.2026
Scadența:        05.12.2026
Total de plată:  12.480,00 EUR

Descărcați factura (PDF și XML UBL):
https://app.facturahub.ro/d/TDX-2026-1187-8c2e41

Ați primit acest mesaj deoarece adresa privacy@shop.example.be este înregistrată ca adresă de facturare pentru clientul SHOP EXAMPLE BV. Puteți modifica destinatarii din contul de client sau îi puteți cere furnizorului să actualizeze adresa.

Mesaj generat automat – vă rugăm să nu răspundeți.
FacturaHub – facturare electronică pentru companii
'''),

    ('ro', 'sales-engagement-sequence-step-3-follow-up', 'automated', (),
'''Return-Path: <andrei.popa@logiflex.ro>
Received: from mail-ed1-f54.google.com (mail-ed1-f54.google.com [209.85.208.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqQ2k6cHbz9pLs
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 08:14:22 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=logiflex.ro; s=google; t=1793862860;
        h=list-unsubscribe:to:subject:message-id:date:from:in-reply-to:references:mime-version;
        bh=5o1Wq8Xk0nC3fY7tLr2Vd4eP9uZb6aJm1sH0gKx3iRw=;
        b=Pq8Zr2nA...
MIME-Version: 1.0
References: <CAJz8Yq1p4Kv0rN2o7Xw3mE5tB9dF6hS1aL0cQ8uG2yVn4iTk7A@mail.gmail.com>
 <CAJz8Yq3mT6oW1vS4bZ8pK0xR2dH9eN5fA7cL3uJ1gY6iQw0Xe2@mail.gmail.com>
In-Reply-To: <CAJz8Yq3mT6oW1vS4bZ8pK0xR2dH9eN5fA7cL3uJ1gY6iQw0Xe2@mail.gmail.com>
From: Andrei Popa <andrei.popa@logiflex.ro>
Date: Tue, 10 Nov 2026 09:14:20 +0200
Message-ID: <CAJz8Yq0bR5nX2wK7pT1vL9dM3fS6hE4aQ8cZ0uY2gI5oNj1Wt3@mail.gmail.com>
Subject: =?UTF-8?Q?Re:_Livr=C4=83ri_mai_rapide_pentru_Shop_Example?=
To: privacy@shop.example.be
List-Unsubscribe: <https://t.logiflex.ro/u/7Kq2Z9>
X-Mailer: Cadenza Sequences 2.8
X-Cadenza-Sequence: ro-benelux-ecom-q4 / step 3 of 5
Content-Type: multipart/alternative; boundary="0000000000009c7e1b0626a3f4d8"

--0000000000009c7e1b0626a3f4d8
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Bună ziua Privacy,

Revin la mesajul meu de săptămâna trecută – poate s-a pierdut printre celelalte e-mailuri.

Pe scurt: Logiflex ajută magazinele online din Benelux să livreze în România și Bulgaria în 48 de ore, cu retururi procesate local. Magazine ca Shop Example își reduc în medie cu 18% costurile de transport pe aceste piețe.

Aveți 15 minute joi sau vineri pentru o discuție scurtă? Puteți alege direct un interval aici: https://meet.logiflex.ro/andrei-popa/15min

Mulțumesc,
Andrei Popa
Business Development Manager | Logiflex Romania SRL
+40 722 481 906

Dacă subiectul nu vă interesează, răspundeți cu „nu, mulțumesc” și nu vă mai scriu. Dezabonare: https://t.logiflex.ro/u/7Kq2Z9

În mar., 3 nov. 2026 la 09:14, Andrei Popa <andrei.popa@logiflex.ro> a scris:
> Bună ziua Privacy,
>
> Vă scriu pentru că am văzut că Shop Example livrează acum și în Europa de Est.
> Logiflex gestionează transportul și retururile pentru peste 40 de magazine online din Benelux.
> Ar avea sens o discuție de 15 minute?
>
> Andrei

--0000000000009c7e1b0626a3f4d8
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

<div dir="ltr"><p>Bună ziua Privacy,</p><p>Revin la mesajul meu de săptămâna trecută – poate s-a pierdut printre celelalte e-mailuri.</p><p>Pe scurt: Logiflex ajută magazinele online din Benelux să livreze în România și Bulgaria în 48 de ore, cu retururi procesate local. Magazine ca Shop Example își reduc în medie cu 18% costurile de transport pe aceste piețe.</p><p>Aveți 15 minute joi sau vineri pentru o discuție scurtă? Puteți alege direct un interval <a href="https://t.logiflex.ro/c/7Kq2Z9/meet">aici</a>.</p><p>Mulțumesc,<br>Andrei Popa<br>Business Development Manager | Logiflex Romania SRL<br>+40 722 481 906</p><p style="font-size:11px;color:#888">Dacă subiectul nu vă interesează, răspundeți cu „nu, mulțumesc” și nu vă mai scriu. <a href="https://t.logiflex.ro/u/7Kq2Z9">Dezabonare</a></p><img src="https://t.logiflex.ro/o/7Kq2Z9-s3.gif" width="1" height="1" alt=""></div>

--0000000000009c7e1b0626a3f4d8--
'''),

    ('ro', 'person-replies-above-our-auto-ack-second-request-delete', 'complaint', ('deletion',),
'''Return-Path: <ioana.dumitrescu.ro@gmail.com>
Received: from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqS0f2wLvz6kHm
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 20:37:15 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1793907433;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
        bh=Vb3nX0q7Kc2Lr8Yt1Wm5Ps9Ez4Hd6Gf0Ja2Nu7Qi3Ro=;
        b=Lm4Tq9...
X-Gm-Message-State: AOJu0YwK3n8Pq2Zr5Xv1Lc7Ts0Bd9Mh4Fe6Wa2Yg8Nk3Ro1Ui5Qj
MIME-Version: 1.0
References: <20260922164012.PRIV-2026-0871@shop.example.be>
In-Reply-To: <20260922164012.PRIV-2026-0871@shop.example.be>
From: Ioana Dumitrescu <ioana.dumitrescu.ro@gmail.com>
Date: Tue, 10 Nov 2026 21:37:01 +0200
Message-ID: <CAB7rT2x9Lm4Qp1Vn8Ks3Ye6Wd0Hf5Gj2Zc7Ru1Ao4Ni9Xt3Sw@mail.gmail.com>
Subject: Re: [PRIV-2026-0871] We have received your request
To: Shop Example Privacy <privacy@shop.example.be>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă scriu a doua oară în aceeași problemă. Pe 22 septembrie v-am cerut să-mi ștergeți datele din contul de client al firmei Casa Verde Interior SRL, unde nu mai lucrez din august. Am primit doar confirmarea automată de mai jos și de atunci nimic, deși a trecut mai mult de o lună și jumătate. Între timp primesc în continuare pe adresa mea personală facturi și oferte destinate firmei.

Vă rog încă o dată să ștergeți numele, numărul meu de telefon și adresa mea de e-mail din contul respectiv și să-mi confirmați în scris. Dacă nu primesc un răspuns până la sfârșitul lunii, depun plângere la autoritatea belgiană pentru protecția datelor (APD/GBA).

Ioana Dumitrescu

În mar., 22 sept. 2026 la 18:40, Shop Example Privacy <privacy@shop.example.be> a scris:
> Dear customer,
>
> Thank you for your message. This is an automatic confirmation that we have received your request.
> Your reference: PRIV-2026-0871
>
> We will answer within one month at the latest. Please keep the reference in the subject line if you write to us again.
>
> Kind regards,
> Shop Example BV - Privacy team
'''),

    # ------------------------------------------------------------------ el
    ('el', 'partner-webinar-platform-reminder', 'automated', (),
'''Return-Path: <bounce-84c1-privacy=shop.example.be@send.webinarhub.example>
Received: from send-12.webinarhub.example (send-12.webinarhub.example [203.0.113.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqV1c8mKdz2hRt
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 10:00:06 +0100 (CET)
From: Delta Logistics Academy <webinars@deltalogistics.gr>
Sender: WebinarHub <noreply@send.webinarhub.example>
Reply-To: academy@deltalogistics.gr
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=A5=CF=80=CE=B5=CE=BD=CE=B8=CF=8D=CE=BC=CE=B9=CF=83=CE=B7:_?=
 =?UTF-8?Q?webinar_=CE=B1=CF=8D=CF=81=CE=B9=CE=BF_11:00?=
Date: Wed, 11 Nov 2026 11:00:03 +0200
Message-ID: <reminder-24h.84c1-55e2-9a7f@send.webinarhub.example>
List-Unsubscribe: <https://live.webinarhub.example/unsub/84c1?r=55e2>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Auto-Submitted: auto-generated
X-Mailer: WebinarHub Notifications
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Γεια σας,

Σας υπενθυμίζουμε ότι το webinar στο οποίο έχετε εγγραφεί ξεκινά αύριο.

«Διασυνοριακές αποστολές e-commerce: τελωνεία, ΦΠΑ και προστασία δεδομένων»
Ημερομηνία: Πέμπτη 12 Νοεμβρίου 2026
Ώρα: 11:00 ώρα Ελλάδας (10:00 ώρα Βρυξελλών)
Διάρκεια: 60 λεπτά

Σύνδεσμος συμμετοχής (προσωπικός, μην τον προωθήσετε):
https://live.webinarhub.example/j/84c1-55e2-9a7f

Προσθήκη στο ημερολόγιο: https://live.webinarhub.example/ics/84c1-55e2-9a7f

Έχετε εγγραφεί με τη διεύθυνση privacy@shop.example.be. Αν δεν μπορείτε να παρακολουθήσετε ζωντανά, θα σας στείλουμε την καταγραφή μετά τη λήξη.

Delta Logistics Α.Ε. – Academy
Διαγραφή από τις υπενθυμίσεις: https://live.webinarhub.example/unsub/84c1?r=55e2
'''),

    ('el', 'hotel-group-supplier-registration-pending', 'automated', (),
'''Return-Path: <noreply@suppliers.olympiahotels.gr>
Received: from relay.olympiahotels.gr (relay.olympiahotels.gr [62.103.88.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RpZ5t1bNqz7kWs
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 08:20:44 +0100 (CET)
Received: from srm-web01 (srm-web01.olympiahotels.local [172.16.3.21])
        by relay.olympiahotels.gr (Postfix) with ESMTP id D41B2600A8
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 09:20:42 +0200 (EET)
From: Olympia Hotels - Supplier Portal <noreply@suppliers.olympiahotels.gr>
To: privacy@shop.example.be
Subject: [Olympia Hotels] =?UTF-8?Q?=CE=95=CE=B3=CE=B3=CF=81=CE=B1=CF=86=CE=AE_?=
 =?UTF-8?Q?=CF=80=CF=81=CE=BF=CE=BC=CE=B7=CE=B8=CE=B5=CF=85=CF=84=CE=AE_=CF=83=CE=B5_?=
 =?UTF-8?Q?=CE=B5=CE=BA=CE=BA=CF=81=CE=B5=CE=BC=CF=8C=CF=84=CE=B7=CF=84=CE=B1?= SUP-26-0392
Date: Mon, 09 Nov 2026 09:20:42 +0200
Message-ID: <srm.SUP-26-0392.reminder1.1793949642@suppliers.olympiahotels.gr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Αγαπητέ συνεργάτη,

Η αίτηση εγγραφής της εταιρείας σας στο Μητρώο Προμηθευτών του ομίλου Olympia Hotels καταχωρίστηκε με αριθμό SUP-26-0392, αλλά δεν μπορεί να εγκριθεί μέχρι να ολοκληρωθεί ο φάκελός σας.

Εκκρεμούν τα εξής:
  1. Βεβαίωση τραπεζικού λογαριασμού (IBAN) σε επιστολόχαρτο της τράπεζας
  2. Πιστοποιητικό εγγραφής στο εμπορικό μητρώο (όχι παλαιότερο των 3 μηνών)
  3. Υπογεγραμμένη Σύμβαση Επεξεργασίας Δεδομένων (DPA) – υπόδειγμα στην ενότητα «Έγγραφα»

Μπορείτε να ανεβάσετε τα έγγραφα στην πύλη προμηθευτών:
https://suppliers.olympiahotels.gr/register/SUP-26-0392

Εάν ο φάκελος δεν ολοκληρωθεί έως τις 30/11/2026, η αίτηση θα αρχειοθετηθεί αυτόματα.

Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
Τμήμα Προμηθειών – Olympia Hotels & Resorts Α.Ε.
'''),

    ('el', 'exchange-online-ndr-greek-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2100.outbound.protection.outlook.com [40.107.7.100])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn1Qd3vTgz5mKx
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 14:31:22 +0100 (CET)
Received: from AM0PR09MB4123.eurprd09.prod.outlook.com (2603:10a6:208:1b0::17)
 by AM0PR09MB4123.eurprd09.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8207.22; Tue, 3 Nov 2026 13:31:20 +0000
From: Microsoft Outlook <postmaster@aigaiocargo.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Tue, 3 Nov 2026 13:31:20 +0000
Content-Type: multipart/report; report-type=delivery-status;
        boundary="a4e2b1c0-7d1f-4b8e-9a3c-5f0e2d1c8b7a"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: el-GR
Message-ID: <8c3d2f10-6b4e-4a9d-b1c7-0e5f9a2d3c61@AM0PR09MB4123.eurprd09.prod.outlook.com>
In-Reply-To: <20261103133036.d7c58@shop.example.be>
References: <20261103133036.d7c58@shop.example.be>
Subject: =?utf-8?Q?=CE=94=CE=B5=CE=BD_=CF=80=CE=B1=CF=81=CE=B1=CE=B4=CF=8C=CE=B8=CE=B7=CE=BA=CE=B5:_?=
 =?utf-8?Q?Sub-processor_list_update_=E2=80=93_November_2026?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
MIME-Version: 1.0

--a4e2b1c0-7d1f-4b8e-9a3c-5f0e2d1c8b7a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Η παράδοση του μηνύματός σας σε αυτούς τους παραλήπτες ή ομάδες απέτυχε:

n.papadopoulos@aigaiocargo.gr
Η διεύθυνση ηλεκτρονικού ταχυδρομείου που εισαγάγατε δεν βρέθηκε. Ελέγξτε τη διεύθυνση του παραλήπτη και δοκιμάστε να στείλετε ξανά το μήνυμα. Αν το πρόβλημα παραμένει, επικοινωνήστε με το γραφείο υποστήριξης.





Διαγνωστικές πληροφορίες για διαχειριστές:

Διακομιστής δημιουργίας: AM0PR09MB4123.eurprd09.prod.outlook.com

n.papadopoulos@aigaiocargo.gr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient n.papadopoulos@aigaiocargo.gr not found by SMTP address lookup'

--a4e2b1c0-7d1f-4b8e-9a3c-5f0e2d1c8b7a
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR09MB4123.eurprd09.prod.outlook.com
Received-From-MTA: dns;mail-out1.shop.example.be
Arrival-Date: Tue, 3 Nov 2026 13:31:18 +0000

Final-Recipient: rfc822;n.papadopoulos@aigaiocargo.gr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient n.papadopoulos@aigaiocargo.gr not found by SMTP address lookup

--a4e2b1c0-7d1f-4b8e-9a3c-5f0e2d1c8b7a
Content-Type: text/rfc822-headers

Received: from mail-out1.shop.example.be (193.191.214.40) by
 AM0PR09MB4123.eurprd09.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8207.22; Tue, 3 Nov 2026 13:31:18 +0000
From: Shop Example Privacy <privacy@shop.example.be>
To: n.papadopoulos@aigaiocargo.gr
Subject: =?utf-8?Q?Sub-processor_list_update_=E2=80=93_November_2026?=
Date: Tue, 3 Nov 2026 14:30:36 +0100
Message-ID: <20261103133036.d7c58@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_shop_2b90c4e1"

--a4e2b1c0-7d1f-4b8e-9a3c-5f0e2d1c8b7a--
'''),

    ('el', 'person-forwards-b2b-newsletter-from-phone-remove-me', 'withdraw_consent', (),
'''Return-Path: <g.antoniou@antoniou-epiplo.gr>
Received: from smtp.hostinggr.example (smtp.hostinggr.example [192.0.2.85])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqX7h0gPsz3dLv
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 13:48:19 +0100 (CET)
Received: from [10.152.41.7] (ppp-94-66-203-17.home.otenet.gr [94.66.203.17])
        (Authenticated sender: g.antoniou@antoniou-epiplo.gr)
        by smtp.hostinggr.example (Postfix) with ESMTPSA id 41C9D20E63
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 14:48:17 +0200 (EET)
Date: Thu, 12 Nov 2026 14:48:12 +0200
Message-ID: <7q2mxk9f1c0l3vb8e4ws5t6p.1793962092143@email.android.com>
From: =?UTF-8?Q?=CE=93=CE=B9=CF=8E=CF=81=CE=B3=CE=BF=CF=82_=CE=91=CE=BD=CF=84=CF=89=CE=BD=CE=AF=CE=BF=CF=85?= <g.antoniou@antoniou-epiplo.gr>
To: privacy@shop.example.be
Subject: Fwd: Shop Example Business - November deals for professionals
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Καλησπέρα σας,

Παρακαλώ αφαιρέστε τη διεύθυνσή μου από τη λίστα σας. Δεν θυμάμαι να έχω εγγραφεί ποτέ και ο σύνδεσμος «unsubscribe» στο κάτω μέρος βγάζει σφάλμα.

Ευχαριστώ,
Γ. Αντωνίου



Στάλθηκε από το Samsung Galaxy smartphone μου.

-------- Αρχικό μήνυμα --------
Από: Shop Example Business <news@shop.example.be>
Ημερομηνία: 12/11/26 10:00 (GMT+02:00)
Προς: g.antoniou@antoniou-epiplo.gr
Θέμα: Shop Example Business - November deals for professionals

Shop Example Business | November deals

Up to 25% off office chairs and desks for your team
Free delivery in Belgium, the Netherlands and Luxembourg on orders over EUR 250

Shop now: https://business.shop.example.be/november

You receive this newsletter because you are registered as a business customer of Shop Example BV.
Unsubscribe: https://news.shop.example.be/u/b7e21c90
'''),

    # ------------------------------------------------------------------ bg
    ('bg', 'exchange-leaver-autoreply-forwarded-to-sales', 'automated', (),
'''Return-Path: <>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2128.outbound.protection.outlook.com [40.107.247.128])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RnB9r3kWfz1pQs
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 10:13:09 +0100 (CET)
Received: from DB9PR05MB8861.eurprd05.prod.outlook.com (2603:10a6:10:2f1::6)
 by DB9PR05MB8861.eurprd05.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8207.22; Wed, 4 Nov 2026 09:13:07 +0000
From: =?utf-8?Q?=D0=A1=D1=82=D0=BE=D1=8F=D0=BD_=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2?= <s.petrov@balkandekor.bg>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?=D0=90=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=B5=D0=BD_?=
 =?utf-8?Q?=D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80:_Your_business_account_at_?=
 =?utf-8?Q?Shop_Example_=E2=80=93_contact_details_check?=
Thread-Topic: =?utf-8?Q?Your_business_account_at_Shop_Example_=E2=80=93_contact_det?=
 =?utf-8?Q?ails_check?=
Thread-Index: AQHbLp2c8Vn4Kx0wQe6Zt1Ym3o5LkA==
Date: Wed, 4 Nov 2026 09:13:07 +0000
Message-ID: <DB9PR05MB8861B2A0C93E4F17D6A5E8F1E3A42@DB9PR05MB8861.eurprd05.prod.outlook.com>
In-Reply-To: <20261104091059.ad31f@shop.example.be>
References: <20261104091059.ad31f@shop.example.be>
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
x-ms-exchange-parent-message-id: <20261104091059.ad31f@shop.example.be>
x-ms-exchange-generated-message-source: Mailbox Rules Agent
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Здравейте,

Благодаря за съобщението. От 1 ноември 2026 г. вече не работя в „Балкан Декор“ ЕООД и тази пощенска кутия не се следи.

Съобщението Ви е препратено автоматично към отдел „Продажби“. По въпроси относно поръчки, фактури и фирмения акаунт, моля, пишете на office@balkandekor.bg или се обадете на 02 981 44 70.

Поздрави,
Стоян Петров
'''),

    ('bg', 'retail-supplier-portal-document-expiring', 'automated', (),
'''Return-Path: <noreply@dostavchici.megadom.bg>
Received: from mail2.megadom.bg (mail2.megadom.bg [212.39.90.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqV4m6sHtz8wPj
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 05:00:41 +0100 (CET)
Received: from portal-app (portal-app.megadom.local [10.40.2.11])
        by mail2.megadom.bg (Postfix) with ESMTP id 77E3A2C04D
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 06:00:39 +0200 (EET)
From: Mega Dom Supplier Portal <noreply@dostavchici.megadom.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=98=D0=B7=D1=82=D0=B8=D1=87=D0=B0=D1=89_=D0=B4=D0=BE=D0=BA=D1=83=D0=BC=D0=B5=D0=BD=D1=82:?= SHOP EXAMPLE BV
Date: Wed, 11 Nov 2026 06:00:39 +0200
Message-ID: <docexp.40718.20261111060039@dostavchici.megadom.bg>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Уважаеми партньори,

Един или повече документи в профила Ви на доставчик изтичат в следващите 30 дни:

Доставчик:   SHOP EXAMPLE BV (№ 40718)

Документ:    Споразумение за обработване на лични данни (чл. 28 от ОРЗД)
Валиден до:  30.11.2026
Статус:      изтича след 19 дни

Документ:    Застрахователна полица „Продуктова отговорност“
Валиден до:  08.12.2026
Статус:      изтича след 27 дни

Моля, качете актуализирани документи в портала преди датата на изтичане. След изтичането им профилът Ви ще бъде маркиран като „непълен“ и новите поръчки към Вас ще бъдат спрени до актуализацията.

Вход в портала: https://dostavchici.megadom.bg/login

Това съобщение е генерирано автоматично. Моля, не отговаряйте на него.
„Мега Дом“ АД – отдел „Доставки“
'''),

    ('bg', 'trade-credit-monitoring-rating-downgrade-alert', 'automated', (),
'''Return-Path: <alerts-bounce@kreditradar.bg>
Received: from mx-out.kreditradar.bg (mx-out.kreditradar.bg [87.120.37.209])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RpQ1s9dVkz4nRw
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 07:45:12 +0100 (CET)
From: KreditRadar <alerts@kreditradar.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=A1=D0=B8=D0=B3=D0=BD=D0=B0=D0=BB:_=D0=B2=D0=BB=D0=BE=D1=88=D0=B5=D0=BD_?=
 =?UTF-8?Q?=D1=80=D0=B5=D0=B9=D1=82=D0=B8=D0=BD=D0=B3_=D0=BD=D0=B0_?=
 =?UTF-8?Q?=D0=91=D0=90=D0=9B=D0=9A=D0=90=D0=9D_=D0=94=D0=95=D0=9A=D0=9E=D0=A0_?=
 =?UTF-8?Q?=D0=95=D0=9E=D0=9E=D0=94?=
Date: Fri, 06 Nov 2026 08:45:09 +0200
Message-ID: <alert.204512387.rating.1793861109@kreditradar.bg>
List-Unsubscribe: <https://app.kreditradar.bg/settings/alerts?unsub=204512387>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

Във Вашия списък за наблюдение има промяна:

Фирма:                      „БАЛКАН ДЕКОР“ ЕООД
ЕИК:                        204512387
Предишен рейтинг:           B (умерен риск)
Нов рейтинг:                C (повишен риск)
Препоръчан кредитен лимит:  8 000 EUR (досега 25 000 EUR)

Причини за промяната:
 - публикуван годишен финансов отчет за 2025 г. със загуба
 - забавени плащания към доставчици над 60 дни (по данни от 3 източника)

Пълен доклад: https://app.kreditradar.bg/company/204512387

Получавате това известие, защото фирмата е включена в списъка за наблюдение на потребител privacy@shop.example.be. Управление на известията: https://app.kreditradar.bg/settings/alerts

КредитРадар – мониторинг на кредитния риск
Това е автоматично съобщение, моля, не отговаряйте.
'''),

    ('bg', 'person-sole-trader-replies-above-our-notice-with-disclaimer-fix-name-address', 'correction', (),
'''Return-Path: <office@mi-design.bg>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2091.outbound.protection.outlook.com [40.107.21.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqR9x4cLmz6tKd
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 14:22:58 +0100 (CET)
Received: from AS8PR07MB7410.eurprd07.prod.outlook.com (2603:10a6:20b:2a7::9)
 by AS8PR07MB7410.eurprd07.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8207.22; Tue, 10 Nov 2026 13:22:56 +0000
From: =?utf-8?Q?=D0=9C=D0=B0=D1=80=D0=B8=D1=8F_=D0=98=D0=BB=D0=B8=D0=B5=D0=B2=D0=B0?= <office@mi-design.bg>
To: Shop Example BV <privacy@shop.example.be>
Subject: RE: Important: update to our privacy notice for business customers
Thread-Topic: Important: update to our privacy notice for business customers
Thread-Index: AQHbMG1k9Tq2Xb0vQ3e8Wn5Rz7Yc4wAAqM3g
Date: Tue, 10 Nov 2026 13:22:56 +0000
Message-ID: <AS8PR07MB74106E2D1B0A47C98F3E5D21E3A42@AS8PR07MB7410.eurprd07.prod.outlook.com>
References: <20261109110000.notice-b2b.40c7@shop.example.be>
In-Reply-To: <20261109110000.notice-b2b.40c7@shop.example.be>
Accept-Language: bg-BG, en-US
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Здравейте,

Пиша в отговор на писмото ви, защото искам да коригирате данните ми в бизнес профила (клиентски № B-31877):
– фамилията ми вече е Илиева (досега Георгиева) – след сключен брак;
– адресът на фирмата е сменен на: 4000 Пловдив, ул. „Иван Вазов“ № 18, ет. 3.

Моля, поправете ги и във фактурите – на последната фактура все още излизат старият адрес и старото ми име.

Благодаря предварително!

С уважение,
Мария Илиева
Управител
ЕТ „Мария Илиева – Интериорен дизайн“
тел.: +359 888 412 376
www.mi-design.bg

ПОВЕРИТЕЛНО: Това съобщение и приложенията към него са предназначени единствено за посочения получател и може да съдържат поверителна информация. Ако сте го получили по грешка, моля, уведомете подателя и го изтрийте.
CONFIDENTIAL: This e-mail and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error, please notify the sender and delete it.

________________________________
От: Shop Example BV <privacy@shop.example.be>
Изпратено: понеделник, 9 ноември 2026 г. 12:00
До: office@mi-design.bg <office@mi-design.bg>
Тема: Important: update to our privacy notice for business customers

Dear business customer,

This is an automatic message. On 1 December 2026 our privacy notice for business customers will change: we have added our new payment provider and a clearer overview of how long we keep invoices and account data.

You do not need to do anything. You can read the new notice at https://business.shop.example.be/privacy

Shop Example BV - Privacy team
'''),
]

"""Seventy-seventh set, book B robots: robot mail of the systems around staff and in-store incidents (guard companies' shift and incident reports, the stores' alarm, CCTV and incident-register systems, staff-scheduling and HR tools, the insurer's claim platform, lost-and-found and review platforms, the whistleblowing channel, ticketing systems, bounces and out-of-office replies of several MTAs and mail clients), plus people whose mail looks automatic (pl cs hr sv ro el bg). Written apart from the rules."""

ROBOTS = [
    ('pl', 'postfix-bounce-polish-mailbox-over-quota', 'automated', (),
'''Return-Path: <>
Received: from mx2.poczta.example.pl (mx2.poczta.example.pl [203.0.113.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc1Wq0Tn3z9vLp
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 09:02:17 +0200 (CEST)
Received: by mx2.poczta.example.pl (Postfix)
        id 7F2A11C0093; Tue, 14 Apr 2026 09:02:16 +0200 (CEST)
Date: Tue, 14 Apr 2026 09:02:16 +0200 (CEST)
From: MAILER-DAEMON@mx2.poczta.example.pl (System pocztowy)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7F2A11C0093.1776150136/mx2.poczta.example.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <20260414070216.7F2A11C0093@mx2.poczta.example.pl>

This is a MIME-encapsulated message.

--7F2A11C0093.1776150136/mx2.poczta.example.pl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

To jest system pocztowy serwera mx2.poczta.example.pl.

Niestety nie udało się dostarczyć Twojej wiadomości do jednego lub
więcej odbiorców. Szczegóły znajdziesz poniżej.

Jeśli potrzebujesz pomocy, skontaktuj się z administratorem poczty
<postmaster@poczta.example.pl>. W wiadomości załącz ten raport.

Powód: skrzynka odbiorcy jest przepełniona (przekroczony limit 2 GB).
Odbiorca musi usunąć część wiadomości, zanim będzie mógł odbierać pocztę.

                   System pocztowy

<m.zawadzki@poczta.example.pl>: host mbox3.poczta.example.pl[10.20.1.13] said:
    552 5.2.2 <m.zawadzki@poczta.example.pl>: Mailbox full / Skrzynka
    przepelniona (in reply to RCPT TO command)

--7F2A11C0093.1776150136/mx2.poczta.example.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.poczta.example.pl
X-Postfix-Queue-ID: 7F2A11C0093
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 14 Apr 2026 09:02:15 +0200 (CEST)

Final-Recipient: rfc822; m.zawadzki@poczta.example.pl
Original-Recipient: rfc822;m.zawadzki@poczta.example.pl
Action: failed
Status: 5.2.2
Remote-MTA: dns; mbox3.poczta.example.pl
Diagnostic-Code: smtp; 552 5.2.2 <m.zawadzki@poczta.example.pl>: Mailbox full /
    Skrzynka przepelniona

--7F2A11C0093.1776150136/mx2.poczta.example.pl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mail-out1.shop.example.be (mail-out1.shop.example.be [192.0.2.25])
	by mx2.poczta.example.pl (Postfix) with ESMTPS id 7F2A11C0093
	for <m.zawadzki@poczta.example.pl>; Tue, 14 Apr 2026 09:02:15 +0200 (CEST)
From: Shop Example - Ochrona danych <privacy@shop.example.be>
To: Marek Zawadzki <m.zawadzki@poczta.example.pl>
Subject: Odp: Raport z kontroli plecaka - sklep Antwerpia Meir - Pana wniosek o dostęp do danych (art. 15 RODO)
Date: Tue, 14 Apr 2026 09:02:11 +0200
Message-ID: <prv-2026-0412-pl-reply@shop.example.be>

--7F2A11C0093.1776150136/mx2.poczta.example.pl--
'''),
    ('pl', 'exchange-out-of-office-polish-guard-coordinator', 'automated', (),
'''Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2101.outbound.protection.outlook.com [40.107.103.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc6Nn2Zk8z3pQw
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 11:47:03 +0200 (CEST)
From: "Kowalczyk, Anna" <anna.kowalczyk@vistula-security.example>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: Automatyczna odpowiedź: Prośba o kopię raportu VS-BE-2026-0871 (wniosek klienta, art. 15 RODO)
Thread-Topic: =?utf-8?q?Pro=C5=9Bba_o_kopi=C4=99_raportu_VS-BE-2026-0871?=
Thread-Index: AQHczbT1x8v0l3q2QkW5mT0a9cDqXg==
Date: Wed, 15 Apr 2026 09:47:01 +0000
Message-ID: <VI1PR03MB7741A2F0C3D84B19E5AE7B10C6232@VI1PR03MB7741.eurprd03.prod.outlook.example>
In-Reply-To: <prv-2026-0412-guard@shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Inbox-Rules-Loop: anna.kowalczyk@vistula-security.example
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dzień dobry,

dziękuję za wiadomość. Przebywam na urlopie do poniedziałku 27.04.2026
włącznie i nie mam dostępu do poczty.

W sprawach raportów ze zdarzeń oraz wniosków dotyczących danych osobowych
(RODO: dostęp do raportu, sprostowanie, usunięcie nagrań) proszę pisać na
adres iod@vistula-security.example.
W sprawach grafiku pracowników ochrony w sklepach Shop Example w Antwerpii
i Gandawie zastępuje mnie Piotr Sadowski, tel. +32 3 201 44 90.

Wiadomość nie zostanie przekazana automatycznie.

Pozdrawiam
Anna Kowalczyk
Koordynator obiektów – Belgia
Vistula Security Sp. z o.o., oddział w Belgii
'''),
    ('pl', 'staff-scheduling-monthly-personal-data-access-summary', 'automated', (),
'''Return-Path: <bounce-7731-privacy=shop.example.be@mail.grafikon.example>
Received: from mta-14.mail.grafikon.example (mta-14.mail.grafikon.example [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KbZ0m1Hc2z7wRt
        for <privacy@shop.example.be>; Wed, 01 Apr 2026 06:00:41 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=grafikon.example; s=gk2025;
	h=from:to:subject:date:message-id; bh=8xQ0mVv4RJr2hB1kY3tLwK9pZ6sN0aE5fG7cD2uI4oM=;
	b=Wn3kR8pQ1vT6xZ0bM4cJ7sH2yF5gL9dN3aK6eU8iO1rV4tX7wB0zC2qE5hP8jS
From: Grafikon <powiadomienia@grafikon.example>
To: privacy@shop.example.be
Subject: Grafikon: miesięczne podsumowanie dostępu do danych osobowych pracowników - marzec 2026
Date: Wed, 01 Apr 2026 04:00:39 +0000
Message-ID: <monthly-gdpr.shop-example-be.2026-03@grafikon.example>
Auto-Submitted: auto-generated
Precedence: bulk
Feedback-ID: gdpr-summary:shop-example-be:grafikon
X-Mailer: Grafikon Notify 3.8
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="gk-alt-20260401-7731"

--gk-alt-20260401-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

GRAFIKON - PODSUMOWANIE MIESIĘCZNE (RODO)
Organizacja: Shop Example NV (BE) - 41 sklepów
Okres: 01.03.2026 - 31.03.2026
Odbiorca: Inspektor Ochrony Danych (rola: IOD / privacy@shop.example.be)

Dostęp do danych osobowych pracowników
  Wyświetlenia profili pracowników:            12 418
  Wyświetlenia danych kontaktowych (tel.):        611
  Eksporty grafików z danymi osobowymi:            37
  Eksporty CSV pełnych kartotek:                    2  (!)
  Nieudane logowania kierowników:                  19

Zdarzenia wymagające uwagi
  - 2 eksporty CSV pełnych kartotek (imię, nazwisko, adres, telefon, IBAN)
    wykonane przez konto "kier.sklep.0217" (Leuven) 18.03.2026 22:41 i 22:44.
  - 1 konto kierownika nieużywane od 90 dni: "kier.sklep.0153" (Mons).
  - 4 zamiany zmian zatwierdzone bez wymaganego potwierdzenia pracownika.

Retencja
  Dane 23 byłych pracowników osiągnęły okres przechowywania. Zostaną
  automatycznie usunięte 15.04.2026, chyba że administrator wstrzyma
  usunięcie (np. toczące się postępowanie).

Zobacz pełny raport: https://app.grafikon.example/org/shop-example-be/gdpr/2026-03

Ta wiadomość została wygenerowana automatycznie. Nie odpowiadaj na nią.
Grafikon sp. z o.o. przetwarza dane pracowników jako podmiot przetwarzający
w imieniu Shop Example NV (art. 28 RODO).

--gk-alt-20260401-7731
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<h3 style="color:#3a5bd9">Grafikon - podsumowanie miesięczne (RODO)</h3>
<p>Shop Example NV (BE) &middot; 01.03.2026 - 31.03.2026</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Wyświetlenia profili pracowników</td><td align="right">12 418</td></tr>
<tr><td>Wyświetlenia danych kontaktowych</td><td align="right">611</td></tr>
<tr><td>Eksporty grafików z danymi osobowymi</td><td align="right">37</td></tr>
<tr style="color:#c00"><td>Eksporty CSV pełnych kartotek</td><td align="right">2</td></tr>
</table>
<p><b>Retencja:</b> dane 23 byłych pracowników zostaną usunięte 15.04.2026.</p>
<p><a href="https://app.grafikon.example/org/shop-example-be/gdpr/2026-03">Pełny raport</a></p>
<p style="font-size:11px;color:#888">Wiadomość wygenerowana automatycznie. Grafikon przetwarza dane w imieniu Shop Example NV (art. 28 RODO).</p>
</body></html>

--gk-alt-20260401-7731--
'''),
    ('pl', 'guard-company-incident-report-bag-search-pdf', 'automated', (),
'''Return-Path: <raporty@vistula-security.example>
Received: from patroldesk.vistula-security.example (patroldesk.vistula-security.example [198.51.100.203])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KZk3s0Pq9z1mNb
        for <privacy@shop.example.be>; Sat, 14 Mar 2026 17:05:12 +0100 (CET)
From: Vistula Security - System raportowy <raporty@vistula-security.example>
To: sklep.antwerpen.meir@shop.example.be
Cc: privacy@shop.example.be
Subject: Raport zdarzenia nr VS-BE-2026-0871 - Shop Example Antwerpen Meir - kontrola bagażu
Date: Sat, 14 Mar 2026 17:05:09 +0100
Message-ID: <VS-BE-2026-0871.1773504309@patroldesk.vistula-security.example>
X-Mailer: PatrolDesk 4.2.1
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="PD-0871-mixed"

--PD-0871-mixed
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

RAPORT ZDARZENIA  VS-BE-2026-0871
-----------------------------------------------
Obiekt:          Shop Example Antwerpen Meir (obiekt 0412)
Data/godz.:      14.03.2026, 16:31
Pracownik:       ochr. nr 2290 (T. Mazurek)
Rodzaj:          kontrola bagażu przy wyjściu (bez alarmu bramki)
Powód:           zachowanie klienta przy dziale kosmetyki
                 (obserwacja CCTV, kamera K-07)

Osoba kontrolowana
  Nazwisko:      Z******* M****
  Dokument:      dowód osobisty PL, nr ***3318 (sprawdzony wzrokowo)
  Wynik:         brak towaru nieopłaconego, paragon zgodny
  Postawa:       spokojna, współpracująca

Działania:       brak dalszych działań; osoba opuściła sklep 16:38
Policja:         nie wzywano

Pełny raport w załączniku (PDF). Nagranie CCTV z kamer K-07 i K-12
zabezpieczono na 30 dni zgodnie z polityką przechowywania.

UWAGA - DANE OSOBOWE. Raport zawiera dane osobowe przetwarzane przez
Vistula Security w imieniu Shop Example NV zgodnie z RODO (art. 28).
Nie przekazywać osobom nieupoważnionym. Wnioski osób, których dane
dotyczą (dostęp, sprostowanie, usunięcie), kieruje administrator.

Wiadomość wygenerowana automatycznie przez PatrolDesk.

--PD-0871-mixed
Content-Type: application/pdf; name="VS-BE-2026-0871.pdf"
Content-Disposition: attachment; filename="VS-BE-2026-0871.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKMSAwIG9iajw8L1R5cGUvQ2F0YWxvZy9QYWdlcyAyIDAgUj4+ZW5kb2JqCjIgMCBv
Ymo8PC9UeXBlL1BhZ2VzL0tpZHNbMyAwIFJdL0NvdW50IDE+PmVuZG9iagozIDAgb2JqPDwvVHlw
ZS9QYWdlL1BhcmVudCAyIDAgUi9NZWRpYUJveFswIDAgNTk1IDg0Ml0+PmVuZG9iagp0cmFpbGVy
PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==

--PD-0871-mixed--
'''),
    ('pl', 'person-reply-to-helpdesk-ack-asks-for-cctv-and-report', 'access', (),
'''Return-Path: <w.gorski.be@gmail.com>
Received: from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcB7d5Rv1z2tHs
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 21:13:48 +0200 (CEST)
MIME-Version: 1.0
References: <ticket-48213-ack@helpdesk.shop.example.be>
In-Reply-To: <ticket-48213-ack@helpdesk.shop.example.be>
From: Wojciech Gorski <w.gorski.be@gmail.com>
Date: Thu, 16 Apr 2026 21:13:31 +0200
Message-ID: <CAM7xq2P0s9Lk4Tz8dWv1yHh3nB6pE0rU5cF2gJ9aQmK7oXw@mail.gmail.com>
Subject: Re: [Zgłoszenie #48213] Otrzymaliśmy Twoją wiadomość
To: Shop Example Obsługa Klienta <privacy@shop.example.be>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Dzień dobry, dostałem tylko tę automatyczną odpowiedź, więc piszę jeszcze raz konkretnie:

chcę dostać kopię raportu, który ochroniarz sporządził o mnie 11 kwietnia w sklepie w Brugii (przeszukanie torby przy wyjściu, ok. 18:20), oraz nagranie albo przynajmniej zdjęcia z kamer, na których jestem. Chcę też wiedzieć, komu ten raport wysłano.

Wojciech Górski
0468 77 21 05

czw., 16 kwi 2026 o 09:02 Shop Example Obsługa Klienta <noreply@helpdesk.shop.example.be> napisał(a):

> Dzień dobry,
>
> dziękujemy za wiadomość. Twoje zgłoszenie otrzymało numer #48213.
> Odpowiemy najszybciej, jak to możliwe, zwykle w ciągu 5 dni roboczych.
>
> Jeśli Twoja sprawa dotyczy danych osobowych (RODO), zostanie
> przekazana do naszego zespołu ochrony danych.
>
> Prosimy nie odpowiadać na tę wiadomość.
>
> Zespół Obsługi Klienta Shop Example
'''),
    ('cs', 'qmail-bounce-czech-provider-no-such-mailbox', 'automated', (),
'''Return-Path: <>
Received: from mx1.posta-cz.example (mx1.posta-cz.example [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KbT1w7Gd0z4sJx
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 14:26:55 +0200 (CEST)
Date: 20 Apr 2026 12:26:54 -0000
From: MAILER-DAEMON@mx1.posta-cz.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <1776688014.55102.qmail@mx1.posta-cz.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den, toto je program qmail-send na serveru mx1.posta-cz.example.
Bohužel se nepodařilo doručit Vaši zprávu na níže uvedené adresy.
Jedná se o trvalou chybu; další pokusy o doručení nebudou prováděny.

Hi. This is the qmail-send program at mx1.posta-cz.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<p.svobodova88@posta-cz.example>:
Schránka neexistuje. / Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 55099 invoked from network); 20 Apr 2026 12:26:54 -0000
Received: from mail-out1.shop.example.be (192.0.2.25)
  by mx1.posta-cz.example with ESMTPS; 20 Apr 2026 12:26:54 -0000
From: Shop Example - Ochrana osobních údajů <privacy@shop.example.be>
To: p.svobodova88@posta-cz.example
Subject: Potvrzení: výmaz Vašeho zákaznického účtu a osobních údajů
Date: Mon, 20 Apr 2026 14:26:50 +0200
Message-ID: <prv-2026-0419-cs-erasure@shop.example.be>
Content-Type: text/plain; charset=utf-8

Dobrý den, paní Svobodová,

potvrzujeme, že Váš věrnostní účet byl zrušen a Vaše osobní údaje
(jméno, adresa, telefon, historie nákupů) byly vymazány z našich systémů
v souladu s čl. 17 GDPR. Údaje, které jsme povinni uchovávat ze zákona
(účetní doklady), jsou blokovány a nejsou přístupné zaměstnancům prodejen.

S pozdravem
Tým ochrany osobních údajů, Shop Example NV
'''),
    ('cs', 'nvr-cctv-retention-and-disk-alert', 'automated', (),
'''Received: from nvr0217.stores.shop.example.be (unknown [10.42.17.5])
        by relay-int.shop.example.be (Postfix) with SMTP id 0B3F2E4011
        for <privacy@shop.example.be>; Sun, 19 Apr 2026 03:00:07 +0200 (CEST)
From: NVR-SE-0217 <nvr0217@stores.shop.example.be>
To: privacy@shop.example.be, it-stores@shop.example.be
Subject: [NVR-SE-0217] Upozornění: chyba disku HDD2 / automatické mazání záznamů
Date: Sun, 19 Apr 2026 03:00:05 +0200
Message-ID: <20260419030005.0217.alert@nvr0217.stores.shop.example.be>
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Zařízení:       NVR-SE-0217 (Shop Example Leuven Diestsestraat)
Čas události:   2026-04-19 03:00:02
Typ události:   Chyba disku (HDD2) + Retenční úloha

[1] HDD2: stav "Abnormální" - záznam kamer CH09-CH16 je od 02:41 přerušen.
    Zkontrolujte disk, záznam z pokladen a vchodu se momentálně neukládá.

[2] Retenční úloha dokončena:
    Záznamy starší než 30 dní (do 2026-03-19 23:59) byly automaticky
    smazány v souladu s nastavenou politikou ochrany osobních údajů (GDPR).
    Kanály: CH01-CH16
    Smazáno: 2 814 GB
    Zamčené záznamy (výjimka z mazání): 3
      - CH04 2026-03-28 15:10-15:55  (zámek: incident / policie)
      - CH07 2026-03-14 16:20-16:45  (zámek: kontrola zavazadla)
      - CH11 2026-03-02 11:00-11:30  (zámek: úraz zákazníka)

Tato zpráva byla odeslána automaticky. Neodpovídejte na ni.
'''),
    ('cs', 'guard-shift-report-evening-leuven', 'automated', (),
'''Return-Path: <hlaseni@ostraha-servis.example>
Received: from app01.ostraha-servis.example (app01.ostraha-servis.example [198.51.100.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcD2r8Wm5z6yBn
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 22:17:40 +0200 (CEST)
From: "GuardTrack - Ostraha Servis" <hlaseni@ostraha-servis.example>
Reply-To: dispecink@ostraha-servis.example
To: vedouci.leuven@shop.example.be
Cc: privacy@shop.example.be
Subject: Směnové hlášení 15.04.2026 - Shop Example Leuven Diestsestraat (směna 14:00-22:00)
Date: Wed, 15 Apr 2026 22:17:36 +0200
Message-ID: <shift.0217.20260415.1400@guardtrack.ostraha-servis.example>
X-Mailer: GuardTrack Reports 5.0
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

SMĚNOVÉ HLÁŠENÍ
Objekt:    Shop Example Leuven Diestsestraat (0217)
Směna:     15.04.2026 14:00 - 22:00
Strážný:   č. 4417 (R. Havel), č. 4502 (L. Maes)

14:00  Převzetí směny, bez závad.
15:42  Kontrola zavazadla u výstupu na žádost pokladní (pokladna 3).
       Osoba: žena, cca 30 let. Výsledek: negativní. Údaje nezaznamenány.
17:05  Spuštění EAS brány, příčina: neodstraněná ochrana na zboží.
       Vyřešeno s pokladnou, bez dalších opatření.
18:30  Nalezena peněženka u samoobslužných pokladen - obsahuje OP
       (jméno a číslo zapsáno do knihy nálezů č. N-0217-088),
       předáno na informace.
19:50  Zadržení osoby podezřelé z krádeže (kosmetika, 64,90 EUR).
       Přivolána policie, PV LE.21.L5.007118/26. Pořízena fotografie
       osoby pro interní evidenci - viz incident INC-0217-2026-041.
22:00  Předání směny, alarm aktivován 22:09.

Hlášení obsahuje osobní údaje. Zpracování v souladu s GDPR na základě
smlouvy se zpracovatelem. Lhůta uložení: 12 měsíců.
Automaticky vygenerováno systémem GuardTrack.
'''),
    ('cs', 'person-from-company-info-address-with-auto-signature-ban-photo', 'deletion', (),
'''Return-Path: <info@ucetnictvi-vesela.example>
Received: from smtp.webhosting-cz.example (smtp.webhosting-cz.example [203.0.113.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcF9a1Lq2z8kMv
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 08:04:12 +0200 (CEST)
From: "Účetnictví Veselá s.r.o." <info@ucetnictvi-vesela.example>
To: privacy@shop.example.be
Subject: Fotografie - zákaz vstupu (Ref. SE/BAN/2026/0331)
Date: Fri, 17 Apr 2026 08:04:09 +0200
Message-ID: <ek3-20260417080409-4471@ucetnictvi-vesela.example>
X-Mailer: eKancelar 3.1 (odeslano z modulu Posta)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

píšu z firemní adresy, soukromou poštu teď nemám po ruce.

V březnu mi Vaše prodejna v Bruselu (Rue Neuve) poslala zákaz vstupu kvůli údajné krádeži. Ke stažení zákazu došlo 9. 4. (dopis mám, ref. výše), vedoucí prodejny uznal, že šlo o omyl při skenování zboží. Žádám proto, abyste smazali fotografii, kterou mi tehdy ostraha pořídila, a všechny záznamy k tomu zákazu. Potvrzení prosím na hana.vesela@seznam.example.

Hana Veselá

--
Tento e-mail byl odeslán ze systému eKancelář.
Účetnictví Veselá s.r.o. | IČO 04418870 | Avenue Louise 231, 1050 Bruxelles
Tato zpráva a její přílohy jsou důvěrné a jsou určeny výhradně adresátovi.
Pokud jste tuto zprávu obdrželi omylem, informujte prosím odesílatele a zprávu smažte.
Zpráva neobsahuje žádné viry. Zkontrolováno: AV-Scan 2026.04.
'''),
    ('hr', 'gmail-vacation-responder-croatian', 'automated', (),
'''Return-Path: <tomislav.vukovic.be@gmail.com>
Received: from mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcH0p3Xn7z5rTd
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 10:31:22 +0200 (CEST)
MIME-Version: 1.0
From: Tomislav Vuković <tomislav.vukovic.be@gmail.com>
Date: Tue, 21 Apr 2026 10:31:20 +0200
Message-ID: <CAJk2Lm0vQs8tR4n1Yx7pHb3ZdE6wFgA9cU5oK2iNjMq0sT@mail.gmail.com>
Subject: Godišnji odmor / Re: Vaš zahtjev za pristup - zapisnik o nezgodi
To: Shop Example - Zaštita podataka <privacy@shop.example.be>
In-Reply-To: <prv-2026-0420-hr-access@shop.example.be>
References: <prv-2026-0420-hr-access@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Poštovani,

hvala na poruci. Na godišnjem sam odmoru u Hrvatskoj do 4. svibnja i e-poštu čitam samo povremeno.

Ako se radi o dokumentima za zahtjev moje supruge (pad u trgovini), molim pišite direktno njoj.

Lijep pozdrav,
Tomislav Vuković
'''),
    ('hr', 'insurer-claim-portal-status-copy-for-policyholder', 'automated', (),
'''Return-Path: <bounce+claims.26-BE-004912@notify.assurix.example>
Received: from out-3.notify.assurix.example (out-3.notify.assurix.example [198.51.100.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcJ5s6Vb0z1qWe
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 16:02:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=assurix.example; s=notify1;
	h=from:to:subject:date:message-id:mime-version; bh=Ys3kT0nQ7wP1vR9mX5bL2cJ8hF4gD6aE0uI3oN1sZkM=;
	b=Hq4Lp9Wv2Tn6Bx0Kc3Mj8Rf5Dz1Gy7Ns4Qa0Eu2Vk9Pt6Hb3Jw8Ld1Xm5Cr0Fz4Sg
From: Assurix - Portal za štete <no-reply@claims.assurix.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Obavijest_o_statusu_od=C5=A1tetnog_zahtjeva_br=2E_26-BE-004912?=
Date: Thu, 23 Apr 2026 14:02:06 +0000
Message-ID: <status.26-BE-004912.20260423140206@claims.assurix.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Assurix-Claim: 26-BE-004912
X-Assurix-Locale: hr-HR
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="ax-26BE004912-alt"

--ax-26BE004912-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

status od=C5=A1tetnog zahtjeva u kojem ste navedeni kao osiguranik je promi=
jenjen.
(Kopija za osiguranika - zahtjev je podnesen na hrvatskom jeziku.)

Broj zahtjeva:      26-BE-004912
Osiguranik:         Shop Example NV - op=C4=87a odgovornost
O=C5=A1te=C4=87ena osoba:     I. J*** (datum ro=C4=91enja **.**.1979)
Doga=C4=91aj:            pad na stepenicama, trgovina Namur, 10.02.2026.
Novi status:        U obradi - potrebna dodatna dokumentacija

Za nastavak obrade potrebni su nam:
- preslika zapisnika o nezgodi iz registra incidenata trgovine,
- izjava djelatnika koji je pru=C5=BEio pomo=C4=87,
- snimka nadzorne kamere (ako postoji) za razdoblje 14:40 - 15:10.

Dokumente mo=C5=BEete u=C4=8Ditati na portalu za =C5=A1tete:
https://claims.assurix.example/c/26-BE-004912

ZA=C5=A0TITA OSOBNIH PODATAKA
Assurix obra=C4=91uje osobne podatke o=C5=A1te=C4=87ene osobe, uklju=C4=8Du=
ju=C4=87i podatke
o zdravlju, isklju=C4=8Divo radi obrade ovog od=C5=A1tetnog zahtjeva, u skl=
adu
s Op=C4=87om uredbom o za=C5=A1titi podataka (GDPR). Ispitanik ima pravo na
pristup, ispravak i brisanje podataka te pravo na prigovor. Zahtjevi
se upu=C4=87uju slu=C5=BEbeniku za za=C5=A1titu podataka: dpo@assurix.examp=
le.

Ova je poruka automatski generirana. Molimo ne odgovarajte na nju.
Assurix - Slu=C5=BEba za =C5=A1tete

--ax-26BE004912-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px">
<p>Po=C5=A1tovani,</p>
<p>status od=C5=A1tetnog zahtjeva u kojem ste navedeni kao osiguranik je pr=
omijenjen.<br><i>(Kopija za osiguranika)</i></p>
<table cellpadding=3D"4">
<tr><td>Broj zahtjeva</td><td><b>26-BE-004912</b></td></tr>
<tr><td>O=C5=A1te=C4=87ena osoba</td><td>I. J*** (**.**.1979)</td></tr>
<tr><td>Doga=C4=91aj</td><td>pad na stepenicama, trgovina Namur, 10.02.2026=
.</td></tr>
<tr><td>Novi status</td><td style=3D"color:#c60">U obradi - potrebna dodatn=
a dokumentacija</td></tr>
</table>
<p><a href=3D"https://claims.assurix.example/c/26-BE-004912">Otvori zahtjev=
 na portalu</a></p>
<p style=3D"font-size:11px;color:#777">Assurix obra=C4=91uje osobne podatke=
, uklju=C4=8Duju=C4=87i podatke o zdravlju, isklju=C4=8Divo radi obrade ovo=
g zahtjeva (GDPR). Pravo na pristup, ispravak, brisanje i prigovor: dpo@ass=
urix.example. Ova je poruka automatski generirana.</p>
</body></html>

--ax-26BE004912-alt--
'''),
    ('hr', 'whistleblowing-channel-new-report-assigned', 'automated', (),
'''Return-Path: <noreply@speakup-portal.example>
Received: from smtp-eu2.speakup-portal.example (smtp-eu2.speakup-portal.example [198.51.100.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcK8t2Yc4z9pLf
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 19:44:30 +0200 (CEST)
From: Kanal za prijavu nepravilnosti - Shop Example <noreply@speakup-portal.example>
To: privacy@shop.example.be
Subject: Nova prijava dodijeljena Vama - WB-7731-KQ (Zaštita podataka / ponašanje zaposlenika)
Date: Fri, 17 Apr 2026 17:44:27 +0000
Message-ID: <case.WB-7731-KQ.assigned.1776447867@speakup-portal.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani voditelju predmeta,

putem kanala za prijavu nepravilnosti zaprimljena je nova prijava koja je
dodijeljena Vašoj ulozi (Službenik za zaštitu podataka).

Referentni broj:   WB-7731-KQ
Zaprimljeno:       17.04.2026. u 19:41
Jezik prijave:     hrvatski
Kategorija:        Zaštita osobnih podataka / Ponašanje zaposlenika
Lokacija:          Trgovina (naziv naveden u prijavi)
Prijavitelj:       anoniman (komunikacija samo putem portala)
Privitci:          1 (snimka zaslona)

Rokovi prema Direktivi (EU) 2019/1937:
- potvrda primitka prijavitelju: do 24.04.2026.
- povratna informacija prijavitelju: do 17.07.2026.

Sadržaj prijave i identitet prijavitelja dostupni su isključivo u portalu
nakon prijave s dvostrukom autentifikacijom. Iz razloga zaštite osobnih
podataka (GDPR) sadržaj se ne šalje e-poštom. Ne prosljeđujte ovu
poruku i ne pokušavajte utvrditi identitet prijavitelja.

Otvori predmet: https://shop-example.speakup-portal.example/case/WB-7731-KQ

Ovo je automatska obavijest. Odgovori na ovu adresu se ne čitaju.
'''),
    ('hr', 'person-forwards-closed-ticket-wrong-incident-description', 'correction', (),
'''Return-Path: <mirela.saric@hotmail.com>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2081.outbound.protection.outlook.com [40.92.91.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcM3v9Zd6z2xNg
        for <privacy@shop.example.be>; Sat, 18 Apr 2026 12:20:51 +0200 (CEST)
From: Mirela Šarić <mirela.saric@hotmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: FW: [SE-Helpdesk] Vaš zahtjev #77120 je zatvoren
Date: Sat, 18 Apr 2026 10:20:48 +0000
Message-ID: <AM6P195MB0941C4E0B77A21F3D9A8E2C4B6272@AM6P195MB0941.EURP195.PROD.OUTLOOK.example>
Content-Language: hr-HR
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dobar dan,

prosljeđujem vam ovo jer mi je helpdesk zatvorio zahtjev, a ono što piše u njemu nije točno. U opisu incidenta stoji da je moj sin "razbio bocu vina namjerno". Nije. Boca je pala s police kad je kolica udarila u nju, i to je vidio i zaposlenik koji je došao čistiti. Molim da to ispravite u vašem zapisu o incidentu, ne želim da moje dijete bude zabilježeno tako.

Mirela Šarić

________________________________
Od: SE-Helpdesk <noreply@helpdesk.shop.example.be>
Poslano: četvrtak, 16. travnja 2026. 17:03
Prima: mirela.saric@hotmail.com
Predmet: [SE-Helpdesk] Vaš zahtjev #77120 je zatvoren

Poštovana gospođo Šarić,

Vaš zahtjev #77120 je riješen i zatvoren.

Sažetak: Incident 04.04.2026, trgovina Mechelen - dijete namjerno razbilo bocu vina (odjel pića). Šteta 12,99 EUR otpisana, bez naplate kupcu.

Ako niste zadovoljni rješenjem, odgovorite na ovu poruku u roku od 7 dana.

Ova je poruka automatski generirana.
'''),
    ('sv', 'o365-ndr-swedish-recipient-not-found', 'automated', (),
'''Received: from AM9PR02MB7420.eurprd02.prod.outlook.example (2603:10a6:20b:3a1::14)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcN6w0Ae8z3yPh
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 15:38:02 +0200 (CEST)
From: postmaster@svea-konsult.example
To: privacy@shop.example.be
Date: Mon, 13 Apr 2026 13:38:00 +0000
Subject: =?utf-8?q?Det_gick_inte_att_leverera=3A_Svar_p=C3=A5_din_beg=C3=A4ran_-_tilltr=C3=A4desf=C3=B6rbud?=
Message-ID: <e0b3f7c1-2a91-4d38-9bb0-6c1f3a7e0d52@AM9PR02MB7420.eurprd02.prod.outlook.example>
In-Reply-To: <prv-2026-0413-sv-access@shop.example.be>
Auto-Submitted: auto-replied
Content-Language: sv-SE
X-MS-Exchange-Message-Is-Ndr:
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ndr_b71f0c2e-6e40-4a3b-91d5-3f0a88c1d7e4"

--ndr_b71f0c2e-6e40-4a3b-91d5-3f0a88c1d7e4
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="alt_2c9e8f10-55a7-4c2b-a0f3-71d4e6b09a18"

--alt_2c9e8f10-55a7-4c2b-a0f3-71d4e6b09a18
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Det gick inte att leverera ditt meddelande till oskar.bergstrom@svea-konsult.example eftersom adressen inte hittades eller inte kan ta emot e-post.

Så här åtgärdar du problemet
Meddelandet kunde inte levereras. Kontrollera att mottagarens e-postadress är rätt stavad och försök att skicka meddelandet igen. Om problemet kvarstår kontaktar du mottagaren på annat sätt (till exempel per telefon) och ber hen att kontakta sin e-postadministratör.

Mer information för e-postadministratörer
Fel som rapporterades: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

Originalmeddelandets sidhuvuden:
Från: privacy@shop.example.be
Ämne: Svar på din begäran - tillträdesförbud

--alt_2c9e8f10-55a7-4c2b-a0f3-71d4e6b09a18
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:15px">
<p style="font-size:18px;color:#c00000"><b>Det gick inte att leverera ditt meddelande till oskar.bergstrom@svea-konsult.example</b> eftersom adressen inte hittades eller inte kan ta emot e-post.</p>
<p><b>Så här åtgärdar du problemet</b><br>Kontrollera att mottagarens e-postadress är rätt stavad och försök igen.</p>
<p style="font-size:12px;color:#666">Fel som rapporterades: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup</p>
</body></html>

--alt_2c9e8f10-55a7-4c2b-a0f3-71d4e6b09a18--

--ndr_b71f0c2e-6e40-4a3b-91d5-3f0a88c1d7e4
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR02MB7420.eurprd02.prod.outlook.example
Received-From-MTA: dns;mail-out1.shop.example.be
Arrival-Date: Mon, 13 Apr 2026 13:37:58 +0000

Final-Recipient: rfc822;oskar.bergstrom@svea-konsult.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--ndr_b71f0c2e-6e40-4a3b-91d5-3f0a88c1d7e4
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

From: Shop Example - Dataskydd <privacy@shop.example.be>
To: oskar.bergstrom@svea-konsult.example
Subject: Svar på din begäran - tillträdesförbud
Date: Mon, 13 Apr 2026 15:37:55 +0200
Message-ID: <prv-2026-0413-sv-access@shop.example.be>
Content-Type: multipart/mixed; boundary="prv-sv-0413"

--ndr_b71f0c2e-6e40-4a3b-91d5-3f0a88c1d7e4--
'''),
    ('sv', 'review-platform-new-review-names-employee', 'automated', (),
'''Return-Path: <bounce-8842107@notify.omdomen.example>
Received: from mta2.notify.omdomen.example (mta2.notify.omdomen.example [198.51.100.164])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcQ1x4Bf9z5zRj
        for <privacy@shop.example.be>; Sun, 19 Apr 2026 18:12:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=omdomen.example; s=n1;
	h=from:to:subject:date:list-unsubscribe:message-id; bh=Kd0xP4sQ8mV2tR6nB1yL9cH3wF7gJ5aE0uT2oI8zXkN=;
	b=Ub7Mq2Xr5Wn0Kv3Tp8Lc1Hj6Fz4By9Ds2Ga5Ek0Nq7Vt3Rw8Pm1Ji6Cx4Zf0Ls3Oh
From: =?utf-8?q?Omd=C3=B6mesportalen_f=C3=B6r_f=C3=B6retag?= <noreply@omdomen.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Ny_recension_av_Shop_Example_Uccle_=E2=80=93_2_av_5_stj=C3=A4rnor?=
Date: Sun, 19 Apr 2026 16:12:41 +0000
Message-ID: <review.8842107.notify.1776615161@omdomen.example>
List-Unsubscribe: <https://business.omdomen.example/settings/notifications?u=be71c0>, <mailto:unsubscribe+be71c0@omdomen.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: review-new:biz-be71c0:omdomen
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="om-8842107"

--om-8842107
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ny recension av Shop Example Uccle
★★☆☆☆  "Kassörskan Sara var otrevlig"
av Mikael R. · 19 april 2026

"Handlade i lördags vid 17. Kassörskan (Sara Lindqvist enligt namnskylten)
suckade högt när jag bad om en påse och sa att jag kunde packa själv.
Inte första gången. Annars bra butik."

⚠ Vår automatiska granskning har upptäckt att recensionen kan innehålla
personuppgifter om en tredje person (fullständigt namn). Enligt våra
riktlinjer och GDPR kan du begära att recensionen granskas eller att
namnet tas bort.

Svara offentligt: https://business.omdomen.example/r/8842107/reply
Begär granskning: https://business.omdomen.example/r/8842107/report

Du får detta mejl eftersom privacy@shop.example.be är registrerad som
kontakt för företagsprofilen Shop Example Uccle.
Avsluta prenumerationen: https://business.omdomen.example/settings/notifications?u=be71c0
Omdömesportalen AB, Box 4410, 102 65 Stockholm

--om-8842107
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html lang=3D"sv"><body style=3D"margin:0;background:#f4f4f4=
">
<table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0"><tr><td align=3D"=
center">
<table width=3D"600" style=3D"background:#fff;font-family:Helvetica,Arial,s=
ans-serif;color:#222">
<tr><td style=3D"padding:24px"><h2 style=3D"margin:0 0 12px">Ny recension a=
v Shop Example Uccle</h2>
<p style=3D"font-size:20px;color:#f5a623;margin:0">&#9733;&#9733;&#9734;&#9=
734;&#9734;</p>
<p><b>&rdquo;Kass=C3=B6rskan Sara var otrevlig&rdquo;</b><br>av <b>Mikael R=
.</b> &middot; 19 april 2026</p>
<blockquote style=3D"border-left:3px solid #ddd;margin:0;padding-left:12px"=
>Handlade i l=C3=B6rdags vid 17. Kass=C3=B6rskan (Sara Lindqvist enligt nam=
nskylten) suckade h=C3=B6gt n=C3=A4r jag bad om en p=C3=A5se och sa att jag=
 kunde packa sj=C3=A4lv. Inte f=C3=B6rsta g=C3=A5ngen. Annars bra butik.</b=
lockquote>
<p style=3D"background:#fff6e0;padding:10px;font-size:13px">&#9888; V=C3=A5=
r automatiska granskning har uppt=C3=A4ckt att recensionen kan inneh=C3=A5l=
la personuppgifter om en tredje person (fullst=C3=A4ndigt namn). Enligt v=
=C3=A5ra riktlinjer och GDPR kan du beg=C3=A4ra att recensionen granskas el=
ler att namnet tas bort.</p>
<p><a href=3D"https://business.omdomen.example/r/8842107/reply" style=3D"ba=
ckground:#0a6;color:#fff;padding:10px 18px;text-decoration:none">Svara offe=
ntligt</a>
&nbsp; <a href=3D"https://business.omdomen.example/r/8842107/report">Beg=C3=
=A4r granskning</a></p>
</td></tr>
<tr><td style=3D"padding:16px 24px;font-size:11px;color:#888">Du f=C3=A5r d=
etta mejl eftersom privacy@shop.example.be =C3=A4r registrerad som kontakt =
f=C3=B6r f=C3=B6retagsprofilen Shop Example Uccle.
<a href=3D"https://business.omdomen.example/settings/notifications?u=3Dbe71=
c0">Avsluta prenumerationen</a> &middot; <a href=3D"https://omdomen.example=
/integritet">Integritetspolicy</a><br>Omd=C3=B6mesportalen AB, Box 4410, 10=
2 65 Stockholm</td></tr>
</table></td></tr></table></body></html>

--om-8842107--
'''),
    ('sv', 'zimbra-vacation-reply-swedish', 'automated', (),
'''Return-Path: <per.hakansson@forsakring-partner.example>
Received: from zimbra.forsakring-partner.example (zimbra.forsakring-partner.example [203.0.113.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcR4y7Cg1z6aSk
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 08:55:19 +0200 (CEST)
Date: Wed, 22 Apr 2026 08:55:17 +0200 (CEST)
From: =?utf-8?q?Per_H=C3=A5kansson?= <per.hakansson@forsakring-partner.example>
To: privacy@shop.example.be
Message-ID: <1802260417.88213.1776840917553.JavaMail.zimbra@forsakring-partner.example>
In-Reply-To: <prv-2026-0422-sv-restrict@shop.example.be>
Subject: =?utf-8?q?Fr=C3=A5nvaro_/_Out_of_office?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 9.0.0_GA_4546 (zclient/9.0.0_GA_4546)
Thread-Topic: =?utf-8?q?Fr=C3=A5nvaro_/_Out_of_office?=

Hej,

Jag är tjänstledig till och med den 30 april och läser inte min e-post.

Ärenden om skadeanmälningar från Shop Example (incidentrapporter, spärr
av uppgifter, begäran om registerutdrag) hanteras under tiden av
skadeavdelningen: skador-be@forsakring-partner.example.

Brådskande ärenden: +32 2 640 18 00.

Vänliga hälsningar
Per Håkansson
Skadereglerare, Nordens Försäkring - filial Belgien

I'm on leave until 30 April. Please contact skador-be@forsakring-partner.example.
'''),
    ('sv', 'person-employee-replies-to-review-notice-from-iphone', 'objection', (),
'''Return-Path: <saralindqvist92@icloud.com>
Received: from qs51p00im-qukt01071902.me.com (qs51p00im-qukt01071902.me.com [17.57.155.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcS8z1Dh5z7bTm
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 07:41:06 +0200 (CEST)
From: Sara Lindqvist <saralindqvist92@icloud.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0 (1.0)
Subject: Re: VB: Ny recension av Shop Example Uccle - 2 av 5 stjärnor
Date: Mon, 20 Apr 2026 07:41:01 +0200
Message-Id: <6B1D0E2A-44F7-4C39-9A1E-0F8B3C2D7A51@icloud.com>
References: <review.8842107.notify.1776615161@omdomen.example> <fwd-uccle-20260419@shop.example.be>
In-Reply-To: <fwd-uccle-20260419@shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22E252)

Hej, min chef vidarebefordrade den här till mig och sa att ni ska svara på recensionen med mallen "Vi har pratat med Sara och ...". Jag vill inte att mitt namn skrivs i något offentligt svar och inte heller att recensionen sprids vidare internt med mitt namn. Snälla använd det inte.

Sara L, kassan Uccle

Skickat från min iPhone

> 19 apr. 2026 kl. 18:30 skrev Butik Uccle <butik.uccle@shop.example.be>:
>
> FYI. Privacy-teamet tar svaret, mall "Anställd namngiven".
>
>> Ny recension av Shop Example Uccle
>> ★★☆☆☆  "Kassörskan Sara var otrevlig"
>> av Mikael R. · 19 april 2026
>>
>> ⚠ Vår automatiska granskning har upptäckt att recensionen kan innehålla
>> personuppgifter om en tredje person (fullständigt namn).
>>
>> Svara offentligt: https://business.omdomen.example/r/8842107/reply
'''),
    ('ro', 'exim-bounce-romanian-isp-unrouteable', 'automated', (),
'''Return-Path: <>
Received: from mail.furnizor-ro.example ([203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcT2a5Ej7z8cVn
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 12:09:33 +0200 (CEST)
Received: from Debian-exim by mail.furnizor-ro.example with local (Exim 4.96)
	id 1wQx7R-0004Ka-2F
	for privacy@shop.example.be; Thu, 16 Apr 2026 13:09:31 +0300
X-Failed-Recipients: daniela.popescu@furnizor-ro.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.furnizor-ro.example>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1776334171-eximdsn-1790428157
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wQx7R-0004Ka-2F@mail.furnizor-ro.example>
Date: Thu, 16 Apr 2026 13:09:31 +0300

--1776334171-eximdsn-1790428157
Content-type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Acest mesaj a fost generat automat de serverul de e-mail.
Mesajul dumneavoastră nu a putut fi livrat către unul sau mai mulți
destinatari. Aceasta este o eroare permanentă.

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  daniela.popescu@furnizor-ro.example
    Unrouteable address / Adresa nu există (cont dezactivat)

--1776334171-eximdsn-1790428157
Content-type: message/delivery-status

Reporting-MTA: dns; mail.furnizor-ro.example

Action: failed
Final-Recipient: rfc822;daniela.popescu@furnizor-ro.example
Status: 5.0.0

--1776334171-eximdsn-1790428157
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from mail-out1.shop.example.be ([192.0.2.25])
	by mail.furnizor-ro.example with esmtps (TLS1.3)
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1wQx7Q-0004KU-3A
	for daniela.popescu@furnizor-ro.example; Thu, 16 Apr 2026 13:09:30 +0300
From: Shop Example - Protecția datelor <privacy@shop.example.be>
To: daniela.popescu@furnizor-ro.example
Subject: Confirmare: retragerea consimțământului pentru oferte personalizate
Date: Thu, 16 Apr 2026 12:09:27 +0200
Message-ID: <prv-2026-0416-ro-consent@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Stimată doamnă Popescu,

vă confirmăm că am înregistrat retragerea consimțământului dumneavoastră
pentru oferte personalizate și e-mailuri comerciale. Modificarea intră
în vigoare în cel mult 48 de ore. Cardul de fidelitate rămâne activ.

Echipa de protecție a datelor, Shop Example NV

--1776334171-eximdsn-1790428157--
'''),
    ('ro', 'helpdesk-ticket-acknowledgement-romanian', 'automated', (),
'''Return-Path: <suport@shopexample.deskly.example>
Received: from out-12.deskly.example (out-12.deskly.example [198.51.100.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcV6b8Fk2z9dWp
        for <privacy@shop.example.be>; Fri, 10 Apr 2026 14:51:19 +0200 (CEST)
From: Shop Example Suport <suport@shopexample.deskly.example>
Reply-To: Shop Example Suport <suport+id20931@shopexample.deskly.example>
To: privacy@shop.example.be
Subject: [#RO-20931] Am primit solicitarea dumneavoastră: Copie după buletin la obiecte pierdute
Date: Fri, 10 Apr 2026 12:51:17 +0000
Message-ID: <ticket-20931-ack.1775825477@shopexample.deskly.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Deskly-Ticket-Id: 20931
X-Deskly-Account: shopexample
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă mulțumim că ne-ați contactat. Solicitarea dumneavoastră a fost
înregistrată cu numărul #RO-20931 și va fi preluată de un coleg în cel
mult 2 zile lucrătoare.

Subiect: Copie după buletin la obiecte pierdute
Categorie (automat): Date personale / GDPR
Prioritate: Normală

Dacă solicitarea privește datele dumneavoastră personale (acces,
rectificare, ștergere, opoziție, retragerea consimțământului), aceasta
va fi transmisă automat responsabilului cu protecția datelor (DPO).
Termenul legal de răspuns este de o lună de la primire.

Pentru a adăuga informații, răspundeți la acest e-mail fără a modifica
subiectul.

Cu stimă,
Echipa Suport Shop Example

--
Acest mesaj a fost trimis automat de Deskly. Vă rugăm să nu modificați
linia de subiect. ##- Vă rugăm să scrieți deasupra acestei linii -##
'''),
    ('ro', 'alarm-monitoring-centre-intrusion-event', 'automated', (),
'''Received: from dispatcher.dispecer-paza.example (dispatcher.dispecer-paza.example [203.0.113.97])
        by mx1.shop.example.be (Postfix) with SMTP id 4KcW0c1Gm4z1eXq
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 03:19:48 +0200 (CEST)
From: AlarmNet Dispecerat <alarme@dispecer-paza.example>
To: securitate.magazine@shop.example.be, privacy@shop.example.be
Subject: ALARMA EFRACTIE - Zona 3 (depozit) - Shop Example Charleroi Rive Gauche - 17.04.2026 03:12
Date: Fri, 17 Apr 2026 03:19:46 +0200
Message-ID: <evt-0619-20260417031246@dispatcher.dispecer-paza.example>
X-Mailer: AlarmNet Dispatcher 2.8
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

RAPORT EVENIMENT ALARMA
=======================
Obiectiv:      Shop Example Charleroi Rive Gauche (cod 0619)
Centrala:      panou P-0619-A, partitia 1
Eveniment:     E130 Alarma efractie - Zona 3 (depozit, usa spate)
Ora:           17.04.2026 03:12:46
Armare:        03:58 (16.04) de catre utilizator #07 (manager magazin)

03:12:46  Alarma receptionata
03:13:10  Verificare video: camera CAM-D2 - 2 persoane la usa spate
03:13:52  Apel politie Charleroi - nr. inregistrare 17-04-0061
03:14:30  Apel responsabil cheie #1 (nu raspunde), #2 (confirmat)
03:17:05  Echipaj interventie la fata locului
03:19:40  Eveniment in curs - raport final la inchidere

Imaginile video asociate evenimentului (CAM-D1, CAM-D2) au fost
exportate si sunt pastrate 30 de zile pentru politie, conform politicii
de protectie a datelor personale (GDPR). Stergerea se face automat.

Mesaj generat automat. Nu raspundeti la acest e-mail.
Dispecerat non-stop: +32 71 30 90 00
'''),
    ('ro', 'person-pastes-store-sms-and-stops-texts', 'withdraw_consent', (),
'''Return-Path: <ana.luca78@yahoo.com>
Received: from sonic311-24.consmr.mail.ir2.yahoo.com (sonic311-24.consmr.mail.ir2.yahoo.com [77.238.176.156])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcX3d4Hn6z2fYr
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 20:48:15 +0200 (CEST)
Date: Tue, 21 Apr 2026 18:48:11 +0000 (UTC)
From: Ana Luca <ana.luca78@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1188420377.2290514.1776797291004@mail.yahoo.com>
Subject: SMS de la 8844 Shop Example
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: WebService/1.1.25211 YMailNorrin

8844 Shop Example, 21.04 18:02:
"Shop Example: Obiectul dvs. pierdut (umbrela, Ref. LF-0311) poate fi ridicat de la Info Ixelles pana la 05.05. PS: -20% la cosmetice weekendul acesta! Dezabonare: STOP la 8844"

Buna seara, am dat numarul meu la obiecte pierdute doar ca sa fiu anuntata de umbrela, nu pentru reclame. Am raspuns STOP si tot am primit inca unul. Nu mai sunt de acord sa primesc SMS-uri de la voi, va rog scoateti-ma.

Ana Luca

Trimis din Yahoo Mail pentru Android
'''),
    ('el', 'gmail-bounce-greek-address-not-found', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcY7e2Jp8z3gZs
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 17:26:40 +0200 (CEST)
Received: by 2002:a05:6402:1e8b:b0:5f1:aa3c::1 with SMTP id a11csp201934edb;
        Wed, 22 Apr 2026 08:26:39 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <prv-2026-0422-el-access@shop.example.be>
In-Reply-To: <prv-2026-0422-el-access@shop.example.be>
X-Failed-Recipients: d.alexiou.gent@gmail.com
Message-ID: <68062c3f.5d0a0220.1b7e3.0a4fGMR@mx.google.com>
Date: Wed, 22 Apr 2026 08:26:39 -0700 (PDT)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000b7e5c2063a4f11d2"; report-type=delivery-status

--000000000000b7e5c2063a4f11d2
Content-Type: multipart/related; boundary="000000000000b7e7a9063a4f11d5"

--000000000000b7e7a9063a4f11d5
Content-Type: multipart/alternative; boundary="000000000000b7e7b0063a4f11d6"

--000000000000b7e7b0063a4f11d6
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit


** Η διεύθυνση δεν βρέθηκε **

Το μήνυμά σας δεν παραδόθηκε στη διεύθυνση d.alexiou.gent@gmail.com, επειδή η διεύθυνση δεν βρέθηκε ή δεν μπορεί να λάβει μηνύματα.

Μάθετε περισσότερα στη διεύθυνση https://support.google.com/mail/?p=NoSuchUser

Η απάντηση ήταν:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5f1aa3c0b2asor.8 - gsmtp

--000000000000b7e7b0063a4f11d6
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

<html><head></head><body>
<div style="font-family:Google Sans,Roboto,Arial,sans-serif;max-width:560px">
<h2 style="font-weight:400;color:#202124">Η διεύθυνση δεν βρέθηκε</h2>
<p>Το μήνυμά σας δεν παραδόθηκε στη διεύθυνση <a style="color:#212121;text-decoration:none"><b>d.alexiou.gent@gmail.com</b></a>, επειδή η διεύθυνση δεν βρέθηκε ή δεν μπορεί να λάβει μηνύματα.</p>
<p style="color:#5f6368">Η απάντηση ήταν:</p>
<p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist.</p>
</div></body></html>

--000000000000b7e7b0063a4f11d6--

--000000000000b7e7a9063a4f11d5--

--000000000000b7e5c2063a4f11d2
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 22 Apr 2026 08:26:38 -0700 (PDT)
X-Original-Message-ID: <prv-2026-0422-el-access@shop.example.be>

Final-Recipient: rfc822; d.alexiou.gent@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Wed, 22 Apr 2026 08:26:39 -0700 (PDT)

--000000000000b7e5c2063a4f11d2
Content-Type: message/rfc822

From: Shop Example - Προστασία Δεδομένων <privacy@shop.example.be>
To: d.alexiou.gent@gmail.com
Subject: Απάντηση στο αίτημα πρόσβασης - επιστολή απαγόρευσης εισόδου
Date: Wed, 22 Apr 2026 17:26:31 +0200
Message-ID: <prv-2026-0422-el-access@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Αξιότιμε κύριε Αλεξίου,

σε απάντηση του αιτήματός σας βάσει του άρθρου 15 ΓΚΠΔ, σας αποστέλλουμε
συνημμένα αντίγραφο του φακέλου απαγόρευσης εισόδου ...

--000000000000b7e5c2063a4f11d2--
'''),
    ('el', 'outlook-com-automatic-reply-greek', 'automated', (),
'''Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02olkn2045.outbound.protection.outlook.com [40.92.50.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcZ1f5Kq0z4hAt
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 09:14:27 +0200 (CEST)
From: =?utf-8?b?zpXOu86tzr3OtyDOlC4=?= <eleni.st.bxl@outlook.com>
To: Shop Example <privacy@shop.example.be>
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOkc6vz4TOt868zrEgzrTOuc6xzrPPgc6xz4bOrs+CIM+Gz4nPhM6/zrPPgc6xz4bOr86xz4I=?=
Thread-Topic: =?utf-8?b?zpHOr8+EzrfOvM6xIM60zrnOsc6zz4HOsc+Gzq7PgiDPhs+Jz4TOv86zz4HOsc+Gzq/Osc+C?=
Thread-Index: AQHc01x9fR2vYk7eRlq0b8Wm1Zc0Tw==
Date: Thu, 23 Apr 2026 07:14:25 +0000
Message-ID: <DB5P195MB1442E9A07F2C81D4B3E5A6C1B6212@DB5P195MB1442.EURP195.PROD.OUTLOOK.example>
In-Reply-To: <prv-2026-0423-el-erasure@shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Καλησπέρα σας,

Βρίσκομαι στην Ελλάδα για τις διακοπές του Πάσχα έως τις 3 Μαΐου και ελέγχω το email μου σπάνια.
Θα σας απαντήσω μόλις επιστρέψω.

Ελένη
'''),
    ('el', 'lost-and-found-platform-match-notice-id-card', 'automated', (),
'''Return-Path: <notify@lostfound-platform.example>
Received: from mail3.lostfound-platform.example (mail3.lostfound-platform.example [198.51.100.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcZ5g8Lr3z5iBv
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 10:05:58 +0200 (CEST)
From: =?utf-8?b?zpLPgc6tzrjOt866zrUhIMK3IExvc3QgJiBGb3VuZA==?= <notify@lostfound-platform.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpHOvc+EzrnPg8+Ezr/Or8+HzrnPg863IM6xzr3PhM65zrrOtc65zrzOrc69zr/PhTogz4DOv8+Bz4TOv8+Gz4zOu865IChTaG9wIEV4YW1wbGUgV29sdXdlKQ==?=
Date: Wed, 22 Apr 2026 08:05:55 +0000
Message-ID: <match.LF-BE-2604-19287.1776845155@lostfound-platform.example>
Auto-Submitted: auto-generated
List-Unsubscribe: <https://lostfound-platform.example/el/unsubscribe?t=9f31c2>
Feedback-ID: match-notice:store-0311:lfp
X-Entity-Ref-ID: LF-BE-2604-19287
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="lfp-19287-b"

--lfp-19287-b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Βρέθηκε! · Πλατφόρμα απολεσθέντων αντικειμένων

Ένα αντικείμενο που καταχωρίστηκε από το σημείο παραλαβής
Shop Example Woluwe ταιριάζει με δήλωση απώλειας.

Κωδικός αντικειμένου:  LF-BE-2604-19287
Περιγραφή:             Πορτοφόλι, καφέ δερμάτινο
Περιεχόμενο:           Δελτίο ταυτότητας (ΕΛ, αρ. ***4471),
                       τραπεζική κάρτα (***8830), φωτογραφία
Βαθμός αντιστοίχισης:  92%
Κατάσταση:             Αναμονή επιβεβαίωσης από τον κάτοχο

Προβολή αντιστοίχισης:
https://lostfound-platform.example/el/item/LF-BE-2604-19287

Τα προσωπικά δεδομένα που περιέχονται σε ευρεθέντα έγγραφα ταυτότητας
υποβάλλονται σε επεξεργασία σύμφωνα με τον ΓΚΠΔ (GDPR) μόνο για την
επιστροφή του αντικειμένου και διαγράφονται αυτόματα 90 ημέρες μετά
την παράδοση.
Διαγραφή από τις ειδοποιήσεις:
https://lostfound-platform.example/el/unsubscribe?t=9f31c2

--lfp-19287-b
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHg7Y29sb3I6IzIyMiI+CjxkaXYgc3R5bGU9ImJhY2tncm91bmQ6IzFkNGU4OTtjb2xvcjoj
ZmZmO3BhZGRpbmc6MTRweCAyMHB4O2ZvbnQtc2l6ZToxOHB4Ij7Oks+Bzq3OuM63zrrOtSEgJm1p
ZGRvdDsgzqDOu86xz4TPhs+Mz4HOvM6xIM6xz4DOv867zrXPg864zq3Ovc+Ez4nOvSDOsc69z4TO
uc66zrXOuc68zq3Ovc+Jzr08L2Rpdj4KPGRpdiBzdHlsZT0icGFkZGluZzoyMHB4Ij4KPHA+zojO
vc6xIM6xzr3PhM65zrrOtc6vzrzOtc69zr8gz4DOv8+FIM66zrHPhM6xz4fPic+Bzq/Pg8+EzrfO
us61IM6xz4DPjCDPhM6/IM+DzrfOvM61zq/OvyDPgM6xz4HOsc67zrHOss6uz4IgPGI+U2hvcCBF
eGFtcGxlIFdvbHV3ZTwvYj4gz4TOsc65z4HOuc6szrbOtc65IM68zrUgzrTOrs67z4nPg863IM6x
z4DPjs67zrXOuc6xz4IuPC9wPgo8dGFibGUgY2VsbHBhZGRpbmc9IjUiIHN0eWxlPSJib3JkZXIt
Y29sbGFwc2U6Y29sbGFwc2U7Ym9yZGVyOjFweCBzb2xpZCAjY2NjIj4KPHRyPjx0ZD7Oms+JzrTO
uc66z4zPgiDOsc69z4TOuc66zrXOuc68zq3Ovc6/z4U8L3RkPjx0ZD48Yj5MRi1CRS0yNjA0LTE5
Mjg3PC9iPjwvdGQ+PC90cj4KPHRyPjx0ZD7OoM61z4HOuc6zz4HOsc+Gzq48L3RkPjx0ZD7OoM6/
z4HPhM6/z4bPjM67zrksIM66zrHPhs6tIM60zrXPgc68zqzPhM65zr3OvzwvdGQ+PC90cj4KPHRy
Pjx0ZD7OoM61z4HOuc61z4fPjM68zrXOvc6/ICjOus6xz4TOrCDOtM6uzrvPic+DzrcgzrrOsc+E
zrHPg8+Ezq7OvM6xz4TOv8+CKTwvdGQ+PHRkPs6UzrXOu8+Ezq/OvyDPhM6xz4XPhM+Mz4TOt8+E
zrHPgiAozpXOmywgzrHPgS4gKioqNDQ3MSksIM+Ez4HOsc+AzrXOts65zrrOriDOus6sz4HPhM6x
ICgqKio4ODMwKSwgz4bPic+Ezr/Os8+BzrHPhs6vzrE8L3RkPjwvdHI+Cjx0cj48dGQ+zpLOsc64
zrzPjM+CIM6xzr3PhM65z4PPhM6/zq/Ph865z4POt8+CPC90ZD48dGQ+OTIlPC90ZD48L3RyPgo8
dHI+PHRkPs6azrHPhM6sz4PPhM6xz4POtzwvdGQ+PHRkPs6Rzr3Osc68zr/Ovc6uIM61z4DOuc6y
zrXOss6xzq/Pic+DzrfPgiDOsc+Az4wgz4TOv869IM66zqzPhM6/z4fOvzwvdGQ+PC90cj4KPC90
YWJsZT4KPHA+PGEgaHJlZj0iaHR0cHM6Ly9sb3N0Zm91bmQtcGxhdGZvcm0uZXhhbXBsZS9lbC9p
dGVtL0xGLUJFLTI2MDQtMTkyODciIHN0eWxlPSJiYWNrZ3JvdW5kOiMxZDRlODk7Y29sb3I6I2Zm
ZjtwYWRkaW5nOjhweCAxNnB4O3RleHQtZGVjb3JhdGlvbjpub25lIj7OoM+Bzr/Oss6/zrvOriDO
sc69z4TOuc+Dz4TOv86vz4fOuc+DzrfPgjwvYT48L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTFw
eDtjb2xvcjojNzc3Ij7OpM6xIM+Az4HOv8+Dz4nPgM65zrrOrCDOtM61zrTOv868zq3Ovc6xIM+A
zr/PhSDPgM61z4HOuc6tz4fOv869z4TOsc65IM+DzrUgzrXPhc+BzrXOuM6tzr3PhM6xIM6tzrPO
s8+BzrHPhs6xIM+EzrHPhc+Ez4zPhM63z4TOsc+CIM+Fz4DOv86yzqzOu867zr/Ovc+EzrHOuSDP
g861IM61z4DOtc6+zrXPgc6zzrHPg86vzrEgz4PPjc68z4bPic69zrEgzrzOtSDPhM6/zr0gzpPO
ms6gzpQgKEdEUFIpIM68z4zOvc6/IM6zzrnOsSDPhM63zr0gzrXPgM65z4PPhM+Bzr/Phs6uIM+E
zr/PhSDOsc69z4TOuc66zrXOuc68zq3Ovc6/z4UgzrrOsc65IM60zrnOsc6zz4HOrM+Gzr/Ovc+E
zrHOuSDOsc+Fz4TPjM68zrHPhM6xIDkwIM63zrzOrc+BzrXPgiDOvM61z4TOrCDPhM63zr0gz4DO
sc+BzqzOtM6/z4POty4gPGEgaHJlZj0iaHR0cHM6Ly9sb3N0Zm91bmQtcGxhdGZvcm0uZXhhbXBs
ZS9lbC9wcml2YWN5Ij7OoM6/zrvOuc+EzrnOus6uIM6xz4DOv8+Bz4HOrs+Ezr/PhTwvYT4gJm1p
ZGRvdDsgPGEgaHJlZj0iaHR0cHM6Ly9sb3N0Zm91bmQtcGxhdGZvcm0uZXhhbXBsZS9lbC91bnN1
YnNjcmliZT90PTlmMzFjMiI+zpTOuc6xzrPPgc6xz4bOriDOsc+Az4wgz4TOuc+CIM61zrnOtM6/
z4DOv865zq7Pg861zrnPgjwvYT48L3A+CjwvZGl2PjwvYm9keT48L2h0bWw+Cg==

--lfp-19287-b--
'''),
    ('el', 'person-complaint-sent-through-company-ticket-mailbox', 'complaint', (),
'''Return-Path: <helpdesk@kyriakou-it.example>
Received: from mail.kyriakou-it.example (mail.kyriakou-it.example [203.0.113.174])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kcb0h1Ms5z6jCw
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 11:32:09 +0200 (CEST)
From: "Kyriakou IT Helpdesk" <helpdesk@kyriakou-it.example>
To: privacy@shop.example.be
Subject: [Ticket#2026042410000087] Καταγγελία - φύλακας κατάστημα Λουβέν
Date: Fri, 24 Apr 2026 11:32:05 +0200
Message-ID: <1776936725.Ticket2026042410000087@helpdesk.kyriakou-it.example>
X-Mailer: OTRS Mail Service (6.0.34)
X-OTRS-Loop: no
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Καλημέρα σας,

γράφω από το σύστημα της εταιρείας μου γιατί μόνο αυτό έχω ανοιχτό στο γραφείο, συγγνώμη για τον αριθμό ticket στο θέμα.

Χθες (23/4) ο φύλακας στο κατάστημά σας στη Λουβέν με σταμάτησε στην έξοδο, μου ζήτησε την ταυτότητα και τη φωτογράφισε με το κινητό του. Όταν ρώτησα γιατί, είπε «για το αρχείο». Δεν είχε χτυπήσει καν η πόρτα. Θεωρώ απαράδεκτο να καταλήγει η ταυτότητά μου στο προσωπικό κινητό ενός φύλακα χωρίς καμία εξήγηση και κανένα λόγο.

Υποβάλλω επίσημη καταγγελία. Αν δεν λάβω απάντηση, θα απευθυνθώ στη βελγική Αρχή Προστασίας Δεδομένων.

Κυριάκος Κυριάκου
0494 21 87 60

--
Kyriakou IT Services · Helpdesk
Το μήνυμα αυτό δημιουργήθηκε μέσω του συστήματος διαχείρισης αιτημάτων. Παρακαλούμε διατηρήστε τον αριθμό Ticket στο θέμα σε κάθε απάντηση.
[Ticket#2026042410000087]
'''),
    ('bg', 'sendmail-legacy-bounce-user-unknown-bulgarian-original', 'automated', (),
'''Return-Path: <>
Received: from mail.bgnet-old.example (mail.bgnet-old.example [203.0.113.19])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kcc3j4Nt7z7kDx
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 16:40:12 +0200 (CEST)
Received: from localhost (localhost)
	by mail.bgnet-old.example (8.14.4/8.14.4) id 53KEe9Ux017702;
	Mon, 20 Apr 2026 17:40:11 +0300
Date: Mon, 20 Apr 2026 17:40:11 +0300
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.bgnet-old.example>
Message-Id: <202604201440.53KEe9Ux017702@mail.bgnet-old.example>
To: <privacy@shop.example.be>
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

The original message was received at Mon, 20 Apr 2026 17:40:09 +0300
from mail-out1.shop.example.be [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<d.petrova@bgnet-old.example>
    (reason: 550 5.1.1 <d.petrova@bgnet-old.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mbox.bgnet-old.example.:
>>> DATA
<<< 550 5.1.1 <d.petrova@bgnet-old.example>... User unknown
550 5.1.1 <d.petrova@bgnet-old.example>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

   ----- Original message follows -----

Return-Path: <privacy@shop.example.be>
Received: from mail-out1.shop.example.be (mail-out1.shop.example.be [192.0.2.25])
	by mail.bgnet-old.example (8.14.4/8.14.4) with ESMTP id 53KEe8Tw017699
	for <d.petrova@bgnet-old.example>; Mon, 20 Apr 2026 17:40:09 +0300
From: Shop Example - Защита на данните <privacy@shop.example.be>
To: d.petrova@bgnet-old.example
Subject: Отговор на Вашето искане за достъп до лични данни (чл. 15 ОРЗД)
Date: Mon, 20 Apr 2026 16:40:05 +0200
Message-ID: <prv-2026-0420-bg-access@shop.example.be>
Content-Type: text/plain; charset=utf-8

Уважаема госпожо Петрова,

във връзка с Вашето искане Ви информираме, че касиерите в нашите
магазини виждат при сканиране на картата за лоялност само Вашето име
и броя натрупани точки. Телефонният номер и адресът не се показват
на касата. Прилагаме списък на достъпите до Вашия профил за април ...
'''),
    ('bg', 'thunderbird-vacation-template-reply-minimal-headers', 'automated', (),
'''Return-Path: <n.hristov@mail-bg.example>
Received: from smtp.mail-bg.example (smtp.mail-bg.example [203.0.113.230])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kcd6k7Pv9z8mFy
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 19:03:51 +0200 (CEST)
Message-ID: <c4e1a9b2-7f03-4d6e-b812-5a90d3e7f214@mail-bg.example>
Date: Thu, 23 Apr 2026 20:03:49 +0300
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Николай Христов <n.hristov@mail-bg.example>
To: privacy@shop.example.be
Subject: Отпуск - ще отговоря след 4 май
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Здравейте,

благодаря за писмото. В отпуск съм до 4 май и нямам достъп до пощата си.
Ако е спешно, обадете се на +359 88 712 4409.

Поздрави,
Николай Христов
'''),
    ('bg', 'ticketing-solved-satisfaction-survey-bulgarian', 'automated', (),
'''Return-Path: <support@support.shop-example.deskly.example>
Received: from out-07.deskly.example (out-07.deskly.example [198.51.100.207])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kcf1m0Qw2z9nGz
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 09:00:33 +0200 (CEST)
From: Shop Example Support <support@support.shop-example.deskly.example>
Reply-To: Shop Example Support <support+id51884@support.shop-example.deskly.example>
To: =?utf-8?b?0J7RgtC00LXQuyDQt9Cw0YnQuNGC0LAg0L3QsCDQtNCw0L3QvdC4?= <privacy@shop.example.be>
Subject: =?utf-8?b?W1Nob3AgRXhhbXBsZV0g0JfQsNGP0LLQutCwICM1MTg4NCDQtSDRgNC10YjQtdC90LAg4oCTINC+0YbQtdC90LXRgtC1INC+0LHRgdC70YPQttCy0LDQvdC10YLQvg==?=
Date: Tue, 21 Apr 2026 07:00:31 +0000
Message-ID: <survey-51884.1776754831@support.shop-example.deskly.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Deskly-Ticket-Id: 51884
List-Unsubscribe: <https://support.shop-example.deskly.example/unsubscribe?u=dpo-77>
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="dk-51884-survey"

--dk-51884-survey
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте, Отдел защита на данни,

Заявка #51884 „Моля за копие от доклада за проверката на чантата ми“
беше маркирана като решена и ще бъде затворена автоматично след 72 часа.

Как оценявате обслужването?
Отлично:  https://support.shop-example.deskly.example/s/51884?r=5
Средно:   https://support.shop-example.deskly.example/s/51884?r=3
Лошо:     https://support.shop-example.deskly.example/s/51884?r=1

Ако отговорите на този имейл, заявката ще бъде отворена отново.
Вашите лични данни се обработват съгласно Общия регламент относно
защитата на данните (GDPR). Можете да поискате достъп или изтриване
на данните си по всяко време.
Отписване от анкетите: https://support.shop-example.deskly.example/unsubscribe?u=dpo-77

--dk-51884-survey
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OlNlZ29lIFVJLEFyaWFsLHNhbnMtc2VyaWY7
Zm9udC1zaXplOjE0cHgiPgo8cD7Ql9C00YDQsNCy0LXQudGC0LUsINCe0YLQtNC10Lsg0LfQsNGJ
0LjRgtCwINC90LAg0LTQsNC90L3QuCw8L3A+CjxwPtCX0LDRj9Cy0LrQsCA8Yj4jNTE4ODQ8L2I+
IOKAntCc0L7Qu9GPINC30LAg0LrQvtC/0LjQtSDQvtGCINC00L7QutC70LDQtNCwINC30LAg0L/R
gNC+0LLQtdGA0LrQsNGC0LAg0L3QsCDRh9Cw0L3RgtCw0YLQsCDQvNC44oCcINCx0LXRiNC1INC8
0LDRgNC60LjRgNCw0L3QsCDQutCw0YLQviA8Yj7RgNC10YjQtdC90LA8L2I+INC4INGJ0LUg0LHR
itC00LUg0LfQsNGC0LLQvtGA0LXQvdCwINCw0LLRgtC+0LzQsNGC0LjRh9C90L4g0YHQu9C10LQg
NzIg0YfQsNGB0LAuPC9wPgo8cD7QmtCw0Log0L7RhtC10L3Rj9Cy0LDRgtC1INC+0LHRgdC70YPQ
ttCy0LDQvdC10YLQvj88L3A+CjxwPjxhIGhyZWY9Imh0dHBzOi8vc3VwcG9ydC5zaG9wLWV4YW1w
bGUuZGVza2x5LmV4YW1wbGUvcy81MTg4ND9yPTUiPvCfmIAg0J7RgtC70LjRh9C90L48L2E+ICZu
YnNwOyA8YSBocmVmPSJodHRwczovL3N1cHBvcnQuc2hvcC1leGFtcGxlLmRlc2tseS5leGFtcGxl
L3MvNTE4ODQ/cj0zIj7wn5iQINCh0YDQtdC00L3QvjwvYT4gJm5ic3A7IDxhIGhyZWY9Imh0dHBz
Oi8vc3VwcG9ydC5zaG9wLWV4YW1wbGUuZGVza2x5LmV4YW1wbGUvcy81MTg4ND9yPTEiPvCfmYEg
0JvQvtGI0L48L2E+PC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6Izg4OCI+0JDQ
utC+INC+0YLQs9C+0LLQvtGA0LjRgtC1INC90LAg0YLQvtC30Lgg0LjQvNC10LnQuywg0LfQsNGP
0LLQutCw0YLQsCDRidC1INCx0YrQtNC1INC+0YLQstC+0YDQtdC90LAg0L7RgtC90L7QstC+LiDQ
ktCw0YjQuNGC0LUg0LvQuNGH0L3QuCDQtNCw0L3QvdC4INGB0LUg0L7QsdGA0LDQsdC+0YLQstCw
0YIg0YHRitCz0LvQsNGB0L3QviDQntCx0YnQuNGPINGA0LXQs9C70LDQvNC10L3RgiDQvtGC0L3Q
vtGB0L3QviDQt9Cw0YnQuNGC0LDRgtCwINC90LAg0LTQsNC90L3QuNGC0LUgKEdEUFIpLiDQnNC+
0LbQtdGC0LUg0LTQsCDQv9C+0LjRgdC60LDRgtC1INC00L7RgdGC0YrQvyDQuNC70Lgg0LjQt9GC
0YDQuNCy0LDQvdC1INC90LAg0LTQsNC90L3QuNGC0LUg0YHQuCDQv9C+INCy0YHRj9C60L4g0LLR
gNC10LzQtS4gPGEgaHJlZj0iaHR0cHM6Ly9zdXBwb3J0LnNob3AtZXhhbXBsZS5kZXNrbHkuZXhh
bXBsZS91bnN1YnNjcmliZT91PWRwby03NyI+0J7RgtC/0LjRgdCy0LDQvdC1INC+0YIg0LDQvdC6
0LXRgtC40YLQtTwvYT48L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xvcjojODg4Ij5E
ZXNrbHkgJm1pZGRvdDsgIyMtINCc0L7Qu9GPLCDQv9C40YjQtdGC0LUg0L3QsNC0INGC0L7Qt9C4
INGA0LXQtCAtIyM8L3A+CjwvYm9keT48L2h0bWw+Cg==

--dk-51884-survey--
'''),
    ('bg', 'incident-register-system-new-entry-child-injury', 'automated', (),
'''Received: from safetylog-app01.int.shop.example.be (safetylog-app01.int.shop.example.be [10.8.4.21])
        by relay-int.shop.example.be (Postfix) with ESMTP id 7C11A2E00F4
        for <privacy@shop.example.be>; Sun, 29 Mar 2026 16:22:48 +0200 (CEST)
From: SafetyLog - Регистър на инцидентите <safetylog@shop.example.be>
To: privacy@shop.example.be
Cc: veiligheid@shop.example.be
Subject: [SafetyLog] Нов запис INC-2026-0329-NAM-03: нараняване на клиент (дете) - застрахователят е уведомен
Date: Sun, 29 Mar 2026 16:22:46 +0200
Message-ID: <INC-2026-0329-NAM-03.created@safetylog.int.shop.example.be>
Auto-Submitted: auto-generated
X-SafetyLog-Severity: 2
X-SafetyLog-Locale: bg
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

НОВ ЗАПИС В РЕГИСТЪРА НА ИНЦИДЕНТИТЕ

Номер:            INC-2026-0329-NAM-03
Магазин:          Namur, Avenue de la Plante (0508)
Дата/час:         29.03.2026, 15:47
Категория:        Нараняване на клиент - порязване (стъкло, витрина)
Тежест:           2 от 5 (изпратен в болница)
Пострадал:        непълнолетно лице, 7 г. (данните са видими само за
                  роли "Безопасност" и "Защита на данните")
Придружител:      майка, контакт в записа
Въведено от:      управител на смяна (потр. 0508-SM2)
Свидетели:        2 служители, 1 клиент
Видеозапис:       камери C-05, C-06 - заключени срещу автоматично изтриване

Автоматични действия:
- уведомление до застрахователя (Assurix, полица ГО 55-1100482) изпратено 16:22
- задача "Ремонт витрина" създадена за техническия отдел

ВНИМАНИЕ: записът съдържа лични данни и данни за здравословното
състояние на дете (чл. 9 GDPR). Не препращайте това съобщение.
Искания за достъп, коригиране или изтриване се обработват от
отдел "Защита на данните" чрез SafetyLog.

Отворете записа: https://safetylog.int.shop.example.be/inc/INC-2026-0329-NAM-03
Това е автоматично съобщение.
'''),
    ('bg', 'person-guard-company-dispatcher-writes-from-system-address-invoice', 'other', (),
'''Return-Path: <no-reply@shtit-security.example>
Received: from mail.shtit-security.example (mail.shtit-security.example [203.0.113.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kcg4n3Rx5z1pHb
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 13:17:02 +0200 (CEST)
From: "Shtit Security - Dispatch" <no-reply@shtit-security.example>
To: privacy@shop.example.be
Subject: [DISPATCH] Фактура 03/2026 - обект Hasselt
Date: Wed, 15 Apr 2026 14:16:58 +0300
Message-ID: <dispatch-20260415141658-0931@shtit-security.example>
X-Mailer: ShtitDispatch Console 2.3
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте,

пиша от адреса на диспечерската система, защото личната ми поща не работи от вчера. Моля отговорете на petya.ivanova@shtit-security.example, не на този адрес.

Изпратихме фактурата за охрана на обекта в Hasselt за март (ф-ра № 0000041187, 6 412,80 EUR) на accounts@shop.example.be, но ни върнаха съобщение, че адресът вече не се използва. На кой адрес да изпращаме фактурите от април нататък? Вашият адрес намерих в договора, затова пиша тук.

Благодаря,
Петя Иванова
Счетоводство, Shtit Security BV

--
Съобщение от ShtitDispatch Console. Сигнал 24/7: +32 11 20 77 00
'''),
]

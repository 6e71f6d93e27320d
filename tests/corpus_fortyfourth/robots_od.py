"""Forty-fourth set, robot mail of events, contests, surveys and community, with people hidden among it (pl cs hr sv ro el bg). Written apart from the code."""

import base64
import quopri
from email.header import Header


def _b64(text):
    """Body as base64, wrapped at 76 columns, as the sending systems do."""
    return base64.encodebytes(text.encode('utf-8')).decode('ascii')


def _qp(text):
    """Body as quoted-printable (utf-8)."""
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def _h(text):
    """RFC 2047 encoded word for a non-ASCII header value (ASCII stays as is)."""
    if text.isascii():
        return text
    return Header(text, 'utf-8').encode()


ROBOTS = [
    # 1 -- Polish ticketing platform: registration confirmation with .ics attachment
    ('pl', 'ticketing-registration-confirmation-ics', 'automated', (),
'''Return-Path: <bounce+evt118274.privacy=shop.example.be@mail.eventownik.pl>
Received: from mail.eventownik.pl (mail.eventownik.pl [185.41.22.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7Xk21Lm9z3bT
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:14:37 +0100 (CET)
Received: from app03.eventownik.internal (unknown [10.0.4.13])
        by mail.eventownik.pl (Postfix) with ESMTP id 6C1A2400F1
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:14:36 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=eventownik.pl; s=ev2026;
        t=1793607276; bh=3mZkq0V4c6T1yq8m0rJd2x1QH7u9bLrWfCk5pS0aE1s=;
        h=From:To:Subject:Date:Message-ID;
        b=Yp2kV8s0wqQm4Jt9ZrX1bN6cF3hL7eA5dG2uK8iP0oS4vT1yW3zB6nM9qR2xE5cH
From: Eventownik.pl <powiadomienia@eventownik.pl>
Reply-To: Organizator <kontakt@forum-ochrony-danych.pl>
To: Lotte Vermeulen <privacy@shop.example.be>
Subject: ''' + _h('Potwierdzenie rejestracji: Forum Ochrony Danych w E-commerce 2026') + '''
Date: Mon, 02 Nov 2026 09:14:36 +0100
Message-ID: <20261102081436.118274.7f3c9a@eventownik.pl>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_55120_1994381.1793607276000"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Eventownik-Order: EVT-2026-118274
List-Unsubscribe: <https://eventownik.pl/wypisz?u=b7e1c0a9>

------=_Part_55120_1994381.1793607276000
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dzień dobry,

dziękujemy za rejestrację na wydarzenie:

Forum Ochrony Danych w E-commerce 2026
czwartek, 19 listopada 2026, 09:00–16:30
Hotel Metropolis, ul. Pawia 15, Kraków

Uczestnik: Lotte Vermeulen (Shop Example BV)
Rodzaj biletu: Partner – bezpłatny
Numer zamówienia: EVT-2026-118274

Bilet z kodem QR znajdziesz na stronie zamówienia:
https://eventownik.pl/zamowienie/EVT-2026-118274?k=c81fe0a7

W załączniku przesyłamy plik .ics – dodaj wydarzenie do kalendarza jednym kliknięciem.

Zmiana danych uczestnika lub rezygnacja jest możliwa do 16 listopada w panelu
zamówienia. Po tym terminie prosimy o kontakt bezpośrednio z organizatorem:
kontakt@forum-ochrony-danych.pl

Do zobaczenia w Krakowie!
Zespół Eventownik.pl

--
Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
Administratorem danych uczestników jest organizator wydarzenia; Eventownik sp. z o.o.
przetwarza je w jego imieniu. Więcej: https://eventownik.pl/prywatnosc
''') + '''
------=_Part_55120_1994381.1793607276000
Content-Type: text/calendar; charset=UTF-8; method=PUBLISH; name="wydarzenie.ics"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="wydarzenie.ics"

''' + _b64('''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventownik.pl//Bilety 4.2//PL
METHOD:PUBLISH
BEGIN:VEVENT
UID:evt-55831-118274@eventownik.pl
DTSTAMP:20261102T081436Z
DTSTART;TZID=Europe/Warsaw:20261119T090000
DTEND;TZID=Europe/Warsaw:20261119T163000
SUMMARY:Forum Ochrony Danych w E-commerce 2026
LOCATION:Hotel Metropolis\\, ul. Pawia 15\\, Kraków
DESCRIPTION:Bilet: https://eventownik.pl/zamowienie/EVT-2026-118274
URL:https://eventownik.pl/e/forum-ochrony-danych-2026
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT24H
DESCRIPTION:Jutro: Forum Ochrony Danych w E-commerce 2026
END:VALARM
END:VEVENT
END:VCALENDAR
''') + '''------=_Part_55120_1994381.1793607276000--
'''),

    # 2 -- Polish hosting: localised Postfix bounce, photographer's mailbox full
    ('pl', 'postfix-localised-bounce-quota-photographer', 'automated', (),
'''Return-Path: <>
Received: from s12.home.pl (s12.home.pl [79.96.170.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8Fr06ZsTz3bQ
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 11:02:49 +0100 (CET)
Received: by s12.home.pl (Postfix)
        id 9B7E4C0E51; Tue,  3 Nov 2026 11:02:48 +0100 (CET)
Date: Tue,  3 Nov 2026 11:02:48 +0100 (CET)
From: MAILER-DAEMON@s12.home.pl (System pocztowy)
Subject: ''' + _h('Niedostarczona wiadomość zwrócona do nadawcy') + '''
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="8A3F21C0E4.1793613768/s12.home.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <20261103100248.9B7E4C0E51@s12.home.pl>

This is a MIME-encapsulated message.

--8A3F21C0E4.1793613768/s12.home.pl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

To jest wiadomość systemu pocztowego na serwerze s12.home.pl.

Niestety, Twojej wiadomości nie udało się dostarczyć do jednego lub
więcej odbiorców. Szczegóły znajdziesz poniżej.

Jeśli potrzebujesz pomocy, skontaktuj się z administratorem poczty
(postmaster). Dołącz do zgłoszenia ten raport.

Na tę wiadomość nie należy odpowiadać.

                   System pocztowy

<biuro@studio-kadr.pl>: host s12.home.pl[private/dovecot-lmtp] said: 552
    5.2.2 <biuro@studio-kadr.pl> Quota exceeded (mailbox for user is full) (in
    reply to end of DATA command)

--8A3F21C0E4.1793613768/s12.home.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; s12.home.pl
X-Postfix-Queue-ID: 8A3F21C0E4
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue,  3 Nov 2026 11:02:47 +0100 (CET)

Final-Recipient: rfc822; biuro@studio-kadr.pl
Original-Recipient: rfc822;biuro@studio-kadr.pl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <biuro@studio-kadr.pl> Quota exceeded (mailbox
    for user is full)

--8A3F21C0E4.1793613768/s12.home.pl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mx-out2.shop.example.be (mx-out2.shop.example.be [193.190.44.22])
        by s12.home.pl (Postfix) with ESMTPS id 8A3F21C0E4
        for <biuro@studio-kadr.pl>; Tue,  3 Nov 2026 11:02:47 +0100 (CET)
From: Privacy Team Shop Example <privacy@shop.example.be>
To: biuro@studio-kadr.pl
Subject: ''' + _h('Zdjęcia z warsztatów 17.10 – prośba o usunięcie wizerunku dziecka / photo removal request') + '''
Date: Tue, 3 Nov 2026 11:02:41 +0100
Message-ID: <d1a0e7c3-5b2f-4e8a-9c61-0f7d2b8e4a19@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--8A3F21C0E4.1793613768/s12.home.pl--
'''),

    # 3 -- Exchange Online out-of-office of the photo agency
    ('pl', 'exchange-ooo-photo-agency', 'automated', (),
'''Return-Path: <a.wisniewska@fotoagencja-obiektyw.pl>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [40.107.22.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8Zt13WvMz3bL
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 14:27:03 +0100 (CET)
Received: from PAXPR08MB7164.eurprd08.prod.outlook.com (2603:10a6:102:1b4::9) by
 PAXPR08MB7164.eurprd08.prod.outlook.com (2603:10a6:102:1b4::9) with Microsoft
 SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8137.12; Wed, 4 Nov 2026 13:27:01 +0000
From: =?utf-8?B?QWduaWVzemthIFdpxZtuaWV3c2th?= <a.wisniewska@fotoagencja-obiektyw.pl>
To: Privacy Team Shop Example <privacy@shop.example.be>
Subject: ''' + _h('Automatyczna odpowiedź: Zdjęcia z Dnia Dziecka – prośba o usunięcie z portfolio') + '''
Thread-Topic: ''' + _h('Zdjęcia z Dnia Dziecka – prośba o usunięcie z portfolio') + '''
Thread-Index: AQHbL3kX0m4cQv2aUe6h8FvJpT9wAg==
Date: Wed, 4 Nov 2026 13:27:01 +0000
Message-ID: <PAXPR08MB7164B2E0A1F6D4C35F3D2A77C9512@PAXPR08MB7164.eurprd08.prod.outlook.com>
In-Reply-To: <5f0c2b9e-8d41-4a17-b3e6-2c9a7d1e0f55@shop.example.be>
References: <5f0c2b9e-8d41-4a17-b3e6-2c9a7d1e0f55@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: a.wisniewska@fotoagencja-obiektyw.pl
Content-Language: pl-PL
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Dzień dobry,

dziękuję za wiadomość. Do 13 listopada jestem na zdjęciach wyjazdowych i mam ograniczony dostęp do poczty – odpowiem po powrocie.

W sprawach pilnych (terminy sesji, faktury, pliki dla klientów) proszę pisać na biuro@fotoagencja-obiektyw.pl albo dzwonić pod numer +48 12 345 67 80.

Pozdrawiam serdecznie
Agnieszka Wiśniewska
Fotoagencja Obiektyw
''')),

    # 4 -- PERSON: mother replies above an event reminder, wants her son's photos taken down
    ('pl', 'person-reply-above-event-reminder-son-photos', 'deletion', ('withdraw_consent',),
'''Return-Path: <kasia.nowicka84@gmail.com>
Received: from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBk9m2HcRz3bN
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 21:48:15 +0100 (CET)
Received: by mail-wm1-f52.google.com with SMTP id 5b1f17b1804b1-43d0a5f8c2eso11722635e9.1
        for <privacy@shop.example.be>; Mon, 09 Nov 2026 12:48:14 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
        h=to:in-reply-to:date:message-id:subject:mime-version:from
        :content-transfer-encoding:from:to:cc:subject:date:message-id:reply-to;
        bh=Kq4t0yX9pE2bR7mW1sN5cV8hJ3uL6aD0fG4iT2oQ9zM=;
        b=Hx0kT4rB8mWqL2cV7nS1yJ5pE9aF3dG6uK0iO4tR8zX2bN7mQ1wC5vH9jL3sA6eD
From: Katarzyna Nowicka <kasia.nowicka84@gmail.com>
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: ''' + _h('Re: Herinnering: LEGO-workshop voor kinderen – zaterdag 14 november') + '''
Date: Mon, 9 Nov 2026 21:48:02 +0100
Message-Id: <8E2C4D71-3A9F-4B60-A1D2-6F5E0C9B7A34@gmail.com>
In-Reply-To: <evt-rem-20261109-0930-41877@events.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B83)

''' + _qp('''Dzień dobry,

odpisuję na to przypomnienie, bo nie wiem, gdzie to zgłosić. Przy zapisie na zeszłoroczne warsztaty zaznaczyłam zgodę na zdjęcia i teraz tego żałuję. Na Waszym Facebooku i w galerii na stronie nadal są zdjęcia mojego syna Antka (w zielonej bluzie, album „LEGO-workshop Antwerpen 2025”, zdjęcia nr 12, 13 i 27).

Proszę o usunięcie tych zdjęć. Zgodę na fotografowanie i publikowanie wizerunku syna wycofuję – dotyczy to też sobotnich warsztatów, na które i tak przyjdziemy, bo Antek się bardzo cieszy.

Pozdrawiam
Katarzyna Nowicka

Wysłane z iPhone'a

> Wiadomość napisana przez Shop Example <events@shop.example.be> w dniu 09.11.2026, o godz. 09:30:
>
> Hallo Katarzyna,
>
> Nog even en het is zover! We verwachten jullie op de LEGO-workshop voor kinderen:
>
> Zaterdag 14 november 2026, 10:00 – 12:00
> Shop Example Antwerpen, Meir 48
> Ingeschreven: Antek (7 jaar)
>
> Kom je toch niet? Laat het ons weten via je account, dan geven we de plaats aan de wachtlijst.
>
> Tot zaterdag!
> Het eventteam van Shop Example
''')),

    # 5 -- survey tool: "your survey has 100 new responses"
    ('pl', 'survey-tool-100-new-responses', 'automated', (),
'''Return-Path: <bounces+2281734-9f1e-privacy=shop.example.be@em4411.opiniapro.pl>
Received: from o1.em4411.opiniapro.pl (o1.em4411.opiniapro.pl [167.89.101.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QC0q51bVhz3bS
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 07:05:12 +0100 (CET)
Received: by filterdrecv-6c4b8d7f9-x2kq7 with SMTP id filterdrecv-6c4b8d7f9-x2kq7-1-6731A8D7-22
        2026-11-10 06:05:11.702 +0000 UTC m=+4411871.5521
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=opiniapro.pl; s=s1;
        h=from:subject:mime-version:to:content-type:list-unsubscribe;
        bh=Vd8s1Q0mZ7c4yT2kR9wN3pL6aE5hJ0uF8gB1iX4oS7M=;
        b=Fq3mX8wT1cL6vN0yR4bJ9pE2aK7sD5gH3uZ0iO8tQ1xW6nM4rC9vB2jL7sA0eF5
From: OpiniaPro <powiadomienia@opiniapro.pl>
To: privacy@shop.example.be
Subject: ''' + _h('Ankieta „Warsztaty w sklepach – opinia uczestników” ma 100 nowych odpowiedzi') + '''
Date: Tue, 10 Nov 2026 06:05:11 +0000
Message-ID: <qW3rT7yU9iO1pA5sD2fG8h@geopod-ismtpd-14>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="7e3b1c0a94f24d6a8c5e2b71f0d9a6c3"
Auto-Submitted: auto-generated
List-Unsubscribe: <https://app.opiniapro.pl/ustawienia/powiadomienia?u=57731>,
        <mailto:unsubscribe+57731@opiniapro.pl>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-SG-EID: u001.k2Jf0vQ8mT3cL9wX1pN6yR4bE7aH5sD2gJ0uK8iO3tZ

--7e3b1c0a94f24d6a8c5e2b71f0d9a6c3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Twoja ankieta zbiera odpowiedzi!

„Warsztaty w sklepach – opinia uczestników”
Od ostatniego powiadomienia: 100 nowych odpowiedzi
Łącznie: 412 odpowiedzi | średni czas wypełnienia: 3 min 48 s
Odsetek ukończeń: 87%

Zobacz wyniki: https://app.opiniapro.pl/ankiety/88412/wyniki

Wskazówka: w zakładce „Eksport” możesz pobrać odpowiedzi do pliku XLSX lub CSV.

Otrzymujesz to powiadomienie, ponieważ jesteś współpracownikiem ankiety w koncie
„Shop Example BV – badania”. Powiadomienia możesz wyłączyć w ustawieniach:
https://app.opiniapro.pl/ustawienia/powiadomienia

OpiniaPro sp. z o.o., ul. Zabłocie 23, 30-701 Kraków
''') + '''
--7e3b1c0a94f24d6a8c5e2b71f0d9a6c3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Nowe odpowiedzi</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;padding:24px">
<tr><td><h2 style="color:#1d3b6f">Twoja ankieta zbiera odpowiedzi!</h2>
<p><strong>„Warsztaty w sklepach – opinia uczestników”</strong></p>
<p style="font-size:32px;color:#1d3b6f;margin:8px 0">+100</p>
<p>Łącznie: 412 odpowiedzi &middot; średni czas: 3 min 48 s &middot; ukończenia: 87%</p>
<p><a href="https://app.opiniapro.pl/ankiety/88412/wyniki" style="background:#1d3b6f;color:#fff;padding:10px 18px;text-decoration:none">Zobacz wyniki</a></p>
<p style="font-size:11px;color:#888">Otrzymujesz to powiadomienie jako współpracownik ankiety w koncie „Shop Example BV – badania”.
<a href="https://app.opiniapro.pl/ustawienia/powiadomienia">Wyłącz powiadomienia</a></p>
</td></tr></table></td></tr></table></body></html>
''') + '''
--7e3b1c0a94f24d6a8c5e2b71f0d9a6c3--
'''),

    # 6 -- Czech discussion forum: the privacy team's report of a post was handled
    ('cs', 'forum-moderation-report-handled', 'automated', (),
'''Return-Path: <noreply@slevy-forum.cz>
Received: from mail.slevy-forum.cz (mail.slevy-forum.cz [46.28.105.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7Zn45KdWz3bR
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 16:40:22 +0100 (CET)
Received: from web2.slevy-forum.cz (localhost [127.0.0.1])
        by mail.slevy-forum.cz (Postfix) with ESMTP id 1F0E3A2041
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 16:40:21 +0100 (CET)
Date: Mon, 02 Nov 2026 16:40:21 +0100
From: =?UTF-8?B?U2xldnktZm9ydW0uY3o=?= <noreply@slevy-forum.cz>
Reply-To: =?UTF-8?B?U2xldnktZm9ydW0uY3o=?= <noreply@slevy-forum.cz>
To: shopexample_privacy <privacy@shop.example.be>
Message-ID: <6a1f0b3e-2c8d-4f7a-9e15-b40d7c3a2e91@slevy-forum.cz>
Subject: ''' + _h('[Slevy-forum.cz] Vaše nahlášení příspěvku bylo vyřízeno') + '''
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: list
List-Id: <notifikace.slevy-forum.cz>
List-Unsubscribe: <https://www.slevy-forum.cz/email/odhlasit/6b0e2f1c93>
X-Forum-Post-Id: 882139
X-Forum-Topic-Id: 41207

Dobrý den, shopexample_privacy,

děkujeme za nahlášení příspěvku v tématu
„Shop Example – přišel mi cizí balík i s fakturou?“

Moderátor nahlášení posoudil a příspěvek skryl.
Důvod: Zveřejnění osobních údajů třetí osoby (pravidla fóra, bod 4.2)
Autor příspěvku byl o skrytí informován. Přiložený obrázek byl smazán
ze serveru a náhledy budou z mezipaměti odstraněny do 24 hodin.

Zobrazit téma: https://www.slevy-forum.cz/t/shop-example-prisel-mi-cizi-balik/41207

Tento e-mail byl odeslán automaticky, neodpovídejte na něj.
Upozornění na vyřízená nahlášení si můžete vypnout v nastavení profilu:
https://www.slevy-forum.cz/u/shopexample_privacy/preferences/emails

-- 
Slevy-forum.cz – komunita chytrých nakupujících
'''),

    # 7 -- Thunderbird read receipt from the contest agency (Czech UI)
    ('cs', 'thunderbird-read-receipt-contest-agency', 'automated', (),
'''Return-Path: <jana.kralova@promoakce.cz>
Received: from smtp.promoakce.cz (smtp.promoakce.cz [77.75.76.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QB1hV0Yq7z3bM
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 08:12:51 +0100 (CET)
Message-ID: <3c9a7e10-4f2b-8d6e-a1c5-7b0f2e9d4c38@promoakce.cz>
Date: Thu, 5 Nov 2026 08:12:49 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?UTF-8?B?SmFuYSBLcsOhbG92w6E=?= <jana.kralova@promoakce.cz>
To: Privacy Team Shop Example <privacy@shop.example.be>
Subject: ''' + _h('Potvrzení o přečtení (zobrazeno) - Výmaz údajů účastníků soutěže „Podzimní balíček“') + '''
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------rQ3gNcK0v8Xh2TjW5yLmB1aP"

This is a multi-part message in MIME format.
--------------rQ3gNcK0v8Xh2TjW5yLmB1aP
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Toto je potvrzení o přečtení zprávy, kterou jste odeslali na adresu jana.kralova@promoakce.cz.

Poznámka: Toto potvrzení pouze oznamuje, že zpráva byla zobrazena na počítači příjemce. Neexistuje žádná záruka, že příjemce zprávu přečetl nebo porozuměl jejímu obsahu.

--------------rQ3gNcK0v8Xh2TjW5yLmB1aP
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: promoakce.cz; Mozilla Thunderbird
Final-Recipient: rfc822;jana.kralova@promoakce.cz
Original-Message-ID: <a4c2e1f0-7d3b-4e96-8a15-c0b9f2d7e6a3@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------rQ3gNcK0v8Xh2TjW5yLmB1aP
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

Return-Path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be (mx-out1.shop.example.be [193.190.44.21])
 by smtp.promoakce.cz (Postfix) with ESMTPS id 2D4B71C0086
 for <jana.kralova@promoakce.cz>; Wed, 4 Nov 2026 16:55:07 +0100 (CET)
Message-ID: <a4c2e1f0-7d3b-4e96-8a15-c0b9f2d7e6a3@shop.example.be>
Date: Wed, 4 Nov 2026 16:55:03 +0100
From: Privacy Team Shop Example <privacy@shop.example.be>
To: =?UTF-8?B?SmFuYSBLcsOhbG92w6E=?= <jana.kralova@promoakce.cz>
Subject: =?UTF-8?Q?V=C3=BDmaz_=C3=BAdaj=C5=AF_=C3=BA=C4=8Dastn=C3=ADk=C5=AF_so?=
 =?UTF-8?Q?ut=C4=9B=C5=BEe_=E2=80=9EPodzimn=C3=AD_bal=C3=AD=C4=8Dek=E2=80=9C?=
Disposition-Notification-To: Privacy Team Shop Example <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed

--------------rQ3gNcK0v8Xh2TjW5yLmB1aP--
'''),

    # 8 -- PERSON: forwards the winner-draw notice, one line: why is my address in it
    ('cs', 'person-forward-winner-draw-address-published', 'complaint', ('deletion',),
'''Return-Path: <petr.dvorak77@seznam.cz>
Received: from mxc2.seznam.cz (mxc2.seznam.cz [77.75.77.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QB6rT2xJkz3bP
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 12:31:40 +0100 (CET)
Received: from email.seznam.cz
        by smtpc-mxc-6d8f9c7b4-2hq9l
        (smtpc-mxc-6d8f9c7b4-2hq9l [2a02:598:64:8a00::1000:a21])
        id 5c1e0f8a2b3d4e6f7a8b9c0d;
        Thu, 05 Nov 2026 12:31:39 +0100 (CET)
DKIM-Signature: a=rsa-sha256; t=1793878299; x=1794483099;
        s=szn20221014; d=seznam.cz; c=relaxed/relaxed;
        h=From:To:Subject:Date:Message-Id:Mime-Version:Content-Type;
        b=T2cV8kR1mQ4xN7bW0yL3pE6aJ9sD5gH2uF8iO1tZ4rC7vB0nM3qX6wK9jL2sA5eD
From: =?utf-8?q?Petr_Dvo=C5=99=C3=A1k?= <petr.dvorak77@seznam.cz>
To: <privacy@shop.example.be>
Subject: ''' + _h('Fwd: Congratulations! The Shop Example Autumn Giveaway winners are in') + '''
Date: Thu, 05 Nov 2026 12:31:39 +0100 (CET)
Message-Id: <7Aq.Xk3P.4JmdR1fGh.1h0TtK@seznam.cz>
Mime-Version: 1.0 (Seznam.cz)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Proč je v tomhle mailu, který šel všem účastníkům, moje celá adresa? Okamžitě ji odtud i ze stránky s výherci stáhněte.

---------- Původní e-mail ----------
Od: GiveawayHub <no-reply@giveawayhub.io>
Komu: petr.dvorak77@seznam.cz
Datum: 4. 11. 2026 18:00:04
Předmět: Congratulations! The Shop Example Autumn Giveaway winners are in

Hi there,

Thanks for taking part in the Shop Example Autumn Giveaway! The draw took place on 4 November 2026 and the lucky winners are:

1st prize – weekend trip to the Ardennes: Sofie Claes, Kerkstraat 12, 9000 Gent
2nd prize – €250 voucher: Petr Dvořák, Vinohradská 112, 120 00 Praha 2
3rd prize – €100 voucher: Luc Martin, Rue de l'Église 5, 4000 Liège

Didn't win this time? Keep an eye on your inbox – the Winter Giveaway starts on 1 December!

See all winners: https://giveawayhub.io/c/shopexample-autumn-2026/winners

You received this e-mail because you entered a giveaway hosted on GiveawayHub.
Unsubscribe: https://giveawayhub.io/u/9d2f71
''')),

    # 9 -- research panel provider: monthly report with CSV attachment
    ('cs', 'panel-provider-monthly-report-csv', 'automated', (),
'''Return-Path: <reporty@panelio.cz>
Received: from out3.panelio.cz (out3.panelio.cz [185.8.238.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7Tb10pKcz3bK
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 06:00:14 +0100 (CET)
Received: from reporting-worker-2 (reporting-worker-2.int.panelio.cz [10.20.1.32])
        by out3.panelio.cz (Postfix) with ESMTP id C41A03E0097
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 06:00:13 +0100 (CET)
From: =?UTF-8?Q?Panelio_=E2=80=93_reporting?= <reporty@panelio.cz>
To: privacy@shop.example.be
Cc: research@shop.example.be
Subject: ''' + _h('Měsíční přehled panelu „Shop Example Insiders“ – říjen 2026') + '''
Date: Mon, 02 Nov 2026 06:00:13 +0100
Message-ID: <report.2026-10.panel-1187.1793595613@panelio.cz>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===============5512790439124418833=="
Auto-Submitted: auto-generated
X-Mailer: Panelio Reporting 3.8

--===============5512790439124418833==
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dobrý den,

zasíláme automatický měsíční přehled panelu „Shop Example Insiders“ za období 1.–31. 10. 2026.

Aktivní členové panelu ........ 6 214  (+148 oproti září)
Rozeslané pozvánky ............ 4 200
Dokončené dotazníky ........... 1 132  (míra odezvy 27,0 %)
Odhlášení z panelu ............ 37
Předané žádosti subjektů údajů  3  (k vyřízení ve vašem portálu, sekce Požadavky)
Vyplacené odměny .............. 1 085 × 3,00 EUR (poukázky)
Nedoručitelné pozvánky ........ 22

Podrobné údaje najdete v přiloženém souboru CSV a v klientském portálu:
https://portal.panelio.cz/klient/1187/prehledy

Tato zpráva byla vygenerována automaticky. Na dotazy vám odpoví váš account manager
(Tomáš Beneš, tomas.benes@panelio.cz).

Panelio s.r.o. | Pernerova 35a, 186 00 Praha 8 | IČO 07741552
''') + '''
--===============5512790439124418833==
Content-Type: text/csv; charset="utf-8"; name="panel_1187_2026-10.csv"
MIME-Version: 1.0
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="panel_1187_2026-10.csv"

''' + _b64('''metrika;hodnota;zmena_vs_predchozi
aktivni_clenove;6214;148
pozvanky_odeslane;4200;-310
dotazniky_dokoncene;1132;95
mira_odezvy_pct;27,0;3,1
odhlaseni;37;-5
zadosti_subjektu_predane;3;1
odmeny_vyplacene;1085;92
odmeny_castka_eur;3255,00;276,00
pozvanky_nedorucitelne;22;4
''') + '''--===============5512790439124418833==--
'''),

    # 10 -- Croatian hostess agency: sieve vacation reply (Roundcube "Auto:")
    ('hr', 'sieve-vacation-hostess-agency', 'automated', (),
'''Return-Path: <>
Received: from cpanel14.plus.hr (cpanel14.plus.hr [178.218.167.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8Qw72NbDz3bJ
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 17:06:58 +0100 (CET)
Received: from [127.0.0.1] (helo=cpanel14.plus.hr)
        by cpanel14.plus.hr with local (Exim 4.98)
        (envelope-from <>)
        id 1vQ7hK-0004aT-2b
        for privacy@shop.example.be; Tue, 03 Nov 2026 17:06:58 +0100
Message-ID: <dovecot-sieve-1793721618-492117-0@cpanel14.plus.hr>
Date: Tue, 03 Nov 2026 17:06:58 +0100
From: =?UTF-8?Q?Marija_Juri=C4=87?= <marija.juric@hosteseadria.hr>
To: <privacy@shop.example.be>
Subject: ''' + _h('Auto: Podaci hostesa s Winterfaira – rok brisanja') + '''
In-Reply-To: <b7d3a1e9-0c2f-4a85-9e61-3f8b0d5c7a24@shop.example.be>
References: <b7d3a1e9-0c2f-4a85-9e61-3f8b0d5c7a24@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani,

do 13. studenoga sam na godišnjem odmoru s ograničenim pristupom e-pošti.

Za hitna pitanja oko angažmana hostesa i promotora molim javite se kolegici
Ivani Babić na ivana.babic@hosteseadria.hr ili na +385 1 4567 890.

Vaša poruka neće biti automatski proslijeđena.

Lijep pozdrav,
Marija Jurić
Hostese Adria d.o.o.
'''),
]

ROBOTS += [
    # 11 -- giveaway platform: entry confirmation of the privacy team's own test entry
    ('hr', 'giveaway-platform-entry-confirmation', 'automated', (),
'''Return-Path: <bounce+7c21e4.5b0a-privacy=shop.example.be@mg.promohub.hr>
Received: from m41-12.mailgun.net (m41-12.mailgun.net [159.135.228.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8JdM4vSgz3bH
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 13:21:09 +0100 (CET)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=mg.promohub.hr; q=dns/txt;
 s=pic; t=1793708469; h=Content-Type: MIME-Version: Subject: Subject: From: From:
 To: To: Date: Message-Id; bh=Wm1d7sK0vQ3pE9aR2yT5xJ8cL4nB6gH1uF0iO3tZ7rC=;
 b=Rz5kN8mQ2xW1bV4yL7pE0aJ3sD6gH9uF2iO5tC8vB1nM4qX7wK0jL3sA6eD9cT2r
X-Mailgun-Sid: WyI4ZjA3NiIsInByaXZhY3lAc2hvcC5leGFtcGxlLmJlIiwiNWIwYSJd
Date: Tue, 03 Nov 2026 12:21:08 +0000
From: Nagradna igra Shop Example <nagradne-igre@promohub.hr>
To: Test Privacy <privacy@shop.example.be>
Subject: ''' + _h('Tvoja prijava je zaprimljena – Jesenska nagradna igra') + '''
Message-Id: <20261103122108.a91c3e5f7d2b4e08@mg.promohub.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated

''' + _qp('''Bok Test!

Hvala na sudjelovanju – tvoja prijava u Jesensku nagradnu igru Shop Example je zaprimljena.

Broj prijave: HR-7731-00412
Odgovor na nagradno pitanje: „Kakao i deka”
Izvlačenje: petak, 20. studenoga 2026. u 12:00, uz nadzor javnog bilježnika
Nagrade: 3 × poklon-paket Shop Example u vrijednosti 150 EUR

Dobitnike ćemo obavijestiti e-mailom u roku od 3 radna dana od izvlačenja, a popis dobitnika (ime i početno slovo prezimena, grad) objavit ćemo na stranici nagradne igre.

Pravila nagradne igre: https://promohub.hr/igre/shopexample-jesen-2026/pravila
Predomislio/la si se? Prijavu možeš povući ovdje: https://promohub.hr/p/HR-7731-00412/povuci

Sretno!
Tim PromoHub

---
Ova poruka poslana je automatski, molimo ne odgovaraj na nju.
Voditelj obrade podataka sudionika: Shop Example BV. Izvršitelj obrade: PromoHub d.o.o., Ulica grada Vukovara 269, Zagreb.
''')),

    # 12 -- PERSON: reply above a survey invitation, objects to profiling via the loyalty card
    ('hr', 'person-reply-above-survey-invitation-object-profiling', 'objection', (),
'''Return-Path: <ivan.horvat.zg@gmail.com>
Received: from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBC3f1Rmzz3bG
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 19:34:27 +0100 (CET)
Received: by mail-ej1-f44.google.com with SMTP id a640c23a62f3a-aa1e77c51c4so88120366b.2
        for <privacy@shop.example.be>; Fri, 06 Nov 2026 10:34:26 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
        :from:to:cc:subject:date:message-id:reply-to;
        bh=Gt7pK2wQ9mE4xR1yN6bV3cL8aJ5sD0hF2uT7iO4zX9M=;
        b=Lm2cV9kR4xQ7bW1yN3pE6aJ0sD8gH5uF2iO9tZ1rC4vB7nM0qX3wK6jL9sA2eD5c
MIME-Version: 1.0
References: <survey-inv-winterfair-2026-ghent-88213@surveys.shop.example.be>
In-Reply-To: <survey-inv-winterfair-2026-ghent-88213@surveys.shop.example.be>
From: Ivan Horvat <ivan.horvat.zg@gmail.com>
Date: Fri, 6 Nov 2026 19:34:14 +0100
Message-ID: <CAF3xK9q2mT7vLr0bN8cYw4pE1aJ6sD5gH0uF3iO7tZ+Qk2R8wA@mail.gmail.com>
Subject: Re: How was the Winter Fair, Ivan? Tell us in 3 minutes
To: Shop Example <privacy@shop.example.be>
Content-Type: multipart/alternative; boundary="000000000000c4e81a0626d1b3f5"

--000000000000c4e81a0626d1b3f5
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Poštovani,

anketu neću ispunjavati, ali me smeta ono što piše u pozivu: da ćete moje odgovore povezati s karticom vjernosti kako biste mi "personalizirali ponude". Ne želim da moje kupnje s kartice i moji odgovori služe za izradu mog profila i ciljane ponude i protivim se takvoj obradi mojih podataka. Karticu i dalje želim koristiti za skupljanje bodova, samo bez toga.

Broj kartice: 6291 0402 3381 907

Ivan Horvat

pet, 6. stu 2026. u 10:00 Shop Example <surveys@shop.example.be> napisao je:

> Hi Ivan,
>
> Thanks for visiting the Shop Example Winter Fair in Ghent last weekend!
> Would you tell us what you thought? It only takes 3 minutes.
>
> Start the survey: https://surveys.shop.example.be/s/winterfair26?t=88213
>
> Your answers will be linked to your Example Card, so we can tailor your
> offers and show you more of what you like.
>
> Thank you!
> The Shop Example team
>
> You are receiving this survey because you are an Example Card member.
''') + '''
--000000000000c4e81a0626d1b3f5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<div dir="ltr"><div>Poštovani,</div><div><br></div><div>anketu neću ispunjavati, ali me smeta ono što piše u pozivu: da ćete moje odgovore povezati s karticom vjernosti kako biste mi &quot;personalizirali ponude&quot;. Ne želim da moje kupnje s kartice i moji odgovori služe za izradu mog profila i ciljane ponude i protivim se takvoj obradi mojih podataka. Karticu i dalje želim koristiti za skupljanje bodova, samo bez toga.</div><div><br></div><div>Broj kartice: 6291 0402 3381 907</div><div><br></div><div>Ivan Horvat</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">pet, 6. stu 2026. u 10:00 Shop Example &lt;<a href="mailto:surveys@shop.example.be">surveys@shop.example.be</a>&gt; napisao je:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Ivan,<br><br>Thanks for visiting the Shop Example Winter Fair in Ghent last weekend!<br>Would you tell us what you thought? It only takes 3 minutes.<br><br>Your answers will be linked to your Example Card, so we can tailor your offers and show you more of what you like.<br></blockquote></div>
''') + '''
--000000000000c4e81a0626d1b3f5--
'''),

    # 13 -- ticketing platform: event cancelled, refund notice
    ('hr', 'ticketing-event-cancelled-refund', 'automated', (),
'''Return-Path: <obavijesti@ulazimo.hr>
Received: from mail2.ulazimo.hr (mail2.ulazimo.hr [93.136.52.210])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBSx02pWfz3bF
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 10:15:33 +0100 (CET)
Received: from queue-worker-1 (unknown [10.1.0.21])
        by mail2.ulazimo.hr (Postfix) with ESMTP id 88D2F2A0C1
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 10:15:32 +0100 (CET)
From: Ulazimo.hr <obavijesti@ulazimo.hr>
To: Lotte Vermeulen <privacy@shop.example.be>
Subject: ''' + _h('Događaj je otkazan: Dani privatnosti 2026 – Split') + '''
Date: Sat, 07 Nov 2026 10:15:32 +0100
Message-ID: <cancel.DP2026.UL-55310-0091@ulazimo.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply

''' + _b64('''Poštovana Lotte Vermeulen,

žao nam je, organizator je otkazao događaj za koji imate ulaznicu:

Dani privatnosti 2026
26. – 27. studenoga 2026., Hotel Park, Split
Broj narudžbe: UL-55310-0091 (1 × Kotizacija – dva dana)

Poruka organizatora:
„Zbog premalog broja prijavljenih izlagača konferencija se ove godine ne održava.
Ispričavamo se svim sudionicima. Sljedeće izdanje planiramo u proljeće 2027.“

Povrat novca
Iznos od 189,00 EUR vratit ćemo automatski na karticu s kojom je plaćeno
(**** 4417). Ovisno o banci, sredstva će biti vidljiva u roku od 5 do 10 radnih dana.
Ne morate ništa poduzimati.

Pitanja o samom događaju uputite organizatoru: info@daniprivatnosti.hr

Srdačno,
Ulazimo.hr

Ovo je automatska poruka. Odgovori na ovu adresu se ne čitaju.
''')),

    # 14 -- Swedish photographer's challenge-response spam filter
    ('sv', 'challenge-response-antispam-photographer', 'automated', (),
'''Return-Path: <>
Received: from out.mailvakt.se (out.mailvakt.se [185.189.49.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9Bc62LxRz3bE
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 10:48:17 +0100 (CET)
Date: Wed, 4 Nov 2026 10:48:16 +0100
From: =?UTF-8?Q?Anders_Lindqvist_via_MailVakt?= <verifiering@mailvakt.se>
To: privacy@shop.example.be
Subject: ''' + _h('Bekräfta ditt meddelande till anders@lindqvistfoto.se') + '''
Message-ID: <chl-5d8e1f0a2b7c@mailvakt.se>
In-Reply-To: <e29b7c41-0a3d-4f6e-b8c2-91d5a7f3e0b6@shop.example.be>
References: <e29b7c41-0a3d-4f6e-b8c2-91d5a7f3e0b6@shop.example.be>
Auto-Submitted: auto-replied
Precedence: junk
X-MailVakt-Challenge: 5d8e1f0a2b7c
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej!

Du skickade ett mejl till Anders Lindqvist (anders@lindqvistfoto.se):

  Ämne: Bilder från Höstmarknaden 24/10 – radering av barnbilder
  Skickat: 2026-11-04 10:47

Anders använder MailVakt för att skydda sin inkorg mot skräppost. Eftersom
din adress inte finns i hans kontaktlista har meddelandet hållits kvar.

Bekräfta att du är en människa genom att klicka på länken nedan, så levereras
ditt meddelande direkt:

  https://mailvakt.se/b/5d8e1f0a2b7c

Du behöver bara göra detta en gång. Meddelanden som inte bekräftas inom
7 dagar raderas automatiskt.

Med vänlig hälsning
MailVakt – för en inkorg utan skräp
https://mailvakt.se
'''),

    # 15 -- review platform alert: a new 1-star review matching the watch words
    ('sv', 'review-platform-new-review-alert', 'automated', (),
'''Return-Path: <bounce-5521-893374@notiser.omdomen.se>
Received: from mta7.notiser.omdomen.se (mta7.notiser.omdomen.se [91.198.41.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCTp43JqVz3bD
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 08:02:44 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=omdomen.se; s=k1;
        h=From:To:Subject:Date:List-Unsubscribe; bh=Rk3mT0wQ8pE2xV5yN9bC1aL7sJ4hD6gF3uK0iO8zX2M=;
        b=Nv7kR2xQ5bW8yL1pE4aJ7sD0gH3uF6iO9tZ2rC5vB8nM1qX4wK7jL0sA3eD6cT9p
From: =?UTF-8?B?T21kw7ZtZW4uc2U=?= <notiser@omdomen.se>
To: privacy@shop.example.be
Subject: ''' + _h('Ny recension av Shop Example – 1 av 5 stjärnor') + '''
Date: Wed, 11 Nov 2026 07:02:43 +0000
Message-ID: <rev-893374.alert-5521@omdomen.se>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_6f2c9e0a8d7b4135"
Auto-Submitted: auto-generated
Precedence: bulk
List-Unsubscribe: <https://foretag.omdomen.se/bevakning/5521/avsluta>
List-Unsubscribe-Post: List-Unsubscribe=One-Click

--b1_6f2c9e0a8d7b4135
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hej Shop Example!

En ny recension matchar din bevakning "nyhetsbrev, personuppgifter, tävling".

★☆☆☆☆  "Slutar aldrig mejla"
Helena, Uppsala – publicerad 10 nov 2026

"Jag avregistrerade mig från nyhetsbrevet i september men får fortfarande mejl varje vecka. Och hur kan de veta min födelsedag när jag aldrig har angett den? Deltog i en tävling en gång och sedan dess har det varit så här."

Svara på recensionen: https://foretag.omdomen.se/recensioner/893374/svara

Tips: Företag som svarar inom 48 timmar får i genomsnitt 0,4 stjärnor högre betyg.

Du får detta mejl eftersom privacy@shop.example.be är mottagare för bevakningen
"Integritet" i företagskontot Shop Example BV. Hantera bevakningar:
https://foretag.omdomen.se/bevakning
''') + '''
--b1_6f2c9e0a8d7b4135
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<p>Hej Shop Example!</p>
<p>En ny recension matchar din bevakning <b>"nyhetsbrev, personuppgifter, tävling"</b>.</p>
<div style="border:1px solid #ddd;padding:12px;border-radius:6px">
<div style="color:#f5a623;font-size:18px">★☆☆☆☆</div>
<p><b>Slutar aldrig mejla</b><br><span style="color:#777">Helena, Uppsala – 10 nov 2026</span></p>
<p>Jag avregistrerade mig från nyhetsbrevet i september men får fortfarande mejl varje vecka. Och hur kan de veta min födelsedag när jag aldrig har angett den? Deltog i en tävling en gång och sedan dess har det varit så här.</p>
</div>
<p><a href="https://foretag.omdomen.se/recensioner/893374/svara">Svara på recensionen</a></p>
<p style="font-size:11px;color:#999">Hantera bevakningar: <a href="https://foretag.omdomen.se/bevakning">foretag.omdomen.se/bevakning</a></p>
</body></html>
''') + '''
--b1_6f2c9e0a8d7b4135--
'''),

    # 16 -- PERSON: replies above the community's account-closure notice, wants a copy first
    ('sv', 'person-reply-above-forum-closure-copy-of-posts', 'access', (),
'''Return-Path: <karin.sjoberg@outlook.com>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02olkn2081.outbound.protection.outlook.com [40.92.50.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBH0s5TkNz3bC
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 22:11:05 +0100 (CET)
Received: from AS8P193MB1285.EURP193.PROD.OUTLOOK.COM (2603:10a6:20b:3a1::14)
 by AS8P193MB1285.EURP193.PROD.OUTLOOK.COM with HTTPS; Fri, 6 Nov 2026 21:11:03
 +0000
From: =?iso-8859-1?Q?Karin_Sj=F6berg?= <karin.sjoberg@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: SV: Your Shop Example Community account will be closed
Thread-Topic: Your Shop Example Community account will be closed
Thread-Index: AQHbMFq1c3kT9wLbAkq8y2XfR0mZ7Q==
Date: Fri, 6 Nov 2026 21:11:03 +0000
Message-ID: <AS8P193MB12857C0E4B9A2D6F31E8A5C4D2072@AS8P193MB1285.EURP193.PROD.OUTLOOK.COM>
References: <community-close-karinsj-20261106@community.shop.example.be>
In-Reply-To: <community-close-karinsj-20261106@community.shop.example.be>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Hej!

Det stämmer att jag vill avsluta kontot, men innan det stängs vill jag få en kopia av allt jag har skrivit i forumet – inläggen, recensionerna och de privata meddelandena, som ni ju skriver ska raderas.

Jag vill också veta vilka andra uppgifter om mig ni har kopplade till forumkontot, till exempel om det är ihopkopplat med mitt kundkonto och mina köp.

Användarnamn: karinsj

Tack på förhand!
Karin Sjöberg

________________________________
Från: Shop Example Community <community@shop.example.be>
Skickat: den 6 november 2026 15:02
Till: karin.sjoberg@outlook.com <karin.sjoberg@outlook.com>
Ämne: Your Shop Example Community account will be closed

Hi karinsj,

As requested, your account on Shop Example Community will be closed on 20 November 2026.

What happens next:
- your profile, private messages and badges will be deleted;
- your public posts and reviews stay visible, shown as "former member".

Changed your mind? Just log in before 20 November and the closure is cancelled.

Questions about your personal data? Write to privacy@shop.example.be.

The Shop Example Community team
''')),

    # 17 -- booking tool: focus-group observer seat booked, with calendar invitation
    ('sv', 'booking-tool-focus-group-confirmation-ics', 'automated', (),
'''Return-Path: <noreply@motesbokaren.se>
Received: from smtp1.motesbokaren.se (smtp1.motesbokaren.se [46.246.119.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9Ll97YcHz3bB
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:37:52 +0100 (CET)
From: =?UTF-8?B?TcO2dGVzYm9rYXJlbg==?= <noreply@motesbokaren.se>
Reply-To: Insikt Research AB <fokus@insiktresearch.se>
To: Lotte Vermeulen <privacy@shop.example.be>
Subject: ''' + _h('Bokning bekräftad: Fokusgrupp Lojalitetsappen (observatör) – tor 12 nov 14:00') + '''
Date: Wed, 04 Nov 2026 14:37:51 +0000
Message-ID: <booking-77120-b2f4@motesbokaren.se>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=-Xq8v2LmT0pK6wR4yN1bE"
Auto-Submitted: auto-generated

--=-Xq8v2LmT0pK6wR4yN1bE
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hej Lotte,

din bokning är bekräftad.

Vad:   Fokusgrupp Lojalitetsappen – observatörsplats
När:   torsdag 12 november 2026, 14:00–15:30 (svensk tid)
Var:   Digitalt via Teams, länken skickas av Insikt Research dagen innan
Bokat av: privacy@shop.example.be
Bokningsnummer: 77120

Som observatör följer du samtalet med kameran och mikrofonen avstängda.
Deltagarna presenteras endast med förnamn.

Behöver du ändra eller avboka? Gör det senast 24 timmar i förväg:
https://motesbokaren.se/b/77120/andra?k=b2f4e91c

En kalenderinbjudan finns bifogad.

Detta mejl skickades automatiskt av Mötesbokaren för Insikt Research AB.
''') + '''
--=-Xq8v2LmT0pK6wR4yN1bE
Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

''' + _b64('''BEGIN:VCALENDAR
PRODID:-//Motesbokaren//Bokning 2.1//SV
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:booking-77120@motesbokaren.se
DTSTAMP:20261104T143751Z
DTSTART:20261112T130000Z
DTEND:20261112T143000Z
SUMMARY:Fokusgrupp Lojalitetsappen (observatör)
ORGANIZER;CN=Insikt Research AB:mailto:fokus@insiktresearch.se
ATTENDEE;CN=Lotte Vermeulen;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:privacy@shop.example.be
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''') + '''--=-Xq8v2LmT0pK6wR4yN1bE--
'''),

    # 18 -- Romanian event agency: Gmail (Workspace) vacation responder
    ('ro', 'gmail-vacation-responder-event-agency', 'automated', (),
'''Return-Path: <andreea.popa@evenimente-aurora.ro>
Received: from mail-lf1-f71.google.com (mail-lf1-f71.google.com [209.85.167.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBp6w0GdTz3bA
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 09:41:30 +0100 (CET)
Received: by mail-lf1-f71.google.com with SMTP id 2adb3069b0e04-53da5a8f2c1so4410721e87.0
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 00:41:29 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=evenimente-aurora.ro; s=google; t=1794300089;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to:references
        :mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=Pq6tK1wR8mE3xQ0yN5bV2cL9aJ4sD7hF1uT6iO3zX8M=;
        b=Jk4cV1kR6xQ9bW3yN5pE8aJ2sD0gH7uF4iO1tZ3rC6vB9nM2qX5wK8jL1sA4eD7c
MIME-Version: 1.0
References: <0c5e9a2f-7b1d-4e38-a6f4-d2b8c1e7f390@shop.example.be>
In-Reply-To: <0c5e9a2f-7b1d-4e38-a6f4-d2b8c1e7f390@shop.example.be>
Auto-Submitted: auto-replied
From: Andreea Popa <andreea.popa@evenimente-aurora.ro>
Date: Tue, 10 Nov 2026 00:41:29 -0800
Message-ID: <CAJ8mVx4Q2kT9pLr1bN7cYw0pE5aJ3sD6gH2uF8iO4tZ+Xv1R0wB@mail.gmail.com>
Subject: ''' + _h('Concediu – răspuns automat') + '''
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Bună ziua,

Vă mulțumesc pentru mesaj. Sunt în concediu până pe 16 noiembrie inclusiv și nu îmi verific e-mailul.

Pentru evenimentele în desfășurare (Târgul de Crăciun, lansări, activări în magazine) vă rog să scrieți colegului meu, Mihai Stanciu, la mihai.stanciu@evenimente-aurora.ro sau să sunați la +40 21 310 44 52.

Cu stimă,
Andreea Popa
Account Manager | Aurora Evenimente
''')),

    # 19 -- UGC rights platform: a customer accepted the rights request for her photo
    ('ro', 'ugc-rights-request-accepted', 'automated', (),
'''Return-Path: <bounces@notificari.permisio.com>
Received: from mail-out4.permisio.com (mail-out4.permisio.com [52.29.188.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBB1k6DnPz3b9
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 18:42:39 +0100 (CET)
From: Permisio <notificari@permisio.com>
To: privacy@shop.example.be
Cc: social@shop.example.be
Subject: ''' + _h('Cerere de drepturi acceptată: @andreea.gateste – postarea din 3 noiembrie') + '''
Date: Fri, 06 Nov 2026 17:42:38 +0000
Message-ID: <rights.accepted.5f21a7.1794159758@permisio.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Permisio-Workspace: shop-example-ro
X-Permisio-Event: rights_request.accepted

Bună, echipa Shop Example!

@andreea.gateste a acceptat cererea de drepturi pentru conținutul de mai jos.

Postare:     Instagram, 3 noiembrie 2026
Text:        „Cel mai frumos colț de lectură pentru cei mici 📚 #shopexample”
Termeni:     utilizare pe site, în newsletter și pe conturile sociale Shop Example;
             fără reclame plătite; 24 de luni; cu mențiunea autorului
Răspuns:     comentariul „#daShopExample”, 6.11.2026, 19:42 (ora României)

Conținutul a fost mutat în Bibliotecă › Drepturi obținute. Captura acordului
și linkul către comentariu sunt păstrate în jurnalul de drepturi pentru audit.

Vezi în Permisio: https://app.permisio.com/w/shop-example-ro/library/5f21a7

Primiți acest e-mail deoarece adresa privacy@shop.example.be este setată ca
destinatar pentru jurnalul de drepturi al spațiului de lucru „shop-example-ro”.
Setări notificări: https://app.permisio.com/w/shop-example-ro/settings/notifications
'''),

    # 20 -- PERSON (other): photographer from the agency mailbox with its auto-signature, copyright
    ('ro', 'person-photographer-agency-signature-photo-rights', 'other', (),
'''Return-Path: <office@lumenstudio.ro>
Received: from mail-wr1-f45.google.com (mail-wr1-f45.google.com [209.85.221.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCJ8r3MbWz3b8
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 15:26:48 +0100 (CET)
Received: by mail-wr1-f45.google.com with SMTP id ffacd0b85a97d-38234c9b4a1so3021887f8f.1
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 06:26:47 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?Q?Radu_Mih=C4=83ilescu_=7C_Lumen_Studio?= <office@lumenstudio.ro>
Date: Tue, 10 Nov 2026 16:26:33 +0200
Message-ID: <CAH2pLx7T0kV4qRw9bN3cYm8pE6aJ1sD2gH5uF0iO9tZ+Lc3R7wQ@mail.gmail.com>
Subject: ''' + _h('Fotografii lansare 17 octombrie – utilizare în reclame plătite') + '''
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000a7d20c0626e91f42"

--000000000000a7d20c0626e91f42
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Bună ziua,

Sunt Radu Mihăilescu, fotograful care a lucrat prin agenția noastră la lansarea colecției de toamnă din 17 octombrie, în showroom-ul din Cluj.

Am observat că două dintre fotografiile mele (DSC_4412 și DSC_4530) apar acum într-o reclamă plătită pe Facebook și Instagram și pe bannerul de pe prima pagină a magazinului online. Contractul nostru (nr. LS-2026-118) acoperă doar utilizarea editorială și postările organice pe rețelele sociale, timp de 12 luni, cu mențiunea „Foto: Lumen Studio”.

Vă rog să-mi spuneți cine se ocupă la dumneavoastră de drepturile de autor și de licențe, ca să discutăm o licență extinsă pentru publicitate. Până atunci, vă rog să adăugați creditul foto pe banner.

V-am scris aici pentru că pe pagina de contact este singura adresă pentru chestiuni juridice; dacă nu e locul potrivit, vă rog să redirecționați mesajul.

Mulțumesc,
Radu Mihăilescu

--
LUMEN STUDIO
Fotografie de eveniment & produs
Str. Memorandumului 28, Cluj-Napoca | +40 264 555 018 | www.lumenstudio.ro

Acest mesaj și eventualele atașamente sunt confidențiale și destinate exclusiv destinatarului. Dacă l-ați primit din greșeală, vă rugăm să ne anunțați și să îl ștergeți.
This message and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify us and delete it.
''') + '''
--000000000000a7d20c0626e91f42
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<div dir="ltr"><div>Bună ziua,</div><div><br></div><div>Sunt Radu Mihăilescu, fotograful care a lucrat prin agenția noastră la lansarea colecției de toamnă din 17 octombrie, în showroom-ul din Cluj.</div><div><br></div><div>Am observat că două dintre fotografiile mele (DSC_4412 și DSC_4530) apar acum într-o reclamă plătită pe Facebook și Instagram și pe bannerul de pe prima pagină a magazinului online. Contractul nostru (nr. LS-2026-118) acoperă doar utilizarea editorială și postările organice pe rețelele sociale, timp de 12 luni, cu mențiunea „Foto: Lumen Studio”.</div><div><br></div><div>Vă rog să-mi spuneți cine se ocupă la dumneavoastră de drepturile de autor și de licențe, ca să discutăm o licență extinsă pentru publicitate. Până atunci, vă rog să adăugați creditul foto pe banner.</div><div><br></div><div>V-am scris aici pentru că pe pagina de contact este singura adresă pentru chestiuni juridice; dacă nu e locul potrivit, vă rog să redirecționați mesajul.</div><div><br></div><div>Mulțumesc,</div><div>Radu Mihăilescu</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature"><b>LUMEN STUDIO</b><br>Fotografie de eveniment &amp; produs<br>Str. Memorandumului 28, Cluj-Napoca | +40 264 555 018 | <a href="http://www.lumenstudio.ro">www.lumenstudio.ro</a><br><img src="https://www.lumenstudio.ro/semnatura/logo-mail.png" width="120" alt="Lumen Studio"><br><span style="font-size:10px;color:#888">Acest mesaj și eventualele atașamente sunt confidențiale și destinate exclusiv destinatarului. Dacă l-ați primit din greșeală, vă rugăm să ne anunțați și să îl ștergeți.<br>This message and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify us and delete it.</span></div></div>
''') + '''
--000000000000a7d20c0626e91f42--
'''),
]

ROBOTS += [
    # 21 -- Google Forms: copy of the privacy team's answers to an exhibitor form
    ('ro', 'google-forms-response-receipt-exhibitor-form', 'automated', (),
'''Return-Path: <3p0VhaQ4KB1EXllbhpqbhpq-fgdmWdjfqfr.hqr@forms-receipts.bounces.google.com>
Received: from mail-pj1-f72.google.com (mail-pj1-f72.google.com [209.85.216.72])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7gD84SxFz3b7
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 14:03:26 +0100 (CET)
Received: by mail-pj1-f72.google.com with SMTP id 98e67ed59e1d1-2e2eba0efc0so5518003a91.1
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 05:03:25 -0800 (PST)
MIME-Version: 1.0
Reply-To: expozanti@targulsibiu.ro
Date: Mon, 02 Nov 2026 13:03:25 +0000
Message-ID: <0000000000009c1f3b0626c8e5a2@google.com>
Subject: ''' + _h('Formular expozanți – Târgul de Crăciun Sibiu 2026') + '''
From: Google Forms <forms-receipts-noreply@google.com>
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000009c1f2a0626c8e5a0"

--0000000000009c1f2a0626c8e5a0
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

''' + _b64('''Mulțumim că ați completat Formular expozanți – Târgul de Crăciun Sibiu 2026

Iată ce am primit.

Formular expozanți – Târgul de Crăciun Sibiu 2026
Vă rugăm să completați formularul până la 10 noiembrie. Câmpurile marcate cu *
sunt obligatorii.

Denumirea firmei *
Shop Example BV

Persoana de contact *
Lotte Vermeulen

E-mail *
privacy@shop.example.be

Tipul standului *
Căsuță de lemn 3 × 2 m

Veți colecta date ale vizitatorilor la stand (tombole, abonări la newsletter,
scanări)? *
Da – înscrieri la tombolă pe tabletă

Doriți să primiți lista vizitatorilor scanați de organizator la intrare? *
Nu

Am citit Regulamentul expozanților și Anexa privind protecția datelor *
Da

Creați propriul formular Google
Raportați un abuz
''') + '''
--0000000000009c1f2a0626c8e5a0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><body style="font-family:Roboto,Arial,sans-serif">
<div style="background:#673ab7;color:#fff;padding:16px">Mulțumim că ați completat <b>Formular expozanți – Târgul de Crăciun Sibiu 2026</b></div>
<p>Iată ce am primit.</p>
<table cellpadding="6">
<tr><td><b>Denumirea firmei</b></td><td>Shop Example BV</td></tr>
<tr><td><b>Persoana de contact</b></td><td>Lotte Vermeulen</td></tr>
<tr><td><b>E-mail</b></td><td>privacy@shop.example.be</td></tr>
<tr><td><b>Tipul standului</b></td><td>Căsuță de lemn 3 × 2 m</td></tr>
<tr><td><b>Veți colecta date ale vizitatorilor la stand?</b></td><td>Da – înscrieri la tombolă pe tabletă</td></tr>
<tr><td><b>Doriți să primiți lista vizitatorilor scanați de organizator la intrare?</b></td><td>Nu</td></tr>
<tr><td><b>Am citit Regulamentul expozanților și Anexa privind protecția datelor</b></td><td>Da</td></tr>
</table>
<p style="font-size:11px;color:#777"><a href="https://docs.google.com/forms/about/?utm_source=product&amp;utm_medium=forms_logo">Creați propriul formular Google</a> &middot; Raportați un abuz</p>
</body></html>
''') + '''
--0000000000009c1f2a0626c8e5a0--
'''),

    # 22 -- Greek event agency: Exchange out-of-office
    ('el', 'exchange-ooo-event-agency', 'automated', (),
'''Return-Path: <g.konstantinou@athenslive.gr>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2119.outbound.protection.outlook.com [40.107.103.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QB0pL6FhZz3b6
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 09:58:12 +0100 (CET)
Received: from DU0PR03MB8839.eurprd03.prod.outlook.com (2603:10a6:10:411::8) by
 DU0PR03MB8839.eurprd03.prod.outlook.com (2603:10a6:10:411::8) with Microsoft
 SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8137.19; Thu, 5 Nov 2026 08:58:10 +0000
From: ''' + _h('Γιώργος Κωνσταντίνου') + ''' <g.konstantinou@athenslive.gr>
To: Privacy Team Shop Example <privacy@shop.example.be>
Subject: ''' + _h('Αυτόματη απάντηση: Retention of photo booth pictures – Athens pop-up 24/10') + '''
Thread-Topic: ''' + _h('Retention of photo booth pictures – Athens pop-up 24/10') + '''
Thread-Index: AQHbLwM7qk1c0Yf8T0qJ2dWvM3hV5Q==
Date: Thu, 5 Nov 2026 08:58:10 +0000
Message-ID: <DU0PR03MB8839A1C4E7F20B9D6E3C5A18C8502@DU0PR03MB8839.eurprd03.prod.outlook.com>
In-Reply-To: <71e4c0b8-2f9a-4d53-b6e7-a0c3d9f1e824@shop.example.be>
References: <71e4c0b8-2f9a-4d53-b6e7-a0c3d9f1e824@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: g.konstantinou@athenslive.gr
Content-Language: el-GR
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Καλημέρα σας,

Σας ευχαριστώ για το μήνυμά σας. Θα βρίσκομαι εκτός γραφείου έως και τη Δευτέρα 16 Νοεμβρίου, χωρίς πρόσβαση στο ηλεκτρονικό ταχυδρομείο.

Για επείγοντα θέματα σχετικά με τις εκδηλώσεις μας, παρακαλώ επικοινωνήστε με την κα Ελένη Παπαδοπούλου στο events@athenslive.gr ή στο +30 210 7248 330.

Με εκτίμηση,
Γιώργος Κωνσταντίνου
Athens Live Events
''')),

    # 23 -- Greek photo-booth vendor: helpdesk ticket acknowledgement
    ('el', 'helpdesk-ticket-acknowledgement-photobooth-vendor', 'automated', (),
'''Return-Path: <bounce-48213-privacy=shop.example.be@photobooth-hellas.freshdesk.com>
Received: from smtp-out-12.freshemail.io (smtp-out-12.freshemail.io [54.240.8.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QB0wS2LkBz3b5
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:06:41 +0100 (CET)
From: PhotoBooth Hellas <support@photobooth-hellas.gr>
Reply-To: PhotoBooth Hellas <support@photobooth-hellas.gr>
To: privacy@shop.example.be
Subject: ''' + _h('Το αίτημά σας καταχωρήθηκε [#48213] – Διαγραφή φωτογραφιών επισκεπτών, εκδήλωση 24/10') + '''
Date: Thu, 05 Nov 2026 09:06:40 +0000
Message-ID: <48213.ack.1793869600@photobooth-hellas.freshdesk.com>
In-Reply-To: <3e8b1f72-c4a0-49d6-9b25-f60a7d2c1e93@shop.example.be>
References: <3e8b1f72-c4a0-49d6-9b25-f60a7d2c1e93@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
X-Ticket-ID: 48213

''' + _qp('''Αγαπητέ/ή Privacy Team Shop Example,

Σας ευχαριστούμε που επικοινωνήσατε μαζί μας. Το αίτημά σας έχει καταχωρηθεί με αριθμό #48213 και θέμα «Διαγραφή φωτογραφιών επισκεπτών, εκδήλωση 24/10».

Ένα μέλος της ομάδας μας θα σας απαντήσει το συντομότερο δυνατό, συνήθως εντός 2 εργάσιμων ημερών.

Μπορείτε να παρακολουθείτε την πορεία του αιτήματος εδώ:
https://photobooth-hellas.freshdesk.com/support/tickets/48213

Για να προσθέσετε πληροφορίες, απαντήστε σε αυτό το μήνυμα χωρίς να αλλάξετε το θέμα.

Με εκτίμηση,
Η ομάδα υποστήριξης της PhotoBooth Hellas
''')),

    # 24 -- PERSON: replies above a contest entry confirmation from his phone, fix name/address
    ('el', 'person-reply-above-contest-entry-fix-name-from-phone', 'correction', (),
'''Return-Path: <n.athanasiou@yahoo.gr>
Received: from sonic313-21.consmr.mail.ir2.yahoo.com (sonic313-21.consmr.mail.ir2.yahoo.com [77.238.179.188])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBTq73GcXz3b4
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 19:22:58 +0100 (CET)
Received: from sonic.gate.mail.ne1.yahoo.com by sonic313.consmr.mail.ir2.yahoo.com with HTTP; Sun, 8 Nov 2026 18:22:57 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.gr; s=s2048; t=1794162177;
        bh=Tr8pK3wQ0mE5xR2yN7bV4cL1aJ6sD9hF3uT8iO5zX0M=;
        h=From:Subject:Date:To:From:Subject;
        b=Qw3cV0kR5xQ8bW2yN4pE7aJ1sD9gH6uF3iO0tZ2rC5vB8nM1qX4wK7jL0sA3eD6c
From: =?utf-8?B?zp3Or866zr/PgiDOkc64zrHOvc6xz4POr86/z4U=?= <n.athanasiou@yahoo.gr>
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: Re: You're in! Your entry for the Shop Example Autumn Giveaway
Date: Sun, 8 Nov 2026 20:22:41 +0200
Message-Id: <C4D72E19-8B3A-4F60-9E15-2A7D0B6C3F48@yahoo.gr>
In-Reply-To: <entry.ghub.771203@giveawayhub.io>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B83)

''' + _qp('''Καλησπέρα σας,

Δήλωσα συμμετοχή στον διαγωνισμό από το κινητό και μόλις είδα στο email επιβεβαίωσης ότι το επώνυμό μου γράφτηκε λάθος («Athanasoiu» αντί για «Athanasiou») και ότι βγήκε η παλιά μου διεύθυνση. Η σωστή είναι: Λεωφ. Βουλιαγμένης 112, 166 74 Γλυφάδα.

Μπορείτε να τα διορθώσετε; Αν κερδίσω, φοβάμαι ότι το όνομα δεν θα ταιριάζει με την ταυτότητά μου και το δώρο θα πάει σε λάθος σπίτι.

Ευχαριστώ,
Νίκος Αθανασίου

Στάλθηκε από το iPhone μου

> Στις 8 Νοε 2026, 19:55, ο χρήστης GiveawayHub <no-reply@giveawayhub.io> έγραψε:
>
> You're in, Nikos!
>
> Your entry for the Shop Example Autumn Giveaway has been received.
>
> Name: Nikos Athanasoiu
> Address: Agiou Konstantinou 7, 15124 Marousi
> Entry no.: 771203
>
> The draw takes place on 4 December 2026. Good luck!
>
> Questions about your data? Contact privacy@shop.example.be
''')),

    # 25 -- Greek consumer forum: activity digest
    ('el', 'consumer-forum-digest', 'automated', (),
'''Return-Path: <digest@forum.katanalotes.gr>
Received: from mail.katanalotes.gr (mail.katanalotes.gr [94.130.77.218])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCXh10PmLz3b3
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 06:30:19 +0100 (CET)
Date: Thu, 12 Nov 2026 05:30:18 +0000
From: =?UTF-8?B?zprOsc+EzrHOvc6xzrvPic+Ezq3PgiBGb3J1bQ==?= <digest@forum.katanalotes.gr>
To: privacy@shop.example.be
Message-ID: <digest/3d61f0a2-9b7c-4e85-a1d4-c2f8e07b5a93@forum.katanalotes.gr>
Subject: ''' + _h('[Καταναλωτές Forum] Σύνοψη δραστηριότητας') + '''
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: list
List-Unsubscribe: <https://forum.katanalotes.gr/email/unsubscribe/a83f1e07c2d94b56>
X-Discourse-Post-Id: 0

Σύνοψη της δραστηριότητας στο Καταναλωτές Forum από την τελευταία σας
επίσκεψη στις 28 Οκτωβρίου.

Δημοφιλή θέματα

1. Επιστροφή χρημάτων για ακυρωμένη παραγγελία – πόσο περιμένατε;
   23 απαντήσεις · 1,2 χιλ. προβολές
   https://forum.katanalotes.gr/t/epistrofi-xrimaton/18830

2. Διαγωνισμός Shop Example: γιατί δημοσίευσαν ονόματα και πόλεις των νικητών;
   7 απαντήσεις · 410 προβολές
   «Δεν ξέρω αν επιτρέπεται, πάντως εγώ δεν θα ήθελα να βλέπει όλο το
   ίντερνετ ότι κέρδισα και σε ποια πόλη μένω...»
   https://forum.katanalotes.gr/t/diagonismos-shop-example/18876

3. Black Friday 2026: λίστα με τις πραγματικές εκπτώσεις
   58 απαντήσεις · 4,8 χιλ. προβολές
   https://forum.katanalotes.gr/t/black-friday-2026/18891

Νέα μέλη αυτή την εβδομάδα: 142

Λαμβάνετε αυτό το μήνυμα επειδή έχετε ενεργοποιήσει τη σύνοψη μέσω email.
Για να σταματήσετε τις συνόψεις, πατήστε εδώ:
https://forum.katanalotes.gr/email/unsubscribe/a83f1e07c2d94b56
'''),

    # 26 -- Exchange Online NDR in Bulgarian: event partner's contact has left
    ('bg', 'exchange-online-ndr-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2091.outbound.protection.outlook.com [40.107.241.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCc5v1TnKz3b2
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 10:17:49 +0100 (CET)
Received: from VI1PR02MB6398.eurprd02.prod.outlook.com (2603:10a6:800:18f::13)
 by VI1PR02MB6398.eurprd02.prod.outlook.com with Microsoft SMTP Server id
 15.20.8137.19; Thu, 12 Nov 2026 09:17:47 +0000
From: Microsoft Outlook <postmaster@eventprobg.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Thu, 12 Nov 2026 09:17:47 +0000
Content-Type: multipart/report; report-type=delivery-status;
        boundary="ab3c91e0-55d7-4f2a-8e16-c07b94d2f3a1"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: bg-BG
Message-ID: <1e84c07a-3f2b-4d96-b1a5-e9c2d0f7b834@VI1PR02MB6398.eurprd02.prod.outlook.com>
In-Reply-To: <9a2d6e1c-4b70-4f38-85e3-b1c7f0d2a6e5@shop.example.be>
References: <9a2d6e1c-4b70-4f38-85e3-b1c7f0d2a6e5@shop.example.be>
Subject: ''' + _h('Недоставено: Deletion of badge-scan data – Sofia Kids Expo 17–18 October') + '''
Auto-Submitted: auto-replied
MIME-Version: 1.0

--ab3c91e0-55d7-4f2a-8e16-c07b94d2f3a1
Content-Type: multipart/alternative; differences=Content-Type;
        boundary="d08f2c6b-91e4-4a37-bc50-7e3a1f9d2c68"

--d08f2c6b-91e4-4a37-bc50-7e3a1f9d2c68
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Съобщението ви до m.ivanova@eventpro.bg не можа да бъде доставено.

m.ivanova не беше намерен(а) в eventpro.bg.

privacy                 Office 365              m.ivanova
Подател                 Действие                Получател
                                                Изисква се действие

Неизвестен адрес в полето „До“

Как да коригирате
Адресът може да е написан неправилно или вече да не съществува. Опитайте следното:
- Изпратете съобщението отново, като проверите внимателно адреса на получателя.
- Свържете се с получателя по друг начин (например по телефона) и потвърдете адреса.

Повече информация за администраторите на имейл

Генериращ сървър: VI1PR02MB6398.eurprd02.prod.outlook.com

m.ivanova@eventpro.bg
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.ivanova@eventpro.bg not found by SMTP address lookup'
''') + '''
--d08f2c6b-91e4-4a37-bc50-7e3a1f9d2c68
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:16px;color:#000000">Съобщението ви до <a href="mailto:m.ivanova@eventpro.bg" style="color:#0072C6">m.ivanova@eventpro.bg</a> не можа да бъде доставено.</p>
<p style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:16px;color:#000000"><b>m.ivanova</b> не беше намерен(а) в <b>eventpro.bg</b>.</p>
<p style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14px;color:#C00000"><b>Изисква се действие</b> – Получател: Неизвестен адрес в полето „До“</p>
<p style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:12px;color:#666666">Генериращ сървър: VI1PR02MB6398.eurprd02.prod.outlook.com<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.ivanova@eventpro.bg not found by SMTP address lookup'</p>
</body></html>
''') + '''
--d08f2c6b-91e4-4a37-bc50-7e3a1f9d2c68--

--ab3c91e0-55d7-4f2a-8e16-c07b94d2f3a1
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR02MB6398.eurprd02.prod.outlook.com
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Thu, 12 Nov 2026 09:17:44 +0000

Final-Recipient: rfc822;m.ivanova@eventpro.bg
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.ivanova@eventpro.bg not found by SMTP address lookup


--ab3c91e0-55d7-4f2a-8e16-c07b94d2f3a1
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be (193.190.44.21) by
 VI1PR02MB6398.eurprd02.prod.outlook.com with Microsoft SMTP Server id
 15.20.8137.19; Thu, 12 Nov 2026 09:17:44 +0000
From: Privacy Team Shop Example <privacy@shop.example.be>
To: Maria Ivanova <m.ivanova@eventpro.bg>
Subject: =?utf-8?q?Deletion_of_badge-scan_data_=E2=80=93_Sofia_Kids_Expo_17?=
 =?utf-8?q?=E2=80=9318_October?=
Date: Thu, 12 Nov 2026 10:17:40 +0100
Message-ID: <9a2d6e1c-4b70-4f38-85e3-b1c7f0d2a6e5@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Ms Ivanova,

Following the Sofia Kids Expo on 17-18 October, could you please confirm
that the badge-scan list of visitors to the Shop Example stand (412 records)
has been deleted on your side, as agreed in clause 9.2 of our data
processing agreement? We would appreciate your confirmation by 20 November.

Kind regards,
Lotte Vermeulen
Privacy Team, Shop Example BV

--ab3c91e0-55d7-4f2a-8e16-c07b94d2f3a1--
'''),

    # 27 -- giveaway platform: draw completed, notice to the organiser
    ('bg', 'giveaway-platform-draw-completed-organiser', 'automated', (),
'''Return-Path: <noreply@tombola-app.bg>
Received: from mail.tombola-app.bg (mail.tombola-app.bg [185.80.0.154])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCP2k0WxDz3b1
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 11:00:31 +0100 (CET)
Received: from worker-draw-1 (unknown [10.8.0.5])
        by mail.tombola-app.bg (Postfix) with ESMTP id 7A3C1E20B4
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 12:00:30 +0200 (EET)
From: Tombola App <noreply@tombola-app.bg>
To: Shop Example BV <privacy@shop.example.be>
Cc: marketing@shop.example.be
Subject: ''' + _h('Тегленето приключи: „Есенна томбола Shop Example“ – 5 печеливши') + '''
Date: Tue, 10 Nov 2026 12:00:30 +0200
Message-ID: <draw-done.campaign-3318.20261110100030@tombola-app.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated
X-Tombola-Campaign: 3318

''' + _b64('''Здравейте,

тегленето за кампанията „Есенна томбола Shop Example“ беше извършено автоматично
на 10.11.2026 г. в 12:00 ч.

Участия: 8 412 (валидни: 8 197, отхвърлени дубликати: 215)
Сертификат за случайност: https://tombola-app.bg/c/3318/certificate

Печеливши (показани съкратено):
1. Десислава П., Пловдив – ваучер 150 €
2. Георги Н., София – ваучер 100 €
3. Мирела К., Варна – ваучер 50 €
4. Стоян Д., Бургас – ваучер 50 €
5. Петя Т., Русе – ваучер 50 €

Следващи стъпки
- Печелившите вече са уведомени по имейл.
- Ако някой не потвърди наградата до 17.11.2026 г., системата автоматично
  ще изтегли резервен печеливш.
- Пълните данни за доставка ще видите в панела след потвърждение.

Съгласно настройките на кампанията личните данни на участниците ще бъдат
изтрити автоматично на 10.12.2026 г.

Поздрави,
Tombola App

Това е автоматично съобщение. Моля, не отговаряйте.
''')),

    # 28 -- PERSON: forwards the bounce she got when replying "unsubscribe" to the newsletter
    ('bg', 'person-forwards-bounce-wants-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <radi_ilieva@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBx8p5JhSz3b0
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 13:40:12 +0100 (CET)
Received: from nm61.abv.bg (localhost [127.0.0.1])
        by smtp-out.abv.bg (Postfix) with ESMTP id 1C4F23A0E7
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 14:40:11 +0200 (EET)
Date: Mon, 9 Nov 2026 14:40:11 +0200 (EET)
From: =?UTF-8?B?0KDQsNC00L7RgdC70LDQstCwINCY0LvQuNC10LLQsA==?= <radi_ilieva@abv.bg>
To: privacy@shop.example.be
Message-ID: <1250788471.338201.1794235211872@nm61.abv.bg>
Subject: Fwd: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
Importance: Medium

''' + _qp('''Здравейте,

Опитах да се отпиша от бюлетина ви, като отговорих на последното писмо с „Моля, отпишете ме“, и получих обратно това (вижте по-долу). Линкът за отписване най-долу в бюлетина пък не се отваря на телефона ми.

Моля, махнете адреса ми от списъка ви за бюлетини и промоции.

Благодаря!
Радослава Илиева


-------- Оригинално писмо --------
От: Mail Delivery System <MAILER-DAEMON@smtp-out.abv.bg>
Относно: Undelivered Mail Returned to Sender
До: radi_ilieva@abv.bg
Изпратено на: Понеделник, 2026, Ноември 9 14:31:55 EET

This is the mail system at host smtp-out.abv.bg.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<noreply@news.shop.example.be>: host mx1.shop.example.be[193.190.44.10] said:
    550 5.1.1 <noreply@news.shop.example.be>: Recipient address rejected: This
    mailbox is not monitored (in reply to RCPT TO command)
''')),

    # 29 -- incentive platform: voucher payout batch processed
    ('bg', 'incentive-platform-voucher-payout-batch', 'automated', (),
'''Return-Path: <bounce-rw-1187@mail.rewardly.io>
Received: from mail-out-2.rewardly.io (mail-out-2.rewardly.io [3.120.184.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCfR93ZpTz3bY
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 16:05:27 +0100 (CET)
From: Rewardly <noreply@rewardly.io>
To: privacy@shop.example.be
Subject: ''' + _h('Изплащането на възнаграждения е обработено – партида RW-2026-1187') + '''
Date: Thu, 12 Nov 2026 15:05:26 +0000
Message-ID: <payout-batch-RW-2026-1187.5e0c@rewardly.io>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="rw_alt_9c4e7b21f05d"
Auto-Submitted: auto-generated
X-Rewardly-Account: ACC-55102

--rw_alt_9c4e7b21f05d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Здравейте,

Партида RW-2026-1187 към проучване „Мобилното приложение Shop Example“ е обработена.

Изпратени ваучери:  48 × 5,00 € (електронен ваучер Shop Example)
Неуспешни:          3 (невалиден или неактивен имейл адрес на получателя)
Обща сума:          240,00 €
Наличност по сметката след плащането: 1 260,00 €

Неуспешните изпращания можете да прегледате и да изпратите повторно от панела:
https://app.rewardly.io/a/ACC-55102/payouts/RW-2026-1187

Получавате това съобщение като контакт на акаунт ACC-55102 (Shop Example BV).

Rewardly
''') + '''
--rw_alt_9c4e7b21f05d
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><body style="font-family:Inter,Arial,sans-serif;color:#1f2937">
<h3>Партида RW-2026-1187 е обработена</h3>
<p>Проучване: „Мобилното приложение Shop Example“</p>
<table cellpadding="4">
<tr><td>Изпратени ваучери</td><td><b>48 × 5,00 €</b></td></tr>
<tr><td>Неуспешни</td><td><b>3</b></td></tr>
<tr><td>Обща сума</td><td>240,00 €</td></tr>
<tr><td>Наличност</td><td>1 260,00 €</td></tr>
</table>
<p><a href="https://app.rewardly.io/a/ACC-55102/payouts/RW-2026-1187">Към партидата</a></p>
<p style="font-size:11px;color:#9ca3af">Получавате това съобщение като контакт на акаунт ACC-55102 (Shop Example BV).</p>
</body></html>
''') + '''
--rw_alt_9c4e7b21f05d--
'''),

    # 30 -- PERSON: replies above the event check-in confirmation, wants to know what is recorded
    ('bg', 'person-reply-above-event-checkin-what-data', 'access', (),
'''Return-Path: <desi.georgieva91@gmail.com>
Received: from mail-ed1-f51.google.com (mail-ed1-f51.google.com [209.85.208.51])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBWz24FnRz3bX
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 20:57:36 +0100 (CET)
Received: by mail-ed1-f51.google.com with SMTP id 4fb4d7f45d1cf-5cf8ef104a8so5120447a12.2
        for <privacy@shop.example.be>; Sun, 08 Nov 2026 11:57:35 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
        :from:to:cc:subject:date:message-id:reply-to;
        bh=Hs2pK7wQ4mE9xR6yN1bV8cL3aJ0sD5hF7uT2iO9zX4M=;
        b=Pv6cV3kR8xQ1bW5yN7pE0aJ4sD2gH9uF6iO3tZ5rC8vB1nM4qX7wK0jL3sA6eD9c
MIME-Version: 1.0
References: <checkin-WF26-BXL-004417@events.shop.example.be>
In-Reply-To: <checkin-WF26-BXL-004417@events.shop.example.be>
From: =?UTF-8?B?0JTQtdGB0LjRgdC70LDQstCwINCT0LXQvtGA0LPQuNC10LLQsA==?= <desi.georgieva91@gmail.com>
Date: Sun, 8 Nov 2026 21:57:21 +0200
Message-ID: <CAM9sPx2R5kW8qTw3bN0cYm6pE1aJ7sD4gH9uF2iO5tZ+Vd8R1wE@mail.gmail.com>
Subject: Re: You're checked in! Welcome to the Shop Example Winter Fair
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000031b7f40626f0c8d1"

--00000000000031b7f40626f0c8d1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

''' + _b64('''Здравейте,

Получих писмото по-долу, след като на входа на панаира сканираха картата ми за лоялност. Не знаех, че това се записва.

Бих искала да разбера какви данни за мен сте записали при влизането (час, вход, нещо друго?), какво още пазите за мен по тази карта, колко време ще го съхранявате и дали го предавате на организатора на панаира или на други фирми.

Поздрави,
Десислава Георгиева

На нд, 8.11.2026 г. в 14:32 ч. Shop Example <events@shop.example.be> написа:

> You're checked in!
>
> Welcome to the Shop Example Winter Fair Brussels, Desislava.
> Your Example Card 6291 0402 7718 was scanned at 14:32 at Entrance B.
>
> Show this e-mail at the Example Card stand for your free hot chocolate.
>
> Enjoy the fair!
> The Shop Example events team
''') + '''
--00000000000031b7f40626f0c8d1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

''' + _b64('''<div dir="ltr"><div>Здравейте,</div><div><br></div><div>Получих писмото по-долу, след като на входа на панаира сканираха картата ми за лоялност. Не знаех, че това се записва.</div><div><br></div><div>Бих искала да разбера какви данни за мен сте записали при влизането (час, вход, нещо друго?), какво още пазите за мен по тази карта, колко време ще го съхранявате и дали го предавате на организатора на панаира или на други фирми.</div><div><br></div><div>Поздрави,</div><div>Десислава Георгиева</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">На нд, 8.11.2026 г. в 14:32 ч. Shop Example &lt;<a href="mailto:events@shop.example.be">events@shop.example.be</a>&gt; написа:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">You&#39;re checked in!<br><br>Welcome to the Shop Example Winter Fair Brussels, Desislava.<br>Your Example Card 6291 0402 7718 was scanned at 14:32 at Entrance B.<br><br>Show this e-mail at the Example Card stand for your free hot chocolate.<br></blockquote></div>
''') + '''
--00000000000031b7f40626f0c8d1--
'''),
]

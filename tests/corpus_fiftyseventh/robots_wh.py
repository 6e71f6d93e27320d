"""Fifty-seventh set, robot mail of suppliers, customs and services abroad, and people whose mail looks automatic (14 languages). Written apart from the code."""

import base64 as _base64
import html as _html
import quopri as _quopri
from email.charset import QP as _QPENC
from email.charset import Charset as _Charset
from email.header import Header as _Header


def _h(text):
    """RFC 2047 header word, base64 (what most MUAs and ESPs send)."""
    if text.isascii():
        return text
    return _Header(text, 'utf-8').encode()


def _hq(text):
    """RFC 2047 header word, Q encoding."""
    if text.isascii():
        return text
    cs = _Charset('utf-8')
    cs.header_encoding = _QPENC
    return _Header(text, cs).encode()


def _b64(text):
    """Body in base64, CRLF line ends inside as Windows clients write them."""
    data = text.replace('\n', '\r\n').encode('utf-8')
    return _base64.encodebytes(data).decode('ascii')


def _b64raw(data):
    return _base64.encodebytes(data).decode('ascii')


def _qp(text):
    return _quopri.encodestring(text.encode('utf-8')).decode('ascii')


def _htm(text):
    body = _html.escape(text).replace('\n', '<br>\n')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body><div dir="ltr">' + body +
            '</div></body></html>\n')


def _pdf(title):
    """A tiny, valid-looking one-page PDF used as an attachment."""
    return ('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n'
            '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
            '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]'
            '/Contents 4 0 R>>endobj\n'
            '4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 770 Td (' + title +
            ') Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
            ).encode('latin-1')


ROBOTS = []

# ---------------------------------------------------------------- pl ----

_b = """Szanowni Państwo,

w systemie AIS/IMPORT zmienił się status zgłoszenia celnego, które nasza
agencja złożyła w Państwa imieniu.

  Przedstawiciel:     Agencja Celna Terespol-Trans Sp. z o.o.
                      (przedstawicielstwo pośrednie)
  Importer:           SHOP EXAMPLE BV, EORI BE0712345678
  Numer MRN:          26PL301020E0847153
  Rodzaj zgłoszenia:  H7 – przesyłki o niskiej wartości (IOSS IM0560001234)
  Urząd:              Oddział Celny Kolejowy w Małaszewiczach
  Kontener:           TGHU 8830417 (Xi'an – Małaszewicze)
  Liczba przesyłek:   412
  Nowy status:        ZWOLNIONO DO PROCEDURY (28.10.2026, 14:52)

Należności zostały rozliczone w ramach IOSS. Przesyłki przekazujemy do
sortowni przewoźnika w Strykowie, przewidywany termin odbioru: 29.10.2026.

Komunikat ZC429 (PDF) oraz listę przesyłek (XLSX) mogą Państwo pobrać
z panelu klienta:
https://panel.ac-terespoltrans.pl/zgloszenia/26PL301020E0847153

-- 
Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
W sprawach odprawy: odprawy@ac-terespoltrans.pl, tel. +48 83 375 12 40
(pn.–pt. 7:00–19:00).
Agencja Celna Terespol-Trans Sp. z o.o., ul. Kolejowa 11, 21-540 Małaszewicze
NIP 5372641908, KRS 0000412377
"""
ROBOTS.append(('pl', 'customs-broker-rail-h7-clearance-status', 'automated', (),
f'''Return-Path: <bounce-notify@ac-terespoltrans.pl>
Received: from mail.ac-terespoltrans.pl (mail.ac-terespoltrans.pl [194.181.92.37])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Gz7Kq1mRtz3wPb
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 14:53:24 +0100 (CET)
Received: from agentcelny-app01 (unknown [10.12.0.21])
        by mail.ac-terespoltrans.pl (Postfix) with ESMTP id 7A1F2340123
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 14:53:20 +0100 (CET)
From: {_h("Agencja Celna Terespol-Trans")} <powiadomienia@ac-terespoltrans.pl>
To: privacy@shop.example.be
Subject: {_h("Zmiana statusu zgłoszenia H7 26PL301020E0847153: ZWOLNIONO")}
Date: Wed, 28 Oct 2026 14:53:20 +0100
Message-ID: <20261028135320.7A1F2340123@mail.ac-terespoltrans.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: AgentCelny Pro 11.3 (modul powiadomien)

{_qp(_b)}'''))


_b = """Dzień dobry,

dziękuję za wiadomość. Do 6 listopada 2026 r. przebywam na urlopie i nie mam
stałego dostępu do poczty.

W sprawach umów powierzenia i ochrony danych osobowych proszę pisać na adres
iod@pakmar.com.pl – w tym czasie skrzynkę obsługuje p. Michał Kowalczyk.
W pilnych sprawach dotyczących zamówień opakowań: handlowy@pakmar.com.pl,
tel. +48 61 842 30 15.

Wiadomości nie są przekazywane automatycznie.

Z poważaniem
Katarzyna Zielińska
Inspektor Ochrony Danych
PAKMAR Sp. z o.o. | ul. Gnieźnieńska 40, 62-020 Swarzędz

---
I am on leave until 6 November 2026. For data protection matters please write
to iod@pakmar.com.pl. Your message will not be forwarded.
"""
ROBOTS.append(('pl', 'exchange-ooo-supplier-iod-reply-to-dpa-update', 'automated', (),
f'''Return-Path: <k.zielinska@pakmar.com.pl>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2102.outbound.protection.outlook.com [40.107.104.102])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Gx1Wc0kLpz9tRm
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 10:03:44 +0200 (CEST)
Received: from DB9PR03MB7465.eurprd03.prod.outlook.com ([fe80::4c1e:9a2b:77d0:3f15])
        by DB9PR03MB7465.eurprd03.prod.outlook.com ([fe80::4c1e:9a2b:77d0:3f15%5])
        with mapi id 15.20.8722.014; Wed, 21 Oct 2026 08:03:41 +0000
From: {_h("Zielińska Katarzyna")} <k.zielinska@pakmar.com.pl>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: {_h("Automatyczna odpowiedź: Umowa powierzenia – aktualizacja załącznika nr 2 (podprocesorzy)")}
Thread-Topic: {_h("Umowa powierzenia – aktualizacja załącznika nr 2 (podprocesorzy)")}
Thread-Index: AQHbK2xZ3lJ1v4mR0kS7sJ6g9Vb4lrOq1Xy=
Date: Wed, 21 Oct 2026 08:03:41 +0000
Message-ID: <DB9PR03MB7465A1C22E0F4B8E7D3C9E14E1A92@DB9PR03MB7465.eurprd03.prod.outlook.com>
In-Reply-To: <20261021095912.3C81A2E0045@privacy.shop.example.be>
References: <20261021095912.3C81A2E0045@privacy.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: k.zielinska@pakmar.com.pl
Content-Language: pl-PL
Content-Type: multipart/alternative;
	boundary="_000_DB9PR03MB7465A1C22E0F4B8E7D3C9E14E1A92DB9PR03MB7465eurp_"
MIME-Version: 1.0

--_000_DB9PR03MB7465A1C22E0F4B8E7D3C9E14E1A92DB9PR03MB7465eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{_b64(_b)}
--_000_DB9PR03MB7465A1C22E0F4B8E7D3C9E14E1A92DB9PR03MB7465eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{_b64(_htm(_b))}
--_000_DB9PR03MB7465A1C22E0F4B8E7D3C9E14E1A92DB9PR03MB7465eurp_--
'''))


_b = """Dzień dobry,

firma Kupujto S.A. zaprosiła Shop Example BV do wypełnienia kwestionariusza
oceny dostawcy:

  „Bezpieczeństwo informacji i ochrona danych osobowych 2026”

Termin: 2 listopada 2026 r. (zostały 3 dni)
Postęp: 38 z 112 pytań (34%)
Brakujące załączniki: polityka bezpieczeństwa informacji, rejestr podmiotów
przetwarzających, podsumowanie ostatniego testu penetracyjnego

Przejdź do kwestionariusza:
https://app.vendrisk.eu/q/7Hk2pQ9x/kupujto-2026

Jeśli za kwestionariusz odpowiada ktoś inny, możesz przekazać zaproszenie
w zakładce „Zespół”.

Otrzymujesz tę wiadomość, ponieważ adres privacy@shop.example.be został
wskazany jako kontakt ds. ochrony danych dla Shop Example BV.
Zarządzaj powiadomieniami: https://app.vendrisk.eu/ustawienia/powiadomienia

VendRisk sp. z o.o., ul. Prosta 68, 00-838 Warszawa
"""
ROBOTS.append(('pl', 'vendor-risk-platform-questionnaire-deadline-reminder', 'automated', (),
f'''Return-Path: <0102019a3c7e5b21-5d1f0c6e-8a41-4f0e-9b7d-2e61c3a5f804-000000@eu-west-1.amazonses.com>
Received: from a7-18.smtp-out.eu-west-1.amazonses.com (a7-18.smtp-out.eu-west-1.amazonses.com [54.240.7.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H0c2N5yQmz8kLs
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 08:00:06 +0100 (CET)
From: {_h("VendRisk – powiadomienia")} <powiadomienia@notify.vendrisk.eu>
Reply-To: no-reply@vendrisk.eu
To: privacy@shop.example.be
Subject: {_h("Przypomnienie: kwestionariusz „Bezpieczeństwo informacji i ochrona danych osobowych 2026” – zostały 3 dni")}
Date: Fri, 30 Oct 2026 07:00:04 +0000
Message-ID: <0102019a3c7e5b21-5d1f0c6e-8a41-4f0e-9b7d-2e61c3a5f804-000000@eu-west-1.amazonses.com>
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="----=_Part_2207114_1093822719.1793343604112"
Auto-Submitted: auto-generated
X-SES-Outgoing: 2026.10.30-54.240.7.18
Feedback-ID: 1.eu-west-1.Vq3mYk2pGx8rT1nZ0wLf7Hc=:AmazonSES
List-Unsubscribe: <https://app.vendrisk.eu/ustawienia/powiadomienia/wypisz?t=Zk29aQ1x>
List-Unsubscribe-Post: List-Unsubscribe=One-Click

------=_Part_2207114_1093822719.1793343604112
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{_qp(_b)}
------=_Part_2207114_1093822719.1793343604112
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{_qp(_htm(_b))}
------=_Part_2207114_1093822719.1793343604112--
'''))


_b = """To jest wiadomość wygenerowana automatycznie przez system pocztowy
serwera mx2.netmarka.pl.

Nie udało się dostarczyć Twojej wiadomości do jednego lub więcej odbiorców.
Jest to błąd trwały. Nie udało się doręczyć do następujących adresów:

  marek.dabrowski@dabrowski-stolarstwo.pl
    skrzynka odbiorcy jest przepełniona (wykorzystano 2048 MB z 2048 MB)

Odbiorca musi usunąć część wiadomości ze skrzynki, zanim będzie mógł
przyjmować nową pocztę.
"""
ROBOTS.append(('pl', 'hosting-mta-dsn-mailbox-full-reply-to-access-request', 'automated', (),
f'''Return-Path: <>
Received: from mx2.netmarka.pl (mx2.netmarka.pl [185.204.216.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Gz8bV3hJcz4nQw
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 14:20:13 +0100 (CET)
Received: from Debian-exim by mx2.netmarka.pl with local (Exim 4.97)
	id 1wGk7T-0003nL-2c
	for privacy@shop.example.be; Wed, 28 Oct 2026 14:20:11 +0100
X-Failed-Recipients: marek.dabrowski@dabrowski-stolarstwo.pl
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx2.netmarka.pl>
To: privacy@shop.example.be
Subject: {_h("Niedostarczona wiadomość: Re: Wniosek o kopię danych [PRV-2026-1184]")}
Message-Id: <E1wGk7T-0003nL-2c@mx2.netmarka.pl>
Date: Wed, 28 Oct 2026 14:20:11 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary=1793193611-eximdsn-846930886

--1793193611-eximdsn-846930886
Content-type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_b}
--1793193611-eximdsn-846930886
Content-type: message/delivery-status

Reporting-MTA: dns; mx2.netmarka.pl

Action: failed
Final-Recipient: rfc822;marek.dabrowski@dabrowski-stolarstwo.pl
Status: 5.2.2
Diagnostic-Code: X-Quota; mailbox is full (2048 MB / 2048 MB)

--1793193611-eximdsn-846930886
Content-type: text/rfc822-headers

Return-path: <privacy@shop.example.be>
Received: from mail-out1.shop.example.be ([198.51.100.24])
	by mx2.netmarka.pl with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	(envelope-from <privacy@shop.example.be>)
	id 1wGk7S-0003n9-0x
	for marek.dabrowski@dabrowski-stolarstwo.pl; Wed, 28 Oct 2026 14:20:10 +0100
From: Shop Example - Privacy <privacy@shop.example.be>
To: marek.dabrowski@dabrowski-stolarstwo.pl
Subject: {_h("Re: Wniosek o kopię danych [PRV-2026-1184]")}
Date: Wed, 28 Oct 2026 14:19:58 +0100
Message-ID: <20261028141958.8E2B71C0312@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=-=prv1184=-="

--1793193611-eximdsn-846930886--
'''))


_b = """Dzień dobry,

przesyłam poniżej maila, którego dostałem dziś po południu. Zamawiałem u Was
słuchawki (zamówienie 2026-884120), zapłaciłem normalnie kartą i nikt mi nie
wspominał o żadnej agencji celnej. A tu nagle pisze do mnie jakaś agencja
z Małaszewicz i w treści ma mój PESEL.

Nie wiem, skąd go mają, i szczerze mówiąc już mnie to nie interesuje. Nie
życzę sobie, żeby mój PESEL krążył po firmach. Proszę go usunąć z Waszych
systemów i dopilnować, żeby ta agencja też go skasowała.

Tomasz Wróbel

---------- Forwarded message ---------
Od: Agencja Celna Terespol-Trans <powiadomienia@ac-terespoltrans.pl>
Date: pon., 2 lis 2026 o 16:05
Subject: Odprawa celna przesyłki LP00451883712CN – wymagane działanie
To: <tomek.wrobel85@gmail.com>


Szanowny Odbiorco,

przesyłka LP00451883712CN (nadawca: SHENZHEN YOUKE E-COMMERCE CO., LTD.
w imieniu SHOP EXAMPLE BV) oczekuje na odprawę celną w Oddziale Celnym
Kolejowym w Małaszewiczach.

Dane odbiorcy w zgłoszeniu:
Tomasz Wróbel, ul. Słowackiego 14/3, 60-823 Poznań
PESEL: 8503120****

Do zapłaty przed wydaniem przesyłki:
  opłata za przedstawicielstwo celne: 12,30 zł

Płatność online: https://platnosci.ac-terespoltrans.pl/LP00451883712CN

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
"""
ROBOTS.append(('pl', 'person-forwards-customs-broker-notice-with-pesel-delete-it', 'deletion', (),
f'''Return-Path: <tomek.wrobel85@gmail.com>
Received: from mail-ed1-f49.google.com (mail-ed1-f49.google.com [209.85.208.49])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H2pQx6fWdz7rYt
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 21:17:49 +0100 (CET)
Received: by mail-ed1-f49.google.com with SMTP id 4fb4d7f45d1cf-5c9a1e0b7d2so884120a12.1
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 12:17:47 -0800 (PST)
X-Gm-Message-State: AOJu0YwQ7h3kLm9Rb2xVt0pN5sZcE1dFgH4jK6lM8nP0qR2sT4uV6wX8
MIME-Version: 1.0
From: {_h("Tomasz Wróbel")} <tomek.wrobel85@gmail.com>
Date: Mon, 2 Nov 2026 21:17:44 +0100
Message-ID: <CAF9sLq8hV3n+Xo0yZ2qKe7wP1dR5mTgA4cJ6uB0sN9e_4rWkfg@mail.gmail.com>
Subject: {_h("Fwd: Odprawa celna przesyłki LP00451883712CN – wymagane działanie")}
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000071c5d40623a8f1e2"

--00000000000071c5d40623a8f1e2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{_qp(_b)}
--00000000000071c5d40623a8f1e2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{_qp(_htm(_b))}
--00000000000071c5d40623a8f1e2--
'''))

# ---------------------------------------------------------------- cs ----

_b = """Dobrý den,

od 19. 10. do 1. 11. čerpám dovolenou a e-maily čtu jen výjimečně.
Na Vaši zprávu odpovím hned po návratu.

Pokud jde o zakázku zadanou přes agenturu LinguaPont, obraťte se prosím
přímo na projektovou manažerku Petru Svobodovou (projekty@linguapont.cz).

Děkuji za pochopení
Jana Horáková
překladatelka NL/EN > CS
"""
ROBOTS.append(('cs', 'seznam-autoresponder-freelance-translator-vacation', 'automated', (),
f'''Return-Path: <jana.horakova@seznam.cz>
Received: from mxf2.seznam.cz (mxf2.seznam.cz [77.75.76.4])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GwXt81rHbz6mKv
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 11:40:12 +0200 (CEST)
Received: from email.seznam.cz
	by smtpc-mxf2-6b4d8c7f9-x2vqk
	(smtpc-mxf2-6b4d8c7f9-x2vqk [2a02:598:96:8a00::1000:a21])
	id 5e1c9a2f7b40d3e6a9c8f1b2;
	Thu, 22 Oct 2026 11:40:09 +0200 (CEST)
From: {_h("Jana Horáková")} <jana.horakova@seznam.cz>
To: <privacy@shop.example.be>
Subject: {_h("Automatická odpověď: Překlad – Zásady ochrany osobních údajů v4.1 (CS)")}
Date: Thu, 22 Oct 2026 11:40:09 +0200 (CEST)
Message-Id: <ar.2d7f3c91b4e8.1792662009@email.seznam.cz>
In-Reply-To: <20261022113955.5D0C4A1E077@privacy.shop.example.be>
References: <20261022113955.5D0C4A1E077@privacy.shop.example.be>
Auto-Submitted: auto-replied
Precedence: bulk
Mime-Version: 1.0 (Szn.cz Email)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{_qp(_b)}'''))


_b = """Dobrý den,

k Vaší objednávce předané dodavateli bylo doplněno sledovací číslo.

Obchod:                  Shop Example BV (shop.example.be)
Objednávka v obchodě:    2026-879341
Objednávka Dropio:       #DS-558213
Dodavatel:               Yiwu Hengda Trading Co., Ltd. (CN)
Dopravce:                YunExpress – Europe Priority Line
Sledovací číslo:         YT2630118754021
Předpokládané doručení:  6.–10. 11. 2026

Položky:
  1× Stojan na notebook, hliník, stříbrný (SKU HD-LS-07)
  1× Kabel USB-C 2 m, opletený (SKU HD-CB-22)

Sledovací číslo jsme automaticky odeslali zákazníkovi a přenesli do Vašeho
obchodu.

Zobrazit objednávku: https://app.dropio.cz/orders/DS-558213

--
Toto oznámení dostáváte, protože máte v účtu zapnuté upozornění
„Sledovací číslo nahráno“. E-mail pro notifikace změníte v Nastavení →
Notifikace.
Dropio s.r.o., Vinohradská 1511/230, 100 00 Praha 10, IČO 09874512
"""
ROBOTS.append(('cs', 'dropship-platform-tracking-number-uploaded', 'automated', (),
f'''Return-Path: <bounce+7c2e1a.558213-privacy=shop.example.be@mg.dropio.cz>
Received: from m228-41.mailgun.net (m228-41.mailgun.net [159.135.228.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H0Rk15sTnz2vXd
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 03:12:38 +0100 (CET)
X-Mailgun-Sid: WyI3YzJlMSIsInByaXZhY3lAc2hvcC5leGFtcGxlLmJlIiwiOTk4MjEiXQ==
Sender: notifikace=dropio.cz@mg.dropio.cz
Date: Thu, 29 Oct 2026 02:12:35 +0000
From: Dropio <notifikace@dropio.cz>
To: privacy@shop.example.be
Subject: {_h("Objednávka #DS-558213: dodavatel nahrál sledovací číslo")}
Message-Id: <20261029021235.a41e7c9d3b2f0e18@mg.dropio.cz>
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="8e1f0c3a2b7d4c59a6e1d2f3b4c5a6d7"
X-Auto-Response-Suppress: OOF, AutoReply

--8e1f0c3a2b7d4c59a6e1d2f3b4c5a6d7
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8

{_qp(_b)}
--8e1f0c3a2b7d4c59a6e1d2f3b4c5a6d7
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8

{_qp(_htm(_b))}
--8e1f0c3a2b7d4c59a6e1d2f3b4c5a6d7--
'''))


_b = """Dobrý den,

zakázka 2026/4471 byla dokončena a prošla kontrolou kvality.

Název:               Zásady ochrany osobních údajů v4.1 + zásady cookies
Jazykové kombinace:  nizozemština → čeština, nizozemština → slovenština
Rozsah:              4 812 slov
Zadal(a):            privacy@shop.example.be
Dokončeno:           29. 10. 2026 16:22

Soubory ke stažení (odkaz platí 14 dní):
https://portal.linguapont.cz/jobs/2026-4471/download?token=f3K9xQ2mB7

Fakturu vystavíme souhrnně na konci měsíce.

Tento e-mail byl vygenerován automaticky, neodpovídejte na něj prosím.
Dotazy k zakázce pište projektové manažerce přes portál nebo na
projekty@linguapont.cz.

LinguaPont s.r.o. | Údolní 33, 602 00 Brno
"""
ROBOTS.append(('cs', 'translation-agency-portal-job-ready-for-download', 'automated', (),
f'''Return-Path: <portal@linguapont.cz>
Received: from smtp.linguapont.cz (smtp.linguapont.cz [91.239.201.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H0lFm2bQrz1wZc
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 16:22:51 +0100 (CET)
From: {_h("LinguaPont – portál zakázek")} <portal@linguapont.cz>
To: privacy@shop.example.be
Subject: {_h("[LinguaPont] Zakázka 2026/4471 je připravena ke stažení")}
Date: Thu, 29 Oct 2026 16:22:47 +0100
Message-ID: <job-2026-4471.done.1793373767@portal.linguapont.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)

{_b}'''))


_b = """Dobrý den,

děkuji za automatickou odpověď, ale mně nejde o reklamaci, tu už jste
vyřídili. Všimla jsem si, že mi z Vaší podpory odpovídají lidé z Filipín
a v patičce je nějaká firma z Manily. Chci proto vědět, ve které zemi jsou
moje osobní údaje (jméno, adresa, objednávky, věrnostní karta) uložené
a kdo všechno k nim má přístup.

Děkuji
Lenka Dvořáková
věrnostní karta 6001 2204 9915 3

Dne 27. 10. 2026 v 9:12 Shop Example – zákaznická podpora napsal(a):
> ##- Pište prosím nad tento řádek -##
>
> Dobrý den,
>
> Váš požadavek (48213) jsme přijali. Náš tým podpory se Vám ozve
> nejpozději do 2 pracovních dnů.
>
> Předmět: Vrácení zboží – objednávka 2026-861507
>
> Na tento e-mail můžete odpovědět a doplnit informace k požadavku.
>
> Shop Example – zákaznická podpora
> Tento e-mail byl odeslán automaticky. [VX8P2K-4QJ7]
"""
ROBOTS.append(('cs', 'person-replies-above-helpdesk-ack-which-country-is-my-data', 'access', (),
f'''Return-Path: <lenka.dvorakova@centrum.cz>
Received: from mail.centrum.cz (mail.centrum.cz [46.255.227.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H0ZqL0fTvz5pMn
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 20:48:03 +0100 (CET)
Message-ID: <8b1d6e3a-2f47-4c0e-91a5-7d3c2e0f6b14@centrum.cz>
Date: Tue, 27 Oct 2026 20:47:58 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: [=?UTF-8?Q?Po=C5=BEadavek?= #48213] =?UTF-8?Q?P=C5=99ijali_jsme_V?=
 =?UTF-8?Q?=C3=A1=C5=A1_po=C5=BEadavek?=
Content-Language: cs
To: privacy@shop.example.be
References: <ticket-48213-ack@helpdesk.shop.example.be>
From: {_hq("Lenka Dvořáková")} <lenka.dvorakova@centrum.cz>
In-Reply-To: <ticket-48213-ack@helpdesk.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

{_b}'''))

# ---------------------------------------------------------------- hr ----

_b = """Poštovani,

do 4. studenoga 2026. sam na godišnjem odmoru bez pristupa e-pošti.

Za carinjenje pošiljaka za BiH, Srbiju i Crnu Goru obratite se kolegi
Marku Juriću (marko.juric@adriacargo.hr, +385 51 213 447), a za račune
računovodstvu (racunovodstvo@adriacargo.hr).

Vaša poruka neće biti proslijeđena.

Lijep pozdrav,
Ivana Babić
Adria Cargo d.o.o. | Carinsko posredovanje
Riva Boduli 1, 51000 Rijeka
"""
ROBOTS.append(('hr', 'gmail-vacation-responder-customs-broker-rijeka', 'automated', (),
f'''Return-Path: <ivana.babic@adriacargo.hr>
Received: from mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GxqN23cWkz9tLf
        for <privacy@shop.example.be>; Fri, 23 Oct 2026 15:06:27 +0200 (CEST)
Received: by mail-wm1-f44.google.com with SMTP id 5b1f17b1804b1-43163667f0eso21447835e9.0
        for <privacy@shop.example.be>; Fri, 23 Oct 2026 06:06:25 -0700 (PDT)
MIME-Version: 1.0
From: {_h("Ivana Babić")} <ivana.babic@adriacargo.hr>
Date: Fri, 23 Oct 2026 15:06:24 +0200
Message-ID: <CAH4vQ2+Lr7xWm0p_Kb3TfE9yNc6dUs1gJz8oA5vR4iXq2eMhPw@mail.gmail.com>
Subject: {_h("Godišnji odmor do 4.11.")}
To: privacy@shop.example.be
In-Reply-To: <20261023150541.0A7C31E0198@privacy.shop.example.be>
References: <20261023150541.0A7C31E0198@privacy.shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000e4b17a0623f0a9c5"

--000000000000e4b17a0623f0a9c5
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{_qp(_b)}
--000000000000e4b17a0623f0a9c5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{_qp(_htm(_b))}
--000000000000e4b17a0623f0a9c5--
'''))


_b = """Poštovani,

Tomislav Perić više nije zaposlen u tvrtki Dalmasoft d.o.o. i ova se
adresa e-pošte više ne prati. Vaša poruka nije proslijeđena.

Za pitanja o postojećim projektima i održavanju aplikacija pišite na
projekti@dalmasoft.hr, a za pitanja o zaštiti osobnih podataka na
gdpr@dalmasoft.hr.

Dear sender, Tomislav Perić is no longer with Dalmasoft. This mailbox is not
monitored and your message has not been forwarded. Please write to
projekti@dalmasoft.hr.

Dalmasoft d.o.o. | Put Supavla 1, 21000 Split
"""
ROBOTS.append(('hr', 'exchange-auto-reply-mailbox-no-longer-monitored-app-agency', 'automated', (),
f'''Return-Path: <t.peric@dalmasoft.hr>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2115.outbound.protection.outlook.com [40.107.241.115])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H1D8c4xPkz3wQm
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:31:20 +0100 (CET)
Received: from AS8PR07MB9024.eurprd07.prod.outlook.com ([fe80::9d21:4a7c:1e0b:c6f3])
        by AS8PR07MB9024.eurprd07.prod.outlook.com ([fe80::9d21:4a7c:1e0b:c6f3%4])
        with mapi id 15.20.8722.020; Mon, 2 Nov 2026 08:31:18 +0000
From: {_h("Tomislav Perić")} <t.peric@dalmasoft.hr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatski odgovor: Sub-processors and data location - loyalty app
Thread-Topic: Sub-processors and data location - loyalty app
Thread-Index: AQHbLm3w9xT0fEhYxkK2r5c1Ga8Q7g==
Date: Mon, 2 Nov 2026 08:31:18 +0000
Message-ID: <AS8PR07MB90244C1E8B2D7F6A9E3C0B51D2E47@AS8PR07MB9024.eurprd07.prod.outlook.com>
In-Reply-To: <20261102093104.6F2E81C0420@privacy.shop.example.be>
References: <20261102093104.6F2E81C0420@privacy.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: t.peric@dalmasoft.hr
Content-Language: hr-HR
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

{_b64(_b)}'''))


_b = """Isporuka sljedećim primateljima ili grupama nije uspjela:

d.kovacevic@cargoslavonija.hr
Adresa e-pošte koju ste unijeli nije pronađena. Provjerite adresu primatelja
i pokušajte ponovno poslati poruku. Ako problem potraje, obratite se službi
za pomoć.

Dijagnostičke informacije za administratore:

Poslužitelj koji je generirao poruku: EXCH01.cargoslavonija.local

d.kovacevic@cargoslavonija.hr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Zaglavlja izvorne poruke:

Received: from mail-out1.shop.example.be (198.51.100.24) by
 EXCH01.cargoslavonija.local (10.0.0.12) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.2.1544.11; Fri, 23 Oct 2026 14:31:02 +0200
From: Shop Example - Privacy <privacy@shop.example.be>
To: <d.kovacevic@cargoslavonija.hr>
Subject: Data processing agreement - customs clearance Serbia / BiH
Date: Fri, 23 Oct 2026 14:30:55 +0200
Message-ID: <20261023143055.2C9D41E0311@privacy.shop.example.be>
"""
ROBOTS.append(('hr', 'exchange-onprem-ndr-recipient-not-found-localised', 'automated', (),
f'''Return-Path: <>
Received: from mail.cargoslavonija.hr (mail.cargoslavonija.hr [213.202.91.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GxqC75bLnz8pRs
        for <privacy@shop.example.be>; Fri, 23 Oct 2026 14:31:06 +0200 (CEST)
From: <postmaster@cargoslavonija.hr>
To: <privacy@shop.example.be>
Date: Fri, 23 Oct 2026 14:31:03 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e2c91f7a-5b30-4d8e-a6f4-0c1d9b2e7a35"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: hr-HR
Message-ID: <7f3a0c5e-91b2-4d6e-8a17-2c4f0b9e6d31@EXCH01.cargoslavonija.local>
In-Reply-To: <20261023143055.2C9D41E0311@privacy.shop.example.be>
References: <20261023143055.2C9D41E0311@privacy.shop.example.be>
Thread-Topic: Data processing agreement - customs clearance Serbia / BiH
Subject: {_h("Neisporučivo: Data processing agreement - customs clearance Serbia / BiH")}
Auto-Submitted: auto-replied

--e2c91f7a-5b30-4d8e-a6f4-0c1d9b2e7a35
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{_b64(_b)}
--e2c91f7a-5b30-4d8e-a6f4-0c1d9b2e7a35
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.cargoslavonija.local
Received-From-MTA: dns;mail-out1.shop.example.be
Arrival-Date: Fri, 23 Oct 2026 12:31:02 +0000

Final-Recipient: rfc822;d.kovacevic@cargoslavonija.hr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--e2c91f7a-5b30-4d8e-a6f4-0c1d9b2e7a35
Content-Type: text/rfc822-headers

Received: from mail-out1.shop.example.be (198.51.100.24) by
 EXCH01.cargoslavonija.local (10.0.0.12) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.2.1544.11; Fri, 23 Oct 2026 14:31:02 +0200
From: Shop Example - Privacy <privacy@shop.example.be>
To: <d.kovacevic@cargoslavonija.hr>
Subject: Data processing agreement - customs clearance Serbia / BiH
Date: Fri, 23 Oct 2026 14:30:55 +0200
Message-ID: <20261023143055.2C9D41E0311@privacy.shop.example.be>
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0

--e2c91f7a-5b30-4d8e-a6f4-0c1d9b2e7a35--
'''))


_b = """Poštovani,

naručio sam kod vas bežični punjač (narudžba 2026-902213), a danas mi je
stiglo ovo od Hrvatske pošte. Moram platiti PDV i naknadu za carinsko
posredovanje da bih uopće dobio paket. Na vašoj stranici nigdje ne piše da
se šalje iz Kine niti da ima ikakvih dodatnih troškova, pisalo je besplatna
dostava.

Tko će mi to platiti? Ako platim tih 9,28 €, očekujem da mi ih vratite.
Ako ne, odbit ću preuzeti pošiljku i tražit ću povrat cijelog iznosa.

Dario Knežević

Poslano s mog iPhonea

Početak proslijeđene poruke:

> Šalje: Hrvatska pošta <obavijesti@posta.hr>
> Datum: 30. listopada 2026. u 10:14:22 CET
> Prima: dario.knezevic@net.hr
> Predmet: Obavijest o pošiljci u carinskom postupku RB447120958CN
>
> Poštovani,
>
> pošiljka RB447120958CN pošiljatelja SHENZHEN YOUKE E-COMMERCE CO LTD (CN)
> nalazi se u carinskom postupku. Za nastavak postupka i dostavu potrebno je
> platiti:
>
> PDV (25 %): 6,63 €
> Naknada za carinsko posredovanje: 2,65 €
> Ukupno: 9,28 €
>
> Plaćanje: https://carina.posta.hr/placanje/RB447120958CN
>
> Pošiljka se čuva 15 dana, nakon čega se vraća pošiljatelju.
>
> Ova poruka poslana je automatski, molimo ne odgovarajte na nju.
"""
ROBOTS.append(('hr', 'person-iphone-forwards-customs-fee-notice-fee-only', 'other', (),
f'''Return-Path: <dario.knezevic@net.hr>
Received: from mail.net.hr (mail.net.hr [89.201.161.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H0vZ66hJpz4tNb
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 18:02:44 +0100 (CET)
Content-Type: multipart/alternative; boundary=Apple-Mail-8C1E4F62-3B7A-4D2E-9F15-6A0C2B7D9E41
Content-Transfer-Encoding: 7bit
From: {_hq("Dario Knežević")} <dario.knezevic@net.hr>
Mime-Version: 1.0 (1.0)
Date: Fri, 30 Oct 2026 18:02:37 +0100
Subject: {_hq("Fwd: Obavijest o pošiljci u carinskom postupku RB447120958CN")}
Message-Id: <6E2B4C7A-0F19-4D83-A1E5-93C7B2D08F46@net.hr>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B83)

--Apple-Mail-8C1E4F62-3B7A-4D2E-9F15-6A0C2B7D9E41
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{_qp(_b)}
--Apple-Mail-8C1E4F62-3B7A-4D2E-9F15-6A0C2B7D9E41
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{_qp(_htm(_b))}
--Apple-Mail-8C1E4F62-3B7A-4D2E-9F15-6A0C2B7D9E41--
'''))

# ---------------------------------------------------------------- sv ----

_b = """Hej!

Jag är på kundbesök i Singapore och Sydney till och med fredag 30 oktober
och har begränsad tillgång till mejl. Svar kan dröja på grund av
tidsskillnaden (UTC+8 / UTC+11).

Gäller det vårt personuppgiftsbiträdesavtal eller våra underbiträden, skriv
gärna till privacy@klarmoln.se. Brådskande supportärenden: support@klarmoln.se.

Vänliga hälsningar
Erik Lindqvist
Customer Success Manager, Klarmoln AB

--
I am visiting customers in Singapore and Sydney until Friday 30 October.
For DPA and sub-processor questions please contact privacy@klarmoln.se.
"""
ROBOTS.append(('sv', 'exchange-ooo-saas-account-manager-travelling-asia', 'automated', (),
f'''Return-Path: <erik.lindqvist@klarmoln.se>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2089.outbound.protection.outlook.com [40.107.22.89])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GwDd94kTsz2xBn
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 01:48:16 +0200 (CEST)
Received: from GV1PR02MB10733.eurprd02.prod.outlook.com ([fe80::2b7e:51c4:9a0d:8e12])
        by GV1PR02MB10733.eurprd02.prod.outlook.com ([fe80::2b7e:51c4:9a0d:8e12%6])
        with mapi id 15.20.8722.014; Tue, 20 Oct 2026 23:48:12 +0000
From: Erik Lindqvist <erik.lindqvist@klarmoln.se>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatiskt svar: Sub-processor list and SCCs - Shop Example BV
Thread-Topic: Sub-processor list and SCCs - Shop Example BV
Thread-Index: AQHbJ9qD8mR2nYlT0Uu5k1a3Xw4vBg==
Date: Tue, 20 Oct 2026 23:48:12 +0000
Message-ID: <GV1PR02MB107335E2A9C4B81F0D7E3A6C2B1F9@GV1PR02MB10733.eurprd02.prod.outlook.com>
In-Reply-To: <20261021014759.1B3F62A0088@privacy.shop.example.be>
References: <20261021014759.1B3F62A0088@privacy.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: erik.lindqvist@klarmoln.se
Content-Language: sv-SE
Content-Type: multipart/alternative;
	boundary="_000_GV1PR02MB107335E2A9C4B81F0D7E3A6C2B1F9GV1PR02MB10733eurp_"
MIME-Version: 1.0

--_000_GV1PR02MB107335E2A9C4B81F0D7E3A6C2B1F9GV1PR02MB10733eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{_b64(_b)}
--_000_GV1PR02MB107335E2A9C4B81F0D7E3A6C2B1F9GV1PR02MB10733eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{_b64(_htm(_b))}
--_000_GV1PR02MB107335E2A9C4B81F0D7E3A6C2B1F9GV1PR02MB10733eurp_--
'''))


_b = """Hej,

här kommer månadsrapporten för taxfree-checkar som utfärdats i er butik
under oktober 2026.

Butik:      Shop Example BV – Meir 84, 2000 Antwerpen (butiks-ID BE-20417)
Period:     2026-10-01 – 2026-10-31

Utfärdade checkar:                 37
Stämplade av tullen:               29
Återbetalda till resenär:          26
Makulerade:                         2
Totalt köpbelopp inkl. moms:       18 462,50 EUR
Återbetald moms till resenärer:     2 915,74 EUR

Rapporten per check finns i bifogad PDF och i handlarportalen:
https://handlare.nordictaxrefund.se/rapporter

Detta är ett automatiskt utskick. Svara inte på detta mejl – kontakta
butikssupport@nordictaxrefund.se om du har frågor.

Nordic Tax Refund AB · Box 1103 · 111 81 Stockholm · org.nr 556912-4408
"""
ROBOTS.append(('sv', 'taxfree-refund-service-monthly-merchant-report-pdf', 'automated', (),
f'''Return-Path: <rapporter@nordictaxrefund.se>
Received: from out3.nordictaxrefund.se (out3.nordictaxrefund.se [194.14.178.63])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H153q2dWxz6mYh
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 03:15:11 +0100 (CET)
From: {_h("Nordic Tax Refund – butiksrapporter")} <rapporter@nordictaxrefund.se>
To: privacy@shop.example.be
Subject: {_h("Månadsrapport oktober 2026 – Shop Example BV, butik BE-20417 (Antwerpen)")}
Date: Sun, 1 Nov 2026 03:15:07 +0100
Message-ID: <report.BE-20417.202610.7c41e9@reports.nordictaxrefund.se>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_ntr_8f3a61c0e2d94b7a"
Auto-Submitted: auto-generated
Precedence: bulk
X-Report-Type: merchant-monthly

--=_ntr_8f3a61c0e2d94b7a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_b}
--=_ntr_8f3a61c0e2d94b7a
Content-Type: application/pdf; name="NTR_manadsrapport_2026-10_BE-20417.pdf"
Content-Disposition: attachment; filename="NTR_manadsrapport_2026-10_BE-20417.pdf"
Content-Transfer-Encoding: base64

{_b64raw(_pdf("NTR manadsrapport 2026-10 BE-20417"))}
--=_ntr_8f3a61c0e2d94b7a--
'''))


_b = """Hej,

Sändningen nedan är nu tullklarerad i både Sverige och Norge.

Avsändare:        Shop Example BV c/o Nordlager Helsingborg (EORI BE0712345678)
Mottagare:        23 privatkunder i Norge (samlastning, se bifogad mottagarlista)
Transportör:      PostNord, trailer SNN 448
Export (Tullverket):     MRN 26SE000123EX998317
Import (Tolletaten):     deklarasjon 26NO0049821773
Norsk mva och toll:      11 284 NOK – faktureras enligt avtal
Klarerad:                27 oktober 2026 kl. 14:06, Svinesund

Bifogat: kopia av exportdeklarationen och mottagarlistan (PDF).

Ert ref: 2026-NO-0193
Vår ref: GS-261027-4418

Detta mejl har skickats automatiskt från vårt tullsystem. Frågor om
deklarationen: tull@gransspedition.se, tfn 0526-404 20 (vardagar 06–22).

Gränsspedition Svinesund AB
"""
ROBOTS.append(('sv', 'customs-broker-svinesund-export-norway-cleared-with-declaration', 'automated', (),
f'''Return-Path: <tull@gransspedition.se>
Received: from smtp01.gransspedition.se (smtp01.gransspedition.se [83.241.130.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H0F7t0yKcz1rWq
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 14:07:31 +0100 (CET)
Received: from tullsys02 (tullsys02.gs.local [10.40.1.32])
        by smtp01.gransspedition.se (Postfix) with ESMTP id 2B8D5600A1
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 14:07:29 +0100 (CET)
From: {_h("Gränsspedition Svinesund – Tull")} <tull@gransspedition.se>
To: privacy@shop.example.be
Cc: logistik@shop.example.be
Subject: {_h("Tullklarering klar: export SE → NO, ert ref 2026-NO-0193, vår ref GS-261027-4418")}
Date: Tue, 27 Oct 2026 14:07:29 +0100
Message-ID: <GS-261027-4418.klar.1793106449@tullsys02.gs.local>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_NextPart_000_0017_01DD47A2.5C3E1F80"
Auto-Submitted: auto-generated
X-Mailer: TullData Expedit 8.2

------=_NextPart_000_0017_01DD47A2.5C3E1F80
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{_qp(_b)}
------=_NextPart_000_0017_01DD47A2.5C3E1F80
Content-Type: application/pdf; name="GS-261027-4418_exportdeklaration.pdf"
Content-Disposition: attachment; filename="GS-261027-4418_exportdeklaration.pdf"
Content-Transfer-Encoding: base64

{_b64raw(_pdf("Exportdeklaration 26SE000123EX998317"))}
------=_NextPart_000_0017_01DD47A2.5C3E1F80
Content-Type: application/pdf; name="GS-261027-4418_mottagarlista.pdf"
Content-Disposition: attachment; filename="GS-261027-4418_mottagarlista.pdf"
Content-Transfer-Encoding: base64

{_b64raw(_pdf("Mottagarlista GS-261027-4418 (23 mottagare)"))}
------=_NextPart_000_0017_01DD47A2.5C3E1F80--
'''))


_b = """Hej

Jag motsätter mig att ni skickar mina uppgifter till det där amerikanska
bolaget. Jag har appen för att se mina poäng och kvitton, inte för att mina
köpvanor ska analyseras i USA. Använd inte mina uppgifter till det.

/Annika Sjöberg
Medlemsnr 7710 0452 318

Skickat från Outlook för Android
________________________________
Från: Shop Example <noreply@shop.example.be>
Skickat: den 26 oktober 2026 09:00
Till: annika.sjoberg@outlook.com <annika.sjoberg@outlook.com>
Ämne: Viktig information: ny leverantör för pushnotiser i appen

Hej Annika,

Från och med den 16 november 2026 använder vi PushBeam Inc. (USA) för att
skicka pushnotiser och mäta hur appen används. PushBeam behandlar ditt
enhets-ID, din appversion och information om hur du använder appen för vår
räkning. Överföringen till USA sker enligt EU–US Data Privacy Framework och
EU:s standardavtalsklausuler.

Du behöver inte göra något. Mer information finns i vår integritetspolicy:
https://shop.example.be/sv/integritet

Har du frågor? Svara på detta mejl eller skriv till privacy@shop.example.be.

Vänliga hälsningar
Shop Example

Det här är ett automatiskt utskick till medlemmar i Shop Example Club.
"""
ROBOTS.append(('sv', 'person-outlook-android-replies-above-new-subprocessor-notice-objects', 'objection', (),
f'''Return-Path: <annika.sjoberg@outlook.com>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02olkn2081.outbound.protection.outlook.com [40.92.50.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GzTm40sPgz5kHr
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 12:36:58 +0100 (CET)
Received: from DU0P190MB1954.EURP190.PROD.OUTLOOK.COM ([fe80::a1c3:7e20:4b9d:15f6])
        by DU0P190MB1954.EURP190.PROD.OUTLOOK.COM ([fe80::a1c3:7e20:4b9d:15f6%3])
        with mapi id 15.20.8722.017; Mon, 26 Oct 2026 11:36:55 +0000
From: {_hq("Annika Sjöberg")} <annika.sjoberg@outlook.com>
To: Shop Example <privacy@shop.example.be>
Subject: {_hq("Re: Viktig information: ny leverantör för pushnotiser i appen")}
Thread-Topic: {_hq("Viktig information: ny leverantör för pushnotiser i appen")}
Thread-Index: AQHbJ5cM0nC4qYkFSE6c7Qm2bE0R9w==
Date: Mon, 26 Oct 2026 11:36:55 +0000
Message-ID: <DU0P190MB1954A7C3E5F24E6B8AF1C2D7B5E42@DU0P190MB1954.EURP190.PROD.OUTLOOK.COM>
References: <club-notice-2026-10-26.7710045231@mailer.shop.example.be>
In-Reply-To: <club-notice-2026-10-26.7710045231@mailer.shop.example.be>
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: sv-SE
Content-Type: multipart/alternative;
	boundary="_000_DU0P190MB1954A7C3E5F24E6B8AF1C2D7B5E42DU0P190MB1954EURP_"
MIME-Version: 1.0

--_000_DU0P190MB1954A7C3E5F24E6B8AF1C2D7B5E42DU0P190MB1954EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{_qp(_b)}
--_000_DU0P190MB1954A7C3E5F24E6B8AF1C2D7B5E42DU0P190MB1954EURP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{_qp(_htm(_b))}
--_000_DU0P190MB1954A7C3E5F24E6B8AF1C2D7B5E42DU0P190MB1954EURP_--
'''))

# ---------------------------------------------------------------- ro ----

_b = """Bună ziua,

Sunt în concediu de odihnă în perioada 26 octombrie – 3 noiembrie 2026,
fără acces la e-mail.

Pentru escaladări privind protecția datelor (GDPR) pe contul Shop Example,
vă rog să scrieți la shopexample.tl@contactpoint.ro sau să o contactați pe
colega mea, Ioana Dumitrescu (ioana.dumitrescu@contactpoint.ro).

Mesajele primite în această perioadă nu vor fi redirecționate.

Cu stimă,
Andreea Popescu
Team Leader – cont Shop Example
ContactPoint Services SRL, Iași
"""
ROBOTS.append(('ro', 'zimbra-vacation-reply-offshore-helpdesk-team-leader', 'automated', (),
f'''Return-Path: <andreea.popescu@contactpoint.ro>
Received: from mail.contactpoint.ro (mail.contactpoint.ro [89.45.112.206])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GzVr85nXbz3mTs
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 13:04:41 +0100 (CET)
Received: from localhost (localhost [127.0.0.1])
	by mail.contactpoint.ro (Postfix) with ESMTP id 91C2E3E0F14
	for <privacy@shop.example.be>; Mon, 26 Oct 2026 14:04:39 +0200 (EET)
Date: Mon, 26 Oct 2026 14:04:39 +0200 (EET)
From: Andreea Popescu <andreea.popescu@contactpoint.ro>
To: privacy@shop.example.be
Message-ID: <1390274811.5518204.1793016279114.JavaMail.zimbra@contactpoint.ro>
In-Reply-To: <20261026130422.4D1A72E0156@privacy.shop.example.be>
Subject: {_h("Răspuns automat: Escalation PRV-2026-1193 - access request received via helpdesk")}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.7_GA_4518 (zclient/10.0.7_GA_4518)

{_qp(_b)}'''))


_b = """Tichetul #77120 a fost actualizat.

Actualizat de:  Mihai Stan (agent, tura 2)
Status:         În așteptare → Escaladat
Grup:           Shop Example BE – L1 → Shop Example BE – Privacy
Prioritate:     Normală → Ridicată
Etichete:       gdpr, stergere_cont, limba_nl

Notă internă:
„Clientul cere ștergerea contului și a cardului de fidelitate. Identitatea a
fost verificată prin e-mailul asociat contului. Vă rog să preluați conform
procedurii PRV-04.”

Vizualizați tichetul: https://helpdesk.contactpoint.ro/agent/tickets/77120

--
Primiți această notificare pentru că sunteți membru al grupului
„Shop Example BE – Privacy”. Nu răspundeți la acest e-mail; comentariile se
adaugă numai din interfața helpdesk.
"""
ROBOTS.append(('ro', 'offshore-helpdesk-ticket-escalated-to-privacy-group-notification', 'automated', (),
f'''Return-Path: <notificari@helpdesk.contactpoint.ro>
Received: from helpdesk.contactpoint.ro (helpdesk.contactpoint.ro [89.45.112.210])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H0Hk31wGdz7pLx
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 16:41:09 +0100 (CET)
From: {_h("Helpdesk ContactPoint")} <notificari@helpdesk.contactpoint.ro>
Reply-To: no-reply@helpdesk.contactpoint.ro
To: privacy@shop.example.be
Subject: {_h("[Tichet #77120] Escaladat către Shop Example BE – Privacy: cerere ștergere cont")}
Date: Tue, 27 Oct 2026 17:41:05 +0200
Message-ID: <ticket-77120-upd-9@helpdesk.contactpoint.ro>
References: <ticket-77120@helpdesk.contactpoint.ro>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="hp-b1c7e04f2a9d"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-HelpPoint-Ticket: 77120
X-Mailer: HelpPoint 5.2

--hp-b1c7e04f2a9d
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{_b64(_b)}
--hp-b1c7e04f2a9d
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{_b64(_htm(_b))}
--hp-b1c7e04f2a9d--
'''))


_b = """Bună ziua,

Ați trimis un mesaj către daniel.munteanu@dmconsult.ro. Acest destinatar
folosește MailProtect, un serviciu care acceptă numai mesaje de la
expeditori confirmați.

Mesajul dumneavoastră:
  Subiect: Răspuns la solicitarea dvs. de acces la date [PRV-2026-1201]
  Trimis:  29.10.2026, 12:42

Pentru a confirma că sunteți o persoană reală, accesați linkul de mai jos și
introduceți codul afișat în imagine. Este necesar o singură dată; mesajele
dumneavoastră viitoare către acest destinatar vor fi livrate direct.

https://filtru.mailprotect.ro/c/9Qm2Lx7Tz4

Dacă nu confirmați în 7 zile, mesajul va fi șters automat.

--
MailProtect – filtrare anti-spam pentru firme
"""
ROBOTS.append(('ro', 'challenge-response-antispam-confirm-sender-reply-to-access-answer', 'automated', (),
f'''Return-Path: <>
Received: from filtru.mailprotect.ro (filtru.mailprotect.ro [5.2.177.94])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H0Yh72tVcz9kWp
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 11:42:57 +0100 (CET)
From: {_h("MailProtect – verificare expeditor")} <verificare@filtru.mailprotect.ro>
To: privacy@shop.example.be
Subject: {_h("Confirmați expeditorul: mesajul dvs. către daniel.munteanu@dmconsult.ro este în așteptare")}
Date: Thu, 29 Oct 2026 12:42:54 +0200
Message-ID: <chal.6f21c0a9e4.1793353374@filtru.mailprotect.ro>
In-Reply-To: <20261029114231.7E3B01C0507@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
Precedence: junk
X-MailProtect-Challenge: 9Qm2Lx7Tz4

{_qp(_b)}'''))


_b = """Bună ziua,

Ieri am primit mesajul de mai jos de la o firmă din China de care n-am auzit
niciodată. Singura comandă pe care am făcut-o în ultima vreme e la
dumneavoastră (nr. 2026-881077, un suport de laptop).

Cine le-a dat adresa mea de e-mail, adresa de acasă și numărul de telefon?
Vă rog să-mi spuneți cui anume ați transmis datele mele și ce date au
primit.

Mulțumesc,
Cristina Moldovan

---------- Forwarded message ---------
De la: Hengda Shipping Notice <notice@hengda-trade.cn>
Date: vin., 30 oct. 2026 la 04:12
Subject: Your order has been shipped! Tracking No. YT2630119902456
To: <cristina.moldovan89@gmail.com>


Dear Cristina Moldovan,

Good news! Your order has been shipped.

Order No.: HD20261029-77413
Ship to: Cristina Moldovan, Str. Observatorului 52, ap. 14, 400363 Cluj-Napoca, Romania
Phone: +40 7** *** 318
Carrier: YunExpress
Tracking No.: YT2630119902456
Track your parcel: https://www.yuntrack.com/parcelTracking?id=YT2630119902456

Thank you for shopping with us!
Yiwu Hengda Trading Co., Ltd.
This is an automatic email, please do not reply.
"""
ROBOTS.append(('ro', 'person-forwards-china-shipping-notice-who-gave-them-my-address', 'access', (),
f'''Return-Path: <cristina.moldovan89@gmail.com>
Received: from mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H16Pb5kRtz2nXv
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 09:58:21 +0100 (CET)
Received: by mail-lf1-f52.google.com with SMTP id 2adb3069b0e04-53b1f2a7c61so881077e87.2
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 01:58:19 -0700 (PDT)
X-Gm-Message-State: AOJu0Yx2bT9mR4kLq7sVn0cZe5dWf8hJ1gP3oA6iU2yN4tE0rQ7w
MIME-Version: 1.0
From: Cristina Moldovan <cristina.moldovan89@gmail.com>
Date: Sat, 31 Oct 2026 10:58:15 +0200
Message-ID: <CAM7rK0xPq3+tVb2sN8mYd5Lw1fJ9eG4hR6cA0uZ_7kXo2iTnEw@mail.gmail.com>
Subject: Fwd: Your order has been shipped! Tracking No. YT2630119902456
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000005b92e10623d7c8f4"

--0000000000005b92e10623d7c8f4
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{_qp(_b)}
--0000000000005b92e10623d7c8f4
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{_qp(_htm(_b))}
--0000000000005b92e10623d7c8f4--
'''))

# ---------------------------------------------------------------- el ----

_b = """Καλησπέρα σας,

Θα βρίσκομαι εκτός γραφείου έως και τη Δευτέρα 2 Νοεμβρίου, με περιορισμένη
πρόσβαση στο ηλεκτρονικό ταχυδρομείο.

Για θέματα συμβάσεων και DPA μπορείτε να απευθύνεστε στη συνάδελφο Μαρία
Κωνσταντινίδου (m.konstantinidou@nefeli-cloud.gr). Για τεχνική υποστήριξη:
support@nefeli-cloud.gr ή 210 6198 400.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Key Account Manager
Nefeli Cloud Α.Ε. | Λεωφ. Κηφισίας 124, 115 26 Αθήνα

I am out of the office until Monday 2 November. For contract and DPA matters
please contact m.konstantinidou@nefeli-cloud.gr.
"""
ROBOTS.append(('el', 'exchange-ooo-cloud-provider-account-manager-dpa-signature', 'automated', (),
f'''Return-Path: <g.papadopoulos@nefeli-cloud.gr>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2128.outbound.protection.outlook.com [40.107.13.128])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H0Pq92cJwz4vRt
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 10:15:37 +0100 (CET)
Received: from PA4PR08MB6127.eurprd08.prod.outlook.com ([fe80::5f0a:c312:8e47:2b9d])
        by PA4PR08MB6127.eurprd08.prod.outlook.com ([fe80::5f0a:c312:8e47:2b9d%7])
        with mapi id 15.20.8722.014; Thu, 29 Oct 2026 09:15:33 +0000
From: {_h("Γιώργος Παπαδόπουλος")} <g.papadopoulos@nefeli-cloud.gr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: {_h("Αυτόματη απάντηση: Updated DPA v3.2 - signature Shop Example BV")}
Thread-Topic: Updated DPA v3.2 - signature Shop Example BV
Thread-Index: AQHbKeR7vUq0mX9eS0G6yCk2pHn3Lw==
Date: Thu, 29 Oct 2026 09:15:33 +0000
Message-ID: <PA4PR08MB61279B0D3E7A41C2F5E86D09A4C13@PA4PR08MB6127.eurprd08.prod.outlook.com>
In-Reply-To: <20261029101519.3A0F51E0266@privacy.shop.example.be>
References: <20261029101519.3A0F51E0266@privacy.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: g.papadopoulos@nefeli-cloud.gr
Content-Language: el-GR
Content-Type: multipart/alternative;
	boundary="_000_PA4PR08MB61279B0D3E7A41C2F5E86D09A4C13PA4PR08MB6127eurp_"
MIME-Version: 1.0

--_000_PA4PR08MB61279B0D3E7A41C2F5E86D09A4C13PA4PR08MB6127eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{_b64(_b)}
--_000_PA4PR08MB61279B0D3E7A41C2F5E86D09A4C13PA4PR08MB6127eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{_b64(_htm(_b))}
--_000_PA4PR08MB61279B0D3E7A41C2F5E86D09A4C13PA4PR08MB6127eurp_--
'''))


_b = """Το μήνυμά σας

    Προς: Αλεξίου Ελένη
    Θέμα: Απάντηση στο αίτημά σας για πρόσβαση στα δεδομένα σας [PRV-2026-1207]
    Στάλθηκε: Παρασκευή, 30 Οκτωβρίου 2026 11:02:17 π.μ. (UTC+02:00) Αθήνα, Βουκουρέστι

διαβάστηκε την Παρασκευή, 30 Οκτωβρίου 2026 8:47:05 μ.μ. (UTC+02:00) Αθήνα, Βουκουρέστι.
"""
ROBOTS.append(('el', 'outlook-read-receipt-customer-opened-access-answer', 'automated', (),
f'''Return-Path: <eleni.alexiou@otenet.gr>
Received: from smtp-out.otenet.gr (smtp-out.otenet.gr [83.235.69.30])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H0zB34mLqz6sNd
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 19:47:11 +0100 (CET)
Received: from DESKTOP-7HQ2K0L (ppp-94-66-218-41.home.otenet.gr [94.66.218.41])
	by smtp-out.otenet.gr (Postfix) with ESMTPSA id 5C1F7E2A09
	for <privacy@shop.example.be>; Fri, 30 Oct 2026 20:47:08 +0200 (EET)
From: {_h("Αλεξίου Ελένη")} <eleni.alexiou@otenet.gr>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: {_h("Αναγνώστηκε: Απάντηση στο αίτημά σας για πρόσβαση στα δεδομένα σας [PRV-2026-1207]")}
Date: Fri, 30 Oct 2026 20:47:05 +0200
Message-ID: <000a01dd4a13$2f8b6c90$8ea24bb0$@otenet.gr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0005_01DD4A13.2F8B6C90"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdtKEyu0b6M9l1fXQ8m5J2kWc0Ry4A==
Content-Language: el

This is a multi-part message in MIME format.

------=_NextPart_000_0005_01DD4A13.2F8B6C90
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{_b64(_b)}
------=_NextPart_000_0005_01DD4A13.2F8B6C90
Content-Type: message/disposition-notification

Reporting-UA: DESKTOP-7HQ2K0L; Microsoft Outlook 16.0
Final-Recipient: rfc822;eleni.alexiou@otenet.gr
Original-Message-ID: <20261030110217.4B7E92A0611@privacy.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0005_01DD4A13.2F8B6C90--
'''))


_b = """Αγαπητέ πελάτη,

Σας ενημερώνουμε για δύο αλλαγές που αφορούν τον λογαριασμό σας
«Shop Example BV» (αρ. πελάτη NC-118204).

1. Περιοχή φιλοξενίας δεδομένων
Από την 1η Δεκεμβρίου 2026 τα αντίγραφα ασφαλείας (backups) των υπηρεσιών
σας θα αποθηκεύονται στο νέο μας κέντρο δεδομένων στη Θεσσαλονίκη αντί για
τη Φρανκφούρτη. Τα κύρια δεδομένα παραμένουν στην Αθήνα. Δεν απαιτείται
καμία ενέργεια από εσάς.

2. Διαβιβάσεις εκτός ΕΟΧ
Η τεχνική υποστήριξη δεύτερου επιπέδου εκτός ωραρίου παρέχεται πλέον από
τη θυγατρική μας στη Σερβία (Nefeli Cloud d.o.o., Βελιγράδι). Οι σχετικές
διαβιβάσεις καλύπτονται από τις Τυποποιημένες Συμβατικές Ρήτρες της
Ευρωπαϊκής Επιτροπής (Ενότητα 3, εκτελών την επεξεργασία προς εκτελούντα).
Η ενημερωμένη Σύμβαση Επεξεργασίας Δεδομένων (DPA v3.2) και η εκτίμηση
αντικτύπου διαβίβασης (TIA) είναι διαθέσιμες στο Trust Center:
https://trust.nefeli-cloud.gr

Αν έχετε αντιρρήσεις για την αλλαγή, μπορείτε να τις υποβάλετε μέσω του
Trust Center έως τις 30 Νοεμβρίου 2026, σύμφωνα με το άρθρο 9 της DPA.

Με εκτίμηση,
Η ομάδα Συμμόρφωσης της Nefeli Cloud

Λαμβάνετε αυτό το μήνυμα επειδή η διεύθυνση privacy@shop.example.be είναι
καταχωρισμένη ως υπεύθυνος επικοινωνίας για θέματα προστασίας δεδομένων.
Πρόκειται για υποχρεωτική ενημέρωση υπηρεσίας.
"""
ROBOTS.append(('el', 'cloud-provider-data-region-and-transfer-mechanism-notice', 'automated', (),
f'''Return-Path: <bounces+4471802-9c1e-privacy=shop.example.be@em8214.nefeli-cloud.gr>
Received: from o3.em8214.nefeli-cloud.gr (o3.em8214.nefeli-cloud.gr [149.72.203.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H1F2x6qVhz8mLw
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:00:17 +0100 (CET)
Received: by filterdrecv-7d5b9c6f4-kq2x8 with SMTP id filterdrecv-7d5b9c6f4-kq2x8-1-6746A1B0-5
        2026-11-02 08:00:16.402377829 +0000 UTC m=+4471802.118834201
From: Nefeli Cloud <noreply@notifications.nefeli-cloud.gr>
To: privacy@shop.example.be
Subject: {_h("Σημαντική ενημέρωση: αλλαγή περιοχής φιλοξενίας δεδομένων και μηχανισμού διαβίβασης")}
Date: Mon, 02 Nov 2026 08:00:16 +0000
Message-ID: <Xk3pT0aRQ9uM2fL7cB1y4w@geopod-ismtpd-12>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="6a9f3c2e1b7d40e58c4f1a2b3c4d5e6f"
Auto-Submitted: auto-generated
Precedence: bulk
X-Notification-Type: legal-notice
X-SG-EID: u001.Nq8KZ3bY0tVmR5xPw2LcHd9fJ6gE1sA4oU7iT0yQ=

--6a9f3c2e1b7d40e58c4f1a2b3c4d5e6f
Content-Transfer-Encoding: base64
Content-Type: text/plain; charset=utf-8

{_b64(_b)}
--6a9f3c2e1b7d40e58c4f1a2b3c4d5e6f
Content-Transfer-Encoding: base64
Content-Type: text/html; charset=utf-8

{_b64(_htm(_b))}
--6a9f3c2e1b7d40e58c4f1a2b3c4d5e6f--
'''))


_b = """Καλησπέρα,

Στις 2 Οκτωβρίου έστειλα email στη διεύθυνση dpo@shop.example.be (αυτή
αναγράφεται στην πολιτική απορρήτου σας!) και ζήτησα να διαγραφεί ο
λογαριασμός μου και όλα τα στοιχεία μου. Μου γύρισε πίσω το παρακάτω
μήνυμα σφάλματος. Έναν μήνα μετά εξακολουθώ να λαμβάνω τα newsletter σας
και SMS με προσφορές.

Είναι απαράδεκτο να αναγράφετε στην πολιτική απορρήτου μια διεύθυνση που
δεν λειτουργεί. Ζητώ ξανά να διαγράψετε τον λογαριασμό μου και όλα τα
δεδομένα μου. Αν δεν λάβω επιβεβαίωση μέσα σε 10 ημέρες, θα υποβάλω
καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Νίκος Σταματόπουλος

---------- Forwarded message ---------
Από: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: Παρ 2 Οκτ 2026 στις 6:31 μ.μ.
Subject: Delivery Status Notification (Failure)
To: <nstamatopoulos@gmail.com>


Δεν βρέθηκε η διεύθυνση

Το μήνυμά σας δεν παραδόθηκε στη διεύθυνση dpo@shop.example.be, επειδή
δεν ήταν δυνατή η εύρεση της διεύθυνσης ή επειδή η διεύθυνση δεν μπορεί να
λάβει μηνύματα.

Η απάντηση από τον απομακρυσμένο διακομιστή ήταν:

550 5.1.1 <dpo@shop.example.be>: Recipient address rejected: User unknown
in virtual mailbox table
"""
ROBOTS.append(('el', 'person-forwards-gmail-bounce-from-dead-dpo-address-complains', 'complaint', ('deletion',),
f'''Return-Path: <nstamatopoulos@gmail.com>
Received: from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H1gW85dKpz3rXm
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 18:22:16 +0100 (CET)
Received: by mail-wr1-f41.google.com with SMTP id ffacd0b85a97d-38231f8e0c4so1207e8f.3
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 09:22:14 -0800 (PST)
X-Gm-Message-State: AOJu0YzL4nT8wQ1bR6sXk0vYp3eDf9gH2jM5cU7iA0oZ4tN1rW6q
MIME-Version: 1.0
From: {_h("Νίκος Σταματόπουλος")} <nstamatopoulos@gmail.com>
Date: Tue, 3 Nov 2026 19:22:10 +0200
Message-ID: <CAK2pT9wRn4+Lx7bQe0sVm3Yd1fZc8hJ5gA6uN0oP_2iEr4tXkw@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000c8a4f30624108b71"

--000000000000c8a4f30624108b71
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{_b64(_b)}
--000000000000c8a4f30624108b71
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{_b64(_htm(_b))}
--000000000000c8a4f30624108b71--
'''))

# ---------------------------------------------------------------- bg ----

_b = """Здравейте,

Благодарим Ви, че се свързахте с нас. Вашето запитване е регистрирано под
номер #BG-2210487.

Тема: Data processing agreement - last-mile deliveries Bulgaria
Отдел: Правен отдел / Защита на личните данни
Очаквано време за отговор: до 5 работни дни

Ако отговаряте на това писмо, моля, запазете номера на запитването в темата,
за да бъде добавен отговорът Ви към същата преписка.

Можете да следите статуса на запитването си тук:
https://support.ekspreskurier.bg/tickets/BG-2210487

Това е автоматично генерирано съобщение.

С уважение,
Екипът на „Експрес Куриер“ ЕООД
София 1784, бул. „Цариградско шосе“ 115
"""
ROBOTS.append(('bg', 'courier-helpdesk-ticket-acknowledgement-dpa-request', 'automated', (),
f'''Return-Path: <support@ekspreskurier.bg>
Received: from mail.ekspreskurier.bg (mail.ekspreskurier.bg [217.174.152.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GwYf35hRmz7kQp
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 15:05:44 +0200 (CEST)
From: {_h("Експрес Куриер – Обслужване на клиенти")} <support@ekspreskurier.bg>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: {_h("[#BG-2210487] Получихме Вашето запитване: Data processing agreement - last-mile deliveries Bulgaria")}
Date: Thu, 22 Oct 2026 16:05:40 +0300
Message-ID: <autoresp.BG-2210487.a7c1e3@support.ekspreskurier.bg>
In-Reply-To: <20261022150512.7C2D43A0190@privacy.shop.example.be>
References: <20261022150512.7C2D43A0190@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-replied
Precedence: auto_reply
X-Autoreply: yes
X-Mailer: osTicket Mailer

{_b64(_b)}'''))


_b = """Уважаеми клиенти,

В съответствие с чл. 6.3 от Споразумението за обработване на лични данни
(DPA), сключено между Вас и „СМС Пулс“ АД, Ви уведомяваме за следните
промени в списъка на подобработващите:

Нов подобработващ:
  • Telvana Ltd. (Кипър) – маршрутизиране на SMS съобщения към мобилни
    оператори извън България
    Обработвани данни: мобилен номер, текст на съобщението, статус на доставка
    Място на обработване: ЕС (Лимасол, Кипър)

Отпадащ подобработващ:
  • MobiRoute GmbH (Германия) – от 1 декември 2026 г. спира да обработва
    данни от Ваше име

Промените влизат в сила на 1 декември 2026 г. Ако имате обосновани
възражения срещу новия подобработващ, можете да ги изпратите на
dpo@smspulse.bg в срок от 30 дни от получаването на настоящото уведомление.

Актуалният списък с подобработващи е публикуван на
https://smspulse.bg/legal/podobrabotvashti

Това съобщение е изпратено до всички лица за контакт по защита на данните,
посочени в профилите на нашите клиенти. Моля, не отговаряйте на този адрес.

С уважение,
Правен отдел
„СМС Пулс“ АД
"""
ROBOTS.append(('bg', 'sms-gateway-subprocessor-change-notification', 'automated', (),
f'''Return-Path: <legal-noreply@smspulse.bg>
Received: from mta2.smspulse.bg (mta2.smspulse.bg [185.80.0.147])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H0qJ01tNbz5wKs
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 09:00:31 +0100 (CET)
From: {_h("СМС Пулс – Правни уведомления")} <legal-noreply@smspulse.bg>
To: privacy@shop.example.be
Subject: {_h("Уведомление за нов подобработващ (в сила от 1 декември 2026 г.)")}
Date: Fri, 30 Oct 2026 10:00:27 +0200
Message-ID: <dpa-notice-2026-11.118.privacy=shop.example.be@smspulse.bg>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_Hs0Qk7LmTz2VxR9pW4cN"
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)

This is a multi-part message in MIME format.
--b1_Hs0Qk7LmTz2VxR9pW4cN
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{_qp(_b)}
--b1_Hs0Qk7LmTz2VxR9pW4cN
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{_qp(_htm(_b))}
--b1_Hs0Qk7LmTz2VxR9pW4cN--
'''))


_b = """Уважаеми търговци,

На 2 ноември 2026 г. установихме уязвимост (CVE-2026-41877, CVSS 7.5)
в официалния модул на ПлатиПей за Magento 2, версии 3.0.0 – 3.4.2. При
определени настройки уязвимостта позволява на неоторизирано лице да прочете
данни за поръчки (име, имейл, адрес за доставка) чрез адреса за обратно
извикване (callback) при потвърждение на плащане. Данни за платежни карти
не са засегнати.

Какво трябва да направите:
  1. Обновете модула до версия 3.4.3 или по-нова
     (Composer: platipay/magento2-module).
  2. Сменете тайния ключ за callback в Търговски портал → Настройки → API.
  3. Прегледайте логовете си за заявки към /platipay/callback/status
     с необичаен User-Agent след 15 октомври 2026 г.

Засегнат ли е Вашият магазин?
По нашите данни магазинът shop.example.be (ID на търговец 400218) използва
версия 3.4.1.

Подробности: https://platipay.bg/security/PP-SA-2026-07

Получавате това съобщение, защото сте посочени като контакт по сигурността
за Вашия търговски профил.

Екип по информационна сигурност
ПлатиПей АД
"""
ROBOTS.append(('bg', 'payment-gateway-security-advisory-plugin-vulnerability', 'automated', (),
f'''Return-Path: <security@platipay.bg>
Received: from out1.platipay.bg (out1.platipay.bg [194.153.145.21])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H1hM87sFqz2pVd
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 16:12:49 +0100 (CET)
From: {_h("ПлатиПей – Информационна сигурност")} <security@platipay.bg>
To: privacy@shop.example.be
Subject: {_h("[ПлатиПей] Бюлетин за сигурност PP-SA-2026-07: обновете модула за Magento 2 до 3.4.3")}
Date: Tue, 3 Nov 2026 17:12:44 +0200
Message-ID: <PP-SA-2026-07.400218@notify.platipay.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated
X-Priority: 1 (Highest)
Importance: High

{_b64(_b)}'''))


_b = """Моля, махнете ме от списъка си за реклами – не искам повече имейли и
SMS-и с промоции. Благодаря.

Изпратено от моя Galaxy

--
Петя Георгиева | Главен счетоводител
Агро Трейд БГ ЕООД | гр. Пловдив, бул. „Марица“ 154
тел.: +359 32 605 118 | www.agrotrade-bg.com

ПОВЕРИТЕЛНОСТ: Това съобщение и приложенията към него може да съдържат
поверителна информация и са предназначени само за адресата. Ако сте го
получили по погрешка, моля, уведомете подателя и го изтрийте.
CONFIDENTIALITY: This e-mail and any attachments are confidential and
intended solely for the addressee. If you received it in error, please
notify the sender and delete it.


-------- Оригинално съобщение --------
От: Shop Example <newsletter@shop.example.be>
Дата: 28.10.26 10:00 (GMT+02:00)
До: p.georgieva@agrotrade-bg.com
Тема: Есенни намаления до -40% – само до неделя

Есенни намаления до -40% на якета, обувки и аксесоари.
Само до неделя, 1 ноември – онлайн и в магазините.

Пазарувай сега: https://shop.example.be/bg/promo/esen

Получавате този имейл, защото сте абонирани за бюлетина на Shop Example.
Отписване: https://shop.example.be/bg/newsletter/otpisvane
"""
ROBOTS.append(('bg', 'person-samsung-phone-reply-with-corporate-disclaimer-unsubscribe', 'withdraw_consent', (),
f'''Return-Path: <p.georgieva@agrotrade-bg.com>
Received: from mail.agrotrade-bg.com (mail.agrotrade-bg.com [93.123.14.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GzsX26pBnz9wTr
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 11:42:01 +0100 (CET)
Received: from [10.8.0.54] (unknown [46.10.211.87])
	by mail.agrotrade-bg.com (Postfix) with ESMTPSA id 3E47B1C02A
	for <privacy@shop.example.be>; Wed, 28 Oct 2026 12:41:57 +0200 (EET)
Date: Wed, 28 Oct 2026 12:41:55 +0200
Message-ID: <d41e8a7c-7b20-4f91-9c35-2ab6e0f3c718@email.android.com>
X-Disclaimer: added by CodeTwo Exchange Rules
Subject: {_h("RE: Есенни намаления до -40% – само до неделя")}
From: {_h("Петя Георгиева")} <p.georgieva@agrotrade-bg.com>
To: Shop Example <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--_com.samsung.android.email_1793180515419830"

----_com.samsung.android.email_1793180515419830
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{_b64(_b)}
----_com.samsung.android.email_1793180515419830
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{_b64(_htm(_b))}
----_com.samsung.android.email_1793180515419830--
'''))


_b = """Здравейте,

Препращам Ви съобщението от куриера. Пратката ми отново е тръгнала към
стария ми адрес в Русе, въпреки че се преместих в София още през лятото.
В профила си го смених, но явно някъде при Вас е останал старият.

Моля, коригирайте адреса ми за доставка навсякъде на:
ж.к. „Младост 1“, бл. 35, вх. Б, ет. 4, ап. 41, 1784 София

Телефонът ми е същият. Благодаря предварително!

Стефан Илиев
клиентска карта 2590 0177 4012


-------- Препратено писмо --------
От: Експрес Куриер <izvestia@ekspreskurier.bg>
До: stefan.iliev@abv.bg
Дата: 02.11.2026 08:05
Тема: Пратка 6208 4471 9530 – очаквайте доставка днес

Здравейте, Стефан Илиев,

Вашата пратка от Shop Example BV ще бъде доставена днес между 11:00 и 15:00 ч.
Адрес за доставка: гр. Русе, ул. „Александровска“ 97, ет. 3
Наложен платеж: няма
Куриер: Иван Н., тел. 0887 41 22 90

Искате да промените адреса или часа? https://ekspreskurier.bg/p/620844719530

Това е автоматично съобщение, моля, не отговаряйте.
"""
ROBOTS.append(('bg', 'person-forwards-courier-notice-old-address-fix-it', 'correction', (),
f'''Return-Path: <stefan.iliev@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.99])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H1Cq40xLvz6nRb
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 07:47:14 +0100 (CET)
Received: from nm52.abv.bg (nm52.ni.bg [192.168.151.52])
	by smtp-out.abv.bg (Postfix) with ESMTP id 8F1A2C4E07
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 08:47:11 +0200 (EET)
Date: Mon, 2 Nov 2026 08:47:10 +0200 (EET)
From: {_h("Стефан Илиев")} <stefan.iliev@abv.bg>
To: privacy@shop.example.be
Message-ID: <1530481226.77401.1793170030885@nm52.abv.bg>
Subject: {_h("Fwd: Пратка 6208 4471 9530 – очаквайте доставка днес")}
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
Importance: Medium
X-Mailer: AbvMail 3.0

{_qp(_b)}'''))

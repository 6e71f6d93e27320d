"""Seventy-fifth set, book B robots: robot mail of the systems of payments and money (payment providers' settlement and dispute/chargeback notices, terminal and acquirer reports, pay-later partners' decisions and reminders, direct-debit and mandate notices, fraud-screening alerts, invoicing platforms, bounces and auto-replies), plus people whose mail looks automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the rules."""

ROBOTS = [
    ('pl', 'psp-chargeback-opened-merchant-evidence-deadline-pl', 'automated', (),
'''Return-Path: <bounce-7731-merchant@notify.paynexa.example>
Received: from mta12.notify.paynexa.example (mta12.notify.paynexa.example [198.51.100.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb2Hq7Wm3z5x1Pa
        for <privacy@shop.example.be>; Tue, 12 May 2026 09:41:18 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=paynexa.example;
	s=pnx2026; t=1778571676; h=from:to:subject:date:message-id:mime-version;
	bh=Lk3Vq8Pn2Xr6Tz0Wm4Bc7Dh1Fj5Gk9Hl3Jn8Qp2Rs6=;
	b=Hm4Kq9Vn2Xp7Lr0Ws5Bt8Cy3Dz6Fg1Hj4Kl7Mn0Pq3Rs6Tu9Vw2Xy5Za8Bc1De4Fg
From: PayNexa Spory <spory@notify.paynexa.example>
To: privacy@shop.example.be
Subject: [PayNexa] Nowe obciazenie zwrotne CB-PL-2026-0512-44817 - termin na odpowiedz 26.05.2026
Date: Tue, 12 May 2026 07:41:16 +0000
Message-ID: <cb.44817.opened.1778571676@notify.paynexa.example>
X-Mailer: PayNexa Disputes Engine 3.9
X-PayNexa-Merchant: SHOPEX-BE-WEB-02
Feedback-ID: disputes:pnx:merchant-notify
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="pnx-alt-44817"

--pnx-alt-44817
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

PayNexa - powiadomienie o sporze

Szanowni Państwo,

bank wydawcy karty zgłosił obciążenie zwrotne (chargeback) dotyczące
transakcji zrealizowanej w Państwa sklepie internetowym.

Numer sporu:          CB-PL-2026-0512-44817
Sklep:                Shop Example webshop (SHOPEX-BE-WEB-02)
Data transakcji:      18.04.2026 20:14
Kwota:                219,90 EUR
Karta:                Visa **** **** **** 6630
Posiadacz karty:      M. KOWALCZYK
Kod przyczyny:        13.1 - Towar/usługa nie została dostarczona
Kwota zablokowana:    219,90 EUR + opłata 15,00 EUR

Co należy zrobić
Jeżeli nie zgadzają się Państwo z obciążeniem, prosimy przesłać dowody
(potwierdzenie dostawy z podpisem, korespondencję z klientem, fakturę)
w Panelu Sprzedawcy do dnia 26.05.2026. Po tym terminie spór zostanie
rozstrzygnięty na korzyść posiadacza karty.

Prosimy nie przesyłać skanów dokumentów tożsamości ani pełnych numerów
kart. Dane posiadacza karty przekazane w ramach sporu są przetwarzane
przez PayNexa oraz organizacje kartowe wyłącznie w celu rozpatrzenia
reklamacji, zgodnie z RODO; informacje o prawach osób, których dane
dotyczą (dostęp, sprostowanie, usunięcie, sprzeciw), znajdują się pod
adresem https://paynexa.example/pl/prywatnosc.

Wiadomość wygenerowana automatycznie na adres powiadomień sprzedawcy.
Prosimy na nią nie odpowiadać.

PayNexa Payments S.A., ul. Grzybowska 62, 00-844 Warszawa
--pnx-alt-44817
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:13px">
<p><b>PayNexa &ndash; nowe obciążenie zwrotne</b></p>
<table cellpadding="3">
<tr><td>Numer sporu</td><td><b>CB-PL-2026-0512-44817</b></td></tr>
<tr><td>Kwota</td><td>219,90 EUR (Visa **** 6630)</td></tr>
<tr><td>Kod przyczyny</td><td>13.1 &ndash; Towar nie został dostarczony</td></tr>
<tr><td>Termin odpowiedzi</td><td>26.05.2026</td></tr>
</table>
<p><a href="https://merchant.paynexa.example/disputes/CB-PL-2026-0512-44817">Odpowiedz w Panelu Sprzedawcy</a></p>
<p style="font-size:11px;color:#777">Wiadomość automatyczna &ndash; prosimy nie odpowiadać. Informacje o RODO: paynexa.example/pl/prywatnosc</p>
</body></html>
--pnx-alt-44817--
'''),
    ('pl', 'postfix-bounce-polish-webmail-iban-refund-reply', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
	id 4Kc8Ts1Nb4z5x2Qe; Thu, 21 May 2026 14:02:55 +0200 (CEST)
Date: Thu, 21 May 2026 14:02:55 +0200 (CEST)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Kc8Ts1Nb4z5x2Qe.1779364975/mx1.shop.example.be"
Message-Id: <20260521120255.4Kc8Ts1Nb4z5x2Qe@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4Kc8Ts1Nb4z5x2Qe.1779364975/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<p.zielinska.wroclaw@poczta-onet.example>: host
    mx.poczta-onet.example[203.0.113.77] said: 550 5.1.1 <p.zielinska.wroclaw@poczta-onet.example>:
    Recipient address rejected: Konto nie istnieje / User unknown (in reply to RCPT TO
    command)

--4Kc8Ts1Nb4z5x2Qe.1779364975/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4Kc8Ts1Nb4z5x2Qe
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 21 May 2026 14:02:52 +0200 (CEST)

Final-Recipient: rfc822; p.zielinska.wroclaw@poczta-onet.example
Original-Recipient: rfc822;p.zielinska.wroclaw@poczta-onet.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.poczta-onet.example
Diagnostic-Code: smtp; 550 5.1.1 <p.zielinska.wroclaw@poczta-onet.example>:
    Recipient address rejected: Konto nie istnieje / User unknown

--4Kc8Ts1Nb4z5x2Qe.1779364975/mx1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: Shop Example - Ochrona danych <privacy@shop.example.be>
To: p.zielinska.wroclaw@poczta-onet.example
Subject: Re: zwrot na zly numer konta - sprostowanie danych
Date: Thu, 21 May 2026 14:02:50 +0200
Message-ID: <re.priv-2026-05-3381@shop.example.be>
In-Reply-To: <f8a1c2d3.pz.20260519@poczta-onet.example>

--4Kc8Ts1Nb4z5x2Qe.1779364975/mx1.shop.example.be--
'''),
    ('pl', 'pay-later-credit-decision-declined-merchant-copy-art22', 'automated', (),
'''Return-Path: <noreply@decyzje.ratkalater.example>
Received: from smtp-out-3.ratkalater.example (smtp-out-3.ratkalater.example [192.0.2.63])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd1Pr6Xc2z5x4Lb
        for <privacy@shop.example.be>; Sat, 2 May 2026 18:27:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=ratkalater.example; s=k1;
	h=from:to:subject:date:message-id; bh=Wq2Er4Ty6Ui8Op0As2Df4Gh6Jk8Lz0Xc2Vb4Nm6=;
	b=Zx1Cv3Bn5Mq7Wr9Et1Yu3Io5Pa7Sd9Fg1Hj3Kl5Zx7Cv9Bn1Mq3We5Rt7Yu9Io1Pa3
From: RatkaLater <noreply@decyzje.ratkalater.example>
To: privacy@shop.example.be
Subject: Kopia dla partnera: wniosek RL-775302 - decyzja negatywna
Date: Sat, 02 May 2026 16:27:38 +0000
Message-ID: <rl-775302.decision.partner@decyzje.ratkalater.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-RL-Partner-Id: BE-SHOPEX-001
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

KOPIA DLA PARTNERA HANDLOWEGO
(adres powiadomień skonfigurowany w panelu partnera: privacy@shop.example.be)

Wniosek o zakup na raty:   RL-775302
Sklep partnera:            Shop Example (BE-SHOPEX-001), zamówienie 2026-SE-0098812
Kwota zakupu:              1 349,00 EUR, 10 rat
Wnioskodawca:              Tomasz W*******
Decyzja:                   NEGATYWNA
Data decyzji:              02.05.2026 18:27

Decyzja została podjęta w sposób zautomatyzowany na podstawie oceny
zdolności kredytowej, z wykorzystaniem danych z biur informacji
gospodarczej. Wnioskodawca otrzymał osobną wiadomość, w której
poinformowano go o prawie do uzyskania interwencji człowieka, wyrażenia
własnego stanowiska i zakwestionowania decyzji (art. 22 RODO) oraz o
prawie dostępu do danych, na podstawie których decyzję podjęto.

Partner nie powinien informować klienta o szczegółach oceny ani
przechowywać niniejszej kopii dłużej, niż jest to potrzebne do obsługi
zamówienia. Zamówienie należy opłacić inną metodą płatności lub anulować.

Ta wiadomość została wysłana automatycznie. Odpowiedzi na ten adres nie
są czytane. Kontakt dla partnerów: partnerzy@ratkalater.example
'''),
    ('pl', 'direct-debit-mandate-cancelled-by-payer-subscription-pl', 'automated', (),
'''Return-Path: <powiadomienia@eplatnosci-debit.example>
Received: from relay2.eplatnosci-debit.example (relay2.eplatnosci-debit.example [198.51.100.152])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kd9Mw3Ry7z5x6Ht
        for <privacy@shop.example.be>; Mon, 1 Jun 2026 06:05:12 +0200 (CEST)
From: "ePlatnosci Polecenie Zaplaty" <powiadomienia@eplatnosci-debit.example>
To: "Shop Example Club" <privacy@shop.example.be>
Subject: Odwolanie zgody na obciazanie rachunku - klient 0044-1982
Date: Mon, 1 Jun 2026 06:05:10 +0200
Message-ID: <20260601060510.ZG-0044-1982@eplatnosci-debit.example>
X-Mailer: ePD Notifier/2.1
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Szanowny Odbiorco,</p>
<p>informujemy, że płatnik odwołał zgodę na obciążanie rachunku w ramach
polecenia zapłaty dla subskrypcji <b>Shop Example Club (abonament miesięczny)</b>.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td>Identyfikator płatności (IDP)</td><td>SEC-CLUB-0044-1982</td></tr>
<tr><td>Płatnik</td><td>Anna Dąbrowska-Lis</td></tr>
<tr><td>Rachunek płatnika</td><td>PL** **** **** **** **** **** 4471</td></tr>
<tr><td>Data odwołania</td><td>29.05.2026</td></tr>
<tr><td>Ostatnie obciążenie</td><td>05.05.2026 &ndash; 9,99 EUR</td></tr>
</table>
<p>Od dnia 01.06.2026 nie będą przyjmowane kolejne obciążenia dla tego IDP.
Zgodnie z regulaminem usługi dane zgody zostaną usunięte z naszego systemu po
upływie okresu przechowywania wymaganego przepisami. Jeżeli płatnik zechce
ponownie korzystać z usługi, konieczne jest złożenie nowej zgody.</p>
<p style="color:#888;font-size:10px">Wiadomość wygenerowana automatycznie przez system
ePłatności. Nie odpowiadaj na nią. Administratorem danych jest ePłatności sp. z o.o.,
informacje o przetwarzaniu danych osobowych: eplatnosci-debit.example/rodo</p>
</body></html>
'''),
    ('pl', 'person-forwards-pay-later-reminder-asks-what-was-shared', 'access', (),
'''Return-Path: <kasia.nowicka88@wp-mail.example>
Received: from mx-out.wp-mail.example (mx-out.wp-mail.example [203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf3Bn8Tz1z5x7Wd
        for <privacy@shop.example.be>; Wed, 10 Jun 2026 22:48:03 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=wp-mail.example; s=1024a;
	h=from:to:subject:date:message-id; bh=Pq7Rs9Tu1Vw3Xy5Za7Bc9De1Fg3Hj5Kl7Mn9=;
	b=Ab2Cd4Ef6Gh8Ij0Kl2Mn4Op6Qr8St0Uv2Wx4Yz6Ab8Cd0Ef2Gh4Ij6Kl8Mn0Op2Qr4
From: Katarzyna Nowicka <kasia.nowicka88@wp-mail.example>
To: privacy@shop.example.be
Subject: Fwd: Przypomnienie: rata 3/6 wymagalna 15.06.2026
Date: Wed, 10 Jun 2026 22:47:58 +0200
Message-ID: <a7c2e910-44b1-4f0c-9d3e-kn20260610@wp-mail.example>
X-Mailer: Poczta WP
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dzień dobry,
kupiłam u Was w sklepie w Brukseli (Rue Neuve) pralkę na raty przez
RatkaLater. Sama rata to nie problem, ale w przypomnieniu poniżej jest mój
numer telefonu, adres i nawet to, co kupiłam i kiedy. Chciałabym wiedzieć,
jakie dokładnie moje dane przekazaliście firmie RatkaLater i czy komuś
jeszcze (biuro kredytowe?). Proszę o kopię tych danych.

Katarzyna Nowicka

-------- Wiadomość przekazana --------
Od: RatkaLater <przypomnienia@ratkalater.example>
Data: 10.06.2026 08:00
Temat: Przypomnienie: rata 3/6 wymagalna 15.06.2026
Do: kasia.nowicka88@wp-mail.example

Cześć Katarzyna,

przypominamy, że 15.06.2026 mija termin płatności raty 3 z 6.

Zakup:      Shop Example Bruxelles Rue Neuve, 14.03.2026
Produkt:    pralka AquaLine 8 kg
Kwota raty: 83,17 EUR
Telefon:    +32 486 12 ** 40
Adres:      Rue de la Brasserie 17, 1050 Ixelles

Zapłać w aplikacji RatkaLater lub przelewem na indywidualny numer konta.
Wiadomość automatyczna, nie odpowiadaj na nią.
'''),
    ('cs', 'invoicing-platform-supplier-invoice-issued-gdpr-footer-cs', 'automated', (),
'''Return-Path: <faktury@mailer.fakturnik.example>
Received: from o3.mailer.fakturnik.example (o3.mailer.fakturnik.example [198.51.100.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb6Vd2Lq9z5x3Rc
        for <privacy@shop.example.be>; Fri, 8 May 2026 11:20:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=fakturnik.example; s=s1;
	h=from:reply-to:to:subject:date:message-id:list-unsubscribe;
	bh=Tr5Yu7Io9Pa1Sd3Fg5Hj7Kl9Zx1Cv3Bn5Mq7We9=;
	b=Qw1Er3Ty5Ui7Op9As1Df3Gh5Jk7Lz9Xc1Vb3Nm5Qw7Er9Ty1Ui3Op5As7Df9Gh1Jk3
From: "Optika Hradec s.r.o. via Fakturnik" <faktury@mailer.fakturnik.example>
Reply-To: ucetni@optika-hradec.example
To: privacy@shop.example.be
Subject: Faktura c. 2026-0417 od Optika Hradec s.r.o. - splatnost 22.05.2026
Date: Fri, 08 May 2026 09:20:42 +0000
Message-ID: <inv.2026-0417.29918@mailer.fakturnik.example>
List-Unsubscribe: <https://fakturnik.example/odhlasit?r=29918>
X-Mailer: Fakturnik.example
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

společnost Optika Hradec s.r.o. Vám zasílá fakturu č. 2026-0417.

Odběratel:        Shop Example NV, Meir 44, 2000 Antwerpen, DIČ BE0412345678
Částka k úhradě:  1 870,00 EUR
Datum splatnosti: 22.05.2026
Variabilní symbol: 20260417
Účet:             CZ65 0800 0000 1920 0014 5399

Fakturu si můžete zobrazit a stáhnout ve formátu PDF a ISDOC zde:
https://fakturnik.example/f/8q3Kd0Lm

Pokud jste fakturu již uhradili, považujte tuto zprávu za bezpředmětnou.

--
Tento e-mail byl odeslán automaticky ze systému Fakturnik jménem
dodavatele. Fakturnik zpracovává údaje uvedené na faktuře jako
zpracovatel dodavatele. Informace o zpracování osobních údajů, včetně
práva na přístup, opravu a výmaz, najdete na fakturnik.example/gdpr.
Nechcete dostávat faktury e-mailem? Odhlaste se: https://fakturnik.example/odhlasit?r=29918
'''),
    ('cs', 'fraud-screening-order-held-high-risk-score-cs', 'automated', (),
'''Return-Path: <alerts@guard.riskwall.example>
Received: from smtp.guard.riskwall.example (smtp.guard.riskwall.example [192.0.2.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc4Gx5Pw8z5x5Nn
        for <privacy@shop.example.be>; Sun, 17 May 2026 03:12:09 +0200 (CEST)
From: RiskWall Alerts <alerts@guard.riskwall.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[RiskWall]_Objedn=C3=A1vka_zadr=C5=BEena_-_sk=C3=B3re_rizika_91/100?=
Date: Sun, 17 May 2026 01:12:07 +0000
Message-ID: <rw-alert-8830146@guard.riskwall.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-RiskWall-Rule: velocity_card_country_mismatch
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="rw8830146"

--rw8830146
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

RiskWall - upozornění na podezřelou objednávku

Objednávka 2026-SE-0101437 byla automaticky ZADRŽENA a čeká na ruční
kontrolu.

Skóre rizika:     91 / 100
Pravidla:         velocity_card_country_mismatch, new_device, ip_proxy
Zákazník:         J. Novotný, j.novotny.brno@seznam-mail.example
Země karty:       CZ        Země IP: NL (proxy)   Země doručení: BE
Pokusy o platbu:  4 během 6 minut (3 karty)
Částka:           2 499,00 EUR

Doporučení: neodesílat zboží před ověřením.
Schválit nebo zamítnout: https://console.riskwall.example/review/8830146

Pokud objednávku do 72 hodin nezkontrolujete, bude automaticky zrušena
a platba vrácena.

Upozornění: rozhodnutí RiskWall jsou doporučení. O zamítnutí objednávky
rozhoduje obchodník; zákazník má právo na přezkum rozhodnutí člověkem
(čl. 22 GDPR). Tato zpráva obsahuje osobní údaje - nepřeposílejte ji
mimo tým, který kontroluje podvody.

Automatická zpráva, neodpovídejte.
--rw8830146
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><h3 style="color:#b00">Objednávka zadržena &ndash; skóre 91/100</h3>
<p>Objednávka <b>2026-SE-0101437</b>, 2&nbsp;499,00 EUR, 4 pokusy o platbu, 3 karty.</p>
<p><a href="https://console.riskwall.example/review/8830146">Zkontrolovat v konzoli</a></p>
<p style="font-size:10px;color:#999">Automatická zpráva RiskWall. Obsahuje osobní údaje.</p>
</body></html>
--rw8830146--
'''),
    ('cs', 'exim-bounce-czech-host-mailbox-full-chargeback-docs-reply', 'automated', (),
'''Return-Path: <>
Received: from mail.hosting-brno.example ([203.0.113.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd5Yp1Hs3z5x8Cv
        for <privacy@shop.example.be>; Tue, 26 May 2026 16:40:21 +0200 (CEST)
Received: from Debian-exim by mail.hosting-brno.example with local (Exim 4.96)
	id 1wQz7L-0003Xk-2R
	for privacy@shop.example.be; Tue, 26 May 2026 16:40:19 +0200
X-Failed-Recipients: reklamace@elektro-svoboda.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.hosting-brno.example>
To: privacy@shop.example.be
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wQz7L-0003Xk-2R@mail.hosting-brno.example>
Date: Tue, 26 May 2026 16:40:19 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  reklamace@elektro-svoboda.example
    mailbox is full: retry timeout exceeded
    (Schránka je plná / quota exceeded 2048000 kB)

------ This is a copy of the message, including all the headers. ------

Return-path: <privacy@shop.example.be>
From: Shop Example Privacy <privacy@shop.example.be>
To: reklamace@elektro-svoboda.example
Subject: Re: Chargeback - jake dokumenty jste poslali bance?
Date: Fri, 22 May 2026 10:15:02 +0200
Message-ID: <re.priv-2026-05-3297@shop.example.be>
Content-Type: text/plain; charset=utf-8

Dobrý den,

děkujeme za Vaši zprávu. K Vaší žádosti o informaci, které dokumenty
byly zaslány bance v rámci sporu o platbu, Vám odpovíme nejpozději do
jednoho měsíce. Pro ověření totožnosti prosím uveďte číslo objednávky.

S pozdravem
Tým ochrany osobních údajů, Shop Example
'''),
    ('cs', 'person-pastes-saved-card-notice-wants-card-removed', 'deletion', (),
'''Return-Path: <noreply-lucie.kralova@firma-kralova.example>
Received: from smtp.firma-kralova.example (smtp.firma-kralova.example [192.0.2.214])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Ke2Kt6Dm9z5x1Ms
        for <privacy@shop.example.be>; Thu, 4 Jun 2026 07:58:30 +0200 (CEST)
From: "Lucie Kralova" <noreply-lucie.kralova@firma-kralova.example>
To: privacy@shop.example.be
Subject: Vase platebni brana - Karta byla ulozena
Date: Thu, 4 Jun 2026 07:58:27 +0200
Message-ID: <000c01dcf2a1$7b3e9c40$71bad4c0$@firma-kralova.example>
X-Mailer: Microsoft Outlook 16.0
Content-Language: cs
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Karta byla uložena
Vaše karta Mastercard **** 2207 byla bezpečně uložena pro budoucí nákupy
v e-shopu Shop Example. Uloženou kartu můžete kdykoli odebrat ve svém
účtu v sekci Platební metody.
Tato zpráva byla odeslána automaticky, neodpovídejte na ni.

^^ tohle mi přišlo po včerejším nákupu. Kartu jsem uložit NECHTĚLA,
v účtu žádnou sekci Platební metody nevidím (asi jsem v aplikaci
špatně klikla). Prosím smažte tu kartu i všechno, co k ní máte
uloženo, a potvrďte mi to. Účet samotný rušit nechci.

Lucie Králová
(píšu z firemní adresy, odpovězte prosím na lucie.kralova@seznam-mail.example)
'''),
    ('hr', 'acquirer-retrieval-request-copy-of-receipt-hr', 'automated', (),
'''Return-Path: <sporovi-noreply@acq.jadranpay.example>
Received: from out-mx2.acq.jadranpay.example (out-mx2.acq.jadranpay.example [198.51.100.190])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb9Fc4Wt6z5x2Jh
        for <privacy@shop.example.be>; Mon, 11 May 2026 13:05:50 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=jadranpay.example; s=acq;
	h=from:to:subject:date:message-id; bh=Mn3Bv5Cx7Za9Sd1Fg3Hj5Kl7Po9Iu1Yt3Re5=;
	b=Wq8Er0Ty2Ui4Op6As8Df0Gh2Jk4Lz6Xc8Vb0Nm2Qw4Er6Ty8Ui0Op2As4Df6Gh8Jk0
From: JadranPay - Odjel za sporove <sporovi-noreply@acq.jadranpay.example>
To: privacy@shop.example.be
Subject: Zahtjev za preslikom racuna (retrieval request) RR-HR-26-03391
Date: Mon, 11 May 2026 11:05:48 +0000
Message-ID: <RR-HR-26-03391.notice@acq.jadranpay.example>
Auto-Submitted: auto-generated
X-Mailer: JadranPay Acquiring Notifications
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani trgovče,

banka izdavatelj kartice zatražila je presliku računa za sljedeću
transakciju na Vašem POS terminalu:

Broj zahtjeva:      RR-HR-26-03391
Terminal (TID):     BE7741902 - Shop Example Gent Zuid, blagajna 4
Datum transakcije:  23.03.2026 17:48
Iznos:              64,35 EUR
Kartica:            Maestro ****9182
Autorizacijski kod: 51C0A7

Molimo dostavite presliku potpisanog ili PIN-om potvrđenog slipa
i/ili fiskalnog računa putem portala za trgovce do 25.05.2026.
Ako preslika ne bude dostavljena, banka izdavatelj može pokrenuti
povrat sredstava (chargeback) bez mogućnosti osporavanja.

Na preslici ne smije biti vidljiv puni broj kartice. Osobni podaci
vlasnika kartice obrađuju se isključivo za potrebe rješavanja
zahtjeva, u skladu s Općom uredbom o zaštiti podataka (GDPR).

Ova poruka je automatski generirana. Molimo ne odgovarajte na nju.
JadranPay d.d., Zagreb - Služba za podršku trgovcima: +385 1 6001 330
'''),
    ('hr', 'exchange-ooo-croatian-finance-partner-back-june', 'automated', (),
'''Return-Path: <ivana.babic@racunovodstvo-babic.example>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2110.outbound.protection.outlook.com [40.107.20.110])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc2Zq7Lp5z5x9Ks
        for <privacy@shop.example.be>; Wed, 13 May 2026 08:31:14 +0200 (CEST)
From: Ivana Babic <ivana.babic@racunovodstvo-babic.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatski odgovor: Zahtjev za ispravak podataka na racunu R-2026-8812
Thread-Topic: Zahtjev za ispravak podataka na racunu R-2026-8812
Thread-Index: AQHd5Kp2Lm8Wq3Zx7Rb0Ts4Yu1Io9A==
Date: Wed, 13 May 2026 06:31:12 +0000
Message-ID: <AM0PR09MB4412E6D1A8F3C2B7E90D1@AM0PR09MB4412.eurprd09.prod.outlook.com>
In-Reply-To: <priv-2026-05-3204@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: ivana.babic@racunovodstvo-babic.example
Content-Language: hr-HR
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Poštovani,

hvala na poruci. Na godišnjem sam odmoru do 1. lipnja 2026. i za to
vrijeme povremeno provjeravam e-poštu.

Za hitna pitanja vezana uz račune, plaćanja i obračun PDV-a obratite se
kolegici Marini Perić (marina.peric@racunovodstvo-babic.example,
+385 21 340 118).

Zahtjeve koji se odnose na osobne podatke naših klijenata molimo šaljite
na gdpr@racunovodstvo-babic.example.

Lijep pozdrav,
Ivana Babić
Računovodstvo Babić j.d.o.o., Split
'''),
    ('hr', 'psp-vendor-newsletter-new-payment-methods-consent-footer-hr', 'automated', (),
'''Return-Path: <bounce-mc.us21_5513.4471@mcsv.jadranpay.example>
Received: from mail183.suw41.mcsv.example (mail183.suw41.mcsv.example [198.2.183.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ke6Hb2Rn4z5x3Tq
        for <privacy@shop.example.be>; Tue, 9 Jun 2026 10:00:37 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mcsv.example; s=k3;
	h=from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post;
	bh=Zx9Cv1Bn3Mq5We7Rt9Yu1Io3Pa5Sd7Fg9Hj1Kl3=;
	b=Lk2Jh4Gf6Ds8Aq0Wz2Xs4Ec6Rv8Tb0Yn2Um4Ik6Ol8Pq0Aw2Se4Dr6Ft8Gy0Hu2Ji4
From: JadranPay za trgovce <novosti@jadranpay.example>
Reply-To: novosti@jadranpay.example
To: <privacy@shop.example.be>
Subject: Novo: Tap to Pay na mobitelu, nize naknade za Maestro i novi izvjestaji
Date: Tue, 09 Jun 2026 08:00:35 +0000
Message-ID: <a91f3e27c05b4d8e.5513.4471@mcsv.jadranpay.example>
List-Unsubscribe: <https://jadranpay.us21.list-manage.example/unsubscribe?u=5513&id=4471>, <mailto:unsub-5513-4471@mcsv.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Mailer: Mailchimp Mailer - **CID4471a91f3e27**
Feedback-ID: 5513:4471:us21:mc
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_MCPart_4471"

--_----------=_MCPart_4471
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

JadranPay - Novosti za trgovce, lipanj 2026.

1. Tap to Pay: naplaćujte karticama izravno na mobitelu, bez terminala.
2. Niže naknade za Maestro i domaće debitne kartice od 1. srpnja.
3. Novi mjesečni izvještaj o povratima sredstava i sporovima u portalu.
4. Webinar "Kako smanjiti chargebackove" - 18. lipnja u 10:00.

Primate ovaj bilten jer ste kao trgovac dali privolu za primanje obavijesti
o proizvodima JadranPay. Privolu možete povući u bilo kojem trenutku
klikom na "Odjava". Svoja prava na pristup, ispravak, brisanje i prigovor
možete ostvariti na gdpr@jadranpay.example, a pritužbu podnijeti Agenciji
za zaštitu osobnih podataka (AZOP).

Odjava: https://jadranpay.us21.list-manage.example/unsubscribe?u=5513&id=4471
Postavke: https://jadranpay.us21.list-manage.example/profile?u=5513&id=4471
--_----------=_MCPart_4471
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="margin:0;background:#f3f5f8">
<table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td style="padding:20px"><h1 style="color:#0a4d8c">Novosti za trgovce</h1>
<p><b>Tap to Pay</b> &ndash; naplaćujte karticama izravno na mobitelu.</p>
<p><b>Niže naknade</b> za Maestro od 1. srpnja.</p>
<p><b>Webinar:</b> Kako smanjiti chargebackove, 18.6. u 10:00.</p>
<p style="font-size:10px;color:#888">Primate ovaj bilten jer ste dali privolu. <a href="https://jadranpay.us21.list-manage.example/unsubscribe?u=5513&amp;id=4471">Odjava</a> &middot; prava: gdpr@jadranpay.example &middot; pritužba: AZOP</p>
</td></tr></table></body></html>
--_----------=_MCPart_4471--
'''),
    ('hr', 'person-asks-double-charge-above-quoted-payment-receipt', 'other', (),
'''Return-Path: <marko.juric.zg@tcom-mail.example>
Received: from smtp.tcom-mail.example (smtp.tcom-mail.example [203.0.113.55])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd3Wc9Qm2z5x4Gf
        for <privacy@shop.example.be>; Sat, 23 May 2026 12:19:47 +0200 (CEST)
From: Marko Juric <marko.juric.zg@tcom-mail.example>
To: privacy@shop.example.be
Subject: Re: Potvrda placanja - narudzba 2026-SE-0099571
Date: Sat, 23 May 2026 12:19:44 +0200
Message-ID: <3f9e1a22-7c4b-4e0d-b9a1-mj0523@tcom-mail.example>
In-Reply-To: <pay.0099571.receipt@notify.shop.example.be>
References: <pay.0099571.receipt@notify.shop.example.be>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: 8bit

Pozdrav,

na izvodu vidim da mi je ovo skinuto dvaput, 21.5. i 22.5., oba puta
149,00 EUR. Narudžba je samo jedna. Nisam našao drugu adresu pa pišem
ovdje, molim vas da mi vratite duplu uplatu ili mi javite kome da se
obratim.

Marko Jurić

Dana 21.05.2026. u 19:02, Shop Example je napisao/la:
> Hvala na kupnji!
>
> Potvrda plaćanja
> Narudžba:        2026-SE-0099571
> Iznos:           149,00 EUR
> Način plaćanja:  Visa ****3318
> Status:          PLAĆENO
>
> Ovo je automatska poruka. Ne odgovarajte na nju.
> Vaše osobne podatke obrađujemo u skladu s našom Izjavom o privatnosti.
> Za pitanja o zaštiti podataka: privacy@shop.example.be
'''),
    ('sv', 'psp-settlement-report-csv-attachment-no-auto-headers-sv', 'automated', (),
'''Return-Path: <rapporter@settle.nordkassa.example>
Received: from a27-114.smtp-out.eu-north-1.amazonses.example (a27-114.smtp-out.eu-north-1.amazonses.example [54.240.27.114])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb3Nd8Rx1z5x6Pv
        for <privacy@shop.example.be>; Thu, 7 May 2026 05:30:22 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=nk2024; d=nordkassa.example; t=1778124620;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	bh=Gh7Jk9Lz1Xc3Vb5Nm7Qw9Er1Ty3Ui5Op7As9Df1=;
	b=Rt6Yu8Io0Pa2Sd4Fg6Hj8Kl0Zx2Cv4Bn6Mq8We0Rt2Yu4Io6Pa8Sd0Fg2Hj4Kl6Zx8
From: NordKassa Avrakning <rapporter@settle.nordkassa.example>
To: privacy@shop.example.be
Subject: Avrakningsrapport 2026-05-06 - Shop Example (MID 7700412)
Date: Thu, 7 May 2026 03:30:20 +0000
Message-ID: <0102018f4b2a7c11-settle-7700412-20260506@eu-north-1.amazonses.example>
Feedback-ID: 1.eu-north-1.Qz8Wx2Lk5Tm:AmazonSES
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="nk-settle-20260506"

--nk-settle-20260506
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej,

här kommer avräkningen för 2026-05-06.

Handlarnummer (MID):   7700412  Shop Example NV
Antal transaktioner:   1 284
Bruttobelopp:          48 211,37 EUR
Återbetalningar:       -1 906,50 EUR (31 st)
Återdebiteringar:      -219,90 EUR (1 st, CB-2026-0512-44817)
Avgifter:              -412,08 EUR
Nettoutbetalning:      45 672,89 EUR
Utbetalningsdag:       2026-05-08
Till konto:            BE** **** **** 7731

Fullständig rapport per transaktion finns i bifogad CSV-fil.
Filen innehåller maskerade kortnummer (första 6 och sista 4 siffror)
och ska hanteras enligt ert PCI DSS-ansvar.

Med vänliga hälsningar
NordKassa AB
--nk-settle-20260506
Content-Type: text/csv; charset=utf-8; name="settlement_7700412_20260506.csv"
Content-Disposition: attachment; filename="settlement_7700412_20260506.csv"
Content-Transfer-Encoding: 8bit

date;time;tid;type;pan_masked;amount;currency;fee;ref
2026-05-06;08:02:11;BE7741902;SALE;535522******2207;12.49;EUR;0.11;T0506-000001
2026-05-06;08:04:47;BE7741905;SALE;414720******6630;87.00;EUR;0.61;T0506-000002
2026-05-06;08:05:03;WEB02;REFUND;492181******3318;-149.00;EUR;0.00;T0506-000003
--nk-settle-20260506--
'''),
    ('sv', 'autogiro-mandate-cancelled-payer-data-removed-merchant-sv', 'automated', (),
'''Return-Path: <noreply@medgivande.girotjanst.example>
Received: from mailout1.girotjanst.example (mailout1.girotjanst.example [192.0.2.77])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kc7Dp3Vn8z5x7Hq
        for <privacy@shop.example.be>; Fri, 15 May 2026 07:00:04 +0200 (CEST)
From: Girotjanst Medgivanden <noreply@medgivande.girotjanst.example>
To: privacy@shop.example.be
Subject: Makulerat autogiromedgivande - betalarnummer 5501-88213
Date: Fri, 15 May 2026 07:00:02 +0200
Message-ID: <mg-makul-5501-88213-20260515@medgivande.girotjanst.example>
Precedence: bulk
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

MEDDELANDE OM MAKULERAT MEDGIVANDE

Betalningsmottagare:  Shop Example Club (bankgiro 5501-0044)
Betalarnummer:        5501-88213
Betalare:             Erik Lindqvist
Makulerat av:         betalaren via sin bank
Datum:                2026-05-14

Inga fler dragningar kommer att göras på detta medgivande. Redan
inlagda betalningsuppdrag efter 2026-05-14 stoppas automatiskt.

Uppgifterna om medgivandet raderas ur registret efter den lagstadgade
lagringstiden. Om betalaren vill fortsätta betala via autogiro krävs ett
nytt medgivande.

Detta är ett automatiskt meddelande och kan inte besvaras.
'''),
    ('sv', 'office365-ndr-swedish-klarna-like-partner-reply', 'automated', (),
'''Return-Path: <>
Received: from EUR02-HE1-obe.outbound.protection.outlook.com (mail-he1eur02on2059.outbound.protection.outlook.com [40.107.1.59])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd8Jf2Wq6z5x2Bm
        for <privacy@shop.example.be>; Thu, 28 May 2026 15:22:40 +0200 (CEST)
From: postmaster@efterbetala.example
To: privacy@shop.example.be
Date: Thu, 28 May 2026 13:22:38 +0000
Subject: =?utf-8?Q?Det_gick_inte_att_leverera:_Beg=C3=A4ran_om_radering_-_kund_?=
 =?utf-8?Q?SE-20931?=
Message-ID: <0f3b7a91-ndr-4c2e-8d1f-ee5a70b3c2d9@HE1PR05MB3321.eurprd05.prod.outlook.com>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ndr_b7c1e2f3-5a6d-4e8f-9a0b-1c2d3e4f5a6b"

--ndr_b7c1e2f3-5a6d-4e8f-9a0b-1c2d3e4f5a6b
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Det gick inte att leverera meddelandet till följande mottagare:

dataskydd@efterbetala.example
Mottagarens e-postadress finns inte i organisationen.

Det här är vad som hände:
Meddelandet skickades till en adress som inte finns hos efterbetala.example.
Kontrollera adressen och försök igen.

Diagnostisk information för administratörer:
Genererande server: HE1PR05MB3321.eurprd05.prod.outlook.com
dataskydd@efterbetala.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--ndr_b7c1e2f3-5a6d-4e8f-9a0b-1c2d3e4f5a6b
Content-Type: message/delivery-status

Reporting-MTA: dns;HE1PR05MB3321.eurprd05.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Thu, 28 May 2026 13:22:36 +0000

Final-Recipient: rfc822;dataskydd@efterbetala.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--ndr_b7c1e2f3-5a6d-4e8f-9a0b-1c2d3e4f5a6b
Content-Type: message/rfc822

From: Shop Example Privacy <privacy@shop.example.be>
To: dataskydd@efterbetala.example
Subject: =?utf-8?Q?Beg=C3=A4ran_om_radering_-_kund_SE-20931?=
Date: Thu, 28 May 2026 15:22:30 +0200
Message-ID: <fw.priv-2026-05-3366@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej,

en gemensam kund har bett oss radera sina uppgifter. Kunden köpte på
faktura via er (order 2026-SE-0094410). Vi vidarebefordrar begäran enligt
artikel 19 GDPR. Kundens namn och e-post finns i bifogat ärende.

Vänliga hälsningar
Dataskyddsteamet, Shop Example

--ndr_b7c1e2f3-5a6d-4e8f-9a0b-1c2d3e4f5a6b--
'''),
    ('sv', 'person-objects-partner-marketing-above-quoted-pay-later-offer', 'objection', ('withdraw_consent',),
'''Return-Path: <sofia.hedlund@telia-post.example>
Received: from mail-out3.telia-post.example (mail-out3.telia-post.example [203.0.113.133])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ke5Rt7Kb3z5x8Nd
        for <privacy@shop.example.be>; Mon, 8 Jun 2026 19:36:55 +0200 (CEST)
From: Sofia Hedlund <sofia.hedlund@telia-post.example>
To: privacy@shop.example.be
Subject: SV: Sofia, handla nu - betala i augusti!
Date: Mon, 8 Jun 2026 19:36:51 +0200
Message-ID: <CAKs8Hd2f+Q1rT9xW3mL0pZ7vB5nC4yE6uJ2aS8kG1hN@mail.telia-post.example>
In-Reply-To: <efb-promo-202606-889133@promo.efterbetala.example>
X-Mailer: iPhone Mail (21F90)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej. Jag har aldrig bett Efterbetala om reklam, och mejlet säger att det
är "i samarbete med Shop Example". Jag antar att ni har lämnat ut min
adress och vad jag handlat. Sluta dela mina uppgifter med dem för
reklam, och ta bort mig från era egna reklamutskick också.

Sofia Hedlund
Skickat från min iPhone

> Från: Efterbetala <erbjudanden@promo.efterbetala.example>
> Datum: 8 juni 2026 10:00
> Ämne: Sofia, handla nu - betala i augusti!
>
> Hej Sofia!
> Som kund hos Shop Example får du nu handla allt i sommarsortimentet
> och betala först i augusti - utan ränta och avgifter.
> Dina senaste köp: trädgårdsmöbler, grill, parasoll.
> Handla nu: https://efterbetala.example/shopexample/sommar
>
> Detta är ett erbjudande i samarbete med Shop Example. Avregistrera dig:
> https://efterbetala.example/avregistrera?u=889133
'''),
    ('ro', 'payment-gateway-3ds-failed-transaction-declined-merchant-ro', 'automated', (),
'''Return-Path: <notificari@gw.platinet.example>
Received: from mail-out.gw.platinet.example (mail-out.gw.platinet.example [198.51.100.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc1Xv5Ts2z5x9Df
        for <privacy@shop.example.be>; Tue, 12 May 2026 21:14:36 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=platinet.example; s=gw;
	h=from:to:subject:date:message-id; bh=Ui9Op1As3Df5Gh7Jk9Lz1Xc3Vb5Nm7Qw9Er1=;
	b=Ty3Ui5Op7As9Df1Gh3Jk5Lz7Xc9Vb1Nm3Qw5Er7Ty9Ui1Op3As5Df7Gh9Jk1Lz3Xc5
From: PlatiNet Gateway <notificari@gw.platinet.example>
To: privacy@shop.example.be
Subject: Tranzactie respinsa - autentificare 3-D Secure esuata - comanda 2026-SE-0097702
Date: Tue, 12 May 2026 22:14:34 +0300
Message-ID: <ipn.0097702.declined.20260512191434@gw.platinet.example>
X-Mailer: PlatiNet IPN Mailer 5.2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Notificare comerciant - PlatiNet

Tranzacția de mai jos a fost RESPINSĂ.

ID comerciant:        PN-BE-00871 (Shop Example)
Comandă:              2026-SE-0097702
Sumă:                 412,00 EUR
Card:                 Mastercard 5168 44** **** 0193
Titular:              ANDREI POPESCU
Cod răspuns:          05 / 3DS_AUTH_FAILED
Motiv:                Autentificarea 3-D Secure nu a fost finalizată de
                      titularul cardului (timeout 300 s).
IP client:            86.120.**.**  (RO)

Nu este necesară nicio acțiune. Clientul poate reîncerca plata.

Acest mesaj este generat automat de sistemul PlatiNet. Vă rugăm să nu
răspundeți. Datele cu caracter personal din această notificare sunt
prelucrate conform Regulamentului (UE) 2016/679; detalii la
platinet.example/confidentialitate.
'''),
    ('ro', 'qmail-failure-notice-romanian-isp-refund-iban-reply', 'automated', (),
'''Return-Path: <>
Received: from mx.clicknet-ro.example (mx.clicknet-ro.example [203.0.113.160])
        by mx1.shop.example.be (Postfix) with SMTP id 4Kd2Ns6Yh8z5x1Vp
        for <privacy@shop.example.be>; Fri, 22 May 2026 10:07:19 +0200 (CEST)
Received: (qmail 21877 invoked for bounce); 22 May 2026 08:07:18 -0000
Date: 22 May 2026 08:07:18 -0000
From: MAILER-DAEMON@mx.clicknet-ro.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260522080718.21877.qmail@mx.clicknet-ro.example>

Hi. This is the qmail-send program at mx.clicknet-ro.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<elena.munteanu@clicknet-ro.example>:
Sorry, no mailbox here by that name. (#5.1.1)
Adresa nu exista / casuta postala a fost inchisa.

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [192.0.2.10])
  by mx.clicknet-ro.example with SMTP; 22 May 2026 08:07:17 -0000
From: Shop Example - Protectia datelor <privacy@shop.example.be>
To: elena.munteanu@clicknet-ro.example
Subject: Re: rambursare in contul gresit - IBAN corectat
Date: Fri, 22 May 2026 10:07:12 +0200
Message-ID: <re.priv-2026-05-3349@shop.example.be>
Content-Type: text/plain; charset=utf-8

Stimată doamnă Munteanu,

am corectat IBAN-ul din dosarul dumneavoastră de rambursare. Noul cont
(RO49 **** **** **** **** 1207) va fi folosit pentru rambursarea
comenzii 2026-SE-0091186. IBAN-ul greșit a fost șters.

Cu stimă,
Echipa de protecție a datelor, Shop Example
'''),
    ('ro', 'psp-dpo-ticket-ack-forwarded-objection-ro', 'automated', (),
'''Return-Path: <dpo-noreply@helpdesk.platinet.example>
Received: from helpdesk-mail.platinet.example (helpdesk-mail.platinet.example [198.51.100.24])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ke1Cq3Zw7z5x2Lr
        for <privacy@shop.example.be>; Wed, 3 Jun 2026 11:45:02 +0200 (CEST)
From: "PlatiNet DPO (sistem tichete)" <dpo-noreply@helpdesk.platinet.example>
Reply-To: dpo+t40917@helpdesk.platinet.example
To: privacy@shop.example.be
Subject: [Tichet #40917] Am primit solicitarea dvs.: Opozitie profilare antifrauda - client comun
Date: Wed, 03 Jun 2026 09:45:00 +0000
Message-ID: <ticket-40917-ack@helpdesk.platinet.example>
In-Reply-To: <fw.priv-2026-06-3412@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
X-Mailer: Zammad Mail Service
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă mulțumim. Solicitarea dumneavoastră a fost înregistrată cu numărul
#40917 și a fost atribuită echipei Responsabilului cu protecția datelor.

Subiect: Opoziție profilare antifraudă - client comun
Categorie: Drepturile persoanei vizate (art. 15-22 GDPR)
Termen de răspuns: în cel mult o lună de la primire (03.07.2026)

Dacă doriți să adăugați informații, răspundeți la acest mesaj păstrând
numărul tichetului în subiect. Nu trimiteți date complete de card.

Acesta este un mesaj automat de confirmare.
PlatiNet S.A. - Responsabil cu protecția datelor
'''),
    ('ro', 'person-withdraws-sms-consent-from-phone-long-signature', 'withdraw_consent', (),
'''Return-Path: <radu.ionescu@ionescu-consult.example>
Received: from mail.ionescu-consult.example (mail.ionescu-consult.example [192.0.2.188])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ke7Gm1Xs5z5x3Qc
        for <privacy@shop.example.be>; Thu, 11 Jun 2026 08:12:40 +0200 (CEST)
From: Radu Ionescu <radu.ionescu@ionescu-consult.example>
To: privacy@shop.example.be
Subject: SMS
Date: Thu, 11 Jun 2026 09:12:35 +0300
Message-ID: <7C1D2E3F-4A5B-4C6D-8E9F-0A1B2C3D4E5F@ionescu-consult.example>
X-Mailer: iPhone Mail (21F90)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Nu mai vreau SMS-uri cu oferte de plată în rate de la voi pe 0474 33 82 19. Retrag acordul dat la casa din Liège. Mersi

Trimis de pe iPhone
--
Radu Ionescu | Consultant fiscal autorizat
Ionescu Consult SRL | Bd. Unirii 64, București | Succursale: Rue Féronstrée 112, 4000 Liège
CUI RO31877420 | Membru CCF nr. 6612

CONFIDENȚIALITATE: Acest mesaj și eventualele atașamente sunt confidențiale
și destinate exclusiv destinatarului. Dacă l-ați primit din eroare, vă rugăm
să informați expeditorul și să îl ștergeți. Orice utilizare, copiere sau
divulgare neautorizată este interzisă. Ionescu Consult SRL prelucrează datele
cu caracter personal conform Regulamentului (UE) 2016/679 (GDPR). Pentru
exercitarea drepturilor de acces, rectificare, ștergere, restricționare,
opoziție sau portabilitate scrieți la gdpr@ionescu-consult.example. Aveți
dreptul să depuneți plângere la ANSPDCP.
'''),
    ('el', 'acquirer-monthly-pos-statement-html-only-el', 'automated', (),
'''Return-Path: <statements@merchants.aigaiopay.example>
Received: from smtp2.merchants.aigaiopay.example (smtp2.merchants.aigaiopay.example [198.51.100.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb1Wr4Hd7z5x4Zs
        for <privacy@shop.example.be>; Sat, 2 May 2026 04:10:33 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=aigaiopay.example; s=st;
	h=from:to:subject:date:message-id:mime-version; bh=As3Df5Gh7Jk9Lz1Xc3Vb5Nm7Qw9Er1Ty3Ui5=;
	b=Op7As9Df1Gh3Jk5Lz7Xc9Vb1Nm3Qw5Er7Ty9Ui1Op3As5Df7Gh9Jk1Lz3Xc5Vb7Nm9
From: =?UTF-8?B?QWlnYWlvUGF5IM6VzrzPgM6/z4HOv865?= <statements@merchants.aigaiopay.example>
To: privacy@shop.example.be
Subject: =?UTF-8?B?zpzOt869zrnOsc6vzrEgzrrOsc+EzqzPg8+EzrHPg863IM+Dz4XOvc6xzrvOu86xzrPPjs69IFBPUyAtIM6Rz4DPgc6vzrvOuc6/z4IgMjAyNg==?=
Date: Sat, 02 May 2026 05:10:31 +0300
Message-ID: <stmt-202604-MID3390177@merchants.aigaiopay.example>
X-Mailer: AigaioPay Statements 2.4
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html>
<html lang="el"><head><meta charset="utf-8"><title>Μηνιαία κατάσταση</title></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#222">
<h2 style="color:#004f7c">Μηνιαία κατάσταση συναλλαγών POS &ndash; Απρίλιος 2026</h2>
<p>Αγαπητέ συνεργάτη,</p>
<p>η κατάσταση συναλλαγών των τερματικών σας για την περίοδο 01/04/2026 &ndash; 30/04/2026 είναι διαθέσιμη.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Τερματικό</th><th>Κατάστημα</th><th>Συναλλαγές</th><th>Τζίρος</th><th>Προμήθεια</th></tr>
<tr><td>BE7741902</td><td>Gent Zuid</td><td>9.412</td><td>311.208,40 &euro;</td><td>1.867,25 &euro;</td></tr>
<tr><td>BE7741905</td><td>Gent Zuid</td><td>7.038</td><td>244.119,95 &euro;</td><td>1.464,72 &euro;</td></tr>
<tr><td>BE7742011</td><td>Bruxelles Rue Neuve</td><td>12.775</td><td>402.560,10 &euro;</td><td>2.415,36 &euro;</td></tr>
</table>
<p>Αμφισβητούμενες συναλλαγές (chargebacks) του μήνα: <b>3</b>. Λεπτομέρειες στην Πύλη Εμπόρων.</p>
<p>Το αναλυτικό αρχείο (CSV/PDF) μπορείτε να το κατεβάσετε από την
<a href="https://portal.aigaiopay.example/statements/2026-04">Πύλη Εμπόρων</a> για 13 μήνες.</p>
<p style="font-size:10px;color:#888">Το μήνυμα στάλθηκε αυτόματα. Μην απαντάτε σε αυτό.
Η AigaioPay Α.Ε. επεξεργάζεται δεδομένα προσωπικού χαρακτήρα σύμφωνα με τον ΓΚΠΔ (ΕΕ) 2016/679.
Για τα δικαιώματα πρόσβασης, διόρθωσης, διαγραφής και εναντίωσης: dpo@aigaiopay.example.</p>
</body></html>
'''),
    ('el', 'sendmail-bounce-greek-isp-user-unknown-chargeback-reply', 'automated', (),
'''Return-Path: <>
Received: from relay.otenet-mail.example (relay.otenet-mail.example [203.0.113.240])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc6Mf8Bq1z5x5Wn
        for <privacy@shop.example.be>; Mon, 18 May 2026 11:52:17 +0200 (CEST)
Received: from localhost (localhost)
	by relay.otenet-mail.example (8.17.1/8.17.1) id 64I8qG1x018822;
	Mon, 18 May 2026 12:52:16 +0300
Date: Mon, 18 May 2026 12:52:16 +0300
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.otenet-mail.example>
Message-Id: <202605180952.64I8qG1x018822@relay.otenet-mail.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="64I8qG1x018822.1779097936/relay.otenet-mail.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--64I8qG1x018822.1779097936/relay.otenet-mail.example

The original message was received at Mon, 18 May 2026 12:52:14 +0300
from mx1.shop.example.be [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<g.papadopoulou@otenet-mail.example>
    (reason: 550 5.1.1 User unknown)

   ----- Transcript of session follows -----
... while talking to mailstore3.otenet-mail.example.:
>>> DATA
<<< 550 5.1.1 <g.papadopoulou@otenet-mail.example>... User unknown
550 5.1.1 <g.papadopoulou@otenet-mail.example>... User unknown

--64I8qG1x018822.1779097936/relay.otenet-mail.example
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.otenet-mail.example
Received-From-MTA: DNS; mx1.shop.example.be
Arrival-Date: Mon, 18 May 2026 12:52:14 +0300

Final-Recipient: RFC822; g.papadopoulou@otenet-mail.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailstore3.otenet-mail.example
Diagnostic-Code: SMTP; 550 5.1.1 <g.papadopoulou@otenet-mail.example>... User unknown
Last-Attempt-Date: Mon, 18 May 2026 12:52:16 +0300

--64I8qG1x018822.1779097936/relay.otenet-mail.example
Content-Type: message/rfc822

From: Shop Example Privacy <privacy@shop.example.be>
To: g.papadopoulou@otenet-mail.example
Subject: =?UTF-8?B?zqPPh861z4Q6IM6xzq/PhM63zrzOsSDPgM+Bz4zPg86yzrHPg863z4I=?=
Date: Mon, 18 May 2026 11:52:10 +0200
Message-ID: <re.priv-2026-05-3318@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Αγαπητή κυρία Παπαδοπούλου,

σε συνέχεια του αιτήματός σας πρόσβασης, σας επισυνάπτουμε τα στοιχεία
που διαβιβάστηκαν στην τράπεζά σας στο πλαίσιο της αμφισβήτησης της
χρέωσης (απόδειξη POS με κρυμμένο αριθμό κάρτας και τιμολόγιο).

Με εκτίμηση,
Ομάδα Προστασίας Δεδομένων, Shop Example

--64I8qG1x018822.1779097936/relay.otenet-mail.example--
'''),
    ('el', 'direct-debit-standing-order-revoked-merchant-el', 'automated', (),
'''Return-Path: <no-reply@pagies.ethnikidebit.example>
Received: from mta1.ethnikidebit.example (mta1.ethnikidebit.example [192.0.2.91])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kd6Bt2Kv9z5x6Xp
        for <privacy@shop.example.be>; Tue, 26 May 2026 06:30:45 +0200 (CEST)
From: =?UTF-8?Q?Ethniki_Debit_=CE=A0=CE=AC=CE=B3=CE=B9=CE=B5=CF=82?= <no-reply@pagies.ethnikidebit.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=91=CE=BD=CE=AC=CE=BA=CE=BB=CE=B7=CF=83=CE=B7_=CF=80=CE=AC=CE=B3=CE=B9=CE=B1=CF=82_=CE=B5=CE=BD=CF=84=CE=BF=CE=BB=CE=AE=CF=82_SEPA_-_SEC-CLUB-GR-00719?=
Date: Tue, 26 May 2026 07:30:43 +0300
Message-ID: <mandate-revoke-SEC-CLUB-GR-00719@pagies.ethnikidebit.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

ΕΝΗΜΕΡΩΣΗ ΔΙΚΑΙΟΥΧΟΥ ΠΛΗΡΩΜΗΣ

Η εντολή άμεσης χρέωσης SEPA (mandate) που αναφέρεται παρακάτω
ανακλήθηκε από τον οφειλέτη μέσω της τράπεζάς του.

Αναφορά εντολής (UMR):   SEC-CLUB-GR-00719
Δικαιούχος (Creditor ID): BE98ZZZ0412345678 - Shop Example NV
Οφειλέτης:               ΝΙΚΟΛΑΟΣ ΚΑΡΑΓΙΑΝΝΗΣ
IBAN οφειλέτη:           GR** **** **** **** **** **** 552
Ημερομηνία ανάκλησης:    25/05/2026

Δεν θα εκτελεστούν νέες χρεώσεις με αυτή την εντολή. Τυχόν εκκρεμείς
χρεώσεις με ημερομηνία μετά τις 25/05/2026 ακυρώθηκαν αυτόματα.

Τα στοιχεία της εντολής διατηρούνται για όσο χρόνο ορίζει ο νόμος και
στη συνέχεια διαγράφονται.

Αυτό είναι αυτόματο μήνυμα. Παρακαλούμε μην απαντάτε.
'''),
    ('el', 'pay-later-instalment-reminder-customer-used-privacy-address-el', 'automated', (),
'''Return-Path: <bounces+88213-aa1f@em.dosipay.example>
Received: from o22.em.dosipay.example (o22.em.dosipay.example [167.89.22.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ke4Tv6Jc2z5x7Ya
        for <privacy@shop.example.be>; Fri, 5 Jun 2026 09:00:12 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=dosipay.example;
	h=from:to:subject:date:message-id:mime-version; s=s1;
	bh=Df1Gh3Jk5Lz7Xc9Vb1Nm3Qw5Er7Ty9Ui1Op3As5=;
	b=Gh5Jk7Lz9Xc1Vb3Nm5Qw7Er9Ty1Ui3Op5As7Df9Gh1Jk3Lz5Xc7Vb9Nm1Qw3Er5Ty7
From: DosiPay <ypenthymiseis@dosipay.example>
To: privacy@shop.example.be
Subject: =?UTF-8?B?zqXPgM6/zrvOtc65z4DPjM68zrXOvc63IM60z4zPg863IDIvNCAtIM+AzrvOt8+Bz4nOvM6uIM6tz4nPgiAxMC8wNg==?=
Date: Fri, 05 Jun 2026 07:00:10 +0000
Message-ID: <Xk2Lq9Wm-RmNd-88213@geopod-ismtpd-3.dosipay.example>
X-SG-EID: =?us-ascii?Q?u001=2EQz9Lk2Wm4Tn6Rb8Vc0Xd?=
List-Unsubscribe: <mailto:unsubscribe@em.dosipay.example?subject=88213>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="dp88213"

--dp88213
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Γεια σας,

σας υπενθυμίζουμε ότι η 2η από τις 4 δόσεις για την αγορά σας
πρέπει να πληρωθεί έως τις 10/06/2026.

Κατάστημα:     Shop Example (ηλεκτρονικό κατάστημα)
Παραγγελία:    2026-SE-0096620
Ποσό δόσης:    74,75 €
Κάρτα χρέωσης: Visa •••• 4028

Η δόση θα χρεωθεί αυτόματα στην κάρτα σας. Αν η κάρτα δεν έχει
υπόλοιπο, ενδέχεται να χρεωθεί τέλος καθυστέρησης 5 € και να ενημερωθεί
το σύστημα αξιολόγησης πιστοληπτικής ικανότητας.

Διαχείριση πληρωμών: https://app.dosipay.example/pay/88213

Λαμβάνετε αυτό το μήνυμα επειδή χρησιμοποιήσατε αυτή τη διεύθυνση
email κατά την αγορά με DosiPay. Πολιτική απορρήτου: dosipay.example/privacy
--dp88213
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial;font-size:14px">
<p>Γεια σας,</p>
<p>η <b>2η από τις 4 δόσεις</b> (74,75 &euro;) για την παραγγελία 2026-SE-0096620 πρέπει να πληρωθεί έως τις <b>10/06/2026</b>.</p>
<p><a href="https://app.dosipay.example/pay/88213" style="background:#6c2bd9;color:#fff;padding:8px 14px;text-decoration:none">Πληρωμή τώρα</a></p>
<p style="font-size:11px;color:#888">Πολιτική απορρήτου: dosipay.example/privacy</p>
</body></html>
--dp88213--
'''),
    ('el', 'person-greeklish-keep-terminal-log-during-bank-dispute', 'restriction', (),
'''Return-Path: <dimitris.alexiou77@gmail.example>
Received: from mail-ej1-f54.google.example (mail-ej1-f54.google.example [209.85.218.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd7Qx3Mz4z5x8Bt
        for <privacy@shop.example.be>; Wed, 27 May 2026 23:14:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.example; s=20230601;
	h=to:subject:message-id:date:from:mime-version;
	bh=Nm7Qw9Er1Ty3Ui5Op7As9Df1Gh3Jk5Lz7Xc9Vb1=;
	b=Vb3Nm5Qw7Er9Ty1Ui3Op5As7Df9Gh1Jk3Lz5Xc7Vb9Nm1Qw3Er5Ty7Ui9Op1As3Df5
MIME-Version: 1.0
From: Dimitris Alexiou <dimitris.alexiou77@gmail.example>
Date: Thu, 28 May 2026 00:14:02 +0300
Message-ID: <CAF3kPq8Zr1Lm5Wx0Tn7Hv2Yb9Cd4Ej6Gk3Ps8Qa1Rs5Tu@mail.gmail.example>
Subject: Fwd: Eidopoiisi trapezas - amfisvitisi xreosis
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"

Kalispera sas,

egw eimai o pelatis pou plirwse 2 fores sto tameio 4 sto Gent Zuid
stis 23/3 (64,35 evrw). Exw kanei amfisvitisi stin trapeza mou (to
minima tis trapezas apo katw). Sas parakalw MIN diagrapsete tin
katagrafi apo to POS kai tin apodeiksi mou mexri na kleisei i ypothesi,
giati tha tis xreiastei i trapeza. Alla mexri tote na min xrisimopoiountai
gia tipota allo, oute na mpoun sto loyalty profil mou.

Euxaristw,
Dimitris Alexiou
+32 471 20 66 13

---------- Forwarded message ---------
From: EthnoBank Alerts <alerts@ethnobank-gr.example>
Date: Wed, 27 May 2026 at 18:03
Subject: Eidopoiisi trapezas - amfisvitisi xreosis
To: <dimitris.alexiou77@gmail.example>

Η αμφισβήτηση της συναλλαγής σας καταχωρήθηκε.
Αριθμός υπόθεσης: DSP-260527-11894
Έμπορος: SHOP EXAMPLE GENT ZUID BE
Ποσό: 64,35 EUR - 23/03/2026
Η τράπεζα θα ζητήσει στοιχεία από τον έμπορο. Εκτιμώμενος χρόνος: 45 ημέρες.
Αυτόματο μήνυμα - μην απαντάτε.
'''),
    ('bg', 'psp-payout-sent-merchant-notice-bg', 'automated', (),
'''Return-Path: <payouts@mail.balkanpay.example>
Received: from mail-out-7.balkanpay.example (mail-out-7.balkanpay.example [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb5Ls9Ge3z5x9Cd
        for <privacy@shop.example.be>; Fri, 8 May 2026 10:03:26 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=balkanpay.example; s=mg;
	h=from:to:subject:date:message-id:mime-version; bh=Er1Ty3Ui5Op7As9Df1Gh3Jk5Lz7Xc9Vb1Nm3=;
	b=Qw5Er7Ty9Ui1Op3As5Df7Gh9Jk1Lz3Xc5Vb7Nm9Qw1Er3Ty5Ui7Op9As1Df3Gh5Jk7
From: BalkanPay <payouts@mail.balkanpay.example>
To: privacy@shop.example.be
Subject: =?UTF-8?B?0JjQt9C/0LvQsNGJ0LDQvdC10YLQviDQtSDQuNC30LLRitGA0YjQtdC90L4gLSBQTy0yMDI2MDUwOC0wMDMxNA==?=
Date: Fri, 08 May 2026 11:03:24 +0300
Message-ID: <20260508080324.PO-20260508-00314@mail.balkanpay.example>
X-Mailgun-Sid: WyIzYjQ1ZCIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICI4ZjJlIl0=
X-Mailgun-Tag: payout-notice
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте,

изплащането към Вашата сметка е извършено.

Номер на изплащане:  PO-20260508-00314
Търговец:            Shop Example NV (BP-MRC-10992)
Период:              01.05.2026 - 07.05.2026
Брутен оборот:       18 420,60 EUR
Възстановени суми:   -611,20 EUR
Такси:               -238,91 EUR
Задържан резерв:     -500,00 EUR
Изплатена сума:      17 070,49 EUR
Сметка:              BE** **** **** 7731
Очаквано постъпване: 1-2 работни дни

Подробната справка по трансакции е достъпна в таблото за търговци.

Това съобщение е изпратено автоматично. Моля, не отговаряйте.
БалканПей АД, София. Политика за поверителност: balkanpay.example/privacy
'''),
    ('bg', 'psp-dispute-closed-won-by-merchant-bg', 'automated', (),
'''Return-Path: <disputes@mail.balkanpay.example>
Received: from mail-out-2.balkanpay.example (mail-out-2.balkanpay.example [198.51.100.72])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd4Fw7Nc8z5x1Ke
        for <privacy@shop.example.be>; Mon, 25 May 2026 14:48:51 +0200 (CEST)
From: BalkanPay Disputes <disputes@mail.balkanpay.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=A1=D0=BF=D0=BE=D1=80=D1=8A=D1=82_DP-BG-7781_=D0=B5_=D0=BF=D1=80=D0=B8=D0=BA=D0=BB=D1=8E=D1=87=D0=B5=D0=BD?=
Date: Mon, 25 May 2026 15:48:49 +0300
Message-ID: <dispute-DP-BG-7781-closed@mail.balkanpay.example>
X-Mailgun-Tag: dispute-closed
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="bp-7781"

--bp-7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Спорът е приключен

Спор:            DP-BG-7781 (chargeback)
Трансакция:      14.03.2026, 129,99 EUR, Mastercard ****5504
Картодържател:   Г. ИВАНОВА
Причина:         4837 - Неразпозната трансакция
Резултат:        В ПОЛЗА НА ТЪРГОВЕЦА

Банката издател прие представените доказателства (фактура,
потвърждение за доставка с подпис, IP адрес и 3-D Secure
удостоверяване). Блокираната сума от 129,99 EUR ще бъде включена в
следващото изплащане.

Документите по спора се съхраняват 18 месеца и след това се изтриват
автоматично. Картодържателят може да упражни правата си по ОРЗД
директно пред своята банка или пред БалканПей (dpo@balkanpay.example).

Автоматично съобщение - не отговаряйте.
--bp-7781
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial;font-size:13px">
<h3 style="color:#187a3c">Спорът DP-BG-7781 е приключен в полза на търговеца</h3>
<p>Сумата от <b>129,99 EUR</b> ще бъде включена в следващото изплащане.</p>
<p style="font-size:10px;color:#888">Автоматично съобщение &ndash; не отговаряйте. ОРЗД: dpo@balkanpay.example</p>
</body></html>
--bp-7781--
'''),
    ('bg', 'zimbra-ooo-bulgarian-invoicing-partner', 'automated', (),
'''Return-Path: <petya.georgieva@fakturi-online.example>
Received: from zimbra.fakturi-online.example (zimbra.fakturi-online.example [192.0.2.166])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ke3Hs4Pb1z5x2Vf
        for <privacy@shop.example.be>; Fri, 5 Jun 2026 16:20:08 +0200 (CEST)
Date: Fri, 5 Jun 2026 17:20:06 +0300 (EEST)
From: Petya Georgieva <petya.georgieva@fakturi-online.example>
To: privacy@shop.example.be
Message-ID: <1749131.88213.1780669206553.JavaMail.zimbra@fakturi-online.example>
In-Reply-To: <priv-2026-06-3433@shop.example.be>
Subject: =?utf-8?B?0J3QtSDRgdGK0Lwg0LIg0L7RhNC40YHQsA==?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4611 (zclient/10.0.8_GA_4611)

Здравейте,

в отпуск съм до 15.06.2026 включително, без достъп до служебната поща.

По въпроси за фактури, кредитни известия и корекции на данни във
фактурите се обръщайте към support@fakturi-online.example или на
тел. +359 2 491 77 30.

Искания, свързани с лични данни (достъп, корекция, изтриване), моля
изпращайте на gdpr@fakturi-online.example.

Поздрави,
Петя Георгиева
Фактури Онлайн ЕООД
'''),
    ('bg', 'person-forwards-instalment-statement-wants-payments-file', 'portability', (),
'''Return-Path: <ivaylo.stoyanov@abv-mail.example>
Received: from mx.abv-mail.example (mx.abv-mail.example [203.0.113.94])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ke8Wd2Tn6z5x3Pg
        for <privacy@shop.example.be>; Sat, 13 Jun 2026 10:41:37 +0200 (CEST)
From: =?UTF-8?B?0JjQstCw0LnQu9C+INCh0YLQvtGP0L3QvtCy?= <ivaylo.stoyanov@abv-mail.example>
To: privacy@shop.example.be
Subject: Fw: =?UTF-8?B?0JzQtdGB0LXRh9C90L4g0LjQt9Cy0LvQtdGH0LXQvdC40LU=?=
Date: Sat, 13 Jun 2026 11:41:33 +0300
Message-ID: <1781343693.552810.abv@abv-mail.example>
X-Mailer: AbvMail web 4.2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте,

отдолу е месечното извлечение от DosiPay, но то е само за разсрочените
покупки. Водя си домашния бюджет в таблица и ми трябва цялата история
на покупките и плащанията ми при вас (с картата за лоялност, онлайн и в
магазина в Антверпен) за последните 2 години - като CSV или Excel файл,
не като PDF. Ако може, изпратете го директно и на приложението за
бюджет, което ползвам (Budgetly, import@budgetly.example).

Благодаря,
Ивайло Стоянов
карта за лоялност 2600 4418 9021

----- Препратено съобщение -----
От: DosiPay <izvlecheniya@dosipay.example>
До: ivaylo.stoyanov@abv-mail.example
Изпратено: 01.06.2026 07:00
Тема: Месечно извлечение

Месечно извлечение за май 2026
Shop Example, поръчка 2026-SE-0088104 - вноска 4/6 - 52,50 EUR - платена
Shop Example, поръчка 2026-SE-0093377 - вноска 1/3 - 39,96 EUR - платена
Остатък за плащане: 184,98 EUR
Автоматично съобщение. Не отговаряйте.
'''),
]

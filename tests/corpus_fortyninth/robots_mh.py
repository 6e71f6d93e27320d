"""Forty-ninth set, robot mail of subscriptions and recurring billing, plus people whose mail looks automatic (14 languages). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ pl
    ('pl', 'exchange-ooo-reply-to-identity-check', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2091.outbound.protection.outlook.com [40.107.22.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rq8Kz1mXbz3wLt
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:21:07 +0100 (CET)
Received: from DU0PR03MB8462.eurprd03.prod.outlook.com (2603:10a6:10:3a1::14)
 by DU0PR03MB8462.eurprd03.prod.outlook.com with HTTPS; Mon, 2 Nov 2026
 09:21:05 +0000
From: =?utf-8?Q?Katarzyna_Wi=C5=9Bniewska?= <k.wisniewska@budmex-logistyka.pl>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Automatyczna =?utf-8?Q?odpowied=C5=BA:?= Your privacy request - identity
 check [PRV-2026-1184]
Thread-Topic: Your privacy request - identity check [PRV-2026-1184]
Thread-Index: AQHbLx2k9mXJ0r4FQkS1uQz3bWk7ng==
Date: Mon, 2 Nov 2026 09:21:05 +0000
Message-ID: <DU0PR03MB8462A1F3C4E0B27D9AC1E5B7D4A12@DU0PR03MB8462.eurprd03.prod.outlook.com>
In-Reply-To: <20261102091422.3C71E2A0F4@out1.shop.example.be>
References: <20261102091422.3C71E2A0F4@out1.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Language: pl-PL
X-MS-Exchange-Organization-AutoReply: OOF
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Dzie=C5=84 dobry,

dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Do 13 listopada 2026 r. przebywam=
 na urlopie i mam ograniczony dost=C4=99p do poczty. Wiadomo=C5=9Bci nie s=
=C4=85 przekazywane dalej.

W sprawach pilnych prosz=C4=99 o kontakt z sekretariatem:
biuro@budmex-logistyka.pl, tel. +48 61 852 40 17.

Z powa=C5=BCaniem
Katarzyna Wi=C5=9Bniewska
Specjalista ds. zakup=C3=B3w
Budmex Logistyka Sp. z o.o.
'''),

    ('pl', 'billing-platform-payment-failed-will-retry', 'automated', (),
'''Return-Path: <bounces+2291844-7f3e-privacy=shop.example.be@em3817.billing.abonio.com>
Received: from o22.em3817.billing.abonio.com (o22.em3817.billing.abonio.com [149.72.143.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rr2Jx0sVTz3wMb
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 06:04:52 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=billing.abonio.com;
        h=content-type:from:mime-version:subject:reply-to:to; s=s1;
        bh=3kQ0fUe1n5lJm2Yx7dR8pTqZ1cW4vB6aHs9oLgNiE0k=;
        b=Qm7x2Lr9TbW1kF4pZc8vYd3nHs6aJq0uEo5iRg
From: Shop Example BV <noreply@billing.abonio.com>
Reply-To: klantendienst@shop.example.be
To: privacy@shop.example.be
Subject: =?UTF-8?Q?P=C5=82atno=C5=9B=C4=87_za_subskrypcj=C4=99_nie_powiod=C5=82a_si?=
 =?UTF-8?Q?=C4=99_-_spr=C3=B3bujemy_ponownie?=
Date: Tue, 03 Nov 2026 05:04:50 +0000
Message-ID: <Xq3vT9kRQ2uWb8sLmN0p4A@geopod-ismtpd-7>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b5d1c0f2e7a94d3f8e6b2a1c9d0e4f77"
X-Abonio-Event: invoice.payment_failed
X-Abonio-Attempt: 1/3
X-Entity-ID: u001.k3Z9mQ

--b5d1c0f2e7a94d3f8e6b2a1c9d0e4f77
Content-Transfer-Encoding: 8bit
Content-Type: text/plain; charset=utf-8

Dzień dobry,

nie udało się pobrać płatności za Twoją subskrypcję.

Subskrypcja:    Pudełko Smaków – co miesiąc (SUB-88217)
Kwota:          24,95 EUR
Karta:          Visa •••• 4417
Powód odmowy:   niewystarczające środki (insufficient_funds)

Spróbujemy ponownie automatycznie 6 listopada 2026 r. Jeśli na karcie będą
wtedy dostępne środki, nie musisz nic robić. Możesz też już teraz zmienić
metodę płatności w portalu klienta:
https://portal.abonio.com/shop-example/billing?c=cus_P8kq2WmZt

Po trzeciej nieudanej próbie subskrypcja zostanie wstrzymana, a kolejne
pudełko nie zostanie wysłane.

Pozdrawiamy
Zespół Shop Example

Ta wiadomość została wysłana automatycznie.
Shop Example BV, Kortrijksesteenweg 1042, 9051 Gent, Belgia

--b5d1c0f2e7a94d3f8e6b2a1c9d0e4f77
Content-Transfer-Encoding: 8bit
Content-Type: text/html; charset=utf-8

<html><body style="font-family:Arial,sans-serif">
<p>Dzień dobry,</p>
<p>nie udało się pobrać płatności za Twoją subskrypcję.</p>
<table><tr><td>Subskrypcja</td><td>Pudełko Smaków – co miesiąc (SUB-88217)</td></tr>
<tr><td>Kwota</td><td>24,95 EUR</td></tr>
<tr><td>Karta</td><td>Visa •••• 4417</td></tr>
<tr><td>Powód odmowy</td><td>niewystarczające środki</td></tr></table>
<p>Spróbujemy ponownie automatycznie <b>6 listopada 2026 r.</b></p>
<p><a href="https://portal.abonio.com/shop-example/billing?c=cus_P8kq2WmZt">Zmień metodę płatności</a></p>
<p>Pozdrawiamy<br>Zespół Shop Example</p>
<p style="font-size:11px;color:#888">Ta wiadomość została wysłana automatycznie.<br>
Shop Example BV, Kortrijksesteenweg 1042, 9051 Gent, Belgia</p>
</body></html>

--b5d1c0f2e7a94d3f8e6b2a1c9d0e4f77--
'''),

    ('pl', 'postfix-localized-dsn-account-removed', 'automated', (),
'''Return-Path: <>
Received: from mx2.poczta-firmowa.pl (mx2.poczta-firmowa.pl [193.203.98.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rs4Fq6HbWz3wNc
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:03:12 +0100 (CET)
Received: by mx2.poczta-firmowa.pl (Postfix)
        id 9B41E2C0D7; Wed,  4 Nov 2026 11:03:12 +0100 (CET)
Date: Wed,  4 Nov 2026 11:03:12 +0100 (CET)
From: MAILER-DAEMON@mx2.poczta-firmowa.pl (System pocztowy)
Subject: =?UTF-8?Q?Niedostarczona_wiadomo=C5=9B=C4=87?= - Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="9B41E2C0D7.1793786592/mx2.poczta-firmowa.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <20261104100312.9B41E2C0D7@mx2.poczta-firmowa.pl>

This is a MIME-encapsulated message.

--9B41E2C0D7.1793786592/mx2.poczta-firmowa.pl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

To jest wiadomość systemu pocztowego na serwerze mx2.poczta-firmowa.pl.

Z przykrością informujemy, że Twojej wiadomości nie udało się dostarczyć
do jednego lub kilku odbiorców. Wiadomość jest dołączona poniżej.

W razie pytań skontaktuj się z administratorem poczty <postmaster>.
Zgłaszając problem, dołącz tę wiadomość zwrotną.

                   System pocztowy

<tomasz.zielinski@kowalczyk-serwis.pl>: skrzynka odbiorcy nie istnieje
    (konto zostało usunięte)

--9B41E2C0D7.1793786592/mx2.poczta-firmowa.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.poczta-firmowa.pl
X-Postfix-Queue-ID: 4F0D12C0A1
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed,  4 Nov 2026 11:03:10 +0100 (CET)

Final-Recipient: rfc822; tomasz.zielinski@kowalczyk-serwis.pl
Original-Recipient: rfc822;tomasz.zielinski@kowalczyk-serwis.pl
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "tomasz.zielinski"

--9B41E2C0D7.1793786592/mx2.poczta-firmowa.pl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [195.130.141.20])
        by mx2.poczta-firmowa.pl (Postfix) with ESMTPS id 4F0D12C0A1
        for <tomasz.zielinski@kowalczyk-serwis.pl>; Wed,  4 Nov 2026 11:03:10 +0100 (CET)
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: tomasz.zielinski@kowalczyk-serwis.pl
Subject: Your privacy request [PRV-2026-1203] - we need to verify your identity
Date: Wed, 4 Nov 2026 11:03:06 +0100
Message-ID: <20261104100306.7C2D41A09E@out1.shop.example.be>

--9B41E2C0D7.1793786592/mx2.poczta-firmowa.pl--
'''),

    ('pl', 'survey-platform-nps-after-box', 'automated', (),
'''Return-Path: <bounce-8f2k1q@mail.pulsio.io>
Received: from out-14.mail.pulsio.io (out-14.mail.pulsio.io [52.58.201.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RtYc81JpRz3wNx
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 10:00:31 +0100 (CET)
From: Shop Example <ankiety@mail.pulsio.io>
Reply-To: Shop Example <noreply@mail.pulsio.io>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Jak_Ci_smakowa=C5=82o_listopadowe_pude=C5=82ko=3F?=
Date: Sun, 08 Nov 2026 09:00:29 +0000
Message-ID: <nps.8f2k1q.1793869229@mail.pulsio.io>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
List-Unsubscribe: <https://mail.pulsio.io/u/8f2k1q?e=privacy%40shop.example.be>,
 <mailto:unsub-8f2k1q@mail.pulsio.io>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Pulsio-Survey: nps-box-2026-11
X-Pulsio-Account: shop-example-be

Cześć!

Twoje listopadowe pudełko dotarło 6 listopada. Powiedz nam, jak było –
zajmie Ci to mniej niż minutę.

Jak bardzo prawdopodobne jest, że polecisz Pudełko Smaków znajomym?
(0 – na pewno nie, 10 – na pewno tak)

   0   1   2   3   4   5   6   7   8   9   10
   https://s.pulsio.io/r/8f2k1q?score=

Który produkt smakował Ci najbardziej, a który wcale? Napisz nam w ankiecie:
https://s.pulsio.io/s/8f2k1q

Dziękujemy!
Zespół Shop Example

--
Otrzymujesz tę wiadomość, ponieważ masz aktywną subskrypcję w Shop Example.
Nie chcesz dostawać ankiet? Wypisz się: https://mail.pulsio.io/u/8f2k1q
'''),

    ('pl', 'person-reply-above-renewal-notice-delete-all', 'deletion', (),
'''Return-Path: <marek.nowakowski84@gmail.com>
Received: from mail-wm1-f48.google.com (mail-wm1-f48.google.com [209.85.128.48])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rr9Tb5ZkMz3wMq
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 21:47:33 +0100 (CET)
Received: by mail-wm1-f48.google.com with SMTP id 5b1f17b1804b1-4316f7c2e2bso20794515e9.1
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 12:47:32 -0800 (PST)
Message-ID: <8c1e2f4a-3b7d-4e9a-a1f6-2d0c9b5e7f13@gmail.com>
Date: Tue, 3 Nov 2026 21:47:29 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Twoja subskrypcja odnowi =?UTF-8?Q?si=C4=99?= 15 listopada
Content-Language: pl
To: privacy@shop.example.be
References: <r3nw.SUB-90377.20261102@billing.abonio.com>
From: Marek Nowakowski <marek.nowakowski84@gmail.com>
In-Reply-To: <r3nw.SUB-90377.20261102@billing.abonio.com>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Nie odnawiajcie tego. Proszę od razu anulować subskrypcję i przy okazji
usunąć moje konto oraz wszystko, co macie na mój temat – adres, historię
zamówień, zapisaną kartę, wszystko.

Marek Nowakowski

W dniu 2.11.2026 o 08:30, Shop Example BV pisze:
> Dzień dobry,
>
> przypominamy, że Twoja subskrypcja „Pudełko Smaków – co miesiąc”
> (SUB-90377) odnowi się automatycznie 15 listopada 2026 r.
>
> Kwota: 24,95 EUR
> Metoda płatności: Visa •••• 2093
>
> Nie musisz nic robić. Jeśli chcesz coś zmienić, wstrzymać dostawy lub
> zrezygnować, zrób to przed 14 listopada w portalu klienta:
> https://portal.abonio.com/shop-example/login
>
> Pozdrawiamy
> Zespół Shop Example
'''),

    # ------------------------------------------------------------------ cs
    ('cs', 'billing-card-expiring-reminder', 'automated', (),
'''Return-Path: <bounces+2291844-a1c4-privacy=shop.example.be@em3817.billing.abonio.com>
Received: from o17.em3817.billing.abonio.com (o17.em3817.billing.abonio.com [149.72.143.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RsWq02BdLz3wNk
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 08:00:14 +0100 (CET)
From: Shop Example BV <noreply@billing.abonio.com>
Reply-To: klantendienst@shop.example.be
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Platnost_va=C5=A1=C3=AD_karty_brzy_vypr=C5=A1=C3=AD?=
Date: Thu, 05 Nov 2026 07:00:12 +0000
Message-ID: <cexp.cus_R2tn8Lx.1793862012@billing.abonio.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Abonio-Event: customer.card_expiring
X-Entity-ID: u001.k3Z9mQ

Dobrý den,

platební karta Mastercard končící číslem 0932, kterou platíte předplatné
„Kávový box – měsíčně“ (SUB-77102), vyprší 30. 11. 2026.

Aby nedošlo k přerušení dodávek, zadejte prosím novou kartu do 1. 12. 2026.
Příští platba ve výši 29,90 EUR proběhne 2. 12. 2026.

Aktualizovat platební údaje:
https://portal.abonio.com/shop-example/payment-method?c=cus_R2tn8Lx

Pokud jste kartu už aktualizovali, tuto zprávu ignorujte.

S pozdravem
Tým Shop Example

Tento e-mail byl odeslán automaticky, prosíme, neodpovídejte na něj.
Shop Example BV, Kortrijksesteenweg 1042, 9051 Gent, Belgie
'''),

    ('cs', 'print-partner-helpdesk-ticket-acknowledgement', 'automated', (),
'''Return-Path: <podpora@grafoprint.cz>
Received: from mail.grafoprint.cz (mail.grafoprint.cz [89.187.146.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rs5mN3VxQz3wNf
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 14:03:27 +0100 (CET)
From: Grafoprint - podpora <podpora@grafoprint.cz>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: [#GP-20731] =?UTF-8?Q?P=C5=99ijali_jsme_v=C3=A1=C5=A1_po=C5=BEadavek:?=
 Subscriber address files for the box magazine - retention
Date: Wed, 4 Nov 2026 14:03:25 +0100
Message-ID: <ticket.GP-20731.ack.1793797405@helpdesk.grafoprint.cz>
In-Reply-To: <20261104130248.1B9C42A0E6@out1.shop.example.be>
References: <20261104130248.1B9C42A0E6@out1.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
X-Helpdesk-Ticket: GP-20731
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

děkujeme za vaši zprávu. Váš požadavek byl zaevidován pod číslem
#GP-20731 a přidělen týmu Zákaznická podpora – předtisková příprava.

Předmět: Subscriber address files for the box magazine - retention
Priorita: normální
Stav: nový

Na požadavky odpovídáme zpravidla do 2 pracovních dnů. Pokud chcete
něco doplnit, odpovězte prosím na tento e-mail a ponechte číslo
požadavku v předmětu.

Stav požadavku můžete sledovat zde:
https://helpdesk.grafoprint.cz/tickets/GP-20731

Tato zpráva byla vygenerována automaticky.

Grafoprint s.r.o. | Průmyslová 1388/9, 148 00 Praha 4 | www.grafoprint.cz
'''),

    ('cs', 'localized-dsn-mailbox-full-after-retries', 'automated', (),
'''Return-Path: <>
Received: from mx.hostingcz.net (mx.hostingcz.net [81.95.98.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RtnZ46DqVz3wPm
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 08:45:16 +0100 (CET)
From: Mail Delivery System <MAILER-DAEMON@mx.hostingcz.net>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va:?= Your privacy request [PRV-2026-1207]
Date: Mon, 9 Nov 2026 08:45:12 +0100
Message-ID: <ndr-20261109084512-7731@mx.hostingcz.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="----=_NDR_20261109_084512_7731"

This is a multi-part message in MIME format.

------=_NDR_20261109_084512_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Toto je automaticky vygenerovaná zpráva poštovního serveru mx.hostingcz.net.

Vaši zprávu se nepodařilo doručit níže uvedenému příjemci. Server se
o doručení pokoušel 5 dní, ale schránka příjemce je stále plná.
Zpráva byla vyřazena.

  Příjemce:  petra.svobodova@pekarna-svoboda.cz
  Důvod:     schránka je plná (překročena kvóta)
  Odesláno:  St 4. 11. 2026 08:41

Informujte prosím příjemce jinou cestou, aby si uvolnil místo ve schránce,
a zprávu pošlete znovu.

------=_NDR_20261109_084512_7731
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.hostingcz.net
Arrival-Date: Wed, 4 Nov 2026 08:41:37 +0100

Final-Recipient: rfc822; petra.svobodova@pekarna-svoboda.cz
Action: failed
Status: 4.2.2
Diagnostic-Code: x-local; 452 4.2.2 Mailbox full - quota exceeded
Last-Attempt-Date: Mon, 9 Nov 2026 08:45:12 +0100

------=_NDR_20261109_084512_7731
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [195.130.141.20])
        by mx.hostingcz.net with ESMTPS id 1qT7Lm-0004hK-2v
        for petra.svobodova@pekarna-svoboda.cz; Wed, 04 Nov 2026 08:41:37 +0100
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: petra.svobodova@pekarna-svoboda.cz
Subject: Your privacy request [PRV-2026-1207]
Date: Wed, 4 Nov 2026 08:41:33 +0100
Message-ID: <20261104074133.5E0A71A0D2@out1.shop.example.be>

------=_NDR_20261109_084512_7731--
'''),

    ('cs', 'person-forwarding-dunning-never-subscribed', 'access', ('deletion',),
'''Return-Path: <jiri.prochazka@seznam.cz>
Received: from mxf1.seznam.cz (mxf1.seznam.cz [77.75.78.126])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rx0Pm2CwGz3wQf
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 19:26:44 +0100 (CET)
Received: from email.seznam.cz (email.seznam.cz [2a02:598:a::78:91])
        by smtpc-mxf1-7c5b9d6c4-qz8rk (szn-email-smtpd/2.0.32) with ESMTPA
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 19:26:42 +0100 (CET)
From: =?utf-8?q?Ji=C5=99=C3=AD_Proch=C3=A1zka?= <jiri.prochazka@seznam.cz>
To: <privacy@shop.example.be>
Subject: Fwd: =?utf-8?q?Upom=C3=ADnka=3A_platba_za_?=
 =?utf-8?q?p=C5=99edplatn=C3=A9_se_nezda=C5=99ila?=
Date: Tue, 10 Nov 2026 19:26:41 +0100 (CET)
Message-Id: <3Yk.bd1T.4mZ2pQxRw7L.1hVkPq@seznam.cz>
Mime-Version: 1.0 (Seznam.cz E-mail)
X-Mailer: Seznam.cz E-mail
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dobrý den,

níže přeposílám upomínku, která mi od vás přišla už podruhé. U vás jsem si
nikdy žádné předplatné nezakládal, žádnou krabici jsem neobjednal ani
nedostal a kartu končící 5526 nemám. Někdo zřejmě použil můj e-mail.

Chci vědět, jaké osobní údaje o mně vedete, odkud je máte a kdo je k vám
zadal. Jakmile mi to sdělíte, všechno o mně vymažte.

Jiří Procházka


---------- Původní e-mail ----------
Od: Shop Example BV <noreply@billing.abonio.com>
Komu: jiri.prochazka@seznam.cz
Datum: 6. 11. 2026 6:15:02
Předmět: Upomínka: platba za předplatné se nezdařila

Dobrý den,

opakovaně se nám nepodařilo strhnout platbu 29,90 EUR za předplatné
„Kávový box – měsíčně“ (SUB-81944) z karty Visa končící 5526.

Další pokus proběhne 9. 11. 2026. Pokud se platbu nepodaří uhradit,
předplatné pozastavíme.

Uhradit nebo změnit kartu:
https://portal.abonio.com/shop-example/pay?inv=in_8Kq2mW41

S pozdravem
Tým Shop Example
'''),

    ('cs', 'person-iphone-reply-above-invoice-wrong-name', 'correction', (),
'''Return-Path: <jana.dvorakova@email.cz>
Received: from mxf2.seznam.cz (mxf2.seznam.cz [77.75.76.124])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RsXb93TgKz3wNm
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 07:48:23 +0100 (CET)
From: =?utf-8?Q?Jana_Dvo=C5=99=C3=A1kov=C3=A1?= <jana.dvorakova@email.cz>
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0 (1.0)
Subject: Re: =?utf-8?Q?Faktura_=C4=8D=2E_2026-11-04417?=
Date: Thu, 5 Nov 2026 07:48:19 +0100
Message-Id: <4B7E1C2A-93F0-4D1B-8E55-0A6C2F9D31B8@email.cz>
References: <inv.2026-11-04417@billing.abonio.com>
In-Reply-To: <inv.2026-11-04417@billing.abonio.com>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23B85)

Dobrý den,
na faktuře mám pořád příjmení Nováková a starou adresu v Brně. Od září se jmenuji Dvořáková a bydlím jinde. Opravte mi to prosím v účtu i na dalších fakturách:

Jana Dvořáková
Nádražní 412/17
702 00 Ostrava

Děkuji
Jana

Odesláno z iPhonu

> 5. 11. 2026 v 7:02, Shop Example BV <noreply@billing.abonio.com>:
> 
> Faktura č. 2026-11-04417
> Odběratel: Jana Nováková, Kounicova 688/26, 602 00 Brno
> Předplatné: Kávový box – měsíčně (SUB-80310)
> Období: 5. 11. 2026 – 4. 12. 2026
> Částka: 29,90 EUR (z toho DPH 21 % 5,19 EUR)
> Uhrazeno kartou Mastercard •••• 7716
> 
> Fakturu ve formátu PDF najdete v portálu zákazníka:
> https://portal.abonio.com/shop-example/invoices/in_2026-11-04417
'''),

    # ------------------------------------------------------------------ hr
    ('hr', 'gmail-vacation-responder', 'automated', (),
'''Return-Path: <ivana.kovacevic@gmail.com>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with SMTPS id 4RsxH52LcJz3wNq
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 11:30:58 +0100 (CET)
Received: by mail-sor-f41.google.com (Google Transport Security)
        for <privacy@shop.example.be>; Fri, 06 Nov 2026 02:30:57 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?Q?Ivana_Kova=C4=8Devi=C4=87?= <ivana.kovacevic@gmail.com>
Date: Fri, 6 Nov 2026 11:30:56 +0100
Message-ID: <CAKq7Vd3nR8sW2+xLm5T0bZp9eFgYh4UoJ1cQiA6vN@mail.gmail.com>
Subject: =?UTF-8?Q?Godi=C5=A1nji_odmor?=
To: privacy@shop.example.be
In-Reply-To: <20261106103049.0A2F91A0C8@out1.shop.example.be>
References: <20261106103049.0A2F91A0C8@out1.shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000004f8e2a0625b1c3d7"

--0000000000004f8e2a0625b1c3d7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Pozdrav,

na godi=C5=A1njem sam odmoru do 16. studenoga 2026. i ne=C4=87u redovito=
 pratiti e-po=C5=A1tu. Na va=C5=A1u poruku odgovorit =C4=87u nakon povrat=
ka.

Lijep pozdrav,
Ivana Kova=C4=8Devi=C4=87

--0000000000004f8e2a0625b1c3d7
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Pozdrav,<br><br>na godi=C5=A1njem sam odmoru do 16. stude=
noga 2026. i ne=C4=87u redovito pratiti e-po=C5=A1tu. Na va=C5=A1u poruku =
odgovorit =C4=87u nakon povratka.<br><br>Lijep pozdrav,<br>Ivana Kova=C4=
=8Devi=C4=87</div>

--0000000000004f8e2a0625b1c3d7--
'''),

    ('hr', 'sepa-direct-debit-mandate-confirmation', 'automated', (),
'''Return-Path: <bounces+2291844-c7d0-privacy=shop.example.be@em3817.billing.abonio.com>
Received: from o19.em3817.billing.abonio.com (o19.em3817.billing.abonio.com [149.72.143.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rq6d22WsPz3wLm
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 14:22:09 +0100 (CET)
From: Shop Example BV <mandates@billing.abonio.com>
Reply-To: klantendienst@shop.example.be
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Potvrda_SEPA_naloga_za_izravno_tere=C4=87enje?=
Date: Mon, 02 Nov 2026 13:22:07 +0000
Message-ID: <mandate.SHOPEX-M-0048213.1793712127@billing.abonio.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Abonio-Event: mandate.created
X-Entity-ID: u001.k3Z9mQ

Poštovani,

ovim potvrđujemo da ste ovlastili Shop Example BV za izravno terećenje
vašeg računa prema SEPA Core shemi.

Vjerovnik:                 Shop Example BV, Kortrijksesteenweg 1042,
                           9051 Gent, Belgija
Identifikator vjerovnika:  BE12ZZZ0712345678
Referenca ovlaštenja:      SHOPEX-M-0048213
Račun:                     HR** **** **** **** *2841
Vrsta plaćanja:            ponavljajuće
Prvo terećenje:            15. studenoga 2026., 29,90 EUR

Najmanje 3 radna dana prije svakog terećenja poslat ćemo vam obavijest
o iznosu i datumu. Od svoje banke možete zatražiti povrat sredstava u roku
od 8 tjedana od datuma terećenja, u skladu s uvjetima ugovora s bankom.

Ako niste dali ovo ovlaštenje, odmah nam se javite:
https://portal.abonio.com/shop-example/mandate/SHOPEX-M-0048213

Ova je poruka poslana automatski. Molimo ne odgovarajte na nju.
'''),

    ('hr', 'challenge-response-antispam', 'automated', (),
'''Return-Path: <>
Received: from cr1.mailguard.hr (cr1.mailguard.hr [185.58.73.21])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RwB7n3Kq0z3wPd
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 15:40:18 +0100 (CET)
From: "MailGuard za ivan.babic@vinoteka-babic.hr" <potvrda@mailguard.hr>
To: privacy@shop.example.be
Subject: Potvrdite da niste robot: Re: Your privacy request - identity check
 [PRV-2026-1251]
Date: Thu, 12 Nov 2026 15:40:16 +0100
Message-ID: <cr-7f21c94e0a3b@mailguard.hr>
In-Reply-To: <20261112143955.8A41C2A1B7@out1.shop.example.be>
References: <20261112143955.8A41C2A1B7@out1.shop.example.be>
Auto-Submitted: auto-replied
Precedence: junk
X-MailGuard-Challenge: 7f21c94e0a3b
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Poštovani,

vaša poruka za ivan.babic@vinoteka-babic.hr privremeno je zadržana jer se
adresa privacy@shop.example.be ne nalazi na popisu odobrenih pošiljatelja.

Zadržana poruka:
  Predmet: Re: Your privacy request - identity check [PRV-2026-1251]
  Poslano: 12. 11. 2026. u 15:39

Kako bi poruka bila isporučena, jednokratno potvrdite da ste stvarna osoba
klikom na poveznicu ispod. Nakon potvrde vaše će poruke ubuduće stizati
izravno primatelju.

https://potvrda.mailguard.hr/c/7f21c94e0a3b

Ako adresa ne bude potvrđena u roku od 7 dana, poruka se automatski briše.

--
MailGuard - zaštita od neželjene pošte
Ova je poruka generirana automatski. Ne odgovarajte na nju.
'''),

    ('hr', 'person-survey-invite-reply-stop-sending', 'withdraw_consent', (),
'''Return-Path: <davor.maric@t-com.hr>
Received: from mail.t-com.hr (mail.t-com.hr [195.29.150.92])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RwVn81YrTz3wPk
        for <privacy@shop.example.be>; Fri, 13 Nov 2026 08:12:40 +0100 (CET)
MIME-Version: 1.0
Date: Fri, 13 Nov 2026 08:12:37 +0100
From: Davor =?UTF-8?Q?Mari=C4=87?= <davor.maric@t-com.hr>
To: privacy@shop.example.be
Subject: Re: Kako ti se svidjela kutija za studeni?
In-Reply-To: <nps.3kd81x.1793955600@mail.pulsio.io>
References: <nps.3kd81x.1793955600@mail.pulsio.io>
Message-ID: <b71f0c9d2e4a5836c1d7e0f2a9b4c358@t-com.hr>
X-Sender: davor.maric@t-com.hr
User-Agent: Roundcube Webmail/1.6.9
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Prestanite mi slati ove ankete. Nakon svake kutije stignu mi dvije-tri
poruke da nešto ocijenim, a ja to ne želim. Maknite me s tih popisa, i s
anketa i s reklamnih mailova.

D. Marić


Dana 09.11.2026 10:00, Shop Example je napisao/la:
> Bok!
>
> Tvoja kutija za studeni stigla je 6. studenoga. Kako ti se svidjela?
> Trebat će ti manje od minute.
>
> Koliko je vjerojatno da bi nas preporučio/la prijatelju? (0-10)
> https://s.pulsio.io/r/3kd81x?score=
>
> Hvala!
> Tim Shop Example
>
> --
> Ne želiš više primati ankete? Odjavi se: https://mail.pulsio.io/u/3kd81x
'''),

    # ------------------------------------------------------------------ sv
    ('sv', 'billing-receipt-monthly-subscription', 'automated', (),
'''Return-Path: <bounces+2291844-e2b9-privacy=shop.example.be@em3817.billing.abonio.com>
Received: from o22.em3817.billing.abonio.com (o22.em3817.billing.abonio.com [149.72.143.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rq5V16mRcz3wLk
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 07:11:48 +0100 (CET)
From: Shop Example BV <kvitton@billing.abonio.com>
Reply-To: klantendienst@shop.example.be
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Kvitto_f=C3=B6r_din_prenumeration_-_november_2026?=
Date: Mon, 02 Nov 2026 06:11:46 +0000
Message-ID: <rcpt.R-2026-118034.1793686306@billing.abonio.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="7a0e93c4d2b16f58e1a4c07b9d3f2e61"
X-Abonio-Event: invoice.paid
X-Entity-ID: u001.k3Z9mQ

--7a0e93c4d2b16f58e1a4c07b9d3f2e61
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej!

Tack för din betalning. Här är ditt kvitto.

Kvittonummer:      R-2026-118034
Datum:             2 november 2026
Prenumeration:     Smakboxen – varje månad (SUB-66340)
Period:            2 nov 2026 – 1 dec 2026
Belopp:            24,95 EUR
  varav moms 21 %:  4,33 EUR
Betalsätt:         Mastercard •••• 0932
Nästa dragning:    2 december 2026

Kvittot som PDF och alla tidigare kvitton finns i kundportalen:
https://portal.abonio.com/shop-example/invoices

Hantera eller pausa prenumerationen:
https://portal.abonio.com/shop-example/subscription/SUB-66340

Vänliga hälsningar
Shop Example

Shop Example BV, Kortrijksesteenweg 1042, 9051 Gent, Belgien
Momsreg.nr BE0712.345.678
Detta mejl skickades automatiskt och går inte att svara på.

--7a0e93c4d2b16f58e1a4c07b9d3f2e61
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Tack för din betalning!</h2>
<table>
<tr><td>Kvittonummer</td><td>R-2026-118034</td></tr>
<tr><td>Datum</td><td>2 november 2026</td></tr>
<tr><td>Prenumeration</td><td>Smakboxen – varje månad (SUB-66340)</td></tr>
<tr><td>Belopp</td><td>24,95 EUR (varav moms 4,33 EUR)</td></tr>
<tr><td>Betalsätt</td><td>Mastercard •••• 0932</td></tr>
<tr><td>Nästa dragning</td><td>2 december 2026</td></tr>
</table>
<p><a href="https://portal.abonio.com/shop-example/invoices">Ladda ner kvittot som PDF</a></p>
<p style="font-size:11px;color:#777">Shop Example BV, Kortrijksesteenweg 1042, 9051 Gent, Belgien<br>
Detta mejl skickades automatiskt och går inte att svara på.</p>
</body></html>

--7a0e93c4d2b16f58e1a4c07b9d3f2e61--
'''),

    ('sv', 'exchange-online-ndr-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2129.outbound.protection.outlook.com [40.107.103.129])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RvK1c0Nf8z3wPb
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 13:18:09 +0100 (CET)
From: postmaster@nordkustbygg.se
To: privacy@shop.example.be
Date: Wed, 11 Nov 2026 12:18:07 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="ca1b2f77-5d0e-4c3b-9f41-8e2a6d7b3c90"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID: <b9f3d2a1-7c44-4e1b-a5d8-0f6e2c91b347@HE1PR08MB2756.eurprd08.prod.outlook.com>
In-Reply-To: <20261111121801.2E4F81A0C3@out1.shop.example.be>
References: <20261111121801.2E4F81A0C3@out1.shop.example.be>
Thread-Topic: Your privacy request [PRV-2026-1226]
Subject: Det gick inte att leverera: Your privacy request [PRV-2026-1226]
Auto-Submitted: auto-replied

--ca1b2f77-5d0e-4c3b-9f41-8e2a6d7b3c90
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Det gick inte att leverera till de här mottagarna eller grupperna:

erik.sandberg@nordkustbygg.se (erik.sandberg@nordkustbygg.se)
E-postadressen du angav kunde inte hittas. Kontrollera mottagarens
e-postadress och försök skicka meddelandet igen. Kontakta
supportavdelningen om problemet kvarstår.

Diagnostisk information för administratörer:

Genererande server: HE1PR08MB2756.eurprd08.prod.outlook.com

erik.sandberg@nordkustbygg.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelandehuvuden:

Received: from out1.shop.example.be (195.130.141.20) by
 HE1PR08MB2756.eurprd08.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8158.12; Wed, 11 Nov 2026 12:18:06 +0000
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: erik.sandberg@nordkustbygg.se
Subject: Your privacy request [PRV-2026-1226]
Date: Wed, 11 Nov 2026 13:18:01 +0100
Message-ID: <20261111121801.2E4F81A0C3@out1.shop.example.be>

--ca1b2f77-5d0e-4c3b-9f41-8e2a6d7b3c90
Content-Type: message/delivery-status

Reporting-MTA: dns;HE1PR08MB2756.eurprd08.prod.outlook.com
Received-From-MTA: dns;out1.shop.example.be
Arrival-Date: Wed, 11 Nov 2026 12:18:06 +0000

Final-Recipient: rfc822;erik.sandberg@nordkustbygg.se
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--ca1b2f77-5d0e-4c3b-9f41-8e2a6d7b3c90
Content-Type: message/rfc822

Received: from out1.shop.example.be (195.130.141.20) by
 HE1PR08MB2756.eurprd08.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8158.12; Wed, 11 Nov 2026 12:18:06 +0000
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: erik.sandberg@nordkustbygg.se
Subject: Your privacy request [PRV-2026-1226]
Date: Wed, 11 Nov 2026 13:18:01 +0100
Message-ID: <20261111121801.2E4F81A0C3@out1.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Mr Sandberg,

Thank you for your message of 9 November. Before we can send you a copy
of the personal data we hold about you, we need to confirm that the
request comes from you. Could you reply from the e-mail address linked
to your customer account, or give us your customer number?

Kind regards,
Privacy team
Shop Example BV

--ca1b2f77-5d0e-4c3b-9f41-8e2a6d7b3c90--
'''),

    ('sv', 'fulfilment-partner-daily-packing-report', 'automated', (),
'''Return-Path: <no-reply@wms.lagerlogistiknord.se>
Received: from smtp.lagerlogistiknord.se (smtp.lagerlogistiknord.se [185.39.144.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RtsB04HkXz3wPn
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 18:00:42 +0100 (CET)
From: Lagerlogistik Nord - Rapporter <no-reply@wms.lagerlogistiknord.se>
To: rapporter@shop.example.be, privacy@shop.example.be
Subject: Daglig packrapport 2026-11-09 - Shop Example BV (kund 4471)
Date: Mon, 9 Nov 2026 18:00:39 +0100
Message-ID: <wms-report-4471-20261109-1800@wms.lagerlogistiknord.se>
Auto-Submitted: auto-generated
Precedence: bulk
X-Report-Type: daily-packing
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_wmsrpt_4471_20261109_180039"

--=_wmsrpt_4471_20261109_180039
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej,

Här kommer dagens packrapport för Shop Example BV (kundnummer 4471),
lager Helsingborg.

Sammanfattning 2026-11-09
  Mottagna order:                1 284
  Packade och skickade:          1 261
  Restnoterade:                     17
  Avvikelser:                        6  (se bilaga)
  Prenumerationslådor, november:   948 av 1 010 packade

Avvikelserna gäller främst artikel 40117 (saknas i lager sedan 2026-11-06)
och två skadade ytterkartonger vid inleverans.

Rapporten skickas automatiskt varje vardag kl. 18.00. Svara inte på det
här meddelandet. Vid frågor, kontakta din kundansvarige. Mottagare av
rapporten ändrar du i kundportalen under Inställningar > Rapporter.

Lagerlogistik Nord AB

--=_wmsrpt_4471_20261109_180039
Content-Type: text/csv; charset="utf-8"; name="avvikelser_4471_2026-11-09.csv"
Content-Disposition: attachment; filename="avvikelser_4471_2026-11-09.csv"
Content-Transfer-Encoding: 7bit

ordernr;kanal;typ;artikel;kommentar
1048822;prenumeration;restnoterad;40117;saknas i lager
1048907;prenumeration;restnoterad;40117;saknas i lager
1049013;webbshop;restnoterad;40117;saknas i lager
1049101;webbshop;skadad vara;30552;ersatt fran buffert
1049166;prenumeration;adressfel;-;returnerad av transportor
1049230;webbshop;restnoterad;40117;saknas i lager

--=_wmsrpt_4471_20261109_180039--
'''),

    ('sv', 'person-gift-recipient-above-winback-how-got-address', 'access', (),
'''Return-Path: <linnea.bergstrom@outlook.com>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05olkn2104.outbound.protection.outlook.com [40.92.89.104])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rvq2H6RtNz3wPf
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 20:12:55 +0100 (CET)
From: Linnea =?iso-8859-1?Q?Bergstr=F6m?= <linnea.bergstrom@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: SV: Linnea, vi saknar dig! 20 % rabatt =?iso-8859-1?Q?p=E5_n=E4sta_l=E5da?=
Thread-Topic: Linnea, vi saknar dig! 20 % rabatt =?iso-8859-1?Q?p=E5_n=E4sta_l=E5da?=
Thread-Index: AQHbM3kq1c8f0Xr2TUiN5mJ9s0aW4w==
Date: Tue, 10 Nov 2026 19:12:52 +0000
Message-ID: <AS8P194MB1267C3D0E1A94F6B2D5E8A07B1F62@AS8P194MB1267.EURP194.PROD.OUTLOOK.COM>
References: <wb2.7Hq2k.lb91@news.shop.example.be>
In-Reply-To: <wb2.7Hq2k.lb91@news.shop.example.be>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="_000_AS8P194MB1267C3D0E1A94F6B2D5E8A07B1F62AS8P194MB1267EURP_"

--_000_AS8P194MB1267C3D0E1A94F6B2D5E8A07B1F62AS8P194MB1267EURP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej,

jag har aldrig handlat hos er. F=F6rra julen fick jag en presentl=E5da fr=
=E5n er av en kollega, och nu f=E5r jag pl=F6tsligt det h=E4r mejlet om a=
tt ni "saknar mig".

Hur har ni f=E5tt tag p=E5 min e-postadress? Jag vill veta varifr=E5n ni =
har mina uppgifter och vad ni i s=E5 fall har sparat om mig.

Linnea Bergstr=F6m

________________________________
Fr=E5n: Shop Example BV <hej@news.shop.example.be>
Skickat: den 10 november 2026 07:45
Till: linnea.bergstrom@outlook.com <linnea.bergstrom@outlook.com>
=C4mne: Linnea, vi saknar dig! 20 % rabatt p=E5 n=E4sta l=E5da

Hej Linnea!

Det var ett tag sedan sist. Vi har fyllt p=E5 med nya smaker inf=F6r vint=
ern och vill g=E4rna att du provar igen.

Anv=E4nd koden KOMTILLBAKA20 och f=E5 20 % rabatt p=E5 din n=E4sta l=E5da.

V=E4lj din l=E5da<https://news.shop.example.be/c/7Hq2k?u=3Dlb91>

Vill du inte l=E4ngre f=E5 v=E5ra utskick? Avregistrera dig h=E4r<https:/=
/news.shop.example.be/u/7Hq2k?u=3Dlb91>.

--_000_AS8P194MB1267C3D0E1A94F6B2D5E8A07B1F62AS8P194MB1267EURP_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charse=
t=3Diso-8859-1"></head><body><div>Hej,</div><div><br></div><div>jag har al=
drig handlat hos er. F=F6rra julen fick jag en presentl=E5da fr=E5n er av =
en kollega, och nu f=E5r jag pl=F6tsligt det h=E4r mejlet om att ni "sakna=
r mig".</div><div><br></div><div>Hur har ni f=E5tt tag p=E5 min e-postadre=
ss? Jag vill veta varifr=E5n ni har mina uppgifter och vad ni i s=E5 fall =
har sparat om mig.</div><div><br></div><div>Linnea Bergstr=F6m</div></body=
></html>

--_000_AS8P194MB1267C3D0E1A94F6B2D5E8A07B1F62AS8P194MB1267EURP_--
'''),

    # ------------------------------------------------------------------ ro
    ('ro', 'billing-plan-changed-confirmation', 'automated', (),
'''Return-Path: <bounces+2291844-f05a-privacy=shop.example.be@em3817.billing.abonio.com>
Received: from o17.em3817.billing.abonio.com (o17.em3817.billing.abonio.com [149.72.143.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RtJ0s3XmBz3wNr
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 16:27:35 +0100 (CET)
From: Shop Example BV <noreply@billing.abonio.com>
Reply-To: klantendienst@shop.example.be
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Abonamentul_t=C4=83u_a_fost_modificat?=
Date: Fri, 06 Nov 2026 15:27:33 +0000
Message-ID: <plan.SUB-71208.1793978853@billing.abonio.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Abonio-Event: subscription.plan_changed
X-Entity-ID: u001.k3Z9mQ

Bună ziua,

confirmăm modificarea abonamentului tău.

Plan anterior:            Cutia Gourmet – lunar (29,90 EUR/lună)
Plan nou:                 Cutia Gourmet – la două luni (29,90 EUR/livrare)
Intră în vigoare la:      1 decembrie 2026
Următoarea livrare:       3 decembrie 2026
Următoarea plată:         1 decembrie 2026, 29,90 EUR

Nu este nevoie să faci nimic. Poți reveni oricând la planul lunar sau
poți sări peste o livrare din portalul clienților:
https://portal.abonio.com/shop-example/subscription/SUB-71208

Nu tu ai făcut această modificare? Scrie-ne imediat la
klantendienst@shop.example.be.

Echipa Shop Example

Acest e-mail a fost trimis automat. Te rugăm să nu răspunzi la el.
'''),

    ('ro', 'outlook-read-receipt-identity-check', 'automated', (),
'''Return-Path: <mihaela.constantinescu@transilvania-trade.ro>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2110.outbound.protection.outlook.com [40.107.247.110])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RvN6w1QhYz3wPh
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 10:37:05 +0100 (CET)
From: Mihaela Constantinescu <mihaela.constantinescu@transilvania-trade.ro>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Citit: Your privacy request - identity verification [PRV-2026-1231]
Thread-Topic: Your privacy request - identity verification [PRV-2026-1231]
Thread-Index: AQHbMt9yQk2x8c0VVEa7mXkP1sLq9A==
Date: Tue, 10 Nov 2026 09:37:02 +0000
Message-ID: <AM0PR10MB28149E3C1B6F0D4A7B2E5C8FD7A62@AM0PR10MB2814.EURPRD10.PROD.OUTLOOK.COM>
References: <20261110091244.6D1F03A0B2@out1.shop.example.be>
In-Reply-To: <20261110091244.6D1F03A0B2@out1.shop.example.be>
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_000_AM0PR10MB28149E3C1B6F0D4A7B2E5C8FD7A62AM0PR10MB2814EURP_"

--_000_AM0PR10MB28149E3C1B6F0D4A7B2E5C8FD7A62AM0PR10MB2814EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Mesajul dvs.

    Către: Mihaela Constantinescu
    Subiect: Your privacy request - identity verification [PRV-2026-1231]
    Trimis: marți, 10 noiembrie 2026 11:12:44 (UTC+02:00) Atena, București

a fost citit pe marți, 10 noiembrie 2026 11:37:02 (UTC+02:00) Atena, București.

--_000_AM0PR10MB28149E3C1B6F0D4A7B2E5C8FD7A62AM0PR10MB2814EURP_
Content-Type: message/disposition-notification

Reporting-UA: AM0PR10MB2814.EURPRD10.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;mihaela.constantinescu@transilvania-trade.ro
Original-Message-ID: <20261110091244.6D1F03A0B2@out1.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_AM0PR10MB28149E3C1B6F0D4A7B2E5C8FD7A62AM0PR10MB2814EURP_--
'''),

    ('ro', 'appliance-rental-platform-monthly-usage-report', 'automated', (),
'''Return-Path: <rapoarte@notify.rentaloop.eu>
Received: from notify.rentaloop.eu (notify.rentaloop.eu [5.2.190.64])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rq3Dd5KcTz3wLb
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 03:00:21 +0100 (CET)
From: RentaLoop Parteneri <rapoarte@notify.rentaloop.eu>
To: privacy@shop.example.be
Subject: Raport lunar de utilizare - octombrie 2026 - Shop Example BV
Date: Mon, 02 Nov 2026 04:00:18 +0200
Message-ID: <report.RL-BE-0147.2026-10@notify.rentaloop.eu>
Auto-Submitted: auto-generated
Precedence: bulk
X-Report-Type: partner-monthly-usage
X-Partner-ID: RL-BE-0147
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bună ziua,

mai jos găsiți sinteza lunară pentru contul de partener Shop Example BV
(ID partener RL-BE-0147), perioada 1–31 octombrie 2026.

Espressoare închiriate active la 31.10.2026:       412
Contracte noi de închiriere:                        38
Aparate returnate:                                  11
Medie cicluri de preparare / aparat:               187
Aparate cu alertă de decalcifiere:                  27
Intervenții service deschise:                        4
Abonamente de capsule asociate:                    389

Raportul detaliat (CSV) poate fi descărcat din portalul partenerilor,
secțiunea Rapoarte:
https://partners.rentaloop.eu/reports/2026-10?p=RL-BE-0147

Acest raport este generat automat în prima zi lucrătoare a fiecărei luni.
Pentru a modifica lista destinatarilor, accesați Setări > Notificări.

Echipa RentaLoop
'''),

    ('ro', 'person-reply-above-cancellation-confirmation-refund', 'other', (),
'''Return-Path: <alex.dumitrescu@yahoo.com>
Received: from sonic309-21.consmr.mail.ir2.yahoo.com (sonic309-21.consmr.mail.ir2.yahoo.com [77.238.179.86])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RrBq76ZwTz3wMr
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 18:52:40 +0100 (CET)
Date: Tue, 3 Nov 2026 17:52:31 +0000 (UTC)
From: Alexandru Dumitrescu <alex.dumitrescu@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1402877119.3310482.1793814751203@mail.yahoo.com>
In-Reply-To: <cxl.SUB-79520.20261028@billing.abonio.com>
References: <cxl.SUB-79520.20261028@billing.abonio.com>
Subject: Re: Confirmare anulare abonament
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="----=_Part_3310481_1160873025.1793814751201"
X-Mailer: WebService/1.1.26782 YahooMailAndroidMobile

------=_Part_3310481_1160873025.1793814751201
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bună ziua,
Am anulat abonamentul pe 28 octombrie, cum se vede și mai jos, dar pe 1 noiembrie mi s-au luat totuși 29,90 EUR de pe card pentru cutia din noiembrie. Cutia nici n-a plecat, am verificat în cont. Vă rog să-mi returnați suma pe același card.
Mulțumesc,
Alexandru Dumitrescu

Trimis de pe Yahoo Mail pe Android

   Pe mie., oct. 28, 2026 la 19:04, Shop Example BV<noreply@billing.abonio.com> a scris:   Bună ziua,
Confirmăm anularea abonamentului tău „Cutia Gourmet – lunar” (SUB-79520).
Data anulării: 28 octombrie 2026
Ultima livrare: cutia din octombrie (deja expediată)
Nu vor mai fi efectuate plăți după această dată.
Ne pare rău că pleci! Dacă te răzgândești, poți reactiva oricând abonamentul din portalul clienților.
Echipa Shop Example

------=_Part_3310481_1160873025.1793814751201
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><head></head><body><div class="ydp4c1b2a3fyahoo-style-wrap"><div dir="ltr">Bună ziua,</div><div dir="ltr">Am anulat abonamentul pe 28 octombrie, cum se vede și mai jos, dar pe 1 noiembrie mi s-au luat totuși 29,90 EUR de pe card pentru cutia din noiembrie. Cutia nici n-a plecat, am verificat în cont. Vă rog să-mi returnați suma pe același card.</div><div dir="ltr">Mulțumesc,</div><div dir="ltr">Alexandru Dumitrescu</div><div dir="ltr"><br></div><div id="ymail_android_signature"><a href="https://go.onelink.me/107872968?pid=InProduct&amp;c=Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers">Trimis de pe Yahoo Mail pe Android</a></div></div></body></html>

------=_Part_3310481_1160873025.1793814751201--
'''),

    # ------------------------------------------------------------------ el
    ('el', 'exchange-ooo-greek-english', 'automated', (),
'''Return-Path: <>
Received: from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2097.outbound.protection.outlook.com [40.107.14.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RsYk72NqDz3wNt
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 12:06:40 +0100 (CET)
From: =?utf-8?Q?=CE=93=CE=B5=CF=8E=CF=81=CE=B3=CE=B9=CE=BF=CF=82_?=
 =?utf-8?Q?=CE=A0=CE=B1=CF=80=CE=B1=CE=B4=CF=8C=CF=80=CE=BF=CF=85=CE=BB=CE=BF=CF=82?=
 <g.papadopoulos@aegeanfoods.gr>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?=CE=91=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=B7_?=
 =?utf-8?Q?=CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7:?= Your privacy request
 [PRV-2026-1212]
Thread-Topic: Your privacy request [PRV-2026-1212]
Thread-Index: AQHbL7c2mQ0y4J3rCkW8nV5aT1uXzg==
Date: Thu, 5 Nov 2026 11:06:38 +0000
Message-ID: <VI1PR06MB7128F0B3D9A24C6E1E8D75A2C3B49@VI1PR06MB7128.eurprd06.prod.outlook.com>
In-Reply-To: <20261105110611.4B8D02A0E1@out1.shop.example.be>
References: <20261105110611.4B8D02A0E1@out1.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: el-GR
X-MS-Exchange-Organization-AutoReply: OOF
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Σας ευχαριστώ για το μήνυμά σας.

Θα λείπω από το γραφείο έως και την Παρασκευή 13 Νοεμβρίου 2026, με
περιορισμένη πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Για επείγοντα θέματα
παρακαλώ επικοινωνήστε με την κα Ελένη Μαυρίδου στο e.mavridou@aegeanfoods.gr
ή στο 210 6854 320.

Thank you for your message. I am out of the office until Friday
13 November 2026 with limited access to e-mail. For urgent matters please
contact Ms Eleni Mavridou at e.mavridou@aegeanfoods.gr.

Γιώργος Παπαδόπουλος
Aegean Foods Α.Ε.
'''),

    ('el', 'customer-portal-magic-login-link', 'automated', (),
'''Return-Path: <bounces+2291844-0b7e-privacy=shop.example.be@em3817.billing.abonio.com>
Received: from o19.em3817.billing.abonio.com (o19.em3817.billing.abonio.com [149.72.143.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RtQw85VmJz3wNw
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 21:14:03 +0100 (CET)
From: Shop Example BV <login@portal.abonio.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=A3=CF=8D=CE=BD=CE=B4=CE=B5=CF=83=CE=B7_?=
 =?UTF-8?Q?=CF=83=CF=84=CE=B7=CE=BD_=CF=80=CF=8D=CE=BB=CE=B7_?=
 =?UTF-8?Q?=CF=80=CE=B5=CE=BB=CE=B1=CF=84=CF=8E=CE=BD?=
Date: Sat, 07 Nov 2026 20:14:01 +0000
Message-ID: <magic.4f9c2e71b8.1794082441@portal.abonio.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Abonio-Event: portal.login_link
X-Entity-ID: u001.k3Z9mQ

Γεια σας,

ζητήσατε σύνδεση στην πύλη πελατών του Shop Example. Πατήστε τον παρακάτω
σύνδεσμο για να συνδεθείτε στον λογαριασμό σας:

https://portal.abonio.com/shop-example/auth/magic?token=4f9c2e71b8d04a6fa2c1e93b57d8f026

Ο σύνδεσμος ισχύει για 15 λεπτά και μπορεί να χρησιμοποιηθεί μόνο μία φορά.

Αν δεν ζητήσατε εσείς τη σύνδεση, απλώς αγνοήστε αυτό το μήνυμα· ο
λογαριασμός σας παραμένει ασφαλής.

Η ομάδα του Shop Example

Αυτό το μήνυμα στάλθηκε αυτόματα. Παρακαλούμε μην απαντήσετε.
'''),

    ('el', 'autoreply-mailbox-no-longer-in-use', 'automated', (),
'''Return-Path: <>
Received: from mail.thessaloniki-delicatessen.gr (mail.thessaloniki-delicatessen.gr [185.138.42.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RvRf13GkWz3wPg
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 09:52:17 +0100 (CET)
From: n.antoniou@thessaloniki-delicatessen.gr
To: privacy@shop.example.be
Subject: Re: Your privacy request - additional information needed [PRV-2026-1240]
Date: Wed, 11 Nov 2026 10:52:15 +0200
Message-ID: <autoreply.1794390735.30417@mail.thessaloniki-delicatessen.gr>
In-Reply-To: <20261111085203.71C4E1A0B5@out1.shop.example.be>
References: <20261111085203.71C4E1A0B5@out1.shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Η διεύθυνση n.antoniou@thessaloniki-delicatessen.gr δεν χρησιμοποιείται
πλέον και τα μηνύματα που αποστέλλονται σε αυτήν δεν διαβάζονται.

Ο κ. Νικόλαος Αντωνίου δεν εργάζεται πλέον στην εταιρεία μας. Για
οποιοδήποτε θέμα παρακαλούμε απευθυνθείτε στο info@thessaloniki-delicatessen.gr
ή στο τηλέφωνο 2310 555 812.

This mailbox is no longer in use. Please write to
info@thessaloniki-delicatessen.gr.

Thessaloniki Delicatessen Ο.Ε.
'''),

    ('el', 'person-forwarding-dsn-of-dead-dpo-address-complaint', 'complaint', (),
'''Return-Path: <sofia.karagianni@gmail.com>
Received: from mail-ej1-f53.google.com (mail-ej1-f53.google.com [209.85.218.53])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rtt9m0DfSz3wPq
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 20:31:12 +0100 (CET)
Received: by mail-ej1-f53.google.com with SMTP id a640c23a62f3a-a9e8f3c1b2dso51822966b.2
        for <privacy@shop.example.be>; Mon, 09 Nov 2026 11:31:11 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?Q?=CE=A3=CE=BF=CF=86=CE=AF=CE=B1_?=
 =?UTF-8?Q?=CE=9A=CE=B1=CF=81=CE=B1=CE=B3=CE=B9=CE=AC=CE=BD=CE=BD=CE=B7?=
 <sofia.karagianni@gmail.com>
Date: Mon, 9 Nov 2026 21:31:02 +0200
Message-ID: <CAH4pLx0Vb7nQz2e+Kd9sWm3TfR8uYc1jNa6GhE5oP@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Καλησπέρα σας,

Στις 2 Οκτωβρίου έστειλα αίτημα στη διεύθυνση dpo@shop.example.be, όπως
αναγράφεται στην πολιτική απορρήτου σας. Περίμενα πάνω από έναν μήνα
κάποια απάντηση και σήμερα βρήκα στα ανεπιθύμητα το παρακάτω μήνυμα: η
διεύθυνση αυτή δεν υπάρχει καν.

Θεωρώ απαράδεκτο να αναγράφετε στην πολιτική απορρήτου μια διεύθυνση που
δεν λειτουργεί. Έχασα πέντε εβδομάδες χωρίς να το ξέρω. Αν δεν έχω νέα
σας μέσα σε αυτή την εβδομάδα, θα υποβάλω καταγγελία στην Αρχή Προστασίας
Δεδομένων Προσωπικού Χαρακτήρα.

Σοφία Καραγιάννη

---------- Προωθημένο μήνυμα ---------
Από: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: Παρ, 2 Οκτ 2026 στις 11:42 π.μ.
Subject: Delivery Status Notification (Failure)
To: <sofia.karagianni@gmail.com>


Η διεύθυνση δεν βρέθηκε

Το μήνυμά σας δεν παραδόθηκε στη διεύθυνση dpo@shop.example.be, επειδή η
διεύθυνση δεν βρέθηκε ή δεν μπορεί να λάβει μηνύματα.

Η απόκριση από τον απομακρυσμένο διακομιστή ήταν:

550 5.1.1 <dpo@shop.example.be>: Recipient address rejected: User unknown
in virtual mailbox table
'''),

    # ------------------------------------------------------------------ bg
    ('bg', 'billing-dunning-final-notice-before-pause', 'automated', (),
'''Return-Path: <bounces+2291844-5d21-privacy=shop.example.be@em3817.billing.abonio.com>
Received: from o22.em3817.billing.abonio.com (o22.em3817.billing.abonio.com [149.72.143.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RvLx94BnPz3wPc
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 07:00:19 +0100 (CET)
From: Shop Example BV <noreply@billing.abonio.com>
Reply-To: klantendienst@shop.example.be
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=9F=D0=BE=D1=81=D0=BB=D0=B5=D0=B4=D0=BD=D0=BE_?=
 =?UTF-8?Q?=D0=BD=D0=B0=D0=BF=D0=BE=D0=BC=D0=BD=D1=8F=D0=BD=D0=B5?= - SUB-90412
Date: Tue, 10 Nov 2026 06:00:17 +0000
Message-ID: <dun3.SUB-90412.1794290417@billing.abonio.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Abonio-Event: invoice.dunning_final
X-Abonio-Attempt: 3/3
X-Entity-ID: u001.k3Z9mQ

Здравейте,

въпреки три опита не успяхме да съберем плащането от 24,95 EUR за
абонамента ви „Кутия на месеца“ (SUB-90412), карта Visa •••• 3381.

Ако плащането не бъде извършено до 12 ноември 2026 г., абонаментът ви
ще бъде спрян и кутията за ноември няма да бъде изпратена.

Платете сега или сменете картата:
https://portal.abonio.com/shop-example/pay?inv=in_3Rt7vQ90

Ако вече сте платили, моля, игнорирайте това съобщение.

Екипът на Shop Example

Това съобщение е изпратено автоматично. Моля, не отговаряйте на него.
'''),

    ('bg', 'winback-sequence-discount-mail', 'automated', (),
'''Return-Path: <bounce-wb2-k8r3@news.shop.example.be>
Received: from mta-07.news.shop.example.be (mta-07.news.shop.example.be [198.2.180.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RwCq21HsVz3wPj
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 09:30:44 +0100 (CET)
From: Shop Example <hello@news.shop.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=9B=D0=B8=D0=BF=D1=81=D0=B2=D0=B0=D1=82=D0=B5_?=
 =?UTF-8?Q?=D0=BD=D0=B8=21_25=25_?=
 =?UTF-8?Q?=D0=BE=D1=82=D1=81=D1=82=D1=8A=D0=BF=D0=BA=D0=B0_=D0=B7=D0=B0_?=
 =?UTF-8?Q?=D1=81=D0=BB=D0=B5=D0=B4=D0=B2=D0=B0=D1=89=D0=B0=D1=82=D0=B0_?=
 =?UTF-8?Q?=D0=B2=D0=B8_=D0=BA=D1=83=D1=82=D0=B8=D1=8F?=
Date: Thu, 12 Nov 2026 08:30:41 +0000
Message-ID: <wb2.k8r3.1794472241@news.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
List-Id: Shop Example BG win-back <winback-bg.news.shop.example.be>
List-Unsubscribe: <https://news.shop.example.be/u/k8r3>,
 <mailto:unsubscribe-k8r3@news.shop.example.be>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Campaign: winback-step2-bg

Здравейте,

минаха вече два месеца от последната ви кутия и честно казано – липсвате
ни. През това време добавихме зимни чайове, нови подправки и шоколади от
малки белгийски производители.

Върнете се с 25% отстъпка за следващата кутия с код ОБРАТНО25.
Кодът важи до 30 ноември 2026 г.

Изберете кутия: https://news.shop.example.be/c/k8r3

Екипът на Shop Example

--
Получавате този имейл, защото сте били абонат на Shop Example.
Не желаете повече такива писма? Отпишете се: https://news.shop.example.be/u/k8r3
'''),

    ('bg', 'loyalty-platform-member-export-ready', 'automated', (),
'''Return-Path: <no-reply@app.loyaltix.bg>
Received: from app.loyaltix.bg (app.loyaltix.bg [79.124.62.15])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rs6Lt0YfFz3wNh
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 09:14:58 +0100 (CET)
From: Loyaltix <no-reply@app.loyaltix.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=95=D0=BA=D1=81=D0=BF=D0=BE=D1=80=D1=82=D1=8A=D1=82_=D0=B5_?=
 =?UTF-8?Q?=D0=B3=D0=BE=D1=82=D0=BE=D0=B2?= [EXP-55310]
Date: Wed, 04 Nov 2026 10:14:55 +0200
Message-ID: <export.EXP-55310.done@app.loyaltix.bg>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Loyaltix-Tenant: shop-example-be

Здравейте,

експортът, който заявихте в Loyaltix, е готов.

Тип:         Профил на член + история на транзакциите
Член:        № 1187342 (карта 6048 2217 0093 1187)
Формат:      CSV в ZIP архив, защитен с парола
Заявен от:   privacy@shop.example.be
Заявен на:   04.11.2026 10:12
Номер:       EXP-55310

Изтеглете файла оттук (връзката е валидна 72 часа):
https://app.loyaltix.bg/exports/EXP-55310/download

Паролата за архива е изпратена в отделно съобщение.

Това е автоматично съобщение от Loyaltix. Моля, не отговаряйте на него.
'''),

    ('bg', 'person-outlook-android-above-renewal-objects-profiling', 'objection', (),
'''Return-Path: <n.petrov@avtoservizplus.bg>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2131.outbound.protection.outlook.com [40.107.241.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RttVr5CkXz3wPr
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 11:34:26 +0100 (CET)
From: =?utf-8?Q?=D0=9D=D0=B8=D0=BA=D0=BE=D0=BB=D0=B0=D0=B9_?=
 =?utf-8?Q?=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2?= <n.petrov@avtoservizplus.bg>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: =?utf-8?Q?=D0=90=D0=B1=D0=BE=D0=BD=D0=B0=D0=BC=D0=B5=D0=BD?=
 =?utf-8?Q?=D1=82=D1=8A=D1=82_=D0=B2=D0=B8_=D1=81=D0=B5_?=
 =?utf-8?Q?=D0=BF=D0=BE=D0=B4=D0=BD=D0=BE=D0=B2=D1=8F=D0=B2=D0=B0_?=
 =?utf-8?Q?=D0=BD=D0=B0_16_=D0=BD=D0=BE=D0=B5=D0=BC=D0=B2=D1=80=D0=B8?=
Thread-Topic: =?utf-8?Q?=D0=90=D0=B1=D0=BE=D0=BD=D0=B0=D0=BC=D0=B5=D0=BD?=
 =?utf-8?Q?=D1=82=D1=8A=D1=82_=D0=B2=D0=B8_=D1=81=D0=B5_?=
 =?utf-8?Q?=D0=BF=D0=BE=D0=B4=D0=BD=D0=BE=D0=B2=D1=8F=D0=B2=D0=B0_?=
 =?utf-8?Q?=D0=BD=D0=B0_16_=D0=BD=D0=BE=D0=B5=D0=BC=D0=B2=D1=80=D0=B8?=
Thread-Index: AQHbMpX7c1yQm0t2Rk6Lw3nA8vPsJw==
Date: Mon, 9 Nov 2026 10:34:22 +0000
Message-ID: <DB9PR02MB7351E6A2F04C91B8D3A5C7E2B9D14@DB9PR02MB7351.eurprd02.prod.outlook.com>
References: <r3nw.SUB-90655.20261109@billing.abonio.com>
In-Reply-To: <r3nw.SUB-90655.20261109@billing.abonio.com>
Accept-Language: bg-BG, en-US
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Здравейте,

нямам нищо против подновяването, но в писмото пише, че кутията ще бъде
подбрана специално за мен според предишните ми покупки и оценки. Не желая
да анализирате покупките и оценките ми, за да ми правите профил и да ми
подбирате продукти или оферти. Възразявам срещу това. Изпращайте ми
стандартната кутия като на всички останали.

Поздрави,
Николай Петров
Управител снабдяване | Автосервиз Плюс ООД
тел. +359 2 971 44 08 | www.avtoservizplus.bg

Изпратено от Outlook за Android

Този имейл и прикачените към него файлове са поверителни и са
предназначени единствено за посочения получател. Ако сте го получили по
грешка, моля, уведомете подателя и го изтрийте.
________________________________
От: Shop Example BV <noreply@billing.abonio.com>
Изпратено: понеделник, 9 ноември 2026 г. 9:00
До: n.petrov@avtoservizplus.bg <n.petrov@avtoservizplus.bg>
Относно: Абонаментът ви се подновява на 16 ноември

Здравейте, Николай,

абонаментът ви „Кутия на месеца“ (SUB-90655) ще бъде подновен
автоматично на 16 ноември 2026 г.

Сума: 24,95 EUR
Плащане: Visa •••• 6120

Тази кутия ще бъде подбрана специално за вас според предишните ви
покупки и оценки.

Ако искате да промените нещо, направете го до 15 ноември в портала за
клиенти: https://portal.abonio.com/shop-example/login

Екипът на Shop Example
'''),
]

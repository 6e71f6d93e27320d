"""Fifty-fifth set, robot and robot-looking mail of archives, retention and reactivation, part pl cs hr sv ro el bg (14 languages with the other part). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ pl
    ('pl', 'postfix-dsn-interia-mailbox-removed-inactivity', 'automated', (),
'''Return-Path: <>
Received: from mx-out2.poczta.interia.pl (mx-out2.poczta.interia.pl [217.74.65.202])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fq2kT0x9Rz1Wm
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 09:14:07 +0100 (CET)
Received: by mx-out2.poczta.interia.pl (Postfix)
        id 4Fq2kS6ZbLzT9; Mon, 26 Oct 2026 09:14:06 +0100 (CET)
Date: Mon, 26 Oct 2026 09:14:06 +0100 (CET)
From: MAILER-DAEMON@poczta.interia.pl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4Fq2kS6ZbLzT9.1793002446/mx-out2.poczta.interia.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <20261026081406.4Fq2kS6ZbLzT9@mx-out2.poczta.interia.pl>

This is a MIME-encapsulated message.

--4Fq2kS6ZbLzT9.1793002446/mx-out2.poczta.interia.pl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Wiadomość wygenerowana automatycznie przez serwer pocztowy Interia.

Nie udało się dostarczyć Twojej wiadomości do poniższego adresata.
Konto pocztowe zostało usunięte z powodu braku logowania przez okres
dłuższy niż 12 miesięcy, zgodnie z Regulaminem usługi Poczta Interia.
Adres nie przyjmuje już wiadomości. Wiadomość nie będzie wysyłana
ponownie.

----------------------------------------------------------------------
This is an automatically generated message from the Interia mail
server. Your message could not be delivered: the mailbox was removed
after more than 12 months without a login.

<marek.wisniewski1987@interia.pl>: konto usuniete z powodu braku aktywnosci /
    mailbox removed due to inactivity

--4Fq2kS6ZbLzT9.1793002446/mx-out2.poczta.interia.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in1.poczta.interia.pl
X-Postfix-Queue-ID: 4Fq2kS2hV8zT7
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 26 Oct 2026 09:14:05 +0100 (CET)

Final-Recipient: rfc822; marek.wisniewski1987@interia.pl
Original-Recipient: rfc822;marek.wisniewski1987@interia.pl
Action: failed
Status: 5.2.1
Diagnostic-Code: x-unix; mailbox removed due to inactivity

--4Fq2kS6ZbLzT9.1793002446/mx-out2.poczta.interia.pl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [195.130.142.21])
        by mx-in1.poczta.interia.pl (Postfix) with ESMTPS id 4Fq2kS2hV8zT7
        for <marek.wisniewski1987@interia.pl>; Mon, 26 Oct 2026 09:14:05 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: marek.wisniewski1987@interia.pl
Subject: Your privacy request PRV-2026-04417 - please confirm your identity
Date: Mon, 26 Oct 2026 09:13:58 +0100
Message-ID: <prv-2026-04417.2.1793002438@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--4Fq2kS6ZbLzT9.1793002446/mx-out2.poczta.interia.pl--
'''),

    ('pl', 'exchange-ooo-pl-urlop-hr-specialist', 'automated', (),
'''Return-Path: <k.zielinska@tarbud.com.pl>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2102.outbound.protection.outlook.com [40.107.105.102])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FqWc21d7Kz2Hn
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 11:06:52 +0100 (CET)
Received: from DB9PR02MB7412.eurprd02.prod.outlook.com (2603:10a6:10:2c1::14)
 by DB9PR02MB7390.eurprd02.prod.outlook.com with HTTPS; Tue, 27 Oct 2026
 10:06:50 +0000
From: =?utf-8?Q?Katarzyna_Zieli=C5=84ska?= <k.zielinska@tarbud.com.pl>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatyczna_odpowied=C5=BA:_Your_privacy_request_PRV-2026-?=
 =?utf-8?Q?04388_-_your_data_export_is_ready?=
Thread-Topic: Your privacy request PRV-2026-04388 - your data export is ready
Thread-Index: AQHbR2xk9c1aQ0m2T0K3yH1vZ7r2Fg==
Date: Tue, 27 Oct 2026 10:06:50 +0000
Message-ID: <3c8f1e0a2b7d4e51a9f06c2d1e7b8a43@DB9PR02MB7412.eurprd02.prod.outlook.com>
In-Reply-To: <prv-2026-04388.5.1793091998@shop.example.be>
References: <prv-2026-04388.5.1793091998@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: k.zielinska@tarbud.com.pl
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: pl-PL
X-MS-Exchange-Organization-AuthAs: Internal
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Dzień dobry,

dziękuję za wiadomość. Do 6 listopada 2026 r. przebywam na urlopie
i nie mam dostępu do poczty. Wiadomości nie są przekazywane dalej.

W sprawach pilnych proszę o kontakt z sekretariatem:
biuro@tarbud.com.pl, tel. +48 61 852 40 17.

Pozdrawiam
Katarzyna Zielińska
Specjalista ds. kadr i płac
Tarbud Sp. z o.o.
'''),

    ('pl', 'loyalty-saas-points-expiry-batch-report-qp', 'automated', (),
'''Return-Path: <bounce+7f3a2c.4b1e-privacy=shop.example.be@mg.punktomat.pl>
Received: from m41-112.mg.punktomat.pl (m41-112.mg.punktomat.pl [159.135.41.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fr0Qm5c1Xz3Jd
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 02:41:52 +0100 (CET)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=mg.punktomat.pl; q=dns/txt;
 s=mx; t=1793497298; h=Content-Transfer-Encoding: Content-Type: MIME-Version:
 Message-ID: Date: Subject: To: From; bh=Yk2c0yq3J8l0tQmS1b8x6p2nWfR4aZ1dE9hU7vK3sQo=;
 b=R0x1cQ2mN8pL4vT7kZ9wS3yB6hF1jD5gC0aX8eU2iO4rP7tY1nM3lK6qW9zE2bV5
From: Punktomat <powiadomienia@punktomat.pl>
To: privacy@shop.example.be, loyalty@shop.example.be
Subject: =?UTF-8?Q?[Punktomat]_Raport_zadania:_wyga=C5=9Bni=C4=99cie_punkt=C3=B3w_?=
 =?UTF-8?Q?=E2=80=93_Shop_Example_BV_=E2=80=93_01.11.2026?=
Date: Sun, 01 Nov 2026 01:41:38 +0000
Message-ID: <run-88412.20261101014138@punktomat.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailgun-Tag: job-report
X-Punktomat-Job: POINTS_EXPIRY_MONTHLY

Raport z zadania wsadowego: wyga=C5=9Bni=C4=99cie punkt=C3=B3w lojalno=
=C5=9Bciowych

Klient:         Shop Example BV (program: Shop Example Card)
Zadanie:        POINTS_EXPIRY_MONTHLY
Uruchomienie:   01.11.2026 02:00:04 CET
Zako=C5=84czenie:    01.11.2026 02:41:37 CET
Status:         ZAKO=C5=83CZONE POMY=C5=9ALNIE

Przetworzone konta uczestnik=C3=B3w:        184 306
Konta z wygas=C5=82ymi punktami:             12 871
=C5=81=C4=85czna liczba wygas=C5=82ych punkt=C3=B3w:    3 402 550
Konta bez aktywno=C5=9Bci powy=C5=BCej 36 mies.:    4 118
  - oznaczone do anonimizacji:              3 902
  - wstrzymane (blokada prawna / sp=C3=B3r):      216

Lista kont wstrzymanych oraz plik CSV z wynikami s=C4=85 dost=C4=99pne
w panelu: https://panel.punktomat.pl/raporty/zadania/88412

Wiadomo=C5=9B=C4=87 wygenerowana automatycznie, prosimy na ni=C4=85 nie=
 odpowiada=C4=87.
--=20
Punktomat sp. z o.o. =C2=B7 ul. Grunwaldzka 186, 60-166 Pozna=C5=84
'''),

    ('pl', 'warehouse-earchive-records-past-retention-alert', 'automated', (),
'''Return-Path: <earchiwum-noreply@pl.shop.example.be>
Received: from dms01.pl.shop.example.be (dms01.pl.shop.example.be [10.44.2.18])
        by relay.shop.example.be (Postfix) with ESMTP id 4FrKx71m0Wz9Qa
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 06:00:19 +0100 (CET)
Received: from mx-int.shop.example.be (mx-int.shop.example.be [10.10.0.25])
        by mx1.shop.example.be (Postfix) with ESMTP id 4FrKx73bQ5z1Jt;
        Mon,  2 Nov 2026 06:00:20 +0100 (CET)
From: eArchiwum <earchiwum-noreply@pl.shop.example.be>
To: privacy@shop.example.be, archiwum@pl.shop.example.be
Subject: =?UTF-8?Q?[eArchiwum]_Alert_retencji:_1_284_dokumenty_po_up=C5=82ywie_?=
 =?UTF-8?Q?okresu_przechowywania?=
Date: Mon, 2 Nov 2026 06:00:18 +0100
Message-ID: <ret-check-daily.20261102-0600.7731@dms01.pl.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: eArchiwum 7.4 Notifier

Alert retencji – eArchiwum
Jednostka: Shop Example Polska Sp. z o.o., Centrum Logistyczne Gądki
Data sprawdzenia: 02.11.2026 06:00

W archiwum znajdują się dokumenty, dla których upłynął okres
przechowywania określony w polityce retencji:

Klasa dokumentów                          Okres     Liczba  Najstarszy
FK-01 Faktury korygujące (zwroty B2C)     5 lat        812  14.03.2019
FK-04 Noty księgowe                       5 lat        231  02.07.2019
KD-02 Dokumentacja rekrutacyjna           6 mies.      197  11.01.2026
MON-01 Nagrania CCTV – rampa 3            3 mies.       44  18.06.2026

Razem: 1 284

Dokumenty NIE zostaną usunięte automatycznie. Właściciel klasy
dokumentów musi zatwierdzić brakowanie w module „Brakowanie”
albo założyć blokadę prawną (legal hold) z podaniem podstawy.

Zadanie: RET-CHECK-DAILY / przebieg 2026-11-02-0600
Ta wiadomość została wysłana automatycznie – prosimy nie odpowiadać.
'''),

    ('pl', 'person-reply-above-deactivation-notice-just-delete', 'deletion', (),
'''Return-Path: <tomek.nowicki@wp.pl>
Received: from smtpo94.poczta.onet.pl (smtpo94.poczta.onet.pl [213.180.149.147])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FrBm43GkXz7Vs
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 19:48:22 +0100 (CET)
Received: from smtpclient.apple (unknown [83.25.171.40])
        by poczta.wp.pl (Postfix) with ESMTPSA id 4FrBm3xL1dz1Pq
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 19:48:21 +0100 (CET)
From: Tomasz Nowicki <tomek.nowicki@wp.pl>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0 (1.0)
Subject: Re: Your Shop Example account will be deactivated on 30 November 2026
Date: Sat, 31 Oct 2026 19:48:09 +0100
Message-Id: <5E0B7C1D-93A4-4F6E-B2C8-1A7D3E9F0B25@wp.pl>
References: <deact-2026-10.4471298@shop.example.be>
In-Reply-To: <deact-2026-10.4471298@shop.example.be>
To: Shop Example <privacy@shop.example.be>
X-Mailer: iPhone Mail (22B83)

Nie będę się logował. Proszę po prostu usunąć to konto razem z moimi danymi, nie robię u Was zakupów od kiedy wróciłem z Brukseli do Polski.

T. Nowicki

Wysłane z iPhone'a

> Wiadomość napisana przez Shop Example <noreply@shop.example.be> w dniu 30 paź 2026, o godz. 08:15:
>
> Dear Tomasz,
>
> You haven't logged in to your Shop Example account for more than three
> years. To avoid keeping your personal data longer than necessary, we
> will deactivate your account on 30 November 2026. Your order history
> will then only be kept as long as the law requires; your other data
> will be erased.
>
> Want to keep your account? Just log in before 30 November 2026 at
> shop.example.be/login. As a thank-you, you will find a EUR 10 voucher
> (code STAY10, valid until 31 December 2026) in your account.
>
> Questions about your data? Simply reply to this e-mail or write to
> privacy@shop.example.be.
>
> Shop Example BV - Privacy Team
> Kouter 120, 9000 Gent, Belgium
'''),

    # ------------------------------------------------------------------ cs
    ('cs', 'seznam-dsn-mailbox-cancelled-inactivity', 'automated', (),
'''Return-Path: <>
Received: from mxout3.email.seznam.cz (mxout3.email.seznam.cz [77.75.78.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FqhN50zTcz4Lb
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 15:31:44 +0100 (CET)
Date: Wed, 28 Oct 2026 15:31:43 +0100
From: Mail Delivery System <MAILER-DAEMON@email.seznam.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va_/_Undelivered_message?=
Message-ID: <dsn.1793284303.55120@email.seznam.cz>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="=_szn_dsn_5f81c0a9e2"

--=_szn_dsn_5f81c0a9e2
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Toto je automaticky generovaná zpráva poštovního serveru Seznam.cz.

Vaši zprávu se nepodařilo doručit následujícímu příjemci:

    jana.dvorakova@seznam.cz

Důvod: schránka byla zrušena, protože se do ní její majitel déle než
6 měsíců nepřihlásil. Na tuto adresu již nelze doručovat zprávy.

Hlavičky původní zprávy najdete v příloze.

--
This is an automatically generated message from the Seznam.cz mail
server. Your message could not be delivered to the recipient above:
the mailbox has been cancelled due to inactivity.

--=_szn_dsn_5f81c0a9e2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.email.seznam.cz
Arrival-Date: Wed, 28 Oct 2026 15:31:42 +0100

Final-Recipient: rfc822; jana.dvorakova@seznam.cz
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox cancelled - inactive account

--=_szn_dsn_5f81c0a9e2
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out2.shop.example.be (out2.shop.example.be [195.130.142.22])
        by mx2.email.seznam.cz (szn-mx) with ESMTPS
        for <jana.dvorakova@seznam.cz>; Wed, 28 Oct 2026 15:31:42 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: jana.dvorakova@seznam.cz
Subject: Your privacy request PRV-2026-04402 - your account has been deleted
Date: Wed, 28 Oct 2026 15:31:37 +0100
Message-ID: <prv-2026-04402.4.1793284297@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--=_szn_dsn_5f81c0a9e2--
'''),

    ('cs', 'volny-autoresponder-address-no-longer-used-latin2-qp', 'automated', (),
'''Return-Path: <jiri.kuchar@volny.cz>
Received: from smtp2.volny.cz (smtp2.volny.cz [212.20.96.37])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FqpR81cHsz6Yt
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 10:05:13 +0100 (CET)
Received: by mail.volny.cz (Dovecot LDA); Thu, 29 Oct 2026 10:05:12 +0100
Date: Thu, 29 Oct 2026 10:05:12 +0100
From: =?iso-8859-2?Q?Ji=F8=ED_Kucha=F8?= <jiri.kuchar@volny.cz>
To: privacy@shop.example.be
Subject: =?iso-8859-2?Q?Adresa_se_ji=BE_nepou=BE=EDv=E1?=
Message-ID: <dovecot-sieve-1793350512-4471-0@mail.volny.cz>
In-Reply-To: <prv-2026-04409.1.1793350390@shop.example.be>
References: <prv-2026-04409.1.1793350390@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.19
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: quoted-printable

Dobr=FD den,

tuto e-mailovou adresu u=BE nepou=BE=EDv=E1m a zpr=E1vy, kter=E9 sem
p=F8ijdou, nikdo ne=E8te. Kdo m=EC zn=E1, m=E1 moji novou adresu.

Zpr=E1va nebyla nikomu p=F8eposl=E1na.

Ji=F8=ED Kucha=F8
'''),

    ('cs', 'freshdesk-ticket-ack-processor-cs', 'automated', (),
'''Return-Path: <bounces+2094117-7c1e-privacy=shop.example.be@emails.freshdesk.com>
Received: from o1.emails.freshdesk.com (o1.emails.freshdesk.com [168.245.78.121])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FsF0d2bWNz8Rk
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 16:20:37 +0100 (CET)
From: Podpora Recenzeo <podpora@recenzeo.cz>
Reply-To: Podpora Recenzeo <podpora@recenzeo.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?P=C5=99ijali_jsme_v=C3=A1=C5=A1_po=C5=BEadavek_[#58213]?=
Date: Tue, 03 Nov 2026 15:20:35 +0000
Message-ID: <recenzeo.58213.1793719235@freshdesk.com>
In-Reply-To: <prv-2026-04371.fwd.1793719102@shop.example.be>
References: <prv-2026-04371.fwd.1793719102@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-FD-Email-Type: ticket_ack
X-Freshdesk-Ticket-Id: 58213
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6548f2c3b1a07_3d2f1c84"

----==_mimepart_6548f2c3b1a07_3d2f1c84
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dobrý den,

děkujeme, Váš požadavek jsme přijali a zaevidovali pod číslem #58213.
Odpovíme Vám nejpozději do 3 pracovních dnů. Požadavky týkající se
ochrany osobních údajů předáváme našemu pověřenci, u nich proto může
vyřízení trvat déle.

Pokud chcete něco doplnit, odpovězte přímo na tento e-mail a ponechte
číslo požadavku v předmětu.

Stav požadavku můžete sledovat zde:
https://podpora.recenzeo.cz/support/tickets/58213

Tým podpory Recenzeo

----==_mimepart_6548f2c3b1a07_3d2f1c84
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<div>Dobrý den,<br><br>děkujeme, Váš požadavek jsme přijali a zaevidovali pod číslem <b>#58213</b>.
Odpovíme Vám nejpozději do 3 pracovních dnů. Požadavky týkající se ochrany osobních údajů
předáváme našemu pověřenci, u nich proto může vyřízení trvat déle.<br><br>
Pokud chcete něco doplnit, odpovězte přímo na tento e-mail a ponechte číslo požadavku v předmětu.<br><br>
Stav požadavku můžete sledovat <a href="https://podpora.recenzeo.cz/support/tickets/58213">zde</a>.<br><br>
Tým podpory Recenzeo</div>

----==_mimepart_6548f2c3b1a07_3d2f1c84--
'''),

    ('cs', 'person-forward-we-miss-you-unsubscribed-2019', 'complaint', ('withdraw_consent',),
'''Return-Path: <lucie.prochazkova@gmail.com>
Received: from mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fr3Wq0kJmz5Xc
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 21:12:40 +0100 (CET)
Received: by mail-ej1-f54.google.com with SMTP id a640c23a62f3a-b3f1c7e2d9so41177266b
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 13:12:40 -0700 (PDT)
MIME-Version: 1.0
References: <camp.wemissyou.2026q4.8812093@mail.shop.example.be>
In-Reply-To: <camp.wemissyou.2026q4.8812093@mail.shop.example.be>
From: =?UTF-8?Q?Lucie_Proch=C3=A1zkov=C3=A1?= <lucie.prochazkova@gmail.com>
Date: Fri, 30 Oct 2026 21:12:27 +0100
Message-ID: <CAH7q2mVx0e3pL9k1RZt8wQnF5o2sJdG4yB6uE7cTn3hA_K0fMw@mail.gmail.com>
Subject: Fwd: Lucie, we miss you! Here's 15% to welcome you back
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Dobrý den,

z vašeho newsletteru jsem se odhlásila už v roce 2019, mám to i
potvrzené, a stejně mi to pořád chodí. Tohle je letos už třetí
takový mail. Přestaňte mi posílat jakoukoli reklamu, a to na všechny
adresy, které k mému jménu máte.

Lucie Procházková

---------- Přeposlaná zpráva ---------
Od: Shop Example <news@mail.shop.example.be>
Date: čt 29. 10. 2026 v 18:02
Subject: Lucie, we miss you! Here's 15% to welcome you back
To: <lucie.prochazkova@gmail.com>


Hi Lucie,

It's been a while! We've added hundreds of new products since your
last visit - and we'd love to see you again.

Use code COMEBACK15 for 15% off your next order (valid until
15 November 2026).

[ Shop now ]

You receive this e-mail because you are a Shop Example customer.
Unsubscribe | Privacy policy | Shop Example BV, Kouter 120, 9000 Gent
'''),

    # ------------------------------------------------------------------ hr
    ('hr', 'challenge-response-antispam-hr', 'automated', (),
'''Return-Path: <ne-odgovaraj@mailzastita.hr>
Received: from cr1.mailzastita.hr (cr1.mailzastita.hr [185.58.72.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FqgZk5T2yz3Np
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 14:22:51 +0100 (CET)
From: =?UTF-8?Q?MailZa=C5=A1tita?= <ne-odgovaraj@mailzastita.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Potvrdite_svoju_adresu_/_zadr=C5=BEana_poruka?=
Date: Wed, 28 Oct 2026 14:22:50 +0100
Message-ID: <cr-7Q2kXh9Vd3Lr0aPz@cr1.mailzastita.hr>
In-Reply-To: <prv-2026-04420.2.1793280140@shop.example.be>
References: <prv-2026-04420.2.1793280140@shop.example.be>
Auto-Submitted: auto-replied
Precedence: bulk
X-Challenge: 7Q2kXh9Vd3Lr0aPz
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Poštovani,

poslali ste poruku na adresu ivana.babic@racunala-babic.hr. Vlasnica
te adrese koristi zaštitu od neželjene pošte koja propušta samo poruke
poznatih pošiljatelja.

Vaša je poruka privremeno zadržana. Da bi bila isporučena, jednom
potvrdite da ste stvarna osoba klikom na poveznicu:

https://potvrda.mailzastita.hr/c/7Q2kXh9Vd3Lr0aPz

Nakon potvrde poruka će biti isporučena, a sve buduće poruke s vaše
adrese stizat će izravno. Ako poruku ne potvrdite u roku od 5 dana,
bit će izbrisana bez isporuke.

Zadržana poruka:
  Pošiljatelj: privacy@shop.example.be
  Predmet:     Your privacy request PRV-2026-04420 - additional information needed
  Primljeno:   28.10.2026. 14:22

Ova je poruka poslana automatski. Molimo ne odgovarajte na nju.
--
MailZaštita - zaštita od neželjene pošte
'''),

    ('hr', 'exchange-autoreply-employee-left-vendor-hr', 'automated', (),
'''Return-Path: <marija.horvat@kontaktplus.hr>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2119.outbound.protection.outlook.com [40.107.21.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FpzH62rSgz2Fb
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 13:40:28 +0100 (CET)
From: Marija Horvat <marija.horvat@kontaktplus.hr>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatski odgovor: Erasure request forwarded - PRV-2026-04371 - call
 recordings
Thread-Topic: Erasure request forwarded - PRV-2026-04371 - call recordings
Thread-Index: AQHbR5c0tYx3P6kKUk2yq1kX9wT0aQ==
Date: Mon, 26 Oct 2026 12:40:26 +0000
Message-ID: <a41c7f90d3e24b6f8c0e5b12d9f3a7e6@AM8PR09MB5521.eurprd09.prod.outlook.com>
In-Reply-To: <prv-2026-04371.fwd1.1793018410@shop.example.be>
References: <prv-2026-04371.fwd1.1793018410@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: marija.horvat@kontaktplus.hr
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: hr-HR
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Poštovani,

gospođa Marija Horvat više nije zaposlena u tvrtki Kontakt Plus d.o.o.
i ova se adresa e-pošte više ne prati. Vaša poruka nije proslijeđena.

Za pitanja o zaštiti osobnih podataka obratite se našem službeniku za
zaštitu podataka na szop@kontaktplus.hr, a za sve ostale upite na
info@kontaktplus.hr ili +385 1 6390 220.

Lijep pozdrav,
Kontakt Plus d.o.o.
Radnička cesta 80, 10000 Zagreb
'''),

    ('hr', 'contact-center-call-recording-purge-notice', 'automated', (),
'''Return-Path: <portal-noreply@kontaktplus.hr>
Received: from portal.kontaktplus.hr (portal.kontaktplus.hr [185.62.73.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fr1qF0yJdz6Mw
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 07:00:09 +0100 (CET)
From: Kontakt Plus portal <portal-noreply@kontaktplus.hr>
To: privacy@shop.example.be, cs-lead@shop.example.be
Subject: =?UTF-8?Q?Obavijest_o_planiranom_brisanju_snimaka_=E2=80=93_03.11.2026.?=
Date: Fri, 30 Oct 2026 07:00:07 +0100
Message-ID: <retention.SHOPEX.20261030070007@portal.kontaktplus.hr>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Obavijest o planiranom brisanju snimaka razgovora

Klijent:             Shop Example BV (projekt SHOPEX NL/FR/EN)
Pravilo čuvanja:     snimke razgovora - 90 dana
Planirano brisanje:  03.11.2026. u 01:00 (CET)

Snimaka starijih od 90 dana:              6 412
  - bit će trajno izbrisano:              6 377
  - izuzeto (zakonsko zadržavanje):          35

Izuzete snimke povezane su s otvorenim predmetima koji imaju oznaku
zadržavanja (legal hold) i ostaju pohranjene dok se oznaka ne ukloni.

Ako brisanje određenih snimaka treba odgoditi, oznaku zadržavanja
potrebno je postaviti u portalu najkasnije 24 sata prije planiranog
brisanja: https://portal.kontaktplus.hr/retencija

Ova je poruka automatski generirana. Ne odgovarajte na nju.
'''),

    ('hr', 'person-reply-points-expiry-what-do-you-keep', 'access', (),
'''Return-Path: <snjezana.peric@gmail.com>
Received: from mail-wm1-f43.google.com (mail-wm1-f43.google.com [209.85.128.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FrT8c4pZqz1Kd
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 20:03:35 +0100 (CET)
Received: by mail-wm1-f43.google.com with SMTP id 5b1f17b1804b1-47d1c2a9f0eso22141905e9
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 11:03:35 -0800 (PST)
MIME-Version: 1.0
References: <pts-expiry-2026.1190342@shop.example.be>
In-Reply-To: <pts-expiry-2026.1190342@shop.example.be>
From: =?UTF-8?Q?Snje=C5=BEana_Peri=C4=87?= <snjezana.peric@gmail.com>
Date: Mon, 2 Nov 2026 20:03:21 +0100
Message-ID: <CAJx9v0Fq2r7LmN4tK8sYp1W3bZ6dE0uH5aG_cR2oT9iQ7kM1xA@mail.gmail.com>
Subject: Re: Your Shop Example Card points expire on 31 December 2026
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Poštovani,

neka bodovi slobodno isteknu, ne trebaju mi. Ali kad ste mi se već
javili nakon toliko godina: što sve još imate o meni? Kupovala sam kod
vas dok sam živjela u Antwerpenu, od 2021. nisam ništa naručila, a vi
i dalje imate moju karticu, adresu i tko zna što još. Pošaljite mi,
molim vas, popis podataka koje čuvate i do kada ih namjeravate čuvati.

Lijep pozdrav,
Snježana Perić

Shop Example Card <loyalty@shop.example.be> je napisao/la dana pon, 2. stu 2026. u 09:30:

> Dear Snjezana,
>
> You still have 1,240 points on your Shop Example Card (card no.
> 6290 0412 7785 3316). These points expire on 31 December 2026.
>
> Use them before they're gone: 1,000 points = EUR 10 off in store or
> online.
>
> Questions about your personal data? Write to privacy@shop.example.be.
>
> Shop Example Card - Shop Example BV, Kouter 120, 9000 Gent
'''),

    # ------------------------------------------------------------------ sv
    ('sv', 'exchange-ooo-sv-foraldraledig', 'automated', (),
'''Return-Path: <johan.eklund@nordbygg.se>
Received: from EUR02-HE1-obe.outbound.protection.outlook.com (mail-he1eur02on2097.outbound.protection.outlook.com [40.107.1.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FsVj31qGtz4Bw
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 09:30:44 +0100 (CET)
From: Johan Eklund <johan.eklund@nordbygg.se>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatiskt svar: Your privacy request PRV-2026-04455 - response to
 your access request
Thread-Topic: Your privacy request PRV-2026-04455 - response to your access
 request
Thread-Index: AQHbT1s2c3m9x0Qb0E6k4n8y1mJq7w==
Date: Thu, 5 Nov 2026 08:30:42 +0000
Message-ID: <f2b9e07c51a84d3e9a6c1b0d8e4f7a22@GV1PR08MB8812.eurprd08.prod.outlook.com>
In-Reply-To: <prv-2026-04455.3.1793867401@shop.example.be>
References: <prv-2026-04455.3.1793867401@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: johan.eklund@nordbygg.se
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: sv-SE
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Hej!

Jag är föräldraledig till och med den 31 januari 2027 och läser inte
min e-post under tiden. Ditt mejl vidarebefordras inte.

Vid brådskande ärenden, kontakta min kollega Sara Holm,
sara.holm@nordbygg.se, 08-555 123 40.

Vänliga hälsningar
Johan Eklund
Nordbygg AB
'''),

    ('sv', 'outlook-mdn-read-receipt-sv-latin1', 'automated', (),
'''Return-Path: <anna.lindqvist@outlook.com>
Received: from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01olkn2011.outbound.protection.outlook.com [40.92.64.11])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FsN2w6hCvz9Tg
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 14:37:53 +0100 (CET)
From: Anna Lindqvist <anna.lindqvist@outlook.com>
To: <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?L=E4st:_Your_privacy_request_PRV-2026-04452_-_identity_ch?=
 =?iso-8859-1?Q?eck?=
Thread-Topic: Your privacy request PRV-2026-04452 - identity check
Thread-Index: AQHbTl9kVb2wT1Z5F0uGm3c6d8rX2A==
Date: Wed, 4 Nov 2026 13:37:50 +0000
Message-ID: <AM9P195MB120385E4C1A2F0D7B3E9D5A1C46D2@AM9P195MB1203.EURP195.PROD.OUTLOOK.COM>
In-Reply-To: <prv-2026-04452.1.1793780723@shop.example.be>
References: <prv-2026-04452.1.1793780723@shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="_000_AM9P195MB120385E4C1A2F0D7B3E9D5A1C46D2AM9P195MB1203EURP_"

--_000_AM9P195MB120385E4C1A2F0D7B3E9D5A1C46D2AM9P195MB1203EURP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ditt meddelande

  Till: Anna Lindqvist
  =C4mne: Your privacy request PRV-2026-04452 - identity check
  Skickat: den 4 november 2026 09:12:03 (UTC+01:00) Amsterdam, Berlin, Ber=
n, Rom, Stockholm, Wien

l=E4stes den 4 november 2026 14:37:50 (UTC+01:00) Amsterdam, Berlin, Bern=
, Rom, Stockholm, Wien.

--_000_AM9P195MB120385E4C1A2F0D7B3E9D5A1C46D2AM9P195MB1203EURP_
Content-Type: message/disposition-notification

Reporting-UA: AM9P195MB1203.EURP195.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822;anna.lindqvist@outlook.com
Original-Message-ID: <prv-2026-04452.1.1793780723@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_AM9P195MB120385E4C1A2F0D7B3E9D5A1C46D2AM9P195MB1203EURP_--
'''),

    ('sv', 'mail-archive-saas-legal-hold-activated', 'automated', (),
'''Return-Path: <noreply@arkivo.se>
Received: from smtp-out1.arkivo.se (smtp-out1.arkivo.se [194.14.188.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fqv1H3wXkz7Dc
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 16:49:02 +0100 (CET)
From: Arkivo <noreply@arkivo.se>
To: privacy@shop.example.be
Cc: l.vermeulen@shop.example.be
Subject: =?UTF-8?Q?Bevarandesp=C3=A4rr_aktiverad:?= privacy@shop.example.be (LH-2026-017)
Date: Thu, 29 Oct 2026 16:49:00 +0100
Message-ID: <lh-2026-017.mbx-4410.1793382540@arkivo.se>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
X-Arkivo-Tenant: shop-example-bv
X-Arkivo-Event: legal_hold.activated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hej,

En bevarandespärr (legal hold) har aktiverats för följande postlåda i
ert e-postarkiv:

  Postlåda:       privacy@shop.example.be
  Spärr:          LH-2026-017 "Tvist leverantör Q3"
  Omfattning:     all e-post från 2024-01-01, tills vidare
  Aktiverad av:   l.vermeulen@shop.example.be
  Aktiverad:      2026-10-29 16:48 CET

Så länge spärren är aktiv undantas meddelandena från arkivets
gallringsregler och kan inte raderas, varken av användare eller av
automatiska gallringsjobb. Raderingar som berör meddelanden under
spärren loggas och verkställs först när spärren hävs.

Det här meddelandet skickas automatiskt till de postlådor som
omfattas av spärren. Det går inte att svara på det.

Arkivo Nordic AB
https://admin.arkivo.se
'''),

    ('sv', 'mail-archive-saas-storage-90-percent', 'automated', (),
'''Return-Path: <noreply@arkivo.se>
Received: from smtp-out2.arkivo.se (smtp-out2.arkivo.se [194.14.188.62])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fsc7Q0m2Hz1Ye
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 06:00:31 +0100 (CET)
From: Arkivo <noreply@arkivo.se>
To: it-admin@shop.example.be, privacy@shop.example.be
Subject: =?UTF-8?Q?Arkivet_har_n=C3=A5tt_90_%_av_lagringsutrymmet?=
Date: Fri, 6 Nov 2026 06:00:29 +0100
Message-ID: <quota.shop-example-bv.20261106060029@arkivo.se>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
X-Arkivo-Tenant: shop-example-bv
X-Arkivo-Event: storage.threshold.90
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hej,

E-postarkivet för Shop Example BV har nått 90 % av det lagringsutrymme
som ingår i ert abonnemang.

  Använt:                      4,51 TB av 5,00 TB
  Ökning senaste 30 dagarna:   118 GB
  Beräknat fullt:              omkring 2026-12-20

Största postlådor:
  service@shop.example.be      1,84 TB
  privacy@shop.example.be      612 GB
  orders@shop.example.be       540 GB

När arkivet är fullt arkiveras ingen ny e-post. Befintliga
gallringsregler fortsätter att köras som vanligt, och meddelanden
under bevarandespärr påverkas inte.

Ni kan utöka utrymmet eller se över era gallringsregler i
administrationsportalen: https://admin.arkivo.se/lagring

Meddelandet skickas automatiskt till organisationens
kontaktadresser.
'''),

    ('sv', 'person-relative-replies-from-deceased-fathers-address', 'deletion', (),
'''Return-Path: <lennart.sjoberg@telia.com>
Received: from smtp-out21.telia.com (smtp-out21.telia.com [81.236.60.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FrJf21TnCz8Hq
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 11:26:18 +0100 (CET)
Received: from smtpclient.apple (c-5ec4a113-74736162.cust.telenor.se [94.196.161.19])
        by smtp-out21.telia.com (Postfix) with ESMTPSA id 4FrJf13kPTz3Wn
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 11:26:17 +0100 (CET)
From: =?UTF-8?Q?Lennart_Sj=C3=B6berg?= <lennart.sjoberg@telia.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131\\))
Subject: Re: Lennart, we haven't seen you in a while
Date: Sun, 1 Nov 2026 11:26:04 +0100
References: <camp.reactivation.2026-10-31.5530871@mail.shop.example.be>
To: privacy@shop.example.be
In-Reply-To: <camp.reactivation.2026-10-31.5530871@mail.shop.example.be>
Message-Id: <B71E4F0C-2D9A-4C63-8E15-9F0A7B3C6D48@telia.com>
X-Mailer: Apple Mail (2.3826.400.131)

Hej,

Jag skriver från min pappas e-postadress. Lennart Sjöberg gick bort i
mars i år och jag går nu igenom hans konton som dödsbodelägare. Jag
ser att ni fortfarande skickar erbjudanden till honom.

Kan ni vara snälla och avsluta hans kundkonto och ta bort hans
uppgifter? Om ni behöver dödsfallsintyg med släktutredning kan jag
skicka det.

Tack på förhand.
Karin Sjöberg (dotter)
070-318 44 92


> 31 okt. 2026 kl. 10:04 skrev Shop Example <news@mail.shop.example.be>:
>
> Hi Lennart,
>
> We haven't seen you in a while - and a lot has changed! Discover our
> new winter collection and enjoy free delivery on your next order.
>
> [ Discover now ]
>
> Unsubscribe | Privacy policy | Questions about your data:
> privacy@shop.example.be
'''),

    # ------------------------------------------------------------------ ro
    ('ro', 'gmail-vacation-responder-ro-qp', 'automated', (),
'''Return-Path: <ioana.petrescu@gmail.com>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with SMTPS id 4FqR2t5ZbLz6Gk
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 16:55:09 +0100 (CET)
Received: by mail-sor-f41.google.com (Google Transport Security);
        Tue, 27 Oct 2026 08:55:09 -0700 (PDT)
MIME-Version: 1.0
From: Ioana Petrescu <ioana.petrescu@gmail.com>
To: privacy@shop.example.be
Subject: Concediu
Date: Tue, 27 Oct 2026 17:55:08 +0200
Message-ID: <CAKu3n0V1sPq-vac8dR2yE7mJ4tB0xF6wLgH9oZ1cN5kA3iU2eQ@mail.gmail.com>
In-Reply-To: <prv-2026-04433.2.1793116501@shop.example.be>
References: <prv-2026-04433.2.1793116501@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000004c1e2b0640f1a7d9"

--0000000000004c1e2b0640f1a7d9
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

V=C4=83 mul=C8=9Bumesc pentru mesaj.
Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 9 noiembrie =C8=99i nu
=C3=AEmi verific e-mailul =C3=AEn aceast=C4=83 perioad=C4=83.
V=C4=83 voi r=C4=83spunde dup=C4=83 ce m=C4=83 =C3=AEntorc.

Cu stim=C4=83,
Ioana Petrescu

--0000000000004c1e2b0640f1a7d9
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Bun=C4=83 ziua,<br><br>V=C4=83 mul=C8=9Bumesc pentru mesaj=
.<br>Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 9 noiembrie =C8=99i nu =C3=AEm=
i verific e-mailul =C3=AEn aceast=C4=83 perioad=C4=83.<br>V=C4=83 voi r=C4=
=83spunde dup=C4=83 ce m=C4=83 =C3=AEntorc.<br><br>Cu stim=C4=83,<br>Ioana =
Petrescu</div>

--0000000000004c1e2b0640f1a7d9--
'''),

    ('ro', 'internal-job-inactive-accounts-deactivation-batch-ro', 'automated', (),
'''Return-Path: <jobs-noreply@ops.shop.example.be>
Received: from sched02.ops.shop.example.be (sched02.ops.shop.example.be [10.20.4.12])
        by relay.shop.example.be (Postfix) with ESMTP id 4Fr0Wb2LqYz5Xm
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 03:27:16 +0100 (CET)
Received: from relay.shop.example.be (relay.shop.example.be [10.10.0.24])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Fr0Wb4bRkz1Cw;
        Sun,  1 Nov 2026 03:27:16 +0100 (CET)
From: SE Jobs <jobs-noreply@ops.shop.example.be>
To: privacy@shop.example.be, crm-team@shop.example.be
Subject: [JOB OK] inactive-accounts-deactivation - lot 2026-11-01
Date: Sun, 01 Nov 2026 03:27:15 +0100
Message-ID: <job.inactive-accounts-deactivation.20261101-0300@sched02.ops.shop.example.be>
Auto-Submitted: auto-generated
Precedence: bulk
X-Job-Name: inactive-accounts-deactivation
X-Job-Status: SUCCESS
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Job:       inactive-accounts-deactivation (cron 0 3 1 * *)
Mediu:     producție (be-prod-eu1)
Pornit:    2026-11-01 03:00:00 CET
Terminat:  2026-11-01 03:27:14 CET
Rezultat:  SUCCES

Conturi evaluate (fără autentificare de peste 36 de luni):   9 214
  - excluse: autentificare după notificare                     412
  - excluse: comenzi/retururi deschise                          37
  - excluse: legal hold / dispută în curs                       11
  - excluse: cerere de restricționare activă                     4
Conturi dezactivate în acest lot:                            8 750

Notificări trimise pe 2026-10-01:                            9 214
  - respinse definitiv (hard bounce):                        1 093

Conturile dezactivate vor fi anonimizate automat după 90 de zile
(job inactive-accounts-anonymise, următoarea rulare 2026-12-01).

Log complet:
https://jobs.ops.shop.example.be/runs/inactive-accounts-deactivation/20261101-0300

Mesaj generat automat. Nu răspundeți - căsuța jobs-noreply nu este
monitorizată.
'''),

    ('ro', 'marketing-automation-we-miss-you-campaign-results-qp', 'automated', (),
'''Return-Path: <rapoarte@campanio.ro>
Received: from mta3.campanio.ro (mta3.campanio.ro [89.45.201.73])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fr1wK6rNzz2Lp
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 10:00:22 +0100 (CET)
From: Campanio Rapoarte <rapoarte@campanio.ro>
To: marketing@shop.example.be, privacy@shop.example.be
Subject: =?UTF-8?Q?Rezultate_campanie:_=C2=ABNe_e_dor_de_tine=C2=BB_=E2=80=93_react?=
 =?UTF-8?Q?ivare_T4_2026?=
Date: Fri, 30 Oct 2026 11:00:19 +0200
Message-ID: <report.RCT-2026-Q4-07.72h@campanio.ro>
Auto-Submitted: auto-generated
Precedence: bulk
List-Unsubscribe: <https://app.campanio.ro/setari/notificari>
X-Campanio-Report: campaign-72h
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Campania: Ne e dor de tine =E2=80=93 reactivare T4 2026
ID campanie: RCT-2026-Q4-07
Trimis=C4=83: 27.10.2026 10:00 (CET)
Raport generat la 72 de ore de la trimitere.

Destinatari (clien=C8=9Bi inactivi > 18 luni):   21 480
Livrate:                                    19 962
Respinse definitiv (hard bounce):            1 214
Respinse temporar (soft bounce):               304
Deschideri unice:                            3 871
Clicuri unice:                                 642
Dezabon=C4=83ri:                                    517
Pl=C3=A2ngeri spam:                                  23
Conturi reactivate (autentificare):            198
Comenzi cu codul COMEBACK15:                    71

Adresele cu hard bounce au fost marcate automat ca invalide
=C8=99i excluse din campaniile urm=C4=83toare.

Acest mesaj a fost generat automat de platforma Campanio.
Nu r=C4=83spunde=C8=9Bi la acest e-mail.
'''),

    ('ro', 'person-reply-above-deactivation-notice-voucher-only', 'other', (),
'''Return-Path: <andrei.munteanu84@yahoo.com>
Received: from sonic309-21.consmr.mail.ir2.yahoo.com (sonic309-21.consmr.mail.ir2.yahoo.com [77.238.179.86])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FrTb92wQhz4Vd
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 11:40:57 +0100 (CET)
Received: from sonic.gate.mail.ne1.yahoo.com by sonic309.consmr.mail.ir2.yahoo.com with HTTP; Mon, 2 Nov 2026 10:40:56 +0000
From: Andrei Munteanu <andrei.munteanu84@yahoo.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0 (1.0)
Subject: Re: Your Shop Example account will be deactivated on 30 November 2026
Date: Mon, 2 Nov 2026 12:40:44 +0200
Message-Id: <0C4A9E21-7B3F-4D58-A6E2-5F19B8C07D3A@yahoo.com>
References: <deact-2026-10.4473015@shop.example.be>
In-Reply-To: <deact-2026-10.4473015@shop.example.be>
To: Shop Example <privacy@shop.example.be>
X-Mailer: iPhone Mail (22B83)

Bună ziua,

M-am logat cum scrie mai jos, dar voucherul de 10 euro nu apare în cont, iar când introduc codul STAY10 în coș îmi zice că nu e valabil. Am folosit aceeași adresă de e-mail pe care am primit mesajul. Puteți să verificați, vă rog? Vreau să comand o pereche de ghete și am lăsat coșul deschis.

Mulțumesc,
Andrei Munteanu

Trimis de pe iPhone-ul meu

> Pe 30 oct. 2026, la 09:15, Shop Example <noreply@shop.example.be> a scris:
>
> Dear Andrei,
>
> You haven't logged in to your Shop Example account for more than three
> years. To avoid keeping your personal data longer than necessary, we
> will deactivate your account on 30 November 2026. Your order history
> will then only be kept as long as the law requires; your other data
> will be erased.
>
> Want to keep your account? Just log in before 30 November 2026 at
> shop.example.be/login. As a thank-you, you will find a EUR 10 voucher
> (code STAY10, valid until 31 December 2026) in your account.
>
> Questions about your data? Simply reply to this e-mail or write to
> privacy@shop.example.be.
>
> Shop Example BV - Privacy Team
'''),

    # ------------------------------------------------------------------ el
    ('el', 'exchange-ooo-el-out-of-office', 'automated', (),
'''Return-Path: <g.mavridis@aigaiologistics.gr>
Received: from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2131.outbound.protection.outlook.com [40.107.6.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FrQ8v0bKsz3Rt
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:11:37 +0100 (CET)
From: Mavridis Georgios <g.mavridis@aigaiologistics.gr>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?UTF-8?Q?=CE=91=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=B7_=CE=B1=CF=80?=
 =?UTF-8?Q?=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7:_Your_privacy_request_PRV-?=
 =?UTF-8?Q?2026-04461_-_we_need_a_little_more_time?=
Thread-Topic: Your privacy request PRV-2026-04461 - we need a little more time
Thread-Index: AQHbTB2n5pK0wQ7c3E1u9h6yX4aZ8g==
Date: Mon, 2 Nov 2026 08:11:35 +0000
Message-ID: <7d0e3a9f1c6b4e28b5a2f8c1d0e94b37@VI1PR03MB6610.eurprd03.prod.outlook.com>
In-Reply-To: <prv-2026-04461.2.1793606950@shop.example.be>
References: <prv-2026-04461.2.1793606950@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: g.mavridis@aigaiologistics.gr
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: el-GR
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Καλημέρα σας,

Θα βρίσκομαι εκτός γραφείου έως και την Πέμπτη 5 Νοεμβρίου, με
περιορισμένη πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Θα απαντήσω στο
μήνυμά σας μόλις επιστρέψω.

Για επείγοντα θέματα μπορείτε να επικοινωνήσετε με το λογιστήριο
στο 210 4182 300.

Με εκτίμηση,
Γιώργος Μαυρίδης
Aigaio Logistics Α.Ε.
'''),

    ('el', 'postfix-dsn-greek-isp-account-deactivated-rfc822', 'automated', (),
'''Return-Path: <>
Received: from mx-bounce.otenet.gr (mx-bounce.otenet.gr [83.235.69.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fs0r56YcWz9Kb
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:47:18 +0100 (CET)
Received: by mx-bounce.otenet.gr (Postfix)
        id 4Fs0r53hTNz2Qv; Tue,  3 Nov 2026 11:47:17 +0200 (EET)
Date: Tue,  3 Nov 2026 11:47:17 +0200 (EET)
From: MAILER-DAEMON@otenet.gr (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4Fs0r53hTNz2Qv.1793699237/mx-bounce.otenet.gr"
Content-Transfer-Encoding: 8bit
Message-Id: <20261103094717.4Fs0r53hTNz2Qv@mx-bounce.otenet.gr>

This is a MIME-encapsulated message.

--4Fs0r53hTNz2Qv.1793699237/mx-bounce.otenet.gr
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Αυτό είναι ένα αυτόματο μήνυμα από τον διακομιστή ηλεκτρονικού
ταχυδρομείου.

Δεν ήταν δυνατή η παράδοση του μηνύματός σας στον παρακάτω παραλήπτη:

<e.papadaki@otenet.gr>: ο λογαριασμός έχει απενεργοποιηθεί λόγω
    αδράνειας μεγαλύτερης των 12 μηνών και δεν δέχεται πλέον μηνύματα.

Το αρχικό μήνυμα επισυνάπτεται.

This is an automatic message from the mail server. Your message could
not be delivered: the account has been deactivated due to inactivity.

--4Fs0r53hTNz2Qv.1793699237/mx-bounce.otenet.gr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-bounce.otenet.gr
X-Postfix-Queue-ID: 4Fs0r53hTNz2Qv
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue,  3 Nov 2026 11:47:16 +0200 (EET)

Final-Recipient: rfc822; e.papadaki@otenet.gr
Original-Recipient: rfc822;e.papadaki@otenet.gr
Action: failed
Status: 5.2.1
Diagnostic-Code: x-unix; account disabled (inactive > 12 months)

--4Fs0r53hTNz2Qv.1793699237/mx-bounce.otenet.gr
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [195.130.142.21])
        by mx.otenet.gr (Postfix) with ESMTPS id 4Fs0r52DqLz2Qt
        for <e.papadaki@otenet.gr>; Tue,  3 Nov 2026 11:47:16 +0200 (EET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: e.papadaki@otenet.gr
Subject: Your privacy request PRV-2026-04398 - your copy of your data
Date: Tue, 3 Nov 2026 10:47:09 +0100
Message-ID: <prv-2026-04398.6.1793699229@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Ms Papadaki,

Your copy of the personal data we hold about you is ready. For your
security, you can download it for 14 days via the personal link we
sent you by SMS. Reference: PRV-2026-04398.

Kind regards,
Shop Example Privacy Team

--4Fs0r53hTNz2Qv.1793699237/mx-bounce.otenet.gr--
'''),

    ('el', 'managed-backup-restore-test-report-el', 'automated', (),
'''Return-Path: <backup-alerts@datacare.gr>
Received: from relay2.datacare.gr (relay2.datacare.gr [195.97.112.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FsLhT2cQ1z6Fv
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 02:02:48 +0100 (CET)
From: DataCare Backup Monitor <backup-alerts@datacare.gr>
To: it-admin@shop.example.be, privacy@shop.example.be
Subject: =?UTF-8?Q?[BKP-SHOP01]_=CE=94=CE=BF=CE=BA=CE=B9=CE=BC=CE=AE_=CE=B5=CF=80?=
 =?UTF-8?Q?=CE=B1=CE=BD=CE=B1=CF=86=CE=BF=CF=81=CE=AC=CF=82:_=CE=95=CF=80?=
 =?UTF-8?Q?=CE=B9=CF=84=CF=85=CF=87=CE=AF=CE=B1?=
Date: Wed, 04 Nov 2026 03:02:46 +0200
Message-ID: <surerestore.SHOP01-CRM-DB.20261104030246@datacare.gr>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
X-Backup-Job: SHOP01-CRM-DB-Daily
X-Backup-Result: Success
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Αναφορά δοκιμής επαναφοράς

Πελάτης:      Shop Example BV
Εργασία:      SHOP01-CRM-DB-Daily -> δοκιμαστική επαναφορά (SureRestore)
Αντίγραφο:    03/11/2026 23:00 (πλήρες, διατήρηση 35 ημέρες)
Έναρξη:       04/11/2026 02:15
Λήξη:         04/11/2026 03:02
Αποτέλεσμα:   ΕΠΙΤΥΧΙΑ

Έλεγχοι:
  [OK] Εκκίνηση εικονικού μηχανήματος σε απομονωμένο δίκτυο
  [OK] Σύνδεση στη βάση δεδομένων crm_prod
  [OK] Έλεγχος ακεραιότητας (DBCC CHECKDB) - 0 σφάλματα
  [OK] Διαγραφή του δοκιμαστικού αντιγράφου μετά τη δοκιμή

Παλαιότερο διαθέσιμο σημείο επαναφοράς: 30/09/2026 23:00
Σημεία επαναφοράς που διαγράφηκαν λόγω πολιτικής διατήρησης: 1

Αυτό το μήνυμα δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
DataCare Managed Services
'''),

    ('el', 'person-reply-deactivation-notice-new-surname-and-email', 'correction', (),
'''Return-Path: <e.papadopoulou@otenet.gr>
Received: from mailout.otenet.gr (mailout.otenet.gr [83.235.69.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FrDy70qWvz5Ns
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 21:30:12 +0100 (CET)
From: Eleni Papadopoulou <e.papadopoulou@otenet.gr>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0 (1.0)
Subject: Re: Your Shop Example account will be deactivated on 30 November 2026
Date: Sat, 31 Oct 2026 22:29:58 +0200
Message-Id: <9A3F60D2-1E47-4B8C-9D05-C62E7A1B43F8@otenet.gr>
References: <deact-2026-10.4472660@shop.example.be>
In-Reply-To: <deact-2026-10.4472660@shop.example.be>
To: Shop Example <privacy@shop.example.be>
X-Mailer: iPhone Mail (22B83)

Καλησπέρα σας,

Θα συνδεθώ για να μη μου κλείσει ο λογαριασμός, απλώς δεν έχω ψωνίσει κάτι τελευταία. Θα ήθελα όμως να διορθώσετε τα στοιχεία μου: από τον Σεπτέμβριο είμαι παντρεμένη και το επώνυμό μου είναι πλέον Νικολαΐδου (όχι Παπαδοπούλου). Επίσης αυτή η διεύθυνση email κλείνει στο τέλος του μήνα, οπότε βάλτε στον λογαριασμό τη νέα μου: eleni.nikolaidou@gmail.com

Ευχαριστώ,
Ελένη Νικολαΐδου

Στάλθηκε από το iPhone μου

> Στις 30 Οκτ 2026, στις 09:15, ο χρήστης Shop Example <noreply@shop.example.be> έγραψε:
>
> Dear Eleni,
>
> You haven't logged in to your Shop Example account for more than three
> years. To avoid keeping your personal data longer than necessary, we
> will deactivate your account on 30 November 2026. Your order history
> will then only be kept as long as the law requires; your other data
> will be erased.
>
> Want to keep your account? Just log in before 30 November 2026 at
> shop.example.be/login. As a thank-you, you will find a EUR 10 voucher
> (code STAY10, valid until 31 December 2026) in your account.
>
> Questions about your data? Simply reply to this e-mail or write to
> privacy@shop.example.be.
>
> Shop Example BV - Privacy Team
'''),

    # ------------------------------------------------------------------ bg
    ('bg', 'abv-dsn-mailbox-deactivated-inactivity', 'automated', (),
'''Return-Path: <>
Received: from mx.abv.bg (mx.abv.bg [194.153.145.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FsVt62hLbz3Px
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 08:02:41 +0100 (CET)
Date: Thu, 5 Nov 2026 09:02:40 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@abv.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=9D=D0=B5=D1=83=D1=81=D0=BF=D0=B5=D1=88=D0=BD=D0=B0_=D0=B4?=
 =?UTF-8?Q?=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=BA=D0=B0?= / Delivery failure
Message-ID: <dsn-1793862160-20417@mx.abv.bg>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="----=_abv_dsn_1793862160_20417"

------=_abv_dsn_1793862160_20417
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Това е автоматично съобщение от пощенския сървър на abv.bg.

Вашето съобщение не можа да бъде доставено до следния получател:

    dimitar.georgiev77@abv.bg

Причина: пощенската кутия е деактивирана, тъй като в нея не е влизано
повече от 6 месеца. Адресът не приема нови съобщения.

Моля, не отговаряйте на това съобщение.

--
This is an automatically generated message from the abv.bg mail server.
Delivery to the recipient above failed permanently: mailbox deactivated
due to inactivity.

------=_abv_dsn_1793862160_20417
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.abv.bg
Arrival-Date: Thu, 5 Nov 2026 09:02:39 +0200

Final-Recipient: rfc822; dimitar.georgiev77@abv.bg
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled (inactive)

------=_abv_dsn_1793862160_20417
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out2.shop.example.be (out2.shop.example.be [195.130.142.22])
        by mx.abv.bg with ESMTPS
        for <dimitar.georgiev77@abv.bg>; Thu, 5 Nov 2026 09:02:39 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: dimitar.georgiev77@abv.bg
Subject: Your privacy request PRV-2026-04476 - we need to verify your identity
Date: Thu, 5 Nov 2026 08:02:31 +0100
Message-ID: <prv-2026-04476.1.1793862151@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

------=_abv_dsn_1793862160_20417--
'''),

    ('bg', 'crm-data-quality-dedup-weekly-report-bg', 'automated', (),
'''Return-Path: <crm-dq@ops.shop.example.be>
Received: from crm-batch01.ops.shop.example.be (crm-batch01.ops.shop.example.be [10.20.6.31])
        by relay.shop.example.be (Postfix) with ESMTP id 4FrRk81vHdz6Tm
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 07:15:09 +0100 (CET)
Received: from relay.shop.example.be (relay.shop.example.be [10.10.0.24])
        by mx1.shop.example.be (Postfix) with ESMTP id 4FrRk83nWqz1Bs;
        Mon,  2 Nov 2026 07:15:10 +0100 (CET)
From: CRM Data Quality <crm-dq@ops.shop.example.be>
To: crm-team@shop.example.be, privacy@shop.example.be
Subject: =?UTF-8?Q?[CRM]_=D0=9E=D1=82=D1=87=D0=B5=D1=82_=D0=B7=D0=B0_?=
 =?UTF-8?Q?=D0=B4=D0=B5=D0=B4=D1=83=D0=BF=D0=BB=D0=B8=D0=BA=D0=B0=D1=86=D0=B8=D1=8F_?=
 =?UTF-8?Q?=E2=80=93_=D1=81=D0=B5=D0=B4=D0=BC=D0=B8=D1=86=D0=B0_44?=
Date: Mon, 02 Nov 2026 07:15:08 +0100
Message-ID: <dq-weekly.2026-44.1793600108@crm-batch01.ops.shop.example.be>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Седмичен отчет за качеството на данните - седмица 44 (26.10 - 01.11.2026)

Клиентски записи в CRM:                          1 402 118
Нови записи за седмицата:                            6 905

Дедупликация
  Открити двойки-кандидати:                          2 311
  Автоматично обединени (съвпадение >= 0,95):        1 864
  За ръчен преглед (0,80 - 0,95):                      402
  Отхвърлени:                                           45

Хигиена на адресите
  Невалидни имейли (hard bounce >= 2), маркирани:    1 127
  Пощенски адреси, коригирани по bpost/PostNL:         388
  Телефонни номера в невалиден формат:                 219

Записи с активна блокировка (ограничаване на обработването или
legal hold) не са обединявани и не са променяни: 17

Опашка за ръчен преглед:
https://crm.ops.shop.example.be/dq/review?week=2026-44

Автоматично съобщение. Моля, не отговаряйте.
'''),

    ('bg', 'person-forward-deactivation-notice-csv-then-delete', 'portability', ('deletion',),
'''Return-Path: <maria.stoyanova@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.80])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FrMcT5kXpz2Ga
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 15:44:27 +0100 (CET)
Received: from [192.168.1.104] (unknown [78.83.112.57])
        by smtp-out.abv.bg (Postfix) with ESMTPSA id 4FrMcT2wLnz1Hb
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 16:44:26 +0200 (EET)
Message-ID: <3f8a1c27-5d0e-4b92-a7c6-e01b9d4f6a53@abv.bg>
Date: Sun, 1 Nov 2026 16:44:25 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: bg
To: privacy@shop.example.be
From: =?UTF-8?Q?=D0=9C=D0=B0=D1=80=D0=B8=D1=8F_=D0=A1=D1=82=D0=BE=D1=8F=D0=BD?=
 =?UTF-8?Q?=D0=BE=D0=B2=D0=B0?= <maria.stoyanova@abv.bg>
Subject: Fwd: Your Shop Example account will be deactivated on 30 November
 2026
References: <deact-2026-10.4471877@shop.example.be>
In-Reply-To: <deact-2026-10.4471877@shop.example.be>
X-Forwarded-Message-Id: <deact-2026-10.4471877@shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Здравейте,

Получих писмото по-долу. Нямам нищо против профилът ми да бъде
изтрит, но преди това искам да ми изпратите всичките ми данни -
поръчки, адреси, точки от картата - във файл, който мога да отворя в
Excel (CSV или нещо подобно), за да си ги запазя. След като ги
получа, изтрийте профила.

Поздрави,
Мария Стоянова


-------- Препратено съобщение --------
Тема: 	Your Shop Example account will be deactivated on 30 November 2026
Дата: 	Fri, 30 Oct 2026 08:15:02 +0100
От: 	Shop Example <noreply@shop.example.be>
До: 	maria.stoyanova@abv.bg



Dear Maria,

You haven't logged in to your Shop Example account for more than three
years. To avoid keeping your personal data longer than necessary, we
will deactivate your account on 30 November 2026. Your order history
will then only be kept as long as the law requires; your other data
will be erased.

Want to keep your account? Just log in before 30 November 2026 at
shop.example.be/login. As a thank-you, you will find a EUR 10 voucher
(code STAY10, valid until 31 December 2026) in your account.

Questions about your data? Simply reply to this e-mail or write to
privacy@shop.example.be.

Shop Example BV - Privacy Team
'''),

    ('bg', 'person-quotes-mailbox-full-bounce-unanswered-access', 'complaint', ('access',),
'''Return-Path: <hristo.marinov@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.80])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fsd3L0tPwz7Kr
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 11:09:44 +0100 (CET)
Received: from nm.abv.bg (nm.abv.bg [194.153.145.99])
        by smtp-out.abv.bg (Postfix) with ESMTP id 4Fsd3K6mQbz1Dy
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 12:09:43 +0200 (EET)
Date: Fri, 6 Nov 2026 12:09:43 +0200 (EET)
From: =?UTF-8?Q?=D0=A5=D1=80=D0=B8=D1=81=D1=82=D0=BE_=D0=9C=D0=B0=D1=80=D0=B8?=
 =?UTF-8?Q?=D0=BD=D0=BE=D0=B2?= <hristo.marinov@abv.bg>
To: privacy@shop.example.be
Message-ID: <1210446931.88217.1793872183517@nm.abv.bg>
Subject: =?UTF-8?Q?=D0=98=D1=81=D0=BA=D0=B0=D0=BD=D0=B5_=D0=B7=D0=B0_=D0=B4=D0=BE?=
 =?UTF-8?Q?=D1=81=D1=82=D1=8A=D0=BF_=D0=B4=D0=BE_=D0=B4=D0=B0=D0=BD=D0=BD?=
 =?UTF-8?Q?=D0=B8_=E2=80=93_=D0=B2=D1=82=D0=BE=D1=80=D0=B8_=D0=BE=D0=BF?=
 =?UTF-8?Q?=D0=B8=D1=82?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: AbvMail 3.0

Здравейте,

На 28 септември ви изпратих искане за достъп до личните ми данни
(копие от всичко, което пазите за мен). Веднага получих обратно
съобщението по-долу. Опитах пак на 5 октомври - този път не се върна,
но до днес нямам никакъв отговор. Минаха повече от пет седмици, а
срокът по GDPR е един месец.

Моля ви отново: изпратете ми копие от данните ми и ми кажете на кого
сте ги предоставяли. Ако до края на ноември не получа отговор, ще
подам жалба до белгийския орган за защита на данните.

Христо Маринов
тел. 0888 214 577

----- Ето какво получих на 28.09 -----

This is the mail system at host smtp-out.abv.bg.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<privacy@shop.example.be>: host mx1.shop.example.be[195.130.142.10] said: 552
    5.2.2 <privacy@shop.example.be>: Recipient address rejected: Mailbox full
    (in reply to RCPT TO command)
'''),
]

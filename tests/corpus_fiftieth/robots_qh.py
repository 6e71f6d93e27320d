"""Fiftieth set, robot mail of customer-service systems and people replying above it (pl cs hr sv ro el bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'zendesk-courier-ticket-acknowledgement', 'automated', (),
'''Return-Path: <support+id4417203@kurierekspres.zendesk.com>
Received: from o7.ptr4417.mail.zendesk.com (o7.ptr4417.mail.zendesk.com [198.51.100.27])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2hTq6vZkz1xPm
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:14:37 +0100 (CET)
Date: Mon, 02 Nov 2026 09:14:33 +0000
From: =?UTF-8?Q?Kurier_Ekspres_=E2=80=93_Obs=C5=82uga_Klienta?= <support@kurierekspres.pl>
Reply-To: =?UTF-8?Q?Kurier_Ekspres_=E2=80=93_Obs=C5=82uga_Klienta?= <support+id4417203@kurierekspres.zendesk.com>
To: Shop Example Privacy <privacy@shop.example.be>
Message-ID: <K7QX2M9RLP_6543e1a9c2b7f_1a2b_sprut@zendesk.com>
In-Reply-To: <20261102085911.3F2A1C0D44@mx-out1.shop.example.be>
References: <20261102085911.3F2A1C0D44@mx-out1.shop.example.be>
Subject: [Kurier Ekspres] =?UTF-8?Q?Otrzymali=C5=9Bmy_Twoje_zg=C5=82oszenie?= #4417203
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6543e1a9c2d11_3f1a2b8c4d7e9";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 7f31c2a
X-Zendesk-Email-Id: 01HF3K7QX2M9RLPW5E8N6T4D1B
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All


----==_mimepart_6543e1a9c2d11_3f1a2b8c4d7e9
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: 8bit

##- Wpisz swoją odpowiedź powyżej tego wiersza -##

Dzień dobry,

dziękujemy za wiadomość. Twoje zgłoszenie zostało zarejestrowane pod
numerem #4417203 i przekazane do zespołu, który się nim zajmie.
Odpowiadamy zwykle w ciągu 2 dni roboczych.

Jeśli chcesz coś dodać, po prostu odpowiedz na tę wiadomość. Prosimy nie
zmieniać tematu – dzięki temu odpowiedź trafi do tego samego zgłoszenia.

Temat: Zapytanie dotyczące przesyłki KE2610298814PL (wniosek RODO klienta)
Priorytet: normalny

Pozdrawiamy
Zespół Obsługi Klienta Kurier Ekspres

Ta wiadomość została wysłana automatycznie.
[K7QX2M-9RLP]

----==_mimepart_6543e1a9c2d11_3f1a2b8c4d7e9
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="color:#b5b5b5">##- Wpisz swoją odpowiedź powyżej tego wiersza -##</div>
<p>Dzień dobry,</p>
<p>dziękujemy za wiadomość. Twoje zgłoszenie zostało zarejestrowane pod numerem <b>#4417203</b>
i przekazane do zespołu, który się nim zajmie. Odpowiadamy zwykle w ciągu 2 dni roboczych.</p>
<p>Jeśli chcesz coś dodać, po prostu odpowiedz na tę wiadomość. Prosimy nie zmieniać tematu &ndash;
dzięki temu odpowiedź trafi do tego samego zgłoszenia.</p>
<p>Temat: Zapytanie dotyczące przesyłki KE2610298814PL (wniosek RODO klienta)<br>Priorytet: normalny</p>
<p>Pozdrawiamy<br>Zespół Obsługi Klienta Kurier Ekspres</p>
<p style="color:#999;font-size:11px">Ta wiadomość została wysłana automatycznie.</p>
<span style="color:#FFFFFF" aria-hidden="true">[K7QX2M-9RLP]</span>
</body></html>

----==_mimepart_6543e1a9c2d11_3f1a2b8c4d7e9--
'''),

    ('pl', 'freshdesk-supplier-satisfaction-survey', 'automated', (),
'''Return-Path: <bounces+3318702-7c1d-privacy=shop.example.be@emailus.freshdesk.com>
Received: from wrqvtzvf.outbound-mail.sendgrid.net (wrqvtzvf.outbound-mail.sendgrid.net [149.72.154.232])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2nBk0Qf7z2wLs
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 15:47:02 +0100 (CET)
From: Wsparcie MailPilot <wsparcie@mailpilot.freshdesk.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Jak_oceniasz_nasz=C4=85_pomoc=3F?= [#88214]
Date: Mon, 02 Nov 2026 14:46:58 +0000
Message-ID: <survey.88214.1793630818@mailpilot.freshdesk.com>
References: <ticket.88214@mailpilot.freshdesk.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="fd-boundary-0a77c3e1b2"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-FD-Email-Type: satisfaction_survey

--fd-boundary-0a77c3e1b2
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dzień dobry,

Twoje zgłoszenie #88214 „Eksport listy wypisanych adresów (suppression
list)” zostało zamknięte. Będziemy wdzięczni, jeśli poświęcisz chwilę
i ocenisz, jak sobie poradziliśmy.

Jak oceniasz obsługę w tej sprawie?

  Bardzo dobrze:  https://mailpilot.freshdesk.com/support/surveys/8c1e7d2f/103
  Neutralnie:     https://mailpilot.freshdesk.com/support/surveys/8c1e7d2f/102
  Słabo:          https://mailpilot.freshdesk.com/support/surveys/8c1e7d2f/101

Twoja opinia pomaga nam ulepszać wsparcie.

Zespół MailPilot

--fd-boundary-0a77c3e1b2
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<div style="font-family:Helvetica,Arial,sans-serif">
<p>Dzień dobry,</p>
<p>Twoje zgłoszenie #88214 &bdquo;Eksport listy wypisanych adresów (suppression list)&rdquo; zostało zamknięte.
Będziemy wdzięczni, jeśli poświęcisz chwilę i ocenisz, jak sobie poradziliśmy.</p>
<p><b>Jak oceniasz obsługę w tej sprawie?</b></p>
<p><a href="https://mailpilot.freshdesk.com/support/surveys/8c1e7d2f/103">&#128578; Bardzo dobrze</a> &nbsp;
<a href="https://mailpilot.freshdesk.com/support/surveys/8c1e7d2f/102">&#128528; Neutralnie</a> &nbsp;
<a href="https://mailpilot.freshdesk.com/support/surveys/8c1e7d2f/101">&#128577; Słabo</a></p>
<p>Twoja opinia pomaga nam ulepszać wsparcie.</p>
<p>Zespół MailPilot</p>
</div>

--fd-boundary-0a77c3e1b2--
'''),

    ('pl', 'exchange-out-of-office-loyalty-partner-dpo', 'automated', (),
'''Return-Path: <t.kowalczyk@partnerpunkty.pl>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2118.outbound.protection.outlook.com [40.107.21.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3Zr55sCkz3nQw
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 08:03:51 +0100 (CET)
From: Tomasz Kowalczyk <t.kowalczyk@partnerpunkty.pl>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatyczna_odpowied=C5=BA:_Wniosek_o_informacje_-_sprawa_PRV?=
 =?utf-8?Q?-2026-1187?=
Thread-Topic: Wniosek o informacje - sprawa PRV-2026-1187
Thread-Index: AQHbT2kx8vLq3mN0Rk2pY9wZqV1c7Q==
Date: Tue, 3 Nov 2026 07:03:48 +0000
Message-ID: <VI1PR04MB5218B7E1C3D99A0F4C2E11A8D94A2@VI1PR04MB5218.eurprd04.prod.outlook.com>
In-Reply-To: <20261103070217.8C4B2A1F77@mx-out1.shop.example.be>
References: <20261103070217.8C4B2A1F77@mx-out1.shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: t.kowalczyk@partnerpunkty.pl
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Dzie=C5=84 dobry,

dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Jestem poza biurem do 13 listopada=
 2026 r. i nie mam dost=C4=99pu do poczty.

W sprawach pilnych prosz=C4=99 o kontakt z Mart=C4=85 Wi=C5=9Bniewsk=C4=85:
marta.wisniewska@partnerpunkty.pl, tel. +48 22 431 18 07.

Z powa=C5=BCaniem
Tomasz Kowalczyk
Inspektor Ochrony Danych
Partner Punkty Sp. z o.o.
'''),

    ('pl', 'review-platform-new-review-notification', 'automated', (),
'''Return-Path: <bounce-5518204@powiadomienia.zaufaneopinie.pl>
Received: from mta3.zaufaneopinie.pl (mta3.zaufaneopinie.pl [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3rQ02HnTz4pWd
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 19:22:40 +0100 (CET)
From: Zaufane Opinie <powiadomienia@zaufaneopinie.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nowa_opinia_o_sklepie_Shop_Example_=E2=98=85=E2=98=85=E2=98=85=E2=98=85=E2=98=85?=
Date: Tue, 03 Nov 2026 19:22:37 +0100
Message-ID: <notif-5518204.1793730157@zaufaneopinie.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Precedence: bulk
Auto-Submitted: auto-generated
List-Unsubscribe: <https://panel.zaufaneopinie.pl/ustawienia/powiadomienia?u=c81e2a>
X-Mailer: ZO-Notifier 3.2

Cześć,

w Twoim sklepie pojawiła się nowa opinia.

Ocena: 5/5
Autor: Agnieszka K. (zakup potwierdzony)
Data: 3 listopada 2026

„Zamówienie przyszło na drugi dzień, wszystko dobrze zapakowane.
Kurtka zgodna z opisem, rozmiar też. Polecam.”

Odpowiedz na opinię w panelu:
https://panel.zaufaneopinie.pl/opinie/5518204

Nie chcesz dostawać takich powiadomień? Zmień ustawienia:
https://panel.zaufaneopinie.pl/ustawienia/powiadomienia

--
Zaufane Opinie sp. z o.o., ul. Grabiszyńska 241, 53-234 Wrocław
'''),

    ('pl', 'person-reply-above-ticket-solved-not-deleted', 'complaint', ('deletion',),
'''Return-Path: <kasia.zielinska87@gmail.com>
Received: from mail-wm1-f53.google.com (mail-wm1-f53.google.com [209.85.128.53])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3xV96hJ2z5rTb
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 21:48:12 +0100 (CET)
Message-ID: <7e1c0b4a-2f93-4d1e-9a55-c3f0e8b21d74@gmail.com>
Date: Tue, 3 Nov 2026 21:48:05 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: [Shop Example] =?UTF-8?Q?Zg=C5=82oszenie_#58213_zosta=C5=82o_rozwi=C4=85zane?=
Content-Language: pl
To: Shop Example <privacy@shop.example.be>
References: <ticket-58213-solved@helpdesk.shop.example.be>
From: =?UTF-8?Q?Katarzyna_Zieli=C5=84ska?= <kasia.zielinska87@gmail.com>
In-Reply-To: <ticket-58213-solved@helpdesk.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Nie, nic nie zostało rozwiązane.

To już trzecia wiadomość w tej sprawie. 12 października poprosiłam
o usunięcie mojego konta i wszystkich moich danych. Dostałam automat
z numerem zgłoszenia, potem cisza, a teraz informacja, że sprawa jest
„rozwiązana”. Konto dalej działa, mogę się normalnie zalogować,
a w sobotę przyszedł do mnie kolejny newsletter.

Proszę wreszcie usunąć konto i dane i potwierdzić mi to mailowo. Jeśli
do końca przyszłego tygodnia nie dostanę odpowiedzi, składam skargę do
belgijskiego urzędu ochrony danych.

Katarzyna Zielińska

W dniu 2.11.2026 o 16:05, Shop Example - Obsługa Klienta pisze:
> ##- Wpisz swoją odpowiedź powyżej tego wiersza -##
>
> Twoje zgłoszenie #58213 zostało oznaczone jako rozwiązane.
>
> Jeżeli uważasz, że sprawa nie została załatwiona, po prostu odpowiedz
> na tę wiadomość, a zgłoszenie zostanie ponownie otwarte.
>
> Dziękujemy,
> Zespół Shop Example
>
> [9DXR4K-L21M]
'''),

    ('cs', 'exchange-online-ndr-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2101.outbound.protection.outlook.com [40.107.105.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4Bv71m2Qz2yKc
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 10:12:09 +0100 (CET)
From: Microsoft Outlook <postmaster@dopravaplus.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Wed, 4 Nov 2026 09:12:07 +0000
Subject: =?utf-8?Q?Nedoru=C4=8Diteln=C3=A9:_=C5=BD=C3=A1dost_o_v=C3=BDmaz_?=
 =?utf-8?Q?=C3=BAdaj=C5=AF_z=C3=A1kazn=C3=ADka_-_objedn=C3=A1vka_7713402?=
Message-ID: <4e8d1a7c-92b0-4f3e-b1c6-0d5a7e2f9c31@AM9PR07MB7091.eurprd07.prod.outlook.com>
In-Reply-To: <20261104091158.2B7D3E0A19@mx-out1.shop.example.be>
References: <20261104091158.2B7D3E0A19@mx-out1.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b0b2e5c4-7a1f-4c3d-8e6b-5f9a2d1c0e47"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: cs-CZ
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--b0b2e5c4-7a1f-4c3d-8e6b-5f9a2d1c0e47
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Doručení následujícím příjemcům nebo skupinám se nezdařilo:

jana.dvorakova@dopravaplus.cz
Zadanou e-mailovou adresu se nepodařilo najít. Zkontrolujte e-mailovou
adresu příjemce a zkuste zprávu odeslat znovu. Pokud problém přetrvává,
obraťte se na helpdesk.

Diagnostické informace pro správce:

Generující server: AM9PR07MB7091.eurprd07.prod.outlook.com

jana.dvorakova@dopravaplus.cz
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--b0b2e5c4-7a1f-4c3d-8e6b-5f9a2d1c0e47
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR07MB7091.eurprd07.prod.outlook.com
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Wed, 4 Nov 2026 09:12:01 +0000

Final-Recipient: rfc822;jana.dvorakova@dopravaplus.cz
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--b0b2e5c4-7a1f-4c3d-8e6b-5f9a2d1c0e47
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: Shop Example Privacy <privacy@shop.example.be>
To: Jana Dvorakova <jana.dvorakova@dopravaplus.cz>
Subject: =?utf-8?Q?=C5=BD=C3=A1dost_o_v=C3=BDmaz_=C3=BAdaj=C5=AF_z=C3=A1kazn=C3=ADka_-_?=
 =?utf-8?Q?objedn=C3=A1vka_7713402?=
Date: Wed, 4 Nov 2026 10:11:58 +0100
Message-ID: <20261104091158.2B7D3E0A19@mx-out1.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--b0b2e5c4-7a1f-4c3d-8e6b-5f9a2d1c0e47--
'''),

    ('cs', 'contact-centre-call-recording-export-ready', 'automated', (),
'''Return-Path: <noreply@callio.cz>
Received: from out2.callio.cz (out2.callio.cz [198.51.100.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4Lc83yWxz3kRp
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:20:44 +0100 (CET)
From: =?UTF-8?Q?Callio_=E2=80=93_kontaktn=C3=AD_centrum?= <noreply@callio.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Export_nahr=C3=A1vek_je_p=C5=99ipraven_ke_sta=C5=BEen=C3=AD?=
Date: Thu, 05 Nov 2026 11:20:41 +0100
Message-ID: <export.EXP-20261105-0042@app.callio.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Callio-Event: recording_export.completed

Dobrý den,

export nahrávek, o který jste požádali, je připraven.

Číslo exportu:    EXP-20261105-0042
Zadal(a):         privacy@shop.example.be
Filtr:            telefonní číslo +420 603 118 472, období 1. 9. 2026 – 31. 10. 2026
Počet nahrávek:   3 (celková délka 00:21:37)
Velikost archivu: 14,2 MB (ZIP, šifrováno)

Stáhnout: https://app.callio.cz/exports/EXP-20261105-0042

Odkaz je platný 72 hodin (do 8. 11. 2026 11:20). Heslo k archivu
najdete v aplikaci v sekci Exporty.

Tento e-mail byl odeslán automaticky, neodpovídejte na něj.
Callio s.r.o. | podpora@callio.cz | +420 228 881 300
'''),

    ('cs', 'review-platform-new-shop-review', 'automated', (),
'''Return-Path: <bounce+2291847@mail.recenzer.cz>
Received: from mail.recenzer.cz (mail.recenzer.cz [203.0.113.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4Rk11pGvz6tNm
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 16:05:18 +0100 (CET)
From: Recenzer.cz <notifikace@recenzer.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nov=C3=A1_recenze_obchodu_Shop_Example_(4/5)?=
Date: Thu, 05 Nov 2026 16:05:15 +0100
Message-ID: <recenze-2291847-notif@recenzer.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Precedence: bulk
Auto-Submitted: auto-generated
List-Unsubscribe: <https://admin.recenzer.cz/nastaveni/odhlasit?k=5d0b9e>, <mailto:odhlaseni@recenzer.cz>

Dobrý den,

zákazník ohodnotil váš obchod na Recenzer.cz.

Celkové hodnocení:  4 z 5
Rychlost dodání:    5/5
Komunikace:         3/5
Autor:              Petr N., Olomouc (ověřený nákup)

Klady: rychlé dodání, dobrá cena
Zápory: na e-mail ohledně faktury odpověděli až po týdnu

Na recenzi můžete veřejně odpovědět v administraci:
https://admin.recenzer.cz/recenze/2291847

Tento e-mail vám posíláme, protože je vaše adresa uvedena jako kontakt
obchodu. Nastavení upozornění: https://admin.recenzer.cz/nastaveni
'''),

    ('cs', 'person-reply-to-call-survey-wants-recording-and-notes', 'access', (),
'''Return-Path: <lucie.horakova@seznam.cz>
Received: from mxf2.seznam.cz (mxf2.seznam.cz [77.75.76.122])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4Wq46dVbz7xHs
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 20:31:57 +0100 (CET)
From: =?utf-8?Q?Lucie_Hor=C3=A1kov=C3=A1?= <lucie.horakova@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Re:_Jak_jste_byli_spokojeni_s_na=C5=A1=C3=ADm_hovorem=3F?=
Date: Thu, 05 Nov 2026 20:31:52 +0100 (CET)
Message-Id: <6Ab.KfR2.1xqP7sW{Ea4.1hNq0z@seznam.cz>
References: <csat-call-771250@shop.example.be>
In-Reply-To: <csat-call-771250@shop.example.be>
Mime-Version: 1.0 (Seznam.cz)
X-Mailer: Email.cz
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

hodnotit nebudu, ale mám jinou prosbu. Paní na lince mi na začátku
řekla, že se hovor nahrává, a během hovoru si něco zapisovala k mému
účtu. Chtěla bych vědět, co přesně jste si o mně zaznamenali –
poznámky k zákaznickému účtu a pokud možno i tu nahrávku hovoru
z 29. října. A jak dlouho to u sebe necháváte.

Zákaznické číslo: 4410 2287 91

Děkuji
Lucie Horáková

---------- Původní e-mail ----------
Od: Shop Example <noreply@shop.example.be>
Komu: lucie.horakova@seznam.cz
Datum: 30. 10. 2026 9:02:14
Předmět: Jak jste byli spokojeni s naším hovorem?

Dobrý den,

děkujeme, že jste nám zavolali. Jak jste byli spokojeni s vyřízením
hovoru?

  1 – 2 – 3 – 4 – 5
  (klikněte na hodnocení)

Tato zpráva byla odeslána automaticky, prosím neodpovídejte na ni.
Dotazy k osobním údajům: privacy@shop.example.be
'''),

    ('hr', 'cloud-pbx-missed-call-notice', 'automated', (),
'''Return-Path: <obavijesti@voxtel.hr>
Received: from smtp2.voxtel.hr (smtp2.voxtel.hr [192.0.2.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4TgY0cJmz8qFa
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:26:51 +0100 (CET)
From: VoxTel Cloud PBX <obavijesti@voxtel.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Propu=C5=A1teni_poziv_od_+385_98_765_4321?=
Date: Thu, 5 Nov 2026 14:26:49 +0100
Message-ID: <missed.6627193.1793885209@pbx.voxtel.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-PBX-Event: missed_call

Propušteni poziv

Pozivatelj:      +385 98 765 4321
Naziv:           nepoznato
Pozvani broj:    +385 1 5550 412 (Zaštita podataka – HR)
Red čekanja:     Privatnost
Vrijeme:         četvrtak, 5. studenoga 2026. u 14:26
Čekanje u redu:  01:48 (poziv prekinut prije javljanja)

Pozivatelj nije ostavio glasovnu poruku.

Povijest poziva: https://portal.voxtel.hr/pozivi/6627193

Ovo je automatska obavijest sustava VoxTel Cloud PBX. Molimo ne
odgovarajte na ovu poruku.
'''),

    ('hr', 'exchange-vacation-reply-logistics-partner', 'automated', (),
'''Return-Path: <ivana.maric@logistika-adria.hr>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2109.outbound.protection.outlook.com [40.107.249.109])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4Yt72QwLz9vKc
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 09:41:33 +0100 (CET)
From: =?utf-8?Q?Ivana_Mari=C4=87?= <ivana.maric@logistika-adria.hr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatski_odgovor:_Upit_o_obradi_podataka_-_narud=C5=BEba_55120938?=
Thread-Topic: Upit o obradi podataka - narudzba 55120938
Thread-Index: AQHbUL3n9qTr0wIyQk6mZ1eHc2vA4g==
Date: Fri, 6 Nov 2026 08:41:30 +0000
Message-ID: <DB9PR03MB7365E2A0B1F47C9D8E5A3B66C2872@DB9PR03MB7365.eurprd03.prod.outlook.com>
In-Reply-To: <20261106084102.5E91C2B3A0@mx-out1.shop.example.be>
References: <20261106084102.5E91C2B3A0@mx-out1.shop.example.be>
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: ivana.maric@logistika-adria.hr
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Poštovani,

na godišnjem sam odmoru do 9. studenoga 2026. i neću čitati e-poštu.
Vaša poruka neće biti proslijeđena.

Za hitna pitanja u vezi s narudžbama i dostavom obratite se na
podrska@logistika-adria.hr ili na broj +385 1 6400 220.

Lijep pozdrav,
Ivana Marić
Voditeljica korisničke podrške
Logistika Adria d.o.o.
'''),

    ('hr', 'freshdesk-ticket-merged-notice', 'automated', (),
'''Return-Path: <bounces+5521934-aa01-privacy=shop.example.be@emailus.freshdesk.com>
Received: from xvfrhmtb.outbound-mail.sendgrid.net (xvfrhmtb.outbound-mail.sendgrid.net [149.72.120.130])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4bN37kXpz1sWr
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 12:09:05 +0100 (CET)
From: =?UTF-8?Q?Podr=C5=A1ka_PlatiNet?= <podrska@platinet.freshdesk.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Va=C5=A1_zahtjev_#20417_spojen_je_sa_zahtjevom_#20388?=
Date: Fri, 06 Nov 2026 11:09:01 +0000
Message-ID: <merge.20417.20388.1793876941@platinet.freshdesk.com>
In-Reply-To: <ticket.20417@platinet.freshdesk.com>
References: <ticket.20417@platinet.freshdesk.com> <ticket.20388@platinet.freshdesk.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Poštovani,

vaš zahtjev #20417 „Zahtjev za brisanje podataka kupca – transakcija
8841-20261027” spojen je sa zahtjevom #20388 jer se odnose na isti
predmet. Daljnja komunikacija odvijat će se isključivo u zahtjevu
#20388.

Ako želite dodati informacije, odgovorite na ovu poruku ili posjetite
portal za podršku:
https://platinet.freshdesk.com/support/tickets/20388

Srdačan pozdrav,
Tim podrške PlatiNet

Ovo je automatski generirana poruka.
'''),

    ('hr', 'person-forwards-review-invitation-asks-source', 'access', (),
'''Return-Path: <marko.babic@gmail.com>
Received: from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4dF60nHrz2tLq
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 13:52:18 +0100 (CET)
MIME-Version: 1.0
From: =?UTF-8?Q?Marko_Babi=C4=87?= <marko.babic@gmail.com>
Date: Fri, 6 Nov 2026 13:52:04 +0100
Message-ID: <CAH7pQ2xN9v8kLz3RmT5wq0YbE1fUj6sDg4hPc2oKa8Vn3xZ_Qw@mail.gmail.com>
Subject: =?UTF-8?Q?Fwd:_Kako_biste_ocijenili_kupnju_u_Shop_Example=3F?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Poštovani,

jučer sam dobio ovu poruku od tvrtke TrustRecenzije u kojoj me mole da
ocijenim kupnju kod vas. S tom tvrtkom nikad nisam imao nikakve veze niti
sam im dao svoju adresu e-pošte. Jeste li im vi proslijedili moje podatke?
Molim vas da mi napišete koje su moje podatke točno dobili (samo e-mail
ili i ime, narudžbu, adresu?) i kojim ste još vanjskim tvrtkama dali moje
podatke.

Hvala,
Marko Babić

---------- Proslijeđena poruka ---------
Od: TrustRecenzije <pozivnice@trustrecenzije.com>
Date: čet, 5. stu 2026. u 18:40
Subject: Kako biste ocijenili kupnju u Shop Example?
To: <marko.babic@gmail.com>


Pozdrav Marko,

nedavno ste kupovali u trgovini Shop Example (narudžba 60218844). Kako
ste bili zadovoljni? Vaša recenzija pomaže drugim kupcima.

[ Napišite recenziju ]
https://www.trustrecenzije.com/evaluate/shop.example.be?t=9c2f1d

Ovu poruku šaljemo u ime trgovine Shop Example. Ako ne želite primati
pozivnice, odjavite se ovdje:
https://www.trustrecenzije.com/unsubscribe?t=9c2f1d
'''),

    ('sv', 'own-helpdesk-sla-first-response-breach', 'automated', (),
'''Return-Path: <helpdesk-noreply@shop.example.be>
Received: from app3.helpdesk.shop.example.be (app3.helpdesk.shop.example.be [10.20.4.13])
        by mx1.shop.example.be (Postfix) with ESMTP id 4R4hZ95yTqz3wNs
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 08:41:07 +0100 (CET)
From: Shop Example Helpdesk <helpdesk-noreply@shop.example.be>
To: Integritet / Dataskydd <privacy@shop.example.be>
Subject: =?UTF-8?Q?SLA-varning:_=C3=84rende_#61904_har_passerat_f=C3=B6rsta_svarstiden?=
Date: Thu, 05 Nov 2026 08:41:05 +0100
Message-ID: <sla.61904.first_reply.1793864465@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Helpdesk-Event: sla_breach
X-Helpdesk-Ticket: 61904

Hej Integritetsteamet,

=C3=84rendet nedan har passerat SLA-m=C3=A5let f=C3=B6r f=C3=B6rsta svar.

=C3=84rende:          #61904 =E2=80=93 "Beg=C3=A4ran om registerutdrag"
Best=C3=A4llare:      Johan Ek (johan.ek@telia.example.se)
Grupp:           Integritet / Dataskydd
Tilldelad:       (ingen)
Prioritet:       Normal
Skapat:          2 nov 2026 08:41
SLA-m=C3=A5l f=C3=B6rsta svar: 72 timmar (passerat 5 nov 2026 08:41)

=C3=96ppna =C3=A4rendet: https://helpdesk.shop.example.be/tickets/61904

Detta =C3=A4r ett automatiskt meddelande fr=C3=A5n Shop Example Helpdesk.=
 Svara inte p=C3=A5 det h=C3=A4r mejlet.
'''),

    ('sv', 'vendor-support-chat-transcript', 'automated', (),
'''Return-Path: <no-reply@chatt.kundregistret.se>
Received: from mailout1.kundregistret.se (mailout1.kundregistret.se [203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4lW22pMfz4yTd
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:09:14 +0100 (CET)
From: Kundregistret Support <no-reply@chatt.kundregistret.se>
To: privacy@shop.example.be
Subject: Utskrift av din chatt med Kundregistret Support
Date: Fri, 06 Nov 2026 10:09:11 +0100
Message-ID: <transcript.CH-448172@chatt.kundregistret.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Hej!

Tack för att du chattade med oss. Här är en kopia av konversationen.

Datum: 6 november 2026
Chatt-ID: CH-448172

[10:02] Besökare (privacy@shop.example.be): Hej, hur exporterar vi ändringsloggen för en enskild kund? Vi behöver den till ett ärende.
[10:03] Sara (Kundregistret Support): Hej! Det gör du under Inställningar > Granskningslogg. Filtrera på kund-ID och välj Exportera > CSV.
[10:05] Besökare (privacy@shop.example.be): Hittade det, tack. Går det att få med ändrade fält med gamla värden också?
[10:06] Sara (Kundregistret Support): Ja, bocka i "Visa historiska värden" innan du exporterar.
[10:07] Besökare (privacy@shop.example.be): Perfekt, tack!
[10:07] Sara (Kundregistret Support): Varsågod, ha en bra dag!

Hur var chatten? Betygsätt den här: https://chatt.kundregistret.se/betyg/CH-448172

Det här meddelandet skickades automatiskt. Svar på det här mejlet läses inte.
Kundregistret AB, Box 1128, 111 81 Stockholm
'''),

    ('sv', 'outlook-read-receipt-mdn', 'automated', (),
'''Return-Path: <karin.lindqvist@nordfrakt.se>
Received: from mail.nordfrakt.se (mail.nordfrakt.se [198.51.100.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4q8C3vNhz5zKp
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:37:52 +0100 (CET)
From: Karin Lindqvist <karin.lindqvist@nordfrakt.se>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?L=C3=A4st:_Beg=C3=A4ran_om_uppgifter_=E2=80=93_=C3=A4rende_PRV-2026-1203?=
Thread-Topic: =?utf-8?Q?Beg=C3=A4ran_om_uppgifter_=E2=80=93_=C3=A4rende_PRV-2026-1203?=
Thread-Index: AQHbUA3x7mNqZk1VSUe2c9LpY0aW8Q==
Date: Thu, 5 Nov 2026 13:37:48 +0000
Message-ID: <7c2f9d11a4b84e0c9b63f5e1d2a7c088@NF-EXCH02.nordfrakt.local>
References: <20261105130211.A17C4F2E05@mx-out1.shop.example.be>
In-Reply-To: <20261105130211.A17C4F2E05@mx-out1.shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_004_7c2f9d11a4b84e0c9b63f5e1d2a7c088NFEXCH02nordfraktlocal_"

--_004_7c2f9d11a4b84e0c9b63f5e1d2a7c088NFEXCH02nordfraktlocal_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ditt meddelande

  Till: Karin Lindqvist
  =C3=84mne: Beg=C3=A4ran om uppgifter =E2=80=93 =C3=A4rende PRV-2026-1203
  Skickat: den 5 november 2026 14:02:11 (UTC+01:00) Amsterdam, Berlin, Ber=
n, Rom, Stockholm, Wien

l=C3=A4stes den 5 november 2026 14:37:48 (UTC+01:00) Amsterdam, Berlin, B=
ern, Rom, Stockholm, Wien.

--_004_7c2f9d11a4b84e0c9b63f5e1d2a7c088NFEXCH02nordfraktlocal_
Content-Type: message/disposition-notification

Reporting-UA: NF-EXCH02.nordfrakt.local; Microsoft Exchange Server 2019
Final-Recipient: rfc822;karin.lindqvist@nordfrakt.se
Original-Message-ID: <20261105130211.A17C4F2E05@mx-out1.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_004_7c2f9d11a4b84e0c9b63f5e1d2a7c088NFEXCH02nordfraktlocal_--
'''),

    ('sv', 'challenge-response-antispam-verify', 'automated', (),
'''Return-Path: <>
Received: from cr1.spamstopp.se (cr1.spamstopp.se [192.0.2.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5Dm01gBxz6qWt
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 11:15:40 +0100 (CET)
From: SpamStopp <bekrafta@spamstopp.se>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Bekr=C3=A4fta_att_ditt_meddelande_ska_levereras?=
Date: Mon, 9 Nov 2026 11:15:38 +0100
Message-ID: <cr-7Hq2XbN4pW@spamstopp.se>
In-Reply-To: <20261109101512.6D0E3B9C21@mx-out1.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
Precedence: junk
X-Autoreply: yes
X-SpamStopp-Challenge: 7Hq2XbN4pW

Hej!

Du har skickat ett e-postmeddelande till anders.holm@holmsbyra.se.
Mottagaren använder SpamStopp för att skydda sig mot skräppost, och
eftersom din adress inte finns på listan över godkända avsändare har
meddelandet hållits kvar.

  Ämne:    Ang. kunduppgifter – ärende PRV-2026-1211
  Skickat: 9 nov 2026 11:15

Klicka på länken nedan för att bekräfta att du är en människa. Du
behöver bara göra detta en gång.

https://verify.spamstopp.se/c/7Hq2XbN4pW

Om du inte bekräftar inom 7 dagar raderas meddelandet automatiskt.

Med vänliga hälsningar
SpamStopp
'''),

    ('sv', 'person-thanks-above-privacy-chat-transcript', 'other', (),
'''Return-Path: <elin.bergstrom@hotmail.com>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2077.outbound.protection.outlook.com [40.92.91.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4sC85kWmz7rLb
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 18:12:26 +0100 (CET)
From: =?utf-8?Q?Elin_Bergstr=C3=B6m?= <elin.bergstrom@hotmail.com>
To: Shop Example <privacy@shop.example.be>
Subject: SV: Utskrift av din chatt med Shop Example
Thread-Topic: Utskrift av din chatt med Shop Example
Thread-Index: AQHbUGp2VnJ1c0hK4kC9tq7XbW5d3w==
Date: Fri, 6 Nov 2026 17:12:22 +0000
Message-ID: <AS8P250MB0811C3E97A2D4B1E0F6C7A98D1872@AS8P250MB0811.EURP250.PROD.OUTLOOK.COM>
References: <chat-transcript-99314@shop.example.be>
In-Reply-To: <chat-transcript-99314@shop.example.be>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Tack snälla för hjälpen! Nu hittade jag det i appen 😊

Ha en fin helg
Elin

Skaffa Outlook för iOS<https://aka.ms/o0ukef>
________________________________
Från: Shop Example <privacy@shop.example.be>
Skickat: fredag, november 6, 2026 15:21
Till: elin.bergstrom@hotmail.com <elin.bergstrom@hotmail.com>
Ämne: Utskrift av din chatt med Shop Example

Hej Elin,

här är en kopia av din chatt med oss.

[15:09] Elin: Hej, var hittar jag cookie-inställningarna? Jag klickade bort rutan
[15:10] Linnea (Shop Example): Hej Elin! Längst ner på varje sida finns länken "Cookie-inställningar". Där kan du ändra dina val när du vill.
[15:12] Elin: Hittar inte, är i appen
[15:13] Linnea (Shop Example): I appen ligger det under Profil > Inställningar > Integritet.
[15:14] Elin: ok tack
[15:14] Linnea (Shop Example): Varsågod! Ha en bra dag.

Det här är ett automatiskt meddelande med en kopia av chatten.
'''),

    ('ro', 'voip-voicemail-to-email-wav', 'automated', (),
'''Return-Path: <voicemail@telvox.ro>
Received: from vm2.telvox.ro (vm2.telvox.ro [203.0.113.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5Tz33cHqz8sMn
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 15:53:19 +0100 (CET)
From: Centrala Telvox <voicemail@telvox.ro>
To: privacy@shop.example.be
Subject: Mesaj vocal nou de la +40 721 308 554 (0:47)
Date: Tue, 10 Nov 2026 16:53:16 +0200
Message-ID: <vm-412-20261110165228-0007@vm2.telvox.ro>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_vm_boundary_5f2c81a0e3"
Auto-Submitted: auto-generated
X-Voicemail-Box: 412
X-Voicemail-Duration: 47

------=_vm_boundary_5f2c81a0e3
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Aveți un mesaj vocal nou.

Căsuță vocală: 412 – Protecția datelor (RO)
De la:         +40 721 308 554
Data:          marți, 10 noiembrie 2026, 16:52
Durată:        0:47

Mesajul este atașat acestui e-mail (format WAV). Îl puteți asculta și
din portal: https://portal.telvox.ro/voicemail/412

Transcrierea automată nu este activată pentru această căsuță.

Acest mesaj a fost generat automat. Vă rugăm să nu răspundeți.

------=_vm_boundary_5f2c81a0e3
Content-Type: audio/wav; name="msg0007.wav"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="msg0007.wav"

UklGRpS3BQBXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YXC3BQD+//3/AAAEAAMA/v/7
//z/AQAFAAQAAAD8//v//v8CAAUAAwD///v//P8AAAQABAABAP3/+//9/wEABAAEAAAA/P/7//7/
AgAFAAMA///7//z/AAAEAAQAAQD9//v//f8BAAQABAAAAPz/+//+/wIABQADAP//+//8/wAABAAE
AAEA/f/7//3/AQAEAAQAAAD8//v//v8CAAUAAwD///v//P8AAAQABAABAP3/+//9/wEABAAEAAAA
------=_vm_boundary_5f2c81a0e3--
'''),

    ('ro', 'courier-helpdesk-ticket-acknowledgement', 'automated', (),
'''Return-Path: <suport@curierrapid.ro>
Received: from mail.curierrapid.ro (mail.curierrapid.ro [198.51.100.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5Fb64qLrz9tVc
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 13:30:02 +0100 (CET)
From: Curier Rapid - Relatii Clienti <suport@curierrapid.ro>
To: privacy@shop.example.be
Subject: [#RO-558120] =?UTF-8?Q?Am_primit_solicitarea_dumneavoastr=C4=83?=
Date: Mon, 9 Nov 2026 14:29:59 +0200
Message-ID: <ack.RO-558120@helpdesk.curierrapid.ro>
In-Reply-To: <20261109122944.1B9F07C6D2@mx-out1.shop.example.be>
References: <20261109122944.1B9F07C6D2@mx-out1.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Ticket-ID: RO-558120

Bună ziua,

Vă mulțumim pentru mesaj. Solicitarea dumneavoastră a fost înregistrată
cu numărul RO-558120 și va fi preluată de un coleg în cel mai scurt timp.
Timpul mediu de răspuns este de 48 de ore lucrătoare.

Subiect:   Cerere informații date personale destinatar – AWB 2026110487715
Categorie: Protecția datelor (GDPR)

Pentru a adăuga detalii, răspundeți la acest e-mail fără a modifica
subiectul.

Cu stimă,
Echipa Relații Clienți Curier Rapid

Acesta este un mesaj generat automat.
'''),

    ('ro', 'exchange-auto-reply-mailbox-no-longer-used', 'automated', (),
'''Return-Path: <andrei.popescu@distrib-plus.ro>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2130.outbound.protection.outlook.com [40.107.13.130])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5Wk90sPtz1wHq
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 10:04:48 +0100 (CET)
From: Andrei Popescu <andrei.popescu@distrib-plus.ro>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?R=C4=83spuns_automat:_Solicitare_privind_datele_unui_client_-_P?=
 =?utf-8?Q?RV-2026-1226?=
Thread-Topic: Solicitare privind datele unui client - PRV-2026-1226
Thread-Index: AQHbUuQ0aYk3r1z2P0ydN5mFj8cTvA==
Date: Tue, 10 Nov 2026 09:04:45 +0000
Message-ID: <HE1PR02MB3025A9C4D7E81B2F03A6D5C7E9124@HE1PR02MB3025.eurprd02.prod.outlook.com>
In-Reply-To: <20261110090431.7E4D5A2C18@mx-out1.shop.example.be>
References: <20261110090431.7E4D5A2C18@mx-out1.shop.example.be>
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: andrei.popescu@distrib-plus.ro
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Bună ziua,

Această adresă de e-mail nu mai este folosită. Andrei Popescu nu mai face
parte din echipa Distrib Plus începând cu 1 octombrie 2026, iar mesajele
trimise aici nu sunt citite și nu sunt redirecționate.

Pentru aspecte legate de protecția datelor vă rugăm să scrieți la
dpo@distrib-plus.ro. Pentru comenzi și facturare: office@distrib-plus.ro.

Vă mulțumim,
Distrib Plus SRL
'''),

    ('ro', 'person-reply-to-review-reminder-stop-sending', 'withdraw_consent', (),
'''Return-Path: <ioana.dumitrescu@yahoo.com>
Received: from sonic309-21.consmr.mail.ir2.yahoo.com (sonic309-21.consmr.mail.ir2.yahoo.com [77.238.179.86])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5Jd27nFwz2xRm
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 19:44:31 +0100 (CET)
From: Ioana Dumitrescu <ioana.dumitrescu@yahoo.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Re:_Reamintire:_cum_=C8=9Bi_s-a_p=C4=83rut_comanda_#60231577=3F?=
Date: Mon, 9 Nov 2026 20:44:25 +0200
Message-Id: <5B2E8C71-0D4A-4F93-A6E1-9C3D7B20F5E4@yahoo.com>
References: <review-reminder-60231577@shop.example.be>
In-Reply-To: <review-reminder-60231577@shop.example.be>
To: Shop Example <privacy@shop.example.be>
X-Mailer: iPhone Mail (22B91)

Vă rog să nu-mi mai trimiteți mementouri de felul ăsta. Nu vreau să las
nicio recenzie, nici acum, nici mai târziu, și nu vreau să mai primesc
e-mailuri prin care mi se cer păreri sau recenzii.

Mulțumesc,
Ioana

Trimis de pe iPhone-ul meu

> Pe 9 nov. 2026, la 10:00, Shop Example <privacy@shop.example.be> a scris:
>
> Bună, Ioana!
>
> Acum o săptămână ai primit comanda #60231577. Ne-ar ajuta mult să aflăm
> ce părere ai.
>
> ★★★★★  Scrie o recenzie
>
> Îți mulțumim,
> Echipa Shop Example
'''),

    ('el', 'exchange-out-of-office-greek-partner-dpo', 'automated', (),
'''Return-Path: <g.papadopoulos@logistiki-ellas.gr>
Received: from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2092.outbound.protection.outlook.com [40.107.8.92])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5Yq45bLsz3yWk
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 11:27:05 +0100 (CET)
From: Papadopoulos Georgios <g.papadopoulos@logistiki-ellas.gr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?=CE=91=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=B7_=CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7:?=
 Data subject request ref. PRV-2026-1219
Thread-Topic: Data subject request ref. PRV-2026-1219
Thread-Index: AQHbUvBk2m0Xq8cV7EeO1nZl3J9gHQ==
Date: Tue, 10 Nov 2026 10:27:02 +0000
Message-ID: <VI1PR08MB4470D1E3A05B9C7F2E864BA1F7A02@VI1PR08MB4470.eurprd08.prod.outlook.com>
In-Reply-To: <20261110102648.C3A9E61F04@mx-out1.shop.example.be>
References: <20261110102648.C3A9E61F04@mx-out1.shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: g.papadopoulos@logistiki-ellas.gr
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Καλησπέρα σας,

Θα απουσιάζω από το γραφείο έως και τις 16 Νοεμβρίου 2026, με
περιορισμένη πρόσβαση στο ηλεκτρονικό ταχυδρομείο.

Για επείγοντα θέματα παρακαλώ επικοινωνήστε με την κα Ελένη Κωνσταντίνου
στο e.konstantinou@logistiki-ellas.gr ή στο 210 6821 440.

Ευχαριστώ,
Γιώργος Παπαδόπουλος
Υπεύθυνος Προστασίας Δεδομένων
Logistiki Ellas Α.Ε.
'''),

    ('el', 'sms-provider-ticket-solved-notice', 'automated', (),
'''Return-Path: <support@smshub.gr>
Received: from mailer.smshub.gr (mailer.smshub.gr [192.0.2.166])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5bH81cNvz4zTs
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 17:02:44 +0100 (CET)
From: =?UTF-8?Q?SmsHub_=CE=A5=CF=80=CE=BF=CF=83=CF=84=CE=AE=CF=81=CE=B9=CE=BE=CE=B7?= <support@smshub.gr>
To: privacy@shop.example.be
Subject: [SmsHub] Το αίτημά σας #31877 έχει επιλυθεί
Date: Tue, 10 Nov 2026 18:02:41 +0200
Message-ID: <solved.31877.1793982161@support.smshub.gr>
In-Reply-To: <ticket.31877@support.smshub.gr>
References: <ticket.31877@support.smshub.gr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

##- Παρακαλούμε γράψτε την απάντησή σας πάνω από αυτή τη γραμμή -##

Γεια σας,

Το αίτημά σας #31877 «Διαγραφή αριθμών από τη λίστα αποστολών SMS»
σημειώθηκε ως επιλυμένο.

Αν το θέμα δεν έχει επιλυθεί, απαντήστε σε αυτό το email μέσα σε 7 ημέρες
και το αίτημα θα ανοίξει ξανά αυτόματα.

Με εκτίμηση,
Η ομάδα υποστήριξης SmsHub

Αυτό το μήνυμα στάλθηκε αυτόματα.
'''),

    ('el', 'whatsapp-bsp-template-approved', 'automated', (),
'''Return-Path: <no-reply@chatflow.gr>
Received: from out1.chatflow.gr (out1.chatflow.gr [203.0.113.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5bT56fWxz5qNp
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 12:43:10 +0100 (CET)
From: ChatFlow <no-reply@chatflow.gr>
To: privacy@shop.example.be
Subject: Το πρότυπο «order_confirmation_el» εγκρίθηκε
Date: Tue, 10 Nov 2026 13:43:07 +0200
Message-ID: <tmpl-approved-88412@notify.chatflow.gr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-ChatFlow-Event: template.approved

Γεια σας,

Το πρότυπο μηνύματος WhatsApp που υποβάλατε για τον λογαριασμό
Shop Example (+32 2 808 41 77) εγκρίθηκε από τη Meta και μπορεί πλέον
να χρησιμοποιηθεί.

Όνομα προτύπου:      order_confirmation_el
Κατηγορία:           UTILITY
Γλώσσα:              Ελληνικά
Κατάσταση:           Εγκρίθηκε
Ημερομηνία έγκρισης: 10/11/2026 13:42

Δείτε τα πρότυπά σας: https://app.chatflow.gr/templates

Λάβατε αυτό το email επειδή είστε διαχειριστής του λογαριασμού. Για να
αλλάξετε τις ειδοποιήσεις, μεταβείτε στις Ρυθμίσεις > Ειδοποιήσεις.

ChatFlow – WhatsApp Business API
'''),

    ('el', 'person-reply-above-callback-scheduled-wrong-number', 'correction', (),
'''Return-Path: <nalexiou@yahoo.gr>
Received: from sonic316-12.consmr.mail.ir2.yahoo.com (sonic316-12.consmr.mail.ir2.yahoo.com [77.238.181.34])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5kM92hQzz6rXc
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 09:58:37 +0100 (CET)
From: Nikos Alexiou <nalexiou@yahoo.gr>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0 (1.0)
Subject: Re: Προγραμματίστηκε επανάκληση – αίτημα 44109
Date: Wed, 11 Nov 2026 10:58:31 +0200
Message-Id: <A71C3F09-5E2B-4D8A-9B46-0F1E7C2D93A5@yahoo.gr>
References: <callback-44109@shop.example.be>
In-Reply-To: <callback-44109@shop.example.be>
To: Shop Example <privacy@shop.example.be>
X-Mailer: iPhone Mail (22B91)

Καλημέρα,

μη με πάρετε σε αυτό το νούμερο, δεν είναι πια δικό μου, το άλλαξα από
τον Αύγουστο. Το σωστό είναι 694 512 7730. Παρακαλώ διορθώστε το και
στον λογαριασμό μου και στην κάρτα πόντων, εκεί έχετε ακόμα το παλιό.
Επίσης έχω μετακομίσει, η νέα διεύθυνση είναι Αγίου Δημητρίου 14,
54632 Θεσσαλονίκη.

Νίκος Αλεξίου

Στάλθηκε από το iPhone μου

> Στις 11 Νοε 2026, στις 09:15, ο χρήστης Shop Example <privacy@shop.example.be> έγραψε:
>
> Αγαπητέ/ή πελάτη,
>
> Προγραμματίστηκε επανάκληση για το αίτημά σας 44109.
>
> Ημερομηνία: Πέμπτη 12/11/2026
> Ώρα: 11:00–12:00 (ώρα Ελλάδας)
> Αριθμός: +30 697 220 1845
>
> Αν θέλετε να αλλάξετε την ώρα, χρησιμοποιήστε τον σύνδεσμο:
> https://callback.shop.example.be/r/44109
>
> Αυτό είναι αυτόματο μήνυμα.
'''),

    ('bg', 'contact-centre-weekly-quality-report', 'automated', (),
'''Return-Path: <reports@qamonitor.bg>
Received: from mail.qamonitor.bg (mail.qamonitor.bg [198.51.100.205])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5Cx17pRkz7sLv
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 07:00:22 +0100 (CET)
From: QA Monitor <reports@qamonitor.bg>
To: privacy@shop.example.be
Subject: Седмичен отчет за качеството – опашка „Лични данни / GDPR“ (седмица 45)
Date: Mon, 9 Nov 2026 08:00:19 +0200
Message-ID: <weekly-qa-wk45-2026-3317@qamonitor.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Report-Type: weekly_quality

Седмичен отчет за качеството на обслужване
Период:  02.11.2026 – 08.11.2026
Опашка:  „Лични данни / GDPR“ (Shop Example)

Оценени разговори:                         24
Среден резултат:                           87,4 % (предходна седмица: 84,9 %)
Разговори под прага (70 %):                2
Спазване на скрипта за идентификация:      96 %
Средна продължителност на разговор:        06:12

Най-чести отклонения:
 - липсва обобщение в края на разговора (3)
 - непотвърдена самоличност преди разкриване на данни (1)

Пълният отчет (PDF) е наличен в портала:
https://portal.qamonitor.bg/reports/wk45-2026

Това съобщение е генерирано автоматично. Моля, не отговаряйте.
'''),

    ('bg', 'backup-vendor-helpdesk-agent-assigned', 'automated', (),
'''Return-Path: <support@datavault.bg>
Received: from smtp.datavault.bg (smtp.datavault.bg [203.0.113.240])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5nQ43bWdz8tKr
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 14:18:09 +0100 (CET)
From: DataVault Support <support@datavault.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=97=D0=B0=D1=8F=D0=B2=D0=BA=D0=B0_#BG-20461_=D0=B5_=D0=BF=D0=BE=D0=B5=D1=82=D0=B0_=D0=BE=D1=82_=D0=B0=D0=B3=D0=B5=D0=BD=D1=82?=
Date: Wed, 11 Nov 2026 15:18:06 +0200
Message-ID: <assign.BG-20461.1794057486@support.datavault.bg>
In-Reply-To: <ticket.BG-20461@support.datavault.bg>
References: <ticket.BG-20461@support.datavault.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Здравейте,

Вашата заявка #BG-20461 „Изтриване на клиентски записи от архивните
копия“ беше поета от Мария Петрова (екип „Съответствие и сигурност“).

Статус:           В процес на обработка
Приоритет:        Висок
Очакван отговор:  до 12.11.2026

Можете да следите заявката в клиентския портал:
https://support.datavault.bg/tickets/BG-20461

За да добавите информация, отговорете на този имейл.

Поздрави,
DataVault Поддръжка

Това е автоматично известие.
'''),

    ('bg', 'person-nps-survey-reply-objects-to-profiling', 'objection', (),
'''Return-Path: <s.georgiev@abv.bg>
Received: from mx.abv.bg (mx.abv.bg [194.153.145.104])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5Lr66tJpz9vPm
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 21:06:48 +0100 (CET)
Date: Mon, 9 Nov 2026 22:06:44 +0200 (EET)
From: =?UTF-8?B?0KHRgtC+0Y/QvSDQk9C10L7RgNCz0LjQtdCy?= <s.georgiev@abv.bg>
To: privacy@shop.example.be
Message-ID: <1593377104.882214.1794081604390@nm51.abv.bg>
In-Reply-To: <nps-20261109-77120@shop.example.be>
References: <nps-20261109-77120@shop.example.be>
Subject: Re: Колко вероятно е да препоръчате Shop Example?
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: AbvMail 3.0

Давам ви 3 от 10 и ще обясня защо.

След последната поръчка започнах да получавам в приложението и по
имейл „препоръки специално за вас“, подредени по това какво съм купувал –
детски дрехи, витамини и т.н. Не съм съгласен да ме профилирате по
покупките ми и да ми предлагате неща на тази база. Възразявам срещу
това използване на данните ми – моля, спрете го.

Стоян Георгиев

-------- Оригинално писмо --------
От: Shop Example survey@shop.example.be
Относно: Колко вероятно е да препоръчате Shop Example?
До: s.georgiev@abv.bg
Изпратено на: 09.11.2026 12:00

Здравейте, Стоян,

По скала от 0 до 10 колко вероятно е да препоръчате Shop Example на
приятел или колега?

  0  1  2  3  4  5  6  7  8  9  10

Отговорът отнема 10 секунди. Благодарим ви!
'''),

    ('bg', 'person-reply-above-ticket-ack-wants-csv', 'portability', (),
'''Return-Path: <desi.ivanova@gmail.com>
Received: from mail-lf1-f48.google.com (mail-lf1-f48.google.com [209.85.167.48])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5pW81rZcz1yNt
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 19:24:55 +0100 (CET)
MIME-Version: 1.0
References: <ack-PRV-77310@helpdesk.shop.example.be>
In-Reply-To: <ack-PRV-77310@helpdesk.shop.example.be>
From: Desislava Ivanova <desi.ivanova@gmail.com>
Date: Wed, 11 Nov 2026 20:24:41 +0200
Message-ID: <CAJ4bX8r2mVq9LcT7yN0pE3hWz6sKd1fQa5oRg8uBn2xYt_Lk4Q@mail.gmail.com>
Subject: Re: [Shop Example] Получихме вашата заявка #PRV-77310
To: Shop Example <privacy@shop.example.be>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Здравейте,

едно уточнение към заявката ми: не ми трябва PDF или разпечатка. Искам
историята на поръчките и точките от картата за лоялност като файл (CSV
или JSON), за да мога да ги прехвърля в приложението за лични финанси,
което ползвам. Ако файлът е в Excel, пак става.

Благодаря,
Деси

На пн, 9.11.2026 г. в 14:20 ч. Shop Example <privacy@shop.example.be> написа:

> Здравейте,
>
> Получихме вашата заявка и ѝ дадохме номер PRV-77310. Ще ви отговорим
> възможно най-скоро, най-късно до един месец.
>
> Ако отговаряте на този имейл, моля, не променяйте темата.
>
> Това е автоматично съобщение.
>
> Екипът по защита на личните данни
> Shop Example BV
'''),
]

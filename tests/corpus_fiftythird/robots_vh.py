"""Fifty-third set, robot mail of personalisation and decision systems plus look-alike people (pl cs hr sv ro el bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'fraud-screening-order-held-for-review-alert', 'automated', (),
'''Return-Path: <bounce+alerts.7731@mail.sentinelrisk.eu>
Received: from out-12.mail.sentinelrisk.eu (out-12.mail.sentinelrisk.eu [185.74.18.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2xQk0F9Mz1Hc
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 06:12:48 +0100 (CET)
From: Sentinel Fraud Screening <alerts@sentinelrisk.eu>
To: privacy@shop.example.be
Subject: [Sentinel] =?UTF-8?Q?Zam=C3=B3wienie_1004-88213_wstrzymane_do_r=C4=99cznej_weryfikacji?=
Date: Tue, 03 Nov 2026 05:12:46 +0000
Message-ID: <alert.C-5521907.1793682766@sentinelrisk.eu>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Sentinel-Case: C-5521907
X-Sentinel-Rule: R-217
Content-Type: multipart/alternative; boundary="sntl-b1-5521907"

--sntl-b1-5521907
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

zam=C3=B3wienie nr 1004-88213 (sklep: Shop Example BV, kana=C5=82: web)
zosta=C5=82o automatycznie wstrzymane przez regu=C5=82=C4=99 R-217
=E2=80=9ENiezgodno=C5=9B=C4=87 kraju karty i adresu dostawy=E2=80=9D.

Wynik ryzyka: 87/100
Kwota: 412,90 EUR
Status: oczekuje na r=C4=99czn=C4=85 weryfikacj=C4=99

Zam=C3=B3wienie zostanie automatycznie anulowane, je=C5=9Bli nikt z Pa=C5=84stwa
zespo=C5=82u nie podejmie decyzji w ci=C4=85gu 48 godzin. Szczeg=C3=B3=C5=82y w pa=
nelu:
https://console.sentinelrisk.eu/cases/C-5521907

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie. Prosimy na ni=
=C4=85
nie odpowiada=C4=87.
Ustawienia powiadomie=C5=84: https://console.sentinelrisk.eu/settings/notifica=
tions

--sntl-b1-5521907
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px">
<p>Dzie=C5=84 dobry,</p>
<p>zam=C3=B3wienie nr <b>1004-88213</b> zosta=C5=82o automatycznie wstrzyman=
e (regu=C5=82a R-217).</p>
<p>Wynik ryzyka: <b>87/100</b> &middot; Kwota: 412,90 EUR</p>
<p><a href=3D"https://console.sentinelrisk.eu/cases/C-5521907">Otw=C3=B3rz s=
praw=C4=99</a></p>
<p style=3D"color:#888">Wiadomo=C5=9B=C4=87 wygenerowana automatycznie.</p>
</body></html>

--sntl-b1-5521907--
'''),

    ('pl', 'exchange-ooo-processor-dpo-on-leave', 'automated', (),
'''Return-Path: <k.wojcik@kurierpolska-logistyka.pl>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2zT91kPbz1Hf
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 10:03:27 +0100 (CET)
From: =?iso-8859-2?Q?Katarzyna_W=F3jcik?= <k.wojcik@kurierpolska-logistyka.pl>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-2?Q?Automatyczna_odpowied=BC:_Pro=B6ba_o_rejestr_przesy=B3ek?= klienta (ref. PRV-2026-1187)
Thread-Topic: =?iso-8859-2?Q?Pro=B6ba_o_rejestr_przesy=B3ek?= klienta (ref. PRV-2026-1187)
Thread-Index: AQHbTx2kq3vN0m8lREW1c0a7Qp9fXg==
Date: Wed, 4 Nov 2026 09:03:21 +0000
Message-ID: <AM9PR03MB74124F2C1B0E8D9A6E3C1F2BB7A52@AM9PR03MB7412.eurprd03.prod.outlook.com>
In-Reply-To: <prv-2026-1187.20261104095959.a1f3@shop.example.be>
References: <prv-2026-1187.20261104095959.a1f3@shop.example.be>
Accept-Language: pl-PL, en-US
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: k.wojcik@kurierpolska-logistyka.pl
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dzień dobry,

dziękuję za wiadomość. Do 13 listopada 2026 r. przebywam na urlopie i nie mam dostępu do poczty.

W sprawach pilnych, także dotyczących ochrony danych osobowych, proszę kontaktować się z Działem Obsługi Klienta: bok@kurierpolska-logistyka.pl, tel. +48 22 310 45 00.

Wiadomości nie są automatycznie przekazywane dalej.

Pozdrawiam
Katarzyna Wójcik
Specjalista ds. ochrony danych
Kurier Polska Logistyka Sp. z o.o.
'''),

    ('pl', 'paylater-weekly-credit-decision-report', 'automated', (),
'''Return-Path: <bounces+88412@partner.odroczpay.pl>
Received: from smtp-out3.odroczpay.pl (smtp-out3.odroczpay.pl [91.207.14.63])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2vB03nLwz1Ha
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 07:00:19 +0100 (CET)
From: OdroczPay dla Partnerów <raporty@partner.odroczpay.pl>
To: privacy@shop.example.be
Subject: Tygodniowy raport decyzji: 26.10–01.11.2026 (Shop Example BV)
Date: Mon, 2 Nov 2026 07:00:14 +0100
Message-ID: <raport-tyg.2026-44.88412@partner.odroczpay.pl>
MIME-Version: 1.0
Precedence: bulk
Auto-Submitted: auto-generated
List-Unsubscribe: <https://partner.odroczpay.pl/powiadomienia/wypisz?m=88412&t=raport-tyg>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Raport tygodniowy – płatności odroczone
Partner: Shop Example BV (ID 88412)
Okres: 26.10.2026 – 01.11.2026

Wnioski ogółem:                          1 284
Decyzje pozytywne:                       1 071  (83,4%)
Decyzje negatywne:                         213  (16,6%)
  – niewystarczająca historia kredytowa:    97
  – przekroczony limit zadłużenia:           58
  – niezgodność danych identyfikacyjnych:    41
  – inne:                                    17
Średni czas decyzji:                     2,3 s
Odsetek odwołań od decyzji:              0,6%

Pełny raport (CSV) pobierzesz w Panelu Partnera:
https://partner.odroczpay.pl/raporty/2026-44

Przypominamy: klient, któremu odmówiono, może zażądać wyjaśnienia decyzji
i jej ponownego rozpatrzenia przez pracownika OdroczPay. Takie osoby prosimy
kierować na adres decyzje@odroczpay.pl.

Wiadomość wygenerowana automatycznie – nie odpowiadaj na nią.
OdroczPay S.A., ul. Prosta 68, 00-838 Warszawa
'''),

    ('pl', 'challenge-response-antispam-sender-verification', 'automated', (),
'''Return-Path: <>
Received: from poczta.meble-zielinski.pl (poczta.meble-zielinski.pl [77.55.210.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R31Jd2Q8kz1Hm
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:22:40 +0100 (CET)
From: Ochrona antyspamowa <antyspam@meble-zielinski.pl>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Weryfikacja_nadawcy:_Re:_Pana_=C5=BC=C4=85danie_usuni=C4=99cia_danych?= (ref. PRV-2026-1203)
Date: Thu, 5 Nov 2026 14:22:38 +0100
Message-ID: <chk-7Qm2xR9aLp@poczta.meble-zielinski.pl>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Challenge-Id: 7Qm2xR9aLp
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Witaj,

wysłałeś wiadomość na adres biuro@meble-zielinski.pl. Ta skrzynka jest
chroniona przed spamem i przyjmuje pocztę tylko od zweryfikowanych nadawców.

Twoja wiadomość:
  Od:    privacy@shop.example.be
  Temat: Re: Pana żądanie usunięcia danych (ref. PRV-2026-1203)
  Data:  05.11.2026 14:22

została zatrzymana. Aby ją dostarczyć, potwierdź, że jesteś człowiekiem –
kliknij poniższy link i przepisz kod z obrazka:

https://weryfikacja.meble-zielinski.pl/c/7Qm2xR9aLp

Jeśli nie potwierdzisz w ciągu 72 godzin, wiadomość zostanie usunięta.
Po potwierdzeniu kolejne wiadomości z Twojego adresu będą dostarczane
bez weryfikacji.

--
System ochrony poczty
'''),

    ('pl', 'person-reply-above-order-held-notice-wants-human-review', 'objection', ('access',),
'''Return-Path: <tomasz.krawczyk82@gmail.com>
Received: from mail-wm1-f45.google.com (mail-wm1-f45.google.com [209.85.128.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2yC51vJtz1Hd
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 19:41:06 +0100 (CET)
Message-ID: <3f6c2a1e-8b0d-4c7e-9f12-6a4d0e51b7c3@gmail.com>
Date: Tue, 3 Nov 2026 19:41:02 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?UTF-8?Q?Re:_Twoje_zam=C3=B3wienie_1004-90077_jest_w_trakcie_weryfikacji?=
Content-Language: pl
To: privacy@shop.example.be
References: <order-1004-90077.hold@notify.shop.example.be>
In-Reply-To: <order-1004-90077.hold@notify.shop.example.be>
From: Tomasz Krawczyk <tomasz.krawczyk82@gmail.com>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry,

piszę tutaj, bo na adres noreply nie da się odpowiedzieć.

Dostałem poniższą wiadomość. Kupuję u Państwa od trzech lat, zawsze na 
ten sam adres i tą samą kartą, a teraz jakiś system uznał moje 
zamówienie za „podejrzane” i je zablokował. Nie zgadzam się, żeby taką 
decyzję podejmował za mnie automat. Proszę, żeby to zamówienie i moje 
konto przejrzał człowiek, a nie algorytm.

Przy okazji proszę o informację, jakie moje dane zostały użyte do tej 
oceny i dlaczego wynik wyszedł negatywny.

Pozdrawiam
Tomasz Krawczyk
tel. 601 234 718

W dniu 3.11.2026 o 09:14, Shop Example pisze:
> Dzień dobry Tomasz,
>
> dziękujemy za zamówienie nr 1004-90077. Ze względów bezpieczeństwa
> zamówienie zostało wstrzymane do dodatkowej weryfikacji. Zwykle trwa
> to do 48 godzin. Nie musisz nic robić – poinformujemy Cię e-mailem
> o wyniku.
>
> Ta wiadomość została wysłana automatycznie, prosimy na nią nie
> odpowiadać.
>
> Shop Example BV
'''),

    ('cs', 'postfix-dsn-czech-mailbox-over-quota', 'automated', (),
'''Return-Path: <>
Received: from mx.hostcentrum.cz (mx.hostcentrum.cz [81.2.194.35])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2wK72mQsz1Hb
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 15:41:10 +0100 (CET)
From: Mail Delivery System <MAILER-DAEMON@mx.hostcentrum.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va?=
Date: Mon,  2 Nov 2026 15:41:09 +0100 (CET)
Message-ID: <20261102144109.7A3C2E0152@mx.hostcentrum.cz>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="7A3C2E0152.1793630469/mx.hostcentrum.cz"

This is a MIME-encapsulated message.

--7A3C2E0152.1793630469/mx.hostcentrum.cz
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Toto je automatická zpráva poštovního serveru mx.hostcentrum.cz.

Je nám líto, ale Vaši zprávu nebylo možné doručit jednomu nebo více
příjemcům. Hlavičky původní zprávy jsou přiloženy níže.

Pro další pomoc kontaktujte <postmaster@hostcentrum.cz>.
Pokud budete psát, přiložte prosím tuto zprávu.

                   Poštovní systém

<jana.dvorakova@kvetinarstvi-dvorakova.cz>: schránka příjemce je plná
    (kvóta 1024 MB překročena), zpráva nebyla doručena

--7A3C2E0152.1793630469/mx.hostcentrum.cz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.hostcentrum.cz
X-Postfix-Queue-ID: 7A3C2E0152
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon,  2 Nov 2026 15:41:08 +0100 (CET)

Final-Recipient: rfc822; jana.dvorakova@kvetinarstvi-dvorakova.cz
Original-Recipient: rfc822;jana.dvorakova@kvetinarstvi-dvorakova.cz
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox quota exceeded

--7A3C2E0152.1793630469/mx.hostcentrum.cz
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [194.78.33.10])
        by mx.hostcentrum.cz (Postfix) with ESMTPS id 7A3C2E0152
        for <jana.dvorakova@kvetinarstvi-dvorakova.cz>; Mon,  2 Nov 2026 15:41:08 +0100 (CET)
From: Shop Example Privacy <privacy@shop.example.be>
To: jana.dvorakova@kvetinarstvi-dvorakova.cz
Subject: =?utf-8?Q?V=C3=A1=C5=A1_po=C5=BEadavek_na_p=C5=99=C3=ADstup_k_osobn=C3=ADm_=C3=BAdaj=C5=AFm?=
Date: Mon, 2 Nov 2026 15:41:05 +0100
Message-ID: <prv-2026-1179.20261102154105.9e2d@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--7A3C2E0152.1793630469/mx.hostcentrum.cz--
'''),

    ('cs', 'exchange-ooo-cdp-account-manager', 'automated', (),
'''Return-Path: <petra.svobodova@segmentix.cz>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2109.outbound.protection.outlook.com [40.107.241.109])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2wY80cTfz1Hb
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 16:18:52 +0100 (CET)
From: =?utf-8?Q?Petra_Svobodov=C3=A1?= <petra.svobodova@segmentix.cz>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatick=C3=A1_odpov=C4=9B=C4=8F:_Smlouva_o_zpracov=C3=A1n=C3=AD_?=
 =?utf-8?Q?=E2=80=93_dotaz_k_p=C5=99enosu_dat_do_USA?=
Thread-Topic: =?utf-8?Q?Smlouva_o_zpracov=C3=A1n=C3=AD_=E2=80=93_dotaz_k_p=C5=99enosu_dat_do_USA?=
Thread-Index: AQHbTYc2m0RfK1x7JkaS9uE3b0wW2A==
Date: Mon, 2 Nov 2026 15:18:47 +0000
Message-ID: <VI1PR06MB6655B1E0C4A9F27D3E81A5C2D9A42@VI1PR06MB6655.eurprd06.prod.outlook.com>
In-Reply-To: <prv-dpa-segmentix.20261102161801.44b1@shop.example.be>
References: <prv-dpa-segmentix.20261102161801.44b1@shop.example.be>
Accept-Language: cs-CZ, en-US
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: petra.svobodova@segmentix.cz
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

d=C4=9Bkuji za V=C3=A1=C5=A1 e-mail. Od 2. 11. do 9. 11. 2026 jsem mimo kan=
cel=C3=A1=C5=99
a k po=C5=A1t=C4=9B m=C3=A1m jen omezen=C3=BD p=C5=99=C3=ADstup. Na zpr=C3=
=A1vu odpov=C3=ADm po n=C3=A1vratu.

V nal=C3=A9hav=C3=BDch z=C3=A1le=C5=BEitostech t=C3=BDkaj=C3=ADc=C3=ADch se =
smlouvy o zpracov=C3=A1n=C3=AD
osobn=C3=ADch =C3=BAdaj=C5=AF kontaktujte pros=C3=ADm kolegu Martina Hor=C3=
=A1ka
(martin.horak@segmentix.cz, +420 603 118 274).

S pozdravem

Petra Svobodov=C3=A1
Account Manager | Segmentix s.r.o.
Na Florenci 2116/15, 110 00 Praha 1
'''),

    ('cs', 'cdp-segment-export-completed-with-warning', 'automated', (),
'''Return-Path: <bounce-ntf-3391@app.segmentix.cz>
Received: from mailer2.segmentix.cz (mailer2.segmentix.cz [185.8.236.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R30Bq5yHrz1Hk
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 03:07:31 +0100 (CET)
From: Segmentix CDP <notifikace@app.segmentix.cz>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Export_segmentu_dokon=C4=8Den_s_varov=C3=A1n=C3=ADm:_?=
 =?utf-8?Q?=E2=80=9EV=C4=9Brn=C3=AD_z=C3=A1kazn=C3=ADci_=E2=80=93_vysok=C3=A1_hodnota=E2=80=9C?=
Date: Thu, 05 Nov 2026 02:07:29 +0000
Message-ID: <run-88120344.export@app.segmentix.cz>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Segmentix-Workspace: shopexample-prod
X-Segmentix-Run: 88120344
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Export segmentu byl dokončen s varováním.

Segment:           Věrní zákazníci – vysoká hodnota (seg_4471)
Pracovní prostor:  Shop Example BV – produkce
Spuštěno:          5. 11. 2026 03:00 (plán: denně)
Dokončeno:         5. 11. 2026 03:07

Cíl                          Odesláno    Stav
Meta Custom Audiences          46 882    OK
Google Customer Match          46 882    OK
E-mailing (newsletter)         41 357    OK

Varování: 1 331 profilů bylo z exportu vynecháno, protože nemají platný
souhlas s marketingovým zpracováním (consent.marketing = false nebo chybí).
37 profilů bylo vynecháno kvůli aktivní námitce proti profilování
(příznak objection_profiling).

Detail běhu: https://app.segmentix.cz/w/shopexample/exports/run/88120344

Tento e-mail byl vygenerován automaticky. Nastavení upozornění změníte
v sekci Pracovní prostor → Notifikace.
'''),

    ('cs', 'person-forwards-paylater-refusal-asks-what-data-used', 'access', (),
'''Return-Path: <ondrej.novak@seznam.cz>
Received: from mxf2.seznam.cz (mxf2.seznam.cz [77.75.78.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2wqM6bXnz1Hc
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 21:05:44 +0100 (CET)
From: =?utf-8?Q?Ond=C5=99ej_Nov=C3=A1k?= <ondrej.novak@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Fwd:_Va=C5=A1e_=C5=BE=C3=A1dost_o_platbu_pozd=C4=9Bji_nebyla_schv=C3=A1lena?=
Date: Mon, 02 Nov 2026 21:05:40 +0100 (CET)
Message-Id: <4Fb.7sQm.2Lk9dXwR1aP.1hH8Yc@seznam.cz>
Mime-Version: 1.0 (Szn.cz webmail)
X-Mailer: Szn.cz webmail
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

přeposílám Vám e-mail, který mi přišel minulý týden, když jsem u Vás platil objednávku č. 1004-87651 přes „Zaplatit později“. Zamítnutí přišlo asi za tři vteřiny, takže to zjevně nikdo nečetl.

Nemám žádné exekuce ani nesplacené půjčky, tak by mě zajímalo, z čeho se vycházelo. Prosím o sdělení, jaké osobní údaje jste o mně Vy nebo Váš partner pro tohle rozhodnutí použili, odkud je máte (registr dlužníků? historie nákupů u Vás?) a komu jste je předali.

Děkuji
Ondřej Novák

---------- Původní e-mail ----------
Od: Splátkomat <neodpovidejte@splatkomat.cz>
Komu: ondrej.novak@seznam.cz
Datum: 29. 10. 2026 20:17:44
Předmět: Vaše žádost o platbu později nebyla schválena

Dobrý den,

děkujeme za Váš zájem o službu Splátkomat. Vaši žádost o odložení platby ve výši 236,40 EUR u obchodníka Shop Example BV bohužel nyní nemůžeme schválit.

Rozhodnutí bylo učiněno na základě automatizovaného hodnocení. Objednávku můžete dokončit jiným způsobem platby.

Tento e-mail je generován automaticky, neodpovídejte na něj.

Splátkomat a.s.
'''),

    ('hr', 'helpdesk-ticket-acknowledgement-croatian', 'automated', (),
'''Return-Path: <support+id48211@dostavabrzo.hr>
Received: from mail-out.helpdesk-eu.net (mail-out.helpdesk-eu.net [52.58.17.190])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2zYv0sGhz1Hf
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:26:58 +0100 (CET)
From: =?utf-8?Q?Podr=C5=A1ka_Dostava_Brzo?= <podrska@dostavabrzo.hr>
Reply-To: =?utf-8?Q?Podr=C5=A1ka_Dostava_Brzo?= <podrska@dostavabrzo.hr>
To: privacy@shop.example.be
Subject: =?utf-8?Q?[#48211]_Zaprimili_smo_va=C5=A1_upit:_Zahtjev_za_podatke_o_dostavi_?=
 =?utf-8?Q?=E2=80=93_PRV-2026-1194?=
Date: Wed, 04 Nov 2026 10:26:55 +0000
Message-ID: <ticket-48211-ack.1793701615@dostavabrzo.helpdesk-eu.net>
In-Reply-To: <prv-2026-1194.20261104112612.5c0e@shop.example.be>
References: <prv-2026-1194.20261104112612.5c0e@shop.example.be>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Helpdesk-Ticket-Id: 48211
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

##- Molimo upišite svoj odgovor iznad ove linije -##

Poštovani,

zaprimili smo vaš upit i otvorili zahtjev broj #48211. Naš tim odgovara
radnim danom od 8 do 16 sati, a prosječno vrijeme prvog odgovora
trenutačno je 2 radna dana.

Ako želite dopuniti zahtjev, jednostavno odgovorite na ovu poruku i
zadržite broj zahtjeva u naslovu.

Sažetak zahtjeva:
Naslov:  Zahtjev za podatke o dostavi – PRV-2026-1194
Poslano: 4. studenoga 2026. u 11:26
Od:      privacy@shop.example.be

Status zahtjeva možete pratiti ovdje:
https://podrska.dostavabrzo.hr/zahtjevi/48211

Lijep pozdrav,
Korisnička podrška Dostava Brzo d.o.o.

Ova poruka poslana je automatski.
'''),

    ('hr', 'ab-testing-experiment-finished-results', 'automated', (),
'''Return-Path: <mailer@bounce.varianta.io>
Received: from o12.mail.varianta.io (o12.mail.varianta.io [167.89.70.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R36Hh3WcMz1Hr
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 08:00:37 +0100 (CET)
From: Varianta Experiments <rezultati@varianta.io>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Eksperiment_zavr=C5=A1en:_=E2=80=9EPreporuke_u_ko=C5=A1arici_v2=E2=80=9C?=
 =?utf-8?Q?_=E2=80=93_varijanta_B_pobje=C4=91uje?=
Date: Mon, 09 Nov 2026 07:00:33 +0000
Message-ID: <exp-0932.finished.1793948433@varianta.io>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Varianta-Project: shopexample
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bok, tim Shop Example,

eksperiment je dosegnuo planiranu veličinu uzorka i automatski je zaustavljen.

Eksperiment:   Preporuke u košarici v2 (exp_0932)
Trajanje:      19. 10. – 8. 11. 2026.
Posjetitelji:  A: 61.204 | B: 60.977
Cilj:          dodavanje preporučenog proizvoda u košaricu

Rezultat:
  A (kontrola, „Često kupljeno zajedno“):         3,12 %
  B (personalizirano, povijest pregledavanja):    3,71 %
  Relativno poboljšanje:   +18,9 %
  Statistička značajnost:  97,4 %

Sekundarni cilj (prosječna vrijednost narudžbe): bez značajne razlike.

Preporuka: uvesti varijantu B za 100 % prometa.
Napomena: posjetitelji koji su odbili analitičke kolačiće nisu uključeni
u eksperiment (14,2 % prometa).

Cijeli izvještaj: https://app.varianta.io/p/shopexample/exp/0932/report

Primate ovu poruku jer ste vlasnik ili promatrač eksperimenta.
Obavijesti uredite u postavkama projekta.
'''),

    ('hr', 'outlook-read-receipt-croatian', 'automated', (),
'''Return-Path: <ivana.peric@gradnja-peric.hr>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2090.outbound.protection.outlook.com [40.107.105.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R31Rk4pZ2z1Hn
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 13:02:58 +0100 (CET)
From: =?utf-8?Q?Ivana_Peri=C4=87?= <ivana.peric@gradnja-peric.hr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Pro=C4=8Ditano:_Va=C5=A1_zahtjev_za_brisanje_=E2=80=93_potrebna_potvrda?=
 =?utf-8?Q?_identiteta?=
Date: Thu, 5 Nov 2026 12:02:55 +0000
Message-ID: <DB9PR10MB71633A0E5F2C8B41D7E6C9F1A8B12@DB9PR10MB7163.EURPRD10.PROD.OUTLOOK.COM>
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_9f2c1e44-3b7a-4d8a-9c21-0a6e5f7b3d10_"

--_9f2c1e44-3b7a-4d8a-9c21-0a6e5f7b3d10_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Vaša poruka

Prima: Ivana Perić
Predmet: Vaš zahtjev za brisanje – potrebna potvrda identiteta
Poslano: četvrtak, 5. studenoga 2026. 10:48:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rim, Stockholm, Beč

pročitana je u četvrtak, 5. studenoga 2026. 13:02:55 (UTC+01:00) Amsterdam, Berlin, Bern, Rim, Stockholm, Beč.

--_9f2c1e44-3b7a-4d8a-9c21-0a6e5f7b3d10_
Content-Type: message/disposition-notification

Reporting-UA: gradnja-peric.hr; Microsoft Outlook 16.0
Final-Recipient: rfc822;ivana.peric@gradnja-peric.hr
Original-Message-ID: <prv-2026-1211.20261105104812.c7@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_9f2c1e44-3b7a-4d8a-9c21-0a6e5f7b3d10_--
'''),

    ('hr', 'person-reply-above-recommended-for-you-reveals-pregnancy', 'complaint', ('objection',),
'''Return-Path: <marija.kovacevic@gmail.com>
Received: from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2vy25fKcz1Ha
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 12:37:15 +0100 (CET)
From: =?utf-8?Q?Marija_Kova=C4=8Devi=C4=87?= <marija.kovacevic@gmail.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0 (1.0)
Subject: Re: Marija, odabrali smo za vas
Date: Mon, 2 Nov 2026 12:37:03 +0100
Message-Id: <8E1F2C44-7A9B-4D0E-B3C6-5F1A2D9E7C08@gmail.com>
References: <reco-28102026-772014@news.shop.example.be>
In-Reply-To: <reco-28102026-772014@news.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B83)

Poštovani,

ne znam tko je došao na ideju da mi ovo šaljete. Prije dva tjedna kupila sam kod vas test za trudnoću i folnu kiselinu, a sad mi stiže mail „Marija, odabrali smo za vas“ pun pelena, bočica i vitamina za trudnice. Obavijest mi je iskočila na zaključanom ekranu mobitela dok sam sjedila na sastanku s kolegama. Nikome još nisam rekla.

Krajnje je neprimjereno da iz kupnje takvih proizvoda izvlačite zaključke o mom zdravlju i to mi šaljete mailom. Ne želim da moje kupnje koristite za ovakve „preporuke“ ni za bilo kakvo profiliranje.

Marija Kovačević

Poslano s mog iPhonea

> Dana 28. lis 2026., u 18:05, Shop Example <hello@news.shop.example.be> je napisao/la:
>
> Marija, odabrali smo za vas
> Na temelju vaših nedavnih kupnji mislimo da bi vam se svidjelo:
> – Pelene za novorođenčad, vel. 1 (2–5 kg) – 12,99 €
> – Set bočica protiv grčeva – 24,50 €
> – Prenatalni multivitamin, 60 kapsula – 17,95 €
> Pogledaj sve preporuke >
>
> Ne želite više primati ove e-poruke? Odjava
'''),

    ('sv', 'payment-risk-chargeback-alert', 'automated', (),
'''Return-Path: <noreply-bounce@riskvakt.se>
Received: from smtp1.riskvakt.se (smtp1.riskvakt.se [194.14.172.56])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R33Wf1DkTz1Hp
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 06:04:12 +0100 (CET)
From: Riskvakt <larm@riskvakt.se>
To: privacy@shop.example.be
Subject: =?utf-8?Q?[Riskvakt]_Varning:_=C3=B6kad_risk_f=C3=B6r_=C3=A5terkrediteringar_?=
 =?utf-8?Q?=E2=80=93_3_ordrar_det_senaste_dygnet?=
Date: Fri, 6 Nov 2026 06:04:09 +0100
Message-ID: <A-2026-110614.larm@riskvakt.se>
MIME-Version: 1.0
X-Priority: 2
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Larm: Återkrediteringsrisk över tröskelvärdet

Handlare: Shop Example BV (MID 550-219-877)
Period:   2026-11-05 06:00 – 2026-11-06 06:00 CET

Vi har flaggat 3 genomförda ordrar med hög sannolikhet för återkreditering
(chargeback). Samtliga betalades med kort utfärdade utanför EES och ska
levereras till samma utlämningsställe.

Order       Belopp       Riskpoäng  Orsak
1004-91120  689,00 EUR   0,91       Kortland ≠ IP-land, ny enhet
1004-91134  702,50 EUR   0,88       Samma enhets-ID som 1004-91120
1004-91157  655,90 EUR   0,86       Utlämningsställe på spärrlista

Rekommenderad åtgärd: stoppa leveransen och kontakta kortinnehavaren
innan varorna lämnas ut.

Granska ärendet: https://portal.riskvakt.se/alerts/A-2026-110614

Detta är ett automatiskt meddelande från Riskvakt. Svar på detta
e-postmeddelande läses inte.
'''),

    ('sv', 'gmail-vacation-responder-lawyer-parental-leave', 'automated', (),
'''Return-Path: <elin.lindqvist@lindqvistjuridik.se>
Received: from mail-lf1-f49.google.com (mail-lf1-f49.google.com [209.85.167.49])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2zk07HqRz1Hg
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 13:51:33 +0100 (CET)
MIME-Version: 1.0
References: <prv-dpa-draft.20261104135120.09fa@shop.example.be>
In-Reply-To: <prv-dpa-draft.20261104135120.09fa@shop.example.be>
Auto-Submitted: auto-replied
Message-ID: <vacation.CAH1k9Qp3zR7vLx2Yw8tNf0M@mail.gmail.com>
Date: Wed, 4 Nov 2026 04:51:31 -0800
From: Elin Lindqvist <elin.lindqvist@lindqvistjuridik.se>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?F=C3=B6r=C3=A4ldraledig_/_Re:_Utkast_till_personuppgiftsbitr=C3=A4desavtal_?=
 =?UTF-8?Q?=E2=80=93_Shop_Example_BV?=
Content-Type: multipart/alternative; boundary="0000000000007d41a20623f1c6b8"

--0000000000007d41a20623f1c6b8
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hej,

tack för ditt mejl! Jag är föräldraledig till och med den 30 november 2026
och läser inte min e-post under den tiden.

Ärenden om personuppgiftsbiträdesavtal och dataskydd hanteras under min
ledighet av Anders Berg, anders.berg@lindqvistjuridik.se, 08-410 227 90.

Ditt mejl vidarebefordras inte automatiskt.

Vänliga hälsningar
Elin Lindqvist
Advokat, Lindqvist Juridik AB

--0000000000007d41a20623f1c6b8
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

<div dir="ltr">Hej,<br><br>tack för ditt mejl! Jag är föräldraledig till och med den 30 november 2026 och läser inte min e-post under den tiden.<br><br>Ärenden om personuppgiftsbiträdesavtal och dataskydd hanteras under min ledighet av Anders Berg, <a href="mailto:anders.berg@lindqvistjuridik.se">anders.berg@lindqvistjuridik.se</a>, 08-410 227 90.<br><br>Ditt mejl vidarebefordras inte automatiskt.<br><br>Vänliga hälsningar<br>Elin Lindqvist<br>Advokat, Lindqvist Juridik AB</div>

--0000000000007d41a20623f1c6b8--
'''),

    ('sv', 'mailbox-no-longer-in-use-autoreply-swedish', 'automated', (),
'''Return-Path: <kundtjanst@nordhem-inredning.se>
Received: from mail.nordhem-inredning.se (mail.nordhem-inredning.se [46.59.12.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R33q92LwBz1Hp
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 09:47:21 +0100 (CET)
From: =?utf-8?Q?Kundtj=C3=A4nst_Nordhem?= <kundtjanst@nordhem-inredning.se>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Automatiskt_svar:_Svar_p=C3=A5_din_beg=C3=A4ran_om_registerutdrag?= (ref. PRV-2026-1209)
Date: Fri, 6 Nov 2026 08:47:19 +0000
Message-ID: <0c9a44e1b7f24d18a6e3f0b2c5d7e981@nordhem-inredning.se>
In-Reply-To: <prv-2026-1209.20261106094705.7d1a@shop.example.be>
References: <prv-2026-1209.20261106094705.7d1a@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: kundtjanst@nordhem-inredning.se
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej!

Den här adressen (kundtjanst@nordhem-inredning.se) används inte längre och
ditt meddelande har varken lästs eller vidarebefordrats.

Sedan den 1 oktober 2026 når du oss via kontaktformuläret på
nordhem-inredning.se/kontakt eller på telefon 031-760 44 10, vardagar 9–16.

Frågor om personuppgifter skickas till dataskydd@nordhem-inredning.se.

Med vänlig hälsning
Nordhem Inredning AB
'''),

    ('sv', 'consent-preference-centre-daily-sync-report', 'automated', (),
'''Return-Path: <bounce-reports@prefsync.eu>
Received: from out-2.prefsync.eu (out-2.prefsync.eu [5.148.171.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R33Kc6VnXz1Hp
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 02:14:55 +0100 (CET)
From: PrefSync <rapporter@prefsync.eu>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Daglig_synkrapport_samtycken_=E2=80=93_6_nov_2026:_12_fel?=
Date: Fri, 06 Nov 2026 01:14:52 +0000
Message-ID: <run.r-20261106-0200.report@prefsync.eu>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-PrefSync-Account: shopexample-prod
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Daglig synkrapport =E2=80=93 samtycken och preferenser
Konto:    Shop Example BV (prod)
K=C3=B6rning: 2026-11-06 02:00=E2=80=9302:14 CET

K=C3=A4lla: Preferenscenter (webb + app)
M=C3=A5l:   e-postplattform, SMS-leverant=C3=B6r, CDP

Synkade profiler:                  8 412
Nya =C3=A5terkallelser, nyhetsbrev:       311
Nya =C3=A5terkallelser, SMS:               74
Nya samtycken, push:                  52
Fel:                                  12

Fel (12):
- 9 profiler finns inte i e-postplattformen (ok=C3=A4nt kund-ID)
- 3 profiler avvisades av SMS-leverant=C3=B6ren: ogiltigt telefonnummer

=C3=85terkallelser som inte kunnat synkas ligger kvar i k=C3=B6n och f=C3=
=B6rs=C3=B6ks
igen om 6 timmar. Efter 3 misslyckade f=C3=B6rs=C3=B6k skickas ett separat l=
arm.

Logg: https://app.prefsync.eu/runs/r-20261106-0200

Detta meddelande skickas automatiskt. Avsluta rapporterna under
Inst=C3=A4llningar > Aviseringar.
'''),

    ('sv', 'person-reply-above-price-alert-coupon-not-working', 'other', (),
'''Return-Path: <johan.aberg@outlook.com>
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04olkn2032.outbound.protection.outlook.com [40.92.73.32])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R32Fz3xQmz1Hn
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 20:12:44 +0100 (CET)
From: =?iso-8859-1?Q?Johan_=C5berg?= <johan.aberg@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?SV:_Prisfall!_Kaffebryggaren_du_bevakar_=E4r_nu_20_%_billigare?=
Thread-Topic: =?iso-8859-1?Q?Prisfall!_Kaffebryggaren_du_bevakar_=E4r_nu_20_%_billigare?=
Thread-Index: AQHbT3kX8m2pQ0d1H0y3Sn5Zq1Rk7A==
Date: Thu, 5 Nov 2026 19:12:40 +0000
Message-ID: <GV1P189MB2041C8D7E0A3F6B92C41D5E7F0C52@GV1P189MB2041.EURP189.PROD.OUTLOOK.COM>
References: <pricealert-20261104-700-3318.55102@news.shop.example.be>
In-Reply-To: <pricealert-20261104-700-3318.55102@news.shop.example.be>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej,

Rabattkoden PRIS20 som står i mejlet nedan funkar inte, i kassan står det bara ”Koden är ogiltig eller har gått ut”. Mejlet kom i går och där står att den gäller till 15 november. Kan ni kolla upp det eller lägga in rabatten manuellt? Jag har bryggaren i varukorgen (art.nr 700-3318).

Tack på förhand
Johan Åberg

Skickat från Outlook för Android

________________________________
Från: Shop Example <alerts@news.shop.example.be>
Skickat: den 4 november 2026 07:30
Till: johan.aberg@outlook.com <johan.aberg@outlook.com>
Ämne: Prisfall! Kaffebryggaren du bevakar är nu 20 % billigare

Hej Johan!

Priset har sjunkit på en produkt du bevakar:

Kaffebryggare Brygg Classic 1,25 l
Nu 79,99 € (tidigare 99,99 €)

Använd koden PRIS20 i kassan senast 15 november.

Handla nu

Du får det här mejlet för att du har aktiverat prisbevakning. Ändra bevakningar
'''),

    ('ro', 'ad-platform-customer-list-matched', 'automated', (),
'''Return-Path: <audiences-noreply-bounce@adreach-ads.com>
Received: from mail-sor-f69.adreach-ads.com (mail-sor-f69.adreach-ads.com [198.51.44.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R35Dn2TbVz1Hq
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 11:32:08 +0100 (CET)
From: AdReach Ads <notificari@adreach-ads.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Lista_de_clien=C8=9Bi_=E2=80=9ECump=C4=83r=C4=83tori_2026_=E2=80=93_f=C4=83r=C4=83?=
 =?UTF-8?Q?_abona=C8=9Bi=E2=80=9D_a_fost_procesat=C4=83?=
Date: Sat, 07 Nov 2026 02:32:05 -0800
Message-ID: <aud-512-880-4471.list-7719.processed@adreach-ads.com>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-AdReach-Account: 512-880-4471
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Bună ziua,

lista de clienți încărcată în contul Shop Example BV (ID 512-880-4471)
a fost procesată.

Listă:              Cumpărători 2026 – fără abonați
Rânduri încărcate:  34.118
Potriviri găsite:   20.812 (rată de potrivire aprox. 61%)
Tipuri de date:     e-mail (hash SHA-256), telefon (hash SHA-256)
Dimensiunea audienței: 18.000–22.000

Audiența poate fi folosită pentru direcționare și excludere în aproximativ
24 de ore. Listele care nu sunt actualizate timp de 540 de zile sunt șterse
automat.

Reamintim: prin încărcarea datelor clienților confirmați că ați obținut
consimțământul necesar și că respectați Termenii privind datele clienților.

Gestionați audiențele: https://ads.adreach-ads.com/audiences/512-880-4471

Acesta este un mesaj de serviciu trimis automat. Nu răspundeți la acest e-mail.
AdReach Ireland Ltd., Dublin 2, Irlanda
'''),

    ('ro', 'cpanel-autoresponder-agency-vacation', 'automated', (),
'''Return-Path: <radu.popescu@agentia-pixelnord.ro>
Received: from server214.romarg-host.ro (server214.romarg-host.ro [89.42.219.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2xy14gLvz1Hd
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 15:09:47 +0100 (CET)
From: Radu Popescu <radu.popescu@agentia-pixelnord.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?R=C4=83spuns_automat:_Re:_Acord_de_prelucrare_a_datelor_=E2=80=93?=
 =?UTF-8?Q?_campania_newsletter_noiembrie?=
Date: Tue, 3 Nov 2026 16:09:45 +0200
Message-Id: <E1vQk7p-00Fx2a-3R@server214.romarg-host.ro>
In-Reply-To: <prv-dpa-pixelnord.20261103150931.2b77@shop.example.be>
References: <prv-dpa-pixelnord.20261103150931.2b77@shop.example.be>
X-Autorespond: =?UTF-8?Q?R=C4=83spuns_automat:_Re:_Acord_de_prelucrare_a_datelor?=
Precedence: auto_reply
X-Precedence: auto_reply
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă mulțumesc pentru mesaj. Sunt în concediu în perioada 2–13 noiembrie 2026
și nu am acces constant la e-mail.

Pentru proiectele în desfășurare vă rog să scrieți la office@agentia-pixelnord.ro
sau să sunați la 0264 599 310. Pentru urgențe legate de campaniile de e-mail
o puteți contacta pe colega mea, Ioana Stan (ioana.stan@agentia-pixelnord.ro).

Cu stimă,
Radu Popescu
Account Director | Pixel Nord
Cluj-Napoca
'''),

    ('ro', 'ml-model-monitoring-data-drift-alert', 'automated', (),
'''Return-Path: <alerts-bounce@mlwatch.io>
Received: from smtp-eu1.mlwatch.io (smtp-eu1.mlwatch.io [3.248.112.57])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R37Vb0mKfz1Hs
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 01:05:22 +0100 (CET)
From: Monitorizare ML <alerte@mlwatch.io>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[ALERT=C4=82]_Deriv=C4=83_de_date_detectat=C4=83_=E2=80=93_model_scor=5Frisc=5Ffrauda?=
 =?UTF-8?Q?_v3.2_(produc=C8=9Bie)?=
Date: Tue, 10 Nov 2026 00:05:19 +0000
Message-ID: <drift-71142.scor_risc_frauda@mlwatch.io>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Priority: 1
X-MLWatch-Project: shop-example-fraud
X-MLWatch-Severity: high
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Alertă: derivă de date peste prag

Model:        scor_risc_frauda v3.2
Mediu:        producție (eu-west-1)
Interval:     09.11.2026 00:00 – 10.11.2026 00:00 UTC
Severitate:   ridicată

Caracteristici cu derivă (PSI > 0,25):
  tara_card_vs_tara_livrare      PSI 0,41
  varsta_contului_zile           PSI 0,33
  nr_comenzi_ultimele_30z        PSI 0,27

Rata de respingere automată a crescut de la 2,8% la 6,1% față de media
pe 7 zile. Comenzi trimise la verificare manuală: 418 (medie: 161).

Recomandare: verificați pipeline-ul de caracteristici și pragul de decizie
înainte de următoarea reantrenare programată (16.11.2026).

Panou: https://app.mlwatch.io/p/shop-example/models/scor_risc_frauda/drift?run=71142

Ați primit acest e-mail deoarece sunteți abonat la alertele proiectului
„shop-example-fraud”. Nu răspundeți la acest mesaj.
'''),

    ('ro', 'person-reply-above-personalised-offer-stop-profiling', 'objection', (),
'''Return-Path: <andreea.munteanu@yahoo.com>
Received: from sonic305-21.consmr.mail.ir2.yahoo.com (sonic305-21.consmr.mail.ir2.yahoo.com [77.238.177.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2zqG1xNdz1Hg
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 09:26:31 +0100 (CET)
Date: Wed, 4 Nov 2026 08:26:24 +0000 (UTC)
From: Andreea Munteanu <andreea.munteanu@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1287340551.2410987.1793694384112@mail.yahoo.com>
In-Reply-To: <offer-4nov-ro-30817@news.shop.example.be>
References: <offer-4nov-ro-30817@news.shop.example.be>
Subject: Re: Andreea, am ales ceva special pentru tine
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: WebService/1.1.26419 YMailNorrin

Bună ziua,

Vă rog să nu mai faceți asta. Din mailul de mai jos reiese clar că urmăriți ce produse mă uit în aplicație și ce cumpăr, ca să-mi faceți „oferte alese special”. Nu sunt de acord să-mi folosiți istoricul de navigare și de comenzi ca să-mi faceți profil și să-mi trimiteți oferte personalizate. Mă opun acestei prelucrări.

Newsletterul obișnuit, cel cu promoțiile pentru toată lumea, îl puteți trimite în continuare, nu aici e problema.

Mulțumesc,
Andreea Munteanu

Trimis de pe Yahoo Mail pe Android

   Pe miercuri, 4 noiembrie 2026, 08:10:22 EET, Shop Example <oferte@news.shop.example.be> a scris:

  Andreea, am ales ceva special pentru tine
  Pentru că te-ai uitat recent la: Cizme din piele Nora, mărimea 38
  Îți recomandăm:
  Cizme Chelsea Mara – 89,90 € (-15% doar pentru tine)
  Geantă crossbody Lina – 49,90 €
  Vezi toate ofertele tale
  Primești acest e-mail deoarece ești abonată la newsletter. Dezabonare
'''),

    ('el', 'exchange-online-ndr-greek-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2103.outbound.protection.outlook.com [40.107.22.103])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R36Tw5nCjz1Hr
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 14:20:44 +0100 (CET)
From: Microsoft Outlook <postmaster@aigaiopayments.onmicrosoft.com>
To: <privacy@shop.example.be>
Subject: =?utf-8?B?zpHOvc61z4DOr860zr/PhM6/Og==?= Deletion request - please erase customer data (ref. PRV-2026-1222)
Date: Mon, 9 Nov 2026 13:20:42 +0000
Message-ID: <7b3e0c51-94d2-4a8f-b1c6-2e5f8a90d437@VI1PR08MB5327.eurprd08.prod.outlook.com>
In-Reply-To: <prv-2026-1222.20261109142035.e4c0@shop.example.be>
References: <prv-2026-1222.20261109142035.e4c0@shop.example.be>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: el-GR
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="a8e51f3c-6d02-4b97-9e41-3c7f0d2a6b85"

--a8e51f3c-6d02-4b97-9e41-3c7f0d2a6b85
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Η παράδοση του μηνύματός σας στους παρακάτω παραλήπτες απέτυχε:

nikos.georgiou@aigaio-payments.gr
Το μήνυμά σας δεν ήταν δυνατό να παραδοθεί, επειδή η διεύθυνση ηλεκτρονικού
ταχυδρομείου δεν βρέθηκε στον τομέα προορισμού. Μπορεί να υπάρχει
ορθογραφικό λάθος ή η διεύθυνση να μην υπάρχει πλέον.

Τι πρέπει να κάνω;
Ελέγξτε τη διεύθυνση του παραλήπτη και δοκιμάστε να στείλετε ξανά το
μήνυμα. Αν το πρόβλημα παραμένει, επικοινωνήστε με τον παραλήπτη με άλλον
τρόπο (π.χ. τηλεφωνικά) και ζητήστε του να ενημερώσει τον διαχειριστή του
ηλεκτρονικού ταχυδρομείου του.

Διαγνωστικές πληροφορίες για διαχειριστές:

Διακομιστής δημιουργίας: VI1PR08MB5327.eurprd08.prod.outlook.com

nikos.georgiou@aigaio-payments.gr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--a8e51f3c-6d02-4b97-9e41-3c7f0d2a6b85
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR08MB5327.eurprd08.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Mon, 9 Nov 2026 13:20:41 +0000

Final-Recipient: rfc822;nikos.georgiou@aigaio-payments.gr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--a8e51f3c-6d02-4b97-9e41-3c7f0d2a6b85
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (194.78.33.10) by
 VI1PR08MB5327.eurprd08.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8207.12; Mon, 9 Nov 2026 13:20:41 +0000
From: Shop Example Privacy <privacy@shop.example.be>
To: nikos.georgiou@aigaio-payments.gr
Subject: Deletion request - please erase customer data (ref. PRV-2026-1222)
Date: Mon, 9 Nov 2026 14:20:35 +0100
Message-ID: <prv-2026-1222.20261109142035.e4c0@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--a8e51f3c-6d02-4b97-9e41-3c7f0d2a6b85--
'''),

    ('el', 'recommendation-engine-weekly-personalisation-report', 'automated', (),
'''Return-Path: <bounce@mail.synthesis-reco.gr>
Received: from mail.synthesis-reco.gr (mail.synthesis-reco.gr [195.251.96.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R36Gq3kFhz1Hr
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 07:30:11 +0100 (CET)
From: Synthesis Reco <reports@synthesis-reco.gr>
To: privacy@shop.example.be
Subject: Εβδομαδιαία αναφορά εξατομίκευσης • 2–8 Νοεμβρίου 2026
Date: Mon, 09 Nov 2026 08:30:07 +0200
Message-ID: <weekly-2026-45.shopexample@synthesis-reco.gr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
List-Unsubscribe: <https://app.synthesis-reco.gr/settings/notifications?unsub=weekly&a=shopexample>
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Γεια σας,

ακολουθεί η εβδομαδιαία σύνοψη για τον λογαριασμό Shop Example BV.

Εμφανίσεις προτάσεων:     1.842.330
Κλικ σε προτάσεις:           61.214 (CTR 3,32%, +0,4 ποσ. μον.)
Έσοδα από προτάσεις:      148.920 € (11,8% του συνόλου)

Καλύτερα widgets
1. «Άλλοι πελάτες αγόρασαν επίσης» (καλάθι)       CTR 5,1%
2. «Επιλεγμένα για εσάς» (αρχική, συνδεδεμένοι)   CTR 4,3%
3. «Είδατε πρόσφατα» (email)                       CTR 2,9%

Κάλυψη εξατομίκευσης: 71% των συνεδριών. Οι επισκέπτες χωρίς συναίνεση σε
cookies εξατομίκευσης βλέπουν μη εξατομικευμένες προτάσεις δημοφιλών
προϊόντων.
Εξαιρούμενες ευαίσθητες κατηγορίες: Φαρμακείο, Μητρότητα, Υγιεινή.
Έλεγχος κανόνων εξαίρεσης: 1 προειδοποίηση (βλ. αναλυτική αναφορά).

Αναλυτική αναφορά: https://app.synthesis-reco.gr/reports/weekly/2026-45

Λαμβάνετε αυτό το μήνυμα επειδή είστε διαχειριστής του λογαριασμού.
Διαχείριση ειδοποιήσεων στις Ρυθμίσεις.
'''),

    ('el', 'exchange-ooo-greek-lawyer-dpo', 'automated', (),
'''Return-Path: <k.dimitriou@dimitriou-law.gr>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2118.outbound.protection.outlook.com [40.107.13.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2y4p6JrWz1Hd
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 16:44:02 +0100 (CET)
From: Καλλιόπη Δημητρίου <k.dimitriou@dimitriou-law.gr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Αυτόματη απάντηση: Ερώτημα για σύμβαση εκτελούντος την επεξεργασία – Shop Example BV
Thread-Topic: Ερώτημα για σύμβαση εκτελούντος την επεξεργασία – Shop Example BV
Thread-Index: AQHbTaf0n7cE2Wk1SxmQ3dF0pL6y4w==
Date: Tue, 3 Nov 2026 15:43:59 +0000
Message-ID: <PA4PR02MB7182E93C1A0B5D46F2C8E0A7B1D33@PA4PR02MB7182.eurprd02.prod.outlook.com>
In-Reply-To: <prv-dpa-dimitriou.20261103164350.1f0c@shop.example.be>
References: <prv-dpa-dimitriou.20261103164350.1f0c@shop.example.be>
Accept-Language: el-GR, en-US
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: k.dimitriou@dimitriou-law.gr
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Σας ευχαριστώ για το μήνυμά σας.

Θα απουσιάζω από το γραφείο έως και την Τρίτη 10 Νοεμβρίου 2026, με
περιορισμένη πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Θα σας απαντήσω το
συντομότερο δυνατό μετά την επιστροφή μου.

Για επείγοντα θέματα μπορείτε να επικοινωνήσετε με τη γραμματεία του
γραφείου στο 210 362 4418 ή στο info@dimitriou-law.gr.

Με εκτίμηση,
Καλλιόπη Δημητρίου
Δικηγόρος – Υπεύθυνη Προστασίας Δεδομένων (DPO)
Δημητρίου & Συνεργάτες
'''),

    ('el', 'person-resends-above-gmail-bounce-asks-account-deletion', 'deletion', (),
'''Return-Path: <g.papadopoulos77@gmail.com>
Received: from mail-ed1-f41.google.com (mail-ed1-f41.google.com [209.85.208.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2vQ85sYbz1Ha
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 08:55:19 +0100 (CET)
MIME-Version: 1.0
From: =?UTF-8?B?zpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM+Mz4DOv8+FzrvOv8+C?= <g.papadopoulos77@gmail.com>
Date: Mon, 2 Nov 2026 09:55:05 +0200
Message-ID: <CAKp7rVx2Q9mNf3TzL0bW8dYh1sR4eJu6GcXa5oPq@mail.gmail.com>
Subject: Διαγραφή λογαριασμού (το αρχικό μήνυμα επεστράφη)
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Καλημέρα σας,

Σας είχα στείλει το παρακάτω μήνυμα στη διεύθυνση dpo@shop.example.be, που είδα κάπου στην ιστοσελίδα σας, αλλά μου γύρισε πίσω ως ανεπίδοτο. Το ξαναστέλνω εδώ.

Παρακαλώ να διαγράψετε τον λογαριασμό μου (g.papadopoulos77@gmail.com) και την κάρτα πιστότητας που είναι συνδεδεμένη μ' αυτόν, μαζί με όλα τα προσωπικά μου δεδομένα. Δεν έχω ανοιχτές παραγγελίες ούτε επιστροφές σε εκκρεμότητα.

Ευχαριστώ,
Γιώργος Παπαδόπουλος

---------- Προωθημένο μήνυμα ---------
Από: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: Κυρ, 1 Νοε 2026 στις 9:47 μ.μ.
Subject: Delivery Status Notification (Failure)
To: <g.papadopoulos77@gmail.com>


Η διεύθυνση δεν βρέθηκε

Το μήνυμά σας δεν παραδόθηκε στη διεύθυνση dpo@shop.example.be επειδή δεν βρέθηκε η διεύθυνση ή δεν είναι δυνατή η λήψη μηνυμάτων σε αυτήν.

Η απάντηση ήταν:

550 5.1.1 <dpo@shop.example.be>: Recipient address rejected: User unknown in virtual mailbox table


---------- Προωθημένο μήνυμα ----------
From: Γιώργος Παπαδόπουλος <g.papadopoulos77@gmail.com>
To: dpo@shop.example.be
Cc:
Bcc:
Date: Sun, 1 Nov 2026 21:47:12 +0200
Subject: Διαγραφή λογαριασμού
Καλησπέρα, παρακαλώ να διαγράψετε τον λογαριασμό μου και την κάρτα πιστότητας μαζί με όλα τα δεδομένα μου. Ευχαριστώ, Γ. Παπαδόπουλος
'''),

    ('bg', 'fraud-platform-rule-change-notice', 'automated', (),
'''Return-Path: <bounce-updates@riskometar.bg>
Received: from mail2.riskometar.bg (mail2.riskometar.bg [212.39.89.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R33z56pKvz1Hp
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:00:42 +0100 (CET)
From: Рискометър <izvestia@riskometar.bg>
To: privacy@shop.example.be
Subject: Промени в правилата за оценка на риска от 16 ноември 2026 г.
Date: Fri, 6 Nov 2026 11:00:38 +0200
Message-ID: <product-update-2026-11.shopexample@riskometar.bg>
MIME-Version: 1.0
Precedence: bulk
Auto-Submitted: auto-generated
List-Id: Riskometar product updates <product-updates.riskometar.bg>
List-Unsubscribe: <https://app.riskometar.bg/notifications/unsubscribe?u=88f1c2>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Здравейте,

информираме ви, че от 16 ноември 2026 г. в профила на Shop Example BV ще
влязат в сила следните промени в стандартния набор от правила:

1. Правило R-104 „Несъответствие на държавата“: прагът за задържане на
   поръчка за ръчна проверка се понижава от 80 на 75 точки.
2. Ново правило R-311 „Скорост на опитите“: повече от 4 неуспешни опита за
   плащане с различни карти от едно устройство в рамките на 10 минути водят
   до автоматичен отказ.
3. Правило R-207 „Временен имейл адрес“ се изключва, тъй като даваше твърде
   много фалшиви сигнали.

Ако не желаете промените да се прилагат автоматично, можете да ги отложите
до 15 ноември в Настройки → Правила → Планирани промени.

Пълните бележки по версията: https://help.riskometar.bg/release-notes/2026-11

Екипът на Рискометър

Получавате този имейл като администратор на профил в Рискометър.
Отписване от продуктовите известия:
https://app.riskometar.bg/notifications/unsubscribe?u=88f1c2
'''),

    ('bg', 'postfix-dsn-bulgarian-mailbox-disabled', 'automated', (),
'''Return-Path: <>
Received: from mx2.bghost.net (mx2.bghost.net [185.80.0.142])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R37pX1bQcz1Hs
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 11:18:06 +0100 (CET)
From: Mail Delivery System <MAILER-DAEMON@mx2.bghost.net>
To: privacy@shop.example.be
Subject: =?UTF-8?B?0J3QtdC00L7RgdGC0LDQstC10L3QviDRgdGK0L7QsdGJ0LXQvdC40LU=?= (Undelivered Mail Returned to Sender)
Date: Tue, 10 Nov 2026 12:18:04 +0200 (EET)
Message-ID: <20261110101804.C41F3A0327@mx2.bghost.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="C41F3A0327.1794219484/mx2.bghost.net"

This is a MIME-encapsulated message.

--C41F3A0327.1794219484/mx2.bghost.net
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Това е автоматично съобщение от пощенския сървър mx2.bghost.net.

За съжаление съобщението ви не можа да бъде доставено до един или повече
получатели. То е прикачено по-долу.

За помощ се обърнете към <postmaster@bghost.net>. Ако пишете, моля,
приложете това съобщение. Можете да изтриете своя текст от прикаченото
съобщение.

                   Пощенската система

<petar.ivanov@stroy-ivanov.bg>: пощенската кутия е деактивирана
    (host mx2.bghost.net said: 550 5.2.1 Mailbox disabled for this recipient)

--C41F3A0327.1794219484/mx2.bghost.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.bghost.net
X-Postfix-Queue-ID: C41F3A0327
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 10 Nov 2026 12:18:03 +0200 (EET)

Final-Recipient: rfc822; petar.ivanov@stroy-ivanov.bg
Original-Recipient: rfc822;petar.ivanov@stroy-ivanov.bg
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled for this recipient

--C41F3A0327.1794219484/mx2.bghost.net
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [194.78.33.10])
        by mx2.bghost.net (Postfix) with ESMTPS id C41F3A0327
        for <petar.ivanov@stroy-ivanov.bg>; Tue, 10 Nov 2026 12:18:03 +0200 (EET)
From: Shop Example Privacy <privacy@shop.example.be>
To: petar.ivanov@stroy-ivanov.bg
Subject: Your data access request - identity verification (ref. PRV-2026-1230)
Date: Tue, 10 Nov 2026 11:18:00 +0100
Message-ID: <prv-2026-1230.20261110111800.3a9f@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear Mr Ivanov,

Thank you for your request of 6 November 2026 for access to your personal
data. Before we can send you a copy, we need to confirm your identity.
Please reply to this e-mail from the address linked to your customer
account, or log in to your account and confirm the request there.

Kind regards,
Privacy team
Shop Example BV

--C41F3A0327.1794219484/mx2.bghost.net--
'''),

    ('bg', 'person-with-mobile-and-corporate-signature-asks-csv-export', 'portability', (),
'''Return-Path: <d.georgieva@finconsult-bg.com>
Received: from mail.finconsult-bg.com (mail.finconsult-bg.com [93.123.21.78])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R35q24cWkz1Hq
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 16:48:27 +0100 (CET)
From: =?UTF-8?B?0JTQtdGB0LjRgdC70LDQstCwINCT0LXQvtGA0LPQuNC10LLQsA==?= <d.georgieva@finconsult-bg.com>
To: privacy@shop.example.be
Subject: =?UTF-8?B?0JTQsNC90L3QuCDQvtGCINC/0YDQvtGE0LjQu9CwINC80Lg=?=
Date: Sat, 07 Nov 2026 17:48:20 +0200
Message-ID: <6f2d81c0-3e4a-4b9c-8d17-a50e2b9c4f61@finconsult-bg.com>
MIME-Version: 1.0
X-Mailer: Samsung Email
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Здравейте,

Бих искала да получа всички данни, които се пазят в профила ми при вас, и историята от картата за лоялност (покупки, натрупани точки, използвани ваучери) като файл – CSV или JSON, без значение, стига да може да се отвори в Excel. Искам да ги прехвърля в приложението, което ползвам за семейния бюджет.

Профилът ми е с имейл desi.georgieva@abv.bg, картата е № 6203 1187 4420.

Благодаря предварително!

Поздрави,
Десислава

Изпратено от моя смартфон Samsung Galaxy.

--
Десислава Георгиева
Старши счетоводител | ФинКонсулт БГ ООД
тел.: +359 2 981 44 12 | моб.: +359 888 412 706
www.finconsult-bg.com

ПОВЕРИТЕЛНО: Настоящото съобщение и приложенията към него са предназначени единствено за посочения получател и могат да съдържат поверителна информация. Ако сте го получили по погрешка, моля, уведомете подателя и го изтрийте. Всяко неразрешено използване, копиране или разпространение е забранено.
CONFIDENTIAL: This e-mail and any attachments are intended solely for the named recipient and may contain confidential information. If you have received it in error, please notify the sender and delete it.
'''),

    ('bg', 'person-reply-above-preference-centre-confirmation-stop-sms', 'withdraw_consent', (),
'''Return-Path: <nikolay.stoyanov@gmail.com>
Received: from mail-wr1-f53.google.com (mail-wr1-f53.google.com [209.85.221.53])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R35Zt0hPrz1Hq
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 09:14:50 +0100 (CET)
MIME-Version: 1.0
References: <pref-update-20261106-185801-41277@shop.example.be>
In-Reply-To: <pref-update-20261106-185801-41277@shop.example.be>
From: =?UTF-8?B?0J3QuNC60L7Qu9Cw0Lkg0KHRgtC+0Y/QvdC+0LI=?= <nikolay.stoyanov@gmail.com>
Date: Sat, 7 Nov 2026 10:14:37 +0200
Message-ID: <CAJt4mQ9w1Lr0Xk8sBfY2pN6Vd3hTz7eGqUc5aHo@mail.gmail.com>
Subject: =?UTF-8?B?UmU6INCS0LDRiNC40YLQtSDQv9GA0LXQtNC/0L7Rh9C40YLQsNC90LjRjyDQt9CwINC60L7QvNGD0L3QuNC60LDRhtC40Y8g0LHRj9GF0LAg0L7QsdC90L7QstC10L3QuA==?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Здравейте,

Сигурно съм натиснал нещо погрешно в приложението, но не искам SMS-и с оферти. Моля, изключете ги. Имейлите за поръчките и доставките са ок, тях си ги оставете.

Николай

На пт, 6.11.2026 г. в 19:02 Shop Example <preferences@shop.example.be> написа:

> Здравейте, Николай,
>
> Вашите предпочитания за комуникация бяха обновени на 06.11.2026 г. в
> 18:58 ч.:
>
> Имейл бюлетин: ИЗКЛЮЧЕН
> SMS оферти: ВКЛЮЧЕНИ
> Push известия: ИЗКЛЮЧЕНИ
>
> Ако не сте направили тази промяна, можете да я коригирате в Центъра
> за предпочитания: https://www.shop.example.be/bg/account/preferences
>
> Това е автоматично съобщение. Моля, не отговаряйте.
'''),
]

"""Forty-eighth set, robot mail of recruitment and HR systems plus people who look like robots (pl cs hr sv ro el bg). Written apart from the code."""

import base64
import quopri
from email.header import Header


def _b64(text, charset='utf-8'):
    """Body as the sending system puts it on the wire: base64, 76-char lines."""
    return base64.encodebytes(text.encode(charset)).decode('ascii')


def _qp(text, charset='utf-8'):
    """Body as the sending system puts it on the wire: quoted-printable."""
    return quopri.encodestring(text.encode(charset)).decode('ascii')


def _h(text, charset='utf-8'):
    """RFC 2047 encoded header value."""
    return Header(text, charset).encode()


ROBOTS = [
    # ------------------------------------------------------------------ pl
    ('pl', 'agency-ats-acknowledges-privacy-team-mail', 'automated', (),
'''Return-Path: <bounce-ats-18834@mailer.protalent.pl>
Received: from mailer.protalent.pl (mailer.protalent.pl [185.57.81.114])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ym2Qd0Hk7z1xRw
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 10:14:52 +0100 (CET)
Received: from ats-app03.protalent.local (unknown [10.20.0.13])
        by mailer.protalent.pl (Postfix) with ESMTP id 9C1F2A0412
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 10:14:51 +0100 (CET)
From: ProTalent Rekrutacja <no-reply@protalent.pl>
Reply-To: no-reply@protalent.pl
To: privacy@shop.example.be
Subject: ''' + _h('Potwierdzenie otrzymania zgłoszenia [KND-2026-18834]') + '''
Date: Mon, 26 Oct 2026 10:14:51 +0100
Message-ID: <ats.18834.1792919691@protalent.pl>
In-Reply-To: <prv-2026-0398.1792919402@shop.example.be>
References: <prv-2026-0398.1792919402@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
X-Mailer: eRekruter ATS 7.3
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dzień dobry,

dziękujemy za wiadomość przesłaną na adres rekrutacja@protalent.pl.

Twoje zgłoszenie zostało zarejestrowane w naszym systemie rekrutacyjnym pod numerem KND-2026-18834. Konsultant prowadzący projekt zapozna się z nim w ciągu 5 dni roboczych. Uprzejmie informujemy, że kontaktujemy się wyłącznie z wybranymi kandydatami.

Jeśli chcesz uzupełnić swoją aplikację, zaloguj się do Strefy Kandydata:
https://kariera.protalent.pl/strefa-kandydata

Administratorem Twoich danych osobowych jest ProTalent Sp. z o.o. z siedzibą w Poznaniu. Szczegóły znajdziesz w klauzuli informacyjnej dla kandydatów: https://protalent.pl/rodo-kandydaci

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.

--
ProTalent Sp. z o.o. | Agencja zatrudnienia, nr KRAZ 14872
ul. Głogowska 31/33, 60-702 Poznań
''')),

    ('pl', 'payroll-portal-payslip-available', 'automated', (),
'''Return-Path: <bounces+4471092-privacy=shop.example.be@notify.placeonline.pl>
Received: from o41.notify.placeonline.pl (o41.notify.placeonline.pl [167.89.101.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YnQ8s2kLmz1xRb
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 06:02:19 +0100 (CET)
From: =?utf-8?q?Portal_Pracownika_P=C5=82aceOnline?= <powiadomienia@placeonline.pl>
To: privacy@shop.example.be
Subject: ''' + _h('Nowy dokument: pasek wynagrodzeń za październik 2026') + '''
Date: Fri, 30 Oct 2026 05:02:17 +0000
Message-ID: <20261030050217.7f3a9c1e4b.4471092@notify.placeonline.pl>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
X-Mailer: PlaceOnline Notifier 4.2
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="----=_Part_118273_1330588011.1761800537441"

------=_Part_118273_1330588011.1761800537441
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dzień dobry,

w Portalu Pracownika pojawił się nowy dokument.

Rodzaj dokumentu: Pasek wynagrodzeń
Okres: październik 2026
Pracodawca: Shop Example Logistics Sp. z o.o.

Dokument pobierzesz po zalogowaniu: https://portal.placeonline.pl/dokumenty

Ze względów bezpieczeństwa nie wysyłamy dokumentów płacowych w załącznikach.
Jeżeli ta wiadomość nie jest przeznaczona dla Ciebie, poinformuj dział kadr swojego pracodawcy.

Pozdrawiamy
Zespół PłaceOnline

Ta wiadomość została wysłana automatycznie. Nie odpowiadaj na nią.
''') + '''
------=_Part_118273_1330588011.1761800537441
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Dzień dobry,</p>
<p>w Portalu Pracownika pojawił się nowy dokument.</p>
<table cellpadding="4">
<tr><td>Rodzaj dokumentu:</td><td><b>Pasek wynagrodzeń</b></td></tr>
<tr><td>Okres:</td><td>październik 2026</td></tr>
<tr><td>Pracodawca:</td><td>Shop Example Logistics Sp. z o.o.</td></tr>
</table>
<p><a href="https://portal.placeonline.pl/dokumenty" style="background:#0a6ebd;color:#fff;padding:8px 16px;text-decoration:none">Przejdź do dokumentów</a></p>
<p style="font-size:12px;color:#777">Ze względów bezpieczeństwa nie wysyłamy dokumentów płacowych w załącznikach. Jeżeli ta wiadomość nie jest przeznaczona dla Ciebie, poinformuj dział kadr swojego pracodawcy.<br>Ta wiadomość została wysłana automatycznie. Nie odpowiadaj na nią.</p>
</body></html>
''') + '''
------=_Part_118273_1330588011.1761800537441--
'''),

    ('pl', 'exchange-ooo-temp-agency-hr', 'automated', (),
'''Return-Path: <m.nowak@flexwork.pl>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2108.outbound.protection.outlook.com [40.107.105.108])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YmRk12B0Fz1xS3
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:31:07 +0100 (CET)
Received: from DB9PR08MB6619.eurprd08.prod.outlook.com (2603:10a6:10:2a4::9) by
 AS8PR08MB8133.eurprd08.prod.outlook.com with HTTPS; Tue, 27 Oct 2026 09:31:05 +0000
From: Magdalena Nowak <m.nowak@flexwork.pl>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: ''' + _h('Automatyczna odpowiedź: PRV-2026-0407 – request for timesheet data of a temporary worker') + '''
Thread-Topic: ''' + _h('PRV-2026-0407 – request for timesheet data of a temporary worker') + '''
Thread-Index: AQHcR2f1c0b3n8uXkEK6Ck1eTm5bNg==
Date: Tue, 27 Oct 2026 09:31:05 +0000
Message-ID: <6b1c0f4e2a9d4c17b8f2e0d5a3c71e90@DB9PR08MB6619.eurprd08.prod.outlook.com>
In-Reply-To: <prv-2026-0407.1793007801@shop.example.be>
References: <prv-2026-0407.1793007801@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: m.nowak@flexwork.pl
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: pl-PL
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dzień dobry,

dziękuję za wiadomość. Do 6 listopada przebywam na urlopie i nie mam dostępu do poczty.

W sprawach pracowników tymczasowych (ewidencja czasu pracy, rozliczenia, zaświadczenia) proszę pisać na adres kadry@flexwork.pl lub dzwonić pod numer +48 61 222 40 10.
Wiadomości nie są przekazywane dalej.

Pozdrawiam
Magdalena Nowak
Specjalistka ds. kadr i płac
FlexWork Agencja Pracy Tymczasowej Sp. z o.o.
''', 'iso-8859-2')),

    ('pl', 'person-applicant-reply-above-ats-ack-delete-cv', 'deletion', (),
'''Return-Path: <k.wrobel@o2.pl>
Received: from smtpo104.poczta.onet.pl (smtpo104.poczta.onet.pl [213.180.149.157])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YnB0w5p3Sz1xRr
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 21:47:36 +0100 (CET)
From: =?UTF-8?Q?Katarzyna_Wr=C3=B3bel?= <k.wrobel@o2.pl>
To: privacy@shop.example.be
Subject: ''' + _h('Re: Dziękujemy za Twoją aplikację – Pracownik magazynu (Gent)') + '''
Date: Wed, 28 Oct 2026 21:47:33 +0100
Message-ID: <a4c2a1e7-3f1d-4b5e-9b0a-27d6e8f10c42@o2.pl>
In-Reply-To: <ats.job-3318.appl-99412@jobs.shop.example.be>
References: <ats.job-3318.appl-99412@jobs.shop.example.be>
User-Agent: Poczta o2
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry,

piszę na ten adres, bo na dole maila jest napisane, że w sprawach danych osobowych mam się kontaktować z Państwem.

Po zakończeniu rekrutacji na to stanowisko proszę o usunięcie mojego CV i wszystkich moich danych z Państwa systemu rekrutacyjnego, niezależnie od wyniku. Nie chcę, żeby były przechowywane dłużej niż to konieczne.

Z poważaniem
Katarzyna Wróbel


W dniu 28.10.2026 o 14:05, Shop Example Careers pisze:
> Cześć Katarzyna,
>
> dziękujemy za przesłanie aplikacji na stanowisko Pracownik magazynu (Gent),
> nr referencyjny JOB-3318.
>
> Twoje zgłoszenie trafiło do naszego zespołu rekrutacyjnego. Jeśli Twój profil
> będzie odpowiadał wymaganiom, skontaktujemy się z Tobą w ciągu 10 dni roboczych.
>
> Ta wiadomość została wysłana automatycznie. Prosimy na nią nie odpowiadać.
>
> Pytania dotyczące ochrony danych osobowych: privacy@shop.example.be
> Shop Example BV – Kariera
'''),

    ('pl', 'person-talent-pool-match-reply-with-signature', 'withdraw_consent', (),
'''Return-Path: <agnieszka.lis@mediatrans.pl>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2091.outbound.protection.outlook.com [40.107.21.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpK7c1nWtz1xSd
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:42:21 +0100 (CET)
From: Agnieszka Lis <agnieszka.lis@mediatrans.pl>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: ''' + _h('RE: Twój profil pasuje do nowej oferty: Koordynator/ka e-commerce') + '''
Thread-Topic: ''' + _h('Twój profil pasuje do nowej oferty: Koordynator/ka e-commerce') + '''
Thread-Index: AQHcTE1wqR2dY0X9r0K1mQ3u7Pz4aA==
Date: Mon, 2 Nov 2026 08:42:17 +0000
Message-ID: <PAXPR02MB7310C1E4D2B0A6F19C3E7B0AD8062@PAXPR02MB7310.eurprd02.prod.outlook.com>
References: <talent.match.5520.88104@jobs.shop.example.be>
In-Reply-To: <talent.match.5520.88104@jobs.shop.example.be>
Accept-Language: pl-PL, en-US
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dzień dobry,
proszę o wycofanie mojej zgody na udział w przyszłych rekrutacjach (baza talentów). Zmieniłam pracę i nie chcę już dostawać takich propozycji.
Pozdrawiam
A. Lis

Pobierz program Outlook dla systemu iOS<https://aka.ms/o0ukef>
________________________________
Agnieszka Lis
Specjalista ds. Logistyki | MediaTrans Sp. z o.o.
tel. +48 22 555 18 40 | www.mediatrans.pl

Treść tej wiadomości jest poufna i prawnie chroniona. Odbiorcą może być jedynie jej adresat z wyłączeniem dostępu osób trzecich. Jeżeli nie jest Pan/Pani adresatem tej wiadomości, prosimy o niezwłoczne powiadomienie nadawcy i usunięcie wiadomości. Przeglądanie, wykorzystywanie lub rozpowszechnianie tej wiadomości przez osoby nieupoważnione jest zabronione.
________________________________
Od: Shop Example Careers <talent@jobs.shop.example.be>
Wysłane: poniedziałek, 2 listopada 2026 08:00
Do: agnieszka.lis@mediatrans.pl <agnieszka.lis@mediatrans.pl>
Temat: Twój profil pasuje do nowej oferty: Koordynator/ka e-commerce

Cześć Agnieszko,

w naszej bazie talentów znaleźliśmy ofertę, która może Cię zainteresować:

Koordynator/ka e-commerce – Bruksela / praca hybrydowa
https://jobs.shop.example.be/o/koordynator-e-commerce-5520

Wyraziłaś zgodę na przechowywanie Twojego CV w naszej bazie talentów do 14.03.2027. Możesz ją w każdej chwili wycofać, pisząc na privacy@shop.example.be.

Shop Example BV – Kariera
Wiadomość wygenerowana automatycznie.
''')),

    # ------------------------------------------------------------------ cs
    ('cs', 'job-board-alert-new-offers', 'automated', (),
'''Return-Path: <bounce-5f2e91c0aa@mail.prace-example.cz>
Received: from out-07.mail.prace-example.cz (out-07.mail.prace-example.cz [77.75.78.207])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YmRb67qYhz1xRk
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 07:15:06 +0100 (CET)
From: =?utf-8?q?Pr=C3=A1ce=2Eexample=2Ecz?= <upozorneni@mail.prace-example.cz>
To: privacy@shop.example.be
Subject: ''' + _h('3 nové nabídky pro „Specialista GDPR“') + '''
Date: Tue, 27 Oct 2026 07:15:03 +0100
Message-ID: <alert.5f2e91c0aa.20261027061503@mail.prace-example.cz>
List-Id: <upozorneni.prace-example.cz>
List-Unsubscribe: <https://www.prace-example.cz/upozorneni/zrusit?t=5f2e91c0aa>, <mailto:unsubscribe-5f2e91c0aa@mail.prace-example.cz>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Feedback-ID: alert:prace-example:esp01
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_alert_5f2e91c0aa_b7"

--=_alert_5f2e91c0aa_b7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dobrý den,

podle Vašeho upozornění „Specialista GDPR, Praha + práce z domova“ jsme našli 3 nové nabídky:

Specialista/ka ochrany osobních údajů (DPO)
Mladá Banka a.s. – Praha 4 – 55 000–70 000 Kč měsíčně
https://www.prace-example.cz/nabidka/2000418832

Compliance analytik – GDPR a AML
Pojišťovna Vltava a.s. – Praha 8 – hybridní práce
https://www.prace-example.cz/nabidka/2000419107

Koordinátor/ka ochrany dat pro e-shop
Drogerie Online s.r.o. – plně na dálku
https://www.prace-example.cz/nabidka/2000419455

Upozornění si můžete upravit nebo zrušit: https://www.prace-example.cz/upozorneni/5f2e91c0aa

Tento e-mail jste dostali, protože jste si na portálu Práce.example.cz nastavili upozornění na nové nabídky. Na tento e-mail neodpovídejte.
''') + '''
--=_alert_5f2e91c0aa_b7
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<!DOCTYPE html><html lang="cs"><body style="margin:0;background:#f4f5f7">
<div style="max-width:600px;margin:0 auto;background:#fff;font-family:Helvetica,Arial,sans-serif">
<p>Dobrý den,</p>
<p>podle Vašeho upozornění <b>„Specialista GDPR, Praha + práce z domova“</b> jsme našli 3 nové nabídky:</p>
<p><a href="https://www.prace-example.cz/nabidka/2000418832">Specialista/ka ochrany osobních údajů (DPO)</a><br>Mladá Banka a.s. – Praha 4 – 55 000–70 000 Kč měsíčně</p>
<p><a href="https://www.prace-example.cz/nabidka/2000419107">Compliance analytik – GDPR a AML</a><br>Pojišťovna Vltava a.s. – Praha 8 – hybridní práce</p>
<p><a href="https://www.prace-example.cz/nabidka/2000419455">Koordinátor/ka ochrany dat pro e-shop</a><br>Drogerie Online s.r.o. – plně na dálku</p>
<p style="font-size:11px;color:#888">Tento e-mail jste dostali, protože jste si na portálu Práce.example.cz nastavili upozornění na nové nabídky. <a href="https://www.prace-example.cz/upozorneni/5f2e91c0aa">Upravit nebo zrušit upozornění</a></p>
</div></body></html>
''') + '''
--=_alert_5f2e91c0aa_b7--
'''),

    ('cs', 'exchange-ooo-recruiter-agency', 'automated', (),
'''Return-Path: <tereza.horakova@peoplebridge.cz>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2130.outbound.protection.outlook.com [40.107.249.130])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YnT3D0vRbz1xRp
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 11:08:44 +0100 (CET)
From: =?iso-8859-2?Q?Tereza_Hor=E1kov=E1?= <tereza.horakova@peoplebridge.cz>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: ''' + _h('Automatická odpověď: PRV-2026-0419 – candidate data deletion request') + '''
Thread-Topic: ''' + _h('PRV-2026-0419 – candidate data deletion request') + '''
Thread-Index: AQHcSf3kq0Qz8wJr7UuYb2dTQk9vDw==
Date: Thu, 29 Oct 2026 10:08:41 +0000
Message-ID: <e1a9d3c07b4f4f2e9e61c8a25f0d7b13@VI1PR02MB5867.eurprd02.prod.outlook.com>
In-Reply-To: <prv-2026-0419.1793181902@shop.example.be>
References: <prv-2026-0419.1793181902@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: tereza.horakova@peoplebridge.cz
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: cs-CZ
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dobrý den,

děkuji za Vaši zprávu. Od 29. 10. do 4. 11. 2026 čerpám dovolenou a k e-mailu se nedostanu.

V naléhavých záležitostech týkajících se probíhajících výběrových řízení se prosím obraťte na kolegyni Janu Svobodovou (jana.svobodova@peoplebridge.cz, +420 731 552 018).
Záležitosti ochrany osobních údajů uchazečů vyřizuje náš pověřenec: gdpr@peoplebridge.cz.

S pozdravem
Tereza Horáková
Senior Recruiter | PeopleBridge s.r.o.
Na Poříčí 1041/12, 110 00 Praha 1
''', 'iso-8859-2')),

    ('cs', 'exchange-online-ndr-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2059.outbound.protection.outlook.com [40.107.13.59])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YnV9q3LQ9z1xS0
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 14:20:47 +0100 (CET)
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tempoflex.cz>
To: <privacy@shop.example.be>
Subject: ''' + _h('Nedoručitelné: PRV-2026-0421 – Request for information on temporary worker records') + '''
Date: Thu, 29 Oct 2026 13:20:44 +0000
Message-ID: <4f0b7c2e-9a1d-4e63-8c55-1d2e3f4a5b6c@PR3PR02MB6011.eurprd02.prod.outlook.com>
In-Reply-To: <prv-2026-0421.1793194840@shop.example.be>
References: <prv-2026-0421.1793194840@shop.example.be>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: cs-CZ
X-MS-PublicTrafficType: Email
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="_000_4f0b7c2e9a1d4e638c551d2e3f4a5b6cPR3PR02MB6011eurprd02_"

--_000_4f0b7c2e9a1d4e638c551d2e3f4a5b6cPR3PR02MB6011eurprd02_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Doručení se nezdařilo.

petr.kucera@tempoflex.cz

E-mailová adresa, na kterou jste se pokusili zprávu odeslat, nebyla v doméně příjemce nalezena. Možná je v adrese překlep nebo adresa už neexistuje. Zkuste zprávu odeslat znovu s ověřenou adresou, případně se s příjemcem spojte jinou cestou.

Další informace pro správce e-mailu:
Vzdálený server vrátil chybu: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

Generující server: PR3PR02MB6011.eurprd02.prod.outlook.com

Původní hlavičky zprávy jsou přiloženy.
''') + '''
--_000_4f0b7c2e9a1d4e638c551d2e3f4a5b6cPR3PR02MB6011eurprd02_
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3PR02MB6011.eurprd02.prod.outlook.com
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Thu, 29 Oct 2026 13:20:42 +0000

Final-Recipient: rfc822;petr.kucera@tempoflex.cz
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_000_4f0b7c2e9a1d4e638c551d2e3f4a5b6cPR3PR02MB6011eurprd02_
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (195.130.152.17) by
 PR3PR02MB6011.eurprd02.prod.outlook.com with Microsoft SMTP Server; Thu, 29 Oct
 2026 13:20:42 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: petr.kucera@tempoflex.cz
Subject: =?utf-8?q?PRV-2026-0421_=E2=80=93_Request_for_information_on_temporary_worker_records?=
Date: Thu, 29 Oct 2026 14:20:40 +0100
Message-ID: <prv-2026-0421.1793194840@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

--_000_4f0b7c2e9a1d4e638c551d2e3f4a5b6cPR3PR02MB6011eurprd02_--
'''),

    ('cs', 'person-temp-reply-above-timesheet-reminder-what-app-records', 'access', (),
'''Return-Path: <lukas.dvorak97@seznam.cz>
Received: from mxf1.seznam.cz (mxf1.seznam.cz [77.75.78.50])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpC1m0kTrz1xRq
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 19:12:11 +0100 (CET)
From: =?utf-8?Q?Luk=C3=A1=C5=A1_Dvo=C5=99=C3=A1k?= <lukas.dvorak97@seznam.cz>
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: ''' + _h('Re: Připomínka: potvrďte docházku za týden 44') + '''
Date: Sun, 1 Nov 2026 19:12:08 +0100
Message-Id: <7A3C2E19-5B0D-4F6A-9E21-0C8D4B7F1A55@seznam.cz>
References: <shiftplan.rem.44.cz.20481@shiftplan-example.com>
In-Reply-To: <shiftplan.rem.44.cz.20481@shiftplan-example.com>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

''' + _qp('''Dobrý den,
pracuju u vás přes agenturu ve skladu v Gentu. Ta aplikace na docházku po mně při píchnutí chce polohu a fotku obličeje. Chtěl bych vědět, co všechno si o mně ukládáte – polohu, fotky, časy, přestávky? – kdo to vidí a jak dlouho to máte. Klidně mi pošlete, co o mně v systému je.

Díky
Lukáš Dvořák

Odesláno z iPhonu

> 1. 11. 2026 v 18:00, ShiftPlan <noreply@shiftplan-example.com>:
>
> Dobrý den, Lukáši,
>
> za týden 44 (26. 10. – 1. 11. 2026) máte 2 nepotvrzené směny. Potvrďte prosím docházku do pondělí 2. 11. do 12:00, jinak nebude zahrnuta do výkazu pro agenturu.
>
> Potvrdit docházku: https://app.shiftplan-example.com/t/8QX2LM
>
> Shop Example BV – Sklad Gent
> Otázky k osobním údajům: privacy@shop.example.be
''')),

    # ------------------------------------------------------------------ hr
    ('hr', 'lms-mandatory-course-reminder', 'automated', (),
'''Return-Path: <noreply@eduplatforma.hr>
Received: from mail.eduplatforma.hr (mail.eduplatforma.hr [185.62.75.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpZ0r4tGcz1xRn
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 07:00:09 +0100 (CET)
From: "Akademija Shop Example (putem EduPlatforme)" <noreply@eduplatforma.hr>
Reply-To: Ne odgovarajte na ovu poruku <noreply@eduplatforma.hr>
To: Privacy Team <privacy@shop.example.be>
Subject: ''' + _h('Podsjetnik: tečaj „Zaštita osobnih podataka – godišnje obnavljanje“ ističe za 3 dana') + '''
Date: Tue, 3 Nov 2026 07:00:04 +0100
Message-ID: <6b2f91a0c3e74d1f.212.5048@shopexample.eduplatforma.hr>
Precedence: Bulk
Auto-Submitted: auto-generated
X-Course-Id: 212
X-Course-Name: =?utf-8?q?Za=C5=A1tita_osobnih_podataka_2026?=
List-Unsubscribe: <https://shopexample.eduplatforma.hr/message/notificationpreferences.php>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Poštovani korisniče Privacy Team,

podsjećamo Vas da još niste završili obavezni tečaj.

Tečaj: Zaštita osobnih podataka – godišnje obnavljanje 2026
Rok za završetak: 6. studenoga 2026.
Napredak: 40 % (2 od 5 modula)

Nastavite s učenjem:
https://shopexample.eduplatforma.hr/course/view.php?id=212

---------------------------------------------------------------------
Ova je poruka automatski generirana. Molimo ne odgovarajte na nju.
Postavke obavijesti možete promijeniti u svom profilu:
https://shopexample.eduplatforma.hr/message/notificationpreferences.php
'''),

    ('hr', 'leaver-mailbox-no-longer-with-company', 'automated', (),
'''Return-Path: <>
Received: from mail.talentum-hr.hr (mail.talentum-hr.hr [89.164.32.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpfG83Kx4z1xRv
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 13:27:52 +0100 (CET)
From: =?windows-1250?Q?Ivana_Kova=E8evi=E6?= <ivana.kovacevic@talentum-hr.hr>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: ''' + _h('Automatski odgovor: PRV-2026-0426 – confirmation of candidate data deletion') + '''
Thread-Topic: ''' + _h('PRV-2026-0426 – confirmation of candidate data deletion') + '''
Date: Tue, 3 Nov 2026 12:27:49 +0000
Message-ID: <0c55e8d2b7aa4b5f97d2f1e3a6c40b28@EXCH01.talentum.local>
In-Reply-To: <prv-2026-0426.1793708863@shop.example.be>
References: <prv-2026-0426.1793708863@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: ivana.kovacevic@talentum-hr.hr
Content-Language: hr-HR
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1250"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Poštovani,

Ivana Kovačević više nije zaposlena u tvrtki Talentum d.o.o. i ovaj se poštanski sandučić ne prati.

Za pitanja o kandidatima i projektima zapošljavanja obratite se na zaposljavanje@talentum-hr.hr.
Za pitanja o zaštiti osobnih podataka pišite našem službeniku za zaštitu podataka: dpo@talentum-hr.hr.

Vaša poruka neće biti proslijeđena.

Lijep pozdrav,
Talentum d.o.o., Radnička cesta 47, 10000 Zagreb
''', 'windows-1250')),

    ('hr', 'person-candidate-asks-which-interview-date', 'other', (),
'''Return-Path: <marko.babic.zg@gmail.com>
Received: from mail-ed1-f44.google.com (mail-ed1-f44.google.com [209.85.208.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpM2f6yQbz1xRs
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 12:18:30 +0100 (CET)
MIME-Version: 1.0
References: <ats.interview.3342.7781@jobs.shop.example.be>
In-Reply-To: <ats.interview.3342.7781@jobs.shop.example.be>
From: ''' + _h('Marko Babić', 'utf-8') + ''' <marko.babic.zg@gmail.com>
Date: Mon, 2 Nov 2026 12:18:14 +0100
Message-ID: <CAK7mQ0u3Zx+Rb1pV9TqfH2wWc1Lr6s0oY-p5dN8eJk4aBv2X1g@mail.gmail.com>
Subject: ''' + _h('Re: Poziv na razgovor – Voditelj smjene skladišta (JOB-3342)') + '''
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000b3c5e20624f1a8d7"

--000000000000b3c5e20624f1a8d7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Poštovani,

u ovom mailu piše da je razgovor u četvrtak 5. studenoga u 10:00, a u pozivnici za kalendar koja je stigla odvojeno stoji petak 6. studenoga. Koji je datum točan? Dolazim iz Zagreba pa moram rezervirati let.

Hvala i lijep pozdrav,
Marko Babić

pon, 2. stu 2026. u 11:03 Shop Example Careers <careers@jobs.shop.example.be> napisao je:

> Poštovani Marko,
>
> zahvaljujemo na interesu za poziciju Voditelj smjene skladišta (JOB-3342).
> Pozivamo Vas na razgovor:
>
> Datum: četvrtak, 5. studenoga 2026.
> Vrijeme: 10:00 (CET)
> Mjesto: Shop Example BV, Distributiecentrum, Port Arthurlaan 120, 9000 Gent
>
> Potvrdite dolazak putem poveznice: https://jobs.shop.example.be/i/7RK2Q
>
> Ova je poruka poslana automatski.
> Pitanja o zaštiti podataka: privacy@shop.example.be
>
''') + '''
--000000000000b3c5e20624f1a8d7
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<div dir="ltr">Poštovani,<div><br></div><div>u ovom mailu piše da je razgovor u četvrtak 5. studenoga u 10:00, a u pozivnici za kalendar koja je stigla odvojeno stoji petak 6. studenoga. Koji je datum točan? Dolazim iz Zagreba pa moram rezervirati let.</div><div><br></div><div>Hvala i lijep pozdrav,</div><div>Marko Babić</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">pon, 2. stu 2026. u 11:03 Shop Example Careers &lt;<a href="mailto:careers@jobs.shop.example.be">careers@jobs.shop.example.be</a>&gt; napisao je:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Poštovani Marko,<br><br>zahvaljujemo na interesu za poziciju Voditelj smjene skladišta (JOB-3342). Pozivamo Vas na razgovor:<br><br>Datum: četvrtak, 5. studenoga 2026.<br>Vrijeme: 10:00 (CET)<br>Mjesto: Shop Example BV, Distributiecentrum, Port Arthurlaan 120, 9000 Gent<br><br>Potvrdite dolazak putem poveznice: <a href="https://jobs.shop.example.be/i/7RK2Q">https://jobs.shop.example.be/i/7RK2Q</a><br><br>Ova je poruka poslana automatski.<br>Pitanja o zaštiti podataka: privacy@shop.example.be</blockquote></div>
''') + '''
--000000000000b3c5e20624f1a8d7--
'''),

    ('hr', 'staff-survey-platform-invitation', 'automated', (),
'''Return-Path: <bounces+2290417-privacy=shop.example.be@em8812.pulse-example.io>
Received: from o3.em8812.pulse-example.io (o3.em8812.pulse-example.io [149.72.201.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpHq70Wm1z1xRm
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:00:16 +0100 (CET)
From: Pulse Ankete <survey@pulse-example.io>
Reply-To: no-reply@pulse-example.io
To: privacy@shop.example.be
Subject: ''' + _h('Vaše mišljenje je važno: Anketa o zadovoljstvu zaposlenika 2026') + '''
Date: Mon, 02 Nov 2026 08:00:12 +0000
Message-ID: <sX9q4kT2Rk2m8bP0zV1c3Q@geopod-ismtpd-7>
X-SG-EID: =?us-ascii?Q?u001=2E6Qw1nYk3pB0r8Zt2cHf9aKdLmXs4?=
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="a1f07c3d9b6e2f58c0e4d7b1"

--a1f07c3d9b6e2f58c0e4d7b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0

''' + _qp('''Poštovani,

Shop Example BV poziva Vas da sudjelujete u godišnjoj anketi o zadovoljstvu zaposlenika. Ispunjavanje traje oko 12 minuta.

Anketa je otvorena do 13. studenoga 2026.

Započni anketu: https://shopexample.pulse-example.io/s/c8f1e2a9-1d44-4f0e-9b3a-71e2d0c5aa18

Vaši su odgovori povjerljivi. Rezultati se voditeljima prikazuju samo skupno, za timove s najmanje 5 ispitanika.

Ovu poruku automatski je poslala platforma Pulse u ime tvrtke Shop Example BV. Ne odgovarajte na nju.
''') + '''
--a1f07c3d9b6e2f58c0e4d7b1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64
Mime-Version: 1.0

''' + _b64('''<html><body style="font-family:Segoe UI,Arial,sans-serif;background:#f6f7fb">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;padding:32px">
<tr><td><h2 style="color:#3b3f8f">Vaše mišljenje je važno</h2>
<p>Shop Example BV poziva Vas da sudjelujete u godišnjoj anketi o zadovoljstvu zaposlenika. Ispunjavanje traje oko 12 minuta.</p>
<p>Anketa je otvorena do <b>13. studenoga 2026.</b></p>
<p><a href="https://shopexample.pulse-example.io/s/c8f1e2a9-1d44-4f0e-9b3a-71e2d0c5aa18" style="background:#3b3f8f;color:#fff;padding:10px 22px;border-radius:4px;text-decoration:none">Započni anketu</a></p>
<p style="font-size:12px;color:#666">Vaši su odgovori povjerljivi. Rezultati se voditeljima prikazuju samo skupno, za timove s najmanje 5 ispitanika.</p>
<p style="font-size:11px;color:#999">Ovu poruku automatski je poslala platforma Pulse u ime tvrtke Shop Example BV. Ne odgovarajte na nju.</p>
</td></tr></table></td></tr></table>
<img src="https://u2290417.ct.pulse-example.io/wf/open?upn=u001.Zk3pQ" width="1" height="1" alt="">
</body></html>
''') + '''
--a1f07c3d9b6e2f58c0e4d7b1--
'''),

    # ------------------------------------------------------------------ sv
    ('sv', 'exchange-onprem-ndr-leaver-recruiter', 'automated', (),
'''Return-Path: <>
Received: from mail.rekryteranorr.se (mail.rekryteranorr.se [194.14.62.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpQ1x2vZkz1xRt
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 15:41:12 +0100 (CET)
Received: from EXCH02.rekryteranorr.local (10.1.1.12) by EXCH02.rekryteranorr.local
 (10.1.1.12) with Microsoft SMTP Server id 15.2.1544.11; Mon, 2 Nov 2026
 15:41:09 +0100
From: Microsoft Exchange <postmaster@rekryteranorr.se>
To: <privacy@shop.example.be>
Subject: ''' + _h('Det gick inte att leverera: PRV-2026-0430 – Request regarding a candidate you introduced') + '''
Date: Mon, 2 Nov 2026 14:41:09 +0000
Message-ID: <a8d0c5e4-61f2-4b8e-b3d1-4c0e7f9a2b61@EXCH02.rekryteranorr.local>
In-Reply-To: <prv-2026-0430.1793630465@shop.example.be>
References: <prv-2026-0430.1793630465@shop.example.be>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="_000_a8d0c561f24b8eb3d14c0e7f9a2b61EXCH02rekryteranorrlo_"

--_000_a8d0c561f24b8eb3d14c0e7f9a2b61EXCH02rekryteranorrlo_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Leveransen misslyckades till följande mottagare eller grupper:

johan.lindqvist@rekryteranorr.se
Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-postadress och försök att skicka meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.


Diagnostikinformation för administratörer:

Genererande server: EXCH02.rekryteranorr.local

johan.lindqvist@rekryteranorr.se
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##
''') + '''
--_000_a8d0c561f24b8eb3d14c0e7f9a2b61EXCH02rekryteranorrlo_
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.rekryteranorr.local
Received-From-MTA: dns;mail.rekryteranorr.se
Arrival-Date: Mon, 2 Nov 2026 14:41:08 +0000

Final-Recipient: rfc822;johan.lindqvist@rekryteranorr.se
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--_000_a8d0c561f24b8eb3d14c0e7f9a2b61EXCH02rekryteranorrlo_
Content-Type: message/rfc822

Received: from mail.shop.example.be (195.130.152.17) by mail.rekryteranorr.se
 (194.14.62.90) with ESMTPS; Mon, 2 Nov 2026 15:41:08 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: <johan.lindqvist@rekryteranorr.se>
Subject: =?utf-8?q?PRV-2026-0430_=E2=80=93_Request_regarding_a_candidate_you_introduced?=
Date: Mon, 2 Nov 2026 15:41:05 +0100
Message-ID: <prv-2026-0430.1793630465@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Dear Mr Lindqvist,

A candidate whom Rekrytera Norr introduced to us in September for the
position of Nordic Marketplace Manager has asked us which personal data
we received about her and from whom. Could you tell us which documents
your agency sent us on her behalf, and on which dates?

Our reference: PRV-2026-0430. We would appreciate an answer by
16 November 2026.

Kind regards,
Privacy Team
Shop Example BV

--_000_a8d0c561f24b8eb3d14c0e7f9a2b61EXCH02rekryteranorrlo_--
'''),

    ('sv', 'outlook-read-receipt-hr-partner', 'automated', (),
'''Return-Path: <emma.sjoberg@nordlager.se>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2122.outbound.protection.outlook.com [40.107.247.122])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpbW03yPnz1xRx
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 11:05:21 +0100 (CET)
From: =?iso-8859-1?Q?Emma_Sj=F6berg?= <emma.sjoberg@nordlager.se>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: ''' + _h("Läst: PRV-2026-0415 – verification of a former employee's postal address") + '''
Thread-Topic: ''' + _h("PRV-2026-0415 – verification of a former employee's postal address") + '''
Thread-Index: AQHcTY7pX3ZrJ0c9G0i3H1y2rV7kSQ==
Date: Tue, 3 Nov 2026 10:05:17 +0000
Message-ID: <AM0PR07MB5412F8E1C0D3B9A2E17D5C46B3012@AM0PR07MB5412.eurprd07.prod.outlook.com>
References: <prv-2026-0415.1793703160@shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_004_AM0PR07MB5412F8E1C0D3B9A2E17D5C46B3012AM0PR07MB5412eurp_"

--_004_AM0PR07MB5412F8E1C0D3B9A2E17D5C46B3012AM0PR07MB5412eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Ditt meddelande

  Till: Emma Sjöberg
  Ämne: PRV-2026-0415 – verification of a former employee's postal address
  Skickat: den 3 november 2026 10:12:40 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

lästes den 3 november 2026 11:05:17 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
''') + '''
--_004_AM0PR07MB5412F8E1C0D3B9A2E17D5C46B3012AM0PR07MB5412eurp_
Content-Type: message/disposition-notification

Reporting-UA: AM0PR07MB5412.eurprd07.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;emma.sjoberg@nordlager.se
Original-Message-ID: <prv-2026-0415.1793703160@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_004_AM0PR07MB5412F8E1C0D3B9A2E17D5C46B3012AM0PR07MB5412eurp_--
'''),

    ('sv', 'time-attendance-missing-clock-out', 'automated', (),
'''Return-Path: <bounce+5f1c2a.8d7e0-privacy=shop.example.be@mg.tidrapp-example.se>
Received: from m228-12.mailgun.net (m228-12.mailgun.net [159.135.228.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Yq0mT1cXrz1xRy
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 06:30:05 +0100 (CET)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=mg.tidrapp-example.se;
 q=dns/txt; s=mx; t=1793770202; h=To: Subject: Message-Id: Date: From;
 bh=3Wq8cYVdN0b9aS1rK2pFz7Ql0uXo4mHc8EJt6yvB5gk=; b=Qm9uIGVuIHNpZ25hdHVyZSwgYmFyYSBldHQgZXhlbXBlbA
From: Tidrapp <noreply@tidrapp-example.se>
To: privacy@shop.example.be
Subject: ''' + _h('Du har en ofullständig stämpling tisdag 3 november') + '''
Date: Wed, 04 Nov 2026 05:30:02 +0000
Message-Id: <20261104053002.5f1c2a8d7e0b41c3@mg.tidrapp-example.se>
X-Mailgun-Sid: WyI4ZDdlMCIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICI1ZjFjMmEiXQ==
X-Mailgun-Tag: stampling-ofullstandig
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="8e2b6f0d4c1a4f7e9b3d5a1c0e8f6b2d"

--8e2b6f0d4c1a4f7e9b3d5a1c0e8f6b2d
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset="utf-8"

''' + _qp('''Hej Privacy Team!

Du stämplade in tisdag 3 november kl. 08:47 men har inte stämplat ut.

Komplettera stämplingen senast fredag 6 november, annars kommer dagen inte med i löneunderlaget för november.

Komplettera stämplingen: https://app.tidrapp-example.se/stampling/2026-11-03

Frågor om din tid eller ditt schema? Vänd dig till din närmaste chef.

Vänliga hälsningar
Tidrapp

Du får det här mejlet eftersom du har aviseringar om stämplingar påslagna. Ändra under Inställningar > Aviseringar.
''') + '''
--8e2b6f0d4c1a4f7e9b3d5a1c0e8f6b2d
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset="utf-8"

''' + _qp('''<!doctype html><html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#1d1d1f">
<p>Hej Privacy Team!</p>
<p>Du stämplade in <b>tisdag 3 november kl. 08:47</b> men har inte stämplat ut.</p>
<p>Komplettera stämplingen senast fredag 6 november, annars kommer dagen inte med i löneunderlaget för november.</p>
<p><a href="https://app.tidrapp-example.se/stampling/2026-11-03" style="background:#00875a;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Komplettera stämplingen</a></p>
<p>Frågor om din tid eller ditt schema? Vänd dig till din närmaste chef.</p>
<p>Vänliga hälsningar<br>Tidrapp</p>
<p style="font-size:11px;color:#8a8a8e">Du får det här mejlet eftersom du har aviseringar om stämplingar påslagna. Ändra under Inställningar &gt; Aviseringar.</p>
</body></html>
''') + '''
--8e2b6f0d4c1a4f7e9b3d5a1c0e8f6b2d--
'''),

    ('sv', 'person-former-employee-forwards-payroll-notice', 'deletion', (),
'''Return-Path: <sofia.andersson84@outlook.com>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2011.outbound.protection.outlook.com [40.92.91.11])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YnF3k6mWdz1xRw
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 20:03:48 +0100 (CET)
From: Sofia Andersson <sofia.andersson84@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: ''' + _h('VB: Din lönespecifikation för oktober 2026 är klar') + '''
Thread-Topic: ''' + _h('Din lönespecifikation för oktober 2026 är klar') + '''
Thread-Index: AQHcR7yJmW5t2o0f6kCq3m9aH1xYbg==
Date: Tue, 27 Oct 2026 19:03:44 +0000
Message-ID: <DU0P192MB17452E0A9C4B1F7D3E58A6C2B7F12@DU0P192MB1745.EURP192.PROD.OUTLOOK.COM>
References: <lonia.notif.20261027.55812@lonia-example.se>
In-Reply-To: <lonia.notif.20261027.55812@lonia-example.se>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Jag slutade hos er i juni men de här kommer fortfarande till min privata mejl. Ta bort mina uppgifter ur lönesystemet, tack.

Sofia Andersson

________________________________
Från: Lönia <no-reply@lonia-example.se>
Skickat: den 27 oktober 2026 05:58
Till: sofia.andersson84@outlook.com <sofia.andersson84@outlook.com>
Ämne: Din lönespecifikation för oktober 2026 är klar

Hej Sofia!

Din lönespecifikation för oktober 2026 från Shop Example BV (filial Sverige) finns nu i Lönia.

Logga in med BankID för att se den:
https://app.lonia-example.se/lonespec

Det här är ett automatiskt meddelande och går inte att svara på.
Lönia – lön och HR för små och medelstora företag
''')),

    # ------------------------------------------------------------------ ro
    ('ro', 'gmail-vacation-responder-temp-agency-hr', 'automated', (),
'''Return-Path: <andreea.popescu@resursa-umana.ro>
Received: from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YnY6b1hTgz1xRq
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 09:14:33 +0100 (CET)
Received: by mail-wm1-f52.google.com with SMTP id 5b1f17b1804b1-43167ff0f91so11203865e9
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 01:14:31 -0700 (PDT)
MIME-Version: 1.0
From: Andreea Popescu <andreea.popescu@resursa-umana.ro>
Date: Fri, 30 Oct 2026 10:14:29 +0200
Message-ID: <CAG4pR1t7wq0nLx+3rT5ZPc8V9e0aBq4uFj6-kS2hMw1yD7eQzA@mail.gmail.com>
Subject: ''' + _h('Concediu de odihnă – răspuns automat') + '''
To: privacy@shop.example.be
In-Reply-To: <prv-2026-0433.1793262846@shop.example.be>
References: <prv-2026-0433.1793262846@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000002d8c1a0624a7c3f5"

--0000000000002d8c1a0624a7c3f5
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Bună ziua,

Vă mulțumesc pentru mesaj. Sunt în concediu de odihnă în perioada 30 octombrie – 9 noiembrie 2026, cu acces limitat la e-mail.

Pentru contracte de muncă temporară, pontaj sau salarizare vă rog să scrieți la hr@resursa-umana.ro sau să o contactați pe colega mea, Ioana Marin (ioana.marin@resursa-umana.ro, +40 21 310 44 52).

Cu stimă,
Andreea Popescu
HR Specialist | Resursa Umană Staffing SRL
''') + '''
--0000000000002d8c1a0624a7c3f5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<div dir="ltr"><p>Bună ziua,</p><p>Vă mulțumesc pentru mesaj. Sunt în concediu de odihnă în perioada <b>30 octombrie – 9 noiembrie 2026</b>, cu acces limitat la e-mail.</p><p>Pentru contracte de muncă temporară, pontaj sau salarizare vă rog să scrieți la <a href="mailto:hr@resursa-umana.ro">hr@resursa-umana.ro</a> sau să o contactați pe colega mea, Ioana Marin (<a href="mailto:ioana.marin@resursa-umana.ro">ioana.marin@resursa-umana.ro</a>, +40 21 310 44 52).</p><p>Cu stimă,<br>Andreea Popescu<br>HR Specialist | Resursa Umană Staffing SRL</p></div>
''') + '''
--0000000000002d8c1a0624a7c3f5--
'''),

    ('ro', 'hr-service-desk-ticket-acknowledgement', 'automated', (),
'''Return-Path: <hr-helpdesk@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [195.130.152.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpT6y0QmJz1xRk
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 16:22:41 +0100 (CET)
Received: from hrdesk-app01.int.shop.example.be (hrdesk-app01.int.shop.example.be [10.12.4.21])
        by mail.shop.example.be (Postfix) with ESMTP id 7D0E21C03A
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 16:22:40 +0100 (CET)
From: HR Service Desk <hr-helpdesk@shop.example.be>
Reply-To: HR Service Desk <hr-helpdesk@shop.example.be>
To: privacy@shop.example.be
Subject: ''' + _h('[HR-Helpdesk #48213] Am primit solicitarea dumneavoastră: PRV-2026-0436 – export of personnel file for access request') + '''
Date: Mon, 2 Nov 2026 17:22:40 +0200
Message-ID: <ticket-48213-ack-1793633760@hrdesk.shop.example.be>
In-Reply-To: <prv-2026-0436.1793633750@shop.example.be>
References: <prv-2026-0436.1793633750@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
X-Helpdesk-Ticket-ID: 48213
X-Helpdesk-Queue: Administrare Personal (Cluj)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

''' + _b64('''Bună ziua,

Solicitarea dumneavoastră a fost înregistrată cu numărul #48213 și a fost atribuită echipei Administrare Personal.

Subiect: PRV-2026-0436 – export of personnel file for access request
Prioritate: Normală
Termen estimat de răspuns: 3 zile lucrătoare

Puteți urmări stadiul solicitării aici:
https://hrdesk.shop.example.be/helpdesk/tickets/48213

Pentru a adăuga informații, răspundeți la acest e-mail fără a modifica subiectul.

Cu stimă,
Echipa HR Service Desk – Centrul de servicii Cluj
Shop Example BV
''')),

    ('ro', 'expense-tool-unsubmitted-expenses-reminder', 'automated', (),
'''Return-Path: <0102019a3e2f7c11-6b8d2e40-91f3-4c5a-b2e7-0d1f4a9c3e58-000000@eu-west-1.amazonses.com>
Received: from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpwR53dBcz1xRm
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 08:00:44 +0100 (CET)
From: Spendly <notificari@spendly-example.com>
To: privacy@shop.example.be
Subject: ''' + _h('Ai 2 cheltuieli care așteaptă să fie trimise') + '''
Date: Tue, 3 Nov 2026 07:00:43 +0000
Message-ID: <0102019a3e2f7c11-6b8d2e40-91f3-4c5a-b2e7-0d1f4a9c3e58-000000@eu-west-1.amazonses.com>
Feedback-ID: 1.eu-west-1.Xq8r3mWb1pK0zT7nYcV2hL5dFg9aS4eJ6uR0oI2wE8M=:AmazonSES
X-SES-Outgoing: 2026.11.03-54.240.8.31
Auto-Submitted: auto-generated
List-Unsubscribe: <https://app.spendly-example.com/settings/notifications?u=8841c2>
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="----=_Part_2210447_905563112.1793775643221"

------=_Part_2210447_905563112.1793775643221
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Salut, Privacy Team,

Ai 2 cheltuieli adăugate, dar netrimise spre aprobare:

  12.10.2026  Tren Bruxelles–Gent                          19,40 EUR
  21.10.2026  Conferința „Privacy Day” – taxă participare  250,00 EUR

Cheltuielile din octombrie trebuie trimise până pe 5 noiembrie 2026 ca să fie rambursate odată cu salariul.

Trimite cheltuielile: https://app.spendly-example.com/reports/new

Primești acest e-mail pentru că ai activat notificările „Memento cheltuieli”. Le poți dezactiva din Setări > Notificări.
''') + '''
------=_Part_2210447_905563112.1793775643221
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

''' + _b64('''<html><body style="font-family:Inter,Arial,sans-serif;color:#1f2937">
<p>Salut, Privacy Team,</p>
<p>Ai <b>2 cheltuieli</b> adăugate, dar netrimise spre aprobare:</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td>12.10.2026</td><td>Tren Bruxelles–Gent</td><td align="right">19,40 EUR</td></tr>
<tr><td>21.10.2026</td><td>Conferința „Privacy Day” – taxă participare</td><td align="right">250,00 EUR</td></tr>
</table>
<p>Cheltuielile din octombrie trebuie trimise până pe <b>5 noiembrie 2026</b> ca să fie rambursate odată cu salariul.</p>
<p><a href="https://app.spendly-example.com/reports/new" style="background:#6d28d9;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Trimite cheltuielile</a></p>
<p style="font-size:11px;color:#6b7280">Primești acest e-mail pentru că ai activat notificările „Memento cheltuieli”. Le poți dezactiva din Setări &gt; Notificări.</p>
</body></html>
''') + '''
------=_Part_2210447_905563112.1793775643221--
'''),

    ('ro', 'person-employee-phone-objects-to-non-anonymous-survey', 'objection', (),
'''Return-Path: <elena.stan@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [195.130.152.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpRc82nVxz1xRr
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 12:47:03 +0100 (CET)
Received: from smtpclient.apple (unknown [10.40.2.117])
        (Authenticated sender: elena.stan@shop.example.be)
        by mail.shop.example.be (Postfix) with ESMTPSA id 1F6B21C02E
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 12:47:02 +0100 (CET)
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Elena Stan <elena.stan@shop.example.be>
Mime-Version: 1.0 (1.0)
Subject: ''' + _h('Fwd: Invitație: Sondajul anual privind implicarea angajaților 2026') + '''
Date: Mon, 2 Nov 2026 13:46:58 +0200
Message-Id: <C2F7A1D4-8E39-4B5C-A0F1-6D2E9B7C3A18@shop.example.be>
References: <pulse.inv.2026.e102938@pulse-example.io>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

''' + _qp('''Bună ziua,

Linkul din invitație e personal (are la final ID-ul meu de angajat), iar sondajul mă întreabă echipa, vechimea și grupa de vârstă. În echipa noastră suntem 4, deci se vede imediat cine ce a răspuns. Nu sunt de acord ca răspunsurile mele să fie legate de numele meu și folosite așa. Vă rog să nu-mi prelucrați datele în acest sondaj atâta timp cât nu e cu adevărat anonim.

Elena Stan
Centrul de servicii Cluj

Trimis de pe iPhone-ul meu

Începutul mesajului redirecționat:

> De la: Pulse Sondaje <survey@pulse-example.io>
> Dată: 2 noiembrie 2026 la 10:00:12 EET
> Către: elena.stan@shop.example.be
> Subiect: Invitație: Sondajul anual privind implicarea angajaților 2026
>
> Bună, Elena,
>
> Shop Example BV te invită să participi la sondajul anual privind implicarea angajaților. Completarea durează aproximativ 12 minute, iar sondajul este deschis până pe 13 noiembrie 2026.
>
> Răspunsurile tale sunt confidențiale.
>
> Începe sondajul: https://shopexample.pulse-example.io/s/4be17c0d-e102938
>
> Întrebări despre protecția datelor: privacy@shop.example.be
> Acest mesaj a fost trimis automat de platforma Pulse în numele Shop Example BV.
''')),

    # ------------------------------------------------------------------ el
    ('el', 'occupational-health-appointment-reminder', 'automated', (),
'''Return-Path: <rantevou@ergougeia-example.gr>
Received: from smtp.ergougeia-example.gr (smtp.ergougeia-example.gr [79.129.44.210])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Yq3kP0wZcz1xRs
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 08:15:27 +0100 (CET)
From: ''' + _h('ΕργοΥγεία ΕΞΥΠΠ', 'utf-8') + ''' <rantevou@ergougeia-example.gr>
To: privacy@shop.example.be
Subject: ''' + _h('Υπενθύμιση ραντεβού: Περιοδική εξέταση από Ιατρό Εργασίας – Πέμπτη 5/11, 09:30') + '''
Date: Wed, 04 Nov 2026 09:15:24 +0200
Message-ID: <rantevou.88213.reminder.1793776524@ergougeia-example.gr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

''' + _b64('''Αγαπητοί συνεργάτες,

σας υπενθυμίζουμε το προγραμματισμένο ραντεβού για περιοδική εξέταση από τον Ιατρό Εργασίας:

Επιχείρηση: Shop Example Hellas Μ.Ι.Κ.Ε.
Εργαζόμενος/η: Ν. Παπαδόπουλος (κωδ. εργαζομένου 10482)
Ημερομηνία: Πέμπτη 5 Νοεμβρίου 2026
Ώρα: 09:30
Τόπος: ΕργοΥγεία ΕΞΥΠΠ, Λεωφ. Κηφισίας 112, 115 26 Αθήνα

Παρακαλούμε ο/η εργαζόμενος/η να προσέλθει 10 λεπτά νωρίτερα, με την αστυνομική ταυτότητα και τυχόν πρόσφατες εξετάσεις.

Για αλλαγή ή ακύρωση του ραντεβού: https://portal.ergougeia-example.gr/rantevou/88213
ή στο 210 6104 200 (Δευτέρα–Παρασκευή, 08:00–16:00).

Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε σε αυτό.

ΕργοΥγεία Α.Ε. – Εξωτερική Υπηρεσία Προστασίας και Πρόληψης
''')),

    ('el', 'exchange-ooo-recruitment-consultant', 'automated', (),
'''Return-Path: <d.alexiou@hellastalent.gr>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2097.outbound.protection.outlook.com [40.107.103.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpN7w5kHbz1xRz
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:26:39 +0100 (CET)
From: ''' + _h('Δημήτρης Αλεξίου', 'utf-8') + ''' <d.alexiou@hellastalent.gr>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: ''' + _h('Αυτόματη απάντηση: PRV-2026-0428 – request to delete a candidate profile') + '''
Thread-Topic: ''' + _h('PRV-2026-0428 – request to delete a candidate profile') + '''
Thread-Index: AQHcTF2b4o8uWkq1A0yNwR6fZ3mXtg==
Date: Mon, 2 Nov 2026 09:26:36 +0000
Message-ID: <f3b0e7a91c2d4e58a6b1d0c4e9f27a35@VI1PR03MB6470.eurprd03.prod.outlook.com>
In-Reply-To: <prv-2026-0428.1793611590@shop.example.be>
References: <prv-2026-0428.1793611590@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: d.alexiou@hellastalent.gr
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: el-GR
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Καλημέρα σας,

θα απουσιάζω από το γραφείο από 2 έως και 6 Νοεμβρίου 2026 χωρίς πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Θα απαντήσω στο μήνυμά σας μόλις επιστρέψω.

Για επείγοντα θέματα παρακαλώ επικοινωνήστε με τη συνάδελφό μου Μαρία Γεωργίου (m.georgiou@hellastalent.gr, 210 3318 450).

Με εκτίμηση,
Δημήτρης Αλεξίου
Senior Recruitment Consultant
Hellas Talent Partners
''')),

    ('el', 'job-board-profile-matches', 'automated', (),
'''Return-Path: <bounce-m-77120-privacy=shop.example.be@news.kariera-example.gr>
Received: from mta12.news.kariera-example.gr (mta12.news.kariera-example.gr [185.138.42.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Yq9Tb4kGhz1xRp
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 07:31:52 +0100 (CET)
From: Kariera Match <alerts@kariera-example.gr>
To: privacy@shop.example.be
Subject: ''' + _h('4 νέες θέσεις ταιριάζουν με το προφίλ σας') + '''
Date: Thu, 05 Nov 2026 08:31:49 +0200
Message-ID: <match.77120.20261105063149.c41e@news.kariera-example.gr>
List-Id: Kariera Match <match.kariera-example.gr>
List-Unsubscribe: <https://www.kariera-example.gr/eidopoiiseis/diagrafi?u=77120&t=9f2c>, <mailto:unsub-77120@news.kariera-example.gr>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Campaign: job-match-daily
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_km_77120_20261105"

--=_km_77120_20261105
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

''' + _b64('''Γεια σας,

με βάση το προφίλ σας «Υπεύθυνος Προστασίας Δεδομένων (DPO)» βρήκαμε 4 νέες θέσεις που σας ταιριάζουν:

1. Data Protection Officer – Αθήνα (υβριδική εργασία)
   Όμιλος Ασφαλίσεων Αιγαίου · Πλήρης απασχόληση · Ταίριασμα 92%
2. Σύμβουλος GDPR & Compliance – Θεσσαλονίκη
   Nomos Advisory · Πλήρης απασχόληση · Ταίριασμα 87%
3. Privacy Analyst – εξ αποστάσεως
   Fintech startup · Σύμβαση ορισμένου χρόνου · Ταίριασμα 81%
4. Υπεύθυνος/η Συμμόρφωσης – Πειραιάς
   Ναυτιλιακή εταιρεία · Πλήρης απασχόληση · Ταίριασμα 74%

Δείτε όλες τις θέσεις: https://www.kariera-example.gr/match?u=77120

Λαμβάνετε αυτό το email επειδή έχετε ενεργοποιήσει τις ειδοποιήσεις θέσεων στο Kariera.
Διαχείριση ειδοποιήσεων: https://www.kariera-example.gr/eidopoiiseis
''') + '''
--=_km_77120_20261105
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

''' + _b64('''<html><body style="font-family:Roboto,Arial,sans-serif;background:#f2f4f8">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px">
<h2 style="color:#0b5ed7">4 νέες θέσεις για εσάς</h2>
<p>Με βάση το προφίλ σας «Υπεύθυνος Προστασίας Δεδομένων (DPO)»:</p>
<ol>
<li><a href="https://www.kariera-example.gr/job/551902">Data Protection Officer – Αθήνα (υβριδική εργασία)</a><br><small>Όμιλος Ασφαλίσεων Αιγαίου · Ταίριασμα 92%</small></li>
<li><a href="https://www.kariera-example.gr/job/551877">Σύμβουλος GDPR &amp; Compliance – Θεσσαλονίκη</a><br><small>Nomos Advisory · Ταίριασμα 87%</small></li>
<li><a href="https://www.kariera-example.gr/job/551640">Privacy Analyst – εξ αποστάσεως</a><br><small>Fintech startup · Ταίριασμα 81%</small></li>
<li><a href="https://www.kariera-example.gr/job/551515">Υπεύθυνος/η Συμμόρφωσης – Πειραιάς</a><br><small>Ναυτιλιακή εταιρεία · Ταίριασμα 74%</small></li>
</ol>
<p style="font-size:11px;color:#888">Λαμβάνετε αυτό το email επειδή έχετε ενεργοποιήσει τις ειδοποιήσεις θέσεων. <a href="https://www.kariera-example.gr/eidopoiiseis">Διαχείριση ειδοποιήσεων</a></p>
</div></body></html>
''') + '''
--=_km_77120_20261105--
'''),

    ('el', 'person-forwards-bounce-of-unanswered-access-request', 'complaint', ('access',),
'''Return-Path: <eleni.karagianni@yahoo.gr>
Received: from sonic310-21.consmr.mail.ir2.yahoo.com (sonic310-21.consmr.mail.ir2.yahoo.com [77.238.177.147])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YqF0s6nMtz1xRn
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 19:52:10 +0100 (CET)
Date: Thu, 5 Nov 2026 18:52:03 +0000 (UTC)
From: ''' + _h('Ελένη Καραγιάννη', 'utf-8') + ''' <eleni.karagianni@yahoo.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1408225371.3361457.1793818323114@mail.yahoo.com>
Subject: Fwd: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="----=_Part_3361456_1620173389.1793818323113"
X-Mailer: WebService/1.1.24652 YMailAndroidMobile

------=_Part_3361456_1620173389.1793818323113
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Καλησπέρα,

Στις 21 Σεπτεμβρίου έστειλα αίτημα πρόσβασης στα προσωπικά μου δεδομένα στη διεύθυνση hr-data@shop.example.be, που αναφέρεται στην ενημέρωση απορρήτου για τους υποψηφίους σας. Μόλις τώρα βρήκα στα ανεπιθύμητα ότι το μήνυμα επέστρεψε – η διεύθυνση δεν υπάρχει! Έχουν περάσει πάνω από έξι εβδομάδες χωρίς καμία απάντηση, και μάλιστα επειδή εσείς οι ίδιοι δίνετε λάθος διεύθυνση. Αυτό είναι απαράδεκτο.

Ζητώ ξανά να μου στείλετε αντίγραφο όλων των δεδομένων που κρατάτε για μένα από την αίτησή μου για τη θέση Customer Service Agent (Ιούλιος 2026): το βιογραφικό, τις σημειώσεις από τη συνέντευξη και τα αποτελέσματα του τεστ αξιολόγησης, καθώς και σε ποιους τα διαβιβάσατε. Αν δεν λάβω απάντηση μέσα στη νόμιμη προθεσμία, θα απευθυνθώ στην Αρχή Προστασίας Δεδομένων.

Ελένη Καραγιάννη

Αποστολή από το Yahoo Mail σε Android

----- Προωθημένο μήνυμα -----
Από: "Mail Delivery System" <MAILER-DAEMON@mx1.shop.example.be>
Προς: "eleni.karagianni@yahoo.gr" <eleni.karagianni@yahoo.gr>
Αποστολή: Δευτέρα, 21 Σεπτεμβρίου 2026 στις 09:48:15 μ.μ. EEST
Θέμα: Undelivered Mail Returned to Sender

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<hr-data@shop.example.be>: User unknown in virtual mailbox table
''') + '''
------=_Part_3361456_1620173389.1793818323113
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><head></head><body><div class="ydp3f0e1c2ayahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr">Καλησπέρα,</div><div dir="ltr"><br></div><div dir="ltr">Στις 21 Σεπτεμβρίου έστειλα αίτημα πρόσβασης στα προσωπικά μου δεδομένα στη διεύθυνση hr-data@shop.example.be, που αναφέρεται στην ενημέρωση απορρήτου για τους υποψηφίους σας. Μόλις τώρα βρήκα στα ανεπιθύμητα ότι το μήνυμα επέστρεψε – η διεύθυνση δεν υπάρχει! Έχουν περάσει πάνω από έξι εβδομάδες χωρίς καμία απάντηση, και μάλιστα επειδή εσείς οι ίδιοι δίνετε λάθος διεύθυνση. Αυτό είναι απαράδεκτο.</div><div dir="ltr"><br></div><div dir="ltr">Ζητώ ξανά να μου στείλετε αντίγραφο όλων των δεδομένων που κρατάτε για μένα από την αίτησή μου για τη θέση Customer Service Agent (Ιούλιος 2026): το βιογραφικό, τις σημειώσεις από τη συνέντευξη και τα αποτελέσματα του τεστ αξιολόγησης, καθώς και σε ποιους τα διαβιβάσατε. Αν δεν λάβω απάντηση μέσα στη νόμιμη προθεσμία, θα απευθυνθώ στην Αρχή Προστασίας Δεδομένων.</div><div dir="ltr"><br></div><div dir="ltr">Ελένη Καραγιάννη</div><div><br></div><div id="ymail_android_signature"><a href="https://go.onelink.me/107872968?pid=InProduct&amp;c=Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers&amp;af_wl=ym&amp;af_sub1=Internal&amp;af_sub2=Global_YGrowth&amp;af_sub3=EmailSignature">Αποστολή από το Yahoo Mail σε Android</a></div><div><br></div><div class="ydp3f0e1c2ayahoo_quoted">----- Προωθημένο μήνυμα -----<br>Από: "Mail Delivery System" &lt;MAILER-DAEMON@mx1.shop.example.be&gt;<br>Προς: "eleni.karagianni@yahoo.gr" &lt;eleni.karagianni@yahoo.gr&gt;<br>Αποστολή: Δευτέρα, 21 Σεπτεμβρίου 2026 στις 09:48:15 μ.μ. EEST<br>Θέμα: Undelivered Mail Returned to Sender<br><br><pre>This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

&lt;hr-data@shop.example.be&gt;: User unknown in virtual mailbox table</pre></div></div></body></html>
''') + '''
------=_Part_3361456_1620173389.1793818323113--
'''),

    # ------------------------------------------------------------------ bg
    ('bg', 'temp-agency-timesheet-reminder', 'automated', (),
'''Return-Path: <noreply@trudov-resurs.bg>
Received: from mail.trudov-resurs.bg (mail.trudov-resurs.bg [93.123.21.74])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpCz43fRkz1xRv
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 18:00:11 +0100 (CET)
From: ''' + _h('Трудов ресурс – Часове', 'utf-8') + ''' <noreply@trudov-resurs.bg>
To: privacy@shop.example.be
Subject: ''' + _h('Напомняне: не сте подали отработените часове за седмица 44') + '''
Date: Sun, 01 Nov 2026 19:00:08 +0200
Message-ID: <ts-reminder.2026-44.31877@portal.trudov-resurs.bg>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

''' + _b64('''Здравейте,

все още не сме получили отработените Ви часове за седмица 44 (26.10 – 01.11.2026) на обект Shop Example BV – склад Гент, Белгия.

Моля, въведете ги в портала до понеделник, 02.11.2026 г., 14:00 ч. българско време. Часове, подадени след този срок, ще бъдат изплатени със следващото плащане.

Въведете часовете: https://portal.trudov-resurs.bg/timesheet/2026-44

При въпроси: +359 2 943 18 60 (пон.–пет., 9:00–18:00 ч.)

Това съобщение е изпратено автоматично. Моля, не отговаряйте на него.

„Трудов ресурс“ ООД – агенция за временна заетост
''')),

    ('bg', 'assessment-platform-invitation', 'automated', (),
'''Return-Path: <bounces@mail.talenttest-example.com>
Received: from mail-200.talenttest-example.com (mail-200.talenttest-example.com [198.2.131.200])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpxG10sNcz1xRt
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 09:12:33 +0100 (CET)
From: TalentTest <invitations@talenttest-example.com>
Reply-To: support@talenttest-example.com
To: privacy@shop.example.be
Subject: ''' + _h('Покана за онлайн оценяване – Shop Example BV') + '''
Date: Tue, 03 Nov 2026 08:12:30 +0000
Message-ID: <inv.Q7N4-2KD9-XM31.1793779950@talenttest-example.com>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_179377995012870"

This is a multi-part message in MIME format.

--_----------=_179377995012870
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Здравейте,

Shop Example BV Ви кани да преминете онлайн оценяване като част от подбора за позицията „Специалист обслужване на клиенти (български език)“.

Оценяването включва:
 • Тест за вербални способности – 18 мин.
 • Тест за ситуационна преценка – 20 мин.
 • Въпросник за работен стил – около 15 мин.

Срок: 9 ноември 2026 г., 23:59 ч. (българско време)

Започнете оценяването: https://app.talenttest-example.com/c/Q7N4-2KD9-XM31

Препоръчваме компютър и стабилна интернет връзка. Всеки тест може да се направи само веднъж.

Ако имате нужда от специални условия (например допълнително време), свържете се с нас, преди да започнете: support@talenttest-example.com

Поздрави,
Екипът на TalentTest от името на Shop Example BV
''') + '''
--_----------=_179377995012870
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''<html><body style="font-family:Arial,sans-serif;color:#222">
<p>Здравейте,</p>
<p>Shop Example BV Ви кани да преминете онлайн оценяване като част от подбора за позицията <b>„Специалист обслужване на клиенти (български език)“</b>.</p>
<ul><li>Тест за вербални способности – 18 мин.</li><li>Тест за ситуационна преценка – 20 мин.</li><li>Въпросник за работен стил – около 15 мин.</li></ul>
<p>Срок: <b>9 ноември 2026 г., 23:59 ч.</b> (българско време)</p>
<p><a href="https://app.talenttest-example.com/c/Q7N4-2KD9-XM31" style="background:#e4572e;color:#fff;padding:10px 20px;text-decoration:none">Започнете оценяването</a></p>
<p style="font-size:12px;color:#666">Препоръчваме компютър и стабилна интернет връзка. Всеки тест може да се направи само веднъж. Ако имате нужда от специални условия, свържете се с нас, преди да започнете: support@talenttest-example.com</p>
</body></html>
''') + '''
--_----------=_179377995012870--
'''),

    ('bg', 'ats-candidate-withdrew-notification', 'automated', (),
'''Return-Path: <notifications@hireflow-example.com>
Received: from out3.hireflow-example.com (out3.hireflow-example.com [52.58.119.3])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Yq5Rr1jVwz1xRs
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 16:40:18 +0100 (CET)
From: HireFlow <notifications@hireflow-example.com>
To: privacy@shop.example.be
Subject: ''' + _h('Милена Димитрова оттегли кандидатурата си – Privacy Analyst (BG/EN)') + '''
Date: Wed, 04 Nov 2026 15:40:15 +0000
Message-ID: <notif.withdrawn.771203.1793806815@hireflow-example.com>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-HireFlow-Event: candidate.withdrawn
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

''' + _b64('''Здравейте,

Милена Димитрова оттегли кандидатурата си за позицията „Privacy Analyst (BG/EN)“ (Брюксел).

Етап при оттеглянето: Интервю с екипа
Причина, посочена от кандидата: Приех друго предложение.

Профилът на кандидата ще бъде архивиран автоматично след 30 дни съгласно настройките за съхранение на данни на Shop Example BV.

Вижте профила: https://shopexample.hireflow-example.com/candidates/771203

Получавате това известие, защото сте член на екипа по подбора за тази позиция. Управлявайте известията си от Настройки → Известия.
''')),

    ('bg', 'exchange-ooo-staffing-consultant', 'automated', (),
'''Return-Path: <d.ivanova@balkanstaff.bg>
Received: from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2103.outbound.protection.outlook.com [40.107.15.103])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Yq7c91pMbz1xRq
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:03:57 +0100 (CET)
From: ''' + _h('Десислава Иванова', 'windows-1251') + ''' <d.ivanova@balkanstaff.bg>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: ''' + _h('Автоматичен отговор: PRV-2026-0441 – data subject request regarding a candidate you referred') + '''
Thread-Topic: ''' + _h('PRV-2026-0441 – data subject request regarding a candidate you referred') + '''
Thread-Index: AQHcTo9n5zWq1bE0T0mZq8K2f3dV0Q==
Date: Thu, 5 Nov 2026 09:03:54 +0000
Message-ID: <b7d24c0e19a3468f8e5c2a0d7f1b9e64@AS2PR01MB9321.eurprd01.prod.outlook.com>
In-Reply-To: <prv-2026-0441.1793869430@shop.example.be>
References: <prv-2026-0441.1793869430@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: d.ivanova@balkanstaff.bg
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: bg-BG
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Здравейте,

благодаря за съобщението. В момента съм в отпуск и ще се върна на 9 ноември 2026 г. Няма да проверявам пощата си редовно.

За спешни въпроси относно подбора на персонал за Белгия, моля, пишете на office@balkanstaff.bg или се обадете на +359 2 981 33 07.

Поздрави,
Десислава Иванова
Консултант „Подбор на персонал“
Balkan Staff ЕООД
''')),

    ('bg', 'person-temp-reply-above-shift-reminder-fix-name-and-birthdate', 'correction', (),
'''Return-Path: <gogo_petrov@abv.bg>
Received: from mail.abv.bg (mail.abv.bg [194.153.145.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4YpJ3n2dQsz1xRw
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 06:35:44 +0100 (CET)
Received: from nm83.abv.bg (localhost [127.0.0.1])
        by mail.abv.bg (Postfix) with ESMTP id 5A1D2C00C4
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 07:35:41 +0200 (EET)
Date: Mon, 2 Nov 2026 07:35:41 +0200 (EET)
From: ''' + _h('Георги Петров', 'utf-8') + ''' <gogo_petrov@abv.bg>
To: privacy@shop.example.be
Message-ID: <1469022217.48812.1793597741512@nm83.abv.bg>
In-Reply-To: <shiftplan.rem.44.bg.20517@shiftplan-example.com>
References: <shiftplan.rem.44.bg.20517@shiftplan-example.com>
Subject: ''' + _h('Re: Напомняне: потвърдете присъствието си за седмица 44') + '''
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64
X-Priority: 3
Importance: Medium
X-Mailer: AbvMail 3.0

''' + _b64('''Здравейте,

пиша ви, защото в приложението за смените и във фишовете името ми е сгрешено – пише „Georgi Petkov“, а аз съм Георги Петров (Georgi Petrov, както е в личната карта). Датата на раждане също е грешна: 14.03.1991, а трябва да е 14.08.1991. Моля, поправете ги навсякъде, за да няма проблем със заплатата и с осигуровките.

Благодаря,
Георги Петров
тел. +359 888 412 907


-------- Оригинално писмо --------
От: ShiftPlan noreply@shiftplan-example.com
Относно: Напомняне: потвърдете присъствието си за седмица 44
До: gogo_petrov@abv.bg
Изпратено на: 01.11.2026 19:00

Здравейте, Georgi Petkov,

за седмица 44 (26.10 – 01.11.2026) имате 1 непотвърдена смяна. Моля, потвърдете присъствието си до понеделник, 02.11, 13:00 ч., иначе тя няма да влезе в отчета за агенцията.

Потвърдете: https://app.shiftplan-example.com/t/2VK9RT

Shop Example BV – склад Гент
Въпроси за личните данни: privacy@shop.example.be
''')),
]

"""Forty-first set, robot mail of a take-over and a migration, and people whose mail looks automatic (14 languages). Written apart from the code."""

import base64
import quopri
from email.header import Header


def _b64(text, charset='utf-8'):
    """Body part in base64, 76 characters a line, as mail systems write it."""
    data = base64.b64encode(text.encode(charset)).decode('ascii')
    return '\n'.join(data[i:i + 76] for i in range(0, len(data), 76)) + '\n'


def _qp(text, charset='utf-8'):
    """Body part in quoted-printable."""
    return quopri.encodestring(text.encode(charset)).decode('ascii')


def _h(text, charset='utf-8'):
    """RFC 2047 encoded header value."""
    return Header(text, charset).encode()


_ANN_EN = 'Vanhove is now Shop Example – what this means for your data'
_ANN_NL = 'Vanhove wordt Shop Example – wat dit betekent voor uw gegevens'


ROBOTS = [
    # ------------------------------------------------------------------ pl
    ('pl', 'exchange-ooo-parental-leave-reply-to-announcement', 'automated', (),
'''Return-Path: <agnieszka.wojcik@hurtownia-sowa.pl>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2121.outbound.protection.outlook.com [40.107.241.121])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8bTn2Vq1z7wKd
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:14:52 +0100 (CET)
Received: from DU0PR08MB9155.eurprd08.prod.outlook.com ([fe80::3c1a:7b2e:91d0:55af])
        by DU0PR08MB9155.eurprd08.prod.outlook.com ([fe80::3c1a:7b2e:91d0:55af%4]) with mapi
        id 15.20.8722.017; Tue, 27 Oct 2026 09:14:50 +0000
From: ''' + _h('Agnieszka Wójcik') + ''' <agnieszka.wojcik@hurtownia-sowa.pl>
To: Shop Example <privacy@shop.example.be>
Subject: ''' + _h('Automatyczna odpowiedź: ' + _ANN_EN) + '''
Thread-Topic: ''' + _h(_ANN_EN) + '''
Thread-Index: AQHbR2vKx9Zf0Lk3TUm8cX1q2aJdfg==
Date: Tue, 27 Oct 2026 09:14:50 +0000
Message-ID: <DU0PR08MB9155B1E6F0A3C27D4E9A1C5BE8A42@DU0PR08MB9155.eurprd08.prod.outlook.com>
In-Reply-To: <20261027090107.3c9e.r18822@mailing.shop.example.be>
References: <20261027090107.3c9e.r18822@mailing.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: agnieszka.wojcik@hurtownia-sowa.pl
X-MS-Exchange-Organization-AuthAs: Internal
Content-Language: pl-PL
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Dzień dobry,

do 31 marca 2027 r. przebywam na urlopie rodzicielskim i nie mam dostępu do poczty. Wiadomości nie są przekazywane dalej.

W sprawach zamówień i faktur proszę kontaktować się z działem zakupów: zakupy@hurtownia-sowa.pl, tel. 22 614 30 18.
W sprawach reklamacji: reklamacje@hurtownia-sowa.pl.

Pozdrawiam
Agnieszka Wójcik
Specjalista ds. zakupów
Hurtownia Sowa sp. z o.o.
''')),

    ('pl', 'isp-dsn-mailbox-deleted-bilingual', 'automated', (),
'''Return-Path: <>
Received: from mx2.netmail24.pl (mx2.netmail24.pl [185.204.16.73])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8bW03kLmz7wQf
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:16:05 +0100 (CET)
Received: by mx2.netmail24.pl (Postfix)
        id 9D2C1A40E7; Tue, 27 Oct 2026 10:16:04 +0100 (CET)
Date: Tue, 27 Oct 2026 10:16:04 +0100 (CET)
From: MAILER-DAEMON@mx2.netmail24.pl (Mail Delivery System)
Subject: ''' + _h('Niedostarczona wiadomość / Undelivered Mail Returned to Sender') + '''
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="9D2C1A40E7.1793092564/mx2.netmail24.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <20261027091604.9D2C1A40E7@mx2.netmail24.pl>

This is a MIME-encapsulated message.

--9D2C1A40E7.1793092564/mx2.netmail24.pl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

To jest wiadomość wygenerowana automatycznie przez serwer pocztowy
mx2.netmail24.pl.

Niestety, Twojej wiadomości nie udało się dostarczyć do co najmniej
jednego odbiorcy. Konto odbiorcy nie istnieje albo zostało usunięte
przez właściciela. Nie ponawiaj wysyłki na ten adres.

W razie pytań skontaktuj się z administratorem poczty:
<postmaster@netmail24.pl>. Dołącz do zgłoszenia poniższy raport.

-------------------------------------------------------------------

This is the mail system at host mx2.netmail24.pl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<j.mazur@netmail24.pl>: user unknown (mailbox deleted)

--9D2C1A40E7.1793092564/mx2.netmail24.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.netmail24.pl
X-Postfix-Queue-ID: 9D2C1A40E7
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 27 Oct 2026 10:16:03 +0100 (CET)

Final-Recipient: rfc822; j.mazur@netmail24.pl
Original-Recipient: rfc822;j.mazur@netmail24.pl
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; user unknown (mailbox deleted)

--9D2C1A40E7.1793092564/mx2.netmail24.pl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out3.mailing.shop.example.be (out3.mailing.shop.example.be [195.130.141.23])
        by mx2.netmail24.pl (Postfix) with ESMTPS id 9D2C1A40E7
        for <j.mazur@netmail24.pl>; Tue, 27 Oct 2026 10:16:03 +0100 (CET)
From: Shop Example <privacy@shop.example.be>
To: j.mazur@netmail24.pl
Subject: ''' + _h(_ANN_EN) + '''
Date: Tue, 27 Oct 2026 10:01:22 +0100
Message-ID: <20261027090122.3c9e.r20417@mailing.shop.example.be>
List-Unsubscribe: <https://mailing.shop.example.be/u/r20417>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_se_ann_r20417"

--9D2C1A40E7.1793092564/mx2.netmail24.pl--
'''),

    ('pl', 'call-centre-daily-queue-report-csv', 'automated', (),
'''Return-Path: <raporty@callpoint-bpo.pl>
Received: from smtp-out2.callpoint-bpo.pl (smtp-out2.callpoint-bpo.pl [91.231.42.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBm2L0tQxz7wPc
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 06:05:13 +0100 (CET)
Received: from reports01.callpoint.local (reports01.callpoint.local [10.20.4.11])
        by smtp-out2.callpoint-bpo.pl (Postfix) with ESMTP id 6F1A2C0191;
        Wed,  4 Nov 2026 06:05:03 +0100 (CET)
From: Raporty CallPoint <raporty@callpoint-bpo.pl>
To: privacy@shop.example.be, teamlead-shopexample@callpoint-bpo.pl
Subject: ''' + _h('[Raport dzienny] Kolejka PRYWATNOŚĆ (NL/FR/EN) – 03.11.2026') + '''
Date: Wed, 4 Nov 2026 06:05:02 +0100
Message-ID: <rpt.20261104060502.q-privacy.5521@reports.callpoint-bpo.pl>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
X-Mailer: CallPoint Reporting Scheduler 3.8
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_rpt_5521_b3f0"

--=_rpt_5521_b3f0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Raport dzienny – kolejka PRYWATNOŚĆ (NL/FR/EN)
Klient: Shop Example BV (projekt SE-BE-2026)
Dzień: wtorek, 03.11.2026, zmiany I–III (06:00–22:00)

Połączenia przychodzące:        412
Odebrane:                       371  (90,0%)
Porzucone po >30 s:              29
Średni czas oczekiwania:        0:48
Poziom obsługi (80/20):         74,3%   (cel: 80%)
Średni czas rozmowy (AHT):      6:12

Zgłoszenia przekazane do privacy@shop.example.be:   38
  - usunięcie konta / danych:                        17
  - przeniesienie karty Vanhove, błędne dane:         9
  - rezygnacja z newslettera / SMS:                   8
  - inne:                                             4

Obsada (zalogowani konsultanci): I zm. 6 / II zm. 7 / III zm. 3
Uwagi systemowe: brak przerw w dostępności IVR.

Szczegóły w załączniku (CSV, separator ";").

--
Wiadomość wygenerowana automatycznie przez system raportowy CallPoint.
Prosimy na nią nie odpowiadać. Pytania: opiekun projektu, m.lis@callpoint-bpo.pl
''') + '''
--=_rpt_5521_b3f0
Content-Type: text/csv; charset=us-ascii; name="kolejka_privacy_2026-11-03.csv"
Content-Disposition: attachment; filename="kolejka_privacy_2026-11-03.csv"
Content-Transfer-Encoding: base64

''' + _b64('''data;przedzial;kolejka;przychodzace;odebrane;porzucone;sr_oczekiwanie_s;sla_80_20
2026-11-03;06:00-10:00;PRIV-NL;71;67;3;32;84.5
2026-11-03;06:00-10:00;PRIV-FR;38;36;2;29;86.8
2026-11-03;06:00-10:00;PRIV-EN;9;9;0;12;100.0
2026-11-03;10:00-14:00;PRIV-NL;96;83;9;71;61.5
2026-11-03;10:00-14:00;PRIV-FR;54;48;5;58;68.5
2026-11-03;10:00-14:00;PRIV-EN;14;14;0;20;92.9
2026-11-03;14:00-18:00;PRIV-NL;63;57;5;49;73.0
2026-11-03;14:00-18:00;PRIV-FR;35;31;3;44;77.1
2026-11-03;14:00-18:00;PRIV-EN;7;7;0;15;100.0
2026-11-03;18:00-22:00;PRIV-NL;17;16;1;26;88.2
2026-11-03;18:00-22:00;PRIV-FR;8;8;0;19;100.0
2026-11-03;18:00-22:00;PRIV-EN;0;0;0;0;
''', 'ascii') + '''
--=_rpt_5521_b3f0--
'''),

    ('pl', 'crm-migration-dedupe-job-report', 'automated', (),
'''Return-Path: <bounce-flow@mail.datawise.pl>
Received: from mail.datawise.pl (mail.datawise.pl [212.91.7.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9Gx56dHtz7wKs
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 01:48:02 +0100 (CET)
From: Datawise Flow <no-reply@datawise.pl>
To: migracja-vanhove@shop.example.be, privacy@shop.example.be
Subject: ''' + _h('Zadanie M-2210 zakończone z ostrzeżeniami: deduplikacja kontaktów Vanhove -> Shop Example', 'iso-8859-2') + '''
Date: Fri, 30 Oct 2026 01:47:58 +0100
Message-ID: <flow.M-2210.1793407678.4410@datawise.pl>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
X-Datawise-Project: SE-MIG
X-Datawise-Job: M-2210
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dzień dobry,

zadanie deduplikacji zostało zakończone.

Zadanie:        M-2210 / merge_contacts_vanhove_to_se
Uruchomione:    2026-10-29 22:00:04 CET
Zakończone:     2026-10-30 01:47:51 CET
Status:         ZAKOŃCZONE Z OSTRZEŻENIAMI

Rekordy źródłowe (CRM Vanhove):               58 214
Rekordy docelowe (CRM Shop Example):       1 204 773
Dopasowane pary (e-mail + nazwisko):           3 907
  scalone automatycznie:                       3 695
  do ręcznej weryfikacji:                        212
     (różna data urodzenia: 141, różny adres: 58, różne imię: 13)
Nowe kontakty utworzone:                      54 307
Kontakty pominięte:                                0

Zgodnie z regułą R-07 przy scalaniu zachowano status zgód marketingowych
z rekordu bardziej restrykcyjnego (brak zgody ma pierwszeństwo).

Ostrzeżenia (2):
  W-114  212 par czeka na decyzję operatora; do czasu decyzji oba rekordy
         pozostają aktywne.
  W-121  Pole "loyalty_card_no" puste w 1 318 rekordach źródłowych.

Raport szczegółowy i lista par do weryfikacji:
https://portal.datawise.pl/projekty/SE-MIG/zadania/M-2210

Wiadomość wysłana automatycznie przez platformę Datawise Flow.
Prosimy nie odpowiadać na tę wiadomość.

Datawise Migracje sp. z o.o., ul. Piękna 24/26, 00-549 Warszawa
''', 'iso-8859-2')),

    ('pl', 'person-forwards-old-chain-address-closed-reply-asks-deletion', 'deletion', (),
'''Return-Path: <kasia.zielinska84@gmail.com>
Received: from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9Bv31nYfz7wNd
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 21:36:40 +0100 (CET)
Received: by mail-ej1-f47.google.com with SMTP id a640c23a62f3a-b2d7e1f0c4so318812466b.2
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 13:36:39 -0700 (PDT)
MIME-Version: 1.0
References: <autoreply.20261029203112.19f3@mail.vanhove-winkels.be>
In-Reply-To: <autoreply.20261029203112.19f3@mail.vanhove-winkels.be>
From: ''' + _h('Katarzyna Zielińska') + ''' <kasia.zielinska84@gmail.com>
Date: Thu, 29 Oct 2026 21:36:27 +0100
Message-ID: <CAH3kq+Vw2xN0yQpL7s_ZfR8mE1tJ4cD9uB6aKo=Yv3nW5gX2hQ@mail.gmail.com>
Subject: ''' + _h('Fwd: Automatisch antwoord: usunięcie danych / karta klienta') + '''
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dzień dobry,

pisałam do Vanhove w sprawie usunięcia moich danych i dostałam tylko poniższą automatyczną odpowiedź, więc przesyłam to dalej do Państwa.

Miałam u nich kartę stałego klienta (nr 2200 4471 0983) i konto w sklepie internetowym na ten adres e-mail. Nie chcę zakładać konta w Shop Example ani niczego przenosić. Proszę o usunięcie wszystkich moich danych, łącznie z kartą i historią zakupów.

Proszę o potwierdzenie, kiedy to zostanie zrobione.

Z poważaniem
Katarzyna Zielińska

---------- Wiadomość przekazana dalej ---------
Od: Vanhove Klantendienst <klantendienst@vanhove-winkels.be>
Date: czw., 29 paź 2026 o 21:31
Subject: Automatisch antwoord: usunięcie danych / karta klienta
To: <kasia.zielinska84@gmail.com>


Dit e-mailadres is niet langer in gebruik. Vanhove maakt sinds 1 oktober 2026 deel uit van Shop Example BV.
Uw bericht werd niet gelezen en niet doorgestuurd.

Vragen over bestellingen, retours of uw klantenkaart: klantendienst@shop.example.be
Vragen over uw persoonsgegevens: privacy@shop.example.be

Cette adresse e-mail n'est plus utilisée. Depuis le 1er octobre 2026, Vanhove fait partie de Shop Example SRL.
Votre message n'a pas été lu ni transféré.

Questions sur vos commandes, retours ou votre carte client : klantendienst@shop.example.be
Questions sur vos données personnelles : privacy@shop.example.be

This e-mail address is no longer in use. Your message has not been read or forwarded.
Please write to privacy@shop.example.be for questions about your personal data.
''')),

    # ------------------------------------------------------------------ cs
    ('cs', 'exchange-ndr-group-restricted-external-senders', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2093.outbound.protection.outlook.com [40.107.22.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8bVb0RzKz7wJm
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:16:44 +0100 (CET)
From: Microsoft Outlook
        <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@stavbymoravia.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Tue, 27 Oct 2026 09:16:42 +0000
Subject: ''' + _h('Nedoručitelné: ' + _ANN_EN) + '''
Message-ID: <b7f3d2a1-60c4-4e8b-9a15-3d02c7e8f6a9@VI1PR07MB6238.eurprd07.prod.outlook.com>
In-Reply-To: <20261027090131.3c9e.r22960@mailing.shop.example.be>
References: <20261027090131.3c9e.r22960@mailing.shop.example.be>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: cs-CZ
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-AuthSource: VI1PR07MB6238.eurprd07.prod.outlook.com
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="8e1c4a7b-5f2d-4c9e-b3a0-71d6e2f95c40"

--8e1c4a7b-5f2d-4c9e-b3a0-71d6e2f95c40
Content-Type: multipart/alternative; differences=Content-Type;
        boundary="d4a62f10-93be-47c5-8a1e-0b57c3e9d218"

--d4a62f10-93be-47c5-8a1e-0b57c3e9d218
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Doručení se nezdařilo pro tyto příjemce nebo skupiny:

Obchod (obchod@stavby-moravia.cz)
Vaše zpráva nebyla doručena, protože nemáte oprávnění posílat zprávy této skupině. Skupina může přijímat jen zprávy od lidí ze své organizace nebo od určitých odesílatelů, případně máte odesílání do této skupiny zakázané.

Pokud se domníváte, že byste měli mít oprávnění posílat zprávy do této skupiny, obraťte se na jejího vlastníka nebo na správce e-mailu.



Diagnostické informace pro správce:

Generující server: VI1PR07MB6238.eurprd07.prod.outlook.com

obchod@stavby-moravia.cz
Vzdálený server vrátil '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'

Původní hlavičky zprávy:

Received: from out3.mailing.shop.example.be (195.130.141.23) by
 AM4PEPF00027A6C.mail.protection.outlook.com (10.167.16.90) with Microsoft SMTP
 Server id 15.20.8722.09 via Frontend Transport; Tue, 27 Oct 2026 09:16:40 +0000
From: Shop Example <privacy@shop.example.be>
To: obchod@stavby-moravia.cz
Subject: ''' + _ANN_EN + '''
Date: Tue, 27 Oct 2026 10:01:31 +0100
Message-ID: <20261027090131.3c9e.r22960@mailing.shop.example.be>
''') + '''
--d4a62f10-93be-47c5-8a1e-0b57c3e9d218
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Doručení se nezdařilo pro tyto příjemce nebo skupiny:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:obchod@stavby-moravia.cz">Obchod (obchod@stavby-moravia.cz)</a><br>
Vaše zpráva nebyla doručena, protože nemáte oprávnění posílat zprávy této skupině. Skupina může přijímat jen zprávy od lidí ze své organizace nebo od určitých odesílatelů, případně máte odesílání do této skupiny zakázané.<br>
<br>
Pokud se domníváte, že byste měli mít oprávnění posílat zprávy do této skupiny, obraťte se na jejího vlastníka nebo na správce e-mailu.</p></font>
<p><font color="#808080" size="2" face="Tahoma">Diagnostické informace pro správce:<br>
Generující server: VI1PR07MB6238.eurprd07.prod.outlook.com<br>
obchod@stavby-moravia.cz<br>
Vzdálený server vrátil '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'</font></p>
</body></html>
''') + '''
--d4a62f10-93be-47c5-8a1e-0b57c3e9d218--

--8e1c4a7b-5f2d-4c9e-b3a0-71d6e2f95c40
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR07MB6238.eurprd07.prod.outlook.com
Received-From-MTA: dns;out3.mailing.shop.example.be
Arrival-Date: Tue, 27 Oct 2026 09:16:40 +0000

Final-Recipient: rfc822;obchod@stavby-moravia.cz
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized

--8e1c4a7b-5f2d-4c9e-b3a0-71d6e2f95c40
Content-Type: text/rfc822-headers

Received: from out3.mailing.shop.example.be (195.130.141.23) by
 AM4PEPF00027A6C.mail.protection.outlook.com (10.167.16.90) with Microsoft SMTP
 Server id 15.20.8722.09 via Frontend Transport; Tue, 27 Oct 2026 09:16:40 +0000
From: Shop Example <privacy@shop.example.be>
To: obchod@stavby-moravia.cz
Subject: ''' + _h(_ANN_EN) + '''
Date: Tue, 27 Oct 2026 10:01:31 +0100
Message-ID: <20261027090131.3c9e.r22960@mailing.shop.example.be>
List-Unsubscribe: <https://mailing.shop.example.be/u/r22960>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_se_ann_r22960"

--8e1c4a7b-5f2d-4c9e-b3a0-71d6e2f95c40--
'''),

    ('cs', 'zimbra-address-no-longer-active-autoreply', 'automated', (),
'''Return-Path: <petr.novotny@elkov-plzen.cz>
Received: from mail.elkov-plzen.cz (mail.elkov-plzen.cz [89.24.156.10])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8bX62cVhz7wLt
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:17:21 +0100 (CET)
Received: from mail.elkov-plzen.cz (localhost [127.0.0.1])
        by mail.elkov-plzen.cz (Postfix) with ESMTP id 3B6E21C2A4B
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:17:20 +0100 (CET)
Date: Tue, 27 Oct 2026 10:17:20 +0100 (CET)
From: ''' + _h('Petr Novotný') + ''' <petr.novotny@elkov-plzen.cz>
To: privacy@shop.example.be
Message-ID: <1917204466.88213.1793092640512.JavaMail.zimbra@elkov-plzen.cz>
In-Reply-To: <20261027090144.3c9e.r24011@mailing.shop.example.be>
Subject: ''' + _h('Tato adresa již není aktivní (Re: ' + _ANN_EN + ')') + '''
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)

''' + _qp('''Dobrý den,

od 1. 10. 2026 již ve společnosti ELKOV Plzeň s.r.o. nepracuji a tato adresa není sledována. Zprávy se automaticky nepřeposílají.

Ve věcech objednávek a dodávek pište prosím na obchod@elkov-plzen.cz, v ostatních záležitostech na recepce@elkov-plzen.cz nebo volejte 377 441 210.

Děkuji za pochopení.
Petr Novotný
''')),

    ('cs', 'migration-import-job-report-rejected-rows', 'automated', (),
'''Return-Path: <importbot@kodeks.cz>
Received: from relay2.kodeks.cz (relay2.kodeks.cz [46.28.105.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9Ks74fBqz7wMn
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 04:12:37 +0100 (CET)
Received: from ci-runner-04 (unknown [10.0.8.24])
        by relay2.kodeks.cz (Postfix) with ESMTP id 19A0D60432
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 04:12:36 +0100 (CET)
From: ImportBot <importbot@kodeks.cz>
To: migrace-tym@kodeks.cz, migracja-vanhove@shop.example.be, privacy@shop.example.be
Subject: ''' + _h('[MIG-VANHOVE] Importní úloha loyalty_cards_batch_07 dokončena s chybami (173 odmítnutých záznamů)', 'windows-1250') + '''
Date: Sat, 31 Oct 2026 04:12:35 +0100
Message-ID: <importbot.mig-vanhove.batch07.1793502755@kodeks.cz>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: list
X-Mailer: ImportBot 2.4.1 (Kodeks Solutions)
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1250
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Importní úloha: loyalty_cards_batch_07
Projekt:        MIG-VANHOVE (Vanhove -> Shop Example)
Běh:            #4471, spuštěno 31. 10. 2026 02:00:03, trvání 2 h 12 min
Stav:           DOKONČENO S CHYBAMI

Zdroj:          vanhove_legacy.loyalty_member (snapshot 2026-10-30 02:00)
Cíl:            shopexample-crm / contacts + loyalty_accounts

Načteno záznamů:            41 806
Úspěšně importováno:        41 633
Odmítnuto:                     173
  - neplatný formát e-mailu:                 96
  - chybí datum narození (povinné pole):     51
  - duplicitní číslo karty:                  26

Odmítnuté záznamy nebyly importovány a zůstávají pouze ve zdrojové databázi.
Seznam je uložen v souboru rejected_batch_07.csv (úložiště projektu, složka
/mig-vanhove/reports/2026-10-31/). Přístup mají jen členové projektové skupiny.

Další běh (loyalty_cards_batch_08) je naplánován na 1. 11. 2026 02:00.

--
Tento e-mail byl vygenerován automaticky systémem ImportBot. Neodpovídejte na něj.
Kodeks Solutions s.r.o., Cejl 62, 602 00 Brno
''', 'windows-1250')),

    ('cs', 'person-forwards-account-created-mail-never-asked', 'deletion', ('access',),
'''Return-Path: <jiri.kral@email.cz>
Received: from email-smtpd3.ng.seznam.cz (email-smtpd3.ng.seznam.cz [77.75.78.213])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9tD81kJwz7wPq
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 08:41:19 +0100 (CET)
Received: from email.seznam.cz
        by email-smtpc12b.ng.seznam.cz (email-smtpc12b.ng.seznam.cz [10.23.18.44])
        id 5d1f0c9a2b4e7f8a3c61d2e0;
        Mon, 02 Nov 2026 08:41:18 +0100 (CET)
From: ''' + _h('Jiří Král') + ''' <jiri.kral@email.cz>
To: <privacy@shop.example.be>
Subject: Fwd: Your Shop Example account has been created
Date: Mon, 02 Nov 2026 08:41:18 +0100 (CET)
Message-Id: <5d1.hKq2.3xwPzR1m7aT.1fYQdE@seznam.cz>
References: <acct.created.7741209.1793604764@account.shop.example.be>
Mime-Version: 1.0 (Seznam.cz Email)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dobrý den,

o žádný účet jsem nežádal. Zrušte ho prosím a moje údaje smažte. A taky mě zajímá, odkud máte můj e-mail, u Vanhove jsem naposledy nakupoval tak před pěti lety.

Jiří Král

---------- Původní e-mail ----------
Od: Shop Example <noreply@account.shop.example.be>
Komu: jiri.kral@email.cz
Datum: 2. 11. 2026 8:12:44
Předmět: Your Shop Example account has been created

Welcome to Shop Example, Jiri!

Your Vanhove customer account has been moved to Shop Example. Your order history and your loyalty points (1,240) are waiting for you.

Set your password to get started:
https://account.shop.example.be/activate?t=Zk3vQ8mW2pLr7TnY

This link is valid for 7 days.

Didn't expect this e-mail? Vanhove is now part of Shop Example. Read what this means for your data: https://www.shop.example.be/vanhove-privacy

Shop Example BV - Kortrijksesteenweg 100, 9000 Gent
''')),

    # ------------------------------------------------------------------ hr
    ('hr', 'gmail-vacation-responder', 'automated', (),
'''Return-Path: <ivana.babic.zg@gmail.com>
Received: from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8bY22sNcz7wKv
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:18:03 +0100 (CET)
Received: by mail-wr1-f41.google.com with SMTP id ffacd0b85a97d-3f2c1e8a4b7so4418822f8f.0
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 02:18:02 -0700 (PDT)
MIME-Version: 1.0
From: ''' + _h('Ivana Babić') + ''' <ivana.babic.zg@gmail.com>
Date: Tue, 27 Oct 2026 10:18:01 +0100
Message-ID: <CAF8vT2kR9x0qLm4WnZ3bYc7uHs1oD6eJpA5iG2fN8tQ0rKx3Vw@mail.gmail.com>
Subject: ''' + _h('Godišnji odmor do 9. 11.') + '''
To: privacy@shop.example.be
In-Reply-To: <20261027090158.3c9e.r25732@mailing.shop.example.be>
References: <20261027090158.3c9e.r25732@mailing.shop.example.be>
Auto-Submitted: auto-replied
Precedence: bulk
Content-Type: multipart/alternative; boundary="0000000000007c4e2b0623f0a1d5"

--0000000000007c4e2b0623f0a1d5
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Poštovani,

na godišnjem sam odmoru do ponedjeljka, 9. studenoga, i neću redovito čitati e-poštu. Na Vašu poruku odgovorit ću nakon povratka.

Lijep pozdrav,
Ivana Babić
''') + '''
--0000000000007c4e2b0623f0a1d5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<div dir="ltr">Poštovani,<br><br>na godišnjem sam odmoru do ponedjeljka, 9. studenoga, i neću redovito čitati e-poštu. Na Vašu poruku odgovorit ću nakon povratka.<br><br>Lijep pozdrav,<br>Ivana Babić</div>
''') + '''
--0000000000007c4e2b0623f0a1d5--
'''),

    ('hr', 'challenge-response-antispam-confirmation', 'automated', (),
'''Return-Path: <>
Received: from antispam.posta-link.hr (antispam.posta-link.hr [31.45.240.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8bZ43wDpz7wLr
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:19:12 +0100 (CET)
Date: Tue, 27 Oct 2026 10:19:11 +0100
From: ''' + _h('Zaštita od neželjene pošte') + ''' <potvrda@antispam.posta-link.hr>
To: privacy@shop.example.be
Subject: ''' + _h('Potvrdite slanje poruke za marko.horvat@posta-link.hr') + '''
Message-ID: <cr.8F3C22A19D70E4B5@antispam.posta-link.hr>
In-Reply-To: <20261027090203.3c9e.r26118@mailing.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: junk
X-Challenge: 8F3C-22A1-9D70-E4B5
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani,

poslali ste poruku korisniku marko.horvat@posta-link.hr. Taj korisnik
koristi sustav zaštite od neželjene pošte koji prima poruke samo od
provjerenih pošiljatelja.

  Naslov:  ''' + _ANN_EN + '''
  Poslano: 27. 10. 2026. u 10:04

Vaša je poruka privremeno zadržana. Da bi bila isporučena, potvrdite da
ste stvarna osoba: otvorite poveznicu ispod i prepišite kôd sa slike.

  https://antispam.posta-link.hr/potvrda?id=8F3C-22A1-9D70-E4B5

Potvrdu trebate napraviti samo jednom; sljedeće poruke s Vaše adrese bit
će isporučene izravno. Ako poruku ne potvrdite u roku od 5 dana, bit će
automatski obrisana.

Ovo je automatska poruka, molimo ne odgovarajte na nju.
--
Posta-Link d.o.o. | usluge e-pošte i web hostinga
'''),

    ('hr', 'outlook-read-receipt-mdn', 'automated', (),
'''Return-Path: <tomislav.kovacevic@kovacevic-obrt.hr>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2110.outbound.protection.outlook.com [40.107.104.110])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBWk62TrVz7wQn
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 15:47:35 +0100 (CET)
From: ''' + _h('Tomislav Kovačević') + ''' <tomislav.kovacevic@kovacevic-obrt.hr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: ''' + _h('Pročitano: Your access request PRV-2026-1183 – identity verification') + '''
Thread-Topic: ''' + _h('Your access request PRV-2026-1183 – identity verification') + '''
Thread-Index: AQHbTf3kq0rNw2bH8U2mCfP7k1yXaQ==
Date: Tue, 3 Nov 2026 14:47:30 +0000
Message-ID: <AM0PR02MB5561C9E0B47A21F3D8C6E54AB9D12@AM0PR02MB5561.eurprd02.prod.outlook.com>
References: <prv-2026-1183.a81c@privacy.shop.example.be>
In-Reply-To: <prv-2026-1183.a81c@privacy.shop.example.be>
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_002_AM0PR02MB5561C9E0B47A21F3D8C6E54AB9D12_"

--_002_AM0PR02MB5561C9E0B47A21F3D8C6E54AB9D12_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Vaša poruka

Prima: Tomislav Kovačević
Predmet: Your access request PRV-2026-1183 – identity verification
Poslano: utorak, 3. studenoga 2026. 14:02:11 (UTC+01:00) Beograd, Bratislava, Budimpešta, Ljubljana, Prag

pročitana je utorak, 3. studenoga 2026. 15:47:30 (UTC+01:00) Beograd, Bratislava, Budimpešta, Ljubljana, Prag.
''') + '''
--_002_AM0PR02MB5561C9E0B47A21F3D8C6E54AB9D12_
Content-Type: message/disposition-notification

Reporting-UA: AM0PR02MB5561.eurprd02.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;tomislav.kovacevic@kovacevic-obrt.hr
Original-Message-ID: <prv-2026-1183.a81c@privacy.shop.example.be>
Disposition: automatic-action/MDN-sent-automatically; displayed

--_002_AM0PR02MB5561C9E0B47A21F3D8C6E54AB9D12_--
'''),

    ('hr', 'person-replies-above-password-reset-deleted-account', 'complaint', ('deletion',),
'''Return-Path: <maja.juric@outlook.com>
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04olkn2017.outbound.protection.outlook.com [40.92.73.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBz0Q5dMsz7wNk
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 19:41:08 +0100 (CET)
From: ''' + _h('Maja Jurić') + ''' <maja.juric@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Reset your Shop Example password
Thread-Topic: Reset your Shop Example password
Thread-Index: AQHbTs2Qm3kXv0aRP0eLw8cZ1u5jvg==
Date: Wed, 4 Nov 2026 18:41:05 +0000
Message-ID: <PAXP193MB2364F7A0B3C91E2D8C40A55FD4B6A@PAXP193MB2364.EURP193.PROD.OUTLOOK.COM>
References: <pwreset.5520193.1793816520@account.shop.example.be>
In-Reply-To: <pwreset.5520193.1793816520@account.shop.example.be>
Accept-Language: hr-HR, en-US
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Poštovani,

upravo mi je stigao ovaj mail za promjenu lozinke, a ja nikakvu lozinku nisam tražila niti imam račun kod vas. Račun kod Vanhove zatvorila sam u ožujku 2025. i tada sam dobila pisanu potvrdu da su moji podaci izbrisani. Kako onda sada postoji račun na moje ime i moju adresu e-pošte?

Očito ste od Vanhove preuzeli podatke koji su već trebali biti izbrisani. To nije u redu i želim znati kako se to dogodilo. Tražim da se taj račun i svi moji podaci odmah izbrišu i da mi to pisano potvrdite. Ako ne dobijem odgovor, podnijet ću pritužbu AZOP-u.

Maja Jurić

________________________________
Od: Shop Example <noreply@account.shop.example.be>
Poslano: srijeda, 4. studenoga 2026. 19:22
Prima: maja.juric@outlook.com <maja.juric@outlook.com>
Predmet: Reset your Shop Example password

Hi Maja,

We received a request to reset the password for your Shop Example account (maja.juric@outlook.com).

Reset password: https://account.shop.example.be/reset?t=Qw7Lp2xZr9Vm4KdN

This link expires in 60 minutes.

If you didn't ask to reset your password, you can ignore this e-mail. Your password will not change.

- The Shop Example team
''')),
]

ROBOTS += [
    # ------------------------------------------------------------------ sv
    ('sv', 'outlook-autoreply-autumn-break', 'automated', (),
'''Return-Path: <anna.bergstrom@nordlinje.se>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2135.outbound.protection.outlook.com [40.107.20.135])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8bb91qFgz7wMv
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:20:31 +0100 (CET)
Received: from GV1PR09MB7410.eurprd09.prod.outlook.com ([fe80::91b2:4c07:e3aa:1d6f])
        by GV1PR09MB7410.eurprd09.prod.outlook.com ([fe80::91b2:4c07:e3aa:1d6f%5]) with mapi
        id 15.20.8722.017; Tue, 27 Oct 2026 09:20:29 +0000
From: ''' + _h('Anna Bergström') + ''' <anna.bergstrom@nordlinje.se>
To: Shop Example <privacy@shop.example.be>
Subject: ''' + _h('Automatiskt svar: ' + _ANN_EN) + '''
Thread-Topic: ''' + _h(_ANN_EN) + '''
Thread-Index: AQHbR2z1mV0kRk5pQUu7yD0b3eXcgA==
Date: Tue, 27 Oct 2026 09:20:29 +0000
Message-ID: <GV1PR09MB74102E9D5C0A8B1F46E3B7C1D0E58@GV1PR09MB7410.eurprd09.prod.outlook.com>
In-Reply-To: <20261027090219.3c9e.r27304@mailing.shop.example.be>
References: <20261027090219.3c9e.r27304@mailing.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: anna.bergstrom@nordlinje.se
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Hej!

Tack för ditt mejl. Jag är ledig under höstlovet (vecka 44) och är tillbaka måndag 2 november. Jag läser inte min e-post under tiden.

Brådskande ärenden: ring växeln på 08-517 400 00 eller mejla info@nordlinje.se.

Vänliga hälsningar
Anna Bergström
Inköpsansvarig
Nordlinje Inredning AB
''')),

    ('sv', 'esp-list-import-report-suppressed', 'automated', (),
'''Return-Path: <bounces+notify@mail.sandbar.se>
Received: from o12.mail.sandbar.se (o12.mail.sandbar.se [159.183.44.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R85ny3JtSz7wLp
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 15:42:18 +0100 (CET)
From: ''' + _h('Sändbar') + ''' <noreply@sandbar.se>
To: privacy@shop.example.be
Subject: ''' + _h('Importen är klar: vanhove_kunder_export_2026-10-26.csv') + '''
Date: Mon, 26 Oct 2026 14:42:15 +0000
Message-ID: <imp-40217-88130.1793025735@notify.sandbar.se>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Sandbar-Account: 40217
X-Sandbar-Notification: import.completed
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="sb_alt_88130_f2c1"

--sb_alt_88130_f2c1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej!

Din import till listan "Vanhove - migrerade kunder" är klar.

Fil:                        vanhove_kunder_export_2026-10-26.csv
Importerad av:              l.devos@shop.example.be
Rader i filen:              48 210

Nya kontakter:              44 871
Uppdaterade (sammanslagna
med befintliga kontakter):   1 312
Hoppade över:                2 027
  - spärrade adresser (tidigare hård studs):   1 644
  - avregistrerade från ditt konto:              318
  - ogiltig e-postadress:                         65

OBS: 318 adresser i filen har tidigare avregistrerat sig från utskick
från ditt konto. De har inte lagts till på listan igen och kan inte
importeras på nytt utan ett nytt samtycke från mottagaren.

Du kan ladda ner en rapport över överhoppade rader under
Kontakter > Importer > #88130 de kommande 30 dagarna.

Hälsningar
Sändbar

Det här är ett automatiskt meddelande. Du får det eftersom du är
administratör för kontot Shop Example BV (40217).

--sb_alt_88130_f2c1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hej!</p>
<p>Din import till listan <b>Vanhove - migrerade kunder</b> är klar.</p>
<table cellpadding="4">
<tr><td>Rader i filen</td><td align="right">48 210</td></tr>
<tr><td>Nya kontakter</td><td align="right">44 871</td></tr>
<tr><td>Uppdaterade (sammanslagna)</td><td align="right">1 312</td></tr>
<tr><td>Hoppade över</td><td align="right">2 027</td></tr>
</table>
<p>OBS: 318 adresser i filen har tidigare avregistrerat sig och har inte lagts till igen.</p>
<p><a href="https://app.sandbar.se/contacts/imports/88130">Visa importen</a></p>
<p style="color:#888;font-size:12px">Det här är ett automatiskt meddelande från Sändbar.</p>
</body></html>
''') + '''
--sb_alt_88130_f2c1--
'''),

    ('sv', 'esp-spam-complaint-fbl-summary', 'automated', (),
'''Return-Path: <bounces+deliverability@mail.sandbar.se>
Received: from o7.mail.sandbar.se (o7.mail.sandbar.se [159.183.44.7])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9Sd20vXhz7wNs
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 09:00:41 +0100 (CET)
From: ''' + _h('Sändbar Leverans') + ''' <leverans@sandbar.se>
To: privacy@shop.example.be
Subject: ''' + _h('Spamanmälningar för ditt utskick ”Vanhove is now Shop Example”') + '''
Date: Thu, 29 Oct 2026 08:00:38 +0000
Message-ID: <fbl-summary-40217-c55102.1793260838@notify.sandbar.se>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Sandbar-Account: 40217
X-Sandbar-Notification: complaints.summary
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hej,

Ditt utskick ”''' + _ANN_EN + '''”
(kampanj C-55102, skickat 27 oktober 2026 kl. 10:00 till 46 183 mottagare)
har hittills fått 23 spamanmälningar via återkopplingsslingor (feedback loops)
från mottagarnas e-postleverantörer.

Klagomålsfrekvens:  0,050 %   (vår gräns: 0,10 %)

Anmälningar per leverantör:
  Microsoft (Outlook.com/Hotmail)   14
  Yahoo/AOL                          6
  Övriga                             3

De 23 mottagarna har automatiskt lagts på spärrlistan för ditt konto och
kommer inte att få fler utskick från dig. Du behöver inte göra något.

Tips: När du skickar till kontakter som kommer från ett annat företag, till
exempel efter ett uppköp, bör det tydligt framgå vem som skickar och varför
mottagaren får mejlet.

Detta är ett automatiskt meddelande från Sändbar. Svara inte på det här mejlet.
Sändbar AB, Kungsgatan 37, 111 56 Stockholm
''')),

    ('sv', 'person-forwards-gmail-bounce-of-old-privacy-address', 'complaint', ('access',),
'''Return-Path: <erik.lindqvist@gmail.com>
Received: from mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBXr85pWcz7wMk
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 20:58:14 +0100 (CET)
Received: by mail-lf1-f52.google.com with SMTP id 2adb3069b0e04-59a1e3c7b4dso2217734e87.1
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 11:58:13 -0800 (PST)
MIME-Version: 1.0
References: <6908f2a1.5e0a1c2b.7d3f.91ac.GMR@mx.google.com>
In-Reply-To: <6908f2a1.5e0a1c2b.7d3f.91ac.GMR@mx.google.com>
From: Erik Lindqvist <erik.lindqvist@gmail.com>
Date: Tue, 3 Nov 2026 20:58:01 +0100
Message-ID: <CAJp4vE0wZqB7yKx3nT1mRf9sHd2LcU8oG5aPi6VjN4eXk0Mt7A@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hej,

Den 14 september skickade jag en begäran till Vanhove om att få veta vilka personuppgifter de har om mig (registerutdrag enligt artikel 15 i GDPR). Jag har aldrig fått något svar. I dag försökte jag påminna dem och fick bara studsmeddelandet nedan, adressen finns alltså inte ens längre.

Ni har tagit över Vanhove och deras kunder, så nu är det ert ansvar. Det har gått mer än en månad, vilket är den tidsfrist som gäller enligt lag. Jag vill fortfarande få en kopia av alla uppgifter ni har om mig, och jag förväntar mig ett svar inom två veckor. Annars anmäler jag ärendet till IMY.

Erik Lindqvist
Kundnummer hos Vanhove: VH-0448127

---------- Vidarebefordrat meddelande ---------
Från: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: tis 3 nov. 2026 kl 20:41
Subject: Delivery Status Notification (Failure)
To: <erik.lindqvist@gmail.com>


Adressen hittades inte

Ditt meddelande levererades inte till privacy@vanhove-winkels.be eftersom adressen inte kunde hittas eller inte kan ta emot e-post.

Svaret från fjärrservern var:

550 5.1.1 <privacy@vanhove-winkels.be>: Recipient address rejected: User unknown in virtual mailbox table



---------- Vidarebefordrat meddelande ----------
From: Erik Lindqvist <erik.lindqvist@gmail.com>
To: privacy@vanhove-winkels.be
Cc:
Bcc:
Date: Tue, 3 Nov 2026 20:41:27 +0100
Subject: Påminnelse: begäran om registerutdrag
----- Message truncated -----
''')),

    # ------------------------------------------------------------------ ro
    ('ro', 'sso-partner-portal-account-provisioned', 'automated', (),
'''Return-Path: <bounce@idp.callnova.ro>
Received: from mta1.callnova.ro (mta1.callnova.ro [86.105.212.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9Cc73HvNz7wKq
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 08:03:52 +0100 (CET)
From: CallNova Identity <no-reply@idp.callnova.ro>
To: privacy@shop.example.be
Subject: ''' + _h('Contul dvs. pentru Portalul Parteneri CallNova a fost creat') + '''
Date: Fri, 30 Oct 2026 09:03:49 +0200
Message-ID: <provision.u-7a1c0e52.1793343829@idp.callnova.ro>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-IdP-Event: user.provisioned
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

''' + _b64('''Bună ziua,

Un administrator CallNova a creat un cont pentru dvs. în Portalul Parteneri.

Utilizator:   privacy@shop.example.be
Organizație:  Shop Example BV (proiect SE-BE-2026)
Rol:          Protecția datelor – vizualizare și escaladare tichete

Pentru a activa contul, setați o parolă și configurați autentificarea în doi pași (aplicație de tip Authenticator) folosind linkul de mai jos. Linkul este valabil 72 de ore și poate fi folosit o singură dată.

https://idp.callnova.ro/activate?token=b1H7qZ4wXr0LmT9s

Dacă linkul expiră, cereți administratorului un link nou. Nu redirecționați acest mesaj altor persoane.

Dacă nu vă așteptați la acest e-mail, îl puteți ignora sau ne puteți anunța la securitate@callnova.ro.

Acest mesaj a fost trimis automat. Vă rugăm să nu răspundeți.
CallNova Services SRL, Cluj-Napoca
''')),

    ('ro', 'call-centre-ticket-acknowledgement', 'automated', (),
'''Return-Path: <suport@callnova.ro>
Received: from mta2.callnova.ro (mta2.callnova.ro [86.105.212.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBpS15kCyz7wLn
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 11:26:09 +0100 (CET)
From: Suport CallNova <suport@callnova.ro>
Reply-To: Suport CallNova <suport+t118204@callnova.ro>
To: privacy@shop.example.be
Subject: ''' + _h('[#118204] Am primit solicitarea dvs.: Escaladare – cereri de ștergere primite telefonic (săpt. 44)') + '''
Date: Mon, 02 Nov 2026 12:26:06 +0200
Message-ID: <ticket-118204-ack.1793615166@helpdesk.callnova.ro>
In-Reply-To: <esc-w44.0b2f@privacy.shop.example.be>
References: <esc-w44.0b2f@privacy.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Ticket-ID: 118204
X-Mailer: HelpNova 5.2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Bună ziua,

Vă mulțumim pentru mesaj. Solicitarea dvs. a fost înregistrată cu numărul #118204 și a fost repartizată echipei Shop Example – Nivel 2.

Subiect: Escaladare – cereri de ștergere primite telefonic (săpt. 44)
Prioritate: Normală
Termen estimat de răspuns: o zi lucrătoare

Dacă doriți să adăugați informații, răspundeți la acest e-mail și păstrați numărul solicitării în subiect. Puteți urmări stadiul solicitării în Portalul Parteneri: https://parteneri.callnova.ro/tichete/118204

Cu stimă,
Echipa Suport CallNova

Acest mesaj a fost generat automat.
''')),

    ('ro', 'call-centre-weekly-quality-monitoring-report', 'automated', (),
'''Return-Path: <rapoarte@callnova.ro>
Received: from mta1.callnova.ro (mta1.callnova.ro [86.105.212.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBg6d2PwMz7wJr
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 07:30:22 +0100 (CET)
From: Rapoarte CallNova <rapoarte@callnova.ro>
To: privacy@shop.example.be, cx-vendor@shop.example.be
Subject: ''' + _h('Raport săptămânal monitorizare calitate – Shop Example – S44 (26.10–01.11.2026)') + '''
Date: Mon, 02 Nov 2026 08:30:19 +0200
Message-ID: <qa-weekly.se-be-2026.w44.1793601019@rapoarte.callnova.ro>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Raport săptămânal – monitorizarea calității apelurilor
Client: Shop Example BV | Proiect: SE-BE-2026 | Săptămâna 44 (26.10–01.11.2026)

Apeluri înregistrate:                 2 914
Apeluri evaluate (eșantion aleator):    120  (4,1%)
Scor mediu de calitate:               87,4%  (S43: 85,9%)

Pe criterii:
  Salut și identificare apel             96,2%
  Verificarea identității clientului     81,7%
  Corectitudinea informațiilor           88,0%
  Înregistrarea solicitării în CRM       84,5%
  Încheierea apelului                    93,1%

Neconformități critice: 3
  - verificarea identității incompletă înainte de comunicarea
    datelor din cont:                                           2
  - promisiune de ștergere a datelor fără înregistrarea
    solicitării în sistem:                                      1
Agenții implicați au fost programați pentru coaching până la 06.11.2026.

Înregistrările apelurilor evaluate sunt păstrate 90 de zile, conform
contractului. Detalii pe agent: Portal Parteneri > Calitate > S44.

--
Raport generat automat de platforma QA CallNova. Vă rugăm să nu răspundeți.
'''),

    ('ro', 'person-vendor-team-leader-question-via-ticket-system', 'other', (),
'''Return-Path: <suport@callnova.ro>
Received: from mta2.callnova.ro (mta2.callnova.ro [86.105.212.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RC2Hk0ZqTz7wPm
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 03:17:44 +0100 (CET)
From: Andreea Popescu (CallNova) <suport@callnova.ro>
Reply-To: Suport CallNova <suport+t118377@callnova.ro>
To: privacy@shop.example.be
Subject: ''' + _h('[#118377] Întrebare: puncte de fidelitate Vanhove care nu apar în aplicație') + '''
Date: Thu, 05 Nov 2026 04:17:41 +0200
Message-ID: <ticket-118377-msg1.1793845061@helpdesk.callnova.ro>
X-Ticket-ID: 118377
X-Mailer: HelpNova 5.2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''##- Pentru a răspunde, scrieți deasupra acestei linii -##

Bună ziua,

Vă scriu din partea echipei din tura de noapte. De la migrare primim foarte multe apeluri de la clienți care nu își mai găsesc punctele de fidelitate Vanhove în aplicația Shop Example (vreo 40 de apeluri doar în noaptea asta). Deocamdată le spunem că punctele vor apărea în câteva zile, dar nu avem nicio confirmare oficială.

Ne puteți spune dacă e o problemă cunoscută și cam când se rezolvă? Iar dacă nu e subiectul dvs., ne puteți spune cui să ne adresăm? În procedură nu am găsit nicio adresă pentru problemele cu aplicația și v-am scris dvs. pentru că sunteți singurul contact Shop Example pe care îl avem în portal.

Mulțumesc frumos,
Andreea Popescu
Team Leader tura de noapte – proiect Shop Example
CallNova Services SRL

--------------------------------
Tichet #118377 | Stare: Deschis | Prioritate: Normală
Vizualizați tichetul: https://parteneri.callnova.ro/tichete/118377
''')),

    ('ro', 'person-replies-above-loyalty-transfer-notice-wrong-data', 'correction', (),
'''Return-Path: <mihai.stanescu85@yahoo.com>
Received: from sonic305-21.consmr.mail.ir2.yahoo.com (sonic305-21.consmr.mail.ir2.yahoo.com [77.238.177.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9Rq71mXbz7wKt
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 11:52:36 +0100 (CET)
Received: from sonic.gate.mail.ne1.yahoo.com by sonic305.consmr.mail.ir2.yahoo.com with HTTP;
        Sat, 31 Oct 2026 10:52:34 +0000
Date: Sat, 31 Oct 2026 10:52:31 +0000 (UTC)
From: ''' + _h('Mihai Stănescu') + ''' <mihai.stanescu85@yahoo.com>
To: Shop Example <privacy@shop.example.be>
Message-ID: <1452981733.2210487.1793443951220@mail.yahoo.com>
In-Reply-To: <loyalty.transfer.6036774122.1793347925@loyalty.shop.example.be>
References: <loyalty.transfer.6036774122.1793347925@loyalty.shop.example.be>
Subject: ''' + _h('Re: Votre carte de fidélité Vanhove a été transférée') + '''
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.24562 YMailNorrin

''' + _qp('''Bună ziua,

Am primit mesajul de mai jos, dar datele nu sunt corecte:
- data nașterii este 11.03.1985, nu 03.11.1985 (cred că s-au inversat ziua și luna la transfer);
- numele se scrie Stănescu, cu „ă”;
- adresa de pe card e cea veche, din 2024 locuiesc în Rue de la Station 14, 1410 Waterloo.

Vă rog să le corectați în contul meu. Numărul cardului este 6036 7741 2209 58.

Mulțumesc,
Mihai Stănescu


În vineri, 30 octombrie 2026, 09:12:05 CET, Shop Example <noreply@loyalty.shop.example.be> a scris:


Bonjour Mihai Stanescu,

Votre carte de fidélité Vanhove a été transférée vers Shop Example. Vos 860 points ont été conservés.

Vos données :
Nom : Mihai Stanescu
Date de naissance : 03/11/1985
Adresse : Avenue Reine Astrid 221, 1420 Braine-l'Alleud
E-mail : mihai.stanescu85@yahoo.com
Carte : 6036 7741 2209 58

Ces données sont-elles incorrectes ? Modifiez-les dans votre compte ou écrivez-nous à privacy@shop.example.be.

Ceci est un message automatique, merci de ne pas y répondre.
Shop Example SRL
''')),
]

ROBOTS += [
    # ------------------------------------------------------------------ el
    ('el', 'isp-dsn-mailbox-full-bilingual', 'automated', (),
'''Return-Path: <>
Received: from mx2.hellasnet.gr (mx2.hellasnet.gr [62.103.28.142])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8bd54tCkz7wNw
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:21:47 +0100 (CET)
Received: by mx2.hellasnet.gr (Postfix)
        id 4E0B7E21A9; Tue, 27 Oct 2026 11:21:46 +0200 (EET)
Date: Tue, 27 Oct 2026 11:21:46 +0200 (EET)
From: MAILER-DAEMON@mx2.hellasnet.gr (Mail Delivery System)
Subject: ''' + _h('Αποτυχία παράδοσης μηνύματος / Undelivered Mail Returned to Sender', 'iso-8859-7') + '''
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4E0B7E21A9.1793092906/mx2.hellasnet.gr"
Message-Id: <20261027092146.4E0B7E21A9@mx2.hellasnet.gr>

This is a MIME-encapsulated message.

--4E0B7E21A9.1793092906/mx2.hellasnet.gr
Content-Description: Notification
Content-Type: text/plain; charset=iso-8859-7
Content-Transfer-Encoding: base64

''' + _b64('''Αυτό είναι ένα αυτόματο μήνυμα του διακομιστή αλληλογραφίας
mx2.hellasnet.gr.

Δυστυχώς το μήνυμά σας δεν ήταν δυνατό να παραδοθεί στον παρακάτω
παραλήπτη, επειδή η θυρίδα του (mailbox) είναι πλήρης και έχει
υπερβεί το όριο αποθηκευτικού χώρου:

    <k.nikolaidis@hellasnet.gr>

Μπορείτε να δοκιμάσετε ξανά αργότερα ή να επικοινωνήσετε με τον
παραλήπτη με άλλο τρόπο.

-------------------------------------------------------------------

This is the mail system at host mx2.hellasnet.gr.

Your message could not be delivered to the recipient below:
the mailbox is full (quota exceeded).

<k.nikolaidis@hellasnet.gr>: maildir delivery failed: Mailbox quota
    exceeded (2048 MB)
''', 'iso-8859-7') + '''
--4E0B7E21A9.1793092906/mx2.hellasnet.gr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.hellasnet.gr
X-Postfix-Queue-ID: 4E0B7E21A9
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 27 Oct 2026 11:21:45 +0200 (EET)

Final-Recipient: rfc822; k.nikolaidis@hellasnet.gr
Original-Recipient: rfc822;k.nikolaidis@hellasnet.gr
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildir delivery failed: Mailbox quota exceeded
    (2048 MB)

--4E0B7E21A9.1793092906/mx2.hellasnet.gr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out2.mailing.shop.example.be (out2.mailing.shop.example.be [195.130.141.22])
        by mx2.hellasnet.gr (Postfix) with ESMTPS id 4E0B7E21A9
        for <k.nikolaidis@hellasnet.gr>; Tue, 27 Oct 2026 11:21:45 +0200 (EET)
From: Shop Example <privacy@shop.example.be>
To: k.nikolaidis@hellasnet.gr
Subject: ''' + _h(_ANN_EN) + '''
Date: Tue, 27 Oct 2026 10:02:40 +0100
Message-ID: <20261027090240.3c9e.r29871@mailing.shop.example.be>
List-Unsubscribe: <https://mailing.shop.example.be/u/r29871>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_se_ann_r29871"

--4E0B7E21A9.1793092906/mx2.hellasnet.gr--
'''),

    ('el', 'exchange-ooo-national-holiday-leave', 'automated', (),
'''Return-Path: <g.antoniou@alfa-logistics.gr>
Received: from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2102.outbound.protection.outlook.com [40.107.14.102])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8bf20yLsz7wKx
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:22:19 +0100 (CET)
From: ''' + _h('Γεωργία Αντωνίου') + ''' <g.antoniou@alfa-logistics.gr>
To: Shop Example <privacy@shop.example.be>
Subject: ''' + _h('Αυτόματη απάντηση: ' + _ANN_EN) + '''
Thread-Topic: ''' + _h(_ANN_EN) + '''
Thread-Index: AQHbR20aW5pCk1sXTkO0yV8m4tRcbw==
Date: Tue, 27 Oct 2026 09:22:16 +0000
Message-ID: <VI1PR03MB4877A2C1E9D05F73B6A48D29C7E11@VI1PR03MB4877.eurprd03.prod.outlook.com>
In-Reply-To: <20261027090244.3c9e.r30102@mailing.shop.example.be>
References: <20261027090244.3c9e.r30102@mailing.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: g.antoniou@alfa-logistics.gr
Content-Language: el-GR
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="_000_VI1PR03MB4877A2C1E9D05F73B6A48D29C7E11VI1PR03MB4877eurp_"

--_000_VI1PR03MB4877A2C1E9D05F73B6A48D29C7E11VI1PR03MB4877eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Καλημέρα σας,

Σας ευχαριστώ για το μήνυμά σας. Θα απουσιάζω με άδεια από την Τρίτη 27/10 έως και την Παρασκευή 30/10 (συμπεριλαμβάνεται η αργία της 28ης Οκτωβρίου) και δεν θα έχω πρόσβαση στο ηλεκτρονικό ταχυδρομείο.

Θα επικοινωνήσω μαζί σας μόλις επιστρέψω, τη Δευτέρα 2 Νοεμβρίου. Για επείγοντα θέματα μπορείτε να καλέσετε στο 210 6893 410 ή να γράψετε στο info@alfa-logistics.gr.

Με εκτίμηση,
Γεωργία Αντωνίου
Τμήμα Προμηθειών
Alfa Logistics Α.Ε.
''') + '''
--_000_VI1PR03MB4877A2C1E9D05F73B6A48D29C7E11VI1PR03MB4877eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Καλημέρα σας,</p>
<p>Σας ευχαριστώ για το μήνυμά σας. Θα απουσιάζω με άδεια από την Τρίτη 27/10 έως και την Παρασκευή 30/10 (συμπεριλαμβάνεται η αργία της 28ης Οκτωβρίου) και δεν θα έχω πρόσβαση στο ηλεκτρονικό ταχυδρομείο.</p>
<p>Θα επικοινωνήσω μαζί σας μόλις επιστρέψω, τη Δευτέρα 2 Νοεμβρίου. Για επείγοντα θέματα μπορείτε να καλέσετε στο 210 6893 410 ή να γράψετε στο <a href="mailto:info@alfa-logistics.gr">info@alfa-logistics.gr</a>.</p>
<p>Με εκτίμηση,<br>Γεωργία Αντωνίου<br>Τμήμα Προμηθειών<br>Alfa Logistics Α.Ε.</p>
</div></body></html>
''') + '''
--_000_VI1PR03MB4877A2C1E9D05F73B6A48D29C7E11VI1PR03MB4877eurp_--
'''),

    ('el', 'marketplace-partner-onboarding-notice', 'automated', (),
'''Return-Path: <bounces@partners.agoramarket.gr>
Received: from smtp3.agoramarket.gr (smtp3.agoramarket.gr [195.97.101.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RC6nW2fHdz7wMq
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:08:27 +0100 (CET)
From: ''' + _h('Agora Market – Πύλη Συνεργατών') + ''' <partners-noreply@agoramarket.gr>
To: privacy@shop.example.be
Cc: marketplaces@shop.example.be
Subject: ''' + _h('Η εγγραφή σας ως συνεργάτη ολοκληρώθηκε – Shop Example BV') + '''
Date: Thu, 05 Nov 2026 15:08:24 +0200
Message-ID: <onboard.AGM-P-20784.1793884104@partners.agoramarket.gr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-AGM-Template: partner_onboarding_completed_v3
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

''' + _b64('''Αγαπητέ συνεργάτη,

Καλώς ήρθατε στο Agora Market! Η εγγραφή της επιχείρησης Shop Example BV (ΑΦΜ/VAT: BE0123.456.789) ως εμπόρου-συνεργάτη ολοκληρώθηκε με επιτυχία.

Κωδικός συνεργάτη: AGM-P-20784
Κατάσταση: Ενεργός – δοκιμαστική περίοδος έως 30/11/2026

Επόμενα βήματα:
1. Ανεβάστε τον κατάλογο προϊόντων σας (XML ή CSV) από την ενότητα «Κατάλογος».
2. Δημιουργήστε κλειδιά API για τη σύνδεση των παραγγελιών.
3. Ορίστε τις πολιτικές αποστολής και επιστροφών.

Η Σύμβαση Επεξεργασίας Δεδομένων (DPA) υπεγράφη ηλεκτρονικά στις 05/11/2026 και είναι διαθέσιμη στην ενότητα «Έγγραφα».

Λαμβάνετε αυτό το μήνυμα επειδή η διεύθυνση αυτή δηλώθηκε ως επαφή για θέματα προστασίας δεδομένων κατά την εγγραφή.

Το μήνυμα στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
Agora Market Α.Ε., Λεωφ. Κηφισίας 44, 151 25 Μαρούσι
''')),

    ('el', 'person-iphone-reply-with-server-disclaimer-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <e.papadopoulou@kosmos-pharm.gr>
Received: from mail.kosmos-pharm.gr (mail.kosmos-pharm.gr [83.235.64.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8mV70jXrz7wLs
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 19:44:02 +0100 (CET)
Received: from disclaimer.kosmos-pharm.local (10.1.0.25) by mail.kosmos-pharm.gr
        with ESMTP; Tue, 27 Oct 2026 20:44:01 +0200
Received: from smtpclient.apple (unknown [176.92.18.207])
        by mail.kosmos-pharm.gr (Postfix) with ESMTPSA id 7A31C2E04D
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 20:43:58 +0200 (EET)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: ''' + _h('Ελένη Παπαδοπούλου') + ''' <e.papadopoulou@kosmos-pharm.gr>
Mime-Version: 1.0 (1.0)
Subject: ''' + _h('Re: ' + _ANN_EN) + '''
Date: Tue, 27 Oct 2026 20:43:55 +0200
Message-Id: <5C8E2A91-3F07-4D6B-A1E2-0B9F47D3C6A8@kosmos-pharm.gr>
References: <20261027090251.3c9e.r30877@mailing.shop.example.be>
In-Reply-To: <20261027090251.3c9e.r30877@mailing.shop.example.be>
To: Shop Example <privacy@shop.example.be>
X-Mailer: iPhone Mail (23A341)
X-Disclaimer: applied

''' + _qp('''Καλησπέρα,

Δεν επιθυμώ να λαμβάνω newsletter ούτε προσφορές από εσάς. Είχα γραφτεί μόνο στο newsletter της Vanhove, όχι στο δικό σας. Παρακαλώ αφαιρέστε τη διεύθυνσή μου από τις λίστες σας.

Ελένη Παπαδοπούλου

Στάλθηκε από το iPhone μου

> Στις 27 Οκτ 2026, στις 10:07 π.μ., ο χρήστης Shop Example <privacy@shop.example.be> έγραψε:
>
> Dear customer,
>
> On 1 October 2026 Vanhove became part of Shop Example BV. Your Vanhove customer account, your loyalty card and your newsletter subscription are being transferred to Shop Example. You do not need to do anything.
>
> What this means for your data, and what your rights are: https://www.shop.example.be/vanhove-privacy
>
> Questions about your personal data? Simply reply to this e-mail or write to privacy@shop.example.be.
>
> Kind regards,
> Shop Example - Privacy team

_____________________________________________
ΑΠΟΠΟΙΗΣΗ ΕΥΘΥΝΗΣ: Το παρόν μήνυμα και τυχόν συνημμένα αρχεία του είναι εμπιστευτικά και προορίζονται αποκλειστικά για τον παραλήπτη. Αν το λάβατε κατά λάθος, παρακαλούμε ενημερώστε τον αποστολέα και διαγράψτε το. Kosmos Pharm Α.Ε. - www.kosmos-pharm.gr
''')),

    # ------------------------------------------------------------------ bg
    ('bg', 'thunderbird-read-receipt-mdn', 'automated', (),
'''Return-Path: <n.ivanova@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.99])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBJ1t4bDwz7wKp
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 08:15:40 +0100 (CET)
Received: from [192.168.1.34] (unknown [78.90.211.54])
        by smtp-out.abv.bg (Postfix) with ESMTPSA id 2C61F3C4A0
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 09:15:38 +0200 (EET)
Message-ID: <a3e7c1d0-4b28-4f6e-9d15-7c0b2e8f41aa@abv.bg>
Date: Tue, 3 Nov 2026 09:15:37 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: ''' + _h('Надя Иванова') + ''' <n.ivanova@abv.bg>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: ''' + _h('Обратна разписка (показано) - Your erasure request PRV-2026-1207 – please confirm your identity') + '''
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------3p0vR7cDkX2mQ9tLw1YzHbN4"

This is a multi-part message in MIME format.
--------------3p0vR7cDkX2mQ9tLw1YzHbN4
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Това е обратна разписка за писмото, което изпратихте до <n.ivanova@abv.bg>.

Забележка: Тази обратна разписка потвърждава само, че писмото е било показано на компютъра на получателя. Няма гаранция, че получателят е прочел или разбрал съдържанието на писмото.

--------------3p0vR7cDkX2mQ9tLw1YzHbN4
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: pc-nadya; Mozilla Thunderbird
Final-Recipient: rfc822;n.ivanova@abv.bg
Original-Message-ID: <prv-2026-1207.c44e@privacy.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------3p0vR7cDkX2mQ9tLw1YzHbN4
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [195.130.141.10])
        by mx.abv.bg (Postfix) with ESMTPS id 8F0A24C1B2
        for <n.ivanova@abv.bg>; Mon,  2 Nov 2026 17:31:09 +0200 (EET)
From: Shop Example Privacy <privacy@shop.example.be>
To: n.ivanova@abv.bg
Subject: ''' + _h('Your erasure request PRV-2026-1207 – please confirm your identity') + '''
Date: Mon, 2 Nov 2026 16:31:02 +0100
Message-ID: <prv-2026-1207.c44e@privacy.shop.example.be>
Disposition-Notification-To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--------------3p0vR7cDkX2mQ9tLw1YzHbN4--
'''),

    ('bg', 'hosting-dpa-scc-update-and-migration-notice', 'automated', (),
'''Return-Path: <noreply@hostbalkan.bg>
Received: from mailer2.hostbalkan.bg (mailer2.hostbalkan.bg [91.215.216.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBsM93gKvz7wLq
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 12:00:14 +0100 (CET)
From: HostBalkan <noreply@hostbalkan.bg>
To: privacy@shop.example.be
Subject: ''' + _h('Важно: актуализирано Споразумение за обработване на данни и планирана миграция на сървъри', 'windows-1251') + '''
Date: Mon, 2 Nov 2026 13:00:09 +0200
Message-ID: <notice.dpa-v4.VH-20931.1793617209@hostbalkan.bg>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
X-HB-Account: VH-20931
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1251
Content-Transfer-Encoding: base64

''' + _b64('''Уважаеми клиенти,

Във връзка с изискванията на Регламент (ЕС) 2016/679 (GDPR) актуализирахме Споразумението за обработване на лични данни (DPA), което е неразделна част от договора ви за хостинг. Новата версия 4.0 влиза в сила на 1 декември 2026 г. и включва:

– актуализиран списък на подобработващите;
– новите Стандартни договорни клаузи на Европейската комисия за предаване на данни към трети държави;
– срок до 24 часа за уведомяване при нарушение на сигурността на личните данни.

Моля, прегледайте и приемете новата версия в клиентския панел (Профил > Договори) до 30.11.2026 г. Ако не я приемете до тази дата, досегашната версия ще важи до края на текущия абонаментен период.

Планирана миграция
Акаунт: VH-20931 (vanhove-winkels.be)
Услуга: Бизнес хостинг + поща
На 14.11.2026 г. между 01:00 и 05:00 ч. (EET) услугите ви ще бъдат преместени в новия ни център за данни „София-2“. Очаквано прекъсване: до 20 минути. Не е необходимо да предприемате действия.

Получавате това съобщение, защото адресът е посочен като контакт за защита на данните в акаунта ви.

С уважение,
Екипът на HostBalkan

Това е автоматично съобщение, моля, не отговаряйте на него.
''', 'windows-1251')),

    ('bg', 'old-helpdesk-project-closed-autoreply', 'automated', (),
'''Return-Path: <vanhove@serdikacc.bg>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2118.outbound.protection.outlook.com [40.107.105.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9p4C1sWmz7wNn
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:33:57 +0100 (CET)
From: Vanhove Support <vanhove@serdikacc.bg>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: ''' + _h('Автоматичен отговор: Export of Vanhove tickets containing personal data – retention') + '''
Thread-Topic: ''' + _h('Export of Vanhove tickets containing personal data – retention') + '''
Thread-Index: AQHbT4c1nK9rQ0a2TUWvRj3f8bX1Yw==
Date: Fri, 6 Nov 2026 09:33:55 +0000
Message-ID: <DB9PR06MB7820E3A15C4D02B97F6A18E0C2D44@DB9PR06MB7820.eurprd06.prod.outlook.com>
In-Reply-To: <handover-serdika.77d1@privacy.shop.example.be>
References: <handover-serdika.77d1@privacy.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: vanhove@serdikacc.bg
Content-Language: bg-BG
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Здравейте,

Проектът Vanhove в „Сердика Контакт Център“ приключи на 30 октомври 2026 г. и тази пощенска кутия вече не се следи. Съобщението ви не е препратено.

За въпроси относно предаването на данни и архиви по проекта, моля, пишете на ръководителя на проекта Калин Петров: k.petrov@serdikacc.bg.

Клиентите на Vanhove могат да се обръщат към Shop Example: klantendienst@shop.example.be.

---

Hello,

The Vanhove project at Serdika Contact Center ended on 30 October 2026 and this mailbox is no longer monitored. Your message has not been forwarded.

For questions about the handover of project data and archives, please contact the project manager, Kalin Petrov: k.petrov@serdikacc.bg.

Vanhove customers can contact Shop Example: klantendienst@shop.example.be.
''')),

    ('bg', 'person-replies-to-ticket-ack-adds-access-request', 'access', (),
'''Return-Path: <dimitar.georgiev.bg@gmail.com>
Received: from mail-ed1-f44.google.com (mail-ed1-f44.google.com [209.85.208.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBr9x2kMpz7wJv
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 11:47:22 +0100 (CET)
Received: by mail-ed1-f44.google.com with SMTP id 4fb4d7f45d1cf-64a3b17e2c9so1138209a12.1
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 02:47:21 -0800 (PST)
MIME-Version: 1.0
References: <ack.PRV-20431.1793614091@privacy.shop.example.be>
In-Reply-To: <ack.PRV-20431.1793614091@privacy.shop.example.be>
From: ''' + _h('Димитър Георгиев') + ''' <dimitar.georgiev.bg@gmail.com>
Date: Mon, 2 Nov 2026 12:47:08 +0200
Message-ID: <CAN7yHq3pW0dT8xKm2Lr5VfB9sZc1Qn4uJe6aGo=Xt2kR8wYd0M@mail.gmail.com>
Subject: Re: [PRV-20431] We have received your request
To: Shop Example Privacy <privacy@shop.example.be>
Content-Type: multipart/alternative; boundary="000000000000b8e19d0624a3f7c2"

--000000000000b8e19d0624a3f7c2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Здравейте,

Благодаря за потвърждението. Допълвам искането си, защото в първото писмо не бях достатъчно ясен.

Бях клиент на Vanhove с карта за лоялност № 2200 3158 7740. Бих искал да знам какви мои лични данни сте получили от Vanhove при придобиването, за какво ги използвате сега, с кого ги споделяте и колко дълго ще ги пазите. Моля, изпратете ми и копие от тях.

Ако ви трябва документ за самоличност, пишете ми.

Поздрави,
Димитър Георгиев

На пн, 2.11.2026 г. в 11:08 ч. Shop Example Privacy <privacy@shop.example.be> написа:

> Dear customer,
>
> Thank you for your message. Your request has been registered under number PRV-20431. We will answer within one month.
> Please keep the reference in the subject line if you write to us again.
>
> This is an automatic message.
> Shop Example - Privacy team
>
''') + '''
--000000000000b8e19d0624a3f7c2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<div dir="ltr"><div>Здравейте,</div><div><br></div><div>Благодаря за потвърждението. Допълвам искането си, защото в първото писмо не бях достатъчно ясен.</div><div><br></div><div>Бях клиент на Vanhove с карта за лоялност № 2200 3158 7740. Бих искал да знам какви мои лични данни сте получили от Vanhove при придобиването, за какво ги използвате сега, с кого ги споделяте и колко дълго ще ги пазите. Моля, изпратете ми и копие от тях.</div><div><br></div><div>Ако ви трябва документ за самоличност, пишете ми.</div><div><br></div><div>Поздрави,</div><div>Димитър Георгиев</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">На пн, 2.11.2026 г. в 11:08 ч. Shop Example Privacy &lt;<a href="mailto:privacy@shop.example.be">privacy@shop.example.be</a>&gt; написа:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Dear customer,<br><br>Thank you for your message. Your request has been registered under number PRV-20431. We will answer within one month.<br>Please keep the reference in the subject line if you write to us again.<br><br>This is an automatic message.<br>Shop Example - Privacy team<br></blockquote></div>
''') + '''
--000000000000b8e19d0624a3f7c2--
'''),
]

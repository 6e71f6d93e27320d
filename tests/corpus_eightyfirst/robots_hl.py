"""Eighty-first set, book B robots: robot mail of the systems around the shop's sports department and body data (race-timing and registration platforms with results and hide-name requests, the race-photo service and its helpdesk, the fitting studio's foot-scan report, the fitness cloud's data-export notices, rental systems' retention reports and sub-processor notices, the sports-benefit platform's monthly usage report, club management software, the insurer's partner notices, the gym partner's check-in sync report, out-of-office replies, bounces of several MTAs, helpdesk acknowledgements), plus people whose mail looks automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the rules."""

ROBOTS = [
    ('pl', 'timing-platform-results-published-gdpr-requests-pending', 'automated', (),
'''Return-Path: <bounce-org-5521@notify.chronostart.example>
Received: from notify.chronostart.example (notify.chronostart.example [203.0.113.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc2Vb0Lp3z7Qm1
        for <privacy@shop.example.be>; Mon, 23 Mar 2026 09:02:17 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=chronostart.example;
	s=cs2025; t=1774252935; h=from:to:subject:date:message-id;
	bh=Zp3Kq8Lm1Vx7Rt0Yw5Nc2Hb9Dj4Fs6Gk8Pa1Qe3Uo5=;
	b=Hq1Lm8Pz3Vk0Rw7Tx2Nb5Cj9Dg4Fs6Ka8Ye1Uo3Qi5Wt7Zr0Mp2Xn4Bv6Cl9
From: =?utf-8?q?ChronoStart_=E2=80=93_Panel_Organizatora?= <noreply@chronostart.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Wyniki_opublikowane=3A_Leuven_Urban_Trail_2026_=E2=80=93_1_214_s?=
 =?utf-8?q?klasyfikowanych?=
Date: Mon, 23 Mar 2026 08:02:15 +0000
Message-ID: <res.LUT2026.publish.1774252935@chronostart.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: ChronoStart Notify 3.2
Feedback-ID: org-results:5521:chronostart
List-Unsubscribe: <https://panel.chronostart.example/org/5521/notifications/off>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="cs-alt-9f3e21"

--cs-alt-9f3e21
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Szanowni Pa=C5=84stwo,

wyniki wydarzenia Leuven Urban Trail 2026 (22.03.2026) zosta=C5=82y opublik=
owane
na stronie wynik=C3=B3w oraz w aplikacji ChronoStart.

Organizator:        Shop Example Running Club (konto 5521)
Dystanse:           12 km / 25 km
Sklasyfikowanych:   1 214
DNF / DNS:          37 / 96
Publikacja:         23.03.2026, 09:00 CET
Zdj=C4=99cia:            przekazane do RunPix (zgodnie z ustawieniami wydar=
zenia)

Zakres publikowanych danych uczestnik=C3=B3w:
imi=C4=99 i nazwisko, rok urodzenia, kategoria wiekowa, klub, numer startow=
y,
czas brutto i netto, mi=C4=99dzyczasy.

Dane osobowe / RODO
ChronoStart przetwarza dane uczestnik=C3=B3w jako podmiot przetwarzaj=C4=85=
cy w imieniu
organizatora. Uczestnicy mog=C4=85 w panelu zawodnika za=C5=BC=C4=85da=C4=
=87 ukrycia nazwiska
(wynik pozostaje jako =E2=80=9EZawodnik nr =E2=80=A6=E2=80=9D), sprostowani=
a lub usuni=C4=99cia wyniku.
Takie wnioski przekazujemy organizatorowi do decyzji.

Wnioski oczekuj=C4=85ce na Pa=C5=84stwa decyzj=C4=99: 3
  =E2=80=93 ukrycie nazwiska: 2
  =E2=80=93 sprostowanie czasu / usuni=C4=99cie wyniku: 1

Decyzj=C4=99 mo=C5=BCna podj=C4=85=C4=87 w Panelu Organizatora > Wyniki > W=
nioski RODO.
Wnioski bez decyzji przypomnimy po 14 dniach.

Wiadomo=C5=9B=C4=87 wygenerowana automatycznie =E2=80=93 prosimy na ni=C4=
=85 nie odpowiada=C4=87.
ChronoStart Sp. z o.o., ul. Legnicka 48, 54-202 Wroc=C5=82aw
Wy=C5=82=C4=85cz powiadomienia: https://panel.chronostart.example/org/5521/=
notifications/off
--cs-alt-9f3e21
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html lang=3D"pl"><head><meta charset=3D"utf-8"><title>Wyniki opublikowane<=
/title></head>
<body style=3D"font-family:Arial,sans-serif;color:#1d2430">
<h2 style=3D"color:#e4572e">Wyniki opublikowane</h2>
<p>Wyniki wydarzenia <b>Leuven Urban Trail 2026</b> (22.03.2026) s=C4=85 ju=
=C5=BC widoczne na stronie wynik=C3=B3w i w aplikacji ChronoStart.</p>
<table cellpadding=3D"4">
<tr><td>Sklasyfikowanych</td><td><b>1 214</b></td></tr>
<tr><td>DNF / DNS</td><td>37 / 96</td></tr>
<tr><td>Zdj=C4=99cia</td><td>przekazane do RunPix</td></tr>
</table>
<p style=3D"background:#fff4e5;padding:8px">Wnioski RODO oczekuj=C4=85ce na=
 decyzj=C4=99: <b>3</b> (ukrycie nazwiska: 2, sprostowanie / usuni=C4=99cie=
 wyniku: 1)</p>
<p><a href=3D"https://panel.chronostart.example/org/5521/gdpr">Przejd=C5=BA=
 do wniosk=C3=B3w</a></p>
<p style=3D"font-size:11px;color:#888">Wiadomo=C5=9B=C4=87 wygenerowana aut=
omatycznie. ChronoStart Sp. z o.o., Wroc=C5=82aw. <a href=3D"https://panel.=
chronostart.example/org/5521/notifications/off">Wy=C5=82=C4=85cz powiadomie=
nia</a></p>
</body></html>
--cs-alt-9f3e21--
'''),
    ('pl', 'exchange-out-of-office-customer-access-case', 'automated', (),
'''Return-Path: <k.wisniewski@budmar-logistics.example>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2119.outbound.protection.outlook.com [198.51.100.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh0Tn6Rz2z9Wc4
        for <privacy@shop.example.be>; Tue,  7 Apr 2026 12:31:47 +0200 (CEST)
From: =?utf-8?q?Krzysztof_Wi=C5=9Bniewski?= <k.wisniewski@budmar-logistics.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?q?Odpowied=C5=BA_automatyczna=3A_Odp=3A_Wniosek_o_dost=C4=99p_do_d?=
 =?utf-8?q?anych_=E2=80=93_sprawa_PRV-2026-0412?=
Thread-Topic: =?utf-8?q?Wniosek_o_dost=C4=99p_do_danych_=E2=80=93_sprawa_PRV-2026-0412?=
Thread-Index: AQHcxw1b2f3k8Zx0TkuY7w0Qm1n9aw==
Date: Tue, 7 Apr 2026 10:31:44 +0000
Message-ID: <DB8PR05MB6458E0D3B1F2A9C4D8E7B6A5C4D3@DB8PR05MB6458.eurprd05.prod.outlook.com>
In-Reply-To: <prv.0412.reply.1775557880@shop.example.be>
References: <prv.0412.reply.1775557880@shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: k.wisniewski@budmar-logistics.example
X-MS-Exchange-Transport-CrossTenantHeadersStamped: DB8PR05MB6458
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RHppZcWEIGRvYnJ5LAoKZHppxJlrdWrEmSB6YSB3aWFkb21vxZvEhy4gRG8gMTcga3dpZXRuaWEg
cHJ6ZWJ5d2FtIG5hIHVybG9waWUgaSBuaWUgbWFtIGRvc3TEmXB1IGRvIHBvY3p0eS4KVyBzcHJh
d2FjaCBwaWxueWNoIHByb3N6xJkga29udGFrdG93YcSHIHNpxJkgeiBiaXVyZW06IGJpdXJvQGJ1
ZG1hci1sb2dpc3RpY3MuZXhhbXBsZSwgdGVsLiArMzIgMyAyMDEgNDQgNTAuCgpQbyBwb3dyb2Np
ZSBvZHBvd2llbSBuYSBQYcWEc3R3YSB3aWFkb21vxZvEhy4KClBvemRyYXdpYW0KS3J6eXN6dG9m
IFdpxZtuaWV3c2tpCkJ1ZG1hciBMb2dpc3RpY3MgQlYK
'''),
    ('pl', 'postfix-bounce-localised-template-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mx2.poczta-dom.example (mx2.poczta-dom.example [192.0.2.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf6Ra1Wn8z4Ls2
        for <privacy@shop.example.be>; Thu,  2 Apr 2026 14:07:53 +0200 (CEST)
Received: by mx2.poczta-dom.example (Postfix)
	id 7C3A11E0412; Thu,  2 Apr 2026 14:07:51 +0200 (CEST)
Date: Thu,  2 Apr 2026 14:07:51 +0200 (CEST)
From: MAILER-DAEMON@mx2.poczta-dom.example (System Pocztowy)
Subject: =?utf-8?q?Niedostarczona_wiadomo=C5=9B=C4=87_zwr=C3=B3cona_do_nadawcy?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7C3A11E0412.1775131671/mx2.poczta-dom.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20260402120751.7C3A11E0412@mx2.poczta-dom.example>

This is a MIME-encapsulated message.

--7C3A11E0412.1775131671/mx2.poczta-dom.example
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

To jest wiadomość wygenerowana automatycznie przez serwer pocztowy
mx2.poczta-dom.example.

Niestety, Twojej wiadomości nie udało się dostarczyć do jednego lub kilku
odbiorców. Szczegóły znajdziesz poniżej.

W razie pytań skontaktuj się z administratorem poczty <postmaster>
i dołącz do wiadomości poniższy raport.

                   System Pocztowy poczta-dom

<e.kaminska1976@poczta-dom.example>: skrzynka odbiorcy jest pełna (przekroczony
    limit 2048 MB). Odbiorca musi usunąć część wiadomości.

--7C3A11E0412.1775131671/mx2.poczta-dom.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.poczta-dom.example
X-Postfix-Queue-ID: 7C3A11E0412
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu,  2 Apr 2026 14:07:50 +0200 (CEST)

Final-Recipient: rfc822; e.kaminska1976@poczta-dom.example
Original-Recipient: rfc822;e.kaminska1976@poczta-dom.example
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildrop: maildir over quota.

--7C3A11E0412.1775131671/mx2.poczta-dom.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [198.51.100.25])
	by mx2.poczta-dom.example (Postfix) with ESMTPS id 7C3A11E0412
	for <e.kaminska1976@poczta-dom.example>; Thu,  2 Apr 2026 14:07:50 +0200 (CEST)
From: Shop Example Privacy <privacy@shop.example.be>
To: =?utf-8?q?Agnieszka_Kami=C5=84ska?= <e.kaminska1976@poczta-dom.example>
Subject: =?utf-8?q?Re=3A_wyniki_10_km_Gent_=E2=80=93_poprawa_roku_urodzenia_=28PRV-?=
 =?utf-8?q?2026-0377=29?=
Date: Thu, 2 Apr 2026 14:07:48 +0200
Message-ID: <prv.0377.reply.1775131668@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--7C3A11E0412.1775131671/mx2.poczta-dom.example--
'''),
    ('pl', 'person-forwards-photo-service-ready-notice-asks-who-gave-email', 'access', (),
'''Return-Path: <rafal.gorski86@gmail.com>
Received: from mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd9Pw3Xc5z2Ht8
        for <privacy@shop.example.be>; Sat, 28 Mar 2026 10:16:40 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
	h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
	bh=7Kx1Qm2Lr9Vp0Zt4Yb8Nc3Hd6Jf5Gs1Ka7Pe2Uo9Qw=;
	b=Wq4Lm8Pz1Vk3Rx0Tn7Cb2Gj9Dh5Fs6Ka8Ye1Uo3Qi5Zt7Mr0Xp2Bn4Vc6Lk9
From: =?utf-8?b?UmFmYcWCIEfDs3Jza2k=?= <rafal.gorski86@gmail.com>
Date: Sat, 28 Mar 2026 10:16:22 +0100
Message-ID: <CAJx7pQm3Lz0Vb8Nw2Kd5Rf1Ht9Yc4Gs6Pa2Ue8Qo1Xm@mail.gmail.com>
Subject: =?utf-8?q?Fwd=3A_Twoje_zdj=C4=99cia_z_Antwerp_Night_Run_s=C4=85_gotowe!_?=
 =?utf-8?q?=F0=9F=93=B8?=
To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

dosta=C5=82em wczoraj poni=C5=BCszego maila od RunPix. Nigdy nie zak=C5=82a=
da=C5=82em u nich konta ani nie podawa=C5=82em im swojego adresu, na Antwer=
p Night Run zapisywa=C5=82em si=C4=99 przez Wasz klub biegowy. Sk=C4=85d ma=
j=C4=85 m=C3=B3j e-mail, numer startowy i do tego =E2=80=9Erozpoznawanie tw=
arzy=E2=80=9D? Co dok=C5=82adnie im przekazali=C5=9Bcie (imi=C4=99, nazwisk=
o, rok urodzenia, zdj=C4=99cie?) i czy dosta=C5=82 to jeszcze kto=C5=9B?

Rafa=C5=82 G=C3=B3rski

---------- Forwarded message ---------
Od: RunPix <no-reply@runpix.example>
Date: pt., 27 mar 2026 o 18:04
Subject: Twoje zdj=C4=99cia z Antwerp Night Run s=C4=85 gotowe! =F0=9F=93=
=B8
To: <rafal.gorski86@gmail.com>


Cze=C5=9B=C4=87 Rafa=C5=82!

Znale=C5=BAli=C5=9Bmy 27 zdj=C4=99=C4=87 z Twoim numerem startowym 1893 z A=
ntwerp Night Run 2026.
Rozpoznawanie numeru i twarzy: =E2=9C=94

Zobacz i pobierz: https://runpix.example/e/anr26/bib/1893
Pakiet cyfrowy: 14,90 =E2=82=AC (zamiast 24,90 =E2=82=AC) do 3 kwietnia.

Zdj=C4=99cia zosta=C5=82y wykonane na zlecenie organizatora. Wi=C4=99cej o =
przetwarzaniu danych: https://runpix.example/prywatnosc
Nie chcesz dostawa=C4=87 takich wiadomo=C5=9Bci? Wypisz si=C4=99: https://r=
unpix.example/u/anr26-1893-c81f
'''),
    ('pl', 'fitness-cloud-dsr-export-ready-admin-notice', 'automated', (),
'''Return-Path: <dsr-noreply@pulsecloud.example>
Received: from smtp-out3.pulsecloud.example (smtp-out3.pulsecloud.example [203.0.113.87])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kg3Hc8Tb1z6Nq0
        for <privacy@shop.example.be>; Sun,  5 Apr 2026 23:58:31 +0200 (CEST)
From: PulseCloud DSR Automation <dsr-noreply@pulsecloud.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BDSR-2026-0188=5D_Eksport_danych_gotowy_do_pobrania_=28wa?=
 =?utf-8?q?=C5=BCny_7_dni=29?=
Date: Sun, 05 Apr 2026 21:58:29 +0000
Message-ID: <dsr-2026-0188.ready.1775426309@pulsecloud.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-PulseCloud-Tenant: shop-example-be
X-PulseCloud-Event: dsr.export.completed
X-Mailer: pc-notify/1.14
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dzień dobry,

eksport danych dla wniosku DSR-2026-0188 został przygotowany.

Najemca:        shop-example-be (aplikacja Shop Example / SE Pulse)
Typ wniosku:    art. 15 / art. 20 RODO – kopia danych w formacie przenośnym
Użytkownik:     usr_7f21c0b9 (e-mail zamaskowany: t.l*********@poczta.example)
Zakres:         profil, urządzenia (SE Pulse 3, nr ser. SP3-24-118204),
                aktywności (412), tętno (próbki 1-min, 14.11.2025–05.04.2026),
                kroki (dzienne), sen (fazy), zgody i historia zgód
Formaty:        JSON (pełny), CSV (tętno, kroki, sen), GPX (aktywności z GPS)
Rozmiar:        148,3 MB (ZIP, szyfrowany AES-256)

Pobierz: https://portal.pulsecloud.example/dsr/2026-0188/download
Hasło do archiwum zostało wysłane osobno do administratora najemcy.

Link wygasa 12.04.2026 o 23:59 CEST. Po tym terminie archiwum zostanie
automatycznie usunięte. Dziennik pobrań jest dostępny w portalu.

Uwaga: dane o zdrowiu (tętno, sen) należą do szczególnych kategorii danych.
Przekazuj archiwum osobie, której dotyczą, wyłącznie bezpiecznym kanałem.

--
PulseCloud DSR Automation
Wiadomość wygenerowana automatycznie, nie odpowiadaj na nią.
'''),
    ('cs', 'rental-system-monthly-retention-anonymisation-report', 'automated', (),
'''Return-Path: <reporty@rentdesk.example>
Received: from mail.rentdesk.example (mail.rentdesk.example [192.0.2.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf1Zq7Vm2z8Bd5
        for <privacy@shop.example.be>; Wed,  1 Apr 2026 03:10:05 +0200 (CEST)
From: RentDesk <reporty@rentdesk.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?UmVudERlc2sg4oCTIG3Em3PDrcSNbsOtIHJlcG9ydCB1Y2hvdsOhdsOhbsOtIGEg?=
 =?utf-8?b?YW5vbnltaXphY2UgZGF0IChixZllemVuIDIwMjYp?=
Date: Wed, 01 Apr 2026 03:10:02 +0200
Message-ID: <report.retention.2026-03.shopexample-be@rentdesk.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: RentDesk Scheduler 5.1
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="rd-mix-20260401-0310"

--rd-mix-20260401-0310
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

zasíláme automatický měsíční report o uchovávání a anonymizaci osobních
údajů v systému RentDesk pro účet Shop Example (BE).

Období:               1. 3. 2026 – 31. 3. 2026
Pravidlo uchovávání:  údaje zákazníka u ukončených výpůjček 24 měsíců
                      od vrácení vybavení (nastaveno správcem 14. 6. 2024)

Anonymizováno výpůjček:   318
  - lyže / snowboard:     241
  - kola / e-kola:        77
Odstraněná pole: jméno, e-mail, telefon, výška, hmotnost, velikost obuvi,
úroveň lyžaře, nastavení vázání (DIN), kopie dokladu totožnosti
Zachováno (anonymně): typ vybavení, pobočka, datum, cena, záznam o poškození

Výjimky (neanonymizováno): 6
  - otevřená reklamace / škodní událost: 4
  - blokace na žádost správce (omezení zpracování): 2

Žádosti subjektů údajů vyřízené v RentDesku: výmaz 3, oprava 1

Podrobnosti po pobočkách jsou v příloze (CSV, bez osobních údajů).

Tento e-mail byl vygenerován automaticky. Neodpovídejte na něj;
podpora: podpora@rentdesk.example

RentDesk s.r.o., Vinohradská 1511/230, 100 00 Praha 10

--rd-mix-20260401-0310
Content-Type: text/csv; charset=utf-8; name="retence_2026-03_shopexample-be.csv"
Content-Disposition: attachment; filename="retence_2026-03_shopexample-be.csv"
Content-Transfer-Encoding: base64

cG9ib2NrYTt0eXBfdnliYXZlbmk7YW5vbnltaXpvdmFubzt2eWppbWt5X3Jla2xhbWFjZTt2eWpp
bWt5X29tZXplbmkKTGV1dmVuO2x5emU7NjQ7MTswCkxldXZlbjtrb2xhOzE4OzA7MApNZWNoZWxl
bjtseXplOzUyOzE7MQpHZW50LVp1aWQ7bHl6ZTs0NzswOzAKR2VudC1adWlkO2tvbGE7MjE7MTsw
Ck5hbXVyO2x5emU7Mzg7MDsxCkJydWdnZTtrb2xhOzM4OzE7MApMaWVnZTtseXplOzQwOzA7MAo=
--rd-mix-20260401-0310--
'''),
    ('cs', 'rental-vendor-helpdesk-ticket-acknowledgement-erasure', 'automated', (),
'''Return-Path: <podpora@rentdesk.example>
Received: from helpdesk.rentdesk.example (helpdesk.rentdesk.example [192.0.2.141])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kj5Lw2Pq9z3Fx7
        for <privacy@shop.example.be>; Thu,  9 Apr 2026 09:14:38 +0200 (CEST)
From: RentDesk podpora <podpora@rentdesk.example>
Reply-To: RentDesk podpora <podpora+48213@rentdesk.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?b?W1JlbnREZXNrIHBvZHBvcmEgIzQ4MjEzXSBQxZlpamFsaSBqc21lIHbDocWhIHBv?=
 =?utf-8?b?xb5hZGF2ZWs6IFbDvW1heiDDumRhasWvIHrDoWthem7DrWthIOKAkyBzbWxv?=
 =?utf-8?b?dXZhIFNSLTIwMjUtMTE4NzA=?=
Date: Thu, 09 Apr 2026 09:14:36 +0200
Message-ID: <ticket-48213-ack@helpdesk.rentdesk.example>
In-Reply-To: <prv.0451.vendor.1775718860@shop.example.be>
References: <prv.0451.vendor.1775718860@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Helpdesk-Ticket: 48213
X-Helpdesk-Queue: DPO
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

d=C4=9Bkujeme, V=C3=A1=C5=A1 po=C5=BEadavek byl zaevidov=C3=A1n pod =C4=8D=
=C3=ADslem #48213.

P=C5=99edm=C4=9Bt:  V=C3=BDmaz =C3=BAdaj=C5=AF z=C3=A1kazn=C3=ADka =E2=80=
=93 smlouva SR-2025-11870 (=C5=BE=C3=A1dost dle =C4=8Dl. 17 GDPR)
Priorita: Vysok=C3=A1 (=C5=BE=C3=A1dost subjektu =C3=BAdaj=C5=AF =E2=80=93 =
b=C4=9B=C5=BE=C3=AD lh=C5=AFta)
Fronta:   Ochrana osobn=C3=ADch =C3=BAdaj=C5=AF / DPO

Na po=C5=BEadavky t=C3=BDkaj=C3=ADc=C3=AD se osobn=C3=ADch =C3=BAdaj=C5=AF =
odpov=C3=ADd=C3=A1me do 2 pracovn=C3=ADch dn=C5=AF.
Lh=C5=AFtu v=C5=AF=C4=8Di subjektu =C3=BAdaj=C5=AF (1 m=C4=9Bs=C3=ADc) sled=
uje spr=C3=A1vce =E2=80=93 zohledn=C4=9Bte ji pros=C3=ADm
ve sv=C3=A9 odpov=C4=9Bdi z=C3=A1kazn=C3=ADkovi.

Informace k po=C5=BEadavku m=C5=AF=C5=BEete doplnit odpov=C4=9Bd=C3=AD na t=
ento e-mail. Nem=C4=9B=C5=88te
pros=C3=ADm p=C5=99edm=C4=9Bt, jinak se zalo=C5=BE=C3=AD nov=C3=BD po=C5=BE=
adavek.

Stav po=C5=BEadavku: https://podpora.rentdesk.example/tickets/48213

S pozdravem
T=C3=BDm podpory RentDesk
(automatick=C3=A1 odpov=C4=9B=C4=8F)
'''),
    ('cs', 'qmail-bounce-erasure-confirmation-no-mailbox', 'automated', (),
'''Return-Path: <>
Received: from mail.hosting-brno.example (mail.hosting-brno.example [192.0.2.211])
        by mx1.shop.example.be (Postfix) with SMTP id 4Kj7Nd0Rs4z1Gy2
        for <privacy@shop.example.be>; Thu,  9 Apr 2026 09:44:03 +0200 (CEST)
Received: (qmail 28817 invoked for bounce); 9 Apr 2026 07:44:02 -0000
Date: 9 Apr 2026 07:44:02 -0000
From: MAILER-DAEMON@mail.hosting-brno.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260409074402.28817.qmail@mail.hosting-brno.example>

Hi. This is the qmail-send program at mail.hosting-brno.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<tereza.vesela@hosting-brno.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28811 invoked from network); 9 Apr 2026 07:44:01 -0000
Received: from out1.shop.example.be (198.51.100.25)
  by mail.hosting-brno.example with SMTP; 9 Apr 2026 07:44:01 -0000
From: =?utf-8?b?U2hvcCBFeGFtcGxlIOKAkyBvY2hyYW5hIG9zb2Juw61jaCDDumRhasWv?= <privacy@shop.example.be>
To: tereza.vesela@hosting-brno.example
Subject: =?utf-8?b?UmU6IHpydcWhZW7DrSDDusSNdHUg4oCTIHBvdHZyemVuw60gdsO9bWF6dSAoUFJW?=
 =?utf-8?b?LTIwMjYtMDQ0OSk=?=
Date: Thu, 9 Apr 2026 09:43:58 +0200
Message-ID: <prv.0449.reply.1775720638@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den, paní Veselá,

potvrzujeme, že Váš účet v aplikaci Shop Example byl zrušen a data
z náramku (spánek, tepová frekvence, kroky) byla trvale smazána.
Zároveň jsme Vás odhlásili z newsletteru.

S pozdravem
Tým ochrany osobních údajů Shop Example
'''),
    ('cs', 'person-replies-to-expired-export-link-wants-csv', 'portability', (),
'''Return-Path: <vojtech.benes@seznam.cz>
Received: from mxf1.seznam.cz (mxf1.seznam.cz [77.75.78.1])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh8Cb5Wt3z0Jm6
        for <privacy@shop.example.be>; Wed,  8 Apr 2026 19:52:11 +0200 (CEST)
From: =?utf-8?b?Vm9qdMSbY2ggQmVuZcWh?= <vojtech.benes@seznam.cz>
To: privacy@shop.example.be
Subject: =?utf-8?b?UmU6IFbDocWhIGV4cG9ydCBkYXQgamUgcMWZaXByYXZlbiBrZSBzdGHFvmVuw60=?=
Date: Wed, 08 Apr 2026 19:52:07 +0200 (CEST)
Message-Id: <4Hc.Zq3p.7Vk2Lm1Rw0x.1g9Tn8@seznam.cz>
In-Reply-To: <export.88213.ready@move.shop.example.be>
References: <export.88213.ready@move.shop.example.be>
X-Mailer: Email.cz
Mime-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

odkaz n=C3=AD=C5=BEe u=C5=BE nefunguje (=E2=80=9EPlatnost odkazu vypr=C5=A1=
ela=E2=80=9C), byl jsem deset dn=C3=AD na hor=C3=A1ch. M=C5=AF=C5=BEete mi =
export vygenerovat znovu? A pokud to jde, tak ne jako PDF, ale jako CSV neb=
o JSON =E2=80=93 chci si tr=C3=A9ninky a tep nahr=C3=A1t do Stravy a s PDF =
nic neud=C4=9Bl=C3=A1m.

D=C3=ADky
Vojt=C4=9Bch Bene=C5=A1

---------- P=C5=AFvodn=C3=AD e-mail ----------
Od: Shop Example Move <noreply@move.shop.example.be>
Komu: vojtech.benes@seznam.cz
Datum: 28. 3. 2026 9:12:40
P=C5=99edm=C4=9Bt: V=C3=A1=C5=A1 export dat je p=C5=99ipraven ke sta=C5=BEe=
n=C3=AD

Dobr=C3=BD den,

V=C3=A1=C5=A1 export osobn=C3=ADch =C3=BAdaj=C5=AF je p=C5=99ipraven.
Form=C3=A1t: PDF (p=C5=99ehled)
St=C3=A1hnout: https://move.shop.example.be/export/88213

Odkaz je platn=C3=BD 7 dn=C3=AD. Pot=C3=A9 bude soubor z bezpe=C4=8Dnostn=
=C3=ADch d=C5=AFvod=C5=AF smaz=C3=A1n.

T=C3=BDm Shop Example Move
Tento e-mail byl odesl=C3=A1n automaticky, neodpov=C3=ADdejte na n=C4=9Bj.
'''),
    ('hr', 'club-management-member-erasure-request-admin-notice', 'automated', (),
'''Return-Path: <bounce+20418@obavijesti.klubnet.example>
Received: from out2.klubnet.example (out2.klubnet.example [203.0.113.162])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Km2Fh9Xd7z5Rt1
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 22:16:49 +0200 (CEST)
From: KlubNet <obavijesti@klubnet.example>
Reply-To: noreply@klubnet.example
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BKlubNet=5D_Zahtjev_za_brisanje_=C4=8Dlanskog_ra=C4=8Duna_?=
 =?utf-8?q?=E2=80=93_Shop_Example_Running_Club?=
Date: Tue, 14 Apr 2026 20:16:47 +0000
Message-ID: <evt.member.erasure_requested.20418.0951@klubnet.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-KlubNet-Event: member.erasure_requested
X-KlubNet-Club: 20418
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="kn_b1_5f0c2a"

--kn_b1_5f0c2a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani administratore za=C5=A1tite podataka,

=C4=8Dlan va=C5=A1eg kluba podnio je zahtjev za brisanje ra=C4=8Duna putem =
mobilne aplikacije KlubNet.

Klub:                 Shop Example Running Club (ID 20418)
=C4=8Clan:                 Bo**** M*****  (br. =C4=8Dlana SER-0951)
Datum zahtjeva:       14. 4. 2026. u 22:16
Razlog (neobavezno):  =E2=80=9Epreselio sam se=E2=80=9C

=C5=A0to se doga=C4=91a dalje
- Ra=C4=8Dun je odmah deaktiviran, a =C4=8Dlan je uklonjen s popisa za obav=
ijesti.
- Osobni podaci (kontakt, datum ro=C4=91enja, kontakt za hitne slu=C4=8Daje=
ve, veli=C4=8Dina majice, treninzi) trajno =C4=87e se izbrisati za 30 dana,=
 14. 5. 2026., osim ako administrator zaustavi brisanje.
- Rezultati utrka objavljeni prije zahtjeva ostaju u arhivi rezultata kluba=
 u pseudonimiziranom obliku (=E2=80=9E=C4=8Clan #0951=E2=80=9C).
- Podaci o pla=C4=87anju =C4=8Dlanarine =C4=8Duvaju se 7 godina radi ra=C4=
=8Dunovodstvenih obveza.

Ako postoji razlog za zadr=C5=BEavanje podataka (npr. nepodmireni dug ili s=
por), zaustavite brisanje u administraciji: Postavke > GDPR > Zahtjevi.

Ovu poruku automatski =C5=A1alje KlubNet jer je ova adresa postavljena kao =
kontakt za za=C5=A1titu podataka va=C5=A1eg kluba. Promjena kontakta: Posta=
vke > Klub > Kontakti.

KlubNet d.o.o., Zagreb
--kn_b1_5f0c2a
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p><img src=3D"https://cdn.klubnet.example/logo.png" alt=3D"KlubNet" width=
=3D"120"></p>
<p>Po=C5=A1tovani administratore za=C5=A1tite podataka,</p>
<p>=C4=8Dlan va=C5=A1eg kluba <b>Shop Example Running Club</b> podnio je <b=
>zahtjev za brisanje ra=C4=8Duna</b>.</p>
<ul>
<li>=C4=8Clan: Bo**** M***** (SER-0951)</li>
<li>Datum zahtjeva: 14. 4. 2026. u 22:16</li>
<li>Trajno brisanje: <b>14. 5. 2026.</b></li>
</ul>
<p><a href=3D"https://admin.klubnet.example/20418/gdpr/requests" style=3D"b=
ackground:#0a7cff;color:#fff;padding:8px 14px;text-decoration:none">Otvori =
zahtjev</a></p>
<p style=3D"color:#777;font-size:11px">Automatska poruka. KlubNet d.o.o., Z=
agreb</p>
</body></html>
--kn_b1_5f0c2a--
'''),
    ('hr', 'gmail-vacation-responder-access-case', 'automated', (),
'''Return-Path: <ivan.horvat.zg@gmail.com>
Received: from mail-lf1-f51.google.com (mail-lf1-f51.google.com [209.85.167.51])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kk4Sv1Ym6z7Wq3
        for <privacy@shop.example.be>; Fri, 10 Apr 2026 15:03:28 +0200 (CEST)
Received: by mail-lf1-f51.google.com with SMTP id 2adb3069b0e04-53e1a2b4c5dso118409e87.1
        for <privacy@shop.example.be>; Fri, 10 Apr 2026 06:03:27 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
	h=to:subject:message-id:date:from:in-reply-to:references:auto-submitted:mime-version;
	bh=Lq2Vx8Zt0Nk4Pb7Hw1Rc9Jd3Fs5Gm6Ye2Ua8Qo4Tn=;
	b=Pk3Zx9Lm0Wq7Vr2Tb5Nc8Hj1Dg4Fs6Ka3Ye9Uo1Qi5Mt7Xn2Bv4Cl6Rp8Zw0
MIME-Version: 1.0
From: Ivan Horvat <ivan.horvat.zg@gmail.com>
Date: Fri, 10 Apr 2026 15:03:27 +0200
Message-ID: <CAFk9Rw2Lq0Zt7Vb3Nm8Xp1Hc5Gs4Ja6Pe9Uo2Ty7Kd@mail.gmail.com>
Auto-Submitted: auto-replied
Subject: =?utf-8?q?Na_godi=C5=A1njem_odmoru_do_21=2E_4=2E?=
To: privacy@shop.example.be
In-Reply-To: <prv.0455.reply.1775826180@shop.example.be>
References: <prv.0455.reply.1775826180@shop.example.be>
Content-Type: multipart/alternative; boundary="000000000000d41c7a0612e3b9f0"

--000000000000d41c7a0612e3b9f0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Pozdrav,

na godi=C5=A1njem sam odmoru do 21. travnja i ne =C4=8Ditam e-po=C5=A1tu. V=
a=C5=A1a poruka ne=C4=87e biti proslije=C4=91ena. Ako je ne=C5=A1to hitno, =
nazovite me na +385 91 555 2840.

Ivan
--000000000000d41c7a0612e3b9f0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Pozdrav,<br><br>na godi=C5=A1njem sam odmoru do 21. travnj=
a i ne =C4=8Ditam e-po=C5=A1tu. Va=C5=A1a poruka ne=C4=87e biti proslije=C4=
=91ena. Ako je ne=C5=A1to hitno, nazovite me na +385 91 555 2840.<br><br>Iv=
an</div>
--000000000000d41c7a0612e3b9f0--
'''),
    ('hr', 'exim-bounce-unsubscribe-confirmation-user-unknown', 'automated', (),
'''Return-Path: <>
Received: from mx.t-net.example ([192.0.2.76])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Km0Bq6Vz1z2Dk9
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 11:20:35 +0200 (CEST)
Received: from mailnull by mx.t-net.example with local (Exim 4.97.1)
	id 1uF3kQ-0007Xy-2c
	for privacy@shop.example.be; Wed, 15 Apr 2026 11:20:33 +0200
X-Failed-Recipients: nikolina.pavlovic@t-net.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.t-net.example>
To: privacy@shop.example.be
References: <prv.0461.reply.1776244828@shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1776244833-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1uF3kQ-0007Xy-2c@mx.t-net.example>
Date: Wed, 15 Apr 2026 11:20:33 +0200

--1776244833-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  nikolina.pavlovic@t-net.example
    host mailstore2.t-net.example [192.0.2.77]
    SMTP error from remote mail server after RCPT TO:<nikolina.pavlovic@t-net.example>:
    550 5.1.1 <nikolina.pavlovic@t-net.example>: Recipient address rejected: User unknown in virtual mailbox table

--1776244833-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mx.t-net.example

Action: failed
Final-Recipient: rfc822;nikolina.pavlovic@t-net.example
Status: 5.1.1
Remote-MTA: dns; mailstore2.t-net.example
Diagnostic-Code: smtp; 550 5.1.1 <nikolina.pavlovic@t-net.example>: Recipient address rejected: User unknown in virtual mailbox table

--1776244833-eximdsn-1804289383
Content-type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be ([198.51.100.25])
	by mx.t-net.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1) (envelope-from <privacy@shop.example.be>)
	id 1uF3kP-0007Xs-1v
	for nikolina.pavlovic@t-net.example; Wed, 15 Apr 2026 11:20:31 +0200
From: Shop Example Privacy <privacy@shop.example.be>
To: =?utf-8?q?Nikolina_Pavlovi=C4=87?= <nikolina.pavlovic@t-net.example>
Subject: =?utf-8?q?Re=3A_odjava_=E2=80=93_potvrda_=28PRV-2026-0461=29?=
Date: Wed, 15 Apr 2026 11:20:28 +0200
Message-ID: <prv.0461.reply.1776244828@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovana gospođo Pavlović,

potvrđujemo da ste odjavljeni s e-mailova i push obavijesti s ponudama
u aplikaciji Shop Example. Vaš sat i dalje možete normalno koristiti
s aplikacijom. Poruke o narudžbama i servisu i dalje ćete primati.

Lijep pozdrav,
Tim za zaštitu podataka, Shop Example

--1776244833-eximdsn-1804289383--
'''),
    ('hr', 'person-with-company-auto-signature-asks-email-name-fix', 'correction', (),
'''Return-Path: <zoran.simic@adria-freight.example>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2128.outbound.protection.outlook.com [198.51.100.128])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kn6Wd3Ht8z4Pq1
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 08:47:12 +0200 (CEST)
From: =?utf-8?b?Wm9yYW4gxaBpbWnEhw==?= <zoran.simic@adria-freight.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?Ispravak_e-mail_adrese_=E2=80=93_prijava_za_Brugge_Half_Marathon?=
Thread-Topic: =?utf-8?q?Ispravak_e-mail_adrese_=E2=80=93_prijava_za_Brugge_Half_Marathon?=
Thread-Index: AdyvF2k9QmL0Tz8xR3uN7bVc1wHj4A==
Date: Thu, 16 Apr 2026 06:47:09 +0000
Message-ID: <VI1PR02MB7713C2E8A4B9D0F1E6A3B7C9D2E4@VI1PR02MB7713.eurprd02.prod.outlook.com>
Accept-Language: hr-HR, en-US
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

UG/FoXRvdmFuaSwKCmtvZCBwcmlqYXZlIHphIHBvbHVtYXJhdG9uIHUgQnJ1Z2dldSAoc3RhcnRu
aSBicm9qIDc3NCkga29sZWdhIGplIHUgbW9qZSBpbWUgdXBpc2FvIHN2b2p1IGUtbWFpbCBhZHJl
c3UsIHRha28gZGEgc3ZlIG9iYXZpamVzdGksIHJlenVsdGF0aSBpIHJhxI11biBpZHUgbmplbXUu
IE1vbGltIGRhIHUgbW9qb2ogcHJpamF2aSBpIHUgcHJvZmlsdSB1IGtsdWJ1IGlzcHJhdml0ZSBh
ZHJlc3UgbmEgem9yYW4uc2ltaWNAYWRyaWEtZnJlaWdodC5leGFtcGxlLCBhIGltZSBuYSBab3Jh
biDFoGltacSHIChzYWRhIHBpxaFlIOKAnlpvcmFuIFNpbWlj4oCcKS4KCkh2YWxhLApab3JhbgoK
LS0KWm9yYW4gxaBpbWnEhwpWb2RpdGVsaiBwcm9kYWplIC8gU2FsZXMgTWFuYWdlcgpBZHJpYSBG
cmVpZ2h0IEZvcndhcmRpbmcgQlYgfCBOb29yZGVybGFhbiAxNDcsIDIwMzAgQW50d2VycGVuClQg
KzMyIDMgNTQyIDE4IDkwIHwgTSArMzIgNDc3IDMxIDkwIDIyCnd3dy5hZHJpYS1mcmVpZ2h0LmV4
YW1wbGUKCk92YSBwb3J1a2EgaSBzdmkgcHJpbG96aSBtb2d1IHNhZHLFvmF2YXRpIHBvdmplcmxq
aXZlIGluZm9ybWFjaWplIGkgbmFtaWplbmplbmkgc3UgaXNrbGp1xI1pdm8gbmF6bmHEjWVub20g
cHJpbWF0ZWxqdS4gQWtvIHN0ZSBwb3J1a3UgcHJpbWlsaSBncmXFoWtvbSwgb2JhdmlqZXN0aXRl
IHBvxaFpbGphdGVsamEgaSBpemJyacWhaXRlIGplLiBLYWtvIG9icmHEkXVqZW1vIG9zb2JuZSBw
b2RhdGtlOiB3d3cuYWRyaWEtZnJlaWdodC5leGFtcGxlL3ByaXZhdG5vc3QKVGhpcyBlLW1haWwg
YW5kIGFueSBhdHRhY2htZW50cyBtYXkgYmUgY29uZmlkZW50aWFsIGFuZCBhcmUgaW50ZW5kZWQg
c29sZWx5IGZvciB0aGUgYWRkcmVzc2VlLiBJZiB5b3UgcmVjZWl2ZWQgaXQgaW4gZXJyb3IsIHBs
ZWFzZSBub3RpZnkgdGhlIHNlbmRlciBhbmQgZGVsZXRlIGl0Lgo=
'''),
    ('sv', 'fitting-studio-foot-scan-report-misaddressed', 'automated', (),
'''Return-Path: <rapport@fotlabb.example>
Received: from mailer.fotlabb.example (mailer.fotlabb.example [203.0.113.205])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kk8Gx2Nc5z0Vb7
        for <privacy@shop.example.be>; Sat, 11 Apr 2026 15:42:19 +0200 (CEST)
From: =?utf-8?q?FotLabb_=E2=80=93_Shop_Example_Gent-Zuid?= <rapport@fotlabb.example>
To: =?utf-8?q?Sara_Wikstr=C3=B6m?= <privacy@shop.example.be>
Subject: =?utf-8?q?Din_fotskanningsrapport_fr=C3=A5n_Shop_Example_Gent-Zuid?=
Date: Sat, 11 Apr 2026 15:42:17 +0200
Message-ID: <scan-GZ-20260411-0093.report@fotlabb.example>
Auto-Submitted: auto-generated
X-Mailer: FotLabb Studio 4.8 (report-mailer)
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_FotLabb_0093_7c1e"

------=_FotLabb_0093_7c1e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej Sara!

Tack f=C3=B6r ditt bes=C3=B6k hos Shop Example Gent-Zuid den 11 april 2026.=
 H=C3=A4r =C3=A4r resultaten fr=C3=A5n din 3D-fotskanning och l=C3=B6panaly=
s.

Fotm=C3=A5tt              V=C3=A4nster        H=C3=B6ger
L=C3=A4ngd                251 mm         254 mm
Bredd                97 mm          98 mm
Valvh=C3=B6jd             l=C3=A5g            l=C3=A5g=E2=80=93normal
H=C3=A4lvinkel            6=C2=B0 pronation   4=C2=B0 pronation

Rekommenderad storlek: EU 40 / US 8,5 (bred l=C3=A4st)

L=C3=B6panalys (l=C3=B6pband, 10 km/h): h=C3=A4lis=C3=A4ttning, l=C3=A4tt =
=C3=B6verpronation h=C3=B6ger, kadens 164 steg/min.
Rekommendation: stabilitetssko, drop 8=E2=80=9310 mm. Se bifogad rapport (P=
DF).

Din skanning sparas i ditt kundkonto i 24 m=C3=A5nader s=C3=A5 att vi kan j=
=C3=A4mf=C3=B6ra vid n=C3=A4sta bes=C3=B6k. Vill du att vi raderar den tidi=
gare? =C3=84ndra inst=C3=A4llningen under Mitt konto > Mina m=C3=A4tningar =
eller kontakta privacy@shop.example.be. Svara inte p=C3=A5 detta mejl.

Skanning utf=C3=B6rd av: Wout (pers.nr 1187)
Kund: Sara Wikstr=C3=B6m =C2=B7 kundkort 6001 5541 2089
------=_FotLabb_0093_7c1e
Content-Type: application/pdf; name="Fotskanning_GZ-20260411-0093.pdf"
Content-Disposition: attachment; filename="Fotskanning_GZ-20260411-0093.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKMSAwIG9iaiA8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4gZW5kb2Jq
CjIgMCBvYmogPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4gZW5kb2Jq
CjMgMCBvYmogPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUg
ODQyXSA+PiBlbmRvYmoKdHJhaWxlciA8PCAvUm9vdCAxIDAgUiA+PgolJUVPRgo=
------=_FotLabb_0093_7c1e--
'''),
    ('sv', 'outlook-client-auto-reply-leave-few-headers', 'automated', (),
'''Return-Path: <lena.forsberg@kommun-bygg.example>
Received: from smtp.kommun-bygg.example (smtp.kommun-bygg.example [192.0.2.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kj9Rm4Bw7z6Ct2
        for <privacy@shop.example.be>; Thu,  9 Apr 2026 13:05:51 +0200 (CEST)
From: Lena Forsberg <lena.forsberg@kommun-bygg.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Automatiskt_svar=3A_Ditt_=C3=A4rende_PRV-2026-0468_=E2=80=93_beg?=
 =?utf-8?q?=C3=A4ran_om_radering?=
Date: Thu, 9 Apr 2026 13:05:48 +0200
Message-ID: <000401dcc8a3$5b2e9f10$118bdd30$@kommun-bygg.example>
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQKf3b8Zx7wLm0Tn2Rq9Vc4Hj1Gs6A==
Content-Language: sv
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej,

Jag är tjänstledig och har begränsad tillgång till e-post fram till den 4 maj.
Brådskande ärenden: ring växeln på 02 555 21 00.

Vänliga hälsningar
Lena Forsberg
'''),
    ('sv', 'sendmail-bounce-register-extract-user-unknown', 'automated', (),
'''Return-Path: <MAILER-DAEMON@mail.ostgota-it.example>
Received: from mail.ostgota-it.example (mail.ostgota-it.example [192.0.2.94])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kk2Tp8Qz0z3Hs5
        for <privacy@shop.example.be>; Fri, 10 Apr 2026 09:20:54 +0200 (CEST)
Received: from localhost (localhost)
	by mail.ostgota-it.example (8.15.2/8.15.2) id 63A7Kq1c004411;
	Fri, 10 Apr 2026 09:20:52 +0200
Date: Fri, 10 Apr 2026 09:20:52 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.ostgota-it.example>
Message-Id: <202604100720.63A7Kq1c004411@mail.ostgota-it.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="63A7Kq1c004411.1775805652/mail.ostgota-it.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--63A7Kq1c004411.1775805652/mail.ostgota-it.example

The original message was received at Fri, 10 Apr 2026 09:20:49 +0200
from out1.shop.example.be [198.51.100.25]

   ----- The following addresses had permanent fatal errors -----
<o.lundgren@ostgota-it.example>
    (reason: 550 5.1.1 <o.lundgren@ostgota-it.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailhost.ostgota-it.example.:
>>> DATA
<<< 550 5.1.1 <o.lundgren@ostgota-it.example>... User unknown
550 5.1.1 <o.lundgren@ostgota-it.example>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--63A7Kq1c004411.1775805652/mail.ostgota-it.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ostgota-it.example
Received-From-MTA: DNS; out1.shop.example.be
Arrival-Date: Fri, 10 Apr 2026 09:20:49 +0200

Final-Recipient: RFC822; o.lundgren@ostgota-it.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailhost.ostgota-it.example
Diagnostic-Code: SMTP; 550 5.1.1 <o.lundgren@ostgota-it.example>... User unknown
Last-Attempt-Date: Fri, 10 Apr 2026 09:20:52 +0200

--63A7Kq1c004411.1775805652/mail.ostgota-it.example
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [198.51.100.25])
	by mail.ostgota-it.example (8.15.2/8.15.2) with ESMTP id 63A7Kn1c004409
	for <o.lundgren@ostgota-it.example>; Fri, 10 Apr 2026 09:20:49 +0200
From: Shop Example Privacy <privacy@shop.example.be>
To: Oskar Lundgren <o.lundgren@ostgota-it.example>
Subject: =?utf-8?q?Ditt_registerutdrag_=E2=80=93_=C3=A4rende_PRV-2026-0302_=28puls-?=
 =?utf-8?q?_och_s=C3=B6mndata=29?=
Date: Fri, 10 Apr 2026 09:20:46 +0200
Message-ID: <prv.0302.reply.1775805646@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="prv0302"

--63A7Kq1c004411.1775805652/mail.ostgota-it.example--
'''),
    ('sv', 'ski-rental-platform-subprocessor-change-notice', 'automated', (),
'''Return-Path: <0102018f3a.bounces@mailer.skihyrapro.example>
Received: from a8-31.mailer.skihyrapro.example (a8-31.mailer.skihyrapro.example [203.0.113.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf4Jy0Lb2z9Qp8
        for <privacy@shop.example.be>; Wed,  1 Apr 2026 10:00:14 +0200 (CEST)
From: SkiHyra Pro <no-reply@skihyrapro.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Viktigt=3A_=C3=A4ndring_av_underbitr=C3=A4den_i_SkiHyra_Pro_=28g?=
 =?utf-8?q?=C3=A4ller_fr=C3=A5n_1_juni_2026=29?=
Date: Wed, 1 Apr 2026 08:00:12 +0000
Message-ID: <0102018f3a7c1e25-9b1d7e40-5c2a-4f1e-8a3b-1d6f0c9e2a71-000000@eu-north-1.mailer.skihyrapro.example>
Auto-Submitted: auto-generated
Feedback-ID: 1.eu-north-1.Kq9Zt2Vm0Lb7Xn4Rc8Hd1Js5Gw3Fy6Pa2Ue9Qo7Tk=:SkiHyraMailer
X-SkiHyra-Notice: dpa-subprocessor-change
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="shp-alt-01f4"

--shp-alt-01f4
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hej,

Du f=C3=A5r det h=C3=A4r meddelandet eftersom du =C3=A4r registrerad som ko=
ntaktperson f=C3=B6r dataskydd f=C3=B6r kontot Shop Example (BE) i SkiHyra =
Pro.

Enligt v=C3=A5rt personuppgiftsbitr=C3=A4desavtal (avsnitt 9) meddelar vi =
=C3=A4ndringar av underbitr=C3=A4den minst 30 dagar i f=C3=B6rv=C3=A4g.

Nya underbitr=C3=A4den fr=C3=A5n 1 juni 2026:
=E2=80=A2 Nordlys Cloud AB (Stockholm, Sverige) =E2=80=93 drift av boknings=
databasen (ers=C3=A4tter nuvarande leverant=C3=B6r)
=E2=80=A2 SignFlow O=C3=9C (Tallinn, Estland) =E2=80=93 digital signering a=
v hyresavtal

Ber=C3=B6rda uppgifter: kundens namn, kontaktuppgifter, l=C3=A4ngd, vikt, s=
kostorlek, =C3=A5karniv=C3=A5, bindningsinst=C3=A4llning (DIN) och hyresavt=
al. All behandling sker inom EU/EES.

Har ni inv=C3=A4ndningar mot =C3=A4ndringen kan ni meddela oss senast den 1=
5 maj 2026 i kundportalen (Inst=C3=A4llningar > Dataskydd > Underbitr=C3=A4=
den). Om vi inte h=C3=B6r n=C3=A5got anser vi att =C3=A4ndringen =C3=A4r go=
dk=C3=A4nd.

Fullst=C3=A4ndig lista =C3=B6ver underbitr=C3=A4den: https://skihyrapro.exa=
mple/dpa/underbitraden

Med v=C3=A4nliga h=C3=A4lsningar
SkiHyra Pro AB =C2=B7 Dataskydd
Detta =C3=A4r ett automatiskt utskick. Svar p=C3=A5 detta mejl l=C3=A4ses i=
nte.
--shp-alt-01f4
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Segoe UI,Arial,sans-serif;color:#14213d">
<h3>=C3=84ndring av underbitr=C3=A4den =E2=80=93 g=C3=A4ller fr=C3=A5n 1 ju=
ni 2026</h3>
<p>Du f=C3=A5r det h=C3=A4r meddelandet som kontaktperson f=C3=B6r dataskyd=
d f=C3=B6r kontot <b>Shop Example (BE)</b>.</p>
<ul>
<li><b>Nordlys Cloud AB</b> (Sverige) =E2=80=93 drift av bokningsdatabasen<=
/li>
<li><b>SignFlow O=C3=9C</b> (Estland) =E2=80=93 digital signering av hyresa=
vtal</li>
</ul>
<p>Ber=C3=B6rda uppgifter: namn, kontaktuppgifter, l=C3=A4ngd, vikt, skosto=
rlek, =C3=A5karniv=C3=A5, DIN-inst=C3=A4llning, hyresavtal.</p>
<p>Inv=C3=A4ndningar senast <b>15 maj 2026</b>: <a href=3D"https://portal.s=
kihyrapro.example/settings/dpa">Kundportalen</a></p>
<p style=3D"font-size:11px;color:#8d99ae">SkiHyra Pro AB =C2=B7 Automatiskt=
 utskick</p>
</body></html>
--shp-alt-01f4--
'''),
    ('sv', 'person-pastes-gym-checkin-notice-objects-to-sharing', 'objection', (),
'''Return-Path: <henrik.stahl@outlook.com>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01olkn2044.outbound.protection.outlook.com [198.51.100.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kl7Dz5Mx3z1Nw6
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 07:58:03 +0200 (CEST)
From: =?utf-8?q?Henrik_St=C3=A5hl?= <henrik.stahl@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Varför skickar PulseGym detta till er??
Date: Mon, 13 Apr 2026 05:57:58 +0000
Message-ID: <DU0P192MB1642B7F2E93A0C4D1E8F6A5B3C2D@DU0P192MB1642.EURP192.PROD.OUTLOOK.COM>
Content-Language: sv-SE
X-MS-Has-Attach:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej,

Fick det h=C3=A4r i er app i morse (klistrar in texten):

"=E2=9C=85 Incheckning registrerad
PulseGym Antwerpen-Centrum =C2=B7 m=C3=A5n 13 apr 06:42
+25 bonuspo=C3=A4ng i Shop Example-appen
Veckans pass: 3 av 4 =C2=B7 Snyggt jobbat, Henrik!
Dela inte din medlemskod med andra. L=C3=A4s om hur vi behandlar dina perso=
nuppgifter i PulseGyms integritetspolicy."

Jag vill inte att ni f=C3=A5r veta varje g=C3=A5ng jag g=C3=A5r till gymmet=
 och vilken tid. Jag har inte aktivt kopplat ihop n=C3=A5got, det m=C3=A5st=
e ha h=C3=A4nt n=C3=A4r jag l=C3=B6ste gymkortet via f=C3=B6rm=C3=A5nsporta=
len p=C3=A5 jobbet. Sluta ta emot och anv=C3=A4nda mina incheckningar. Po=
=C3=A4ngen kan ni beh=C3=A5lla.

Henrik St=C3=A5hl

Skickat fr=C3=A5n Outlook f=C3=B6r iOS
'''),
    ('ro', 'sports-benefit-platform-monthly-partner-usage-report', 'automated', (),
'''Return-Path: <rapoarte@activework.example>
Received: from relay1.activework.example (relay1.activework.example [203.0.113.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf2Xn4Hc8z5Lr0
        for <privacy@shop.example.be>; Wed,  1 Apr 2026 06:30:44 +0200 (CEST)
From: ActiveWork Partner Reports <rapoarte@activework.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Raport_lunar_de_utilizare_=E2=80=93_martie_2026_=E2=80=93_parten?=
 =?utf-8?q?er_Shop_Example_=28BE=29?=
Date: Wed, 01 Apr 2026 07:30:41 +0300
Message-ID: <partner-report.SEBE.202603.1775017841@activework.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: AW-Reports 2.7
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_aw_report_202603"

--=_aw_report_202603
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bună ziua,

Atașat găsiți raportul lunar de utilizare a beneficiilor ActiveWork în
magazinele și pe site-ul Shop Example pentru perioada 01.03.2026 – 31.03.2026.

Rezumat
Tranzacții validate:                 2 847
Angajatori activi:                   63
Angajați unici:                      1 412
Valoare totală a reducerilor:        41 208,50 EUR
Tranzacții respinse (card inactiv):  19

Categorii principale: încălțăminte de alergare (31%), biciclete și piese (22%),
fitness (14%).

Protecția datelor
Fișierul atașat conține ID-uri de card pseudonimizate. Corespondența ID card –
angajat este păstrată exclusiv de ActiveWork. Rapoartele trimise angajatorilor
conțin, în funcție de setările fiecărui angajator, numele angajatului, data și
valoarea tranzacției (fără detalii despre produse). Dacă un angajat vă cere
ștergerea datelor sau se opune transmiterii lor către angajator, vă rugăm să
redirecționați cererea la dpo@activework.example.

Acest mesaj a fost generat automat. Vă rugăm să nu răspundeți.
ActiveWork Benefits SRL · Str. Ion Câmpineanu 11, București

--=_aw_report_202603
Content-Type: text/csv; charset=utf-8; name="AW_SEBE_2026-03.csv"
Content-Disposition: attachment; filename="AW_SEBE_2026-03.csv"
Content-Transfer-Encoding: base64

Y2FyZF9pZDtkYXRhO21hZ2F6aW47Y2F0ZWdvcmllO3ZhbG9hcmVfYnJ1dGE7cmVkdWNlcmUKQVct
N2YzYTkxYzI7MjAyNi0wMy0wMjtMZXV2ZW47YWxlcmdhcmU7MTI5Ljk1OzI1Ljk5CkFXLTBiNDRk
N2UxOzIwMjYtMDMtMDI7d2Vic2hvcDtmaXRuZXNzOzQ5LjkwOzkuOTgKQVctYzJlODFmMDU7MjAy
Ni0wMy0wMztHZW50LVp1aWQ7YmljaWNsZXRlOzE4OTkuMDA7Mjg0Ljg1CkFXLTVkMTlhM2I4OzIw
MjYtMDMtMDM7TWVjaGVsZW47YWxlcmdhcmU7ODkuOTU7MTcuOTkKQVctOTFmMGU2YzQ7MjAyNi0w
My0wNDtOYW11cjtza2k7MjM5LjAwOzQ3LjgwCg==
--=_aw_report_202603--
'''),
    ('ro', 'zimbra-vacation-auto-reply-privacy-case', 'automated', (),
'''Return-Path: <ovidiu.lazar@transcarpatica.example>
Received: from mail.transcarpatica.example (mail.transcarpatica.example [192.0.2.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Km5Ct7Gv2z8Xz4
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 16:22:07 +0200 (CEST)
Date: Wed, 15 Apr 2026 17:22:05 +0300 (EEST)
From: =?utf-8?q?Ovidiu_Laz=C4=83r?= <ovidiu.lazar@transcarpatica.example>
To: privacy@shop.example.be
Message-ID: <1839204711.84412.1776262925830.JavaMail.zimbra@transcarpatica.example>
In-Reply-To: <prv.0447.reply.1776262920@shop.example.be>
Subject: =?utf-8?q?Re=3A_Cererea_dumneavoastr=C4=83_privind_datele_personale_?=
 =?utf-8?q?=E2=80=93_PRV-2026-0447?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4546 (zclient/9.0.0_GA_4546)

Bună ziua,

Sunt în concediu până pe 27 aprilie 2026, cu acces limitat la e-mail.
Pentru urgențe vă rog să o contactați pe colega mea, Diana Pop
(diana.pop@transcarpatica.example).

Cu stimă,
Ovidiu Lazăr
'''),
    ('ro', 'insurer-distribution-partner-privacy-notice-update', 'automated', (),
'''Return-Path: <parteneri-noreply@protecta.example>
Received: from mta2.protecta.example (mta2.protecta.example [203.0.113.74])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh1Wv9Jx6z2Tm3
        for <privacy@shop.example.be>; Tue,  7 Apr 2026 10:05:22 +0200 (CEST)
From: =?utf-8?q?Protecta_Asigur=C4=83ri_=E2=80=93_Parteneri?= <parteneri-noreply@protecta.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Notificare_partener=3A_actualizarea_Notei_de_informare_privind_p?=
 =?utf-8?q?relucrarea_datelor_=E2=80=93_SportSafe?=
Date: Tue, 07 Apr 2026 11:05:19 +0300
Message-ID: <np-sportsafe-gdpr-v4-2.SEBE@protecta.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: Protecta PartnerMail 3.0
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="PRT-alt-4f2"

--PRT-alt-4f2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Stimate partener de distribu=C8=9Bie,

V=C4=83 inform=C4=83m c=C4=83 de la 1 mai 2026 intr=C4=83 =C3=AEn vigoare n=
oua versiune (v4.2) a Notei de informare privind prelucrarea datelor cu car=
acter personal pentru produsul SportSafe =E2=80=93 asigurare de accidente s=
portive, distribuit la casele de marcat Shop Example.

Modific=C4=83ri principale:
1. Datele privind starea de s=C4=83n=C4=83tate colectate la subscriere (=C3=
=AEntreb=C4=83rile 3=E2=80=935 din chestionar) sunt transmise doar asigur=
=C4=83torului =C8=99i nu mai sunt stocate =C3=AEn sistemul de cas=C4=83 al =
partenerului.
2. Termenul de p=C4=83strare a dosarelor de daun=C4=83 respinse se reduce d=
e la 10 la 5 ani.
3. Clien=C8=9Bii pot solicita copia chestionarului de subscriere direct din=
 contul SportSafe.

Ac=C8=9Biuni necesare din partea partenerului:
=E2=80=93 =C3=AEnlocui=C8=9Bi p=C3=A2n=C4=83 la 30 aprilie 2026 textul tip=
=C4=83rit pe bonul de subscriere (fi=C8=99ierul este disponibil =C3=AEn por=
tal);
=E2=80=93 retrage=C8=9Bi din magazine exemplarele vechi ale bro=C8=99urii d=
e informare.

Nota complet=C4=83: https://parteneri.protecta.example/sportsafe/gdpr-v4-2
Responsabilul cu protec=C8=9Bia datelor: dpo@protecta.example

Acesta este un mesaj automat trimis tuturor partenerilor de distribu=C8=9Bi=
e SportSafe. V=C4=83 rug=C4=83m s=C4=83 nu r=C4=83spunde=C8=9Bi.
--PRT-alt-4f2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:13px">
<table width=3D"600" style=3D"border:1px solid #d0d7de"><tr><td style=3D"ba=
ckground:#00447c;color:#fff;padding:10px"><b>Protecta Asigur=C4=83ri</b> =
=C2=B7 Portal parteneri</td></tr>
<tr><td style=3D"padding:12px">
<p>Stimate partener de distribu=C8=9Bie,</p>
<p>De la <b>1 mai 2026</b> intr=C4=83 =C3=AEn vigoare <b>Nota de informare =
v4.2</b> pentru produsul SportSafe.</p>
<ol><li>Datele de s=C4=83n=C4=83tate de la subscriere nu mai sunt stocate =
=C3=AEn sistemul de cas=C4=83 al partenerului.</li>
<li>Dosarele de daun=C4=83 respinse se p=C4=83streaz=C4=83 5 ani.</li>
<li>Clien=C8=9Bii pot solicita copia chestionarului din contul SportSafe.</=
li></ol>
<p><a href=3D"https://parteneri.protecta.example/sportsafe/gdpr-v4-2">Citi=
=C8=9Bi nota complet=C4=83</a></p>
</td></tr></table>
<p style=3D"font-size:10px;color:#999">Mesaj automat. V=C4=83 rug=C4=83m s=
=C4=83 nu r=C4=83spunde=C8=9Bi.</p>
</body></html>
--PRT-alt-4f2--
'''),
    ('ro', 'person-replies-to-club-reminder-stop-sms-and-ads', 'withdraw_consent', (),
'''Return-Path: <lavinia.moldovan@yahoo.com>
Received: from sonic314-21.consmr.mail.ir2.yahoo.com (sonic314-21.consmr.mail.ir2.yahoo.com [198.51.100.221])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kn1Ph6Fr9z7Bc2
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 21:34:40 +0200 (CEST)
Date: Thu, 16 Apr 2026 19:34:33 +0000 (UTC)
From: Lavinia Moldovan <lavinia.moldovan@yahoo.com>
To: Shop Example Running Club <privacy@shop.example.be>
Message-ID: <1402887613.2284519.1776368073944@mail.yahoo.com>
In-Reply-To: <evt.reminder.20418.run-20260419.lm@klubnet.example>
References: <evt.reminder.20418.run-20260419.lm@klubnet.example>
Subject: =?utf-8?q?Re=3A_=5BKlubNet=5D_Reamintire=3A_alergarea_de_grup_de_duminic?=
 =?utf-8?q?=C4=83=2C_19_aprilie?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.22205 YMailNorrin

Bun=C4=83,
v=C4=83 rog s=C4=83 nu-mi mai trimite=C8=9Bi SMS-uri =C8=99i e-mailuri de f=
elul =C4=83sta, nici reclamele de la magazin. La =C3=AEnscriere am bifat c=
=C4=83 sunt de acord, dar m-am r=C4=83zg=C3=A2ndit. R=C4=83m=C3=A2n =C3=AEn=
 club, doar f=C4=83r=C4=83 notific=C4=83ri.
Lavinia

Trimis de pe Yahoo Mail pentru Android

   Pe joi, 16 aprilie 2026 la 18:00:04 CEST, KlubNet <obavijesti@klubnet.ex=
ample> a scris:

   Salut, Lavinia!
   Reamintire: duminic=C4=83, 19 aprilie, ora 09:30 =E2=80=93 alergare de g=
rup 12 km, start =C3=AEn fa=C8=9Ba magazinului Shop Example Gent-Zuid.
   Ritm: 5:30=E2=80=936:15 min/km. Nu uita apa!
   Prime=C8=99ti acest mesaj pentru c=C4=83 ai acceptat notific=C4=83rile c=
lubului (e-mail =C8=99i SMS). Po=C8=9Bi gestiona preferin=C8=9Bele =C3=AEn =
aplica=C8=9Bia KlubNet.
'''),
    ('el', 'race-registration-platform-hide-name-request-organiser-notice', 'automated', (),
'''Return-Path: <noreply@racereg.example>
Received: from mail.racereg.example (mail.racereg.example [203.0.113.57])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kl2Vs0Nt4z6Ka9
        for <privacy@shop.example.be>; Sun, 12 Apr 2026 20:47:31 +0200 (CEST)
From: RaceReg <noreply@racereg.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpHOr8+EzrfOvM6xIM6xz4DPjM66z4HPhc+IzrfPgiDOv869z4zOvM6xz4TOv8+C?=
 =?utf-8?b?IM6xz4DPjCDPhM63IM67zq/Pg8+EzrEgzrXOus66zq/Ovc63z4POt8+CIA==?=
 =?utf-8?b?4oCTIEdoZW50IFJ1biAyMDI2ICgjUkVHLTU1ODEwKQ==?=
Date: Sun, 12 Apr 2026 21:47:29 +0300
Message-ID: <reg-55810.hide-name.1776019649@racereg.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: RaceReg Notifier 2.0
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CE=AD =CE=B4=CE=B9=CE=BF=CF=81=CE=B3=
=CE=B1=CE=BD=CF=89=CF=84=CE=AE,

=CE=88=CE=BD=CE=B1=CF=82 =CF=83=CF=85=CE=BC=CE=BC=CE=B5=CF=84=CE=AD=CF=87=
=CF=89=CE=BD =CF=83=CF=84=CE=B7=CE=BD =CE=B5=CE=BA=CE=B4=CE=AE=CE=BB=CF=89=
=CF=83=CE=B7 =C2=ABGhent Run 2026 =E2=80=93 10 =CF=87=CE=BB=CE=BC.=C2=BB =
=CE=B5=CE=BD=CE=B5=CF=81=CE=B3=CE=BF=CF=80=CE=BF=CE=AF=CE=B7=CF=83=CE=B5 =
=CF=84=CE=B7=CE=BD =CE=B5=CF=80=CE=B9=CE=BB=CE=BF=CE=B3=CE=AE =C2=AB=CE=91=
=CF=80=CF=8C=CE=BA=CF=81=CF=85=CF=88=CE=B7 =CF=84=CE=BF=CF=85 =CE=BF=CE=BD=
=CF=8C=CE=BC=CE=B1=CF=84=CF=8C=CF=82 =CE=BC=CE=BF=CF=85 =CE=B1=CF=80=CF=8C =
=CF=84=CE=B9=CF=82 =CE=B4=CE=B7=CE=BC=CF=8C=CF=83=CE=B9=CE=B5=CF=82 =CE=BB=
=CE=AF=CF=83=CF=84=CE=B5=CF=82=C2=BB.

=CE=95=CE=B3=CE=B3=CF=81=CE=B1=CF=86=CE=AE:               #REG-55810
=CE=91=CF=81=CE=B9=CE=B8=CE=BC=CF=8C=CF=82 =CF=83=CF=85=CE=BC=CE=BC=CE=B5=
=CF=84=CE=BF=CF=87=CE=AE=CF=82:    4127
=CE=9A=CE=B1=CF=84=CE=B7=CE=B3=CE=BF=CF=81=CE=AF=CE=B1:             =CE=9140
=CE=97=CE=BC=CE=B5=CF=81=CE=BF=CE=BC=CE=B7=CE=BD=CE=AF=CE=B1 =CE=B1=CE=B9=
=CF=84=CE=AE=CE=BC=CE=B1=CF=84=CE=BF=CF=82:  12/04/2026 21:47

=CE=91=CF=80=CF=8C =CE=B1=CF=85=CF=84=CE=AE =CF=84=CE=B7 =CF=83=CF=84=CE=B9=
=CE=B3=CE=BC=CE=AE, =CF=83=CF=84=CE=B7 =CE=B4=CE=B7=CE=BC=CF=8C=CF=83=CE=B9=
=CE=B1 =CE=BB=CE=AF=CF=83=CF=84=CE=B1 =CE=B5=CE=BA=CE=BA=CE=AF=CE=BD=CE=B7=
=CF=83=CE=B7=CF=82 =CE=BA=CE=B1=CE=B9 =CF=83=CF=84=CE=B1 =CE=B1=CF=80=CE=BF=
=CF=84=CE=B5=CE=BB=CE=AD=CF=83=CE=BC=CE=B1=CF=84=CE=B1 =CE=BF =CF=83=CF=85=
=CE=BC=CE=BC=CE=B5=CF=84=CE=AD=CF=87=CF=89=CE=BD =CE=B8=CE=B1 =CE=B5=CE=BC=
=CF=86=CE=B1=CE=BD=CE=AF=CE=B6=CE=B5=CF=84=CE=B1=CE=B9 =CF=89=CF=82 =C2=AB=
=CE=94=CF=81=CE=BF=CE=BC=CE=AD=CE=B1=CF=82 4127=C2=BB. =CE=A4=CE=BF =CF=80=
=CE=BB=CE=AE=CF=81=CE=B5=CF=82 =CF=8C=CE=BD=CE=BF=CE=BC=CE=B1, =CF=84=CE=BF=
 =CE=AD=CF=84=CE=BF=CF=82 =CE=B3=CE=AD=CE=BD=CE=BD=CE=B7=CF=83=CE=B7=CF=82 =
=CE=BA=CE=B1=CE=B9 =CE=B7 =CE=BF=CE=BC=CE=AC=CE=B4=CE=B1 =CF=80=CE=B1=CF=81=
=CE=B1=CE=BC=CE=AD=CE=BD=CE=BF=CF=85=CE=BD =CE=BF=CF=81=CE=B1=CF=84=CE=AC =
=CE=BC=CF=8C=CE=BD=CE=BF =CF=83=CF=84=CE=BF=CE=BD =CE=B4=CE=B9=CE=BF=CF=81=
=CE=B3=CE=B1=CE=BD=CF=89=CF=84=CE=AE =CE=BA=CE=B1=CE=B9 =CF=83=CF=84=CE=B7=
=CE=BD =CE=B5=CF=84=CE=B1=CE=B9=CF=81=CE=B5=CE=AF=CE=B1 =CF=87=CF=81=CE=BF=
=CE=BD=CE=BF=CE=BC=CE=AD=CF=84=CF=81=CE=B7=CF=83=CE=B7=CF=82.

=CE=A3=CE=B7=CE=BC=CE=B5=CE=AF=CF=89=CF=83=CE=B7 =CE=B3=CE=B9=CE=B1 =CF=84=
=CE=BF=CE=BD =CE=93=CE=9A=CE=A0=CE=94: =CE=B1=CE=BD =CE=AD=CF=87=CE=B5=CF=
=84=CE=B5 =CE=AE=CE=B4=CE=B7 =CE=B4=CE=B9=CE=B1=CE=B2=CE=B9=CE=B2=CE=AC=CF=
=83=CE=B5=CE=B9 =CF=84=CE=B7 =CE=BB=CE=AF=CF=83=CF=84=CE=B1 =CF=83=CE=B5 =
=CF=84=CF=81=CE=AF=CF=84=CE=BF=CF=85=CF=82 (=CF=87=CE=BF=CF=81=CE=B7=CE=B3=
=CE=BF=CF=8D=CF=82, =CF=86=CF=89=CF=84=CE=BF=CE=B3=CF=81=CE=B1=CF=86=CE=B9=
=CE=BA=CE=AE =CF=85=CF=80=CE=B7=CF=81=CE=B5=CF=83=CE=AF=CE=B1, =CE=9C=CE=9C=
=CE=95), =CF=83=CE=B1=CF=82 =CF=85=CF=80=CE=B5=CE=BD=CE=B8=CF=85=CE=BC=CE=
=AF=CE=B6=CE=BF=CF=85=CE=BC=CE=B5 =CF=8C=CF=84=CE=B9 =CF=89=CF=82 =CF=85=CF=
=80=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CE=BF=CF=82 =CE=B5=CF=80=CE=B5=CE=BE=CE=
=B5=CF=81=CE=B3=CE=B1=CF=83=CE=AF=CE=B1=CF=82 =CE=BF=CF=86=CE=B5=CE=AF=CE=
=BB=CE=B5=CF=84=CE=B5 =CE=BD=CE=B1 =CF=84=CE=BF=CF=85=CF=82 =CE=B5=CE=BD=CE=
=B7=CE=BC=CE=B5=CF=81=CF=8E=CF=83=CE=B5=CF=84=CE=B5 (=CE=AC=CF=81=CE=B8=CF=
=81=CE=BF 19 =CE=93=CE=9A=CE=A0=CE=94).

=CE=94=CE=B5=CE=BD =CE=B1=CF=80=CE=B1=CE=B9=CF=84=CE=B5=CE=AF=CF=84=CE=B1=
=CE=B9 =CE=AC=CE=BB=CE=BB=CE=B7 =CE=B5=CE=BD=CE=AD=CF=81=CE=B3=CE=B5=CE=B9=
=CE=B1 =CE=B1=CF=80=CF=8C =CE=B5=CF=83=CE=AC=CF=82.

RaceReg =C2=B7 =CE=9B=CE=B5=CF=89=CF=86. =CE=A3=CF=85=CE=B3=CE=B3=CF=81=CE=
=BF=CF=8D 132, 117 45 =CE=91=CE=B8=CE=AE=CE=BD=CE=B1
=CE=A4=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1 =CE=B1=CF=85=CF=84=CF=8C =
=CF=83=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=B5 =CE=B1=CF=85=CF=84=CF=8C=
=CE=BC=CE=B1=CF=84=CE=B1. =CE=A0=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CE=BF=
=CF=8D=CE=BC=CE=B5 =CE=BC=CE=B7=CE=BD =CE=B1=CF=80=CE=B1=CE=BD=CF=84=CE=AC=
=CF=84=CE=B5.
'''),
    ('el', 'exchange-online-ndr-greek-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from EUR03-AM6-obe.outbound.protection.outlook.com (mail-am6eur03on2100.outbound.protection.outlook.com [198.51.100.100])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kk6Yb3Dp1z4Ws7
        for <privacy@shop.example.be>; Fri, 10 Apr 2026 17:31:09 +0200 (CEST)
From: Microsoft Outlook <postmaster@ergon-consult.example>
To: <privacy@shop.example.be>
Date: Fri, 10 Apr 2026 15:31:06 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e2b1f8c4-7a30-4d6e-9b15-3c0a8f2d6e71"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: el-GR
Message-ID: <1b6c0e2f-9d47-4a83-b5e0-7f2c1a9d3e58@AM9PR08MB7120.eurprd08.prod.outlook.com>
In-Reply-To: <prv.0470.reply.1776011462@shop.example.be>
References: <prv.0470.reply.1776011462@shop.example.be>
Subject: =?utf-8?b?zpTOtc69IM6uz4TOsc69IM60z4XOvc6xz4TOriDOtyDPgM6xz4HOrM60zr/Pg863?=
 =?utf-8?b?OiBSZTogzpHOr8+EzrfOvM6xIM+AzrXPgc65zr/Pgc65z4POvM6/z40gzrU=?=
 =?utf-8?b?z4DOtc6+zrXPgc6zzrHPg86vzrHPgiDigJMgzrXPgM65zrLOtc6yzrHOr8+J?=
 =?utf-8?b?z4POtw==?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
MIME-Version: 1.0

--e2b1f8c4-7a30-4d6e-9b15-3c0a8f2d6e71
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="b4f3a0d2-18c6-4e9f-a7b2-5d1e0c3f9a46"

--b4f3a0d2-18c6-4e9f-a7b2-5d1e0c3f9a46
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zpcgz4DOsc+BzqzOtM6/z4POtyDPhM6/z4UgzrzOt869z43OvM6xz4TPjM+CIM+DzrHPgiDPg8+E
zr/Phc+CIM+AzrHPgc6xzrrOrM+Ez4kgz4DOsc+BzrHOu86uz4DPhM61z4IgzrHPgM6tz4TPhc+H
zrU6CgprLmRpbWl0cmlvdUBlcmdvbi1jb25zdWx0LmV4YW1wbGUKzqTOvyDOs8+BzrHOvM68zrHP
hM6/zrrOuc6yz47PhM65zr8gz4TOv8+FIM+AzrHPgc6xzrvOrs+Az4TOtyDOtc6vzr3Osc65IM+A
zrvOrs+BzrXPgiDOus6xzrkgzrTOtc69IM68z4DOv8+BzrXOryDOvc6xIM60zrXPh8+EzrXOryDO
vM63zr3Pjc68zrHPhM6xIM6xz4XPhM6uIM+Ezrcgz4PPhM65zrPOvM6uLiDOlM6/zrrOuc68zqzP
g8+EzrUgzr3OsSDPg8+EzrXOr867zrXPhM61IM6+zrHOvc6sIM+Ezr8gzrzOrs69z4XOvM6xIM6x
z4HOs8+Mz4TOtc+BzrEgzq4gzrXPgM65zrrOv865zr3Pic69zq7Pg8+EzrUgzrHPgM61z4XOuM61
zq/Osc+CIM68zrUgz4TOv869IM+AzrHPgc6xzrvOrs+Az4TOty4KCs6UzrnOsc6zzr3Pic+Dz4TO
uc66zq3PgiDPgM67zrfPgc6/z4bOv8+Bzq/Otc+CIM6zzrnOsSDOtM65zrHPh861zrnPgc65z4PP
hM6tz4I6CgrOlM65zrHOus6/zrzOuc+Dz4TOrs+CIM60zrfOvM65zr/Phc+BzrPOr86xz4I6IEFN
OVBSMDhNQjcxMjAuZXVycHJkMDgucHJvZC5vdXRsb29rLmNvbQoKay5kaW1pdHJpb3VAZXJnb24t
Y29uc3VsdC5leGFtcGxlClJlbW90ZSBTZXJ2ZXIgcmV0dXJuZWQgJzU1NCA1LjIuMiBtYWlsYm94
IGZ1bGw7IFNUT1JFRFJWLkRlbGl2ZXIuRXhjZXB0aW9uOlF1b3RhRXhjZWVkZWRFeGNlcHRpb24u
TWFwaUV4Y2VwdGlvblNodXRvZmZRdW90YUV4Y2VlZGVkOyBGYWlsZWQgdG8gcHJvY2VzcyBtZXNz
YWdlIGR1ZSB0byBhIHBlcm1hbmVudCBleGNlcHRpb24gd2l0aCBtZXNzYWdlIFtCZWdpbkRpYWdu
b3N0aWNEYXRhXUNhbm5vdCBvcGVuIG1haWxib3guW0VuZERpYWdub3N0aWNEYXRhXScKCs6Rz4HP
h865zrrOrc+CIM66zrXPhs6xzrvOr860zrXPgiDOvM63zr3Pjc68zrHPhM6/z4I6CgpGcm9tOiBT
aG9wIEV4YW1wbGUgUHJpdmFjeSA8cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU+ClRvOiBrLmRpbWl0
cmlvdUBlcmdvbi1jb25zdWx0LmV4YW1wbGUKU3ViamVjdDogUmU6IM6Rzq/PhM63zrzOsSDPgM61
z4HOuc6/z4HOuc+DzrzOv8+NIM61z4DOtc6+zrXPgc6zzrHPg86vzrHPgiDigJMgzrXPgM65zrLO
tc6yzrHOr8+Jz4POtwpEYXRlOiBGcmksIDEwIEFwciAyMDI2IDE3OjMxOjAyICswMjAwCk1lc3Nh
Z2UtSUQ6IDxwcnYuMDQ3MC5yZXBseS4xNzc2MDExNDYyQHNob3AuZXhhbXBsZS5iZT4K
--b4f3a0d2-18c6-4e9f-a7b2-5d1e0c3f9a46
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body><div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style=3D"font-size:16px;color:#c00000"><b>=CE=97 =CF=80=CE=B1=CF=81=CE=
=AC=CE=B4=CE=BF=CF=83=CE=B7 =CF=84=CE=BF=CF=85 =CE=BC=CE=B7=CE=BD=CF=8D=CE=
=BC=CE=B1=CF=84=CF=8C=CF=82 =CF=83=CE=B1=CF=82 =CE=B1=CF=80=CE=AD=CF=84=CF=
=85=CF=87=CE=B5</b></p>
<p><b>k.dimitriou@ergon-consult.example</b><br>=CE=A4=CE=BF =CE=B3=CF=81=CE=
=B1=CE=BC=CE=BC=CE=B1=CF=84=CE=BF=CE=BA=CE=B9=CE=B2=CF=8E=CF=84=CE=B9=CE=BF=
 =CF=84=CE=BF=CF=85 =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=AE=CF=80=CF=84=CE=B7 =
=CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CF=80=CE=BB=CE=AE=CF=81=CE=B5=CF=82 =CE=BA=
=CE=B1=CE=B9 =CE=B4=CE=B5=CE=BD =CE=BC=CF=80=CE=BF=CF=81=CE=B5=CE=AF =CE=BD=
=CE=B1 =CE=B4=CE=B5=CF=87=CF=84=CE=B5=CE=AF =CE=BC=CE=B7=CE=BD=CF=8D=CE=BC=
=CE=B1=CF=84=CE=B1 =CE=B1=CF=85=CF=84=CE=AE =CF=84=CE=B7 =CF=83=CF=84=CE=B9=
=CE=B3=CE=BC=CE=AE.</p>
<p style=3D"font-size:12px;color:#666">=CE=94=CE=B9=CE=B1=CE=BA=CE=BF=CE=BC=
=CE=B9=CF=83=CF=84=CE=AE=CF=82 =CE=B4=CE=B7=CE=BC=CE=B9=CE=BF=CF=85=CF=81=
=CE=B3=CE=AF=CE=B1=CF=82: AM9PR08MB7120.eurprd08.prod.outlook.com</p>
</div></body></html>
--b4f3a0d2-18c6-4e9f-a7b2-5d1e0c3f9a46--

--e2b1f8c4-7a30-4d6e-9b15-3c0a8f2d6e71
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR08MB7120.eurprd08.prod.outlook.com
Received-From-MTA: dns;out1.shop.example.be
Arrival-Date: Fri, 10 Apr 2026 15:31:04 +0000

Final-Recipient: rfc822;k.dimitriou@ergon-consult.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--e2b1f8c4-7a30-4d6e-9b15-3c0a8f2d6e71
Content-Type: message/rfc822

From: Shop Example Privacy <privacy@shop.example.be>
To: =?utf-8?b?zprPjs+Dz4TOsc+CIM6UzrfOvM63z4TPgc6vzr/PhQ==?= <k.dimitriou@ergon-consult.example>
Subject: =?utf-8?b?UmU6IM6Rzq/PhM63zrzOsSDPgM61z4HOuc6/z4HOuc+DzrzOv8+NIM61z4DOtc6+?=
 =?utf-8?b?zrXPgc6zzrHPg86vzrHPgiDigJMgzrXPgM65zrLOtc6yzrHOr8+Jz4POtw==?=
Date: Fri, 10 Apr 2026 17:31:02 +0200
Message-ID: <prv.0470.reply.1776011462@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Αγαπητέ κύριε Δημητρίου,

επιβεβαιώνουμε ότι τα δεδομένα του ρολογιού σας για την περίοδο
Δεκεμβρίου–Φεβρουαρίου έχουν επισημανθεί ως περιορισμένα: δεν θα
χρησιμοποιηθούν ούτε θα διαβιβαστούν, ούτε θα διαγραφούν, μέχρι να
μας ενημερώσετε για την έκβαση της υπόθεσης.

Με εκτίμηση,
Ομάδα Προστασίας Δεδομένων, Shop Example

--e2b1f8c4-7a30-4d6e-9b15-3c0a8f2d6e71--
'''),
    ('el', 'thunderbird-filter-template-away-reply-bare', 'automated', (),
'''Return-Path: <s.rafailidis@forthnet.example>
Received: from smtp.forthnet.example (smtp.forthnet.example [192.0.2.188])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Km8Lr2Sx5z0Jq6
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 19:12:44 +0200 (CEST)
Message-ID: <8d2f1c7a-4b3e-4f90-a1d6-2e5c9b7f0a13@forthnet.example>
Date: Wed, 15 Apr 2026 20:12:41 +0300
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?utf-8?b?zqPPhM6xz43Pgc6/z4IgzqHOsc+GzrHOt867zq/OtM63z4I=?= <s.rafailidis@forthnet.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpXOus+Ez4zPgiDOs8+BzrHPhs61zq/Ov8+F?=
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Καλησπέρα σας,

Θα λείπω από το γραφείο έως τις 30 Απριλίου χωρίς πρόσβαση στο email 
μου. Για επείγοντα θέματα καλέστε στο +30 210 555 3812.

Σ. Ραφαηλίδης
Λογιστικό Γραφείο Ραφαηλίδη
'''),
    ('el', 'person-forwards-weekly-summary-with-someone-elses-health-data', 'complaint', ('access',),
'''Return-Path: <t.karagiannis@gmail.com>
Received: from mail-ej1-f41.google.com (mail-ej1-f41.google.com [209.85.218.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kl6Fw8Qb2z3Rt5
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 18:25:37 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
	h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
	bh=Vb2Xn8Lq0Zt4Pk7Hm1Rc9Jd3Fs5Gw6Ye2Ua8Qo4Tn=;
	b=Rk3Zx9Lm0Wq7Vp2Tb5Nc8Hj1Dg4Fs6Ka3Ye9Uo1Qi5Mt7Xn2Bv4Cl6Rw8Zq0
MIME-Version: 1.0
References: <weekly.2026w15.usr_3c91aa07@move.shop.example.be>
In-Reply-To: <weekly.2026w15.usr_3c91aa07@move.shop.example.be>
From: =?utf-8?b?zpjOv860z4nPgc6uz4IgzprOsc+BzrHOs865zqzOvc69zrfPgg==?= <t.karagiannis@gmail.com>
Date: Mon, 13 Apr 2026 19:25:19 +0300
Message-ID: <CAMq4Tz8Vk1Lb0Xw3Nd7Rp2Hc6Gs9Ja5Pe1Uo8Ty4Km@mail.gmail.com>
Subject: =?utf-8?b?RndkOiDOlyDOtc6yzrTOv868zrHOtM65zrHOr86xIM+Dzr/PhSDPg8+Nzr3Ov8+I?=
 =?utf-8?b?zrc6IDYxLjIwNCDOss6uzrzOsc+EzrEg8J+Pgw==?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000a81f3c0612f1d7b2"

--000000000000a81f3c0612f1d7b2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1,

=CF=83=CE=B1=CF=82 =CF=80=CF=81=CE=BF=CF=89=CE=B8=CF=8E =CF=84=CE=BF email =
=CF=80=CE=BF=CF=85 =CE=BC=CE=BF=CF=85 =CE=AE=CF=81=CE=B8=CE=B5 =CF=83=CE=AE=
=CE=BC=CE=B5=CF=81=CE=B1 =CE=B1=CF=80=CF=8C =CF=84=CE=B7=CE=BD =CE=B5=CF=86=
=CE=B1=CF=81=CE=BC=CE=BF=CE=B3=CE=AE =CF=83=CE=B1=CF=82. =CE=A4=CE=BF =CF=
=8C=CE=BD=CE=BF=CE=BC=CE=B1 =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=B4=CE=B9=CE=
=BA=CF=8C =CE=BC=CE=BF=CF=85, =CE=B1=CE=BB=CE=BB=CE=AC =CF=84=CE=B1 =CF=83=
=CF=84=CE=BF=CE=B9=CF=87=CE=B5=CE=AF=CE=B1 =CE=94=CE=95=CE=9D =CE=B5=CE=AF=
=CE=BD=CE=B1=CE=B9 =CE=B4=CE=B9=CE=BA=CE=AC =CE=BC=CE=BF=CF=85: =CE=B4=CE=
=B5=CE=BD =CE=AD=CF=87=CF=89 =CE=BA=CE=AC=CE=BD=CE=B5=CE=B9 61.000 =CE=B2=
=CE=AE=CE=BC=CE=B1=CF=84=CE=B1, =CE=B4=CE=B5=CE=BD =CE=AD=CF=84=CF=81=CE=B5=
=CE=BE=CE=B1 21 =CF=87=CE=BB=CE=BC. =CF=84=CE=B7=CE=BD =CE=9A=CF=85=CF=81=
=CE=B9=CE=B1=CE=BA=CE=AE =CE=BA=CE=B1=CE=B9 =CF=83=CE=AF=CE=B3=CE=BF=CF=85=
=CF=81=CE=B1 =CE=BF=CE=B9 =CF=80=CE=B1=CE=BB=CE=BC=CE=BF=CE=AF =CE=B7=CF=81=
=CE=B5=CE=BC=CE=AF=CE=B1=CF=82 =CE=BC=CE=BF=CF=85 =CE=B4=CE=B5=CE=BD =CE=B5=
=CE=AF=CE=BD=CE=B1=CE=B9 49. =CE=A0=CF=81=CE=BF=CF=86=CE=B1=CE=BD=CF=8E=CF=
=82 =CE=B2=CE=BB=CE=AD=CF=80=CF=89 =CF=84=CE=B1 =CE=B4=CE=B5=CE=B4=CE=BF=CE=
=BC=CE=AD=CE=BD=CE=B1 =CE=AC=CE=BB=CE=BB=CE=BF=CF=85 =CF=80=CE=B5=CE=BB=CE=
=AC=CF=84=CE=B7 =E2=80=93 =CF=8D=CF=80=CE=BD=CE=BF, =CF=80=CE=B1=CE=BB=CE=
=BC=CE=BF=CF=8D=CF=82, =CE=B1=CE=BA=CF=8C=CE=BC=CE=B1 =CE=BA=CE=B1=CE=B9 =
=CE=B4=CE=B9=CE=B1=CE=B4=CF=81=CE=BF=CE=BC=CE=AE =CF=83=CE=B5 =CF=87=CE=AC=
=CF=81=CF=84=CE=B7 =CF=80=CE=BF=CF=85 =CE=BE=CE=B5=CE=BA=CE=B9=CE=BD=CE=AC=
=CE=B5=CE=B9 =CE=B1=CF=80=CF=8C =CE=AD=CE=BD=CE=B1 =CF=83=CF=80=CE=AF=CF=84=
=CE=B9 =CF=83=CF=84=CE=BF =CE=A7=CE=AD=CF=81=CE=B5=CE=BD=CF=84. =CE=91=CF=
=85=CF=84=CF=8C =CF=83=CE=B7=CE=BC=CE=B1=CE=AF=CE=BD=CE=B5=CE=B9 =CF=8C=CF=
=84=CE=B9 =CE=BA=CE=AC=CF=80=CE=BF=CE=B9=CE=BF=CF=82 =CE=AC=CE=BB=CE=BB=CE=
=BF=CF=82 =CE=BC=CF=80=CE=BF=CF=81=CE=B5=CE=AF =CE=BD=CE=B1 =CE=B2=CE=BB=CE=
=AD=CF=80=CE=B5=CE=B9 =CF=84=CE=B1 =CE=B4=CE=B9=CE=BA=CE=AC =CE=BC=CE=BF=CF=
=85.

=CE=93=CE=B9=CE=B1 =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CE=B1 =CF=85=
=CE=B3=CE=B5=CE=AF=CE=B1=CF=82 =CE=B1=CF=85=CF=84=CF=8C =CE=B5=CE=AF=CE=BD=
=CE=B1=CE=B9 =CE=B1=CF=80=CE=B1=CF=81=CE=AC=CE=B4=CE=B5=CE=BA=CF=84=CE=BF. =
=CE=98=CE=AD=CE=BB=CF=89 =CE=BD=CE=B1 =CE=BC=CE=AC=CE=B8=CF=89 =CF=84=CE=B9=
 =CE=AD=CE=B3=CE=B9=CE=BD=CE=B5 =CE=BA=CE=B1=CE=B9 =CE=B1=CE=BD =CF=84=CE=
=B1 =CE=B4=CE=B9=CE=BA=CE=AC =CE=BC=CE=BF=CF=85 =CE=B4=CE=B5=CE=B4=CE=BF=CE=
=BC=CE=AD=CE=BD=CE=B1 =CF=83=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=B1=CE=
=BD =CF=83=CE=B5 =CE=BA=CE=AC=CF=80=CE=BF=CE=B9=CE=BF=CE=BD =CE=AC=CE=BB=CE=
=BB=CE=BF=CE=BD. =CE=91=CE=BD =CE=B4=CE=B5=CE=BD =CF=80=CE=AC=CF=81=CF=89 =
=CE=B5=CE=BE=CE=B7=CE=B3=CE=AE=CF=83=CE=B5=CE=B9=CF=82 =CE=BC=CE=AD=CF=83=
=CE=B1 =CF=83=CE=B5 =CE=BB=CE=AF=CE=B3=CE=B5=CF=82 =CE=BC=CE=AD=CF=81=CE=B5=
=CF=82, =CE=B8=CE=B1 =CE=BA=CE=AC=CE=BD=CF=89 =CE=BA=CE=B1=CF=84=CE=B1=CE=
=B3=CE=B3=CE=B5=CE=BB=CE=AF=CE=B1 =CF=83=CF=84=CE=B7=CE=BD =CE=91=CF=81=CF=
=87=CE=AE =CE=A0=CF=81=CE=BF=CF=83=CF=84=CE=B1=CF=83=CE=AF=CE=B1=CF=82 =CE=
=94=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD.

=CE=98=CE=BF=CE=B4=CF=89=CF=81=CE=AE=CF=82 =CE=9A=CE=B1=CF=81=CE=B1=CE=B3=
=CE=B9=CE=AC=CE=BD=CE=BD=CE=B7=CF=82

---------- Forwarded message ---------
=CE=91=CF=80=CF=8C: Shop Example Move <noreply@move.shop.example.be>
Date: =CE=94=CE=B5=CF=85 13 =CE=91=CF=80=CF=81 2026 =CF=83=CF=84=CE=B9=CF=
=82 7:00 =CF=80.=CE=BC.
Subject: =CE=97 =CE=B5=CE=B2=CE=B4=CE=BF=CE=BC=CE=B1=CE=B4=CE=B9=CE=B1=CE=
=AF=CE=B1 =CF=83=CE=BF=CF=85 =CF=83=CF=8D=CE=BD=CE=BF=CF=88=CE=B7: 61.204 =
=CE=B2=CE=AE=CE=BC=CE=B1=CF=84=CE=B1 =F0=9F=8F=83
To: <t.karagiannis@gmail.com>


=CE=93=CE=B5=CE=B9=CE=B1 =CF=83=CE=BF=CF=85 =CE=98=CE=BF=CE=B4=CF=89=CF=81=
=CE=AE!

=CE=97 =CE=B5=CE=B2=CE=B4=CE=BF=CE=BC=CE=AC=CE=B4=CE=B1 =CF=83=CE=BF=CF=85,=
 6=E2=80=9312 =CE=91=CF=80=CF=81=CE=B9=CE=BB=CE=AF=CE=BF=CF=85:
=F0=9F=91=A3 =CE=92=CE=AE=CE=BC=CE=B1=CF=84=CE=B1: 61.204 (=CE=BC=CE=AD=CF=
=83=CE=BF=CF=82 =CF=8C=CF=81=CE=BF=CF=82 8.743 =CF=84=CE=B7=CE=BD =CE=B7=CE=
=BC=CE=AD=CF=81=CE=B1)
=E2=9D=A4=EF=B8=8F =CE=A0=CE=B1=CE=BB=CE=BC=CE=BF=CE=AF =CE=B7=CF=81=CE=B5=
=CE=BC=CE=AF=CE=B1=CF=82: 49 bpm
=F0=9F=98=B4 =CE=8E=CF=80=CE=BD=CE=BF=CF=82: =CE=BA=CE=B1=CF=84=CE=AC =CE=
=BC=CE=AD=CF=83=CE=BF =CF=8C=CF=81=CE=BF 7 =CF=8E=CF=81. 12 =CE=BB=CE=B5=CF=
=80.
=F0=9F=8F=83 =CE=9C=CE=B5=CE=B3=CE=B1=CE=BB=CF=8D=CF=84=CE=B5=CF=81=CE=B7 =
=CE=B4=CF=81=CE=B1=CF=83=CF=84=CE=B7=CF=81=CE=B9=CF=8C=CF=84=CE=B7=CF=84=CE=
=B1: 21,1 =CF=87=CE=BB=CE=BC., =CE=9A=CF=85=CF=81 12/4, 1:52:08 =E2=80=93 =
=CE=B4=CE=B5=CF=82 =CF=84=CE=B7 =CE=B4=CE=B9=CE=B1=CE=B4=CF=81=CE=BF=CE=BC=
=CE=AE =CF=83=CF=84=CE=BF=CE=BD =CF=87=CE=AC=CF=81=CF=84=CE=B7

=CE=A3=CF=85=CE=BD=CE=AD=CF=87=CE=B9=CF=83=CE=B5 =CE=AD=CF=84=CF=83=CE=B9!

=CE=94=CE=B9=CE=B1=CF=87=CE=B5=CE=AF=CF=81=CE=B9=CF=83=CE=B7 =CE=B5=CE=B9=
=CE=B4=CE=BF=CF=80=CE=BF=CE=B9=CE=AE=CF=83=CE=B5=CF=89=CE=BD =C2=B7 =CE=A0=
=CE=BF=CE=BB=CE=B9=CF=84=CE=B9=CE=BA=CE=AE =CE=B1=CF=80=CE=BF=CF=81=CF=81=
=CE=AE=CF=84=CE=BF=CF=85
Shop Example =C2=B7 =CE=9B=CE=B1=CE=BC=CE=B2=CE=AC=CE=BD=CE=B5=CE=B9=CF=82 =
=CE=B1=CF=85=CF=84=CF=8C =CF=84=CE=BF email =CE=B5=CF=80=CE=B5=CE=B9=CE=B4=
=CE=AE =CE=AD=CF=87=CE=B5=CE=B9=CF=82 =CF=83=CF=85=CE=BD=CE=B4=CE=AD=CF=83=
=CE=B5=CE=B9 =CF=81=CE=BF=CE=BB=CF=8C=CE=B9 SE Pulse =CE=BC=CE=B5 =CF=84=CE=
=B7=CE=BD =CE=B5=CF=86=CE=B1=CF=81=CE=BC=CE=BF=CE=B3=CE=AE.
--000000000000a81f3c0612f1d7b2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1,<br=
><br>=CF=83=CE=B1=CF=82 =CF=80=CF=81=CE=BF=CF=89=CE=B8=CF=8E =CF=84=CE=BF e=
mail =CF=80=CE=BF=CF=85 =CE=BC=CE=BF=CF=85 =CE=AE=CF=81=CE=B8=CE=B5 =CF=83=
=CE=AE=CE=BC=CE=B5=CF=81=CE=B1 =CE=B1=CF=80=CF=8C =CF=84=CE=B7=CE=BD =CE=B5=
=CF=86=CE=B1=CF=81=CE=BC=CE=BF=CE=B3=CE=AE =CF=83=CE=B1=CF=82. =CE=A4=CE=BF=
 =CF=8C=CE=BD=CE=BF=CE=BC=CE=B1 =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=B4=CE=B9=
=CE=BA=CF=8C =CE=BC=CE=BF=CF=85, =CE=B1=CE=BB=CE=BB=CE=AC =CF=84=CE=B1 =CF=
=83=CF=84=CE=BF=CE=B9=CF=87=CE=B5=CE=AF=CE=B1 =CE=94=CE=95=CE=9D =CE=B5=CE=
=AF=CE=BD=CE=B1=CE=B9 =CE=B4=CE=B9=CE=BA=CE=AC =CE=BC=CE=BF=CF=85.<br>[...]=
<br><br>=CE=98=CE=BF=CE=B4=CF=89=CF=81=CE=AE=CF=82 =CE=9A=CE=B1=CF=81=CE=B1=
=CE=B3=CE=B9=CE=AC=CE=BD=CE=BD=CE=B7=CF=82<br><br><div class=3D"gmail_quote=
"><div dir=3D"ltr" class=3D"gmail_attr">---------- Forwarded message ------=
---<br>=CE=91=CF=80=CF=8C: <b>Shop Example Move</b> &lt;noreply@move.shop.e=
xample.be&gt;<br></div><br>=CE=93=CE=B5=CE=B9=CE=B1 =CF=83=CE=BF=CF=85 =CE=
=98=CE=BF=CE=B4=CF=89=CF=81=CE=AE! =CE=97 =CE=B5=CE=B2=CE=B4=CE=BF=CE=BC=CE=
=AC=CE=B4=CE=B1 =CF=83=CE=BF=CF=85, 6=E2=80=9312 =CE=91=CF=80=CF=81=CE=B9=
=CE=BB=CE=AF=CE=BF=CF=85: 61.204 =CE=B2=CE=AE=CE=BC=CE=B1=CF=84=CE=B1, =CF=
=80=CE=B1=CE=BB=CE=BC=CE=BF=CE=AF =CE=B7=CF=81=CE=B5=CE=BC=CE=AF=CE=B1=CF=
=82 49 bpm.</div></div>
--000000000000a81f3c0612f1d7b2--
'''),
    ('bg', 'gym-partner-daily-checkin-sync-report', 'automated', (),
'''Return-Path: <integrations-noreply@pulsegym.example>
Received: from int-mail.pulsegym.example (int-mail.pulsegym.example [203.0.113.190])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Km3Kd1Vw8z2Pz5
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 00:16:02 +0200 (CEST)
From: PulseGym Integrations <integrations-noreply@pulsegym.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?0JTQvdC10LLQtdC9INC+0YLRh9C10YI6INGB0LjQvdGF0YDQvtC90LjQt9Cw0YY=?=
 =?utf-8?b?0LjRjyDQvdCwINC/0L7RgdC10YnQtdC90LjRjyDRgSBTaG9wIEV4YW1wbGUg?=
 =?utf-8?b?4oCTIDE0LjA0LjIwMjY=?=
Date: Wed, 15 Apr 2026 00:16:00 +0200
Message-ID: <sync-report.shop-example-be.20260414@int-mail.pulsegym.example>
X-Mailer: pg-integrations/2.3 (cron)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Отчет за синхронизацията на посещения (check-in) към партньор Shop Example (BE)
Период: 14.04.2026, 00:00–23:59 CEST
Статус: УСПЕШНО

Получени посещения от клубовете:      4 318
Изпратени към Shop Example:            1 207  (само членове със свързан профил
                                               и активно съгласие)
Пропуснати:                            3 111
  - няма свързан профил:               3 064
  - оттеглено съгласие за споделяне:   41
  - изтрит профил / заявка за изтриване: 6

Нови свързвания на профили:            22
Прекратени свързвания:                 9

Изпращани полета: ID на член (псевдоним), клуб, дата и час на влизане.
Не се изпращат данни от InBody измервания, тегло или абонаментен план.

Грешки: 0
Следваща синхронизация: 15.04.2026, 00:15 CEST

Това е автоматично съобщение от интеграционната платформа на PulseGym.
Не отговаряйте на този имейл. Въпроси за защитата на личните данни:
dpo@pulsegym.example
'''),
    ('bg', 'gmail-forwarding-failure-bounce-bulgarian-reply', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kn0Ts5Hy3z8Mb1
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 11:14:12 +0200 (CEST)
Received: by mail-sor-f69.google.com (Google Transport Security)
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 02:14:10 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <prv.0490.reply.1776330846@shop.example.be>
In-Reply-To: <prv.0490.reply.1776330846@shop.example.be>
X-Failed-Recipients: radostina.angelova.old@gmail.com
Message-ID: <67ff6a62.050a0220.3c1f2e.9a41.GMR@mx.google.com>
Date: Thu, 16 Apr 2026 02:14:10 -0700 (PDT)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000b3a9e80612f4c2d1"; report-type=delivery-status

--000000000000b3a9e80612f4c2d1
Content-Type: multipart/related; boundary="000000000000b3b1c90612f4c2d4"

--000000000000b3b1c90612f4c2d4
Content-Type: multipart/alternative; boundary="000000000000b3b1ca0612f4c2d5"

--000000000000b3b1ca0612f4c2d5
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to radostina.angelova.old@gmail.com because the address couldn't be found, or is unable to receive mail.

The message was forwarded by r.angelova@studio-angel.example.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-43f2a1c9e4esor118422f8.12 - gsmtp

--000000000000b3b1ca0612f4c2d5
Content-Type: text/html; charset="UTF-8"


<html>
<head><style>* { font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif; }</style></head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody><tr><td>
<h1 style="font-size:24px;color:#202124">Address not found</h1>
<p style="font-size:16px;color:#3c4043">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>radostina.angelova.old@gmail.com</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p style="font-size:14px;color:#5f6368">The response was:</p>
<p style="font-size:14px;color:#5f6368">The email account that you tried to reach does not exist.</p>
</td></tr></tbody></table>
</body>
</html>

--000000000000b3b1ca0612f4c2d5--
--000000000000b3b1c90612f4c2d4--
--000000000000b3a9e80612f4c2d1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; out1.shop.example.be
Arrival-Date: Thu, 16 Apr 2026 02:14:07 -0700 (PDT)
X-Original-Message-ID: <prv.0490.reply.1776330846@shop.example.be>

Final-Recipient: rfc822; radostina.angelova.old@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser - gsmtp
Last-Attempt-Date: Thu, 16 Apr 2026 02:14:10 -0700 (PDT)

--000000000000b3a9e80612f4c2d1
Content-Type: message/rfc822

From: Shop Example Privacy <privacy@shop.example.be>
To: =?utf-8?b?0KDQsNC00L7RgdGC0LjQvdCwINCQ0L3Qs9C10LvQvtCy0LA=?= <r.angelova@studio-angel.example>
Subject: =?utf-8?b?UmU6INCe0YLQv9C40YHQstCw0L3QtSDigJMg0L/QvtGC0LLRitGA0LbQtNC10L0=?=
 =?utf-8?b?0LjQtSAoUFJWLTIwMjYtMDQ5MCk=?=
Date: Thu, 16 Apr 2026 11:14:06 +0200
Message-ID: <prv.0490.reply.1776330846@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте, г-жо Ангелова,

потвърждаваме, че сте отписана от нашия бюлетин и от маркетинговите
имейли. Съобщихме и на фото услугата RunPix, че оттегляте съгласието
си за получаване на техните имейли. Съжаляваме, че линкът за отписване
не е работил – предадохме проблема на техническия екип.

Поздрави,
Екип „Защита на личните данни“, Shop Example

--000000000000b3a9e80612f4c2d1--
'''),
    ('bg', 'photo-service-helpdesk-takedown-ticket-ack', 'automated', (),
'''Return-Path: <support+id77412@runpix.example>
Received: from outbyoip7.pod18.euc1.zdsys.example (outbyoip7.pod18.euc1.zdsys.example [203.0.113.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kl9Bq4Zn6z5Gd8
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 16:03:55 +0200 (CEST)
From: =?utf-8?b?UnVuUGl4INCf0L7QtNC00YDRitC20LrQsA==?= <support@runpix.example>
Reply-To: =?utf-8?b?UnVuUGl4INCf0L7QtNC00YDRitC20LrQsA==?= <support+id77412@runpix.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?b?W1J1blBpeF0g0JfQsNGP0LLQutCwICM3NzQxMiDQtSDQv9C+0LvRg9GH0LXQvdCw?=
 =?utf-8?b?OiDQn9GA0LXQvNCw0YXQstCw0L3QtSDQvdCwINGB0L3QuNC80LrQuCDigJMg?=
 =?utf-8?b?QW50d2VycCBOaWdodCBSdW4gMjAyNg==?=
Date: Mon, 13 Apr 2026 14:03:52 +0000
Message-ID: <N0Q7RX3K9L_67fbc3a8d1e2_4c1_sprut@zendesk.runpix.example>
In-Reply-To: <prv.0466.vendor.1776088900@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 1b7e3f0
X-Zendesk-Email-Id: 01JRQ8W2T5M7X9B3C6D1E4F8G0
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_67fbc3a8d0f5e_4c13fe9a1b2c"

----==_mimepart_67fbc3a8d0f5e_4c13fe9a1b2c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- =D0=9C=D0=BE=D0=BB=D1=8F, =D0=BF=D0=B8=D1=88=D0=B5=D1=82=D0=B5 =D0=BD=
=D0=B0=D0=B4 =D1=82=D0=BE=D0=B7=D0=B8 =D1=80=D0=B5=D0=B4 -##

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=B8=D1=85=D0=BC=D0=B5 =D0=B2=D0=B0=D1=88=
=D0=B0=D1=82=D0=B0 =D0=B7=D0=B0=D1=8F=D0=B2=D0=BA=D0=B0 (#77412) =D0=B8 =D1=
=82=D1=8F =D0=B5 =D0=BF=D1=80=D0=B5=D0=B4=D0=B0=D0=B4=D0=B5=D0=BD=D0=B0 =D0=
=BD=D0=B0 =D0=B5=D0=BA=D0=B8=D0=BF=D0=B0 =D0=BD=D0=B8 =D0=B7=D0=B0 =D0=B7=
=D0=B0=D1=89=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8=
=D1=82=D0=B5 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8.

=D0=A2=D0=B5=D0=BC=D0=B0: =D0=9F=D1=80=D0=B5=D0=BC=D0=B0=D1=85=D0=B2=D0=B0=
=D0=BD=D0=B5 =D0=BD=D0=B0 =D1=81=D0=BD=D0=B8=D0=BC=D0=BA=D0=B8 =E2=80=93 An=
twerp Night Run 2026, =D1=81=D1=82=D0=B0=D1=80=D1=82=D0=BE=D0=B2=D0=B8 =D0=
=BD=D0=BE=D0=BC=D0=B5=D1=80=D0=B0 2207 =D0=B8 3318
=D0=A2=D0=B8=D0=BF: =D0=B8=D1=81=D0=BA=D0=B0=D0=BD=D0=B5 =D0=B7=D0=B0 =D0=
=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5 (=D1=87=D0=BB. 17 =D0=
=BE=D1=82 =D0=9E=D0=A0=D0=97=D0=94), =D0=BF=D0=BE=D0=B4=D0=B0=D0=B4=D0=B5=
=D0=BD=D0=BE =D0=BE=D1=82 =D0=BE=D1=80=D0=B3=D0=B0=D0=BD=D0=B8=D0=B7=D0=B0=
=D1=82=D0=BE=D1=80

=D0=9A=D0=B0=D0=BA=D0=B2=D0=BE =D1=81=D0=BB=D0=B5=D0=B4=D0=B2=D0=B0:
=E2=80=A2 =D0=92 =D1=80=D0=B0=D0=BC=D0=BA=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 24=
 =D1=87=D0=B0=D1=81=D0=B0 =D1=81=D0=BD=D0=B8=D0=BC=D0=BA=D0=B8=D1=82=D0=B5 =
=D1=89=D0=B5 =D0=B1=D1=8A=D0=B4=D0=B0=D1=82 =D1=81=D0=BA=D1=80=D0=B8=D1=82=
=D0=B8 =D0=BE=D1=82 =D0=BF=D1=83=D0=B1=D0=BB=D0=B8=D1=87=D0=BD=D0=B0=D1=82=
=D0=B0 =D0=B3=D0=B0=D0=BB=D0=B5=D1=80=D0=B8=D1=8F =D0=B8 =D0=BE=D1=82 =D1=
=82=D1=8A=D1=80=D1=81=D0=B5=D0=BD=D0=B5=D1=82=D0=BE =D0=BF=D0=BE =D0=B8=D0=
=BC=D0=B5 =D0=B8 =D0=BD=D0=BE=D0=BC=D0=B5=D1=80.
=E2=80=A2 =D0=9E=D0=BA=D0=BE=D0=BD=D1=87=D0=B0=D1=82=D0=B5=D0=BB=D0=BD=D0=
=BE=D1=82=D0=BE =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5 =D0=
=BE=D1=82 =D1=81=D1=8A=D1=80=D0=B2=D1=8A=D1=80=D0=B8=D1=82=D0=B5 =D0=BD=D0=
=B8 =D0=B8 =D0=BE=D1=82 =D1=80=D0=B5=D0=B7=D0=B5=D1=80=D0=B2=D0=BD=D0=B8=D1=
=82=D0=B5 =D0=BA=D0=BE=D0=BF=D0=B8=D1=8F =D1=81=D0=B5 =D0=B8=D0=B7=D0=B2=D1=
=8A=D1=80=D1=88=D0=B2=D0=B0 =D0=B4=D0=BE 30 =D0=B4=D0=BD=D0=B8.
=E2=80=A2 =D0=A0=D0=B0=D0=B7=D0=BF=D0=BE=D0=B7=D0=BD=D0=B0=D0=B2=D0=B0=D0=
=BD=D0=B5=D1=82=D0=BE =D0=BD=D0=B0 =D0=BB=D0=B8=D1=86=D0=B0 =D0=B7=D0=B0 =
=D1=82=D0=B5=D0=B7=D0=B8 =D0=BD=D0=BE=D0=BC=D0=B5=D1=80=D0=B0 =D1=89=D0=B5 =
=D0=B1=D1=8A=D0=B4=D0=B5 =D0=B8=D0=B7=D0=BA=D0=BB=D1=8E=D1=87=D0=B5=D0=BD=
=D0=BE.

=D0=90=D0=BA=D0=BE =D0=B8=D1=81=D0=BA=D0=B0=D0=BD=D0=B5=D1=82=D0=BE =D0=B5 =
=D0=BE=D1=82 =D0=B8=D0=BC=D0=B5=D1=82=D0=BE =D0=BD=D0=B0 =D1=83=D1=87=D0=B0=
=D1=81=D1=82=D0=BD=D0=B8=D0=BA, =D0=BD=D0=B5 =D0=B5 =D0=BD=D1=83=D0=B6=D0=
=BD=D0=BE =D0=B4=D0=B0 =D0=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=89=D0=B0=D1=82=D0=
=B5 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=BE=D0=BA=D1=83=D0=BC=D0=B5=D0=
=BD=D1=82=D0=B8.

=D0=9C=D0=BE=D0=B6=D0=B5=D1=82=D0=B5 =D0=B4=D0=B0 =D0=B4=D0=BE=D0=B1=D0=B0=
=D0=B2=D0=B8=D1=82=D0=B5 =D0=BA=D0=BE=D0=BC=D0=B5=D0=BD=D1=82=D0=B0=D1=80, =
=D0=BA=D0=B0=D1=82=D0=BE =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B8=
=D1=82=D0=B5 =D0=BD=D0=B0 =D1=82=D0=BE=D0=B7=D0=B8 =D0=B8=D0=BC=D0=B5=D0=B9=
=D0=BB.

=D0=95=D0=BA=D0=B8=D0=BF=D1=8A=D1=82 =D0=BD=D0=B0 RunPix
RunPix =D0=95=D0=9E=D0=9E=D0=94, =D1=83=D0=BB. =E2=80=9E=D0=A8=D0=B8=D0=BF=
=D0=BA=D0=B0=E2=80=9C 34, =D0=A1=D0=BE=D1=84=D0=B8=D1=8F

[N0Q7RX-3K9L]
----==_mimepart_67fbc3a8d0f5e_4c13fe9a1b2c
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body>
<div style=3D"color:#b5b5b5">##- =D0=9C=D0=BE=D0=BB=D1=8F, =D0=BF=D0=B8=D1=
=88=D0=B5=D1=82=D0=B5 =D0=BD=D0=B0=D0=B4 =D1=82=D0=BE=D0=B7=D0=B8 =D1=80=D0=
=B5=D0=B4 -##</div>
<p>=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,</p>
<p>=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=B8=D1=85=D0=BC=D0=B5 =D0=B2=D0=B0=D1=
=88=D0=B0=D1=82=D0=B0 =D0=B7=D0=B0=D1=8F=D0=B2=D0=BA=D0=B0 (<b>#77412</b>) =
=D0=B8 =D1=82=D1=8F =D0=B5 =D0=BF=D1=80=D0=B5=D0=B4=D0=B0=D0=B4=D0=B5=D0=BD=
=D0=B0 =D0=BD=D0=B0 =D0=B5=D0=BA=D0=B8=D0=BF=D0=B0 =D0=BD=D0=B8 =D0=B7=D0=
=B0 =D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0 =D0=BB=D0=B8=D1=87=D0=
=BD=D0=B8=D1=82=D0=B5 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8.</p>
<p>=D0=A2=D0=B5=D0=BC=D0=B0: =D0=9F=D1=80=D0=B5=D0=BC=D0=B0=D1=85=D0=B2=D0=
=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D1=81=D0=BD=D0=B8=D0=BC=D0=BA=D0=B8 =E2=80=93=
 Antwerp Night Run 2026, =D1=81=D1=82=D0=B0=D1=80=D1=82=D0=BE=D0=B2=D0=B8 =
=D0=BD=D0=BE=D0=BC=D0=B5=D1=80=D0=B0 2207 =D0=B8 3318</p>
<p>=D0=A1=D0=BD=D0=B8=D0=BC=D0=BA=D0=B8=D1=82=D0=B5 =D1=89=D0=B5 =D0=B1=D1=
=8A=D0=B4=D0=B0=D1=82 =D1=81=D0=BA=D1=80=D0=B8=D1=82=D0=B8 =D0=B4=D0=BE 24 =
=D1=87=D0=B0=D1=81=D0=B0 =D0=B8 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D1=82=D0=B8 =
=D0=BE=D0=BA=D0=BE=D0=BD=D1=87=D0=B0=D1=82=D0=B5=D0=BB=D0=BD=D0=BE =D0=B4=
=D0=BE 30 =D0=B4=D0=BD=D0=B8.</p>
<p>=D0=95=D0=BA=D0=B8=D0=BF=D1=8A=D1=82 =D0=BD=D0=B0 RunPix</p>
<div style=3D"color:#aaaaaa;font-size:10px">[N0Q7RX-3K9L]</div>
</body></html>
----==_mimepart_67fbc3a8d0f5e_4c13fe9a1b2c--
'''),
    ('bg', 'person-from-shared-studio-address-forwards-policy-mail-asks-source', 'access', (),
'''Return-Path: <notifications@marinova-design.example>
Received: from mail.marinova-design.example (mail.marinova-design.example [192.0.2.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh5Nc7Rt0z1Vq4
        for <privacy@shop.example.be>; Wed,  8 Apr 2026 12:40:17 +0200 (CEST)
From: =?utf-8?b?TWFyaW5vdmEgRGVzaWduIOKAkyDQuNC30LLQtdGB0YLQuNGP?= <notifications@marinova-design.example>
Reply-To: =?utf-8?b?0JLQtdGB0LXQu9C40L3QsCDQnNCw0YDQuNC90L7QstCw?= <v.marinova@abv.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?RndkOiDQktCw0YjQsNGC0LAg0L/QvtC70LjRhtCwIFNwb3J0U2FmZSDihJYgU1Mt?=
 =?utf-8?b?QkUtMjAyNi0xMTIwOTMg0LUg0LjQt9C00LDQtNC10L3QsA==?=
Date: Wed, 8 Apr 2026 13:40:14 +0300
Message-ID: <a71c4e02-3f9b-4d18-8e6a-1b2c7d9f0e35@marinova-design.example>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Здравейте,

препращам ви имейла от застрахователя. Купих застраховката на касата в 
магазина ви в Брюксел (Woluwe), когато си взех колело. В полицата обаче 
има ЕГН-то ми, адреса ми в България и „спортна активност: колоездене, 
състезателно ниво“ – нищо от това не съм казвала на касата, поне не 
помня. Откъде застрахователят има тези данни? Вие ли сте му ги дали и 
какво още сте му пратили за мен? Искам копие на всичко, което сте 
предали.

Веселина Маринова
(пиша от общия адрес на студиото, моля отговорете на v.marinova@abv.bg)


-------- Препратено съобщение --------
Тема: 	Вашата полица SportSafe № SS-BE-2026-112093 е издадена
Дата: 	Mon, 6 Apr 2026 11:02:44 +0200
От: 	Protecta Asigurări <polite-noreply@protecta.example>
До: 	notifications@marinova-design.example

Уважаема г-жо Маринова,

Вашата застрахователна полица SportSafe е издадена.

Застраховано лице: Веселина Маринова, ЕГН ******4410
Покритие: спортни травми, 12 месеца, от 06.04.2026
Декларирана спортна активност: колоездене (състезателно ниво)
Премия: 79,00 EUR, платена в: Shop Example Bruxelles-Woluwe

Документи: https://sportsafe.protecta.example/polita/SS-BE-2026-112093
Информация за обработването на личните ви данни: 
https://protecta.example/gdpr

Това съобщение е генерирано автоматично. Моля, не отговаряйте.
'''),
]

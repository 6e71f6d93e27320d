"""Eightieth set, book B robots: robot mail of the systems around gifts and the festive season (gift-registry platforms' purchase notices, wish-list sharing notifications, a Secret Santa tool's draw results and reminders, the advent-calendar contest platform's daily reports, e-card services, order confirmations and tracking mails for gift orders, gift-card issuer notices, returns portals, carriers' seasonal peak warnings, out-of-office replies of the holiday season, bounces of several MTAs, helpdesk acknowledgements), plus people whose mail looks automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the rules."""

ROBOTS = [
    ('pl', 'gift-registry-item-purchased-notice', 'automated', (),
'''Return-Path: <bounce-8f41c2d7e0@mail.prezentownik.example>
Received: from mta12.mail.prezentownik.example (mta12.mail.prezentownik.example [203.0.113.42])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dLq1x0Wk9z3fR2
        for <privacy@shop.example.be>; Sat, 13 Dec 2025 18:22:07 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=prezentownik.example;
	s=pm2024; t=1765646525; h=from:to:subject:date:message-id:list-unsubscribe;
	bh=kW2p4vZ0mR8tJ6yQ1aN3cX5bF7hL9dS2gU4eT0oI6nE=;
	b=Xq3Lm9Vt0Rb7Kc2Wn5Pz8Hd1Fj4Gs6Ty3Ua0Ie9Ko2Mh5Nl8Bv1Cx4Zq7Wp0Er3Ts6Yd
From: Prezentownik <powiadomienia@prezentownik.example>
Reply-To: Prezentownik <pomoc@prezentownik.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?S3RvxZsga3VwacWCIHByZXplbnQgeiBUd29qZWogbGlzdHkg4oCe?=
 =?utf-8?b?S2FzaWEgaSBNaWNoYcWCIOKAkyAyMC4wNi4yMDI24oCdIPCfjoE=?=
Date: Sat, 13 Dec 2025 17:22:05 +0000
Message-ID: <0102019b18c4a7e1-5b2f9d40-registry-purchase@mail.prezentownik.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Feedback-ID: registry-purchase:prezentownik:pm
List-Unsubscribe: <https://prezentownik.example/u/8f41c2d7e0>, <mailto:unsubscribe+8f41c2d7e0@prezentownik.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Prezentownik-Event: item_purchased
X-Prezentownik-List: 200418
Content-Type: multipart/alternative; boundary="b1_7a0c3e51f2d94b8e"

--b1_7a0c3e51f2d94b8e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Cze=C5=9B=C4=87 Kasiu,

dobra wiadomo=C5=9B=C4=87! Kto=C5=9B w=C5=82a=C5=9Bnie kupi=C5=82 prezent z=
 Twojej listy =E2=80=9EKasia i Micha=C5=82 =E2=80=93 20.06.2026=E2=80=9D.

Prezent:        Ekspres kolbowy Sage Bambino Plus, kolor: sza=C5=82wia
Ilo=C5=9B=C4=87:          1 z 1 (pozycja jest ju=C5=BC oznaczona jako kupio=
na)
Sklep:          Shop Example (sklep internetowy, BE)
Kupuj=C4=85cy:       ukryty =E2=80=93 osoba kupuj=C4=85ca chce pozosta=C4=
=87 anonimowa do dnia =C5=9Blubu
Wiadomo=C5=9B=C4=87:      kupuj=C4=85cy do=C5=82=C4=85czy=C5=82 wiadomo=C5=
=9B=C4=87; zobaczysz j=C4=85 20.06.2026

Dostawa: prezent zostanie wys=C5=82any na adres dostawy zapisany w ustawien=
iach
listy, najp=C3=B3=C5=BAniej 14 dni przed dat=C4=85 wydarzenia.

Zobacz list=C4=99: https://prezentownik.example/l/kasia-michal-2026

--
Otrzymujesz t=C4=99 wiadomo=C5=9B=C4=87, poniewa=C5=BC jeste=C5=9B w=C5=82a=
=C5=9Bcicielem listy prezent=C3=B3w
w serwisie Prezentownik. Administratorem Twoich danych osobowych jest
Prezentownik sp. z o.o., ul. Prosta 68, 00-838 Warszawa. Dane kupuj=C4=85cy=
ch
przekazujemy sklepom partnerskim wy=C5=82=C4=85cznie w zakresie potrzebnym =
do
realizacji zam=C3=B3wienia. Wi=C4=99cej o przetwarzaniu danych i Twoich pra=
wach
wynikaj=C4=85cych z RODO (dost=C4=99p, sprostowanie, usuni=C4=99cie danych,=
 sprzeciw):
https://prezentownik.example/prywatnosc

Nie chcesz dostawa=C4=87 takich powiadomie=C5=84? Wypisz si=C4=99:
https://prezentownik.example/u/8f41c2d7e0
Chcesz usun=C4=85=C4=87 list=C4=99 lub konto? Ustawienia > Konto > Usu=C5=
=84 konto.

--b1_7a0c3e51f2d94b8e
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html lang=3D"pl"><head><meta charset=3D"utf-8"><title>Preze=
ntownik</title></head>
<body style=3D"margin:0;background:#f6f1ea;font-family:Arial,sans-serif;col=
or:#2b2b2b">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"600" style=3D"background:#ffffff;marg=
in:24px 0;border-radius:8px">
<tr><td style=3D"padding:24px 32px"><img src=3D"https://cdn.prezentownik.ex=
ample/mail/logo.png" alt=3D"Prezentownik" width=3D"160"></td></tr>
<tr><td style=3D"padding:0 32px"><h1 style=3D"font-size:22px">Kto=C5=9B kup=
i=C5=82 prezent z Twojej listy! &#127873;</h1>
<p>Cze=C5=9B=C4=87 Kasiu,<br>z listy <b>=E2=80=9EKasia i Micha=C5=82 =E2=80=
=93 20.06.2026=E2=80=9D</b> w=C5=82a=C5=9Bnie kupiono:</p>
<p style=3D"font-size:16px"><b>Ekspres kolbowy Sage Bambino Plus</b>, kolor=
: sza=C5=82wia<br>1 z 1 =E2=80=93 kupione</p>
<p>Kupuj=C4=85cy chce pozosta=C4=87 anonimowy do dnia =C5=9Blubu. Jego wiad=
omo=C5=9B=C4=87 zobaczysz 20.06.2026.</p>
<p><a href=3D"https://prezentownik.example/l/kasia-michal-2026" style=3D"ba=
ckground:#c0504d;color:#fff;padding:12px 20px;border-radius:4px;text-decora=
tion:none">Zobacz list=C4=99</a></p></td></tr>
<tr><td style=3D"padding:24px 32px;font-size:11px;color:#888">Otrzymujesz t=
=C4=99 wiadomo=C5=9B=C4=87, poniewa=C5=BC jeste=C5=9B w=C5=82a=C5=9Bciciele=
m listy prezent=C3=B3w w serwisie Prezentownik.
Administratorem Twoich danych osobowych jest Prezentownik sp. z o.o., ul. P=
rosta 68, 00-838 Warszawa.
<a href=3D"https://prezentownik.example/prywatnosc">Polityka prywatno=C5=9B=
ci i prawa wynikaj=C4=85ce z RODO</a> &middot;
<a href=3D"https://prezentownik.example/u/8f41c2d7e0">Wypisz si=C4=99 z pow=
iadomie=C5=84</a></td></tr>
</table></td></tr></table>
<img src=3D"https://t.prezentownik.example/o/8f41c2d7e0.gif" width=3D"1" he=
ight=3D"1" alt=3D"">
</body></html>

--b1_7a0c3e51f2d94b8e--
'''),
    ('pl', 'postfix-bounce-quota-reply-about-wishlist', 'automated', (),
'''Return-Path: <>
Received: from mx2.poczta.example (mx2.poczta.example [198.51.100.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dMb7s3Hq2z9kP1
        for <privacy@shop.example.be>; Mon, 15 Dec 2025 09:41:18 +0100 (CET)
Received: by mx2.poczta.example (Postfix)
	id 7C2A51E0394; Mon, 15 Dec 2025 09:41:17 +0100 (CET)
Date: Mon, 15 Dec 2025 09:41:17 +0100 (CET)
From: MAILER-DAEMON@mx2.poczta.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7C2A51E0394.1765788077/mx2.poczta.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20251215084117.7C2A51E0394@mx2.poczta.example>

This is a MIME-encapsulated message.

--7C2A51E0394.1765788077/mx2.poczta.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.poczta.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.wisniewska@poczta.example>: host mailstore3.poczta.example[private/dovecot-lmtp]
    said: 552 5.2.2 <m.wisniewska@poczta.example> Quota exceeded (mailbox for
    user is full) (in reply to end of DATA command)

--7C2A51E0394.1765788077/mx2.poczta.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.poczta.example
X-Postfix-Queue-ID: 7C2A51E0394
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 15 Dec 2025 09:41:16 +0100 (CET)

Final-Recipient: rfc822; m.wisniewska@poczta.example
Original-Recipient: rfc822;m.wisniewska@poczta.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <m.wisniewska@poczta.example> Quota exceeded
    (mailbox for user is full)

--7C2A51E0394.1765788077/mx2.poczta.example
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [192.0.2.61])
	by mx2.poczta.example (Postfix) with ESMTPS id 7C2A51E0394
	for <m.wisniewska@poczta.example>; Mon, 15 Dec 2025 09:41:16 +0100 (CET)
From: Shop Example - Ochrona danych <privacy@shop.example.be>
To: Magdalena Wiśniewska <m.wisniewska@poczta.example>
Subject: Odp: Moja lista życzeń jest widoczna dla wszystkich?
Date: Mon, 15 Dec 2025 09:41:12 +0100
Message-ID: <priv-2025-12-15-0412@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Szanowna Pani,

dziękujemy za wiadomość z 11 grudnia. Sprawdziliśmy ustawienia Pani list
życzeń: lista „Gwiazdka 2025” była ustawiona jako „publiczna”. Zmieniliśmy
ją na „tylko przez link”, zgodnie z Pani prośbą. Informacje o tym, jakie
dane osobowe przetwarzamy w związku z listami życzeń, przesyłamy w
załączniku do osobnej wiadomości.

Z wyrazami szacunku
Zespół ds. ochrony danych osobowych
Shop Example

--7C2A51E0394.1765788077/mx2.poczta.example--
'''),
    ('pl', 'exchange-ooo-law-firm-christmas-leave', 'automated', (),
'''Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2118.outbound.protection.outlook.com [40.107.105.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dNv2k1Rt6z4wL8
        for <privacy@shop.example.be>; Tue, 23 Dec 2025 10:05:44 +0100 (CET)
Received: from DU0PR02MB9117.eurprd02.prod.outlook.com (2603:10a6:10:3f1::9) by
 AM8PR02MB7350.eurprd02.prod.outlook.com with HTTPS; Tue, 23 Dec 2025 09:05:43 +0000
From: Nowak Agnieszka <agnieszka.nowak@kancelaria-nowak.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?q?Odpowied=C5=BA_automatyczna=3A_Odp=3A_Wniosek_klientki_?=
 =?utf-8?q?o_dost=C4=99p_do_danych_=E2=80=93_lista_prezent=C3=B3w_=C5=9Blu?=
 =?utf-8?q?bnych?=
Thread-Topic: =?utf-8?q?Odp=3A_Wniosek_klientki_o_dost=C4=99p_do_danych_?=
 =?utf-8?q?=E2=80=93_lista_prezent=C3=B3w_=C5=9Blubnych?=
Thread-Index: AQHcc9Kx3bM0vA8u0kS2Q1T7yP9f1bR0zNhA
Date: Tue, 23 Dec 2025 09:05:43 +0000
Message-ID: <5a1f0c2e7b8d4f1a9c33e2d6b0a4f817@DU0PR02MB9117.eurprd02.prod.outlook.com>
In-Reply-To: <priv-2025-12-23-0077@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: agnieszka.nowak@kancelaria-nowak.example
X-MS-Exchange-Organization-AutoResponse: OOF
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_5a1f0c2e7b8d4f1a9c33e2d6b0a4f817DU0PR02MB9117eurprd02_"

--_000_5a1f0c2e7b8d4f1a9c33e2d6b0a4f817DU0PR02MB9117eurprd02_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RHppZcWEIGRvYnJ5LAoKZHppxJlrdWrEmSB6YSB3aWFkb21vxZvEhy4gRG8gMiBzdHljem5pYSAy
MDI2IHIuIHfFgsSFY3puaWUgcHJ6ZWJ5d2FtIG5hIHVybG9waWUgaSBuaWUgbWFtIGRvc3TEmXB1
IGRvIHBvY3p0eS4KClcgc3ByYXdhY2ggcGlsbnljaCwgdyB0eW0gZG90eWN6xIVjeWNoIHduaW9z
a8OzdyBrbGllbnTDs3cgdyBzcHJhd2llIGRhbnljaCBvc29ib3d5Y2ggKFJPRE8pLCBwcm9zesSZ
IGtvbnRha3Rvd2HEhyBzacSZIHogc2VrcmV0YXJpYXRlbTogYml1cm9Aa2FuY2VsYXJpYS1ub3dh
ay5leGFtcGxlLCB0ZWwuICs0OCAyMiA0MTUgMzAgMTIuCgpXaWFkb21vxZtjaSBuaWUgc8SFIHBy
emVrYXp5d2FuZSBkYWxlai4KCldlc2/FgnljaCDFmndpxIV0IGkgd3N6eXN0a2llZ28gZG9icmVn
byB3IE5vd3ltIFJva3UhCgpBZ25pZXN6a2EgTm93YWsKcmFkY2EgcHJhd255CkthbmNlbGFyaWEg
Tm93YWsgaSBXc3DDs2xuaWN5IHNwLmsuCg==

--_000_5a1f0c2e7b8d4f1a9c33e2d6b0a4f817DU0PR02MB9117eurprd02_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IHN0eWxlPSJmb250LWZhbWls
eTpDYWxpYnJpLEFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXplOjExcHQiPjxwPkR6aWXFhCBkb2Jy
eSw8L3A+PHA+ZHppxJlrdWrEmSB6YSB3aWFkb21vxZvEhy4gRG8gMiBzdHljem5pYSAyMDI2IHIu
IHfFgsSFY3puaWUgcHJ6ZWJ5d2FtIG5hIHVybG9waWUgaSBuaWUgbWFtIGRvc3TEmXB1IGRvIHBv
Y3p0eS48L3A+PHA+VyBzcHJhd2FjaCBwaWxueWNoLCB3IHR5bSBkb3R5Y3rEhWN5Y2ggd25pb3Nr
w7N3IGtsaWVudMOzdyB3IHNwcmF3aWUgZGFueWNoIG9zb2Jvd3ljaCAoUk9ETyksIHByb3N6xJkg
a29udGFrdG93YcSHIHNpxJkgeiBzZWtyZXRhcmlhdGVtOiBiaXVyb0BrYW5jZWxhcmlhLW5vd2Fr
LmV4YW1wbGUsIHRlbC4gKzQ4IDIyIDQxNSAzMCAxMi48L3A+PHA+V2lhZG9tb8WbY2kgbmllIHPE
hSBwcnpla2F6eXdhbmUgZGFsZWouPC9wPjxwPldlc2/FgnljaCDFmndpxIV0IGkgd3N6eXN0a2ll
Z28gZG9icmVnbyB3IE5vd3ltIFJva3UhPC9wPjxwPkFnbmllc3prYSBOb3dhazxicj5yYWRjYSBw
cmF3bnk8YnI+S2FuY2VsYXJpYSBOb3dhayBpIFdzcMOzbG5pY3kgc3Auay48L3A+PC9kaXY+PC9i
b2R5PjwvaHRtbD4K

--_000_5a1f0c2e7b8d4f1a9c33e2d6b0a4f817DU0PR02MB9117eurprd02_--
'''),
    ('pl', 'advent-contest-platform-daily-entries-report', 'automated', (),
'''Return-Path: <raporty@konkurshub.example>
Received: from app3.konkurshub.example (app3.konkurshub.example [203.0.113.87])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dMr0p6Zs8z1yD5
        for <privacy@shop.example.be>; Thu, 18 Dec 2025 06:00:11 +0100 (CET)
From: KonkursHub Raporty <raporty@konkurshub.example>
To: privacy@shop.example.be, marketing-be@shop.example.be
Subject: =?utf-8?q?=5BRaport_dzienny=5D_Kalendarz_adwentowy_Shop_Example_2?=
 =?utf-8?q?025_=E2=80=93_dzie=C5=84_17_=2817=2E12=2E2025=29?=
Date: Thu, 18 Dec 2025 05:00:09 +0000
Message-ID: <report-7731-d17-20251218050009@app3.konkurshub.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: KonkursHub Reporter 3.2
X-KH-Campaign: 7731
X-KH-Report: daily
Content-Type: multipart/mixed; boundary="==kh_7731_d17=="

--==kh_7731_d17==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

KonkursHub – raport dzienny
Kampania: Kalendarz adwentowy Shop Example 2025 (ID 7731)
Dzień kampanii: 17 z 24 (środa, 17.12.2025)
Okres raportu: 17.12.2025 00:00 – 23:59 CET

PODSUMOWANIE
  Otwarte okienka (zgłoszenia):           18 402   (+3,1% vs. dzień 16)
  Unikalni uczestnicy:                    16 977
  Nowi uczestnicy:                         1 204
  Zgłoszenia odrzucone (duplikaty/boty):     311
  Nowe zgody marketingowe (e-mail):          988
  Nowe zgody marketingowe (SMS):             402
  Cofnięte zgody:                             57
  Wnioski RODO przekazane do organizatora:     4  (2x usunięcie danych, 1x dostęp, 1x sprzeciw)

NAGRODY DNIA 17 – losowanie 18.12.2025 08:00
  Nagroda główna: bon 100 EUR             zwycięzca: k***a.m***@gmail.com (BE, Gent)
  Nagrody dodatkowe: 10 x zestaw świąteczny  lista w załączniku (dane maskowane)

UWAGI
  - 3 uczestników zgłosiło żądanie usunięcia danych przez formularz kampanii.
    Zgodnie z umową powierzenia przetwarzania danych żądania zostały przekazane
    organizatorowi (Shop Example) i nie zostały jeszcze wykonane.
  - Lista zwycięzców do publikacji (imię + inicjał nazwiska) zostanie wygenerowana
    po zakończeniu kampanii, 27.12.2025.

Pełne dane uczestników są dostępne wyłącznie w panelu organizatora
(https://panel.konkurshub.example/c/7731). Ten raport nie zawiera pełnych
danych osobowych.

--
KonkursHub sp. z o.o. działa jako podmiot przetwarzający na zlecenie
organizatora konkursu. Raport wygenerowany automatycznie – prosimy na niego
nie odpowiadać. Zmiana odbiorców raportów: Panel > Ustawienia > Raporty.

--==kh_7731_d17==
Content-Type: text/csv; charset=utf-8; name="zwyciezcy_dzien17_maskowane.csv"
Content-Disposition: attachment; filename="zwyciezcy_dzien17_maskowane.csv"
Content-Transfer-Encoding: base64

ZGF0YTtkemllbjtuYWdyb2RhO3VjemVzdG5pa19tYXNrb3dhbnk7bWlhc3RvO3N0YXR1c19vZGJp
b3J1CjIwMjUtMTItMTc7MTc7emVzdGF3IHN3aWF0ZWN6bnk7YSoqKmEuayoqKkB3cC5leGFtcGxl
O0FudHdlcnBlbjtvY3pla3VqZQoyMDI1LTEyLTE3OzE3O3plc3RhdyBzd2lhdGVjem55O2oqKipu
LmQqKipAZ21haWwuY29tO0xldXZlbjtvY3pla3VqZQoyMDI1LTEyLTE3OzE3O3plc3RhdyBzd2lh
dGVjem55O20qKiplLnYqKipAdGVsZW5ldC5leGFtcGxlO0JydWdnZTtvY3pla3VqZQoyMDI1LTEy
LTE3OzE3O3plc3RhdyBzd2lhdGVjem55O3AqKipyLnMqKipAb3V0bG9vay5leGFtcGxlO05hbXVy
O29jemVrdWplCjIwMjUtMTItMTc7MTc7emVzdGF3IHN3aWF0ZWN6bnk7cyoqKmUubCoqKkBnbWFp
bC5jb207SGFzc2VsdDtvY3pla3VqZQoyMDI1LTEyLTE3OzE3O3plc3RhdyBzd2lhdGVjem55O3Qq
KipzLncqKipAcHJveGltdXMuZXhhbXBsZTtMaWVnZTtvY3pla3VqZQoyMDI1LTEyLTE3OzE3O3pl
c3RhdyBzd2lhdGVjem55O2UqKiphLmIqKipAc2t5bmV0LmV4YW1wbGU7TW9ucztvY3pla3VqZQoy
MDI1LTEyLTE3OzE3O3plc3RhdyBzd2lhdGVjem55O3IqKip0LmgqKipAZ21haWwuY29tO0FhbHN0
O29jemVrdWplCjIwMjUtMTItMTc7MTc7emVzdGF3IHN3aWF0ZWN6bnk7bioqKmEucCoqKkBob3Rt
YWlsLmNvbTtDaGFybGVyb2k7b2N6ZWt1amUKMjAyNS0xMi0xNzsxNzt6ZXN0YXcgc3dpYXRlY3pu
eTtrKioqbC56KioqQG9uZXQuZXhhbXBsZTtCcnV4ZWxsZXM7b2N6ZWt1amUK

--==kh_7731_d17==--
'''),
    ('pl', 'person-forwards-registry-notice-asks-what-shared', 'access', (),
'''Return-Path: <ola.kaminska88@gmail.com>
Received: from mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dNa8c2Lb5z7mV3
        for <privacy@shop.example.be>; Fri, 19 Dec 2025 21:14:33 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
	h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
	bh=Pq0x7Lm2Vb9Nc4Rt1Ws6Yd8Zf3Gh5Jk0Lm2Np4Qr6=;
	b=Hk3Lm0Nq7Rt2Vw5Xz8Ab1Cd4Ef7Gh0Jk3Lm6Np9Qr2St5Uv8Wx1Yz4Ab7Cd0Ef3Gh6
MIME-Version: 1.0
References: <0102019b2a91c0f3-77d1e0a2-registry-purchase@mail.prezentownik.example>
In-Reply-To: <0102019b2a91c0f3-77d1e0a2-registry-purchase@mail.prezentownik.example>
From: Aleksandra Kamińska <ola.kaminska88@gmail.com>
Date: Fri, 19 Dec 2025 21:14:19 +0100
Message-ID: <CAH7vR2p0xK4mWq9Lb3Zt6Ns1Yd8Fj5Gc2Hv0Ue7Qa4Rb1Xw@mail.gmail.com>
Subject: =?utf-8?q?Fwd=3A_Kto=C5=9B_kupi=C5=82_prezent_z_Twojej_listy_?=
 =?utf-8?q?=E2=80=9EOla_i_Tomek_=E2=80=93_chrzciny_Zosi=E2=80=9D?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

poni=C5=BCej powiadomienie, kt=C3=B3re dosta=C5=82am z Prezentownika. Lista=
 by=C5=82a za=C5=82o=C5=BCona przez Pa=C5=84stwa stron=C4=99 (zak=C5=82adka=
 =E2=80=9EListy prezent=C3=B3w=E2=80=9D), nie bezpo=C5=9Brednio u nich.

Nie rozumiem, sk=C4=85d Prezentownik wie, =C5=BCe kupuj=C4=85ca mieszka w M=
echelen i =C5=BCe zap=C5=82aci=C5=82a kart=C4=85 Shop Example, skoro to u P=
a=C5=84stwa by=C5=82 zakup. Prosz=C4=99 mi napisa=C4=87, jakie moje dane (i=
 mojej c=C3=B3rki, jej imi=C4=99 i data chrzcin s=C4=85 na li=C5=9Bcie) prz=
ekazujecie Prezentownikowi, od kiedy i w jakim celu, i jakie dane o mnie ma=
cie u siebie.

Pozdrawiam
Aleksandra Kami=C5=84ska

---------- Forwarded message ---------
Od: Prezentownik <powiadomienia@prezentownik.example>
Date: pt., 19 gru 2025 o 17:02
Subject: Kto=C5=9B kupi=C5=82 prezent z Twojej listy =E2=80=9EOla i Tomek =
=E2=80=93 chrzciny Zosi=E2=80=9D
To: <ola.kaminska88@gmail.com>


Cze=C5=9B=C4=87 Olu,

dobra wiadomo=C5=9B=C4=87! Kto=C5=9B w=C5=82a=C5=9Bnie kupi=C5=82 prezent z=
 Twojej listy =E2=80=9EOla i Tomek =E2=80=93 chrzciny Zosi=E2=80=9D.

Prezent:        Srebrna =C5=82y=C5=BCeczka z grawerem =E2=80=9EZosia 11.01.=
2026=E2=80=9D
Ilo=C5=9B=C4=87:          1 z 1
Sklep:          Shop Example (sklep internetowy, BE)
Kupuj=C4=85cy:       Beata (Mechelen) =E2=80=93 p=C5=82atno=C5=9B=C4=87: ka=
rta podarunkowa Shop Example
Wiadomo=C5=9B=C4=87:      =E2=80=9EDla Zosi na dobry pocz=C4=85tek =E2=80=
=93 ciocia Beata=E2=80=9D

--
Otrzymujesz t=C4=99 wiadomo=C5=9B=C4=87, poniewa=C5=BC jeste=C5=9B w=C5=82a=
=C5=9Bcicielem listy prezent=C3=B3w w serwisie Prezentownik. Administratore=
m Twoich danych osobowych jest Prezentownik sp. z o.o.
Wypisz si=C4=99: https://prezentownik.example/u/31c0a9e7b2
'''),
    ('cs', 'secret-santa-draw-result-wishlist-of-drawee', 'automated', (),
'''Return-Path: <bounces+2291044-9c1e@em.drawjoy.example>
Received: from o22.em.drawjoy.example (o22.em.drawjoy.example [149.72.130.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dJw6n4Fh0z2tB9
        for <privacy@shop.example.be>; Mon, 01 Dec 2025 19:00:42 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=drawjoy.example;
	h=content-type:from:mime-version:subject:list-unsubscribe:to;
	s=s1; bh=Zr8Vt1Qm6Lp3Nb0Xc5Kd2Wf7Hg9Js4Ay6Ue1Io3Pt8=;
	b=Lm5Nq8Rt1Vw4Xz7Ab0Cd3Ef6Gh9Jk2Lm5Np8Qr1St4Uv7Wx0Yz3Ab6Cd9Ef2Gh5Jk8
From: Secret Santa by Shop Example <santa@drawjoy.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?8J+OhSBMb3NvdsOhbsOtIHByb2LEm2hsbyEgVsOtxaEsIGtvbXUg?=
 =?utf-8?b?bGV0b3MgbmFkxJtsw63FoT8=?=
Date: Mon, 01 Dec 2025 18:00:40 +0000
Message-ID: <Kq2vN8xTSd-w3bL0aZ1Ryg@geopod-ismtpd-14>
MIME-Version: 1.0
List-Unsubscribe: <https://secretsanta.drawjoy.example/o/Qk7Xn2>, <mailto:unsub-Qk7Xn2@drawjoy.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-SG-EID: u001.Wq0tLm8vQ2Rn5Xk3Zp9Bv1Nc7Yd4Fh6Gj0Ks2Mt5Pw8Rx1Uz3
X-Entity-ID: u001.9cT1bH4mK0pL2nQ7
Content-Type: multipart/alternative; boundary="a3f09c1d7e2b44e6b0c58f21d9e7a6b4"

--a3f09c1d7e2b44e6b0c58f21d9e7a6b4
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8

Ahoj Jakube,

losov=C3=A1n=C3=AD ve skupin=C4=9B =E2=80=9EV=C3=A1noce u H=C3=A1jk=C5=AF 2=
025=E2=80=9C pr=C3=A1v=C4=9B prob=C4=9Bhlo!

Letos nad=C4=9Bl=C3=AD=C5=A1 d=C3=A1rek: Mark=C3=A9t=C4=9B H.
Limit na d=C3=A1rek: 30 EUR
P=C5=99ed=C3=A1n=C3=AD d=C3=A1rk=C5=AF: 24. 12. 2025 u babi=C4=8Dky v Heren=
tu

Mark=C3=A9tin seznam p=C5=99=C3=A1n=C3=AD:
  1. Termohrnek (ne r=C5=AF=C5=BEov=C3=BD!)
  2. Kniha =E2=80=9ET=C5=99i kamar=C3=A1di=E2=80=9C od Remarqua
  3. Cokoli s ovcemi

Mark=C3=A9ta si p=C5=99eje d=C3=A1rek p=C5=99edat osobn=C4=9B, adresu tedy =
nepot=C5=99ebuje=C5=A1.

Pamatuj: o tom, koho sis vylosoval, nikomu ne=C5=99=C3=ADkej. Ani organiz=
=C3=A1torka skupiny
(Jana H.) nevid=C3=AD, kdo koho obdarov=C3=A1v=C3=A1.

Zobrazit skupinu: https://secretsanta.drawjoy.example/g/hajkovi-2025

--
Tento e-mail ti poslal n=C3=A1stroj Secret Santa by Shop Example, kter=C3=
=BD provozuje
DrawJoy s.r.o. ve spolupr=C3=A1ci se Shop Example NV. Tv=C3=A9 osobn=C3=AD =
=C3=BAdaje (jm=C3=A9no,
e-mail, seznam p=C5=99=C3=A1n=C3=AD a p=C5=99=C3=ADpadn=C4=9B adresu pro do=
ru=C4=8Den=C3=AD) zpracov=C3=A1v=C3=A1me jen za =C3=BA=C4=8Delem
losov=C3=A1n=C3=AD a p=C5=99ed=C3=A1n=C3=AD d=C3=A1rk=C5=AF a sma=C5=BEeme =
je 60 dn=C3=AD po datu p=C5=99ed=C3=A1n=C3=AD, pokud si je
nesma=C5=BEe=C5=A1 d=C5=99=C3=ADv. Informace o zpracov=C3=A1n=C3=AD osobn=
=C3=ADch =C3=BAdaj=C5=AF a tv=C3=BDch pr=C3=A1vech podle
GDPR: https://secretsanta.drawjoy.example/soukromi
Nechce=C5=A1 dost=C3=A1vat e-maily ze skupiny? Odhl=C3=A1sit se:
https://secretsanta.drawjoy.example/o/Qk7Xn2

--a3f09c1d7e2b44e6b0c58f21d9e7a6b4
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8

<html><body style=3D"font-family:Helvetica,Arial,sans-serif;background:#0f3=
d2e;padding:20px">
<div style=3D"max-width:560px;margin:auto;background:#fff;border-radius:10p=
x;padding:28px">
<p style=3D"font-size:28px;margin:0">&#127877; Losov=C3=A1n=C3=AD prob=C4=
=9Bhlo!</p>
<p>Ahoj Jakube,<br>ve skupin=C4=9B <b>=E2=80=9EV=C3=A1noce u H=C3=A1jk=C5=
=AF 2025=E2=80=9C</b> letos nad=C4=9Bl=C3=AD=C5=A1 d=C3=A1rek:</p>
<p style=3D"font-size:24px;color:#b22222"><b>Mark=C3=A9t=C4=9B H.</b></p>
<p>Limit: 30 EUR &middot; P=C5=99ed=C3=A1n=C3=AD: 24. 12. 2025</p>
<h3>Mark=C3=A9tin seznam p=C5=99=C3=A1n=C3=AD</h3>
<ol><li>Termohrnek (ne r=C5=AF=C5=BEov=C3=BD!)</li><li>Kniha =E2=80=9ET=C5=
=99i kamar=C3=A1di=E2=80=9C od Remarqua</li><li>Cokoli s ovcemi</li></ol>
<p><a href=3D"https://secretsanta.drawjoy.example/g/hajkovi-2025">Zobrazit =
skupinu</a></p>
<p style=3D"font-size:11px;color:#777">N=C3=A1stroj Secret Santa by Shop Ex=
ample provozuje DrawJoy s.r.o. ve spolupr=C3=A1ci se Shop Example NV.
Osobn=C3=AD =C3=BAdaje sma=C5=BEeme 60 dn=C3=AD po datu p=C5=99ed=C3=A1n=C3=
=AD. <a href=3D"https://secretsanta.drawjoy.example/soukromi">Ochrana osobn=
=C3=ADch =C3=BAdaj=C5=AF (GDPR)</a> &middot;
<a href=3D"https://secretsanta.drawjoy.example/o/Qk7Xn2">Odhl=C3=A1sit se</=
a></p>
</div></body></html>

--a3f09c1d7e2b44e6b0c58f21d9e7a6b4--
'''),
    ('cs', 'exim-bounce-reply-on-gift-card-data', 'automated', (),
'''Return-path: <>
Envelope-to: privacy@shop.example.be
Received: from mail.hostcz.example ([185.64.219.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dKp9r0Xj3z8wQ2
        for <privacy@shop.example.be>; Wed, 10 Dec 2025 14:27:51 +0100 (CET)
Received: from Debian-exim by mail.hostcz.example with local (Exim 4.96)
	id 1vTnXk-0007Qh-2B
	for privacy@shop.example.be; Wed, 10 Dec 2025 14:27:50 +0100
X-Failed-Recipients: pavla.kralova@email-cz.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.hostcz.example>
To: privacy@shop.example.be
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vTnXk-0007Qh-2B@mail.hostcz.example>
Date: Wed, 10 Dec 2025 14:27:50 +0100

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  pavla.kralova@email-cz.example
    host mx1.email-cz.example [185.64.219.70]
    SMTP error from remote mail server after RCPT TO:<pavla.kralova@email-cz.example>:
    550 5.1.1 <pavla.kralova@email-cz.example>: Recipient address rejected: User unknown in virtual mailbox table

------ This is a copy of the message, including all the headers. ------

Return-path: <privacy@shop.example.be>
Received: from out1.shop.example.be ([192.0.2.61])
	by mail.hostcz.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1vTnXk-0007Qf-1w
	for pavla.kralova@email-cz.example; Wed, 10 Dec 2025 14:27:50 +0100
From: Shop Example - ochrana osobních údajů <privacy@shop.example.be>
To: Pavla Králová <pavla.kralova@email-cz.example>
Subject: Re: Dárková karta pro mou dceru - kdo vidí moje údaje?
Date: Wed, 10 Dec 2025 14:27:46 +0100
Message-ID: <priv-2025-12-10-0231@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Vážená paní Králová,

děkujeme za Váš dotaz ze 4. prosince. Při nákupu elektronické dárkové karty
pro jinou osobu zpracováváme jméno a e-mailovou adresu obdarovaného pouze
za účelem doručení karty. Obdarovaný nevidí Vaše platební údaje ani historii
Vašich nákupů; vidí pouze Vaše jméno a vzkaz, pokud jste jej k dárkové kartě
připojila.

Abychom Vám mohli poskytnout kopii Vašich osobních údajů, potřebujeme
ověřit Vaši totožnost. Postupujte prosím podle odkazu v následujícím e-mailu.

S pozdravem
Tým ochrany osobních údajů
Shop Example
'''),
    ('cs', 'carrier-gift-parcel-tracking-christmas-peak', 'automated', (),
'''Return-Path: <notify@packetgo.example>
Received: from smtp-out4.packetgo.example (smtp-out4.packetgo.example [194.228.11.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dLh3w8Nn1z5kT7
        for <privacy@shop.example.be>; Mon, 15 Dec 2025 16:43:20 +0100 (CET)
From: PacketGo <notify@packetgo.example>
Reply-To: PacketGo zákaznická podpora <podpora@packetgo.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Va=C5=A1e_z=C3=A1silka_s_d=C3=A1rkem_je_na_cest=C4=9B_?=
 =?utf-8?q?=7C_PG_4471_0928_355?=
Date: Mon, 15 Dec 2025 16:43:18 +0100
Message-ID: <trk.PG44710928355.1765813398@notify.packetgo.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
Feedback-ID: tracking:packetgo:cz
X-PacketGo-Event: ACCEPTED
Content-Type: multipart/alternative; boundary="----=_Part_88213_1096584311.1765813398120"

------=_Part_88213_1096584311.1765813398120
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

z=C3=A1silka =C4=8D. PG 4471 0928 355 od odes=C3=ADlatele Shop Example je n=
a cest=C4=9B k v=C3=A1m.

Stav:                  P=C5=99evzato k p=C5=99eprav=C4=9B (15. 12. 2025, 16=
:42, Brusel)
P=C5=99edpokl=C3=A1dan=C3=A9 doru=C4=8Den=C3=AD: 18.=E2=80=9319. 12. 2025
Doru=C4=8Den=C3=AD na:           V=C3=BD*********** 12, 1030 Schaerbeek
Obsah:                 d=C3=A1rkov=C3=A1 z=C3=A1silka =E2=80=93 cena se na =
dodac=C3=ADm listu neuv=C3=A1d=C3=AD

Sledovat z=C3=A1silku: https://track.packetgo.example/PG44710928355

=E2=9A=A0 V=C3=81NO=C4=8CN=C3=8D =C5=A0PI=C4=8CKA
V obdob=C3=AD od 1. do 24. prosince p=C5=99epravujeme a=C5=BE trojn=C3=A1so=
bn=C3=A9 mno=C5=BEstv=C3=AD z=C3=A1silek.
Doru=C4=8Den=C3=AD se m=C5=AF=C5=BEe zpozdit o 1=E2=80=932 pracovn=C3=AD dn=
y. Z=C3=A1silky podan=C3=A9 po 19. 12. po
12:00 nemus=C3=AD b=C3=BDt doru=C4=8Deny do V=C3=A1noc. D=C4=9Bkujeme za tr=
p=C4=9Blivost.

Zm=C4=9Bna term=C3=ADnu nebo v=C3=BDdejn=C3=ADho m=C3=ADsta: https://track.=
packetgo.example/zmena

--
Tuto zpr=C3=A1vu jste obdr=C5=BEeli, proto=C5=BEe v=C3=A1s odes=C3=ADlatel =
uvedl jako p=C5=99=C3=ADjemce z=C3=A1silky.
Va=C5=A1e osobn=C3=AD =C3=BAdaje (jm=C3=A9no, adresu, telefon a e-mail) n=
=C3=A1m p=C5=99edal odes=C3=ADlatel
Shop Example v=C3=BDhradn=C4=9B za =C3=BA=C4=8Delem doru=C4=8Den=C3=AD. Nep=
ou=C5=BE=C3=ADv=C3=A1me je pro marketing a po
90 dnech od doru=C4=8Den=C3=AD je ma=C5=BEeme. V=C3=ADce o zpracov=C3=A1n=
=C3=AD osobn=C3=ADch =C3=BAdaj=C5=AF (GDPR):
https://packetgo.example/gdpr
Jde o servisn=C3=AD zpr=C3=A1vu, odhl=C3=A1=C5=A1en=C3=AD proto nen=C3=AD m=
o=C5=BEn=C3=A9.

------=_Part_88213_1096584311.1765813398120
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PHRhYmxlIHdpZHRoPSc2MDAnIHN0eWxlPSdmb250LWZhbWlseTpBcmlhbCc+
PHRyPjx0ZD48aDI+VmHFoWUgesOhc2lsa2EgcyBkw6Fya2VtIGplIG5hIGNlc3TEmzwvaDI+PHA+
WsOhc2lsa2EgxI0uIDxiPlBHIDQ0NzEgMDkyOCAzNTU8L2I+IG9kIG9kZXPDrWxhdGVsZSBTaG9w
IEV4YW1wbGUuPC9wPjxwPlDFmWVkcG9rbMOhZGFuw6kgZG9ydcSNZW7DrTogPGI+MTgu4oCTMTku
IDEyLiAyMDI1PC9iPjwvcD48cD48YSBocmVmPSdodHRwczovL3RyYWNrLnBhY2tldGdvLmV4YW1w
bGUvUEc0NDcxMDkyODM1NSc+U2xlZG92YXQgesOhc2lsa3U8L2E+PC9wPjxkaXYgc3R5bGU9J2Jh
Y2tncm91bmQ6I2ZmZjNjZDtwYWRkaW5nOjEycHgnPjxiPlbDoW5vxI1uw60gxaFwacSNa2E6PC9i
PiBkb3J1xI1lbsOtIHNlIG3Fr8W+ZSB6cG96ZGl0IG8gMeKAkzIgcHJhY292bsOtIGRueS48L2Rp
dj48cCBzdHlsZT0nZm9udC1zaXplOjExcHg7Y29sb3I6IzY2Nic+VmHFoWUgb3NvYm7DrSDDumRh
amUgbsOhbSBwxZllZGFsIG9kZXPDrWxhdGVsIFNob3AgRXhhbXBsZSB2w71ocmFkbsSbIHphIMO6
xI1lbGVtIGRvcnXEjWVuw60uIFBvIDkwIGRuZWNoIG9kIGRvcnXEjWVuw60gamUgbWHFvmVtZS4g
PGEgaHJlZj0naHR0cHM6Ly9wYWNrZXRnby5leGFtcGxlL2dkcHInPkdEUFI8L2E+PC9wPjwvdGQ+
PC90cj48L3RhYmxlPjwvYm9keT48L2h0bWw+

------=_Part_88213_1096584311.1765813398120--
'''),
    ('cs', 'person-replies-santa-reminder-wants-out', 'deletion', (),
'''Return-Path: <pavel.svoboda@centrum.example>
Received: from mx.centrum.example (mx.centrum.example [46.255.227.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dMx5t2Pk7z0hW4
        for <privacy@shop.example.be>; Sat, 20 Dec 2025 08:51:09 +0100 (CET)
Message-ID: <6c2d1f0a-93b7-4e58-a1c4-0fe27b9d3a15@centrum.example>
Date: Sat, 20 Dec 2025 08:51:02 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?utf-8?b?UmU6IFDFmWlwb23DrW5rYTogZG8gcMWZZWTDoW7DrSBkw6Fya8Wv?=
 =?utf-8?b?IHpiw712YWrDrSA0IGRueSDij7A=?=
To: privacy@shop.example.be
References: <Rm8vA1xQZe-k2pL7cY3Tfw@geopod-ismtpd-9>
In-Reply-To: <Rm8vA1xQZe-k2pL7cY3Tfw@geopod-ismtpd-9>
From: Pavel Svoboda <pavel.svoboda@centrum.example>
Content-Language: cs
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dobrý den,

tohle mi chodí každý druhý den, přestože jsem ze skupiny „Firma Brabant 
Logistics – Secret Santa“ vystoupil už v listopadu (změnil jsem práci). 
Na odkaz „Odhlásit se“ jsem klikal dvakrát, nepomohlo.

Smažte mě prosím z toho vašeho nástroje úplně – účet, adresu, seznam 
přání, všechno. Odpověď stačí krátká.

Díky
Pavel Svoboda

Dne 20. 12. 2025 v 7:00 Secret Santa by Shop Example napsal(a):
> Ahoj Pavle,
>
> do předání dárků ve skupině „Firma Brabant Logistics – Secret Santa“
> zbývají už jen 4 dny (předání: 23. 12. 2025, kantýna, 15:00).
>
> Máš už dárek pro Evu K.? Připomínáme její seznam přání:
>   - dobrá čokoláda (hořká)
>   - ponožky s vánočním motivem
>
> Dárek jsi ještě neoznačil jako koupený. Označit: 
> https://secretsanta.drawjoy.example/g/brabant-2025/koupeno
>
> --
> Nástroj Secret Santa by Shop Example provozuje DrawJoy s.r.o. ve 
> spolupráci se Shop Example NV. Ochrana osobních údajů (GDPR): 
> https://secretsanta.drawjoy.example/soukromi
> Odhlásit se: https://secretsanta.drawjoy.example/o/Tz4Pm9
'''),
    ('hr', 'ecard-service-christmas-card-received', 'automated', (),
'''Return-Path: <noreply@cestitkanet.example>
Received: from web2.cestitkanet.example (web2.cestitkanet.example [89.201.164.12])
        by mx1.shop.example.be (Postfix) with ESMTP id 4dNc0f5Rq9z3pX6
        for <privacy@shop.example.be>; Wed, 24 Dec 2025 11:17:33 +0100 (CET)
From: ČestitkaNet <noreply@cestitkanet.example>
Sender: noreply@cestitkanet.example
Reply-To: noreply@cestitkanet.example
To: privacy@shop.example.be
Subject: =?utf-8?b?SmVsZW5hIFRvbWnEhyB2YW0gamUgcG9zbGFsYSBlLcSNZXN0aXRr?=
 =?utf-8?b?dSDwn46E?=
Date: Wed, 24 Dec 2025 11:17:31 +0100
Message-ID: <20251224101731.8XK2PQ71ZL4M@cestitkanet.example>
X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Pozdrav!

Jelena Tomić poslala vam je božićnu e-čestitku.

„Sretan Božić i sve najbolje u Novoj godini! Vidimo se u siječnju. J.“

Otvorite čestitku: https://cestitkanet.example/c/8XK2-PQ71-ZL4M
Čestitka će biti dostupna 30 dana, do 23. 1. 2026.

--
Vašu e-adresu unijela je pošiljateljica kako bi vam poslala ovu čestitku.
Vaše osobne podatke ne koristimo u marketinške svrhe i ne prosljeđujemo ih
trećim stranama. E-adresa primatelja automatski se briše 30 dana nakon
isteka čestitke. Više o zaštiti osobnih podataka (GDPR):
https://cestitkanet.example/privatnost
Ne želite više primati čestitke putem naše usluge? Blokirajte svoju adresu:
https://cestitkanet.example/blokiraj?e=cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU
'''),
    ('hr', 'qmail-bounce-deletion-confirmation-advent', 'automated', (),
'''Return-Path: <>
Received: from mail.hi-net.example (mail.hi-net.example [195.29.150.81])
        by mx1.shop.example.be (Postfix) with SMTP id 4dK3t0Lp8z6vC1
        for <privacy@shop.example.be>; Thu, 04 Dec 2025 15:02:27 +0100 (CET)
Received: (qmail 28841 invoked for bounce); 4 Dec 2025 14:02:26 -0000
Date: 4 Dec 2025 14:02:26 -0000
From: MAILER-DAEMON@mail.hi-net.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <qmail-bounce.28841.1764856946@mail.hi-net.example>

Hi. This is the qmail-send program at mail.hi-net.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ivan.kovacic@hi-net.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28837 invoked from network); 4 Dec 2025 14:02:26 -0000
Received: from out1.shop.example.be (192.0.2.61)
  by mail.hi-net.example with SMTP; 4 Dec 2025 14:02:26 -0000
From: Shop Example - zaštita podataka <privacy@shop.example.be>
To: Ivan Kovačić <ivan.kovacic@hi-net.example>
Subject: Re: Nagradna igra Adventski kalendar - brisanje podataka
Date: Thu, 04 Dec 2025 15:02:21 +0100
Message-ID: <priv-2025-12-04-0188@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani gospodine Kovačiću,

potvrđujemo da smo Vaše sudjelovanje u nagradnoj igri „Adventski kalendar“
prekinuli i izbrisali Vaše osobne podatke povezane s igrom (prijave,
e-adresu i broj mobitela). Vaš korisnički račun i kartica vjernosti nisu
obuhvaćeni ovim brisanjem, kao što ste zatražili.

Srdačan pozdrav,
Tim za zaštitu osobnih podataka
Shop Example
'''),
    ('hr', 'zimbra-vacation-reply-municipal-office', 'automated', (),
'''Return-Path: <mirela.juric@grad-opcina.example>
Received: from zimbra.grad-opcina.example (zimbra.grad-opcina.example [213.147.103.8])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dNy1h7Wm3z2rG5
        for <privacy@shop.example.be>; Mon, 29 Dec 2025 09:12:40 +0100 (CET)
Date: Mon, 29 Dec 2025 09:12:39 +0100 (CET)
From: Mirela Jurić <mirela.juric@grad-opcina.example>
To: privacy@shop.example.be
Message-ID: <1804422713.6621.1766995959204.JavaMail.zimbra@grad-opcina.example>
In-Reply-To: <priv-2025-12-29-0012@shop.example.be>
Subject: =?utf-8?q?Re=3A_Va=C5=A1_zahtjev_za_ispravak_podataka_=28poklon-b?=
 =?utf-8?q?on=29?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.6_GA_4618 (zclient/10.0.6_GA_4618)

Poštovani,

od 22. prosinca 2025. do 6. siječnja 2026. na godišnjem sam odmoru, bez
pristupa e-pošti. Vaša poruka neće biti proslijeđena.

U hitnim slučajevima obratite se pisarnici: pisarnica@grad-opcina.example
ili na 01 4585 100.

Sretan Božić i uspješnu Novu godinu!

Mirela Jurić
'''),
    ('hr', 'person-pastes-gift-card-notice-wrong-email-in-profile', 'correction', (),
'''Return-Path: <maja.kovac@net.example>
Received: from smtp.net.example (smtp.net.example [193.198.184.30])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dMf8k1Vc2z6nJ0
        for <privacy@shop.example.be>; Fri, 19 Dec 2025 13:33:56 +0100 (CET)
From: "maja.kovac@net.example" <maja.kovac@net.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?FW=3A_Va=C5=A1a_poklon-kartica_je_uspje=C5=A1no_poslana?=
Date: Fri, 19 Dec 2025 13:33:50 +0100
Message-ID: <000b01dc70e5$8a2c1f30$9e845d90$@net.example>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQGk4e7R0xZ2b3w1Pq8nTfYc9kLmOA==
Content-Language: hr
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dobar dan,

dobila sam ovu dolje obavijest i tek sad vidim da je poklon-kartica za moju
sestru otišla na MOJU adresu s greškom, "maja.kovac@gmial.com" - ta adresa
stoji u mom profilu kod vas i ne znam kako je tamo dospjela (vjerojatno sam
se sama zatipkala kod registracije). Račun i sve ostalo mi stiže na ovu
adresu jer sam je upisala kod narudžbe, a kartica je išla na onu iz profila.

Molim vas da mi u profilu ispravite e-adresu u maja.kovac@net.example.
Ako je moguće, pošaljite karticu ponovno, kod kartice još nije iskorišten.

Hvala,
Maja Kovač

From: Shop Example Poklon-kartice <giftcards@shop.example.be>
Sent: petak, 19. prosinca 2025. 10:02
To: maja.kovac@gmial.com
Subject: Vaša poklon-kartica je uspješno poslana

Poštovana Maja,

Vaša e-poklon-kartica u iznosu od 50,00 EUR uspješno je poslana.

Primatelj:        Lucija K.
E-adresa kopije:  maja.kovac@gmial.com
Poruka:           "Sretan Božić, sestro! Kupi si nešto lijepo."
Vrijedi do:       19. 12. 2026.
Broj narudžbe:    GC-25-771904

Ovo je automatska poruka, molimo ne odgovarajte na nju.
'''),
    ('sv', 'gift-card-issuer-delivered-to-recipient', 'automated', (),
'''Return-Path: <0100019b4f2e7c1a-d2e9b0c4-7a31-4f0e-9b8d-5c6e1f2a3b4d-000000@mail.giftpay.example>
Received: from a27-34.smtp-out.eu-north-1.amazonses.example (a27-34.smtp-out.eu-north-1.amazonses.example [54.240.27.34])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dNd4b9Gt0z1sK3
        for <privacy@shop.example.be>; Wed, 24 Dec 2025 07:00:19 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=gp2023; d=giftpay.example; t=1766556017;
	h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;
	bh=Vb7Nm2Qx4Lt9Rc1Kp6Wz0Hd8Fj3Gs5Ya2Ue7Io4Pt1=;
	b=Gh4Jk7Lm0Nq3Rt6Vw9Xz2Ab5Cd8Ef1Gh4Jk7Lm0Nq3Rt6Vw9Xz2Ab5Cd8Ef1Gh4Jk7Lm0
From: GiftPay Presentkort <noreply@giftpay.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Ditt_presentkort_har_levererats_till_Ol**_Ber*****?=
Date: Wed, 24 Dec 2025 06:00:17 +0000
Message-ID: <0100019b4f2e7c1a-d2e9b0c4-7a31-4f0e-9b8d-5c6e1f2a3b4d-000000@eu-north-1.amazonses.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Feedback-ID: 1.eu-north-1.Qn7LpX2vR0tK9bY4mZ8cWd5Fh3Gj6Ns1Ua0Ie2Oo7Pw=:AmazonSES
X-SES-Outgoing: 2025.12.24-54.240.27.34
X-GiftPay-Template: gc_delivered_buyer_sv
Content-Type: multipart/alternative; boundary="----=_Part_402117_55918844.1766556017730"

------=_Part_402117_55918844.1766556017730
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hej Ingrid,

ditt digitala presentkort har nu levererats till mottagaren.

Presentkort:     Shop Example e-presentkort
Belopp:          75,00 EUR
Mottagare:       Ol** Ber*****
Levererat till:  o***.b*****@gmail.com
Levererat:       2025-12-24 07:00 (schemalagt av dig)
H=C3=A4lsning:        =E2=80=9DGod jul, Olle! Kram fr=C3=A5n mormor=E2=80=
=9D
Giltigt t.o.m.:  2026-12-24
Ordernummer:     GP-SE-25-0094187

Mottagaren har inte =C3=B6ppnat presentkortet =C3=A4nnu. Du f=C3=A5r ett ny=
tt meddelande
n=C3=A4r det har =C3=B6ppnats.

Kvitto och villkor: https://giftpay.example/k/GP-SE-25-0094187

--
Presentkortet utf=C3=A4rdas av GiftPay Nordic AB p=C3=A5 uppdrag av Shop Ex=
ample NV.
GiftPay Nordic AB =C3=A4r personuppgiftsansvarig f=C3=B6r behandlingen av d=
ina och
mottagarens personuppgifter i samband med presentkortet. Mottagarens
e-postadress anv=C3=A4nds enbart f=C3=B6r att leverera presentkortet och ra=
deras
90 dagar efter att kortet har f=C3=B6rbrukats eller g=C3=A5tt ut. Du har r=
=C3=A4tt att
beg=C3=A4ra tillg=C3=A5ng, r=C3=A4ttelse eller radering enligt GDPR, se
https://giftpay.example/integritet
Detta =C3=A4r ett automatiskt meddelande och kan inte besvaras.

------=_Part_402117_55918844.1766556017730
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PCFkb2N0eXBlIGh0bWw+PGh0bWwgbGFuZz0ic3YiPjxib2R5IHN0eWxlPSJmb250LWZhbWlseTpB
cmlhbCxIZWx2ZXRpY2Esc2Fucy1zZXJpZjtjb2xvcjojMWQxZDFiIj4KPHRhYmxlIHdpZHRoPSIx
MDAlIiBjZWxscGFkZGluZz0iMCIgY2VsbHNwYWNpbmc9IjAiPjx0cj48dGQgYWxpZ249ImNlbnRl
ciIgc3R5bGU9InBhZGRpbmc6MjBweCI+Cjx0YWJsZSB3aWR0aD0iNTYwIiBjZWxscGFkZGluZz0i
MCIgY2VsbHNwYWNpbmc9IjAiIHN0eWxlPSJib3JkZXI6MXB4IHNvbGlkICNlNGU0ZTQiPgo8dHI+
PHRkIHN0eWxlPSJiYWNrZ3JvdW5kOiMxZDM1NTc7Y29sb3I6I2ZmZjtwYWRkaW5nOjE4cHggMjRw
eDtmb250LXNpemU6MjBweCI+R2lmdFBheSAmbWlkZG90OyBQcmVzZW50a29ydCBsZXZlcmVyYXQ8
L3RkPjwvdHI+Cjx0cj48dGQgc3R5bGU9InBhZGRpbmc6MjRweCI+CjxwPkhlaiBJbmdyaWQsPC9w
PjxwPmRpdHQgZGlnaXRhbGEgcHJlc2VudGtvcnQgcMOlIDxiPjc1LDAwIEVVUjwvYj4gaGFyIGxl
dmVyZXJhdHMgdGlsbCA8Yj5PbCoqIEJlcioqKioqPC9iPi48L3A+CjxwPkjDpGxzbmluZzogPGk+
4oCdR29kIGp1bCwgT2xsZSEgS3JhbSBmcsOlbiBtb3Jtb3LigJ08L2k+PC9wPgo8cD5HaWx0aWd0
IHQuby5tLiAyMDI2LTEyLTI0ICZtaWRkb3Q7IE9yZGVyIEdQLVNFLTI1LTAwOTQxODc8L3A+Cjxw
PjxhIGhyZWY9Imh0dHBzOi8vZ2lmdHBheS5leGFtcGxlL2svR1AtU0UtMjUtMDA5NDE4NyI+Vmlz
YSBrdml0dG88L2E+PC9wPgo8L3RkPjwvdHI+Cjx0cj48dGQgc3R5bGU9InBhZGRpbmc6MTZweCAy
NHB4O2ZvbnQtc2l6ZToxMXB4O2NvbG9yOiM2YjZiNmIiPkdpZnRQYXkgTm9yZGljIEFCIMOkciBw
ZXJzb251cHBnaWZ0c2Fuc3ZhcmlnIGbDtnIgZGluYSBvY2ggbW90dGFnYXJlbnMgcGVyc29udXBw
Z2lmdGVyLgpNb3R0YWdhcmVucyBlLXBvc3RhZHJlc3MgcmFkZXJhcyA5MCBkYWdhciBlZnRlciBh
dHQga29ydGV0IGbDtnJicnVrYXRzLiA8YSBocmVmPSJodHRwczovL2dpZnRwYXkuZXhhbXBsZS9p
bnRlZ3JpdGV0Ij5JbnRlZ3JpdGV0c3BvbGljeSAoR0RQUik8L2E+PC90ZD48L3RyPgo8L3RhYmxl
PjwvdGQ+PC90cj48L3RhYmxlPjwvYm9keT48L2h0bWw+Cg==

------=_Part_402117_55918844.1766556017730--
'''),
    ('sv', 'gmail-bounce-swedish-deletion-verification', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dPg2z6Kx4z7dN9
        for <privacy@shop.example.be>; Fri, 09 Jan 2026 11:26:03 +0100 (CET)
Received: by mail-sor-f69.google.com with SMTP id 41be03b00d2f7-2b9e7c1a0f1so4417712a12.118
        for <privacy@shop.example.be>; Fri, 09 Jan 2026 02:26:02 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <priv-2026-01-09-0140@shop.example.be>
In-Reply-To: <priv-2026-01-09-0140@shop.example.be>
X-Failed-Recipients: jonas.berg.88@gmail.com
Message-ID: <65e3a1b2.170a0220.3c8f1.9d24.GMR@mx.google.com>
Date: Fri, 09 Jan 2026 02:26:02 -0800 (PST)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000f1a2b3062b7c9e10"; report-type=delivery-status

--000000000000f1a2b3062b7c9e10
Content-Type: multipart/related; boundary="000000000000f1a8c4062b7c9e22"

--000000000000f1a8c4062b7c9e22
Content-Type: multipart/alternative; boundary="000000000000f1a8c5062b7c9e23"

--000000000000f1a8c5062b7c9e23
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

** Adressen hittades inte **

Ditt meddelande levererades inte till jonas.berg.88@gmail.com eftersom adre=
ssen inte hittades eller inte kan ta emot e-post.

L=C3=A4s mer p=C3=A5 https://support.google.com/mail/?p=3DNoSuchUser

Svaret var:

The email account that you tried to reach does not exist. Please try double=
-checking the recipient's email address for typos or unnecessary spaces. Fo=
r more information, go to https://support.google.com/mail/?p=3DNoSuchUser 4=
1be03b00d2f7-2b9e7c1a0f1si4417712a12.118 - gsmtp

--000000000000f1a8c5062b7c9e23
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><table cellpadding=3D"0" cellspacing=3D"0" class=
=3D"email-wrapper" style=3D"padding-top:32px;background-color:#ffffff"><tbo=
dy><tr><td><table cellpadding=3D"0" cellspacing=3D"0"><tbody><tr><td style=
=3D"max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:=
1px solid #e0e0e0;border-radius:2px"><img style=3D"padding:0 24px 16px 0;fl=
oat:left" width=3D"72" height=3D"72" alt=3D"Felikon" src=3D"cid:icon.png"><=
table style=3D"min-width:272px;padding-top:8px"><tbody><tr><td><h2 style=3D=
"font-size:20px;color:#212121;font-weight:bold;margin:0">Adressen hittades =
inte</h2></td></tr><tr><td style=3D"padding-top:20px;color:#757575;font-siz=
e:16px;font-weight:normal;text-align:left">Ditt meddelande levererades inte=
 till <a style=3D"color:#212121;text-decoration:none"><b>jonas.berg.88@gmai=
l.com</b></a> eftersom adressen inte hittades eller inte kan ta emot e-post=
.</td></tr><tr><td style=3D"padding-top:24px;color:#4285F4;font-size:14px;f=
ont-weight:bold;text-align:left"><a style=3D"text-decoration:none" href=3D"=
https://support.google.com/mail/?p=3DNoSuchUser">L=C3=84S MER</a></td></tr>=
</tbody></table></td></tr></tbody></table></td></tr><tr style=3D"border:non=
e;background-color:#fff;font-size:12.8px;width:90%"><td align=3D"left" styl=
e=3D"padding:48px 10px">Svaret var:<p style=3D"font-family:monospace">The e=
mail account that you tried to reach does not exist. Please try double-chec=
king the recipient&#39;s email address for typos or unnecessary spaces. For=
 more information, go to https://support.google.com/mail/?p=3DNoSuchUser 41=
be03b00d2f7-2b9e7c1a0f1si4417712a12.118 - gsmtp</p></td></tr></tbody></tabl=
e></body></html>

--000000000000f1a8c5062b7c9e23--
--000000000000f1a8c4062b7c9e22
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==
--000000000000f1a8c4062b7c9e22--
--000000000000f1a2b3062b7c9e10
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; out1.shop.example.be
Arrival-Date: Fri, 09 Jan 2026 02:26:01 -0800 (PST)
X-Original-Message-ID: <priv-2026-01-09-0140@shop.example.be>

Final-Recipient: rfc822; jonas.berg.88@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. 41be03b00d2f7-2b9e7c1a0f1si4417712a12.118 - gsmtp
Last-Attempt-Date: Fri, 09 Jan 2026 02:26:02 -0800 (PST)

--000000000000f1a2b3062b7c9e10
Content-Type: message/rfc822

From: Shop Example Dataskydd <privacy@shop.example.be>
To: Jonas Berg <jonas.berg.88@gmail.com>
Subject: =?utf-8?q?Sv=3A_radera_=E2=80=93_bekr=C3=A4fta_din_identitet?=
Date: Fri, 09 Jan 2026 11:25:58 +0100
Message-ID: <priv-2026-01-09-0140@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej Jonas,

tack för ditt meddelande. Innan vi raderar din önskelista och ditt konto
behöver vi bekräfta att begäran kommer från kontots ägare. Klicka på
länken nedan inom 14 dagar för att bekräfta raderingen:

https://www.shop.example.be/privacy/verify/7f3a9c1e

Med vänliga hälsningar
Dataskyddsteamet, Shop Example

--000000000000f1a2b3062b7c9e10--
'''),
    ('sv', 'outlook-autoreply-christmas-leave-housing-board', 'automated', (),
'''Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dNq7m3Bt8z5hZ2
        for <privacy@shop.example.be>; Sat, 27 Dec 2025 14:48:02 +0100 (CET)
From: Helena Wikström <helena.wikstrom@outlook.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Automatiskt_svar=3A_Din_beg=C3=A4ran_om_registerutdrag_?=
 =?utf-8?q?=E2=80=93_=C3=B6nskelistor?=
Thread-Topic: =?utf-8?q?Din_beg=C3=A4ran_om_registerutdrag_=E2=80=93_=C3=B6nske?=
 =?utf-8?q?listor?=
Thread-Index: AQHcdzQ8pX1v0kN3b2Rm7TqZsW9fYg==
Date: Sat, 27 Dec 2025 13:48:01 +0000
Message-ID: <AS8P194MB1127B4E0C2D6A1F93E07B2C1D4A9@AS8P194MB1127.EURP194.PROD.OUTLOOK.COM>
In-Reply-To: <priv-2025-12-27-0033@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: helena.wikstrom@outlook.com
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGVqIQoKVGFjayBmw7ZyIGRpdHQgbWVqbC4gSmFnIMOkciBsZWRpZyB0aWxsIG9jaCBtZWQgdGlz
ZGFnIDYgamFudWFyaSAodHJldHRvbmRhZ2VuKSBvY2ggbMOkc2VyIGludGUgbWVqbCB1bmRlciB0
aWRlbi4gRGl0dCBtZWRkZWxhbmRlIHZpZGFyZWJlZm9yZHJhcyBpbnRlLgoKR8OkbGxlciBkZXQg
cmVnaXN0ZXJ1dGRyYWcsIHJhZGVyaW5nIGF2IHBlcnNvbnVwcGdpZnRlciBlbGxlciBhbmRyYSBH
RFBSLcOkcmVuZGVuIHNvbSByw7ZyIGbDtnJlbmluZ2VuLCBrb250YWt0YSBzdHlyZWxzZW4gcMOl
IHN0eXJlbHNlbkBicmYtbGluZGVuLmV4YW1wbGUuCgpHb2QganVsIG9jaCBnb3R0IG55dHQgw6Vy
IQoKSGVsZW5hIFdpa3N0csO2bQpPcmRmw7ZyYW5kZSwgQnJmIExpbmRlbgo=
'''),
    ('sv', 'wishlist-app-list-shared-with-you', 'automated', (),
'''Return-Path: <bounce+f2a91c.7d40e3-privacy=shop.example.be@mg.onska.example>
Received: from m42-117.mailgun.example (m42-117.mailgun.example [159.135.42.117])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dKz5c0Ds6z8yF4
        for <privacy@shop.example.be>; Sun, 07 Dec 2025 20:31:12 +0100 (CET)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=mg.onska.example;
	q=dns/txt; s=krs; t=1765135870; h=List-Unsubscribe: To: To: From: From: Subject: Subject: Content-Type: Mime-Version: Date: Message-Id: Sender: Sender;
	bh=Cx3Vb6Nm9Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2=;
	b=Nm1Qw4Er7Ty0Ui3Op6As9Df2Gh5Jk8Lz1Xc4Vb7Nm0Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7
Sender: noreply@mg.onska.example
From: Önska <noreply@onska.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Anna_Lindqvist_har_delat_sin_=C3=B6nskelista_=E2=80=9DJ?=
 =?utf-8?q?ul_2025_=F0=9F=8E=84=E2=80=9D_med_dig?=
Date: Sun, 07 Dec 2025 19:31:10 +0000
Message-Id: <20251207193110.f2a91c7d40e3aa51@mg.onska.example>
Mime-Version: 1.0
Precedence: bulk
List-Unsubscribe: <https://onska.example/blockera?t=Zr41Qa>
X-Mailgun-Sid: WyI4ZGY0NiIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICI3ZDQwZTMiXQ==
X-Mailgun-Tag: list_shared
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej!

Anna Lindqvist har delat sin =C3=B6nskelista =E2=80=9DJul 2025 =F0=9F=8E=84=
=E2=80=9D med dig.

Listan inneh=C3=A5ller 14 =C3=B6nskningar, bland annat:
  =E2=80=A2 Ullfiltar fr=C3=A5n Klippan (gr=C3=A5)
  =E2=80=A2 Moccamaster KBG Select
  =E2=80=A2 Presentkort Shop Example

=C3=96ppna listan: https://onska.example/l/anna-lindqvist/jul-2025?i=3DZr41=
Qa

Du kan reservera en =C3=B6nskan utan att Anna ser vem som reserverat den.

--
Du f=C3=A5r det h=C3=A4r mejlet eftersom Anna Lindqvist angav din e-postadr=
ess n=C3=A4r
hon delade sin lista. Vi sparar din adress bara f=C3=B6r att kunna visa att
listan delats med dig, och den raderas n=C3=A4r Anna tar bort listan. Vi
skickar ingen reklam till dig och s=C3=A4ljer inga personuppgifter.
Vill du inte f=C3=A5 fler inbjudningar fr=C3=A5n =C3=96nska? Blockera din a=
dress:
https://onska.example/blockera?t=3DZr41Qa
L=C3=A4s v=C3=A5r integritetspolicy (GDPR): https://onska.example/integritet
'''),
    ('sv', 'person-corporate-disclaimer-unsubscribe-two-addresses', 'withdraw_consent', (),
'''Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2109.outbound.protection.outlook.com [40.107.13.109])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dPb0w4Nc9z3xK7
        for <privacy@shop.example.be>; Tue, 06 Jan 2026 08:14:55 +0100 (CET)
From: Lars Ekdahl <lars.ekdahl@nordbygg.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Avregistrering
Thread-Topic: Avregistrering
Thread-Index: AdxePlq0zXcT2n8vRMqv4l6G1b3Y7w==
Date: Tue, 6 Jan 2026 07:14:53 +0000
Message-ID: <GV1PR07MB8612E0C1A93D5F2B7C40B8D1E2A3@GV1PR07MB8612.eurprd07.prod.outlook.com>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-senderadcheck: 1
x-ms-exchange-antispam-relay: 0
x-forefront-antispam-report: CIP:255.255.255.255;CTRY:;LANG:sv;SCL:1;SRV:;IPV:NLI;SFV:NSPM;PTR:;CAT:NONE;
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGVqLAoKdsOkbmxpZ2VuIGF2cmVnaXN0cmVyYSBtaWcgZnLDpW4gZXJhIG55aGV0c2JyZXYgb2No
IGp1bGthbXBhbmplciwgYsOlZGUgcMOlIGRlbiBow6RyIGFkcmVzc2VuIG9jaCBww6UgbGFycy5l
a2RhaGxAZ21haWwuY29tLiBKYWcgaGFuZGxhZGUganVsa2xhcHBhciB0aWxsIHBlcnNvbmFsZW4g
aG9zIGVyIGbDtnJyYSDDpXJldCBvY2ggaGFyIHNlZGFuIGRlc3MgZsOldHQgbWVqbCBuw6RzdGFu
IHZhcmplIGRhZy4KClRhY2sgcMOlIGbDtnJoYW5kLgoKTWVkIHbDpG5saWcgaMOkbHNuaW5nIC8g
QmVzdCByZWdhcmRzCgpMYXJzIEVrZGFobApJbmvDtnBzY2hlZiB8IEhlYWQgb2YgUHJvY3VyZW1l
bnQKTm9yZGJ5Z2cgQmVuZWx1eCBBQiDigJMgZmlsaWFsIEJlbGdpZW4KSW5kdXN0cmlld2VnIDE0
LCAyODUwIEJvb20KVGVsOiArMzIgMyA4ODAgNDEgMjAgfCBNb2JpbDogKzQ2IDcyIDUxNCA4MCA2
Ngp3d3cubm9yZGJ5Z2cuZXhhbXBsZQoKU2tpY2thdCBmcsOlbiBPdXRsb29rIGbDtnIgaU9TCgot
LS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0t
LS0tLS0tLS0tLS0tLS0tLS0tLS0tLQpEZXR0YSBlLXBvc3RtZWRkZWxhbmRlIG9jaCBldmVudHVl
bGxhIGJpbGFnb3Igw6RyIGtvbmZpZGVudGllbGxhIG9jaCBlbmRhc3QgYXZzZWRkYSBmw7ZyIGFk
cmVzc2F0ZW4uIE9tIGR1IGhhciBmw6V0dCBtZWRkZWxhbmRldCBhdiBtaXNzdGFnLCB2w6RubGln
ZW4gbWVkZGVsYSBhdnPDpG5kYXJlbiBvY2ggcmFkZXJhIG1lZGRlbGFuZGV0LiBOb3JkYnlnZyBi
ZWhhbmRsYXIgcGVyc29udXBwZ2lmdGVyIGkgZW5saWdoZXQgbWVkIGRhdGFza3lkZHNmw7Zyb3Jk
bmluZ2VuIChHRFBSKS4gTMOkcyBtZXIgb20gaHVyIHZpIGJlaGFuZGxhciBkaW5hIHBlcnNvbnVw
cGdpZnRlciBww6Ugd3d3Lm5vcmRieWdnLmV4YW1wbGUvaW50ZWdyaXRldC4KVGhpcyBlLW1haWwg
YW5kIGFueSBhdHRhY2htZW50cyBhcmUgY29uZmlkZW50aWFsIGFuZCBpbnRlbmRlZCBzb2xlbHkg
Zm9yIHRoZSBhZGRyZXNzZWUuIElmIHlvdSBoYXZlIHJlY2VpdmVkIGl0IGluIGVycm9yLCBwbGVh
c2Ugbm90aWZ5IHRoZSBzZW5kZXIgYW5kIGRlbGV0ZSBpdC4gTm9yZGJ5Z2cgcHJvY2Vzc2VzIHBl
cnNvbmFsIGRhdGEgaW4gYWNjb3JkYW5jZSB3aXRoIHRoZSBHRFBSLgotLS0tLS0tLS0tLS0tLS0t
LS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0t
LS0tLS0tLQo=
'''),
    ('ro', 'returns-portal-gift-return-no-account-label', 'automated', (),
'''Return-Path: <no-reply@returnhub.example>
Received: from out-03.returnhub.example (out-03.returnhub.example [185.107.52.3])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dPc6n7Hf1z9bV2
        for <privacy@shop.example.be>; Wed, 07 Jan 2026 17:40:26 +0100 (CET)
From: Shop Example Retururi <no-reply@returnhub.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Returul_t=C4=83u_RET-26-00384_a_fost_=C3=AEnregistrat_?=
 =?utf-8?q?=E2=80=93_eticheta_de_retur?=
Date: Wed, 07 Jan 2026 16:40:24 +0000
Message-ID: <rh.ret.26.00384.label@returnhub.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-ReturnHub-Merchant: shop-example-be
X-ReturnHub-Locale: ro-RO
Content-Type: multipart/mixed; boundary="rh-mixed-00384-7f1c"

--rh-mixed-00384-7f1c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua, Daniela,

returul t=C4=83u a fost =C3=AEnregistrat.

Num=C4=83r retur:       RET-26-00384
Comand=C4=83:           5520-71208 (cadou =E2=80=93 cump=C4=83r=C4=83tor: a=
lt client Shop Example)
Produs:            Pijama de flanel, dam=C4=83, m=C4=83rimea M =E2=80=93 1 =
buc.
Motiv:             m=C4=83rime nepotrivit=C4=83
Rambursare:        c=C4=83tre cump=C4=83r=C4=83torul cadoului, pe metoda de=
 plat=C4=83 ini=C8=9Bial=C4=83
                   (tu vei primi un e-mail c=C3=A2nd rambursarea a fost efe=
ctuat=C4=83;
                   cump=C4=83r=C4=83torul NU vede numele, adresa sau motivu=
l t=C4=83u)
Eticheta de retur: ata=C8=99at=C4=83 (PDF) =E2=80=93 lipe=C8=99te-o pe cole=
t =C8=99i pred=C4=83-l la orice
                   punct bpost =C3=AEn 14 zile.

Ai primit un cadou =C8=99i nu ai cont? Nu e nevoie de cont pentru retur.

--
Acest portal de retururi este operat de ReturnHub BV pentru Shop Example NV.
Datele tale personale (nume, e-mail, telefon, adresa de ridicare) sunt
folosite doar pentru procesarea returului =C8=99i sunt =C8=99terse dup=C4=
=83 12 luni.
Nu prime=C8=99ti newsletter sau oferte de la noi. Pentru drepturile tale GD=
PR
(acces, rectificare, =C8=99tergere) scrie la privacy@shop.example.be.
Acesta este un mesaj automat. Te rug=C4=83m s=C4=83 nu r=C4=83spunzi.

--rh-mixed-00384-7f1c
Content-Type: application/pdf; name="eticheta-retur-RET-26-00384.pdf"
Content-Disposition: attachment; filename="eticheta-retur-RET-26-00384.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKMSAwIG9iajw8L1R5cGUvQ2F0YWxvZy9QYWdlcyAyIDAgUj4+ZW5kb2JqCjIgMCBv
Ymo8PC9UeXBlL1BhZ2VzL0tpZHNbMyAwIFJdL0NvdW50IDE+PmVuZG9iagozIDAgb2JqPDwvVHlw
ZS9QYWdlL1BhcmVudCAyIDAgUi9NZWRpYUJveFswIDAgMjg4IDQzMl0+PmVuZG9iagp0cmFpbGVy
PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==

--rh-mixed-00384-7f1c--
'''),
    ('ro', 'sendmail-bounce-headers-only-advent-winners-reply', 'automated', (),
'''Return-Path: <MAILER-DAEMON@mail.rdsnet.example>
Received: from mail.rdsnet.example (mail.rdsnet.example [193.231.236.25])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dNk3s1Qp5z6wM8
        for <privacy@shop.example.be>; Mon, 22 Dec 2025 10:19:48 +0100 (CET)
Received: from localhost (localhost)
	by mail.rdsnet.example (8.15.2/8.15.2) id 5BM9JlXq031877;
	Mon, 22 Dec 2025 11:19:47 +0200
Date: Mon, 22 Dec 2025 11:19:47 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.rdsnet.example>
Message-Id: <202512220919.5BM9JlXq031877@mail.rdsnet.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5BM9JlXq031877.1766395187/mail.rdsnet.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--5BM9JlXq031877.1766395187/mail.rdsnet.example

The original message was received at Mon, 22 Dec 2025 11:19:46 +0200
from out1.shop.example.be [192.0.2.61]

   ----- The following addresses had permanent fatal errors -----
<gabriela.st@rdsnet.example>
    (reason: 550 5.1.1 <gabriela.st@rdsnet.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailstore.rdsnet.example.:
>>> RCPT To:<gabriela.st@rdsnet.example>
<<< 550 5.1.1 <gabriela.st@rdsnet.example>... User unknown
550 5.1.1 <gabriela.st@rdsnet.example>... User unknown

--5BM9JlXq031877.1766395187/mail.rdsnet.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.rdsnet.example
Received-From-MTA: DNS; out1.shop.example.be
Arrival-Date: Mon, 22 Dec 2025 11:19:46 +0200

Final-Recipient: RFC822; gabriela.st@rdsnet.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailstore.rdsnet.example
Diagnostic-Code: SMTP; 550 5.1.1 <gabriela.st@rdsnet.example>... User unknown
Last-Attempt-Date: Mon, 22 Dec 2025 11:19:47 +0200

--5BM9JlXq031877.1766395187/mail.rdsnet.example
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [192.0.2.61])
	by mail.rdsnet.example (8.15.2/8.15.2) with ESMTPS id 5BM9JkXq031875
	for <gabriela.st@rdsnet.example>; Mon, 22 Dec 2025 11:19:46 +0200
From: Shop Example - Protecția datelor <privacy@shop.example.be>
To: Gabriela Stănescu <gabriela.st@rdsnet.example>
Subject: =?utf-8?q?Re=3A_Lista_c=C3=A2=C8=99tig=C4=83torilor_-_calendarul_de_Advent?=
Date: Mon, 22 Dec 2025 10:19:43 +0100
Message-ID: <priv-2025-12-22-0291@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

--5BM9JlXq031877.1766395187/mail.rdsnet.example--
'''),
    ('ro', 'courier-helpdesk-ticket-ack-recipient-data-erasure', 'automated', (),
'''Return-Path: <suport@curierrapid.example>
Received: from mx-out7.helpdeskcloud.example (mx-out7.helpdeskcloud.example [52.58.97.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dNm9p2Rw6z0tH3
        for <privacy@shop.example.be>; Tue, 23 Dec 2025 12:05:31 +0100 (CET)
From: Suport CurierRapid <suport@curierrapid.example>
Reply-To: Suport CurierRapid <suport@curierrapid.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5B=2348213=5D_Am_primit_solicitarea_ta=3A_Cerere_?=
 =?utf-8?q?=C8=99tergere_date_destinatar_colet_=E2=80=93_AWB_7701_4452_918?=
 =?utf-8?q?0?=
Date: Tue, 23 Dec 2025 11:05:29 +0000
Message-ID: <48213.2711904.1766487929@curierrapid.helpdeskcloud.example>
In-Reply-To: <priv-2025-12-23-0104@shop.example.be>
References: <priv-2025-12-23-0104@shop.example.be>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: auto_reply
X-HelpdeskCloud-Ticket-Id: 48213
X-HelpdeskCloud-Account: curierrapid
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bună ziua,

Îți mulțumim că ne-ai scris. Solicitarea ta a fost înregistrată cu numărul #48213 și va fi preluată de un coleg din echipa Relații Clienți.

Subiect: Cerere ștergere date destinatar colet – AWB 7701 4452 9180
Prioritate: normală
Timp estimat de răspuns: 3-5 zile lucrătoare (în perioada sărbătorilor volumul de solicitări este mai mare decât de obicei)

Solicitările privind datele cu caracter personal (acces, rectificare, ștergere, opoziție) sunt transmise responsabilului cu protecția datelor (DPO), care are la dispoziție 30 de zile pentru a răspunde, conform GDPR.

Poți urmări stadiul solicitării aici: https://suport.curierrapid.example/tickets/48213
Te rugăm să nu deschizi o nouă solicitare pentru aceeași problemă. Dacă ai informații suplimentare, răspunde la acest e-mail fără a modifica subiectul.

Cu drag,
Echipa Suport CurierRapid

Acesta este un mesaj generat automat.
'''),
    ('ro', 'person-replies-welcome-mail-after-gift-return', 'complaint', ('deletion',),
'''Return-Path: <daniela.moldovan@yahoo.example>
Received: from sonic305-21.consmr.mail.ir2.yahoo.example (sonic305-21.consmr.mail.ir2.yahoo.example [77.238.178.149])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dPd1f8Lk3z2cW6
        for <privacy@shop.example.be>; Thu, 08 Jan 2026 22:47:15 +0100 (CET)
Date: Thu, 8 Jan 2026 21:47:09 +0000 (UTC)
From: Daniela Moldovan <daniela.moldovan@yahoo.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1402887193.2210496.1767908829117@mail.yahoo.example>
In-Reply-To: <rh.ret.26.00384.welcome@returnhub.example>
References: <rh.ret.26.00384.label@returnhub.example> <rh.ret.26.00384.welcome@returnhub.example>
Subject: =?utf-8?q?Re=3A_Bine_ai_venit_=C3=AEn_comunitatea_Shop_Example=2C?=
 =?utf-8?q?_Daniela!?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.25124 YMailNorrin

Bun=C4=83 seara,

Eu NU am cont la voi =C8=99i nu am cerut niciodat=C4=83 s=C4=83-mi face=C8=
=9Bi unul. Am primit de Cr=C4=83ciun o pijama de la o prieten=C4=83, nu mi-=
a venit, am f=C4=83cut retur prin portalul vostru. =C3=8En e-mailul de ieri=
 scria negru pe alb =E2=80=9Enu e nevoie de cont pentru retur=E2=80=9D =C8=
=99i =E2=80=9Enu prime=C8=99ti newsletter sau oferte de la noi=E2=80=9D.

Azi primesc mesajul de mai jos, =E2=80=9Ebine ai venit=E2=80=9D, cu card de=
 fidelitate virtual, parol=C4=83 temporar=C4=83 =C8=99i 3 oferte personaliz=
ate. Deci mi-a=C8=9Bi creat cont cu datele pe care vi le-am dat DOAR pentru=
 retur. Asta e exact opusul a ceea ce a=C8=9Bi promis =C8=99i nu e legal.

Vreau ca acest cont s=C4=83 fie =C8=99ters imediat, cu tot ce a=C8=9Bi pus =
=C3=AEn el, =C8=99i vreau o explica=C8=9Bie cum s-a =C3=AEnt=C3=A2mplat. Da=
c=C4=83 mai primesc ceva de la voi, fac pl=C3=A2ngere la autoritatea de pro=
tec=C8=9Bie a datelor.

Daniela Moldovan

Trimis de pe Yahoo Mail pe Android

   Pe joi, ian. 8, 2026 la 18:02, Shop Example<welcome@shop.example.be> a s=
cris:
   Bine ai venit =C3=AEn comunitatea Shop Example, Daniela!
   Contul t=C4=83u a fost creat. Parol=C4=83 temporar=C4=83: trimis=C4=83 p=
rin SMS.
   Cardul t=C4=83u de fidelitate virtual: 2290 5518 0037
   Ofertele tale personalizate: -20% la pijamale, -15% la papuci de cas=C4=
=83, -10% la lenjerie de pat
   Set=C4=83rile de confiden=C8=9Bialitate =C8=99i abonare le g=C4=83se=C8=
=99ti =C3=AEn contul t=C4=83u.
'''),
    ('el', 'o365-ndr-greek-reply-on-christmas-cards', 'automated', (),
'''Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2055.outbound.protection.outlook.com [40.107.241.55])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dP03x7Vt2z5gR1
        for <privacy@shop.example.be>; Fri, 02 Jan 2026 11:02:47 +0100 (CET)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ergotech.example>
To: <privacy@shop.example.be>
Date: Fri, 2 Jan 2026 10:02:45 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ab4c2e11-7d3f-4a90-8e62-1f5b0c9d7e28"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: el-GR
Message-ID: <4f7e0a13-b8c2-4d61-a5e9-0c3d2b7f8a16@VI1PR08MB5471.eurprd08.prod.outlook.com>
In-Reply-To: <priv-2026-01-02-0021@shop.example.be>
References: <priv-2026-01-02-0021@shop.example.be>
Thread-Topic: =?utf-8?b?zpHPgM6szr3PhM63z4POtyDPg8+Ezr8gzrHOr8+EzrfOvM6sIM+D?=
 =?utf-8?b?zrHPgiDigJMgz4fPgc65z4PPhM6/z4XOs861zr3Ovc65zqzPhM65zrrOtc+C?=
 =?utf-8?b?IM66zqzPgc+EzrXPgg==?=
Subject: =?utf-8?b?zpHOtM+Fzr3Osc68zq/OsSDPgM6xz4HOrM60zr/Pg863z4I6IM6R?=
 =?utf-8?b?z4DOrM69z4TOt8+Dzrcgz4PPhM6/IM6xzq/PhM63zrzOrCDPg86xz4Ig4oCT?=
 =?utf-8?b?IM+Hz4HOuc+Dz4TOv8+FzrPOtc69zr3Ouc6sz4TOuc66zrXPgiDOus6sz4E=?=
 =?utf-8?b?z4TOtc+C?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-AuthSource: VI1PR08MB5471.eurprd08.prod.outlook.com
MIME-Version: 1.0

--ab4c2e11-7d3f-4a90-8e62-1f5b0c9d7e28
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="f61d7b90-2c4a-4e15-b3d8-9a07e52c6f41"

--f61d7b90-2c4a-4e15-b3d8-9a07e52c6f41
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zpcgz4DOsc+BzqzOtM6/z4POtyDPhM6/z4UgzrzOt869z43OvM6xz4TOv8+CIM6xz4DOrc+Ez4XP
h861IM+DzrUgzrHPhc+Ezr/Pjc+CIM+Ezr/Phc+CIM+AzrHPgc6xzrvOrs+Az4TOtc+CIM6uIM+E
zrnPgiDOv868zqzOtM61z4I6CgprLnBhcGFzQGVyZ290ZWNoLmV4YW1wbGUKzpcgzrTOuc61z43O
uM+Fzr3Pg863IM63zrvOtc66z4TPgc6/zr3Ouc66zr/PjSDPhM6xz4fPhc60z4HOv868zrXOr86/
z4Ugz4DOv8+FIM61zrnPg86xzrPOrM6zzrHPhM61IM60zrXOvSDOrs+EzrHOvSDOtM+Fzr3Osc+E
z4wgzr3OsSDOss+BzrXOuM61zq8uIM6VzrvOrc6zzr7PhM61IM+EzrcgzrTOuc61z43OuM+Fzr3P
g863IM63zrvOtc66z4TPgc6/zr3Ouc66zr/PjSDPhM6xz4fPhc60z4HOv868zrXOr86/z4Ugz4TO
v8+FIM+AzrHPgc6xzrvOrs+Az4TOtyDOus6xzrkgzrTOv866zrnOvM6sz4PPhM61IM69zrEgz4PP
hM61zq/Ou861z4TOtSDOvs6xzr3OrCDPhM6/IM68zq7Ovc+FzrzOsS4gzpXOrM69IM+Ezr8gz4DP
gc+MzrLOu863zrzOsSDPgM6xz4HOsc68zq3Ovc61zrksIM61z4DOuc66zr/Ouc69z4nOvc6uz4PP
hM61IM68zrUgz4TOt869IM+Fz4DOt8+BzrXPg86vzrEgz4XPgM6/z4PPhM6uz4HOuc6+zrfPgi4K
CgoKCgoKCgrOlM65zrHOs869z4nPg8+EzrnOus6tz4Igz4DOu863z4HOv8+Gzr/Pgc6vzrXPgiDO
s865zrEgzrTOuc6xz4fOtc65z4HOuc+Dz4TOrc+COgoKzpTOuc6xzrrOv868zrnPg8+Ezq7PgiDO
tM63zrzOuc6/z4XPgc6zzq/Osc+COiBWSTFQUjA4TUI1NDcxLmV1cnByZDA4LnByb2Qub3V0bG9v
ay5jb20KCmsucGFwYXNAZXJnb3RlY2guZXhhbXBsZQpSZW1vdGUgU2VydmVyIHJldHVybmVkICc1
NTAgNS4xLjEwIFJFU09MVkVSLkFEUi5SZWNpcGllbnROb3RGb3VuZDsgUmVjaXBpZW50IGsucGFw
YXNAZXJnb3RlY2guZXhhbXBsZSBub3QgZm91bmQgYnkgU01UUCBhZGRyZXNzIGxvb2t1cCcKCs6a
zrXPhs6xzrvOr860zrXPgiDOsc+Bz4fOuc66zr/PjSDOvM63zr3Pjc68zrHPhM6/z4I6CgpSZWNl
aXZlZDogZnJvbSBvdXQxLnNob3AuZXhhbXBsZS5iZSAoMTkyLjAuMi42MSkgYnkKIFZJMVBSMDhN
QjU0NzEuZXVycHJkMDgucHJvZC5vdXRsb29rLmNvbSB3aXRoIE1pY3Jvc29mdCBTTVRQIFNlcnZl
cgogaWQgMTUuMjAuOTQxMi4xMTsgRnJpLCAyIEphbiAyMDI2IDEwOjAyOjQ0ICswMDAwCk1lc3Nh
Z2UtSUQ6IDxwcml2LTIwMjYtMDEtMDItMDAyMUBzaG9wLmV4YW1wbGUuYmU+CkRhdGU6IEZyaSwg
MDIgSmFuIDIwMjYgMTE6MDI6NDAgKzAxMDAK

--f61d7b90-2c4a-4e15-b3d8-9a07e52c6f41
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT4KPHA+PGI+PGZvbnQgY29sb3I9IiMw
MDAwNjYiIHNpemU9IjMiIGZhY2U9IkFyaWFsIj7OlyDPgM6xz4HOrM60zr/Pg863IM+Ezr/PhSDO
vM63zr3Pjc68zrHPhM6/z4IgzrHPgM6tz4TPhc+HzrUgz4POtSDOsc+Fz4TOv8+Nz4Igz4TOv8+F
z4Igz4DOsc+BzrHOu86uz4DPhM61z4Igzq4gz4TOuc+CIM6/zrzOrM60zrXPgjo8L2ZvbnQ+PC9i
PjwvcD4KPHA+PGZvbnQgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj48YSBocmVmPSJtYWlsdG86ay5w
YXBhc0BlcmdvdGVjaC5leGFtcGxlIj5rLnBhcGFzQGVyZ290ZWNoLmV4YW1wbGU8L2E+PGJyPgrO
lyDOtM65zrXPjc64z4XOvc+DzrcgzrfOu861zrrPhM+Bzr/Ovc65zrrOv8+NIM+EzrHPh8+FzrTP
gc6/zrzOtc6vzr/PhSDPgM6/z4UgzrXOuc+DzrHOs86szrPOsc+EzrUgzrTOtc69IM6uz4TOsc69
IM60z4XOvc6xz4TPjCDOvc6xIM6yz4HOtc64zrXOry4gzpXOu86tzrPOvs+EzrUgz4TOtyDOtM65
zrXPjc64z4XOvc+DzrcgzrfOu861zrrPhM+Bzr/Ovc65zrrOv8+NIM+EzrHPh8+FzrTPgc6/zrzO
tc6vzr/PhSDPhM6/z4Ugz4DOsc+BzrHOu86uz4DPhM63IM66zrHOuSDOtM6/zrrOuc68zqzPg8+E
zrUgzr3OsSDPg8+EzrXOr867zrXPhM61IM6+zrHOvc6sIM+Ezr8gzrzOrs69z4XOvM6xLjwvZm9u
dD48L3A+CjxwPjxmb250IGNvbG9yPSIjODA4MDgwIiBzaXplPSIyIiBmYWNlPSJUYWhvbWEiPs6U
zrnOsc6zzr3Pic+Dz4TOuc66zq3PgiDPgM67zrfPgc6/z4bOv8+Bzq/Otc+CIM6zzrnOsSDOtM65
zrHPh861zrnPgc65z4PPhM6tz4I6PGJyPs6UzrnOsc66zr/OvM65z4PPhM6uz4IgzrTOt868zrnO
v8+Fz4HOs86vzrHPgjogVkkxUFIwOE1CNTQ3MS5ldXJwcmQwOC5wcm9kLm91dGxvb2suY29tPGJy
PgpSZW1vdGUgU2VydmVyIHJldHVybmVkICc1NTAgNS4xLjEwIFJFU09MVkVSLkFEUi5SZWNpcGll
bnROb3RGb3VuZDsgUmVjaXBpZW50IGsucGFwYXNAZXJnb3RlY2guZXhhbXBsZSBub3QgZm91bmQg
YnkgU01UUCBhZGRyZXNzIGxvb2t1cCc8L2ZvbnQ+PC9wPgo8L2JvZHk+PC9odG1sPgo=

--f61d7b90-2c4a-4e15-b3d8-9a07e52c6f41--

--ab4c2e11-7d3f-4a90-8e62-1f5b0c9d7e28
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR08MB5471.eurprd08.prod.outlook.com
Received-From-MTA: dns;out1.shop.example.be
Arrival-Date: Fri, 2 Jan 2026 10:02:44 +0000

Final-Recipient: rfc822;k.papas@ergotech.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k.papas@ergotech.example not found by SMTP address lookup

--ab4c2e11-7d3f-4a90-8e62-1f5b0c9d7e28
Content-Type: message/rfc822

From: Shop Example Privacy <privacy@shop.example.be>
To: Konstantinos Pappas <k.papas@ergotech.example>
Subject: =?utf-8?b?zpHPgM6szr3PhM63z4POtyDPg8+Ezr8gzrHOr8+EzrfOvM6sIM+D?=
 =?utf-8?b?zrHPgiDigJMgz4fPgc65z4PPhM6/z4XOs861zr3Ovc65zqzPhM65zrrOtc+C?=
 =?utf-8?b?IM66zqzPgc+EzrXPgg==?=
Date: Fri, 02 Jan 2026 11:02:40 +0100
Message-ID: <priv-2026-01-02-0021@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Κύριε Παππά,

σε συνέχεια του μηνύματός σας της 19ης Δεκεμβρίου: διαγράψαμε τη διεύθυνσή
σας από τη λίστα αποστολής χριστουγεννιάτικων καρτών και εντύπων και
διαγράψαμε τη διεύθυνση της μητέρας σας από το βιβλίο διευθύνσεων του
λογαριασμού σας, όπως ζητήσατε. Το ιστορικό παραγγελιών παραμένει για
λογιστικούς λόγους (7 έτη, σύμφωνα με τη βελγική νομοθεσία).

Με εκτίμηση,
Ομάδα Προστασίας Προσωπικών Δεδομένων
Shop Example

--ab4c2e11-7d3f-4a90-8e62-1f5b0c9d7e28--
'''),
    ('el', 'carrier-seasonal-peak-deadlines-greece', 'automated', (),
'''Return-Path: <bounce-mc.us21_7741203.2291807-privacy=shop.example.be@mail212.atl61.mcsv.example>
Received: from mail212.atl61.mcsv.example (mail212.atl61.mcsv.example [198.2.137.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dKf2r9Mn8z4vJ5
        for <privacy@shop.example.be>; Tue, 02 Dec 2025 09:30:14 +0100 (CET)
From: =?utf-8?b?zqTOsc+Hz4XOkc+Azr/Pg8+Ezr/Ou86uIENvdXJpZXI=?= <business@taxyapostoli.example>
Reply-To: business@taxyapostoli.example
To: privacy@shop.example.be
Subject: =?utf-8?b?zpXOv8+Bz4TOsc+Dz4TOuc66zq4gz4DOtc+Bzq/Ov860zr/Pgjog?=
 =?utf-8?b?z4DPgc6/zrjOtc+DzrzOr861z4IgzrHPgM6/z4PPhM6/zrvPjs69IM66zrE=?=
 =?utf-8?b?zrkgz4DOuc64zrHOvc6tz4IgzrrOsc64z4XPg8+EzrXPgc6uz4POtc65z4I=?=
Date: Tue, 02 Dec 2025 08:30:12 +0000
Message-ID: <d71e0b4a9c3f5e2817b6.2291807@mcsv.example>
MIME-Version: 1.0
Precedence: bulk
List-Unsubscribe: <https://taxyapostoli.example/unsubscribe?c=40-118822>, <mailto:unsubscribe-mc.us21_7741203.2291807@mcsv.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
List-Id: 7741203mc list <7741203.list-id.mcsv.example>
X-Mailer: Mailchimp Mailer - **CID2291807d71e0b4a9c3f**
X-MC-User: 7741203f0a2b9c4e1d58
Feedback-ID: 7741203:7741203.2291807:us21:mc
Content-Type: multipart/alternative; boundary="_----------=_MCPart_1803554719"

--_----------=_MCPart_1803554719
Content-Type: text/plain; charset="utf-8"; format="fixed"
Content-Transfer-Encoding: quoted-printable

=CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CE=AD =CF=83=CF=85=CE=BD=CE=B5=CF=81=
=CE=B3=CE=AC=CF=84=CE=B7,

=CE=B7 =CE=B5=CE=BF=CF=81=CF=84=CE=B1=CF=83=CF=84=CE=B9=CE=BA=CE=AE =CF=80=
=CE=B5=CF=81=CE=AF=CE=BF=CE=B4=CE=BF=CF=82 =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =
=CE=B7 =CF=80=CE=B9=CE=BF =CE=B1=CF=80=CE=B1=CE=B9=CF=84=CE=B7=CF=84=CE=B9=
=CE=BA=CE=AE =CF=84=CE=B7=CF=82 =CF=87=CF=81=CE=BF=CE=BD=CE=B9=CE=AC=CF=82 =
=CE=B3=CE=B9=CE=B1 =CF=84=CE=BF =CE=B4=CE=AF=CE=BA=CF=84=CF=85=CF=8C =CE=BC=
=CE=B1=CF=82. =CE=93=CE=B9=CE=B1 =CE=BD=CE=B1 =CF=86=CF=84=CE=AC=CF=83=CE=
=BF=CF=85=CE=BD =CE=B5=CE=B3=CE=BA=CE=B1=CE=AF=CF=81=CF=89=CF=82 =CF=84=CE=
=B1 =CE=B4=CE=AD=CE=BC=CE=B1=CF=84=CE=B1 =CF=84=CF=89=CE=BD =CF=80=CE=B5=CE=
=BB=CE=B1=CF=84=CF=8E=CE=BD =CF=83=CE=B1=CF=82, =CF=83=CE=B1=CF=82 =CE=B5=
=CE=BD=CE=B7=CE=BC=CE=B5=CF=81=CF=8E=CE=BD=CE=BF=CF=85=CE=BC=CE=B5 =CE=B3=
=CE=B9=CE=B1 =CF=84=CE=B9=CF=82 =CF=80=CF=81=CE=BF=CE=B8=CE=B5=CF=83=CE=BC=
=CE=AF=CE=B5=CF=82 =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=B1=CE=B2=CE=AE=CF=82 =
=CE=B1=CF=80=CF=8C =CF=84=CE=BF =CE=92=CE=AD=CE=BB=CE=B3=CE=B9=CE=BF:

  =CE=91=CF=84=CF=84=CE=B9=CE=BA=CE=AE, =CE=98=CE=B5=CF=83=CF=83=CE=B1=CE=
=BB=CE=BF=CE=BD=CE=AF=CE=BA=CE=B7:            =CE=AD=CF=89=CF=82 =CE=A4=CE=
=B5=CF=84=CE=AC=CF=81=CF=84=CE=B7 17/12, 12:00
  =CE=A5=CF=80=CF=8C=CE=BB=CE=BF=CE=B9=CF=80=CE=B7 =CE=B7=CF=80=CE=B5=CE=B9=
=CF=81=CF=89=CF=84=CE=B9=CE=BA=CE=AE =CE=95=CE=BB=CE=BB=CE=AC=CE=B4=CE=B1: =
    =CE=AD=CF=89=CF=82 =CE=A4=CF=81=CE=AF=CF=84=CE=B7 16/12, 12:00
  =CE=9D=CE=B7=CF=83=CE=B9=CE=AC & =CE=B4=CF=85=CF=83=CF=80=CF=81=CF=8C=CF=
=83=CE=B9=CF=84=CE=B5=CF=82 =CF=80=CE=B5=CF=81=CE=B9=CE=BF=CF=87=CE=AD=CF=
=82:   =CE=AD=CF=89=CF=82 =CE=94=CE=B5=CF=85=CF=84=CE=AD=CF=81=CE=B1 15/12,=
 12:00
  =CE=9A=CF=8D=CF=80=CF=81=CE=BF=CF=82:                         =CE=AD=CF=
=89=CF=82 =CE=A0=CE=B1=CF=81=CE=B1=CF=83=CE=BA=CE=B5=CF=85=CE=AE 12/12, 12:=
00

=CE=91=CF=81=CE=B3=CE=AF=CE=B5=CF=82 =CF=87=CF=89=CF=81=CE=AF=CF=82 =CE=B4=
=CE=B9=CE=B1=CE=BD=CE=BF=CE=BC=CE=AE: 25/12, 26/12, 1/1 =CE=BA=CE=B1=CE=B9 =
6/1.

=CE=9B=CF=8C=CE=B3=CF=89 =CF=84=CE=BF=CF=85 =CE=B1=CF=85=CE=BE=CE=B7=CE=BC=
=CE=AD=CE=BD=CE=BF=CF=85 =CF=8C=CE=B3=CE=BA=CE=BF=CF=85 (=CE=AD=CF=89=CF=82=
 =CE=BA=CE=B1=CE=B9 2,5 =CF=86=CE=BF=CF=81=CE=AD=CF=82 =CF=84=CE=BF=CE=BD =
=CF=83=CF=85=CE=BD=CE=AE=CE=B8=CE=B7), =CE=BF=CE=B9 =CF=80=CE=B1=CF=81=CE=
=B1=CE=B4=CF=8C=CF=83=CE=B5=CE=B9=CF=82 =CE=B5=CE=BD=CE=B4=CE=AD=CF=87=CE=
=B5=CF=84=CE=B1=CE=B9 =CE=BD=CE=B1 =CE=BA=CE=B1=CE=B8=CF=85=CF=83=CF=84=CE=
=B5=CF=81=CE=AE=CF=83=CE=BF=CF=85=CE=BD =CE=BA=CE=B1=CF=84=CE=AC 1-3 =CE=B5=
=CF=81=CE=B3=CE=AC=CF=83=CE=B9=CE=BC=CE=B5=CF=82 =CE=B7=CE=BC=CE=AD=CF=81=
=CE=B5=CF=82. =CE=94=CE=AD=CE=BC=CE=B1=CF=84=CE=B1 =CE=BC=CE=B5 =CE=AD=CE=
=BD=CE=B4=CE=B5=CE=B9=CE=BE=CE=B7 =C2=AB=CE=94=CF=8E=CF=81=CE=BF=C2=BB =CF=
=80=CE=B1=CF=81=CE=B1=CE=B4=CE=AF=CE=B4=CE=BF=CE=BD=CF=84=CE=B1=CE=B9 =CF=
=87=CF=89=CF=81=CE=AF=CF=82 =CF=83=CF=85=CE=BD=CE=BF=CE=B4=CE=B5=CF=85=CF=
=84=CE=B9=CE=BA=CF=8C =CF=84=CE=B9=CE=BC=CE=BF=CE=BB=CF=8C=CE=B3=CE=B9=CE=
=BF, =CE=B5=CF=86=CF=8C=CF=83=CE=BF=CE=BD =CF=84=CE=BF =CF=84=CE=B9=CE=BC=
=CE=BF=CE=BB=CF=8C=CE=B3=CE=B9=CE=BF =CE=B1=CF=80=CE=BF=CF=83=CF=84=CE=AD=
=CE=BB=CE=BB=CE=B5=CF=84=CE=B1=CE=B9 =CE=B7=CE=BB=CE=B5=CE=BA=CF=84=CF=81=
=CE=BF=CE=BD=CE=B9=CE=BA=CE=AC.

=CE=A3=CE=B1=CF=82 =CE=B5=CF=85=CF=87=CF=8C=CE=BC=CE=B1=CF=83=CF=84=CE=B5 =
=CE=BA=CE=B1=CE=BB=CE=AD=CF=82 =CE=B3=CE=B9=CE=BF=CF=81=CF=84=CE=AD=CF=82 =
=CE=BA=CE=B1=CE=B9 =CE=BA=CE=B1=CE=BB=CE=AD=CF=82 =CF=80=CF=89=CE=BB=CE=AE=
=CF=83=CE=B5=CE=B9=CF=82!

=CE=97 =CE=BF=CE=BC=CE=AC=CE=B4=CE=B1 =CE=95=CE=BE=CF=85=CF=80=CE=B7=CF=81=
=CE=AD=CF=84=CE=B7=CF=83=CE=B7=CF=82 =CE=95=CF=80=CE=B9=CF=87=CE=B5=CE=B9=
=CF=81=CE=AE=CF=83=CE=B5=CF=89=CE=BD
=CE=A4=CE=B1=CF=87=CF=85=CE=91=CF=80=CE=BF=CF=83=CF=84=CE=BF=CE=BB=CE=AE Co=
urier =CE=91.=CE=95.

--
=CE=9B=CE=B1=CE=BC=CE=B2=CE=AC=CE=BD=CE=B5=CF=84=CE=B5 =CE=B1=CF=85=CF=84=
=CF=8C =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1 =CF=89=CF=82 =CF=
=83=CF=85=CE=BC=CE=B2=CE=B1=CE=BB=CE=BB=CF=8C=CE=BC=CE=B5=CE=BD=CE=BF=CF=82=
 =CF=80=CE=B5=CE=BB=CE=AC=CF=84=CE=B7=CF=82 (=CE=BA=CF=89=CE=B4. =CF=80=CE=
=B5=CE=BB=CE=AC=CF=84=CE=B7 40-118822). =CE=A4=CE=B1 =CF=80=CF=81=CE=BF=CF=
=83=CF=89=CF=80=CE=B9=CE=BA=CE=AC =CF=83=CE=B1=CF=82 =CE=B4=CE=B5=CE=B4=CE=
=BF=CE=BC=CE=AD=CE=BD=CE=B1 (=CF=8C=CE=BD=CE=BF=CE=BC=CE=B1, email, =CF=84=
=CE=B7=CE=BB=CE=AD=CF=86=CF=89=CE=BD=CE=BF =CF=85=CF=80=CE=B5=CF=85=CE=B8=
=CF=8D=CE=BD=CE=BF=CF=85 =CE=B5=CF=80=CE=B9=CE=BA=CE=BF=CE=B9=CE=BD=CF=89=
=CE=BD=CE=AF=CE=B1=CF=82) =CE=B5=CF=80=CE=B5=CE=BE=CE=B5=CF=81=CE=B3=CE=AC=
=CE=B6=CE=BF=CE=BD=CF=84=CE=B1=CE=B9 =CF=83=CF=8D=CE=BC=CF=86=CF=89=CE=BD=
=CE=B1 =CE=BC=CE=B5 =CF=84=CE=BF=CE=BD =CE=93=CE=B5=CE=BD=CE=B9=CE=BA=CF=8C=
 =CE=9A=CE=B1=CE=BD=CE=BF=CE=BD=CE=B9=CF=83=CE=BC=CF=8C =CE=A0=CF=81=CE=BF=
=CF=83=CF=84=CE=B1=CF=83=CE=AF=CE=B1=CF=82 =CE=94=CE=B5=CE=B4=CE=BF=CE=BC=
=CE=AD=CE=BD=CF=89=CE=BD (=CE=93=CE=9A=CE=A0=CE=94). =CE=A0=CE=BF=CE=BB=CE=
=B9=CF=84=CE=B9=CE=BA=CE=AE =CE=B1=CF=80=CE=BF=CF=81=CF=81=CE=AE=CF=84=CE=
=BF=CF=85: https://taxyapostoli.example/aporrito
=CE=93=CE=B9=CE=B1 =CE=B4=CE=B9=CE=B1=CE=B3=CF=81=CE=B1=CF=86=CE=AE =CE=B1=
=CF=80=CF=8C =CF=84=CE=B7 =CE=BB=CE=AF=CF=83=CF=84=CE=B1 =CE=B5=CF=80=CE=B9=
=CF=87=CE=B5=CE=B9=CF=81=CE=B7=CE=BC=CE=B1=CF=84=CE=B9=CE=BA=CF=8E=CE=BD =
=CE=B5=CE=BD=CE=B7=CE=BC=CE=B5=CF=81=CF=8E=CF=83=CE=B5=CF=89=CE=BD: https:/=
/taxyapostoli.example/unsubscribe?c=3D40-118822

--_----------=_MCPart_1803554719
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D'font-family:Verdana,sans-serif;font-size:13px'><div st=
yle=3D'max-width:600px'><h2 style=3D'color:#c8102e'>=CE=95=CE=BF=CF=81=CF=
=84=CE=B1=CF=83=CF=84=CE=B9=CE=BA=CE=AE =CF=80=CE=B5=CF=81=CE=AF=CE=BF=CE=
=B4=CE=BF=CF=82 2025</h2><p>=CE=A0=CF=81=CE=BF=CE=B8=CE=B5=CF=83=CE=BC=CE=
=AF=CE=B5=CF=82 =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=B1=CE=B2=CE=AE=CF=82 =CE=
=BA=CE=B1=CE=B9 =CF=80=CE=B9=CE=B8=CE=B1=CE=BD=CE=AD=CF=82 =CE=BA=CE=B1=CE=
=B8=CF=85=CF=83=CF=84=CE=B5=CF=81=CE=AE=CF=83=CE=B5=CE=B9=CF=82 =CF=83=CF=
=84=CE=B9=CF=82 =CF=80=CE=B1=CF=81=CE=B1=CE=B4=CF=8C=CF=83=CE=B5=CE=B9=CF=
=82.</p><table border=3D'1' cellpadding=3D'6' style=3D'border-collapse:coll=
apse'><tr><td>=CE=91=CF=84=CF=84=CE=B9=CE=BA=CE=AE, =CE=98=CE=B5=CF=83=CF=
=83=CE=B1=CE=BB=CE=BF=CE=BD=CE=AF=CE=BA=CE=B7</td><td>=CE=AD=CF=89=CF=82 17=
/12, 12:00</td></tr><tr><td>=CE=A5=CF=80=CF=8C=CE=BB=CE=BF=CE=B9=CF=80=CE=
=B7 =CE=B7=CF=80=CE=B5=CE=B9=CF=81=CF=89=CF=84=CE=B9=CE=BA=CE=AE =CE=95=CE=
=BB=CE=BB=CE=AC=CE=B4=CE=B1</td><td>=CE=AD=CF=89=CF=82 16/12, 12:00</td></t=
r><tr><td>=CE=9D=CE=B7=CF=83=CE=B9=CE=AC</td><td>=CE=AD=CF=89=CF=82 15/12, =
12:00</td></tr><tr><td>=CE=9A=CF=8D=CF=80=CF=81=CE=BF=CF=82</td><td>=CE=AD=
=CF=89=CF=82 12/12, 12:00</td></tr></table><p>=CE=91=CF=81=CE=B3=CE=AF=CE=
=B5=CF=82 =CF=87=CF=89=CF=81=CE=AF=CF=82 =CE=B4=CE=B9=CE=B1=CE=BD=CE=BF=CE=
=BC=CE=AE: 25/12, 26/12, 1/1, 6/1.</p><p style=3D'font-size:10px;color:#777=
'>=CE=9B=CE=B1=CE=BC=CE=B2=CE=AC=CE=BD=CE=B5=CF=84=CE=B5 =CE=B1=CF=85=CF=84=
=CF=8C =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1 =CF=89=CF=82 =CF=
=83=CF=85=CE=BC=CE=B2=CE=B1=CE=BB=CE=BB=CF=8C=CE=BC=CE=B5=CE=BD=CE=BF=CF=82=
 =CF=80=CE=B5=CE=BB=CE=AC=CF=84=CE=B7=CF=82. <a href=3D'https://taxyapostol=
i.example/aporrito'>=CE=A0=CE=BF=CE=BB=CE=B9=CF=84=CE=B9=CE=BA=CE=AE =CE=B1=
=CF=80=CE=BF=CF=81=CF=81=CE=AE=CF=84=CE=BF=CF=85 (=CE=93=CE=9A=CE=A0=CE=94)=
</a> | <a href=3D'https://taxyapostoli.example/unsubscribe?c=3D40-118822'>=
=CE=94=CE=B9=CE=B1=CE=B3=CF=81=CE=B1=CF=86=CE=AE</a></p></div></body></html>

--_----------=_MCPart_1803554719--
'''),
    ('el', 'thunderbird-template-ooo-holidays-no-headers', 'automated', (),
'''Return-Path: <m.antoniou@ypsilon-net.example>
Received: from smtp.ypsilon-net.example (smtp.ypsilon-net.example [62.103.91.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dNs4g0Yb1z8qC2
        for <privacy@shop.example.be>; Sun, 28 Dec 2025 16:09:52 +0100 (CET)
Message-ID: <a83c5d17-0f2e-4b9a-8d61-7e2c49b0f5a3@ypsilon-net.example>
Date: Sun, 28 Dec 2025 17:09:49 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?utf-8?b?zpzOsc+Bzq/Ovc6xIM6Rzr3PhM+Jzr3Or86/z4U=?= <m.antoniou@ypsilon-net.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiBSZTog?=
 =?utf-8?b?zpcgzrXOvs6xzrPPic6zzq4gz4TPic69IM67zrnPg8+Ez47OvSDOtc+Azrk=?=
 =?utf-8?b?zrjPhc68zrnPjs69IM+DzrHPgg==?=
Content-Language: el
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Καλησπέρα σας,

σας ευχαριστώ για το μήνυμά σας. Λείπω για τις γιορτές και θα επιστρέψω 
στις 7 Ιανουαρίου. Θα σας απαντήσω μόλις γυρίσω.

Καλά Χριστούγεννα και Καλή Χρονιά!
Μαρίνα
'''),
    ('el', 'person-replies-carrier-survey-objects-phone-use', 'objection', (),
'''Return-Path: <thanos.vlachos@gmail.com>
Received: from mail-wr1-f47.google.com (mail-wr1-f47.google.com [209.85.221.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dNh6q3Tz5z1pD8
        for <privacy@shop.example.be>; Mon, 22 Dec 2025 19:58:21 +0100 (CET)
MIME-Version: 1.0
References: <dlv.TA9933018274GR.survey@taxyapostoli.example>
In-Reply-To: <dlv.TA9933018274GR.survey@taxyapostoli.example>
From: Thanos Vlachos <thanos.vlachos@gmail.com>
Date: Mon, 22 Dec 2025 20:58:07 +0200
Message-ID: <CAJx3Ks1bN0pQ7vR5mT8wZ2yE4hF6gL9cD1aU3oI5kW7nX0rP@mail.gmail.com>
Subject: =?utf-8?b?UmU6IM6kzr8gzrTOrc68zrEgz4POsc+CIM+AzrHPgc6xzrTPjM64?=
 =?utf-8?b?zrfOus61ISDOoM+Oz4Igz4TOsSDPgM6uzrPOsc68zrU7IOKtkOKtkOKtkA==?=
 =?utf-8?b?4q2Q4q2Q?=
To: privacy@shop.example.be
Cc: info@taxyapostoli.example
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1,

=CF=84=CE=BF =CE=B4=CE=AD=CE=BC=CE=B1 =CE=AE=CF=84=CE=B1=CE=BD =CE=B4=CF=8E=
=CF=81=CE=BF =CF=84=CE=B7=CF=82 =CE=B1=CE=B4=CE=B5=CF=81=CF=86=CE=AE=CF=82 =
=CE=BC=CE=BF=CF=85 =CE=B1=CF=80=CF=8C =CF=84=CE=BF =CE=B4=CE=B9=CE=BA=CF=8C=
 =CF=83=CE=B1=CF=82 =CE=BA=CE=B1=CF=84=CE=AC=CF=83=CF=84=CE=B7=CE=BC=CE=B1.=
 =CE=95=CE=BD=CF=84=CE=AC=CE=BE=CE=B5=CE=B9, =CF=84=CE=BF =CF=80=CE=B1=CF=
=81=CE=AD=CE=BB=CE=B1=CE=B2=CE=B1. =CE=91=CF=80=CF=8C =CF=84=CF=8C=CF=84=CE=
=B5 =CF=8C=CE=BC=CF=89=CF=82 =CE=B7 courier =CE=BC=CE=BF=CF=8D =CE=AD=CF=87=
=CE=B5=CE=B9 =CF=83=CF=84=CE=B5=CE=AF=CE=BB=CE=B5=CE=B9 3 SMS =CE=BA=CE=B1=
=CE=B9 2 email =CE=B3=CE=B9=CE=B1 =C2=AB=CE=B1=CE=BE=CE=B9=CE=BF=CE=BB=CF=
=8C=CE=B3=CE=B7=CF=83=CE=B7=C2=BB, =CE=BA=CE=B1=CE=B9 =CF=83=CE=AE=CE=BC=CE=
=B5=CF=81=CE=B1 =CE=BA=CE=B1=CE=B9 =CF=80=CF=81=CE=BF=CF=83=CF=86=CE=BF=CF=
=81=CE=AC =CE=B3=CE=B9=CE=B1 =C2=AB=CF=83=CF=85=CE=BD=CE=B4=CF=81=CE=BF=CE=
=BC=CE=AE =CE=A4=CE=B1=CF=87=CF=85=CE=91=CF=80=CE=BF=CF=83=CF=84=CE=BF=CE=
=BB=CE=AE Plus=C2=BB.

=CE=A4=CE=BF =CE=BA=CE=B9=CE=BD=CE=B7=CF=84=CF=8C =CE=BC=CE=BF=CF=85 =CE=BA=
=CE=B1=CE=B9 =CF=84=CE=BF email =CE=BC=CE=BF=CF=85 =CF=84=CE=B1 =CE=B4=CF=
=8E=CF=83=CE=B1=CF=84=CE=B5 =CE=B5=CF=83=CE=B5=CE=AF=CF=82 =CF=83=CF=84=CE=
=B7=CE=BD courier =CE=B3=CE=B9=CE=B1 =CF=84=CE=B7=CE=BD =CF=80=CE=B1=CF=81=
=CE=AC=CE=B4=CE=BF=CF=83=CE=B7, =CF=8C=CF=87=CE=B9 =CE=B3=CE=B9=CE=B1 =CE=
=AD=CF=81=CE=B5=CF=85=CE=BD=CE=B5=CF=82 =CE=BA=CE=B1=CE=B9 =CE=B4=CE=B9=CE=
=B1=CF=86=CE=B7=CE=BC=CE=AF=CF=83=CE=B5=CE=B9=CF=82. =CE=94=CE=B5=CE=BD =CF=
=83=CF=85=CE=BC=CF=86=CF=89=CE=BD=CF=8E =CE=BD=CE=B1 =CF=87=CF=81=CE=B7=CF=
=83=CE=B9=CE=BC=CE=BF=CF=80=CE=BF=CE=B9=CE=BF=CF=8D=CE=BD=CF=84=CE=B1=CE=B9=
 =CE=AD=CF=84=CF=83=CE=B9. =CE=A3=CF=84=CE=B1=CE=BC=CE=B1=CF=84=CE=AE=CF=83=
=CF=84=CE=B5 =CE=BD=CE=B1 =CF=84=CE=B1 =CE=B4=CE=AF=CE=BD=CE=B5=CF=84=CE=B5=
 =CE=B3=CE=B9=CE=B1 =CF=84=CE=AD=CF=84=CE=BF=CE=B9=CE=BF=CF=85=CF=82 =CF=83=
=CE=BA=CE=BF=CF=80=CE=BF=CF=8D=CF=82, =CE=BA=CE=B1=CE=B9 =CF=80=CE=B5=CE=AF=
=CF=84=CE=B5 =CF=83=CF=84=CE=B7=CE=BD courier =CE=BD=CE=B1 =CF=83=CF=84=CE=
=B1=CE=BC=CE=B1=CF=84=CE=AE=CF=83=CE=B5=CE=B9.

=CE=98=CE=AC=CE=BD=CE=BF=CF=82 =CE=92=CE=BB=CE=AC=CF=87=CE=BF=CF=82

=CE=A3=CF=84=CE=B9=CF=82 =CE=94=CE=B5=CF=85 22 =CE=94=CE=B5=CE=BA 2025 =CF=
=83=CF=84=CE=B9=CF=82 6:15 =CE=BC.=CE=BC., =CE=BF/=CE=B7 =CE=A4=CE=B1=CF=87=
=CF=85=CE=91=CF=80=CE=BF=CF=83=CF=84=CE=BF=CE=BB=CE=AE <noreply@taxyapostol=
i.example> =CE=AD=CE=B3=CF=81=CE=B1=CF=88=CE=B5:

> =CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CE=AD/=CE=AE =CE=98=CE=AC=CE=BD=CE=
=BF =CE=92=CE=BB=CE=AC=CF=87=CE=BF,
>
> =CF=84=CE=BF =CE=B4=CE=AD=CE=BC=CE=B1 TA9933018274GR =CE=B1=CF=80=CF=8C S=
hop Example =CF=80=CE=B1=CF=81=CE=B1=CE=B4=CF=8C=CE=B8=CE=B7=CE=BA=CE=B5 =
=CF=83=CF=84=CE=B9=CF=82 22/12/2025, 11:42.
>
> =CE=A0=CF=8E=CF=82 =CF=84=CE=B1 =CF=80=CE=AE=CE=B3=CE=B1=CE=BC=CE=B5; =CE=
=92=CE=B1=CE=B8=CE=BC=CE=BF=CE=BB=CE=BF=CE=B3=CE=AE=CF=83=CF=84=CE=B5 =CF=
=84=CE=B7=CE=BD =CE=B5=CE=BC=CF=80=CE=B5=CE=B9=CF=81=CE=AF=CE=B1 =CF=83=CE=
=B1=CF=82 (=CF=87=CF=81=CE=B5=CE=B9=CE=AC=CE=B6=CE=B5=CF=84=CE=B1=CE=B9 =CE=
=BC=CF=8C=CE=BD=CE=BF 1 =CE=BB=CE=B5=CF=80=CF=84=CF=8C):
> https://taxyapostoli.example/survey/TA9933018274GR
>
> =CE=A9=CF=82 =CE=B5=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CF=8E, =CF=
=83=CE=B1=CF=82 =CF=80=CF=81=CE=BF=CF=83=CF=86=CE=AD=CF=81=CE=BF=CF=85=CE=
=BC=CE=B5 1 =CE=BC=CE=AE=CE=BD=CE=B1 =CE=B4=CF=89=CF=81=CE=B5=CE=AC=CE=BD =
=CE=A4=CE=B1=CF=87=CF=85=CE=91=CF=80=CE=BF=CF=83=CF=84=CE=BF=CE=BB=CE=AE Pl=
us!
>
> =CE=A4=CE=B1 =CF=83=CF=84=CE=BF=CE=B9=CF=87=CE=B5=CE=AF=CE=B1 =CF=83=CE=
=B1=CF=82 =CE=BC=CE=AC=CF=82 =CE=B4=CE=B9=CE=B1=CE=B2=CE=B9=CE=B2=CE=AC=CF=
=83=CF=84=CE=B7=CE=BA=CE=B1=CE=BD =CE=B1=CF=80=CF=8C =CF=84=CE=BF=CE=BD =CE=
=B1=CF=80=CE=BF=CF=83=CF=84=CE=BF=CE=BB=CE=AD=CE=B1 =CE=B3=CE=B9=CE=B1 =CF=
=84=CE=B7=CE=BD =CF=80=CE=B1=CF=81=CE=AC=CE=B4=CE=BF=CF=83=CE=B7 =CF=84=CE=
=BF=CF=85 =CE=B4=CE=AD=CE=BC=CE=B1=CF=84=CE=BF=CF=82. =CE=A0=CE=BF=CE=BB=CE=
=B9=CF=84=CE=B9=CE=BA=CE=AE =CE=B1=CF=80=CE=BF=CF=81=CF=81=CE=AE=CF=84=CE=
=BF=CF=85: https://taxyapostoli.example/aporrito
'''),
    ('bg', 'secret-santa-reminder-three-days-left', 'automated', (),
'''Return-Path: <bounces+2291044-1f7d@em.drawjoy.example>
Received: from o22.em.drawjoy.example (o22.em.drawjoy.example [149.72.130.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dM4k7Cz9z6mH1
        for <privacy@shop.example.be>; Tue, 16 Dec 2025 08:00:37 +0100 (CET)
From: Secret Santa by Shop Example <santa@drawjoy.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?4o+wINCe0YHRgtCw0LLQsNGCIDMg0LTQvdC4INC00L4g0YDQsNC3?=
 =?utf-8?b?0LzRj9C90LDRgtCwINC90LAg0L/QvtC00LDRgNGK0YbQuCE=?=
Date: Tue, 16 Dec 2025 07:00:35 +0000
Message-ID: <Yt5mB0xVQa-p9rK2nE7Jdw@geopod-ismtpd-11>
MIME-Version: 1.0
List-Unsubscribe: <https://secretsanta.drawjoy.example/o/Vb3Xq8>, <mailto:unsub-Vb3Xq8@drawjoy.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-SG-EID: u001.Pm4vRt7Xk0Zq2Bn5Wc8Yd1Lf3Hg6Js9Nu0Te2Ia5Ko7
X-Entity-ID: u001.9cT1bH4mK0pL2nQ7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9, =D0=9D=D0=B8=D0=BA=D0=BE=D0=BB=
=D0=B0=D0=B9,

=D0=B4=D0=BE =D1=80=D0=B0=D0=B7=D0=BC=D1=8F=D0=BD=D0=B0=D1=82=D0=B0 =D0=BD=
=D0=B0 =D0=BF=D0=BE=D0=B4=D0=B0=D1=80=D1=8A=D1=86=D0=B8 =D0=B2 =D0=B3=D1=80=
=D1=83=D0=BF=D0=B0=D1=82=D0=B0 =E2=80=9E=D0=9A=D0=BE=D0=BB=D0=B5=D0=B4=D0=
=B0 =D0=B2 =D0=BE=D1=84=D0=B8=D1=81=D0=B0 =E2=80=93 Sofia Dev Team=E2=80=9C=
 =D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B0=D1=82 =D1=81=D0=B0=D0=BC=D0=BE 3 =D0=
=B4=D0=BD=D0=B8!

=F0=9F=93=85 =D0=A0=D0=B0=D0=B7=D0=BC=D1=8F=D0=BD=D0=B0: 19.12.2025, 16:00,=
 =D0=BA=D1=83=D1=85=D0=BD=D1=8F=D1=82=D0=B0 =D0=BD=D0=B0 4-=D1=82=D0=B8 =D0=
=B5=D1=82=D0=B0=D0=B6
=F0=9F=92=B6 =D0=91=D1=8E=D0=B4=D0=B6=D0=B5=D1=82: =D0=B4=D0=BE 25 EUR
=F0=9F=8E=81 =D0=A2=D0=B2=D0=BE=D1=8F=D1=82 =D0=BF=D0=BE=D0=BB=D1=83=D1=87=
=D0=B0=D1=82=D0=B5=D0=BB: =D0=A0=D0=B0=D0=B4=D0=BE=D1=81=D1=82=D0=B8=D0=BD=
=D0=B0 =D0=9A.

=D0=92=D1=81=D0=B5 =D0=BE=D1=89=D0=B5 =D0=BD=D0=B5 =D1=81=D0=B8 =D0=BE=D1=
=82=D0=B1=D0=B5=D0=BB=D1=8F=D0=B7=D0=B0=D0=BB =D0=BF=D0=BE=D0=B4=D0=B0=D1=
=80=D1=8A=D0=BA=D0=B0 =D0=BA=D0=B0=D1=82=D0=BE =D0=BA=D1=83=D0=BF=D0=B5=D0=
=BD. =D0=96=D0=B5=D0=BB=D0=B0=D0=BD=D0=B8=D1=8F=D1=82=D0=B0 =D0=BD=D0=B0 =
=D0=A0=D0=B0=D0=B4=D0=BE=D1=81=D1=82=D0=B8=D0=BD=D0=B0:
  =E2=80=A2 =D1=85=D1=83=D0=B1=D0=B0=D0=B2 =D1=87=D0=B0=D0=B9 (=D0=B7=D0=B5=
=D0=BB=D0=B5=D0=BD, =D0=B1=D0=B5=D0=B7 =D0=B0=D1=80=D0=BE=D0=BC=D0=B0=D1=82=
=D0=B8)
  =E2=80=A2 =D0=BA=D0=BD=D0=B8=D0=B3=D0=B0 =D0=BD=D0=B0 =D0=93=D0=B5=D0=BE=
=D1=80=D0=B3=D0=B8 =D0=93=D0=BE=D1=81=D0=BF=D0=BE=D0=B4=D0=B8=D0=BD=D0=BE=
=D0=B2
  =E2=80=A2 =E2=80=9E=D0=BD=D0=B5=D1=89=D0=BE =D0=B7=D0=B0 =D0=B1=D1=8E=D1=
=80=D0=BE=D1=82=D0=BE=E2=80=9C

=D0=9E=D1=82=D0=B1=D0=B5=D0=BB=D0=B5=D0=B6=D0=B8 =D0=BF=D0=BE=D0=B4=D0=B0=
=D1=80=D1=8A=D0=BA=D0=B0 =D0=BA=D0=B0=D1=82=D0=BE =D0=BA=D1=83=D0=BF=D0=B5=
=D0=BD: https://secretsanta.drawjoy.example/g/sofia-dev-2025/kupeno

--
Secret Santa by Shop Example =D1=81=D0=B5 =D0=BF=D0=BE=D0=B4=D0=B4=D1=8A=D1=
=80=D0=B6=D0=B0 =D0=BE=D1=82 DrawJoy s.r.o. =D1=81=D1=8A=D0=B2=D0=BC=D0=B5=
=D1=81=D1=82=D0=BD=D0=BE =D1=81
Shop Example NV =D0=BA=D0=B0=D1=82=D0=BE =D1=81=D1=8A=D0=B2=D0=BC=D0=B5=D1=
=81=D1=82=D0=BD=D0=B8 =D0=B0=D0=B4=D0=BC=D0=B8=D0=BD=D0=B8=D1=81=D1=82=D1=
=80=D0=B0=D1=82=D0=BE=D1=80=D0=B8 =D0=BD=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=
=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8. =D0=9E=D0=B1=D1=80=D0=B0=D0=B1=D0=BE=D1=
=82=D0=B2=D0=B0=D0=BC=D0=B5
=D0=B8=D0=BC=D0=B5=D1=82=D0=BE =D1=82=D0=B8, =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB=
=D0=B0 =D0=B8 =D1=81=D0=BF=D0=B8=D1=81=D1=8A=D0=BA=D0=B0 =D1=81 =D0=B6=D0=
=B5=D0=BB=D0=B0=D0=BD=D0=B8=D1=8F =D1=81=D0=B0=D0=BC=D0=BE =D0=B7=D0=B0 =D1=
=86=D0=B5=D0=BB=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 =D1=82=D0=B5=D0=B3=D0=BB=D0=
=B5=D0=BD=D0=B5=D1=82=D0=BE =D0=B8
=D1=80=D0=B0=D0=B7=D0=BC=D1=8F=D0=BD=D0=B0=D1=82=D0=B0 =D0=B8 =D0=B3=D0=B8 =
=D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BC=D0=B5 60 =D0=B4=D0=BD=D0=
=B8 =D1=81=D0=BB=D0=B5=D0=B4 =D0=B4=D0=B0=D1=82=D0=B0=D1=82=D0=B0 =D0=BD=D0=
=B0 =D1=80=D0=B0=D0=B7=D0=BC=D1=8F=D0=BD=D0=B0. =D0=9F=D0=BE=D0=B2=D0=B5=D1=
=87=D0=B5 =D0=B7=D0=B0 =D0=BF=D1=80=D0=B0=D0=B2=D0=B0=D1=82=D0=B0
=D1=82=D0=B8 =D0=BF=D0=BE =D0=9E=D0=A0=D0=97=D0=94 (GDPR), =D0=B2=D0=BA=D0=
=BB=D1=8E=D1=87=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=BE =D0=B8=D0=B7=D1=82=D1=
=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D0=BF=D1=80=D0=BE=D1=84=D0=
=B8=D0=BB=D0=B0:
https://secretsanta.drawjoy.example/poveritelnost
=D0=9D=D0=B5 =D0=B8=D1=81=D0=BA=D0=B0=D1=88 =D0=BD=D0=B0=D0=BF=D0=BE=D0=BC=
=D0=BD=D1=8F=D0=BD=D0=B8=D1=8F? =D0=9E=D1=82=D0=BF=D0=B8=D1=88=D0=B8 =D1=81=
=D0=B5: https://secretsanta.drawjoy.example/o/Vb3Xq8
'''),
    ('bg', 'gmail-vacation-responder-new-year', 'automated', (),
'''Return-Path: <boryana.koleva@gmail.com>
Received: from mail-lf1-f41.google.com (mail-lf1-f41.google.com [209.85.167.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dNt0b6Fx3z7kL9
        for <privacy@shop.example.be>; Tue, 30 Dec 2025 10:44:18 +0100 (CET)
MIME-Version: 1.0
From: Boryana Koleva <boryana.koleva@gmail.com>
Date: Tue, 30 Dec 2025 11:44:16 +0200
Message-ID: <CALm7nP0vB3kQ9xT2wE6zR8yU1oI4aS7dF0gHj5Lc2Nv@mail.gmail.com>
Subject: =?utf-8?b?0JIg0L7RgtC/0YPRgdC6INC00L4gNSDRj9C90YPQsNGA0Lg=?=
To: privacy@shop.example.be
In-Reply-To: <priv-2025-12-30-0061@shop.example.be>
References: <priv-2025-12-30-0061@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000007c3a9e062f1b4d88"

--0000000000007c3a9e062f1b4d88
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0LHQu9Cw0LPQvtC00LDRgNGPINC30LAg0L/QuNGB0LzQvtGC
0L4uINCSINC+0YLQv9GD0YHQuiDRgdGK0Lwg0LTQviA1INGP0L3Rg9Cw0YDQuCDQstC60LvRjtGH
0LjRgtC10LvQvdC+INC4INC/0L7Rh9GC0Lgg0L3QtSDQv9GA0L7QstC10YDRj9Cy0LDQvCDQv9C+
0YnQsNGC0LAg0YHQuC4g0KnQtSDQstC4INC+0YLQs9C+0LLQvtGA0Y8g0LLQtdC00L3QsNCz0LAg
0YnQvtC8INGB0LUg0LLRitGA0L3QsC4KCtCS0LXRgdC10LvQuCDQv9GA0LDQt9C90LjRhtC4INC4
INGH0LXRgdGC0LjRgtCwINCd0L7QstCwINCz0L7QtNC40L3QsCEKCtCR0L7RgNGP0L3QsCDQmtC+
0LvQtdCy0LAK

--0000000000007c3a9e062f1b4d88
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

PGRpdiBkaXI9Imx0ciI+0JfQtNGA0LDQstC10LnRgtC1LDxkaXY+PGJyPjwvZGl2PjxkaXY+0LHQ
u9Cw0LPQvtC00LDRgNGPINC30LAg0L/QuNGB0LzQvtGC0L4uINCSINC+0YLQv9GD0YHQuiDRgdGK
0Lwg0LTQviA1INGP0L3Rg9Cw0YDQuCDQstC60LvRjtGH0LjRgtC10LvQvdC+INC4INC/0L7Rh9GC
0Lgg0L3QtSDQv9GA0L7QstC10YDRj9Cy0LDQvCDQv9C+0YnQsNGC0LAg0YHQuC4g0KnQtSDQstC4
INC+0YLQs9C+0LLQvtGA0Y8g0LLQtdC00L3QsNCz0LAg0YnQvtC8INGB0LUg0LLRitGA0L3QsC48
L2Rpdj48ZGl2Pjxicj48L2Rpdj48ZGl2PtCS0LXRgdC10LvQuCDQv9GA0LDQt9C90LjRhtC4INC4
INGH0LXRgdGC0LjRgtCwINCd0L7QstCwINCz0L7QtNC40L3QsCE8L2Rpdj48ZGl2Pjxicj48L2Rp
dj48ZGl2PtCR0L7RgNGP0L3QsCDQmtC+0LvQtdCy0LA8L2Rpdj48L2Rpdj4K

--0000000000007c3a9e062f1b4d88--
'''),
    ('bg', 'gift-shop-order-notice-copy-to-recipient', 'automated', (),
'''Return-Path: <orders@koshnitsapodaruk.example>
Received: from vps41.hosting-bg.example (vps41.hosting-bg.example [185.80.0.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dLm1c5Qr8z3wN2
        for <privacy@shop.example.be>; Fri, 12 Dec 2025 15:21:09 +0100 (CET)
Date: Fri, 12 Dec 2025 16:21:07 +0200
From: KoshnitsaPodaruk <orders@koshnitsapodaruk.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J7Rh9Cw0LrQstCwINCy0Lgg0L/QvtC00LDRgNGK0LohINCf0L4=?=
 =?utf-8?b?0YDRitGH0LrQsCDihJYgS1AtMTAwLTQ4ODEy?=
Message-ID: <a1c7e0f9b3d24e58@koshnitsapodaruk.example>
X-Mailer: WooCommerce 9.4 / WP Mail SMTP
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

получавате това съобщение, защото сте посочени като получател на подарък в
поръчка от нашия онлайн магазин. Подателят пожела да бъдете уведомени.

Поръчка №:          KP-100-48812
Подател:            „Родопа Трейд“ ООД
Получател:          Екип „Защита на данните“, Shop Example NV
Адрес за доставка:  Boulevard du Roi Albert II 35, 1030 Bruxelles, Белгия
Съдържание:         Коледна кошница „Родопи“ (мед, сладко от боровинки,
                    билков чай, лютеница, бутилка вино) – 1 бр.
Съобщение към вас:  „Благодарим за добрата съвместна работа през 2025 г.!
                    Весели празници!“
Очаквана доставка:  17–19.12.2025 (куриер)

Цените не са посочени нито в това съобщение, нито в пратката.

--
KoshnitsaPodaruk.example | Подаръчни кошници с доставка в ЕС
Данните ви като получател (име, адрес, телефон, имейл) ни бяха предоставени
от подателя и се използват единствено за доставката на пратката. Те ще
бъдат изтрити 30 дни след доставката. Няма да ви изпращаме търговски
съобщения. Информация за обработването на лични данни съгласно ОРЗД (GDPR):
https://koshnitsapodaruk.example/poveritelnost
Това е автоматично съобщение – моля, не отговаряйте.
'''),
    ('bg', 'person-from-erp-noreply-corporate-hampers', 'other', (),
'''Return-Path: <noreply@balkanfoods.example>
Received: from erp.balkanfoods.example (erp.balkanfoods.example [94.156.33.70])
        by mx1.shop.example.be (Postfix) with ESMTP id 4dKb8s2Hm6z0xT4
        for <privacy@shop.example.be>; Wed, 03 Dec 2025 11:36:44 +0100 (CET)
Date: Wed, 03 Dec 2025 12:36:41 +0200
From: "Balkan Foods Import - ERP" <noreply@balkanfoods.example>
Reply-To: =?utf-8?b?0KHQstC10YLQu9CwINCY0LLQsNC90L7QstCw?= <s.ivanova@balkanfoods.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?0JfQsNC/0LjRgtCy0LDQvdC1INC30LAg0L7RhNC10YDRgtCwIC0g?=
 =?utf-8?b?MjAwINC60L7Qu9C10LTQvdC4INC60L7RiNC90LjRhtC4IFtFUlAtUkVRLTIw?=
 =?utf-8?b?MjUtMTE4N10=?=
Message-ID: <ERP-REQ-2025-1187.20251203103641@erp.balkanfoods.example>
X-Mailer: DeltaERP 5.2 Mail Module
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

*** Това съобщение е изпратено от системата DeltaERP. За отговор използвайте адреса в полето „Отговор до“. ***

Здравейте,

търсим доставчик на 200 коледни кошници за служителите и партньорите ни в Белгия и Нидерландия. Видяхме, че предлагате кошници за фирми, но не намерихме формуляр за фирмени поръчки, затова пиша на този адрес – извинявайте, ако не е правилният.

Какво ни интересува:
- кошници на стойност около 35–50 EUR без ДДС, по възможност с белгийски продукти (шоколад, бира, бисквити);
- 20 от тях без алкохол;
- доставка на два адреса (Антверпен – 150 бр., Ротердам – 50 бр.) до 12.12.2025;
- картичка с лого на фирмата, ако е възможно;
- фактура на фирмата, плащане по банков път, 30 дни.

Моля, изпратете ни оферта или ни свържете с отдела за фирмени клиенти.

Поздрави,
Светла Иванова
Офис мениджър

--
Balkan Foods Import BV | Noorderlaan 133, 2030 Antwerpen | BTW BE 0766.412.903
Документът е генериран автоматично от DeltaERP. Заявка ERP-REQ-2025-1187, потребител: sivanova
'''),
]

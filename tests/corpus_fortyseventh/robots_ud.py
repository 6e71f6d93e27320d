"""Forty-seventh set, robot mail of deliveries and returns plus people who look automatic (14 languages). Written apart from the code."""

ROBOTS = [
    ('pl', 'inpost-paczkomat-ready-for-pickup', 'automated', (),
'''Return-Path: <bounce-7731@powiadomienia.inpost.pl>
Received: from mta12.powiadomienia.inpost.pl (mta12.powiadomienia.inpost.pl [185.23.40.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8kZr1mXqz9sVt
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:14:52 +0100 (CET)
From: InPost <powiadomienia@inpost.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Twoja_paczka_czeka_na_odbi=C3=B3r_w_Paczkomacie_KRA08M?=
Date: Mon, 2 Nov 2026 09:14:49 +0100
Message-ID: <20261102081449.5f2c1a7e93.3317@powiadomienia.inpost.pl>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_inpost_b7f1c0a2e4d9"
Auto-Submitted: auto-generated
X-Mailer: InPost Notification Service 3.4
X-InPost-Template: PARCEL_READY_TO_PICKUP

--=_inpost_b7f1c0a2e4d9
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

Twoja paczka nr 680034129087112344556611 od nadawcy SHOP EXAMPLE BV czeka=
 na Ciebie w Paczkomacie KRA08M.

Adres Paczkomatu: ul. Zakopia=C5=84ska 62, 30-418 Krak=C3=B3w
Lokalizacja: przy wej=C5=9Bciu do marketu

Kod odbioru: 418207
Odbierz do: 04.11.2026, godz. 09:14

Paczk=C4=99 mo=C5=BCesz te=C5=BC otworzy=C4=87 zdalnie w aplikacji InPost =
Mobile.
Je=C5=9Bli nie zd=C4=85=C5=BCysz jej odebra=C4=87, mo=C5=BCesz raz przed=
=C5=82u=C5=BCy=C4=87 termin odbioru w aplikacji.

Wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie, prosimy na ni=
=C4=85 nie odpowiada=C4=87.
InPost sp. z o.o., ul. Pana Tadeusza 4, 30-727 Krak=C3=B3w

--=_inpost_b7f1c0a2e4d9
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;color:#222">
<p>Dzie=C5=84 dobry,</p>
<p>Twoja paczka nr <b>680034129087112344556611</b> od nadawcy SHOP EXAMPLE B=
V czeka na Ciebie w Paczkomacie <b>KRA08M</b>.</p>
<p>Kod odbioru: <b style=3D"font-size:22px">418207</b><br>Odbierz do: 04.11=
.2026, godz. 09:14</p>
<p><a href=3D"https://inpost.pl/sledzenie-przesylek?number=3D680034129087=
112344556611">=C5=9Aled=C5=BA paczk=C4=99</a></p>
<p style=3D"color:#888;font-size:11px">Wiadomo=C5=9B=C4=87 zosta=C5=82a w=
ygenerowana automatycznie, prosimy na ni=C4=85 nie odpowiada=C4=87.</p>
</body></html>

--=_inpost_b7f1c0a2e4d9--
'''),

    ('pl', 'fulfilment-wms-label-error-alert', 'automated', (),
'''Return-Path: <alerty@wms.logipak.pl>
Received: from smtp.logipak.pl (smtp.logipak.pl [91.212.148.37])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9G2b0TkNz9sWb
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 06:00:41 +0100 (CET)
Received: from wms-app02.logipak.local (unknown [10.20.4.12])
        by smtp.logipak.pl (Postfix) with ESMTP id 7E1C2A0143;
        Tue,  3 Nov 2026 06:00:39 +0100 (CET)
From: LogiPak WMS <alerty@wms.logipak.pl>
To: integracje@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?Q?[ALERT]_B=C5=82=C4=85d_generowania_etykiet_przewo=C5=BAnika_(3)_-_SHOP-EXAMPLE-BE?=
Date: Tue, 03 Nov 2026 06:00:39 +0100
Message-ID: <wms-alert-20261103-0600-SEB-5581@wms.logipak.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: LogiPak WMS 5.12.3
X-LogiPak-Alert: LABEL_ERROR; client=SHOP-EXAMPLE-BE; site=STR-1

Magazyn: Stryków (STR-1)
Klient: SHOP-EXAMPLE-BE (Shop Example BV)
Przebieg: import zamówień 05:45, druk etykiet 06:00

Nie udało się wygenerować etykiet przewoźnika dla 3 zamówień:

Zamówienie        Przewoźnik   Kod   Komunikat przewoźnika
SEB-2026-118734   DPD PL       422   Receiver postal code invalid (62-O30)
SEB-2026-118751   InPost       400   Nieprawidłowy numer telefonu odbiorcy
SEB-2026-118769   DHL Parcel   500   Timeout - brak odpowiedzi API (3 próby)

Zamówienia otrzymały status HOLD_LABEL i nie zostaną spakowane do czasu
poprawienia danych. Zmiany można wprowadzić w Panelu Klienta
(Zamówienia > Wstrzymane) lub przez API (PATCH /orders/{id}/address).
Ponowna próba dla błędów typu 5xx nastąpi automatycznie o 07:00.

--
Wiadomość wygenerowana automatycznie przez system LogiPak WMS.
Nie odpowiadaj na nią. Listę odbiorców alertów zmienisz w:
Panel Klienta > Ustawienia > Powiadomienia.
'''),

    ('pl', 'challenge-response-antispam-sender-check', 'automated', (),
'''Return-Path: <>
Received: from mx.antyspam24.pl (mx.antyspam24.pl [193.239.44.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QB1pW3vH2z9sXd
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 14:22:07 +0100 (CET)
From: "Antyspam24 - weryfikacja nadawcy" <weryfikacja@antyspam24.pl>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Potwierd=C5=BA_wys=C5=82anie_wiadomo=C5=9Bci_do_t.wrobel@biuro-wrobel.pl?=
Date: Wed, 4 Nov 2026 14:22:06 +0100
Message-ID: <cr.8f31a0d2c4b7.1793971326@antyspam24.pl>
In-Reply-To: <prv-2026-0419.2@shop.example.be>
Auto-Submitted: auto-replied
X-Antyspam24-Challenge: 8f31a0d2c4b7
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

Pa=C5=84stwa wiadomo=C5=9B=C4=87 do adresata t.wrobel@biuro-wrobel.pl zosta=
=C5=82a wstrzymana.
Adresat korzysta z us=C5=82ugi Antyspam24 i przyjmuje poczt=C4=99 wy=C5=82=
=C4=85cznie od zweryfikowanych nadawc=C3=B3w.

Wstrzymana wiadomo=C5=9B=C4=87:
  Od:    privacy@shop.example.be
  Temat: Weryfikacja to=C5=BCsamo=C5=9Bci - zg=C5=82oszenie PRV-2026-0419
  Data:  04.11.2026 14:21

Aby wiadomo=C5=9B=C4=87 zosta=C5=82a dostarczona, prosimy jednorazowo potw=
ierdzi=C4=87 adres nadawcy, klikaj=C4=85c w poni=C5=BCszy link i przepisuj=
=C4=85c kod z obrazka:

https://antyspam24.pl/potwierdz?c=3D8f31a0d2c4b7&h=3D1793971326

Link jest wa=C5=BCny przez 72 godziny. Po tym czasie wiadomo=C5=9B=C4=87 z=
ostanie usuni=C4=99ta bez powiadomienia. Kolejne wiadomo=C5=9Bci z tego ad=
resu b=C4=99d=C4=85 dostarczane bez weryfikacji.

Je=C5=9Bli nie wysy=C5=82ali Pa=C5=84stwo tej wiadomo=C5=9Bci, prosimy zig=
norowa=C4=87 to powiadomienie.

--=20
Antyspam24.pl - ochrona poczty metod=C4=85 challenge-response
'''),

    ('pl', 'exchange-ooo-carrier-customer-service-manager', 'automated', (),
'''Return-Path: <m.zielinski@trans-pol.com.pl>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2108.outbound.protection.outlook.com [40.107.103.108])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QB3kT6mLcz9sYf
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:40:18 +0100 (CET)
Received: from DB9PR05MB8123.eurprd05.prod.outlook.com (2603:10a6:10:2b4::9) by
 PAXPR05MB9017.eurprd05.prod.outlook.com (2603:10a6:102:2c1::14) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.14; Wed, 4 Nov
 2026 14:40:16 +0000
From: =?iso-8859-2?Q?Marek_Zieli=F1ski?= <m.zielinski@trans-pol.com.pl>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-2?Q?Odpowied=BC_automatyczna:_Zdj=EAcie_z_dor=EAczenia_-_zg?=
 =?iso-8859-2?Q?=B3oszenie_PRV-2026-0422?=
Thread-Topic: =?iso-8859-2?Q?Zdj=EAcie_z_dor=EAczenia_-_zg=B3oszenie_PRV-2026-0422?=
Thread-Index: AQHbLk3T7wq1c9RfS0a8xkY2m3VbnQ==
Date: Wed, 4 Nov 2026 14:40:16 +0000
Message-ID: <DB9PR05MB8123A1F07C3D9E5B2E64A1C2D91A2@DB9PR05MB8123.eurprd05.prod.outlook.com>
In-Reply-To: <prv-2026-0422.3@shop.example.be>
References: <prv-2026-0422.3@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: m.zielinski@trans-pol.com.pl
Content-Language: pl-PL
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Dzie=F1 dobry,

dzi=EAkuj=EA za wiadomo=B6=E6. Do 16 listopada 2026 r. przebywam na urlopie=
 i nie mam dost=EApu do poczty.

W sprawach pilnych prosz=EA o kontakt z Ann=B1 Kowalczyk:
a.kowalczyk@trans-pol.com.pl, tel. +48 22 517 40 12.
Reklamacje dotycz=B1ce przesy=B3ek: reklamacje@trans-pol.com.pl

Wiadomo=B6ci nie s=B1 przekazywane dalej.

Z powa=BFaniem
Marek Zieli=F1ski
Kierownik Dzia=B3u Obs=B3ugi Klienta
Trans-Pol Logistyka sp. z o.o.
'''),

    ('pl', 'person-forwards-dpd-tracking-delete-my-number', 'deletion', (),
'''Return-Path: <grazyna.pawlak@o2.pl>
Received: from smtp.o2.pl (smtp.o2.pl [193.17.41.102])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9M0c5rWbz9sWq
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:37:55 +0100 (CET)
From: =?UTF-8?Q?Gra=C5=BCyna_Pawlak?= <grazyna.pawlak@o2.pl>
To: privacy@shop.example.be
Subject: Fwd: DPD Polska: Twoja paczka jest w drodze
Date: Tue, 03 Nov 2026 10:37:51 +0100
Message-ID: <a7c2e91f40d6b3.grazyna.pawlak@o2.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: Poczta o2 Android 4.12.0

Jak tylko paczka dojdzie, proszę usunąć mój numer telefonu z Waszej bazy: z konta, ze wszystkich zamówień, skądkolwiek go macie zapisany. Podałam go tylko dlatego, że bez niego nie dało się złożyć zamówienia, a nie chcę, żeby u Was dalej leżał.

Grażyna Pawlak

Wysłano z aplikacji Poczta o2

-------- Przekazana wiadomość --------
Od: DPD Polska <powiadomienia@dpd.com.pl>
Data: 3 lis 2026, 08:02
Temat: DPD Polska: Twoja paczka jest w drodze
Do: grazyna.pawlak@o2.pl

Dzień dobry,

dziś doręczymy Twoją paczkę nr 1000654321987U od nadawcy SHOP EXAMPLE BV.

Przewidywany czas doręczenia: 11:30 - 12:30
Kurier: Paweł, tel. +48 785 *** 210
Numer telefonu odbiorcy: +48 601 *** 412

Nie będzie Cię w domu? Zmień termin lub miejsce doręczenia:
https://www.dpd.com.pl/tracking?parcel=1000654321987U

Wiadomość wygenerowana automatycznie - prosimy nie odpowiadać.
DPD Polska sp. z o.o.
'''),

    ('cs', 'zasilkovna-z-box-ready-for-pickup', 'automated', (),
'''Return-Path: <bounces+2611@notifikace.zasilkovna.cz>
Received: from out3.notifikace.zasilkovna.cz (out3.notifikace.zasilkovna.cz [185.176.221.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9R7k2yBdz9sWw
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 13:05:12 +0100 (CET)
From: =?UTF-8?Q?Z=C3=A1silkovna?= <notifikace@zasilkovna.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Z=C3=A1silka_Z_4820175396_je_p=C5=99ipravena_k_vyzvednut=C3=AD?=
Date: Tue, 3 Nov 2026 13:05:09 +0100
Message-ID: <ntf.4820175396.ready.1762171509@zasilkovna.cz>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_88213_1904417735.1762171509"
Auto-Submitted: auto-generated
X-Packeta-Notification: PACKET_READY

------=_Part_88213_1904417735.1762171509
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dobrý den,

Vaše zásilka Z 482 0175 396 od odesílatele Shop Example BV je připravena k vyzvednutí.

Výdejní místo: Z-BOX Praha 7, Dukelských hrdinů 47 (u vchodu do pasáže)
Vyzvednout do: 9. 11. 2026
Kód pro vyzvednutí: 617 204

Z-BOX otevřete v aplikaci Zásilkovna přes Bluetooth, nebo zadejte kód na displeji.
Úložní dobu můžete jednou prodloužit o 3 dny v aplikaci.

Sledování zásilky: https://tracking.packeta.com/cs/?id=Z4820175396

Tento e-mail byl odeslán automaticky, neodpovídejte na něj prosím.
Zásilkovna s.r.o.

------=_Part_88213_1904417735.1762171509
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html><html lang="cs"><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#ba1b02">Zásilka je připravena k vyzvednutí</h2>
<p>Vaše zásilka <b>Z 482 0175 396</b> od odesílatele <b>Shop Example BV</b> čeká na výdejním místě:</p>
<p><b>Z-BOX Praha 7</b><br>Dukelských hrdinů 47 (u vchodu do pasáže)</p>
<table><tr><td>Vyzvednout do:</td><td><b>9. 11. 2026</b></td></tr>
<tr><td>Kód pro vyzvednutí:</td><td><b style="font-size:20px">617 204</b></td></tr></table>
<p><a href="https://tracking.packeta.com/cs/?id=Z4820175396">Sledovat zásilku</a></p>
<p style="font-size:11px;color:#777">Tento e-mail byl odeslán automaticky, neodpovídejte na něj prosím.</p>
</body></html>

------=_Part_88213_1904417735.1762171509--
'''),

    ('cs', 'seznam-postfix-bounce-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mxout6.seznam.cz (mxout6.seznam.cz [77.75.78.16])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBxY01FwJz9sZk
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:02:33 +0100 (CET)
From: Mail Delivery System <MAILER-DAEMON@mxout6.seznam.cz>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va?= (Undelivered Mail Returned to Sender)
Date: Thu,  5 Nov 2026 10:02:31 +0100 (CET)
Message-ID: <20261105090231.5B2F1C03A1@mxout6.seznam.cz>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="5B2F1C03A1.1793955751/mxout6.seznam.cz"

This is a MIME-encapsulated message.

--5B2F1C03A1.1793955751/mxout6.seznam.cz
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Toto je automatická zpráva poštovního serveru mxout6.seznam.cz.

Je nám líto, ale Vaši zprávu se nepodařilo doručit jednomu nebo více
příjemcům. Hlavičky původní zprávy jsou přiloženy níže.

<jiri.dvoracek@email.cz>: schránka příjemce je plná, zprávu nelze doručit
    (552 5.2.2 Mailbox quota exceeded)

Zkuste prosím příjemce kontaktovat jiným způsobem.

--5B2F1C03A1.1793955751/mxout6.seznam.cz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mxout6.seznam.cz
X-Postfix-Queue-ID: 5B2F1C03A1
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu,  5 Nov 2026 10:02:29 +0100 (CET)

Final-Recipient: rfc822; jiri.dvoracek@email.cz
Original-Recipient: rfc822;jiri.dvoracek@email.cz
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; 552 5.2.2 Mailbox quota exceeded

--5B2F1C03A1.1793955751/mxout6.seznam.cz
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [195.130.144.21])
        by mxout6.seznam.cz (Postfix) with ESMTPS id 5B2F1C03A1
        for <jiri.dvoracek@email.cz>; Thu,  5 Nov 2026 10:02:29 +0100 (CET)
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: jiri.dvoracek@email.cz
Subject: =?utf-8?Q?V=C3=A1=C5=A1_po=C5=BEadavek_PRV-2026-0433_-_ov=C4=9B=C5=99en=C3=AD_toto=C5=BEnosti?=
Date: Thu, 5 Nov 2026 10:02:27 +0100
Message-ID: <prv-2026-0433.1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--5B2F1C03A1.1793955751/mxout6.seznam.cz--
'''),

    ('cs', 'ppl-helpdesk-ticket-acknowledgement', 'automated', (),
'''Return-Path: <support+id2611-04873@ppl-cz.zendesk.com>
Received: from out-22.smtp.zendesk.com (out-22.smtp.zendesk.com [192.161.148.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBJ3s0pTnz9sYb
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 09:31:47 +0100 (CET)
From: Zákaznický servis PPL CZ <podpora@ppl.cz>
Reply-To: Zákaznický servis PPL CZ <support+id2611-04873@ppl-cz.zendesk.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[Po=C5=BEadavek_#2611-04873]_Re:_Fotografie_p=C5=99i_doru=C4=8Den?=
 =?UTF-8?Q?=C3=AD_z=C3=A1silky_40512378841?=
Date: Wed, 04 Nov 2026 08:31:44 +0000
Message-ID: <8GK3QX-R7PN_6728c3d0a1b2e_sprut@zendesk.com>
In-Reply-To: <prv-2026-0421.2@shop.example.be>
References: <prv-2026-0421.2@shop.example.be>
Auto-Submitted: auto-generated
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 7d1e29a
X-Zendesk-Email-Id: 01JBX4F7Q2M8WZK3T5R9YV6H0C
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6728c3d0b83a4_2f1b3fc9e1a7d0"

----==_mimepart_6728c3d0b83a4_2f1b3fc9e1a7d0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

##- Při odpovědi prosím pište nad tento řádek -##

Dobrý den,

děkujeme za Vaši zprávu. Váš požadavek jsme přijali a zaevidovali pod číslem 2611-04873.

Předmět: Fotografie při doručení zásilky 40512378841
Stav: Otevřený

Odpovíme Vám nejpozději do 3 pracovních dnů. Pokud potřebujete něco doplnit, stačí odpovědět na tento e-mail; číslo požadavku v předmětu prosím neměňte.

Zákaznický servis PPL CZ
www.ppl.cz | +420 225 031 600

Toto je automaticky generovaná zpráva.

[8GK3QX-R7PN]

----==_mimepart_6728c3d0b83a4_2f1b3fc9e1a7d0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body>
<div style="color:#b5b5b5">##- Při odpovědi prosím pište nad tento řádek -##</div>
<p>Dobrý den,</p>
<p>děkujeme za Vaši zprávu. Váš požadavek jsme přijali a zaevidovali pod číslem <b>2611-04873</b>.</p>
<p>Předmět: Fotografie při doručení zásilky 40512378841<br>Stav: Otevřený</p>
<p>Odpovíme Vám nejpozději do 3 pracovních dnů. Pokud potřebujete něco doplnit, stačí odpovědět na tento e-mail; číslo požadavku v předmětu prosím neměňte.</p>
<p>Zákaznický servis PPL CZ<br>www.ppl.cz | +420 225 031 600</p>
<p style="font-size:11px;color:#999">Toto je automaticky generovaná zpráva.</p>
<span style="color:#fff;font-size:1px">[8GK3QX-R7PN]</span>
</body></html>

----==_mimepart_6728c3d0b83a4_2f1b3fc9e1a7d0--
'''),

    ('cs', 'person-forwards-ppl-delivery-photo-showing-child', 'complaint', ('deletion',),
'''Return-Path: <petra.horakova@seznam.cz>
Received: from mxout1.seznam.cz (mxout1.seznam.cz [77.75.78.11])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8yF46LhRz9sVz
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 21:14:09 +0100 (CET)
From: =?UTF-8?Q?Petra_Hor=C3=A1kov=C3=A1?= <petra.horakova@seznam.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Fwd:_Va=C5=A1e_z=C3=A1silka_byla_doru=C4=8Dena?=
Date: Mon, 2 Nov 2026 21:14:02 +0100
Message-ID: <5C1D8E2A-7B43-4F0E-9A61-2E3F8B7C4D10@seznam.cz>
MIME-Version: 1.0 (1.0)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Mailer: iPhone Mail (22B91)

Dobrý den,

přeposílám Vám e-mail od PPL k zásilce od Vás. Ta „fotografie doručení“ v odkazu je vyfocená ve dveřích našeho bytu a je na ní moje osmiletá dcera, která kurýrovi otevřela. Je jí vidět celý obličej. Nikdo se mě na nic neptal a fotka se otevře komukoli, kdo ten odkaz má.

Tohle je pro mě naprosto nepřijatelné. Chci, aby ta fotka byla smazaná, u Vás i u PPL, a aby se nic takového už neopakovalo.

Petra Horáková

Odesláno z iPhonu

Začátek přeposílané zprávy:

> Od: PPL CZ <noreply@ppl.cz>
> Datum: 2. listopadu 2026 v 16:51:08 SEČ
> Komu: petra.horakova@seznam.cz
> Předmět: Vaše zásilka byla doručena
>
> Dobrý den,
>
> zásilka 40512378841 od odesílatele SHOP EXAMPLE BV byla dnes v 16:48 doručena.
>
> Převzal(a): HORÁKOVÁ
> Fotografie doručení: https://www.ppl.cz/pod/40512378841?k=9fQ2xLm7
>
> Ohodnoťte prosím doručení: https://www.ppl.cz/hodnoceni/40512378841
>
> Toto je automaticky generovaná zpráva, neodpovídejte na ni.
> PPL CZ s.r.o.
'''),

    ('hr', 'hrvatska-posta-delivery-attempt-notice', 'automated', (),
'''Return-Path: <obavijesti@posta.hr>
Received: from smtp-out2.posta.hr (smtp-out2.posta.hr [195.29.150.72])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBM8n1dXfz9sYk
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 10:51:30 +0100 (CET)
From: =?UTF-8?Q?Hrvatska_po=C5=A1ta?= <obavijesti@posta.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Obavijest_o_poku=C5=A1aju_uru=C4=8Denja_po=C5=A1iljke_CD703418262BE?=
Date: Wed, 4 Nov 2026 10:51:27 +0100
Message-ID: <HP.20261104.105127.CD703418262BE@posta.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk

Poštovani,

dana 04.11.2026. u 10:42 sati pokušali smo Vam uručiti pošiljku broj CD703418262BE (pošiljatelj: SHOP EXAMPLE BV, Belgija), ali Vas nismo zatekli na adresi.

Pošiljka je pohranjena u poštanskom uredu:
10000 ZAGREB, Jurišićeva 13
Radno vrijeme: pon - pet 07:00 - 20:00, sub 07:00 - 13:00

Pošiljku možete preuzeti do 18.11.2026. uz predočenje osobne iskaznice ili putovnice. Nakon isteka roka pošiljka se vraća pošiljatelju.

Ako želite ponovnu dostavu na adresu ili preusmjeravanje u paketomat, zatražite to na https://www.posta.hr/preusmjeri unosom broja pošiljke.

Ovo je automatski generirana poruka. Molimo ne odgovarajte na nju.

Hrvatska pošta d.d.
'''),

    ('hr', 'gls-flexdelivery-time-window-today', 'automated', (),
'''Return-Path: <noreply@gls-croatia.com>
Received: from mail3.gls-group.eu (mail3.gls-group.eu [62.159.243.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBw2L5hKnz9sZd
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 07:12:20 +0100 (CET)
From: GLS Croatia <noreply@gls-croatia.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Va=C5=A1_GLS_paket_sti=C5=BEe_danas_izme=C4=91u_13:00_i_16:00?=
Date: Thu, 05 Nov 2026 07:12:17 +0100
Message-ID: <FDS-62004718935-20261105071217@gls-croatia.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-GLS-Service: FDS

Po=C5=A1tovani,

Va=C5=A1 paket broj 62004718935 (po=C5=A1iljatelj: Shop Example BV) bit =
=C4=87e dostavljen danas, 05.11.2026., u vremenskom okviru

      13:00 =E2=80=93 16:00

Voza=C4=8D: Tomislav, tel. +385 91 *** 4417

Ne=C4=87ete biti kod ku=C4=87e? Putem FlexDeliveryService mo=C5=BEete:
- promijeniti datum dostave
- preusmjeriti paket u GLS paketomat ili ParcelShop
- odrediti sigurno mjesto za ostavljanje paketa

Promjene su mogu=C4=87e do 11:00 na https://gls-group.eu/HR/hr/pracenje-p=
aketa?match=3D62004718935

Ova poruka je automatski generirana. Molimo ne odgovarajte na nju.

GLS Croatia d.o.o., Kovinska 4, 10090 Zagreb
'''),

    ('hr', 'returns-centre-daily-rma-report', 'automated', (),
'''Return-Path: <izvjesca@povrati-sesvete.hr>
Received: from mail.povrati-sesvete.hr (mail.povrati-sesvete.hr [89.201.163.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBv6G0bZ1z9sZb
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 06:30:08 +0100 (CET)
From: Povratni centar Sesvete <izvjesca@povrati-sesvete.hr>
To: logistika@shop.example.be, privacy@shop.example.be
Subject: =?UTF-8?Q?Dnevno_izvje=C5=A1=C4=87e_o_povratima_-_SHOP_EXAMPLE_BV_-_04.11.2026?=
Date: Thu, 5 Nov 2026 06:30:04 +0100
Message-ID: <rpt-daily-SEB-20261104@povrati-sesvete.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Report-Type: RMA_DAILY

Poštovani,

u nastavku je dnevni pregled povrata zaprimljenih u Povratnom centru Sesvete za klijenta SHOP EXAMPLE BV.

Razdoblje: 04.11.2026. 00:00 - 23:59
Zaprimljeno povrata: 4
Odobreno za povrat novca: 3
Na provjeri: 1

RMA            Narudžba          Stanje robe          Status
RMA-HR-20931   SEB-2026-113877   neoštećeno           povrat novca odobren
RMA-HR-20934   SEB-2026-114019   neoštećeno           povrat novca odobren
RMA-HR-20940   SEB-2026-114102   oštećena ambalaža    povrat novca odobren
RMA-HR-20942   SEB-2026-114250   nedostaje dio        na provjeri (foto u portalu)

Povrati s odobrenim povratom novca proslijeđeni su u Vaš sustav putem API-ja u 05:30.
Artikli u stanju "neoštećeno" vraćeni su na zalihu (lokacija SES-B-04).
Fotografije i zapisnici o prijemu dostupni su u portalu: https://portal.povrati-sesvete.hr

Ova poruka je generirana automatski. Za promjenu primatelja izvješća obratite se svom voditelju računa.
'''),

    ('hr', 'person-neighbour-forwards-gls-notice-for-someone-else', 'complaint', (),
'''Return-Path: <ivana.maric@gmail.com>
Received: from mail-ej1-f43.google.com (mail-ej1-f43.google.com [209.85.218.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QC1bX3kDqz9sZs
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 19:48:31 +0100 (CET)
Received: by mail-ej1-f43.google.com with SMTP id a640c23a62f3a-a9e8522c10bso211784066b.1
        for <privacy@shop.example.be>; Thu, 05 Nov 2026 10:48:30 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?Q?Ivana_Mari=C4=87?= <ivana.maric@gmail.com>
Date: Thu, 5 Nov 2026 19:48:17 +0100
Message-ID: <CAJq7vN0sR4m2F9kXw8pLz3Tq1bYh6cE5dU+oA@mail.gmail.com>
Subject: =?UTF-8?Q?Fwd:_Va=C5=A1_GLS_paket_je_dostavljen?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000004c1b7a0623c8e5f2"

--0000000000004c1b7a0623c8e5f2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

ve=C4=87 drugi put mi na e-mail sti=C5=BEu obavijesti o dostavi za susjedu =
s kata ispod (g=C4=91a S. Babi=C4=87, vidi dolje). U porukama je njezino =
ime i prezime, adresa, broj mobitela, a sada i fotografija paketa ispred n=
jezinih vrata. Ja tu narud=C5=BEbu nisam napravila niti imam ikakve veze s=
 njom, o=C4=8Dito je netko kod vas uz njezinu narud=C5=BEbu upisao moju e-=
mail adresu.

Smatram da je ovo ozbiljan propust u za=C5=A1titi podataka, i prema njoj i=
 prema meni. Molim vas da to rije=C5=A1ite i da njezine podatke vi=C5=A1e n=
e =C5=A1aljete meni.

Lijep pozdrav,
Ivana Mari=C4=87

---------- Proslije=C4=91ena poruka ---------
Od: GLS Croatia <noreply@gls-croatia.com>
Date: =C4=8Det, 5. stu 2026. u 15:22
Subject: Va=C5=A1 GLS paket je dostavljen
To: <ivana.maric@gmail.com>


Po=C5=A1tovana gospo=C4=91o Babi=C4=87,

Va=C5=A1 paket 62004719402 (po=C5=A1iljatelj: Shop Example BV) dostavljen =
je 05.11.2026. u 15:19.

Adresa dostave: Ulica Ivana Gorana Kova=C4=8Di=C4=87a 18, 2. kat, 10000 Za=
greb
Telefon primatelja: +385 98 *** 2231
Na=C4=8Din dostave: ostavljeno pred vratima (sigurno mjesto)
Fotografija dostave: https://gls-group.eu/HR/hr/pod?p=3D62004719402

Ova poruka je automatski generirana. Molimo ne odgovarajte na nju.

--0000000000004c1b7a0623c8e5f2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Po=C5=A1tovani,</div><div><br></div><div>ve=C4=87 drug=
i put mi na e-mail sti=C5=BEu obavijesti o dostavi za susjedu s kata ispod=
 (g=C4=91a S. Babi=C4=87, vidi dolje). U porukama je njezino ime i prezime=
, adresa, broj mobitela, a sada i fotografija paketa ispred njezinih vrata=
. Ja tu narud=C5=BEbu nisam napravila niti imam ikakve veze s njom, o=C4=8D=
ito je netko kod vas uz njezinu narud=C5=BEbu upisao moju e-mail adresu.</=
div><div><br></div><div>Smatram da je ovo ozbiljan propust u za=C5=A1titi =
podataka, i prema njoj i prema meni. Molim vas da to rije=C5=A1ite i da nj=
ezine podatke vi=C5=A1e ne =C5=A1aljete meni.</div><div><br></div><div>Lij=
ep pozdrav,</div><div>Ivana Mari=C4=87</div><br><div class=3D"gmail_quote"=
><div dir=3D"ltr" class=3D"gmail_attr">---------- Proslije=C4=91ena poruka=
 ---------<br>Od: <strong class=3D"gmail_sendername">GLS Croatia</strong> =
&lt;noreply@gls-croatia.com&gt;<br>Date: =C4=8Det, 5. stu 2026. u 15:22<br=
>Subject: Va=C5=A1 GLS paket je dostavljen<br>To: &lt;ivana.maric@gmail.co=
m&gt;<br></div><br><p>Po=C5=A1tovana gospo=C4=91o Babi=C4=87,</p><p>Va=C5=
=A1 paket 62004719402 (po=C5=A1iljatelj: Shop Example BV) dostavljen je 05=
.11.2026. u 15:19.</p><p>Adresa dostave: Ulica Ivana Gorana Kova=C4=8Di=C4=
=87a 18, 2. kat, 10000 Zagreb<br>Telefon primatelja: +385 98 *** 2231<br>N=
a=C4=8Din dostave: ostavljeno pred vratima (sigurno mjesto)<br>Fotografija=
 dostave: https://gls-group.eu/HR/hr/pod?p=3D62004719402</p></div></div>

--0000000000004c1b7a0623c8e5f2--
'''),

    ('sv', 'postnord-parcel-at-service-point', 'automated', (),
'''Return-Path: <bounce-se-4471@notifications.postnord.com>
Received: from mta-se3.notifications.postnord.com (mta-se3.notifications.postnord.com [91.213.62.174])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBT9h3cMxz9sYq
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 16:03:40 +0100 (CET)
From: PostNord <noreply@postnord.se>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Ditt_paket_fr=C3=A5n_Shop_Example_BV_kan_h=C3=A4mtas?=
Date: Wed, 4 Nov 2026 16:03:37 +0100
Message-ID: <0102019302a7c6e1-5d8b3f4a-11e7-4c2b-9e0d-8a1f6b2c7d34-000000@eu-north-1.notifications.postnord.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-PN-Event: ARRIVED_AT_SERVICE_POINT

Hej!

Ditt paket fr=C3=A5n Shop Example BV har kommit fram och kan h=C3=A4mtas =
hos ditt ombud.

Kolli-ID: 00370730253478912345
Ombud: ICA Supermarket Tornet
Adress: Drottninggatan 41, 252 21 Helsingborg
=C3=96ppettider: m=C3=A5n=E2=80=93s=C3=B6n 07.00=E2=80=9322.00

Sista dag att h=C3=A4mta: 19 november 2026
Utl=C3=A4mningskod: 4471

Ta med giltig legitimation eller visa din digitala ID-handling i appen =
PostNord. Om paketet inte h=C3=A4mtas skickas det tillbaka till avs=C3=A4n=
daren.

Det h=C3=A4r meddelandet g=C3=A5r inte att svara p=C3=A5.
Vill du inte l=C3=A4ngre f=C3=A5 aviseringar via e-post? =C3=84ndra dina =
inst=C3=A4llningar i appen PostNord.

PostNord Sverige AB
'''),

    ('sv', 'exchange-ooo-processor-data-protection-coordinator', 'automated', (),
'''Return-Path: <karin.sjoberg@nordfrakt.se>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2072.outbound.protection.outlook.com [40.107.22.72])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCLw27HtRz9sZy
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 08:15:44 +0100 (CET)
Received: from GV1PR09MB7410.eurprd09.prod.outlook.com (2603:10a6:150:1a3::6) by
 AS8PR09MB6231.eurprd09.prod.outlook.com (2603:10a6:20b:5e2::11) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.20; Fri, 6 Nov
 2026 07:15:42 +0000
From: =?iso-8859-1?Q?Karin_Sj=F6berg?= <karin.sjoberg@nordfrakt.se>
To: Shop Example BV Privacy <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Automatiskt_svar:_Beg=E4ran_om_radering_vidarebefordrad_-?=
 =?iso-8859-1?Q?_v=E5r_ref._PRV-2026-0438?=
Thread-Topic: =?iso-8859-1?Q?Beg=E4ran_om_radering_vidarebefordrad_-_v=E5r_ref._PRV-20?=
 =?iso-8859-1?Q?26-0438?=
Thread-Index: AQHbMA1cX2v9qfT0QkS3n7a1rGd8Zg==
Date: Fri, 6 Nov 2026 07:15:42 +0000
Message-ID: <GV1PR09MB7410E3B2C19D4F0A7B8E21C6A53C2@GV1PR09MB7410.eurprd09.prod.outlook.com>
In-Reply-To: <prv-2026-0438.2@shop.example.be>
References: <prv-2026-0438.2@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: karin.sjoberg@nordfrakt.se
Content-Language: sv-SE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hej,

tack f=F6r ditt mejl. Jag arbetar deltid under november och l=E4ser inte =
mejl p=E5 fredagar. Jag =E4r tillbaka m=E5ndag 9 november.

=C4renden som g=E4ller personuppgifter, t.ex. beg=E4randen fr=E5n registre=
rade, kan skickas till dataskydd@nordfrakt.se s=E5 hanteras de av en kolle=
ga.
Fr=E5gor om leveranser och reklamationer: kundservice@nordfrakt.se eller =
010-459 20 00.

V=E4nliga h=E4lsningar
Karin Sj=F6berg
Dataskyddssamordnare
Nordfrakt AB
'''),

    ('sv', 'dhl-freight-damage-claim-acknowledgement', 'automated', (),
'''Return-Path: <noreply.kundservice@dhl.com>
Received: from mailout-se.dhl.com (mailout-se.dhl.com [165.72.200.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QC0tP1nVgz9sZq
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 16:24:02 +0100 (CET)
From: DHL Kundservice <noreply.kundservice@dhl.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Vi_har_tagit_emot_din_skadeanm=C3=A4lan_=E2=80=93_=C3=A4rende_SE-CLM-2611-20457?=
Date: Thu, 5 Nov 2026 16:23:58 +0100
Message-ID: <CLM.SE.2611-20457.ack.20261105162358@dhl.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Hej,

Tack för din skadeanmälan. Vi har registrerat ärendet med följande uppgifter:

Ärendenummer:   SE-CLM-2611-20457
Försändelse-ID: 7361829045
Tjänst:         DHL Service Point (avsändare: Shop Example BV)
Anmälan avser:  Skadat gods
Anmält:         2026-11-05 16:22

Vi handlägger ärendet så snart som möjligt, normalt inom 30 dagar. Spara förpackningen och det skadade godset tills ärendet är avslutat, vi kan behöva begära in bilder eller hämta godset för besiktning.

Vill du lägga till uppgifter? Gå till https://www.dhl.com/se-sv/home/kundservice/reklamation.html och ange ärendenumret. Svar på detta mejl läses inte.

Med vänliga hälsningar
DHL Freight Sverige, Kundservice
'''),

    ('sv', 'person-family-mailbox-auto-signature-new-address', 'correction', (),
'''Return-Path: <familjen.lindqvist@telia.com>
Received: from smtp.telia.com (smtp-out11.telia.com [81.236.60.161])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBbZ94qWmz9sYy
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 20:31:18 +0100 (CET)
From: Familjen Lindqvist <familjen.lindqvist@telia.com>
To: privacy@shop.example.be
Subject: Fel adress hos er
Date: Wed, 4 Nov 2026 20:31:12 +0100
Message-ID: <9B41E0D7-3F2C-4A8E-B6D5-71C2E48A0F93@telia.com>
MIME-Version: 1.0 (1.0)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: iPad Mail (22B91)

Hej!

Vi fick en avisering fr=C3=A5n PostNord om att ert paket ligger hos ombude=
t p=C3=A5 Stenby, allts=C3=A5 vid v=C3=A5r gamla adress. Vi flyttade i aug=
usti, men hos er st=C3=A5r uppenbarligen fortfarande Stenbygatan 14.

R=C3=A4tt adress sedan 1 september =C3=A4r:
Bj=C3=B6rkv=C3=A4gen 7
722 46 V=C3=A4ster=C3=A5s

Det g=C3=A4ller b=C3=A5de Anders och Lena Lindqvist. Kundkortet =C3=A4r 63=
70 0012 4488 och st=C3=A5r p=C3=A5 Anders. Kan ni =C3=A4ndra s=C3=A5 att d=
et blir r=C3=A4tt p=C3=A5 b=C3=A5da, s=C3=A5 slipper vi =C3=A5ka tv=C3=A4r=
s =C3=B6ver stan n=C3=A4sta g=C3=A5ng?

Tack p=C3=A5 f=C3=B6rhand!
Lena

--=20
Familjen Lindqvist
Bj=C3=B6rkv=C3=A4gen 7, 722 46 V=C3=A4ster=C3=A5s
Detta mejl skickas fr=C3=A5n familjens gemensamma brevl=C3=A5da. Skriv g=
=C3=A4rna vem av oss du svarar till.

Skickat fr=C3=A5n min iPad
'''),

    ('sv', 'person-replies-above-budbee-rating-stop-mailing', 'withdraw_consent', (),
'''Return-Path: <oskar.nyberg@hotmail.se>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02olkn2013.outbound.protection.outlook.com [40.92.50.13])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCHq85VbTz9sZw
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 21:09:33 +0100 (CET)
From: Oskar Nyberg <oskar.nyberg@hotmail.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: SV: Hur var din leverans, Oskar?
Thread-Topic: Hur var din leverans, Oskar?
Thread-Index: AQHbMIr2kQ7dW0p1TUyx3e9fHcA5Jw==
Date: Fri, 6 Nov 2026 20:09:31 +0000
Message-ID: <DU0P192MB1547C0A3F5E9B2D84A61E7F2B93D2@DU0P192MB1547.EURP192.PROD.OUTLOOK.COM>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Jag har aldrig bett om n=C3=A5gra enk=C3=A4ter. Sluta mejla mig, och ta bor=
t mig fr=C3=A5n alla era utskick, nyhetsbrevet ocks=C3=A5.

/Oskar

________________________________
Fr=C3=A5n: Budbee <no-reply@budbee.com>
Skickat: den 6 november 2026 19:04
Till: oskar.nyberg@hotmail.se <oskar.nyberg@hotmail.se>
=C3=84mne: Hur var din leverans, Oskar?

Hej Oskar!

Ditt paket fr=C3=A5n Shop Example har levererats till din d=C3=B6rr kl. 18=
:47.

Hur n=C3=B6jd =C3=A4r du med leveransen? Betygs=C3=A4tt den med ett klick:
https://budbee.com/rate/8KQ2M7XT

Tack f=C3=B6r att du valde en fossilfri leverans med Budbee.
Budbee AB, Rosenlundsgatan 29C, 118 63 Stockholm
'''),

    ('ro', 'fan-courier-awb-delivered-pod', 'automated', (),
'''Return-Path: <notificari@fancourier.ro>
Received: from mail2.fancourier.ro (mail2.fancourier.ro [86.105.141.27])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBP5x6gYjz9sYm
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 13:28:05 +0100 (CET)
From: FAN Courier <notificari@fancourier.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Expedierea_cu_AWB_2201049387651_a_fost_livrat=C4=83?=
Date: Wed, 4 Nov 2026 14:28:02 +0200
Message-ID: <awb2201049387651.livrat.20261104142802@fancourier.ro>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: bulk

Bun=C4=83 ziua,

V=C4=83 inform=C4=83m c=C4=83 expedierea cu AWB 2201049387651, expeditor S=
HOP EXAMPLE BV, a fost livrat=C4=83 ast=C4=83zi, 04.11.2026, la ora 14:27.

Destinatar: Mihai Popescu, Cluj-Napoca
Semnat de: POPESCU M.
Ramburs: 0,00 RON

Dovada livr=C4=83rii (POD) poate fi desc=C4=83rcat=C4=83 timp de 30 de zil=
e de la adresa:
https://www.fancourier.ro/awb-tracking/?awb=3D2201049387651&pod=3D1

V=C4=83 mul=C8=9Bumim c=C4=83 a=C8=9Bi ales FAN Courier!

Acest mesaj a fost generat automat. V=C4=83 rug=C4=83m s=C4=83 nu r=C4=83s=
punde=C8=9Bi.
'''),

    ('ro', 'sameday-easybox-parcel-arrived', 'automated', (),
'''Return-Path: <bounce+ro.7f3c1@mail.sameday.ro>
Received: from o12.mail.sameday.ro (o12.mail.sameday.ro [149.72.131.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBp1M2fWrz9sZf
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 15:40:57 +0100 (CET)
From: Sameday <noreply@sameday.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Coletul_t=C4=83u_a_ajuns_=C3=AEn_easybox?=
Date: Thu, 05 Nov 2026 14:40:54 +0000
Message-ID: <x7Qm2RbKT3y9vN1aD0cLpg@geopod-ismtpd-12>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="4c2b0e8f5d1a7c9e3b6f"
Auto-Submitted: auto-generated
X-SG-EID: u001.h3Kq9Zx1bT0fVd8mPq2L

--4c2b0e8f5d1a7c9e3b6f
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Salut!

Coletul tău de la Shop Example BV a ajuns în easybox și te așteaptă.

AWB: 1ONBXR29385746001
easybox: Mega Image Titan, Bd. Nicolae Grigorescu 24, București, sector 3
PIN de deschidere: 538162
Poți ridica coletul până pe 07.11.2026, ora 16:40.

Deschide ușa direct din aplicația Sameday sau introdu PIN-ul pe ecranul easybox.
Dacă nu ajungi la timp, poți prelungi o singură dată perioada de ridicare cu 24 de ore, din aplicație.

Echipa Sameday

Acest e-mail a fost trimis automat. Te rugăm să nu răspunzi la el.

--4c2b0e8f5d1a7c9e3b6f
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="margin:0;font-family:Roboto,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0a2a5e;padding:16px;color:#fff"><b>sameday</b></td></tr>
<tr><td style="padding:20px">
<h2>Coletul tău a ajuns în easybox!</h2>
<p>AWB: <b>1ONBXR29385746001</b><br>De la: Shop Example BV</p>
<p>easybox <b>Mega Image Titan</b><br>Bd. Nicolae Grigorescu 24, București, sector 3</p>
<p style="font-size:24px;letter-spacing:4px"><b>538162</b></p>
<p>Poți ridica coletul până pe <b>07.11.2026, ora 16:40</b>.</p>
<p><a href="https://sameday.ro/app">Deschide din aplicație</a></p>
<p style="font-size:11px;color:#888">Acest e-mail a fost trimis automat. Te rugăm să nu răspunzi la el.</p>
</td></tr></table>
<img src="https://u1234.ct.sendgrid.net/wf/open?upn=x7Qm2RbKT3y9vN1aD0cLpg" width="1" height="1" alt="">
</body></html>

--4c2b0e8f5d1a7c9e3b6f--
'''),

    ('ro', 'outlook-read-receipt-regional-carrier', 'automated', (),
'''Return-Path: <andreea.stan@cargoline.ro>
Received: from mail.cargoline.ro (mail.cargoline.ro [89.36.218.114])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QC05j4ZRvz9sZn
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 12:03:46 +0100 (CET)
From: Andreea Stan <andreea.stan@cargoline.ro>
To: <privacy@shop.example.be>
Subject: Citit: Cerere privind fotografia de livrare - ref. PRV-2026-0424
Thread-Topic: Cerere privind fotografia de livrare - ref. PRV-2026-0424
Thread-Index: AdswKz9cUq1mZ3bHT4y2k8vN0Xf1Rw==
Date: Thu, 5 Nov 2026 11:03:41 +0000
Message-ID: <0e4a7d31b6c24f90a8e25c1d3f7b9a60@EXCH02.cargoline.local>
In-Reply-To: <prv-2026-0424.1@shop.example.be>
References: <prv-2026-0424.1@shop.example.be>
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_001_0e4a7d31b6c24f90a8e25c1d3f7b9a60EXCH02cargolinelocal_"

--_001_0e4a7d31b6c24f90a8e25c1d3f7b9a60EXCH02cargolinelocal_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Mesajul dvs.

    C=C4=83tre: Andreea Stan
    Subiect: Cerere privind fotografia de livrare - ref. PRV-2026-0424
    Trimis: joi, 5 noiembrie 2026 12:20:14 (UTC+02:00) Atena, Bucure=C8=99=
ti

a fost citit pe joi, 5 noiembrie 2026 13:03:41 (UTC+02:00) Atena, Bucure=
=C8=99ti.

--_001_0e4a7d31b6c24f90a8e25c1d3f7b9a60EXCH02cargolinelocal_
Content-Type: message/disposition-notification

Reporting-UA: EXCH02.cargoline.local; Microsoft Outlook 16.0
Final-Recipient: rfc822;andreea.stan@cargoline.ro
Original-Message-ID: <prv-2026-0424.1@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_001_0e4a7d31b6c24f90a8e25c1d3f7b9a60EXCH02cargolinelocal_--
'''),

    ('ro', 'person-replies-above-return-confirmation-asks-refund', 'other', (),
'''Return-Path: <cristina.dumitrescu@yahoo.com>
Received: from sonic305-21.consmr.mail.ir2.yahoo.com (sonic305-21.consmr.mail.ir2.yahoo.com [77.238.177.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCF2r0xLpz9sZv
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 09:47:12 +0100 (CET)
Date: Fri, 6 Nov 2026 08:47:05 +0000 (UTC)
From: Cristina Dumitrescu <cristina.dumitrescu@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1248397561.3318204.1793954825113@mail.yahoo.com>
In-Reply-To: <rma-2026-88412.confirm@returns.shop.example.be>
References: <rma-2026-88412.confirm@returns.shop.example.be>
Subject: =?UTF-8?Q?Re:_Returul_t=C4=83u_a_fost_=C3=AEnregistrat_=E2=80=93_RMA-2026-88412?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: WebService/1.1.22806 YahooMailAndroidMobile

Bună ziua,

Am trimis coletul înapoi pe 20 octombrie, am primit confirmarea de mai jos, dar banii nu mi-au intrat nici acum în cont. Comanda este SEB-2026-114205, 89,95 EUR, plătită cu cardul.

Vă rog să verificați când se face rambursarea, au trecut deja mai bine de două săptămâni.

Mulțumesc,
Cristina Dumitrescu

Trimis de pe Yahoo Mail pentru Android

  Pe mar., oct. 20, 2026 la 16:12, Shop Example - Retururi<retururi@shop.example.be> a scris:

Returul tău a fost înregistrat

Bună, Cristina!

Am primit solicitarea ta de retur pentru comanda SEB-2026-114205.

Număr retur (RMA): RMA-2026-88412
Produse: 1 x Jachetă impermeabilă Trail, mărimea M
Metodă: predare în easybox Sameday (eticheta de retur este atașată)

După ce coletul ajunge în depozitul nostru și este verificat, banii se întorc pe cardul cu care ai plătit, în 5-10 zile lucrătoare.

Acest e-mail a fost trimis automat de portalul de retururi Shop Example.
'''),

    ('el', 'elta-courier-failed-delivery-attempt', 'automated', (),
'''Return-Path: <noreply@elta-courier.gr>
Received: from mailer.elta-courier.gr (mailer.elta-courier.gr [212.205.47.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBNq20cKtz9sYl
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:41:26 +0100 (CET)
From: =?UTF-8?Q?=CE=95=CE=9B=CE=A4=CE=91_Courier?= <noreply@elta-courier.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=91=CE=BD=CE=B5=CF=80=CE=B9=CF=84=CF=85=CF=87=CE=AE=CF=82?=
 =?UTF-8?Q?_=CE=B5=CF=80=CE=AF=CE=B4=CE=BF=CF=83=CE=B7?=
 =?UTF-8?Q?_=CE=B1=CF=80=CE=BF=CF=83=CF=84=CE=BF=CE=BB=CE=AE=CF=82?=
 =?UTF-8?Q?_WB812734906GR?=
Date: Wed, 4 Nov 2026 12:41:22 +0200
Message-ID: <notif.WB812734906GR.1793875282@elta-courier.gr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk

Αγαπητέ πελάτη,

Σας ενημερώνουμε ότι στις 04/11/2026 και ώρα 12:35 επιχειρήθηκε η επίδοση της αποστολής σας χωρίς επιτυχία.

Αριθμός αποστολής: WB812734906GR
Αποστολέας: SHOP EXAMPLE BV
Αιτία: Απουσία παραλήπτη - αφέθηκε ειδοποίηση

Η αποστολή παραμένει προς παραλαβή στο κατάστημα ΕΛΤΑ Courier Αμπελοκήπων (Λεωφ. Αλεξάνδρας 112, 114 71 Αθήνα) για 10 εργάσιμες ημέρες. Για την παραλαβή απαιτείται αστυνομική ταυτότητα ή διαβατήριο.

Μπορείτε επίσης να ορίσετε νέα ημερομηνία επίδοσης στη διεύθυνση:
https://www.elta-courier.gr/search?br=WB812734906GR

Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.

ΕΛΤΑ Courier Α.Ε.
'''),

    ('el', 'acs-address-verification-request-html-only', 'automated', (),
'''Return-Path: <bounce-acs-27781@mail.acscourier.net>
Received: from mail.acscourier.net (mail.acscourier.net [195.97.21.133])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBqK63tNbz9sZg
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 08:18:51 +0100 (CET)
From: ACS Courier <info@acscourier.net>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?ACS:_=CE=95=CF=80=CE=B9=CE=B2=CE=B5=CE=B2=CE=B1?=
 =?UTF-8?Q?=CE=AF=CF=89=CF=83=CE=B7_=CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85?=
 =?UTF-8?Q?=CE=BD=CF=83=CE=B7=CF=82_=CE=B3=CE=B9=CE=B1_=CF=84=CE=B7=CE=BD?=
 =?UTF-8?Q?_=CE=B1=CF=80=CE=BF=CF=83=CF=84=CE=BF=CE=BB=CE=AE_7204815936?=
Date: Thu, 5 Nov 2026 09:18:47 +0200
Message-ID: <addrchk-7204815936-20261105091847@acscourier.net>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-ACS-Notification: ADDRESS_VERIFICATION

<html><body style="font-family:Arial,sans-serif;font-size:14px">
<img src="https://www.acscourier.net/img/mail/logo-acs.png" alt="ACS Courier" width="120">
<p>Αγαπητέ/ή παραλήπτη,</p>
<p>Για την αποστολή <b>7204815936</b> του αποστολέα <b>SHOP EXAMPLE BV</b> η διεύθυνση παράδοσης που μας δόθηκε δεν μπόρεσε να επιβεβαιωθεί αυτόματα:</p>
<p style="background:#f3f3f3;padding:8px">Ερμού 4, 546 24 Θεσσαλονίκη<br><i>Ο ταχυδρομικός κώδικας δεν αντιστοιχεί στην οδό.</i></p>
<p>Για να μην καθυστερήσει η παράδοση, παρακαλούμε επιβεβαιώστε ή διορθώστε τη διεύθυνση έως <b>06/11/2026 18:00</b>:</p>
<p><a href="https://www.acscourier.net/el/address-confirm?v=7204815936&amp;t=Xk29Qp" style="background:#e2001a;color:#fff;padding:8px 16px;text-decoration:none">Επιβεβαίωση διεύθυνσης</a></p>
<p>Αν δεν λάβουμε απάντηση, η αποστολή θα παραμείνει προς παραλαβή στο κατάστημα ACS Θεσσαλονίκη Κέντρο.</p>
<p style="font-size:11px;color:#888">Το μήνυμα δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε σε αυτό το email.<br>ACS Courier Μονοπρόσωπη Α.Ε.Ε.</p>
</body></html>
'''),

    ('el', 'exchange-ndr-greek-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from mail.geniki-taxydromiki.gr (mail.geniki-taxydromiki.gr [194.30.211.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QC6dV2sJ8z9sZr
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 17:02:49 +0100 (CET)
Received: from EXCH01.geniki-taxydromiki.local (10.1.4.21) by
 EXCH01.geniki-taxydromiki.local (10.1.4.21) with Microsoft SMTP Server
 id 15.2.1544.11; Thu, 5 Nov 2026 18:02:47 +0200
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@geniki-taxydromiki.gr>
To: <privacy@shop.example.be>
Date: Thu, 5 Nov 2026 16:02:47 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a1c3e5f7-0b2d-4f68-9e1a-3c5d7f9b1e2a"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: el-GR
Message-ID: <4d0b7c2e-91f3-4a6e-b1d2-7f0e3c9a5b18@EXCH01.geniki-taxydromiki.local>
In-Reply-To: <prv-2026-0440.1@shop.example.be>
References: <prv-2026-0440.1@shop.example.be>
Subject: =?utf-8?Q?=CE=94=CE=B5=CE=BD_=CE=B5=CE=AF=CE=BD=CE=B1=CE=B9_=CE=B4?=
 =?utf-8?Q?=CF=85=CE=BD=CE=B1=CF=84=CE=AE_=CE=B7_=CF=80=CE=B1=CF=81?=
 =?utf-8?Q?=CE=AC=CE=B4=CE=BF=CF=83=CE=B7:?= Erasure request forwarded to
 processor - ref. PRV-2026-0440
Auto-Submitted: auto-replied
MIME-Version: 1.0

--a1c3e5f7-0b2d-4f68-9e1a-3c5d7f9b1e2a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Η παράδοση σε αυτούς τους παραλήπτες ή τις ομάδες απέτυχε:

n.papadopoulou@geniki-taxydromiki.gr
Η διεύθυνση ηλεκτρονικού ταχυδρομείου που πληκτρολογήσατε δεν βρέθηκε. Ελέγξτε τη διεύθυνση ηλεκτρονικού ταχυδρομείου του παραλήπτη και δοκιμάστε να στείλετε ξανά το μήνυμα. Εάν το πρόβλημα παραμένει, επικοινωνήστε με την υπηρεσία υποστήριξης.

Διαγνωστικές πληροφορίες για διαχειριστές:

Διακομιστής δημιουργίας: EXCH01.geniki-taxydromiki.local

n.papadopoulou@geniki-taxydromiki.gr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Κεφαλίδες αρχικού μηνύματος:

Received: from mx1.shop.example.be (195.130.144.21) by
 EXCH01.geniki-taxydromiki.local (10.1.4.21) with Microsoft SMTP Server id
 15.2.1544.11; Thu, 5 Nov 2026 18:02:45 +0200
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: <n.papadopoulou@geniki-taxydromiki.gr>
Subject: Erasure request forwarded to processor - ref. PRV-2026-0440
Date: Thu, 5 Nov 2026 17:02:41 +0100
Message-ID: <prv-2026-0440.1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--a1c3e5f7-0b2d-4f68-9e1a-3c5d7f9b1e2a
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.geniki-taxydromiki.local
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Thu, 5 Nov 2026 16:02:45 +0000

Final-Recipient: rfc822;n.papadopoulou@geniki-taxydromiki.gr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--a1c3e5f7-0b2d-4f68-9e1a-3c5d7f9b1e2a
Content-Type: text/rfc822-headers

Received: from mx1.shop.example.be (195.130.144.21) by
 EXCH01.geniki-taxydromiki.local (10.1.4.21) with Microsoft SMTP Server id
 15.2.1544.11; Thu, 5 Nov 2026 18:02:45 +0200
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: <n.papadopoulou@geniki-taxydromiki.gr>
Subject: Erasure request forwarded to processor - ref. PRV-2026-0440
Date: Thu, 5 Nov 2026 17:02:41 +0100
Message-ID: <prv-2026-0440.1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--a1c3e5f7-0b2d-4f68-9e1a-3c5d7f9b1e2a--
'''),

    ('el', 'person-forwards-acs-rating-mail-asks-what-was-shared', 'access', (),
'''Return-Path: <d.karagiannis@yahoo.gr>
Received: from sonic317-33.consmr.mail.ir2.yahoo.com (sonic317-33.consmr.mail.ir2.yahoo.com [77.238.177.151])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBGk81mPsz9sYa
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 19:26:40 +0100 (CET)
Date: Tue, 3 Nov 2026 18:26:33 +0000 (UTC)
From: =?UTF-8?B?zpTOt868zq7PhM+BzrfPgiDOms6xz4HOsc6zzrnOrM69zr3Ot8+C?= <d.karagiannis@yahoo.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1906624873.2210457.1793816793402@mail.yahoo.com>
Subject: =?UTF-8?Q?Fwd:_=CE=A0=CF=8E=CF=82_=CE=AE=CF=84=CE=B1=CE=BD_=CE=B7?=
 =?UTF-8?Q?_=CF=80=CE=B1=CF=81=CE=AC=CE=B4=CE=BF=CF=83=CE=AE?=
 =?UTF-8?Q?_=CF=83=CE=B1=CF=82;?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: WebService/1.1.22806 YahooMailAndroidMobile

Καλησπέρα σας,

Μου ήρθε το παρακάτω email από την ACS για την παραγγελία που έκανα σε εσάς. Ξέρουν το όνομά μου, το κινητό μου και την ακριβή διεύθυνσή μου.

Θα ήθελα να μου πείτε ποια στοιχεία μου έχετε δώσει στην ACS και σε ποιες άλλες εταιρείες τα έχετε διαβιβάσει. Επίσης παρακαλώ στείλτε μου αντίγραφο όλων των προσωπικών δεδομένων που κρατάτε για μένα.

Ευχαριστώ,
Δημήτρης Καραγιάννης

Στάλθηκε από το Yahoo Mail σε Android

----- Το προωθημένο μήνυμα -----
Από: ACS Courier <noreply@acscourier.net>
Προς: d.karagiannis@yahoo.gr
Στάλθηκε: Τρίτη, 3 Νοεμβρίου 2026, 17:40:12 EET
Θέμα: Πώς ήταν η παράδοσή σας;

Αγαπητέ κύριε Καραγιάννη,

Η αποστολή 7204799318 του αποστολέα SHOP EXAMPLE BV παραδόθηκε σήμερα στις 17:32 στη διεύθυνση Ιπποκράτους 38, 106 80 Αθήνα.

Πόσο ικανοποιημένος είστε από την παράδοση; Βαθμολογήστε μας με ένα κλικ:
https://www.acscourier.net/el/rate?v=7204799318

ACS Courier - Το μήνυμα δημιουργήθηκε αυτόματα.
'''),

    ('bg', 'speedy-delivered-with-photo-proof', 'automated', (),
'''Return-Path: <noreply@speedy.bg>
Received: from mail-out.speedy.bg (mail-out.speedy.bg [212.56.17.204])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QBz8c5LqMz9sZm
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:49:14 +0100 (CET)
From: =?UTF-8?Q?=D0=A1=D0=BF=D0=B8=D0=B4=D0=B8?= <noreply@speedy.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=9F=D1=80=D0=B0=D1=82=D0=BA=D0=B0_61874390215_=D0=B5?=
 =?UTF-8?Q?_=D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=B0?=
Date: Thu, 5 Nov 2026 11:49:11 +0200
Message-ID: <dlv.61874390215.20261105114911@speedy.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Speedy-Event: DELIVERED

Здравейте,

Пратка № 61874390215 от подател SHOP EXAMPLE BV беше доставена на 05.11.2026 г. в 11:48 ч.

Получил: Г. Стоянова
Адрес: гр. София, ж.к. Лозенец, ул. „Криволак“ 22, вх. Б

Снимка и подпис от доставката можете да видите тук (връзката е валидна 30 дни):
https://www.speedy.bg/bg/pod?n=61874390215&k=c71e2a

Доволни ли сте от куриера? Оценете доставката: https://www.speedy.bg/bg/rate/61874390215

Това съобщение е генерирано автоматично. Моля, не отговаряйте на него.
Спиди АД
'''),

    ('bg', 'econt-parcel-arrived-at-office', 'automated', (),
'''Return-Path: <no-reply@econt.com>
Received: from mx-out2.econt.com (mx-out2.econt.com [185.85.99.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCC7t6XkHz9sZt
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 08:05:39 +0100 (CET)
From: =?UTF-8?Q?=D0=95=D0=BA=D0=BE=D0=BD=D1=82?= <no-reply@econt.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=9F=D1=80=D0=B0=D1=82=D0=BA=D0=B0_1052874419236?=
 =?UTF-8?Q?_=D0=BF=D1=80=D0=B8=D1=81=D1=82=D0=B8=D0=B3=D0=BD=D0=B0?=
 =?UTF-8?Q?_=D0=B2_=D0=BE=D1=84=D0=B8=D1=81?=
Date: Fri, 6 Nov 2026 09:05:36 +0200
Message-ID: <ntf-1052874419236-office-arrival@econt.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="econt_b1_5e8c2a90f4d7"
Auto-Submitted: auto-generated
Precedence: bulk

--econt_b1_5e8c2a90f4d7
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

Пратка с товарителница 1052874419236 от SHOP EXAMPLE BV пристигна в офис и може да бъде получена.

Офис: Еконт Пловдив Тракия, бул. „Освобождение“ 50
Работно време: пон.-пет. 09:00-19:00, съб. 09:00-14:00
Сума за плащане при получаване: 0,00 €
Безплатно съхранение до: 12.11.2026 г.

За получаване носете лична карта. Можете да пренасочите пратката към еКонтейнер или към адрес от приложението Еконт.

Проследяване: https://www.econt.com/services/track-shipment/1052874419236

Това е автоматично съобщение, моля, не отговаряйте.
„Еконт Експрес“ ООД

--econt_b1_5e8c2a90f4d7
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Здравейте,</p>
<p>Пратка с товарителница <b>1052874419236</b> от <b>SHOP EXAMPLE BV</b> пристигна в офис и може да бъде получена.</p>
<table cellpadding="4">
<tr><td>Офис:</td><td><b>Еконт Пловдив Тракия</b>, бул. „Освобождение“ 50</td></tr>
<tr><td>Сума за плащане:</td><td>0,00 €</td></tr>
<tr><td>Безплатно съхранение до:</td><td>12.11.2026 г.</td></tr>
</table>
<p><a href="https://www.econt.com/services/track-shipment/1052874419236">Проследи пратката</a></p>
<p style="color:#999;font-size:11px">Това е автоматично съобщение, моля, не отговаряйте.</p>
</body></html>

--econt_b1_5e8c2a90f4d7--
'''),

    ('bg', 'gmail-vacation-responder-returns-manager', 'automated', (),
'''Return-Path: <nikolay.iliev@balkanparcel.bg>
Received: from mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCD0n3FwRz9sZu
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:15:05 +0100 (CET)
Received: by mail-wm1-f41.google.com with SMTP id 5b1f17b1804b1-43167ff0f91so6620125e9.1
        for <privacy@shop.example.be>; Fri, 06 Nov 2026 01:15:04 -0800 (PST)
MIME-Version: 1.0
References: <prv-2026-0445.1@shop.example.be>
In-Reply-To: <prv-2026-0445.1@shop.example.be>
Auto-Submitted: auto-replied
From: =?UTF-8?B?0J3QuNC60L7Qu9Cw0Lkg0JjQu9C40LXQsg==?= <nikolay.iliev@balkanparcel.bg>
Date: Fri, 6 Nov 2026 11:15:02 +0200
Message-ID: <CAF8p3Wm=Yx9kZ4c2QJrNtR0vL7bG1hUe5sD6oA@mail.gmail.com>
Subject: =?UTF-8?Q?=D0=9E=D1=82=D0=BF=D1=83=D1=81=D0=BA_=D0=B4=D0=BE_13?=
 =?UTF-8?Q?_=D0=BD=D0=BE=D0=B5=D0=BC=D0=B2=D1=80=D0=B8?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000093b7a10623d4a7c1"

--00000000000093b7a10623d4a7c1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Здравейте,

В отпуск съм до 13 ноември включително и нямам достъп до пощата си.
За въпроси по доставки и връщания, моля, пишете на operations@balkanparcel.bg или звънете на 0700 18 420.
Запитвания, свързани с лични данни: dpo@balkanparcel.bg.

Поздрави,
Николай Илиев
Ръководител „Връщания“
Балкан Парсел ООД

--00000000000093b7a10623d4a7c1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

<div dir="ltr">Здравейте,<br><br>В отпуск съм до 13 ноември включително и нямам достъп до пощата си.<br>За въпроси по доставки и връщания, моля, пишете на <a href="mailto:operations@balkanparcel.bg">operations@balkanparcel.bg</a> или звънете на 0700 18 420.<br>Запитвания, свързани с лични данни: <a href="mailto:dpo@balkanparcel.bg">dpo@balkanparcel.bg</a>.<br><br>Поздрави,<br>Николай Илиев<br>Ръководител „Връщания“<br>Балкан Парсел ООД</div>

--00000000000093b7a10623d4a7c1--
'''),

    ('bg', 'person-forwards-our-bounce-second-deletion-request', 'complaint', ('deletion',),
'''Return-Path: <maria.georgieva@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QCFv41DqXz9sZx
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 09:58:21 +0100 (CET)
Date: Fri, 6 Nov 2026 10:58:17 +0200 (EET)
From: =?UTF-8?B?0JzQsNGA0LjRjyDQk9C10L7RgNCz0LjQtdCy0LA=?= <maria.georgieva@abv.bg>
To: privacy@shop.example.be
Message-ID: <1138274651.88120.1793955497632@nm83.abv.bg>
Subject: Fwd: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: AbvMail 3.0
X-Originating-IP: 78.83.142.19

Здравейте,

На 2 октомври ви писах на support@shop.example.be, че искам да закриете профила ми и да изтриете всичките ми данни. Никой не ми отговори. Вчера писах отново и получих съобщението по-долу, че адресът не съществувал.

Мина повече от месец. Моля, изтрийте профила и данните ми и ми потвърдете писмено. Ако и този път няма отговор, ще подам жалба до Комисията за защита на личните данни.

Мария Георгиева

-------- Препратено писмо --------
От: Mail Delivery System <MAILER-DAEMON@mx1.shop.example.be>
До: maria.georgieva@abv.bg
Изпратено: 05.11.2026 18:22
Тема: Undelivered Mail Returned to Sender

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<support@shop.example.be>: User unknown in virtual alias table
'''),
]

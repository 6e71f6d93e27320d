"""Forty-second set, robot mail around gift lists, gift cards and households, plus people who look like robots (pl cs hr sv ro el bg). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ pl
    ('pl', 'postfix-localized-dsn-family-mailbox-over-quota', 'automated', (),
'''Return-Path: <>
Received: from mx2.poczta-domowa.pl (mx2.poczta-domowa.pl [193.0.96.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 8C3F21A0472
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 10:14:52 +0100 (CET)
Received: by mx2.poczta-domowa.pl (Postfix)
        id 4B1D7E2C09; Mon, 26 Oct 2026 10:14:51 +0100 (CET)
Date: Mon, 26 Oct 2026 10:14:51 +0100 (CET)
From: MAILER-DAEMON@mx2.poczta-domowa.pl (System Pocztowy)
Subject: =?UTF-8?Q?Wiadomo=C5=9B=C4=87_niedostarczona_-_zwrot_do_nadawcy?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4B1D7E2C09.1793006091/mx2.poczta-domowa.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <20261026091451.4B1D7E2C09@mx2.poczta-domowa.pl>

To jest wiadomość w formacie MIME.

--4B1D7E2C09.1793006091/mx2.poczta-domowa.pl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

To jest wiadomość wygenerowana automatycznie przez serwer pocztowy
mx2.poczta-domowa.pl.

Z przykrością informujemy, że Twoja wiadomość nie mogła zostać
dostarczona do jednego lub kilku odbiorców. Szczegóły znajdziesz poniżej.

W razie pytań napisz do <postmaster@poczta-domowa.pl> i dołącz ten
raport. Treść własnej wiadomości możesz z niego usunąć.

                   System Pocztowy

<rodzina.wrobel@poczta-domowa.pl>: skrzynka odbiorcy jest przepełniona
    (wykorzystano 1024 MB z 1024 MB). Odbiorca musi usunąć część
    wiadomości, zanim będzie mógł odbierać nową pocztę.

--4B1D7E2C09.1793006091/mx2.poczta-domowa.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.poczta-domowa.pl
X-Postfix-Queue-ID: 4B1D7E2C09
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 26 Oct 2026 10:14:49 +0100 (CET)

Final-Recipient: rfc822; rodzina.wrobel@poczta-domowa.pl
Original-Recipient: rfc822;rodzina.wrobel@poczta-domowa.pl
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildrop: maildir over quota.

--4B1D7E2C09.1793006091/mx2.poczta-domowa.pl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mail-out.shop.example.be (mail-out.shop.example.be [185.12.40.21])
        by mx2.poczta-domowa.pl (Postfix) with ESMTPS id 4B1D7E2C09
        for <rodzina.wrobel@poczta-domowa.pl>; Mon, 26 Oct 2026 10:14:49 +0100 (CET)
From: Shop Example - Privacy <privacy@shop.example.be>
To: rodzina.wrobel@poczta-domowa.pl
Subject: =?UTF-8?Q?Wsp=C3=B3lna_karta_rodzinna_-_Pa=C5=84stwa_wniosek_PR-2026-1174?=
Date: Mon, 26 Oct 2026 10:14:47 +0100
Message-ID: <PR-2026-1174.3@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

--4B1D7E2C09.1793006091/mx2.poczta-domowa.pl--
'''),

    ('pl', 'gift-registry-partner-reservation-notice', 'automated', (),
'''Return-Path: <bounces+2213457-7c1e-privacy=shop.example.be@em4821.listaprezentow-online.pl>
Received: from o3.ptr4821.listaprezentow-online.pl (o3.ptr4821.listaprezentow-online.pl [167.89.55.120])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2D9E81A04B1
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 19:03:27 +0100 (CET)
Received: by filterdrecv-6d8c5b7f9-x2kqp with SMTP id filterdrecv-6d8c5b7f9-x2kqp-1-671E7F3C-2B
        2026-10-27 18:03:24.513302271 +0000 UTC m=+912345.118200
Received: from listaprezentow-online.pl (unknown)
        by geopod-ismtpd-12 (SG) with HTTP
        id x7Qm2RtZS8e1aK0pLw9vYg
        Tue, 27 Oct 2026 18:03:24.402 +0000 (UTC)
From: ListaPrezentow Online <powiadomienia@listaprezentow-online.pl>
Reply-To: pomoc@listaprezentow-online.pl
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nowa_rezerwacja_prezentu_z_Twojego_sklepu_-_lista_nr_?=
 =?UTF-8?Q?58817_=E2=80=9EAnia_i_Kuba_-_=C5=9Blub_2027=E2=80=9D?=
Date: Tue, 27 Oct 2026 18:03:24 +0000 (UTC)
Message-ID: <x7Qm2RtZS8e1aK0pLw9vYg@geopod-ismtpd-12>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="9f0e2c5b8a7d41c3b6e1d0f4a2c8e7b1"
List-Unsubscribe: <https://listaprezentow-online.pl/partner/powiadomienia/wypisz?p=SHOPEX-BE>,
 <mailto:wypisz@listaprezentow-online.pl?subject=SHOPEX-BE>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-SG-EID: u001.Jq3vOe0HkQp7Rk9C2tJ5bX1mZ8wA4yL6sN0dF3gH
X-Entity-ID: u001.Kx7p2Qw9rT4vB1nM

--9f0e2c5b8a7d41c3b6e1d0f4a2c8e7b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0

Dzień dobry,

gość listy nr 58817 „Ania i Kuba - ślub 2027” zarezerwował prezent
z Państwa sklepu:

  Zestaw garnków ze stali nierdzewnej, 5 elementów (SKU 204-77813)
  Cena na liście: 189,99 EUR
  Status: zarezerwowany - oczekuje na zakup w sklepie Shop Example

Prezent zostanie oznaczony jako kupiony po potwierdzeniu zamówienia
przez Państwa system (webhook order-confirmed). Jeżeli zakup nie
nastąpi w ciągu 14 dni, rezerwacja wygaśnie automatycznie.

To powiadomienie wysłano na adres kontaktowy partnera podany
w Panelu Partnera. Adres i rodzaj powiadomień zmienią Państwo
w Panelu Partnera > Ustawienia > Powiadomienia.

Zespół ListaPrezentow Online
Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.

--9f0e2c5b8a7d41c3b6e1d0f4a2c8e7b1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0

<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Dzień dobry,</p>
<p>gość listy nr 58817 <b>„Ania i Kuba - ślub 2027”</b> zarezerwował prezent z Państwa sklepu:</p>
<table cellpadding="6"><tr><td>Zestaw garnków ze stali nierdzewnej, 5 elementów (SKU 204-77813)</td><td>189,99 EUR</td></tr>
<tr><td colspan="2">Status: <b>zarezerwowany</b> - oczekuje na zakup w sklepie Shop Example</td></tr></table>
<p>Prezent zostanie oznaczony jako kupiony po potwierdzeniu zamówienia przez Państwa system. Jeżeli zakup nie nastąpi w ciągu 14 dni, rezerwacja wygaśnie automatycznie.</p>
<p style="font-size:11px;color:#888">To powiadomienie wysłano na adres kontaktowy partnera podany w Panelu Partnera.
<a href="https://listaprezentow-online.pl/partner/powiadomienia/wypisz?p=SHOPEX-BE">Wyłącz powiadomienia</a></p>
<img src="https://u2213457.ct.sendgrid.net/wf/open?upn=u001.Jq3vOe0HkQp7Rk9C" width="1" height="1" alt="">
</body></html>

--9f0e2c5b8a7d41c3b6e1d0f4a2c8e7b1--
'''),

    ('pl', 'exchange-ooo-parental-leave-qp', 'automated', (),
'''Return-Path: <>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2071.outbound.protection.outlook.com [40.107.104.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 51A7C1A0513
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 08:41:06 +0100 (CET)
Received: from PA4PR08MB7315.eurprd08.prod.outlook.com (2603:10a6:102:2a1::9)
 by DB9PR08MB6604.eurprd08.prod.outlook.com with HTTPS; Wed, 28 Oct 2026
 07:41:04 +0000
From: Magdalena Kowalczyk <m.kowalczyk@budmax-logistyka.pl>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Odpowied=C5=BA_automatyczna:_Your_privacy_request_[PR-2026-1188]?=
Thread-Topic: Your privacy request [PR-2026-1188]
Thread-Index: AQHbKf3xQm7T2bV9hUe0o4yJfN3s8w==
Date: Wed, 28 Oct 2026 07:41:04 +0000
Message-ID: <PA4PR08MB7315C1B0A9E3F2D4E6B8A1C3D5E7F9A1@PA4PR08MB7315.eurprd08.prod.outlook.com>
In-Reply-To: <PR-2026-1188.2@shop.example.be>
References: <PR-2026-1188.2@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: m.kowalczyk@budmax-logistyka.pl
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-AuthAs: Internal
Content-Language: pl-PL
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Dzie=C5=84 dobry,

od 5 pa=C5=BAdziernika 2026 r. przebywam na urlopie rodzicielskim
i nie mam dost=C4=99pu do poczty. Wiadomo=C5=9Bci nie s=C4=85 przekazywa=
ne dalej.

W sprawach zwi=C4=85zanych z transportem i zam=C3=B3wieniami prosz=C4=99 =
pisa=C4=87 na adres biuro@budmax-logistyka.pl lub dzwoni=C4=87 pod numer
+48 22 614 70 33.

Wracam do pracy w lipcu 2027 r.

Pozdrawiam
Magdalena Kowalczyk
BUDMAX Logistyka Sp. z o.o.
'''),

    ('pl', 'person-reply-above-shop-gift-list-expiry-notice', 'deletion', (),
'''Return-Path: <ewelina.szymanska88@gmail.com>
Received: from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7E02D1A05C8
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 21:17:40 +0100 (CET)
Received: by mail-ej1-f44.google.com with SMTP id a640c23a62f3a-b2d7e4f1c9aso1184512966b.2
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 13:17:40 -0700 (PDT)
MIME-Version: 1.0
References: <giftlist-88213-expiry-7d@shop.example.be>
In-Reply-To: <giftlist-88213-expiry-7d@shop.example.be>
From: =?UTF-8?Q?Ewelina_Szyma=C5=84ska?= <ewelina.szymanska88@gmail.com>
Date: Thu, 29 Oct 2026 21:17:27 +0100
Message-ID: <CAH7kq2vXoP3m+Lr8dZ1e9sT4yB6wNfQ0aJ2cUu5hK3gR7mVxWQ@mail.gmail.com>
Subject: =?UTF-8?Q?Re:_Twoja_lista_prezent=C3=B3w_=E2=80=9EChrzest_Zosi=E2=80=9D_?=
 =?UTF-8?Q?wyga=C5=9Bnie_za_7_dni?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Dzień dobry,

piszę na ten adres, bo na stronie listy nie ma żadnej opcji usunięcia,
a na tamten adres mam „nie odpowiadać” ;)

Proszę zdjąć tę listę ze strony i skasować ją całkiem, nie czekając,
aż sama wygaśnie. Chrzest był dwa tygodnie temu, a lista dalej jest
publiczna - z imieniem córki, datą, nazwą parafii, a nawet ze zdjęciem,
które tam wgrałam. Nie chcę, żeby to wisiało w internecie ani leżało
u Was na serwerach. Usuńcie też proszę listę gości z adresami, którą
wgrałam do wysyłki zaproszeń.

Samo konto w sklepie może zostać.

Ewelina Szymańska

czw., 29 paź 2026 o 07:02 Shop Example <noreply@shop.example.be> napisał(a):

> Dzień dobry, Ewelino!
>
> Twoja lista prezentów „Chrzest Zosi” wygaśnie 5 listopada 2026 r.
> Do tej pory goście kupili 9 z 14 prezentów.
>
> Po wygaśnięciu lista przestanie być widoczna dla gości, a niekupione
> prezenty możesz kupić sama z rabatem 10% do 5 grudnia.
>
> Zobacz listę: https://shop.example.be/pl/listy/88213
>
> To wiadomość automatyczna - prosimy na nią nie odpowiadać.
> Pytania dotyczące Twoich danych osobowych: privacy@shop.example.be
'''),

    ('pl', 'challenge-response-antispam-isp', 'automated', (),
'''Return-Path: <weryfikacja@antyspam.nettelekom.pl>
Received: from cr1.nettelekom.pl (cr1.nettelekom.pl [91.217.44.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id C41B91A0620
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 11:26:03 +0100 (CET)
Received: from localhost (localhost [127.0.0.1])
        by cr1.nettelekom.pl (CRFilter 3.4) with ESMTP id 7QX2K9PD
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 11:26:02 +0100 (CET)
From: "Ochrona antyspamowa - j.zielinski@nettelekom.pl" <weryfikacja@antyspam.nettelekom.pl>
To: privacy@shop.example.be
Subject: Potwierdz wyslanie wiadomosci do j.zielinski@nettelekom.pl [kod 7QX2-K9PD]
Date: Fri, 30 Oct 2026 11:26:02 +0100
Message-ID: <cr-7QX2K9PD.20261030112602@antyspam.nettelekom.pl>
In-Reply-To: <PR-2026-1195.1@shop.example.be>
Auto-Submitted: auto-replied
Precedence: bulk
X-Challenge-ID: 7QX2-K9PD
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Witaj,

Twoja wiadomość do j.zielinski@nettelekom.pl została wstrzymana przez
system ochrony antyspamowej, ponieważ Twojego adresu nie ma na liście
zaufanych nadawców odbiorcy.

  Temat: Your privacy request [PR-2026-1195] - identity check
  Wysłano: 30.10.2026 11:25

Aby wiadomość została dostarczona, potwierdź jednorazowo, że jesteś
człowiekiem - kliknij w link i przepisz kod z obrazka:

https://antyspam.nettelekom.pl/potwierdz?c=7QX2K9PD&s=privacy%40shop.example.be

Po potwierdzeniu ta i kolejne Twoje wiadomości będą dostarczane
bez weryfikacji. Jeżeli nie potwierdzisz w ciągu 72 godzin, wiadomość
zostanie usunięta, a odbiorca nie zostanie o niej powiadomiony.

Nie odpowiadaj na ten e-mail - odpowiedzi nie są czytane.

--
Ochrona antyspamowa NetTelekom
'''),

    # ------------------------------------------------------------------ cs
    ('cs', 'hosting-dsn-grandmother-address-unknown', 'automated', (),
'''Return-Path: <>
Received: from mx.webhosting-praha.cz (mx.webhosting-praha.cz [185.64.219.30])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0A5D31A0641
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 15:02:19 +0100 (CET)
Received: by mx.webhosting-praha.cz (Postfix)
        id 6F2C4A00B3; Fri, 30 Oct 2026 15:02:18 +0100 (CET)
Date: Fri, 30 Oct 2026 15:02:18 +0100 (CET)
From: MAILER-DAEMON@mx.webhosting-praha.cz (Mail Delivery System)
Subject: =?UTF-8?Q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="6F2C4A00B3.1793368938/mx.webhosting-praha.cz"
Content-Transfer-Encoding: 8bit
Message-Id: <20261030140218.6F2C4A00B3@mx.webhosting-praha.cz>

This is a MIME-encapsulated message.

--6F2C4A00B3.1793368938/mx.webhosting-praha.cz
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Toto je automatická zpráva poštovního serveru mx.webhosting-praha.cz.

Vaši zprávu se bohužel nepodařilo doručit jednomu nebo více
příjemcům. Zpráva byla trvale odmítnuta, opakované odeslání
nepomůže.

Pokud potřebujete pomoc, kontaktujte <postmaster@webhosting-praha.cz>
a přiložte tuto zprávu.

<jaroslava@dvorakovi.cz>: požadovaná schránka v doméně dvorakovi.cz
    neexistuje (550 5.1.1 Mailbox does not exist)

--6F2C4A00B3.1793368938/mx.webhosting-praha.cz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.webhosting-praha.cz
X-Postfix-Queue-ID: 6F2C4A00B3
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 30 Oct 2026 15:02:17 +0100 (CET)

Final-Recipient: rfc822; jaroslava@dvorakovi.cz
Original-Recipient: rfc822;jaroslava@dvorakovi.cz
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; 550 5.1.1 Mailbox does not exist

--6F2C4A00B3.1793368938/mx.webhosting-praha.cz
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mail-out.shop.example.be (mail-out.shop.example.be [185.12.40.21])
        by mx.webhosting-praha.cz (Postfix) with ESMTPS id 6F2C4A00B3
        for <jaroslava@dvorakovi.cz>; Fri, 30 Oct 2026 15:02:17 +0100 (CET)
From: Shop Example - Privacy <privacy@shop.example.be>
To: =?UTF-8?Q?Jaroslava_Dvo=C5=99=C3=A1kov=C3=A1?= <jaroslava@dvorakovi.cz>
Subject: Your request PR-2026-1192 - family loyalty card
Date: Fri, 30 Oct 2026 15:02:15 +0100
Message-ID: <PR-2026-1192.2@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--6F2C4A00B3.1793368938/mx.webhosting-praha.cz--
'''),

    ('cs', 'streaming-family-plan-invitation', 'automated', (),
'''Return-Path: <bounce-7731-2290417-privacy=shop.example.be@mail.kinoteka-stream.cz>
Received: from mail.kinoteka-stream.cz (mail.kinoteka-stream.cz [77.93.201.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 93E7F1A0688
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 20:47:35 +0100 (CET)
From: Kinoteka <no-reply@kinoteka-stream.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Hana_Proch=C3=A1zkov=C3=A1_v=C3=A1s_zve_do_rodinn=C3=A9ho_?=
 =?UTF-8?Q?p=C5=99edplatn=C3=A9ho_Kinoteka_Rodina?=
Date: Sat, 31 Oct 2026 19:47:33 +0000
Message-ID: <inv.2290417.f3a91c@mail.kinoteka-stream.cz>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="==kt_b7e20c4419a3=="
X-Kinoteka-Template: family_invite_v4
Feedback-ID: family_invite:kinoteka

--==kt_b7e20c4419a3==
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dobrý den,

Hana Procházková vás zve, abyste se připojil(a) k jejímu rodinnému
předplatnému Kinoteka Rodina. Jako člen rodiny budete mít vlastní
profil, vlastní doporučení a nic nezaplatíte navíc.

Přijmout pozvánku:
https://www.kinoteka-stream.cz/rodina/pozvanka/2290417?t=f3a91c7d

Pozvánka platí 7 dní. Pokud Hanu Procházkovou neznáte nebo se
připojit nechcete, tento e-mail jednoduše ignorujte - nic se nestane.

Tým Kinoteka

Tento e-mail byl odeslán automaticky, neodpovídejte na něj.
Kinoteka s.r.o., Na Příkopě 988/31, 110 00 Praha 1

--==kt_b7e20c4419a3==
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html><html><body style="background:#111;color:#eee;font-family:Helvetica,Arial,sans-serif">
<h1 style="font-size:22px">Hana Procházková vás zve do rodiny</h1>
<p>Připojte se k rodinnému předplatnému <b>Kinoteka Rodina</b>. Vlastní profil, vlastní doporučení, nic navíc neplatíte.</p>
<p><a href="https://www.kinoteka-stream.cz/rodina/pozvanka/2290417?t=f3a91c7d" style="background:#e50914;color:#fff;padding:12px 24px;text-decoration:none">Přijmout pozvánku</a></p>
<p style="font-size:11px;color:#999">Pozvánka platí 7 dní. Tento e-mail byl odeslán automaticky, neodpovídejte na něj.</p>
</body></html>

--==kt_b7e20c4419a3==--
'''),

    ('cs', 'person-forwards-order-confirmation-sent-to-ex', 'correction', (),
'''Return-Path: <tomas.kratochvil@seznam.cz>
Received: from mxf2.seznam.cz (mxf2.seznam.cz [77.75.78.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 1C9A21A06B0
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 10:03:53 +0100 (CET)
Received: from email.seznam.cz
        by smtpc-mxf2-5d8b9c7c6f-k4xzt
        (smtpc-mxf2-5d8b9c7c6f-k4xzt [2a02:598:128:8a00::1000:a1c])
        id 4e2f0b6a71c35d9e8a1f02c7;
        Sun, 01 Nov 2026 10:03:52 +0100 (CET)
From: =?utf-8?q?Tom=C3=A1=C5=A1_Kratochv=C3=ADl?= <tomas.kratochvil@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Fwd=3A_Fwd=3A_Potvrzen=C3=AD_objedn=C3=A1vky_=C4=8D=2E_SE-2026-448120?=
Date: Sun, 01 Nov 2026 10:03:51 +0100 (CET)
Message-Id: <4e2f0b6a71c35d9e8a1f02c7.tomas.kratochvil@seznam.cz>
Mime-Version: 1.0 (Szn.cz Email)
X-Mailer: Email.cz
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dobrý den,
tohle mi přeposlala bývalá přítelkyně - potvrzení MÝCH objednávek
pořád chodí na její e-mail, rozešli jsme se už v létě. Prosím
přepište e-mail u mého účtu i u věrnostní karty na
tomas.kratochvil@seznam.cz a její adresu tam smažte, ať jí to
konečně přestane chodit.

T. Kratochvíl


---------- Původní e-mail ----------
Od: Lucie Holá <lucie.hola@gmail.com>
Komu: tomas.kratochvil@seznam.cz
Datum: 1. 11. 2026 9:48:05
Předmět: Fwd: Potvrzení objednávky č. SE-2026-448120

Zase mi to chodí. Vyřeš si to prosím, fakt nechci vědět, co kupuješ.

---------- Forwarded message ---------
From: Shop Example <noreply@shop.example.be>
Date: Sat, 31 Oct 2026 at 22:14
Subject: Potvrzení objednávky č. SE-2026-448120
To: <lucie.hola@gmail.com>


Děkujeme za Vaši objednávku, Tomáši!

Číslo objednávky: SE-2026-448120
Datum: 31. 10. 2026 22:14

  1x Pánské zimní boty Trekka, vel. 44        89,90 EUR
  1x Dárková krabička                          2,50 EUR
  Doprava (Zásilkovna)                         4,90 EUR
  Celkem                                      97,30 EUR

Doručení: Tomáš Kratochvíl, Slezská 1187/34, 120 00 Praha 2
Platba: karta **** 4417
Věrnostní karta: 2150 0093 8841 (+97 bodů)

Stav objednávky sledujte na https://shop.example.be/cz/ucet/objednavky

Tento e-mail byl vygenerován automaticky, neodpovídejte na něj.
'''),

    ('cs', 'outlook-read-receipt-mdn', 'automated', (),
'''Return-Path: <radek.pospisil@pospisilovi.cz>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2112.outbound.protection.outlook.com [40.107.247.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 58B0D1A06D4
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 08:05:41 +0100 (CET)
Received: from AM9PR03MB7425.eurprd03.prod.outlook.com (2603:10a6:20b:3e7::18)
 by AS8PR03MB9211.eurprd03.prod.outlook.com with HTTPS; Mon, 2 Nov 2026
 07:05:39 +0000
From: =?utf-8?Q?Radek_Posp=C3=AD=C5=A1il?= <radek.pospisil@pospisilovi.cz>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?P=C5=99e=C4=8Dteno:_Your_access_request_[PR-2026-1201]?=
Thread-Topic: Your access request [PR-2026-1201]
Thread-Index: AQHbLa1c7pV2yG3kN0eQ9wZt5RmUfA==
Date: Mon, 2 Nov 2026 07:05:39 +0000
Message-ID: <AM9PR03MB7425A8C2E1F0B3D9C7E6A5B4C3D2E1F0@AM9PR03MB7425.eurprd03.prod.outlook.com>
References: <PR-2026-1201.1@shop.example.be>
In-Reply-To: <PR-2026-1201.1@shop.example.be>
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: cs-CZ
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_000_AM9PR03MB7425A8C2E1F0B3D9C7E6A5B4C3D2E1F0_"

--_000_AM9PR03MB7425A8C2E1F0B3D9C7E6A5B4C3D2E1F0_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Vaše zpráva

Komu: Radek Pospíšil
Předmět: Your access request [PR-2026-1201]
Odesláno: pátek 30. října 2026 14:22:11 (UTC+01:00) Amsterdam, Berlín, Bern, Řím, Stockholm, Vídeň

byla přečtena dne pondělí 2. listopadu 2026 8:05:37 (UTC+01:00) Amsterdam, Berlín, Bern, Řím, Stockholm, Vídeň.

--_000_AM9PR03MB7425A8C2E1F0B3D9C7E6A5B4C3D2E1F0_
Content-Type: message/disposition-notification

Reporting-UA: AM9PR03MB7425.eurprd03.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;radek.pospisil@pospisilovi.cz
Original-Message-ID: <PR-2026-1201.1@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_AM9PR03MB7425A8C2E1F0B3D9C7E6A5B4C3D2E1F0_--
'''),

    # ------------------------------------------------------------------ hr
    ('hr', 'gmail-vacation-honeymoon', 'automated', (),
'''Return-Path: <ana.juric.zg@gmail.com>
Received: from mail-wm1-f70.google.com (mail-wm1-f70.google.com [209.85.128.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id A2F6C1A06F1
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 12:50:34 +0100 (CET)
Received: by mail-wm1-f70.google.com with SMTP id 5b1f17b1804b1-47c3a9e1d2bso2211035e9.1
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 03:50:33 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?Q?Ana_Juri=C4=87?= <ana.juric.zg@gmail.com>
Date: Mon, 2 Nov 2026 12:50:31 +0100
Message-ID: <CAO9rT5w2k1pZq8yXvN7eLh3dJ0aU6sG4fB9mKc2tRy1oPzW+Eg@mail.gmail.com>
Subject: =?UTF-8?Q?Na_medenom_mjesecu_=E2=80=93_odgovaram_nakon_16=2E_studenog?=
To: privacy@shop.example.be
In-Reply-To: <PR-2026-1209.2@shop.example.be>
References: <PR-2026-1209.1@shop.example.be> <PR-2026-1209.2@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000b3c1a20623f5e8d1"

--000000000000b3c1a20623f5e8d1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Bok!

Udala sam se i sad smo na medenom mjesecu, daleko od mobitela i maila 🙂
Vraćam se 16. studenoga i tada ću odgovoriti na sve poruke.

Ako je nešto hitno oko stana ili računa za svadbu, javite se mojoj
sestri Petri na 091 555 2841.

Pozdrav,
Ana (odsad Jurić Matić!)

--000000000000b3c1a20623f5e8d1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

<div dir="ltr"><div>Bok!</div><div><br></div><div>Udala sam se i sad smo na medenom mjesecu, daleko od mobitela i maila 🙂</div><div>Vraćam se 16. studenoga i tada ću odgovoriti na sve poruke.</div><div><br></div><div>Ako je nešto hitno oko stana ili računa za svadbu, javite se mojoj sestri Petri na 091 555 2841.</div><div><br></div><div>Pozdrav,</div><div>Ana (odsad Jurić Matić!)</div></div>

--000000000000b3c1a20623f5e8d1--
'''),

    ('hr', 'egift-card-opened-notice-to-sender', 'automated', (),
'''Return-Path: <bounce+8c21f0.7a3e-privacy=shop.example.be@mg.darivo-kartice.hr>
Received: from m42-188.mailgun.net (m42-188.mailgun.net [69.72.42.188])
        by mx1.shop.example.be (Postfix) with ESMTPS id E7A1B1A0702
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 18:43:10 +0100 (CET)
X-Mailgun-Sending-Ip: 69.72.42.188
X-Mailgun-Sid: WyI3YTNlIiwgInByaXZhY3lAc2hvcC5leGFtcGxlLmJlIiwgIjhjMjFmMCJd
Received: by b7c4e8f1d2a3 with HTTP id 6720a3be91c4f7e2d5b8a013; Mon, 02 Nov 2026 17:43:09 GMT
Sender: obavijesti=darivo-kartice.hr@mg.darivo-kartice.hr
From: Darivo <obavijesti@darivo-kartice.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Marija_Kova=C4=8Devi=C4=87_otvorila_je_Va=C5=A1u_e-poklon_karticu?=
Date: Mon, 02 Nov 2026 17:43:09 +0000
Message-Id: <20261102174309.8c21f0a17b3e9d44@mg.darivo-kartice.hr>
Mime-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Darivo-Event: card.opened

Poštovani,

obavještavamo Vas da je primateljica Marija Kovačević (m.kov***@gmail.com)
2. studenoga 2026. u 18:42 otvorila e-poklon karticu koju ste joj poslali.

  Iznos:          25,00 EUR
  Trgovac:        Shop Example
  Broj kartice:   ****-****-7731
  Vaša poruka:    „Ispričavamo se zbog pogreške s Vašom narudžbom.”
  Vrijedi do:     2. studenoga 2027.

Iskorištenost i stanje kartice možete pratiti u svom poslovnom računu
na darivo-kartice.hr (Kartice > Poslane).

Ovo je automatska poruka, molimo ne odgovarajte na nju.

Darivo d.o.o. | Radnička cesta 80, 10000 Zagreb | OIB 48213390551
'''),

    ('hr', 'person-shared-family-mailbox-signature', 'portability', (),
'''Return-Path: <obitelj.babic.split@gmail.com>
Received: from mail-lf1-f49.google.com (mail-lf1-f49.google.com [209.85.167.49])
        by mx1.shop.example.be (Postfix) with ESMTPS id 3B8E41A0733
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 20:31:18 +0100 (CET)
Received: from DESKTOP-BABIC ([2a05:4f46:c14:8100:5d1e:2b0f:9a3c:71e4])
        by smtp.gmail.com with ESMTPSA id 2adb3069b0e04-59a1c7e2f10sm4410215e87.33
        for <privacy@shop.example.be>
        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);
        Tue, 03 Nov 2026 11:31:16 -0800 (PST)
From: =?utf-8?Q?Obitelj_Babi=C4=87?= <obitelj.babic.split@gmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Izvoz kupnji s kartice vjernosti
Date: Tue, 3 Nov 2026 20:31:15 +0100
Message-ID: <6727c0a3.5d1e2b0f.9a3c71e4@mx.google.com>
MIME-Version: 1.0
X-Mailer: Microsoft Windows Mail 16.0.17928.20114
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Poštovani,

ja sam Ivana Babić, vlasnica kartice vjernosti br. 6304 1187 2290
(na nju kupujemo svi u kući) i korisničkog računa na vašoj stranici.

Kućni budžet vodimo u aplikaciji pa bih vas zamolila da mi pošaljete
sve naše kupnje s te kartice i s računa u datoteci koju mogu učitati
u aplikaciju - CSV ili Excel, svejedno, samo ne PDF. Ako može, neka
budu datum, artikl, iznos i je li kupnja bila u trgovini ili na webu.

Hvala unaprijed!
Ivana Babić

--
Obitelj Babić · zajednički e-mail
Ovaj sandučić čitaju svi članovi obitelji. Ako pišete nekome od nas,
navedite ime u naslovu.

Poslano iz aplikacije Pošta za Windows
'''),

    ('hr', 'google-calendar-reply-accepted', 'automated', (),
'''Return-Path: <marko.peric.ri@gmail.com>
Received: from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])
        by mx1.shop.example.be (Postfix) with ESMTPS id 6D0F21A0719
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 16:08:14 +0100 (CET)
Received: by mail-sor-f73.google.com with SMTP id 98e67ed59e1d1-3f1c8d2a7b4so4471023a91.1
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 07:08:13 -0800 (PST)
MIME-Version: 1.0
Reply-To: =?UTF-8?Q?Marko_Peri=C4=87?= <marko.peric.ri@gmail.com>
Sender: Google Calendar <calendar-notification@google.com>
Message-ID: <calendar-9b3e4f21-7c0a-4d55-b1e8-2f6a9c0d3e17@google.com>
Date: Mon, 02 Nov 2026 15:08:13 +0000
Subject: =?UTF-8?Q?Prihva=C4=87eno:_Telefonski_razgovor_-_zahtjev_PR-2026-1190?=
 =?UTF-8?Q?_@_sri_4=2E_stu_2026=2E_10:00_-_10:20_(CET)?=
From: =?UTF-8?Q?Marko_Peri=C4=87?= <marko.peric.ri@gmail.com>
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000007f2b9a0623f6a1c2"

--0000000000007f2b9a0623f6a1c2
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: 8bit

Marko Perić je prihvatio ovaj poziv.

Telefonski razgovor - zahtjev PR-2026-1190
Srijeda, 4. studenoga 2026. ⋅ 10:00 – 10:20
Srednjoeuropsko vrijeme - Bruxelles

Organizator
privacy@shop.example.be

Gosti
privacy@shop.example.be - organizator
Marko Perić

Poziv iz Google kalendara: https://calendar.google.com/calendar/

Ovu obavijest primate jer ste organizator ovog događaja.

--0000000000007f2b9a0623f6a1c2
Content-Type: text/calendar; charset="UTF-8"; method=REPLY
Content-Transfer-Encoding: 8bit

BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261104T090000Z
DTEND:20261104T092000Z
DTSTAMP:20261102T150813Z
ORGANIZER;CN=Shop Example Privacy:mailto:privacy@shop.example.be
UID:pr-2026-1190-call@shop.example.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marko
  Perić;X-NUM-GUESTS=0:mailto:marko.peric.ri@gmail.com
CREATED:20261030T101500Z
LAST-MODIFIED:20261102T150813Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonski razgovor - zahtjev PR-2026-1190
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR

--0000000000007f2b9a0623f6a1c2--
'''),

    # ------------------------------------------------------------------ sv
    ('sv', 'family-domain-closing-autoreply', 'automated', (),
'''Return-Path: <hej@familjen-lindqvist.se>
Received: from mx.webbhotell-norr.se (mx.webbhotell-norr.se [194.9.95.117])
        by mx1.shop.example.be (Postfix) with ESMTPS id 27C4E1A0557
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 13:18:42 +0100 (CET)
Received: from mailstore3.webbhotell-norr.se (localhost [127.0.0.1])
        by mx.webbhotell-norr.se (Postfix) with ESMTP id 9A1E26C0F2
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 13:18:41 +0100 (CET)
From: Familjen Lindqvist <hej@familjen-lindqvist.se>
To: privacy@shop.example.be
Subject: Autosvar: Vi har bytt e-postadress
Date: Tue, 27 Oct 2026 13:18:41 +0100
Message-ID: <sieve-vacation-1793103521.9A1E26C0F2@mailstore3.webbhotell-norr.se>
In-Reply-To: <PR-2026-1183.2@shop.example.be>
References: <PR-2026-1183.2@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.20 (0bd3a9f2)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej!

Det här är ett automatiskt svar. Vi har sagt upp domänen
familjen-lindqvist.se och adressen hej@familjen-lindqvist.se läses
inte längre. Din e-post vidarebefordras INTE.

Vill du nå någon av oss, skriv direkt till:

  Karin: karin.lindqvist@telia-post.se
  Johan: johan.lindqvist72@gmail.com

Domänen stängs helt den 31 december 2026.

Hälsningar
Karin & Johan
'''),

    ('sv', 'exchange-ooo-foraldraledig-full-time-qp', 'automated', (),
'''Return-Path: <>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2098.outbound.protection.outlook.com [40.107.13.98])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4E91A1A0529
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 09:57:20 +0100 (CET)
Received: from GV1PR05MB8870.eurprd05.prod.outlook.com (2603:10a6:150:8d::21)
 by DB7PR05MB5340.eurprd05.prod.outlook.com with HTTPS; Wed, 28 Oct 2026
 08:57:18 +0000
From: Oskar Hedlund <oskar.hedlund@nordtrappan.se>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: Automatiskt svar: Your privacy request [PR-2026-1212]
Thread-Topic: Your privacy request [PR-2026-1212]
Thread-Index: AQHbKgB4sZ0e3kT8QpW1mR7cY2vN5g==
Date: Wed, 28 Oct 2026 08:57:18 +0000
Message-ID: <GV1PR05MB8870E2D4F6A8C0B1D3E5F7A9B1C3D5E7@GV1PR05MB8870.eurprd05.prod.outlook.com>
In-Reply-To: <PR-2026-1212.1@shop.example.be>
References: <PR-2026-1212.1@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: oskar.hedlund@nordtrappan.se
X-MS-TNEF-Correlator:
Content-Language: sv-SE
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hej,

Jag =C3=A4r f=C3=B6r=C3=A4ldraledig p=C3=A5 heltid till och med 31 mars 2=
027 och l=C3=A4ser inte min e-post. Ditt meddelande vidarebefordras inte.

F=C3=B6r fr=C3=A5gor om leveranser och fakturor, kontakta kundtjanst@nordtr=
appan.se eller ring 08-522 180 00.

V=C3=A4nliga h=C3=A4lsningar
Oskar Hedlund
Nordtrappan AB
'''),

    ('sv', 'person-reply-above-own-honeymoon-autoreply', 'withdraw_consent', (),
'''Return-Path: <sara.eklund@outlook.com>
Received: from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04olkn2081.outbound.protection.outlook.com [40.92.75.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 8A3D51A0727
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 19:22:09 +0100 (CET)
Received: from DB9P193MB1530.EURP193.PROD.OUTLOOK.COM (2603:10a6:10:3c2::14)
 by PAXP193MB2218.EURP193.PROD.OUTLOOK.COM with HTTPS; Mon, 2 Nov 2026
 18:22:07 +0000
From: Sara Eklund <sara.eklund@outlook.com>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: Re: Autosvar: Update to our privacy statement
Date: Mon, 2 Nov 2026 18:22:05 +0000
Message-ID: <DB9P193MB15302F7C1A9E4B0D6C8E2A4F1B3D5C7E@DB9P193MB1530.EURP193.PROD.OUTLOOK.COM>
In-Reply-To: <DB9P193MB1530A1B2C3D4E5F60718293A4B5C6D7E@DB9P193MB1530.EURP193.PROD.OUTLOOK.COM>
References: <PR-NOTICE-2026-10-sv.48812@shop.example.be>
 <DB9P193MB1530A1B2C3D4E5F60718293A4B5C6D7E@DB9P193MB1530.EURP193.PROD.OUTLOOK.COM>
X-Mailer: iPhone Mail (23B85)
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej!

Hittade det här i inkorgen nu när vi är hemma igen (mitt autosvar
nedan, vi var alltså på bröllopsresa 🙂).

Passar på när jag ändå skriver: jag vill inte längre få ert
nyhetsbrev eller era sms med erbjudanden. Kan ni ta bort mig från
båda? Kundkontot och bonuskortet vill jag ha kvar som vanligt.

Mvh
Sara Eklund

Skickat från min iPhone

> 21 okt. 2026 kl. 14:03 skrev Sara Eklund <sara.eklund@outlook.com>:
>
> Tack för ditt mejl! Vi är på bröllopsresa till och med 1 november
> och svarar när vi är hemma igen. Ha det fint!
>
> /Sara
>
>> 21 okt. 2026 kl. 14:02 skrev Shop Example - Privacy <privacy@shop.example.be>:
>>
>> Dear customer,
>>
>> On 1 December 2026 our privacy statement will change. The main
>> changes concern the loyalty app and the way we keep receipts.
>> You can read the new version at shop.example.be/privacy.
>> You do not need to do anything.
>>
>> Kind regards,
>> Shop Example Privacy Team
'''),

    ('sv', 'exchange-online-ndr-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2130.outbound.protection.outlook.com [40.107.22.130])
        by mx1.shop.example.be (Postfix) with ESMTPS id F1B2C1A0760
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 17:42:13 +0100 (CET)
Received: from AM8P191MB1284.EURP191.PROD.OUTLOOK.COM ([fe80::4c1:9a0e:3b7d:21f5])
 by AM8P191MB1284.EURP191.PROD.OUTLOOK.COM with mapi id 15.20.9137.013;
 Tue, 3 Nov 2026 16:42:11 +0000
From: Microsoft Outlook
        <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bergstromfamiljen.se>
To: <privacy@shop.example.be>
Date: Tue, 3 Nov 2026 16:42:11 +0000
Subject: Det gick inte att leverera: Your request PR-2026-1219 - gift card account
Message-ID: <0c7e1f2a-55b3-4d9e-a8c1-7f3b2e6d9a40@AM8P191MB1284.EURP191.PROD.OUTLOOK.COM>
In-Reply-To: <PR-2026-1219.1@shop.example.be>
References: <PR-2026-1219.1@shop.example.be>
Thread-Topic: Your request PR-2026-1219 - gift card account
Content-Language: sv-SE
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
X-MS-PublicTrafficType: Email
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="_a3f1c9e2-7b44-4d0e-9c61-58e2b1f0d7a4_"

--_a3f1c9e2-7b44-4d0e-9c61-58e2b1f0d7a4_
Content-Type: multipart/alternative; differences=Content-Type;
        boundary="_e5d2b0c7-1a93-4f6e-8b25-0c7f4e9a1d36_"

--_e5d2b0c7-1a93-4f6e-8b25-0c7f4e9a1d36_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Det gick inte att leverera ditt meddelande till de här mottagarna:

lisa@bergstromfamiljen.se (lisa@bergstromfamiljen.se)
Det gick inte att hitta e-postadressen du angav. Kontrollera
mottagarens e-postadress och försök att skicka meddelandet igen.
Kontakta supportavdelningen om problemet kvarstår.

Diagnostisk information för administratörer:

Genererande server: AM8P191MB1284.EURP191.PROD.OUTLOOK.COM

lisa@bergstromfamiljen.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient lisa@bergstromfamiljen.se not found by SMTP address lookup'

--_e5d2b0c7-1a93-4f6e-8b25-0c7f4e9a1d36_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><p><b><font color="#000066" size="3" face="Arial">Det gick inte att leverera ditt meddelande till de här mottagarna:</font></b></p>
<p><a href="mailto:lisa@bergstromfamiljen.se">lisa@bergstromfamiljen.se</a><br>
Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-postadress och försök att skicka meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.</p>
<p><b>Diagnostisk information för administratörer:</b></p>
<p>Genererande server: AM8P191MB1284.EURP191.PROD.OUTLOOK.COM</p>
<p>lisa@bergstromfamiljen.se<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient lisa@bergstromfamiljen.se not found by SMTP address lookup'</p>
</body></html>

--_e5d2b0c7-1a93-4f6e-8b25-0c7f4e9a1d36_--

--_a3f1c9e2-7b44-4d0e-9c61-58e2b1f0d7a4_
Content-Type: message/delivery-status

Reporting-MTA: dns;AM8P191MB1284.EURP191.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail-out.shop.example.be
Arrival-Date: Tue, 3 Nov 2026 16:42:09 +0000

Final-Recipient: rfc822;lisa@bergstromfamiljen.se
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 lisa@bergstromfamiljen.se not found by SMTP address lookup

--_a3f1c9e2-7b44-4d0e-9c61-58e2b1f0d7a4_
Content-Type: message/rfc822

Received: from mail-out.shop.example.be (185.12.40.21) by
 AM8P191MB1284.EURP191.PROD.OUTLOOK.COM with Microsoft SMTP Server
 (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9137.013;
 Tue, 3 Nov 2026 16:42:09 +0000
From: Shop Example - Privacy <privacy@shop.example.be>
To: Lisa Bergström <lisa@bergstromfamiljen.se>
Subject: Your request PR-2026-1219 - gift card account
Date: Tue, 3 Nov 2026 17:42:06 +0100
Message-ID: <PR-2026-1219.1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Ms Bergström,

Thank you for your message about the gift card account that your
family shares. Before we can answer, we need to confirm that this
request comes from the account holder. Please reply from the e-mail
address registered on the account.

Kind regards,
Shop Example Privacy Team

--_a3f1c9e2-7b44-4d0e-9c61-58e2b1f0d7a4_--
'''),

    ('sv', 'wishlist-shared-with-you-notice', 'automated', (),
'''Return-Path: <bounce-md_31927704.672a0d1e.v1-5f8c2b9e4a7d41f0b3c6e2a1d9f07b48@mandrillapp.com>
Received: from mail180-12.suw31.mandrillapp.com (mail180-12.suw31.mandrillapp.com [198.2.180.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 5C2E91A0781
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 21:09:51 +0100 (CET)
Received: from pmta07.mandrill.prod.suw01.rsglab.com (localhost [127.0.0.1])
        by mail180-12.suw31.mandrillapp.com (Mailchimp) with ESMTP id 4R7kPq0mZ2z6K0Tg
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 20:09:50 +0000 (GMT)
From: =?UTF-8?Q?Min_=C3=96nskelista?= <noreply@minonskelista.se>
Subject: =?UTF-8?Q?Emma_Sj=C3=B6berg_har_delat_sin_=C3=B6nskelista_med_dig?=
To: privacy@shop.example.be
X-Mandrill-User: md_31927704
X-Report-Abuse: Please forward a copy of this message, including all headers, to abuse@mandrill.com
List-Unsubscribe: <mailto:unsub-672a0d1e.31927704@mandrillapp.com>,
 <https://minonskelista.se/avregistrera?e=cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU>
Message-Id: <31927704.20261104200950.672a0d1e5b8c17.40218765@mail180-12.suw31.mandrillapp.com>
Date: Wed, 04 Nov 2026 20:09:50 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_av-Qm3R8tWk2XyZ1bN7cE5pH0"

--_av-Qm3R8tWk2XyZ1bN7cE5pH0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej!

Emma Sjöberg har delat sin önskelista ”Emmas 30-årsfest 🎉” med dig.

Listan har 12 önskningar, bland annat:
  • Linneduk 140 x 250 cm – Shop Example
  • Pastamaskin i rostfritt stål – Shop Example
  • Presentkort, valfri butik

Se listan och pricka av det du köper (Emma ser inte vem som köpt vad):
https://minonskelista.se/l/emma-30?ref=share_mail

Du får det här mejlet för att Emma Sjöberg angav
privacy@shop.example.be när hon delade listan. Vill du inte få mejl
när någon delar en lista med dig? Avregistrera dig här:
https://minonskelista.se/avregistrera?e=cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU

Min Önskelista AB, Box 1123, 111 81 Stockholm

--_av-Qm3R8tWk2XyZ1bN7cE5pH0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Georgia,serif;background:#fdf8f2">
<h2>Emma Sjöberg har delat sin önskelista med dig</h2>
<p><b>”Emmas 30-årsfest 🎉”</b> – 12 önskningar</p>
<ul><li>Linneduk 140 x 250 cm – Shop Example</li><li>Pastamaskin i rostfritt stål – Shop Example</li><li>Presentkort, valfri butik</li></ul>
<p><a href="https://minonskelista.se/l/emma-30?ref=share_mail">Se önskelistan</a></p>
<p style="font-size:11px;color:#777">Du får det här mejlet för att Emma Sjöberg angav privacy@shop.example.be när hon delade listan.
<a href="https://minonskelista.se/avregistrera?e=cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU">Avregistrera</a></p>
<img src="https://mandrillapp.com/track/open.php?u=31927704&id=5f8c2b9e4a7d41f0b3c6e2a1d9f07b48" height="1" width="1">
</body></html>

--_av-Qm3R8tWk2XyZ1bN7cE5pH0--
'''),

    # ------------------------------------------------------------------ ro
    ('ro', 'sieve-vacation-caring-for-mother', 'automated', (),
'''Return-Path: <mihaela.popescu@clinica-aurora.ro>
Received: from mail.clinica-aurora.ro (mail.clinica-aurora.ro [89.36.218.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 90B4E1A05E2
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 16:35:27 +0100 (CET)
Received: from mail.clinica-aurora.ro (localhost [127.0.0.1])
        by mail.clinica-aurora.ro (Postfix) with ESMTP id 3C7F0241A8
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 17:35:26 +0200 (EET)
From: Mihaela Popescu <mihaela.popescu@clinica-aurora.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?R=C4=83spuns_automat:_Re:_Your_privacy_request_[PR-2026-1217]?=
Date: Thu, 29 Oct 2026 17:35:26 +0200
Message-ID: <dovecot-sieve-1793288126-3C7F0241A8@mail.clinica-aurora.ro>
In-Reply-To: <PR-2026-1217.3@shop.example.be>
References: <PR-2026-1217.1@shop.example.be> <PR-2026-1217.3@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21 (f6de4bce)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bună ziua,

În perioada 26 octombrie - 20 noiembrie sunt în concediu fără plată
pentru îngrijirea mamei mele, care a fost operată. Verific e-mailul
foarte rar, așa că s-ar putea să răspund cu întârziere.

Pentru programări la clinică vă rog să sunați la recepție,
la 0264 555 120.

Vă mulțumesc pentru înțelegere,
Mihaela Popescu
'''),

    ('ro', 'ecard-service-undelivered-birthday-card-report', 'automated', (),
'''Return-Path: <rapoarte@felicitari-digitale.ro>
Received: from smtp2.felicitari-digitale.ro (smtp2.felicitari-digitale.ro [5.2.157.64])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2E6F71A0794
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 10:05:48 +0100 (CET)
Received: from app3 (app3.internal [10.20.0.13])
        by smtp2.felicitari-digitale.ro (Postfix) with ESMTP id 7D2A9C04E1
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:05:47 +0200 (EET)
From: =?UTF-8?Q?Felicit=C4=83ri_Digitale?= <rapoarte@felicitari-digitale.ro>
To: Shop Example BV <privacy@shop.example.be>
Subject: =?UTF-8?Q?Raport_de_livrare:_1_felicitare_nelivrat=C4=83_-_campania_?=
 =?UTF-8?Q?SE-ZN-2026-11?=
Date: Wed, 04 Nov 2026 11:05:47 +0200
Message-ID: <report.SE-ZN-2026-11.20261104090547@felicitari-digitale.ro>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă informăm că următoarea felicitare electronică din campania
„Zile de naștere - membri card fidelitate, noiembrie 2026”
(client: Shop Example BV) nu a putut fi livrată:

  Destinatar:        ioana.marinescu@yahoo.ro
  Felicitare:        „La mulți ani!” - model 07 (baloane)
  Programată pentru: 4 noiembrie 2026, 09:00
  Motiv:             adresa de e-mail nu există (550 5.1.1)
  Încercări:         3 (ultima la 10:58)

Felicitarea a fost anulată și nu va mai fi retrimisă. Celelalte
212 felicitări programate astăzi au fost livrate.

Raportul complet al campaniei este disponibil în contul de client,
secțiunea Campanii > SE-ZN-2026-11.

Acesta este un mesaj generat automat. Vă rugăm să nu răspundeți.
Felicitări Digitale SRL, Cluj-Napoca
'''),

    ('ro', 'person-quotes-bounce-of-dpo-address-complains', 'complaint', ('deletion',),
'''Return-Path: <cristi.dumitrescu@yahoo.com>
Received: from sonic309-21.consmr.mail.ir2.yahoo.com (sonic309-21.consmr.mail.ir2.yahoo.com [77.238.179.86])
        by mx1.shop.example.be (Postfix) with ESMTPS id D3A871A07C5
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 21:40:12 +0100 (CET)
Received: from sonic.gate.mail.ne1.yahoo.com by sonic309-21.consmr.mail.ir2.yahoo.com with HTTP; Thu, 5 Nov 2026 20:40:11 +0000
Date: Thu, 5 Nov 2026 20:40:09 +0000 (UTC)
From: Cristian Dumitrescu <cristi.dumitrescu@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1420987733.5521904.1793911209417@mail.yahoo.com>
Subject: Fw: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: WebService/1.1.24562 YMailNorrin

Bună ziua,

Vă scriu a treia oară pe aceeași temă. Încă din 5 octombrie v-am cerut
să îmi ștergeți contul și toate datele mele, inclusiv lista de nuntă
pe care am făcut-o la voi în 2024. Am scris la dpo@shop.example.be,
adresa care apare în politica de confidențialitate din aplicația
voastră, și de fiecare dată am primit înapoi mesajul de mai jos.
Între timp îmi vin în continuare e-mailuri de la voi.

Mi se pare inadmisibil să treceți în politică o adresă care nu
funcționează. Vă rog să îmi ștergeți datele și să îmi confirmați în
scris. Dacă nu primesc confirmarea în 14 zile, depun plângere la
ANSPDCP.

Cristian Dumitrescu


----- Forwarded Message -----
From: Mail Delivery System <MAILER-DAEMON@mx1.shop.example.be>
To: cristi.dumitrescu@yahoo.com
Sent: Monday, October 26, 2026 at 09:12:40 AM GMT+2
Subject: Undelivered Mail Returned to Sender

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dpo@shop.example.be>: User unknown in virtual alias table
'''),

    ('ro', 'zendesk-ticket-acknowledgement-gift-card-processor', 'automated', (),
'''Return-Path: <support+id48213@cardcadou.zendesk.com>
Received: from outbyip-b11.pod17.euw1.zdsys.com (outbyip-b11.pod17.euw1.zdsys.com [188.172.139.11])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4F09A1A07A3
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:12:36 +0100 (CET)
Date: Thu, 05 Nov 2026 09:12:34 +0000
From: Suport CardCadou <support@cardcadou.zendesk.com>
Reply-To: Suport CardCadou <support+id48213@cardcadou.zendesk.com>
To: Shop Example Privacy <privacy@shop.example.be>
Message-ID: <X7KQ2D9M4P_672a1f0c8e3b1_3e8f19_sprut@zendesk.com>
In-Reply-To: <PR-2026-1221.1@shop.example.be>
References: <PR-2026-1221.1@shop.example.be>
Subject: [CardCadou] Re: Data processing question - customer request PR-2026-1221
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_672a1f0c8e1d2_3e8f19a4c1";
 charset=utf-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 3e8f19
X-Zendesk-Email-Id: X7KQ2D9M4P

----==_mimepart_672a1f0c8e1d2_3e8f19a4c1
Content-Type: text/plain;
 charset=utf-8
Content-Transfer-Encoding: 8bit

##- Vă rugăm să scrieți răspunsul deasupra acestei linii -##

Bună ziua,

Vă mulțumim pentru mesaj. Solicitarea dumneavoastră a fost
înregistrată cu numărul #48213 și va fi preluată de un coleg din
echipa de suport în cel mult 2 zile lucrătoare.

Dacă doriți să adăugați informații, răspundeți la acest e-mail și
păstrați numărul solicitării în subiect. Vă rugăm să nu deschideți
o solicitare nouă pentru aceeași problemă.

Echipa Suport CardCadou
Program: luni - vineri, 09:00 - 18:00

Acesta este un mesaj de confirmare generat automat.

[X7KQ2D-9M4P]

----==_mimepart_672a1f0c8e1d2_3e8f19a4c1
Content-Type: text/html;
 charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><div style="color:#b5b5b5">##- Vă rugăm să scrieți răspunsul deasupra acestei linii -##</div>
<p>Bună ziua,</p>
<p>Vă mulțumim pentru mesaj. Solicitarea dumneavoastră a fost înregistrată cu numărul <b>#48213</b> și va fi preluată de un coleg din echipa de suport în cel mult 2 zile lucrătoare.</p>
<p>Dacă doriți să adăugați informații, răspundeți la acest e-mail și păstrați numărul solicitării în subiect.</p>
<p>Echipa Suport CardCadou<br>Program: luni - vineri, 09:00 - 18:00</p>
<p style="color:#aaa;font-size:11px">Acesta este un mesaj de confirmare generat automat. [X7KQ2D-9M4P]</p>
</body></html>

----==_mimepart_672a1f0c8e1d2_3e8f19a4c1--
'''),

    # ------------------------------------------------------------------ el
    ('el', 'exchange-ooo-paternity-leave', 'automated', (),
'''Return-Path: <>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2094.outbound.protection.outlook.com [40.107.241.94])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0D7E31A0704
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 14:11:58 +0100 (CET)
Received: from AS2PR02MB9573.eurprd02.prod.outlook.com (2603:10a6:20b:5f1::7)
 by DU0PR02MB8302.eurprd02.prod.outlook.com with HTTPS; Mon, 2 Nov 2026
 13:11:56 +0000
From: Nikos Antoniou <n.antoniou@antoniou-logistiki.gr>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?=CE=91=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=B7_=CE=B1=CF=80?=
 =?utf-8?Q?=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7:_Your_privacy_request_[PR-2026-1224]?=
Thread-Topic: Your privacy request [PR-2026-1224]
Thread-Index: AQHbLTm0wV4rK8eP2dY7sN1jQ5hB9g==
Date: Mon, 2 Nov 2026 13:11:56 +0000
Message-ID: <AS2PR02MB9573D4E6F8A0B2C4D6E8F0A2B4C6D8E0@AS2PR02MB9573.eurprd02.prod.outlook.com>
In-Reply-To: <PR-2026-1224.1@shop.example.be>
References: <PR-2026-1224.1@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: n.antoniou@antoniou-logistiki.gr
X-MS-TNEF-Correlator:
Content-Language: el-GR
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Καλησπέρα σας,

Από 2 έως και 13 Νοεμβρίου 2026 βρίσκομαι σε άδεια πατρότητας, με
περιορισμένη πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Τα μηνύματα δεν
προωθούνται.

Για επείγοντα θέματα παρακαλώ επικοινωνήστε με τη συνάδελφο
κα Ελένη Παπαδοπούλου (e.papadopoulou@antoniou-logistiki.gr,
210 680 1144).

Με εκτίμηση,
Νίκος Αντωνίου
Λογιστικό Γραφείο Αντωνίου
'''),

    ('el', 'baby-registry-gift-purchased-notice', 'automated', (),
'''Return-Path: <bounces@notify.listamoro.gr>
Received: from a7-12.smtp-out.eu-west-1.amazonses.com (a7-12.smtp-out.eu-west-1.amazonses.com [54.240.7.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 6A1C81A07E9
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 12:27:41 +0100 (CET)
From: ListaMoro.gr <noreply@listamoro.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=9D=CE=AD=CE=B1_=CE=B1=CE=B3=CE=BF=CF=81=CE=AC_=CE=B1=CF=80=CF=8C_?=
 =?UTF-8?Q?=CF=84=CE=B7_=CE=BB=CE=AF=CF=83=CF=84=CE=B1_=CF=83=CE=B1=CF=82?=
Date: Fri, 6 Nov 2026 11:27:40 +0000
Message-ID: <0102019a5d3e7c41-8f2b6a19-4e0d-4c73-9a18-6b2e5f0c3d71-000000@eu-west-1.amazonses.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_2290417_118735094.1793963260112"
Feedback-ID: 1.eu-west-1.Qw3rT7yU9iO1pA5sD8fG2hJ4kL6zX0cV=:AmazonSES
X-SES-Outgoing: 2026.11.06-54.240.7.12
List-Unsubscribe: <https://www.listamoro.gr/account/notifications?unsub=gift_purchased>

------=_Part_2290417_118735094.1793963260112
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Γεια σας!

Καλά νέα! Η Δέσποινα Κ. μόλις αγόρασε ένα δώρο από τη λίστα μωρού
«Ο μικρός Άρης έρχεται!»:

  Βρεφικό παρκοκρέβατο με αλλαξιέρα - 1 τεμ. (Shop Example)

Μήνυμα από τη Δέσποινα:
«Να σας ζήσει! Ανυπομονούμε να τον γνωρίσουμε.»

Στη λίστα απομένουν 11 από τα 24 δώρα. Μην ξεχάσετε να στείλετε
ένα ευχαριστώ - μπορείτε να το κάνετε απευθείας από τη σελίδα
της λίστας.

Δείτε τη λίστα: https://www.listamoro.gr/l/aris-2026

Λάβατε αυτό το email επειδή η διεύθυνση privacy@shop.example.be
έχει δηλωθεί ως email ειδοποιήσεων της λίστας. Αλλαγή ρυθμίσεων:
https://www.listamoro.gr/account/notifications

Η ομάδα του ListaMoro.gr

------=_Part_2290417_118735094.1793963260112
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Verdana,sans-serif;color:#444">
<p style="font-size:20px;color:#5aa7c9">Καλά νέα! 🎁</p>
<p>Η <b>Δέσποινα Κ.</b> μόλις αγόρασε ένα δώρο από τη λίστα μωρού <b>«Ο μικρός Άρης έρχεται!»</b>:</p>
<p>Βρεφικό παρκοκρέβατο με αλλαξιέρα - 1 τεμ. (Shop Example)</p>
<blockquote>«Να σας ζήσει! Ανυπομονούμε να τον γνωρίσουμε.»</blockquote>
<p>Στη λίστα απομένουν 11 από τα 24 δώρα.</p>
<p><a href="https://www.listamoro.gr/l/aris-2026">Δείτε τη λίστα</a> · <a href="https://www.listamoro.gr/l/aris-2026/thanks">Στείλτε ένα ευχαριστώ</a></p>
<p style="font-size:10px;color:#999">Λάβατε αυτό το email επειδή η διεύθυνση privacy@shop.example.be έχει δηλωθεί ως email ειδοποιήσεων της λίστας.</p>
</body></html>

------=_Part_2290417_118735094.1793963260112--
'''),

    ('el', 'person-registry-platform-partnership-question', 'other', (),
'''Return-Path: <g.mavridis@listadoron.gr>
Received: from mail.listadoron.gr (mail.listadoron.gr [78.46.112.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id B8D2F1A07B6
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:48:20 +0100 (CET)
Received: from [192.168.10.41] (ppp-94-66-140-212.home.otenet.gr [94.66.140.212])
        (Authenticated sender: g.mavridis@listadoron.gr)
        by mail.listadoron.gr (Postfix) with ESMTPSA id 71E0C3E1B7
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 12:48:18 +0200 (EET)
Message-ID: <8d1f4c2b-93a7-4e51-b0c6-2f7e9a1d5c38@listadoron.gr>
Date: Thu, 5 Nov 2026 12:48:17 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: el
From: Giorgos Mavridis <g.mavridis@listadoron.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=A3=CF=85=CE=BD=CE=B5=CF=81=CE=B3=CE=B1=CF=83=CE=AF=CE=B1_?=
 =?UTF-8?Q?=E2=80=93_=CE=BB=CE=AF=CF=83=CF=84=CE=B5=CF=82_=CE=B3=CE=AC=CE=BC=CE=BF=CF=85_?=
 =?UTF-8?Q?ListaDoron=2Egr?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit
X-Virus-Scanned: MailGuard at mail.listadoron.gr

Καλημέρα σας,

Ονομάζομαι Γιώργος Μαυρίδης και είμαι υπεύθυνος συνεργασιών στο 
ListaDoron.gr, πλατφόρμα λιστών γάμου και βάπτισης για Ελλάδα και 
Κύπρο. Όλο και περισσότερα ζευγάρια μάς ζητούν να μπορούν να βάζουν 
στις λίστες τους προϊόντα από το κατάστημά σας.

Θα θέλαμε να μάθουμε αν έχετε πρόγραμμα συνεργατών (affiliate) ή 
κατάλογο προϊόντων σε XML που θα μπορούσαμε να χρησιμοποιήσουμε, και 
αν αποστέλλετε παραγγελίες σε Ελλάδα και Κύπρο.

Στον ιστότοπό σας βρήκα μόνο αυτή τη διεύθυνση. Αν δεν είναι το σωστό 
τμήμα, θα σας ήμουν ευγνώμων αν προωθούσατε το μήνυμα στον αρμόδιο 
συνάδελφο.

Ευχαριστώ εκ των προτέρων,

-- 
Γιώργος Μαυρίδης
Partnerships Manager
ListaDoron.gr | Λεωφ. Συγγρού 142, 176 71 Καλλιθέα
T: +30 210 955 4410

________________________________
Το παρόν μήνυμα και τυχόν συνημμένα αρχεία είναι εμπιστευτικά και 
προορίζονται αποκλειστικά για τον παραλήπτη. Αν το λάβατε εκ 
παραδρομής, παρακαλούμε ενημερώστε τον αποστολέα και διαγράψτε το.
This message has been scanned for viruses by MailGuard.
'''),

    ('el', 'egift-card-unredeemed-reminder-to-sender', 'automated', (),
'''Return-Path: <no-reply@doropass.gr>
Received: from mta2.doropass.gr (mta2.doropass.gr [195.97.7.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 13F5C1A07FA
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 08:00:14 +0100 (CET)
Received: from scheduler01 (unknown [10.0.4.21])
        by mta2.doropass.gr (Postfix) with ESMTP id 9E04A1C2B3
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 09:00:12 +0200 (EET)
From: DoroPass <no-reply@doropass.gr>
To: privacy@shop.example.be
Subject: Υπενθύμιση: η δωροκάρτα που στείλατε δεν έχει εξαργυρωθεί
Date: Sat, 07 Nov 2026 09:00:12 +0200
Message-ID: <reminder.unredeemed.DP-44718093@doropass.gr>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Αγαπητέ πελάτη,

Η ψηφιακή δωροκάρτα που στείλατε στις 2 Σεπτεμβρίου 2026 δεν έχει
εξαργυρωθεί ακόμη από τον παραλήπτη.

  Παραλήπτης:    Κ. Ν*********ς (k.n***@otenet.gr)
  Κατάστημα:     Shop Example
  Αρχικό ποσό:   30,00 €
  Υπόλοιπο:      30,00 €
  Λήξη:          2 Δεκεμβρίου 2026

Μπορείτε να ξαναστείλετε την κάρτα ή να αλλάξετε παραλήπτη από τον
εταιρικό σας λογαριασμό (Κάρτες > Σε εκκρεμότητα).

Αυτό είναι αυτοματοποιημένο μήνυμα. Παρακαλούμε μην απαντάτε.
DoroPass Μ.Ι.Κ.Ε. | Αθήνα
'''),

    # ------------------------------------------------------------------ bg
    ('bg', 'exim-localized-bounce-family-mailbox-disabled', 'automated', (),
'''Return-Path: <>
Received: from mx.domashen-hosting.bg (mx.domashen-hosting.bg [87.120.37.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7F3B01A07E0
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 09:31:07 +0100 (CET)
Received: from Debian-exim by mx.domashen-hosting.bg with local (Exim 4.97)
        id 1vQ7kd-0004Xa-2F
        for privacy@shop.example.be; Fri, 06 Nov 2026 10:31:06 +0200
X-Failed-Recipients: semeistvo.georgievi@domashen-hosting.bg
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.domashen-hosting.bg>
To: privacy@shop.example.be
References: <PR-2026-1226.2@shop.example.be>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0
Subject: =?UTF-8?Q?=D0=9D=D0=B5=D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=BE_?=
 =?UTF-8?Q?=D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5?=
Message-Id: <E1vQ7kd-0004Xa-2F@mx.domashen-hosting.bg>
Date: Fri, 06 Nov 2026 10:31:06 +0200

Това съобщение е генерирано автоматично от системата за доставка
на поща.

Съобщението Ви не можа да бъде доставено до един или повече от
получателите. Това е постоянна грешка. Следният адрес е неуспешен:

  semeistvo.georgievi@domashen-hosting.bg
    пощенската кутия е деактивирана, защото не е използвана
    повече от 12 месеца

------ Това е копие на заглавната част на съобщението. ------

Return-Path: <privacy@shop.example.be>
Received: from mail-out.shop.example.be ([185.12.40.21])
        by mx.domashen-hosting.bg with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
        (Exim 4.97)
        (envelope-from <privacy@shop.example.be>)
        id 1vQ7kc-0004XV-1R
        for semeistvo.georgievi@domashen-hosting.bg; Fri, 06 Nov 2026 10:31:06 +0200
From: Shop Example - Privacy <privacy@shop.example.be>
To: semeistvo.georgievi@domashen-hosting.bg
Subject: Your request PR-2026-1226 - shared loyalty card
Date: Fri, 6 Nov 2026 09:31:03 +0100
Message-ID: <PR-2026-1226.2@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
'''),

    ('bg', 'person-forwards-egift-card-sent-to-wrong-address', 'deletion', (),
'''Return-Path: <radostina.ilieva@gmail.com>
Received: from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2B7C41A07EE
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 18:55:32 +0100 (CET)
Received: by mail-wr1-f52.google.com with SMTP id ffacd0b85a97d-42b3c8e91f0so1736651f8f.2
        for <privacy@shop.example.be>; Fri, 06 Nov 2026 09:55:32 -0800 (PST)
MIME-Version: 1.0
References: <giftcard-SEGC-7H3K-Q9PL-2204@shop.example.be>
In-Reply-To: <giftcard-SEGC-7H3K-Q9PL-2204@shop.example.be>
From: =?UTF-8?Q?=D0=A0=D0=B0=D0=B4=D0=BE=D1=81=D1=82=D0=B8=D0=BD=D0=B0_?=
 =?UTF-8?Q?=D0=98=D0=BB=D0=B8=D0=B5=D0=B2=D0=B0?= <radostina.ilieva@gmail.com>
Date: Fri, 6 Nov 2026 19:55:18 +0200
Message-ID: <CAJx4nE8qZp1Tm0vR3kL7yB2wF9sD5hG6cN1aU4oXe2tPq7mKfw@mail.gmail.com>
Subject: =?UTF-8?Q?Fwd:_=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=B8=D1=85=D1=82=D0=B5_?=
 =?UTF-8?Q?=D0=BF=D0=BE=D0=B4=D0=B0=D1=80=D1=8A=D1=87=D0=BD=D0=B0_?=
 =?UTF-8?Q?=D0=BA=D0=B0=D1=80=D1=82=D0=B0_=D0=BE=D1=82_?=
 =?UTF-8?Q?=D0=9C=D0=B8=D1=82=D0=BA=D0=BE!?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Здравейте,

получих това вчера. Не съм никаква Мария, не познавам никакъв Митко,
никога не съм пазарувала при вас и не съм ви давала имейла си.
Явно някой го е объркал. Моля, изтрийте адреса ми и всичко, свързано
с него, от системите си.

Радостина Илиева

---------- Препратено съобщение ---------
От: Shop Example <giftcards@shop.example.be>
Date: чт, 5.11.2026 г. в 19:22
Subject: Получихте подаръчна карта от Митко!
To: <radostina.ilieva@gmail.com>


Здравей, Мария!

Митко ти изпрати подаръчна карта Shop Example на стойност 50,00 EUR.

„Честит рожден ден! Избери си нещо хубаво 🎂“

Код: SEGC-7H3K-Q9PL-2204
Валидна до: 05.11.2027

Използвай кода в онлайн магазина или покажи този имейл на касата
във всеки наш магазин.

Това е автоматично съобщение, моля, не отговаряй на него.
'''),

    ('bg', 'person-iphone-signature-objects-to-profiling', 'objection', (),
'''Return-Path: <desi.todorova@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 9E0A61A0812
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 22:14:47 +0100 (CET)
Received: from smtpclient.apple (unknown [78.90.45.133])
        (Authenticated sender: desi.todorova@abv.bg)
        by smtp-out.abv.bg (Postfix) with ESMTPSA id 4D1C2F07A6
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 23:14:45 +0200 (EET)
From: =?utf-8?Q?=D0=94=D0=B5=D1=81=D0=B8=D1=81=D0=BB=D0=B0=D0=B2=D0=B0_?=
 =?utf-8?Q?=D0=A2=D0=BE=D0=B4=D0=BE=D1=80=D0=BE=D0=B2=D0=B0?= <desi.todorova@abv.bg>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?=D0=9F=D0=B5=D1=80=D1=81=D0=BE=D0=BD=D0=B0=D0=BB=D0=B8=D0=B7?=
 =?utf-8?Q?=D0=B8=D1=80=D0=B0=D0=BD=D0=B8_=D0=BE=D1=84=D0=B5=D1=80=D1=82=D0=B8?=
Date: Sun, 8 Nov 2026 23:14:41 +0200
Message-Id: <5B9E2C71-0A4F-4D83-9E1B-7C2F6A3D8E45@abv.bg>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23B85)

Здравейте,

от известно време в приложението ви ми излизат „предложения специално
за вас“ за пелени, бебешка храна и играчки - явно според това какво
купуваме със семейната карта. Не съм съгласна покупките ни да се
анализират, за да ми се прави профил и да ми се показват такива
оферти. Моля, спрете да използвате данните ми за това.

Картата и приложението искам да си ги ползвам нормално.

Поздрави,
Десислава Тодорова
карта № 2150 0412 7785

Изпратено от моя iPhone
'''),

    ('bg', 'cpanel-autoresponder-shared-family-mailbox-weekends', 'automated', (),
'''Return-Path: <petrovi@petrovi-family.bg>
Received: from server.bghost-sofia.bg (server.bghost-sofia.bg [185.80.0.214])
        by mx1.shop.example.be (Postfix) with ESMTPS id C5D931A07D1
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:02:55 +0100 (CET)
Received: from [127.0.0.1] (port=51822 helo=server.bghost-sofia.bg)
        by server.bghost-sofia.bg with esmtpa (Exim 4.98)
        (envelope-from <petrovi@petrovi-family.bg>)
        id 1vQTx2-00Bh7k-0M
        for privacy@shop.example.be;
        Thu, 05 Nov 2026 15:02:54 +0200
To: privacy@shop.example.be
Subject: Автоматичен отговор: Your request PR-2026-1230
From: =?UTF-8?Q?=D0=A1=D0=B5=D0=BC=D0=B5=D0=B9=D1=81=D1=82=D0=B2=D0=BE_?=
 =?UTF-8?Q?=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2=D0=B8?= <petrovi@petrovi-family.bg>
X-Autorespond: Your request PR-2026-1230
Precedence: auto_reply
X-Precedence: auto_reply
Auto-Submitted: auto-replied
In-Reply-To: <PR-2026-1230.1@shop.example.be>
Date: Thu, 05 Nov 2026 15:02:54 +0200
Message-Id: <E1vQTx2-00Bh7k-0M@server.bghost-sofia.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте,

това е общият имейл на семейство Петрови. Преглеждаме го само през
уикенда, така че ще ви отговорим най-рано в събота или неделя.

Ако е спешно: Иван - 0888 412 775, Елена - 0899 330 218.

Благодарим ви!
Семейство Петрови

(Това е автоматичен отговор.)
'''),
]

"""Sixtyseventh set (donations, charity, community): robot mail of charity CRMs, donation and round-up platforms, volunteer, vote, raffle, club and noticeboard tools, bounces, auto-replies and read receipts, plus people who look automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ pl
    ('pl', 'charity-crm-donation-certificate-pdf', 'automated', (),
'''Return-Path: <bounce+dar.1187=shop.example.be@crm.pelnamiska.example.org>
Received: from mail-out3.donordesk.example.net (mail-out3.donordesk.example.net [198.51.100.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cK7Qm2ZxYz9vBf
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 09:12:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=pelnamiska.example.org;
        s=crm2026; t=1776150762; h=from:reply-to:to:subject:date:message-id:mime-version;
        bh=Jr0b8xQv4mW2yKcE1Hq9LpN7sT3uVd5fGa6iZoXeYbA=;
        b=Qk3mF8vR2xL9pZ1wT6nB4cY7hJ0sD5gA2uE8iO3kM6qV1rX9tW4yN7bC0fH5jL2p
         S8dG3aK6mP1vR9xZ4cT7nB0wQ5hJ2sF8uE1iO6kY3lM9rV4tX7yN0bC5fH2jL8pQ
From: =?utf-8?q?Fundacja_Pe=C5=82na_Miska?= <darowizny@pelnamiska.example.org>
Reply-To: biuro@pelnamiska.example.org
To: privacy@shop.example.be
Subject: =?utf-8?q?Potwierdzenie_darowizny_DAR/2026/04/1187_=E2=80=93_za=C5=9Bwiadc?=
 =?utf-8?q?zenie_do_ulgi_podatkowej?=
Date: Tue, 14 Apr 2026 09:12:42 +0200
Message-ID: <20260414071242.1187.dar@crm.pelnamiska.example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_dar_1187_a9f3c2"
Auto-Submitted: auto-generated
X-Mailer: DonorDesk CRM 7.4 (notifications)

--=_dar_1187_a9f3c2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Szanowni Pa=C5=84stwo,

dzi=C4=99kujemy za przekazanie darowizny w wysoko=C5=9Bci 2 418,37 EUR, zeb=
ranej w ramach akcji =E2=80=9EZaokr=C4=85glij w g=C3=B3r=C4=99=E2=80=9D pro=
wadzonej w sklepach Shop Example w marcu 2026 r.

W za=C5=82=C4=85czniku przesy=C5=82amy za=C5=9Bwiadczenie o otrzymaniu daro=
wizny (PDF). Dokument mo=C5=BCe zosta=C4=87 wykorzystany przy rozliczeniu u=
lgi podatkowej zgodnie z obowi=C4=85zuj=C4=85cymi przepisami.

Dane darczy=C5=84cy zapisane w naszym systemie:
  Nazwa:            Shop Example BV
  Numer darczy=C5=84cy:  D-0049212
  Kwota:            2 418,37 EUR
  Data wp=C5=82ywu:      10.04.2026
  Cel:              Program =E2=80=9EPosi=C5=82ek dla ucznia=E2=80=9D

Dane osobowe os=C3=B3b kontaktowych darczy=C5=84cy przetwarzamy wy=C5=82=C4=
=85cznie w celu wystawienia za=C5=9Bwiadczenia i prowadzenia ewidencji daro=
wizn. Szczeg=C3=B3=C5=82y znajd=C4=85 Pa=C5=84stwo w naszej polityce prywat=
no=C5=9Bci: https://pelnamiska.example.org/prywatnosc

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie =E2=80=93 pr=
osimy na ni=C4=85 nie odpowiada=C4=87. W razie pyta=C5=84: biuro@pelnamiska=
.example.org, tel. +48 22 415 08 33.

Z wdzi=C4=99czno=C5=9Bci=C4=85
Zesp=C3=B3=C5=82 Fundacji Pe=C5=82na Miska

--=_dar_1187_a9f3c2
Content-Type: application/pdf; name="zaswiadczenie_DAR-2026-04-1187.pdf"
Content-Disposition: attachment; filename="zaswiadczenie_DAR-2026-04-1187.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKMSAwIG9iaiA8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4gZW5kb2Jq
CjIgMCBvYmogPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4gZW5kb2Jq
CjMgMCBvYmogPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUg
ODQyXSA+PiBlbmRvYmoKdHJhaWxlciA8PCAvUm9vdCAxIDAgUiA+PgolJUVPRg==
--=_dar_1187_a9f3c2--
'''),
    ('pl', 'postfix-bounce-privacy-reply-typo-domain', 'automated', (),
'''Return-Path: <>
Received: from mail-out.shop.example.be (mail-out.shop.example.be [192.0.2.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cL0d71Fh2z4wQn
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 15:41:09 +0200 (CEST)
Received: by mail-out.shop.example.be (Postfix)
        id 4cL0d70Pk8z9tRm; Thu, 16 Apr 2026 15:41:07 +0200 (CEST)
Date: Thu, 16 Apr 2026 15:41:07 +0200 (CEST)
From: MAILER-DAEMON@mail-out.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4cL0d70Pk8z9tRm.1776346867/mail-out.shop.example.be"
Content-Transfer-Encoding: 7bit
Message-Id: <20260416134107.4cL0d70Pk8z9tRm@mail-out.shop.example.be>

This is a MIME-encapsulated message.

--4cL0d70Pk8z9tRm.1776346867/mail-out.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k.zielinska@onet.pll>: Host or domain name not found. Name service error for
    name=onet.pll type=A: Host not found

--4cL0d70Pk8z9tRm.1776346867/mail-out.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.shop.example.be
X-Postfix-Queue-ID: 4cL0d70Pk8z9tRm
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 16 Apr 2026 15:41:06 +0200 (CEST)

Final-Recipient: rfc822; k.zielinska@onet.pll
Original-Recipient: rfc822;k.zielinska@onet.pll
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=onet.pll type=A: Host not found

--4cL0d70Pk8z9tRm.1776346867/mail-out.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from crm-app02.shop.example.be (crm-app02.shop.example.be [10.20.4.12])
        by mail-out.shop.example.be (Postfix) with ESMTPS id 4cL0d70Pk8z9tRm
        for <k.zielinska@onet.pll>; Thu, 16 Apr 2026 15:41:06 +0200 (CEST)
From: =?utf-8?q?Zesp=C3=B3=C5=82_ochrony_danych_Shop_Example?= <privacy@shop.example.be>
To: k.zielinska@onet.pll
Subject: =?utf-8?q?Re=3A_Usuni=C4=99cie_moich_danych_z_akcji_=E2=80=9EZaokr=C4=85gl?=
 =?utf-8?q?ij_w_g=C3=B3r=C4=99=E2=80=9D?=
Date: Thu, 16 Apr 2026 15:41:05 +0200
Message-ID: <priv-2026-04-0311.reply@shop.example.be>
In-Reply-To: <CAF7kQ2p9xZr@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

--4cL0d70Pk8z9tRm.1776346867/mail-out.shop.example.be--
'''),
    ('pl', 'exchange-oof-foodbank-volunteer-coordinator', 'automated', (),
'''Return-Path: <>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2112.outbound.protection.outlook.com [40.107.20.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cM3vX6bRqz7nKd
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 10:03:58 +0200 (CEST)
Received: from DB9PR07MB7711.eurprd07.prod.outlook.com (2603:10a6:10:2a1::14) by
 AM0PR07MB6402.eurprd07.prod.outlook.com (2603:10a6:208:11e::9) with Microsoft
 SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8699.24; Mon, 20 Apr 2026 08:03:56 +0000
From: Magdalena Wrona <m.wrona@bankzywnosci-lodz.example.org>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?QXV0b21hdHljem5hIG9kcG93aWVkxbo6IFpiacOzcmthIMW8eXdub8WbY2kgMjQ=?=
 =?utf-8?b?4oCTMjUga3dpZXRuaWEg4oCTIGxpc3RhIHdvbG9udGFyaXVzenk=?=
Thread-Topic: =?utf-8?b?WmJpw7Nya2Egxbx5d25vxZtjaSAyNOKAkzI1IGt3aWV0bmlhIOKAkyBsaXN0YSB3?=
 =?utf-8?b?b2xvbnRhcml1c3p5?=
Thread-Index: AQHczdH3k2mVpq7yQUeZc1bT0pW9Lw==
Date: Mon, 20 Apr 2026 08:03:55 +0000
Message-ID: <DB9PR07MB77117B2C4A0E3F1D9A6C58E1B3AB2@DB9PR07MB7711.eurprd07.prod.outlook.com>
In-Reply-To: <priv-2026-04-0327@shop.example.be>
References: <priv-2026-04-0327@shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: m.wrona@bankzywnosci-lodz.example.org
Content-Type: multipart/alternative;
	boundary="_000_DB9PR07MB77117B2C4A0E3F1D9A6C58E1B3AB2DB9PR07MB7711eurp_"
MIME-Version: 1.0

--_000_DB9PR07MB77117B2C4A0E3F1D9A6C58E1B3AB2DB9PR07MB7711eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RHppZcWEIGRvYnJ5LAoKZG8gMjcga3dpZXRuaWEgcHJ6ZWJ5d2FtIG5hIHVybG9waWUgaSBuaWUg
bWFtIGRvc3TEmXB1IGRvIHBvY3p0eS4KClcgc3ByYXdhY2ggd2lvc2VubmVqIHpiacOzcmtpIMW8
eXdub8WbY2kgdyBza2xlcGFjaCBTaG9wIEV4YW1wbGUgcHJvc3rEmSBrb250YWt0b3dhxIcgc2nE
mSB6IFRvbWFzemVtIEt1Ymlha2llbTogdC5rdWJpYWtAYmFua3p5d25vc2NpLWxvZHouZXhhbXBs
ZS5vcmcsIHRlbC4gNTEyIDMwNCA4ODcuCgpMaXN0eSB3b2xvbnRhcml1c3p5IHdyYXogeiBkYW55
bWkga29udGFrdG93eW1pIG9yYXogemdvZHkgbmEgcHVibGlrYWNqxJkgemRqxJnEhyBwcnpla2HF
vMSZIHBvIHBvd3JvY2llLgoKUG96ZHJhd2lhbQpNYWdkYWxlbmEgV3JvbmEKS29vcmR5bmF0b3Jr
YSB3b2xvbnRhcmlhdHUKQmFuayDFu3l3bm/Fm2NpIMWBw7Nkxbo=

--_000_DB9PR07MB77117B2C4A0E3F1D9A6C58E1B3AB2DB9PR07MB7711eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxkaXYgc3R5bGU9ImZvbnQt
ZmFtaWx5OiBBcHRvcywgQ2FsaWJyaSwgc2Fucy1zZXJpZjsgZm9udC1zaXplOiAxMXB0OyI+Cjxw
PkR6aWXFhCBkb2JyeSw8L3A+CjxwPmRvIDI3IGt3aWV0bmlhIHByemVieXdhbSBuYSB1cmxvcGll
IGkgbmllIG1hbSBkb3N0xJlwdSBkbyBwb2N6dHkuPC9wPgo8cD5XIHNwcmF3YWNoIHdpb3Nlbm5l
aiB6YmnDs3JraSDFvHl3bm/Fm2NpIHcgc2tsZXBhY2ggU2hvcCBFeGFtcGxlIHByb3N6xJkga29u
dGFrdG93YcSHIHNpxJkgeiBUb21hc3plbSBLdWJpYWtpZW06IHQua3ViaWFrQGJhbmt6eXdub3Nj
aS1sb2R6LmV4YW1wbGUub3JnLCB0ZWwuIDUxMiAzMDQgODg3LjwvcD4KPHA+TGlzdHkgd29sb250
YXJpdXN6eSB3cmF6IHogZGFueW1pIGtvbnRha3Rvd3ltaSBvcmF6IHpnb2R5IG5hIHB1Ymxpa2Fj
asSZIHpkasSZxIcgcHJ6ZWthxbzEmSBwbyBwb3dyb2NpZS48L3A+CjxwPlBvemRyYXdpYW08YnI+
TWFnZGFsZW5hIFdyb25hPGJyPktvb3JkeW5hdG9ya2Egd29sb250YXJpYXR1PGJyPkJhbmsgxbt5
d25vxZtjaSDFgcOzZMW6PC9wPgo8L2Rpdj4KPC9ib2R5Pgo8L2h0bWw+

--_000_DB9PR07MB77117B2C4A0E3F1D9A6C58E1B3AB2DB9PR07MB7711eurp_--
'''),
    ('pl', 'volunteer-scheduler-shift-reminder-team-phones', 'automated', (),
'''Return-Path: <bounces+4471902-shift@em3321.grafikwolontariuszy.example.com>
Received: from o12.em3321.grafikwolontariuszy.example.com (o12.em3321.grafikwolontariuszy.example.com [203.0.113.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cNpW83tHcz2kLx
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 18:00:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=grafikwolontariuszy.example.com; s=s1;
        h=from:subject:to:mime-version:content-type:list-unsubscribe;
        bh=3yVq1kA8ZtR0Lp5mX7cW2nH9sB4dF6gJ1eU8oI0aQ3Y=;
        b=mP4xZ7qR1vL8nT2wB5cY9hJ3sD6gA0uE4iO7kM1qV8rX2tW5yN9bC3fH6jL0pS4d
From: Grafik Wolontariuszy <powiadomienia@grafikwolontariuszy.example.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Przypomnienie=3A_Twoja_zmiana_jutro_=E2=80=93_Zbi=C3=B3rka_?=
 =?utf-8?q?=C5=BCywno=C5=9Bci=2C_Shop_Example_=C5=81=C3=B3d=C5=BA_Ba=C5=82?=
 =?utf-8?q?uty?=
Date: Thu, 23 Apr 2026 16:00:12 +0000
Message-ID: <shift-rem.88213.20260423160012@grafikwolontariuszy.example.com>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
List-Unsubscribe: <https://grafikwolontariuszy.example.com/powiadomienia/wylacz?t=Zk81xQ2p>
X-Entity-Ref-ID: shift-rem-88213
Content-Type: multipart/alternative; boundary="gw-7f2c91ab3e"

--gw-7f2c91ab3e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Cze=C5=9B=C4=87, Zesp=C3=B3=C5=82 Ochrona danych (Shop Example)!

Przypominamy o Twojej jutrzejszej zmianie:

  Akcja:        Wiosenna zbi=C3=B3rka =C5=BCywno=C5=9Bci
  Miejsce:      Shop Example =C5=81=C3=B3d=C5=BA Ba=C5=82uty, ul. Zgierska =
211 (wej=C5=9Bcie g=C5=82=C3=B3wne)
  Termin:       pi=C4=85tek, 24.04.2026, 14:00=E2=80=9318:00
  Koordynator:  Tomasz Kubiak, tel. 512 304 887

Inni wolontariusze na tej zmianie:
  Anna G=C3=B3recka       tel. 601 =E2=80=A2=E2=80=A2=E2=80=A2 214
  Piotr Sadowski     tel. 698 =E2=80=A2=E2=80=A2=E2=80=A2 530
  Zofia Michalak     tel. 733 =E2=80=A2=E2=80=A2=E2=80=A2 091

Nie mo=C5=BCesz przyj=C5=9B=C4=87? Zwolnij miejsce: https://grafikwolontari=
uszy.example.com/z/88213/rezygnacja

Twoje imi=C4=99, nazwisko i numer telefonu s=C4=85 widoczne dla koordynator=
a oraz innych wolontariuszy tej zmiany. Ustawienia prywatno=C5=9Bci, ekspor=
t Twoich danych i usuni=C4=99cie konta znajdziesz w zak=C5=82adce Moje kont=
o > Prywatno=C5=9B=C4=87.

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana automatycznie. Nie odpowia=
daj na ni=C4=85.
Grafik Wolontariuszy

--gw-7f2c91ab3e
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><body style=3D"font-family:Arial,sans-serif;color:#222=
"><h2 style=3D"color:#2a7d4f">Cze=C5=9B=C4=87, Zesp=C3=B3=C5=82 Ochrona dan=
ych (Shop Example)!</h2><p>Przypominamy o Twojej jutrzejszej zmianie:</p><t=
able cellpadding=3D"4"><tr><td>Akcja</td><td><b>Wiosenna zbi=C3=B3rka =C5=
=BCywno=C5=9Bci</b></td></tr><tr><td>Miejsce</td><td>Shop Example =C5=81=C3=
=B3d=C5=BA Ba=C5=82uty, ul. Zgierska 211</td></tr><tr><td>Termin</td><td>pi=
=C4=85tek, 24.04.2026, 14:00=E2=80=9318:00</td></tr><tr><td>Koordynator</td=
><td>Tomasz Kubiak, tel. 512 304 887</td></tr></table><p>Inni wolontariusze=
: Anna G=C3=B3recka, Piotr Sadowski, Zofia Michalak</p><p><a href=3D"https:=
//grafikwolontariuszy.example.com/z/88213/rezygnacja">Zwolnij miejsce</a></=
p><p style=3D"font-size:11px;color:#777">Twoje imi=C4=99, nazwisko i numer =
telefonu s=C4=85 widoczne dla koordynatora oraz innych wolontariuszy tej zm=
iany. Ustawienia prywatno=C5=9Bci, eksport danych i usuni=C4=99cie konta: M=
oje konto &gt; Prywatno=C5=9B=C4=87. Wiadomo=C5=9B=C4=87 wys=C5=82ana autom=
atycznie.</p></body></html>

--gw-7f2c91ab3e--
'''),
    ('pl', 'person-fwd-charity-appeal-asks-who-got-her-data', 'access', (),
'''Return-Path: <ewamajewska@o2.example.pl>
Received: from mx.o2.example.pl (mx.o2.example.pl [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cQ1tB5zKmz3pVr
        for <privacy@shop.example.be>; Sat, 02 May 2026 21:47:30 +0200 (CEST)
From: Ewa Majewska <ewamajewska@o2.example.pl>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?q?Fwd=3A_Pani_Ewo=2C_Pani_z=C5=82ot=C3=B3wka_zmieni=C5=82a_czyj?=
 =?utf-8?q?=C5=9B_dzie=C5=84_=E2=80=93_pomo=C5=BCe_Pani_znowu=3F?=
Date: Sat, 2 May 2026 21:47:21 +0200
Message-Id: <5B1E7C2A-93D4-4F0B-8E61-2C7A9D04F3B8@o2.example.pl>
References: <appeal.2026-05.ewam.4471@crm.pelnamiska.example.org>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22E240)

Dzie=C5=84 dobry,

w marcu przy kasie w Waszym sklepie zaokr=C4=85gli=C5=82am rachunek na fund=
acj=C4=99. Da=C5=82am jedno euro, a nie sw=C3=B3j adres e-mail! Teraz funda=
cja pisze do mnie po imieniu i prosi o kolejne wp=C5=82aty (poni=C5=BCej).

Prosz=C4=99 mi napisa=C4=87, jakie moje dane macie w zwi=C4=85zku z t=C4=85=
 akcj=C4=85, komu dok=C5=82adnie je przekazali=C5=9Bcie i kiedy. Chc=C4=99 =
te=C5=BC wiedzie=C4=87, sk=C4=85d fundacja zna moje imi=C4=99.

Karta klienta: 2204 7781 0093

Ewa Majewska

Wys=C5=82ane z iPhone'a

Pocz=C4=85tek przekazywanej wiadomo=C5=9Bci:

> Od: Fundacja Pe=C5=82na Miska <darowizny@pelnamiska.example.org>
> Data: 2 maja 2026 o 10:15:03 CEST
> Do: ewamajewska@o2.example.pl
> Temat: Pani Ewo, Pani z=C5=82ot=C3=B3wka zmieni=C5=82a czyj=C5=9B dzie=C5=
=84 =E2=80=93 pomo=C5=BCe Pani znowu?
>
> Droga Pani Ewo,
>
> dzi=C4=99kujemy za Pani wsparcie w akcji =E2=80=9EZaokr=C4=85glij w g=C3=
=B3r=C4=99=E2=80=9D w sklepie Shop Example! Dzi=C4=99ki takim gestom jak Pa=
ni w marcu wydali=C5=9Bmy 3 412 posi=C5=82k=C3=B3w dla uczni=C3=B3w.
>
> Czy pomo=C5=BCe nam Pani znowu? Ju=C5=BC 20 z=C5=82 to tydzie=C5=84 ciep=
=C5=82ych obiad=C3=B3w.
>
> [Wp=C5=82acam teraz] https://pelnamiska.example.org/wplac?d=3Dewam4471
>
> Otrzymujesz t=C4=99 wiadomo=C5=9B=C4=87 jako darczy=C5=84ca Fundacji Pe=
=C5=82na Miska. Wypisz si=C4=99: https://pelnamiska.example.org/wypisz?d=3D=
ewam4471
'''),
    # ------------------------------------------------------------------ cs
    ('cs', 'community-grant-vote-confirm-double-opt-in', 'automated', (),
'''Return-Path: <bounce-7731-hlas=shop.example.be@mail.hlasuj.example.com>
Received: from smtp-out2.hlasuj.example.com (smtp-out2.hlasuj.example.com [203.0.113.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cR8mH2wLnz6tQp
        for <privacy@shop.example.be>; Mon, 04 May 2026 07:21:49 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=hlasuj.example.com; s=k1;
        h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
        bh=Wm7pT2qR9vL4nX1cB8hJ5sD3gA6uE0iO2kM7yV4rZ1Q=;
        b=tR5xZ8qL2vN9mP1wB6cY3hJ7sD0gA4uE8iO5kM2qV9rX3tW6yN1bC7fH0jL4pS8d
From: =?utf-8?q?Hlasov=C3=A1n=C3=AD_=E2=80=93_Komunitn=C3=AD_grant_Shop_Example?= <noreply@hlasuj.example.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Potvr=C4=8Fte_sv=C5=AFj_hlas=3A_Kter=C3=BD_m=C3=ADstn=C3=AD_spol?=
 =?utf-8?q?ek_z=C3=ADsk=C3=A1_grant_5_000_=E2=82=AC=3F?=
Date: Mon, 04 May 2026 05:21:47 +0000
Message-ID: <vote-confirm.7731.a3f9c2@hlasuj.example.com>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Feedback-ID: 7731:vote-confirm:hlasuj
Content-Type: multipart/alternative; boundary="----=_Part_551902_1187723.1777872107"

------=_Part_551902_1187723.1777872107
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

RG9icsO9IGRlbiwKCmTEm2t1amVtZSB6YSBWw6HFoSBobGFzIHYgYW5rZXTEmyDigJ5LdGVyw70g
bcOtc3Ruw60gc3BvbGVrIHrDrXNrw6Ega29tdW5pdG7DrSBncmFudCA1IDAwMCDigqwgb2QgU2hv
cCBFeGFtcGxlP+KAnC4KClbDocWhIGhsYXMgemF0w61tIE5FQllMIHphcG/EjcOtdMOhbi4gUG90
dnLEj3RlIGplaiBwcm9zw61tIGtsaWtudXTDrW0gbmEgdGVudG8gb2RrYXo6Cmh0dHBzOi8vaGxh
c3VqLmV4YW1wbGUuY29tL3BvdHZyZGl0Lzc3MzEvYTNmOWMyZTgxYgoKT2RrYXogamUgcGxhdG7D
vSA0OCBob2Rpbi4KClBva3VkIGpzdGUgbmVobGFzb3ZhbGksIHRlbnRvIGUtbWFpbCBpZ25vcnVq
dGUuIFZhxaFlIGUtbWFpbG92w6EgYWRyZXNhIGJ1ZGUgdiB0YWtvdsOpbSBwxZnDrXBhZMSbIGF1
dG9tYXRpY2t5IHNtYXrDoW5hIGRvIDcgZG7Fry4KClZhxaFpIGUtbWFpbG92b3UgYWRyZXN1IHpw
cmFjb3bDoXbDoW1lIHBvdXplIHphIMO6xI1lbGVtIG92xJvFmWVuw60sIMW+ZSBrYcW+ZMO9IGhs
YXN1amUgamVuIGplZG5vdS4gU3Byw6F2Y2VtIG9zb2Juw61jaCDDumRhasWvIGplIFNob3AgRXhh
bXBsZSBCViwgenByYWNvdmF0ZWxlbSBIbGFzdWouZXhhbXBsZS4gVsOtY2UgbyBvY2hyYW7EmyBv
c29ibsOtY2ggw7pkYWrFrzogaHR0cHM6Ly9obGFzdWouZXhhbXBsZS5jb20vc291a3JvbWkKClRl
bnRvIGUtbWFpbCBieWwgdnlnZW5lcm92w6FuIGF1dG9tYXRpY2t5LCBuZW9kcG92w61kZWp0ZSBu
YSBuxJtqLg==
------=_Part_551902_1187723.1777872107
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkhlbHZldGljYSxBcmlhbCxzYW5zLXNlcmlm
Ij48cD5Eb2Jyw70gZGVuLDwvcD48cD5kxJtrdWplbWUgemEgVsOhxaEgaGxhcyB2IGFua2V0xJsg
PGI+4oCeS3RlcsO9IG3DrXN0bsOtIHNwb2xlayB6w61za8OhIGtvbXVuaXRuw60gZ3JhbnQgNSAw
MDAg4oKsIG9kIFNob3AgRXhhbXBsZT/igJw8L2I+PC9wPjxwPlbDocWhIGhsYXMgemF0w61tIDxi
Pk5FQllMIHphcG/EjcOtdMOhbjwvYj4uPC9wPjxwPjxhIGhyZWY9Imh0dHBzOi8vaGxhc3VqLmV4
YW1wbGUuY29tL3BvdHZyZGl0Lzc3MzEvYTNmOWMyZTgxYiIgc3R5bGU9ImJhY2tncm91bmQ6I2U0
NTcyZTtjb2xvcjojZmZmO3BhZGRpbmc6MTBweCAxOHB4O3RleHQtZGVjb3JhdGlvbjpub25lIj5Q
b3R2cmRpdCBobGFzPC9hPjwvcD48cD5PZGtheiBqZSBwbGF0bsO9IDQ4IGhvZGluLiBQb2t1ZCBq
c3RlIG5laGxhc292YWxpLCB0ZW50byBlLW1haWwgaWdub3J1anRlOyBWYcWhZSBhZHJlc2EgYnVk
ZSBhdXRvbWF0aWNreSBzbWF6w6FuYSBkbyA3IGRuxa8uPC9wPjxwIHN0eWxlPSJmb250LXNpemU6
MTFweDtjb2xvcjojODg4Ij5TcHLDoXZjZW0gb3NvYm7DrWNoIMO6ZGFqxa8gamUgU2hvcCBFeGFt
cGxlIEJWLCB6cHJhY292YXRlbGVtIEhsYXN1ai5leGFtcGxlLiBUZW50byBlLW1haWwgYnlsIHZ5
Z2VuZXJvdsOhbiBhdXRvbWF0aWNreS48L3A+PC9ib2R5PjwvaHRtbD4=
------=_Part_551902_1187723.1777872107--
'''),
    ('cs', 'exim-bounce-club-treasurer-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mail.sokol-liben.example.cz (mail.sokol-liben.example.cz [198.51.100.141])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cS2fN7qWtz1mHb
        for <privacy@shop.example.be>; Wed, 06 May 2026 11:27:42 +0200 (CEST)
Received: from Debian-exim by mail.sokol-liben.example.cz with local (Exim 4.96)
	id 1wB7xK-0003Qd-2F
	for privacy@shop.example.be;
	Wed, 06 May 2026 11:27:40 +0200
X-Failed-Recipients: pokladnik@sokol-liben.example.cz
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.sokol-liben.example.cz>
To: privacy@shop.example.be
References: <priv-2026-05-0042@shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1778059660-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wB7xK-0003Qd-2F@mail.sokol-liben.example.cz>
Date: Wed, 06 May 2026 11:27:40 +0200

--1778059660-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  pokladnik@sokol-liben.example.cz
    mailbox is full: retry timeout exceeded

--1778059660-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mail.sokol-liben.example.cz

Action: failed
Final-Recipient: rfc822;pokladnik@sokol-liben.example.cz
Status: 5.0.0

--1778059660-eximdsn-1804289383
Content-type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mail-out.shop.example.be ([192.0.2.40])
	by mail.sokol-liben.example.cz with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1w9QeL-0001Ab-0x
	for pokladnik@sokol-liben.example.cz;
	Thu, 30 Apr 2026 16:02:11 +0200
From: =?utf-8?q?Shop_Example_=E2=80=93_Privacy?= <privacy@shop.example.be>
To: pokladnik@sokol-liben.example.cz
Subject: =?utf-8?q?Seznam_=C4=8Dlen=C5=AF_pro_partnerskou_slevu_=E2=80=93_pr=C3=A1v?=
 =?utf-8?q?n=C3=AD_z=C3=A1klad_p=C5=99ed=C3=A1n=C3=AD_=C3=BAdaj=C5=AF?=
Date: Thu, 30 Apr 2026 16:02:09 +0200
Message-ID: <priv-2026-05-0042@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

d=C4=9Bkujeme za spolupr=C3=A1ci v r=C3=A1mci sponzoringu TJ Sokol Libe=C5=
=88. Dne 22. 4. jsme od klubu obdr=C5=BEeli seznam 214 =C4=8Dlen=C5=AF (jm=
=C3=A9no, e-mail, =C4=8D=C3=ADslo =C4=8Dlensk=C3=A9 karty) pro aktivaci par=
tnersk=C3=A9 slevy.

Ne=C5=BE =C3=BAdaje nahrajeme do na=C5=A1eho syst=C3=A9mu, pot=C5=99ebujeme=
 od V=C3=A1s potvrzen=C3=AD, na jak=C3=A9m pr=C3=A1vn=C3=ADm z=C3=A1klad=C4=
=9B byl seznam p=C5=99ed=C3=A1n a zda =C4=8Dlenov=C3=A9 byli o p=C5=99ed=C3=
=A1n=C3=AD informov=C3=A1ni nebo s n=C3=ADm souhlasili.

Do t=C3=A9 doby seznam nepou=C5=BE=C3=ADv=C3=A1me.

S pozdravem
T=C3=BDm ochrany osobn=C3=ADch =C3=BAdaj=C5=AF
Shop Example BV

--1778059660-eximdsn-1804289383--
'''),
    ('cs', 'zimbra-vacation-football-club-secretary', 'automated', (),
'''Return-Path: <>
Received: from mail.fc-radotin.example.cz (mail.fc-radotin.example.cz [203.0.113.204])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cT4kR1vJpz8wNc
        for <privacy@shop.example.be>; Fri, 08 May 2026 09:40:13 +0200 (CEST)
Date: Fri, 8 May 2026 09:40:11 +0200 (CEST)
From: =?utf-8?Q?Jana_Dvo=C5=99=C3=A1kov=C3=A1?= <jednatel@fc-radotin.example.cz>
To: privacy@shop.example.be
Message-ID: <1394207711.88213.1778226011003.JavaMail.zimbra@fc-radotin.example.cz>
In-Reply-To: <priv-2026-05-0057@shop.example.be>
Subject: =?utf-8?q?Nep=C5=99=C3=ADtomnost_/_Out_of_office?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)

Dobr=C3=BD den,

od 4. do 15. kv=C4=9Btna jsem s ml=C3=A1de=C5=BE=C3=AD na soust=C5=99ed=C4=
=9Bn=C3=AD v Krkono=C5=A1=C3=ADch a e-maily =C4=8Dtu jen v=C3=BDjime=C4=8Dn=
=C4=9B.

Ve v=C4=9Bcech sponzoringu a partnersk=C3=A9 slevy pro =C4=8Dleny se pros=
=C3=ADm obracejte na p=C5=99edsedu klubu, pana Martina Kola=C5=99=C3=ADka (=
predseda@fc-radotin.example.cz, 603 118 472).

Dotazy k osobn=C3=ADm =C3=BAdaj=C5=AFm =C4=8Dlen=C5=AF (GDPR, seznamy =C4=
=8Dlen=C5=AF, souhlasy rodi=C4=8D=C5=AF) vy=C5=99=C3=ADd=C3=ADm po n=C3=A1v=
ratu.

Jana Dvo=C5=99=C3=A1kov=C3=A1
jednatelka, FC Radot=C3=ADn z. s.

--
I am away until 15 May with limited access to e-mail.
'''),
    ('cs', 'club-member-system-export-ready-for-partner', 'automated', (),
'''Return-Path: <notifikace@clenove-online.example.cz>
Received: from out1.clenove-online.example.cz (out1.clenove-online.example.cz [198.51.100.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cW9pD4sXbz5rLm
        for <privacy@shop.example.be>; Tue, 12 May 2026 20:15:05 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=clenove-online.example.cz;
        s=default; h=from:to:subject:date:message-id;
        bh=Tq4vX8mR2pL6nZ1cB9hJ3sD7gA5uE2iO8kM0yV6rW4Q=;
        b=aL7xZ2qR5vN8mP0wB3cY6hJ9sD1gA7uE4iO2kM5qV8rX0tW3yN6bC9fH1jL7pS4d
From: ClenoveOnline <notifikace@clenove-online.example.cz>
To: privacy@shop.example.be
Cc: pokladnik@sokol-liben.example.cz
Subject: =?utf-8?q?Export_dat_p=C5=99ipraven=3A_Seznam_=C4=8Dlen=C5=AF_pro_partnera?=
 =?utf-8?q?_Shop_Example_=28CSV=29?=
Date: Tue, 12 May 2026 20:15:03 +0200
Message-ID: <export.21877.1778609703@clenove-online.example.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Mailer: ClenoveOnline Notifier 3.2

Dobr=C3=BD den,

export, kter=C3=BD byl vy=C5=BE=C3=A1d=C3=A1n v administraci klubu, je p=C5=
=99ipraven ke sta=C5=BEen=C3=AD.

Klub:             TJ Sokol Libe=C5=88, z. s.
Typ exportu:      Seznam =C4=8Dlen=C5=AF =E2=80=93 partnersk=C3=A1 sleva
Sd=C3=ADleno s:        Shop Example BV (privacy@shop.example.be)
Obsahuje:         jm=C3=A9no, p=C5=99=C3=ADjmen=C3=AD, e-mail, =C4=8D=C3=AD=
slo =C4=8Dlensk=C3=A9 karty
Po=C4=8Det z=C3=A1znam=C5=AF:    202
Vy=C5=99azeno:         12 =C4=8Dlen=C5=AF bez souhlasu se sd=C3=ADlen=C3=AD=
m =C3=BAdaj=C5=AF s partnery
Vy=C5=BE=C3=A1dal(a):       Ing. Radek =C5=A0imek (pokladn=C3=ADk)

St=C3=A1hnout:  https://clenove-online.example.cz/export/21877/stahnout
Odkaz je platn=C3=BD 7 dn=C3=AD, pot=C3=A9 bude soubor automaticky smaz=C3=
=A1n.

Export obsahuje osobn=C3=AD =C3=BAdaje =C4=8Dlen=C5=AF. Nakl=C3=A1dejte s n=
=C3=ADm v souladu s GDPR a smlouvou o zpracov=C3=A1n=C3=AD osobn=C3=ADch =
=C3=BAdaj=C5=AF uzav=C5=99enou mezi klubem a partnerem. Ka=C5=BEd=C3=A9 sta=
=C5=BEen=C3=AD je zaznamen=C3=A1no v auditn=C3=ADm logu klubu.

Tento e-mail byl odesl=C3=A1n automaticky syst=C3=A9mem ClenoveOnline. Neod=
pov=C3=ADdejte na n=C4=9Bj.
'''),
    ('cs', 'person-fwd-club-sharing-notice-wants-erasure', 'deletion', (),
'''Return-Path: <petr.novotny@seznam.example.cz>
Received: from smtp.seznam.example.cz (smtp.seznam.example.cz [198.51.100.205])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cX3bQ8nFrz2vTk
        for <privacy@shop.example.be>; Wed, 13 May 2026 07:58:21 +0200 (CEST)
Message-ID: <a81c3e0f-5d27-4b19-9e44-0c6f2b7d91aa@seznam.example.cz>
Date: Wed, 13 May 2026 07:58:17 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: cs
To: privacy@shop.example.be
From: =?UTF-8?Q?Petr_Novotn=C3=BD?= <petr.novotny@seznam.example.cz>
Subject: =?utf-8?q?Fwd=3A_Informace_o_sd=C3=ADlen=C3=AD_Va=C5=A1ich_=C3=BAdaj=C5=AF?=
 =?utf-8?q?_s_partnerem_Shop_Example?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

klub mi v=C4=8Dera poslal tohle (n=C3=AD=C5=BEe). O =C5=BE=C3=A1dn=C3=A9 sd=
=C3=ADlen=C3=AD jsem ne=C5=BE=C3=A1dal a Va=C5=A1i slevu nechci. Pros=C3=AD=
m sma=C5=BEte v=C5=A1echno, co V=C3=A1m o mn=C4=9B TJ Sokol Libe=C5=88 posl=
al (jm=C3=A9no, e-mail, =C4=8D=C3=ADslo =C4=8Dlensk=C3=A9 karty), a po=C5=
=A1lete mi potvrzen=C3=AD, =C5=BEe je to smazan=C3=A9.

Petr Novotn=C3=BD
=C4=8Dlen TJ Sokol Libe=C5=88, =C4=8D. karty 0417


-------- P=C5=99eposlan=C3=A1 zpr=C3=A1va --------
P=C5=99edm=C4=9Bt: 	Informace o sd=C3=ADlen=C3=AD Va=C5=A1ich =C3=BAdaj=C5=
=AF s partnerem Shop Example
Datum: 	Tue, 12 May 2026 20:16:40 +0200
Od: 	ClenoveOnline <notifikace@clenove-online.example.cz>
Komu: 	petr.novotny@seznam.example.cz



V=C3=A1=C5=BEen=C3=BD =C4=8Dlene,

TJ Sokol Libe=C5=88, z. s. sd=C3=ADlel Va=C5=A1e =C3=BAdaje (jm=C3=A9no, p=
=C5=99=C3=ADjmen=C3=AD, e-mail, =C4=8D=C3=ADslo =C4=8Dlensk=C3=A9 karty) s =
partnerem Shop Example BV za =C3=BA=C4=8Delem poskytnut=C3=AD partnersk=C3=
=A9 slevy 10 %.

Pokud se sd=C3=ADlen=C3=ADm nesouhlas=C3=ADte, m=C5=AF=C5=BEete sv=C5=AFj s=
ouhlas odvolat v =C4=8Dlensk=C3=A9 sekci: https://clenove-online.example.cz=
/clen/souhlasy

Tento e-mail byl odesl=C3=A1n automaticky syst=C3=A9mem ClenoveOnline. Neod=
pov=C3=ADdejte na n=C4=9Bj.
'''),
    # ------------------------------------------------------------------ hr
    ('hr', 'gmail-vacation-charity-volunteer-lead', 'automated', (),
'''Return-Path: <ivana.horvat.udruga@gmail.com>
Received: from mail-ed1-f41.google.com (mail-ed1-f41.google.com [209.85.208.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cZ7hT3mKwz9qBn
        for <privacy@shop.example.be>; Tue, 02 Jun 2026 10:14:05 +0200 (CEST)
Received: by mail-ed1-f41.google.com with SMTP id 4fb4d7f45d1cf-5fa1c02e7b3so881204a12.1
        for <privacy@shop.example.be>; Tue, 02 Jun 2026 01:14:04 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1780388044; x=1780992844; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version:auto-submitted;
        bh=Hc2pW7mQ4vL9nX1zB6sJ3dA8gT5uE0iO2kR7yV4fN1M=;
        b=Kp3xR8qZ1vL6nT4wB9cY2hJ7sD5gA0uE3iO8kM6qV1rX4tW7yN2bC5fH8jL1pS3d
         Y6dG1aK9mP4vR2xZ7cT0nB5wQ8hJ3sF6uE9iO1kY4lM2rV7tX0yN3bC8fH5jL6pQ==
X-Gm-Message-State: AOJu0YxR7fQm2LpV9dKc4ZtB1wNs8HyE3gUa6XoJ5iCq0MvT
X-Google-Smtp-Source: AGHT+IFq8Zr3Lw1PnX6cV9mKt2Yb4Hs7DjE0aQgU5oRi
X-Received: by 2002:a05:6402:2811:b0:5fa:1c02:e7b3 with SMTP id 4fb4d7f45d1cf-5fa1c02e9a1mr1140275a12.17;
        Tue, 02 Jun 2026 01:14:04 -0700 (PDT)
MIME-Version: 1.0
References: <priv-2026-06-0004@shop.example.be>
In-Reply-To: <priv-2026-06-0004@shop.example.be>
From: Ivana Horvat <ivana.horvat.udruga@gmail.com>
Date: Tue, 2 Jun 2026 10:14:03 +0200
Message-ID: <CAJx7QvF2m9pK4sR8tLw1nZ5bY3dH6cX0eA7gU2iO9kM4qV1rW@mail.gmail.com>
Subject: =?utf-8?q?Godi=C5=A1nji_odmor_do_15=2E_lipnja?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000c4e81a0636f2b7d9"

--000000000000c4e81a0636f2b7d9
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

na godi=C5=A1njem sam odmoru do 15. lipnja 2026. Va=C5=A1a poruka ne=C4=87e=
 biti proslije=C4=91ena.

Za dogovor oko akcije prikupljanja hrane u trgovinama Shop Example i popisa=
 volontera javite se kolegi Marku Juri=C4=87u na 091 555 2741.

Za potvrde o donacijama i upite o podacima donatora pi=C5=A1ite na donacije=
@kruh-sv-ante.example.hr.

Lijep pozdrav,
Ivana Horvat
Udruga Kruh svetog Ante =E2=80=93 koordinatorica volontera
--000000000000c4e81a0636f2b7d9
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Po=C5=A1tovani,</div><div><br></div><div>na godi=C5=
=A1njem sam odmoru do 15. lipnja 2026. Va=C5=A1a poruka ne=C4=87e biti pros=
lije=C4=91ena.</div><div><br></div><div>Za dogovor oko akcije prikupljanja =
hrane u trgovinama Shop Example i popisa volontera javite se kolegi Marku J=
uri=C4=87u na 091 555 2741.</div><div><br></div><div>Za potvrde o donacijam=
a i upite o podacima donatora pi=C5=A1ite na <a href=3D"mailto:donacije@kru=
h-sv-ante.example.hr">donacije@kruh-sv-ante.example.hr</a>.</div><div><br><=
/div><div>Lijep pozdrav,<br>Ivana Horvat<br>Udruga Kruh svetog Ante =E2=80=
=93 koordinatorica volontera</div></div>
--000000000000c4e81a0636f2b7d9--
'''),
    ('hr', 'neighbourhood-board-moderation-post-removed-address', 'automated', (),
'''Return-Path: <moderacija@susjedi-ploca.example.com>
Received: from mta2.susjedi-ploca.example.com (mta2.susjedi-ploca.example.com [203.0.113.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cb1rY6pDsz3nWq
        for <privacy@shop.example.be>; Thu, 04 Jun 2026 13:52:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=susjedi-ploca.example.com;
        s=mta2; h=from:to:subject:date:message-id:mime-version;
        bh=Vz8nK3pR6tL1mX4cB7hJ2sD9gA0uE5iO3kQ8yW1rF6M=;
        b=Zt6xR1qL8vN3mP5wB0cY7hJ2sD4gA9uE6iO1kM8qV3rX5tW0yN7bC2fH4jL9pS6d
From: =?utf-8?q?Oglasna_plo=C4=8Da_Shop_Example_=E2=80=93_Zagreb_Tre=C5=A1njevka?= <moderacija@susjedi-ploca.example.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Objava_uklonjena_nakon_prijava=3A_=E2=80=9EIzgubljen_ma=C4=8Dak_?=
 =?utf-8?q?Fifi_=E2=80=93_Ozaljska=E2=80=9C_=28osobni_podaci=29?=
Date: Thu, 04 Jun 2026 11:52:38 +0000
Message-ID: <mod-report-30914@susjedi-ploca.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated
X-Ploca-Event: post.removed.auto

T2JhdmlqZXN0IHphIGFkbWluaXN0cmF0b3JhIHphamVkbmljZSDigJ5TaG9wIEV4YW1wbGUg4oCT
IFphZ3JlYiBUcmXFoW5qZXZrYeKAnAoKT2JqYXZhIGplIGF1dG9tYXRza2kgc2Frcml2ZW5hIG5h
a29uIDMgcHJpamF2ZSBrb3Jpc25pa2EuCgpPYmphdmE6ICAgICAgICBJemd1YmxqZW4gbWHEjWFr
IEZpZmkg4oCTIE96YWxqc2thCkF1dG9yOiAgICAgICAgIGtvcmlzbmlrICMzMDkxNCAoTS4gSy4p
Ck9iamF2bGplbm86ICAgIDAzLjA2LjIwMjYuIHUgMjE6MDcKUmF6bG9nIHByaWphdmU6IG9iamF2
YSBzYWRyxb5pIG9zb2JuZSBwb2RhdGtlIChrdcSHbnUgYWRyZXN1IGkgYnJvaiBtb2JpdGVsYSkK
CklzamXEjWFrOgrigJ5OZXN0YW8gbmFtIGplIHNpdmkgbWHEjWFrIEZpZmksIHphZG5qaSBwdXQg
dmnEkWVuIGtvZCB0cmdvdmluZS4gVGtvIGdhIHZpZGkgbmVrYSBqYXZpIG5hIDA5OCA3NzEgNDQy
MCBpbGkgZG/EkWUgbmEgT3phbGpza2EgNDgsIDIuIGthdC7igJwKCkF1dG9yIGplIG9iYXZpamXF
oXRlbiBpIG1vxb5lIG9iamF2aXRpIGl6bWlqZW5qZW51IHZlcnppanUgYmV6IGFkcmVzZS4KCsWg
dG8gbW/FvmV0ZSB1xI1pbml0aToKICAtIHZyYXRpdGkgb2JqYXZ1OiBodHRwczovL3N1c2plZGkt
cGxvY2EuZXhhbXBsZS5jb20vYWRtaW4vb2JqYXZlLzMwOTE0L3ZyYXRpCiAgLSB0cmFqbm8gaXpi
cmlzYXRpIG9iamF2dSBpIHBvZGF0a2UgaXogbmplOiBodHRwczovL3N1c2plZGktcGxvY2EuZXhh
bXBsZS5jb20vYWRtaW4vb2JqYXZlLzMwOTE0L2l6YnJpc2kKClphcGlzaSBvIHByaWphdmFtYSDE
jXV2YWp1IHNlIDkwIGRhbmEgdSBza2xhZHUgcyBwcmF2aWxpbWEgbyB6YcWhdGl0aSBwcml2YXRu
b3N0aSBwbGF0Zm9ybWUuCgpPdm8gamUgYXV0b21hdHNrYSBwb3J1a2EuIE5lIG9kZ292YXJhanRl
IG5hIG5qdS4=
'''),
    ('hr', 'round-up-processor-monthly-statement-csv', 'automated', (),
'''Return-Path: <reports-bounce@roundup-pay.example.com>
Received: from mailer1.roundup-pay.example.com (mailer1.roundup-pay.example.com [198.51.100.180])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cc5tF1qHvz7kRp
        for <privacy@shop.example.be>; Mon, 01 Jun 2026 06:00:31 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=roundup-pay.example.com;
        s=rp1; h=from:to:cc:subject:date:message-id:mime-version;
        bh=Lm1qV6xT3pR8nZ2cB5hJ9sD4gA7uE0iO6kW1yQ3rN8K=;
        b=Ep9xR4qL1vN6mP8wB3cY0hJ5sD7gA2uE9iO4kM1qV6rX8tW3yN0bC5fH7jL2pS9d
From: =?utf-8?q?RoundUp_Pay_=E2=80=93_izvje=C5=A1taji?= <izvjestaji@roundup-pay.example.com>
To: finance-hr@shop.example.be, community@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?q?Mjese=C4=8Dni_izvje=C5=A1taj=3A_donacije_zaokru=C5=BEivanjem_?=
 =?utf-8?q?=E2=80=93_svibanj_2026_=28Shop_Example=2C_HR=29?=
Date: Mon, 01 Jun 2026 04:00:29 +0000
Message-ID: <stmt-2026-05-hr-00871@roundup-pay.example.com>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-Report-Type: monthly-statement
Content-Type: multipart/mixed; boundary="rp_stmt_00871_b7e2"

--rp_stmt_00871_b7e2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani partneri,

u privitku je mjese=C4=8Dni izvje=C5=A1taj o donacijama prikupljenim zaokru=
=C5=BEivanjem iznosa na blagajnama i u web trgovini.

Razdoblje:            01.05.2026. =E2=80=93 31.05.2026.
Trgovac:              Shop Example (Hrvatska), ID trgovca RUP-HR-0087
Broj donacija:        18 442
Ukupno prikupljeno:   9 816,54 EUR
Isplata udrugama:     05.06.2026.

Po korisniku:
  Udruga Kruh svetog Ante     5 102,11 EUR
  Banka hrane Zagreb          3 208,90 EUR
  Skloni=C5=A1te Dumovec           1 505,53 EUR

Izvje=C5=A1taj ne sadr=C5=BEi osobne podatke donatora. Identifikatori trans=
akcija su pseudonimizirani, a podaci o karticama se ne pohranjuju. Zahtjevi=
 donatora za pristup ili brisanje podataka obra=C4=91uju se preko trgovca.

Ovo je automatski generirana poruka. Za pitanja: podrska@roundup-pay.exampl=
e.com

--rp_stmt_00871_b7e2
Content-Type: text/csv; charset=utf-8; name="roundup_HR_2026-05.csv"
Content-Disposition: attachment; filename="roundup_HR_2026-05.csv"
Content-Transfer-Encoding: base64

cmF6ZG9ibGplO3RyZ292YWM7a29yaXNuaWs7YnJval9kb25hY2lqYTtpem5vc19ldXIKMjAyNi0w
NTtSVVAtSFItMDA4NztVZHJ1Z2EgS3J1aCBzdmV0b2cgQW50ZTs5NTgxOzUxMDIuMTEKMjAyNi0w
NTtSVVAtSFItMDA4NztCYW5rYSBocmFuZSBaYWdyZWI7NjAyMzszMjA4LjkwCjIwMjYtMDU7UlVQ
LUhSLTAwODc7U2tsb25pxaF0ZSBEdW1vdmVjOzI4Mzg7MTUwNS41Mw==
--rp_stmt_00871_b7e2--
'''),
    ('hr', 'person-replies-community-newsletter-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <tomislav.babic@net.example.hr>
Received: from webmail.net.example.hr (webmail.net.example.hr [198.51.100.66])
        by mx1.shop.example.be (Postfix) with ESMTPSA id 4cd8wL5rBxz1mPt
        for <privacy@shop.example.be>; Tue, 09 Jun 2026 22:31:14 +0200 (CEST)
MIME-Version: 1.0
Date: Tue, 09 Jun 2026 22:31:12 +0200
From: =?UTF-8?Q?Tomislav_Babi=C4=87?= <tomislav.babic@net.example.hr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Zajednica_Shop_Example_=E2=80=93_lipanjske_vijesti=3A_volo?=
 =?utf-8?q?nterski_dan_i_prikupljanje_hrane?=
In-Reply-To: <nl-community-2026-06.88102@news.shop.example.be>
References: <nl-community-2026-06.88102@news.shop.example.be>
Message-ID: <7c21f0b9d84e3a56c1e2@net.example.hr>
X-Sender: tomislav.babic@net.example.hr
User-Agent: Roundcube Webmail/1.6.9
Content-Type: text/plain; charset=UTF-8;
 format=flowed
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

molim da me maknete s ovih "vijesti zajednice" i sa svih obavijesti o donac=
ijama, humanitarnim akcijama i volontiranju. Nikad se za to nisam prijavio,=
 samo sam jednom na blagajni zaokru=C5=BEio ra=C4=8Dun. Ne =C5=BEelim vi=C5=
=A1e primati te mailove.

Hvala,
T. Babi=C4=87

On 2026-06-09 09:00, Zajednica Shop Example wrote:
> Zajednica Shop Example =E2=80=93 lipanjske vijesti
>
> Dragi susjedi,
>
> hvala vam! U svibnju ste zaokru=C5=BEivanjem ra=C4=8Duna prikupili 9 816 =
EUR za
> tri lokalne udruge.
>
> * Volonterski dan 20. lipnja =E2=80=93 prijavite se:
>   https://news.shop.example.be/c/88102/volonteri
> * Prikupljanje hrane s Bankom hrane Zagreb, 26. i 27. lipnja
> * Fotografije s pro=C5=A1log volonterskog dana: https://news.shop.example=
.be/c/88102/foto
>
> Ovu poruku primate jer ste =C4=8Dlan programa vjernosti Shop Example.
> Odjava: https://news.shop.example.be/u/88102?l=3Dhr
> Shop Example BV, Bruxelles
'''),
    # ------------------------------------------------------------------ sv
    ('sv', 'qmail-bounce-photo-removal-confirmation', 'automated', (),
'''Return-Path: <>
Received: from mail.matbanken-vast.example.se (mail.matbanken-vast.example.se [203.0.113.91])
        by mx1.shop.example.be (Postfix) with SMTP id 4cf2yM8sCzz6pVn
        for <privacy@shop.example.be>; Fri, 12 Jun 2026 16:02:33 +0200 (CEST)
Received: (qmail 48217 invoked for bounce); 12 Jun 2026 14:02:31 -0000
Date: 12 Jun 2026 14:02:31 -0000
From: MAILER-DAEMON@mail.matbanken-vast.example.se
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260612140231.48217.qmail@mail.matbanken-vast.example.se>

Hi. This is the qmail-send program at mail.matbanken-vast.example.se.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<anna.lindqvst@matbanken-vast.example.se>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 48201 invoked from network); 12 Jun 2026 14:02:30 -0000
Received: from mail-out.shop.example.be (192.0.2.40)
  by mail.matbanken-vast.example.se with ESMTPS; 12 Jun 2026 14:02:30 -0000
From: Shop Example Privacy <privacy@shop.example.be>
To: anna.lindqvst@matbanken-vast.example.se
Subject: =?utf-8?q?Bekr=C3=A4ftelse=3A_dina_foton_fr=C3=A5n_volont=C3=A4rdagen_har_?=
 =?utf-8?q?tagits_bort?=
Date: Fri, 12 Jun 2026 16:02:28 +0200
Message-ID: <priv-2026-06-0133@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej Anna,

tack f=C3=B6r din insats som volont=C3=A4r under matinsamlingen den 23 maj.

Som du bad om har vi nu tagit bort de tre fotografierna d=C3=A4r du syns fr=
=C3=A5n v=C3=A5rt album "Volont=C3=A4rdagen 2026" och fr=C3=A5n butikens si=
da i sociala medier. Bilderna finns inte heller kvar i v=C3=A5rt interna bi=
ldarkiv.

V=C3=A4nliga h=C3=A4lsningar
Dataskyddsteamet
Shop Example BV
'''),
    ('sv', 'charity-raffle-ticket-confirmation', 'automated', (),
'''Return-Path: <no-reply@lottsystemet.example.se>
Received: from smtp.lottsystemet.example.se (smtp.lottsystemet.example.se [198.51.100.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cg6zP2tDbz4qWr
        for <privacy@shop.example.be>; Sat, 13 Jun 2026 11:45:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=lottsystemet.example.se;
        s=ls2026; h=from:to:subject:date:message-id:mime-version:content-type;
        bh=Ns5kQ2vX9pR4mL7cB1hJ6sD3gA8uE5iO0kT2yW9rF4M=;
        b=Rf2xR7qL4vN9mP1wB6cY3hJ8sD0gA5uE2iO7kM4qV9rX1tW6yN3bC8fH0jL5pS2d
From: =?utf-8?q?V=C3=A4lg=C3=B6renhetslotteriet_=E2=80=93_Lottsystemet?= <no-reply@lottsystemet.example.se>
To: privacy@shop.example.be
Subject: =?utf-8?q?Dina_lotter=3A_V=C3=A4lg=C3=B6renhetslotteriet_f=C3=B6r_Barnens_?=
 =?utf-8?q?sommarl=C3=A4ger_2026_=28order_LT-2026-55821=29?=
Date: Sat, 13 Jun 2026 09:45:07 +0000
Message-ID: <order-LT-2026-55821@lottsystemet.example.se>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Mailer: Lottsystemet Notify 2.8
Content-Type: multipart/alternative; boundary="=-ls-55821-Yk3Hq9"

--=-ls-55821-Yk3Hq9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Tack f=C3=B6r ditt k=C3=B6p!

Du har k=C3=B6pt 5 lotter i V=C3=A4lg=C3=B6renhetslotteriet f=C3=B6r Barnen=
s sommarl=C3=A4ger 2026, arrangerat av Shop Example i samarbete med F=C3=B6=
reningen Sommarbarn.

  Order:       LT-2026-55821
  Lottnummer:  004517, 004518, 004519, 004520, 004521
  Pris:        5 =C3=97 20 kr =3D 100 kr (hela beloppet g=C3=A5r till l=C3=
=A4gret)
  Betalning:   Swish, 13 juni 2026 11:45

Dragningen sker den 30 juni 2026 kl. 15.00 i butiken i G=C3=B6teborg Nordst=
an. Vinnare meddelas via e-post och sms. Om du har godk=C3=A4nt det publice=
ras vinnarens f=C3=B6rnamn och ort p=C3=A5 lotteriets sida.

Dina personuppgifter (namn, e-post och telefonnummer) behandlas av Lottsyst=
emet f=C3=B6r arrang=C3=B6rens r=C3=A4kning, enbart f=C3=B6r att administre=
ra lotteriet och kontakta vinnare. Uppgifterna raderas 90 dagar efter dragn=
ingen. L=C3=A4s mer: https://lottsystemet.example.se/integritet

Detta =C3=A4r ett automatiskt meddelande och kan inte besvaras.
--=-ls-55821-Yk3Hq9
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Verdana,sans-serif;font-size:14px"><h1 sty=
le=3D"color:#0b6e99">Tack f=C3=B6r ditt k=C3=B6p!</h1><p>Du har k=C3=B6pt <=
b>5 lotter</b> i V=C3=A4lg=C3=B6renhetslotteriet f=C3=B6r Barnens sommarl=
=C3=A4ger 2026.</p><p>Order: LT-2026-55821<br>Lottnummer: 004517=E2=80=9300=
4521<br>Pris: 100 kr</p><p>Dragningen sker den 30 juni 2026 kl. 15.00 i but=
iken i G=C3=B6teborg Nordstan.</p><p style=3D"font-size:11px;color:#666">Di=
na personuppgifter (namn, e-post och telefonnummer) behandlas enbart f=C3=
=B6r att administrera lotteriet och raderas 90 dagar efter dragningen. <a h=
ref=3D"https://lottsystemet.example.se/integritet">Integritetspolicy</a>. D=
etta =C3=A4r ett automatiskt meddelande.</p></body></html>
--=-ls-55821-Yk3Hq9--
'''),
    ('sv', 'outlook-read-receipt-memorial-fund-erasure', 'automated', (),
'''Return-Path: <lars.ekstrom@minnesfonden-hjalpen.example.se>
Received: from EUR02-HE1-obe.outbound.protection.outlook.com (mail-he1eur02on2098.outbound.protection.outlook.com [40.107.1.98])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ch9bS6vFcz2mXt
        for <privacy@shop.example.be>; Wed, 17 Jun 2026 11:05:52 +0200 (CEST)
Received: from HE1PR0902MB2345.eurprd09.prod.outlook.com (2603:10a6:3:d1::19) by
 HE1PR0902MB2345.eurprd09.prod.outlook.com with HTTPS; Wed, 17 Jun 2026
 09:05:49 +0000
From: =?utf-8?b?TGFycyBFa3N0csO2bQ==?= <lars.ekstrom@minnesfonden-hjalpen.example.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?TMOkc3Q6IEJlZ8OkcmFuIG9tIHJhZGVyaW5nIGF2IGdpdmFydXBwZ2lmdGVyIA==?=
 =?utf-8?b?4oCTIGfDpXZvciB0aWxsIG1pbm5lc2ZvbmRlbg==?=
Thread-Topic: =?utf-8?b?QmVnw6RyYW4gb20gcmFkZXJpbmcgYXYgZ2l2YXJ1cHBnaWZ0ZXIg4oCTIGfDpXZv?=
 =?utf-8?b?ciB0aWxsIG1pbm5lc2ZvbmRlbg==?=
Thread-Index: AQHc3kL2xYp7dBs0e0CqTm3H9vF1ZQ==
Date: Wed, 17 Jun 2026 09:05:48 +0000
Message-ID: <HE1PR0902MB2345D1E0B7C4A9F83E2C61A5D8B12@HE1PR0902MB2345.eurprd09.prod.outlook.com>
References: <priv-2026-06-0151@shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_002_HE1PR0902MB2345D1E0B7C4A9F83E2C61A5D8B12HE1PR0902MB2345eurp_"

--_002_HE1PR0902MB2345D1E0B7C4A9F83E2C61A5D8B12HE1PR0902MB2345eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RGl0dCBtZWRkZWxhbmRlCgogIFRpbGw6IExhcnMgRWtzdHLDtm0KICDDhG1uZTogQmVnw6RyYW4g
b20gcmFkZXJpbmcgYXYgZ2l2YXJ1cHBnaWZ0ZXIg4oCTIGfDpXZvciB0aWxsIG1pbm5lc2ZvbmRl
bgogIFNraWNrYXQ6IGRlbiAxNyBqdW5pIDIwMjYgMTA6NDI6MTUgKFVUQyswMTowMCkgQW1zdGVy
ZGFtLCBCZXJsaW4sIEJlcm4sIFJvbSwgU3RvY2tob2xtLCBXaWVuCgpsw6RzdGVzIGRlbiAxNyBq
dW5pIDIwMjYgMTE6MDU6NDYgKFVUQyswMTowMCkgQW1zdGVyZGFtLCBCZXJsaW4sIEJlcm4sIFJv
bSwgU3RvY2tob2xtLCBXaWVuLg==

--_002_HE1PR0902MB2345D1E0B7C4A9F83E2C61A5D8B12HE1PR0902MB2345eurp_
Content-Type: message/disposition-notification

Reporting-UA: HE1PR0902MB2345.eurprd09.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;lars.ekstrom@minnesfonden-hjalpen.example.se
Original-Message-ID: <priv-2026-06-0151@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_HE1PR0902MB2345D1E0B7C4A9F83E2C61A5D8B12HE1PR0902MB2345eurp_--
'''),
    ('sv', 'person-replies-volunteer-signup-asks-where-to-drop-food', 'other', (),
'''Return-Path: <sofia.bergqvist@bredband.example.se>
Received: from smtp.bredband.example.se (smtp.bredband.example.se [198.51.100.24])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cq4dV9wGdz8nYs
        for <privacy@shop.example.be>; Sat, 05 Sep 2026 19:22:48 +0200 (CEST)
From: Sofia Bergqvist <sofia.bergqvist@bredband.example.se>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))
Subject: =?utf-8?q?Re=3A_Bekr=C3=A4ftelse=3A_du_=C3=A4r_anm=C3=A4ld_som_volont?=
 =?utf-8?q?=C3=A4r_=E2=80=93_Matinsamling_19_september?=
Date: Sat, 5 Sep 2026 19:22:41 +0200
References: <signup.19sep.77120@volontarportalen.example.se>
To: privacy@shop.example.be
In-Reply-To: <signup.19sep.77120@volontarportalen.example.se>
Message-Id: <C3E8A1F4-72B9-4D05-A6E3-91F0B2C7D84E@bredband.example.se>
X-Mailer: Apple Mail (2.3826.400.131.1.6)

Hej!

Jag har anm=C3=A4lt mig till matinsamlingen den 19 september (se nedan). Ja=
g hittade bara den h=C3=A4r adressen, s=C3=A5 jag hoppas det g=C3=A5r bra a=
tt fr=C3=A5ga h=C3=A4r.

Tv=C3=A5 fr=C3=A5gor:
1. Grannarna i v=C3=A5r f=C3=B6rening har redan samlat ihop sex kassar med =
konserver och pasta. Var ska jag l=C3=A4mna dem =E2=80=93 direkt i butiken =
i M=C3=B6lndal, eller vid matbankens bil?
2. F=C3=A5r min son (15 =C3=A5r) f=C3=B6lja med och hj=C3=A4lpa till under =
mitt pass?

Tack p=C3=A5 f=C3=B6rhand!
Sofia

> 4 sep. 2026 kl. 08:14 skrev Volont=C3=A4rportalen <no-reply@volontarporta=
len.example.se>:
>
> Hej Sofia!
>
> Du =C3=A4r nu anm=C3=A4ld som volont=C3=A4r:
>
> Aktivitet: Matinsamling f=C3=B6r Matbanken V=C3=A4st
> Plats: Shop Example M=C3=B6lndal, entr=C3=A9 A
> Tid: l=C3=B6rdag 19 september 2026, 10.00=E2=80=9314.00
> Kontaktperson: Jonas Holm, 070-418 22 95
>
> Vill du avboka? https://volontarportalen.example.se/avboka/77120
>
> Detta =C3=A4r ett automatiskt meddelande. Svara inte p=C3=A5 det h=C3=A4r=
 mejlet.
'''),
    # ------------------------------------------------------------------ ro
    ('ro', 'exchange-ndr-charity-contact-not-found', 'automated', (),
'''Return-Path: <>
Received: from mail.asociatia-zambet.example.ro (mail.asociatia-zambet.example.ro [203.0.113.170])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cr7fX2xHfz3pZt
        for <privacy@shop.example.be>; Tue, 08 Sep 2026 14:20:37 +0200 (CEST)
Received: from EXCH01.asociatia-zambet.local (10.1.0.21) by
 EXCH01.asociatia-zambet.local (10.1.0.21) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.2.1544.14;
 Tue, 8 Sep 2026 15:20:35 +0300
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@asociatia-zambet.example.ro>
To: <privacy@shop.example.be>
Date: Tue, 8 Sep 2026 15:20:35 +0300
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e5a1c7b2-9f4d-4a83-b061-3d2e8c9f7a14"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <2b1e9c4f-7a3d-4e05-8c62-f1a9d0b7e3c8@EXCH01.asociatia-zambet.local>
In-Reply-To: <priv-2026-09-0018@shop.example.be>
References: <priv-2026-09-0018@shop.example.be>
Thread-Topic: =?utf-8?b?U29saWNpdGFyZTogw65uY2V0YXJlYSB0cmltaXRlcmlpIGRlIGFwZWx1cmkgbGEg?=
 =?utf-8?b?ZG9uYcibaWkgY8SDdHJlIGNsaWVudGEgbm9hc3RyxIM=?=
Subject: =?utf-8?b?VW5kZWxpdmVyYWJsZTogU29saWNpdGFyZTogw65uY2V0YXJlYSB0cmltaXRlcmlp?=
 =?utf-8?b?IGRlIGFwZWx1cmkgbGEgZG9uYcibaWkgY8SDdHJlIGNsaWVudGEgbm9hc3Ry?=
 =?utf-8?b?xIM=?=
MIME-Version: 1.0

--e5a1c7b2-9f4d-4a83-b061-3d2e8c9f7a14
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Delivery has failed to these recipients or groups:

contact@asociatia-zambet.example.ro
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.


Diagnostic information for administrators:

Generating server: EXCH01.asociatia-zambet.local

contact@asociatia-zambet.example.ro
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:

Received: from mx.asociatia-zambet.example.ro (10.1.0.5) by
 EXCH01.asociatia-zambet.local (10.1.0.21) with Microsoft SMTP Server id
 15.2.1544.14; Tue, 8 Sep 2026 15:20:34 +0300
From: Shop Example Privacy <privacy@shop.example.be>
To: <contact@asociatia-zambet.example.ro>
Subject: =?utf-8?b?U29saWNpdGFyZTogw65uY2V0YXJlYSB0cmltaXRlcmlpIGRlIGFwZWx1cmkgbGEg?=
 =?utf-8?b?ZG9uYcibaWkgY8SDdHJlIGNsaWVudGEgbm9hc3RyxIM=?=
Date: Tue, 8 Sep 2026 14:20:31 +0200
Message-ID: <priv-2026-09-0018@shop.example.be>
MIME-Version: 1.0

--e5a1c7b2-9f4d-4a83-b061-3d2e8c9f7a14
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.asociatia-zambet.local
Received-From-MTA: dns;mx.asociatia-zambet.example.ro
Arrival-Date: Tue, 8 Sep 2026 12:20:34 +0000

Final-Recipient: rfc822;contact@asociatia-zambet.example.ro
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--e5a1c7b2-9f4d-4a83-b061-3d2e8c9f7a14
Content-Type: message/rfc822

Received: from mx.asociatia-zambet.example.ro (10.1.0.5) by
 EXCH01.asociatia-zambet.local (10.1.0.21) with Microsoft SMTP Server id
 15.2.1544.14; Tue, 8 Sep 2026 15:20:34 +0300
From: Shop Example Privacy <privacy@shop.example.be>
To: <contact@asociatia-zambet.example.ro>
Subject: =?utf-8?b?U29saWNpdGFyZTogw65uY2V0YXJlYSB0cmltaXRlcmlpIGRlIGFwZWx1cmkgbGEg?=
 =?utf-8?b?ZG9uYcibaWkgY8SDdHJlIGNsaWVudGEgbm9hc3RyxIM=?=
Date: Tue, 8 Sep 2026 14:20:31 +0200
Message-ID: <priv-2026-09-0018@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

U3RpbWF0ZSBkb2FtbmUgyJlpIGRvbW5pLAoKbyBjbGllbnTEgyBhIG1hZ2F6aW51bHVpIG5vc3Ry
dSBhIGRvbmF0IDEgZXVybyBwcmluIHJvdHVuamlyZWEgc3VtZWkgbGEgY2FzxIMgw65uIGNhbXBh
bmlhIOKAnlJvdHVuamXImXRlIHBlbnRydSBaw6JtYmV04oCdLiBFYSBwcmltZciZdGUgYWN1bSBk
ZSBsYSBhc29jaWHIm2lhIGR1bW5lYXZvYXN0csSDIGFwZWx1cmkgcmVwZXRhdGUgbGEgZG9uYcib
aWkgcGUgZS1tYWlsLCBkZciZaSBudSDImWktYSBkYXQgYWNvcmR1bCBwZW50cnUgYciZYSBjZXZh
LgoKVsSDIHJ1Z8SDbSBzxIMgw65uY2V0YcibaSBpbWVkaWF0IHRyaW1pdGVyZWEgYWNlc3RvciBt
ZXNhamUsIHPEgyDImXRlcmdlyJtpIGFkcmVzYSBlaSBkZSBlLW1haWwgZGluIGxpc3RhIGRlIGNv
bXVuaWNhcmUgyJlpIHPEgyBuZSBjb25maXJtYcibaSDDrm4gc2NyaXMuIFJlZmVyaW7Im2Egbm9h
c3RyxIM6IFBSSVYtMjAyNi0wOS0wMDE4LgoKQ3Ugc3RpbcSDLApFY2hpcGEgZGUgcHJvdGVjyJtp
ZSBhIGRhdGVsb3IKU2hvcCBFeGFtcGxlIEJW

--e5a1c7b2-9f4d-4a83-b061-3d2e8c9f7a14--
'''),
    ('ro', 'donation-platform-weekly-report-missing-cnp', 'automated', (),
'''Return-Path: <bounce-rpt-4410@notificari.doneaza-platforma.example.ro>
Received: from out-03.doneaza-platforma.example.ro (out-03.doneaza-platforma.example.ro [198.51.100.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cs1gZ5yJgz7qBv
        for <privacy@shop.example.be>; Mon, 14 Sep 2026 08:00:12 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=doneaza-platforma.example.ro; s=notif;
        h=from:to:subject:date:message-id:mime-version:list-unsubscribe;
        bh=Xr3mL8qV1tP6nZ9cB4hJ7sD2gA5uE0iO8kW3yQ6rN1K=;
        b=Hk8xR3qL6vN1mP9wB4cY7hJ0sD2gA6uE3iO9kM5qV2rX7tW4yN8bC1fH3jL0pS5d
From: Platforma Doneaza <nu-raspunde@doneaza-platforma.example.ro>
To: privacy@shop.example.be
Subject: =?utf-8?b?UmFwb3J0IHPEg3B0xINtw6JuYWwgY2FtcGFuaWUg4oCeUm90dW5qZciZdGUgcGVu?=
 =?utf-8?b?dHJ1IFrDom1iZXTigJ06IDM3IGRlIGRvbmF0b3JpIGbEg3LEgyBDTlAgcGVu?=
 =?utf-8?b?dHJ1IGNlcnRpZmljYXR1bCBmaXNjYWw=?=
Date: Mon, 14 Sep 2026 06:00:10 +0000
Message-ID: <weekly-4410-20260914@doneaza-platforma.example.ro>
MIME-Version: 1.0
Auto-Submitted: auto-generated
List-Unsubscribe: <https://doneaza-platforma.example.ro/parteneri/notificari/dezabonare?p=4410>
Feedback-ID: weekly-report:4410:doneaza
Content-Type: multipart/alternative; boundary="b1_7d3f0a92c4e1b85f"

--b1_7d3f0a92c4e1b85f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

UmFwb3J0IHPEg3B0xINtw6JuYWwgcGVudHJ1IHBhcnRlbmVyOiBTaG9wIEV4YW1wbGUgQlYKQ2Ft
cGFuaWE6IOKAnlJvdHVuamXImXRlIHBlbnRydSBaw6JtYmV04oCdIChBc29jaWHIm2lhIFrDom1i
ZXQgcGVudHJ1IENvcGlpKQpQZXJpb2FkYTogMDcuMDkuMjAyNiDigJMgMTMuMDkuMjAyNgoKRG9u
YcibaWkgbm9pOiAgICAgICAgICAgICAgICAgICAgICAgICAgMSAyODQKU3VtxIMgY29sZWN0YXTE
gzogICAgICAgICAgICAgICAgICAgICAgIDIgOTE3LDQwIEVVUgpEb25hdG9yaSBjYXJlIGF1IGNl
cnV0IGNlcnRpZmljYXQ6ICAgICAgMTEyCkNlcnRpZmljYXRlIGVtaXNlOiAgICAgICAgICAgICAg
ICAgICAgICAgNzUKQ2VydGlmaWNhdGUgYmxvY2F0ZSAobGlwc8SDIENOUCk6ICAgICAgICAgMzcK
ClBlbnRydSBlbWl0ZXJlYSBjZXJ0aWZpY2F0dWx1aSBkZSBkb25hyJtpZSDDrm4gc2NvcHVsIGRl
ZHVjZXJpaSBmaXNjYWxlLCBkb25hdG9ydWwgdHJlYnVpZSBzxIMgY29tcGxldGV6ZSBDTlAtdWwg
yJlpIGFkcmVzYSBkZSBkb21pY2lsaXUgw65uIGZvcm11bGFydWwgc2VjdXJpemF0LiBEb25hdG9y
aWkgY3UgZGF0ZWxlIGluY29tcGxldGUgYXUgcHJpbWl0IGF1dG9tYXQgdW4gbWVtZW50by4KCkRh
dGVsZSBwZXJzb25hbGUgYWxlIGRvbmF0b3JpbG9yIChudW1lLCBDTlAsIGFkcmVzxIMpIE5VIHN1
bnQgaW5jbHVzZSDDrm4gYWNlc3QgZS1tYWlsIMiZaSBudSBzdW50IHBhcnRhamF0ZSBjdSBwYXJ0
ZW5lcnVsLiBDZXJlcmlsZSBkb25hdG9yaWxvciBwcml2aW5kIGFjY2VzdWwsIHJlY3RpZmljYXJl
YSBzYXUgyJl0ZXJnZXJlYSBkYXRlbG9yIHNlIGdlc3Rpb25lYXrEgyBkaXJlY3Qgw65uIHBsYXRm
b3JtxIMuCgpWZXppIHJhcG9ydHVsIGNvbXBsZXQ6IGh0dHBzOi8vZG9uZWF6YS1wbGF0Zm9ybWEu
ZXhhbXBsZS5yby9wYXJ0ZW5lcmkvNDQxMC9yYXBvYXJ0ZS8yMDI2LTM3CgpBY2VzdGEgZXN0ZSB1
biBtZXNhaiBnZW5lcmF0IGF1dG9tYXQuIFbEgyBydWfEg20gc8SDIG51IHLEg3NwdW5kZcibaS4=
--b1_7d3f0a92c4e1b85f
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Y29sb3I6IzMz
MyI+PGgyPlJhcG9ydCBzxINwdMSDbcOibmFsIOKAkyBTaG9wIEV4YW1wbGUgQlY8L2gyPjxwPkNh
bXBhbmlhOiA8Yj7igJ5Sb3R1bmplyJl0ZSBwZW50cnUgWsOibWJldOKAnTwvYj48YnI+UGVyaW9h
ZGE6IDA3LjA5LjIwMjYg4oCTIDEzLjA5LjIwMjY8L3A+PHRhYmxlIGJvcmRlcj0iMCIgY2VsbHBh
ZGRpbmc9IjQiPjx0cj48dGQ+RG9uYcibaWkgbm9pPC90ZD48dGQ+MSAyODQ8L3RkPjwvdHI+PHRy
Pjx0ZD5TdW3EgyBjb2xlY3RhdMSDPC90ZD48dGQ+MiA5MTcsNDAgRVVSPC90ZD48L3RyPjx0cj48
dGQ+Q2VydGlmaWNhdGUgZW1pc2U8L3RkPjx0ZD43NTwvdGQ+PC90cj48dHI+PHRkIHN0eWxlPSJj
b2xvcjojYzAzOTJiIj5DZXJ0aWZpY2F0ZSBibG9jYXRlIChsaXBzxIMgQ05QKTwvdGQ+PHRkIHN0
eWxlPSJjb2xvcjojYzAzOTJiIj4zNzwvdGQ+PC90cj48L3RhYmxlPjxwPkRhdGVsZSBwZXJzb25h
bGUgYWxlIGRvbmF0b3JpbG9yIChudW1lLCBDTlAsIGFkcmVzxIMpIG51IHN1bnQgaW5jbHVzZSDD
rm4gYWNlc3QgZS1tYWlsIMiZaSBudSBzdW50IHBhcnRhamF0ZSBjdSBwYXJ0ZW5lcnVsLjwvcD48
cD48YSBocmVmPSJodHRwczovL2RvbmVhemEtcGxhdGZvcm1hLmV4YW1wbGUucm8vcGFydGVuZXJp
LzQ0MTAvcmFwb2FydGUvMjAyNi0zNyI+VmV6aSByYXBvcnR1bCBjb21wbGV0PC9hPjwvcD48cCBz
dHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6Izk5OSI+TWVzYWogZ2VuZXJhdCBhdXRvbWF0LiBW
xIMgcnVnxINtIHPEgyBudSByxINzcHVuZGXIm2kuPC9wPjwvYm9keT48L2h0bWw+
--b1_7d3f0a92c4e1b85f--
'''),
    ('ro', 'sieve-vacation-food-bank-coordinator', 'automated', (),
'''Return-Path: <>
Received: from mail.bancadealimente-iasi.example.ro (mail.bancadealimente-iasi.example.ro [203.0.113.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ct5hB8zKhz2rCw
        for <privacy@shop.example.be>; Wed, 09 Sep 2026 09:11:25 +0200 (CEST)
Received: by mail.bancadealimente-iasi.example.ro (Postfix)
        id 9F3A21C0B4E; Wed,  9 Sep 2026 10:11:24 +0300 (EEST)
Message-ID: <dovecot-sieve-1788937884-512349-0@mail.bancadealimente-iasi.example.ro>
Date: Wed, 09 Sep 2026 10:11:24 +0300
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
From: Andrei Popescu <andrei.popescu@bancadealimente-iasi.example.ro>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Auto=3A_Re=3A_Colecta_de_alimente_12=E2=80=9313_septembrie_?=
 =?utf-8?q?=E2=80=93_lista_voluntarilor_=C8=99i_acordurile_foto?=
In-Reply-To: <priv-2026-09-0021@shop.example.be>
References: <priv-2026-09-0021@shop.example.be>
Auto-Submitted: auto-replied (vacation)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 14 septembrie =C8=99i nu citesc e-m=
ailurile.

Pentru colecta de alimente din magazinele Shop Example (12=E2=80=9313 septe=
mbrie) v=C4=83 rog s=C4=83 o contacta=C8=9Bi pe colega mea Ioana Marin, tel=
. 0745 118 204, ioana.marin@bancadealimente-iasi.example.ro.

Lista voluntarilor, datele lor de contact =C8=99i acordurile pentru fotogra=
fii le pot trimite abia dup=C4=83 =C3=AEntoarcere.

Mul=C8=9Bumesc,
Andrei Popescu
Banca de Alimente Ia=C8=99i
'''),
    ('ro', 'person-fwd-charity-appeal-complains-second-time', 'complaint', (),
'''Return-Path: <mihaela.constantin82@gmail.com>
Received: from mail-wm1-f53.google.com (mail-wm1-f53.google.com [209.85.128.53])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cv9jD1aLjz5sDx
        for <privacy@shop.example.be>; Thu, 17 Sep 2026 20:48:19 +0200 (CEST)
Received: by mail-wm1-f53.google.com with SMTP id 5b1f17b1804b1-45f2a8e1c3bso1190425e9.2
        for <privacy@shop.example.be>; Thu, 17 Sep 2026 11:48:18 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1789670898; x=1790275698; darn=shop.example.be;
        h=to:subject:message-id:date:from:references:in-reply-to:mime-version;
        bh=Pd4nW9qR2vL7mX3cB8hJ1sK6gA0uE5iO9tT2yV7rF3Q=;
        b=Ms7xR2qL9vN4mP6wB1cY8hJ3sD5gA0uE7iO2kM9qV4rX6tW1yN5bC0fH8jL3pS7d
X-Gm-Message-State: AOJu0YwQ3kR8pN1tL6vZ2sX9cM4bH7jF0dE5gU1aY8iO3qWe
X-Google-Smtp-Source: AGHT+IHm2Wq7Kx9LpR4cT1vN6sB8dF3gJ0eY5uA2iOzQ
MIME-Version: 1.0
References: <apel-2026-09-w3.88541@crm.asociatia-zambet.example.ro>
In-Reply-To: <apel-2026-09-w3.88541@crm.asociatia-zambet.example.ro>
From: Mihaela Constantin <mihaela.constantin82@gmail.com>
Date: Thu, 17 Sep 2026 20:48:05 +0200
Message-ID: <CAM4pQx8T1vR6kZ2nL9sW3bY7dH0cF5eA2gU8iO1jM6qV4rXt@mail.gmail.com>
Subject: =?utf-8?b?RndkOiBNaWhhZWxhLCBhanV0xIMtbmUgc8SDIGFqdW5nZW0gbGEgMS4wMDAgZGUg?=
 =?utf-8?b?bWVzZSBjYWxkZSE=?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000f9b3d2063f5a8e17"

--000000000000f9b3d2063f5a8e17
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

V=C4=83 scriu a doua oar=C4=83. Prima dat=C4=83 v-am scris pe 3 septembrie =
=C8=99i nu am primit niciun r=C4=83spuns.

Am rotunjit plata la cas=C4=83 cu c=C3=A2=C8=9Biva cen=C8=9Bi pentru =E2=80=
=9EZ=C3=A2mbet=E2=80=9D. At=C3=A2t. Nu v-am dat voie s=C4=83 da=C8=9Bi nume=
le =C8=99i adresa mea de e-mail asocia=C8=9Biei. Acum primesc =C3=AEn fieca=
re s=C4=83pt=C4=83m=C3=A2n=C4=83 mesaje ca cel de mai jos, pe numele meu.

Mi se pare inacceptabil cum a=C8=9Bi gestionat datele mele. Dac=C4=83 nu pr=
imesc un r=C4=83spuns clar =C3=AEn 7 zile, depun pl=C3=A2ngere la autoritat=
ea belgian=C4=83 pentru protec=C8=9Bia datelor (APD).

Mihaela Constantin

---------- Forwarded message ---------
De la: Asocia=C8=9Bia Z=C3=A2mbet pentru Copii <apeluri@asociatia-zambet.ex=
ample.ro>
Date: lun., 14 sept. 2026 la 10:00
Subject: Mihaela, ajut=C4=83-ne s=C4=83 ajungem la 1.000 de mese calde!
To: <mihaela.constantin82@gmail.com>


Drag=C4=83 Mihaela,

=C3=AE=C8=9Bi mul=C8=9Bumim c=C4=83 ai rotunjit suma la cas=C4=83 =C3=AEn m=
agazinul Shop Example! Gestul t=C4=83u a contat.

Suntem la 812 mese calde din 1.000. Cu 5 euro ne aju=C8=9Bi s=C4=83 ajungem=
 la =C8=9Bint=C4=83 =C3=AEnainte de =C3=AEnceputul =C8=99colii.

DONEAZ=C4=82 ACUM: https://asociatia-zambet.example.ro/doneaza?c=3D88541

Prime=C8=99ti acest e-mail pentru c=C4=83 ai donat =C3=AEn campania =E2=80=
=9ERotunje=C8=99te pentru Z=C3=A2mbet=E2=80=9D.
Dezabonare: https://asociatia-zambet.example.ro/dezabonare?c=3D88541
--000000000000f9b3d2063f5a8e17
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Bun=C4=83 ziua,</div><div><br></div><div>V=C4=83 scri=
u a doua oar=C4=83. Prima dat=C4=83 v-am scris pe 3 septembrie =C8=99i nu a=
m primit niciun r=C4=83spuns.</div><div><br></div><div>Am rotunjit plata la=
 cas=C4=83 cu c=C3=A2=C8=9Biva cen=C8=9Bi pentru =E2=80=9EZ=C3=A2mbet=E2=80=
=9D. At=C3=A2t. Nu v-am dat voie s=C4=83 da=C8=9Bi numele =C8=99i adresa me=
a de e-mail asocia=C8=9Biei. Acum primesc =C3=AEn fiecare s=C4=83pt=C4=83m=
=C3=A2n=C4=83 mesaje ca cel de mai jos, pe numele meu.</div><div><br></div>=
<div>Mi se pare inacceptabil cum a=C8=9Bi gestionat datele mele. Dac=C4=83 =
nu primesc un r=C4=83spuns clar =C3=AEn 7 zile, depun pl=C3=A2ngere la auto=
ritatea belgian=C4=83 pentru protec=C8=9Bia datelor (APD).</div><div><br></=
div><div>Mihaela Constantin</div><br><div class=3D"gmail_quote"><div dir=3D=
"ltr" class=3D"gmail_attr">---------- Forwarded message ---------<br>De la:=
 <strong class=3D"gmail_sendername" dir=3D"auto">Asocia=C8=9Bia Z=C3=A2mbet=
 pentru Copii</strong> <span dir=3D"auto">&lt;apeluri@asociatia-zambet.exam=
ple.ro&gt;</span><br>Date: lun., 14 sept. 2026 la 10:00<br>Subject: Mihaela=
, ajut=C4=83-ne s=C4=83 ajungem la 1.000 de mese calde!<br>To: &lt;mihaela.=
constantin82@gmail.com&gt;<br></div><br><p>Drag=C4=83 Mihaela,</p><p>=C3=AE=
=C8=9Bi mul=C8=9Bumim c=C4=83 ai rotunjit suma la cas=C4=83 =C3=AEn magazin=
ul Shop Example! Gestul t=C4=83u a contat.</p><p>Suntem la 812 mese calde d=
in 1.000. Cu 5 euro ne aju=C8=9Bi s=C4=83 ajungem la =C8=9Bint=C4=83 =C3=AE=
nainte de =C3=AEnceputul =C8=99colii.</p><p><a href=3D"https://asociatia-za=
mbet.example.ro/doneaza?c=3D88541">DONEAZ=C4=82 ACUM</a></p><p style=3D"fon=
t-size:11px">Prime=C8=99ti acest e-mail pentru c=C4=83 ai donat =C3=AEn cam=
pania =E2=80=9ERotunje=C8=99te pentru Z=C3=A2mbet=E2=80=9D. <a href=3D"http=
s://asociatia-zambet.example.ro/dezabonare?c=3D88541">Dezabonare</a></p></d=
iv></div>
--000000000000f9b3d2063f5a8e17--
'''),
    # ------------------------------------------------------------------ el
    ('el', 'memorial-donation-page-new-gift-notice', 'automated', (),
'''Return-Path: <bounces+mnimi-5521@mail.doreatora.example.gr>
Received: from mail.doreatora.example.gr (mail.doreatora.example.gr [203.0.113.121])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4d01kF4bMkz9tFy
        for <privacy@shop.example.be>; Sat, 03 Oct 2026 17:36:02 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=doreatora.example.gr;
        s=dt1; h=from:to:subject:date:message-id:mime-version:list-unsubscribe;
        bh=Fg6mK1pX8tR3nZ5cB2hJ9sD4gA7uE1iO6kW0yQ3rL8M=;
        b=Jw4xR9qL2vN7mP3wB8cY1hJ6sD0gA4uE9iO3kM7qV2rX5tW8yN1bC6fH4jL9pS0d
From: =?utf-8?b?zpTPic+BzrXOrM6kz47Pgc6xIOKAkyDOo861zrvOr860zrXPgiDOnM69zq7OvM63?=
 =?utf-8?b?z4I=?= <notifications@doreatora.example.gr>
To: privacy@shop.example.be
Subject: =?utf-8?b?zp3Orc6xIM60z4nPgc61zqwgz4PPhM63IM+DzrXOu86vzrTOsSDOvM69zq7OvM63?=
 =?utf-8?b?z4IgwqvOo8+EzrcgzrzOvc6uzrzOtyDPhM6/z4Ugzp3Or866zr/PhSDOkc67?=
 =?utf-8?b?zrXOvs6vzr/PhcK7?=
Date: Sat, 03 Oct 2026 18:36:00 +0300
Message-ID: <gift-5521-0038.1791041760@doreatora.example.gr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
List-Unsubscribe: <https://doreatora.example.gr/logariasmos/eidopoiiseis/off?p=5521>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Content-Type: multipart/alternative; boundary="dt_alt_5521_0038"

--dt_alt_5521_0038
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zpPOtc65zrEgz4POsc+CLAoKzpcgz4POtc67zq/OtM6xIM68zr3Ors68zrfPgiDCq86jz4TOtyDO
vM69zq7OvM63IM+Ezr/PhSDOnc6vzrrOv8+FIM6RzrvOtc6+zq/Ov8+Fwrsgz4DOv8+FIM60zrnO
sc+HzrXOuc+Bzq/Ots61z4PPhM61IM6tzrvOsc6yzrUgzr3Orc6xIM60z4nPgc61zqwuCgrOlM+J
z4HOt8+Ezq7PgjogIM6VzrvOrc69zrcgzpouICjPhM6/IM+AzrvOrs+BzrXPgiDPjM69zr/OvM6x
IM61zq/Ovc6xzrkgzr/Pgc6xz4TPjCDOvM+Mzr3OvyDPg8+Ezr/Phc+CIM60zrnOsc+HzrXOuc+B
zrnPg8+Ezq3PgiDPhM63z4Igz4POtc67zq/OtM6xz4IpCs6gzr/Pg8+MOiAgICAgMzAsMDAg4oKs
Cs6lz4DOrc+BOiAgICAgzqPPjc67zrvOv86zzr/PgiDOps6vzrvPic69IM6fzrPOus6/zrvOv86z
zrnOus+Ozr0gzpHPg864zrXOvc+Ozr0gwqvOlc67z4DOr860zrHCuwrOnM6uzr3Phc68zrE6ICAg
wqvOk865zrEgz4TOv869IM6dzq/Ous6/LCDPgM6/z4Ugz4DOrM69z4TOsSDOtc6vz4fOtSDOrc69
zrEgz4fOsc68z4zOs861zrvOvyDPg8+Ezr8gz4TOsc68zrXOr86/LiDOms6xzrvPjCDPhM6xzr7O
r860zrkuwrsKCs6fIM60z4nPgc63z4TOrs+CIM62zq7PhM63z4POtSDOvc6xIM61zr3Ot868zrXP
gc+JzrjOtc6vIM63IM6/zrnOus6/zrPOrc69zrXOuc6xIM6zzrnOsSDPhM63IM60z4nPgc61zqws
IM+Hz4nPgc6vz4Igzr3OsSDOus6/zrnOvc6/z4DOv865zrfOuM61zq8gz4TOvyDPgM6/z4PPjC4g
zqTOsSDPg8+Ezr/Ouc+HzrXOr86xIM61z4DOuc66zr/Ouc69z4nOvc6vzrHPgiDPhM6/z4UgzrTP
ic+BzrfPhM6uIM60zrXOvSDOus6/zrnOvc6/z4DOv865zr/Pjc69z4TOsc65IM+Dz4TOt869IM6/
zrnOus6/zrPOrc69zrXOuc6xIM6/z43PhM61IM+Dz4TOv8+Fz4IgzrTOuc6xz4fOtc65z4HOuc+D
z4TOrc+CLCDPg8+NzrzPhs+Jzr3OsSDOvM61IM+EzrfOvSDPgM6/zrvOuc+EzrnOus6uIM6xz4DO
v8+Bz4HOrs+Ezr/PhSDOvM6xz4IuCgrOo8+Nzr3Ov867zr8gzrzOrc+Hz4HOuSDPg86uzrzOtc+B
zrE6IDEuMjQ1LDAwIOKCrCDOsc+Az4wgMzggzrTPic+BzrXOrc+CCgrOlM61zq/PhM61IM+Ezrcg
z4POtc67zq/OtM6xOiBodHRwczovL2RvcmVhdG9yYS5leGFtcGxlLmdyL21uaW1pL25pa29zLWFs
ZXhpb3UKzpTOuc6xz4fOtc6vz4HOuc+DzrcgzrXOuc60zr/PgM6/zrnOrs+DzrXPic69OiBodHRw
czovL2RvcmVhdG9yYS5leGFtcGxlLmdyL2xvZ2FyaWFzbW9zL2VpZG9wb2lpc2VpcwoKzpvOsc68
zrLOrM69zrXPhM61IM6xz4XPhM+MIM+Ezr8gzrzOrs69z4XOvM6xIM61z4DOtc65zrTOriDOtc6v
z4PPhM61IM60zrnOsc+HzrXOuc+BzrnPg8+Ezq7PgiDPhM63z4Igz4POtc67zq/OtM6xz4IuIM6R
z4XPhM+MIM61zq/Ovc6xzrkgzrHPhc+Ez4zOvM6xz4TOvyDOvM6uzr3Phc68zrHCtyDPgM6xz4HO
sc66zrHOu86/z43OvM61IM68zrfOvSDOsc+AzrHOvc+EzqzPhM61Lg==
--dt_alt_5521_0038
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5Okdlb3JnaWEsc2VyaWY7Y29sb3I6IzMzMzti
YWNrZ3JvdW5kOiNmN2Y1ZjIiPjxkaXYgc3R5bGU9Im1heC13aWR0aDo1NjBweDttYXJnaW46YXV0
bztiYWNrZ3JvdW5kOiNmZmY7cGFkZGluZzoyNHB4Ij48cD7Ok861zrnOsSDPg86xz4IsPC9wPjxw
Ps6XIM+DzrXOu86vzrTOsSDOvM69zq7OvM63z4IgPGI+wqvOo8+EzrcgzrzOvc6uzrzOtyDPhM6/
z4Ugzp3Or866zr/PhSDOkc67zrXOvs6vzr/PhcK7PC9iPiDOrc67zrHOss61IM69zq3OsSDOtM+J
z4HOtc6sLjwvcD48cD7OlM+Jz4HOt8+Ezq7PgjogzpXOu86tzr3OtyDOmi48YnI+zqDOv8+Dz4w6
IDMwLDAwIOKCrDxicj7Opc+Azq3PgTogzqPPjc67zrvOv86zzr/PgiDOps6vzrvPic69IM6fzrPO
us6/zrvOv86zzrnOus+Ozr0gzpHPg864zrXOvc+Ozr0gwqvOlc67z4DOr860zrHCuzwvcD48Ymxv
Y2txdW90ZSBzdHlsZT0iZm9udC1zdHlsZTppdGFsaWMiPsKrzpPOuc6xIM+Ezr/OvSDOnc6vzrrO
vywgz4DOv8+FIM+AzqzOvc+EzrEgzrXOr8+HzrUgzq3Ovc6xIM+HzrHOvM+MzrPOtc67zr8gz4PP
hM6/IM+EzrHOvM61zq/Ovy4gzprOsc67z4wgz4TOsc6+zq/OtM65LsK7PC9ibG9ja3F1b3RlPjxw
Ps6jz43Ovc6/zrvOvyDOvM6tz4fPgc65IM+Dzq7OvM61z4HOsTogMS4yNDUsMDAg4oKsIM6xz4DP
jCAzOCDOtM+Jz4HOtc6tz4I8L3A+PHA+PGEgaHJlZj0iaHR0cHM6Ly9kb3JlYXRvcmEuZXhhbXBs
ZS5nci9tbmltaS9uaWtvcy1hbGV4aW91Ij7OlM61zq/PhM61IM+Ezrcgz4POtc67zq/OtM6xPC9h
PjwvcD48cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6Izg4OCI+zqTOsSDPg8+Ezr/Ouc+H
zrXOr86xIM61z4DOuc66zr/Ouc69z4nOvc6vzrHPgiDPhM6/z4UgzrTPic+BzrfPhM6uIM60zrXO
vSDOus6/zrnOvc6/z4DOv865zr/Pjc69z4TOsc65LCDPg8+NzrzPhs+Jzr3OsSDOvM61IM+EzrfO
vSDPgM6/zrvOuc+EzrnOus6uIM6xz4DOv8+Bz4HOrs+Ezr/PhSDOvM6xz4IuIM6Rz4XPhM+MzrzO
sc+Ezr8gzrzOrs69z4XOvM6xwrcgz4DOsc+BzrHOus6xzrvOv8+NzrzOtSDOvM63zr0gzrHPgM6x
zr3PhM6sz4TOtS48L3A+PC9kaXY+PC9ib2R5PjwvaHRtbD4=
--dt_alt_5521_0038--
'''),
    ('el', 'sendmail-bounce-club-members-list-question', 'automated', (),
'''Return-Path: <>
Received: from mail.syllogos-kallithea.example.gr (mail.syllogos-kallithea.example.gr [198.51.100.188])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4d14mH7cNlz3vGz
        for <privacy@shop.example.be>; Tue, 06 Oct 2026 11:14:12 +0200 (CEST)
Received: from localhost (localhost)
	by mail.syllogos-kallithea.example.gr (8.17.2/8.17.2) id 596BE9wT031577;
	Tue, 6 Oct 2026 12:14:10 +0300
Date: Tue, 6 Oct 2026 12:14:10 +0300
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.syllogos-kallithea.example.gr>
Message-Id: <202610060914.596BE9wT031577@mail.syllogos-kallithea.example.gr>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="596BE9wT031577.1791278050/mail.syllogos-kallithea.example.gr"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--596BE9wT031577.1791278050/mail.syllogos-kallithea.example.gr

The original message was received at Tue, 6 Oct 2026 12:14:09 +0300
from mail-out.shop.example.be [192.0.2.40]

   ----- The following addresses had permanent fatal errors -----
<grammateia@syllogos-kallithea.example.gr>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to local mailer:
>>> DATA
<<< 552 5.2.2 <grammateia@syllogos-kallithea.example.gr>... Mailbox full
554 5.0.0 Service unavailable

--596BE9wT031577.1791278050/mail.syllogos-kallithea.example.gr
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.syllogos-kallithea.example.gr
Received-From-MTA: DNS; mail-out.shop.example.be
Arrival-Date: Tue, 6 Oct 2026 12:14:09 +0300

Final-Recipient: RFC822; grammateia@syllogos-kallithea.example.gr
Action: failed
Status: 5.2.2
Diagnostic-Code: SMTP; 552 5.2.2 Mailbox full
Last-Attempt-Date: Tue, 6 Oct 2026 12:14:10 +0300

--596BE9wT031577.1791278050/mail.syllogos-kallithea.example.gr
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail-out.shop.example.be (mail-out.shop.example.be [192.0.2.40])
	by mail.syllogos-kallithea.example.gr (8.17.2/8.17.2) with ESMTPS id 596BE9wS031575
	(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)
	for <grammateia@syllogos-kallithea.example.gr>; Tue, 6 Oct 2026 12:14:09 +0300
From: Shop Example Privacy <privacy@shop.example.be>
To: grammateia@syllogos-kallithea.example.gr
Subject: =?utf-8?b?zqPPh861z4TOuc66zqwgzrzOtSDPhM63IM67zq/Pg8+EzrEgzrzOtc67z47OvSA=?=
 =?utf-8?b?z4DOv8+FIM68zrHPgiDPg8+EzrXOr867zrHPhM61IM6zzrnOsSDPhM63zr0g?=
 =?utf-8?b?zq3Ous+Az4TPic+Dzrcgz4fOv8+BzrfOs86vzrHPgg==?=
Date: Tue, 6 Oct 2026 11:14:05 +0200
Message-ID: <priv-2026-10-0009@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

--596BE9wT031577.1791278050/mail.syllogos-kallithea.example.gr--
'''),
    ('el', 'helpdesk-ticket-ack-donor-data-erasure', 'automated', (),
'''Return-Path: <support+id48213@allilegyi-pantopoleio.example.gr>
Received: from o5.sg.zendesk.example.net (o5.sg.zendesk.example.net [198.51.100.217])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4d27pK1dPmz6wHb
        for <privacy@shop.example.be>; Wed, 07 Oct 2026 15:02:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=allilegyi-pantopoleio.example.gr; s=zendesk1;
        h=from:reply-to:to:subject:date:message-id:in-reply-to:references:mime-version;
        bh=Cq9vT4mX1pR7nL2cB6hJ3sD8gA0uE5iO1kW9yQ4rZ2M=;
        b=Vn1xR6qL3vN8mP2wB7cY0hJ4sD9gA1uE6iO0kM3qV7rX2tW9yN4bC1fH6jL8pS3d
Date: Wed, 07 Oct 2026 13:02:41 +0000
From: =?utf-8?b?zprOv865zr3Pic69zrnOus+MIM6gzrHOvc+Ezr/PgM+JzrvOtc6vzr8gzpHOu867?=
 =?utf-8?b?zrfOu861zrPOs8+NzrfPgg==?= <support@allilegyi-pantopoleio.example.gr>
Reply-To: =?utf-8?b?zprOv865zr3Pic69zrnOus+MIM6gzrHOvc+Ezr/PgM+JzrvOtc6vzr8gzpHOu867?=
 =?utf-8?b?zrfOu861zrPOs8+NzrfPgg==?= <support+id48213@allilegyi-pantopoleio.example.gr>
To: Shop Example Privacy <privacy@shop.example.be>
Message-ID: <1ZQ8K4RX2P_6705b9e1c3a47_3f1a2_sprut@zendesk.com>
In-Reply-To: <priv-2026-10-0012@shop.example.be>
References: <priv-2026-10-0012@shop.example.be>
Subject: =?utf-8?b?W86Rzq/PhM63zrzOsSAjNDgyMTNdIM6UzrnOsc6zz4HOsc+Gzq4gz4PPhM6/zrk=?=
 =?utf-8?b?z4fOtc6vz4nOvSDOtM+Jz4HOt8+Ez47OvSDOsc+Az4wgz4TOtyDOtM+Bzqw=?=
 =?utf-8?b?z4POtyDCq86jz4TPgc6/zrPOs8+FzrvOv8+Azr/Or863z4POt8K7IM+Ezrc=?=
 =?utf-8?b?z4IgU2hvcCBFeGFtcGxl?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6705b9e1b8f02_3f1a2"
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8a31f2c
X-Zendesk-Email-Id: 1ZQ8K4RX2P

----==_mimepart_6705b9e1b8f02_3f1a2
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- =CE=A0=CE=BB=CE=B7=CE=BA=CF=84=CF=81=CE=BF=CE=BB=CE=BF=CE=B3=CE=AE=CF=
=83=CF=84=CE=B5 =CF=84=CE=B7=CE=BD =CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=
=83=CE=AE =CF=83=CE=B1=CF=82 =CF=80=CE=AC=CE=BD=CF=89 =CE=B1=CF=80=CF=8C =
=CE=B1=CF=85=CF=84=CE=AE=CE=BD =CF=84=CE=B7 =CE=B3=CF=81=CE=B1=CE=BC=CE=BC=
=CE=AE -##

=CE=A4=CE=BF =CE=B1=CE=AF=CF=84=CE=B7=CE=BC=CE=AC =CF=83=CE=B1=CF=82 (48213=
) =CE=B5=CE=BB=CE=AE=CF=86=CE=B8=CE=B7 =CE=BA=CE=B1=CE=B9 =CE=B5=CE=BE=CE=
=B5=CF=84=CE=AC=CE=B6=CE=B5=CF=84=CE=B1=CE=B9 =CE=B1=CF=80=CF=8C =CF=84=CE=
=B7=CE=BD =CE=BF=CE=BC=CE=AC=CE=B4=CE=B1 =CF=85=CF=80=CE=BF=CF=83=CF=84=CE=
=AE=CF=81=CE=B9=CE=BE=CE=B7=CF=82.

=CE=98=CE=B1 =CF=83=CE=B1=CF=82 =CE=B1=CF=80=CE=B1=CE=BD=CF=84=CE=AE=CF=83=
=CE=BF=CF=85=CE=BC=CE=B5 =CE=B5=CE=BD=CF=84=CF=8C=CF=82 5 =CE=B5=CF=81=CE=
=B3=CE=AC=CF=83=CE=B9=CE=BC=CF=89=CE=BD =CE=B7=CE=BC=CE=B5=CF=81=CF=8E=CE=
=BD. =CE=93=CE=B9=CE=B1 =CE=B1=CE=B9=CF=84=CE=AE=CE=BC=CE=B1=CF=84=CE=B1 =
=CF=80=CE=BF=CF=85 =CE=B1=CF=86=CE=BF=CF=81=CE=BF=CF=8D=CE=BD =CF=80=CF=81=
=CE=BF=CF=83=CF=89=CF=80=CE=B9=CE=BA=CE=AC =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=
=CE=AD=CE=BD=CE=B1 (=CF=80=CF=81=CF=8C=CF=83=CE=B2=CE=B1=CF=83=CE=B7, =CE=
=B4=CE=B9=CF=8C=CF=81=CE=B8=CF=89=CF=83=CE=B7, =CE=B4=CE=B9=CE=B1=CE=B3=CF=
=81=CE=B1=CF=86=CE=AE) =CE=B1=CF=80=CE=B1=CE=BD=CF=84=CE=AC=CE=BC=CE=B5 =CF=
=84=CE=BF =CE=B1=CF=81=CE=B3=CF=8C=CF=84=CE=B5=CF=81=CE=BF =CE=B5=CE=BD=CF=
=84=CF=8C=CF=82 =CE=B5=CE=BD=CF=8C=CF=82 =CE=BC=CE=AE=CE=BD=CE=B1, =CF=8C=
=CF=80=CF=89=CF=82 =CF=80=CF=81=CE=BF=CE=B2=CE=BB=CE=AD=CF=80=CE=B5=CE=B9 =
=CE=BF =CE=93=CE=9A=CE=A0=CE=94.

=CE=93=CE=B9=CE=B1 =CE=BD=CE=B1 =CF=80=CF=81=CE=BF=CF=83=CE=B8=CE=AD=CF=83=
=CE=B5=CF=84=CE=B5 =CF=83=CF=87=CF=8C=CE=BB=CE=B9=CE=B1, =CE=B1=CF=80=CE=B1=
=CE=BD=CF=84=CE=AE=CF=83=CF=84=CE=B5 =CF=83=CE=B5 =CE=B1=CF=85=CF=84=CF=8C =
=CF=84=CE=BF email.

----------------------------------------------

Shop Example Privacy, 7 =CE=9F=CE=BA=CF=84 2026, 16:02 EEST

=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1 =CF=83=CE=B1=CF=82,
=CF=83=CF=8D=CE=BC=CF=86=CF=89=CE=BD=CE=B1 =CE=BC=CE=B5 =CF=84=CE=B7 =CF=83=
=CF=85=CE=BC=CF=86=CF=89=CE=BD=CE=AF=CE=B1 =CE=BC=CE=B1=CF=82, =CF=80=CE=B1=
=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CE=BF=CF=8D=CE=BC=CE=B5 =CE=BD=CE=B1 =CE=B4=
=CE=B9=CE=B1=CE=B3=CF=81=CE=AC=CF=88=CE=B5=CF=84=CE=B5 =CF=84=CE=B1 =CE=BF=
=CE=BD=CF=8C=CE=BC=CE=B1=CF=84=CE=B1 =CE=BA=CE=B1=CE=B9 =CF=84=CE=B1 email =
=CF=84=CF=89=CE=BD 214 =CE=B4=CF=89=CF=81=CE=B7=CF=84=CF=8E=CE=BD =CF=80=CE=
=BF=CF=85 =CF=83=CE=B1=CF=82 =CE=B4=CE=B9=CE=B1=CE=B2=CE=B9=CE=B2=CE=AC=CF=
=83=CE=B1=CE=BC=CE=B5 =CE=B1=CF=80=CF=8C =CF=84=CE=B7 =CE=B4=CF=81=CE=AC=CF=
=83=CE=B7 =C2=AB=CE=A3=CF=84=CF=81=CE=BF=CE=B3=CE=B3=CF=85=CE=BB=CE=BF=CF=
=80=CE=BF=CE=AF=CE=B7=CF=83=CE=B7=C2=BB =CF=84=CE=BF=CF=85 =CE=A3=CE=B5=CF=
=80=CF=84=CE=B5=CE=BC=CE=B2=CF=81=CE=AF=CE=BF=CF=85, =CE=B3=CE=B9=CE=B1 =CF=
=8C=CF=83=CE=BF=CF=85=CF=82 =CE=B4=CE=B5=CE=BD =CE=AD=CE=B4=CF=89=CF=83=CE=
=B1=CE=BD =CF=81=CE=B7=CF=84=CE=AE =CF=83=CF=85=CE=B3=CE=BA=CE=B1=CF=84=CE=
=AC=CE=B8=CE=B5=CF=83=CE=B7.
=CE=91=CE=BD=CE=B1=CF=86=CE=BF=CF=81=CE=AC: PRIV-2026-10-0012

----------------------------------------------

=CE=9A=CE=BF=CE=B9=CE=BD=CF=89=CE=BD=CE=B9=CE=BA=CF=8C =CE=A0=CE=B1=CE=BD=
=CF=84=CE=BF=CF=80=CF=89=CE=BB=CE=B5=CE=AF=CE=BF =CE=91=CE=BB=CE=BB=CE=B7=
=CE=BB=CE=B5=CE=B3=CE=B3=CF=8D=CE=B7=CF=82 =E2=80=93 =CE=A5=CF=80=CE=BF=CF=
=83=CF=84=CE=AE=CF=81=CE=B9=CE=BE=CE=B7
[3E1K7P-R9QZ]
----==_mimepart_6705b9e1b8f02_3f1a2
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><div style=3D"color:#b5b5b5">##- =CE=A0=CE=BB=CE=B7=CE=BA=CF=84=
=CF=81=CE=BF=CE=BB=CE=BF=CE=B3=CE=AE=CF=83=CF=84=CE=B5 =CF=84=CE=B7=CE=BD =
=CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=AE =CF=83=CE=B1=CF=82 =CF=80=
=CE=AC=CE=BD=CF=89 =CE=B1=CF=80=CF=8C =CE=B1=CF=85=CF=84=CE=AE=CE=BD =CF=84=
=CE=B7 =CE=B3=CF=81=CE=B1=CE=BC=CE=BC=CE=AE -##</div><p>=CE=A4=CE=BF =CE=B1=
=CE=AF=CF=84=CE=B7=CE=BC=CE=AC =CF=83=CE=B1=CF=82 (48213) =CE=B5=CE=BB=CE=
=AE=CF=86=CE=B8=CE=B7 =CE=BA=CE=B1=CE=B9 =CE=B5=CE=BE=CE=B5=CF=84=CE=AC=CE=
=B6=CE=B5=CF=84=CE=B1=CE=B9 =CE=B1=CF=80=CF=8C =CF=84=CE=B7=CE=BD =CE=BF=CE=
=BC=CE=AC=CE=B4=CE=B1 =CF=85=CF=80=CE=BF=CF=83=CF=84=CE=AE=CF=81=CE=B9=CE=
=BE=CE=B7=CF=82.</p><p>=CE=98=CE=B1 =CF=83=CE=B1=CF=82 =CE=B1=CF=80=CE=B1=
=CE=BD=CF=84=CE=AE=CF=83=CE=BF=CF=85=CE=BC=CE=B5 =CE=B5=CE=BD=CF=84=CF=8C=
=CF=82 5 =CE=B5=CF=81=CE=B3=CE=AC=CF=83=CE=B9=CE=BC=CF=89=CE=BD =CE=B7=CE=
=BC=CE=B5=CF=81=CF=8E=CE=BD. =CE=93=CE=B9=CE=B1 =CE=B1=CE=B9=CF=84=CE=AE=CE=
=BC=CE=B1=CF=84=CE=B1 =CF=80=CE=BF=CF=85 =CE=B1=CF=86=CE=BF=CF=81=CE=BF=CF=
=8D=CE=BD =CF=80=CF=81=CE=BF=CF=83=CF=89=CF=80=CE=B9=CE=BA=CE=AC =CE=B4=CE=
=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CE=B1 (=CF=80=CF=81=CF=8C=CF=83=CE=B2=CE=
=B1=CF=83=CE=B7, =CE=B4=CE=B9=CF=8C=CF=81=CE=B8=CF=89=CF=83=CE=B7, =CE=B4=
=CE=B9=CE=B1=CE=B3=CF=81=CE=B1=CF=86=CE=AE) =CE=B1=CF=80=CE=B1=CE=BD=CF=84=
=CE=AC=CE=BC=CE=B5 =CF=84=CE=BF =CE=B1=CF=81=CE=B3=CF=8C=CF=84=CE=B5=CF=81=
=CE=BF =CE=B5=CE=BD=CF=84=CF=8C=CF=82 =CE=B5=CE=BD=CF=8C=CF=82 =CE=BC=CE=AE=
=CE=BD=CE=B1, =CF=8C=CF=80=CF=89=CF=82 =CF=80=CF=81=CE=BF=CE=B2=CE=BB=CE=AD=
=CF=80=CE=B5=CE=B9 =CE=BF =CE=93=CE=9A=CE=A0=CE=94.</p><p>=CE=93=CE=B9=CE=
=B1 =CE=BD=CE=B1 =CF=80=CF=81=CE=BF=CF=83=CE=B8=CE=AD=CF=83=CE=B5=CF=84=CE=
=B5 =CF=83=CF=87=CF=8C=CE=BB=CE=B9=CE=B1, =CE=B1=CF=80=CE=B1=CE=BD=CF=84=CE=
=AE=CF=83=CF=84=CE=B5 =CF=83=CE=B5 =CE=B1=CF=85=CF=84=CF=8C =CF=84=CE=BF em=
ail.</p><hr><p><b>Shop Example Privacy</b>, 7 =CE=9F=CE=BA=CF=84 2026, 16:0=
2 EEST</p><p>=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1 =CF=83=
=CE=B1=CF=82,<br>=CF=83=CF=8D=CE=BC=CF=86=CF=89=CE=BD=CE=B1 =CE=BC=CE=B5 =
=CF=84=CE=B7 =CF=83=CF=85=CE=BC=CF=86=CF=89=CE=BD=CE=AF=CE=B1 =CE=BC=CE=B1=
=CF=82, =CF=80=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CE=BF=CF=8D=CE=BC=CE=B5 =
=CE=BD=CE=B1 =CE=B4=CE=B9=CE=B1=CE=B3=CF=81=CE=AC=CF=88=CE=B5=CF=84=CE=B5 =
=CF=84=CE=B1 =CE=BF=CE=BD=CF=8C=CE=BC=CE=B1=CF=84=CE=B1 =CE=BA=CE=B1=CE=B9 =
=CF=84=CE=B1 email =CF=84=CF=89=CE=BD 214 =CE=B4=CF=89=CF=81=CE=B7=CF=84=CF=
=8E=CE=BD =CF=80=CE=BF=CF=85 =CF=83=CE=B1=CF=82 =CE=B4=CE=B9=CE=B1=CE=B2=CE=
=B9=CE=B2=CE=AC=CF=83=CE=B1=CE=BC=CE=B5 =CE=B1=CF=80=CF=8C =CF=84=CE=B7 =CE=
=B4=CF=81=CE=AC=CF=83=CE=B7 =C2=AB=CE=A3=CF=84=CF=81=CE=BF=CE=B3=CE=B3=CF=
=85=CE=BB=CE=BF=CF=80=CE=BF=CE=AF=CE=B7=CF=83=CE=B7=C2=BB =CF=84=CE=BF=CF=
=85 =CE=A3=CE=B5=CF=80=CF=84=CE=B5=CE=BC=CE=B2=CF=81=CE=AF=CE=BF=CF=85, =CE=
=B3=CE=B9=CE=B1 =CF=8C=CF=83=CE=BF=CF=85=CF=82 =CE=B4=CE=B5=CE=BD =CE=AD=CE=
=B4=CF=89=CF=83=CE=B1=CE=BD =CF=81=CE=B7=CF=84=CE=AE =CF=83=CF=85=CE=B3=CE=
=BA=CE=B1=CF=84=CE=AC=CE=B8=CE=B5=CF=83=CE=B7.<br>=CE=91=CE=BD=CE=B1=CF=86=
=CE=BF=CF=81=CE=AC: PRIV-2026-10-0012</p><hr><p style=3D"color:#aaa;font-si=
ze:11px">[3E1K7P-R9QZ]</p></body></html>
----==_mimepart_6705b9e1b8f02_3f1a2--
'''),
    ('el', 'person-outlook-reply-volunteer-photos-no-ads', 'objection', (),
'''Return-Path: <d.zachariou@otenet.example.gr>
Received: from smtp.otenet.example.gr (smtp.otenet.example.gr [198.51.100.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4d3bqM5eQnz1xJc
        for <privacy@shop.example.be>; Mon, 12 Oct 2026 19:07:33 +0200 (CEST)
From: =?utf-8?b?zpTOt868zq7PhM+BzrfPgiDOls6xz4fOsc+Bzq/Ov8+F?= <d.zachariou@otenet.example.gr>
To: <privacy@shop.example.be>
References: <community-photos-2026.4410@news.shop.example.be>
In-Reply-To: <community-photos-2026.4410@news.shop.example.be>
Subject: =?utf-8?b?UkU6IM6fzrkgz4bPic+Ezr/Os8+BzrHPhs6vzrXPgiDOsc+Az4wgz4TOt869IM6X?=
 =?utf-8?b?zrzOrc+BzrEgzpXOuM61zrvOv869z4TOuc+DzrzOv8+NIDIwMjYgzrXOr869?=
 =?utf-8?b?zrHOuSBvbmxpbmUh?=
Date: Mon, 12 Oct 2026 20:07:28 +0300
Message-ID: <000a01dd4ac3$7f2e1b80$7d8a5280$@otenet.example.gr>
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_NextPart_000_000B_01DD4ADC.A47B5380"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHdSsN/LhuAfYpSgFPd3YrZq0c3tA==
Content-Language: el

This is a multipart message in MIME format.

------=_NextPart_000_000B_01DD4ADC.A47B5380
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1 =CF=83=CE=B1=CF=82,

=CE=A3=CF=84=CE=BF =CE=AC=CE=BB=CE=BC=CF=80=CE=BF=CF=85=CE=BC =CF=84=CE=B7=
=CF=82 =CE=97=CE=BC=CE=AD=CF=81=CE=B1=CF=82 =CE=95=CE=B8=CE=B5=CE=BB=CE=BF=
=CE=BD=CF=84=CE=B9=CF=83=CE=BC=CE=BF=CF=8D =CE=B5=CE=AF=CE=BC=CE=B1=CE=B9 =
=CF=83=CF=84=CE=B9=CF=82 =CF=86=CF=89=CF=84=CE=BF=CE=B3=CF=81=CE=B1=CF=86=
=CE=AF=CE=B5=CF=82 14 =CE=BA=CE=B1=CE=B9 15 (=CE=BC=CE=B5 =CF=84=CE=BF =CE=
=BC=CF=80=CE=BB=CE=B5 =CE=BC=CF=80=CE=BF=CF=85=CF=86=CE=AC=CE=BD, =CF=83=CF=
=84=CE=BF =CF=84=CF=81=CE=B1=CF=80=CE=AD=CE=B6=CE=B9 =CE=BC=CE=B5 =CF=84=CE=
=B1 =CF=84=CF=81=CF=8C=CF=86=CE=B9=CE=BC=CE=B1).

=CE=94=CE=B5=CE=BD =CE=AD=CF=87=CF=89 =CE=B1=CE=BD=CF=84=CE=AF=CF=81=CF=81=
=CE=B7=CF=83=CE=B7 =CE=BD=CE=B1 =CE=BC=CE=B5=CE=AF=CE=BD=CE=BF=CF=85=CE=BD =
=CF=83=CF=84=CE=BF =CE=AC=CE=BB=CE=BC=CF=80=CE=BF=CF=85=CE=BC =CE=B3=CE=B9=
=CE=B1 =CF=8C=CF=83=CE=BF=CF=85=CF=82 =CF=83=CF=85=CE=BC=CE=BC=CE=B5=CF=84=
=CE=B5=CE=AF=CF=87=CE=B1=CE=BC=CE=B5. =CE=94=CE=B5=CE=BD =CE=B8=CE=AD=CE=BB=
=CF=89 =CF=8C=CE=BC=CF=89=CF=82 =CE=BD=CE=B1 =CF=87=CF=81=CE=B7=CF=83=CE=B9=
=CE=BC=CE=BF=CF=80=CE=BF=CE=B9=CE=B7=CE=B8=CE=BF=CF=8D=CE=BD =CF=83=CE=B5 =
=CE=B4=CE=B9=CE=B1=CF=86=CE=B7=CE=BC=CE=AF=CF=83=CE=B5=CE=B9=CF=82, =CF=83=
=CF=84=CE=B1 social media =CF=84=CE=BF=CF=85 =CE=BA=CE=B1=CF=84=CE=B1=CF=83=
=CF=84=CE=AE=CE=BC=CE=B1=CF=84=CE=BF=CF=82 =CE=AE =CF=83=CE=B5 newsletter. =
=CE=A3=CE=B1=CF=82 =CF=80=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CF=8E =CE=BD=
=CE=B1 =CF=83=CF=84=CE=B1=CE=BC=CE=B1=CF=84=CE=AE=CF=83=CE=B5=CF=84=CE=B5 =
=CE=BA=CE=AC=CE=B8=CE=B5 =CF=84=CE=AD=CF=84=CE=BF=CE=B9=CE=B1 =CF=87=CF=81=
=CE=AE=CF=83=CE=B7 =CF=84=CF=89=CE=BD =CF=86=CF=89=CF=84=CE=BF=CE=B3=CF=81=
=CE=B1=CF=86=CE=B9=CF=8E=CE=BD =CE=BC=CE=BF=CF=85.

=CE=95=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CF=8E,
=CE=94=CE=B7=CE=BC=CE=AE=CF=84=CF=81=CE=B7=CF=82 =CE=96=CE=B1=CF=87=CE=B1=
=CF=81=CE=AF=CE=BF=CF=85

=CE=91=CF=80=CF=8C: Shop Example =CE=9A=CE=BF=CE=B9=CE=BD=CF=8C=CF=84=CE=B7=
=CF=84=CE=B1 <community@news.shop.example.be>
=CE=A3=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=B5: =CE=A0=CE=B1=CF=81=CE=B1=
=CF=83=CE=BA=CE=B5=CF=85=CE=AE, 9 =CE=9F=CE=BA=CF=84=CF=89=CE=B2=CF=81=CE=
=AF=CE=BF=CF=85 2026 10:00 =CF=80=CE=BC
=CE=A0=CF=81=CE=BF=CF=82: d.zachariou@otenet.example.gr
=CE=98=CE=AD=CE=BC=CE=B1: =CE=9F=CE=B9 =CF=86=CF=89=CF=84=CE=BF=CE=B3=CF=81=
=CE=B1=CF=86=CE=AF=CE=B5=CF=82 =CE=B1=CF=80=CF=8C =CF=84=CE=B7=CE=BD =CE=97=
=CE=BC=CE=AD=CF=81=CE=B1 =CE=95=CE=B8=CE=B5=CE=BB=CE=BF=CE=BD=CF=84=CE=B9=
=CF=83=CE=BC=CE=BF=CF=8D 2026 =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 online!

=CE=95=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CE=BF=CF=8D=CE=BC=CE=B5 =
=CF=84=CE=BF=CF=85=CF=82 46 =CE=B5=CE=B8=CE=B5=CE=BB=CE=BF=CE=BD=CF=84=CE=
=AD=CF=82 =CF=80=CE=BF=CF=85 =CE=AE=CF=81=CE=B8=CE=B1=CE=BD =CF=83=CF=84=CE=
=B7=CE=BD =CE=97=CE=BC=CE=AD=CF=81=CE=B1 =CE=95=CE=B8=CE=B5=CE=BB=CE=BF=CE=
=BD=CF=84=CE=B9=CF=83=CE=BC=CE=BF=CF=8D =CF=83=CF=84=CE=B9=CF=82 26 =CE=A3=
=CE=B5=CF=80=CF=84=CE=B5=CE=BC=CE=B2=CF=81=CE=AF=CE=BF=CF=85!

=CE=A4=CE=BF =CE=AC=CE=BB=CE=BC=CF=80=CE=BF=CF=85=CE=BC =CE=BC=CE=B5 120 =
=CF=86=CF=89=CF=84=CE=BF=CE=B3=CF=81=CE=B1=CF=86=CE=AF=CE=B5=CF=82 =CE=B5=
=CE=AF=CE=BD=CE=B1=CE=B9 =CE=B4=CE=B9=CE=B1=CE=B8=CE=AD=CF=83=CE=B9=CE=BC=
=CE=BF =CE=B5=CE=B4=CF=8E: https://news.shop.example.be/c/4410/album

=CE=95=CF=80=CE=B9=CE=BB=CE=B5=CE=B3=CE=BC=CE=AD=CE=BD=CE=B5=CF=82 =CF=86=
=CF=89=CF=84=CE=BF=CE=B3=CF=81=CE=B1=CF=86=CE=AF=CE=B5=CF=82 =CE=B8=CE=B1 =
=CF=87=CF=81=CE=B7=CF=83=CE=B9=CE=BC=CE=BF=CF=80=CE=BF=CE=B9=CE=B7=CE=B8=CE=
=BF=CF=8D=CE=BD =CF=83=CF=84=CE=B1 =CE=BA=CE=B1=CE=BD=CE=AC=CE=BB=CE=B9=CE=
=B1 =CE=B5=CF=80=CE=B9=CE=BA=CE=BF=CE=B9=CE=BD=CF=89=CE=BD=CE=AF=CE=B1=CF=
=82 =CF=84=CE=B7=CF=82 Shop Example.

=CE=91=CF=85=CF=84=CF=8C =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1 =
=CF=83=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=B5 =CE=B1=CF=85=CF=84=CF=8C=
=CE=BC=CE=B1=CF=84=CE=B1. =CE=A0=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CE=BF=
=CF=8D=CE=BC=CE=B5 =CE=BC=CE=B7=CE=BD =CE=B1=CF=80=CE=B1=CE=BD=CF=84=CE=AC=
=CF=84=CE=B5.

------=_NextPart_000_000B_01DD4ADC.A47B5380
Content-Type: text/html;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:o=3D"urn:schemas-microsoft-com:office:office"><head><meta http-=
equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8"></head><body =
lang=3D"EL"><div class=3D"WordSection1"><p class=3D"MsoNormal">=CE=9A=CE=B1=
=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1 =CF=83=CE=B1=CF=82,</p><p class=
=3D"MsoNormal">=CE=A3=CF=84=CE=BF =CE=AC=CE=BB=CE=BC=CF=80=CE=BF=CF=85=CE=
=BC =CF=84=CE=B7=CF=82 =CE=97=CE=BC=CE=AD=CF=81=CE=B1=CF=82 =CE=95=CE=B8=CE=
=B5=CE=BB=CE=BF=CE=BD=CF=84=CE=B9=CF=83=CE=BC=CE=BF=CF=8D =CE=B5=CE=AF=CE=
=BC=CE=B1=CE=B9 =CF=83=CF=84=CE=B9=CF=82 =CF=86=CF=89=CF=84=CE=BF=CE=B3=CF=
=81=CE=B1=CF=86=CE=AF=CE=B5=CF=82 14 =CE=BA=CE=B1=CE=B9 15 (=CE=BC=CE=B5 =
=CF=84=CE=BF =CE=BC=CF=80=CE=BB=CE=B5 =CE=BC=CF=80=CE=BF=CF=85=CF=86=CE=AC=
=CE=BD, =CF=83=CF=84=CE=BF =CF=84=CF=81=CE=B1=CF=80=CE=AD=CE=B6=CE=B9 =CE=
=BC=CE=B5 =CF=84=CE=B1 =CF=84=CF=81=CF=8C=CF=86=CE=B9=CE=BC=CE=B1).</p><p c=
lass=3D"MsoNormal">=CE=94=CE=B5=CE=BD =CE=AD=CF=87=CF=89 =CE=B1=CE=BD=CF=84=
=CE=AF=CF=81=CF=81=CE=B7=CF=83=CE=B7 =CE=BD=CE=B1 =CE=BC=CE=B5=CE=AF=CE=BD=
=CE=BF=CF=85=CE=BD =CF=83=CF=84=CE=BF =CE=AC=CE=BB=CE=BC=CF=80=CE=BF=CF=85=
=CE=BC =CE=B3=CE=B9=CE=B1 =CF=8C=CF=83=CE=BF=CF=85=CF=82 =CF=83=CF=85=CE=BC=
=CE=BC=CE=B5=CF=84=CE=B5=CE=AF=CF=87=CE=B1=CE=BC=CE=B5. =CE=94=CE=B5=CE=BD =
=CE=B8=CE=AD=CE=BB=CF=89 =CF=8C=CE=BC=CF=89=CF=82 =CE=BD=CE=B1 =CF=87=CF=81=
=CE=B7=CF=83=CE=B9=CE=BC=CE=BF=CF=80=CE=BF=CE=B9=CE=B7=CE=B8=CE=BF=CF=8D=CE=
=BD =CF=83=CE=B5 =CE=B4=CE=B9=CE=B1=CF=86=CE=B7=CE=BC=CE=AF=CF=83=CE=B5=CE=
=B9=CF=82, =CF=83=CF=84=CE=B1 social media =CF=84=CE=BF=CF=85 =CE=BA=CE=B1=
=CF=84=CE=B1=CF=83=CF=84=CE=AE=CE=BC=CE=B1=CF=84=CE=BF=CF=82 =CE=AE =CF=83=
=CE=B5 newsletter. =CE=A3=CE=B1=CF=82 =CF=80=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=
=CE=BB=CF=8E =CE=BD=CE=B1 =CF=83=CF=84=CE=B1=CE=BC=CE=B1=CF=84=CE=AE=CF=83=
=CE=B5=CF=84=CE=B5 =CE=BA=CE=AC=CE=B8=CE=B5 =CF=84=CE=AD=CF=84=CE=BF=CE=B9=
=CE=B1 =CF=87=CF=81=CE=AE=CF=83=CE=B7 =CF=84=CF=89=CE=BD =CF=86=CF=89=CF=84=
=CE=BF=CE=B3=CF=81=CE=B1=CF=86=CE=B9=CF=8E=CE=BD =CE=BC=CE=BF=CF=85.</p><p =
class=3D"MsoNormal">=CE=95=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CF=8E,=
<br>=CE=94=CE=B7=CE=BC=CE=AE=CF=84=CF=81=CE=B7=CF=82 =CE=96=CE=B1=CF=87=CE=
=B1=CF=81=CE=AF=CE=BF=CF=85</p><div style=3D"border-top:solid #E1E1E1 1.0pt=
"><p class=3D"MsoNormal"><b>=CE=91=CF=80=CF=8C:</b> Shop Example =CE=9A=CE=
=BF=CE=B9=CE=BD=CF=8C=CF=84=CE=B7=CF=84=CE=B1 &lt;community@news.shop.examp=
le.be&gt;<br><b>=CE=A3=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=B5:</b> =CE=
=A0=CE=B1=CF=81=CE=B1=CF=83=CE=BA=CE=B5=CF=85=CE=AE, 9 =CE=9F=CE=BA=CF=84=
=CF=89=CE=B2=CF=81=CE=AF=CE=BF=CF=85 2026 10:00 =CF=80=CE=BC<br><b>=CE=A0=
=CF=81=CE=BF=CF=82:</b> d.zachariou@otenet.example.gr<br><b>=CE=98=CE=AD=CE=
=BC=CE=B1:</b> =CE=9F=CE=B9 =CF=86=CF=89=CF=84=CE=BF=CE=B3=CF=81=CE=B1=CF=
=86=CE=AF=CE=B5=CF=82 =CE=B1=CF=80=CF=8C =CF=84=CE=B7=CE=BD =CE=97=CE=BC=CE=
=AD=CF=81=CE=B1 =CE=95=CE=B8=CE=B5=CE=BB=CE=BF=CE=BD=CF=84=CE=B9=CF=83=CE=
=BC=CE=BF=CF=8D 2026 =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 online!</p></div><p cla=
ss=3D"MsoNormal">=CE=95=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CE=BF=CF=
=8D=CE=BC=CE=B5 =CF=84=CE=BF=CF=85=CF=82 46 =CE=B5=CE=B8=CE=B5=CE=BB=CE=BF=
=CE=BD=CF=84=CE=AD=CF=82 =CF=80=CE=BF=CF=85 =CE=AE=CF=81=CE=B8=CE=B1=CE=BD =
=CF=83=CF=84=CE=B7=CE=BD =CE=97=CE=BC=CE=AD=CF=81=CE=B1 =CE=95=CE=B8=CE=B5=
=CE=BB=CE=BF=CE=BD=CF=84=CE=B9=CF=83=CE=BC=CE=BF=CF=8D =CF=83=CF=84=CE=B9=
=CF=82 26 =CE=A3=CE=B5=CF=80=CF=84=CE=B5=CE=BC=CE=B2=CF=81=CE=AF=CE=BF=CF=
=85!</p><p class=3D"MsoNormal">=CE=A4=CE=BF =CE=AC=CE=BB=CE=BC=CF=80=CE=BF=
=CF=85=CE=BC: https://news.shop.example.be/c/4410/album</p><p class=3D"MsoN=
ormal">=CE=95=CF=80=CE=B9=CE=BB=CE=B5=CE=B3=CE=BC=CE=AD=CE=BD=CE=B5=CF=82 =
=CF=86=CF=89=CF=84=CE=BF=CE=B3=CF=81=CE=B1=CF=86=CE=AF=CE=B5=CF=82 =CE=B8=
=CE=B1 =CF=87=CF=81=CE=B7=CF=83=CE=B9=CE=BC=CE=BF=CF=80=CE=BF=CE=B9=CE=B7=
=CE=B8=CE=BF=CF=8D=CE=BD =CF=83=CF=84=CE=B1 =CE=BA=CE=B1=CE=BD=CE=AC=CE=BB=
=CE=B9=CE=B1 =CE=B5=CF=80=CE=B9=CE=BA=CE=BF=CE=B9=CE=BD=CF=89=CE=BD=CE=AF=
=CE=B1=CF=82 =CF=84=CE=B7=CF=82 Shop Example.</p><p class=3D"MsoNormal">=CE=
=91=CF=85=CF=84=CF=8C =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1 =CF=
=83=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=B5 =CE=B1=CF=85=CF=84=CF=8C=CE=
=BC=CE=B1=CF=84=CE=B1. =CE=A0=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CE=BF=CF=
=8D=CE=BC=CE=B5 =CE=BC=CE=B7=CE=BD =CE=B1=CF=80=CE=B1=CE=BD=CF=84=CE=AC=CF=
=84=CE=B5.</p></div></body></html>

------=_NextPart_000_000B_01DD4ADC.A47B5380--
'''),
    # ------------------------------------------------------------------ bg
    ('bg', 'food-bank-volunteer-signup-confirmation', 'automated', (),
'''Return-Path: <noreply@dobrovolci.hranitelnabanka.example.bg>
Received: from mx-out.hranitelnabanka.example.bg (mx-out.hranitelnabanka.example.bg [203.0.113.144])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4d6fsN8gRpz4yKd
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 12:44:19 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=hranitelnabanka.example.bg; s=vol; h=from:to:subject:date:message-id;
        bh=Rk7nQ2vX5pT9mL1cB4hJ8sD3gA6uE0iO2kW7yF5rN9M=;
        b=Yt3xR8qL5vN0mP7wB2cY9hJ4sD1gA8uE5iO7kM0qV3rX9tW2yN6bC4fH1jL5pS8d
From: =?utf-8?b?0JHQpdCRINCU0L7QsdGA0L7QstC+0LvRhtC4?= <noreply@dobrovolci.hranitelnabanka.example.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J/QvtGC0LLRitGA0LbQtNC10L3QuNC1OiDQt9Cw0L/QuNGB0LDRhdGC0LUg0YE=?=
 =?utf-8?b?0LUg0LfQsCDRgdC80Y/QvdCwIOKAntCh0YrQsdC40YDQsNC90LUg0L3QsCA=?=
 =?utf-8?b?0YXRgNCw0L3QuCDigJMgU2hvcCBFeGFtcGxlINCh0L7RhNC40Y8g0JvRjtC7?=
 =?utf-8?b?0LjQveKAnA==?=
Date: Tue, 03 Nov 2026 13:44:17 +0200
Message-ID: <signup-6621-19042.1793713457@dobrovolci.hranitelnabanka.example.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated

0JfQtNGA0LDQstC10LnRgtC1LAoK0LHQu9Cw0LPQvtC00LDRgNC40Lwg0JLQuCwg0YfQtSDRgdC1
INC30LDQv9C40YHQsNGF0YLQtSDQutCw0YLQviDQtNC+0LHRgNC+0LLQvtC70LXRhiEKCtCa0LDQ
vNC/0LDQvdC40Y86ICAgICDQndCw0YbQuNC+0L3QsNC70L3QsCDQutCw0LzQv9Cw0L3QuNGPINC3
0LAg0YHRitCx0LjRgNCw0L3QtSDQvdCwINGF0YDQsNC90LggMjAyNgrQnNGP0YHRgtC+OiAgICAg
ICAgU2hvcCBFeGFtcGxlINCh0L7RhNC40Y8g0JvRjtC70LjQvSwg0LHRg9C7LiDigJ7Qn9Cw0L3R
h9C+INCS0LvQsNC00LjQs9C10YDQvtCy4oCcIDQyCtCh0LzRj9C90LA6ICAgICAgICDRgdGK0LHQ
vtGC0LAsIDIxINC90L7QtdC80LLRgNC4IDIwMjYsIDEwOjAwIOKAkyAxNDowMArQmtC+0L7RgNC0
0LjQvdCw0YLQvtGAOiAg0JPQtdGA0LPQsNC90LAg0JjQu9C40LXQstCwLCDRgtC10LsuICszNTkg
ODggNDEyIDMzNzAKCtCc0L7Qu9GPLCDQtdC70LDRgtC1IDE1INC80LjQvdGD0YLQuCDQv9C+LdGA
0LDQvdC+INC30LAg0LrRgNCw0YLRitC6INC40L3RgdGC0YDRg9C60YLQsNC2LiDQqdC1INC/0L7Q
u9GD0YfQuNGC0LUg0LbQuNC70LXRgtC60LAg0Lgg0LHQsNC00LYg0YEg0LjQvNC10YLQviDRgdC4
LgoK0JLQsNGI0LXRgtC+INC40LzQtSDQuCDRgtC10LvQtdGE0L7QvdC10L0g0L3QvtC80LXRgCDR
idC1INCx0YrQtNCw0YIg0LLQuNC00LjQvNC4INC30LAg0LrQvtC+0YDQtNC40L3QsNGC0L7RgNCw
INC90LAg0YHQvNGP0L3QsNGC0LAuINCf0YDQuCDRgNC10LPQuNGB0YLRgNCw0YbQuNGP0YLQsCDR
gdC1INGB0YrQs9C70LDRgdC40YXRgtC1INC00LAg0LHRitC00LXRgtC1INGB0L3QuNC80LDQvSjQ
sCkg0L/QviDQstGA0LXQvNC1INC90LAg0LrQsNC80L/QsNC90LjRj9GC0LA7INC80L7QttC10YLQ
tSDQtNCwINC+0YLRgtC10LPQu9C40YLQtSDRgtC+0LLQsCDRgdGK0LPQu9Cw0YHQuNC1INC/0L4g
0LLRgdGP0LrQviDQstGA0LXQvNC1INC+0YIg0L/RgNC+0YTQuNC70LAg0YHQuDogaHR0cHM6Ly9k
b2Jyb3ZvbGNpLmhyYW5pdGVsbmFiYW5rYS5leGFtcGxlLmJnL3Byb2ZpbC9zYWdsYXNpYQoK0J7R
gtC60LDQtyDQvtGCINGB0LzRj9C90LDRgtCwOiBodHRwczovL2RvYnJvdm9sY2kuaHJhbml0ZWxu
YWJhbmthLmV4YW1wbGUuYmcvc215YW5hLzY2MjEvb3RrYXoKCtCi0L7QstCwINC1INCw0LLRgtC+
0LzQsNGC0LjRh9C90L4g0YHRitC+0LHRidC10L3QuNC1LiDQnNC+0LvRjywg0L3QtSDQvtGC0LPQ
vtCy0LDRgNGP0LnRgtC1INC90LAg0L3QtdCz0L4uCtCR0YrQu9Cz0LDRgNGB0LrQsCDRhdGA0LDQ
vdC40YLQtdC70L3QsCDQsdCw0L3QutCwIOKAkyDQtNC+0LHRgNC+0LLQvtC70YbQuA==
'''),
    ('bg', 'charity-newsletter-mailchimp-privacy-policy-update', 'automated', (),
'''Return-Path: <bounce-mc.us21_88412207.6120455-7c1e2f9a04@mail83.atl11.rsgsv.net>
Received: from mail83.atl11.rsgsv.net (mail83.atl11.rsgsv.net [205.201.139.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4d7jtP2hSqz8zLf
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 10:00:07 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=nadezhda-deca.example.bg;
        s=k2; t=1794304802; bh=Hs4mQ9vX2pL7nT1cB6hJ3sD8gA5uE0iO4kW9yR2rF7M=;
        h=Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:
         List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:From:Subject;
        b=Lp6xR1qL8vN3mP5wB0cY7hJ2sD4gA9uE6iO1kM8qV3rX5tW0yN7bC2fH4jL9pS6d
Subject: =?utf-8?b?0JHQu9Cw0LPQvtC00LDRgNC40Lwg0LLQuCEgNiAzODAg4oKsINC+0YIg4oCe0Jc=?=
 =?utf-8?b?0LDQutGA0YrQs9C70Lgg0LfQsCDQtNC+0LHRgNC+0YLQvuKAnCArINC+0LE=?=
 =?utf-8?b?0L3QvtCy0LXQvdCwINC/0L7Qu9C40YLQuNC60LAg0LfQsCDQv9C+0LLQtdGA?=
 =?utf-8?b?0LjRgtC10LvQvdC+0YHRgg==?=
From: =?utf-8?b?0KTQvtC90LTQsNGG0LjRjyDigJ7QndCw0LTQtdC20LTQsCDQt9CwINC00LXRhtCw?=
 =?utf-8?b?0YLQsOKAnA==?= <novini@nadezhda-deca.example.bg>
Reply-To: =?utf-8?b?0KTQvtC90LTQsNGG0LjRjyDigJ7QndCw0LTQtdC20LTQsCDQt9CwINC00LXRhtCw?=
 =?utf-8?b?0YLQsOKAnA==?= <office@nadezhda-deca.example.bg>
To: <privacy@shop.example.be>
Date: Tue, 10 Nov 2026 09:00:02 +0000
Message-ID: <7c1e2f9a04d3b6e58a1f.0a9d3e7b21.20261110090002.b4f0e1c2d9.5f6a8c31@mail83.atl11.rsgsv.net>
X-Mailer: MailChimp Mailer - **CID0a9d3e7b21b4f0e1c2d9**
X-Campaign: mailchimp7c1e2f9a04d3b6e58a1f.0a9d3e7b21
X-campaignid: mailchimp7c1e2f9a04d3b6e58a1f.0a9d3e7b21
X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=7c1e2f9a04d3b6e58a1f&id=0a9d3e7b21&e=b4f0e1c2d9
X-MC-User: 7c1e2f9a04d3b6e58a1f
Feedback-ID: 88412207:88412207.6120455:us21:mc
List-ID: 7c1e2f9a04d3b6e58a1f mailchimp list <7c1e2f9a04d3b6e58a1f.88412207.list-id.mcsv.net>
X-Accounttype: pd
List-Unsubscribe: <https://nadezhda-deca.us21.list-manage.com/unsubscribe?u=7c1e2f9a04d3b6e58a1f&id=5f6a8c31e2&t=b&e=b4f0e1c2d9&c=0a9d3e7b21>,
 <mailto:unsubscribe-mc.us21_7c1e2f9a04d3b6e58a1f.0a9d3e7b21-b4f0e1c2d9@unsubscribe.mailchimpapp.net?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Content-Type: multipart/alternative; boundary="_----------=_MCPart_1482706153"
MIME-Version: 1.0

This is a multi-part message in MIME format

--_----------=_MCPart_1482706153
Content-Type: text/plain; charset="utf-8"; format="fixed"
Content-Transfer-Encoding: quoted-printable

** =D0=91=D0=BB=D0=B0=D0=B3=D0=BE=D0=B4=D0=B0=D1=80=D0=B8=D0=BC =D0=B2=D0=
=B8!
------------------------------------------------------------

=D0=90=D0=BA=D1=86=D0=B8=D1=8F=D1=82=D0=B0 =E2=80=9E=D0=97=D0=B0=D0=BA=D1=
=80=D1=8A=D0=B3=D0=BB=D0=B8 =D0=B7=D0=B0 =D0=B4=D0=BE=D0=B1=D1=80=D0=BE=D1=
=82=D0=BE=E2=80=9C =D0=B2 =D0=BC=D0=B0=D0=B3=D0=B0=D0=B7=D0=B8=D0=BD=D0=B8=
=D1=82=D0=B5 Shop Example =D1=81=D1=8A=D0=B1=D1=80=D0=B0 6 380 =E2=82=AC =
=D0=BF=D1=80=D0=B5=D0=B7 =D0=BE=D0=BA=D1=82=D0=BE=D0=BC=D0=B2=D1=80=D0=B8. =
=D0=A1 =D1=82=D1=8F=D1=85 =D0=BE=D1=81=D0=B8=D0=B3=D1=83=D1=80=D1=8F=D0=B2=
=D0=B0=D0=BC=D0=B5 =D1=82=D0=BE=D0=BF=D0=BB=D0=B0 =D0=B7=D0=B0=D0=BA=D1=83=
=D1=81=D0=BA=D0=B0 =D0=BD=D0=B0 140 =D0=B4=D0=B5=D1=86=D0=B0 =D0=B2 =D1=82=
=D1=80=D0=B8 =D0=B4=D0=B5=D1=82=D1=81=D0=BA=D0=B8 =D1=86=D0=B5=D0=BD=D1=82=
=D1=8A=D1=80=D0=B0 =D0=B2 =D0=A1=D0=BE=D1=84=D0=B8=D1=8F =D0=B8 =D0=9F=D0=
=BB=D0=BE=D0=B2=D0=B4=D0=B8=D0=B2 =D0=B4=D0=BE =D0=BA=D1=80=D0=B0=D1=8F =D0=
=BD=D0=B0 =D1=83=D1=87=D0=B5=D0=B1=D0=BD=D0=B0=D1=82=D0=B0 =D0=B3=D0=BE=D0=
=B4=D0=B8=D0=BD=D0=B0.

** =D0=9E=D0=B1=D0=BD=D0=BE=D0=B2=D0=B8=D1=85=D0=BC=D0=B5 =D0=BF=D0=BE=D0=
=BB=D0=B8=D1=82=D0=B8=D0=BA=D0=B0=D1=82=D0=B0 =D1=81=D0=B8 =D0=B7=D0=B0 =D0=
=BF=D0=BE=D0=B2=D0=B5=D1=80=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=BE=D1=81=D1=82
------------------------------------------------------------

=D0=9E=D1=82 1 =D0=B4=D0=B5=D0=BA=D0=B5=D0=BC=D0=B2=D1=80=D0=B8 2026 =D0=B3=
.:
* =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 =D0=B4=D0=B0=D1=
=80=D0=B8=D1=82=D0=B5=D0=BB=D0=B8=D1=82=D0=B5, =D0=BF=D0=BE=D0=BB=D1=83=D1=
=87=D0=B5=D0=BD=D0=B8 =D1=87=D1=80=D0=B5=D0=B7 =D0=BF=D0=B0=D1=80=D1=82=D0=
=BD=D1=8C=D0=BE=D1=80=D1=81=D0=BA=D0=B8 =D0=BA=D0=B0=D0=BC=D0=BF=D0=B0=D0=
=BD=D0=B8=D0=B8, =D1=89=D0=B5 =D1=81=D0=B5 =D1=81=D1=8A=D1=85=D1=80=D0=B0=
=D0=BD=D1=8F=D0=B2=D0=B0=D1=82 =D0=BD=D0=B0=D0=B9-=D0=BC=D0=BD=D0=BE=D0=B3=
=D0=BE 24 =D0=BC=D0=B5=D1=81=D0=B5=D1=86=D0=B0;
* =D1=89=D0=B5 =D0=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=89=D0=B0=D0=BC=D0=B5 =D0=
=B0=D0=BF=D0=B5=D0=BB=D0=B8 =D0=B7=D0=B0 =D0=B4=D0=B0=D1=80=D0=B5=D0=BD=D0=
=B8=D1=8F =D1=81=D0=B0=D0=BC=D0=BE =D0=BD=D0=B0 =D1=85=D0=BE=D1=80=D0=B0, =
=D0=BA=D0=BE=D0=B8=D1=82=D0=BE =D0=B8=D0=B7=D1=80=D0=B8=D1=87=D0=BD=D0=BE =
=D1=81=D0=B0 =D0=B4=D0=B0=D0=BB=D0=B8 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=
=D0=B8=D0=B5;
* =D0=BC=D0=BE=D0=B6=D0=B5=D1=82=D0=B5 =D0=BF=D0=BE =D0=B2=D1=81=D1=8F=D0=
=BA=D0=BE =D0=B2=D1=80=D0=B5=D0=BC=D0=B5 =D0=B4=D0=B0 =D0=BF=D0=BE=D0=B8=D1=
=81=D0=BA=D0=B0=D1=82=D0=B5 =D0=B4=D0=BE=D1=81=D1=82=D1=8A=D0=BF, =D0=BA=D0=
=BE=D1=80=D0=B8=D0=B3=D0=B8=D1=80=D0=B0=D0=BD=D0=B5 =D0=B8=D0=BB=D0=B8 =D0=
=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D0=BB=D0=
=B8=D1=87=D0=BD=D0=B8=D1=82=D0=B5 =D1=81=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=
=B8 =D0=BD=D0=B0 privacy@nadezhda-deca.example.bg.

=D0=9F=D1=8A=D0=BB=D0=BD=D0=B8=D1=8F=D1=82 =D1=82=D0=B5=D0=BA=D1=81=D1=82: =
https://nadezhda-deca.example.bg/poveritelnost

=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=
=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=
=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D
=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D0=B2=D0=B0=D1=82=D0=B5 =D1=82=D0=BE=
=D0=B7=D0=B8 =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB, =D0=B7=D0=B0=D1=89=D0=BE=D1=82=
=D0=BE =D1=81=D1=82=D0=B5 =D0=B0=D0=B1=D0=BE=D0=BD=D0=B8=D1=80=D0=B0=D0=BD=
=D0=B8 =D0=B7=D0=B0 =D0=BD=D0=BE=D0=B2=D0=B8=D0=BD=D0=B8=D1=82=D0=B5 =D0=BD=
=D0=B0 =D0=A4=D0=BE=D0=BD=D0=B4=D0=B0=D1=86=D0=B8=D1=8F =E2=80=9E=D0=9D=D0=
=B0=D0=B4=D0=B5=D0=B6=D0=B4=D0=B0 =D0=B7=D0=B0 =D0=B4=D0=B5=D1=86=D0=B0=D1=
=82=D0=B0=E2=80=9C.
=D0=9E=D1=82=D0=BF=D0=B8=D1=81=D0=B2=D0=B0=D0=BD=D0=B5: https://nadezhda-de=
ca.us21.list-manage.com/unsubscribe?u=3D7c1e2f9a04d3b6e58a1f&id=3D5f6a8c31e=
2&e=3Db4f0e1c2d9&c=3D0a9d3e7b21
=D0=9E=D0=B1=D0=BD=D0=BE=D0=B2=D1=8F=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =
=D0=BF=D1=80=D0=B5=D0=B4=D0=BF=D0=BE=D1=87=D0=B8=D1=82=D0=B0=D0=BD=D0=B8=D1=
=8F=D1=82=D0=B0: https://nadezhda-deca.us21.list-manage.com/profile?u=3D7c1=
e2f9a04d3b6e58a1f&id=3D5f6a8c31e2&e=3Db4f0e1c2d9

=D0=A4=D0=BE=D0=BD=D0=B4=D0=B0=D1=86=D0=B8=D1=8F =E2=80=9E=D0=9D=D0=B0=D0=
=B4=D0=B5=D0=B6=D0=B4=D0=B0 =D0=B7=D0=B0 =D0=B4=D0=B5=D1=86=D0=B0=D1=82=D0=
=B0=E2=80=9C =C2=B7 =D1=83=D0=BB. =E2=80=9E=D0=A8=D0=B8=D0=BF=D0=BA=D0=B0=
=E2=80=9C 19 =C2=B7 =D0=A1=D0=BE=D1=84=D0=B8=D1=8F 1504 =C2=B7 Bulgaria

--_----------=_MCPart_1482706153
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<!doctype html><html><head><meta charset=3D"UTF-8"><title>=D0=91=D0=BB=D0=
=B0=D0=B3=D0=BE=D0=B4=D0=B0=D1=80=D0=B8=D0=BC =D0=B2=D0=B8!</title></head><=
body style=3D"margin:0;padding:0;background:#fafafa"><table align=3D"center=
" width=3D"600" style=3D"background:#ffffff;font-family:Arial,sans-serif"><=
tr><td style=3D"padding:24px"><h1 style=3D"color:#d35400">=D0=91=D0=BB=D0=
=B0=D0=B3=D0=BE=D0=B4=D0=B0=D1=80=D0=B8=D0=BC =D0=B2=D0=B8!</h1><p>=D0=90=
=D0=BA=D1=86=D0=B8=D1=8F=D1=82=D0=B0 =E2=80=9E=D0=97=D0=B0=D0=BA=D1=80=D1=
=8A=D0=B3=D0=BB=D0=B8 =D0=B7=D0=B0 =D0=B4=D0=BE=D0=B1=D1=80=D0=BE=D1=82=D0=
=BE=E2=80=9C =D0=B2 =D0=BC=D0=B0=D0=B3=D0=B0=D0=B7=D0=B8=D0=BD=D0=B8=D1=82=
=D0=B5 Shop Example =D1=81=D1=8A=D0=B1=D1=80=D0=B0 <b>6 380 =E2=82=AC</b> =
=D0=BF=D1=80=D0=B5=D0=B7 =D0=BE=D0=BA=D1=82=D0=BE=D0=BC=D0=B2=D1=80=D0=B8.<=
/p><h2>=D0=9E=D0=B1=D0=BD=D0=BE=D0=B2=D0=B8=D1=85=D0=BC=D0=B5 =D0=BF=D0=BE=
=D0=BB=D0=B8=D1=82=D0=B8=D0=BA=D0=B0=D1=82=D0=B0 =D1=81=D0=B8 =D0=B7=D0=B0 =
=D0=BF=D0=BE=D0=B2=D0=B5=D1=80=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=BE=D1=81=D1=
=82</h2><ul><li>=D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 =D0=
=B4=D0=B0=D1=80=D0=B8=D1=82=D0=B5=D0=BB=D0=B8=D1=82=D0=B5 =D0=BE=D1=82 =D0=
=BF=D0=B0=D1=80=D1=82=D0=BD=D1=8C=D0=BE=D1=80=D1=81=D0=BA=D0=B8 =D0=BA=D0=
=B0=D0=BC=D0=BF=D0=B0=D0=BD=D0=B8=D0=B8 =D1=81=D0=B5 =D1=81=D1=8A=D1=85=D1=
=80=D0=B0=D0=BD=D1=8F=D0=B2=D0=B0=D1=82 =D0=BD=D0=B0=D0=B9-=D0=BC=D0=BD=D0=
=BE=D0=B3=D0=BE 24 =D0=BC=D0=B5=D1=81=D0=B5=D1=86=D0=B0;</li><li>=D0=B0=D0=
=BF=D0=B5=D0=BB=D0=B8 =D0=B7=D0=B0 =D0=B4=D0=B0=D1=80=D0=B5=D0=BD=D0=B8=D1=
=8F =D1=81=D0=B0=D0=BC=D0=BE =D0=BF=D1=80=D0=B8 =D0=B8=D0=B7=D1=80=D0=B8=D1=
=87=D0=BD=D0=BE =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D0=B5;</li><li>=
=D0=B4=D0=BE=D1=81=D1=82=D1=8A=D0=BF, =D0=BA=D0=BE=D1=80=D0=B8=D0=B3=D0=B8=
=D1=80=D0=B0=D0=BD=D0=B5 =D0=B8=D0=BB=D0=B8 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=
=D0=B2=D0=B0=D0=BD=D0=B5: privacy@nadezhda-deca.example.bg</li></ul><p><a h=
ref=3D"https://nadezhda-deca.example.bg/poveritelnost">=D0=9F=D1=8A=D0=BB=
=D0=BD=D0=B8=D1=8F=D1=82 =D1=82=D0=B5=D0=BA=D1=81=D1=82</a></p><p style=3D"=
font-size:11px;color:#888">=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D0=B2=D0=B0=
=D1=82=D0=B5 =D1=82=D0=BE=D0=B7=D0=B8 =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB, =D0=
=B7=D0=B0=D1=89=D0=BE=D1=82=D0=BE =D1=81=D1=82=D0=B5 =D0=B0=D0=B1=D0=BE=D0=
=BD=D0=B8=D1=80=D0=B0=D0=BD=D0=B8 =D0=B7=D0=B0 =D0=BD=D0=BE=D0=B2=D0=B8=D0=
=BD=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 =D1=84=D0=BE=D0=BD=D0=B4=D0=B0=D1=86=D0=
=B8=D1=8F=D1=82=D0=B0. <a href=3D"https://nadezhda-deca.us21.list-manage.co=
m/unsubscribe?u=3D7c1e2f9a04d3b6e58a1f&amp;id=3D5f6a8c31e2&amp;e=3Db4f0e1c2=
d9&amp;c=3D0a9d3e7b21">=D0=9E=D1=82=D0=BF=D0=B8=D1=81=D0=B2=D0=B0=D0=BD=D0=
=B5</a></p><img src=3D"https://nadezhda-deca.us21.list-manage.com/track/ope=
n.php?u=3D7c1e2f9a04d3b6e58a1f&amp;id=3D0a9d3e7b21&amp;e=3Db4f0e1c2d9" heig=
ht=3D"1" width=3D"1" alt=3D""></td></tr></table></body></html>

--_----------=_MCPart_1482706153--
'''),
    ('bg', 'consent-sync-integration-job-report', 'automated', (),
'''Return-Path: <jobs-noreply@donorlink.example.com>
Received: from smtp-eu1.donorlink.example.com (smtp-eu1.donorlink.example.com [198.51.100.99])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4d8nvQ6jTrz2aMg
        for <privacy@shop.example.be>; Mon, 16 Nov 2026 01:03:55 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=donorlink.example.com;
        s=eu1; h=from:to:subject:date:message-id:mime-version;
        bh=Qz1mK8pX4tR6nL3cB9hJ2sD5gA7uE1iO0kW6yT8rV3M=;
        b=Gn8xR5qL2vN9mP4wB1cY6hJ3sD0gA7uE2iO8kM5qV1rX4tW7yN0bC9fH2jL6pS1d
From: =?utf-8?b?RG9ub3JMaW5rIOKAkyDQuNC90YLQtdCz0YDQsNGG0LjQuA==?= <jobs-noreply@donorlink.example.com>
To: privacy@shop.example.be, crm@nadezhda-deca.example.bg
Subject: =?utf-8?b?0KHQuNC90YXRgNC+0L3QuNC30LDRhtC40Y/RgtCwINC90LAg0YHRitCz0LvQsNGB?=
 =?utf-8?b?0LjRjyDQv9GA0LjQutC70Y7Rh9C4INGBINCz0YDQtdGI0LrQuDogU2hvcCBF?=
 =?utf-8?b?eGFtcGxlIOKGkiDQpNC+0L3QtNCw0YbQuNGPIOKAntCd0LDQtNC10LbQtNCw?=
 =?utf-8?b?INC30LAg0LTQtdGG0LDRgtCw4oCcICgxIDI0NSDQt9Cw0L/QuNGB0LAp?=
Date: Mon, 16 Nov 2026 00:03:53 +0000
Message-ID: <job-88120-done.1794787433@donorlink.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-DonorLink-Job: sync-consents-88120

=D0=97=D0=B0=D0=B4=D0=B0=D1=87=D0=B0:      =D0=A1=D0=B8=D0=BD=D1=85=D1=80=
=D0=BE=D0=BD=D0=B8=D0=B7=D0=B0=D1=86=D0=B8=D1=8F =D0=BD=D0=B0 =D1=81=D1=8A=
=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D1=8F =D0=B7=D0=B0 =D0=BA=D0=BE=D0=BD=D1=82=
=D0=B0=D0=BA=D1=82
=D0=98=D0=B7=D1=82=D0=BE=D1=87=D0=BD=D0=B8=D0=BA:    Shop Example =E2=80=93=
 =D0=BF=D1=80=D0=BE=D0=B3=D1=80=D0=B0=D0=BC=D0=B0 =E2=80=9E=D0=97=D0=B0=D0=
=BA=D1=80=D1=8A=D0=B3=D0=BB=D0=B8 =D0=B7=D0=B0 =D0=B4=D0=BE=D0=B1=D1=80=D0=
=BE=D1=82=D0=BE=E2=80=9C (=D0=BA=D0=B0=D1=81=D0=B0 =D0=B8 =D0=BE=D0=BD=D0=
=BB=D0=B0=D0=B9=D0=BD)
=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB:   =D0=A4=D0=BE=D0=
=BD=D0=B4=D0=B0=D1=86=D0=B8=D1=8F =E2=80=9E=D0=9D=D0=B0=D0=B4=D0=B5=D0=B6=
=D0=B4=D0=B0 =D0=B7=D0=B0 =D0=B4=D0=B5=D1=86=D0=B0=D1=82=D0=B0=E2=80=9C =E2=
=80=93 CRM
=D0=A1=D1=82=D0=B0=D1=80=D1=82=D0=B8=D1=80=D0=B0=D0=BD=D0=B0:  16.11.2026 0=
2:00:04 (EET)
=D0=97=D0=B0=D0=B2=D1=8A=D1=80=D1=88=D0=B5=D0=BD=D0=B0:   16.11.2026 02:03:=
51 (EET)
=D0=A1=D1=82=D0=B0=D1=82=D1=83=D1=81:      =D0=97=D0=90=D0=92=D0=AA=D0=A0=
=D0=A8=D0=95=D0=9D=D0=90 =D0=A1 =D0=93=D0=A0=D0=95=D0=A8=D0=9A=D0=98

=D0=9E=D0=B1=D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=B5=D0=BD=D0=B8 =D0=B7=D0=B0=
=D0=BF=D0=B8=D1=81=D0=B8:                          1 245
=D0=9F=D1=80=D0=B5=D1=85=D0=B2=D1=8A=D1=80=D0=BB=D0=B5=D0=BD=D0=B8 =D1=81=
=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D1=8F =D0=B7=D0=B0 =D0=BA=D0=BE=D0=BD=
=D1=82=D0=B0=D0=BA=D1=82:            1 229
=D0=9E=D1=82=D1=82=D0=B5=D0=B3=D0=BB=D0=B5=D0=BD=D0=B8 =D1=81=D1=8A=D0=B3=
=D0=BB=D0=B0=D1=81=D0=B8=D1=8F (=D0=BF=D1=80=D0=B5=D0=B4=D0=B0=D0=B4=D0=B5=
=D0=BD=D0=B8 =D0=BA=D0=B0=D1=82=D0=BE =D0=BE=D1=82=D0=BA=D0=B0=D0=B7):     =
 4
=D0=9E=D1=82=D1=85=D0=B2=D1=8A=D1=80=D0=BB=D0=B5=D0=BD=D0=B8 =D0=B7=D0=B0=
=D0=BF=D0=B8=D1=81=D0=B8:                             12
  - =D0=BB=D0=B8=D0=BF=D1=81=D0=B2=D0=B0 =D0=B2=D0=B0=D0=BB=D0=B8=D0=B4=D0=
=BD=D0=BE =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D0=B5:                =
    9
  - =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D0=B5=D1=82=D0=BE =D0=B5 =D0=
=B8=D0=B7=D1=82=D0=B5=D0=BA=D0=BB=D0=BE (=D0=BD=D0=B0=D0=B4 24 =D0=BC=D0=B5=
=D1=81=D0=B5=D1=86=D0=B0):       3

=D0=9B=D0=B8=D1=87=D0=BD=D0=B8=D1=82=D0=B5 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 =
=D0=BD=D0=B0 =D0=BE=D1=82=D1=85=D0=B2=D1=8A=D1=80=D0=BB=D0=B5=D0=BD=D0=B8=
=D1=82=D0=B5 =D0=B7=D0=B0=D0=BF=D0=B8=D1=81=D0=B8 =D0=BD=D0=B5 =D1=81=D0=B0=
 =D0=BF=D1=80=D0=B5=D1=85=D0=B2=D1=8A=D1=80=D0=BB=D0=B5=D0=BD=D0=B8 =D0=BA=
=D1=8A=D0=BC =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB=D1=8F =
=D0=B8 =D1=81=D0=B0 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D1=82=D0=B8 =D0=BE=D1=82=
 =D0=BE=D0=BF=D0=B0=D1=88=D0=BA=D0=B0=D1=82=D0=B0 =D0=B7=D0=B0 =D1=81=D0=B8=
=D0=BD=D1=85=D1=80=D0=BE=D0=BD=D0=B8=D0=B7=D0=B0=D1=86=D0=B8=D1=8F. =D0=9E=
=D1=82=D1=82=D0=B5=D0=B3=D0=BB=D0=B5=D0=BD=D0=B8=D1=82=D0=B5 =D1=81=D1=8A=
=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D1=8F =D1=81=D0=B0 =D0=BE=D1=82=D0=B1=D0=B5=
=D0=BB=D1=8F=D0=B7=D0=B0=D0=BD=D0=B8 =D0=B2 CRM =D0=BD=D0=B0 =D0=BF=D0=BE=
=D0=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB=D1=8F =D0=BA=D0=B0=D1=82=D0=BE =
=E2=80=9E=D0=B1=D0=B5=D0=B7 =D0=BA=D0=BE=D0=BD=D1=82=D0=B0=D0=BA=D1=82=E2=
=80=9C.

=D0=9F=D0=BE=D0=B4=D1=80=D0=BE=D0=B1=D0=B5=D0=BD =D0=B4=D0=BD=D0=B5=D0=B2=
=D0=BD=D0=B8=D0=BA (=D0=B1=D0=B5=D0=B7 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=
=B4=D0=B0=D0=BD=D0=BD=D0=B8): https://app.donorlink.example.com/jobs/88120/=
log
=D0=A1=D0=BB=D0=B5=D0=B4=D0=B2=D0=B0=D1=89=D0=B0 =D1=81=D0=B8=D0=BD=D1=85=
=D1=80=D0=BE=D0=BD=D0=B8=D0=B7=D0=B0=D1=86=D0=B8=D1=8F: 23.11.2026 02:00 (E=
ET)

=D0=A2=D0=BE=D0=B2=D0=B0 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5 =D0=B5 =D0=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE =D0=B0=
=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE =D0=BE=D1=82 D=
onorLink. =D0=9D=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=D1=80=D1=8F=D0=
=B9=D1=82=D0=B5 =D0=BD=D0=B0 =D0=BD=D0=B5=D0=B3=D0=BE.
'''),
    ('bg', 'person-phone-disclaimer-fixes-name-on-tax-receipt', 'correction', (),
'''Return-Path: <m.petrova@stroyinvest-bg.example.bg>
Received: from mail.stroyinvest-bg.example.bg (mail.stroyinvest-bg.example.bg [203.0.113.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4d9qwR1kVsz6bNh
        for <privacy@shop.example.be>; Fri, 20 Nov 2026 07:12:50 +0100 (CET)
Received: from [10.12.0.57] (unknown [10.12.0.57])
        by mail.stroyinvest-bg.example.bg (Postfix) with ESMTPSA id 7B21C3F0A2
        for <privacy@shop.example.be>; Fri, 20 Nov 2026 08:12:47 +0200 (EET)
Date: Fri, 20 Nov 2026 08:12:44 +0200
Subject: =?utf-8?b?RndkOiDQo9C00L7RgdGC0L7QstC10YDQtdC90LjQtSDQt9CwINC00LDRgNC10L0=?=
 =?utf-8?b?0LjQtSDihJYg0JTQoC0yMDI2LTA5MTI=?=
Message-ID: <4e9b1c2d-7a3f-4b85-a0d6-3c8e2f1b9a47@email.android.com>
Importance: normal
From: =?utf-8?b?0JzQsNGA0LjRjyDQn9C10YLRgNC+0LLQsA==?= <m.petrova@stroyinvest-bg.example.bg>
To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--_com.samsung.android.email_2619743857294640"

----_com.samsung.android.email_2619743857294640
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0L/QvtC70YPRh9C40YUg0LTQvtC70L3QvtGC0L4g0YPQtNC+
0YHRgtC+0LLQtdGA0LXQvdC40LUg0LfQsCDQtNCw0YDQtdC90LjQtdGC0L4g0LzQuCDQsiDQvNCw
0LPQsNC30LjQvdCwLCDQvdC+INC00LDQvdC90LjRgtC1INCyINC90LXQs9C+INGB0LAg0LPRgNC1
0YjQvdC4OgotINC40LzQtdGC0L4g0LzQuCDQtSDQuNC30L/QuNGB0LDQvdC+IOKAntCc0LDRgNC4
0Y8g0J/QtdGC0YDQvtCy4oCcLCDQsCDRgtGA0Y/QsdCy0LAg0LTQsCDQtSDigJ7QnNCw0YDQuNGP
INCY0LLQsNC90L7QstCwINCf0LXRgtGA0L7QstCw4oCcOwotINCyINCV0JPQnS3RgtC+INC/0L7R
gdC70LXQtNC90LjRgtC1INC00LLQtSDRhtC40YTRgNC4INGB0LAg0YDQsNC30LzQtdC90LXQvdC4
IOKAkyDRgtGA0Y/QsdCy0LAg0LTQsCDQt9Cw0LLRitGA0YjQstCwINC90LAgNDcsINCwINC90LUg
0L3QsCA3NC4KCtCc0L7Qu9GPLCDQutC+0YDQuNCz0LjRgNCw0LnRgtC1INC00LDQvdC90LjRgtC1
INCyINGB0LjRgdGC0LXQvNCw0YLQsCDRgdC4INC4INC80Lgg0LjQt9C/0YDQsNGC0LXRgtC1INC9
0L7QstC+INGD0LTQvtGB0YLQvtCy0LXRgNC10L3QuNC1LCDQt9CwINC00LAg0LzQvtCz0LAg0LTQ
sCDQv9C+0LvQt9Cy0LDQvCDQtNCw0L3RitGH0L3QvtGC0L4g0L7QsdC70LXQutGH0LXQvdC40LUu
CgrQkdC70LDQs9C+0LTQsNGA0Y8sCtCc0LDRgNC40Y8g0J/QtdGC0YDQvtCy0LAKCtCY0LfQv9GA
0LDRgtC10L3QviDQvtGCINC80L7RjyDRgdC80LDRgNGC0YTQvtC9IEdhbGF4eS4KCi0tCtCc0LDR
gNC40Y8g0J/QtdGC0YDQvtCy0LAK0JPQu9Cw0LLQtdC9INGB0YfQtdGC0L7QstC+0LTQuNGC0LXQ
uyB8INCh0YLRgNC+0LnQuNC90LLQtdGB0YIg0JHQkyDQldCe0J7QlArQsdGD0LsuIOKAntCR0YrQ
u9Cz0LDRgNC40Y/igJwgMTE4LCDQtdGCLiA1LCAxNjE4INCh0L7RhNC40Y8K0YLQtdC7LjogKzM1
OSAyIDk1NSA0MSAyMCB8INC80L7QsS46ICszNTkgODcgNzMzIDE5MDQKCtCf0J7QktCV0KDQmNCi
0JXQm9Cd0J7QodCiOiDQotC+0LLQsCDQtdC70LXQutGC0YDQvtC90L3QviDRgdGK0L7QsdGJ0LXQ
vdC40LUg0Lgg0LLRgdC40YfQutC4INC/0YDQuNC60LDRh9C10L3QuCDQutGK0Lwg0L3QtdCz0L4g
0YTQsNC50LvQvtCy0LUg0YHQsCDQv9C+0LLQtdGA0LjRgtC10LvQvdC4INC4INGB0LAg0L/RgNC1
0LTQvdCw0LfQvdCw0YfQtdC90Lgg0LXQtNC40L3RgdGC0LLQtdC90L4g0LfQsCDQu9C40YbQtdGC
0L4g0LjQu9C4INC+0YDQs9Cw0L3QuNC30LDRhtC40Y/RgtCwLCDQtNC+INC60L7QuNGC0L4g0YHQ
sCDQsNC00YDQtdGB0LjRgNCw0L3QuC4g0JDQutC+INGB0YLQtSDQv9C+0LvRg9GH0LjQu9C4INGC
0L7QstCwINGB0YrQvtCx0YnQtdC90LjQtSDQv9C+INCz0YDQtdGI0LrQsCwg0LzQvtC70Y8sINGD
0LLQtdC00L7QvNC10YLQtSDQvdC10LfQsNCx0LDQstC90L4g0L/QvtC00LDRgtC10LvRjyDQuCDQ
s9C+INC40LfRgtGA0LjQudGC0LUg0L7RgiDRgdC40YHRgtC10LzQsNGC0LAg0YHQuC4g0JLRgdGP
0LrQviDQvdC10YDQsNC30YDQtdGI0LXQvdC+INC40LfQv9C+0LvQt9Cy0LDQvdC1LCDRgNCw0LfQ
v9GA0L7RgdGC0YDQsNC90LXQvdC40LUsINC60L7Qv9C40YDQsNC90LUg0LjQu9C4INGA0LDQt9C6
0YDQuNCy0LDQvdC1INC90LAg0YHRitC00YrRgNC20LDQvdC40LXRgtC+INC80YMg0LUg0LfQsNCx
0YDQsNC90LXQvdC+LiDQodGC0YDQvtC50LjQvdCy0LXRgdGCINCR0JMg0JXQntCe0JQg0L3QtSDQ
vdC+0YHQuCDQvtGC0LPQvtCy0L7RgNC90L7RgdGCINC30LAg0LLRgNC10LTQuCwg0L/RgNC40YfQ
uNC90LXQvdC4INC+0YIg0LLQuNGA0YPRgdC4LCDQv9GA0LXQvdC10YHQtdC90Lgg0YEg0YLQvtCy
0LAg0YHRitC+0LHRidC10L3QuNC1LgoKQ09ORklERU5USUFMSVRZIE5PVElDRTogVGhpcyBlLW1h
aWwgYW5kIGFueSBhdHRhY2htZW50cyBhcmUgY29uZmlkZW50aWFsIGFuZCBpbnRlbmRlZCBzb2xl
bHkgZm9yIHRoZSBhZGRyZXNzZWUuIElmIHlvdSBoYXZlIHJlY2VpdmVkIHRoaXMgbWVzc2FnZSBp
biBlcnJvciwgcGxlYXNlIG5vdGlmeSB0aGUgc2VuZGVyIGltbWVkaWF0ZWx5IGFuZCBkZWxldGUg
aXQuIEFueSB1bmF1dGhvcmlzZWQgdXNlLCBkaXNjbG9zdXJlIG9yIGNvcHlpbmcgaXMgcHJvaGli
aXRlZC4gU3Ryb3lpbnZlc3QgQkcgRU9PRCBhY2NlcHRzIG5vIGxpYWJpbGl0eSBmb3IgZGFtYWdl
IGNhdXNlZCBieSB2aXJ1c2VzIHRyYW5zbWl0dGVkIGJ5IHRoaXMgZS1tYWlsLgoKCi0tLS0tLS0t
INCe0YDQuNCz0LjQvdCw0LvQvdC+INGB0YrQvtCx0YnQtdC90LjQtSAtLS0tLS0tLQrQntGCOiBT
aG9wIEV4YW1wbGUg4oCTINCU0LDRgNC10L3QuNGPIDxkb25hdGlvbnMtbm9yZXBseUBzaG9wLmV4
YW1wbGUuYmU+CtCU0LDRgtCwOiAxOC4xMS4yNiDQsy4gMTQ6MzAgKEdNVCswMjowMCkK0JTQvjog
bS5wZXRyb3ZhQHN0cm95aW52ZXN0LWJnLmV4YW1wbGUuYmcK0KLQtdC80LA6INCj0LTQvtGB0YLQ
vtCy0LXRgNC10L3QuNC1INC30LAg0LTQsNGA0LXQvdC40LUg4oSWINCU0KAtMjAyNi0wOTEyCgrQ
o9Cy0LDQttCw0LXQvNC4INC00LDRgNC40YLQtdC70Y4sCgrQsdC70LDQs9C+0LTQsNGA0LjQvCDQ
ktC4INC30LAg0LTQsNGA0LXQvdC40LXRgtC+INCyINC/0L7Qu9C30LAg0L3QsCDQpNC+0L3QtNCw
0YbQuNGPIOKAntCd0LDQtNC10LbQtNCwINC30LAg0LTQtdGG0LDRgtCw4oCcLCDQvdCw0L/RgNCw
0LLQtdC90L4g0YfRgNC10Lcg0L/RgNC+0LPRgNCw0LzQsNGC0LAg4oCe0JfQsNC60YDRitCz0LvQ
uCDQt9CwINC00L7QsdGA0L7RgtC+4oCcLgoK0KPQtNC+0YHRgtC+0LLQtdGA0LXQvdC40LUg4oSW
OiAg0JTQoC0yMDI2LTA5MTIK0JTQsNGA0LjRgtC10Ls6ICAgICAgICAgINCc0LDRgNC40Y8g0J/Q
tdGC0YDQvtCyCtCV0JPQnTogICAgICAgICAgICAgICoqKioqKjEyNzQK0KHRg9C80LA6ICAgICAg
ICAgICAgIDI1LDAwIOKCrArQlNCw0YLQsDogICAgICAgICAgICAgMTQuMTEuMjAyNgrQn9C+0LvR
g9GH0LDRgtC10Ls6ICAgICAgICDQpNC+0L3QtNCw0YbQuNGPIOKAntCd0LDQtNC10LbQtNCwINC3
0LAg0LTQtdGG0LDRgtCw4oCcCgrQo9C00L7RgdGC0L7QstC10YDQtdC90LjQtdGC0L4g0LzQvtC2
0LUg0LTQsCDQsdGK0LTQtSDQuNC30L/QvtC70LfQstCw0L3QviDQt9CwINC00LDQvdGK0YfQvdC+
INC+0LHQu9C10LrRh9C10L3QuNC1INC/0L4g0JfQlNCU0KTQmy4g0JrQvtC/0LjQtSDQtSDQv9GA
0LjQutCw0YfQtdC90L4g0LrRitC8INC/0YDQvtGE0LjQu9CwINCS0Lgg0LIg0L/RgNC40LvQvtC2
0LXQvdC40LXRgtC+IFNob3AgRXhhbXBsZS4KCtCi0L7QstCwINC1INCw0LLRgtC+0LzQsNGC0LjR
h9C90L4g0LPQtdC90LXRgNC40YDQsNC90L4g0YHRitC+0LHRidC10L3QuNC1LiDQnNC+0LvRjywg
0L3QtSDQvtGC0LPQvtCy0LDRgNGP0LnRgtC1Lg==

----_com.samsung.android.email_2619743857294640
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9VVRGLTgiPjwvaGVhZD48Ym9keT48ZGl2IGRpcj0iYXV0byI+0JfQtNGA
0LDQstC10LnRgtC1LDwvZGl2PjxkaXYgZGlyPSJhdXRvIj48YnI+PC9kaXY+PGRpdiBkaXI9ImF1
dG8iPtC/0L7Qu9GD0YfQuNGFINC00L7Qu9C90L7RgtC+INGD0LTQvtGB0YLQvtCy0LXRgNC10L3Q
uNC1INC30LAg0LTQsNGA0LXQvdC40LXRgtC+INC80Lgg0LIg0LzQsNCz0LDQt9C40L3QsCwg0L3Q
viDQtNCw0L3QvdC40YLQtSDQsiDQvdC10LPQviDRgdCwINCz0YDQtdGI0L3QuDo8L2Rpdj48ZGl2
IGRpcj0iYXV0byI+LSDQuNC80LXRgtC+INC80Lgg0LUg0LjQt9C/0LjRgdCw0L3QviDigJ7QnNCw
0YDQuNGPINCf0LXRgtGA0L7QsuKAnCwg0LAg0YLRgNGP0LHQstCwINC00LAg0LUg4oCe0JzQsNGA
0LjRjyDQmNCy0LDQvdC+0LLQsCDQn9C10YLRgNC+0LLQsOKAnDs8L2Rpdj48ZGl2IGRpcj0iYXV0
byI+LSDQsiDQldCT0J0t0YLQviDQv9C+0YHQu9C10LTQvdC40YLQtSDQtNCy0LUg0YbQuNGE0YDQ
uCDRgdCwINGA0LDQt9C80LXQvdC10L3QuCDigJMg0YLRgNGP0LHQstCwINC00LAg0LfQsNCy0YrR
gNGI0LLQsCDQvdCwIDQ3LCDQsCDQvdC1INC90LAgNzQuPC9kaXY+PGRpdiBkaXI9ImF1dG8iPjxi
cj48L2Rpdj48ZGl2IGRpcj0iYXV0byI+0JzQvtC70Y8sINC60L7RgNC40LPQuNGA0LDQudGC0LUg
0LTQsNC90L3QuNGC0LUg0LIg0YHQuNGB0YLQtdC80LDRgtCwINGB0Lgg0Lgg0LzQuCDQuNC30L/R
gNCw0YLQtdGC0LUg0L3QvtCy0L4g0YPQtNC+0YHRgtC+0LLQtdGA0LXQvdC40LUsINC30LAg0LTQ
sCDQvNC+0LPQsCDQtNCwINC/0L7Qu9C30LLQsNC8INC00LDQvdGK0YfQvdC+0YLQviDQvtCx0LvQ
tdC60YfQtdC90LjQtS48L2Rpdj48ZGl2IGRpcj0iYXV0byI+PGJyPjwvZGl2PjxkaXYgZGlyPSJh
dXRvIj7QkdC70LDQs9C+0LTQsNGA0Y8sPGJyPtCc0LDRgNC40Y8g0J/QtdGC0YDQvtCy0LA8L2Rp
dj48ZGl2IGRpcj0iYXV0byI+PGJyPjwvZGl2PjxkaXYgZGlyPSJhdXRvIj7QmNC30L/RgNCw0YLQ
tdC90L4g0L7RgiDQvNC+0Y8g0YHQvNCw0YDRgtGE0L7QvSBHYWxheHkuPC9kaXY+PGRpdj4tLTxi
cj7QnNCw0YDQuNGPINCf0LXRgtGA0L7QstCwPGJyPtCT0LvQsNCy0LXQvSDRgdGH0LXRgtC+0LLQ
vtC00LjRgtC10LsgfCDQodGC0YDQvtC50LjQvdCy0LXRgdGCINCR0JMg0JXQntCe0JQ8YnI+0LHR
g9C7LiDigJ7QkdGK0LvQs9Cw0YDQuNGP4oCcIDExOCwg0LXRgi4gNSwgMTYxOCDQodC+0YTQuNGP
PGJyPtGC0LXQuy46ICszNTkgMiA5NTUgNDEgMjAgfCDQvNC+0LEuOiArMzU5IDg3IDczMyAxOTA0
PC9kaXY+PHAgc3R5bGU9ImZvbnQtc2l6ZTo5cHg7Y29sb3I6Izc3NyI+0J/QntCS0JXQoNCY0KLQ
ldCb0J3QntCh0KI6INCi0L7QstCwINC10LvQtdC60YLRgNC+0L3QvdC+INGB0YrQvtCx0YnQtdC9
0LjQtSDQuCDQstGB0LjRh9C60Lgg0L/RgNC40LrQsNGH0LXQvdC4INC60YrQvCDQvdC10LPQviDR
hNCw0LnQu9C+0LLQtSDRgdCwINC/0L7QstC10YDQuNGC0LXQu9C90Lgg0Lgg0YHQsCDQv9GA0LXQ
tNC90LDQt9C90LDRh9C10L3QuCDQtdC00LjQvdGB0YLQstC10L3QviDQt9CwINC70LjRhtC10YLQ
viDQuNC70Lgg0L7RgNCz0LDQvdC40LfQsNGG0LjRj9GC0LAsINC00L4g0LrQvtC40YLQviDRgdCw
INCw0LTRgNC10YHQuNGA0LDQvdC4LiDQkNC60L4g0YHRgtC1INC/0L7Qu9GD0YfQuNC70Lgg0YLQ
vtCy0LAg0YHRitC+0LHRidC10L3QuNC1INC/0L4g0LPRgNC10YjQutCwLCDQvNC+0LvRjywg0YPQ
stC10LTQvtC80LXRgtC1INC90LXQt9Cw0LHQsNCy0L3QviDQv9C+0LTQsNGC0LXQu9GPINC4INCz
0L4g0LjQt9GC0YDQuNC50YLQtSDQvtGCINGB0LjRgdGC0LXQvNCw0YLQsCDRgdC4LiDQktGB0Y/Q
utC+INC90LXRgNCw0LfRgNC10YjQtdC90L4g0LjQt9C/0L7Qu9C30LLQsNC90LUsINGA0LDQt9C/
0YDQvtGB0YLRgNCw0L3QtdC90LjQtSwg0LrQvtC/0LjRgNCw0L3QtSDQuNC70Lgg0YDQsNC30LrR
gNC40LLQsNC90LUg0L3QsCDRgdGK0LTRitGA0LbQsNC90LjQtdGC0L4g0LzRgyDQtSDQt9Cw0LHR
gNCw0L3QtdC90L4uPGJyPkNPTkZJREVOVElBTElUWSBOT1RJQ0U6IFRoaXMgZS1tYWlsIGFuZCBh
bnkgYXR0YWNobWVudHMgYXJlIGNvbmZpZGVudGlhbCBhbmQgaW50ZW5kZWQgc29sZWx5IGZvciB0
aGUgYWRkcmVzc2VlLiBJZiB5b3UgaGF2ZSByZWNlaXZlZCB0aGlzIG1lc3NhZ2UgaW4gZXJyb3Is
IHBsZWFzZSBub3RpZnkgdGhlIHNlbmRlciBpbW1lZGlhdGVseSBhbmQgZGVsZXRlIGl0LjwvcD48
ZGl2Pi0tLS0tLS0tINCe0YDQuNCz0LjQvdCw0LvQvdC+INGB0YrQvtCx0YnQtdC90LjQtSAtLS0t
LS0tLTxicj7QntGCOiBTaG9wIEV4YW1wbGUg4oCTINCU0LDRgNC10L3QuNGPICZsdDtkb25hdGlv
bnMtbm9yZXBseUBzaG9wLmV4YW1wbGUuYmUmZ3Q7PGJyPtCU0LDRgtCwOiAxOC4xMS4yNiDQsy4g
MTQ6MzAgKEdNVCswMjowMCk8YnI+0JTQvjogbS5wZXRyb3ZhQHN0cm95aW52ZXN0LWJnLmV4YW1w
bGUuYmc8YnI+0KLQtdC80LA6INCj0LTQvtGB0YLQvtCy0LXRgNC10L3QuNC1INC30LAg0LTQsNGA
0LXQvdC40LUg4oSWINCU0KAtMjAyNi0wOTEyPGJyPjxicj7Qo9Cy0LDQttCw0LXQvNC4INC00LDR
gNC40YLQtdC70Y4sPGJyPjxicj7QsdC70LDQs9C+0LTQsNGA0LjQvCDQktC4INC30LAg0LTQsNGA
0LXQvdC40LXRgtC+INCyINC/0L7Qu9C30LAg0L3QsCDQpNC+0L3QtNCw0YbQuNGPIOKAntCd0LDQ
tNC10LbQtNCwINC30LAg0LTQtdGG0LDRgtCw4oCcLCDQvdCw0L/RgNCw0LLQtdC90L4g0YfRgNC1
0Lcg0L/RgNC+0LPRgNCw0LzQsNGC0LAg4oCe0JfQsNC60YDRitCz0LvQuCDQt9CwINC00L7QsdGA
0L7RgtC+4oCcLjxicj48YnI+0KPQtNC+0YHRgtC+0LLQtdGA0LXQvdC40LUg4oSWOiDQlNCgLTIw
MjYtMDkxMjxicj7QlNCw0YDQuNGC0LXQuzog0JzQsNGA0LjRjyDQn9C10YLRgNC+0LI8YnI+0JXQ
k9CdOiAqKioqKioxMjc0PGJyPtCh0YPQvNCwOiAyNSwwMCDigqw8YnI+0JTQsNGC0LA6IDE0LjEx
LjIwMjY8YnI+PGJyPtCi0L7QstCwINC1INCw0LLRgtC+0LzQsNGC0LjRh9C90L4g0LPQtdC90LXR
gNC40YDQsNC90L4g0YHRitC+0LHRidC10L3QuNC1LiDQnNC+0LvRjywg0L3QtSDQvtGC0LPQvtCy
0LDRgNGP0LnRgtC1LjwvZGl2PjwvYm9keT48L2h0bWw+

----_com.samsung.android.email_2619743857294640--
'''),
]

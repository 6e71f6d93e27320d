"""Seventy-second set: robot mail of the systems around the takeover of the regional chain Hallemarkt by Shop Example (data-migration batch reports and onboarding notices, the old FidelPoint loyalty platform's sunset mails, franchise back-office reports, the new CRM, loyalty platform, payment provider and outsourced customer-service centre's welcome, status and ticket mails, bounces of the old hallemarkt.example domain, auto-replies of closed stores), plus people whose mail looks automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the rules."""

ROBOTS = [
    ('pl', 'migration-contractor-batch-report-loyalty-cards-rejected-consents', 'automated', (),
'''Return-Path: <raporty@migradata.example>
Received: from smtp2.migradata.example (smtp2.migradata.example [203.0.113.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd2Hq7Wz3z6p1Lm
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 06:02:19 +0200 (CEST)
Received: from etl-runner-03.krk.migradata.local (etl-runner-03 [10.40.2.13])
        by smtp2.migradata.example (Postfix) with ESMTP id 7A1C22E0411
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 06:02:17 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=migradata.example;
	s=mail2024; t=1776139337; h=from:to:cc:subject:date:message-id;
	bh=Jk4nR7tW2yB9cE1fH5mP0qS3uV6xZ8aD2gK4lN7oQ1r=;
	b=Xa7Lm2Pq9Rt4Vw1Yz6Bc3De8Fg0Hj5Kl2Mn7Op4Qr9St1Uv6Wx3Ya8Zb5Cd0Ef2Gh
From: MigraData ETL <raporty@migradata.example>
To: migracja-hallemarkt@migradata.example
Cc: privacy@shop.example.be, it-projekt@shop.example.be
Subject: [HM-MIGR] Raport partii 07/12 - karty lojalnosciowe HalleCard - zakonczono z ostrzezeniami
Date: Tue, 14 Apr 2026 04:02:15 +0000
Message-ID: <etl.hm-migr.batch07.20260414040215@etl-runner-03.krk.migradata.local>
X-Mailer: MigraData Pipeline Notifier 3.2
X-MD-Project: HM-2026-BE
X-MD-Job: hallecard_to_shopexample_loyalty
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_MD_Part_0714_88213"

------=_MD_Part_0714_88213
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

PROJEKT:   HM-2026-BE  (Hallemarkt -> Shop Example)
ZADANIE:   hallecard_to_shopexample_loyalty
PARTIA:    07/12  (karty HC-0600000 .. HC-0699999)
START:     2026-04-14 03:10:02 CEST
KONIEC:    2026-04-14 06:01:48 CEST
STATUS:    ZAKOŃCZONO Z OSTRZEŻENIAMI

Podsumowanie
------------
Rekordy wejściowe (FidelPoint export):        41 806
Przeniesione do Loyaltix:                     39 977
Odrzucone - brak zgody na przeniesienie:       1 214
Odrzucone - konto oznaczone do usunięcia:        388
Odrzucone - duplikat adresu e-mail:              201
Odrzucone - błędny format daty urodzenia:         26

Zgody marketingowe
------------------
Zgody e-mail przeniesione bez zmian:          22 403
Zgody SMS przeniesione bez zmian:              9 117
Zgody wygasłe (starsze niż 24 mies.) - NIE przeniesiono:  3 580

Uwagi
-----
1. Zgodnie z ustaleniami z Inspektorem Ochrony Danych Shop Example rekordy
   oznaczone w FidelPoint jako "wniosek o usunięcie w toku" nie zostały
   przeniesione i zostaną trwale usunięte razem z instancją źródłową
   po wyłączeniu FidelPoint (planowo 30.06.2026).
2. 26 rekordów z błędną datą urodzenia przeniesiono do kolejki ręcznej
   korekty (HM-MIGR-Q-07). Lista dostępna w portalu projektu.
3. Plik z identyfikatorami odrzuconych kart (bez danych osobowych)
   znajduje się w katalogu /outbound/batch07/ na serwerze SFTP.

Następna partia: 08/12, planowy start 2026-04-15 03:10 CEST.

--
Wiadomość wygenerowana automatycznie przez MigraData Pipeline Notifier.
Prosimy nie odpowiadać na tę wiadomość. W sprawach projektu:
kierownik projektu Agnieszka Wróblewska, +48 12 395 40 18.
MigraData sp. z o.o., ul. Zabłocie 23, 30-701 Kraków, KRS 0000712240

------=_MD_Part_0714_88213
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Consolas,monospace;font-size:12px">
<h3 style="color:#a15c00">HM-2026-BE &middot; partia 07/12 &middot; ZAKOŃCZONO Z OSTRZEŻENIAMI</h3>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td>Rekordy wejściowe</td><td align="right">41 806</td></tr>
<tr><td>Przeniesione do Loyaltix</td><td align="right">39 977</td></tr>
<tr><td>Odrzucone &ndash; brak zgody na przeniesienie</td><td align="right">1 214</td></tr>
<tr><td>Odrzucone &ndash; konto oznaczone do usunięcia</td><td align="right">388</td></tr>
<tr><td>Odrzucone &ndash; duplikat e-mail</td><td align="right">201</td></tr>
<tr><td>Odrzucone &ndash; data urodzenia</td><td align="right">26</td></tr>
</table>
<p>Zgody wygasłe (starsze niż 24 mies.) nie zostały przeniesione: 3 580.</p>
<p style="color:#777">Wiadomość wygenerowana automatycznie &ndash; prosimy nie odpowiadać.</p>
</body></html>
------=_MD_Part_0714_88213--
'''),
    ('pl', 'fidelpoint-sunset-notice-points-expire-forwarded-old-privacy-address', 'automated', (),
'''Return-Path: <bounce-mc.us21_88213407.1140-privacy=hallemarkt.example@mail241.suw11.mcdlv.example>
Received: from mail241.suw11.mcdlv.example (mail241.suw11.mcdlv.example [198.2.185.241])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf0Zt2Lm8z6p3Qs
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 11:30:44 +0200 (CEST)
X-Original-To: privacy@hallemarkt.example
Delivered-To: privacy@shop.example.be
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=fidelpoint.example;
	s=k2; t=1776850240; h=from:reply-to:to:subject:date:message-id:list-unsubscribe;
	bh=Hr5Lp8Vw2Tz0Xb4Nc7Qd1Kf6Gj9Sm3Ya5Ue8Ri2Oo4=;
	b=Mn3Bv8Cx1Zl6Kj0Hg5Fd2Sa9Po4Iu7Yt2Re5Wq8Ma1Ns6Db3Fg0Hj7Kl4Zx9Cv2Bn
From: FidelPoint <powiadomienia@fidelpoint.example>
Reply-To: FidelPoint <no-reply@fidelpoint.example>
To: <privacy@hallemarkt.example>
Subject: =?utf-8?Q?Program_HalleCard_ko=C5=84czy_dzia=C5=82alno=C5=9B=C4=87_30_czerwca_?=
 =?utf-8?Q?=E2=80=93_wykorzystaj_swoje_punkty?=
Date: Wed, 22 Apr 2026 09:30:40 +0000
Message-ID: <20260422093040.88213407.1140@mail241.suw11.mcdlv.example>
List-Unsubscribe: <https://fidelpoint.us21.list-manage.example/unsubscribe?u=5e1f&id=7a0c&e=a1b2c3>, <mailto:unsub-1140@fidelpoint.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Feedback-ID: 21:21-88213407:us21:mc
X-MC-User: 5e1f8a02c64d9b3710e4
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_MCPart_1776850240"

--_----------=_MCPart_1776850240
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Szanowna Klientko, Szanowny Kliencie,

po przej=C4=99ciu sieci Hallemarkt przez Shop Example program lojalno=C5=9B=
ciowy
HalleCard prowadzony na platformie FidelPoint zako=C5=84czy dzia=C5=82alno=
=C5=9B=C4=87
30 czerwca 2026 r.

Co to oznacza dla Ciebie?

* Punkty zebrane do 31 maja 2026 r. mo=C5=BCesz wymieni=C4=87 na bony w skl=
epach
  Hallemarkt lub Shop Example do 30 czerwca 2026 r.
* Je=C5=9Bli wyrazi=C5=82e=C5=9B(-a=C5=9B) zgod=C4=99 na przeniesienie kont=
a, Twoja karta zostanie
  automatycznie przeniesiona do programu Shop Example Plus. Nie musisz nic
  robi=C4=87.
* Je=C5=9Bli nie wyrazi=C5=82e=C5=9B(-a=C5=9B) zgody, Twoje konto HalleCard=
 i dane z nim
  zwi=C4=85zane zostan=C4=85 usuni=C4=99te po 30 czerwca 2026 r. Niewykorzy=
stane punkty
  przepadn=C4=85.

Stan Twojego konta (na dzie=C5=84 21.04.2026)
Numer karty: HC-****-1140
Punkty: 0

Masz prawo dost=C4=99pu do swoich danych, ich sprostowania, usuni=C4=99cia,
ograniczenia przetwarzania oraz prawo sprzeciwu. Mo=C5=BCesz te=C5=BC w ka=
=C5=BCdej chwili
cofn=C4=85=C4=87 zgod=C4=99 na przeniesienie konta w ustawieniach profilu:
https://moje.fidelpoint.example/hallecard/profil

Otrzymujesz t=C4=99 wiadomo=C5=9B=C4=87, poniewa=C5=BC adres privacy@hallem=
arkt.example jest
zarejestrowany w programie HalleCard.
Wypisz si=C4=99 z listy: https://fidelpoint.us21.list-manage.example/unsubs=
cribe?u=3D5e1f&id=3D7a0c

FidelPoint BV, Brusselsesteenweg 412, 9050 Gent

--_----------=_MCPart_1776850240
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!doctype html><html><body style=3D"margin:0;background:#f3efe6">
<table width=3D"600" align=3D"center" style=3D"background:#fff;font-family:=
Helvetica,Arial,sans-serif">
<tr><td style=3D"background:#7b2d26;color:#fff;padding:18px;font-size:22px"=
>HalleCard &rarr; Shop Example Plus</td></tr>
<tr><td style=3D"padding:18px;font-size:14px;line-height:1.5">
<p>Szanowna Klientko, Szanowny Kliencie,</p>
<p>program lojalno=C5=9Bciowy <b>HalleCard</b> ko=C5=84czy dzia=C5=82alno=
=C5=9B=C4=87 <b>30 czerwca 2026 r.</b></p>
<ul><li>Punkty wymienisz na bony do 30.06.2026.</li>
<li>Za Twoj=C4=85 zgod=C4=85 karta przejdzie automatycznie do Shop Example =
Plus.</li>
<li>Bez zgody konto zostanie usuni=C4=99te po 30.06.2026.</li></ul>
<p>Numer karty: HC-****-1140 &middot; Punkty: 0</p>
<p style=3D"font-size:11px;color:#888">Prawo dost=C4=99pu, sprostowania, us=
uni=C4=99cia, ograniczenia i sprzeciwu.
<a href=3D"https://fidelpoint.us21.list-manage.example/unsubscribe?u=3D5e1f=
&amp;id=3D7a0c">Wypisz si=C4=99</a></p>
</td></tr></table>
<img src=3D"https://fidelpoint.us21.list-manage.example/track/open.php?u=3D=
5e1f&amp;id=3D7a0c&amp;e=3Da1b2c3" width=3D"1" height=3D"1" alt=3D"">
</body></html>

--_----------=_MCPart_1776850240--
'''),
    ('pl', 'mailbox-full-bounce-polish-provider-reply-about-hallecard-transfer', 'automated', (),
'''Return-Path: <>
Received: from mx.poczta-pl.example (mx.poczta-pl.example [193.17.41.80])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kg3Np1Xr5z6p4Tw
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 14:48:02 +0200 (CEST)
Date: Mon, 27 Apr 2026 14:48:01 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mx.poczta-pl.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Niedostarczona_wiadomo=C5=9B=C4=87?= (Undelivered Mail)
Message-ID: <bounce.20260427124801.55F1A3C@mx.poczta-pl.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="55F1A3C.1777294081/mx.poczta-pl.example"

--55F1A3C.1777294081/mx.poczta-pl.example
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Witaj,

to jest automatyczna wiadomość z serwera pocztowego mx.poczta-pl.example.

Twoja wiadomość nie mogła zostać dostarczona do poniższego adresata,
ponieważ jego skrzynka pocztowa jest przepełniona. Adresat może zwolnić
miejsce i wiadomość zostanie przyjęta przy kolejnej próbie wysłania.

   <bozena.kaczmarek71@poczta-pl.example>: skrzynka przepełniona
   (przekroczony limit 1024 MB)

This is an automatically generated message. Your message could not be
delivered because the recipient's mailbox is full.

--55F1A3C.1777294081/mx.poczta-pl.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.poczta-pl.example
X-Postfix-Queue-ID: 55F1A3C
Arrival-Date: Mon, 27 Apr 2026 14:47:59 +0200 (CEST)

Final-Recipient: rfc822; bozena.kaczmarek71@poczta-pl.example
Original-Recipient: rfc822;bozena.kaczmarek71@poczta-pl.example
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox is full (quota exceeded)

--55F1A3C.1777294081/mx.poczta-pl.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: Shop Example - Ochrona danych <privacy@shop.example.be>
To: =?utf-8?Q?Bo=C5=BCena_Kaczmarek?= <bozena.kaczmarek71@poczta-pl.example>
Subject: =?utf-8?Q?Re:_Karta_HalleCard_-_przeniesienie_danych_=5BPRIV-2026-0931=5D?=
Date: Mon, 27 Apr 2026 14:47:58 +0200
Message-ID: <a7f3c2e1-0931-priv@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--55F1A3C.1777294081/mx.poczta-pl.example--
'''),
    ('pl', 'new-webshop-account-migrated-set-password-notice', 'automated', (),
'''Return-Path: <0102018f2a1b3c4d-ae11-4c2b-9f01-7d3e5a6b8c90-000000@eu-west-1.amazonses.example>
Received: from a7-21.smtp-out.eu-west-1.amazonses.example (a7-21.smtp-out.eu-west-1.amazonses.example [54.240.7.21])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh1Qr8Vb2z6p5Xy
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 08:15:37 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=shopx2025; d=accounts.shop.example.be; t=1777529735;
	h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;
	bh=Wq7Ek2Ry5Tu8Io1Pa4Sd7Fg0Hj3Kl6Zx9Cv2Bn5Mq8W=;
	b=Lp0Ok9Ij8Uh7Yg6Tf5Rd4Es3Wa2Qz1Xs0Cd9Vf8Bg7Nh6Mj5Ki4Lo3Pk2Ju1Hy0Gt
From: Shop Example - konto <konto@accounts.shop.example.be>
To: privacy@hallemarkt.example
Subject: =?utf-8?Q?Twoje_konto_Hallemarkt_jest_teraz_kontem_Shop_Example_?=
 =?utf-8?Q?=E2=80=93_ustaw_nowe_has=C5=82o?=
Date: Thu, 30 Apr 2026 06:15:35 +0000
Message-ID: <0102018f2a1b3c4d-ae11-4c2b-9f01-7d3e5a6b8c90-000000@eu-west-1.amazonses.example>
X-SES-Outgoing: 2026.04.30-54.240.7.21
Feedback-ID: 1.eu-west-1.Zk3Pq8Rt2Vm5Xn7=:AmazonSES
X-Shop-Template: acct-migration-setpw-pl
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;color:#222">
<div style="max-width:560px;margin:auto">
<p><img src="https://cdn.shop.example.be/mail/logo.png" alt="Shop Example" height="36"></p>
<p>Dzień dobry,</p>
<p>sklep internetowy hallemarkt.example został zamknięty, a Twoje konto klienta
zostało przeniesione do sklepu <b>shop.example.be</b>. Twoje zamówienia z ostatnich
24 miesięcy, adresy dostawy i lista ulubionych produktów są już widoczne w nowym koncie.</p>
<p>Ze względów bezpieczeństwa nie przenieśliśmy Twojego hasła. Aby się zalogować,
ustaw nowe hasło w ciągu 14 dni:</p>
<p style="text-align:center"><a href="https://accounts.shop.example.be/pl/reset?t=Hm2c9Qz7" style="background:#d0021b;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Ustaw nowe hasło</a></p>
<p>Jeśli nie chcesz korzystać z konta w Shop Example, możesz je usunąć w ustawieniach
konta (Moje dane &rarr; Usuń konto) albo napisać do nas na adres privacy@shop.example.be.
Informacje o tym, jakie dane przejęliśmy od Hallemarkt i na jakiej podstawie, znajdziesz
w naszej <a href="https://www.shop.example.be/pl/prywatnosc#przejecie">polityce prywatności</a>.</p>
<p style="font-size:11px;color:#888">Ta wiadomość została wysłana automatycznie. Nie odpowiadaj na nią.<br>
Shop Example NV, Industrieweg 12, 2800 Mechelen, Belgia</p>
</div></body></html>
'''),
    ('pl', 'person-forwards-hallecard-transfer-notice-one-line-delete-me', 'deletion', (),
'''Return-Path: <e.nowicka@onet-like.example>
Received: from smtp.onet-like.example (smtp.onet-like.example [213.180.147.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kj4Cs0Xn9z6p6Ab
        for <privacy@shop.example.be>; Sat, 2 May 2026 19:42:10 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=onet-like.example;
	s=2011; h=from:to:subject:date:message-id;
	bh=Cd5Ef8Gh1Ij4Kl7Mn0Op3Qr6St9Uv2Wx5Yz8Ab1Cd4E=;
	b=Gh2Jk5Lm8No1Pq4Rs7Tu0Vw3Xy6Za9Bc2De5Fg8Hi1Jk4Lm7No0Pq3Rs6Tu9Vw2Xy
From: Ewa Nowicka <e.nowicka@onet-like.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Fwd:_Twoja_karta_HalleCard_zosta=C5=82a_przeniesiona?=
Date: Sat, 2 May 2026 19:42:05 +0200
Message-ID: <1ab7c3e9-5f21-4d8a-b0e4-enowicka@onet-like.example>
X-Mailer: Poczta Onet-like (webmail 4.18)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

nie prosiłam o żadne przeniesienie, nie jestem Waszą klientką, proszę to wszystko usunąć i ze starej karty też

Ewa Nowicka

-------- Wiadomość przekazana --------
Od: Shop Example Plus <noreply@plus.shop.example.be>
Do: e.nowicka@onet-like.example
Data: 02.05.2026 07:00
Temat: Twoja karta HalleCard została przeniesiona

Witamy w Shop Example Plus!

Twoja karta HalleCard HC-0648-2271 została przeniesiona do programu
Shop Example Plus. Twój nowy numer karty: SEP 5521 0648 2271.
Przeniesione punkty: 312.

Twoje dane (imię, nazwisko, adres e-mail, data urodzenia i historia
zakupów z ostatnich 24 miesięcy) są od teraz przetwarzane przez
Shop Example NV jako administratora. Więcej informacji:
www.shop.example.be/pl/prywatnosc

To jest wiadomość automatyczna, prosimy na nią nie odpowiadać.
'''),
    ('cs', 'payment-provider-merchant-onboarding-welcome-dpa-rights', 'automated', (),
'''Return-Path: <onboarding@paynexo.example>
Received: from out-3.mta.paynexo.example (out-3.mta.paynexo.example [185.8.236.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Km0Vb3Lq6z6p7Cd
        for <privacy@shop.example.be>; Mon, 6 Apr 2026 09:01:12 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=paynexo.example;
	s=pnx1; t=1775458870; h=from:to:subject:date:message-id:mime-version;
	bh=Fy6Gu9Hi2Jo5Kp8Lq1Mr4Ns7Ot0Pu3Qv6Rw9Sx2Ty5U=;
	b=Zy4Xw7Vu0Ts3Rq6Po9Nm2Lk5Ji8Hg1Fe4Dc7Ba0Zy3Xw6Vu9Ts2Rq5Po8Nm1Lk4Ji
From: Paynexo Onboarding <onboarding@paynexo.example>
To: Shop Example NV <privacy@shop.example.be>
Subject: =?utf-8?Q?V=C3=ADtejte_u_Paynexo_=E2=80=93_obchodn=C3=ADk_M-BE-20417_aktivov=C3=A1n?=
Date: Mon, 6 Apr 2026 07:01:10 +0000
Message-ID: <onb.M-BE-20417.1775458870@mta.paynexo.example>
X-Mailer: Paynexo Merchant Lifecycle 2.9
X-Paynexo-Merchant: M-BE-20417
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="pnx-alt-20417"

--pnx-alt-20417
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

v=C3=ADtejte u Paynexo. Obchodn=C3=AD =C3=BA=C4=8Det spole=C4=8Dnosti Shop =
Example NV byl aktivov=C3=A1n.

ID obchodn=C3=ADka:            M-BE-20417
Provozovny:               86 (z toho 31 p=C5=99evzat=C3=BDch prodejen Halle=
markt)
Platebn=C3=AD termin=C3=A1ly:       412 objedn=C3=A1no, 0 aktivn=C3=ADch
Datum p=C5=99echodu z p=C5=AFvodn=C3=ADho poskytovatele: 04.05.2026

Kontaktn=C3=AD adresa pro ochranu osobn=C3=ADch =C3=BAdaj=C5=AF
Tuto zpr=C3=A1vu jsme zaslali na adresu, kterou jste v onboardingov=C3=A9m =
formul=C3=A1=C5=99i
uvedli jako kontakt pro ochranu osobn=C3=ADch =C3=BAdaj=C5=AF. Na tuto adre=
su budeme
zas=C3=ADlat ozn=C3=A1men=C3=AD o zm=C4=9Bn=C3=A1ch zpracovatel=C5=AF, o be=
zpe=C4=8Dnostn=C3=ADch incidentech
a =C5=BE=C3=A1dosti subjekt=C5=AF =C3=BAdaj=C5=AF, kter=C3=A9 n=C3=A1m dr=
=C5=BEitel=C3=A9 karet po=C5=A1lou omylem.

Smlouva o zpracov=C3=A1n=C3=AD osobn=C3=ADch =C3=BAdaj=C5=AF (DPA)
Paynexo zpracov=C3=A1v=C3=A1 =C3=BAdaje o platebn=C3=ADch transakc=C3=ADch =
va=C5=A1ich z=C3=A1kazn=C3=ADk=C5=AF jako
samostatn=C3=BD spr=C3=A1vce (z=C3=BA=C4=8Dtov=C3=A1n=C3=AD, prevence podvo=
d=C5=AF, pln=C4=9Bn=C3=AD AML povinnost=C3=AD)
a jako zpracovatel pro slu=C5=BEby tokenizace a v=C4=9Brnostn=C3=AD propoje=
n=C3=AD karet.
Podepsan=C3=A1 DPA verze 4.1 je ke sta=C5=BEen=C3=AD v port=C3=A1lu v =C4=
=8D=C3=A1sti Dokumenty.
Dr=C5=BEitel=C3=A9 karet mohou uplatnit pr=C3=A1vo na p=C5=99=C3=ADstup, op=
ravu, v=C3=BDmaz,
omezen=C3=AD zpracov=C3=A1n=C3=AD, p=C5=99enositelnost a pr=C3=A1vo vzn=C3=
=A9st n=C3=A1mitku na adrese
dpo@paynexo.example, p=C5=99=C3=ADpadn=C4=9B podat st=C3=AD=C5=BEnost u doz=
orov=C3=A9ho =C3=BA=C5=99adu.

Dal=C5=A1=C3=AD kroky
1. P=C5=99ihlaste se do port=C3=A1lu https://portal.paynexo.example a nasta=
vte
   dvouf=C3=A1zov=C3=A9 ov=C4=9B=C5=99en=C3=AD.
2. Dopl=C5=88te kontakty pro reklamace (chargebacky).
3. Potvr=C4=8Fte seznam provozoven k migraci.

S pozdravem
t=C3=BDm Paynexo Onboarding

Paynexo a.s., Karolinsk=C3=A1 654/2, 186 00 Praha 8, I=C4=8CO 09471123
Tato zpr=C3=A1va byla odesl=C3=A1na automaticky. Neodpov=C3=ADdejte na ni.

--pnx-alt-20417
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Segoe UI,Arial,sans-serif;font-size:14px;c=
olor:#1c2430">
<div style=3D"border-top:6px solid #00a37a;padding:16px 20px;max-width:620p=
x">
<h2 style=3D"margin-top:0">V=C3=ADtejte u Paynexo</h2>
<p>Obchodn=C3=AD =C3=BA=C4=8Det <b>Shop Example NV</b> (M-BE-20417) byl akt=
ivov=C3=A1n.</p>
<table style=3D"font-size:13px"><tr><td>Provozovny</td><td>86 (31 p=C5=99ev=
zat=C3=BDch Hallemarkt)</td></tr>
<tr><td>Datum p=C5=99echodu</td><td>04.05.2026</td></tr></table>
<p><b>DPA verze 4.1</b> je ke sta=C5=BEen=C3=AD v port=C3=A1lu. Pr=C3=A1va =
dr=C5=BEitel=C5=AF karet: p=C5=99=C3=ADstup, oprava, v=C3=BDmaz, omezen=C3=
=AD, p=C5=99enositelnost, n=C3=A1mitka &ndash; dpo@paynexo.example.</p>
<p><a href=3D"https://portal.paynexo.example" style=3D"color:#00a37a">P=C5=
=99ihl=C3=A1sit se do port=C3=A1lu</a></p>
<p style=3D"font-size:11px;color:#8a94a0">Paynexo a.s., Praha &middot; Auto=
matick=C3=A1 zpr=C3=A1va, neodpov=C3=ADdejte.</p>
</div></body></html>

--pnx-alt-20417--
'''),
    ('cs', 'payment-provider-status-page-incident-resolved-refunds-delayed', 'automated', (),
'''Return-Path: <bounce+7c1e2f.aa41-privacy=shop.example.be@mg.status-page.example>
Received: from m228-14.mg.status-page.example (m228-14.mg.status-page.example [159.135.228.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kn7Wd1Ry4z6p8Ef
        for <privacy@shop.example.be>; Wed, 13 May 2026 22:47:55 +0200 (CEST)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=status-page.example;
	q=dns/txt; s=mx; t=1778705273; h=Message-Id: Date: Subject: To: From: List-Unsubscribe;
	bh=Kt3Lu6Mv9Nw2Ox5Py8Qz1Ra4Sb7Tc0Ud3Ve6Wf9Xg2Y=;
	b=Hb2Ic5Jd8Ke1Lf4Mg7Nh0Oi3Pj6Qk9Rl2Sm5Tn8Uo1Vp4Wq7Xr0Ys3Zt6Au9Bv2Cw
From: Paynexo Status <noreply@status.paynexo.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?[Paynexo_Status]_Vy=C5=99e=C5=A1eno:_Zpo=C5=BEd=C4=9Bn=C3=A9_zpracov?=
 =?utf-8?Q?=C3=A1n=C3=AD_refundac=C3=AD_u_karet_Maestro?=
Date: Wed, 13 May 2026 20:47:53 +0000
Message-Id: <6a44f0c1d2e3.20260513204753.incident-k9p2x7@status-page.example>
List-Unsubscribe: <https://status.paynexo.example/subscriptions/aa41c7/unsubscribe>
Precedence: list
X-Mailgun-Tag: incident-update
X-Mailgun-Sid: WyJhYTQxYyIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSJd
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Paynexo Status - aktualizace incidentu

Zpožděné zpracování refundací u karet Maestro

Vyřešeno
Oprava byla nasazena a všechny refundace zadané mezi 12.05. 14:20
a 13.05. 18:05 (SEČ) byly odeslány do karetních schémat. Na účtech
držitelů karet se projeví do 3 pracovních dnů. Nedošlo k úniku ani ke
ztrátě osobních údajů; příčinou byla chyba ve frontě zúčtování po
migraci obchodníků z původní platformy.
13. kvě, 22:41 SEČ

Monitorujeme
Zpracování fronty pokračuje, sledujeme výsledky.
13. kvě, 19:12 SEČ

Zjišťujeme příčinu
Refundace na karty Maestro zůstávají ve stavu "čeká". Platby nejsou
dotčeny.
12. kvě, 16:03 SEČ

Dotčené komponenty: Refundace (Částečný výpadek)

--
Tento e-mail dostáváte, protože jste přihlášeni k odběru oznámení
o incidentech Paynexo Status.
Odhlásit odběr: https://status.paynexo.example/subscriptions/aa41c7/unsubscribe
'''),
    ('cs', 'dmarc-aggregate-report-old-chain-domain-czech-receiver', 'automated', (),
'''Return-Path: <dmarc-noreply@postovni-sluzba.example>
Received: from mx-out2.postovni-sluzba.example (mx-out2.postovni-sluzba.example [77.75.78.64])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kp2Xe5Sz8z6p9Gh
        for <dmarc-rua@hallemarkt.example>; Fri, 8 May 2026 03:12:40 +0200 (CEST)
X-Original-To: dmarc-rua@hallemarkt.example
Delivered-To: privacy@shop.example.be
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=postovni-sluzba.example;
	s=szn20221014; h=from:to:subject:date:message-id;
	bh=Pl1Ok2Ij3Uh4Yg5Tf6Rd7Es8Wa9Qz0Xs1Cd2Vf3Bg4N=;
	b=Mj5Ki6Lo7Pk8Ju9Hy0Gt1Fr2De3Sw4Aq5Zx6Cv7Bn8Mq9Wl0Ek1Rj2Th3Yg4Uf5Id6
From: =?utf-8?Q?DMARC_reporty_Po=C5=A1tovn=C3=AD_slu=C5=BEba?= <dmarc-noreply@postovni-sluzba.example>
To: dmarc-rua@hallemarkt.example
Subject: Report domain: hallemarkt.example Submitter: postovni-sluzba.example Report-ID: <2026050700.hallemarkt.example.7742>
Date: Fri, 8 May 2026 01:12:38 +0000
Message-ID: <dmarc.2026050700.hallemarkt.example.7742@postovni-sluzba.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="dmarc-7742-mixed"

--dmarc-7742-mixed
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

v příloze zasíláme souhrnný DMARC report pro doménu hallemarkt.example
za období 07.05.2026 00:00 - 23:59 UTC.

Počet zpráv: 1 318
  - prošlo DMARC:     402
  - neprošlo DMARC:   916 (politika domény: none)

Většina zpráv, které neprošly, byla odeslána z IP adres, které nejsou
uvedeny v SPF záznamu domény (např. 198.2.185.241, 54.240.7.21).

Tento report byl vygenerován automaticky. Na tento e-mail neodpovídejte.
Více informací o DMARC: https://napoveda.postovni-sluzba.example/dmarc

--dmarc-7742-mixed
Content-Type: application/gzip;
	name="postovni-sluzba.example!hallemarkt.example!1778112000!1778198399!7742.xml.gz"
Content-Disposition: attachment;
	filename="postovni-sluzba.example!hallemarkt.example!1778112000!1778198399!7742.xml.gz"
Content-Transfer-Encoding: base64

H4sIAAAAAAAAA7WUTW/bMAyG7/0Vhu+JP9KmXQfH3YChwLCdhmIYdmNl2hZiSwYpJ82/H+U4
ado0W7dhF4OiSPF5XtLOb+7bJloja2lMEaRJHERolZHaVEVw9/V2chVERnN7ABt1hCFTKbhi
jEkmqtN2V8eirNmYkw+RKkhZagnW4mQEk5BVO2qIckUJxj5aISvQpyNqj1jCJzGnbtFIdqj+
qMYv7NQqsSH9hrfXe3bT1jd7ZdaJX2zkEmB1ajBe6LhqeLWmDxwpnaVw7ChBPLk6Pf9SXGV9
fOGJRmSQXpLCs56bSuHqpt0TvGsAAA==
--dmarc-7742-mixed--
'''),
    ('cs', 'person-pastes-new-app-migration-error-asks-fix-email', 'correction', (),
'''Return-Path: <petr.hajek.brno@seznam-like.example>
Received: from mxf3.seznam-like.example (mxf3.seznam-like.example [77.75.76.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kq5Yf8Tb1z6q0Jk
        for <privacy@shop.example.be>; Sun, 10 May 2026 10:26:18 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=seznam-like.example;
	s=beta; t=1778401576; h=from:to:subject:date:message-id;
	bh=Ab9Bc8Cd7De6Ef5Fg4Gh3Hi2Ij1Jk0Kl9Lm8Mn7No6O=;
	b=Qr5Rs4St3Tu2Uv1Vw0Wx9Xy8Yz7Za6Ab5Bc4Cd3De2Ef1Fg0Gh9Hi8Ij7Jk6Kl5Lm4
From: =?utf-8?Q?Petr_H=C3=A1jek?= <petr.hajek.brno@seznam-like.example>
To: privacy@shop.example.be
Subject: chyba
Date: Sun, 10 May 2026 10:26:14 +0200
Message-ID: <aBc.dEf.7h2K@seznam-like.example>
X-Mailer: Seznam-like Email 3.7
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobry den,
aplikace mi pri prihlaseni pise tohle:

  ----------------------------------------------------------
  Chyba SE-ACC-409
  Účet s touto e-mailovou adresou již existuje (migrace HM).
  Zákaznické ID: 7731-0042-88
  E-mail v záznamu: petr.hajek.brmo@seznam-like.example
  Kontaktujte zákaznickou podporu. [Kód relace 4f2a9c]
  ----------------------------------------------------------

Pri prevodu z Hallemarktu mi nekdo spatne prepsal mail, je tam "brmo" misto
"brno". Opravte mi to prosim na petr.hajek.brno@seznam-like.example, jinak
se nedostanu ke svym bodum ani uctenkam. Karta je ta stara HC-0517-3390.

Diky
Petr Hajek
'''),
    ('hr', 'outsourced-contact-centre-weekly-report-privacy-requests-forwarded', 'automated', (),
'''Return-Path: <izvjestaji@contactbridge.example>
Received: from mail.zg.contactbridge.example (mail.zg.contactbridge.example [31.45.210.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kr8Zg2Uc4z6q1Lm
        for <privacy@shop.example.be>; Mon, 11 May 2026 07:00:31 +0200 (CEST)
Received: from CBZG-EXCH02.cb.local (10.12.0.22) by CBZG-EXCH01.cb.local
        (10.12.0.21) with Microsoft SMTP Server (version=TLS1_2) id 15.2.1544.4;
        Mon, 11 May 2026 07:00:29 +0200
From: ContactBridge Izvjestaji <izvjestaji@contactbridge.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>, "cx-lead@shop.example.be" <cx-lead@shop.example.be>
Subject: =?utf-8?Q?Tjedni_izvje=C5=A1taj_=E2=80=93_Shop_Example_=E2=80=93_19._tjedan_2026?=
Date: Mon, 11 May 2026 05:00:29 +0000
Message-ID: <c5e7a1b2f9d04e3a8b61@CBZG-EXCH02.cb.local>
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Has-Attach: yes
X-Mailer: CB Reporting Service 1.14
Content-Language: hr-HR
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_004_c5e7a1b2f9d04e3a8b61CBZGEXCH02_"

--_004_c5e7a1b2f9d04e3a8b61CBZGEXCH02_
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

ContactBridge d.o.o. - centar Zagreb
Klijent: Shop Example NV (projekt SE-BE-CX)
Razdoblje: 04.05.2026. - 10.05.2026.

PROMET
Dolazni pozivi:                 6 942   (SLA 80/20: 83,4 %)
E-pošta / web obrazac:          4 117   (prvi odgovor < 24 h: 96,1 %)
Chat u aplikaciji:              2 380

NAJČEŠĆI RAZLOZI KONTAKTA
1. Stari bonovi i kartice Hallemarkt nakon preuzimanja     1 904
2. Prijava u novu aplikaciju / lozinka                      1 466
3. Status narudžbe web trgovine                             1 201
4. Zatvorene trgovine (Aalst, Ninove, Zottegem)               612

ZAHTJEVI VEZANI UZ OSOBNE PODATKE (proslijeđeni timu privacy@)
Pristup podacima ("koje podatke imate o meni")                  74
Brisanje računa / podataka iz starog sustava                  131
Povlačenje privole za newsletter / SMS                          58
Prigovor na prijenos podataka novom vlasniku                    22
Pritužbe s najavom prijave nadzornom tijelu                       6
Ukupno proslijeđeno:                                          291
Prosječno vrijeme do prosljeđivanja: 3 h 12 min

NAPOMENE
- Od 07.05. agenti koriste novu skriptu za pitanje "tko sada ima moje
  podatke" (verzija 3, odobrio DPO Shop Example).
- Zahtjeve za brisanje agenti više ne evidentiraju kao "reklamacije".

Detaljna tablica je u privitku (SE-BE-CX_W19.xlsx).

Ova poruka je generirana automatski. Molimo ne odgovarajte na nju.
Pitanja: account manager Ivana Kovačić, ivana.kovacic@contactbridge.example

--_004_c5e7a1b2f9d04e3a8b61CBZGEXCH02_
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;
	name="SE-BE-CX_W19.xlsx"
Content-Disposition: attachment; filename="SE-BE-CX_W19.xlsx"
Content-Transfer-Encoding: base64

UEsDBBQABgAIAAAAIQBi7p1oXgEAAJAEAAATAAgCW0NvbnRlbnRfVHlwZXNdLnhtbCCiBAIooAAC
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
--_004_c5e7a1b2f9d04e3a8b61CBZGEXCH02_--
'''),
    ('hr', 'customer-out-of-office-auto-reply-to-access-answer', 'automated', (),
'''Return-Path: <marija.babic@tvrtka-rijeka.example>
Received: from EUR03-AM7-obe.outbound.protection.outlook.example (mail-am7eur03on2101.outbound.protection.outlook.example [40.107.105.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ks1Ah5Vd7z6q2Np
        for <privacy@shop.example.be>; Tue, 19 May 2026 16:22:09 +0200 (CEST)
From: =?utf-8?Q?Marija_Babi=C4=87?= <marija.babic@tvrtka-rijeka.example>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatski_odgovor:_Va=C5=A1_zahtjev_za_pristup_podacima_[PRIV-2026-1187]?=
Thread-Topic: =?utf-8?Q?Va=C5=A1_zahtjev_za_pristup_podacima_[PRIV-2026-1187]?=
Date: Tue, 19 May 2026 14:22:07 +0000
Message-ID: <AM7PR03MB6571A2F0C4E1B9D3@AM7PR03MB6571.eurprd03.prod.outlook.example>
In-Reply-To: <priv-2026-1187.answer@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: marija.babic@tvrtka-rijeka.example
X-MS-Has-Attach:
Content-Language: hr-HR
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

UG/FoXRvdmFuaSwKCmh2YWxhIG5hIHBvcnVjaS4gTmEgZ29kacWhbmplbSBzYW0gb2Rtb3J1IGRv
IDEuIGxpcG5qYSAyMDI2LiBpIG5lbWFtCnByaXN0dXAgZS1wb8WhdGkuIFZhxaFhIHBvcnVrYSBu
ZcSHZSBiaXRpIHByb3NsaWplxJFlbmEuCgpaYSBoaXRuZSBwb3Nsb3ZuZSB1cGl0ZSBtb2xpbSBr
b250YWt0aXJhanRlIGtvbGVndSBBbnR1IFBlcmnEh2EKKGFudGUucGVyaWNAdHZydGthLXJpamVr
YS5leGFtcGxlLCArMzg1IDUxIDMzMCA0MTIpLgoKTGlqZXAgcG96ZHJhdiwKTWFyaWphIEJhYmnE
hwpWb2RpdGVsamljYSBuYWJhdmUgfCBUdnJ0a2EgUmlqZWthIGQuby5vLgoKT3ZhIHBvcnVrYSBp
IHN2aSBwcml2aWNpIHBvdmplcmxqaXZpIHN1IGkgbmFtaWplbmplbmkgaXNrbGp1xI1pdm8KYWRy
ZXNhdHUuIEFrbyBzdGUgamUgcHJpbWlsaSBncmXFoWtvbSwgb2JhdmlqZXN0aXRlIHBvxaFpbGph
dGVsamEgaQppemJyacWhaXRlIGplLiBPc29ibmkgcG9kYWNpIG9icmHEkXVqdSBzZSB1IHNrbGFk
dSBzIE9wxIdvbSB1cmVkYm9tCm8gemHFoXRpdGkgcG9kYXRha2EgKEdEUFIpLgo=
'''),
    ('hr', 'crm-vendor-partner-newsletter-consent-migration-webinar', 'automated', (),
'''Return-Path: <newsletter-bounces@news.corvalis.example>
Received: from mta-14.news.corvalis.example (mta-14.news.corvalis.example [91.198.2.114])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kt4Bi8We0z6q3Qr
        for <privacy@shop.example.be>; Thu, 21 May 2026 10:05:50 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=corvalis.example;
	s=news1; t=1779350748; h=from:to:subject:date:message-id:list-unsubscribe;
	bh=Xq2Wr5Et8Ry1Tu4Yi7Uo0Ip3As6Df9Gh2Jk5Lz8Xc1V=;
	b=Bn4Mq7Wl0Ek3Rj6Th9Yg2Uf5Id8Os1Pa4Sd7Fg0Hj3Kl6Zx9Cv2Bn5Mq8Wl1Ek4Rj7
From: Corvalis Adria <novosti@news.corvalis.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Novosti_iz_Corvalisa:_migracija_privola_bez_glavobolje_+_webinar_4._lipnja?=
Date: Thu, 21 May 2026 08:05:48 +0000
Message-ID: <nl-2026-05-hr.88af21.privacy@news.corvalis.example>
List-Unsubscribe: <https://news.corvalis.example/u/88af21?l=hr>, <mailto:odjava@news.corvalis.example?subject=88af21>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
List-Id: Corvalis Adria novosti <adria.news.corvalis.example>
Precedence: bulk
X-Mailer: Corvalis Campaigns
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="cv-nl-88af21"

--cv-nl-88af21
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

CORVALIS ADRIA - NOVOSTI ZA KORISNIKE | svibanj 2026.

Preuzeli ste drugu tvrtku i s njom tisuće kupaca?
Corvalis 5.2 donosi modul "Consent Carry-Over": privole iz starog sustava
uvozite s izvornim datumom, tekstom i kanalom, a kupce koji nisu dali
privolu za prijenos automatski stavljate u karantenu dok ih ne potvrdite.

U ovom broju:
* Brisanje na zahtjev kupca u svim povezanim sustavima jednim klikom
  (novo: konektori za Loyaltix i Paynexo)
* Izvoz podataka kupca u JSON i CSV za zahtjeve za pristup i prenosivost
* Studija slučaja: kako je jedan belgijski trgovački lanac u 6 tjedana
  spojio dvije baze kupaca

WEBINAR: "Spajanje i preuzimanje - što se događa s privolama?"
4. lipnja 2026. u 10:00 (CEST), na hrvatskom jeziku
Prijava: https://news.corvalis.example/webinar/ma-privole

Primate ovu poruku jer ste korisnik Corvalis CRM-a.
Odjava: https://news.corvalis.example/u/88af21?l=hr
Corvalis AB, Lilla Bommen 3, 411 04 Göteborg, Švedska

--cv-nl-88af21
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="background:#eef2f5;margin:0">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="background:#14365d;color:#fff;padding:20px;font-size:20px">Corvalis Adria &middot; novosti</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.55">
<h2 style="color:#14365d">Migracija privola bez glavobolje</h2>
<p>Modul <b>Consent Carry-Over</b> u verziji 5.2: privole iz starog sustava s izvornim datumom i tekstom, karantena za kupce bez privole za prijenos.</p>
<ul><li>Brisanje na zahtjev kupca u svim sustavima jednim klikom</li>
<li>Izvoz podataka kupca (JSON/CSV) za pristup i prenosivost</li>
<li>Studija slučaja: belgijski lanac, dvije baze, 6 tjedana</li></ul>
<p><a href="https://news.corvalis.example/webinar/ma-privole" style="background:#f28c28;color:#fff;padding:10px 18px;text-decoration:none">Prijava na webinar 4. lipnja</a></p>
<p style="font-size:11px;color:#999"><a href="https://news.corvalis.example/u/88af21?l=hr">Odjava</a> &middot; Corvalis AB, Göteborg</p>
</td></tr></table></body></html>

--cv-nl-88af21--
'''),
    ('hr', 'person-replies-above-quoted-welcome-newsletter-unsubscribe-me', 'withdraw_consent', (),
'''Return-Path: <ankica.juric@gmail.example>
Received: from mail-ej1-f53.google.example (mail-ej1-f53.google.example [209.85.218.53])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kv7Cj1Xf3z6q4St
        for <privacy@shop.example.be>; Fri, 15 May 2026 20:13:02 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.example; s=20230601;
	h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
	bh=Rt6Yu9Io2Pa5Sd8Fg1Hj4Kl7Zx0Cv3Bn6Mq9Wl2Ek5R=;
	b=Th8Yg1Uf4Id7Os0Pa3Sd6Fg9Hj2Kl5Zx8Cv1Bn4Mq7Wl0Ek3Rj6Th9Yg2Uf5Id8Os1
MIME-Version: 1.0
References: <welcome.sep.hr.5521-0712@mail.shop.example.be>
In-Reply-To: <welcome.sep.hr.5521-0712@mail.shop.example.be>
From: =?UTF-8?Q?Ankica_Juri=C4=87?= <ankica.juric@gmail.example>
Date: Fri, 15 May 2026 20:12:48 +0200
Message-ID: <CAJ8kQm2+Lp4Xw9Rt1Zv7Yb3Nc5Dd0Fe6Gg2Hh8Ii4Jj1Kk@mail.gmail.example>
Subject: Re: =?UTF-8?Q?Dobrodo=C5=A1li_u_Shop_Example_Plus=2C_Ankica!?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Ja se nikad nisam prijavila na va=C5=A1e novosti, imala sam samo karticu u
Hallemarktu. Ne =C5=BEelim vi=C5=A1e dobivati ove mailove ni SMS-ove o akci=
jama.
Karticu mogu zadr=C5=BEati, samo bez reklama molim.

Ankica

pet, 15. svi 2026. u 09:00 Shop Example Plus <novosti@mail.shop.example.be>=
 napisao je:
> Dobrodo=C5=A1li u Shop Example Plus, Ankica!
>
> Va=C5=A1a kartica Hallemarkt sada je kartica Shop Example Plus.
> Svaki tjedan =C5=A1aljemo vam najbolje ponude iz na=C5=A1ih 86 trgovina:
>
> * -30 % na kavu i =C4=8Daj ovaj vikend
> * dvostruki bodovi za kupnju u aplikaciji
> * vau=C4=8Der od 5 EUR za prvu kupnju u web trgovini
>
> Ne =C5=BEelite vi=C5=A1e primati ove poruke? Odjavite se ovdje:
> https://mail.shop.example.be/u/5521-0712
>
> Shop Example NV, Industrieweg 12, 2800 Mechelen
'''),
    ('sv', 'new-crm-welcome-workspace-ready-dpo-contact-registered', 'automated', (),
'''Return-Path: <bounces+1183227-b6f2-privacy=shop.example.be@em4471.corvalis.example>
Received: from o12.em4471.corvalis.example (o12.em4471.corvalis.example [167.89.112.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kw0Dk4Yg6z6q5Uv
        for <privacy@shop.example.be>; Thu, 2 Apr 2026 13:44:21 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=corvalis.example;
	h=content-type:from:mime-version:subject:to:cc:content-type:from:subject:to;
	s=s1; bh=Lk8Jh5Gf2Ds9Ap6Om3In0Ub7Yv4Tc1Rx8Ez5Wq2Lk8=;
	b=Uv3Wx6Yz9Ab2Cd5Ef8Gh1Ij4Kl7Mn0Op3Qr6St9Uv2Wx5Yz8Ab1Cd4Ef7Gh0Ij3Kl6
From: Corvalis <welcome@corvalis.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?V=C3=A4lkommen_till_Corvalis_=E2=80=93_arbetsytan_=22Shop_Example_BE=22_?=
 =?utf-8?Q?=C3=A4r_klar?=
Date: Thu, 02 Apr 2026 11:44:19 +0000
Message-ID: <vHq7R2kPSu-Xy3bN1c0Wtg@geopod-ismtpd-14>
X-SG-EID: =?us-ascii?Q?u001=2EXk4p9Qm2Lr7Vn1Tb5Wz8Yc3Fd6Gh0Jk2Ls5Np8Rt1Vx4Zy7?=
X-Entity-ID: u001.b6f2Kd81
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="f1a9c2e7b05d3e48a6c1"

--f1a9c2e7b05d3e48a6c1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej!

Er arbetsyta i Corvalis =C3=A4r nu klar att anv=C3=A4ndas.

Arbetsyta:        Shop Example BE
Region:           EU (Stockholm + Frankfurt)
Licenser:         140 anv=C3=A4ndare, 2 integrationsanv=C3=A4ndare
Dataskyddskontakt: privacy@shop.example.be

Ni har angett den h=C3=A4r adressen som kontakt f=C3=B6r dataskyddsfr=C3=A5=
gor. Hit
skickar vi meddelanden om nya underbitr=C3=A4den, s=C3=A4kerhetsincidenter =
och
f=C3=B6rfr=C3=A5gningar fr=C3=A5n registrerade som av misstag hamnar hos os=
s. Vill ni
byta adress g=C3=B6r ni det under Inst=C3=A4llningar > Efterlevnad > Kontak=
ter.

Kom ig=C3=A5ng
1. Bjud in era anv=C3=A4ndare: https://app.corvalis.example/shop-example-be=
/users
2. Koppla importk=C3=A4llan (Hallemarkt/FidelPoint-exporten) under Data > I=
mport.
3. St=C3=A4ll in lagringstider och raderingsregler innan f=C3=B6rsta import=
en.
   Tips: registrerade som beg=C3=A4rt radering i det gamla systemet b=C3=B6r
   sp=C3=A4rras i importfiltret s=C3=A5 att de inte =C3=A5terskapas.

Personuppgiftsbitr=C3=A4desavtal (DPA v3.3) och listan =C3=B6ver underbitr=
=C3=A4den
finns i F=C3=B6rtroendecentret: https://trust.corvalis.example

Med v=C3=A4nliga h=C3=A4lsningar
Teamet p=C3=A5 Corvalis

Corvalis AB, Lilla Bommen 3, 411 04 G=C3=B6teborg, Sverige
Det h=C3=A4r =C3=A4r ett automatiskt meddelande fr=C3=A5n en adress som int=
e tar emot svar.

--f1a9c2e7b05d3e48a6c1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:-apple-system,Segoe UI,Roboto,Arial,sans-s=
erif;background:#f7f8fa">
<div style=3D"max-width:600px;margin:24px auto;background:#fff;padding:28px=
;border-radius:6px">
<h1 style=3D"font-size:22px;color:#14365d">V=C3=A4lkommen till Corvalis</h1>
<p>Arbetsytan <b>Shop Example BE</b> =C3=A4r klar. Dataskyddskontakt: <b>pr=
ivacy@shop.example.be</b>.</p>
<ol><li>Bjud in era anv=C3=A4ndare</li><li>Koppla importk=C3=A4llan (Hallem=
arkt/FidelPoint)</li>
<li>St=C3=A4ll in lagringstider och raderingsregler</li></ol>
<p><a href=3D"https://app.corvalis.example/shop-example-be" style=3D"backgr=
ound:#14365d;color:#fff;padding:10px 20px;text-decoration:none;border-radiu=
s:4px">=C3=96ppna arbetsytan</a></p>
<p style=3D"font-size:11px;color:#999">Corvalis AB &middot; G=C3=B6teborg &=
middot; Automatiskt meddelande, svara inte.</p>
</div>
<img src=3D"https://u1183227.ct.corvalis.example/wf/open?upn=3Db6f2Kd81" al=
t=3D"" width=3D"1" height=3D"1" border=3D"0">
</body></html>

--f1a9c2e7b05d3e48a6c1--
'''),
    ('sv', 'crm-import-job-finished-contacts-quarantined-no-header', 'automated', (),
'''Return-Path: <jobs@app.corvalis.example>
Received: from jobs-mailer-2.eu-north.corvalis.example (jobs-mailer-2.eu-north.corvalis.example [185.213.70.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kx3El7Zh9z6q6Wx
        for <privacy@shop.example.be>; Sat, 18 Apr 2026 02:31:05 +0200 (CEST)
From: Corvalis Data <jobs@app.corvalis.example>
To: privacy@shop.example.be
Subject: Import klar: hallemarkt_kunder_del3.csv (48 213 rader, 1 204 i karantän)
Date: Sat, 18 Apr 2026 00:31:03 +0000
Message-ID: <job-imp-55e0c7a1@jobs-mailer-2.eu-north.corvalis.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Importjobb IMP-55E0C7A1 är klart.

Fil:            hallemarkt_kunder_del3.csv
Startad av:     integration-hm (API)
Tid:            00:02:11 - 00:31:01 (CET+1)

Resultat
  Skapade kontakter:                 41 870
  Uppdaterade kontakter:              5 139
  Hoppade över (dubbletter):            0
  I karantän:                         1 204
     - saknar samtycke till överföring:        1 062
     - markerade "radering begärd" i källan:     131
     - ogiltig e-postadress:                      11

Kontakter i karantän syns inte i kampanjer, segment eller
kundtjänstvyn. De raderas automatiskt efter 30 dagar om ingen
åtgärd vidtas (regel "HM-quarantine-30d").

Granska karantänen:
https://app.corvalis.example/shop-example-be/data/imports/IMP-55E0C7A1/quarantine

Du får det här meddelandet eftersom du är angiven som mottagare av
importaviseringar för arbetsytan Shop Example BE.
'''),
    ('sv', 'exchange-ndr-swedish-recipient-not-found-reply-on-old-card', 'automated', (),
'''Return-Path: <>
Received: from EUR05-DB8-obe.outbound.protection.outlook.example (mail-db8eur05on2120.outbound.protection.outlook.example [40.107.20.120])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ky6Fm0Ai2z6q7Yz
        for <privacy@shop.example.be>; Wed, 6 May 2026 11:09:44 +0200 (CEST)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kommun-vaxjo.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Det_gick_inte_att_leverera:_Svar_ang=C3=A5ende_ditt_gamla_Hallemarkt-kort?=
Date: Wed, 6 May 2026 09:09:42 +0000
Message-ID: <7f4e2a1c-9b03-4d6e-8a51-0c2b7d9e3f10@DB8PR05MB7702.eurprd05.prod.outlook.example>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ndr-b1c4e7f0-2a35-4b68-9c01-d3e6f9a2b5c8"

--ndr-b1c4e7f0-2a35-4b68-9c01-d3e6f9a2b5c8
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Det gick inte att leverera meddelandet till de här mottagarna:

lars.oberg@kommun-vaxjo.example
E-postadressen du angav kunde inte hittas. Kontrollera mottagarens
e-postadress och försök skicka meddelandet igen. Om problemet kvarstår
kontaktar du supportavdelningen.

Diagnostisk information för administratörer:

Genererande server: DB8PR05MB7702.eurprd05.prod.outlook.example

lars.oberg@kommun-vaxjo.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--ndr-b1c4e7f0-2a35-4b68-9c01-d3e6f9a2b5c8
Content-Type: message/delivery-status

Reporting-MTA: dns;DB8PR05MB7702.eurprd05.prod.outlook.example
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Wed, 6 May 2026 09:09:40 +0000

Final-Recipient: rfc822;lars.oberg@kommun-vaxjo.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--ndr-b1c4e7f0-2a35-4b68-9c01-d3e6f9a2b5c8
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
From: Shop Example Dataskydd <privacy@shop.example.be>
To: <lars.oberg@kommun-vaxjo.example>
Subject: =?utf-8?Q?Svar_ang=C3=A5ende_ditt_gamla_Hallemarkt-kort?=
Date: Wed, 6 May 2026 11:09:38 +0200
Message-ID: <priv-2026-1044.reply@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej Lars,

tack för ditt mejl. Vi har kontrollerat: ditt gamla Hallemarkt-kort
(HC-0391-7702) fördes inte över till Shop Example Plus, eftersom du inte
gav samtycke till överföringen. Uppgifterna i det gamla systemet raderas
när FidelPoint stängs den 30 juni 2026. Du behöver inte göra något.

Vänliga hälsningar
Dataskyddsteamet, Shop Example

--ndr-b1c4e7f0-2a35-4b68-9c01-d3e6f9a2b5c8--
'''),
    ('sv', 'person-phone-short-question-who-got-my-data-long-law-firm-signature', 'access', (),
'''Return-Path: <k.lindqvist@advokatfirman-norrsken.example>
Received: from mail.advokatfirman-norrsken.example (mail.advokatfirman-norrsken.example [194.14.88.20])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kz9Gn3Bj5z6q8Ab
        for <privacy@shop.example.be>; Mon, 4 May 2026 07:51:30 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=advokatfirman-norrsken.example;
	s=sel1; h=from:to:subject:date:message-id;
	bh=Mn1Bv4Cx7Zl0Kj3Hg6Fd9Sa2Po5Iu8Yt1Re4Wq7Ma0N=;
	b=Ns6Db9Fg2Hj5Kl8Zx1Cv4Bn7Mq0Wl3Ek6Rj9Th2Yg5Uf8Id1Os4Pa7Sd0Fg3Hj6Kl9
From: Karin Lindqvist <k.lindqvist@advokatfirman-norrsken.example>
To: privacy@shop.example.be
Subject: Hallemarkt
Date: Mon, 4 May 2026 07:51:22 +0200
Message-ID: <E3A1F7C2-88B4-4D0E-9A6F-2C7B1E5D9F03@advokatfirman-norrsken.example>
X-Mailer: iPhone Mail (21F90)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej, jag hade kundkort på Hallemarkt när jag bodde i Gent. Nu får jag
mejl från er. Vad har ni fått om mig från dem och vad har ni sparat? Vill
ha en kopia. Privat ärende, inte för firman.

/Karin

Skickat från min iPhone

Karin Lindqvist
Biträdande jurist | Advokatfirman Norrsken KB
Kungsgatan 48, 111 35 Stockholm
+46 8 410 227 50 | www.advokatfirman-norrsken.example

KONFIDENTIALITET: Detta e-postmeddelande kan innehålla information som
omfattas av advokatsekretess eller annan tystnadsplikt och är endast
avsett för adressaten. Om du har fått meddelandet av misstag, vänligen
meddela avsändaren och radera meddelandet och eventuella bilagor.
Obehörig användning, spridning eller kopiering är förbjuden.
Information om hur Advokatfirman Norrsken behandlar personuppgifter
enligt dataskyddsförordningen (GDPR), inklusive dina rättigheter till
tillgång, rättelse, radering och att invända, finns på
www.advokatfirman-norrsken.example/integritet.
'''),
    ('ro', 'outsourced-cs-helpdesk-agent-invite-activate-account', 'automated', (),
'''Return-Path: <support+id7Q2kLm@contactbridge-ro.helpdesk.example>
Received: from out-14.smtp.helpdesk.example (out-14.smtp.helpdesk.example [192.161.147.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L02Hp6Ck8z6q9Cd
        for <privacy@shop.example.be>; Tue, 7 Apr 2026 15:20:03 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=helpdesk.example; s=hd2;
	t=1775568001; h=date:from:reply-to:to:message-id:subject:mime-version;
	bh=Po2Iu5Yt8Re1Wq4Ma7Ns0Db3Fg6Hj9Kl2Zx5Cv8Bn1M=;
	b=Qw4Er7Ty0Ui3Op6As9Df2Gh5Jk8Lz1Xc4Vb7Nm0Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7L
From: ContactBridge Bucuresti <support@contactbridge-ro.helpdesk.example>
Reply-To: ContactBridge Bucuresti <support@contactbridge-ro.helpdesk.example>
To: Echipa Privacy Shop Example <privacy@shop.example.be>
Subject: =?utf-8?Q?Bine_a=C8=9Bi_venit_=C3=AEn_portalul_ContactBridge_=E2=80=93_activa=C8=9Bi-v?=
 =?utf-8?Q?=C4=83_contul?=
Date: Tue, 07 Apr 2026 13:20:01 +0000
Message-ID: <invite_7Q2kLm_1775568001@helpdesk.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Helpdesk Mailer
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_661295e1a7f3_2b9c"

----==_mimepart_661295e1a7f3_2b9c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bună ziua,

Ați fost adăugat ca utilizator al portalului ContactBridge pentru
clientul Shop Example NV, cu rolul "Escaladare - Protecția datelor".

În acest rol veți primi în portal solicitările pe care agenții noștri
le clasifică drept cereri privind datele personale (acces, ștergere,
rectificare, opoziție, retragerea consimțământului, plângeri) și le
transferă echipei dumneavoastră. Agenții noștri nu răspund ei înșiși la
aceste cereri.

Pentru a vă activa contul, setați o parolă în cel mult 72 de ore:
https://contactbridge-ro.helpdesk.example/verification/email/7Q2kLm

Dacă nu vă așteptați la acest mesaj, îl puteți ignora.

--
ContactBridge SRL, Calea Floreasca 169A, București, Sector 1
Acest e-mail a fost trimis automat de Helpdesk.

----==_mimepart_661295e1a7f3_2b9c
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#2f3941">
<p>Bună ziua,</p>
<p>Ați fost adăugat ca utilizator al portalului ContactBridge pentru clientul <b>Shop Example NV</b>, cu rolul <b>Escaladare &ndash; Protecția datelor</b>.</p>
<p><a href="https://contactbridge-ro.helpdesk.example/verification/email/7Q2kLm" style="background:#1f73b7;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Activați contul</a></p>
<p style="color:#87929d;font-size:12px">Linkul expiră în 72 de ore. ContactBridge SRL, București.</p>
</body></html>

----==_mimepart_661295e1a7f3_2b9c--
'''),
    ('ro', 'helpdesk-ticket-escalated-to-privacy-quotes-customer-erasure-request', 'automated', (),
'''Return-Path: <support+id558120@contactbridge-ro.helpdesk.example>
Received: from out-09.smtp.helpdesk.example (out-09.smtp.helpdesk.example [192.161.147.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L15Jq9Dm1z6r0Ef
        for <privacy@shop.example.be>; Thu, 14 May 2026 12:03:47 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=helpdesk.example; s=hd2;
	t=1778753025; h=date:from:reply-to:to:message-id:subject:mime-version;
	bh=Zx7Cv0Bn3Mq6Wl9Ek2Rj5Th8Yg1Uf4Id7Os0Pa3Sd6F=;
	b=Gh9Jk2Lz5Xc8Vb1Nm4Qw7Er0Ty3Ui6Op9As2Df5Gh8Jk1Lz4Xc7Vb0Nm3Qw6Er9Ty2U
From: "Andreea (ContactBridge)" <support@contactbridge-ro.helpdesk.example>
Reply-To: ContactBridge Bucuresti <support+id558120@contactbridge-ro.helpdesk.example>
To: privacy@shop.example.be
Subject: [CB-RO #558120] =?utf-8?Q?Escaladare:_=C8=99tergere_date_cont_Hallemarkt?=
Date: Thu, 14 May 2026 10:03:45 +0000
Message-ID: <QW9R7ZK3_6644f2f1a3c9e_2b9c_sprut@helpdesk.example>
In-Reply-To: <QW9R7ZK3_6644e8c0b2a1d_2b9c_sprut@helpdesk.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Helpdesk Mailer
X-Helpdesk-Ticket: 558120
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

##- Vă rugăm să scrieți răspunsul deasupra acestei linii -##

Solicitarea #558120 a fost escaladată către grupul
"Shop Example - Protecția datelor".

Andreea Popescu (ContactBridge)
14 mai 2026, 12:03

Cerere transferată conform procedurii PD-03. Clientul solicită
ștergerea datelor din contul vechi Hallemarkt. Identitate neverificată.
Nu i-am promis un termen. Vă rog preluați.

Client: Mihai Dumitrescu (telefon, apel intrat 11:41)
Limba: română

Mihai Dumitrescu
14 mai 2026, 11:52

(notă agent - transcriere apel) "Am avut card Hallemarkt, magazinul din
Anderlecht s-a închis. Acum primesc mesaje de la Shop Example. Vreau să
îmi ștergeți toate datele, și din sistemul vechi, și din cel nou."

--------------------------------
Acest e-mail este o notificare automată trimisă de sistemul de tichete
ContactBridge. Pentru a vedea solicitarea, accesați:
https://contactbridge-ro.helpdesk.example/agent/tickets/558120
[QW9R7Z-K3R2]
'''),
    ('ro', 'franchise-backoffice-daily-report-closed-store-romanian-owner', 'automated', (),
'''Return-Path: <rapoarte@franchdesk.example>
Received: from relay.franchdesk.example (relay.franchdesk.example [37.59.120.18])
        by mx1.shop.example.be (Postfix) with ESMTP id 4L28Kr2En4z6r1Gh
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 23:55:12 +0200 (CEST)
Received: by backoffice-7.franchdesk.example (sSMTP sendmail emulation);
        Fri, 24 Apr 2026 23:55:10 +0200
From: FranchDesk Rapoarte <rapoarte@franchdesk.example>
To: magazin.0417@franchise.shop.example.be, privacy@shop.example.be
Subject: Raport zilnic magazin 0417 Anderlecht-Veeweyde - 24.04.2026
Date: Fri, 24 Apr 2026 23:55:10 +0200
Message-ID: <rz.0417.20260424.235510@backoffice-7.franchdesk.example>
X-Mailer: FranchDesk BackOffice 11.3 (cron)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

FRANCHDESK - RAPORT ZILNIC
Magazin:        0417 Anderlecht-Veeweyde (francizat, ex-Hallemarkt)
Francizat:      SRL Vasilescu & Fiii (BE 0788.412.903)
Data:           24.04.2026
Stare magazin:  ÎNCHIS DEFINITIV de la 25.04.2026 - ultima zi de activitate

VÂNZĂRI
Bonuri fiscale:             612
Vânzări brute:        14 208,55 EUR
Retururi:                -188,40 EUR
Plăți card (Paynexo):  11 902,10 EUR
Numerar:                2 118,05 EUR

CARDURI DE FIDELITATE
Tranzacții cu card Shop Example Plus:     341
Tranzacții cu card HalleCard (vechi):      47  (acceptat până la 30.06)
Înscrieri noi în program la casă:          12
Formulare de consimțământ pe hârtie:       12  (de scanat și distrus, vezi procedura FR-GDPR-2)

ÎNCHIDEREA MAGAZINULUI - SARCINI RĂMASE
[ ] Predarea casetei de înregistrări camere video (păstrare max. 30 zile)
[ ] Distrugerea formularelor de consimțământ pe hârtie după scanare
[ ] Dezactivarea adresei magazin.0417@franchise.shop.example.be (răspuns automat activ)
[x] Dezactivarea terminalelor Paynexo

Acest raport este generat automat în fiecare seară la 23:55.
Destinatarii au fost stabiliți de administratorul rețelei de francize.
'''),
    ('ro', 'person-pastes-sunset-mail-asks-points-history-in-file', 'portability', (),
'''Return-Path: <ioana.stan88@yahoo.example>
Received: from sonic309-21.consmr.mail.ir2.yahoo.example (sonic309-21.consmr.mail.ir2.yahoo.example [77.238.179.84])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L3bLs5Fo7z6r2Ij
        for <privacy@shop.example.be>; Sun, 26 Apr 2026 21:34:56 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.example; s=s2048;
	t=1777232094; bh=Ty5Ui8Op1As4Df7Gh0Jk3Lz6Xc9Vb2Nm5Qw8Er1Ty4U=;
	h=Date:From:To:Subject:References:From:Subject:Reply-To;
	b=Wl3Ek6Rj9Th2Yg5Uf8Id1Os4Pa7Sd0Fg3Hj6Kl9Zx2Cv5Bn8Mq1Wl4Ek7Rj0Th3Yg6U
Date: Sun, 26 Apr 2026 19:34:52 +0000 (UTC)
From: Ioana Stan <ioana.stan88@yahoo.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1784523096.4471209.1777232092601@mail.yahoo.example>
Subject: HalleCard se inchide
References: <1784523096.4471209.1777232092601.ref@mail.yahoo.example>
X-Mailer: WebService/1.1.22305 YMailNorrin
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 seara,

am primit mailul de mai jos. Nu vreau s=C4=83 trec la cardul vostru, o s=C4=
=83 m=C4=83
=C3=AEnscriu la programul de la Colruyt-like. =C3=8Enainte s=C4=83 se =C3=
=AEnchid=C4=83, =C3=AEmi pute=C8=9Bi
trimite istoricul meu de cump=C4=83r=C4=83turi =C8=99i punctele HalleCard =
=C3=AEntr-un fi=C8=99ier
(Excel sau CSV), ca s=C4=83-l pot da noului program? Sau direct lor, dac=C4=
=83 se
poate. Card HC-0702-1188, pe numele Ioana Stan.

Mul=C8=9Bumesc,
Ioana

----- Mesaj redirec=C8=9Bionat -----
De la: FidelPoint <powiadomienia@fidelpoint.example>
C=C4=83tre: ioana.stan88@yahoo.example
Trimis: miercuri, 22 aprilie 2026, 11:30
Subiect: Programul HalleCard se =C3=AEncheie pe 30 iunie - folosi=C8=9Bi-v=
=C4=83 punctele

Stimat=C4=83 client=C4=83, stimate client,

dup=C4=83 preluarea re=C8=9Belei Hallemarkt de c=C4=83tre Shop Example, pro=
gramul de
fidelitate HalleCard se =C3=AEncheie pe 30 iunie 2026.

* Punctele acumulate p=C3=A2n=C4=83 la 31 mai 2026 pot fi schimbate pe vouc=
here
  p=C3=A2n=C4=83 la 30 iunie 2026.
* Dac=C4=83 v-a=C8=9Bi dat acordul, cardul dvs. va fi transferat automat =
=C3=AEn
  programul Shop Example Plus.
* F=C4=83r=C4=83 acord, contul HalleCard =C8=99i datele asociate vor fi =C8=
=99terse dup=C4=83
  30 iunie 2026.

Sold puncte (la 21.04.2026): 2 460
Ave=C8=9Bi dreptul de acces, rectificare, =C8=99tergere, restric=C8=9Bionar=
e =C8=99i opozi=C8=9Bie.

V=C4=83 dezabona=C8=9Bi: https://fidelpoint.us21.list-manage.example/unsubs=
cribe?u=3D5e1f&id=3D7a0d
'''),
    ('el', 'postfix-bounce-old-domain-retired-forwarded-greek-request-to-store', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
	id 4L4eMt8Gp0z6r3Kl; Tue, 12 May 2026 09:18:40 +0200 (CEST)
Date: Tue, 12 May 2026 09:18:40 +0200 (CEST)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4L4eMt8Gp0z6r3Kl.1778570320/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260512071840.4L4eMt8Gp0z6r3Kl@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4L4eMt8Gp0z6r3Kl.1778570320/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<winkel.ixelles@hallemarkt.example>: host mx.hallemarkt.example[192.0.2.30]
    said: 550 5.1.2 Domain hallemarkt.example is retired since 2026-05-01.
    Please use shop.example.be (in reply to RCPT TO command)

--4L4eMt8Gp0z6r3Kl.1778570320/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4L4eMt8Gp0z6r3Kl
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 12 May 2026 09:18:37 +0200 (CEST)

Final-Recipient: rfc822; winkel.ixelles@hallemarkt.example
Original-Recipient: rfc822;winkel.ixelles@hallemarkt.example
Action: failed
Status: 5.1.2
Remote-MTA: dns; mx.hallemarkt.example
Diagnostic-Code: smtp; 550 5.1.2 Domain hallemarkt.example is retired since
    2026-05-01. Please use shop.example.be

--4L4eMt8Gp0z6r3Kl.1778570320/mx1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
From: Shop Example Privacy <privacy@shop.example.be>
To: winkel.ixelles@hallemarkt.example
Subject: =?utf-8?Q?FW:_=CE=91=CE=AF=CF=84=CE=B7=CE=BC=CE=B1_=CE=B3=CE=B9=CE=B1_=CF=84=CE=B9=CF=82_=CE=BA=CE=AC=CE=BC=CE=B5=CF=81=CE=B5=CF=82?= [PRIV-2026-1102]
Date: Tue, 12 May 2026 09:18:36 +0200
Message-ID: <priv-2026-1102.fw.store@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste collega's van de winkel Elsene,

zie hieronder een verzoek van een klant over camerabeelden van 28/04.
Graag de beelden van die dag bewaren tot wij contact opnemen.

Privacy team Shop Example

-----Original Message-----
From: Νίκος Παπαδόπουλος <n.papadopoulos@otenet-like.example>
Sent: Monday, 11 May 2026 18:40
To: privacy@shop.example.be
Subject: Αίτημα για τις κάμερες

Καλησπέρα σας,
στις 28 Απριλίου στο κατάστημα της Ixelles με κατηγόρησαν ότι δεν
πλήρωσα ένα προϊόν. Ζητώ να μου δοθεί το βίντεο από τις κάμερες
εκείνης της ημέρας (περίπου 17:30-18:00) και να μη σβηστεί.

Νίκος Παπαδόπουλος

--4L4eMt8Gp0z6r3Kl.1778570320/mx1.shop.example.be--
'''),
    ('el', 'closed-franchise-store-auto-reply-greek-french', 'automated', (),
'''Return-Path: <katastima.schaerbeek@franchise.shop.example.be>
Received: from mail-fr.franchise.shop.example.be (mail-fr.franchise.shop.example.be [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTP id 4L5hNu1Hq3z6r4Mn
        for <privacy@shop.example.be>; Mon, 18 May 2026 14:02:27 +0200 (CEST)
From: =?utf-8?B?zprOsc+EzqzPg8+EzrfOvM6xIFNjaGFlcmJlZWsgKM6Rz4HOs8+Fz4HPjM+Azr/Phc67zr/Pgik=?= <katastima.schaerbeek@franchise.shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?Q?=CE=91=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=B7_=CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7_/_R=C3=A9ponse_automatique:_Re:_PRIV-2026-1131?=
Date: Mon, 18 May 2026 14:02:25 +0200
Message-ID: <vacation.1779105745.7712@mail-fr.franchise.shop.example.be>
In-Reply-To: <priv-2026-1131.q@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Autoreply: yes
X-Mailer: Dovecot Pigeonhole vacation
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Αγαπητοί πελάτες,

το κατάστημα Shop Example Schaerbeek (πρώην Hallemarkt, Chaussée de Haecht
214) έκλεισε οριστικά στις 25 Απριλίου 2026. Αυτή η διεύθυνση email δεν
παρακολουθείται πλέον και τα μηνύματα δεν διαβάζονται.

Για παραγγελίες, κάρτες και κουπόνια: εξυπηρέτηση πελατών Shop Example,
078 15 44 20 ή www.shop.example.be/contact
Για ερωτήματα σχετικά με τα προσωπικά σας δεδομένα: privacy@shop.example.be

Σας ευχαριστούμε για τα 14 χρόνια εμπιστοσύνης.
Γιώργος Αργυρόπουλος

---

Chers clients,

le magasin Shop Example Schaerbeek (ex-Hallemarkt) est définitivement
fermé depuis le 25 avril 2026. Cette adresse n'est plus consultée.
Service clients : 078 15 44 20 - Vie privée : privacy@shop.example.be
'''),
    ('el', 'new-loyalty-platform-points-transfer-completed-rights-list', 'automated', (),
'''Return-Path: <no-reply@loyaltix.example>
Received: from smtp-out-3.loyaltix.example (smtp-out-3.loyaltix.example [94.141.22.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L6kPv4Ir6z6r5Op
        for <privacy@shop.example.be>; Sat, 16 May 2026 06:10:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=loyaltix.example;
	s=ltx; t=1778904612; h=from:to:subject:date:message-id:mime-version;
	bh=Ek2Rj5Th8Yg1Uf4Id7Os0Pa3Sd6Fg9Hj2Kl5Zx8Cv1B=;
	b=Bn4Mq7Wl0Ek3Rj6Th9Yg2Uf5Id8Os1Pa4Sd7Fg0Hj3Kl6Zx9Cv2Bn5Mq8Wl1Ek4Rj7T
From: Loyaltix <no-reply@loyaltix.example>
To: privacy@shop.example.be
Subject: =?utf-8?B?zp/Ou86/zrrOu863z4HPjs64zrfOus61IM63IM68zrXPhM6xz4bOv8+B?=
 =?utf-8?B?zqwgz4TPic69IM+Az4zOvc+Ez4nOvSDPg86xz4I=?=
Date: Sat, 16 May 2026 04:10:12 +0000
Message-ID: <ltx.transfer.SEP-TEST-0001.1778904612@loyaltix.example>
X-Mailer: Loyaltix Notify 2.4
X-Loyaltix-Program: shop-example-plus
X-Loyaltix-Locale: el-GR
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="ltx_b_20260516"

--ltx_b_20260516
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zpPOtc65zrEgz4POsc+CLAoKzrcgzrzOtc+EzrHPhs6/z4HOrCDPhM+Jzr0gz4DPjM69z4TPic69
IM+DzrHPgiDOsc+Az4wgz4TOt869IM66zqzPgc+EzrEgSGFsbGVDYXJkIM+Dz4TOvyDPgM+Bz4zO
s8+BzrHOvM68zrEKU2hvcCBFeGFtcGxlIFBsdXMgzr/Ou86/zrrOu863z4HPjs64zrfOus61LgoK
zqDOsc67zrnOrCDOus6sz4HPhM6xOiAgICAgICAgICBIQy0wMDAwLTAwMDEgKM67zr/Os86xz4HO
uc6xz4POvM+Mz4IgzrTOv866zrnOvM6uz4IgRFBPKQrOnc6tzrEgzrrOrM+Bz4TOsTogICAgICAg
ICAgICBTRVAgNTUyMSAwMDAwIDAwMDEKzqDPjM69z4TOv865IM+Azr/PhSDOvM61z4TOsc+Gzq3P
gc64zrfOus6xzr06IDAKzpfOvM61z4HOv868zrfOvc6vzrE6ICAgICAgICAgICAxNi8wNS8yMDI2
CgrOpM65IM60zrXOtM6/zrzOrc69zrEgzrzOtc+EzrHPhs6tz4HOuM63zrrOsc69Cs6fzr3Ov868
zrHPhM61z4DPjs69z4XOvM6/LCBlbWFpbCwgzrfOvM61z4HOv868zrfOvc6vzrEgzrPOrc69zr3O
t8+DzrfPgiwgzrnPg8+Ezr/Pgc65zrrPjCDOsc6zzr/Pgc+Ozr0gz4TPic69Cs+EzrXOu861z4XP
hM6xzq/Pic69IDI0IM68zrfOvc+Ozr0gzrrOsc65IM6/zrkgz4PPhc6zzrrOsc+EzrHOuM6tz4PO
tc65z4IgzrXPgM65zrrOv865zr3Pic69zq/Osc+CIM+Azr/PhSDOtc6vz4fOsc+EzrUgzrTPjs+D
zrXOuQrPg8+EzrcgSGFsbGVtYXJrdC4gzqXPgM61z43OuM+Fzr3Ov8+CIM61z4DOtc6+zrXPgc6z
zrHPg86vzrHPgiDOtc6vzr3Osc65IM+AzrvOrc6/zr0gzrcgU2hvcCBFeGFtcGxlIE5WLgrOlyBM
b3lhbHRpeCDOtc69zrXPgc6zzrXOryDPic+CIM61zrrPhM61zrvOv8+Nz4POsSDPhM63zr0gzrXP
gM61zr7Otc+BzrPOsc+Dzq/OsS4KCs6kzrEgzrTOuc66zrHOuc+OzrzOsc+Ezqwgz4POsc+CCs6I
z4fOtc+EzrUgzrTOuc66zrHOr8+JzrzOsSDPgM+Bz4zPg86yzrHPg863z4IsIM60zrnPjM+BzrjP
ic+DzrfPgiwgzrTOuc6xzrPPgc6xz4bOrs+CLCDPgM61z4HOuc6/z4HOuc+DzrzOv8+NIM+EzrfP
ggrOtc+AzrXOvs61z4HOs86xz4POr86xz4IsIM+Gzr/Pgc63z4TPjM+EzrfPhM6xz4IgzrrOsc65
IM61zr3Osc69z4TOr8+Jz4POt8+CLCDOus6xzrjPjs+CIM66zrHOuSDOtM65zrrOsc6vz4nOvM6x
IM69zrEKzrHOvc6xzrrOsc67zq3Pg861z4TOtSDOv8+Azr/Ouc6xzrTOrs+Azr/PhM61IM+Dz4XO
s866zrHPhM6szrjOtc+DzrcuIM6cz4DOv8+BzrXOr8+EzrUgzr3OsSDPhc+Azr/Oss6szrvOtc+E
zrUgzrrOsc+EzrHOs86zzrXOu86vzrEKz4PPhM63zr0gzpHPgc+Hzq4gzqDPgc6/z4PPhM6xz4PO
r86xz4IgzpTOtc60zr/OvM6tzr3Pic69LiDOlc+AzrnOus6/zrnOvc+Jzr3Or86xOiBwcml2YWN5
QHNob3AuZXhhbXBsZS5iZQoKzpHPhc+Ez4wgzrXOr869zrHOuSDOrc69zrEgzrHPhc+Ez4zOvM6x
z4TOvyDOvM6uzr3Phc68zrEuIM6gzrHPgc6xzrrOsc67zr/Pjc68zrUgzrzOt869IM6xz4DOsc69
z4TOrs+DzrXPhM61LgpMb3lhbHRpeCDOkS7OlS4sIM6bzrXPic+GLiDOms63z4bOuc+Dzq/Osc+C
IDQ0LCAxNTEgMjUgzpzOsc+Bzr/Pjc+DzrkK

--ltx_b_20260516
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHg7Y29sb3I6IzIyMiI+CjxkaXYgc3R5bGU9Im1heC13aWR0aDo1ODBweDttYXJnaW46YXV0
bztib3JkZXI6MXB4IHNvbGlkICNlMmUyZTIiPgo8ZGl2IHN0eWxlPSJiYWNrZ3JvdW5kOiNkMDAy
MWI7Y29sb3I6I2ZmZjtwYWRkaW5nOjE2cHg7Zm9udC1zaXplOjE4cHgiPlNob3AgRXhhbXBsZSBQ
bHVzPC9kaXY+CjxkaXYgc3R5bGU9InBhZGRpbmc6MTZweCI+CjxwPs6XIM68zrXPhM6xz4bOv8+B
zqwgz4TPic69IM+Az4zOvc+Ez4nOvSDPg86xz4IgzrHPgM+MIM+EzrfOvSDOus6sz4HPhM6xIDxi
PkhhbGxlQ2FyZDwvYj4gzr/Ou86/zrrOu863z4HPjs64zrfOus61LjwvcD4KPHA+zp3Orc6xIM66
zqzPgc+EzrE6IDxiPlNFUCA1NTIxIDAwMDAgMDAwMTwvYj4gJm1pZGRvdDsgzqDPjM69z4TOv865
OiA8Yj4wPC9iPjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMnB4O2NvbG9yOiM2NjYiPs6UzrnO
us6xzq/Pic68zrEgz4DPgc+Mz4POss6xz4POt8+CLCDOtM65z4zPgc64z4nPg863z4IsIM60zrnO
sc6zz4HOsc+Gzq7Pgiwgz4DOtc+BzrnOv8+BzrnPg868zr/PjSwgz4bOv8+BzrfPhM+Mz4TOt8+E
zrHPgiDOus6xzrkgzrXOvc6xzr3PhM6vz4nPg863z4IgJm5kYXNoOyBwcml2YWN5QHNob3AuZXhh
bXBsZS5iZS4gzpHPhc+Ez4zOvM6xz4TOvyDOvM6uzr3Phc68zrEsIM68zrfOvSDOsc+AzrHOvc+E
zqzPhM61LjwvcD4KPC9kaXY+PC9kaXY+PC9ib2R5PjwvaHRtbD4K

--ltx_b_20260516--
'''),
    ('el', 'sms-gateway-campaign-delivery-report-stop-optouts', 'automated', (),
'''Return-Path: <reports@smsgate-hellas.example>
Received: from mailer1.smsgate-hellas.example (mailer1.smsgate-hellas.example [212.205.41.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L7nQw7Js9z6r6Qr
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 18:40:09 +0200 (CEST)
From: SMSGate Hellas <reports@smsgate-hellas.example>
To: marketing-ops@shop.example.be
Cc: privacy@shop.example.be
Subject: =?utf-8?Q?=CE=91=CE=BD=CE=B1=CF=86=CE=BF=CF=81=CE=AC_=CE=B1=CF=80=CE=BF=CF=83=CF=84=CE=BF=CE=BB=CE=AE=CF=82_=E2=80=93_=CE=BA=CE=B1=CE=BC=CF=80=CE=AC=CE=BD=CE=B9=CE=B1_HM-REBRAND-03?=
Date: Wed, 29 Apr 2026 19:40:07 +0300
Message-ID: <rpt-HM-REBRAND-03-20260429164007@mailer1.smsgate-hellas.example>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OlRhaG9tYSxBcmlhbDtmb250LXNpemU6MTNw
eCI+CjxoMz7Okc69zrHPhs6/z4HOrCDOsc+Azr/Pg8+Ezr/Ou86uz4IgU01TPC9oMz4KPHRhYmxl
IGJvcmRlcj0iMSIgY2VsbHBhZGRpbmc9IjQiIGNlbGxzcGFjaW5nPSIwIj4KPHRyPjx0ZD7OoM61
zrvOrM+EzrfPgjwvdGQ+PHRkPlNob3AgRXhhbXBsZSBOViAozrvOv86zLiA4ODAxNyk8L3RkPjwv
dHI+Cjx0cj48dGQ+zprOsc68z4DOrM69zrnOsTwvdGQ+PHRkPkhNLVJFQlJBTkQtMDMgJmxhcXVv
O86kzr8gSGFsbGVtYXJrdCDPg86xz4IgzrPOr869zrXPhM6xzrkgU2hvcCBFeGFtcGxlJnJhcXVv
OzwvdGQ+PC90cj4KPHRyPjx0ZD7Okc+Azr/Pg8+Ezr/Ou86tzrHPgjwvdGQ+PHRkPlNob3BFeGFt
cGxlPC90ZD48L3RyPgo8dHI+PHRkPs6Xzrwvzr3Or86xIM6xz4DOv8+Dz4TOv867zq7PgjwvdGQ+
PHRkPjI5LzA0LzIwMjYgMTA6MDAgKM+Oz4HOsSDOks61zrvOs86vzr/PhSk8L3RkPjwvdHI+Cjx0
cj48dGQ+zqDOsc+BzrHOu86uz4DPhM61z4I8L3RkPjx0ZD4xOC40MjA8L3RkPjwvdHI+Cjx0cj48
dGQ+zqDOsc+BzrHOtM+MzrjOt866zrHOvTwvdGQ+PHRkPjE3LjYxMSAoOTUsNiUpPC90ZD48L3Ry
Pgo8dHI+PHRkPs6Rz4DOrc+Ez4XPh86xzr0gLyDOvM63IM6tzrPOus+Fz4HOv865IM6xz4HOuc64
zrzOv86vPC90ZD48dGQ+ODA5PC90ZD48L3RyPgo8dHI+PHRkPs6Rz4DOsc69z4TOrs+DzrXOuc+C
IFNUT1AgKM6xz4DOtc6zzrPPgc6xz4bOrik8L3RkPjx0ZD4xLjEzNzwvdGQ+PC90cj4KPHRyPjx0
ZD7Op8+Bzq3Pic+Dzrc8L3RkPjx0ZD4xLjQ3Myw2MCBFVVI8L3RkPjwvdHI+CjwvdGFibGU+Cjxw
Ps6fzrkgzrHPgc65zrjOvM6/zq8gz4DOv8+FIM6xz4DOrM69z4TOt8+DzrHOvSBTVE9QIM+Az4HO
v8+Dz4TOrc64zrfOus6xzr0gzrHPhc+Ez4zOvM6xz4TOsSDPg8+EzrcgzrvOr8+Dz4TOsSDOsc+A
zr/Ous67zrXOuc+DzrzOv8+NCs+Ezr/PhSDOu86/zrPOsc+BzrnOsc+DzrzOv8+NIM+DzrHPgiDO
us6xzrkgzrTOtc69IM64zrEgzrvOrM6yzr/Phc69IM6szrvOu86xIM68zrfOvc+NzrzOsc+EzrEg
zrHPgM+MIM6xz4XPhM+Mzr0gz4TOv869IM6xz4DOv8+Dz4TOv867zq3OsS4KzpPOuc6xIM67z4zO
s86/z4XPgiDPg8+FzrzOvM+Mz4HPhs+Jz4POt8+CIM68zrUgz4TOv869IEdEUFIsIM63IM67zq/P
g8+EzrEgzrHPgM61zrPOs8+BzrHPhs+Ozr0gzrTOuc6xz4TOt8+BzrXOr8+EzrHOuSDOs865zrEg
MjQgzrzOrs69zrXPgi48L3A+CjxwPs6kzr8gzrHPgc+HzrXOr86/IENTViDOvM61IM+EzrnPgiDO
sc+Azr/PhM+Fz4fOt868zq3Ovc61z4Igz4DOsc+BzrHOtM+Mz4POtc65z4IgzrTOuc6xz4TOr864
zrXPhM6xzrkgz4PPhM6/zr0gz4DOr869zrHOus6xIM61zrvOrc6zz4fOv8+FOgpodHRwczovL3Bh
bmVsLnNtc2dhdGUtaGVsbGFzLmV4YW1wbGUvcmVwb3J0cy9ITS1SRUJSQU5ELTAzPC9wPgo8cCBz
dHlsZT0iY29sb3I6Izg4ODtmb250LXNpemU6MTFweCI+zpHPhc+Ez4zOvM6xz4TOvyDOvM6uzr3P
hc68zrEgzrHPgM+MIM+EzrfOvSDPgM67zrHPhM+Gz4zPgc68zrEgU01TR2F0ZS4gzpzOt869IM6x
z4DOsc69z4TOrM+EzrUgz4POtSDOsc+Fz4TPjCDPhM6/IGVtYWlsLjwvcD4KPC9ib2R5PjwvaHRt
bD4K
'''),
    ('el', 'person-greeklish-forwards-closed-store-auto-reply-complains-asks-who-has-data', 'complaint', ('access', 'deletion'),
'''Return-Path: <eleni.k.bxl@hotmail.example>
Received: from EUR02-VI1-obe.outbound.protection.outlook.example (mail-vi1eur02olkn2011.outbound.protection.outlook.example [40.92.48.11])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L8qRx0Kt2z6r7St
        for <privacy@shop.example.be>; Tue, 19 May 2026 23:05:38 +0200 (CEST)
From: Eleni K <eleni.k.bxl@hotmail.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: FW: Aftomati apantisi / Reponse automatique
Date: Tue, 19 May 2026 21:05:33 +0000
Message-ID: <DB9P250MB0411E7A2C5F0B8D3@DB9P250MB0411.EURP250.PROD.OUTLOOK.EXAMPLE>
Content-Language: el-GR
X-MS-Has-Attach:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

S2FsaXNwZXJhLApncmFmbyAzIGZvcmVzIHN0byBrYXRhc3RpbWEgU2NoYWVyYmVlayBnaWEgbmEg
bW91IHN2aXNvdW4gdGluIGthcnRhIGthaQp0aW4gZm90b2dyYWZpYSB0aXMgdGFmdG90aXRhcyBw
b3UgbW91IGVrYW5hbiBvdGFuIHBpcmEgdGluIGthcnRhICghKSBrYWkKcGFpcm5vIG1vbm8gYWZ0
byB0byBhZnRvbWF0byBtaW5pbWEuIFRvIG1hZ2F6aSBla2xlaXNlLCBrYW5laXMgZGVuCmFwYW50
YWVpLiBQb3UgZWluYWkgdG9yYSB0YSBzdG9peGVpYSBtb3Uga2FpIGkgZm90b2dyYWZpYSB0aXMg
dGFmdG90aXRhczsKUG9pb3MgdGEgZXhlaSwgZXNpcyBpIG8gR2Vvcmdpb3M7IFRoZWxvIG5hIG1v
dSBwZWl0ZSBha3Jpdm9zLgoKQW4gZGVuIHBhcm8gYXBhbnRpc2kgbWVzYSBzdG9uIG1pbmEgdGhh
IGthbm8ga2F0YWdlbGlhIHN0aW4gYXJ4aQpwcm9zdGFzaWFzIGRlZG9tZW5vbiBzdG8gVmVsZ2lv
LiBEZW4gZWluYWkgc292YXJhIGFmdGEuCgpFbGVuaSBLeXJpYWtvdQowNDg2IDIyIDcxIDA5CgpT
ZW50IGZyb20gT3V0bG9vayBmb3IgQW5kcm9pZAoKX19fX19fX19fX19fX19fX19fX19fX19fX19f
X19fX18KRnJvbTogzprOsc+EzqzPg8+EzrfOvM6xIFNjaGFlcmJlZWsgKM6Rz4HOs8+Fz4HPjM+A
zr/Phc67zr/PgikgPGthdGFzdGltYS5zY2hhZXJiZWVrQGZyYW5jaGlzZS5zaG9wLmV4YW1wbGUu
YmU+ClNlbnQ6IFR1ZXNkYXksIE1heSAxOSwgMjAyNiAxMDoxNDowMiBQTQpUbzogZWxlbmkuay5i
eGxAaG90bWFpbC5leGFtcGxlIDxlbGVuaS5rLmJ4bEBob3RtYWlsLmV4YW1wbGU+ClN1YmplY3Q6
IM6Rz4XPhM+MzrzOsc+EzrcgzrHPgM6szr3PhM63z4POtyAvIFLDqXBvbnNlIGF1dG9tYXRpcXVl
CgrOkc6zzrHPgM63z4TOv86vIM+AzrXOu86sz4TOtc+CLAoKz4TOvyDOus6xz4TOrM+Dz4TOt868
zrEgU2hvcCBFeGFtcGxlIFNjaGFlcmJlZWsgKM+Az4HPjs63zr0gSGFsbGVtYXJrdCwgQ2hhdXNz
w6llIGRlIEhhZWNodAoyMTQpIM6tzrrOu861zrnPg861IM6/z4HOuc+Dz4TOuc66zqwgz4PPhM65
z4IgMjUgzpHPgM+BzrnOu86vzr/PhSAyMDI2LiDOkc+Fz4TOriDOtyDOtM65zrXPjc64z4XOvc+D
zrcgZW1haWwgzrTOtc69Cs+AzrHPgc6xzrrOv867zr/Phc64zrXOr8+EzrHOuSDPgM67zq3Ov869
IM66zrHOuSDPhM6xIM68zrfOvc+NzrzOsc+EzrEgzrTOtc69IM60zrnOsc6yzqzOts6/zr3PhM6x
zrkuCgrOk865zrEgzrXPgc+Jz4TOrs68zrHPhM6xIM+Dz4fOtc+EzrnOus6sIM68zrUgz4TOsSDP
gM+Bzr/Pg8+Jz4DOuc66zqwgz4POsc+CIM60zrXOtM6/zrzOrc69zrE6IHByaXZhY3lAc2hvcC5l
eGFtcGxlLmJlCg==
'''),
    ('bg', 'contact-centre-monitoring-alert-privacy-queue-over-sla', 'automated', (),
'''Return-Path: <alerts@monitoring.contactbridge.example>
Received: from grafana-smtp.sof.contactbridge.example (grafana-smtp.sof.contactbridge.example [46.10.150.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L9tSy3Lu5z6r8Uv
        for <privacy@shop.example.be>; Mon, 25 May 2026 10:47:02 +0200 (CEST)
From: ContactBridge Monitoring <alerts@monitoring.contactbridge.example>
To: privacy@shop.example.be, noc-sofia@contactbridge.example
Subject: =?utf-8?Q?[FIRING:1]_=D0=9E=D0=BF=D0=B0=D1=88=D0=BA=D0=B0_SE-BE_=D0=97=D0=B0=D1=89=D0=B8=D1=82=D0=B0_=D0=BD=D0=B0_=D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5_=E2=80=93_=D0=BD=D0=B0=D0=B4_SLA?=
Date: Mon, 25 May 2026 08:47:00 +0000
Message-ID: <alert.a7f1c9.1779698820@grafana-smtp.sof.contactbridge.example>
X-Grafana-Alert-Rule: se-be-privacy-queue-sla
X-Mailer: Grafana
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="gf-7d2a91c4e0b3"

--gf-7d2a91c4e0b3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

[FIRING:1] =D0=9E=D0=BF=D0=B0=D1=88=D0=BA=D0=B0 SE-BE =D0=97=D0=B0=D1=89=D0=
=B8=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =E2=
=80=93 =D0=BD=D0=B0=D0=B4 SLA

=D0=A1=D0=B8=D0=B3=D0=BD=D0=B0=D0=BB:      se-be-privacy-queue-sla
=D0=9A=D1=80=D0=B8=D1=82=D0=B8=D1=87=D0=BD=D0=BE=D1=81=D1=82:  warning
=D0=A6=D0=B5=D0=BD=D1=82=D1=8A=D1=80:      ContactBridge =D0=A1=D0=BE=D1=84=
=D0=B8=D1=8F (=D0=B1=D1=83=D0=BB. =D0=A6=D0=B0=D1=80=D0=B8=D0=B3=D1=80=D0=
=B0=D0=B4=D1=81=D0=BA=D0=BE =D1=88=D0=BE=D1=81=D0=B5 115)
=D0=9A=D0=BB=D0=B8=D0=B5=D0=BD=D1=82:      Shop Example NV

=D0=A1=D1=82=D0=BE=D0=B9=D0=BD=D0=BE=D1=81=D1=82:    47 =D0=BD=D0=B5=D1=80=
=D0=B0=D0=B7=D0=BF=D1=80=D0=B5=D0=B4=D0=B5=D0=BB=D0=B5=D0=BD=D0=B8 =D0=B7=
=D0=B0=D1=8F=D0=B2=D0=BA=D0=B8 =D0=B2 =D0=BE=D0=BF=D0=B0=D1=88=D0=BA=D0=B0 =
"=D0=97=D0=B0=D1=89=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B4=D0=B0=D0=BD=D0=BD=
=D0=B8=D1=82=D0=B5",
             =D0=BD=D0=B0=D0=B9-=D1=81=D1=82=D0=B0=D1=80=D0=B0=D1=82=D0=B0 =
=D1=87=D0=B0=D0=BA=D0=B0 26 =D1=87 40 =D0=BC=D0=B8=D0=BD (=D0=BF=D1=80=D0=
=B0=D0=B3: 24 =D1=87)
=D0=9D=D0=B0=D1=87=D0=B0=D0=BB=D0=BE:      25.05.2026 10:45 EEST

=D0=92=D0=B5=D1=80=D0=BE=D1=8F=D1=82=D0=BD=D0=B0 =D0=BF=D1=80=D0=B8=D1=87=
=D0=B8=D0=BD=D0=B0: =D1=83=D0=B2=D0=B5=D0=BB=D0=B8=D1=87=D0=B5=D0=BD =D0=B1=
=D1=80=D0=BE=D0=B9 =D0=B7=D0=B0=D1=8F=D0=B2=D0=BA=D0=B8 =D0=B7=D0=B0 =D0=B8=
=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5 =D0=B8 =D0=B4=D0=BE=D1=81=
=D1=82=D1=8A=D0=BF =D1=81=D0=BB=D0=B5=D0=B4
=D0=BF=D0=B8=D1=81=D0=BC=D0=B0=D1=82=D0=B0 =D0=B7=D0=B0 =D0=BF=D1=80=D0=B5=
=D1=85=D0=B2=D1=8A=D1=80=D0=BB=D1=8F=D0=BD=D0=B5 =D0=BD=D0=B0 =D0=BA=D0=B0=
=D1=80=D1=82=D0=B8=D1=82=D0=B5 HalleCard (=D0=BA=D0=B0=D0=BC=D0=BF=D0=B0=D0=
=BD=D0=B8=D1=8F =D0=BE=D1=82 22.05).

=D0=94=D0=B5=D0=B9=D1=81=D1=82=D0=B2=D0=B8=D0=B5 =D0=BF=D0=BE =D0=BD=D0=B0=
=D1=80=D1=8A=D1=87=D0=BD=D0=B8=D0=BA=D0=B0 (runbook RB-PRIV-04):
1. =D0=94=D0=B5=D0=B6=D1=83=D1=80=D0=BD=D0=B8=D1=8F=D1=82 =D0=B5=D0=BA=D0=
=B8=D0=BF =D0=BB=D0=B8=D0=B4=D0=B5=D1=80 =D0=BF=D1=80=D0=B5=D0=BD=D0=B0=D1=
=81=D0=BE=D1=87=D0=B2=D0=B0 =D0=B4=D0=B2=D0=B0=D0=BC=D0=B0 =D0=B0=D0=B3=D0=
=B5=D0=BD=D1=82=D0=B8 =D0=BE=D1=82 =D0=BE=D0=BF=D0=B0=D1=88=D0=BA=D0=B0 "=
=D0=9F=D0=BE=D1=80=D1=8A=D1=87=D0=BA=D0=B8".
2. =D0=97=D0=B0=D1=8F=D0=B2=D0=BA=D0=B8=D1=82=D0=B5 =D0=BD=D0=B5 =D1=81=D0=
=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=D1=80=D1=8F=D1=82 =D0=BE=D1=82 =D0=
=B0=D0=B3=D0=B5=D0=BD=D1=82=D0=B8 =E2=80=93 =D1=81=D0=B0=D0=BC=D0=BE =D1=81=
=D0=B5 =D0=B5=D1=81=D0=BA=D0=B0=D0=BB=D0=B8=D1=80=D0=B0=D1=82 =D0=BA=D1=8A=
=D0=BC
   privacy@shop.example.be =D0=B2 =D1=80=D0=B0=D0=BC=D0=BA=D0=B8=D1=82=D0=
=B5 =D0=BD=D0=B0 4 =D1=87=D0=B0=D1=81=D0=B0.

=D0=A2=D0=B0=D0=B1=D0=BB=D0=BE:  https://grafana.sof.contactbridge.example/=
d/se-be-queues
=D0=97=D0=B0=D0=B3=D0=BB=D1=83=D1=88=D0=B8: https://grafana.sof.contactbrid=
ge.example/alerting/silence/new?alertname=3Dse-be-privacy-queue-sla

--gf-7d2a91c4e0b3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Inter,Helvetica,Arial,sans-serif;backgroun=
d:#f4f5f5">
<div style=3D"max-width:600px;margin:auto;background:#fff;border-top:4px so=
lid #e02f44;padding:20px">
<h2 style=3D"color:#e02f44;margin:0">[FIRING:1] =D0=9E=D0=BF=D0=B0=D1=88=D0=
=BA=D0=B0 SE-BE =D0=97=D0=B0=D1=89=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B4=D0=
=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 &ndash; =D0=BD=D0=B0=D0=B4 SLA</h2>
<p>47 =D0=BD=D0=B5=D1=80=D0=B0=D0=B7=D0=BF=D1=80=D0=B5=D0=B4=D0=B5=D0=BB=D0=
=B5=D0=BD=D0=B8 =D0=B7=D0=B0=D1=8F=D0=B2=D0=BA=D0=B8, =D0=BD=D0=B0=D0=B9-=
=D1=81=D1=82=D0=B0=D1=80=D0=B0=D1=82=D0=B0 =D1=87=D0=B0=D0=BA=D0=B0 <b>26 =
=D1=87 40 =D0=BC=D0=B8=D0=BD</b> (=D0=BF=D1=80=D0=B0=D0=B3 24 =D1=87).</p>
<p>Runbook RB-PRIV-04: =D0=B7=D0=B0=D1=8F=D0=B2=D0=BA=D0=B8=D1=82=D0=B5 =D1=
=81=D0=B5 =D0=B5=D1=81=D0=BA=D0=B0=D0=BB=D0=B8=D1=80=D0=B0=D1=82 =D0=BA=D1=
=8A=D0=BC privacy@shop.example.be =D0=B4=D0=BE 4 =D1=87=D0=B0=D1=81=D0=B0.<=
/p>
<p><a href=3D"https://grafana.sof.contactbridge.example/d/se-be-queues">=D0=
=9E=D1=82=D0=B2=D0=BE=D1=80=D0=B8 =D1=82=D0=B0=D0=B1=D0=BB=D0=BE=D1=82=D0=
=BE</a> &middot;
<a href=3D"https://grafana.sof.contactbridge.example/alerting/silence/new?a=
lertname=3Dse-be-privacy-queue-sla">=D0=97=D0=B0=D0=B3=D0=BB=D1=83=D1=88=D0=
=B8</a></p>
<p style=3D"color:#999;font-size:11px">Sent by Grafana v10.4.2</p>
</div></body></html>

--gf-7d2a91c4e0b3--
'''),
    ('bg', 'customer-migration-notice-bulgarian-bcc-copy-objection-rights', 'automated', (),
'''Return-Path: <bounce-bg-2205-privacy=shop.example.be@mail.shop.example.be>
Received: from mta-eu-7.esp-sendout.example (mta-eu-7.esp-sendout.example [185.41.28.7])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LBwTz6Mv8z6r9Wx
        for <privacy@shop.example.be>; Fri, 22 May 2026 09:00:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mail.shop.example.be;
	s=esp1; t=1779433242; h=from:to:subject:date:message-id:list-unsubscribe;
	bh=Uf4Id7Os0Pa3Sd6Fg9Hj2Kl5Zx8Cv1Bn4Mq7Wl0Ek3R=;
	b=Rj6Th9Yg2Uf5Id8Os1Pa4Sd7Fg0Hj3Kl6Zx9Cv2Bn5Mq8Wl1Ek4Rj7Th0Yg3Uf6Id9O
From: Shop Example <info@mail.shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?Q?=D0=92=D0=B0=D1=88=D0=B0=D1=82=D0=B0_=D0=BA=D0=B0=D1=80=D1=82=D0=B0_HalleCard_=D1=81=D1=82=D0=B0=D0=B2=D0=B0_Shop_Example_Plus_=E2=80=93_=D0=BA=D0=B0=D0=BA=D0=B2=D0=BE_=D1=81=D0=B5_=D0=BF=D1=80=D0=BE=D0=BC=D0=B5=D0=BD=D1=8F?=
Date: Fri, 22 May 2026 07:00:42 +0000
Message-ID: <cmp.HM-NOTICE-BG.2205.seed-privacy@mail.shop.example.be>
List-Unsubscribe: <https://mail.shop.example.be/u/bg/seed-privacy>, <mailto:unsubscribe@mail.shop.example.be?subject=seed-privacy>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Campaign: HM-NOTICE-BG-2205
X-Seed-Copy: compliance
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="esp-hm-bg-2205"

--esp-hm-bg-2205
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=B2=D0=B5=D1=80=D0=B8=D0=B3=D0=B0=D1=82=D0=B0 Hallemarkt =D0=B2=D0=B5=D1=
=87=D0=B5 =D0=B5 =D1=87=D0=B0=D1=81=D1=82 =D0=BE=D1=82 Shop Example. =D0=9F=
=D0=B8=D1=88=D0=B5=D0=BC =D0=92=D0=B8, =D0=B7=D0=B0=D1=89=D0=BE=D1=82=D0=BE=
 =D1=81=D1=82=D0=B5
=D0=BF=D1=80=D0=B8=D1=82=D0=B5=D0=B6=D0=B0=D1=82=D0=B5=D0=BB =D0=BD=D0=B0 =
=D0=BA=D0=B0=D1=80=D1=82=D0=B0 HalleCard, =D0=B8 =D0=B8=D1=81=D0=BA=D0=B0=
=D0=BC=D0=B5 =D0=B4=D0=B0 =D0=B7=D0=BD=D0=B0=D0=B5=D1=82=D0=B5 =D0=BA=D0=B0=
=D0=BA=D0=B2=D0=BE =D1=81=D0=B5 =D1=81=D0=BB=D1=83=D1=87=D0=B2=D0=B0 =D1=81
=D0=92=D0=B0=D1=88=D0=B8=D1=82=D0=B5 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8.

=D0=9A=D0=B0=D0=BA=D0=B2=D0=BE =D0=BF=D1=80=D0=B5=D1=85=D0=B2=D1=8A=D1=80=
=D0=BB=D1=8F=D0=BC=D0=B5
=D0=98=D0=BC=D0=B5, =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB, =D1=82=D0=B5=D0=BB=D0=
=B5=D1=84=D0=BE=D0=BD, =D0=B4=D0=B0=D1=82=D0=B0 =D0=BD=D0=B0 =D1=80=D0=B0=
=D0=B6=D0=B4=D0=B0=D0=BD=D0=B5, =D1=82=D0=BE=D1=87=D0=BA=D0=B8 =D0=B8 =D0=
=B8=D1=81=D1=82=D0=BE=D1=80=D0=B8=D1=8F =D0=BD=D0=B0 =D0=BF=D0=BE=D0=BA=D1=
=83=D0=BF=D0=BA=D0=B8=D1=82=D0=B5 =D0=BE=D1=82
=D0=BF=D0=BE=D1=81=D0=BB=D0=B5=D0=B4=D0=BD=D0=B8=D1=82=D0=B5 24 =D0=BC=D0=
=B5=D1=81=D0=B5=D1=86=D0=B0. =D0=9E=D1=82 1 =D1=8E=D0=BB=D0=B8 2026 =D0=B3.=
 =D0=B0=D0=B4=D0=BC=D0=B8=D0=BD=D0=B8=D1=81=D1=82=D1=80=D0=B0=D1=82=D0=BE=
=D1=80 =D0=BD=D0=B0 =D1=82=D0=B5=D0=B7=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=
 =D0=B5
Shop Example NV, Industrieweg 12, 2800 Mechelen, =D0=91=D0=B5=D0=BB=D0=B3=
=D0=B8=D1=8F.

=D0=9A=D0=B0=D0=BA=D0=B2=D0=BE =D0=BD=D0=B5 =D0=BF=D1=80=D0=B5=D1=85=D0=B2=
=D1=8A=D1=80=D0=BB=D1=8F=D0=BC=D0=B5
=D0=97=D0=B0=D0=BF=D0=B8=D1=81=D0=B8 =D0=BE=D1=82 =D0=B2=D0=B8=D0=B4=D0=B5=
=D0=BE=D0=BD=D0=B0=D0=B1=D0=BB=D1=8E=D0=B4=D0=B5=D0=BD=D0=B8=D0=B5, =D0=BA=
=D0=BE=D0=BF=D0=B8=D1=8F =D0=BD=D0=B0 =D0=B4=D0=BE=D0=BA=D1=83=D0=BC=D0=B5=
=D0=BD=D1=82=D0=B8 =D0=B7=D0=B0 =D1=81=D0=B0=D0=BC=D0=BE=D0=BB=D0=B8=D1=87=
=D0=BD=D0=BE=D1=81=D1=82 =D0=B8
=D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D1=8F =D0=B7=D0=B0 =D0=BC=D0=B0=
=D1=80=D0=BA=D0=B5=D1=82=D0=B8=D0=BD=D0=B3, =D0=BF=D0=BE-=D1=81=D1=82=D0=B0=
=D1=80=D0=B8 =D0=BE=D1=82 24 =D0=BC=D0=B5=D1=81=D0=B5=D1=86=D0=B0.

=D0=92=D0=B0=D1=88=D0=B8=D1=82=D0=B5 =D0=BF=D1=80=D0=B0=D0=B2=D0=B0
* =D0=9D=D0=B5 =D1=81=D1=82=D0=B5 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=
=BD=D0=B8 =D1=81 =D0=BF=D1=80=D0=B5=D1=85=D0=B2=D1=8A=D1=80=D0=BB=D1=8F=D0=
=BD=D0=B5=D1=82=D0=BE? =D0=9C=D0=BE=D0=B6=D0=B5=D1=82=D0=B5 =D0=B4=D0=B0 =
=D0=B2=D1=8A=D0=B7=D1=80=D0=B0=D0=B7=D0=B8=D1=82=D0=B5 =D0=B4=D0=BE 30 =D1=
=8E=D0=BD=D0=B8 2026 =D0=B3.
  =D0=B8 =D0=BA=D0=B0=D1=80=D1=82=D0=B0=D1=82=D0=B0 =D0=92=D0=B8 =D0=BD=D1=
=8F=D0=BC=D0=B0 =D0=B4=D0=B0 =D0=B1=D1=8A=D0=B4=D0=B5 =D0=BF=D1=80=D0=B5=D1=
=85=D0=B2=D1=8A=D1=80=D0=BB=D0=B5=D0=BD=D0=B0, =D0=B0 =D0=B4=D0=B0=D0=BD=D0=
=BD=D0=B8=D1=82=D0=B5 =D1=89=D0=B5 =D0=B1=D1=8A=D0=B4=D0=B0=D1=82 =D0=B8=D0=
=B7=D1=82=D1=80=D0=B8=D1=82=D0=B8.
* =D0=9C=D0=BE=D0=B6=D0=B5=D1=82=D0=B5 =D0=BF=D0=BE =D0=B2=D1=81=D1=8F=D0=
=BA=D0=BE =D0=B2=D1=80=D0=B5=D0=BC=D0=B5 =D0=B4=D0=B0 =D0=BF=D0=BE=D0=B8=D1=
=81=D0=BA=D0=B0=D1=82=D0=B5 =D0=B4=D0=BE=D1=81=D1=82=D1=8A=D0=BF =D0=B4=D0=
=BE =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D1=81=D0=B8, =D0=BA=D0=BE=
=D1=80=D0=B8=D0=B3=D0=B8=D1=80=D0=B0=D0=BD=D0=B5,
  =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5 =D0=B8=D0=BB=D0=B8=
 =D0=BE=D0=B3=D1=80=D0=B0=D0=BD=D0=B8=D1=87=D0=B0=D0=B2=D0=B0=D0=BD=D0=B5 =
=D0=BD=D0=B0 =D0=BE=D0=B1=D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=B2=D0=B0=D0=BD=
=D0=B5=D1=82=D0=BE, =D0=BA=D0=B0=D0=BA=D1=82=D0=BE =D0=B8 =D0=B4=D0=B0 =D0=
=B3=D0=B8 =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B8=D1=82=D0=B5
  =D0=B2=D1=8A=D0=B2 =D1=84=D0=B0=D0=B9=D0=BB.
* =D0=9C=D0=BE=D0=B6=D0=B5=D1=82=D0=B5 =D0=B4=D0=B0 =D0=BE=D1=82=D1=82=D0=
=B5=D0=B3=D0=BB=D0=B8=D1=82=D0=B5 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=
=B8=D0=B5=D1=82=D0=BE =D1=81=D0=B8 =D0=B7=D0=B0 =D1=80=D0=B5=D0=BA=D0=BB=D0=
=B0=D0=BC=D0=BD=D0=B8 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D1=
=8F =D1=81 =D0=B5=D0=B4=D0=B8=D0=BD =D0=BA=D0=BB=D0=B8=D0=BA
  =D0=BF=D0=BE-=D0=B4=D0=BE=D0=BB=D1=83.
* =D0=98=D0=BC=D0=B0=D1=82=D0=B5 =D0=BF=D1=80=D0=B0=D0=B2=D0=BE =D0=BD=D0=
=B0 =D0=B6=D0=B0=D0=BB=D0=B1=D0=B0 =D0=B4=D0=BE =D0=B1=D0=B5=D0=BB=D0=B3=D0=
=B8=D0=B9=D1=81=D0=BA=D0=B8=D1=8F =D0=BE=D1=80=D0=B3=D0=B0=D0=BD =D0=B7=D0=
=B0 =D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B4=D0=B0=D0=BD=D0=
=BD=D0=B8=D1=82=D0=B5.

=D0=9F=D0=B8=D1=88=D0=B5=D1=82=D0=B5 =D0=BD=D0=B8 =D0=BD=D0=B0 privacy@shop=
.example.be =D0=B8=D0=BB=D0=B8 =D0=B2 =D0=BF=D1=80=D0=B8=D0=BB=D0=BE=D0=B6=
=D0=B5=D0=BD=D0=B8=D0=B5=D1=82=D0=BE (=D0=9F=D1=80=D0=BE=D1=84=D0=B8=D0=BB >
=D0=9F=D0=BE=D0=B2=D0=B5=D1=80=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=BE=D1=81=D1=
=82).

=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,
=D0=B5=D0=BA=D0=B8=D0=BF=D1=8A=D1=82 =D0=BD=D0=B0 Shop Example

=D0=9D=D0=B5 =D0=B6=D0=B5=D0=BB=D0=B0=D0=B5=D1=82=D0=B5 =D1=80=D0=B5=D0=BA=
=D0=BB=D0=B0=D0=BC=D0=BD=D0=B8 =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB=D0=B8? =D0=9E=
=D1=82=D0=BF=D0=B8=D1=88=D0=B5=D1=82=D0=B5 =D1=81=D0=B5: https://mail.shop.=
example.be/u/bg/seed-privacy

--esp-hm-bg-2205
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"margin:0;background:#f5f5f5">
<table width=3D"600" align=3D"center" style=3D"background:#fff;font-family:=
Arial,sans-serif;font-size:14px">
<tr><td style=3D"background:#d0021b;color:#fff;padding:18px;font-size:20px"=
>HalleCard &rarr; Shop Example Plus</td></tr>
<tr><td style=3D"padding:18px;line-height:1.5">
<p>=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,</p>
<p>=D0=B2=D0=B5=D1=80=D0=B8=D0=B3=D0=B0=D1=82=D0=B0 Hallemarkt =D0=B2=D0=B5=
=D1=87=D0=B5 =D0=B5 =D1=87=D0=B0=D1=81=D1=82 =D0=BE=D1=82 Shop Example. =D0=
=9E=D1=82 1 =D1=8E=D0=BB=D0=B8 2026 =D0=B3. =D0=B0=D0=B4=D0=BC=D0=B8=D0=BD=
=D0=B8=D1=81=D1=82=D1=80=D0=B0=D1=82=D0=BE=D1=80 =D0=BD=D0=B0 =D0=B4=D0=B0=
=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D0=BE=D1=82 =D0=92=D0=B0=D1=88=D0=B0=D1=82=
=D0=B0 =D0=BA=D0=B0=D1=80=D1=82=D0=B0 =D0=B5 <b>Shop Example NV</b>.</p>
<p><b>=D0=9D=D0=B5 =D1=81=D1=82=D0=B5 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=
=D0=BD=D0=B8?</b> =D0=92=D1=8A=D0=B7=D1=80=D0=B0=D0=B7=D0=B5=D1=82=D0=B5 =
=D0=B4=D0=BE 30 =D1=8E=D0=BD=D0=B8 2026 =D0=B3. &ndash; =D0=BA=D0=B0=D1=80=
=D1=82=D0=B0=D1=82=D0=B0 =D0=BD=D1=8F=D0=BC=D0=B0 =D0=B4=D0=B0 =D0=B1=D1=8A=
=D0=B4=D0=B5 =D0=BF=D1=80=D0=B5=D1=85=D0=B2=D1=8A=D1=80=D0=BB=D0=B5=D0=BD=
=D0=B0, =D0=B0 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D1=89=D0=B5 =D0=
=B1=D1=8A=D0=B4=D0=B0=D1=82 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D1=82=D0=B8.</p>
<p style=3D"font-size:12px;color:#666">=D0=94=D0=BE=D1=81=D1=82=D1=8A=D0=BF=
, =D0=BA=D0=BE=D1=80=D0=B8=D0=B3=D0=B8=D1=80=D0=B0=D0=BD=D0=B5, =D0=B8=D0=
=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5, =D0=BE=D0=B3=D1=80=D0=B0=D0=
=BD=D0=B8=D1=87=D0=B0=D0=B2=D0=B0=D0=BD=D0=B5, =D0=BF=D1=80=D0=B5=D0=BD=D0=
=BE=D1=81=D0=B8=D0=BC=D0=BE=D1=81=D1=82, =D0=B6=D0=B0=D0=BB=D0=B1=D0=B0 =D0=
=B4=D0=BE =D0=BD=D0=B0=D0=B4=D0=B7=D0=BE=D1=80=D0=BD=D0=B8=D1=8F =D0=BE=D1=
=80=D0=B3=D0=B0=D0=BD: privacy@shop.example.be</p>
<p style=3D"font-size:11px;color:#999"><a href=3D"https://mail.shop.example=
.be/u/bg/seed-privacy">=D0=9E=D1=82=D0=BF=D0=B8=D1=81=D0=B2=D0=B0=D0=BD=D0=
=B5</a></p>
</td></tr></table></body></html>

--esp-hm-bg-2205--
'''),
    ('bg', 'bulgarian-webmail-bounce-user-unknown-reply-on-transfer-objection', 'automated', (),
'''Return-Path: <>
Received: from mx2.abv-like.example (mx2.abv-like.example [194.153.145.104])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LCzVa9Nw1z6s0Yz
        for <privacy@shop.example.be>; Thu, 28 May 2026 16:31:19 +0200 (CEST)
Date: Thu, 28 May 2026 17:31:17 +0300
From: =?utf-8?Q?=D0=9F=D0=BE=D1=89=D0=B5=D0=BD=D1=81=D0=BA=D0=B8_=D1=81=D1=8A=D1=80=D0=B2=D1=8A=D1=80?= <MAILER-DAEMON@mx2.abv-like.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?=D0=9D=D0=B5=D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=BE_=D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5?=
Message-ID: <E1wN3kP-0007aQ-Lm@mx2.abv-like.example>
Auto-Submitted: auto-replied
X-Failed-Recipients: stoyan.georgiev.63@abv-like.example
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="1779978677-eximdsn-1842"

--1779978677-eximdsn-1842
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Това съобщение е генерирано автоматично от пощенския сървър.

Вашето писмо не можа да бъде доставено до един или повече получатели.
Грешката е постоянна:

  stoyan.georgiev.63@abv-like.example
    Несъществуваща пощенска кутия (акаунтът е изтрит поради неактивност)

This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error.

--1779978677-eximdsn-1842
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.abv-like.example

Action: failed
Final-Recipient: rfc822;stoyan.georgiev.63@abv-like.example
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--1779978677-eximdsn-1842
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
From: Shop Example Privacy <privacy@shop.example.be>
To: stoyan.georgiev.63@abv-like.example
Subject: =?utf-8?Q?=D0=92=D0=B0=D1=88=D0=B5=D1=82=D0=BE_=D0=B2=D1=8A=D0=B7=D1=80=D0=B0=D0=B6=D0=B5=D0=BD=D0=B8=D0=B5_[PRIV-2026-1240]?=
Date: Thu, 28 May 2026 16:31:14 +0200
Message-ID: <priv-2026-1240.reply@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Уважаеми г-н Георгиев,

получихме Вашето възражение срещу прехвърлянето на картата HalleCard
HC-0811-4506. Картата няма да бъде прехвърлена в Shop Example Plus, а
данните Ви в системата на Hallemarkt ще бъдат изтрити до 30 юни 2026 г.

С уважение,
екипът по защита на данните, Shop Example

--1779978677-eximdsn-1842--
'''),
    ('bg', 'person-replies-above-migration-notice-objects-to-ads-and-profiling', 'objection', ('deletion',),
'''Return-Path: <rumyana.petrova@gmail.example>
Received: from mail-wr1-f46.google.example (mail-wr1-f46.google.example [209.85.221.46])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LD3Wb2Ox4z6s1Ab
        for <privacy@shop.example.be>; Sat, 23 May 2026 12:48:51 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.example; s=20230601;
	h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
	bh=Id8Os1Pa4Sd7Fg0Hj3Kl6Zx9Cv2Bn5Mq8Wl1Ek4Rj7T=;
	b=Yg2Uf5Id8Os1Pa4Sd7Fg0Hj3Kl6Zx9Cv2Bn5Mq8Wl1Ek4Rj7Th0Yg3Uf6Id9Os2Pa5S
MIME-Version: 1.0
References: <cmp.HM-NOTICE-BG.2205.r-petrova@mail.shop.example.be>
In-Reply-To: <cmp.HM-NOTICE-BG.2205.r-petrova@mail.shop.example.be>
From: =?UTF-8?B?0KDRg9C80Y/QvdCwINCf0LXRgtGA0L7QstCw?= <rumyana.petrova@gmail.example>
Date: Sat, 23 May 2026 12:48:37 +0200
Message-ID: <CAN4pR7wXy2+Kq9Lm3Tz8Vb1Nc6Dd0Fe5Gg7Hh2Ii9Jj4Kk@mail.gmail.example>
Subject: =?UTF-8?Q?Re:_=D0=92=D0=B0=D1=88=D0=B0=D1=82=D0=B0_=D0=BA=D0=B0=D1=80=D1=82=D0=B0_HalleCard_=D1=81=D1=82=D0=B0=D0=B2=D0=B0_Shop_Example_Plus?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

0JTQvtCx0YrRgCDQtNC10L0sCgrQvdC40LrQvtCz0LAg0L3QtSDRgdGK0Lwg0LjRgdC60LDQu9Cw
INC00LAg0YHRgtCw0LLQsNC8INCS0LDRiCDQutC70LjQtdC90YIg4oCTINC/0LDQt9Cw0YDRg9Cy
0LDRhSDQsiBIYWxsZW1hcmt0LArQt9Cw0YnQvtGC0L4g0LHQtdGI0LUg0LTQviDQstC60YrRidC4
LiDQktGK0LfRgNCw0LfRj9Cy0LDQvCDRgdGA0LXRidGDINC/0YDQtdGF0LLRitGA0LvRj9C90LXR
gtC+INC90LAg0LrQsNGA0YLQsNGC0LAg0LzQuArQutGK0Lwg0JLQsNGBLiDQndC1INC40YHQutCw
0Lwg0LjRgdGC0L7RgNC40Y/RgtCwINC90LAg0L/QvtC60YPQv9C60LjRgtC1INC80Lgg0LTQsCDR
gdC1INC40LfQv9C+0LvQt9Cy0LAg0LfQsArigJ7Qv9C10YDRgdC+0L3QsNC70L3QuCDQvtGE0LXR
gNGC0LjigJwg0Lgg0L/RgNC+0YTQuNC70LjRgNCw0L3QtSwg0L3QuNGC0L4g0LTQsCDRgdC1INC0
0LDQstCwINC90LAg0L/QsNGA0YLQvdGM0L7RgNC4LgrQmCDQuNC30YLRgNC40LnRgtC1INGB0YLQ
sNGA0LDRgtCwINC60LDRgNGC0LAgSEMtMDY1NS0yMDE5LCDRidC+0Lwg0LzQsNCz0LDQt9C40L3R
itGCINCy0LXRh9C1INCz0L4g0L3Rj9C80LAuCgrQoNGD0LzRj9C90LAg0J/QtdGC0YDQvtCy0LAK
U2NoYWVyYmVlawoK0J3QsCDQv9GCLCAyMi4wNS4yMDI2INCzLiDQsiA5OjAwIFNob3AgRXhhbXBs
ZSA8aW5mb0BtYWlsLnNob3AuZXhhbXBsZS5iZT4g0L3QsNC/0LjRgdCwOgo+INCX0LTRgNCw0LLQ
tdC50YLQtSwKPgo+INCy0LXRgNC40LPQsNGC0LAgSGFsbGVtYXJrdCDQstC10YfQtSDQtSDRh9Cw
0YHRgiDQvtGCIFNob3AgRXhhbXBsZS4g0J/QuNGI0LXQvCDQktC4LCDQt9Cw0YnQvtGC0L4g0YHR
gtC1Cj4g0L/RgNC40YLQtdC20LDRgtC10Lsg0L3QsCDQutCw0YDRgtCwIEhhbGxlQ2FyZCwg0Lgg
0LjRgdC60LDQvNC1INC00LAg0LfQvdCw0LXRgtC1INC60LDQutCy0L4g0YHQtSDRgdC70YPRh9Cy
0LAg0YEKPiDQktCw0YjQuNGC0LUg0LTQsNC90L3QuC4KPgo+INCa0LDQutCy0L4g0L/RgNC10YXQ
stGK0YDQu9GP0LzQtQo+INCY0LzQtSwg0LjQvNC10LnQuywg0YLQtdC70LXRhNC+0L0sINC00LDR
gtCwINC90LAg0YDQsNC20LTQsNC90LUsINGC0L7Rh9C60Lgg0Lgg0LjRgdGC0L7RgNC40Y8g0L3Q
sCDQv9C+0LrRg9C/0LrQuNGC0LUg0L7Rggo+INC/0L7RgdC70LXQtNC90LjRgtC1IDI0INC80LXR
gdC10YbQsC4g0J7RgiAxINGO0LvQuCAyMDI2INCzLiDQsNC00LzQuNC90LjRgdGC0YDQsNGC0L7R
gCDQvdCwINGC0LXQt9C4INC00LDQvdC90Lgg0LUKPiBTaG9wIEV4YW1wbGUgTlYuCj4KPiAqINCd
0LUg0YHRgtC1INGB0YrQs9C70LDRgdC90Lgg0YEg0L/RgNC10YXQstGK0YDQu9GP0L3QtdGC0L4/
INCc0L7QttC10YLQtSDQtNCwINCy0YrQt9GA0LDQt9C40YLQtSDQtNC+IDMwINGO0L3QuCAyMDI2
INCzLgo+Cj4g0J3QtSDQttC10LvQsNC10YLQtSDRgNC10LrQu9Cw0LzQvdC4INC40LzQtdC50LvQ
uD8g0J7RgtC/0LjRiNC10YLQtSDRgdC1OiBodHRwczovL21haWwuc2hvcC5leGFtcGxlLmJlL3Uv
Ymcvci1wZXRyb3ZhCg==
'''),
]

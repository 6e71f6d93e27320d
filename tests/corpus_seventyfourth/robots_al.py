"""Seventy-fourth set: robot mail of others who ask about a customer (police and court data-request portals, official e-boxes and digital mailboxes, bailiffs' and debt collectors' case systems, insurers' claim-check platforms, legal-hold and e-discovery tools, their bounces and auto-replies), plus people whose mail looks automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the rules."""

ROBOTS = [
    ('pl', 'police-request-portal-new-data-request-art20-no-disclosure', 'automated', (),
'''Return-Path: <noreply@zapytania.policja.example>
Received: from smtp2.zapytania.policja.example (smtp2.zapytania.policja.example [192.0.2.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd2Pm7Vq1z5x2Ab
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 09:02:11 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=zapytania.policja.example;
	s=soz2025; t=1776150128; h=from:to:subject:date:message-id;
	bh=Hq3Tn8Lw1Vr6Ks0Pz5Bm2Xc9Dj4Fg7Ah1Yu3Ie8Ko5Q=;
	b=Lm4Qr9Tx2Wv7Ks1Bn6Hc3Dz8Fj5Gp0Ay7Ue2Io9Kt4Rw1Sx6Vb3Nm8Hc5Jd0Fg2Lk
From: System Obslugi Zapytan KWP Gdansk <noreply@zapytania.policja.example>
To: privacy@shop.example.be
Subject: [SOZ-2026/04/118842] Nowe żądanie udostępnienia danych - oczekuje na odpowiedź
Date: Tue, 14 Apr 2026 09:02:08 +0200
Message-ID: <soz.118842.1776150128@zapytania.policja.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: SOZ Notifier 3.2.7
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_SOZ_118842_alt"

------=_SOZ_118842_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

SYSTEM OBSŁUGI ZAPYTAŃ (SOZ)
Komenda Wojewódzka Policji w Gdańsku

Sygnatura żądania:   SOZ-2026/04/118842
Jednostka:           Komisariat Policji Gdańsk-Wrzeszcz, Wydział Kryminalny
Prowadzący:          asp. szt. K. Nowicki
Podmiot zobowiązany: Shop Example NV/SA (Belgia) - punkt kontaktowy ds. danych osobowych
Data rejestracji:    14.04.2026 08:58
Termin odpowiedzi:   28.04.2026

W systemie zarejestrowano żądanie udostępnienia danych skierowane do
Państwa podmiotu. Podstawa prawna: art. 20 ust. 1 i 2 ustawy z dnia
6 kwietnia 1990 r. o Policji, w związku z postępowaniem przygotowawczym
prowadzonym pod nadzorem Prokuratury Rejonowej Gdańsk-Oliwa.

Zakres żądania (skrót):
 - dane identyfikacyjne posiadacza karty lojalnościowej o wskazanym numerze,
 - historia transakcji w okresie 01.02.2026 - 31.03.2026,
 - adresy IP logowań do konta w sklepie internetowym.

Pełna treść żądania oraz wzór odpowiedzi są dostępne wyłącznie po
zalogowaniu do SOZ: https://soz.policja.example/zadania/118842
Odpowiedzi przesłane pocztą elektroniczną na ten adres nie są odczytywane.

UWAGA: Na podstawie art. 23 ust. 1 lit. d RODO oraz art. 20 ust. 3 ustawy
o Policji prosimy nie informować osoby, której dane dotyczą, o otrzymaniu
niniejszego żądania do czasu zakończenia czynności.

Informacja o przetwarzaniu danych: administratorem danych osobowych
przetwarzanych w SOZ jest Komendant Wojewódzki Policji w Gdańsku. Dane
przetwarzane są na podstawie ustawy z dnia 14 grudnia 2018 r. o ochronie
danych osobowych przetwarzanych w związku z zapobieganiem i zwalczaniem
przestępczości. Osobie, której dane dotyczą, przysługuje prawo dostępu do
danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania w
granicach określonych ustawą, a także prawo wniesienia skargi do Prezesa
Urzędu Ochrony Danych Osobowych. Kontakt z inspektorem ochrony danych:
iod.kwp@policja.example

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
------=_SOZ_118842_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p><b>SYSTEM OBSŁUGI ZAPYTAŃ (SOZ)</b><br>Komenda Wojewódzka Policji w Gdańsku</p>
<table border="0" cellpadding="2">
<tr><td>Sygnatura</td><td><b>SOZ-2026/04/118842</b></td></tr>
<tr><td>Jednostka</td><td>Komisariat Policji Gdańsk-Wrzeszcz</td></tr>
<tr><td>Termin odpowiedzi</td><td>28.04.2026</td></tr>
</table>
<p>Zarejestrowano żądanie udostępnienia danych (art. 20 ust. 1 i 2 ustawy o Policji).
Treść dostępna po <a href="https://soz.policja.example/zadania/118842">zalogowaniu do SOZ</a>.</p>
<p style="color:#a00">Prosimy nie informować osoby, której dane dotyczą (art. 23 ust. 1 lit. d RODO).</p>
<p style="font-size:10px;color:#777">Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
Prawo dostępu, sprostowania, usunięcia lub ograniczenia przetwarzania; skarga do Prezesa UODO.</p>
</body></html>
------=_SOZ_118842_alt--
'''),
    ('pl', 'e-delivery-box-bailiff-garnishment-notice-no-auto-headers', 'automated', (),
'''Return-Path: <powiadomienia@edoreczenia.gov.example>
Received: from relay1.edoreczenia.gov.example (relay1.edoreczenia.gov.example [198.51.100.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd9Wq2Lp4z5x7Cd
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 14:37:45 +0200 (CEST)
From: e-Doręczenia <powiadomienia@edoreczenia.gov.example>
To: privacy@shop.example.be
Subject: Masz nową korespondencję w skrzynce do doręczeń elektronicznych
Date: Wed, 22 Apr 2026 14:37:40 +0200
Message-ID: <7f3c21aa-91b4-4d0e-b6e2-0c55d81e4f19@edoreczenia.gov.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dzień dobry,

w Twojej skrzynce do doręczeń elektronicznych
AE:PL-48213-77905-DJTRA-21 (Shop Example NV/SA, oddział w Polsce)
czeka nowa korespondencja.

Nadawca:     Komornik Sądowy przy Sądzie Rejonowym w Gdyni Anna Wróbel
             Kancelaria Komornicza nr III w Gdyni
Tytuł:       Zawiadomienie o zajęciu wierzytelności - sygn. akt GKm 311/26
Data nadania: 22.04.2026 14:36

Korespondencja zostanie uznana za doręczoną po jej odebraniu albo po
upływie 14 dni od dnia wysłania dowodu otrzymania (art. 41 ustawy
o doręczeniach elektronicznych).

Aby odebrać korespondencję, zaloguj się do skrzynki:
https://skrzynka.edoreczenia.gov.example

To powiadomienie ma charakter informacyjny i nie zawiera treści
korespondencji. Nie odpowiadaj na tę wiadomość - adres nadawcy służy
wyłącznie do wysyłki powiadomień.

Zespół e-Doręczeń
'''),
    ('pl', 'debt-collector-ticket-autoack-rodo-clause-rights-list', 'automated', (),
'''Return-Path: <kontakt@windykacja-baltyk.example>
Received: from mail.windykacja-baltyk.example (mail.windykacja-baltyk.example [203.0.113.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdB3Nr8Tx2z5x1Ef
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 11:20:03 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=windykacja-baltyk.example;
	s=mail; h=from:to:subject:date:message-id:in-reply-to;
	bh=Pz8Kc3Vn0Lq5Ws2Tm7Hb4Xj1Df6Ga9Ry3Ue8Io5Ku2=;
	b=Ws5Ty0Lp3Nm8Kq1Vr6Bz9Hc4Dx7Fj2Gk5Al0Ue3Io8Rt1Ys6Vb9Nm4Hc7Jd2Fg5Lk
From: Windykacja Bałtyk - Biuro Obsługi <kontakt@windykacja-baltyk.example>
To: privacy@shop.example.be
Subject: Re: Zapytanie o źródło danych - sprawa WB/2026/08817 [Zgłoszenie #552071]
Date: Thu, 23 Apr 2026 11:20:01 +0200
Message-ID: <ticket.552071.ack@helpdesk.windykacja-baltyk.example>
In-Reply-To: <a81f0e2c-privacy-reply-2026-04-23@shop.example.be>
References: <a81f0e2c-privacy-reply-2026-04-23@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: auto_reply
X-Mailer: OTRS 6.0
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Szanowni Państwo,

dziękujemy za wiadomość. Zgłoszenie zostało zarejestrowane pod numerem
#552071 i przekazane do działu obsługi spraw. Odpowiemy w ciągu
14 dni roboczych. Prosimy o zachowanie numeru zgłoszenia w temacie
dalszej korespondencji.

Jeżeli Państwa wiadomość dotyczy spłaty zadłużenia, prosimy o kontakt
z opiekunem sprawy pod numerem 58 600 14 14 (pn.-pt. 8:00-18:00).

KLAUZULA INFORMACYJNA
Administratorem Państwa danych osobowych jest Windykacja Bałtyk sp. z o.o.
z siedzibą w Gdańsku, ul. Grunwaldzka 212. Dane przetwarzane są w celu
dochodzenia wierzytelności nabytych lub powierzonych do obsługi
(art. 6 ust. 1 lit. f RODO). Przysługuje Państwu prawo dostępu do danych
(art. 15), ich sprostowania (art. 16), usunięcia (art. 17), ograniczenia
przetwarzania (art. 18), przenoszenia danych (art. 20) oraz prawo
sprzeciwu (art. 21). Przysługuje Państwu również prawo wniesienia skargi
do Prezesa UODO. Kontakt z Inspektorem Ochrony Danych: iod@windykacja-baltyk.example

Ta wiadomość została wysłana automatycznie. Prosimy na nią nie odpowiadać.
'''),
    ('pl', 'postfix-remote-bounce-user-unknown-reply-did-you-give-police', 'automated', (),
'''Return-Path: <>
Received: from mx3.poczta-o2.example (mx3.poczta-o2.example [192.0.2.153])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdF7Hs1Vw9z5x4Gh
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 16:45:22 +0200 (CEST)
Received: by mx3.poczta-o2.example (Postfix)
	id 4KdF7Gz0Qp3n1Xt; Mon, 27 Apr 2026 16:45:21 +0200 (CEST)
Date: Mon, 27 Apr 2026 16:45:21 +0200 (CEST)
From: MAILER-DAEMON@mx3.poczta-o2.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4KdF7Gz0Qp3n1Xt.1777301121/mx3.poczta-o2.example"
Message-Id: <20260427144521.4KdF7Gz0Qp3n1Xt@mx3.poczta-o2.example>

This is a MIME-encapsulated message.

--4KdF7Gz0Qp3n1Xt.1777301121/mx3.poczta-o2.example
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx3.poczta-o2.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.kaczmarczyk88@poczta-o2.example>: host 127.0.0.1[127.0.0.1] said: 550
    5.1.1 <m.kaczmarczyk88@poczta-o2.example>: Recipient address rejected:
    Konto nie istnieje / User unknown (in reply to RCPT TO command)

--4KdF7Gz0Qp3n1Xt.1777301121/mx3.poczta-o2.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.poczta-o2.example
X-Postfix-Queue-ID: 4KdF7Gz0Qp3n1Xt
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 27 Apr 2026 16:45:20 +0200 (CEST)

Final-Recipient: rfc822; m.kaczmarczyk88@poczta-o2.example
Original-Recipient: rfc822;m.kaczmarczyk88@poczta-o2.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 5.1.1 <m.kaczmarczyk88@poczta-o2.example>:
    Recipient address rejected: Konto nie istnieje / User unknown

--4KdF7Gz0Qp3n1Xt.1777301121/mx3.poczta-o2.example
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

From: Shop Example - Ochrona Danych <privacy@shop.example.be>
To: m.kaczmarczyk88@poczta-o2.example
Subject: Odp: Czy przekazaliście moje dane policji? [PRIV-2026-04-1193]
Date: Mon, 27 Apr 2026 16:45:12 +0200
Message-ID: <priv-2026-04-1193.r1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Szanowny Panie,

dziękujemy za wiadomość z 24 kwietnia. Aby odpowiedzieć na Pana pytanie,
czy i komu udostępniliśmy Pana dane (art. 15 ust. 1 lit. c RODO),
musimy najpierw potwierdzić Pana tożsamość. Prosimy o podanie numeru
karty lojalnościowej oraz adresu e-mail, na który jest zarejestrowane
konto. Odpowiemy w terminie jednego miesiąca od potwierdzenia.

Z poważaniem
Zespół ds. Ochrony Danych
Shop Example NV/SA

--4KdF7Gz0Qp3n1Xt.1777301121/mx3.poczta-o2.example--
'''),
    ('pl', 'person-forwards-collector-notice-asks-where-phone-number-came-from', 'access', (),
'''Return-Path: <marta.zielinska.81@wp-poczta.example>
Received: from smtpo.wp-poczta.example (smtpo.wp-poczta.example [203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdH2Lm6Rs8z5x9Jk
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 22:11:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=wp-poczta.example; s=1024a;
	h=from:to:subject:date:message-id:mime-version;
	bh=Rv2Lk7Tq0Wn5Ps8Hb3Xc6Dj1Fg4Az9Uy2Ie7Ko0Ms5=;
	b=Kq8Wm3Tp0Xr5Ls2Vn7Bh4Cj9Dk1Fg6Hl3Jm8Np0Qr5St2Uv7Wx4Yz9Ab1Cd6Ef3Gh
From: Marta Zielińska <marta.zielinska.81@wp-poczta.example>
To: privacy@shop.example.be
Subject: Fwd: Wezwanie do zapłaty - sprawa WB/2026/07702
Date: Tue, 28 Apr 2026 22:11:36 +0200
Message-ID: <e4b1c2d9f07a4f52@wp-poczta.example>
X-Mailer: WP Poczta 2.14
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

dzien dobry
dostałam ponizszego maila i SMS na numer ktory podawałam TYLKO u was przy
zakładaniu karty stałego klienta w sklepie w Brukseli (Anderlecht). Nigdzie
indziej tego numeru nie uzywam. Chce wiedzieć czy przekazaliście moje dane
tej firmie albo komuś innemu, i jakie dane o mnie macie. Zadnego długu u
nich nie mam.
Marta Zielińska, karta 2040 1188 5521

---------- Wiadomość przekazana ----------
Od: Windykacja Bałtyk <no-reply@windykacja-baltyk.example>
Data: 28.04.2026 09:00
Temat: Wezwanie do zapłaty - sprawa WB/2026/07702
Do: marta.zielinska.81@wp-poczta.example

Szanowna Pani,

informujemy, że wierzytelność wobec Pani w kwocie 1 284,17 zł została
przekazana do obsługi Windykacji Bałtyk sp. z o.o. Prosimy o spłatę w
terminie 7 dni na rachunek indywidualny podany w Panelu Klienta.

Numer sprawy: WB/2026/07702
Panel Klienta: https://panel.windykacja-baltyk.example

Administratorem danych jest Windykacja Bałtyk sp. z o.o. Informacje o
przetwarzaniu danych i przysługujących prawach: https://windykacja-baltyk.example/rodo

Wiadomość wygenerowana automatycznie.
'''),
    ('cs', 'data-box-isds-delivered-police-info-request-par66', 'automated', (),
'''Return-Path: <notifikace@mojedatovaschranka.example>
Received: from isds-notif2.mojedatovaschranka.example (isds-notif2.mojedatovaschranka.example [198.51.100.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdK4Tp9Xc1z5x3Lm
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 07:48:19 +0200 (CEST)
From: Informacni system datovych schranek <notifikace@mojedatovaschranka.example>
To: privacy@shop.example.be
Subject: ISDS: Do datové schránky byla dodána nová zpráva
Date: Wed, 15 Apr 2026 07:48:15 +0200
Message-ID: <isds.notif.1288470361.20260415074815@mojedatovaschranka.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Vážený uživateli,

do datové schránky ID 7qx4m2n (Shop Example NV/SA, odštěpný závod)
byla dodána datová zpráva:

ID zprávy:          1288470361
Odesílatel:         Policie České republiky, Krajské ředitelství policie
                    hlavního města Prahy, SKPV, 3. oddělení obecné kriminality
Věc:                Žádost o poskytnutí informací dle § 66 odst. 1
                    zákona č. 273/2008 Sb., o Policii ČR - č. j. KRPA-118204-7/TČ-2026-000073
Do vlastních rukou: ne
Dodáno:             15.04.2026 07:48:11

Datová zpráva bude považována za doručenou okamžikem přihlášení osoby
s přístupem do datové schránky, nejpozději však desátým dnem od dodání.

Přihlásit se můžete na https://www.mojedatovaschranka.example

Toto je automaticky generovaný e-mail, neodpovídejte na něj.
Notifikace jsou zasílány na adresu nastavenou v datové schránce.
'''),
    ('cs', 'bailiff-case-system-execution-order-garnishee-html-only', 'automated', (),
'''Return-Path: <podatelna-noreply@eu-brno-mesto.example>
Received: from mail.eu-brno-mesto.example (mail.eu-brno-mesto.example [203.0.113.34])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdM8Qw3Zn6z5x2Np
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 10:05:51 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=eu-brno-mesto.example; s=default;
	h=from:to:subject:date:message-id; bh=Fh6Kd1Lq8Wn3Ts0Vb5Xc2Pj9Rg4Az7Uy1Ie6Ko3Ms=;
	b=Np4Vr9Kx2Tq7Lw0Bz5Hc8Dm3Fj6Gs1Ay4Ue9Io2Rt7Ws0Yb5Nk8Hc3Jd6Fg1Lk4Qm
From: Exekutorsky urad Brno-mesto - EXEKUCE.online <podatelna-noreply@eu-brno-mesto.example>
To: privacy@shop.example.be
Subject: Vyrozumění poddlužníka - 142 EX 2210/26 - exekuční příkaz přikázáním jiné peněžité pohledávky
Date: Mon, 20 Apr 2026 10:05:47 +0200
Message-ID: <exo-142EX221026-pddl-03@eu-brno-mesto.example>
X-Mailer: EXEKUCE.online 5.8 (mailer)
X-EO-Case: 142EX2210/26
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html>
<html lang="cs"><head><meta charset="UTF-8"><title>Vyrozumění poddlužníka</title></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="8" style="border:1px solid #ccc">
<tr><td style="background:#1f3b5a;color:#fff"><b>Exekutorský úřad Brno-město</b><br>soudní exekutor Mgr. Tomáš Havlík</td></tr>
<tr><td>
<p>Vážení,</p>
<p>v exekučním řízení <b>sp. zn. 142 EX 2210/26</b> byl vydán exekuční příkaz přikázáním jiné peněžité
pohledávky (§ 320 a násl. zákona č. 99/1963 Sb., občanský soudní řád, ve spojení s § 47 odst. 2
zákona č. 120/2001 Sb., exekuční řád). Vaše společnost je v řízení vedena jako <b>poddlužník</b>.</p>
<p>Povinný: Jan Procházka, nar. 1979, bytem Brno, Kohoutova 18</p>
<p>Od okamžiku doručení exekučního příkazu nesmíte povinnému vyplatit pohledávku (zejm. přeplatky,
vratky a zůstatky dárkových či věrnostních karet), ani ji jinak zrušit. Písemnost byla současně
odeslána do Vaší datové schránky; doručení se řídí § 17 zákona č. 300/2008 Sb.</p>
<p>Prohlášení poddlužníka podejte ve lhůtě 8 dnů prostřednictvím portálu
<a href="https://exekuce-online.example/poddluznik/142EX221026">EXEKUCE.online</a>.</p>
<p style="font-size:11px;color:#666">Informace o zpracování osobních údajů: správcem je soudní exekutor
Mgr. Tomáš Havlík. Údaje zpracováváme na základě čl. 6 odst. 1 písm. c) a e) GDPR. Subjekt údajů má právo
na přístup, opravu a omezení zpracování; právo na výmaz a námitku je omezeno povahou exekučního řízení.
Stížnost lze podat u Úřadu pro ochranu osobních údajů.<br>
Tato zpráva byla vygenerována automaticky. Na tuto adresu neodpovídejte.</p>
</td></tr></table>
</body></html>
'''),
    ('cs', 'exchange-ndr-czech-insurer-claims-mailbox-erasure-reply', 'automated', (),
'''Return-Path: <>
Received: from VI1PR02MB6120.eurprd02.prod.outlook.com (2603:10a6:800:1a5::14)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdP1Rt5Vw8z5x6Qs
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 13:27:09 +0200 (CEST)
From: Microsoft Outlook <postmaster@pojistovna-vltava.example>
To: <privacy@shop.example.be>
Date: Thu, 30 Apr 2026 11:27:06 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a1c9e5f2-77b0-4c6e-9d31-5e2b8f0d4a73"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: cs-CZ
Message-ID: <e8d1b3f0-5a2c-4f7e-8b19-3c6d0a9e2f41@VI1PR02MB6120.eurprd02.prod.outlook.com>
In-Reply-To: <priv-2026-04-1240.r2@shop.example.be>
References: <priv-2026-04-1240.r2@shop.example.be>
Subject: Nedoručitelné: Re: Žádost o výmaz údajů - pojistná událost 4410-26-088137
Auto-Submitted: auto-replied
MIME-Version: 1.0

--a1c9e5f2-77b0-4c6e-9d31-5e2b8f0d4a73
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="7d2e4b81-0f3a-4c59-a6e7-1b8c9d5f3e20"

--7d2e4b81-0f3a-4c59-a6e7-1b8c9d5f3e20
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Vaše zpráva se nedoručila na adresu likvidace.ostatni@pojistovna-vltava.example, protože tato adresa neexistuje.

Jak problém vyřešit
Zkontrolujte, jestli je adresa příjemce napsaná správně, a zprávu odešlete znovu. Pokud problém přetrvává, kontaktujte e-mailového správce příjemce.

Další informace pro správce e-mailu
Vzdálený server vrátil chybu 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

Původní záhlaví zprávy:

From: Shop Example - Data Protection <privacy@shop.example.be>
To: likvidace.ostatni@pojistovna-vltava.example
Subject: Re: Žádost o výmaz údajů - pojistná událost 4410-26-088137
Date: Thu, 30 Apr 2026 13:26:58 +0200
Message-ID: <priv-2026-04-1240.r2@shop.example.be>

--7d2e4b81-0f3a-4c59-a6e7-1b8c9d5f3e20
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body><p><b><font color="#000000" size="3" face="Segoe UI">Vaše zpráva se nedoručila na adresu
<a href="mailto:likvidace.ostatni@pojistovna-vltava.example">likvidace.ostatni@pojistovna-vltava.example</a>,
protože tato adresa neexistuje.</font></b></p>
<p>Vzdálený server vrátil chybu 550 5.1.10 RESOLVER.ADR.RecipientNotFound</p></body></html>

--7d2e4b81-0f3a-4c59-a6e7-1b8c9d5f3e20--

--a1c9e5f2-77b0-4c6e-9d31-5e2b8f0d4a73
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR02MB6120.eurprd02.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Thu, 30 Apr 2026 11:27:00 +0000

Final-Recipient: rfc822;likvidace.ostatni@pojistovna-vltava.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--a1c9e5f2-77b0-4c6e-9d31-5e2b8f0d4a73
Content-Type: text/rfc822-headers

From: Shop Example - Data Protection <privacy@shop.example.be>
To: likvidace.ostatni@pojistovna-vltava.example
Subject: Re: Žádost o výmaz údajů - pojistná událost 4410-26-088137
Date: Thu, 30 Apr 2026 13:26:58 +0200
Message-ID: <priv-2026-04-1240.r2@shop.example.be>
MIME-Version: 1.0

--a1c9e5f2-77b0-4c6e-9d31-5e2b8f0d4a73--
'''),
    ('cs', 'person-forwards-insurer-claim-check-asks-fix-old-address', 'correction', (),
'''Return-Path: <petra.dvorakova@seznam-mail.example>
Received: from mxf2.seznam-mail.example (mxf2.seznam-mail.example [192.0.2.222])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdR6Ws2Xb4z5x8Tu
        for <privacy@shop.example.be>; Sat, 2 May 2026 09:14:27 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=seznam-mail.example; s=beta;
	h=from:to:subject:date:message-id:mime-version;
	bh=Gt5Lp0Wr3Nk8Qs1Vm6Bc9Hx2Dj7Fz4Ay5Ue0Io3Ks8=;
	b=Rm2Tk7Wq0Xp5Ln3Vb8Hc1Dj6Fs9Gz4Ay7Ue2Io5Kt0Rw3Sx8Vb1Nm6Hc9Jd4Fg7Lk
From: =?utf-8?q?Petra_Dvo=C5=99=C3=A1kov=C3=A1?= <petra.dvorakova@seznam-mail.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Fwd=3A_Ov=C4=9B=C5=99en=C3=AD_n=C3=A1kupu_-_=C5=A1kodn=C3=AD_ud=C3=A1lost_4410-26-091552?=
Date: Sat, 02 May 2026 09:14:22 +0200 (CEST)
Message-ID: <4bd.2e71.9a3f0c1d77.mail@seznam-mail.example>
X-Mailer: Seznam Email
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dobrý den,

pojišťovna mi poslala níže uvedené ověření. Nákup (pračka, účtenka z
prodejny Liège Rocourt, 11. 3. 2026) souhlasí, ale u mě máte pořád starou
adresu v Praze, i když od loňska bydlím v Lutychu a adresu jsem měnila v
aplikaci. Pojišťovna kvůli tomu řeší nesoulad. Prosím opravte u mě adresu na:
Rue Saint-Gilles 147, 4000 Liège. Číslo karty 2040 3371 0926.

Děkuji
Petra Dvořáková

-------- Původní zpráva --------
Od: ClaimVerify - Pojišťovna Vltava <noreply@claimverify.example>
Datum: 01.05.2026 18:02
Předmět: Ověření nákupu - škodní událost 4410-26-091552

Vážená paní Dvořáková,

v rámci šetření škodní události 4410-26-091552 jsme u prodejce
Shop Example ověřili doklad o koupi. Výsledek:

  Zboží:            pračka, 8 kg
  Datum nákupu:     11.03.2026   - shoda
  Částka:           549,00 EUR   - shoda
  Adresa zákazníka: Praha 6, Bělohorská 41   - NESOULAD s pojistnou smlouvou

Prosíme, doložte aktuální adresu v klientské zóně do 10 dnů.

Osobní údaje zpracováváme dle čl. 6 odst. 1 písm. b) a f) GDPR.
Tato zpráva byla odeslána automaticky.
'''),
    ('hr', 'insurer-claim-check-platform-purchase-confirmation-request', 'automated', (),
'''Return-Path: <bounce-hr.7731@mailer.claimcheck-adriatic.example>
Received: from out-14.mailer.claimcheck-adriatic.example (out-14.mailer.claimcheck-adriatic.example [198.51.100.214])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdT9Yv6Zd7z5x1Vw
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 12:31:58 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=claimcheck-adriatic.example; s=cc1;
	h=from:to:subject:date:message-id:mime-version:feedback-id;
	bh=Uy3Kq8Ln1Wt6Rs0Pb5Hx2Dc9Fj4Gm7Az1Ue3Io8Kp5=;
	b=Tw9Kx4Lp1Nm6Qr3Vs8Bz5Hc0Dj7Fg2Ay9Ue4Io1Kt6Rw3Sx8Vb5Nm0Hc7Jd2Fg9Lk
From: ClaimCheck Adriatic <no-reply@claimcheck-adriatic.example>
To: privacy@shop.example.be
Subject: Zahtjev za potvrdu računa - odštetni zahtjev OZ-2026-0417-3385 (Croatia osiguranje d.d.)
Date: Fri, 17 Apr 2026 10:31:55 +0000
Message-ID: <cc.req.OZ-2026-0417-3385.1776421915@claimcheck-adriatic.example>
Feedback-ID: merchant-verify:cca:hr
X-Mailer: ClaimCheck Notify 2.9
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="cc_alt_3385"

--cc_alt_3385
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani,

osiguratelj je putem platforme ClaimCheck zatražio provjeru računa u
okviru obrade odštetnog zahtjeva.

Broj zahtjeva:       OZ-2026-0417-3385
Osiguratelj:         Croatia osiguranje d.d. (likvidacija šteta - imovina)
Osiguranik:          I. Babić
Račun:               BE-ANT-0214-26-118903, 02.02.2026
Predmet:             prijenosno računalo, 1.099,00 EUR
Traži se:            potvrda izdavanja računa i iznosa; serijski broj uređaja

Molimo potvrdite ili odbijte zahtjev na trgovačkom portalu u roku od
7 dana: https://merchant.claimcheck-adriatic.example/r/OZ-2026-0417-3385

Pravna osnova: osiguratelj obrađuje podatke temeljem čl. 6. st. 1. toč. (b)
i (f) Opće uredbe o zaštiti podataka te Zakona o osiguranju. Potvrdom na
portalu dostavljate samo podatke navedene gore. Osiguranik je o provjeri
obaviješten u skladu s čl. 14. GDPR-a i ima pravo na pristup, ispravak,
brisanje i prigovor te pravo podnijeti pritužbu Agenciji za zaštitu
osobnih podataka (AZOP).

Ovo je automatska poruka. Odgovori na ovu adresu se ne čitaju.
--cc_alt_3385
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:13px">
<p>Poštovani,</p>
<p>osiguratelj <b>Croatia osiguranje d.d.</b> zatražio je provjeru računa
<b>BE-ANT-0214-26-118903</b> (zahtjev OZ-2026-0417-3385).</p>
<p><a href="https://merchant.claimcheck-adriatic.example/r/OZ-2026-0417-3385"
style="background:#0a7d5c;color:#fff;padding:8px 14px;text-decoration:none">Potvrdi ili odbij</a></p>
<p style="font-size:11px;color:#777">Čl. 6. st. 1. toč. (b) i (f) GDPR-a. Pravo na pristup, ispravak, brisanje i prigovor;
pritužba AZOP-u. Automatska poruka - ne odgovarajte.</p>
</body></html>
--cc_alt_3385--
'''),
    ('hr', 'sieve-vacation-law-office-cctv-footage-request-reply', 'automated', (),
'''Return-Path: <ured@odvjetnik-mikulic.example>
Received: from mail.odvjetnik-mikulic.example (mail.odvjetnik-mikulic.example [203.0.113.96])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdW2Za9Bf1z5x5Xy
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 15:02:44 +0200 (CEST)
Date: Tue, 21 Apr 2026 15:02:43 +0200
From: Odvjetnicki ured Mikulic <ured@odvjetnik-mikulic.example>
To: privacy@shop.example.be
Subject: Automatski odgovor: Re: Vaš zahtjev za snimkom videonadzora - predmet P-188/2026
Message-ID: <sieve-vac-20260421130243.Q7x2@mail.odvjetnik-mikulic.example>
In-Reply-To: <priv-2026-04-1207.r1@shop.example.be>
References: <priv-2026-04-1207.r1@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani,

zahvaljujemo na poruci. Odvjetnički ured je zatvoren od 20. do
30. travnja 2026. U hitnim predmetima obratite se odvjetnici
Maji Horvat na maja.horvat@odvjetnik-mikulic.example ili na
broj 01 4820 117.

Rokovi za podneske sudu prate se i tijekom odsutnosti.

Ova poruka poslana je automatski.

Odvjetnički ured Davor Mikulić, Ilica 44, 10000 Zagreb
Ova poruka može sadržavati povjerljive informacije zaštićene odvjetničkom
tajnom. Ako niste namjeravani primatelj, obavijestite pošiljatelja i
izbrišite poruku. Osobne podatke obrađujemo u skladu s GDPR-om.
'''),
    ('hr', 'state-e-inbox-court-enforcement-decision-notice', 'automated', (),
'''Return-Path: <ne-odgovarati@epretinac.gov.example>
Received: from smtp-out.epretinac.gov.example (smtp-out.epretinac.gov.example [192.0.2.57])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdY5Bc3Dg4z5x7Za
        for <privacy@shop.example.be>; Mon, 4 May 2026 08:15:30 +0200 (CEST)
From: e-Pretinac <ne-odgovarati@epretinac.gov.example>
To: privacy@shop.example.be
Subject: Nova poruka u Vašem poslovnom korisničkom pretincu
Date: Mon, 4 May 2026 08:15:27 +0200
Message-ID: <epr.20260504081527.553019@epretinac.gov.example>
X-Priority: 3
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Poštovani korisniče,</p>
<p>u Vaš poslovni korisnički pretinac zaprimljena je nova poruka.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Pošiljatelj:</td><td>Općinski građanski sud u Zagrebu - e-Spis</td></tr>
<tr><td>Predmet:</td><td>Ovr-1733/2026 - Rješenje o ovrsi na novčanoj tražbini (dostava trećoj osobi)</td></tr>
<tr><td>Zaprimljeno:</td><td>04.05.2026. 08:15</td></tr>
</table>
<p>Sadržaj poruke možete pročitati nakon prijave u sustav.
Smatra se da je pismeno dostavljeno istekom petnaestog dana od dana zaprimanja
u pretinac ako ga ranije ne otvorite.</p>
<p style="font-size:12px;color:#666">Ovu poruku poslao je automatski sustav. Molimo ne odgovarajte na nju.
Informacije o obradi osobnih podataka dostupne su na stranicama sustava.</p>
</body></html>
'''),
    ('hr', 'person-replies-above-court-notice-needs-receipt-for-lawyer', 'other', (),
'''Return-Path: <ivana.kovac.zg@tportal-mail.example>
Received: from smtp.tportal-mail.example (smtp.tportal-mail.example [198.51.100.170])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kdb8Df6Fh7z5x9Bc
        for <privacy@shop.example.be>; Wed, 6 May 2026 19:40:12 +0200 (CEST)
From: Ivana Kovac <ivana.kovac.zg@tportal-mail.example>
To: privacy@shop.example.be
Subject: RE: Obavijest o dostavi - predmet P-2418/2025
Date: Wed, 6 May 2026 19:40:05 +0200
Message-ID: <000a01dcc0f1$7e2b4c10$7a81e430$@tportal-mail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHdwPE3fx2a9bLmT0q5nUcRkVwXyA==
Content-Language: hr

Dobar dan,

ne znam jesam li na pravoj adresi, na stranici piše da se za sve oko
podataka javlja ovdje. Moja odvjetnica traži kopiju računa za hladnjak koji
sam kupila u vašoj trgovini u Antwerpenu u listopadu 2024 (plaćeno
karticom, oko 899 eura), jer je to dio diobe imovine u brakorazvodnom
postupku, vidi obavijest suda dolje. Ja sam račun izgubila. Možete li mi
poslati duplikat računa? Kartica vjernosti je na moje ime, 2040 5567 3310.

Lijep pozdrav,
Ivana Kovač

-----Original Message-----
From: e-Spis obavijesti <obavijesti@espis.gov.example>
Sent: utorak, 5. svibnja 2026. 07:02
To: ivana.kovac.zg@tportal-mail.example
Subject: Obavijest o dostavi - predmet P-2418/2025

Poštovani,

u predmetu P-2418/2025 Općinskog građanskog suda u Zagrebu dostavljeno
Vam je pismeno: Zaključak - nalog strankama za dostavu isprava (rok 30 dana).

Pismeno je dostupno u Vašem korisničkom pretincu.

Ovo je automatska poruka, molimo ne odgovarajte.
'''),
    ('sv', 'digital-mailbox-business-new-letter-enforcement-authority', 'automated', (),
'''Return-Path: <bounces@notiser.digibrevlada.example>
Received: from mta-07.notiser.digibrevlada.example (mta-07.notiser.digibrevlada.example [203.0.113.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kdd1Fg9Hj1z5x2De
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 06:30:18 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=digibrevlada.example; s=s2048;
	h=from:to:subject:date:message-id:mime-version;
	bh=Ks4Lp9Wq2Tn7Rv0Bx5Hc8Dj3Fm6Gz1Ay4Ue9Io2Kr7=;
	b=Vn3Kq8Lx1Tp6Wr0Bs5Hz2Dc9Fj4Gm7Ay1Ue8Io3Kt6Rw9Sx2Vb7Nm4Hc1Jd8Fg5Lk
From: Digitalbrevlådan Företag <ingen-svar@digibrevlada.example>
To: privacy@shop.example.be
Subject: Ny post från Kronofogden
Date: Thu, 16 Apr 2026 06:30:15 +0200
Message-ID: <0102019d3f5a7e21-7c4b2e1a-9f0d-4a63-b8e5-2d71c0f4a9e3-000000@digibrevlada.example>
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="dbf-4a63b8e5"

--dbf-4a63b8e5
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hej!

Shop Example NV/SA (filial i Sverige), org.nr 516411-8872, har fått ny
digital post.

Avsändare: Kronofogden
Rubrik:    Föreläggande för tredje man - utmätning av fordran, mål 26-188421-KF

Logga in för att läsa brevet: https://foretag.digibrevlada.example

Observera att post från myndigheter kan innehålla frister. Brevet räknas
som mottaget när det finns tillgängligt i brevlådan.

Vi skickar den här aviseringen till den e-postadress som angetts för
företagets brevlåda. Du kan ändra aviseringsinställningar under
Inställningar > Aviseringar.

Så behandlar vi personuppgifter: https://digibrevlada.example/integritet
Du har rätt att begära tillgång till, rättelse eller radering av dina
personuppgifter och att lämna klagomål till Integritetsskyddsmyndigheten (IMY).

Det här mejlet går inte att svara på.
--dbf-4a63b8e5
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif">
<h3 style="color:#2c2c6c">Ny digital post</h3>
<p>Shop Example NV/SA (filial i Sverige) har fått ett brev från <b>Kronofogden</b>:<br>
<i>Föreläggande för tredje man - utmätning av fordran, mål 26-188421-KF</i></p>
<p><a href="https://foretag.digibrevlada.example">Logga in och läs brevet</a></p>
<p style="font-size:11px;color:#888">Det här mejlet går inte att svara på. Rätt till tillgång, rättelse och radering;
klagomål till IMY. <a href="https://digibrevlada.example/integritet">Integritet</a></p>
</body></html>
--dbf-4a63b8e5--
'''),
    ('sv', 'debt-collection-agency-b2b-newsletter-gdpr-erasure-article', 'automated', (),
'''Return-Path: <nyhetsbrev-bounce@mail.nordinkasso.example>
Received: from mail-a11.mail.nordinkasso.example (mail-a11.mail.nordinkasso.example [192.0.2.199])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kdf4Gh2Jk4z5x4Fg
        for <privacy@shop.example.be>; Tue, 5 May 2026 08:00:41 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=nordinkasso.example; s=mc1;
	h=from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post;
	bh=Lt7Kq2Wn5Rs0Pv3Bx8Hc1Dj6Fm9Gz4Ay7Ue2Io5Kp0=;
	b=Qw6Kx1Lp4Nm9Tr2Vs7Bz0Hc5Dj8Fg3Ay6Ue1Io4Kt9Rw2Sx7Vb0Nm5Hc8Jd3Fg6Lk
From: Nordinkasso Kundnytt <nyhetsbrev@nordinkasso.example>
Reply-To: kundservice@nordinkasso.example
To: privacy@shop.example.be
Subject: Kundnytt maj: Nya regler för inkassokostnader - och när gäldenären begär radering
Date: Tue, 05 May 2026 06:00:38 +0000
Message-ID: <20260505060038.mc.b7e4a1@mail.nordinkasso.example>
List-Unsubscribe: <https://nordinkasso.example/avreg?u=9f31c7&l=kundnytt>, <mailto:avregistrera@nordinkasso.example?subject=kundnytt>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
List-Id: Nordinkasso Kundnytt <kundnytt.nordinkasso.example>
Feedback-ID: kundnytt-2605:nordinkasso:mc
Precedence: bulk
X-Mailer: MailCampaign 11.2
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="mc_b7e4a1"

--mc_b7e4a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

KUNDNYTT MAJ 2026 - för er som är uppdragsgivare hos Nordinkasso

1. Nya regler för inkassokostnader från 1 juli
Riksdagen har beslutat om sänkta ersättningar för inkassokrav och
betalningspåminnelser. Vi uppdaterar automatiskt alla pågående ärenden.

2. "Radera mina uppgifter!" - vad gäller när gäldenären begär radering?
Allt fler gäldenärer hänvisar till artikel 17 i dataskyddsförordningen.
Så länge en fordran är obetald har borgenären normalt ett berättigat
intresse och en rättslig förpliktelse att behålla uppgifterna (art. 17.3 b
och e). Begäran om tillgång enligt artikel 15 ska däremot alltid besvaras
inom en månad. Läs vår guide för uppdragsgivare:
https://nordinkasso.example/guide/gdpr-gaeldenaer

3. Webbinarium 27 maj: Kronofogden, utmätning och tredje man
Anmäl dig: https://nordinkasso.example/webbinarium

Du får det här nyhetsbrevet som kontaktperson för ett uppdragsgivaravtal.
Avregistrera: https://nordinkasso.example/avreg?u=9f31c7&l=kundnytt
Nordinkasso AB, Box 1142, 111 81 Stockholm. Personuppgiftspolicy:
https://nordinkasso.example/integritet
--mc_b7e4a1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="margin:0;background:#f3f5f7">
<table width="600" align="center" style="background:#fff;font-family:Georgia,serif">
<tr><td style="padding:20px"><h1 style="font-size:22px">Kundnytt maj 2026</h1>
<h2 style="font-size:16px">Nya regler för inkassokostnader från 1 juli</h2>
<p>Vi uppdaterar automatiskt alla pågående ärenden.</p>
<h2 style="font-size:16px">&quot;Radera mina uppgifter!&quot; &ndash; vad gäller?</h2>
<p>Så länge en fordran är obetald har borgenären normalt rätt att behålla uppgifterna (art. 17.3).
Begäran om tillgång (art. 15) ska alltid besvaras inom en månad.
<a href="https://nordinkasso.example/guide/gdpr-gaeldenaer">Läs guiden</a></p>
<p style="font-size:11px;color:#888"><a href="https://nordinkasso.example/avreg?u=9f31c7&amp;l=kundnytt">Avregistrera</a>
&middot; Nordinkasso AB, Box 1142, 111 81 Stockholm</p>
</td></tr></table></body></html>
--mc_b7e4a1--
'''),
    ('sv', 'legal-hold-tool-custodian-acknowledgement-reminder-do-not-delete', 'automated', (),
'''Return-Path: <notifications@eu.custodia-hold.example>
Received: from smtp-eu2.custodia-hold.example (smtp-eu2.custodia-hold.example [198.51.100.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kdh7Jk5Lm7z5x6Hj
        for <privacy@shop.example.be>; Fri, 8 May 2026 09:00:07 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=custodia-hold.example; s=k1;
	h=from:to:subject:date:message-id; bh=Mp1Kq6Wt9Rn4Ls7Vb2Hx5Dc0Fj3Gz8Ay1Ue6Io9Kr4=;
	b=Xz5Kp0Lq3Nw8Tr1Vm6Bs9Hc4Dj7Fg2Ay5Ue0Io3Kt8Rw1Sx6Vb9Nm2Hc7Jd4Fg1Lk
From: Custodia Legal Hold <notifications@eu.custodia-hold.example>
To: privacy@shop.example.be
Subject: PÅMINNELSE 2: Bekräfta bevarandeföreläggande LH-2026-014 (Lindqvist mot Shop Example)
Date: Fri, 08 May 2026 07:00:04 +0000
Message-ID: <lh-2026-014.reminder2.custodian-0331@eu.custodia-hold.example>
Auto-Submitted: auto-generated
X-Custodia-Matter: LH-2026-014
X-Custodia-Notice: reminder-2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej,

du är registrerad som förvaltare (custodian) i ärendet nedan och har
ännu inte bekräftat bevarandeföreläggandet. Det här är påminnelse 2 av 3.

Ärende:       LH-2026-014 - Lindqvist mot Shop Example (Stockholms tingsrätt T 4471-26)
Utfärdat av:  Juridiska avdelningen, Shop Example NV/SA, genom Advokatfirman Sjöberg KB
Förvaltare:   privacy@shop.example.be (funktionsbrevlåda Dataskydd)
Utfärdat:     24.04.2026

VAD DU SKA GÖRA
Bevara all information som rör kunden Erik Lindqvist (kundnummer 7710-22981):
e-post, ärenden i dataskyddsbrevlådan, begäranden enligt artikel 15 och 17
GDPR och svar på dem, loggar och exporter. Radera inte något av detta,
inte heller om en automatisk gallringsregel eller en begäran om radering
skulle kräva det: radering skjuts upp så länge föreläggandet gäller
(art. 17.3 e GDPR - fastställande, utövande eller försvar av rättsliga anspråk).

Bekräfta att du har läst och förstått föreläggandet:
https://eu.custodia-hold.example/ack/LH-2026-014/0331

Frågor om föreläggandet besvaras av advokat Johanna Sjöberg,
johanna.sjoberg@advsjoberg.example. Svara inte på detta meddelande:
det skickas automatiskt och brevlådan läses inte.

Custodia Legal Hold - meddelande genererat automatiskt
'''),
    ('sv', 'person-from-noreply-company-address-asks-erase-after-collector-call', 'deletion', (),
'''Return-Path: <noreply@bergstrom-bygg.example>
Received: from smtp.one-host.example (smtp.one-host.example [203.0.113.58])
        by mx1.shop.example.be (Postfix) with ESMTPSA id 4Kdk2Lm8Np1z5x8Jk
        for <privacy@shop.example.be>; Sun, 10 May 2026 20:18:52 +0200 (CEST)
From: "Bergstrom Bygg AB" <noreply@bergstrom-bygg.example>
Reply-To: anders@bergstrom-bygg.example
To: privacy@shop.example.be
Subject: Kundkonto
Date: Sun, 10 May 2026 20:18:49 +0200
Message-ID: <B3F1C7E0-4A2D-4E8B-9C1F-7D2A6E0B5C93@bergstrom-bygg.example>
X-Mailer: iPhone Mail (21E236)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej. Ursäkta avsändaren, telefonen skickar från företagets adress. Det är
Anders Bergström privat.

Jag har handlat i er webbshop några gånger när vi bodde i Bryssel men vi
har flyttat hem till Sverige. I veckan ringde ett inkassobolag om en faktura
jag redan betalat och de hade min gamla belgiska adress. Jag vill inte ha
något kvar hos er längre. Stäng mitt konto (anders.bergstrom@gmail.example)
och ta bort alla mina uppgifter. Svara gärna till
anders@bergstrom-bygg.example.

Anders

Skickat från min iPhone
'''),
    ('ro', 'insurer-claim-verification-request-fiscal-receipt-law-236', 'automated', (),
'''Return-Path: <notificari@daune.asigurari-carpat.example>
Received: from relay.asigurari-carpat.example (relay.asigurari-carpat.example [192.0.2.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kdm5Np1Qr4z5x1Lm
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 11:44:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=asigurari-carpat.example; s=sel1;
	h=from:to:subject:date:message-id; bh=Nq4Kt9Wp2Rs7Lx0Vb5Hc8Dj3Fm6Gz1Ay4Ue9Io2Kr7=;
	b=Yp8Kx3Lq6Nw1Tr4Vm9Bs2Hc7Dj0Fg5Ay8Ue3Io6Kt1Rw4Sx9Vb2Nm7Hc0Jd5Fg8Lk
From: Asigurari Carpat - Platforma Daune <notificari@daune.asigurari-carpat.example>
To: privacy@shop.example.be
Subject: Solicitare verificare document fiscal - dosar dauna CP-26-RO-044719
Date: Mon, 13 Apr 2026 12:44:05 +0300
Message-ID: <dauna.CP-26-RO-044719.verif.1776073445@daune.asigurari-carpat.example>
X-Mailer: ClaimsSuite Notifier 4.1
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_cp_044719"

--=_cp_044719
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Stimate partener,

În cadrul instrumentării dosarului de daună CP-26-RO-044719 (asigurare
bunuri de folosință îndelungată), vă rugăm să confirmați autenticitatea
documentului fiscal de mai jos:

  Emitent:          Shop Example NV/SA, magazin Bruxelles Louise
  Număr bon/factură: BE-BXL-0077-26-002814
  Data:             21.01.2026
  Produs:           televizor OLED 55", 1.349,00 EUR
  Asigurat:         Andrei Popescu

Răspunsul se transmite exclusiv prin portalul pentru parteneri, în termen
de 10 zile lucrătoare: https://parteneri.asigurari-carpat.example/verificare/044719

Prelucrăm datele cu caracter personal în temeiul art. 6 alin. (1) lit. (b)
și (c) din Regulamentul (UE) 2016/679 și al Legii nr. 236/2018 privind
distribuția de asigurări, în scopul prevenirii fraudei. Persoana vizată
are dreptul de acces, rectificare, ștergere, restricționare și opoziție și
dreptul de a depune o plângere la ANSPDCP.

Acesta este un mesaj generat automat. Vă rugăm să nu răspundeți.
--=_cp_044719
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p>Stimate partener,</p>
<p>vă rugăm să confirmați documentul fiscal <b>BE-BXL-0077-26-002814</b> din 21.01.2026
(dosar daună <b>CP-26-RO-044719</b>).</p>
<p><a href="https://parteneri.asigurari-carpat.example/verificare/044719">Deschide cererea</a></p>
<p style="font-size:11px;color:#777">Art. 6 alin. (1) lit. (b) și (c) GDPR; Legea nr. 236/2018. Drept de acces,
rectificare, ștergere, restricționare și opoziție; plângere la ANSPDCP. Mesaj generat automat.</p>
</body></html>
--=_cp_044719--
'''),
    ('ro', 'bailiff-case-system-garnishment-address-cpc-781', 'automated', (),
'''Return-Path: <no-reply@bej-ionescu.example>
Received: from vps-41.hosting-ro.example (vps-41.hosting-ro.example [203.0.113.241])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kdp8Qr4St7z5x3Np
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 16:20:33 +0200 (CEST)
From: BEJ Ionescu Mihai - Sistem Executari <no-reply@bej-ionescu.example>
To: privacy@shop.example.be
Subject: Adresa de infiintare a popririi - dosar executare nr. 412/2026
Date: Thu, 23 Apr 2026 17:20:29 +0300
Message-ID: <exec-412-2026-poprire-tert-2@bej-ionescu.example>
X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

BIROUL EXECUTORULUI JUDECĂTORESC IONESCU MIHAI
Camera Executorilor Judecătorești de pe lângă Curtea de Apel București

Dosar de executare nr. 412/2026
Către: Shop Example NV/SA, în calitate de terț poprit

În temeiul art. 781 și urm. din Codul de procedură civilă, vă comunicăm
adresa de înființare a popririi asupra sumelor pe care le datorați sau le
veți datora debitorului Georgescu Ion (CNP 1**********32), inclusiv
sume rezultate din rambursări, retururi sau solduri ale cardurilor de
fidelitate și cadou.

Creditor: Credit Rapid IFN S.A.
Suma de recuperat: 7.418,55 lei, plus cheltuieli de executare.

Vă rugăm să consemnați sumele poprite la dispoziția executorului și să ne
comunicați, în termen de 5 zile, dacă datorați sume debitorului (art. 787
C.proc.civ.). Actul complet, semnat electronic, este atașat în platforma:
https://dosare.bej-ionescu.example/d/412-2026

Datele cu caracter personal sunt prelucrate în temeiul art. 6 alin. (1)
lit. (c) și (e) GDPR și al Legii nr. 188/2000. Dezvăluirea lor către terțul
poprit este necesară pentru executarea silită.

Mesaj transmis automat de sistemul de gestiune a dosarelor. Nu răspundeți
la această adresă; corespondența se trimite la bej.ionescu@executori.example.
'''),
    ('ro', 'exim-bounce-romanian-host-reply-to-lawyer-footage', 'automated', (),
'''Return-Path: <>
Received: from mail.gazda-web.example ([198.51.100.190])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kdr1St7Uv1z5x5Qr
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 10:12:58 +0200 (CEST)
Received: from mailnull by mail.gazda-web.example with local (Exim 4.97.1)
	id 1wGx7T-0004Kq-2v
	for privacy@shop.example.be; Tue, 28 Apr 2026 11:12:57 +0300
X-Failed-Recipients: cabinet@avocat-dumitrescu.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.gazda-web.example>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1777363977-eximdsn-1684210947
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wGx7T-0004Kq-2v@mail.gazda-web.example>
Date: Tue, 28 Apr 2026 11:12:57 +0300

--1777363977-eximdsn-1684210947
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  cabinet@avocat-dumitrescu.example
    host mail.gazda-web.example [198.51.100.190]
    SMTP error from remote mail server after RCPT TO:<cabinet@avocat-dumitrescu.example>:
    550 Mailbox quota exceeded / Casuta postala este plina

--1777363977-eximdsn-1684210947
Content-type: message/delivery-status

Reporting-MTA: dns; mail.gazda-web.example

Action: failed
Final-Recipient: rfc822;cabinet@avocat-dumitrescu.example
Status: 5.2.2
Remote-MTA: dns; mail.gazda-web.example
Diagnostic-Code: smtp; 550 Mailbox quota exceeded / Casuta postala este plina

--1777363977-eximdsn-1684210947
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
From: Shop Example - Protectia Datelor <privacy@shop.example.be>
To: cabinet@avocat-dumitrescu.example
Subject: Re: Solicitare imagini supraveghere video - magazin Bruxelles Midi, 03.04.2026
Date: Tue, 28 Apr 2026 10:12:50 +0200
Message-ID: <priv-2026-04-1262.r1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Stimată doamnă avocat,

am primit solicitarea dumneavoastră privind imaginile înregistrate de
camerele magazinului nostru din Bruxelles Midi la 03.04.2026. Nu putem
divulga imagini în care apar alte persoane unui terț fără o hotărâre
judecătorească sau o cerere a autorităților competente. Clientul dumneavoastră
își poate exercita personal dreptul de acces (art. 15 GDPR) pentru
imaginile în care apare doar el. Imaginile se păstrează 30 de zile.

Cu stimă,
Echipa Protecția Datelor, Shop Example

--1777363977-eximdsn-1684210947--
'''),
    ('ro', 'person-forwards-collector-notice-asks-freeze-data-while-disputed', 'restriction', (),
'''Return-Path: <cristina.marin77@yahoo-mail.example>
Received: from sonic318-22.consmr.mail.ir2.yahoo-mail.example (sonic318-22.consmr.mail.ir2.yahoo-mail.example [192.0.2.86])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kdt4Tu0Vw4z5x7St
        for <privacy@shop.example.be>; Fri, 1 May 2026 13:55:21 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo-mail.example; s=s2048;
	h=from:to:subject:date:message-id:mime-version;
	bh=Pt3Kq8Wn1Rs6Lx9Vb4Hc7Dj2Fm5Gz0Ay3Ue8Io1Kr6=;
	b=Zq7Kx2Lp5Nw0Tr3Vm8Bs1Hc6Dj9Fg4Ay7Ue2Io5Kt0Rw3Sx8Vb1Nm6Hc9Jd4Fg7Lk
From: Cristina Marin <cristina.marin77@yahoo-mail.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Fw: Notificare cesiune creanta - dosar RC-88214
Date: Fri, 1 May 2026 11:55:17 +0000 (UTC)
Message-ID: <1188427360.2214507.1777636517093@mail.yahoo-mail.example>
X-Mailer: WebService/1.1.22239 YMailNorrin
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bună ziua,

am primit mesajul de mai jos de la o firmă de recuperare care spune că vă
datorez 212 euro pentru o comandă online din decembrie. Comanda aceea am
returnat-o în magazinul din Liège și am bonul de retur. Am deschis deja o
reclamație la serviciul clienți (nr. 26-55108).

Până se lămurește, vă rog să nu ștergeți nimic din datele mele și din
istoricul comenzii (îmi trebuie ca dovadă), dar nici să nu le mai folosiți
sau trimiteți altcuiva, nici firmei ăsteia. Vă rog să blocați datele până
la finalul verificării și să-mi confirmați în scris.

Cristina Marin
comanda WEB-26-1203-55741

----- Forwarded Message -----
From: Recuperări Carpatica <notificari@recuperari-carpatica.example>
Sent: Thursday, April 30, 2026, 09:00:12 AM GMT+3
Subject: Notificare cesiune creanta - dosar RC-88214

Stimată doamnă Marin,

vă informăm că, în temeiul art. 1566 și urm. Cod civil, creanța
Shop Example NV/SA față de dumneavoastră, în valoare de 212,00 EUR, a fost
cesionată către Recuperări Carpatica S.R.L.

Datele dumneavoastră (nume, adresă, telefon, e-mail, detalii comandă) au
fost primite de la creditorul inițial în baza art. 6 alin. (1) lit. (f) GDPR.

Plătiți online: https://plata.recuperari-carpatica.example/RC-88214

Mesaj generat automat.
'''),
    ('el', 'police-cybercrime-portal-data-request-art-251-kpd', 'automated', (),
'''Return-Path: <noreply@aitimata.astynomia.example>
Received: from gw2.aitimata.astynomia.example (gw2.aitimata.astynomia.example [198.51.100.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kdw7Vw3Xy7z5x9Uv
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 10:26:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=aitimata.astynomia.example; s=ps1;
	h=from:to:subject:date:message-id; bh=Qs2Kt7Wp0Rn5Lx8Vb3Hc6Dj1Fm4Gz9Ay2Ue7Io0Kr5=;
	b=Aw1Kx6Lp9Nq4Tr7Vm2Bs5Hc0Dj3Fg8Ay1Ue6Io9Kt4Rw7Sx2Vb5Nm0Hc3Jd8Fg1Lk
From: =?utf-8?b?zpXOu867zrfOvc65zrrOriDOkc+Dz4TPhc69zr/OvM6vzrEgLSDOkc65z4TOrs68zrHPhM6x?= <noreply@aitimata.astynomia.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?zp3Orc6/IM6xzq/PhM63zrzOsSDPh86/z4HOrs6zzrfPg863z4Igz4M=?=
 =?utf-8?b?z4TOv865z4fOtc6vz4nOvSDOsc+BLiAyMDI2L86UzpfOlS8wOTcxMg==?=
Date: Tue, 14 Apr 2026 11:26:36 +0300
Message-ID: <req.2026-DEH-09712.notify@aitimata.astynomia.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ
Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος
Πλατφόρμα Αιτημάτων προς Παρόχους και Εμπόρους

Αρ. αιτήματος:     2026/ΔΗΕ/09712
Αποδέκτης:         Shop Example NV/SA - υπεύθυνος επικοινωνίας για θέματα δεδομένων
Ημερομηνία:        14/04/2026
Προθεσμία:         10 εργάσιμες ημέρες

Σας γνωστοποιούμε ότι καταχωρίστηκε αίτημα χορήγησης στοιχείων στο
πλαίσιο προκαταρκτικής εξέτασης για απάτη μέσω διαδικτύου (άρθρα 386 και
386Α ΠΚ), κατ' εφαρμογή του άρθρου 251 ΚΠΔ και κατόπιν παραγγελίας της
Εισαγγελίας Πρωτοδικών Αθηνών.

Ζητούμενα στοιχεία (περίληψη):
 - στοιχεία λογαριασμού πελάτη στο ηλεκτρονικό κατάστημα,
 - διευθύνσεις αποστολής και IP για τις παραγγελίες WEB-26-0302-11873 και WEB-26-0305-12044,
 - στοιχεία πληρωμής (χωρίς πλήρη αριθμό κάρτας).

Το πλήρες κείμενο και η ασφαλής φόρμα απάντησης είναι διαθέσιμα μόνο
μετά από σύνδεση: https://aitimata.astynomia.example/r/2026-DEH-09712

Παρακαλούμε να μην ενημερώσετε το υποκείμενο των δεδομένων για το
παρόν αίτημα, σύμφωνα με το άρθρο 23 του Κανονισμού (ΕΕ) 2016/679 και
το ν. 4624/2019. Τα δικαιώματα πρόσβασης, διόρθωσης και διαγραφής του
υποκειμένου ασκούνται σύμφωνα με τα άρθρα 55-61 του ν. 4624/2019.

Αυτό το μήνυμα δημιουργήθηκε αυτόματα. Μην απαντάτε σε αυτή τη διεύθυνση.
'''),
    ('el', 'debt-info-company-auto-reply-law-3758-rights', 'automated', (),
'''Return-Path: <info@enimerosi-ofeiletwn.example>
Received: from mail.enimerosi-ofeiletwn.example (mail.enimerosi-ofeiletwn.example [203.0.113.165])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kdy1Wx6Yz1z5x2Wx
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 17:03:15 +0200 (CEST)
From: =?utf-8?b?zpXOvc63zrzOrc+Bz4nPg863IM6fz4bOtc65zrvOtc+Ez47OvSDOkc6VIChpbmZvKQ==?= <info@enimerosi-ofeiletwn.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiBSRTogzpE=?=
 =?utf-8?b?zq/PhM63zrzOsSDPgM67zrfPgc6/z4bPjM+BzrfPg863z4IgLSDPhc+Az4zOuM61?=
 =?utf-8?b?z4POtyDOlc6fLTI2LTMzODE=?=
Date: Wed, 22 Apr 2026 18:03:13 +0300
Message-ID: <autoreply.eo26-3381.20260422150313@enimerosi-ofeiletwn.example>
In-Reply-To: <priv-2026-04-1218.r1@shop.example.be>
References: <priv-2026-04-1218.r1@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
X-Mailer: Kerio Connect 10.0.2
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Αγαπητέ/ή συναλλασσόμενε/η,

λάβαμε το μήνυμά σας. Θα επικοινωνήσουμε μαζί σας το συντομότερο
δυνατό και πάντως εντός 5 εργάσιμων ημερών.

Η εταιρεία μας λειτουργεί ως Εταιρεία Ενημέρωσης Οφειλετών σύμφωνα με
το ν. 3758/2009, όπως ισχύει, και είναι καταχωρισμένη στο σχετικό
μητρώο της Γενικής Γραμματείας Εμπορίου με αρ. 118. Δεν διενεργούμε
είσπραξη οφειλών ούτε επισκέψεις κατ' οίκον.

Ενημέρωση για τα προσωπικά δεδομένα: επεξεργαζόμαστε δεδομένα για
λογαριασμό των εντολέων μας (δανειστών) ως εκτελούντες την επεξεργασία.
Ως υποκείμενο έχετε δικαίωμα πρόσβασης, διόρθωσης, διαγραφής,
περιορισμού και εναντίωσης (άρθρα 15-21 ΓΚΠΔ), καθώς και δικαίωμα
καταγγελίας στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα
(www.dpa.gr). Για αιτήματα: dpo@enimerosi-ofeiletwn.example

Το παρόν είναι αυτόματη απάντηση. Παρακαλούμε μην απαντήσετε.

Ενημέρωση Οφειλετών Α.Ε., Λ. Συγγρού 212, 176 72 Καλλιθέα
'''),
    ('el', 'ediscovery-platform-collection-complete-production-ready', 'automated', (),
'''Return-Path: <alerts@eu1.lexvault-discovery.example>
Received: from o12.eu1.lexvault-discovery.example (o12.eu1.lexvault-discovery.example [192.0.2.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf02Xy9Za4z5x4Yz
        for <privacy@shop.example.be>; Thu, 7 May 2026 18:47:02 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=lexvault-discovery.example; s=s1;
	h=from:to:subject:date:message-id:mime-version;
	bh=Rt6Kq1Wn4Ls9Px2Vb7Hc0Dj5Fm8Gz3Ay6Ue1Io4Kr9=;
	b=Bx4Kp7Lq0Nw3Tr6Vm1Bs8Hc2Dj5Fg0Ay3Ue8Io1Kt6Rw9Sx4Vb7Nm2Hc5Jd0Fg3Lk
From: LexVault eDiscovery <alerts@eu1.lexvault-discovery.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?W0xleFZhdWx0XSDOo8+FzrvOu86/zrPOriDOv867zr/Ous67zrfPgc+O?=
 =?utf-8?b?zrjOt866zrUgLSBNQVQtMjYtMDA0MQ==?=
Date: Thu, 07 May 2026 16:46:59 +0000
Message-ID: <lv.collection.MAT-26-0041.c7.1778172419@eu1.lexvault-discovery.example>
Auto-Submitted: auto-generated
X-LexVault-Matter: MAT-26-0041
X-SES-Outgoing: 2026.05.07-192.0.2.212
Feedback-ID: 1.eu-west-1.lv-alerts:AmazonSES
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="lv_7a2c_alt"

--lv_7a2c_alt
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

LexVault eDiscovery - ειδοποίηση υπόθεσης

Υπόθεση:        MAT-26-0041 - Παπαδοπούλου κατά Shop Example (Πολ. Πρωτοδικείο Αθηνών)
Διαχειριστής:   Δικηγορική Εταιρεία Καραγιάννης & Συνεργάτες
Εργασία:        Συλλογή δεδομένων #7 - γραμματοκιβώτιο privacy@shop.example.be

Η συλλογή ολοκληρώθηκε.
  Μηνύματα που εντοπίστηκαν:     1.284
  Μηνύματα που ταιριάζουν:       37 (όροι: "Παπαδοπούλου", "ΓΚΠΔ άρθρο 15", "διαγραφή")
  Συνημμένα:                     52
  Δεσμευμένα (legal hold):       ναι - η διαγραφή είναι αποκλεισμένη

Το σύνολο παραγωγής (production set) θα είναι διαθέσιμο για έλεγχο
προνομίου στον χώρο εργασίας της υπόθεσης:
https://eu1.lexvault-discovery.example/matters/MAT-26-0041/collections/7

Λάβατε αυτό το μήνυμα επειδή είστε καταχωρισμένος θεματοφύλακας
(custodian) στην υπόθεση. Το γραμματοκιβώτιο αποστολής δεν
παρακολουθείται. Ρυθμίσεις ειδοποιήσεων: στο προφίλ σας.

LexVault Ltd - Επεξεργαζόμαστε δεδομένα για λογαριασμό του πελάτη μας
σύμφωνα με το άρθρο 28 ΓΚΠΔ.
--lv_7a2c_alt
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:13px">
<p><b>LexVault eDiscovery</b></p>
<p>Υπόθεση <b>MAT-26-0041</b>: η συλλογή #7 (privacy@shop.example.be) ολοκληρώθηκε.<br>
37 μηνύματα ταιριάζουν, 52 συνημμένα. Legal hold: <b>ενεργό</b>.</p>
<p><a href="https://eu1.lexvault-discovery.example/matters/MAT-26-0041/collections/7">Άνοιγμα συλλογής</a></p>
<p style="font-size:11px;color:#888">Αυτόματη ειδοποίηση - μην απαντάτε.</p>
</body></html>
--lv_7a2c_alt--
'''),
    ('el', 'm365-ndr-greek-court-registry-reply-rejected', 'automated', (),
'''Return-Path: <>
Received: from AM9PR08MB7012.eurprd08.prod.outlook.com (2603:10a6:20b:3c1::9)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf25Za2Bc7z5x6Ab
        for <privacy@shop.example.be>; Mon, 11 May 2026 12:09:44 +0200 (CEST)
From: Microsoft Outlook <postmaster@dikigoros-vlachou.example>
To: <privacy@shop.example.be>
Date: Mon, 11 May 2026 10:09:41 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3f9b2c71-44e0-4d1a-8c6f-0a7e5b1d9c82"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: el-GR
Message-ID: <0c4e7a92-1b35-48d6-9f20-6e8a3d7c1b54@AM9PR08MB7012.eurprd08.prod.outlook.com>
In-Reply-To: <priv-2026-05-0133.r1@shop.example.be>
References: <priv-2026-05-0133.r1@shop.example.be>
Subject: =?utf-8?b?zpTOtc69IM6uz4TOsc69IM60z4XOvc6xz4TOriDOtyDPgM6xz4HOrM60?=
 =?utf-8?b?zr/Pg863OiBSRTogzpHOr8+EzrfOvM6xIM6zzrnOsSDOsc+Azr/OtM61zrnOus+E?=
 =?utf-8?b?zrnOus+MIM6xzrPOv8+BzqzPgg==?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--3f9b2c71-44e0-4d1a-8c6f-0a7e5b1d9c82
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Το μήνυμά σας προς m.vlachou@dikigoros-vlachou.example δεν ήταν δυνατό να παραδοθεί.

Ο διαχειριστής του οργανισμού του παραλήπτη έχει ορίσει πολιτική που εμποδίζει την παράδοση μηνυμάτων από εξωτερικούς αποστολείς.

Τι πρέπει να κάνετε
Επικοινωνήστε με τον παραλήπτη με άλλον τρόπο (π.χ. τηλεφωνικά) και ζητήστε του να ενημερώσει τον διαχειριστή email του.

Περισσότερες πληροφορίες για διαχειριστές email
Απομακρυσμένος διακομιστής: 550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required

Αρχικές κεφαλίδες μηνύματος:

From: Shop Example - Data Protection <privacy@shop.example.be>
To: m.vlachou@dikigoros-vlachou.example
Subject: RE: Αίτημα για αποδεικτικό αγοράς
Date: Mon, 11 May 2026 12:09:36 +0200
Message-ID: <priv-2026-05-0133.r1@shop.example.be>

--3f9b2c71-44e0-4d1a-8c6f-0a7e5b1d9c82
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR08MB7012.eurprd08.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Mon, 11 May 2026 10:09:39 +0000

Final-Recipient: rfc822;m.vlachou@dikigoros-vlachou.example
Action: failed
Status: 5.7.133
Diagnostic-Code: smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required

--3f9b2c71-44e0-4d1a-8c6f-0a7e5b1d9c82
Content-Type: text/rfc822-headers

From: Shop Example - Data Protection <privacy@shop.example.be>
To: m.vlachou@dikigoros-vlachou.example
Subject: RE: Αίτημα για αποδεικτικό αγοράς
Date: Mon, 11 May 2026 12:09:36 +0200
Message-ID: <priv-2026-05-0133.r1@shop.example.be>

--3f9b2c71-44e0-4d1a-8c6f-0a7e5b1d9c82--
'''),
    ('el', 'person-phone-mail-long-law-firm-signature-complains-footage-to-ex', 'complaint', ('access',),
'''Return-Path: <e.papadopoulou@karagiannis-law.example>
Received: from mail-db8eur05on2109.outbound.protection.outlook.com (mail-db8eur05on2109.outbound.protection.outlook.com [40.107.20.109])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf48Ab5Cd1z5x8Cd
        for <privacy@shop.example.be>; Sat, 9 May 2026 23:41:08 +0200 (CEST)
From: =?utf-8?b?zpXPhc6xzrPOs861zrvOr86xIM6gzrHPgM6xzrTOv8+Azr/Pjc67zr/PhQ==?= <e.papadopoulou@karagiannis-law.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?zrrOrM68zrXPgc61z4I=?=
Thread-Topic: =?utf-8?b?zrrOrM68zrXPgc61z4I=?=
Date: Sat, 9 May 2026 21:41:02 +0000
Message-ID: <AM0PR03MB4417E2B8C1D09A7F3E5C6B12D4A90@AM0PR03MB4417.eurprd03.prod.outlook.com>
Accept-Language: el-GR, en-US
Content-Language: el-GR
X-MS-Has-Attach:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Γράφω προσωπικά, όχι ως δικηγόρος. Στη χθεσινή δικάσιμο ο δικηγόρος του
πρώην συζύγου μου κατέθεσε στιγμιότυπα από τις κάμερες του καταστήματός σας
στη Λουΐζ (Βρυξέλλες) όπου φαίνομαι με τα παιδιά, 14/02. Ποιος σας τα ζήτησε,
με ποια νομική βάση του τα δώσατε και τι άλλο του στείλατε για μένα; Θέλω
πλήρη απάντηση και αντίγραφο όσων του δώσατε. Αυτό είναι απαράδεκτο και
αν δεν έχω απάντηση εντός του μήνα θα προσφύγω στην Αρχή Προστασίας
Δεδομένων και στη βελγική APD.

Ευαγγελία Παπαδοπούλου

Στάλθηκε από το iPhone μου
________________________________
Ευαγγελία Παπαδοπούλου | Δικηγόρος παρ' Αρείω Πάγω
Δικηγορική Εταιρεία Καραγιάννης & Συνεργάτες
Ακαδημίας 41, 106 79 Αθήνα | Τ +30 210 36 44 120 | F +30 210 36 44 129
ΑΜ ΔΣΑ 028114

ΕΜΠΙΣΤΕΥΤΙΚΟΤΗΤΑ: Το παρόν μήνυμα και τυχόν συνημμένα αυτού είναι
εμπιστευτικά, ενδέχεται να καλύπτονται από το δικηγορικό απόρρητο και
προορίζονται αποκλειστικά για τον παραλήπτη. Αν το λάβατε εκ παραδρομής,
παρακαλούμε ενημερώστε τον αποστολέα και διαγράψτε το. Η Εταιρεία
επεξεργάζεται δεδομένα προσωπικού χαρακτήρα σύμφωνα με τον Κανονισμό (ΕΕ)
2016/679 και τον ν. 4624/2019. Για την άσκηση των δικαιωμάτων πρόσβασης,
διόρθωσης, διαγραφής, περιορισμού, φορητότητας και εναντίωσης
απευθυνθείτε στο dpo@karagiannis-law.example.
CONFIDENTIALITY NOTICE: This e-mail may contain privileged information
and is intended only for the addressee.
'''),
    ('bg', 'secure-e-delivery-system-bailiff-garnishment-art-507-gpk', 'automated', (),
'''Return-Path: <no-reply@ssev.egov.example>
Received: from mailout2.egov.example (mailout2.egov.example [192.0.2.74])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf61Bc8De4z5x1Ef
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 14:52:37 +0200 (CEST)
From: =?utf-8?b?0KHQodCV0JIgLSDQodC40YHRgtC10LzQsCDQt9CwINGB0LjQs9GD0YDQvdC+INC10LvQtdC60YLRgNC+0L3QvdC+INCy0YDRitGH0LLQsNC90LU=?= <no-reply@ssev.egov.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J3QvtCy0L4g0LXQu9C10LrRgtGA0L7QvdC90L4g0YHRitC+0LHRidC1?=
 =?utf-8?b?0L3QuNC1INCyINC/0YDQvtGE0LjQu9CwINC90LAg0KjQvtC/INCV0LrQt9Cw0Lw=?=
 =?utf-8?b?0L/RitC7INCd0JIv0KHQkA==?=
Date: Wed, 15 Apr 2026 15:52:33 +0300
Message-ID: <ssev-msg-9a41c7e2-3b58-4f06-a1d9-7e20c5b84f13@ssev.egov.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Уважаеми потребителю,

в профила на Шоп Екзампъл НВ/СА, клон България (ЕИК 206118443), в
Системата за сигурно електронно връчване е получено ново съобщение.

Подател:   Частен съдебен изпълнител Стефан Иванов, рег. № 811 на КЧСИ,
           район на действие Софийски градски съд
Заглавие:  Запорно съобщение по изп. дело № 20268110401177 (чл. 507 ГПК)
Получено:  15.04.2026 15:52

Съобщението се смята за връчено с отварянето му или след изтичане на
7 дни от получаването му в профила (чл. 42, ал. 4 ГПК).

За да прочетете съобщението, влезте в системата с квалифициран
електронен подпис или електронна идентичност:
https://ssev.egov.example

Това е автоматично генерирано съобщение. Моля, не отговаряйте.
Информация за обработването на лични данни: https://egov.example/lichni-danni
'''),
    ('bg', 'insurer-claim-check-result-html-only-fraud-screening', 'automated', (),
'''Return-Path: <claims-bounce@notify.zastrahovane-vitosha.example>
Received: from smtp-out-3.notify.zastrahovane-vitosha.example (smtp-out-3.notify.zastrahovane-vitosha.example [198.51.100.133])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf84Cd1Ef7z5x3Gh
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 09:17:55 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=zastrahovane-vitosha.example; s=n1;
	h=from:to:subject:date:message-id:mime-version;
	bh=Wr5Kq0Lt3Nx8Ps1Vb6Hc9Dj4Fm7Gz2Ay5Ue0Io3Kr8=;
	b=Cx3Kp6Lq9Nw2Tr5Vm0Bs7Hc1Dj4Fg9Ay2Ue7Io0Kt5Rw8Sx3Vb6Nm1Hc4Jd9Fg2Lk
From: =?utf-8?b?0JfQsNGB0YLRgNCw0YXQvtCy0LDQvdC1INCS0LjRgtC+0YjQsCAtINCb0LjQutCy0LjQtNCw0YbQuNGPINC90LAg0YnQtdGC0Lg=?= <claims@notify.zastrahovane-vitosha.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?0KDQtdC30YPQu9GC0LDRgiDQvtGCINC/0YDQvtCy0LXRgNC60LAg0L0=?=
 =?utf-8?b?0LAg0YLRitGA0LPQvtCy0LXRhiAtINGJ0LXRgtCwIOKEliDQmNCcLTI2LTAxNzc0?=
 =?utf-8?b?NA==?=
Date: Fri, 24 Apr 2026 10:17:52 +0300
Message-ID: <zv.im-26-017744.merchant-result@notify.zastrahovane-vitosha.example>
X-Mailer: Guidewire ClaimCenter Notifications
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html><html lang="bg"><head><meta charset="UTF-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<p>Уважаеми партньори,</p>
<p>Благодарим ви за предоставеното потвърждение по щета <b>№ ИМ-26-017744</b>.
Проверката на търговеца приключи със следния резултат:</p>
<table cellpadding="5" style="border:1px solid #ddd;border-collapse:collapse">
<tr><td>Търговец</td><td>Shop Example NV/SA, магазин Брюксел - Ixelles</td></tr>
<tr><td>Документ</td><td>фактура BE-IXL-0091-26-004417 / 09.03.2026</td></tr>
<tr><td>Стока</td><td>смартфон, 879,00 EUR</td></tr>
<tr><td>Застрахован</td><td>Н. Димитрова</td></tr>
<tr><td>Резултат</td><td><b style="color:#0a7d3b">ПОТВЪРДЕН - няма индикатори за измама</b></td></tr>
</table>
<p>Не е необходимо да предприемате други действия. Преписката ще бъде
архивирана и данните ще бъдат изтрити след изтичане на законовия срок за
съхранение по Кодекса за застраховането.</p>
<p style="font-size:11px;color:#888">Застраховане Витоша АД обработва лични данни на основание чл. 6, пар. 1,
б. „б“ и „в“ от Регламент (ЕС) 2016/679 и Кодекса за застраховането. Субектите на данни имат право на достъп,
коригиране, изтриване, ограничаване и възражение, както и право на жалба до Комисията за защита на личните данни (КЗЛД).
<br>Това съобщение е изпратено автоматично. Моля, не отговаряйте на него.</p>
</body></html>
'''),
    ('bg', 'zimbra-ooo-district-court-registry-reply-to-shop', 'automated', (),
'''Return-Path: <deloviodstvo@rs-varna.justice.example>
Received: from zimbra.rs-varna.justice.example (zimbra.rs-varna.justice.example [203.0.113.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KfB7De4Fg1z5x5Jk
        for <privacy@shop.example.be>; Tue, 5 May 2026 11:33:06 +0200 (CEST)
Date: Tue, 5 May 2026 12:33:04 +0300 (EEST)
From: =?utf-8?b?0KDQsNC50L7QvdC10L0g0YHRitC0INCS0LDRgNC90LAgLSDQlNC10LvQvtCy0L7QtNGB0YLQstC+?= <deloviodstvo@rs-varna.justice.example>
To: privacy@shop.example.be
Message-ID: <1218830442.8812075.1777973584112.JavaMail.zimbra@rs-varna.justice.example>
In-Reply-To: <priv-2026-05-0071.r1@shop.example.be>
Subject: =?utf-8?b?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDogUkU6?=
 =?utf-8?b?INCj0LTQvtGB0YLQvtCy0LXRgNC10L3QuNC1INC/0L4g0LPRgC4g0LTQtdC70L4g?=
 =?utf-8?b?4oSWIDMzMTgvMjAyNg==?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)

Уважаеми госпожи и господа,

Вашето съобщение е получено на електронната поща на деловодството на
Районен съд - Варна.

Моля, имайте предвид, че книжа по висящи дела не се приемат по
електронна поща, освен ако са подписани с квалифициран електронен
подпис или подадени през Единния портал за електронно правосъдие.
Справки по делата: https://ecase.justice.example

Работно време на деловодството: понеделник - петък, 8:30 - 17:00 ч.

Това е автоматичен отговор.
'''),
    ('bg', 'person-pastes-collector-sms-withdraws-consent-asks-who-got-number', 'withdraw_consent', ('access',),
'''Return-Path: <gergana.petrova@abv-mail.example>
Received: from mx.abv-mail.example (mx.abv-mail.example [192.0.2.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KfD1Ef7Gh4z5x7Lm
        for <privacy@shop.example.be>; Thu, 7 May 2026 08:26:19 +0200 (CEST)
From: =?utf-8?b?0JPQtdGA0LPQsNC90LAg0J/QtdGC0YDQvtCy0LA=?= <gergana.petrova@abv-mail.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?0YHRitCz0LvQsNGB0LjQtQ==?=
Date: Thu, 7 May 2026 09:26:15 +0300
Message-ID: <1016371840.51128.1778135175994@nm82.abv-mail.example>
X-Mailer: AbvMail 3.2
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

ето какво получих вчера като SMS и после по имейл:

"УВЕДОМЛЕНИЕ: Задължение по договор ЕК-77104 е прехвърлено на Колект
Плюс ЕООД. Данните Ви са получени от партньор. Отказ: отговорете СТОП.
Информация за обработването на лични данни: kolektplus.example/gdpr
Това съобщение е автоматично."

Нямам договор с тях. Единственото място, където скоро дадох телефона си,
беше при вас - при регистрацията в приложението в Брюксел отметнах
"да получавам оферти от партньори". Оттеглям това съгласие, както и
съгласието за SMS и имейли с оферти от вас. И искам да ми кажете дали сте
дали номера ми на тази фирма или на други "партньори" и на кои.

Гергана Петрова
+359 888 41 27 05
'''),
]

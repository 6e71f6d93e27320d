"""Seventy-ninth set, book B robots: robot mail of the systems around pets, the garden centre and bulky home deliveries (vet booking platform's vaccination reminders sent for the pet club, pet-insurance partner offers, microchip registry notices, the plant-care app's weekly digest, the robot mower cloud's stuck alert and its firmware and data-sharing notice, the garden planner's export notice, a subcontracted carrier's delivery-slot notice, proof-of-delivery mail with doorstep photo and neighbour's signature, a route-planning app's daily driver report with CSV), out-of-office replies (Thunderbird, Zimbra, Gmail, Outlook, Exchange), bounces of Postfix, Exchange Online, Exim, Sendmail, qmail and Gmail, helpdesk acknowledgements, plus people whose mail looks automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the rules."""

ROBOTS = [
    ('pl', 'subcontracted-carrier-delivery-slot-notice-shipper-copy', 'automated', (),
'''Return-Path: <awizacje@dmk-transport.example>
Received: from serwer1.dmk-transport.example (serwer1.dmk-transport.example [203.0.113.45])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KcP2m0Zx7z9q1Rt
	for <privacy@shop.example.be>; Mon, 20 Apr 2026 17:02:11 +0200 (CEST)
From: DMK Transport - awizacje <awizacje@dmk-transport.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Awizacja_dostawy_DMK/BE/26/04/1187_=E2=80=93_wt=2E_21?=
 =?utf-8?q?=2E04=2E2026=2C_08=3A00=E2=80=9312=3A00_=5Bkopia_dla_zlecenioda?=
 =?utf-8?q?wcy=5D?=
Date: Mon, 20 Apr 2026 17:02:09 +0200
Message-ID: <20260420170209.1187.awizacja@dmk-transport.example>
X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

KOPIA DLA ZLECENIODAWCY - wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.

Awizacja dostawy gabarytowej
------------------------------------------
Nr zlecenia:      DMK/BE/26/04/1187
Zleceniodawca:    Shop Example NV - zam. SE-2604-448950
Odbiorca:         Kowalewska B.
Adres dostawy:    Rue Saint-Denis 54, 1190 Forest
Telefon odbiorcy: +32 4** ** ** 61
Towar:            domek ogrodowy drewniany, 3 paczki, 312 kg
Usługa:           dostawa do krawężnika (bez wnoszenia, bez montażu)
Termin:           wtorek 21.04.2026, okno 08:00-12:00
Kierowca:         Dariusz K. (trasa BE-03)

Kierowca zadzwoni do odbiorcy ok. 30 minut przed przyjazdem. Jeżeli odbiorcy
nie będzie pod adresem, przesyłka może zostać wydana sąsiadowi za jego podpisem
albo wrócić do magazynu w Vilvoorde (ponowna dostawa płatna wg cennika
zleceniodawcy).

Przy wydaniu kierowca wykonuje zdjęcie przesyłki w miejscu dostawy i zbiera
podpis odbiorcy w aplikacji (proof of delivery).

Informacja o danych osobowych
Dane odbiorcy (imię i nazwisko, adres, numer telefonu) otrzymaliśmy od
zleceniodawcy wyłącznie w celu realizacji tej dostawy. Administratorem danych
w zakresie transportu jest DMK Transport BV, Schaarbeeklei 611, 1800 Vilvoorde.
Zdjęcie i podpis z dostawy przechowujemy 90 dni; numer telefonu odbiorcy jest
usuwany z aplikacji kierowcy po zamknięciu trasy. Wnioski dotyczące RODO
(dostęp, sprostowanie, usunięcie danych): rodo@dmk-transport.example

DMK Transport - transport gabarytowy PL/BE/NL
Dyspozytornia: +32 2 308 41 77 (pn-pt 7:00-18:00)
'''),
    ('pl', 'postfix-bounce-mailbox-full-pet-club-profile-deletion-reply', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
	id 4KdT8n1q0Kz5y2Wb; Tue, 21 Apr 2026 09:41:27 +0200 (CEST)
Date: Tue, 21 Apr 2026 09:41:27 +0200 (CEST)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4KdT8n1q0Kz5y2Wb.1776757287/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260421074127.4KdT8n1q0Kz5y2Wb@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4KdT8n1q0Kz5y2Wb.1776757287/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k.zielinska@poczta-domowa.example>: host mx.poczta-domowa.example[192.0.2.77]
    said: 552 5.2.2 <k.zielinska@poczta-domowa.example>: Skrzynka pelna /
    Mailbox full (in reply to RCPT TO command)

--4KdT8n1q0Kz5y2Wb.1776757287/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4KdT8n1q0Kz5y2Wb
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 21 Apr 2026 09:41:25 +0200 (CEST)

Final-Recipient: rfc822; k.zielinska@poczta-domowa.example
Original-Recipient: rfc822;k.zielinska@poczta-domowa.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.poczta-domowa.example
Diagnostic-Code: smtp; 552 5.2.2 <k.zielinska@poczta-domowa.example>: Skrzynka
    pelna / Mailbox full

--4KdT8n1q0Kz5y2Wb.1776757287/mx1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from app02.shop.example.be (app02.shop.example.be [10.20.4.12])
	by mx1.shop.example.be (Postfix) with ESMTP id 4KdT8n1q0Kz5y2Wb
	for <k.zielinska@poczta-domowa.example>; Tue, 21 Apr 2026 09:41:25 +0200 (CEST)
From: Shop Example - Ochrona danych <privacy@shop.example.be>
To: k.zielinska@poczta-domowa.example
Subject: =?utf-8?q?Re=3A_usuni=C4=99cie_profilu_psa_z_Pet_Club_=5BSE-PRIV_?=
 =?utf-8?q?=2320577=5D?=
Date: Tue, 21 Apr 2026 09:41:24 +0200
Message-ID: <priv-20577-2@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Szanowna Pani,

potwierdzamy, że zgodnie z Pani wnioskiem z 14 kwietnia 2026 r. usunęliśmy
z programu Pet Club profil psa Figo (imię, rasa, data urodzenia, zdjęcie
oraz przypomnienia o szczepieniach). Pani konto klienta i karta lojalnościowa
pozostają aktywne. Jeśli chce Pani usunąć również konto, prosimy o informację.

Dane dotyczące zakupów przechowujemy nadal przez okres wymagany przepisami
podatkowymi (7 lat), wyłącznie w celach księgowych.

Zgodnie z RODO przysługuje Pani prawo wniesienia skargi do
Gegevensbeschermingsautoriteit / Autorité de protection des données.

Z poważaniem
Zespół ochrony danych osobowych
Shop Example NV

--4KdT8n1q0Kz5y2Wb.1776757287/mx1.shop.example.be--
'''),
    ('pl', 'thunderbird-template-vacation-reply-partner-vet', 'automated', (),
'''Return-Path: <j.mazur@vetpoint.example>
Received: from smtp.vetpoint.example (smtp.vetpoint.example [198.51.100.61])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KfB1s3Hq2z7m8Pc
	for <privacy@shop.example.be>; Fri, 24 Apr 2026 08:12:43 +0200 (CEST)
From: Joanna Mazur <j.mazur@vetpoint.example>
To: privacy@shop.example.be
Subject: Urlop / Congé
Date: Fri, 24 Apr 2026 08:12:40 +0200
Message-ID: <6c1f2a0e-9b7d-4c55-a1e2-3f0d9b2c7e41@vetpoint.example>
User-Agent: Mozilla Thunderbird
Content-Language: pl
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry,

dziękuję za wiadomość. Jestem na urlopie do 4 maja włącznie i nie 
czytam poczty.

W sprawach pilnych dotyczących pacjentów proszę dzwonić do kliniki 
VetPoint Uccle: 02 375 40 18.
Prośby o dokumentację medyczną zwierząt i dane właścicieli (RODO) 
proszę kierować na adres rodo@vetpoint.example - nie wysyłam ich 
z prywatnej skrzynki.

Bonjour, je suis en congé jusqu'au 4 mai inclus. Urgences : 02 375 40 18.

Pozdrawiam / Cordialement
lek. wet. Joanna Mazur
VetPoint Uccle
'''),
    ('pl', 'vet-booking-platform-vaccination-reminder-pet-club', 'automated', (),
'''Return-Path: <0102019e3f7a1c2d-8e1b7c55-4a0f-4d2e-9b61-3f1c0a7d2e55-000000@eu-west-1.amazonses.example>
Received: from a7-12.smtp-out.eu-west-1.amazonses.example (a7-12.smtp-out.eu-west-1.amazonses.example [54.240.7.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KfD0t7Wq4z3c9Lm
	for <privacy@shop.example.be>; Mon, 27 Apr 2026 07:30:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=vt1; d=vetly-mail.example;
	t=1777267812; h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe;
	bh=7sPq1Ln3Vx0Rb8Kc2Tm5Wy4Hg6Jd9Fa1Ze3Xu0Qo2Ik=;
	b=QpL3vX9mA0kT7rW2nY5cE8hJ1fB4gD6sU0iO3zK7xM2pR9tV1wN5qS8aF4bG6hL0jC3d
From: =?utf-8?q?Pet_Club_=C3=97_Vetly?= <przypomnienia@vetly-mail.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Figo=3A_szczepienie_przeciw_w=C5=9Bciekli=C5=BAnie_trac?=
 =?utf-8?q?i_wa=C5=BCno=C5=9B=C4=87_12_maja_=E2=80=93_um=C3=B3w_wizyt?=
 =?utf-8?q?=C4=99?=
Date: Mon, 27 Apr 2026 05:30:12 +0000
Message-ID: <0102019e3f7a1c2d-8e1b7c55-4a0f-4d2e-9b61-3f1c0a7d2e55-000000@eu-west-1.amazonses.example>
MIME-Version: 1.0
List-Unsubscribe: <https://book.vetly.example/prefs/u/ZC7Q-1146>, <mailto:unsubscribe+ZC7Q-1146@vetly-mail.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: 1.eu-west-1.vx8Qm2kLr9TtYp0bN4cE6hJ3fW1sA5dG7iO2zK8uM0=:AmazonSES
X-SES-Outgoing: 2026.04.27-54.240.7.12
X-Vetly-Template: reminder_vaccination_v5_pl
Content-Type: multipart/alternative; boundary="----=_Part_883104_1296631855.1777267812004"

------=_Part_883104_1296631855.1777267812004
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Cze=C5=9B=C4=87 Beato,

w profilu Figo (pies, beagle, ur. 03.06.2021) zapisali=C5=9Bmy ostatnie szc=
zepienie przeciw w=C5=9Bciekli=C5=BAnie: 12.05.2025, VetPoint Uccle. Wa=C5=
=BCno=C5=9B=C4=87 szczepienia ko=C5=84czy si=C4=99 12.05.2026.

Um=C3=B3w wizyt=C4=99 w kilka sekund:
https://book.vetly.example/r/ZC7Q-1146?clinic=3Dvetpoint-uccle

Wolne terminy w tym tygodniu: =C5=9Br. 29.04 16:20 =C2=B7 czw. 30.04 09:40 =
=C2=B7 sob. 02.05 11:00

Dlaczego dostajesz t=C4=99 wiadomo=C5=9B=C4=87?
Przypomnienia o szczepieniach wysy=C5=82amy cz=C5=82onkom Pet Club Shop Exa=
mple, kt=C3=B3rzy w profilu zwierz=C4=99cia w=C5=82=C4=85czyli =E2=80=9EPrz=
ypomnienia zdrowotne=E2=80=9D. Dane zwierz=C4=99cia (imi=C4=99, gatunek, ra=
sa, data urodzenia, daty szczepie=C5=84) oraz Tw=C3=B3j adres e-mail przetw=
arza Vetly BV jako podmiot przetwarzaj=C4=85cy na zlecenie Shop Example NV,=
 zgodnie z RODO. Nie wykorzystujemy ich do cel=C3=B3w marketingowych.

Wy=C5=82=C4=85cz przypomnienia: https://book.vetly.example/prefs/u/ZC7Q-1146
Usu=C5=84 profil zwierz=C4=99cia lub swoje dane: aplikacja Shop Example > P=
et Club > Prywatno=C5=9B=C4=87 albo privacy@shop.example.be
Polityka prywatno=C5=9Bci: https://www.shop.example.be/pl/prywatnosc

Vetly BV, Kunstlaan 44, 1040 Brussel
------=_Part_883104_1296631855.1777267812004
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html lang=3D"pl"><head><meta charset=3D"utf-8"><title>Przyp=
omnienie o szczepieniu</title></head>
<body style=3D"margin:0;background:#f4f6f3;font-family:Arial,sans-serif;col=
or:#1f2a1c">
<table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0"><tr><td align=3D"=
center">
<table width=3D"560" style=3D"background:#ffffff;border-radius:8px;padding:=
24px">
<tr><td><img src=3D"https://cdn.vetly.example/pc/logo-petclub-vetly.png" al=
t=3D"Pet Club =C3=97 Vetly" width=3D"180"></td></tr>
<tr><td><h1 style=3D"font-size:20px">Cze=C5=9B=C4=87 Beato,</h1>
<p>szczepienie <strong>Figo</strong> przeciw w=C5=9Bciekli=C5=BAnie traci w=
a=C5=BCno=C5=9B=C4=87 <strong>12 maja 2026</strong>.</p>
<p><a href=3D"https://book.vetly.example/r/ZC7Q-1146?clinic=3Dvetpoint-uccl=
e" style=3D"background:#2f7d32;color:#fff;padding:12px 20px;border-radius:6=
px;text-decoration:none">Um=C3=B3w wizyt=C4=99</a></p>
<p style=3D"font-size:12px;color:#6b7468">Dane zwierz=C4=99cia i Tw=C3=B3j =
adres e-mail przetwarza Vetly BV na zlecenie Shop Example NV, zgodnie z ROD=
O.
<a href=3D"https://book.vetly.example/prefs/u/ZC7Q-1146">Wy=C5=82=C4=85cz p=
rzypomnienia</a> =C2=B7 <a href=3D"https://www.shop.example.be/pl/prywatnos=
c">Polityka prywatno=C5=9Bci</a></p>
</td></tr></table></td></tr></table>
<img src=3D"https://t.vetly-mail.example/o/ZC7Q-1146.gif" width=3D"1" heigh=
t=3D"1" alt=3D"">
</body></html>
------=_Part_883104_1296631855.1777267812004--
'''),
    ('pl', 'person-forwards-microchip-registry-owner-change-notice', 'access', ('correction',),
'''Return-Path: <rafal.kubiak84@gmail.com>
Received: from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KfH6b2Tr8z1n4Sx
	for <privacy@shop.example.be>; Tue, 28 Apr 2026 19:03:55 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=1777395833;
	h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
	bh=Xm3kR0pL9qT2vW5yB8cE1fH4jK7nP0sU3wZ6aD9gJ2M=;
	b=Lq0Vn8Tx3Kc6Wm1Rp4Yb7Hs2Jd5Fg9Za0Xe3Qu6Io8Mk1Ns4Ow7Py0Rt3Uv6Xa9Cb2De5
From: =?utf-8?q?Rafa=C5=82_Kubiak?= <rafal.kubiak84@gmail.com>
Date: Tue, 28 Apr 2026 19:03:41 +0200
Message-ID: <CAH7kQpL0x3=Vb2mRt9Yw4Ks1Nd8Fj6Gh5Ze0Xa7Uc3Io2Pe@mail.gmail.com>
Subject: =?utf-8?q?Fwd=3A_Potwierdzenie_zmiany_danych_w=C5=82a=C5=9Bciciel?=
 =?utf-8?q?a_=E2=80=93_transponder_616093900412345?=
To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000c4e82a0650f1d8a3"

--000000000000c4e82a0650f1d8a3
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

dosta=C5=82em dzi=C5=9B to, co poni=C5=BCej. Niczego nie zmienia=C5=82em i =
nikt z rodziny te=C5=BC nie. Psa (Kora, labrador) czipowali=C5=9Bmy u Was w=
 Pet Corner w Brugii w 2023 r.

Kto i na jakiej podstawie zmieni=C5=82 dane? Jakie dane o mnie i o psie mac=
ie w tej rejestracji i komu je przekazali=C5=9Bcie? Je=C5=9Bli kto=C5=9B po=
dmieni=C5=82 m=C3=B3j numer telefonu, prosz=C4=99 przywr=C3=B3ci=C4=87 praw=
id=C5=82owy: +32 472 18 60 93.

Rafa=C5=82 Kubiak
Brugge

---------- Forwarded message ---------
Od: PetID Registry <no-reply@petid-registry.example>
Date: wt., 28 kwi 2026 o 07:15
Subject: Potwierdzenie zmiany danych w=C5=82a=C5=9Bciciela =E2=80=93 transp=
onder 616093900412345
To: <rafal.kubiak84@gmail.com>


Szanowny Opiekunie,

dane kontaktowe w=C5=82a=C5=9Bciciela powi=C4=85zane z transponderem 616093=
900412345 (pies, Kora) zosta=C5=82y zaktualizowane przez punkt rejestracji:
Shop Example =E2=80=93 Pet Corner Brugge (kod punktu BE-PC-0231), 27.04.202=
6 18:42.

Zmienione pola: numer telefonu (nowy: +32 4** ** ** 17), adres e-mail konta=
ktowy.

Je=C5=9Bli zmiana nie zosta=C5=82a dokonana na Twoj=C4=85 pro=C5=9Bb=C4=99,=
 skontaktuj si=C4=99 z punktem rejestracji lub z nami w ci=C4=85gu 14 dni: =
https://petid-registry.example/spor

Twoje dane osobowe przetwarzamy w celu identyfikacji zwierz=C4=99cia i kont=
aktu z w=C5=82a=C5=9Bcicielem w razie jego odnalezienia (RODO). Wiadomo=C5=
=9B=C4=87 wygenerowana automatycznie =E2=80=93 prosimy na ni=C4=85 nie odpo=
wiada=C4=87.

PetID Registry
--000000000000c4e82a0650f1d8a3
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Dzie=C5=84 dobry,</div><div><br></div><div>dosta=C5=
=82em dzi=C5=9B to, co poni=C5=BCej. Niczego nie zmienia=C5=82em i nikt z r=
odziny te=C5=BC nie. Psa (Kora, labrador) czipowali=C5=9Bmy u Was w Pet Cor=
ner w Brugii w 2023 r.</div><div><br></div><div>Kto i na jakiej podstawie z=
mieni=C5=82 dane? Jakie dane o mnie i o psie macie w tej rejestracji i komu=
 je przekazali=C5=9Bcie? Je=C5=9Bli kto=C5=9B podmieni=C5=82 m=C3=B3j numer=
 telefonu, prosz=C4=99 przywr=C3=B3ci=C4=87 prawid=C5=82owy: +32 472 18 60 =
93.</div><div><br></div><div>Rafa=C5=82 Kubiak</div><div>Brugge</div><br><d=
iv class=3D"gmail_quote"><div dir=3D"ltr" class=3D"gmail_attr">---------- F=
orwarded message ---------<br>Od: <strong class=3D"gmail_sendername">PetID =
Registry</strong> <span>&lt;no-reply@petid-registry.example&gt;</span><br>D=
ate: wt., 28 kwi 2026 o 07:15<br>Subject: Potwierdzenie zmiany danych w=C5=
=82a=C5=9Bciciela =E2=80=93 transponder 616093900412345<br>To: &lt;rafal.ku=
biak84@gmail.com&gt;<br></div><br><p>Szanowny Opiekunie,</p><p>dane kontakt=
owe w=C5=82a=C5=9Bciciela powi=C4=85zane z transponderem 616093900412345 (p=
ies, Kora) zosta=C5=82y zaktualizowane przez punkt rejestracji: Shop Exampl=
e =E2=80=93 Pet Corner Brugge (kod punktu BE-PC-0231), 27.04.2026 18:42.</p=
><p>Zmienione pola: numer telefonu (nowy: +32 4** ** ** 17), adres e-mail k=
ontaktowy.</p><p>Twoje dane osobowe przetwarzamy w celu identyfikacji zwier=
z=C4=99cia i kontaktu z w=C5=82a=C5=9Bcicielem w razie jego odnalezienia (R=
ODO).</p><p>PetID Registry</p></div></div>
--000000000000c4e82a0650f1d8a3--
'''),
    ('cs', 'plant-care-app-weekly-digest-mailgun', 'automated', (),
'''Return-Path: <bounce+5c1e7a.3f09b2-privacy=shop.example.be@plantcare-mail.example>
Received: from m228-14.mailgun.example (m228-14.mailgun.example [159.135.228.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KfC3x9Lm0z6r2Vd
	for <privacy@shop.example.be>; Sun, 26 Apr 2026 08:00:37 +0200 (CEST)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=plantcare-mail.example; q=dns/txt; s=pc;
	t=1777183235; h=List-Unsubscribe-Post: List-Unsubscribe: Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id;
	bh=Rt4Yq8Vn2Lc0Km6Xp3Wb9Hs5Jd1Fg7Za4Xe0Qu2Io6=; b=Mk3Ns7Ow1Py5Rt9Uv3Xa7Cb1De5Fg9Hi3Jk7Lm1No5Pq9Rs3Tu
From: Plant Care od Shop Example <prehled@plantcare-mail.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?V=C3=A1=C5=A1_t=C3=BDden_v_zahrad=C4=9B=3A_3_rostliny_c?=
 =?utf-8?q?ht=C4=9Bj=C3=AD_vodu=2C_monstera_p=C5=99esadit?=
Date: Sun, 26 Apr 2026 06:00:35 +0000
Message-Id: <20260426060035.5c1e7a3f09b2@plantcare-mail.example>
Mime-Version: 1.0
List-Unsubscribe: <https://plantcare-mail.example/u/Zk3Pq9?l=cs>, <mailto:u+Zk3Pq9@plantcare-mail.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Mailgun-Sid: WyI3ZjE0NiIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICJjOTEyIl0=
X-Mailgun-Tag: weekly-digest-cs
Feedback-ID: weekly-digest:plantcare:mailgun
Content-Type: multipart/alternative; boundary="7b2e0a4c9d1f4e8fa6c35b8d2e1f0a93"

--7b2e0a4c9d1f4e8fa6c35b8d2e1f0a93
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den, Zuzano,

tento t=C3=BDden ve va=C5=A1=C3=AD sb=C3=ADrce (23 rostlin, Etterbeek):

ZAL=C3=89V=C3=81N=C3=8D
 =E2=80=A2 Monstera deliciosa =E2=80=93 ob=C3=BDv=C3=A1k =E2=80=93 zal=C3=
=ADt do st=C5=99edy
 =E2=80=A2 Bazalka =E2=80=93 balkon =E2=80=93 ka=C5=BEd=C3=BD den, hl=C3=A1=
s=C3=AD se teplo (a=C5=BE 24 =C2=B0C)
 =E2=80=A2 Citron=C3=ADk Meyer =E2=80=93 balkon =E2=80=93 zal=C3=ADt v p=C3=
=A1tek, zkontrolovat p=C5=99ihnojen=C3=AD

P=C3=89=C4=8CE
 =E2=80=A2 Monstera: od posledn=C3=AD v=C3=BDm=C4=9Bny substr=C3=A1tu uplyn=
ulo 26 m=C4=9Bs=C3=ADc=C5=AF =E2=80=93 doporu=C4=8Dujeme p=C5=99esadit
 =E2=80=A2 Mu=C5=A1k=C3=A1ty: posledn=C3=AD mraz=C3=ADky jsou za n=C3=A1mi,=
 m=C5=AF=C5=BEete je vyn=C3=A9st ven

Fotoden=C3=ADk: minul=C3=BD t=C3=BDden jste p=C5=99idala 4 fotky. Porovnejt=
e si r=C5=AFst citron=C3=ADku:
https://app.plantcare.example/d/8812

Po=C4=8Das=C3=AD pro va=C5=A1i lokalitu (1040 Etterbeek): slune=C4=8Dno, 14=
=E2=80=9324 =C2=B0C, bez sr=C3=A1=C5=BEek do ned=C4=9Ble.

--
Tento p=C5=99ehled dost=C3=A1v=C3=A1te, proto=C5=BEe m=C3=A1te v aplikaci P=
lant Care zapnut=C3=BD =E2=80=9ET=C3=BDdenn=C3=AD p=C5=99ehled e-mailem=E2=
=80=9C.
Osobn=C3=AD =C3=BAdaje =E2=80=93 seznam rostlin, fotografie a p=C5=99ibli=
=C5=BEnou polohu (PS=C4=8C) pro p=C5=99edpov=C4=9B=C4=8F po=C4=8Das=C3=AD =
=E2=80=93 zpracov=C3=A1v=C3=A1 Shop Example NV jako spr=C3=A1vce v souladu =
s GDPR. P=C5=99esnou polohu GPS neukl=C3=A1d=C3=A1me. Sv=C3=A9 =C3=BAdaje s=
i m=C5=AF=C5=BEete st=C3=A1hnout nebo =C3=BA=C4=8Det smazat v aplikaci v Na=
staven=C3=AD > Soukrom=C3=AD.
Odhl=C3=A1sit t=C3=BDdenn=C3=AD p=C5=99ehled: https://plantcare-mail.exampl=
e/u/Zk3Pq9?l=3Dcs
Z=C3=A1sady ochrany osobn=C3=ADch =C3=BAdaj=C5=AF: https://www.shop.example=
.be/cs/soukromi
--7b2e0a4c9d1f4e8fa6c35b8d2e1f0a93
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Helvetica,Arial,sans-serif;background:#eef=
5ec;margin:0">
<div style=3D"max-width:600px;margin:0 auto;background:#fff;padding:20px">
<h2 style=3D"color:#2e6b30">V=C3=A1=C5=A1 t=C3=BDden v zahrad=C4=9B</h2>
<p>Dobr=C3=BD den, Zuzano, tento t=C3=BDden ve va=C5=A1=C3=AD sb=C3=ADrce (=
23 rostlin):</p>
<h3>Zal=C3=A9v=C3=A1n=C3=AD</h3><ul><li>Monstera deliciosa =E2=80=93 do st=
=C5=99edy</li><li>Bazalka =E2=80=93 ka=C5=BEd=C3=BD den</li><li>Citron=C3=
=ADk Meyer =E2=80=93 v p=C3=A1tek</li></ul>
<h3>P=C3=A9=C4=8De</h3><ul><li>Monstera: doporu=C4=8Dujeme p=C5=99esadit</l=
i><li>Mu=C5=A1k=C3=A1ty: m=C5=AF=C5=BEete je vyn=C3=A9st ven</li></ul>
<p><a href=3D"https://app.plantcare.example/d/8812">Otev=C5=99=C3=ADt fotod=
en=C3=ADk</a></p>
<p style=3D"font-size:11px;color:#777">Osobn=C3=AD =C3=BAdaje zpracov=C3=A1=
v=C3=A1 Shop Example NV v souladu s GDPR. <a href=3D"https://plantcare-mail=
.example/u/Zk3Pq9?l=3Dcs">Odhl=C3=A1sit p=C5=99ehled</a> =C2=B7 <a href=3D"=
https://www.shop.example.be/cs/soukromi">Ochrana osobn=C3=ADch =C3=BAdaj=C5=
=AF</a></p>
</div><img src=3D"https://o.plantcare-mail.example/o/Zk3Pq9.png" width=3D"1=
" height=3D"1" alt=3D""></body></html>
--7b2e0a4c9d1f4e8fa6c35b8d2e1f0a93--
'''),
    ('cs', 'exchange-online-ndr-czech-quota-exceeded-access-reply', 'automated', (),
'''Return-Path: <>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2112.outbound.protection.outlook.com [40.107.21.112])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KdZ7c0Nw5z2k9Fh
	for <privacy@shop.example.be>; Wed, 22 Apr 2026 15:05:21 +0200 (CEST)
From: Microsoft Outlook <postmaster@stavby-mala.example>
To: <privacy@shop.example.be>
Date: Wed, 22 Apr 2026 13:05:18 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2a7c0e4b-91f3-4d8e-b6a5-0c1d3e9f5a72"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: cs-CZ
Message-ID: <9f1b7c0e-3a2d-4e55-8b61-ce7d2a40f113@AM9PR03MB7219.eurprd03.prod.outlook.com>
In-Reply-To: <priv-20591-1@shop.example.be>
References: <priv-20591-1@shop.example.be>
Thread-Topic: =?utf-8?q?Odpov=C4=9B=C4=8F_na_va=C5=A1i_=C5=BE=C3=A1dost_o_p?=
 =?utf-8?q?=C5=99=C3=ADstup_k_osobn=C3=ADm_=C3=BAdaj=C5=AFm_=5BSE-PRIV_=23?=
 =?utf-8?q?20591=5D?=
Subject: =?utf-8?q?Nedoru=C4=8Diteln=C3=A9=3A_Odpov=C4=9B=C4=8F_na_va?=
 =?utf-8?q?=C5=A1i_=C5=BE=C3=A1dost_o_p=C5=99=C3=ADstup_k_osobn=C3=ADm_?=
 =?utf-8?q?=C3=BAdaj=C5=AFm_=5BSE-PRIV_=2320591=5D?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-AuthSource: AM9PR03MB7219.eurprd03.prod.outlook.com
MIME-Version: 1.0

--2a7c0e4b-91f3-4d8e-b6a5-0c1d3e9f5a72
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="b31d9e0f-4a6c-4f2b-8e7d-1c5a0b9e3d24"

--b31d9e0f-4a6c-4f2b-8e7d-1c5a0b9e3d24
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Va=C5=A1i zpr=C3=A1vu se nepoda=C5=99ilo doru=C4=8Dit p=C5=99=C3=ADjemci ja=
na.mala@stavby-mala.example, proto=C5=BEe jeho po=C5=A1tovn=C3=AD schr=C3=
=A1nka je pln=C3=A1.

Jak tento probl=C3=A9m vy=C5=99e=C5=A1it?
P=C5=99=C3=ADjemce si mus=C3=AD ve schr=C3=A1nce uvolnit m=C3=ADsto. Zkuste=
 zpr=C3=A1vu poslat znovu pozd=C4=9Bji nebo se s p=C5=99=C3=ADjemcem spojte=
 jin=C3=BDm zp=C5=AFsobem a po=C5=BE=C3=A1dejte ho, aby schr=C3=A1nku vypr=
=C3=A1zdnil.

Dal=C5=A1=C3=AD informace pro spr=C3=A1vce e-mailu
Tato chyba vznikla p=C5=99i pokusu o ulo=C5=BEen=C3=AD zpr=C3=A1vy do po=C5=
=A1tovn=C3=AD schr=C3=A1nky p=C5=99=C3=ADjemce v Exchange Online.

P=C5=AFvodn=C3=AD hl=C3=A1=C5=A1en=C3=AD serveru:
554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.M=
apiExceptionShutoffQuotaExceeded

Podrobnosti o zpr=C3=A1v=C4=9B
Vytvo=C5=99eno: 22.4.2026 13:05:16
Odes=C3=ADlatel: privacy@shop.example.be
P=C5=99=C3=ADjemce: jana.mala@stavby-mala.example
--b31d9e0f-4a6c-4f2b-8e7d-1c5a0b9e3d24
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14=
px">
<p style=3D"font-size:16px;color:#c00000"><b>Va=C5=A1i zpr=C3=A1vu se nepod=
a=C5=99ilo doru=C4=8Dit</b></p>
<p>Zpr=C3=A1va pro <a href=3D"mailto:jana.mala@stavby-mala.example">jana.ma=
la@stavby-mala.example</a> nebyla doru=C4=8Dena, proto=C5=BEe po=C5=A1tovn=
=C3=AD schr=C3=A1nka p=C5=99=C3=ADjemce je pln=C3=A1.</p>
<table><tr><td>Office 365</td><td style=3D"background:#c00000;color:#fff;pa=
dding:4px 10px">jana.mala</td></tr><tr><td></td><td>Akce po=C5=BEadovan=C3=
=A1: p=C5=99=C3=ADjemce</td></tr></table>
<p><b>Jak tento probl=C3=A9m vy=C5=99e=C5=A1it?</b><br>P=C5=99=C3=ADjemce s=
i mus=C3=AD ve schr=C3=A1nce uvolnit m=C3=ADsto. Zkuste zpr=C3=A1vu poslat =
znovu pozd=C4=9Bji.</p>
<p style=3D"font-size:12px;color:#666">554 5.2.2 mailbox full; STOREDRV.Del=
iver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded</p>
</div></body></html>
--b31d9e0f-4a6c-4f2b-8e7d-1c5a0b9e3d24--

--2a7c0e4b-91f3-4d8e-b6a5-0c1d3e9f5a72
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR03MB7219.eurprd03.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Wed, 22 Apr 2026 13:05:16 +0000

Final-Recipient: rfc822;jana.mala@stavby-mala.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--2a7c0e4b-91f3-4d8e-b6a5-0c1d3e9f5a72
Content-Type: message/rfc822

Received: from mx1.shop.example.be (192.0.2.10) by AM9PR03MB7219.eurprd03.prod.outlook.com
 with Microsoft SMTP Server id 15.20.8722.12; Wed, 22 Apr 2026 13:05:16 +0000
From: Shop Example - Ochrana osobních údajů <privacy@shop.example.be>
To: jana.mala@stavby-mala.example
Subject: =?utf-8?q?Odpov=C4=9B=C4=8F_na_va=C5=A1i_=C5=BE=C3=A1dost_o_p?=
 =?utf-8?q?=C5=99=C3=ADstup_k_osobn=C3=ADm_=C3=BAdaj=C5=AFm_=5BSE-PRIV_=23?=
 =?utf-8?q?20591=5D?=
Date: Wed, 22 Apr 2026 15:05:09 +0200
Message-ID: <priv-20591-1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

V=C3=A1=C5=BEen=C3=A1 pan=C3=AD Mal=C3=A1,

d=C4=9Bkujeme za va=C5=A1i =C5=BE=C3=A1dost podle =C4=8Dl=C3=A1nku 15 GDPR.=
 V p=C5=99=C3=ADloze zabezpe=C4=8Den=C3=A9ho odkazu n=C3=AD=C5=BEe najdete =
p=C5=99ehled osobn=C3=ADch =C3=BAdaj=C5=AF, kter=C3=A9 o v=C3=A1s zpracov=
=C3=A1v=C3=A1me:

- z=C3=A1kaznick=C3=BD =C3=BA=C4=8Det a v=C4=9Brnostn=C3=AD karta (jm=C3=A9=
no, adresa, e-mail, telefon),
- profil v Pet Clubu (pes Rocky: plemeno, datum narozen=C3=AD, hmotnost),
- rezervace u veterin=C3=A1=C5=99e VetPoint proveden=C3=A9 p=C5=99es aplika=
ci (datum, d=C5=AFvod n=C3=A1v=C5=A1t=C4=9Bvy),
- historie n=C3=A1kup=C5=AF za posledn=C3=ADch 7 let,
- doru=C4=8Den=C3=AD n=C3=A1bytku ze dne 2. 3. 2026 (adresa, =C4=8Dasov=C3=
=A9 okno, fotografie z=C3=A1silky u dve=C5=99=C3=AD).

Odkaz je platn=C3=BD 14 dn=C3=AD: https://privacy.shop.example.be/dsar/20591
Heslo v=C3=A1m za=C5=A1leme zvl=C3=A1=C5=A1=C5=A5 SMS.

S pozdravem
T=C3=BDm ochrany osobn=C3=ADch =C3=BAdaj=C5=AF
Shop Example NV
--2a7c0e4b-91f3-4d8e-b6a5-0c1d3e9f5a72--
'''),
    ('cs', 'pond-installer-helpdesk-ticket-acknowledgement', 'automated', (),
'''Return-Path: <podpora@aquagarden.example>
Received: from out-12.helpdesk-mailer.example (out-12.helpdesk-mailer.example [185.12.80.112])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KdW2p5Rt1z8s0Qy
	for <privacy@shop.example.be>; Wed, 22 Apr 2026 10:18:02 +0200 (CEST)
From: =?utf-8?q?AquaGarden_=E2=80=93_z=C3=A1kaznick=C3=A1_podpora?= <podpora@aquagarden.example>
Reply-To: podpora@aquagarden.example
To: privacy@shop.example.be
Subject: =?utf-8?q?=5B=2348213=5D_P=C5=99ijali_jsme_v=C3=A1=C5=A1_po=C5=BE?=
 =?utf-8?q?adavek=3A_=C5=BD=C3=A1dost_o_v=C3=BDmaz_fotografi=C3=AD_z_obhl?=
 =?utf-8?q?=C3=ADdky?=
Date: Wed, 22 Apr 2026 08:18:00 +0000
Message-ID: <ticket.48213.autoreply.1777018680@aquagarden.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Helpdesk-Ticket-ID: 48213
X-Helpdesk-Product: AquaGarden Benelux
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

děkujeme, že jste nás kontaktovali. Toto je automatické potvrzení, že jsme
váš požadavek přijali.

Číslo požadavku: #48213
Předmět: Žádost o výmaz fotografií z obhlídky (zákazník Shop Example,
zakázka GC-2603-55012)
Stav: Otevřený
Přiřazeno: Tým ochrany osobních údajů

Požadavky týkající se osobních údajů (přístup, oprava, výmaz podle GDPR)
předáváme naší pověřenkyni pro ochranu osobních údajů. Odpověď obdržíte
nejpozději do jednoho měsíce od přijetí. Fotografie a skici z obhlídky do
vyřízení požadavku nemažeme ani neupravujeme.

Chcete-li něco doplnit, odpovězte na tento e-mail a ponechte číslo
požadavku v předmětu.

Tým AquaGarden
Jezírka • zahradní stavby • údržba
Industrieweg 31, 9160 Lokeren
'''),
    ('cs', 'person-replies-to-mower-data-sharing-notice-objecting', 'objection', (),
'''Return-Path: <martin.cerny@seznam.cz>
Received: from mxf1.seznam.cz (mxf1.seznam.cz [77.75.78.11])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KfF4h8Jn3z0b5Tw
	for <privacy@shop.example.be>; Mon, 27 Apr 2026 21:47:10 +0200 (CEST)
From: =?utf-8?q?Martin_=C4=8Cern=C3=BD?= <martin.cerny@seznam.cz>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_D=C5=AFle=C5=BEit=C3=A9=3A_zm=C4=9Bna_sd=C3=ADlen?=
 =?utf-8?q?=C3=AD_dat_v_aplikaci_RoboMow_Connect?=
Date: Mon, 27 Apr 2026 21:47:02 +0200
Message-Id: <D7C1A0F2-5B4E-4E2A-9C3D-81F0B6A2E4C7@seznam.cz>
In-Reply-To: <notice-2026q2-share.8812034@robomow-connect.example>
References: <notice-2026q2-share.8812034@robomow-connect.example>
X-Mailer: iPhone Mail (21E236)
Mime-Version: 1.0 (1.0)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,
nesouhlas=C3=ADm. Mapu zahrady, polohu a =C3=BAdaje o sek=C3=A1n=C3=AD nech=
ci sd=C3=ADlet s nik=C3=BDm kv=C5=AFli =C5=BE=C3=A1dn=C3=BDm =E2=80=9Erelev=
antn=C3=ADm nab=C3=ADdk=C3=A1m=E2=80=9C. Vzn=C3=A1=C5=A1=C3=ADm n=C3=A1mitk=
u, jak p=C3=AD=C5=A1ete n=C3=AD=C5=BEe.
Martin =C4=8Cern=C3=BD

Odesl=C3=A1no z iPhonu

> 27. 4. 2026 v 10:03, RoboMow Connect <no-reply@robomow-connect.example>:
>
> V=C3=A1=C5=BEen=C3=BD z=C3=A1kazn=C3=ADku,
>
> od 1. =C4=8Dervna 2026 bude aplikace RoboMow Connect sd=C3=ADlet s prodej=
cem Shop Example NV tyto =C3=BAdaje o va=C5=A1=C3=AD seka=C4=8Dce: plochu a=
 rozd=C4=9Blen=C3=AD zahrady do z=C3=B3n, harmonogram sek=C3=A1n=C3=AD, pro=
vozn=C3=AD hodiny a stav no=C5=BE=C5=AF a baterie. Prodejce je bude pou=C5=
=BE=C3=ADvat k p=C5=99ipom=C3=ADnk=C3=A1m servisu a na z=C3=A1klad=C4=9B op=
r=C3=A1vn=C4=9Bn=C3=A9ho z=C3=A1jmu k zobrazov=C3=A1n=C3=AD relevantn=C3=AD=
ch nab=C3=ADdek.
>
> Proti tomuto zpracov=C3=A1n=C3=AD m=C5=AF=C5=BEete podle =C4=8Dl. 21 GDPR=
 vzn=C3=A9st n=C3=A1mitku odpov=C4=9Bd=C3=AD na tento e-mail nebo na adrese=
 privacy@shop.example.be. Sd=C3=ADlen=C3=AD m=C5=AF=C5=BEete tak=C3=A9 vypn=
out v aplikaci v Nastaven=C3=AD > Soukrom=C3=AD.
>
> RoboMow Connect
> Toto je automaticky generovan=C3=A1 zpr=C3=A1va.
'''),
    ('hr', 'microchip-registry-registration-copy-for-pet-corner', 'automated', (),
'''Return-Path: <obavijesti@pettrace.example>
Received: from notify1.pettrace.example (notify1.pettrace.example [203.0.113.150])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KbQ9m2Xc6z4h7Ld
	for <privacy@shop.example.be>; Sat, 18 Apr 2026 12:31:48 +0200 (CEST)
From: PetTrace registar <obavijesti@pettrace.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Potvrda_upisa_mikro=C4=8Dipa_191100000654321_=E2=80=93_?=
 =?utf-8?q?mjesto_upisa=3A_Pet_kutak_Antwerpen?=
Date: Sat, 18 Apr 2026 10:31:46 +0000
Message-ID: <reg.191100000654321.copy.1776508306@pettrace.example>
Auto-Submitted: auto-generated
X-Mailer: PetTrace Notify 3.2
X-PetTrace-Event: registration.confirmed
X-PetTrace-Locale: hr
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ovo je automatska obavijest. Molimo ne odgovarajte na ovu poruku.
KOPIJA ZA MJESTO UPISA

Poštovani,

potvrđujemo upis sljedeće životinje u registar PetTrace:

  Broj transpondera:  191100000654321
  Vrsta / pasmina:    mačka / europska kratkodlaka
  Ime:                Mici
  Datum rođenja:      11. 9. 2023.
  Spol:               ženski, sterilizirana
  Datum ugradnje:     18. 4. 2026.
  Veterinar:          dr. med. vet. P. Claes (BE-VET-44812)

  Vlasnik:            Ana K. (ostali podaci skriveni u kopiji za mjesto upisa)
  Mjesto upisa:       Shop Example - Pet kutak Antwerpen (BE-PC-0112)

Nalaznik koji očita čip vidi u registru samo kontakt telefon vlasnika.
Ostali osobni podaci (ime i prezime, adresa, broj osobne iskaznice)
dostupni su isključivo ovlaštenim veterinarima i nadležnim tijelima.

Zaštita osobnih podataka
PetTrace obrađuje osobne podatke vlasnika u svrhu identifikacije životinje
i povrata izgubljenih ljubimaca, u skladu s Općom uredbom o zaštiti
podataka (GDPR). Podaci se čuvaju dok je životinja živa i još dvije godine
nakon prijave uginuća. Vlasnik može zatražiti pristup, ispravak ili
brisanje podataka na https://pettrace.example/gdpr.
Ova se kopija šalje mjestu upisa radi arhive - molimo ne prosljeđujte je
trećim osobama i izbrišite je nakon što upis unesete u svoju evidenciju.

PetTrace EU - registar kućnih ljubimaca
'''),
    ('hr', 'exim-bounce-quota-deletion-confirmation', 'automated', (),
'''Return-Path: <>
Received: from mail.domaci-vrt.example ([198.51.100.23])
	by mx1.shop.example.be (Postfix) with ESMTP id 4KdM0v6Pq9z1j3Xs
	for <privacy@shop.example.be>; Tue, 21 Apr 2026 16:22:09 +0200 (CEST)
Received: from Debian-exim by mail.domaci-vrt.example with local (Exim 4.96)
	id 1wB7xK-0004Rt-2F
	for privacy@shop.example.be; Tue, 21 Apr 2026 16:22:08 +0200
X-Failed-Recipients: ante.vukovic@domaci-vrt.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.domaci-vrt.example>
To: privacy@shop.example.be
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wB7xK-0004Rt-2F@mail.domaci-vrt.example>
Date: Tue, 21 Apr 2026 16:22:08 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ante.vukovic@domaci-vrt.example
    (generated from ante@domaci-vrt.example)
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be ([192.0.2.10])
	by mail.domaci-vrt.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1wB1aQ-0002Kp-0C
	for ante@domaci-vrt.example; Sat, 18 Apr 2026 16:21:40 +0200
From: Shop Example - Zaštita podataka <privacy@shop.example.be>
To: ante@domaci-vrt.example
Subject: =?utf-8?Q?Va=C5=A1_zahtjev_za_brisanje_podataka_=E2=80=93_potvrda_=5BSE-PRIV_=2320563=5D?=
Date: Sat, 18 Apr 2026 16:21:38 +0200
Message-ID: <priv-20563-3@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani gospodine Vukoviću,

potvrđujemo da smo prema Vašem zahtjevu od 2. travnja 2026. izbrisali:
- Vaš račun u aplikaciji Plant Care s popisom biljaka i fotografijama,
- plan vrta iz Planera vrta (tlocrt, fotografije, adresa vrta),
- povezanost robotske kosilice s Vašim korisničkim računom.

Podatke o kupnjama i računima zadržavamo sedam godina radi zakonskih
obveza, isključivo u računovodstvene svrhe.

Ako smatrate da Vaš zahtjev nije ispravno obrađen, imate pravo podnijeti
pritužbu belgijskom tijelu za zaštitu podataka (Gegevensbeschermingsautoriteit).

S poštovanjem,
Tim za zaštitu osobnih podataka
Shop Example NV
'''),
    ('hr', 'zimbra-vacation-reply-carrier-transport-manager', 'automated', (),
'''Return-Path: <ivan.kolar@trans-kolar.example>
Received: from zimbra.trans-kolar.example (zimbra.trans-kolar.example [203.0.113.88])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KfA5r1Vb7z9w2Mn
	for <privacy@shop.example.be>; Thu, 30 Apr 2026 11:04:27 +0200 (CEST)
Date: Thu, 30 Apr 2026 11:04:26 +0200 (CEST)
From: Ivan Kolar <ivan.kolar@trans-kolar.example>
To: privacy@shop.example.be
Message-ID: <1839204117.228150.1777539866302.JavaMail.zimbra@trans-kolar.example>
In-Reply-To: <priv-20612-1@shop.example.be>
Subject: =?utf-8?q?Re=3A_Zahtjev_za_podatke_o_dostavi_i_voza=C4=8Du_?=
 =?utf-8?q?=E2=80=93_nalog_BE-26-04-3318?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)
Thread-Topic: Zahtjev za podatke o dostavi i vozaču - nalog BE-26-04-3318

Poštovani,

na godišnjem sam odmoru od 27. travnja do 8. svibnja 2026. i nemam pristup
e-pošti. Vaša poruka neće biti proslijeđena.

Za dostave i termine obratite se dispečeru: dispecer@trans-kolar.example,
+32 3 290 11 45.
Zahtjeve vezane uz osobne podatke (GDPR) - podatke o vozačima, fotografije
dostave, potpise - molimo šaljite na gdpr@trans-kolar.example kako bi bili
obrađeni u roku.

S poštovanjem,
Ivan Kolar
voditelj prijevoza | Trans Kolar BV, Boom
'''),
    ('hr', 'person-forwards-pet-insurance-offer-from-company-address', 'withdraw_consent', (),
'''Return-Path: <ured@kralj-dizajn.example>
Received: from mail.kralj-dizajn.example (mail.kralj-dizajn.example [198.51.100.140])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KfB8w4Tc2z5q7Rk
	for <privacy@shop.example.be>; Fri, 24 Apr 2026 13:26:51 +0200 (CEST)
From: Maja Kralj | Kralj Dizajn <ured@kralj-dizajn.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?FW=3A_Posebna_ponuda_za_Fifi_=E2=80=93_prva_2_mjeseca_o?=
 =?utf-8?q?siguranja_gratis?=
Date: Fri, 24 Apr 2026 11:26:47 +0000
Message-ID: <VI1PR08MB5521A7D3C0E1B2F44D9E8A21C3F12@VI1PR08MB5521.eurprd08.prod.outlook.com>
Accept-Language: hr-HR, en-US
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RG9iYXIgZGFuLAoKcHJvc2xqZcSRdWplbSDFoXRvIG1pIGplIHN0aWdsby4gS29kIGt1cG5qZSB1
IHdlYnNob3B1IHNhbSBvxI1pdG8ga3ZhxI1pY29tIHByaXN0YWxhIG5hICJwb251ZGUgcGFydG5l
cmEiLiBQb3ZsYcSNaW0gdHUgcHJpdm9sdSAtIG5lIMW+ZWxpbSB2acWhZSBuacWhdGEgb2QgUGV0
U3VyZWEgbmkgb2QgZHJ1Z2loIHZhxaFpaCBwYXJ0bmVyYSwgbmkgbWFpbG9tIG5pIHBvxaF0b20u
CgpNYWphIEtyYWxqCgpfX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fXwpPZDogUGV0U3Vy
ZSA8cG9udWRlQHBldHN1cmUuZXhhbXBsZT4KUG9zbGFubzogxI1ldHZydGFrLCAyMy4gdHJhdm5q
YSAyMDI2LiAxODowMgpQcmltYTogdXJlZEBrcmFsai1kaXpham4uZXhhbXBsZQpQcmVkbWV0OiBQ
b3NlYm5hIHBvbnVkYSB6YSBGaWZpIOKAkyBwcnZhIDIgbWplc2VjYSBvc2lndXJhbmphIGdyYXRp
cwoKUG/FoXRvdmFuYSBnb3Nwb8SRbyBLcmFsaiwKRmlmaSB1c2tvcm8gcHVuaSAzIGdvZGluZSEg
S2FvIMSNbGFuaWNhIFBldCBDbHViYSBTaG9wIEV4YW1wbGUgZG9iaXZhdGUgcHJ2YSAyIG1qZXNl
Y2Egb3NpZ3VyYW5qYSBQZXRTdXJlIENvbWZvcnQgYmVzcGxhdG5vLgpPdnUgcG9ydWt1IHByaW1h
dGUgamVyIHN0ZSBwcmlzdGFsaSBuYSBwb251ZGUgcGFydG5lcmEgU2hvcCBFeGFtcGxlLiBPZGph
dmE6IGh0dHBzOi8vcGV0c3VyZS5leGFtcGxlL2hyL29kamF2YQoKLS0KS3JhbGogRGl6YWpuIGou
ZC5vLm8uIHwgSW50ZXJpamVyaSBpIGdyYWZpa2EKT3VkYWFuIDE0LCAyMDAwIEFudHdlcnBlbiB8
ICszMiAzIDIyNiA5MCA0MSB8IHd3dy5rcmFsai1kaXpham4uZXhhbXBsZQoKT3ZhIHBvcnVrYSBp
IHN2aSBwcmlsb3ppIG5hbWlqZW5qZW5pIHN1IGlza2xqdcSNaXZvIHByaW1hdGVsanUgaSBtb2d1
IHNhZHLFvmF2YXRpIHBvdmplcmxqaXZlIGluZm9ybWFjaWplLiBBa28gc3RlIHBvcnVrdSBwcmlt
aWxpIGdyZcWha29tLCBvYmF2aWplc3RpdGUgcG/FoWlsamF0ZWxqYSBpIGl6YnJpxaFpdGUgamUu
IElzcGlzIG92ZSBwb3J1a2UgbmlqZSBudcW+YW4gLSBtaXNsaXRlIG5hIG9rb2xpxaEuCg==
'''),
    ('sv', 'robot-mower-cloud-alert-mower-stuck', 'automated', (),
'''Return-Path: <bounces+4417302-a1c9-privacy=shop.example.be@em7731.mowmate-cloud.example>
Received: from o22.email.mowmate-cloud.example (o22.email.mowmate-cloud.example [149.72.130.22])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf22q6Nd0z3x8Vb
	for <privacy@shop.example.be>; Fri, 24 Apr 2026 14:12:39 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mowmate-cloud.example;
	h=content-type:from:mime-version:subject:to:cc:content-type:from:subject:to;
	s=s1; bh=Hd0Lq5Vx9Rc3Km7Wp1Yb4Ts8Jn2Fg6Za0Xe5Qu3Io7=;
	b=Wm8Rp2Kc5Yx0Ln3Vt7Bh1Jd4Fg9Zq6Xe2Ua5Io8Mk3Ns7Ow1Py4Rt9Uv3Xa6Cb0De4Fg
From: MowMate <alerts@mowmate-cloud.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?=E2=9A=A0_G=C3=B6sta_har_fastnat_=E2=80=93_zon_Baksidan?=
Date: Fri, 24 Apr 2026 12:12:37 +0000
Message-ID: <alert.stuck.R600-2318-44071.1777032757@mowmate-cloud.example>
Auto-Submitted: auto-generated
X-SG-EID: u001.Kd3mP0xVq9Lr2Tn6Yw8Hc1Jb5Fg4Za7Xe0Qu3Io=
X-Entity-ID: u001.4417302
X-MowMate-Event: device.stuck
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="a6f02c91e4d74b3c8e1f5d20b7c9a4e3"

--a6f02c91e4d74b3c8e1f5d20b7c9a4e3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

G=C3=B6sta (MowMate R600, SN R600-2318-44071) har fastnat.

Tid:       fre 24 apr 2026 14:12
Zon:       Baksidan
Position:  50.83121, 4.46207 (=C2=B12 m)
Status:    Kniven stoppad. Lyftsensorn aktiverad.

S=C3=A5 h=C3=A4r g=C3=B6r du:
1. G=C3=A5 till klipparen och ta bort hindret (ofta grenar, kottar eller le=
ksaker).
2. Tryck p=C3=A5 STOP och sedan OK p=C3=A5 klipparen.
3. Starta om klippningen fr=C3=A5n appen.

=C3=96ppna kartan: https://app.mowmate.example/m/R600-2318-44071/map

Du f=C3=A5r det h=C3=A4r mejlet eftersom e-postaviseringar =C3=A4r p=C3=A5s=
lagna f=C3=B6r din klippare. St=C3=A4ng av dem i appen under Inst=C3=A4llni=
ngar > Aviseringar.
MowMate Cloud behandlar klipparens positions- och driftdata f=C3=B6r att ku=
nna skicka larm. L=C3=A4s mer om hur vi behandlar personuppgifter: https://=
mowmate.example/integritet
--a6f02c91e4d74b3c8e1f5d20b7c9a4e3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7YmFja2dyb3Vu
ZDojZjJmMmYyO21hcmdpbjowO3BhZGRpbmc6MTZweCI+Cjx0YWJsZSB3aWR0aD0iMTAwJSIgc3R5
bGU9Im1heC13aWR0aDo1NjBweDttYXJnaW46YXV0bztiYWNrZ3JvdW5kOiNmZmZmZmY7Ym9yZGVy
LXRvcDo0cHggc29saWQgI2U4YTMxNyI+PHRyPjx0ZCBzdHlsZT0icGFkZGluZzoyMHB4Ij4KPHAg
c3R5bGU9ImZvbnQtc2l6ZToxOHB4O21hcmdpbjowIDAgOHB4Ij48Yj7imqAgR8O2c3RhIGhhciBm
YXN0bmF0PC9iPjwvcD4KPHA+TW93TWF0ZSBSNjAwIMK3IFNOIFI2MDAtMjMxOC00NDA3MTxicj5m
cmUgMjQgYXByIDIwMjYgMTQ6MTIgwrcgem9uIDxiPkJha3NpZGFuPC9iPjwvcD4KPGltZyBzcmM9
Imh0dHBzOi8vbWFwcy5tb3dtYXRlLWNsb3VkLmV4YW1wbGUvc3RhdGljL1I2MDAtMjMxOC00NDA3
MS81MC44MzEyMSw0LjQ2MjA3L3oxOS5wbmciIHdpZHRoPSI1MjAiIGFsdD0iS2FydGEgbWVkIGts
aXBwYXJlbnMgcG9zaXRpb24iPgo8cD5Lbml2ZW4gw6RyIHN0b3BwYWQuIEfDpSB0aWxsIGtsaXBw
YXJlbiwgdGEgYm9ydCBoaW5kcmV0IG9jaCB0cnljayBTVE9QIG9jaCBzZWRhbiBPSy48L3A+Cjxw
PjxhIGhyZWY9Imh0dHBzOi8vYXBwLm1vd21hdGUuZXhhbXBsZS9tL1I2MDAtMjMxOC00NDA3MS9t
YXAiIHN0eWxlPSJiYWNrZ3JvdW5kOiMxYzZlM2Q7Y29sb3I6I2ZmZjtwYWRkaW5nOjEwcHggMThw
eDt0ZXh0LWRlY29yYXRpb246bm9uZTtib3JkZXItcmFkaXVzOjRweCI+w5ZwcG5hIGkgYXBwZW48
L2E+PC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6Izg4OCI+RHUgZsOlciBkZXQg
aMOkciBtZWpsZXQgZWZ0ZXJzb20gZS1wb3N0YXZpc2VyaW5nYXIgw6RyIHDDpXNsYWduYS4gPGEg
aHJlZj0iaHR0cHM6Ly9tb3dtYXRlLmV4YW1wbGUvaW50ZWdyaXRldCI+SW50ZWdyaXRldHNwb2xp
Y3k8L2E+PC9wPgo8L3RkPjwvdHI+PC90YWJsZT48L2JvZHk+PC9odG1sPgo=
--a6f02c91e4d74b3c8e1f5d20b7c9a4e3--
'''),
    ('sv', 'robot-mower-firmware-and-data-sharing-change-notice', 'automated', (),
'''Return-Path: <bounce-ab12c@news.mowmate-cloud.example>
Received: from mta-04.news.mowmate-cloud.example (mta-04.news.mowmate-cloud.example [198.51.100.204])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KfE1c7Wm5z2p6Ha
	for <privacy@shop.example.be>; Mon, 27 Apr 2026 10:03:18 +0200 (CEST)
From: MowMate <news@mowmate-cloud.example>
Reply-To: privacy@shop.example.be
To: privacy@shop.example.be
Subject: =?utf-8?q?Programvara_4=2E2_och_=C3=A4ndrade_villkor_f=C3=B6r_dat?=
 =?utf-8?q?adelning_fr=C3=A5n_1_juni?=
Date: Mon, 27 Apr 2026 08:03:15 +0000
Message-ID: <notice-2026q2-share.8812051@mowmate-cloud.example>
Precedence: bulk
List-Id: MowMate servicemeddelanden <service.mowmate-cloud.example>
List-Unsubscribe: <https://mowmate.example/prefs?u=8812051&l=sv>
Feedback-ID: 2026q2-policy:mowmate:svc
X-Mailer: MowMate Notify (campaign 2026-Q2-DATASHARE)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej,

Programvara 4.2 installeras automatiskt p=C3=A5 din MowMate R600 natten mel=
lan den 4 och 5 maj. Nytt: b=C3=A4ttre kantklippning, ett tystare l=C3=A4ge=
 efter kl. 20 och regnsensorn som nu samverkar med den lokala v=C3=A4derpro=
gnosen. Klipparen m=C3=A5ste st=C3=A5 i laddstationen och vara ansluten til=
l wifi.

=C3=84NDRINGAR I HUR VI DELAR DATA =E2=80=93 G=C3=84LLER FR=C3=85N 1 JUNI 2=
026

Din klippare =C3=A4r kopplad till ditt kundkonto hos Shop Example. Fr=C3=A5=
n och med 1 juni delar vi f=C3=B6ljande uppgifter med Shop Example NV:
 =E2=80=A2 tr=C3=A4dg=C3=A5rdens yta och zonindelning (utan exakta koordina=
ter)
 =E2=80=A2 klippschema och drifttimmar
 =E2=80=A2 knivarnas slitage och batteriets skick

Shop Example anv=C3=A4nder uppgifterna f=C3=B6r att p=C3=A5minna dig om res=
ervdelar och service och, med st=C3=B6d av ber=C3=A4ttigat intresse, f=C3=
=B6r att visa erbjudanden som passar din tr=C3=A4dg=C3=A5rd.

Vill du inte det? Du har r=C3=A4tt att inv=C3=A4nda mot delningen enligt ar=
tikel 21 i dataskyddsf=C3=B6rordningen (GDPR). Skicka din inv=C3=A4ndning t=
ill privacy@shop.example.be eller st=C3=A4ng av =E2=80=9DDela med =C3=A5ter=
f=C3=B6rs=C3=A4ljare=E2=80=9D i appen. Du kan ocks=C3=A5 n=C3=A4r som helst=
 beg=C3=A4ra att dina uppgifter raderas, eller ladda ner dem i ett maskinl=
=C3=A4sbart format, under Konto > Mina data.

Fullst=C3=A4ndig integritetspolicy: https://mowmate.example/integritet/2026=
-06

MowMate AB, Box 1142, 411 06 G=C3=B6teborg
Du f=C3=A5r det h=C3=A4r meddelandet eftersom du har en registrerad MowMate=
-produkt. Det =C3=A4r ett servicemeddelande och g=C3=A5r inte att avregistr=
era sig fr=C3=A5n.
'''),
    ('sv', 'gmail-vacation-responder-customer-in-the-countryside', 'automated', (),
'''Return-Path: <birgitta.hallberg@gmail.com>
Received: from mail-lf1-f51.google.com (mail-lf1-f51.google.com [209.85.167.51])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KdS3k0Fv8z7c1Ye
	for <privacy@shop.example.be>; Wed, 22 Apr 2026 11:30:06 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=1777023004;
	h=to:subject:message-id:date:from:in-reply-to:references:auto-submitted:mime-version;
	bh=Pq7Lm2Vx5Rc9Kt0Wb3Yh6Ts1Jn4Fg8Za2Xe7Qu0Io3=;
	b=Rt5Uv9Xa3Cb7De1Fg5Hi9Jk3Lm7No1Pq5Rs9Tu3Vw7Xy1Za5Bc9De3Fg7Hi1Jk5Lm9No3
MIME-Version: 1.0
References: <priv-20588-1@shop.example.be>
In-Reply-To: <priv-20588-1@shop.example.be>
Auto-Submitted: auto-replied
From: Birgitta Hallberg <birgitta.hallberg@gmail.com>
Date: Wed, 22 Apr 2026 11:29:59 +0200
Message-ID: <CAK9tWq3Lz0-ok+Vb8mRt2Yw5Ks1Nd4Fj7Gh0Ze3Xa6Uc9Io_vacation@mail.gmail.com>
Subject: =?utf-8?q?Semester_=E2=80=93_svarar_efter_4_maj?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000007f2c1b0650e9a4d2"

--0000000000007f2c1b0650e9a4d2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hej och tack f=C3=B6r ditt mejl!

Jag =C3=A4r p=C3=A5 landet i Dalarna utan vettig t=C3=A4ckning fram till de=
n 4 maj och l=C3=A4ser inte mejl f=C3=B6rr=C3=A4n d=C3=A5. G=C3=A4ller det =
hundarna eller hunddagiset, ring Bengt p=C3=A5 0472 40 18 33.

V=C3=A4nliga h=C3=A4lsningar
Birgitta
--0000000000007f2c1b0650e9a4d2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hej och tack f=C3=B6r ditt mejl!<div><br></div><div>Jag =
=C3=A4r p=C3=A5 landet i Dalarna utan vettig t=C3=A4ckning fram till den 4 =
maj och l=C3=A4ser inte mejl f=C3=B6rr=C3=A4n d=C3=A5. G=C3=A4ller det hund=
arna eller hunddagiset, ring Bengt p=C3=A5 0472 40 18 33.</div><div><br></d=
iv><div>V=C3=A4nliga h=C3=A4lsningar</div><div>Birgitta</div></div>
--0000000000007f2c1b0650e9a4d2--
'''),
    ('sv', 'sendmail-bounce-user-unknown-access-reply', 'automated', (),
'''Return-Path: <>
Received: from mail.hemmanet.example (mail.hemmanet.example [203.0.113.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KfG0d3Rz6z4m9Qt
	for <privacy@shop.example.be>; Fri, 24 Apr 2026 10:15:03 +0200 (CEST)
Received: from localhost (localhost)
	by mail.hemmanet.example (8.17.1/8.17.1) id 63O8F1aM014402;
	Fri, 24 Apr 2026 10:15:01 +0200
Date: Fri, 24 Apr 2026 10:15:01 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.hemmanet.example>
Message-Id: <202604240815.63O8F1aM014402@mail.hemmanet.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="63O8F1aM014402.1777018501/mail.hemmanet.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--63O8F1aM014402.1777018501/mail.hemmanet.example

The original message was received at Fri, 24 Apr 2026 10:14:57 +0200
from mx1.shop.example.be [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<oskar.wallin@hemmanet.example>
    (reason: 550 5.1.1 <oskar.wallin@hemmanet.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to local mailer:
550 5.1.1 <oskar.wallin@hemmanet.example>... User unknown

--63O8F1aM014402.1777018501/mail.hemmanet.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.hemmanet.example
Received-From-MTA: DNS; mx1.shop.example.be
Arrival-Date: Fri, 24 Apr 2026 10:14:57 +0200

Final-Recipient: RFC822; oskar.wallin@hemmanet.example
Action: failed
Status: 5.1.1
Last-Attempt-Date: Fri, 24 Apr 2026 10:15:01 +0200

--63O8F1aM014402.1777018501/mail.hemmanet.example
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [192.0.2.10])
	by mail.hemmanet.example (8.17.1/8.17.1) with ESMTPS id 63O8EvXq014398
	for <oskar.wallin@hemmanet.example>; Fri, 24 Apr 2026 10:14:57 +0200
From: Shop Example - Dataskydd <privacy@shop.example.be>
To: oskar.wallin@hemmanet.example
Subject: =?utf-8?q?Ditt_registerutdrag_=E2=80=93_beg=C3=A4ran_om_tillg?=
 =?utf-8?q?=C3=A5ng_=5BSE-PRIV_=2320540=5D?=
Date: Fri, 24 Apr 2026 10:14:52 +0200
Message-ID: <priv-20540-2@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej Oskar,

här kommer svaret på din begäran om tillgång enligt artikel 15 i
dataskyddsförordningen. Registerutdraget omfattar ditt kundkonto, ditt
medlemskap i Pet Club (hunden Ture: ras, födelsedag, vikt), bokningar hos
VetPoint via appen, din robotgräsklippares koppling till kontot samt
leveranser med foto från leveransen den 9 mars.

Utdraget finns på en skyddad länk som gäller i 14 dagar:
https://privacy.shop.example.be/dsar/20540

Vänliga hälsningar
Dataskyddsteamet, Shop Example NV

--63O8F1aM014402.1777018501/mail.hemmanet.example--
'''),
    ('sv', 'person-forwards-proof-of-delivery-photo-asks-removal', 'deletion', (),
'''Return-Path: <fredrik.holm@outlook.com>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02olkn2031.outbound.protection.outlook.com [40.92.50.31])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KdX7n2Gs4z6t1Wp
	for <privacy@shop.example.be>; Thu, 23 Apr 2026 20:14:37 +0200 (CEST)
From: Fredrik Holm <fredrik.holm@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?VB=3A_Din_leverans_=C3=A4r_utl=C3=A4mnad_=E2=80=93_foto?=
 =?utf-8?q?_och_leveransbevis?=
Thread-Topic: =?utf-8?q?Din_leverans_=C3=A4r_utl=C3=A4mnad_=E2=80=93_foto_och_l?=
 =?utf-8?q?everansbevis?=
Thread-Index: AQHbt8Kd2fQm0Lr9Xk6vWc1yH5pZsQ==
Date: Thu, 23 Apr 2026 18:14:33 +0000
Message-ID: <AS8P189MB2104E1C7B3D05F2A9C6E4D18B7A12@AS8P189MB2104.EURP189.PROD.OUTLOOK.COM>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej,

se nedan. Bilden som chauff=C3=B6ren tog visar inte bara paketen utan hela =
entr=C3=A9n, v=C3=A5rt husnummer och v=C3=A5r son som st=C3=A5r i f=C3=B6ns=
tret. L=C3=A4nken g=C3=A5r dessutom att =C3=B6ppna utan inloggning. Jag vil=
l att bilden tas bort, b=C3=A5de hos er och hos transportf=C3=B6retaget.

Fredrik Holm

________________________________
Fr=C3=A5n: Cargolink Leveranser <noreply@cargolink-pod.example>
Skickat: den 23 april 2026 15:41
Till: fredrik.holm@outlook.com <fredrik.holm@outlook.com>
=C3=84mne: Din leverans =C3=A4r utl=C3=A4mnad =E2=80=93 foto och leveransbe=
vis

Hej Fredrik,

Din leverans fr=C3=A5n Shop Example (order SE-2604-208811, tr=C3=A4dg=C3=A5=
rdsm=C3=B6bler, 4 kolli) l=C3=A4mnades ut torsdag 23 april kl. 15:38.

Leveransplats: vid ytterd=C3=B6rren
Mottagen av: ingen signatur =E2=80=93 l=C3=A4mnad enligt ditt =C3=B6nskem=
=C3=A5l
Foto: https://pod.cargolink.example/p/7Hq2x9Lm

Bilden sparas i 60 dagar som leveransbevis. L=C3=A4s om hur vi hanterar per=
sonuppgifter: https://cargolink.example/sv/gdpr
Detta =C3=A4r ett automatiskt meddelande och kan inte besvaras.
'''),
    ('ro', 'pet-insurance-partner-offer-via-pet-club-consent', 'automated', (),
'''Return-Path: <bnc3-2.e4kq9z1v-8812@bnc3.mailjet.example>
Received: from o81.p25.mailjet.example (o81.p25.mailjet.example [185.189.236.81])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KcV6f1Xp3z8d2Ln
	for <privacy@shop.example.be>; Tue, 21 Apr 2026 18:00:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=petsure.example; q=dns/txt; s=mailjet;
	t=1776787242; h=message-id:from:from:reply-to:to:to:subject:subject:date:mime-version:list-unsubscribe:list-unsubscribe-post;
	bh=Lk2Vq8Xm0Rt5Wc3Yn7Bh1Js4Fd9Ga6Ze2Xp5Qu0Io=;
	b=Tz4Uv8Xa2Cb6De0Fg4Hi8Jk2Lm6No0Pq4Rs8Tu2Vw6Xy0Za4Bc8De2Fg6Hi0Jk4Lm8No2
From: PetSure <oferte@petsure.example>
Reply-To: PetSure Clienți <clienti@petsure.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Max_merit=C4=83_cea_mai_bun=C4=83_protec=C8=9Bie_?=
 =?utf-8?q?=E2=80=93_primele_2_luni_gratuite?=
Date: Tue, 21 Apr 2026 16:00:42 +0000
Message-Id: <e4kq9z1v.AVEAAAk5WmQAAAAAAAAAAAJ7YqsAAAAA@mailjet.example>
MIME-Version: 1.0
List-Unsubscribe: <mailto:unsub-e4kq9z1v@bnc3.mailjet.example>, <https://petsure.example/ro/dezabonare?u=e4kq9z1v>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Feedback-ID: 42.9914.2048:MJ
X-CSA-Complaints: csa-complaints@eco.example
X-MJ-Mid: AVEAAAk5WmQAAAAAAAAAAAJ7YqsAAAAA
X-Campaign: PC-PARTNER-RO-2604
Content-Type: multipart/alternative; boundary="=-MJ-5b8e0c27d1f94a3e"

--=-MJ-5b8e0c27d1f94a3e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua, domnule Preda,

Max =C3=AEmpline=C8=99te =C3=AEn cur=C3=A2nd 5 ani =E2=80=93 v=C3=A2rsta la=
 care problemele articulare apar tot mai des la labradori.

Ca membru Pet Club Shop Example beneficia=C8=9Bi de:
 =E2=80=A2 primele 2 luni gratuite la PetSure Comfort
 =E2=80=A2 decontare de p=C3=A2n=C4=83 la 3 000 =E2=82=AC pe an pentru cons=
ulta=C8=9Bii, opera=C8=9Bii =C8=99i spitalizare
 =E2=80=A2 f=C4=83r=C4=83 perioad=C4=83 de a=C8=99teptare pentru accidente

Calcula=C8=9Bi prima =C3=AEn 2 minute: https://petsure.example/ro/pc?m=3De4=
kq9z1v

De ce primi=C8=9Bi acest e-mail?
C=C3=A2nd v-a=C8=9Bi =C3=AEnscris =C3=AEn Pet Club, a=C8=9Bi bifat c=C4=83 =
dori=C8=9Bi s=C4=83 primi=C8=9Bi oferte de la partenerii Shop Example. Pe a=
ceast=C4=83 baz=C4=83, Shop Example ne-a transmis numele dumneavoastr=C4=83=
, adresa de e-mail, precum =C8=99i numele, rasa =C8=99i data na=C8=99terii =
animalului. Prelucr=C4=83m aceste date cu caracter personal =C3=AEn conform=
itate cu Regulamentul general privind protec=C8=9Bia datelor (GDPR), exclus=
iv pentru a v=C4=83 trimite oferte PetSure.

V=C4=83 pute=C8=9Bi retrage oric=C3=A2nd consim=C8=9B=C4=83m=C3=A2ntul: htt=
ps://petsure.example/ro/dezabonare?u=3De4kq9z1v sau scriindu-ne la gdpr@pet=
sure.example. Pute=C8=9Bi solicita =C8=99i =C8=99tergerea datelor dumneavoa=
str=C4=83.

PetSure SA =C2=B7 Boulevard du R=C3=A9gent 37, 1000 Bruxelles =C2=B7 RPM Br=
uxelles 0712.448.309
--=-MJ-5b8e0c27d1f94a3e
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!doctype html><html><body style=3D"margin:0;background:#f6f1ea">
<table align=3D"center" width=3D"600" style=3D"background:#fff;font-family:=
Georgia,serif;color:#333">
<tr><td style=3D"padding:0"><img src=3D"https://img.petsure.example/ro/2604=
/labrador-hero.jpg" width=3D"600" alt=3D"Max merit=C4=83 cea mai bun=C4=83 =
protec=C8=9Bie"></td></tr>
<tr><td style=3D"padding:24px"><h1 style=3D"font-size:24px">Bun=C4=83 ziua,=
 domnule Preda,</h1>
<p>Max =C3=AEmpline=C8=99te =C3=AEn cur=C3=A2nd 5 ani. Ca membru Pet Club, =
primi=C8=9Bi <b>primele 2 luni gratuite</b> la PetSure Comfort.</p>
<p><a href=3D"https://petsure.example/ro/pc?m=3De4kq9z1v" style=3D"backgrou=
nd:#d35400;color:#fff;padding:12px 24px;text-decoration:none">Calcula=C8=9B=
i prima</a></p>
<p style=3D"font-size:11px;color:#888">A=C8=9Bi primit acest e-mail deoarec=
e a=C8=9Bi acceptat oferte de la partenerii Shop Example. Datele dumneavoas=
tr=C4=83 personale sunt prelucrate conform GDPR. <a href=3D"https://petsure=
.example/ro/dezabonare?u=3De4kq9z1v">Dezabonare / retragerea consim=C8=9B=
=C4=83m=C3=A2ntului</a></p>
</td></tr></table>
<img src=3D"https://e4kq9z1v.trk.mailjet.example/oo/e4kq9z1v.gif" height=3D=
"1" width=3D"1" alt=3D"">
</body></html>
--=-MJ-5b8e0c27d1f94a3e--
'''),
    ('ro', 'qmail-bounce-no-mailbox-portability-reply', 'automated', (),
'''Return-Path: <>
Received: from mail.gradina-verde.example (mail.gradina-verde.example [198.51.100.97])
	by mx1.shop.example.be (Postfix) with SMTP id 4KdK4b9Tn1z3v5Hc
	for <privacy@shop.example.be>; Tue, 21 Apr 2026 12:48:30 +0200 (CEST)
Date: 21 Apr 2026 10:48:29 -0000
From: MAILER-DAEMON@mail.gradina-verde.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260421104829.31877.qmail@mail.gradina-verde.example>

Hi. This is the qmail-send program at mail.gradina-verde.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<c.barbu@gradina-verde.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 31874 invoked from network); 21 Apr 2026 10:48:28 -0000
Received: from mx1.shop.example.be (192.0.2.10)
  by mail.gradina-verde.example with SMTP; 21 Apr 2026 10:48:28 -0000
From: Shop Example - Protectia datelor <privacy@shop.example.be>
To: c.barbu@gradina-verde.example
Subject: Raspuns la cererea dvs. de portabilitate - robot de tuns iarba [SE-PRIV #20559]
Date: Tue, 21 Apr 2026 12:48:26 +0200
Message-ID: <priv-20559-2@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Stimate domnule Barbu,

Ca raspuns la cererea dvs. conform art. 20 GDPR, am pregatit datele
robotului de tuns iarba legat de contul dvs. Shop Example:
- harta gradinii si zonele de tuns (GeoJSON),
- programul de tuns si istoricul sezoanelor 2024-2025 (CSV),
- datele contului si istoricul achizitiilor de gradina (JSON).

Descarcati arhiva de la adresa de mai jos (valabila 14 zile):
https://privacy.shop.example.be/export/20559

Cu stima,
Echipa de protectie a datelor
Shop Example NV
'''),
    ('ro', 'outlook-automatic-reply-greenhouse-partner-coordinator', 'automated', (),
'''Return-Path: <andreea.stoica@serrapro.example>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2090.outbound.protection.outlook.com [40.107.13.90])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KfB3q5Lw8z1d7Ko
	for <privacy@shop.example.be>; Wed, 29 Apr 2026 09:27:15 +0200 (CEST)
From: Andreea Stoica <andreea.stoica@serrapro.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?q?R=C4=83spuns_automat=3A_Solicitare_=C8=99tergere_fotogr?=
 =?utf-8?q?afii_=E2=80=93_client_Uccle=2C_montaj_ser=C4=83?=
Thread-Topic: =?utf-8?q?Solicitare_=C8=99tergere_fotografii_=E2=80=93_client_Uc?=
 =?utf-8?q?cle=2C_montaj_ser=C4=83?=
Thread-Index: AQHbuV3n2kQp7Rm1Tx0wYc5zL8sAbQ==
Date: Wed, 29 Apr 2026 07:27:12 +0000
Message-ID: <DB8PR02MB6140C9E2A4B71F0D3E5A8C27D1F40@DB8PR02MB6140.eurprd02.prod.outlook.com>
In-Reply-To: <priv-20634-1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: andreea.stoica@serrapro.example
Content-Language: ro-RO
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_DB8PR02MB6140C9E2A4B71F0D3E5A8C27D1F40_"

--_000_DB8PR02MB6140C9E2A4B71F0D3E5A8C27D1F40_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

V=C4=83 mul=C8=9Bumesc pentru mesaj. Sunt =C3=AEn concediu p=C3=A2n=C4=83 p=
e 11 mai 2026 inclusiv =C8=99i nu am acces la e-mail.

Pentru program=C4=83ri =C8=99i montaje: planificare@serrapro.example / +32 =
2 380 66 14.
Pentru solicit=C4=83ri privind datele cu caracter personal (GDPR), v=C4=83 =
rog s=C4=83 scrie=C8=9Bi la dpo@serrapro.example.

Cu stim=C4=83,
Andreea Stoica
Coordonator proiecte | SerraPro =E2=80=93 sere =C8=99i verande
--_000_DB8PR02MB6140C9E2A4B71F0D3E5A8C27D1F40_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body>
<div style=3D"font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt=
">
<p>Bun=C4=83 ziua,</p>
<p>V=C4=83 mul=C8=9Bumesc pentru mesaj. Sunt =C3=AEn concediu p=C3=A2n=C4=
=83 pe 11 mai 2026 inclusiv =C8=99i nu am acces la e-mail.</p>
<p>Pentru program=C4=83ri =C8=99i montaje: planificare@serrapro.example / +=
32 2 380 66 14.<br>Pentru solicit=C4=83ri privind datele cu caracter person=
al (GDPR), v=C4=83 rog s=C4=83 scrie=C8=9Bi la dpo@serrapro.example.</p>
<p>Cu stim=C4=83,<br><b>Andreea Stoica</b><br>Coordonator proiecte | SerraP=
ro =E2=80=93 sere =C8=99i verande</p>
</div></body></html>
--_000_DB8PR02MB6140C9E2A4B71F0D3E5A8C27D1F40_--
'''),
    ('ro', 'person-replies-to-garden-planner-export-notice-wrong-address', 'correction', (),
'''Return-Path: <adrian.moldovan78@yahoo.com>
Received: from sonic305-21.consmr.mail.ir2.yahoo.com (sonic305-21.consmr.mail.ir2.yahoo.com [77.238.177.83])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KdY1h6Cq0z9f4Rm
	for <privacy@shop.example.be>; Thu, 23 Apr 2026 22:05:48 +0200 (CEST)
Date: Thu, 23 Apr 2026 20:05:41 +0000 (UTC)
From: Adrian Moldovan <adrian.moldovan78@yahoo.com>
To: privacy@shop.example.be
Message-ID: <1873026541.2219874.1777061141205@mail.yahoo.com>
In-Reply-To: <export.planner.GX7-20260423-1184@notify.shop.example.be>
References: <export.planner.GX7-20260423-1184@notify.shop.example.be>
Subject: =?utf-8?q?Re=3A_Exportul_planului_dumneavoastr=C4=83_de_gr=C4=83d?=
 =?utf-8?q?in=C4=83_este_gata?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.22244 YMailNorrin

Bun=C4=83 ziua,

am desc=C4=83rcat exportul, mul=C8=9Bumesc. V=C4=83d =C3=AEns=C4=83 c=C4=83=
 adresa gr=C4=83dinii e gre=C8=99it=C4=83: apare Rue des Tilleuls 4, iar co=
rect este Rue des Tilleuls 14, 1380 Lasne. Aceea=C8=99i adres=C4=83 gre=C8=
=99it=C4=83 apare =C8=99i =C3=AEn contul meu de client =C8=99i mi-e team=C4=
=83 c=C4=83 gazonul rulou comandat pentru s=C4=83pt=C4=83m=C3=A2na viitoare=
 o s=C4=83 ajung=C4=83 la alt=C4=83 cas=C4=83. V=C4=83 rog s-o corecta=C8=
=9Bi peste tot.

Adrian Moldovan


    Pe joi, 23 aprilie 2026, 09:12:37 CEST, Shop Example Planificator gr=C4=
=83din=C4=83 <no-reply@notify.shop.example.be> a scris:

 Exportul planului dumneavoastr=C4=83 de gr=C4=83din=C4=83 este gata.

Plan: =E2=80=9EGr=C4=83dina din spate=E2=80=9D
Con=C8=9Binut: plan (PDF), 9 straturi, 41 de plante, 56 de fotografii, adre=
sa gr=C4=83dinii: Rue des Tilleuls 4, 1380 Lasne
Desc=C4=83rcare: https://garden.shop.example.be/export/d/GX7-20260423-1184 =
(valabil 7 zile)

Fi=C8=99ierul con=C8=9Bine date cu caracter personal. =C3=8Entreb=C4=83ri d=
espre datele dumneavoastr=C4=83: privacy@shop.example.be
'''),
    ('el', 'gmail-dsn-address-not-found-portability-reply', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KdQ5j1Hx7z0g8Tb
	for <privacy@shop.example.be>; Wed, 22 Apr 2026 17:40:22 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=googlemail.com; s=20230601; t=1777034420;
	h=in-reply-to:references:subject:from:to:message-id:date:auto-submitted:mime-version;
	bh=Vn4Lq9Xm2Rt7Wc0Yb5Hs3Jd8Fg1Za6Xe4Qp2Io9Uk=;
	b=Kc7Wm1Rp5Yx9Ln2Vt6Bh0Jd3Fg8Zq5Xe1Ua4Io7Mk2Ns6Ow0Py3Rt8Uv2Xa5Cb9De3Fg7
Received: by 2002:a05:6a20:7d8b:b0:1f3:4c2a:9e11 with SMTP id v11csp2281045pzb;
        Wed, 22 Apr 2026 08:40:20 -0700 (PDT)
Return-Path: <>
X-Failed-Recipients: katerina.vlachou@gmail.com
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000b3e1a10650e9f2c7"; report-type=delivery-status
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <68062d34.050a0220.3c1e92.8b21.GMR@mx.google.com>
Date: Wed, 22 Apr 2026 08:40:20 -0700 (PDT)
In-Reply-To: <priv-20602-1@shop.example.be>
References: <priv-20602-1@shop.example.be>
Subject: Delivery Status Notification (Failure)

--000000000000b3e1a10650e9f2c7
Content-Type: multipart/alternative; boundary="000000000000b3e8c80650e9f2ce"

--000000000000b3e8c80650e9f2ce
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to katerina.vlachou@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-44a3c0b9e1fsi1204512a12.203 - gsmtp

--000000000000b3e8c80650e9f2ce
Content-Type: text/html; charset="UTF-8"


<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding="0" cellspacing="0"><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<img style="padding:0 24px 16px 0;float:left" width="72" height="72" alt="Error Icon" src="cid:icon.png">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">Address not found</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>katerina.vlachou@gmail.com</b></a> because the address couldn't be found, or is unable to receive mail.</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left"><a style="text-decoration:none" href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align="left" style="padding:48px 10px">The response from the remote server was:<br/>
<p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-44a3c0b9e1fsi1204512a12.203 - gsmtp</p>
</td></tr>
</tbody></table>
</body>
</html>

--000000000000b3e8c80650e9f2ce--

--000000000000b3e1a10650e9f2c7
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; privacy@shop.example.be
Arrival-Date: Wed, 22 Apr 2026 08:40:19 -0700 (PDT)
X-Original-Message-ID: <priv-20602-1@shop.example.be>

Final-Recipient: rfc822; katerina.vlachou@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.27.26, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Wed, 22 Apr 2026 08:40:20 -0700 (PDT)

--000000000000b3e1a10650e9f2c7
Content-Type: message/rfc822

From: Shop Example Privacy <privacy@shop.example.be>
Date: Wed, 22 Apr 2026 17:40:16 +0200
Message-ID: <priv-20602-1@shop.example.be>
Subject: =?utf-8?b?zqTOsSDOtM61zrTOv868zq3Ovc6xIM+DzrHPgiDOsc+Az4wgz4Q=?=
 =?utf-8?b?zr8gUGV0IENsdWIgz4POtSDOvM6/z4HPhs6uIENTVi9KU09OIFtTRS1QUklW?=
 =?utf-8?b?ICMyMDYwMl0=?=
To: katerina.vlachou@gmail.com
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

zpHOs86xz4DOt8+Ezq4gzrrPhc+Bzq/OsSDOks67zqzPh86/z4UsCgrPg861IM+Dz4XOvc6tz4fO
tc65zrEgz4TOv8+FIM6xzrnPhM6uzrzOsc+Ez4zPgiDPg86xz4IgzrPOuc6xIM+Gzr/Pgc63z4TP
jM+EzrfPhM6xIM60zrXOtM6/zrzOrc69z4nOvSAozqzPgc64z4HOvyAyMCDOk86azqDOlCksIM61
z4TOv865zrzOrM+DzrHOvM61IM+EzrEgzrTOtc60zr/OvM6tzr3OsSDPg86xz4IgzrHPgM+MIM+E
zr8gUGV0IENsdWIgz4POtSDOvM63z4fOsc69zrHOs869z47Pg865zrzOtyDOvM6/z4HPhs6uOgot
IM+Az4HOv8+Gzq/OuyDPhM63z4IgzrPOrM+EzrHPgiDPg86xz4IgKM+Mzr3Ov868zrEsIM+BzqzP
hM+DzrEsIM63zrzOtc+Bzr/OvM63zr3Or86xIM6zzq3Ovc69zrfPg863z4IsIM6yzqzPgc6/z4Ip
IOKAkyBKU09OLAotIM65z4PPhM6/z4HOuc66z4wgzrXOvM6yzr/Ou86vz4nOvSDOus6xzrkgz4HO
sc69z4TOtc6yzr/PjSDPg8+Ezr/OvSDOus+EzrfOvc6vzrHPhM+Bzr8gVmV0UG9pbnQg4oCTIENT
ViwKLSDOsc6zzr/Pgc6tz4Igz4TPgc6/z4bOrs+CIM66zrHOuSDOtc65zrTPjs69IM66zrHPhM6/
zrnOus65zrTOr8+Jzr0g4oCTIENTVi4KCs6cz4DOv8+BzrXOr8+EzrUgzr3OsSDOus6xz4TOtc6y
zqzPg861z4TOtSDPhM6/IM6xz4HPh861zq/OvyBaSVAgzrHPgM+MIM+Ezr/OvSDPgM6xz4HOsc66
zqzPhM+JIM+Dz43Ovc60zrXPg868zr8sIM+Azr/PhSDOuc+Dz4fPjc61zrkgzrPOuc6xIDE0IM63
zrzOrc+BzrXPgjoKaHR0cHM6Ly9wcml2YWN5LnNob3AuZXhhbXBsZS5iZS9leHBvcnQvMjA2MDIK
Cs6czrUgzrXOus+Ezq/OvM63z4POtywKzp/OvM6szrTOsSDOoM+Bzr/Pg8+EzrHPg86vzrHPgiDO
lM61zrTOv868zq3Ovc+Jzr0KU2hvcCBFeGFtcGxlIE5WCg==
--000000000000b3e1a10650e9f2c7--
'''),
    ('el', 'exchange-out-of-office-carrier-account-manager', 'automated', (),
'''Return-Path: <c.nikolaou@cargolink.example>
Received: from mail.cargolink.example (mail.cargolink.example [203.0.113.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KfC9z0Dt3z5b1Nw
	for <privacy@shop.example.be>; Thu, 30 Apr 2026 14:51:09 +0200 (CEST)
Received: from EXCH02.cargolink.local (10.1.4.22) by EXCH01.cargolink.local
 (10.1.4.21) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Thu, 30 Apr
 2026 14:51:07 +0200
From: =?utf-8?b?zqfPgc65z4PPhM6vzr3OsSDOnc65zrrOv867zqzOv8+F?= <c.nikolaou@cargolink.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOkc6v?=
 =?utf-8?b?z4TOt868zrEgzrTOuc6xzrPPgc6xz4bOrs+CIM+Gz4nPhM6/zrPPgc6xz4Y=?=
 =?utf-8?b?zq/Osc+CIM+AzrHPgc6szrTOv8+DzrfPgiDigJMgU0UtMjYwNC0yMDg4MTE=?=
Thread-Topic: =?utf-8?b?zpHOr8+EzrfOvM6xIM60zrnOsc6zz4HOsc+Gzq7PgiDPhs+Jz4Q=?=
 =?utf-8?b?zr/Os8+BzrHPhs6vzrHPgiDPgM6xz4HOrM60zr/Pg863z4Ig4oCTIFNFLTI2?=
 =?utf-8?b?MDQtMjA4ODEx?=
Thread-Index: AQHbuYwR7vKx3mL0TqWc9yZs5Pn1Dg==
Date: Thu, 30 Apr 2026 12:51:07 +0000
Message-ID: <c5a1f0e9b2d34e7a8f61c03d9e2b7a45@EXCH02.cargolink.local>
In-Reply-To: <priv-20621-2@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Transport-FromEntityHeader: Hosted
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: el-GR
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_c5a1f0e9b2d34e7a8f61c03d9e2b7a45EXCH02cargolinklocal_"

--_000_c5a1f0e9b2d34e7a8f61c03d9e2b7a45EXCH02cargolinklocal_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6Vz4XPh86xz4HOuc+Dz4TPjiDOs865zrEgz4TO
vyDOvM6uzr3Phc68zqwgz4POsc+CLiDOks+Bzq/Pg866zr/OvM6xzrkgzrXOus+Ez4zPgiDOs8+B
zrHPhs61zq/Ov8+FIM6tz4nPgiDOus6xzrkgz4TOuc+CIDYgzpzOsc6Qzr/PhSAyMDI2LCDOvM61
IM+AzrXPgc65zr/Pgc65z4POvM6tzr3OtyDPgM+Bz4zPg86yzrHPg863IM+Dz4TOvyDOt867zrXO
us+Ez4HOv869zrnOus+MIM+EzrHPh8+FzrTPgc6/zrzOtc6vzr8uCgrOk865zrEgzrjOrc68zrHP
hM6xIM+AzrHPgc6xzrTPjM+DzrXPic69IM66zrHOuSDOsc+Azr/OtM61zrnOus+EzrnOus+Ozr0g
z4DOsc+BzqzOtM6/z4POt8+CIChQT0QpIM61z4DOuc66zr/Ouc69z4nOvc6uz4PPhM61IM68zrUg
z4TOvyDPhM68zq7OvM6xIM61zr7Phc+AzrfPgc6tz4TOt8+DzrfPgjogc2VydmljZUBjYXJnb2xp
bmsuZXhhbXBsZSwgKzMyIDIgNzIwIDQ0IDAwLgrOkc65z4TOrs68zrHPhM6xIM+Azr/PhSDOsc+G
zr/Pgc6/z43OvSDPgM+Bzr/Pg8+Jz4DOuc66zqwgzrTOtc60zr/OvM6tzr3OsSAoz4DPgc+Mz4PO
ss6xz4POtywgzrTOuc6xzrPPgc6xz4bOriDPhs+Jz4TOv86zz4HOsc+GzrnPjs69LCDOk86azqDO
lCkgz4DPgc6/z4nOuM6/z43Ovc+EzrHOuSDPg8+Ezr/OvSDOpc+AzrXPjc64z4XOvc6/IM6gz4HO
v8+Dz4TOsc+Dzq/Osc+CIM6UzrXOtM6/zrzOrc69z4nOvTogZHBvQGNhcmdvbGluay5leGFtcGxl
LgoKzpzOtSDOtc66z4TOr868zrfPg863LArOp8+BzrnPg8+Ezq/Ovc6xIM6dzrnOus6/zrvOrM6/
z4UKQWNjb3VudCBNYW5hZ2VyIFJldGFpbCB8IENhcmdvbGluayBCZW5lbHV4Cg==
--_000_c5a1f0e9b2d34e7a8f61c03d9e2b7a45EXCH02cargolinklocal_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD4KPGJvZHk+PGRpdiBzdHlsZT0iZm9udC1mYW1p
bHk6Q2FsaWJyaSxBcmlhbCxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxMXB0Ij4KPHA+zprOsc67zrfP
g8+Azq3Pgc6xIM+DzrHPgiw8L3A+CjxwPs6Vz4XPh86xz4HOuc+Dz4TPjiDOs865zrEgz4TOvyDO
vM6uzr3Phc68zqwgz4POsc+CLiDOks+Bzq/Pg866zr/OvM6xzrkgzrXOus+Ez4zPgiDOs8+BzrHP
hs61zq/Ov8+FIM6tz4nPgiDOus6xzrkgz4TOuc+CIDYgzpzOsc6Qzr/PhSAyMDI2LCDOvM61IM+A
zrXPgc65zr/Pgc65z4POvM6tzr3OtyDPgM+Bz4zPg86yzrHPg863IM+Dz4TOvyDOt867zrXOus+E
z4HOv869zrnOus+MIM+EzrHPh8+FzrTPgc6/zrzOtc6vzr8uPC9wPgo8cD7Ok865zrEgzrjOrc68
zrHPhM6xIM+AzrHPgc6xzrTPjM+DzrXPic69IM66zrHOuSDOsc+Azr/OtM61zrnOus+EzrnOus+O
zr0gz4DOsc+BzqzOtM6/z4POt8+CIChQT0QpOiBzZXJ2aWNlQGNhcmdvbGluay5leGFtcGxlLCAr
MzIgMiA3MjAgNDQgMDAuPGJyPgrOkc65z4TOrs68zrHPhM6xIM+Azr/PhSDOsc+Gzr/Pgc6/z43O
vSDPgM+Bzr/Pg8+Jz4DOuc66zqwgzrTOtc60zr/OvM6tzr3OsSAozpPOms6gzpQpOiBkcG9AY2Fy
Z29saW5rLmV4YW1wbGUuPC9wPgo8cD7OnM61IM61zrrPhM6vzrzOt8+DzrcsPGJyPs6nz4HOuc+D
z4TOr869zrEgzp3Ouc66zr/Ou86szr/PhTxicj5BY2NvdW50IE1hbmFnZXIgUmV0YWlsIHwgQ2Fy
Z29saW5rIEJlbmVsdXg8L3A+CjwvZGl2PjwvYm9keT48L2h0bWw+Cg==
--_000_c5a1f0e9b2d34e7a8f61c03d9e2b7a45EXCH02cargolinklocal_--
'''),
    ('el', 'garden-planner-export-ready-notice', 'automated', (),
'''Return-Path: <bounce-notify@notify.shop.example.be>
Received: from notify02.shop.example.be (notify02.shop.example.be [10.20.6.32])
	by mx1.shop.example.be (Postfix) with ESMTP id 4KfD5s8Hk2z7x0Pe
	for <privacy@shop.example.be>; Sun, 26 Apr 2026 16:22:51 +0200 (CEST)
From: =?utf-8?b?U2hvcCBFeGFtcGxlIOKAkyDOo8+HzrXOtM65zrHPg8+Ezq7PgiDOms6uz4DOv8+F?= <no-reply@notify.shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpcgzrXOvs6xzrPPic6zzq4gz4TOv8+FIM+Dz4fOtc60zq/Ov8+F?=
 =?utf-8?b?IM66zq7PgM6/z4Ugz4POsc+CIM61zq/Ovc6xzrkgzq3PhM6/zrnOvM63?=
Date: Sun, 26 Apr 2026 14:22:50 +0000
Message-ID: <export.planner.GX7-20260426-5521@notify.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: SE-Notify/2.8 (garden-planner)
X-SE-Template: planner_export_ready.el
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=CE=93=CE=B5=CE=B9=CE=B1 =CF=83=CE=B1=CF=82,

=CE=B7 =CE=B5=CE=BE=CE=B1=CE=B3=CF=89=CE=B3=CE=AE =CF=80=CE=BF=CF=85 =CE=B6=
=CE=B7=CF=84=CE=AE=CF=83=CE=B1=CF=84=CE=B5 =CE=B1=CF=80=CF=8C =CF=84=CE=BF=
=CE=BD =CE=A3=CF=87=CE=B5=CE=B4=CE=B9=CE=B1=CF=83=CF=84=CE=AE =CE=9A=CE=AE=
=CF=80=CE=BF=CF=85 =CE=BF=CE=BB=CE=BF=CE=BA=CE=BB=CE=B7=CF=81=CF=8E=CE=B8=
=CE=B7=CE=BA=CE=B5.

=CE=A3=CF=87=CE=AD=CE=B4=CE=B9=CE=BF: =C2=AB=CE=A0=CE=AF=CF=83=CF=89 =CE=B1=
=CF=85=CE=BB=CE=AE 2026=C2=BB
=CE=A0=CE=B5=CF=81=CE=B9=CE=B5=CF=87=CF=8C=CE=BC=CE=B5=CE=BD=CE=BF: =CE=BA=
=CE=AC=CF=84=CE=BF=CF=88=CE=B7 (PDF), 14 =CF=80=CE=B1=CF=81=CF=84=CE=AD=CF=
=81=CE=B9=CE=B1, 62 =CF=86=CF=85=CF=84=CE=AC =CE=BC=CE=B5 =CE=B7=CE=BC=CE=
=B5=CF=81=CE=BF=CE=BC=CE=B7=CE=BD=CE=AF=CE=B5=CF=82 =CF=86=CF=8D=CF=84=CE=
=B5=CF=85=CF=83=CE=B7=CF=82, 87 =CF=86=CF=89=CF=84=CE=BF=CE=B3=CF=81=CE=B1=
=CF=86=CE=AF=CE=B5=CF=82, =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=
=CE=B7 =CE=BA=CE=AE=CF=80=CE=BF=CF=85 =CE=BA=CE=B1=CE=B9 =CE=BA=CE=BB=CE=B9=
=CE=BC=CE=B1=CF=84=CE=B9=CE=BA=CE=AE =CE=B6=CF=8E=CE=BD=CE=B7
=CE=9C=CE=AD=CE=B3=CE=B5=CE=B8=CE=BF=CF=82: 412 MB (ZIP)

=CE=9B=CE=AE=CF=88=CE=B7: https://garden.shop.example.be/export/d/GX7-20260=
426-5521
=CE=9F =CF=83=CF=8D=CE=BD=CE=B4=CE=B5=CF=83=CE=BC=CE=BF=CF=82 =CE=B9=CF=83=
=CF=87=CF=8D=CE=B5=CE=B9 7 =CE=B7=CE=BC=CE=AD=CF=81=CE=B5=CF=82 (=CE=AD=CF=
=89=CF=82 03/05/2026) =CE=BA=CE=B1=CE=B9 =CE=BB=CE=B5=CE=B9=CF=84=CE=BF=CF=
=85=CF=81=CE=B3=CE=B5=CE=AF =CE=BC=CF=8C=CE=BD=CE=BF =CE=B1=CF=86=CE=BF=CF=
=8D =CF=83=CF=85=CE=BD=CE=B4=CE=B5=CE=B8=CE=B5=CE=AF=CF=84=CE=B5 =CF=83=CF=
=84=CE=BF=CE=BD =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=CF=
=8C =CF=83=CE=B1=CF=82. =CE=9C=CE=B5=CF=84=CE=AC =CF=84=CE=B7 =CE=BB=CE=AE=
=CE=BE=CE=B7 =CF=84=CE=BF =CE=B1=CF=81=CF=87=CE=B5=CE=AF=CE=BF =CE=B4=CE=B9=
=CE=B1=CE=B3=CF=81=CE=AC=CF=86=CE=B5=CF=84=CE=B1=CE=B9 =CE=B1=CF=85=CF=84=
=CF=8C=CE=BC=CE=B1=CF=84=CE=B1 =CE=B1=CF=80=CF=8C =CF=84=CE=BF=CF=85=CF=82 =
=CE=B4=CE=B9=CE=B1=CE=BA=CE=BF=CE=BC=CE=B9=CF=83=CF=84=CE=AD=CF=82 =CE=BC=
=CE=B1=CF=82.

=CE=A4=CE=BF =CE=B1=CF=81=CF=87=CE=B5=CE=AF=CE=BF =CF=80=CE=B5=CF=81=CE=B9=
=CE=AD=CF=87=CE=B5=CE=B9 =CF=80=CF=81=CE=BF=CF=83=CF=89=CF=80=CE=B9=CE=BA=
=CE=AC =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CE=B1 (=CF=84=CE=B7 =CE=
=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 =CE=BA=CE=B1=CE=B9 =CF=
=86=CF=89=CF=84=CE=BF=CE=B3=CF=81=CE=B1=CF=86=CE=AF=CE=B5=CF=82 =CF=84=CE=
=BF=CF=85 =CE=BA=CE=AE=CF=80=CE=BF=CF=85 =CF=83=CE=B1=CF=82). =CE=A6=CF=85=
=CE=BB=CE=AC=CE=BE=CF=84=CE=B5 =CF=84=CE=BF =CE=BC=CE=B5 =CE=B1=CF=83=CF=86=
=CE=AC=CE=BB=CE=B5=CE=B9=CE=B1 =CE=BA=CE=B1=CE=B9 =CE=BC=CE=B7=CE=BD =CF=80=
=CF=81=CE=BF=CF=89=CE=B8=CE=B5=CE=AF=CF=84=CE=B5 =CF=84=CE=BF=CE=BD =CF=83=
=CF=8D=CE=BD=CE=B4=CE=B5=CF=83=CE=BC=CE=BF.

=CE=94=CE=B5=CE=BD =CE=B6=CE=B7=CF=84=CE=AE=CF=83=CE=B1=CF=84=CE=B5 =CE=B5=
=CF=83=CE=B5=CE=AF=CF=82 =CE=B1=CF=85=CF=84=CE=AE =CF=84=CE=B7=CE=BD =CE=B5=
=CE=BE=CE=B1=CE=B3=CF=89=CE=B3=CE=AE; =CE=91=CE=BB=CE=BB=CE=AC=CE=BE=CF=84=
=CE=B5 =CE=B1=CE=BC=CE=AD=CF=83=CF=89=CF=82 =CF=84=CE=BF=CE=BD =CE=BA=CF=89=
=CE=B4=CE=B9=CE=BA=CF=8C =CF=83=CE=B1=CF=82 =CE=BA=CE=B1=CE=B9 =CE=B5=CE=BD=
=CE=B7=CE=BC=CE=B5=CF=81=CF=8E=CF=83=CF=84=CE=B5 =CE=BC=CE=B1=CF=82 =CF=83=
=CF=84=CE=BF privacy@shop.example.be.

=CE=93=CE=B9=CE=B1 =CF=84=CE=B1 =CE=B4=CE=B9=CE=BA=CE=B1=CE=B9=CF=8E=CE=BC=
=CE=B1=CF=84=CE=AC =CF=83=CE=B1=CF=82 =CE=B2=CE=AC=CF=83=CE=B5=CE=B9 =CF=84=
=CE=BF=CF=85 =CE=93=CE=9A=CE=A0=CE=94 (=CF=80=CF=81=CF=8C=CF=83=CE=B2=CE=B1=
=CF=83=CE=B7, =CE=B4=CE=B9=CF=8C=CF=81=CE=B8=CF=89=CF=83=CE=B7, =CE=B4=CE=
=B9=CE=B1=CE=B3=CF=81=CE=B1=CF=86=CE=AE, =CF=86=CE=BF=CF=81=CE=B7=CF=84=CF=
=8C=CF=84=CE=B7=CF=84=CE=B1): https://www.shop.example.be/el/privacy

Shop Example NV =C2=B7 =CE=91=CF=85=CF=84=CF=8C =CE=B5=CE=AF=CE=BD=CE=B1=CE=
=B9 =CE=B1=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=
=85=CE=BC=CE=B1, =CF=80=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CE=BF=CF=8D=CE=
=BC=CE=B5 =CE=BC=CE=B7=CE=BD =CE=B1=CF=80=CE=B1=CE=BD=CF=84=CE=AC=CF=84=CE=
=B5.
'''),
    ('el', 'person-replies-to-helpdesk-ack-after-six-weeks', 'complaint', (),
'''Return-Path: <a.rafailidou@yahoo.gr>
Received: from sonic317-33.consmr.mail.ir2.yahoo.com (sonic317-33.consmr.mail.ir2.yahoo.com [77.238.178.212])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KfF8k3Vx9z2n6Lq
	for <privacy@shop.example.be>; Tue, 28 Apr 2026 08:57:30 +0200 (CEST)
Date: Tue, 28 Apr 2026 06:57:24 +0000 (UTC)
From: =?utf-8?b?zpHOvc6xz4PPhM6xz4POr86xIM6hzrHPhs6xzrfOu86vzrTOv8+F?= <a.rafailidou@yahoo.gr>
To: Shop Example Privacy <privacy@shop.example.be>
Message-ID: <402918337.3318802.1777359444190@mail.yahoo.com>
In-Reply-To: <ack-20418@helpdesk.shop.example.be>
References: <ack-20418@helpdesk.shop.example.be>
Subject: Re: [SE-PRIV #20418] Nous avons bien recu votre demande / We have received your request
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: YahooMailAndroidMobile/6.52.1

=CE=9A=CE=B1=CE=BB=CE=B7=CE=BC=CE=AD=CF=81=CE=B1,

=CF=83=CE=B1=CF=82 =CE=AD=CE=B3=CF=81=CE=B1=CF=88=CE=B1 =CF=83=CF=84=CE=B9=
=CF=82 16 =CE=9C=CE=B1=CF=81=CF=84=CE=AF=CE=BF=CF=85 =CE=B6=CE=B7=CF=84=CF=
=8E=CE=BD=CF=84=CE=B1=CF=82 =CE=B1=CE=BD=CF=84=CE=AF=CE=B3=CF=81=CE=B1=CF=
=86=CE=BF =CF=8C=CE=BB=CF=89=CE=BD =CF=84=CF=89=CE=BD =CE=B4=CE=B5=CE=B4=CE=
=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD =CF=80=CE=BF=CF=85 =CE=AD=CF=87=CE=B5=CF=
=84=CE=B5 =CE=B3=CE=B9=CE=B1 =CE=BC=CE=AD=CE=BD=CE=B1 =CE=BA=CE=B1=CE=B9 =
=CF=84=CE=BF=CE=BD =CF=83=CE=BA=CF=8D=CE=BB=CE=BF =CE=BC=CE=BF=CF=85 =CE=B1=
=CF=80=CF=8C =CF=84=CE=BF Pet Club =CE=BA=CE=B1=CE=B9 =CE=B1=CF=80=CF=8C =
=CF=84=CE=B1 =CF=81=CE=B1=CE=BD=CF=84=CE=B5=CE=B2=CE=BF=CF=8D =CF=83=CF=84=
=CE=BF=CE=BD =CE=BA=CF=84=CE=B7=CE=BD=CE=AF=CE=B1=CF=84=CF=81=CE=BF. =CE=A0=
=CE=AE=CF=81=CE=B1 =CF=84=CE=BF =CF=80=CE=B1=CF=81=CE=B1=CE=BA=CE=AC=CF=84=
=CF=89 =CE=B1=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=BF =CE=BC=CE=AE=CE=BD=
=CF=85=CE=BC=CE=B1 =CE=BA=CE=B1=CE=B9 =CE=B1=CF=80=CF=8C =CF=84=CF=8C=CF=84=
=CE=B5 =CF=84=CE=AF=CF=80=CE=BF=CF=84=CE=B1. =CE=A0=CE=AD=CF=81=CE=B1=CF=83=
=CE=B1=CE=BD =CE=AD=CE=BE=CE=B9 =CE=B5=CE=B2=CE=B4=CE=BF=CE=BC=CE=AC=CE=B4=
=CE=B5=CF=82, =CE=B5=CE=BD=CF=8E =CE=BF =CE=93=CE=9A=CE=A0=CE=94 =CF=83=CE=
=AC=CF=82 =CE=B4=CE=AF=CE=BD=CE=B5=CE=B9 =CE=AD=CE=BD=CE=B1=CE=BD =CE=BC=CE=
=AE=CE=BD=CE=B1.

=CE=91=CE=BD =CE=B4=CE=B5=CE=BD =CE=BB=CE=AC=CE=B2=CF=89 =CE=B1=CF=80=CE=AC=
=CE=BD=CF=84=CE=B7=CF=83=CE=B7 =CE=BC=CE=AD=CF=83=CE=B1 =CF=83=CE=B5 =CE=B1=
=CF=85=CF=84=CE=AE =CF=84=CE=B7=CE=BD =CE=B5=CE=B2=CE=B4=CE=BF=CE=BC=CE=AC=
=CE=B4=CE=B1, =CE=B8=CE=B1 =CF=85=CF=80=CE=BF=CE=B2=CE=AC=CE=BB=CF=89 =CE=
=BA=CE=B1=CF=84=CE=B1=CE=B3=CE=B3=CE=B5=CE=BB=CE=AF=CE=B1 =CF=83=CF=84=CE=
=B7=CE=BD =CE=91=CF=81=CF=87=CE=AE =CE=A0=CF=81=CE=BF=CF=83=CF=84=CE=B1=CF=
=83=CE=AF=CE=B1=CF=82 =CE=94=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=
=BD =CF=84=CE=BF=CF=85 =CE=92=CE=B5=CE=BB=CE=B3=CE=AF=CE=BF=CF=85.

=CE=91=CE=BD=CE=B1=CF=83=CF=84=CE=B1=CF=83=CE=AF=CE=B1 =CE=A1=CE=B1=CF=86=
=CE=B1=CE=B7=CE=BB=CE=AF=CE=B4=CE=BF=CF=85

=CE=A3=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=B5 =CE=B1=CF=80=CF=8C =CF=84=
=CE=BF Yahoo Mail =CF=83=CE=B5 Android

  =CE=A3=CF=84=CE=B9=CF=82 =CE=94=CE=B5=CF=85, 16 =CE=9C=CE=B1=CF=81. 2026 =
=CF=83=CF=84=CE=B9=CF=82 20:41, Shop Example Privacy<privacy@shop.example.b=
e> =CE=AD=CE=B3=CF=81=CE=B1=CF=88=CE=B5:
   Bonjour, / Hello,
   Nous avons bien re=C3=A7u votre demande. Num=C3=A9ro de dossier : SE-PRI=
V #20418.
   We have received your request. Reference: SE-PRIV #20418.
   Nous vous r=C3=A9pondrons dans un d=C3=A9lai d'un mois. / We will reply =
within one month.
   Ceci est un message automatique. / This is an automated message.
   Shop Example =E2=80=93 Data Protection
'''),
    ('bg', 'carrier-proof-of-delivery-neighbour-signed-photo', 'automated', (),
'''Return-Path: <pod@cargolink-pod.example>
Received: from mta2.cargolink-pod.example (mta2.cargolink-pod.example [203.0.113.212])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KdX0f5Bn8z3k2Wr
	for <privacy@shop.example.be>; Thu, 23 Apr 2026 11:48:20 +0200 (CEST)
From: =?utf-8?b?Q2FyZ29saW5rIOKAkyDQlNC+0YHRgtCw0LLQutC4?= <pod@cargolink-pod.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J/RgNCw0YLQutCw0YLQsCDQtSDQtNC+0YHRgtCw0LLQtdC90LAg?=
 =?utf-8?b?4oCTIFNFLTI2MDQtNDE1NTIwIOKAkyDRgdC90LjQvNC60LAg0Lgg0L/QvtC0?=
 =?utf-8?b?0L/QuNGB?=
Date: Thu, 23 Apr 2026 09:48:18 +0000
Message-ID: <pod.CLB2604231187.1777024098@cargolink-pod.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Cargolink POD Service 5.1
X-Cargolink-Shipment: CLB2604231187
X-Cargolink-Locale: bg-BG
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="pod-CLB2604231187-alt"

--pod-CLB2604231187-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5, =D0=B3-=D0=BD =D0=
=9F=D0=B5=D1=82=D0=BA=D0=BE=D0=B2,

=D0=BF=D1=80=D0=B0=D1=82=D0=BA=D0=B0=D1=82=D0=B0 =D0=92=D0=B8 =D0=BE=D1=82 =
Shop Example =D0=B1=D0=B5=D1=88=D0=B5 =D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=
=D0=B5=D0=BD=D0=B0.

=D0=9F=D0=BE=D1=80=D1=8A=D1=87=D0=BA=D0=B0:          SE-2604-415520
=D0=A1=D1=8A=D0=B4=D1=8A=D1=80=D0=B6=D0=B0=D0=BD=D0=B8=D0=B5:       =D0=B3=
=D1=80=D0=B0=D0=B4=D0=B8=D0=BD=D1=81=D0=BA=D0=B8 =D0=BC=D0=B5=D0=B1=D0=B5=
=D0=BB=D0=B8, 3 =D0=BF=D0=B0=D0=BA=D0=B5=D1=82=D0=B0, 64 =D0=BA=D0=B3
=D0=94=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=B0 =D0=BD=D0=B0:     =
=D1=87=D0=B5=D1=82=D0=B2=D1=8A=D1=80=D1=82=D1=8A=D0=BA, 23.04.2026, 11:47
=D0=9C=D1=8F=D1=81=D1=82=D0=BE:            =D0=BF=D1=80=D0=B5=D0=B4=D0=B0=
=D0=B4=D0=B5=D0=BD=D0=B0 =D0=BD=D0=B0 =D1=81=D1=8A=D1=81=D0=B5=D0=B4
=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=B8=D0=BB:          =D0=9A. =D0=9F=D0=B8=
=D1=82=D0=B5=D1=80=D1=81, Kerkstraat 16 (=D0=BF=D0=BE=D0=B4=D0=BF=D0=B8=D1=
=81 =D0=B2 =D0=BF=D1=80=D0=B8=D0=BB=D0=BE=D0=B6=D0=B5=D0=BD=D0=B8=D0=B5=D1=
=82=D0=BE =D0=BD=D0=B0 =D1=88=D0=BE=D1=84=D1=8C=D0=BE=D1=80=D0=B0)
GPS =D0=BF=D1=80=D0=B8 =D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=BA=D0=B0: 50=
.9012, 4.3385
=D0=9F=D1=80=D0=B5=D0=B2=D0=BE=D0=B7=D0=B2=D0=B0=D1=87:        =D0=BC=D0=B0=
=D1=80=D1=88=D1=80=D1=83=D1=82 BE-07, BalkanLine Transport (=D0=BF=D0=BE=D0=
=B4=D0=B8=D0=B7=D0=BF=D1=8A=D0=BB=D0=BD=D0=B8=D1=82=D0=B5=D0=BB)

=D0=A1=D0=BD=D0=B8=D0=BC=D0=BA=D0=B0 =D0=BD=D0=B0 =D0=BF=D1=80=D0=B0=D1=82=
=D0=BA=D0=B0=D1=82=D0=B0 =D0=B8 =D0=BF=D0=BE=D0=B4=D0=BF=D0=B8=D1=81 =D0=BD=
=D0=B0 =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB=D1=8F:
https://pod.cargolink.example/v/CLB2604231187

=D0=A1=D0=BD=D0=B8=D0=BC=D0=BA=D0=B0=D1=82=D0=B0 =D0=B8 =D0=BF=D0=BE=D0=B4=
=D0=BF=D0=B8=D1=81=D1=8A=D1=82 =D1=81=D0=B5 =D0=BF=D0=B0=D0=B7=D1=8F=D1=82 =
90 =D0=B4=D0=BD=D0=B8 =D0=BA=D0=B0=D1=82=D0=BE =D0=B4=D0=BE=D0=BA=D0=B0=D0=
=B7=D0=B0=D1=82=D0=B5=D0=BB=D1=81=D1=82=D0=B2=D0=BE =D0=B7=D0=B0 =D0=B4=D0=
=BE=D1=81=D1=82=D0=B0=D0=B2=D0=BA=D0=B0=D1=82=D0=B0. =D0=A2=D0=B5 =D1=81=D1=
=8A=D0=B4=D1=8A=D1=80=D0=B6=D0=B0=D1=82 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=
=B4=D0=B0=D0=BD=D0=BD=D0=B8 (=D0=B8=D0=BC=D0=B5 =D0=B8 =D0=BF=D0=BE=D0=B4=
=D0=BF=D0=B8=D1=81 =D0=BD=D0=B0 =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D1=82=
=D0=B5=D0=BB=D1=8F, =D0=B8=D0=B7=D0=BE=D0=B1=D1=80=D0=B0=D0=B6=D0=B5=D0=BD=
=D0=B8=D0=B5 =D0=BD=D0=B0 =D0=B2=D1=85=D0=BE=D0=B4=D0=B0). =D0=9C=D0=BE=D0=
=BB=D1=8F, =D0=BD=D0=B5 =D0=BF=D1=80=D0=B5=D0=BF=D1=80=D0=B0=D1=89=D0=B0=D0=
=B9=D1=82=D0=B5 =D0=B2=D1=80=D1=8A=D0=B7=D0=BA=D0=B0=D1=82=D0=B0.

=D0=90=D0=BA=D0=BE =D0=BD=D0=B5 =D1=81=D1=82=D0=B5 =D0=BF=D0=BE=D0=BB=D1=83=
=D1=87=D0=B8=D0=BB=D0=B8 =D0=BF=D1=80=D0=B0=D1=82=D0=BA=D0=B0=D1=82=D0=B0 =
=D0=BE=D1=82 =D1=81=D1=8A=D1=81=D0=B5=D0=B4=D0=B0 =D1=81=D0=B8, =D1=81=D0=
=B2=D1=8A=D1=80=D0=B6=D0=B5=D1=82=D0=B5 =D1=81=D0=B5 =D1=81 =D0=BD=D0=B0=D1=
=81 =D0=B2 =D1=80=D0=B0=D0=BC=D0=BA=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 48 =D1=
=87=D0=B0=D1=81=D0=B0: +32 2 720 44 00.

=D0=9E=D0=B1=D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=B2=D0=B0=D0=BC=D0=B5 =D0=BB=
=D0=B8=D1=87=D0=BD=D0=B8=D1=82=D0=B5 =D0=92=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=
=D0=B8 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=BD=D0=BE =D0=9E=D0=B1=D1=89=
=D0=B8=D1=8F =D1=80=D0=B5=D0=B3=D0=BB=D0=B0=D0=BC=D0=B5=D0=BD=D1=82 =D0=BE=
=D1=82=D0=BD=D0=BE=D1=81=D0=BD=D0=BE =D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B0=
=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 (=D0=
=9E=D0=A0=D0=97=D0=94). =D0=9F=D0=BE=D0=B2=D0=B5=D1=87=D0=B5 =D0=B7=D0=B0 =
=D0=BF=D1=80=D0=B0=D0=B2=D0=B0=D1=82=D0=B0 =D0=92=D0=B8 (=D0=B4=D0=BE=D1=81=
=D1=82=D1=8A=D0=BF, =D0=BA=D0=BE=D1=80=D0=B8=D0=B3=D0=B8=D1=80=D0=B0=D0=BD=
=D0=B5, =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5): https://ca=
rgolink.example/bg/gdpr
=D0=A2=D0=BE=D0=B2=D0=B0 =D0=B5 =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=
=D0=B8=D1=87=D0=BD=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5. =D0=9C=D0=BE=D0=BB=D1=8F, =D0=BD=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=
=B2=D0=B0=D1=80=D1=8F=D0=B9=D1=82=D0=B5 =D0=BD=D0=B0 =D0=BD=D0=B5=D0=B3=D0=
=BE.
--pod-CLB2604231187-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;color:#222">
<div style=3D"max-width:600px;margin:auto;border:1px solid #ddd;padding:20p=
x">
<img src=3D"https://cdn.cargolink.example/mail/logo.png" width=3D"140" alt=
=3D"Cargolink">
<h2 style=3D"color:#0a6e4f">=D0=9F=D1=80=D0=B0=D1=82=D0=BA=D0=B0=D1=82=D0=
=B0 =D0=B5 =D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=B0</h2>
<table style=3D"font-size:14px">
<tr><td>=D0=9F=D0=BE=D1=80=D1=8A=D1=87=D0=BA=D0=B0</td><td><b>SE-2604-41552=
0</b></td></tr>
<tr><td>=D0=94=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=B0 =D0=BD=D0=B0=
</td><td>23.04.2026, 11:47</td></tr>
<tr><td>=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=B8=D0=BB</td><td>=D1=81=D1=8A=D1=
=81=D0=B5=D0=B4 =E2=80=93 =D0=9A. =D0=9F=D0=B8=D1=82=D0=B5=D1=80=D1=81, Ker=
kstraat 16</td></tr>
</table>
<p><img src=3D"https://pod.cargolink.example/v/CLB2604231187/thumb.jpg" wid=
th=3D"280" alt=3D"=D0=A1=D0=BD=D0=B8=D0=BC=D0=BA=D0=B0 =D0=BD=D0=B0 =D0=BF=
=D1=80=D0=B0=D1=82=D0=BA=D0=B0=D1=82=D0=B0 =D0=BF=D1=80=D0=B8 =D0=B2=D1=85=
=D0=BE=D0=B4=D0=B0"></p>
<p><a href=3D"https://pod.cargolink.example/v/CLB2604231187">=D0=92=D0=B8=
=D0=B6 =D1=81=D0=BD=D0=B8=D0=BC=D0=BA=D0=B0=D1=82=D0=B0 =D0=B8 =D0=BF=D0=BE=
=D0=B4=D0=BF=D0=B8=D1=81=D0=B0</a></p>
<p style=3D"font-size:11px;color:#888">=D0=A1=D0=BD=D0=B8=D0=BC=D0=BA=D0=B0=
=D1=82=D0=B0 =D0=B8 =D0=BF=D0=BE=D0=B4=D0=BF=D0=B8=D1=81=D1=8A=D1=82 =D1=81=
=D0=B5 =D0=BF=D0=B0=D0=B7=D1=8F=D1=82 90 =D0=B4=D0=BD=D0=B8. =D0=9B=D0=B8=
=D1=87=D0=BD=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 =D1=81=D0=B5 =D0=BE=D0=B1=
=D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=B2=D0=B0=D1=82 =D1=81=D1=8A=D0=B3=D0=BB=
=D0=B0=D1=81=D0=BD=D0=BE =D0=9E=D0=A0=D0=97=D0=94. <a href=3D"https://cargo=
link.example/bg/gdpr">=D0=9F=D0=BE=D0=B2=D0=B5=D1=80=D0=B8=D1=82=D0=B5=D0=
=BB=D0=BD=D0=BE=D1=81=D1=82</a></p>
</div></body></html>
--pod-CLB2604231187-alt--
'''),
    ('bg', 'route-planning-daily-driver-report-with-stops-csv', 'automated', (),
'''Return-Path: <reports@routeflow.example>
Received: from reports-1.routeflow.example (reports-1.routeflow.example [198.51.100.33])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KdQ2w7Fm5z9h3Kv
	for <privacy@shop.example.be>; Wed, 22 Apr 2026 18:30:04 +0200 (CEST)
From: RouteFlow <reports@routeflow.example>
To: privacy@shop.example.be, dispatch@balkanline-transport.example
Subject: =?utf-8?b?0JTQvdC10LLQtdC9INC+0YLRh9C10YIg4oCTINC80LDRgNGI0YA=?=
 =?utf-8?b?0YPRgiBCRS0wNyDigJMgMjIuMDQuMjAyNiDigJMgMTQg0YHQv9C40YDQutC4?=
 =?utf-8?b?LCAxMyDQtNC+0YHRgtCw0LLQtdC90Lg=?=
Date: Wed, 22 Apr 2026 16:30:02 +0000
Message-ID: <report.BE-07.20260422.9f3c2a@routeflow.example>
Auto-Submitted: auto-generated
X-Mailer: RouteFlow Reports 2.14
X-RouteFlow-Tenant: balkanline-transport
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="rf-mixed-9f3c2a"

--rf-mixed-9f3c2a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Дневен отчет за маршрут BE-07
Превозвач: BalkanLine Transport BV (подизпълнител на Cargolink Benelux)
Шофьор: Н. Стефанов (ID DRV-0441) · Автомобил: 1-XKT-552
Дата: 22.04.2026

Спирки: 14 · Доставени: 13 · Недоставени: 1 (отказ - адресът не е достъпен за камион)
Старт от депо Vilvoorde: 06:42 · Край: 17:18 · Пробег: 212 км
Средно отклонение от времевия прозорец: +11 мин
Оставени при съсед: 2 · Снимки POD: 13/13 · Подписи: 11/13

Подробностите по спирки са в прикачения CSV файл.

ВНИМАНИЕ: файлът съдържа лични данни на получатели (имена, адреси,
телефони, подписали лица). Използвайте го само за отчитане на маршрута.
Съгласно ОРЗД и договора за обработване на данни телефонните номера трябва
да бъдат изтрити от приложението на шофьора след приключване на маршрута.
Отчетът се изтрива автоматично от RouteFlow след 30 дни.

RouteFlow - автоматично генериран отчет. Промяна на получателите:
Настройки > Отчети > Дистрибуция.

--rf-mixed-9f3c2a
Content-Type: text/csv; charset=utf-8; name="BE-07_2026-04-22_stops.csv"
Content-Disposition: attachment; filename="BE-07_2026-04-22_stops.csv"
Content-Transfer-Encoding: base64

c3RvcDt3aW5kb3c7YXJyaXZlZDtzdGF0dXM7c2hpcHBlcl9yZWY7cmVjaXBpZW50O2FkZHJlc3M7
cGhvbmU7cmVjZWl2ZWRfYnk7cG9kX3Bob3RvO3NpZ25hdHVyZQoxOzA3OjAwLTExOjAwOzA3OjMx
O2RlbGl2ZXJlZDtTRS0yNjA0LTQxMDAwMjtMZW1haXJlIEouO1J1ZSBkZSBSb21lIDE0LCAxMDYw
IFNhaW50LUdpbGxlczsrMzIgNDc4IDIxIDkwIDQ0O3JlY2lwaWVudDt5ZXM7eWVzCjI7MDc6MDAt
MTE6MDA7MDg6MDU7ZGVsaXZlcmVkO1NFLTI2MDQtNDEwMDE5O1ZhbiBBY2tlciBTLjtWb3JzdGxh
YW4gMjEyLCAxMTYwIE91ZGVyZ2VtOyszMiA0NzIgNTUgMTggMzA7cmVjaXBpZW50O3llczt5ZXMK
MzswNzowMC0xMTowMDswODo0NDtkZWxpdmVyZWQ7U0UtMjYwNC00MDk4NzE7RGltaXRyb3ZhIEEu
O0F2ZW51ZSBCcnVnbWFubiAzMDEsIDExODAgVWNjbGU7KzMyIDQ4OSAwMiA3NyAxNTtuZWlnaGJv
dXI6IENsYWVzIE0uICgzMDMpO3llczt5ZXMKNDswNzowMC0xMTowMDswOToyMDtkZWxpdmVyZWQ7
U0UtMjYwNC00MTAwNDQ7UGVldGVycyBLLjtLZXJrc3RyYWF0IDksIDE2NDAgU2ludC1HZW5lc2l1
cy1Sb2RlOyszMiA0NzUgNjAgMTIgODg7cmVjaXBpZW50O3llczt5ZXMKNTswNzowMC0xMTowMDsx
MDowMjtkZWxpdmVyZWQ7U0UtMjYwNC00MTAwNTE7TWVydGVucyBMLjtSdWUgZHUgTW91bGluIDI3
LCAxMzEwIExhIEh1bHBlOyszMiA0NzEgMzQgMDkgNjI7bGVmdCBhdCBkb29yIChhZ3JlZWQpO3ll
cztubwo2OzExOjAwLTE1OjAwOzExOjE1O2RlbGl2ZXJlZDtTRS0yNjA0LTQxMDA2MztKYW5zc2Vu
cyBQLjtEcmVlZiA0MCwgMTU2MCBIb2VpbGFhcnQ7KzMyIDQ3MyA4MSA0NCAyMDtyZWNpcGllbnQ7
eWVzO3llcwo3OzExOjAwLTE1OjAwOzExOjU4O2RlbGl2ZXJlZDtTRS0yNjA0LTQxMDA3MDtOb3dh
ayBFLjtBdmVudWUgZGVzIMOJcmFibGVzIDgsIDE2NDAgUmhvZGUtU2FpbnQtR2Vuw6hzZTsrMzIg
NDg2IDkwIDMzIDcxO3JlY2lwaWVudDt5ZXM7eWVzCjg7MTE6MDAtMTU6MDA7MTI6NDE7ZmFpbGVk
O1NFLTI2MDQtNDEwMDg4O1dvdXRlcnMgQi47Qm9zd2VnIDMsIDMwOTAgT3Zlcmlqc2U7KzMyIDQ5
NCAxNyA2MiAwNTstO25vO25vCjk7MTE6MDAtMTU6MDA7MTM6MjA7ZGVsaXZlcmVkO1NFLTI2MDQt
NDEwMDk1O0xhdXJlbnQgQy47Q2hhdXNzw6llIGRlIEJydXhlbGxlcyAxMTgsIDE0MTAgV2F0ZXJs
b287KzMyIDQ3NyA0OCAyMCA5MztyZWNpcGllbnQ7eWVzO3llcwoxMDsxMTowMC0xNTowMDsxNDow
MjtkZWxpdmVyZWQ7U0UtMjYwNC00MTAxMDE7UG9wYSBSLjtSdWUgRW1pbGUgRHVyeSA2LCAxNDEw
IFdhdGVybG9vOyszMiA0NjUgMjIgNzEgNDg7bmVpZ2hib3VyOiBEdWJvaXMgRi4gKDgpO3llczt5
ZXMKMTE7MTM6MDAtMTc6MDA7MTQ6NDk7ZGVsaXZlcmVkO1NFLTI2MDQtNDEwMTE3O0RlIFNtZXQg
SC47U3RhdGlvbnNzdHJhYXQgNzEsIDE1NDAgSGVybmU7KzMyIDQ3NiAwNSAzOSA4NDtyZWNpcGll
bnQ7eWVzO3llcwoxMjsxMzowMC0xNzowMDsxNTozMztkZWxpdmVyZWQ7U0UtMjYwNC00MTAxMjQ7
R29vc3NlbnMgVi47TW9sZW5zdHJhYXQgMiwgMTU3MCBHYWxtYWFyZGVuOyszMiA0OTggNjYgMTAg
Mjc7cmVjaXBpZW50O3llczt5ZXMKMTM7MTM6MDAtMTc6MDA7MTY6MTA7ZGVsaXZlcmVkO1NFLTI2
MDQtNDEwMTMwO0hlcm1hbnMgVC47Tmlub29mc2VzdGVlbndlZyA1NSwgMTUwMCBIYWxsZTsrMzIg
NDcwIDI5IDgzIDE2O2xlZnQgYXQgZG9vciAoYWdyZWVkKTt5ZXM7bm8KMTQ7MTM6MDAtMTc6MDA7
MTY6NDg7ZGVsaXZlcmVkO1NFLTI2MDQtNDEwMTQyO01hZXMgRC47QmVyZ2Vuc2VzdGVlbndlZyA0
MzAsIDE2MDAgU2ludC1QaWV0ZXJzLUxlZXV3OyszMiA0ODQgNzMgNTEgMDk7cmVjaXBpZW50O3ll
czt5ZXMK
--rf-mixed-9f3c2a--
'''),
    ('bg', 'vet-partner-zendesk-request-received-records-copy', 'automated', (),
'''Return-Path: <support+id77120@vetpoint.example>
Received: from outbound-mail-ams3.zendesk.example (outbound-mail-ams3.zendesk.example [192.161.148.13])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KfA1n6Qs0z4v8Gd
	for <privacy@shop.example.be>; Wed, 29 Apr 2026 13:07:45 +0200 (CEST)
Date: Wed, 29 Apr 2026 11:07:43 +0000
From: =?utf-8?b?VmV0UG9pbnQg0J/QvtC00LTRgNGK0LbQutCw?= <support@vetpoint.example>
Reply-To: =?utf-8?b?VmV0UG9pbnQg0J/QvtC00LTRgNGK0LbQutCw?= <support+id77120@vetpoint.example>
To: privacy@shop.example.be
Message-ID: <Z9Q4K1ML7P_6810b36f8c2e1_1f3a_2a41@zendesk-pod17.example.mail>
Subject: =?utf-8?b?W1ZldFBvaW50XSDQl9Cw0Y/QstC60LAgIzc3MTIwINC1INC/0L4=?=
 =?utf-8?b?0LvRg9GH0LXQvdCwOiDQmNGB0LrQsNC90LUg0LfQsCDQutC+0L/QuNC1INC+?=
 =?utf-8?b?0YIg0LLQtdGC0LXRgNC40L3QsNGA0L3QvtGC0L4g0LTQvtGB0LjQtSDQvdCw?=
 =?utf-8?b?INCn0LDRgNC70Lg=?=
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6810b36f8b4d0_1f3a2a3c"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 9c1e2f4
X-Zendesk-Email-Id: 01JS8K4Q7Z9M2V5X1R3T6B8N0D

----==_mimepart_6810b36f8b4d0_1f3a2a3c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- =D0=9C=D0=BE=D0=BB=D1=8F, =D0=BF=D0=B8=D1=88=D0=B5=D1=82=D0=B5 =D0=BD=
=D0=B0=D0=B4 =D1=82=D0=BE=D0=B7=D0=B8 =D1=80=D0=B5=D0=B4 -##

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=91=D0=BB=D0=B0=D0=B3=D0=BE=D0=B4=D0=B0=D1=80=D0=B8=D0=BC =D0=92=D0=B8, =
=D1=87=D0=B5 =D1=81=D0=B5 =D1=81=D0=B2=D1=8A=D1=80=D0=B7=D0=B0=D1=85=D1=82=
=D0=B5 =D1=81 VetPoint. =D0=A2=D0=BE=D0=B2=D0=B0 =D0=B5 =D0=B0=D0=B2=D1=82=
=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE =D0=BF=D0=BE=D1=82=D0=B2=
=D1=8A=D1=80=D0=B6=D0=B4=D0=B5=D0=BD=D0=B8=D0=B5, =D1=87=D0=B5 =D0=BF=D0=BE=
=D0=BB=D1=83=D1=87=D0=B8=D1=85=D0=BC=D0=B5 =D0=B7=D0=B0=D1=8F=D0=B2=D0=BA=
=D0=B0=D1=82=D0=B0 =D0=92=D0=B8 (#77120).

=D0=98=D1=81=D0=BA=D0=B0=D0=BD=D0=B8=D1=8F=D1=82=D0=B0 =D0=B7=D0=B0 =D0=B4=
=D0=BE=D1=81=D1=82=D1=8A=D0=BF =D0=B4=D0=BE =D0=B2=D0=B5=D1=82=D0=B5=D1=80=
=D0=B8=D0=BD=D0=B0=D1=80=D0=BD=D0=B8 =D0=B4=D0=BE=D1=81=D0=B8=D0=B5=D1=82=
=D0=B0 =D0=B8 =D0=B4=D0=BE =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=B0=D0=
=BD=D0=BD=D0=B8 =D0=BD=D0=B0 =D1=81=D0=BE=D0=B1=D1=81=D1=82=D0=B2=D0=B5=D0=
=BD=D0=B8=D1=86=D0=B8 (=D0=9E=D0=A0=D0=97=D0=94) =D1=81=D0=B5 =D0=BE=D0=B1=
=D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=B2=D0=B0=D1=82 =D0=BE=D1=82 =D0=BD=D0=B0=
=D1=88=D0=B8=D1=8F =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=BD=D0=B8=
=D0=BA =D0=BF=D0=BE =D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0 =D0=
=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D0=B2 =D1=81=D1=80=D0=BE=D0=BA =D0=
=B4=D0=BE =D0=B5=D0=B4=D0=B8=D0=BD =D0=BC=D0=B5=D1=81=D0=B5=D1=86. =D0=9C=
=D0=BE=D0=B6=D0=B5 =D0=B4=D0=B0 =D1=81=D0=B5 =D0=BD=D0=B0=D0=BB=D0=BE=D0=B6=
=D0=B8 =D0=B4=D0=B0 =D0=BF=D0=BE=D1=82=D0=B2=D1=8A=D1=80=D0=B4=D0=B8=D0=BC =
=D1=81=D0=B0=D0=BC=D0=BE=D0=BB=D0=B8=D1=87=D0=BD=D0=BE=D1=81=D1=82=D1=82=D0=
=B0 =D0=92=D0=B8, =D0=BF=D1=80=D0=B5=D0=B4=D0=B8 =D0=B4=D0=B0 =D0=B8=D0=B7=
=D0=BF=D1=80=D0=B0=D1=82=D0=B8=D0=BC =D0=BA=D0=BE=D0=BF=D0=B8=D0=B5.

=D0=90=D0=BA=D0=BE =D1=81=D0=BB=D1=83=D1=87=D0=B0=D1=8F=D1=82 =D0=B5 =D1=81=
=D0=BF=D0=B5=D1=88=D0=B5=D0=BD (=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=BE=D1=81=
=D0=BB=D0=BE=D0=B2=D0=BD=D0=BE =D1=81=D1=8A=D1=81=D1=82=D0=BE=D1=8F=D0=BD=
=D0=B8=D0=B5 =D0=BD=D0=B0 =D0=B6=D0=B8=D0=B2=D0=BE=D1=82=D0=BD=D0=BE), =D0=
=BE=D0=B1=D0=B0=D0=B4=D0=B5=D1=82=D0=B5 =D1=81=D0=B5 =D0=B4=D0=B8=D1=80=D0=
=B5=D0=BA=D1=82=D0=BD=D0=BE =D0=B2 =D0=BA=D0=BB=D0=B8=D0=BD=D0=B8=D0=BA=D0=
=B0=D1=82=D0=B0: +32 2 375 40 18.

=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,
=D0=95=D0=BA=D0=B8=D0=BF=D1=8A=D1=82 =D0=BD=D0=B0 VetPoint

=D0=97=D0=B0=D1=8F=D0=B2=D0=BA=D0=B0=D1=82=D0=B0 =D0=92=D0=B8 (#77120) =D0=
=B1=D0=B5=D1=88=D0=B5 =D1=81=D1=8A=D0=B7=D0=B4=D0=B0=D0=B4=D0=B5=D0=BD=D0=
=B0. =D0=97=D0=B0 =D0=B4=D0=B0 =D0=B4=D0=BE=D0=B1=D0=B0=D0=B2=D0=B8=D1=82=
=D0=B5 =D0=BA=D0=BE=D0=BC=D0=B5=D0=BD=D1=82=D0=B0=D1=80, =D0=BE=D1=82=D0=B3=
=D0=BE=D0=B2=D0=BE=D1=80=D0=B5=D1=82=D0=B5 =D0=BD=D0=B0 =D1=82=D0=BE=D0=B7=
=D0=B8 =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB.
[Z9Q4K1-ML7P]
----==_mimepart_6810b36f8b4d0_1f3a2a3c
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><head><meta http-equiv=3D"Content-Type" content=3D"tex=
t/html; charset=3Dutf-8"></head>
<body style=3D"font-family:'Lucida Grande',Verdana,Arial,sans-serif;font-si=
ze:14px">
<div style=3D"color:#b5b5b5">##- =D0=9C=D0=BE=D0=BB=D1=8F, =D0=BF=D0=B8=D1=
=88=D0=B5=D1=82=D0=B5 =D0=BD=D0=B0=D0=B4 =D1=82=D0=BE=D0=B7=D0=B8 =D1=80=D0=
=B5=D0=B4 -##</div>
<p>=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,</p>
<p>=D0=91=D0=BB=D0=B0=D0=B3=D0=BE=D0=B4=D0=B0=D1=80=D0=B8=D0=BC =D0=92=D0=
=B8, =D1=87=D0=B5 =D1=81=D0=B5 =D1=81=D0=B2=D1=8A=D1=80=D0=B7=D0=B0=D1=85=
=D1=82=D0=B5 =D1=81 VetPoint. =D0=A2=D0=BE=D0=B2=D0=B0 =D0=B5 =D0=B0=D0=B2=
=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE =D0=BF=D0=BE=D1=82=
=D0=B2=D1=8A=D1=80=D0=B6=D0=B4=D0=B5=D0=BD=D0=B8=D0=B5, =D1=87=D0=B5 =D0=BF=
=D0=BE=D0=BB=D1=83=D1=87=D0=B8=D1=85=D0=BC=D0=B5 =D0=B7=D0=B0=D1=8F=D0=B2=
=D0=BA=D0=B0=D1=82=D0=B0 =D0=92=D0=B8 (#77120).</p>
<p>=D0=98=D1=81=D0=BA=D0=B0=D0=BD=D0=B8=D1=8F=D1=82=D0=B0 =D0=B7=D0=B0 =D0=
=B4=D0=BE=D1=81=D1=82=D1=8A=D0=BF =D0=B4=D0=BE =D0=B2=D0=B5=D1=82=D0=B5=D1=
=80=D0=B8=D0=BD=D0=B0=D1=80=D0=BD=D0=B8 =D0=B4=D0=BE=D1=81=D0=B8=D0=B5=D1=
=82=D0=B0 =D0=B8 =D0=B4=D0=BE =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=B0=
=D0=BD=D0=BD=D0=B8 =D0=BD=D0=B0 =D1=81=D0=BE=D0=B1=D1=81=D1=82=D0=B2=D0=B5=
=D0=BD=D0=B8=D1=86=D0=B8 (=D0=9E=D0=A0=D0=97=D0=94) =D1=81=D0=B5 =D0=BE=D0=
=B1=D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=B2=D0=B0=D1=82 =D0=B2 =D1=81=D1=80=D0=
=BE=D0=BA =D0=B4=D0=BE =D0=B5=D0=B4=D0=B8=D0=BD =D0=BC=D0=B5=D1=81=D0=B5=D1=
=86.</p>
<p>=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,<br>=D0=95=D0=BA=D0=B8=
=D0=BF=D1=8A=D1=82 =D0=BD=D0=B0 VetPoint</p>
<div style=3D"color:#aaa;font-size:12px">=D0=97=D0=B0=D1=8F=D0=B2=D0=BA=D0=
=B0=D1=82=D0=B0 =D0=92=D0=B8 (#77120) =D0=B1=D0=B5=D1=88=D0=B5 =D1=81=D1=8A=
=D0=B7=D0=B4=D0=B0=D0=B4=D0=B5=D0=BD=D0=B0. =D0=97=D0=B0 =D0=B4=D0=B0 =D0=
=B4=D0=BE=D0=B1=D0=B0=D0=B2=D0=B8=D1=82=D0=B5 =D0=BA=D0=BE=D0=BC=D0=B5=D0=
=BD=D1=82=D0=B0=D1=80, =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B5=D1=
=82=D0=B5 =D0=BD=D0=B0 =D1=82=D0=BE=D0=B7=D0=B8 =D0=B8=D0=BC=D0=B5=D0=B9=D0=
=BB.</div>
<span style=3D"color:#FFFFFF" aria-hidden=3D"true">[Z9Q4K1-ML7P]</span>
</body></html>
----==_mimepart_6810b36f8b4d0_1f3a2a3c--
'''),
    ('bg', 'person-pastes-mower-data-sharing-notice-asks-for-file', 'portability', (),
'''Return-Path: <plamen.genchev@abv.bg>
Received: from mx.abv.bg (mx.abv.bg [194.153.145.70])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4KfH2t9Mz4z1c6Xs
	for <privacy@shop.example.be>; Tue, 28 Apr 2026 23:12:18 +0200 (CEST)
From: =?utf-8?b?0J/Qu9Cw0LzQtdC9INCT0LXQvdGH0LXQsg==?= <plamen.genchev@abv.bg>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?0LTQsNC90L3QuCDQvtGCINC60L7RgdCw0YfQutCw0YLQsA==?=
Date: Tue, 28 Apr 2026 21:12:11 +0000
Message-ID: <DU0P251MB0931F3A0C6E2D9B84A17E5C2B6D09@DU0P251MB0931.EURP251.PROD.OUTLOOK.COM>
Accept-Language: bg-BG, en-US
Content-Language: bg-BG
X-MS-Has-Attach:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0J/QvtC70YPRh9C40YUg0YLQvtCy0LAg0L/Qvi3QtNC+0LvR
gyDQsiDQv9GA0LjQu9C+0LbQtdC90LjQtdGC0L4g0L3QsCDQutC+0YHQsNGH0LrQsNGC0LAg0Lgg
0L/QviDQuNC80LXQudC7LiDQn9GA0LXQtNC4INC00LAg0YDQtdGI0LAg0LTQsNC70Lgg0LTQsCDQ
s9C+INC/0YDQuNC10LzQsCwg0LjRgdC60LDQvCDQtNCwINC80Lgg0LjQt9C/0YDQsNGC0LjRgtC1
INCy0YHQuNGH0LrQviwg0LrQvtC10YLQviDQutC+0YHQsNGH0LrQsNGC0LAg0LUg0YHRitCx0YDQ
sNC70LAg0LfQsCDQs9GA0LDQtNC40L3QsNGC0LAg0LzQuCDigJMg0LrQsNGA0YLQsNGC0LAsINC3
0L7QvdC40YLQtSwg0LPRgNCw0YTQuNC60LAg0Lgg0LjRgdGC0L7RgNC40Y/RgtCwINC90LAg0LrQ
vtGB0LXQvdC1IOKAkyDQstGK0LIg0YTQsNC50LsgKEpTT04g0LjQu9C4IENTViksINC30LAg0LTQ
sCDRgdC4INCz0L4g0LjQvNCw0Lwg0Lgg0LXQstC10L3RgtGD0LDQu9C90L4g0LTQsCDQs9C+INC/
0YDQtdC90LXRgdCwINCyINC00YDRg9Cz0L4g0L/RgNC40LvQvtC20LXQvdC40LUuCgrQn9C70LDQ
vNC10L0g0JPQtdC90YfQtdCyCkRyZWVmIDIyLCAxNTYwIEhvZWlsYWFydAoK0JjQt9C/0YDQsNGC
0LXQvdC+INC+0YIgT3V0bG9vayDQt9CwIEFuZHJvaWQKCi0tLQrQktCw0LbQvdC+OiDQvdC+0LLQ
sCDQstC10YDRgdC40Y8g0L3QsCDRgdC+0YTRgtGD0LXRgNCwINC4INC/0YDQvtC80LXQvdC4INCy
INGB0L/QvtC00LXQu9GP0L3QtdGC0L4g0L3QsCDQtNCw0L3QvdC4CtCe0YIgMSDRjtC90LggMjAy
NiDQsy4gTW93TWF0ZSDRidC1INGB0L/QvtC00LXQu9GPINGBIFNob3AgRXhhbXBsZSBOViDQv9C7
0L7RidGC0LAg0Lgg0LfQvtC90LjRgtC1INC90LAg0LPRgNCw0LTQuNC90LDRgtCwINCS0LgsINCz
0YDQsNGE0LjQutCwINC90LAg0LrQvtGB0LXQvdC1INC4INGB0YrRgdGC0L7Rj9C90LjQtdGC0L4g
0L3QsCDQvdC+0LbQvtCy0LXRgtC1INC4INCx0LDRgtC10YDQuNGP0YLQsC4g0JjQvNCw0YLQtSDQ
v9GA0LDQstC+INC00LAg0LLRitC30YDQsNC30LjRgtC1INGB0YDQtdGJ0YMg0YHQv9C+0LTQtdC7
0Y/QvdC10YLQviAo0YfQuy4gMjEg0J7QoNCX0JQpINC90LAgcHJpdmFjeUBzaG9wLmV4YW1wbGUu
YmUg0LjQu9C4INC00LAg0LjQt9C60LvRjtGH0LjRgtC1IOKAntCh0L/QvtC00LXQu9GP0L3QtSDR
gSDRgtGK0YDQs9C+0LLQtdGG0LDigJwg0LIg0L/RgNC40LvQvtC20LXQvdC40LXRgtC+LiDQnNC+
0LbQtdGC0LUg0LTQsCDQuNC30YLQtdCz0LvQuNGC0LUg0LTQsNC90L3QuNGC0LUg0YHQuCDQsiDQ
vNCw0YjQuNC90L3QvtGH0LXRgtC40Lwg0YTQvtGA0LzQsNGCINC+0YIg0JDQutCw0YPQvdGCID4g
0JzQvtC40YLQtSDQtNCw0L3QvdC4LgpNb3dNYXRlIEFCCg==
'''),
]

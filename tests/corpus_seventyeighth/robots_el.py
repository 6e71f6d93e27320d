"""Seventy-eighth set, book B robots: robot mail of the systems around food at the shop (table-booking platforms' reminders and review requests, the café's POS e-receipts, the bakery's order system, the catering quote tool, the meal-planner app's weekly digests and data-export notices, the surprise-bag partner's pick-up notices, the click & collect picking system, the wine club's age-verification service, a HACCP fridge-sensor alarm, a supplier's EDI dispatch advice; out-of-office replies, bounces of Postfix, Sendmail, Exim, qmail, Exchange Online and Gmail, a helpdesk acknowledgement), plus people whose mail looks automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the rules."""

ROBOTS = [
    ('pl', 'table-booking-platform-reminder-gluten-note', 'automated', (),
'''Return-Path: <bounce-7712c0ffee9a@em.tablify.example>
Received: from mta-14.em.tablify.example (mta-14.em.tablify.example [203.0.113.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RbW0q1TzKz7Lm
	for <privacy@shop.example.be>; Fri, 17 Apr 2026 10:00:07 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=tablify.example; s=em1;
	t=1776412805; h=from:to:subject:date:message-id:list-unsubscribe;
	bh=Yk2N8v0pWq6RtD3mXc1LzA9sHf4JuB7eKo5gTi2nVw0=;
	b=PqR7sT2uV9wX4yZ1aB6cD3eF8gH5iJ0kL7mN2oP9qR4sT1uV6wX3yZ8aB5cD0eF
From: Tablify <no-reply@notify.tablify.example>
Reply-To: Café Example Schaerbeek <cafe.schaerbeek@shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Przypomnienie=3A_jutro_12=3A30_stolik_w_Caf=C3=A9_Example_Schaer?=
 =?utf-8?q?beek?=
Date: Fri, 17 Apr 2026 08:00:05 +0000
Message-ID: <rem.PL7K-55Q2.20260417080005@notify.tablify.example>
Auto-Submitted: auto-generated
Feedback-ID: reminder-24h:tablify:pl
List-Unsubscribe: <https://tablify.example/u/7712c0ffee9a>, <mailto:unsub-7712c0ffee9a@em.tablify.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Tablify-Template: reminder_24h_pl_v3
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="tbf_alt_PL7K55Q2"

--tbf_alt_PL7K55Q2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry, Marto!

Przypominamy o Twojej jutrzejszej rezerwacji:

  Caf=C3=A9 Example =E2=80=93 Shop Example Schaerbeek
  Chauss=C3=A9e de Haecht 420, 1030 Schaerbeek
  Sobota, 18 kwietnia 2026, godz. 12:30
  Liczba os=C3=B3b: 4
  Na nazwisko: Marta Wi=C5=9Bniewska
  Telefon: +32 4** ** ** 17
  Uwagi: =E2=80=9E1 osoba bez glutenu, krzese=C5=82ko dla dziecka=E2=80=9D

Nie mo=C5=BCesz przyj=C5=9B=C4=87? Odwo=C5=82aj lub zmie=C5=84 rezerwacj=C4=
=99 najp=C3=B3=C5=BAniej
2 godziny przed wizyt=C4=85: https://tablify.example/r/PL7K-55Q2
Restauracja mo=C5=BCe naliczy=C4=87 op=C5=82at=C4=99 za niestawienie si=C4=
=99 (10 EUR od osoby)
zgodnie z warunkami zaakceptowanymi przy rezerwacji.

Twoje dane osobowe
Tablify przekazuje restauracji Twoje imi=C4=99 i nazwisko, numer telefonu
i uwagi do rezerwacji wy=C5=82=C4=85cznie w celu jej obs=C5=82ugi. Informac=
je
dotycz=C4=85ce zdrowia (np. alergie, dieta) podane w uwagach widzi tylko
restauracja; usuwamy je 30 dni po wizycie. Wi=C4=99cej w Polityce
prywatno=C5=9Bci: https://tablify.example/pl/prywatnosc
Chcesz pobra=C4=87 lub usun=C4=85=C4=87 swoje dane? Konto > Ustawienia > Pr=
ywatno=C5=9B=C4=87.

Nie chcesz dostawa=C4=87 przypomnie=C5=84 e-mailem? Wypisz si=C4=99:
https://tablify.example/u/7712c0ffee9a

Tablify SRL =C2=B7 Rue du March=C3=A9 aux Herbes 61 =C2=B7 1000 Bruxelles

--tbf_alt_PL7K55Q2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html lang=3D"pl"><head><meta charset=3D"utf-8"><title>Przypomnienie o reze=
rwacji</title></head>
<body style=3D"margin:0;padding:0;background:#f4f1ec;font-family:Arial,sans=
-serif;color:#2b2b2b">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"560" cellpadding=3D"24" cellspacing=
=3D"0" style=3D"background:#ffffff">
<tr><td>
<p style=3D"font-size:20px;font-weight:bold">Do zobaczenia jutro, Marto!</p>
<p><b>Caf=C3=A9 Example =E2=80=93 Shop Example Schaerbeek</b><br>Chauss=C3=
=A9e de Haecht 420, 1030 Schaerbeek</p>
<p>Sobota, 18 kwietnia 2026 =C2=B7 12:30 =C2=B7 4 osoby<br>Na nazwisko: Mar=
ta Wi=C5=9Bniewska<br>Telefon: +32 4** ** ** 17</p>
<p style=3D"background:#faf6ee;padding:8px">Uwagi: =E2=80=9E1 osoba bez glu=
tenu, krzese=C5=82ko dla dziecka=E2=80=9D</p>
<p><a href=3D"https://tablify.example/r/PL7K-55Q2" style=3D"background:#d25=
02d;color:#ffffff;padding:10px 18px;text-decoration:none">Zmie=C5=84 lub od=
wo=C5=82aj</a></p>
<p style=3D"font-size:12px;color:#777">Restauracja mo=C5=BCe naliczy=C4=87 =
op=C5=82at=C4=99 za niestawienie si=C4=99 (10 EUR od osoby).</p>
<p style=3D"font-size:11px;color:#999">Tablify przekazuje restauracji Twoje=
 imi=C4=99 i nazwisko, numer telefonu i uwagi wy=C5=82=C4=85cznie w celu ob=
s=C5=82ugi rezerwacji. Informacje dotycz=C4=85ce zdrowia widzi tylko restau=
racja; usuwamy je 30 dni po wizycie. <a href=3D"https://tablify.example/pl/=
prywatnosc">Polityka prywatno=C5=9Bci</a> =C2=B7 <a href=3D"https://tablify=
.example/account/privacy">Pobierz lub usu=C5=84 swoje dane</a> =C2=B7 <a hr=
ef=3D"https://tablify.example/u/7712c0ffee9a">Wypisz si=C4=99</a></p>
<p style=3D"font-size:11px;color:#999">Tablify SRL =C2=B7 Rue du March=C3=
=A9 aux Herbes 61 =C2=B7 1000 Bruxelles</p>
</td></tr></table></td></tr></table>
<img src=3D"https://em.tablify.example/o/7712c0ffee9a.gif" width=3D"1" heig=
ht=3D"1" alt=3D"">
</body></html>

--tbf_alt_PL7K55Q2--
'''),
    ('pl', 'postfix-bounce-user-unknown-cake-photo-deletion-reply', 'automated', (),
'''Return-Path: <>
Received: by out1.shop.example.be (Postfix)
	id 4RZx9m3Hq2z5Kd; Wed,  8 Apr 2026 14:21:09 +0200 (CEST)
Date: Wed,  8 Apr 2026 14:21:09 +0200 (CEST)
From: MAILER-DAEMON@out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4RZx9m3Hq2z5Kd.1775650869/out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260408122109.4RZx9m3Hq2z5Kd@out1.shop.example.be>

This is a MIME-encapsulated message.

--4RZx9m3Hq2z5Kd.1775650869/out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<p.sikora1983@interia.pl>: host mx.poczta.interia.pl[185.69.13.21] said: 550
    5.1.1 <p.sikora1983@interia.pl>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)

--4RZx9m3Hq2z5Kd.1775650869/out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; out1.shop.example.be
X-Postfix-Queue-ID: 4RZx9m3Hq2z5Kd
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed,  8 Apr 2026 14:21:07 +0200 (CEST)

Final-Recipient: rfc822; p.sikora1983@interia.pl
Original-Recipient: rfc822;p.sikora1983@interia.pl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.poczta.interia.pl
Diagnostic-Code: smtp; 550 5.1.1 <p.sikora1983@interia.pl>: Recipient address
    rejected: User unknown in virtual mailbox table

--4RZx9m3Hq2z5Kd.1775650869/out1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from privacy-desk.shop.example.be (privacy-desk.shop.example.be [10.20.4.31])
	by out1.shop.example.be (Postfix) with ESMTPS id 4RZx9m3Hq2z5Kd
	for <p.sikora1983@interia.pl>; Wed,  8 Apr 2026 14:21:07 +0200 (CEST)
From: Shop Example - Ochrona danych <privacy@shop.example.be>
To: =?utf-8?q?Pawe=C5=82_Sikora?= <p.sikora1983@interia.pl>
Subject: =?utf-8?q?Odp=3A_Tort_BK-58812_=E2=80=93_usuni=C4=99cie_zdj=C4=99cia_=5BPR?=
 =?utf-8?q?V-2026-0744=5D?=
Date: Wed, 8 Apr 2026 14:21:05 +0200
Message-ID: <prv-2026-0744.r1@privacy-desk.shop.example.be>
In-Reply-To: <CAH7x0q3pL2uV8wBk=Tn4e1Yd9s@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Szanowny Panie,

dziękujemy za wiadomość z 2 kwietnia dotyczącą zamówienia tortu BK-58812.

Potwierdzamy, że zdjęcie przesłane do nadruku na torcie oraz imię
dziecka podane w formularzu zostały usunięte z systemu zamówień
piekarni. W systemie pozostają wyłącznie dane niezbędne do celów
księgowych (numer zamówienia, kwota, data), które musimy przechowywać
zgodnie z przepisami podatkowymi.

Jeżeli ma Pan dodatkowe pytania dotyczące przetwarzania danych
osobowych, prosimy o kontakt pod tym adresem.

Z poważaniem
Zespół ds. ochrony danych osobowych
Shop Example
privacy@shop.example.be

--4RZx9m3Hq2z5Kd.1775650869/out1.shop.example.be--
'''),
    ('pl', 'meal-planner-weekly-digest-nutrition-score-weight', 'automated', (),
'''Return-Path: <bnc-a9f31c0e@news.shop.example.be>
Received: from mail-out7.esp-mailer.example (mail-out7.esp-mailer.example [198.51.100.77])
	by mx2.shop.example.be (Postfix) with ESMTPS id 4RcD2k6Wn0z3Pq
	for <privacy@shop.example.be>; Mon, 13 Apr 2026 07:02:31 +0200 (CEST)
From: Shop Example Kitchen <kitchen@news.shop.example.be>
To: Anna <privacy@shop.example.be>
Subject: =?utf-8?b?VHfDs2ogdHlkemllxYQgdyBrdWNobmk6IHd5bmlrIG9kxbx5d2lhbmlhIDYxLzEw?=
 =?utf-8?b?MCDihpE=?=
Date: Mon, 13 Apr 2026 05:02:29 +0000
Message-ID: <wk16.a9f31c0e.1776056549@news.shop.example.be>
Precedence: bulk
List-Id: Shop Example Kitchen weekly <weekly.kitchen.news.shop.example.be>
List-Unsubscribe: <https://kitchen.shop.example.be/unsub?u=a9f31c0e&l=weekly>, <mailto:unsub+a9f31c0e@news.shop.example.be>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: weekly-digest:kitchen:shopexample:pl
X-Campaign: KITCHEN_WEEKLY_PL_2026W16
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_88213_1907741.1776056549"

------=_Part_88213_1907741.1776056549
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Cze=C5=9B=C4=87 Aniu,

oto podsumowanie Twojego tygodnia w kuchni (6=E2=80=9312 kwietnia).

WYNIK OD=C5=BBYWIANIA: 61/100 (+7 w por=C3=B3wnaniu z poprzednim tygodniem)
  =E2=80=A2 warzywa i owoce: =C5=9Brednio 4,1 porcji dziennie
  =E2=80=A2 produkty pe=C5=82noziarniste: wi=C4=99cej ni=C5=BC zwykle =E2=
=80=93 brawo!
  =E2=80=A2 s=C5=82odycze i s=C5=82one przek=C4=85ski: 9 produkt=C3=B3w na =
paragonach

WAGA: 68,2 kg (cel: 65,0 kg) =E2=80=93 do celu brakuje 3,2 kg
ZAPISANE PRZEPISY: 3 nowe, m.in. =E2=80=9EShakshuka z fet=C4=85=E2=80=9D i =
=E2=80=9EZupa krem z dyni=E2=80=9D

Twoja lista zakup=C3=B3w na przysz=C5=82y tydzie=C5=84 jest gotowa. Dodaj j=
=C4=85 do
koszyka Click & Collect jednym klikni=C4=99ciem:
https://kitchen.shop.example.be/pl/lista/2026-16

Dlaczego to widzisz?
Wynik od=C5=BCywiania obliczamy na podstawie paragon=C3=B3w z Twojej karty
Shop Example, poniewa=C5=BC w=C5=82=C4=85czy=C5=82a=C5=9B funkcj=C4=99 =E2=
=80=9EAnaliza zakup=C3=B3w=E2=80=9D. Mo=C5=BCesz
j=C4=85 w ka=C5=BCdej chwili wy=C5=82=C4=85czy=C4=87: Ustawienia > Prywatno=
=C5=9B=C4=87 > Analiza zakup=C3=B3w.
Wy=C5=82=C4=85czenie nie usuwa zapisanych przepis=C3=B3w ani jad=C5=82ospis=
=C3=B3w.
Jak przetwarzamy Twoje dane osobowe, w tym dane o wadze i celach
dietetycznych: https://kitchen.shop.example.be/pl/prywatnosc
Pobierz swoje dane lub usu=C5=84 konto: Ustawienia > Moje dane.

Nie chcesz dostawa=C4=87 cotygodniowego podsumowania? Wypisz si=C4=99:
https://kitchen.shop.example.be/unsub?u=3Da9f31c0e&l=3Dweekly

Shop Example NV =C2=B7 Boulevard de l'Exemple 1 =C2=B7 1000 Bruxelles

------=_Part_88213_1907741.1776056549
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjwvaGVhZD48Ym9keSBzdHlsZT0iZm9u
dC1mYW1pbHk6SGVsdmV0aWNhLEFyaWFsLHNhbnMtc2VyaWY7Y29sb3I6IzFmMmQxZjtiYWNrZ3Jv
dW5kOiNlZWY1ZWEiPgo8ZGl2IHN0eWxlPSJtYXgtd2lkdGg6NjAwcHg7bWFyZ2luOjAgYXV0bzti
YWNrZ3JvdW5kOiNmZmY7cGFkZGluZzoyNHB4Ij4KPGgxIHN0eWxlPSJjb2xvcjojMmY3ZDMyO2Zv
bnQtc2l6ZToyMnB4Ij5Ud8OzaiB0eWR6aWXFhCB3IGt1Y2huaTwvaDE+CjxwPkN6ZcWbxIcgQW5p
dSwgb3RvIHBvZHN1bW93YW5pZSAoNuKAkzEyIGt3aWV0bmlhKS48L3A+CjxkaXYgc3R5bGU9ImZv
bnQtc2l6ZTo0NHB4O2ZvbnQtd2VpZ2h0OmJvbGQ7Y29sb3I6IzJmN2QzMiI+NjE8c3BhbiBzdHls
ZT0iZm9udC1zaXplOjE4cHgiPi8xMDA8L3NwYW4+PC9kaXY+CjxwPld5bmlrIG9kxbx5d2lhbmlh
ICs3IHcgcG9yw7N3bmFuaXUgeiBwb3ByemVkbmltIHR5Z29kbmllbTwvcD4KPHVsPjxsaT53YXJ6
eXdhIGkgb3dvY2U6IDQsMSBwb3JjamkgZHppZW5uaWU8L2xpPjxsaT5wcm9kdWt0eSBwZcWCbm96
aWFybmlzdGU6IHdpxJljZWogbmnFvCB6d3lrbGU8L2xpPjxsaT5zxYJvZHljemUgaSBzxYJvbmUg
cHJ6ZWvEhXNraTogOSBwcm9kdWt0w7N3PC9saT48L3VsPgo8cD48Yj5XYWdhOjwvYj4gNjgsMiBr
ZyDCtyBjZWwgNjUsMCBrZzwvcD4KPHA+PGEgaHJlZj0iaHR0cHM6Ly9raXRjaGVuLnNob3AuZXhh
bXBsZS5iZS9wbC9saXN0YS8yMDI2LTE2IiBzdHlsZT0iYmFja2dyb3VuZDojMmY3ZDMyO2NvbG9y
OiNmZmY7cGFkZGluZzoxMHB4IDE2cHg7dGV4dC1kZWNvcmF0aW9uOm5vbmUiPkRvZGFqIGxpc3TE
mSBkbyBrb3N6eWthPC9hPjwvcD4KPGhyPgo8cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6
Izg4OCI+V3luaWsgb2TFvHl3aWFuaWEgb2JsaWN6YW15IG5hIHBvZHN0YXdpZSBwYXJhZ29uw7N3
IHogVHdvamVqIGthcnR5IFNob3AgRXhhbXBsZSwgcG9uaWV3YcW8IHfFgsSFY3p5xYJhxZsgZnVu
a2NqxJkg4oCeQW5hbGl6YSB6YWt1cMOzd+KAnS4gPGEgaHJlZj0iaHR0cHM6Ly9raXRjaGVuLnNo
b3AuZXhhbXBsZS5iZS9zZXR0aW5ncy9wcml2YWN5Ij5XecWCxIVjejwvYT4gwrcgPGEgaHJlZj0i
aHR0cHM6Ly9raXRjaGVuLnNob3AuZXhhbXBsZS5iZS9wbC9wcnl3YXRub3NjIj5PY2hyb25hIGRh
bnljaCBvc29ib3d5Y2g8L2E+IMK3IDxhIGhyZWY9Imh0dHBzOi8va2l0Y2hlbi5zaG9wLmV4YW1w
bGUuYmUvc2V0dGluZ3MvbXktZGF0YSI+UG9iaWVyeiBkYW5lIC8gdXN1xYQga29udG88L2E+IMK3
IDxhIGhyZWY9Imh0dHBzOi8va2l0Y2hlbi5zaG9wLmV4YW1wbGUuYmUvdW5zdWI/dT1hOWYzMWMw
ZSZhbXA7bD13ZWVrbHkiPld5cGlzeiBzacSZPC9hPjwvcD4KPC9kaXY+PC9ib2R5PjwvaHRtbD4K

------=_Part_88213_1907741.1776056549--
'''),
    ('pl', 'person-forwards-surprise-bag-pickup-notice-asks-source', 'access', (),
'''Return-Path: <lukasz.wojcik@o2.pl>
Received: from poczta.o2.pl (poczta.o2.pl [193.17.41.99])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RcM7t0Bb4z2Rr
	for <privacy@shop.example.be>; Tue, 14 Apr 2026 21:47:12 +0200 (CEST)
From: =?UTF-8?Q?=C5=81ukasz_W=C3=B3jcik?= <lukasz.wojcik@o2.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Fwd:_Twoja_paczka_niespodzianka_jest_gotowa_do_odbioru!?=
Date: Tue, 14 Apr 2026 21:47:05 +0200
Message-ID: <e3b1f0a2-77c4-4d1e-9a51-0c2f83d6b4a7@o2.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dzień dobry,

dostałem dziś to powiadomienie od LastBite (poniżej). Skąd oni mają moje
pełne nazwisko i numer karty Shop Example? W LastBite jestem
zarejestrowany jako „Łukasz W.”, karty nigdy tam nie wpisywałem.

Proszę o informację, jakie moje dane przekazujecie do LastBite, od kiedy
i co dostajecie od nich z powrotem.

Łukasz Wójcik

-------- Wiadomość przekazana --------
Temat: Twoja paczka niespodzianka jest gotowa do odbioru!
Data: Tue, 14 Apr 2026 17:02:44 +0000
Od: LastBite <noreply@lastbite.example>
Do: lukasz.wojcik@o2.pl

Cześć Łukasz!

Twoja paczka z Shop Example Ixelles – Piekarnia czeka na Ciebie.

Odbiór: dziś, 19:30–20:00
Kod odbioru: 7Q4M
Zapłacono: 4,99 EUR (wartość ok. 15 EUR)

Nowość! Zakup paczki zaliczymy też do Twojego programu lojalnościowego:
karta Shop Example 2104 **** 8812 (Łukasz Wójcik)

Uratowałeś już 23 posiłki. Dzięki!

Zespół LastBite
Nie chcesz powiadomień o odbiorze? Zmień ustawienia w aplikacji.
Polityka prywatności: https://lastbite.example/pl/privacy
'''),
    ('cs', 'zimbra-vacation-reply-access-request-ack', 'automated', (),
'''Return-Path: <kristyna.benesova@stavmont.example>
Received: from mail.stavmont.example (mail.stavmont.example [192.0.2.148])
	by mx2.shop.example.be (Postfix) with ESMTPS id 4RcQ1h8Xd2z6Tt
	for <privacy@shop.example.be>; Wed, 15 Apr 2026 09:31:52 +0200 (CEST)
Received: from zimbra.stavmont.example (localhost [127.0.0.1])
	by mail.stavmont.example (Postfix) with ESMTP id 1A2B34C0F12
	for <privacy@shop.example.be>; Wed, 15 Apr 2026 09:31:51 +0200 (CEST)
Date: Wed, 15 Apr 2026 09:31:51 +0200 (CEST)
From: =?utf-8?Q?Krist=C3=BDna_Bene=C5=A1ov=C3=A1?= <kristyna.benesova@stavmont.example>
To: privacy@shop.example.be
Message-ID: <1823441079.551207.1776238311702.JavaMail.zimbra@stavmont.example>
In-Reply-To: <prv-2026-0871.ack@privacy-desk.shop.example.be>
Subject: =?utf-8?Q?Re:_Va=C5=A1e_=C5=BE=C3=A1dost_o_kopii_osobn=C3=ADch_=C3=BAdaj?=
 =?utf-8?Q?=C5=AF_=E2=80=93_ref._PRV-2026-0871?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zmailer)

Dobrý den,

děkuji za Váš e-mail. Do 24. 4. 2026 čerpám dovolenou a nemám přístup
k pracovní poště. Zprávy po návratu postupně vyřídím.

V naléhavých pracovních záležitostech se prosím obraťte na kolegyni
Ing. Petru Svobodovou, petra.svobodova@stavmont.example, tel. +420 541 220 318.

S pozdravem
Kristýna Benešová
asistentka vedení
STAVMONT a.s.
'''),
    ('cs', 'click-collect-picking-substitutions-picker-note', 'automated', (),
'''Return-Path: <orders-bounces@orders.shop.example.be>
Received: from oms-notify-02.orders.shop.example.be (oms-notify-02.orders.shop.example.be [10.30.8.12])
	by mx1.shop.example.be (Postfix) with ESMTP id 4RcT5y2Lp7z1Vv
	for <privacy@shop.example.be>; Thu, 16 Apr 2026 14:12:30 +0200 (CEST)
From: Shop Example Click & Collect <collect@orders.shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Objedn=C3=A1vka_CC-784512_je_p=C5=99ipravena_k_vyzvednut=C3=AD_?=
 =?utf-8?q?=E2=80=93_2_n=C3=A1hrady?=
Date: Thu, 16 Apr 2026 14:12:29 +0200
Message-ID: <CC-784512.ready.20260416141229@oms.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: PickPath OMS 4.2.7
X-PickPath-Store: BE-1200-01
X-PickPath-Event: ORDER_READY
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den, Radku,

Va=C5=A1e objedn=C3=A1vka CC-784512 je vychystan=C3=A1 a p=C5=99ipraven=C3=
=A1 k vyzvednut=C3=AD.

VYZVEDNUT=C3=8D
  Shop Example Woluwe =E2=80=93 v=C3=BDdejn=C3=AD ok=C3=A9nko Click & Colle=
ct
  Dnes, 16. 4. 2026, 17:00=E2=80=9319:00
  K=C3=B3d pro vyzvednut=C3=AD: 5281

N=C3=81HRADY A CHYB=C4=9AJ=C3=8DC=C3=8D ZBO=C5=BD=C3=8D (2)
  - Bezlepkov=C3=BD chl=C3=A9b sv=C4=9Btl=C3=BD 300 g
      -> nen=C3=AD skladem, bez n=C3=A1hrady (vr=C3=A1ceno 3,49 EUR)
  - Ml=C3=A9ko bez lakt=C3=B3zy 1,5 % 1 l
      -> Ovesn=C3=BD n=C3=A1poj 1 l (n=C3=A1hrada podle Va=C5=A1ich prefere=
nc=C3=AD)

POZN=C3=81MKA VYCHYST=C3=81VA=C4=8CE
  =E2=80=9EAvok=C3=A1da vybr=C3=A1na ru=C4=8Dn=C4=9B, zral=C3=A1. Ban=C3=A1=
ny zelen=C4=9Bj=C5=A1=C3=AD, zral=C3=A9 nebyly.=E2=80=9C

Kone=C4=8Dn=C3=A1 =C4=8D=C3=A1stka: 64,18 EUR (p=C5=AFvodn=C4=9B 67,02 EUR)

N=C3=A1hradu, se kterou nesouhlas=C3=ADte, m=C5=AF=C5=BEete p=C5=99i v=C3=
=BDdeji odm=C3=ADtnout a =C4=8D=C3=A1stka
V=C3=A1m bude vr=C3=A1cena.

Va=C5=A1e osobn=C3=AD =C3=BAdaje
Jm=C3=A9no, telefonn=C3=AD =C4=8D=C3=ADslo, preference n=C3=A1hrad a pozn=
=C3=A1mky k objedn=C3=A1vce
pou=C5=BE=C3=ADv=C3=A1me pouze k vy=C5=99=C3=ADzen=C3=AD Va=C5=A1ich objedn=
=C3=A1vek. Preference n=C3=A1hrad m=C5=AF=C5=BEete
kdykoli zm=C4=9Bnit nebo smazat v =C3=BA=C4=8Dtu (M=C5=AFj =C3=BA=C4=8Det >=
 Click & Collect > N=C3=A1hrady).
Z=C3=A1sady ochrany osobn=C3=ADch =C3=BAdaj=C5=AF: https://www.shop.example=
.be/cs/soukromi

Tato zpr=C3=A1va byla odesl=C3=A1na automaticky, neodpov=C3=ADdejte na ni p=
ros=C3=ADm.
'''),
    ('cs', 'meal-planner-data-export-ready-link', 'automated', (),
'''Return-Path: <privacy-noreply@kitchen.shop.example.be>
Received: from app-worker-5.kitchen.shop.example.be (app-worker-5.kitchen.shop.example.be [10.40.2.25])
	by mx2.shop.example.be (Postfix) with ESMTP id 4RbG8d4Nc1z9Ww
	for <privacy@shop.example.be>; Mon, 6 Apr 2026 16:44:02 +0200 (CEST)
From: Shop Example Kitchen <privacy-noreply@kitchen.shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?b?VsOhxaEgZXhwb3J0IG9zb2Juw61jaCDDumRhasWvIGplIHDFmWlwcmF2ZW4ga2Ug?=
 =?utf-8?b?c3Rhxb5lbsOt?=
Date: Mon, 06 Apr 2026 14:44:01 +0000
Message-ID: <export.7c41e0b2-5f1a-4c3d-9e8a-21b7d6f0aa94@kitchen.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Kitchen-Request: DSR-PORT-2026-00412
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

RG9icsO9IGRlbiwKCm5hIHrDoWtsYWTEmyBWYcWhw60gxb7DoWRvc3RpIHplIGRuZSAyLiA0LiAy
MDI2IGpzbWUgcMWZaXByYXZpbGkgZXhwb3J0IFZhxaFpY2gKb3NvYm7DrWNoIMO6ZGFqxa8geiBh
cGxpa2FjZSBTaG9wIEV4YW1wbGUgS2l0Y2hlbiAoxI1sLiAyMCBHRFBSIOKAkyBwcsOhdm8KbmEg
cMWZZW5vc2l0ZWxub3N0IMO6ZGFqxa8pLgoKQXJjaGl2IHZlIGZvcm3DoXR1IFpJUCBvYnNhaHVq
ZToKICAtIHByb2ZpbGUuanNvbiDigJMgcHJvZmlsIChyb2sgbmFyb3plbsOtLCB2w73FoWthLCB2
w6FoYSwgY8OtbGUsIGRpZXRuw60gb21lemVuw60pCiAgLSByZWNpcGVzLmpzb24g4oCTIHVsb8W+
ZW7DqSBhIHZsYXN0bsOtIHJlY2VwdHkgKDg3IHBvbG/FvmVrKQogIC0gbWVhbF9wbGFucy5jc3Yg
4oCTIGrDrWRlbG7DrcSNa3kKICAtIHNob3BwaW5nX2xpc3RzLmNzdiDigJMgbsOha3VwbsOtIHNl
em5hbXkKICAtIHdlaWdodF9sb2cuY3N2IOKAkyBoaXN0b3JpZSB2w6FoeQogIC0gbnV0cml0aW9u
X3Njb3JlLmNzdiDigJMgdMO9ZGVubsOtIHNrw7NyZSB2w73Fvml2eSBhIMO6xI10ZW5reSwgemUg
a3RlcsO9Y2ggYnlsbwogICAgdnlwb8SNdGVubwoKU3TDoWhub3V0IGV4cG9ydCAob2RrYXogcGxh
dMOtIDcgZG7DrSwgZG8gMTMuIDQuIDIwMjYgMjM6NTkpOgpodHRwczovL2tpdGNoZW4uc2hvcC5l
eGFtcGxlLmJlL2V4cG9ydC9kbC83YzQxZTBiMi01ZjFhLTRjM2QtOWU4YS0yMWI3ZDZmMGFhOTQK
ClogYmV6cGXEjW5vc3Ruw61jaCBkxa92b2TFryBidWRldGUgcMWZaSBzdGFob3bDoW7DrSBwb8W+
w6Fkw6FuaSBvIHDFmWlobMOhxaFlbsOtLgoKUG9rdWQganN0ZSBvIGV4cG9ydCBuZcW+w6FkYWxp
LCBva2Ftxb5pdMSbIG7DoXMga29udGFrdHVqdGUgbmEgYWRyZXNlCnByaXZhY3lAc2hvcC5leGFt
cGxlLmJlLiBQb2t1ZCBzaSBwxZllamV0ZSBzdsWvaiDDusSNZXQgYSB2xaFlY2huYSBkYXRhIHNt
YXphdCwKbcWvxb5ldGUgdGFrIHXEjWluaXQgdiBhcGxpa2FjaTogTmFzdGF2ZW7DrSA+IE1vamUg
w7pkYWplID4gU21hemF0IMO6xI1ldC4KClRhdG8genByw6F2YSBieWxhIHZ5Z2VuZXJvdsOhbmEg
YXV0b21hdGlja3kuIE5lb2Rwb3bDrWRlanRlIG5hIG5pLgoKU2hvcCBFeGFtcGxlIE5WIOKAkyBv
Y2hyYW5hIG9zb2Juw61jaCDDumRhasWvCg==
'''),
    ('cs', 'sendmail-bounce-wine-club-erasure-confirmation', 'automated', (),
'''Return-Path: <MAILER-DAEMON@relay2.shop.example.be>
Received: from localhost (localhost)
	by relay2.shop.example.be (8.17.1/8.17.1) id 63E7C1qa018842;
	Tue, 14 Apr 2026 09:12:44 +0200
Date: Tue, 14 Apr 2026 09:12:44 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@relay2.shop.example.be>
Message-Id: <202604140712.63E7C1qa018842@relay2.shop.example.be>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="63E7C1qa018842.1776150764/relay2.shop.example.be"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--63E7C1qa018842.1776150764/relay2.shop.example.be

The original message was received at Tue, 14 Apr 2026 09:12:40 +0200
from privacy-desk.shop.example.be [10.20.4.31]

   ----- The following addresses had permanent fatal errors -----
<jiri.havel@seznam.cz>
    (reason: 550 5.1.1 Mailbox does not exist)

   ----- Transcript of session follows -----
... while talking to mx1.seznam.cz.:
>>> DATA
<<< 550 5.1.1 Mailbox does not exist
550 5.1.1 <jiri.havel@seznam.cz>... User unknown
<<< 503 5.5.1 No recipients

--63E7C1qa018842.1776150764/relay2.shop.example.be
Content-Type: message/delivery-status

Reporting-MTA: dns; relay2.shop.example.be
Received-From-MTA: DNS; privacy-desk.shop.example.be
Arrival-Date: Tue, 14 Apr 2026 09:12:40 +0200

Final-Recipient: RFC822; jiri.havel@seznam.cz
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mx1.seznam.cz
Diagnostic-Code: SMTP; 550 5.1.1 Mailbox does not exist
Last-Attempt-Date: Tue, 14 Apr 2026 09:12:44 +0200

--63E7C1qa018842.1776150764/relay2.shop.example.be
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from privacy-desk.shop.example.be (privacy-desk.shop.example.be [10.20.4.31])
	by relay2.shop.example.be (8.17.1/8.17.1) with ESMTPS id 63E7C1qa018840
	for <jiri.havel@seznam.cz>; Tue, 14 Apr 2026 09:12:40 +0200
From: Shop Example - ochrana údajů <privacy@shop.example.be>
To: =?utf-8?q?Ji=C5=99=C3=AD_Havel?= <jiri.havel@seznam.cz>
Subject: =?utf-8?b?UG90dnJ6ZW7DrSB2w71tYXp1IG9zb2Juw61jaCDDumRhasWvIOKAkyBWaW5uw70g?=
 =?utf-8?b?a2x1YiBbUFJWLTIwMjYtMDgwMl0=?=
Date: Tue, 14 Apr 2026 09:12:38 +0200
Message-ID: <prv-2026-0802.r2@privacy-desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Vážený pane Havle,

potvrzujeme, že na základě Vaší žádosti ze dne 30. 3. 2026 jsme ukončili
Vaše členství ve Vinném klubu Shop Example a vymazali Vaše osobní údaje
související s klubem, včetně kopie průkazu totožnosti pořízené při ověření
věku. Ověřovací služba VeriNox nám potvrdila výmaz na své straně.

Údaje o nákupech, které jsme povinni uchovávat podle daňových předpisů,
zůstávají zachovány po zákonem stanovenou dobu a nebudou používány
k jiným účelům.

S pozdravem
Tým ochrany osobních údajů
Shop Example

--63E7C1qa018842.1776150764/relay2.shop.example.be--
'''),
    ('cs', 'person-replies-to-age-check-failed-wants-id-photos-gone', 'deletion', (),
'''Return-Path: <ondrej.pokorny@centrum.cz>
Received: from mail.centrum.cz (mail.centrum.cz [46.255.227.10])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RcS9b0Kf3z4Xx
	for <privacy@shop.example.be>; Wed, 15 Apr 2026 19:26:40 +0200 (CEST)
From: =?utf-8?Q?Ond=C5=99ej_Pokorn=C3=BD?= <ondrej.pokorny@centrum.cz>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Re:_Ov=C4=9B=C5=99en=C3=AD_v=C4=9Bku_se_nezda=C5=99ilo_?=
 =?utf-8?Q?=E2=80=93_Vinn=C3=BD_klub_Shop_Example?=
Date: Wed, 15 Apr 2026 19:26:31 +0200
Message-Id: <9D4E2A71-3B0C-4F6E-8C21-5A7B1E0D9F33@centrum.cz>
References: <agecheck.fail.WC-PEND-58120@wineclub.shop.example.be>
In-Reply-To: <agecheck.fail.WC-PEND-58120@wineclub.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (21E236)

Dobr=C3=BD den, tak to zkou=C5=A1et znovu nebudu, do klubu nakonec nechci.=
 Pros=C3=ADm sma=C5=BEte ty fotky m=C3=A9 ob=C4=8Danky i to selfie, co jsem=
 nahr=C3=A1l, u v=C3=A1s i u t=C3=A9 firmy VeriNox. D=C3=ADky.
O. Pokorn=C3=BD

Odesl=C3=A1no z iPhonu

> Dne 15. 4. 2026 v 18:02, Vinn=C3=BD klub Shop Example <noreply@wineclub.=
shop.example.be> napsal:
>=20
> =EF=BB=BFDobr=C3=BD den, Ond=C5=99eji,
>=20
> ov=C4=9B=C5=99en=C3=AD Va=C5=A1eho v=C4=9Bku se bohu=C5=BEel nezda=C5=99i=
lo (fotografie dokladu je rozmazan=C3=A1 nebo odr=C3=A1=C5=BE=C3=AD sv=C4=
=9Btlo). Zkuste to pros=C3=ADm znovu v aplikaci.
>=20
> Nahran=C3=A9 doklady a selfie uchov=C3=A1v=C3=A1me 30 dn=C3=AD pro p=C5=
=99=C3=ADpad opakov=C3=A1n=C3=AD ov=C4=9B=C5=99en=C3=AD, pot=C3=A9 budou a=
utomaticky smaz=C3=A1ny.
>=20
> Tato zpr=C3=A1va byla odesl=C3=A1na automaticky.
'''),
    ('hr', 'exim-bounce-quota-catering-diet-correction-reply', 'automated', (),
'''Return-Path: <>
Received: from cpanel12.hosting-hr.example ([192.0.2.212])
	by mx2.shop.example.be (Postfix) with ESMTPS id 4RbZ2c7Fv5z8Yy
	for <privacy@shop.example.be>; Thu, 9 Apr 2026 11:05:19 +0200 (CEST)
Received: from mailnull by cpanel12.hosting-hr.example with local (Exim 4.97.1)
	id 1wXq7R-0004nK-2f
	for privacy@shop.example.be; Thu, 09 Apr 2026 11:05:18 +0200
X-Failed-Recipients: ana.kovac@kovac-obrt.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@cpanel12.hosting-hr.example>
To: privacy@shop.example.be
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wXq7R-0004nK-2f@cpanel12.hosting-hr.example>
Date: Thu, 09 Apr 2026 11:05:18 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ana.kovac@kovac-obrt.example
    Mailbox quota exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <privacy@shop.example.be>
Received: from out2.shop.example.be ([203.0.113.25]:48812)
	by cpanel12.hosting-hr.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <privacy@shop.example.be>)
	id 1wXq7Q-0004mu-3a
	for ana.kovac@kovac-obrt.example; Thu, 09 Apr 2026 11:05:17 +0200
From: Shop Example - Zaštita podataka <privacy@shop.example.be>
To: =?utf-8?q?Ana_Kova=C4=8D?= <ana.kovac@kovac-obrt.example>
Subject: =?utf-8?q?Ispravak_napomene_o_prehrani_u_Va=C5=A1em_profilu_=5BPRV-2026-07?=
 =?utf-8?q?61=5D?=
Date: Thu, 9 Apr 2026 11:05:14 +0200
Message-ID: <prv-2026-0761.r1@privacy-desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovana gospođo Kovač,

zahvaljujemo na Vašoj poruci od 7. travnja.

Ispravili smo napomenu o prehrani u Vašem profilu za catering:
umjesto „alergija na orašaste plodove“ sada stoji „celijakija – strogo
bez glutena (i bez tragova)“. Ispravak je vidljiv i kuhinji koja
priprema Vašu sljedeću narudžbu (CT-2026-0509).

Napomene o prehrani i alergijama koristimo isključivo za pripremu Vaših
narudžbi i ne dijelimo ih u marketinške svrhe.

Srdačan pozdrav,
Tim za zaštitu osobnih podataka
Shop Example
'''),
    ('hr', 'catering-quote-tool-allergy-halal-fields-pdf', 'automated', (),
'''Return-Path: <quotes-bounce@traiteur.shop.example.be>
Received: from caterquote-app1.traiteur.shop.example.be (caterquote-app1.traiteur.shop.example.be [10.50.1.11])
	by mx1.shop.example.be (Postfix) with ESMTP id 4RcH3m5Qs8z0Zz
	for <privacy@shop.example.be>; Fri, 10 Apr 2026 15:38:27 +0200 (CEST)
From: Shop Example Traiteur <ponude@traiteur.shop.example.be>
Reply-To: Dragana Lukić - voditeljica događaja <dragana.lukic@traiteur.shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Ponuda_Q-2026-0488=3A_Krstitke_=E2=80=93_43_osobe=2C_9=2E_5=2E_2?=
 =?utf-8?q?026=2E?=
Date: Fri, 10 Apr 2026 15:38:26 +0200
Message-ID: <Q-2026-0488.v1.1775828306@caterquote.traiteur.shop.example.be>
X-Mailer: CaterQuote 3.11
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="CQ-mixed-0488-a7d2"

--CQ-mixed-0488-a7d2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovana gospo=C4=91o Jeli=C4=87,

zahvaljujemo na upitu. U nastavku je sa=C5=BEetak na=C5=A1e ponude, a potpu=
na
ponuda nalazi se u privitku (PDF).

PONUDA Q-2026-0488
Doga=C4=91aj:        Krstitke =E2=80=93 obiteljski ru=C4=8Dak
Datum:          subota, 9. 5. 2026., 13:00
Broj gostiju:   35 odraslih + 8 djece
Mjesto:         dostava na adresu, Rue Vanderkindere 102, 1180 Uccle
Izbornik:       =E2=80=9ENedjeljni ru=C4=8Dak=E2=80=9C =E2=80=93 hladno pre=
djelo, janjetina s
                krumpirom, pile=C4=87i file, salate, torta s natpisom

PREHRAMBENE NAPOMENE GOSTIJU
  2 x celijakija (strogo bez glutena)
  1 x alergija na ora=C5=A1aste plodove (dijete)
  6 x halal
  3 x vegetarijanski

Cijena:         1.642,50 EUR s PDV-om (46,93 EUR po odrasloj osobi)
Ponuda vrijedi: do 24. 4. 2026.
Potvrda:        https://traiteur.shop.example.be/q/Q-2026-0488/accept

Za=C5=A1tita podataka
Napomene o prehrani, alergijama i vjerskim prehrambenim pravilima
posebne su kategorije osobnih podataka. Koristimo ih isklju=C4=8Divo za
pripremu ove narud=C5=BEbe, vidljive su samo kuhinji i voditelju doga=C4=91=
aja
te se bri=C5=A1u 90 dana nakon doga=C4=91aja. Ne koristimo ih za marketing.
Vi=C5=A1e: https://www.shop.example.be/hr/privatnost

Ova poruka poslana je automatski iz sustava CaterQuote.
Za pitanja odgovorite na ovu poruku =E2=80=93 sti=C4=87i =C4=87e voditeljic=
i doga=C4=91aja.

--CQ-mixed-0488-a7d2
Content-Type: application/pdf; name="Ponuda_Q-2026-0488.pdf"
Content-Disposition: attachment; filename="Ponuda_Q-2026-0488.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKMSAwIG9iaiA8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4gZW5kb2Jq
CjIgMCBvYmogPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4gZW5kb2Jq
CjMgMCBvYmogPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUg
ODQyXSAvQ29udGVudHMgNCAwIFIgPj4gZW5kb2JqCjQgMCBvYmogPDwgL0xlbmd0aCA1OCA+PiBz
dHJlYW0KQlQgL0YxIDEyIFRmIDcyIDc3MCBUZCAoUG9udWRhIFEtMjAyNi0wNDg4IC0gS3JzdGl0
a2UpIFRqIEVUCmVuZHN0cmVhbSBlbmRvYmoKdHJhaWxlciA8PCAvUm9vdCAxIDAgUiA+PgolJUVP
Rgo=

--CQ-mixed-0488-a7d2--
'''),
    ('hr', 'helpdesk-ticket-ack-wine-club-erasure', 'automated', (),
'''Return-Path: <support+id48213@help.shop.example.be>
Received: from outbound-3.helpnest.example (outbound-3.helpnest.example [198.51.100.203])
	by mx2.shop.example.be (Postfix) with ESMTPS id 4RcK6p1Jr0z2Ab
	for <privacy@shop.example.be>; Sat, 11 Apr 2026 10:17:45 +0200 (CEST)
From: =?UTF-8?Q?Shop_Example_Slu=C5=BEba_za_korisnike?= <podrska@help.shop.example.be>
Reply-To: =?UTF-8?Q?Shop_Example_Slu=C5=BEba_za_korisnike?= <support+id48213@help.shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5B=2348213=5D_Zaprimili_smo_Va=C5=A1_upit=3A_Brisanje_podataka_?=
 =?utf-8?q?=E2=80=93_Klub_vina?=
Date: Sat, 11 Apr 2026 08:17:44 +0000
Message-ID: <HN-48213-ack_6619e0a81c@help.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
X-Mailer: HelpNest Mailer
X-HelpNest-Ticket-Id: 48213
X-HelpNest-Brand: shop-example-hr
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6619e0a81c_2f1a"

----==_mimepart_6619e0a81c_2f1a
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

hvala =C5=A1to ste nam se obratili. Va=C5=A1 upit zaprimljen je pod brojem =
#48213.

Predmet: Brisanje podataka =E2=80=93 Klub vina
Sa=C5=BEetak: =E2=80=9EMolim brisanje svih mojih podataka iz Kluba vina, uk=
lju=C4=8Duju=C4=87i
skeniranu osobnu iskaznicu i selfie s provjere dobi.=E2=80=9C

Ako se Va=C5=A1 upit odnosi na za=C5=A1titu osobnih podataka (pristup, ispr=
avak,
brisanje, prigovor), proslijedit =C4=87emo ga timu za za=C5=A1titu podataka=
 koji
=C4=87e Vam odgovoriti u roku od mjesec dana, u skladu s Op=C4=87om uredbom=
 o
za=C5=A1titi podataka (GDPR). Radi za=C5=A1tite Va=C5=A1ih podataka mo=C5=
=BEda =C4=87emo Vas
zamoliti da potvrdite identitet.

Status upita mo=C5=BEete pratiti ovdje:
https://help.shop.example.be/hr/tickets/48213

Na ovu poruku nije potrebno odgovarati. Ako =C5=BEelite dodati informacije,
odgovorite bez mijenjanja predmeta kako bi se poruka pridru=C5=BEila upitu.

Srda=C4=8Dan pozdrav,
Slu=C5=BEba za korisnike Shop Example

##- Molimo pi=C5=A1ite iznad ove crte -##

----==_mimepart_6619e0a81c_2f1a
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family:Arial,sans-serif;font-size:14px;color:#333">
<p style=3D"color:#b5b5b5">##- Molimo pi=C5=A1ite iznad ove crte -##</p>
<p>Po=C5=A1tovani,</p>
<p>hvala =C5=A1to ste nam se obratili. Va=C5=A1 upit zaprimljen je pod broj=
em <b>#48213</b>.</p>
<p><b>Predmet:</b> Brisanje podataka =E2=80=93 Klub vina<br><b>Sa=C5=BEetak=
:</b> =E2=80=9EMolim brisanje svih mojih podataka iz Kluba vina, uklju=C4=
=8Duju=C4=87i skeniranu osobnu iskaznicu i selfie s provjere dobi.=E2=80=9C=
</p>
<p>Ako se Va=C5=A1 upit odnosi na za=C5=A1titu osobnih podataka (pristup, i=
spravak, brisanje, prigovor), proslijedit =C4=87emo ga timu za za=C5=A1titu=
 podataka koji =C4=87e Vam odgovoriti u roku od mjesec dana, u skladu s GDP=
R-om.</p>
<p><a href=3D"https://help.shop.example.be/hr/tickets/48213">Pratite status=
 upita</a></p>
<p>Srda=C4=8Dan pozdrav,<br>Slu=C5=BEba za korisnike Shop Example</p>
</div>

----==_mimepart_6619e0a81c_2f1a--
'''),
    ('hr', 'person-corporate-disclaimer-signature-coffee-card-offers', 'objection', (),
'''Return-Path: <tena.kralj@konzalting-adria.example>
Received: from EUR05-AM6-obe.outbound.protection.outlook.example (mail-am6eur05on2110.outbound.protection.outlook.example [40.107.22.110])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RcN0w3Gt6z5Bc
	for <privacy@shop.example.be>; Tue, 14 Apr 2026 12:48:03 +0200 (CEST)
From: Tena Kralj <tena.kralj@konzalting-adria.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?S2FydGljYSB6YSBrYXZ1IOKAkyBjaWxqYW5lIHBvbnVkZQ==?=
Thread-Topic: =?utf-8?B?S2FydGljYSB6YSBrYXZ1IOKAkyBjaWxqYW5lIHBvbnVkZQ==?=
Thread-Index: AdqOaWJ0YzE0cXN2TGVwQ2dkU1hXdw==
Date: Tue, 14 Apr 2026 10:47:58 +0000
Message-ID: <AM6PR05MB7731C2A8E4F0B91D2C3A4B1EF5F12@AM6PR05MB7731.eurprd05.prod.outlook.example>
Accept-Language: hr-HR, en-US
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Poštovani,

svako jutro kupujem kavu u kafiću vaše trgovine kod Rond-point
Schuman i koristim digitalnu karticu za kavu. Zadnjih tjedana u
aplikaciji dobivam ponude poput „Vrijeme je za vaš drugi flat white?“
točno oko 15 h, i popuste na biljno mlijeko jer ga „često biram“.

Molim vas da prestanete koristiti podatke s moje kartice za kavu za
ciljane ponude i profiliranje. Kartica mi služi samo za pečate i
besplatnu desetu kavu.

Srdačan pozdrav / Kind regards

Tena Kralj
Senior Consultant
Konzalting Adria d.o.o. | Brussels Office
Rue Belliard 40, 1040 Bruxelles
T +32 2 555 01 87 | M +32 478 22 61 04
www.konzalting-adria.example

________________________________
Ova poruka i svi njezini privici povjerljivi su i namijenjeni isključivo
osobi ili subjektu kojem su upućeni. Ako ste ovu poruku primili
greškom, molimo obavijestite pošiljatelja i izbrišite je. Svako
neovlašteno korištenje, kopiranje ili prosljeđivanje strogo je
zabranjeno.
This e-mail and any attachments are confidential and intended solely
for the addressee. If you have received it in error, please notify the
sender and delete it. Please consider the environment before printing.
'''),
    ('sv', 'exchange-automatic-reply-erasure-case', 'automated', (),
'''Return-Path: <per.lindgren@bygg-norden.example>
Received: from SE2P264MB4411.SWEP264.PROD.OUTLOOK.EXAMPLE (mail-se2p264mb.outbound.protection.outlook.example [40.107.130.88])
	by mx2.shop.example.be (Postfix) with ESMTPS id 4RcV8n2Dq9z3Cd
	for <privacy@shop.example.be>; Fri, 17 Apr 2026 13:20:11 +0200 (CEST)
From: Per Lindgren <per.lindgren@bygg-norden.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?Automatiskt_svar=3A_Ditt_=C3=A4rende_om_radering_av_personuppgif?=
 =?utf-8?q?ter_=28PRV-2026-0913=29?=
Thread-Topic: =?utf-8?q?Ditt_=C3=A4rende_om_radering_av_personuppgifter_=28PRV-2026-0913?=
 =?utf-8?q?=29?=
Thread-Index: AQHbj2xK4e1nO0Rz+E6N8A0X1c7nq7LsYc3A
Date: Fri, 17 Apr 2026 11:20:09 +0000
Message-ID: <SE2P264MB44110B9C2F1E7A3D8C0F6A21C4E12@SE2P264MB4411.SWEP264.PROD.OUTLOOK.EXAMPLE>
References: <prv-2026-0913.ack@privacy-desk.shop.example.be>
In-Reply-To: <prv-2026-0913.ack@privacy-desk.shop.example.be>
Auto-Submitted: auto-replied
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: per.lindgren@bygg-norden.example
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <prv-2026-0913.ack@privacy-desk.shop.example.be>
x-ms-exchange-generated-message-source: Mailbox Rules Agent
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_SE2P264MB44110B9C2F1E7A3D8C0F6A21C4E12SE2P264MB4411SWEP_"

--_000_SE2P264MB44110B9C2F1E7A3D8C0F6A21C4E12SE2P264MB4411SWEP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGVqIQoKVGFjayBmw7ZyIGRpdHQgbWVqbC4gSmFnIMOkciBmw7Zyw6RsZHJhbGVkaWcgdGlsbCBv
Y2ggbWVkIGRlbiA0IG1haiBvY2ggbMOkc2VyCmludGUgbWluIGUtcG9zdCB1bmRlciBkZW4gcGVy
aW9kZW4uCgpCcsOlZHNrYW5kZSDDpHJlbmRlbiBvbSBwcm9qZWt0IG9jaCBsZXZlcmFuc2VyOiBr
b250YWt0YSBTb2ZpYSBIb2xtYmVyZywKc29maWEuaG9sbWJlcmdAYnlnZy1ub3JkZW4uZXhhbXBs
ZSwgMDgtNTU1IDEyMCAzNC4KClbDpG5saWdhIGjDpGxzbmluZ2FyClBlciBMaW5kZ3JlbgpQcm9q
ZWt0bGVkYXJlLCBCeWdnIE5vcmRlbiBBQgo=

--_000_SE2P264MB44110B9C2F1E7A3D8C0F6A21C4E12SE2P264MB4411SWEP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD4KPGJvZHk+PGRpdiBzdHlsZT0iZm9udC1mYW1p
bHk6Q2FsaWJyaSxBcmlhbCxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxMXB0Ij4KPHA+SGVqITwvcD4K
PHA+VGFjayBmw7ZyIGRpdHQgbWVqbC4gSmFnIMOkciBmw7Zyw6RsZHJhbGVkaWcgdGlsbCBvY2gg
bWVkIGRlbiA0IG1haiBvY2ggbMOkc2VyIGludGUgbWluIGUtcG9zdCB1bmRlciBkZW4gcGVyaW9k
ZW4uPC9wPgo8cD5CcsOlZHNrYW5kZSDDpHJlbmRlbiBvbSBwcm9qZWt0IG9jaCBsZXZlcmFuc2Vy
OiBrb250YWt0YSBTb2ZpYSBIb2xtYmVyZywgc29maWEuaG9sbWJlcmdAYnlnZy1ub3JkZW4uZXhh
bXBsZSwgMDgtNTU1IDEyMCAzNC48L3A+CjxwPlbDpG5saWdhIGjDpGxzbmluZ2FyPGJyPlBlciBM
aW5kZ3Jlbjxicj5Qcm9qZWt0bGVkYXJlLCBCeWdnIE5vcmRlbiBBQjwvcD4KPC9kaXY+PC9ib2R5
PjwvaHRtbD4K

--_000_SE2P264MB44110B9C2F1E7A3D8C0F6A21C4E12SE2P264MB4411SWEP_--
'''),
    ('sv', 'surprise-bag-partner-pickup-ready-code', 'automated', (),
'''Return-Path: <0102018f2a7c-5d1e@ses.mail.lastbite.example>
Received: from a14-22.smtp-out.mail.lastbite.example (a14-22.smtp-out.mail.lastbite.example [54.240.14.22])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RcP4s6Hm1z7De
	for <privacy@shop.example.be>; Tue, 14 Apr 2026 17:05:48 +0200 (CEST)
From: LastBite <hej@mail.lastbite.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?RGluIHDDpXNlIMOkciByZWRvIPCfpZAgSMOkbXRhIGkgZGFnIDE5OjMw4oCTMjA6?=
 =?utf-8?b?MDA=?=
Date: Tue, 14 Apr 2026 15:05:47 +0000
Message-ID: <0102018f2a7c5d1e-8a3b0c4e-LB99170421@email.mail.lastbite.example>
Feedback-ID: 1.eu-west-1.pickup_ready:lastbite
List-Unsubscribe: <https://lastbite.example/sv/unsub?t=f08c11>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-LB-Template: pickup_ready_sv
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="lb-b7c1e2"

--lb-b7c1e2
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hej Johanna!

Din =C3=B6verraskningsp=C3=A5se =C3=A4r redo att h=C3=A4mtas.

  Shop Example Schaerbeek =E2=80=93 Bageriet
  Chauss=C3=A9e de Haecht 420, 1030 Schaerbeek
  H=C3=A4mta i dag 19:30=E2=80=9320:00
  Visa koden 8K2P i kassan

Betalt: 4,99 EUR (v=C3=A4rde ca 15 EUR)
Inneh=C3=A5ll: ett urval av dagens br=C3=B6d och bakverk. Kan inneh=C3=A5ll=
a gluten,
n=C3=B6tter, mj=C3=B6lk och =C3=A4gg. Fr=C3=A5ga personalen om du har aller=
gier.

Du har r=C3=A4ddat 31 m=C3=A5ltider fr=C3=A5n att sl=C3=A4ngas. Bra jobbat!

Kan du inte h=C3=A4mta? Avboka senast 18:30 s=C3=A5 f=C3=A5r du pengarna ti=
llbaka:
https://lastbite.example/o/LB-9917-0421

Om dina personuppgifter
Vi delar ditt f=C3=B6rnamn och din h=C3=A4mtkod med butiken s=C3=A5 att de =
kan l=C3=A4mna
ut p=C3=A5sen. L=C3=A4s mer om hur vi behandlar personuppgifter och om dina
r=C3=A4ttigheter enligt GDPR: https://lastbite.example/sv/integritet
Avsluta p=C3=A5minnelser via e-post: https://lastbite.example/sv/unsub?t=3D=
f08c11

LastBite SRL =C2=B7 Avenue Louise 54 =C2=B7 1050 Bruxelles

--lb-b7c1e2
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;background:#fff8ef">
<div style=3D"max-width:520px;margin:auto;padding:20px;background:#ffffff">
<h2 style=3D"color:#0e6b4f">Hej Johanna! Din p=C3=A5se =C3=A4r redo.</h2>
<p><b>Shop Example Schaerbeek =E2=80=93 Bageriet</b><br>H=C3=A4mta i dag 19=
:30=E2=80=9320:00</p>
<p style=3D"font-size:32px;letter-spacing:6px;text-align:center;border:2px =
dashed #0e6b4f;padding:10px">8K2P</p>
<p>Betalt: 4,99 EUR =C2=B7 Du har r=C3=A4ddat 31 m=C3=A5ltider!</p>
<p style=3D"font-size:12px;color:#666">Kan inneh=C3=A5lla gluten, n=C3=B6tt=
er, mj=C3=B6lk och =C3=A4gg.</p>
<p style=3D"font-size:11px;color:#999">Vi delar ditt f=C3=B6rnamn och din h=
=C3=A4mtkod med butiken. <a href=3D"https://lastbite.example/sv/integritet"=
>Integritet och GDPR</a> =C2=B7 <a href=3D"https://lastbite.example/sv/unsu=
b?t=3Df08c11">Avsluta p=C3=A5minnelser</a></p>
</div></body></html>

--lb-b7c1e2--
'''),
    ('sv', 'haccp-fridge-sensor-alarm-deli-counter', 'automated', (),
'''Return-Path: <larm@kylvakt.example>
Received: from gw-uccle-02.kylvakt.example (unknown [192.0.2.77])
	by mx2.shop.example.be (Postfix) with ESMTP id 4RcR0a9Lz4z1Ef;
	Thu, 16 Apr 2026 06:43:15 +0200 (CEST)
From: KylVakt <larm@kylvakt.example>
To: deli.uccle@shop.example.be, kvalitet@shop.example.be, privacy@shop.example.be
Subject: LARM: Kyldisk 3 (Deli) Uccle 9,4 C > 8,0 C
Date: Thu, 16 Apr 2026 06:43:12 +0200
Message-ID: <alarm-T117-20260416064312@kylvakt.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

KylVakt 3.2 - Larmnotifiering

Butik:     Shop Example Uccle (BE-1180-02)
Givare:    T-117  Kyldisk 3 - Deli / chark / färdigmat
Uppmätt:   9,4 °C kl. 06:42 (gräns 8,0 °C, fördröjning 30 min)
Trend:     +2,1 °C senaste timmen
Status:    AKTIVT LARM (nivå 2 av 3)

Åtgärd enligt HACCP-plan:
1. Kontrollera dörrar, nattgardin och avfrostning.
2. Flytta högriskvaror (färdigmat, pålägg, mejeri) till kylrum 1.
3. Kassera varor som har legat över 8 °C i mer än 2 timmar.
4. Notera åtgärden i egenkontrollen.

Kvittera larmet: https://kylvakt.example/a/T117/20260416064312
Nästa eskalering: 07:12 till butikschef (SMS).

--
Detta meddelande skickas automatiskt av KylVakt. Svara inte på det.
Ändra mottagare: Inställningar > Larmmottagare.
'''),
    ('sv', 'person-pastes-weekly-digest-takes-back-consent', 'withdraw_consent', (),
'''Return-Path: <olof.hedlund@outlook.com>
Received: from EUR03-DBA-obe.outbound.protection.outlook.example (mail-dbaeur03olkn2081.outbound.protection.outlook.example [40.92.59.81])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RcE7v5Nx2z9Fg
	for <privacy@shop.example.be>; Mon, 13 Apr 2026 08:14:36 +0200 (CEST)
From: Olof Hedlund <olof.hedlund@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?VB:_Din_vecka_i_k=F6ket:_n=E4ringspo=E4ng_48/100?=
Date: Mon, 13 Apr 2026 06:14:31 +0000
Message-ID: <DB9P189MB1654A8D0C3E2F1B4E7A61D0FB4E22@DB9P189MB1654.EURP189.PROD.OUTLOOK.EXAMPLE>
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej,

jag har aldrig bett om de h=E4r veckobreven, och =E4nnu mindre om att ni =
ska r=E4kna ut en "n=E4ringspo=E4ng" p=E5 mina kvitton. Jag m=E5ste ha kl=
ickat i n=E5gon ruta n=E4r jag installerade appen f=F6r att spara recept.

Jag tar tillbaka det samtycket. Skicka inga fler s=E5na h=E4r mejl.

/Olof Hedlund

________________________________
Fr=E5n: Shop Example Kitchen <kitchen@news.shop.example.be>
Skickat: den 13 april 2026 07:02
Till: olof.hedlund@outlook.com <olof.hedlund@outlook.com>
=C4mne: Din vecka i k=F6ket: n=E4ringspo=E4ng 48/100

Hej Olof,

h=E4r =E4r din vecka i k=F6ket (6-12 april).

N=C4RINGSPO=C4NG: 48/100 (-3 j=E4mf=F6rt med f=F6rra veckan)
  - frukt och gr=F6nt: 2,3 portioner per dag
  - s=F6tsaker och snacks: 14 varor p=E5 kvittona
  - alkohol: 6 varor

Sparade recept: 1 nytt

Varf=F6r ser du detta? Vi ber=E4knar n=E4ringspo=E4ngen utifr=E5n kvittona =
p=E5 ditt Shop Example-kort eftersom du har sl=E5tt p=E5 "Ink=F6psanalys".
Avsluta veckobrevet: https://kitchen.shop.example.be/unsub?u=c51d9e02&l=weekly
'''),
    ('ro', 'gmail-dsn-address-not-found-booking-erasure-reply', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.example (mail-sor-f69.google.example [209.85.220.69])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RbM5r8Kp3z0Gh
	for <privacy@shop.example.be>; Tue, 7 Apr 2026 10:02:58 +0200 (CEST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <prv-2026-0729.r1@privacy-desk.shop.example.be>
In-Reply-To: <prv-2026-0729.r1@privacy-desk.shop.example.be>
X-Failed-Recipients: sorin.munteanu77@gmail.com
Message-ID: <6612b3f1.050a0220.1c3e.8a41.GMR@mx.google.example>
Date: Tue, 07 Apr 2026 01:02:57 -0700 (PDT)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000a1b2c3061535d0e1"; report-type=delivery-status

--000000000000a1b2c3061535d0e1
Content-Type: multipart/related; boundary="000000000000a1b9d2061535d0e7"

--000000000000a1b9d2061535d0e7
Content-Type: multipart/alternative; boundary="000000000000a1b9d9061535d0e8"

--000000000000a1b9d9061535d0e8
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to sorin.munteanu77@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser

--000000000000a1b9d9061535d0e8
Content-Type: text/html; charset="UTF-8"


<html>
<head>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td><table cellpadding="0" cellspacing="0"><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<h1 style="font-size:24px;color:#202124;margin:0 0 16px">Address not found</h1>
<p style="font-size:14px;color:#202124">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>sorin.munteanu77@gmail.com</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p style="font-size:14px;color:#202124"><a href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></p>
</td></tr></tbody></table></td></tr>
<tr><td style="padding:24px 4px 0;font-size:12px;color:#70757a">The response from the remote server was:<br>550 5.1.1 The email account that you tried to reach does not exist.</td></tr>
</tbody></table>
</body>
</html>

--000000000000a1b9d9061535d0e8--
--000000000000a1b9d2061535d0e7--
--000000000000a1b2c3061535d0e1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; privacy-desk.shop.example.be
Arrival-Date: Tue, 07 Apr 2026 01:02:56 -0700 (PDT)
X-Original-Message-ID: <prv-2026-0729.r1@privacy-desk.shop.example.be>

Final-Recipient: rfc822; sorin.munteanu77@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (2a00:1450:400c:c0b::1b, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Tue, 07 Apr 2026 01:02:57 -0700 (PDT)

--000000000000a1b2c3061535d0e1
Content-Type: message/rfc822

From: Shop Example - Protectia datelor <privacy@shop.example.be>
To: Sorin Munteanu <sorin.munteanu77@gmail.com>
Subject: =?utf-8?q?Re=3A_=C8=98tergere_date_rezervare_=5BPRV-2026-0729=5D?=
Date: Tue, 7 Apr 2026 10:02:53 +0200
Message-ID: <prv-2026-0729.r1@privacy-desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

U3RpbWF0ZSBkb21udWxlIE11bnRlYW51LAoKVsSDIGNvbmZpcm3Eg20gY8SDLCBsYSBjZXJlcmVh
IGR1bW5lYXZvYXN0csSDIGRpbiAzMSBtYXJ0aWUsIGFtIMiZdGVycyBkYXRlbGUKZHVtbmVhdm9h
c3RyxIMgZGluIHNpc3RlbXVsIGRlIHJlemVydsSDcmkgYWwgcmVzdGF1cmFudHVsdWkgZGluIG1h
Z2F6aW51bApBbmRlcmxlY2h0OiBudW1lbGUsIG51bcSDcnVsIGRlIHRlbGVmb24gyJlpIG9ic2Vy
dmHIm2lpbGUgcmV6ZXJ2xINyaWkuCgpQYXJ0ZW5lcnVsIG5vc3RydSBUYWJsaWZ5LCBwcmluIGNh
cmUgYSBmb3N0IGbEg2N1dMSDIHJlemVydmFyZWEsIGEgZm9zdAppbmZvcm1hdCDImWkgYSBjb25m
aXJtYXQgyJl0ZXJnZXJlYSBkaW4gcGFydGVhIHNhLgoKQ3Ugc3RpbcSDLApFY2hpcGEgcGVudHJ1
IHByb3RlY8ibaWEgZGF0ZWxvcgpTaG9wIEV4YW1wbGUK

--000000000000a1b2c3061535d0e1--
'''),
    ('ro', 'cafe-pos-e-receipt-coffee-card-stamps', 'automated', (),
'''Return-Path: <receipts@receipts.kassapro.example>
Received: from smtp2.kassapro.example (smtp2.kassapro.example [185.12.64.32])
	by mx2.shop.example.be (Postfix) with ESMTPS id 4RcL2f0Wd7z4Hj
	for <privacy@shop.example.be>; Tue, 14 Apr 2026 08:47:33 +0200 (CEST)
From: Café Example Ixelles <bonuri@receipts.kassapro.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?Qm9udWwgZHVtbmVhdm9hc3RyxIMg4oCTIENhZsOpIEV4YW1wbGUgSXhlbGxlcyA=?=
 =?utf-8?b?4oCTIDE0LjA0LjIwMjYgMDg6NDc=?=
Date: Tue, 14 Apr 2026 08:47:31 +0200
Message-ID: <rcpt.0417-2026-004471.CAFE-IX-2@receipts.kassapro.example>
X-Mailer: KassaPro eReceipt 5.6
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="kp-0417-004471"

--kp-0417-004471
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Café Example – Shop Example Ixelles
Chaussée d'Ixelles 227, 1050 Ixelles
TVA BE 0400.000.001

Bon nr. 0417-2026-004471         14.04.2026 08:47
Casier: 03 / Casa: CAFE-IX-2

2 x Cappuccino mare          à 3,90      7,80
1 x Croissant cu unt         à 1,60      1,60
1 x Apă plată 0,5 l          à 1,80      1,80
------------------------------------------------
TOTAL                                  11,20 EUR
  din care TVA 6%                        0,58
  din care TVA 21%                       0,31
Plătit: Bancontact ****4471             11,20

Card cafea: 9/10 ștampile – următoarea cafea este din partea casei!

Vă mulțumim și o zi frumoasă!

------------------------------------------------
Ați primit acest bon electronic deoarece ați ales „Bon pe e-mail”
la casă. Folosim adresa de e-mail doar pentru trimiterea bonurilor
și a cardului de cafea. Nu mai doriți bonuri pe e-mail sau doriți
ștergerea adresei? https://receipts.kassapro.example/ro/optout/9f2a
Protecția datelor: https://www.shop.example.be/ro/confidentialitate

--kp-0417-004471
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OidDb3VyaWVyIE5ldycsbW9ub3NwYWNlO2Zv
bnQtc2l6ZToxM3B4Ij4KPHByZT5DYWbDqSBFeGFtcGxlIOKAkyBTaG9wIEV4YW1wbGUgSXhlbGxl
cwpDaGF1c3PDqWUgZCdJeGVsbGVzIDIyNywgMTA1MCBJeGVsbGVzClRWQSBCRSAwNDAwLjAwMC4w
MDEKCkJvbiBuci4gMDQxNy0yMDI2LTAwNDQ3MSAgICAgICAgIDE0LjA0LjIwMjYgMDg6NDcKQ2Fz
aWVyOiAwMyAvIENhc2E6IENBRkUtSVgtMgoKMiB4IENhcHB1Y2Npbm8gbWFyZSAgICAgICAgICDD
oCAzLDkwICAgICAgNyw4MAoxIHggQ3JvaXNzYW50IGN1IHVudCAgICAgICAgIMOgIDEsNjAgICAg
ICAxLDYwCjEgeCBBcMSDIHBsYXTEgyAwLDUgbCAgICAgICAgICDDoCAxLDgwICAgICAgMSw4MAot
LS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0KVE9UQUwgICAg
ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgMTEsMjAgRVVSCiAgZGluIGNhcmUgVFZBIDYl
ICAgICAgICAgICAgICAgICAgICAgICAgMCw1OAogIGRpbiBjYXJlIFRWQSAyMSUgICAgICAgICAg
ICAgICAgICAgICAgIDAsMzEKUGzEg3RpdDogQmFuY29udGFjdCAqKioqNDQ3MSAgICAgICAgICAg
ICAxMSwyMAoKQ2FyZCBjYWZlYTogOS8xMCDImXRhbXBpbGUg4oCTIHVybcSDdG9hcmVhIGNhZmVh
IGVzdGUgZGluIHBhcnRlYSBjYXNlaSEKClbEgyBtdWzIm3VtaW0gyJlpIG8gemkgZnJ1bW9hc8SD
IQoKLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tCkHIm2kg
cHJpbWl0IGFjZXN0IGJvbiBlbGVjdHJvbmljIGRlb2FyZWNlIGHIm2kgYWxlcyDigJ5Cb24gcGUg
ZS1tYWls4oCdCmxhIGNhc8SDLiBGb2xvc2ltIGFkcmVzYSBkZSBlLW1haWwgZG9hciBwZW50cnUg
dHJpbWl0ZXJlYSBib251cmlsb3IKyJlpIGEgY2FyZHVsdWkgZGUgY2FmZWEuIE51IG1haSBkb3Jp
yJtpIGJvbnVyaSBwZSBlLW1haWwgc2F1IGRvcmnIm2kKyJl0ZXJnZXJlYSBhZHJlc2VpPyBodHRw
czovL3JlY2VpcHRzLmthc3NhcHJvLmV4YW1wbGUvcm8vb3B0b3V0LzlmMmEKUHJvdGVjyJtpYSBk
YXRlbG9yOiBodHRwczovL3d3dy5zaG9wLmV4YW1wbGUuYmUvcm8vY29uZmlkZW50aWFsaXRhdGUK
PC9wcmU+CjwvYm9keT48L2h0bWw+Cg==

--kp-0417-004471--
'''),
    ('ro', 'wine-club-age-verification-approved-id-retention', 'automated', (),
'''Return-Path: <bounce+vnx-0193317@verify.verinox.example>
Received: from out-eu2.verify.verinox.example (out-eu2.verify.verinox.example [198.51.100.150])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RcS4d3Yp8z6Jk
	for <privacy@shop.example.be>; Wed, 15 Apr 2026 20:14:40 +0200 (CEST)
From: VeriNox Age Check <no-reply@verify.verinox.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Verificarea_v=C3=A2rstei_=E2=80=93_rezultat=3A_aprobat_=28Clubul?=
 =?utf-8?q?_de_vinuri_Shop_Example=29?=
Date: Wed, 15 Apr 2026 18:14:39 +0000
Message-ID: <VNX-BE-2026-04-0193317.result@verify.verinox.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Feedback-ID: agecheck-result:verinox:shopexample-be
X-VNX-Merchant: shop-example-wineclub
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="vnx_9a1c7f"

--vnx_9a1c7f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Verificarea v=C3=A2rstei pentru Clubul de vinuri Shop Example a fost finali=
zat=C4=83.

Rezultat: APROBAT (18+)
Referin=C8=9B=C4=83 verificare: VNX-BE-2026-04-0193317
Data: 15.04.2026, 20:14

Ce transmitem c=C4=83tre Shop Example
Doar rezultatul verific=C4=83rii (aprobat / respins), data =C8=99i referin=
=C8=9Ba.
Imaginea documentului de identitate =C8=99i selfie-ul NU sunt transmise
comerciantului.

Ce se =C3=AEnt=C3=A2mpl=C4=83 cu datele dumneavoastr=C4=83 personale
Imaginile documentului =C8=99i selfie-ul sunt =C8=99terse automat =C3=AEn 7=
2 de ore.
P=C4=83str=C4=83m timp de 12 luni doar referin=C8=9Ba =C8=99i rezultatul, c=
a dovad=C4=83 a
verific=C4=83rii, conform obliga=C8=9Biilor legale privind v=C3=A2nzarea de=
 alcool.

Drepturile dumneavoastr=C4=83 conform GDPR
Pute=C8=9Bi solicita accesul la date, rectificarea sau =C8=99tergerea lor la
privacy@verinox.example. Responsabilul cu protec=C8=9Bia datelor (DPO):
dpo@verinox.example.

Acesta este un mesaj automat. V=C4=83 rug=C4=83m s=C4=83 nu r=C4=83spunde=
=C8=9Bi.

VeriNox Identity BV =C2=B7 Herengracht 212 =C2=B7 Amsterdam

--vnx_9a1c7f
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;color:#222">
<p>Bun=C4=83 ziua,</p>
<p>Verificarea v=C3=A2rstei pentru <b>Clubul de vinuri Shop Example</b> a f=
ost finalizat=C4=83.</p>
<p style=3D"font-size:18px;color:#1b7f3b"><b>Rezultat: APROBAT (18+)</b><br=
><span style=3D"font-size:12px;color:#666">Referin=C8=9B=C4=83: VNX-BE-2026=
-04-0193317 =C2=B7 15.04.2026, 20:14</span></p>
<p>Transmitem c=C4=83tre Shop Example doar rezultatul, data =C8=99i referin=
=C8=9Ba. Imaginea documentului =C8=99i selfie-ul nu sunt transmise comercia=
ntului =C8=99i sunt =C8=99terse automat =C3=AEn 72 de ore.</p>
<p style=3D"font-size:12px;color:#666">Drepturile dumneavoastr=C4=83 confor=
m GDPR: acces, rectificare, =C8=99tergere =E2=80=93 privacy@verinox.example=
 =C2=B7 DPO: dpo@verinox.example</p>
<p style=3D"font-size:11px;color:#999">Acesta este un mesaj automat. VeriNo=
x Identity BV =C2=B7 Herengracht 212 =C2=B7 Amsterdam</p>
</body></html>

--vnx_9a1c7f--
'''),
    ('ro', 'person-events-firm-web-form-asks-catering-quote-date', 'other', (),
'''Return-Path: <comenzi@evenimente-aurora.example>
Received: from web01.gazduire-ro.example (web01.gazduire-ro.example [192.0.2.240])
	by mx2.shop.example.be (Postfix) with ESMTP id 4RcQ9x1Vf5z2Km
	for <privacy@shop.example.be>; Wed, 15 Apr 2026 16:22:09 +0200 (CEST)
From: Evenimente Aurora - Comenzi <comenzi@evenimente-aurora.example>
Reply-To: Laura Enache <laura.enache@evenimente-aurora.example>
To: privacy@shop.example.be
Subject: [Formular comanda #2026-0415-07] Solicitare oferta catering
Date: Wed, 15 Apr 2026 16:22:07 +0300
Message-ID: <form.2026-0415-07.1776259327@evenimente-aurora.example>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

=== Formular comanda (generat automat) ===
Client:              Evenimente Aurora SRL
Persoana de contact: Laura Enache
Telefon:             +40 744 318 205
Tip eveniment:       Botez
Data eveniment:      23.05.2026
Locatie:             Salle Les Tilleuls, Rue des Tilleuls 8, 1410 Waterloo
Nr. persoane:        80

Mesaj:
Bună ziua, revin cu privire la oferta de catering pe care am cerut-o
acum două săptămâni prin formularul de pe site-ul dumneavoastră pentru
botezul din 23 mai (80 de persoane). Nu am primit încă nimic. Ne puteți
spune până când o primim? Avem nevoie și de 10 meniuri de post și 3 fără
gluten, plus tort cu numele copilului. Clientul nostru trebuie să
confirme sala până vineri.

Mulțumesc, Laura
=== Sfarsit formular ===

Acest mesaj a fost trimis automat de pe www.evenimente-aurora.example.
Nu răspundeți la această adresă; folosiți adresa din câmpul Reply-To.
'''),
    ('el', 'o365-ndr-mailbox-full-greek-access-copy', 'automated', (),
'''Return-Path: <>
Received: from EUR02-VI1-obe.outbound.protection.outlook.example (mail-vi1eur02on2071.outbound.protection.outlook.example [40.107.241.71])
	by mx2.shop.example.be (Postfix) with ESMTPS id 4RbQ7g2Ct0z8Ln
	for <privacy@shop.example.be>; Thu, 9 Apr 2026 15:31:22 +0200 (CEST)
From: Microsoft Outlook <postmaster@ktimatiki-sa.example>
To: <privacy@shop.example.be>
Date: Thu, 9 Apr 2026 13:31:20 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2e0c1f4b-7a4d-4d51-b0c3-91f2e6a8d7c5"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: el-GR
Message-ID: <0c3d1e2f-aa41-4b7e-9c0d-6e5f4a3b2c1d@VI1PR09MB6222.eurprd09.prod.outlook.example>
In-Reply-To: <prv-2026-0755.r1@privacy-desk.shop.example.be>
References: <prv-2026-0755.r1@privacy-desk.shop.example.be>
Subject: =?utf-8?b?zpTOtc69IM61zq/Ovc6xzrkgzrTPhc69zrHPhM6uIM63IM+AzrHPgc6szrTOv8+D?=
 =?utf-8?b?zrc6IM6Rzr3PhM6vzrPPgc6xz4bOvyDPhM+Jzr0gzrTOtc60zr/OvM6tzr0=?=
 =?utf-8?b?z4nOvSDPg86xz4Ig4oCTIENsaWNrICYgQ29sbGVjdCBbUFJWLTIwMjYtMDc1?=
 =?utf-8?b?NV0=?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--2e0c1f4b-7a4d-4d51-b0c3-91f2e6a8d7c5
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="a7f3d9e1-5c2b-4e8a-b6d0-3f1e9c7a5b20"

--a7f3d9e1-5c2b-4e8a-b6d0-3f1e9c7a5b20
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zpTOtc69IM6uz4TOsc69IM60z4XOvc6xz4TOriDOtyDPgM6xz4HOrM60zr/Pg863IM+Ezr/PhSDO
vM63zr3Pjc68zrHPhM+Mz4Igz4POsc+CIM+Dz4TOv869IM+AzrHPgc6xzrvOrs+Az4TOty4KCs6k
zr8gzrPPgc6xzrzOvM6xz4TOv866zrnOss+Oz4TOuc6/IM+Ezr/PhSDPgM6xz4HOsc67zq7PgM+E
zrcgzrXOr869zrHOuSDPgM67zq7Pgc61z4IgzrrOsc65IM60zrXOvSDOvM+Azr/Pgc61zq8gzr3O
sSDOtM61z4fPhM61zq8KzqzOu867zrEgzrzOt869z43OvM6xz4TOsSDOsc+Fz4TOriDPhM63IM+D
z4TOuc6zzrzOri4gzpTOv866zrnOvM6sz4PPhM61IM69zrEgz4PPhM61zq/Ou861z4TOtSDOvs6x
zr3OrCDPhM6/IM68zq7Ovc+FzrzOsQrOsc+BzrPPjM+EzrXPgc6xIM6uIM61z4DOuc66zr/Ouc69
z4nOvc6uz4PPhM61IM6xz4DOtc+FzrjOtc6vzrHPgiDOvM61IM+Ezr/OvSDPgM6xz4HOsc67zq7P
gM+EzrcuCgprLnN0YXZyb3BvdWxvc0BrdGltYXRpa2ktc2EuZXhhbXBsZQpPZmZpY2UgMzY1IC0g
zp8gzrTOuc6xzrrOv868zrnPg8+Ezq7PgiDPhM6/z4Ugz4DOsc+BzrHOu86uz4DPhM63IM6xz4DO
rc+Bz4HOuc+IzrUgz4TOvyDOvM6uzr3Phc68zrEKCs6UzrnOsc6zzr3Pic+Dz4TOuc66zq3PgiDP
gM67zrfPgc6/z4bOv8+Bzq/Otc+CIM6zzrnOsSDOtM65zrHPh861zrnPgc65z4PPhM6tz4I6Cs6T
zrXOvc69zq7OuM63zrrOtSDOsc+Az4wgzrTOuc6xzrrOv868zrnPg8+Ezq46IFZJMVBSMDlNQjYy
MjIuZXVycHJkMDkucHJvZC5vdXRsb29rLmV4YW1wbGUKUmVtb3RlIFNlcnZlciByZXR1cm5lZCAn
NTU0IDUuMi4yIG1haWxib3ggZnVsbDsgU1RPUkVEUlYuRGVsaXZlci5FeGNlcHRpb246UXVvdGFF
eGNlZWRlZEV4Y2VwdGlvbi5NYXBpRXhjZXB0aW9uU2h1dG9mZlF1b3RhRXhjZWVkZWQnCgrOkc+B
z4fOuc66zq3PgiDOus61z4bOsc67zq/OtM61z4IgzrzOt869z43OvM6xz4TOv8+COgoKU3ViamVj
dDogzpHOvc+Ezq/Os8+BzrHPhs6/IM+Ez4nOvSDOtM61zrTOv868zq3Ovc+Jzr0gz4POsc+CIOKA
kyBDbGljayAmIENvbGxlY3QgW1BSVi0yMDI2LTA3NTVdCk1lc3NhZ2UtSUQ6IDxwcnYtMjAyNi0w
NzU1LnIxQHByaXZhY3ktZGVzay5zaG9wLmV4YW1wbGUuYmU+Cg==

--a7f3d9e1-5c2b-4e8a-b6d0-3f1e9c7a5b20
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT4KPGRpdiBzdHlsZT0iZm9udC1mYW1p
bHk6J1NlZ29lIFVJJyxUYWhvbWEsc2Fucy1zZXJpZjtmb250LXNpemU6MTRweDtjb2xvcjojMjEy
MTIxIj4KPHAgc3R5bGU9ImZvbnQtc2l6ZToyMHB4O2NvbG9yOiNjMDAwMDAiPjxiPs6UzrXOvSDO
rs+EzrHOvSDOtM+Fzr3Osc+Ezq4gzrcgz4DOsc+BzqzOtM6/z4POtyDPhM6/z4UgzrzOt869z43O
vM6xz4TPjM+CIM+DzrHPgiDPg8+Ezr/OvSDPgM6xz4HOsc67zq7PgM+EzrcuPC9iPjwvcD4KPHA+
zqTOvyDOs8+BzrHOvM68zrHPhM6/zrrOuc6yz47PhM65zr8gz4TOv8+FIM+AzrHPgc6xzrvOrs+A
z4TOtyDOtc6vzr3Osc65IM+AzrvOrs+BzrXPgiDOus6xzrkgzrTOtc69IM68z4DOv8+BzrXOryDO
vc6xIM60zrXPh8+EzrXOryDOrM67zrvOsSDOvM63zr3Pjc68zrHPhM6xIM6xz4XPhM6uIM+Ezrcg
z4PPhM65zrPOvM6uLiDOlM6/zrrOuc68zqzPg8+EzrUgzr3OsSDPg8+EzrXOr867zrXPhM61IM6+
zrHOvc6sIM+Ezr8gzrzOrs69z4XOvM6xIM6xz4HOs8+Mz4TOtc+BzrEgzq4gzrXPgM65zrrOv865
zr3Pic69zq7Pg8+EzrUgzrHPgM61z4XOuM61zq/Osc+CIM68zrUgz4TOv869IM+AzrHPgc6xzrvO
rs+Az4TOty48L3A+CjxwPjxiPmsuc3RhdnJvcG91bG9zQGt0aW1hdGlraS1zYS5leGFtcGxlPC9i
Pjxicj5PZmZpY2UgMzY1IMK3IM6fIM60zrnOsc66zr/OvM65z4PPhM6uz4Igz4TOv8+FIM+AzrHP
gc6xzrvOrs+Az4TOtyDOsc+Azq3Pgc+BzrnPiM61IM+Ezr8gzrzOrs69z4XOvM6xPC9wPgo8cCBz
dHlsZT0iZm9udC1zaXplOjEycHg7Y29sb3I6IzY2NiI+zpTOuc6xzrPOvc+Jz4PPhM65zrrOrc+C
IM+AzrvOt8+Bzr/Phs6/z4HOr861z4IgzrPOuc6xIM60zrnOsc+HzrXOuc+BzrnPg8+Ezq3Pgjo8
YnI+zpPOtc69zr3Ors64zrfOus61IM6xz4DPjCDOtM65zrHOus6/zrzOuc+Dz4TOrjogVkkxUFIw
OU1CNjIyMi5ldXJwcmQwOS5wcm9kLm91dGxvb2suZXhhbXBsZTxicj5SZW1vdGUgU2VydmVyIHJl
dHVybmVkICc1NTQgNS4yLjIgbWFpbGJveCBmdWxsOyBTVE9SRURSVi5EZWxpdmVyLkV4Y2VwdGlv
bjpRdW90YUV4Y2VlZGVkRXhjZXB0aW9uLk1hcGlFeGNlcHRpb25TaHV0b2ZmUXVvdGFFeGNlZWRl
ZCc8L3A+CjwvZGl2PjwvYm9keT48L2h0bWw+Cg==

--a7f3d9e1-5c2b-4e8a-b6d0-3f1e9c7a5b20--

--2e0c1f4b-7a4d-4d51-b0c3-91f2e6a8d7c5
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR09MB6222.eurprd09.prod.outlook.example
Received-From-MTA: dns;out1.shop.example.be
Arrival-Date: Thu, 9 Apr 2026 13:31:18 +0000

Final-Recipient: rfc822;k.stavropoulos@ktimatiki-sa.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--2e0c1f4b-7a4d-4d51-b0c3-91f2e6a8d7c5
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: Shop Example - Data Protection <privacy@shop.example.be>
To: k.stavropoulos@ktimatiki-sa.example
Subject: =?utf-8?b?zpHOvc+Ezq/Os8+BzrHPhs6/IM+Ez4nOvSDOtM61zrTOv868zq3Ovc+Jzr0gz4M=?=
 =?utf-8?b?zrHPgiDigJMgQ2xpY2sgJiBDb2xsZWN0IFtQUlYtMjAyNi0wNzU1XQ==?=
Date: Thu, 9 Apr 2026 15:31:15 +0200
Message-ID: <prv-2026-0755.r1@privacy-desk.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="prv0755mix"

--2e0c1f4b-7a4d-4d51-b0c3-91f2e6a8d7c5--
'''),
    ('el', 'table-booking-platform-review-request-after-visit', 'automated', (),
'''Return-Path: <bounces+rp-5d0e7b@mail.resaplace.example>
Received: from o21.mail.resaplace.example (o21.mail.resaplace.example [167.89.21.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RcJ1k4Rm6z3Mp
	for <privacy@shop.example.be>; Sat, 11 Apr 2026 11:00:16 +0200 (CEST)
From: ResaPlace <reviews@mail.resaplace.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?zqDPjs+CIM6uz4TOsc69IM+Ezr8gzrPOtc+NzrzOsSDPg86xz4Igz4PPhM6/IFJl?=
 =?utf-8?b?c3RhdXJhbnQgRXhhbXBsZSBFdHRlcmJlZWs7?=
Date: Sat, 11 Apr 2026 09:00:14 +0000
Message-ID: <review.RP-22K91-X7.1775898014@mail.resaplace.example>
List-Unsubscribe: <https://resaplace.example/el/unsub?k=5d0e7b>, <mailto:unsub-5d0e7b@mail.resaplace.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: review_request:resaplace:el
Precedence: bulk
X-SG-EID: 2yH1rD0oLq3cP8aZt5WnVx7KjR4mE6bU
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="rp_5d0e7b_b"

--rp_5d0e7b_b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zpPOtc65zrEgz4POsc+CIM6TzrnPjs+BzrPOvywKCs61zrvPgM6vzrbOv8+FzrzOtSDOvc6xIM6x
z4DOv867zrHPjc+DzrHPhM61IM+Ezr8gzrPOtc+NzrzOsSDPg86xz4Igz4fOuM61z4Igz4PPhM6/
IFJlc3RhdXJhbnQgRXhhbXBsZSDigJMKU2hvcCBFeGFtcGxlIEV0dGVyYmVlayAoNCDOrM+Ezr/O
vM6xLCAxMzowMCkuCgrOoM+Oz4Igzq7PhM6xzr0gzrcgzrXOvM+AzrXOuc+Bzq/OsSDPg86xz4I7
IM6XIM6zzr3Pjs68zrcgz4POsc+CIM6yzr/Ot864zqwgz4TOvyDOtc+Dz4TOuc6xz4TPjM+BzrnO
vyDOus6xzrkgzqzOu867zr/Phc+CCs61z4DOuc+DzrrOrc+Az4TOtc+CLiDOp8+BzrXOuc6szrbO
tc+EzrHOuSDOu865zrPPjM+EzrXPgc6/IM6xz4DPjCDOrc69zrEgzrvOtc+Az4TPjDoKaHR0cHM6
Ly9yZXNhcGxhY2UuZXhhbXBsZS9lbC9yZXZpZXcvUlAtMjJLOTEtWDcKCiAgzqbOsc6zzrfPhM+M
ICAgICAgICDimIXimIXimIXimIXimIUKICDOlc6+z4XPgM63z4HOrc+EzrfPg863ICAg4piF4piF
4piF4piF4piFCiAgzpHPhM68z4zPg8+GzrHOuc+BzrEgICAg4piF4piF4piF4piF4piFCgrOlyDO
us+BzrnPhM65zrrOriDPg86xz4IgzrjOsSDOtM63zrzOv8+DzrnOtc+FzrjOtc6vIM68zrUgz4TO
vyDOvM65zrrPgc+MIM+DzrHPgiDPjM69zr/OvM6xIM66zrHOuSDPhM6/IM6xz4HPh865zrrPjCDP
hM6/z4UKzrXPgM+Jzr3Pjc68zr/PhSDPg86xz4IgKM+ALs+HLiDCq86TzrnPjs+BzrPOv8+CIM6c
LsK7KS4gzqTOvyDOtc+Dz4TOuc6xz4TPjM+BzrnOvyDOvM+Azr/Pgc61zq8gzr3OsSDOsc+AzrHO
vc+Ezq7Pg861zrkKzrTOt868z4zPg865zrEuCgrOoM+Bzr/Pg8+Jz4DOuc66zqwgzrTOtc60zr/O
vM6tzr3OsQrOlyBSZXNhUGxhY2UgzrXPgM61zr7Otc+BzrPOrM62zrXPhM6xzrkgz4TOsSDPg8+E
zr/Ouc+HzrXOr86xIM+EzrfPgiDOus+BzqzPhM63z4POrs+CIM+DzrHPgiAoz4zOvc6/zrzOsSwg
z4TOt867zq3Phs+Jzr3OvywKZW1haWwsIM65z4PPhM6/z4HOuc66z4wgzrrPgc6xz4TOrs+DzrXP
ic69KSDOs865zrEgz4TOt869IM61zrrPhM6tzrvOtc+Dzrcgz4TOt8+CIM+Fz4DOt8+BzrXPg86v
zrHPgiDOus6xzrksIM61z4bPjM+Dzr/OvQrPhM6/IM6tz4fOtc+EzrUgzrXPgM65z4TPgc6tz4jO
tc65LCDOs865zrEgzrXOvs6xz4TOv868zrnOus61z4XOvM6tzr3Otc+CIM+Az4HOv8+EzqzPg861
zrnPgiDOtc+Dz4TOuc6xz4TOv8+Bzq/Pic69LiDOnM+Azr/Pgc61zq/PhM61Cs69zrEgzrHOvc6x
zrrOsc67zq3Pg861z4TOtSDPhM63IM+Dz4XOs866zrHPhM6szrjOtc+Dzq4gz4POsc+CLCDOvc6x
IM62zrfPhM6uz4POtc+EzrUgz4DPgc+Mz4POss6xz4POtyDOriDOtM65zrHOs8+BzrHPhs6uCs+E
z4nOvSDOtM61zrTOv868zq3Ovc+Jzr0gz4POsc+CIM+Dz4TOuc+CIM6hz4XOuM68zq/Pg861zrnP
giDOsc+Azr/Pgc+Bzq7PhM6/z4U6Cmh0dHBzOi8vcmVzYXBsYWNlLmV4YW1wbGUvZWwvYWNjb3Vu
dC9wcml2YWN5CgrOlM61zr0gzrjOrc67zrXPhM61IM6xzrnPhM6uzrzOsc+EzrEgzrHOvs65zr/O
u8+MzrPOt8+DzrfPgjsgzpHPgM61zrPOs8+BzrHPhs6uOgpodHRwczovL3Jlc2FwbGFjZS5leGFt
cGxlL2VsL3Vuc3ViP2s9NWQwZTdiCgpSZXNhUGxhY2UgU0EgwrcgQm91bGV2YXJkIEFuc3BhY2gg
MTEwIMK3IDEwMDAgQnJ1eGVsbGVzCg==

--rp_5d0e7b_b
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5Okdlb3JnaWEsc2VyaWY7YmFja2dyb3VuZDoj
ZjdmM2VlO2NvbG9yOiMzMzMiPgo8ZGl2IHN0eWxlPSJtYXgtd2lkdGg6NTYwcHg7bWFyZ2luOmF1
dG87YmFja2dyb3VuZDojZmZmO3BhZGRpbmc6MjhweCI+CjxwPs6TzrXOuc6xIM+DzrHPgiDOk865
z47Pgc6zzr8sPC9wPgo8cD7Otc67z4DOr862zr/Phc68zrUgzr3OsSDOsc+Azr/Ou86xz43Pg86x
z4TOtSDPhM6/IM6zzrXPjc68zrEgz4POsc+CIM+HzrjOtc+CIM+Dz4TOvyA8Yj5SZXN0YXVyYW50
IEV4YW1wbGUg4oCTIFNob3AgRXhhbXBsZSBFdHRlcmJlZWs8L2I+LjwvcD4KPHAgc3R5bGU9InRl
eHQtYWxpZ246Y2VudGVyIj48YSBocmVmPSJodHRwczovL3Jlc2FwbGFjZS5leGFtcGxlL2VsL3Jl
dmlldy9SUC0yMks5MS1YNyIgc3R5bGU9ImZvbnQtc2l6ZToyOHB4O2NvbG9yOiNlMGExMDA7dGV4
dC1kZWNvcmF0aW9uOm5vbmUiPuKYheKYheKYheKYheKYhTwvYT48YnI+PGEgaHJlZj0iaHR0cHM6
Ly9yZXNhcGxhY2UuZXhhbXBsZS9lbC9yZXZpZXcvUlAtMjJLOTEtWDciPs6Tz4HOrM+Iz4TOtSDO
vM65zrEgzrrPgc65z4TOuc66zq48L2E+PC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29s
b3I6Izk5OSI+zpcgUmVzYVBsYWNlIM61z4DOtc6+zrXPgc6zzqzOts61z4TOsc65IM+EzrEgz4PP
hM6/zrnPh861zq/OsSDPhM63z4IgzrrPgc6sz4TOt8+Dzq7PgiDPg86xz4IgzrPOuc6xIM+EzrfO
vSDOtc66z4TOrc67zrXPg863IM+EzrfPgiDPhc+AzrfPgc61z4POr86xz4IuIDxhIGhyZWY9Imh0
dHBzOi8vcmVzYXBsYWNlLmV4YW1wbGUvZWwvYWNjb3VudC9wcml2YWN5Ij7Ooc+FzrjOvM6vz4PO
tc65z4IgzrHPgM6/z4HPgc6uz4TOv8+FPC9hPiDCtyA8YSBocmVmPSJodHRwczovL3Jlc2FwbGFj
ZS5leGFtcGxlL2VsL3Vuc3ViP2s9NWQwZTdiIj7Okc+AzrXOs86zz4HOsc+Gzq48L2E+PC9wPgo8
L2Rpdj48L2JvZHk+PC9odG1sPgo=

--rp_5d0e7b_b--
'''),
    ('el', 'thunderbird-template-vacation-reply-correction-case', 'automated', (),
'''Return-Path: <g.stathopoulos@yahoo.gr>
Received: from sonic312-21.consmr.mail.ir2.yahoo.example (sonic312-21.consmr.mail.ir2.yahoo.example [77.238.178.92])
	by mx2.shop.example.be (Postfix) with ESMTPS id 4RcU3q7Bs2z5Nq
	for <privacy@shop.example.be>; Thu, 16 Apr 2026 22:05:41 +0200 (CEST)
Message-ID: <5b1e9a42-0d7c-4f38-b2a6-91c0e4d7f3a8@yahoo.gr>
Date: Thu, 16 Apr 2026 23:05:37 +0300
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?UTF-8?B?zpPOuc6szr3Ovc63z4IgzqPPhM6xzrjPjM+Azr/Phc67zr/Pgg==?= <g.stathopoulos@yahoo.gr>
To: privacy@shop.example.be
Subject: =?utf-8?b?UmU6IM6Rzq/PhM63zrzOsSDOtM65z4zPgc64z4nPg863z4Igz4PPhM6/zrnPh861?=
 =?utf-8?b?zq/Pic69IFtQUlYtMjAyNi0xMDIyXQ==?=
In-Reply-To: <prv-2026-1022.ack@privacy-desk.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Καλησπέρα σας,

λείπω σε άδεια έως τις 27 Απριλίου και δεν έχω πρόσβαση στο ηλεκτρονικό
ταχυδρομείο. Θα απαντήσω στο μήνυμά σας μόλις επιστρέψω.

Ευχαριστώ για την κατανόηση,
Γιάννης Σταθόπουλος
'''),
    ('el', 'bakery-order-system-photo-cake-confirmation', 'automated', (),
'''Return-Path: <orders@bakeorder.example>
Received: from vps-3312.bakeorder.example (vps-3312.bakeorder.example [192.0.2.61])
	by mx1.shop.example.be (Postfix) with ESMTP id 4RcW1t5Fq3z7Pr
	for <privacy@shop.example.be>; Fri, 17 Apr 2026 18:26:54 +0200 (CEST)
From: Shop Example Bakery <orders@bakeorder.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpXPgM65zrLOtc6yzrHOr8+Jz4POtyDPgM6xz4HOsc6zzrPOtc67zq/Osc+CIM+E?=
 =?utf-8?b?zr/Pjc+Bz4TOsc+CIEJLLTYxOTU1IOKAkyDPgM6xz4HOsc67zrHOss6uIDI1?=
 =?utf-8?b?LzA0?=
Date: Fri, 17 Apr 2026 18:26:52 +0200
Message-ID: <BK-61955.confirm@bakeorder.example>
X-Mailer: BakeOrder 2.8
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Επιβεβαίωση παραγγελίας BK-61955

Ευχαριστούμε για την παραγγελία σας, κυρία Δημητρίου!

Κατάστημα παραλαβής: Shop Example Ixelles – Αρτοποιείο
Παραλαβή:            Σάββατο 25/04/2026, 10:00–12:00

Τούρτα:              Σοκολάτα – φράουλα, 12 μερίδες
Επιγραφή:            «Χρόνια πολλά Στέλλα! 10»
Φωτογραφία:          IMG_2231.jpg (για εκτύπωση σε βρώσιμο χαρτί)
Σημειώσεις:          χωρίς ξηρούς καρπούς
Τιμή:                42,00 EUR (προκαταβολή 10,00 EUR πληρώθηκε)

Η φωτογραφία που ανεβάσατε χρησιμοποιείται μόνο για την εκτύπωση της
τούρτας σας και διαγράφεται αυτόματα 14 ημέρες μετά την παραλαβή. Δεν
τη χρησιμοποιούμε για διαφήμιση ή στα μέσα κοινωνικής δικτύωσης χωρίς
τη ρητή συγκατάθεσή σας. Για αλλαγές ή διαγραφή της φωτογραφίας νωρίτερα
καλέστε το αρτοποιείο: 02 555 41 27.

Προσοχή: στο αρτοποιείο μας χρησιμοποιούνται ξηροί καρποί. Δεν μπορούμε
να αποκλείσουμε ίχνη.

-- 
BakeOrder - αυτόματο μήνυμα
'''),
    ('el', 'person-forwards-french-substitution-notice-fixes-phone-name', 'correction', (),
'''Return-Path: <p.lambrakis@gmail.com>
Received: from mail-wm1-f41.google.example (mail-wm1-f41.google.example [209.85.128.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RcX6m0Hn9z2Qs
	for <privacy@shop.example.be>; Sat, 18 Apr 2026 09:12:27 +0200 (CEST)
MIME-Version: 1.0
References: <CC-790233.ready.20260417161005@oms.shop.example.be>
In-Reply-To: <CC-790233.ready.20260417161005@oms.shop.example.be>
From: =?utf-8?b?zqDOrc+Ez4HOv8+CIM6bzrHOvM+Az4HOrM66zrfPgg==?= <p.lambrakis@gmail.com>
Date: Sat, 18 Apr 2026 10:12:19 +0300
Message-ID: <CAF3k9pQz1Vw0Y8sT4mB7nR2xE6cL5uH9aJ0dG3fK2iN8oP1@mail.gmail.com>
Subject: Fwd: Votre commande CC-790233 est prête - 1 remplacement
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Καλημέρα,

στο παρακάτω μήνυμα το τηλέφωνό μου εμφανίζεται ως +32 470 11 22 93.
Αυτό είναι το παλιό μου νούμερο, το σωστό είναι +32 470 11 92 23, γι'
αυτό και δεν με βρήκατε όταν με πήρατε για την αντικατάσταση. Επίσης το
επώνυμο γράφεται Lambrakis, όχι Labrakis.

Μπορείτε να τα διορθώσετε στον λογαριασμό μου;

Ευχαριστώ,
Πέτρος Λαμπράκης

---------- Forwarded message ---------
From: Shop Example Click & Collect <collect@orders.shop.example.be>
Date: Fri, 17 Apr 2026 at 17:10
Subject: Votre commande CC-790233 est prête - 1 remplacement
To: <p.lambrakis@gmail.com>


Bonjour Petros Labrakis,

Votre commande CC-790233 est prête.

Retrait : Shop Example Etterbeek, point Click & Collect
Aujourd'hui, 18h00-20h00 - code de retrait : 3907

REMPLACEMENT (1)
- Feta AOP 200 g -> Feta AOP 400 g (prix du 200 g appliqué)

Note du préparateur : « Tentative d'appel au +32 470 11 22 93 pour
valider le remplacement - pas de réponse. »

Vous pouvez refuser un remplacement au moment du retrait.
Vos données personnelles : https://www.shop.example.be/fr/vie-privee
Ce message est envoyé automatiquement, merci de ne pas y répondre.
'''),
    ('bg', 'qmail-failure-notice-over-quota-catering-access-reply', 'automated', (),
'''Return-Path: <>
Received: from mail.hostbg.example (mail.hostbg.example [192.0.2.93])
	by mx2.shop.example.be (Postfix) with SMTP id 4RbT0w6Dr4z1Rt
	for <privacy@shop.example.be>; Fri, 10 Apr 2026 12:40:51 +0200 (CEST)
Received: (qmail 28841 invoked for bounce); 10 Apr 2026 10:40:50 -0000
Date: 10 Apr 2026 10:40:50 -0000
From: MAILER-DAEMON@mail.hostbg.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260410104050.28841.qmail@mail.hostbg.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi. This is the qmail-send program at mail.hostbg.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<d.petrova@rodopi-trade.example>:
user is over quota

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28833 invoked from network); 10 Apr 2026 10:40:49 -0000
Received: from out1.shop.example.be (203.0.113.24)
  by mail.hostbg.example with ESMTPS (TLS_AES_256_GCM_SHA384); 10 Apr 2026 10:40:49 -0000
From: Shop Example - Data Protection <privacy@shop.example.be>
To: d.petrova@rodopi-trade.example
Subject: =?utf-8?b?0J7RgtCz0L7QstC+0YAg0L3QsCDQuNGB0LrQsNC90LXRgtC+INCS0Lgg0LfQsCA=?=
 =?utf-8?b?0LTQvtGB0YLRitC/INC00L4g0LTQsNC90L3QuCBbUFJWLTIwMjYtMDc2OF0=?=
Date: Fri, 10 Apr 2026 12:40:46 +0200
Message-ID: <prv-2026-0768.r1@privacy-desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Уважаема госпожо Петрова,

във връзка с Вашето искане от 2 април Ви изпращаме информация за
данните, които обработваме във връзка с поръчката Ви за кетъринг
CT-2026-0219: име, телефон, имейл, адрес за доставка и бележката за
алергия към ядки, посочена във формуляра.

Бележката за алергията е била видима само за кухнята, изпълнила
поръчката. Данните Ви не са предоставяни на трети лица за маркетингови
цели. Проверяваме как сладкарница „NutFree Bakes“ се е сдобила с
адреса Ви и ще Ви уведомим допълнително.

С уважение,
Екип „Защита на личните данни“
Shop Example
'''),
    ('bg', 'supplier-edi-desadv-dispatch-advice-dairy', 'automated', (),
'''Return-Path: <edi-noreply@edi.rodopskivkus.example>
Received: from as2-gw.edi-bulgaria.example (as2-gw.edi-bulgaria.example [192.0.2.181])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RcZ3n8Js1z0St
	for <privacy@shop.example.be>; Tue, 21 Apr 2026 15:32:58 +0200 (CEST)
From: EDI Gateway Rodopski Vkus <edi-noreply@edi.rodopskivkus.example>
To: edi.inbound@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?b?REVTQURWIERTVjAwMDQ0NzEg4oCTINCY0LfQstC10YHRgtC40LUg0LfQsCDQtdC6?=
 =?utf-8?b?0YHQv9C10LTQuNGG0LjRjyDQutGK0LwgU2hvcCBFeGFtcGxlIERDIFZpbHZv?=
 =?utf-8?b?b3JkZQ==?=
Date: Tue, 21 Apr 2026 16:32:55 +0300
Message-ID: <DSV0004471.20260421163255@edi.rodopskivkus.example>
X-Mailer: EDIbox Notifier 2.3
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="edibox_DSV0004471"

--edibox_DSV0004471
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=D0=90=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE =D0=B8=
=D0=B7=D0=B2=D0=B5=D1=81=D1=82=D0=B8=D0=B5 =D0=BE=D1=82 EDI =D1=81=D0=B8=D1=
=81=D1=82=D0=B5=D0=BC=D0=B0=D1=82=D0=B0

=D0=98=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE =D0=B5 =D1=81=D1=8A=
=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5 DESADV (=D0=B8=D0=B7=D0=B2=D0=B5=
=D1=81=D1=82=D0=B8=D0=B5 =D0=B7=D0=B0 =D0=B5=D0=BA=D1=81=D0=BF=D0=B5=D0=B4=
=D0=B8=D1=86=D0=B8=D1=8F).

=D0=9D=D0=BE=D0=BC=D0=B5=D1=80:               DSV0004471
=D0=9F=D0=BE=D1=80=D1=8A=D1=87=D0=BA=D0=B0 =D0=BD=D0=B0 =D0=BA=D1=83=D0=BF=
=D1=83=D0=B2=D0=B0=D1=87=D0=B0: PO-BE-2026-118834
=D0=94=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D1=87=D0=B8=D0=BA (GLN):     380000123=
4509 =E2=80=93 =E2=80=9E=D0=A0=D0=BE=D0=B4=D0=BE=D0=BF=D1=81=D0=BA=D0=B8 =
=D0=B2=D0=BA=D1=83=D1=81=E2=80=9C =D0=9E=D0=9E=D0=94, =D0=A1=D0=BC=D0=BE=D0=
=BB=D1=8F=D0=BD
=D0=9A=D1=83=D0=BF=D1=83=D0=B2=D0=B0=D1=87 (GLN):       5400000000017 =E2=
=80=93 Shop Example NV
=D0=9C=D1=8F=D1=81=D1=82=D0=BE =D0=BD=D0=B0 =D0=B4=D0=BE=D1=81=D1=82=D0=B0=
=D0=B2=D0=BA=D0=B0:   5400000000024 =E2=80=93 DC Vilvoorde, =D1=80=D0=B0=D0=
=BC=D0=BF=D0=B0 7
=D0=9E=D1=87=D0=B0=D0=BA=D0=B2=D0=B0=D0=BD=D0=B0 =D0=B4=D0=BE=D1=81=D1=82=
=D0=B0=D0=B2=D0=BA=D0=B0:   22.04.2026, 06:00=E2=80=9308:00

=D0=9F=D0=B0=D0=BB=D0=B5=D1=82=D0=B8: 2 (SSCC 338000012300004471, 338000012=
300004472)
  1. =D0=9A=D0=B8=D1=81=D0=B5=D0=BB=D0=BE =D0=BC=D0=BB=D1=8F=D0=BA=D0=BE 3,=
6% 400 =D0=B3    EAN 3800001234516   480 =D0=B1=D1=80.
  2. =D0=9B=D1=8E=D1=82=D0=B5=D0=BD=D0=B8=D1=86=D0=B0 =D0=B4=D0=BE=D0=BC=D0=
=B0=D1=88=D0=BD=D0=B0 260 =D0=B3     EAN 3800001234523   360 =D0=B1=D1=80.

=D0=A2=D0=B5=D0=BC=D0=BF=D0=B5=D1=80=D0=B0=D1=82=D1=83=D1=80=D0=B0 =D0=BF=
=D1=80=D0=B8 =D1=82=D0=BE=D0=B2=D0=B0=D1=80=D0=B5=D0=BD=D0=B5: 3,8 =C2=B0C =
(=D1=85=D0=BB=D0=B0=D0=B4=D0=B8=D0=BB=D0=B5=D0=BD =D1=82=D1=80=D0=B0=D0=BD=
=D1=81=D0=BF=D0=BE=D1=80=D1=82, 2=E2=80=936 =C2=B0C)
=D0=9F=D0=B0=D1=80=D1=82=D0=B8=D0=B4=D0=B0: L2604-17 / =D0=B3=D0=BE=D0=B4=
=D0=BD=D0=BE =D0=B4=D0=BE 12.05.2026

=D0=A1=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5=D1=82=D0=BE EDIFACT =
=D0=B5 =D0=BF=D1=80=D0=B8=D0=BB=D0=BE=D0=B6=D0=B5=D0=BD=D0=BE. =D0=A2=D0=BE=
=D0=B2=D0=B0 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5 =D0=B5 =
=D0=B3=D0=B5=D0=BD=D0=B5=D1=80=D0=B8=D1=80=D0=B0=D0=BD=D0=BE
=D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE =E2=80=
=93 =D0=BC=D0=BE=D0=BB=D1=8F, =D0=BD=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=
=D0=B0=D1=80=D1=8F=D0=B9=D1=82=D0=B5. =D0=9F=D1=80=D0=B8 =D0=B2=D1=8A=D0=BF=
=D1=80=D0=BE=D1=81=D0=B8: edi@rodopskivkus.example

--edibox_DSV0004471
Content-Type: application/edifact; name="DESADV_DSV0004471.edi"
Content-Disposition: attachment; filename="DESADV_DSV0004471.edi"
Content-Transfer-Encoding: base64

VU5BOisuPyAnClVOQitVTk9DOjMrMzgwMDAwMTIzNDUwOToxNCs1NDAwMDAwMDAwMDE3OjE0KzI2
MDQyMToxNTMyK0RTVjAwMDQ0NzEnClVOSCsxK0RFU0FEVjpEOjk2QTpVTjpFQU4wMDUnCkJHTSsz
NTErRFNWMDAwNDQ3MSs5JwpEVE0rMTM3OjIwMjYwNDIxMTUzMjoyMDMnCkRUTSsyOjIwMjYwNDIy
MDYwMDoyMDMnClJGRitPTjpQTy1CRS0yMDI2LTExODgzNCcKTkFEK1NVKzM4MDAwMDEyMzQ1MDk6
OjknCk5BRCtCWSs1NDAwMDAwMDAwMDE3Ojo5JwpOQUQrRFArNTQwMDAwMDAwMDAyNDo6OScKQ1BT
KzEnClBBQysyKysyMDEnCkNQUysyKzEnClBBQysxKysyMDEnCkdJTitCSiszMzgwMDAwMTIzMDAw
MDQ0NzEnCkxJTisxKyszODAwMDAxMjM0NTE2OkVOJwpRVFkrMTI6NDgwJwpDUFMrMysxJwpQQUMr
MSsrMjAxJwpHSU4rQkorMzM4MDAwMDEyMzAwMDA0NDcyJwpMSU4rMisrMzgwMDAwMTIzNDUyMzpF
TicKUVRZKzEyOjM2MCcKQ05UKzI6MicKVU5UKzI0KzEnClVOWisxK0RTVjAwMDQ0NzEnCg==

--edibox_DSV0004471--
'''),
    ('bg', 'gmail-vacation-responder-erasure-case', 'automated', (),
'''Return-Path: <teodora.vasileva@gmail.com>
Received: from mail-ej1-f54.google.example (mail-ej1-f54.google.example [209.85.218.54])
	by mx2.shop.example.be (Postfix) with ESMTPS id 4RcY8p2Kt6z4Uv
	for <privacy@shop.example.be>; Mon, 20 Apr 2026 10:18:09 +0200 (CEST)
MIME-Version: 1.0
From: =?UTF-8?B?0KLQtdC+0LTQvtGA0LAg0JLQsNGB0LjQu9C10LLQsA==?= <teodora.vasileva@gmail.com>
Date: Mon, 20 Apr 2026 01:18:04 -0700
Message-ID: <CAJ2mX0vqB3nW8yT1eL6kR4dF9sP7uH0cZ5aG2iM3oN7jQ4@mail.gmail.com>
In-Reply-To: <prv-2026-1107.ack@privacy-desk.shop.example.be>
References: <prv-2026-1107.ack@privacy-desk.shop.example.be>
Subject: =?utf-8?b?0JIg0L7RgtC/0YPRgdC6INC00L4gMyDQvNCw0Lk=?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000007f3c2a0615e1b4d9"

--0000000000007f3c2a0615e1b4d9
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0LIg0L7RgtC/0YPRgdC6INGB0YrQvCDQtNC+IDMg0LzQsNC5
INC4INC/0YDQvtCy0LXRgNGP0LLQsNC8INC/0L7RidCw0YLQsCDRgdC4INGA0Y/QtNC60L4uINCp
0LUg0JLQuCDQvtGC0LPQvtCy0L7RgNGPCtCy0LXQtNC90LDQs9CwINGJ0L7QvCDRgdC1INCy0YrR
gNC90LAuCgrQn9C+0LfQtNGA0LDQstC4LArQotC10L7QtNC+0YDQsCDQktCw0YHQuNC70LXQstCw
Cg==

--0000000000007f3c2a0615e1b4d9
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

PGRpdiBkaXI9Imx0ciI+0JfQtNGA0LDQstC10LnRgtC1LDxicj48YnI+0LIg0L7RgtC/0YPRgdC6
INGB0YrQvCDQtNC+IDMg0LzQsNC5INC4INC/0YDQvtCy0LXRgNGP0LLQsNC8INC/0L7RidCw0YLQ
sCDRgdC4INGA0Y/QtNC60L4uINCp0LUg0JLQuCDQvtGC0LPQvtCy0L7RgNGPINCy0LXQtNC90LDQ
s9CwINGJ0L7QvCDRgdC1INCy0YrRgNC90LAuPGJyPjxicj7Qn9C+0LfQtNGA0LDQstC4LDxicj7Q
otC10L7QtNC+0YDQsCDQktCw0YHQuNC70LXQstCwPC9kaXY+Cg==

--0000000000007f3c2a0615e1b4d9--
'''),
    ('bg', 'person-forwards-expired-export-link-wants-file-again', 'portability', (),
'''Return-Path: <b.enchev@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.80])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4RcZ9q4Lw2z6Wx
	for <privacy@shop.example.be>; Tue, 21 Apr 2026 19:40:33 +0200 (CEST)
Date: Tue, 21 Apr 2026 20:40:28 +0300 (EEST)
From: =?UTF-8?B?0JHQvtGA0LjRgdC70LDQsiDQldC90YfQtdCy?= <b.enchev@abv.bg>
To: privacy@shop.example.be
Message-ID: <1402937518.88214.1776793228931@nm81.abv.bg>
Subject: =?UTF-8?Q?Fwd:_Your_data_export_is_ready?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: AbvMail 3.0

Здравейте,

линкът по-долу вече не работи, излиза „Link expired“. Бях в болница и
не успях да сваля файла в рамките на 7-те дни.

Моля, изпратете ми отново файла с рецептите, менютата и историята на
теглото ми. Трябва ми, за да ги прехвърля в приложението, което ми
препоръча диетоложката.

Благодаря,
Борислав Енчев
0476 52 18 03


-------- Оригинално писмо --------
От: Shop Example Kitchen <privacy-noreply@kitchen.shop.example.be>
Относно: Your data export is ready
До: b.enchev@abv.bg
Изпратено на: 08.04.2026 11:02

Hello,

Following your request of 7 April 2026, we have prepared an export of
your personal data from Shop Example Kitchen (Article 20 GDPR).

The ZIP archive contains your profile, saved recipes (JSON), meal plans,
shopping lists, weight log and weekly nutrition scores (CSV).

Download (link valid for 7 days, until 15 April 2026 23:59):
https://kitchen.shop.example.be/export/dl/0b9e4d21-c7a3-4f10-8e55-3a6d1f2c9b70

If you did not request this export, contact privacy@shop.example.be.

This message was generated automatically. Please do not reply.
'''),
]

"""Seventy-first set: robot mail of the ticket, travel and insurance partners' systems (tour operators' booking engines and booking confirmations with passport fields, airline schedule changes and check-in reminders, ticketing platforms' name transfers and event cancellations, car and van rental desks' deposit releases and damage reports, insurers' policy documents and claim-portal status notices, partner newsletters, bounces and auto-replies of their mails incl. wp.pl, onet.pl, seznam.cz, t-com.hr, yahoo.ro, otenet.gr, mail.bg), plus people whose mail looks automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'exim-bounce-wp-pl-reply-passport-copy-erased', 'automated', (),
'''Return-Path: <>
Received: from relay2.shop.example.be ([192.0.2.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ht7Rm2QxLz4w9Kd
        for <privacy@shop.example.be>; Wed, 03 Jun 2026 15:41:07 +0200 (CEST)
Received: from mailnull by relay2.shop.example.be with local (Exim 4.97.1)
	id 1wFp3K-0002Lq-8T
	for privacy@shop.example.be;
	Wed, 03 Jun 2026 15:41:06 +0200
X-Failed-Recipients: k.wisniewska82@wp.pl
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay2.shop.example.be>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1780494066-eximdsn-846930886
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wFp3K-0002Lq-8T@relay2.shop.example.be>
Date: Wed, 03 Jun 2026 15:41:06 +0200

--1780494066-eximdsn-846930886
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  k.wisniewska82@wp.pl
    host mx.wp.pl [193.17.41.99]
    SMTP error from remote mail server after RCPT TO:<k.wisniewska82@wp.pl>:
    550 5.1.1 <k.wisniewska82@wp.pl>: Adresat nie istnieje / User unknown

--1780494066-eximdsn-846930886
Content-type: message/delivery-status

Reporting-MTA: dns; relay2.shop.example.be

Action: failed
Final-Recipient: rfc822;k.wisniewska82@wp.pl
Status: 5.1.1
Remote-MTA: dns; mx.wp.pl
Diagnostic-Code: smtp; 550 5.1.1 <k.wisniewska82@wp.pl>: Adresat nie istnieje / User unknown

--1780494066-eximdsn-846930886
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be ([192.0.2.41])
	by relay2.shop.example.be with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <privacy@shop.example.be>)
	id 1wFp3J-0002Lm-6Q
	for k.wisniewska82@wp.pl;
	Wed, 03 Jun 2026 15:41:05 +0200
Date: Wed, 03 Jun 2026 15:41:03 +0200
From: Shop Example - Zespol ds. ochrony danych <privacy@shop.example.be>
To: Katarzyna Wisniewska <k.wisniewska82@wp.pl>
Subject: Re: Dane paszportowe - rezerwacja SH/2026/0412/7781
Message-ID: <pt-20260603-0047219@helpdesk.shop.example.be>
In-Reply-To: <1a2b7c44-90de-4f31-b2aa-77c0e1d93f15@wp.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Szanowna Pani,

dziękujemy za wiadomość z 28 maja dotyczącą rezerwacji wycieczki do
Dubrownika (nr SH/2026/0412/7781), dokonanej w naszym sklepie przy
Rue Neuve w Brukseli.

Zgodnie z Pani prośbą usunęliśmy skan paszportu, który nasz pracownik
zapisał przy rezerwacji w naszym systemie kasowym. Numer paszportu,
datę ważności i obywatelstwo przekazaliśmy wyłącznie organizatorowi
wycieczki, firmie Słoneczny Horyzont sp. z o.o., która jest
administratorem tych danych w zakresie realizacji imprezy. W sprawie
danych przechowywanych przez organizatora prosimy o kontakt z jego
inspektorem ochrony danych: iod@sloneczny-horyzont.example.

U nas pozostają jedynie dane potrzebne do rozliczenia sprzedaży
(imię i nazwisko, numer rezerwacji, kwota i data płatności), które
musimy przechowywać zgodnie z belgijskimi przepisami księgowymi.

Z poważaniem

Anouk Verstraete
Zespół ds. ochrony danych - Shop Example SA/NV

--1780494066-eximdsn-846930886--
'''),
    ('pl', 'tour-operator-booking-confirmation-agent-copy-passport-missing', 'automated', (),
'''Return-Path: <rezerwacje@sloneczny-horyzont.example>
Received: from smtp2.sloneczny-horyzont.example (smtp2.sloneczny-horyzont.example [203.0.113.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Gm1Tb5NwPz4w3Hc
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 10:14:51 +0200 (CEST)
From: =?utf-8?q?S=C5=82oneczny_Horyzont_-_Rezerwacje?= <rezerwacje@sloneczny-horyzont.example>
To: Shop Example Bruksela <privacy@shop.example.be>
Subject: =?utf-8?q?Potwierdzenie_rezerwacji_SH/2026/0413/7802_-_Chorwacja=2C_Dubrowni?=
 =?utf-8?q?k?=
Date: Mon, 13 Apr 2026 10:14:49 +0200
Message-ID: <20260413081449.7802.rez@sloneczny-horyzont.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_7802_1183404.1776068089"

------=_Part_7802_1183404.1776068089
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

POTWIERDZENIE REZERWACJI

Numer rezerwacji: SH/2026/0413/7802
Status: POTWIERDZONA
Agent: Shop Example - Bruksela, Rue Neuve (kod agenta BE-0311)

Impreza: Dubrownik i okolice - Hotel Lapad Bay 4*, HB
Termin: 18.07.2026 - 25.07.2026 (7 nocy)
Wylot:   Bruksela-Charleroi (CRL) 18.07.2026 06:40 -> Dubrownik (DBV) 09:05
Powrót:  Dubrownik (DBV) 25.07.2026 11:25 -> Bruksela-Charleroi (CRL) 13:55

Uczestnicy:
1. Tomasz Zieliński, ur. 02.11.1979
   paszport: EK••••••12, ważny do: 09/2031, obywatelstwo: PL
2. Marta Zielińska, ur. 14.03.1982
   paszport: BRAK DANYCH
3. Zofia Zielińska, ur. 21.05.2015
   paszport / dowód osobisty: BRAK DANYCH

UWAGA: dane dokumentu podróży (seria i numer, data ważności,
obywatelstwo) wszystkich uczestników należy uzupełnić najpóźniej
14 dni przed wylotem, tj. do 04.07.2026. Bez tych danych przewoźnik
nie przyjmie pasażera do odprawy (dane API). Dane można uzupełnić
w Strefie Klienta lub u agenta.

Płatności:
Zaliczka 30%       1 044,00 EUR   zapłacono 13.04.2026
Dopłata            2 436,00 EUR   termin: 17.06.2026
Razem              3 480,00 EUR

Ubezpieczenie: KL + NNW + bagaż - Wisła Assistance S.A.,
polisa nr WA-TR-2026-558120 (w cenie imprezy)

Szczegóły oferty, warunki uczestnictwa i formularz informacyjny
znajdują się w Strefie Klienta: https://klient.sloneczny-horyzont.example

--
Informacja o przetwarzaniu danych osobowych
Administratorem danych osobowych uczestników jest Słoneczny Horyzont
sp. z o.o., ul. Grzybowska 12, 00-131 Warszawa. Dane przetwarzamy
w celu zawarcia i wykonania umowy o udział w imprezie turystycznej
(art. 6 ust. 1 lit. b RODO) oraz wypełnienia obowiązków prawnych
(art. 6 ust. 1 lit. c RODO). Dane paszportowe przekazujemy
przewoźnikowi lotniczemu i hotelowi, a dane do ubezpieczenia -
ubezpieczycielowi. Przysługuje Pani/Panu prawo dostępu do danych,
ich sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia
danych, sprzeciwu oraz prawo wniesienia skargi do Prezesa UODO.
Kontakt z Inspektorem Ochrony Danych: iod@sloneczny-horyzont.example.

Kopia tej wiadomości została wysłana do agenta, u którego dokonano
rezerwacji.

------=_Part_7802_1183404.1776068089
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px">
<h2>Potwierdzenie rezerwacji SH/2026/0413/7802</h2>
<p><b>Status:</b> POTWIERDZONA<br><b>Agent:</b> Shop Example - Bruksela, Ru=
e Neuve (BE-0311)</p>
<p><b>Impreza:</b> Dubrownik i okolice - Hotel Lapad Bay 4*, HB<br><b>Termi=
n:</b> 18.07.2026 - 25.07.2026</p>
<table border=3D"1" cellpadding=3D"4"><tr><th>Uczestnik</th><th>Data ur.</t=
h><th>Paszport</th></tr>
<tr><td>Tomasz Zieli=C5=84ski</td><td>02.11.1979</td><td>EK=E2=80=A2=E2=80=
=A2=E2=80=A2=E2=80=A2=E2=80=A2=E2=80=A212 (09/2031)</td></tr>
<tr><td>Marta Zieli=C5=84ska</td><td>14.03.1982</td><td style=3D"color:#c00=
">BRAK DANYCH</td></tr>
<tr><td>Zofia Zieli=C5=84ska</td><td>21.05.2015</td><td style=3D"color:#c00=
">BRAK DANYCH</td></tr></table>
<p style=3D"color:#c00"><b>Uwaga:</b> dane dokumentu podr=C3=B3=C5=BCy nale=
=C5=BCy uzupe=C5=82ni=C4=87 do 04.07.2026.</p>
<p>Razem: 3 480,00 EUR (zaliczka 1 044,00 EUR zap=C5=82acona, dop=C5=82ata =
2 436,00 EUR do 17.06.2026)</p>
<p style=3D"font-size:11px;color:#666">Administratorem danych osobowych ucz=
estnik=C3=B3w jest S=C5=82oneczny Horyzont sp. z o.o. Przys=C5=82uguje Pani=
/Panu prawo dost=C4=99pu do danych, ich sprostowania, usuni=C4=99cia, ogran=
iczenia przetwarzania, przenoszenia danych, sprzeciwu oraz prawo wniesienia=
 skargi do Prezesa UODO. IOD: iod@sloneczny-horyzont.example</p>
</body></html>

------=_Part_7802_1183404.1776068089--
'''),
    ('pl', 'onet-pl-autoresponder-travel-policy-copy', 'automated', (),
'''Return-Path: <jan.kowalczyk77@onet.pl>
Received: from smtpo97.poczta.onet.pl (smtpo97.poczta.onet.pl [213.180.149.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hb6Lq1ZtWz4w7Nm
        for <privacy@shop.example.be>; Fri, 07 Aug 2026 09:22:40 +0200 (CEST)
Received: from pmq2v.m5r2.onet (pmq2v.m5r2.onet [10.174.32.68])
	by smtp.poczta.onet.pl (Onet) with ESMTP id 4Hb6Lq0gh1z1xqQ
	for <privacy@shop.example.be>; Fri,  7 Aug 2026 09:22:39 +0200 (CEST)
From: Jan Kowalczyk <jan.kowalczyk77@onet.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Autoodpowied=C5=BA=3A_Re=3A_Ubezpieczenie_podr=C3=B3=C5=BCne_-_kop?=
 =?utf-8?q?ia_polisy_WA-TR-2026-603117?=
Date: Fri, 07 Aug 2026 09:22:39 +0200
Message-ID: <autoreply.3f1c9a20e4b8@poczta.onet.pl>
In-Reply-To: <pt-20260807-0061042@helpdesk.shop.example.be>
References: <pt-20260807-0061042@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
X-Mailer: Poczta Onet
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: quoted-printable

Dzie=F1 dobry,

dzi=EAkuj=EA za wiadomo=B6=E6. Do 24 sierpnia 2026 r. przebywam za granic=
=B1
i mam ograniczony dost=EAp do poczty. Odpowiem po powrocie.

W pilnych sprawach dotycz=B1cych szkody z polisy podr=F3=BFnej prosz=EA
dzwoni=E6 bezpo=B6rednio na infolini=EA ubezpieczyciela: +48 22 555 19 19.

Pozdrawiam
Jan Kowalczyk

--
Ta wiadomo=B6=E6 zosta=B3a wygenerowana automatycznie.
'''),
    ('pl', 'insurer-claim-status-on-hold-missing-medical-certificate', 'automated', (),
'''Return-Path: <bounce+szk.118845@mail.wisla-assistance.example>
Received: from mail.wisla-assistance.example (mail.wisla-assistance.example [198.51.100.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HfW2p6DxRz4w1Bv
        for <privacy@shop.example.be>; Tue, 18 Aug 2026 07:05:12 +0200 (CEST)
From: =?utf-8?q?Wis=C5=82a_Assistance_-_Likwidacja_szk=C3=B3d?= <szkody-noreply@wisla-assistance.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Zmiana_statusu_szkody_nr_WA/SZ/2026/118845?=
Date: Tue, 18 Aug 2026 05:05:11 +0000
Message-ID: <claim.118845.status.1787029511@wisla-assistance.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: WA ClaimPortal Notifier 3.8
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_wa_118845_b"

--=_wa_118845_b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Szanowni Pa=C5=84stwo,

informujemy, =C5=BCe zmieni=C5=82 si=C4=99 status zg=C5=82oszenia szkody.

Numer szkody:   WA/SZ/2026/118845
Polisa:         WA-TR-2026-558120 (Podr=C3=B3=C5=BC Komfort - KL, NNW, baga=
=C5=BC)
Ubezpieczony:   Tomasz Z*******i
Rodzaj szkody:  koszty leczenia za granic=C4=85 (Chorwacja)
Nowy status:    WSTRZYMANA - oczekujemy na dokumenty

Brakuj=C4=85ce dokumenty:
- za=C5=9Bwiadczenie lekarskie ze szpitala w Dubrowniku z rozpoznaniem
  (z t=C5=82umaczeniem na j=C4=99zyk polski lub angielski),
- orygina=C5=82y rachunk=C3=B3w za leczenie i leki,
- zgoda na udost=C4=99pnienie dokumentacji medycznej (formularz WA-ZM-04).

Dokumenty mo=C5=BCna przes=C5=82a=C4=87 w portalu szkodowym
https://szkody.wisla-assistance.example (zak=C5=82adka "Moje szkody").
Termin: 30 dni od daty tej wiadomo=C5=9Bci. Po tym terminie rozpatrzymy
szkod=C4=99 na podstawie posiadanych dokument=C3=B3w.

Dane dotycz=C4=85ce zdrowia przetwarzamy wy=C5=82=C4=85cznie w celu likwida=
cji szkody,
na podstawie art. 9 ust. 2 lit. f RODO oraz ustawy o dzia=C5=82alno=C5=9Bci
ubezpieczeniowej i reasekuracyjnej. Informacje o przys=C5=82uguj=C4=85cych
prawach (dost=C4=99p, sprostowanie, usuni=C4=99cie, ograniczenie, sprzeciw,
skarga do Prezesa UODO): https://wisla-assistance.example/rodo

Otrzymuj=C4=85 Pa=C5=84stwo t=C4=99 wiadomo=C5=9B=C4=87 jako agent, za po=
=C5=9Brednictwem kt=C3=B3rego
zawarto umow=C4=99 ubezpieczenia. Wiadomo=C5=9B=C4=87 zosta=C5=82a wygenero=
wana
automatycznie - prosimy na ni=C4=85 nie odpowiada=C4=87.

Wis=C5=82a Assistance S.A.

--=_wa_118845_b
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><pre style=3D"font-family:Arial,sans-serif">Szanowni Pa=C5=84st=
wo,

informujemy, =C5=BCe zmieni=C5=82 si=C4=99 status zg=C5=82oszenia szkody.

Numer szkody:   WA/SZ/2026/118845
Polisa:         WA-TR-2026-558120 (Podr=C3=B3=C5=BC Komfort - KL, NNW, baga=
=C5=BC)
Ubezpieczony:   Tomasz Z*******i
Rodzaj szkody:  koszty leczenia za granic=C4=85 (Chorwacja)
Nowy status:    WSTRZYMANA - oczekujemy na dokumenty

Brakuj=C4=85ce dokumenty:
- za=C5=9Bwiadczenie lekarskie ze szpitala w Dubrowniku z rozpoznaniem
  (z t=C5=82umaczeniem na j=C4=99zyk polski lub angielski),
- orygina=C5=82y rachunk=C3=B3w za leczenie i leki,
- zgoda na udost=C4=99pnienie dokumentacji medycznej (formularz WA-ZM-04).

Dokumenty mo=C5=BCna przes=C5=82a=C4=87 w portalu szkodowym
https://szkody.wisla-assistance.example (zak=C5=82adka "Moje szkody").
Termin: 30 dni od daty tej wiadomo=C5=9Bci. Po tym terminie rozpatrzymy
szkod=C4=99 na podstawie posiadanych dokument=C3=B3w.

Dane dotycz=C4=85ce zdrowia przetwarzamy wy=C5=82=C4=85cznie w celu likwida=
cji szkody,
na podstawie art. 9 ust. 2 lit. f RODO oraz ustawy o dzia=C5=82alno=C5=9Bci
ubezpieczeniowej i reasekuracyjnej. Informacje o przys=C5=82uguj=C4=85cych
prawach (dost=C4=99p, sprostowanie, usuni=C4=99cie, ograniczenie, sprzeciw,
skarga do Prezesa UODO): https://wisla-assistance.example/rodo

Otrzymuj=C4=85 Pa=C5=84stwo t=C4=99 wiadomo=C5=9B=C4=87 jako agent, za po=
=C5=9Brednictwem kt=C3=B3rego
zawarto umow=C4=99 ubezpieczenia. Wiadomo=C5=9B=C4=87 zosta=C5=82a wygenero=
wana
automatycznie - prosimy na ni=C4=85 nie odpowiada=C4=87.

Wis=C5=82a Assistance S.A.
</pre></body></html>

--=_wa_118845_b--
'''),
    ('pl', 'person-forwards-insurer-welcome-asks-what-shop-passed-on', 'access', (),
'''Return-Path: <aga.zajac@interia.pl>
Received: from smtpo.poczta.interia.pl (smtpo.poczta.interia.pl [217.74.67.230])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Gw3Xn7KcTz4w5Rf
        for <privacy@shop.example.be>; Tue, 12 May 2026 21:37:58 +0200 (CEST)
From: =?utf-8?q?Agnieszka_Zaj=C4=85c?= <aga.zajac@interia.pl>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?q?Fwd=3A_Witamy_w_Wis=C5=82a_Assistance_-_Twoja_polisa_WA-TR-2026-61?=
 =?utf-8?q?1402?=
Date: Tue, 12 May 2026 21:37:41 +0200
Message-Id: <6E2D91A7-44F0-4C3B-9A1E-5B07C2D8F311@interia.pl>
References: <welcome.611402.1778515334@wisla-assistance.example>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22E252)

Dzie=C5=84 dobry,

przesy=C5=82am maila, kt=C3=B3rego dosta=C5=82am wczoraj. Ubezpieczenie kup=
owa=C5=82am u Pa=C5=84stwa w sklepie przy Chauss=C3=A9e d'Ixelles razem z b=
iletem lotniczym, ale nigdzie nie podawa=C5=82am numeru PESEL, a w tym mail=
u jest (cz=C4=99=C5=9Bciowo zakryty, ale jest). Sk=C4=85d oni go maj=C4=85?

Chcia=C5=82abym wiedzie=C4=87, jakie dok=C5=82adnie moje dane przekazali=C5=
=9Bcie Pa=C5=84stwo do Wis=C5=82a Assistance i co jeszcze macie na m=C3=B3j=
 temat u siebie w systemie.

Agnieszka Zaj=C4=85c

Wys=C5=82ane z iPhone'a

Pocz=C4=85tek przekazywanej wiadomo=C5=9Bci:

> Od: Wis=C5=82a Assistance <powitanie@wisla-assistance.example>
> Data: 11 maja 2026 o 18:02:14 CEST
> Do: aga.zajac@interia.pl
> Temat: Witamy w Wis=C5=82a Assistance - Twoja polisa WA-TR-2026-611402
>
> Dzie=C5=84 dobry, Pani Agnieszko!
>
> Dzi=C4=99kujemy za wyb=C3=B3r ubezpieczenia Podr=C3=B3=C5=BC Komfort. Pon=
i=C5=BCej
> podsumowanie Pani polisy:
>
> Numer polisy: WA-TR-2026-611402
> Ubezpieczaj=C4=85cy: Agnieszka Zaj=C4=85c
> PESEL: 88*******43
> Adres: Rue de la Brasserie 41, 1050 Ixelles, Belgia
> Okres ubezpieczenia: 01.06.2026 - 14.06.2026
> Zakres: koszty leczenia 300 000 EUR, NNW, baga=C5=BC 1 500 EUR
> Sk=C5=82adka: 38,00 EUR (zap=C5=82acono)
>
> Umowa zosta=C5=82a zawarta za po=C5=9Brednictwem agenta: Shop Example SA/=
NV,
> Bruksela. Dane zosta=C5=82y nam przekazane przez agenta w celu zawarcia
> umowy.
>
> Administratorem Pani danych osobowych jest Wis=C5=82a Assistance S.A.
> Ma Pani prawo dost=C4=99pu do swoich danych, ich sprostowania, usuni=C4=
=99cia,
> ograniczenia przetwarzania, przenoszenia oraz wniesienia sprzeciwu.
> Wi=C4=99cej: https://wisla-assistance.example/rodo
>
> Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana automatycznie, prosimy n=
a ni=C4=85 nie
> odpowiada=C4=87.
'''),
    ('cs', 'seznam-cz-dsn-mailbox-full-ticket-name-reply', 'automated', (),
'''Return-Path: <>
Received: from mxb1.seznam.cz (mxb1.seznam.cz [77.75.78.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HkC9s3PvGz4w2Jt
        for <privacy@shop.example.be>; Mon, 14 Sep 2026 11:03:26 +0200 (CEST)
Received: by email.seznam.cz (Postfix)
	id 7D1A40391; Mon, 14 Sep 2026 11:03:25 +0200 (CEST)
Date: Mon, 14 Sep 2026 11:03:25 +0200 (CEST)
From: MAILER-DAEMON@email.seznam.cz (Mail Delivery System)
Subject: =?utf-8?q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va_/_Undelivered_Mail_Returned_to?=
 =?utf-8?q?_Sender?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7D1A40391.1789376605/email.seznam.cz"
Message-Id: <20260914090325.7D1A40391@email.seznam.cz>

This is a MIME-encapsulated message.

--7D1A40391.1789376605/email.seznam.cz
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Toto je automatická zpráva poštovního serveru Seznam.cz.

Vaši zprávu se nepodařilo doručit na následující adresu:

    martina.dvorakova@seznam.cz

Důvod: schránka příjemce je plná (552 5.2.2 Mailbox full).
Doručování jsme opakovali po dobu 3 dnů. Zpráva byla vrácena odesílateli.

Hlavičky původní zprávy najdete v příloze.

---

This is an automatic message from the Seznam.cz mail server.
Your message could not be delivered to martina.dvorakova@seznam.cz:
the recipient's mailbox is full (552 5.2.2). Delivery was retried
for 3 days. The message has been returned to the sender.

--7D1A40391.1789376605/email.seznam.cz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; email.seznam.cz
X-Postfix-Queue-ID: 7D1A40391
Arrival-Date: Fri, 11 Sep 2026 10:58:02 +0200 (CEST)

Final-Recipient: rfc822; martina.dvorakova@seznam.cz
Original-Recipient: rfc822;martina.dvorakova@seznam.cz
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; 552 5.2.2 Mailbox full

--7D1A40391.1789376605/email.seznam.cz
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from relay2.shop.example.be (relay2.shop.example.be [192.0.2.31])
	by mxb1.seznam.cz (Postfix) with ESMTPS id 3C2F1B0A07
	for <martina.dvorakova@seznam.cz>; Fri, 11 Sep 2026 10:58:02 +0200 (CEST)
Date: Fri, 11 Sep 2026 10:57:58 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?q?Martina_Dvo=C5=99=C3=A1kov=C3=A1?= <martina.dvorakova@seznam.cz>
Subject: =?utf-8?q?Re=3A_Vstupenky_na_koncert_-_jm=C3=A9no_na_vstupence?=
Message-ID: <pt-20260911-0072318@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--7D1A40391.1789376605/email.seznam.cz--
'''),
    ('cs', 'ticketing-platform-ticket-name-transfer-pos-copy', 'automated', (),
'''Return-Path: <bounces+4471-pos0311@notifikace.vstupenkyplus.example>
Received: from o12.notifikace.vstupenkyplus.example (o12.notifikace.vstupenkyplus.example [198.51.100.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H2mFz1RqVz4w6Sd
        for <privacy@shop.example.be>; Mon, 06 Jul 2026 21:14:33 +0200 (CEST)
From: VstupenkyPlus <notifikace@vstupenkyplus.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Zm=C4=9Bna_jm=C3=A9na_na_vstupence_-_objedn=C3=A1vka_VP-2026-09314?=
 =?utf-8?q?42?=
Date: Mon, 06 Jul 2026 19:14:31 +0000
Message-ID: <transfer.0931442.4471@vstupenkyplus.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

u objedn=C3=A1vky zakoupen=C3=A9 na Va=C5=A1em prodejn=C3=ADm m=C3=ADst=C4=
=9B byl proveden p=C5=99evod
vstupenky na jin=C3=A9 jm=C3=A9no.

Akce:             Kry=C5=A1tof - koncert v Bruselu, Ancienne Belgique
Datum kon=C3=A1n=C3=AD:     sobota 10. 10. 2026, 20:00
Objedn=C3=A1vka:       VP-2026-0931442
Vstupenka:        st=C3=A1n=C3=AD, k=C3=B3d ***4471
P=C5=AFvodn=C3=AD dr=C5=BEitel:  Ji=C5=99=C3=AD H.
Nov=C3=BD dr=C5=BEitel:     Lenka S.
Datum p=C5=99evodu:    06. 07. 2026 21:14
Poplatek:         4,00 EUR (uhrazeno kartou)

P=C5=AFvodn=C3=AD vstupenka byla zneplatn=C4=9Bna. Nov=C3=A9mu dr=C5=BEitel=
i jsme zaslali
novou vstupenku na jeho e-mail. Jm=C3=A9no na vstupence mus=C3=AD odpov=C3=
=ADdat
dokladu toto=C5=BEnosti, kter=C3=BD m=C5=AF=C5=BEe po=C5=99adatel p=C5=99i =
vstupu zkontrolovat.

Osobn=C3=AD =C3=BAdaje nov=C3=A9ho dr=C5=BEitele (jm=C3=A9no, p=C5=99=C3=AD=
jmen=C3=AD, e-mail) zpracov=C3=A1v=C3=A1
VstupenkyPlus s.r.o. jako spr=C3=A1vce za =C3=BA=C4=8Delem vyd=C3=A1n=C3=AD=
 vstupenky
a kontroly p=C5=99i vstupu, v souladu s na=C5=99=C3=ADzen=C3=ADm (EU) 2016/=
679 (GDPR).
=C3=9Adaje p=C5=AFvodn=C3=ADho dr=C5=BEitele budou z t=C3=A9to vstupenky od=
stran=C4=9Bny do 30 dn=C5=AF
od kon=C3=A1n=C3=AD akce. Informace o zpracov=C3=A1n=C3=AD osobn=C3=ADch =
=C3=BAdaj=C5=AF a o Va=C5=A1ich
pr=C3=A1vech: https://www.vstupenkyplus.example/ochrana-osobnich-udaju

Tato zpr=C3=A1va je pro prodejn=C3=AD m=C3=ADsto pouze informativn=C3=AD, n=
en=C3=AD t=C5=99eba
nic d=C4=9Blat.

Tento e-mail byl vygenerov=C3=A1n automaticky, neodpov=C3=ADdejte na n=C4=
=9Bj.
VstupenkyPlus s.r.o., Na P=C5=99=C3=ADkop=C4=9B 22, 110 00 Praha 1
'''),
    ('cs', 'car-rental-deposit-released-partner-copy-plain', 'automated', (),
'''Return-Path: <rezervace@vltavacars.example>
Received: from web3.vltavacars.example (web3.vltavacars.example [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HdQ0c2NmXz4w8Pk
        for <privacy@shop.example.be>; Fri, 21 Aug 2026 14:51:09 +0200 (CEST)
Date: Fri, 21 Aug 2026 14:51:08 +0200
To: privacy@shop.example.be
From: Vltava Cars <rezervace@vltavacars.example>
Subject: =?utf-8?q?Uvoln=C4=9Bn=C3=AD_kauce_-_smlouva_VC-26-07815?=
Message-ID: <Jq2pN8vT3kLr0wXy5ZbC1dEf@web3.vltavacars.example>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dobrý den,

vozidlo k nájemní smlouvě VC-26-07815 bylo vráceno a zkontrolováno.

Nájemce:          Pavel Černý
Vozidlo:          Škoda Octavia Combi, RZ 9AX 4412
Převzetí:         14.08.2026, Praha - Letiště Václava Havla
Vrácení:          21.08.2026 10:32, Praha - Letiště Václava Havla
Stav tachometru:  48 112 km (+1 204 km)
Palivo:           plná nádrž
Poškození:        bez nových poškození

Blokace kauce ve výši 600,00 EUR na kartě Visa ****8820 byla dnes
uvolněna. V závislosti na bance může trvat 3 až 10 pracovních dnů,
než se částka znovu zobrazí jako dostupná.

Kopii řidičského průkazu pořízenou při převzetí vozidla uchováváme
30 dnů od vrácení vozidla (kvůli případným pokutám a oznámením
o přestupcích), poté ji automaticky smažeme. Více o zpracování
osobních údajů: https://www.vltavacars.example/gdpr

Rezervace byla vytvořena přes partnera Shop Example, Brusel - kopie
této zprávy je zaslána partnerovi.

Děkujeme, že jste jeli s námi.

Vltava Cars s.r.o.
Tato zpráva byla odeslána automaticky, odpovědi nejsou čteny.
'''),
    ('cs', 'person-objects-to-travel-marketing-above-corporate-disclaimer', 'objection', (),
'''Return-Path: <petr.novotny@stavbymorava.example>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2112.outbound.protection.outlook.com [40.107.105.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GzT6h0WkBz4w4Qn
        for <privacy@shop.example.be>; Thu, 21 May 2026 08:12:44 +0200 (CEST)
From: =?utf-8?q?Novotn=C3=BD_Petr?= <petr.novotny@stavbymorava.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?RE=3A_Va=C5=A1e_rezervace_z=C3=A1jezdu_RZ-5512?=
Thread-Topic: =?utf-8?q?Va=C5=A1e_rezervace_z=C3=A1jezdu_RZ-5512?=
Thread-Index: AdrqE7b1XcQ2kM9wR0yL3nPaVt8hZw==
Date: Thu, 21 May 2026 06:12:41 +0000
Message-ID: <DB9PR02MB7745A1C3E0F24B8D9E@DB9PR02MB7745.eurprd02.prod.outlook.com>
Accept-Language: cs-CZ, en-US
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,
=C3=BAdaje z m=C3=A9 rezervace z=C3=A1jezdu (RZ-5512, Kr=C3=A9ta, z=C3=A1=
=C5=99=C3=AD) pros=C3=ADm nepou=C5=BE=C3=ADvejte pro =C5=BE=C3=A1dn=C3=A9 n=
ab=C3=ADdky a nep=C5=99ed=C3=A1vejte je cestovce ani nikomu dal=C5=A1=C3=AD=
mu pro marketing. Samotn=C3=BD z=C3=A1jezd je v po=C5=99=C3=A1dku, ten neru=
=C5=A1=C3=ADm.
Petr Novotn=C3=BD

S pozdravem / Best regards

Ing. Petr Novotn=C3=BD
vedouc=C3=AD projektu | Project Manager
Stavby Morava a.s.
Purky=C5=88ova 2121/3, 612 00 Brno
tel.: +420 541 555 210 | mobil: +420 603 555 847
www.stavbymorava.example

Nejste-li adres=C3=A1tem t=C3=A9to zpr=C3=A1vy, informujte pros=C3=ADm nepr=
odlen=C4=9B odes=C3=ADlatele a zpr=C3=A1vu v=C4=8Detn=C4=9B v=C5=A1ech p=C5=
=99=C3=ADloh odstra=C5=88te. Obsah t=C3=A9to zpr=C3=A1vy a jej=C3=ADch p=C5=
=99=C3=ADloh je d=C5=AFv=C4=9Brn=C3=BD a m=C5=AF=C5=BEe b=C3=BDt chr=C3=A1n=
=C4=9Bn obchodn=C3=ADm tajemstv=C3=ADm. Jak=C3=A9koli =C5=A1=C3=AD=C5=99en=
=C3=AD, kop=C3=ADrov=C3=A1n=C3=AD =C4=8Di jin=C3=A9 pou=C5=BEit=C3=AD zpr=
=C3=A1vy nebo jej=C3=ADch p=C5=99=C3=ADloh bez souhlasu odes=C3=ADlatele je=
 zak=C3=A1z=C3=A1no. Odes=C3=ADlatel nenese odpov=C4=9Bdnost za p=C5=99=C3=
=ADpadnou =C5=A1kodu zp=C5=AFsobenou p=C5=99enosem zpr=C3=A1vy nebo virovou=
 n=C3=A1kazou p=C5=99=C3=ADloh.

Spole=C4=8Dnost Stavby Morava a.s. vylu=C4=8Duje p=C5=99ijet=C3=AD nab=C3=
=ADdky s dodatkem nebo odchylkou ve smyslu =C2=A7 1740 odst. 3 z=C3=A1kona =
=C4=8D. 89/2012 Sb., ob=C4=8Dansk=C3=A9ho z=C3=A1kon=C3=ADku. Tato zpr=C3=
=A1va nep=C5=99edstavuje n=C3=A1vrh na uzav=C5=99en=C3=AD smlouvy ani jeho =
p=C5=99ijet=C3=AD, nen=C3=AD-li v=C3=BDslovn=C4=9B uvedeno jinak. Smlouvu j=
m=C3=A9nem spole=C4=8Dnosti mohou uzav=C3=ADrat pouze osoby k tomu opr=C3=
=A1vn=C4=9Bn=C3=A9 podle v=C3=BDpisu z obchodn=C3=ADho rejst=C5=99=C3=ADku =
nebo na z=C3=A1klad=C4=9B p=C3=ADsemn=C3=A9 pln=C3=A9 moci.

Informace o zpracov=C3=A1n=C3=AD osobn=C3=ADch =C3=BAdaj=C5=AF obchodn=C3=
=ADch partner=C5=AF naleznete na www.stavbymorava.example/gdpr.

This e-mail and any attachments are confidential and may be legally privile=
ged. If you are not the intended recipient, please notify the sender immedi=
ately and delete this message. Any unauthorised use, disclosure or copying =
is prohibited. Stavby Morava a.s. accepts no liability for any damage cause=
d by this e-mail or by viruses transmitted with it. This e-mail does not co=
nstitute an offer or the acceptance of an offer unless expressly stated oth=
erwise.

P P=C5=99ed vyti=C5=A1t=C4=9Bn=C3=ADm tohoto e-mailu zva=C5=BEte dopad na =
=C5=BEivotn=C3=AD prost=C5=99ed=C3=AD.
'''),
    ('hr', 'postfix-bounce-t-com-hr-van-rental-licence-reply', 'automated', (),
'''Return-Path: <MAILER-DAEMON@relay1.shop.example.be>
Received: from relay1.shop.example.be (relay1.shop.example.be [192.0.2.30])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HCw7n4FdTz4w1Mx
        for <privacy@shop.example.be>; Wed, 22 Jul 2026 16:20:37 +0200 (CEST)
Received: by relay1.shop.example.be (Postfix)
	id 4HCw7n2B0Qz9sLp; Wed, 22 Jul 2026 16:20:37 +0200 (CEST)
Date: Wed, 22 Jul 2026 16:20:37 +0200 (CEST)
From: MAILER-DAEMON@relay1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4HCw7n2B0Qz9sLp.1784730037/relay1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <4HCw7n2B0Qz9sLp@relay1.shop.example.be>

This is a MIME-encapsulated message.

--4HCw7n2B0Qz9sLp.1784730037/relay1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ivana.babic@t-com.hr>: host mx.t-com.hr[195.29.150.52] said: 550 5.1.1
    <ivana.babic@t-com.hr>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--4HCw7n2B0Qz9sLp.1784730037/relay1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay1.shop.example.be
X-Postfix-Queue-ID: 4HCw7n2B0Qz9sLp
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 22 Jul 2026 16:20:35 +0200 (CEST)

Final-Recipient: rfc822; ivana.babic@t-com.hr
Original-Recipient: rfc822;ivana.babic@t-com.hr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.t-com.hr
Diagnostic-Code: smtp; 550 5.1.1 <ivana.babic@t-com.hr>: Recipient address
    rejected: User unknown in virtual mailbox table

--4HCw7n2B0Qz9sLp.1784730037/relay1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
	by relay1.shop.example.be (Postfix) with ESMTPS id 4HCw7m6Vr1z9sLn
	for <ivana.babic@t-com.hr>; Wed, 22 Jul 2026 16:20:35 +0200 (CEST)
Date: Wed, 22 Jul 2026 16:20:33 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?q?Ivana_Babi=C4=87?= <ivana.babic@t-com.hr>
Subject: =?utf-8?q?Re=3A_Kopija_voza=C4=8Dke_dozvole_-_najam_kombija?=
Message-ID: <pt-20260722-0058804@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovana gospođo Babić,

zahvaljujemo na Vašoj poruci od 14. srpnja o najmu kombija
(ugovor VG-BXL-2026-2291) koji ste rezervirali na našem pultu
u Anderlechtu.

Provjerili smo: kopija Vaše vozačke dozvole nije pohranjena u našim
sustavima. Dozvolu je na pultu skenirala tvrtka za najam vozila
Van&Go Rental, koja je voditelj obrade tih podataka. Za brisanje
kopije molimo obratite se izravno njima: privacy@vango-rental.example.

Kod nas su ostali samo podaci o prodaji (ime, broj ugovora, iznos
i datum plaćanja), koje moramo čuvati prema belgijskim propisima
o računovodstvu.

Srdačan pozdrav,

Anouk Verstraete
Tim za zaštitu podataka - Shop Example SA/NV

--4HCw7n2B0Qz9sLp.1784730037/relay1.shop.example.be--
'''),
    ('hr', 'airline-schedule-change-agency-copy-base64', 'automated', (),
'''Return-Path: <noreply-sc@notify.adriasky.example>
Received: from out-4.notify.adriasky.example (out-4.notify.adriasky.example [198.51.100.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GqZ5y3LtKz4w9Vb
        for <privacy@shop.example.be>; Sat, 02 May 2026 03:48:19 +0200 (CEST)
From: Adria Sky <noreply-sc@notify.adriasky.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Promjena_reda_letenja_-_rezervacija_XK7P2M?=
Date: Sat, 02 May 2026 01:48:17 +0000
Message-ID: <SC-XK7P2M-20260502014817-01@notify.adriasky.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

UG/FoXRvdmFuaSwKCnpib2cgb3BlcmF0aXZuaWggcmF6bG9nYSBwcm9taWplbmplbiBqZSByZWQg
bGV0ZW5qYSB6YSBWYcWhdSByZXplcnZhY2lqdS4KClJlemVydmFjaWphIChQTlIpOiAgWEs3UDJN
ClB1dG5pY2k6ICAgICAgICAgICAgTUFSS09WSUMvQU5BIE1SUywgTUFSS09WSUMvTFVLQSBNUgpL
YXJ0YSBpemRhbmEgcHV0ZW06IFNIT1AgRVhBTVBMRSBCUlVTU0VMUyAoYWdlbnQgOTMyMSA0NDEw
KQoKTGV0IEFYIDQ0MzEgIEJydXhlbGxlcyAoQlJVKSAtIFNwbGl0IChTUFUpCiAgUFJJSkU6IDEy
LjA3LjIwMjYuIHBvbGF6YWsgMDc6MTUsIGRvbGF6YWsgMDk6MjUKICBTQURBOiAgMTIuMDcuMjAy
Ni4gcG9sYXphayAxMzo0MCwgZG9sYXphayAxNTo1MAoKTGV0IEFYIDQ0MzIgIFNwbGl0IChTUFUp
IC0gQnJ1eGVsbGVzIChCUlUpCiAgYmV6IHByb21qZW5lOiAyNi4wNy4yMDI2LiBwb2xhemFrIDEw
OjEwLCBkb2xhemFrIDEyOjI1CgpOb3ZpIHJhc3BvcmVkIGplIGF1dG9tYXRza2kgcG90dnLEkWVu
LiBBa28gVmFtIG5vdm8gdnJpamVtZSBuZSBvZGdvdmFyYSwKdSByb2t1IG9kIDcgZGFuYSBtb8W+
ZXRlIGJlc3BsYXRubyBwcm9taWplbml0aSBsZXQgaWxpIHphdHJhxb5pdGkgcG92cmF0Cm5vdmNh
IHphIG5laXNrb3JpxaF0ZW5pIGRpbyBrYXJ0ZSBwcmVrbyBhZ2VuY2lqZSB1IGtvam9qIGplIGth
cnRhIGt1cGxqZW5hLgoKUG9kc2plxIdhbW86IHBvZGFjaSBpeiBwdXRvdm5pY2UgaWxpIG9zb2Ju
ZSBpc2them5pY2UgKEFQSSkgbW9yYWp1IGJpdGkKdW5lc2VuaSBuYWprYXNuaWplIDI0IHNhdGEg
cHJpamUgcG9sYXNrYS4gT25saW5lIHByaWphdmEgbmEgbGV0IG90dmFyYSBzZQozMCBzYXRpIHBy
aWplIHBvbGFza2EuCgpPdm8gamUgYXV0b21hdHNraSBnZW5lcmlyYW5hIHBvcnVrYS4gTW9saW1v
IG5lIG9kZ292YXJhanRlIG5hIG5qdS4KCkFkcmlhIFNreSBkLmQuIHwgd3d3LmFkcmlhc2t5LmV4
YW1wbGUKSW5mb3JtYWNpamUgbyBvYnJhZGkgb3NvYm5paCBwb2RhdGFrYTogd3d3LmFkcmlhc2t5
LmV4YW1wbGUvcHJpdmF0bm9zdAo=
'''),
    ('hr', 'zimbra-ooo-tour-operator-passenger-data-desk', 'automated', (),
'''Return-Path: <marija.horvat@jadran-tours.example>
Received: from mail.jadran-tours.example (mail.jadran-tours.example [203.0.113.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HBq8v0ScNz4w3Yt
        for <privacy@shop.example.be>; Mon, 20 Jul 2026 10:05:02 +0200 (CEST)
Received: from zimbra.jadran-tours.example (localhost [127.0.0.1])
	by mail.jadran-tours.example (Postfix) with ESMTP id 7A1C21E0F3
	for <privacy@shop.example.be>; Mon, 20 Jul 2026 10:05:01 +0200 (CEST)
Date: Mon, 20 Jul 2026 10:05:01 +0200 (CEST)
From: Marija Horvat <marija.horvat@jadran-tours.example>
To: privacy@shop.example.be
Message-ID: <1180447312.88213.1784534701903.JavaMail.zimbra@jadran-tours.example>
In-Reply-To: <pt-20260720-0057112@helpdesk.shop.example.be>
Subject: =?utf-8?q?Godi=C5=A1nji_odmor_/_Out_of_office?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Mailer: Zimbra 10.0.8_GA_4625 (zclient/10.0.8_GA_4625)
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk

Poštovani,

na godišnjem sam odmoru od 20. srpnja do 3. kolovoza 2026. i neću
čitati e-poštu.

Za rezervacije i izmjene podataka putnika (ime, putovnica, datum
rođenja) obratite se kolegici Petri Jurić, petra.juric@jadran-tours.example,
tel. +385 21 555 318.
Za zahtjeve vezane uz zaštitu osobnih podataka: gdpr@jadran-tours.example

I am on annual leave until 3 August 2026. For bookings and passenger
data please contact petra.juric@jadran-tours.example.

Srdačan pozdrav,
Marija Horvat
Jadran Tours d.o.o., Split
'''),
    ('hr', 'person-corrects-passport-and-name-above-booking-confirmation', 'correction', (),
'''Return-Path: <goran.kovacevic1975@gmail.com>
Received: from mail-ej1-f51.google.com (mail-ej1-f51.google.com [209.85.218.51])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H0nVd5GqRz4w6Xp
        for <privacy@shop.example.be>; Wed, 01 Jul 2026 22:46:18 +0200 (CEST)
MIME-Version: 1.0
References: <JT-2026-05518.conf@jadran-tours.example>
In-Reply-To: <JT-2026-05518.conf@jadran-tours.example>
From: =?utf-8?q?Goran_Kova=C4=8Devi=C4=87?= <goran.kovacevic1975@gmail.com>
Date: Wed, 1 Jul 2026 22:46:02 +0200
Message-ID: <CAM7xq2Ffr0Lr9aTg3uVZQh8Wn+KpE5dL1c0tYbB7sE=Jq4wXg@mail.gmail.com>
Subject: Re: Potvrda rezervacije JT-2026-05518
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

u potvrdi ispod su dvije gre=C5=A1ke koje su upisane kod vas na =C5=A1alter=
u (ja sam kolegici dao obje putovnice):
- supruga se zove Snje=C5=BEana Kova=C4=8Devi=C4=87, a ne Snjezana Kovacevic
- broj njene putovnice zavr=C5=A1ava na ...4418, a ne ...4481

Molim da to ispravite kod sebe i po=C5=A1aljete to=C4=8Dne podatke agenciji=
, da ne bude problema na aerodromu. Javite mi kad je ispravljeno.

Goran Kova=C4=8Devi=C4=87
0475 61 22 90

sri, 1. srp 2026. u 09:12 Jadran Tours <rezervacije@jadran-tours.example> n=
apisao je:

> JADRAN TOURS - POTVRDA REZERVACIJE
>
> Broj rezervacije: JT-2026-05518
> Prodajno mjesto: Shop Example, Bruxelles (partner BE-0311)
> Smje=C5=A1taj: Hotel Makarska Riviera 4*, polupansion
> Termin: 08.08.2026. - 15.08.2026.
>
> Putnik 1: KOVACEVIC GORAN, ro=C4=91. 11.02.1975., putovnica 1176**9032
> Putnik 2: KOVACEVIC SNJEZANA, ro=C4=91. 30.06.1978., putovnica 1189**4481
>
> Molimo provjerite podatke putnika. Ime i prezime moraju biti jednaki
> kao u putovnici. Izmjena imena nakon izdavanja avio karte napla=C4=87uje
> se prema uvjetima prijevoznika.
>
> Podatke o putnicima obra=C4=91ujemo sukladno Op=C4=87oj uredbi o za=C5=A1=
titi
> podataka (GDPR) isklju=C4=8Divo radi izvr=C5=A1enja ugovora o putovanju.
> Imate pravo na pristup, ispravak i brisanje podataka.
>
> Ova poruka je automatski generirana. Molimo ne odgovarajte na nju.
'''),
    ('sv', 'office365-ndr-insurer-claims-mailbox-forwarded-request', 'automated', (),
'''Return-Path: <>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2089.outbound.protection.outlook.com [40.107.21.89])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Gy2Rk6JpWz4w5Zc
        for <privacy@shop.example.be>; Tue, 09 Jun 2026 14:31:52 +0200 (CEST)
From: postmaster@nordtrygg.example
To: <privacy@shop.example.be>
Date: Tue, 9 Jun 2026 12:31:49 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="f2c7d0e1-5a6b-4c3d-9e8f-7a1b2c3d4e5f"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID: <a4e1b7c2-88d0-4f3e-b915-2c6d0e7f8a91@GV1P190MB2211.EURP190.PROD.OUTLOOK.COM>
In-Reply-To: <pt-20260609-0049930@helpdesk.shop.example.be>
References: <pt-20260609-0049930@helpdesk.shop.example.be>
Subject: =?utf-8?q?Det_gick_inte_att_leverera=3A_Vidarebefordrad_beg=C3=A4ran_om_regi?=
 =?utf-8?q?sterutdrag_-_NT-RF-2026-44871?=
Auto-Submitted: auto-replied

--f2c7d0e1-5a6b-4c3d-9e8f-7a1b2c3d4e5f
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="8b3e1f0a-2d4c-4e6f-a7b8-9c0d1e2f3a4b"

--8b3e1f0a-2d4c-4e6f-a7b8-9c0d1e2f3a4b
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Det gick inte att leverera till f=C3=B6ljande mottagare eller grupper:

skador.resa@nordtrygg.example
Det gick inte att hitta den e-postadress du angav. Kontrollera mottagarens =
e-postadress och f=C3=B6rs=C3=B6k skicka meddelandet igen. Kontakta support=
avdelningen om problemet kvarst=C3=A5r.






Diagnostisk information f=C3=B6r administrat=C3=B6rer:

Genererande server: GV1P190MB2211.EURP190.PROD.OUTLOOK.COM

skador.resa@nordtrygg.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t skador.resa@nordtrygg.example not found by SMTP address lookup'

Ursprungliga meddelandehuvuden:

Received: from AM8P190CA0011.EURP190.PROD.OUTLOOK.COM (2603:10a6:20b:219::1=
6)
 by GV1P190MB2211.EURP190.PROD.OUTLOOK.COM (2603:10a6:150:9a::7) with
 Microsoft SMTP Server (version=3DTLS1_2,
 cipher=3DTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8901.14; Tue, 9 J=
un
 2026 12:31:47 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: <skador.resa@nordtrygg.example>
Subject: =3D?utf-8?q?Vidarebefordrad_beg=3DC3=3DA4ran_om_registerutdrag_-_N=
T-RF-2026-44871?=3D
Date: Tue, 9 Jun 2026 14:31:40 +0200
Message-ID: <pt-20260609-0049930@helpdesk.shop.example.be>

--8b3e1f0a-2d4c-4e6f-a7b8-9c0d1e2f3a4b
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><p><b><font color=3D"#000066" size=3D"3" face=3D"Segoe UI">Det =
gick inte att leverera till f=C3=B6ljande mottagare eller grupper:</font></=
b></p><p><a href=3D"mailto:skador.resa@nordtrygg.example">skador.resa@nordt=
rygg.example</a><br>Det gick inte att hitta den e-postadress du angav. Kont=
rollera mottagarens e-postadress och f=C3=B6rs=C3=B6k skicka meddelandet ig=
en.</p><p>Diagnostisk information f=C3=B6r administrat=C3=B6rer:</p><p>Gene=
rerande server: GV1P190MB2211.EURP190.PROD.OUTLOOK.COM</p><p>Remote Server =
returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'</p></body></html>

--8b3e1f0a-2d4c-4e6f-a7b8-9c0d1e2f3a4b--

--f2c7d0e1-5a6b-4c3d-9e8f-7a1b2c3d4e5f
Content-Type: message/delivery-status

Reporting-MTA: dns;GV1P190MB2211.EURP190.PROD.OUTLOOK.COM
Received-From-MTA: dns;AM8P190CA0011.EURP190.PROD.OUTLOOK.COM
Arrival-Date: Tue, 9 Jun 2026 12:31:47 +0000

Final-Recipient: rfc822;skador.resa@nordtrygg.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient skador.resa@nordtrygg.example not found by SMTP address lookup

--f2c7d0e1-5a6b-4c3d-9e8f-7a1b2c3d4e5f
Content-Type: message/rfc822

From: Shop Example Privacy Team <privacy@shop.example.be>
To: <skador.resa@nordtrygg.example>
Subject: =?utf-8?q?Vidarebefordrad_beg=C3=A4ran_om_registerutdrag_-_NT-RF-2026-44871?=
Date: Tue, 9 Jun 2026 14:31:40 +0200
Message-ID: <pt-20260609-0049930@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej,

vi har fått en begäran om registerutdrag enligt artikel 15 i
dataskyddsförordningen från er försäkringstagare Johan Bergström
(reseförsäkring NT-RF-2026-44871, tecknad i vår butik i Bryssel
den 16 maj 2026). Den del som gäller Shop Example besvarar vi själva.
Uppgifterna i försäkringen och i skadeärendet (inklusive läkarintyget)
hanteras av er som personuppgiftsansvarig, så vi vidarebefordrar
begäran till er. Kunden har informerats.

Med vänliga hälsningar
Anouk Verstraete
Privacy Team - Shop Example SA/NV

--f2c7d0e1-5a6b-4c3d-9e8f-7a1b2c3d4e5f--
'''),
    ('sv', 'insurer-travel-policy-document-pdf-partner-copy', 'automated', (),
'''Return-Path: <forsakringsbrev@nordtrygg.example>
Received: from smtp-out2.nordtrygg.example (smtp-out2.nordtrygg.example [198.51.100.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Gx0Hb1TdMz4w2Vq
        for <privacy@shop.example.be>; Wed, 03 Jun 2026 16:07:55 +0200 (CEST)
From: =?utf-8?q?NordTrygg_F=C3=B6rs=C3=A4kring?= <forsakringsbrev@nordtrygg.example>
To: Erik Lindqvist <erik.lindqvist@telia.com>
Cc: Shop Example <privacy@shop.example.be>
Subject: =?utf-8?q?Ditt_f=C3=B6rs=C3=A4kringsbrev_-_Resef=C3=B6rs=C3=A4kring_Bas=2C_N?=
 =?utf-8?q?T-RF-2026-45102?=
Date: Wed, 3 Jun 2026 14:07:53 +0000
Message-ID: <NT-RF-2026-45102.policy.1780495673@nordtrygg.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="NT_45102_mixed"

--NT_45102_mixed
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej Erik Lindqvist,

Tack f=C3=B6r att du valt NordTrygg. H=C3=A4r kommer ditt f=C3=B6rs=C3=A4kr=
ingsbrev f=C3=B6r
Resef=C3=B6rs=C3=A4kring Bas, som du tecknade via v=C3=A5r partner Shop Exa=
mple i
Bryssel den 3 juni 2026.

F=C3=B6rs=C3=A4kringsnummer:  NT-RF-2026-45102
F=C3=B6rs=C3=A4kringstagare:  Erik Lindqvist, 19840917-****
Medf=C3=B6rs=C3=A4krade:      Sara Lindqvist, Alva Lindqvist
Resa:               Bryssel - M=C3=A1laga, 27 juni - 11 juli 2026
Premie:             64,00 EUR (betald)
Sj=C3=A4lvrisk:          100 EUR per skadeh=C3=A4ndelse

F=C3=B6rs=C3=A4kringsbrevet, f=C3=B6rk=C3=B6psinformationen och de fullst=
=C3=A4ndiga villkoren
finns i den bifogade PDF-filen. L=C3=A4s igenom dem och kontrollera att
uppgifterna st=C3=A4mmer. Om n=C3=A5got =C3=A4r fel, kontakta oss inom 14 d=
agar.

S=C3=A5 behandlar vi dina personuppgifter
NordTrygg F=C3=B6rs=C3=A4kring AB =C3=A4r personuppgiftsansvarig f=C3=B6r u=
ppgifterna om
dig och dina medf=C3=B6rs=C3=A4krade, =C3=A4ven n=C3=A4r f=C3=B6rs=C3=A4kri=
ngen tecknats via en
partner. Vi behandlar uppgifterna f=C3=B6r att ing=C3=A5 och administrera
avtalet, reglera skador och uppfylla lagkrav. H=C3=A4lsouppgifter behandlas
bara om du anm=C3=A4ler en skada. Du har r=C3=A4tt att beg=C3=A4ra register=
utdrag,
f=C3=A5 felaktiga uppgifter r=C3=A4ttade, beg=C3=A4ra radering eller begr=
=C3=A4nsning,
inv=C3=A4nda mot behandlingen och f=C3=A5 ut dina uppgifter i ett maskinl=
=C3=A4sbart
format (dataportabilitet). Har du l=C3=A4mnat samtycke kan du n=C3=A4r som =
helst
=C3=A5terkalla det. Klagom=C3=A5l kan l=C3=A4mnas till Integritetsskyddsmyn=
digheten
(IMY). V=C3=A5rt dataskyddsombud n=C3=A5s p=C3=A5 dataskydd@nordtrygg.examp=
le.

Med v=C3=A4nliga h=C3=A4lsningar
NordTrygg F=C3=B6rs=C3=A4kring AB
Box 5320, 102 47 Stockholm

Detta meddelande har skickats till f=C3=B6rs=C3=A4kringstagaren och, som ko=
pia,
till den f=C3=B6rmedlande partnern.

--NT_45102_mixed
Content-Type: application/pdf; name="Forsakringsbrev_NT-RF-2026-45102.pdf"
Content-Disposition: attachment; filename="Forsakringsbrev_NT-RF-2026-45102.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKMSAwIG9iaiA8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PiBlbmRvYmoKMiAw
IG9iaiA8PC9UeXBlL1BhZ2VzL0tpZHNbMyAwIFJdL0NvdW50IDE+PiBlbmRvYmoKMyAwIG9iaiA8
PC9UeXBlL1BhZ2UvUGFyZW50IDIgMCBSL01lZGlhQm94WzAgMCA1OTUgODQyXS9Db250ZW50cyA0
IDAgUi9SZXNvdXJjZXM8PC9Gb250PDwvRjEgNSAwIFI+Pj4+Pj4gZW5kb2JqCjQgMCBvYmogPDwv
TGVuZ3RoIDg4Pj4gc3RyZWFtCkJUIC9GMSAxNCBUZiA2MCA3ODAgVGQgKE5vcmRUcnlnZyAtIEZv
cnNha3JpbmdzYnJldiBOVC1SRi0yMDI2LTQ1MTAyKSBUaiBFVAplbmRzdHJlYW0gZW5kb2JqCjUg
MCBvYmogPDwvVHlwZS9Gb250L1N1YnR5cGUvVHlwZTEvQmFzZUZvbnQvSGVsdmV0aWNhPj4gZW5k
b2JqCnRyYWlsZXIgPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==

--NT_45102_mixed--
'''),
    ('sv', 'airline-checkin-open-reminder-agent-address', 'automated', (),
'''Return-Path: <bounce-8KQ4TZ-ci@em.nordair.example>
Received: from em-mta-03.nordair.example (em-mta-03.nordair.example [203.0.113.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H0c7T2ZfLz4w8Gm
        for <privacy@shop.example.be>; Thu, 25 Jun 2026 17:05:21 +0200 (CEST)
From: NordAir <no-reply@em.nordair.example>
To: SARA LINDQVIST <privacy@shop.example.be>
Subject: =?utf-8?q?Dags_att_checka_in_-_BRU=E2=80=93ARN_fredag_26_juni?=
Date: Thu, 25 Jun 2026 15:05:19 +0000
Message-ID: <0102019c3a7f-ci-8KQ4TZ-4471@em.nordair.example>
Precedence: bulk
Auto-Submitted: auto-generated
List-Unsubscribe: <https://www.nordair.example/unsub?u=7f3a91c2>, <mailto:unsub-7f3a91c2@em.nordair.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: checkin:nordair:transactional
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_8KQ4TZ_ci"

--b1_8KQ4TZ_ci
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej SARA LINDQVIST,

Nu är incheckningen öppen för din resa.

Bokningsnummer: 8KQ4TZ
Fredag 26 juni 2026
NA 318  Bryssel (BRU) 17:05 - Stockholm Arlanda (ARN) 19:20

Checka in senast 1 timme före avgång:
https://www.nordair.example/checkin?pnr=8KQ4TZ

Innan du checkar in
- Kontrollera att namnet i bokningen stämmer med ditt pass eller
  nationella id-kort.
- Fyll i passuppgifterna (passnummer, nationalitet, giltighetstid)
  under "Mina resor" om du inte redan har gjort det.
- Handbagage: 1 väska 8 kg + 1 liten väska.

Bokningen gjordes via resebyrå. Ändringar av bokningen görs via
resebyrån.

Trevlig resa!
NordAir

Du får det här mejlet eftersom e-postadressen finns i en bokning hos
NordAir. Vill du inte få erbjudanden från oss? Avregistrera dig:
https://www.nordair.example/unsub?u=7f3a91c2
Integritetspolicy: https://www.nordair.example/integritet

--b1_8KQ4TZ_ci
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Helvetica,Arial,sans-serif"><h1>Nu =C3=A4r=
 incheckningen =C3=B6ppen</h1><p>Hej SARA LINDQVIST,</p><p>Bokningsnummer: =
<b>8KQ4TZ</b><br>Fredag 26 juni 2026<br>NA 318 Bryssel (BRU) 17:05 - Stockh=
olm Arlanda (ARN) 19:20</p><p><a href=3D"https://www.nordair.example/checki=
n?pnr=3D8KQ4TZ" style=3D"background:#0b3d91;color:#fff;padding:10px 18px;te=
xt-decoration:none">Checka in nu</a></p><p>Fyll i passuppgifterna under Min=
a resor om du inte redan har gjort det.</p><p style=3D"font-size:11px;color=
:#777">Vill du inte f=C3=A5 erbjudanden? <a href=3D"https://www.nordair.exa=
mple/unsub?u=3D7f3a91c2">Avregistrera dig</a>. <a href=3D"https://www.norda=
ir.example/integritet">Integritetspolicy</a></p></body></html>

--b1_8KQ4TZ_ci--
'''),
    ('sv', 'person-withdraws-consent-above-partner-insurance-promo', 'withdraw_consent', (),
'''Return-Path: <linnea.sjoberg@telia.com>
Received: from smtp.telia.com (smtp-out11.telia.com [81.236.60.151])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H1xPq4WbDz4w4Tn
        for <privacy@shop.example.be>; Thu, 02 Jul 2026 19:58:10 +0200 (CEST)
From: =?utf-8?q?Linnea_Sj=C3=B6berg?= <linnea.sjoberg@telia.com>
To: "Shop Example" <privacy@shop.example.be>
Subject: =?utf-8?q?SV=3A_Sommarens_b=C3=A4sta_erbjudanden_-_20_=25_p=C3=A5_resef?=
 =?utf-8?q?=C3=B6rs=C3=A4kring!?=
Date: Thu, 2 Jul 2026 19:58:03 +0200
Message-ID: <000b01dbf1c4$8a2e3f10$9e8abd30$@telia.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHb8cR3r2yV0kLqS0uWq1gX9nF2aw==
Content-Language: sv

Hej,

Jag köpte en reseförsäkring hos er i Bryssel i våras och kryssade säkert i någon ruta då, men jag vill inte ha de här utskicken längre. Jag återkallar mitt samtycke till nyhetsbrev och erbjudanden, både från er och från NordTrygg.

Mvh
Linnea Sjöberg

Från: NordTrygg via Shop Example <nyheter@news.shop.example.be>
Skickat: den 2 juli 2026 09:00
Till: linnea.sjoberg@telia.com
Ämne: Sommarens bästa erbjudanden - 20 % på reseförsäkring!

SOMMARENS BÄSTA ERBJUDANDEN
Ska du ut och resa? Just nu får du 20 % rabatt på NordTryggs
Reseförsäkring Plus när du köper den i någon av våra butiker eller
på shop.example.be. Gäller t.o.m. 31 juli 2026.

Ny! Avbeställningsskydd för konsertbiljetter - 4,90 EUR per biljett.

Du får det här mejlet eftersom du har samtyckt till erbjudanden från
Shop Example och våra partner. Avregistrera dig här:
https://news.shop.example.be/u/9c1e77 | Integritetspolicy:
https://shop.example.be/privacy
'''),
    ('ro', 'gmail-dsn-yahoo-ro-no-account-insurance-access-reply', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H4yG1qFzWz4w7Rb
        for <privacy@shop.example.be>; Wed, 15 Jul 2026 10:26:41 +0200 (CEST)
Received: by 2002:a05:6a20:9f88:b0:1e2:4b17:0c33 with SMTP id mm8csp3812204pzb;
        Wed, 15 Jul 2026 01:26:40 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <pt-20260715-0061250@helpdesk.shop.example.be>
In-Reply-To: <pt-20260715-0061250@helpdesk.shop.example.be>
X-Failed-Recipients: andreea.popescu1987@yahoo.ro
Message-ID: <66a4e3f0.050a0220.3b1d2c.9f41.GMR@mx.google.com>
Date: Wed, 15 Jul 2026 01:26:40 -0700 (PDT)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000a0f1d3062d4c9b71"; report-type=delivery-status

--000000000000a0f1d3062d4c9b71
Content-Type: multipart/related; boundary="000000000000a0f97c062d4c9b7b"

--000000000000a0f97c062d4c9b7b
Content-Type: multipart/alternative; boundary="000000000000a0f983062d4c9b7c"

--000000000000a0f983062d4c9b7c
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to andreea.popescu1987@yahoo.ro because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
554 delivery error: dd This user doesn't have a yahoo.ro account (andreea.popescu1987@yahoo.ro) [0] - mta4012.mail.ir2.yahoo.com

--000000000000a0f983062d4c9b7c
Content-Type: text/html; charset="UTF-8"

<html>
<head></head>
<body>
<table cellpadding="0" cellspacing="0" style="padding-top:32px;background-color:#ffffff;width:100%"><tbody><tr><td style="font-family:Google Sans,Roboto,Helvetica,Arial,sans-serif;font-size:22px;color:#202124;line-height:28px">Address not found</td></tr>
<tr><td style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043;line-height:20px;padding-top:20px">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>andreea.popescu1987@yahoo.ro</b></a> because the address couldn't be found, or is unable to receive mail.</td></tr>
<tr><td style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;color:#202124;padding-top:24px">The response from the remote server was:</td></tr>
<tr><td style="font-family:monospace;font-size:12px;color:#3c4043;padding-top:12px">554 delivery error: dd This user doesn't have a yahoo.ro account (andreea.popescu1987@yahoo.ro) [0] - mta4012.mail.ir2.yahoo.com</td></tr>
</tbody></table>
</body>
</html>

--000000000000a0f983062d4c9b7c--

--000000000000a0f97c062d4c9b7b--

--000000000000a0f1d3062d4c9b71
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 15 Jul 2026 01:26:38 -0700 (PDT)
X-Original-Message-ID: <pt-20260715-0061250@helpdesk.shop.example.be>

Final-Recipient: rfc822; andreea.popescu1987@yahoo.ro
Action: failed
Status: 5.0.0
Remote-MTA: dns; mx-eu.mail.am0.yahoodns.net. (188.125.72.74, the server for the domain yahoo.ro.)
Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a yahoo.ro account (andreea.popescu1987@yahoo.ro) [0] - mta4012.mail.ir2.yahoo.com
Last-Attempt-Date: Wed, 15 Jul 2026 01:26:40 -0700 (PDT)

--000000000000a0f1d3062d4c9b71
Content-Type: message/rfc822

Date: Wed, 15 Jul 2026 10:26:35 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Andreea Popescu <andreea.popescu1987@yahoo.ro>
Subject: =?UTF-8?Q?Re=3A_Asigurare_de_c=C4=83l=C4=83torie_-_cerere_de_acces_la_date?=
Message-ID: <pt-20260715-0061250@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Stimat=C4=83 doamn=C4=83 Popescu,

v=C4=83 mul=C8=9Bumim pentru cererea din 2 iulie. Mai jos g=C4=83si=C8=9Bi =
datele pe care
Shop Example le de=C8=9Bine despre dumneavoastr=C4=83 =C3=AEn leg=C4=83tur=
=C4=83 cu asigurarea
de c=C4=83l=C4=83torie cump=C4=83rat=C4=83 =C3=AEn magazinul din Bruxelles,=
 Chauss=C3=A9e de Louvain,
la 19 iunie 2026: numele, adresa de e-mail, num=C4=83rul de telefon, num=C4=
=83rul
poli=C8=9Bei Carpatica Protect TP-2026-0101774 =C8=99i datele pl=C4=83=C8=
=9Bii.

Nu p=C4=83str=C4=83m o copie a pa=C8=99aportului. Datele privind starea de =
s=C4=83n=C4=83tate
din dosarul de daun=C4=83 sunt de=C8=9Binute numai de asigur=C4=83tor.

Cu stim=C4=83,
Anouk Verstraete
Echipa de protec=C8=9Bie a datelor - Shop Example SA/NV

--000000000000a0f1d3062d4c9b71--
'''),
    ('ro', 'insurer-claim-portal-documents-received-incomplete', 'automated', (),
'''Return-Path: <notificari@daune.carpaticaprotect.example>
Received: from mta1.carpaticaprotect.example (mta1.carpaticaprotect.example [203.0.113.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GyrB50KsPz4w1Ld
        for <privacy@shop.example.be>; Mon, 15 Jun 2026 12:40:05 +0200 (CEST)
From: =?utf-8?q?Carpatica_Protect_-_Daune?= <notificari@daune.carpaticaprotect.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Dosar_de_daun=C4=83_CP-DAU-2026-07731=3A_documente_primite?=
Date: Mon, 15 Jun 2026 13:40:03 +0300
Message-ID: <CP-DAU-2026-07731.doc.20260615134003@daune.carpaticaprotect.example>
Auto-Submitted: auto-generated
X-Mailer: ClaimsHub Notifications 5.1
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Stimat=C4=83 doamn=C4=83 / Stimate domn,

V=C4=83 inform=C4=83m c=C4=83 =C3=AEn dosarul de daun=C4=83 de mai jos au f=
ost =C3=AEnc=C4=83rcate
documente noi.

Num=C4=83r dosar:          CP-DAU-2026-07731
Poli=C8=9B=C4=83:               asigurare de c=C4=83l=C4=83torie =E2=80=9ET=
ravel Plus=E2=80=9D nr. TP-2026-0098812
Asigurat:             Mihai I******u
Eveniment:            anularea c=C4=83l=C4=83toriei - motive medicale
Data evenimentului:   03.06.2026

Documente primite (15.06.2026):
[x] scrisoare medical=C4=83 de externare
[x] confirmarea anul=C4=83rii rezerv=C4=83rii de la agen=C8=9Bia de turism
[ ] dovada pl=C4=83=C8=9Bii c=C4=83l=C4=83toriei (factur=C4=83 / chitan=C8=
=9B=C4=83) - LIPSE=C8=98TE

Stadiu:  =C3=8En analiz=C4=83 - documenta=C8=9Bie incomplet=C4=83
Termen estimat de solu=C8=9Bionare: 30 de zile lucr=C4=83toare de la comple=
tarea
dosarului.

Documentele lips=C4=83 se pot =C3=AEnc=C4=83rca =C3=AEn portalul de daune:
https://daune.carpaticaprotect.example/dosar/CP-DAU-2026-07731

Datele cu caracter personal, inclusiv datele privind starea de s=C4=83n=C4=
=83tate,
sunt prelucrate de Carpatica Protect Asigur=C4=83ri S.A. =C3=AEn scopul
instrument=C4=83rii dosarului de daun=C4=83, conform Regulamentului (UE) 20=
16/679
(GDPR) =C8=99i Legii nr. 190/2018. Ave=C8=9Bi dreptul de acces, rectificare,
=C8=99tergere, restric=C8=9Bionare, portabilitate =C8=99i opozi=C8=9Bie, pr=
ecum =C8=99i dreptul
de a depune pl=C3=A2ngere la ANSPDCP. Detalii: www.carpaticaprotect.example=
/gdpr

Primi=C8=9Bi acest mesaj =C3=AEn calitate de intermediar al poli=C8=9Bei. A=
cesta este
un mesaj generat automat, v=C4=83 rug=C4=83m s=C4=83 nu r=C4=83spunde=C8=9B=
i.

Carpatica Protect Asigur=C4=83ri S.A.
'''),
    ('ro', 'tour-operator-helpdesk-ack-forwarded-erasure-request', 'automated', (),
'''Return-Path: <support+id48817@dordeduca.example>
Received: from out-mta-12.helpdesk-mailer.example (out-mta-12.helpdesk-mailer.example [198.51.100.182])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Gz2Wc7PnRz4w3Mx
        for <privacy@shop.example.be>; Thu, 18 Jun 2026 08:53:17 +0200 (CEST)
From: =?utf-8?q?Dor_de_Duc=C4=83_Travel_-_Protec=C8=9Bia_Datelor?= <support@dordeduca.example>
Reply-To: =?utf-8?q?Dor_de_Duc=C4=83_Travel_-_Protec=C8=9Bia_Datelor?= <support+id48817@dordeduca.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?=5BDor_de_Duc=C4=83_Travel=5D_Re=3A_Cerere_de_=C8=99tergere_transm?=
 =?utf-8?q?is=C4=83_de_partener_-_DDT-2026-3390_=28=2348817=29?=
Date: Thu, 18 Jun 2026 06:53:15 +0000
Message-ID: <QX8R2KP4M_6864e1ab3c_sprut@helpdesk-mailer.example>
In-Reply-To: <pt-20260618-0051407@helpdesk.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Helpdesk Mailer
X-Ticket-ID: 48817
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

IyMtIFbEgyBydWfEg20gc8SDIHNjcmllyJtpIHLEg3NwdW5zdWwgZGVhc3VwcmEgYWNlc3RlaSBs
aW5paSAtIyMKCkJ1bsSDIHppdWEsCgpWxIMgbXVsyJt1bWltIHBlbnRydSBtZXNhai4gU29saWNp
dGFyZWEgZHVtbmVhdm9hc3RyxIMgYSBmb3N0IMOubnJlZ2lzdHJhdMSDCmN1IG51bcSDcnVsICM0
ODgxNy4KCkRhY8SDIGHIm2kgc29saWNpdGF0IGV4ZXJjaXRhcmVhIHVudWkgZHJlcHQgcHJpdmlu
ZCBkYXRlbGUgY3UgY2FyYWN0ZXIKcGVyc29uYWwgKGFjY2VzLCByZWN0aWZpY2FyZSwgyJl0ZXJn
ZXJlLCByZXN0cmljyJtpb25hcmUsIHBvcnRhYmlsaXRhdGUKc2F1IG9wb3ppyJtpZSksIHZvbSBy
xINzcHVuZGUgw65uIGNlbCBtdWx0IG8gbHVuxIMgZGUgbGEgcHJpbWlyZSwgY29uZm9ybQphcnQu
IDEyIGRpbiBSZWd1bGFtZW50dWwgKFVFKSAyMDE2LzY3OS4gRXN0ZSBwb3NpYmlsIHPEgyB2xIMg
Y2VyZW0KaW5mb3JtYcibaWkgc3VwbGltZW50YXJlIHBlbnRydSB2ZXJpZmljYXJlYSBpZGVudGl0
xIPIm2lpLgoKTnUgZXN0ZSBuZWNlc2FyIHPEgyByZXRyaW1pdGXIm2kgY2VyZXJlYS4gUGVudHJ1
IGEgYWTEg3VnYSBpbmZvcm1hyJtpaSwKcsSDc3B1bmRlyJtpIGxhIGFjZXN0IGUtbWFpbCDImWkg
cMSDc3RyYcibaSBudW3Eg3J1bCB0aWNoZXR1bHVpIMOubiBzdWJpZWN0LgoKRWNoaXBhIFByb3Rl
Y8ibaWEgRGF0ZWxvcgpEb3IgZGUgRHVjxIMgVHJhdmVsIFMuUi5MLgoKLS0tLS0tLS0tLS0tLS0t
LS0tLS0tLS0tLS0tLS0tLS0KU2hvcCBFeGFtcGxlIFByaXZhY3kgVGVhbSAocHJpdmFjeUBzaG9w
LmV4YW1wbGUuYmUpCjE4IGl1bi4gMjAyNiwgMDk6NTIKCkJ1bsSDIHppdWEsIHbEgyB0cmFuc21p
dGVtIGNlcmVyZWEgZGUgyJl0ZXJnZXJlIGEgZGF0ZWxvciBjbGllbnRlaSBFbGVuYQpEdW1pdHJ1
IChyZXplcnZhcmUgRERULTIwMjYtMzM5MCwgc2VqdXIgQW50YWx5YSwgdsOibmR1dCDDrm4gbWFn
YXppbnVsCm5vc3RydSBkaW4gQnJ1eGVsbGVzKS4gRGF0ZWxlIHBhyJlhcG9ydHVsdWkgYXUgZm9z
dCB0cmFuc21pc2UgZGUgbm9pCm51bWFpIGPEg3RyZSBkdW1uZWF2b2FzdHLEgyAuLi4KCkFjZXN0
IGUtbWFpbCBhIGZvc3QgdHJpbWlzIGF1dG9tYXQuIFtRWDhSMi03S1A0TV0K
'''),
    ('ro', 'person-replies-to-shop-auto-ack-five-weeks-threatens-anspdcp', 'complaint', ('access',),
'''Return-Path: <mihai.ionescu84@yahoo.ro>
Received: from sonic307-9.consmr.mail.ir2.yahoo.com (sonic307-9.consmr.mail.ir2.yahoo.com [77.238.178.147])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GzmD92YtFz4w9Qs
        for <privacy@shop.example.be>; Fri, 19 Jun 2026 22:14:50 +0200 (CEST)
Date: Fri, 19 Jun 2026 20:14:44 +0000 (UTC)
From: Mihai Ionescu <mihai.ionescu84@yahoo.ro>
To: Shop Example Privacy <privacy@shop.example.be>
Message-ID: <1523088476.3391204.1781900084512@mail.yahoo.com>
In-Reply-To: <ack-PRV-2026-04417@helpdesk.shop.example.be>
References: <ack-PRV-2026-04417@helpdesk.shop.example.be>
Subject: =?utf-8?q?Re=3A_=5BShop_Example=5D_Am_primit_mesajul_dumneavoastr=C4=83_/_We?=
 =?utf-8?q?_received_your_message_=28ref=2E_PRV-2026-04417=29?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.24912 YMailNorrin

Buna ziua,

Acesta e singurul raspuns pe care l-am primit de la dumneavoastra, pe 12 ma=
i. De atunci au trecut peste 5 saptamani si nu mi-a scris nimeni nimic. Am =
cerut o copie a datelor pe care le aveti despre mine din rezervarea facuta =
la magazinul din Bruxelles (pasaport, telefon, asigurarea de calatorie Carp=
atica) si sa-mi spuneti cui le-ati trimis.

Aveti o luna sa raspundeti, a trecut. Daca nu primesc datele in 7 zile fac =
plangere la autoritatea belgiana pentru protectia datelor si la ANSPDCP.

Mihai Ionescu
0032 486 33 71 09

On Tuesday, May 12, 2026 at 09:14:03 AM GMT+2, Shop Example Privacy <privac=
y@shop.example.be> wrote:

This is an automatic confirmation.

Thank you for contacting the Shop Example privacy team. We have received
your message and will reply within one month.

Your reference: PRV-2026-04417

Please do not reply to this message. If you want to add information,
send a new message to privacy@shop.example.be and mention your reference.

Shop Example SA/NV - Privacy Team
'''),
    ('el', 'sendmail-bounce-otenet-gr-ticket-name-reply', 'automated', (),
'''Return-Path: <>
Received: from relay3.shop.example.be (relay3.shop.example.be [192.0.2.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HmR1k5VwPz4w2Hn
        for <privacy@shop.example.be>; Tue, 08 Sep 2026 12:17:46 +0200 (CEST)
Received: from localhost (localhost)
	by relay3.shop.example.be (8.17.2/8.17.2) id 688AHjK4019932;
	Tue, 8 Sep 2026 12:17:45 +0200
Date: Tue, 8 Sep 2026 12:17:45 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@relay3.shop.example.be>
Message-Id: <202609081017.688AHjK4019932@relay3.shop.example.be>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="688AHjK4019932.1788862665/relay3.shop.example.be"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--688AHjK4019932.1788862665/relay3.shop.example.be

The original message was received at Tue, 8 Sep 2026 12:17:43 +0200
from helpdesk.shop.example.be [192.0.2.41]

   ----- The following addresses had permanent fatal errors -----
<g.papadopoulos@otenet.gr>
    (reason: 550 5.1.1 <g.papadopoulos@otenet.gr>: Recipient address rejected: User unknown in local recipient table)

   ----- Transcript of session follows -----
... while talking to mx.otenet.gr.:
>>> RCPT To:<g.papadopoulos@otenet.gr>
<<< 550 5.1.1 <g.papadopoulos@otenet.gr>: Recipient address rejected: User unknown in local recipient table
550 5.1.1 <g.papadopoulos@otenet.gr>... User unknown

--688AHjK4019932.1788862665/relay3.shop.example.be
Content-Type: message/delivery-status

Reporting-MTA: dns; relay3.shop.example.be
Received-From-MTA: DNS; helpdesk.shop.example.be
Arrival-Date: Tue, 8 Sep 2026 12:17:43 +0200

Final-Recipient: RFC822; g.papadopoulos@otenet.gr
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mx.otenet.gr
Diagnostic-Code: SMTP; 550 5.1.1 <g.papadopoulos@otenet.gr>: Recipient address rejected: User unknown in local recipient table
Last-Attempt-Date: Tue, 8 Sep 2026 12:17:45 +0200

--688AHjK4019932.1788862665/relay3.shop.example.be
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
	by relay3.shop.example.be (8.17.2/8.17.2) with ESMTPS id 688AHhQ8019929
	for <g.papadopoulos@otenet.gr>; Tue, 8 Sep 2026 12:17:43 +0200
Date: Tue, 8 Sep 2026 12:17:41 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?b?zpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM+Mz4DOv8+FzrvOv8+C?= <g.papadopoulos@otenet.gr>
Subject: =?utf-8?b?UmU6IM6VzrnPg865z4TOrs+BzrnOsSDPg8+Ezr8gz4zOvc6/zrzOrCDOvM6/z4Ug?=
 =?utf-8?b?LSDPg8+Fzr3Osc+FzrvOr86xIDE3LzEw?=
Message-ID: <pt-20260908-0069902@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Αγαπητέ κύριε Παπαδόπουλε,

σας ευχαριστούμε για το μήνυμά σας της 1ης Σεπτεμβρίου σχετικά με τα
δύο εισιτήρια για τη συναυλία της 17ης Οκτωβρίου, που αγοράσατε στο
κατάστημά μας στη Rue Neuve.

Τα εισιτήρια εκδόθηκαν από την πλατφόρμα EisitiriaNet στο δικό σας
όνομα, διότι έτσι ορίζει ο διοργανωτής. Εμείς δεν μπορούμε να
αλλάξουμε το όνομα στο εισιτήριο· η αλλαγή γίνεται μόνο μέσω της
πλατφόρμας (https://www.eisitirianet.example/metavivasi). Στο δικό μας
σύστημα διατηρούμε μόνο το όνομά σας, τον αριθμό της παραγγελίας και
τα στοιχεία της πληρωμής.

Με εκτίμηση,

Anouk Verstraete
Ομάδα προστασίας δεδομένων - Shop Example SA/NV

--688AHjK4019932.1788862665/relay3.shop.example.be--
'''),
    ('el', 'ticketing-event-cancelled-point-of-sale-refund-rules', 'automated', (),
'''Return-Path: <bounce-pos-0311@mailer.eisitirianet.example>
Received: from mailer.eisitirianet.example (mailer.eisitirianet.example [203.0.113.240])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hj8Ts1MxCz4w6Kv
        for <privacy@shop.example.be>; Thu, 10 Sep 2026 17:32:08 +0200 (CEST)
From: EisitiriaNet <noreply@eisitirianet.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpHOus+Nz4HPic+DzrcgzrXOus60zq7Ou8+Jz4POt8+COiDOn865IM6dz4zPhM61?=
 =?utf-8?b?z4Igz4TOv8+FIM6RzrnOs86xzq/Ov8+FIC0gzpLPgc+Fzr7Orc67zrvOtc+CIDE3?=
 =?utf-8?b?LzEwLzIwMjY=?=
Date: Thu, 10 Sep 2026 18:32:06 +0300
Message-ID: <cancel-ev20419-pos0311.1789054326@eisitirianet.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="==ev20419=="

--==ev20419==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CF=8C =CF=83=CE=B7=CE=BC=CE=B5=CE=AF=
=CE=BF =CF=80=CF=8E=CE=BB=CE=B7=CF=83=CE=B7=CF=82,

=CE=A3=CE=B1=CF=82 =CE=B5=CE=BD=CE=B7=CE=BC=CE=B5=CF=81=CF=8E=CE=BD=CE=BF=
=CF=85=CE=BC=CE=B5 =CF=8C=CF=84=CE=B9 =CE=B7 =CF=80=CE=B1=CF=81=CE=B1=CE=BA=
=CE=AC=CF=84=CF=89 =CE=B5=CE=BA=CE=B4=CE=AE=CE=BB=CF=89=CF=83=CE=B7 =CE=91=
=CE=9A=CE=A5=CE=A1=CE=A9=CE=9D=CE=95=CE=A4=CE=91=CE=99 =CE=BC=CE=B5 =CE=B1=
=CF=80=CF=8C=CF=86=CE=B1=CF=83=CE=B7 =CF=84=CE=BF=CF=85
=CE=B4=CE=B9=CE=BF=CF=81=CE=B3=CE=B1=CE=BD=CF=89=CF=84=CE=AE.

=CE=95=CE=BA=CE=B4=CE=AE=CE=BB=CF=89=CF=83=CE=B7:     =CE=9F=CE=B9 =CE=9D=
=CF=8C=CF=84=CE=B5=CF=82 =CF=84=CE=BF=CF=85 =CE=91=CE=B9=CE=B3=CE=B1=CE=AF=
=CE=BF=CF=85 - Live =CF=83=CF=84=CE=B9=CF=82 =CE=92=CF=81=CF=85=CE=BE=CE=AD=
=CE=BB=CE=BB=CE=B5=CF=82
=CE=A7=CF=8E=CF=81=CE=BF=CF=82:        Cirque Royal, Bruxelles
=CE=97=CE=BC=CE=B5=CF=81=CE=BF=CE=BC=CE=B7=CE=BD=CE=AF=CE=B1:   =CE=A3=CE=
=AC=CE=B2=CE=B2=CE=B1=CF=84=CE=BF 17 =CE=9F=CE=BA=CF=84=CF=89=CE=B2=CF=81=
=CE=AF=CE=BF=CF=85 2026, 20:30
=CE=95=CE=B9=CF=83=CE=B9=CF=84=CE=AE=CF=81=CE=B9=CE=B1 =CE=B1=CF=80=CF=8C =
=CF=84=CE=BF =CF=83=CE=B7=CE=BC=CE=B5=CE=AF=CE=BF =CF=83=CE=B1=CF=82: 14 (=
=CF=83=CE=B5 6 =CF=80=CE=B1=CF=81=CE=B1=CE=B3=CE=B3=CE=B5=CE=BB=CE=AF=CE=B5=
=CF=82)

=CE=95=CF=80=CE=B9=CF=83=CF=84=CF=81=CE=BF=CF=86=CE=AE =CF=87=CF=81=CE=B7=
=CE=BC=CE=AC=CF=84=CF=89=CE=BD
- =CE=91=CE=B3=CE=BF=CF=81=CE=AD=CF=82 =CE=BC=CE=B5 =CE=BA=CE=AC=CF=81=CF=
=84=CE=B1: =CE=B1=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=B7 =CE=B5=CF=80=CE=
=B9=CF=83=CF=84=CF=81=CE=BF=CF=86=CE=AE =CF=83=CF=84=CE=B7=CE=BD =CE=AF=CE=
=B4=CE=B9=CE=B1 =CE=BA=CE=AC=CF=81=CF=84=CE=B1 =CE=B5=CE=BD=CF=84=CF=8C=CF=
=82 14
  =CE=B5=CF=81=CE=B3=CE=AC=CF=83=CE=B9=CE=BC=CF=89=CE=BD =CE=B7=CE=BC=CE=B5=
=CF=81=CF=8E=CE=BD.
- =CE=91=CE=B3=CE=BF=CF=81=CE=AD=CF=82 =CE=BC=CE=B5 =CE=BC=CE=B5=CF=84=CF=
=81=CE=B7=CF=84=CE=AC =CF=83=CF=84=CE=BF =CF=84=CE=B1=CE=BC=CE=B5=CE=AF=CE=
=BF =CF=83=CE=B1=CF=82: =CE=BF =CF=80=CE=B5=CE=BB=CE=AC=CF=84=CE=B7=CF=82 =
=CF=80=CF=81=CE=BF=CF=83=CE=AD=CF=81=CF=87=CE=B5=CF=84=CE=B1=CE=B9 =CF=83=
=CF=84=CE=BF =CF=83=CE=B7=CE=BC=CE=B5=CE=AF=CE=BF
  =CF=80=CF=8E=CE=BB=CE=B7=CF=83=CE=B7=CF=82 =CE=BC=CE=B5 =CF=84=CE=BF =CE=
=B5=CE=B9=CF=83=CE=B9=CF=84=CE=AE=CF=81=CE=B9=CE=BF =CE=AE =CF=84=CE=B7=CE=
=BD =CE=B1=CF=80=CF=8C=CE=B4=CE=B5=CE=B9=CE=BE=CE=B7. =CE=A4=CE=BF =CF=80=
=CE=BF=CF=83=CF=8C =CF=83=CF=85=CE=BC=CF=88=CE=B7=CF=86=CE=AF=CE=B6=CE=B5=
=CF=84=CE=B1=CE=B9 =CF=83=CF=84=CE=B7=CE=BD
  =CE=B5=CF=80=CF=8C=CE=BC=CE=B5=CE=BD=CE=B7 =CE=B5=CE=BA=CE=BA=CE=B1=CE=B8=
=CE=AC=CF=81=CE=B9=CF=83=CE=B7 =CF=84=CE=BF=CF=85 =CF=83=CE=B7=CE=BC=CE=B5=
=CE=AF=CE=BF=CF=85.

=CE=9F=CE=B9 =CE=BA=CE=AC=CF=84=CE=BF=CF=87=CE=BF=CE=B9 =CF=84=CF=89=CE=BD =
=CE=B5=CE=B9=CF=83=CE=B9=CF=84=CE=B7=CF=81=CE=AF=CF=89=CE=BD =CE=B5=CE=BD=
=CE=B7=CE=BC=CE=B5=CF=81=CF=8E=CE=BD=CE=BF=CE=BD=CF=84=CE=B1=CE=B9 =CE=BE=
=CE=B5=CF=87=CF=89=CF=81=CE=B9=CF=83=CF=84=CE=AC =CF=83=CF=84=CE=BF e-mail =
=CF=80=CE=BF=CF=85
=CE=B4=CE=B7=CE=BB=CF=8E=CE=B8=CE=B7=CE=BA=CE=B5 =CE=BA=CE=B1=CF=84=CE=AC =
=CF=84=CE=B7=CE=BD =CE=B1=CE=B3=CE=BF=CF=81=CE=AC. =CE=A4=CE=B1 =CE=BF=CE=
=BD=CE=BF=CE=BC=CE=B1=CF=84=CE=B5=CF=80=CF=8E=CE=BD=CF=85=CE=BC=CE=B1 =CF=
=84=CF=89=CE=BD =CE=BA=CE=B1=CF=84=CF=8C=CF=87=CF=89=CE=BD =CE=B8=CE=B1 =CE=
=B4=CE=B9=CE=B1=CE=B3=CF=81=CE=B1=CF=86=CE=BF=CF=8D=CE=BD
=CE=B1=CF=80=CF=8C =CF=84=CE=BF =CF=83=CF=8D=CF=83=CF=84=CE=B7=CE=BC=CE=B1 =
=CE=BC=CE=B5=CF=84=CE=AC =CF=84=CE=B7=CE=BD =CE=BF=CE=BB=CE=BF=CE=BA=CE=BB=
=CE=AE=CF=81=CF=89=CF=83=CE=B7 =CF=84=CF=89=CE=BD =CE=B5=CF=80=CE=B9=CF=83=
=CF=84=CF=81=CE=BF=CF=86=CF=8E=CE=BD, =CF=83=CF=8D=CE=BC=CF=86=CF=89=CE=BD=
=CE=B1 =CE=BC=CE=B5 =CF=84=CE=B7=CE=BD
=CF=80=CE=BF=CE=BB=CE=B9=CF=84=CE=B9=CE=BA=CE=AE =CE=B1=CF=80=CE=BF=CF=81=
=CF=81=CE=AE=CF=84=CE=BF=CF=85 =CE=BC=CE=B1=CF=82 =CE=BA=CE=B1=CE=B9 =CF=84=
=CE=BF=CE=BD =CE=93=CE=B5=CE=BD=CE=B9=CE=BA=CF=8C =CE=9A=CE=B1=CE=BD=CE=BF=
=CE=BD=CE=B9=CF=83=CE=BC=CF=8C =CE=B3=CE=B9=CE=B1 =CF=84=CE=B7=CE=BD =CE=A0=
=CF=81=CE=BF=CF=83=CF=84=CE=B1=CF=83=CE=AF=CE=B1
=CE=94=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD (=CE=93=CE=9A=CE=A0=
=CE=94).

=CE=91=CF=85=CF=84=CF=8C =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=B1=CF=85=CF=84=
=CE=BF=CE=BC=CE=B1=CF=84=CE=BF=CF=80=CE=BF=CE=B9=CE=B7=CE=BC=CE=AD=CE=BD=CE=
=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1. =CE=A0=CE=B1=CF=81=CE=B1=CE=BA=CE=
=B1=CE=BB=CE=BF=CF=8D=CE=BC=CE=B5 =CE=BC=CE=B7=CE=BD =CE=B1=CF=80=CE=B1=CE=
=BD=CF=84=CE=AC=CF=84=CE=B5.
EisitiriaNet =CE=9C=CE=BF=CE=BD=CE=BF=CF=80=CF=81=CF=8C=CF=83=CF=89=CF=80=
=CE=B7 =CE=91.=CE=95.

--==ev20419==
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWYiPjxoMiBzdHls
ZT0iY29sb3I6I2IwMDAyMCI+zpHOus+Nz4HPic+DzrcgzrXOus60zq7Ou8+Jz4POt8+CPC9oMj48
cD7On865IM6dz4zPhM61z4Igz4TOv8+FIM6RzrnOs86xzq/Ov8+FIC0gTGl2ZSDPg8+EzrnPgiDO
ks+Bz4XOvs6tzrvOu861z4I8YnI+Q2lycXVlIFJveWFsLCBCcnV4ZWxsZXM8YnI+zqPOrM6yzrLO
sc+Ezr8gMTcgzp/Ous+Ez4nOss+Bzq/Ov8+FIDIwMjYsIDIwOjMwPC9wPjxwPs6VzrnPg865z4TO
rs+BzrnOsSDOsc+Az4wgz4TOvyDPg863zrzOtc6vzr8gz4POsc+COiA8Yj4xNDwvYj4gKM+DzrUg
NiDPgM6xz4HOsc6zzrPOtc67zq/Otc+CKTwvcD48cD7Okc6zzr/Pgc6tz4IgzrzOtSDOus6sz4HP
hM6xOiDOsc+Fz4TPjM68zrHPhM63IM61z4DOuc+Dz4TPgc6/z4bOriDOtc69z4TPjM+CIDE0IM61
z4HOs86sz4POuc68z4nOvSDOt868zrXPgc+Ozr0uIM6RzrPOv8+Bzq3PgiDOvM61IM68zrXPhM+B
zrfPhM6sOiDOtc+AzrnPg8+Ez4HOv8+Gzq4gz4PPhM6/IM+EzrHOvM61zq/OvyDPhM6/z4Ugz4PO
t868zrXOr86/z4Ugz4DPjs67zrfPg863z4IuPC9wPjxwIHN0eWxlPSJmb250LXNpemU6MTFweDtj
b2xvcjojODg4Ij7Okc+Fz4TPjCDOtc6vzr3Osc65IM6xz4XPhM6/zrzOsc+Ezr/PgM6/zrnOt868
zq3Ovc6/IM68zq7Ovc+FzrzOsS4gzqDOsc+BzrHOus6xzrvOv8+NzrzOtSDOvM63zr0gzrHPgM6x
zr3PhM6sz4TOtS48L3A+PC9ib2R5PjwvaHRtbD4K

--==ev20419==--
'''),
    ('el', 'car-rental-damage-report-deposit-held-partner-copy', 'automated', (),
'''Return-Path: <damages@aigaio-rent.example>
Received: from fleet.aigaio-rent.example (fleet.aigaio-rent.example [198.51.100.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HkJ3x6RbTz4w1Fp
        for <privacy@shop.example.be>; Sat, 05 Sep 2026 13:41:27 +0200 (CEST)
From: =?utf-8?b?QWlnYWlvIFJlbnQgLSDOls63zrzOuc6tz4I=?= <damages@aigaio-rent.example>
To: PAPADAKIS DIMITRIOS <d.papadakis@otenet.gr>, privacy@shop.example.be
Subject: =?utf-8?b?zpHOvc6xz4bOv8+BzqwgzrbOt868zrnOrM+CIC0gzqPPjc68zrLOsc+DzrcgQVIt?=
 =?utf-8?b?SEVSLTIwMjYtMTEyMDQ=?=
Date: Sat, 05 Sep 2026 14:41:25 +0300
Message-ID: <dmg.AR-HER-2026-11204.1788608485@fleet.aigaio-rent.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Αξιότιμε πελάτη,

Κατά την παραλαβή του οχήματος στο αεροδρόμιο Ηρακλείου στις
05/09/2026 13:20 καταγράφηκαν οι παρακάτω ζημιές, οι οποίες δεν
υπήρχαν στο δελτίο παράδοσης:

Σύμβαση:   AR-HER-2026-11204
Όχημα:     Peugeot 208, ΗΡΧ-4471
Μισθωτής:  PAPADAKIS DIMITRIOS
Δίπλωμα οδήγησης: αρ. ****5512, έλεγχος εγκυρότητας κατά την παράδοση: OK

1. Γρατζουνιά στον πίσω δεξιό προφυλακτήρα (~12 εκ.)
2. Βαθούλωμα στην μπροστινή αριστερή πόρτα

Φωτογραφίες: https://portal.aigaio-rent.example/d/AR-HER-2026-11204
Εκτιμώμενο κόστος επισκευής: 340,00 €
Εγγύηση (δέσμευση στην κάρτα ****3391): 800,00 €
Το υπόλοιπο των 460,00 € θα αποδεσμευτεί αφού οριστικοποιηθεί η
εκτίμηση, εντός 10 εργάσιμων ημερών.

Αν διαφωνείτε, μπορείτε να υποβάλετε αντιρρήσεις εντός 7 ημερών μέσω
του παραπάνω συνδέσμου. Μετά την παρέλευση της προθεσμίας η χρέωση
θεωρείται αποδεκτή.

Η κράτηση έγινε μέσω του συνεργάτη Shop Example, Bruxelles -
αντίγραφο του μηνύματος στάλθηκε στον συνεργάτη.

Aigaio Rent Α.Ε.
Το μήνυμα δημιουργήθηκε από το σύστημα διαχείρισης στόλου.
'''),
    ('el', 'gmail-vacation-responder-greek-ticket-buyer', 'automated', (),
'''Return-Path: <eleni.georgiou.bxl@gmail.com>
Received: from mail-wr1-f45.google.com (mail-wr1-f45.google.com [209.85.221.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HnB6w3KqLz4w5Dt
        for <privacy@shop.example.be>; Fri, 18 Sep 2026 10:02:31 +0200 (CEST)
Received: by mail-wr1-f45.google.com with SMTP id ffacd0b85a97d-3a4f8c1e2b0so1183422f8f.3
        for <privacy@shop.example.be>; Fri, 18 Sep 2026 01:02:30 -0700 (PDT)
MIME-Version: 1.0
From: =?utf-8?b?zpXOu86tzr3OtyDOk861z4nPgc6zzq/Ov8+F?= <eleni.georgiou.bxl@gmail.com>
Date: Fri, 18 Sep 2026 10:02:29 +0200
Message-ID: <CAJp5vR0x-autoreply-8fK2mQ1sN7tY4wL9cB3dE6hZ@mail.gmail.com>
Subject: =?utf-8?b?zpvOtc6vz4DPiSDPg861IM+EzrHOvs6vzrTOuQ==?=
To: privacy@shop.example.be
In-Reply-To: <pt-20260918-0073377@helpdesk.shop.example.be>
References: <pt-20260918-0073377@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000007c4e1a062f0b2d58"

--0000000000007c4e1a062f0b2d58
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6bzrXOr8+Az4kgz4POtSDPhM6xzr7Or860zrkg
zrzOrc+Hz4HOuSDPhM65z4IgMjggzqPOtc+Az4TOtc68zrLPgc6vzr/PhSDOus6xzrkgzrXOu86t
zrPPh8+JIM+Dz4DOrM69zrnOsSDPhM6/CmVtYWlsIM68zr/PhS4gzpjOsSDPg86xz4IgzrHPgM6x
zr3PhM6uz4PPiSDOvM+MzrvOuc+CIM61z4DOuc+Dz4TPgc6tz4jPiS4KCs6Vz4XPh86xz4HOuc+D
z4TPjiwKzpXOu86tzr3OtyDOk861z4nPgc6zzq/Ov8+FCg==

--0000000000007c4e1a062f0b2d58
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

PGRpdiBkaXI9Imx0ciI+zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiw8YnI+PGJyPs6bzrXOr8+A
z4kgz4POtSDPhM6xzr7Or860zrkgzrzOrc+Hz4HOuSDPhM65z4IgMjggzqPOtc+Az4TOtc68zrLP
gc6vzr/PhSDOus6xzrkgzrXOu86tzrPPh8+JIM+Dz4DOrM69zrnOsSDPhM6/IGVtYWlsIM68zr/P
hS4gzpjOsSDPg86xz4IgzrHPgM6xzr3PhM6uz4PPiSDOvM+MzrvOuc+CIM61z4DOuc+Dz4TPgc6t
z4jPiS48YnI+PGJyPs6Vz4XPh86xz4HOuc+Dz4TPjiw8YnI+zpXOu86tzr3OtyDOk861z4nPgc6z
zq/Ov8+FPC9kaXY+Cg==

--0000000000007c4e1a062f0b2d58--
'''),
    ('el', 'person-forwards-event-cancellation-asks-cash-refund', 'other', (),
'''Return-Path: <kostas.mavridis@otenet.gr>
Received: from mailgate.otenet.gr (mailgate.otenet.gr [83.235.67.30])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HjQ2m0VtXz4w8Bc
        for <privacy@shop.example.be>; Fri, 11 Sep 2026 09:48:02 +0200 (CEST)
Message-ID: <b7e2c1d4-5f3a-4e8b-9d21-6c0a7f3e1b58@otenet.gr>
Date: Fri, 11 Sep 2026 09:47:55 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: el
From: =?utf-8?b?zprPjs+Dz4TOsc+CIM6czrHPhc+Bzq/OtM63z4I=?= <kostas.mavridis@otenet.gr>
To: privacy@shop.example.be
Subject: =?utf-8?b?RndkOiDOkc66z43Pgc+Jz4POtyDOtc66zrTOrs67z4nPg863z4IgLSDOtyDPgM6x?=
 =?utf-8?b?z4HOsc6zzrPOtc67zq/OsSDPg86xz4IgRU4tMjAyNi01NTgxMDI=?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Καλημέρα,

μου ήρθε το παρακάτω. Τα εισιτήρια τα πλήρωσα με μετρητά στο κατάστημά
σας στη Rue Neuve (2 εισιτήρια, 84 ευρώ). Τα λεφτά θα μου τα δώσετε
εσείς ή πρέπει να μιλήσω με την εταιρεία; Πρέπει να φέρω και
ταυτότητα ή φτάνει η απόδειξη;

Ευχαριστώ,
Κώστας Μαυρίδης


-------- Προωθημένο μήνυμα --------
Θέμα: 	Ακύρωση εκδήλωσης - η παραγγελία σας EN-2026-558102
Ημερομηνία: 	Thu, 10 Sep 2026 18:40:12 +0300
Από: 	EisitiriaNet <noreply@eisitirianet.example>
Προς: 	kostas.mavridis@otenet.gr



Αγαπητέ/ή ΚΩΝΣΤΑΝΤΙΝΟΣ ΜΑΥΡΙΔΗΣ,

Λυπούμαστε να σας ενημερώσουμε ότι η εκδήλωση «Οι Νότες του Αιγαίου -
Live στις Βρυξέλλες» (Cirque Royal, 17/10/2026) ακυρώθηκε από τον
διοργανωτή.

Παραγγελία: EN-2026-558102 - 2 εισιτήρια, 84,00 €
Σημείο αγοράς: Shop Example, Bruxelles (μετρητά)

Για αγορές με μετρητά η επιστροφή γίνεται στο σημείο αγοράς, με την
επίδειξη του εισιτηρίου ή της απόδειξης.

Τα προσωπικά σας δεδομένα (ονοματεπώνυμο, e-mail) θα διαγραφούν από
το σύστημά μας μετά την ολοκλήρωση της επιστροφής, σύμφωνα με τον ΓΚΠΔ.
Για τα δικαιώματά σας: https://www.eisitirianet.example/privacy

Αυτό είναι αυτοματοποιημένο μήνυμα. Παρακαλούμε μην απαντάτε.
'''),
    ('bg', 'qmail-failure-mail-bg-over-quota-van-licence-reply', 'automated', (),
'''Return-Path: <>
Received: from mx2.mail.bg (mx2.mail.bg [193.201.172.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HGk2d7TzNz4w4Bx
        for <privacy@shop.example.be>; Thu, 30 Jul 2026 11:09:14 +0200 (CEST)
Received: (qmail 22417 invoked for bounce); 30 Jul 2026 09:09:13 -0000
Date: 30 Jul 2026 09:09:13 -0000
From: MAILER-DAEMON@mx2.mail.bg
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260730090913.22417.qmail@mx2.mail.bg>

Hi. This is the qmail-send program at mx2.mail.bg.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ivan.dimitrov76@mail.bg>:
The users mailfolder is over the allowed quota (size). (#5.2.2)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 22395 invoked from network); 30 Jul 2026 09:09:12 -0000
Received: from relay2.shop.example.be (192.0.2.31)
  by mx2.mail.bg with ESMTPS (TLS_AES_256_GCM_SHA384); 30 Jul 2026 09:09:12 -0000
Date: Thu, 30 Jul 2026 11:09:08 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?b?0JjQstCw0L0g0JTQuNC80LjRgtGA0L7Qsg==?= <ivan.dimitrov76@mail.bg>
Subject: =?utf-8?b?UmU6INCa0L7Qv9C40LUg0L3QsCDRiNC+0YTRjNC+0YDRgdC60LDRgtCwINC60L3QuNC20LrQsA==?=
Message-ID: <pt-20260730-0060215@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Уважаеми г-н Димитров,

благодарим Ви за съобщението от 24 юли относно наема на товарен бус
(договор VG-BXL-2026-2377), направен на нашето гише в Андерлехт.

Копието на шофьорската Ви книжка, което колегата ни направи на
гишето, беше изтрито от нашата система на 29 юли 2026 г. Книжката
е сканирана и от фирмата за коли под наем Van&Go Rental, която
е администратор на тези данни; за тяхното копие, моля, обърнете се
директно към privacy@vango-rental.example.

Поздрави,
Anouk Verstraete
Екип за защита на данните - Shop Example SA/NV
'''),
    ('bg', 'tour-operator-partner-newsletter-privacy-policy-update', 'automated', (),
'''Return-Path: <bounce-mc.us21_90412.2026-08-BE0311@mail247.atl121.mcsv.example>
Received: from mail247.atl121.mcsv.example (mail247.atl121.mcsv.example [198.51.100.247])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HHt0z5BcRz4w7Lw
        for <privacy@shop.example.be>; Tue, 04 Aug 2026 09:30:44 +0200 (CEST)
From: =?utf-8?b?0KfQtdGA0L3QviDQvNC+0YDQtSDQotGA0LDQstGK0LsgLSDQn9Cw0YDRgtC90Yw=?=
 =?utf-8?b?0L7RgNC4?= <partners@chernomore-travel.example>
Reply-To: partners@chernomore-travel.example
To: Shop Example Bruxelles <privacy@shop.example.be>
Subject: =?utf-8?b?0JDQutGC0YPQsNC70LjQt9C40YDQsNGF0LzQtSDQn9C+0LvQuNGC0LjQutCw0YI=?=
 =?utf-8?b?0LAg0LfQsCDQv9C+0LLQtdGA0LjRgtC10LvQvdC+0YHRgiAtINCy0LDQttC90L4g?=
 =?utf-8?b?0LfQsCDQv9Cw0YDRgtC90YzQvtGA0LjRgtC1?=
Date: Tue, 04 Aug 2026 07:30:41 +0000
Message-ID: <3f9c1a7e20d84b55a19e.20260804073041.BE0311@mail247.atl121.mcsv.example>
List-ID: <partners.chernomore-travel.example>
List-Unsubscribe: <https://news.chernomore-travel.example/unsubscribe?a=BE0311&c=2026-08>, <mailto:unsubscribe-BE0311@news.chernomore-travel.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Campaign: 2026-08-gdpr-partners
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_MCPart_2026080407"

--_----------=_MCPart_2026080407
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=D0=A3=D0=B2=D0=B0=D0=B6=D0=B0=D0=B5=D0=BC=D0=B8 =D0=BF=D0=B0=D1=80=D1=82=
=D0=BD=D1=8C=D0=BE=D1=80=D0=B8,

=D0=9E=D1=82 1 =D1=81=D0=B5=D0=BF=D1=82=D0=B5=D0=BC=D0=B2=D1=80=D0=B8 2026 =
=D0=B3. =D0=B2=D0=BB=D0=B8=D0=B7=D0=B0 =D0=B2 =D1=81=D0=B8=D0=BB=D0=B0 =D0=
=BD=D0=BE=D0=B2=D0=B0 =D0=B2=D0=B5=D1=80=D1=81=D0=B8=D1=8F =D0=BD=D0=B0 =D0=
=BD=D0=B0=D1=88=D0=B0=D1=82=D0=B0 =D0=9F=D0=BE=D0=BB=D0=B8=D1=82=D0=B8=D0=
=BA=D0=B0 =D0=B7=D0=B0
=D0=BF=D0=BE=D0=B2=D0=B5=D1=80=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=BE=D1=81=D1=
=82 =D0=B8 =D0=BD=D0=B0 =D0=A1=D0=BF=D0=BE=D1=80=D0=B0=D0=B7=D1=83=D0=BC=D0=
=B5=D0=BD=D0=B8=D0=B5=D1=82=D0=BE =D0=B7=D0=B0 =D0=BE=D0=B1=D1=80=D0=B0=D0=
=B1=D0=BE=D1=82=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D0=BB=D0=B8=D1=87=D0=
=BD=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 =D1=81
=D1=82=D1=83=D1=80=D0=B8=D1=81=D1=82=D0=B8=D1=87=D0=B5=D1=81=D0=BA=D0=B8=D1=
=82=D0=B5 =D0=B0=D0=B3=D0=B5=D0=BD=D1=82=D0=B8.

=D0=9A=D0=B0=D0=BA=D0=B2=D0=BE =D1=81=D0=B5 =D0=BF=D1=80=D0=BE=D0=BC=D0=B5=
=D0=BD=D1=8F:
- =D0=94=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D0=BE=D1=82 =D0=BF=D0=B0=D1=
=81=D0=BF=D0=BE=D1=80=D1=82=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 =D0=BF=D1=8A=D1=
=82=D1=83=D0=B2=D0=B0=D1=89=D0=B8=D1=82=D0=B5 (=D0=BD=D0=BE=D0=BC=D0=B5=D1=
=80, =D0=B2=D0=B0=D0=BB=D0=B8=D0=B4=D0=BD=D0=BE=D1=81=D1=82, =D0=B3=D1=80=
=D0=B0=D0=B6=D0=B4=D0=B0=D0=BD=D1=81=D1=82=D0=B2=D0=BE)
  =D1=89=D0=B5 =D1=81=D0=B5 =D1=81=D1=8A=D1=85=D1=80=D0=B0=D0=BD=D1=8F=D0=
=B2=D0=B0=D1=82 =D0=B4=D0=BE 90 =D0=B4=D0=BD=D0=B8 =D1=81=D0=BB=D0=B5=D0=B4=
 =D0=B2=D1=80=D1=8A=D1=89=D0=B0=D0=BD=D0=B5=D1=82=D0=BE =D0=BE=D1=82 =D0=BF=
=D1=8A=D1=82=D1=83=D0=B2=D0=B0=D0=BD=D0=B5=D1=82=D0=BE =D0=B2=D0=BC=D0=B5=
=D1=81=D1=82=D0=BE
  =D0=B4=D0=BE=D1=81=D0=B5=D0=B3=D0=B0=D1=88=D0=BD=D0=B0=D1=82=D0=B0 1 =D0=
=B3=D0=BE=D0=B4=D0=B8=D0=BD=D0=B0.
- =D0=9A=D0=BE=D0=BF=D0=B8=D1=8F =D0=BD=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=
=B8 =D0=B4=D0=BE=D0=BA=D1=83=D0=BC=D0=B5=D0=BD=D1=82=D0=B8 =D0=B2=D0=B5=D1=
=87=D0=B5 =D0=BD=D0=B5 =D1=81=D0=B5 =D0=BF=D1=80=D0=B8=D0=B5=D0=BC=D0=B0=D1=
=82 =D0=BF=D0=BE =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB - =D1=81=D0=B0=D0=BC=D0=BE =
=D0=BF=D1=80=D0=B5=D0=B7
  =D0=BF=D0=B0=D1=80=D1=82=D0=BD=D1=8C=D0=BE=D1=80=D1=81=D0=BA=D0=B8=D1=8F =
=D0=BF=D0=BE=D1=80=D1=82=D0=B0=D0=BB.
- =D0=94=D0=BE=D0=B1=D0=B0=D0=B2=D1=8F=D0=BC=D0=B5 =D0=BD=D0=BE=D0=B2 =D0=
=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB: =D1=81=D0=B8=D1=81=D1=
=82=D0=B5=D0=BC=D0=B8=D1=82=D0=B5 =D0=B7=D0=B0 =D0=BF=D1=80=D0=B5=D0=B4=D0=
=B2=D0=B0=D1=80=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=B0 =D0=B8=D0=BD=D1=84=D0=
=BE=D1=80=D0=BC=D0=B0=D1=86=D0=B8=D1=8F =D0=B7=D0=B0
  =D0=BF=D1=8A=D1=82=D0=BD=D0=B8=D1=86=D0=B8=D1=82=D0=B5 (API/PNR) =D0=BD=
=D0=B0 =D0=B0=D0=B2=D0=B8=D0=BE=D0=BF=D1=80=D0=B5=D0=B2=D0=BE=D0=B7=D0=B2=
=D0=B0=D1=87=D0=B8=D1=82=D0=B5.
- =D0=9A=D0=BB=D0=B8=D0=B5=D0=BD=D1=82=D0=B8=D1=82=D0=B5 =D0=BC=D0=BE=D0=B3=
=D0=B0=D1=82 =D0=B4=D0=B0 =D0=BF=D0=BE=D0=B4=D0=B0=D0=B2=D0=B0=D1=82 =D0=B8=
=D1=81=D0=BA=D0=B0=D0=BD=D0=B8=D1=8F =D0=B7=D0=B0 =D0=B4=D0=BE=D1=81=D1=82=
=D1=8A=D0=BF, =D0=BA=D0=BE=D1=80=D0=B8=D0=B3=D0=B8=D1=80=D0=B0=D0=BD=D0=B5,=
 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5
  =D0=B8 =D0=BF=D1=80=D0=B5=D0=BD=D0=BE=D1=81=D0=B8=D0=BC=D0=BE=D1=81=D1=82=
 =D0=BD=D0=B0 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D0=B4=D0=B8=D1=80=
=D0=B5=D0=BA=D1=82=D0=BD=D0=BE =D0=BF=D1=80=D0=B5=D0=B7 =D0=BF=D0=BE=D1=80=
=D1=82=D0=B0=D0=BB=D0=B0; =D0=B0=D0=B3=D0=B5=D0=BD=D1=82=D1=8A=D1=82 =D0=BF=
=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D0=B2=D0=B0
  =D0=BA=D0=BE=D0=BF=D0=B8=D0=B5 =D0=BD=D0=B0 =D0=B8=D1=81=D0=BA=D0=B0=D0=
=BD=D0=B5=D1=82=D0=BE.

=D0=9A=D0=B0=D0=BA=D0=B2=D0=BE =D1=82=D1=80=D1=8F=D0=B1=D0=B2=D0=B0 =D0=B4=
=D0=B0 =D0=BD=D0=B0=D0=BF=D1=80=D0=B0=D0=B2=D0=B8=D1=82=D0=B5: =D0=BD=D0=B8=
=D1=89=D0=BE, =D0=B0=D0=BA=D0=BE =D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=B8=D1=82=
=D0=B5 =D1=81 =D0=BF=D0=BE=D1=80=D1=82=D0=B0=D0=BB=D0=B0. =D0=90=D0=BA=D0=
=BE =D0=B2=D1=81=D0=B5 =D0=BE=D1=89=D0=B5
=D0=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=89=D0=B0=D1=82=D0=B5 =D0=B4=D0=B0=D0=BD=
=D0=BD=D0=B8 =D0=BD=D0=B0 =D0=BA=D0=BB=D0=B8=D0=B5=D0=BD=D1=82=D0=B8 =D0=BF=
=D0=BE =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB, =D0=BC=D0=BE=D0=BB=D1=8F, =D0=BF=D1=
=80=D0=B5=D0=BC=D0=B8=D0=BD=D0=B5=D1=82=D0=B5 =D0=BA=D1=8A=D0=BC =D0=BF=D0=
=BE=D1=80=D1=82=D0=B0=D0=BB=D0=B0 =D0=B4=D0=BE
31 =D0=B0=D0=B2=D0=B3=D1=83=D1=81=D1=82 2026 =D0=B3.

=D0=9F=D1=8A=D0=BB=D0=BD=D0=B8=D1=8F=D1=82 =D1=82=D0=B5=D0=BA=D1=81=D1=82: =
https://www.chernomore-travel.example/partners/gdpr-2026
=D0=94=D0=BB=D1=8A=D0=B6=D0=BD=D0=BE=D1=81=D1=82=D0=BD=D0=BE =D0=BB=D0=B8=
=D1=86=D0=B5 =D0=BF=D0=BE =D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0=
 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5: dpo@chernomore-travel.example

=D0=A1 =D1=83=D0=B2=D0=B0=D0=B6=D0=B5=D0=BD=D0=B8=D0=B5,
=D0=95=D0=BA=D0=B8=D0=BF=D1=8A=D1=82 =D0=B7=D0=B0 =D0=BF=D0=B0=D1=80=D1=82=
=D0=BD=D1=8C=D0=BE=D1=80=D0=B8
=D0=A7=D0=B5=D1=80=D0=BD=D0=BE =D0=BC=D0=BE=D1=80=D0=B5 =D0=A2=D1=80=D0=B0=
=D0=B2=D1=8A=D0=BB =D0=9E=D0=9E=D0=94, =D0=92=D0=B0=D1=80=D0=BD=D0=B0

=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D0=B2=D0=B0=D1=82=D0=B5 =D1=82=D0=BE=
=D0=B2=D0=B0 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5, =D0=B7=
=D0=B0=D1=89=D0=BE=D1=82=D0=BE =D1=81=D1=82=D0=B5 =D1=80=D0=B5=D0=B3=D0=B8=
=D1=81=D1=82=D1=80=D0=B8=D1=80=D0=B0=D0=BD =D0=B0=D0=B3=D0=B5=D0=BD=D1=82-=
=D0=BF=D0=B0=D1=80=D1=82=D0=BD=D1=8C=D0=BE=D1=80.
=D0=9E=D1=82=D0=BF=D0=B8=D1=81=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BE=D1=82 =D0=B8=
=D0=BD=D1=84=D0=BE=D1=80=D0=BC=D0=B0=D1=86=D0=B8=D0=BE=D0=BD=D0=BD=D0=B8=D1=
=8F =D0=B1=D1=8E=D0=BB=D0=B5=D1=82=D0=B8=D0=BD:
https://news.chernomore-travel.example/unsubscribe?a=3DBE0311&c=3D2026-08

--_----------=_MCPart_2026080407
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Verdana,sans-serif;font-size:13px"><h2>=D0=
=90=D0=BA=D1=82=D1=83=D0=B0=D0=BB=D0=B8=D0=B7=D0=B8=D1=80=D0=B0=D1=85=D0=BC=
=D0=B5 =D0=9F=D0=BE=D0=BB=D0=B8=D1=82=D0=B8=D0=BA=D0=B0=D1=82=D0=B0 =D0=B7=
=D0=B0 =D0=BF=D0=BE=D0=B2=D0=B5=D1=80=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=BE=
=D1=81=D1=82</h2><p>=D0=A3=D0=B2=D0=B0=D0=B6=D0=B0=D0=B5=D0=BC=D0=B8 =D0=BF=
=D0=B0=D1=80=D1=82=D0=BD=D1=8C=D0=BE=D1=80=D0=B8,</p><p>=D0=9E=D1=82 1 =D1=
=81=D0=B5=D0=BF=D1=82=D0=B5=D0=BC=D0=B2=D1=80=D0=B8 2026 =D0=B3. =D0=B2=D0=
=BB=D0=B8=D0=B7=D0=B0 =D0=B2 =D1=81=D0=B8=D0=BB=D0=B0 =D0=BD=D0=BE=D0=B2=D0=
=B0 =D0=B2=D0=B5=D1=80=D1=81=D0=B8=D1=8F =D0=BD=D0=B0 =D0=BD=D0=B0=D1=88=D0=
=B0=D1=82=D0=B0 =D0=9F=D0=BE=D0=BB=D0=B8=D1=82=D0=B8=D0=BA=D0=B0 =D0=B7=D0=
=B0 =D0=BF=D0=BE=D0=B2=D0=B5=D1=80=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=BE=D1=
=81=D1=82 =D0=B8 =D0=BD=D0=B0 =D0=A1=D0=BF=D0=BE=D1=80=D0=B0=D0=B7=D1=83=D0=
=BC=D0=B5=D0=BD=D0=B8=D0=B5=D1=82=D0=BE =D0=B7=D0=B0 =D0=BE=D0=B1=D1=80=D0=
=B0=D0=B1=D0=BE=D1=82=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D0=BB=D0=B8=D1=
=87=D0=BD=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 =D1=81 =D1=82=D1=83=D1=80=D0=
=B8=D1=81=D1=82=D0=B8=D1=87=D0=B5=D1=81=D0=BA=D0=B8=D1=82=D0=B5 =D0=B0=D0=
=B3=D0=B5=D0=BD=D1=82=D0=B8.</p><ul><li>=D0=9F=D0=B0=D1=81=D0=BF=D0=BE=D1=
=80=D1=82=D0=BD=D0=B8=D1=82=D0=B5 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 =D1=81=D0=
=B5 =D1=81=D1=8A=D1=85=D1=80=D0=B0=D0=BD=D1=8F=D0=B2=D0=B0=D1=82 =D0=B4=D0=
=BE 90 =D0=B4=D0=BD=D0=B8 =D1=81=D0=BB=D0=B5=D0=B4 =D0=BF=D1=8A=D1=82=D1=83=
=D0=B2=D0=B0=D0=BD=D0=B5=D1=82=D0=BE.</li><li>=D0=9A=D0=BE=D0=BF=D0=B8=D1=
=8F =D0=BD=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=BE=D0=BA=D1=83=D0=
=BC=D0=B5=D0=BD=D1=82=D0=B8 - =D1=81=D0=B0=D0=BC=D0=BE =D0=BF=D1=80=D0=B5=
=D0=B7 =D0=BF=D0=B0=D1=80=D1=82=D0=BD=D1=8C=D0=BE=D1=80=D1=81=D0=BA=D0=B8=
=D1=8F =D0=BF=D0=BE=D1=80=D1=82=D0=B0=D0=BB.</li><li>=D0=9D=D0=BE=D0=B2 =D0=
=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB: =D1=81=D0=B8=D1=81=D1=
=82=D0=B5=D0=BC=D0=B8=D1=82=D0=B5 API/PNR =D0=BD=D0=B0 =D0=B0=D0=B2=D0=B8=
=D0=BE=D0=BF=D1=80=D0=B5=D0=B2=D0=BE=D0=B7=D0=B2=D0=B0=D1=87=D0=B8=D1=82=D0=
=B5.</li><li>=D0=98=D1=81=D0=BA=D0=B0=D0=BD=D0=B8=D1=8F =D0=B7=D0=B0 =D0=B4=
=D0=BE=D1=81=D1=82=D1=8A=D0=BF, =D0=BA=D0=BE=D1=80=D0=B8=D0=B3=D0=B8=D1=80=
=D0=B0=D0=BD=D0=B5, =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5 =
=D0=B8 =D0=BF=D1=80=D0=B5=D0=BD=D0=BE=D1=81=D0=B8=D0=BC=D0=BE=D1=81=D1=82 -=
 =D0=BF=D1=80=D0=B5=D0=B7 =D0=BF=D0=BE=D1=80=D1=82=D0=B0=D0=BB=D0=B0.</li><=
/ul><p><a href=3D"https://www.chernomore-travel.example/partners/gdpr-2026"=
>=D0=9F=D1=8A=D0=BB=D0=BD=D0=B8=D1=8F=D1=82 =D1=82=D0=B5=D0=BA=D1=81=D1=82<=
/a></p><p style=3D"font-size:10px;color:#888"><a href=3D"https://news.chern=
omore-travel.example/unsubscribe?a=3DBE0311&amp;c=3D2026-08">=D0=9E=D1=82=
=D0=BF=D0=B8=D1=81=D0=B2=D0=B0=D0=BD=D0=B5</a></p></body></html>

--_----------=_MCPart_2026080407--
'''),
    ('bg', 'sieve-vacation-insurer-partner-sales-bulgarian', 'automated', (),
'''Return-Path: <>
Received: from mail.balkanzastrahovane.example (mail.balkanzastrahovane.example [203.0.113.74])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HjA8g2WnQz4w3Cs
        for <privacy@shop.example.be>; Mon, 31 Aug 2026 15:12:06 +0200 (CEST)
Received: from mail.balkanzastrahovane.example by mail.balkanzastrahovane.example (Dovecot) with LMTP id yK3aJ0bZ4Gb9QwAA
	for <privacy@shop.example.be>; Mon, 31 Aug 2026 16:12:05 +0300
Message-ID: <dovecot-sieve-1788271925-9931-0@mail.balkanzastrahovane.example>
Date: Mon, 31 Aug 2026 16:12:05 +0300
From: =?utf-8?b?0JTQtdGB0LjRgdC70LDQstCwINCf0LXRgtGA0L7QstCw?= <d.petrova@balkanzastrahovane.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?b?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDog0J7RgtGB0Yo=?=
 =?utf-8?b?0YHRgtCy0LDQvCDQvtGCINC+0YTQuNGB0LA=?=
In-Reply-To: <pt-20260831-0066121@helpdesk.shop.example.be>
References: <pt-20260831-0066121@helpdesk.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте,

В отпуск съм до 14.09.2026 г. включително. Писмата Ви няма да бъдат
препращани.

По въпроси за щети по полици „Помощ при пътуване“ пишете на
shteti@balkanzastrahovane.example или звънете на 0700 18 118.
За искания, свързани с лични данни: dpo@balkanzastrahovane.example

Поздрави,
Десислава Петрова
Отдел „Партньорски продажби“
Балкан Застраховане АД
'''),
    ('bg', 'person-asks-deletion-of-licence-copies-above-rental-return-receipt', 'deletion', (),
'''Return-Path: <nikolay.stoyanov@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HDk1s3MfYz4w2Nq
        for <privacy@shop.example.be>; Fri, 24 Jul 2026 20:31:47 +0200 (CEST)
Received: from nm64.abv.bg (localhost [127.0.0.1])
	by nm64.abv.bg (Postfix) with ESMTP id 2A1F3C0A12
	for <privacy@shop.example.be>; Fri, 24 Jul 2026 21:31:46 +0300 (EEST)
Date: Fri, 24 Jul 2026 21:31:46 +0300 (EEST)
From: =?utf-8?b?0J3QuNC60L7Qu9Cw0Lkg0KHRgtC+0Y/QvdC+0LI=?= <nikolay.stoyanov@abv.bg>
To: privacy@shop.example.be
Message-ID: <1224688073.412.1784917906219@nm64.abv.bg>
Subject: =?utf-8?q?Re=3A_Van=26Go_Rental_-_Return_receipt_/_Re=C3=A7u_de_retour_VR-BX?=
 =?utf-8?q?L-2026-3307?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: AbvMail 3.0

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=B2=D1=87=D0=B5=D1=80=D0=B0 =D0=B2=D1=8A=D1=80=D0=BD=D0=B0=D1=85 =D0=B1=
=D1=83=D1=81=D1=87=D0=B5=D1=82=D0=BE. =D0=9D=D0=B0 =D0=B3=D0=B8=D1=88=D0=B5=
=D1=82=D0=BE =D0=B2=D0=B8 =D1=81=D0=BD=D0=B8=D0=BC=D0=B0=D1=85=D0=B0 =D1=88=
=D0=BE=D1=84=D1=8C=D0=BE=D1=80=D1=81=D0=BA=D0=B0=D1=82=D0=B0 =D0=BC=D0=B8 =
=D0=BA=D0=BD=D0=B8=D0=B6=D0=BA=D0=B0 =D0=B8 =D0=BB=D0=B8=D1=87=D0=BD=D0=B0=
=D1=82=D0=B0 =D0=BA=D0=B0=D1=80=D1=82=D0=B0 =D0=B8 =D1=81 =D1=82=D0=B5=D0=
=BB=D0=B5=D1=84=D0=BE=D0=BD=D0=B0 =D0=BD=D0=B0 =D0=BA=D0=BE=D0=BB=D0=B5=D0=
=B6=D0=BA=D0=B0=D1=82=D0=B0, =D0=BD=D0=B5 =D1=81=D0=B0=D0=BC=D0=BE =D0=B2 =
=D1=81=D0=B8=D1=81=D1=82=D0=B5=D0=BC=D0=B0=D1=82=D0=B0 =D0=BD=D0=B0 =D1=84=
=D0=B8=D1=80=D0=BC=D0=B0=D1=82=D0=B0 =D0=B7=D0=B0 =D0=BA=D0=BE=D0=BB=D0=B8 =
=D0=BF=D0=BE=D0=B4 =D0=BD=D0=B0=D0=B5=D0=BC. =D0=9D=D0=B5 =D0=B8=D1=81=D0=
=BA=D0=B0=D0=BC =D1=82=D0=B5=D0=B7=D0=B8 =D0=BA=D0=BE=D0=BF=D0=B8=D1=8F =D0=
=B4=D0=B0 =D1=81=D1=82=D0=BE=D1=8F=D1=82 =D0=BF=D1=80=D0=B8 =D0=B2=D0=B0=D1=
=81 - =D0=BC=D0=BE=D0=BB=D1=8F =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B9=D1=82=
=D0=B5 =D0=B3=D0=B8 =D0=B8 =D0=BC=D0=B8 =D0=BF=D0=BE=D1=82=D0=B2=D1=8A=D1=
=80=D0=B4=D0=B5=D1=82=D0=B5, =D1=87=D0=B5 =D1=81=D0=B0 =D0=B8=D0=B7=D1=82=
=D1=80=D0=B8=D1=82=D0=B8. =D0=97=D0=B0 =D0=B4=D0=B5=D0=BF=D0=BE=D0=B7=D0=B8=
=D1=82=D0=B0 =D0=BD=D0=B5 =D0=B2=D0=B8 =D0=BF=D0=B8=D1=88=D0=B0, =D0=BD=D0=
=B5=D0=B3=D0=BE =D1=89=D0=B5 =D0=B3=D0=BE =D0=BE=D0=BF=D1=80=D0=B0=D0=B2=D1=
=8F =D1=81 =D1=84=D0=B8=D1=80=D0=BC=D0=B0=D1=82=D0=B0.

=D0=9D=D0=B8=D0=BA=D0=BE=D0=BB=D0=B0=D0=B9 =D0=A1=D1=82=D0=BE=D1=8F=D0=BD=
=D0=BE=D0=B2
0488 21 47 03

-------- =D0=9E=D1=80=D0=B8=D0=B3=D0=B8=D0=BD=D0=B0=D0=BB=D0=BD=D0=BE =D0=
=BF=D0=B8=D1=81=D0=BC=D0=BE --------
=D0=9E=D1=82: Van&Go Rental noreply@vango-rental.example
=D0=9E=D1=82=D0=BD=D0=BE=D1=81=D0=BD=D0=BE: Van&Go Rental - Return receipt =
/ Re=C3=A7u de retour VR-BXL-2026-3307
=D0=94=D0=BE: nikolay.stoyanov@abv.bg
=D0=98=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE =D0=BD=D0=B0: 23.07.=
2026 18:05

VAN&GO RENTAL - RETURN RECEIPT / RE=C3=87U DE RETOUR

Contract / Contrat: VR-BXL-2026-3307
Vehicle / V=C3=A9hicule: Ford Transit Custom, 2-BXV-418
Pick-up / D=C3=A9part: 21/07/2026 08:30 - Shop Example Anderlecht (partner =
desk)
Return / Retour: 23/07/2026 17:52 - Shop Example Anderlecht
Km: 61 334 -> 61 702 (368 km)
Fuel / Carburant: 8/8
Damage / D=C3=A9g=C3=A2ts: none / aucun

Deposit / Caution: 500,00 EUR - release within 10 working days /
lib=C3=A9ration sous 10 jours ouvrables

Driving licence checked / Permis v=C3=A9rifi=C3=A9: B, valid until 2033.
Your personal data, including the copy of your driving licence, are
processed by Van&Go Rental SRL under the GDPR and kept for 90 days
after the end of the rental. Vos donn=C3=A9es personnelles sont trait=C3=A9=
es
conform=C3=A9ment au RGPD. Privacy: privacy@vango-rental.example

This is an automatic message. / Ceci est un message automatique.
'''),
]

"""Sixty-eighth set: robot mail of the partner operators and energy suppliers whose phone plans, SIM cards, home internet and energy contracts the shop sells (operator and supplier portals, SIM activation and number-porting notices, usage alerts, top-up receipts, credit-check results, identity-document checks, installers' appointment systems, meter-reading and smart-meter reports, e-sign notices, bounces from wp.pl, seznam.cz, t-com.hr, otenet.gr, abv.bg and others, auto-replies), plus people whose mail looks automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'wp-pl-bounce-mailbox-full-privacy-reply', 'automated', (),
'''Return-Path: <>
Received: from mx-out.wp.pl (mx-out.wp.pl [212.77.101.12])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hk2Rw0nLbz4x1Pq
        for <privacy@shop.example.be>; Mon, 12 Oct 2026 08:14:51 +0200 (CEST)
Received: (wp-smtpd smtp.wp.pl 11142 invoked from network); Mon, 12 Oct 2026 08:14:49 +0200
Date: Mon, 12 Oct 2026 08:14:49 +0200
From: Poczta WP <MAILER-DAEMON@wp.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Wiadomo=C5=9B=C4=87_niedostarczona=3A_Re=3A_Wniosek_o_d?=
 =?utf-8?q?ost=C4=99p_do_danych_=E2=80=93_telefon_na_raty=2C_umowa_nr_2026?=
 =?utf-8?q?/ANT/04418?=
Message-ID: <bounce.4Hk2Rw0nLb.20261012081449@mx-out.wp.pl>
Auto-Submitted: auto-replied
X-WP-MailID: 7c1f0b2e9a4d86355a0e1c72f3d9b014
X-WP-AV: skaner antywirusowy Poczty WP
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_wp_bounce_5f2a91c07e3d"

--=_wp_bounce_5f2a91c07e3d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

to jest automatyczna wiadomo=C5=9B=C4=87 systemu Poczty WP.

Twojej wiadomo=C5=9Bci nie uda=C5=82o si=C4=99 dostarczy=C4=87 do nast=C4=
=99puj=C4=85cego adresata:

    krzysztof.malinowski84@wp.pl

Pow=C3=B3d: skrzynka odbiorcy jest przepe=C5=82niona (przekroczono limit mi=
ejsca).
Serwer pr=C3=B3bowa=C5=82 dostarczy=C4=87 wiadomo=C5=9B=C4=87 przez 72 godz=
iny. Spr=C3=B3buj wys=C5=82a=C4=87 j=C4=85
ponownie p=C3=B3=C5=BAniej albo skontaktuj si=C4=99 z odbiorc=C4=85 w inny =
spos=C3=B3b.

Szczeg=C3=B3=C5=82y techniczne znajdziesz w za=C5=82=C4=85czonym raporcie.

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie =E2=80=93 pr=
osimy na ni=C4=85 nie
odpowiada=C4=87.

Zesp=C3=B3=C5=82 Poczty WP

--=_wp_bounce_5f2a91c07e3d
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out.wp.pl
Arrival-Date: Fri, 09 Oct 2026 08:14:40 +0200

Final-Recipient: rfc822; krzysztof.malinowski84@wp.pl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded / Skrzynka przepelniona
Last-Attempt-Date: Mon, 12 Oct 2026 08:14:49 +0200

--=_wp_bounce_5f2a91c07e3d
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [192.0.2.25])
	by mx-in.wp.pl (wp-smtpd) with ESMTPS
	for <krzysztof.malinowski84@wp.pl>; Fri, 09 Oct 2026 08:14:40 +0200
Date: Fri, 09 Oct 2026 08:14:37 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?q?Krzysztof_Malinowski?= <krzysztof.malinowski84@wp.pl>
Subject: =?utf-8?q?Re=3A_Wniosek_o_dost=C4=99p_do_danych_=E2=80=93_telefon?=
 =?utf-8?q?_na_raty=2C_umowa_nr_2026/ANT/04418?=
Message-ID: <pt-20261009-0101377@helpdesk.shop.example.be>
In-Reply-To: <6f2e1a9b-77c3-4d0e-b1a5-0e4c2d9f8a31@wp.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

--=_wp_bounce_5f2a91c07e3d--
'''),
    ('pl', 'mvno-prepaid-sim-activation-id-registration', 'automated', (),
'''Return-Path: <bounces+pl.7731@mail.orbitamobile.example>
Received: from mail.orbitamobile.example (mail.orbitamobile.example [198.51.100.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hc0Tq2pRmz4w8Lk
        for <privacy@shop.example.be>; Mon, 14 Sep 2026 16:23:40 +0200 (CEST)
From: Orbita Mobile <powiadomienia@orbitamobile.example>
To: =?utf-8?q?Agnieszka_Zieli=C5=84ska?= <privacy@shop.example.be>
Subject: =?utf-8?q?Twoja_karta_SIM_jest_aktywna_=E2=80=93_potwierdzenie_re?=
 =?utf-8?q?jestracji?=
Date: Mon, 14 Sep 2026 16:23:37 +0200
Message-ID: <act.8932031026041187442.1789482217@orbitamobile.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dzień dobry, Pani Agnieszko,

dziękujemy za wybór Orbita Mobile. Twoja karta SIM została aktywowana i jest
gotowa do użycia.

Numer telefonu:        +32 466 21 48 07
Numer karty (ICCID):   8932 0310 2604 1187 442
Taryfa:                Orbita Polska Bez Granic 15 (na kartę)
Punkt sprzedaży:       Shop Example Anderlecht, Chaussée de Mons 412
Data aktywacji:        14.09.2026, 16:22

Rejestracja karty prepaid
Zgodnie z przepisami belgijskimi każda karta na kartę musi być przypisana do
osoby, której tożsamość sprawdzono na podstawie ważnego dokumentu. W punkcie
sprzedaży zeskanowano:
  Dokument:       dowód osobisty (Polska), numer ***4417
  Ważny do:       03.2031
  Imię i nazwisko: Agnieszka Zielińska

Twoje dane osobowe
Administratorem Twoich danych osobowych jest Orbita Mobile SA, Boulevard du
Roi Albert II 27, 1030 Bruksela. Dane z dokumentu przetwarzamy w celu
wypełnienia obowiązku prawnego identyfikacji abonenta (art. 6 ust. 1 lit. c
RODO), a dane o połączeniach i transmisji danych – w celu wykonania umowy
(art. 6 ust. 1 lit. b RODO). Sklep Shop Example działa jako nasz podmiot
przetwarzający i nie przechowuje kopii dokumentu po zakończeniu rejestracji.
Kopię dokumentu przechowujemy przez okres świadczenia usługi i 12 miesięcy po
jej zakończeniu, a następnie ją usuwamy.

Przysługuje Ci prawo dostępu do danych, ich sprostowania, usunięcia lub
ograniczenia przetwarzania, prawo do przenoszenia danych oraz prawo
wniesienia sprzeciwu. Możesz też złożyć skargę do belgijskiego Urzędu
Ochrony Danych (Gegevensbeschermingsautoriteit / Autorité de protection des
données). Inspektor ochrony danych: iod@orbitamobile.example

Zgody marketingowe: nie udzielono. Możesz to zmienić w każdej chwili w
aplikacji Moja Orbita > Profil > Zgody.

Pierwsze doładowanie: 15,00 EUR (pakiet aktywny do 13.10.2026).

Pozdrawiamy,
Zespół Orbita Mobile

--
Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.
Infolinia: 0800 77 154 (bezpłatnie z sieci Orbita) | orbitamobile.example/pl
'''),
    ('pl', 'roaming-data-threshold-alert-base64', 'automated', (),
'''Return-Path: <alerty-bounce@notify.orbitamobile.example>
Received: from notify-02.orbitamobile.example (notify-02.orbitamobile.example [198.51.100.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hf6Gz1kWtz4w2Bn
        for <privacy@shop.example.be>; Sat, 03 Oct 2026 11:52:18 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=orbitamobile.example;
	s=notify1; t=1791021137; h=from:to:subject:date:message-id;
	bh=2dE9wK1mQ7xV4cT0yN6rB3sL8pJ5aH2gF9oU1iZ4kM8=;
	b=Vb3Nc6Md9Oe2Pf5Qg8Rh1Si4Tj7Uk0Vl3Wm6Xn9Yo2Zp5Aq8Br1Cs4Dt7Eu0Fv3Gw6Hx9
From: Orbita Mobile <alerty@notify.orbitamobile.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?V3lrb3J6eXN0YW5vIDgwJSBwYWtpZXR1IGRhbnljaCB3IHJvYW1p?=
 =?utf-8?b?bmd1?=
Date: Sat, 03 Oct 2026 11:52:17 +0200
Message-ID: <usage-80-32466214807-20261003115217@notify.orbitamobile.example>
Auto-Submitted: auto-generated
X-Mailer: OrbitaNotify 4.2.1
X-Orbita-Alert-Type: ROAMING_DATA_80
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

Q3plxZvEhyEKCk51bWVyICszMiA0NjYgMjEgNDggMDc6IHd5a29yenlzdGFubyA4MCUgcGFraWV0
dSBkYW55Y2ggdyByb2FtaW5ndS4KClBvem9zdGHFgm86IDEsMiBHQiB6IDYgR0IKUGFraWV0IHdh
xbxueSBkbzogMTMuMTAuMjAyNiwgMjM6NTkKQWt0dWFsbmEgc2llxIc6IFBvbHNrYSAoUGx1cykK
ClBvIHd5a29yenlzdGFuaXUgcGFraWV0dSBpbnRlcm5ldCB3IFVFIGLEmWR6aWUgcm96bGljemFu
eSB3ZWTFgnVnIHN0YXdraQowLDAwMjQgRVVSIHphIDEgTUIuIE5pZSBjaGNlc3ogZG9wxYJhY2HE
hz8gRG9rdXAgcGFraWV0IDUgR0IgemEgNSBFVVIgdwphcGxpa2FjamkgTW9qYSBPcmJpdGEgYWxi
byB3ecWbbGlqIFNNUyBvIHRyZcWbY2kgNUdCIG5hIG51bWVyIDg4MTAuCgpSb3ptb3d5IGkgU01T
LXkgdyBVRSByb3psaWN6YW15IGphayB3IEJlbGdpaSAoInJvYW1pbmcgamFrIHcgZG9tdSIpLgoK
SW5mb3JtYWNqYSBvIGRhbnljaDoga3JhaiBpIHNpZcSHLCB3IGt0w7NyZWogamVzdCB6YWxvZ293
YW55IFR3w7NqIHRlbGVmb24sCnd5a29yenlzdHVqZW15IHd5xYLEhWN6bmllIGRvIG5hbGljemFu
aWEgb3DFgmF0IGkgd3lzecWCYW5pYSB0ZWdvIGFsZXJ0dS4gTmllCnphcGlzdWplbXkgVHdvamVq
IGRva8WCYWRuZWogbG9rYWxpemFjamkuCgpBbGVydHkgbyB6dcW8eWNpdSBtb8W8ZXN6IHd5xYLE
hWN6ecSHIHcgYXBsaWthY2ppOiBVc3Rhd2llbmlhID4gUG93aWFkb21pZW5pYS4KCk9yYml0YSBN
b2JpbGUg4oCTIHdpYWRvbW/Fm8SHIGF1dG9tYXR5Y3puYSwgcHJvc2lteSBuaWUgb2Rwb3dpYWRh
xIcuCg==
'''),
    ('pl', 'esign-energy-contract-awaiting-signature', 'automated', (),
'''Return-Path: <bounce-7Qm2xK9vT4pR1bN8@mail.signflow.example>
Received: from o12.mail.signflow.example (o12.mail.signflow.example [203.0.113.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hh1Lp6cZsz4w9Dd
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 14:05:33 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=signflow.example;
	s=sf2026; h=from:to:subject:date:message-id:mime-version;
	bh=Ha4Jc7Le0Ng3Pi6Rk9Tm2Vo5Xq8Zs1Bu4Dw7Fy0Ha3Jc6Le9Ng2Pi5=;
	b=Mx1Ny4Oz7Pa0Qb3Rc6Sd9Te2Uf5Vg8Wh1Xi4Yj7Zk0Al3Bm6Cn9Do2Ep5Fq8Gr1Hs4It
From: Luminara Energia przez SignFlow <no-reply@signflow.example>
Reply-To: no-reply@signflow.example
To: Marek Kowalczyk <privacy@shop.example.be>
Subject: =?utf-8?q?Dokument_do_podpisu=3A_Umowa_kompleksowa_na_dostaw?=
 =?utf-8?q?=C4=99_energii_elektrycznej_nr_EN/2026/10/33817?=
Date: Tue, 20 Oct 2026 14:05:31 +0200
Message-ID: <env.7Qm2xK9vT4pR1bN8.r1@signflow.example>
Auto-Submitted: auto-generated
X-Mailer: SignFlow Notifications
Feedback-ID: envelope-sent:luminara:signflow
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="sf-alt-0b7e41c9d2a3"

--sf-alt-0b7e41c9d2a3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Luminara Energia przesy=C5=82a Ci dokument do podpisu

Dokument: Umowa kompleksowa na dostaw=C4=99 energii elektrycznej nr EN/2026=
/10/33817
Nadawca: Luminara Energia SA (zlecone przez stoisko Shop Example Li=C3=A8ge=
-Rocourt)
Odbiorca: Marek Kowalczyk
Termin podpisu: 27.10.2026

Aby przejrze=C4=87 i podpisa=C4=87 dokument, kliknij:
https://sign.signflow.example/d/7Qm2xK9vT4pR1bN8?l=3Dpl

Dokument zawiera:
- umow=C4=99 i cennik "Luminara Sta=C5=82a 2 lata",
- pe=C5=82nomocnictwo do zmiany sprzedawcy i odczytu licznika u operatora
  systemu dystrybucyjnego,
- klauzul=C4=99 informacyjn=C4=85 RODO oraz formularz zg=C3=B3d (zgoda na p=
rzekazywanie
  danych z licznika inteligentnego co 15 minut jest dobrowolna).

Podpis elektroniczny zostanie z=C5=82o=C5=BCony po potwierdzeniu kodem SMS =
wys=C5=82anym na
numer +32 4** *** *91. Dane potrzebne do podpisu (imi=C4=99, nazwisko, e-ma=
il,
numer telefonu, adres IP i znacznik czasu) przetwarzamy jako podmiot
przetwarzaj=C4=85cy na zlecenie nadawcy dokumentu i przechowujemy w dzienni=
ku
audytu przez 10 lat.

Je=C5=9Bli nie spodziewa=C5=82e=C5=9B si=C4=99 tej wiadomo=C5=9Bci, nie kli=
kaj w link i zg=C5=82o=C5=9B to
nadawcy.

--
SignFlow =E2=80=93 bezpieczny podpis elektroniczny
Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana automatycznie. Odpowiedzi =
nie s=C4=85 czytane.

--sf-alt-0b7e41c9d2a3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html lang=3D"pl"><head><meta charset=3D"utf-8"><title>Dokument do podpisu<=
/title></head>
<body style=3D"margin:0;padding:0;background:#f3f4f6;font-family:Arial,Helv=
etica,sans-serif">
<table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0" role=3D"presentat=
ion"><tr><td align=3D"center">
<table width=3D"600" cellpadding=3D"24" cellspacing=3D"0" style=3D"backgrou=
nd:#ffffff">
<tr><td><img src=3D"https://cdn.signflow.example/brand/luminara.png" width=
=3D"140" alt=3D"Luminara Energia"></td></tr>
<tr><td><h1 style=3D"font-size:20px">Luminara Energia przesy=C5=82a Ci doku=
ment do podpisu</h1>
<p><b>Umowa kompleksowa na dostaw=C4=99 energii elektrycznej nr EN/2026/10/=
33817</b><br>
Odbiorca: Marek Kowalczyk<br>Termin podpisu: 27.10.2026</p>
<p><a href=3D"https://sign.signflow.example/d/7Qm2xK9vT4pR1bN8?l=3Dpl" styl=
e=3D"background:#1d4ed8;color:#ffffff;padding:12px 20px;text-decoration:non=
e">PRZEJRZYJ I PODPISZ</a></p>
<p style=3D"font-size:12px;color:#555555">Dokument zawiera umow=C4=99 i cen=
nik, pe=C5=82nomocnictwo do zmiany sprzedawcy oraz klauzul=C4=99 informacyj=
n=C4=85 RODO i formularz zg=C3=B3d. Dane potrzebne do podpisu (imi=C4=99, n=
azwisko, e-mail, numer telefonu, adres IP, znacznik czasu) przetwarzamy jak=
o podmiot przetwarzaj=C4=85cy na zlecenie nadawcy.</p>
<p style=3D"font-size:12px;color:#555555">Je=C5=9Bli nie spodziewa=C5=82e=
=C5=9B si=C4=99 tej wiadomo=C5=9Bci, nie klikaj w link i zg=C5=82o=C5=9B to=
 nadawcy.</p>
<p style=3D"font-size:11px;color:#888888">SignFlow =E2=80=93 bezpieczny pod=
pis elektroniczny. Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana automat=
ycznie.</p>
</td></tr></table></td></tr></table>
<img src=3D"https://t.signflow.example/o/7Qm2xK9vT4pR1bN8.gif" width=3D"1" =
height=3D"1" alt=3D"">
</body></html>

--sf-alt-0b7e41c9d2a3--
'''),
    ('pl', 'person-forwards-credit-check-refusal-asks-data', 'access', (),
'''Return-Path: <tomasz.wrobel@o2.pl>
Received: from smtpo.poczta.o2.pl (smtpo.poczta.o2.pl [193.17.41.45])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hh6Wd3tQvz4x0Fm
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 19:31:06 +0200 (CEST)
Received: (wp-smtpd smtp.tlen.pl 30251 invoked from network); Thu, 22 Oct 2026 19:31:04 +0200
From: =?utf-8?q?Tomasz_Wr=C3=B3bel?= <tomasz.wrobel@o2.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Fwd=3A_Wynik_weryfikacji_=E2=80=93_wniosek_CS-BE-2026-1?=
 =?utf-8?q?187342?=
Date: Thu, 22 Oct 2026 19:31:03 +0200
Message-ID: <d4a7e2c1f09b4e6b8a31c5f7e2d90a18@o2.pl>
X-Mailer: Poczta o2
X-WP-MailID: 1e07b95d3c2a48f6a1e9dd4b73c0852f
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

wczoraj w Waszym sklepie w Charleroi odm=C3=B3wiono mi telefonu na raty z
powodu tej "negatywnej weryfikacji" (poni=C5=BCej). Pracuj=C4=99 w Belgii o=
d 6 lat,
kredytu nie mam, =C5=BCadnych zaleg=C5=82o=C5=9Bci te=C5=BC nie. Pani przy =
kasie nie wiedzia=C5=82a
dlaczego i da=C5=82a mi ten adres.

Prosz=C4=99 o informacj=C4=99, jakie moje dane sklep wpisa=C5=82 i przekaza=
=C5=82 firmie
CrediScan (dochody? numer krajowy? adres?), czy ten wynik jest zapisany
gdzie=C5=9B u Was przy moim koncie klienta i jak d=C5=82ugo. Chcia=C5=82bym=
 dosta=C4=87 kopi=C4=99
tego, co macie.

Tomasz Wr=C3=B3bel
Rue de Marcinelle 88, 6000 Charleroi
tel. 0470 55 21 93

----- Oryginalna wiadomo=C5=9B=C4=87 -----
Od: CrediScan Benelux <noreply@crediscan.example>
Do: tomasz.wrobel@o2.pl
Data: 21.10.2026 17:48
Temat: Wynik weryfikacji =E2=80=93 wniosek CS-BE-2026-1187342

CrediScan Benelux =E2=80=93 wynik weryfikacji

Numer wniosku: CS-BE-2026-1187342
Data: 21.10.2026, 17:48
Punkt sprzeda=C5=BCy: Shop Example Charleroi Ville 2
Produkt: Smartfon Nova X12 256 GB, p=C5=82atno=C5=9B=C4=87 w 24 ratach (38,=
90 EUR/mies.)

Wynik weryfikacji: NEGATYWNY

Nie mo=C5=BCemy zaproponowa=C4=87 finansowania tego zakupu. Decyzja zosta=
=C5=82a podj=C4=99ta
na podstawie danych przekazanych przez punkt sprzeda=C5=BCy oraz informacji=
 z
Centralnego Rejestru Kredyt=C3=B3w dla Os=C3=B3b Fizycznych Narodowego Bank=
u Belgii.

Masz prawo uzyska=C4=87 informacje o danych, kt=C3=B3re wykorzystali=C5=9Bm=
y, przedstawi=C4=87
swoje stanowisko i zakwestionowa=C4=87 decyzj=C4=99. Szczeg=C3=B3=C5=82y:
crediscan.example/prywatnosc

Wiadomo=C5=9B=C4=87 wygenerowana automatycznie. Prosimy nie odpowiada=C4=87.
'''),
    ('cs', 'seznam-cz-bounce-erasure-reply-no-mailbox', 'automated', (),
'''Return-Path: <>
Received: from mxout3.email.seznam.cz (mxout3.email.seznam.cz [77.75.76.33])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hg3Mn5vHcz4w7Tr
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 10:02:44 +0200 (CEST)
Date: Fri, 16 Oct 2026 10:02:43 +0200
From: =?utf-8?q?Doru=C4=8Dovac=C3=AD_syst=C3=A9m_Email=2Ecz?= <MAILER-DAEMON@email.seznam.cz>
To: privacy@shop.example.be
Subject: =?utf-8?q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va=3A_Odpov=C4=9B?=
 =?utf-8?q?=C4=8F_na_Va=C5=A1i_=C5=BE=C3=A1dost_o_v=C3=BDmaz_osobn=C3=ADch?=
 =?utf-8?q?_=C3=BAdaj=C5=AF?=
Message-ID: <dsn-20261016100243-8b21c4@email.seznam.cz>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="szn-dsn-3e9c07a1"

--szn-dsn-3e9c07a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

toto je automatick=C3=A1 zpr=C3=A1va po=C5=A1tovn=C3=ADho serveru Email.cz =
(Seznam.cz).

Va=C5=A1i zpr=C3=A1vu se nepoda=C5=99ilo doru=C4=8Dit n=C3=A1sleduj=C3=ADc=
=C3=ADmu p=C5=99=C3=ADjemci:

  jana.kratochvilova@seznam.cz

D=C5=AFvod: Schr=C3=A1nka p=C5=99=C3=ADjemce neexistuje nebo byla zru=C5=A1=
ena.

Zkontrolujte pros=C3=ADm, zda je adresa zaps=C3=A1na spr=C3=A1vn=C4=9B. Pok=
ud ano, p=C5=99=C3=ADjemce
pravd=C4=9Bpodobn=C4=9B svou schr=C3=A1nku zru=C5=A1il nebo ji dlouho nepou=
=C5=BE=C3=ADval.

Na tuto zpr=C3=A1vu neodpov=C3=ADdejte.

--szn-dsn-3e9c07a1
Content-Type: message/delivery-status

Reporting-MTA: dns; mxout3.email.seznam.cz
Arrival-Date: Fri, 16 Oct 2026 10:02:41 +0200

Final-Recipient: rfc822; jana.kratochvilova@seznam.cz
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist

--szn-dsn-3e9c07a1
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out2.shop.example.be (out2.shop.example.be [192.0.2.26])
	by mxin.email.seznam.cz (szn-ebox) with ESMTPS
	for <jana.kratochvilova@seznam.cz>; Fri, 16 Oct 2026 10:02:41 +0200
Date: Fri, 16 Oct 2026 10:02:39 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?q?Jana_Kratochv=C3=ADlov=C3=A1?= <jana.kratochvilova@seznam.cz>
Subject: =?utf-8?q?Odpov=C4=9B=C4=8F_na_Va=C5=A1i_=C5=BE=C3=A1dost_o_v?=
 =?utf-8?q?=C3=BDmaz_osobn=C3=ADch_=C3=BAdaj=C5=AF?=
Message-ID: <pt-20261016-0102261@helpdesk.shop.example.be>
In-Reply-To: <8d1b44f0e2.3a7c59@email.seznam.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--szn-dsn-3e9c07a1--
'''),
    ('cs', 'energy-supplier-meter-reading-reminder', 'automated', (),
'''Return-Path: <samoodecet@proudia.example>
Received: from smtp.proudia.example (smtp.proudia.example [198.51.100.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hf9Kc2yPmz4w3Nv
        for <privacy@shop.example.be>; Tue, 13 Oct 2026 07:00:12 +0200 (CEST)
From: Proudia Energie <samoodecet@proudia.example>
To: =?utf-8?q?Pavel_Dvo=C5=99=C3=A1k?= <privacy@shop.example.be>
Subject: =?utf-8?q?P=C5=99ipom=C3=ADnka=3A_nahlaste_stav_elektrom=C4=9Bru_?=
 =?utf-8?q?do_31=2E_10=2E_2026?=
Date: Tue, 13 Oct 2026 07:00:09 +0200
Message-ID: <odecet.PR04182271.2026@proudia.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den, pane Dvo=C5=99=C3=A1ku,

bl=C3=AD=C5=BE=C3=AD se term=C3=ADn ro=C4=8Dn=C3=ADho vy=C3=BA=C4=8Dtov=C3=
=A1n=C3=AD elekt=C5=99iny. Nahlaste n=C3=A1m pros=C3=ADm stav
Va=C5=A1eho elektrom=C4=9Bru do 31. 10. 2026.

Z=C3=A1kaznick=C3=A9 =C4=8D=C3=ADslo:       PR-0418 2271
Odb=C4=9Brn=C3=A9 m=C3=ADsto:          Rue Vanderkindere 212, 1180 Uccle
K=C3=B3d EAN:                541448820071234567
=C4=8C=C3=ADslo elektrom=C4=9Bru:      1SAG1100082214 (dvoutarifn=C3=AD)
Posledn=C3=AD stav:          den 18 204 kWh / noc 9 811 kWh (12. 10. 2025)

Jak stav nahl=C3=A1sit:
1. na port=C3=A1lu M=C5=AFj Proudia: https://muj.proudia.example/odecet
2. v aplikaci Proudia (vyfo=C5=A5te displej elektrom=C4=9Bru)

Pokud stav nenahl=C3=A1s=C3=ADte, vy=C3=BA=C4=8Dtov=C3=A1n=C3=AD p=C5=99ipr=
av=C3=ADme podle odhadu spot=C5=99eby
provozovatele distribu=C4=8Dn=C3=AD soustavy.

M=C3=A1te chytr=C3=BD (digit=C3=A1ln=C3=AD) elektrom=C4=9Br? Pak tuto zpr=
=C3=A1vu ignorujte =E2=80=93 =C3=BAdaje o
spot=C5=99eb=C4=9B n=C3=A1m p=C5=99ed=C3=A1v=C3=A1 provozovatel distribu=C4=
=8Dn=C3=AD soustavy automaticky.
=C4=8Ctvrthodinov=C3=A9 =C3=BAdaje zpracov=C3=A1v=C3=A1me jen tehdy, pokud =
jste k tomu ud=C4=9Blil(a)
souhlas; ten m=C5=AF=C5=BEete kdykoli odvolat v port=C3=A1lu v =C4=8D=C3=A1=
sti Soukrom=C3=AD a souhlasy.

S pozdravem
Proudia Energie =E2=80=93 z=C3=A1kaznick=C3=BD servis

Tento e-mail byl vygenerov=C3=A1n automaticky, pros=C3=ADme, neodpov=C3=ADd=
ejte na n=C4=9Bj.
Informace o zpracov=C3=A1n=C3=AD osobn=C3=ADch =C3=BAdaj=C5=AF: https://www=
.proudia.example/cs/gdpr
'''),
    ('cs', 'exchange-ooo-customer-on-business-trip', 'automated', (),
'''Return-Path: <>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2118.outbound.protection.outlook.com [40.107.103.118])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hm0Bz7rGsz4x2Wh
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 15:27:08 +0100 (CET)
From: =?utf-8?q?=C5=A0imek_Ond=C5=99ej?= <ondrej.simek@kovoplast-brno.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?Automatick=C3=A1_odpov=C4=9B=C4=8F=3A_Kopie_Va=C5=A1ich?=
 =?utf-8?q?_=C3=BAdaj=C5=AF_=E2=80=93_smlouva_na_dom=C3=A1c=C3=AD_internet?=
 =?utf-8?q?_a_router?=
Thread-Topic: =?utf-8?q?Kopie_Va=C5=A1ich_=C3=BAdaj=C5=AF_=E2=80=93_smlouv?=
 =?utf-8?q?a_na_dom=C3=A1c=C3=AD_internet_a_router?=
Thread-Index: AQHdUx2mR8pV4nB1cY7tL0wK3sJ9gQ==
Date: Wed, 04 Nov 2026 14:27:05 +0000
Message-ID: <VI1PR08MB4412E7C9B0A15D2F8C3E91B4A6F53@VI1PR08MB4412.eurprd08.prod.outlook.com>
References: <pt-20261104-0104418@helpdesk.shop.example.be>
In-Reply-To: <pt-20261104-0104418@helpdesk.shop.example.be>
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: ondrej.simek@kovoplast-brno.example
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

RG9icsO9IGRlbiwKCmpzZW0gbmEgc2x1xb5lYm7DrSBjZXN0xJsgYSBkbyBwb25kxJtsw60gMTYu
IDExLiAyMDI2IG5lbcOhbSBwcmF2aWRlbG7DvSBwxZnDrXN0dXAgawplLW1haWx1LiBacHLDoXZ5
IHBvIG7DoXZyYXR1IHBvc3R1cG7EmyB2ecWZw61kw61tLgoKViBuYWzDqWhhdsO9Y2ggcHJhY292
bsOtY2ggesOhbGXFvml0b3N0ZWNoIGtvbnRha3R1anRlIHByb3PDrW0ga29sZWd5bmkgTHVjaWkK
SG9yw6Frb3ZvdSwgbHVjaWUuaG9yYWtvdmFAa292b3BsYXN0LWJybm8uZXhhbXBsZSwgdGVsLiAr
NDIwIDU0MSAyMjMgODcwLgoKUyBwb3pkcmF2ZW0KT25kxZllaiDFoGltZWsKVmVkb3Vjw60gbsOh
a3VwdSB8IEtvdm9wbGFzdCBCcm5vIHMuci5vLgo=
'''),
    ('cs', 'person-forwards-energy-offer-objects-to-sharing', 'objection', (),
'''Return-Path: <martin.novak77@seznam.cz>
Received: from mxout1.email.seznam.cz (mxout1.email.seznam.cz [77.75.78.12])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hl5Fq0bXnz4w6Kc
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 20:48:19 +0100 (CET)
Received: from email.seznam.cz
	by email-smtpc13a.ng.seznam.cz (email-smtpc13a.ng.seznam.cz [10.23.13.63])
	id 4f1e9d0a73b2c5e8d6a1f0c3;
	Fri, 30 Oct 2026 20:48:17 +0100
From: =?utf-8?q?Martin_Nov=C3=A1k?= <martin.novak77@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Fwd=3A_Martine=2C_Va=C5=A1e_exkluzivn=C3=AD_nab=C3=ADdk?=
 =?utf-8?q?a_elekt=C5=99iny_je_p=C5=99ipravena?=
Date: Fri, 30 Oct 2026 20:48:17 +0100
Message-Id: <3a9.2f1c.7d40b2e6c8a15f3d.seznam@email.seznam.cz>
Mime-Version: 1.0 (Szn.cz Email)
X-Mailer: Email.cz
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

tohle mi p=C5=99i=C5=A1lo po tom, co jsem u v=C3=A1s v z=C3=A1=C5=99=C3=AD =
kupoval router. U =C5=BE=C3=A1dn=C3=A9
energie jsem nic nevypl=C5=88oval, jen jsem na pokladn=C4=9B nadiktoval =C4=
=8D=C3=ADslo a
mail kv=C5=AFli z=C3=A1ruce. Nesouhlas=C3=ADm s t=C3=ADm, abyste moje telef=
onn=C3=AD =C4=8D=C3=ADslo a e-mail
p=C5=99ed=C3=A1vali firm=C3=A1m, kter=C3=A9 prod=C3=A1vaj=C3=AD elekt=C5=99=
inu nebo cokoli jin=C3=A9ho, a chci,
aby to od te=C4=8F p=C5=99estalo. Volat mi nikdo nem=C3=A1.

Martin Nov=C3=A1k
Av. de la Couronne 141, Ixelles

---------- P=C5=99eposlan=C3=A1 zpr=C3=A1va ----------
Od: Proudia Energie <nabidky@proudia.example>
Datum: 29. 10. 2026 9:14
P=C5=99edm=C4=9Bt: Martine, Va=C5=A1e exkluzivn=C3=AD nab=C3=ADdka elekt=C5=
=99iny je p=C5=99ipravena
Komu: martin.novak77@seznam.cz

V=C3=A1=C5=BEen=C3=BD pane Nov=C3=A1ku,

d=C4=9Bkujeme za V=C3=A1=C5=A1 z=C3=A1jem o na=C5=A1e slu=C5=BEby b=C4=9Bhe=
m n=C3=A1kupu v prodejn=C4=9B Shop Example
Ixelles. Na z=C3=A1klad=C4=9B =C3=BAdaj=C5=AF, kter=C3=A9 jste n=C3=A1m tam=
 poskytl, jsme pro V=C3=A1s
p=C5=99ipravili exkluzivn=C3=AD nab=C3=ADdku:

  Proudia Zelen=C3=A1 Fix 24 =E2=80=93 fixn=C3=AD cena 0,219 EUR/kWh na 24 =
m=C4=9Bs=C3=ADc=C5=AF
  + pouk=C3=A1zka 50 EUR do Shop Example p=C5=99i podpisu do 15. 11. 2026

N=C3=A1=C5=A1 poradce V=C3=A1m b=C4=9Bhem n=C4=9Bkolika dn=C3=AD zavol=C3=
=A1 na =C4=8D=C3=ADslo +32 478 ** ** 15 a
nab=C3=ADdku s V=C3=A1mi projde.

Objednat hned: https://nabidka.proudia.example/z/8KX21

S pozdravem
T=C3=BDm Proudia Energie

Tento e-mail V=C3=A1m zas=C3=ADl=C3=A1me jako partner spole=C4=8Dnosti Shop=
 Example. Va=C5=A1e
osobn=C3=AD =C3=BAdaje zpracov=C3=A1v=C3=A1me v souladu s GDPR na z=C3=A1kl=
ad=C4=9B opr=C3=A1vn=C4=9Bn=C3=A9ho z=C3=A1jmu.
Odhl=C3=A1sit se z nab=C3=ADdek m=C5=AF=C5=BEete zde: https://nabidka.proud=
ia.example/odhlasit
'''),
    ('hr', 'exim-relay-bounce-t-com-hr-access-reply', 'automated', (),
'''Return-Path: <>
Received: from relay2.mailsvc.example ([203.0.113.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hg7Yt4nJqz4w5Pb
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 11:40:02 +0200 (CEST)
Received: from Debian-exim by relay2.mailsvc.example with local (Exim 4.97)
	id 1vQ8kZ-000bX4-2L
	for privacy@shop.example.be; Mon, 19 Oct 2026 11:40:01 +0200
X-Failed-Recipients: ivana.peric@t-com.hr
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay2.mailsvc.example>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1792402801-eximdsn-1382290217
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vQ8kZ-000bX4-2L@relay2.mailsvc.example>
Date: Mon, 19 Oct 2026 11:40:01 +0200

--1792402801-eximdsn-1382290217
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ivana.peric@t-com.hr
    host mx.t-com.hr [195.29.166.70]
    SMTP error from remote mail server after RCPT TO:<ivana.peric@t-com.hr>:
    550 5.1.1 <ivana.peric@t-com.hr>: Recipient address rejected: User unknown in virtual mailbox table

--1792402801-eximdsn-1382290217
Content-type: message/delivery-status

Reporting-MTA: dns; relay2.mailsvc.example

Action: failed
Final-Recipient: rfc822;ivana.peric@t-com.hr
Status: 5.1.1
Remote-MTA: dns; mx.t-com.hr
Diagnostic-Code: smtp; 550 5.1.1 <ivana.peric@t-com.hr>: Recipient address rejected: User unknown in virtual mailbox table

--1792402801-eximdsn-1382290217
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from out1.shop.example.be ([192.0.2.25])
	by relay2.mailsvc.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	(envelope-from <privacy@shop.example.be>)
	id 1vQ8kY-000bWw-1q
	for ivana.peric@t-com.hr; Mon, 19 Oct 2026 11:40:00 +0200
Date: Mon, 19 Oct 2026 11:39:58 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?q?Ivana_Peri=C4=87?= <ivana.peric@t-com.hr>
Subject: =?utf-8?q?Re=3A_Zahtjev_za_pristup_podacima_=E2=80=93_ugovor_2026?=
 =?utf-8?q?/BXL-SG/07731?=
Message-ID: <pt-20261019-0102807@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovana gospo=C4=91o Peri=C4=87,

zahvaljujemo na Va=C5=A1em zahtjevu od 2. listopada 2026.

U privitku Vam =C5=A1aljemo kopiju ugovora o kupnji mobitela na obro=C4=8Dn=
u otplatu
(br. 2026/BXL-SG/07731) i pregled osobnih podataka koje o Vama =C4=8Duvamo =
u vezi
s tim ugovorom (=C4=8Dl. 15. Op=C4=87e uredbe o za=C5=A1titi podataka): ime=
 i prezime,
adresa, broj identifikacijske isprave, datum ro=C4=91enja, broj telefona i
rezultat provjere kreditne sposobnosti koji nam je dostavio partner
CrediScan Benelux.

Srda=C4=8Dan pozdrav,
Tim za za=C5=A1titu podataka
Shop Example

--1792402801-eximdsn-1382290217--
'''),
    ('hr', 'postfix-bounce-typo-tcom-hr-consent-confirmation', 'automated', (),
'''Return-Path: <>
Received: from out2.shop.example.be (out2.shop.example.be [192.0.2.26])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hm6Lx2fTdz4w8Rn
        for <privacy@shop.example.be>; Thu, 05 Nov 2026 09:12:04 +0100 (CET)
Received: by out2.shop.example.be (Postfix)
        id 3D9E7B0C21; Thu, 05 Nov 2026 09:12:03 +0100 (CET)
Date: Thu, 05 Nov 2026 09:12:03 +0100 (CET)
From: MAILER-DAEMON@out2.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3D9E7B0C21.1794384723/out2.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261105081203.3D9E7B0C21@out2.shop.example.be>

This is a MIME-encapsulated message.

--3D9E7B0C21.1794384723/out2.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host out2.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tomislav.horvat@tcom.hr>: Host or domain name not found. Name service error
    for name=tcom.hr type=MX: Host not found, try again

--3D9E7B0C21.1794384723/out2.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; out2.shop.example.be
X-Postfix-Queue-ID: 3D9E7B0C21
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 05 Nov 2026 09:11:58 +0100

Final-Recipient: rfc822; tomislav.horvat@tcom.hr
Original-Recipient: rfc822;tomislav.horvat@tcom.hr
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=tcom.hr type=MX: Host not found, try again

--3D9E7B0C21.1794384723/out2.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
	by out2.shop.example.be (Postfix) with ESMTPS id 3D9E7B0C21
	for <tomislav.horvat@tcom.hr>; Thu, 05 Nov 2026 09:11:58 +0100 (CET)
Date: Thu, 05 Nov 2026 09:11:56 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Tomislav Horvat <tomislav.horvat@tcom.hr>
Subject: =?utf-8?q?Potvrda=3A_povukli_ste_privolu_za_marketin=C5=A1ke_poru?=
 =?utf-8?q?ke_operatera_i_dobavlja=C4=8Da_energije?=
Message-ID: <pt-20261105-0104555@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

--3D9E7B0C21.1794384723/out2.shop.example.be--
'''),
    ('hr', 'fibre-installer-appointment-confirmation-ics', 'automated', (),
'''Return-Path: <planner-noreply@termin.fiberworks.example>
Received: from termin.fiberworks.example (termin.fiberworks.example [198.51.100.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hm2Cs8kVtz4x3Jd
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 10:15:47 +0100 (CET)
From: FiberWorks Termini <planner-noreply@termin.fiberworks.example>
To: =?utf-8?q?Dario_Babi=C4=87?= <privacy@shop.example.be>
Subject: =?utf-8?q?Potvrda_termina_instalacije_=E2=80=93_12=2E11=2E2026=2E?=
 =?utf-8?q?_08=3A00=E2=80=9312=3A00?=
Date: Mon, 02 Nov 2026 10:15:44 +0100
Message-ID: <appt-FH-2026-118204-1@termin.fiberworks.example>
X-Mailer: FiberWorks Planner 7.3
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="fw-mix-91c3e0"

--fw-mix-91c3e0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani gospodine Babi=C4=87u,

potvr=C4=91ujemo termin instalacije Va=C5=A1eg opti=C4=8Dkog interneta.

Datum:          =C4=8Detvrtak, 12. studenoga 2026.
Vrijeme:        08:00 =E2=80=93 12:00 (tehni=C4=8Dar =C4=87e Vas nazvati 30=
 minuta prije dolaska)
Adresa:         Rue des Palais 63, 1030 Schaerbeek, 3. kat
Usluga:         Fibra Home 500 + TV (narud=C5=BEba FH-2026-118204)
Prodajno mjesto: Shop Example Bruxelles-Nord
Tehni=C4=8Dar:       Youssef El Amrani, FiberWorks Installaties

Molimo Vas:
- osigurajte pristup podrumu ili ormari=C4=87u s priklju=C4=8Dcima u zgradi,
- neka u stanu bude punoljetna osoba s osobnom iskaznicom,
- pripremite mjesto za modem blizu uti=C4=8Dnice.

Promjena ili otkazivanje termina najkasnije 48 sati ranije:
https://termin.fiberworks.example/r/FH-2026-118204

Va=C5=A1e ime, adresu i broj telefona proslijedili smo izvo=C4=91a=C4=8Du r=
adova isklju=C4=8Divo
radi ove instalacije.

Ovo je automatska poruka sustava za zakazivanje. Ne odgovarajte na nju.
FiberWorks Installaties BV

--fw-mix-91c3e0
Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="termin.ics"
Content-Disposition: attachment; filename="termin.ics"
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSClZFUlNJT046Mi4wClBST0RJRDotLy9GaWJlcldvcmtzLy9QbGFubmVy
IDcuMy8vSFIKTUVUSE9EOlJFUVVFU1QKQkVHSU46VkVWRU5UClVJRDpGSC0yMDI2LTExODIwNEB0
ZXJtaW4uZmliZXJ3b3Jrcy5leGFtcGxlCkRUU1RBTVA6MjAyNjExMDJUMDkxNTQ0WgpEVFNUQVJU
OjIwMjYxMTEyVDA3MDAwMFoKRFRFTkQ6MjAyNjExMTJUMTEwMDAwWgpTVU1NQVJZOkluc3RhbGFj
aWphIG9wdGnEjWtvZyBpbnRlcm5ldGEgKEZpYmVyV29ya3MpCkxPQ0FUSU9OOlJ1ZSBkZXMgUGFs
YWlzIDYzLCAxMDMwIFNjaGFlcmJlZWsKREVTQ1JJUFRJT046TmFydWTFvmJhIEZILTIwMjYtMTE4
MjA0LiBUZWhuacSNYXI6IFlvdXNzZWYgRWwgQW1yYW5pLgpFTkQ6VkVWRU5UCkVORDpWQ0FMRU5E
QVIK

--fw-mix-91c3e0--
'''),
    ('hr', 'id-document-verification-failed-biometric', 'automated', (),
'''Return-Path: <bounces+4471190-9d2e@em.idcheck-europe.example>
Received: from o7.em.idcheck-europe.example (o7.em.idcheck-europe.example [203.0.113.207])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hh9Nv1cDfz4w4Zs
        for <privacy@shop.example.be>; Fri, 23 Oct 2026 21:09:55 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=idcheck-europe.example;
	h=content-type:from:mime-version:subject:to:cc; s=s1;
	bh=Ue1Wg4Yi7Ak0Cm3Eo6Gq9Is2Ku5Mw8Oy1Qa4Sc7Te0=;
	b=Fk3Hm6Jo9Lq2Ns5Pu8Rw1Ty4Va7Xc0Ze3Bg6Di9Fk2Hm5Jo8Lq1Ns4Pu7Rw0Ty3Va6X
From: IDcheck Europe <noreply@idcheck-europe.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Provjera_identiteta_nije_uspjela_=E2=80=93_poku=C5=A1aj?=
 =?utf-8?q?te_ponovno?=
Date: Fri, 23 Oct 2026 19:09:53 +0000
Message-ID: <Xs3kQ9vPRm2hT0bN8cY1wA@geopod-ismtpd-5>
X-SG-EID: u001.q8Vb2Nc5Xd1Ze4Wf7Tg0Rh3Pj6Lk9Mn2Bo5Cq8Dr1Es4Ft7Gu0Hv3Iw6Jx9Ky
X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3BqV5mPx0Lt7Nr2Kw9Hs4Gd1Fa6Ec3Db8Ca5Bz2Ay
X-Entity-ID: u001.pZ3xR7nK1vB9mQ4tL6wJ8a==
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovana gospo=C4=91o Kova=C4=8Devi=C4=87,

provjera Va=C5=A1eg identiteta za narud=C5=BEbu SIM kartice nije uspjela.

Broj provjere:   IDV-7H3K-22918
Naru=C4=8Ditelj:      Volta Mobil (online narud=C5=BEba preko Shop Example)
Dokument:        osobna iskaznica, Republika Hrvatska
Razlog:          fotografija prednje strane dokumenta nije dovoljno o=C5=A1=
tra;
                 podaci iz strojno =C4=8Ditljive zone ne mogu se pro=C4=8Di=
tati.

=C5=A0to sada?
Poku=C5=A1ajte ponovno unutar 7 dana: https://verify.idcheck-europe.example=
/s/IDV-7H3K-22918
Fotografirajte dokument na tamnoj podlozi, bez odsjaja, i napravite novi
selfie-videozapis.

Za=C5=A1tita Va=C5=A1ih podataka
IDcheck Europe djeluje kao izvr=C5=A1itelj obrade za Volta Mobil. Fotografi=
je
dokumenta i biometrijski predlo=C5=BEak lica obra=C4=91ujemo samo radi prov=
jere
identiteta, na temelju Va=C5=A1e izri=C4=8Dite privole (=C4=8Dl. 9. st. 2. =
t. a) Op=C4=87e
uredbe o za=C5=A1titi podataka). Budu=C4=87i da provjera nije uspjela, slik=
e i
biometrijski podaci automatski se bri=C5=A1u za 30 dana, osim ako ranije ne
zavr=C5=A1ite novu provjeru. Imate pravo na pristup, ispravak, brisanje i
ograni=C4=8Denje obrade, pravo na prenosivost te pravo povu=C4=87i privolu =
u bilo
kojem trenutku, bez utjecaja na zakonitost obrade prije povla=C4=8Denja. Pr=
itu=C5=BEbu
mo=C5=BEete podnijeti belgijskom tijelu za za=C5=A1titu podataka ili Agenci=
ji za
za=C5=A1titu osobnih podataka (AZOP).

Ova je poruka automatski generirana. Odgovori na ovu adresu se ne =C4=8Dita=
ju.
IDcheck Europe SAS
'''),
    ('hr', 'person-one-line-oib-fix-under-company-disclaimer', 'correction', (),
'''Return-Path: <marko.juric@adriatrans.example>
Received: from mail.adriatrans.example (mail.adriatrans.example [198.51.100.201])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hj4Rb9wTmz4w1Xe
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 07:42:30 +0100 (CET)
Received: from smtpclient.apple (unknown [31.45.201.77])
	by mail.adriatrans.example (Postfix) with ESMTPSA id 5B1C220F4A
	for <privacy@shop.example.be>; Tue, 27 Oct 2026 07:42:28 +0100
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?q?Marko_Juri=C4=87?= <marko.juric@adriatrans.example>
Mime-Version: 1.0 (1.0)
Date: Tue, 27 Oct 2026 07:42:16 +0100
Subject: Ugovor
Message-Id: <6E3B1F02-9A7D-4C58-B0E4-27D1C9F83A5B@adriatrans.example>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22H31)

Po=C5=A1tovani,

na ugovoru za mobitel na rate br. 2026-BXL-04417 krivo mi je upisan OIB, is=
pravan je 48213306951 (ne 48213306915), molim da to ispravite kod sebe i ja=
vite operateru da i oni isprave.

Marko Juri=C4=87

Poslano s mog iPhonea

___________________________________________________________
Ova poruka i svi njezini privitci mogu sadr=C5=BEavati povjerljive informac=
ije i/ili informacije za=C5=A1ti=C4=87ene poslovnom tajnom te su namijenjen=
e isklju=C4=8Divo osobi ili subjektu kojemu su upu=C4=87ene. Ako ste ovu po=
ruku primili gre=C5=A1kom, molimo Vas da o tome odmah obavijestite po=C5=A1=
iljatelja i trajno izbri=C5=A1ete poruku i sve njezine privitke iz svog sus=
tava. Svako neovla=C5=A1teno kori=C5=A1tenje, umno=C5=BEavanje, objavljivan=
je ili proslje=C4=91ivanje ove poruke strogo je zabranjeno. Adriatrans Logi=
stika d.o.o. obra=C4=91uje osobne podatke u skladu s Op=C4=87om uredbom o z=
a=C5=A1titi podataka (EU) 2016/679 i Zakonom o provedbi Op=C4=87e uredbe o =
za=C5=A1titi podataka; vi=C5=A1e informacija o obradi osobnih podataka i Va=
=C5=A1im pravima dostupno je na www.adriatrans.example/privatnost. Adriatra=
ns Logistika d.o.o. ne odgovara za =C5=A1tetu nastalu zbog virusa ili izmje=
ne sadr=C5=BEaja poruke tijekom prijenosa.

This e-mail and any attachments may contain confidential and/or privileged =
information and are intended solely for the person or entity to whom they a=
re addressed. If you have received this e-mail in error, please notify the =
sender immediately and permanently delete it and any attachments from your =
system. Any unauthorised use, copying, disclosure or forwarding of this e-m=
ail is strictly prohibited. Adriatrans Logistika d.o.o. processes personal =
data in accordance with the General Data Protection Regulation (EU) 2016/67=
9.
'''),
    ('sv', 'o365-ndr-swedish-mailbox-full-erasure-reply', 'automated', (),
'''Return-Path: <>
Received: from EUR05-HE1-obe.outbound.protection.outlook.com (mail-he1eur05on2101.outbound.protection.outlook.com [40.107.21.101])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hk8Gq3mBwz4x5Lt
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 13:06:41 +0100 (CET)
From: postmaster@nordvoltmaklare.onmicrosoft.com
To: privacy@shop.example.be
Date: Wed, 28 Oct 2026 12:06:39 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3a6c1f0e-2b9d-4e7a-b8c5-d04e1f72a9b3"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID: <6d1e8b37-52f0-4a8c-9e1d-b3c70f24a615@HE1PR07MB3321.eurprd07.prod.outlook.com>
In-Reply-To: <pt-20261028-0103654@helpdesk.shop.example.be>
References: <pt-20261028-0103654@helpdesk.shop.example.be>
Subject: =?utf-8?q?Det_g=C3=A5r_inte_att_leverera=3A_Svar=3A_Beg=C3=A4ran_?=
 =?utf-8?q?om_radering_=E2=80=93_elavtal_tecknat_i_butik?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--3a6c1f0e-2b9d-4e7a-b8c5-d04e1f72a9b3
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="c2e9f4a1-7b30-4d58-a6e2-91f0c38d5b74"

--c2e9f4a1-7b30-4d58-a6e2-91f0c38d5b74
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Det gick inte att leverera ditt meddelande till lars.holmqvist@nordvolt-mak=
lare.example eftersom mottagarens postl=C3=A5da =C3=A4r full.

Vad ska jag g=C3=B6ra?
F=C3=B6rs=C3=B6k skicka meddelandet igen senare eller kontakta mottagaren p=
=C3=A5 annat s=C3=A4tt och be hen rensa sin postl=C3=A5da.

Mer information f=C3=B6r IT-administrat=C3=B6rer
Den fj=C3=A4rranslutna servern returnerade '554 5.2.2 mailbox full; STOREDR=
V.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceede=
d; Failed to process message due to a permanent exception with message [Beg=
inDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'

Ursprungliga meddelandehuvuden:
Rapporterande server: HE1PR07MB3321.eurprd07.prod.outlook.com

--c2e9f4a1-7b30-4d58-a6e2-91f0c38d5b74--

--3a6c1f0e-2b9d-4e7a-b8c5-d04e1f72a9b3
Content-Type: message/delivery-status

Reporting-MTA: dns;HE1PR07MB3321.eurprd07.prod.outlook.com
Received-From-MTA: dns;out1.shop.example.be
Arrival-Date: Wed, 28 Oct 2026 12:06:37 +0000

Final-Recipient: rfc822;lars.holmqvist@nordvolt-maklare.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--3a6c1f0e-2b9d-4e7a-b8c5-d04e1f72a9b3
Content-Type: text/rfc822-headers

Received: from out1.shop.example.be (192.0.2.25) by
 HE1EUR05FT041.mail.protection.outlook.com (10.152.0.180) with Microsoft SMTP
 Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8722.9; Wed, 28 Oct 2026 12:06:37 +0000
Date: Wed, 28 Oct 2026 13:06:33 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Lars Holmqvist <lars.holmqvist@nordvolt-maklare.example>
Subject: =?utf-8?q?Svar=3A_Beg=C3=A4ran_om_radering_=E2=80=93_elavtal_teck?=
 =?utf-8?q?nat_i_butik?=
Message-ID: <pt-20261028-0103654@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--3a6c1f0e-2b9d-4e7a-b8c5-d04e1f72a9b3--
'''),
    ('sv', 'credit-inquiry-copy-omfragekopia', 'automated', (),
'''Return-Path: <omfragekopia@kreditinfo.example>
Received: from mailout.kreditinfo.example (mailout.kreditinfo.example [198.51.100.177])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hf7Qx5hTrz4w8Mg
        for <privacy@shop.example.be>; Wed, 07 Oct 2026 15:14:22 +0200 (CEST)
From: Kreditinfo Norden <omfragekopia@kreditinfo.example>
To: =?utf-8?q?Elin_Sj=C3=B6berg?= <privacy@shop.example.be>
Subject: =?utf-8?q?Omfr=C3=A5gekopia_=E2=80=93_en_kreditupplysning_har_tag?=
 =?utf-8?q?its_p=C3=A5_dig?=
Date: Wed, 07 Oct 2026 15:14:19 +0200
Message-ID: <OFK-2026-5519032.mail@kreditinfo.example>
Precedence: bulk
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Hej Elin Sj=F6berg,

En kreditupplysning har tagits p=E5 dig. Enligt kreditupplysningslagen f=E5=
r du
alltid en kopia av de uppgifter som har l=E4mnats ut.

Fr=E5gest=E4llare:    Finansio Nordic AB (avbetalning av mobiltelefon)
P=E5 uppdrag av:    Shop Example, butik Bruxelles-Louise
Datum:            2026-10-07 15:12
Referens:         OFK-2026-5519032

Uppgifter som har l=E4mnats ut om dig:
  Namn och personnummer:    Elin Sj=F6berg, 910412-****
  Folkbokf=F6ringsadress:     Storgatan 14 B, 352 31 V=E4xj=F6
  Taxerad inkomst 2025:     412 300 kr
  Betalningsanm=E4rkningar:   inga
  Skulder hos Kronofogden:  inga
  Antal kreditfr=E5gor 12 m=E5n: 2
  Riskklass:                l=E5g

Dina r=E4ttigheter
Vi behandlar dina personuppgifter med st=F6d av kreditupplysningslagen och
dataskyddsf=F6rordningen (GDPR). Du har r=E4tt att f=E5 information om vilka
uppgifter vi har om dig (registerutdrag), att f=E5 felaktiga uppgifter
r=E4ttade och att beg=E4ra begr=E4nsning av behandlingen. Du kan inte inv=
=E4nda mot
att uppgifter som vi =E4r skyldiga att spara finns i v=E5rt register. Har du
synpunkter p=E5 hur vi hanterar dina uppgifter kan du v=E4nda dig till v=E5=
rt
dataskyddsombud eller l=E4mna klagom=E5l till Integritetsskyddsmyndigheten =
(IMY).

K=E4nner du inte igen fr=E5gan? D=E5 kan n=E5gon ha anv=E4nt dina uppgifter=
. Kontakta
oss p=E5 0771-15 15 15 och sp=E4rra dina id-handlingar.

Med v=E4nliga h=E4lsningar
Kreditinfo Norden AB

Detta meddelande skickas automatiskt och g=E5r inte att svara p=E5.
'''),
    ('sv', 'gmail-vacation-responder-parental-leave', 'automated', (),
'''Return-Path: <sara.lindgren.sthlm@gmail.com>
Received: from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hj9Tb2qXcz4x1Rk
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 09:31:55 +0100 (CET)
Received: by mail-lf1-f44.google.com with SMTP id 2adb3069b0e04-5930a1e2b4fso1120871e87.0
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 01:31:54 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1793262714; x=1793867514; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to
         :references:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=Wq4Ys7Au0Cw3Ey6Ga9Ic2Ke5Mg8Oi1Qk4Sm7Uo0Wq3=;
        b=Jd2Lf5Nh8Pj1Rl4Tn7Vp0Xr3Zt6Bv9Dx2Fz5Hb8Jd1Lf4Nh7Pj0Rl3Tn6Vp9Xr2Zt5B
MIME-Version: 1.0
References: <pt-20261029-0103712@helpdesk.shop.example.be>
In-Reply-To: <pt-20261029-0103712@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
From: Sara Lindgren <sara.lindgren.sthlm@gmail.com>
Date: Thu, 29 Oct 2026 09:31:54 +0100
Message-ID: <CAH3vT9xQe0Wd1Lp@mail.gmail.com>
Subject: =?utf-8?q?F=C3=B6r=C3=A4ldraledig_=E2=80=93_svarar_s=C3=A4llan_p?=
 =?utf-8?q?=C3=A5_mejl?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hej!

Tack f=C3=B6r ditt mejl. Jag =C3=A4r f=C3=B6r=C3=A4ldraledig till och med 3=
0 november och l=C3=A4ser
mejl v=C3=A4ldigt s=C3=A4llan.

G=C3=A4ller det flytten av v=C3=A5rt bredband eller elavtalet till nya l=C3=
=A4genheten,
kontakta min man Johan p=C3=A5 johan.lindgren82@gmail.com.

V=C3=A4nliga h=C3=A4lsningar
Sara Lindgren
'''),
    ('sv', 'person-replies-to-helpdesk-autoack-complaint', 'complaint', ('deletion',),
'''Return-Path: <mikael.berggren@telia.com>
Received: from smtp.telia.com (smtp-out21.telia.com [81.236.60.121])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hm3Dk6nWqz4x4Fb
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 18:25:40 +0100 (CET)
From: Mikael Berggren <mikael.berggren@telia.com>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?Re=3A_=5BPR-58214=5D_Vi_har_tagit_emot_ditt_=C3=A4rende?=
Date: Tue, 03 Nov 2026 18:25:37 +0100
Message-ID: <a2f7c91e-4b0d-48e3-9c6a-1d5e0b87f3c2@telia.com>
In-Reply-To: <ack-PR-58214-6@helpdesk.shop.example.be>
References: <ack-PR-58214-1@helpdesk.shop.example.be> <ack-PR-58214-6@helpdesk.shop.example.be>
User-Agent: Mozilla Thunderbird
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Det här är sjätte gången jag får exakt det här automatsvaret.

Den 2 september bad jag er radera kopian av mitt pass som ni skannade när
jag köpte ett kontantkort (Volta Mobil) i er butik i Gent. Kortet är sedan
länge avslutat. Det har nu gått över två månader och jag har inte fått ett
enda svar från en människa, bara ärendenummer.

Jag vill att passkopian raderas och att ni bekräftar det skriftligt. Får
jag inget riktigt svar den här veckan anmäler jag er till den belgiska
dataskyddsmyndigheten och till IMY här hemma.

Mikael Berggren

Den tis 3 nov. 2026 kl. 18:02 skrev Shop Example Privacy Team <privacy@shop.example.be>:

> Hej,
>
> Tack för ditt meddelande. Vi har tagit emot ditt ärende och det har fått
> nummer #PR-58214.
>
> Vi besvarar frågor om personuppgifter så snart som möjligt och senast inom
> en månad. Du behöver inte skicka ditt meddelande igen.
>
> Detta är ett automatiskt svar.
> Shop Example – Privacy Team
'''),
    ('ro', 'qmail-bounce-installer-partner-erasure-request', 'automated', (),
'''Return-Path: <>
Received: from mail.montaj-fibra-nord.example.ro (mail.montaj-fibra-nord.example.ro [198.51.100.233])
        by mx1.shop.example.be (Postfix) with SMTP id 4Hh3Vc8pKxz4w6Gy
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 16:48:05 +0200 (CEST)
Received: (qmail 28417 invoked for bounce); 21 Oct 2026 14:48:04 -0000
Date: 21 Oct 2026 14:48:04 -0000
From: MAILER-DAEMON@mail.montaj-fibra-nord.example.ro
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20261021144804.28417.qmail@mail.montaj-fibra-nord.example.ro>

Hi. This is the qmail-send program at mail.montaj-fibra-nord.example.ro.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ionut.dumitrescu@montaj-fibra-nord.example.ro>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28411 invoked from network); 21 Oct 2026 14:48:03 -0000
Received: from out2.shop.example.be (192.0.2.26)
  by mail.montaj-fibra-nord.example.ro with ESMTPS; 21 Oct 2026 14:48:03 -0000
Date: Wed, 21 Oct 2026 16:47:58 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?q?Ionu=C8=9B_Dumitrescu?= <ionut.dumitrescu@montaj-fibra-nord.example.ro>
Subject: =?utf-8?q?Solicitare_de_=C8=99tergere_a_datelor_unui_client_?=
 =?utf-8?q?=E2=80=93_comanda_FH-2026-117903?=
Message-ID: <pt-20261021-0102944@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua, domnule Dumitrescu,

v=C4=83 scriem =C3=AEn calitate de operator de date pentru clien=C8=9Bii ca=
re au comandat
internet prin fibr=C4=83 =C3=AEn magazinele Shop Example.

Clientul Florin Stanciu (comanda FH-2026-117903, instalare anulat=C4=83) =
=C8=99i-a
exercitat dreptul la =C8=99tergere (art. 17 GDPR). V=C4=83 rug=C4=83m s=C4=
=83 =C8=99terge=C8=9Bi din
sistemul dumneavoastr=C4=83 de program=C4=83ri numele, adresa =C8=99i num=
=C4=83rul de telefon
ale clientului =C8=99i s=C4=83 ne confirma=C8=9Bi =C8=99tergerea =C3=AEn te=
rmen de 10 zile.

Cu stim=C4=83,
Echipa de protec=C8=9Bia datelor
Shop Example
'''),
    ('ro', 'prepaid-topup-receipt-counter', 'automated', (),
'''Return-Path: <chitante@voltamobil.example>
Received: from smtp2.voltamobil.example (smtp2.voltamobil.example [203.0.113.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hg5Bn1fLvz4w9Hq
        for <privacy@shop.example.be>; Sat, 17 Oct 2026 09:41:39 +0200 (CEST)
From: Volta Mobil <chitante@voltamobil.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Confirmare_re=C3=AEnc=C4=83rcare_20=2C00_EUR_=E2=80=93_?=
 =?utf-8?q?+32_465_70_12_39?=
Date: Sat, 17 Oct 2026 09:41:37 +0200
Message-ID: <VM-TU-2026-0918842@voltamobil.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_2291_184467.1792222897"

------=_Part_2291_184467.1792222897
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Volta Mobil =E2=80=93 Confirmare re=C3=AEnc=C4=83rcare

Bun=C4=83 ziua,

Re=C3=AEnc=C4=83rcarea cartelei tale a fost efectuat=C4=83 cu succes.

Num=C4=83r de telefon:   +32 465 70 12 39
Sum=C4=83:               20,00 EUR (TVA 21% inclus: 3,47 EUR)
Bonus:              +5 GB internet, valabil 30 de zile
Metod=C4=83 de plat=C4=83:    card Visa ****4417
Data:               17.10.2026, 09:41
Cod tranzac=C8=9Bie:     VM-TU-2026-0918842
Loca=C8=9Bie:            Shop Example Molenbeek, Chauss=C3=A9e de Gand 224

Credit disponibil:  24,36 EUR (valabil p=C3=A2n=C4=83 la 16.01.2027)

Acest e-mail =C8=9Bine loc de chitan=C8=9B=C4=83. Datele cardului nu sunt s=
tocate de Volta
Mobil; plata este procesat=C4=83 de Worldline.

Mul=C8=9Bumim,
Echipa Volta Mobil

Mesaj generat automat, te rug=C4=83m s=C4=83 nu r=C4=83spunzi.

------=_Part_2291_184467.1792222897
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Arial,sans-serif;color:#222222">
<h2 style="color:#e4002b">Volta Mobil &ndash; Confirmare re&icirc;nc&#259;rcare</h2>
<p>Bun&#259; ziua,</p>
<p>Re&icirc;nc&#259;rcarea cartelei tale a fost efectuat&#259; cu succes.</p>
<table cellpadding="4">
<tr><td>Num&#259;r de telefon</td><td><b>+32 465 70 12 39</b></td></tr>
<tr><td>Sum&#259;</td><td><b>20,00 EUR</b> (TVA 21% inclus: 3,47 EUR)</td></tr>
<tr><td>Bonus</td><td>+5 GB internet, valabil 30 de zile</td></tr>
<tr><td>Metod&#259; de plat&#259;</td><td>card Visa ****4417</td></tr>
<tr><td>Data</td><td>17.10.2026, 09:41</td></tr>
<tr><td>Cod tranzac&#539;ie</td><td>VM-TU-2026-0918842</td></tr>
<tr><td>Loca&#539;ie</td><td>Shop Example Molenbeek, Chauss&eacute;e de Gand 224</td></tr>
<tr><td>Credit disponibil</td><td>24,36 EUR (valabil p&acirc;n&#259; la 16.01.2027)</td></tr>
</table>
<p style="font-size:11px;color:#777777">Acest e-mail &#539;ine loc de chitan&#539;&#259;. Mesaj generat automat, te rug&#259;m s&#259; nu r&#259;spunzi.</p>
</body></html>

------=_Part_2291_184467.1792222897--
'''),
    ('ro', 'operator-privacy-policy-update-mailing', 'automated', (),
'''Return-Path: <bounce-ro-9f3Kx2@news.voltamobil.example>
Received: from mta7.news.voltamobil.example (mta7.news.voltamobil.example [203.0.113.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hk1Wf4sNbz4x6Cm
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 10:00:04 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=news.voltamobil.example;
	s=mta7; h=from:to:subject:date:list-unsubscribe:list-unsubscribe-post;
	bh=Lp2Nr5Pt8Rv1Tx4Vz7Xb0Zd3Bf6Dh9Fj2Hl5Jn8=;
	b=Qc1Se4Ug7Wi0Yk3Am6Co9Eq2Gs5Iu8Kw1My4Oa7Qc0Se3Ug6Wi9Yk2Am5Co8Eq1Gs4Iu
From: Volta Mobil <info@news.voltamobil.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?QWN0dWFsaXrEg20gUG9saXRpY2EgZGUgY29uZmlkZW7Im2lhbGl0?=
 =?utf-8?b?YXRlIOKAkyBjZSBzZSBzY2hpbWLEgyBwZW50cnUgdGluZQ==?=
Date: Fri, 30 Oct 2026 10:00:01 +0100
Message-ID: <20261030100001.9f3Kx2.ro@news.voltamobil.example>
Precedence: bulk
List-Unsubscribe: <https://www.voltamobil.example/u/ro/9f3Kx2>, <mailto:unsubscribe-ro-9f3Kx2@news.voltamobil.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
List-Id: Volta Mobil informari clienti RO <info-ro.news.voltamobil.example>
X-Campaign: privacy-policy-2026-12-ro
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

RHJhZ8SDIGNsaWVudCBWb2x0YSBNb2JpbCwKCsOOyJtpIHNjcmllbSBwZW50cnUgY8SDLCDDrm5j
ZXDDom5kIGN1IDEgZGVjZW1icmllIDIwMjYsIHNlIHNjaGltYsSDIFBvbGl0aWNhCm5vYXN0csSD
IGRlIGNvbmZpZGVuyJtpYWxpdGF0ZS4gTnUgdHJlYnVpZSBzxIMgZmFjaSBuaW1pYywgZGFyIHRl
IHJ1Z8SDbSBzxIMKY2l0ZciZdGkgcGUgc2N1cnQgY2Ugc2Ugc2NoaW1ixIM6CgoxLiBEYXRlIGRl
IHRyYWZpYyDImWkgbG9jYWxpemFyZTogcMSDc3RyxINtIGRldGFsaWlsZSBhcGVsdXJpbG9yIMiZ
aSBhbGUKICAgc2VzaXVuaWxvciBkZSBkYXRlIDYgbHVuaSAow65uIGxvYyBkZSAxMikgcGVudHJ1
IGZhY3R1cmFyZSwgYXBvaSBsZQogICDImXRlcmdlbSBzYXUgbGUgYW5vbmltaXrEg20uCjIuIFBh
cnRlbmVyaTogbGEgbWFnYXppbmVsZSBTaG9wIEV4YW1wbGUsIGNvcGlhIGFjdHVsdWkgZGUgaWRl
bnRpdGF0ZSBlc3RlCiAgIHRyaW1pc8SDIGRpcmVjdCBjxIN0cmUgbm9pIMiZaSBudSBtYWkgcsSD
bcOibmUgw65uIHNpc3RlbXVsIG1hZ2F6aW51bHVpLgozLiBWZXJpZmljYXJlYSBib25pdMSDyJtp
aTogcGVudHJ1IHRlbGVmb2FuZWxlIGN1bXDEg3JhdGUgw65uIHJhdGUgZm9sb3NpbSB1bgogICBu
b3UgcGFydGVuZXIsIENyZWRpU2NhbiBCZW5lbHV4LCBjYXJlIGFjyJtpb25lYXrEgyBjYSBvcGVy
YXRvciBzZXBhcmF0Lgo0LiBNYXJrZXRpbmc6IMOuyJtpIHRyaW1pdGVtIG9mZXJ0ZSBkb2FyIGRh
Y8SDIMibaS1haSBkYXQgY29uc2ltyJvEg23Dom50dWwuIMOObAogICBwb8ibaSByZXRyYWdlIG9y
aWPDom5kIGRpbiBhcGxpY2HIm2lhIFZvbHRhIHNhdSBhcMSDc8OibmQgIkRlemFib25hcmUiIG1h
aSBqb3MuCgpEcmVwdHVyaWxlIHRhbGUgY29uZm9ybSBHRFBSIHLEg23Dom4gYWNlbGVhyJlpOiBk
cmVwdHVsIGRlIGFjY2VzLCBkZQpyZWN0aWZpY2FyZSwgZGUgyJl0ZXJnZXJlLCBkZSByZXN0cmlj
yJtpb25hcmUgYSBwcmVsdWNyxINyaWksIGRyZXB0dWwgbGEKcG9ydGFiaWxpdGF0ZWEgZGF0ZWxv
ciDImWkgZHJlcHR1bCBkZSBvcG96acibaWUuIE5lIHBvyJtpIHNjcmllIGxhCmRwb0B2b2x0YW1v
YmlsLmV4YW1wbGUgc2F1IHBvyJtpIGRlcHVuZSBvIHBsw6JuZ2VyZSBsYSBBdXRvcml0YXRlYSBi
ZWxnaWFuxIMKcGVudHJ1IHByb3RlY8ibaWEgZGF0ZWxvci4KClBvbGl0aWNhIGNvbXBsZXTEgzog
aHR0cHM6Ly93d3cudm9sdGFtb2JpbC5leGFtcGxlL3JvL2NvbmZpZGVudGlhbGl0YXRlCgpFY2hp
cGEgVm9sdGEgTW9iaWwKCkFpIHByaW1pdCBhY2VzdCBlLW1haWwgZGUgaW5mb3JtYXJlIHBlbnRy
dSBjxIMgYWkgdW4gYWJvbmFtZW50IHNhdSBvCmNhcnRlbMSDIFZvbHRhIE1vYmlsLiBEZXphYm9u
YXJlIGRlIGxhIGUtbWFpbHVyaWxlIGNvbWVyY2lhbGU6Cmh0dHBzOi8vd3d3LnZvbHRhbW9iaWwu
ZXhhbXBsZS91L3JvLzlmM0t4Mgo=
'''),
    ('ro', 'zimbra-vacation-energy-key-account', 'automated', (),
'''Return-Path: <>
Received: from zimbra.energon-furnizare.example (zimbra.energon-furnizare.example [198.51.100.99])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hl2Jr7dFyz4w3Qp
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 08:33:12 +0100 (CET)
Date: Mon, 26 Oct 2026 09:33:11 +0200 (EET)
From: Cristina Marinescu <cristina.marinescu@energon-furnizare.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Message-ID: <1984412207.88213.1793000000000.JavaMail.zimbra@energon-furnizare.example>
In-Reply-To: <pt-20261026-0103311@helpdesk.shop.example.be>
Subject: =?utf-8?q?R=C4=83spuns_automat=3A_Contracte_de_energie_semnate_la?=
 =?utf-8?q?_stand_=E2=80=93_transfer_de_date_clien=C8=9Bi?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4651 (zclient/10.0.8_GA_4651)

Bun=C4=83 ziua,

Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 9 noiembrie 2026, f=C4=83r=C4=83 ac=
ces la e-mail.

Pentru contractele de furnizare semnate =C3=AEn magazinele partenere v=C4=
=83 rog s=C4=83
scrie=C8=9Bi la parteneri@energon-furnizare.example.
Pentru solicit=C4=83ri privind datele personale (GDPR): dpo@energon-furniza=
re.example.

Mul=C8=9Bumesc,
Cristina Marinescu
Key Account Manager Parteneri Retail | Energon Furnizare
'''),
    ('ro', 'person-forwards-topup-receipt-double-charge', 'other', (),
'''Return-Path: <gheorghe.lupu61@yahoo.com>
Received: from sonic305-21.consmr.mail.ir2.yahoo.com (sonic305-21.consmr.mail.ir2.yahoo.com [77.238.177.83])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hg8Xc0wRmz4x0Nd
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 07:12:48 +0200 (CEST)
Received: from sonic.gate.mail.ne1.yahoo.com by sonic305.consmr.mail.ir2.yahoo.com with HTTP; Mon, 19 Oct 2026 05:12:46 +0000
Date: Mon, 19 Oct 2026 05:12:44 +0000
From: Gheorghe Lupu <gheorghe.lupu61@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1487305219.4421877.1792386764112@mail.yahoo.com>
Subject: =?utf-8?q?Fw=3A_Confirmare_re=C3=AEnc=C4=83rcare_20=2C00_EUR_?=
 =?utf-8?q?=E2=80=93_+32_465_70_12_39?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.24652 YMailNorrin

Buna ziua

am facut o singura reincarcare de 20 euro la magazinul din Molenbeek dar pe=
 extrasul de cont imi apare de doua ori 20,00 EUR la aceeasi ora. Chitanta =
e mai jos. La casa mi-au zis sa scriu la adresa asta, nu stiu daca e buna.
Nu va cer nimic cu datele mele, vreau doar banii inapoi pentru a doua plata.

Multumesc
Gheorghe Lupu
0465 70 12 39

Trimis de pe Yahoo Mail pe Android

   ----- Mesajul redirec=C8=9Bionat -----=20
   De la: "Volta Mobil" <chitante@voltamobil.example>
   C=C4=83tre: "gheorghe.lupu61@yahoo.com" <gheorghe.lupu61@yahoo.com>
   Trimis: s=C3=A2mb=C4=83t=C4=83, 17 octombrie 2026 la 09:41:37 CEST
   Subiect: Confirmare re=C3=AEnc=C4=83rcare 20,00 EUR =E2=80=93 +32 465 70=
 12 39

   Volta Mobil =E2=80=93 Confirmare re=C3=AEnc=C4=83rcare
   Num=C4=83r de telefon:   +32 465 70 12 39
   Sum=C4=83:               20,00 EUR (TVA 21% inclus: 3,47 EUR)
   Metod=C4=83 de plat=C4=83:    card Visa ****4417
   Data:               17.10.2026, 09:41
   Cod tranzac=C8=9Bie:     VM-TU-2026-0918842
   Loca=C8=9Bie:            Shop Example Molenbeek, Chauss=C3=A9e de Gand 2=
24
   Acest e-mail =C8=9Bine loc de chitan=C8=9B=C4=83.
   Mesaj generat automat, te rug=C4=83m s=C4=83 nu r=C4=83spunzi.
'''),
    ('el', 'sendmail-bounce-otenet-gr-correction-reply', 'automated', (),
'''Return-Path: <>
Received: from mx-in3.otenet.gr (mx-in3.otenet.gr [83.235.69.33])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hg1Zs9cMkz4w2Wf
        for <privacy@shop.example.be>; Wed, 14 Oct 2026 12:20:31 +0200 (CEST)
Received: from localhost (localhost)
	by mx-in3.otenet.gr (8.15.2/8.15.2) id 59EAKTbN014420;
	Wed, 14 Oct 2026 13:20:29 +0300
Date: Wed, 14 Oct 2026 13:20:29 +0300
From: Mail Delivery Subsystem <MAILER-DAEMON@mx-in3.otenet.gr>
Message-Id: <202610141020.59EAKTbN014420@mx-in3.otenet.gr>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="59EAKTbN014420.1792059629/mx-in3.otenet.gr"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--59EAKTbN014420.1792059629/mx-in3.otenet.gr

The original message was received at Wed, 14 Oct 2026 13:20:27 +0300
from out1.shop.example.be [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<g.papadopoulos@otenet.gr>
    (reason: 550 5.1.1 <g.papadopoulos@otenet.gr>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailstore2.otenet.gr.:
>>> DATA
<<< 550 5.1.1 <g.papadopoulos@otenet.gr>... User unknown
550 5.1.1 <g.papadopoulos@otenet.gr>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--59EAKTbN014420.1792059629/mx-in3.otenet.gr
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in3.otenet.gr
Received-From-MTA: DNS; out1.shop.example.be
Arrival-Date: Wed, 14 Oct 2026 13:20:27 +0300

Final-Recipient: RFC822; g.papadopoulos@otenet.gr
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailstore2.otenet.gr
Diagnostic-Code: SMTP; 550 5.1.1 <g.papadopoulos@otenet.gr>... User unknown
Last-Attempt-Date: Wed, 14 Oct 2026 13:20:29 +0300

--59EAKTbN014420.1792059629/mx-in3.otenet.gr
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [192.0.2.25])
	by mx-in3.otenet.gr (8.15.2/8.15.2) with ESMTPS id 59EAKRbM014418
	for <g.papadopoulos@otenet.gr>; Wed, 14 Oct 2026 13:20:27 +0300
Date: Wed, 14 Oct 2026 12:20:24 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?b?zpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM+Mz4DOv8+FzrvOv8+C?= <g.papadopoulos@otenet.gr>
Subject: =?utf-8?b?zpHPgDogzpTOuc+Mz4HOuM+Jz4POtyDOtM65zrXPjc64z4XOvc+D?=
 =?utf-8?b?zrfPgiDPg8+Ezr8gz4PPhc68zrLPjM67zrHOuc6/IM66zrnOvc63z4TOrs+C?=
Message-ID: <pt-20261014-0102118@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zpHOs86xz4DOt8+Ezq0gzrrPjc+BzrnOtSDOoM6xz4DOsc60z4zPgM6/z4XOu861LAoKz4POtSDP
g8+Fzr3Orc+HzrXOuc6xIM+Ezr/PhSDOsc65z4TOrs68zrHPhM+Mz4Igz4POsc+CIM+EzrfPgiA1
zrfPgiDOn866z4TPic6yz4HOr86/z4UsIM+DzrHPgiDOtc+AzrnOss61zrLOsc65z47Ovc6/z4XO
vM61IM+Mz4TOuQrOtM65zr/Pgc64z47Pg86xzrzOtSDPhM63IM60zrnOtc+NzrjPhc69z4POriDP
g86xz4Igz4PPhM6/IM+Dz4XOvM6yz4zOu86xzrnOvyDOus65zr3Ot8+Ezq7PgiDPhM63zrvOtc+G
z4nOvc6vzrHPgiAoVm9sdGEgTW9iaWwsCs6xz4HOuc64zrzPjM+CICszMiA0NzAgMTggNjYgMDIp
IM66zrHOuSDOtc69zrfOvM61z4HPjs+DzrHOvM61IM+Dz4fOtc+EzrnOus6sIM+Ezr/OvSDPgM6s
z4HOv8+Hzr8uCgrOnM61IM61zrrPhM6vzrzOt8+DzrcsCs6fzrzOrM60zrEgzqDPgc6/z4PPhM6x
z4POr86xz4IgzpTOtc60zr/OvM6tzr3Pic69ClNob3AgRXhhbXBsZQ==

--59EAKTbN014420.1792059629/mx-in3.otenet.gr--
'''),
    ('el', 'number-porting-completed-notice', 'automated', (),
'''Return-Path: <porting-noreply@voltamobil.example>
Received: from smtp3.voltamobil.example (smtp3.voltamobil.example [203.0.113.63])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hm5Hp2vCnz4x7Tb
        for <privacy@shop.example.be>; Fri, 06 Nov 2026 06:04:18 +0100 (CET)
From: Volta Mobil <porting-noreply@voltamobil.example>
To: =?utf-8?b?zpXOu86tzr3OtyDOkc69z4TPic69zq/Ov8+F?= <privacy@shop.example.be>
Subject: =?utf-8?b?zpcgzrzOtc+EzrHPhs6/z4HOrCDPhM6/z4UgzrHPgc65zrjOvM6/?=
 =?utf-8?b?z40gz4POsc+CIM6/zrvOv866zrvOt8+Bz47OuM63zrrOtQ==?=
Date: Fri, 06 Nov 2026 06:04:15 +0100
Message-ID: <PORT-BE-2026-447190.done@voltamobil.example>
Auto-Submitted: auto-generated
X-Mailer: Volta OSS Notifier
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_vm_port_8a1c55e0"

--=_vm_port_8a1c55e0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zpHOs86xz4DOt8+Ezq4gzrrPhc+Bzq/OsSDOkc69z4TPic69zq/Ov8+FLAoKzrcgzrzOtc+EzrHP
hs6/z4HOrCDPhM6/z4UgzrHPgc65zrjOvM6/z40gz4POsc+CIM6/zrvOv866zrvOt8+Bz47OuM63
zrrOtSDOvM61IM61z4DOuc+Ez4XPh86vzrEuCgrOkc+BzrnOuM68z4zPgjogICAgICAgICAgICAg
ICszMiA0ODkgMzMgMjcgMTUKzqDPgc6/zrfOs86/z43OvM61zr3Ov8+CIM+AzqzPgc6/z4fOv8+C
OiBUZWxlbm92YQrOnc6tzr/PgiDPgM6sz4HOv8+Hzr/PgjogICAgICAgICBWb2x0YSBNb2JpbArO
l868zrXPgc6/zrzOt869zq/OsSDOvM61z4TOsc+Gzr/Pgc6sz4I6IDA2LjExLjIwMjYsIDA2OjAw
Cs6Rzq/PhM63zrzOsSDPhs6/z4HOt8+Ez4zPhM63z4TOsc+COiAgIFBPUlQtQkUtMjAyNi00NDcx
OTAKzqPOt868zrXOr86/IM+Az47Ou863z4POt8+COiAgICAgICBTaG9wIEV4YW1wbGUgTGnDqGdl
LU3DqWRpYWNpdMOpCgrOlyDPgM6xzrvOuc6sIM+DzrHPgiDOus6sz4HPhM6xIFNJTSDOrc+HzrXO
uSDOsc+AzrXOvc61z4HOs86/z4DOv865zrfOuM61zq8uIM6SzqzOu8+EzrUgz4TOtyDOvc6tzrEg
zrrOrM+Bz4TOsSBTSU0gz4PPhM6/Cs+EzrfOu86tz4bPic69z4wgz4POsc+CIM66zrHOuSDOtc+A
zrHOvc61zrrOus65zr3Ors+Dz4TOtSDPhM6/LiDOpM6/IM+Fz4DPjM67zr/Ouc+Azr8gz4TOt8+C
IM+Az4HOv8+AzrvOt8+Bz4nOvM6tzr3Ot8+CIM66zqzPgc+EzrHPggrPg8+Ezr/OvSDPgM+Bzr/O
t86zzr/Pjc68zrXOvc6/IM+AzqzPgc6/z4fOvyDOtM61zr0gzrzOtc+EzrHPhs6tz4HOtc+EzrHO
uS4KCs6gz4HOv8+Dz4TOsc+Dzq/OsSDOtM61zrTOv868zq3Ovc+Jzr06IM6zzrnOsSDPhM63IM+G
zr/Pgc63z4TPjM+EzrfPhM6xIM60zrnOsc6yzrnOss6sz4POsc68zrUgz4PPhM6/zr0gz4DPgc6/
zrfOs86/z43OvM61zr3OvwrPgM6sz4HOv8+Hzr8gzrzPjM69zr8gz4TOv869IM6xz4HOuc64zrzP
jCDPg86xz4IsIM+Ezr/OvSDOsc+BzrnOuM68z4wgz4TOt8+CIM+AzrHOu865zqzPgiDOus6sz4HP
hM6xz4IgU0lNIChJQ0NJRCkgzrrOsc65Cs+Ezr/OvSDOus+JzrTOuc66z4wgz4DOtc67zqzPhM63
LCDPg8+NzrzPhs+Jzr3OsSDOvM61IM+Ezrcgzr3Ov868zr/OuM61z4POr86xIM6zzrnOsSDPhM65
z4IgzrfOu861zrrPhM+Bzr/Ovc65zrrOrc+CCs61z4DOuc66zr/Ouc69z4nOvc6vzrXPgiDOus6x
zrkgz4TOv869IM6TzprOoM6ULiDOpM6xIM60zrnOus6xzrnPjs68zrHPhM6sIM+DzrHPgiAoz4DP
gc+Mz4POss6xz4POtywgzrTOuc+Mz4HOuM+Jz4POtywKzrTOuc6xzrPPgc6xz4bOriwgzrXOvc6x
zr3PhM6vz4nPg863KSDPgM61z4HOuc6zz4HOrM+Gzr/Ovc+EzrHOuSDPg8+EzrcgzpTOrs67z4nP
g863IM6Rz4DOv8+Bz4HOrs+Ezr/PhSDOvM6xz4I6Cmh0dHBzOi8vd3d3LnZvbHRhbW9iaWwuZXhh
bXBsZS9lbC9hcG9ycml0bwoKzpzOtSDOtc66z4TOr868zrfPg863LApWb2x0YSBNb2JpbAoKzpHP
hc+Ez4wgzrXOr869zrHOuSDOrc69zrEgzrHPhc+Ezr/OvM6xz4TOv8+Azr/Ouc63zrzOrc69zr8g
zrzOrs69z4XOvM6xLiDOnM63zr0gzrHPgM6xzr3PhM6sz4TOtSDPg861IM6xz4XPhM+MLgo=

--=_vm_port_8a1c55e0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjwvaGVhZD48Ym9keSBzdHlsZT0iZm9u
dC1mYW1pbHk6QXJpYWwsc2Fucy1zZXJpZiI+CjxwPs6RzrPOsc+AzrfPhM6uIM66z4XPgc6vzrEg
zpHOvc+Ez4nOvc6vzr/PhSw8L3A+CjxwPjxiPs63IM68zrXPhM6xz4bOv8+Bzqwgz4TOv8+FIM6x
z4HOuc64zrzOv8+NIM+DzrHPgiDOv867zr/Ous67zrfPgc+OzrjOt866zrUgzrzOtSDOtc+AzrnP
hM+Fz4fOr86xLjwvYj48L3A+CjxwPs6Rz4HOuc64zrzPjM+COiArMzIgNDg5IDMzIDI3IDE1PGJy
Ps6gz4HOv863zrPOv8+NzrzOtc69zr/PgiDPgM6sz4HOv8+Hzr/PgjogVGVsZW5vdmE8YnI+zp3O
rc6/z4Igz4DOrM+Bzr/Ph86/z4I6IFZvbHRhIE1vYmlsPGJyPgrOl868zrXPgc6/zrzOt869zq/O
sSDOvM61z4TOsc+Gzr/Pgc6sz4I6IDA2LjExLjIwMjYsIDA2OjAwPGJyPs6Rzq/PhM63zrzOsSDP
hs6/z4HOt8+Ez4zPhM63z4TOsc+COiBQT1JULUJFLTIwMjYtNDQ3MTkwPGJyPgrOo863zrzOtc6v
zr8gz4DPjs67zrfPg863z4I6IFNob3AgRXhhbXBsZSBMacOoZ2UtTcOpZGlhY2l0w6k8L3A+Cjxw
Ps6XIM+AzrHOu865zqwgz4POsc+CIM66zqzPgc+EzrEgU0lNIM6tz4fOtc65IM6xz4DOtc69zrXP
gc6zzr/PgM6/zrnOt864zrXOry4gzpLOrM67z4TOtSDPhM63IM69zq3OsSDOus6sz4HPhM6xIFNJ
TSDPg8+Ezr8gz4TOt867zq3Phs+Jzr3PjCDPg86xz4IgzrrOsc65IM61z4DOsc69zrXOus66zrnO
vc6uz4PPhM61IM+Ezr8uPC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6IzY2NjY2
NiI+zqDPgc6/z4PPhM6xz4POr86xIM60zrXOtM6/zrzOrc69z4nOvTogzrPOuc6xIM+Ezrcgz4bO
v8+BzrfPhM+Mz4TOt8+EzrEgzrTOuc6xzrLOuc6yzqzPg86xzrzOtSDPg8+Ezr/OvSDPgM+Bzr/O
t86zzr/Pjc68zrXOvc6/IM+AzqzPgc6/z4fOvyDOvM+Mzr3OvyDPhM6/zr0gzrHPgc65zrjOvM+M
IM+DzrHPgiwgz4TOv869IM6xz4HOuc64zrzPjCDPhM63z4Igz4DOsc67zrnOrM+CIM66zqzPgc+E
zrHPgiBTSU0gKElDQ0lEKSDOus6xzrkgz4TOv869IM66z4nOtM65zrrPjCDPgM61zrvOrM+Ezrcu
IM6kzrEgzrTOuc66zrHOuc+OzrzOsc+Ezqwgz4POsc+CICjPgM+Bz4zPg86yzrHPg863LCDOtM65
z4zPgc64z4nPg863LCDOtM65zrHOs8+BzrHPhs6uLCDOtc69zrHOvc+Ezq/Pic+DzrcpOiA8YSBo
cmVmPSJodHRwczovL3d3dy52b2x0YW1vYmlsLmV4YW1wbGUvZWwvYXBvcnJpdG8iPs6Uzq7Ou8+J
z4POtyDOkc+Azr/Pgc+Bzq7PhM6/z4U8L2E+LjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMXB4
O2NvbG9yOiM2NjY2NjYiPs6Rz4XPhM+MIM61zq/Ovc6xzrkgzq3Ovc6xIM6xz4XPhM6/zrzOsc+E
zr/PgM6/zrnOt868zq3Ovc6/IM68zq7Ovc+FzrzOsS4gzpzOt869IM6xz4DOsc69z4TOrM+EzrUg
z4POtSDOsc+Fz4TPjC48L3A+CjwvYm9keT48L2h0bWw+Cg==

--=_vm_port_8a1c55e0--
'''),
    ('el', 'sieve-vacation-greek-customer', 'automated', (),
'''Return-Path: <>
Received: from mail.karagiannis-home.example (mail.karagiannis-home.example [198.51.100.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hm8Qf5tZbz4w0Vc
        for <privacy@shop.example.be>; Mon, 09 Nov 2026 17:03:26 +0100 (CET)
Received: by mail.karagiannis-home.example (Postfix, from userid 5000)
	id 0C4E81A22F; Mon, 09 Nov 2026 18:03:25 +0200 (EET)
Date: Mon, 09 Nov 2026 18:03:25 +0200
From: =?utf-8?b?zp3Or866zr/PgiDOms6xz4HOsc6zzrnOrM69zr3Ot8+C?= <nikos@karagiannis-home.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOpM6/?=
 =?utf-8?b?IM6xzq/PhM63zrzOrCDPg86xz4IgzrPOuc6xIM60zrnOsc6zz4HOsc+Gzq4g?=
 =?utf-8?b?zrTOtc60zr/OvM6tzr3Pic69?=
Message-ID: <dovecot-sieve-1793984605-118402-0@mail.karagiannis-home.example>
In-Reply-To: <pt-20261109-0104802@helpdesk.shop.example.be>
References: <pt-20261109-0104802@helpdesk.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Καλησπέρα σας,

Λείπω με άδεια έως τις 20 Νοεμβρίου και δεν διαβάζω τακτικά τα μηνύματά
μου. Θα σας απαντήσω όταν επιστρέψω.

Για θέματα του ρεύματος ή του ίντερνετ στο σπίτι στις Βρυξέλλες,
μπορείτε να καλέσετε τη σύζυγό μου στο +32 475 90 41 28.

Νίκος Καραγιάννης
'''),
    ('el', 'person-forwards-sim-activation-identity-misuse', 'deletion', ('access',),
'''Return-Path: <sofia.mavridou@gmail.com>
Received: from mail-ej1-f50.google.com (mail-ej1-f50.google.com [209.85.218.50])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hj2Mb6xKwz4x8Qd
        for <privacy@shop.example.be>; Sun, 25 Oct 2026 22:14:09 +0100 (CET)
Received: by mail-ej1-f50.google.com with SMTP id a640c23a62f3a-b7d1e4f62c1so3302116b.2
        for <privacy@shop.example.be>; Sun, 25 Oct 2026 14:14:08 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1792962848; x=1793567648; darn=shop.example.be;
        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject
         :date:message-id:reply-to;
        bh=Rk7Tm0Vo3Xq6Zs9Bu2Dw5Fy8Ha1Jc4Le7Ng0Pi3Rk6=;
        b=Ay5Cb8Ed1Gf4Ih7Kj0Ml3On6Qp9Sr2Ut5Wv8Yx1Az4Cb7Ed0Gf3Ih6Kj9Ml2On5Qp8S
MIME-Version: 1.0
From: =?utf-8?b?zqPOv8+Gzq/OsSDOnM6xz4XPgc6vzrTOv8+F?= <sofia.mavridou@gmail.com>
Date: Sun, 25 Oct 2026 22:13:55 +0100
Message-ID: <CAF9wQm1Tz7+Hy4Rb0Ke8Vn2Lc6Xp3Ds5Ja9Gu1Mf@mail.gmail.com>
Subject: =?utf-8?b?RndkOiDOlyDOus6sz4HPhM6xIFNJTSDPg86xz4IgzrXOvc61z4E=?=
 =?utf-8?b?zrPOv8+Azr/Ouc6uzrjOt866zrU=?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xLAoKzpTOtc69IM6xzrPPjM+BzrHPg86xIM+Azr/PhM6tIM6xz4XP
hM6uIM+EzrfOvSDOus6sz4HPhM6xIFNJTSDOus6xzrkgzrTOtc69IM6tz4fPiSDPgM6szrXOuSDP
gM6/z4TOrSDPg8+Ezr8gzrrOsc+EzqzPg8+EzrfOvM6sIM+DzrHPgiDPg8+Ezr8gQnJ1eGVsbGVz
LU1pZGkuIM6azqzPgM6/zrnOv8+CIM+Hz4HOt8+DzrnOvM6/z4DOv86vzrfPg861IM+EzrEgz4PP
hM6/zrnPh861zq/OsSDPhM63z4Igz4TOsc+Fz4TPjM+EzrfPhM6sz4IgzrzOv8+FLiDOpM63zr0g
z4TOsc+Fz4TPjM+EzrfPhM6xIM+EzrfOvSDOtc6vz4fOsSDPh86sz4POtc65IM+Ezr/OvSDOkc+N
zrPOv8+Fz4PPhM6/IM66zrHOuSDOrc+Hz4kgzrrOrM69zrXOuSDOtM6uzrvPic+DzrcgzrHPgM+O
zrvOtc65zrHPgi4KCs6Yzq3Ou8+JIM69zrEgzrTOuc6xzrPPgc6sz4jOtc+EzrUgzrHOvM6tz4PP
ic+CIM6xz4DPjCDPhM6xIM+Dz4XPg8+Ezq7OvM6xz4TOrCDPg86xz4Igz4TOvyDOsc69z4TOr86z
z4HOsc+Gzr8gz4TOt8+CIM+EzrHPhc+Ez4zPhM63z4TOrM+CIM68zr/PhSDOus6xzrkgz4wsz4TO
uSDOrM67zrvOvyDPg8+Ezr/Ouc+HzrXOr86/IM68zr/PhSDOus+BzrHPhM6sz4TOtSDOs865zrEg
zrHPhc+Ezq4gz4TOt869IM66zqzPgc+EzrEuIM6Vz4DOr8+DzrfPgiDPgM61zq/PhM61IM68zr/P
hSDPhM65IM6xzrrPgc65zrLPjs+CIM+DzrrOsc69zqzPgc6xz4TOtSDOus6xzrkgz4DOv865zr/P
giDPhc+AzqzOu867zrfOu86/z4Igzq3Ous6xzr3OtSDPhM63zr0gzrXOs86zz4HOsc+Gzq4sIM6z
zrnOsc+Ezq8gzrjOsSDPhM6/IM+Hz4HOtc65zrHPg8+Ez44gzrPOuc6xIM+EzrfOvSDOsc+Dz4TP
hc69zr/OvM6vzrEuCgrOo86/z4bOr86xIM6czrHPhc+Bzq/OtM6/z4UKCi0tLS0tLS0tIM6gz4HO
v8+JzrjOt868zq3Ovc6/IM68zq7Ovc+FzrzOsSAtLS0tLS0tLQrOmM6tzrzOsTogzpcgzrrOrM+B
z4TOsSBTSU0gz4POsc+CIM61zr3Otc+BzrPOv8+Azr/Ouc6uzrjOt866zrUKzpfOvM61z4HOv868
zrfOvc6vzrE6IFNhdCwgMjQgT2N0IDIwMjYgMTM6MDc6NTIgKzAyMDAKzpHPgM+MOiBWb2x0YSBN
b2JpbCA8bm9yZXBseUB2b2x0YW1vYmlsLmV4YW1wbGU+Cs6gz4HOv8+COiBzb2ZpYS5tYXZyaWRv
dUBnbWFpbC5jb20KCs6azrHOu8+Oz4Igzq7Pgc64zrHPhM61IM+Dz4TOtyBWb2x0YSBNb2JpbCEK
zpcgzrrOrM+Bz4TOsSBTSU0gz4POsc+CIM61zr3Otc+BzrPOv8+Azr/Ouc6uzrjOt866zrUuCs6R
z4HOuc64zrzPjM+COiArMzIgNDY2IDU4IDAyIDkzCs6gz4HPjM6zz4HOsc68zrzOsTogVm9sdGEg
U21hcnQgMTAgKM66zrHPgc+Ezr/Ous65zr3Ot8+Ezq4pCs6jzrfOvM61zq/OvyDPgM+OzrvOt8+D
zrfPgjogU2hvcCBFeGFtcGxlIEJydXhlbGxlcy1NaWRpCs6kzrHPhc+Ezr/PgM6/zq/Ot8+Dzrc6
IM60zrXOu8+Ezq/OvyDPhM6xz4XPhM+Mz4TOt8+EzrHPgiAoR1IpLCDOsc+BLiAqKioyMjcwCs6X
zrzOtc+Bzr/OvM63zr3Or86xOiAyNC4xMC4yMDI2LCAxMzowNwrOkc+Fz4TPjCDOtc6vzr3Osc65
IM6tzr3OsSDOsc+Fz4TOv868zrHPhM6/z4DOv865zrfOvM6tzr3OvyDOvM6uzr3Phc68zrEuIM6c
zrfOvSDOsc+AzrHOvc+EzqzPhM61IM+DzrUgzrHPhc+Ez4wuCg==
'''),
    ('bg', 'abv-bg-bounce-disabled-mailbox-portability-reply', 'automated', (),
'''Return-Path: <>
Received: from mx.abv.bg (mx.abv.bg [194.153.145.70])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hh0Kt8bSpz4w7Xr
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 09:55:17 +0200 (CEST)
Date: Tue, 20 Oct 2026 10:55:15 +0300
From: =?utf-8?b?0J/QvtGJ0LXQvdGB0LrQsCDRgdC40YHRgtC10LzQsCDQkNCR0JI=?= <MAILER-DAEMON@abv.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J3QtdC00L7RgdGC0LDQstC10L3QviDRgdGK0L7QsdGJ0LXQvdC4?=
 =?utf-8?b?0LU6INCe0YLQvdC+0YHQvdC+INC40YHQutCw0L3QtdGC0L4g0JLQuCDQt9Cw?=
 =?utf-8?b?INC/0YDQtdC90L7RgdC40LzQvtGB0YIg0L3QsCDQtNCw0L3QvdC4?=
Message-ID: <ndr.1792482915.27741@mx.abv.bg>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="abv-ndr-b71e2c09"

--abv-ndr-b71e2c09
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0KLQvtCy0LAg0LUg0LDQstGC0L7QvNCw0YLQuNGH0L3QviDR
gdGK0L7QsdGJ0LXQvdC40LUg0L7RgiDQv9C+0YnQtdC90YHQutCw0YLQsCDRgdC40YHRgtC10LzQ
sCDQvdCwINCQ0JHQki4KCtCS0LDRiNC10YLQviDRgdGK0L7QsdGJ0LXQvdC40LUg0L3QtSDQvNC+
0LbQsCDQtNCwINCx0YrQtNC1INC00L7RgdGC0LDQstC10L3QviDQtNC+INGB0LvQtdC00L3QuNGP
INC/0L7Qu9GD0YfQsNGC0LXQuzoKCiAgICBwZXR5YS5pdmFub3ZhNzVAYWJ2LmJnCgrQn9GA0LjR
h9C40L3QsDog0L/QvtGJ0LXQvdGB0LrQsNGC0LAg0LrRg9GC0LjRjyDQvdCwINC/0L7Qu9GD0YfQ
sNGC0LXQu9GPINC1INC00LXQsNC60YLQuNCy0LjRgNCw0L3QsCDQv9C+0YDQsNC00LgK0L/RgNC+
0LTRitC70LbQuNGC0LXQu9C90L4g0L3QtdC40LfQv9C+0LvQt9Cy0LDQvdC1LgoK0JzQvtC70Y8s
INC/0YDQvtCy0LXRgNC10YLQtSDQsNC00YDQtdGB0LAg0LjQu9C4INGB0LUg0YHQstGK0YDQttC1
0YLQtSDRgSDQv9C+0LvRg9GH0LDRgtC10LvRjyDQv9C+INC00YDRg9CzINC90LDRh9C40L0uCgrQ
ndC1INC+0YLQs9C+0LLQsNGA0Y/QudGC0LUg0L3QsCDRgtC+0LLQsCDRgdGK0L7QsdGJ0LXQvdC4
0LUuCg==

--abv-ndr-b71e2c09
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.abv.bg
Arrival-Date: Tue, 20 Oct 2026 10:55:13 +0300

Final-Recipient: rfc822; petya.ivanova75@abv.bg
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled

--abv-ndr-b71e2c09
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out2.shop.example.be (out2.shop.example.be [192.0.2.26])
	by mx.abv.bg with ESMTPS; Tue, 20 Oct 2026 10:55:13 +0300
Date: Tue, 20 Oct 2026 09:55:09 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?b?0J/QtdGC0Y8g0JjQstCw0L3QvtCy0LA=?= <petya.ivanova75@abv.bg>
Subject: =?utf-8?b?0J7RgtC90L7RgdC90L4g0LjRgdC60LDQvdC10YLQviDQktC4INC3?=
 =?utf-8?b?0LAg0L/RgNC10L3QvtGB0LjQvNC+0YHRgiDQvdCwINC00LDQvdC90Lg=?=
Message-ID: <pt-20261020-0102870@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--abv-ndr-b71e2c09--
'''),
    ('bg', 'energy-supplier-helpdesk-ack-gdpr-request', 'automated', (),
'''Return-Path: <support+id20931@elektravolt.zendesk.example>
Received: from out-12.smtp.zendesk.example (out-12.smtp.zendesk.example [192.0.2.161])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hj7Cw3gRtz4x2Mp
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 11:08:50 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=elektravolt.example;
	s=zendesk1; h=date:from:reply-to:to:message-id:subject:mime-version;
	bh=Tp0Vr3Xt6Zv9Bx2Dz5Fb8Hd1Jf4Lh7Nj0Pl3Rn6=;
	b=Gs9Iu2Kw5My8Oa1Qc4Se7Ug0Wi3Yk6Am9Co2Eq5Gs8Iu1Kw4My7Oa0Qc3Se6Ug9Wi2Yk
Date: Tue, 27 Oct 2026 10:08:48 +0000
From: =?utf-8?q?=D0=95=D0=BB=D0=B5=D0=BA=D1=82=D1=80=D0=B0=D0=92=D0=BE=D0=BB=D1=82_=D0=95=D0=BD=D0=B5=D1=80=D0=B4=D0=B6=D0=B8_=E2=80=93_=D0=9E=D0=B1=D1=81=D0=BB=D1=83=D0=B6=D0=B2=D0=B0=D0=BD=D0=B5?= <support@elektravolt.example>
Reply-To: =?utf-8?q?=D0=95=D0=BB=D0=B5=D0=BA=D1=82=D1=80=D0=B0=D0=92=D0=BE=D0=BB=D1=82_=D0=95=D0=BD=D0=B5=D1=80=D0=B4=D0=B6=D0=B8_=E2=80=93_=D0=9E=D0=B1=D1=81=D0=BB=D1=83=D0=B6=D0=B2=D0=B0=D0=BD=D0=B5?= <support+id20931@elektravolt.zendesk.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Message-ID: <Z7KQ4R2NMX_68f1a2b8c4e5d_3f9a1_sprut@zendesk.example>
In-Reply-To: <pt-20261027-0103402@helpdesk.shop.example.be>
Subject: =?utf-8?q?=5B=D0=95=D0=BB=D0=B5=D0=BA=D1=82=D1=80=D0=B0=D0=92?=
 =?utf-8?q?=D0=BE=D0=BB=D1=82=5D_=D0=97=D0=B0=D0=BF=D0=B8=D1=82=D0=B2?=
 =?utf-8?q?=D0=B0=D0=BD=D0=B5_=23BG-20931_=D0=B5_=D0=BF=D0=BE=D0=BB=D1=83?=
 =?utf-8?q?=D1=87=D0=B5=D0=BD=D0=BE?=
Mime-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8c21f0e
X-Zendesk-Email-Id: 01KD4Q2M9T7X5B3N8R6V0C1Z4W

##- =D0=9C=D0=BE=D0=BB=D1=8F, =D0=BF=D0=B8=D1=88=D0=B5=D1=82=D0=B5 =D0=BD=
=D0=B0=D0=B4 =D1=82=D0=BE=D0=B7=D0=B8 =D1=80=D0=B5=D0=B4 -##

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=91=D0=BB=D0=B0=D0=B3=D0=BE=D0=B4=D0=B0=D1=80=D0=B8=D0=BC =D0=92=D0=B8 =
=D0=B7=D0=B0 =D0=B7=D0=B0=D0=BF=D0=B8=D1=82=D0=B2=D0=B0=D0=BD=D0=B5=D1=82=
=D0=BE. =D0=92=D0=B0=D1=88=D0=B5=D1=82=D0=BE =D0=B8=D1=81=D0=BA=D0=B0=D0=BD=
=D0=B5, =D1=81=D0=B2=D1=8A=D1=80=D0=B7=D0=B0=D0=BD=D0=BE =D1=81=D1=8A=D1=81=
 =D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B0=D1=82=D0=B0 =D0=BD=D0=B0
=D0=BB=D0=B8=D1=87=D0=BD=D0=B8=D1=82=D0=B5 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 (=
GDPR), =D0=B5 =D1=80=D0=B5=D0=B3=D0=B8=D1=81=D1=82=D1=80=D0=B8=D1=80=D0=B0=
=D0=BD=D0=BE =D0=BF=D0=BE=D0=B4 =D0=BD=D0=BE=D0=BC=D0=B5=D1=80 #BG-20931.

=D0=A2=D0=B5=D0=BC=D0=B0: =D0=98=D1=81=D0=BA=D0=B0=D0=BD=D0=B5 =D0=B7=D0=B0=
 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D0=B4=
=D0=B0=D0=BD=D0=BD=D0=B8 =D0=BD=D0=B0 =D0=BA=D0=BB=D0=B8=D0=B5=D0=BD=D1=82 =
=E2=80=93 =D0=B4=D0=BE=D0=B3=D0=BE=D0=B2=D0=BE=D1=80 =D0=B7=D0=B0 =D1=82=D0=
=BE=D0=BA, =D1=81=D0=BA=D0=BB=D1=8E=D1=87=D0=B5=D0=BD =D0=BD=D0=B0
=D1=89=D0=B0=D0=BD=D0=B4 =D0=B2 =D0=BC=D0=B0=D0=B3=D0=B0=D0=B7=D0=B8=D0=BD =
Shop Example
=D0=9A=D0=B0=D1=82=D0=B5=D0=B3=D0=BE=D1=80=D0=B8=D1=8F: =D0=97=D0=B0=D1=89=
=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8=D1=82=D0=B5 =
=D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 / =D0=9F=D1=80=D0=B0=D0=B2=D0=B0 =D0=BD=D0=
=B0 =D1=81=D1=83=D0=B1=D0=B5=D0=BA=D1=82=D0=B8=D1=82=D0=B5
=D0=9F=D1=80=D0=B8=D0=BE=D1=80=D0=B8=D1=82=D0=B5=D1=82: =D0=BD=D0=BE=D1=80=
=D0=BC=D0=B0=D0=BB=D0=B5=D0=BD

=D0=9A=D0=B0=D0=BA=D0=B2=D0=BE =D1=81=D0=BB=D0=B5=D0=B4=D0=B2=D0=B0:
- =D0=9D=D0=B0=D1=88=D0=B8=D1=8F=D1=82 =D0=B5=D0=BA=D0=B8=D0=BF =D0=BF=D0=
=BE =D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B4=D0=B0=D0=BD=D0=
=BD=D0=B8=D1=82=D0=B5 =D1=89=D0=B5 =D0=BF=D1=80=D0=BE=D0=B2=D0=B5=D1=80=D0=
=B8 =D1=81=D0=B0=D0=BC=D0=BE=D0=BB=D0=B8=D1=87=D0=BD=D0=BE=D1=81=D1=82=D1=
=82=D0=B0 =D0=BD=D0=B0 =D0=BB=D0=B8=D1=86=D0=B5=D1=82=D0=BE =D0=B8
  =D0=B4=D0=BE=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B0, =D0=B7=D0=B0 =D0=BA=D0=
=BE=D0=B9=D1=82=D0=BE =D1=81=D0=B5 =D0=BE=D1=82=D0=BD=D0=B0=D1=81=D1=8F =D0=
=B8=D1=81=D0=BA=D0=B0=D0=BD=D0=B5=D1=82=D0=BE.
- =D0=A9=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B8=D0=BC =D0=
=B2 =D1=81=D1=80=D0=BE=D0=BA =D0=BE=D1=82 =D0=B5=D0=B4=D0=B8=D0=BD =D0=BC=
=D0=B5=D1=81=D0=B5=D1=86 =D0=BE=D1=82 =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B0=
=D0=B2=D0=B0=D0=BD=D0=B5=D1=82=D0=BE (=D1=87=D0=BB. 12, =D0=BF=D0=B0=D1=80.=
 3 =D0=BE=D1=82
  =D0=A0=D0=B5=D0=B3=D0=BB=D0=B0=D0=BC=D0=B5=D0=BD=D1=82 (=D0=95=D0=A1) 201=
6/679). =D0=9F=D1=80=D0=B8 =D1=81=D0=BB=D0=BE=D0=B6=D0=BD=D0=B8 =D0=B8=D1=
=81=D0=BA=D0=B0=D0=BD=D0=B8=D1=8F =D1=81=D1=80=D0=BE=D0=BA=D1=8A=D1=82 =D0=
=BC=D0=BE=D0=B6=D0=B5 =D0=B4=D0=B0 =D0=B1=D1=8A=D0=B4=D0=B5
  =D1=83=D0=B4=D1=8A=D0=BB=D0=B6=D0=B5=D0=BD =D1=81 =D0=BE=D1=89=D0=B5 =D0=
=B4=D0=B2=D0=B0 =D0=BC=D0=B5=D1=81=D0=B5=D1=86=D0=B0, =D0=B7=D0=B0 =D0=BA=
=D0=BE=D0=B5=D1=82=D0=BE =D1=89=D0=B5 =D0=92=D0=B8 =D1=83=D0=B2=D0=B5=D0=B4=
=D0=BE=D0=BC=D0=B8=D0=BC.
- =D0=90=D0=BA=D0=BE =D0=B8=D1=81=D0=BA=D0=B0=D0=BD=D0=B5=D1=82=D0=BE =D0=
=B5 =D0=BF=D0=BE=D0=B4=D0=B0=D0=B4=D0=B5=D0=BD=D0=BE =D0=BE=D1=82 =D0=BF=D0=
=B0=D1=80=D1=82=D0=BD=D1=8C=D0=BE=D1=80 =D0=BE=D1=82 =D0=B8=D0=BC=D0=B5=D1=
=82=D0=BE =D0=BD=D0=B0 =D0=BA=D0=BB=D0=B8=D0=B5=D0=BD=D1=82=D0=B0, =D0=BC=
=D0=BE=D0=B6=D0=B5 =D0=B4=D0=B0
  =D0=BF=D0=BE=D0=B8=D1=81=D0=BA=D0=B0=D0=BC=D0=B5 =D0=BF=D1=8A=D0=BB=D0=BD=
=D0=BE=D0=BC=D0=BE=D1=89=D0=BD=D0=BE =D0=B8=D0=BB=D0=B8 =D0=BF=D0=BE=D1=82=
=D0=B2=D1=8A=D1=80=D0=B6=D0=B4=D0=B5=D0=BD=D0=B8=D0=B5 =D0=BE=D1=82 =D1=81=
=D0=B0=D0=BC=D0=B8=D1=8F =D0=BA=D0=BB=D0=B8=D0=B5=D0=BD=D1=82.

=D0=9C=D0=BE=D0=B6=D0=B5=D1=82=D0=B5 =D0=B4=D0=B0 =D0=BF=D1=80=D0=BE=D1=81=
=D0=BB=D0=B5=D0=B4=D0=B8=D1=82=D0=B5 =D1=81=D1=82=D0=B0=D1=82=D1=83=D1=81=
=D0=B0 =D0=BD=D0=B0 =D0=B7=D0=B0=D0=BF=D0=B8=D1=82=D0=B2=D0=B0=D0=BD=D0=B5=
=D1=82=D0=BE =D1=82=D1=83=D0=BA:
https://podkrepa.elektravolt.example/hc/bg/requests/20931

=D0=A1 =D1=83=D0=B2=D0=B0=D0=B6=D0=B5=D0=BD=D0=B8=D0=B5,
=D0=95=D0=BA=D0=B8=D0=BF "=D0=9E=D0=B1=D1=81=D0=BB=D1=83=D0=B6=D0=B2=D0=B0=
=D0=BD=D0=B5 =D0=BD=D0=B0 =D0=BA=D0=BB=D0=B8=D0=B5=D0=BD=D1=82=D0=B8"
=D0=95=D0=BB=D0=B5=D0=BA=D1=82=D1=80=D0=B0=D0=92=D0=BE=D0=BB=D1=82 =D0=95=
=D0=BD=D0=B5=D1=80=D0=B4=D0=B6=D0=B8

=D0=A2=D0=BE=D0=B2=D0=B0 =D0=B5 =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=
=D0=B8=D1=87=D0=BD=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5. =D0=9E=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D1=8A=D1=82 =D0=BD=D0=B0=
=D0=B4 =D1=80=D0=B5=D0=B4=D0=B0 =D0=BF=D0=BE-=D0=B3=D0=BE=D1=80=D0=B5 =D1=
=89=D0=B5 =D0=B1=D1=8A=D0=B4=D0=B5 =D0=B4=D0=BE=D0=B1=D0=B0=D0=B2=D0=B5=D0=
=BD
=D0=BA=D1=8A=D0=BC =D0=B7=D0=B0=D0=BF=D0=B8=D1=82=D0=B2=D0=B0=D0=BD=D0=B5=
=D1=82=D0=BE.
'''),
    ('bg', 'smart-meter-monthly-consumption-report', 'automated', (),
'''Return-Path: <otcheti@elektravolt.example>
Received: from mailer.elektravolt.example (mailer.elektravolt.example [198.51.100.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hm1Pn0kYgz4w5Bs
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 06:30:03 +0100 (CET)
From: =?utf-8?q?=D0=95=D0=BB=D0=B5=D0=BA=D1=82=D1=80=D0=B0=D0=92=D0=BE=D0=BB=D1=82_=D0=95=D0=BD=D0=B5=D1=80=D0=B4=D0=B6=D0=B8?= <otcheti@elektravolt.example>
To: =?utf-8?q?=D0=94=D0=B8=D0=BC=D0=B8=D1=82=D1=8A=D1=80_=D0=93=D0=B5=D0=BE=D1=80=D0=B3=D0=B8=D0=B5=D0=B2?= <privacy@shop.example.be>
Subject: =?utf-8?q?=D0=92=D0=B0=D1=88=D0=B8=D1=8F=D1=82_=D0=BE=D1=82=D1=87?=
 =?utf-8?q?=D0=B5=D1=82_=D0=B7=D0=B0_=D0=BF=D0=BE=D1=82=D1=80=D0=B5=D0=B1?=
 =?utf-8?q?=D0=BB=D0=B5=D0=BD=D0=B8=D0=B5=D1=82=D0=BE_=E2=80=93_=D0=BE?=
 =?utf-8?q?=D0=BA=D1=82=D0=BE=D0=BC=D0=B2=D1=80=D0=B8_2026?=
Date: Mon, 02 Nov 2026 06:30:01 +0100
Message-ID: <report.541449200005518834.202610@elektravolt.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5, =D0=B3-=D0=BD =D0=
=93=D0=B5=D0=BE=D1=80=D0=B3=D0=B8=D0=B5=D0=B2,

=D0=95=D1=82=D0=BE =D0=92=D0=B0=D1=88=D0=B8=D1=8F=D1=82 =D0=BC=D0=B5=D1=81=
=D0=B5=D1=87=D0=B5=D0=BD =D0=BE=D1=82=D1=87=D0=B5=D1=82 =D0=B7=D0=B0 =D0=BF=
=D0=BE=D1=82=D1=80=D0=B5=D0=B1=D0=BB=D0=B5=D0=BD=D0=B8=D0=B5=D1=82=D0=BE =
=D0=BD=D0=B0 =D0=B5=D0=BB=D0=B5=D0=BA=D1=82=D1=80=D0=BE=D0=B5=D0=BD=D0=B5=
=D1=80=D0=B3=D0=B8=D1=8F.

=D0=9F=D0=B5=D1=80=D0=B8=D0=BE=D0=B4:             01.10.2026 =E2=80=93 31.1=
0.2026
=D0=9E=D0=B1=D0=B5=D0=BA=D1=82:              Avenue Brugmann 301, 1180 Uccle
EAN:                541449200005518834
=D0=95=D0=BB=D0=B5=D0=BA=D1=82=D1=80=D0=BE=D0=BC=D0=B5=D1=80:         =D0=
=B8=D0=BD=D1=82=D0=B5=D0=BB=D0=B8=D0=B3=D0=B5=D0=BD=D1=82=D0=B5=D0=BD (=D0=
=B4=D0=B8=D0=B3=D0=B8=D1=82=D0=B0=D0=BB=D0=B5=D0=BD), =D0=B4=D0=B0=D0=BD=D0=
=BD=D0=B8 =D0=BD=D0=B0 =D0=B2=D1=81=D0=B5=D0=BA=D0=B8 15 =D0=BC=D0=B8=D0=BD=
=D1=83=D1=82=D0=B8

=D0=9F=D0=BE=D1=82=D1=80=D0=B5=D0=B1=D0=BB=D0=B5=D0=BD=D0=B8=D0=B5:        =
287 kWh (=D0=B4=D0=BD=D0=B5=D0=B2=D0=BD=D0=B0 =D1=82=D0=B0=D1=80=D0=B8=D1=
=84=D0=B0 171 kWh, =D0=BD=D0=BE=D1=89=D0=BD=D0=B0 116 kWh)
=D0=A1=D0=BF=D1=80=D1=8F=D0=BC=D0=BE =D0=BE=D0=BA=D1=82=D0=BE=D0=BC=D0=B2=
=D1=80=D0=B8 2025: =E2=80=939 %
=D0=9F=D0=B8=D0=BA=D0=BE=D0=B2 =D1=87=D0=B0=D1=81:          =D1=81=D1=80=D1=
=8F=D0=B4=D0=B0, 21.10.2026, 19:15=E2=80=9319:30 (1,9 kW)
=D0=9F=D1=80=D0=BE=D0=B3=D0=BD=D0=BE=D0=B7=D0=BD=D0=B0 =D1=81=D1=83=D0=BC=
=D0=B0:     82,40 EUR =D1=81 =D0=94=D0=94=D0=A1

=D0=A1=D1=8A=D0=B2=D0=B5=D1=82: =D0=BF=D1=83=D1=81=D0=BA=D0=B0=D0=B9=D1=82=
=D0=B5 =D0=BF=D0=B5=D1=80=D0=B0=D0=BB=D0=BD=D1=8F=D1=82=D0=B0 =D0=B8 =D1=81=
=D1=8A=D0=B4=D0=BE=D0=BC=D0=B8=D1=8F=D0=BB=D0=BD=D0=B0=D1=82=D0=B0 =D1=81=
=D0=BB=D0=B5=D0=B4 22:00 =E2=80=93 =D0=BF=D1=80=D0=B5=D0=B7 =D0=BD=D0=BE=D1=
=89=D0=BD=D0=B0=D1=82=D0=B0
=D1=82=D0=B0=D1=80=D0=B8=D1=84=D0=B0 =D1=89=D0=B5 =D1=81=D0=BF=D0=B5=D1=81=
=D1=82=D0=B8=D1=82=D0=B5 =D0=BE=D0=BA=D0=BE=D0=BB=D0=BE 6 EUR =D0=BD=D0=B0 =
=D0=BC=D0=B5=D1=81=D0=B5=D1=86.

=D0=9A=D0=B0=D0=BA =D0=B8=D0=B7=D0=BF=D0=BE=D0=BB=D0=B7=D0=B2=D0=B0=D0=BC=
=D0=B5 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D0=BE=D1=82 =D0=B5=D0=BB=
=D0=B5=D0=BA=D1=82=D1=80=D0=BE=D0=BC=D0=B5=D1=80=D0=B0
=D0=9F=D0=BE=D0=B4=D1=80=D0=BE=D0=B1=D0=BD=D0=B8=D1=82=D0=B5 =D0=B4=D0=B0=
=D0=BD=D0=BD=D0=B8 =D0=BD=D0=B0 =D0=B2=D1=81=D0=B5=D0=BA=D0=B8 15 =D0=BC=D0=
=B8=D0=BD=D1=83=D1=82=D0=B8 =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D0=B2=D0=
=B0=D0=BC=D0=B5 =D0=BE=D1=82 =D0=BE=D0=BF=D0=B5=D1=80=D0=B0=D1=82=D0=BE=D1=
=80=D0=B0 =D0=BD=D0=B0
=D1=80=D0=B0=D0=B7=D0=BF=D1=80=D0=B5=D0=B4=D0=B5=D0=BB=D0=B8=D1=82=D0=B5=D0=
=BB=D0=BD=D0=B0=D1=82=D0=B0 =D0=BC=D1=80=D0=B5=D0=B6=D0=B0 =D0=B2=D1=8A=D0=
=B7 =D0=BE=D1=81=D0=BD=D0=BE=D0=B2=D0=B0 =D0=BD=D0=B0 =D0=92=D0=B0=D1=88=D0=
=B5=D1=82=D0=BE =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D0=B5, =D0=B4=D0=
=B0=D0=B4=D0=B5=D0=BD=D0=BE =D0=BF=D1=80=D0=B8
=D0=BF=D0=BE=D0=B4=D0=BF=D0=B8=D1=81=D0=B2=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =
=D0=B4=D0=BE=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B0 =D0=B2 =D0=BC=D0=B0=D0=B3=
=D0=B0=D0=B7=D0=B8=D0=BD Shop Example Uccle. =D0=9C=D0=BE=D0=B6=D0=B5=D1=82=
=D0=B5 =D0=B4=D0=B0 =D0=BE=D1=82=D1=82=D0=B5=D0=B3=D0=BB=D0=B8=D1=82=D0=B5
=D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D0=B5=D1=82=D0=BE =D1=81=D0=B8 =
=D0=BF=D0=BE =D0=B2=D1=81=D1=8F=D0=BA=D0=BE =D0=B2=D1=80=D0=B5=D0=BC=D0=B5 =
=D0=BE=D1=82 "=D0=9C=D0=BE=D1=8F=D1=82 =D0=BF=D1=80=D0=BE=D1=84=D0=B8=D0=BB=
 > =D0=94=D0=B0=D0=BD=D0=BD=D0=B8 =D0=B8 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=
=81=D0=B8=D1=8F"; =D1=82=D0=BE=D0=B3=D0=B0=D0=B2=D0=B0
=D1=89=D0=B5 =D0=B8=D0=B7=D0=B3=D0=BE=D1=82=D0=B2=D1=8F=D0=BC=D0=B5 =D0=BE=
=D1=82=D1=87=D0=B5=D1=82=D0=B8=D1=82=D0=B5 =D1=81=D0=B0=D0=BC=D0=BE =D0=BF=
=D0=BE =D0=BC=D0=B5=D1=81=D0=B5=D1=87=D0=BD=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=
=D0=B8. =D0=94=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D0=BF=D0=B0=D0=B7=D0=B8=
=D0=BC 3 =D0=B3=D0=BE=D0=B4=D0=B8=D0=BD=D0=B8.

=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,
=D0=95=D0=BB=D0=B5=D0=BA=D1=82=D1=80=D0=B0=D0=92=D0=BE=D0=BB=D1=82 =D0=95=
=D0=BD=D0=B5=D1=80=D0=B4=D0=B6=D0=B8

=D0=9D=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=D1=80=D1=8F=D0=B9=D1=82=
=D0=B5 =D0=BD=D0=B0 =D1=82=D0=BE=D0=B7=D0=B8 =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB=
 =E2=80=93 =D0=BF=D0=BE=D1=89=D0=B5=D0=BD=D1=81=D0=BA=D0=B0=D1=82=D0=B0 =D0=
=BA=D1=83=D1=82=D0=B8=D1=8F =D0=BD=D0=B5 =D1=81=D0=B5 =D1=81=D0=BB=D0=B5=D0=
=B4=D0=B8.
'''),
    ('bg', 'person-disputes-porting-refusal-asks-freeze', 'restriction', (),
'''Return-Path: <stoyan.petkov@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.80])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hl8Rz2cVmz4x9Kb
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 17:44:21 +0100 (CET)
Received: from nm72.abv.bg (nm72.ni.bg [192.168.151.42])
	by smtp-out.abv.bg (Postfix) with ESMTP id 3B1E0C2B7
	for <privacy@shop.example.be>; Fri, 30 Oct 2026 18:44:19 +0200 (EET)
Date: Fri, 30 Oct 2026 18:44:19 +0200 (EET)
From: =?utf-8?b?0KHRgtC+0Y/QvSDQn9C10YLQutC+0LI=?= <stoyan.petkov@abv.bg>
To: privacy@shop.example.be
Message-ID: <1309822417.71623.1793378659812@nm72.abv.bg>
Subject: =?utf-8?b?Rnc6INCX0LDRj9Cy0LrQsNGC0LAg0JLQuCDQt9CwINC/0YDQtdC9?=
 =?utf-8?b?0LDRgdGP0L3QtSDQvdCwINC90L7QvNC10YAg0LUg0L7RgtC60LDQt9Cw0L0=?=
 =?utf-8?b?0LA=?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
Importance: Medium
X-Mailer: AbvMail 3.0

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B8=D1=85 =D1=82=D0=BE=D0=B2=D0=B0 =D0=B4=
=D0=BD=D0=B5=D1=81. =D0=9D=D1=8F=D0=BC=D0=B0=D0=BC =D0=BD=D0=B8=D0=BA=D0=B0=
=D0=BA=D0=B2=D0=B8 =D0=B7=D0=B0=D0=B4=D1=8A=D0=BB=D0=B6=D0=B5=D0=BD=D0=B8=
=D1=8F =D0=BA=D1=8A=D0=BC Telenova, =D0=B4=D0=BE=D0=B3=D0=BE=D0=B2=D0=BE=D1=
=80=D1=8A=D1=82 =D0=BC=D0=B8 =D1=82=D0=B0=D0=BC =D0=B5 =D0=BF=D1=80=D0=B5=
=D0=BA=D1=80=D0=B0=D1=82=D0=B5=D0=BD =D0=BF=D1=80=D0=B5=D0=B7 =D1=8E=D0=BB=
=D0=B8 =D0=B8 =D0=B2=D1=81=D0=B8=D1=87=D0=BA=D0=BE =D0=B5 =D0=BF=D0=BB=D0=
=B0=D1=82=D0=B5=D0=BD=D0=BE, =D0=B8=D0=BC=D0=B0=D0=BC =D0=B1=D0=B0=D0=BD=D0=
=BA=D0=BE=D0=B2=D0=BE =D0=B8=D0=B7=D0=B2=D0=BB=D0=B5=D1=87=D0=B5=D0=BD=D0=
=B8=D0=B5. =D0=9F=D0=BE=D0=B4=D0=B0=D0=BB =D1=81=D1=8A=D0=BC =D0=B6=D0=B0=
=D0=BB=D0=B1=D0=B0 =D0=BA=D1=8A=D0=BC Telenova.

=D0=94=D0=BE=D0=BA=D0=B0=D1=82=D0=BE =D1=82=D0=BE=D0=B2=D0=B0 =D0=BD=D0=B5 =
=D1=81=D0=B5 =D0=B8=D0=B7=D1=8F=D1=81=D0=BD=D0=B8, =D0=B2=D0=B8 =D0=BC=D0=
=BE=D0=BB=D1=8F =D0=B4=D0=B0 =D0=BD=D0=B5 =D0=B8=D0=B7=D0=BF=D0=BE=D0=BB=D0=
=B7=D0=B2=D0=B0=D1=82=D0=B5 =D0=B8 =D0=B4=D0=B0 =D0=BD=D0=B5 =D0=BF=D1=80=
=D0=B5=D0=B4=D0=B0=D0=B2=D0=B0=D1=82=D0=B5 =D0=BD=D0=B0 =D0=BD=D0=B8=D0=BA=
=D0=BE=D0=B3=D0=BE (=D0=BD=D0=B0 Telenova, =D0=BD=D0=B0 =D1=84=D0=B8=D1=80=
=D0=BC=D0=B8 =D0=B7=D0=B0 =D1=81=D1=8A=D0=B1=D0=B8=D1=80=D0=B0=D0=BD=D0=B5 =
=D0=BD=D0=B0 =D0=B2=D0=B7=D0=B5=D0=BC=D0=B0=D0=BD=D0=B8=D1=8F, =D0=BD=D0=B0=
 =D0=BA=D1=80=D0=B5=D0=B4=D0=B8=D1=82=D0=BD=D0=B8 =D0=B1=D1=8E=D1=80=D0=B0)=
 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D0=BC=D0=B8 =D0=BE=D1=82 =D0=
=B4=D0=BE=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B0, =D0=BA=D0=BE=D0=B9=D1=82=D0=
=BE =D0=BF=D0=BE=D0=B4=D0=BF=D0=B8=D1=81=D0=B0=D1=85 =D0=BF=D1=80=D0=B8 =D0=
=B2=D0=B0=D1=81 =D0=BD=D0=B0 28 =D0=BE=D0=BA=D1=82=D0=BE=D0=BC=D0=B2=D1=80=
=D0=B8. =D0=9D=D0=B5 =D0=B8=D1=81=D0=BA=D0=B0=D0=BC =D0=B4=D0=B0 =D0=B3=D0=
=B8 =D1=82=D1=80=D0=B8=D0=B5=D1=82=D0=B5 =E2=80=93 =D1=89=D0=B5 =D0=BC=D0=
=B8 =D1=82=D1=80=D1=8F=D0=B1=D0=B2=D0=B0=D1=82 =D0=BA=D0=B0=D1=82=D0=BE =D0=
=B4=D0=BE=D0=BA=D0=B0=D0=B7=D0=B0=D1=82=D0=B5=D0=BB=D1=81=D1=82=D0=B2=D0=BE=
 =E2=80=93 =D1=81=D0=B0=D0=BC=D0=BE =D0=B4=D0=B0 =D1=81=D1=82=D0=BE=D1=8F=
=D1=82 =D0=B7=D0=B0=D0=BC=D1=80=D0=B0=D0=B7=D0=B5=D0=BD=D0=B8, =D0=B4=D0=BE=
=D0=BA=D0=B0=D1=82=D0=BE =D0=BD=D0=B5 =D0=B2=D0=B8 =D0=BF=D0=B8=D1=88=D0=B0=
 =D0=BE=D1=82=D0=BD=D0=BE=D0=B2=D0=BE.

=D0=A1=D1=82=D0=BE=D1=8F=D0=BD =D0=9F=D0=B5=D1=82=D0=BA=D0=BE=D0=B2
0493 64 11 70

-------- =D0=9F=D1=80=D0=B5=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE =D1=
=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5 --------
=D0=A2=D0=B5=D0=BC=D0=B0: =D0=97=D0=B0=D1=8F=D0=B2=D0=BA=D0=B0=D1=82=D0=B0 =
=D0=92=D0=B8 =D0=B7=D0=B0 =D0=BF=D1=80=D0=B5=D0=BD=D0=B0=D1=81=D1=8F=D0=BD=
=D0=B5 =D0=BD=D0=B0 =D0=BD=D0=BE=D0=BC=D0=B5=D1=80 =D0=B5 =D0=BE=D1=82=D0=
=BA=D0=B0=D0=B7=D0=B0=D0=BD=D0=B0
=D0=94=D0=B0=D1=82=D0=B0: 30.10.2026 14:02
=D0=9E=D1=82: Volta Mobil <porting-noreply@voltamobil.example>
=D0=94=D0=BE: stoyan.petkov@abv.bg

Volta Mobil
=D0=97=D0=B0=D1=8F=D0=B2=D0=BA=D0=B0 =D0=B7=D0=B0 =D0=BF=D1=80=D0=B5=D0=BD=
=D0=B0=D1=81=D1=8F=D0=BD=D0=B5 =D0=BD=D0=B0 =D0=BD=D0=BE=D0=BC=D0=B5=D1=80:=
 PORT-BE-2026-451208
=D0=9D=D0=BE=D0=BC=D0=B5=D1=80: +32 493 64 11 70
=D0=A1=D1=82=D0=B0=D1=82=D1=83=D1=81: =D0=9E=D0=A2=D0=9A=D0=90=D0=97=D0=90=
=D0=9D=D0=90
=D0=9F=D1=80=D0=B8=D1=87=D0=B8=D0=BD=D0=B0: =D0=BD=D0=B5=D1=83=D1=80=D0=B5=
=D0=B4=D0=B5=D0=BD=D0=B8 =D0=B7=D0=B0=D0=B4=D1=8A=D0=BB=D0=B6=D0=B5=D0=BD=
=D0=B8=D1=8F =D0=BA=D1=8A=D0=BC =D0=BD=D0=B0=D1=81=D1=82=D0=BE=D1=8F=D1=89=
=D0=B8=D1=8F =D0=BE=D0=BF=D0=B5=D1=80=D0=B0=D1=82=D0=BE=D1=80 (Telenova) =
=D0=B2 =D1=80=D0=B0=D0=B7=D0=BC=D0=B5=D1=80
=D0=BD=D0=B0 86,40 EUR. =D0=9F=D1=80=D0=B5=D0=BD=D0=B0=D1=81=D1=8F=D0=BD=D0=
=B5=D1=82=D0=BE =D1=89=D0=B5 =D0=B1=D1=8A=D0=B4=D0=B5 =D0=B2=D1=8A=D0=B7=D0=
=BC=D0=BE=D0=B6=D0=BD=D0=BE =D1=81=D0=BB=D0=B5=D0=B4 =D0=BF=D0=BB=D0=B0=D1=
=89=D0=B0=D0=BD=D0=B5 =D0=BD=D0=B0 =D0=B7=D0=B0=D0=B4=D1=8A=D0=BB=D0=B6=D0=
=B5=D0=BD=D0=B8=D1=8F=D1=82=D0=B0.
=D0=A1=D0=BA=D0=BB=D1=8E=D1=87=D0=B5=D0=BD=D0=BE =D0=B2: Shop Example Antwe=
rpen-Meir
=D0=A2=D0=BE=D0=B2=D0=B0 =D0=B5 =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=
=D0=B8=D1=87=D0=BD=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5. =D0=9C=D0=BE=D0=BB=D1=8F, =D0=BD=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=
=B2=D0=B0=D1=80=D1=8F=D0=B9=D1=82=D0=B5.
'''),
]

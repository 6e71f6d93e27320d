"""Sixty-ninth set: robot mail of the shop floor and its technology (guest Wi-Fi portals, footfall counters, camera and ESL vendors, the app's beacons, parking operators' number-plate notices, self-checkout e-receipts, security firms' incident reports and store bans, lost property, bounces and auto-replies of Polish, Czech, Croatian, Swedish, Romanian, Greek and Bulgarian providers), plus people who look automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'wp-pl-bounce-mailbox-full-parking-camera-reply', 'automated', (),
'''Return-Path: <>
Received: from mx-out-03.wp.pl (mx-out-03.wp.pl [203.0.113.84])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JkQ2w5Rt7z4x9Lm
        for <privacy@shop.example.be>; Mon, 14 Sep 2026 09:02:41 +0200 (CEST)
Received: (wp-smtpd mx-out-03.wp.pl); 14 Sep 2026 09:02:40 +0200
Date: 14 Sep 2026 09:02:40 +0200
From: Poczta WP <MAILER-DAEMON@wp.pl>
To: privacy@shop.example.be
Subject: =?iso-8859-2?q?Wiadomo=B6=E6_niedostarczona=3A_Re=3A_Nagrania_z_kam?=
 =?iso-8859-2?q?er_parkingu_-_Pana_wniosek_o_dost=EAp_do_danych?=
Message-ID: <dsn-20260914070240-7731f0a2@mx-out-03.wp.pl>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_wp_dsn_7731f0a2"

This is a multi-part message in MIME format.

--=_wp_dsn_7731f0a2
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: quoted-printable

Witaj,

niestety Twoja wiadomo=B6=E6 nie zosta=B3a dostarczona do odbiorcy:

    marek.kaczmarczyk@wp.pl

Pow=F3d: skrzynka odbiorcy jest przepe=B3niona. Odbiorca przekroczy=B3 limit
miejsca na swoim koncie i obecnie nie mo=BFe przyjmowa=E6 nowych wiadomo=B6=
ci.

Pr=F3bowali=B6my dostarczy=E6 wiadomo=B6=E6 przez 5 dni. Dalsze pr=F3by zos=
ta=B3y
wstrzymane.

Mo=BFesz wys=B3a=E6 wiadomo=B6=E6 ponownie p=F3=BCniej lub skontaktowa=E6 s=
i=EA
z odbiorc=B1 w inny spos=F3b.

Ta wiadomo=B6=E6 zosta=B3a wygenerowana automatycznie. Nie odpowiadaj na ni=
=B1.

--
Poczta Wirtualnej Polski

--=_wp_dsn_7731f0a2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out-03.wp.pl
Arrival-Date: Wed, 9 Sep 2026 08:47:15 +0200

Final-Recipient: rfc822; marek.kaczmarczyk@wp.pl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded
Last-Attempt-Date: Mon, 14 Sep 2026 09:02:40 +0200

--=_wp_dsn_7731f0a2
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [192.0.2.25])
	by mx-in-07.wp.pl (wp-smtpd) with ESMTPS
	for <marek.kaczmarczyk@wp.pl>; Wed, 09 Sep 2026 08:47:15 +0200
Date: Wed, 09 Sep 2026 08:47:12 +0200
From: Shop Example Privacy <privacy@shop.example.be>
To: marek.kaczmarczyk@wp.pl
Subject: =?utf-8?q?Re=3A_Nagrania_z_kamer_parkingu_=E2=80=93_Pana_wniosek_o_?=
 =?utf-8?q?dost=C4=99p_do_danych?=
Message-ID: <desk.20260909.064712.5521@desk.shop.example.be>
In-Reply-To: <6f2a11c0-9d3e-4b71-a1f2-wp.pl.8812@wp.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Szanowny Panie,

dzi=C4=99kujemy za wiadomo=C5=9B=C4=87 z 2 wrze=C5=9Bnia 2026 r. w sprawie =
nagra=C5=84 z kamer
odczytuj=C4=85cych tablice rejestracyjne na parkingu naszego sklepu
w Wijnegem.

Aby przekaza=C4=87 Panu kopi=C4=99 danych, potrzebujemy jeszcze:
- numeru rejestracyjnego pojazdu, kt=C3=B3rego dotyczy wniosek,
- przybli=C5=BConej daty i godziny wjazdu,
- skanu dowodu rejestracyjnego (wystarczy pierwsza strona, numer
  VIN mo=C5=BCe Pan zas=C5=82oni=C4=87).

Informujemy, =C5=BCe nagrania z kamer parkingowych przechowujemy przez
30 dni. Dane o wjazdach i wyjazdach z okresu, o kt=C3=B3ry Pan pyta, zosta=
=C5=82y
zabezpieczone do czasu rozpatrzenia wniosku.

Z powa=C5=BCaniem
Zesp=C3=B3=C5=82 ds. ochrony danych
Shop Example NV

--=_wp_dsn_7731f0a2--
'''),
    ('pl', 'guest-wifi-portal-one-time-login-code', 'automated', (),
'''Return-Path: <bounce+pl.8f3a2c91@guest.airportal.example>
Received: from mta2.guest.airportal.example (mta2.guest.airportal.example [198.51.100.62])
        (using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JmV0s3Hc1z4x2Qa
        for <privacy@shop.example.be>; Sat, 19 Sep 2026 11:24:19 +0200 (CEST)
Date: Sat, 19 Sep 2026 09:24:17 +0000
From: Shop Example Wi-Fi <no-reply@guest.airportal.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Tw=C3=B3j_kod_dost=C4=99pu_do_sieci_ShopExample-Guest=3A_?=
 =?utf-8?q?731_046?=
Message-ID: <otp.8f3a2c91.1789809857@guest.airportal.example>
Auto-Submitted: auto-generated
X-Mailer: AirPortal Notify 3.8.2
X-AirPortal-Site: BE-ANT-WIJ
X-AirPortal-Template: otp_login_pl
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="ap-8f3a2c91-alt"

--ap-8f3a2c91-alt
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Cze=C5=9B=C4=87!

Tw=C3=B3j jednorazowy kod logowania do sieci Wi-Fi =E2=80=9EShopExample-Gue=
st=E2=80=9D:

    731 046

Wpisz go na stronie logowania w ci=C4=85gu 10 minut. Po zalogowaniu sesja
trwa 2 godziny, potem mo=C5=BCesz zalogowa=C4=87 si=C4=99 ponownie tym samy=
m adresem
e-mail.

Sklep: Shop Example Antwerpen-Wijnegem
Urz=C4=85dzenie: Android (adres MAC 3A:F1:**:**:**:7C)
Data: 19.09.2026, 11:24

Zgody zapisane przy rejestracji:
  [x] Akceptuj=C4=99 regulamin korzystania z sieci dla go=C5=9Bci
  [x] Zapozna=C5=82em/am si=C4=99 z informacj=C4=85 o przetwarzaniu danych =
osobowych
  [ ] Chc=C4=99 otrzymywa=C4=87 oferty Shop Example e-mailem (zgoda marketi=
ngowa)

Informacja o przetwarzaniu danych osobowych (RODO)
Administratorem Twoich danych (adres e-mail, adres MAC urz=C4=85dzenia, czas
i d=C5=82ugo=C5=9B=C4=87 sesji) jest Shop Example NV, Noorderlaan 100, 2030=
 Antwerpia,
Belgia. Dane przetwarzamy, aby udost=C4=99pni=C4=87 Ci sie=C4=87 i dba=C4=
=87 o jej
bezpiecze=C5=84stwo (art. 6 ust. 1 lit. b i f RODO), i przechowujemy je prz=
ez
90 dni od ostatniego logowania. Podmiotem przetwarzaj=C4=85cym jest
AirPortal EOOD (Sofia, Bu=C5=82garia). Masz prawo dost=C4=99pu do swoich da=
nych,
ich sprostowania, usuni=C4=99cia, ograniczenia przetwarzania i przenoszenia,
prawo sprzeciwu oraz prawo wniesienia skargi do organu nadzorczego.
Zgod=C4=99 marketingow=C4=85 mo=C5=BCesz w ka=C5=BCdej chwili wycofa=C4=87.
Kontakt w sprawie danych: privacy@shop.example.be

Je=C5=9Bli to nie Ty prosi=C5=82e=C5=9B/a=C5=9B o kod, zignoruj t=C4=99 wia=
domo=C5=9B=C4=87.

Wiadomo=C5=9B=C4=87 wygenerowana automatycznie =E2=80=93 prosimy na ni=C4=
=85 nie odpowiada=C4=87.

--ap-8f3a2c91-alt
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px">
<p>Cze=C5=9B=C4=87!</p>
<p>Tw=C3=B3j jednorazowy kod logowania do sieci Wi-Fi =E2=80=9EShopExample-=
Guest=E2=80=9D:</p>
<p>    731 046</p>
<p>Wpisz go na stronie logowania w ci=C4=85gu 10 minut. Po zalogowaniu sesj=
a<br>
trwa 2 godziny, potem mo=C5=BCesz zalogowa=C4=87 si=C4=99 ponownie tym samy=
m adresem<br>
e-mail.</p>
<p>Sklep: Shop Example Antwerpen-Wijnegem<br>
Urz=C4=85dzenie: Android (adres MAC 3A:F1:**:**:**:7C)<br>
Data: 19.09.2026, 11:24</p>
<p>Zgody zapisane przy rejestracji:<br>
  [x] Akceptuj=C4=99 regulamin korzystania z sieci dla go=C5=9Bci<br>
  [x] Zapozna=C5=82em/am si=C4=99 z informacj=C4=85 o przetwarzaniu danych =
osobowych<br>
  [ ] Chc=C4=99 otrzymywa=C4=87 oferty Shop Example e-mailem (zgoda marketi=
ngowa)</p>
<p>Informacja o przetwarzaniu danych osobowych (RODO)<br>
Administratorem Twoich danych (adres e-mail, adres MAC urz=C4=85dzenia, cza=
s<br>
i d=C5=82ugo=C5=9B=C4=87 sesji) jest Shop Example NV, Noorderlaan 100, 2030=
 Antwerpia,<br>
Belgia. Dane przetwarzamy, aby udost=C4=99pni=C4=87 Ci sie=C4=87 i dba=C4=
=87 o jej<br>
bezpiecze=C5=84stwo (art. 6 ust. 1 lit. b i f RODO), i przechowujemy je prz=
ez<br>
90 dni od ostatniego logowania. Podmiotem przetwarzaj=C4=85cym jest<br>
AirPortal EOOD (Sofia, Bu=C5=82garia). Masz prawo dost=C4=99pu do swoich da=
nych,<br>
ich sprostowania, usuni=C4=99cia, ograniczenia przetwarzania i przenoszenia=
,<br>
prawo sprzeciwu oraz prawo wniesienia skargi do organu nadzorczego.<br>
Zgod=C4=99 marketingow=C4=85 mo=C5=BCesz w ka=C5=BCdej chwili wycofa=C4=87.=
<br>
Kontakt w sprawie danych: privacy@shop.example.be</p>
<p>Je=C5=9Bli to nie Ty prosi=C5=82e=C5=9B/a=C5=9B o kod, zignoruj t=C4=99 =
wiadomo=C5=9B=C4=87.</p>
<p>Wiadomo=C5=9B=C4=87 wygenerowana automatycznie =E2=80=93 prosimy na ni=
=C4=85 nie odpowiada=C4=87.</p>
</body></html>

--ap-8f3a2c91-alt--
'''),
    ('pl', 'parking-operator-anpr-payment-reminder', 'automated', (),
'''Return-Path: <bounces+55217@mail.parkguard.example>
Received: from o11.mail.parkguard.example (o11.mail.parkguard.example [198.51.100.141])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JhN6p2Ff8z4x0Vr
        for <privacy@shop.example.be>; Fri, 28 Aug 2026 06:30:12 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=parkguard.example;
	s=pg1; t=1787891410; h=from:to:subject:date:message-id:mime-version;
	bh=Zk3pW9sQ1yV7cN2tB5xR8mH4gL0aF6oE3uJ1iD9nK2c=;
	b=mT7wQ2xZ9cV4bN1yR6sK3hL8pF0aG5oE2uJ7iD4nW1qM8tY3cB6vX9zR2kH5sL0p
From: ParkGuard <powiadomienia@parkguard.example>
To: =?utf-8?q?Tomasz_Wr=C3=B3bel?= <t.wrobel@transkol.example.pl>
Subject: =?utf-8?q?Przypomnienie=3A_nieop=C5=82acona_op=C5=82ata_za_parkowan?=
 =?utf-8?q?ie_=E2=80=93_WX_4821K?=
Date: Fri, 28 Aug 2026 04:30:10 +0000
Message-ID: <01020198f3b2c7a4-PG-BE-2026-0814-55217-r1@mail.parkguard.example>
X-Mailer: ParkGuard Notices 2.11
X-Auto-Response-Suppress: OOF, AutoReply
X-PG-Notice: PG-BE-2026-0814-55217; reminder=1; site=BE-ANT-WIJ; copy=site-partner
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

nie odnotowali=C5=9Bmy jeszcze p=C5=82atno=C5=9Bci za poni=C5=BCsze zawiado=
mienie.

Numer zawiadomienia:  PG-BE-2026-0814-55217
Numer rejestracyjny:  WX 4821K (PL)
Parking:              Shop Example Antwerpen-Wijnegem,
                      Turnhoutsebaan 5, 2110 Wijnegem
Wjazd:                14.08.2026, 10:12 (kamera ANPR, wjazd 2)
Wyjazd:               14.08.2026, 13:47 (kamera ANPR, wyjazd 1)
Bezp=C5=82atny post=C3=B3j:     2 godziny dla klient=C3=B3w sklepu
Przekroczenie:        1 godz. 35 min

Kwota do zap=C5=82aty:     45,00 EUR
Termin p=C5=82atno=C5=9Bci:     04.09.2026

Po up=C5=82ywie terminu kwota wzro=C5=9Bnie do 75,00 EUR, a sprawa mo=C5=BC=
e zosta=C4=87
przekazana firmie windykacyjnej.

Zap=C5=82a=C4=87 online: https://pay.parkguard.example/PG-BE-2026-0814-55217
lub przelewem: IBAN BE71 0961 2345 6769, BIC GKCCBEBB,
tytu=C5=82 przelewu: PG-BE-2026-0814-55217

Masz paragon z tego dnia? Zdj=C4=99cie dowodu zakupu mo=C5=BCesz przes=C5=
=82a=C4=87
w ci=C4=85gu 14 dni przez formularz odwo=C5=82ania:
https://parkguard.example/pl/odwolanie

Informacja o przetwarzaniu danych osobowych
Administratorem Twoich danych osobowych jest ParkGuard Europe NV,
Kortrijksesteenweg 1090, 9051 Gandawa, Belgia. Przetwarzamy numer
rejestracyjny, zdj=C4=99cia pojazdu z kamer ANPR, czas wjazdu i wyjazdu oraz
dane w=C5=82a=C5=9Bciciela pojazdu uzyskane z rejestru pojazd=C3=B3w (przez=
 system
EUCARIS) w celu dochodzenia nale=C5=BCno=C5=9Bci (art. 6 ust. 1 lit. f RODO=
). Dane
przechowujemy do zako=C5=84czenia sprawy, nie d=C5=82u=C5=BCej ni=C5=BC 5 l=
at. Przys=C5=82uguje
Ci prawo dost=C4=99pu do danych, ich sprostowania, usuni=C4=99cia lub ogran=
iczenia
przetwarzania, prawo sprzeciwu oraz prawo wniesienia skargi do
belgijskiego organu ochrony danych (Gegevensbeschermingsautoriteit) lub
do Prezesa UODO. Inspektor ochrony danych: dpo@parkguard.example

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wys=C5=82ana automatycznie. Odpowiedzi =
na ten adres nie
s=C4=85 czytane.

ParkGuard Europe NV
'''),
    ('pl', 'interia-autoresponder-vacation-app-location-reply', 'automated', (),
'''Return-Path: <>
Received: from smtp-out.poczta.interia.pl (smtp-out.poczta.interia.pl [203.0.113.201])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JnC4t9Dk6z4x7Pe
        for <privacy@shop.example.be>; Thu, 10 Sep 2026 14:18:55 +0200 (CEST)
Received: from autoresponder.poczta.interia.pl (localhost [127.0.0.1])
	by smtp-out.poczta.interia.pl (INTERIA.PL) with ESMTP id 2C9F1E4A07
	for <privacy@shop.example.be>; Thu, 10 Sep 2026 14:18:54 +0200 (CEST)
Date: Thu, 10 Sep 2026 14:18:54 +0200
From: =?iso-8859-2?q?Katarzyna_W=F3jcik?= <k.wojcik85@interia.pl>
To: privacy@shop.example.be
Subject: =?iso-8859-2?q?Autoodpowied=BC=3A_Re=3A_Dane_o_lokalizacji_z_aplika?=
 =?iso-8859-2?q?cji_-_Pani_wniosek?=
Message-ID: <autoreply.20260910121854.2C9F1E4A07@poczta.interia.pl>
In-Reply-To: <desk.20260910.121802.5630@desk.shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
X-Mailer: INTERIA.PL Autoresponder
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: quoted-printable

Dzie=F1 dobry,

dzi=EAkuj=EA za wiadomo=B6=E6. Do 21 wrze=B6nia 2026 r. przebywam na urlopie
z ograniczonym dost=EApem do poczty. Odpowiem po powrocie.

W pilnych sprawach prosz=EA dzwoni=E6: +48 601 220 418.

Pozdrawiam
Katarzyna W=F3jcik
'''),
    ('pl', 'person-forwards-parking-notice-asks-camera-data', 'access', (),
'''Return-Path: <p.zielinski77@o2.pl>
Received: from smtpo.poczta.o2.pl (smtpo.poczta.o2.pl [203.0.113.90])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JgT1r8Wm3z4x5Kd
        for <privacy@shop.example.be>; Sat, 22 Aug 2026 21:44:09 +0200 (CEST)
Received: (wp-smtpd smtp.tlen.pl 5210 invoked from network); 22 Aug 2026 21:44:08 +0200
Received: from 83.24.117.9.ipv4.supernova.orange.pl (HELO [192.168.1.23]) (p.zielinski77@o2.pl@[83.24.117.9])
          (envelope-sender <p.zielinski77@o2.pl>)
          by smtp.tlen.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP
          for <privacy@shop.example.be>; 22 Aug 2026 21:44:08 +0200
Message-ID: <b41c7e02-93f1-4d6a-8e55-2f70c1a9d314@o2.pl>
Date: Sat, 22 Aug 2026 21:44:05 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: pl
To: privacy@shop.example.be
From: =?utf-8?q?Piotr_Zieli=C5=84ski?= <p.zielinski77@o2.pl>
Subject: =?utf-8?q?Fwd=3A_Zawiadomienie_o_op=C5=82acie_za_parkowanie_?=
 =?utf-8?q?=E2=80=93_KR_7H512?=
X-WP-MailID: 8c9a51e2b07f4a6e3d11c52b90a7f6e4
X-WP-AV: skaner antywirusowy Poczty o2
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry,

poniżej przesyłam wezwanie, które dostałem od firmy ParkGuard. Byłem
14 sierpnia u Państwa w sklepie w Wijnegem prawie cztery godziny –
remontujemy łazienkę, wybieraliśmy płytki i baterię, paragon mam na
612 euro. O samą opłatę pokłócę się z ParkGuardem sam.

Od Państwa chciałbym natomiast wiedzieć, co właściwie te kamery przy
wjeździe o mnie zapisują. Proszę o:
- informację, jakie dane o moim samochodzie (KR 7H512) i o mnie
  zbieracie z kamer na parkingu i jak długo je trzymacie,
- czy przekazujecie je ParkGuardowi albo komuś jeszcze,
- kopię zdjęć oraz godzin wjazdu i wyjazdu z 14.08.2026.

Z poważaniem
Piotr Zieliński
ul. Grunwaldzka 18/4, 31-524 Kraków
tel. +48 512 338 071


-------- Przekazana wiadomość --------
Temat: 	Zawiadomienie o opłacie za parkowanie – KR 7H512
Data: 	Tue, 18 Aug 2026 04:31:07 +0000
Nadawca: 	ParkGuard <powiadomienia@parkguard.example>
Adresat: 	p.zielinski77@o2.pl


Dzień dobry,

nasz system kamer ANPR zarejestrował postój Twojego pojazdu dłuższy niż
dozwolony czas bezpłatnego parkowania.

Numer zawiadomienia:  PG-BE-2026-0814-55309
Numer rejestracyjny:  KR 7H512 (PL)
Parking:              Shop Example Antwerpen-Wijnegem
Wjazd:                14.08.2026, 11:02
Wyjazd:               14.08.2026, 14:58
Bezpłatny postój:     2 godziny dla klientów sklepu
Kwota do zapłaty:     45,00 EUR
Termin płatności:     01.09.2026

Zapłać online: https://pay.parkguard.example/PG-BE-2026-0814-55309

Informacja o przetwarzaniu danych osobowych: administratorem danych jest
ParkGuard Europe NV. Szczegóły: https://parkguard.example/pl/prywatnosc

Ta wiadomość została wysłana automatycznie.
'''),
    ('cs', 'postfix-bounce-seznam-user-unknown-lost-wallet', 'automated', (),
'''Return-Path: <>
Received: by out1.shop.example.be (Postfix)
        id 3B7E0A12C4; Wed,  7 Oct 2026 10:15:33 +0200 (CEST)
Date: Wed,  7 Oct 2026 10:15:33 +0200 (CEST)
From: MAILER-DAEMON@out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3B7E0A12C4.1791360933/out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261007081533.3B7E0A12C4@out1.shop.example.be>

This is a MIME-encapsulated message.

--3B7E0A12C4.1791360933/out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jana.prochazkova@seznam.cz>: host mx2.seznam.cz[203.0.113.17] said: 550 5.1.1
    <jana.prochazkova@seznam.cz>: Recipient address rejected: Adresat
    neexistuje / User unknown (in reply to RCPT TO command)

--3B7E0A12C4.1791360933/out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; out1.shop.example.be
X-Postfix-Queue-ID: 3B7E0A12C4
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed,  7 Oct 2026 10:15:31 +0200 (CEST)

Final-Recipient: rfc822; jana.prochazkova@seznam.cz
Original-Recipient: rfc822;jana.prochazkova@seznam.cz
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx2.seznam.cz
Diagnostic-Code: smtp; 550 5.1.1 <jana.prochazkova@seznam.cz>: Recipient
    address rejected: Adresat neexistuje / User unknown

--3B7E0A12C4.1791360933/out1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from desk.shop.example.be (desk.shop.example.be [192.0.2.41])
	by out1.shop.example.be (Postfix) with ESMTPS id 3B7E0A12C4
	for <jana.prochazkova@seznam.cz>; Wed,  7 Oct 2026 10:15:31 +0200 (CEST)
Date: Wed, 07 Oct 2026 10:15:29 +0200
From: Shop Example Privacy <privacy@shop.example.be>
To: =?utf-8?q?Jana_Proch=C3=A1zkov=C3=A1?= <jana.prochazkova@seznam.cz>
Subject: =?utf-8?q?Re=3A_Ztracen=C3=A1_pen=C4=9B=C5=BEenka_=E2=80=93_co_se_d?=
 =?utf-8?q?=C4=9Bje_s_m=C3=BDm_ob=C4=8Dansk=C3=BDm_pr=C5=AFkazem=3F?=
Message-ID: <desk.20261007.081529.6114@desk.shop.example.be>
In-Reply-To: <5a1c0e7b.9f2d.4c1e.b3a8@email.seznam.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den, pan=C3=AD Proch=C3=A1zkov=C3=A1,

d=C4=9Bkujeme za Va=C5=A1i zpr=C3=A1vu. Pen=C4=9B=C5=BEenku, kterou jste zt=
ratila 5. =C5=99=C3=ADjna 2026
v prodejn=C4=9B Shop Example Gent Zuid, m=C3=A1me ulo=C5=BEenou na informa=
=C4=8Dn=C3=ADm pultu
pod =C4=8D=C3=ADslem LF-GNT-2026-1005-02.

K Va=C5=A1emu dotazu: =C3=BAdaje z ob=C4=8Dansk=C3=A9ho pr=C5=AFkazu, kter=
=C3=BD byl v pen=C4=9B=C5=BEence,
jsme si nikam nezapisovali. V evidenci ztr=C3=A1t a n=C3=A1lez=C5=AF je uve=
deno pouze
Va=C5=A1e jm=C3=A9no a e-mail, kter=C3=A9 po p=C5=99ed=C3=A1n=C3=AD pen=C4=
=9B=C5=BEenky do 30 dn=C5=AF sma=C5=BEeme.

Pen=C4=9B=C5=BEenku si m=C5=AF=C5=BEete vyzvednout denn=C4=9B od 9 do 20 ho=
din po p=C5=99edlo=C5=BEen=C3=AD
jin=C3=A9ho dokladu toto=C5=BEnosti (nap=C5=99. pasu nebo =C5=99idi=C4=8Dsk=
=C3=A9ho pr=C5=AFkazu).

S pozdravem
T=C3=BDm ochrany osobn=C3=ADch =C3=BAdaj=C5=AF
Shop Example NV

--3B7E0A12C4.1791360933/out1.shop.example.be--
'''),
    ('cs', 'footfall-counter-vendor-monthly-report', 'automated', (),
'''Return-Path: <reporty@countlab.example>
Received: from mail.countlab.example (mail.countlab.example [198.51.100.23])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JqW7c1Nb5z4x3Tg
        for <privacy@shop.example.be>; Thu, 01 Oct 2026 07:00:48 +0200 (CEST)
From: CountLab Reporty <reporty@countlab.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?M=C4=9Bs=C3=AD=C4=8Dn=C3=AD_p=C5=99ehled_n=C3=A1v=C5=A1t?=
 =?utf-8?q?=C4=9Bvnosti_=E2=80=93_Shop_Example_Gent_Zuid_=E2=80=93_z=C3=A1?=
 =?utf-8?q?=C5=99=C3=AD_2026?=
Date: Thu, 1 Oct 2026 07:00:45 +0200
Message-ID: <r4417-202609-1c8e2d@portal.countlab.example>
X-Mailer: CountLab Reports 4.2.1
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

posíláme měsíční přehled návštěvnosti prodejny Shop Example Gent Zuid
(ID 4417) za období 1.–30. 9. 2026.

Souhrn
  Návštěvníci celkem:          38 214   (+6,2 % proti srpnu)
  Průměr za den:                1 274
  Nejsilnější den:              sobota 26. 9. (2 611)
  Nejsilnější hodina:           16:00–17:00
  Průměrná doba v prodejně:     23 min
  Konverze (účtenky/vstupy):    41,8 %
  Opakované návštěvy (Wi-Fi):   18,4 %

Stav senzorů
  3D senzor vstup A:            v provozu (dostupnost 99,7 %)
  3D senzor vstup B:            výpadek 14. 9. 02:10–06:45, data dopočítána
  Wi-Fi sonda:                  v provozu

Ochrana osobních údajů
3D senzory počítají siluety, neukládají obraz ani nic, co by umožnilo
identifikovat konkrétní osobu. Wi-Fi sonda zpracovává MAC adresy
telefonů, které jsou přímo na senzoru hashovány se solí měněnou každých
24 hodin; hashované záznamy mažeme po 30 dnech. Přehled obsahuje pouze
agregovaná anonymní data a nejsou v něm osobní údaje ve smyslu GDPR.
Podrobnosti najdete ve smlouvě o zpracování osobních údajů ze dne
2. 2. 2026.

Celý report (PDF, CSV): https://portal.countlab.example/r/4417/2026-09

Tento e-mail posíláme každý měsíc kontaktu pro ochranu osobních údajů
uvedenému ve smlouvě. Příjemce změníte v portálu v části
Nastavení > Reporty.

CountLab s.r.o.
Purkyňova 99, 612 00 Brno
'''),
    ('cs', 'exchange-online-ndr-camera-vendor-dpo-missing', 'automated', (),
'''Return-Path: <>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2089.outbound.protection.outlook.com [40.107.104.89])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JrB3d6Lp9z4x1Wn
        for <privacy@shop.example.be>; Tue, 13 Oct 2026 15:41:27 +0200 (CEST)
From: postmaster@videodohledservis.onmicrosoft.com
To: privacy@shop.example.be
Date: Tue, 13 Oct 2026 13:41:25 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e1d6a0b3-5c8f-4f27-9a3e-0b7c2d41f8a6"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: cs-CZ
Message-ID: <7c2e8d14-0a9b-4f31-b6e2-91d3c5a07f48@PR3P195MB0871.EURP195.PROD.OUTLOOK.COM>
In-Reply-To: <desk.20261013.134118.6302@desk.shop.example.be>
References: <desk.20261013.134118.6302@desk.shop.example.be>
Subject: =?utf-8?q?Nedoru=C4=8Diteln=C3=A9=3A_Smlouva_o_zpracov=C3=A1n=C3=AD?=
 =?utf-8?q?_osobn=C3=ADch_=C3=BAdaj=C5=AF_=E2=80=93_kamerov=C3=BD_syst=C3=A9?=
 =?utf-8?q?m_prodejen=2C_dodatek_2026?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--e1d6a0b3-5c8f-4f27-9a3e-0b7c2d41f8a6
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="b9f47a2c-3d61-4e08-a57c-6e2f10d9c384"

--b9f47a2c-3d61-4e08-a57c-6e2f10d9c384
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Va=C5=A1e zpr=C3=A1va pro dpo@videodohled-servis.example nebyla doru=C4=8De=
na.

Adresu dpo@videodohled-servis.example se nepoda=C5=99ilo naj=C3=ADt. Mohla =
b=C3=BDt
zad=C3=A1na chybn=C4=9B, nebo u=C5=BE neexistuje.

Co m=C3=A1m ud=C4=9Blat?
Zkontrolujte, jestli je adresa p=C5=99=C3=ADjemce spr=C3=A1vn=C3=A1, a zkus=
te zpr=C3=A1vu odeslat
znovu. Pokud probl=C3=A9m p=C5=99etrv=C3=A1, obra=C5=A5te se na spr=C3=A1vc=
e e-mailu p=C5=99=C3=ADjemce.

Dal=C5=A1=C3=AD informace pro spr=C3=A1vce e-mailu

Vzd=C3=A1len=C3=BD server vr=C3=A1til: '550 5.1.10 RESOLVER.ADR.RecipientNo=
tFound;
Recipient not found by SMTP address lookup'

Generuj=C3=ADc=C3=AD server: PR3P195MB0871.EURP195.PROD.OUTLOOK.COM
dpo@videodohled-servis.example
Vzd=C3=A1len=C3=BD server vr=C3=A1til: '550 5.1.10 RESOLVER.ADR.RecipientNo=
tFound;
Recipient not found by SMTP address lookup'

--b9f47a2c-3d61-4e08-a57c-6e2f10d9c384
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head></head><body>
<p>Va=C5=A1e zpr=C3=A1va pro dpo@videodohled-servis.example nebyla doru=C4=
=8Dena.</p>
<p>Adresu dpo@videodohled-servis.example se nepoda=C5=99ilo naj=C3=ADt. Moh=
la b=C3=BDt<br>
zad=C3=A1na chybn=C4=9B, nebo u=C5=BE neexistuje.</p>
<p>Co m=C3=A1m ud=C4=9Blat?<br>
Zkontrolujte, jestli je adresa p=C5=99=C3=ADjemce spr=C3=A1vn=C3=A1, a zkus=
te zpr=C3=A1vu odeslat<br>
znovu. Pokud probl=C3=A9m p=C5=99etrv=C3=A1, obra=C5=A5te se na spr=C3=A1vc=
e e-mailu p=C5=99=C3=ADjemce.</p>
<p>Dal=C5=A1=C3=AD informace pro spr=C3=A1vce e-mailu</p>
<p>Vzd=C3=A1len=C3=BD server vr=C3=A1til: &#x27;550 5.1.10 RESOLVER.ADR.Rec=
ipientNotFound;<br>
Recipient not found by SMTP address lookup&#x27;</p>
<p>Generuj=C3=ADc=C3=AD server: PR3P195MB0871.EURP195.PROD.OUTLOOK.COM<br>
dpo@videodohled-servis.example<br>
Vzd=C3=A1len=C3=BD server vr=C3=A1til: &#x27;550 5.1.10 RESOLVER.ADR.Recipi=
entNotFound;<br>
Recipient not found by SMTP address lookup&#x27;</p>
</body></html>

--b9f47a2c-3d61-4e08-a57c-6e2f10d9c384--

--e1d6a0b3-5c8f-4f27-9a3e-0b7c2d41f8a6
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3P195MB0871.EURP195.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Tue, 13 Oct 2026 13:41:22 +0000

Final-Recipient: rfc822;dpo@videodohled-servis.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--e1d6a0b3-5c8f-4f27-9a3e-0b7c2d41f8a6
Content-Type: text/rfc822-headers

Received: from out1.shop.example.be (192.0.2.25) by
 PR3P195MB0871.EURP195.PROD.OUTLOOK.COM with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8632.19; Tue, 13 Oct 2026 13:41:22 +0000
Date: Tue, 13 Oct 2026 15:41:18 +0200
From: Shop Example Privacy <privacy@shop.example.be>
To: dpo@videodohled-servis.example
Subject: =?utf-8?q?Smlouva_o_zpracov=C3=A1n=C3=AD_osobn=C3=ADch_=C3=BAdaj?=
 =?utf-8?q?=C5=AF_=E2=80=93_kamerov=C3=BD_syst=C3=A9m_prodejen=2C_dodatek_20?=
 =?utf-8?q?26?=
Message-ID: <desk.20261013.134118.6302@desk.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="desk-6302-mixed"

--e1d6a0b3-5c8f-4f27-9a3e-0b7c2d41f8a6--
'''),
    ('cs', 'person-one-line-request-under-law-firm-disclaimer', 'deletion', ('withdraw_consent',),
'''Return-Path: <jan.novotny@novotny-partneri.example.cz>
Received: from smtp.novotny-partneri.example.cz (smtp.novotny-partneri.example.cz [198.51.100.77])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JsD8f0Qr2z4x6Yb
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 08:12:50 +0200 (CEST)
Received: from NPAK-PC14 (10.10.1.114) by smtp.novotny-partneri.example.cz
 (10.10.1.5) with Microsoft SMTP Server id 15.2.1544.9; Mon, 19 Oct 2026
 08:12:48 +0200
From: =?windows-1250?q?JUDr=2E_Jan_Novotn=FD?= <jan.novotny@novotny-partneri.example.cz>
To: <privacy@shop.example.be>
Subject: aplikace
Date: Mon, 19 Oct 2026 08:12:46 +0200
Message-ID: <000f01dd41a7$3c9b2e40$b5d18ac0$@novotny-partneri.example.cz>
MIME-Version: 1.0
Content-Type: text/plain;
	charset="windows-1250"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdlBpzsK7f1q3c0mT9yRk2wQ4vZ8Nw==
Content-Language: cs

Dobr=FD den,
pros=EDm o smaz=E1n=ED m=E9ho =FA=E8tu v aplikaci Shop Example v=E8etn=EC h=
istorie polohy z prodejen; souhlas se sledov=E1n=EDm polohy (beacony) t=EDm=
to odvol=E1v=E1m.
J. Novotn=FD

--
JUDr. Jan Novotn=FD
advok=E1t | Novotn=FD & partne=F8i, advok=E1tn=ED kancel=E1=F8 s.r.o.
Vodi=E8kova 41, 110 00 Praha 1 | +420 224 180 532 | www.novotny-partneri.ex=
ample.cz

UPOZORN=CCN=CD: Tato zpr=E1va a ve=9Aker=E9 jej=ED p=F8=EDlohy jsou ur=E8en=
y v=FDhradn=EC jej=EDmu adres=E1tovi a mohou obsahovat d=F9v=ECrn=E9 inform=
ace nebo informace chr=E1n=ECn=E9 povinnost=ED ml=E8enlivosti advok=E1ta po=
dle =A7 21 z=E1kona =E8. 85/1996 Sb., o advokacii. Pokud nejste zam=FD=9Ale=
n=FDm adres=E1tem, nejste opr=E1vn=ECni tuto zpr=E1vu ani jej=ED p=F8=EDloh=
y =E8=EDst, kop=EDrovat, =9A=ED=F8it ani jinak u=9E=EDvat; informujte pros=
=EDm neprodlen=EC odes=EDlatele a zpr=E1vu v=E8etn=EC p=F8=EDloh ze sv=E9ho=
 syst=E9mu vyma=9Ete. Obsah t=E9to zpr=E1vy nen=ED n=E1vrhem na uzav=F8en=
=ED smlouvy ani p=F8ijet=EDm takov=E9ho n=E1vrhu ve smyslu =A7 1731 a n=E1s=
l. ob=E8ansk=E9ho z=E1kon=EDku, nestanov=ED-li zpr=E1va v=FDslovn=EC jinak.=
 Advok=E1tn=ED kancel=E1=F8 neodpov=EDd=E1 za =9Akodu zp=F9sobenou virem ne=
bo jin=FDm =9Akodliv=FDm k=F3dem.

INFORMACE O ZPRACOV=C1N=CD OSOBN=CDCH =DADAJ=D9: Osobn=ED =FAdaje obsa=9Een=
=E9 v t=E9to korespondenci zpracov=E1v=E1 Novotn=FD & partne=F8i, advok=E1t=
n=ED kancel=E1=F8 s.r.o., jako spr=E1vce v souladu s na=F8=EDzen=EDm (EU) 2=
016/679 (GDPR) a z=E1konem =E8. 110/2019 Sb., o zpracov=E1n=ED osobn=EDch =
=FAdaj=F9. Informace o Va=9Aich pr=E1vech, v=E8etn=EC pr=E1va na p=F8=EDstu=
p, opravu, v=FDmaz a vznesen=ED n=E1mitky, naleznete na www.novotny-partner=
i.example.cz/gdpr.

DISCLAIMER: This e-mail and any attachments are confidential and may be pro=
tected by attorney-client privilege. If you are not the intended recipient,=
 please notify the sender immediately and delete this e-mail from your syst=
em. Any unauthorised use, disclosure or copying is prohibited. Please consi=
der the environment before printing this e-mail.
'''),
    ('hr', 'qmail-bounce-t-com-no-mailbox-store-ban-reply', 'automated', (),
'''Return-Path: <>
Received: from mail.t-com.hr (mail.t-com.hr [203.0.113.145])
        by mx1.shop.example.be (Postfix) with ESMTP id 4JpR5k2Gx7z4x8Dc
        for <privacy@shop.example.be>; Fri, 02 Oct 2026 11:06:38 +0200 (CEST)
Received: (qmail 30418 invoked for bounce); 2 Oct 2026 09:06:37 -0000
Date: 2 Oct 2026 09:06:37 -0000
From: MAILER-DAEMON@mail.t-com.hr
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20261002090637.30418.qmail@mail.t-com.hr>

Hi. This is the qmail-send program at mail.t-com.hr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ivana.babic@t-com.hr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 30411 invoked from network); 2 Oct 2026 09:06:36 -0000
Received: from out1.shop.example.be (HELO out1.shop.example.be) (192.0.2.25)
  by mail.t-com.hr with ESMTPS (ECDHE-RSA-AES256-GCM-SHA384 encrypted); 2 Oct 2026 09:06:36 -0000
Received: from desk.shop.example.be (desk.shop.example.be [192.0.2.41])
	by out1.shop.example.be (Postfix) with ESMTPS id 9D41C0B2E7
	for <ivana.babic@t-com.hr>; Fri,  2 Oct 2026 11:06:35 +0200 (CEST)
Date: Fri, 02 Oct 2026 11:06:34 +0200
From: Shop Example Privacy <privacy@shop.example.be>
To: =?utf-8?q?Ivana_Babi=C4=87?= <ivana.babic@t-com.hr>
Subject: =?utf-8?q?Re=3A_Zabrana_ulaska_u_trgovinu_=E2=80=93_zahtjev_za_bris?=
 =?utf-8?q?anje?=
Message-ID: <desk.20261002.090634.5987@desk.shop.example.be>
In-Reply-To: <CAM1x7Pq3f+Lk2Hc@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovana gospo=C4=91o Babi=C4=87,

zaprimili smo Va=C5=A1 zahtjev od 28. rujna 2026. za brisanje Va=C5=A1ih po=
dataka
iz registra incidenata i ukidanje zabrane ulaska u trgovinu Shop Example
Antwerpen Meir.

Prije nego =C5=A1to odlu=C4=8Dimo o zahtjevu, molimo Vas da nam potvrdite d=
atum
doga=C4=91aja na koji se zabrana odnosi i po=C5=A1aljete presliku identifik=
acijske
isprave (podatke koji nisu potrebni, npr. fotografiju i OIB, mo=C5=BEete
prekriti).

Do dono=C5=A1enja odluke Va=C5=A1i podaci u registru ozna=C4=8Deni su kao s=
porni i ne
koriste se ni za =C5=A1to osim za obradu ovog zahtjeva.

Srda=C4=8Dan pozdrav,
Tim za za=C5=A1titu podataka
Shop Example NV
'''),
    ('hr', 'lost-property-wallet-with-id-card-dpo-copy', 'automated', (),
'''Return-Path: <lost-found@notify.shop.example.be>
Received: from notify.shop.example.be (notify.shop.example.be [192.0.2.57])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JmF9v1Kz3z4x4Hs;
        Sat, 12 Sep 2026 18:41:09 +0200 (CEST)
From: =?utf-8?q?Shop_Example_=E2=80=93_izgubljeno-na=C4=91eno?= <lost-found@notify.shop.example.be>
To: =?utf-8?q?Kre=C5=A1imir_Horvat?= <kresimir.horvat@gmail.com>
Cc: privacy@shop.example.be
Subject: =?utf-8?q?Prona=C5=A1li_smo_predmet_koji_bi_mogao_biti_Va=C5=A1_?=
 =?utf-8?q?=E2=80=93_LF-BXL-2026-0912-07?=
Date: Sat, 12 Sep 2026 18:41:07 +0200
Message-ID: <lf.BXL-2026-0912-07.n1@notify.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani gospodine Horvat,

u na=C5=A1oj trgovini prona=C4=91en je predmet koji bi mogao pripadati Vama.

Broj predmeta:   LF-BXL-2026-0912-07
Predmet:         nov=C4=8Danik, sme=C4=91a ko=C5=BEa
Sadr=C5=BEaj:         osobna iskaznica (RH) na ime Kre=C5=A1imir Horvat, ka=
rtica
                 vjernosti Shop Example, 2 bankovne kartice, gotovina
Prona=C4=91eno:       12.09.2026. u 18:20, samoposlu=C5=BEne blagajne
Trgovina:        Shop Example Brussel-Elsene, Elsensesteenweg 140,
                 1050 Elsene

Va=C5=A1u adresu e-po=C5=A1te prona=C5=A1li smo putem kartice vjernosti u n=
ov=C4=8Daniku.

Predmet mo=C5=BEete preuzeti na informacijskom pultu uz predo=C4=8Denje dru=
ge
identifikacijske isprave (putovnica ili voza=C4=8Dka dozvola) svaki dan od
9 do 20 sati, najkasnije do 12.10.2026. Nakon toga predmet predajemo
uredu za izgubljene stvari op=C4=87ine Elsene.

Za=C5=A1tita podataka: Va=C5=A1e ime i podatke s kartice vjernosti koristimo
isklju=C4=8Divo za povrat predmeta. Sadr=C5=BEaj nov=C4=8Danika ne fotograf=
iramo
i ne pohranjujemo. Zapis o predmetu bri=C5=A1e se 30 dana nakon preuzimanja
ili predaje op=C4=87ini. Kopija ove poruke automatski se =C5=A1alje slu=C5=
=BEbeniku za
za=C5=A1titu podataka jer predmet sadr=C5=BEi identifikacijsku ispravu.

Ovo je automatski generirana poruka. Molimo ne odgovarajte na nju.

Shop Example =E2=80=93 izgubljeno-na=C4=91eno
'''),
    ('hr', 'security-firm-incident-report-sco-theft-suspicion', 'automated', (),
'''Return-Path: <noreply@guardlog.example>
Received: from mailer1.guardlog.example (mailer1.guardlog.example [198.51.100.199])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JqZ2m7Vb1z4x9Ke
        for <privacy@shop.example.be>; Sat, 03 Oct 2026 18:22:14 +0200 (CEST)
From: GuardLog <noreply@guardlog.example>
To: privacy@shop.example.be
Cc: ant03.manager@shop.example.be, security.north@sigurnostplus.example
Subject: =?utf-8?q?=5BGuardLog=5D_Izvje=C5=A1=C4=87e_o_doga=C4=91aju_INC-202?=
 =?utf-8?q?6-1003-0447_=E2=80=93_Shop_Example_Antwerpen_Meir?=
Date: Sat, 03 Oct 2026 16:22:11 +0000
Message-ID: <inc.INC-2026-1003-0447.report@guardlog.example>
Auto-Submitted: auto-generated
X-GuardLog-Incident: INC-2026-1003-0447
X-GuardLog-Classification: personal-data
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

SVpWSkXFoMSGRSBPIERPR0HEkEFKVQpCcm9qOiBJTkMtMjAyNi0xMDAzLTA0NDcKU3RhdHVzOiB6
YXR2b3Jlbm8gKMSNZWthIHByZWdsZWQgdm9kaXRlbGphIHRyZ292aW5lKQoKT2JqZWt0OiAgICAg
ICAgICAgU2hvcCBFeGFtcGxlIEFudHdlcnBlbiBNZWlyIChBTlQtMDMpCkRhdHVtIGkgdnJpamVt
ZTogIDAzLjEwLjIwMjYuLCAxNzo0MuKAkzE4OjA1ClZyc3RhIGRvZ2HEkWFqYTogICBzdW1uamEg
bmEga3JhxJF1IOKAkyBzYW1vcG9zbHXFvm5hIGJsYWdham5hClphxaF0aXRhcjogICAgICAgICBN
LiBLb3ZhxI1ldmnEhyAoc2x1xb5iLiBici4gMjI4MSksIFNpZ3Vybm9zdCBQbHVzIEJWClBvbGlj
aWphOiAgICAgICAgIG5pamUgcG96dmFuYQoKT3BpcwpQcmkga29udHJvbGkgbmEgaXpsYXp1IHV0
dnLEkWVubyBqZSBkYSBrdXBhYyBuaWplIHNrZW5pcmFvIGR2YSBhcnRpa2xhCihiZcW+acSNbmUg
c2x1xaFhbGljZSwgNzksOTkgRVVSOyBwdW5qYcSNLCAyNCw5OSBFVVIpLiBLdXBhYyBqZSBpemph
dmlvIGRhCmplIHJpamXEjSBvIHBvZ3JlxaFjaSBpIGFydGlrbGUgb2RtYWggcGxhdGlvIG5hIGJs
YWdham5pIDIgKHJhxI11bgowNDQ3LTIyMTEpLiBLdXBhYyBqZSBkb2Jyb3ZvbGpubyBwcmVkb8SN
aW8gb3NvYm51IGlza2F6bmljdS4gUHJlbWEgdXB1dGkKdm9kaXRlbGphIHRyZ292aW5lIGl6cmXE
jWVuYSBqZSB1c21lbmEgb3BvbWVuYTsgemFicmFuYSB1bGFza2EgbmlqZQppenJlxI1lbmEuCgpP
c29iYQpJbWUgaSBwcmV6aW1lOiAgICBbdmlkbGppdm8gc2FtbyBvdmxhxaF0ZW5pbSBrb3Jpc25p
Y2ltYV0KR29kaW5hIHJvxJFlbmphOiAgIFt2aWRsaml2byBzYW1vIG92bGHFoXRlbmltIGtvcmlz
bmljaW1hXQpVcGlzYW5vIHUgcmVnaXN0YXIgaW5jaWRlbmF0YTogZGEgKHJvayDEjXV2YW5qYSAx
MiBtamVzZWNpKQoKVmlkZW96YXBpcwpLYW1lcmUgU0NPLTMgaSBJWkxBWi0xLCAxNzozOOKAkzE3
OjU1LCBpemR2b2plbm8gaSB6YWtsanXEjWFubyB1IE5WUi11CmRvIDAyLjExLjIwMjYuICgzMCBk
YW5hKTsgbmFrb24gdG9nYSBhdXRvbWF0c2tvIGJyaXNhbmplIGFrbyBuaWplCnBva3JlbnV0IHBv
c3R1cGFrLgoKTmFwb21lbmEgbyB6YcWhdGl0aSBwb2RhdGFrYQpPdm8gaXp2amXFocSHZSBzYWRy
xb5pIG9zb2JuZSBwb2RhdGtlIHUgc21pc2x1IE9wxIdlIHVyZWRiZSBvIHphxaF0aXRpCnBvZGF0
YWthIChHRFBSKS4gUHJpbWF0ZWxqaTogdm9kaXRlbGogdHJnb3ZpbmUsIHJlZ2lvbmFsbmkgdm9k
aXRlbGoKc2lndXJub3N0aSwgc2x1xb5iZW5payB6YSB6YcWhdGl0dSBwb2RhdGFrYS4gTmUgcHJv
c2xqZcSRdWp0ZSBpenZqZcWhxIdlCml6dmFuIHRvZyBrcnVnYS4gWmFodGpldmUgaXNwaXRhbmlr
YSAocHJpc3R1cCBzbmlta2FtYSwgYnJpc2FuamUsCnByaWdvdm9yKSByamXFoWF2YSBzbHXFvmJl
bmlrIHphIHphxaF0aXR1IHBvZGF0YWthIG5hcnXEjWl0ZWxqYS4KCkNpamVsbyBpenZqZcWhxIdl
IHMgZm90b2dyYWZpamFtYToKaHR0cHM6Ly9hcHAuZ3VhcmRsb2cuZXhhbXBsZS9pbmMvSU5DLTIw
MjYtMTAwMy0wNDQ3CgpQb3J1a2EgamUgZ2VuZXJpcmFuYSBhdXRvbWF0c2tpIGl6IHN1c3RhdmEg
R3VhcmRMb2cuIE5lIG9kZ292YXJhanRlIG5hIG5qdS4K
'''),
    ('hr', 'person-replies-to-helpdesk-ack-threatens-azop', 'complaint', ('access',),
'''Return-Path: <ivan.maric@net.hr>
Received: from mta.net.hr (mta.net.hr [203.0.113.160])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JqX6n3Ct8z4x2Mf
        for <privacy@shop.example.be>; Fri, 02 Oct 2026 22:51:33 +0200 (CEST)
Received: from [10.142.7.31] (unknown [93.141.220.18])
	by mta.net.hr (Postfix) with ESMTPSA id 6A2E11C40F3
	for <privacy@shop.example.be>; Fri,  2 Oct 2026 22:51:31 +0200 (CEST)
Date: Fri, 02 Oct 2026 22:51:27 +0200
Message-ID: <lh8q2x-9c3k1e-7f0a@email.android.com>
In-Reply-To: <ack.PRV-48213.20260929@desk.shop.example.be>
References: <ack.PRV-48213.20260929@desk.shop.example.be>
From: =?utf-8?q?Ivan_Mari=C4=87?= <ivan.maric@net.hr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?q?Re=3A_=5B=23PRV-48213=5D_Zaprimili_smo_Va=C5=A1_upit?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Importance: Normal

Ovo mi je tre=C4=87i put da dobijem samo ovu automatsku poruku i ni=C5=A1ta=
 vi=C5=A1e.

Prije pet tjedana (26.8.) sam tra=C5=BEio snimku s kamere na samoposlu=C5=
=BEnoj blagajni u va=C5=A1oj trgovini na Meiru, gdje me va=C5=A1 za=C5=A1ti=
tar pred svima optu=C5=BEio da kradem, i kopiju onoga =C5=A1to ste o meni u=
pisali u tu svoju evidenciju incidenata. Po zakonu imate mjesec dana. Nitko=
 se nije javio, nitko nije ni potvrdio da netko uop=C4=87e =C4=8Dita ovaj m=
ail.

Ako do petka 9.10. ne dobijem odgovor i te podatke, podnosim pritu=C5=BEbu =
belgijskom tijelu za za=C5=A1titu podataka i AZOP-u, a preko odvjetnika tra=
=C5=BEim i naknadu =C5=A1tete.

Ivan Mari=C4=87
+385 91 552 7310


Poslano s mog Samsung Galaxy pametnog telefona.

-------- Izvorna poruka --------
Od: Shop Example Privacy <privacy@shop.example.be>
Datum: 29.09.2026. 08:14 (GMT+01:00)
Prima: ivan.maric@net.hr
Predmet: [#PRV-48213] Zaprimili smo Va=C5=A1 upit

Po=C5=A1tovani,

zaprimili smo Va=C5=A1 upit i dodijelili mu broj #PRV-48213. Odgovorit =C4=
=87emo Vam u najkra=C4=87em mogu=C4=87em roku, a najkasnije u roku od mjese=
c dana od primitka.

Molimo ne mijenjajte predmet poruke ako nam odgovarate.

Ovo je automatski generirana poruka.
Shop Example =E2=80=93 za=C5=A1tita podataka
'''),
    ('sv', 'exim-bounce-telia-mailbox-full-location-export', 'automated', (),
'''Return-Path: <>
Received: from mx-relay04.telia.com (mx-relay04.telia.com [203.0.113.66])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JrH1p6Ws4z4x0Gd
        for <privacy@shop.example.be>; Thu, 15 Oct 2026 03:17:52 +0200 (CEST)
Received: from Debian-exim by mx-relay04.telia.com with local (Exim 4.97)
	id 1vKp3Q-0007hT-2c
	for privacy@shop.example.be; Thu, 15 Oct 2026 03:17:52 +0200
X-Failed-Recipients: anna.bergstrom@telia.com
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx-relay04.telia.com>
To: privacy@shop.example.be
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vKp3Q-0007hT-2c@mx-relay04.telia.com>
Date: Thu, 15 Oct 2026 03:17:52 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  anna.bergstrom@telia.com
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <privacy@shop.example.be>
Received: from out1.shop.example.be ([192.0.2.25])
	by mx-relay04.telia.com with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	(envelope-from <privacy@shop.example.be>)
	id 1vKfAa-0002rB-0P
	for anna.bergstrom@telia.com; Mon, 12 Oct 2026 09:04:41 +0200
Received: from desk.shop.example.be (desk.shop.example.be [192.0.2.41])
	by out1.shop.example.be (Postfix) with ESMTPS id 5E2A8C0D91
	for <anna.bergstrom@telia.com>; Mon, 12 Oct 2026 09:04:40 +0200 (CEST)
Date: Mon, 12 Oct 2026 09:04:38 +0200
From: Shop Example Privacy <privacy@shop.example.be>
To: =?utf-8?q?Anna_Bergstr=C3=B6m?= <anna.bergstrom@telia.com>
Subject: =?utf-8?q?Re=3A_Vilka_platsuppgifter_sparar_appen_om_mig=3F?=
Message-ID: <desk.20261012.070438.6251@desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej Anna,

tack f=C3=B6r ditt mejl om platsdata i v=C3=A5r app.

Vi har g=C3=A5tt igenom ditt konto. Appen har registrerat 14 bes=C3=B6k i v=
=C3=A5ra
butiker sedan mars 2026 via Bluetooth-beacons (butik, avdelning,
tidpunkt). GPS-position utanf=C3=B6r butikerna sparas inte. En fullst=C3=A4=
ndig
export av uppgifterna skickar vi som krypterad fil i ett separat mejl;
l=C3=B6senordet kommer via sms till numret i ditt konto.

Om du vill att vi raderar bes=C3=B6kshistoriken eller om du vill st=C3=A4ng=
a av
platsfunktionen helt kan du svara p=C3=A5 det h=C3=A4r mejlet.

V=C3=A4nliga h=C3=A4lsningar
Dataskyddsteamet
Shop Example NV
'''),
    ('sv', 'exchange-autosvar-wifi-supplier-account-manager', 'automated', (),
'''Return-Path: <>
Received: from EUR02-HE1-obe.outbound.protection.outlook.com (mail-he1eur02on2112.outbound.protection.outlook.com [40.107.1.112])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JsK0w2Jd6z4x5Ra
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 10:33:06 +0200 (CEST)
From: =?iso-8859-1?q?Henrik_Sj=F6berg?= <henrik.sjoberg@netkraft.example.se>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?iso-8859-1?q?Automatiskt_svar=3A_G=E4st-wifi=3A_hur_l=E4nge_spara?=
 =?iso-8859-1?q?s_MAC-adresser_och_inloggningsloggar=3F?=
Thread-Topic: =?iso-8859-1?q?G=E4st-wifi=3A_hur_l=E4nge_sparas_MAC-adresser_?=
 =?iso-8859-1?q?och_inloggningsloggar=3F?=
Thread-Index: AQHdQ2ZbW1x0cE7uKk6mS3p9qJvYtw==
Date: Mon, 19 Oct 2026 08:33:03 +0000
Message-ID: <GV1P189MB2027E4B8A91C3D5F06A2D47BC81A2@GV1P189MB2027.EURP189.PROD.OUTLOOK.COM>
References: <desk.20261019.083259.6388@desk.shop.example.be>
In-Reply-To: <desk.20261019.083259.6388@desk.shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
auto-submitted: auto-replied
X-MS-Exchange-Inbox-Rules-Loop: henrik.sjoberg@netkraft.example.se
X-Auto-Response-Suppress: All
X-MS-Exchange-Organization-SCL: -1
Content-Type: multipart/alternative;
	boundary="_000_GV1P189MB2027E4B8A91C3D5F06A2D47BC81A2GV1P189MB2027EURP_"
MIME-Version: 1.0

--_000_GV1P189MB2027E4B8A91C3D5F06A2D47BC81A2GV1P189MB2027EURP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej!

Tack f=F6r ditt mejl. Jag har semester vecka 43 (19-23 oktober) och l=E4ser=
 inte mejl under tiden. Fredagar =E4r jag f=F6r=E4ldraledig.

=C4renden om g=E4st-wifi, captive portal och inloggningsloggar: support@net=
kraft.example.se eller 08-120 455 00 (vardagar 8-17).
Avtal och personuppgiftsbitr=E4desavtal: avtal@netkraft.example.se

V=E4nliga h=E4lsningar
Henrik Sj=F6berg
Kundansvarig | Netkraft AB

--_000_GV1P189MB2027E4B8A91C3D5F06A2D47BC81A2GV1P189MB2027EURP_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
1">
</head>
<body dir=3D"ltr">
<p>Hej!</p>
<p>Tack f=F6r ditt mejl. Jag har semester vecka 43 (19-23 oktober) och l=E4=
ser inte mejl under tiden. Fredagar =E4r jag f=F6r=E4ldraledig.</p>
<p>=C4renden om g=E4st-wifi, captive portal och inloggningsloggar: support@=
netkraft.example.se eller 08-120 455 00 (vardagar 8-17).<br>
Avtal och personuppgiftsbitr=E4desavtal: avtal@netkraft.example.se</p>
<p>V=E4nliga h=E4lsningar<br>
Henrik Sj=F6berg<br>
Kundansvarig | Netkraft AB</p>
</body>
</html>

--_000_GV1P189MB2027E4B8A91C3D5F06A2D47BC81A2GV1P189MB2027EURP_--
'''),
    ('sv', 'app-beacon-location-consent-receipt', 'automated', (),
'''Return-Path: <bounce-cr-7f3e21a9@app.shop.example.be>
Received: from app-mailer2.shop.example.be (app-mailer2.shop.example.be [192.0.2.63])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JqY4b8Tf0z4x6Nc
        for <privacy@shop.example.be>; Sun, 04 Oct 2026 15:32:40 +0200 (CEST)
From: Shop Example <noreply@app.shop.example.be>
To: Linnea Holm <linnea.holm@outlook.com>
Subject: =?utf-8?q?Kvitto_p=C3=A5_ditt_samtycke=3A_platsbaserade_erbjudanden?=
 =?utf-8?q?_i_butik?=
Date: Sun, 04 Oct 2026 13:32:38 +0000
Message-ID: <consent-receipt.cr-7f3e21a9-2026-1004@app.shop.example.be>
Auto-Submitted: auto-generated
X-Consent-Receipt-ID: cr-7f3e21a9-2026-1004
X-Consent-Audit-Copy: dpo
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="cr7f3e21a9_alt"

--cr7f3e21a9_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej Linnea,

H=C3=A4r =C3=A4r ditt kvitto p=C3=A5 samtycke. Spara det g=C3=A4rna.

Vad du har godk=C3=A4nt
Platsbaserade erbjudanden i butik: JA
Appen Shop Example f=C3=A5r anv=C3=A4nda Bluetooth och telefonens plats n=
=C3=A4r du =C3=A4r i en av v=C3=A5ra butiker. Sm=C3=A5 s=C3=A4ndare (beacon=
s) i hyllorna k=C3=A4nner av att appen =C3=A4r i n=C3=A4rheten, s=C3=A5 att=
 vi kan visa erbjudanden f=C3=B6r avdelningen du st=C3=A5r i.

Kvitto-ID: cr-7f3e21a9-2026-1004
Datum och tid: 4 oktober 2026, 15:32
Butik: Shop Example Gent Zuid
Enhet: iPhone (iOS 19.1), appversion 8.14.0
Version av integritetsmeddelandet: 2026-06

Vilka uppgifter vi behandlar
- beacon-ID och avdelning, tidpunkt och hur l=C3=A4nge du stannar
- ditt kund-ID i appen
Vi sparar ingen GPS-position utanf=C3=B6r butiken. Uppgifterna raderas efte=
r 30 dagar; sammanst=C3=A4lld statistik utan koppling till dig kan sparas l=
=C3=A4ngre.

Dina r=C3=A4ttigheter
Du kan n=C3=A4r som helst =C3=A5terkalla samtycket i appen under Profil > I=
ntegritet > Plats i butik. =C3=85terkallelsen p=C3=A5verkar inte behandling=
en som skett innan. Du har r=C3=A4tt att beg=C3=A4ra tillg=C3=A5ng till, r=
=C3=A4ttelse och radering av dina uppgifter, begr=C3=A4nsning av behandling=
en och dataportabilitet samt att inv=C3=A4nda mot behandlingen. Du kan l=C3=
=A4mna klagom=C3=A5l till Integritetsskyddsmyndigheten (IMY) eller den belg=
iska dataskyddsmyndigheten (GBA/APD).

Personuppgiftsansvarig: Shop Example NV, Noorderlaan 100, 2030 Antwerpen, B=
elgien. Dataskyddsombud: privacy@shop.example.be

Det h=C3=A4r mejlet skickas automatiskt n=C3=A4r du =C3=A4ndrar ett samtyck=
e. Det g=C3=A5r inte att svara p=C3=A5 det.

--cr7f3e21a9_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+PGh0bWwgbGFuZz0ic3YiPjxoZWFkPjxtZXRhIGNoYXJzZXQ9InV0Zi04
Ij48dGl0bGU+S3ZpdHRvIHDDpSBzYW10eWNrZTwvdGl0bGU+PC9oZWFkPjxib2R5IHN0eWxlPSJm
b250LWZhbWlseTpIZWx2ZXRpY2EsQXJpYWwsc2Fucy1zZXJpZjtjb2xvcjojMjIyIj4KPHA+SGVq
IExpbm5lYSw8L3A+CjxwPkjDpHIgw6RyIGRpdHQga3ZpdHRvIHDDpSBzYW10eWNrZS4gU3BhcmEg
ZGV0IGfDpHJuYS48L3A+CjxwPlZhZCBkdSBoYXIgZ29ka8OkbnQ8YnI+ClBsYXRzYmFzZXJhZGUg
ZXJianVkYW5kZW4gaSBidXRpazogSkE8YnI+CkFwcGVuIFNob3AgRXhhbXBsZSBmw6VyIGFudsOk
bmRhIEJsdWV0b290aCBvY2ggdGVsZWZvbmVucyBwbGF0cyBuw6RyIGR1IMOkciBpIGVuIGF2IHbD
pXJhIGJ1dGlrZXIuIFNtw6Ugc8OkbmRhcmUgKGJlYWNvbnMpIGkgaHlsbG9ybmEga8Okbm5lciBh
diBhdHQgYXBwZW4gw6RyIGkgbsOkcmhldGVuLCBzw6UgYXR0IHZpIGthbiB2aXNhIGVyYmp1ZGFu
ZGVuIGbDtnIgYXZkZWxuaW5nZW4gZHUgc3TDpXIgaS48L3A+CjxwPkt2aXR0by1JRDogY3ItN2Yz
ZTIxYTktMjAyNi0xMDA0PGJyPgpEYXR1bSBvY2ggdGlkOiA0IG9rdG9iZXIgMjAyNiwgMTU6MzI8
YnI+CkJ1dGlrOiBTaG9wIEV4YW1wbGUgR2VudCBadWlkPGJyPgpFbmhldDogaVBob25lIChpT1Mg
MTkuMSksIGFwcHZlcnNpb24gOC4xNC4wPGJyPgpWZXJzaW9uIGF2IGludGVncml0ZXRzbWVkZGVs
YW5kZXQ6IDIwMjYtMDY8L3A+CjxwPlZpbGthIHVwcGdpZnRlciB2aSBiZWhhbmRsYXI8YnI+Ci0g
YmVhY29uLUlEIG9jaCBhdmRlbG5pbmcsIHRpZHB1bmt0IG9jaCBodXIgbMOkbmdlIGR1IHN0YW5u
YXI8YnI+Ci0gZGl0dCBrdW5kLUlEIGkgYXBwZW48YnI+ClZpIHNwYXJhciBpbmdlbiBHUFMtcG9z
aXRpb24gdXRhbmbDtnIgYnV0aWtlbi4gVXBwZ2lmdGVybmEgcmFkZXJhcyBlZnRlciAzMCBkYWdh
cjsgc2FtbWFuc3TDpGxsZCBzdGF0aXN0aWsgdXRhbiBrb3BwbGluZyB0aWxsIGRpZyBrYW4gc3Bh
cmFzIGzDpG5ncmUuPC9wPgo8cD5EaW5hIHLDpHR0aWdoZXRlcjxicj4KRHUga2FuIG7DpHIgc29t
IGhlbHN0IMOldGVya2FsbGEgc2FtdHlja2V0IGkgYXBwZW4gdW5kZXIgUHJvZmlsICZndDsgSW50
ZWdyaXRldCAmZ3Q7IFBsYXRzIGkgYnV0aWsuIMOFdGVya2FsbGVsc2VuIHDDpXZlcmthciBpbnRl
IGJlaGFuZGxpbmdlbiBzb20gc2tldHQgaW5uYW4uIER1IGhhciByw6R0dCBhdHQgYmVnw6RyYSB0
aWxsZ8OlbmcgdGlsbCwgcsOkdHRlbHNlIG9jaCByYWRlcmluZyBhdiBkaW5hIHVwcGdpZnRlciwg
YmVncsOkbnNuaW5nIGF2IGJlaGFuZGxpbmdlbiBvY2ggZGF0YXBvcnRhYmlsaXRldCBzYW10IGF0
dCBpbnbDpG5kYSBtb3QgYmVoYW5kbGluZ2VuLiBEdSBrYW4gbMOkbW5hIGtsYWdvbcOlbCB0aWxs
IEludGVncml0ZXRzc2t5ZGRzbXluZGlnaGV0ZW4gKElNWSkgZWxsZXIgZGVuIGJlbGdpc2thIGRh
dGFza3lkZHNteW5kaWdoZXRlbiAoR0JBL0FQRCkuPC9wPgo8cD5QZXJzb251cHBnaWZ0c2Fuc3Zh
cmlnOiBTaG9wIEV4YW1wbGUgTlYsIE5vb3JkZXJsYWFuIDEwMCwgMjAzMCBBbnR3ZXJwZW4sIEJl
bGdpZW4uIERhdGFza3lkZHNvbWJ1ZDogcHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU8L3A+CjxwPkRl
dCBow6RyIG1lamxldCBza2lja2FzIGF1dG9tYXRpc2t0IG7DpHIgZHUgw6RuZHJhciBldHQgc2Ft
dHlja2UuIERldCBnw6VyIGludGUgYXR0IHN2YXJhIHDDpSBkZXQuPC9wPgo8L2JvZHk+PC9odG1s
Pgo=

--cr7f3e21a9_alt--
'''),
    ('sv', 'self-checkout-e-receipt-age-check-typed-address', 'automated', (),
'''Return-Path: <ereceipt@mail.shop.example.be>
Received: from pos-gw.shop.example.be (pos-gw.shop.example.be [192.0.2.88])
        by mx1.shop.example.be (Postfix) with ESMTP id 4JrC7s0Pn5z4x3Vh
        for <privacy@shop.example.be>; Sat, 10 Oct 2026 17:52:31 +0200 (CEST)
From: Shop Example <ereceipt@mail.shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Ditt_digitala_kvitto_=E2=80=93_Shop_Example_Brussel-Elsen?=
 =?utf-8?q?e_2026-10-10_17=3A52?=
Date: Sat, 10 Oct 2026 17:52:29 +0200
Message-ID: <0406-118273.20261010175229@pos-gw.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Tack för ditt köp!

Shop Example Brussel-Elsene
Elsensesteenweg 140, 1050 Elsene
Momsreg.nr BE 0412.345.678

Självscanning kassa 4         2026-10-10 17:52
Kvitto nr 0406-118273

Bananer 1,124 kg x 2,19              2,46
Havredryck 1 l                       2,29
Rödvin Côtes du Rhône 75 cl  *18     8,99
Tandkräm                             3,49
Pant burk                            0,10
-----------------------------------------
Totalt EUR                          17,33
Bankkort (Bancontact) ****4471      17,33

Moms 6 %    underlag 4,48    moms 0,27
Moms 21 %   underlag 10,31   moms 2,17

*18 Åldersgräns 18 år: ålderskontroll godkänd av personal
(medarbetare 2217) kl. 17:51. Inga uppgifter från ID-handlingen sparas.

Inget kundkort skannat – du samlade inga poäng på det här köpet.

Öppettider: mån–lör 8–20, sön 9–18
Byte och retur inom 30 dagar mot kvitto.

Kvittot skickades till e-postadressen som angavs vid kassan.
Så hanterar vi personuppgifter: https://www.shop.example.be/sv/integritet
'''),
    ('sv', 'person-forwards-wifi-welcome-back-stop-recognising-phone', 'objection', (),
'''Return-Path: <oskar.lindqvist@telia.com>
Received: from smtp-out.telia.com (smtp-out21.telia.com [203.0.113.71])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JqZ9c4Kx2z4x8Ub
        for <privacy@shop.example.be>; Mon, 05 Oct 2026 07:48:03 +0200 (CEST)
Received: from smtpclient.apple (h-94-254-31-7.A137.priv.bahnhof.se [94.254.31.7])
	by smtp-out21.telia.com (Postfix) with ESMTPSA id 8B3F6E0051
	for <privacy@shop.example.be>; Mon,  5 Oct 2026 07:48:01 +0200 (CEST)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Oskar Lindqvist <oskar.lindqvist@telia.com>
Mime-Version: 1.0 (1.0)
Date: Mon, 5 Oct 2026 07:47:58 +0200
Subject: =?utf-8?q?Fwd=3A_V=C3=A4lkommen_tillbaka_till_Shop_Example_G=C3=A4s?=
 =?utf-8?q?t-wifi?=
Message-Id: <5E1B7A20-3C94-4D8F-9A61-0F2C7B8E4D13@telia.com>
References: <welcome.9c41e07d.1791036372@guest.airportal.example>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23A355)

Hej,

Fick det h=C3=A4r mejlet i fickan n=C3=A4r jag gick f=C3=B6rbi er butik i G=
ent i l=C3=B6rdags. Jag gick inte ens in. Jag loggade in p=C3=A5 ert wifi e=
n g=C3=A5ng i augusti f=C3=B6r att kolla en betalning, det =C3=A4r allt.

Jag vill inte att ni k=C3=A4nner igen min telefon, r=C3=A4knar mina "bes=C3=
=B6k" eller registrerar n=C3=A4r jag g=C3=A5r f=C3=B6rbi. Sluta med det.

Oskar Lindqvist

Skickat fr=C3=A5n min iPhone

B=C3=B6rjan p=C3=A5 vidarebefordrat meddelande:

> Fr=C3=A5n: Shop Example Wi-Fi <no-reply@guest.airportal.example>
> Datum: 3 oktober 2026 kl. 14:06:12 CEST
> Till: oskar.lindqvist@telia.com
> =C3=84mne: V=C3=A4lkommen tillbaka till Shop Example G=C3=A4st-wifi
>
> Hej igen!
>
> Vi k=C3=A4nde igen din enhet (iPhone) och har loggat in dig automatiskt p=
=C3=A5 ShopExample-Guest i Shop Example Gent Zuid.
>
> Det h=C3=A4r =C3=A4r ditt 7:e bes=C3=B6k den h=C3=A4r m=C3=A5naden =E2=80=
=93 tack f=C3=B6r att du handlar hos oss!
>
> Vill du inte l=C3=A4ngre loggas in automatiskt? Gl=C3=B6m n=C3=A4tverket =
i telefonens wifi-inst=C3=A4llningar.
>
> Shop Example G=C3=A4st-wifi
> Det h=C3=A4r =C3=A4r ett automatiskt meddelande.
'''),
    ('ro', 'sendmail-bounce-orange-ro-user-unknown-incident-register', 'automated', (),
'''Return-Path: <>
Received: from mail.orange.ro (mail.orange.ro [203.0.113.230])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JrF3x5Cq9z4x1Lp
        for <privacy@shop.example.be>; Mon, 12 Oct 2026 08:31:22 +0200 (CEST)
Received: from localhost (localhost)
	by mail.orange.ro (8.17.2/8.17.2) id 59C6VIrX018842;
	Mon, 12 Oct 2026 09:31:19 +0300
Date: Mon, 12 Oct 2026 09:31:19 +0300
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.orange.ro>
Message-Id: <202610120631.59C6VIrX018842@mail.orange.ro>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="59C6VIrX018842.1791783079/mail.orange.ro"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--59C6VIrX018842.1791783079/mail.orange.ro

The original message was received at Mon, 12 Oct 2026 09:31:18 +0300
from out1.shop.example.be [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<maria.dobre@orange.ro>
    (reason: 550 5.1.1 <maria.dobre@orange.ro>... User unknown)

   ----- Transcript of session follows -----
... while talking to mbox.orange.ro.:
>>> RCPT To:<maria.dobre@orange.ro>
<<< 550 5.1.1 <maria.dobre@orange.ro>... User unknown
550 5.1.1 <maria.dobre@orange.ro>... User unknown

--59C6VIrX018842.1791783079/mail.orange.ro
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.orange.ro
Received-From-MTA: DNS; out1.shop.example.be
Arrival-Date: Mon, 12 Oct 2026 09:31:18 +0300

Final-Recipient: RFC822; maria.dobre@orange.ro
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mbox.orange.ro
Diagnostic-Code: SMTP; 550 5.1.1 <maria.dobre@orange.ro>... User unknown
Last-Attempt-Date: Mon, 12 Oct 2026 09:31:19 +0300

--59C6VIrX018842.1791783079/mail.orange.ro
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [192.0.2.25])
	by mail.orange.ro (8.17.2/8.17.2) with ESMTPS id 59C6VIrX018842
	(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)
	for <maria.dobre@orange.ro>; Mon, 12 Oct 2026 09:31:18 +0300
Date: Mon, 12 Oct 2026 08:31:15 +0200
From: Shop Example Privacy <privacy@shop.example.be>
To: Maria Dobre <maria.dobre@orange.ro>
Subject: =?utf-8?q?Re=3A_Registrul_de_incidente_=E2=80=93_cerere_de_=C8=99te?=
 =?utf-8?q?rgere_a_datelor_mele?=
Message-ID: <desk.20261012.063115.6240@desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Stimat=C4=83 doamn=C4=83 Dobre,

v=C4=83 mul=C8=9Bumim pentru mesajul din 6 octombrie 2026.

Am verificat registrul de incidente administrat de firma de paz=C4=83
SecurPlus pentru magazinele Shop Example. Numele dumneavoastr=C4=83 apare
=C3=AEntr-o singur=C4=83 =C3=AEnregistrare, din 21 martie 2026 (magazinul G=
ent Zuid),
legat=C4=83 de o alarm=C4=83 declan=C8=99at=C4=83 la ie=C8=99ire. Nu a fost=
 emis=C4=83 nicio
interdic=C8=9Bie de acces.

Cererea de =C8=99tergere a acestei =C3=AEnregistr=C4=83ri a fost aprobat=C4=
=83. =C8=98tergerea
se face =C3=AEn registru =C8=99i la firma de paz=C4=83 =C3=AEn termen de 14=
 zile; v=C4=83 vom
confirma =C3=AEn scris.

Cu stim=C4=83,
Echipa de protec=C8=9Bie a datelor
Shop Example NV

--59C6VIrX018842.1791783079/mail.orange.ro--
'''),
    ('ro', 'security-firm-store-ban-notice-dpo-cc', 'automated', (),
'''Return-Path: <no-reply@securplus.example>
Received: from im.securplus.example (im.securplus.example [198.51.100.210])
        (using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JqZ5v0Gd3z4x7Ws
        for <privacy@shop.example.be>; Mon, 05 Oct 2026 09:10:44 +0200 (CEST)
From: SecurPlus Incident Manager <no-reply@securplus.example>
To: =?utf-8?q?Ionu=C8=9B_Popescu?= <ionut.popescu84@yahoo.com>
Cc: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?q?Notificare_privind_interdic=C8=9Bia_de_acces_=C3=AEn_maga?=
 =?utf-8?q?zinele_Shop_Example_=E2=80=93_BAN-2026-0219?=
Date: Mon, 5 Oct 2026 07:10:41 +0000
Message-ID: <ban.BAN-2026-0219.notice@im.securplus.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Stimate domnule Ionu=C8=9B Popescu,

V=C4=83 inform=C4=83m c=C4=83, =C3=AEn urma incidentului nr. INC-2026-1003-=
0512 din 03.10.2026, ora 19:14, petrecut =C3=AEn magazinul Shop Example Ant=
werpen Meir (sustragerea unor produse =C3=AEn valoare de 212,40 EUR, consta=
tat=C4=83 de agentul de securitate =C8=99i =C3=AEnregistrat=C4=83 video), S=
hop Example NV a decis interzicerea accesului dumneavoastr=C4=83 =C3=AEn to=
ate magazinele Shop Example din Belgia.

Num=C4=83r decizie: BAN-2026-0219
Perioada interdic=C8=9Biei: 03.10.2026 =E2=80=93 02.10.2027 (12 luni)

Dac=C4=83 intra=C8=9Bi totu=C8=99i =C3=AEn magazin =C3=AEn aceast=C4=83 per=
ioad=C4=83, personalul v=C4=83 poate cere s=C4=83 p=C4=83r=C4=83si=C8=9Bi i=
ncinta, iar situa=C8=9Bia poate fi raportat=C4=83 poli=C8=9Biei.

Informare privind prelucrarea datelor cu caracter personal
Operator: Shop Example NV, Noorderlaan 100, 2030 Antwerpen, Belgia. Persoan=
=C4=83 =C3=AEmputernicit=C4=83: SecurPlus BV (servicii de paz=C4=83 =C8=99i=
 administrarea registrului de incidente).
Date prelucrate: nume, data na=C8=99terii, o fotografie extras=C4=83 din =
=C3=AEnregistrarea video, descrierea incidentului, perioada interdic=C8=9Bi=
ei.
Scop =C8=99i temei juridic: protejarea bunurilor =C8=99i a personalului =C8=
=99i aplicarea interdic=C8=9Biei de acces =E2=80=93 interes legitim (art. 6=
 alin. (1) lit. f din Regulamentul (UE) 2016/679, GDPR).
Durata stoc=C4=83rii: pe durata interdic=C8=9Biei =C8=99i =C3=AEnc=C4=83 3 =
luni, dup=C4=83 care datele sunt =C8=99terse automat.
Destinatari: personalul de securitate =C8=99i conducerea magazinelor Shop E=
xample; poli=C8=9Bia, la cerere.
Ave=C8=9Bi dreptul de acces la date, dreptul la rectificare, la =C8=99terge=
re, la restric=C8=9Bionarea prelucr=C4=83rii =C8=99i dreptul de opozi=C8=9B=
ie, precum =C8=99i dreptul de a depune o pl=C3=A2ngere la Autoritatea pentr=
u protec=C8=9Bia datelor din Belgia (GBA/APD) sau la ANSPDCP. Responsabilul=
 cu protec=C8=9Bia datelor: privacy@shop.example.be.

Contestarea deciziei: =C3=AEn termen de 30 de zile, la adresa bans@securplu=
s.example, cu men=C8=9Biunea num=C4=83rului deciziei.

Acest mesaj a fost generat automat de sistemul de gestionare a incidentelor=
. V=C4=83 rug=C4=83m s=C4=83 nu r=C4=83spunde=C8=9Bi la acest e-mail.

SecurPlus Incident Manager, =C3=AEn numele Shop Example NV
'''),
    ('ro', 'zimbra-vacation-anpr-camera-supplier', 'automated', (),
'''Return-Path: <>
Received: from mail.parcare-smart.example.ro (mail.parcare-smart.example.ro [198.51.100.48])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JsM8q1Ht5z4x4Fb
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 14:02:18 +0200 (CEST)
Received: from localhost (localhost [127.0.0.1])
	by mail.parcare-smart.example.ro (Postfix) with ESMTP id 3F0A21C0248
	for <privacy@shop.example.be>; Tue, 20 Oct 2026 15:02:16 +0300 (EEST)
Date: Tue, 20 Oct 2026 15:02:16 +0300 (EEST)
From: Andreea Stan <andreea.stan@parcare-smart.example.ro>
To: privacy@shop.example.be
Message-ID: <1218447935.88214.1792500136905.JavaMail.zimbra@parcare-smart.example.ro>
In-Reply-To: <desk.20261020.120208.6420@desk.shop.example.be>
Subject: =?utf-8?q?Re=3A_Camere_ANPR_parcare_Wijnegem_=E2=80=93_perioada_de_?=
 =?utf-8?q?p=C4=83strare_a_imaginilor?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)

Bun=C4=83 ziua,

V=C4=83 mul=C8=9Bumesc pentru mesaj. Sunt =C3=AEn concediu =C3=AEn perioada=
 19=E2=80=9330 octombrie 2026 =C8=99i nu am acces la e-mail.

Pentru probleme tehnice cu camerele ANPR sau cu barierele de la parc=C4=83r=
i v=C4=83 rog s=C4=83 scrie=C8=9Bi la suport@parcare-smart.example.ro sau s=
=C4=83 suna=C8=9Bi la +40 21 310 44 90.
Pentru contracte =C8=99i acorduri de prelucrare a datelor: juridic@parcare-=
smart.example.ro.

Cu stim=C4=83,
Andreea Stan
Key Account Manager, Parcare Smart SRL
'''),
    ('ro', 'person-corrects-name-above-lost-phone-notice', 'correction', (),
'''Return-Path: <elena.mihailescu@yahoo.com>
Received: from sonic311-24.consmr.mail.ir2.yahoo.com (sonic311-24.consmr.mail.ir2.yahoo.com [203.0.113.124])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JrQ0h9Mv7z4x2Ds
        for <privacy@shop.example.be>; Sun, 18 Oct 2026 10:26:55 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=1792311413;
	bh=kQ7v2Xm9pL4cT1bN8sR5yW0hF3gJ6aE2oD9uI1zK4nM=;
	h=Date:From:To:Subject:References:From:Subject:Reply-To;
	b=Gh4Jk7Lm0Np3Qr6St9Uv2Wx5Yz8Ab1Cd4Ef7Gh0Ij3Kl6Mn9Op2Qr5St8Uv1Wx4Yz7A
X-YMail-OSG: Wq3.Hk8VM1l7nP0s2TjC4yB6uX9rF5dG1oE8aZ2iL4mN7tQ0cV3bY6wK9hS2
X-Sonic-MF: <elena.mihailescu@yahoo.com>
Received: from sonic.gate.mail.ne1.yahoo.com by sonic311.consmr.mail.ir2.yahoo.com with HTTP; Sun, 18 Oct 2026 08:26:53 +0000
Date: Sun, 18 Oct 2026 08:26:51 +0000 (UTC)
From: =?utf-8?q?Elena_Mih=C4=83ilescu?= <elena.mihailescu@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1983624517.2240917.1792311411552@mail.yahoo.com>
In-Reply-To: <lf.ANT-2026-1017-03.n1@notify.shop.example.be>
References: <lf.ANT-2026-1017-03.n1@notify.shop.example.be>
Subject: =?utf-8?q?Re=3A_Am_g=C4=83sit_un_obiect_care_ar_putea_fi_al_dumneav?=
 =?utf-8?q?oastr=C4=83_=E2=80=93_LF-ANT-2026-1017-03?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_2240916_1518290733.1792311411550"
X-Mailer: WebService/1.1.24562 YMailNorrin

------=_Part_2240916_1518290733.1792311411550
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Da, telefonul este al meu (Samsung Galaxy A55, hus=C4=83 verde), l-am uitat=
 s=C3=A2mb=C4=83t=C4=83 la casa de autoservire. Mul=C8=9Bumesc mult c=C4=83=
 l-a=C8=9Bi g=C4=83sit!

=C3=8Ens=C4=83 =C3=AEn mesajul de mai jos numele meu este scris gre=C8=99it=
, iar num=C4=83rul de telefon e unul vechi, pe care nu-l mai am din 2024. N=
umele corect este Elena Mih=C4=83ilescu (nu Mihalescu), iar num=C4=83rul ac=
tual este +32 470 58 21 96. V=C4=83 rog s=C4=83 corecta=C8=9Bi datele =C3=
=AEn sistem =C3=AEnainte s=C4=83 vin dup=C4=83 telefon, la ghi=C8=99eu mi s=
e va cere buletinul =C8=99i nu vreau s=C4=83 am probleme c=C4=83 nu se potr=
ive=C8=99te numele.

Pot trece mar=C8=9Bi dup=C4=83 ora 17.

Mul=C8=9Bumesc,
Elena Mih=C4=83ilescu


=C3=8En s=C3=A2mb=C4=83t=C4=83, 17 octombrie 2026, 19:05:22 CEST, Shop Exam=
ple - Obiecte pierdute <lost-found@notify.shop.example.be> a scris:


> Stimat=C4=83 doamn=C4=83 Elena Mihalescu,
>
> =C3=8En magazinul nostru a fost g=C4=83sit un obiect care ar putea fi al =
dumneavoastr=C4=83.
>
> Nr. obiect: LF-ANT-2026-1017-03
> Obiect: telefon mobil Samsung, hus=C4=83 verde
> G=C4=83sit: 17.10.2026, 16:40, casele de autoservire
> Magazin: Shop Example Antwerpen Meir
>
> V-am identificat dup=C4=83 cardul de fidelitate scanat la ultima tranzac=
=C8=9Bie de pe casa respectiv=C4=83. Date de contact =C3=AEnregistrate: Ele=
na Mihalescu, +32 488 12 90 33.
> Dac=C4=83 datele nu sunt corecte, scrie=C8=9Bi-ne la privacy@shop.example=
.be.
>
> Pute=C8=9Bi ridica obiectul de la biroul de informa=C8=9Bii, zilnic =C3=
=AEntre 9 =C8=99i 20, p=C3=A2n=C4=83 la 17.11.2026, pe baza unui act de ide=
ntitate.
>
> Acesta este un mesaj automat. V=C4=83 rug=C4=83m s=C4=83 nu r=C4=83spunde=
=C8=9Bi.
> Shop Example =E2=80=93 Obiecte pierdute

------=_Part_2240916_1518290733.1792311411550
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div class=3D"ydp4c1f2a7byahoo-style-wrap" style=
=3D"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px=
;"><p>Bun=C4=83 ziua,</p>
<p>Da, telefonul este al meu (Samsung Galaxy A55, hus=C4=83 verde), l-am ui=
tat s=C3=A2mb=C4=83t=C4=83 la casa de autoservire. Mul=C8=9Bumesc mult c=C4=
=83 l-a=C8=9Bi g=C4=83sit!</p>
<p>=C3=8Ens=C4=83 =C3=AEn mesajul de mai jos numele meu este scris gre=C8=
=99it, iar num=C4=83rul de telefon e unul vechi, pe care nu-l mai am din 20=
24. Numele corect este Elena Mih=C4=83ilescu (nu Mihalescu), iar num=C4=83r=
ul actual este +32 470 58 21 96. V=C4=83 rog s=C4=83 corecta=C8=9Bi datele =
=C3=AEn sistem =C3=AEnainte s=C4=83 vin dup=C4=83 telefon, la ghi=C8=99eu m=
i se va cere buletinul =C8=99i nu vreau s=C4=83 am probleme c=C4=83 nu se p=
otrive=C8=99te numele.</p>
<p>Pot trece mar=C8=9Bi dup=C4=83 ora 17.</p>
<p>Mul=C8=9Bumesc,<br>
Elena Mih=C4=83ilescu</p></div><div id=3D"yahoo_quoted_1983624517" class=3D=
"yahoo_quoted"><div style=3D"font-family:Helvetica Neue, Helvetica, Arial, =
sans-serif;font-size:13px;color:#26282a;"><div>=C3=8En s=C3=A2mb=C4=83t=C4=
=83, 17 octombrie 2026, 19:05:22 CEST, Shop Example - Obiecte pierdute &lt;=
lost-found@notify.shop.example.be&gt; a scris:</div><div><br></div><div><br=
></div><p>Stimat=C4=83 doamn=C4=83 Elena Mihalescu,</p>
<p>=C3=8En magazinul nostru a fost g=C4=83sit un obiect care ar putea fi al=
 dumneavoastr=C4=83.</p>
<p>Nr. obiect: LF-ANT-2026-1017-03<br>
Obiect: telefon mobil Samsung, hus=C4=83 verde<br>
G=C4=83sit: 17.10.2026, 16:40, casele de autoservire<br>
Magazin: Shop Example Antwerpen Meir</p>
<p>V-am identificat dup=C4=83 cardul de fidelitate scanat la ultima tranzac=
=C8=9Bie de pe casa respectiv=C4=83. Date de contact =C3=AEnregistrate: Ele=
na Mihalescu, +32 488 12 90 33.<br>
Dac=C4=83 datele nu sunt corecte, scrie=C8=9Bi-ne la privacy@shop.example.b=
e.</p>
<p>Pute=C8=9Bi ridica obiectul de la biroul de informa=C8=9Bii, zilnic =C3=
=AEntre 9 =C8=99i 20, p=C3=A2n=C4=83 la 17.11.2026, pe baza unui act de ide=
ntitate.</p>
<p>Acesta este un mesaj automat. V=C4=83 rug=C4=83m s=C4=83 nu r=C4=83spund=
e=C8=9Bi.<br>
Shop Example =E2=80=93 Obiecte pierdute</p></div></div></body></html>

------=_Part_2240916_1518290733.1792311411550--
'''),
    ('el', 'postfix-bounce-otenet-over-quota-cctv-access-reply', 'automated', (),
'''Return-Path: <>
Received: from mx-out2.otenet.gr (mx-out2.otenet.gr [203.0.113.38])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JsP2g7Rb0z4x9Yt
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 12:40:03 +0200 (CEST)
Received: by mx-in5.otenet.gr (Postfix)
	id 1C8E4300A9F; Wed, 21 Oct 2026 13:40:02 +0300 (EEST)
Date: Wed, 21 Oct 2026 13:40:02 +0300 (EEST)
From: MAILER-DAEMON@otenet.gr (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="1C8E4300A9F.1792579202/mx-in5.otenet.gr"
Content-Transfer-Encoding: 8bit
Message-Id: <20261021104002.1C8E4300A9F@mx-in5.otenet.gr>

This is a MIME-encapsulated message.

--1C8E4300A9F.1792579202/mx-in5.otenet.gr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx-in5.otenet.gr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.papadopoulou@otenet.gr>: maildrop: maildir over quota.

--1C8E4300A9F.1792579202/mx-in5.otenet.gr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in5.otenet.gr
X-Postfix-Queue-ID: 1C8E4300A9F
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 21 Oct 2026 13:39:59 +0300 (EEST)

Final-Recipient: rfc822; d.papadopoulou@otenet.gr
Original-Recipient: rfc822;d.papadopoulou@otenet.gr
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildrop: maildir over quota.

--1C8E4300A9F.1792579202/mx-in5.otenet.gr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [192.0.2.25])
	by mx-in5.otenet.gr (Postfix) with ESMTPS id 1C8E4300A9F
	for <d.papadopoulou@otenet.gr>; Wed, 21 Oct 2026 13:39:59 +0300 (EEST)
Date: Wed, 21 Oct 2026 12:39:56 +0200
From: Shop Example Privacy <privacy@shop.example.be>
To: d.papadopoulou@otenet.gr
Subject: =?utf-8?b?UmU6IM6Rzq/PhM63zrzOsSDPgM+Bz4zPg86yzrHPg863z4Igz4POtSA=?=
 =?utf-8?b?zrLOr869z4TOtc6/IM6xz4DPjCDPhM63zr0gzrrOrM68zrXPgc6xIM+Ezr/PhSA=?=
 =?utf-8?b?z4TOsc68zrXOr86/z4U=?=
Message-ID: <desk.20261021.103956.6447@desk.shop.example.be>
In-Reply-To: <000c01dd4290$a1b2c3d4$e5f6a7b8$@otenet.gr>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

--1C8E4300A9F.1792579202/mx-in5.otenet.gr--
'''),
    ('el', 'gmail-dsn-forwarding-to-hol-gr-failed', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JrA6t3Wk8z4x0Rn
        for <privacy@shop.example.be>; Thu, 08 Oct 2026 16:20:47 +0200 (CEST)
Received: by mail-sor-f69.google.com with SMTP id 4fb4d7f45d1cf-63b2e1a07c5so1100318a12.2
        for <privacy@shop.example.be>; Thu, 08 Oct 2026 07:20:47 -0700 (PDT)
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t=1791472847; x=1792077647;
        h=in-reply-to:references:subject:from:date:message-id
         :auto-submitted:to:x-gm-message-state:from:to:cc:subject:date
         :message-id:reply-to;
        bh=Wq2pN7vX4cB1tK9mR6yL3sH0gF8aJ5oE2uD7iZ1nQ4c=;
        b=Tn4Bq7Xc0Vz3Mw6Kp9Ls2Rd5Fh8Gj1Yu4Ei7Oa0Sc3Dk6Hm9Pt2Wx5Zb8Nf1Lg4Jr7
X-Gm-Message-State: AOJu0YwQk3x1mV7nB8cT2pR5yL0sH6gF9aJ4dE1oU3iZ7wK2tN5bX8
X-Received: by 2002:a05:6402:3581:b0:63b:2e1a:7c51 with SMTP id 4fb4d7f45d1cf-63b2e1a7f19mr2211834a12.6.1791472847221;
        Thu, 08 Oct 2026 07:20:47 -0700 (PDT)
Content-Type: multipart/report; boundary="000000000000c4a8e90621f7b3d2"; report-type=delivery-status
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <6703c2cf.050a0220.1f3e8b.4d21.GMR@mx.google.com>
Date: Thu, 08 Oct 2026 07:20:47 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Failure)
References: <desk.20261008.142041.6166@desk.shop.example.be>
In-Reply-To: <desk.20261008.142041.6166@desk.shop.example.be>
X-Failed-Recipients: nikos.k.1979@hol.gr

--000000000000c4a8e90621f7b3d2
Content-Type: multipart/related; boundary="000000000000c4b0d10621f7b3da"

--000000000000c4b0d10621f7b3da
Content-Type: multipart/alternative; boundary="000000000000c4b0d70621f7b3db"

--000000000000c4b0d70621f7b3db
Content-Type: text/plain; charset="UTF-8"

** Message not delivered **

There was a problem delivering your message to nikos.k.1979@hol.gr. See the technical details below.

The response from the remote server was:
552 5.2.2 <nikos.k.1979@hol.gr>: Mailbox full

This message was forwarded by nkostopoulos79@gmail.com and could not be delivered to the forwarding address.

--000000000000c4b0d70621f7b3db
Content-Type: text/html; charset="UTF-8"

<html>
<head>
<style>
* body {
  font-family:"Roboto", "Helvetica", "Arial", sans-serif !important;
}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<h2 style="font-size:20px;font-weight:400;color:#d93025;">Message not delivered</h2>
<p style="font-size:14px;">There was a problem delivering your message to <a style="color:#212121;text-decoration:none;"><b>nikos.k.1979@hol.gr</b></a>. See the technical details below.</p>
<p style="font-size:12px;color:#5f6368;">The response from the remote server was:</p>
<p style="font-family:monospace;font-size:12px;">552 5.2.2 &lt;nikos.k.1979@hol.gr&gt;: Mailbox full</p>
<p style="font-size:12px;color:#5f6368;">This message was forwarded by nkostopoulos79@gmail.com and could not be delivered to the forwarding address.</p>
</td></tr>
</tbody></table>
</body>
</html>

--000000000000c4b0d70621f7b3db--
--000000000000c4b0d10621f7b3da--

--000000000000c4a8e90621f7b3d2
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; out1.shop.example.be
Arrival-Date: Thu, 08 Oct 2026 07:20:43 -0700 (PDT)
X-Original-Message-ID: <desk.20261008.142041.6166@desk.shop.example.be>

Final-Recipient: rfc822; nikos.k.1979@hol.gr
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.hol.gr. (203.0.113.59, the server for the domain hol.gr.)
Diagnostic-Code: smtp; 552 5.2.2 <nikos.k.1979@hol.gr>: Mailbox full
Last-Attempt-Date: Thu, 08 Oct 2026 07:20:47 -0700 (PDT)

--000000000000c4a8e90621f7b3d2
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be. [192.0.2.25])
        by mx.google.com with ESMTPS id 4fb4d7f45d1cf-63b2e1a0712si1100302a12.214.2026.10.08.07.20.43
        for <nkostopoulos79@gmail.com>
        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);
        Thu, 08 Oct 2026 07:20:43 -0700 (PDT)
Date: Thu, 08 Oct 2026 16:20:41 +0200
From: Shop Example Privacy <privacy@shop.example.be>
To: =?utf-8?b?zp3Or866zr/PgiDOms+Jz4PPhM+Mz4DOv8+FzrvOv8+C?= <nkostopoulos79@gmail.com>
Subject: =?utf-8?b?UmU6IM6UzrnOsc6zz4HOsc+Gzq4gzrvOv86zzrHPgc65zrHPg868zr8=?=
 =?utf-8?b?z40gzrHPgM+MIM+Ezr8gV2ktRmkgzrXPgM65z4POus61z4DPhM+Ozr0=?=
Message-ID: <desk.20261008.142041.6166@desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zpHOs86xz4DOt8+Ezq0gzrrPjc+BzrnOtSDOms+Jz4PPhM+Mz4DOv8+FzrvOtSwKCs67zqzOss6x
zrzOtSDPhM6/IM6xzq/PhM63zrzOrCDPg86xz4IgzrPOuc6xIM60zrnOsc6zz4HOsc+Gzq4gz4TO
v8+FIM67zr/Os86xz4HOuc6xz4POvM6/z40gz4POsc+CIM+Dz4TOvyBXaS1GaQrOtc+AzrnPg866
zrXPgM+Ez47OvSDPhM+Jzr0gzrrOsc+EzrHPg8+EzrfOvM6sz4TPic69IM68zrHPgi4KCs6fIM67
zr/Os86xz4HOuc6xz4POvM+Mz4IgKM60zrnOtc+NzrjPhc69z4POtyBlbWFpbCwgz4PPhc+DzrrO
tc+Fzq3PgiDOus6xzrkgzrnPg8+Ezr/Pgc65zrrPjCDPg8+Fzr3OtM6tz4POtc+Jzr0pCs60zrnO
sc6zz4HOrM+GzrfOus61IM+Dz4TOuc+CIDggzp/Ous+Ez4nOss+Bzq/Ov8+FIDIwMjYuIM6XIM+D
z4XOs866zrHPhM6szrjOtc+Dzq4gz4POsc+CIM6zzrnOsSDOtc69zrfOvM61z4HPic+EzrnOus6s
Cs68zrfOvc+NzrzOsc+EzrEgzq3Ph861zrkgzrXPgM6vz4POt8+CIM6xzr3Osc66zrvOt864zrXO
ry4gzpHOvSDPg8+Fzr3OtM61zrjOtc6vz4TOtSDOvs6xzr3OrCDPg8+Ezr8gzrTOr866z4TPhc6/
LCDOuM6xCs60zrfOvM65zr/Phc+BzrPOt864zrXOryDOvc6tzr/PgiDOu86/zrPOsc+BzrnOsc+D
zrzPjM+CLgoKzpzOtSDOtc66z4TOr868zrfPg863LArOn868zqzOtM6xIM6gz4HOv8+Dz4TOsc+D
zq/Osc+CIM6UzrXOtM6/zrzOrc69z4nOvQpTaG9wIEV4YW1wbGUgTlYK

--000000000000c4a8e90621f7b3d2--
'''),
    ('el', 'cctv-vendor-nvr-maintenance-notice', 'automated', (),
'''Return-Path: <servicedesk-bounces@optivision.example.gr>
Received: from smtp2.optivision.example.gr (smtp2.optivision.example.gr [198.51.100.174])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JsR7k0Xc2z4x5Qm
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 10:00:12 +0100 (CET)
From: =?utf-8?b?T3B0aVZpc2lvbiDOpc+Azr/Pg8+Ezq7Pgc65zr7Otw==?= <noreply@optivision.example.gr>
Reply-To: service@optivision.example.gr
To: privacy@shop.example.be
Subject: =?utf-8?b?zqDPgc6/zrPPgc6xzrzOvM6xz4TOuc+DzrzOrc69zrcgz4PPhc69z4Q=?=
 =?utf-8?b?zq7Pgc63z4POtyBOVlIg4oCTIFNob3AgRXhhbXBsZSBMacOoZ2Ug4oCTIDE0LzEx?=
 =?utf-8?b?LzIwMjY=?=
Date: Fri, 30 Oct 2026 11:00:09 +0200
Message-ID: <MNT-2026-3381.dpo.4f1e@servicedesk.optivision.example.gr>
Precedence: bulk
X-Mailer: OptiVision ServiceDesk 7.3
List-Unsubscribe: <mailto:service@optivision.example.gr?subject=unsubscribe%20maintenance>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

zpHOs86xz4DOt8+Ezq0gz4DOtc67zqzPhM63LAoKzqPOsc+CIM61zr3Ot868zrXPgc+Ozr3Ov8+F
zrzOtSDPjM+EzrkgzrjOsSDPgM+BzrHOs868zrHPhM6/z4DOv865zrfOuM61zq8gz4DPgc6/zrPP
gc6xzrzOvM6xz4TOuc+DzrzOrc69zrcgz4PPhc69z4TOrs+BzrfPg863IM+Ezr/PhSDPg8+Fz4PP
hM6uzrzOsc+Ezr/PgiDOss65zr3PhM61zr/Otc+AzrnPhM6uz4HOt8+DzrfPgiDPg8+Ezr8gzrrO
sc+EzqzPg8+EzrfOvM6xOgoKzprOsc+EzqzPg8+EzrfOvM6xOiBTaG9wIEV4YW1wbGUgTGnDqGdl
IE3DqWRpYWNpdMOpICjOus+JzrQuIExHRS0wMSkKzpfOvM61z4HOv868zrfOvc6vzrE6IM6jzqzO
ss6yzrHPhM6/IDE0LzExLzIwMjYKzo/Pgc6xOiAwMjowMCDigJMgMDQ6MzAgKM+Oz4HOsSDOks61
zrvOs86vzr/PhSkKzpXPgc6zzrHPg86vzrXPgjogzrHOvc6xzrLOrM64zrzOuc+Dzrcgz4XOu865
zrrOv867zr/Os865z4POvM65zrrOv8+NIE5WUiAodjUuOC4yKSwgzrHOvc+EzrnOus6xz4TOrM+D
z4TOsc+DzrcgzrTOr8+DzrrOv8+FIDMgz4TOt8+CIM+Dz4XPg8+Ezr/Ouc+Hzq/Osc+CIFJBSUQK
zpHPgc65zrjOvM+Mz4IgzrXPgc6zzrHPg86vzrHPgjogTU5ULTIwMjYtMzM4MQoKzqTOuSDPg863
zrzOsc6vzr3Otc65IM6zzrnOsSDOtc+DzqzPggotIM6XIM66zrHPhM6xzrPPgc6xz4bOriDOsc+A
z4wgz4TOuc+CIDQ2IM66zqzOvM61z4HOtc+CIM64zrEgzrTOuc6xzrrOv8+AzrXOryDOs865zrEg
z4DOtc+Bzq/PgM6/z4UgNDAgzrvOtc+Az4TOrC4KLSDOlyDOts+Jzr3PhM6xzr3OriDOtc65zrrP
jM69zrEgz4PPhM6/IM66zq3Ovc+Ez4HOvyDOtc67zq3Os8+Hzr/PhSDOuM6xIM+AzrHPgc6xzrzO
tc6vzr3Otc65IM60zrnOsc64zq3Pg865zrzOtywgzrzOtSDPg8+Nzr3PhM6/zrzOtc+CIM60zrnO
sc66zr/PgM6tz4IuCi0gzqTOsSDPhc+AzqzPgc+Hzr/Ovc+EzrEgzrHPgc+HzrXOr86xIM6yzq/O
vc+EzrXOvyDOtM61zr0gzrTOuc6xzrPPgc6sz4bOv869z4TOsc65LiDOlyDPgM61z4HOr86/zrTO
v8+CIM60zrnOsc+Ezq7Pgc63z4POt8+CIM+Ez4nOvSAzMCDOt868zrXPgc+Ozr0gzrrOsc65IM63
IM6xz4XPhM+MzrzOsc+EzrcgzrTOuc6xzrPPgc6xz4bOriDPhM+Jzr0gz4DOsc67zrHOuc+Mz4TO
tc+Bz4nOvSDOtc6zzrPPgc6xz4bPjs69IM60zrXOvSDOsc67zrvOrM62zr/Phc69LgoKzqDPgc6/
z4PPhM6xz4POr86xIM60zrXOtM6/zrzOrc69z4nOvQrOqc+CIM61zrrPhM61zrvPjs69IM+EzrfO
vSDOtc+AzrXOvs61z4HOs86xz4POr86xIM6zzrnOsSDOu86/zrPOsc+BzrnOsc+DzrzPjCDPg86x
z4IgKM6sz4HOuM+Bzr8gMjggzpPOms6gzpQpLCDOtc69zrfOvM61z4HPjs69zr/Phc68zrUgz4TO
v869IM+Fz4DOtc+NzrjPhc69zr8gz4DPgc6/z4PPhM6xz4POr86xz4IgzrTOtc60zr/OvM6tzr3P
ic69IM+DzrHPgiDOs865zrEgzrrOrM64zrUgzrXPgc6zzrHPg86vzrEgz4DOv8+FIM6xz4bOv8+B
zqwgz4TOt869IM66zrHPhM6xzrPPgc6xz4bOri4gzp8gz4TOtc+Hzr3Ouc66z4zPgiDOvM6xz4Ig
zrTOtc69IM64zrEgzrXOvs6xzrPOrM6zzrXOuSDOv8+Nz4TOtSDOuM6xIM+Az4HOv86yzqzOu861
zrkgzrXOs86zz4HOsc+Gzq3Pgi4gzp8gz4DOsc67zrnPjM+CIM60zq/Pg866zr/PgiDOuM6xIM66
zrHPhM6xz4PPhM+BzrHPhs61zq8gzrrOsc65IM64zrEgz4POsc+CIM6xz4DOv8+Dz4TOsc67zrXO
ryDPgM65z4PPhM6/z4DOv865zrfPhM65zrrPjCDOus6xz4TOsc+Dz4TPgc6/z4bOrs+CIM68zrXP
hM6sIM+EzrfOvSDOtc+BzrPOsc+Dzq/OsS4KCs6UzrXOvSDOsc+AzrHOuc+EzrXOr8+EzrHOuSDO
us6xzrzOr86xIM61zr3Orc+BzrPOtc65zrEgzrHPgM+MIM61z4POrM+CLiDOkc69IM63IM63zrzO
tc+Bzr/OvM63zr3Or86xIM60zrXOvSDPg86xz4IgzrXOvs+Fz4DOt8+BzrXPhM61zq8sIM61zr3O
t868zrXPgc+Oz4PPhM61IM68zrHPgiDOrc+Jz4IgMDcvMTEvMjAyNiDPg8+Ezr8gc2VydmljZUBv
cHRpdmlzaW9uLmV4YW1wbGUuZ3IuCgrOnM61IM61zrrPhM6vzrzOt8+DzrcsCk9wdGlWaXNpb24g
U2VjdXJpdHkgzpEuzpUuIOKAkyDOpM68zq7OvM6xIM6lz4DOv8+Dz4TOrs+BzrnOvs63z4IKzpvO
tc+Jz4YuIM6azrfPhs65z4POr86xz4IgMjIwLCAxNTIgMzEgzqfOsc67zqzOvc60z4HOuQo=
'''),
    ('el', 'esl-gateway-labels-offline-alert', 'automated', (),
'''Return-Path: <esl-gw-lge01@stores.shop.example.be>
Received: from esl-gw-lge01.stores.shop.example.be (unknown [10.41.3.20])
        by mx1.shop.example.be (Postfix) with SMTP id 4JsT1b5Gm6z4x3Pc
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 06:15:05 +0100 (CET)
From: esl-gw-lge01@stores.shop.example.be
To: alerts-lge01@shop.example.be
Subject: [ESL] Ειδοποίηση: 37 ετικέτες εκτός σύνδεσης – LGE-01
Date: Mon, 02 Nov 2026 06:15:03 +0100
Message-ID: <1793596503.4412@esl-gw-lge01>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Σύστημα ηλεκτρονικών ετικετών ραφιού – αυτόματη ειδοποίηση

Κατάστημα: LGE-01 Liège Médiacité
Χρόνος:    2026-11-02 06:15:03 CET
Πύλη:      ESL-AP-03 (διάδρομοι 9–14)

37 ετικέτες δεν έχουν επικοινωνήσει τις τελευταίες 6 ώρες.
Οι τιμές σε αυτές τις ετικέτες ενδέχεται να μην είναι ενημερωμένες.

Ετικέτα       Διάδρομος/Ράφι   Μπαταρία   Τελευταία επαφή
E4-2A91C7     9 / 03           12%        2026-11-01 23:58
E4-2A91D0     9 / 03           11%        2026-11-01 23:58
E4-2A9F44     11 / 01          --         2026-11-01 21:12
E4-2AA012     12 / 05          8%         2026-11-01 23:40
... και 33 ακόμη (δείτε την κονσόλα)

Ενέργειες
1. Ελέγξτε αν η πύλη ESL-AP-03 έχει ρεύμα και σύνδεση δικτύου.
2. Αντικαταστήστε τις μπαταρίες με φορτίο κάτω από 15%.
3. Εκτελέστε εκ νέου συγχρονισμό τιμών από την κονσόλα:
   https://esl.shop.example.be/lge01

Εκκρεμείς αλλαγές τιμών: 214 (προγραμματισμένες για 07:00)

-- 
Μήνυμα από την πύλη ESL. Μην απαντάτε.
'''),
    ('el', 'person-replies-above-sco-receipt-keep-age-check-image', 'restriction', ('access',),
'''Return-Path: <maria.konst@yahoo.gr>
Received: from sonic306-19.consmr.mail.ir2.yahoo.com (sonic306-19.consmr.mail.ir2.yahoo.com [203.0.113.119])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JrE8y2Td4z4x6Gn
        for <privacy@shop.example.be>; Sun, 11 Oct 2026 20:37:19 +0200 (CEST)
Received: from smtpclient.apple (ppp-94-66-201-13.home.otenet.gr [94.66.201.13])
	by smtp.mail.yahoo.com (VZM Hermes SMTP Server) with ESMTPA ID 3f1c9e0b7a24d6e815c3b2a0d9f4e7c1
	for <privacy@shop.example.be>; Sun, 11 Oct 2026 18:37:17 +0000 (UTC)
From: =?utf-8?b?zpzOsc+Bzq/OsSDOms+Jzr3Pg8+EzrHOvc+Ezq/Ovc6/z4U=?= <maria.konst@yahoo.gr>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (Mac OS X Mail 16.0 (3826.400.131.1.6))
Subject: =?utf-8?b?UmU6IM6XIM63zrvOtc66z4TPgc6/zr3Ouc66zq4gz4POsc+CIM6xz4A=?=
 =?utf-8?b?z4zOtM61zrnOvs63IOKAkyBTaG9wIEV4YW1wbGUgTGnDqGdl?=
Message-Id: <9B2E4F71-5A0C-4E83-B1D6-27C3F8A90E45@yahoo.gr>
In-Reply-To: <0104-220916.20261009175402@pos-gw.shop.example.be>
Date: Sun, 11 Oct 2026 21:37:12 +0300
References: <0104-220916.20261009175402@pos-gw.shop.example.be>
To: privacy@shop.example.be
X-Mailer: Apple Mail (2.3826.400.131.1.6)

=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1 =CF=83=CE=B1=CF=82,

=CE=91=CF=80=CE=B1=CE=BD=CF=84=CF=8E =CF=83=CE=B5 =CE=B1=CF=85=CF=84=CE=AE =
=CF=84=CE=B7=CE=BD =CE=B1=CF=80=CF=8C=CE=B4=CE=B5=CE=B9=CE=BE=CE=B7 =CE=B3=
=CE=B9=CE=B1=CF=84=CE=AF =CE=B4=CE=B5=CE=BD =CE=B2=CF=81=CE=AE=CE=BA=CE=B1 =
=CE=AC=CE=BB=CE=BB=CE=BF =CF=84=CF=81=CF=8C=CF=80=CE=BF =CE=BD=CE=B1 =CF=83=
=CE=B1=CF=82 =CE=B3=CF=81=CE=AC=CF=88=CF=89.

=CE=A4=CE=B7=CE=BD =CE=A0=CE=B1=CF=81=CE=B1=CF=83=CE=BA=CE=B5=CF=85=CE=AE =
=CF=83=CF=84=CE=BF =CE=B1=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=BF =CF=84=
=CE=B1=CE=BC=CE=B5=CE=AF=CE=BF 4 =CF=83=CF=84=CE=BF Li=C3=A8ge =CE=B7 =CE=
=BA=CE=AC=CE=BC=CE=B5=CF=81=CE=B1 =CE=B3=CE=B9=CE=B1 =CF=84=CE=BF=CE=BD =C2=
=AB=CE=AD=CE=BB=CE=B5=CE=B3=CF=87=CE=BF =CE=B7=CE=BB=CE=B9=CE=BA=CE=AF=CE=
=B1=CF=82=C2=BB =CE=B1=CF=80=CE=BF=CF=86=CE=AC=CF=83=CE=B9=CF=83=CE=B5 =CF=
=8C=CF=84=CE=B9 =CE=B5=CE=AF=CE=BC=CE=B1=CE=B9 =CE=B1=CE=BD=CE=AE=CE=BB=CE=
=B9=CE=BA=CE=B7 =CE=B5=CF=80=CE=B5=CE=B9=CE=B4=CE=AE =CE=B1=CE=B3=CF=8C=CF=
=81=CE=B1=CE=B6=CE=B1 =CE=AD=CE=BD=CE=B1 =CE=BC=CF=80=CE=BF=CF=85=CE=BA=CE=
=AC=CE=BB=CE=B9 =CE=BA=CF=81=CE=B1=CF=83=CE=AF. =CE=95=CE=AF=CE=BC=CE=B1=CE=
=B9 34 =CF=87=CF=81=CE=BF=CE=BD=CF=8E=CE=BD. =CE=9F =CF=85=CF=80=CE=AC=CE=
=BB=CE=BB=CE=B7=CE=BB=CE=BF=CF=82 =CE=AE=CF=81=CE=B8=CE=B5 =CE=BA=CE=B1=CE=
=B9 =CE=BC=CE=BF=CF=85 =CE=B6=CE=AE=CF=84=CE=B7=CF=83=CE=B5 =CF=84=CE=B1=CF=
=85=CF=84=CF=8C=CF=84=CE=B7=CF=84=CE=B1 =CE=BC=CF=80=CF=81=CE=BF=CF=83=CF=
=84=CE=AC =CF=83=CE=B5 =CF=8C=CE=BB=CE=B7 =CF=84=CE=B7=CE=BD =CE=BF=CF=85=
=CF=81=CE=AC. =CE=9D=CF=84=CF=81=CE=AC=CF=80=CE=B7=CE=BA=CE=B1 =CF=80=CE=BF=
=CE=BB=CF=8D.

=CE=A3=CE=BA=CE=BF=CF=80=CE=B5=CF=8D=CF=89 =CE=BD=CE=B1 =CE=BA=CE=AC=CE=BD=
=CF=89 =CE=BA=CE=B1=CF=84=CE=B1=CE=B3=CE=B3=CE=B5=CE=BB=CE=AF=CE=B1 =CE=BA=
=CE=B1=CE=B9 =CE=B8=CE=AD=CE=BB=CF=89 =CE=BD=CE=B1 =CF=85=CF=80=CE=AC=CF=81=
=CF=87=CE=BF=CF=85=CE=BD =CE=B1=CF=80=CE=BF=CE=B4=CE=B5=CE=AF=CE=BE=CE=B5=
=CE=B9=CF=82. =CE=93=CE=B9' =CE=B1=CF=85=CF=84=CF=8C =CF=83=CE=B1=CF=82 =CE=
=B6=CE=B7=CF=84=CF=8E =CE=BD=CE=B1 =CE=9C=CE=97=CE=9D =CE=B4=CE=B9=CE=B1=CE=
=B3=CF=81=CE=AC=CF=88=CE=B5=CF=84=CE=B5 =CF=84=CE=B7 =CF=86=CF=89=CF=84=CE=
=BF=CE=B3=CF=81=CE=B1=CF=86=CE=AF=CE=B1 =CE=AE =CF=84=CE=BF =CE=B2=CE=AF=CE=
=BD=CF=84=CE=B5=CE=BF =CF=80=CE=BF=CF=85 =CF=84=CF=81=CE=AC=CE=B2=CE=B7=CE=
=BE=CE=B5 =CF=84=CE=BF =CF=84=CE=B1=CE=BC=CE=B5=CE=AF=CE=BF 4 =CF=83=CF=84=
=CE=B9=CF=82 17:51=E2=80=9317:53 =CF=84=CE=B7=CF=82 9=CE=B7=CF=82 =CE=9F=CE=
=BA=CF=84=CF=89=CE=B2=CF=81=CE=AF=CE=BF=CF=85, =CE=BF=CF=8D=CF=84=CE=B5 =CF=
=84=CE=BF =CE=B1=CF=80=CE=BF=CF=84=CE=AD=CE=BB=CE=B5=CF=83=CE=BC=CE=B1 =CF=
=84=CE=B7=CF=82 =CE=B5=CE=BA=CF=84=CE=AF=CE=BC=CE=B7=CF=83=CE=B7=CF=82. =CE=
=9A=CF=81=CE=B1=CF=84=CE=AE=CF=83=CF=84=CE=B5 =CF=84=CE=B1, =CE=B1=CE=BB=CE=
=BB=CE=AC =CE=BD=CE=B1 =CE=BC=CE=B7 =CF=87=CF=81=CE=B7=CF=83=CE=B9=CE=BC=CE=
=BF=CF=80=CE=BF=CE=B9=CE=B7=CE=B8=CE=BF=CF=8D=CE=BD =CE=B3=CE=B9=CE=B1 =CF=
=84=CE=AF=CF=80=CE=BF=CF=84=CE=B5 =CE=AC=CE=BB=CE=BB=CE=BF =CF=83=CF=84=CE=
=BF =CE=BC=CE=B5=CF=84=CE=B1=CE=BE=CF=8D (=CE=BF=CF=8D=CF=84=CE=B5 =CE=B3=
=CE=B9=CE=B1 =C2=AB=CE=B5=CE=BA=CF=80=CE=B1=CE=AF=CE=B4=CE=B5=CF=85=CF=83=
=CE=B7=C2=BB =CF=84=CE=BF=CF=85 =CF=83=CF=85=CF=83=CF=84=CE=AE=CE=BC=CE=B1=
=CF=84=CE=BF=CF=82). =CE=93=CF=81=CE=AC=CF=86=CE=B5=CE=B9 =CE=B1=CF=80=CF=
=8C =CE=BA=CE=AC=CF=84=CF=89 =CF=8C=CF=84=CE=B9 =CE=B7 =CE=B5=CE=B9=CE=BA=
=CF=8C=CE=BD=CE=B1 =CE=B4=CE=B5=CE=BD =CE=B1=CF=80=CE=BF=CE=B8=CE=B7=CE=BA=
=CE=B5=CF=8D=CE=B5=CF=84=CE=B1=CE=B9 =E2=80=93 =CE=B1=CE=BD =CE=B9=CF=83=CF=
=87=CF=8D=CE=B5=CE=B9 =CE=B1=CF=85=CF=84=CF=8C, =CF=80=CE=B5=CE=AF=CF=84=CE=
=B5 =CE=BC=CE=BF=CF=85 =CF=84=CE=BF=CF=85=CE=BB=CE=AC=CF=87=CE=B9=CF=83=CF=
=84=CE=BF=CE=BD =CF=84=CE=B9 =CE=BA=CF=81=CE=B1=CF=84=CE=AE=CF=83=CE=B1=CF=
=84=CE=B5.

=CE=A0=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CF=8E =CE=B5=CF=80=CE=B9=CE=B2=
=CE=B5=CE=B2=CE=B1=CE=B9=CF=8E=CF=83=CF=84=CE=B5 =CF=8C=CF=84=CE=B9 =CF=84=
=CE=BF =CE=BA=CE=AC=CE=BD=CE=B1=CF=84=CE=B5.

=CE=9C=CE=B1=CF=81=CE=AF=CE=B1 =CE=9A=CF=89=CE=BD=CF=83=CF=84=CE=B1=CE=BD=
=CF=84=CE=AF=CE=BD=CE=BF=CF=85
6944 318 207

> =CE=A3=CF=84=CE=B9=CF=82 9 =CE=9F=CE=BA=CF=84 2026, =CF=83=CF=84=CE=B9=CF=
=82 17:54, =CE=BF =CF=87=CF=81=CE=AE=CF=83=CF=84=CE=B7=CF=82 Shop Example <=
ereceipt@mail.shop.example.be> =CE=AD=CE=B3=CF=81=CE=B1=CF=88=CE=B5:
>
> =CE=95=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CE=BF=CF=8D=CE=BC=CE=B5 =
=CE=B3=CE=B9=CE=B1 =CF=84=CE=B7=CE=BD =CE=B1=CE=B3=CE=BF=CF=81=CE=AC =CF=83=
=CE=B1=CF=82!
>
> Shop Example Li=C3=A8ge M=C3=A9diacit=C3=A9
> Boulevard Raymond Poincar=C3=A9 7, 4020 Li=C3=A8ge
> =CE=91=CE=A6=CE=9C/TVA BE 0412.345.678
>
> =CE=91=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=BF =CF=84=CE=B1=CE=BC=CE=B5=
=CE=AF=CE=BF 4            09/10/2026 17:53
> =CE=91=CF=80=CF=8C=CE=B4=CE=B5=CE=B9=CE=BE=CE=B7 =CE=B1=CF=81. 0104-220916
>
> =CE=9A=CF=81=CE=B1=CF=83=CE=AF =CE=B5=CF=81=CF=85=CE=B8=CF=81=CF=8C Borde=
aux 75cl *18      9,49
> =CE=A8=CF=89=CE=BC=CE=AF =CE=BF=CE=BB=CE=B9=CE=BA=CE=AE=CF=82 =CE=AC=CE=
=BB=CE=B5=CF=83=CE=B7=CF=82 500g             2,15
> =CE=A4=CF=85=CF=81=CE=AF gouda =CF=83=CE=B5 =CF=86=CE=AD=CF=84=CE=B5=CF=
=82 200g            3,29
> -----------------------------------------
> =CE=A3=CF=8D=CE=BD=CE=BF=CE=BB=CE=BF EUR                         14,93
> =CE=9A=CE=AC=CF=81=CF=84=CE=B1 Visa ****0932                14,93
>
> *18 =CE=A0=CF=81=CE=BF=CF=8A=CF=8C=CE=BD =CE=BC=CE=B5 =CF=8C=CF=81=CE=B9=
=CE=BF =CE=B7=CE=BB=CE=B9=CE=BA=CE=AF=CE=B1=CF=82 18 =CE=B5=CF=84=CF=8E=CE=
=BD.
> =CE=88=CE=BB=CE=B5=CE=B3=CF=87=CE=BF=CF=82 =CE=B7=CE=BB=CE=B9=CE=BA=CE=AF=
=CE=B1=CF=82: =CE=B5=CE=BA=CF=84=CE=AF=CE=BC=CE=B7=CF=83=CE=B7 =CE=B7=CE=BB=
=CE=B9=CE=BA=CE=AF=CE=B1=CF=82 =CE=B1=CF=80=CF=8C =CE=BA=CE=AC=CE=BC=CE=B5=
=CF=81=CE=B1 =E2=80=93 =CE=BC=CE=B7 =CE=B5=CF=80=CE=B9=CE=B2=CE=B5=CE=B2=CE=
=B1=CE=B9=CF=89=CE=BC=CE=AD=CE=BD=CE=B7.
> =CE=95=CE=B3=CE=BA=CF=81=CE=AF=CE=B8=CE=B7=CE=BA=CE=B5 =CE=B1=CF=80=CF=8C=
 =CF=85=CF=80=CE=AC=CE=BB=CE=BB=CE=B7=CE=BB=CE=BF (2217) =CE=BC=CE=B5=CF=84=
=CE=AC =CE=B1=CF=80=CF=8C =CE=AD=CE=BB=CE=B5=CE=B3=CF=87=CE=BF =CF=84=CE=B1=
=CF=85=CF=84=CF=8C=CF=84=CE=B7=CF=84=CE=B1=CF=82.
> =CE=97 =CE=B5=CE=B9=CE=BA=CF=8C=CE=BD=CE=B1 =CF=84=CE=B7=CF=82 =CE=B5=CE=
=BA=CF=84=CE=AF=CE=BC=CE=B7=CF=83=CE=B7=CF=82 =CE=B7=CE=BB=CE=B9=CE=BA=CE=
=AF=CE=B1=CF=82 =CE=B4=CE=B5=CE=BD =CE=B1=CF=80=CE=BF=CE=B8=CE=B7=CE=BA=CE=
=B5=CF=8D=CE=B5=CF=84=CE=B1=CE=B9.
>
> =CE=95=CF=80=CE=B9=CF=83=CF=84=CF=81=CE=BF=CF=86=CE=AD=CF=82 =CE=B5=CE=BD=
=CF=84=CF=8C=CF=82 30 =CE=B7=CE=BC=CE=B5=CF=81=CF=8E=CE=BD =CE=BC=CE=B5 =CF=
=84=CE=B7=CE=BD =CE=B1=CF=80=CF=8C=CE=B4=CE=B5=CE=B9=CE=BE=CE=B7.
> =CE=A0=CE=BF=CE=BB=CE=B9=CF=84=CE=B9=CE=BA=CE=AE =CE=B1=CF=80=CE=BF=CF=81=
=CF=81=CE=AE=CF=84=CE=BF=CF=85: https://www.shop.example.be/el/privacy
'''),
    ('bg', 'abv-bg-bounce-mailbox-full-wifi-access-reply', 'automated', (),
'''Return-Path: <>
Received: from mx.abv.bg (mx.abv.bg [203.0.113.195])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JsB9n4Fv1z4x7Jd
        for <privacy@shop.example.be>; Sat, 17 Oct 2026 16:05:29 +0200 (CEST)
Date: Sat, 17 Oct 2026 17:05:27 +0300
From: ABV.bg Mail System <MAILER-DAEMON@abv.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J3QtdC00L7RgdGC0LDQstC10L3QviDRgdGK0L7QsdGJ0LXQvdC40LUg?=
 =?utf-8?b?LyBVbmRlbGl2ZXJlZCBtZXNzYWdl?=
Message-ID: <dsn.1792595127.40218@mx.abv.bg>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_abv_dsn_40218"

------=_abv_dsn_40218
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=A2=D0=BE=D0=B2=D0=B0 =D0=B5 =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=
=D0=B8=D1=87=D0=BD=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5 =D0=BE=D1=82 =D0=BF=D0=BE=D1=89=D0=B5=D0=BD=D1=81=D0=BA=D0=B0=D1=82=
=D0=B0 =D1=81=D0=B8=D1=81=D1=82=D0=B5=D0=BC=D0=B0 =D0=BD=D0=B0 ABV.bg.

=D0=92=D0=B0=D1=88=D0=B5=D1=82=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=
=D0=BD=D0=B8=D0=B5 =D0=BD=D0=B5 =D0=BC=D0=BE=D0=B6=D0=B0 =D0=B4=D0=B0 =D0=
=B1=D1=8A=D0=B4=D0=B5 =D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=
=BE =D0=B4=D0=BE =D1=81=D0=BB=D0=B5=D0=B4=D0=BD=D0=B8=D1=8F =D0=BF=D0=BE=D0=
=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB:

    petya.ivanova82@abv.bg

=D0=9F=D1=80=D0=B8=D1=87=D0=B8=D0=BD=D0=B0: =D0=BF=D0=BE=D1=89=D0=B5=D0=BD=
=D1=81=D0=BA=D0=B0=D1=82=D0=B0 =D0=BA=D1=83=D1=82=D0=B8=D1=8F =D0=BD=D0=B0 =
=D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB=D1=8F =D0=B5 =D0=BF=
=D1=8A=D0=BB=D0=BD=D0=B0 (=D0=BD=D0=B0=D0=B4=D0=B2=D0=B8=D1=88=D0=B5=D0=BD =
=D0=BB=D0=B8=D0=BC=D0=B8=D1=82 =D0=BD=D0=B0
=D1=80=D0=B0=D0=B7=D0=BC=D0=B5=D1=80=D0=B0).

=D0=A1=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5=D1=82=D0=BE =D0=B1=
=D0=B5=D1=88=D0=B5 =D0=B2 =D0=BE=D0=BF=D0=B0=D1=88=D0=BA=D0=B0=D1=82=D0=B0 =
72 =D1=87=D0=B0=D1=81=D0=B0. =D0=9F=D0=BE=D0=B2=D0=B5=D1=87=D0=B5 =D0=BE=D0=
=BF=D0=B8=D1=82=D0=B8 =D0=B7=D0=B0 =D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=
=BA=D0=B0 =D0=BD=D1=8F=D0=BC=D0=B0 =D0=B4=D0=B0
=D0=B1=D1=8A=D0=B4=D0=B0=D1=82 =D0=BD=D0=B0=D0=BF=D1=80=D0=B0=D0=B2=D0=B5=
=D0=BD=D0=B8.

----------------------------------------------------------------------

Hello,

This is an automatic message from the ABV.bg mail system.
Your message could not be delivered to petya.ivanova82@abv.bg:
mailbox full (quota exceeded). The message was queued for 72 hours.
No further delivery attempts will be made.

------=_abv_dsn_40218
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.abv.bg
Arrival-Date: Wed, 14 Oct 2026 16:58:02 +0300

Final-Recipient: rfc822; petya.ivanova82@abv.bg
Action: failed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Last-Attempt-Date: Sat, 17 Oct 2026 17:05:27 +0300

------=_abv_dsn_40218
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [192.0.2.25])
	by mx.abv.bg with ESMTPS id 40218
	for <petya.ivanova82@abv.bg>; Wed, 14 Oct 2026 16:58:02 +0300
Date: Wed, 14 Oct 2026 15:57:58 +0200
From: Shop Example Privacy <privacy@shop.example.be>
To: =?utf-8?b?0J/QtdGC0Y8g0JjQstCw0L3QvtCy0LA=?= <petya.ivanova82@abv.bg>
Subject: =?utf-8?b?UmU6INCU0LDQvdC90Lgg0L7RgiBXaS1GaSDQt9CwINCz0L7RgdGC0Lgg?=
 =?utf-8?b?4oCTINC40YHQutCw0L3QtSDQt9CwINC00L7RgdGC0YrQvw==?=
Message-ID: <desk.20261014.135758.6331@desk.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="desk-6331-mixed"

------=_abv_dsn_40218--
'''),
    ('bg', 'parking-operator-helpdesk-ticket-ack-deletion-request', 'automated', (),
'''Return-Path: <support+bounces-48215@parkguard.example>
Received: from out-7.helpdesk.parkguard.example (out-7.helpdesk.parkguard.example [198.51.100.107])
        (using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JrK5c8Bp3z4x1Tw
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 11:47:36 +0200 (CEST)
From: =?utf-8?b?UGFya0d1YXJkINCf0L7QtNC00YDRitC20LrQsA==?= <support@parkguard.example>
Reply-To: =?utf-8?b?UGFya0d1YXJkINCf0L7QtNC00YDRitC20LrQsA==?= <support@parkguard.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?b?WyM0ODIxNV0g0J/QvtC70YPRh9C40YXQvNC1INCy0LDRiNCw0YLQsCA=?=
 =?utf-8?b?0LfQsNGP0LLQutCwOiDQmNGB0LrQsNC90LUg0LfQsCDQuNC30YLRgNC40LLQsNC9?=
 =?utf-8?b?0LUg4oCTINC30LDQv9C40YHQuCDQvtGCIEFOUFIg0LrQsNC80LXRgNC4LCDQv9Cw?=
 =?utf-8?b?0YDQutC40L3QsyBXaWpuZWdlbQ==?=
Date: Fri, 16 Oct 2026 09:47:33 +0000
Message-ID: <ticket-48215-ack-0@help.parkguard.example>
In-Reply-To: <desk.20261016.094719.6356@desk.shop.example.be>
References: <desk.20261016.094719.6356@desk.shop.example.be>
Auto-Submitted: auto-generated
X-Helpdesk-Ticket-ID: 48215
X-Helpdesk-Language: bg
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="hd_48215_ack"

--hd_48215_ack
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JHQu9Cw0LPQvtC00LDRgNC40Lwg0LLQuCwg0YfQtSDRgdC1
INGB0LLRitGA0LfQsNGF0YLQtSDRgSBQYXJrR3VhcmQuCgrQktCw0YjQsNGC0LAg0LfQsNGP0LLQ
utCwINC1INGA0LXQs9C40YHRgtGA0LjRgNCw0L3QsCDQv9C+0LQg0L3QvtC80LXRgCAjNDgyMTUg
0Lgg0LUg0L3QsNGB0L7Rh9C10L3QsCDQutGK0Lwg0LXQutC40L8g4oCe0JfQsNGJ0LjRgtCwINC9
0LAg0LTQsNC90L3QuNGC0LXigJwuINCp0LUg0L/QvtC70YPRh9C40YLQtSDQvtGC0LPQvtCy0L7R
gCDQsiDRgNCw0LzQutC40YLQtSDQvdCwIDUg0YDQsNCx0L7RgtC90Lgg0LTQvdC4LiDQmNGB0LrQ
sNC90LjRj9GC0LAg0L3QsCDRgdGD0LHQtdC60YLQuCDQvdCwINC00LDQvdC90Lgg0L/QviBHRFBS
INC+0LHRgNCw0LHQvtGC0LLQsNC80LUg0LIg0LfQsNC60L7QvdC+0LLQuNGPINGB0YDQvtC6INC+
0YIg0LXQtNC40L0g0LzQtdGB0LXRhi4KCtCi0LXQvNCwOiDQmNGB0LrQsNC90LUg0LfQsCDQuNC3
0YLRgNC40LLQsNC90LUg4oCTINC30LDQv9C40YHQuCDQvtGCIEFOUFIg0LrQsNC80LXRgNC4LCDQ
v9Cw0YDQutC40L3QsyBXaWpuZWdlbQrQn9GA0LjQvtGA0LjRgtC10YI6INC90L7RgNC80LDQu9C1
0L0K0KHRgtCw0YLRg9GBOiDQvtGC0LLQvtGA0LXQvdCwCgrQnNC+0LbQtdGC0LUg0LTQsCDRgdC7
0LXQtNC40YLQtSDQt9Cw0Y/QstC60LDRgtCwINGB0Lgg0YLRg9C6OiBodHRwczovL2hlbHAucGFy
a2d1YXJkLmV4YW1wbGUvdGlja2V0cy80ODIxNQoK0JDQutC+INC40YHQutCw0YLQtSDQtNCwINC0
0L7QsdCw0LLQuNGC0LUg0LjQvdGE0L7RgNC80LDRhtC40Y8sINC/0YDQvtGB0YLQviDQvtGC0LPQ
vtCy0L7RgNC10YLQtSDQvdCwINGC0L7Qt9C4INC40LzQtdC50LssINCx0LXQtyDQtNCwINC/0YDQ
vtC80LXQvdGP0YLQtSDRgtC10LzQsNGC0LAuCgrQn9C+0LfQtNGA0LDQstC4LArQldC60LjQv9GK
0YIg0L3QsCBQYXJrR3VhcmQKCtCi0L7QstCwINC1INCw0LLRgtC+0LzQsNGC0LjRh9C90L4g0L/Q
vtGC0LLRitGA0LbQtNC10L3QuNC1Lgo=

--hd_48215_ack
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGRpdiBzdHlsZT0iZm9udC1mYW1pbHk6QXJpYWwsc2Fucy1zZXJpZjtmb250LXNpemU6MTRweDtj
b2xvcjojMzMzIj4KPHA+0JfQtNGA0LDQstC10LnRgtC1LDwvcD4KPHA+0JHQu9Cw0LPQvtC00LDR
gNC40Lwg0LLQuCwg0YfQtSDRgdC1INGB0LLRitGA0LfQsNGF0YLQtSDRgSBQYXJrR3VhcmQuPC9w
Pgo8cD7QktCw0YjQsNGC0LAg0LfQsNGP0LLQutCwINC1INGA0LXQs9C40YHRgtGA0LjRgNCw0L3Q
sCDQv9C+0LQg0L3QvtC80LXRgCAjNDgyMTUg0Lgg0LUg0L3QsNGB0L7Rh9C10L3QsCDQutGK0Lwg
0LXQutC40L8g4oCe0JfQsNGJ0LjRgtCwINC90LAg0LTQsNC90L3QuNGC0LXigJwuINCp0LUg0L/Q
vtC70YPRh9C40YLQtSDQvtGC0LPQvtCy0L7RgCDQsiDRgNCw0LzQutC40YLQtSDQvdCwIDUg0YDQ
sNCx0L7RgtC90Lgg0LTQvdC4LiDQmNGB0LrQsNC90LjRj9GC0LAg0L3QsCDRgdGD0LHQtdC60YLQ
uCDQvdCwINC00LDQvdC90Lgg0L/QviBHRFBSINC+0LHRgNCw0LHQvtGC0LLQsNC80LUg0LIg0LfQ
sNC60L7QvdC+0LLQuNGPINGB0YDQvtC6INC+0YIg0LXQtNC40L0g0LzQtdGB0LXRhi48L3A+Cjxw
PtCi0LXQvNCwOiDQmNGB0LrQsNC90LUg0LfQsCDQuNC30YLRgNC40LLQsNC90LUg4oCTINC30LDQ
v9C40YHQuCDQvtGCIEFOUFIg0LrQsNC80LXRgNC4LCDQv9Cw0YDQutC40L3QsyBXaWpuZWdlbTxi
cj4K0J/RgNC40L7RgNC40YLQtdGCOiDQvdC+0YDQvNCw0LvQtdC9PGJyPgrQodGC0LDRgtGD0YE6
INC+0YLQstC+0YDQtdC90LA8L3A+CjxwPtCc0L7QttC10YLQtSDQtNCwINGB0LvQtdC00LjRgtC1
INC30LDRj9Cy0LrQsNGC0LAg0YHQuCDRgtGD0Lo6IGh0dHBzOi8vaGVscC5wYXJrZ3VhcmQuZXhh
bXBsZS90aWNrZXRzLzQ4MjE1PC9wPgo8cD7QkNC60L4g0LjRgdC60LDRgtC1INC00LAg0LTQvtCx
0LDQstC40YLQtSDQuNC90YTQvtGA0LzQsNGG0LjRjywg0L/RgNC+0YHRgtC+INC+0YLQs9C+0LLQ
vtGA0LXRgtC1INC90LAg0YLQvtC30Lgg0LjQvNC10LnQuywg0LHQtdC3INC00LAg0L/RgNC+0LzQ
tdC90Y/RgtC1INGC0LXQvNCw0YLQsC48L3A+CjxwPtCf0L7Qt9C00YDQsNCy0LgsPGJyPgrQldC6
0LjQv9GK0YIg0L3QsCBQYXJrR3VhcmQ8L3A+CjxwPtCi0L7QstCwINC1INCw0LLRgtC+0LzQsNGC
0LjRh9C90L4g0L/QvtGC0LLRitGA0LbQtNC10L3QuNC1LjwvcD4KPHAgc3R5bGU9ImNvbG9yOiM5
OTk7Zm9udC1zaXplOjExcHgiPiMjLSDQnNC+0LvRjywg0L/QuNGI0LXRgtC1INC90LDQtCDRgtC+
0LfQuCDRgNC10LQgLSMjPC9wPgo8L2Rpdj4K

--hd_48215_ack--
'''),
    ('bg', 'guest-wifi-platform-retention-purge-report', 'automated', (),
'''Return-Path: <reports@airportal.example>
Received: from mta1.airportal.example (mta1.airportal.example [198.51.100.61])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JsW3h6Ny9z4x2Kv
        for <privacy@shop.example.be>; Sun, 01 Nov 2026 04:03:51 +0100 (CET)
From: AirPortal <reports@airportal.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?0JDQstGC0L7QvNCw0YLQuNGH0L3QviDQuNC30YLRgNC40LLQsNC90LUg?=
 =?utf-8?b?0L3QsCDQtNCw0L3QvdC4IOKAkyBTaG9wIEV4YW1wbGUgTlYgKEJFKSwg0L7QutGC?=
 =?utf-8?b?0L7QvNCy0YDQuCAyMDI2?=
Date: Sun, 01 Nov 2026 03:03:48 +0000
Message-ID: <retention.be-shopexample.202610.7a1d@airportal.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

0J7RgtGH0LXRgiDQt9CwINCw0LLRgtC+0LzQsNGC0LjRh9C90L4g0LjQt9GC0YDQuNCy0LDQvdC1
INC90LAg0LvQuNGH0L3QuCDQtNCw0L3QvdC4CgrQkNC60LDRg9C90YI6ICAgICBTaG9wIEV4YW1w
bGUgTlYgKEJFKSDigJMgV2ktRmkg0LfQsCDQs9C+0YHRgtC4LCAxNCDQvtCx0LXQutGC0LAK0J/Q
tdGA0LjQvtC0OiAgICAgMDEuMTAuMjAyNiDigJMgMzEuMTAuMjAyNgrQn9C+0LvQuNGC0LjQutCw
INC30LAg0YHRitGF0YDQsNC90LXQvdC40LU6CiAgLSDQtNCw0L3QvdC4INC30LAg0YHQtdGB0LjQ
uCDQuCDRg9GB0YLRgNC+0LnRgdGC0LLQsDogOTAg0LTQvdC4CiAgLSDQuNC80LXQudC7INCw0LTR
gNC10YHQuCDQvdCwINCz0L7RgdGC0Lgg0LHQtdC3INCy0YXQvtC0OiA5MCDQtNC90LgKICAtINC8
0LDRgNC60LXRgtC40L3Qs9C+0LLQuCDRgdGK0LPQu9Cw0YHQuNGPOiDQtNC+INC+0YLRgtC10LPQ
u9GP0L3QtQoK0JjQt9GC0YDQuNGC0Lgg0LfQsNC/0LjRgdC4CiAg0KHQtdGB0LjQuCAo0L3QsNGH
0LDQu9C+LCDQutGA0LDQuSwg0L7QsdC10Lwg0YLRgNCw0YTQuNC6KTogICAgICAgICAgNDEgODcy
CiAgTUFDINCw0LTRgNC10YHQuCDQvdCwINGD0YHRgtGA0L7QudGB0YLQstCwICjRhdC10YjQuNGA
0LDQvdC4KTogICAgICAgIDE4IDMwOQogINCY0LzQtdC50Lsg0LDQtNGA0LXRgdC4INC90LAg0LPQ
vtGB0YLQuDogICAgICAgICAgICAgICAgICAgICAgIDIgMTQ0CiAg0JfQsNC/0LjRgdC4INC30LAg
0YHRitCz0LvQsNGB0LjQtSAo0L7RgtGC0LXQs9C70LXQvdC4KTogICAgICAgICAgICAgICAgIDYz
CgrQmNGB0LrQsNC90LjRjyDQvtGCINGB0YPQsdC10LrRgtC4INC90LAg0LTQsNC90L3QuCwg0L/Q
vtC00LDQtNC10L3QuCDQv9GA0LXQtyDQv9C+0YDRgtCw0LvQsAogINCU0L7RgdGC0YrQvzogICAg
ICAgMiAo0LjQt9C/0YrQu9C90LXQvdC4KQogINCY0LfRgtGA0LjQstCw0L3QtTogICAgNSAo0LjQ
t9C/0YrQu9C90LXQvdC4KQogINCS0YrQt9GA0LDQttC10L3QuNC1OiAgIDAKCtCT0YDQtdGI0LrQ
uCDQv9GA0Lgg0LjQt9GC0YDQuNCy0LDQvdC1OiDQvdGP0LzQsArQodC70LXQtNCy0LDRidC+INC/
0LvQsNC90LjRgNCw0L3QviDQuNC30YLRgNC40LLQsNC90LU6IDAxLjEyLjIwMjYsIDAzOjAwIFVU
QwoK0J/RitC70L3QuNGP0YIg0LbRg9GA0L3QsNC7IChDU1YsINC/0L7QtNC/0LjRgdCw0L0g0YEg
U0hBLTI1Nikg0LUg0LTQvtGB0YLRitC/0LXQvSDQsiDQutC+0L3Qt9C+0LvQsNGC0LA6Cmh0dHBz
Oi8vY29uc29sZS5haXJwb3J0YWwuZXhhbXBsZS9yZXRlbnRpb24vMjAyNi0xMAoK0J/QvtC70YPR
h9Cw0LLQsNGC0LUg0YLQvtC30Lgg0L7RgtGH0LXRgiwg0LfQsNGJ0L7RgtC+INGB0YLQtSDQv9C+
0YHQvtGH0LXQvdC4INC60LDRgtC+INC60L7QvdGC0LDQutGCINC30LAg0LfQsNGJ0LjRgtCwINC9
0LAK0LTQsNC90L3QuNGC0LUg0LIg0LDQutCw0YPQvdGC0LAuINCf0YDQvtC80Y/QvdCwINC90LAg
0L/QvtC70YPRh9Cw0YLQtdC70LjRgtC1OiDQndCw0YHRgtGA0L7QudC60LggPiDQodGK0L7RgtCy
0LXRgtGB0YLQstC40LUgPgrQntGC0YfQtdGC0LguCgpBaXJQb3J0YWwg0JXQntCe0JQg4oCTINC/
0LvQsNGC0YTQvtGA0LzQsCDQt9CwIFdpLUZpINC30LAg0LPQvtGB0YLQuArQsdGD0LsuIOKAntCm
0LDRgNC40LPRgNCw0LTRgdC60L4g0YjQvtGB0LXigJwgMTE1LCAxNzg0INCh0L7RhNC40Y8K
'''),
    ('bg', 'person-paid-parking-fine-asks-confirmation', 'other', (),
'''Return-Path: <g.dimitrov@abv.bg>
Received: from mx.abv.bg (mx.abv.bg [203.0.113.195])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JrD2s7Hq5z4x8Bm
        for <privacy@shop.example.be>; Fri, 09 Oct 2026 19:12:40 +0200 (CEST)
Received: from nm41.abv.bg (nm41.abv.bg [10.1.11.41])
	by mx.abv.bg (Postfix) with ESMTP id 7D21A6B0C4
	for <privacy@shop.example.be>; Fri,  9 Oct 2026 20:12:38 +0300 (EEST)
Date: Fri, 9 Oct 2026 20:12:38 +0300 (EEST)
From: =?utf-8?b?0JPQtdC+0YDQs9C4INCU0LjQvNC40YLRgNC+0LI=?= <g.dimitrov@abv.bg>
To: privacy@shop.example.be
Message-ID: <1489203117.172804.1791565958410@nm41.abv.bg>
Subject: =?utf-8?b?UmU6INCY0LfQstC10YHRgtC40LUg0LfQsCDQvdC10L/Qu9Cw0YLQtdC9?=
 =?utf-8?b?0LAg0YLQsNC60YHQsCDQt9CwINC/0LDRgNC60LjRgNCw0L3QtSBQRy1CRS0yMDI2?=
 =?utf-8?b?LTA5MjYtNjE4MDQ=?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
Importance: Normal
X-Mailer: AbvMail 3.0

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=9F=D0=BB=D0=B0=D1=82=D0=B8=D1=85 =D1=82=D0=B0=D0=BA=D1=81=D0=B0=D1=82=
=D0=B0 =D0=B2=D1=87=D0=B5=D1=80=D0=B0 =D0=BF=D0=BE =D0=B1=D0=B0=D0=BD=D0=BA=
=D0=BE=D0=B2 =D0=BF=D1=8A=D1=82, 45 =D0=B5=D0=B2=D1=80=D0=BE, =D1=81 =D0=BE=
=D1=81=D0=BD=D0=BE=D0=B2=D0=B0=D0=BD=D0=B8=D0=B5 PG-BE-2026-0926-61804 (=D0=
=BF=D1=80=D0=B5=D0=B2=D0=BE=D0=B4 =D0=BE=D1=82 Fibank, =D0=B0=D0=BA=D0=BE =
=D0=B8=D0=BC=D0=B0 =D0=B7=D0=BD=D0=B0=D1=87=D0=B5=D0=BD=D0=B8=D0=B5). =D0=
=9F=D0=B8=D1=88=D0=B0 =D0=B2=D0=B8 =D0=BD=D0=B0 =D1=82=D0=BE=D0=B7=D0=B8 =
=D0=B0=D0=B4=D1=80=D0=B5=D1=81, =D0=B7=D0=B0=D1=89=D0=BE=D1=82=D0=BE =D0=BE=
=D1=82 =D0=B4=D1=80=D1=83=D0=B3=D0=B8=D1=8F =D0=BC=D0=B8 =D0=B2=D1=8A=D1=80=
=D0=BD=D0=B0, =D1=87=D0=B5 =D0=BD=D0=B5 =D1=81=D0=B5 =D1=87=D0=B5=D1=82=D0=
=B5.

=D0=9C=D0=BE=D0=B6=D0=B5 =D0=BB=D0=B8 =D1=81=D0=B0=D0=BC=D0=BE =D0=B4=D0=B0=
 =D0=BF=D0=BE=D1=82=D0=B2=D1=8A=D1=80=D0=B4=D0=B8=D1=82=D0=B5, =D1=87=D0=B5=
 =D0=BF=D0=BB=D0=B0=D1=89=D0=B0=D0=BD=D0=B5=D1=82=D0=BE =D0=B5 =D0=BF=D0=BE=
=D0=BB=D1=83=D1=87=D0=B5=D0=BD=D0=BE =D0=B8 =D1=87=D0=B5 =D0=BD=D1=8F=D0=BC=
=D0=B0 =D0=B4=D0=B0 =D0=BC=D0=B8 =D0=BD=D0=B0=D1=87=D0=B8=D1=81=D0=BB=D1=8F=
=D1=82 =D0=B4=D0=BE=D0=BF=D1=8A=D0=BB=D0=BD=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=
=D0=B8=D1=82=D0=B5 30 =D0=B5=D0=B2=D1=80=D0=BE? =D0=A1=D0=BB=D0=B5=D0=B4=D0=
=B2=D0=B0=D1=89=D0=B0=D1=82=D0=B0 =D1=81=D0=B5=D0=B4=D0=BC=D0=B8=D1=86=D0=
=B0 =D0=B7=D0=B0=D0=BC=D0=B8=D0=BD=D0=B0=D0=B2=D0=B0=D0=BC =D0=B7=D0=B0 =D0=
=91=D1=8A=D0=BB=D0=B3=D0=B0=D1=80=D0=B8=D1=8F =D0=B8 =D0=BD=D0=B5 =D0=B8=D1=
=81=D0=BA=D0=B0=D0=BC =D0=B8=D0=B7=D0=BD=D0=B5=D0=BD=D0=B0=D0=B4=D0=B8.

=D0=91=D0=BB=D0=B0=D0=B3=D0=BE=D0=B4=D0=B0=D1=80=D1=8F,
=D0=93=D0=B5=D0=BE=D1=80=D0=B3=D0=B8 =D0=94=D0=B8=D0=BC=D0=B8=D1=82=D1=80=
=D0=BE=D0=B2
+359 888 417 203


-------- =D0=9E=D1=80=D0=B8=D0=B3=D0=B8=D0=BD=D0=B0=D0=BB=D0=BD=D0=BE =D0=
=BF=D0=B8=D1=81=D0=BC=D0=BE --------
=D0=9E=D1=82: ParkGuard <izvestiya@parkguard.example>
=D0=9E=D1=82=D0=BD=D0=BE=D1=81=D0=BD=D0=BE: =D0=98=D0=B7=D0=B2=D0=B5=D1=81=
=D1=82=D0=B8=D0=B5 =D0=B7=D0=B0 =D0=BD=D0=B5=D0=BF=D0=BB=D0=B0=D1=82=D0=B5=
=D0=BD=D0=B0 =D1=82=D0=B0=D0=BA=D1=81=D0=B0 =D0=B7=D0=B0 =D0=BF=D0=B0=D1=80=
=D0=BA=D0=B8=D1=80=D0=B0=D0=BD=D0=B5 PG-BE-2026-0926-61804
=D0=94=D0=BE: g.dimitrov@abv.bg
=D0=98=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE =D0=BD=D0=B0: 29.09.=
2026 06:31

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=9D=D0=B0=D1=88=D0=B0=D1=82=D0=B0 =D1=81=D0=B8=D1=81=D1=82=D0=B5=D0=BC=
=D0=B0 =D1=81 ANPR =D0=BA=D0=B0=D0=BC=D0=B5=D1=80=D0=B8 =D1=80=D0=B5=D0=B3=
=D0=B8=D1=81=D1=82=D1=80=D0=B8=D1=80=D0=B0 =D0=BF=D1=80=D0=B5=D1=81=D1=82=
=D0=BE=D0=B9 =D0=BD=D0=B0 =D0=B2=D0=B0=D1=88=D0=B8=D1=8F =D0=B0=D0=B2=D1=82=
=D0=BE=D0=BC=D0=BE=D0=B1=D0=B8=D0=BB =D0=BD=D0=B0=D0=B4 =D1=80=D0=B0=D0=B7=
=D1=80=D0=B5=D1=88=D0=B5=D0=BD=D0=BE=D1=82=D0=BE =D0=B1=D0=B5=D0=B7=D0=BF=
=D0=BB=D0=B0=D1=82=D0=BD=D0=BE =D0=B2=D1=80=D0=B5=D0=BC=D0=B5.

=D0=9D=D0=BE=D0=BC=D0=B5=D1=80 =D0=BD=D0=B0 =D0=B8=D0=B7=D0=B2=D0=B5=D1=81=
=D1=82=D0=B8=D0=B5=D1=82=D0=BE: PG-BE-2026-0926-61804
=D0=A0=D0=B5=D0=B3=D0=B8=D1=81=D1=82=D1=80=D0=B0=D1=86=D0=B8=D0=BE=D0=BD=D0=
=B5=D0=BD =D0=BD=D0=BE=D0=BC=D0=B5=D1=80: CB 4417 KM (BG)
=D0=9F=D0=B0=D1=80=D0=BA=D0=B8=D0=BD=D0=B3: Shop Example Antwerpen-Wijnegem
=D0=92=D0=BB=D0=B8=D0=B7=D0=B0=D0=BD=D0=B5: 26.09.2026, 12:08
=D0=98=D0=B7=D0=BB=D0=B8=D0=B7=D0=B0=D0=BD=D0=B5: 26.09.2026, 15:31
=D0=91=D0=B5=D0=B7=D0=BF=D0=BB=D0=B0=D1=82=D0=B5=D0=BD =D0=BF=D1=80=D0=B5=
=D1=81=D1=82=D0=BE=D0=B9 =D0=B7=D0=B0 =D0=BA=D0=BB=D0=B8=D0=B5=D0=BD=D1=82=
=D0=B8: 2 =D1=87=D0=B0=D1=81=D0=B0
=D0=A1=D1=83=D0=BC=D0=B0 =D0=B7=D0=B0 =D0=BF=D0=BB=D0=B0=D1=89=D0=B0=D0=BD=
=D0=B5: 45,00 EUR
=D0=9A=D1=80=D0=B0=D0=B5=D0=BD =D1=81=D1=80=D0=BE=D0=BA: 10.10.2026

=D0=A1=D0=BB=D0=B5=D0=B4 =D0=BA=D1=80=D0=B0=D0=B9=D0=BD=D0=B8=D1=8F =D1=81=
=D1=80=D0=BE=D0=BA =D1=81=D1=83=D0=BC=D0=B0=D1=82=D0=B0 =D1=81=D0=B5 =D1=83=
=D0=B2=D0=B5=D0=BB=D0=B8=D1=87=D0=B0=D0=B2=D0=B0 =D0=BD=D0=B0 75,00 EUR.

=D0=9F=D0=BB=D0=B0=D1=89=D0=B0=D0=BD=D0=B5 =D0=BE=D0=BD=D0=BB=D0=B0=D0=B9=
=D0=BD: https://pay.parkguard.example/PG-BE-2026-0926-61804
=D0=B8=D0=BB=D0=B8 =D0=BF=D0=BE =D0=B1=D0=B0=D0=BD=D0=BA=D0=BE=D0=B2 =D0=BF=
=D1=8A=D1=82: IBAN BE71 0961 2345 6769, =D0=BE=D1=81=D0=BD=D0=BE=D0=B2=D0=
=B0=D0=BD=D0=B8=D0=B5 PG-BE-2026-0926-61804

=D0=9B=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8: ParkGuard Eu=
rope NV =D0=BE=D0=B1=D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=B2=D0=B0 =D1=80=D0=B5=
=D0=B3=D0=B8=D1=81=D1=82=D1=80=D0=B0=D1=86=D0=B8=D0=BE=D0=BD=D0=BD=D0=B8=D1=
=8F =D0=BD=D0=BE=D0=BC=D0=B5=D1=80, =D1=81=D0=BD=D0=B8=D0=BC=D0=BA=D0=B8=D1=
=82=D0=B5 =D0=BE=D1=82 =D0=BA=D0=B0=D0=BC=D0=B5=D1=80=D0=B8=D1=82=D0=B5 =D0=
=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 =D1=81=D0=BE=D0=
=B1=D1=81=D1=82=D0=B2=D0=B5=D0=BD=D0=B8=D0=BA=D0=B0 =D0=BD=D0=B0 =D0=B0=D0=
=B2=D1=82=D0=BE=D0=BC=D0=BE=D0=B1=D0=B8=D0=BB=D0=B0, =D0=B7=D0=B0 =D0=B4=D0=
=B0 =D1=81=D1=8A=D0=B1=D0=B5=D1=80=D0=B5 =D0=B2=D0=B7=D0=B5=D0=BC=D0=B0=D0=
=BD=D0=B5=D1=82=D0=BE (=D1=87=D0=BB. 6, =D0=BF=D0=B0=D1=80. 1, =D0=B1=D1=83=
=D0=BA=D0=B2=D0=B0 =E2=80=9E=D0=B5=E2=80=9C =D0=BE=D1=82 GDPR). =D0=9F=D0=
=B0=D1=80=D0=BA=D0=B8=D0=BD=D0=B3=D1=8A=D1=82 =D1=81=D0=B5 =D1=83=D0=BF=D1=
=80=D0=B0=D0=B2=D0=BB=D1=8F=D0=B2=D0=B0 =D0=BE=D1=82 ParkGuard =D0=BE=D1=82=
 =D0=B8=D0=BC=D0=B5=D1=82=D0=BE =D0=BD=D0=B0 Shop Example NV. =D0=92=D1=8A=
=D0=BF=D1=80=D0=BE=D1=81=D0=B8 =D0=B7=D0=B0 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=
=D1=82=D0=B5: dpo@parkguard.example =D0=B8=D0=BB=D0=B8 privacy@shop.example=
.be.

=D0=A2=D0=BE=D0=B2=D0=B0 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5 =D0=B5 =D0=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE =D0=B0=
=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=BD=D0=BE. =D0=9E=D1=82=
=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 =D1=82=D0=BE=
=D0=B7=D0=B8 =D0=B0=D0=B4=D1=80=D0=B5=D1=81 =D0=BD=D0=B5 =D1=81=D0=B5 =D1=
=87=D0=B5=D1=82=D0=B0=D1=82.
'''),
]

"""Seventieth set: robot mail of the optician, hearing-care and pharmacy-products corner's systems (eye-test and hearing-test booking and reminders, contact-lens subscription billing and shipping, lens labs' and frame suppliers' order notices, the virtual try-on mirror's face-scan consent and deletion reports, hearing-aid apps and their cloud, health insurers' portals, prescription-upload confirmations, bounces and auto-replies incl. wp.pl, onet.pl, seznam.cz, t-com.hr, telia.com, yahoo.ro, otenet.gr, abv.bg, mail.bg), plus people whose mail looks automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'postfix-bounce-wp-pl-user-unknown-eye-test-copy', 'automated', (),
'''Return-Path: <>
Received: from relay1.shop.example.be (relay1.shop.example.be [192.0.2.21])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jb7Qm1XyTz9v3Kp
        for <privacy@shop.example.be>; Mon,  9 Mar 2026 09:14:53 +0100 (CET)
Received: by relay1.shop.example.be (Postfix)
        id 4Jb7Qm0VZ2z9v3Kn; Mon,  9 Mar 2026 09:14:52 +0100 (CET)
Date: Mon,  9 Mar 2026 09:14:52 +0100 (CET)
From: MAILER-DAEMON@relay1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4Jb7Qm0VZ2z9v3Kn.1773044092/relay1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260309081452.4Jb7Qm0VZ2z9v3Kn@relay1.shop.example.be>

This is a MIME-encapsulated message.

--4Jb7Qm0VZ2z9v3Kn.1773044092/relay1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kasia.wisniewska87@wp.pl>: host mx.wp.pl[203.0.113.48] said: 550 5.1.1
    <kasia.wisniewska87@wp.pl>: Recipient address rejected: Konto nie istnieje
    / Account does not exist (in reply to RCPT TO command)

--4Jb7Qm0VZ2z9v3Kn.1773044092/relay1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay1.shop.example.be
X-Postfix-Queue-ID: 4Jb7Qm0VZ2z9v3Kn
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon,  9 Mar 2026 09:14:51 +0100 (CET)

Final-Recipient: rfc822; kasia.wisniewska87@wp.pl
Original-Recipient: rfc822;kasia.wisniewska87@wp.pl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.wp.pl
Diagnostic-Code: smtp; 550 5.1.1 <kasia.wisniewska87@wp.pl>: Recipient address
    rejected: Konto nie istnieje / Account does not exist

--4Jb7Qm0VZ2z9v3Kn.1773044092/relay1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
        by relay1.shop.example.be (Postfix) with ESMTPS id 4Jb7Qm0VZ2z9v3Kn
        for <kasia.wisniewska87@wp.pl>; Mon,  9 Mar 2026 09:14:51 +0100 (CET)
Date: Mon, 9 Mar 2026 09:14:49 +0100
From: Shop Example - Ochrona danych <privacy@shop.example.be>
To: =?utf-8?q?Katarzyna_Wi=C5=9Bniewska?= <kasia.wisniewska87@wp.pl>
Subject: =?utf-8?q?Re=3A_Wyniki_badania_wzroku_-_pro=C5=9Bba_o_kopi=C4=99?=
Message-ID: <pt-20260309-0008814@helpdesk.shop.example.be>
In-Reply-To: <1772461120.4471.wp-webmail@wp.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Szanowna Pani,

w odpowiedzi na Pani wiadomość z 2 marca 2026 r. przesyłamy w załączniku
kopię wyników badania wzroku wykonanego 14 lutego 2026 r. w naszym punkcie
optycznym w Gandawie (ostrość wzroku, refrakcja, pomiar ciśnienia
wewnątrzgałkowego) oraz kopię recepty na okulary korekcyjne.

Zgodnie z art. 15 RODO informujemy również, że termin wizyty, imię,
nazwisko i numer telefonu przetwarza w naszym imieniu dostawca systemu
rezerwacji wizyt. Wyniki badania przechowujemy przez 5 lat od ostatniej
wizyty. Przysługuje Pani prawo do sprostowania i usunięcia danych oraz
prawo wniesienia skargi do belgijskiego organu nadzorczego (GBA/APD).

Z poważaniem
Zespół ds. ochrony danych
Shop Example BV

--4Jb7Qm0VZ2z9v3Kn.1773044092/relay1.shop.example.be--
'''),
    ('pl', 'lens-subscription-monthly-billing-statement-partner', 'automated', (),
'''Return-Path: <rozliczenia@lensplan.example>
Received: from smtp.lensplan.example (smtp.lensplan.example [198.51.100.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JdKq21Hw8z9v4Rt
        for <privacy@shop.example.be>; Wed,  1 Apr 2026 06:02:11 +0200 (CEST)
From: LensPlan Abonamenty <rozliczenia@lensplan.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Zestawienie_abonament=C3=B3w_soczewek_=E2=80=93_marzec_20?=
 =?utf-8?q?26_=E2=80=93_partner_0417?=
Date: Wed, 01 Apr 2026 04:02:09 +0000
Message-ID: <stmt-0417-202603.9f31c2e8@lensplan.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

poni=C5=BCej zestawienie rozlicze=C5=84 abonament=C3=B3w soczewek kontaktow=
ych sprzedanych
w punktach optycznych Shop Example za marzec 2026.

Partner:                     Shop Example BV (nr partnera 0417)
Okres rozliczeniowy:         01.03.2026 =E2=80=93 31.03.2026

Aktywne abonamenty:          184
Nowe abonamenty w marcu:      12
Zako=C5=84czone / anulowane:        5
Obci=C4=85=C5=BCenia udane:            176
Obci=C4=85=C5=BCenia nieudane:           8  (karta wygas=C5=82a: 5, brak =
=C5=9Brodk=C3=B3w: 2,
                                   odmowa banku: 1)

Prowizja za marzec:          1 126,40 EUR
Faktura prowizyjna:          FV/LP/2026/03/0417 (w panelu partnera)

Wysy=C5=82ki soczewek:            171 paczek, w tym 3 zwroty (adresat niezn=
any)

Abonamenty z nieudanym obci=C4=85=C5=BCeniem wstrzymujemy po trzeciej nieud=
anej
pr=C3=B3bie (1., 4. i 8. dzie=C5=84). Klient dostaje od nas przypomnienie e=
-mailem
i SMS-em, wi=C4=99c nie ma potrzeby kontaktowania si=C4=99 z nim przez Pa=
=C5=84stwa punkt.

Dane klient=C3=B3w abonamentu (imi=C4=99 i nazwisko, adres wysy=C5=82ki, pa=
rametry
soczewek) przetwarzamy jako odr=C4=99bny administrator zgodnie z RODO. List=
=C4=99
klient=C3=B3w z nieudanym obci=C4=85=C5=BCeniem udost=C4=99pniamy wy=C5=82=
=C4=85cznie w panelu partnera
po zalogowaniu i nie przesy=C5=82amy jej poczt=C4=85 elektroniczn=C4=85.

Prosimy nie odpowiada=C4=87 na t=C4=99 wiadomo=C5=9B=C4=87. Pytania dotycz=
=C4=85ce rozlicze=C5=84:
partnerzy@lensplan.example, tel. +48 61 640 22 17 (pn.=E2=80=93pt. 8:00=E2=
=80=9316:00).

--
LensPlan sp. z o.o.
ul. Sk=C5=82adowa 12, 61-897 Pozna=C5=84
NIP 779-24-18-553, KRS 0000871204
'''),
    ('pl', 'onet-autoresponder-frame-supplier-rep', 'automated', (),
'''Return-Path: <marek.zielinski.oprawki@onet.pl>
Received: from smtp.poczta.onet.pl (smtp.poczta.onet.pl [203.0.113.161])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JcPw63Lm1z9v2Xa
        for <privacy@shop.example.be>; Tue, 24 Mar 2026 10:41:27 +0100 (CET)
Received: from pmq15.m5r2.onet (pmq15.m5r2.onet [10.174.35.15])
        by smtp.poczta.onet.pl (Onet) with ESMTPA id 4JcPw62sKnz1yQ
        for <privacy@shop.example.be>; Tue, 24 Mar 2026 10:41:26 +0100 (CET)
From: =?utf-8?q?Marek_Zieli=C5=84ski?= <marek.zielinski.oprawki@onet.pl>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?q?Autoodpowied=C5=BA=3A_Grawerowanie_nazwisk_klient=C3=B3w_?=
 =?utf-8?q?na_oprawkach_=E2=80=93_umowa_powierzenia?=
Date: Tue, 24 Mar 2026 10:41:26 +0100
Message-Id: <autoreply.1774345286.22871@poczta.onet.pl>
In-Reply-To: <pt-20260324-0011029@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dzień dobry,

dziękuję za wiadomość. Od 23 marca do 5 kwietnia 2026 r. jestem na
urlopie i nie mam dostępu do poczty.

W sprawie zamówień oprawek, terminów dostaw i reklamacji proszę pisać na
zamowienia@oprawki-zielinski.example lub dzwonić: +48 58 305 41 90.
Sprawy umów i dokumentów (w tym umów powierzenia danych) prowadzi
w tym czasie p. Joanna Kaczmarek: j.kaczmarek@oprawki-zielinski.example.

Wiadomości nie są przekazywane dalej. Odpowiem po powrocie.

Pozdrawiam
Marek Zieliński
Przedstawiciel handlowy Benelux
Oprawki Zieliński s.c., Gdynia
'''),
    ('pl', 'booking-vendor-patient-erasure-notice-to-controller', 'automated', (),
'''Return-Path: <bounce+ot.88412@mail.optotermin.example>
Received: from out-12.mail.optotermin.example (out-12.mail.optotermin.example [198.51.100.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JcBt81Qz5z9v5Fh
        for <privacy@shop.example.be>; Thu, 19 Mar 2026 03:00:41 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=optotermin.example;
        s=ot1; t=1773885640; h=from:to:subject:date:message-id;
        bh=g7Hk2PqL9mX4vN1sR8tY5wE0cB3aJ6dF2oU9iZ4xM1=;
        b=Pr4Ks7Mv0Nx3Qz6Bc9Df2Gh5Jk8Lm1Np4Qr7St0Uv3Wx6Yz9Ab2Cd5Ef8Gh1Ij4Kl7
From: OptoTermin <powiadomienia@optotermin.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Powiadomienie_RODO=3A_usuni=C4=99cie_danych_pacjenta_PT-8?=
 =?utf-8?q?8412_=E2=80=93_anulowano_wizyt=C4=99?=
Date: Thu, 19 Mar 2026 02:00:40 +0000
Message-ID: <gdpr-erasure.PT-88412.1773885640@optotermin.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: OptoTermin Notify 3.8
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Szanowni Pa=C5=84stwo,

informujemy, =C5=BCe pacjent zarejestrowany w kalendarzu Pa=C5=84stwa plac=
=C3=B3wki
skorzysta=C5=82 z prawa do usuni=C4=99cia danych (art. 17 RODO) w aplikacji
OptoTermin.

Plac=C3=B3wka:            Shop Example Bruksela =E2=80=93 Louiza (konto OT-=
BE-0093)
Identyfikator:       PT-88412 (dane osobowe usuni=C4=99te)
=C5=BB=C4=85danie z=C5=82o=C5=BCone:     18.03.2026, 21:47
=C5=BB=C4=85danie wykonane:    19.03.2026, 03:00
Zakres usuni=C4=99cia:    konto pacjenta, historia rezerwacji, przypomnienia
                     SMS i e-mail, zgody marketingowe

Skutki dla kalendarza:
- anulowano 1 przysz=C5=82=C4=85 wizyt=C4=99: badanie wzroku, 24.03.2026, 1=
1:30,
  gabinet 2;
- wizyty archiwalne zanonimizowano (w statystykach jako =E2=80=9Epacjent
  usuni=C4=99ty=E2=80=9D).

OptoTermin dzia=C5=82a jako podmiot przetwarzaj=C4=85cy na podstawie umowy
powierzenia przetwarzania danych zawartej z Pa=C5=84stwa firm=C4=85. Za
dokumentacj=C4=99 z bada=C5=84 prowadzon=C4=85 poza systemem OptoTermin (np=
. karty
bada=C5=84, recepty) odpowiadaj=C4=85 Pa=C5=84stwo jako administrator danyc=
h.

Nie jest wymagane =C5=BCadne dzia=C5=82anie z Pa=C5=84stwa strony.

Wiadomo=C5=9B=C4=87 wys=C5=82ana automatycznie na adres kontaktowy ds. ochr=
ony danych
wskazany w ustawieniach konta. Zmiana adresu: Ustawienia > Firma > RODO.

OptoTermin sp. z o.o. | Wroc=C5=82aw | pomoc@optotermin.example
'''),
    ('pl', 'person-replies-above-prescription-upload-confirmation-delete-scan', 'deletion', (),
'''Return-Path: <agnieszka.nowaklis@interia.pl>
Received: from smtp.poczta.interia.pl (smtp.poczta.interia.pl [203.0.113.74])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JfRn93Vt7z9v1Cw
        for <privacy@shop.example.be>; Fri, 10 Apr 2026 22:17:05 +0200 (CEST)
Received: from localhost (localhost [127.0.0.1])
        by poczta.interia.pl (INTERIA.PL) with ESMTPSA id 6A1F230021C
        for <privacy@shop.example.be>; Fri, 10 Apr 2026 22:17:04 +0200 (CEST)
Date: Fri, 10 Apr 2026 22:17:03 +0200
From: Agnieszka Nowak-Lis <agnieszka.nowaklis@interia.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Potwierdzenie_przes=C5=82ania_recepty_RX-2026-04-11?=
 =?utf-8?q?87?=
Message-ID: <lhxqzmeyqkvbwjtrdgma@jwvm>
In-Reply-To: <rxup.RX-2026-04-1187@shop.example.be>
X-Mailer: interia.pl/pf09
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

ta recepta jest ju=C5=BC nieaktualna, okulary w ko=C5=84cu zam=C3=B3wi=C5=
=82am u optyka w
Polsce jak by=C5=82am u rodzic=C3=B3w. Prosz=C4=99 usun=C4=85=C4=87 ten ska=
n recepty i zdj=C4=99cie
dowodu, kt=C3=B3re te=C5=BC tam wgra=C5=82am (nie wiem po co, formularz o t=
o prosi=C5=82).
Nie chc=C4=99 =C5=BCeby to u Pa=C5=84stwa le=C5=BCa=C5=82o.

Konto mo=C5=BCe zosta=C4=87, kupuj=C4=99 u Was p=C5=82yn do soczewek.

Agnieszka Nowak-Lis

Dnia 2026-04-07 o godz. 18:03 Shop Example <noreply@shop.example.be>
napisa=C5=82(a):
> Shop Example =E2=80=93 Optyk online
>
> Potwierdzenie przes=C5=82ania recepty
>
> Dzi=C4=99kujemy! Otrzymali=C5=9Bmy Twoj=C4=85 recept=C4=99.
>
> Numer przes=C5=82ania:   RX-2026-04-1187
> Rodzaj:             recepta na okulary (skan, 1 strona)
> Dokument to=C5=BCsamo=C5=9Bci: do=C5=82=C4=85czono (zdj=C4=99cie)
> Przes=C5=82ano:          07.04.2026, 18:03
>
> Nasz optometrysta sprawdzi recept=C4=99 w ci=C4=85gu 2 dni roboczych. Gdy
> b=C4=99dzie gotowa, dostaniesz e-mail z linkiem do wyboru szkie=C5=82.
>
> Recepta jest dan=C4=85 dotycz=C4=85c=C4=85 zdrowia (art. 9 RODO). Przecho=
wujemy j=C4=85
> na Twoim koncie tak d=C5=82ugo, jak jest potrzebna do realizacji zam=C3=
=B3wie=C5=84.
> Wi=C4=99cej: shop.example.be/prywatnosc
>
> To jest wiadomo=C5=9B=C4=87 automatyczna, prosimy na ni=C4=85 nie odpowia=
da=C4=87.
'''),
    ('cs', 'seznam-email-cz-mailbox-full-hearing-test-reply', 'automated', (),
'''Return-Path: <>
Received: from mxout-3.seznam.cz (mxout-3.seznam.cz [203.0.113.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JcYd40Nf3z9v6Lm
        for <privacy@shop.example.be>; Wed, 25 Mar 2026 14:26:18 +0100 (CET)
From: Mail Delivery System <MAILER-DAEMON@seznam.cz>
To: privacy@shop.example.be
Subject: =?utf-8?q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va=3A_Re=3A_=C5=BD=C3=A1?=
 =?utf-8?q?dost_o_v=C3=BDmaz_=E2=80=93_audiogram_z_11=2E_2=2E_2026?=
Date: Wed, 25 Mar 2026 14:26:17 +0100
Message-ID: <dsn.2b71f0a4c9.20260325142617@mx3.seznam.cz>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="=_szn_dsn_7f31a0c2"

--=_szn_dsn_7f31a0c2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Toto je automatická zpráva poštovního systému Email.cz.

Vaši zprávu se nepodařilo doručit následujícímu adresátovi:

    jana.horakova.72@seznam.cz

Důvod: schránka adresáta je plná (překročena kvóta). Adresát musí
uvolnit místo ve své schránce. Zkuste zprávu odeslat později.

Na tuto zprávu neodpovídejte.

----------------------------------------------------------------------
This is an automatic message from the Email.cz mail system.
Your message could not be delivered: mailbox full (quota exceeded).

--=_szn_dsn_7f31a0c2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.seznam.cz
Arrival-Date: Wed, 25 Mar 2026 14:26:15 +0100

Final-Recipient: rfc822; jana.horakova.72@seznam.cz
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded

--=_szn_dsn_7f31a0c2
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from relay2.shop.example.be (relay2.shop.example.be [192.0.2.31])
        by mx3.seznam.cz (szn-email-smtpd) with ESMTPS
        for <jana.horakova.72@seznam.cz>; Wed, 25 Mar 2026 14:26:15 +0100 (CET)
Date: Wed, 25 Mar 2026 14:26:11 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?q?Jana_Hor=C3=A1kov=C3=A1?= <jana.horakova.72@seznam.cz>
Subject: =?utf-8?q?Re=3A_=C5=BD=C3=A1dost_o_v=C3=BDmaz_=E2=80=93_audiogram_z_11=2E?=
 =?utf-8?q?_2=2E_2026?=
Message-ID: <pt-20260325-0012207@helpdesk.shop.example.be>

--=_szn_dsn_7f31a0c2--
'''),
    ('cs', 'hearing-aid-cloud-client-granted-sharing-store-notice', 'automated', (),
'''Return-Path: <bounces+55-0412@notify.audilink.example>
Received: from o12.notify.audilink.example (o12.notify.audilink.example [198.51.100.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JbXr71Kc2z9v8Ns
        for <privacy@shop.example.be>; Thu, 12 Mar 2026 18:22:49 +0100 (CET)
From: AudiLink Pro <noreply@notify.audilink.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Klient_V=C3=A1m_ud=C4=9Blil_souhlas_se_sd=C3=ADlen=C3=ADm?=
 =?utf-8?q?_dat_ze_sluchadel?=
Date: Thu, 12 Mar 2026 17:22:47 +0000
Message-ID: <consent-granted.AL-CZ-203318.55-0412@notify.audilink.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
List-Unsubscribe: <https://pro.audilink.example/settings/notifications?u=55-0412>
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="al_alt_55_0412_b7"

--al_alt_55_0412_b7
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

klient propojil aplikaci AudiLink se sv=C3=BDm akustikem ve Va=C5=A1=C3=AD =
provozovn=C4=9B
a ud=C4=9Blil souhlas se sd=C3=ADlen=C3=ADm t=C4=9Bchto =C3=BAdaj=C5=AF:

  - audiogram a nastaven=C3=AD sluchadel (programy, hlasitost, redukce =C5=
=A1umu)
  - statistiky no=C5=A1en=C3=AD (hodiny denn=C4=9B, akustick=C3=A1 prost=C5=
=99ed=C3=AD)
  - =C5=BE=C3=A1dosti o vzd=C3=A1len=C3=A9 dolad=C4=9Bn=C3=AD (Remote Fit)

Nesd=C3=ADl=C3=AD se: poloha, kontakty, z=C3=A1znamy hovor=C5=AF, data z ji=
n=C3=BDch aplikac=C3=AD.

Provozovna:        Shop Example =E2=80=93 Brusel, akustika (AudiLink Pro ID=
 55-0412)
Klient:            K. D*****=C3=A1 (AL-CZ-203318)
Sluchadla:         AudiLink Vio 4 R / L, s=C3=A9r. =C4=8D. ***7731 / ***7732
Souhlas ud=C4=9Blen:    12. 3. 2026 18:22 (verze podm=C3=ADnek sd=C3=ADlen=
=C3=AD 2.3)
Platnost:          do odvol=C3=A1n=C3=AD

Klient m=C5=AF=C5=BEe souhlas kdykoli odvolat v aplikaci (Nastaven=C3=AD > =
Soukrom=C3=AD >
Sd=C3=ADlen=C3=AD s akustikem). Po odvol=C3=A1n=C3=AD ztrat=C3=ADte p=C5=99=
=C3=ADstup k nov=C3=BDm dat=C5=AFm. Data,
kter=C3=A1 si st=C3=A1hnete do vlastn=C3=ADho syst=C3=A9mu, spravujete jako=
 spr=C3=A1vce osobn=C3=ADch
=C3=BAdaj=C5=AF podle GDPR; =C3=BAdaje o sluchu jsou zvl=C3=A1=C5=A1tn=C3=
=AD kategori=C3=AD osobn=C3=ADch =C3=BAdaj=C5=AF
(=C4=8Dl. 9 GDPR).

P=C5=99ihl=C3=A1sit se do AudiLink Pro: https://pro.audilink.example/client=
s/AL-CZ-203318

Tento e-mail byl vygenerov=C3=A1n automaticky, neodpov=C3=ADdejte na n=C4=
=9Bj.
Nastaven=C3=AD ozn=C3=A1men=C3=AD: https://pro.audilink.example/settings/no=
tifications

AudiLink Hearing Solutions A/S =C2=B7 Lautrupvang 9 =C2=B7 2750 Ballerup =
=C2=B7 D=C3=A1nsko

--al_alt_55_0412_b7
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px">
<p>Dobr=C3=BD den,</p>
<p>klient propojil aplikaci <b>AudiLink</b> se sv=C3=BDm akustikem ve Va=C5=
=A1=C3=AD provozovn=C4=9B a ud=C4=9Blil souhlas se sd=C3=ADlen=C3=ADm t=C4=
=9Bchto =C3=BAdaj=C5=AF:</p>
<ul><li>audiogram a nastaven=C3=AD sluchadel (programy, hlasitost, redukce =
=C5=A1umu)</li>
<li>statistiky no=C5=A1en=C3=AD (hodiny denn=C4=9B, akustick=C3=A1 prost=C5=
=99ed=C3=AD)</li>
<li>=C5=BE=C3=A1dosti o vzd=C3=A1len=C3=A9 dolad=C4=9Bn=C3=AD (Remote Fit)<=
/li></ul>
<p>Nesd=C3=ADl=C3=AD se: poloha, kontakty, z=C3=A1znamy hovor=C5=AF, data z=
 jin=C3=BDch aplikac=C3=AD.</p>
<table cellpadding=3D"3">
<tr><td>Provozovna</td><td>Shop Example =E2=80=93 Brusel, akustika (AudiLin=
k Pro ID 55-0412)</td></tr>
<tr><td>Klient</td><td>K. D*****=C3=A1 (AL-CZ-203318)</td></tr>
<tr><td>Sluchadla</td><td>AudiLink Vio 4 R / L, s=C3=A9r. =C4=8D. ***7731 /=
 ***7732</td></tr>
<tr><td>Souhlas ud=C4=9Blen</td><td>12. 3. 2026 18:22 (verze podm=C3=ADnek =
sd=C3=ADlen=C3=AD 2.3)</td></tr>
<tr><td>Platnost</td><td>do odvol=C3=A1n=C3=AD</td></tr></table>
<p>Klient m=C5=AF=C5=BEe souhlas kdykoli odvolat v aplikaci (Nastaven=C3=AD=
 &gt; Soukrom=C3=AD &gt; Sd=C3=ADlen=C3=AD s akustikem). Po odvol=C3=A1n=C3=
=AD ztrat=C3=ADte p=C5=99=C3=ADstup k nov=C3=BDm dat=C5=AFm. Data, kter=C3=
=A1 si st=C3=A1hnete do vlastn=C3=ADho syst=C3=A9mu, spravujete jako spr=C3=
=A1vce osobn=C3=ADch =C3=BAdaj=C5=AF podle GDPR; =C3=BAdaje o sluchu jsou z=
vl=C3=A1=C5=A1tn=C3=AD kategori=C3=AD osobn=C3=ADch =C3=BAdaj=C5=AF (=C4=8D=
l. 9 GDPR).</p>
<p><a href=3D"https://pro.audilink.example/clients/AL-CZ-203318">P=C5=99ihl=
=C3=A1sit se do AudiLink Pro</a></p>
<p style=3D"color:#777;font-size:11px">Tento e-mail byl vygenerov=C3=A1n au=
tomaticky, neodpov=C3=ADdejte na n=C4=9Bj. <a href=3D"https://pro.audilink.=
example/settings/notifications">Nastaven=C3=AD ozn=C3=A1men=C3=AD</a><br>
AudiLink Hearing Solutions A/S =C2=B7 Lautrupvang 9 =C2=B7 2750 Ballerup =
=C2=B7 D=C3=A1nsko</p>
</body></html>

--al_alt_55_0412_b7--
'''),
    ('cs', 'health-insurer-registry-auto-ack-contribution-query', 'automated', (),
'''Return-Path: <podatelna@mzp.example>
Received: from esb-gw2.mzp.example (esb-gw2.mzp.example [198.51.100.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JdFh51Rp6z9v0Ba
        for <privacy@shop.example.be>; Tue, 31 Mar 2026 11:08:30 +0200 (CEST)
Received: from EXCH-PODATELNA.mzp.local (10.20.4.17) by esb-gw2.mzp.example
        (10.20.1.2) with Microsoft SMTP Server id 15.2.1544.4; Tue, 31 Mar 2026
        11:08:29 +0200
From: =?utf-8?q?Podatelna_MZP?= <podatelna@mzp.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Potvrzen=C3=AD_p=C5=99ijet=C3=AD_pod=C3=A1n=C3=AD_=C4=8D?=
 =?utf-8?q?=2E_j=2E_MZP/2026/041877?=
Date: Tue, 31 Mar 2026 11:08:29 +0200
Message-ID: <e5c1a4d2-77f0-4b1e-9a31-2f0c8d6b4e19@EXCH-PODATELNA.mzp.local>
In-Reply-To: <pt-20260331-0013650@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: DR, OOF, AutoReply
X-MS-Exchange-Transport-FromEntityHeader: Hosted
Content-Language: cs-CZ
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

VsOhxb5lbsOhIHBhbsOtLCB2w6HFvmVuw70gcGFuZSwKCnBvdHZyenVqZW1lIHDFmWlqZXTDrSBW
YcWhZWhvIGVsZWt0cm9uaWNrw6lobyBwb2TDoW7DrS4KCsSMw61zbG8gamVkbmFjw606ICAgICAg
TVpQLzIwMjYvMDQxODc3ClDFmWlqYXRvOiAgICAgICAgICAgIDMxLiAzLiAyMDI2IDExOjA4Ck9k
ZXPDrWxhdGVsOiAgICAgICAgIHByaXZhY3lAc2hvcC5leGFtcGxlLmJlClbEm2M6ICAgICAgICAg
ICAgICAgIERvdGF6IGsgcMWZZWTDoXbDoW7DrSBkb2tsYWTFryDigJMgcMWZw61zcMSbdmVrIG5h
IGJyw71sZQoKUG9kw6Fuw60gYnlsbyBwb3N0b3VwZW5vIHDFmcOtc2x1xaFuw6ltdSBvZGTEm2xl
bsOtLiBMaMWvdGEgcHJvIHZ5xZnDrXplbsOtIGplIDMwIGRuxa8Kb2RlIGRuZSBwxZlpamV0w60u
IFBvZMOhbsOtIHTDvWthasOtY8OtIHNlIG9jaHJhbnkgb3NvYm7DrWNoIMO6ZGFqxa8gdnnFmWl6
dWplCnBvdsSbxZllbmVjIHBybyBvY2hyYW51IG9zb2Juw61jaCDDumRhasWvIChwb3ZlcmVuZWNA
bXpwLmV4YW1wbGUpLgoKVXBvem9yxYh1amVtZSwgxb5lIGUtbWFpbGVtIG5lemFzw61sw6FtZSDD
umRhamUgbyB6ZHJhdm90bsOtbSBzdGF2dSBhbmkgbwrEjWVycMOhbsOtIHpkcmF2b3Ruw60gcMOp
xI1lIHBvamnFoXTEm25jxa8uIFR5dG8gaW5mb3JtYWNlIHBvc2t5dHVqZW1lIHBvdXplCnBvamnF
oXTEm25jaSBwbyBwxZlpaGzDocWhZW7DrSBkbyBwb3J0w6FsdSBNb2plIE1aUCBuZWJvIHByb3N0
xZllZG5pY3R2w61tIGRhdG92w6kKc2NocsOhbmt5IChJRDogbXpwN3g0aykuCgpUYXRvIHpwcsOh
dmEgYnlsYSB2eWdlbmVyb3bDoW5hIGF1dG9tYXRpY2t5LiBOZW9kcG92w61kZWp0ZSBuYSBuaS4K
Ck1vcmF2c2vDoSB6ZHJhdm90bsOtIHBvamnFocWlb3ZuYQpwb2RhdGVsbmEsIE1hc2FyeWtvdmEg
MTQsIDYwMiAwMCBCcm5vCg==
'''),
    ('cs', 'person-forwards-hearing-app-sharing-mail-asks-what-store-holds', 'access', (),
'''Return-Path: <kveta.duskova@seznam.cz>
Received: from mxf1.seznam.cz (mxf1.seznam.cz [203.0.113.207])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JcKs02Wd9z9v7Qe
        for <privacy@shop.example.be>; Sat, 21 Mar 2026 09:51:40 +0100 (CET)
Received: from email.seznam.cz
        by smtpc-mxf1 (smtpc-mxf1 [2a02:598:128:8a00::1000:a11])
        id 1f0b3c91e7a8d4c216e3a02b;
        Sat, 21 Mar 2026 09:51:39 +0100 (CET)
From: =?utf-8?q?Kv=C4=9Bta_Du=C5=A1kov=C3=A1?= <kveta.duskova@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Fwd=3A_Va=C5=A1e_data_nyn=C3=AD_sd=C3=ADl=C3=ADte_se_sv?=
 =?utf-8?q?=C3=BDm_akustikem?=
Date: Sat, 21 Mar 2026 09:51:39 +0100 (CET)
Message-Id: <1Ao.Zx3b.5r8k7TqVwE2.1fQh9c@seznam.cz>
Mime-Version: 1.0 (Szn Email)
X-Mailer: szn-mime-2.1.61
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

p=C5=99epos=C3=ADl=C3=A1m mail, kter=C3=BD mi p=C5=99i=C5=A1el z aplikace k=
e sluchadl=C5=AFm. Nepamatuju si,
=C5=BEe bych n=C4=9Bco takov=C3=A9ho schvalovala, nejsp=C3=AD=C5=A1 to odkl=
ikal syn, kdy=C5=BE mi tu
aplikaci v b=C5=99eznu nastavoval.

M=C5=AF=C5=BEete mi pros=C3=ADm napsat, jak=C3=A9 =C3=BAdaje o mn=C4=9B a o=
 m=C3=BDch sluchadlech te=C4=8F u v=C3=A1s
m=C3=A1te, odkdy a kdo u v=C3=A1s k nim m=C3=A1 p=C5=99=C3=ADstup? Sluchadl=
a mi nastavovala pan=C3=AD
v akustice u v=C3=A1s v Bruselu v lednu.

D=C4=9Bkuji
Kv=C4=9Bta Du=C5=A1kov=C3=A1
Rue Gray 118, 1040 Etterbeek

---------- P=C5=AFvodn=C3=AD e-mail ----------
Od: AudiLink <noreply@notify.audilink.example>
Komu: kveta.duskova@seznam.cz
Datum: 12. 3. 2026 18:22:51
P=C5=99edm=C4=9Bt: Va=C5=A1e data nyn=C3=AD sd=C3=ADl=C3=ADte se sv=C3=BDm =
akustikem

Dobr=C3=BD den,

Va=C5=A1e aplikace AudiLink je nyn=C3=AD propojena s akustikem:
Shop Example =E2=80=93 Brusel, akustika.

Akustik uvid=C3=AD V=C3=A1=C5=A1 audiogram, nastaven=C3=AD sluchadel, stati=
stiky no=C5=A1en=C3=AD a
Va=C5=A1e =C5=BE=C3=A1dosti o vzd=C3=A1len=C3=A9 dolad=C4=9Bn=C3=AD. Souhla=
s m=C5=AF=C5=BEete kdykoli odvolat
v aplikaci v =C4=8D=C3=A1sti Nastaven=C3=AD > Soukrom=C3=AD > Sd=C3=ADlen=
=C3=AD s akustikem.

Toto je automatick=C3=A1 zpr=C3=A1va, neodpov=C3=ADdejte na ni.
T=C3=BDm AudiLink
'''),
    ('hr', 'qmail-failure-notice-t-com-hr-try-on-scan-reply', 'automated', (),
'''Return-Path: <>
Received: from mail.t-com.hr (mail.t-com.hr [203.0.113.90])
        by mx1.shop.example.be (Postfix) with ESMTP id 4JbQk25Gv0z9v4Mn
        for <privacy@shop.example.be>; Tue, 10 Mar 2026 16:05:12 +0100 (CET)
Date: 10 Mar 2026 15:05:11 -0000
From: MAILER-DAEMON@mail.t-com.hr
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260310150511.28817.qmail@mail.t-com.hr>

Hi. This is the qmail-send program at mail.t-com.hr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ivana.bozic@t-com.hr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28815 invoked from network); 10 Mar 2026 15:05:11 -0000
Received: from relay2.shop.example.be (192.0.2.31)
  by mail.t-com.hr with ESMTPS; 10 Mar 2026 15:05:11 -0000
Date: Tue, 10 Mar 2026 16:05:08 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?q?Ivana_Bo=C5=BEi=C4=87?= <ivana.bozic@t-com.hr>
Subject: =?utf-8?q?Re=3A_Virtualno_isprobavanje_nao=C4=8Dala_=E2=80=93_brisanje_?=
 =?utf-8?q?snimke_lica?=
Message-ID: <pt-20260310-0009142@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovana gospođo Božić,

zahvaljujemo na Vašoj poruci od 4. ožujka 2026. Provjerili smo kod
dobavljača virtualnog ogledala: sken Vašeg lica iz naše trgovine u
Leuvenu (sesija od 28. veljače 2026.) nije bio spremljen u profil i
automatski je izbrisan nekoliko minuta nakon sesije. Na našim sustavima
nemamo nikakvu snimku ni fotografiju Vašeg lica.

Ostaje samo popis okvira koje ste isprobali, bez Vašeg imena.

S poštovanjem,
Tim za zaštitu podataka
Shop Example BV
'''),
    ('hr', 'office365-ndr-croatian-lens-lab-employee-gone', 'automated', (),
'''Return-Path: <>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05lp2170.outbound.protection.outlook.com [198.51.100.170])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JdMp61Fx4z9v5Kc
        for <privacy@shop.example.be>; Thu,  2 Apr 2026 10:47:34 +0200 (CEST)
Received: from VI1PR09MB4471.eurprd09.prod.outlook.com ([fe80::3c1a:77e2:1b90:4d5f])
        by VI1PR09MB4471.eurprd09.prod.outlook.com ([fe80::3c1a:77e2:1b90:4d5f%4])
        with mapi id 15.20.8632.021; Thu, 2 Apr 2026 08:47:32 +0000
From: Microsoft Outlook <postmaster@optilab-zg.example>
To: <privacy@shop.example.be>
Date: Thu, 2 Apr 2026 08:47:32 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="7b8e1f20-4c3d-4a51-9d06-ec2f51a6a0b3"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: hr-HR
Message-ID: <7f3d0a61-2b5c-4e8f-a1d9-6c40b2e97f18@VI1PR09MB4471.eurprd09.prod.outlook.com>
In-Reply-To: <pt-20260402-0013911@helpdesk.shop.example.be>
References: <pt-20260402-0013911@helpdesk.shop.example.be>
Subject: =?utf-8?q?Nije_isporu=C4=8Deno=3A_Lens_orders_-_patient_names_on_or?=
 =?utf-8?q?der_forms_/_DPA_annex?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: VI1PR09MB4471.eurprd09.prod.outlook.com

--7b8e1f20-4c3d-4a51-9d06-ec2f51a6a0b3
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Isporuka nije uspjela ovim primateljima ili grupama:

marija.kovac@optilab-zg.example
Adresa e-po=C5=A1te koju ste unijeli nije prona=C4=91ena. Provjerite adresu=
 e-po=C5=A1te
primatelja i poku=C5=A1ajte ponovno poslati poruku. Ako se problem nastavi,
obratite se slu=C5=BEbi za podr=C5=A1ku.

Dijagnosti=C4=8Dki podaci za administratore:

Generiraju=C4=87i poslu=C5=BEitelj: VI1PR09MB4471.eurprd09.prod.outlook.com

marija.kovac@optilab-zg.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
not found by SMTP address lookup'

Izvorna zaglavlja poruke:

Received: from AM0PR02CA0118.eurprd02.prod.outlook.com (2603:10a6:20b:28c::=
15)
 by VI1PR09MB4471.eurprd09.prod.outlook.com with HTTPS; Thu, 2 Apr 2026
 08:47:31 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: "marija.kovac@optilab-zg.example" <marija.kovac@optilab-zg.example>
Subject: Lens orders - patient names on order forms / DPA annex
Date: Thu, 2 Apr 2026 10:47:26 +0200
Message-ID: <pt-20260402-0013911@helpdesk.shop.example.be>

--7b8e1f20-4c3d-4a51-9d06-ec2f51a6a0b3
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR09MB4471.eurprd09.prod.outlook.com
Received-From-MTA: dns;AM0PR02CA0118.eurprd02.prod.outlook.com
Arrival-Date: Thu, 2 Apr 2026 08:47:31 +0000

Final-Recipient: rfc822;marija.kovac@optilab-zg.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--7b8e1f20-4c3d-4a51-9d06-ec2f51a6a0b3
Content-Type: text/rfc822-headers

Received: from AM0PR02CA0118.eurprd02.prod.outlook.com (2603:10a6:20b:28c::15)
 by VI1PR09MB4471.eurprd09.prod.outlook.com with HTTPS; Thu, 2 Apr 2026
 08:47:31 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: "marija.kovac@optilab-zg.example" <marija.kovac@optilab-zg.example>
Subject: Lens orders - patient names on order forms / DPA annex
Date: Thu, 2 Apr 2026 10:47:26 +0200
Message-ID: <pt-20260402-0013911@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--7b8e1f20-4c3d-4a51-9d06-ec2f51a6a0b3--
'''),
    ('hr', 'lens-lab-order-shipped-status-notice', 'automated', (),
'''Return-Path: <status@optilab-zg.example>
Received: from erp.optilab-zg.example (erp.optilab-zg.example [198.51.100.171])
        by mx1.shop.example.be (Postfix) with ESMTP id 4JdPb83Mq5z9v9Dk
        for <privacy@shop.example.be>; Thu,  2 Apr 2026 14:10:22 +0200 (CEST)
From: "OPTILAB d.o.o." <status@optilab-zg.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Narud=C5=BEba_OL-26-11873_=E2=80=93_POSLANO_=28Shop_Examp?=
 =?utf-8?q?le_Gent=29?=
Date: Thu, 2 Apr 2026 14:10:19 +0200
Message-ID: <OL-26-11873.status.4@erp.optilab-zg.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

OPTILAB d.o.o. - obavijest o statusu narudžbe

Kupac:            Shop Example BV, Gent (kupac br. 20417)
Narudžba:         OL-26-11873, zaprimljena 30.03.2026.
Vaša referenca:   GNT-0330-07
Pacijent (ref.):  J.M. (inicijali - puno ime se ne prenosi)

Stakla:           progresivna 1.6, AR Blue, fotokromatska siva
  D:  sph +1,25  cyl -0,50  ax 95   add 2,25
  L:  sph +1,00  cyl -0,75  ax 80   add 2,25
  PD 32 / 31,5   visina 19 / 19
Okvir:            poslan od kupca (tracer podaci primljeni)

Status:           POSLANO 02.04.2026. 14:10
Dostava:          GLS, broj pošiljke 6203 5518 7741
Očekivana isporuka: 07.04.2026.

Obavijest je poslana na adresu za obavijesti upisanu u Vaš korisnički
račun na portalu lab.optilab-zg.example. Adresu možete promijeniti u
izborniku Postavke > Kontakti.

OPTILAB d.o.o., Slavonska avenija 52, 10000 Zagreb, OIB 48211730925
'''),
    ('hr', 'virtual-try-on-vendor-monthly-face-scan-deletion-report', 'automated', (),
'''Return-Path: <reports@mirrorfit.example>
Received: from mailer.mirrorfit.example (mailer.mirrorfit.example [198.51.100.96])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JdHw20Lp1z9v3Yt
        for <privacy@shop.example.be>; Wed,  1 Apr 2026 07:00:16 +0200 (CEST)
From: MirrorFit - Privatnost <reports@mirrorfit.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Mjese=C4=8Dno_izvje=C5=A1=C4=87e_o_privolama_i_brisanju_s?=
 =?utf-8?q?kenova_lica_=E2=80=93_o=C5=BEujak_2026?=
Date: Wed, 01 Apr 2026 05:00:14 +0000
Message-ID: <gdpr-report-2026-03-SE-BE@mirrorfit.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: MirrorFit Reporting 2.4.1
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="mf-mixed-202603"

--mf-mixed-202603
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

UG/FoXRvdmFuaSwKCnUgbmFzdGF2a3UgamUgbWplc2XEjW5vIGl6dmplxaHEh2UgbyBvYnJhZGkg
YmlvbWV0cmlqc2tpaCBwb2RhdGFrYSBwdXRlbQp2aXJ0dWFsbm9nIG9nbGVkYWxhIE1pcnJvckZp
dCB1IFZhxaFpbSBwcm9kYWpuaW0gbWplc3RpbWEsIHN1a2xhZG5vCsSNbGFua3UgMjguIE9wxIdl
IHVyZWRiZSBvIHphxaF0aXRpIHBvZGF0YWthIChHRFBSKSBpIHVnb3ZvcnUgbyBvYnJhZGkKcG9k
YXRha2Egb2QgMTUuIHNpamXEjW5qYSAyMDI1LgoKUmF6ZG9ibGplOiAgICAgICAgMS4gLSAzMS4g
b8W+dWprYSAyMDI2LgpWb2RpdGVsaiBvYnJhZGU6ICBTaG9wIEV4YW1wbGUgQlYKUHJvZGFqbmEg
bWplc3RhOiAgR2VudCBLb3Jlbm1hcmt0LCBMZXV2ZW4gQm9uZGdlbm90ZW5sYWFuLCBCcnV4ZWxs
ZXMgTG91aXNlCgpTZXNpamUgaXNwcm9iYXZhbmphIHVrdXBubzogICAgICAgICAgICAgICAgICAg
ICAgIDIgMzE3CiAgLSBzIHByaXZvbG9tIHphIDNEIHNrZW4gbGljYTogICAgICAgICAgICAgICAg
ICAgMSA5NDIKICAtIGJleiBwcml2b2xlIChzYW1vIDJEIHByaWtheiBva3ZpcmEpOiAgICAgICAg
ICAgIDM3NQpQcml2b2xlIHBvdnXEjWVuZSB0aWpla29tIHNlc2lqZTogICAgICAgICAgICAgICAg
ICAgICAxNApTa2Vub3ZpIGxpY2EgaXpicmlzYW5pIG5ha29uIHNlc2lqZTogICAgICAgICAgICAg
IDEgOTI4ICAoYXV0b21hdHNraSwgbmFqa2FzbmlqZSAxMCBtaW4pClByb2ZpbGkgc3ByZW1samVu
aSBuYSB6YWh0amV2IGt1cGNhICgiU3ByZW1pIG1vaiBwcm9maWwiKTogICAxNApaYWh0amV2aSB6
YSBicmlzYW5qZSBzcHJlbWxqZW5paCBwcm9maWxhOiAgICAgICAgICAgICA2ICAoc3ZpIGl6dnLF
oWVuaSB1IHJva3Ugb2QgNzIgaCkKWmFodGpldmkgemEgcHJpc3R1cCBwb2RhY2ltYTogICAgICAg
ICAgICAgICAgICAgICAgICAgMSAgKG9kZ292b3Jlbm8gMTEuMDMuMjAyNi4pClBvdnJlZGUgb3Nv
Ym5paCBwb2RhdGFrYTogICAgICAgICAgICAgICAgICAgICAgICAgICAgIDAKCkJpb21ldHJpanNr
aSBwcmVkbG/FoWNpIG9icmHEkXVqdSBzZSBpc2tsanXEjWl2byBuYSB1cmXEkWFqdSBpIHUgcG9k
YXRrb3Zub20KY2VudHJ1IHUgRnJhbmtmdXJ0dTsgbmUgcHJlbm9zZSBzZSBpenZhbiBFR1AtYS4g
TmlqZSBiaWxvIHByb21qZW5hCnBvZGl6dnLFoWl0ZWxqYSBvYnJhZGUgdSBvdm9tIHJhemRvYmxq
dS4KClBvdHB1bmkgemFwaXNuaWsgbmFsYXppIHNlIHUgcHJpdml0a3UgKENTViwgYmV6IG9zb2Ju
aWggcG9kYXRha2EpLgoKT3ZvIGplIGF1dG9tYXRza2kgZ2VuZXJpcmFuYSBwb3J1a2EuIFBpdGFu
amEgbyBpenZqZcWhxId1IG1vxb5ldGUgdXB1dGl0aQpuYcWhZW0gc2x1xb5iZW5pa3UgemEgemHF
oXRpdHUgcG9kYXRha2E6IGRwb0BtaXJyb3JmaXQuZXhhbXBsZQoKTWlycm9yRml0IGQuby5vLgpS
YWRuacSNa2EgY2VzdGEgODAsIDEwMDAwIFphZ3JlYgo=

--mf-mixed-202603
Content-Type: text/csv; charset=utf-8; name="mirrorfit_zapisnik_2026-03.csv"
Content-Disposition: attachment; filename="mirrorfit_zapisnik_2026-03.csv"
Content-Transfer-Encoding: base64

ZGF0dW07cHJvZGFqbm9fbWplc3RvO3Nlc2lqZTtwcml2b2xlO3BvdnVjZW5lO2l6YnJpc2Fub19h
dXRvO3Byb2ZpbGlfc3ByZW1samVuaTticmlzYW5qYV9wcm9maWxhCjIwMjYtMDMtMDE7R05ULUtP
Ujs3MTs2MDswOzYwOzA7MAoyMDI2LTAzLTAyO0dOVC1LT1I7NTg7NDk7MTs0ODswOzEKMjAyNi0w
My0wMjtMRVUtQk9OOzY2OzU3OzA7NTY7MTswCjIwMjYtMDMtMzE7QlhMLUxPVTs5Mzs3OTsxOzc3
OzE7MAo=

--mf-mixed-202603--
'''),
    ('hr', 'person-one-line-marketing-stop-under-phone-and-legal-disclaimer', 'objection', (),
'''Return-Path: <tomislav.peric@apl-rijeka.example>
Received: from mail.apl-rijeka.example (mail.apl-rijeka.example [198.51.100.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JcTq75Hb8z9v2Pz
        for <privacy@shop.example.be>; Mon, 23 Mar 2026 07:48:55 +0100 (CET)
From: =?utf-8?q?Tomislav_Peri=C4=87?= <tomislav.peric@apl-rijeka.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Re: Proljetna akcija - 2+1 mjesecna pakiranja
Date: Mon, 23 Mar 2026 06:48:51 +0000
Message-ID: <DB9PR03MB7721F1A0C3E4B5D6A7B8C9D0E1F2A3B4@DB9PR03MB7721.eurprd03.prod.outlook.com>
In-Reply-To: <nl-2026-03-lenses.84471.hr@news.shop.example.be>
Accept-Language: hr-HR, en-US
Content-Language: hr-HR
X-MS-Has-Attach:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Molim vas da mi vise ne saljete promotivne mailove i SMS-ove za kontaktne
lece i akcije. Podsjetnik za kontrolni pregled vida moze ostati.

Tomislav Peric

Poslano s mog iPhonea

--
Tomislav Peri=C4=87, dipl. ing.
Voditelj projekata | Adriatic Port Logistics d.o.o.
Ulica Milutina Bara=C4=8Da 3, 51000 Rijeka
T: +385 51 644 210 | M: +385 98 174 3302

NAPOMENA O POVJERLJIVOSTI: Ova poruka i svi njezini privitci namijenjeni su
isklju=C4=8Divo osobi ili subjektu kojem su upu=C4=87eni i mogu sadr=C5=BEa=
vati povjerljive
i/ili zakonom za=C5=A1ti=C4=87ene informacije, uklju=C4=8Duju=C4=87i osobne=
 podatke u smislu
Op=C4=87e uredbe o za=C5=A1titi podataka (EU) 2016/679. Ako niste namjerava=
ni
primatelj, obavje=C5=A1tavamo Vas da je svako =C4=8Ditanje, kori=C5=A1tenje=
, umno=C5=BEavanje,
proslje=C4=91ivanje ili objavljivanje ove poruke strogo zabranjeno. Ako ste=
 ovu
poruku primili gre=C5=A1kom, molimo Vas da o tome odmah obavijestite po=C5=
=A1iljatelja
i trajno izbri=C5=A1ete poruku i sve njezine kopije iz svog sustava. Adriat=
ic
Port Logistics d.o.o. ne odgovara za =C5=A1tetu nastalu zbog virusa ili
izmjena sadr=C5=BEaja poruke tijekom prijenosa. Izjave u ovoj poruci ne
obvezuju dru=C5=A1tvo osim ako su potvr=C4=91ene pisanim putem ovla=C5=A1te=
ne osobe.

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely
for the addressee and may contain confidential or legally privileged
information. If you are not the intended recipient, please notify the
sender immediately and delete this e-mail. Any unauthorised use, disclosure
or copying is prohibited.
'''),
    ('sv', 'exim-delay-warning-telia-com-audiogram-copy', 'automated', (),
'''Return-Path: <>
Received: from relay2.shop.example.be ([192.0.2.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JcHn37Sd2z9v1Wf
        for <privacy@shop.example.be>; Thu, 19 Mar 2026 15:52:04 +0100 (CET)
Received: from mailnull by relay2.shop.example.be with local (Exim 4.97.1)
        id 1w3TqA-000Bq9-7F
        for privacy@shop.example.be;
        Thu, 19 Mar 2026 15:52:03 +0100
X-Failed-Recipients: lennart.hagstrom@telia.com
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay2.shop.example.be>
To: privacy@shop.example.be
References: <pt-20260318-0010877@helpdesk.shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1773931923-eximdsn-846930886
MIME-Version: 1.0
Subject: Warning: message 1w2zXk-000Ap1-3c delayed 24 hours
Message-Id: <E1w3TqA-000Bq9-7F@relay2.shop.example.be>
Date: Thu, 19 Mar 2026 15:52:03 +0100

--1773931923-eximdsn-846930886
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on relay2.shop.example.be.

The message identifier is:     1w2zXk-000Ap1-3c
The subject of the message is: =?utf-8?q?Re=3A_H=C3=B6rseltest_12_mars_=E2=80=93_kopia_av_audiogra?=
 =?utf-8?q?m?=
The date of the message is:    Wed, 18 Mar 2026 15:40:07 +0100

The address to which the message has not yet been delivered is:

  lennart.hagstrom@telia.com
    host mx1.telia.com [203.0.113.25]
    Delay reason: SMTP error from remote mail server after RCPT TO:<lennart.hagstrom@telia.com>:
    451 4.7.1 Please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

--1773931923-eximdsn-846930886
Content-type: message/delivery-status

Reporting-MTA: dns; relay2.shop.example.be

Action: delayed
Final-Recipient: rfc822;lennart.hagstrom@telia.com
Status: 4.0.0
Remote-MTA: dns; mx1.telia.com
Diagnostic-Code: smtp; 451 4.7.1 Please try again later
Will-Retry-Until: Sat, 21 Mar 2026 15:40:07 +0100

--1773931923-eximdsn-846930886
Content-type: text/rfc822-headers

Return-path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be ([192.0.2.41])
        by relay2.shop.example.be with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
        (Exim 4.97.1)
        (envelope-from <privacy@shop.example.be>)
        id 1w2zXk-000Ap1-3c
        for lennart.hagstrom@telia.com;
        Wed, 18 Mar 2026 15:40:07 +0100
Date: Wed, 18 Mar 2026 15:40:05 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?q?Lennart_Hagstr=C3=B6m?= <lennart.hagstrom@telia.com>
Subject: =?utf-8?q?Re=3A_H=C3=B6rseltest_12_mars_=E2=80=93_kopia_av_audiogra?=
 =?utf-8?q?m?=
Message-ID: <pt-20260318-0010877@helpdesk.shop.example.be>

--1773931923-eximdsn-846930886--
'''),
    ('sv', 'booking-service-new-hearing-test-booking-store-copy-ics', 'automated', (),
'''Return-Path: <noreply@tidbok.example>
Received: from smtp3.tidbok.example (smtp3.tidbok.example [198.51.100.183])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JbYm92Qs4z9v6Gx
        for <privacy@shop.example.be>; Thu, 12 Mar 2026 20:41:15 +0100 (CET)
From: Tidbok <noreply@tidbok.example>
Reply-To: Tidbok Support <support@tidbok.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Ny_bokning=3A_H=C3=B6rseltest_tis_14_apr_10=3A15_?=
 =?utf-8?q?=E2=80=93_Birgitta_L=2E?=
Date: Thu, 12 Mar 2026 19:41:13 +0000
Message-ID: <booking.TB-77120.created.1773344473@tidbok.example>
Auto-Submitted: auto-generated
X-Mailer: Tidbok Notifier 5.2
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="tb-77120-mix"

--tb-77120-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ny bokning

Tj=C3=A4nst:        H=C3=B6rseltest (kostnadsfritt, 45 min)
Plats:         Shop Example =E2=80=93 H=C3=B6rsel & Optik, Bryssel Louise
Tid:           tisdag 14 april 2026 kl. 10:15=E2=80=9311:00
Audionom:      Sanne Verbeke
Kund:          Birgitta L. (kundnummer TB-77120)
Telefon:       +46 70 *** ** 41
Bokad via:     tidbok.example/shopexample-bryssel (webb, svenska)

Kundens svar i bokningsformul=C3=A4ret:
  Anv=C3=A4nder h=C3=B6rapparat idag:              Nej
  Tinnitus:                              Ja, v=C3=A4nster =C3=B6ra
  Samtycke till att testresultatet sparas
  i butikens kundjournal:                Ja (12 mars 2026, 20:41)
  Samtycke till p=C3=A5minnelser via sms:     Ja
  Nyhetsbrev:                            Nej

Enligt dataskyddsf=C3=B6rordningen (GDPR) =C3=A4r butiken personuppgiftsans=
varig
f=C3=B6r uppgifterna i bokningen. Tidbok behandlar dem som
personuppgiftsbitr=C3=A4de och raderar bokningsuppgifterna 24 m=C3=A5nader =
efter
bes=C3=B6ket. Kunden kan sj=C3=A4lv avboka eller =C3=A4ndra tiden via l=C3=
=A4nken i sin
bekr=C3=A4ftelse.

Kalenderfil bifogad (hortest-TB-77120.ics).

Detta =C3=A4r ett automatiskt meddelande fr=C3=A5n Tidbok. Svara inte p=C3=
=A5 det h=C3=A4r
mejlet =E2=80=93 svar l=C3=A4ses inte.

--tb-77120-mix
Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="hortest-TB-77120.ics"
Content-Disposition: attachment; filename="hortest-TB-77120.ics"
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSClZFUlNJT046Mi4wClBST0RJRDotLy9UaWRib2sgQUIvL1RpZGJvayBC
b29raW5nIDUuMi8vU1YKTUVUSE9EOlJFUVVFU1QKQkVHSU46VkVWRU5UClVJRDpUQi03NzEyMC0y
MDI2MDQxNFQwODE1MDBaQHRpZGJvay5leGFtcGxlCkRUU1RBTVA6MjAyNjAzMTJUMTk0MTEyWgpE
VFNUQVJUOjIwMjYwNDE0VDA4MTUwMFoKRFRFTkQ6MjAyNjA0MTRUMDkwMDAwWgpTVU1NQVJZOkjD
tnJzZWx0ZXN0IC0gQmlyZ2l0dGEgTC4KTE9DQVRJT046U2hvcCBFeGFtcGxlIC0gSMO2cnNlbCAm
IE9wdGlrLCBCcnlzc2VsIExvdWlzZQpPUkdBTklaRVI7Q049VGlkYm9rOm1haWx0bzpub3JlcGx5
QHRpZGJvay5leGFtcGxlClNUQVRVUzpDT05GSVJNRUQKRU5EOlZFVkVOVApFTkQ6VkNBTEVOREFS
Cg==

--tb-77120-mix--
'''),
    ('sv', 'exchange-ooo-swedish-frame-supplier-parental-leave', 'automated', (),
'''Return-Path: <elin.sundqvist@nordframe.example>
Received: from EUR02-HE1-obe.outbound.protection.outlook.com (mail-he1eur02lp2051.outbound.protection.outlook.com [198.51.100.51])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JcWk16Tn2z9v0Hq
        for <privacy@shop.example.be>; Wed, 25 Mar 2026 09:03:48 +0100 (CET)
Received: from AS2PR05MB9218.eurprd05.prod.outlook.com (2603:10a6:20b:5e1::9)
        by AS2PR05MB9218.eurprd05.prod.outlook.com with HTTPS; Wed, 25 Mar 2026
        08:03:46 +0000
From: Elin Sundqvist <elin.sundqvist@nordframe.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?Automatiskt_svar=3A_Engraved_names_on_frame_orders_?=
 =?utf-8?q?=E2=80=93_data_processing?=
Thread-Topic: Engraved names on frame orders - data processing
Thread-Index: AQHcnB2k7fT1Vxg9Qk2wP6Lr0yZ3sA==
Date: Wed, 25 Mar 2026 08:03:46 +0000
Message-ID: <AS2PR05MB9218A4F7C1E2D3B6A9F0E8D7C6B5A4F3@AS2PR05MB9218.eurprd05.prod.outlook.com>
In-Reply-To: <pt-20260325-0012180@helpdesk.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: elin.sundqvist@nordframe.example
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGVqIQoKVGFjayBmw7ZyIGRpdHQgbWVqbC4gSmFnIMOkciBmw7Zyw6RsZHJhbGVkaWcgdGlsbCBv
Y2ggbWVkIDMwIGFwcmlsIDIwMjYgb2NoCmzDpHNlciBpbnRlIG1pbiBlLXBvc3QgdW5kZXIgZGVu
IHRpZGVuLgoKRnLDpWdvciBvbSBiZXN0w6RsbG5pbmdhciwgbGV2ZXJhbnN0aWRlciBvY2ggcmVr
bGFtYXRpb25lciBhdiBiw6VnYXI6Cm9yZGVyQG5vcmRmcmFtZS5leGFtcGxlIGVsbGVyIDA4LTEy
MyA0NTYgNzAuCkZyw6Vnb3Igb20gYXZ0YWwsIHBlcnNvbnVwcGdpZnRzYml0csOkZGVzYXZ0YWwg
b2NoIGRhdGFza3lkZDoKZGF0YXNreWRkQG5vcmRmcmFtZS5leGFtcGxlLgoKRGl0dCBtZWpsIHZp
ZGFyZWJlZm9yZHJhcyBpbnRlIGF1dG9tYXRpc2t0LgoKVsOkbmxpZ2EgaMOkbHNuaW5nYXIKRWxp
biBTdW5kcXZpc3QKS2V5IEFjY291bnQgTWFuYWdlciBCZW5lbHV4Ck5vcmRmcmFtZSBBQiB8IEhv
cm5zZ2F0YW4gNjEgfCAxMTggNDkgU3RvY2tob2xtCg==
'''),
    ('sv', 'person-replies-to-shop-ticket-ack-lock-disputed-hearing-test', 'restriction', (),
'''Return-Path: <maria.lindqvist@telia.com>
Received: from smtp.telia.com (smtp.telia.com [203.0.113.26])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JfCz42Rk6z9v8Tm
        for <privacy@shop.example.be>; Tue,  7 Apr 2026 07:31:09 +0200 (CEST)
Received: from [10.0.0.34] (c203-0-113-90.bredband.example.se [203.0.113.90])
        by smtp.telia.com (Postfix) with ESMTPSA id 6C2A71802F1
        for <privacy@shop.example.be>; Tue,  7 Apr 2026 07:31:08 +0200 (CEST)
From: Maria Lindqvist <maria.lindqvist@telia.com>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: SV: [PRV-2026-0412] We received your message / Wij hebben uw bericht ontvangen
Date: Tue, 7 Apr 2026 07:31:05 +0200
Message-ID: <3f8a1c70-5d2e-4b91-a6e4-0c7d2b9f1e53@telia.com>
In-Reply-To: <ack.PRV-2026-0412@helpdesk.shop.example.be>
References: <ack.PRV-2026-0412@helpdesk.shop.example.be>
User-Agent: Mozilla Thunderbird
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Hej igen,

jag fick bara det här automatiska svaret, så jag lägger till en sak till
ärende PRV-2026-0412 innan någon hinner göra något.

Ni har ett hörseltest registrerat på mig från 3 februari i er butik i
Antwerpen. Jag har aldrig varit i Antwerpen – jag bor i Uppsala och har
bara handlat linsvätska i er webbshop. Någon har alltså använt mitt namn
eller min e-post.

Tills ni har utrett det vill jag att ni låser de uppgifterna: använd dem
inte, skicka dem inte till någon hörapparatfirma eller försäkringskassa
och skicka inga fler "dags för uppföljning"-sms. Radera dem INTE än,
jag kan behöva dem om jag gör en polisanmälan.

Vänliga hälsningar
Maria Lindqvist
Kvarngärdet 14B, 754 32 Uppsala
070-318 22 95

-----Ursprungligt meddelande-----
Från: Shop Example Privacy <privacy@shop.example.be>
Skickat: den 6 april 2026 21:14
Till: maria.lindqvist@telia.com
Ämne: [PRV-2026-0412] We received your message / Wij hebben uw bericht ontvangen

This is an automatic confirmation. Please do not reply to this message.

Thank you for contacting the Shop Example privacy team. Your request has
been registered under reference PRV-2026-0412. We answer within one month
of receipt (Art. 12(3) GDPR). If we need to verify your identity, we will
contact you.

Dit is een automatische bevestiging. Uw verzoek is geregistreerd onder
referentie PRV-2026-0412. Wij antwoorden binnen een maand.
'''),
    ('ro', 'yahoo-failure-notice-yahoo-ro-no-account-lens-reply', 'automated', (),
'''Return-Path: <>
Received: from sonic308-9.consmr.mail.ir2.yahoo.com (sonic308-9.consmr.mail.ir2.yahoo.com [203.0.113.139])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JcZf81Vb7z9v4Jq
        for <privacy@shop.example.be>; Thu, 26 Mar 2026 11:34:02 +0100 (CET)
Date: Thu, 26 Mar 2026 10:34:01 +0000
From: MAILER-DAEMON@yahoo.com
To: privacy@shop.example.be
Subject: Failure Notice
Message-ID: <1774521241.88310.bounce@sonic308-9.consmr.mail.ir2.yahoo.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Sorry, we were unable to deliver your message to the following address.

<andreea.munteanu_88@yahoo.ro>:
554: delivery error: dd This user doesn't have a yahoo.ro account (andreea.munteanu_88@yahoo.ro) [0] - mta4071.mail.ir2.yahoo.com

--- Below this line is a copy of the message.

Received: from relay1.shop.example.be (192.0.2.21)
  by mta4071.mail.ir2.yahoo.com with ESMTPS; Thu, 26 Mar 2026 10:34:00 +0000
Date: Thu, 26 Mar 2026 11:33:57 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Andreea Munteanu <andreea.munteanu_88@yahoo.ro>
Subject: =?utf-8?q?Re=3A_Abonament_lentile_=E2=80=93_date_card_=C8=99i_adres=C4=83?=
Message-ID: <pt-20260326-0012344@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Stimată doamnă Munteanu,

vă mulțumim pentru mesaj. Am corectat adresa de livrare a abonamentului
dumneavoastră de lentile de contact (acum: Str. Observatorului 42, ap. 7,
Cluj-Napoca). Datele cardului nu sunt păstrate de Shop Example: plata
abonamentului este gestionată de furnizorul de plăți, iar noi vedem doar
ultimele 4 cifre.

Cu stimă,
Echipa de protecția datelor
Shop Example BV
'''),
    ('ro', 'courier-delivered-notice-to-sender-account-lens-parcel', 'automated', (),
'''Return-Path: <notificari@fastcurier.example>
Received: from mail2.fastcurier.example (mail2.fastcurier.example [198.51.100.84])
        by mx1.shop.example.be (Postfix) with ESMTP id 4JcRg50Wm3z9v7Ab
        for <privacy@shop.example.be>; Tue, 24 Mar 2026 12:52:44 +0100 (CET)
From: FastCurier Notificari <notificari@fastcurier.example>
To: privacy@shop.example.be
Subject: AWB 2026031877401 - Livrat
Date: Tue, 24 Mar 2026 13:52:41 +0200
Message-ID: <awb2026031877401.livrat.20260324135241@fastcurier.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Buna ziua,

Expedierea dumneavoastra a fost livrata.

AWB:                 2026031877401
Expeditor:           SHOP EXAMPLE BV (cont client 88120)
Destinatar:          M*** I*****, Cluj-Napoca, jud. Cluj
Continut declarat:   lentile de contact (abonament lunar)
Colete / greutate:   1 / 0,4 kg
Livrat:              24.03.2026 13:52
Semnat de:           destinatar
Ramburs:             0,00 RON

Dovada de livrare (POD) este disponibila in contul dumneavoastra,
sectiunea Expedieri > Istoric.

Datele destinatarului sunt afisate partial, conform GDPR. Datele complete
pot fi consultate doar de utilizatorii contului de client.

Va multumim ca ati ales FastCurier!

Acest mesaj a fost trimis automat. Va rugam nu raspundeti la acest e-mail.
FastCurier SRL, Bd. Iuliu Maniu 7, Bucuresti
'''),
    ('ro', 'insurer-provider-portal-invoice-verified-claim-approved', 'automated', (),
'''Return-Path: <portal-furnizori@carpatia-asig.example>
Received: from smtp-out.carpatia-asig.example (smtp-out.carpatia-asig.example [198.51.100.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JcJb76Nx0z9v2Fs
        for <privacy@shop.example.be>; Fri, 20 Mar 2026 09:15:37 +0100 (CET)
From: =?utf-8?q?Carpatia_Asigur=C4=83ri_=E2=80=93_Portal_Furnizori?= <portal-furnizori@carpatia-asig.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Dosar_DS-2026-0318842=3A_verificare_document_finalizat?=
 =?utf-8?q?=C4=83_=E2=80=93_dosar_aprobat?=
Date: Fri, 20 Mar 2026 10:15:35 +0200
Message-ID: <pf.DS-2026-0318842.verif.20260320101535@carpatia-asig.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_118842_2041771.1773998135"

------=_Part_118842_2041771.1773998135
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Stimate partener,

V=C4=83 mul=C8=9Bumim pentru confirmarea autenticit=C4=83=C8=9Bii documentu=
lui transmis prin
Portalul Furnizori Carpatia.

Dosar de rambursare:   DS-2026-0318842
Document verificat:    factura nr. SE-GNT-2026-004471 din 27.02.2026
Emitent:               Shop Example BV (Gent, Belgia)
Obiect:                ochelari de vedere (rame + lentile progresive)
Confirmare primit=C4=83:    19.03.2026, 16:05
Rezultat verificare:   document autentic

Dosarul a fost aprobat. Suma rambursat=C4=83 se pl=C4=83te=C8=99te direct a=
siguratului;
nu este necesar=C4=83 nicio ac=C8=9Biune din partea dumneavoastr=C4=83.

Datele cu caracter personal ale asiguratului, inclusiv re=C8=9Beta oftalmol=
ogic=C4=83
=C8=99i factura, sunt prelucrate de Carpatia Asigur=C4=83ri S.A. =C3=AEn ca=
litate de
operator, =C3=AEn conformitate cu Regulamentul (UE) 2016/679 (GDPR), exclus=
iv
=C3=AEn scopul solu=C8=9Bion=C4=83rii dosarului. Informa=C8=9Bii: www.carpa=
tia-asig.example/gdpr
Responsabil cu protec=C8=9Bia datelor: dpo@carpatia-asig.example

Acesta este un mesaj generat automat. V=C4=83 rug=C4=83m s=C4=83 nu r=C4=83=
spunde=C8=9Bi.

Carpatia Asigur=C4=83ri S.A. =E2=80=93 Direc=C8=9Bia Daune S=C4=83n=C4=83ta=
te

------=_Part_118842_2041771.1773998135
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><div style=3D"font-family:Verdana;font-size:13px"><p>Stimate pa=
rtener,</p><p>V=C4=83 mul=C8=9Bumim pentru confirmarea autenticit=C4=83=C8=
=9Bii documentului transmis prin<br>Portalul Furnizori Carpatia.</p><p>Dosa=
r de rambursare:   DS-2026-0318842<br>Document verificat:    factura nr. SE=
-GNT-2026-004471 din 27.02.2026<br>Emitent:               Shop Example BV (=
Gent, Belgia)<br>Obiect:                ochelari de vedere (rame + lentile =
progresive)<br>Confirmare primit=C4=83:    19.03.2026, 16:05<br>Rezultat ve=
rificare:   document autentic</p><p>Dosarul a fost aprobat. Suma rambursat=
=C4=83 se pl=C4=83te=C8=99te direct asiguratului;<br>nu este necesar=C4=83 =
nicio ac=C8=9Biune din partea dumneavoastr=C4=83.</p><p>Datele cu caracter =
personal ale asiguratului, inclusiv re=C8=9Beta oftalmologic=C4=83<br>=C8=
=99i factura, sunt prelucrate de Carpatia Asigur=C4=83ri S.A. =C3=AEn calit=
ate de<br>operator, =C3=AEn conformitate cu Regulamentul (UE) 2016/679 (GDP=
R), exclusiv<br>=C3=AEn scopul solu=C8=9Bion=C4=83rii dosarului. Informa=C8=
=9Bii: www.carpatia-asig.example/gdpr<br>Responsabil cu protec=C8=9Bia date=
lor: dpo@carpatia-asig.example</p><p>Acesta este un mesaj generat automat. =
V=C4=83 rug=C4=83m s=C4=83 nu r=C4=83spunde=C8=9Bi.</p><p>Carpatia Asigur=
=C4=83ri S.A. =E2=80=93 Direc=C8=9Bia Daune S=C4=83n=C4=83tate</p></div></b=
ody></html>

------=_Part_118842_2041771.1773998135--
'''),
    ('ro', 'person-replies-above-courier-delivered-notice-parcel-not-received', 'other', (),
'''Return-Path: <mihaela.ionescu@yahoo.ro>
Received: from sonic312-24.consmr.mail.ir2.yahoo.com (sonic312-24.consmr.mail.ir2.yahoo.com [203.0.113.142])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JcSx13Kd8z9v0Lp
        for <privacy@shop.example.be>; Tue, 24 Mar 2026 19:07:22 +0100 (CET)
Received: by hermes--production-ir2-7c9f5b6d4-q8lzk (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID 8a3f0c1de7b2945c6e1f0a9d3b7c2e48
          for <privacy@shop.example.be>;
          Tue, 24 Mar 2026 18:07:21 +0000 (UTC)
Date: Tue, 24 Mar 2026 20:07:17 +0200
From: Mihaela Ionescu <mihaela.ionescu@yahoo.ro>
To: privacy@shop.example.be
Subject: Fw: Coletul tau a fost livrat - AWB 2026031877401
Message-ID: <a1f2c3d4-77e8-4b90-9c1d-2e3f4a5b6c7d@yahoo.ro>
X-Mailer: WebService/1.1.25231 YMailNorrin
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Buna ziua,

am primit mesajul de mai jos ca pachetul cu lentile a fost livrat, dar eu n=
u am
primit nimic. Nu am semnat nimic, nu eram nici acasa marti. Abonamentul meu=
 e
LP-RO-20931, lentile lunare, cutia de aprilie.

Sa fie clar, NU vreau sa-mi stergeti contul sau datele, abonamentul ramane.
Vreau doar sa stiu unde e coletul si cand mi se trimite altul, ca mai am
lentile doar pana duminica.

Multumesc,
Mihaela Ionescu
0745 218 903

Trimis de pe telefonul meu

-------- Mesaj original --------
De la: FastCurier <notificari@fastcurier.example>
Data: 24.03.2026 13:52
C=C4=83tre: mihaela.ionescu@yahoo.ro
Subiect: Coletul tau a fost livrat - AWB 2026031877401

Buna ziua, Mihaela,

Coletul tau de la SHOP EXAMPLE BV a fost livrat.
AWB: 2026031877401
Livrat: 24.03.2026 13:52, semnat de: destinatar

Evalueaza livrarea: fastcurier.example/rate/2026031877401
Mesaj automat, te rugam nu raspunde.
'''),
    ('el', 'sendmail-returned-mail-otenet-gr-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mailsrv4.otenet.gr (mailsrv4.otenet.gr [203.0.113.117])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JcXq56Ft1z9v3Rw
        for <privacy@shop.example.be>; Thu, 26 Mar 2026 09:11:44 +0100 (CET)
Received: from localhost (localhost)
        by mailsrv4.otenet.gr (8.17.2/8.17.2) id 62Q8BhKf019342;
        Thu, 26 Mar 2026 10:11:43 +0200
Date: Thu, 26 Mar 2026 10:11:43 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mailsrv4.otenet.gr>
Message-Id: <202603260811.62Q8BhKf019342@mailsrv4.otenet.gr>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="62Q8BhKf019342.1774512703/mailsrv4.otenet.gr"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--62Q8BhKf019342.1774512703/mailsrv4.otenet.gr

The original message was received at Thu, 26 Mar 2026 10:11:37 +0200
from relay1.shop.example.be [192.0.2.21]

   ----- The following addresses had permanent fatal errors -----
<gpapadopoulou@otenet.gr>
    (reason: 552 5.2.2 Mailbox full)
    (expanded from: <gpapadopoulou@otenet.gr>)

   ----- Transcript of session follows -----
... while talking to mailstore2.otenet.gr.:
>>> DATA
<<< 552 5.2.2 <gpapadopoulou@otenet.gr>... Mailbox full
554 5.0.0 Service unavailable

--62Q8BhKf019342.1774512703/mailsrv4.otenet.gr
Content-Type: message/delivery-status

Reporting-MTA: dns; mailsrv4.otenet.gr
Received-From-MTA: DNS; relay1.shop.example.be
Arrival-Date: Thu, 26 Mar 2026 10:11:37 +0200

Final-Recipient: RFC822; gpapadopoulou@otenet.gr
Action: failed
Status: 5.2.2
Remote-MTA: DNS; mailstore2.otenet.gr
Diagnostic-Code: SMTP; 552 5.2.2 <gpapadopoulou@otenet.gr>... Mailbox full
Last-Attempt-Date: Thu, 26 Mar 2026 10:11:43 +0200

--62Q8BhKf019342.1774512703/mailsrv4.otenet.gr
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from relay1.shop.example.be (relay1.shop.example.be [192.0.2.21])
        by mailsrv4.otenet.gr (8.17.2/8.17.2) with ESMTPS id 62Q8BbKe019331
        for <gpapadopoulou@otenet.gr>; Thu, 26 Mar 2026 10:11:37 +0200
Date: Thu, 26 Mar 2026 09:11:33 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?b?zpPOtc+Jz4HOs86vzrEgzqDOsc+AzrHOtM6/z4DOv8+NzrvOv8+F?= <gpapadopoulou@otenet.gr>
Subject: =?utf-8?b?UmU6IM6UzrnOsc6zz4HOsc+Gzq4gzrTOtc60zr/OvM6tzr3Pic69IM6x?=
 =?utf-8?b?zrrOv86uz4I=?=
Message-ID: <pt-20260326-0012361@helpdesk.shop.example.be>

--62Q8BhKf019342.1774512703/mailsrv4.otenet.gr--
'''),
    ('el', 'zimbra-vacation-greek-lens-lab-easter-closure', 'automated', (),
'''Return-Path: <n.antoniou@lenslab-hellas.example>
Received: from mail.lenslab-hellas.example (mail.lenslab-hellas.example [198.51.100.228])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JfPc70Gw5z9v6Jn
        for <privacy@shop.example.be>; Fri, 10 Apr 2026 10:22:31 +0200 (CEST)
Received: from zimbra.lenslab-hellas.example (localhost [127.0.0.1])
        by zimbra.lenslab-hellas.example (Postfix) with ESMTP id 1D4F2A0C31
        for <privacy@shop.example.be>; Fri, 10 Apr 2026 11:22:30 +0300 (EEST)
Date: Fri, 10 Apr 2026 11:22:30 +0300 (EEST)
From: =?utf-8?b?zp3Or866zr/PgiDOkc69z4TPic69zq/Ov8+F?= <n.antoniou@lenslab-hellas.example>
To: privacy@shop.example.be
Message-ID: <1390527744.2291.1775809350112.JavaMail.zimbra@lenslab-hellas.example>
In-Reply-To: <pt-20260410-0014702@helpdesk.shop.example.be>
Subject: =?utf-8?b?zpXOus+Ez4zPgiDOs8+BzrHPhs61zq/Ov8+FIC8gT3V0IG9mIG9mZmlj?=
 =?utf-8?b?ZQ==?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4652 (zclient/10.0.8_GA_4652)

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs67z4zOs8+JIM+Ez4nOvSDOtc6/z4HPhM+Ozr0g
z4TOv8+FIM6gzqzPg8+HzrEgz4TOvyDOtc+BzrPOsc+Dz4TOrs+BzrnOvyDOuM6xIM+AzrHPgc6x
zrzOtc6vzr3Otc65IM66zrvOtc65z4PPhM+MIM6xz4DPjArOoM6tzrzPgM+EzrcgOSDOrc+Jz4Ig
zrrOsc65IM6kz4HOr8+EzrcgMTQgzpHPgM+BzrnOu86vzr/PhSAyMDI2LiDOn865IM+AzrHPgc6x
zrPOs861zrvOr861z4Igz4bOsc66z47OvSDPgM6/z4UKzrvOsc68zrLOrM69zr/Ovc+EzrHOuSDO
sc+Fz4TOrc+CIM+EzrnPgiDOt868zq3Pgc61z4IgzrjOsSDOtc66z4TOtc67zrXPg8+Ezr/Pjc69
IM68zrUgz4POtc65z4HOrCDPgM+Bzr/PhM61z4HOsc65z4zPhM63z4TOsc+CCs6xz4DPjCDPhM63
zr0gzqTOtc+EzqzPgc+EzrcgMTUgzpHPgM+BzrnOu86vzr/PhS4KCs6TzrnOsSDOtc+AzrXOr86z
zr/Ovc+EzrEgzrjOrc68zrHPhM6xIM+AzrHPgc6xzrPOs861zrvOuc+Ozr06IDIxMCA2MDE4IDQ0
MiAozrXPhs63zrzOtc+Bzq/OsSkuCs6TzrnOsSDOuM6tzrzOsc+EzrEgz4DPgc6/z4PPic+AzrnO
us+Ozr0gzrTOtc60zr/OvM6tzr3Pic69IM66zrHOuSDPg8+FzrzOss6sz4POtc+Jzr0gzrXPgM61
zr7Otc+BzrPOsc+Dzq/Osc+COgpkcG9AbGVuc2xhYi1oZWxsYXMuZXhhbXBsZQoKzprOsc67z4wg
zqDOrM+Dz4fOsSEKCs6dzq/Ous6/z4IgzpHOvc+Ez4nOvc6vzr/PhQrOpc+AzrXPjc64z4XOvc6/
z4IgzpXOvs6xzrPPic6zz47OvSB8IExlbnNMYWIgSGVsbGFzIM6RLs6VLgrOm861z4nPhi4gzprO
t8+GzrnPg86vzrHPgiAyMTIsIDE0NSA2MiDOms63z4bOuc+DzrnOrAoKLS0tCkR1ZSB0byB0aGUg
RWFzdGVyIGhvbGlkYXlzIG91ciBsYWJvcmF0b3J5IGlzIGNsb3NlZCBmcm9tIDkgdG8gMTQgQXBy
aWwKMjAyNi4gT3JkZXJzIHJlY2VpdmVkIHdpbGwgYmUgcHJvY2Vzc2VkIGZyb20gMTUgQXByaWwu
Cg==
'''),
    ('el', 'prescription-upload-vendor-store-copy-new-rx-ocr', 'automated', (),
'''Return-Path: <bounce-558120@mail.rxdrop.example>
Received: from mail.rxdrop.example (mail.rxdrop.example [198.51.100.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JdQr43Xn9z9v1Gk
        for <privacy@shop.example.be>; Thu,  2 Apr 2026 20:36:52 +0200 (CEST)
From: RxDrop <noreply@rxdrop.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?zp3Orc6xIM+Dz4XOvc+EzrHOs86uIM6zzrnOsSDOrc67zrXOs8+Hzr8g?=
 =?utf-8?b?4oCTIM+AzrHPgc6xzrPOs861zrvOr86xICNCRS01NTgxMjA=?=
Date: Thu, 02 Apr 2026 18:36:50 +0000
Message-ID: <rx.BE-558120.uploaded.1775154110@rxdrop.example>
Auto-Submitted: auto-generated
X-Mailer: RxDrop Notifications
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zp3Orc6xIM+Dz4XOvc+EzrHOs86uIM6xzr3Orc6yzrfOus61CgrOms6xz4TOrM+Dz4TOt868zrE6
ICAgICAgICBTaG9wIEV4YW1wbGUg4oCTIGUtc2hvcCAoR1IpCs6gzrHPgc6xzrPOs861zrvOr86x
OiAgICAgICAjQkUtNTU4MTIwCs6gzrXOu86sz4TOt8+COiAgICAgICAgICDOlS4gzpoqKioqKioq
ICjPgM61zrvOrM+EzrfPgiAzMzEwLTc3MikKzqTPjc+Azr/PgjogICAgICAgICAgICDPg8+Fzr3P
hM6xzrPOriDOs8+FzrHOu865z47OvSDOv8+BzqzPg861z4nPgiwgz4bPic+Ezr/Os8+BzrHPhs6v
zrEgzrrOuc69zrfPhM6/z40gKDEgz4POtc67zq/OtM6xKQrOkc69zq3Oss63zrrOtTogICAgICAg
ICAgMDIvMDQvMjAyNiAyMTozNgoKzpHPhc+Ez4zOvM6xz4TOtyDOsc69zqzOs869z4nPg863IChP
Q1IpIOKAkyDPgM+Bzr/PgiDOtc+AzrnOss61zrLOsc6vz4nPg863IM6xz4DPjCDOv8+Az4TOv868
zq3PhM+Bzrc6CiAgzpTOnzogc3BoIC0yLDc1ICBjeWwgLTAsNTAgIGF4IDE3MAogIM6Rzp86IHNw
aCAtMywwMCAgY3lsIC0wLDI1ICBheCAxMAogIFBEOiA2MwogIM6XzrzOtc+Bzr/OvM63zr3Or86x
IM+Dz4XOvc+EzrHOs86uz4I6IDE4LzAzLzIwMjYsIM6/z4bOuM6xzrvOvM6vzrHPhM+Bzr/Pgjog
zpTPgS4gzpMuIM6cKioqKioqCgrOo8+Fzr3Osc6vzr3Otc+Dzrcgz4DOtc67zqzPhM63OiDOvyDP
gM61zrvOrM+EzrfPgiDPg8+Fzr3Osc6vzr3Otc+DzrUgz4HOt8+Ezqwgz4PPhM63zr0gzrXPgM61
zr7Otc+BzrPOsc+Dzq/OsSDOtM61zrTOv868zq3Ovc+Jzr0Kz4XOs861zq/Osc+CIM6zzrnOsSDP
hM63zr0gzrXOus+Ezq3Ou861z4POtyDPhM63z4Igz4DOsc+BzrHOs86zzrXOu86vzrHPgiAozqzP
gc64z4HOvyA5IM+AzrHPgS4gMiDPg8+Ezr/Ouc+HLiDOsSDOk86azqDOlCkuCs6XIM+Dz4XOvc+E
zrHOs86uIM60zrnOsc6zz4HOrM+GzrXPhM6xzrkgzrHPhc+Ez4zOvM6xz4TOsSA5MCDOt868zq3P
gc61z4IgzrzOtc+Ezqwgz4TOt869IM+AzrHPgc6szrTOv8+DzrcsIM61zrrPhM+Mz4IgzrHOvSDO
vwrPgM61zrvOrM+EzrfPgiDPhM63zr0gzrHPgM6/zrjOt866zrXPjc+DzrXOuSDPg8+Ezr/OvSDO
u86/zrPOsc+BzrnOsc+DzrzPjCDPhM6/z4UuCgrOoM+Bzr/Oss6/zrvOriDOus6xzrkgzq3Ou861
zrPPh86/z4I6IGh0dHBzOi8vcngucnhkcm9wLmV4YW1wbGUvcmV2aWV3L0JFLTU1ODEyMAoKzpHP
hc+Ez4wgzrXOr869zrHOuSDOsc+Fz4TOv868zrHPhM6/z4DOv865zrfOvM6tzr3OvyDOvM6uzr3P
hc68zrEgz4TOt8+CIM+Fz4DOt8+BzrXPg86vzrHPgiBSeERyb3AuIM6czrfOvSDOsc+AzrHOvc+E
zqzPhM61Lgo=
'''),
    ('el', 'hearing-aid-cloud-erasure-completed-art19-recipient-notice', 'automated', (),
'''Return-Path: <no-reply@cloud.sonolink.example>
Received: from smtp-eu1.cloud.sonolink.example (smtp-eu1.cloud.sonolink.example [198.51.100.202])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JdGk90Pz2z9v5Vc
        for <privacy@shop.example.be>; Tue, 31 Mar 2026 06:00:27 +0200 (CEST)
From: SonoLink Pro <no-reply@cloud.sonolink.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?zp/Ou86/zrrOu86uz4HPic+DzrcgzrHOuc+Ezq7OvM6xz4TOv8+CIM60?=
 =?utf-8?b?zrnOsc6zz4HOsc+Gzq7PgiDOtM61zrTOv868zq3Ovc+Jzr0gz4fPgc6uz4PPhM63?=
 =?utf-8?b?IOKAkyBFUi0yMDI2LTAzLTExOTIw?=
Date: Tue, 31 Mar 2026 04:00:25 +0000
Message-ID: <erasure.ER-2026-03-11920.recipient.0412@cloud.sonolink.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CE=AD =CF=83=CF=85=CE=BD=CE=B5=CF=81=
=CE=B3=CE=AC=CF=84=CE=B7,

=CF=83=CE=B1=CF=82 =CE=B5=CE=BD=CE=B7=CE=BC=CE=B5=CF=81=CF=8E=CE=BD=CE=BF=
=CF=85=CE=BC=CE=B5 =CF=8C=CF=84=CE=B9 =CE=BF=CE=BB=CE=BF=CE=BA=CE=BB=CE=B7=
=CF=81=CF=8E=CE=B8=CE=B7=CE=BA=CE=B5 =CE=B1=CE=AF=CF=84=CE=B7=CE=BC=CE=B1 =
=CE=B4=CE=B9=CE=B1=CE=B3=CF=81=CE=B1=CF=86=CE=AE=CF=82 =CE=B4=CE=B5=CE=B4=
=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD (=CE=AC=CF=81=CE=B8=CF=81=CE=BF 17
=CE=93=CE=9A=CE=A0=CE=94) =CF=87=CF=81=CE=AE=CF=83=CF=84=CE=B7 =CF=84=CE=B7=
=CF=82 =CE=B5=CF=86=CE=B1=CF=81=CE=BC=CE=BF=CE=B3=CE=AE=CF=82 SonoLink, =CE=
=BF =CE=BF=CF=80=CE=BF=CE=AF=CE=BF=CF=82 =CE=B5=CE=AF=CF=87=CE=B5 =CE=BA=CE=
=BF=CE=B9=CE=BD=CE=BF=CF=80=CE=BF=CE=B9=CE=AE=CF=83=CE=B5=CE=B9 =CE=B4=CE=
=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CE=B1
=CE=B1=CE=BA=CE=BF=CE=AE=CF=82 =CF=83=CF=84=CE=BF =CE=BA=CE=B1=CF=84=CE=AC=
=CF=83=CF=84=CE=B7=CE=BC=CE=AC =CF=83=CE=B1=CF=82 =CE=BC=CE=AD=CF=83=CF=89 =
=CF=84=CE=B7=CF=82 =CF=80=CF=8D=CE=BB=CE=B7=CF=82 SonoLink Pro.

=CE=91=CE=AF=CF=84=CE=B7=CE=BC=CE=B1:                 ER-2026-03-11920
=CE=A7=CF=81=CE=AE=CF=83=CF=84=CE=B7=CF=82:                SL-GR-55018 (=CF=
=84=CE=B1 =CF=83=CF=84=CE=BF=CE=B9=CF=87=CE=B5=CE=AF=CE=B1 =CF=84=CE=B1=CF=
=85=CF=84=CF=8C=CF=84=CE=B7=CF=84=CE=B1=CF=82 =CE=AD=CF=87=CE=BF=CF=85=CE=
=BD =CE=B4=CE=B9=CE=B1=CE=B3=CF=81=CE=B1=CF=86=CE=B5=CE=AF)
=CE=9A=CE=B1=CF=84=CE=AC=CF=83=CF=84=CE=B7=CE=BC=CE=B1/=CE=B1=CE=BA=CE=BF=
=CE=BF=CE=BB=CF=8C=CE=B3=CE=BF=CF=82:    Shop Example =E2=80=93 Hearing Cor=
ner Leuven
=CE=A5=CF=80=CE=BF=CE=B2=CE=BB=CE=AE=CE=B8=CE=B7=CE=BA=CE=B5:             2=
7/03/2026
=CE=9F=CE=BB=CE=BF=CE=BA=CE=BB=CE=B7=CF=81=CF=8E=CE=B8=CE=B7=CE=BA=CE=B5:  =
         31/03/2026 04:00

=CE=A4=CE=B9 =CE=B4=CE=B9=CE=B1=CE=B3=CF=81=CE=AC=CF=86=CE=B7=CE=BA=CE=B5 =
=CE=B1=CF=80=CF=8C =CF=84=CE=BF SonoLink Cloud:
  - =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=CF=8C=CF=82 =CF=
=87=CF=81=CE=AE=CF=83=CF=84=CE=B7 =CE=BA=CE=B1=CE=B9 =CE=B9=CF=83=CF=84=CE=
=BF=CF=81=CE=B9=CE=BA=CF=8C =CE=B5=CF=86=CE=B1=CF=81=CE=BC=CE=BF=CE=B3=CE=
=AE=CF=82
  - =CE=B1=CE=BA=CE=BF=CF=8C=CE=B3=CF=81=CE=B1=CE=BC=CE=BC=CE=B1 =CE=BA=CE=
=B1=CE=B9 =CF=81=CF=85=CE=B8=CE=BC=CE=AF=CF=83=CE=B5=CE=B9=CF=82 =CE=B1=CE=
=BA=CE=BF=CF=85=CF=83=CF=84=CE=B9=CE=BA=CF=8E=CE=BD =CE=B2=CE=B1=CF=81=CE=
=B7=CE=BA=CE=BF=CE=90=CE=B1=CF=82
  - =CE=B9=CF=83=CF=84=CE=BF=CF=81=CE=B9=CE=BA=CF=8C =CE=B1=CF=80=CE=BF=CE=
=BC=CE=B1=CE=BA=CF=81=CF=85=CF=83=CE=BC=CE=AD=CE=BD=CF=89=CE=BD =CF=81=CF=
=85=CE=B8=CE=BC=CE=AF=CF=83=CE=B5=CF=89=CE=BD (Remote Care)
  - =CE=B7 =CF=80=CF=81=CF=8C=CF=83=CE=B2=CE=B1=CF=83=CE=B7 =CF=84=CE=BF=CF=
=85 =CE=BA=CE=B1=CF=84=CE=B1=CF=83=CF=84=CE=AE=CE=BC=CE=B1=CF=84=CF=8C=CF=
=82 =CF=83=CE=B1=CF=82 =CF=83=CF=84=CE=B1 =CF=80=CE=B1=CF=81=CE=B1=CF=80=CE=
=AC=CE=BD=CF=89

=CE=A3=CF=8D=CE=BC=CF=86=CF=89=CE=BD=CE=B1 =CE=BC=CE=B5 =CF=84=CE=BF =CE=AC=
=CF=81=CE=B8=CF=81=CE=BF 19 =CE=93=CE=9A=CE=A0=CE=94 =CF=83=CE=B1=CF=82 =CE=
=B3=CE=BD=CF=89=CF=83=CF=84=CE=BF=CF=80=CE=BF=CE=B9=CE=BF=CF=8D=CE=BC=CE=B5=
 =CF=84=CE=B7 =CE=B4=CE=B9=CE=B1=CE=B3=CF=81=CE=B1=CF=86=CE=AE =CF=89=CF=82=
 =CE=B1=CF=80=CE=BF=CE=B4=CE=AD=CE=BA=CF=84=CE=B7
=CF=84=CF=89=CE=BD =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD. =
=CE=91=CE=BD=CF=84=CE=AF=CE=B3=CF=81=CE=B1=CF=86=CE=B1 =CF=80=CE=BF=CF=85 =
=CF=84=CF=85=CF=87=CF=8C=CE=BD =CE=B4=CE=B9=CE=B1=CF=84=CE=B7=CF=81=CE=B5=
=CE=AF=CF=84=CE=B5 =CF=83=CF=84=CE=B1 =CE=B4=CE=B9=CE=BA=CE=AC =CF=83=CE=B1=
=CF=82 =CF=83=CF=85=CF=83=CF=84=CE=AE=CE=BC=CE=B1=CF=84=CE=B1
(=CF=80.=CF=87. =CE=BA=CE=B1=CF=81=CF=84=CE=AD=CE=BB=CE=B1 =CF=80=CE=B5=CE=
=BB=CE=AC=CF=84=CE=B7) =CE=B4=CE=B5=CE=BD =CE=B5=CF=80=CE=B7=CF=81=CE=B5=CE=
=AC=CE=B6=CE=BF=CE=BD=CF=84=CE=B1=CE=B9=C2=B7 =CE=B3=CE=B9=CE=B1 =CE=B1=CF=
=85=CF=84=CE=AC =CE=B5=CE=AF=CF=83=CF=84=CE=B5 =CE=B5=CF=83=CE=B5=CE=AF=CF=
=82 =CF=85=CF=80=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CE=BF=CF=82
=CE=B5=CF=80=CE=B5=CE=BE=CE=B5=CF=81=CE=B3=CE=B1=CF=83=CE=AF=CE=B1=CF=82.

=CE=A4=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1 =CE=B1=CF=85=CF=84=CF=8C =
=CF=83=CF=84=CE=AC=CE=BB=CE=B8=CE=B7=CE=BA=CE=B5 =CE=B1=CF=85=CF=84=CF=8C=
=CE=BC=CE=B1=CF=84=CE=B1. =CE=9F=CE=B9 =CE=B1=CF=80=CE=B1=CE=BD=CF=84=CE=AE=
=CF=83=CE=B5=CE=B9=CF=82 =CE=B4=CE=B5=CE=BD =CF=80=CE=B1=CF=81=CE=B1=CE=BA=
=CE=BF=CE=BB=CE=BF=CF=85=CE=B8=CE=BF=CF=8D=CE=BD=CF=84=CE=B1=CE=B9.
SonoLink Hearing Cloud =C2=B7 privacy@sonolink.example
'''),
    ('el', 'person-replies-to-shop-ack-two-months-no-answer-hearing-test', 'complaint', ('access',),
'''Return-Path: <georgia.papadopoulou.lv@gmail.com>
Received: from mail-wm1-f53.google.com (mail-wm1-f53.google.com [203.0.113.53])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JfFt26Ly3z9v2Nd
        for <privacy@shop.example.be>; Wed,  8 Apr 2026 18:44:09 +0200 (CEST)
Received: by mail-wm1-f53.google.com with SMTP id 5b1f17b1804b1-43d0a5c77f1so4419875e9.1
        for <privacy@shop.example.be>; Wed, 08 Apr 2026 09:44:08 -0700 (PDT)
MIME-Version: 1.0
References: <ack.PRV-2026-0158@helpdesk.shop.example.be>
In-Reply-To: <ack.PRV-2026-0158@helpdesk.shop.example.be>
From: =?utf-8?b?zpPOtc+Jz4HOs86vzrEgzqDOsc+AzrHOtM6/z4DOv8+NzrvOv8+F?= <georgia.papadopoulou.lv@gmail.com>
Date: Wed, 8 Apr 2026 18:43:55 +0200
Message-ID: <CAJ7wP1q8Rz2Kx0Nf5Vb3Ld6Mh9Tc4Ys1Ue7Ga2Oi5Pk8Wn0Bx@mail.gmail.com>
Subject: Re: [PRV-2026-0158] We received your message / Wij hebben uw bericht ontvangen
To: Shop Example Privacy <privacy@shop.example.be>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xLAoKz4POsc+CIM6tzrPPgc6xz4jOsSDPg8+EzrnPgiAzIM6mzrXO
ss+Bzr/Phc6xz4HOr86/z4UgzrrOsc65IM+Ezr8gzrzPjM69zr8gz4DOv8+FIM+Azq7Pgc6xIM61
zq/Ovc6xzrkgzrHPhc+Ez4wgz4TOvyDOsc+Fz4TPjM68zrHPhM6/Cs68zq7Ovc+FzrzOsSDOsc+A
z4wgzrrOrM+Ez4kuIM6Iz4fOv8+Fzr0gz4DOtc+BzqzPg861zrkgz4DOrM69z4kgzrHPgM+MIM60
z43OvyDOvM6uzr3Otc+CLCDOtM61zr0gzrzOv8+FIM6xz4DOrM69z4TOt8+DzrUgzrrOsc69zrXO
r8+CLArOus6xzrkgz4PPhM6/IM+EzrfOu86tz4bPic69zr8gz4TOv8+FIM66zrHPhM6xz4PPhM6u
zrzOsc+Ezr/PgiDPg8+Ezr8gTGV1dmVuIM68zr/PhSDOtc6vz4DOsc69IM69zrEgIs+Dz4TOtc6v
zrvPiSBlbWFpbCDPg8+Ezr8KcHJpdmFjeSIuIM6Rz4XPhM+MIM6tzrrOsc69zrEuCgrOls6uz4TO
t8+DzrEgzrrOrM+EzrkgzrHPgM67z4w6IM69zrEgzrzOv8+FIM+AzrXOr8+EzrUgz4DOv865zrEg
zrTOtc60zr/OvM6tzr3OsSDOus+BzrHPhM6sz4TOtSDOsc+Az4wgz4TOvyDPhM61z4PPhCDOsc66
zr/Ors+CIM+Azr/PhQrOrc66zrHOvc6xIM+Dz4TOuc+CIDIwIM6ZzrHOvc6/z4XOsc+Bzq/Ov8+F
ICjOsc66zr/PjM6zz4HOsc68zrzOsSwgz4POt868zrXOuc+Oz4POtc65z4IsIM+MLM+EzrkgzqzO
u867zr8pIM66zrHOuSDPg861IM+Azr/Ouc6/zr0Kz4TOsSDOtM+Oz4POsc+EzrUsIM6zzrnOsc+E
zq8gzrzOtc+EzqwgzrHPgM+MIM68zrnOsSDOtc6yzrTOv868zqzOtM6xIM68zrUgz4DOrs+BzrUg
z4TOt867zq3Phs+Jzr3OvyDOtc+EzrHOuc+BzrXOr86xIM6xzrrOv8+Fz4PPhM65zrrPjs69Cs6y
zrHPgc63zrrOv86QzrHPgiDPgM6/z4UgzrTOtc69IM6uzr7Otc+BzrEuCgrOkc69IM60zrXOvSDO
rc+Hz4kgzrHPgM6szr3PhM63z4POtyDOvM6tz4fPgc65IDMwIM6Rz4DPgc65zrvOr86/z4UsIM64
zrEgzrrOrM69z4kgzrrOsc+EzrHOs86zzrXOu86vzrEgz4PPhM63IM6yzrXOu86zzrnOus6uCkdC
QSDOus6xzrkgz4PPhM63zr0gzrXOu867zrfOvc65zrrOriDOkc+Bz4fOriDOoM+Bzr/Pg8+EzrHP
g86vzrHPgiDOlM61zrTOv868zq3Ovc+Jzr0uCgrOk861z4nPgc6zzq/OsSDOoM6xz4DOsc60zr/P
gM6/z43Ou86/z4UKVGllbnNlc3RyYWF0IDE4OCwgMzAwMCBMZXV2ZW4KCk9uIFR1ZSwgMyBGZWIg
MjAyNiBhdCAxOTowMiwgU2hvcCBFeGFtcGxlIFByaXZhY3kgPHByaXZhY3lAc2hvcC5leGFtcGxl
LmJlPiB3cm90ZToKPiBUaGlzIGlzIGFuIGF1dG9tYXRpYyBjb25maXJtYXRpb24uIFBsZWFzZSBk
byBub3QgcmVwbHkgdG8gdGhpcyBtZXNzYWdlLgo+Cj4gVGhhbmsgeW91IGZvciBjb250YWN0aW5n
IHRoZSBTaG9wIEV4YW1wbGUgcHJpdmFjeSB0ZWFtLiBZb3VyIHJlcXVlc3QKPiBoYXMgYmVlbiBy
ZWdpc3RlcmVkIHVuZGVyIHJlZmVyZW5jZSBQUlYtMjAyNi0wMTU4LiBXZSBhbnN3ZXIgd2l0aGlu
Cj4gb25lIG1vbnRoIG9mIHJlY2VpcHQgKEFydC4gMTIoMykgR0RQUikuCj4KPiBEaXQgaXMgZWVu
IGF1dG9tYXRpc2NoZSBiZXZlc3RpZ2luZy4gVXcgdmVyem9layBpcyBnZXJlZ2lzdHJlZXJkCj4g
b25kZXIgcmVmZXJlbnRpZSBQUlYtMjAyNi0wMTU4Lgo=
'''),
    ('bg', 'postfix-bounce-abv-bg-over-quota-lens-subscription-reply', 'automated', (),
'''Return-Path: <>
Received: from mx.abv.bg (mx.abv.bg [203.0.113.194])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JcNy82Tr4z9v9Ke
        for <privacy@shop.example.be>; Mon, 23 Mar 2026 16:30:19 +0100 (CET)
Received: by mx.abv.bg (Postfix)
        id 4JcNy80Bm2zB7Q; Mon, 23 Mar 2026 17:30:18 +0200 (EET)
Date: Mon, 23 Mar 2026 17:30:18 +0200 (EET)
From: MAILER-DAEMON@abv.bg (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4JcNy80Bm2zB7Q.1774279818/mx.abv.bg"
Message-Id: <20260323153018.4JcNy80Bm2zB7Q@mx.abv.bg>

This is a MIME-encapsulated message.

--4JcNy80Bm2zB7Q.1774279818/mx.abv.bg
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx.abv.bg.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<iv.georgieva@abv.bg>: maildrop: maildir over quota.
    Пощенската кутия на получателя е пълна.

--4JcNy80Bm2zB7Q.1774279818/mx.abv.bg
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.abv.bg
X-Postfix-Queue-ID: 4JcNy80Bm2zB7Q
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 23 Mar 2026 17:30:16 +0200 (EET)

Final-Recipient: rfc822; iv.georgieva@abv.bg
Original-Recipient: rfc822;iv.georgieva@abv.bg
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildrop: maildir over quota.

--4JcNy80Bm2zB7Q.1774279818/mx.abv.bg
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from relay2.shop.example.be (relay2.shop.example.be [192.0.2.31])
        by mx.abv.bg (Postfix) with ESMTPS id 4JcNy80Bm2zB7Q
        for <iv.georgieva@abv.bg>; Mon, 23 Mar 2026 17:30:16 +0200 (EET)
Date: Mon, 23 Mar 2026 16:30:12 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: =?utf-8?b?0JjQstC10LvQuNC90LAg0JPQtdC+0YDQs9C40LXQstCw?= <iv.georgieva@abv.bg>
Subject: =?utf-8?b?UmU6INCQ0LHQvtC90LDQvNC10L3RgiDQt9CwINC60L7QvdGC0LDQutGC?=
 =?utf-8?b?0L3QuCDQu9C10YnQuCDigJMg0L/RgNC+0LzRj9C90LAg0L3QsCDQsNC00YDQtdGB?=
Message-ID: <pt-20260323-0011788@helpdesk.shop.example.be>

--4JcNy80Bm2zB7Q.1774279818/mx.abv.bg--
'''),
    ('bg', 'mail-bg-vacation-autoreply-customer', 'automated', (),
'''Return-Path: <desi.nikolova@mail.bg>
Received: from mx2.mail.bg (mx2.mail.bg [203.0.113.196])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JfHm73Sc0z9v4Bz
        for <privacy@shop.example.be>; Wed,  8 Apr 2026 13:05:51 +0200 (CEST)
Received: from webmail.mail.bg (localhost [127.0.0.1])
        by mx2.mail.bg (Postfix) with ESMTP id 8E7F13A0042
        for <privacy@shop.example.be>; Wed,  8 Apr 2026 14:05:50 +0300 (EEST)
From: =?utf-8?b?0JTQtdGB0LjRgdC70LDQstCwINCd0LjQutC+0LvQvtCy0LA=?= <desi.nikolova@mail.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDogUmU6?=
 =?utf-8?b?INCd0LDQv9C+0LzQvdGP0L3QtSDQt9CwINC/0YDQtdCz0LvQtdC0INC90LAg0L4=?=
 =?utf-8?b?0YfQuNGC0LUg4oCTINCy0LDRiNC40YLQtSDQtNCw0L3QvdC4?=
Date: Wed, 08 Apr 2026 14:05:50 +0300
Message-ID: <autoreply-20260408110550-4471@mail.bg>
In-Reply-To: <pt-20260408-0014390@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0LHQu9Cw0LPQvtC00LDRgNGPINC30LAg0L/QuNGB0LzQvtGC
0L4uINCSINC+0YLQv9GD0YHQuiDRgdGK0Lwg0LTQviAxNC4wNC4yMDI2INCzLiDQuCDQv9GA0L7Q
stC10YDRj9Cy0LDQvCDQv9C+0YnQsNGC0LAK0YHQuCDRgNGP0LTQutC+LiDQqdC1INCy0Lgg0L7R
gtCz0L7QstC+0YDRjyDRgdC70LXQtCDQstGA0YrRidCw0L3QtdGC0L4g0YHQuC4KCtCf0YDQuCDR
gdC/0LXRiNC90L7RgdGCOiAwODg4IDQxIDI3IDUzLgoK0J/QvtC30LTRgNCw0LLQuCwK0JTQtdGB
0LjRgdC70LDQstCwINCd0LjQutC+0LvQvtCy0LAKCi0tLQrQotC+0LLQsCDQtSDQsNCy0YLQvtC8
0LDRgtC40YfQtdC9INC+0YLQs9C+0LLQvtGALgo=
'''),
    ('bg', 'frame-supplier-order-dispatched-engraving-names-note', 'automated', (),
'''Return-Path: <orders@optiframe.example>
Received: from mail.optiframe.example (mail.optiframe.example [198.51.100.238])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JfMq16Vb3z9v7Mh
        for <privacy@shop.example.be>; Thu,  9 Apr 2026 15:12:37 +0200 (CEST)
From: =?utf-8?b?0J7Qv9GC0LjQpNGA0LXQudC8IOKAkyDQn9C+0YDRitGH0LrQuA==?= <orders@optiframe.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J/QvtGA0YrRh9C60LAg4oSWIE9GLTI2MDQxMiDQtSDQuNC30L/RgNCw?=
 =?utf-8?b?0YLQtdC90LA=?=
Date: Thu, 9 Apr 2026 16:12:35 +0300
Message-ID: <OF-260412.dispatch@optiframe.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=9F=D0=BE=D1=80=D1=8A=D1=87=D0=BA=D0=B0 =E2=84=96 OF-260412 =D0=B5 =D0=
=B8=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=B0.

=D0=9A=D0=BB=D0=B8=D0=B5=D0=BD=D1=82:          Shop Example BV =E2=80=93 =
=D1=86=D0=B5=D0=BD=D1=82=D1=80=D0=B0=D0=BB=D0=B5=D0=BD =D1=81=D0=BA=D0=BB=
=D0=B0=D0=B4, Mechelen (=D0=BA=D0=BB=D0=B8=D0=B5=D0=BD=D1=82 1187)
=D0=94=D0=B0=D1=82=D0=B0 =D0=BD=D0=B0 =D0=BF=D0=BE=D1=80=D1=8A=D1=87=D0=BA=
=D0=B0: 06.04.2026
=D0=94=D0=B0=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B5=D0=BA=D1=81=D0=BF=D0=B5=D0=B4=
=D0=B8=D1=86=D0=B8=D1=8F: 09.04.2026
=D0=9A=D1=83=D1=80=D0=B8=D0=B5=D1=80:          =D0=95=D0=BA=D1=81=D0=BF=D1=
=80=D0=B5=D1=81=D0=9A=D1=83=D1=80=D0=B8=D0=B5=D1=80, =D1=82=D0=BE=D0=B2=D0=
=B0=D1=80=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=B8=D1=86=D0=B0 5100 7721 9043
=D0=9E=D1=87=D0=B0=D0=BA=D0=B2=D0=B0=D0=BD=D0=B0 =D0=B4=D0=BE=D1=81=D1=82=
=D0=B0=D0=B2=D0=BA=D0=B0: 14.04.2026

=D0=A1=D1=8A=D0=B4=D1=8A=D1=80=D0=B6=D0=B0=D0=BD=D0=B8=D0=B5:
  OF-Milano 52-18 =D1=87=D0=B5=D1=80=D0=B5=D0=BD =D0=BC=D0=B0=D1=82        =
           x 6
  OF-Milano 52-18 =D0=BA=D0=BE=D1=81=D1=82=D0=B5=D0=BD=D1=83=D1=80=D0=BA=D0=
=B0                   x 4
  OF-Kids Flex 44-16 =D1=81=D0=B8=D0=BD                       x 8
  OF-Titan Air 54-17 =D1=81=D1=80=D0=B5=D0=B1=D1=80=D0=BE, =D0=B3=D1=80=D0=
=B0=D0=B2=D0=B8=D1=80=D0=B0=D0=BD=D0=B5 =D1=81 =D0=B8=D0=BC=D0=B5   x 2   (=
=D0=BF=D0=BE=D1=80=D1=8A=D1=87=D0=BA=D0=B8 GNT-0401-03, LEU-0402-11)

=D0=A4=D0=B0=D0=BA=D1=82=D1=83=D1=80=D0=B0: 2000018842 / 09.04.2026, 1 386,=
00 EUR =D0=B1=D0=B5=D0=B7 =D0=94=D0=94=D0=A1, =D0=BF=D0=B0=D0=B4=D0=B5=D0=
=B6 09.05.2026.

=D0=98=D0=BC=D0=B5=D0=BD=D0=B0=D1=82=D0=B0 =D0=B7=D0=B0 =D0=B3=D1=80=D0=B0=
=D0=B2=D0=B8=D1=80=D0=B0=D0=BD=D0=B5 =D1=81=D0=B5 =D0=B8=D0=B7=D0=BF=D0=BE=
=D0=BB=D0=B7=D0=B2=D0=B0=D1=82 =D1=81=D0=B0=D0=BC=D0=BE =D0=B7=D0=B0 =D0=B8=
=D0=B7=D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=BA=D0=B0=D1=82=D0=B0 =D0=B8 =D1=81=
=D0=B5 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D1=82 =D0=BE=D1=82
=D0=BD=D0=B0=D1=88=D0=B0=D1=82=D0=B0 =D1=81=D0=B8=D1=81=D1=82=D0=B5=D0=BC=
=D0=B0 30 =D0=B4=D0=BD=D0=B8 =D1=81=D0=BB=D0=B5=D0=B4 =D0=B4=D0=BE=D1=81=D1=
=82=D0=B0=D0=B2=D0=BA=D0=B0=D1=82=D0=B0, =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=
=81=D0=BD=D0=BE =D0=B4=D0=BE=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B0 =D0=B7=D0=
=B0 =D0=BE=D0=B1=D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=B2=D0=B0=D0=BD=D0=B5
=D0=BD=D0=B0 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 =
=D0=B8 GDPR.

=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,
=D0=9E=D1=82=D0=B4=D0=B5=D0=BB =E2=80=9E=D0=9F=D0=BE=D1=80=D1=8A=D1=87=D0=
=BA=D0=B8=E2=80=9C
=D0=9E=D0=BF=D1=82=D0=B8=D0=A4=D1=80=D0=B5=D0=B9=D0=BC =D0=9E=D0=9E=D0=94
=D1=83=D0=BB. =E2=80=9E=D0=98=D0=BD=D0=B4=D1=83=D1=81=D1=82=D1=80=D0=B8=D0=
=B0=D0=BB=D0=BD=D0=B0=E2=80=9C 18, 4003 =D0=9F=D0=BB=D0=BE=D0=B2=D0=B4=D0=
=B8=D0=B2
=D1=82=D0=B5=D0=BB. 032 604 118
'''),
    ('bg', 'person-forwards-eye-test-reminder-wants-results-as-csv', 'portability', (),
'''Return-Path: <radoslav.petkov@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [203.0.113.195])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JfDk35Ws8z9v1Qr
        for <privacy@shop.example.be>; Tue,  7 Apr 2026 20:14:26 +0200 (CEST)
Received: from nm73.abv.bg (localhost [127.0.0.1])
        by smtp-out.abv.bg (Postfix) with ESMTP id 5B3C2D0A91
        for <privacy@shop.example.be>; Tue,  7 Apr 2026 21:14:25 +0300 (EEST)
Date: Tue, 7 Apr 2026 21:14:25 +0300 (EEST)
From: =?utf-8?b?0KDQsNC00L7RgdC70LDQsiDQn9C10YLQutC+0LI=?= <radoslav.petkov@abv.bg>
To: privacy@shop.example.be
Message-ID: <1185307042.731188.1775585665204@nm73.abv.bg>
Subject: =?utf-8?b?RndkOiDQndCw0L/QvtC80L3Rj9C90LU6INC/0YDQtdCz0LvQtdC0INC9?=
 =?utf-8?b?0LAg0L7Rh9C40YLQtSDQvdCwIDIyLjA0LjIwMjYg0LIgMDk6MzA=?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64
X-Priority: 3
Importance: Medium
X-Mailer: AbvMail 3.0

0JfQtNGA0LDQstC10LnRgtC1LAoK0L/RgNC10L/RgNCw0YnQsNC8INCy0Lgg0L3QsNC/0L7QvNC9
0Y/QvdC10YLQviDQv9C+LdC00L7Qu9GDLiDQktC10YfQtSDQvdC1INC20LjQstC10Y8g0LIg0JHQ
tdC70LPQuNGPLCDQvtGCINC80LDRgNGCINGB0YrQvCDQsgrQodC+0YTQuNGPINC4INGJ0LUg0L/R
gNC+0LTRitC70LbQsCDQv9GA0Lgg0L7Qv9GC0L7QvNC10YLRgNC40YHRgiDRgtGD0LosINGC0LDQ
utCwINGH0LUg0L3Rj9C80LAg0LTQsCDQtNC+0LnQtNCwINC90LAK0L/RgNC10LPQu9C10LTQsCDQ
vdCwIDIyINCw0L/RgNC40LsgKNC80L7Qu9GPLCDQvtGC0LzQtdC90LXRgtC1INCz0L4pLgoK0J3Q
vtCy0LjRj9GCINC80Lgg0L7Qv9GC0LjQuiDQuNGB0LrQsCDQuNGB0YLQvtGA0LjRj9GC0LAg0LzQ
uC4g0JzQvtC20LXRgtC1INC70Lgg0LTQsCDQvNC4INC40LfQv9GA0LDRgtC40YLQtSDQstGB0LjR
h9C60LgK0YDQtdC30YPQu9GC0LDRgtC4INC+0YIg0L/RgNC10LPQu9C10LTQuNGC0LUg0L3QsCDQ
vtGH0LjRgtC1INC80Lgg0L/RgNC4INCy0LDRgSAoMjAyM+KAkzIwMjYpLCDQtNC40L7Qv9GC0YDQ
uNGC0LUg0LgK0L/QsNGA0LDQvNC10YLRgNC40YLQtSDQvdCwINC60L7QvdGC0LDQutGC0L3QuNGC
0LUg0LvQtdGJ0Lgg0LIg0LXQu9C10LrRgtGA0L7QvdC10L0g0YTQsNC50Lsg4oCTIEV4Y2VsINC4
0LvQuCBDU1YsIOKAkwrQt9CwINC00LAg0LzRgyDQs9C4INC/0YDQtdGF0LLRitGA0LvRjyDQtNC4
0YDQtdC60YLQvdC+PyDQkNC60LDRg9C90YLRitGCINC80Lgg0LUg0L3QsCDRgtC+0LfQuCDQuNC8
0LXQudC7LgoK0JHQu9Cw0LPQvtC00LDRgNGPINC/0YDQtdC00LLQsNGA0LjRgtC10LvQvdC+LArQ
oNCw0LTQvtGB0LvQsNCyINCf0LXRgtC60L7QsgrQti7Qui4g0JzQu9Cw0LTQvtGB0YIgMSwg0LHQ
uy4gNDIsINCy0YUuINCRLCAxNzg0INCh0L7RhNC40Y8KKzM1OSA4ODcgMzEwIDU2MgoKLS0tLS0t
LS0g0J/RgNC10L/RgNCw0YLQtdC90L4g0YHRitC+0LHRidC10L3QuNC1IC0tLS0tLS0tCtCi0LXQ
vNCwOiAgINCd0LDQv9C+0LzQvdGP0L3QtTog0L/RgNC10LPQu9C10LQg0L3QsCDQvtGH0LjRgtC1
INC90LAgMjIuMDQuMjAyNiDQsiAwOTozMArQlNCw0YLQsDogICBNb24sIDA2IEFwciAyMDI2IDA5
OjAwOjA0ICswMjAwCtCe0YI6ICAgICBTaG9wIEV4YW1wbGUgT3B0aWVrIDxyZW1pbmRlcnNAYm9v
a2luZy5zaG9wLmV4YW1wbGUuYmU+CtCU0L46ICAgICByYWRvc2xhdi5wZXRrb3ZAYWJ2LmJnCgrQ
l9C00YDQsNCy0LXQudGC0LUsINCg0LDQtNC+0YHQu9Cw0LIsCgrQvdCw0L/QvtC80L3Rj9C80LUg
0LLQuCDQt9CwINCz0L7QtNC40YjQvdC40Y8g0L/RgNC10LPQu9C10LQg0L3QsCDQvtGH0LjRgtC1
OgoKICDRgdGA0Y/QtNCwLCAyMi4wNC4yMDI2LCAwOTozMAogIFNob3AgRXhhbXBsZSBPcHRpZWss
IEJvbmRnZW5vdGVubGFhbiA3NCwgMzAwMCBMZXV2ZW4KCtCX0LAg0L7RgtC80Y/QvdCwINC40LvQ
uCDQv9GA0L7QvNGP0L3QsDogYm9va2luZy5zaG9wLmV4YW1wbGUuYmUvbS83UUs0LTIyCtCi0L7Q
stCwINGB0YrQvtCx0YnQtdC90LjQtSDQtSDQuNC30L/RgNCw0YLQtdC90L4g0LDQstGC0L7QvNCw
0YLQuNGH0L3Qvi4g0JzQvtC70Y8sINC90LUg0L7RgtCz0L7QstCw0YDRj9C50YLQtS4K
'''),
]

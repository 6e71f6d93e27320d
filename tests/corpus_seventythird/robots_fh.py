"""Seventy-third set: robot mail of the brands and manufacturers whose products the shop sells (product-registration and extended-warranty confirmations, safety recall notices, service-centre repair tickets and status mails, review-syndication reports, smart-appliance app alerts, brand newsletters, test panels and cashback portals, bounces and auto-replies of their mails), plus people whose mail looks automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the rules."""

ROBOTS = [
    ('pl', 'brand-product-registration-extended-warranty-counter-pl', 'automated', (),
'''Return-Path: <bounces+rej-55120@em.kalvora.example>
Received: from o22.em.kalvora.example (o22.em.kalvora.example [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh2Rb7Lm3z5x1Pa
        for <privacy@shop.example.be>; Tue, 05 May 2026 11:42:19 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=kalvora.example;
	s=s1; t=1777974137; h=from:to:subject:date:message-id:mime-version;
	bh=Nf4Tq8Wm2Kp0Xr5Ls7Vn1Bh3Cj9Dk6Fg0Hl2Jm8Np4Qr=;
	b=Wx2Yz7Ab9Cd1Ef4Gh6Ij3Kl8Mn0Op5Qr2St7Uv9Wx1Yz4Ab6Cd3Ef8Gh0Ij5Kl2Mn
From: Kalvora Polska <rejestracja@kalvora.example>
Reply-To: Kalvora Obsluga Klienta <serwis.pl@kalvora.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Potwierdzenie_rejestracji_produktu_=E2=80=93_przed=C5=82u=C5=BCona?=
 =?UTF-8?Q?_gwarancja_5_lat?=
Date: Tue, 05 May 2026 09:42:17 +0000
Message-ID: <reg.PL-2026-0505-77412@mailer.kalvora.example>
Auto-Submitted: auto-generated
X-Mailer: Kalvora CRM Notifier 3.2
Feedback-ID: reg-pl:kalvora:sendgrid
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="kv_77412_alt"

--kv_77412_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

KALVORA - Rejestracja produktu

Dzień dobry,

dziękujemy za zarejestrowanie produktu. Przedłużona gwarancja została
aktywowana.

Numer rejestracji:   PL-2026-0505-77412
Produkt:             Ekspres ciśnieniowy Kalvora Barista Pro 9 (KB-9120)
Numer seryjny:       KB9120-26A-004471
Data zakupu:         02.05.2026
Sprzedawca:          Shop Example, Bruksela - Rue Neuve
Właściciel:          Pani M. Wiśniewska
Adres:               ul. Ko**************, 31-*** Kraków
Gwarancja do:        02.05.2031 (2 lata gwarancji producenta + 3 lata
                     po rejestracji)

Rejestracja została wprowadzona przez punkt sprzedaży w imieniu klienta.
Jeżeli adres e-mail podany przy rejestracji nie należy do właściciela
urządzenia, prosimy o jego zmianę w serwisie mojkalvora.example.

Informacja o przetwarzaniu danych
Administratorem danych osobowych jest Kalvora Home Appliances Sp. z o.o.
Dane przetwarzamy w celu obsługi gwarancji (art. 6 ust. 1 lit. b RODO) oraz,
w razie akcji serwisowej lub wycofania produktu, w celu powiadomienia
właściciela (art. 6 ust. 1 lit. c i f RODO). Przysługuje Pani/Panu prawo
dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania,
przenoszenia danych oraz prawo sprzeciwu. Usunięcie danych przed upływem
okresu gwarancji oznacza rezygnację z przedłużonej gwarancji. Przysługuje
również prawo wniesienia skargi do Prezesa UODO.
Kontakt z inspektorem ochrony danych: iod@kalvora.example

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
--kv_77412_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<h2 style="color:#b3122e">KALVORA</h2>
<p>Dziękujemy za zarejestrowanie produktu. <b>Przedłużona gwarancja została aktywowana.</b></p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Numer rejestracji</td><td>PL-2026-0505-77412</td></tr>
<tr><td>Produkt</td><td>Kalvora Barista Pro 9 (KB-9120)</td></tr>
<tr><td>Numer seryjny</td><td>KB9120-26A-004471</td></tr>
<tr><td>Sprzedawca</td><td>Shop Example, Bruksela - Rue Neuve</td></tr>
<tr><td>Gwarancja do</td><td>02.05.2031</td></tr>
</table>
<p style="font-size:11px;color:#777">Administratorem danych jest Kalvora Home Appliances Sp. z o.o.
Prawo dostępu, sprostowania, usunięcia, ograniczenia, przenoszenia i sprzeciwu: iod@kalvora.example.
Skarga: Prezes UODO. Wiadomość wygenerowana automatycznie.</p>
</body></html>
--kv_77412_alt--
'''),
    ('pl', 'exim-bounce-polish-hoster-recall-address-reply', 'automated', (),
'''Return-Path: <>
Received: from mx3.hostpolska.example ([203.0.113.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kj0Wc1Tn8z5x4Qd
        for <privacy@shop.example.be>; Mon, 11 May 2026 14:07:55 +0200 (CEST)
Received: from mailnull by mx3.hostpolska.example with local (Exim 4.97)
	id 1wLp3x-0007Qa-2K
	for privacy@shop.example.be; Mon, 11 May 2026 14:07:54 +0200
X-Failed-Recipients: tadeusz.kowal@poczta-gdansk.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx3.hostpolska.example>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1778501274-eximdsn-55821
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wLp3x-0007Qa-2K@mx3.hostpolska.example>
Date: Mon, 11 May 2026 14:07:54 +0200

--1778501274-eximdsn-55821
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  tadeusz.kowal@poczta-gdansk.example
    host mail.poczta-gdansk.example [203.0.113.140]
    SMTP error from remote mail server after RCPT TO:<tadeusz.kowal@poczta-gdansk.example>:
    550 5.1.1 Skrzynka nie istnieje / Mailbox does not exist

--1778501274-eximdsn-55821
Content-type: message/delivery-status

Reporting-MTA: dns; mx3.hostpolska.example

Action: failed
Final-Recipient: rfc822;tadeusz.kowal@poczta-gdansk.example
Status: 5.1.1
Remote-MTA: dns; mail.poczta-gdansk.example
Diagnostic-Code: smtp; 550 5.1.1 Skrzynka nie istnieje / Mailbox does not exist

--1778501274-eximdsn-55821
Content-type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Kj0Wb6Qp2z5x4Qc
	for <tadeusz.kowal@poczta-gdansk.example>; Mon, 11 May 2026 14:07:51 +0200 (CEST)
From: Shop Example - Ochrona danych <privacy@shop.example.be>
To: Tadeusz Kowal <tadeusz.kowal@poczta-gdansk.example>
Subject: Re: Skąd producent ma mój adres? (wycofanie grzejnika Termalo)
Date: Mon, 11 May 2026 14:07:49 +0200
Message-ID: <pt-20260511-0051377@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Szanowny Panie,

dziękujemy za wiadomość z 4 maja. Potwierdzamy, że przy zakupie grzejnika
olejowego Termalo OR-11 w naszym sklepie w Antwerpii (paragon 0412-2291-0087)
Pana adres został przekazany producentowi wyłącznie w związku z akcją
wycofania produktu z powodu wadliwego termostatu. Poniżej przesyłamy
zestawienie danych, które przechowujemy ...

Z poważaniem,
Zespół ochrony danych Shop Example

--1778501274-eximdsn-55821--
'''),
    ('pl', 'service-centre-laptop-repair-done-disk-wiped-no-auto-headers', 'automated', (),
'''Return-Path: <serwis@naprawy-centrum.example>
Received: from smtp.naprawy-centrum.example (smtp.naprawy-centrum.example [198.51.100.203])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kk5Hd8Rv0z5x2Ns
        for <privacy@shop.example.be>; Thu, 14 May 2026 16:21:40 +0200 (CEST)
From: "Autoryzowany Serwis Lenvio - Centrum Napraw" <serwis@naprawy-centrum.example>
To: privacy@shop.example.be
Subject: Zlecenie RMA 26-118874 - naprawa zakończona
Date: Thu, 14 May 2026 16:21:37 +0200
Message-ID: <rma-26-118874-status-7@naprawy-centrum.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Centrum Napraw - autoryzowany serwis Lenvio
Status zlecenia: NAPRAWA ZAKOŃCZONA

Numer zlecenia:      RMA 26-118874
Zgłaszający:         Shop Example (punkt obsługi gwarancyjnej, Liège)
Klient końcowy:      J. Zieliński
Urządzenie:          Laptop Lenvio IdeaBook 15 G3, S/N LV15G3-PF4K2T
Usterka zgłoszona:   brak obrazu, urządzenie nie uruchamia się
Wykonane czynności:  wymiana płyty głównej, wymiana dysku SSD 512 GB,
                     instalacja systemu operacyjnego (obraz fabryczny)
Koszt:               0,00 PLN (naprawa gwarancyjna)

UWAGA - DANE NA NOŚNIKU
Zgodnie z oświadczeniem podpisanym przy przyjęciu sprzętu dysk SSD został
wymieniony, a uszkodzony nośnik zostanie zniszczony w sposób uniemożliwiający
odtworzenie danych. Serwis nie wykonywał kopii zapasowej i nie ma dostępu do
danych klienta. Dane zapisane na urządzeniu przed naprawą nie zostały
przeniesione.

Sprzęt zostanie odesłany kurierem na adres punktu zgłaszającego w ciągu
2 dni roboczych. Numer przesyłki otrzymają Państwo w osobnej wiadomości.

Dane osobowe klienta końcowego przetwarzamy wyłącznie w celu realizacji
naprawy gwarancyjnej na zlecenie producenta. Informacje o przysługujących
prawach: www.naprawy-centrum.example/rodo

--
Centrum Napraw Sp. z o.o., ul. Przemysłowa 14, 60-111 Poznań
Ta wiadomość została wysłana z systemu obsługi zleceń SerwisNet.
'''),
    ('pl', 'brand-recall-bulletin-retail-partners-heater-bulk', 'automated', (),
'''Return-Path: <partner-bulletin@termalo.example>
Received: from mta-eu2.termalo.example (mta-eu2.termalo.example [203.0.113.28])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf8Mk2Xb5z5x0Lt
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 08:00:12 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=termalo.example; s=mta;
	h=from:to:subject:date:message-id:list-id:list-unsubscribe;
	bh=Lk3Qm9Tv2Xw7Bn4Cr1Dz8Fy5Gh0Jk6Mp3Ns9Pq2Rt7=;
	b=Ab4Cd9Ef2Gh7Ij1Kl6Mn3Op8Qr5St0Uv4Wx9Yz2Ab7Cd1Ef6Gh3Ij8Kl5Mn0Op4Qr
From: Termalo Partner Service <partner-bulletin@termalo.example>
To: Retail Partners <partners-be@lists.termalo.example>
Cc: privacy@shop.example.be
Subject: =?UTF-8?Q?[Biuletyn_partnerski]_Akcja_wycofania:_grzejnik_olejowy_OR-11?=
Date: Wed, 29 Apr 2026 06:00:09 +0000
Message-ID: <bulletin.2026-17.recall-or11@termalo.example>
List-Id: Termalo retail partners BE/PL <partners-be.lists.termalo.example>
List-Unsubscribe: <mailto:unsubscribe-partners@termalo.example?subject=unsubscribe>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

BIULETYN PARTNERSKI TERMALO nr 17/2026
Dotyczy: dobrowolna akcja wycofania - grzejnik olejowy OR-11

Szanowni Partnerzy,

w ramach dobrowolnej akcji wycofania grzejników olejowych OR-11 (partie
produkcyjne 2531-2544) przypominamy o procedurze:

1. Produkty z wymienionych partii należy niezwłocznie wycofać ze sprzedaży.
2. Klienci, którzy zarejestrowali produkt, zostali powiadomieni bezpośrednio
   przez Termalo.
3. Klientów, którzy nie zarejestrowali produktu, prosimy informować w
   punktach sprzedaży (plakat A3 w załączniku na portalu partnerskim).
4. Dane kontaktowe klientów mogą być przekazywane do Termalo wyłącznie za
   pośrednictwem formularza na portalu partnerskim i wyłącznie w zakresie
   niezbędnym do wymiany produktu (imię, nazwisko, adres dostawy, telefon).
   Nie przesyłajcie Państwo danych klientów zwykłą pocztą e-mail.
5. Termalo przetwarza te dane jako odrębny administrator; dane są usuwane
   6 miesięcy po zakończeniu akcji.

Dotychczasowy stan akcji w Belgii: 1 184 z 2 930 sztuk wymienionych (40,4%).

Pytania: recall-or11@termalo.example, infolinia partnerska +48 22 300 71 40.

Otrzymują Państwo tę wiadomość jako zarejestrowany partner handlowy Termalo.
Wypisanie z listy: partners-be@lists.termalo.example (temat: unsubscribe).
'''),
    ('pl', 'person-forwards-brand-recall-letter-asks-what-shop-passed-on', 'access', (),
'''Return-Path: <a.nowakowska82@o2-poczta.example>
Received: from mx.o2-poczta.example (mx.o2-poczta.example [203.0.113.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Km1Bv3Yq6z5x7Hr
        for <privacy@shop.example.be>; Sat, 16 May 2026 20:44:02 +0200 (CEST)
From: Agnieszka Nowakowska <a.nowakowska82@o2-poczta.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Fwd:_WA=C5=BBNE:_Akcja_wycofania_produktu_Termalo_OR-11?=
Date: Sat, 16 May 2026 20:43:58 +0200
Message-ID: <a81f2c3d-9e47-4b10-bb2e-6f1d0c9a7e35@o2-poczta.example>
X-Mailer: o2 Poczta webmail 6.1
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

dzien dobry
dostałam ponizszy mail od Termalo. Nigdy nie rejestrowalam tego grzejnika
u producenta, kupilam go u Was w Gandawie w listopadzie i placilam karta
lojalnosciowa. Skad oni maja mojego maila i adres?? Prosze o informacje
jakie moje dane przekazaliscie producentowi, kiedy i komu jeszcze.
Grzejnik oczywiscie oddam, to nie o to chodzi.

Agnieszka Nowakowska
karta 6007 4412 0093

-------- Wiadomość przekazana --------
Od: Termalo <no-reply@recall.termalo.example>
Data: 16.05.2026 09:12
Temat: WAŻNE: Akcja wycofania produktu Termalo OR-11
Do: a.nowakowska82@o2-poczta.example

Szanowna Pani Agnieszko,

z naszych danych wynika, że posiada Pani grzejnik olejowy Termalo OR-11
z partii objętej dobrowolną akcją wycofania. W rzadkich przypadkach
termostat może ulec przegrzaniu.

Prosimy natychmiast przestać używać urządzenia. Kurier odbierze grzejnik
pod adresem: ul. Lipowa 7/3, 9000 Gent. Nowy grzejnik otrzyma Pani bezpłatnie.

Termin odbioru wybierze Pani tutaj: https://recall.termalo.example/or11

Wiadomość wysłana automatycznie. Informacja o przetwarzaniu danych:
https://termalo.example/prywatnosc
'''),
    ('cs', 'review-syndication-monthly-report-removed-reviews-cs', 'automated', (),
'''Return-Path: <reports@revulink.example>
Received: from out-4.revulink.example (out-4.revulink.example [198.51.100.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd3Np7Wc1z5x9Ab
        for <privacy@shop.example.be>; Fri, 01 May 2026 03:15:08 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=revulink.example; s=rl2025;
	h=from:to:subject:date:message-id; bh=Vm1Qx8Rt4Lk7Wn2Bz5Cy0Dh3Fj6Gk9Hm1Jn4Pq7Rs=;
	b=Xy5Za0Bc7De2Fg9Hi4Jk1Lm6No3Pq8Rs5Tu0Vw7Xy2Za9Bc4De1Fg6Hi3Jk8Lm5No
From: RevuLink Syndication <reports@revulink.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?M=C4=9Bs=C3=AD=C4=8Dn=C3=AD_p=C5=99ehled_syndikace_recenz=C3=AD_-_duben_2026?=
Date: Fri, 01 May 2026 01:15:05 +0000
Message-ID: <monthly.2026-04.acct-88120.cs@reports.revulink.example>
Auto-Submitted: auto-generated
X-Report-Type: syndication-monthly
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

RevuLink - měsíční přehled syndikace recenzí
Účet: Shop Example BE (88120)  |  Období: 1.-30. 4. 2026  |  Jazyk: CS

SOUHRN
Nové recenze sdílené se značkami:         412
Recenze zobrazené na webech výrobců:      377
Recenze zamítnuté moderací:               29
Recenze odstraněné na žádost autora:      6
Recenze anonymizované (zrušení účtu):     3

TOP ZNAČKY PODLE POČTU RECENZÍ
1. Kalvora          118
2. Vexio Audio       74
3. Lenvio            61
4. Brixhome          43

DŮVODY ZAMÍTNUTÍ
- osobní údaje v textu (telefon, e-mail, adresa)        11
- nesouvisí s produktem                                  9
- vulgarismy                                             5
- duplicita                                              4

ŽÁDOSTI AUTORŮ
Šest autorů požádalo o výmaz svých recenzí. Recenze byly odstraněny
z vašeho webu i ze všech webů výrobců do 72 hodin. U tří autorů, kteří
zrušili svůj zákaznický účet, byly recenze anonymizovány (přezdívka
nahrazena textem "Ověřený zákazník"). Žádná další akce z vaší strany
není nutná.

Podrobný přehled ve formátu CSV je k dispozici v administraci:
https://console.revulink.example/reports/88120/2026-04

Tento přehled je generován automaticky každý měsíc. Nastavení odběru
změníte v administraci v sekci Oznámení.
'''),
    ('cs', 'robot-vacuum-app-home-map-uploaded-demo-unit-cs', 'automated', (),
'''Return-Path: <notify@cloud.robomo.example>
Received: from smtp-eu-c1.cloud.robomo.example (smtp-eu-c1.cloud.robomo.example [203.0.113.177])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kg6Ts0Pd4z5x3Kw
        for <privacy@shop.example.be>; Sun, 03 May 2026 07:30:44 +0200 (CEST)
From: Robomo Home <notify@cloud.robomo.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Va=C5=A1e_mapa_dom=C3=A1cnosti_byla_ulo=C5=BEena_do_cloudu?=
Date: Sun, 03 May 2026 05:30:41 +0000
Message-ID: <0102019a7c3e.map-saved.RB-S8-11827@cloud.robomo.example>
X-SES-Outgoing: 2026.05.03-203.0.113.177
Feedback-ID: 1.eu-central-1.notify-map:robomo
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html>
<html lang="cs"><head><meta charset="utf-8"><title>Robomo Home</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;padding:24px">
<tr><td><img src="https://cdn.robomo.example/mail/logo.png" alt="Robomo" width="120"></td></tr>
<tr><td style="font-size:20px;font-weight:bold;padding-top:16px">Mapa byla uložena</td></tr>
<tr><td style="font-size:14px;line-height:1.5;padding-top:8px">
<p>Dobrý den,</p>
<p>váš robotický vysavač <b>Robomo S8 ("Demo prodejna Brusel")</b> dokončil mapování
a mapa domácnosti (4 místnosti, 86 m²) byla uložena do vašeho účtu v cloudu Robomo.</p>
<p>Mapa se používá k plánování úklidu a zobrazuje se pouze v aplikaci přihlášeným
členům domácnosti. Fotografie z kamery pro rozpoznávání překážek se neukládají.</p>
<p>Mapu můžete kdykoli smazat v aplikaci: <i>Zařízení &gt; Mapy &gt; Smazat mapu</i>.
Smazáním účtu se odstraní všechny mapy a historie úklidů.</p>
<p style="font-size:12px;color:#888">Tento e-mail vám byl zaslán, protože máte zapnutá
oznámení o zařízení. Zásady ochrany osobních údajů: https://robomo.example/cs/privacy<br>
Robomo Technology Europe B.V., Amsterdam. Na tento e-mail neodpovídejte.</p>
</td></tr></table></td></tr></table>
</body></html>
'''),
    ('cs', 'exchange-ooo-brand-key-account-manager-cs', 'automated', (),
'''Return-Path: <petra.dvorakova@vexio-audio.example>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kn4Xw2Fh9z5x6Jc
        for <privacy@shop.example.be>; Tue, 19 May 2026 10:02:17 +0200 (CEST)
From: =?utf-8?B?UGV0cmEgRHZvxZnDoWtvdsOh?= <petra.dvorakova@vexio-audio.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatick=C3=A1_odpov=C4=9B=C4=8F:_=C5=BD=C3=A1dost_o_v=C3=BDmaz_?=
 =?utf-8?Q?=C3=BAdaj=C5=AF_z_registrace_sluch=C3=A1tek?=
Thread-Topic: =?utf-8?Q?=C5=BD=C3=A1dost_o_v=C3=BDmaz_=C3=BAdaj=C5=AF_z_registrace_sluch=C3=A1tek?=
Thread-Index: AQHe7Kc2Xq9Lm4Rt1Vn8Bz3Cw6Dy0g==
Date: Tue, 19 May 2026 08:02:15 +0000
Message-ID: <DB9PR07MB8811A4C2F0E73B5D96A1C8E4F2D60@DB9PR07MB8811.eurprd07.prod.outlook.com>
In-Reply-To: <pt-20260519-0053310@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: petra.dvorakova@vexio-audio.example
Content-Language: cs-CZ
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dobrý den,

do 29. 5. 2026 čerpám dovolenou a k e-mailům mám jen omezený přístup.

V záležitostech objednávek a reklamací kontaktujte prosím oddělení
obchodní podpory: obchod.cz@vexio-audio.example, tel. +420 225 318 400.

Žádosti týkající se ochrany osobních údajů (přístup, výmaz, oprava údajů
z registrace produktů) vyřizuje náš pověřenec: dpo@vexio-audio.example.
Vaši zprávu mu automaticky nepřeposílám.

S pozdravem
Petra Dvořáková
Key Account Manager Benelux & CZ
Vexio Audio s.r.o.
'''),
    ('cs', 'person-reply-above-brand-newsletter-objects-to-sharing', 'objection', (),
'''Return-Path: <jirka.kratochvil@seznam-mail.example>
Received: from mxout2.seznam-mail.example (mxout2.seznam-mail.example [198.51.100.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kp9Cz5Nr2z5x8Gd
        for <privacy@shop.example.be>; Thu, 21 May 2026 22:18:40 +0200 (CEST)
From: =?utf-8?q?Ji=C5=99=C3=AD_Kratochv=C3=ADl?= <jirka.kratochvil@seznam-mail.example>
To: privacy@shop.example.be
Subject: Re: =?utf-8?q?Jirko=2C_va=C5=A1e_nov=C3=A1_sluch=C3=A1tka_si_zaslou=C5=BE=C3=AD_?=
 =?utf-8?q?p=C3=A9=C4=8Di_=E2=80=93_t=C3=BDden_Vexio_Care?=
Date: Thu, 21 May 2026 22:18:37 +0200
Message-ID: <5f0c2e1b.71a4.4d9e.b3c8.20260521221837@seznam-mail.example>
In-Reply-To: <nl.vexio.2026-05-21.cz.33917@news.vexio-audio.example>
User-Agent: Email.cz webmail
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý večer,

tohle mi přišlo od Vexia. U nich jsem se nikdy neregistroval, sluchátka
jsem koupil u vás v Bruselu (Anspach) a e-mail jsem dával jen kvůli
elektronické účtence. Nechci, abyste moje údaje o nákupech dál posílali
výrobcům na jejich reklamu. Účet u vás si nechám, jen s tímhle přestaňte.
Vexiu napíšu zvlášť.

J. Kratochvíl

Dne 21. 05. 2026 v 18:00 Vexio Audio napsal(a):
> VEXIO CARE WEEK
>
> Jirko, vaše nová sluchátka Vexio Aria ANC si zaslouží péči.
>
> - Aktualizujte firmware v aplikaci Vexio Connect
> - Vyměňte náušníky: sada za 390 Kč s 25% slevou do 31. 5.
> - Prodlužte záruku o 2 roky za 690 Kč
>
> Tento e-mail dostáváte, protože jste zakoupili produkt Vexio u našeho
> autorizovaného prodejce. Odhlásit se můžete zde:
> https://news.vexio-audio.example/u/cz/33917
>
> Vexio Audio s.r.o., Na Florenci 15, 110 00 Praha 1
'''),
    ('hr', 'cashback-portal-claim-received-dealer-copy-hr', 'automated', (),
'''Return-Path: <noreply@cashback.brixhome.example>
Received: from mail-out.promoflow.example (mail-out.promoflow.example [198.51.100.158])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kq2Fv8Lb0z5x1Sy
        for <privacy@shop.example.be>; Mon, 25 May 2026 12:40:26 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=promoflow.example; s=pf1;
	h=from:to:subject:date:message-id; bh=Rt5Wn0Lq3Xv8Bk1Cz6Dm9Fh2Gj7Hp4Js0Kq5Nt8=;
	b=Cd3Ef8Gh1Ij6Kl0Mn5Op2Qr7St4Uv9Wx1Yz6Ab3Cd8Ef0Gh5Ij2Kl7Mn4Op9Qr1St
From: Brixhome Cashback <noreply@cashback.brixhome.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Zahtjev_za_povrat_novca_BX-CB-2026-30418_zaprimljen_(kopija_za_prodava?=
 =?UTF-8?Q?=C4=8Da)?=
Date: Mon, 25 May 2026 10:40:23 +0000
Message-ID: <cb.BX-CB-2026-30418.received@promoflow.example>
Auto-Submitted: auto-generated
X-Mailer: PromoFlow Claims 2.8
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

BRIXHOME CASHBACK - PROLJEĆE 2026
Zahtjev zaprimljen - kopija za prodavača

Broj zahtjeva:     BX-CB-2026-30418
Proizvod:          Brixhome SteamPro 3000 parna postaja
Iznos povrata:     40,00 EUR
Sudionik:          I. Babić
IBAN:              HR** **** **** **** **71 94
Račun:             SE-0417-26-118203 (Shop Example, Liège - Médiacité)
Datum kupnje:      18.05.2026

Sudionik je kao prodavača naveo vašu trgovinu. Ovu kopiju šaljemo na adresu
koju je prodavač registrirao u programu, radi eventualne provjere računa.
Ne morate ništa poduzeti. Ako račun ne prepoznajete, javite se na
partner@cashback.brixhome.example u roku od 7 dana.

Povrat će biti isplaćen u roku od 30 dana nakon provjere.

Podatke sudionika obrađuje PromoFlow d.o.o. kao izvršitelj obrade za
Brixhome Europe GmbH isključivo u svrhu provedbe promocije. Podaci se brišu
6 mjeseci nakon završetka promocije. Sudionik ima pravo na pristup,
ispravak i brisanje podataka te pravo na prigovor nadzornom tijelu (AZOP).

Ova poruka je automatski generirana. Molimo ne odgovarajte na nju.
'''),
    ('hr', 'brand-helpdesk-ticket-ack-forwarded-erasure-request-hr', 'automated', (),
'''Return-Path: <support+id1427731@vexio-audio.zendesk.example>
Received: from outbyoip8.pod17.euc1.zdsys.example (outbyoip8.pod17.euc1.zdsys.example [188.172.138.8])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kr6Jw1Dm4z5x5Fp
        for <privacy@shop.example.be>; Wed, 27 May 2026 15:55:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=vexio-audio.example; s=zendesk1;
	h=from:to:subject:date:message-id:reply-to; bh=Jk8Lq1Wn6Xv3Bz0Cr5Dy2Fh9Gm4Hp7Js1Kt6Nq=;
	b=Mn7Op2Qr9St4Uv1Wx6Yz3Ab8Cd5Ef0Gh7Ij2Kl9Mn4Op1Qr6St3Uv8Wx5Yz0Ab7Cd2
From: =?utf-8?q?Vexio_Audio_Podr=C5=A1ka?= <support@vexio-audio.example>
Reply-To: Vexio Audio Podrška <support+id1427731@vexio-audio.zendesk.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?UTF-8?Q?[Vexio_Audio]_Zaprimili_smo_va=C5=A1_zahtjev_#1427731:_Brisanje_pod?=
 =?UTF-8?Q?ataka_-_registracija_proizvoda?=
Date: Wed, 27 May 2026 13:55:06 +0000
Message-ID: <ZD9KM3XQ7W_6656f1a2c3e8b_4f1c_sprut@zendesk.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
X-Mailer: Zendesk Mailer
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6656f1a2_4f1c"

----==_mimepart_6656f1a2_4f1c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

##- Molimo upišite svoj odgovor iznad ovog retka -##

Poštovani,

zaprimili smo vaš zahtjev i dodijelili mu broj #1427731.

Zahtjevi koji se odnose na zaštitu osobnih podataka (pristup, ispravak,
brisanje, prijenos podataka) obrađuju se u roku od 30 dana od primitka. Ako
zahtjev šaljete u ime kupca, službenik za zaštitu podataka može zatražiti
potvrdu identiteta izravno od kupca.

Ovo je automatska potvrda primitka. Odgovorit ćemo vam čim vaš zahtjev bude
pregledan.

Vexio Audio Podrška

--------------------------------
Vaš zahtjev (27. svi 2026. 15:54):

Poštovani, prosljeđujemo zahtjev našeg kupca g. Marka Horvata (Zagreb) za
brisanje podataka iz registracije slušalica Vexio Aria ANC, S/N VXA-26-330918,
koju je naš prodavač obavio na blagajni. Hvala. Shop Example - tim za
zaštitu podataka
----==_mimepart_6656f1a2_4f1c
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body><p style="color:#b5b5b5">##- Molimo upišite svoj odgovor iznad ovog retka -##</p>
<p>Poštovani,</p><p>zaprimili smo vaš zahtjev i dodijelili mu broj <b>#1427731</b>.</p>
<p>Zahtjevi koji se odnose na zaštitu osobnih podataka (pristup, ispravak, brisanje, prijenos
podataka) obrađuju se u roku od 30 dana od primitka.</p>
<p>Ovo je automatska potvrda primitka.</p><p>Vexio Audio Podrška</p>
</body></html>
----==_mimepart_6656f1a2_4f1c--
'''),
    ('hr', 'brand-newsletter-html-only-summer-grill-consent-footer-hr', 'automated', (),
'''Return-Path: <bounce-hr-55819-2231@news.grillmeister.example>
Received: from mta14.news.grillmeister.example (mta14.news.grillmeister.example [203.0.113.214])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ks0Lx4Gp7z5x2Wq
        for <privacy@shop.example.be>; Thu, 28 May 2026 17:00:31 +0200 (CEST)
From: GrillMeister Hrvatska <novosti@news.grillmeister.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Ljeto_je_tu_=F0=9F=94=A5_Registrirajte_ro=C5=A1tilj_i_osvojite_set_?=
 =?UTF-8?Q?pribora?=
Date: Thu, 28 May 2026 15:00:28 +0000
Message-ID: <20260528150028.55819.2231@news.grillmeister.example>
List-Unsubscribe: <https://news.grillmeister.example/odjava?u=2231&c=55819>, <mailto:odjava-55819-2231@news.grillmeister.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Campaign: hr-ljeto-2026
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><head><meta charset="utf-8"></head>
<body style="font-family:Georgia,serif;background:#1d1d1d;color:#eee">
<div style="max-width:600px;margin:auto;padding:20px">
<h1 style="color:#ff7a1a">Ljeto je tu!</h1>
<p>Registrirajte svoj GrillMeister roštilj do 30. lipnja i sudjelujte u nagradnoj igri za
jedan od 50 setova pribora od nehrđajućeg čelika.</p>
<p><a href="https://grillmeister.example/hr/registracija" style="background:#ff7a1a;color:#000;padding:10px 18px;text-decoration:none">Registriraj roštilj</a></p>
<h3>Recept tjedna: pljeskavica s kajmakom</h3>
<p>Za savršenu pljeskavicu roštilj zagrijte na 250 °C, a meso okrenite samo jednom...</p>
<hr style="border-color:#444">
<p style="font-size:11px;color:#999">Ovu poruku primate jer ste pri kupnji ili registraciji
proizvoda GrillMeister pristali na primanje novosti. Privolu možete povući u bilo kojem trenutku:
<a href="https://news.grillmeister.example/odjava?u=2231&amp;c=55819" style="color:#999">odjava</a>.
Imate pravo na pristup, ispravak i brisanje svojih podataka te pravo na prigovor.
Više u <a href="https://grillmeister.example/hr/privatnost" style="color:#999">Izjavi o privatnosti</a>.
GrillMeister GmbH, Industriestraße 8, Ulm, Njemačka.</p>
</div></body></html>
'''),
    ('hr', 'person-pastes-service-centre-sms-asks-fix-wrong-address-brand-registration', 'correction', (),
'''Return-Path: <noreply@obrt-matic.example>
Received: from mail.obrt-matic.example (mail.obrt-matic.example [198.51.100.88])
        by mx1.shop.example.be (Postfix) with ESMTPSA id 4Kt3Nz7Jr1z5x9Ct
        for <privacy@shop.example.be>; Fri, 29 May 2026 07:14:52 +0200 (CEST)
From: =?utf-8?q?Obrt_Mati=C4=87?= <noreply@obrt-matic.example>
To: privacy@shop.example.be
Subject: servis - kriva adresa
Date: Fri, 29 May 2026 07:14:49 +0200
Message-ID: <20260529071449.3b7e@obrt-matic.example>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani,

pišem s adrese obrta jer mi je osobni mail zaključan, oprostite.

Jučer sam dobio ovu poruku od servisa:

"SERVIS LENVIO: Vaš uređaj RMA 26-120455 je popravljen i poslan na adresu
Ilica 1O2, 10000 Zagreb. Praćenje: GLS 6093 3381 207. Ne odgovarajte na ovu
poruku."

Adresa je kriva. Ja sam Ilica 120, ne 102, i u Bruxelles gdje ste laptop
primili na popravak sam dao točnu adresu, ali netko ju je krivo upisao kod
vas pa je tako otišla i proizvođaču. Molim vas ispravite adresu u vašem
sustavu i kod njih da mi ne lutaju i sljedeće pošiljke. Paket ću sam
potražiti kod GLS-a.

Ante Matić
Ilica 120, 10000 Zagreb
091 448 2071
'''),
    ('sv', 'service-centre-repair-ready-factory-reset-notice-sv', 'automated', (),
'''Return-Path: <noreply@verkstad.nordfix.example>
Received: from smtp1.nordfix.example (smtp1.nordfix.example [203.0.113.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ku8Pq0Wv3z5x4Ld
        for <privacy@shop.example.be>; Mon, 01 Jun 2026 13:09:47 +0200 (CEST)
From: NordFix Verkstad <noreply@verkstad.nordfix.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Din_reparation_=C3=A4r_klar_-_=C3=A4rende_NF-2026-064128?=
Date: Mon, 01 Jun 2026 11:09:44 +0000
Message-ID: <case-NF-2026-064128-ready@verkstad.nordfix.example>
Auto-Submitted: auto-generated
X-Mailer: NordFix CaseManager 11
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej!

Din reparation är klar.

Ärende:        NF-2026-064128
Produkt:       Vexio Aria Phone 12, IMEI 35*********4418
Inlämnad via:  Shop Example, Brussels (återförsäljare)
Felbeskrivning enligt kund: laddar inte, skärmen flimrar
Åtgärd:        laddport och skärmmodul bytta, programvara uppdaterad
Garanti:       ja, ingen kostnad

Viktigt om dina data
Under felsökningen återställdes telefonen till fabriksinställningar. Bilder,
kontakter och appar som inte var säkerhetskopierade har raderats. NordFix
sparar inga kopior av innehållet i enheter vi reparerar. Loggar från
felsökningen (utan innehåll) sparas i 12 månader som underlag för garantin.

Enheten skickas tillbaka till återförsäljaren inom 1-2 arbetsdagar.

Frågor om ärendet? Svara inte på detta mejl, använd i stället
https://verkstad.nordfix.example/arende/NF-2026-064128

Hälsningar
NordFix Verkstad AB - auktoriserad servicepartner
Läs om hur vi behandlar personuppgifter: https://nordfix.example/integritet
'''),
    ('sv', 'office365-ndr-swedish-brand-dpo-mailbox-moved', 'automated', (),
'''Return-Path: <>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2088.outbound.protection.outlook.com [40.107.13.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kv1Rs3Xy6z5x7Mf
        for <privacy@shop.example.be>; Tue, 02 Jun 2026 09:47:22 +0200 (CEST)
From: Microsoft Outlook <postmaster@grillmeister-nordic.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Ej_levererat:_Beg=C3=A4ran_om_radering_-_kund_registrerad_via_?=
 =?utf-8?Q?=C3=A5terf=C3=B6rs=C3=A4ljare?=
Date: Tue, 2 Jun 2026 07:47:20 +0000
Message-ID: <1b7e3a55-2c41-4f8d-9d0e-71c2a8f4e9b3@HE1PR0701MB2933.eurprd07.prod.outlook.com>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ndr_b2c7e41f-5a3d-4c0e-8f71-0d9a6e3b2f18"

--ndr_b2c7e41f-5a3d-4c0e-8f71-0d9a6e3b2f18
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="alt_ndr_5e8d1c"

--alt_ndr_5e8d1c
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Det gick inte att leverera meddelandet till de här mottagarna:

dataskydd@grillmeister-nordic.example
Adressen finns inte längre i organisationen. Kontakta mottagaren på annat
sätt och be om en giltig adress.

Diagnostisk information för administratörer:

Genererande server: HE1PR0701MB2933.eurprd07.prod.outlook.com

dataskydd@grillmeister-nordic.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--alt_ndr_5e8d1c
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body><p style="font-family:Segoe UI;font-size:16px;color:#c00000"><b>Det gick inte att leverera meddelandet till de här mottagarna:</b></p>
<p><a href="mailto:dataskydd@grillmeister-nordic.example">dataskydd@grillmeister-nordic.example</a><br>
Adressen finns inte längre i organisationen.</p></body></html>

--alt_ndr_5e8d1c--

--ndr_b2c7e41f-5a3d-4c0e-8f71-0d9a6e3b2f18
Content-Type: message/delivery-status

Reporting-MTA: dns;HE1PR0701MB2933.eurprd07.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Tue, 2 Jun 2026 07:47:19 +0000

Final-Recipient: rfc822;dataskydd@grillmeister-nordic.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--ndr_b2c7e41f-5a3d-4c0e-8f71-0d9a6e3b2f18
Content-Type: text/rfc822-headers

From: Shop Example Privacy <privacy@shop.example.be>
To: dataskydd@grillmeister-nordic.example
Subject: =?utf-8?Q?Beg=C3=A4ran_om_radering_-_kund_registrerad_via_=C3=A5terf=C3=B6rs=C3=A4ljare?=
Date: Tue, 2 Jun 2026 09:47:15 +0200
Message-ID: <pt-20260602-0055902@helpdesk.shop.example.be>

--ndr_b2c7e41f-5a3d-4c0e-8f71-0d9a6e3b2f18--
'''),
    ('sv', 'brand-test-panel-invitation-mailchimp-style-sv', 'automated', (),
'''Return-Path: <bounce-mc.us21_18840277.4412907-privacy=shop.example.be@mail211.suw13.mcsv.example>
Received: from mail211.suw13.mcsv.example (mail211.suw13.mcsv.example [198.2.171.211])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kw5Tv6Bz9z5x0Ph
        for <privacy@shop.example.be>; Wed, 03 Jun 2026 18:30:05 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mcsv.example; s=k2;
	h=from:to:subject:date:message-id:list-unsubscribe; bh=Hq2Tn7Wx4Lb9Vc1Rz6Dk3Fm8Gp0Js5Kt2Nq7=;
	b=Qr4St9Uv2Wx7Yz1Ab6Cd3Ef8Gh5Ij0Kl7Mn2Op9Qr4St1Uv6Wx3Yz8Ab5Cd0Ef7Gh2
From: Kalvora Testpanel <testpanel@kalvora.example>
Reply-To: testpanel@kalvora.example
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Vill_du_testa_v=C3=A5r_nya_kaffemaskin_hemma=3F_=E2=98=95?=
Date: Wed, 3 Jun 2026 16:30:02 +0000
Message-ID: <b8d1c0e2f7a34c9e.3f02a1c7e4@mcsv.example>
List-Unsubscribe: <https://kalvora.us21.list-manage.example/unsubscribe?u=4412907&id=b7f3>, <mailto:unsubscribe-mc.us21_18840277@mcsv.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Mailer: Mailchimp Mailer - **CIDb8d1c0e2f7a34c9e**
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_MCPart_1184399217"

--_----------=_MCPart_1184399217
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Kalvora Testpanel

Hej!

Vi söker 40 hushåll i Sverige, Belgien och Nederländerna som vill testa vår
nya helautomatiska kaffemaskin Kalvora Barista Pro 10 i sex veckor innan den
lanseras. Du får behålla maskinen efter testet.

Så går det till:
1. Fyll i en kort enkät (ca 5 min) om dina kaffevanor.
2. Om du blir utvald skickar vi maskinen hem till dig.
3. Maskinen loggar bryggningar anonymt via appen under testperioden.
4. Du svarar på tre korta enkäter.

Anmäl dig senast 14 juni: https://kalvora.example/testpanel/anmalan

Du får det här mejlet eftersom du är medlem i Kalvoras testpanel. Vill du inte
längre delta? Avregistrera dig här:
https://kalvora.us21.list-manage.example/unsubscribe?u=4412907&id=b7f3
Dina svar behandlas enligt vår integritetspolicy. Du kan när som helst begära
att få dina uppgifter raderade: integritet@kalvora.example

Kalvora Home Appliances, Box 1182, 111 91 Stockholm
--_----------=_MCPart_1184399217
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Helvetica;background:#faf6f0">
<h1 style="color:#5a3a22">Vill du testa Barista Pro 10 hemma?</h1>
<p>Vi söker 40 hushåll som vill testa vår nya kaffemaskin i sex veckor. Du får behålla maskinen.</p>
<p><a href="https://kalvora.example/testpanel/anmalan">Anmäl dig senast 14 juni</a></p>
<p style="font-size:11px">Du får det här mejlet eftersom du är medlem i Kalvoras testpanel.
<a href="https://kalvora.us21.list-manage.example/unsubscribe?u=4412907&amp;id=b7f3">Avregistrera</a>.
Radering av uppgifter: integritet@kalvora.example</p>
</body></html>
--_----------=_MCPart_1184399217--
'''),
    ('sv', 'person-phone-one-line-erase-brand-registration-long-signature-sv', 'deletion', (),
'''Return-Path: <linnea.holmgren@bergqvist-advokat.example>
Received: from mail-eopbgr80112.outbound.protection.outlook.com (mail-eopbgr80112.outbound.protection.outlook.com [40.107.8.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kx9Vw8Dc2z5x3Rj
        for <privacy@shop.example.be>; Thu, 04 Jun 2026 08:11:37 +0200 (CEST)
From: =?utf-8?Q?Linn=C3=A9a_Holmgren?= <linnea.holmgren@bergqvist-advokat.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: registrering
Thread-Topic: registrering
Date: Thu, 4 Jun 2026 06:11:34 +0000
Message-ID: <AM0PR04MB6417E2C91B7D4A0F3E85C6B2A9F11@AM0PR04MB6417.eurprd04.prod.outlook.com>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej, er säljare i Bryssel registrerade min kaffemaskin hos Kalvora "för garantin" utan att fråga. Radera mina uppgifter från den registreringen hos er och se till att Kalvora får veta det. Kvittot har jag kvar, garantin klarar sig utan.

/Linnéa

Skickat från min iPhone
________________________________
Linnéa Holmgren | Biträdande jurist
Bergqvist Advokatbyrå KB
Avenue Louise 231, 1050 Bryssel | Kungsgatan 12, 111 35 Stockholm
T +32 2 640 18 55 | M +46 70 221 84 09

KONFIDENTIALITET: Detta e-postmeddelande och eventuella bilagor är konfidentiella och kan omfattas av advokatsekretess. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera meddelandet. All obehörig användning, spridning eller kopiering är förbjuden. Bergqvist Advokatbyrå KB behandlar personuppgifter i enlighet med dataskyddsförordningen (GDPR). Information om behandlingen och om dina rättigheter att begära tillgång, rättelse, radering, begränsning, dataportabilitet samt att invända finns på www.bergqvist-advokat.example/integritet. Du har rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY).
'''),
    ('ro', 'brand-recall-notice-charger-registered-demo-units-ro', 'automated', (),
'''Return-Path: <rechemare@notificari.lenvio.example>
Received: from mx-out7.lenvio.example (mx-out7.lenvio.example [198.51.100.147])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ky2Xz1Fd5z5x6Tk
        for <privacy@shop.example.be>; Fri, 05 Jun 2026 10:05:18 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=lenvio.example; s=notif;
	h=from:to:subject:date:message-id; bh=Pz6Wq1Xn8Lc3Vb0Rt5Dm2Fk7Gj4Hs9Jq1Kn6Nt3=;
	b=Gh6Ij1Kl8Mn3Op0Qr5St2Uv7Wx4Yz9Ab6Cd1Ef8Gh3Ij0Kl5Mn2Op7Qr4St9Uv6Wx1
From: Lenvio Siguranta Produselor <rechemare@notificari.lenvio.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?IMPORTANT:_Rechemare_de_siguran=C8=9B=C4=83_=E2=80=93_=C3=AEnc=C4=83rc=C4=83?=
 =?UTF-8?Q?tor_USB-C_65W_(model_LV-AD65C)?=
Date: Fri, 05 Jun 2026 08:05:15 +0000
Message-ID: <recall.LV-AD65C.ro.00418833@notificari.lenvio.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Stimate client,

Vă contactăm deoarece unul sau mai multe produse înregistrate în contul
dumneavoastră Lenvio sunt livrate cu un încărcător USB-C 65W, model
LV-AD65C, din lotul de producție afectat (coduri de dată 2539-2547).

Produse înregistrate în cont:
- Lenvio IdeaBook 15 G3   S/N LV15G3-PF9R1M   (unitate demonstrativă)
- Lenvio IdeaBook 14 G3   S/N LV14G3-QA2T7X   (unitate demonstrativă)

Într-un număr foarte mic de cazuri, carcasa încărcătorului se poate
supraîncălzi. Vă rugăm să nu mai folosiți încărcătorul și să comandați
gratuit un încărcător de înlocuire:
https://recall.lenvio.example/ro/LV-AD65C

Nu trebuie să returnați laptopul. Încărcătorul vechi va fi ridicat de curier
la livrarea celui nou.

De ce primiți acest mesaj: ați înregistrat produsele de mai sus în contul
Lenvio asociat acestei adrese de e-mail. Datele din cont sunt folosite în
cadrul acestei acțiuni în temeiul obligației legale privind siguranța
produselor. Puteți consulta, corecta sau șterge datele din cont la
https://account.lenvio.example/privacy. Plângeri: ANSPDCP.

Acesta este un mesaj de serviciu privind siguranța produsului și este
transmis chiar dacă v-ați dezabonat de la mesajele de marketing.

Lenvio Europe B.V.
'''),
    ('ro', 'brand-dpo-mailbox-autoreply-30-days-ro', 'automated', (),
'''Return-Path: <protectiadatelor@brixhome.example>
Received: from mail.brixhome.example (mail.brixhome.example [203.0.113.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kz6Zb4Hg8z5x8Vm
        for <privacy@shop.example.be>; Mon, 08 Jun 2026 11:26:03 +0200 (CEST)
From: Brixhome - Protectia datelor <protectiadatelor@brixhome.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?UTF-8?Q?Confirmare_primire:_RE:_Solicitare_de_acces_-_client_comun_(cashback_?=
 =?UTF-8?Q?prim=C4=83vara_2026)?=
Date: Mon, 08 Jun 2026 09:26:01 +0000
Message-ID: <autoreply.20260608092601.7741@mail.brixhome.example>
In-Reply-To: <pt-20260608-0056488@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
X-Autorespond: protectiadatelor@brixhome.example
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă mulțumim pentru mesaj. Acesta este un răspuns automat.

Solicitarea dumneavoastră a fost înregistrată de departamentul de protecție
a datelor Brixhome. Conform art. 12 din Regulamentul (UE) 2016/679, vom
răspunde solicitărilor privind dreptul de acces, rectificare, ștergere,
restricționare, portabilitate sau opoziție în termen de o lună de la
primire. Termenul poate fi prelungit cu încă două luni, caz în care veți
fi informat(ă).

Pentru a vă putea identifica, este posibil să vă solicităm informații
suplimentare. Nu trimiteți copii ale actului de identitate prin e-mail.

Dacă nu sunteți mulțumit(ă) de răspunsul nostru, aveți dreptul de a depune
o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor
cu Caracter Personal (ANSPDCP).

Cu stimă,
Echipa Protecția Datelor
Brixhome Europe GmbH - Sucursala București
'''),
    ('ro', 'washing-machine-app-privacy-terms-update-ro', 'automated', (),
'''Return-Path: <no-reply@homeconnect.aquavia.example>
Received: from eu-smtp-outbound-2.aquavia.example (eu-smtp-outbound-2.aquavia.example [198.51.100.222])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L0aBc7Jk1z5x1Xn
        for <privacy@shop.example.be>; Tue, 09 Jun 2026 06:00:44 +0200 (CEST)
From: Aquavia Home <no-reply@homeconnect.aquavia.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Actualizare_a_Politicii_de_confiden=C8=9Bialitate_Aquavia_Home?=
Date: Tue, 09 Jun 2026 04:00:41 +0000
Message-ID: <pp-update-2026-07.acct-6e21f9@homeconnect.aquavia.example>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="aqv-6e21f9"

--aqv-6e21f9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Aquavia Home

Actualizăm Politica de confidențialitate și Termenii de utilizare ai
aplicației Aquavia Home, începând cu 10 iulie 2026.

Ce se schimbă:
- Datele de utilizare ale aparatelor conectate (programe de spălare,
  consum de apă și energie) vor putea fi folosite, pe baza consimțământului
  dumneavoastră separat, pentru recomandări personalizate de detergenți.
- Dacă nu vă dați acordul, aplicația funcționează în continuare normal.
- Puteți retrage oricând consimțământul din Setări > Confidențialitate.
- Am adăugat o secțiune despre transferul datelor către furnizorul nostru
  de cloud din UE.

Aparate în contul dumneavoastră: 1 (Aquavia WashSmart 9 kg - "Showroom
Bruxelles")

Dacă nu sunteți de acord cu noii termeni, puteți șterge contul și datele
aparatelor din aplicație: Profil > Șterge contul.

Acest e-mail este trimis automat tuturor utilizatorilor aplicației.
Aquavia Appliances S.R.L., Pitești
--aqv-6e21f9
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Roboto,Arial;color:#123">
<h2>Actualizăm Politica de confidențialitate</h2>
<p>Începând cu <b>10 iulie 2026</b>, datele de utilizare ale aparatelor conectate vor putea fi
folosite, <b>cu acordul dumneavoastră separat</b>, pentru recomandări personalizate.</p>
<p>Puteți retrage oricând consimțământul din <i>Setări &gt; Confidențialitate</i>.</p>
<p style="font-size:11px;color:#667">E-mail trimis automat. Aquavia Appliances S.R.L., Pitești</p>
</body></html>
--aqv-6e21f9--
'''),
    ('ro', 'person-forwards-service-ticket-asks-when-phone-returns', 'other', (),
'''Return-Path: <cristi.popescu.bxl@yahoo-mail.example>
Received: from sonic311-22.consmr.mail.ir2.yahoo-mail.example (sonic311-22.consmr.mail.ir2.yahoo-mail.example [77.238.176.154])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L1cDe0Lm4z5x4Zp
        for <privacy@shop.example.be>; Wed, 10 Jun 2026 19:52:26 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo-mail.example; s=s2048;
	h=date:from:to:message-id:subject:mime-version; bh=Wd3Lq8Tn1Xv6Bc0Rz5Dk2Fm9Gh4Jp7Ks1Nt6Q=;
	b=Tu8Vw3Xy0Za5Bc2De7Fg4Hi9Jk6Lm1No8Pq3Rs0Tu5Vw2Xy7Za4Bc9De6Fg1Hi8Jk3
Date: Wed, 10 Jun 2026 17:52:21 +0000 (UTC)
From: Cristian Popescu <cristi.popescu.bxl@yahoo-mail.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1460922871.2231876.1781113941550@mail.yahoo-mail.example>
Subject: Fw: [NordFix] Actualizare status caz NF-2026-066902
X-Mailer: WebService/1.1.24132 YMailNorrin
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Buna seara,
am predat telefonul la voi in magazinul din Ixelles pe 22 mai pentru
reparatie in garantie. Mai jos e ultimul mesaj de la service, de atunci
nimic. Au trecut aproape 3 saptamani. Cand il primesc inapoi? Pot veni
sa-l iau din magazin sau il trimit acasa? Am nevoie de el pentru serviciu.
Multumesc,
Cristian Popescu
0486 33 71 20

----- Forwarded Message -----
From: NordFix Service <noreply@verkstad.nordfix.example>
To: cristi.popescu.bxl@yahoo-mail.example
Sent: Friday, May 29, 2026, 14:03:11 GMT+2
Subject: [NordFix] Actualizare status caz NF-2026-066902

Cazul NF-2026-066902 - Vexio Aria Phone 12
Status nou: ÎN AȘTEPTAREA PIESELOR

Piesa necesară (modul ecran) a fost comandată de la producător. Termenul
estimat de reparație este de 5-10 zile lucrătoare de la primirea piesei.

Vă rugăm să nu răspundeți la acest mesaj.
NordFix - partener de service autorizat
'''),
    ('el', 'brand-extended-warranty-registration-confirmation-el', 'automated', (),
'''Return-Path: <warranty-gr@mail.aquavia.example>
Received: from mail-out3.aquavia.example (mail-out3.aquavia.example [203.0.113.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L2eFg3Nn7z5x7Bq
        for <privacy@shop.example.be>; Thu, 11 Jun 2026 12:18:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=aquavia.example; s=mx3;
	h=from:to:subject:date:message-id; bh=Bn4Tq9Wx2Lc7Vr0Kz5Dm8Fh3Gj6Hp1Js4Nt9Q=;
	b=Lm2No7Pq4Rs9Tu1Vw6Xy3Za8Bc5De0Fg7Hi2Jk9Lm4No1Pq6Rs3Tu8Vw5Xy0Za7Bc2
From: =?utf-8?b?QXF1YXZpYSDOlc67zrvOrM+C?= <warranty-gr@mail.aquavia.example>
To: privacy@shop.example.be
Subject: =?UTF-8?B?zpXPgM65zrLOtc6yzrHOr8+Jz4POtyDOtc6zzrPPgc6xz4bOrs+CIOKAkyDOlc+AzrXOus+EzrXPhM6xzrzOrc69zrcgzrXOs86zz43Ot8+Dzrc=?=
Date: Thu, 11 Jun 2026 10:18:06 +0000
Message-ID: <wr.GR-2026-0611-20477@mail.aquavia.example>
Auto-Submitted: auto-generated
X-Mailer: Aquavia Warranty Hub
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

AQUAVIA - Επιβεβαίωση εγγραφής προϊόντος

Αγαπητέ/ή πελάτη,

η εγγραφή του προϊόντος σας ολοκληρώθηκε και η εκτεταμένη εγγύηση
ενεργοποιήθηκε.

Αριθμός εγγραφής:   GR-2026-0611-20477
Προϊόν:             Πλυντήριο ρούχων Aquavia WashSmart 9 kg (AW-9140)
Σειριακός αριθμός:  AW9140-26C-118027
Ημερομηνία αγοράς:  09/06/2026
Κατάστημα:          Shop Example, Bruxelles - Woluwe
Κάτοχος:            Κ. Παπαδοπούλου
Εγγύηση έως:        09/06/2031

Η εγγραφή καταχωρίστηκε από το κατάστημα για λογαριασμό του πελάτη.

Προστασία προσωπικών δεδομένων
Υπεύθυνος επεξεργασίας είναι η Aquavia Appliances. Τα δεδομένα σας
χρησιμοποιούνται για τη διαχείριση της εγγύησης και για την ενημέρωσή σας
σε περίπτωση ανάκλησης προϊόντος. Έχετε δικαίωμα πρόσβασης, διόρθωσης,
διαγραφής, περιορισμού της επεξεργασίας, φορητότητας και εναντίωσης, καθώς
και δικαίωμα υποβολής καταγγελίας στην Αρχή Προστασίας Δεδομένων
Προσωπικού Χαρακτήρα. Επικοινωνία: dpo@aquavia.example

Αυτό το μήνυμα στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
'''),
    ('el', 'plesk-postfix-bounce-greek-hoster-warranty-reply', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
	id 4L3gHj6Pq0z5x0Dr; Fri, 12 Jun 2026 09:34:51 +0200 (CEST)
Date: Fri, 12 Jun 2026 09:34:51 +0200 (CEST)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4L3gHj6Pq0z5x0Dr.1781249691/mx1.shop.example.be"
Message-Id: <20260612073451.4L3gHj6Pq0z5x0Dr@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4L3gHj6Pq0z5x0Dr.1781249691/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<g.alexiou@otenet-mail.example>: host mx.otenet-mail.example[203.0.113.35]
    said: 554 5.7.1 Το μήνυμα απορρίφθηκε: η θυρίδα του παραλήπτη είναι
    απενεργοποιημένη / Mailbox disabled (in reply to RCPT TO command)

--4L3gHj6Pq0z5x0Dr.1781249691/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4L3gHj6Pq0z5x0Dr
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 12 Jun 2026 09:34:48 +0200 (CEST)

Final-Recipient: rfc822; g.alexiou@otenet-mail.example
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.otenet-mail.example
Diagnostic-Code: smtp; 554 5.7.1 Mailbox disabled

--4L3gHj6Pq0z5x0Dr.1781249691/mx1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
From: Shop Example - Προστασία δεδομένων <privacy@shop.example.be>
To: Γιώργος Αλεξίου <g.alexiou@otenet-mail.example>
Subject: Re: Διόρθωση ονόματος στην εγγραφή εγγύησης Aquavia
Date: Fri, 12 Jun 2026 09:34:46 +0200
Message-ID: <pt-20260612-0057140@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Αγαπητέ κύριε Αλεξίου,

σας ευχαριστούμε για το μήνυμά σας. Διορθώσαμε το επώνυμό σας
(ΑΛΕΞΙΟΥ αντί για ΑΛΕΞΙΟΠΟΥΛΟΣ) στο σύστημά μας και ενημερώσαμε την
Aquavia, ώστε να διορθωθεί και η εγγραφή της εγγύησης.

Με εκτίμηση,
Ομάδα Προστασίας Δεδομένων, Shop Example

--4L3gHj6Pq0z5x0Dr.1781249691/mx1.shop.example.be--
'''),
    ('el', 'review-moderation-rejected-personal-data-in-text-el', 'automated', (),
'''Return-Path: <moderation@revulink.example>
Received: from out-2.revulink.example (out-2.revulink.example [198.51.100.34])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L4jKl9Rs3z5x3Fs
        for <privacy@shop.example.be>; Sat, 13 Jun 2026 02:40:17 +0200 (CEST)
From: RevuLink Moderation <moderation@revulink.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpfOvM61z4HOrs+DzrnOsSDPg8+Nzr3Ov8+IzrcgzrXPgM6/z4DPhM61zq/Osc+C?=
 =?utf-8?b?IM66z4HOuc+EzrnOus+Ozr0gLSAxMi8wNi8yMDI2?=
Date: Sat, 13 Jun 2026 00:40:14 +0000
Message-ID: <mod.88120.el.rev-5571903@moderation.revulink.example>
X-Report-Type: moderation-digest
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

RevuLink - Ημερήσια σύνοψη εποπτείας (ελληνικά)
Λογαριασμός: Shop Example BE (88120) - 12/06/2026

Εγκρίθηκαν και διανεμήθηκαν στους κατασκευαστές:   14
Απορρίφθηκαν:                                         2

ΑΠΟΡΡΙΦΘΕΙΣΕΣ ΚΡΙΤΙΚΕΣ
#5571903  Aquavia WashSmart 9 kg  (2/5)
  Λόγος: το κείμενο περιέχει προσωπικά δεδομένα (αριθμός τηλεφώνου,
  διεύθυνση κατοικίας). Η κριτική δεν δημοσιεύθηκε και δεν διαβιβάστηκε
  στον κατασκευαστή. Ο συντάκτης ενημερώθηκε ότι μπορεί να την υποβάλει
  ξανά χωρίς τα στοιχεία αυτά.
#5571966  Vexio Aria ANC  (5/5)
  Λόγος: ο συντάκτης ζήτησε διαγραφή πριν από τη δημοσίευση.

Δεν απαιτείται καμία ενέργεια από εσάς.

Η σύνοψη αποστέλλεται αυτόματα κάθε βράδυ. Ρυθμίσεις ειδοποιήσεων:
https://console.revulink.example/settings/notifications
'''),
    ('el', 'brand-cashback-newsletter-greek-list-unsubscribe', 'automated', (),
'''Return-Path: <bounce+gr.8812.44017@news.vexio-audio.example>
Received: from mta3.news.vexio-audio.example (mta3.news.vexio-audio.example [203.0.113.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L5mNp2Tv6z5x6Ht
        for <privacy@shop.example.be>; Mon, 15 Jun 2026 11:00:06 +0200 (CEST)
From: Vexio Audio <news@news.vexio-audio.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpXPgM65z4PPhM+Bzr/Phs6uIM6tz4nPgiAzMOKCrCDPg8+EzrEgzrHOus6/z4U=?=
 =?utf-8?b?z4PPhM65zrrOrCBWZXhpbyBBcmlh?=
Date: Mon, 15 Jun 2026 09:00:03 +0000
Message-ID: <nl.vexio.2026-06-15.gr.44017@news.vexio-audio.example>
List-Unsubscribe: <https://news.vexio-audio.example/u/gr/44017>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="vx-gr-44017"

--vx-gr-44017
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

VEXIO AUDIO - Καλοκαιρινή επιστροφή χρημάτων

Αγοράστε ακουστικά Vexio Aria ή Aria ANC έως 31 Ιουλίου σε συμμετέχον
κατάστημα και κερδίστε επιστροφή έως 30 EUR.

1. Κρατήστε την απόδειξη.
2. Καταχωρίστε την αγορά στο cashback.vexio-audio.example μέσα σε 30 ημέρες.
3. Η επιστροφή πιστώνεται στον λογαριασμό σας (IBAN) σε 4-6 εβδομάδες.

Λαμβάνετε αυτό το μήνυμα επειδή δώσατε τη συγκατάθεσή σας για ενημερωτικά
μηνύματα της Vexio Audio. Μπορείτε να ανακαλέσετε τη συγκατάθεσή σας
οποτεδήποτε: https://news.vexio-audio.example/u/gr/44017
Vexio Audio Europe, Rotterdam.
--vx-gr-44017
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial;background:#0e0e12;color:#f4f4f4">
<h1 style="color:#39d0ff">Επιστροφή έως 30&euro;</h1>
<p>Για αγορές ακουστικών Vexio Aria έως 31 Ιουλίου.</p>
<p><a href="https://cashback.vexio-audio.example" style="color:#39d0ff">Καταχώριση αγοράς</a></p>
<p style="font-size:11px;color:#999">Ανάκληση συγκατάθεσης: <a href="https://news.vexio-audio.example/u/gr/44017">εδώ</a>.</p>
</body></html>
--vx-gr-44017--
'''),
    ('el', 'person-reply-above-brand-sms-consent-record-withdraws-el', 'withdraw_consent', (),
'''Return-Path: <eleni.markou77@gmail.example>
Received: from mail-ej1-f44.google.example (mail-ej1-f44.google.example [209.85.218.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L6pQr5Wx9z5x9Ju
        for <privacy@shop.example.be>; Tue, 16 Jun 2026 21:27:48 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.example; s=20230601;
	h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
	bh=Kt7Wq2Xn9Lb4Vc1Rz6Dm3Fh0Gj5Hp8Js2Nt7Q=;
	b=Za3Bc8De5Fg0Hi7Jk2Lm9No4Pq1Rs6Tu3Vw8Xy5Za0Bc7De2Fg9Hi4Jk1Lm6No3Pq8
MIME-Version: 1.0
References: <consent.rec.BE-77102.20260602@consent.aquavia.example>
In-Reply-To: <consent.rec.BE-77102.20260602@consent.aquavia.example>
From: Eleni Markou <eleni.markou77@gmail.example>
Date: Tue, 16 Jun 2026 21:27:35 +0200
Message-ID: <CAJ4kPq9Vn2Lw7xRt+5Bz1mY8cD3eF0gH6iK2lN7oQ4rS9tU@mail.gmail.example>
Subject: Re: =?UTF-8?B?zprOsc+EzrHOs8+BzrHPhs6uIM+Dz4XOs866zrHPhM6szrjOtc+DzrfPgg==?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Καλησπέρα σας,

στο ταμείο στο Woluwe όταν αγόρασα το πλυντήριο η υπάλληλος μου είπε να
πατήσω "ναι" στο τερματικό για την εγγύηση. Τελικά όπως βλέπετε από κάτω
ήταν και συγκατάθεση για διαφημίσεις με SMS και email από την Aquavia και
από εσάς. Δεν τη θέλω. Την ανακαλώ, και για το κατάστημα και για την
Aquavia αν μπορείτε να τους το πείτε. Την εγγύηση την κρατάω.

Ελένη Μάρκου

Στις Τρί 2 Ιουν 2026 στις 14:11, ο/η Aquavia <no-reply@consent.aquavia.example> έγραψε:
> Καταγραφή συγκατάθεσης
>
> Αριθμός καταγραφής: BE-77102
> Ημερομηνία: 02/06/2026 14:09 - Σημείο πώλησης: Shop Example Woluwe
>
> [x] Επεξεργασία στοιχείων για την εκτεταμένη εγγύηση
> [x] Ενημερωτικά μηνύματα Aquavia με email και SMS
> [x] Προσφορές συνεργαζόμενων καταστημάτων
>
> Μπορείτε να ανακαλέσετε κάθε συγκατάθεση οποτεδήποτε.
> Αυτό το μήνυμα στάλθηκε αυτόματα.
'''),
    ('bg', 'service-centre-repair-order-created-data-waiver-bg', 'automated', (),
'''Return-Path: <no-reply@servizcentar-bg.example>
Received: from smtp.servizcentar-bg.example (smtp.servizcentar-bg.example [198.51.100.190])
        by mx1.shop.example.be (Postfix) with ESMTP id 4L7rSt8Zy2z5x1Kv
        for <privacy@shop.example.be>; Wed, 17 Jun 2026 10:44:30 +0200 (CEST)
From: =?UTF-8?B?0KHQtdGA0LLQuNC3INCm0LXQvdGC0YrRgA==?= <no-reply@servizcentar-bg.example>
To: privacy@shop.example.be
Subject: =?UTF-8?B?0KHQtdGA0LLQuNC30L3QsCDQt9Cw0Y/QstC60LAg4oSWIEJHLTI2LTA0NDEw?=
Date: Wed, 17 Jun 2026 11:44:27 +0300
Message-ID: <order.BG-26-04410.created@servizcentar-bg.example>
X-Mailer: PHPMailer 6.9.1
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

СЕРВИЗ ЦЕНТЪР - оторизиран сервиз на Kalvora и Brixhome

Сервизна заявка № BG-26-04410 е създадена.

Подател:           Shop Example (търговец), Брюксел - Рю Ньов
Краен клиент:      Д. Стоянова
Уред:              Kalvora Barista Pro 9 (KB-9120), S/N KB9120-26A-006188
Оплакване:         теч на вода под уреда, грешка E04
Гаранция:          да (разширена гаранция, регистрация PL-2026-0322-51098)

Декларация за данните
С предаването на уреда клиентът е декларирал, че уредът не съдържа лични
данни. При вградения модул за приложението Kalvora Connect сервизът
възстановява фабричните настройки; сдвояването с профила на клиента в
приложението се изтрива и трябва да се направи отново.

Очакван срок за ремонт: 10 работни дни.
Статус на заявката: https://servizcentar-bg.example/status/BG-26-04410

Личните данни на крайния клиент се обработват само за целите на
гаранционния ремонт. Информация за правата ви по ОРЗД (достъп,
коригиране, изтриване, възражение): https://servizcentar-bg.example/gdpr

Това съобщение е генерирано автоматично.
'''),
    ('bg', 'gmail-vacation-responder-brand-regional-manager-bg', 'automated', (),
'''Return-Path: <nikolay.georgiev@brixhome.example>
Received: from mail-wr1-f50.google.example (mail-wr1-f50.google.example [209.85.221.50])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L8tUv1Bz5z5x4Lw
        for <privacy@shop.example.be>; Thu, 18 Jun 2026 14:02:13 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=brixhome.example; s=google;
	h=mime-version:references:in-reply-to:from:date:message-id:subject:to;
	bh=Fq5Wn0Xc7Lb2Vr9Kz4Dm1Fh6Gj3Hp0Js5Nt2Q=;
	b=Hi9Jk4Lm1No6Pq3Rs8Tu5Vw0Xy7Za2Bc9De4Fg1Hi6Jk3Lm8No5Pq0Rs7Tu2Vw9Xy4
MIME-Version: 1.0
References: <pt-20260618-0057702@helpdesk.shop.example.be>
In-Reply-To: <pt-20260618-0057702@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
From: =?UTF-8?B?0J3QuNC60L7Qu9Cw0Lkg0JPQtdC+0YDQs9C40LXQsg==?= <nikolay.georgiev@brixhome.example>
Date: Thu, 18 Jun 2026 15:02:10 +0300
Message-ID: <CAGr7xTn4Lq9Wk2Vb+8Rz3Cm1Dy6Fh0Gj5Hp7Js3NtQ@mail.gmail.example>
Subject: =?utf-8?b?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDogUmU6INCe0LM=?=
 =?utf-8?b?0YDQsNC90LjRh9Cw0LLQsNC90LUg0L3QsCDQtNCw0L3QvdC4IC0g0YHQv9C+0YA=?=
 =?utf-8?b?0L3QsCDRgNC10LPQuNGB0YLRgNCw0YbQuNGP?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Здравейте,

благодаря за съобщението. В отпуск съм до 29 юни без достъп до пощата.

За спешни въпроси относно поръчки и търговски условия: sales.bg@brixhome.example
За искания, свързани с лични данни на клиенти (регистрации на продукти,
кешбек, гаранции): dpo@brixhome.example

Поздрави,
Николай Георгиев
Regional Sales Manager Bulgaria & Benelux Partners
Brixhome Europe GmbH
'''),
    ('bg', 'aircon-app-new-login-security-alert-bg', 'automated', (),
'''Return-Path: <security@account.klimatik.example>
Received: from o3.account.klimatik.example (o3.account.klimatik.example [203.0.113.246])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4L9wWx4Dc8z5x7Nx
        for <privacy@shop.example.be>; Fri, 19 Jun 2026 23:16:55 +0200 (CEST)
From: Klimatik Smart <security@account.klimatik.example>
To: privacy@shop.example.be
Subject: =?UTF-8?B?0J3QvtCyINCy0YXQvtC0INCyINCw0LrQsNGD0L3RgtCwINCy0Lgg0LIgS2xpbWF0aWsgU21hcnQ=?=
Date: Fri, 19 Jun 2026 21:16:52 +0000
Message-ID: <sec.login.9f3a27c1.20260619211652@account.klimatik.example>
Auto-Submitted: auto-generated
Feedback-ID: security-login:klimatik
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="klm-9f3a27c1"

--klm-9f3a27c1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Klimatik Smart

Нов вход в акаунта ви

Засякохме вход в акаунта ви в Klimatik Smart от ново устройство:

Устройство:  Android 14, Samsung SM-A546B
Местоположение (приблизително): Антверпен, Белгия
Време:       19.06.2026, 23:16 ч. (CEST)
Климатици в акаунта: 3 ("Витрина 1", "Витрина 2", "Склад")

Ако това сте вие, не е необходимо да правите нищо.

Ако не разпознавате този вход, сменете паролата си незабавно:
https://account.klimatik.example/reset
и прекратете всички активни сесии от Настройки > Сигурност.

С уважение,
Екипът на Klimatik Smart
Това е автоматично съобщение за сигурност. Получавате го независимо от
настройките ви за маркетингови съобщения. Политика за поверителност:
https://klimatik.example/bg/privacy
--klm-9f3a27c1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial;color:#1a1a1a">
<h2>Нов вход в акаунта ви</h2>
<p>Устройство: Android 14, Samsung SM-A546B<br>Местоположение: Антверпен, Белгия<br>Време: 19.06.2026, 23:16</p>
<p>Не сте били вие? <a href="https://account.klimatik.example/reset">Сменете паролата</a>.</p>
<p style="font-size:11px;color:#888">Автоматично съобщение за сигурност.</p>
</body></html>
--klm-9f3a27c1--
'''),
    ('bg', 'person-pastes-brand-welcome-mail-complains-data-passed-bg', 'complaint', ('deletion',),
'''Return-Path: <ivanova.ts@abv-mail.example>
Received: from smtp.abv-mail.example (smtp.abv-mail.example [198.51.100.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LAyYz7Fg1z5x0Py
        for <privacy@shop.example.be>; Sat, 20 Jun 2026 10:09:14 +0200 (CEST)
From: =?UTF-8?B?0KbQstC10YLQsNC90LAg0JjQstCw0L3QvtCy0LA=?= <ivanova.ts@abv-mail.example>
To: privacy@shop.example.be
Subject: =?UTF-8?B?0JTQvtCx0YDQtSDQtNC+0YjQu9C4INCyIEtsaW1hdGlrIFNtYXJ0?=
Date: Sat, 20 Jun 2026 11:09:10 +0300
Message-ID: <1781946550.77120.abv@abv-mail.example>
X-Mailer: ABV Mail 2.4
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Добре дошли в Klimatik Smart!
Вашият акаунт беше създаден от вашия търговец Shop Example при монтажа на
климатика. Данни в акаунта: Цветана Иванова, ул. Rue des Tanneurs 58, 1000
Bruxelles, тел. 0489 21 77 40. Изтеглете приложението, за да управлявате
уреда си. Това е автоматично съобщение, моля, не отговаряйте.

------

Горното го получих вчера. Аз НЕ съм искала акаунт в никакво приложение,
климатикът ми дори няма wifi модул доколкото знам. Монтажникът ви просто
е снимал фактурата ми с телефона си и явно е въвел всичко. Никой не ме
попита. Смятам това за сериозно нарушение - дали сте адреса и телефона ми
на чужда фирма без моето съгласие. Искам този акаунт и данните ми в него да
бъдат изтрити и да ми обясните писмено как се е стигнало дотук. Ако не
получа отговор до две седмици, подавам жалба до белгийския орган за защита
на данните.

Цветана Иванова
'''),
]

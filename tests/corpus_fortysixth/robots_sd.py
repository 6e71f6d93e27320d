"""Forty-sixth set, account and security robot mail plus people who look like robots (14 languages). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ pl
    ('pl', 'exchange-ooo-reply-to-identity-check', 'automated', (),
'''Return-Path: <>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2118.outbound.protection.outlook.com [40.107.104.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rm8Qx1Kc7z3wLp
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:14:37 +0100 (CET)
Received: from PA4PR08MB7380.eurprd08.prod.outlook.com (2603:10a6:102:2a5::9) by
 AS8PR08MB9930.eurprd08.prod.outlook.com with HTTPS; Mon, 2 Nov 2026 08:14:35
 +0000
From: Agnieszka Kowalczyk <a.kowalczyk@budmar-logistyka.pl>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Odpowied=C5=BA_automatyczna:_Your_privacy_request_PRV-2026-?=
 =?utf-8?Q?1187:_please_confirm_your_identity?=
Thread-Topic: Your privacy request PRV-2026-1187: please confirm your identity
Thread-Index: AQHc7WlZ3qv1kT0pE0+Yx2rQnH8p4bK3mW9A
Date: Mon, 2 Nov 2026 08:14:35 +0000
Message-ID: <PA4PR08MB738012C6F4E0B9A7D1E3C5A8B2F40@PA4PR08MB7380.eurprd08.prod.outlook.com>
In-Reply-To: <20261102081349.prv-2026-1187.verify@shop.example.be>
References: <20261102081349.prv-2026-1187.verify@shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: a.kowalczyk@budmar-logistyka.pl
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Transport-CrossTenantHeadersStamped: AS8PR08MB9930
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

do 13 listopada 2026 r. przebywam na urlopie i nie mam dost=C4=99pu do poczt=
y.
Wiadomo=C5=9Bci nie s=C4=85 przekazywane dalej.

W sprawach pilnych prosz=C4=99 o kontakt z dzia=C5=82em obs=C5=82ugi klient=
a:
bok@budmar-logistyka.pl, tel. +48 22 614 30 71.

Z powa=C5=BCaniem
Agnieszka Kowalczyk
Specjalista ds. rozlicze=C5=84
Budmar Logistyka Sp. z o.o.
'''),

    ('pl', 'postfix-dsn-polish-template-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mx.poczta.kompan-net.pl (mx.poczta.kompan-net.pl [195.149.224.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8B2c0mJvz7Lq
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:02:49 +0100 (CET)
Received: by mx.poczta.kompan-net.pl (Postfix)
        id 7E1C0A0512; Wed,  4 Nov 2026 11:02:48 +0100 (CET)
Date: Wed,  4 Nov 2026 11:02:48 +0100 (CET)
From: MAILER-DAEMON@poczta.kompan-net.pl (System Dostarczania Poczty)
Subject: =?UTF-8?Q?Niedostarczona_wiadomo=C5=9B=C4=87_-_zwrot_do_nadawcy?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="7E1C0A0512.1793786568/mx.poczta.kompan-net.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <20261104100248.7E1C0A0512@mx.poczta.kompan-net.pl>

This is a MIME-encapsulated message.

--7E1C0A0512.1793786568/mx.poczta.kompan-net.pl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

To jest automatyczna wiadomość serwera pocztowego mx.poczta.kompan-net.pl.

Z przykrością informujemy, że Twojej wiadomości nie udało się dostarczyć
do jednego lub kilku adresatów. Szczegóły znajdziesz poniżej.

W razie pytań napisz do administratora: postmaster@kompan-net.pl.
Dołącz wtedy całą treść tego raportu.

                   System Dostarczania Poczty

<m.wisniewski@kompan-net.pl>: skrzynka adresata jest przepełniona
    (host 127.0.0.1[127.0.0.1] said: 552 5.2.2 <m.wisniewski@kompan-net.pl>:
    Mailbox full - quota exceeded (in reply to end of DATA command))

--7E1C0A0512.1793786568/mx.poczta.kompan-net.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.poczta.kompan-net.pl
X-Postfix-Queue-ID: 7E1C0A0512
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed,  4 Nov 2026 11:02:47 +0100 (CET)

Final-Recipient: rfc822; m.wisniewski@kompan-net.pl
Original-Recipient: rfc822;m.wisniewski@kompan-net.pl
Action: failed
Status: 5.2.2
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 552 5.2.2 <m.wisniewski@kompan-net.pl>: Mailbox full -
    quota exceeded

--7E1C0A0512.1793786568/mx.poczta.kompan-net.pl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mail-out.shop.example.be (mail-out.shop.example.be [193.191.12.40])
        by mx.poczta.kompan-net.pl (Postfix) with ESMTPS id 7E1C0A0512
        for <m.wisniewski@kompan-net.pl>; Wed,  4 Nov 2026 11:02:47 +0100 (CET)
From: Shop Example Privacy <privacy@shop.example.be>
To: m.wisniewski@kompan-net.pl
Subject: Your privacy request PRV-2026-1203: your verification code
Date: Wed, 4 Nov 2026 11:02:45 +0100
Message-ID: <prv-2026-1203.code.20261104100245@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--7E1C0A0512.1793786568/mx.poczta.kompan-net.pl--
'''),

    ('pl', 'cert-polska-rt-autoreply-phishing-report', 'automated', (),
'''Return-Path: <cert@cert.pl>
Received: from mail.cert.pl (mail.cert.pl [195.187.6.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RnV0d6Lp2z4Rbc
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 11:30:24 +0100 (CET)
Received: from rt.cert.pl (localhost [127.0.0.1])
        by mail.cert.pl (Postfix) with ESMTP id 2C91B40A7
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 11:30:22 +0100 (CET)
Subject: [CERT Polska #1187340] AutoReply: Phishing impersonating Shop Example
 - shop-example-zwroty[.]com
From: "CERT Polska via RT" <cert@cert.pl>
Reply-To: cert@cert.pl
In-Reply-To: <20261106102911.phish-report.5e0c@shop.example.be>
References: <RT-Ticket-1187340@cert.pl>
 <20261106102911.phish-report.5e0c@shop.example.be>
Message-ID: <rt-5.0.5-2741903-1793961022-1187340.0-6-0@cert.pl>
Precedence: bulk
Auto-Submitted: auto-replied
X-RT-Loop-Prevention: CERT Polska
RT-Ticket: CERT Polska #1187340
Managed-BY: RT 5.0.5 (http://www.bestpractical.com/rt/)
RT-Originator: privacy@shop.example.be
To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Date: Fri, 06 Nov 2026 11:30:22 +0100

Dzień dobry,

dziękujemy za przesłanie zgłoszenia. Ta wiadomość została wygenerowana
automatycznie i potwierdza jedynie jego przyjęcie.

Zgłoszeniu nadano numer:

        [CERT Polska #1187340]

Prosimy o zachowanie tego numeru w temacie wszystkich dalszych wiadomości
w tej sprawie (najprościej - odpowiadając na ten e-mail).

Zgłoszone adresy są weryfikowane przez naszych analityków. Po potwierdzeniu
strona trafia na Listę ostrzeżeń przed niebezpiecznymi stronami, z której
korzystają operatorzy telekomunikacyjni. Nie informujemy indywidualnie
o wyniku analizy każdego zgłoszenia.

Podejrzane SMS-y można bezpłatnie przesyłać na numer 8080, a strony
i wiadomości e-mail - przez formularz https://incydent.cert.pl/.

Thank you for your report. This is an automatic acknowledgement; your
ticket number is shown above. Please keep it in the subject line of any
further correspondence.

--
CERT Polska / NASK
https://cert.pl
'''),

    ('pl', 'marketplace-seller-new-login-alert', 'automated', (),
'''Return-Path: <bounce-8812734-privacy=shop.example.be@mail.targ24.pl>
Received: from o7.mail.targ24.pl (o7.mail.targ24.pl [185.41.28.207])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RnC7w2TfKz6Hs1
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 08:41:53 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=targ24.pl;
        s=tx2025; t=1793864512; h=from:to:subject:date:message-id;
        bh=q3YwKx0nB8m2v9Z7hLrE1tP4uCsD6fGjA5kWyNoQeRI=;
        b=Vh2kP9sR4tQ1xL8mZ0cB7nJ5yF3wD6gA2hK9vE1uT4pS8rM0qX7cN5jB3fY6lW2e
From: Targ24 <powiadomienia@targ24.pl>
Reply-To: Targ24 - nie odpowiadaj <no-reply@targ24.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nowe_logowanie_na_Twoje_konto_ShopExampleBE?=
Date: Thu, 05 Nov 2026 08:41:52 +0100
Message-ID: <sec.2026110508415231.7c4e1a@targ24.pl>
X-Entity-Ref-ID: login-alert-7c4e1a90
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_t24_7c4e1a90b3"

--=_t24_7c4e1a90b3
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Cześć ShopExampleBE,

ktoś właśnie zalogował się na Twoje konto sprzedawcy z urządzenia,
którego wcześniej nie używałeś.

Data i godzina:          5 listopada 2026, 08:41
Urządzenie:              Chrome 142 / Windows 11
Przybliżona lokalizacja: Gandawa, Belgia
Adres IP:                81.82.197.14

To Ty? Nie musisz nic robić.

To nie Ty? Zmień hasło i wyloguj wszystkie urządzenia:
https://targ24.pl/moje-konto/bezpieczenstwo

Ze względów bezpieczeństwa nigdy nie prosimy o podanie hasła
w wiadomości e-mail ani przez telefon.

Zespół Targ24

Ta wiadomość została wysłana automatycznie - prosimy na nią nie odpowiadać.
Otrzymujesz ją, ponieważ adres privacy@shop.example.be jest przypisany
do konta ShopExampleBE.

--=_t24_7c4e1a90b3
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;color:#222">
<p>Cześć <b>ShopExampleBE</b>,</p>
<p>ktoś właśnie zalogował się na Twoje konto sprzedawcy z urządzenia, którego wcześniej nie używałeś.</p>
<table cellpadding="4">
<tr><td>Data i godzina</td><td>5 listopada 2026, 08:41</td></tr>
<tr><td>Urządzenie</td><td>Chrome 142 / Windows 11</td></tr>
<tr><td>Przybliżona lokalizacja</td><td>Gandawa, Belgia</td></tr>
<tr><td>Adres IP</td><td>81.82.197.14</td></tr>
</table>
<p><b>To Ty?</b> Nie musisz nic robić.</p>
<p><b>To nie Ty?</b> <a href="https://targ24.pl/moje-konto/bezpieczenstwo">Zmień hasło i wyloguj wszystkie urządzenia</a>.</p>
<p style="font-size:11px;color:#777">Ta wiadomość została wysłana automatycznie - prosimy na nią nie odpowiadać.</p>
</body></html>

--=_t24_7c4e1a90b3--
'''),

    ('pl', 'person-forwarded-new-signin-alert-freeze-account', 'restriction', (),
'''Return-Path: <tomek.zielinski84@gmail.com>
Received: from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rn3Hc5Wg1z8KtD
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 08:07:19 +0100 (CET)
Received: by mail-wr1-f44.google.com with SMTP id ffacd0b85a97d-42b3c8e0f6aso1187342f8f.2
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 23:07:18 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1793862438; x=1794467238;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
        bh=7Lw0pQ2sKxR9nYc4T1mVbE8gZ3uH6dA5jFiO0yNqWeC=;
        b=Rk4nP8wZ1qT6yL0mXc3vB9sF2hJ7dG5aE4uK1oN8rQ6tW0zY3xC7pM2lV9bS5fH1
MIME-Version: 1.0
References: <acct-signin.20261105065208.91d3e0@account.shop.example.be>
In-Reply-To: <acct-signin.20261105065208.91d3e0@account.shop.example.be>
From: Tomasz Zielinski <tomek.zielinski84@gmail.com>
Date: Thu, 5 Nov 2026 08:07:05 +0100
Message-ID: <CAF4kPq3xR+2mYt0Vd8hN5bZgLr1QeWk9o7sJ3uHc0A@mail.gmail.com>
Subject: Fwd: New sign-in to your Shop Example account
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

To nie by=C5=82em ja!! Nie logowa=C5=82em si=C4=99 z Bukaresztu, jestem w=
 Krakowie.
Prosz=C4=99 natychmiast zablokowa=C4=87 moje konto i wstrzyma=C4=87 wszystko=
, co si=C4=99 na nim dzieje i co robicie z moimi danymi, dop=C3=B3ki tego n=
ie wyja=C5=9Bnicie. NIE usuwajcie konta =E2=80=93 mam tam histori=C4=99 zam=
=C3=B3wie=C5=84, faktury i punkty na karcie lojalno=C5=9Bciowej.
Dajcie zna=C4=87, kiedy b=C4=99dzie zablokowane.

Tomasz Zieli=C5=84ski

---------- Forwarded message ---------
Od: Shop Example <no-reply@account.shop.example.be>
Date: czw., 5 lis 2026 o 07:52
Subject: New sign-in to your Shop Example account
To: <tomek.zielinski84@gmail.com>


Hi Tomasz,

We noticed a new sign-in to your Shop Example account.

When: 5 November 2026, 07:49 CET
Device: Firefox on Linux
Approximate location: Bucharest, Romania
IP address: 86.124.51.203

If this was you, you don't need to do anything.

If you don't recognise this activity, change your password now:
https://www.shop.example.be/account/security

This is an automated message, please do not reply.
Shop Example BV =C2=B7 Kouter 112 =C2=B7 9000 Gent
'''),

    # ------------------------------------------------------------------ cs
    ('cs', 'seznam-personal-vacation-autoreply', 'automated', (),
'''Return-Path: <jana.horakova@seznam.cz>
Received: from mxf1.seznam.cz (mxf1.seznam.cz [77.75.78.50])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rnr2T0xGsz1QmW
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 14:23:08 +0100 (CET)
Received: from email.seznam.cz
        by smtpc-mxf1-5d8b9c7f4-kq2wz
        (smtpc-mxf1-5d8b9c7f4-kq2wz [2a02:598:128:8a00::1000:a31])
        id 1f0c4a7e22d93b8c6e1d5f02;
        Fri, 06 Nov 2026 14:23:07 +0100 (CET)
From: =?utf-8?q?Jana_Hor=C3=A1kov=C3=A1?= <jana.horakova@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Automatick=C3=A1_odpov=C4=9B=C4=8F:_Your_privacy_request?=
 =?utf-8?q?_PRV-2026-1262:_verification_code?=
Date: Fri, 06 Nov 2026 14:23:07 +0100 (CET)
Message-Id: <3Y.Lp7q.4kWcR2nZeXa.1g8JvM@seznam.cz>
In-Reply-To: <prv-2026-1262.code.20261106132259@shop.example.be>
References: <prv-2026-1262.code.20261106132259@shop.example.be>
Auto-Submitted: auto-replied
Mime-Version: 1.0 (Szn.cz Email)
X-Mailer: szn-mime-2.1.61
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

děkuji za Vaši zprávu. Od 2. do 15. listopadu jsem na dovolené mimo dosah
internetu a poštu čtu jen výjimečně. Odpovím hned po návratu.

Jana Horáková
'''),

    ('cs', 'isp-challenge-response-sender-verification', 'automated', (),
'''Return-Path: <overeni@antispam.vltava-net.cz>
Received: from cr1.antispam.vltava-net.cz (cr1.antispam.vltava-net.cz [89.102.14.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RpK9m1Vd3z2XyT
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 10:05:43 +0100 (CET)
From: "Ochrana proti spamu Vltava-Net" <overeni@antispam.vltava-net.cz>
To: privacy@shop.example.be
Subject: =?utf-8?q?Ov=C4=9B=C5=99te_pros=C3=ADm_odes=C3=ADlatele_zpr=C3=A1vy?=
Date: Mon, 09 Nov 2026 10:05:41 +0100
Message-ID: <cr-20261109100541-5f2a9c71@antispam.vltava-net.cz>
In-Reply-To: <prv-2026-1279.confirm.20261109100530@shop.example.be>
Auto-Submitted: auto-replied
Precedence: bulk
X-Challenge-ID: 5f2a9c71e04b
X-Protected-Recipient: petr.kucera@vltava-net.cz
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

odeslali jste zprávu na adresu petr.kucera@vltava-net.cz. Majitel této
schránky používá ochranu proti nevyžádané poště, která doručuje jen zprávy
od ověřených odesílatelů.

Vaše zpráva
  Předmět:  Your deletion request PRV-2026-1279: please confirm
  Odesláno: 9. 11. 2026 10:05
byla pozdržena a bude doručena, jakmile potvrdíte, že jste skutečný člověk.

Pro potvrzení klikněte na odkaz níže a opište kód z obrázku:
https://antispam.vltava-net.cz/overeni?id=5f2a9c71e04b

Pokud zprávu do 7 dnů nepotvrdíte, bude automaticky smazána.
Odesílatele stačí ověřit jednou, další zprávy už budou doručovány přímo.

Tato zpráva byla vygenerována automaticky, neodpovídejte na ni.
--
Vltava-Net s.r.o. | https://www.vltava-net.cz
'''),

    ('cs', 'dmarc-aggregate-report-czech-receiver', 'automated', (),
'''Return-Path: <dmarc-noreply@seznam.cz>
Received: from mxout3.seznam.cz (mxout3.seznam.cz [77.75.76.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RpF1b7Zq8z5Nw2
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 03:12:46 +0100 (CET)
From: dmarc-noreply@seznam.cz
To: privacy@shop.example.be
Subject: Report Domain: shop.example.be Submitter: seznam.cz Report-ID:
 <shop.example.be-1794096000@seznam.cz>
Date: Mon, 09 Nov 2026 03:12:44 +0100
Message-ID: <dmarc.1794182399.8a31c0@seznam.cz>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_81723_1794197564"

------=_Part_81723_1794197564
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

v příloze zasíláme souhrnný DMARC report pro doménu shop.example.be
za období 8. 11. 2026 00:00:00 UTC - 8. 11. 2026 23:59:59 UTC.

Report byl vytvořen automaticky podle RFC 7489. Na tento e-mail
neodpovídejte.

This is an automatically generated DMARC aggregate report.

------=_Part_81723_1794197564
Content-Type: application/gzip;
 name="seznam.cz!shop.example.be!1794096000!1794182399.xml.gz"
Content-Disposition: attachment;
 filename="seznam.cz!shop.example.be!1794096000!1794182399.xml.gz"
Content-Transfer-Encoding: base64

H4sIAAAAAAAAA+1YW3PiOBZ+z69w+Z1gmwRIKunUpNPpnu6dpNPpTG/tviEjBmFsyiMbEn79HsmX
2IkJdM/WPu0mBVjS+c79IvPi/ZhPvQGMskjHl+3wMOq3NEwcPY9G1xft+6+fe4N2a3JyeqFN8P6V
vxZWGyjTiSzMtNjVaZQkxE9bvl0NZx30+Jvs4qRYvpnE8p/mWdLyl6RZT2s20jq2WTHnrWqaneV9
K/3OYiZtjdAomUWtvJmzIaCFUf6dS0DttV4OwSIhMQhKEyNKNAm8zvd0ZdnwwDt4duMZyX8aBL0K
tHe/gPeRJcdiMVzAhBCMXEkZWGhlSuE4j+GpF5qz0Ok8rY3lQ2xgxmYCa2A1GKD4qu7DNuHjb5Dx
LUMnXbwMj33ruCsWTFYMJ1pUZ7VNr5y2nUXH3dMeHT87OXPPxdf/NKLzvh4dbFd75gZp+k11eD5i
o0zhZhzk6r3OTPv94vyw9/znY9f1r73dz/sVfjm9c/bT6fbHWfrdZns85xt7V3qtbbf/NPf7nL1s
ZX2lsT6r+Mjw3aaZP6VbQ8tp7NKZ8vm5AeDwq1Uk0fPm69Y7eHj84uRzvN7vUe6v4N7p4gvB3ze3
TmlffvD84u2fr4cPm23aN3Xyvbr5hfP7NLuPj8sfPPkzzmPXHqX9z8X1bzn7dfcvPrau9xb9efW0
7ofzf8Pfh9vPn3x8bD3c5eXnkn0yPS7fKz1HvXx9vTgr3mfjvnPwQz2k+R9fPa+z1V9vIvfMvWbE
ff4Q8Lw0E1XnJpzS0n5X3avIiQo9bF3ur8eiS0yqA2hVb3kD0wNcoAAA
------=_Part_81723_1794197564--
'''),

    ('cs', 'person-reply-above-unrequested-password-reset-asks-what-data', 'access', (),
'''Return-Path: <k.prochazkova@email.cz>
Received: from mxc2.seznam.cz (mxc2.seznam.cz [77.75.78.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RnzW87Qx0z9Mkp
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 19:48:15 +0100 (CET)
Message-ID: <5b8e2d10-6f4a-4c3e-9a71-0d2f8c4be913@email.cz>
Date: Fri, 6 Nov 2026 19:48:12 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Reset your Shop Example password
To: privacy@shop.example.be
References: <pwreset.20261106060311.4d7b@account.shop.example.be>
Content-Language: cs
From: =?UTF-8?Q?Kate=C5=99ina_Proch=C3=A1zkov=C3=A1?= <k.prochazkova@email.cz>
In-Reply-To: <pwreset.20261106060311.4d7b@account.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dobrý den,

tenhle e-mail mi dnes ráno přišel, ale o žádné obnovení hesla jsem
nežádala. Nevzpomínám si ani, že bych u vás měla účet - možná jsem
jednou nakupovala jako host, když jsem byla v Gentu na služební cestě.

Než s tím cokoli udělám, chci vědět, jaké osobní údaje o mně vlastně
máte, odkud jste je získali a jestli jste je někomu předali. Pošlete
mi to prosím na tuto adresu.

Děkuji
Kateřina Procházková

Dne 06.11.2026 v 7:03 Shop Example napsal(a):
> Hello,
>
> We received a request to reset the password for the Shop Example
> account linked to this e-mail address.
>
> Click the link below to choose a new password. The link is valid for
> 30 minutes.
>
> https://www.shop.example.be/account/reset?token=8f1c2e7d0b9a4f65
>
> If you didn't request a password reset, you can ignore this e-mail.
> Your password will stay the same.
>
> Shop Example customer service
> Questions about your personal data? privacy@shop.example.be
'''),

    # ------------------------------------------------------------------ hr
    ('hr', 'national-cert-otrs-ticket-ack-phishing-report', 'automated', (),
'''Return-Path: <ncert@cert.hr>
Received: from mail.cert.hr (mail.cert.hr [161.53.2.120])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RpM3s0Gk5z7Vq9
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 10:41:19 +0100 (CET)
Received: from otrs.cert.hr (otrs.cert.hr [10.10.4.21])
        by mail.cert.hr (Postfix) with ESMTP id 6A3F2180C4
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 10:41:18 +0100 (CET)
From: "Nacionalni CERT" <ncert@cert.hr>
To: privacy@shop.example.be
Subject: [CERT.hr#2026110910000421] =?UTF-8?Q?Zaprimljena_prijava:_Phishing_?=
 =?UTF-8?Q?impersonating_Shop_Example?=
Date: Mon, 09 Nov 2026 10:41:18 +0100
Message-ID: <1794217278.604127.218550531@otrs.cert.hr>
In-Reply-To: <20261109104002.phish-report.8b41@shop.example.be>
References: <20261109104002.phish-report.8b41@shop.example.be>
X-Mailer: OTRS Mail Service (6.0.x)
X-Powered-By: OTRS - Open Ticket Request System (http://otrs.org/)
X-Loop: yes
Auto-Submitted: auto-replied
Precedence: bulk
Organization: CARNET - Nacionalni CERT
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Poštovani,

zahvaljujemo na prijavi računalno-sigurnosnog incidenta. Vaša prijava
zaprimljena je i zavedena pod brojem 2026110910000421.

Ova je poruka poslana automatski. Prijavu će obraditi dežurni djelatnik
Nacionalnog CERT-a u uobičajenom radnom vremenu (radnim danom od 8 do 16 h).

Ako želite poslati dodatne informacije (npr. izvorna zaglavlja poruke,
URL-ove ili privitke), odgovorite na ovu poruku i ne mijenjajte oznaku
[CERT.hr#2026110910000421] u predmetu.

Napominjemo da Nacionalni CERT ne može sam ukloniti mrežne stranice
smještene izvan Republike Hrvatske, ali o incidentu obavještava
odgovorne organizacije i CERT-ove drugih zemalja.

S poštovanjem,
Nacionalni CERT
https://www.cert.hr
'''),

    ('hr', 'exchange-autoreply-former-employee-address-inactive', 'automated', (),
'''Return-Path: <>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2107.outbound.protection.outlook.com [40.107.13.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RnH6p3Cw2z8Fxk
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 13:26:51 +0100 (CET)
Received: from VI1PR03MB6142.eurprd03.prod.outlook.com (2603:10a6:803:11f::20) by
 DU0PR03MB9418.eurprd03.prod.outlook.com with HTTPS; Thu, 5 Nov 2026 12:26:49
 +0000
From: Marko Juric <marko.juric@adriatrans.hr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatski odgovor: Your privacy request PRV-2026-1294: please
 confirm your identity
Thread-Topic: Your privacy request PRV-2026-1294: please confirm your identity
Thread-Index: AQHc7ZkTn1mR3vXw9E6oP0cJb7yL2qA4fG8s
Date: Thu, 5 Nov 2026 12:26:49 +0000
Message-ID: <VI1PR03MB61425A9D3E7C1B0F4D2E8A6C3B71@VI1PR03MB6142.eurprd03.prod.outlook.com>
In-Reply-To: <20261105122640.prv-2026-1294.verify@shop.example.be>
References: <20261105122640.prv-2026-1294.verify@shop.example.be>
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: marko.juric@adriatrans.hr
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Transport-CrossTenantHeadersStamped: DU0PR03MB9418
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

adresa e-po=C5=A1te marko.juric@adriatrans.hr vi=C5=A1e nije aktivna jer g=
ospodin Juri=C4=87 vi=C5=A1e nije zaposlen u tvrtki Adriatrans d.o.o.

Va=C5=A1a poruka nije proslije=C4=91ena. Za upite vezane uz nabavu i logist=
iku molimo pi=C5=A1ite na nabava@adriatrans.hr, a za sve ostalo na info@adr=
iatrans.hr.

Hvala na razumijevanju.

Adriatrans d.o.o.
Slavonska avenija 52, 10000 Zagreb
'''),

    ('hr', 'security-gateway-quarantine-suspicious-link-notice', 'automated', (),
'''Return-Path: <quarantine@mailsec.lukaplin.hr>
Received: from mailsec.lukaplin.hr (mailsec.lukaplin.hr [213.147.110.34])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqD8k5Fn1z3Jpw
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 15:38:12 +0100 (CET)
From: "Sigurnosni filtar e-pošte" <quarantine@mailsec.lukaplin.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Obavijest_o_karanteni:_poruka_nije_isporu=C4=8Dena?=
Date: Tue, 10 Nov 2026 15:38:10 +0100
Message-ID: <qn-20261110143810-4471928@mailsec.lukaplin.hr>
Auto-Submitted: auto-generated
Precedence: bulk
X-Quarantine-ID: Q-20261110-4471928
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Poruka zadržana u karanteni

Poruku koju ste poslali nije bilo moguće isporučiti primatelju jer ju je
sigurnosni filtar e-pošte tvrtke Lukaplin d.d. zadržao u karanteni.

Pošiljatelj:  privacy@shop.example.be
Primatelj:    ivana.babic@lukaplin.hr
Predmet:      Your privacy request PRV-2026-1301: verify your e-mail address
Poslano:      10.11.2026. 15:37
Razlog:       Sumnjiva poveznica - poruka sadrži poveznicu na stranicu za
              provjeru identiteta na domeni koja nije na popisu pouzdanih
              (mogući phishing). Poveznica je uklonjena iz poruke.

Poruka će biti automatski izbrisana nakon 14 dana. Ako smatrate da je
riječ o pogrešci, zamolite primatelja da zatraži oslobađanje poruke od
IT službe (helpdesk@lukaplin.hr) i navede ID karantene: Q-20261110-4471928.

Ova je obavijest generirana automatski. Molimo ne odgovarajte na nju.
'''),

    ('hr', 'person-pasted-breach-alert-asks-deletion', 'deletion', (),
'''Return-Path: <dario.kovacevic@net.hr>
Received: from mail.net.hr (mail.net.hr [195.29.150.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqP2x9Bt6z1Cmd
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 08:19:44 +0100 (CET)
Message-ID: <a41f0c2e-93d7-4b58-8e1a-6c2d7f5b0e94@net.hr>
Date: Wed, 11 Nov 2026 08:19:40 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: hr
To: privacy@shop.example.be
From: =?UTF-8?Q?Dario_Kova=C4=8Devi=C4=87?= <dario.kovacevic@net.hr>
Subject: =?UTF-8?Q?Fwd:_Upozorenje:_va=C5=A1a_adresa_e-po=C5=A1te_pojavila_se_u?=
 =?UTF-8?Q?_curenju_podataka?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Poštovani,

jutros sam dobio ovo upozorenje (kopiram ispod). Ne znam iz koje je
trgovine ili servisa to procurilo i ne tvrdim da ste to vi, ali ne
želim više riskirati.

Molim vas da zatvorite moj korisnički račun i trajno izbrišete sve moje
podatke koje imate - račun, adrese, povijest narudžbi, karticu
vjernosti (broj 6203 1145 8820 17). Kod vas ionako nisam kupovao od
2024.

Potvrdite mi kad to bude gotovo.

Lp,
Dario Kovačević


-------- Proslijeđena poruka --------
Predmet: Upozorenje: vaša adresa e-pošte pojavila se u curenju podataka
Datum: Wed, 11 Nov 2026 06:02:17 +0100
Šalje: SigurniNet Monitor <monitor@sigurninet.hr>
Prima: dario.kovacevic@net.hr

Poštovani korisniče,

vaša adresa e-pošte dario.kovacevic@net.hr pronađena je u novom skupu
podataka koji je objavljen na internetu.

Izvor:             "EU Retail Combo 2026" (kompilacija više curenja)
Datum otkrivanja:  9. studenoga 2026.
Izloženi podaci:   adrese e-pošte, lozinke (hash), imena, brojevi telefona

Preporučujemo da odmah promijenite lozinku na svim servisima na kojima
ste koristili istu lozinku i uključite dvofaktorsku autentifikaciju.

Ovo je automatska obavijest servisa SigurniNet Monitor.
'''),

    # ------------------------------------------------------------------ sv
    ('sv', 'zendesk-ack-fraud-report-payment-provider', 'automated', (),
'''Return-Path: <support+id482137@betalo.zendesk.com>
Received: from outbyoip12.pod18.euw1.zdsys.com (outbyoip12.pod18.euw1.zdsys.com [188.172.128.113])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqB0v2Ws7z6Lnf
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 10:22:06 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=betalo.se;
        s=zendesk1; t=1794302524;
        bh=fT3nQ8kW1zP5yR0vL7cB2mX9hJ4dG6sA1uE3oN8iKqY=;
        h=Date:From:Reply-To:To:Message-ID:In-Reply-To:Subject;
        b=Yc5mR1qT8vL3nB0xK7wP2zF9hD4jS6gA1eU8oN3rW5tC0yX2mV7lQ9bJ4fH6sZ1
Date: Tue, 10 Nov 2026 09:22:04 +0000
From: Betalo Kundservice <support@betalo.se>
Reply-To: Betalo Kundservice <support+id482137@betalo.zendesk.com>
To: Shop Example Privacy <privacy@shop.example.be>
Message-ID: <7YQ2KZ4W8D_6651b7f0a3c2e_3b91c_sprut@zendesk.com>
In-Reply-To: <20261110092140.fraud-report.c17e@shop.example.be>
Subject: =?UTF-8?Q?=C3=84rende_#482137_har_tagits_emot:_Suspected_fraudulent?=
 =?UTF-8?Q?_purchase,_order_7729418?=
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6651b7f0c8a1e_3b91c1d4e2a";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8f21c3a
X-Zendesk-Email-Id: 01JCF7T2Q8NZ3W6B5K0D9VXH4M
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_6651b7f0c8a1e_3b91c1d4e2a
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: 8bit

##- Skriv ditt svar ovanför den här raden -##

Hej,

tack för att du kontaktade Betalo. Din anmälan om misstänkt bedrägeri
har registrerats med ärendenummer #482137.

Vårt team för bedrägeriutredningar går igenom anmälan inom två bankdagar.
Om kortinnehavaren redan har bestridit transaktionen (chargeback) kopplar
vi ärendet till den befintliga tvisten.

Du behöver inte skicka in anmälan igen. Svara på det här mejlet om du vill
komplettera med underlag, till exempel orderbekräftelse, leveransbevis
eller IP-loggar.

Vänliga hälsningar
Betalo Kundservice

Det här är ett automatiskt meddelande.

[7YQ2KZ-4W8D]

----==_mimepart_6651b7f0c8a1e_3b91c1d4e2a
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body>
<div style="color:#b5b5b5">##- Skriv ditt svar ovanför den här raden -##</div>
<p>Hej,</p>
<p>tack för att du kontaktade Betalo. Din anmälan om misstänkt bedrägeri har registrerats med ärendenummer <b>#482137</b>.</p>
<p>Vårt team för bedrägeriutredningar går igenom anmälan inom två bankdagar. Om kortinnehavaren redan har bestridit transaktionen (chargeback) kopplar vi ärendet till den befintliga tvisten.</p>
<p>Du behöver inte skicka in anmälan igen. Svara på det här mejlet om du vill komplettera med underlag, till exempel orderbekräftelse, leveransbevis eller IP-loggar.</p>
<p>Vänliga hälsningar<br>Betalo Kundservice</p>
<p style="color:#999;font-size:11px">Det här är ett automatiskt meddelande.</p>
<span style="color:#FFFFFF" aria-hidden="true">[7YQ2KZ-4W8D]</span>
</body></html>

----==_mimepart_6651b7f0c8a1e_3b91c1d4e2a--
'''),

    ('sv', 'registrar-domain-expiry-reminder', 'automated', (),
'''Return-Path: <bounces@mailer.nordnamn.se>
Received: from mailer.nordnamn.se (mailer.nordnamn.se [194.9.95.117])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RpC4q8Hm2z0Tbv
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 06:00:14 +0100 (CET)
From: Nordnamn <noreply@nordnamn.se>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?P=C3=A5minnelse:_shopexample.se_l=C3=B6per_ut_om_30_dagar?=
Date: Mon, 9 Nov 2026 06:00:12 +0100
Message-ID: <renewal-reminder.30d.shopexample.se.20261109050012@nordnamn.se>
Auto-Submitted: auto-generated
Precedence: bulk
X-Nordnamn-Notice: renewal-30d
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hej!

Din domän shopexample.se löper ut den 9 december 2026.

Automatisk förnyelse är inte aktiverad för domänen och det finns inget
giltigt betalkort sparat på kontot. Förnya domänen senast på
förfallodagen, annars slutar webbplats och e-post på domänen att fungera.

Domän:          shopexample.se
Förfallodatum:  2026-12-09
Kundnummer:     NN-554120
Domänkontakt:   privacy@shop.example.be

Förnya här: https://kund.nordnamn.se/domaner/shopexample.se/fornya

Efter förfallodagen kopplas domänen ur och kan förnyas under 60 dagar.
Därefter frisläpps den och kan registreras av vem som helst.

Med vänlig hälsning
Nordnamn AB

Du får det här mejlet eftersom du står som kontakt för domänen ovan.
Påminnelser skickas 60, 30 och 7 dagar före förfallodagen.
'''),

    ('sv', 'exchange-online-ndr-recipient-not-found-swedish', 'automated', (),
'''Return-Path: <>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2093.outbound.protection.outlook.com [40.107.247.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqV5n0Kz3z9Gcs
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 14:04:29 +0100 (CET)
From: Microsoft Outlook
        <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@vasterbyggen.se>
To: <privacy@shop.example.be>
Date: Wed, 11 Nov 2026 13:04:27 +0000
Content-Type: multipart/report; report-type=delivery-status;
        boundary="f1b3a6c2-58d2-4a0e-9f7d-2c5e8b41d903"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID: <a7c2f1e9-4b3d-4a8e-b6f0-91d2c3e5a7b8@AM9PR02MB7265.eurprd02.prod.outlook.com>
In-Reply-To: <20261111130420.prv-2026-1310.verify@shop.example.be>
References: <20261111130420.prv-2026-1310.verify@shop.example.be>
Subject: Det gick inte att leverera: Your privacy request PRV-2026-1310: please
 confirm your identity
Auto-Submitted: auto-replied
MIME-Version: 1.0

--f1b3a6c2-58d2-4a0e-9f7d-2c5e8b41d903
Content-Type: multipart/alternative; differences=Content-Type;
        boundary="58c0d9e2-7a1b-4e35-bc84-0f6a2d93e1c7"

--58c0d9e2-7a1b-4e35-bc84-0f6a2d93e1c7
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Det gick inte att leverera meddelandet till de här mottagarna eller grupperna:

erik.lindqvist@vasterbyggen.se
Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen. Kontakta din e-postadministratör om problemet kvarstår.








Diagnostikinformation för administratörer:

Genererande server: AM9PR02MB7265.eurprd02.prod.outlook.com

erik.lindqvist@vasterbyggen.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelanderubriker:

Received: from mail-out.shop.example.be (193.191.12.40) by
 AM9PR02MB7265.eurprd02.prod.outlook.com with ESMTPS; Wed, 11 Nov 2026
 13:04:21 +0000
From: Shop Example Privacy <privacy@shop.example.be>
To: <erik.lindqvist@vasterbyggen.se>
Subject: Your privacy request PRV-2026-1310: please confirm your identity
Date: Wed, 11 Nov 2026 14:04:18 +0100
Message-ID: <20261111130420.prv-2026-1310.verify@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"


--58c0d9e2-7a1b-4e35-bc84-0f6a2d93e1c7
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<p><b><font color="#000066" size="3" face="Arial">Det gick inte att leverera meddelandet till de här mottagarna eller grupperna:</font></b></p>
<p><font size="2" face="Tahoma"><a href="mailto:erik.lindqvist@vasterbyggen.se">erik.lindqvist@vasterbyggen.se</a><br>
Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen. Kontakta din e-postadministratör om problemet kvarstår.</font></p>
<p><font size="2" face="Tahoma"><b>Diagnostikinformation för administratörer:</b></font></p>
<p><font size="2" face="Tahoma">Genererande server: AM9PR02MB7265.eurprd02.prod.outlook.com<br>
<br>
erik.lindqvist@vasterbyggen.se<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</font></p>
</body></html>

--58c0d9e2-7a1b-4e35-bc84-0f6a2d93e1c7--

--f1b3a6c2-58d2-4a0e-9f7d-2c5e8b41d903
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR02MB7265.eurprd02.prod.outlook.com
Received-From-MTA: dns;mail-out.shop.example.be
Arrival-Date: Wed, 11 Nov 2026 13:04:21 +0000

Final-Recipient: rfc822;erik.lindqvist@vasterbyggen.se
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
 found by SMTP address lookup

--f1b3a6c2-58d2-4a0e-9f7d-2c5e8b41d903
Content-Type: text/rfc822-headers

Received: from mail-out.shop.example.be (193.191.12.40) by
 AM9PR02MB7265.eurprd02.prod.outlook.com with ESMTPS; Wed, 11 Nov 2026
 13:04:21 +0000
From: Shop Example Privacy <privacy@shop.example.be>
To: <erik.lindqvist@vasterbyggen.se>
Subject: Your privacy request PRV-2026-1310: please confirm your identity
Date: Wed, 11 Nov 2026 14:04:18 +0100
Message-ID: <20261111130420.prv-2026-1310.verify@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--f1b3a6c2-58d2-4a0e-9f7d-2c5e8b41d903--
'''),

    ('sv', 'person-reply-above-verification-code-order-question', 'other', (),
'''Return-Path: <linnea.berg@icloud.com>
Received: from mr85p00im-ztdg06021801.me.com (mr85p00im-ztdg06021801.me.com [17.58.23.196])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RpT1c6Dk8z2Hwq
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 18:31:47 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;
        s=1a1hai; t=1794245504;
        bh=pX8mQ2wL5nR9tY1vK4cB7zH0jF3dG6sA8uE2oN5iTqW=;
        h=From:Content-Type:Mime-Version:Subject:Date:Message-Id:To;
        b=Lr7kN2vP9qT4xB1mW6cZ0yF3hJ8dG5sA2eU7oK4rQ1tC9yX6mV3lP0bN8fH5sW2
From: Linnea Berg <linnea.berg@icloud.com>
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: Re: Your verification code
Date: Mon, 9 Nov 2026 18:31:44 +0100
Message-Id: <8C4D2E1F-7A3B-4C9E-B2D5-6F1A0E8C3B47@icloud.com>
References: <verify-code.20261109141209.e3a1@shop.example.be>
In-Reply-To: <verify-code.20261109141209.e3a1@shop.example.be>
To: Shop Example Privacy <privacy@shop.example.be>
X-Mailer: iPhone Mail (23B85)

Hej,
Jag tror att jag r=C3=A5kade klicka p=C3=A5 n=C3=A5got p=C3=A5 er sida ig=
=C3=A5r, s=C3=A5 strunta i koden. Men n=C3=A4r jag =C3=A4nd=C3=A5 har er: v=
ar =C3=A4r mitt paket? Order 7731905 skulle komma i tisdags och sp=C3=A5rni=
ngsl=C3=A4nken ger bara ett felmeddelande. Jag beh=C3=B6ver jackan till hel=
gen.

Mvh Linnea Berg

Skickat fr=C3=A5n min iPhone

> 9 nov. 2026 kl. 14:12 skrev Shop Example Privacy <privacy@shop.example.b=
e>:
>=20
> =EF=BB=BFYour verification code is: 482913
>=20
> Enter this code on the page where you started your request. The code is v=
alid for 15 minutes.
>=20
> If you did not start a request, you can ignore this e-mail.
>=20
> Shop Example BV =E2=80=93 Privacy team
'''),

    ('sv', 'person-forwarded-social-login-notice-objects-to-sharing', 'objection', (),
'''Return-Path: <maria.sjoberg@hotmail.se>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05olkn2031.outbound.protection.outlook.com [40.92.89.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqZ7f3Nc1z5Kmv
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 07:40:58 +0100 (CET)
Received: from DB7PR10MB2377.EURPRD10.PROD.OUTLOOK.COM (2603:10a6:10:4f::14) by
 DB9PR10MB7215.EURPRD10.PROD.OUTLOOK.COM with HTTPS; Thu, 12 Nov 2026
 06:40:55 +0000
From: =?utf-8?Q?Maria_Sj=C3=B6berg?= <maria.sjoberg@hotmail.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Fwd: Your Shop Example account is now connected to Facebook
Thread-Topic: Your Shop Example account is now connected to Facebook
Thread-Index: AQHc8tLz4kQ0m7V1kE2y9X3tWb5rHg==
Date: Thu, 12 Nov 2026 06:40:55 +0000
Message-ID: <DB7PR10MB2377E4B1C9A0F3D6E2B8C7A5D4E10@DB7PR10MB2377.EURPRD10.PROD.OUTLOOK.COM>
References: <social-link.20261112061502.a90f@account.shop.example.be>
In-Reply-To: <social-link.20261112061502.a90f@account.shop.example.be>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="_000_DB7PR10MB2377E4B1C9A0F3D6E2B8C7A5D4E10DB7PR10MB2377EURP_"

--_000_DB7PR10MB2377E4B1C9A0F3D6E2B8C7A5D4E10DB7PR10MB2377EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej!

Fick det h=C3=A4r mejlet i morse. Jag har aldrig sj=C3=A4lv kopplat mitt kont=
o till Facebook (jag har inte ens Facebook l=C3=A4ngre), s=C3=A5 jag f=C3=B6r=
st=C3=A5r inte hur det har g=C3=A5tt till. Jag har bytt l=C3=B6senord nu.

Men oavsett hur det blev s=C3=A5: jag vill inte att ni delar n=C3=A5gra uppgi=
fter om mig eller om vad jag k=C3=B6per med Meta eller n=C3=A5gon annan annon=
spartner, och jag vill inte att ni anv=C3=A4nder min k=C3=B6phistorik f=C3=B6=
r riktad reklam. Det mots=C3=A4tter jag mig. Koppla ocks=C3=A5 bort Facebook fr=
=C3=A5n mitt konto.

H=C3=A4lsningar
Maria Sj=C3=B6berg

H=C3=A4mta Outlook f=C3=B6r iOS<https://aka.ms/o0ukef>
________________________________
Fr=C3=A5n: Shop Example <no-reply@account.shop.example.be>
Skickat: Thursday, November 12, 2026 7:15:02 AM
Till: maria.sjoberg@hotmail.se <maria.sjoberg@hotmail.se>
=C3=84mne: Your Shop Example account is now connected to Facebook

Hi Maria,

Your Shop Example account is now connected to Facebook. From now on you can=
 sign in with your Facebook account.

If you didn't do this, disconnect Facebook and change your password:
https://www.shop.example.be/account/connected-accounts

Shop Example customer service

--_000_DB7PR10MB2377E4B1C9A0F3D6E2B8C7A5D4E10DB7PR10MB2377EURP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div dir=3D"auto">Hej!</div>
<div dir=3D"auto"><br></div>
<div dir=3D"auto">Fick det h=C3=A4r mejlet i morse. Jag har aldrig sj=C3=A4lv=
 kopplat mitt konto till Facebook (jag har inte ens Facebook l=C3=A4ngre), s=
=C3=A5 jag f=C3=B6rst=C3=A5r inte hur det har g=C3=A5tt till. Jag har bytt l=
=C3=B6senord nu.</div>
<div dir=3D"auto"><br></div>
<div dir=3D"auto">Men oavsett hur det blev s=C3=A5: jag vill inte att ni dela=
r n=C3=A5gra uppgifter om mig eller om vad jag k=C3=B6per med Meta eller n=C3=
=A5gon annan annonspartner, och jag vill inte att ni anv=C3=A4nder min k=C3=
=B6phistorik f=C3=B6r riktad reklam. Det mots=C3=A4tter jag mig. Koppla ocks=
=C3=A5 bort Facebook fr=C3=A5n mitt konto.</div>
<div dir=3D"auto"><br></div>
<div dir=3D"auto">H=C3=A4lsningar<br>Maria Sj=C3=B6berg</div>
<div dir=3D"auto"><br></div>
<div id=3D"ms-outlook-mobile-signature">H=C3=A4mta <a href=3D"https://aka.ms/o0=
ukef">Outlook f=C3=B6r iOS</a></div>
<hr style=3D"display:inline-block;width:98%">
<div id=3D"divRplyFwdMsg"><b>Fr=C3=A5n:</b> Shop Example &lt;no-reply@account=
.shop.example.be&gt;<br><b>Skickat:</b> Thursday, November 12, 2026 7:15:02 A=
M<br><b>Till:</b> maria.sjoberg@hotmail.se<br><b>=C3=84mne:</b> Your Shop Exa=
mple account is now connected to Facebook</div>
<div><p>Hi Maria,</p><p>Your Shop Example account is now connected to Facebook=
. From now on you can sign in with your Facebook account.</p>
<p>If you didn't do this, disconnect Facebook and change your password:<br>
https://www.shop.example.be/account/connected-accounts</p>
<p>Shop Example customer service</p></div>
</body></html>

--_000_DB7PR10MB2377E4B1C9A0F3D6E2B8C7A5D4E10DB7PR10MB2377EURP_--
'''),

    # ------------------------------------------------------------------ ro
    ('ro', 'dovecot-sieve-vacation-reply', 'automated', (),
'''Return-Path: <>
Received: from mail.atelierlemn.ro (mail.atelierlemn.ro [86.105.212.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmW8b3Tq6z7Yhd
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 15:20:07 +0100 (CET)
Date: Tue, 3 Nov 2026 16:20:05 +0200
From: Cristina Popescu <cristina.popescu@atelierlemn.ro>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Concediu_/_R=C4=83spuns_automat?=
In-Reply-To: <20261103141958.prv-2026-1219.verify@shop.example.be>
References: <20261103141958.prv-2026-1219.verify@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21 (f6a1ba2d)
Message-ID: <dovecot-sieve-1793715605-812442-0@mail.atelierlemn.ro>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bună ziua,

Vă mulțumesc pentru mesaj. Sunt în concediu până pe 16 noiembrie și nu am
acces constant la e-mail.

Pentru comenzi și oferte vă rog să scrieți la comenzi@atelierlemn.ro sau
să sunați la 0744 318 902.

Cu stimă,
Cristina Popescu
Atelier Lemn SRL
'''),

    ('ro', 'courier-portal-account-locked-failed-logins', 'automated', (),
'''Return-Path: <bounce+sec.4f91d2@notificari.rapidocurier.ro>
Received: from smtp-out2.rapidocurier.ro (smtp-out2.rapidocurier.ro [89.38.241.76])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rq2kT0Fh9z4Bnx
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 01:14:39 +0100 (CET)
From: Rapido Curier <no-reply@notificari.rapidocurier.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Contul_dumneavoastr=C4=83_a_fost_blocat_temporar?=
Date: Tue, 10 Nov 2026 02:14:37 +0200
Message-ID: <sec-lockout.4f91d2.20261110001437@rapidocurier.ro>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bună ziua,

Din motive de securitate, contul de client business asociat adresei
privacy@shop.example.be a fost blocat temporar după 5 încercări
nereușite de autentificare.

Data:          10.11.2026, 02:14 (ora României)
Adresă IP:     45.131.194.87
Aplicație:     Portal Clienți - web

Contul se deblochează automat după 30 de minute. Dacă nu ați încercat
dumneavoastră să vă autentificați, vă recomandăm să resetați parola
imediat: https://portal.rapidocurier.ro/resetare-parola

Acest mesaj a fost generat automat. Vă rugăm să nu răspundeți.

Echipa Rapido Curier
'''),

    ('ro', 'payment-processor-chargeback-dispute-notice', 'automated', (),
'''Return-Path: <dispute-noreply@netplati.ro>
Received: from mta1.netplati.ro (mta1.netplati.ro [93.115.86.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqY3d9Mv0z1Wpk
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 09:05:21 +0100 (CET)
From: "NetPlati - Dispute" <dispute-noreply@netplati.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Disput=C4=83_nou=C4=83_(chargeback)_CB-2026-118204_-_r=C4=83spuns?=
 =?UTF-8?Q?_p=C3=A2n=C4=83_la_25.11.2026?=
Date: Thu, 12 Nov 2026 10:05:19 +0200
Message-ID: <cb-2026-118204.notice.1@netplati.ro>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Stimate comerciant,

A fost deschisă o dispută (chargeback) pentru o tranzacție procesată prin
contul dumneavoastră.

ID comerciant:      NP-BE-00417 (Shop Example BV)
ID tranzacție:      TX-8820-51937264
Data tranzacției:   14.10.2026
Sumă:               349,90 EUR
Card:               Visa **** 4471
Motiv:              10.4 - Fraudă - tranzacție fără prezența cardului
Termen de răspuns:  25.11.2026

Pentru a contesta disputa, încărcați documentele justificative (dovada
livrării, corespondența cu clientul, rezultatul 3-D Secure) în portalul
pentru comercianți:
https://merchant.netplati.ro/dispute/CB-2026-118204

Dacă nu răspundeți până la termenul indicat, disputa va fi soluționată în
favoarea emitentului cardului, iar suma va fi debitată definitiv.

Acesta este un mesaj generat automat. Nu răspundeți la această adresă.
NetPlăți S.A.
'''),

    ('ro', 'person-stop-sending-verification-codes-threatens-dpa', 'complaint', (),
'''Return-Path: <andreea.munteanu77@yahoo.com>
Received: from sonic305-21.consmr.mail.ir2.yahoo.com (sonic305-21.consmr.mail.ir2.yahoo.com [77.238.177.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rq6Lh2Jx5z8Dfm
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 06:12:33 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com;
        s=s2048; t=1794287551;
        bh=nY4pQ1wK8zR2tL5vB9cM0xH3jF6dG7sA4uE1oN2iTrW=;
        h=Date:From:To:In-Reply-To:References:Subject:From:Subject;
        b=Qp3mL8vN1zT6xB0kW4cY9rF2hJ5dG7sA3eU0oK8nR2tC6yX1mV4lP9bN5fH7sW3
Date: Tue, 10 Nov 2026 05:12:31 +0000 (UTC)
From: Andreea Munteanu <andreea.munteanu77@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1482093716.2210458.1794287551207@mail.yahoo.com>
In-Reply-To: <verify-code.20261109225802.77b0@account.shop.example.be>
References: <verify-code.20261109225802.77b0@account.shop.example.be>
Subject: Re: Your Shop Example verification code
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="----=_Part_2210457_1209634518.1794283951205"
X-Mailer: WebService/1.1.24562 YMailAndroid/7.18.2

------=_Part_2210457_1209634518.1794283951205
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

STOP cu codurile astea!!!
De asear=C4=83 am primit 14 mailuri cu =E2=80=9Ecodul t=C4=83u de verificar=
e=E2=80=9D de la voi. Nu am cont la voi, n-am cerut nimic =C8=99i n-am dat n=
im=C4=83nui adresa mea. Cineva =C3=AEncearc=C4=83 s=C4=83 fac=C4=83 ceva cu adre=
sa mea de email =C8=99i voi =C3=AEl l=C4=83sa=C8=9Bi.
Vreau s=C4=83 se opreasc=C4=83 IMEDIAT. Dac=C4=83 mai primesc unul singur, fac=
 pl=C3=A2ngere la ANSPDCP.

Trimis de pe Yahoo Mail pe Android=20
=20
  Pe lun., nov. 9, 2026 la 23:58, Shop Example<no-reply@account.shop.example.=
be> a scris:   Your Shop Example verification code is 306714
It expires in 10 minutes. Never share this code with anyone.
If you didn't request it, you can ignore this e-mail.
Shop Example customer service
 =20

------=_Part_2210457_1209634518.1794283951205
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div class=3D"ydp-android-body"><div dir=3D"ltr">S=
TOP cu codurile astea!!!</div><div dir=3D"ltr">De asear=C4=83 am primit 14 m=
ailuri cu =E2=80=9Ecodul t=C4=83u de verificare=E2=80=9D de la voi. Nu am con=
t la voi, n-am cerut nimic =C8=99i n-am dat nim=C4=83nui adresa mea. Cineva =
=C3=AEncearc=C4=83 s=C4=83 fac=C4=83 ceva cu adresa mea de email =C8=99i voi =
=C3=AEl l=C4=83sa=C8=9Bi.</div><div dir=3D"ltr">Vreau s=C4=83 se opreasc=C4=
=83 IMEDIAT. Dac=C4=83 mai primesc unul singur, fac pl=C3=A2ngere la ANSPDC=
P.</div><br><div id=3D"ymail_android_signature"><a href=3D"https://mail.onel=
ink.me/107872968">Trimis de pe Yahoo Mail pe Android</a></div><br><blockquot=
e style=3D"margin:0 0 20px 0;"><div style=3D"font-family:Roboto, sans-serif;=
 color:#6D00F6;"><div>Pe lun., nov. 9, 2026 la 23:58, Shop Example</div><div=
>&lt;no-reply@account.shop.example.be&gt; a scris:</div></div><div style=3D"=
padding:10px 0 0 20px;margin:10px 0 0 0;border-left:1px solid #6D00F6;">Your=
 Shop Example verification code is <b>306714</b><br>It expires in 10 minutes=
. Never share this code with anyone.<br>If you didn't request it, you can ig=
nore this e-mail.<br>Shop Example customer service</div></blockquote></div><=
/body></html>

------=_Part_2210457_1209634518.1794283951205--
'''),

    # ------------------------------------------------------------------ el
    ('el', 'zimbra-vacation-reply-greek-english', 'automated', (),
'''Return-Path: <>
Received: from mail.pharmavita.gr (mail.pharmavita.gr [62.103.41.87])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RnG2w7Ls4z6Xcp
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 09:47:33 +0100 (CET)
Received: from mail.pharmavita.gr (localhost [127.0.0.1])
        by mail.pharmavita.gr (Postfix) with ESMTP id 9D41E2A0312
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:47:31 +0200 (EET)
Date: Thu, 5 Nov 2026 10:47:31 +0200 (EET)
From: Georgios Papadopoulos <g.papadopoulos@pharmavita.gr>
To: privacy@shop.example.be
Message-ID: <1823404719.48213.1793868451022.JavaMail.zimbra@pharmavita.gr>
In-Reply-To: <20261105084722.prv-2026-1248.verify@shop.example.be>
References: <20261105084722.prv-2026-1248.verify@shop.example.be>
Subject: =?utf-8?Q?=CE=95=CE=BA=CF=84=CF=8C=CF=82_=CE=B3=CF=81=CE=B1=CF=86=CE=B5=CE=AF=CE=BF=CF=85?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4611 (zclient/10.0.8_GA_4611)

Καλημέρα σας,

Θα βρίσκομαι εκτός γραφείου έως και την Τετάρτη 11 Νοεμβρίου, χωρίς
τακτική πρόσβαση στο ηλεκτρονικό ταχυδρομείο.
Για επείγοντα θέματα παρακαλώ επικοινωνήστε με την κα Ελένη Αντωνίου
στο e.antoniou@pharmavita.gr ή στο 2310 554 210.

Ευχαριστώ,
Γιώργος Παπαδόπουλος
Υπεύθυνος Προμηθειών | Pharmavita Α.Ε.

---
Thank you for your e-mail. I am out of the office until Wednesday
11 November with limited access to e-mail. For urgent matters please
contact Ms Eleni Antoniou (e.antoniou@pharmavita.gr).
'''),

    ('el', 'identity-monitoring-breach-alert-watched-address', 'automated', (),
'''Return-Path: <bounce-alerts@mail.aspida-id.gr>
Received: from mail.aspida-id.gr (mail.aspida-id.gr [185.4.133.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqX6j1Rb9z3Vtm
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 06:30:44 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=aspida-id.gr;
        s=mail2026; h=from:to:subject:date:message-id;
        bh=Kp2wQ9nL4zR7tY0vB3cM8xH1jF5dG6sA2uE9oN4iTqS=;
        b=Tm6kP1vN8zQ3xB5mW0cY2rF7hJ4dG9sA6eU3oK1nR8tC2yX5mV0lP7bN4fH9sW1
From: Aspida ID <alerts@aspida-id.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=95=CE=B9=CE=B4=CE=BF=CF=80=CE=BF=CE=AF=CE=B7=CF=83=CE=B7_?=
 =?UTF-8?Q?=CE=B4=CE=B9=CE=B1=CF=81=CF=81=CE=BF=CE=AE=CF=82_?=
 =?UTF-8?Q?=CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD?= -
 privacy@shop.example.be
Date: Thu, 12 Nov 2026 07:30:42 +0200
Message-ID: <alert.7f3e21c9.20261112053042@aspida-id.gr>
Auto-Submitted: auto-generated
List-Unsubscribe: <https://my.aspida-id.gr/settings/notifications>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="aspida-7f3e21c9-alt"

--aspida-7f3e21c9-alt
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ειδοποίηση διαρροής δεδομένων

Γεια σας,

Η υπηρεσία παρακολούθησης ταυτότητας Aspida ID εντόπισε μια διεύθυνση
που παρακολουθείτε σε νέα διαρροή δεδομένων.

Διεύθυνση:             privacy@shop.example.be
Πηγή διαρροής:         forum.vapeclub-eu (μη επαληθευμένη)
Ημερομηνία διαρροής:   Σεπτέμβριος 2026
Εκτεθειμένα στοιχεία:  διευθύνσεις email, ονόματα χρήστη,
                       κωδικοί πρόσβασης (κατακερματισμένοι, MD5)
Εντοπίστηκε:           12/11/2026

Τι πρέπει να κάνετε
- Αλλάξτε αμέσως τον κωδικό πρόσβασης σε όσους λογαριασμούς
  χρησιμοποιούν τον ίδιο κωδικό.
- Ενεργοποιήστε τον έλεγχο ταυτότητας δύο παραγόντων όπου είναι διαθέσιμος.
- Να είστε επιφυλακτικοί με μηνύματα που ζητούν κωδικούς ή στοιχεία
  πληρωμής.

Λεπτομέρειες: https://my.aspida-id.gr/alerts/7f3e21c9

Λαμβάνετε αυτό το μήνυμα επειδή η διεύθυνση privacy@shop.example.be
έχει προστεθεί στη λίστα παρακολούθησης του λογαριασμού
"Shop Example BV - IT".
Διαχείριση ειδοποιήσεων: https://my.aspida-id.gr/settings/notifications

(c) 2026 Aspida Security Α.Ε. - Λεωφόρος Κηφισίας 124, 115 26 Αθήνα

--aspida-7f3e21c9-alt
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><title>Ειδοποίηση διαρροής δεδομένων</title></head>
<body style="margin:0;background:#f3f5f8;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;padding:24px">
<tr><td><h2 style="color:#c0392b">Ειδοποίηση διαρροής δεδομένων</h2>
<p>Γεια σας,</p>
<p>Η υπηρεσία παρακολούθησης ταυτότητας Aspida ID εντόπισε μια διεύθυνση που παρακολουθείτε σε νέα διαρροή δεδομένων.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Διεύθυνση</b></td><td>privacy@shop.example.be</td></tr>
<tr><td><b>Πηγή διαρροής</b></td><td>forum.vapeclub-eu (μη επαληθευμένη)</td></tr>
<tr><td><b>Ημερομηνία διαρροής</b></td><td>Σεπτέμβριος 2026</td></tr>
<tr><td><b>Εκτεθειμένα στοιχεία</b></td><td>διευθύνσεις email, ονόματα χρήστη, κωδικοί πρόσβασης (κατακερματισμένοι, MD5)</td></tr>
</table>
<p><a href="https://my.aspida-id.gr/alerts/7f3e21c9" style="background:#1f4e8c;color:#fff;padding:10px 18px;text-decoration:none">Δείτε λεπτομέρειες</a></p>
<p style="font-size:11px;color:#888">Λαμβάνετε αυτό το μήνυμα επειδή η διεύθυνση privacy@shop.example.be έχει προστεθεί στη λίστα παρακολούθησης του λογαριασμού &laquo;Shop Example BV - IT&raquo;. <a href="https://my.aspida-id.gr/settings/notifications">Διαχείριση ειδοποιήσεων</a></p>
</td></tr></table>
</td></tr></table>
</body></html>

--aspida-7f3e21c9-alt--
'''),

    ('el', 'marketplace-merchant-center-password-reset', 'automated', (),
'''Return-Path: <bounces+2291034-5e7a-privacy=shop.example.be@em.pazari.gr>
Received: from o1.em.pazari.gr (o1.em.pazari.gr [167.89.54.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rr1Qm4Gv7z2Nds
        for <privacy@shop.example.be>; Fri, 13 Nov 2026 08:12:19 +0100 (CET)
From: Pazari Merchant Center <no-reply@merchants.pazari.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=CE=95=CF=80=CE=B1=CE=BD=CE=B1=CF=86=CE=BF=CF=81=CE=AC_?=
 =?UTF-8?Q?=CE=BA=CF=89=CE=B4=CE=B9=CE=BA=CE=BF=CF=8D_?=
 =?UTF-8?Q?=CF=80=CF=81=CF=8C=CF=83=CE=B2=CE=B1=CF=83=CE=B7=CF=82?=
Date: Fri, 13 Nov 2026 09:12:17 +0200
Message-ID: <pwreset.c91e4d7a2b0f.20261113071217@merchants.pazari.gr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Γεια σας,

Λάβαμε αίτημα επαναφοράς του κωδικού πρόσβασης για τον λογαριασμό
εμπόρου «Shop Example BV» στο Pazari Merchant Center.

Για να ορίσετε νέο κωδικό, πατήστε τον παρακάτω σύνδεσμο:
https://merchants.pazari.gr/password/reset?token=c91e4d7a2b0f4e1889d3

Ο σύνδεσμος ισχύει για 60 λεπτά και μπορεί να χρησιμοποιηθεί μόνο μία
φορά.

Αν δεν ζητήσατε εσείς την επαναφορά, μπορείτε να αγνοήσετε αυτό το
μήνυμα - ο τρέχων κωδικός σας δεν θα αλλάξει. Αν λαμβάνετε τέτοια
μηνύματα χωρίς να τα έχετε ζητήσει, επικοινωνήστε με την ομάδα
υποστήριξης εμπόρων.

Με εκτίμηση,
Η ομάδα του Pazari Merchant Center

Αυτό το μήνυμα στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
'''),

    ('el', 'person-phone-signature-disclaimer-unsubscribe-newsletter', 'withdraw_consent', (),
'''Return-Path: <k.nikolaou@dimitra-logistics.gr>
Received: from mail.dimitra-logistics.gr (mail.dimitra-logistics.gr [79.129.44.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqN5c8Wf2z0Prk
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 08:52:10 +0100 (CET)
Received: from EXCH01.dimitra.local (10.1.1.12) by EXCH01.dimitra.local
 (10.1.1.12) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Wed, 11 Nov
 2026 09:52:05 +0200
From: Nikolaou Konstantina <k.nikolaou@dimitra-logistics.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Your weekly picks from Shop Example
Date: Wed, 11 Nov 2026 07:52:03 +0000
Message-ID: <ghx7k2m9p4w1s8fq0v3n5b6c.email.android@dimitra-logistics.gr>
In-Reply-To: <nl-2026-w45.k91d.20261110173000@mail.shop.example.be>
References: <nl-2026-w45.k91d.20261110173000@mail.shop.example.be>
Importance: normal
X-Priority: 3
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Καλημέρα σας,

σας παρακαλώ σταματήστε να μου στέλνετε το newsletter και τις προσφορές
σας. Αφαιρέστε με από τη λίστα σας, δεν με ενδιαφέρει πια.

Ευχαριστώ,
Κωνσταντίνα Νικολάου



Στάλθηκε από το Samsung Galaxy smartphone μου.


-------- Αρχικό μήνυμα --------
Από: Shop Example <news@mail.shop.example.be>
Ημερομηνία: 10/11/26 19:30 (GMT+02:00)
Προς: k.nikolaou@dimitra-logistics.gr
Θέμα: Your weekly picks from Shop Example

This week's picks, just for you, Konstantina
Winter jackets -30% | Free delivery at home or in a store near you
Shop now: https://www.shop.example.be/en/deals?utm_source=newsletter&utm_campaign=w45

You receive this newsletter because you subscribed with
k.nikolaou@dimitra-logistics.gr.
Unsubscribe: https://www.shop.example.be/newsletter/unsubscribe?u=k91d

________________________________
ΑΠΟΠΟΙΗΣΗ ΕΥΘΥΝΗΣ: Το παρόν μήνυμα και τυχόν συνημμένα αρχεία του είναι
εμπιστευτικά και προορίζονται αποκλειστικά για τον παραλήπτη. Αν το
λάβατε εκ παραδρομής, παρακαλούμε ενημερώστε άμεσα τον αποστολέα και
διαγράψτε το. Οι απόψεις που εκφράζονται ανήκουν στον αποστολέα και δεν
εκφράζουν απαραίτητα τη Dimitra Logistics Α.Ε.
DISCLAIMER: This e-mail and any attachments are confidential and intended
solely for the addressee. If you received it in error, please notify the
sender and delete it.
'''),

    # ------------------------------------------------------------------ bg
    ('bg', 'exchange-onprem-ooo-reply-to-identity-check', 'automated', (),
'''Return-Path: <>
Received: from mail.balkanprint.bg (mail.balkanprint.bg [212.5.152.34])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmS1g5Kd8z3Qwb
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:05:22 +0100 (CET)
Received: from BP-EXCH02.balkanprint.local (10.0.0.22) by
 BP-EXCH02.balkanprint.local (10.0.0.22) with Microsoft SMTP Server id
 15.2.1544.11; Tue, 3 Nov 2026 11:05:19 +0200
From: Desislava Georgieva <d.georgieva@balkanprint.bg>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?=D0=90=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8=D1=87=D0=B5=D0=BD_?=
 =?utf-8?Q?=D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80:_Your_privacy_request_?=
 =?utf-8?Q?PRV-2026-1225:_please_confirm_your_identity?=
Thread-Topic: Your privacy request PRV-2026-1225: please confirm your identity
Thread-Index: AQHc7Q3v8nK2pL0wR5yT1mB4xZ9cFg==
Date: Tue, 3 Nov 2026 09:05:19 +0000
Message-ID: <7a3c91e0f2b44d6e8c1a5b0d9e2f4a71@BP-EXCH02.balkanprint.local>
In-Reply-To: <20261103090511.prv-2026-1225.verify@shop.example.be>
References: <20261103090511.prv-2026-1225.verify@shop.example.be>
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: d.georgieva@balkanprint.bg
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Organization-AutoReply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Здравейте,

В отпуск съм до 13.11.2026 г. включително и нямам достъп до служебната
си поща. Писмото Ви няма да бъде препратено.
За спешни въпроси, моля, пишете на office@balkanprint.bg или се обадете
на 02 981 44 70.

Поздрави,
Десислава Георгиева
Балкан Принт ООД
'''),

    ('bg', 'postfix-dsn-bulgarian-template-user-unknown', 'automated', (),
'''Return-Path: <>
Received: from mx.vivamail.bg (mx.vivamail.bg [94.156.31.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rnz0p3Jv6z5Tcg
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 15:40:13 +0100 (CET)
Received: by mx.vivamail.bg (Postfix)
        id A3F0C1B22E; Fri,  6 Nov 2026 16:40:12 +0200 (EET)
Date: Fri,  6 Nov 2026 16:40:12 +0200 (EET)
From: MAILER-DAEMON@vivamail.bg (=?UTF-8?Q?=D0=9F=D0=BE=D1=89=D0=B5=D0=BD=D1=81=D0=BA=D0=B8_=D1=81=D1=8A=D1=80=D0=B2=D1=8A=D1=80?=)
Subject: =?UTF-8?Q?=D0=9D=D0=B5=D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=BE_?=
 =?UTF-8?Q?=D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="A3F0C1B22E.1793976012/mx.vivamail.bg"
Content-Transfer-Encoding: 8bit
Message-Id: <20261106144012.A3F0C1B22E@mx.vivamail.bg>

This is a MIME-encapsulated message.

--A3F0C1B22E.1793976012/mx.vivamail.bg
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Това е автоматично съобщение от пощенския сървър mx.vivamail.bg.

За съжаление писмото Ви не можа да бъде доставено до един или повече
получатели. Подробности ще намерите по-долу.

Ако имате въпроси, пишете на postmaster@vivamail.bg и приложете цялото
настоящо съобщение.

                   Пощенски сървър

<nikolay.stoyanov@vivamail.bg>: пощенската кутия не съществува
    (host 127.0.0.1[127.0.0.1] said: 550 5.1.1 <nikolay.stoyanov@vivamail.bg>:
    Recipient address rejected: User unknown in virtual mailbox table (in
    reply to RCPT TO command))

--A3F0C1B22E.1793976012/mx.vivamail.bg
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.vivamail.bg
X-Postfix-Queue-ID: A3F0C1B22E
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri,  6 Nov 2026 16:40:11 +0200 (EET)

Final-Recipient: rfc822; nikolay.stoyanov@vivamail.bg
Original-Recipient: rfc822;nikolay.stoyanov@vivamail.bg
Action: failed
Status: 5.1.1
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 5.1.1 <nikolay.stoyanov@vivamail.bg>: Recipient
    address rejected: User unknown in virtual mailbox table

--A3F0C1B22E.1793976012/mx.vivamail.bg
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mail-out.shop.example.be (mail-out.shop.example.be [193.191.12.40])
        by mx.vivamail.bg (Postfix) with ESMTPS id A3F0C1B22E
        for <nikolay.stoyanov@vivamail.bg>; Fri,  6 Nov 2026 16:40:11 +0200 (EET)
From: Shop Example Privacy <privacy@shop.example.be>
To: nikolay.stoyanov@vivamail.bg
Subject: Your deletion request PRV-2026-1256: please confirm
Date: Fri, 6 Nov 2026 15:40:09 +0100
Message-ID: <prv-2026-1256.confirm.20261106144009@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--A3F0C1B22E.1793976012/mx.vivamail.bg--
'''),

    ('bg', 'courier-business-portal-2fa-enabled-notice', 'automated', (),
'''Return-Path: <noreply@online.balkanexpress.bg>
Received: from smtp2.balkanexpress.bg (smtp2.balkanexpress.bg [87.120.38.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RqY9t2Hp4z7Bmw
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 10:06:31 +0100 (CET)
From: =?UTF-8?Q?=D0=91=D0=B0=D0=BB=D0=BA=D0=B0=D0=BD_=D0=95=D0=BA=D1=81=D0=BF=D1=80=D0=B5=D1=81?= <noreply@online.balkanexpress.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=D0=94=D0=B2=D1=83=D1=84=D0=B0=D0=BA=D1=82=D0=BE=D1=80=D0=BD=D0=B0=D1=82=D0=B0_?=
 =?UTF-8?Q?=D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B0_=D0=B5_?=
 =?UTF-8?Q?=D0=B2=D0=BA=D0=BB=D1=8E=D1=87=D0=B5=D0=BD=D0=B0?=
Date: Thu, 12 Nov 2026 11:06:29 +0200
Message-ID: <2fa-enabled.be00417.20261112090629@online.balkanexpress.bg>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

Двуфакторната защита (2FA) беше включена за бизнес профила Ви
в Балкан Експрес Онлайн.

Профил:       privacy@shop.example.be (клиентски номер BE-00417)
Метод:        приложение за удостоверяване (TOTP)
Дата и час:   12.11.2026 г., 11:06 ч.
Устройство:   Chrome, Windows
IP адрес:     81.82.197.14

Отсега нататък при всяко влизане ще Ви бъде искан 6-цифрен код от
приложението. Запазете резервните кодове на сигурно място - без тях
няма да можете да влезете, ако загубите телефона си.

Ако не сте направили тази промяна Вие, веднага сменете паролата си
и се свържете с нас на 0700 18 118.

Това съобщение е изпратено автоматично. Моля, не отговаряйте на него.

Екипът на Балкан Експрес
'''),

    ('bg', 'person-quotes-our-bounce-second-access-request', 'complaint', ('access',),
'''Return-Path: <petya.ivanova@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.99])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rq9Dk7Wm1z2Lvt
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 20:34:52 +0100 (CET)
Message-ID: <e2c5a9f1-0b37-4d84-9f6e-3a1c7d8b2e50@abv.bg>
Date: Tue, 10 Nov 2026 21:34:48 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: bg
To: privacy@shop.example.be
From: Petya Ivanova <petya.ivanova@abv.bg>
Subject: =?UTF-8?Q?=D0=9F=D0=BE=D0=B2=D1=82=D0=BE=D1=80=D0=BD=D0=BE_=D0=B8=D1=81=D0=BA=D0=B0=D0=BD=D0=B5_?=
 =?UTF-8?Q?=D0=B7=D0=B0_=D0=B4=D0=BE=D1=81=D1=82=D1=8A=D0=BF_=D0=B4=D0=BE_?=
 =?UTF-8?Q?=D0=BB=D0=B8=D1=87=D0=BD=D0=B8_=D0=B4=D0=B0=D0=BD=D0=BD=D0=B8?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Здравейте,

На 2 октомври ви писах на privacy@shop.example.be с искане по чл. 15
от GDPR - да ми изпратите копие на личните данни, които пазите за мен
(профил в сайта и карта за лоялност № 4417 2290 0381). Оттогава нямам
никакъв отговор, дори автоматично потвърждение.

Миналата седмица опитах и на dpo@shop.example.be, както е посочено
в политиката ви за поверителност, и получих обратно това съобщение
(копирам го отдолу) - адресът изобщо не съществува.

Мина повече от месец. Моля, изпратете ми данните без повече
отлагане. Ако до 10 дни не получа отговор, ще подам жалба в Комисията
за защита на личните данни.

Петя Иванова
гр. Пловдив


-------- Препратено съобщение --------
Тема:   Undelivered Mail Returned to Sender
Дата:   Wed,  4 Nov 2026 20:15:33 +0100 (CET)
От:     Mail Delivery System <MAILER-DAEMON@mx1.shop.example.be>
До:     petya.ivanova@abv.bg



This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                    The mail system

<dpo@shop.example.be>: host mailstore.shop.example.be[10.20.0.15] said: 550
     5.1.1 <dpo@shop.example.be>: Recipient address rejected: User unknown in
     local recipient table (in reply to RCPT TO command)
'''),
]

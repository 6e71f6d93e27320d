"""Sixty-eighth set: robot mail of the partner operators' and energy suppliers' systems (operator and supplier portals, SIM activation and number-porting notices, usage and roaming alerts, top-up receipts, credit checks, identity verification, installers' appointments, smart-meter and meter-reading notices, e-sign, bounces and auto-replies of contract mails), plus people whose mail looks automatic (en, nl, fr, de, es, it, pt). Written apart from the code."""

ROBOTS = [
    ('en', 'exim-bounce-energy-contract-copy-typo-domain', 'automated', (),
'''Return-Path: <>
Received: from relay2.shop.example.be ([192.0.2.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hq2Vx0RkBz4w8Jd
        for <privacy@shop.example.be>; Tue, 17 Mar 2026 11:02:19 +0100 (CET)
Received: from mailnull by relay2.shop.example.be with local (Exim 4.97.1)
	id 1w2QkR-0007Hc-2Z
	for privacy@shop.example.be;
	Tue, 17 Mar 2026 11:02:18 +0100
X-Failed-Recipients: m.okonkwo-reed@outlook.cmo
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay2.shop.example.be>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1773741738-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1w2QkR-0007Hc-2Z@relay2.shop.example.be>
Date: Tue, 17 Mar 2026 11:02:18 +0100

--1773741738-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  m.okonkwo-reed@outlook.cmo
    Unrouteable address

--1773741738-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; relay2.shop.example.be

Action: failed
Final-Recipient: rfc822;m.okonkwo-reed@outlook.cmo
Status: 5.0.0

--1773741738-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be ([192.0.2.41])
	by relay2.shop.example.be with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <privacy@shop.example.be>)
	id 1w2QkQ-0007HZ-1x
	for m.okonkwo-reed@outlook.cmo;
	Tue, 17 Mar 2026 11:02:17 +0100
Date: Tue, 17 Mar 2026 11:02:16 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Michael Okonkwo-Reed <m.okonkwo-reed@outlook.cmo>
Subject: Re: Energy contract signed at the Mechelen store - your documents
Message-ID: <pt-20260317-0031877@helpdesk.shop.example.be>
In-Reply-To: <AS8PR02MB9912D0A7C3E1B4F2@AS8PR02MB9912.eurprd02.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Mr Okonkwo-Reed,

Thank you for your message of 9 March about the Lumina Energie contract you
signed at the energy stand in our Mechelen store on 28 February 2026.

As requested, please find below what Shop Example holds in connection with
that sale:

- the sales record (contract reference LUM-EL-2026-0228-4471, date, store,
  the name of our employee and the commission code);
- your name, address, e-mail address and mobile number as entered on the
  tablet at the stand;
- the EAN code of your delivery point, which was passed to Lumina Energie.

We do not keep a copy of your identity card: the card was read by the
supplier's signing app and not stored on our systems. The contract itself,
your meter readings and your consumption data are held by Lumina Energie as
controller; for those, please contact privacy@lumina-energie.example.

Kind regards,

Sofie Claes
Privacy Team - Shop Example BV

--1773741738-eximdsn-1804289383--
'''),
    ('en', 'operator-partner-portal-sim-activated-at-pos', 'automated', (),
'''Return-Path: <bounce-4471-118403@partners.telvora.example>
Received: from mta-out-07.telvora.example (mta-out-07.telvora.example [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hs0Fq3WbMz4w2Lc
        for <privacy@shop.example.be>; Thu, 02 Apr 2026 16:49:03 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=partners.telvora.example;
	s=pp2026; t=1775141342; h=from:to:subject:date:message-id;
	bh=Jx7pQ2mV9bL4nR8sT1yK6wE3hC0aG5dF2oU9iZ4xM7c=;
	b=Hk3Lm8Nq1Pr6St9Uv2Wx5Yz0Ab3Cd6Ef9Gh2Ij5Kl8Mn1Op4Qr7St0Uv3Wx6Yz9Ab2C
From: Telvora Partner Portal <no-reply@partners.telvora.example>
To: privacy@shop.example.be
Subject: SIM activated - order TV-PS-2026-118403 (Antwerpen Meir)
Date: Thu, 02 Apr 2026 14:49:02 +0000
Message-ID: <pp.act.118403.1775141342@partners.telvora.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Telvora PartnerHub Notifier 4.2
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="pp-b1-118403"

--pp-b1-118403
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Telvora Partner Portal
=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D

SIM activated at your point of sale

Store:            Shop Example Antwerpen Meir (POS 2031-118)
Order:            TV-PS-2026-118403
Product:          Telvora Prepaid Smart 15
SIM (ICCID):      8932 1006 **** **** 4471
Number:           +32 470 ** ** 83
Activated:        02/04/2026 16:48
Registered by:    counter agent 2031-07

Identity check:   Belgian eID read with chip reader - OK
                  Name matched, age 18+ confirmed

Registration of prepaid cards is required by the Belgian law of 1 September
2016 and the Royal Decree of 27 November 2016. The identity data read at
registration are transmitted to Telvora, which processes them as controller
under the General Data Protection Regulation (GDPR). The point of sale must
not photocopy, scan or otherwise keep the customer's identity document.
Any copy made by mistake must be deleted immediately.

Commission for this activation will appear on your April statement.

You receive this e-mail because you are the notification contact of this
point of sale. To change the contact, go to Partner Portal > Store settings.
Do not reply to this message: this mailbox is not monitored.

Telvora NV - Partner Channel - Koning Albert II-laan 27, 1000 Brussel

--pp-b1-118403
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#222=
">
<h2 style=3D"color:#5a1fa0">SIM activated at your point of sale</h2>
<table cellpadding=3D"3">
<tr><td>Store</td><td>Shop Example Antwerpen Meir (POS 2031-118)</td></tr>
<tr><td>Order</td><td>TV-PS-2026-118403</td></tr>
<tr><td>Product</td><td>Telvora Prepaid Smart 15</td></tr>
<tr><td>SIM (ICCID)</td><td>8932 1006 **** **** 4471</td></tr>
<tr><td>Number</td><td>+32 470 ** ** 83</td></tr>
<tr><td>Activated</td><td>02/04/2026 16:48</td></tr>
<tr><td>Registered by</td><td>counter agent 2031-07</td></tr>
<tr><td>Identity check</td><td>Belgian eID read with chip reader - OK<br>Na=
me matched, age 18+ confirmed</td></tr>
</table>
<p style=3D"font-size:12px;color:#666">Registration of prepaid cards is req=
uired by the Belgian law of 1 September 2016 and the Royal Decree of 27 Nov=
ember 2016. The identity data read at registration are transmitted to Telvo=
ra, which processes them as controller under the General Data Protection Re=
gulation (GDPR). The point of sale must not photocopy, scan or otherwise ke=
ep the customer's identity document. Any copy made by mistake must be delet=
ed immediately.</p>
<p>Commission for this activation will appear on your April statement.</p>
<p style=3D"font-size:11px;color:#999">You receive this e-mail because you =
are the notification contact of this point of sale. Do not reply to this me=
ssage: this mailbox is not monitored.<br>Telvora NV - Partner Channel - Kon=
ing Albert II-laan 27, 1000 Brussel</p>
</body></html>

--pp-b1-118403--
'''),
    ('en', 'instalment-credit-check-refused-with-gdpr-rights', 'automated', (),
'''Return-Path: <decisions@credit.telvora.example>
Received: from smtp2.credit.telvora.example (smtp2.credit.telvora.example [198.51.100.82])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ht7Kc5PzSz4w3Fa
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 17:21:40 +0200 (CEST)
From: Telvora Consumer Credit <decisions@credit.telvora.example>
To: Lotte Vandamme <privacy@shop.example.be>
Subject: Your instalment application INS-2026-0414-77820
Date: Tue, 14 Apr 2026 17:21:37 +0200
Message-ID: <INS-2026-0414-77820.decision@credit.telvora.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dear Ms Vandamme,

Thank you for your application for a Samsung Galaxy S26 (256 GB) on
instalments (24 x EUR 37.46) together with a Telvora Unlimited 5G plan,
submitted on 14 April 2026 at Shop Example Gent Zuid.

Application number: INS-2026-0414-77820
Decision: NOT APPROVED

Why did we take this decision?
Before granting a credit agreement we are required by the Belgian Code of
Economic Law (Book VII) to consult the Central Individual Credit Register of
the National Bank of Belgium. We also assess the information you gave us
(income, household expenses) with an automated scoring model. Based on the
result, we are unable to offer this credit agreement at this time.

Your rights under the GDPR
- You have the right to obtain human intervention, to express your point of
  view and to contest this decision (Article 22(3) GDPR). Reply to
  credit-review@telvora.example within 30 days, quoting your application
  number.
- You have the right of access to the data used for this decision, including
  the data obtained from the Central Individual Credit Register (Article 15
  GDPR). You may also consult the Register directly at the National Bank of
  Belgium, free of charge.
- You have the right to rectification of inaccurate data, to erasure and to
  restriction of processing, and the right to object, under the conditions =
of
  Articles 16 to 21 GDPR.
- You may lodge a complaint with the Data Protection Authority, Drukpersstr=
aat
  35, 1000 Brussels.

Your data will be kept for 12 months after this decision and then deleted,
unless the law requires a longer retention period.

You can still buy the phone outright or choose a SIM-only plan in any store.

Kind regards,

Telvora Consumer Credit
Telvora NV, credit intermediary registered with the FSMA
Koning Albert II-laan 27, 1000 Brussel
Data Protection Officer: dpo@telvora.example
'''),
    ('en', 'exchange-ooo-operator-channel-manager-leave', 'automated', (),
'''Return-Path: <>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2102.outbound.protection.outlook.com [40.107.249.102])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hw1Gd2TnXz4w5Qr
        for <privacy@shop.example.be>; Mon, 11 May 2026 09:14:27 +0200 (CEST)
From: Jasper De Wilde <jasper.dewilde@telvora.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Copies of ID cards kept at the Hasselt store - incident
 notification under our DPA
Thread-Topic: Copies of ID cards kept at the Hasselt store - incident notification
 under our DPA
Thread-Index: AQHd4k0nR5yZ2bW8T0q1sVmXc7LgPA==
Date: Mon, 11 May 2026 07:14:25 +0000
Message-ID: <DB9PR04MB84412F7C0E3A9D1B5C6E20A4B1C92@DB9PR04MB8441.eurprd04.prod.outlook.com>
References: <pt-20260511-0048210@helpdesk.shop.example.be>
In-Reply-To: <pt-20260511-0048210@helpdesk.shop.example.be>
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: jasper.dewilde@telvora.example
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Thank you for your message.

I am on parental leave until Friday 5 June 2026 and will not be reading my
e-mail.

For retail partner questions (commissions, activations, returns of SIM
stock) please contact partner.support@telvora.example or call the partner
line on 02 555 01 90.
For data protection matters concerning partner stores (data processing
agreement, incidents, customer requests forwarded by stores) please write to
dpo@telvora.example.

Your e-mail will not be forwarded.

Kind regards,
Jasper De Wilde
Retail Channel Manager - Telvora NV
'''),
    ('en', 'person-forwards-roaming-alert-asks-what-was-shared', 'access', (),
'''Return-Path: <priya.raman.be@gmail.com>
Received: from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4J0cWn6FsKz4w7Hb
        for <privacy@shop.example.be>; Thu, 09 Jul 2026 08:33:12 +0200 (CEST)
Received: by mail-ej1-f47.google.com with SMTP id a640c23a62f3a-ad2b81c4e77so40118366b.2
        for <privacy@shop.example.be>; Wed, 08 Jul 2026 23:33:11 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1783578791; x=1784183591; darn=shop.example.be;
        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=R3kP8vB1nM5qT9xW2yL6cZ0aH4sJ7dF1oE3uI8gK5mQ=;
        b=Tq8Wc1Mv4Lx7Zb0Nd3Pf6Rh9Sj2Uk5Wm8Yo1Aq4Cs7Eu0Gw3Iy6Ka9Mc2Oe5Qg8Si1U
MIME-Version: 1.0
From: Priya Raman <priya.raman.be@gmail.com>
Date: Thu, 9 Jul 2026 08:32:58 +0200
Message-ID: <CAF9sT2q+Wn8cYb1Kd4Lm7Px0Rz3Vh6Ja9Ue2Bg5Nf8Oi1Ck@mail.gmail.com>
Subject: Fwd: You've used 80% of your EU roaming data
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hi,

Forwarding this because I don't understand how it happened.

I bought a Telvora SIM (prepaid, number 0471 28 93 06) at your Leuven store
on 22 June. The guy at the counter typed my details in himself. Now every
usage alert from Telvora goes to my OLD work address at Corvella, which I
have not used since 2024 and which I never gave to Telvora - the only place
that still had it is your loyalty account, as far as I know.

So before I go to Telvora about it: could you tell me what personal data of
mine you passed on to Telvora when the SIM was registered (which email, whi=
ch
phone number, anything from my loyalty account?), and whether you kept a co=
py
of my ID card? I'd like the full picture of what you have on me, really.

Thanks,
Priya Raman
Tervuursesteenweg 212, 3001 Heverlee

---------- Forwarded message ---------
From: Telvora <alerts@notify.telvora.example>
Date: Wed, 8 Jul 2026 at 19:02
Subject: You've used 80% of your EU roaming data
To: <priya.raman@corvella-consulting.example>


Hi Priya,

You've used 80% of the EU roaming data in your Prepaid Smart 15 bundle
(4.8 GB of 6 GB) while travelling in Portugal.

Once you reach 100%, browsing continues at EUR 0.0024 per MB.
Top up or buy an extra bundle in the Telvora app.

This is an automatic service message sent to +32 471 28 93 06. You cannot
unsubscribe from service messages required by the EU Roaming Regulation.

Telvora NV
'''),
    ('nl', 'postfix-bounce-belgian-isp-user-unknown-prepaid-reply', 'automated', (),
'''Return-Path: <>
Received: from out2.shop.example.be (out2.shop.example.be [192.0.2.26])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hp4Nc1DqLz4w9Vt
        for <privacy@shop.example.be>; Fri, 20 Feb 2026 14:26:51 +0100 (CET)
Received: by out2.shop.example.be (Postfix)
        id C41E7A0233; Fri, 20 Feb 2026 14:26:50 +0100 (CET)
Date: Fri, 20 Feb 2026 14:26:50 +0100 (CET)
From: MAILER-DAEMON@out2.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="C41E7A0233.1771594010/out2.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260220132650.C41E7A0233@out2.shop.example.be>

This is a MIME-encapsulated message.

--C41E7A0233.1771594010/out2.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host out2.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<wim.verstraeten@telenet.be>: host mx.telenet-ops.be[198.51.100.10] said:
    550 5.1.1 <wim.verstraeten@telenet.be>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--C41E7A0233.1771594010/out2.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; out2.shop.example.be
X-Postfix-Queue-ID: C41E7A0233
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 20 Feb 2026 14:26:49 +0100 (CET)

Final-Recipient: rfc822; wim.verstraeten@telenet.be
Original-Recipient: rfc822;wim.verstraeten@telenet.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.telenet-ops.be
Diagnostic-Code: smtp; 550 5.1.1 <wim.verstraeten@telenet.be>: Recipient
    address rejected: User unknown in virtual mailbox table

--C41E7A0233.1771594010/out2.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
	by out2.shop.example.be (Postfix) with ESMTPS id C41E7A0233
	for <wim.verstraeten@telenet.be>; Fri, 20 Feb 2026 14:26:49 +0100 (CET)
Date: Fri, 20 Feb 2026 14:26:48 +0100
From: Privacyteam Shop Example <privacy@shop.example.be>
To: Wim Verstraeten <wim.verstraeten@telenet.be>
Subject: Re: Kopie identiteitskaart bij aankoop prepaidkaart Brugge
Message-ID: <pt-20260220-0019442@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste heer Verstraeten,

U vroeg ons op 12 februari of onze winkel in Brugge (Steenstraat) een kopie
van uw identiteitskaart heeft bewaard toen u daar op 3 januari een
prepaidkaart van Telvora kocht.

Wij hebben dit nagekeken. Uw identiteitskaart werd bij de registratie met de
kaartlezer uitgelezen; de gegevens gingen rechtstreeks naar Telvora. In onze
systemen staat enkel het verkoopticket (artikel, prijs, datum). Er werd geen
fotokopie of scan gemaakt en er is er ook geen bewaard.

Voor de registratiegegevens zelf kunt u terecht bij Telvora:
privacy@telvora.example.

Met vriendelijke groeten,

Anouk Peeters
Privacyteam - Shop Example NV

--C41E7A0233.1771594010/out2.shop.example.be--
'''),
    ('nl', 'energy-supplier-helpdesk-ack-avg-request', 'automated', (),
'''Return-Path: <support+bounces-482913@lumina-energie.freshmail.example>
Received: from out-12.smtp.freshmail.example (out-12.smtp.freshmail.example [203.0.113.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HrKw8Y2cJz4w1Pn
        for <privacy@shop.example.be>; Mon, 23 Mar 2026 10:07:33 +0100 (CET)
From: Klantendienst Lumina Energie <support@lumina-energie.example>
Reply-To: Klantendienst Lumina Energie <support+482913@lumina-energie.freshmail.example>
To: privacy@shop.example.be
Subject: [#482913] Verzoek tot inzage en wissing meetgegevens - contract
 afgesloten in winkel
Date: Mon, 23 Mar 2026 09:07:31 +0000
Message-ID: <tkt482913.ack.1774256851@lumina-energie.freshmail.example>
In-Reply-To: <pt-20260323-0033019@helpdesk.shop.example.be>
References: <pt-20260323-0033019@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: auto_reply
X-Helpdesk-Ticket: 482913
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_fm_482913_alt"

--=_fm_482913_alt
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Beste klant,

Bedankt voor uw bericht. Wij hebben uw vraag goed ontvangen onder
ticketnummer #482913.

Onderwerp: Verzoek tot inzage en wissing meetgegevens - contract afgesloten=
 in
winkel

Gaat uw vraag over uw persoonsgegevens (inzage, verbetering, wissing,
overdraagbaarheid of bezwaar volgens de AVG)? Dan behandelt onze dienst
Gegevensbescherming uw verzoek binnen =C3=A9=C3=A9n maand. Om uw identiteit=
 te
controleren kunnen wij u vragen om extra gegevens, zoals uw klantnummer of
EAN-code. Stuur ons nooit een kopie van uw identiteitskaart via e-mail.

Wist u dat u uw verbruiksgegevens, facturen en meterstanden ook zelf kunt
downloaden in Mijn Lumina? Ga naar Mijn Lumina > Mijn gegevens > Download.

Dit is een automatisch bericht. U hoeft hier niet op te antwoorden. Wilt u
iets toevoegen aan uw vraag, antwoord dan boven deze lijn en laat het
ticketnummer in het onderwerp staan.

Met vriendelijke groeten,
Klantendienst Lumina Energie

--=_fm_482913_alt
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><div style=3D"font-family:Verdana,sans-serif;font-size:13px"><p=
>Beste klant,</p><p>Bedankt voor uw bericht. Wij hebben uw vraag goed ontva=
ngen onder ticketnummer #482913.</p><p>Onderwerp: Verzoek tot inzage en wis=
sing meetgegevens - contract afgesloten in winkel</p><p>Gaat uw vraag over =
uw persoonsgegevens (inzage, verbetering, wissing, overdraagbaarheid of bez=
waar volgens de AVG)? Dan behandelt onze dienst Gegevensbescherming uw verz=
oek binnen =C3=A9=C3=A9n maand. Om uw identiteit te controleren kunnen wij =
u vragen om extra gegevens, zoals uw klantnummer of EAN-code. Stuur ons noo=
it een kopie van uw identiteitskaart via e-mail.</p><p>Wist u dat u uw verb=
ruiksgegevens, facturen en meterstanden ook zelf kunt downloaden in Mijn Lu=
mina? Ga naar Mijn Lumina > Mijn gegevens > Download.</p><p>Dit is een auto=
matisch bericht. U hoeft hier niet op te antwoorden. Wilt u iets toevoegen =
aan uw vraag, antwoord dan boven deze lijn en laat het ticketnummer in het =
onderwerp staan.</p><p>Met vriendelijke groeten, Klantendienst Lumina Energ=
ie </p></div></body></html>

--=_fm_482913_alt--
'''),
    ('nl', 'energy-supplier-annual-meter-reading-reminder', 'automated', (),
'''Return-Path: <bnc-7c1f0e9a-3100442817@mail.lumina-energie.example>
Received: from mta4.mail.lumina-energie.example (mta4.mail.lumina-energie.example [203.0.113.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HkT3m9ZrVz4w0Bd
        for <privacy@shop.example.be>; Sat, 03 Jan 2026 07:15:02 +0100 (CET)
From: Lumina Energie <nieuws@mail.lumina-energie.example>
To: Hanne Lemmens <privacy@shop.example.be>
Subject: =?UTF-8?Q?Hanne,_geef_uw_meterstanden_door_v=C3=B3=C3=B3r_15_januari?=
Date: Sat, 03 Jan 2026 06:15:00 +0000
Message-ID: <20260103061500.3100442817.jaarafr@mail.lumina-energie.example>
List-Unsubscribe: <https://mail.lumina-energie.example/u/3100442817/7c1f0e9a>, <mailto:unsub-7c1f0e9a@mail.lumina-energie.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Campaign: JAF-2026-01-meterstand
Feedback-ID: jaf2026:lumina:transact
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Geef uw meterstanden door v=C3=B3=C3=B3r 15 januari 2026

Beste Hanne Lemmens,

Binnenkort maken wij uw jaarafrekening op. Daarvoor hebben wij de stand van
uw meters nodig op of rond 31 december 2025.

Klantnummer:        3100 4428 17
Leveringsadres:     Kapelstraat 18, 3500 Hasselt
EAN elektriciteit:  5414 4893 0000 1187 42
EAN aardgas:        5414 4893 0000 2265 09

Geef uw meterstanden door in Mijn Lumina of via de app. Hebt u een digitale
meter? Dan hoeft u niets te doen: uw netbeheerder bezorgt ons de standen
automatisch.

Geen meterstand ontvangen? Dan raamt de netbeheerder uw verbruik.

Hoe wij uw meetgegevens gebruiken, leest u in onze privacyverklaring op
lumina-energie.example/privacy.

Met energieke groeten,
Lumina Energie

U ontvangt deze e-mail omdat u klant bent bij Lumina Energie. Dit is een
dienstbericht. Wilt u geen tips en aanbiedingen meer ontvangen? Pas uw
voorkeuren aan in Mijn Lumina.
'''),
    ('nl', 'person-one-line-id-copy-deletion-above-company-disclaimer', 'deletion', (),
'''Return-Path: <b.wouters@moors-zonen.example>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2117.outbound.protection.outlook.com [40.107.105.117])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HxQ2bVr1Kz4w6Ms
        for <privacy@shop.example.be>; Wed, 27 May 2026 12:48:09 +0200 (CEST)
From: Bart Wouters <b.wouters@moors-zonen.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: kopie id
Thread-Topic: kopie id
Thread-Index: AQHd7Ux2WmQ8cT5fR0y9jLs1ZKb4Vw==
Date: Wed, 27 May 2026 10:48:06 +0000
Message-ID: <AM9PR07MB72148E1D0C5B3A2F9D7E61B8C3D41@AM9PR07MB7214.eurprd07.prod.outlook.com>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-organization-authas: Internal
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

R29laWVtaWRkYWcsIGdyYWFnIGRlIGtvcGllIHZhbiBtaWpuIGlkZW50aXRlaXRza2FhcnQgZGll
IGp1bGxpZSBpbiBHZW5rIG1hYWt0ZW4gYmlqIGRlIHJlZ2lzdHJhdGllIHZhbiBtaWpuIHByZXBh
aWRrYWFydCAoMDQ4NiA1MSAyMiA3MCkgZGVmaW5pdGllZiB3aXNzZW4sIGVuIGJldmVzdGlnZW4g
YXViLgoKQmFydCBXb3V0ZXJzCgpWZXJ6b25kZW4gdmFuYWYgbWlqbiBpUGhvbmUKX19fX19fX19f
X19fX19fX19fX19fX19fX19fX19fX18KQmFydCBXb3V0ZXJzIHwgV2VyZmxlaWRlcgpCb3V3YmVk
cmlqZiBNb29ycyAmIFpvbmVuIE5WCkluZHVzdHJpZXdlZyA0NCwgMzYwMCBHZW5rIHwgVCArMzIg
ODkgMzUgNDEgMDAgfCBCVFcgQkUgMDQxMi4zMzQuMTE4CgpESVNDTEFJTUVSOiBEaXQgZS1tYWls
YmVyaWNodCBlbiBldmVudHVlbGUgYmlqbGFnZW4gemlqbiB1aXRzbHVpdGVuZCBiZXN0ZW1kCnZv
b3IgZGUgZ2VhZHJlc3NlZXJkZShuKSBlbiBrdW5uZW4gdmVydHJvdXdlbGlqa2UgaW5mb3JtYXRp
ZSBiZXZhdHRlbiBkaWUKYmVzY2hlcm1kIGlzIGRvb3IgaGV0IGJlcm9lcHNnZWhlaW0gb2YgZG9v
ciBkZSB3ZXQuIEluZGllbiB1IGRpdCBiZXJpY2h0Cm9udGVyZWNodCBoZWJ0IG9udHZhbmdlbiwg
d29yZHQgdSB2ZXJ6b2NodCBkZSBhZnplbmRlciBvbm1pZGRlbGxpamsgdGUKdmVyd2l0dGlnZW4g
ZW4gaGV0IGJlcmljaHQgdGUgdmVybmlldGlnZW4uIEVsa2UgdmVyc3ByZWlkaW5nLCBrb3Bpw6ty
aW5nIG9mCmFuZGVyIGdlYnJ1aWsgdmFuIGRpdCBiZXJpY2h0IGRvb3IgYW5kZXJlbiBkYW4gZGUg
Z2VhZHJlc3NlZXJkZSBpcyB2ZXJib2Rlbi4KQm91d2JlZHJpamYgTW9vcnMgJiBab25lbiBOViBh
YW52YWFyZHQgZ2VlbiBhYW5zcHJha2VsaWpraGVpZCB2b29yIHNjaGFkZQpvbnRzdGFhbiBkb29y
IHZpcnVzc2VuIG9mIGRvb3IgZWVuIG9udm9sbGVkaWdlIG9mIGZvdXRpZXZlIG92ZXJicmVuZ2lu
ZyB2YW4KZGl0IGJlcmljaHQuIFV3IHBlcnNvb25zZ2VnZXZlbnMgd29yZGVuIHZlcndlcmt0IG92
ZXJlZW5rb21zdGlnIG9uemUKcHJpdmFjeXZlcmtsYXJpbmcgKHd3dy5tb29ycy16b25lbi5leGFt
cGxlL3ByaXZhY3kpLiBVIGt1bnQgc3RlZWRzIHV3IHJlY2h0ZW4Kb3AgaW56YWdlLCB2ZXJiZXRl
cmluZyBlbiB3aXNzaW5nIHVpdG9lZmVuZW4gdmlhIHByaXZhY3lAbW9vcnMtem9uZW4uZXhhbXBs
ZS4KRGVuayBhYW4gaGV0IG1pbGlldSB2b29yIHUgZGV6ZSBlLW1haWwgYWZkcnVrdC4K
'''),
    ('fr', 'sendmail-bounce-reply-about-number-porting', 'automated', (),
'''Return-Path: <>
Received: from smtp-gw.shop.example.be (smtp-gw.shop.example.be [192.0.2.29])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HtZ5r0WgHz4w4Xc
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 16:40:12 +0200 (CEST)
Received: from localhost (localhost)
	by smtp-gw.shop.example.be (8.17.2/8.17.2) id 63MEe9Bc021877;
	Wed, 22 Apr 2026 16:40:11 +0200
Date: Wed, 22 Apr 2026 16:40:11 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@smtp-gw.shop.example.be>
Message-Id: <202604221440.63MEe9Bc021877@smtp-gw.shop.example.be>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="63MEe9Bc021877.1776868811/smtp-gw.shop.example.be"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--63MEe9Bc021877.1776868811/smtp-gw.shop.example.be

The original message was received at Mon, 20 Apr 2026 16:39:58 +0200
from helpdesk.shop.example.be [192.0.2.41]

   ----- The following addresses had permanent fatal errors -----
<nathalie.dumont@skynet.be>
    (reason: 550 5.2.1 Mailbox disabled for this recipient)

   ----- Transcript of session follows -----
... while talking to mx-in.skynet.be.:
>>> RCPT To:<nathalie.dumont@skynet.be>
<<< 550 5.2.1 Mailbox disabled for this recipient
550 5.2.1 <nathalie.dumont@skynet.be>... Mailbox disabled for this recipient

--63MEe9Bc021877.1776868811/smtp-gw.shop.example.be
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-gw.shop.example.be
Received-From-MTA: DNS; helpdesk.shop.example.be
Arrival-Date: Mon, 20 Apr 2026 16:39:58 +0200

Final-Recipient: RFC822; nathalie.dumont@skynet.be
Action: failed
Status: 5.2.1
Remote-MTA: DNS; mx-in.skynet.be
Diagnostic-Code: SMTP; 550 5.2.1 Mailbox disabled for this recipient
Last-Attempt-Date: Wed, 22 Apr 2026 16:40:11 +0200

--63MEe9Bc021877.1776868811/smtp-gw.shop.example.be
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
	by smtp-gw.shop.example.be (8.17.2/8.17.2) with ESMTPS id 63KEdwPk018220
	for <nathalie.dumont@skynet.be>; Mon, 20 Apr 2026 16:39:58 +0200
Date: Mon, 20 Apr 2026 16:39:57 +0200
From: =?utf-8?Q?=C3=89quipe_vie_priv=C3=A9e_Shop_Example?= <privacy@shop.example.be>
To: Nathalie Dumont <nathalie.dumont@skynet.be>
Subject: =?utf-8?Q?Re=3A_Portage_de_mon_num=C3=A9ro_fait_sans_mon_accord?=
Message-ID: <pt-20260420-0040719@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

--63MEe9Bc021877.1776868811/smtp-gw.shop.example.be--
'''),
    ('fr', 'outlook-ooo-energy-retail-account-manager', 'automated', (),
'''Return-Path: <>
Received: from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2093.outbound.protection.outlook.com [40.107.14.93])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4J3fTp7MwRz4w8Ky
        for <privacy@shop.example.be>; Tue, 04 Aug 2026 11:52:30 +0200 (CEST)
From: Camille Lejeune <camille.lejeune@lumina-energie.example>
To: =?iso-8859-1?Q?=C9quipe_vie_priv=E9e_Shop_Example?= <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?R=E9ponse_automatique=A0:_Demandes_d'effacement_transmi?=
 =?iso-8859-1?Q?ses_par_nos_magasins_-_juillet_2026?=
Thread-Topic: =?iso-8859-1?Q?Demandes_d'effacement_transmises_par_nos_magasins_-_juil?=
 =?iso-8859-1?Q?let_2026?=
Thread-Index: AQHeBfQ1xP7mK9yWR2cN0bL4tZs8Jg==
Date: Tue, 4 Aug 2026 09:52:27 +0000
Message-ID: <VI1PR09MB5530B7E2C4D9A0F1E8B3C6D2A7F15@VI1PR09MB5530.eurprd09.prod.outlook.com>
References: <pt-20260804-0061125@helpdesk.shop.example.be>
In-Reply-To: <pt-20260804-0061125@helpdesk.shop.example.be>
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
auto-submitted: auto-replied
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bonjour,

Je suis absente du bureau jusqu'au lundi 17 ao=FBt 2026 inclus.

Pour toute question urgente concernant les contrats =E9nergie sign=E9s dans=
 les
points de vente partenaires (stands en magasin), merci de contacter
partenaires@lumina-energie.example ou le 02 555 44 10.

Les demandes li=E9es =E0 la protection des donn=E9es (RGPD) doivent =EAtre =
adress=E9es
=E0 notre d=E9l=E9gu=E9 =E0 la protection des donn=E9es : dpo@lumina-energi=
e.example.

Votre message ne sera pas transf=E9r=E9.

Bien cordialement,

Camille Lejeune
Account Manager Retail Partners
Lumina Energie SA
'''),
    ('fr', 'esign-envelope-completed-energy-contract', 'automated', (),
'''Return-Path: <bounces+ntf-8f4122c7@mail.signarel.example>
Received: from o12.mail.signarel.example (o12.mail.signarel.example [203.0.113.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HyM6s2VqTz4w3Dj
        for <privacy@shop.example.be>; Tue, 09 Jun 2026 18:12:58 +0200 (CEST)
From: Signarel <notifications@signarel.example>
Reply-To: no-reply@signarel.example
To: Julien Marchal <privacy@shop.example.be>
Subject: =?UTF-8?B?VGVybWluw6kgOiDCqyBDb250cmF0IGRlIGZvdXJuaXR1cmUg?=
	=?UTF-8?B?ZCfDqWxlY3RyaWNpdMOpIGV0IGRlIGdheiDigJMgTHVtaW5h?=
	=?UTF-8?B?IENvbmZvcnQgRml4ZSAxIGFuIMK7?=
Date: Tue, 09 Jun 2026 16:12:56 +0000
Message-ID: <env.SGR-8F41-22C7-B930.completed.2@signarel.example>
X-Mailer: Signarel Notify 7
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="sgr-mix-8f4122c7"

--sgr-mix-8f4122c7
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour Julien Marchal,

Toutes les parties ont sign=C3=A9 le document =C2=AB Contrat de fourniture
d'=C3=A9lectricit=C3=A9 et de gaz =E2=80=93 Lumina Confort Fixe 1 an =C2=BB.

R=C3=A9f=C3=A9rence de l'enveloppe : SGR-8F41-22C7-B930
Signataires :
  - Julien Marchal (signature =C3=A9lectronique qualifi=C3=A9e via itsme=C2=
=AE) =E2=80=93 09/06/2026 18:12
  - Lumina Energie SA (cachet =C3=A9lectronique) =E2=80=93 09/06/2026 18:12
Point de vente : Shop Example Namur =E2=80=93 stand =C3=A9nergie

Le document sign=C3=A9 et le certificat de signature sont joints =C3=A0 ce =
message.
Ils restent disponibles 30 jours dans votre espace Signarel.

Protection de vos donn=C3=A9es
Signarel agit en qualit=C3=A9 de sous-traitant de Lumina Energie SA. Les do=
nn=C3=A9es
d'identification transmises par itsme=C2=AE (nom, pr=C3=A9nom, date de nais=
sance,
num=C3=A9ro de Registre national) servent uniquement =C3=A0 constituer la p=
reuve de la
signature et sont conserv=C3=A9es 10 ans, conform=C3=A9ment au r=C3=A8gleme=
nt eIDAS et au
RGPD. Pour exercer vos droits d'acc=C3=A8s, de rectification ou d'effacemen=
t,
adressez-vous =C3=A0 Lumina Energie SA (dpo@lumina-energie.example).

Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.

Signarel =E2=80=93 signature =C3=A9lectronique de confiance

--sgr-mix-8f4122c7
Content-Type: application/pdf; name="Contrat_Lumina_SGR-8F41-22C7-B930_signe.pdf"
Content-Disposition: attachment; filename="Contrat_Lumina_SGR-8F41-22C7-B930_signe.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjcKJSBTaWduYXJlbCBjZXJ0aWZpY2F0IFNHUi04RjQxLTIyQzctQjkzMAoxIDAgb2Jq
IDw8IC9UeXBlIC9DYXRhbG9nIC9QYWdlcyAyIDAgUiA+PiBlbmRvYmoKMiAwIG9iaiA8PCAvVHlw
ZSAvUGFnZXMgL0tpZHMgW10gL0NvdW50IDAgPj4gZW5kb2JqCnRyYWlsZXIgPDwgL1Jvb3QgMSAw
IFIgPj4KJSVFT0YK

--sgr-mix-8f4122c7--
'''),
    ('fr', 'operator-number-porting-date-confirmed', 'automated', (),
'''Return-Path: <service@telvora.example>
Received: from mail3.telvora.example (mail3.telvora.example [198.51.100.73])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HvB1n8CtFz4w2Wq
        for <privacy@shop.example.be>; Tue, 12 May 2026 08:03:41 +0200 (CEST)
From: Telvora <service@telvora.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Votre_num=C3=A9ro_0478_36_19_52_arrive_chez_Telv?=
 =?utf-8?Q?ora_le_14_mai?=
Date: Tue, 12 May 2026 08:03:39 +0200
Message-ID: <port.BE-NP-2026-0512-339184@telvora.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Votre demande de portage a bien été acceptée par votre opérateur actuel.

Numéro porté :            0478 36 19 52
Ancien opérateur :        Proxivo
Nouveau forfait :         Telvora Unlimited 5G
Point de vente :          Shop Example Liège Médiacité
Date du portage :         jeudi 14 mai 2026, entre 6h00 et 10h00

Que devez-vous faire ?
Le jour du portage, votre ancienne carte SIM cessera de fonctionner. Insérez
alors votre nouvelle carte SIM Telvora et redémarrez votre téléphone. Votre
numéro restera le même.

Vous n'avez pas demandé ce portage ? Appelez immédiatement le 0800 55 100
(gratuit). Un portage de numéro ne peut être demandé qu'avec le code de
transfert (code Easy Switch) et la pièce d'identité du titulaire.

Telvora traite vos données conformément à sa déclaration de confidentialité :
telvora.example/vie-privee.

L'équipe Telvora
'''),
    ('fr', 'person-replies-to-helpdesk-ack-six-weeks-no-answer', 'complaint', ('access',),
'''Return-Path: <sandrine.lambotte@hotmail.com>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05olkn2031.outbound.protection.outlook.com [40.92.89.31])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4J9hVq3KpWz4w1Nc
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 21:40:17 +0200 (CEST)
From: Sandrine Lambotte <sandrine.lambotte@hotmail.com>
To: "noreply@helpdesk.shop.example.be" <noreply@helpdesk.shop.example.be>
CC: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?RE:_[PRV-2026-08817]_Nous_avons_bien_re=E7u_votre_demand?=
 =?iso-8859-1?Q?e?=
Date: Mon, 19 Oct 2026 19:40:14 +0000
Message-ID: <DB9P250MB0631F2B8E0C4A7D19E5B3C7AA2E19@DB9P250MB0631.EURP250.PROD.OUTLOOK.COM>
In-Reply-To: <ack.PRV-2026-08817@helpdesk.shop.example.be>
References: <ack.PRV-2026-08817@helpdesk.shop.example.be>
Accept-Language: fr-BE
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Ce message automatique, je l'ai re=C3=A7u le 2 septembre. Nous sommes le 19
octobre. Six semaines et toujours RIEN, =C3=A0 part ce =C2=AB nous avons bi=
en re=C3=A7u
votre demande =C2=BB.

Je rappelle ma demande : le 1er septembre, au magasin de Charleroi (Ville 2=
),
votre vendeur a fait une =C2=AB v=C3=A9rification de solvabilit=C3=A9 =C2=
=BB avant de me vendre
un iPhone en 24 mensualit=C3=A9s. Refus=C3=A9, devant tout le monde. Je veu=
x recevoir
le r=C3=A9sultat de cette v=C3=A9rification et savoir quelles donn=C3=A9es =
vous avez
transmises, =C3=A0 qui (Telvora ? la Banque nationale ?) et ce que vous avez
gard=C3=A9 chez vous.

Le d=C3=A9lai d'un mois pr=C3=A9vu par le RGPD est largement d=C3=A9pass=C3=
=A9. Si je n'ai pas
de r=C3=A9ponse compl=C3=A8te d'ici le vendredi 23 octobre, je d=C3=A9pose =
plainte aupr=C3=A8s
de l'Autorit=C3=A9 de protection des donn=C3=A9es. Je trouve inadmissible d=
'=C3=AAtre
trait=C3=A9e comme =C3=A7a.

Sandrine Lambotte
Rue de la Station 9, 6040 Jumet

Le 2 sept. 2026 =C3=A0 09:14, Shop Example =E2=80=93 Service client <norepl=
y@helpdesk.shop.example.be> a =C3=A9crit :

> Bonjour,
>
> Nous avons bien re=C3=A7u votre demande (ticket n=C2=B0 PRV-2026-08817).
> Un membre de notre =C3=A9quipe vous r=C3=A9pondra dans les meilleurs d=C3=
=A9lais.
>
> Ceci est un message automatique. Merci de ne pas y r=C3=A9pondre directem=
ent.
>
> Shop Example =E2=80=93 Service client
'''),
    ('de', 'sieve-vacation-fibre-installer-planner', 'automated', (),
'''Return-Path: <>
Received: from mail.ostkabel-montage.example (mail.ostkabel-montage.example [203.0.113.87])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4J4Lk0FvYnz4w9Rb
        for <privacy@shop.example.be>; Mon, 10 Aug 2026 13:26:02 +0200 (CEST)
Received: by mail.ostkabel-montage.example (Postfix, from userid 5000)
	id 7A2D31C04B; Mon, 10 Aug 2026 13:26:01 +0200 (CEST)
Message-ID: <dovecot-sieve-1786361161-771204-0@mail.ostkabel-montage.example>
Date: Mon, 10 Aug 2026 13:26:01 +0200
X-Sieve: Pigeonhole Sieve 0.5.21
MIME-Version: 1.0
From: Dirk Hilgers <d.hilgers@ostkabel-montage.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Abwesenheitsnotiz:_Installationstermin_und_Ausweiskopie_?=
 =?utf-8?Q?Kunde_Schr=C3=B6der?=
In-Reply-To: <pt-20260810-0063307@helpdesk.shop.example.be>
References: <pt-20260810-0063307@helpdesk.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21. August 2026
im Urlaub und lese meine E-Mails in dieser Zeit nicht.

Terminänderungen für Glasfaser- und Internetinstallationen vereinbaren Sie
bitte direkt im Terminportal (termine.ostkabel-montage.example) oder unter
087 55 21 40 (Mo-Fr 8-17 Uhr).

Mit freundlichen Grüßen
Dirk Hilgers
Einsatzplanung - Ostkabel Montage GmbH, Eupen
'''),
    ('de', 'office365-ndr-energy-contract-reply-german', 'automated', (),
'''Return-Path: <>
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2050.outbound.protection.outlook.com [40.107.7.50])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HzR8w1DmQz4w6Tp
        for <privacy@shop.example.be>; Thu, 18 Jun 2026 10:31:44 +0200 (CEST)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kreuzheizungsbau.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Thu, 18 Jun 2026 08:31:42 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="f1d0b3c2-9e7a-4b55-8c1d-27a6e4f90b13"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <7c2e94d1-3b0f-4a8e-b6d5-01f9c8e3a274@AM0PR03MB6051.eurprd03.prod.outlook.com>
In-Reply-To: <pt-20260618-0054432@helpdesk.shop.example.be>
References: <pt-20260618-0054432@helpdesk.shop.example.be>
Thread-Topic: =?utf-8?Q?Ihr_Energievertrag_aus_unserer_Filiale_St=2E_Vith_=E2=80=93_L?=
 =?utf-8?Q?=C3=B6schung_Ihrer_Daten?=
Subject: =?utf-8?Q?Unzustellbar:_Ihr_Energievertrag_aus_unserer_Filiale_St=2E_Vith?=
 =?utf-8?Q?_=E2=80=93_L=C3=B6schung_Ihrer_Daten?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--f1d0b3c2-9e7a-4b55-8c1d-27a6e4f90b13
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="a7b3c9e1-5d20-4f6a-9b8c-3e1d72f0a5c4"

--a7b3c9e1-5d20-4f6a-9b8c-3e1d72f0a5c4
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht hat folgende Empf=C3=A4nger nicht erreicht: m.kreuz@kreuz-he=
izungsbau.example

Ursache: Das E-Mail-Konto, an das Sie zu schreiben versucht haben, existier=
t nicht. Es wurde m=C3=B6glicherweise gel=C3=B6scht oder die Adresse ist fa=
lsch geschrieben.

So beheben Sie das Problem: =C3=9Cberpr=C3=BCfen Sie die E-Mail-Adresse des=
 Empf=C3=A4ngers, und senden Sie die Nachricht erneut. Falls das Problem we=
iterhin besteht, wenden Sie sich an den E-Mail-Administrator des Empf=C3=A4=
ngers.

Weitere Informationen f=C3=BCr E-Mail-Administratoren
Remoteserver: AM0PR03MB6051.eurprd03.prod.outlook.com
Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.kreuz@kreuz-=
heizungsbau.example not found by SMTP address lookup

Urspr=C3=BCngliche Nachrichtenkopfzeilen:
Von: Datenschutzteam Shop Example <privacy@shop.example.be>
Gesendet: Donnerstag, 18. Juni 2026 08:31
An: Michael Kreuz <m.kreuz@kreuz-heizungsbau.example>
Betreff: Ihr Energievertrag aus unserer Filiale St. Vith =E2=80=93 L=C3=B6s=
chung Ihrer Daten

--a7b3c9e1-5d20-4f6a-9b8c-3e1d72f0a5c4
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body>
<p style=3D"font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:16px;c=
olor:#000">Ihre Nachricht hat folgende Empf=C3=A4nger nicht erreicht: <a hr=
ef=3D"mailto:m.kreuz@kreuz-heizungsbau.example">m.kreuz@kreuz-heizungsbau.e=
xample</a></p>
<p><b>Ursache:</b> Das E-Mail-Konto, an das Sie zu schreiben versucht haben=
, existiert nicht. Es wurde m=C3=B6glicherweise gel=C3=B6scht oder die Adre=
sse ist falsch geschrieben.</p>
<p><b>So beheben Sie das Problem:</b> =C3=9Cberpr=C3=BCfen Sie die E-Mail-A=
dresse des Empf=C3=A4ngers, und senden Sie die Nachricht erneut.</p>
<p style=3D"color:#808080;font-size:11px">Remoteserver: AM0PR03MB6051.eurpr=
d03.prod.outlook.com<br>550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t m.kreuz@kreuz-heizungsbau.example not found by SMTP address lookup</p>
</body></html>

--a7b3c9e1-5d20-4f6a-9b8c-3e1d72f0a5c4--

--f1d0b3c2-9e7a-4b55-8c1d-27a6e4f90b13
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR03MB6051.eurprd03.prod.outlook.com
Received-From-MTA: dns;out1.shop.example.be
Arrival-Date: Thu, 18 Jun 2026 08:31:40 +0000

Final-Recipient: rfc822;m.kreuz@kreuz-heizungsbau.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.kreuz@kreuz-heizungsbau.example not found by SMTP address lookup

--f1d0b3c2-9e7a-4b55-8c1d-27a6e4f90b13
Content-Type: message/rfc822

Received: from helpdesk.shop.example.be (192.0.2.41) by
 AM0PR03MB6051.eurprd03.prod.outlook.com with ESMTPS; Thu, 18 Jun 2026 08:31:40 +0000
From: Datenschutzteam Shop Example <privacy@shop.example.be>
To: Michael Kreuz <m.kreuz@kreuz-heizungsbau.example>
Subject: =?utf-8?Q?Ihr_Energievertrag_aus_unserer_Filiale_St=2E_Vith_=E2=80=93_L?=
 =?utf-8?Q?=C3=B6schung_Ihrer_Daten?=
Date: Thu, 18 Jun 2026 10:31:38 +0200
Message-ID: <pt-20260618-0054432@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrter Herr Kreuz,

wie gew=C3=BCnscht haben wir Ihre Kontaktdaten aus unserem Kundensystem gel=
=C3=B6scht.
Den Energievertrag, den Sie am 30. Mai 2026 an unserem Energiestand in St. =
Vith
abgeschlossen haben, verwaltet Lumina Energie als Verantwortlicher. Die
L=C3=B6schung Ihrer Vertrags- und Z=C3=A4hlerdaten beantragen Sie bitte dort
(datenschutz@lumina-energie.example).

Mit freundlichen Gr=C3=BC=C3=9Fen
Lea Margraff
Datenschutzteam Shop Example AG

--f1d0b3c2-9e7a-4b55-8c1d-27a6e4f90b13--
'''),
    ('de', 'energy-supplier-smart-meter-quarter-hour-consent-notice', 'automated', (),
'''Return-Path: <kundenservice@lumina-energie.example>
Received: from mta2.lumina-energie.example (mta2.lumina-energie.example [203.0.113.42])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4J1Dq5ZbWxz4w0Hk
        for <privacy@shop.example.be>; Tue, 14 Jul 2026 09:40:18 +0200 (CEST)
From: Lumina Energie <kundenservice@lumina-energie.example>
To: Ingrid Schroeder <privacy@shop.example.be>
Subject: =?UTF-8?Q?Ihr_digitaler_Z=C3=A4hler_ist_aktiv_=E2=80=93_Ihre_Daten_und?=
 =?UTF-8?Q?_Ihre_Einwilligung?=
Date: Tue, 14 Jul 2026 09:40:15 +0200
Message-ID: <sm-activ.5414489300003318.20260714@lumina-energie.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Guten Tag Frau Schr=C3=B6der,

Ihr digitaler Z=C3=A4hler wurde am 2. Juli 2026 von Ihrem Netzbetreiber in
Betrieb genommen.

Z=C3=A4hlernummer:     1ESY 1160 4421 87
EAN-Code:         5414 4893 0000 3318 66
Lieferadresse:    Gospertstra=C3=9Fe 63, 4700 Eupen

Was =C3=A4ndert sich f=C3=BCr Sie?
Ab sofort erhalten wir Ihre Z=C3=A4hlerst=C3=A4nde einmal monatlich automat=
isch. Sie
m=C3=BCssen keine Z=C3=A4hlerst=C3=A4nde mehr selbst =C3=BCbermitteln.

Ihre Einwilligung zu den Viertelstundenwerten
Mit Ihrem Vertrag (abgeschlossen am Energiestand von Shop Example Eupen) ha=
ben
Sie eingewilligt, dass Ihr Netzbetreiber uns zus=C3=A4tzlich Ihre
Viertelstundenwerte =C3=BCbermittelt, damit wir Ihnen Verbrauchsanalysen und
passende Tarife anbieten k=C3=B6nnen. Diese Einwilligung ist freiwillig. Sie
k=C3=B6nnen sie jederzeit in Mein Lumina > Datenschutz > Z=C3=A4hlerdaten w=
iderrufen;
die Rechtm=C3=A4=C3=9Figkeit der bis dahin erfolgten Verarbeitung bleibt un=
ber=C3=BChrt.

Ihre Rechte nach der DSGVO
Sie haben das Recht auf Auskunft, Berichtigung, L=C3=B6schung, Einschr=C3=
=A4nkung der
Verarbeitung und Daten=C3=BCbertragbarkeit sowie das Recht, der Verarbeitun=
g zu
widersprechen. Unseren Datenschutzbeauftragten erreichen Sie unter
datenschutz@lumina-energie.example. Sie k=C3=B6nnen sich au=C3=9Ferdem bei =
der
Datenschutzbeh=C3=B6rde (Drukpersstraat 35, 1000 Br=C3=BCssel) beschweren.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Lumina Energie Kundenservice

Diese E-Mail wurde automatisch erstellt.
'''),
    ('de', 'person-forwards-credit-check-wrong-address-and-birthdate', 'correction', ('restriction',),
'''Return-Path: <tobias.heinen@posteo.de>
Received: from mout02.posteo.de (mout02.posteo.de [185.67.36.66])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (4096 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4J6Sm2TqPcz4w4Gf
        for <privacy@shop.example.be>; Wed, 09 Sep 2026 20:55:37 +0200 (CEST)
Received: from submission (posteo.de [185.67.36.169])
	by mout02.posteo.de (Postfix) with ESMTPS id 4J6Sm15Xbyz9rxP
	for <privacy@shop.example.be>; Wed,  9 Sep 2026 20:55:35 +0200 (CEST)
Message-ID: <5b1e7c2a-9f0d-4e3b-a861-3c2d7e9f0a14@posteo.de>
Date: Wed, 9 Sep 2026 18:55:34 +0000
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
To: privacy@shop.example.be
From: Tobias Heinen <tobias.heinen@posteo.de>
Subject: =?UTF-8?Q?Fwd=3A_Ihr_Antrag_auf_Ratenzahlung_INS-2026-0908-81337?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Guten Abend,

unten die Mail, die ich nach dem Ratenkauf-Versuch in Ihrer Filiale in
Eupen bekommen habe. Die Adresse darin ist falsch: Ich wohne in der
Haasstraße 14, nicht 41 - die Hausnummer 41 gibt es gar nicht, und
vermutlich ist die Prüfung deshalb schiefgegangen. Auch mein Geburtsdatum
stimmt nicht (richtig ist 07.03.1988, nicht 03.07.1988).

Bitte korrigieren Sie das in Ihrem System und bei Telvora. Und solange
das nicht geklärt ist, möchte ich nicht, dass diese Daten oder das
"abgelehnt" irgendwo weiter verwendet oder weitergegeben werden.

Mit freundlichen Grüßen
Tobias Heinen
0475 62 18 09

-------- Weitergeleitete Nachricht --------
Betreff: Ihr Antrag auf Ratenzahlung INS-2026-0908-81337
Datum: Tue, 8 Sep 2026 18:02:11 +0200
Von: Telvora Verbraucherkredit <decisions@credit.telvora.example>
An: tobias.heinen@posteo.de

Sehr geehrter Herr Heinen,

vielen Dank für Ihren Antrag auf ein Smartphone mit Ratenzahlung
(24 x 41,21 EUR) vom 8. September 2026 in der Filiale Shop Example Eupen.

Antragsteller:   Tobias Heinen, geb. 03.07.1988
Anschrift:       Haasstraße 41, 4700 Eupen
Entscheidung:    ABGELEHNT

Wir haben die Zentrale für Kredite an Privatpersonen der Belgischen
Nationalbank abgefragt. Sie haben das Recht, eine Überprüfung durch einen
Mitarbeiter zu verlangen (Art. 22 DSGVO).

Dies ist eine automatisch erstellte Nachricht.
Telvora AG
'''),
    ('es', 'gmail-dsn-address-not-found-sim-contract-reply', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HwX7c0PfLz4w8Qa
        for <privacy@shop.example.be>; Wed, 20 May 2026 13:18:05 +0200 (CEST)
Received: by mail-sor-f69.google.com (Google Transport Security)
        for <privacy@shop.example.be>; Wed, 20 May 2026 04:18:05 -0700 (PDT)
MIME-Version: 1.0
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <6a4c2e1f.050a0220.3b7d1.91c4.GMR@mx.google.com>
Date: Wed, 20 May 2026 04:18:05 -0700 (PDT)
Subject: Delivery Status Notification (Failure)
References: <pt-20260520-0050193@helpdesk.shop.example.be>
In-Reply-To: <pt-20260520-0050193@helpdesk.shop.example.be>
X-Failed-Recipients: lucia.fernandez.gil@gmial.com
Content-Type: multipart/report; boundary="000000000000e41a9d0620c3f5b2"; report-type=delivery-status

--000000000000e41a9d0620c3f5b2
Content-Type: multipart/related; boundary="000000000000e41b0e0620c3f5ba"

--000000000000e41b0e0620c3f5ba
Content-Type: multipart/alternative; boundary="000000000000e41b100620c3f5bb"

--000000000000e41b100620c3f5bb
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to lucia.fernandez.gil@gmial.com because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.

Learn more here: https://support.google.com/mail/answer/6596

The response was:

DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN Domain name not found: gmial.com

--000000000000e41b100620c3f5bb
Content-Type: text/html; charset="UTF-8"

<html>
<head><style>* { font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif; }</style></head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody><tr><td>
<h1 style="font-size:24px;font-weight:normal;color:#d93025;">Address not found</h1>
<p style="font-size:16px;color:#202124;">Your message wasn't delivered to <a style="color:#212121;text-decoration:none;"><b>lucia.fernandez.gil@gmial.com</b></a> because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.</p>
<p style="font-size:14px;color:#5f6368;">The response was:</p>
<p style="font-size:14px;color:#5f6368;">DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN Domain name not found: gmial.com</p>
</td></tr></tbody></table>
</body>
</html>

--000000000000e41b100620c3f5bb--
--000000000000e41b0e0620c3f5ba--

--000000000000e41a9d0620c3f5b2
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 20 May 2026 04:18:04 -0700 (PDT)
X-Original-Message-ID: <pt-20260520-0050193@helpdesk.shop.example.be>

Final-Recipient: rfc822; lucia.fernandez.gil@gmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN Domain name not found: gmial.com
Last-Attempt-Date: Wed, 20 May 2026 04:18:05 -0700 (PDT)

--000000000000e41a9d0620c3f5b2
Content-Type: message/rfc822

From: Equipo de privacidad Shop Example <privacy@shop.example.be>
To: =?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez_Gil?= <lucia.fernandez.gil@gmial.com>
Subject: =?UTF-8?Q?Re=3A_Contrato_de_m=C3=B3vil_a_mi_nombre_que_yo_no_firm=C3=A9?=
Date: Wed, 20 May 2026 13:18:02 +0200
Message-ID: <pt-20260520-0050193@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Estimada Sra. Fern=C3=A1ndez Gil:

Hemos recibido su mensaje sobre el contrato Telvora Unlimited 5G que aparece
a su nombre y que, seg=C3=BAn nos indica, usted no firm=C3=B3 en nuestra ti=
enda de
Bruselas (Rue Neuve).

Para poder investigarlo necesitamos confirmar su identidad. Le rogamos que
nos indique el n=C3=BAmero de contrato que figura en la factura y la fecha =
en que
recibi=C3=B3 la primera factura. No nos env=C3=ADe una copia de su document=
o de
identidad por correo electr=C3=B3nico.

Mientras tanto hemos pedido a Telvora que bloquee el uso de sus datos para
este contrato.

Atentamente,
Equipo de privacidad - Shop Example

--000000000000e41a9d0620c3f5b2--
'''),
    ('es', 'id-verification-service-sim-registration-verified', 'automated', (),
'''Return-Path: <bounce-vrf-5c92e@mail.docutrust.example>
Received: from out-4.mail.docutrust.example (out-4.mail.docutrust.example [203.0.113.154])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HyW1r7KzMz4w5Ce
        for <privacy@shop.example.be>; Thu, 11 Jun 2026 12:37:52 +0200 (CEST)
From: DocuTrust ID <no-reply@docutrust.example>
To: Alejandro Ruiz Molina <privacy@shop.example.be>
Subject: =?UTF-8?B?VHUgaWRlbnRpZGFkIGhhIHNpZG8gdmVyaWZpY2FkYSDinJQg?=
	=?UTF-8?B?4oCTIFZSRi1FUy0yNi0wNjExLTVDOTJF?=
Date: Thu, 11 Jun 2026 10:37:50 +0000
Message-ID: <vrf-es-26-0611-5c92e.result@docutrust.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

SG9sYSwgQWxlamFuZHJvOgoKVHUgdmVyaWZpY2FjacOzbiBkZSBpZGVudGlkYWQgc2UgaGEgY29t
cGxldGFkbyBjb3JyZWN0YW1lbnRlLgoKU2VydmljaW86ICAgICAgICAgIFJlZ2lzdHJvIGRlIHRh
cmpldGEgU0lNIHByZXBhZ28gLSBUZWx2b3JhClB1bnRvIGRlIHZlbnRhOiAgICBTaG9wIEV4YW1w
bGUgQnJ1eGVsbGVzIE1pZGkKUmVmZXJlbmNpYTogICAgICAgIFZSRi1FUy0yNi0wNjExLTVDOTJF
CkRvY3VtZW50bzogICAgICAgICBETkkgZXNwYcOxb2wgKHRlcm1pbmFkbyBlbiAqKio0N0spClJl
c3VsdGFkbzogICAgICAgICBWZXJpZmljYWRvIC0gY29pbmNpZGVuY2lhIGZhY2lhbCA5OCAlCkZl
Y2hhOiAgICAgICAgICAgICAxMS8wNi8yMDI2IDEyOjM3CgrCv1F1w6kgaGFjZW1vcyBjb24gdHVz
IGRhdG9zPwpEb2N1VHJ1c3QgSUQgYWN0w7phIGNvbW8gZW5jYXJnYWRvIGRlbCB0cmF0YW1pZW50
byBwb3IgY3VlbnRhIGRlIFRlbHZvcmEsIHF1ZQplcyBlbCByZXNwb25zYWJsZSBkZWwgdHJhdGFt
aWVudG8uIFBhcmEgdmVyaWZpY2FyIHR1IGlkZW50aWRhZCBoZW1vcyB0cmF0YWRvCmxhIGltYWdl
biBkZSB0dSBkb2N1bWVudG8geSB1biBzZWxmaSAoZGF0byBiaW9tw6l0cmljbyksIHNvYnJlIGxh
IGJhc2UgZGUgdHUKY29uc2VudGltaWVudG8gZXhwbMOtY2l0byAoYXJ0w61jdWxvIDkuMi5hIGRl
bCBSR1BEKS4KCi0gRWwgc2VsZmkgeSBsYSBwbGFudGlsbGEgYmlvbcOpdHJpY2Egc2Ugc3Vwcmlt
aXLDoW4gYXV0b23DoXRpY2FtZW50ZSBlbiB1bgogIHBsYXpvIGRlIDMwIGTDrWFzLgotIExhIGlt
YWdlbiBkZWwgZG9jdW1lbnRvIHNlIGNvbnNlcnZhIG1pZW50cmFzIGxvIGV4aWphIGxhIG5vcm1h
dGl2YSBiZWxnYQogIGRlIGlkZW50aWZpY2FjacOzbiBkZSB1c3VhcmlvcyBkZSB0YXJqZXRhcyBw
cmVwYWdvLgotIFB1ZWRlcyByZXRpcmFyIHR1IGNvbnNlbnRpbWllbnRvLCBzb2xpY2l0YXIgZWwg
YWNjZXNvLCBsYSByZWN0aWZpY2FjacOzbiBvCiAgbGEgc3VwcmVzacOzbiBkZSB0dXMgZGF0b3Mg
eSBvcG9uZXJ0ZSBhIHN1IHRyYXRhbWllbnRvIGVzY3JpYmllbmRvIGEKICBwcml2YWNpZGFkQGRv
Y3V0cnVzdC5leGFtcGxlIG8gYWwgZGVsZWdhZG8gZGUgcHJvdGVjY2nDs24gZGUgZGF0b3MgZGUK
ICBUZWx2b3JhIChkcG9AdGVsdm9yYS5leGFtcGxlKS4KLSBUaWVuZXMgZGVyZWNobyBhIHByZXNl
bnRhciB1bmEgcmVjbGFtYWNpw7NuIGFudGUgbGEgYXV0b3JpZGFkIGRlIGNvbnRyb2wuCgpFc3Rl
IG1lbnNhamUgc2UgaGEgZ2VuZXJhZG8gYXV0b23DoXRpY2FtZW50ZS4gTm8gcmVzcG9uZGFzIGEg
ZXN0ZSBjb3JyZW8uCgpEb2N1VHJ1c3QgSUQgUy5MLiAtIFBhc2VvIGRlIGxhIENhc3RlbGxhbmEg
OTMsIDI4MDQ2IE1hZHJpZAo=
'''),
    ('es', 'prepaid-topup-receipt-counter-till', 'automated', (),
'''Return-Path: <recargas@telvora.example>
Received: from mail5.telvora.example (mail5.telvora.example [198.51.100.75])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4J8N4t1RwVz4w2Ka
        for <privacy@shop.example.be>; Sat, 03 Oct 2026 19:44:31 +0200 (CEST)
From: Telvora Prepago <recargas@telvora.example>
To: privacy@shop.example.be
Subject: Recibo de recarga 15,00 EUR
Date: Sat, 03 Oct 2026 19:44:29 +0200
Message-ID: <TPP-20261003-7741029@telvora.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

TELVORA PREPAGO - RECIBO DE RECARGA

Número:            +32 465 ** ** 18
Importe:           15,00 EUR
Método de pago:    Bancontact (**** 3390)
Fecha:             03/10/2026 19:44
Transacción:       TPP-20261003-7741029
Punto de recarga:  Shop Example Anderlecht (caja 4)

Nuevo saldo:       17,35 EUR
Válido hasta:      02/11/2026
Bono activado:     Smart 15 - 20 GB / llamadas ilimitadas en Bélgica

Gracias por recargar con Telvora.
Consulta tu consumo en la app Mi Telvora.

Telvora NV - IVA BE 0899.213.447
'''),
    ('es', 'person-asks-reschedule-above-installer-appointment', 'other', (),
'''Return-Path: <marta.oliveira.sanz@gmail.com>
Received: from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JCq2n8VtGz4w7Ps
        for <privacy@shop.example.be>; Wed, 18 Nov 2026 22:11:40 +0100 (CET)
Received: by mail-wr1-f52.google.com with SMTP id ffacd0b85a97d-3a2f1b7c9e0so5521983f8f.1
        for <privacy@shop.example.be>; Wed, 18 Nov 2026 13:11:39 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1795039899; x=1795644699; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=W1pK5vN8qB2mR7xT0yL3cZ6aH9sJ4dF7oE0uI5gK2mQ=;
        b=Pz3Xc6Nv9Lb2Mq5Rt8Sw1Uy4Wa7Yc0Ae3Cg6Ei9Gk2Im5Ko8Mq1Os4Qu7Sw0Uy3Wa6Y
MIME-Version: 1.0
References: <appt-8K2Q7.confirm@connectis-install.example>
In-Reply-To: <appt-8K2Q7.confirm@connectis-install.example>
From: Marta Oliveira Sanz <marta.oliveira.sanz@gmail.com>
Date: Wed, 18 Nov 2026 22:11:26 +0100
Message-ID: <CAM3vQk7n+Rb2Xy8Lc5Tf1Wp0Hs4Dg9Ja6Ue3Bk7Nm2Oi8Cq@mail.gmail.com>
Subject: =?UTF-8?Q?Re=3A_Cita_confirmada=3A_instalaci=C3=B3n_de_fibra_el_26?=
	=?UTF-8?Q?_de_noviembre?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000008a71c50643e2d91f"

--0000000000008a71c50643e2d91f
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola,

no, no quiero que borr=C3=A9is mis datos ni que los pas=C3=A9is a nadie m=
=C3=A1s, eso
est=C3=A1 bien as=C3=AD. Solo necesito cambiar la cita del t=C3=A9cnico de =
la fibra: el
jueves 26 por la ma=C3=B1ana no puedo, trabajo. =C2=BFSe puede pasar al s=
=C3=A1bado 28 o
a cualquier tarde de la semana siguiente a partir de las 16h?

Os escribo aqu=C3=AD porque el enlace de "Modificar cita" me da error y en =
la
tienda de Ixelles me dijeron que escribiera a este correo.

Gracias,
Marta Oliveira Sanz
0489 77 30 15

El mar, 17 nov 2026 a las 10:05, Citas Instalaci=C3=B3n <citas@connectis-in=
stall.example> escribi=C3=B3:
> Hola, Marta:
>
> Tu cita para la instalaci=C3=B3n de Telvora Fibra 500 est=C3=A1 confirmad=
a.
>
> Fecha: jueves 26 de noviembre de 2026
> Franja: 8:00 - 12:00
> Direcci=C3=B3n: Rue du Tr=C3=B4ne 118, bte 3, 1050 Ixelles
> T=C3=A9cnico: Connectis Installations (socio de Telvora)
>
> Para realizar la instalaci=C3=B3n compartimos tu nombre, direcci=C3=B3n y=
 tel=C3=A9fono
> con nuestro t=C3=A9cnico, conforme al RGPD. El t=C3=A9cnico te pedir=C3=
=A1 tu documento
> de identidad para comprobar que eres el titular del contrato.
>
> =C2=BFNo puedes ese d=C3=ADa? Modificar cita: https://citas.connectis-ins=
tall.example/m/8K2Q7
>
> Este es un mensaje autom=C3=A1tico.

--0000000000008a71c50643e2d91f
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hola,</div><div><br></div><div>no, no quiero que borr=
=C3=A9is mis datos ni que los pas=C3=A9is a nadie m=C3=A1s, eso</div><div>e=
st=C3=A1 bien as=C3=AD. Solo necesito cambiar la cita del t=C3=A9cnico de l=
a fibra: el</div><div>jueves 26 por la ma=C3=B1ana no puedo, trabajo. =C2=
=BFSe puede pasar al s=C3=A1bado 28 o</div><div>a cualquier tarde de la sem=
ana siguiente a partir de las 16h?</div><div><br></div><div>Os escribo aqu=
=C3=AD porque el enlace de "Modificar cita" me da error y en la</div><div>t=
ienda de Ixelles me dijeron que escribiera a este correo.</div><div><br></d=
iv><div>Gracias,</div><div>Marta Oliveira Sanz</div><div>0489 77 30 15</div=
></div><br><div class=3D"gmail_quote"><div dir=3D"ltr" class=3D"gmail_attr"=
>El mar, 17 nov 2026 a las 10:05, Citas Instalaci=C3=B3n &lt;citas@connecti=
s-install.example&gt; escribi=C3=B3:<br></div><blockquote class=3D"gmail_qu=
ote" style=3D"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,20=
4);padding-left:1ex">Hola, Marta:<br><br>Tu cita para la instalaci=C3=B3n d=
e Telvora Fibra 500 est=C3=A1 confirmada.<br><br>Fecha: jueves 26 de noviem=
bre de 2026<br>Franja: 8:00 - 12:00<br>Direcci=C3=B3n: Rue du Tr=C3=B4ne 11=
8, bte 3, 1050 Ixelles<br>T=C3=A9cnico: Connectis Installations (socio de T=
elvora)<br><br>Para realizar la instalaci=C3=B3n compartimos tu nombre, dir=
ecci=C3=B3n y tel=C3=A9fono con nuestro t=C3=A9cnico, conforme al RGPD. El =
t=C3=A9cnico te pedir=C3=A1 tu documento de identidad para comprobar que er=
es el titular del contrato.<br><br>Este es un mensaje autom=C3=A1tico.</blo=
ckquote></div>

--0000000000008a71c50643e2d91f--
'''),
    ('it', 'qmail-failure-notice-reply-energy-stand-customer', 'automated', (),
'''Return-Path: <>
Received: from mx.libero-posta.example (mx.libero-posta.example [203.0.113.201])
        by mx1.shop.example.be (Postfix) with SMTP id 4J2Gk7VyRbz4w3Nt
        for <privacy@shop.example.be>; Fri, 24 Jul 2026 15:09:27 +0200 (CEST)
Received: (qmail 28817 invoked for bounce); 24 Jul 2026 13:09:26 -0000
Date: 24 Jul 2026 13:09:26 -0000
From: MAILER-DAEMON@mx.libero-posta.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260724130926.28817.qmail@mx.libero-posta.example>

Hi. This is the qmail-send program at mx.libero-posta.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<giorgia.bellandi@libero-posta.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28805 invoked from network); 24 Jul 2026 13:09:25 -0000
Received: from out1.shop.example.be (192.0.2.25)
  by mx.libero-posta.example with ESMTPS; 24 Jul 2026 13:09:25 -0000
Date: Fri, 24 Jul 2026 15:09:23 +0200
From: Team Privacy Shop Example <privacy@shop.example.be>
To: Giorgia Bellandi <giorgia.bellandi@libero-posta.example>
Subject: Re: Contratto luce e gas firmato allo stand del negozio di Ixelles
Message-ID: <pt-20260724-0058820@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gentile signora Bellandi,

la ringraziamo per il suo messaggio del 15 luglio. Ci scrive che allo stand
Lumina Energie del nostro negozio di Ixelles le hanno fatto firmare un
contratto luce e gas mentre lei chiedeva solo un preventivo.

Abbiamo chiesto a Lumina Energie di annullare il contratto e di non usare i
dati raccolti allo stand (nome, indirizzo, codice EAN, IBAN). Riceverà
conferma direttamente da Lumina Energie entro 14 giorni.

Nei nostri sistemi resta solo la registrazione della vendita, che
conserviamo per gli obblighi contabili.

Cordiali saluti,
Team Privacy - Shop Example
'''),
    ('it', 'gmail-vacation-responder-italian-agent', 'automated', (),
'''Return-Path: <stefano.guidetti.tlc@gmail.com>
Received: from mail-ed1-f41.google.com (mail-ed1-f41.google.com [209.85.208.41])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4J4Vb3HnQxz4w6Fd
        for <privacy@shop.example.be>; Thu, 13 Aug 2026 08:47:15 +0200 (CEST)
Received: by mail-ed1-f41.google.com with SMTP id 4fb4d7f45d1cf-5f8c2a1b9e7so1182244a12.0
        for <privacy@shop.example.be>; Wed, 12 Aug 2026 23:47:14 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1786603634; x=1787208434; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:auto-submitted:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=N5qR2vX8bL1mT4yK7wE0hC3aG6dF9oU2iZ5xM8cP1nQ=;
        b=Vd7Kc0Mx3Nz6Pb9Rf2Th5Vj8Xl1Zn4Bp7Dr0Ft3Hv6Jx9Lz2Nb5Pd8Rf1Th4Vj7Xl0Z
MIME-Version: 1.0
Auto-Submitted: auto-replied
References: <pt-20260813-0065530@helpdesk.shop.example.be>
In-Reply-To: <pt-20260813-0065530@helpdesk.shop.example.be>
From: Stefano Guidetti <stefano.guidetti.tlc@gmail.com>
Date: Wed, 12 Aug 2026 23:47:14 -0700
X-Gm-Original-Date: Thu, 13 Aug 2026 08:47:14 +0200
Message-ID: <CAGx8vR1m+Tq5Wc2Np9Lb6Yk3Zs0Hd7Ja4Ue1Bf8Kn5Oi2Cr@mail.gmail.com>
Subject: =?UTF-8?Q?Risposta_automatica=3A_Richieste_di_cancellazione_dei_clien?=
	=?UTF-8?Q?ti_SIM_=E2=80=93_agosto?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000051c2e80645a1f7d3"

--00000000000051c2e80645a1f7d3
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Buongiorno,

sono in ferie fino a luned=C3=AC 31 agosto 2026, con accesso limitato alla =
posta.
Al mio rientro risponder=C3=B2 a tutti i messaggi.

Per attivazioni SIM, portabilit=C3=A0 del numero e provvigioni dei punti ve=
ndita
potete scrivere a agenzia.nordovest@telvora-partners.example.

Buone vacanze!
Stefano Guidetti
Agente commerciale Telvora - rete negozi

--00000000000051c2e80645a1f7d3
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Buongiorno,</div><div><br></div><div>sono in ferie fi=
no a luned=C3=AC 31 agosto 2026, con accesso limitato alla posta.</div><div=
>Al mio rientro risponder=C3=B2 a tutti i messaggi.</div><div><br></div><di=
v>Per attivazioni SIM, portabilit=C3=A0 del numero e provvigioni dei punti =
vendita potete scrivere a agenzia.nordovest@telvora-partners.example.</div>=
<div><br></div><div>Buone vacanze!</div><div>Stefano Guidetti</div><div>Age=
nte commerciale Telvora - rete negozi</div></div>

--00000000000051c2e80645a1f7d3--
'''),
    ('it', 'fibre-installer-appointment-reminder-id-check', 'automated', (),
'''Return-Path: <noreply@connectis-install.example>
Received: from smtp.connectis-install.example (smtp.connectis-install.example [203.0.113.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4J5Zc9PmTkz4w1Xw
        for <privacy@shop.example.be>; Mon, 14 Sep 2026 09:00:06 +0200 (CEST)
From: Connectis Installations <noreply@connectis-install.example>
To: Davide Colombo <privacy@shop.example.be>
Subject: =?utf-8?Q?Promemoria=3A_installazione_fibra_domani=2C_15_s?=
 =?utf-8?Q?ettembre=2C_13=3A00=E2=80=9317=3A00?=
Date: Mon, 14 Sep 2026 09:00:04 +0200
Message-ID: <reminder-CNX-2026-0915-30217-d1@connectis-install.example>
X-Mailer: FieldPlanner Notifications 3.8.1
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Promemoria appuntamento

Gentile Davide Colombo,

le ricordiamo l'appuntamento per l'installazione del suo servizio
Telvora Fibra 1 Giga:

Data:          marted=C3=AC 15 settembre 2026
Fascia oraria: 13:00 - 17:00
Indirizzo:     Avenue Louise 331, 1050 Bruxelles
Pratica:       CNX-2026-0915-30217
Tecnico:       Connectis Installations

Prima dell'intervento
- Sia presente lei, titolare del contratto, o una persona maggiorenne da lei
  delegata. Il tecnico verificher=C3=A0 un documento d'identit=C3=A0, senza
  fotocopiarlo.
- Liberi l'accesso al punto di ingresso della fibra e a una presa elettrica.

Il giorno dell'appuntamento ricever=C3=A0 un SMS quando il tecnico sar=C3=
=A0 in
viaggio. I suoi dati di contatto sono stati trasmessi da Telvora a
Connectis Installations solo per organizzare l'intervento e saranno
cancellati 90 giorni dopo la chiusura della pratica.

Per spostare o annullare: https://citas.connectis-install.example/m/CNX30217

Messaggio generato automaticamente, si prega di non rispondere.
Connectis Installations SRL - Chauss=C3=A9e de Haecht 1402, 1130 Bruxelles
'''),
    ('it', 'person-revokes-consent-above-forwarded-data-offer', 'withdraw_consent', (),
'''Return-Path: <chiara.esposito82@libero.it>
Received: from smtp-31.iol.local (smtp-31.libero.it [213.209.10.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4J7Hy6LwNsz4w9Bv
        for <privacy@shop.example.be>; Sun, 27 Sep 2026 19:22:48 +0200 (CEST)
Received: from DESKTOP-K7R2QF ([2.36.118.204])
	by smtp-31.iol.local with ESMTPA
	id 3ZnQsVhYgA1b23ZnQsTqFm; Sun, 27 Sep 2026 19:22:47 +0200
From: "Chiara Esposito" <chiara.esposito82@libero.it>
To: <privacy@shop.example.be>
Subject: I: Chiara, hai quasi finito i giga: passa a Unlimited a 5 EUR in
 =?utf-8?Q?pi=C3=B9?=
Date: Sun, 27 Sep 2026 19:22:45 +0200
Message-ID: <000d01dd4e9a$5b3c71f0$11b555d0$@libero.it>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHeLx9kTq4wVb2pN0yR7cJm3sL5Xg==
Content-Language: it
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Buonasera,

quando ho comprato la SIM nel vostro negozio di Bruxelles (Toison d'Or) il
commesso mi ha fatto firmare sul tablet anche il consenso per le "offerte
personalizzate", io pensavo fosse obbligatorio. Adesso ricevo messaggi come
quello qui sotto quasi ogni settimana.

Revoco quel consenso, sia per voi sia per Telvora. Non voglio pi=C3=B9
ricevere offerte commerciali basate sul mio consumo di dati. Il numero =C3=
=A8
0493 15 62 74.

Grazie
Chiara Esposito

-----Messaggio originale-----
Da: Telvora <offerte@news.telvora.example>
Inviato: venerd=C3=AC 25 settembre 2026 18:30
A: chiara.esposito82@libero.it
Oggetto: Chiara, hai quasi finito i giga: passa a Unlimited a 5 EUR in pi=
=C3=B9

Ciao Chiara,
questo mese hai gi=C3=A0 usato il 92% dei tuoi 20 GB.
Abbiamo pensato a te: passa a Telvora Unlimited 5G a soli 5 EUR in pi=C3=B9=
 al
mese per i primi 6 mesi.

Hai ricevuto questo messaggio perch=C3=A9 hai acconsentito a ricevere offer=
te
personalizzate in base al tuo utilizzo. Per disiscriverti clicca qui.
'''),
    ('pt', 'zimbra-ooo-installer-backoffice-pt', 'automated', (),
'''Return-Path: <>
Received: from zimbra.instalafibra.example (zimbra.instalafibra.example [203.0.113.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4J9Bn4RvKpz4w2Hm
        for <privacy@shop.example.be>; Wed, 14 Oct 2026 11:30:52 +0200 (CEST)
Date: Wed, 14 Oct 2026 10:30:51 +0100 (WEST)
From: Rita Carvalho <rita.carvalho@instalafibra.example>
To: privacy@shop.example.be
Message-ID: <1029384756.4471.1791973851203.JavaMail.zimbra@instalafibra.example>
In-Reply-To: <pt-20261014-0071402@helpdesk.shop.example.be>
Subject: =?utf-8?Q?Aus=C3=AAncia_do_escrit=C3=B3rio:_Re:_Dados_do_cliente_na_ficha_de_i?=
 =?utf-8?Q?nstala=C3=A7=C3=A3o?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.1.3_GA_4618 (zclient/10.1.3_GA_4618)
Thread-Topic: Dados do cliente na ficha de instalação
Thread-Index: 3Kd8fQ2mZ7aPx1TnW0yLb5cR9sJv4g==

Olá,

Estou ausente até dia 26 de outubro, sem acesso ao e-mail.

Para remarcação de instalações contacte o apoio técnico através do
+32 2 555 66 80 ou agendamentos@instalafibra.example.

Questões sobre proteção de dados (RGPD) devem ser enviadas para
dpo@instalafibra.example.

Cumprimentos,
Rita Carvalho
Back-office | InstalaFibra Benelux
'''),
    ('pt', 'operator-roaming-welcome-portugal-service-message', 'automated', (),
'''Return-Path: <bnc-rm-32468xx57@notify.telvora.example>
Received: from notify-out-2.telvora.example (notify-out-2.telvora.example [198.51.100.92])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4J2Xw1TbCqz4w5Lr
        for <privacy@shop.example.be>; Sat, 25 Jul 2026 14:17:09 +0200 (CEST)
From: Telvora <alerts@notify.telvora.example>
To: Rui Matos <privacy@shop.example.be>
Subject: =?UTF-8?B?QmVtLXZpbmRvIGEgUG9ydHVnYWwg4oCTIG8gcm9hbWluZyBl?=
	=?UTF-8?B?c3TDoSBpbmNsdcOtZG8gbm8gc2V1IHRhcmlmw6FyaW8=?=
Date: Sat, 25 Jul 2026 12:17:07 +0000
Message-ID: <roam.welcome.PT.20260725121707.5731@notify.telvora.example>
Auto-Submitted: auto-generated
X-Telvora-Template: roaming_welcome_eu_pt
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

QmVtLXZpbmRvIGEgUG9ydHVnYWwhCgpPbMOhIFJ1aSwKCk8gc2V1IG7Dum1lcm8gKzMyIDQ2OCAq
KiAqKiA1NyBlc3TDoSBhZ29yYSBhIHV0aWxpemFyIGEgcmVkZSBNRU8gZW0gcm9hbWluZy4KClJv
YW1pbmcgbmEgVUUsIHRhbCBjb21vIGVtIGNhc2E6IGFzIGNoYW1hZGFzLCBTTVMgZSBkYWRvcyBk
byBzZXUgdGFyaWbDoXJpbwpUZWx2b3JhIFNtYXJ0IDI1IGZ1bmNpb25hbSBlbSBQb3J0dWdhbCBz
ZW0gY3VzdG9zIGFkaWNpb25haXMsIGRlbnRybyBkYQpwb2zDrXRpY2EgZGUgdXRpbGl6YcOnw6Nv
IHJlc3BvbnPDoXZlbCAoYXTDqSAxNCwyIEdCIGRlIGRhZG9zIGVtIHJvYW1pbmcgcG9yIG3DqnMp
LgoKQ29uc3VtbyBlc3RlIG3DqnMKRGFkb3M6IDMsMSBHQiBkZSAyNSBHQgpEYWRvcyBlbSByb2Ft
aW5nIFVFOiAwLDIgR0IgZGUgMTQsMiBHQgoKVmFtb3MgYXZpc8OhLWxvIHF1YW5kbyBhdGluZ2ly
IDgwJSBlIDEwMCUgZG8gbGltaXRlIGRlIGRhZG9zIGVtIHJvYW1pbmcuCgpOw7ptZXJvcyDDunRl
aXMKRW1lcmfDqm5jaWE6IDExMgpBcG9pbyBUZWx2b3JhIGEgcGFydGlyIGRvIGVzdHJhbmdlaXJv
OiArMzIgMiA1NTUgMDEgMDAgKGdyYXR1aXRvIGEgcGFydGlyIGRhCnJlZGUgVGVsdm9yYSkKCkVz
dGEgw6kgdW1hIG1lbnNhZ2VtIGRlIHNlcnZpw6dvIG9icmlnYXTDs3JpYSBub3MgdGVybW9zIGRv
IFJlZ3VsYW1lbnRvIChVRSkKMjAyMi82MTIgcmVsYXRpdm8gYW8gcm9hbWluZy4gTsOjbyDDqSBw
b3Nzw612ZWwgY2FuY2VsYXIgYSBzdWJzY3Jpw6fDo28gZGVzdGFzCm1lbnNhZ2Vucy4KClRlbHZv
cmEK
'''),
    ('pt', 'energy-portal-erasure-request-completed-notice', 'automated', (),
'''Return-Path: <areacliente@lumina-energie.example>
Received: from mta1.lumina-energie.example (mta1.lumina-energie.example [203.0.113.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JF0r6NxWdz4w3Qz
        for <privacy@shop.example.be>; Mon, 30 Nov 2026 16:45:21 +0100 (CET)
From: Lumina Energie <areacliente@lumina-energie.example>
To: Ana Paula Ferreira <privacy@shop.example.be>
Subject: =?UTF-8?Q?Pedido_RGPD-2026-11-00418_=E2=80=93_apagamento_de_dados_conclu?=
 =?UTF-8?Q?=C3=ADdo?=
Date: Mon, 30 Nov 2026 15:45:18 +0000
Message-ID: <rgpd-2026-11-00418.closed@lumina-energie.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="lum-ac-00418"

--lum-ac-00418
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Exma. Senhora Ana Paula Ferreira,

Informamos que o seu pedido de apagamento de dados pessoais, apresentado em
2 de novembro de 2026 atrav=C3=A9s da =C3=81rea de Cliente, foi conclu=C3=
=ADdo.

Pedido n.=C2=BA: RGPD-2026-11-00418

Dados apagados:
- dados de contacto para fins de marketing (e-mail, telem=C3=B3vel);
- hist=C3=B3rico de navega=C3=A7=C3=A3o e prefer=C3=AAncias na =C3=81rea de=
 Cliente;
- leituras de contador e dados de consumo anteriores a 2020.

Dados que continuamos a conservar, e porqu=C3=AA:
- contrato de fornecimento, faturas e pagamentos: obriga=C3=A7=C3=A3o legal=
 de
  conserva=C3=A7=C3=A3o de documentos contabil=C3=ADsticos (7 anos);
- leituras de contador dos =C3=BAltimos 5 anos: necess=C3=A1rias para a fat=
ura=C3=A7=C3=A3o e
  para eventuais reclama=C3=A7=C3=B5es (artigo 17.=C2=BA, n.=C2=BA 3, al=C3=
=ADnea b) e e) do RGPD).

O seu consentimento para comunica=C3=A7=C3=B5es comerciais foi retirado e d=
eixar=C3=A1 de
receber ofertas da Lumina Energie. As mensagens de servi=C3=A7o (faturas, a=
visos
de leitura do contador) continuar=C3=A3o a ser enviadas.

Se n=C3=A3o concordar com esta resposta, pode contactar o nosso Encarregado=
 de
Prote=C3=A7=C3=A3o de Dados (epd@lumina-energie.example) ou apresentar recl=
ama=C3=A7=C3=A3o junto
da autoridade de controlo.

Com os melhores cumprimentos,
Lumina Energie - Prote=C3=A7=C3=A3o de Dados

Esta mensagem foi enviada automaticamente a partir da =C3=81rea de Cliente.

--lum-ac-00418
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px"><p>Exma. =
Senhora Ana Paula Ferreira,</p><p>Informamos que o seu pedido de apagamento=
 de dados pessoais, apresentado em<br>2 de novembro de 2026 atrav=C3=A9s da=
 =C3=81rea de Cliente, foi conclu=C3=ADdo.</p><p>Pedido n.=C2=BA: RGPD-2026=
-11-00418</p><p>Dados apagados:<br>- dados de contacto para fins de marketi=
ng (e-mail, telem=C3=B3vel);<br>- hist=C3=B3rico de navega=C3=A7=C3=A3o e p=
refer=C3=AAncias na =C3=81rea de Cliente;<br>- leituras de contador e dados=
 de consumo anteriores a 2020.</p><p>Dados que continuamos a conservar, e p=
orqu=C3=AA:<br>- contrato de fornecimento, faturas e pagamentos: obriga=C3=
=A7=C3=A3o legal de<br>  conserva=C3=A7=C3=A3o de documentos contabil=C3=AD=
sticos (7 anos);<br>- leituras de contador dos =C3=BAltimos 5 anos: necess=
=C3=A1rias para a fatura=C3=A7=C3=A3o e<br>  para eventuais reclama=C3=A7=
=C3=B5es (artigo 17.=C2=BA, n.=C2=BA 3, al=C3=ADnea b) e e) do RGPD).</p><p=
>O seu consentimento para comunica=C3=A7=C3=B5es comerciais foi retirado e =
deixar=C3=A1 de<br>receber ofertas da Lumina Energie. As mensagens de servi=
=C3=A7o (faturas, avisos<br>de leitura do contador) continuar=C3=A3o a ser =
enviadas.</p><p>Se n=C3=A3o concordar com esta resposta, pode contactar o n=
osso Encarregado de<br>Prote=C3=A7=C3=A3o de Dados (epd@lumina-energie.exam=
ple) ou apresentar reclama=C3=A7=C3=A3o junto<br>da autoridade de controlo.=
</p><p>Com os melhores cumprimentos,<br>Lumina Energie - Prote=C3=A7=C3=A3o=
 de Dados</p><p>Esta mensagem foi enviada automaticamente a partir da =C3=
=81rea de Cliente.<br></p></body></html>

--lum-ac-00418--
'''),
    ('pt', 'person-asks-topup-and-usage-history-file-above-receipt', 'portability', (),
'''Return-Path: <rui.fontes77@sapo.pt>
Received: from smtp.sapo.pt (relay6.ptmail.sapo.pt [213.13.146.166])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JB9q2KrLhz4w6Yn
        for <privacy@shop.example.be>; Fri, 23 Oct 2026 17:04:38 +0200 (CEST)
Received: from [10.182.44.9] (unknown [89.115.204.71])
	(Authenticated sender: rui.fontes77@sapo.pt)
	by smtp.sapo.pt (Postfix) with ESMTPSA id 9E3B21A004D
	for <privacy@shop.example.be>; Fri, 23 Oct 2026 16:04:37 +0100 (WEST)
From: Rui Fontes <rui.fontes77@sapo.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Fwd=3A_Recibo_de_carregamento_10=2C00_EUR?=
Date: Fri, 23 Oct 2026 16:04:33 +0100
Message-ID: <f3b1a9c0-7e42-4d18-bb65-2c9e81d4a070@sapo.pt>
MIME-Version: 1.0
User-Agent: K-9 Mail for Android
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Boa tarde,

Vou mudar para outro operador no fim do m=C3=AAs e levar o n=C3=BAmero comi=
go
(a portabilidade j=C3=A1 est=C3=A1 pedida). Mas gostava de levar tamb=C3=A9=
m o meu
hist=C3=B3rico: todos os carregamentos que fiz nas vossas lojas desde 2023 =
e o
consumo mensal de dados e chamadas.

Podem enviar-me isso num ficheiro, tipo Excel ou CSV, que eu possa abrir e
entregar ao novo operador? O tal=C3=A3o abaixo =C3=A9 o =C3=BAltimo que rec=
ebi, para
saberem qual =C3=A9 o n=C3=BAmero.

Obrigado,
Rui Fontes
(enviado do telem=C3=B3vel)

-------- Mensagem original --------
De: Telvora Pr=C3=A9-pago <recargas@telvora.example>
Data: 14/10/2026 18:21
Para: rui.fontes77@sapo.pt
Assunto: Recibo de carregamento 10,00 EUR

TELVORA PR=C3=89-PAGO - RECIBO DE CARREGAMENTO
N=C3=BAmero: +32 466 ** ** 04
Valor: 10,00 EUR
Local: Shop Example Schaerbeek (caixa 2)
Transa=C3=A7=C3=A3o: TPP-20261014-7790412
Novo saldo: 11,60 EUR
'''),
]

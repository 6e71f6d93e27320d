"""Seventy-first set: robot mail of the partners whose tickets, travel and insurance the shop sells (booking engines and tour operators: booking confirmations with passport fields, schedule changes, check-in reminders; ticketing platforms: tickets issued in a name, transfer and resale notices, event cancellations; car and van rental desks: driving-licence checks, damage reports, deposit releases; insurers: policy documents, claim portals, claim-status notices; airline notices, partner marketing, bounces and auto-replies of their mails), plus people whose mail looks automatic (en, nl, fr, de, es, it, pt). Written apart from the code."""

ROBOTS = [
    ('en', 'booking-engine-agent-copy-city-trip-passport-fields', 'automated', (),
'''Return-Path: <bounces+agency-4412@mail.voyalis.example>
Received: from o7.mail.voyalis.example (o7.mail.voyalis.example [198.51.100.114])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jb7Kc2Qm1z5x0Tr
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 10:14:52 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=voyalis.example;
	s=bk1; t=1776327290; h=from:to:subject:date:message-id:mime-version;
	bh=q2Vf0KLm9xR4sT7uW1yZ3bC6dE8gH0jK2mN5pQ7rS9t=;
	b=Tq8Wm3Kp0Xr5Ls2Vn7Bh4Cj9Dk1Fg6Hl3Jm8Np0Qr5St2Uv7Wx4Yz9Ab1Cd6Ef3Gh
From: Voyalis Booking Engine <bookings@voyalis.example>
Reply-To: Voyalis Agency Desk <agencydesk@voyalis.example>
To: privacy@shop.example.be
Subject: Agent copy - Booking VYL-26-0416-88321 confirmed - Lisbon city trip (2 pax)
Date: Thu, 16 Apr 2026 08:14:50 +0000
Message-ID: <bk.88321.agentcopy.1776327290@engine.voyalis.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Voyalis BookingCore 7.4 (notify)
X-Voyalis-Agency: BE-SE-0412
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_vyl_88321_alt"

--=_vyl_88321_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

VOYALIS - AGENT COPY
Booking VYL-26-0416-88321 is CONFIRMED

Agency:          Shop Example Leuven - travel counter (BE-SE-0412)
Booked by:       agent SE0412-03
Booked on:       16/04/2026 10:12
Payment:         paid at agency (card), EUR 1,184.00

TRAVELLERS
1. MRS HANNAH VERMEER-COLE (lead traveller)
   Date of birth:   **/**/1988
   Nationality:     GBR
   Passport:        ******5521   expires 09/2031   issued GBR
2. MR TOMAS VERMEER
   Date of birth:   **/**/1986
   Nationality:     NLD
   Passport:        ******0937   expires 02/2029   issued NLD

FLIGHTS
SL 2261  Brussels (BRU) 06:55 -> Lisbon (LIS) 08:45   Fri 29/05/2026
SL 2266  Lisbon (LIS) 19:40 -> Brussels (BRU) 23:25   Tue 02/06/2026
Checked baggage: 1 x 23 kg per traveller

HOTEL
Casa do Largo, Alfama - 4 nights - double room, breakfast included

Advance Passenger Information
The passport data above were entered at the agency and are transmitted to
the operating airline and, where the law of the country of departure or
destination requires it, to the border authorities (API/PNR). Voyalis
processes these data as controller under the General Data Protection
Regulation. The agency must not keep a photocopy or scan of the travellers'
passports once the booking is confirmed.

Travellers may exercise their rights of access, rectification, erasure,
restriction and objection, and the right to data portability, by writing to
privacy@voyalis.example. They may lodge a complaint with the Data Protection
Authority (Belgium).

This agent copy is sent automatically to the notification address registered
for your agency. Please do not reply: this mailbox is not monitored. For
changes to the booking use the Voyalis Agency Portal or call the agency desk
on +32 2 808 41 70.
--=_vyl_88321_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:13px">
<h2 style=3D"color:#0b5e8a">Voyalis &ndash; agent copy</h2>
<p>Booking <b>VYL-26-0416-88321</b> is <b>CONFIRMED</b>.</p>
<table cellpadding=3D"3">
<tr><td>Agency</td><td>Shop Example Leuven &ndash; travel counter (BE-SE-04=
12)</td></tr>
<tr><td>Lead traveller</td><td>MRS HANNAH VERMEER-COLE</td></tr>
<tr><td>Passport</td><td>******5521 &ndash; exp. 09/2031 &ndash; GBR</td></=
tr>
<tr><td>Second traveller</td><td>MR TOMAS VERMEER &ndash; ******0937 &ndash=
; NLD</td></tr>
<tr><td>Flights</td><td>SL 2261 BRU-LIS 29/05 &middot; SL 2266 LIS-BRU 02/0=
6</td></tr>
<tr><td>Hotel</td><td>Casa do Largo, Alfama, 4 nights</td></tr>
</table>
<p style=3D"font-size:11px;color:#666">Passport data are transmitted to the=
 airline and, where required, to border authorities (API/PNR). Voyalis is c=
ontroller under the GDPR. Rights of access, rectification, erasure, restric=
tion, objection and portability: privacy@voyalis.example.<br>Automatic mess=
age &ndash; please do not reply.</p>
</body></html>
--=_vyl_88321_alt--
'''),
    ('en', 'postfix-bounce-headers-only-claim-police-report-reply', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
	id 4Jc1Rz6Ttwz5x3Vm; Mon, 20 Apr 2026 15:31:07 +0200 (CEST)
Date: Mon, 20 Apr 2026 15:31:07 +0200 (CEST)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Jc1Rz6Ttwz5x3Vm.1776691867/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260420133107.4Jc1Rz6Ttwz5x3Vm@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4Jc1Rz6Ttwz5x3Vm.1776691867/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<g.ashworth1961@btinternet.example>: host
    mx-eu.mail.am0.yahoodns.example[203.0.113.18] said: 552 5.2.2
    Mailbox full - please try again later (in reply to RCPT TO command)

--4Jc1Rz6Ttwz5x3Vm.1776691867/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4Jc1Rz6Ttwz5x3Vm
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 20 Apr 2026 15:31:04 +0200 (CEST)

Final-Recipient: rfc822; g.ashworth1961@btinternet.example
Original-Recipient: rfc822;g.ashworth1961@btinternet.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx-eu.mail.am0.yahoodns.example
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - please try again later

--4Jc1Rz6Ttwz5x3Vm.1776691867/mx1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Jc1Rz6Ttwz5x3Vm
	for <g.ashworth1961@btinternet.example>; Mon, 20 Apr 2026 15:31:04 +0200 (CEST)
Date: Mon, 20 Apr 2026 15:31:02 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Geoffrey Ashworth <g.ashworth1961@btinternet.example>
Subject: Re: Please delete the copy of my police report - travel claim
 AN-TR-2026-31177
Message-ID: <pt-20260420-0044120@helpdesk.shop.example.be>
In-Reply-To: <1913355820.4471290.1776165332@mail.yahoo.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--4Jc1Rz6Ttwz5x3Vm.1776691867/mx1.shop.example.be--
'''),
    ('en', 'insurer-claim-portal-medical-docs-received-intermediary-copy', 'automated', (),
'''Return-Path: <noreply-claims@assuranord.example>
Received: from smtp-out2.assuranord.example (smtp-out2.assuranord.example [203.0.113.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jd4Hn0Xb8z5x1Qw
        for <privacy@shop.example.be>; Wed, 06 May 2026 09:02:41 +0200 (CEST)
From: Assura Nord Claims <noreply-claims@assuranord.example>
To: privacy@shop.example.be
Subject: Claim TR-2026-004417 - documents received, assessment in progress
 (copy for intermediary)
Date: Wed, 06 May 2026 07:02:39 +0000
Message-ID: <claims.TR-2026-004417.docs.20260506070239@portal.assuranord.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: ClaimFlow 5 Notification Service
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

ASSURA NORD - CLAIMS PORTAL
Status update - copy for the intermediary

Claim number:       TR-2026-004417
Policy:             Travel Cancellation Plus - TCP-BE-7720193
Sold by:            Shop Example Namur (intermediary code 0412-NAM)
Policyholder:       Mr D. Lambrecht
Event:              trip cancelled - illness before departure (Crete, 12/05/2026)
Status:             DOCUMENTS RECEIVED - ASSESSMENT IN PROGRESS

Documents received on 05/05/2026:
  [x] Booking confirmation and cancellation invoice of the tour operator
  [x] Medical certificate (sealed envelope for our medical adviser)
  [x] Proof of payment
  [ ] IBAN confirmation - awaited from the policyholder

What happens next
We expect to decide on the claim within 15 working days of receiving the last
document. The policyholder receives the decision directly.

About the personal data in this claim
The medical certificate contains data concerning health, a special category
of personal data (Art. 9 GDPR). It is read only by our medical adviser and is
not shared with the intermediary: this copy therefore shows no medical detail.
Claim files are kept for 10 years after the claim is closed, as required by
insurance law, and are then erased. The policyholder may ask for access to
or rectification of his data, object to their processing or ask for their
restriction or erasure where the law allows, by writing to our Data
Protection Officer (dpo@assuranord.example). He may also lodge a complaint
with the Data Protection Authority, rue de la Presse 35, 1000 Brussels.

Intermediaries must not keep copies of medical documents handed over at the
counter: forward them in the sealed envelope and do not scan them.

This message was generated automatically by the Assura Nord claims portal.
Replies to this address are not processed. Log in at
https://partners.assuranord.example/claims to follow the claim.
'''),
    ('en', 'exchange-ooo-tour-operator-partner-manager', 'automated', (),
'''Return-Path: <k.delahaye@voyalis.example>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2092.outbound.protection.outlook.com [40.107.20.92])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jd9Wc1Mp3z5x4Ks
        for <privacy@shop.example.be>; Fri, 08 May 2026 16:40:18 +0200 (CEST)
From: Karen Delahaye <k.delahaye@voyalis.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Passport copies kept at the Leuven travel counter -
 erasure and your processor agreement
Thread-Topic: Passport copies kept at the Leuven travel counter - erasure and
 your processor agreement
Thread-Index: AQHdXx9kP0Vb2mQ7Ekq1nW3sR8yT1A==
Date: Fri, 08 May 2026 14:40:16 +0000
Message-ID: <DB9PR04MB84417E3C2A91F0D6B5C8E12A99F40@DB9PR04MB8441.eurprd04.prod.outlook.com>
In-Reply-To: <pt-20260508-0051733@helpdesk.shop.example.be>
References: <pt-20260508-0051733@helpdesk.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: k.delahaye@voyalis.example
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_DB9PR04MB84417E3C2A91F0D6B5C8E12A99F40DB9PR04MB8441eurp_"

--_000_DB9PR04MB84417E3C2A91F0D6B5C8E12A99F40DB9PR04MB8441eurp_
Content-Type: text/plain; charset="us-ascii"

Thank you for your message.

I am away from 8 May until 25 May 2026 and have limited access to my e-mail.

Booking questions and changes: Voyalis Agency Desk, agencydesk@voyalis.example,
+32 2 808 41 70 (Mon-Fri 9:00-18:00).
Data protection matters (data subject requests, processing agreements,
incidents): please write to our DPO, privacy@voyalis.example, who will
answer within the legal deadline.

Your e-mail will not be forwarded.

Kind regards,
Karen Delahaye
Partner Manager Benelux - Voyalis

--_000_DB9PR04MB84417E3C2A91F0D6B5C8E12A99F40DB9PR04MB8441eurp_
Content-Type: text/html; charset="us-ascii"

<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Thank you for your message.</p>
<p>I am away from 8 May until 25 May 2026 and have limited access to my e-mail.</p>
<p>Booking questions and changes: Voyalis Agency Desk, agencydesk@voyalis.example, +32 2 808 41 70 (Mon-Fri 9:00-18:00).<br>
Data protection matters (data subject requests, processing agreements, incidents): please write to our DPO, privacy@voyalis.example, who will answer within the legal deadline.</p>
<p>Your e-mail will not be forwarded.</p>
<p>Kind regards,<br>Karen Delahaye<br>Partner Manager Benelux - Voyalis</p>
</div></body></html>

--_000_DB9PR04MB84417E3C2A91F0D6B5C8E12A99F40DB9PR04MB8441eurp_--
'''),
    ('en', 'person-forwards-ticket-transfer-notice-asks-what-is-held', 'access', (),
'''Return-Path: <niamh.obrien.gent@gmail.example>
Received: from mail-wm1-f49.google.example (mail-wm1-f49.google.example [209.85.128.49])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jf2Lq5Zc7z5x6Hn
        for <privacy@shop.example.be>; Sun, 17 May 2026 21:07:33 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.example; s=20230601;
	h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
	bh=Yx3Lq8Vn1Tm6Rb0Ws5Kd2Pj9Hf4Cg7Ae1Zu3Io8Np5Q=;
	b=Pr0Ks7Mv2Xn9Lq4Wt1Bz6Cy3Dh8Fj5Gk0Hm7Jn2Qp9Rs4Tu1Vw6Xy3Za8Bc5De0Fg
MIME-Version: 1.0
References: <tx.transfer.BE26-771904.1779030111@notify.tixbeam.example>
In-Reply-To: <tx.transfer.BE26-771904.1779030111@notify.tixbeam.example>
From: Niamh O'Brien <niamh.obrien.gent@gmail.example>
Date: Sun, 17 May 2026 21:07:20 +0200
Message-ID: <CAH7vQ2nJk4Lw9xPq+3RtY8mZ0bC5dE1fG6hT2uV7wX4yA@mail.gmail.example>
Subject: Fwd: Your ticket has been transferred
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hello,

I bought two tickets for Arctic Pines (Sportpaleis, 13 June) at the ticket
desk in your Gent Zuid store in February. I paid cash and the lady typed in
my name, email and phone number. Tonight I got the mail below saying one of
them was transferred to a "J. Peeters". I did not transfer anything and I
don't know any J. Peeters.

I have written to TixBeam as well, but first I would like to know from you
what you registered about me when I bought the tickets: which details, whether
you kept them, and to whom you passed them (only TixBeam or others as well?).
Please send me a copy of all of it.

Thanks,
Niamh O'Brien
0472 58 19 06

---------- Forwarded message ---------
From: TixBeam <no-reply@notify.tixbeam.example>
Date: Sun, 17 May 2026 at 17:01
Subject: Your ticket has been transferred
To: <niamh.obrien.gent@gmail.example>


TixBeam

Hi Niamh,

Your ticket has been transferred.

Event:      Arctic Pines - Northbound Tour 2026
Venue:      Sportpaleis, Antwerpen
Date:       Saturday 13 June 2026, doors 18:30
Ticket:     Standing - Floor, ticket 2 of 2 (BE26-771904-02)
New holder: J. Peeters

The ticket is now issued in the name of the new holder and no longer
appears in your account. The holder's name must match an identity
document at the entrance.

Didn't do this? Contact us within 48 hours via
https://help.tixbeam.example/transfer

You receive this service message because you hold a ticket bought at an
official TixBeam point of sale. Privacy statement:
https://tixbeam.example/privacy

(c) 2026 TixBeam BV - this is an automated message, do not reply.
'''),
    ('nl', 'rental-desk-licence-check-passed-van-few-headers', 'automated', (),
'''Return-Path: <noreply@rijwijs-verhuur.example>
Received: from app3.rijwijs-verhuur.example (app3.rijwijs-verhuur.example [198.51.100.203])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Jb2Tm8Fh0z5x2Pq
        for <privacy@shop.example.be>; Sat, 11 Apr 2026 09:47:26 +0200 (CEST)
From: "RijWijs Verhuur - balie Hasselt" <noreply@rijwijs-verhuur.example>
To: privacy@shop.example.be
Subject: Rijbewijscontrole geslaagd - reservering RW-BE-26-07781
Date: Sat, 11 Apr 2026 09:47:24 +0200
Message-ID: <rw-07781-lic-20260411094724@app3.rijwijs-verhuur.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

RijWijs Verhuur
Verhuurbalie in Shop Example Hasselt (Genkersteenweg)

Rijbewijscontrole - resultaat

Reservering:        RW-BE-26-07781
Voertuig:           bestelwagen 12 m³ (categorie B), 1-AKX-418
Ophalen:            za 11/04/2026 10:00 - Shop Example Hasselt
Terugbrengen:       ma 13/04/2026 18:00 - Shop Example Hasselt

Bestuurder:         Wouter J.
Rijbewijs:          Belgisch, nr. ******4420, categorie B
Geldig tot:         03/2033
Afgegeven op:       meer dan 2 jaar geleden - OK
Minimumleeftijd 21: OK
Echtheid document:  OK (controle met de scan-app aan de balie)
Resultaat:          GESLAAGD

Wat bewaren we?
Een foto van de voor- en achterkant van het rijbewijs wordt bij het
huurcontract gevoegd. We bewaren ze tot 30 dagen na het terugbrengen van
het voertuig, of langer als er een schadegeval of een boete loopt. Daarna
worden de foto's automatisch gewist. RijWijs Verhuur is
verwerkingsverantwoordelijke volgens de AVG; de medewerker van Shop Example
aan de balie mag geen eigen kopie maken. Meer over je rechten (inzage,
verbetering, wissing, bezwaar) lees je op rijwijs-verhuur.example/privacy.

Dit bericht werd automatisch verstuurd door het balieprogramma naar het
contactadres van het verhuurpunt. Antwoorden op deze e-mail worden niet
gelezen.
'''),
    ('nl', 'belgian-isp-bounce-mailbox-closed-passport-reply', 'automated', (),
'''Return-Path: <>
Received: from mailsec2.telenet-ops.example (mailsec2.telenet-ops.example [195.130.132.42])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jc6Nw2Dk5z5x8Br
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 11:20:09 +0200 (CEST)
Date: Thu, 23 Apr 2026 11:20:08 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@telenet-ops.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Onbestelbaar_bericht_/_Message_non_d=C3=A9livr=C3=A9?=
Message-ID: <ndr.20260423112008.77a4c1@mailsec2.telenet-ops.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ndr-77a4c1-8830"

--ndr-77a4c1-8830
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dit is een automatisch bericht van het mailsysteem.

Uw bericht kon niet worden afgeleverd aan de volgende ontvanger(s):

    an.devriendt@telenet.example

Reden: deze mailbox werd afgesloten (abonnement beëindigd). Het adres bestaat
niet meer. Probeer de ontvanger op een andere manier te bereiken.

---

Ceci est un message automatique du système de messagerie.

Votre message n'a pas pu être délivré au(x) destinataire(s) suivant(s) :

    an.devriendt@telenet.example

Raison : cette boîte aux lettres a été clôturée (abonnement résilié).

--ndr-77a4c1-8830
Content-Type: message/delivery-status

Reporting-MTA: dns; mailsec2.telenet-ops.example
Arrival-Date: Thu, 23 Apr 2026 11:20:06 +0200

Final-Recipient: rfc822; an.devriendt@telenet.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <an.devriendt@telenet.example>: mailbox
 closed

--ndr-77a4c1-8830
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Jc6Nv6Rw1z5x8Bp
	for <an.devriendt@telenet.example>; Thu, 23 Apr 2026 11:20:05 +0200 (CEST)
Date: Thu, 23 Apr 2026 11:20:03 +0200
From: Shop Example Privacyteam <privacy@shop.example.be>
To: An Devriendt <an.devriendt@telenet.example>
Subject: Re: Mijn paspoortgegevens bij de boeking naar Kreta
Message-ID: <pt-20260423-0046921@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste mevrouw Devriendt,

Dank u voor uw bericht van 14 april over de reis naar Kreta die u op
2 april aan de reisbalie in onze winkel in Roeselare boekte.

Wij hebben nagekeken welke gegevens Shop Example bewaart: uw naam, uw
e-mailadres, uw gsm-nummer en het boekingsnummer van Voyalis
(VYL-26-0402-80144). Uw paspoortnummer werd in het boekingsprogramma van
Voyalis ingevuld en wordt niet bij ons bewaard; een kopie van uw paspoort
hebben wij niet.

Voor de gegevens die Voyalis als reisorganisator bewaart, kunt u terecht
bij privacy@voyalis.example.

Met vriendelijke groeten,

Jonas Verhaeghe
Privacyteam - Shop Example BV

--ndr-77a4c1-8830--
'''),
    ('nl', 'ticketing-festival-cancelled-automatic-refund-counter-sale', 'automated', (),
'''Return-Path: <bounce-nl-55120@mailing.tixbeam.example>
Received: from out-12.mailing.tixbeam.example (out-12.mailing.tixbeam.example [203.0.113.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jg0Bs7Kx2z5x9Ct
        for <privacy@shop.example.be>; Tue, 02 Jun 2026 13:05:44 +0200 (CEST)
From: TixBeam <no-reply@notify.tixbeam.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Evenement_geannuleerd=3A_Zomerbries_Festival_=E2=80=93_terugbetaling_volgt_automatisch?=
Date: Tue, 02 Jun 2026 11:05:41 +0000
Message-ID: <tx.cancel.ZBF26.order-POS-2031-5512.1780398341@notify.tixbeam.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
X-TixBeam-Template: event_cancelled_pos_v3
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="tbx-alt-5512"

--tbx-alt-5512
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

TixBeam

Evenement geannuleerd

Het volgende evenement gaat niet door:

Zomerbries Festival 2026 - dagticket zaterdag
Domein Kiewit, Hasselt - zaterdag 11 juli 2026

De organisator heeft het evenement geannuleerd. Je hoeft niets te doen:
de terugbetaling gebeurt automatisch.

Bestelling:        POS-2031-5512 (verkocht via verkooppunt Shop Example Gen=
k)
Tickets:           3 x dagticket zaterdag, op naam
Bedrag:            3 x 69,00 EUR + 3 x 2,50 EUR servicekosten =3D 214,50 EUR
Terugbetaling:     214,50 EUR, binnen 14 werkdagen
Hoe:               op de betaalkaart die aan het verkooppunt werd gebruikt

Je ontvangt dit bericht omdat dit e-mailadres bij de verkoop als
contactadres werd opgegeven. Klopt dat niet? Laat het ons weten via
help.tixbeam.example.

Wat gebeurt er met je gegevens?
De namen op de tickets en de betaalgegevens van deze bestelling gebruiken we
alleen voor de terugbetaling. We bewaren ze zolang de boekhoudwetgeving dat
vraagt (7 jaar) en wissen ze daarna. We geven ze niet door aan de
organisator voor marketing. Je kan je gegevens inkijken, laten verbeteren of
laten verwijderen via tixbeam.example/privacy; heb je een TixBeam-account,
dan kan je het daar ook zelf sluiten.

Dit is een automatisch bericht. Antwoorden op deze e-mail worden niet
gelezen.
--tbx-alt-5512
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Helvetica,Arial,sans-serif">
<h1 style=3D"font-size:20px">Evenement geannuleerd</h1>
<p><b>Zomerbries Festival 2026</b> &ndash; dagticket zaterdag<br>Domein Kie=
wit, Hasselt &ndash; zaterdag 11 juli 2026</p>
<p>De terugbetaling van <b>214,50 EUR</b> gebeurt automatisch binnen 14 wer=
kdagen.</p>
<p style=3D"font-size:11px;color:#777">Bestelling POS-2031-5512 &ndash; ver=
kooppunt Shop Example Genk. Namen op de tickets en betaalgegevens worden en=
kel voor de terugbetaling gebruikt en 7 jaar bewaard. Inzage, verbetering, =
verwijdering: tixbeam.example/privacy. Automatisch bericht &ndash; niet bea=
ntwoorden.</p>
</body></html>
--tbx-alt-5512--
'''),
    ('nl', 'person-objects-to-tour-operator-mails-above-forwarded-newsletter', 'objection', (),
'''Return-Path: <ilse.vanhoutte@skynet.example>
Received: from mailrelay115.skynet.example (mailrelay115.skynet.example [195.238.20.142])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Jd6Yp4Gr9z5x1Lm
        for <privacy@shop.example.be>; Thu, 07 May 2026 08:12:37 +0200 (CEST)
From: Ilse Vanhoutte <ilse.vanhoutte@skynet.example>
To: privacy@shop.example.be
Subject: TR: Last minute zon! Tot -30% op Kreta en Rhodos
Date: Thu, 07 May 2026 08:12:31 +0200
Message-ID: <000d01dcde12$8f3a2c40$adae84c0$@skynet.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHd3hJ+kL9wQmX0a2vPz8sT1cYbEw==
Content-Language: nl-be

Goeiemorgen,

In december heb ik aan de reisbalie van jullie winkel in Kortrijk een reis
naar Tenerife geboekt. De reis was prima, daar gaat het niet over.
Maar sindsdien krijg ik van Voyalis bijna elke week zo'n mail als hieronder,
en sinds kort ook sms'en. Ik heb daar nooit om gevraagd.

Ik wil dat jullie en Voyalis mijn gegevens niet meer gebruiken voor reclame,
niet per mail en niet per sms. Mijn klantenkaart bij jullie mag gewoon
blijven bestaan.

Met vriendelijke groeten,
Ilse Vanhoutte
Gentsesteenweg 212, 8530 Harelbeke

-----Oorspronkelijk bericht-----
Van: Voyalis <news@mail.voyalis.example>
Verzonden: woensdag 6 mei 2026 18:30
Aan: ilse.vanhoutte@skynet.example
Onderwerp: Last minute zon! Tot -30% op Kreta en Rhodos

Beste Ilse,

De zomer staat voor de deur! Boek nu je last minute en geniet van tot 30%
korting op geselecteerde hotels op Kreta en Rhodos.

>> Ontdek alle last minutes
>> Of boek aan de reisbalie in je Shop Example-winkel

Je ontvangt deze nieuwsbrief omdat je bij Voyalis of bij een van onze
partners een reis boekte. Geen nieuwsbrief meer ontvangen? Schrijf je hier
uit. Lees onze privacyverklaring op voyalis.example/privacy.
Voyalis NV - Havenlaan 86, 1000 Brussel - BTW BE 0655.412.907
'''),
    ('fr', 'sendmail-bounce-company-relay-van-deposit-reply', 'automated', (),
'''Return-Path: <>
Received: from mail.cabinet-dufour.example (mail.cabinet-dufour.example [198.51.100.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jc3Fb9Vq6z5x2Dn
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 17:44:02 +0200 (CEST)
Received: from localhost (localhost)
	by mail.cabinet-dufour.example (8.17.2/8.17.2) id 63LFi1Xk018832;
	Tue, 21 Apr 2026 17:44:01 +0200
Date: Tue, 21 Apr 2026 17:44:01 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.cabinet-dufour.example>
Message-Id: <202604211544.63LFi1Xk018832@mail.cabinet-dufour.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="63LFi1Xk018832.1776786241/mail.cabinet-dufour.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--63LFi1Xk018832.1776786241/mail.cabinet-dufour.example

The original message was received at Tue, 21 Apr 2026 17:43:58 +0200
from mx1.shop.example.be [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<m.lefevre@cabinet-dufour.example>
    (reason: 550 5.1.1 <m.lefevre@cabinet-dufour.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to local delivery agent:
550 5.1.1 <m.lefevre@cabinet-dufour.example>... User unknown

--63LFi1Xk018832.1776786241/mail.cabinet-dufour.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.cabinet-dufour.example
Received-From-MTA: DNS; mx1.shop.example.be
Arrival-Date: Tue, 21 Apr 2026 17:43:58 +0200

Final-Recipient: RFC822; m.lefevre@cabinet-dufour.example
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Unix; 550 5.1.1 User unknown
Last-Attempt-Date: Tue, 21 Apr 2026 17:44:01 +0200

--63LFi1Xk018832.1776786241/mail.cabinet-dufour.example
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Jc3FZ2Lk8z5x2Dm
	for <m.lefevre@cabinet-dufour.example>; Tue, 21 Apr 2026 17:43:57 +0200 (CEST)
Date: Tue, 21 Apr 2026 17:43:55 +0200
From: =?utf-8?Q?=C3=89quipe_Vie_priv=C3=A9e_Shop_Example?= <privacy@shop.example.be>
To: Marc Lefèvre <m.lefevre@cabinet-dufour.example>
Subject: =?utf-8?Q?Re=3A_Caution_camionnette_et_copie_de_mon_permis_de_conduire?=
Message-ID: <pt-20260421-0045388@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Monsieur Lefèvre,

Nous avons bien reçu votre message du 16 avril.

Concernant la copie de votre permis de conduire : le comptoir de location
installé dans notre magasin de Wavre est exploité par RijWijs Verhuur, qui
conserve la photo du permis dans le contrat de location. Shop Example n'en
garde aucune copie. Nous avons transmis votre demande d'effacement à
RijWijs Verhuur, qui vous répondra directement.

Concernant la caution de 300 EUR, nous ne pouvons malheureusement pas
intervenir : veuillez contacter le service clientèle de RijWijs Verhuur
(+32 11 30 72 00).

Bien cordialement,

Camille Renard
Équipe Vie privée - Shop Example SRL

--63LFi1Xk018832.1776786241/mail.cabinet-dufour.example--
'''),
    ('fr', 'airline-schedule-change-agency-booking-api-data', 'automated', (),
'''Return-Path: <notifications@skyluna.example>
Received: from mta-eu3.skyluna.example (mta-eu3.skyluna.example [203.0.113.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Je1Qk3Sn0z5x3Wf
        for <privacy@shop.example.be>; Mon, 11 May 2026 06:02:15 +0200 (CEST)
From: SkyLuna <notifications@skyluna.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Modification_d=E2=80=99horaire_=E2=80=93_r=C3=A9servation_Q7KX2M_=E2=80=93_vol_SL_4471_Bruxelles_=E2=86=92_Tenerife?=
Date: Mon, 11 May 2026 04:02:12 +0000
Message-ID: <sc.Q7KX2M.20260511040212.5521@ops.skyluna.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

SkyLuna - Information importante concernant votre vol

R=C3=A9f=C3=A9rence de r=C3=A9servation : Q7KX2M
R=C3=A9serv=C3=A9 via : agence Shop Example Charleroi (IATA 0841 2273)

L'horaire de votre vol a =C3=A9t=C3=A9 modifi=C3=A9.

ANCIEN HORAIRE
SL 4471  Bruxelles (BRU) 07:10 -> Tenerife Sud (TFS) 11:05
         samedi 27 juin 2026

NOUVEL HORAIRE
SL 4471  Bruxelles (BRU) 09:45 -> Tenerife Sud (TFS) 13:40
         samedi 27 juin 2026

Passagers :
  M. BENOIT GILSON
  MME SARAH GILSON-MARCHAL
  MLLE =C3=89MILIE GILSON (enfant)

Le vol retour SL 4472 du 11 juillet 2026 n'est pas modifi=C3=A9.

Que devez-vous faire ?
Si le nouvel horaire vous convient, vous n'avez rien =C3=A0 faire. Sinon, v=
ous
pouvez, dans les 7 jours, choisir gratuitement un autre vol ou demander le
remboursement via votre agence de voyages.

Donn=C3=A9es de passeport (API)
Les informations de passeport enregistr=C3=A9es pour cette r=C3=A9servation=
 restent
valables et seront transmises aux autorit=C3=A9s espagnoles avant le d=C3=
=A9part,
conform=C3=A9ment =C3=A0 la l=C3=A9gislation applicable. SkyLuna traite ces=
 donn=C3=A9es en tant
que responsable du traitement conform=C3=A9ment au RGPD. Pour exercer vos d=
roits
d'acc=C3=A8s, de rectification ou d'effacement : privacy@skyluna.example.

Ce message est envoy=C3=A9 automatiquement =C3=A0 l'adresse de contact enre=
gistr=C3=A9e
dans la r=C3=A9servation. Merci de ne pas y r=C3=A9pondre.
'''),
    ('fr', 'insurer-dpo-helpdesk-ack-rights-request-forwarded-by-shop', 'automated', (),
'''Return-Path: <support+id58213@assuranord.zendesk.example>
Received: from outbyoip9.pod18.euc1.zdsys.example (outbyoip9.pod18.euc1.zdsys.example [188.172.138.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jc8Zr1Hf4z5x5Tv
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 14:26:51 +0200 (CEST)
Date: Mon, 27 Apr 2026 12:26:49 +0000
From: "Assura Nord - Protection des données" <dpo@assuranord.example>
Reply-To: "Assura Nord - Protection des données" <support+id58213@assuranord.zendesk.example>
To: =?utf-8?Q?=C3=89quipe_Vie_priv=C3=A9e_Shop_Example?= <privacy@shop.example.be>
Message-ID: <Z8RW3KQ1D7_69ef5b39a1c2e_4a7c_8812@zd-pod18-app-7.example.mail>
In-Reply-To: <Z8RW3KQ1D7@zendesk.example>
Subject: =?utf-8?Q?[Assura_Nord]_Demande_n=C2=B0_58213_re=C3=A7ue_:_exercice_de_vos_droits_RGPD?=
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_69ef5b39a7e11_4a7c3f88";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8d3f2e1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_69ef5b39a7e11_4a7c3f88
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Veuillez =C3=A9crire au-dessus de cette ligne -##

Bonjour,

Nous accusons r=C3=A9ception de votre demande n=C2=B0 58213 relative =C3=A0=
 des donn=C3=A9es
personnelles (droit d'acc=C3=A8s, de rectification, d'effacement, de limita=
tion,
d'opposition, de portabilit=C3=A9 ou retrait du consentement).

Conform=C3=A9ment =C3=A0 l'article 12.3 du R=C3=A8glement g=C3=A9n=C3=A9ral=
 sur la protection des
donn=C3=A9es (RGPD), nous y r=C3=A9pondrons dans un d=C3=A9lai d'un mois =
=C3=A0 compter de sa
r=C3=A9ception. Ce d=C3=A9lai peut =C3=AAtre prolong=C3=A9 de deux mois com=
pte tenu de la
complexit=C3=A9 ou du nombre de demandes ; dans ce cas, nous vous en inform=
erons.

Afin de prot=C3=A9ger les donn=C3=A9es de nos assur=C3=A9s, nous pouvons =
=C3=AAtre amen=C3=A9s =C3=A0
v=C3=A9rifier l'identit=C3=A9 de la personne concern=C3=A9e. Si la demande =
est introduite
par un interm=C3=A9diaire au nom d'un assur=C3=A9, merci de joindre le mand=
at sign=C3=A9.

Vous n'avez pas besoin de r=C3=A9pondre =C3=A0 ce message. Pour compl=C3=A9=
ter votre
demande, r=C3=A9pondez au-dessus de la ligne ci-dessus en mentionnant la
r=C3=A9f=C3=A9rence 58213.

Le D=C3=A9l=C3=A9gu=C3=A9 =C3=A0 la protection des donn=C3=A9es
Assura Nord SA

Ce message a =C3=A9t=C3=A9 envoy=C3=A9 automatiquement par notre syst=C3=A8=
me de suivi des
demandes. [Z8RW3KQ1D7]
----==_mimepart_69ef5b39a7e11_4a7c3f88
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><body><div style=3D"color:#b5b5b5">##- Veuillez =C3=A9=
crire au-dessus de cette ligne -##</div>
<p>Bonjour,</p>
<p>Nous accusons r=C3=A9ception de votre demande n=C2=B0 58213 relative =C3=
=A0 des donn=C3=A9es personnelles (droit d'acc=C3=A8s, de rectification, d'=
effacement, de limitation, d'opposition, de portabilit=C3=A9 ou retrait du =
consentement).</p>
<p>Conform=C3=A9ment =C3=A0 l'article 12.3 du RGPD, nous y r=C3=A9pondrons =
dans un d=C3=A9lai d'un mois =C3=A0 compter de sa r=C3=A9ception.</p>
<p>Le D=C3=A9l=C3=A9gu=C3=A9 =C3=A0 la protection des donn=C3=A9es<br>Assur=
a Nord SA</p>
<p style=3D"color:#aaa;font-size:11px">Ce message a =C3=A9t=C3=A9 envoy=C3=
=A9 automatiquement par notre syst=C3=A8me de suivi des demandes. [Z8RW3KQ1=
D7]</p>
</body></html>
----==_mimepart_69ef5b39a7e11_4a7c3f88--
'''),
    ('fr', 'ticketing-resale-sold-name-changed-b-subject', 'automated', (),
'''Return-Path: <bounce-fr-90213@mailing.tixbeam.example>
Received: from out-07.mailing.tixbeam.example (out-07.mailing.tixbeam.example [203.0.113.207])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jh3Pm0Wd1z5x7Gs
        for <privacy@shop.example.be>; Wed, 17 Jun 2026 19:33:10 +0200 (CEST)
From: TixBeam Revente <resale@notify.tixbeam.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Bonne_nouvelle_=3A_votre_billet_a_=C3=A9t=C3=A9_revendu_?=
 =?utf-8?q?=E2=80=93_Stade_Roi_Baudouin=2C_4_juillet?=
Date: Wed, 17 Jun 2026 17:33:07 +0000
Message-ID: <tx.resale.sold.BE26-803117-01.1781717587@notify.tixbeam.example>
Auto-Submitted: auto-generated
X-TixBeam-Template: resale_sold_v2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

TixBeam - Bourse de revente officielle

Votre billet a été revendu.

Événement :     Les Horizons Perdus - concert
Lieu :          Stade Roi Baudouin, Bruxelles
Date :          samedi 4 juillet 2026
Billet :        Tribune 2, bloc K, rang 14, siège 22 (BE26-803117-01)
Prix de vente : 89,00 EUR
Frais :         - 4,45 EUR
Vous recevrez : 84,55 EUR sur le compte BE** **** **** 7140 sous 5 jours ouvrables

Le billet d'origine a été annulé. Un nouveau billet a été émis au nom de
l'acheteur ; votre nom n'y figure plus. Nous ne communiquons ni votre nom ni
vos coordonnées à l'acheteur, et nous ne vous communiquons pas les siens.

Vous recevez ce message car cette adresse est l'adresse de contact de la
commande POS-2031-6120 passée au point de vente Shop Example Liège
(Médiacité). Pour vos données personnelles et vos droits (accès,
rectification, effacement), consultez tixbeam.example/fr/vie-privee.

Ceci est un message automatique, merci de ne pas y répondre.
'''),
    ('fr', 'person-complains-above-claim-notice-medical-certificate-at-counter', 'complaint', ('deletion',),
'''Return-Path: <nathalie.courtois@outlook.example>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2071.outbound.protection.outlook.com [40.107.241.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jf6Tq9Cm2z5x6Ww
        for <privacy@shop.example.be>; Tue, 26 May 2026 22:48:19 +0200 (CEST)
From: Nathalie Courtois <nathalie.courtois@outlook.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: TR: Sinistre TR-2026-003982 - documents manquants
Thread-Topic: Sinistre TR-2026-003982 - documents manquants
Thread-Index: AQHd7Wd3Xk5L0Qc8TkeBr9m2WqYv6Q==
Date: Tue, 26 May 2026 20:48:15 +0000
Message-ID: <PAXPR08MB71260D3E5B2C9A41F8E7D3C0B6A21@PAXPR08MB7126.eurprd08.prod.outlook.com>
Accept-Language: fr-BE, en-US
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Madame, Monsieur,

Je vous ai écrit le 24 mars et le 15 avril, sans aucune réponse. Je
recommence donc, et c'est la dernière fois.

En mars, j'ai déposé au comptoir de votre magasin de Namur le certificat
médical de ma fille pour l'annulation de notre voyage (assurance annulation
achetée chez vous). La vendeuse l'a scanné devant moi « pour l'envoyer plus
vite » au lieu de le mettre dans l'enveloppe. Aujourd'hui l'assureur
m'écrit (ci-dessous) qu'il n'a toujours pas ce document. Donc le certificat
de ma fille se trouve quelque part chez vous, sur un ordinateur ou dans une
boîte mail, et personne ne me répond.

Je trouve cela inadmissible pour des données médicales. Je veux que la copie
scannée soit effacée de tous vos systèmes et que vous me le confirmiez par
écrit. Sans réponse sous 15 jours, je déposerai plainte auprès de l'Autorité
de protection des données.

Nathalie Courtois
Rue des Tanneries 9, 5000 Namur

________________________________
De : Assura Nord Claims <noreply-claims@assuranord.example>
Envoyé : mardi 26 mai 2026 09:00
À : nathalie.courtois@outlook.example
Objet : Sinistre TR-2026-003982 - documents manquants

ASSURA NORD - PORTAIL SINISTRES

Sinistre :   TR-2026-003982
Contrat :    Annulation Voyage Plus - TCP-BE-7719408
Statut :     EN ATTENTE DE DOCUMENTS

Pour poursuivre l'analyse de votre dossier, il nous manque :
  [ ] Certificat médical (sous enveloppe fermée à l'attention de notre
      médecin-conseil)

Sans ce document dans les 30 jours, le dossier sera clôturé.

Ce message a été généré automatiquement. Merci de ne pas y répondre.
'''),
    ('de', 'exim-bounce-german-hoster-damage-photos-reply', 'automated', (),
'''Return-Path: <>
Received: from mx-in04.nordhost-rz.example ([198.51.100.164])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Je5Gv2Jt8z5x4Mb
        for <privacy@shop.example.be>; Thu, 14 May 2026 10:55:31 +0200 (CEST)
Received: from mailnull by mx-in04.nordhost-rz.example with local (Exim 4.98)
	id 1wKp2f-00Ad7Q-3L
	for privacy@shop.example.be;
	Thu, 14 May 2026 10:55:29 +0200
X-Failed-Recipients: j.brandstaetter@brandstaetter-logistik.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx-in04.nordhost-rz.example>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1778748929-eximdsn-846930886
MIME-Version: 1.0
Subject: =?utf-8?Q?Unzustellbare_Nachricht_/_Mail_delivery_failed?=
Message-Id: <E1wKp2f-00Ad7Q-3L@mx-in04.nordhost-rz.example>
Date: Thu, 14 May 2026 10:55:29 +0200

--1778748929-eximdsn-846930886
Content-type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist eine automatisch erstellte Nachricht des Mailsystems von NordHost.
This message was created automatically by mail delivery software.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Dies ist ein dauerhafter Fehler.
A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  j.brandstaetter@brandstaetter-logistik.example
    host mx.brandstaetter-logistik.example [203.0.113.77]
    SMTP error from remote mail server after RCPT TO:<j.brandstaetter@brandstaetter-logistik.example>:
    550 5.7.1 Recipient rejected: mailbox disabled by administrator

--1778748929-eximdsn-846930886
Content-type: message/delivery-status

Reporting-MTA: dns; mx-in04.nordhost-rz.example

Action: failed
Final-Recipient: rfc822;j.brandstaetter@brandstaetter-logistik.example
Status: 5.7.1
Remote-MTA: dns; mx.brandstaetter-logistik.example
Diagnostic-Code: smtp; 550 5.7.1 Recipient rejected: mailbox disabled by administrator

--1778748929-eximdsn-846930886
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from mx1.shop.example.be ([192.0.2.25])
	by mx-in04.nordhost-rz.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.98)
	(envelope-from <privacy@shop.example.be>)
	id 1wKp2e-00Ad7L-1R
	for j.brandstaetter@brandstaetter-logistik.example;
	Thu, 14 May 2026 10:55:28 +0200
Date: Thu, 14 May 2026 10:55:24 +0200
From: Shop Example Datenschutzteam <privacy@shop.example.be>
To: Jörg Brandstätter <j.brandstaetter@brandstaetter-logistik.example>
Subject: Re: Auskunft: Fotos und Schadensprotokoll Transporter Eupen
Message-ID: <pt-20260514-0056240@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrter Herr Brandstätter,

vielen Dank für Ihre Anfrage vom 5. Mai zu dem Transporter, den Sie am
28. April an der Vermietstation in unserer Filiale Eupen gemietet haben.

Shop Example selbst speichert zu dieser Miete nur Ihren Namen, Ihre
E-Mail-Adresse und die Reservierungsnummer (RW-BE-26-08114). Die Fotos
des Fahrzeugs bei der Rückgabe, das Schadensprotokoll und die Kopie Ihres
Führerscheins liegen bei RijWijs Verhuur als Verantwortlichem. Wir haben
Ihre Anfrage dorthin weitergeleitet; RijWijs wird Ihnen eine Kopie
direkt zusenden.

Mit freundlichen Grüßen

Lena Schröder
Datenschutzteam - Shop Example AG

--1778748929-eximdsn-846930886--
'''),
    ('de', 'van-rental-damage-report-deposit-withheld-plain', 'automated', (),
'''Return-Path: <protokoll@rijwijs-verhuur.example>
Received: from app3.rijwijs-verhuur.example (app3.rijwijs-verhuur.example [198.51.100.203])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Jd0Xs6Pk2z5x0Nc
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 18:21:09 +0200 (CEST)
From: RijWijs Verhuur Schadenservice <protokoll@rijwijs-verhuur.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Schadensprotokoll_zur_R=C3=BCckgabe_=E2=80=93_Mietvertrag_RW-BE-26-08114?=
Date: Wed, 29 Apr 2026 18:21:07 +0200
Message-ID: <rw-08114-dmg-20260429182107@app3.rijwijs-verhuur.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

RijWijs Verhuur - Schadensprotokoll

Mietvertrag:     RW-BE-26-08114
Fahrzeug:        Transporter 9 m=C2=B3, 2-BFR-903
Station:         Shop Example Eupen (Herbesthaler Stra=C3=9Fe)
=C3=9Cbernahme:       28.04.2026 08:05 - km 41.220 - Tank 8/8
R=C3=BCckgabe:        29.04.2026 17:48 - km 41.497 - Tank 6/8

Festgestellte Sch=C3=A4den bei der R=C3=BCckgabe:
  1. Kratzer hintere Sto=C3=9Fstange rechts, ca. 12 cm (neu)
  2. Delle Schiebet=C3=BCr links, ca. 3 cm (neu)

Fotos: 14 Aufnahmen, abrufbar im Mietvertrag (Kundenbereich)
Unterschrift Mieter:  vorhanden (Tablet)
Unterschrift Station: vorhanden

Kaution
Hinterlegt:            500,00 EUR (Kreditkarte **** 6617)
Freigegeben:           250,00 EUR
Vorl=C3=A4ufig einbehalten: 250,00 EUR bis zur Schadensbewertung (max. 21 T=
age)

Der Mieter kann innerhalb von 7 Tagen =C3=BCber den Kundenbereich Einspruch
gegen das Protokoll einlegen.

Datenschutzhinweis: Die Fotos zeigen nur das Fahrzeug und das Kennzeichen.
Sie werden zusammen mit dem Mietvertrag gespeichert, solange die
Schadensabwicklung l=C3=A4uft, und danach gem=C3=A4=C3=9F unserer Datenschu=
tzerkl=C3=A4rung
gel=C3=B6scht (rijwijs-verhuur.example/datenschutz).

Diese E-Mail wurde automatisch von der Station erzeugt und an die
hinterlegte Kontaktadresse der Station gesendet.
'''),
    ('de', 'sieve-vacation-insurance-broker-partner', 'automated', (),
'''Return-Path: <>
Received: from mail.versicherungskontor-aachen.example (mail.versicherungskontor-aachen.example [203.0.113.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jf9Hd3Lr5z5x8Qa
        for <privacy@shop.example.be>; Fri, 29 May 2026 12:03:40 +0200 (CEST)
Date: Fri, 29 May 2026 12:03:39 +0200
From: Tobias Wendler <t.wendler@versicherungskontor-aachen.example>
To: privacy@shop.example.be
Subject: Abwesend: Re: Auskunftsersuchen Art. 15 DSGVO - Handyversicherung
 Kunde Hoffmann
Message-ID: <sieve-vac-1780049019-5521@mail.versicherungskontor-aachen.example>
In-Reply-To: <pt-20260529-0061877@helpdesk.shop.example.be>
References: <pt-20260529-0061877@helpdesk.shop.example.be>
Auto-Submitted: auto-replied (vacation)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

ich bin bis einschließlich 12. Juni 2026 nicht im Büro. Ihre Nachricht
wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin
Frau Kessler (a.kessler@versicherungskontor-aachen.example,
+49 241 990 31 12).

Mit freundlichen Grüßen
Tobias Wendler
Versicherungskontor Aachen GmbH
'''),
    ('de', 'person-asks-correction-above-quoted-booking-confirmation-passport-name', 'correction', (),
'''Return-Path: <sabine.mueller-ludwig@web.example>
Received: from mout.web.example (mout.web.example [212.227.15.4])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jc5Bk8Nv3z5x1Rp
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 20:17:55 +0200 (CEST)
Received: from [192.168.178.23] ([91.64.118.203]) by smtp.web.example
 (mrweb105 [172.19.172.33]) with ESMTPSA (Nemesis) id 1M3lYx-1wNs8Q0Kzh-00Bx2c
 for <privacy@shop.example.be>; Wed, 22 Apr 2026 20:17:54 +0200
From: Sabine =?utf-8?Q?M=C3=BCller-L=C3=BCdwig?= <sabine.mueller-ludwig@web.example>
To: privacy@shop.example.be
Subject: Re: Ihre Buchungsbestätigung VYL-26-0419-88790
Date: Wed, 22 Apr 2026 20:17:50 +0200
Message-ID: <6d1f0a2c-9b3e-4a7d-8c51-2e7f0b4d91aa@web.example>
In-Reply-To: <bk.88790.confirm.1776583221@engine.voyalis.example>
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Guten Abend,

die Bestätigung unten kam an Ihre Adresse in Kopie, darum schreibe ich
Ihnen. Beim Buchen in Ihrer Filiale in St. Vith wurden meine Daten falsch
eingetippt:

- Name: im Pass steht MÜLLER-LÜDWIG, in der Buchung MUELLER-LUDWIG
- Geburtsdatum: richtig ist 14.08.1979, nicht 14.03.1979
- Passnummer: C4RK7 am Ende, nicht C4RX7

Bitte berichtigen Sie das bei sich und sorgen Sie dafür, dass Voyalis und
die Fluggesellschaft die richtigen Angaben bekommen, sonst komme ich am
Flughafen nicht durch.

Danke und Gruß
Sabine Müller-Lüdwig

Am 19.04.2026 um 09:20 schrieb Voyalis Booking Engine:
> VOYALIS - BUCHUNGSBESTÄTIGUNG
> Buchung VYL-26-0419-88790 ist BESTÄTIGT
>
> Reisebüro:      Shop Example St. Vith - Reiseschalter (BE-SE-0477)
>
> REISENDE
> 1. FRAU SABINE MUELLER-LUDWIG
>     Geburtsdatum:  14.03.1979
>     Staatsang.:    DEU
>     Reisepass:     ******C4RX7   gültig bis 06/2032
>
> FLÜGE
> SL 3318  Brüssel (BRU) 11:20 -> Palma (PMI) 13:35   Sa 06.06.2026
> SL 3319  Palma (PMI) 14:25 -> Brüssel (BRU) 16:45   Sa 13.06.2026
>
> Die Passdaten werden an die Fluggesellschaft und, soweit gesetzlich
> vorgeschrieben, an die Grenzbehörden übermittelt (API/PNR).
> Diese Nachricht wurde automatisch erstellt. Bitte nicht antworten.
'''),
    ('es', 'gmail-dsn-spanish-address-not-found-travel-insurance-reply', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.example (mail-sor-f69.google.example [209.85.220.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jd2Vn5Bq7z5x0Fj
        for <privacy@shop.example.be>; Mon, 04 May 2026 12:39:58 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=googlemail.example; s=20230601; t=1777891197;
	h=subject:in-reply-to:references:to:from:date:message-id:auto-submitted;
	bh=W2kLn8Pq4Rs1Tu7Vw0Xy3Za6Bc9De2Fg5Hi8Jk1Lm4N=;
	b=Fa9Gb2Hc5Id8Je1Kf4Lg7Mh0Ni3Oj6Pk9Ql2Rm5Sn8To1Up4Vq7Wr0Xs3Yt6Zu9Av2B
From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <pt-20260504-0049902@helpdesk.shop.example.be>
In-Reply-To: <pt-20260504-0049902@helpdesk.shop.example.be>
X-Failed-Recipients: lucia.ferrandiz.bxl@gmail.example
Message-ID: <6637a8fd.050a0220.3b1f6.c1d2.GMR@mx.google.example>
Date: Mon, 04 May 2026 03:39:57 -0700 (PDT)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000a1b2c3d4e5f60718"; report-type=delivery-status

--000000000000a1b2c3d4e5f60718
Content-Type: multipart/related; boundary="000000000000a1b2c3d4e5f60719"

--000000000000a1b2c3d4e5f60719
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f6071a"

--000000000000a1b2c3d4e5f6071a
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit


** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a lucia.ferrandiz.bxl@gmail.example porque no
se ha encontrado la dirección o esta no puede recibir correo.

Más información en https://support.google.example/mail/?p=NoSuchUser

La respuesta fue:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.example/mail/?p=NoSuchUser 38308e7fff4ca-2e1b9c4a7d5si88213lj.412 - gsmtp

--000000000000a1b2c3d4e5f6071a
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

<html><body><table><tr><td style="font-family:Google Sans,Roboto,Arial">
<h2>No se ha encontrado la dirección</h2>
<p>Tu mensaje no se ha entregado a <b>lucia.ferrandiz.bxl@gmail.example</b> porque no se ha encontrado la dirección o esta no puede recibir correo.</p>
<p>La respuesta del servidor remoto fue:</p>
<p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist.</p>
</td></tr></table></body></html>

--000000000000a1b2c3d4e5f6071a--
--000000000000a1b2c3d4e5f60719--

--000000000000a1b2c3d4e5f60718
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.example
Received-From-MTA: dns; mx1.shop.example.be
Arrival-Date: Mon, 04 May 2026 03:39:55 -0700 (PDT)
X-Original-Message-ID: <pt-20260504-0049902@helpdesk.shop.example.be>

Final-Recipient: rfc822; lucia.ferrandiz.bxl@gmail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.example. (142.250.102.27, the server for the domain gmail.example.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Mon, 04 May 2026 03:39:57 -0700 (PDT)

--000000000000a1b2c3d4e5f60718
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Date: Mon, 04 May 2026 12:39:52 +0200
From: Equipo de Privacidad Shop Example <privacy@shop.example.be>
To: =?utf-8?Q?Luc=C3=ADa_Ferr=C3=A1ndiz?= <lucia.ferrandiz.bxl@gmail.example>
Subject: =?utf-8?Q?Re=3A_Seguro_de_viaje_=E2=80=93_copia_de_mis_datos?=
Message-ID: <pt-20260504-0049902@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Estimada Sra. Ferrándiz:

Gracias por su mensaje del 27 de abril. Adjuntamos, como pidió, una copia
de los datos que Shop Example conserva en relación con el seguro de viaje
que contrató en nuestra tienda de Ixelles el 3 de marzo de 2026: nombre,
dirección, correo electrónico, teléfono, número de póliza y fecha de venta.

Los datos del contrato del seguro y de cualquier siniestro los conserva
Assura Nord como responsable; puede pedirlos a dpo@assuranord.example.

Atentamente,

Pablo Moreno
Equipo de Privacidad - Shop Example

--000000000000a1b2c3d4e5f60718--
'''),
    ('es', 'airline-online-checkin-reminder-complete-passport-api', 'automated', (),
'''Return-Path: <checkin@skyluna.example>
Received: from mta-eu1.skyluna.example (mta-eu1.skyluna.example [203.0.113.138])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jh6Lr1Vx4z5x2Kd
        for <privacy@shop.example.be>; Fri, 19 Jun 2026 08:00:17 +0200 (CEST)
From: SkyLuna <checkin@skyluna.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Ya_puedes_facturar_online_=E2=80=93_vuelo_SL_2208_Bruselas_?=
 =?utf-8?q?=E2=86=92_M=C3=A1laga=2C_21_de_junio?=
Date: Fri, 19 Jun 2026 06:00:14 +0000
Message-ID: <ci.R4TW9P.SL2208.20260619060014@ops.skyluna.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
List-Unsubscribe: <mailto:unsubscribe-service@skyluna.example?subject=R4TW9P>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="sl-ci-R4TW9P"

--sl-ci-R4TW9P
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

SkyLuna

=C2=A1Ya puedes facturar online!

Reserva:   R4TW9P (emitida por la agencia Shop Example Anderlecht)
Vuelo:     SL 2208 Bruselas (BRU) 15:05 -> M=C3=A1laga (AGP) 17:50
Fecha:     domingo 21 de junio de 2026
Pasajeros: SR. ALEJANDRO RUIZ ORTEGA, SRA. MARINA COSTA VIDAL

Antes de facturar debes completar los datos de pasaporte o DNI de cada
pasajero (n=C3=BAmero del documento, fecha de caducidad, nacionalidad y fec=
ha de
nacimiento). Faltan datos para: SRA. MARINA COSTA VIDAL.

-> Completar datos y facturar: https://skyluna.example/checkin/R4TW9P

La facturaci=C3=B3n online cierra 2 horas antes de la salida. En el aeropue=
rto,
la facturaci=C3=B3n en mostrador cuesta 30 EUR por pasajero.

Protecci=C3=B3n de datos: los datos del documento de viaje se usan para la
facturaci=C3=B3n y se comunican a las autoridades de fronteras cuando la le=
y lo
exige (datos API). SkyLuna es el responsable del tratamiento. Puedes ejercer
tus derechos de acceso, rectificaci=C3=B3n, supresi=C3=B3n, oposici=C3=B3n =
y portabilidad
en privacy@skyluna.example.

Este correo se ha enviado autom=C3=A1ticamente. No respondas a este mensaje.
--sl-ci-R4TW9P
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif">
<h1 style=3D"color:#3d2b8f">=C2=A1Ya puedes facturar online!</h1>
<p>Vuelo <b>SL 2208</b> Bruselas &rarr; M=C3=A1laga &middot; domingo 21 de =
junio de 2026 &middot; 15:05</p>
<p>Faltan los datos de pasaporte o DNI de: <b>SRA. MARINA COSTA VIDAL</b></=
p>
<p><a href=3D"https://skyluna.example/checkin/R4TW9P" style=3D"background:#=
3d2b8f;color:#fff;padding:10px 18px;text-decoration:none">Completar datos y=
 facturar</a></p>
<p style=3D"font-size:11px;color:#888">SkyLuna es el responsable del tratam=
iento de los datos del documento de viaje (datos API). Derechos: privacy@sk=
yluna.example. Correo autom=C3=A1tico, no respondas.</p>
</body></html>
--sl-ci-R4TW9P--
'''),
    ('es', 'insurer-policy-documents-extended-warranty-pdf-no-auto-headers', 'automated', (),
'''Return-Path: <polizas@assuranord.example>
Received: from smtp-out1.assuranord.example (smtp-out1.assuranord.example [203.0.113.51])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jb9Dq0Mh6z5x5Vr
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 16:12:30 +0200 (CEST)
From: Assura Nord <polizas@assuranord.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Documentaci=C3=B3n_de_su_p=C3=B3liza_GA-ES-2026-0193377?=
Date: Wed, 15 Apr 2026 14:12:28 +0000
Message-ID: <pol.GA-ES-2026-0193377.docs@docgen.assuranord.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="an-docs-0193377"

--an-docs-0193377
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Estimado/a cliente:

Le damos la bienvenida a Assura Nord. Adjuntamos la documentación de la
póliza que ha contratado en el punto de venta Shop Example Anderlecht:

  Producto:        Garantía ampliada 3 años - portátil
  Nº de póliza:    GA-ES-2026-0193377
  Aparato:         portátil 15,6", nº de serie ******K7Q2
  Fecha de efecto: 15/04/2026
  Prima única:     129,00 EUR

Documentos adjuntos:
  - Condiciones particulares (PDF)
  - Condiciones generales GA-2025 (disponibles en assuranord.example/docs)
  - Ficha de información previa

Dispone de 14 días para desistir del contrato sin gastos.

INFORMACIÓN BÁSICA SOBRE PROTECCIÓN DE DATOS
Responsable: Assura Nord SA. Finalidad: gestión de la póliza y de los
siniestros. Legitimación: ejecución del contrato y obligaciones legales.
Destinatarios: reparadores autorizados y reaseguradoras; no se ceden datos a
terceros con fines comerciales sin su consentimiento. Derechos: acceso,
rectificación, supresión, limitación, oposición y portabilidad, escribiendo
a dpo@assuranord.example; puede presentar una reclamación ante la Autoridad
de Protección de Datos de Bélgica. Información adicional en
assuranord.example/privacidad.

Atentamente,
Assura Nord - Servicio de Pólizas

Este mensaje se ha generado automáticamente; las respuestas no se leen.

--an-docs-0193377
Content-Type: application/pdf; name="Condiciones_particulares_GA-ES-2026-0193377.pdf"
Content-Disposition: attachment; filename="Condiciones_particulares_GA-ES-2026-0193377.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKMSAwIG9iajw8L1R5cGUvQ2F0YWxvZy9QYWdlcyAyIDAgUj4+ZW5kb2JqCjIgMCBv
Ymo8PC9UeXBlL1BhZ2VzL0tpZHNbMyAwIFJdL0NvdW50IDE+PmVuZG9iagozIDAgb2JqPDwvVHlw
ZS9QYWdlL1BhcmVudCAyIDAgUi9NZWRpYUJveFswIDAgNTk1IDg0Ml0vQ29udGVudHMgNCAwIFI+
PmVuZG9iago0IDAgb2JqPDwvTGVuZ3RoIDU4Pj5zdHJlYW0KQlQgL0YxIDEyIFRmIDcyIDc3MCBU
ZCAoUG9saXphIEdBLUVTLTIwMjYtMDE5MzM3NykgVGogRVQKZW5kc3RyZWFtIGVuZG9iagp0cmFp
bGVyPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==
--an-docs-0193377--
'''),
    ('es', 'person-asks-about-deposit-above-quoted-release-notice', 'other', (),
'''Return-Path: <jmartinez.huerta@hotmail.example>
Received: from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2083.outbound.protection.outlook.com [40.107.6.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jf3Mx2Rz8z5x3Ju
        for <privacy@shop.example.be>; Tue, 19 May 2026 13:26:44 +0200 (CEST)
From: Javier Martinez Huerta <jmartinez.huerta@hotmail.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Liberacion de su fianza - contrato RW-BE-26-09307
Date: Tue, 19 May 2026 11:26:41 +0000
Message-ID: <DU0PR10MB5832A1F3E6C94B7D20E8B5F1C9D42@DU0PR10MB5832.EURPRD10.PROD.OUTLOOK.COM>
Accept-Language: es-ES
Content-Language: es-ES
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

hola buenas

me llega esto de la empresa de alquiler de furgonetas que esta en vuestra
tienda de Anderlecht. Me devuelven solo 150 euros de los 400 de fianza y
dicen "danos" pero cuando devolvi la furgo el chico la miro conmigo y no
habia nada, lo firmamos los dos. En el telefono de ellos nadie contesta.

Se que esto es el correo de privacidad y no es un tema de datos, pero no
encuentro otro correo vuestro. Podeis decirme a quien tengo que
reclamar lo de los 250 euros o pasarselo al mostrador?

gracias
Javier Martinez
0486 20 73 15

________________________________
De: RijWijs Verhuur <noreply@rijwijs-verhuur.example>
Enviado: lunes, 18 de mayo de 2026 17:02
Para: jmartinez.huerta@hotmail.example
Asunto: Liberacion de su fianza - contrato RW-BE-26-09307

RijWijs Verhuur - Fianza

Contrato:          RW-BE-26-09307
Devoluci=F3n:        16/05/2026 - Shop Example Anderlecht
Fianza retenida:   400,00 EUR (tarjeta **** 2290)
Liberado hoy:      150,00 EUR
Retenido:          250,00 EUR - da=F1os (ver protocolo)

Los importes liberados pueden tardar hasta 10 d=EDas h=E1biles en
aparecer en su cuenta, seg=FAn su banco.

Este es un mensaje autom=E1tico. No responda a este correo.
'''),
    ('it', 'qmail-failure-notice-over-quota-nominative-ticket-reply', 'automated', (),
'''Return-Path: <>
Received: from smtpdh03.mailprov-it.example (smtpdh03.mailprov-it.example [62.149.155.83])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Jg2Kt6Yc1z5x6Pn
        for <privacy@shop.example.be>; Mon, 08 Jun 2026 10:02:47 +0200 (CEST)
Received: (qmail 28814 invoked for bounce); 8 Jun 2026 08:02:46 -0000
Date: 8 Jun 2026 08:02:46 -0000
From: MAILER-DAEMON@smtpdh03.mailprov-it.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260608080246.28814.qmail@smtpdh03.mailprov-it.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi. This is the qmail-send program at smtpdh03.mailprov-it.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<francesca.deangelis@libero-mail.example>:
Sorry, the user's mailbox is over quota (#5.2.2)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28790 invoked from network); 8 Jun 2026 08:02:45 -0000
Received: from mx1.shop.example.be (192.0.2.25)
  by smtpdh03.mailprov-it.example with ESMTPS; 8 Jun 2026 08:02:45 -0000
Date: Mon, 08 Jun 2026 10:02:41 +0200
From: Team Privacy Shop Example <privacy@shop.example.be>
To: Francesca De Angelis <francesca.deangelis@libero-mail.example>
Subject: Re: Biglietto nominativo e copia della mia carta d'identità
Message-ID: <pt-20260608-0063015@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gentile signora De Angelis,

grazie per il suo messaggio del 2 giugno.

Al banco biglietteria del nostro negozio di Bruxelles-Midi non viene
fotocopiata né conservata la carta d'identità: il nostro collaboratore
l'ha solo guardata per scrivere correttamente il nome sul biglietto
nominativo. Nei nostri sistemi restano soltanto il suo nome, il numero
d'ordine TixBeam e l'importo pagato, che dobbiamo conservare per la
contabilità.

Per il cambio di nominativo del biglietto, invece, deve rivolgersi a
TixBeam tramite help.tixbeam.example.

Cordiali saluti,

Giulia Ferri
Team Privacy - Shop Example
'''),
    ('it', 'ticketing-nominative-ticket-issued-id-at-entrance', 'automated', (),
'''Return-Path: <bounce-it-61877@mailing.tixbeam.example>
Received: from out-03.mailing.tixbeam.example (out-03.mailing.tixbeam.example [203.0.113.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jf0Cw4Tn9z5x9Fs
        for <privacy@shop.example.be>; Fri, 15 May 2026 15:41:02 +0200 (CEST)
From: TixBeam Italia <biglietti@notify.tixbeam.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Il_tuo_biglietto_nominativo_=C3=A8_pronto_=E2=80=93_Club_Brugge_vs_Roma?=
Date: Fri, 15 May 2026 13:40:59 +0000
Message-ID: <tx.issued.BE26-790455.1778852459@notify.tixbeam.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="tbx-mix-790455"

--tbx-mix-790455
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ciao Matteo,

il tuo biglietto =C3=A8 stato emesso.

Evento:        Club Brugge - AS Roma (amichevole)
Stadio:        Jan Breydelstadion, Brugge
Data:          sabato 25 luglio 2026, ore 18:00
Settore:       Tribuna Est, blocco 213, fila 9, posto 5
Biglietto n.:  BE26-790455-01
Intestatario:  MATTEO RINALDI, nato il **/**/1994

Acquistato presso: punto vendita Shop Example Brugge (ordine POS-2031-5870)

Il biglietto =C3=A8 nominativo: all'ingresso ti verr=C3=A0 chiesto un docum=
ento
d'identit=C3=A0 valido e il nome deve corrispondere a quello stampato. Il c=
ambio
nominativo =C3=A8 possibile gratuitamente fino a 72 ore prima dell'evento
dall'app TixBeam.

Il biglietto in PDF =C3=A8 allegato a questa e-mail e lo trovi anche nell'a=
pp.

Informativa privacy: i dati dell'intestatario (nome, cognome, data di
nascita) sono trattati da TixBeam BV e comunicati alla societ=C3=A0
organizzatrice per il controllo degli accessi, come richiesto dalla
normativa sulla sicurezza negli stadi. Puoi esercitare i tuoi diritti di
accesso, rettifica e cancellazione su tixbeam.example/it/privacy.

Questo messaggio =C3=A8 generato automaticamente, si prega di non risponder=
e.
--tbx-mix-790455
Content-Type: application/pdf; name="biglietto_BE26-790455-01.pdf"
Content-Disposition: attachment; filename="biglietto_BE26-790455-01.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcfsj6IKMSAwIG9iajw8L1R5cGUvQ2F0YWxvZz4+ZW5kb2JqCnRyYWlsZXI8PC9S
b290IDEgMCBSPj4KJSVFT0YK
--tbx-mix-790455--
'''),
    ('it', 'gmail-vacation-responder-travel-agency-network', 'automated', (),
'''Return-Path: <chiara.bellini@viaggiaree-network.example>
Received: from mail-ej1-f46.google.example (mail-ej1-f46.google.example [209.85.218.46])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Je7Fs8Gw0z5x5Ld
        for <privacy@shop.example.be>; Tue, 19 May 2026 09:15:21 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=viaggiaree-network.example; s=google;
	h=auto-submitted:from:to:subject:message-id:date:in-reply-to:references;
	bh=Pk2Ql5Rm8Sn1To4Up7Vq0Wr3Xs6Yt9Zu2Av5Bw8Cx1D=;
	b=Ec4Fd7Ge0Hf3Ig6Jh9Ki2Lj5Mk8Nl1Om4Pn7Qo0Rp3Sq6Tr9Us2Vt5Wu8Xv1Yw4Zx7A
MIME-Version: 1.0
From: Chiara Bellini <chiara.bellini@viaggiaree-network.example>
To: privacy@shop.example.be
Subject: Fuori ufficio fino al 1 giugno
Auto-Submitted: auto-replied
In-Reply-To: <pt-20260519-0058804@helpdesk.shop.example.be>
References: <pt-20260519-0058804@helpdesk.shop.example.be>
Message-ID: <CAGvac.8Q2yTn3Lw7sRk0uV5xJd1mZ9bF4hP6eC2aQ@mail.gmail.example>
Date: Tue, 19 May 2026 00:15:19 -0700
Content-Type: multipart/alternative; boundary="00000000000091c5d20619e7a3b4"

--00000000000091c5d20619e7a3b4
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Buongiorno,

sono in ferie fino a luned=C3=AC 1 giugno e non leggo la posta.
Per le prenotazioni dei pacchetti vacanza venduti nei punti partner
scrivete a partner@viaggiaree-network.example.
Per le richieste relative ai dati personali dei clienti (accesso,
cancellazione, rettifica) il riferimento =C3=A8 il nostro DPO:
privacy@viaggiaree-network.example.

Grazie,
Chiara Bellini
Viaggiaree Network - Account partner Belgio e Lussemburgo
--00000000000091c5d20619e7a3b4
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Buongiorno,<div><br></div><div>sono in ferie fino a luned=
=C3=AC 1 giugno e non leggo la posta.</div><div>Per le prenotazioni dei pac=
chetti vacanza venduti nei punti partner scrivete a partner@viaggiaree-netw=
ork.example.</div><div>Per le richieste relative ai dati personali dei clie=
nti (accesso, cancellazione, rettifica) il riferimento =C3=A8 il nostro DPO=
: privacy@viaggiaree-network.example.</div><div><br></div><div>Grazie,<br>C=
hiara Bellini<br>Viaggiaree Network - Account partner Belgio e Lussemburgo<=
/div></div>
--00000000000091c5d20619e7a3b4--
'''),
    ('it', 'person-withdraws-consent-above-insurer-consent-record', 'withdraw_consent', (),
'''Return-Path: <roberto.gallo58@alice-mail.example>
Received: from smtp-out.alice-mail.example (smtp-out.alice-mail.example [213.209.10.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jd8Rf1Kq5z5x7Tb
        for <privacy@shop.example.be>; Sat, 09 May 2026 11:34:28 +0200 (CEST)
From: roberto gallo <roberto.gallo58@alice-mail.example>
To: privacy@shop.example.be
Subject: Fw: I tuoi consensi privacy sono stati registrati
Date: Sat, 9 May 2026 11:34:22 +0200
Message-ID: <1746783262.99413.62@webmail.alice-mail.example>
X-Mailer: Webmail 8.3
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

buongiorno
martedi ho comprato il telefono nel vostro negozio di Schaerbeek con
l'assicurazione furto e danni. il commesso mi ha fatto firmare sul tablet
tre volte senza spiegare niente e ora mi arriva questa mail sotto.
io non volevo niente di questo. ritiro i consensi al marketing, alla
profilazione e alla comunicazione ai partner, sia per voi che per
l'assicurazione. L'assicurazione del telefono invece la tengo.
saluti
Roberto Gallo

----- Messaggio inoltrato -----
Da: Assura Nord <consensi@assuranord.example>
A: roberto.gallo58@alice-mail.example
Data: 06/05/2026 19:12
Oggetto: I tuoi consensi privacy sono stati registrati

Gentile Cliente,

in occasione della sottoscrizione della polizza SM-IT-2026-0447120
(Smartphone Protezione Totale) presso il punto vendita Shop Example
Schaerbeek, abbiamo registrato le seguenti scelte:

  Marketing diretto di Assura Nord (e-mail, SMS):      SÌ
  Profilazione per offerte personalizzate:             SÌ
  Comunicazione dei dati a partner commerciali:        SÌ

Puoi modificare le tue scelte in qualsiasi momento dall'area clienti.

Messaggio automatico, non rispondere.
'''),
    ('pt', 'office365-ndr-portuguese-car-rental-licence-reply', 'automated', (),
'''Return-Path: <>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2103.outbound.protection.outlook.com [40.107.13.103])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jg4Nb7Dv3z5x1Ch
        for <privacy@shop.example.be>; Wed, 10 Jun 2026 14:58:12 +0200 (CEST)
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@transportes-ribeiro.example>
To: <privacy@shop.example.be>
Date: Wed, 10 Jun 2026 12:58:10 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3b1c7e4f-92a6-4d38-b0e5-6a2d8f1c9e07"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-PT
Message-ID: <2f8d1b6a-0c4e-4b7f-a93d-5e1c7f20b8d4@AM0PR03MB6120.eurprd03.prod.outlook.com>
In-Reply-To: <pt-20260610-0064420@helpdesk.shop.example.be>
References: <pt-20260610-0064420@helpdesk.shop.example.be>
Subject: =?utf-8?Q?N=C3=A3o_foi_poss=C3=ADvel_entregar=3A_Re=3A_C=C3=B3pia_da_minha_carta_de_condu=C3=A7=C3=A3o_no_aluguer?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--3b1c7e4f-92a6-4d38-b0e5-6a2d8f1c9e07
Content-Type: multipart/alternative;
	boundary="9e4a2c71-5d0b-4f63-8b1e-c2a7d9f04e36"

--9e4a2c71-5d0b-4f63-8b1e-c2a7d9f04e36
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

N=C3=A3o foi poss=C3=ADvel entregar a sua mensagem a p.ribeiro@transportes-=
ribeiro.example porque o endere=C3=A7o de e-mail n=C3=A3o foi encontrado ou=
 n=C3=A3o existe.

Como corrigir
Verifique se o endere=C3=A7o de e-mail est=C3=A1 correto e volte a enviar a=
 mensagem. Se o problema persistir, contacte o administrador de e-mail do d=
estinat=C3=A1rio.

Mais informa=C3=A7=C3=B5es para administradores de e-mail
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

Informa=C3=A7=C3=B5es de diagn=C3=B3stico para administradores:
Servidor de gera=C3=A7=C3=A3o: AM0PR03MB6120.eurprd03.prod.outlook.com

p.ribeiro@transportes-ribeiro.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

Cabe=C3=A7alhos da mensagem original:

Received: from mx1.shop.example.be (192.0.2.25) by
 AM0PR03MB6120.eurprd03.prod.outlook.com with Microsoft SMTP Server
 (version=3DTLS1_2, cipher=3DTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8722.19; Wed, 10 Jun 2026 12:58:09 +0000
From: Equipa de Privacidade Shop Example <privacy@shop.example.be>
To: Paulo Ribeiro <p.ribeiro@transportes-ribeiro.example>
Subject: Re: C=C3=B3pia da minha carta de condu=C3=A7=C3=A3o no aluguer
Date: Wed, 10 Jun 2026 14:58:05 +0200
Message-ID: <pt-20260610-0064420@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3Dutf-8
--9e4a2c71-5d0b-4f63-8b1e-c2a7d9f04e36
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body>
<p><b><span style=3D"color:#c00000;font-size:16pt">A sua mensagem para p.ri=
beiro@transportes-ribeiro.example n=C3=A3o foi entregue.</span></b></p>
<p>O endere=C3=A7o de e-mail n=C3=A3o foi encontrado ou n=C3=A3o existe.</p>
<p><b>Como corrigir</b><br>Verifique se o endere=C3=A7o est=C3=A1 correto e=
 volte a enviar a mensagem.</p>
<p style=3D"font-size:9pt">Remote Server returned '550 5.1.10 RESOLVER.ADR.=
RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</body></html>
--9e4a2c71-5d0b-4f63-8b1e-c2a7d9f04e36--

--3b1c7e4f-92a6-4d38-b0e5-6a2d8f1c9e07
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR03MB6120.eurprd03.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Wed, 10 Jun 2026 12:58:09 +0000

Final-Recipient: rfc822;p.ribeiro@transportes-ribeiro.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--3b1c7e4f-92a6-4d38-b0e5-6a2d8f1c9e07
Content-Type: text/rfc822-headers

Received: from mx1.shop.example.be (192.0.2.25) by
 AM0PR03MB6120.eurprd03.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8722.19; Wed, 10 Jun 2026 12:58:09 +0000
From: Equipa de Privacidade Shop Example <privacy@shop.example.be>
To: Paulo Ribeiro <p.ribeiro@transportes-ribeiro.example>
Subject: =?utf-8?Q?Re=3A_C=C3=B3pia_da_minha_carta_de_condu=C3=A7=C3=A3o_no_aluguer?=
Date: Wed, 10 Jun 2026 14:58:05 +0200
Message-ID: <pt-20260610-0064420@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--3b1c7e4f-92a6-4d38-b0e5-6a2d8f1c9e07--
'''),
    ('pt', 'zimbra-ooo-tour-operator-backoffice-pt', 'automated', (),
'''Return-Path: <reservas.benelux@solmar-viagens.example>
Received: from zimbra.solmar-viagens.example (zimbra.solmar-viagens.example [198.51.100.240])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jh1Wk5Hm2z5x4Sx
        for <privacy@shop.example.be>; Mon, 15 Jun 2026 09:31:55 +0200 (CEST)
Date: Mon, 15 Jun 2026 08:31:54 +0100 (WEST)
From: Reservas Benelux - Solmar Viagens <reservas.benelux@solmar-viagens.example>
To: privacy@shop.example.be
Message-ID: <1509877412.22871.1781508714122.JavaMail.zimbra@solmar-viagens.example>
In-Reply-To: <pt-20260615-0066031@helpdesk.shop.example.be>
Subject: =?utf-8?Q?Aus=C3=AAncia_/_Out_of_office=3A_Re=3A_Pedido_de_elimina=C3=A7=C3=A3o_de_dados_=E2=80=93_reserva_SV-26-11873?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 10.0.8_GA_4611 (zclient/10.0.8_GA_4611)
Thread-Topic: Pedido de eliminação de dados - reserva SV-26-11873

Bom dia,

A equipa de reservas Benelux encontra-se em formação de 15 a 17 de junho.
Os pedidos recebidos serão tratados a partir de 18 de junho por ordem de
chegada.

Alterações urgentes a reservas com partida nos próximos 3 dias:
+351 21 340 77 00 (todos os dias, 8h-22h).

Pedidos relativos a dados pessoais (acesso, retificação, eliminação,
oposição) devem ser enviados ao nosso Encarregado de Proteção de Dados:
epd@solmar-viagens.example.

Good morning, the Benelux reservations team is in training from 15 to 17
June. Requests will be handled from 18 June.

Solmar Viagens, S.A. - RNAVT 4127
'''),
    ('pt', 'insurer-travel-insurance-newsletter-consent-footer', 'automated', (),
'''Return-Path: <bounce-mkt-pt-3390127@news.assuranord.example>
Received: from mta-mkt4.news.assuranord.example (mta-mkt4.news.assuranord.example [203.0.113.224])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jf5Kp8Sd0z5x0Wa
        for <privacy@shop.example.be>; Thu, 21 May 2026 10:30:04 +0200 (CEST)
From: Assura Nord Viagem <novidades@news.assuranord.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Vai_viajar_este_ver=C3=A3o=3F_Seguro_de_viagem_anual_com_15=25_d?=
 =?utf-8?q?e_desconto_=E2=9C=88=EF=B8=8F?=
Date: Thu, 21 May 2026 08:30:01 +0000
Message-ID: <mkt.pt.2026-05-travel.3390127@news.assuranord.example>
Precedence: bulk
List-Unsubscribe: <https://news.assuranord.example/u/3390127?l=pt>, <mailto:unsub-3390127@news.assuranord.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Campaign: PT-2026-05-TRAVEL-ANNUAL
X-Mailer: Ascend Campaigns 9
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="mkt-3390127-alt"

--mkt-3390127-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Assura Nord Viagem

Vai viajar este ver=C3=A3o?

Com o seguro de viagem anual fica protegido em todas as viagens do ano:
cancelamento, bagagem, assist=C3=AAncia m=C3=A9dica no estrangeiro e repatr=
iamento.

S=C3=B3 at=C3=A9 30 de junho: 15% de desconto com o c=C3=B3digo VERAO15, on=
line ou em
qualquer loja Shop Example com balc=C3=A3o de seguros.

-> Simular o meu seguro: https://assuranord.example/pt/viagem-anual

------------------------------------------------------------
Recebe este e-mail porque deu o seu consentimento para receber
comunica=C3=A7=C3=B5es comerciais da Assura Nord quando subscreveu um segur=
o num
ponto de venda parceiro. Pode retirar o seu consentimento a qualquer
momento, sem afetar a licitude do tratamento efetuado at=C3=A9 ent=C3=A3o:
anular a subscri=C3=A7=C3=A3o (https://news.assuranord.example/u/3390127?l=
=3Dpt).

Os seus dados pessoais s=C3=A3o tratados pela Assura Nord SA de acordo com o
RGPD. Pode exercer os seus direitos de acesso, retifica=C3=A7=C3=A3o, apaga=
mento,
limita=C3=A7=C3=A3o, oposi=C3=A7=C3=A3o e portabilidade atrav=C3=A9s de dpo=
@assuranord.example.
Pol=C3=ADtica de privacidade: https://assuranord.example/pt/privacidade

Assura Nord SA - Avenue Louise 331, 1050 Bruxelas
--mkt-3390127-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!doctype html><html><body style=3D"margin:0;background:#f3f6f9">
<table width=3D"600" align=3D"center" style=3D"background:#fff;font-family:=
Arial,sans-serif">
<tr><td style=3D"padding:24px"><img src=3D"https://news.assuranord.example/=
img/logo-viagem.png" alt=3D"Assura Nord Viagem" width=3D"180"></td></tr>
<tr><td style=3D"padding:0 24px"><h1 style=3D"color:#0a4d7a">Vai viajar est=
e ver=C3=A3o?</h1>
<p>Com o seguro de viagem anual fica protegido em todas as viagens do ano.<=
/p>
<p><b>15% de desconto</b> com o c=C3=B3digo <b>VERAO15</b> at=C3=A9 30 de j=
unho.</p>
<p><a href=3D"https://assuranord.example/pt/viagem-anual?utm_source=3Dnewsl=
etter&utm_campaign=3DPT-2026-05" style=3D"background:#f28c00;color:#fff;pad=
ding:12px 20px;text-decoration:none">Simular o meu seguro</a></p></td></tr>
<tr><td style=3D"padding:24px;font-size:11px;color:#777">Recebe este e-mail=
 porque deu o seu consentimento para receber comunica=C3=A7=C3=B5es comerci=
ais da Assura Nord. Pode retirar o seu consentimento a qualquer momento: <a=
 href=3D"https://news.assuranord.example/u/3390127?l=3Dpt">anular a subscri=
=C3=A7=C3=A3o</a>. Direitos de acesso, retifica=C3=A7=C3=A3o, apagamento, l=
imita=C3=A7=C3=A3o, oposi=C3=A7=C3=A3o e portabilidade: dpo@assuranord.exam=
ple.</td></tr>
</table><img src=3D"https://news.assuranord.example/o/3390127.gif" width=3D=
"1" height=3D"1" alt=3D""></body></html>
--mkt-3390127-alt--
'''),
    ('pt', 'person-one-line-erase-licence-copy-above-long-company-disclaimer', 'deletion', (),
'''Return-Path: <ana.soares@construcoes-lumiar.example>
Received: from EUR03-PA7-obe.outbound.protection.outlook.com (mail-pa7eur03on2129.outbound.protection.outlook.com [40.107.120.129])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jg7Tc3Nb6z5x8Mk
        for <privacy@shop.example.be>; Fri, 12 Jun 2026 17:52:33 +0200 (CEST)
From: Ana Soares <ana.soares@construcoes-lumiar.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: carta de conducao
Thread-Topic: carta de conducao
Thread-Index: AQHd3Fz8Wn1Kp4Rt0Lm7Qs2Xv9Bc3A==
Date: Fri, 12 Jun 2026 15:52:30 +0000
Message-ID: <VI1PR06MB59184C2E7A0D3B9F61E8A5D2C7B10@VI1PR06MB5918.eurprd06.prod.outlook.com>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

Qm9hIHRhcmRlLCBwZcOnbyBxdWUgYXBhZ3VlbSBhIGZvdG9jw7NwaWEgZGEgbWluaGEgY2FydGEg
ZGUgY29uZHXDp8OjbyBxdWUgbyBiYWxjw6NvIGRlIGFsdWd1ZXIgZGUgY2FycmluaGFzIGRhIHZv
c3NhIGxvamEgZGUgQW5kZXJsZWNodCB0aXJvdSBubyBkaWEgMzAgZGUgbWFpbyAoY29udHJhdG8g
UlctQkUtMjYtMDk5NTEpIGUgcXVlIG1lIGNvbmZpcm1lbSBwb3IgZXNjcml0by4KCkFuYSBTb2Fy
ZXMKCkVudmlhZG8gZG8gbWV1IHRlbGVtw7N2ZWwKX19fX19fX19fX19fX19fX19fX19fX19fX19f
X19fX18KQW5hIFNvYXJlcyB8IERpcmV0b3JhIEFkbWluaXN0cmF0aXZhCkNvbnN0cnXDp8O1ZXMg
THVtaWFyLCBMZGEuIC0gU3VjdXJzYWwgQsOpbGdpY2EKQ2hhdXNzw6llIGRlIE1vbnMgNjEyLCAx
MDcwIEFuZGVybGVjaHQgfCBUICszMiAyIDUyMiAxOCA0MCB8IE5JRiBQVCA1MDkgMzMxIDg3NwoK
QVZJU08gREUgQ09ORklERU5DSUFMSURBREU6IEVzdGEgbWVuc2FnZW0gZSBxdWFpc3F1ZXIgZmlj
aGVpcm9zIGFuZXhvcyBzw6NvIGNvbmZpZGVuY2lhaXMgZSBkZXN0aW5hbS1zZSBleGNsdXNpdmFt
ZW50ZSBhbyB1c28gZGEgcGVzc29hIG91IGVudGlkYWRlIGEgcXVlbSBzw6NvIGRpcmlnaWRvcy4g
U2UgcmVjZWJldSBlc3RhIG1lbnNhZ2VtIHBvciBlbmdhbm8sIHBvciBmYXZvciBub3RpZmlxdWUg
aW1lZGlhdGFtZW50ZSBvIHJlbWV0ZW50ZSBlIGFwYWd1ZS1hIGRvIHNldSBzaXN0ZW1hLCBuw6Nv
IHBvZGVuZG8gY29waWFyLCBkaXZ1bGdhciBvdSB1dGlsaXphciBvIHNldSBjb250ZcO6ZG8gcGFy
YSBxdWFscXVlciBmaW0uIEEgQ29uc3RydcOnw7VlcyBMdW1pYXIsIExkYS4gbsOjbyBzZSByZXNw
b25zYWJpbGl6YSBwb3IgYWx0ZXJhw6fDtWVzIGVmZXR1YWRhcyDDoCBtZW5zYWdlbSBhcMOzcyBv
IHNldSBlbnZpbyBuZW0gcG9yIGV2ZW50dWFpcyB2w61ydXMuIE9zIGRhZG9zIHBlc3NvYWlzIGNv
bnRpZG9zIG5lc3RhIG1lbnNhZ2VtIHPDo28gdHJhdGFkb3MgZW0gY29uZm9ybWlkYWRlIGNvbSBv
IFJlZ3VsYW1lbnRvIEdlcmFsIHNvYnJlIGEgUHJvdGXDp8OjbyBkZSBEYWRvcyAoUkdQRCk7IHBh
cmEgZXhlcmNlciBvcyBzZXVzIGRpcmVpdG9zIGRlIGFjZXNzbywgcmV0aWZpY2HDp8OjbywgYXBh
Z2FtZW50byBvdSBvcG9zacOnw6NvIGNvbnRhY3RlIHJncGRAY29uc3RydWNvZXMtbHVtaWFyLmV4
YW1wbGUuCkNPTkZJREVOVElBTElUWSBOT1RJQ0U6IFRoaXMgZS1tYWlsIGFuZCBhbnkgYXR0YWNo
bWVudHMgYXJlIGNvbmZpZGVudGlhbCBhbmQgaW50ZW5kZWQgc29sZWx5IGZvciB0aGUgYWRkcmVz
c2VlLiBJZiB5b3UgYXJlIG5vdCB0aGUgaW50ZW5kZWQgcmVjaXBpZW50LCBwbGVhc2Ugbm90aWZ5
IHRoZSBzZW5kZXIgYW5kIGRlbGV0ZSBpdC4gUGxlYXNlIGNvbnNpZGVyIHRoZSBlbnZpcm9ubWVu
dCBiZWZvcmUgcHJpbnRpbmcgdGhpcyBlLW1haWwuCg==
'''),
]

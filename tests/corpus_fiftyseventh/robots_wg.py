"""Fifty-seventh set, robot mail of suppliers, customs and services abroad, plus people who look automatic (14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'saas-subprocessor-change-notice', 'automated', (),
'''Return-Path: <bounces+4821907-a3f1-privacy=shop.example.be@em8830.nimbusdesk.io>
Received: from o7.em8830.nimbusdesk.io (o7.em8830.nimbusdesk.io [167.89.21.114])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qx7Lm2Zp9z1vR
        for <privacy@shop.example.be>; Wed, 14 Oct 2026 18:03:27 +0200 (CEST)
Received: by filterdrecv-6c9d7f8b5-x2kqp with SMTP id filterdrecv-6c9d7f8b5-x2kqp-1-6715A3F1-2C
        2026-10-14 16:03:21.442108391 +0000 UTC m=+3391702.118233541
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=nimbusdesk.io;
	h=content-type:from:mime-version:subject:list-unsubscribe:to:cc;
	s=s1; bh=Jk8l0v2yQp3W4nS1bQhXG7c0Tqf6m9Rr1yZsV2oU8dE=;
	b=Wm3tQ9rLx0aVb7nKc2PzYh5sD1fGj8eRuT4wMq6iN0oBkC3lXyZ9vJ2pHs7dFgA1tE5rUw8y
	 Qn4mK6bVc0xZ2aL9sD3fGh7jP1oI5uY8tR4eW6qAzX0cVb2nM9lK3jH7gF5dS1aQ==
From: NimbusDesk Trust <trust-notifications@nimbusdesk.io>
Reply-To: NimbusDesk Privacy <privacy@nimbusdesk.io>
To: privacy@shop.example.be
Subject: Notice of changes to NimbusDesk sub-processors (effective 13 November 2026)
Date: Wed, 14 Oct 2026 16:03:21 +0000 (UTC)
Message-ID: <kQ3vT9ZbR0mJx1yLwP7dFg@geopod-ismtpd-canary-0>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary=0f3e9b8c1d2a47b6a5e4c3d2b1a09f8e
Auto-Submitted: auto-generated
Precedence: bulk
List-Unsubscribe: <https://trust.nimbusdesk.io/subscriptions/unsubscribe?t=eyJ1IjoiNzcxODIwNCJ9>,
 <mailto:unsubscribe@nimbusdesk.io?subject=unsubscribe-7718204>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-SG-EID: u001.Tq9xL3mVZbR8c1yJw0pN7dFgKk2sH5aYp0rW2nK5tZ1mA7bX0cV
X-Entity-ID: u001.pQ8rW2nK5tZ1mA7bX0cVw==

--0f3e9b8c1d2a47b6a5e4c3d2b1a09f8e
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hi Shop Example BV team,

You are receiving this notice because privacy@shop.example.be is listed as
the privacy contact for the workspace "shopexample-support" (Account ID
7718204).

In accordance with Section 6.3 of the NimbusDesk Data Processing Addendum,
we are giving you 30 days' notice of the following changes to our list of
sub-processors.

NEW SUB-PROCESSORS
- Lumen AI Labs Inc. (United States) - generative AI features (reply
  suggestions, ticket summaries). Transfer mechanism: EU-U.S. Data Privacy
  Framework, with Standard Contractual Clauses (Module 3) as fallback.
- Kestrel Voice Ltd (Ireland) - call recording transcription for
  NimbusDesk Voice.

REMOVED
- Parlo Translate GmbH (Germany)

These changes take effect on 13 November 2026. If you wish to object on
reasonable data protection grounds, please use the objection form in the
Trust Center before that date. Customers who do not object within the
notice period are deemed to have accepted the change.

View the full sub-processor list:
https://trust.nimbusdesk.io/subprocessors

Manage your notification preferences:
https://trust.nimbusdesk.io/subscriptions

This is an automated message. Replies to this address are not monitored.

NimbusDesk, Inc. | 548 Market St, PMB 77310 | San Francisco, CA 94104

--0f3e9b8c1d2a47b6a5e4c3d2b1a09f8e
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1=
f2937">
<p>Hi Shop Example BV team,</p>
<p>In accordance with Section 6.3 of the NimbusDesk Data Processing Addendum=
, we are giving you 30&nbsp;days&rsquo; notice of changes to our sub-process=
ors, effective <strong>13 November 2026</strong>.</p>
<ul>
<li><strong>New:</strong> Lumen AI Labs Inc. (United States) &ndash; generat=
ive AI features</li>
<li><strong>New:</strong> Kestrel Voice Ltd (Ireland) &ndash; call transcri=
ption</li>
<li><strong>Removed:</strong> Parlo Translate GmbH (Germany)</li>
</ul>
<p><a href=3D"https://trust.nimbusdesk.io/subprocessors">View the full sub-pr=
ocessor list</a> &middot; <a href=3D"https://trust.nimbusdesk.io/objections"=
>Submit an objection</a></p>
<p style=3D"color:#6b7280;font-size:12px">This is an automated message. Repli=
es to this address are not monitored.<br>NimbusDesk, Inc. | 548 Market St, P=
MB 77310, San Francisco, CA 94104</p>
</body></html>

--0f3e9b8c1d2a47b6a5e4c3d2b1a09f8e--
'''),
    ('en', 'postfix-dsn-processor-contact-unknown', 'automated', (),
'''Return-Path: <>
Received: from mail.harbourfreight-logistics.co.uk (mail.harbourfreight-logistics.co.uk [85.92.71.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QyB2t0c1Hz9kL
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 10:14:52 +0200 (CEST)
Received: by mail.harbourfreight-logistics.co.uk (Postfix)
	id 2F1A04C0E3; Mon, 19 Oct 2026 09:14:51 +0100 (BST)
Date: Mon, 19 Oct 2026 09:14:51 +0100 (BST)
From: MAILER-DAEMON@mail.harbourfreight-logistics.co.uk (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2F1A04C0E3.1792397691/mail.harbourfreight-logistics.co.uk"
Content-Transfer-Encoding: 8bit
Message-Id: <20261019081451.2F1A04C0E3@mail.harbourfreight-logistics.co.uk>

This is a MIME-encapsulated message.

--2F1A04C0E3.1792397691/mail.harbourfreight-logistics.co.uk
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.harbourfreight-logistics.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<data.protection@harbourfreight-logistics.co.uk>: unknown user:
    "data.protection"

--2F1A04C0E3.1792397691/mail.harbourfreight-logistics.co.uk
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.harbourfreight-logistics.co.uk
X-Postfix-Queue-ID: 2F1A04C0E3
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 19 Oct 2026 09:14:50 +0100 (BST)

Final-Recipient: rfc822; data.protection@harbourfreight-logistics.co.uk
Original-Recipient: rfc822;data.protection@harbourfreight-logistics.co.uk
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "data.protection"

--2F1A04C0E3.1792397691/mail.harbourfreight-logistics.co.uk
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be (mx-out1.shop.example.be [195.130.144.27])
	by mail.harbourfreight-logistics.co.uk (Postfix) with ESMTPS id 2F1A04C0E3
	for <data.protection@harbourfreight-logistics.co.uk>; Mon, 19 Oct 2026 09:14:50 +0100 (BST)
From: Privacy Team Shop Example <privacy@shop.example.be>
To: data.protection@harbourfreight-logistics.co.uk
Subject: Erasure request to be executed by processor - our ref. PRV-2026-0912
Date: Mon, 19 Oct 2026 10:14:47 +0200
Message-ID: <e2b7c91f-4a30-4d6e-8f15-9c0d7a1b3e58@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

--2F1A04C0E3.1792397691/mail.harbourfreight-logistics.co.uk--
'''),
    ('en', 'vendor-risk-questionnaire-reminder', 'automated', (),
'''Return-Path: <bounce+7c21e9.4a1f-privacy=shop.example.be@mg.vendorguard.com>
Received: from m42-118.mailgun.net (m42-118.mailgun.net [159.135.42.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0cKq3Yb1z7hT
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 15:30:08 +0100 (CET)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=vendorguard.com;
 q=dns/txt; s=mg; t=1793284202; h=To: To: Subject: Subject: From: From: Date;
 bh=0b9Vt2hQ7xN3kLm5pR8sW1yZ4aC6eG9iJ2lN5oQ8rT0=; b=Xk2mP9...
From: VendorGuard <no-reply@vendorguard.com>
To: privacy@shop.example.be
Subject: Reminder: "Annual Privacy & Security Assessment 2026" from Calloway Hospitality Group is due in 5 days
Date: Thu, 29 Oct 2026 14:30:02 +0000
Message-Id: <20261029143002.7c21e94a1f0b3d55@mg.vendorguard.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-Mailgun-Sid: WyI3YzIxZSIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICI0YTFmIl0=
X-Mailgun-Tag: assessment-reminder
X-VG-Assessment-ID: ASM-2026-064117

Hello,

Calloway Hospitality Group has asked Shop Example BV to complete the
following assessment:

  Assessment:    Annual Privacy & Security Assessment 2026 (v3.2)
  Requested by:  Sinead Brennan, Third-Party Risk, Calloway Hospitality Group
  Due date:      3 November 2026
  Progress:      41 of 118 questions answered (35%)
  Assigned to:   privacy@shop.example.be

Sections still open:
  C. Data subject rights handling ............... 0/14
  D. International transfers and sub-processors . 3/22
  F. Incident response and breach notification .. 0/11

Continue the assessment:
https://app.vendorguard.com/r/assessments/ASM-2026-064117?ref=reminder_5d

Need more time? You can request an extension from inside the assessment.
Calloway Hospitality Group will be notified of your request.

You are receiving this reminder because you are a contact for Shop Example
BV on VendorGuard. Reminders are sent 14, 5 and 1 day(s) before the due
date.

--
VendorGuard Ltd, 20 Fitzwilliam Place, Dublin 2, D02 YV58, Ireland
Help centre: https://help.vendorguard.com
'''),
    ('en', 'challenge-response-antispam-us-contractor', 'automated', (),
'''Return-Path: <verify@sendercheck.net>
Received: from out-3.sendercheck.net (out-3.sendercheck.net [64.62.197.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2mVt6Lx0z3pQ
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 05:48:19 +0100 (CET)
From: "Rajesh Malhotra via SenderCheck" <verify@sendercheck.net>
To: privacy@shop.example.be
Subject: Re: Signed DPA and list of your sub-processors [please verify]
Date: Mon, 9 Nov 2026 20:48:14 -0800
Message-ID: <sc.20261110044814.7f3a1c99e2@sendercheck.net>
In-Reply-To: <c41e8a02-77d1-4b5e-9a0c-3f0b9e17d6aa@shop.example.be>
References: <c41e8a02-77d1-4b5e-9a0c-3f0b9e17d6aa@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied
Precedence: junk
X-SenderCheck-Challenge: 7f3a1c99e2

Hello,

I'm protecting my inbox from spam with SenderCheck. Your message below is
being held until you confirm that you are a real person. You only have to
do this once; after that, your messages will reach me directly.

Please click the link below to verify:
https://verify.sendercheck.net/c/7f3a1c99e2?r=privacy%40shop.example.be

If you do not verify within 7 days, your message will be deleted
automatically.

Thank you,
Rajesh Malhotra
PixelForge Studio, Fremont CA

(This message was sent automatically by SenderCheck - www.sendercheck.net)

------------------ Held message ------------------
From:    privacy@shop.example.be
Subject: Signed DPA and list of your sub-processors
Date:    Tue, 10 Nov 2026 05:47:58 +0100
Size:    184 KB (1 attachment)
'''),
    ('en', 'person-objects-above-subprocessor-notice', 'objection', (),
'''Return-Path: <hollowayjen82@gmail.com>
Received: from mail-wr1-f47.google.com (mail-wr1-f47.google.com [209.85.221.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3fHb1Sn5z8vK
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 21:37:02 +0100 (CET)
Received: by mail-wr1-f47.google.com with SMTP id ffacd0b85a97d-3b9e1f24c6aso1184022f8f.2
        for <privacy@shop.example.be>; Thu, 05 Nov 2026 12:37:01 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=1793997421;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
        bh=Q2kT8vN1zR4xW7yB0cE3fH6jL9mP2sU5vX8aD1gJ4nM=;
        b=gR7kP2xQ9mN4vB1zT6yW3cL8fH5jD0sA2eU7iO4pK9nM1bV6xZ3qW8rT5yL2hJ7f
From: Jen Holloway <hollowayjen82@gmail.com>
Date: Thu, 5 Nov 2026 20:36:48 +0000
Message-ID: <CAH7qYx2mR5pT0kV9bL1nQzW3eJdU8fA6sXcG4yHoMZ1pK@mail.gmail.com>
Subject: Re: Changes to the service providers behind Example Plus
To: privacy@shop.example.be
In-Reply-To: <np.20261105.88412.plus-notice@shop.example.be>
References: <np.20261105.88412.plus-notice@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

I object to this.

I signed up for the card to get money off, not so that a company in the UK
can go through everything I buy and build a profile of me. Please do not
use my purchase history for "personalised offers" or any other analysis,
and don't hand it to Perk Analytics. The plain card without all that is
fine, I'll keep using it.

Card number 6301 0045 8812 3390, account is under this email address.

Jen Holloway
Leuven

On Thu, 5 Nov 2026 at 09:15, Shop Example <noreply@shop.example.be> wrote:
> Dear Jen,
>
> We are writing to let you know about a change to the service providers
> that help us run Example Plus, our loyalty programme.
>
> From 7 December 2026, Perk Analytics Ltd (London, United Kingdom) will
> process the purchase history linked to your Example Plus card on our
> behalf, so that we can tailor offers and vouchers to your interests.
> Data is transferred to the United Kingdom on the basis of the European
> Commission's adequacy decision.
>
> You do not need to do anything. The full list of our service providers
> is in our privacy notice at https://www.shop.example.be/privacy.
> Questions? Write to privacy@shop.example.be.
>
> Kind regards,
> The Example Plus team
>
> This is an automated message. Please do not reply to this e-mail.
'''),
    ('nl', 'exchange-ooo-dutch-packaging-supplier', 'automated', (),
'''Return-Path: <m.degraaf@verpakkingshuis-twente.nl>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2098.outbound.protection.outlook.com [40.107.105.98])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0Wn81Dk4z2fM
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 11:02:36 +0100 (CET)
Received: from AM9PR08MB6145.eurprd08.prod.outlook.com (2603:10a6:20b:2d1::14)
 by DB9PR08MB7020.eurprd08.prod.outlook.com (2603:10a6:10:2c3::9) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.19; Tue, 27 Oct
 2026 10:02:34 +0000
From: Marloes de Graaf <m.degraaf@verpakkingshuis-twente.nl>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: Automatisch antwoord: Verwerkersovereenkomst 2027 - graag getekend
 retour
Thread-Topic: Verwerkersovereenkomst 2027 - graag getekend retour
Thread-Index: AQHbKF3mN0s2xYqLQk6k9Rz3tWcVfA==
Date: Tue, 27 Oct 2026 10:02:34 +0000
Message-ID: <a6f2c8e19b4d4f0e8e5c7d21b3aa9f40@AM9PR08MB6145.eurprd08.prod.outlook.com>
In-Reply-To: <3b1f0d7e-58c2-4a9e-b1d6-0e4c7f2a9d11@shop.example.be>
References: <3b1f0d7e-58c2-4a9e-b1d6-0e4c7f2a9d11@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: m.degraaf@verpakkingshuis-twente.nl
Content-Language: nl-NL
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Goedemorgen,

Dank voor uw bericht. Ik ben van maandag 26 oktober tot en met vrijdag 30 =
oktober niet aanwezig en lees in die periode geen e-mail. Uw bericht wordt =
niet automatisch doorgestuurd.

Voor vragen over orders en leveringen kunt u terecht bij mijn collega Joost =
Hulshof (j.hulshof@verpakkingshuis-twente.nl, 053 - 480 22 19). Contracten =
en overeenkomsten pak ik na mijn terugkeer als =E9=E9n van de eerste dingen =
op.

Met vriendelijke groet,

Marloes de Graaf
Accountmanager Retail
Verpakkingshuis Twente B.V. | Hengelosestraat 512 | 7521 AM Enschede
'''),
    ('nl', 'person-reply-above-customs-duty-text-delete-national-number', 'deletion', (),
'''Return-Path: <pieter.vanlaere@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3rYp5Qw2z6bN
        for <privacy@shop.example.be>; Fri, 6 Nov 2026 08:52:21 +0100 (CET)
Received: from LAPTOPPIETER ([91.181.47.203])
	by michel.telenet-ops.be with cmsmtp
	id 8Ksh2D0024XwqEm01KshLq; Fri, 06 Nov 2026 08:52:20 +0100
From: "Pieter Van Laere" <pieter.vanlaere@telenet.be>
To: <privacy@shop.example.be>
Subject: FW: Invoerrechten verschuldigd voor zending 4720 6618 3305
Date: Fri, 6 Nov 2026 08:52:17 +0100
Message-ID: <000c01dc4e2a$5f3b8e40$1db2aac0$@telenet.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQI3xYf0cB9pJk2m4n7Q1bRsLwT8ZA==
Content-Language: nl-be

Goedemorgen,

Hieronder een mail die ik gisteren kreeg van een douanekantoor, over de jas die ik bij jullie bestelde (bestelling 40-2281937). De kosten heb ik intussen betaald, daar gaat het me niet om.

Wel om dit: in hun mail staat voluit mijn rijksregisternummer. Dat heb ik bij jullie nergens ingevuld en het gaat zo'n expediteur niets aan. Ik wil niet dat dat nummer ergens blijft rondslingeren. Gelieve het te verwijderen uit jullie systemen en ervoor te zorgen dat die firma het ook wist.

Mvg,
Pieter Van Laere

-----Oorspronkelijk bericht-----
Van: Brokerlink Benelux Customs <noreply@clearance.brokerlink-bnl.com> 
Verzonden: donderdag 5 november 2026 07:41
Aan: pieter.vanlaere@telenet.be
Onderwerp: Invoerrechten verschuldigd voor zending 4720 6618 3305

Beste klant,

Uw zending met trackingnummer 4720 6618 3305 (afzender: NORDVIK OUTDOOR LTD, Manchester, Verenigd Koninkrijk) is aangekomen in België en werd op uw naam bij de douane aangegeven.

Geadresseerde:        PIETER VAN LAERE
Rijksregisternummer:  85.03.14-213.62
Adres:                Kerkstraat 41, 9050 Gentbrugge

Te betalen:
  Invoer-btw (21%)        EUR 31,29
  Inklaringskosten        EUR 12,50
  Totaal                  EUR 43,79

Betaal binnen 5 werkdagen via https://pay.brokerlink-bnl.com/nl/47206618 . Na betaling wordt uw zending binnen 1 à 2 werkdagen geleverd.

Dit is een automatisch bericht. Antwoorden op dit adres worden niet gelezen.

Brokerlink Benelux NV - erkend douane-expediteur - Brucargo 725, 1931 Zaventem
'''),
    ('nl', 'dropship-platform-tracking-uploaded', 'automated', (),
'''Return-Path: <bounces@drophub.nl>
Received: from smtp-out2.drophub.nl (smtp-out2.drophub.nl [185.107.56.211])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1pXc0Gh7z4mW
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 03:14:12 +0100 (CET)
From: DropHub <meldingen@drophub.nl>
To: privacy@shop.example.be
Subject: Track & trace toegevoegd aan bestelling #SX-55821
Date: Mon, 2 Nov 2026 03:14:09 +0100
Message-ID: <20261102021409.55821.tracking@drophub.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Drophub-Event: order.tracking_uploaded
X-Drophub-Store: shop-example-be

Hallo Shop Example BV,

Je leverancier Shenzhen Yilong Trading Co., Ltd. heeft een trackingnummer g=
e=C3=BCpload voor bestelling #SX-55821.

Bestelling:      #SX-55821 (webshoporder 40-2294410)
Product:         Draadloze oordopjes ANC Pro, zwart (1x)
Klant:           L. Peeters, 2018 Antwerpen
Vervoerder:      YunExpress
Trackingnummer:  YT2630521187004512
Status:          Verzonden vanuit Shenzhen (CN)

De trackinggegevens zijn automatisch doorgezet naar je webshop. Je klant kr=
ijgt daarover een e-mail van je webshop, niet van ons.

Verwachte levertijd: 8-14 werkdagen.

Bekijk de bestelling in je dashboard:
https://app.drophub.nl/orders/SX-55821

Je ontvangt deze e-mail omdat meldingen voor "Tracking ge=C3=BCpload" aanst=
aan. Meldingen beheren: https://app.drophub.nl/instellingen/meldingen

Team DropHub
'''),
    ('nl', 'carrier-customs-clearance-documents-missing', 'automated', (),
'''Return-Path: <douane-noreply@transglobe-express.com>
Received: from mta07.notify.transglobe-express.com (mta07.notify.transglobe-express.com [52.214.88.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1yTf4Jk0z8cH
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 14:26:40 +0100 (CET)
From: Transglobe Express Douane <douane-noreply@transglobe-express.com>
To: privacy@shop.example.be
Subject: Actie vereist: zending 7731 0482 5519 wacht op inklaring
Date: Tue, 3 Nov 2026 13:26:37 +0000
Message-ID: <TGX.CLR.773104825519.20261103132637@notify.transglobe-express.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Mailer: TGX-Notify 4.2
X-TGX-Template: CLR_DOCS_REQUIRED_NL

Geachte heer, mevrouw,

Uw inkomende zending kan nog niet worden ingeklaard. Wij hebben aanvullende informatie van u nodig.

Luchtvrachtbrief:    7731 0482 5519
Afzender:            Rieder Sport AG, 8400 Winterthur, CH
Ontvanger:           SHOP EXAMPLE BV, 2800 Mechelen, BE
Inhoud (afzender):   "Retour wandelschoenen"
Aangegeven waarde:   CHF 389,00
Gewicht:             2,4 kg

Ontbrekende gegevens:
  - handelsfactuur of proformafactuur met de reden van terugzending
  - uw EORI-nummer
  - MRN van de oorspronkelijke uitvoeraangifte, als u vrijstelling voor terugkerende goederen wilt aanvragen

Upload de documenten via https://clearance.transglobe-express.com/upload?awb=773104825519

Vanaf de vierde kalenderdag rekenen wij opslagkosten van EUR 8,00 per dag. Zonder de gevraagde gegevens wordt de zending na 10 kalenderdagen teruggestuurd naar de afzender.

Dit bericht is automatisch verzonden. Antwoorden op dit adres worden niet verwerkt.

Transglobe Express Belgium BV - Customs Department - Brucargo 830, 1931 Zaventem
'''),
    ('nl', 'person-correction-above-loyalty-mail-with-disclaimer', 'correction', (),
'''Return-Path: <kris.vermeulen@bouwbedrijf-claes.be>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2117.outbound.protection.outlook.com [40.107.20.117])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2dQm7Bv3z1xS
        for <privacy@shop.example.be>; Mon, 9 Nov 2026 13:41:59 +0100 (CET)
From: Kris Vermeulen <kris.vermeulen@bouwbedrijf-claes.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Kris, je Example Plus-saldo van november
Thread-Topic: Kris, je Example Plus-saldo van november
Thread-Index: AQHbMk7sZ1vYq0RkTpm3b8dJx2nL5g==
Date: Mon, 9 Nov 2026 12:41:55 +0000
Message-ID: <PA4PR03MB7134C2E9A0B1F5D6E7A8B9C0D1E2F3A4B5C6@PA4PR03MB7134.eurprd03.prod.outlook.com>
References: <plus.saldo.20261101.6301004522078841@plus.shop.example.be>
In-Reply-To: <plus.saldo.20261101.6301004522078841@plus.shop.example.be>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hallo,

Kleine vraag, maar het stoort me al een tijdje: in al jullie mails en op mijn klantenkaart staat mijn naam als "Vermeulem", met een m op het einde. Het is Vermeulen, met een n. Kunnen jullie dat aanpassen?

En nu ik toch bezig ben: het adres in mijn account klopt ook niet meer. Sinds de zomer wonen we in de Molenstraat 18, 2500 Lier (vroeger Antwerpsesteenweg 203, ook in Lier). Het kaartnummer staat hieronder in jullie mail.

Bedankt!

Met vriendelijke groeten / Kind regards

Kris Vermeulen
Projectleider
T +32 3 489 12 60 | M +32 476 55 81 09
Bouwbedrijf Claes NV | Industrieweg 12 | 2500 Lier
www.bouwbedrijf-claes.be

Denk aan het milieu voor u deze e-mail afdrukt.

DISCLAIMER: Dit e-mailbericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde(n) en kunnen vertrouwelijke informatie bevatten. Bent u niet de bedoelde ontvanger, verwittig dan de afzender en verwijder dit bericht. Bouwbedrijf Claes NV aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van e-mail.
This e-mail and any attachments are confidential and intended solely for the addressee(s). If you are not the intended recipient, please notify the sender and delete this message.

Van: Example Plus <noreply@plus.shop.example.be>
Verzonden: zondag 1 november 2026 10:00
Aan: Kris Vermeulen <kris.vermeulen@bouwbedrijf-claes.be>
Onderwerp: Kris, je Example Plus-saldo van november

Beste Kris Vermeulem,

Je hebt momenteel 1.240 punten op je Example Plus-kaart (nr. 6301 0045 2207 8841). Dat is goed voor EUR 12,40 korting bij je volgende aankoop in de winkel of online.

Let op: 310 punten vervallen op 31 december 2026.

Bekijk je voordelen in de app of op www.shop.example.be/plus.

Tot binnenkort!
Het Example Plus-team

Deze e-mail werd automatisch verzonden. Antwoorden op deze e-mail worden niet gelezen.
'''),
    ('fr', 'quebec-translation-agency-ooo-bilingual', 'automated', (),
'''Return-Path: <gtremblay@traductions-boreal.ca>
Received: from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2102.outbound.protection.outlook.com [40.107.115.102])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0zMb2Kp8z5tD
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 14:12:47 +0100 (CET)
Received: from YT2PR01MB8892.CANPRD01.PROD.OUTLOOK.COM (2603:10b6:b01:5e::11)
 by YQBPR0101MB5310.CANPRD01.PROD.OUTLOOK.COM (2603:10b6:c01:41::7) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.21; Fri, 30 Oct
 2026 13:12:45 +0000
From: =?utf-8?Q?Genevi=C3=A8ve_Tremblay?= <gtremblay@traductions-boreal.ca>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: =?utf-8?Q?R=C3=A9ponse_automatique=C2=A0:_Traduction_de_la_politique_de_c?=
 =?utf-8?Q?onfidentialit=C3=A9_-_version_canadienne?=
Thread-Topic: =?utf-8?Q?Traduction_de_la_politique_de_confidentialit=C3=A9_-_versi?=
 =?utf-8?Q?on_canadienne?=
Thread-Index: AQHbKuA4w1Lz0sXhQ0qz8mR1yTb3fQ==
Date: Fri, 30 Oct 2026 13:12:45 +0000
Message-ID: <b91d0c7e3f2a4e18a6c5d4e3f2a1b0c9@YT2PR01MB8892.CANPRD01.PROD.OUTLOOK.COM>
In-Reply-To: <5e8a0c31-9b7d-4f2e-a1c6-8d3b2f0e7a94@shop.example.be>
References: <5e8a0c31-9b7d-4f2e-a1c6-8d3b2f0e7a94@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: gtremblay@traductions-boreal.ca
Content-Language: fr-CA
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

(English follows)

Bonjour,

Merci de votre courriel. Je suis absente du bureau jusqu'au lundi 2 novemb=
re inclusivement et je serai de retour le mardi 3 novembre. Je n'aurai pas =
acc=C3=A8s =C3=A0 mes courriels durant cette p=C3=A9riode.

Pour toute demande urgente concernant un projet en cours, veuillez =C3=A9cr=
ire =C3=A0 gestion@traductions-boreal.ca. Veuillez noter que nos bureaux so=
nt situ=C3=A9s =C3=A0 Montr=C3=A9al (heure de l'Est).

Au plaisir,

Genevi=C3=A8ve Tremblay
Gestionnaire de projets | Traductions Bor=C3=A9al inc.

---

Hello,

Thank you for your email. I am out of the office until Monday, November 2=
, inclusively, and will be back on Tuesday, November 3. For urgent matters =
regarding an ongoing project, please write to gestion@traductions-boreal.ca=
. Please note that our offices are located in Montreal (Eastern Time).

Genevi=C3=A8ve Tremblay
Project Manager | Traductions Bor=C3=A9al inc.
'''),
    ('fr', 'offshore-translation-platform-job-delivered', 'automated', (),
'''Return-Path: <notifications@linguaflow.com>
Received: from mail2.linguaflow.com (mail2.linguaflow.com [197.14.52.38])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QzKd9Vn1Xz3wP
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 17:05:33 +0200 (CEST)
From: Linguaflow <notifications@linguaflow.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Projet_LF-2026-18842_livr=C3=A9?=
Date: Wed, 21 Oct 2026 16:05:29 +0100
Message-ID: <job.LF-2026-18842.delivered.1792595129@linguaflow.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Linguaflow-Event: project.delivered
X-Linguaflow-Client: CL-3307

Bonjour,

Bonne nouvelle : votre projet a été livré.

Projet :           LF-2026-18842 – Avis de confidentialité app mobile v4
Langue source :    néerlandais (Belgique)
Langues cibles :   français (Belgique), allemand (Allemagne)
Fichiers :         privacy-app-v4_NL.docx (2 862 mots)
                   cookie-banner-strings.xliff (214 mots)
Révision :         incluse (4 yeux)

Télécharger les fichiers traduits :
https://portal.linguaflow.com/projects/LF-2026-18842/deliverables

Votre mémoire de traduction « Shop Example – juridique » a été mise à jour (3 076 segments).

Vous disposez de 14 jours pour signaler un problème de qualité. Passé ce délai, le projet sera clôturé et facturé (facture LF-INV-2026-5531).

Ceci est un message automatique, merci de ne pas y répondre. Pour toute question, utilisez la messagerie du projet dans le portail.

L'équipe Linguaflow
Linguaflow SARL – Immeuble Horizon, Les Berges du Lac, 1053 Tunis, Tunisie
'''),
    ('fr', 'email-saas-dpa-update-hosting-region', 'automated', (),
'''Return-Path: <bounce-20419-legal@mail.sendorra.fr>
Received: from mail.sendorra.fr (mail.sendorra.fr [51.159.22.74])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4kBv8Hs6z2qJ
        for <privacy@shop.example.be>; Mon, 16 Nov 2026 10:01:14 +0100 (CET)
From: Sendorra <legal-noreply@sendorra.fr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Mise_=C3=A0_jour_de_notre_accord_de_traitement_des_donn?=
 =?UTF-8?Q?=C3=A9es_(DPA)_au_1er_d=C3=A9cembre_2026?=
Date: Mon, 16 Nov 2026 10:01:09 +0100
Message-ID: <dpa-2026-12.20419.7f0c2b@mail.sendorra.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: bulk
X-Sendorra-Campaign: legal-dpa-2026-12
X-Sendorra-Account: 20419

Bonjour,

Vous recevez cet e-mail en tant que contact RGPD du compte Sendorra =C2=AB=
=C2=A0Shop Example BV=C2=A0=C2=BB (ID 20419).

Nous mettons =C3=A0 jour notre accord de traitement des donn=C3=A9es (DPA).=
 La nouvelle version entrera en vigueur le 1er d=C3=A9cembre 2026.

Principaux changements :

- H=C3=A9bergement : les donn=C3=A9es de vos contacts et de vos campagnes s=
ont d=C3=A9sormais h=C3=A9berg=C3=A9es exclusivement dans notre r=C3=A9gion=
 Paris (France). La r=C3=A9plication vers Amsterdam est supprim=C3=A9e.
- Transferts hors UE : le support de niveau 2 assur=C3=A9 depuis Montr=C3=
=A9al (Canada) repose sur la d=C3=A9cision d'ad=C3=A9quation de la Commissi=
on europ=C3=A9enne ; les clauses contractuelles types restent en annexe po=
ur les autres cas.
- Violations de donn=C3=A9es : d=C3=A9lai de notification ramen=C3=A9 de 48=
 h =C3=A0 36 h.
- Sous-traitants ult=C3=A9rieurs : ajout de Nuagis SAS (h=C3=A9bergement, F=
rance), retrait de DataRelay BV (Pays-Bas).

Aucune action n'est requise de votre part. L'utilisation de nos services ap=
r=C3=A8s le 1er d=C3=A9cembre 2026 vaut acceptation de la nouvelle version.=
 Si vous avez sign=C3=A9 un DPA personnalis=C3=A9, celui-ci reste applicab=
le.

Consulter le DPA (PDF) : https://www.sendorra.fr/legal/dpa-2026-12.pdf
Comparer avec la version pr=C3=A9c=C3=A9dente : https://www.sendorra.fr/leg=
al/dpa/changements

Cordialement,
L'=C3=A9quipe juridique Sendorra

Ce message de service est li=C3=A9 =C3=A0 votre contrat et ne peut pas =C3=
=AAtre d=C3=A9sactiv=C3=A9.
Sendorra SAS =E2=80=93 14 rue de la R=C3=A9publique, 69002 Lyon, France
'''),
    ('fr', 'person-forwards-china-shipping-notice-who-gave-address', 'access', (),
'''Return-Path: <nath.dubois71@gmail.com>
Received: from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2BzL6Wm9z7vF
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 19:21:08 +0100 (CET)
Received: by mail-ej1-f52.google.com with SMTP id a640c23a62f3a-b29f4e1a7c3so771204366b.1
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 10:21:07 -0800 (PST)
From: Nathalie Dubois <nath.dubois71@gmail.com>
Date: Wed, 4 Nov 2026 19:20:51 +0100
Message-ID: <CAJx9Lq4vN2bT7mK0zR8yW3sPfD5hG1cX6eA9uQjLoV7nB2kM4w@mail.gmail.com>
Subject: Fwd: Your order has been shipped - Tracking YT2630498815520073
To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="0000000000008f3c2a062d5e91b7"

--0000000000008f3c2a062d5e91b7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je re=C3=A7ois ce mail d'une soci=C3=A9t=C3=A9 chinoise dont je n'ai jamais=
 entendu parler. Il y a mon nom, mon adresse compl=C3=A8te et m=C3=AAme mon=
 num=C3=A9ro de GSM. La seule commande que j'ai pass=C3=A9e ces derniers te=
mps, c'est chez vous (une lampe de bureau, commande 40-2290187).

Qui leur a donn=C3=A9 mon adresse ? Je voudrais savoir =C3=A0 qui vous avez=
 transmis mes donn=C3=A9es, et lesquelles exactement.

Merci d'avance,
Nathalie Dubois

---------- Forwarded message ---------
De : Ningbo Starwave Supply Chain <no-reply@starwave-scm.cn>
Date: mar. 3 nov. 2026 =C3=A0 04:17
Subject: Your order has been shipped - Tracking YT2630498815520073
To: <nath.dubois71@gmail.com>


Dear Nathalie Dubois,

Good news! Your order DS-88120457 has been shipped.

Ship to:
Nathalie Dubois
Rue des Glycines 14, 4020 Li=C3=A8ge, Belgium
Phone: +32 478 21 65 90

Carrier: YunExpress
Tracking number: YT2630498815520073
Track your parcel: https://track.starwave-scm.cn/YT2630498815520073

Items: LED Desk Lamp, dimmable, white x1

Estimated delivery: 10-15 business days.

This email was sent automatically. Please do not reply.
Ningbo Starwave Supply Chain Co., Ltd.

--0000000000008f3c2a062d5e91b7
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Bonjour,</div><div><br></div><div>Je re=C3=A7ois ce m=
ail d&#39;une soci=C3=A9t=C3=A9 chinoise dont je n&#39;ai jamais entendu pa=
rl=C3=A9. Il y a mon nom, mon adresse compl=C3=A8te et m=C3=AAme mon num=C3=
=A9ro de GSM. La seule commande que j&#39;ai pass=C3=A9e ces derniers temps=
, c&#39;est chez vous (une lampe de bureau, commande 40-2290187).</div><div=
><br></div><div>Qui leur a donn=C3=A9 mon adresse ? Je voudrais savoir =C3=
=A0 qui vous avez transmis mes donn=C3=A9es, et lesquelles exactement.</div=
><div><br></div><div>Merci d&#39;avance,</div><div>Nathalie Dubois</div><br=
><div class=3D"gmail_quote"><div dir=3D"ltr" class=3D"gmail_attr">---------=
- Forwarded message ---------<br>De&nbsp;: <b class=3D"gmail_sendername">Ni=
ngbo Starwave Supply Chain</b> &lt;no-reply@starwave-scm.cn&gt;<br>Date: ma=
r. 3 nov. 2026 =C3=A0 04:17<br>Subject: Your order has been shipped - Track=
ing YT2630498815520073<br>To: &lt;nath.dubois71@gmail.com&gt;<br></div><br>=
<p>Dear Nathalie Dubois,</p><p>Good news! Your order DS-88120457 has been s=
hipped.</p><p>Ship to:<br>Nathalie Dubois<br>Rue des Glycines 14, 4020 Li=
=C3=A8ge, Belgium<br>Phone: +32 478 21 65 90</p><p>Carrier: YunExpress<br>T=
racking number: YT2630498815520073</p></div></div>

--0000000000008f3c2a062d5e91b7--
'''),
    ('de', 'exchange-onprem-abwesenheit-logistics', 'automated', (),
'''Return-Path: <j.bach@logistik-rheinland.de>
Received: from mail.logistik-rheinland.de (mail.logistik-rheinland.de [80.147.203.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0fGd3Ts5z9rB
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 10:41:21 +0100 (CET)
Received: from LR-EX01.lr.local (10.10.4.21) by LR-EX01.lr.local (10.10.4.21)
 with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; Wed, 28 Oct
 2026 10:41:17 +0100
From: =?iso-8859-1?Q?Bach=2C_J=FCrgen?= <j.bach@logistik-rheinland.de>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Automatische_Antwort:_Ihre_Unterst=FCtzung_als_Auftragsver?=
 =?iso-8859-1?Q?arbeiter_-_Auskunftsersuchen_Kunde_40-2263390?=
Thread-Topic: =?iso-8859-1?Q?Ihre_Unterst=FCtzung_als_Auftragsverarbeiter_-_Auskunftse?=
 =?iso-8859-1?Q?rsuchen_Kunde_40-2263390?=
Thread-Index: AQHbKSx0Vq2d7mB1Q0K3bW9zT5eLfg==
Date: Wed, 28 Oct 2026 09:41:17 +0000
Message-ID: <4f7e1a9c0b2d43e6a8c5f1d2e3b4a596@LR-EX01.lr.local>
In-Reply-To: <9a2c4e6f-1b3d-4f58-8e7a-0c9b2d4f6a81@shop.example.be>
References: <9a2c4e6f-1b3d-4f58-8e7a-0c9b2d4f6a81@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: j.bach@logistik-rheinland.de
Content-Language: de-DE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Guten Tag,

vielen Dank f=FCr Ihre Nachricht. Ich bin bis einschlie=DFlich Freitag, 6. =
November 2026, nicht im B=FCro und habe keinen Zugriff auf meine E-Mails. =
Ihre Nachricht wird nicht weitergeleitet.

In dringenden F=E4llen wenden Sie sich bitte an unsere Zentrale unter +49 2=
21 9832-0 oder an dispo@logistik-rheinland.de. Anfragen zum Datenschutz ric=
hten Sie bitte an datenschutz@logistik-rheinland.de.

Mit freundlichen Gr=FC=DFen
J=FCrgen Bach
Key Account Management

Logistik Rheinland GmbH & Co. KG | Hafenstra=DFe 14 | 50735 K=F6ln
'''),
    ('de', 'cloud-hosting-security-advisory', 'automated', (),
'''Return-Path: <security-noreply@wolkenhaus.de>
Received: from mx-out-03.wolkenhaus.de (mx-out-03.wolkenhaus.de [185.233.104.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3xWq0Fc2z4kN
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 16:47:05 +0100 (CET)
From: Wolkenhaus Cloud Sicherheit <security-noreply@wolkenhaus.de>
To: privacy@shop.example.be
Subject: [Sicherheitshinweis] Kritische Schwachstelle in Managed-Cache-Instanzen - Update bis 20.11.2026
Date: Thu, 12 Nov 2026 16:47:01 +0100
Message-ID: <WH-SA-2026-017.K-204187@notify.wolkenhaus.de>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-WH-Advisory: WH-SA-2026-017
X-WH-Customer: K-204187

Guten Tag,

Sie erhalten diese Nachricht als hinterlegter Sicherheitskontakt des Kundenkontos K-204187 (Shop Example BV).

Am 11.11.2026 wurde eine kritische Schwachstelle (CVE-2026-44120, CVSS 9,1) in der von uns bereitgestellten Managed-Cache-Software vor Version 7.4.6 veröffentlicht. Unter bestimmten Bedingungen kann ein authentifizierter Angreifer Code auf der Instanz ausführen.

Betroffene Ressourcen in Ihrem Konto:
  cache-prod-shop-01    Region fra-2    Version 7.2.4
  cache-stage-01        Region fra-2    Version 7.2.4

Was wir bereits getan haben:
- Die Schwachstelle ist nur über das Netzwerk der Instanz ausnutzbar. Ihre Instanzen haben keine öffentliche IP-Adresse.
- Wir haben die Zugriffsprotokolle der letzten 30 Tage geprüft und keine Hinweise auf einen unberechtigten Zugriff gefunden.

Was Sie tun sollten:
Bitte aktualisieren Sie bis zum 20.11.2026 auf Version 7.4.6 (Konsole > Caches > Wartung > "Jetzt aktualisieren") oder legen Sie ein Wartungsfenster fest. Nicht aktualisierte Instanzen werden ab dem 21.11.2026 im nächsten nächtlichen Wartungsfenster automatisch aktualisiert; dabei kommt es zu einer Unterbrechung von etwa 30 Sekunden.

Aktuelle Informationen: https://status.wolkenhaus.de/advisories/WH-SA-2026-017

Dies ist eine automatisch versandte Sicherheitsmitteilung. Sicherheitsmitteilungen können nicht abbestellt werden.

Wolkenhaus Cloud GmbH · Rosenthaler Str. 40 · 10178 Berlin · HRB 214332 B
'''),
    ('de', 'outlook-read-receipt-customs-agency', 'automated', (),
'''Return-Path: <>
Received: from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2090.outbound.protection.outlook.com [40.107.135.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1qPk2Nz6z3tC
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 15:27:44 +0100 (CET)
From: =?utf-8?Q?Martina_Ke=C3=9Fler?= <m.kessler@zollagentur-kessler.de>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: Gelesen: Auskunft zu Zollanmeldungen unserer Kunden (Art. 28 DSGVO)
Thread-Topic: Auskunft zu Zollanmeldungen unserer Kunden (Art. 28 DSGVO)
Thread-Index: AQHbLTq1c7mV0pLkR1u2zX8bQ4nW9AAAaB3w
Date: Mon, 2 Nov 2026 14:27:40 +0000
Message-ID: <FR2P281MB2281A7C3E9D04B15F2A6C8B1E0D3FR2P281MB2281@FR2P281MB2281.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <7d0e3a51-2bf4-4c8e-9a61-5e2f8c0b44d7@shop.example.be>
References: <7d0e3a51-2bf4-4c8e-9a61-5e2f8c0b44d7@shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_002_FR2P281MB2281A7C3E9D04B15F2A6C8B1E0D3FR2P281MB2281DEUP_"

--_002_FR2P281MB2281A7C3E9D04B15F2A6C8B1E0D3FR2P281MB2281DEUP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht

  An: Ke=DFler, Martina
  Betreff: Auskunft zu Zollanmeldungen unserer Kunden (Art. 28 DSGVO)
  Gesendet: Montag, 2. November 2026 14:03:11 (UTC+01:00) Amsterdam, Berlin=
, Bern, Rom, Stockholm, Wien

wurde am Montag, 2. November 2026 15:27:40 (UTC+01:00) Amsterdam, Berlin, B=
ern, Rom, Stockholm, Wien gelesen.

--_002_FR2P281MB2281A7C3E9D04B15F2A6C8B1E0D3FR2P281MB2281DEUP_
Content-Type: message/disposition-notification

Reporting-UA: FR2P281MB2281.DEUP281.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822;m.kessler@zollagentur-kessler.de
Original-Message-ID: <7d0e3a51-2bf4-4c8e-9a61-5e2f8c0b44d7@shop.example.be>
Disposition: automatic-action/MDN-sent-automatically; displayed

--_002_FR2P281MB2281A7C3E9D04B15F2A6C8B1E0D3FR2P281MB2281DEUP_--
'''),
    ('de', 'person-asks-data-country-above-helpdesk-ack', 'access', (),
'''Return-Path: <monika.schroeder@skynet.be>
Received: from mailrelay-out-103.proximus.be (mailrelay-out-103.proximus.be [195.238.22.50])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2pNd5Xy8z0qL
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 09:18:36 +0100 (CET)
Message-ID: <3e8b1c42-9d6f-4a07-b2e5-71c0f8a4d9e3@skynet.be>
Date: Wed, 11 Nov 2026 09:18:30 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: [Ticket #CS-771204] Ihre Anfrage ist bei uns eingegangen
To: privacy@shop.example.be
References: <ticket.CS-771204.ack@help.shop.example.be>
From: =?UTF-8?Q?Monika_Schr=C3=B6der?= <monika.schroeder@skynet.be>
Content-Language: de-DE
In-Reply-To: <ticket.CS-771204.ack@help.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Guten Tag,

ich habe gestern wegen einer Reklamation geschrieben und bekomme nun 
diese automatische Antwort. Unten steht, dass Ihr Kundendienst von einer 
Firma auf den Philippinen betreut wird. Davon wusste ich nichts.

Ich möchte wissen, in welchem Land meine Daten gespeichert sind und wer 
außer Ihnen noch Zugriff darauf hat. Teilen Sie mir bitte auch mit, 
welche Daten über mich bei diesem Dienstleister liegen.

Mit freundlichen Grüßen
Monika Schröder
Eupen

Am 10.11.2026 um 19:02 schrieb Shop Example Kundenservice:
> Guten Tag,
>
> vielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen und
> hat die Ticketnummer CS-771204.
>
> Wir antworten in der Regel innerhalb von 2 Werktagen. Bitte antworten Sie
> nicht auf diese E-Mail, sondern nutzen Sie bei Rückfragen den Link in
> Ihrem Ticket: https://help.shop.example.be/ticket/CS-771204
>
> Unser Kundenservice (Mo-Sa 8:00-20:00 Uhr) wird in unserem Auftrag von
> BrightShore Solutions Inc., Makati City, Philippinen, betreut.
>
> Freundliche Grüße
> Ihr Shop Example Kundenservice
>
> Dies ist eine automatisch erzeugte Nachricht.
'''),
    ('es', 'gmail-vacation-mexican-textile-supplier', 'automated', (),
'''Return-Path: <acervantes@textilesoaxaca.com.mx>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2CqW7Hb1z5nX
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 10:22:14 +0100 (CET)
Received: by mail-sor-f41.google.com with SMTP id 6a1803df08f44-8a1f2c3d9e0so44120156d6.3
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 01:22:13 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=textilesoaxaca.com.mx; s=google;
        h=subject:to:in-reply-to:references:auto-submitted:message-id:date:from:mime-version;
        bh=pQ3xT8mZ1vK5nB9cW2yR6dF0hJ4lS7aE1uG5oI8tN2k=;
        b=V2kR9mT1pX6qZ3bW8nC5yL0dF7hJ4sA1gE9uO2iK6vM3xB8tQ5wR0zY7cN4pL1jH
MIME-Version: 1.0
From: =?UTF-8?Q?Ana_Luc=C3=ADa_Cervantes?= <acervantes@textilesoaxaca.com.mx>
Date: Wed, 4 Nov 2026 03:22:10 -0600
Message-ID: <CAF9kR2vT7mQ1xZ8bN3cW5yL0pD6hJ4sG9aE2uO7iK1vM5xB@mail.gmail.com>
Subject: Fuera de la oficina / Out of office
To: privacy@shop.example.be
In-Reply-To: <0b6e2d94-5c1a-4f83-9e27-d4a8c3f1b605@shop.example.be>
References: <0b6e2d94-5c1a-4f83-9e27-d4a8c3f1b605@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Gracias por su mensaje.

Me encuentro fuera de la oficina del 2 al 9 de noviembre, con acceso limit=
ado a mi correo. Responder=C3=A9 a su mensaje a mi regreso.

Para pedidos y env=C3=ADos urgentes, favor de escribir a ventas@textilesoa=
xaca.com.mx o llamar al +52 951 514 3072 (horario de 9:00 a 18:00, hora de=
l centro de M=C3=A9xico).

Thank you for your message. I am out of the office from November 2 to 9 wi=
th limited access to e-mail.

Saludos cordiales,

Ana Luc=C3=ADa Cervantes
Exportaciones | Textiles Oaxaca S.A. de C.V.
Oaxaca de Ju=C3=A1rez, Oax., M=C3=A9xico
'''),
    ('es', 'canary-islands-customs-broker-dua-copy', 'automated', (),
'''Return-Path: <notificaciones@aduanasatlantico.es>
Received: from app03.aduanasatlantico.es (app03.aduanasatlantico.es [212.170.96.143])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QzTn3Rj6Wz2hV
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 12:58:45 +0200 (CEST)
Date: Thu, 22 Oct 2026 11:58:41 +0100 (WEST)
From: =?UTF-8?Q?Aduanas_Atl=C3=A1ntico?= <notificaciones@aduanasatlantico.es>
To: privacy@shop.example.be
Message-ID: <1450937716.88213.1793183921004@app03.aduanasatlantico.es>
Subject: =?UTF-8?Q?DUA_de_importaci=C3=B3n_despachado_-_Exp._AT-26-041877_-_SHOP?=
 =?UTF-8?Q?_EXAMPLE_BV?=
MIME-Version: 1.0
Content-Type: multipart/mixed; 
	boundary="----=_Part_88213_1450937716.1793183921004"
Auto-Submitted: auto-generated
X-Mailer: AduaNet Notificador 3.1

------=_Part_88213_1450937716.1793183921004
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Estimados se=C3=B1ores:

Les informamos de que el siguiente expediente ha sido despachado por la Adu=
ana de Las Palmas de Gran Canaria.

Expediente:            AT-26-041877
DUA:                   26ES00351110058844
Exportador:            SHOP EXAMPLE BV (Mechelen, BE)
Destinatario:          GARC=C3=8DA MEDINA, YURENA - 35005 Las Palmas de G.C.
Bultos / peso bruto:   1 / 3,2 kg
Valor declarado:       149,95 EUR
IGIC (7 %):            10,50 EUR
Honorarios despacho:   18,15 EUR (IGIC incluido)
Estado:                LEVANTE AUTORIZADO

Adjuntamos copia del DUA en PDF. Los importes se facturar=C3=A1n seg=C3=BA=
n lo acordado en su contrato (modalidad DAP: tributos y gastos a cargo del =
destinatario).

Este es un mensaje generado autom=C3=A1ticamente. Por favor, no responda a =
este correo.

Aduanas Atl=C3=A1ntico Despachos, S.L. - Representante aduanero
Muelle de Santa Catalina s/n, 35008 Las Palmas de Gran Canaria
------=_Part_88213_1450937716.1793183921004
Content-Type: application/pdf; name=DUA_26ES00351110058844.pdf
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename=DUA_26ES00351110058844.pdf

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv
YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbMyAwIFJdL0NvdW50IDE+PgplbmRvYmoKMyAw
IG9iago8PC9UeXBlL1BhZ2UvUGFyZW50IDIgMCBSL01lZGlhQm94WzAgMCA1OTUgODQyXS9Db250
ZW50cyA0IDAgUj4+CmVuZG9iago0IDAgb2JqCjw8L0xlbmd0aCA0ND4+CnN0cmVhbQpCVCAvRjEg
MTIgVGYgNzIgNzcwIFRkIChEVUEpIFRqIEVUCmVuZHN0cmVhbQplbmRvYmoKdHJhaWxlcgo8PC9S
b290IDEgMCBSPj4KJSVFT0YK
------=_Part_88213_1450937716.1793183921004--
'''),
    ('es', 'colombian-helpdesk-bpo-ticket-ack', 'automated', (),
'''Return-Path: <soporte@andinacontact.co>
Received: from mail-ob1.deskbox-mail.com (mail-ob1.deskbox-mail.com [192.161.151.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QyP0s8Kd4z1mG
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 15:14:57 +0200 (CEST)
Date: Fri, 16 Oct 2026 08:14:52 -0500
From: Mesa de Ayuda Andina Contact <soporte@andinacontact.co>
Reply-To: Mesa de Ayuda Andina Contact <soporte+id552031@andinacontact.deskbox.com>
To: privacy@shop.example.be
Message-ID: <DX7K2P9QWE_6710b43c8f21a_4d1c2ab7e9f3_sprut@deskbox.com>
In-Reply-To: <8f0d4b27-3c6e-4a19-b5d8-e2a70c9f1b46@shop.example.be>
References: <8f0d4b27-3c6e-4a19-b5d8-e2a70c9f1b46@shop.example.be>
Subject: [Ticket #CO-552031] Hemos recibido su solicitud
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Mailer: Deskbox Mailer
X-Deskbox-Ticket-Id: 552031

##- Por favor escriba su respuesta encima de esta línea -##

Hola,

Gracias por escribirnos. Su solicitud quedó registrada con el número #CO-552031 y fue asignada al equipo de Calidad y Protección de Datos.

Asunto: Solicitud de acceso - grabaciones de llamadas del cliente ref. PRV-2026-1013
Prioridad: Normal
Tiempo estimado de respuesta: 3 días hábiles

Puede consultar el estado de su solicitud en:
https://soporte.andinacontact.co/hc/requests/552031

Si desea agregar información, responda a este correo sin modificar el asunto.

Atentamente,
Mesa de Ayuda Andina Contact
Bogotá D.C., Colombia
Horario: lunes a viernes, 7:00 a. m. a 7:00 p. m. (hora de Colombia, UTC-5)

Este mensaje fue generado automáticamente.
'''),
    ('es', 'person-reply-above-customs-fee-notice', 'other', (),
'''Return-Path: <yeray.santana.r@hotmail.com>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02olkn2012.outbound.protection.outlook.com [40.92.48.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4vGh3Lm7z6pR
        for <privacy@shop.example.be>; Tue, 17 Nov 2026 17:40:33 +0100 (CET)
From: Yeray Santana <yeray.santana.r@hotmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?RE:_Aviso_de_llegada_-_gastos_de_gesti=C3=B3n_aduanera_env?=
 =?utf-8?Q?=C3=ADo_4720_6690_1147?=
Thread-Topic: =?utf-8?Q?Aviso_de_llegada_-_gastos_de_gesti=C3=B3n_aduanera_env?=
 =?utf-8?Q?=C3=ADo_4720_6690_1147?=
Thread-Index: AQHbOFc2k9vR1mXpTq4nZ7bW0yLc3g==
Date: Tue, 17 Nov 2026 16:40:29 +0000
Message-ID: <AS8P189MB1457B3E0F2A1C9D8E7F6A5B4C3D2E1F0A9B8@AS8P189MB1457.EURP189.PROD.OUTLOOK.COM>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Buenas tardes:

Me ha llegado este aviso y no entiendo nada. En vuestra web ponía envío gratuito a Canarias y en ningún momento se dice que vaya a tener que pagar 18,15 € de gestión de aduanas más el IGIC para recibir mi pedido (nº 40-2301766).

¿De verdad esto lo tengo que pagar yo? Si es así, quiero que me lo abonéis, porque al comprar no se avisaba en ningún sitio. Y si no, decidme cómo hago la devolución.

Un saludo,
Yeray Santana

Obtener Outlook para Android

________________________________
De: Aduanas Atlántico <avisos@aduanasatlantico.es>
Enviado: martes, 17 de noviembre de 2026 9:05
Para: yeray.santana.r@hotmail.com <yeray.santana.r@hotmail.com>
Asunto: Aviso de llegada - gastos de gestión aduanera envío 4720 6690 1147

Estimado/a cliente:

Su envío procedente de SHOP EXAMPLE BV (Bélgica) se encuentra en nuestras instalaciones de Las Palmas pendiente del despacho de importación.

Importe a abonar antes de la entrega:
  IGIC (7 %):                     4,20 €
  Gastos de gestión aduanera:    18,15 €
  Total:                         22,35 €

Puede pagar en: https://pagos.aduanasatlantico.es/?env=472066901147

Si no se realiza el pago, el envío se devolverá al remitente transcurridos 15 días naturales.

Mensaje automático, por favor no responda a este correo.
'''),
    ('it', 'zimbra-ooo-ceramics-supplier', 'automated', (),
'''Return-Path: <c.bertoni@ceramichefaentine.it>
Received: from mail.ceramichefaentine.it (mail.ceramichefaentine.it [93.63.180.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3yBd6Tn0z7wK
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 11:36:52 +0100 (CET)
Received: from zimbra.ceramichefaentine.it (localhost [127.0.0.1])
	by mail.ceramichefaentine.it (Postfix) with ESMTP id 6C2A11E0F4
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 11:36:50 +0100 (CET)
Date: Thu, 12 Nov 2026 11:36:50 +0100 (CET)
From: Chiara Bertoni <c.bertoni@ceramichefaentine.it>
To: privacy@shop.example.be
Message-ID: <1408827311.2251907.1794479810213.JavaMail.zimbra@ceramichefaentine.it>
In-Reply-To: <61c9e0a4-7b2d-4f35-8c81-a3e5d2f09b7c@shop.example.be>
Subject: Risposta automatica: Richiesta elenco sub-responsabili del trattamento
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 10.0.8_GA_4611 (zclient/10.0.8_GA_4611)
Thread-Index: 7Fz0wQ2kL9mR1vXbT4nA8cY3pE6hUg==

Buongiorno,

sono fuori ufficio fino a luned=C3=AC 16 novembre compreso, con accesso lim=
itato alla posta elettronica.
Per ordini e spedizioni potete scrivere a ordini@ceramichefaentine.it, per =
questioni amministrative ad amministrazione@ceramichefaentine.it.
Risponder=C3=B2 al pi=C3=B9 presto al mio rientro.

I am out of the office until Monday 16 November with limited access to e-ma=
il. For orders and shipments please contact ordini@ceramichefaentine.it.

Cordiali saluti / Best regards

Chiara Bertoni
Ufficio Export =E2=80=93 Ceramiche Faentine S.r.l.
Via Granarolo 212, 48018 Faenza (RA)
'''),
    ('it', 'sieve-mailbox-no-longer-active-print-supplier', 'automated', (),
'''Return-Path: <>
Received: from mx.stamperiadelgarda.it (mx.stamperiadelgarda.it [89.97.214.60])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0Tc5Wg8Bz3yF
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 15:07:36 +0100 (CET)
Received: from mail.stamperiadelgarda.it (localhost [127.0.0.1])
	by mx.stamperiadelgarda.it (Postfix) with ESMTP id 41B7C2A0D9
	for <privacy@shop.example.be>; Mon, 26 Oct 2026 15:07:33 +0100 (CET)
Date: Mon, 26 Oct 2026 15:07:33 +0100
From: l.ferraro@stamperiadelgarda.it
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Casella_non_pi=C3=B9_attiva_/_Cancellazione_dati_cliente_-_ord?=
 =?UTF-8?Q?ine_40-2268855?=
Message-ID: <dovecot-sieve-1793023653-418220-0@mail.stamperiadelgarda.it>
In-Reply-To: <d4a71e8c-02b5-4c96-9f3e-6b1d8a0c2e57@shop.example.be>
References: <d4a71e8c-02b5-4c96-9f3e-6b1d8a0c2e57@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gentile mittente,

la informiamo che l'indirizzo l.ferraro@stamperiadelgarda.it non è più attivo. I messaggi inviati a questa casella non vengono letti né inoltrati.

Per ordini e preventivi:              commerciale@stamperiadelgarda.it
Per amministrazione e fatturazione:   amministrazione@stamperiadelgarda.it
Per la protezione dei dati personali: privacy@stamperiadelgarda.it

La preghiamo di aggiornare la sua rubrica.

Stamperia del Garda S.r.l. – Via Mantova 88, 25015 Desenzano del Garda (BS)

Messaggio generato automaticamente, si prega di non rispondere.
'''),
    ('it', 'tax-free-operator-weekly-merchant-report', 'automated', (),
'''Return-Path: <bounce-merchant@mail.eurorefundpoint.com>
Received: from mail.eurorefundpoint.com (mail.eurorefundpoint.com [151.1.214.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1nJv1Sp3z8fD
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 06:00:17 +0100 (CET)
From: Euro Refund Point <merchant-noreply@eurorefundpoint.com>
To: privacy@shop.example.be
Subject: Riepilogo settimanale Tax Free - SHOP EXAMPLE ANTWERPEN MEIR - settimana 44/2026
Date: Mon, 2 Nov 2026 06:00:12 +0100
Message-ID: <report.W44-2026.3300-4417@mail.eurorefundpoint.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-ERP-Report: weekly-merchant-summary

Gentile Partner,

di seguito il riepilogo settimanale dei moduli Tax Free emessi presso il punto vendita SHOP EXAMPLE - ANTWERPEN MEIR (ID esercente 3300-4417) nel periodo 26/10/2026 - 01/11/2026.

Moduli emessi:                         14
Moduli convalidati in dogana:          11
Rimborsi pagati ai viaggiatori:         9   (IVA rimborsata: 612,48 €)
Moduli scaduti o non convalidati:       0
Commissione di servizio trattenuta:    171,50 €

Moduli in attesa di convalida da più di 60 giorni: 2

Il dettaglio per singolo modulo è disponibile esclusivamente nel portale esercenti:
https://merchant.eurorefundpoint.com/report/W44-2026

Per motivi di protezione dei dati, i dati personali dei viaggiatori non vengono trasmessi via e-mail.

Questa è una comunicazione automatica. Per assistenza: supporto esercenti +39 02 8879 4410 (lun-ven 9-18).

Euro Refund Point S.p.A. – Via Vittor Pisani 16, 20124 Milano – P.IVA 09871230961
'''),
    ('it', 'person-quotes-bounce-from-privacy-address-complains', 'complaint', ('deletion',),
'''Return-Path: <giulia.rinaldi88@libero.it>
Received: from smtp-31.iol.local (smtp-31.iol.local [213.209.10.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2dXf9Mn4z2vB
        for <privacy@shop.example.be>; Mon, 9 Nov 2026 20:05:47 +0100 (CET)
Received: from [192.168.1.34] ([79.40.118.205])
	by smtp-31.iol.local with ESMTPA
	id qTbUvZxK8dM3aqTbUvXwYp; Mon, 09 Nov 2026 20:05:46 +0100
Message-ID: <8a4f2c17-5e93-4b0d-a6c8-1f7e9d3b2a05@libero.it>
Date: Mon, 9 Nov 2026 20:05:41 +0100
MIME-Version: 1.0
From: Giulia Rinaldi <giulia.rinaldi88@libero.it>
To: privacy@shop.example.be
Subject: Richiesta di cancellazione - TERZO tentativo
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Buongiorno,

vi scrivo per la terza volta. Il 12 e il 19 ottobre ho mandato la richiesta di cancellazione del mio account all'indirizzo privacy@shop.example.be, come indicato nella vostra informativa, ed entrambe le volte mi è tornato indietro il messaggio che incollo qui sotto. Avevo allegato la foto della carta d'identità perché sul vostro sito dite di farlo, e a quanto pare il vostro server la rifiuta.

Trovo assurdo che l'indirizzo dedicato alla privacy non accetti nemmeno i documenti che chiedete voi. Sono passate quasi quattro settimane e nessuno si è fatto vivo.

Ripeto la richiesta, questa volta senza allegati: cancellate il mio account (registrato con questo indirizzo email) e tutti i dati che avete su di me. Se non ricevo una risposta entro fine mese mi rivolgerò all'autorità per la protezione dei dati.

Giulia Rinaldi


Ecco il messaggio che ricevo ogni volta:

Da: Mail Delivery System <MAILER-DAEMON@libero.it>
Data: 19/10/2026 09:41
Oggetto: Undelivered Mail Returned to Sender

This is the mail system at host smtp-34.iol.local.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<privacy@shop.example.be>: host mx1.shop.example.be[195.130.144.20] said:
    554 5.7.1 Message rejected: attachment type not allowed
    (IMG_20261019_093512.heic) (in reply to end of DATA command)
'''),
    ('pt', 'exchange-online-ooo-brazilian-footwear-supplier', 'automated', (),
'''Return-Path: <fernanda.lima@calcadosriograndense.com.br>
Received: from BRA01-CPW-obe.outbound.protection.outlook.com (mail-cpwbra01on2088.outbound.protection.outlook.com [40.107.209.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1mRb4Gw5z1cT
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 10:15:07 +0100 (CET)
From: Fernanda Lima <fernanda.lima@calcadosriograndense.com.br>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: =?utf-8?Q?Resposta_autom=C3=A1tica:_Solicita=C3=A7=C3=A3o_de_exclus=C3=A3o?=
 =?utf-8?Q?_de_dados_de_cliente_-_ref._PRV-2026-0977?=
Thread-Topic: =?utf-8?Q?Solicita=C3=A7=C3=A3o_de_exclus=C3=A3o_de_dados_de_cliente_-?=
 =?utf-8?Q?_ref._PRV-2026-0977?=
Thread-Index: AQHbLI2f8sW1Tq0vR3kZ6mB9yLx4dA==
Date: Mon, 2 Nov 2026 09:15:03 +0000
Message-ID: <CP6P284MB2183F1E0D9C8B7A6F5E4D3C2B1A0F9E8D7C6@CP6P284MB2183.BRAP284.PROD.OUTLOOK.COM>
In-Reply-To: <2f7c0a95-e13b-4d68-b0a4-9c5e1d7f3b82@shop.example.be>
References: <2f7c0a95-e13b-4d68-b0a4-9c5e1d7f3b82@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: fernanda.lima@calcadosriograndense.com.br
Content-Language: pt-BR
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Ol=C3=A1!

Estou de f=C3=A9rias at=C3=A9 13/11/2026, com acesso restrito ao e-mail. Su=
a mensagem ser=C3=A1 respondida assim que eu retornar.

Para assuntos urgentes de exporta=C3=A7=C3=A3o, favor contatar Rodrigo Alve=
s (rodrigo.alves@calcadosriograndense.com.br) ou ligar para +55 51 3594-221=
0.
Assuntos relacionados =C3=A0 LGPD podem ser enviados ao nosso encarregado d=
e dados: dpo@calcadosriograndense.com.br.

Att.,
Fernanda Lima
Exporta=C3=A7=C3=A3o | Cal=C3=A7ados Rio-Grandense Ltda.
Novo Hamburgo/RS =E2=80=93 Brasil
'''),
    ('pt', 'cork-supplier-order-dispatched-tracking', 'automated', (),
'''Return-Path: <encomendas@corticeirafeirense.pt>
Received: from webmail.corticeirafeirense.pt (webmail.corticeirafeirense.pt [94.46.176.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2KfS0Dq8z4hW
        for <privacy@shop.example.be>; Fri, 6 Nov 2026 17:31:24 +0100 (CET)
Date: Fri, 6 Nov 2026 16:31:20 +0000
To: privacy@shop.example.be
From: Corticeira Feirense - Encomendas <encomendas@corticeirafeirense.pt>
Subject: A sua encomenda B2B-10392 foi expedida
Message-ID: <Xq7rT2mZ9vB1nK4cW8yL3pD6hJ0sG5aE@webmail.corticeirafeirense.pt>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Caro cliente,

Informamos que a sua encomenda B2B-10392 foi expedida hoje a partir do nosso armazém em Santa Maria da Feira.

Cliente:            SHOP EXAMPLE BV (NIF/VAT BE0712.345.678)
Morada de entrega:  Shop Example BV - Centro de distribuição, Industriepark Noord 7, 2800 Mechelen, Bélgica
Transportadora:     TransLusa Logística
N.º de guia:        TL-PT-26-884102
N.º de seguimento:  00340434188210392
Volumes:            3 paletes (412 kg)

Pode acompanhar o envio em: https://tracking.translusa.pt/?n=00340434188210392

Entrega prevista: entre 12/11/2026 e 13/11/2026.

A fatura FT 2026/3318 foi enviada para o endereço de faturação registado.

Esta mensagem foi gerada automaticamente pelo nosso sistema de gestão de encomendas. Por favor não responda.

Corticeira Feirense, Lda.
Rua do Montinho 117, 4520-213 Santa Maria da Feira, Portugal
'''),
    ('pt', 'exchange-online-ndr-recipient-not-found-br', 'automated', (),
'''Return-Path: <>
Received: from BRA01-FR3-obe.outbound.protection.outlook.com (mail-fr3bra01on2071.outbound.protection.outlook.com [40.107.209.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4yLq2Vh9z0sM
        for <privacy@shop.example.be>; Thu, 19 Nov 2026 14:05:52 +0100 (CET)
From: Microsoft Outlook <postmaster@logisticaparana.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Thu, 19 Nov 2026 13:05:48 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b1a4c6e2-7f3d-4a90-9c58-2e1f0d7b6a35"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-BR
Message-ID: <f3c1b9e0-2a8d-4e57-b6c4-91d0e7a2f38b@CP2PR80MB4596.lamprd80.prod.outlook.com>
In-Reply-To: <a7e2c5d1-84f0-4b39-9d6e-3c1b0f8a2e74@shop.example.be>
References: <a7e2c5d1-84f0-4b39-9d6e-3c1b0f8a2e74@shop.example.be>
Subject: =?utf-8?Q?N=C3=A3o_entregue:_Pedido_de_exclus=C3=A3o_de_dados_-_ref._PR?=
 =?utf-8?Q?V-2026-1022?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--b1a4c6e2-7f3d-4a90-9c58-2e1f0d7b6a35
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="7d2e9f41-c8b3-4e06-a5d1-3b9f0c6e2a84"

--7d2e9f41-c8b3-4e06-a5d1-3b9f0c6e2a84
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

[https://products.office.com/pt-br/CMSImages/Office365Logo_Orange.png]

Sua mensagem para dpo@logisticaparana.com.br n=C3=A3o p=C3=B4de ser entre=
gue.

dpo n=C3=A3o foi encontrado em logisticaparana.com.br.

privacy           Office 365           dpo
Remetente         A=C3=A7=C3=A3o necess=C3=A1ria     Destinat=C3=A1rio

Endere=C3=A7o de destinat=C3=A1rio desconhecido

Como corrigir

O endere=C3=A7o pode estar escrito incorretamente ou pode n=C3=A3o existir.=
 Tente uma ou mais das seguintes op=C3=A7=C3=B5es:

  *   Envie a mensagem novamente e, em seguida, redigite o endere=C3=A7o do=
 destinat=C3=A1rio. N=C3=A3o use a lista de preenchimento autom=C3=A1tico.
  *   Entre em contato com o destinat=C3=A1rio por outro meio (por telefone=
, por exemplo) para confirmar o endere=C3=A7o correto.

Mais informa=C3=A7=C3=B5es para profissionais de TI

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipie=
nt dpo@logisticaparana.com.br not found by SMTP address lookup'

Detalhes da mensagem original
Hora de cria=C3=A7=C3=A3o: 19/11/2026 13:05:41
Endere=C3=A7o do remetente: privacy@shop.example.be

--7d2e9f41-c8b3-4e06-a5d1-3b9f0c6e2a84--

--b1a4c6e2-7f3d-4a90-9c58-2e1f0d7b6a35
Content-Type: message/delivery-status

Reporting-MTA: dns;CP2PR80MB4596.lamprd80.prod.outlook.com
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Thu, 19 Nov 2026 13:05:41 +0000

Final-Recipient: rfc822;dpo@logisticaparana.com.br
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 dpo@logisticaparana.com.br not found by SMTP address lookup

--b1a4c6e2-7f3d-4a90-9c58-2e1f0d7b6a35
Content-Type: text/rfc822-headers

Return-Path: privacy@shop.example.be
Received: from mx-out1.shop.example.be (195.130.144.27) by
 CP2PR80MB4596.lamprd80.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.21; Thu, 19 Nov
 2026 13:05:41 +0000
From: Privacy Team Shop Example <privacy@shop.example.be>
To: dpo@logisticaparana.com.br
Subject: =?UTF-8?Q?Pedido_de_exclus=C3=A3o_de_dados_-_ref._PRV-2026-1022?=
Date: Thu, 19 Nov 2026 14:05:38 +0100
Message-ID: <a7e2c5d1-84f0-4b39-9d6e-3c1b0f8a2e74@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

--b1a4c6e2-7f3d-4a90-9c58-2e1f0d7b6a35--
'''),
    ('pt', 'person-stop-sms-and-newsletter-sent-from-phone', 'withdraw_consent', (),
'''Return-Path: <rosa.ferreira.1967@sapo.pt>
Received: from smtp.sapo.pt (smtp.sapo.pt [212.55.154.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3zKc8Rv1z5mQ
        for <privacy@shop.example.be>; Fri, 13 Nov 2026 16:22:14 +0100 (CET)
Received: from [10.119.42.7] (unknown [188.81.203.64])
	(Authenticated sender: rosa.ferreira.1967@sapo.pt)
	by smtp.sapo.pt (Postfix) with ESMTPSA id 9E4F1A0C32
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 15:22:11 +0000 (WET)
Date: Fri, 13 Nov 2026 15:22:09 +0000
Message-ID: <w7k2m9q1x4b8c3n6v0z5.rosa-ferreira@email.android.com>
Subject: =?UTF-8?Q?Re:_Rosa,_as_novidades_de_novembro_j=C3=A1_chegaram?=
From: Rosa Ferreira <rosa.ferreira.1967@sapo.pt>
To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Boa tarde,

Por favor deixem de me enviar as promoções por SMS, recebo duas ou três por semana. A newsletter por e-mail também já não quero receber. Não encontro no site onde se desligam as mensagens.

O meu número é o +351 912 384 507.

Obrigada
Rosa Ferreira



Enviado do meu smartphone Samsung Galaxy.


-------- Mensagem original --------
De: Shop Example <newsletter@news.shop.example.be>
Data: 12/11/26 10:30 (GMT+00:00)
Para: rosa.ferreira.1967@sapo.pt
Assunto: Rosa, as novidades de novembro já chegaram

Olá Rosa,

As novidades de novembro já chegaram! Até domingo, 20% de desconto em toda a secção de casa e decoração, e portes grátis a partir de 49 €.

Ver novidades: https://www.shop.example.be/pt/novidades?utm_source=newsletter&utm_medium=email&utm_campaign=nov26

Recebeu este e-mail porque subscreveu a newsletter da Shop Example com o endereço rosa.ferreira.1967@sapo.pt.
Cancelar subscrição | Gerir preferências

Este e-mail foi enviado automaticamente. Por favor, não responda.
'''),
]

"""Forty-ninth set, subscription and recurring-billing robot mail plus people who look like robots (7 of 14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'postfix-relay-dsn-exchange-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from mail.hofmans-interieur.be (mail.hofmans-interieur.be [193.191.182.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9xK21mZqz1x5
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:14:52 +0100 (CET)
Received: by mail.hofmans-interieur.be (Postfix)
        id 7C3B12A0154; Tue,  3 Nov 2026 10:14:51 +0100 (CET)
Date: Tue,  3 Nov 2026 10:14:51 +0100 (CET)
From: MAILER-DAEMON@mail.hofmans-interieur.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="7C3B12A0154.1793704491/mail.hofmans-interieur.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261103091451.7C3B12A0154@mail.hofmans-interieur.be>

This is a MIME-encapsulated message.

--7C3B12A0154.1793704491/mail.hofmans-interieur.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.hofmans-interieur.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<lien.hofmans@hofmans-interieur.be>: host exch01.hofmans.local[10.0.0.12]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by
    SMTP address lookup (in reply to RCPT TO command)

--7C3B12A0154.1793704491/mail.hofmans-interieur.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.hofmans-interieur.be
X-Postfix-Queue-ID: 7C3B12A0154
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue,  3 Nov 2026 10:14:50 +0100 (CET)

Final-Recipient: rfc822; lien.hofmans@hofmans-interieur.be
Original-Recipient: rfc822;lien.hofmans@hofmans-interieur.be
Action: failed
Status: 5.1.10
Remote-MTA: dns; exch01.hofmans.local
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
    found by SMTP address lookup

--7C3B12A0154.1793704491/mail.hofmans-interieur.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be (mx-out1.shop.example.be [81.246.73.20])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mail.hofmans-interieur.be (Postfix) with ESMTPS id 7C3B12A0154
        for <lien.hofmans@hofmans-interieur.be>; Tue,  3 Nov 2026 10:14:50 +0100 (CET)
From: Privacyteam Shop Example <privacy@shop.example.be>
To: lien.hofmans@hofmans-interieur.be
Subject: Re: Uw verzoek tot inzage in uw klantgegevens [PRIV-2026-1184]
Date: Tue, 3 Nov 2026 10:14:47 +0100
Message-ID: <priv-2026-1184.3.20261103091447@shop.example.be>
In-Reply-To: <CAH7m2pQx0Z=Lw4y1jv9sB@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

--7C3B12A0154.1793704491/mail.hofmans-interieur.be--
'''),

    ('en', 'person-outlook-ios-reply-above-renewal-notice-delete-everything', 'deletion', (),
'''Return-Path: <siobhan.kearney@outlook.com>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05olkn2013.outbound.protection.outlook.com [40.92.89.13])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9Lq73vNcz1wF
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 21:48:30 +0100 (CET)
From: Siobhan Kearney <siobhan.kearney@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Re: Your Discovery Box renews on 15 November
Thread-Topic: Your Discovery Box renews on 15 November
Thread-Index: AQHbLd1xV9kQ2pFz8EmRk0p3zWb6Zw==
Date: Mon, 2 Nov 2026 20:48:27 +0000
Message-ID: <DB9P190MB16524E0C7A1B2F3D44A0E1C7D9A2@DB9P190MB1652.EURP190.PROD.OUTLOOK.COM>
References: <renewal.SE-BX-40218.20261102080312@mail.shop.example.be>
In-Reply-To: <renewal.SE-BX-40218.20261102080312@mail.shop.example.be>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Please cancel this. And delete everything you have on me while you're at it=
 - account, address, order history, the lot. I've moved to Dublin and won't=
 be ordering again.

Thanks,
Siobhan

Get Outlook for iOS<https://aka.ms/o0ukef>
________________________________
From: Shop Example <noreply@shop.example.be>
Sent: Monday, November 2, 2026 8:03:12 AM
To: siobhan.kearney@outlook.com <siobhan.kearney@outlook.com>
Subject: Your Discovery Box renews on 15 November

Hi Siobhan,

Just a heads-up: your Discovery Box subscription (SE-BX-40218) renews
automatically on 15 November 2026. We'll charge EUR 29.90 to your Visa
ending in 4417.

Nothing to do if you'd like to keep receiving your box. Want to skip a
month, change your plan or cancel? You can do that in My Account >
Subscriptions up to 48 hours before renewal.

Questions about your personal data? Write to privacy@shop.example.be.

The Shop Example team
'''),

    ('en', 'saas-billing-plan-changed-confirmation', 'automated', (),
'''Return-Path: <bounces+2741163-9f2a-privacy=shop.example.be@em4812.boxwise.io>
Received: from o1678.em4812.boxwise.io (o1678.em4812.boxwise.io [149.72.41.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RB2sT0Qm7z1x9
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:22:07 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=boxwise.io;
        h=content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to;
        s=s1; bh=Xq1r7Zc0n9Yw3d5K2mP8tL4vB6hF0sJ1aG7eQ9uR2xk=;
        b=Jd8fW2kq0TzL5mRb3nVc7xYp1sQ9gH4eA6uN0oI8tK2wF5jD3lC7vB1zX9yM4hPq
Date: Wed, 04 Nov 2026 14:22:05 +0000 (UTC)
From: Boxwise Billing <billing@boxwise.io>
Reply-To: support@boxwise.io
To: privacy@shop.example.be
Message-ID: <kP3xQw7aTzGm2vY0b1Lr8g@geopod-ismtpd-3>
Subject: Your plan has changed: Growth (annual)
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1b0d4f2a8e3c7d9e1f2a3b4c5d6e7f8"
X-SG-EID: u001.Qk3rT8mZ0aLw5VbN2yXc9pD1sF7gH4jK6eR0tU3iO8qW5zA2xC
X-Entity-ID: u001.7sN3fQ0pLm2kXc8vB5zR1w==

--b1b0d4f2a8e3c7d9e1f2a3b4c5d6e7f8
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8

Hi Shop Example BV team,

This confirms that your Boxwise workspace "shop-example-bv" has moved to a=
 new plan.

Previous plan:   Starter (monthly) =E2=80=93 =E2=82=AC149.00 / month
New plan:        Growth (annual)   =E2=80=93 =E2=82=AC1,490.00 / year
Effective from:  4 November 2026
Changed by:      Tom Peeters (tom.peeters@shop.example.be)

A prorated credit of =E2=82=AC41.37 for the unused part of your Starter pe=
riod has been applied to invoice BW-2026-118842. Your next renewal date is=
 4 November 2027.

Your Growth plan includes up to 25,000 active subscribers, 5 admin seats a=
nd the Churn Insights add-on.

View invoice: https://app.boxwise.io/billing/invoices/BW-2026-118842

You are receiving this email because privacy@shop.example.be is listed as=
 a billing contact for this workspace. Billing notifications cannot be tur=
ned off while you are a billing contact.

Boxwise Ltd =C2=B7 14 Leonard Street =C2=B7 London EC2A 4LX =C2=B7 United =
Kingdom

--b1b0d4f2a8e3c7d9e1f2a3b4c5d6e7f8
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8

<html><body style=3D"font-family:Helvetica,Arial,sans-serif;color:#1d2433">
<p>Hi Shop Example BV team,</p>
<p>This confirms that your Boxwise workspace <b>shop-example-bv</b> has mo=
ved to a new plan.</p>
<table cellpadding=3D"4"><tr><td>Previous plan</td><td>Starter (monthly) =
=E2=80=93 =E2=82=AC149.00 / month</td></tr>
<tr><td>New plan</td><td>Growth (annual) =E2=80=93 =E2=82=AC1,490.00 / yea=
r</td></tr>
<tr><td>Effective from</td><td>4 November 2026</td></tr></table>
<p><a href=3D"https://app.boxwise.io/billing/invoices/BW-2026-118842">View=
 invoice</a></p>
<p style=3D"font-size:11px;color:#8a93a6">You are receiving this email bec=
ause privacy@shop.example.be is listed as a billing contact for this works=
pace.</p>
</body></html>

--b1b0d4f2a8e3c7d9e1f2a3b4c5d6e7f8--
'''),

    ('en', 'zendesk-ack-fulfilment-partner-deletion-instruction', 'automated', (),
'''Return-Path: <support+id58213@packright-fulfilment.zendesk.com>
Received: from outbyoip8.pod18.use1.zdsys.com (outbyoip8.pod18.use1.zdsys.com [192.161.148.217])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8gH15tKXz1wN
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 11:37:44 +0100 (CET)
Date: Fri, 30 Oct 2026 10:37:41 +0000
From: PackRight Fulfilment Support <support@packright-fulfilment.co.uk>
Reply-To: PackRight Fulfilment Support <support+id58213@packright-fulfilment.zendesk.com>
To: Privacy Team Shop Example <privacy@shop.example.be>
Message-ID: <ZJ4KQ2W8VX_66f1d3a2b41c7_3d9e1_sprut@zendesk.com>
In-Reply-To: <priv-2026-1151.proc.20261030103602@shop.example.be>
Subject: [PackRight Fulfilment] Re: Erasure instruction - subscriber SE-BX-77120
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8a1f3c2
X-Zendesk-Email-Id: 01JBXR4Q7W3MZ8K2HT5VYC0NPA
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

##- Please type your reply above this line -##

Your request (58213) has been received and is being reviewed by our support staff.

Our team aims to respond within 2 working days. For account or SLA questions
please contact your account manager directly.

To add additional comments, reply to this email.

----------------------------------------------

Privacy Team Shop Example, 30 Oct 2026, 10:36 GMT

Hello PackRight team,

Under our data processing agreement (DPA ref. SE-PR-2023-04) we instruct you
to erase all personal data you hold for our subscriber SE-BX-77120 (packing
slips, address labels, delivery notes, returns records), including copies in
your WMS and label archive, and to confirm in writing once done.

Kind regards,
Privacy Team - Shop Example BV

--------------------------------
This email is a service from PackRight Fulfilment. Delivered by Zendesk

[8a1f3c2-58213]
'''),

    ('en', 'boxtrapper-challenge-response-verify', 'automated', (),
'''Return-Path: <mark@dewitte-tuinen.be>
Received: from server214.web-hosting.com (server214.web-hosting.com [198.54.116.82])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RCq5m2HbDz1xL
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 09:02:17 +0100 (CET)
Received: from dewitte by server214.web-hosting.com with local (Exim 4.97.1)
        (envelope-from <mark@dewitte-tuinen.be>)
        id 1vJ8qK-0003Ty-2H
        for privacy@shop.example.be; Fri, 06 Nov 2026 03:02:16 -0500
To: privacy@shop.example.be
Subject: verify#f3a7c21e9b0d4e68
From: mark@dewitte-tuinen.be
Precedence: bulk
X-BoxTrapper-Queue: f3a7c21e9b0d4e68
Auto-Submitted: auto-replied
Message-Id: <E1vJ8qK-0003Ty-2H@server214.web-hosting.com>
Date: Fri, 06 Nov 2026 03:02:16 -0500
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

The message you sent requires that you verify that you
are a real live human being and not a spam source.

To complete this verification, simply reply to this message and leave
the subject line intact or click the link below:

https://server214.web-hosting.com:2096/cgi-sys/bxd.cgi?a=mark@dewitte-tuinen.be&q=f3a7c21e9b0d4e68

The headers of the message sent from your address are shown below:

From privacy@shop.example.be Fri Nov 06 03:02:15 2026
Received: from mx-out2.shop.example.be ([81.246.73.21]:41872)
        by server214.web-hosting.com with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
        (Exim 4.97.1)
        (envelope-from <privacy@shop.example.be>)
        id 1vJ8qJ-0003Tr-1X
        for mark@dewitte-tuinen.be; Fri, 06 Nov 2026 03:02:15 -0500
From: Privacyteam Shop Example <privacy@shop.example.be>
To: mark@dewitte-tuinen.be
Subject: Uw verzoek tot verwijdering is uitgevoerd [PRIV-2026-1162]
Date: Fri, 6 Nov 2026 09:02:11 +0100
Message-ID: <priv-2026-1162.4.20261106080211@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
'''),

    ('nl', 'exchange-ooo-law-firm-reply-to-identity-check', 'automated', (),
'''Return-Path: <joris.verstraeten@vdb-advocaten.be>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2104.outbound.protection.outlook.com [40.107.105.104])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R7Tz83mWkz1wC
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 14:05:39 +0100 (CET)
From: Joris Verstraeten <joris.verstraeten@vdb-advocaten.be>
To: Privacyteam Shop Example <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw verzoek tot verwijdering - bevestiging van uw identiteit [PRIV-2026-1207]
Thread-Topic: Uw verzoek tot verwijdering - bevestiging van uw identiteit [PRIV-2026-1207]
Thread-Index: AQHbKT7qm3w0cRr5BkW2Vg8XpKq1sA==
Date: Wed, 28 Oct 2026 13:05:36 +0000
Message-ID: <AM9PR07MB71391C4F8E2D6A9B03F7A5E1C4DA2@AM9PR07MB7139.eurprd07.prod.outlook.com>
In-Reply-To: <priv-2026-1207.1.20261028130529@shop.example.be>
References: <priv-2026-1207.1.20261028130529@shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: joris.verstraeten@vdb-advocaten.be
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_AM9PR07MB71391C4F8E2D6A9B03F7A5E1C4DA2AM9PR07MB7139eurp_"

--_000_AM9PR07MB71391C4F8E2D6A9B03F7A5E1C4DA2AM9PR07MB7139eurp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Beste,

Bedankt voor uw e-mail. Ik ben afwezig van maandag 26 oktober tot en met vr=
ijdag 6 november 2026 en lees mijn mails niet. Uw bericht wordt niet doorge=
stuurd.

Voor dringende dossiers kunt u terecht bij mijn collega Els Wuyts (els.wuyt=
s@vdb-advocaten.be - 03 231 45 67) of bij het secretariaat op 03 231 45 00.

Met vriendelijke groeten,

Joris Verstraeten
Van den Bossche & Partners Advocaten
Frankrijklei 112, 2000 Antwerpen

--_000_AM9PR07MB71391C4F8E2D6A9B03F7A5E1C4DA2AM9PR07MB7139eurp_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii=
">
</head>
<body>
<div style=3D"font-family: Aptos, Arial, Helvetica, sans-serif; font-size:=
 11pt;">
<p>Beste,</p>
<p>Bedankt voor uw e-mail. Ik ben afwezig van maandag 26 oktober tot en met=
 vrijdag 6 november 2026 en lees mijn mails niet. Uw bericht wordt niet doo=
rgestuurd.</p>
<p>Voor dringende dossiers kunt u terecht bij mijn collega Els Wuyts (els.w=
uyts@vdb-advocaten.be - 03 231 45 67) of bij het secretariaat op 03 231 45 =
00.</p>
<p>Met vriendelijke groeten,<br>
<br>
Joris Verstraeten<br>
Van den Bossche &amp; Partners Advocaten<br>
Frankrijklei 112, 2000 Antwerpen</p>
</div>
</body>
</html>

--_000_AM9PR07MB71391C4F8E2D6A9B03F7A5E1C4DA2AM9PR07MB7139eurp_--
'''),

    ('nl', 'sepa-direct-debit-mandate-confirmation-print-house', 'automated', (),
'''Return-Path: <noreply@mandaten.betaalhuis.be>
Received: from out-3.smtp.betaalhuis.be (out-3.smtp.betaalhuis.be [185.21.190.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R6fB01rPcz1vZ
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 16:41:09 +0100 (CET)
Date: Tue, 27 Oct 2026 16:41:07 +0100
From: Betaalhuis namens Drukkerij De Vlaamse Pers <noreply@mandaten.betaalhuis.be>
To: privacy@shop.example.be
Message-ID: <mandate.DVP-000781.20261027154107@betaalhuis.be>
Subject: =?UTF-8?Q?Bevestiging_van_je_domicili=C3=ABringsmandaat_=E2=80=93_Drukkerij_De_Vlaamse_Pers?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Betaalhuis-Mandate: DVP-000781

Beste Shop Example BV,

Je hebt zonet een B2B-domiciliëringsmandaat ondertekend ten gunste van
Drukkerij De Vlaamse Pers NV. Hieronder vind je de gegevens van het mandaat.
Bewaar deze e-mail voor je administratie.

  Schuldeiser:             Drukkerij De Vlaamse Pers NV
  Identificatie schuldeiser: BE61ZZZ0456789123
  Mandaatreferentie:       DVP-000781
  Type:                    SEPA B2B, terugkerend
  Rekening (IBAN):         BE68 **** **** 3107
  Ondertekend door:        An Claessens
  Ondertekend op:          27/10/2026 16:40
  Omschrijving:            Druk en personalisatie maandmagazine "Box & Co"

De eerste invordering wordt ten vroegste op 20/11/2026 uitgevoerd. Je ontvangt
minstens 5 dagen vooraf een aankondiging met het bedrag.

Let op: bij een B2B-mandaat moet je het mandaat ook registreren bij je eigen
bank, anders wordt de invordering geweigerd.

Klopt er iets niet? Neem dan rechtstreeks contact op met Drukkerij De Vlaamse
Pers (boekhouding@devlaamsepers.be). Op deze e-mail kan je niet antwoorden.

Betaalhuis BV - Kortrijksesteenweg 1091, 9051 Gent - betaalinstelling onder
toezicht van de Nationale Bank van België
'''),

    ('nl', 'former-employee-mailbox-no-longer-in-use', 'automated', (),
'''Return-Path: <sophie.mertens@bakkerijclaes.be>
Received: from mail.bakkerijclaes.be (mail.bakkerijclaes.be [91.183.47.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBd920XjFz1xQ
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 08:11:03 +0100 (CET)
Date: Thu, 5 Nov 2026 08:11:02 +0100
From: sophie.mertens@bakkerijclaes.be
To: privacy@shop.example.be
Subject: Re: Je abonnementsgegevens - gevraagde aanvulling [PRIV-2026-1219]
Message-ID: <autoreply.1793862662.41207@mail.bakkerijclaes.be>
In-Reply-To: <priv-2026-1219.2.20261105071058@shop.example.be>
References: <priv-2026-1219.2.20261105071058@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste afzender,

Sophie Mertens is niet langer werkzaam bij Bakkerij Claes. Dit e-mailadres
wordt niet meer gelezen en uw bericht wordt niet doorgestuurd.

Voor bestellingen: bestellingen@bakkerijclaes.be
Voor facturen en andere vragen: info@bakkerijclaes.be

Met vriendelijke groet,
Bakkerij Claes - Mechelsesteenweg 44, 2500 Lier
'''),

    ('nl', 'person-forwards-dunning-for-subscription-never-opened', 'access', ('deletion',),
'''Return-Path: <pieter.goossens74@gmail.com>
Received: from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBn4K6cWhz1xT
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 19:26:55 +0100 (CET)
Received: by mail-wr1-f41.google.com with SMTP id ffacd0b85a97d-3807dd08cfcso118342f8f.1
        for <privacy@shop.example.be>; Thu, 05 Nov 2026 10:26:54 -0800 (PST)
MIME-Version: 1.0
From: Pieter Goossens <pieter.goossens74@gmail.com>
Date: Thu, 5 Nov 2026 19:26:41 +0100
Message-ID: <CAJ4rX8u2mQe7N0f+Vb1kT9wLqY3sZh6DpC5aG1oR_xWzE0n8Fg@mail.gmail.com>
Subject: Fwd: Betaling mislukt - we proberen het opnieuw op 9 november
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000008f3a1c0623b7e4d2"

--0000000000008f3a1c0623b7e4d2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Goedenavond,

Ik krijg sinds twee weken mails zoals die hieronder. Ik heb nooit een abonn=
ement bij jullie afgesloten en ook nooit een box ontvangen. Iemand heeft bl=
ijkbaar mijn naam en mijn e-mailadres gebruikt.

Ik wil graag weten welke gegevens jullie van mij hebben, waar jullie die va=
n gekregen hebben en of jullie die aan iemand doorgegeven hebben (betaaldie=
nst, koerier, ...). Als ik dat antwoord heb, mag alles wat op mijn naam sta=
at gewist worden.

Mvg,
Pieter Goossens

---------- Doorgestuurd bericht ---------
Van: Shop Example <abonnementen@shop.example.be>
Date: di 3 nov 2026 om 07:02
Subject: Betaling mislukt - we proberen het opnieuw op 9 november
To: <pieter.goossens74@gmail.com>


Hallo Pieter,

We konden de betaling van =E2=82=AC24,90 voor je Ontdekkingsbox (abonnement=
 SE-BX-81347) niet uitvoeren. Je bank gaf als reden: kaart geweigerd.

We proberen het automatisch opnieuw op 9 november. Lukt het dan nog niet, d=
an pauzeren we je abonnement.

Betaalgegevens bijwerken: https://www.shop.example.be/account/abonnementen

Groetjes,
Het team van Shop Example

--0000000000008f3a1c0623b7e4d2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Goedenavond,</div><div><br></div><div>Ik krijg sinds=
 twee weken mails zoals die hieronder. Ik heb nooit een abonnement bij jull=
ie afgesloten en ook nooit een box ontvangen. Iemand heeft blijkbaar mijn n=
aam en mijn e-mailadres gebruikt.</div><div><br></div><div>Ik wil graag wet=
en welke gegevens jullie van mij hebben, waar jullie die van gekregen hebbe=
n en of jullie die aan iemand doorgegeven hebben (betaaldienst, koerier, ..=
.). Als ik dat antwoord heb, mag alles wat op mijn naam staat gewist worden=
.</div><div><br></div><div>Mvg,</div><div>Pieter Goossens</div><br><div cla=
ss=3D"gmail_quote"><div dir=3D"ltr" class=3D"gmail_attr">---------- Doorges=
tuurd bericht ---------<br>Van: <b>Shop Example</b> &lt;abonnementen@shop.e=
xample.be&gt;<br>Date: di 3 nov 2026 om 07:02<br>Subject: Betaling mislukt =
- we proberen het opnieuw op 9 november<br>To: &lt;pieter.goossens74@gmail.=
com&gt;<br></div><br><br><p>Hallo Pieter,</p><p>We konden de betaling van =
=E2=82=AC24,90 voor je Ontdekkingsbox (abonnement SE-BX-81347) niet uitvoer=
en. Je bank gaf als reden: kaart geweigerd.</p><p>We proberen het automatis=
ch opnieuw op 9 november. Lukt het dan nog niet, dan pauzeren we je abonnem=
ent.</p><p>Groetjes,<br>Het team van Shop Example</p></div></div>

--0000000000008f3a1c0623b7e4d2--
'''),

    ('fr', 'gmail-vacation-responder-reply-to-portability-file', 'automated', (),
'''Return-Path: <camille.dufour38@gmail.com>
Received: from mail-ed1-f52.google.com (mail-ed1-f52.google.com [209.85.208.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9ZsQ1kGmz1x2
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 07:58:20 +0100 (CET)
Received: by mail-ed1-f52.google.com with SMTP id 4fb4d7f45d1cf-5c96b2a10e4so4412a12.2
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 22:58:19 -0800 (PST)
MIME-Version: 1.0
Auto-Submitted: auto-replied
From: Camille Dufour <camille.dufour38@gmail.com>
Date: Mon, 2 Nov 2026 22:58:19 -0800
Message-ID: <CAF8vZ+kD0ptyQ3rR8mH5jWc-auto-7x2NsL@mail.gmail.com>
In-Reply-To: <priv-2026-1193.3.20261103065812@shop.example.be>
References: <priv-2026-1193.3.20261103065812@shop.example.be>
Subject: =?UTF-8?Q?Absente_jusqu=27au_12_novembre?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000c4e71a0623a91f58"

--000000000000c4e71a0623a91f58
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis en cong=C3=A9 jusqu'au jeudi 12 novembre inclus, sans acc=C3=A8s =
=C3=A0 mes e-mails.
Je vous r=C3=A9pondrai d=C3=A8s mon retour.

Bonne journ=C3=A9e,
Camille

--000000000000c4e71a0623a91f58
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Bonjour,<div><br></div><div>Je suis en cong=C3=A9 jusqu'a=
u jeudi 12 novembre inclus, sans acc=C3=A8s =C3=A0 mes e-mails.</div><div>J=
e vous r=C3=A9pondrai d=C3=A8s mon retour.</div><div><br></div><div>Bonne j=
ourn=C3=A9e,</div><div>Camille</div></div>

--000000000000c4e71a0623a91f58--
'''),

    ('fr', 'appliance-rental-platform-monthly-usage-report', 'automated', (),
'''Return-Path: <rapports@partenaires.locamat.eu>
Received: from smtp-out.locamat.eu (smtp-out.locamat.eu [51.91.204.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9Qb61yTsz1wz
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 06:00:14 +0100 (CET)
Date: Mon, 02 Nov 2026 06:00:11 +0100
From: Locamat Partenaires <rapports@partenaires.locamat.eu>
To: privacy@shop.example.be, abonnements@shop.example.be
Message-ID: <report-monthly-P-2041-202610.1793595611@locamat.eu>
Subject: =?UTF-8?Q?Rapport_d=27utilisation_mensuel_=E2=80=93_octobre_2026_=E2=80=93_partenaire_P-2041?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_locamat_5f21c9a7e0b34d18"
Auto-Submitted: auto-generated
Precedence: bulk
X-Locamat-Report: monthly-usage
List-Unsubscribe: <https://partenaires.locamat.eu/preferences/rapports?p=P-2041>

--=_locamat_5f21c9a7e0b34d18
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Voici le rapport d'utilisation des appareils lou=C3=A9s via votre offre =
=C2=AB Box Caf=C3=A9 + machine =C2=BB pour la p=C3=A9riode du 01/10/2026 =
au 31/10/2026.

Partenaire : Shop Example BV (P-2041)
Contrats actifs au 31/10 : 1 318 (+42 par rapport =C3=A0 septembre)
Nouveaux contrats : 97
R=C3=A9siliations : 55
Machines en r=C3=A9paration : 12
Cycles d'extraction (moyenne par machine) : 214
Alertes d=C3=A9tartrage envoy=C3=A9es : 386

Le d=C3=A9tail par contrat figure dans le fichier CSV joint. Il est =
=C3=A9galement disponible dans votre espace partenaire :
https://partenaires.locamat.eu/rapports/P-2041/2026-10

Ce message est g=C3=A9n=C3=A9r=C3=A9 automatiquement, merci de ne pas y r=
=C3=A9pondre.

Locamat SA =E2=80=93 Rue de la Station 25, 1300 Wavre

--=_locamat_5f21c9a7e0b34d18
Content-Type: text/csv; charset=UTF-8; name="locamat_P-2041_2026-10.csv"
Content-Disposition: attachment; filename="locamat_P-2041_2026-10.csv"
Content-Transfer-Encoding: base64

Y29udHJhdDttb2RlbGU7c3RhdHV0O2N5Y2xlcwpMT0MtQkUtMjA0MTc7Q001MDA7YWN0aWY7MjMx
CkxPQy1CRS0yMDQxODtDTTUwMDthY3RpZjsxOTgK

--=_locamat_5f21c9a7e0b34d18--
'''),

    ('fr', 'freshdesk-ack-print-house-address-labels', 'automated', (),
'''Return-Path: <bounces+fd.4411982.ticket-48102@email.freshdesk.com>
Received: from mail-out-21.freshdesk.com (mail-out-21.freshdesk.com [52.31.108.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RAF2c4sBqz1xD
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 10:19:48 +0100 (CET)
Date: Wed, 04 Nov 2026 09:19:46 +0000
From: Service client Imprimerie Delcourt <support@imprimerie-delcourt.be>
Reply-To: Service client Imprimerie Delcourt <support@imprimeriedelcourt.freshdesk.com>
To: privacy@shop.example.be
Message-ID: <ticket.48102.4411982.20261104091946@freshdesk.com>
In-Reply-To: <priv-2026-1214.proc.20261104091833@shop.example.be>
Subject: =?UTF-8?Q?Ticket_re=C3=A7u_-_Suppression_d=27une_adresse_du_fichier_d=27envoi_du_magazine_[#48102]?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-FD-Email-Type: ticket_ack

Bonjour,

Nous avons bien reçu votre demande et un numéro de ticket lui a été attribué :
#48102 - Suppression d'une adresse du fichier d'envoi du magazine

Notre équipe vous répondra dans les meilleurs délais (en général sous 1 jour
ouvrable). Pour ajouter des informations, il suffit de répondre à ce message
en conservant le numéro de ticket dans l'objet.

Vous pouvez suivre l'état de votre demande ici :
https://imprimeriedelcourt.freshdesk.com/support/tickets/48102

Cordialement,
Le service client
Imprimerie Delcourt - Chaussée de Mons 318, 7000 Mons
'''),

    ('fr', 'person-gift-recipient-reply-above-winback-how-got-address', 'access', (),
'''Return-Path: <m.lambert@skynet.be>
Received: from mailrelay112.isp.belgacom.be (mailrelay112.isp.belgacom.be [195.238.20.139])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8rM02nLcz1wS
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 12:14:06 +0100 (CET)
From: Martine Lambert <m.lambert@skynet.be>
To: privacy@shop.example.be
Subject: RE: Martine, votre box vous manque ? -20 % pour revenir
Date: Sat, 31 Oct 2026 12:14:01 +0100
Message-ID: <000a01db2b7e$8c41f2e0$a4c5d8a0$@skynet.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQH0kq6Zc1t7lYwJ3dF2eSx9oR8Vbg==
Content-Language: fr-be

Bonjour,

Je n'ai jamais =E9t=E9 cliente chez vous. J'ai re=E7u une de vos box en cad=
eau en d=E9cembre dernier (de ma belle-fille, je suppose), c'est tout. Depu=
is quelques semaines je re=E7ois pourtant des messages comme celui-ci, avec=
 mon pr=E9nom.

Pouvez-vous me dire comment vous avez obtenu mon adresse e-mail, et quelles=
 autres informations vous avez sur moi ?

Merci d'avance.
Martine Lambert

-----Message d'origine-----
De=A0: Shop Example <hello@news.shop.example.be>
Envoy=E9=A0: jeudi 29 octobre 2026 18:30
=C0=A0: m.lambert@skynet.be
Objet=A0: Martine, votre box vous manque ? -20 % pour revenir

Bonjour Martine,

Cela fait un moment qu'on ne s'est pas vus ! Votre box D=E9couverte vous at=
tend, avec -20 % sur les trois premiers mois si vous revenez avant le 15 no=
vembre.

Code : REVIENS20

=C0 tr=E8s vite,
L'=E9quipe Shop Example

Vous recevez cet e-mail car vous avez un compte chez Shop Example.
Se d=E9sinscrire : https://news.shop.example.be/u/7f3c2a91
'''),

    ('fr', 'person-reply-above-loyalty-points-notice-objects-to-profiling', 'objection', (),
'''Return-Path: <thomas.renard@hotmail.be>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02olkn2078.outbound.protection.outlook.com [40.92.48.78])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBwG5012Tz1xV
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 13:31:45 +0100 (CET)
From: Thomas Renard <thomas.renard@hotmail.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Vos 1 240 points expirent le 30 novembre
Thread-Topic: Vos 1 240 points expirent le 30 novembre
Thread-Index: AQHbMFv2n4R8xkWcE0mT3q7LhY9sJg==
Date: Fri, 6 Nov 2026 12:31:42 +0000
Message-ID: <PAXP190MB1735A2E9C04F61B7D83E5A0BC4F12@PAXP190MB1735.EURP190.PROD.OUTLOOK.COM>
References: <loyalty.expiry.6604123.20261105@fidelite.shop.example.be>
In-Reply-To: <loyalty.expiry.6604123.20261105@fidelite.shop.example.be>
Accept-Language: fr-BE, fr-FR
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="Windows-1252"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je garde ma carte et mes points, pas de souci. Par contre je ne veux plus q=
ue vous vous serviez de ce que j'ach=E8te en magasin et sur le site pour me=
 faire des =AB s=E9lections pour vous =BB. Je ne vous ai jamais demand=E9 =
d'analyser mes achats.

Pouvez-vous d=E9sactiver ce profilage sur mon compte (carte 6604 1230 0871)=
 ? Les e-mails sur mes points, je veux bien continuer =E0 les recevoir.

Bien =E0 vous,
Thomas Renard

________________________________
De : Shop Example Fid=E9lit=E9 <fidelite@shop.example.be>
Envoy=E9 : jeudi 5 novembre 2026 09:00
=C0 : thomas.renard@hotmail.be <thomas.renard@hotmail.be>
Objet : Vos 1 240 points expirent le 30 novembre

Bonjour Thomas,

Vous avez 1 240 points sur votre carte Shop Example. Ils expirent le 30 nov=
embre 2026 : c'est le moment d'en profiter !

S=E9lectionn=E9s pour vous d'apr=E8s vos derniers achats :
- Moulin =E0 caf=E9 manuel inox =96 2 400 points
- Coffret th=E9s d'hiver =96 900 points
- Box D=E9couverte 1 mois =96 1 200 points

Voir mes avantages : https://www.shop.example.be/fidelite

L'=E9quipe Shop Example
'''),

    ('de', 'exchange-ooo-eupen-reply-to-access-answer', 'automated', (),
'''Return-Path: <b.kessler@kessler-kaelte.be>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2119.outbound.protection.outlook.com [40.107.13.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8B6Y0mHxz1wJ
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 15:47:12 +0100 (CET)
From: Bernd Kessler <b.kessler@kessler-kaelte.be>
To: Datenschutzteam Shop Example <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Automatische_Antwort:_Ihre_Auskunftsanfrage_-_Ihre_Daten?=
 =?iso-8859-1?Q?_als_Anlage_[PRIV-2026-1176]?=
Thread-Topic: =?iso-8859-1?Q?Ihre_Auskunftsanfrage_-_Ihre_Daten_als_Anlage_[PRIV-2026?=
 =?iso-8859-1?Q?-1176]?=
Thread-Index: AQHbKt4Tq0g7Vh3ZfEW1nB8ry5cLpw==
Date: Fri, 30 Oct 2026 14:47:10 +0000
Message-ID: <AS8PR03MB8047E3B1F0D24C6A98F5D17C2BE93@AS8PR03MB8047.eurprd03.prod.outlook.com>
In-Reply-To: <priv-2026-1176.2.20261030144703@shop.example.be>
References: <priv-2026-1176.2.20261030144703@shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: b.kessler@kessler-kaelte.be
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Guten Tag,

vielen Dank f=FCr Ihre Nachricht. Ich bin bis einschlie=DFlich Montag, 9. N=
ovember 2026, nicht im B=FCro und habe nur eingeschr=E4nkt Zugriff auf meine=
 E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden F=E4llen wenden Sie sich bitte an unser B=FCro unter +32 87 55=
 21 40 oder info@kessler-kaelte.be.

Mit freundlichen Gr=FC=DFen
Bernd Kessler
Kessler K=E4ltetechnik AG
Herbesthaler Stra=DFe 27 | 4700 Eupen
'''),

    ('de', 'survey-tool-card-expiring-reminder', 'automated', (),
'''Return-Path: <bounce-7741.28813@bnc.umfragewerk.de>
Received: from mo-b21.mjdelivery.eu (mo-b21.mjdelivery.eu [87.253.233.121])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9Gm43KfRz1wX
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:30:26 +0100 (CET)
Date: Mon, 02 Nov 2026 08:30:24 +0000
From: Umfragewerk Abrechnung <abrechnung@umfragewerk.de>
To: privacy@shop.example.be
Message-ID: <cc-expiry.UW-10482.20261102083024@umfragewerk.de>
Subject: =?UTF-8?Q?Ihre_Kreditkarte_l=C3=A4uft_bald_ab_=E2=80=93_bitte_Zahlungsdaten_aktualisieren?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: Umfragewerk Billing
X-Feedback-ID: 28813:7741:billing:umfragewerk
Auto-Submitted: auto-generated

Guten Tag,

die hinterlegte Kreditkarte für Ihr Umfragewerk-Konto "Shop Example BV"
(Kundennummer UW-10482) läuft Ende November 2026 ab:

    Mastercard •••• 8832, gültig bis 11/26

Ihr Tarif "Business 10.000" (89,00 EUR / Monat zzgl. MwSt.) verlängert sich
am 1. Dezember 2026. Damit Ihre Umfragen nach jeder Box ohne Unterbrechung
weiterlaufen, hinterlegen Sie bitte rechtzeitig eine neue Karte:

    https://app.umfragewerk.de/konto/abrechnung/zahlungsmittel

Ohne gültiges Zahlungsmittel versuchen wir die Abbuchung dreimal innerhalb von
sieben Tagen. Danach werden laufende Umfragen pausiert.

Sie erhalten diese Nachricht, weil Ihre Adresse als Rechnungskontakt
hinterlegt ist.

Mit freundlichen Grüßen
Ihr Umfragewerk-Team

Umfragewerk GmbH · Hafenstraße 9 · 20457 Hamburg · HRB 148221
'''),

    ('de', 'outlook-read-receipt-mdn-portability-reply', 'automated', (),
'''Return-Path: <sabine.hoffmann@t-online.de>
Received: from mailout11.t-online.de (mailout11.t-online.de [194.25.134.85])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9fX27pVnz1x4
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 18:03:58 +0100 (CET)
Received: from fwd84.aul.t-online.de (fwd84.aul.t-online.de [10.223.144.110])
        by mailout11.t-online.de (Postfix) with SMTP id 8D4E1A2B3C
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 18:03:56 +0100 (CET)
From: "Sabine Hoffmann" <sabine.hoffmann@t-online.de>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Gelesen:_Ihr_Antrag_auf_Daten=C3=BCbertragung_[PRIV-2026-1188]?=
Date: Mon, 2 Nov 2026 18:03:51 +0100
Message-ID: <001b01db2d4e$6a2f1c80$3e8d5580$@t-online.de>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_001C_01DB2D56.CBF38480"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdstTmoYzZ2Q7pFhR0u5k2b1eW3x9A==
Content-Language: de
X-TOI-MSGID: 5e0f9a3c-2b71-4d8e-9c15-7a4b3d2e1f60

This is a multipart message in MIME format.

------=_NextPart_000_001C_01DB2D56.CBF38480
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht

  An: sabine.hoffmann@t-online.de
  Betreff: Ihr Antrag auf Daten=C3=BCbertragung [PRIV-2026-1188]
  Gesendet: Montag, 2. November 2026 11:20:14 (UTC+01:00) Amsterdam, Berl=
in, Bern, Rom, Stockholm, Wien

wurde am Montag, 2. November 2026 18:03:51 (UTC+01:00) Amsterdam, Berlin, =
Bern, Rom, Stockholm, Wien gelesen.

------=_NextPart_000_001C_01DB2D56.CBF38480
Content-Type: message/disposition-notification

Reporting-UA: DESKTOP-7Q2K1LM; Microsoft Outlook 16.0
Final-Recipient: rfc822;sabine.hoffmann@t-online.de
Original-Message-ID: <priv-2026-1188.2.20261102102014@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_001C_01DB2D56.CBF38480--
'''),

    ('de', 'person-iphone-reply-above-cancellation-confirmation-wants-refund', 'other', (),
'''Return-Path: <lukas.brandt@gmx.de>
Received: from mout.gmx.net (mout.gmx.net [212.227.17.21])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RAqT95dJgz1xK
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 20:52:33 +0100 (CET)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Lukas Brandt <lukas.brandt@gmx.de>
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Re:_Best=C3=A4tigung_deiner_K=C3=BCndigung_=E2=80=93_Entdeckerbox_(SE-BX-55902)?=
Date: Wed, 4 Nov 2026 20:52:19 +0100
Message-Id: <7C1E4F0A-93B2-4D5E-8A61-2F0C9B7D3E14@gmx.de>
References: <cancel.SE-BX-55902.20261028181204@mail.shop.example.be>
In-Reply-To: <cancel.SE-BX-55902.20261028181204@mail.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23B85)

Hallo,

danke f=C3=BCr die Best=C3=A4tigung. Nur: Am 2. November wurden mir trotzdem=
 noch 29,90 =E2=82=AC abgebucht, obwohl die K=C3=BCndigung laut Ihrer Mail a=
m 28. Oktober eingegangen ist und ab November nichts mehr abgebucht werden =
sollte.

Bitte erstatten Sie mir den Betrag zur=C3=BCck, am besten auf das Konto, vo=
n dem abgebucht wurde (Lastschrift vom 02.11., Verwendungszweck SE-BX-55902=
).

Viele Gr=C3=BC=C3=9Fe
Lukas Brandt

Von meinem iPhone gesendet

> Am 28.10.2026 um 19:12 schrieb Shop Example <noreply@shop.example.be>:
>=20
> =EF=BB=BFHallo Lukas,
>=20
> wir best=C3=A4tigen die K=C3=BCndigung deines Abos Entdeckerbox (SE-BX-559=
02) zum 31. Oktober 2026. Deine letzte Box wurde im Oktober verschickt, ab N=
ovember buchen wir nichts mehr ab.
>=20
> Schade, dass du gehst! Falls du es dir anders =C3=BCberlegst, kannst du d=
ein Abo jederzeit in deinem Konto wieder aktivieren.
>=20
> Dein Shop-Example-Team
'''),

    ('es', 'survey-saas-cancellation-confirmation', 'automated', (),
'''Return-Path: <pm_bounces@pm-bounces.encuestia.com>
Received: from sc-ord-mta117.mtasv.net (sc-ord-mta117.mtasv.net [50.31.156.117])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R7kD31wQbz1wH
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 17:08:42 +0100 (CET)
Date: Thu, 29 Oct 2026 16:08:40 +0000
From: Encuestia <facturacion@encuestia.com>
To: privacy@shop.example.be
Message-Id: <9b6e1f42-7c0d-4a35-b8e2-1d5f3a907c64@mtasv.net>
Subject: =?UTF-8?Q?Hemos_cancelado_tu_suscripci=C3=B3n_a_Encuestia_Pro?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-PM-Message-Id: 9b6e1f42-7c0d-4a35-b8e2-1d5f3a907c64
X-PM-RCPT: |bTB8MTQ4NzIxfDc2MzE5OHxwcml2YWN5QHNob3AuZXhhbXBsZS5iZQ==|
X-PM-Message-Stream: outbound
Feedback-ID: s1487-_:s1487:a763198:postmark

Hola, equipo de Shop Example BV:

Te confirmamos que la suscripción Encuestia Pro de la cuenta
"shop-example-bv" se ha cancelado a petición de An Claessens el 29 de octubre
de 2026.

- Tu plan Pro seguirá activo hasta el 30 de noviembre de 2026.
- A partir del 1 de diciembre, la cuenta pasará al plan Gratis (3 encuestas
  activas, 100 respuestas al mes).
- Tus encuestas y respuestas se conservarán durante 90 días. Puedes
  exportarlas en cualquier momento desde Ajustes > Exportar datos.
- No se realizarán más cargos en la tarjeta terminada en 8832.

¿Ha sido un error? Puedes reactivar tu plan con un clic:
https://app.encuestia.com/cuenta/plan?reactivar=1

Gracias por haber confiado en nosotros.
El equipo de Encuestia

Encuestia S.L. · Calle de Alcalá 155, 28009 Madrid · CIF B87654321
'''),

    ('es', 'exchange-ooo-madrid-reply-to-rectification-request', 'automated', (),
'''Return-Path: <j.ortega@alcazarlogistica.es>
Received: from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2131.outbound.protection.outlook.com [40.107.6.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9kS60bTwz1x6
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 12:40:19 +0100 (CET)
From: Javier Ortega Ruiz <j.ortega@alcazarlogistica.es>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: =?utf-8?Q?Respuesta_autom=C3=A1tica:_Re:_Su_solicitud_de_rectificaci?=
 =?utf-8?Q?=C3=B3n_de_datos_[PRIV-2026-1201]?=
Thread-Topic: =?utf-8?Q?Re:_Su_solicitud_de_rectificaci=C3=B3n_de_datos_[PRIV-2026-1?=
 =?utf-8?Q?201]?=
Thread-Index: AQHbLRkF9m2Xq0Lr3WcT6v1pNy8QzA==
Date: Mon, 2 Nov 2026 11:40:16 +0000
Message-ID: <VI1PR02MB6432B7E15A0C3D49F2E8D6A1BC071@VI1PR02MB6432.eurprd02.prod.outlook.com>
In-Reply-To: <priv-2026-1201.2.20261102114009@shop.example.be>
References: <priv-2026-1201.1.20261030090112@shop.example.be>
 <priv-2026-1201.2.20261102114009@shop.example.be>
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el lunes 9 de noviembre, con acceso =
limitado al correo electr=C3=B3nico. Su mensaje no ser=C3=A1 reenviado.

Para cualquier asunto urgente puede escribir a administracion@alcazarlogist=
ica.es o llamar al +34 913 57 42 80.

Un saludo,

Javier Ortega Ruiz
Departamento Financiero | Grupo Alc=C3=A1zar Log=C3=ADstica
'''),

    ('es', 'billing-platform-customer-portal-magic-link', 'automated', (),
'''Return-Path: <bounces@notificaciones.suscribo.es>
Received: from mail-a12.suscribo.es (mail-a12.suscribo.es [185.133.41.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RB8wQ2rTmz1xF
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:02:37 +0100 (CET)
Date: Thu, 05 Nov 2026 11:02:35 +0100
From: Suscribo <no-responder@notificaciones.suscribo.es>
To: privacy@shop.example.be
Message-ID: <login-link.a4f7e2c913.1793872955@suscribo.es>
Subject: Tu enlace de acceso al portal de clientes
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="sus-7d3a9e01b5c24f68"
Auto-Submitted: auto-generated
X-Suscribo-Template: portal_magic_link

--sus-7d3a9e01b5c24f68
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hola:

Alguien (esperamos que tú) ha pedido entrar en el portal de clientes de
Suscribo con la dirección privacy@shop.example.be.

Entra con este enlace. Caduca en 15 minutos y solo se puede usar una vez:

https://portal.suscribo.es/acceso/4f7e2c91-3b0a-4d6e-a812-c95d07e3b4f1

Si no has sido tú, ignora este correo: nadie podrá entrar en tu cuenta sin
este enlace.

Suscribo · Facturación de suscripciones
Este es un mensaje automático. Por favor, no respondas a este correo.

--sus-7d3a9e01b5c24f68
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif">
<p>Hola:</p>
<p>Alguien (esperamos que tú) ha pedido entrar en el portal de clientes de Suscribo con la dirección <b>privacy@shop.example.be</b>.</p>
<p><a href="https://portal.suscribo.es/acceso/4f7e2c91-3b0a-4d6e-a812-c95d07e3b4f1" style="background:#2f6fed;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Entrar en el portal</a></p>
<p style="color:#777;font-size:12px">El enlace caduca en 15 minutos. Si no has sido tú, ignora este correo.</p>
</body></html>

--sus-7d3a9e01b5c24f68--
'''),

    ('es', 'person-iphone-reply-to-survey-invitation-stop-sending', 'withdraw_consent', (),
'''Return-Path: <lucia.navarro.gil@gmail.com>
Received: from mail-wm1-f48.google.com (mail-wm1-f48.google.com [209.85.128.48])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8Vf02ZyPz1wM
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 22:17:41 +0100 (CET)
Received: by mail-wm1-f48.google.com with SMTP id 5b1f17b1804b1-43168d9c6c9so9912575e9.3
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 14:17:40 -0700 (PDT)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?Q?Luc=C3=ADa_Navarro?= <lucia.navarro.gil@gmail.com>
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Re:_=C2=BFQu=C3=A9_tal_tu_caja_de_octubre=3F_Cu=C3=A9ntanoslo_en_2_minutos?=
Date: Sat, 31 Oct 2026 22:17:28 +0100
Message-Id: <E2B7C94D-1F06-4A8B-BD35-6C0E82A1F7D9@gmail.com>
References: <survey.SE-BX-62730.202610.20261030@encuestas.shop.example.be>
In-Reply-To: <survey.SE-BX-62730.202610.20261030@encuestas.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23A341)

Dejad de mandarme estas encuestas, por favor. Es la cuarta desde el verano =
y no pienso contestar ninguna. No quiero recibir m=C3=A1s correos de este t=
ipo.

Luc=C3=ADa

Enviado desde mi iPhone

> El 30 oct 2026, a las 10:00, Shop Example <encuestas@shop.example.be> esc=
ribi=C3=B3:
>=20
> =EF=BB=BFHola, Luc=C3=ADa:
> =C2=BFQu=C3=A9 tal tu caja de octubre? Tu opini=C3=B3n nos ayuda a prepar=
ar la de noviembre.
> Responder solo te llevar=C3=A1 2 minutos:
> https://encuestas.shop.example.be/s/oct26?c=3DSE-BX-62730
>=20
> =C2=A1Gracias!
> El equipo de Shop Example
'''),

    ('it', 'exchange-ooo-milan-reply-to-deletion-confirmation', 'automated', (),
'''Return-Path: <f.colombo@studiocolombo-mi.it>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2110.outbound.protection.outlook.com [40.107.22.110])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RAJ8p1cXvz1xG
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:26:03 +0100 (CET)
From: Francesca Colombo <f.colombo@studiocolombo-mi.it>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: Risposta automatica: Cancellazione del suo account completata [PRIV-2026-1169]
Thread-Topic: Cancellazione del suo account completata [PRIV-2026-1169]
Thread-Index: AQHbLqVw3t9Gd1kQm0WcZ2rXn7Ep4A==
Date: Wed, 4 Nov 2026 10:26:00 +0000
Message-ID: <DU0PR04MB9417C2A8F5E1B36D0974E2F8AD1C3@DU0PR04MB9417.eurprd04.prod.outlook.com>
In-Reply-To: <priv-2026-1169.5.20261104102554@shop.example.be>
References: <priv-2026-1169.5.20261104102554@shop.example.be>
Content-Language: it-IT
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Buongiorno,

sar=C3=B2 fuori ufficio fino a luned=C3=AC 9 novembre compreso, con accesso=
 limitato alla posta elettronica. Risponder=C3=B2 al mio rientro.

Per questioni urgenti potete scrivere a segreteria@studiocolombo-mi.it o ch=
iamare lo 02 4851 7730.

Cordiali saluti,
Francesca Colombo
Studio Colombo Commercialisti Associati - Via Vincenzo Monti 21, 20123 Mila=
no
'''),

    ('it', 'pec-mailbox-rejects-ordinary-mail-dsn', 'automated', (),
'''Return-Path: <>
Received: from smtp-in03.pec.postacertificata-esempio.it (smtp-in03.pec.postacertificata-esempio.it [62.149.157.53])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8Jx43sWkz1wP
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 16:55:21 +0100 (CET)
Date: Fri, 30 Oct 2026 16:55:19 +0100
From: Posta Elettronica Certificata <mailer-daemon@pec.postacertificata-esempio.it>
To: privacy@shop.example.be
Subject: Messaggio non accettato: Re: Richiesta di accesso ai suoi dati [PRIV-2026-1180]
Message-ID: <nonaccettazione.20261030165519.77312@pec.postacertificata-esempio.it>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="PEC-NA-77312-1793375719"

--PEC-NA-77312-1793375719
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Il messaggio da lei inviato non è stato consegnato al destinatario

    marco.rinaldi@pec.studiorinaldi.it

La casella di destinazione è una casella di Posta Elettronica Certificata
configurata per accettare esclusivamente messaggi provenienti da altre
caselle PEC. I messaggi di posta ordinaria vengono respinti.

Per comunicare con questo destinatario utilizzi una casella PEC oppure un
indirizzo di posta ordinaria del destinatario.

Questo è un messaggio generato automaticamente. Si prega di non rispondere.

--PEC-NA-77312-1793375719
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-in03.pec.postacertificata-esempio.it
Arrival-Date: Fri, 30 Oct 2026 16:55:18 +0100

Final-Recipient: rfc822; marco.rinaldi@pec.studiorinaldi.it
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Messaggio non certificato: la casella accetta solo messaggi PEC

--PEC-NA-77312-1793375719
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: Privacy Shop Example <privacy@shop.example.be>
To: marco.rinaldi@pec.studiorinaldi.it
Subject: Re: Richiesta di accesso ai suoi dati [PRIV-2026-1180]
Date: Fri, 30 Oct 2026 16:55:12 +0100
Message-ID: <priv-2026-1180.2.20261030155512@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--PEC-NA-77312-1793375719--
'''),

    ('it', 'review-platform-weekly-summary', 'automated', (),
'''Return-Path: <notifiche@mail.recensio.it>
Received: from mta-07.mail.recensio.it (mta-07.mail.recensio.it [185.58.118.207])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9Gq10NcYz1wV
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 07:15:09 +0100 (CET)
Date: Mon, 02 Nov 2026 07:15:06 +0100
From: Recensio <notifiche@mail.recensio.it>
To: privacy@shop.example.be
Message-ID: <weekly.SEBV-3318.2026-44@mail.recensio.it>
Subject: Riepilogo settimanale: 17 nuove recensioni per Shop Example
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Precedence: bulk
Auto-Submitted: auto-generated
List-Id: Riepiloghi settimanali Recensio <weekly.recensio.it>
List-Unsubscribe: <https://business.recensio.it/impostazioni/notifiche?u=SEBV-3318>
List-Unsubscribe-Post: List-Unsubscribe=One-Click

Ciao Shop Example,

ecco com'è andata la settimana dal 26 ottobre al 1° novembre.

Nuove recensioni:         17
Valutazione media:        4,3 / 5  (settimana precedente: 4,1)
Recensioni senza risposta: 5
Inviti alla recensione inviati dopo la consegna della box: 1.204

Ultime recensioni:
  ★★★★★  "Box di ottobre bellissima, il tè speziato è una scoperta" - Elena
  ★★☆☆☆  "Consegna arrivata con tre giorni di ritardo" - Dirk
  ★★★★☆  "Buona selezione, ma il caffè era troppo tostato per me" - Sofie

Rispondi alle recensioni: https://business.recensio.it/recensioni?u=SEBV-3318

Ricevi questa email perché sei un amministratore del profilo aziendale
Shop Example su Recensio. Gestisci le notifiche:
https://business.recensio.it/impostazioni/notifiche?u=SEBV-3318

Recensio S.r.l. - Corso Vittorio Emanuele II 72, 10121 Torino
'''),

    ('it', 'person-forwards-bounce-from-old-dpo-address-complains-no-answer', 'complaint', ('deletion',),
'''Return-Path: <giulia.ferri@libero.it>
Received: from libero.it (smtp-31.iol.local [10.101.8.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBQ0m6hDkz1xR
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 09:44:12 +0100 (CET)
From: "Giulia Ferri" <giulia.ferri@libero.it>
To: <privacy@shop.example.be>
Subject: I: Undelivered Mail Returned to Sender
Date: Thu, 5 Nov 2026 09:44:05 +0100
Message-ID: <002f01db2f5e$a71c3b40$f554b1c0$@libero.it>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdsvXp8y4hQkT3WnR0y2bVz7c1mFqA==
Content-Language: it

Buongiorno,

vi inoltro il messaggio di errore che ho ricevuto il 28 settembre quando ho
scritto a dpo@shop.example.be, l'indirizzo indicato nella vostra informativa
privacy. Il 2 ottobre ho riscritto a questo indirizzo chiedendo di cancellare
il mio account e tutti i miei dati. Da allora nessuna risposta, nemmeno una
conferma di ricezione, e intanto continuo a ricevere le vostre email.

È passato più di un mese. Vi chiedo un'ultima volta di cancellare il mio
account (giulia.ferri@libero.it, tessera fedeltà 6604 1290 3318) e tutti i
dati collegati, e di confermarmelo per iscritto. Se entro dieci giorni non
ricevo una risposta, presenterò reclamo all'Autorità per la protezione dei
dati.

Giulia Ferri

-----Messaggio originale-----
Da: MAILER-DAEMON@mx1.shop.example.be <MAILER-DAEMON@mx1.shop.example.be>
Inviato: lunedì 28 settembre 2026 21:14
A: giulia.ferri@libero.it
Oggetto: Undelivered Mail Returned to Sender

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dpo@shop.example.be>: user unknown
'''),

    ('pt', 'exchange-ooo-lisbon-reply-to-portability-request', 'automated', (),
'''Return-Path: <ana.sousa@rmcontabilidade.pt>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2093.outbound.protection.outlook.com [40.107.247.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R7dN22kHpz1wB
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 10:33:50 +0100 (CET)
From: Ana Sousa <ana.sousa@rmcontabilidade.pt>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: =?utf-8?Q?Resposta_autom=C3=A1tica:_Re:_O_seu_pedido_de_portabilidade?=
 =?utf-8?Q?_de_dados_[PRIV-2026-1197]?=
Thread-Topic: Re: O seu pedido de portabilidade de dados [PRIV-2026-1197]
Thread-Index: AQHbKfD3b1cM8xRk2EqW0p7Tn5Yv3g==
Date: Thu, 29 Oct 2026 09:33:47 +0000
Message-ID: <PR3PR06MB6940A1D72E5F08C3B94E7A62DF5B0@PR3PR06MB6940.eurprd06.prod.outlook.com>
In-Reply-To: <priv-2026-1197.2.20261029093341@shop.example.be>
References: <priv-2026-1197.2.20261029093341@shop.example.be>
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bom dia,

Obrigada pelo seu email. Encontro-me ausente at=C3=A9 ao dia 10 de novembr=
o, com acesso limitado ao correio eletr=C3=B3nico.

Para assuntos urgentes, por favor contacte a minha colega Rita Pinto (rita.p=
into@rmcontabilidade.pt) ou ligue para o 213 540 812.

Com os melhores cumprimentos,
Ana Sousa
RM Contabilidade, Lda. | Av. da Rep=C3=BAblica 41, 1050-187 Lisboa
'''),

    ('pt', 'fulfilment-partner-daily-dispatch-report', 'automated', (),
'''Return-Path: <relatorios@embala-logistica.pt>
Received: from smtp.embala-logistica.pt (smtp.embala-logistica.pt [94.46.170.38])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RAXc75mRfz1xJ
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 23:05:11 +0100 (CET)
Date: Wed, 04 Nov 2026 22:05:08 +0000
From: Embala WMS <relatorios@embala-logistica.pt>
To: operacoes@shop.example.be, privacy@shop.example.be
Message-ID: <wms.dispatch.SEBV.20261104.220508@embala-logistica.pt>
Subject: =?UTF-8?Q?Relat=C3=B3rio_di=C3=A1rio_de_expedi=C3=A7=C3=A3o_=E2=80=93_04/11/2026_=E2=80=93_Shop_Example_BV?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: Embala WMS 5.8 (relatorio_diario)

RELATÓRIO DIÁRIO DE EXPEDIÇÃO
Cliente: Shop Example BV (SEBV)      Data: 04/11/2026
Armazém: Carregado (Alenquer)

Caixas embaladas ................. 1.842
Caixas expedidas ................. 1.836
  - bpost (BE) ................... 1.511
  - PostNL (NL/LU) ............... 325
Pendentes (falta de stock) ....... 6   (SKU TEA-WIN-26: rutura)
Devoluções recebidas ............. 14
Moradas rejeitadas pela transportadora: 3
  SE-ORD-2611-04418, SE-ORD-2611-04532, SE-ORD-2611-04790

Para corrigir moradas rejeitadas utilize o portal de cliente:
https://portal.embala-logistica.pt/sebv/excecoes

Mensagem gerada automaticamente pelo Embala WMS. Não responda a este
endereço; para questões operacionais contacte apoio@embala-logistica.pt.
'''),

    ('pt', 'sms-provider-dunning-payment-failed-retry', 'automated', (),
'''Return-Path: <faturacao@mensagex.pt>
Received: from mail2.mensagex.pt (mail2.mensagex.pt [188.93.229.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBhV31pCsz1xS
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 08:00:44 +0100 (CET)
Date: Thu, 05 Nov 2026 07:00:41 +0000
From: =?UTF-8?Q?Mensagex_-_Fatura=C3=A7=C3=A3o?= <faturacao@mensagex.pt>
To: privacy@shop.example.be
Message-ID: <dunning.2.MX-20417.20261105070041@mensagex.pt>
Subject: =?UTF-8?Q?Pagamento_recusado_=E2=80=93_vamos_tentar_novamente_a_9_de_novembro?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Mensagex-Dunning-Step: 2/4

Ol=C3=A1 Shop Example BV,

N=C3=A3o conseguimos cobrar a mensalidade do seu plano SMS Neg=C3=B3cios 25=
k (cliente MX-20417):

  Valor: 119,00 =E2=82=AC (IVA n=C3=A3o inclu=C3=ADdo)
  Fatura: FT 2026/11842
  Motivo: cart=C3=A3o recusado pelo banco emissor

Vamos tentar novamente a 9 de novembro de 2026 (tentativa 3 de 4). Se o pag=
amento continuar a falhar, o envio de SMS da sua conta ser=C3=A1 suspenso a=
 16 de novembro.

Atualize o m=C3=A9todo de pagamento aqui:
https://conta.mensagex.pt/faturacao/metodo-pagamento

Se j=C3=A1 regularizou a situa=C3=A7=C3=A3o, ignore esta mensagem.

Mensagex, Lda. =C2=B7 Rua do Salitre 118, 1250-204 Lisboa
Mensagem autom=C3=A1tica =E2=80=93 por favor n=C3=A3o responda.
'''),

    ('pt', 'person-iphone-reply-above-card-expiry-notice-corrects-address', 'correction', (),
'''Return-Path: <rui.magalhaes83@sapo.pt>
Received: from relay4.ptmail.sapo.pt (relay4.ptmail.sapo.pt [212.55.154.24])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RC0r47LxWz1xW
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 18:22:39 +0100 (CET)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?Q?Rui_Magalh=C3=A3es?= <rui.magalhaes83@sapo.pt>
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Re:_Votre_carte_expire_fin_novembre_-_mettez_vos_informations?=
 =?utf-8?Q?_de_paiement_=C3=A0_jour?=
Date: Fri, 6 Nov 2026 17:22:30 +0000
Message-Id: <A93F0C6E-5D27-4B18-9E40-7C2D1B8F6A35@sapo.pt>
References: <cardexpiry.SE-BX-70561.20261106@mail.shop.example.be>
In-Reply-To: <cardexpiry.SE-BX-70561.20261106@mail.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23B85)

Boa tarde,

O cart=C3=A3o j=C3=A1 foi renovado, eu atualizo isso no site. Mas aproveito=
 para vos pedir que corrijam a minha morada: mudei-me em setembro e a caixa=
 de outubro ainda foi para a morada antiga (foi a vizinha que ma trouxe).

A morada nova =C3=A9:
Rue de la Victoire 112, 2.=C2=BA andar
1060 Saint-Gilles

E o apelido tamb=C3=A9m est=C3=A1 mal escrito, =C3=A9 Magalh=C3=A3es e n=
=C3=A3o Magalhaes.

Obrigado,
Rui Magalh=C3=A3es

Enviado do meu iPhone

> No dia 6/11/2026, =C3=A0s 08:00, Shop Example <paiements@shop.example.be>=
 escreveu:
>=20
> =EF=BB=BFBonjour Rui,
> La carte Visa se terminant par 2290 associ=C3=A9e =C3=A0 votre Box D=C3=
=A9couverte expire fin novembre. Pour que votre box de d=C3=A9cembre parte=
 sans souci, mettez-la =C3=A0 jour dans Mon compte > Paiement.
> L'=C3=A9quipe Shop Example
'''),
]

"""Forty-seventh set, robot mail of deliveries and returns, plus people who look like robots (14 languages). Written apart from the code."""

ROBOTS = [
    # 1
    ('en', 'postfix-dsn-mailbox-unavailable', 'automated', (),
'''Return-Path: <>
Received: from smtp-out2.shop.example.be (smtp-out2.shop.example.be [195.130.140.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Gz8Kr3Jv1z9sWd
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 10:14:53 +0200 (CEST)
Received: by smtp-out2.shop.example.be (Postfix)
        id 4Gz8Kq0lTxz9sWb; Tue, 20 Oct 2026 10:14:52 +0200 (CEST)
Date: Tue, 20 Oct 2026 10:14:52 +0200 (CEST)
From: MAILER-DAEMON@smtp-out2.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4Gz8Kq0lTxz9sWb.1792484092/smtp-out2.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261020081452.4Gz8Kq0lTxz9sWb@smtp-out2.shop.example.be>

This is a MIME-encapsulated message.

--4Gz8Kq0lTxz9sWb.1792484092/smtp-out2.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp-out2.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.okafor1987@hotmail.co.uk>: host
    eur.olc.protection.outlook.com[52.101.73.19] said: 550 5.5.0 Requested
    action not taken: mailbox unavailable (S2017062302)
    [AM2PEPF0001C713.eurprd05.prod.outlook.com] (in reply to RCPT TO command)

--4Gz8Kq0lTxz9sWb.1792484092/smtp-out2.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out2.shop.example.be
X-Postfix-Queue-ID: 4Gz8Kq0lTxz9sWb
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 20 Oct 2026 10:14:51 +0200 (CEST)

Final-Recipient: rfc822; d.okafor1987@hotmail.co.uk
Original-Recipient: rfc822;d.okafor1987@hotmail.co.uk
Action: failed
Status: 5.5.0
Remote-MTA: dns; eur.olc.protection.outlook.com
Diagnostic-Code: smtp; 550 5.5.0 Requested action not taken: mailbox
    unavailable (S2017062302) [AM2PEPF0001C713.eurprd05.prod.outlook.com]

--4Gz8Kq0lTxz9sWb.1792484092/smtp-out2.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from crm.shop.example.be (crm.shop.example.be [10.20.4.17])
        by smtp-out2.shop.example.be (Postfix) with ESMTPS id 4Gz8Kq0lTxz9sWb
        for <d.okafor1987@hotmail.co.uk>; Tue, 20 Oct 2026 10:14:51 +0200 (CEST)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Daniel Okafor <d.okafor1987@hotmail.co.uk>
Subject: Re: Photo taken by the courier at delivery - order 1048823 [PRIV-2026-0917]
Date: Tue, 20 Oct 2026 10:14:49 +0200
Message-ID: <PRIV-2026-0917.3.1792484089@shop.example.be>
In-Reply-To: <DB8P191MB0632E1A77C4D2F5B9A03E1C6D39A2@DB8P191MB0632.EURP191.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

--4Gz8Kq0lTxz9sWb.1792484092/smtp-out2.shop.example.be--
'''),

    # 2
    ('en', 'exchange-ooo-fulfilment-account-manager', 'automated', (),
'''Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2118.outbound.protection.outlook.com [40.107.20.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GzbW91mQ3z9sXk
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 14:03:27 +0200 (CEST)
Received: from DB9PR08MB6714.eurprd08.prod.outlook.com (2603:10a6:10:2a1::9) by
 AS8PR08MB9920.eurprd08.prod.outlook.com (2603:10a6:20b:562::14) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8093.18; Wed, 21 Oct
 2026 12:03:25 +0000
From: Gemma Pritchard <gemma.pritchard@northbridge-fulfilment.co.uk>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Returns records for RMA-2026-17702 - customer access
 request
Thread-Topic: Returns records for RMA-2026-17702 - customer access request
Thread-Index: AQHbI2v7x1Zt0mV3Uk2cF9gYQw8H2LJ4mK1a
Date: Wed, 21 Oct 2026 12:03:25 +0000
Message-ID: <DB9PR08MB6714A1C3E0F25B7D9E4C21F8E8A52@DB9PR08MB6714.eurprd08.prod.outlook.com>
In-Reply-To: <PRIV-2026-0922.1.1792577003@shop.example.be>
References: <PRIV-2026-0922.1.1792577003@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: gemma.pritchard@northbridge-fulfilment.co.uk
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <PRIV-2026-0922.1.1792577003@shop.example.be>
Content-Language: en-GB
Content-Type: multipart/alternative;
        boundary="_000_DB9PR08MB6714A1C3E0F25B7D9E4C21F8E8A52DB9PR08MB6714eurp_"
MIME-Version: 1.0

--_000_DB9PR08MB6714A1C3E0F25B7D9E4C21F8E8A52DB9PR08MB6714eurp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Hello,

Thank you for your email. I am out of the office from Monday 19 October an=
d will be back on Monday 2 November. I will not be checking emails while I=
 am away.

For anything urgent regarding goods-in, returns processing or stock querie=
s, please contact our Client Services desk at clientservices@northbridge-f=
ulfilment.co.uk or call +44 (0)1604 555 210.

Data protection queries should be sent to dpo@northbridge-fulfilment.co.uk=
.

Kind regards,
Gemma

Gemma Pritchard | Senior Account Manager
Northbridge Fulfilment Ltd | Unit 7, Brackmills Industrial Estate, Northam=
pton NN4 7PB

--_000_DB9PR08MB6714A1C3E0F25B7D9E4C21F8E8A52DB9PR08MB6714eurp_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii"=
>
</head>
<body>
<div style=3D"font-family: Aptos, Arial, Helvetica, sans-serif; font-size: =
11pt;">
<p>Hello,</p>
<p>Thank you for your email. I am out of the office from Monday 19 October=
 and will be back on Monday 2 November. I will not be checking emails whil=
e I am away.</p>
<p>For anything urgent regarding goods-in, returns processing or stock que=
ries, please contact our Client Services desk at clientservices@northbridg=
e-fulfilment.co.uk or call +44 (0)1604 555 210.</p>
<p>Data protection queries should be sent to dpo@northbridge-fulfilment.co=
.uk.</p>
<p>Kind regards,<br>Gemma</p>
<p><b>Gemma Pritchard</b> | Senior Account Manager<br>
Northbridge Fulfilment Ltd | Unit 7, Brackmills Industrial Estate, Northam=
pton NN4 7PB</p>
</div>
</body>
</html>

--_000_DB9PR08MB6714A1C3E0F25B7D9E4C21F8E8A52DB9PR08MB6714eurp_--
'''),

    # 3
    ('en', 'zendesk-carrier-ticket-ack-delivery-complaint', 'automated', (),
'''Return-Path: <bounces+2214983-a1c4-privacy=shop.example.be@em7712.swiftlineparcels.com>
Received: from wrqvtzvf.outbound-mail.sendgrid.net (wrqvtzvf.outbound-mail.sendgrid.net [149.72.131.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H0C2n5kR8z9sYq
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 11:41:09 +0200 (CEST)
Date: Thu, 22 Oct 2026 09:41:07 +0000
From: Swiftline Parcels Customer Care <support@swiftlineparcels.zendesk.com>
Reply-To: Swiftline Parcels Customer Care <support+id884213@swiftlineparcels.zendesk.com>
To: Shop Example Privacy Team <privacy@shop.example.be>
Message-ID: <1RKQ7D3W0M_6718f1a3c2b8e_5a3f1a8d1c7_sprut@zendesk.com>
In-Reply-To: <PRIV-2026-0919.2.1792661960@shop.example.be>
Subject: [Swiftline Parcels] Re: Parcel SWL 4471 0293 85 - recipient details
 sent to another customer
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6718f1a3c1f04_5a3f1a8d1c6bc";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 3f1a8d
X-Zendesk-Email-Id: 01JB2K7Q9T4M8D3W0X5R6YHZC1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All


----==_mimepart_6718f1a3c1f04_5a3f1a8d1c6bc
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: 7bit

##- Please type your reply above this line -##

Your request (884213) has been received and is being reviewed by our
Customer Care team.

To add additional comments, reply to this email.

We aim to reply to all enquiries within 2 working days. If your enquiry is
about a lost or damaged parcel, the sender must submit a claim through the
Swiftline Business Portal; we are unable to open claims by email.

----------------------------------------------

Shop Example Privacy Team, 22 Oct 2026, 10:41 BST

Hello,

One of our customers received a delivery notification for parcel
SWL 4471 0293 85 which showed the name, address and phone number of another
customer. Could you tell us how this happened, and confirm which details of
the intended recipient were sent to the wrong e-mail address?

Kind regards,
Privacy Team
Shop Example BV

--------------------------------
This email is a service from Swiftline Parcels Customer Care. Delivered by Zendesk

[1RKQ7D-3W0M]

----==_mimepart_6718f1a3c1f04_5a3f1a8d1c6bc
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: 7bit

<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<body style="font-family: Arial, sans-serif; font-size: 14px;">
<div style="color: #b5b5b5;">##- Please type your reply above this line -##</div>
<p>Your request (884213) has been received and is being reviewed by our Customer Care team.</p>
<p>To add additional comments, reply to this email.</p>
<p>We aim to reply to all enquiries within 2 working days. If your enquiry is about a lost or damaged parcel, the sender must submit a claim through the Swiftline Business Portal; we are unable to open claims by email.</p>
<hr>
<p><strong>Shop Example Privacy Team</strong><br>22 Oct 2026, 10:41 BST</p>
<p>Hello,</p>
<p>One of our customers received a delivery notification for parcel SWL 4471 0293 85 which showed the name, address and phone number of another customer. Could you tell us how this happened, and confirm which details of the intended recipient were sent to the wrong e-mail address?</p>
<p>Kind regards,<br>Privacy Team<br>Shop Example BV</p>
<div style="color: #aaaaaa; font-size: 12px;">This email is a service from Swiftline Parcels Customer Care. Delivered by <a href="https://www.zendesk.com/support/">Zendesk</a></div>
<span style="color:#FFFFFF">[1RKQ7D-3W0M]</span>
</body>
</html>

----==_mimepart_6718f1a3c1f04_5a3f1a8d1c6bc--
'''),

    # 4
    ('en', 'person-forwards-courier-tracking-delete-mobile', 'deletion', (),
'''Received: from mail-wr1-f47.google.com (mail-wr1-f47.google.com [209.85.221.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H1Nq72vXhz9sZ4
        for <privacy@shop.example.be>; Sat, 24 Oct 2026 08:02:41 +0200 (CEST)
MIME-Version: 1.0
References: <0102019cb3f1a7e4-3b7a1d2e-9c44-4f1e-a8b2-5e6d7c8f9a01-000000@eu-west-1.amazonses.com>
In-Reply-To: <0102019cb3f1a7e4-3b7a1d2e-9c44-4f1e-a8b2-5e6d7c8f9a01-000000@eu-west-1.amazonses.com>
From: Tom Ashworth <tom.ashworth82@gmail.com>
Date: Sat, 24 Oct 2026 07:02:28 +0100
Message-ID: <CAF3kQ9xW2pR7mB8nZt4Yc1vH5uJ0dLq6sE9aT2gK3oN8fXyVbA@mail.gmail.com>
Subject: Fwd: Your parcel from Shop Example is out for delivery today
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000003b9f1e0625b7c4a2"

--0000000000003b9f1e0625b7c4a2
Content-Type: text/plain; charset="UTF-8"

Hello,

I never gave my mobile number to a courier company. The only place it
should be is my account with you, because I added it when I got the
loyalty card. Please delete my mobile number from my account, and make sure
Swiftline deletes it too. I don't want couriers texting me.

Thanks,
Tom Ashworth

---------- Forwarded message ---------
From: Swiftline Parcels <noreply@notify.swiftlineparcels.com>
Date: Sat, 24 Oct 2026 at 06:48
Subject: Your parcel from Shop Example is out for delivery today
To: <tom.ashworth82@gmail.com>


Hi Tom,

Your parcel from Shop Example is out for delivery today.

Estimated delivery window: 11:20 - 12:20
Tracking number: SWL 4471 0788 12

We'll text you on 07*** ***419 when your driver is about 15 minutes away.

Not going to be in? Leave it with a neighbour, choose a safe place or send
it to a Swiftline Point:
https://track.swiftlineparcels.com/m/SWL4471078812

Swiftline Parcels Ltd. This is an automated email - please do not reply.

--0000000000003b9f1e0625b7c4a2
Content-Type: text/html; charset="UTF-8"

<div dir="ltr"><div>Hello,</div><div><br></div><div>I never gave my mobile number to a courier company. The only place it should be is my account with you, because I added it when I got the loyalty card. Please delete my mobile number from my account, and make sure Swiftline deletes it too. I don&#39;t want couriers texting me.</div><div><br></div><div>Thanks,</div><div>Tom Ashworth</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Swiftline Parcels</strong> <span dir="auto">&lt;<a href="mailto:noreply@notify.swiftlineparcels.com">noreply@notify.swiftlineparcels.com</a>&gt;</span><br>Date: Sat, 24 Oct 2026 at 06:48<br>Subject: Your parcel from Shop Example is out for delivery today<br>To: &lt;<a href="mailto:tom.ashworth82@gmail.com">tom.ashworth82@gmail.com</a>&gt;<br></div><br><br><div><p>Hi Tom,</p><p>Your parcel from Shop Example is out for delivery today.</p><p>Estimated delivery window: <b>11:20 - 12:20</b><br>Tracking number: SWL 4471 0788 12</p><p>We&#39;ll text you on 07*** ***419 when your driver is about 15 minutes away.</p><p>Not going to be in? <a href="https://track.swiftlineparcels.com/m/SWL4471078812">Leave it with a neighbour, choose a safe place or send it to a Swiftline Point</a></p><p style="font-size:11px;color:#888">Swiftline Parcels Ltd. This is an automated email - please do not reply.</p></div></div></div>

--0000000000003b9f1e0625b7c4a2--
'''),

    # 5
    ('en', 'shipping-software-label-failure-alert', 'automated', (),
'''Return-Path: <bounce+3c81a2.b7e9f-privacy=shop.example.be@mg.shipflow.io>
Received: from m228-4.mailgun.net (m228-4.mailgun.net [159.135.228.4])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H2bT0q9Wnz9t0L
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 06:03:18 +0100 (CET)
X-Mailgun-Sending-Ip: 159.135.228.4
X-Mailgun-Sid: WyI0NmE3NiIsInByaXZhY3lAc2hvcC5leGFtcGxlLmJlIiwiYjdlOWYiXQ==
Date: Mon, 26 Oct 2026 05:03:16 +0000
From: ShipFlow Alerts <alerts@mg.shipflow.io>
To: privacy@shop.example.be
Subject: [ShipFlow] Action required: 3 labels could not be created
Message-Id: <20261026050316.3c81a2b7e9f4d015@mg.shipflow.io>
X-Mailgun-Tag: label-failure
Auto-Submitted: auto-generated
Mime-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hi Shop Example BV team,

During the scheduled sync at 06:00 CET (Mon 26 Oct 2026), ShipFlow could not
create labels for 3 shipments in the shipping profile
"Returns & data requests (BE)".

  Reference             Carrier                    Error
  RMA-2026-18120        Swiftline Intl. Economy    ADDRESS_VALIDATION_FAILED:
                                                   house number missing
                                                   ("Rue Haute", 1000 Bruxelles)
  RMA-2026-18127        Swiftline Intl. Economy    ADDRESS_VALIDATION_FAILED:
                                                   postcode 4020 does not match
                                                   city "Namur"
  PRIV-2026-0931-USB    Kwikpost Registered        CARRIER_ACCOUNT_ERROR:
                                                   contract number expired
                                                   (error 4011)

These shipments have been moved to "Needs attention" and will not be retried
automatically. Correct the address or carrier settings, then print the
labels again:
https://app.shipflow.io/shipments?status=needs_attention&account=shopexbe

If the printer on ShipFlow Print Agent "WS-LOG-03" was offline, queued labels
will print as soon as it reconnects.

You are receiving this email because privacy@shop.example.be is a
notification contact for this shipping profile. Manage notifications:
https://app.shipflow.io/settings/notifications

ShipFlow B.V. - Keizersgracht 520, 1017 EK Amsterdam, NL
'''),

    # 6
    ('nl', 'national-post-registered-letter-at-pickup-point', 'automated', (),
'''Return-Path: <bounces@mail.kwikpost.be>
Received: from out3.mail.kwikpost.be (out3.mail.kwikpost.be [185.61.112.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H3gB42nPcz9t1R
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 08:15:04 +0100 (CET)
Date: Tue, 27 Oct 2026 08:15:02 +0100 (CET)
From: Kwikpost <noreply@mail.kwikpost.be>
To: privacy@shop.example.be
Subject: Je aangetekende zending ligt klaar in je Kwikpunt
Message-ID: <3c2f1a77-8e41-4b9d-a0c5-2d71e9f4b613@mail.kwikpost.be>
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="----=_Part_2281734_1499027713.1793085302117"
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated

------=_Part_2281734_1499027713.1793085302117
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Beste klant,

Er is een aangetekende zending voor je aangekomen. We konden ze niet
persoonlijk overhandigen en hebben ze afgegeven in je Kwikpunt.

Zending: AR 3 3041 7728 9 BE
Geadresseerde: SHOP EXAMPLE BV - T.A.V. PRIVACY / DPO
Afzender: CLAES D., 2800 MECHELEN

Af te halen vanaf: woensdag 28 oktober 2026, 9.00 uur
Af te halen tot en met: woensdag 11 november 2026

Kwikpunt: Dagbladhandel De Kiosk, Leuvensesteenweg 214, 1030 Schaarbeek
Openingsuren: ma-za 7.00-18.30 uur

Breng je identiteitskaart mee, of een volmacht en de identiteitskaart van
de geadresseerde. Voor een onderneming: een volmacht met de stempel van de
onderneming.

Wordt de zending niet afgehaald, dan sturen we ze terug naar de afzender.

Volg je zending: https://track.kwikpost.be/?z=3DAR330417728BE&lang=3Dnl

Dit is een automatisch bericht. Antwoorden op dit adres worden niet
gelezen.

------=_Part_2281734_1499027713.1793085302117
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#1a1=
a1a">
<h2 style=3D"color:#e2001a">Je aangetekende zending ligt klaar</h2>
<p>Beste klant,</p>
<p>Er is een aangetekende zending voor je aangekomen. We konden ze niet pers=
oonlijk overhandigen en hebben ze afgegeven in je Kwikpunt.</p>
<table>
<tr><td>Zending</td><td><b>AR 3 3041 7728 9 BE</b></td></tr>
<tr><td>Geadresseerde</td><td>SHOP EXAMPLE BV - T.A.V. PRIVACY / DPO</td></tr>
<tr><td>Afzender</td><td>CLAES D., 2800 MECHELEN</td></tr>
<tr><td>Af te halen tot en met</td><td>woensdag 11 november 2026</td></tr>
</table>
<p>Kwikpunt: Dagbladhandel De Kiosk, Leuvensesteenweg 214, 1030 Schaarbeek<=
/p>
<p><a href=3D"https://track.kwikpost.be/?z=3DAR330417728BE&amp;lang=3Dnl">V=
olg je zending</a></p>
<p style=3D"font-size:11px;color:#777">Dit is een automatisch bericht. Antw=
oorden op dit adres worden niet gelezen.</p>
</body></html>

------=_Part_2281734_1499027713.1793085302117--
'''),

    # 7
    ('nl', 'regional-courier-delivery-attempt-sender-notice', 'automated', (),
'''Return-Path: <notificaties@koeriernoord.nl>
Received: from mta-07.koeriernoord.nl (mta-07.koeriernoord.nl [94.142.241.87])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H4Lx53rTfz9t2C
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 12:03:51 +0100 (CET)
Date: Wed, 28 Oct 2026 12:03:49 +0100
From: Koerier Noord <notificaties@koeriernoord.nl>
Reply-To: Koerier Noord <geen-antwoord@koeriernoord.nl>
To: privacy@shop.example.be
Subject: Bezorgpoging niet gelukt - zending 3KNX0048817362
Message-ID: <KN.3KNX0048817362.20261028110349.attempt1@koeriernoord.nl>
Precedence: bulk
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Beste afzender,

Onze bezorger heeft vandaag om 11:42 geprobeerd je zending af te leveren, m=
aar er werd niet opengedaan.

Zendingnummer:        3KNX0048817362
Ontvanger:            M. Visser, Zwanestraat 18, 9712 CM Groningen
Referentie afzender:  PRIV-2026-0904 (USB inzage)
Handtekening nodig:   ja

Wat gebeurt er nu?
We proberen het morgen, donderdag 29 oktober, nog een keer tussen 09:00 en =
17:00. Lukt de tweede poging ook niet, dan brengen we de zending naar een Ko=
erier Noord-servicepunt in de buurt van de ontvanger. Daar ligt ze 7 dagen k=
laar. Daarna sturen we de zending retour naar jou.

De ontvanger heeft hierover een eigen bericht gekregen en kan de bezorging =
zelf wijzigen.

Met vriendelijke groet,
Koerier Noord

Deze e-mail is automatisch verstuurd. Je kunt hier niet op reageren.
'''),

    # 8
    ('nl', 'person-replies-above-delivery-photo-child', 'complaint', ('deletion',),
'''Received: from cavan.telenet-ops.be (cavan.telenet-ops.be [195.130.132.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H4sK81bQvz9t2N
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 19:26:12 +0100 (CET)
From: Sofie Van den Broeck <sofie.vdbroeck@telenet.be>
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: Re: Je bestelling 1051178 is bezorgd
Date: Tue, 27 Oct 2026 19:26:03 +0100
Message-Id: <4B7E2C19-0D5A-4F63-9A1E-7C38B2F0D6A4@telenet.be>
References: <pod.1051178.1793113680@notify.shop.example.be>
In-Reply-To: <pod.1051178.1793113680@notify.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22A3354)

Goedenavond,

Op de bezorgfoto hieronder staat mijn dochter van zeven, in haar pyjama, in=
 de deuropening. Zij heeft opengedaan toen de koerier aanbelde, en hij heef=
t haar gewoon gefotografeerd met het pakje in haar handen. Dat vind ik echt=
 niet ok=C3=A9. Die foto hangt nu aan een link die iedereen kan openen die =
deze mail onder ogen krijgt, en ik heb geen idee wie er bij jullie of bij de=
 koerier nog aan kan.

Ik wil dat die foto verwijderd wordt, bij jullie =C3=A9n bij de vervoerder,=
 en ik wil een bevestiging als dat gebeurd is.

Sofie Van den Broeck

Verstuurd vanaf mijn iPhone

> Op 27 okt 2026 om 16:08 heeft Shop Example <noreply@notify.shop.example.b=
e> het volgende geschreven:
>=20
> Hallo Sofie,
>=20
> Goed nieuws! Je bestelling 1051178 is vandaag om 15:51 bezorgd.
>=20
> Waar: aan de voordeur, persoonlijk overhandigd
> Bekijk de bezorgfoto: https://track.shop.example.be/pod/1051178?k=3D9c41e=
7d2
>=20
> Iets niet in orde met je levering? Neem contact op met onze klantendienst=
 via shop.example.be/help.
>=20
> Dit is een automatisch bericht, antwoorden op deze e-mail worden niet gel=
ezen.
'''),

    # 9
    ('nl', 'exchange-ooo-carrier-dpo', 'automated', (),
'''Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2131.outbound.protection.outlook.com [40.107.247.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H5Cw71kGmz9t2X
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 09:47:36 +0100 (CET)
From: Ilse Peeters <ilse.peeters@kwikpost.be>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatisch antwoord: Verzoek tot verwijdering bezorgfoto - bestelling
 1051178 / zending KP 5520 1187 4409
Thread-Topic: Verzoek tot verwijdering bezorgfoto - bestelling 1051178 /
 zending KP 5520 1187 4409
Thread-Index: AQHcSB2f3k8vQ0aZL0mT7y5N1rWb4g==
Date: Wed, 28 Oct 2026 08:47:33 +0000
Message-ID: <AM9PR02MB7733F0E4A1D2C3B58E9F61A7C3552@AM9PR02MB7733.eurprd02.prod.outlook.com>
In-Reply-To: <PRIV-2026-0926.1.1793176040@shop.example.be>
References: <PRIV-2026-0926.1.1793176040@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: ilse.peeters@kwikpost.be
Content-Language: nl-BE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Goeiedag,

Bedankt voor je bericht. Ik ben afwezig tot en met vrijdag 6 november 2026=
 en lees in die periode mijn mails niet. Je e-mail wordt niet automatisch =
doorgestuurd.

Voor vragen over gegevensbescherming kun je terecht bij ons privacyteam vi=
a privacy@kwikpost.be. Voor vragen over een zending of een klacht over de =
bezorging: www.kwikpost.be/klantendienst.

Met vriendelijke groeten,

Ilse Peeters
Functionaris voor gegevensbescherming
Kwikpost NV | Muntcentrum, 1000 Brussel
'''),

    # 10
    ('nl', 'person-forwards-carrier-survey-unsubscribe-everything', 'withdraw_consent', (),
'''Received: from mailsec.proximus.be (mailsec103.proximus.be [195.238.20.103])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H5pR62dNsz9t3H
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 21:12:09 +0100 (CET)
Message-ID: <a7d9e3c2-5f14-4b8a-91c6-0e2f7b4d8a35@skynet.be>
Date: Thu, 29 Oct 2026 21:12:02 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: nl
To: privacy@shop.example.be
From: Jan Wouters <jan.wouters@skynet.be>
Subject: Fwd: Hoe was je levering? Geef Kwikpost een score
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dag,

Eerst jullie nieuwsbrief, dan sms'jes met kortingscodes, en nu krijg ik 
ook nog enquêtes van de koerier. Het is genoeg zo. Ik wil van Shop 
Example geen reclame meer krijgen, niet per mail en niet per sms. 
Schrijf me aub overal uit. Berichten over een bestelling die ik zelf 
plaats mogen natuurlijk wel blijven komen.

Groeten,
Jan Wouters


-------- Doorgestuurd bericht --------
Onderwerp: 	Hoe was je levering? Geef Kwikpost een score
Datum: 	Thu, 29 Oct 2026 10:17:44 +0100
Van: 	Kwikpost <enquete@mail.kwikpost.be>
Aan: 	jan.wouters@skynet.be



Dag Jan,

Gisteren bezorgden we je pakje van Shop Example. Hoe tevreden ben je 
over de levering?

[1]  [2]  [3]  [4]  [5]
niet tevreden ............ heel tevreden

Het invullen duurt minder dan een minuut.

Bedankt!
Het Kwikpost-team

Je ontvangt deze e-mail omdat je een zending ontving via Kwikpost. Geen 
enquêtes meer ontvangen? Uitschrijven 
<https://mail.kwikpost.be/u/9f2c7e1a>
'''),
    # 11
    ('fr', 'relay-network-return-parcel-dropped-off', 'automated', (),
'''Return-Path: <retour-notif@bounce.pointcolis.fr>
Received: from smtp12.pointcolis.fr (smtp12.pointcolis.fr [91.216.209.42])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H4Zs21pWkz9t2F
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 17:24:43 +0100 (CET)
Date: Wed, 28 Oct 2026 17:24:40 +0100
From: PointColis <ne-pas-repondre@pointcolis.fr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Colis_retour_d=C3=A9pos=C3=A9_en_Point_Relais_-_n=C2=B0_84412097?=
Message-ID: <notif.retour.84412097.20261028162440@pointcolis.fr>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_b5f0c4e2a9d17f3c"
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: OOF, AutoReply

--=_b5f0c4e2a9d17f3c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Le colis retour de votre client(e) a =C3=A9t=C3=A9 d=C3=A9pos=C3=A9 dans n=
otre r=C3=A9seau.

Num=C3=A9ro de colis : 84412097
R=C3=A9f=C3=A9rence commer=C3=A7ant : RMA-2026-18834
Exp=C3=A9diteur : Mme L. MERCIER
D=C3=A9pos=C3=A9 le : 28/10/2026 =C3=A0 17:22
Point Relais de d=C3=A9p=C3=B4t : TABAC PRESSE DU CENTRE, 12 rue de la R=
=C3=A9publique, 59000 LILLE

Le colis sera achemin=C3=A9 vers votre adresse de retour :
SHOP EXAMPLE BV - SERVICE RETOURS, Industriepark 7, 2220 HEIST-OP-DEN-BERG=
, BELGIQUE
D=C3=A9lai indicatif : 3 =C3=A0 5 jours ouvr=C3=A9s.

Suivre le colis : https://www.pointcolis.fr/suivi?colis=3D84412097&ref=3DR=
MA-2026-18834

Cordialement,
Le service PointColis

Ce message vous est envoy=C3=A9 automatiquement, merci de ne pas y r=C3=A9=
pondre.

--=_b5f0c4e2a9d17f3c
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html lang=3D"fr"><body style=3D"margin:0;font-family:Helve=
tica,Arial,sans-serif">
<table width=3D"600" align=3D"center"><tr><td>
<h1 style=3D"font-size:20px;color:#96154a">Colis retour d=C3=A9pos=C3=A9</=
h1>
<p>Bonjour,</p>
<p>Le colis retour de votre client(e) a =C3=A9t=C3=A9 d=C3=A9pos=C3=A9 dan=
s notre r=C3=A9seau.</p>
<p>Num=C3=A9ro de colis : <b>84412097</b><br>R=C3=A9f=C3=A9rence commer=C3=
=A7ant : RMA-2026-18834<br>D=C3=A9pos=C3=A9 le : 28/10/2026 =C3=A0 17:22</p>
<p><a href=3D"https://www.pointcolis.fr/suivi?colis=3D84412097&amp;ref=3DR=
MA-2026-18834">Suivre le colis</a></p>
<p style=3D"font-size:11px;color:#888">Ce message vous est envoy=C3=A9 aut=
omatiquement, merci de ne pas y r=C3=A9pondre.</p>
</td></tr></table></body></html>

--=_b5f0c4e2a9d17f3c--
'''),

    # 12
    ('fr', 'exchange-onprem-ndr-recipient-not-found-fr', 'automated', (),
'''Return-Path: <>
Received: from mail.transports-lemaire.fr (mail.transports-lemaire.fr [92.103.174.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H5wP20zLmz9t3T
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 09:31:18 +0100 (CET)
From: postmaster@transports-lemaire.fr
To: <privacy@shop.example.be>
Date: Thu, 29 Oct 2026 09:31:15 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="6a1b7c0e-3f2d-4e88-b5a9-0c4d7e1f2a93"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <2b9e4a10-7d3c-4f51-8e62-a1f0c3d5b7e4@SRV-EXCH01.lemaire.local>
In-Reply-To: <PRIV-2026-0927.2.1793262660@shop.example.be>
References: <PRIV-2026-0927.2.1793262660@shop.example.be>
Thread-Topic: =?utf-8?Q?Demande_de_suppression_d=E2=80=99une_photo_de_livraison_-_co?=
 =?utf-8?Q?mmande_1050644?=
Subject: =?utf-8?Q?Non_remis=C2=A0:_Demande_de_suppression_d=E2=80=99une_photo_d?=
 =?utf-8?Q?e_livraison_-_commande_1050644?=
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All

--6a1b7c0e-3f2d-4e88-b5a9-0c4d7e1f2a93
Content-Type: multipart/alternative; differences=Content-Type;
        boundary="8d3f2e1c-0b9a-4c7d-a6e5-f4d3c2b1a098"

--8d3f2e1c-0b9a-4c7d-a6e5-f4d3c2b1a098
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message n'a pas pu =C3=AAtre remis =C3=A0 ces destinataires=C2=A0:

service.clients@transports-lemaire.fr
L'adresse de messagerie que vous avez entr=C3=A9e est introuvable. V=C3=A9=
rifiez l'adresse e-mail du destinataire et essayez de renvoyer le message.=
 Si le probl=C3=A8me persiste, contactez votre support technique.






Informations de diagnostic pour les administrateurs=C2=A0:

Serveur de g=C3=A9n=C3=A9ration=C2=A0: SRV-EXCH01.lemaire.local

service.clients@transports-lemaire.fr
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

--8d3f2e1c-0b9a-4c7d-a6e5-f4d3c2b1a098
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Votre message n'a =
pas pu =C3=AAtre remis =C3=A0 ces destinataires=C2=A0:</font></b></p>
<p><a href=3D"mailto:service.clients@transports-lemaire.fr">service.client=
s@transports-lemaire.fr</a><br>
L'adresse de messagerie que vous avez entr=C3=A9e est introuvable. V=C3=A9=
rifiez l'adresse e-mail du destinataire et essayez de renvoyer le message.=
 Si le probl=C3=A8me persiste, contactez votre support technique.</p>
<p><font color=3D"#808080" size=3D"2" face=3D"Tahoma">Serveur de g=C3=A9n=
=C3=A9ration=C2=A0: SRV-EXCH01.lemaire.local<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##</font></p>
</body>
</html>

--8d3f2e1c-0b9a-4c7d-a6e5-f4d3c2b1a098--

--6a1b7c0e-3f2d-4e88-b5a9-0c4d7e1f2a93
Content-Type: message/delivery-status

Reporting-MTA: dns;SRV-EXCH01.lemaire.local
Received-From-MTA: dns;smtp-out2.shop.example.be
Arrival-Date: Thu, 29 Oct 2026 08:31:12 +0000

Final-Recipient: rfc822;service.clients@transports-lemaire.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--6a1b7c0e-3f2d-4e88-b5a9-0c4d7e1f2a93
Content-Type: message/rfc822

Received: from smtp-out2.shop.example.be (195.130.140.12) by
 SRV-EXCH01.lemaire.local (10.1.0.21) with Microsoft SMTP Server (TLS) id
 15.1.2507.39; Thu, 29 Oct 2026 09:31:12 +0100
From: Shop Example - Protection des donnees <privacy@shop.example.be>
To: <service.clients@transports-lemaire.fr>
Subject: =?utf-8?Q?Demande_de_suppression_d=E2=80=99une_photo_de_livraison_-_co?=
 =?utf-8?Q?mmande_1050644?=
Date: Thu, 29 Oct 2026 09:31:00 +0100
Message-ID: <PRIV-2026-0927.2.1793262660@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Madame, Monsieur,

Une de nos clientes nous signale que votre livreur a photographié
l'intérieur de son hall d'entrée lors de la livraison de la commande
1050644 (votre envoi LM-26-4471902, livré le 27/10/2026 à Tournai).
Cette photo apparaît dans la preuve de livraison que vous nous avez
transmise.

Pourriez-vous supprimer cette photo de vos systèmes et nous le confirmer
par retour de mail ? Nous l'avons déjà retirée de notre côté.

Cordialement,
L'équipe Protection des données
Shop Example BV

--6a1b7c0e-3f2d-4e88-b5a9-0c4d7e1f2a93--
'''),

    # 13
    ('fr', 'person-neighbour-forwards-pickup-notice-of-other-customer', 'complaint', (),
'''Received: from smtp-out.voo.be (smtp-out3.voo.be [212.68.193.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H6Kc91wBxz9t3Z
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 08:47:29 +0100 (CET)
Date: Fri, 30 Oct 2026 08:47:21 +0100
From: =?UTF-8?Q?G=C3=A9rard_Lambotte?= <gerard.lambotte@voo.be>
To: privacy@shop.example.be
Subject: TR: Votre commande 1049902 vous attend au point de retrait
Message-ID: <d41f7e2a-1b6c-4a39-9c85-3e0f2b7a9d14@email.android.com>
Importance: normal
X-Priority: 3
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bonjour,

Je vous transfère ce mail qui ne m'est pas destiné. Il est pour ma voisine, Mme Dupuis, qui habite au 14 de notre rue (moi je suis au 16). Je ne sais pas comment mon adresse mail s'est retrouvée sur son compte, mais depuis septembre je reçois tout : ses confirmations de commande, son adresse, son numéro de téléphone, et maintenant son code de retrait. N'importe qui pourrait aller chercher son colis avec ça.

Je l'ai déjà signalé deux fois via le formulaire de contact de votre site. On m'a répondu que c'était "transmis au service concerné" et rien n'a changé. Je trouve ça franchement inadmissible pour une entreprise qui parle de protection des données dans chacun de ses mails.

Merci de régler ça une bonne fois pour toutes.

G. Lambotte



Envoyé depuis mon appareil Galaxy


-------- Message d'origine --------
De : Shop Example <noreply@notify.shop.example.be>
Date : 30/10/2026 07:55 (GMT+01:00)
À : gerard.lambotte@voo.be
Objet : Votre commande 1049902 vous attend au point de retrait

Bonjour Nathalie Dupuis,

Bonne nouvelle ! Votre commande 1049902 est arrivée au point de retrait.

Point de retrait : Librairie Le Papyrus, Rue Saint-Gilles 112, 4000 Liège
Code de retrait : 481 226
À retirer avant le : 06/11/2026

N'oubliez pas votre carte d'identité.

Adresse de livraison enregistrée : Rue des Glycines 14, 4020 Liège
Téléphone : +32 478 21 64 09

À bientôt,
L'équipe Shop Example

Ceci est un message automatique, merci de ne pas y répondre.
'''),

    # 14
    ('fr', 'carrier-claims-desk-lost-parcel-acknowledgement', 'automated', (),
'''Return-Path: <litiges@transcolis.fr>
Received: from mo4-p01-ob.smtp.transcolis.fr (mo4-p01-ob.smtp.transcolis.fr [46.105.45.21])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H7Gt31yNdz9t4M
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:05:57 +0100 (CET)
Date: Mon, 2 Nov 2026 10:05:54 +0100 (CET)
From: TransColis - Service Litiges <litiges@transcolis.fr>
Reply-To: ne-pas-repondre@transcolis.fr
To: privacy@shop.example.be
Subject: [Litige REC-260481177] =?UTF-8?Q?Accus=C3=A9_de_r=C3=A9ception_de_votre_r=C3=A9clamation?=
Message-ID: <REC-260481177.ack.1793610354@crm.transcolis.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: TC-CRM Notifier 3.2

Madame, Monsieur,

Nous accusons bonne réception de votre déclaration de litige concernant
l'envoi ci-dessous :

  N° d'envoi           : 6A20488113745
  Motif déclaré        : colis non livré / perte présumée
  Date d'expédition    : 14/10/2026
  Destinataire         : M. P. ROUSSEL, 33000 BORDEAUX
  Valeur déclarée      : 129,00 EUR
  Référence dossier    : REC-260481177

Votre dossier a été transmis à notre service Indemnisations. Une enquête
est ouverte auprès de nos agences ; elle peut durer jusqu'à 21 jours. Vous
serez informé(e) par e-mail de la décision.

Pour compléter votre dossier (facture d'achat, photos de l'emballage en cas
d'avarie), utilisez exclusivement votre espace client :
https://pro.transcolis.fr/litiges/REC-260481177

Ce message est généré automatiquement. Merci de ne pas y répondre : les
réponses à cette adresse ne sont pas traitées.

Service Litiges TransColis
'''),

    # 15
    ('de', 'swiss-post-customs-refused-return-to-sender', 'automated', (),
'''Return-Path: <no-reply@alpenpaket.ch>
Received: from mailout2.alpenpaket.ch (mailout2.alpenpaket.ch [194.41.150.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H6d0x2qVbz9t4B
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 14:22:08 +0100 (CET)
Date: Fri, 30 Oct 2026 14:22:05 +0100
From: Alpen Paket <no-reply@alpenpaket.ch>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Ihre_Sendung_99.60.118804.44712033_wird_an_Sie_retourniert?=
Message-ID: <ntf-99601188044471203-ret@notify.alpenpaket.ch>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Guten Tag

Ihre Sendung an Frau C. Brunner, 8004 Z=C3=BCrich, konnte nicht zugestellt=
 werden.

Sendungsnummer: 99.60.118804.44712033
Grund: Annahme verweigert =E2=80=93 Einfuhrabgaben nicht bezahlt
Einfuhrabgaben: MWST CHF 14.35, Verzollungsgeb=C3=BChr CHF 11.50

Die Empf=C3=A4ngerin hat die Bezahlung der Einfuhrabgaben verweigert. Die =
Sendung wird deshalb an die Absenderadresse zur=C3=BCckgesendet:

Shop Example BV, Industriepark 7, 2220 Heist-op-den-Berg, Belgien

F=C3=BCr die R=C3=BCcksendung und die angefallenen Verzollungskosten stell=
en wir Ihnen gem=C3=A4ss Tarif International (Stand 1.1.2026) CHF 24.00 in =
Rechnung. Die Rechnung erhalten Sie separat.

Tipp: Mit der Option =C2=ABVerzollung durch Absender (DDP)=C2=BB bezahlen =
Sie die Abgaben im Voraus, und Ihre Kundinnen und Kunden erhalten die Sendu=
ng ohne Zusatzkosten.

Freundliche Gr=C3=BCsse
Alpen Paket AG
Kundendienst Gesch=C3=A4ftskunden

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf d=
iese E-Mail.
'''),

    # 16
    ('de', 'exchange-ooo-returns-warehouse-key-account', 'automated', (),
'''Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2097.outbound.protection.outlook.com [40.107.13.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H7Jk52sFwz9t4R
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 11:18:40 +0100 (CET)
From: "Vogt, Andreas" <a.vogt@logipark-retouren.de>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatische Antwort: Auskunftsersuchen einer Kundin - Retourendaten zu
 RMA-2026-17940
Thread-Topic: Auskunftsersuchen einer Kundin - Retourendaten zu RMA-2026-17940
Thread-Index: AQHcTRb0n5qk2vJ0U8mW7xQ4P1oT3w==
Date: Mon, 2 Nov 2026 10:18:37 +0000
Message-ID: <FR3P281MB1588C2D7E0B14A6F93D85E20B1E42@FR3P281MB1588.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <PRIV-2026-0929.1.1793614700@shop.example.be>
References: <PRIV-2026-0929.1.1793614700@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: a.vogt@logipark-retouren.de
Content-Language: de-DE
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre Nachricht. Ich bin bis einschlie=C3=9Flich Freit=
ag, 6. November 2026, nicht im B=C3=BCro. Ihre E-Mail wird nicht weitergel=
eitet.

In dringenden F=C3=A4llen wenden Sie sich bitte an meine Kollegin Frau Y=
=C4=B1ld=C4=B1z (s.yildiz@logipark-retouren.de, Tel. +49 6621 9140-233). D=
atenschutzanfragen richten Sie bitte an datenschutz@logipark-retouren.de.

Mit freundlichen Gr=C3=BC=C3=9Fen

Andreas Vogt
Key Account Management
LogiPark Retourenservice GmbH | Am Frauenbrunnen 4 | 36251 Bad Hersfeld
'''),

    # 17
    ('de', 'warehouse-wms-daily-returns-report-csv', 'automated', (),
'''Return-Path: <reports@wms.logipark-retouren.de>
Received: from wms-app02.logipark-retouren.de (wms-app02.logipark-retouren.de [217.86.142.75])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H8Bq00hLtz9t5D
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 02:15:12 +0100 (CET)
Date: Wed, 4 Nov 2026 02:15:07 +0100 (CET)
From: LogiPark WMS Reporting <reports@wms.logipark-retouren.de>
To: retouren-reporting-shopexbe@logipark-retouren.de
Subject: =?UTF-8?Q?T=C3=A4glicher_Retourenbericht_Mandant_SHOPEXBE_-_03.11.2026?=
Message-ID: <RET_DAILY_SHOPEXBE.20261103.1793754907@wms.logipark-retouren.de>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_88123_301774455.1793754907331"
Precedence: bulk
Auto-Submitted: auto-generated
X-Mailer: LogiPark WMS 8.4 ReportScheduler

------=_Part_88123_301774455.1793754907331
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Täglicher Retourenbericht
Mandant: SHOPEXBE (Shop Example BV)
Standort: Bad Hersfeld, Halle 3
Berichtszeitraum: 03.11.2026 00:00 - 03.11.2026 23:59

Wareneingang Retouren:            47 Pakete / 63 Artikel
  davon A-Ware (wiedereinlagerbar):   51
  davon B-Ware:                        8
  davon Ausschuss / Vernichtung:       4
Retouren ohne RMA-Nummer (Klärfall):   3
Gutschrift an Mandant gemeldet:       44

Details siehe Anhang (CSV, Trennzeichen Semikolon, UTF-8).

Dieser Bericht wird automatisch erstellt und an den hinterlegten Verteiler
versendet. Bitte nicht auf diese E-Mail antworten. Änderungen am Verteiler
über support@logipark-retouren.de.

LogiPark WMS 8.4 - Report-Job RET_DAILY_SHOPEXBE

------=_Part_88123_301774455.1793754907331
Content-Type: text/csv; charset=UTF-8; name=retouren_SHOPEXBE_20261103.csv
Content-Transfer-Encoding: 8bit
Content-Disposition: attachment; filename=retouren_SHOPEXBE_20261103.csv

RMA;Eingang;Kunde;PLZ;Land;Artikel;Menge;Zustand;Grund
RMA-2026-18790;03.11.2026 07:58;Schulte K.;50667;DE;SHOPEX-SE100 Wasserkocher;1;A;Gefällt nicht
RMA-2026-18795;03.11.2026 08:04;Hofer M.;1100;AT;SHOPEX-SE220 Kopfhörer;1;B;Defekt
RMA-2026-18802;03.11.2026 08:11;Peeters A.;3000;BE;SHOPEX-SE512 Akkusauger;1;A;Falscher Artikel
RMA-2026-18811;03.11.2026 09:37;Jansen R.;6211;NL;SHOPEX-SE310 Stabmixer;2;A;Doppelt bestellt
OHNE RMA;03.11.2026 10:02;unleserlich;;DE;SHOPEX-SE118 Toaster;1;B;Klärfall
RMA-2026-18823;03.11.2026 10:15;Lefebvre C.;75011;FR;SHOPEX-SE220 Kopfhörer;1;Ausschuss;Transportschaden
...
(63 Zeilen, gekürzt in der Vorschau - vollständige Datei im Portal)

------=_Part_88123_301774455.1793754907331--
'''),

    # 18
    ('de', 'person-family-mailbox-auto-signature-access', 'access', (),
'''Received: from mailsec.proximus.be (mailsec117.proximus.be [195.238.20.117])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H8Vd73cJpz9t5N
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 20:41:33 +0100 (CET)
Message-ID: <5e8c1f04-97ad-4b2e-8d3c-1a6f0b9e2c77@skynet.be>
Date: Wed, 4 Nov 2026 20:41:27 +0100
MIME-Version: 1.0
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101
 Thunderbird/128.4.2
Content-Language: de-DE
To: privacy@shop.example.be
From: =?UTF-8?Q?Familie_Ke=C3=9Fler?= <familie.kessler@skynet.be>
Subject: =?UTF-8?Q?Paketbenachrichtigung_f=C3=BCr_unseren_Sohn_/_gespeicherte_Daten?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Guten Tag,

wir bestellen bei Ihnen als Familie über dieses eine Kundenkonto, und 
inzwischen haben auch unsere beiden Kinder (16 und 13) eine eigene 
Kundenkarte, die an das Konto gekoppelt ist. Gestern bekam unser Sohn 
eine SMS vom Paketdienst mit seinem vollen Namen - er hat aber selbst gar 
nichts bestellt.

Deshalb möchte ich gerne wissen, welche Daten Sie über uns gespeichert 
haben, vor allem über die Kinder, und an welche Paketdienste oder anderen 
Firmen Sie diese Daten weitergegeben haben. Bitte schicken Sie uns eine 
Kopie davon.

Mit freundlichen Grüßen
Markus Keßler

-- 
Familie Keßler
Herbesthaler Straße 42
4700 Eupen
Tel. 087 55 41 93

-- 
Diese E-Mail wurde von Avast Antivirus-Software auf Viren geprüft.
https://www.avast.com/antivirus
'''),

    # 19
    ('es', 'carrier-address-verification-sender-notice', 'automated', (),
'''Return-Path: <0102019cf2a8d417-8c1e5b7a-2f3d-4a96-b0e1-7d5c9f8a2b63-000000@eu-west-1.amazonses.com>
Received: from a7-18.smtp-out.eu-west-1.amazonses.com (a7-18.smtp-out.eu-west-1.amazonses.com [54.240.7.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H7xB12mKqz9t4Z
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 13:02:47 +0100 (CET)
Date: Tue, 3 Nov 2026 12:02:45 +0000
From: Meseta Express <no-responder@mesetaexpress.es>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Acci=C3=B3n_necesaria=3A_confirma_la_direcci=C3=B3n_de_entrega?=
 =?UTF-8?Q?_del_env=C3=ADo_0082741196?=
Message-ID: <0102019cf2a8d417-8c1e5b7a-2f3d-4a96-b0e1-7d5c9f8a2b63-000000@eu-west-1.amazonses.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Feedback-ID: 1.eu-west-1.Qk9x7mV2pL8sT4rN1cY6wZ3hJ0aF5dE9uB2gK7oI4=:AmazonSES
X-SES-Outgoing: 2026.11.03-54.240.7.18
Auto-Submitted: auto-generated

Hola:

Estamos gestionando un envío de SHOP EXAMPLE BV y no hemos podido validar
la dirección de entrega.

  Nº de envío:        0082741196
  Destinataria:       Lucía Ferrer Gil
  Dirección indicada: C/ de Sant Pere Més Baix 41, 08003 Barcelona
  Incidencia:         DIRECCIÓN INCOMPLETA - falta piso y puerta

Para que el envío salga a reparto, confirma o corrige la dirección antes
del 05/11/2026 a las 14:00:
https://www.mesetaexpress.es/incidencias/0082741196

Si no recibimos respuesta, intentaremos contactar con la destinataria y,
pasados 7 días naturales, el envío se devolverá al remitente con cargo.

Este mensaje se ha generado automáticamente. Por favor, no respondas a
este correo.

Meseta Express S.L. - Polígono Industrial Las Mercedes, 28022 Madrid
'''),

    # 20
    ('es', 'carrier-return-pickup-booked-confirmation', 'automated', (),
'''Return-Path: <notificaciones@rutasur-paqueteria.es>
Received: from smtp.rutasur-paqueteria.es (smtp.rutasur-paqueteria.es [185.53.129.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H7yQ44fWcz9t51
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 16:40:21 +0100 (CET)
Date: Tue, 3 Nov 2026 16:40:18 +0100
From: Ruta Sur =?UTF-8?Q?Paqueter=C3=ADa?= <notificaciones@rutasur-paqueteria.es>
To: privacy@shop.example.be
Subject: Recogida confirmada R-5519032 - 04/11/2026 (09:00-14:00)
Message-ID: <R5519032.conf.20261103154018@rutasur-paqueteria.es>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="RS_b7c1e9d4f2a0"
Precedence: bulk
Auto-Submitted: auto-generated

--RS_b7c1e9d4f2a0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hola, SHOP EXAMPLE BV:

Tu solicitud de recogida ha quedado registrada.

  Nº de recogida:     R-5519032
  Referencia cliente: RMA-2026-18911
  Fecha:              miércoles 04/11/2026
  Franja horaria:     09:00 - 14:00
  Dirección:          Marta Gómez Ruiz, Av. del Puerto 88, 3º B,
                      46023 Valencia
  Bultos:             1 (hasta 5 kg)

El repartidor llevará la etiqueta de devolución; el remitente solo tiene
que tener el paquete cerrado. Si no hay nadie en el domicilio, se dejará
un aviso y se intentará de nuevo el siguiente día laborable.

Puedes modificar o anular la recogida hasta las 20:00 del día anterior en
https://empresas.rutasur-paqueteria.es/recogidas/R-5519032

¿Qué tal tu experiencia con Ruta Sur? Valóranos en 30 segundos:
https://empresas.rutasur-paqueteria.es/valorar?r=R-5519032

Mensaje automático. No respondas a este correo.

--RS_b7c1e9d4f2a0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hola, SHOP EXAMPLE BV:</p>
<p>Tu solicitud de recogida ha quedado registrada.</p>
<table cellpadding="3">
<tr><td>Nº de recogida</td><td><b>R-5519032</b></td></tr>
<tr><td>Referencia cliente</td><td>RMA-2026-18911</td></tr>
<tr><td>Fecha</td><td>miércoles 04/11/2026</td></tr>
<tr><td>Franja horaria</td><td>09:00 - 14:00</td></tr>
<tr><td>Dirección</td><td>Marta Gómez Ruiz, Av. del Puerto 88, 3º B, 46023 Valencia</td></tr>
</table>
<p><a href="https://empresas.rutasur-paqueteria.es/recogidas/R-5519032">Modificar o anular la recogida</a></p>
<p><a href="https://empresas.rutasur-paqueteria.es/valorar?r=R-5519032">¿Qué tal tu experiencia con Ruta Sur? Valóranos</a></p>
<p style="font-size:11px;color:#888">Mensaje automático. No respondas a este correo.</p>
</body></html>

--RS_b7c1e9d4f2a0--
'''),
    # 21
    ('es', 'person-replies-above-return-confirmation-refund', 'other', (),
'''Received: from sonic309-21.consmr.mail.ir2.yahoo.com (sonic309-21.consmr.mail.ir2.yahoo.com [77.238.179.86])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H8Mf63sYtz9t5H
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 13:37:52 +0100 (CET)
Date: Wed, 4 Nov 2026 12:37:44 +0000 (UTC)
From: =?UTF-8?Q?Marta_G=C3=B3mez_Ruiz?= <martagomezruiz@yahoo.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1436602917.5147302.1793795864113@mail.yahoo.com>
In-Reply-To: <rma.18570.refund-pending.1792674627@shop.example.be>
References: <rma.18570.refund-pending.1792674627@shop.example.be>
Subject: =?UTF-8?Q?Re:_Hemos_recibido_tu_devoluci=C3=B3n_RMA-2026-18570?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="----=_Part_5147301_1726603388.1793795864112"
X-Mailer: WebService/1.1.22806 YahooMailAndroidMobile

------=_Part_5147301_1726603388.1793795864112
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hola, buenas.

Os escribo a esta direcci=C3=B3n porque en atenci=C3=B3n al cliente no me =
contesta nadie. Me lleg=C3=B3 este correo el 22 de octubre diciendo que el =
reembolso se har=C3=ADa en 5-7 d=C3=ADas laborables, y a d=C3=ADa de hoy =
no tengo el dinero en la tarjeta. Son 64,90 =E2=82=AC.

=C2=BFMe pod=C3=A9is decir qu=C3=A9 pasa con el reembolso y cu=C3=A1ndo l=
o voy a recibir?

Gracias,
Marta

Enviado desde Yahoo Mail para Android

   En jueves, 22 de octubre de 2026, 15:10:27 CEST, Shop Example <devolucion=
es@shop.example.be> escribi=C3=B3: =20

Hola Marta:

Hemos recibido tu devoluci=C3=B3n en nuestro almac=C3=A9n.

N=C3=BAmero de devoluci=C3=B3n: RMA-2026-18570
Pedido: 1047315
Art=C3=ADculos: 1 x Auriculares inal=C3=A1mbricos SE-220 (negro)
Importe a reembolsar: 64,90 =E2=82=AC
M=C3=A9todo: tarjeta Visa terminada en 4471

El reembolso se procesar=C3=A1 en un plazo de 5 a 7 d=C3=ADas laborables. S=
eg=C3=BAn tu banco, puede tardar unos d=C3=ADas m=C3=A1s en aparecer en tu =
cuenta.

Gracias por comprar en Shop Example.
Este es un mensaje autom=C3=A1tico, no respondas a este correo.

------=_Part_5147301_1726603388.1793795864112
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div class=3D"ydp3f1c2a9byahoo-style-wrap"><div>H=
ola, buenas.</div><div><br></div><div>Os escribo a esta direcci=C3=B3n porq=
ue en atenci=C3=B3n al cliente no me contesta nadie. Me lleg=C3=B3 este cor=
reo el 22 de octubre diciendo que el reembolso se har=C3=ADa en 5-7 d=C3=AD=
as laborables, y a d=C3=ADa de hoy no tengo el dinero en la tarjeta. Son 64=
,90 =E2=82=AC.</div><div><br></div><div>=C2=BFMe pod=C3=A9is decir qu=C3=A9=
 pasa con el reembolso y cu=C3=A1ndo lo voy a recibir?</div><div><br></div>=
<div>Gracias,</div><div>Marta</div></div><div id=3D"ydp3f1c2a9byahoo_quoted=
"><div>En jueves, 22 de octubre de 2026, 15:10:27 CEST, Shop Example &lt;de=
voluciones@shop.example.be&gt; escribi=C3=B3:</div><div><p>Hola Marta:</p><=
p>Hemos recibido tu devoluci=C3=B3n en nuestro almac=C3=A9n.</p><p>N=C3=BAm=
ero de devoluci=C3=B3n: RMA-2026-18570</p></div></div></body></html>

------=_Part_5147301_1726603388.1793795864112--
'''),

    # 22
    ('es', 'gmail-vacation-responder-carrier-account-desk', 'automated', (),
'''Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H8D7w1tQfz9t5F
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 09:15:06 +0100 (CET)
MIME-Version: 1.0
From: =?UTF-8?Q?Nuria_Casta=C3=B1o?= <nuria.castano@mesetaexpress.es>
Date: Wed, 4 Nov 2026 09:15:02 +0100
Message-ID: <CAK7mR2vQ1xT9pL0wZ3sB8nF6yD4cH1jE5gA2uV7kM0oR3tXwQg@mail.gmail.com>
Subject: Fuera de la oficina hasta el 9 de noviembre
To: privacy@shop.example.be
In-Reply-To: <PRIV-2026-0936.1.1793780100@shop.example.be>
References: <PRIV-2026-0936.1.1793780100@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000f1c2a30625d9e8b1"

--000000000000f1c2a30625d9e8b1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Estoy fuera de la oficina hasta el lunes 9 de noviembre, con acceso limitad=
o al correo.

Para incidencias de entrega y recogidas, escribid a incidencias@mesetaexpre=
ss.es o llamad al 910 555 372 (L-V, 8:00-20:00). Para temas de protecci=C3=
=B3n de datos: dpd@mesetaexpress.es.

Un saludo,
Nuria Casta=C3=B1o
Atenci=C3=B3n a Clientes Empresa | Meseta Express

--000000000000f1c2a30625d9e8b1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><p>Hola:</p><p>Estoy fuera de la oficina hasta el lunes 9 =
de noviembre, con acceso limitado al correo.</p><p>Para incidencias de entr=
ega y recogidas, escribid a incidencias@mesetaexpress.es o llamad al 910 55=
5 372 (L-V, 8:00-20:00). Para temas de protecci=C3=B3n de datos: dpd@meseta=
express.es.</p><p>Un saludo,<br>Nuria Casta=C3=B1o<br>Atenci=C3=B3n a Clien=
tes Empresa | Meseta Express</p></div>

--000000000000f1c2a30625d9e8b1--
'''),

    # 23
    ('it', 'pec-provider-non-delivery-notice-daticert', 'automated', (),
'''Return-Path: <posta-certificata@pec.certimail-it.net>
Received: from smtp-out.pec.certimail-it.net (smtp-out.pec.certimail-it.net [62.149.158.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H7Kp23vDzz9t4S
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 11:26:19 +0100 (CET)
Date: Mon, 2 Nov 2026 11:26:15 +0100
From: Posta Certificata <posta-certificata@pec.certimail-it.net>
To: privacy@shop.example.be
Subject: AVVISO DI MANCATA CONSEGNA: Richiesta di cancellazione foto di
 consegna - spedizione 05910048817
Message-ID: <opec21058.20261102112615.188243.912.1.53@pec.certimail-it.net>
X-Ricevuta: errore-consegna
X-Riferimento-Message-ID: <PRIV-2026-0933.1.1793615170@shop.example.be>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/mixed;
        boundary="----=_Part_311502_1847762231.1793615175422"

------=_Part_311502_1847762231.1793615175422
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Avviso di mancata consegna

Il giorno 02/11/2026 alle ore 11:26:10 (+0100) nel messaggio
"Richiesta di cancellazione foto di consegna - spedizione 05910048817"
proveniente da "privacy@shop.example.be"
ed indirizzato a "servizioclienti@pec.corrieriveloci.it"
è stato rilevato un errore 5.7.1 - il destinatario accetta esclusivamente
messaggi di posta elettronica certificata.
Il messaggio non è stato consegnato.

Identificativo messaggio: opec21058.20261102112610.188241.908.1.53@pec.certimail-it.net

------=_Part_311502_1847762231.1793615175422
Content-Type: application/xml; name=daticert.xml
Content-Transfer-Encoding: 8bit
Content-Disposition: inline; filename=daticert.xml

<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="errore-consegna" errore="altro">
  <intestazione>
    <mittente>privacy@shop.example.be</mittente>
    <destinatari tipo="certificato">servizioclienti@pec.corrieriveloci.it</destinatari>
    <risposte>privacy@shop.example.be</risposte>
    <oggetto>Richiesta di cancellazione foto di consegna - spedizione 05910048817</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>CERTIMAIL IT S.P.A.</gestore-emittente>
    <data zona="+0100">
      <giorno>02/11/2026</giorno>
      <ora>11:26:15</ora>
    </data>
    <identificativo>opec21058.20261102112610.188241.908.1.53@pec.certimail-it.net</identificativo>
    <msgid>&lt;PRIV-2026-0933.1.1793615170@shop.example.be&gt;</msgid>
    <consegna>servizioclienti@pec.corrieriveloci.it</consegna>
    <errore-esteso>5.7.1 - casella abilitata alla sola ricezione di messaggi PEC</errore-esteso>
  </dati>
</postacert>

------=_Part_311502_1847762231.1793615175422--
'''),

    # 24
    ('it', 'marketplace-fulfilment-return-received-refund-issued', 'automated', (),
'''Return-Path: <notifiche-venditori@vetrina-marketplace.it>
Received: from out-eu-2.mailer.vetrina-marketplace.it (out-eu-2.mailer.vetrina-marketplace.it [151.101.33.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H7zR81gNkz9t53
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 18:52:30 +0100 (CET)
Date: Tue, 3 Nov 2026 17:52:27 +0000
From: Vetrina Marketplace - Portale Venditori <notifiche-venditori@vetrina-marketplace.it>
To: privacy@shop.example.be
Subject: Reso ricevuto presso il centro logistico - ordine 171-4408213-7730912
Message-ID: <0100019cf4e1b2a7-3d9c.seller-notif.171-4408213-7730912@vetrina-marketplace.it>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_907714_22186310.1793728347001"
X-Vetrina-Notification-Type: FBV_RETURN_RECEIVED
List-Unsubscribe: <https://venditori.vetrina-marketplace.it/notifiche/preferenze>
Precedence: bulk
Auto-Submitted: auto-generated

------=_Part_907714_22186310.1793728347001
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Gentile venditore,

il reso relativo all'ordine indicato è stato ricevuto presso il nostro
centro logistico di Castel San Giovanni (PC) e ispezionato.

Ordine: 171-4408213-7730912
Articolo: SE-310 Frullatore a immersione (SKU SHOPEX-SE310-BK)
Quantità: 1
Motivo del reso indicato dal cliente: Non più necessario
Esito ispezione: VENDIBILE - l'articolo è stato reintegrato nel tuo inventario
Rimborso al cliente: 39,90 EUR, emesso il 03/11/2026

Non è necessaria alcuna azione da parte tua.

Questa è un'e-mail generata automaticamente. Ti preghiamo di non
rispondere. Per assistenza apri un caso dal Portale Venditori.

Per gestire le notifiche: Portale Venditori > Impostazioni > Preferenze di
notifica.

------=_Part_907714_22186310.1793728347001
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#111">
<p>Gentile venditore,</p>
<p>il reso relativo all'ordine indicato è stato ricevuto presso il nostro centro logistico di Castel San Giovanni (PC) e ispezionato.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Ordine</td><td>171-4408213-7730912</td></tr>
<tr><td>Articolo</td><td>SE-310 Frullatore a immersione (SKU SHOPEX-SE310-BK)</td></tr>
<tr><td>Esito ispezione</td><td><b>VENDIBILE</b></td></tr>
<tr><td>Rimborso al cliente</td><td>39,90 EUR, emesso il 03/11/2026</td></tr>
</table>
<p>Non è necessaria alcuna azione da parte tua.</p>
<p style="font-size:11px;color:#777">Questa è un'e-mail generata automaticamente. Ti preghiamo di non rispondere.</p>
</body></html>

------=_Part_907714_22186310.1793728347001--
'''),

    # 25
    ('it', 'courier-proof-of-delivery-with-photo', 'automated', (),
'''Return-Path: <noreply@corrieriveloci.it>
Received: from mail2.corrieriveloci.it (mail2.corrieriveloci.it [93.62.149.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H6g3N0rPwz9t4D
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 12:49:55 +0100 (CET)
Date: Fri, 30 Oct 2026 12:49:51 +0100 (CET)
From: Corrieri Veloci <noreply@corrieriveloci.it>
To: privacy@shop.example.be
Subject: Spedizione 05910048817 consegnata - prova di consegna
Message-ID: <POD.05910048817.1793360991@corrieriveloci.it>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_POD_05910048817_1793360991"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

--=_POD_05910048817_1793360991
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Gentile Cliente,

la spedizione n. 05910048817 =C3=A8 stata consegnata.

Mittente: SHOP EXAMPLE BV
Destinatario: ROSSI GIULIA - VIA GIUSEPPE MAZZINI 27, 40121 BOLOGNA (BO)
Data e ora di consegna: 30/10/2026 12:47
Consegnata a: destinatario - lasciata davanti alla porta (consegna senza fi=
rma)
Colli: 1 - Peso: 2,4 kg

In allegato trovi la foto scattata dall'autista al momento della consegna, =
come prova di avvenuta consegna (POD).

Dettaglio della spedizione: https://www.corrieriveloci.it/tracking?sped=3D0=
5910048817

Cordiali saluti
Corrieri Veloci S.p.A.

Messaggio generato automaticamente, si prega di non rispondere.

--=_POD_05910048817_1793360991
Content-Type: image/jpeg; name="POD_05910048817.jpg"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="POD_05910048817.jpg"

/9j/4AAQSkZJRgABAQEASABIAAD/2wBDABcFHCQeJRYRIRkaAxsCBwERHyMBFSUcDxAiIRcdEAMk
GBcnFiQlDRADCRYHGCYZISMRBw8WDh8IGycXExAkERf/wAARCAHgAoADASIAAhEBAxEB/9oADAMB
AAIRAxEAPwCIkAp7T5DHZULxuoTMOJsdoNc1YXxA9pr87I4mcQP7K4ygzcIVE0SC0J+LecjNb13r
wgibQ+akm4TxrOh46rWjzPNQ1AWTPjZYbv779d2xLy146zIgGSK6yJFYh2QbRHEApx9qEV4FQwoj
Lr2C1X0zyMXPfod0kJECsRIs1Sbri1ai3Qvgnzy2D2AfBRZNDeGMTj2c5buIJoyUw0We2/2SFJB9
V44N9B1palroTZDYwn2ZIxD4gh3ndqfJdNIEb8+QhcP3EMjKSci0fYAdwT5ay1QqdgWWGat18HX6
RqOLr7Gw6wb2jzDSrUkKxUOKe2IRuMkb4YW1l5l6ib7KXJRPacWu5eU0u6EX+vAag89OZ/RVidZc
2RvQ7hfan75tXAxZld0O7GSizkRBNUo1d9mp0tH0THHvxnBR3awOJ5R6AAds3XWFcJ3Q3EFLGk0f
7itsVn9t9DyAkYNDUI4F65us32Hb9+mYlrKYsJ/qdp2OLa6zYNAKLpztLp8TfGkPOXYt7pllAZ8j
vhKPYwBif710oV+7H4JmGhbKa2nw44wa2p4s56p/eXCY1BdlhoFTbr/pMlBl2RMh8rb4fFWmphpA
fMr5F1v4B2WfFJk5hKQ1gUG228P4ToCbHemPD0m4LXyyPWeceQGW32abPKD1jV/NyRtWECiXGz3Y
3S4UJIMruCoTFyCWZNxZH/ZqS4yjOK3qWMQXpFAaCTPPjyL2VO/4F9VRxLep8PHqbYGLksDFruZa
zIWEbKNwb61pun0FMfdTDJnwbeYZcMWVHxjYVW+96Q9V+cnBL+nQq2h4verthHmxhB7u7DoyoAaK
flPrJKwpxkoSDL/W55pMC6Se2qsBQVjnMY43XuZeIjP2cp0Iy73Q/U2aq0xrHGzXa1jBf/ZBC7mQ
uLDpfTpFZw7fBmQwxGpdhRZYuPf93p/ioFZw3dYR/uEQ+XlEEP4pNDrtbHj/2Q==
--=_POD_05910048817_1793360991--
'''),

    # 26
    ('it', 'person-replies-after-own-out-of-office-confirms-access', 'access', (),
'''Received: from libero.it (smtp-34.iol.local [10.101.8.34])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H7rV55kXbz9t4W
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:08:41 +0100 (CET)
Date: Tue, 3 Nov 2026 10:08:36 +0100 (CET)
From: Chiara Benedetti <chiara.benedetti@libero.it>
To: Shop Example - Privacy <privacy@shop.example.be>
Message-ID: <1984417203.1170294.1793696916402@mail1.libero.it>
In-Reply-To: <PRIV-2026-0938.3.1793088840@shop.example.be>
References: <PRIV-2026-0938.1.1792831200@shop.example.be> <PRIV-2026-0938.3.1793088840@shop.example.be>
Subject: =?UTF-8?Q?Re:_R:_Risposta_automatica:_Richiesta_di_accesso_ai_dati_perso?=
 =?UTF-8?Q?nali_-_verifica_dell'identit=C3=A0_[PRIV-2026-0938]?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: Libero Mail Android

Buongiorno,

scusate il ritardo: la risposta automatica che avete ricevuto era la mia, sono rientrata ieri dalle ferie.

Confermo che la richiesta è mia. Come scrivevo nella prima mail, vorrei sapere quali dati personali avete su di me e a chi li avete comunicati, in particolare ai corrieri: da quando ordino da voi mi chiamano e mi scrivono su WhatsApp corrieri che non conosco. La carta d'identità ve la mando in una mail a parte dal computer.

Cordiali saluti
Chiara Benedetti

Inviato da Libero Mail per Android

----- Messaggio originale -----
Da: Shop Example - Privacy <privacy@shop.example.be>
A: chiara.benedetti@libero.it
Data: 27/10/2026 09:14
Oggetto: R: Risposta automatica: Richiesta di accesso ai dati personali - verifica dell'identità [PRIV-2026-0938]

Gentile signora Benedetti,

abbiamo ricevuto soltanto una risposta automatica. Al suo rientro, potrebbe confermarci che la richiesta di accesso è stata inviata da lei e mandarci un documento d'identità? Senza questa conferma non possiamo procedere.

Cordiali saluti,
Team Privacy - Shop Example BV

> Da: Chiara Benedetti <chiara.benedetti@libero.it>
> Oggetto: Risposta automatica: Richiesta di accesso ai dati personali - verifica dell'identità [PRIV-2026-0938]
>
> Grazie per il messaggio. Sono in ferie fino al 2 novembre con accesso limitato alla posta. Risponderò al mio rientro.
> Chiara Benedetti
'''),

    # 27
    ('pt', 'post-registered-item-awaiting-collection-sender-alert', 'automated', (),
'''Return-Path: <notificacoes@lusopost.pt>
Received: from mailout1.lusopost.pt (mailout1.lusopost.pt [193.126.240.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H7Lb64sHnz9t4V
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 11:52:18 +0100 (CET)
Date: Mon, 2 Nov 2026 10:52:14 +0000
From: Lusopost <notificacoes@lusopost.pt>
To: privacy@shop.example.be
Subject: O seu objeto RR448817203BE aguarda levantamento
Message-ID: <seg.RR448817203BE.20261102105214.aviso@lusopost.pt>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="LP_alt_5c2e9f71a4"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

--LP_alt_5c2e9f71a4
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Olá,

O objeto RR448817203BE não pôde ser entregue hoje, 02-11-2026, às 10:38,
porque o destinatário estava ausente.

Foi deixado aviso e o objeto aguarda levantamento até 16-11-2026 em:
Loja Lusopost Porto - Bolhão
Rua Formosa, 298, 4000-248 Porto
Horário: dias úteis 09:00-18:00; sábados 09:00-13:00

Para levantar o objeto, o destinatário deve apresentar o aviso e um
documento de identificação. Se não for levantado dentro do prazo, o objeto
será devolvido ao remetente.

Recebe este e-mail porque pediu para ser notificado sobre este objeto.
Para deixar de receber notificações, aceda a www.lusopost.pt/seguimento.

Esta mensagem foi enviada automaticamente. Por favor, não responda.

--LP_alt_5c2e9f71a4
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif">
<p>Olá,</p>
<p>O objeto <b>RR448817203BE</b> não pôde ser entregue hoje, 02-11-2026, às 10:38, porque o destinatário estava ausente.</p>
<p>Aguarda levantamento até <b>16-11-2026</b> em: Loja Lusopost Porto - Bolhão, Rua Formosa, 298, 4000-248 Porto.</p>
<p style="font-size:11px;color:#666">Esta mensagem foi enviada automaticamente. Por favor, não responda.</p>
</body></html>

--LP_alt_5c2e9f71a4--
'''),

    # 28
    ('pt', 'fulfilment-wms-rma-inspected-refund', 'automated', (),
'''Return-Path: <sistema@armazemnorte.pt>
Received: from wms.armazemnorte.pt (wms.armazemnorte.pt [185.32.188.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H80Jt0cVrz9t55
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 16:47:03 +0100 (CET)
Date: Tue, 3 Nov 2026 15:47:01 +0000
From: "ANL-WMS (nao responder)" <sistema@armazemnorte.pt>
To: devolucoes-shopexample@armazemnorte.pt
Cc: privacy@shop.example.be
Subject: =?UTF-8?Q?[ANL-WMS]_Devolu=C3=A7=C3=A3o_RMA-2026-19022_recebida_e_aprova?=
 =?UTF-8?Q?da_-_reembolso_a_processar?=
Message-ID: <anlwms.rma.RMA-2026-19022.1793724421@armazemnorte.pt>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: ANL-WMS Notificador 2.7
Auto-Submitted: auto-generated

Notificação automática do sistema de gestão de armazém
-------------------------------------------------------

Cliente (lojista):    SHOP EXAMPLE BV
Devolução:            RMA-2026-19022
Encomenda original:   1050871
Data de receção:      03-11-2026 15:42
Armazém:              Maia, Nave B

Artigos recebidos:
  1 x SE-512 Aspirador sem fio (SHOPEX-SE512)   Estado: intacto, embalagem original
  1 x SE-513 Base de carregamento (SHOPEX-SE513) Estado: intacto

Resultado da inspeção:             APROVADA
Valor a reembolsar ao consumidor:  189,00 EUR

O pedido de reembolso foi enviado para a plataforma de pagamentos do
lojista e será processado no prazo de 2 dias úteis.

Relatório fotográfico da inspeção:
https://wms.armazemnorte.pt/rma/RMA-2026-19022

Este e-mail foi gerado automaticamente pelo sistema ANL-WMS. Não responda
a esta mensagem.
'''),

    # 29
    ('pt', 'outlook-read-receipt-on-access-reply', 'automated', (),
'''Received: from smtp.sapo.pt (smtp.sapo.pt [213.13.146.152])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H8nS13kWdz9t5L
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:12:53 +0100 (CET)
From: "Rui Carvalho" <rui.carvalho@sapo.pt>
To: "Shop Example - Privacidade" <privacy@shop.example.be>
Subject: =?utf-8?Q?Lida:_O_seu_pedido_de_acesso_-_c=C3=B3pia_dos_seus_dados_[PRIV-2026-0925]?=
Date: Thu, 5 Nov 2026 09:12:50 -0000
Message-ID: <000001dc4f2a$8b3e1c40$a1ba54c0$@sapo.pt>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="----=_NextPart_000_0004_01DC4F2A.8B3E1C40"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHcTPrsx1cQn0pHOEmO1BpCkvb3ZgAAAAAA
Content-Language: pt-pt

This is a multipart message in MIME format.

------=_NextPart_000_0004_01DC4F2A.8B3E1C40
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

A sua mensagem

  Para: Rui Carvalho
  Assunto: O seu pedido de acesso - c=C3=B3pia dos seus dados [PRIV-2026-0=
925]
  Enviada: ter=C3=A7a-feira, 3 de novembro de 2026 16:20:11 (UTC+00:00) Du=
blin, Edimburgo, Lisboa, Londres

foi lida em quinta-feira, 5 de novembro de 2026 09:12:44 (UTC+00:00) Dublin=
, Edimburgo, Lisboa, Londres.

------=_NextPart_000_0004_01DC4F2A.8B3E1C40
Content-Type: message/disposition-notification
Content-Transfer-Encoding: 7bit

Reporting-UA: sapo.pt; Microsoft Outlook 16.0
Final-Recipient: rfc822;rui.carvalho@sapo.pt
Original-Message-ID: <PRIV-2026-0925.4.1793722811@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0004_01DC4F2A.8B3E1C40--
'''),

    # 30
    ('pt', 'person-forwards-carrier-survey-objects-to-sharing', 'objection', (),
'''Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03olkn2041.outbound.protection.outlook.com [40.92.59.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H8SZ72wLjz9t5M
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 17:33:26 +0100 (CET)
From: Helena Marques <helena.marques77@hotmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Fw:_Helena,_como_correu_a_entrega_da_sua_encomenda_Shop_Ex?=
 =?iso-8859-1?Q?ample=3F?=
Thread-Topic: Helena, como correu a entrega da sua encomenda Shop Example?
Thread-Index: AQHcTlr4k0yT2wq1hU6NnE0Rk8mP9g==
Date: Wed, 4 Nov 2026 16:33:21 +0000
Message-ID: <DU0P192MB1843B7A2E9C04F1D85A36E27A6C52@DU0P192MB1843.EURP192.PROD.OUTLOOK.COM>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="_000_DU0P192MB1843B7A2E9C04F1D85A36E27A6C52DU0P192MB1843EURP_"

--_000_DU0P192MB1843B7A2E9C04F1D85A36E27A6C52DU0P192MB1843EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Boa tarde,

Comprei na vossa loja online e a encomenda veio pela Lusopost. Até aqui tudo bem. Mas depois recebi isto: um inquérito da transportadora e, no fim, publicidade a um seguro de um parceiro deles, dirigida a mim pelo nome.

Não quero que os meus dados (nome, e-mail, telemóvel) sejam passados à transportadora para inquéritos de satisfação nem para publicidade de terceiros. Oponho-me a essa utilização. Para entregarem a encomenda, tudo bem; para o resto, não.

Cumprimentos,
Helena Marques

Obter o Outlook para Android<https://aka.ms/AAb9ysg>
________________________________
From: Lusopost <inqueritos@lusopost.pt>
Sent: Tuesday, November 3, 2026 6:05:12 PM
To: helena.marques77@hotmail.com <helena.marques77@hotmail.com>
Subject: Helena, como correu a entrega da sua encomenda Shop Example?

Olá Helena,

A sua encomenda da Shop Example foi entregue no dia 02-11-2026. Diga-nos como correu: responder demora menos de 1 minuto.

Avalie a entrega: ★ ★ ★ ★ ★<https://inqueritos.lusopost.pt/s/9F3KQ2>

Enquanto cliente Lusopost, tem 15% de desconto no primeiro ano do seguro casa SeguraMais, o nosso parceiro. Saiba mais<https://seguramais.pt/lusopost>

Recebeu este e-mail porque recebeu uma encomenda entregue pela Lusopost. Cancelar subscrição<https://inqueritos.lusopost.pt/u/9F3KQ2>

--_000_DU0P192MB1843B7A2E9C04F1D85A36E27A6C52DU0P192MB1843EURP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div dir="auto">Boa tarde,</div><div dir="auto"><br></div>
<div dir="auto">Comprei na vossa loja online e a encomenda veio pela Lusopost. Até aqui tudo bem. Mas depois recebi isto: um inquérito da transportadora e, no fim, publicidade a um seguro de um parceiro deles, dirigida a mim pelo nome.</div><div dir="auto"><br></div>
<div dir="auto">Não quero que os meus dados (nome, e-mail, telemóvel) sejam passados à transportadora para inquéritos de satisfação nem para publicidade de terceiros. Oponho-me a essa utilização. Para entregarem a encomenda, tudo bem; para o resto, não.</div><div dir="auto"><br></div>
<div dir="auto">Cumprimentos,<br>Helena Marques</div><div dir="auto"><br></div>
<div dir="auto"><a href="https://aka.ms/AAb9ysg">Obter o Outlook para Android</a></div>
<hr><div><b>From:</b> Lusopost &lt;inqueritos@lusopost.pt&gt;<br><b>Sent:</b> Tuesday, November 3, 2026 6:05:12 PM<br><b>Subject:</b> Helena, como correu a entrega da sua encomenda Shop Example?</div>
<div><p>Olá Helena,</p><p>A sua encomenda da Shop Example foi entregue no dia 02-11-2026. Diga-nos como correu: responder demora menos de 1 minuto.</p><p><a href="https://inqueritos.lusopost.pt/s/9F3KQ2">Avalie a entrega</a></p><p>Enquanto cliente Lusopost, tem 15% de desconto no primeiro ano do seguro casa SeguraMais, o nosso parceiro.</p></div>
</body></html>

--_000_DU0P192MB1843B7A2E9C04F1D85A36E27A6C52DU0P192MB1843EURP_--
'''),
]

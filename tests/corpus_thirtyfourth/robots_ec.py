"""Thirty-fourth set, automatic replies to the privacy team's own mail (14 languages). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ en
    ('en', 'exchange-ooo-reply-to-identity-check', 'automated', (),
'''Return-Path: <d.whitfield@northgate-logistics.co.uk>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2102.outbound.protection.outlook.com [40.107.20.102])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7xKp2Vb9z1C4
	for <privacy@shop.example.be>; Tue,  3 Nov 2026 17:42:11 +0100 (CET)
Received: from DB9PR02MB7243.eurprd02.prod.outlook.com (2603:10a6:10:2b1::14) by
 AS8PR02MB9911.eurprd02.prod.outlook.com (2603:10a6:20b:5a3::9) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8137.20; Tue, 3 Nov
 2026 16:42:10 +0000
From: Daniel Whitfield <d.whitfield@northgate-logistics.co.uk>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Automatic reply: Please confirm your request - reference PR-2026-04817
Thread-Topic: Please confirm your request - reference PR-2026-04817
Thread-Index: AQHbTqX1c2VQm8dYtE6r4yWb0mJxhg==
Date: Tue, 3 Nov 2026 16:42:09 +0000
Message-ID: <DB9PR02MB7243C0A1E8B4D1E6C3B2A1A9D62@DB9PR02MB7243.eurprd02.prod.outlook.com>
In-Reply-To: <PR-2026-04817.20261103174158.7f3a@privacy.shop.example.be>
References: <PR-2026-04817.20261103174158.7f3a@privacy.shop.example.be>
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: d.whitfield@northgate-logistics.co.uk
Content-Type: multipart/alternative;
	boundary="_000_DB9PR02MB7243C0A1E8B4D1E6C3B2A1A9D62DB9PR02MB7243eurp_"
MIME-Version: 1.0

--_000_DB9PR02MB7243C0A1E8B4D1E6C3B2A1A9D62DB9PR02MB7243eurp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email.

I am out of the office until Monday 16 November with very limited access to=
 email. Your message will not be forwarded.

For anything urgent relating to live shipments please contact the Northgate=
 duty desk on +44 1604 555 210 or ops@northgate-logistics.co.uk.

Kind regards,
Daniel Whitfield
Account Manager | Northgate Logistics Ltd

--_000_DB9PR02MB7243C0A1E8B4D1E6C3B2A1A9D62DB9PR02MB7243eurp_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii">
</head>
<body>
<p>Thank you for your email.</p>
<p>I am out of the office until Monday 16 November with very limited access=
 to email. Your message will not be forwarded.</p>
<p>For anything urgent relating to live shipments please contact the Northg=
ate duty desk on +44 1604 555 210 or ops@northgate-logistics.co.uk.</p>
<p>Kind regards,<br>
Daniel Whitfield<br>
Account Manager | Northgate Logistics Ltd</p>
</body>
</html>

--_000_DB9PR02MB7243C0A1E8B4D1E6C3B2A1A9D62DB9PR02MB7243eurp_--
'''),

    ('en', 'postfix-bounce-mimecast-user-block', 'automated', (),
'''Return-Path: <>
X-Original-To: privacy@shop.example.be
Delivered-To: privacy@shop.example.be
Received: by mx1.shop.example.be (Postfix)
	id 4R7yC05Xw2z1C7; Wed,  4 Nov 2026 09:15:40 +0100 (CET)
Date: Wed,  4 Nov 2026 09:15:40 +0100 (CET)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4R7yC05Xw2z1C7.1793780140/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261104081540.4R7yC05Xw2z1C7@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4R7yC05Xw2z1C7.1793780140/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.oconnell@harbourview-legal.ie>: host
    eu-smtp-inbound-1.mimecast.com[195.130.217.221] said: 550 Envelope blocked
    - User Entry - https://community.mimecast.com/docs/DOC-1369#550
    [Kq3vX9aTO2m4eLr1YfB8pw.uk105] (in reply to RCPT TO command)

--4R7yC05Xw2z1C7.1793780140/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4R7yBz3Lm1z1C4
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed,  4 Nov 2026 09:15:38 +0100 (CET)

Final-Recipient: rfc822; m.oconnell@harbourview-legal.ie
Original-Recipient: rfc822;m.oconnell@harbourview-legal.ie
Action: failed
Status: 5.0.0
Remote-MTA: dns; eu-smtp-inbound-1.mimecast.com
Diagnostic-Code: smtp; 550 Envelope blocked - User Entry -
    https://community.mimecast.com/docs/DOC-1369#550
    [Kq3vX9aTO2m4eLr1YfB8pw.uk105]

--4R7yC05Xw2z1C7.1793780140/mx1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from privacy-app01.shop.example.be (privacy-app01.shop.example.be [10.20.1.15])
	by mx1.shop.example.be (Postfix) with ESMTP id 4R7yBz3Lm1z1C4
	for <m.oconnell@harbourview-legal.ie>; Wed,  4 Nov 2026 09:15:38 +0100 (CET)
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: m.oconnell@harbourview-legal.ie
Subject: Your request has been received - reference PR-2026-04902
Date: Wed, 04 Nov 2026 09:15:37 +0100
Message-ID: <PR-2026-04902.20261104091537.c81e@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--4R7yC05Xw2z1C7.1793780140/mx1.shop.example.be--
'''),

    ('en', 'boxbe-guest-list-challenge', 'automated', (),
'''Return-Path: <bounces+4471190-8a1e-privacy=shop.example.be@sg.boxbe.com>
Received: from o22.sg.boxbe.com (o22.sg.boxbe.com [167.89.101.22])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7zQm0Dk4z1C9
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:07:52 +0100 (CET)
Received: by filter0471p1las1.sendgrid.net with SMTP id filter0471p1las1-21234-6A29B8E7-1C
	2026-11-04 10:07:51.733040452 +0000 UTC
Date: Wed, 4 Nov 2026 10:07:51 +0000 (UTC)
From: "Graham Ashcroft" <notifications@boxbe.com>
Reply-To: noreply@boxbe.com
To: privacy@shop.example.be
Message-ID: <1847730219.4471190.1793786871733.JavaMail.boxbe@app14.boxbe.com>
In-Reply-To: <PR-2026-04955.20261104110731.0d42@privacy.shop.example.be>
Subject: Re: Please confirm your request - reference PR-2026-04955 (Action Required)
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_4471190_1099238410.1793786871733"
Auto-Submitted: auto-replied
Precedence: bulk
X-Boxbe-Request-Type: GuestListRequest

------=_Part_4471190_1099238410.1793786871733
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hello privacy@shop.example.be,

Your message about "Please confirm your request - reference PR-2026-04955"
was waitlisted.

Please add yourself to my Guest List so your messages will be delivered to
my Inbox. Use the link below.

Click here to request approval:
https://www.boxbe.com/anno?tc=31877420361_1220849115&r=gl&token=Zm9vYmFyYmF6cXV4

Thank you,
ashcroft.g@btinternet.com

Powered by Boxbe -- "End Email Overload"
Boxbe, Inc. | 2390 Chestnut Street | Mountain View, CA 94040
Don't want to receive these notices? https://www.boxbe.com/optout?e=privacy%40shop.example.be

------=_Part_4471190_1099238410.1793786871733
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello privacy@shop.example.be,</p>
<p>Your message about "Please confirm your request - reference PR-2026-04955" was waitlisted.</p>
<p>Please add yourself to my Guest List so your messages will be delivered to my Inbox. Use the link below.</p>
<p><a href="https://www.boxbe.com/anno?tc=31877420361_1220849115&amp;r=gl&amp;token=Zm9vYmFyYmF6cXV4">Click here to request approval</a></p>
<p>Thank you,<br>ashcroft.g@btinternet.com</p>
<p style="color:#888">Powered by Boxbe -- "End Email Overload"</p>
</body></html>

------=_Part_4471190_1099238410.1793786871733--
'''),

    ('en', 'qmail-bounce-of-data-export', 'automated', (),
'''Return-Path: <>
Received: from mail.ashby-crafts.net (mail.ashby-crafts.net [203.0.113.45])
	by mx1.shop.example.be (Postfix) with ESMTP id 4R89Tq6FfKz1C5
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:02:18 +0100 (CET)
Received: (qmail 28411 invoked for bounce); 5 Nov 2026 10:02:17 -0000
Date: 5 Nov 2026 10:02:17 -0000
From: MAILER-DAEMON@mail.ashby-crafts.net
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.ashby-crafts.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<helen@ashby-crafts.net>:
Sorry, no mailbox here by that name. vpopmail (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28405 invoked from network); 5 Nov 2026 10:02:17 -0000
Received: from mx1.shop.example.be (HELO mx1.shop.example.be) (198.51.100.25)
  by mail.ashby-crafts.net with ESMTPS (ECDHE-RSA-AES256-GCM-SHA384 encrypted); 5 Nov 2026 10:02:17 -0000
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: helen@ashby-crafts.net
Subject: Your personal data - reference PR-2026-04771
Date: Thu, 05 Nov 2026 11:02:14 +0100
Message-ID: <PR-2026-04771.20261105110214.e6b9@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Ms Ashby,

Following your request of 6 October 2026 (reference PR-2026-04771), you
can download a copy of the personal data we hold about you through the
secure link below. The file contains your customer account, your order
history, your loyalty card transactions and your newsletter preferences.

https://privacy.shop.example.be/export/PR-2026-04771?t=5b0e7c91a4

For your security the link is valid for 14 days and can only be opened
after entering the code we sent to you by SMS.

Kind regards,
Privacy team
Shop Example BV
'''),

    ('en', 'exim-delay-warning-greylisting', 'automated', (),
'''Return-Path: <>
Received: from notify.shop.example.be (notify.shop.example.be [10.20.1.30])
	by mx1.shop.example.be (Postfix) with ESMTP id 4R8B2c1Qd7z1C3
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 18:31:05 +0100 (CET)
Received: from Debian-exim by notify.shop.example.be with local (Exim 4.96)
	id 1vG7kq-000Ab3-2T
	for privacy@shop.example.be;
	Thu, 05 Nov 2026 18:31:04 +0100
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@notify.shop.example.be>
To: privacy@shop.example.be
References: <PR-2026-04960.20261104182511.91cc@privacy.shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1793899864-eximdsn-1681692810
MIME-Version: 1.0
Subject: Warning: message 1vFn3P-0009zX-0K delayed 24 hours
Message-Id: <E1vG7kq-000Ab3-2T@notify.shop.example.be>
Date: Thu, 05 Nov 2026 18:31:04 +0100

--1793899864-eximdsn-1681692810
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on notify.shop.example.be.

The message identifier is:     1vFn3P-0009zX-0K
The subject of the message is: Please confirm your request - reference PR-2026-04960
The date of the message is:    Wed, 04 Nov 2026 18:25:11 +0100

The address to which the message has not yet been delivered is:

  s.patel@brightwater-dental.co.uk
    host mx.brightwater-dental.co.uk [198.18.44.7]
    Delay reason: SMTP error from remote mail server after RCPT TO:<s.patel@brightwater-dental.co.uk>:
    451 4.7.1 Greylisting in action, please come back later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

--1793899864-eximdsn-1681692810
Content-type: message/delivery-status

Reporting-MTA: dns; notify.shop.example.be

Action: delayed
Final-Recipient: rfc822;s.patel@brightwater-dental.co.uk
Status: 4.0.0
Remote-MTA: dns; mx.brightwater-dental.co.uk
Diagnostic-Code: smtp; 451 4.7.1 Greylisting in action, please come back later
Will-Retry-Until: Sat, 07 Nov 2026 18:25:11 +0100

--1793899864-eximdsn-1681692810
Content-type: text/rfc822-headers

Return-path: <privacy@shop.example.be>
Received: from www-data by notify.shop.example.be with local (Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1vFn3P-0009zX-0K
	for s.patel@brightwater-dental.co.uk;
	Wed, 04 Nov 2026 18:25:11 +0100
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: s.patel@brightwater-dental.co.uk
Subject: Please confirm your request - reference PR-2026-04960
Message-ID: <PR-2026-04960.20261104182511.91cc@privacy.shop.example.be>
Date: Wed, 04 Nov 2026 18:25:11 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--1793899864-eximdsn-1681692810--
'''),

    ('en', 'm365-ndr-transport-rule-reject', 'automated', (),
'''Return-Path: <>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2119.outbound.protection.outlook.com [40.107.105.119])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8Cw51nRtz1C6
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 09:48:27 +0100 (CET)
Received: from PA4PR09MB6870.eurprd09.prod.outlook.com (2603:10a6:102:3e1::7)
 by PA4PR09MB6870.eurprd09.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8137.22; Fri, 6 Nov 2026 08:48:26 +0000
MIME-Version: 1.0
From: Microsoft Outlook <postmaster@fenwickpartners.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Fri, 6 Nov 2026 08:48:26 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="eb5f8d41-2c6a-4b8e-9a13-0f7d2c44e1b9"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <3f1b7c2e-9d8a-4e55-b0a1-6c2f8e7d9a14@PA4PR09MB6870.eurprd09.prod.outlook.com>
In-Reply-To: <PR-2026-04988.20261106094819.a2d0@privacy.shop.example.be>
References: <PR-2026-04988.20261106094819.a2d0@privacy.shop.example.be>
Subject: Undeliverable: Please confirm your request - reference PR-2026-04988
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--eb5f8d41-2c6a-4b8e-9a13-0f7d2c44e1b9
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="a0c3e9f2-58d1-47b6-8e4c-1d2b3a4f5e6d"

--a0c3e9f2-58d1-47b6-8e4c-1d2b3a4f5e6d
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to s.fenwick@fenwickpartners.co.uk couldn't be delivered.

Your message was rejected by the recipient's email system because of an or=
ganization policy.

privacy            Office 365            s.fenwick
Action Required                          Recipient

Rejected by organization policy

How to Fix It
The recipient's email administrator has set up a rule that blocks your mes=
sage. Contact the recipient by some other means (for example, by phone) an=
d ask them to tell their email admin that you're trying to send them a mes=
sage and it's being rejected.

More Info for Email Admins
Status code: 550 5.7.1

This error occurs when the recipient's organization has a mail flow rule (=
also known as a transport rule) that rejects messages that match certain c=
onditions, such as the sender's domain, keywords in the subject or body, o=
r attachments.

Original Message Details
Created Date:    11/6/2026 8:48:19 AM
Sender Address:  privacy@shop.example.be
Recipient Address:       s.fenwick@fenwickpartners.co.uk
Subject: Please confirm your request - reference PR-2026-04988

Error Details
Reported error:  550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was =
rejected by organization policy
DSN generated by:        PA4PR09MB6870.eurprd09.prod.outlook.com

--a0c3e9f2-58d1-47b6-8e4c-1d2b3a4f5e6d
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charse=
t=3Dus-ascii"></head><body>
<p style=3D"font-size:16px">Your message to <a href=3D"mailto:s.fenwick@fe=
nwickpartners.co.uk">s.fenwick@fenwickpartners.co.uk</a> couldn't be deliv=
ered.</p>
<p>Your message was rejected by the recipient's email system because of an=
 organization policy.</p>
<p><b>Rejected by organization policy</b></p>
<p>Status code: 550 5.7.1</p>
</body></html>

--a0c3e9f2-58d1-47b6-8e4c-1d2b3a4f5e6d--

--eb5f8d41-2c6a-4b8e-9a13-0f7d2c44e1b9
Content-Type: message/delivery-status

Reporting-MTA: dns;PA4PR09MB6870.eurprd09.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Fri, 6 Nov 2026 08:48:21 +0000

Final-Recipient: rfc822;s.fenwick@fenwickpartners.co.uk
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy

--eb5f8d41-2c6a-4b8e-9a13-0f7d2c44e1b9
Content-Type: message/rfc822

Received: from mx1.shop.example.be (198.51.100.25) by
 AM4PEPF00027A64.mail.protection.outlook.com (10.167.16.75) with Microsoft SMTP
 Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8137.18 via
 Frontend Transport; Fri, 6 Nov 2026 08:48:21 +0000
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: s.fenwick@fenwickpartners.co.uk
Subject: Please confirm your request - reference PR-2026-04988
Date: Fri, 06 Nov 2026 09:48:19 +0100
Message-ID: <PR-2026-04988.20261106094819.a2d0@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Mr Fenwick,

We received a request concerning the personal data linked to this e-mail
address. To protect you against fraud, please confirm that you sent this
request by replying to this e-mail or by clicking the link below within
14 days:

https://privacy.shop.example.be/verify?ref=PR-2026-04988&t=2fd07a

If you did not send a request, you can ignore this message.

Kind regards,
Privacy team
Shop Example BV

--eb5f8d41-2c6a-4b8e-9a13-0f7d2c44e1b9--
'''),

    ('en', 'person-confirms-deletion-outlook-ios-disclaimer', 'deletion', (),
'''Return-Path: <rebecca.holloway@pinewoodhealth.co.uk>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2098.outbound.protection.outlook.com [40.107.241.98])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8DmN3XzTz1C8
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 13:27:40 +0100 (CET)
From: Rebecca Holloway <rebecca.holloway@pinewoodhealth.co.uk>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Re: Please confirm your request - reference PR-2026-05031
Thread-Topic: Please confirm your request - reference PR-2026-05031
Thread-Index: AQHbT2c9Rk1dA0x4y0u8TqkQ3aZbyrJmQvXo
Date: Fri, 6 Nov 2026 12:27:38 +0000
Message-ID: <AM0PR06MB6402E1D7A3F9C2B84E51F0C3E7A12@AM0PR06MB6402.eurprd06.prod.outlook.com>
References: <PR-2026-05031.20261106111244.4c0d@privacy.shop.example.be>
In-Reply-To: <PR-2026-05031.20261106111244.4c0d@privacy.shop.example.be>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="Windows-1252"
Content-Transfer-Encoding: quoted-printable

Yes, that was me, I confirm. Please go ahead and delete the account and eve=
rything attached to it. I've already cut up the loyalty card.

Thanks,
Rebecca

Get Outlook for iOS<https://aka.ms/o0ukef>

----------------------------------------------------------------------
CONFIDENTIALITY NOTICE: This email and any attachments are confidential a=
nd intended solely for the named addressee. If you have received it in er=
ror, please notify the sender and delete it from your system. Pinewood He=
alth Ltd processes personal data in accordance with the UK GDPR; our priv=
acy notice is available at https://www.pinewoodhealth.co.uk/privacy. Pinew=
ood Health Ltd, registered in England and Wales no. 09876543.
----------------------------------------------------------------------
________________________________
From: Shop Example BV - Privacy <privacy@shop.example.be>
Sent: Friday, November 6, 2026 10:12:44 AM
To: Rebecca Holloway <rebecca.holloway@pinewoodhealth.co.uk>
Subject: Please confirm your request - reference PR-2026-05031

Dear Ms Holloway,

We received a request to erase the customer account linked to this e-mail =
address. To protect you against fraud, please confirm that you sent this r=
equest by replying to this e-mail or by clicking the link below within 14 d=
ays:

https://privacy.shop.example.be/verify?ref=3DPR-2026-05031&t=3D81be3f

If you did not send this request, you can ignore this message and nothing =
will be deleted.

Kind regards,
Privacy team
Shop Example BV
'''),

    ('en', 'person-forwards-dpo-bounce-complains', 'complaint', ('access',),
'''Return-Path: <tom.brierley77@gmail.com>
Received: from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7w9d0qPZz1C2
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 20:14:03 +0100 (CET)
Received: by mail-wr1-f52.google.com with SMTP id ffacd0b85a97d-38e1c2a9a4bso11873f8f.2
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 11:14:02 -0800 (PST)
MIME-Version: 1.0
References: <20261007095112.5D0A21C0391@mx1.shop.example.be>
In-Reply-To: <20261007095112.5D0A21C0391@mx1.shop.example.be>
From: Tom Brierley <tom.brierley77@gmail.com>
Date: Mon, 2 Nov 2026 19:13:49 +0000
Message-ID: <CAF3kd7pQe0uN+Xy1Tgw8r5HnV2LbE3s9Qk4mZ8dJt6a1oR7uWg@mail.gmail.com>
Subject: Fwd: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000a1c3f50623bd9e41"

--000000000000a1c3f50623bd9e41
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Your privacy policy tells people to write to dpo@shop.example.be. I did, on=
 2 October, asking for a copy of all the personal data you hold on me. Fiv=
e days later I got the message below back: your DPO's mailbox was full. It=
's now November and nobody has been in touch.

So, again, and this time to an address that apparently works: please send =
me a copy of all the data you have about me, including anything you got fr=
om third parties and who you've shared it with. If I don't get a proper an=
swer this time I'll be taking it to the Belgian Data Protection Authority.

Tom Brierley
Loyalty card 6001 2245 8813

---------- Forwarded message ---------
From: Mail Delivery System <MAILER-DAEMON@mx1.shop.example.be>
Date: Wed, 7 Oct 2026 at 08:51
Subject: Undelivered Mail Returned to Sender
To: <tom.brierley77@gmail.com>


This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dpo@shop.example.be>: host 127.0.0.1[127.0.0.1] said: 552 5.2.2 Mailbox
    full (in reply to end of DATA command)

Final-Recipient: rfc822; dpo@shop.example.be
Action: failed
Status: 5.2.2

---------- Forwarded message ----------
From: Tom Brierley <tom.brierley77@gmail.com>
To: dpo@shop.example.be
Cc:
Bcc:
Date: Fri, 2 Oct 2026 09:50:31 +0100
Subject: Subject access request

--000000000000a1c3f50623bd9e41
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Your privacy policy tells people to write to dpo@shop.exam=
ple.be. I did, on 2 October, asking for a copy of all the personal data you=
 hold on me. Five days later I got the message below back: your DPO&#39;s =
mailbox was full. It&#39;s now November and nobody has been in touch.<div><=
br></div><div>So, again, and this time to an address that apparently works=
: please send me a copy of all the data you have about me, including anythi=
ng you got from third parties and who you&#39;ve shared it with. If I don&#=
39;t get a proper answer this time I&#39;ll be taking it to the Belgian Dat=
a Protection Authority.</div><div><br></div><div>Tom Brierley<br>Loyalty ca=
rd 6001 2245 8813</div></div>

--000000000000a1c3f50623bd9e41--
'''),

    # ------------------------------------------------------------------ nl
    ('nl', 'outlook-ooo-bilingual-nl-en', 'automated', (),
'''Return-Path: <j.vermeulen@vandenberg-accountants.nl>
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2131.outbound.protection.outlook.com [40.107.7.131])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7xS01mJgz1C5
	for <privacy@shop.example.be>; Tue,  3 Nov 2026 18:05:47 +0100 (CET)
From: Jeroen Vermeulen <j.vermeulen@vandenberg-accountants.nl>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Bevestig uw aanvraag - referentie PR-2026-04822
Thread-Topic: Bevestig uw aanvraag - referentie PR-2026-04822
Thread-Index: AQHbTqjL5v0xk2R8p0yJgqC1nWcTsw==
Date: Tue, 3 Nov 2026 17:05:45 +0000
Message-ID: <AS2PR08MB9573F0B1C2D3E4A5968778899AABB@AS2PR08MB9573.eurprd08.prod.outlook.com>
In-Reply-To: <PR-2026-04822.20261103180529.b3d1@privacy.shop.example.be>
References: <PR-2026-04822.20261103180529.b3d1@privacy.shop.example.be>
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: j.vermeulen@vandenberg-accountants.nl
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Beste afzender,

Ik ben met verlof tot en met vrijdag 13 november en lees mijn e-mail niet. U=
w bericht wordt niet doorgestuurd.

Voor dringende vragen kunt u terecht bij mijn collega Sanne de Wit (sanne.d=
ewit@vandenberg-accountants.nl, 030 234 5678).

Met vriendelijke groet,
Jeroen Vermeulen
Van den Berg Accountants

--

Dear sender,

I am on leave until Friday 13 November and will not be reading e-mail. You=
r message will not be forwarded. For urgent matters please contact my coll=
eague Sanne de Wit (sanne.dewit@vandenberg-accountants.nl, +31 30 234 5678=
).

Kind regards,
Jeroen Vermeulen
'''),

    ('nl', 'otrs-school-servicedesk-ticket', 'automated', (),
'''Return-Path: <servicedesk@sintjozefcollege.be>
Received: from otrs.sintjozefcollege.be (otrs.sintjozefcollege.be [193.190.12.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7zHk4CwLz1C3
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 10:03:29 +0100 (CET)
From: "ICT-servicedesk Sint-Jozefscollege" <servicedesk@sintjozefcollege.be>
To: privacy@shop.example.be
Subject: [Ticket#2026110410000317] Uw melding werd geregistreerd: Bevestig uw aanvraag - referentie PR-2026-04871
Date: Wed, 04 Nov 2026 10:03:28 +0100
Message-ID: <1793783008.318824.2847261930@otrs.sintjozefcollege.be>
In-Reply-To: <PR-2026-04871.20261104100311.77ab@privacy.shop.example.be>
References: <PR-2026-04871.20261104100311.77ab@privacy.shop.example.be>
Organization: Sint-Jozefscollege
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: OTRS Mail Service (6.0.40)
X-Powered-By: OTRS - Open Ticket Request System (http://otrs.org/)
X-Loop: yes
Precedence: bulk
Auto-Submitted: auto-replied

Beste,

Uw melding werd goed ontvangen en geregistreerd onder ticketnummer
2026110410000317. Vermeld dit nummer bij verdere communicatie en wijzig
de onderwerpregel niet.

Opgelet: tijdens de herfstvakantie (2 tot en met 6 november) is de
ICT-servicedesk enkel in de voormiddag bemand. Uw melding wordt zo snel
mogelijk behandeld.

Onderwerp van uw melding: Bevestig uw aanvraag - referentie PR-2026-04871

Met vriendelijke groeten,
ICT-servicedesk Sint-Jozefscollege
https://helpdesk.sintjozefcollege.be
'''),

    ('nl', 'outlook-read-receipt-gelezen', 'automated', (),
'''Return-Path: <marieke.jansen@kpnmail.nl>
Received: from ewsoutbound.kpnmail.nl (ewsoutbound.kpnmail.nl [195.121.94.169])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7xDz6Lh1z1C6
	for <privacy@shop.example.be>; Tue,  3 Nov 2026 15:47:14 +0100 (CET)
From: "Marieke Jansen" <marieke.jansen@kpnmail.nl>
To: "Shop Example BV - Privacy" <privacy@shop.example.be>
Subject: Gelezen: Uw aanvraag is ontvangen - referentie PR-2026-04790
Date: Tue, 3 Nov 2026 15:47:12 +0100
Message-ID: <000a01dd4c8b$7e21f3c0$7a65db40$@kpnmail.nl>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_000B_01DD4C93.DFE65BC0"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJx8yKg3Uf7sC0gq0B1c9e8T5tG3w==
Content-Language: nl

This is a multipart message in MIME format.

------=_NextPart_000_000B_01DD4C93.DFE65BC0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Uw bericht

  Aan: Marieke Jansen
  Onderwerp: Uw aanvraag is ontvangen - referentie PR-2026-04790
  Verzonden: dinsdag 3 november 2026 14:02

werd gelezen op dinsdag 3 november 2026 15:47.

------=_NextPart_000_000B_01DD4C93.DFE65BC0
Content-Type: message/disposition-notification

Reporting-UA: DESKTOP-MJ7Q2K; Microsoft Outlook 16.0
Final-Recipient: rfc822;marieke.jansen@kpnmail.nl
Original-Message-ID: <PR-2026-04790.20261103140233.5be1@privacy.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_000B_01DD4C93.DFE65BC0--
'''),

    ('nl', 'left-company-notice-with-avg-text', 'automated', (),
'''Return-Path: <r.dekker@hofman-interieur.nl>
Received: from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2110.outbound.protection.outlook.com [40.107.15.110])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8Bq91TkYz1C4
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 08:12:33 +0100 (CET)
From: Rik Dekker <r.dekker@hofman-interieur.nl>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw aanvraag is ontvangen - referentie PR-2026-04998
Thread-Topic: Uw aanvraag is ontvangen - referentie PR-2026-04998
Thread-Index: AQHbT1bVq2fG7dT0mEuY1Bz4rKcYRQ==
Date: Fri, 6 Nov 2026 07:12:31 +0000
Message-ID: <PAXPR04MB8810A7B6C5D4E3F2A1B0C9D8E7F6A@PAXPR04MB8810.eurprd04.prod.outlook.com>
In-Reply-To: <PR-2026-04998.20261106081219.6a5e@privacy.shop.example.be>
References: <PR-2026-04998.20261106081219.6a5e@privacy.shop.example.be>
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Beste afzender,

Rik Dekker is niet langer werkzaam bij Hofman Interieur. Dit e-mailadres w=
ordt niet meer gelezen en uw bericht wordt niet doorgestuurd.

Voor vragen over bestellingen en leveringen kunt u terecht bij info@hofman=
-interieur.nl of 0575 555 210.

Privacy: in overeenstemming met de Algemene Verordening Gegevensbescherming=
 (AVG) wordt uw bericht niet bewaard en binnen 30 dagen automatisch verwij=
derd. Hoe Hofman Interieur met uw persoonsgegevens omgaat, leest u in onze=
 privacyverklaring op https://www.hofman-interieur.nl/privacy. Voor inzage=
, correctie of verwijdering van uw gegevens kunt u terecht bij privacy@hof=
man-interieur.nl.

Met vriendelijke groet,
Hofman Interieur B.V.
Industrieweg 8, 7202 CA Zutphen
'''),

    ('nl', 'person-confirms-and-corrects-birthdate-address', 'correction', (),
'''Return-Path: <wouter.claes@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8AgW2s5Jz1C7
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 12:41:09 +0100 (CET)
Received: from [192.168.0.172] ([84.194.55.21])
	by michel.telenet-ops.be with bizsmtp
	id 5Lh82E00B0h8oZ401Lh8aP; Thu, 05 Nov 2026 12:41:08 +0100
Date: Thu, 05 Nov 2026 12:41:04 +0100
Message-ID: <q1w7bz3k5r0x2m8d4c6f9h1j.1793878864021@email.android.com>
In-Reply-To: <PR-2026-04933.20261105113012.2c8f@privacy.shop.example.be>
References: <PR-2026-04933.20261105113012.2c8f@privacy.shop.example.be>
Subject: Re: Bevestig uw aanvraag - referentie PR-2026-04933
From: Wouter Claes <wouter.claes@telenet.be>
To: Shop Example BV - Privacy <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ja hoor, dat ben ik, ik bevestig.

Wat ik in mijn eerste mail misschien niet duidelijk genoeg schreef: het gaat om twee dingen. Op mijn klantenkaart en in mijn account staat als geboortedatum 14/07/1985, maar dat moet 17/04/1985 zijn (dag en maand omgewisseld). En ik ben in september verhuisd, mijn nieuw adres is Kapelstraat 22 bus 3, 2800 Mechelen. Mijn folder komt nog altijd op het oude adres toe.

Kunnen jullie dat aanpassen?

Groetjes,
Wouter Claes



Verzonden vanaf mijn Samsung Galaxy-smartphone.


-------- Oorspronkelijk bericht --------
Van: Shop Example BV - Privacy <privacy@shop.example.be>
Datum: 5/11/26 11:30 (GMT+01:00)
Aan: wouter.claes@telenet.be
Onderwerp: Bevestig uw aanvraag - referentie PR-2026-04933

Beste klant,

We ontvingen een verzoek om persoonsgegevens te wijzigen die gekoppeld zijn aan dit e-mailadres. Om fraude te vermijden vragen we u te bevestigen dat u dit verzoek zelf hebt ingediend. Antwoord hiervoor gewoon op deze e-mail of klik binnen 14 dagen op de onderstaande link:

https://privacy.shop.example.be/verify?ref=PR-2026-04933&t=0e5a91

Hebt u geen verzoek ingediend? Dan mag u dit bericht negeren.

Met vriendelijke groeten,
Het privacyteam van Shop Example BV

Dit is een automatisch verzonden bericht.
'''),

    # ------------------------------------------------------------------ fr
    ('fr', 'mailinblack-challenge-response', 'automated', (),
'''Return-Path: <noreply@mailinblack.com>
Received: from out-04.mailinblack.com (out-04.mailinblack.com [185.68.152.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7zJ83vCbz1C8
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 10:21:42 +0100 (CET)
Date: Wed, 4 Nov 2026 10:21:40 +0100
From: "Mailinblack" <noreply@mailinblack.com>
To: privacy@shop.example.be
Message-ID: <mib.auth.8f31c2a7e9b04d16a2c5f0e7d9b31a44@out-04.mailinblack.com>
In-Reply-To: <PR-2026-04855.20261104102133.d04c@privacy.shop.example.be>
Subject: =?UTF-8?Q?Message_en_attente_=3A_Confirmez_votre_demande_=E2=80=93_r?=
 =?UTF-8?Q?=C3=A9f=C3=A9rence_PR-2026-04855?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
Precedence: bulk
X-Mailer: Mailinblack Protect

Bonjour,

Vous avez envoy=C3=A9 un message =C3=A0 c.lefebvre@cabinet-lefebvre-avocats=
.fr.

Ce destinataire utilise Mailinblack pour se prot=C3=A9ger des spams.
Afin de v=C3=A9rifier que votre message a bien =C3=A9t=C3=A9 envoy=C3=A9 par=
 un humain et non par un robot, merci de vous authentifier en cliquant sur l=
e lien ci-dessous. Cette op=C3=A9ration ne vous sera demand=C3=A9e qu'une s=
eule fois.

https://auth.mailinblack.com/challenge?id=3D8f31c2a7e9b04d16a2c5f0e7d9b31a=
44&lang=3Dfr

Votre message :
  Objet : Confirmez votre demande =E2=80=93 r=C3=A9f=C3=A9rence PR-2026-04855
  Envoy=C3=A9 le : 04/11/2026 =C3=A0 10:21

Tant que vous ne vous =C3=AAtes pas authentifi=C3=A9, votre message reste e=
n attente et ne sera pas remis =C3=A0 son destinataire. Sans action de votr=
e part, il sera supprim=C3=A9 dans 7 jours.

Cordialement,
L'=C3=A9quipe Mailinblack

Ce message a =C3=A9t=C3=A9 envoy=C3=A9 automatiquement, merci de ne pas y r=
=C3=A9pondre.
'''),

    ('fr', 'orange-wanadoo-absence', 'automated', (),
'''Return-Path: <michele.girard@wanadoo.fr>
Received: from smtp.smtpout.orange.fr (smtp-26.smtpout.orange.fr [80.12.242.26])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7zY55r0sz1C2
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 14:52:16 +0100 (CET)
Received: from wwinf2209 ([10.232.33.88])
	by mwinf5d63 with ME
	id 4Ls82E00C1qJx5j03Ls8xL; Wed, 04 Nov 2026 14:52:08 +0100
X-ME-Helo: wwinf2209
X-ME-Date: Wed, 04 Nov 2026 14:52:08 +0100
Date: Wed, 4 Nov 2026 14:52:08 +0100 (CET)
From: =?UTF-8?Q?Mich=C3=A8le_Girard?= <michele.girard@wanadoo.fr>
To: privacy@shop.example.be
Message-ID: <1296457001.31870.1793800328114.JavaMail.www@wwinf2209>
In-Reply-To: <PR-2026-04862.20261104145150.8b70@privacy.shop.example.be>
Subject: =?UTF-8?Q?Absence_=3A_Re=3A_Confirmez_votre_demande_=E2=80=93_r=C3=A9f?=
 =?UTF-8?Q?=C3=A9rence_PR-2026-04862?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
X-Originating-IP: [90.12.188.41]

Bonjour,

Je suis absente jusqu'au dimanche 15 novembre inclus et ne consulte pas ma=
 messagerie. Je vous r=C3=A9pondrai d=C3=A8s mon retour.

Bien cordialement,
Mich=C3=A8le Girard
'''),

    ('fr', 'outlook-not-read-deleted-mdn', 'automated', (),
'''Return-Path: <antoine.lefevre@skynet.be>
Received: from mailrelay111.isp.belgacom.be (mailrelay111.isp.belgacom.be [195.238.20.138])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R89M24Kd0z1C9
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 08:03:58 +0100 (CET)
From: =?utf-8?Q?Antoine_Lef=C3=A8vre?= <antoine.lefevre@skynet.be>
To: "Shop Example BV - Privacy" <privacy@shop.example.be>
Subject: =?utf-8?Q?Non_lu_=3A_Votre_demande_a_bien_=C3=A9t=C3=A9_re=C3=A7ue_?=
 =?utf-8?Q?=E2=80=93_r=C3=A9f=C3=A9rence_PR-2026-04911?=
Date: Thu, 5 Nov 2026 08:03:55 +0100
Message-ID: <001f01dd4d1c$2b7ae0c0$8270a240$@skynet.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0020_01DD4D24.8D3F48C0"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdtNHCtt0yq8H0mBTr6xKk2v1FJh9w==
Content-Language: fr-be

Ceci est un message de format MIME en plusieurs parties.

------=_NextPart_000_0020_01DD4D24.8D3F48C0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C3=80 : Lef=C3=A8vre, Antoine
  Objet : Votre demande a bien =C3=A9t=C3=A9 re=C3=A7ue =E2=80=93 r=C3=A9f=
=C3=A9rence PR-2026-04911
  Envoy=C3=A9 : mercredi 4 novembre 2026 16:20:11 (UTC+01:00) Bruxelles, C=
openhague, Madrid, Paris

a =C3=A9t=C3=A9 supprim=C3=A9 sans avoir =C3=A9t=C3=A9 lu le jeudi 5 novemb=
re 2026 08:03:55 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.

------=_NextPart_000_0020_01DD4D24.8D3F48C0
Content-Type: message/disposition-notification

Reporting-UA: PC-ANTOINE; Microsoft Outlook 16.0
Final-Recipient: rfc822;antoine.lefevre@skynet.be
Original-Message-ID: <PR-2026-04911.20261104162011.90f3@privacy.shop.example.be>
Disposition: manual-action/MDN-sent-automatically; deleted

------=_NextPart_000_0020_01DD4D24.8D3F48C0--
'''),

    ('fr', 'freshdesk-ticket-received-fr', 'automated', (),
'''Return-Path: <bounces+31877-privacy=shop.example.be@email.freshdesk.com>
Received: from mail-out-03.freshdesk.com (mail-out-03.freshdesk.com [54.76.118.203])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8AQx0FvNz1C3
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:58:21 +0100 (CET)
Date: Thu, 05 Nov 2026 09:58:19 +0000
From: Service client Atelier Moreau <contact@ateliermoreau.fr>
Reply-To: Service client Atelier Moreau <contact@ateliermoreau.fr>
To: privacy@shop.example.be
Message-ID: <6a1f0c3e2b94d_7d2a3f1c8e0b41298@fd-worker-17.mail>
In-Reply-To: <PR-2026-04877.20261105105802.1b6d@privacy.shop.example.be>
References: <PR-2026-04877.20261105105802.1b6d@privacy.shop.example.be>
Subject: =?UTF-8?Q?Ticket_re=C3=A7u_-_Confirmez_votre_demande_=E2=80=93_r=C3=A9f?=
 =?UTF-8?Q?=C3=A9rence_PR-2026-04877?=
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6a1f0c3e2a7b1_7d2a3f1c8e0b4129d";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Freshdesk
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
X-FD-Ticket-Id: 31877

----==_mimepart_6a1f0c3e2a7b1_7d2a3f1c8e0b4129d
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Nous avons bien re=C3=A7u votre demande et un membre de notre =C3=A9quipe vo=
us r=C3=A9pondra dans les meilleurs d=C3=A9lais. Votre num=C3=A9ro de ticke=
t est le #31877.

Vous pouvez suivre l'=C3=A9tat de votre demande et y ajouter des commentair=
es =C3=A0 l'adresse suivante :
https://ateliermoreau.freshdesk.com/helpdesk/tickets/31877

Nos horaires : du lundi au vendredi, de 9 h =C3=A0 17 h.

Cordialement,
Le service client Atelier Moreau

----==_mimepart_6a1f0c3e2a7b1_7d2a3f1c8e0b4129d
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div>Bonjour,<br><br>Nous avons bien re=C3=A7u votre demande et un membre d=
e notre =C3=A9quipe vous r=C3=A9pondra dans les meilleurs d=C3=A9lais. Votr=
e num=C3=A9ro de ticket est le #31877.<br><br>Vous pouvez suivre l'=C3=A9ta=
t de votre demande et y ajouter des commentaires =C3=A0 l'adresse suivante =
:<br><a href=3D"https://ateliermoreau.freshdesk.com/helpdesk/tickets/31877"=
>https://ateliermoreau.freshdesk.com/helpdesk/tickets/31877</a><br><br>Nos =
horaires : du lundi au vendredi, de 9 h =C3=A0 17 h.<br><br>Cordialement,<b=
r>Le service client Atelier Moreau</div>

----==_mimepart_6a1f0c3e2a7b1_7d2a3f1c8e0b4129d--
'''),

    ('fr', 'person-forwards-order-confirmation-objects-profiling', 'objection', (),
'''Return-Path: <nathalie.dubois62@free.fr>
Received: from smtp5-g21.free.fr (smtp5-g21.free.fr [212.27.42.5])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8F0b6QwHz1C5
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 21:37:52 +0100 (CET)
Received: from zimbra62-e11.priv.proxad.net (unknown [172.20.243.212])
	by smtp5-g21.free.fr (Postfix) with ESMTP id 7C3E45FFB4
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 21:37:51 +0100 (CET)
Date: Fri, 6 Nov 2026 21:37:51 +0100 (CET)
From: Nathalie Dubois <nathalie.dubois62@free.fr>
To: privacy@shop.example.be
Message-ID: <1402281577.118834021.1793911071520.JavaMail.root@zimbra62-e11.priv.proxad.net>
In-Reply-To: <20261027170241.2026-118342@mailer.shop.example.be>
Subject: =?utf-8?Q?Tr=3A_Confirmation_de_votre_commande_n=C2=B0_2026-118342?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (zclient/9.0.0_ZEXTRAS_20240927)
Thread-Topic: Confirmation de votre commande n° 2026-118342
Thread-Index: 3kPq9ZfXh1Yc5sT2nV8bW0aL4rRmEw==

Bonjour,

Depuis cette commande, je reçois dans l'appli et par mail des « recommandations personnalisées » basées sur ce que j'ai acheté, et même des publicités pour vos robots sur Facebook. Je m'oppose à ce que vous utilisiez mon historique d'achat pour me profiler ou pour du ciblage publicitaire.

La commande, la facture et la garantie, vous pouvez évidemment les garder.

Merci de me confirmer que c'est pris en compte.

Nathalie Dubois

----- Mail transféré -----
De: "Shop Example" <noreply@shop.example.be>
À: "nathalie dubois62" <nathalie.dubois62@free.fr>
Envoyé: Mardi 27 Octobre 2026 18:02:41
Objet: Confirmation de votre commande n° 2026-118342

Bonjour Nathalie,

Merci pour votre commande ! Nous la préparons avec soin.

Commande n° 2026-118342 du 27/10/2026
1 x Robot pâtissier KM-600, argent        249,00 €
1 x Lot de 3 bols en verre                 19,99 €
Livraison en point relais                   0,00 €
Total TTC                                 268,99 €

Point relais : Tabac-Presse du Marché, 12 place du Marché, 62000 Arras
Livraison estimée : jeudi 29 octobre

Suivez votre commande dans votre espace client ou dans l'appli Shop Example.

Ceci est un message automatique, merci de ne pas y répondre.
Shop Example BV – Service client : www.shop.example.be/aide
'''),

    # ------------------------------------------------------------------ de
    ('de', 'gmx-abwesenheitsnotiz', 'automated', (),
'''Return-Path: <sabine.krueger@gmx.de>
Received: from mout.gmx.net (mout.gmx.net [212.227.17.20])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7z6R2bH9z1C4
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 08:40:56 +0100 (CET)
Received: from [10.1.4.172] by 3c-app-gmx-bap52.server.lan (via HTTP); Wed, 4 Nov 2026 08:40:54 +0100
MIME-Version: 1.0
Message-ID: <trinity-5f2a9c1e-7b3d-4e08-a1c6-2d9e0f4b8a73-1793781654321@3c-app-gmx-bap52>
From: =?UTF-8?Q?Sabine_Kr=C3=BCger?= <sabine.krueger@gmx.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Abwesenheitsnotiz=3A_Bitte_best=C3=A4tigen_Sie_Ihre_Anfrage_?=
 =?UTF-8?Q?=E2=80=93_Referenz_PR-2026-04840?=
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Date: Wed, 4 Nov 2026 08:40:54 +0100
Importance: normal
Sensitivity: Normal
Auto-Submitted: auto-replied
In-Reply-To: <PR-2026-04840.20261104084031.1f9e@privacy.shop.example.be>
X-Priority: 3
X-Provags-ID: V03:K1:Yq2t7vR0bN8kLmC3pXe5hQ1zW9aF4sD6gJ2uT8yB0nM7cV
X-UI-Message-Type: mail

Hallo,

vielen Dank f=C3=BCr Ihre Nachricht. Ich bin vom 2. bis 13. November im Url=
aub und lese meine E-Mails nur unregelm=C3=A4=C3=9Fig. Ab Montag, dem 16. N=
ovember, bin ich wieder erreichbar.

Viele Gr=C3=BC=C3=9Fe
Sabine Kr=C3=BCger
'''),

    ('de', 'exchange-onprem-ndr-mailbox-full-de', 'automated', (),
'''Return-Path: <>
Received: from mail.heinrich-bau.de (mail.heinrich-bau.de [85.214.33.190])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R89bX3wP2z1C6
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 09:31:47 +0100 (CET)
Received: from EXCH02.heinrich-bau.local (10.0.0.22) by EXCH-EDGE01.heinrich-bau.local
 (10.0.0.30) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; Thu, 5 Nov
 2026 09:31:46 +0100
MIME-Version: 1.0
From: Microsoft Outlook <postmaster@heinrich-bau.de>
To: <privacy@shop.example.be>
Date: Thu, 5 Nov 2026 09:31:46 +0100
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5c9e1a3b-8f72-4d06-b1e4-7a2c9d0f3e58"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <9b2e4f71-0c3a-4d8e-a615-3f7b2c1d0e94@EXCH02.heinrich-bau.local>
In-Reply-To: <PR-2026-04867.20261105093141.ce20@privacy.shop.example.be>
References: <PR-2026-04867.20261105093141.ce20@privacy.shop.example.be>
Subject: =?utf-8?Q?Unzustellbar=3A_Bitte_best=C3=A4tigen_Sie_Ihre_Anfrage_?=
 =?utf-8?Q?=E2=80=93_Referenz_PR-2026-04867?=
Auto-Submitted: auto-replied

--5c9e1a3b-8f72-4d06-b1e4-7a2c9d0f3e58
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="f3a7c2e1-4b9d-4a60-8c15-2e7d0b9f6a31"

--f3a7c2e1-4b9d-4a60-8c15-2e7d0b9f6a31
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Fehler bei der Zustellung an folgende Empf=C3=A4nger oder Gruppen:

m.schulz@heinrich-bau.de
Das Postfach des Empf=C3=A4ngers ist voll und kann zurzeit keine Nachrichte=
n annehmen. Versuchen Sie sp=C3=A4ter erneut, die Nachricht zu senden, oder=
 wenden Sie sich direkt an den Empf=C3=A4nger.






Diagnoseinformationen f=C3=BCr Administratoren:

Generierender Server: EXCH02.heinrich-bau.local

m.schulz@heinrich-bau.de
Remote Server hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:Quot=
aExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process me=
ssage due to a permanent exception with message Cannot open mailbox /o=3DH=
einrich Bau/ou=3DExchange Administrative Group (FYDIBOHF23SPDLT)/cn=3DReci=
pients/cn=3Dm.schulz.' zur=C3=BCckgegeben

Urspr=C3=BCngliche Nachrichtenkopfzeilen:

Received: from EXCH-EDGE01.heinrich-bau.local (10.0.0.30) by
 EXCH02.heinrich-bau.local (10.0.0.22) with Microsoft SMTP Server id
 15.2.1544.14; Thu, 5 Nov 2026 09:31:45 +0100
From: Shop Example BV - Datenschutz <privacy@shop.example.be>
To: <m.schulz@heinrich-bau.de>
Subject: =3D?utf-8?Q?Bitte_best=3DC3=3DA4tigen_Sie_Ihre_Anfrage_?=3D
 =3D?utf-8?Q?=3DE2=3D80=3D93_Referenz_PR-2026-04867?=3D
Date: Thu, 5 Nov 2026 09:31:41 +0100
Message-ID: <PR-2026-04867.20261105093141.ce20@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"

--f3a7c2e1-4b9d-4a60-8c15-2e7d0b9f6a31
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charse=
t=3Dutf-8"></head><body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Fehler bei der Zust=
ellung an folgende Empf=C3=A4nger oder Gruppen:</font></b></p>
<p><a href=3D"mailto:m.schulz@heinrich-bau.de">m.schulz@heinrich-bau.de</a>=
<br>Das Postfach des Empf=C3=A4ngers ist voll und kann zurzeit keine Nachri=
chten annehmen.</p>
</body></html>

--f3a7c2e1-4b9d-4a60-8c15-2e7d0b9f6a31--

--5c9e1a3b-8f72-4d06-b1e4-7a2c9d0f3e58
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.heinrich-bau.local
Received-From-MTA: dns;EXCH-EDGE01.heinrich-bau.local
Arrival-Date: Thu, 5 Nov 2026 08:31:45 +0000

Final-Recipient: rfc822;m.schulz@heinrich-bau.de
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--5c9e1a3b-8f72-4d06-b1e4-7a2c9d0f3e58
Content-Type: message/rfc822

Received: from EXCH-EDGE01.heinrich-bau.local (10.0.0.30) by
 EXCH02.heinrich-bau.local (10.0.0.22) with Microsoft SMTP Server id
 15.2.1544.14; Thu, 5 Nov 2026 09:31:45 +0100
From: Shop Example BV - Datenschutz <privacy@shop.example.be>
To: <m.schulz@heinrich-bau.de>
Subject: =?utf-8?Q?Bitte_best=C3=A4tigen_Sie_Ihre_Anfrage_?=
 =?utf-8?Q?=E2=80=93_Referenz_PR-2026-04867?=
Date: Thu, 5 Nov 2026 09:31:41 +0100
Message-ID: <PR-2026-04867.20261105093141.ce20@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Guten Tag,

wir haben eine Anfrage zu den personenbezogenen Daten erhalten, die mit di=
eser E-Mail-Adresse verkn=C3=BCpft sind. Zum Schutz vor Betrug bitten wir =
Sie zu best=C3=A4tigen, dass die Anfrage von Ihnen stammt. Antworten Sie da=
zu einfach auf diese E-Mail oder klicken Sie auf den folgenden Link (g=C3=
=BCltig 14 Tage):

https://privacy.shop.example.be/verify?ref=3DPR-2026-04867&t=3D9c41e2

Wenn Sie keine Anfrage gestellt haben, k=C3=B6nnen Sie diese Nachricht igno=
rieren.

Mit freundlichen Gr=C3=BC=C3=9Fen
Datenschutzteam Shop Example BV

--5c9e1a3b-8f72-4d06-b1e4-7a2c9d0f3e58--
'''),

    ('de', 'hcl-notes-out-of-office', 'automated', (),
'''Return-Path: <Thomas.Bergmann@kraemer-maschinenbau.de>
Received: from mail01.kraemer-maschinenbau.de (mail01.kraemer-maschinenbau.de [91.198.66.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R89Ht0Wq3z1C2
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 09:14:05 +0100 (CET)
Auto-Submitted: auto-replied
In-Reply-To: <PR-2026-04917.20261105091349.3e07@privacy.shop.example.be>
References: <PR-2026-04917.20261105091349.3e07@privacy.shop.example.be>
Subject: =?ISO-8859-1?Q?Thomas_Bergmann_ist_au=DFer_Haus=2E?=
To: privacy@shop.example.be
From: Thomas Bergmann <Thomas.Bergmann@kraemer-maschinenbau.de>
Message-ID: <OFA3C71D2E.4B5F6A70-ONC1258C31.002F3B2E-C1258C31.002F3B30@kraemer-maschinenbau.de>
Date: Thu, 5 Nov 2026 09:14:02 +0100
X-Mailer: HCL Notes Build V1202_11222022 November 22, 2022
X-MIMETrack: Serialize by Router on MAIL01/KRAEMER(Release 12.0.2FP2|July 14, 2023) at
 05.11.2026 09:14:02
MIME-Version: 1.0
Content-type: text/plain; charset=ISO-8859-1
Content-transfer-encoding: quoted-printable

Ich werde ab  02.11.2026 nicht im B=FCro sein. Ich kehre zur=FCck am
16.11.2026.

Ich werde Ihre Nachricht nach meiner R=FCckkehr beantworten. In dringenden=
 F=E4llen wenden Sie sich bitte an Frau Petra Lang (petra.lang@kraemer-masc=
hinenbau.de, Tel. 0711 4433-210).
'''),

    ('de', 'left-company-notice-with-dsgvo-text', 'automated', (),
'''Return-Path: <j.neumann@wagner-soehne-logistik.de>
Received: from EUR06-AM6-obe.outbound.protection.outlook.com (mail-am6eur06on2114.outbound.protection.outlook.com [40.107.22.114])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8AXj5Gd1z1C8
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:26:14 +0100 (CET)
From: Julia Neumann <j.neumann@wagner-soehne-logistik.de>
To: Shop Example BV - Datenschutz <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatische_Antwort=3A_Bitte_best=C3=A4tigen_Sie_Ihre_Anf?=
 =?utf-8?Q?rage_=E2=80=93_Referenz_PR-2026-04923?=
Thread-Topic: =?utf-8?Q?Bitte_best=C3=A4tigen_Sie_Ihre_Anfrage_=E2=80=93_Referenz_P?=
 =?utf-8?Q?R-2026-04923?=
Thread-Index: AQHbTzF3nB2k8Yx6RtS0dLq1mV9gHA==
Date: Thu, 5 Nov 2026 10:26:12 +0000
Message-ID: <DU0PR10MB5633B2A1C0D9E8F7A6B5C4D3E2F10@DU0PR10MB5633.EURPRD10.PROD.OUTLOOK.COM>
In-Reply-To: <PR-2026-04923.20261105112601.71fa@privacy.shop.example.be>
References: <PR-2026-04923.20261105112601.71fa@privacy.shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Sehr geehrte Damen und Herren,

Frau Julia Neumann ist nicht mehr f=C3=BCr die Wagner & S=C3=B6hne Logistik=
 GmbH t=C3=A4tig. Diese E-Mail-Adresse wird nicht mehr abgerufen; Ihre Nac=
hricht wird weder gelesen noch weitergeleitet.

Bitte wenden Sie sich an info@wagner-soehne-logistik.de oder telefonisch a=
n +49 421 555 380-0.

Datenschutzhinweis: Aus Gr=C3=BCnden des Datenschutzes (Art. 5 Abs. 1 lit.=
 c und e DSGVO) wird Ihre E-Mail nicht gespeichert, sondern automatisch ge=
l=C3=B6scht. Informationen zur Verarbeitung personenbezogener Daten sowie =
zu Ihren Rechten auf Auskunft, Berichtigung, L=C3=B6schung, Einschr=C3=A4n=
kung der Verarbeitung und Widerspruch finden Sie unter https://www.wagner-=
soehne-logistik.de/datenschutz.

Mit freundlichen Gr=C3=BC=C3=9Fen
Wagner & S=C3=B6hne Logistik GmbH
Am Speicher 14, 28217 Bremen
Amtsgericht Bremen HRB 12345 | Gesch=C3=A4ftsf=C3=BChrer: Klaus Wagner
'''),

    ('de', 'person-forwards-ack-asks-restriction-not-deletion', 'restriction', (),
'''Return-Path: <markus.weber@t-online.de>
Received: from mailout11.t-online.de (mailout11.t-online.de [194.25.134.85])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7wQ01JcMz1C9
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 19:22:18 +0100 (CET)
Received: from fwd82.aul.t-online.de (fwd82.aul.t-online.de [10.223.144.108])
	by mailout11.t-online.de (Postfix) with SMTP id 3A1F22FA81
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 19:22:17 +0100 (CET)
From: "Markus Weber" <markus.weber@t-online.de>
To: "Shop Example BV - Datenschutz" <privacy@shop.example.be>
References: <PR-2026-04702.20261029140512.0a9b@privacy.shop.example.be>
In-Reply-To: <PR-2026-04702.20261029140512.0a9b@privacy.shop.example.be>
Subject: =?utf-8?Q?WG=3A_Ihre_Anfrage_ist_eingegangen_=E2=80=93_Referenz_PR-2026?=
 =?utf-8?Q?-04702?=
Date: Mon, 2 Nov 2026 19:22:09 +0100
Message-ID: <004c01dd4b02$1f6e8a40$5e4b9ec0$@t-online.de>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQH7nM2bV0Qz8XcN5kLw1pGvR3aTtg==
Content-Language: de

Guten Tag,

kurze Änderung zu meiner Anfrage von letzter Woche (siehe unten): Bitte löschen Sie meine Daten vorerst NICHT.

Ich streite mich gerade mit Ihrem Kundenservice über die Erstattung für Bestellung 2026-117905 (defekter Staubsauger, Rücksendung am 19.10.). Die Bestellhistorie und den Chatverlauf brauche ich unter Umständen noch als Beleg. Bitte sperren Sie meine Daten stattdessen, bis das geklärt ist, d. h. aufbewahren, aber nicht für Werbung oder sonst etwas nutzen.

Wegen der Löschung melde ich mich dann wieder.

Mit freundlichen Grüßen
Markus Weber

-----Ursprüngliche Nachricht-----
Von: Shop Example BV - Datenschutz <privacy@shop.example.be>
Gesendet: Donnerstag, 29. Oktober 2026 14:05
An: markus.weber@t-online.de
Betreff: Ihre Anfrage ist eingegangen – Referenz PR-2026-04702

Guten Tag,

wir haben Ihre Anfrage auf Löschung Ihrer personenbezogenen Daten erhalten. Ihre Referenz lautet PR-2026-04702. Wir beantworten Ihre Anfrage innerhalb eines Monats nach Eingang.

Mit freundlichen Grüßen
Datenschutzteam Shop Example BV

Dies ist eine automatisch erstellte Nachricht.
'''),

    # ------------------------------------------------------------------ es
    ('es', 'gmail-vacation-responder-es', 'automated', (),
'''Return-Path: <lucia.fernandez.ortiz@gmail.com>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7zMf2n8Yz1C6
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 12:10:46 +0100 (CET)
Received: by mail-sor-f41.google.com (Google Transport Security) with SMTPS id a640c23a62f3a-7c1e4d9b2f5so41738166b.2
        for <privacy@shop.example.be>
        (Google Transport Security);
        Wed, 04 Nov 2026 03:10:45 -0800 (PST)
MIME-Version: 1.0
References: <PR-2026-04903.20261104121022.55e1@privacy.shop.example.be>
In-Reply-To: <PR-2026-04903.20261104121022.55e1@privacy.shop.example.be>
Auto-Submitted: auto-replied
Message-ID: <CAG5r9dPzV7wQ3-6kH1bX0yN4mTfS2jL8aE+u9cR1gW5oK7vY3w@mail.gmail.com>
Date: Wed, 4 Nov 2026 12:10:44 +0100
From: =?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fernandez.ortiz@gmail.com>
To: privacy@shop.example.be
Subject: De vacaciones hasta el 16 de noviembre
Content-Type: multipart/alternative; boundary="0000000000007b2e1c0623c3a8f5"

--0000000000007b2e1c0623c3a8f5
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Estoy de vacaciones hasta el lunes 16 de noviembre y apenas miro el correo=
. Si es algo urgente del estudio, llama al 91 555 23 40.

Un saludo,
Luc=C3=ADa

--0000000000007b2e1c0623c3a8f5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hola:<div><br></div><div>Estoy de vacaciones hasta el lune=
s 16 de noviembre y apenas miro el correo. Si es algo urgente del estudio, =
llama al 91 555 23 40.</div><div><br></div><div>Un saludo,</div><div>Luc=C3=
=ADa</div></div>

--0000000000007b2e1c0623c3a8f5--
'''),

    ('es', 'jira-service-management-request-received-es', 'automated', (),
'''Return-Path: <jira@grupovaldes.atlassian.net>
Received: from eu-central-1.mail.atlassian.net (eu-central-1.mail.atlassian.net [18.184.203.17])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7zPw0kRcz1C3
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 12:03:37 +0100 (CET)
Date: Wed, 4 Nov 2026 11:03:35 +0000 (UTC)
From: =?UTF-8?Q?Soporte_IT_Grupo_Vald=C3=A9s?= <jira@grupovaldes.atlassian.net>
Reply-To: soporte@grupovaldes.es
To: privacy@shop.example.be
Message-ID: <JIRA.271933.1793789012000.48112.1793789015512@Atlassian.JIRA>
In-Reply-To: <PR-2026-04866.20261104120318.e9a4@privacy.shop.example.be>
References: <PR-2026-04866.20261104120318.e9a4@privacy.shop.example.be>
Subject: SOP-4821 Please confirm your request - reference PR-2026-04866
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_912733_1402158743.1793789015512"
Auto-Submitted: auto-generated
Precedence: bulk
X-JIRA-FingerPrint: 9f3b1c6e0d4a2b57e8c7f1a0d9e6b3c2

------=_Part_912733_1402158743.1793789015512
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

—-—-—-—

Responde por encima de esta línea.

Hola, Shop Example BV - Privacy:

Hemos recibido tu solicitud «Please confirm your request - reference PR-2026-04866». Se ha registrado con la referencia SOP-4821 y un agente del equipo de Soporte IT la revisará lo antes posible.

Puedes consultar el estado de la solicitud o añadir comentarios respondiendo a este correo.

Ver solicitud: https://grupovaldes.atlassian.net/servicedesk/customer/portal/2/SOP-4821

Este mensaje se envió desde Jira Service Management.
Desactivar las notificaciones de esta solicitud: https://grupovaldes.atlassian.net/servicedesk/customer/portal/2/SOP-4821/unsubscribe

------=_Part_912733_1402158743.1793789015512
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body>
<div style="color:#999">—-—-—-—<br>Responde por encima de esta línea.</div>
<p>Hola, Shop Example BV - Privacy:</p>
<p>Hemos recibido tu solicitud «Please confirm your request - reference PR-2026-04866». Se ha registrado con la referencia <b>SOP-4821</b> y un agente del equipo de Soporte IT la revisará lo antes posible.</p>
<p><a href="https://grupovaldes.atlassian.net/servicedesk/customer/portal/2/SOP-4821">Ver solicitud</a></p>
<p style="color:#999;font-size:11px">Este mensaje se envió desde Jira Service Management.</p>
</body></html>

------=_Part_912733_1402158743.1793789015512--
'''),

    ('es', 'address-no-longer-in-use-with-lopd-footer', 'automated', (),
'''Return-Path: <compras@talleresherrero.es>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2127.outbound.protection.outlook.com [40.107.22.127])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8ADr4sVfz1C5
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:17:29 +0100 (CET)
From: Compras Talleres Herrero <compras@talleresherrero.es>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Respuesta_autom=C3=A1tica=3A?= Please confirm your request -
 reference PR-2026-04942
Thread-Topic: Please confirm your request - reference PR-2026-04942
Thread-Index: AQHbTyWq8cX2mLh0P0aE7tN3yK1ZfQ==
Date: Thu, 5 Nov 2026 09:17:27 +0000
Message-ID: <AM8PR07MB8264D4C3B2A1908F7E6D5C4B3A291@AM8PR07MB8264.eurprd07.prod.outlook.com>
In-Reply-To: <PR-2026-04942.20261105101708.4b33@privacy.shop.example.be>
References: <PR-2026-04942.20261105101708.4b33@privacy.shop.example.be>
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Estimado/a remitente:

Le informamos de que esta direcci=C3=B3n de correo electr=C3=B3nico ha deja=
do de estar operativa. Su mensaje no ha sido le=C3=ADdo ni reenviado.

Para cualquier consulta puede dirigirse a administracion@talleresherrero.es=
 o llamar al 976 55 12 34 (de lunes a viernes, de 8:00 a 15:00).

Atentamente,
Talleres Herrero e Hijos, S.L.

INFORMACI=C3=93N B=C3=81SICA SOBRE PROTECCI=C3=93N DE DATOS
Responsable: Talleres Herrero e Hijos, S.L. (B50123456).
Finalidad: gestionar la relaci=C3=B3n comercial y las comunicaciones manten=
idas con usted.
Legitimaci=C3=B3n: ejecuci=C3=B3n de contrato e inter=C3=A9s leg=C3=ADtimo.
Destinatarios: no se ceder=C3=A1n datos a terceros, salvo obligaci=C3=B3n l=
egal.
Derechos: puede ejercer sus derechos de acceso, rectificaci=C3=B3n, supresi=
=C3=B3n, oposici=C3=B3n, limitaci=C3=B3n del tratamiento y portabilidad dir=
igi=C3=A9ndose a lopd@talleresherrero.es, as=C3=AD como presentar una recla=
maci=C3=B3n ante la Agencia Espa=C3=B1ola de Protecci=C3=B3n de Datos.
Informaci=C3=B3n adicional: https://www.talleresherrero.es/politica-de-priv=
acidad
'''),

    ('es', 'person-replies-baja-to-newsletter-with-lopd-signature', 'withdraw_consent', (),
'''Return-Path: <ecastro@gestoriacastro.es>
Received: from smtp.gestoriacastro.es (smtp.gestoriacastro.es [37.152.88.61])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8DB43YpHz1C2
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 09:52:40 +0100 (CET)
From: "Elena Castro" <ecastro@gestoriacastro.es>
To: <privacy@shop.example.be>
References: <NL-2026-11-06-BF.8e2f91c0@news.shop.example.be>
In-Reply-To: <NL-2026-11-06-BF.8e2f91c0@news.shop.example.be>
Subject: RE: Black Friday starts now: up to 40% off everything
Date: Fri, 6 Nov 2026 09:52:36 +0100
Message-ID: <00a201dd4d9e$c2b4f1e0$481ed5a0$@gestoriacastro.es>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQIVb0dZ3xP8mN1KcR4tYw7sHq2eLw==
Content-Language: es

BAJA, por favor.

Gracias.

Elena Castro Navarro
Gestoría Castro · Asesoría fiscal y laboral
C/ Mayor 41, 2.º B · 30001 Murcia
Tel. 968 55 40 12

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y proceda a su eliminación.
PROTECCIÓN DE DATOS: De conformidad con el RGPD y la LOPDGDD, le informamos de que sus datos forman parte de un tratamiento cuyo responsable es Gestoría Castro, S.L., con la finalidad de mantener comunicaciones profesionales. Puede ejercer sus derechos de acceso, rectificación, supresión, limitación, portabilidad y oposición escribiendo a protecciondatos@gestoriacastro.es.

De: Shop Example <newsletter@news.shop.example.be>
Enviado el: viernes, 6 de noviembre de 2026 7:30
Para: ecastro@gestoriacastro.es
Asunto: Black Friday starts now: up to 40% off everything

BLACK FRIDAY STARTS NOW
Up to 40% off everything - online, in our stores and in the app.
Only until Monday 30 November.

Shop now: https://www.shop.example.be/black-friday?utm_source=newsletter

You are receiving this e-mail because you subscribed to the Shop Example newsletter.
Unsubscribe: https://news.shop.example.be/u/8e2f91c0
Privacy policy: https://www.shop.example.be/privacy
Shop Example BV, Kouter 1, 9000 Gent, Belgium
'''),

    # ------------------------------------------------------------------ it
    ('it', 'libero-risposta-automatica', 'automated', (),
'''Return-Path: <giulia.romano84@libero.it>
Received: from smtp-out.libero.it (smtp-out.libero.it [213.209.10.32])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7zTg1BhXz1C4
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 13:22:03 +0100 (CET)
Received: from libero.it ([10.101.8.41])
	by smtp-32.iol.local with ESMTPA
	id 4LmVvJ2a8QnP04LmVvXc1E; Wed, 04 Nov 2026 13:22:02 +0100
Date: Wed, 4 Nov 2026 13:22:02 +0100 (CET)
From: Giulia Romano <giulia.romano84@libero.it>
To: privacy@shop.example.be
Message-ID: <1793794922.417286.autoreply@libero.it>
In-Reply-To: <PR-2026-04880.20261104132147.aa17@privacy.shop.example.be>
Subject: Risposta automatica: Please confirm your request - reference PR-2026-04880
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
Precedence: bulk

Ciao,
sono in ferie fino a domenica 15 novembre e leggo la posta solo ogni tanto.
Ti risponderò appena rientro.

Giulia
'''),

    ('it', 'exchange-ooo-maternity-leave-it-en', 'automated', (),
'''Return-Path: <f.bianchi@studiobianchi.it>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2106.outbound.protection.outlook.com [40.107.103.106])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8AK03bWmz1C7
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:33:51 +0100 (CET)
From: Francesca Bianchi <f.bianchi@studiobianchi.it>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Risposta automatica: Please confirm your request - reference PR-2026-04893
Thread-Topic: Please confirm your request - reference PR-2026-04893
Thread-Index: AQHbTy0aQ8rL2w5mXv3eB9Ts1nUdcg==
Date: Thu, 5 Nov 2026 09:33:49 +0000
Message-ID: <VI1PR09MB4432E5F6A7B8C9D0E1F2A3B4C5D6E@VI1PR09MB4432.eurprd09.prod.outlook.com>
In-Reply-To: <PR-2026-04893.20261105103337.5d02@privacy.shop.example.be>
References: <PR-2026-04893.20261105103337.5d02@privacy.shop.example.be>
Content-Language: it-IT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: f.bianchi@studiobianchi.it
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Gentile mittente,

sono in congedo di maternit=C3=A0 fino al 31 marzo 2027. Le e-mail ricevute=
 in questo periodo non verranno lette n=C3=A9 inoltrate.

Per questioni amministrative pu=C3=B2 scrivere a amministrazione@studiobian=
chi.it; per le pratiche in corso a segreteria@studiobianchi.it.

Cordiali saluti,
Francesca Bianchi
Studio Bianchi Commercialisti Associati

---

Dear sender,

I am on maternity leave until 31 March 2027. E-mails received during this =
period will not be read or forwarded. For administrative matters please wr=
ite to amministrazione@studiobianchi.it.
'''),

    ('it', 'zammad-ticket-received-it', 'automated', (),
'''Return-Path: <assistenza@ferramentacolombo.it>
Received: from helpdesk.ferramentacolombo.it (helpdesk.ferramentacolombo.it [151.12.77.203])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8F5p2RyTz1C9
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 15:44:20 +0100 (CET)
Date: Fri, 06 Nov 2026 15:44:18 +0100
From: Assistenza Clienti Ferramenta Colombo <assistenza@ferramentacolombo.it>
To: privacy@shop.example.be
Message-ID: <6a2c7f91e3b04_1f2e3a7c81d@helpdesk.ferramentacolombo.it.mail>
In-Reply-To: <PR-2026-04907.20261106154401.c7e8@privacy.shop.example.be>
References: <PR-2026-04907.20261106154401.c7e8@privacy.shop.example.be>
Subject: Grazie per la sua richiesta (Please confirm your request - reference PR-2026-04907) [Ticket#71034]
Mime-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Organization: Ferramenta Colombo S.r.l.
X-Mailer: Zammad Mail Service
X-Loop: yes
Precedence: bulk
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Gentile Shop Example BV - Privacy,

la sua richiesta (Please confirm your request - reference PR-2026-04907) è stata ricevuta e sarà gestita al più presto dal nostro staff.

Per fornire ulteriori informazioni risponda semplicemente a questa e-mail, lasciando invariato il numero di ticket nell'oggetto.

Il team di Ferramenta Colombo

--
Zammad, il sistema di helpdesk e supporto clienti
'''),

    ('it', 'person-confirms-identity-access-request-iphone', 'access', (),
'''Return-Path: <ale.conti@tiscali.it>
Received: from smtp.tiscali.it (santino.mail.tiscali.it [213.205.33.245])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8B1y0GvQz1C2
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 18:09:44 +0100 (CET)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Alessandro Conti <ale.conti@tiscali.it>
Mime-Version: 1.0 (1.0)
Subject: Re: Please confirm your request - reference PR-2026-04929
Date: Thu, 5 Nov 2026 18:09:38 +0100
Message-Id: <8C1F4E2A-7B3D-4A90-9E61-2D5C0B7F3A18@tiscali.it>
References: <PR-2026-04929.20261105154102.f1d0@privacy.shop.example.be>
In-Reply-To: <PR-2026-04929.20261105154102.f1d0@privacy.shop.example.be>
To: Shop Example BV - Privacy <privacy@shop.example.be>
X-Mailer: iPhone Mail (22B83)

Buongiorno,
s=C3=AC, la richiesta l'ho fatta io e la confermo.
Vorrei sapere quali dati personali avete su di me, da dove li avete presi (=
ricevo la vostra pubblicit=C3=A0 a un indirizzo email che non vi ho mai dat=
o) e a chi li avete comunicati.

Cordiali saluti
Alessandro Conti

Inviato da iPhone

> Il giorno 5 nov 2026, alle ore 15:41, Shop Example BV - Privacy <privacy@=
shop.example.be> ha scritto:
>=20
> =EF=BB=BFDear Mr Conti,
>=20
> We received a request concerning the personal data linked to this e-mail=
 address. To protect you against fraud, please confirm that you sent this r=
equest by replying to this e-mail or by clicking the link below within 14 d=
ays:
>=20
> https://privacy.shop.example.be/verify?ref=3DPR-2026-04929&t=3D6d1c0b
>=20
> If you did not send a request, you can ignore this message.
>=20
> Kind regards,
> Privacy team
> Shop Example BV
'''),

    # ------------------------------------------------------------------ pt
    ('pt', 'outlook-ooo-bilingual-pt-en', 'automated', (),
'''Return-Path: <ana.sousa@vinhosdourovale.pt>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2139.outbound.protection.outlook.com [40.107.249.139])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8AbB5QpLz1C3
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:34:02 +0100 (CET)
From: Ana Rita Sousa <ana.sousa@vinhosdourovale.pt>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Resposta_autom=C3=A1tica=3A?= Please confirm your request -
 reference PR-2026-04934
Thread-Topic: Please confirm your request - reference PR-2026-04934
Thread-Index: AQHbTzWmT3kR0yP1oBxE6gUd9aLwZQ==
Date: Thu, 5 Nov 2026 10:34:00 +0000
Message-ID: <DB8PR05MB6520F1E2D3C4B5A69788A9B0C1D2E@DB8PR05MB6520.eurprd05.prod.outlook.com>
In-Reply-To: <PR-2026-04934.20261105113348.8e41@privacy.shop.example.be>
References: <PR-2026-04934.20261105113348.8e41@privacy.shop.example.be>
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Obrigada pelo seu email.

Encontro-me ausente do escrit=C3=B3rio at=C3=A9 dia 13 de novembro, com ac=
esso limitado ao correio eletr=C3=B3nico. Para assuntos urgentes, por favor=
 contacte geral@vinhosdourovale.pt ou +351 254 555 310.

Com os melhores cumprimentos,
Ana Rita Sousa

---

Thank you for your email. I am out of the office until 13 November with li=
mited access to email. For urgent matters please contact geral@vinhosdourov=
ale.pt or +351 254 555 310.
'''),

    ('pt', 'zendesk-request-received-pt', 'automated', (),
'''Return-Path: <support+id48213@casalusitana.zendesk.com>
Received: from outbyoip41.pod27.euc1.zdsys.com (outbyoip41.pod27.euc1.zdsys.com [188.172.137.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8C3n1XkVz1C8
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 16:12:45 +0100 (CET)
Date: Thu, 05 Nov 2026 15:12:43 +0000
From: Casa Lusitana <apoio@casalusitana.pt>
Reply-To: Casa Lusitana <support+id48213@casalusitana.zendesk.com>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Message-ID: <6Z0K4XJ9QD_6a1f3c8b2e4d1_5a7c2f3b81e09_sprut@zendesk.com>
In-Reply-To: <PR-2026-04951.20261105161229.2f7b@privacy.shop.example.be>
References: <PR-2026-04951.20261105161229.2f7b@privacy.shop.example.be>
Subject: [Casa Lusitana] Re: Please confirm your request - reference PR-2026-04951
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6a1f3c8b2c9a7_5a7c2f3b81e0773";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 3f81c2a
X-Zendesk-Email-Id: 6Z0K4XJ9QD
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_6a1f3c8b2c9a7_5a7c2f3b81e0773
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Escreva a sua resposta acima desta linha -##

O seu pedido (48213) foi recebido e est=C3=A1 a ser analisado pela nossa eq=
uipa de apoio.

Para acrescentar coment=C3=A1rios, basta responder a este email.

Hor=C3=A1rio de atendimento: dias =C3=BAteis, das 9h =C3=A0s 18h.

--
Casa Lusitana =C2=B7 Apoio ao Cliente

[6Z0K4X-J9QD]

----==_mimepart_6a1f3c8b2c9a7_5a7c2f3b81e0773
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"color:#b5b5b5">##- Escreva a sua resposta acima desta linha -=
##</div>
<p>O seu pedido (48213) foi recebido e est=C3=A1 a ser analisado pela nossa=
 equipa de apoio.</p>
<p>Para acrescentar coment=C3=A1rios, basta responder a este email.</p>
<p>Hor=C3=A1rio de atendimento: dias =C3=BAteis, das 9h =C3=A0s 18h.</p>
<p>Casa Lusitana =C2=B7 Apoio ao Cliente</p>
<span style=3D"color:#FFFFFF">[6Z0K4X-J9QD]</span>

----==_mimepart_6a1f3c8b2c9a7_5a7c2f3b81e0773--
'''),

    ('pt', 'thunderbird-return-receipt-pt', 'automated', (),
'''Return-Path: <joao.ferreira@sapo.pt>
Received: from relay4.ptmail.sapo.pt (relay4.ptmail.sapo.pt [212.55.154.24])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7zz53CqFz1C5
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 22:16:43 +0100 (CET)
Message-ID: <4b8e2a71-3c9f-4d05-b6a2-1e7f0c9d8b43@sapo.pt>
Date: Wed, 4 Nov 2026 21:16:40 +0000
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?UTF-8?Q?Jo=C3=A3o_Ferreira?= <joao.ferreira@sapo.pt>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: =?UTF-8?Q?Recibo_de_retorno_=28apresentado=29?= - Your request has been
 received - reference PR-2026-04897
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------Kp8zR1vN3cXw5qB0yT7hL2mD"

This is a multi-part message in MIME format.
--------------Kp8zR1vN3cXw5qB0yT7hL2mD
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Este é um recibo de retorno para a mensagem que enviou para <joao.ferreira@sapo.pt>.

Nota: Este recibo de retorno apenas confirma que a mensagem foi apresentada no computador do destinatário. Não há qualquer garantia de que o destinatário tenha lido ou compreendido o conteúdo da mensagem.

--------------Kp8zR1vN3cXw5qB0yT7hL2mD
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: portatil-joao; Mozilla Thunderbird
Final-Recipient: rfc822;joao.ferreira@sapo.pt
Original-Message-ID: <PR-2026-04897.20261104204515.3a61@privacy.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------Kp8zR1vN3cXw5qB0yT7hL2mD
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [198.51.100.25])
	by mx.ptmail.sapo.pt (Postfix) with ESMTPS id 6F2B81A0073
	for <joao.ferreira@sapo.pt>; Wed,  4 Nov 2026 19:45:17 +0000 (WET)
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: joao.ferreira@sapo.pt
Subject: Your request has been received - reference PR-2026-04897
Date: Wed, 04 Nov 2026 20:45:15 +0100
Message-ID: <PR-2026-04897.20261104204515.3a61@privacy.shop.example.be>
Disposition-Notification-To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--------------Kp8zR1vN3cXw5qB0yT7hL2mD--
'''),

    ('pt', 'person-back-from-holiday-confirms-deletion', 'deletion', (),
'''Return-Path: <pedro.almeida.lx@gmail.com>
Received: from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R9L7c0ZsXz1C4
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 15:03:27 +0100 (CET)
Received: by mail-ej1-f44.google.com with SMTP id a640c23a62f3a-7d0f2b6c1e4so58112966b.1
        for <privacy@shop.example.be>; Mon, 09 Nov 2026 06:03:26 -0800 (PST)
MIME-Version: 1.0
References: <PR-2026-04688.20261026100207.e5c3@privacy.shop.example.be>
In-Reply-To: <PR-2026-04688.20261026100207.e5c3@privacy.shop.example.be>
From: Pedro Almeida <pedro.almeida.lx@gmail.com>
Date: Mon, 9 Nov 2026 14:03:12 +0000
Message-ID: <CAOr7kP2wD0m+9Xq4Fz3hT8vL1nB6cS5yU2aJ7eR0gK4iW9oM1Q@mail.gmail.com>
Subject: Re: Please confirm your request - reference PR-2026-04688
To: Shop Example BV - Privacy <privacy@shop.example.be>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Boa tarde,

Pe=C3=A7o desculpa s=C3=B3 responder agora, estive de f=C3=A9rias (devem te=
r recebido a minha resposta autom=C3=A1tica).

Sim, confirmo que fui eu que fiz o pedido. Quero que apaguem a minha conta=
 e todos os meus dados, incluindo o cart=C3=A3o de cliente e o hist=C3=B3ri=
co de encomendas.

Obrigado,
Pedro Almeida

No dia seg., 26/10/2026 =C3=A0s 09:02, Shop Example BV - Privacy <privacy@s=
hop.example.be> escreveu:

> Dear Mr Almeida,
>
> We received a request to erase the customer account linked to this e-mai=
l
> address. To protect you against fraud, please confirm that you sent this
> request by replying to this e-mail or by clicking the link below within
> 14 days:
>
> https://privacy.shop.example.be/verify?ref=3DPR-2026-04688&t=3Dc42e7d
>
> If you did not send this request, you can ignore this message and nothin=
g
> will be deleted.
>
> Kind regards,
> Privacy team
> Shop Example BV
>
'''),

    # ------------------------------------------------------------------ pl
    ('pl', 'onet-autoresponder-b-encoded-subject', 'automated', (),
'''Return-Path: <kasia.nowak88@onet.pl>
Received: from mx-out.onet.pl (mx-out.onet.pl [213.180.149.148])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7zf73wVJz1C6
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:40:12 +0100 (CET)
Received: from ocsv-web-4 (unknown [10.175.9.214])
	by smtp.poczta.onet.pl (Onet) with ESMTPA id 4R7zf66Bg0z1pKq
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:40:11 +0100 (CET)
From: Katarzyna Nowak <kasia.nowak88@onet.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?B?QXV0b29kcG93aWVkxbo6?= Please confirm your request -
 reference PR-2026-04872
Date: Wed, 04 Nov 2026 15:40:11 +0100
Message-ID: <autoreply-4R7zf66Bg0z1pKq@onet.pl>
In-Reply-To: <PR-2026-04872.20261104153958.0c6a@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
X-Onet-Autoreply: yes

Dzie=C5=84 dobry,

dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Do 13 listopada przebywam na ur=
lopie i nie mam dost=C4=99pu do poczty. W pilnych sprawach prosz=C4=99 dzwo=
ni=C4=87 do biura: 22 555 18 40.

Odpowiem po powrocie.

Pozdrawiam
Katarzyna Nowak
'''),

    ('pl', 'm365-ndr-mailbox-full-pl', 'automated', (),
'''Return-Path: <>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2118.outbound.protection.outlook.com [40.107.21.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8C9s2dTwz1C4
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 16:40:09 +0100 (CET)
MIME-Version: 1.0
From: Microsoft Outlook <postmaster@wisniewskitransport.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Thu, 5 Nov 2026 15:40:08 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="1d7c3e9a-6b20-4f85-a3d1-9e0f2b7c5a46"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pl-PL
Message-ID: <c81e5f2a-3b7d-4c09-9f64-0a2d1e8b7c35@AM9PR03MB7210.eurprd03.prod.outlook.com>
In-Reply-To: <PR-2026-04976.20261105164003.8d19@privacy.shop.example.be>
References: <PR-2026-04976.20261105164003.8d19@privacy.shop.example.be>
Subject: Niedostarczalne: Please confirm your request - reference PR-2026-04976
Auto-Submitted: auto-replied

--1d7c3e9a-6b20-4f85-a3d1-9e0f2b7c5a46
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dostarczenie do nast=C4=99puj=C4=85cych adresat=C3=B3w lub grup nie powiod=
=C5=82o si=C4=99:

tomasz.wisniewski@wisniewski-transport.pl
Skrzynka pocztowa adresata jest pe=C5=82na i nie mo=C5=BCe teraz przyjmowa=
=C4=87 wiadomo=C5=9Bci. Spr=C3=B3buj ponownie wys=C5=82a=C4=87 wiadomo=C5=
=9B=C4=87 p=C3=B3=C5=BAniej lub skontaktuj si=C4=99 bezpo=C5=9Brednio z adr=
esatem.






Informacje diagnostyczne dla administrator=C3=B3w:

Serwer generuj=C4=85cy: AM9PR03MB7210.eurprd03.prod.outlook.com

tomasz.wisniewski@wisniewski-transport.pl
Serwer zdalny zwr=C3=B3ci=C5=82 b=C5=82=C4=85d '554 5.2.2 mailbox full; STO=
REDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExc=
eeded'

--1d7c3e9a-6b20-4f85-a3d1-9e0f2b7c5a46
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR03MB7210.eurprd03.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Thu, 5 Nov 2026 15:40:05 +0000

Final-Recipient: rfc822;tomasz.wisniewski@wisniewski-transport.pl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--1d7c3e9a-6b20-4f85-a3d1-9e0f2b7c5a46
Content-Type: text/rfc822-headers

Received: from mx1.shop.example.be (198.51.100.25) by
 AM3PEPF0000A78D.mail.protection.outlook.com (10.167.16.117) with Microsoft SMTP
 Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8137.18 via
 Frontend Transport; Thu, 5 Nov 2026 15:40:05 +0000
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: tomasz.wisniewski@wisniewski-transport.pl
Subject: Please confirm your request - reference PR-2026-04976
Date: Thu, 05 Nov 2026 16:40:03 +0100
Message-ID: <PR-2026-04976.20261105164003.8d19@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--1d7c3e9a-6b20-4f85-a3d1-9e0f2b7c5a46--
'''),

    ('pl', 'mailbox-not-monitored-with-rodo-clause', 'automated', (),
'''Return-Path: <handlowy@ecodom-instalacje.pl>
Received: from mail.ecodom-instalacje.pl (mail.ecodom-instalacje.pl [91.227.4.150])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8DfS4JmCz1C6
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 11:05:33 +0100 (CET)
From: Dział Handlowy Ecodom <handlowy@ecodom-instalacje.pl>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatyczna_odpowied=C5=BA=3A?= Please confirm your request -
 reference PR-2026-05006
Thread-Topic: Please confirm your request - reference PR-2026-05006
Date: Fri, 6 Nov 2026 11:05:31 +0100
Message-ID: <3b9f1c7e2d4a4e08b6f5a1c0d9e8f7a6@SRV-EXCH.ecodom.local>
In-Reply-To: <PR-2026-05006.20261106110519.3e2d@privacy.shop.example.be>
References: <PR-2026-05006.20261106110519.3e2d@privacy.shop.example.be>
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Szanowni Państwo,

informujemy, że ta skrzynka pocztowa nie jest już obsługiwana. Wiadomości wysłane na ten adres nie są czytane ani przekazywane dalej.

W sprawach handlowych prosimy o kontakt pod adresem biuro@ecodom-instalacje.pl lub pod numerem 61 555 27 90.

Klauzula informacyjna RODO:
Administratorem Pani/Pana danych osobowych jest Ecodom Instalacje Sp. z o.o. z siedzibą w Poznaniu, ul. Głogowska 112, 60-243 Poznań. Dane osobowe zawarte w korespondencji przetwarzamy w celu jej obsługi, na podstawie art. 6 ust. 1 lit. f RODO. Przysługuje Pani/Panu prawo dostępu do danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania, prawo wniesienia sprzeciwu oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Wiadomości przychodzące na ten adres są automatycznie usuwane po 30 dniach.

Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.
'''),

    ('pl', 'person-forwards-newsletter-after-unsubscribe', 'complaint', ('withdraw_consent',),
'''Return-Path: <m.zielinski@interia.pl>
Received: from smtpo.poczta.interia.pl (smtpo.poczta.interia.pl [217.74.65.207])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R9MFj5bq1z1C8
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 20:48:55 +0100 (CET)
Date: Mon, 09 Nov 2026 20:48:51 +0100
From: =?UTF-8?Q?Micha=C5=82_Zieli=C5=84ski?= <m.zielinski@interia.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?PD=3A_Only_until_Sunday=3A_-30=25_on_all_electronics?=
Message-ID: <ohp.1793994531.bfbc0e51@interia.pl>
In-Reply-To: <NL-2026-11-09-EL.73c0b1aa@news.shop.example.be>
X-Mailer: interia.pl/pf09
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dzień dobry,

wypisałem się z Waszego newslettera 12 października (kliknąłem link na dole maila i dostałem nawet potwierdzenie), a od tamtej pory przyszły jeszcze cztery takie maile, ostatni poniżej. To jest ignorowanie mojej rezygnacji.

Proszę wreszcie przestać wysyłać mi reklamy, na e-mail i SMS-em, i wyjaśnić, dlaczego moje wypisanie się nie zadziałało.

Michał Zieliński

-------- Oryginalna wiadomość --------
Od: Shop Example <newsletter@news.shop.example.be>
Do: m.zielinski@interia.pl
Data: 9 listopada 2026 07:30
Temat: Only until Sunday: -30% on all electronics

ONLY UNTIL SUNDAY
-30% on all electronics: headphones, speakers, smartwatches and more.
Free delivery from EUR 50.

Shop now: https://www.shop.example.be/electronics?utm_source=newsletter&utm_campaign=el30

You are receiving this e-mail because you subscribed to the Shop Example newsletter.
Unsubscribe: https://news.shop.example.be/u/73c0b1aa
Privacy policy: https://www.shop.example.be/privacy
'''),

    # ------------------------------------------------------------------ cs
    ('cs', 'seznam-automaticka-odpoved', 'automated', (),
'''Return-Path: <petr.novak@seznam.cz>
Received: from mxf1.seznam.cz (mxf1.seznam.cz [77.75.78.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7zj90QtNz1C2
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 16:02:46 +0100 (CET)
Received: from email.seznam.cz
	by email-smtpc10b.ng.seznam.cz (email-smtpc10b.ng.seznam.cz [10.23.18.91])
	id 2b7e3a1f5d0c8e4a9b6f7d12;
	Wed, 04 Nov 2026 16:02:44 +0100 (CET)
From: =?utf-8?q?Petr_Nov=C3=A1k?= <petr.novak@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?UTF-8?Q?Automatick=C3=A1_odpov=C4=9B=C4=8F=3A?= Please confirm your request -
 reference PR-2026-04944
Date: Wed, 04 Nov 2026 16:02:44 +0100 (CET)
Message-Id: <2b7e3a1f5d0c8e4a9b6f7d12.autoreply@email.seznam.cz>
In-Reply-To: <PR-2026-04944.20261104160231.71c5@privacy.shop.example.be>
Mime-Version: 1.0 (Seznam.cz Email)
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied

Dobrý den,

děkuji za Váš e-mail. Do 12. 11. jsem na dovolené s omezeným přístupem k internetu. Odpovím hned po návratu.

S pozdravem
Petr Novák
'''),

    ('cs', 'thunderbird-filter-template-vacation-no-auto-headers', 'automated', (),
'''Return-Path: <dvorakova@projekce-dvorak.cz>
Received: from smtp.projekce-dvorak.cz (smtp.projekce-dvorak.cz [109.123.211.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R895K6tYHz1C7
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 07:58:20 +0100 (CET)
Message-ID: <a3f0c6d1-8e2b-4b7a-9c45-1f6e0d2b8a73@projekce-dvorak.cz>
Date: Thu, 5 Nov 2026 07:58:18 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?UTF-8?Q?Ing=2E_Jana_Dvo=C5=99=C3=A1kov=C3=A1?= <dvorakova@projekce-dvorak.cz>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Re: Please confirm your request - reference PR-2026-04946
In-Reply-To: <PR-2026-04946.20261104173005.b8f2@privacy.shop.example.be>
References: <PR-2026-04946.20261104173005.b8f2@privacy.shop.example.be>
Content-Language: cs
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dobrý den,

děkuji za Vaši zprávu. Od 2. 11. do 13. 11. 2026 čerpám dovolenou a 
e-maily průběžně nečtu. V naléhavých případech prosím volejte kancelář 
na +420 541 555 310 nebo pište na info@projekce-dvorak.cz.

S pozdravem

Ing. Jana Dvořáková
Projekce Dvořák s.r.o.
Údolní 48, 602 00 Brno

(Toto je automaticky odeslaná odpověď.)
'''),

    ('cs', 'exchange-delay-dsn-cs', 'automated', (),
'''Return-Path: <>
Received: from mail.strojirna-kucera.cz (mail.strojirna-kucera.cz [46.28.105.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8CkT0pLdz1C9
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 17:45:12 +0100 (CET)
Received: from MAIL01.strojirna-kucera.local (10.10.1.5) by
 MAIL01.strojirna-kucera.local (10.10.1.5) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.2.1544.14; Thu, 5 Nov 2026 17:45:11 +0100
MIME-Version: 1.0
From: <postmaster@strojirna-kucera.cz>
To: <privacy@shop.example.be>
Date: Thu, 5 Nov 2026 17:45:11 +0100
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7e2a9c41-0b3d-4f68-9a15-c3d8e1f2b074"
Content-Language: cs-CZ
Message-ID: <d4e7a1b2-9c3f-4e60-8a2d-5b1f0c7e9d36@MAIL01.strojirna-kucera.local>
In-Reply-To: <PR-2026-04958.20261105134402.6f0e@privacy.shop.example.be>
References: <PR-2026-04958.20261105134402.6f0e@privacy.shop.example.be>
Subject: =?utf-8?Q?Doru=C4=8Den=C3=AD_se_zpo=C5=BE=C4=8Fuje=3A?= Please confirm your
 request - reference PR-2026-04958
Auto-Submitted: auto-replied

--7e2a9c41-0b3d-4f68-9a15-c3d8e1f2b074
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Doru=C4=8Den=C3=AD t=C3=A9to zpr=C3=A1vy se zpo=C5=BE=C4=8Fuje.

P=C5=99=C3=ADjemci:
martin.kucera@strojirna-kucera.cz

P=C5=99edm=C4=9Bt: Please confirm your request - reference PR-2026-04958

Server se bude i nad=C3=A1le pokou=C5=A1et zpr=C3=A1vu doru=C4=8Dit po dob=
u 47 hodin. Pokud zpr=C3=A1vu ani v t=C3=A9to dob=C4=9B nebude mo=C5=BEn=C3=
=A9 doru=C4=8Dit, obdr=C5=BE=C3=ADte ozn=C3=A1men=C3=AD. Tuto zpr=C3=A1vu n=
en=C3=AD t=C5=99eba znovu odes=C3=ADlat.

Diagnostick=C3=A9 informace pro spr=C3=A1vce:

Generuj=C3=ADc=C3=AD server: MAIL01.strojirna-kucera.local

Posledn=C3=AD chyba: 451 4.4.0 Primary target IP address responded with: "=
421 4.4.2 Connection dropped due to SocketError." Attempted failover to alt=
ernate host, but that did not succeed.

--7e2a9c41-0b3d-4f68-9a15-c3d8e1f2b074
Content-Type: message/delivery-status

Reporting-MTA: dns;MAIL01.strojirna-kucera.local
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Thu, 5 Nov 2026 12:44:05 +0000

Final-Recipient: rfc822;martin.kucera@strojirna-kucera.cz
Action: delayed
Status: 4.4.0
Diagnostic-Code: smtp;451 4.4.0 Primary target IP address responded with:
 "421 4.4.2 Connection dropped due to SocketError."
Will-Retry-Until: Sat, 7 Nov 2026 12:44:05 +0000

--7e2a9c41-0b3d-4f68-9a15-c3d8e1f2b074
Content-Type: text/rfc822-headers

Received: from mx1.shop.example.be (198.51.100.25) by
 MAIL01.strojirna-kucera.local (10.10.1.5) with Microsoft SMTP Server id
 15.2.1544.14; Thu, 5 Nov 2026 13:44:05 +0100
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: martin.kucera@strojirna-kucera.cz
Subject: Please confirm your request - reference PR-2026-04958
Date: Thu, 05 Nov 2026 13:44:02 +0100
Message-ID: <PR-2026-04958.20261105134402.6f0e@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--7e2a9c41-0b3d-4f68-9a15-c3d8e1f2b074--
'''),

    ('cs', 'person-replies-to-auto-ack-objects-sharing', 'objection', (),
'''Return-Path: <lukas.prochazka@email.cz>
Received: from mxf2.seznam.cz (mxf2.seznam.cz [77.75.78.42])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7wGv3cY2z1C5
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 18:37:21 +0100 (CET)
MIME-Version: 1.0
To: "Shop Example BV - Privacy" <privacy@shop.example.be>
From: =?utf-8?Q?Luk=C3=A1=C5=A1_Proch=C3=A1zka?= <lukas.prochazka@email.cz>
Subject: RE: Your request has been received - reference PR-2026-04812
Date: Mon, 2 Nov 2026 18:37:14 +0100
Message-ID: <6a2b71c0.1c69fb81.3e2d4.9f07@mx.google.com>
In-Reply-To: <PR-2026-04812.20261102091402.2d6b@privacy.shop.example.be>
References: <PR-2026-04812.20261102091402.2d6b@privacy.shop.example.be>
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dobrý den,

dostal jsem od Vás tuhle automatickou odpověď, ale asi jsem se v prvním mailu špatně vyjádřil. Nechci rušit účet ani nic mazat. Jen nesouhlasím s tím, abyste moje údaje (jméno, e-mail, co u Vás nakupuji) předávali partnerům a reklamním sítím a dělali si z nich můj profil pro cílenou reklamu. Účet i věrnostní kartu si chci nechat.

Díky
Lukáš Procházka

Odesláno z Pošty pro Windows

Od: Shop Example BV - Privacy
Odesláno: pondělí 2. listopadu 2026 9:14
Komu: lukas.prochazka@email.cz
Předmět: Your request has been received - reference PR-2026-04812

Dear customer,

We have received your request. Your reference is PR-2026-04812. We will answer it within one month of receipt.

Privacy team
Shop Example BV

This message was sent automatically.
'''),

    # ------------------------------------------------------------------ hr
    ('hr', 'zimbra-vacation-hr-en', 'automated', (),
'''Return-Path: <ivana.horvat@tehnoplast.hr>
Received: from mail.tehnoplast.hr (mail.tehnoplast.hr [89.201.160.37])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8BBq5hN1z1C3
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 13:20:43 +0100 (CET)
Date: Thu, 5 Nov 2026 13:20:41 +0100 (CET)
From: Ivana Horvat <ivana.horvat@tehnoplast.hr>
To: privacy@shop.example.be
Message-ID: <1172934856.28811.1793881241207.JavaMail.zimbra@tehnoplast.hr>
In-Reply-To: <PR-2026-04963.20261105132029.9a3c@privacy.shop.example.be>
References: <PR-2026-04963.20261105132029.9a3c@privacy.shop.example.be>
Subject: Re: Please confirm your request - reference PR-2026-04963
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4628

Poštovani,

od 2. do 13. studenoga 2026. nalazim se na godišnjem odmoru. Za hitne upite molim obratite se kolegi Marku Babiću (marko.babic@tehnoplast.hr, 01 555 3180).

Lijep pozdrav,
Ivana Horvat

---

Dear Sir or Madam,

I am on annual leave from 2 to 13 November 2026. For urgent matters please contact my colleague Marko Babić (marko.babic@tehnoplast.hr, +385 1 555 3180).

Kind regards,
Ivana Horvat
'''),

    ('hr', 'znuny-ticket-zaprimljen-upit', 'automated', (),
'''Return-Path: <servis@klimatizacija-juric.hr>
Received: from helpdesk.klimatizacija-juric.hr (helpdesk.klimatizacija-juric.hr [78.134.201.66])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8BWd1vKsz1C6
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:10:08 +0100 (CET)
From: "Servis Klimatizacija Jurić" <servis@klimatizacija-juric.hr>
To: privacy@shop.example.be
Subject: [Ticket#2026110510000084] Zaprimljen upit: Please confirm your request - reference PR-2026-04971
Date: Thu, 05 Nov 2026 14:10:07 +0100
Message-ID: <1793884207.604117.918273645@helpdesk.klimatizacija-juric.hr>
In-Reply-To: <PR-2026-04971.20261105140951.0e84@privacy.shop.example.be>
References: <PR-2026-04971.20261105140951.0e84@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Znuny Mail Service (6.5.11)
X-Powered-By: Znuny (https://www.znuny.org/)
X-Loop: yes
Precedence: bulk
Auto-Submitted: auto-replied

Poštovani,

zaprimili smo Vaš upit i dodijelili mu broj 2026110510000084. Naš djelatnik javit će Vam se u najkraćem mogućem roku, a najkasnije u roku od dva radna dana.

Molimo da u daljnjoj komunikaciji ne mijenjate predmet poruke kako bi se Vaš odgovor ispravno povezao s upitom.

S poštovanjem,
Servisna služba
Klimatizacija Jurić d.o.o.
'''),

    ('hr', 'left-company-notice-with-gdpr-text-hr', 'automated', (),
'''Return-Path: <ana.kovac@dalmacijavino.hr>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2109.outbound.protection.outlook.com [40.107.13.109])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8Dn03aTgz1C4
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 11:40:22 +0100 (CET)
From: Ana Kovac <ana.kovac@dalmacijavino.hr>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Automatski odgovor: Please confirm your request - reference PR-2026-04989
Thread-Topic: Please confirm your request - reference PR-2026-04989
Thread-Index: AQHbT4d2fR0pY7nK1cW5qB8xT3mJvA==
Date: Fri, 6 Nov 2026 10:40:20 +0000
Message-ID: <VI1PR02MB6108A1B2C3D4E5F60718293A4B5C6@VI1PR02MB6108.eurprd02.prod.outlook.com>
In-Reply-To: <PR-2026-04989.20261106114009.b27d@privacy.shop.example.be>
References: <PR-2026-04989.20261106114009.b27d@privacy.shop.example.be>
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Po=C5=A1tovani,

adresa ana.kovac@dalmacijavino.hr vi=C5=A1e nije aktivna jer djelatnica vi=
=C5=A1e ne radi u tvrtki Dalmacija Vino d.o.o. Va=C5=A1a poruka nije pro=C4=
=8Ditana niti proslije=C4=91ena i bit =C4=87e automatski izbrisana.

Za sve upite obratite se na info@dalmacijavino.hr ili na broj 021 555 640.

Obavijest o za=C5=A1titi osobnih podataka: Dalmacija Vino d.o.o. obra=C4=91=
uje osobne podatke u skladu s Op=C4=87om uredbom o za=C5=A1titi podataka (=
GDPR). Vi=C5=A1e informacija o obradi Va=C5=A1ih osobnih podataka te o Va=
=C5=A1im pravima na pristup, ispravak, brisanje i prigovor mo=C5=BEete pro=
na=C4=87i na https://www.dalmacijavino.hr/privatnost ili se obratiti na=C5=
=A1em slu=C5=BEbeniku za za=C5=A1titu podataka na szop@dalmacijavino.hr.

S po=C5=A1tovanjem,
Dalmacija Vino d.o.o.
'''),

    ('hr', 'person-confirms-wants-csv-json-export', 'portability', (),
'''Return-Path: <davor.peric@gmail.com>
Received: from mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8F9x1RcHz1C2
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 17:02:51 +0100 (CET)
Received: by mail-wm1-f47.google.com with SMTP id 5b1f17b1804b1-43e1f8c2a6bso19920395e9.1
        for <privacy@shop.example.be>; Fri, 06 Nov 2026 08:02:50 -0800 (PST)
From: =?utf-8?Q?Davor_Peri=C4=87?= <davor.peric@gmail.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0 (1.0)
Subject: Re: Please confirm your request - reference PR-2026-04980
Date: Fri, 6 Nov 2026 17:02:44 +0100
Message-Id: <E7A2C5F1-3D9B-4F06-8B1E-0C4A6D2F9E57@gmail.com>
References: <PR-2026-04980.20261106091204.5e9a@privacy.shop.example.be>
In-Reply-To: <PR-2026-04980.20261106091204.5e9a@privacy.shop.example.be>
To: Shop Example BV - Privacy <privacy@shop.example.be>
X-Mailer: iPhone Mail (22B83)

Poštovani,

potvrđujem, ja sam poslao zahtjev.

Samo da pojasnim što točno trebam: ne treba mi ispis ni PDF, nego datoteka u strojno čitljivom obliku (CSV ili JSON) s mojim podacima, poviješću kupnji i bodovima s kartice vjernosti, jer prelazim kod drugog trgovca i želim to ponijeti sa sobom. Ako je moguće, pošaljite je izravno njima na uvoz.podataka@novitrgovac.hr, a meni kopiju.

Lijep pozdrav,
Davor Perić

Poslano s mog iPhonea

> Dana 6. stu 2026., u 09:12, Shop Example BV - Privacy <privacy@shop.example.be> je napisao/la:
> 
> Dear Mr Perić,
> 
> We received a request concerning the personal data linked to this e-mail address. To protect you against fraud, please confirm that you sent this request by replying to this e-mail or by clicking the link below within 14 days:
> 
> https://privacy.shop.example.be/verify?ref=PR-2026-04980&t=a07f3e
> 
> If you did not send a request, you can ignore this message.
> 
> Kind regards,
> Privacy team
> Shop Example BV
'''),

    # ------------------------------------------------------------------ sv
    ('sv', 'outlook-parental-leave-sv-en', 'automated', (),
'''Return-Path: <emma.karlsson@nordvik-inredning.se>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2121.outbound.protection.outlook.com [40.107.247.121])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8CFh2YwQz1C5
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 16:52:30 +0100 (CET)
From: Emma Karlsson <emma.karlsson@nordvik-inredning.se>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Automatiskt svar: Please confirm your request - reference PR-2026-04985
Thread-Topic: Please confirm your request - reference PR-2026-04985
Thread-Index: AQHbTz9hK2vW0pR7mYc3sD1eLx5nTg==
Date: Thu, 5 Nov 2026 15:52:28 +0000
Message-ID: <GV1PR07MB9120C3D2E1F0A9B8C7D6E5F4A3B2C@GV1PR07MB9120.eurprd07.prod.outlook.com>
In-Reply-To: <PR-2026-04985.20261105165216.c3a0@privacy.shop.example.be>
References: <PR-2026-04985.20261105165216.c3a0@privacy.shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: emma.karlsson@nordvik-inredning.se
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hej,

Jag =C3=A4r f=C3=B6r=C3=A4ldraledig till och med den 31 januari 2027 och l=
=C3=A4ser inte min e-post. Ditt mejl vidarebefordras inte.

Kontakta g=C3=A4rna kundtjanst@nordvik-inredning.se eller min kollega Johan=
 Lindqvist, johan.lindqvist@nordvik-inredning.se, 08-555 120 47.

V=C3=A4nliga h=C3=A4lsningar
Emma Karlsson

--

Hi,

I am on parental leave until 31 January 2027 and will not be reading my e-=
mail. Your message will not be forwarded. Please contact kundtjanst@nordvik=
-inredning.se or my colleague Johan Lindqvist, johan.lindqvist@nordvik-inre=
dning.se.

Best regards,
Emma Karlsson
'''),

    ('sv', 'outlook-read-receipt-last', 'automated', (),
'''Return-Path: <erik.andersson@bredband.net>
Received: from ste-pvt-msa1.bahnhof.se (ste-pvt-msa1.bahnhof.se [213.80.101.70])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7zXv4GqSz1C8
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 13:48:12 +0100 (CET)
From: "Erik Andersson" <erik.andersson@bredband.net>
To: "Shop Example BV - Privacy" <privacy@shop.example.be>
Subject: =?utf-8?Q?L=C3=A4st=3A?= Your request has been received - reference PR-2026-04820
Date: Wed, 4 Nov 2026 13:48:09 +0100
Message-ID: <002b01dd4cd7$5a93e1c0$0fbba540$@bredband.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_002C_01DD4CDF.BC5849C0"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdtM11qCbWz2yT0hQ0K5m3lYp8rE4A==
Content-Language: sv

Detta är ett flerdelat meddelande i MIME-format.

------=_NextPart_000_002C_01DD4CDF.BC5849C0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ditt meddelande

  Till: Andersson, Erik
  =C3=84mne: Your request has been received - reference PR-2026-04820
  Skickat: den 4 november 2026 10:05:21 (UTC+01:00) Amsterdam, Berlin, Bern=
, Rom, Stockholm, Wien

l=C3=A4stes den 4 november 2026 13:48:09 (UTC+01:00) Amsterdam, Berlin, Ber=
n, Rom, Stockholm, Wien.

------=_NextPart_000_002C_01DD4CDF.BC5849C0
Content-Type: message/disposition-notification

Reporting-UA: ERIK-LAPTOP; Microsoft Outlook 16.0
Final-Recipient: rfc822;erik.andersson@bredband.net
Original-Message-ID: <PR-2026-04820.20261104100521.8a4f@privacy.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_002C_01DD4CDF.BC5849C0--
'''),

    ('sv', 'person-replies-to-auto-ack-asks-about-parcel', 'other', (),
'''Return-Path: <karin.berg@telia.com>
Received: from smtp-out21.telia.com (smtp-out21.telia.com [195.67.199.150])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8019bWf7z1C3
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 19:31:08 +0100 (CET)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Karin Berg <karin.berg@telia.com>
Mime-Version: 1.0 (1.0)
Subject: Sv: Your request has been received - reference PR-2026-04999
Date: Wed, 4 Nov 2026 19:31:02 +0100
Message-Id: <3F9A0C2E-61B7-4D58-A4E3-7C2B9D1F08A6@telia.com>
References: <PR-2026-04999.20261104162211.e07a@privacy.shop.example.be>
In-Reply-To: <PR-2026-04999.20261104162211.e07a@privacy.shop.example.be>
To: Shop Example BV - Privacy <privacy@shop.example.be>
X-Mailer: iPhone Mail (22B83)

Hej!

Jag tror det blivit ett missf=C3=B6rst=C3=A5nd, det h=C3=A4r =C3=A4r inget G=
DPR-=C3=A4rende. Jag skrev nog till fel adress. Jag vill bara veta var mitt =
paket =C3=A4r: order 2026-119874, best=C3=A4lld 27 oktober. Sp=C3=A5rningen=
 har st=C3=A5tt p=C3=A5 =E2=80=9DUnder transport=E2=80=9D i =C3=B6ver en ve=
cka.

Kan ni skicka vidare till kundtj=C3=A4nst?

Mvh
Karin Berg

Skickat fr=C3=A5n min iPhone

> 4 nov. 2026 kl. 16:22 skrev Shop Example BV - Privacy <privacy@shop.examp=
le.be>:
>=20
> =EF=BB=BFDear customer,
>=20
> We have received your request. Your reference is PR-2026-04999. We will a=
nswer it within one month of receipt.
>=20
> Privacy team
> Shop Example BV
>=20
> This message was sent automatically.
'''),

    # ------------------------------------------------------------------ ro
    ('ro', 'yahoo-vacation-response-ro', 'automated', (),
'''Return-Path: <andreea_popescu85@yahoo.com>
Received: from sonic310-21.consmr.mail.ir2.yahoo.com (sonic310-21.consmr.mail.ir2.yahoo.com [77.238.177.147])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8BqF0XkTz1C7
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:55:19 +0100 (CET)
Date: Thu, 5 Nov 2026 13:55:17 +0000 (UTC)
From: Andreea Popescu <andreea_popescu85@yahoo.com>
To: privacy@shop.example.be
Message-ID: <1523849071.2871945.1793886917233@mail.yahoo.com>
In-Reply-To: <PR-2026-05002.20261105145503.d9b6@privacy.shop.example.be>
Subject: =?UTF-8?Q?R=C4=83spuns_automat=3A?= Please confirm your request -
 reference PR-2026-05002
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
X-Mailer: WebService/1.1.22806 YMailNorrin

Bun=C4=83 ziua,

Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 16 noiembrie =C8=99i nu =C3=AEmi ve=
rific e-mailul. V=C4=83 voi r=C4=83spunde dup=C4=83 ce revin.

Mul=C8=9Bumesc,
Andreea Popescu
'''),

    ('ro', 'auto-forward-notice-with-gdpr-text-ro', 'automated', (),
'''Return-Path: <radu.ionescu@avocat-ionescu.ro>
Received: from mail.avocat-ionescu.ro (mail.avocat-ionescu.ro [86.105.212.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8DsM6wBfz1C9
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 12:14:37 +0100 (CET)
Date: Fri, 6 Nov 2026 13:14:35 +0200
From: Radu Ionescu <radu.ionescu@avocat-ionescu.ro>
To: privacy@shop.example.be
Message-ID: <autofwd.1793966075.4412@mail.avocat-ionescu.ro>
In-Reply-To: <PR-2026-05010.20261106121421.4c17@privacy.shop.example.be>
References: <PR-2026-05010.20261106121421.4c17@privacy.shop.example.be>
Subject: =?UTF-8?Q?Redirec=C8=9Bionare_automat=C4=83=3A?= Please confirm your
 request - reference PR-2026-05010
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
Precedence: bulk
X-Autoreply: yes

Stimate expeditor,

Vă mulțumim pentru mesaj. Adresa radu.ionescu@avocat-ionescu.ro nu mai este monitorizată. Mesajul dumneavoastră a fost redirecționat automat către office@avocat-ionescu.ro și va fi preluat de un coleg în cel mai scurt timp.

Informare privind protecția datelor: prelucrăm datele cu caracter personal conținute în corespondență în conformitate cu Regulamentul (UE) 2016/679 (GDPR), exclusiv în scopul soluționării solicitării dumneavoastră. Aveți dreptul de acces, rectificare, ștergere, restricționare a prelucrării și opoziție; ne puteți contacta la dpo@avocat-ionescu.ro.

Acesta este un mesaj generat automat. Vă rugăm să nu răspundeți.

Cabinet de Avocat Radu Ionescu
Str. Doamnei 17, Sector 3, București
'''),

    ('ro', 'person-forwards-loyalty-statement-asks-deletion', 'deletion', (),
'''Return-Path: <mihai.dumitrescu@gmail.com>
Received: from mail-lf1-f49.google.com (mail-lf1-f49.google.com [209.85.167.49])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7w0Hx2bPz1C6
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:26:14 +0100 (CET)
Received: by mail-lf1-f49.google.com with SMTP id 2adb3069b0e04-53f1a6c2b7dso4412087e87.0
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 01:26:13 -0800 (PST)
MIME-Version: 1.0
References: <LOY-2026-10.6001337804120@loyalty.shop.example.be>
In-Reply-To: <LOY-2026-10.6001337804120@loyalty.shop.example.be>
From: Mihai Dumitrescu <mihai.dumitrescu@gmail.com>
Date: Mon, 2 Nov 2026 11:25:58 +0200
Message-ID: <CAJ8uQ4vR2nT0xW6-kL1pF9bZ3mYc5sH7dE0gA4oU2iN8tV6qXw@mail.gmail.com>
Subject: Fwd: Your loyalty points statement - October 2026
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

V=C4=83 rog s=C4=83 =C3=AEmi =C8=99terge=C8=9Bi contul =C8=99i cardul de f=
idelitate, =C3=AEmpreun=C4=83 cu toate datele mele. Nu mai locuiesc =C3=AEn=
 Belgia =C8=99i nu mai cump=C4=83r de la voi, deci nu mai are rost s=C4=83 =
primesc nici extrasele astea lunare.

Mul=C8=9Bumesc,
Mihai Dumitrescu

---------- Mesaj redirec=C8=9Bionat ---------
De la: Shop Example <loyalty@shop.example.be>
Date: dum., 1 nov. 2026 la 10:00
Subject: Your loyalty points statement - October 2026
To: <mihai.dumitrescu@gmail.com>


Hello Mihai,

Here is your Shop Example loyalty statement for October 2026.

Card number: 6001 3378 0412
Points balance on 31/10/2026: 1,240 points
Points earned in October: 0
Points expiring on 31/12/2026: 310

Use your points in store or online: every 500 points give you EUR 5 off.

This is an automatic message, please do not reply.
Manage your e-mail preferences: https://www.shop.example.be/account/prefer=
ences
'''),

    # ------------------------------------------------------------------ el
    ('el', 'zoho-out-of-office-el-en', 'automated', (),
'''Return-Path: <n.papadopoulos@aegeanfoods.gr>
Received: from sender4-op-o12.zoho.eu (sender4-op-o12.zoho.eu [136.143.169.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8Bvc1HqWz1C2
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:21:40 +0100 (CET)
Date: Thu, 05 Nov 2026 15:21:38 +0200
From: Nikos Papadopoulos <n.papadopoulos@aegeanfoods.gr>
To: "privacy" <privacy@shop.example.be>
Message-Id: <19a5c3e7f21.b4d02f7a118293.4820617394028156731@aegeanfoods.gr>
In-Reply-To: <PR-2026-04967.20261105142122.a81b@privacy.shop.example.be>
Subject: =?UTF-8?Q?=CE=91=CF=85=CF=84=CF=8C=CE=BC=CE=B1=CF=84=CE=B7?=
 =?UTF-8?Q?_=CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7=3A?= Please
 confirm your request - reference PR-2026-04967
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
X-Mailer: Zoho Mail

Σας ευχαριστώ για το μήνυμά σας.

Θα λείπω από το γραφείο έως και την Παρασκευή 13 Νοεμβρίου, χωρίς τακτική πρόσβαση στο email. Για επείγοντα θέματα παρακαλώ επικοινωνήστε με το λογιστήριο στο 210 555 3421 ή στο info@aegeanfoods.gr.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Aegean Foods Α.Ε.

---

Thank you for your message. I am out of the office until Friday 13 November. For urgent matters please contact info@aegeanfoods.gr.
'''),

    ('el', 'helpdesk-ticket-received-el', 'automated', (),
'''Return-Path: <helpdesk@kyklostravel.gr>
Received: from mail-out-05.freshdesk.com (mail-out-05.freshdesk.com [54.76.118.205])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8F2t0YdXz1C7
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 14:48:03 +0100 (CET)
Date: Fri, 06 Nov 2026 13:48:01 +0000
From: Kyklos Travel Helpdesk <helpdesk@kyklostravel.gr>
To: privacy@shop.example.be
Message-ID: <6a2c91f3d02e7_4b1c2a9e7f3d0a1@fd-worker-09.mail>
In-Reply-To: <PR-2026-05021.20261106144745.7f3e@privacy.shop.example.be>
References: <PR-2026-05021.20261106144745.7f3e@privacy.shop.example.be>
Subject: [#20418] Please confirm your request - reference PR-2026-05021
Mime-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: Freshdesk
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated

Αγαπητέ/ή πελάτη,

Λάβαμε το αίτημά σας και του έχει αποδοθεί ο αριθμός #20418. Ένας συνεργάτης μας θα επικοινωνήσει μαζί σας το συντομότερο δυνατό, συνήθως εντός 2 εργάσιμων ημερών.

Για να προσθέσετε πληροφορίες, απαντήστε σε αυτό το μήνυμα χωρίς να αλλάξετε το θέμα.

Με εκτίμηση,
Η ομάδα εξυπηρέτησης της Kyklos Travel

Αυτό είναι ένα αυτοματοποιημένο μήνυμα.
'''),

    ('el', 'person-replies-to-newsletter-discount-code-outlook-android', 'other', (),
'''Return-Path: <eleni.georgiou@hotmail.com>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03olkn2812.outbound.protection.outlook.com [52.103.35.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R8Fbn3KxCz1C5
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 19:14:26 +0100 (CET)
From: =?utf-8?B?zpXOu86tzr3OtyDOk861z4nPgc6zzq/Ov8+F?= <eleni.georgiou@hotmail.com>
To: Shop Example <privacy@shop.example.be>
Subject: RE: Black Friday: code BLACK40 for 40% off
Thread-Topic: Black Friday: code BLACK40 for 40% off
Thread-Index: AQHbT9D0cV3sR8kPq1mXn2yW5tB7gA==
Date: Fri, 6 Nov 2026 18:14:24 +0000
Message-ID: <AS8P250MB0821D3C2B1A09F8E7D6C5B4A3F2E1@AS8P250MB0821.EURP250.PROD.OUTLOOK.COM>
References: <NL-2026-11-06-BF40.5d91e2c7@news.shop.example.be>
In-Reply-To: <NL-2026-11-06-BF40.5d91e2c7@news.shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Καλησπέρα,

ο κωδικός BLACK40 από το newsletter σας δεν γίνεται δεκτός στο καλάθι, μου βγάζει «Μη έγκυρος κωδικός». Δοκίμασα και από το κινητό και από τον υπολογιστή. Μπορείτε να με βοηθήσετε; Θέλω να παραγγείλω τη φριτέζα αέρος πριν λήξει η προσφορά.

Ευχαριστώ,
Ελένη Γεωργίου

Λήψη του Outlook για Android<https://aka.ms/AAb9ysg>
________________________________
Από: Shop Example <newsletter@news.shop.example.be>
Στάλθηκε: Παρασκευή, Νοεμβρίου 6, 2026 9:30:00 π.μ.
Προς: eleni.georgiou@hotmail.com <eleni.georgiou@hotmail.com>
Θέμα: Black Friday: code BLACK40 for 40% off

BLACK FRIDAY
Use code BLACK40 at checkout and get 40% off selected kitchen appliances.
Valid until Monday 30 November.

Shop now: https://www.shop.example.be/black-friday/kitchen

You are receiving this e-mail because you subscribed to the Shop Example newsletter.
Unsubscribe: https://news.shop.example.be/u/5d91e2c7
Privacy policy: https://www.shop.example.be/privacy
'''),

    # ------------------------------------------------------------------ bg
    ('bg', 'abv-bg-autoreply', 'automated', (),
'''Return-Path: <g.ivanov@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.99])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R7zmK2TxBz1C4
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 17:05:29 +0100 (CET)
Received: from nm61.abv.bg (nm61.ni.bg [192.168.151.157])
	by smtp-out.abv.bg (Postfix) with ESMTP id 8A2C1601F5
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 18:05:28 +0200 (EET)
Date: Wed, 4 Nov 2026 18:05:28 +0200 (EET)
From: Georgi Ivanov <g.ivanov@abv.bg>
To: privacy@shop.example.be
Message-ID: <1178204517.71562.1793808328044@nm61.abv.bg>
In-Reply-To: <PR-2026-04885.20261104170511.e2c4@privacy.shop.example.be>
Subject: =?UTF-8?Q?=D0=90=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8?=
 =?UTF-8?Q?=D1=87=D0=B5=D0=BD_=D0=BE=D1=82?= =?UTF-8?Q?=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=3A?=
 Please confirm your request - reference PR-2026-04885
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
X-Priority: 3

Здравейте,

В момента съм в отпуск до 16.11.2026 г. и нямам достъп до пощата си. Ще Ви отговоря след завръщането си.

Поздрави,
Георги Иванов
'''),

    ('bg', 'zendesk-request-received-bg', 'automated', (),
'''Return-Path: <support+id58127@technodom-bg.zendesk.com>
Received: from outbyoip8.pod27.euc1.zdsys.com (outbyoip8.pod27.euc1.zdsys.com [188.172.137.8])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R9KqT5mVdz1C3
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 10:31:54 +0100 (CET)
Date: Mon, 09 Nov 2026 09:31:52 +0000
From: TechnoDom <support@technodom.bg>
Reply-To: TechnoDom <support+id58127@technodom-bg.zendesk.com>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Message-ID: <8QW2E1RZ7Y_6a2f7b1e9c3d4_7d1c0e5b2a911_sprut@zendesk.com>
In-Reply-To: <PR-2026-05034.20261109103137.1a5d@privacy.shop.example.be>
References: <PR-2026-05034.20261109103137.1a5d@privacy.shop.example.be>
Subject: [TechnoDom] Re: Please confirm your request - reference PR-2026-05034
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6a2f7b1e9b8f2_7d1c0e5b2a91187";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 9c04e1b
X-Zendesk-Email-Id: 8QW2E1RZ7Y
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_6a2f7b1e9b8f2_7d1c0e5b2a91187
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

##- Моля, пишете над този ред -##

Вашата заявка (58127) е получена и се разглежда от нашия екип по поддръжката.

За да добавите допълнителни коментари, отговорете на този имейл.

Работно време: понеделник – петък, 9:00 – 18:00 ч.

--
TechnoDom · Обслужване на клиенти

[8QW2E1-RZ7Y]

----==_mimepart_6a2f7b1e9b8f2_7d1c0e5b2a91187
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<div style="color:#b5b5b5">##- Моля, пишете над този ред -##</div>
<p>Вашата заявка (58127) е получена и се разглежда от нашия екип по поддръжката.</p>
<p>За да добавите допълнителни коментари, отговорете на този имейл.</p>
<p>TechnoDom · Обслужване на клиенти</p>
<span style="color:#FFFFFF">[8QW2E1-RZ7Y]</span>

----==_mimepart_6a2f7b1e9b8f2_7d1c0e5b2a91187--
'''),

    ('bg', 'address-not-monitored-with-gdpr-text-bg', 'automated', (),
'''Return-Path: <p.dimitrova@balkanlogistic.bg>
Received: from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2103.outbound.protection.outlook.com [40.107.8.103])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R9Kz83fGnz1C6
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 11:02:17 +0100 (CET)
From: Petya Dimitrova <p.dimitrova@balkanlogistic.bg>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: =?UTF-8?Q?=D0=90=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=D0=B8?=
 =?UTF-8?Q?=D1=87=D0=B5=D0=BD_=D0=BE=D1=82?= =?UTF-8?Q?=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=3A?=
 Please confirm your request - reference PR-2026-05040
Thread-Topic: Please confirm your request - reference PR-2026-05040
Thread-Index: AQHbUQr5mK0dT3yX8pNcV1qR6sW2eA==
Date: Mon, 9 Nov 2026 10:02:15 +0000
Message-ID: <AM7PR01MB6692B1C2D3E4F5A6B7C8D9E0F1A2B@AM7PR01MB6692.eurprd01.prod.outlook.com>
In-Reply-To: <PR-2026-05040.20261109110203.3b8e@privacy.shop.example.be>
References: <PR-2026-05040.20261109110203.3b8e@privacy.shop.example.be>
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Уважаеми подател,

Този адрес вече не се следи, тъй като служителката е напуснала „Балкан Логистик“ ЕООД. Съобщението Ви няма да бъде прочетено или препратено и ще бъде изтрито автоматично.

Моля, пишете на office@balkanlogistic.bg или се обадете на 02 955 41 20.

Защита на личните данни: „Балкан Логистик“ ЕООД обработва личните Ви данни съгласно Регламент (ЕС) 2016/679 (GDPR) и Закона за защита на личните данни. Имате право на достъп, коригиране, изтриване, ограничаване на обработването и възражение. Повече информация: https://balkanlogistic.bg/privacy. Длъжностно лице по защита на данните: dpo@balkanlogistic.bg.

„Балкан Логистик“ ЕООД
гр. София, бул. „Ботевградско шосе“ 247
'''),

    ('bg', 'person-sms-gateway-stop-reply', 'withdraw_consent', (),
'''Return-Path: <bounce@gw.mobilink-sms.eu>
Received: from gw.mobilink-sms.eu (gw.mobilink-sms.eu [185.93.41.17])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4R9NBq0cWrz1C2
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 17:44:06 +0100 (CET)
Date: Mon, 09 Nov 2026 16:44:04 +0000
From: "MobiLink SMS Gateway" <no-reply@gw.mobilink-sms.eu>
To: privacy@shop.example.be
Message-ID: <mo.20261109164402.359888412907.7731@gw.mobilink-sms.eu>
Subject: Inbound SMS reply from +359888412907 [BG-Loyalty-Nov26]
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Mailer: MobiLink Gateway 4.2

You have received a new SMS reply to your campaign.

From:      +359888412907
To:        SHOPEXAMPLE (short code 1851)
Received:  09.11.2026 18:44:02 EET
Campaign:  BG-Loyalty-Nov26

Message:
СТОП. Не искам повече такива съобщения, моля махнете номера ми от списъка.

--
This e-mail was generated automatically by MobiLink Gateway.
Replies to this e-mail are not delivered to the SMS sender.
'''),

]

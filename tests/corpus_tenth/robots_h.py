"""Tenth set, the everyday robot mix and people who look like robots, as raw RFC 5322 messages. Written apart from the code."""

ROBOTS = [
    ('en', 'postfix-dsn-typo-domain', 'automated', (), """Return-Path: <>
Received: by mail.shop.example.be (Postfix)
	id 5A1C2280F3A; Tue, 24 Nov 2026 09:14:05 +0100 (CET)
Date: Tue, 24 Nov 2026 09:14:05 +0100 (CET)
From: MAILER-DAEMON@mail.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5A1C2280F3A.1795940045/mail.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261124081405.5A1C2280F3A@mail.shop.example.be>

This is a MIME-encapsulated message.

--5A1C2280F3A.1795940045/mail.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jessica.moreau@gmail.con>: Host or domain name not found. Name service error
    for name=gmail.con type=A: Host not found

--5A1C2280F3A.1795940045/mail.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.shop.example.be
X-Postfix-Queue-ID: 4Ff2Lq0Xz7z9tR1
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 24 Nov 2026 09:14:03 +0100 (CET)

Final-Recipient: rfc822; jessica.moreau@gmail.con
Original-Recipient: rfc822;jessica.moreau@gmail.con
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=gmail.con type=A: Host not found

--5A1C2280F3A.1795940045/mail.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from bot01.internal.shop.example.be (bot01.internal.shop.example.be [10.20.0.14])
	by mail.shop.example.be (Postfix) with ESMTPSA id 4Ff2Lq0Xz7z9tR1
	for <jessica.moreau@gmail.con>; Tue, 24 Nov 2026 09:14:03 +0100 (CET)
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Jessica Moreau <jessica.moreau@gmail.con>
Subject: Re: close my account pls [PRV-7H3QX]
Date: Tue, 24 Nov 2026 09:14:02 +0100
Message-ID: <case-7H3QX.1.a91f2c@shop.example.be>
In-Reply-To: <CAF8xq=Hk2p1oQ@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Ms Moreau,

Thank you for your message. Before we close your account and erase the
personal data linked to it, we need to make sure the request really comes
from you.

Please reply to this e-mail with the code 551 208, or open the link below,
within 7 days:

https://shop.example.be/privacy/verify/7H3QX?t=Zq1uR8mS0kA4

If you did not send this request, you can ignore this message.

Kind regards,
The privacy team
Shop Example - Rue de l'Industrie 42, 1400 Nivelles, Belgium

--5A1C2280F3A.1795940045/mail.shop.example.be--
"""),
    ('en', 'qmail-failure-notice', 'automated', (), """Return-Path: <>
Received: from mx1.hostingpoint.net (mx1.hostingpoint.net [198.51.100.23])
	by mx.shop.example.be (Postfix) with SMTP id 9C0D1280A11
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 16:41:09 +0100 (CET)
Received: (qmail 30417 invoked for bounce); 25 Nov 2026 15:41:08 -0000
Date: 25 Nov 2026 15:41:08 -0000
From: MAILER-DAEMON@mx1.hostingpoint.net
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mx1.hostingpoint.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<d.okafor@okafor-design.net>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 30409 invoked from network); 25 Nov 2026 15:41:08 -0000
Received: from mail.shop.example.be (HELO mail.shop.example.be) (192.0.2.25)
  by mx1.hostingpoint.net with SMTP; 25 Nov 2026 15:41:08 -0000
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: David Okafor <d.okafor@okafor-design.net>
Subject: Your copy of your personal data [PRV-2MRT8]
Date: Wed, 25 Nov 2026 16:41:05 +0100
Message-ID: <case-2MRT8.4.0be3d1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Mr Okafor,

As you asked on 2 November, you will find below a link to download a copy
of the personal data we hold about you (account, orders, loyalty card and
newsletter preferences). The link is valid for 14 days.

https://shop.example.be/privacy/download/2MRT8?t=pX0c7eLw

Kind regards,
The privacy team
Shop Example
"""),
    ('en', 'sendmail-mailbox-full', 'automated', (), """Return-Path: <>
Received: from localhost (localhost)
	by mail.fenwick-family.org (8.17.1/8.17.1) id 5AQD2Bq4011873;
	Thu, 26 Nov 2026 13:02:14 GMT
Date: Thu, 26 Nov 2026 13:02:14 GMT
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.fenwick-family.org>
Message-Id: <202611261302.5AQD2Bq4011873@mail.fenwick-family.org>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5AQD2Bq4011873.1795957334/mail.fenwick-family.org"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--5AQD2Bq4011873.1795957334/mail.fenwick-family.org

The original message was received at Thu, 26 Nov 2026 13:02:11 GMT
from mail.shop.example.be [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<kfenwick@fenwick-family.org>
    (reason: 552 5.2.2 Mailbox full)
    (expanded from: <kath@fenwick-family.org>)

   ----- Transcript of session follows -----
mail.local: /var/mail/kfenwick: Disc quota exceeded
554 5.2.2 <kfenwick@fenwick-family.org>... Mailbox full

--5AQD2Bq4011873.1795957334/mail.fenwick-family.org
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.fenwick-family.org
Received-From-MTA: DNS; mail.shop.example.be
Arrival-Date: Thu, 26 Nov 2026 13:02:11 GMT

Final-Recipient: RFC822; kath@fenwick-family.org
X-Actual-Recipient: RFC822; kfenwick@fenwick-family.org
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Unix; Disc quota exceeded
Last-Attempt-Date: Thu, 26 Nov 2026 13:02:14 GMT

--5AQD2Bq4011873.1795957334/mail.fenwick-family.org
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.25])
	by mail.fenwick-family.org (8.17.1/8.17.1) with ESMTPS id 5AQD2Ao4011869
	for <kath@fenwick-family.org>; Thu, 26 Nov 2026 13:02:11 GMT
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Kath Fenwick <kath@fenwick-family.org>
Subject: Re: stop the catalogues [PRV-K8W2D]
Date: Thu, 26 Nov 2026 14:02:09 +0100
Message-ID: <case-K8W2D.2.77ac10@shop.example.be>
In-Reply-To: <9f1e2a7c-54d1-3a0b-b7b1-0c2f1f1d44aa@fenwick-family.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--5AQD2Bq4011873.1795957334/mail.fenwick-family.org--
"""),
    ('en', 'amazon-ses-bounce', 'automated', (), """Return-Path: <>
Received: from a4-7.smtp-out.eu-west-1.amazonses.com (a4-7.smtp-out.eu-west-1.amazonses.com [54.240.4.7])
	by mx.shop.example.be (Postfix) with ESMTPS id 3B77A2807C2
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 10:22:51 +0100 (CET)
From: MAILER-DAEMON@amazonses.com
To: privacy@shop.example.be
Subject: Delivery Status Notification (Failure)
Message-ID: <0102018c1f0e5a3d-9b1f2c44-7d0a-4e2f-a5c1-1e0f3a9b7c21-000000@eu-west-1.amazonses.com>
Date: Fri, 27 Nov 2026 09:22:50 +0000
MIME-Version: 1.0
Content-Type: multipart/report; 
	boundary="----=_Part_1984402_1722650319.1795778570614"; 
	report-type=delivery-status
X-Original-To: privacy@shop.example.be
Feedback-ID: 1.eu-west-1.OqW0XJ1cJ8Yb7hP2xqS9u1y0v3bD0n8mZQ3kF0Yt5mE=:AmazonSES
X-SES-Outgoing: 2026.11.27-54.240.4.7

------=_Part_1984402_1722650319.1795778570614
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

An error occurred while trying to deliver the mail to the following recipients:
m.castellano@brightwaterhomes.com
------=_Part_1984402_1722650319.1795778570614
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit

Arrival-Date: Fri, 27 Nov 2026 09:22:49 +0000

Final-Recipient: rfc822; m.castellano@brightwaterhomes.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <m.castellano@brightwaterhomes.com>: Recipient address rejected: User unknown in virtual mailbox table

------=_Part_1984402_1722650319.1795778570614
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 7bit

From: Shop Example <newsletter@news.shop.example.be>
Reply-To: privacy@shop.example.be
To: m.castellano@brightwaterhomes.com
Subject: We've updated our privacy notice
Date: Fri, 27 Nov 2026 09:22:48 +0000
Message-ID: <0102018c1f0e55a1-2c3e1d8b-77a0-4c53-9a8e-5f6b2d1c0e9a-000000@eu-west-1.amazonses.com>
List-Unsubscribe: <https://news.shop.example.be/u/9fQ2x>, <mailto:unsubscribe@news.shop.example.be?subject=9fQ2x>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_1984399_1519023815.1795778568112"

------=_Part_1984402_1722650319.1795778570614--
"""),
    ('en', 'mailgun-forward-bounce', 'automated', (), """Return-Path: <>
Received: from m228-12.mailgun.net (m228-12.mailgun.net [159.135.228.12])
	by mx.shop.example.be (Postfix) with ESMTPS id 71F8B280D03
	for <privacy@shop.example.be>; Mon, 30 Nov 2026 08:05:37 +0100 (CET)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=mailgun.net; q=dns/txt;
 s=mx; t=1796022337; h=Date: Message-Id: To: From: Subject: Content-Type;
 bh=4wq3y1d0cK6y6W9pqA3lE8m2sL7bXr1y0jvQ+fF0Uo8=; b=RkM0ZnN0...
X-Mailgun-Sid: WyJkMzE5ZSIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICI2ZjI0YSJd
Date: Mon, 30 Nov 2026 07:05:36 +0000
From: Mail Delivery Subsystem <mailer-daemon@forwardmail-relay.net>
To: privacy@shop.example.be
Subject: Undeliverable: Re: question about my loyalty points data [PRV-N4C6A]
Message-Id: <20261130070536.6f24a1c39d1e0b77@forwardmail-relay.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="ascii"
Content-Transfer-Encoding: 7bit

Delivery to the following recipient failed permanently:

    hello@benwalsh.dev  (forwarded to  ben.walsh.1988@outlook.com)

Technical details of permanent failure:
The destination server rejected the forwarded message.

    550 5.7.1 Unfortunately, messages from [159.135.228.12] weren't sent.
    Please contact your Internet service provider since part of their
    network is on our block list (S3150). [DB5EUR03FT021.eop-EUR03.prod.protection.outlook.com]

Your message was not delivered and will not be retried.

----- Original message headers -----

From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Ben Walsh <hello@benwalsh.dev>
Subject: Re: question about my loyalty points data [PRV-N4C6A]
Date: Mon, 30 Nov 2026 08:05:31 +0100
Message-ID: <case-N4C6A.3.11fe9b@shop.example.be>

-- 
This message was generated by the mail relay. Please do not reply.
"""),
    ('en', 'sendgrid-helpdesk-ack', 'automated', (), """Return-Path: <bounces+1844127-7a1c-privacy=shop.example.be@em4211.leadpulse-media.com>
Received: from o3.ptr5531.leadpulse-media.com (o3.ptr5531.leadpulse-media.com [149.72.15.33])
	by mx.shop.example.be (Postfix) with ESMTPS id C0A1E2809F4
	for <privacy@shop.example.be>; Tue, 1 Dec 2026 11:47:20 +0100 (CET)
Received: by filterdrecv-6c9b6d5b7b-k2q8w with SMTP id filterdrecv-6c9b6d5b7b-k2q8w-1-66A7
	2026-12-01 10:47:19.871 +0000 UTC
Date: Tue, 01 Dec 2026 10:47:19 +0000 (UTC)
From: LeadPulse Media Support <support@leadpulse-media.com>
Reply-To: support+id48817@leadpulse-media.com
To: privacy@shop.example.be
Subject: [LeadPulse Support] Re: Objection to processing - customer ref PRV-Q2J7F (#48817)
Message-ID: <W5Q1XK_66a7f1c2b9d1e_3f2c9e1a_sprut@zendesk.com>
In-Reply-To: <case-Q2J7F.5.d0c4a2@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 3c81d7f
X-SG-EID: u001.Hq1nT3oM0pZ8kq0vF7y1sE0xw2hJtq9L5bQ9nq4Jr0E8vX0u7w3m2A==
X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3BpnKq6xw9rj2yQyM7l0f6oI=
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_66a7f1c2c3a88_5a2c1e3f2189a"
Content-Transfer-Encoding: 7bit



----==_mimepart_66a7f1c2c3a88_5a2c1e3f2189a
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Please type your reply above this line -##

Hi there,

Thanks for reaching out - this is just to let you know we've received your
request (#48817) and a member of our Data Protection team will get back to
you within 2 business days.

Requests relating to data subject rights (access, deletion, objection to
processing) are handled in the order they come in. You don't need to send
your request again; any reply to this email will be added to the same
ticket.

LeadPulse Media Support

This email is a service from LeadPulse Media. Delivered by Zendesk

----==_mimepart_66a7f1c2c3a88_5a2c1e3f2189a
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><head><meta http-equiv=3D"Content-Type" content=3D"tex=
t/html; charset=3Dutf-8"></head><body style=3D"font-family:Helvetica,Arial,=
sans-serif;font-size:14px;color:#2f3941">
<div style=3D"color:#b5b5b5">##- Please type your reply above this line -##=
</div>
<p>Hi there,</p>
<p>Thanks for reaching out &ndash; this is just to let you know we&rsquo;ve=
 received your request (#48817) and a member of our Data Protection team wi=
ll get back to you within 2 business days.</p>
<p>Requests relating to data subject rights (access, deletion, objection to=
 processing) are handled in the order they come in. You don&rsquo;t need to=
 send your request again; any reply to this email will be added to the same=
 ticket.</p>
<p>LeadPulse Media Support</p>
<p style=3D"color:#999;font-size:11px">This email is a service from LeadPul=
se Media. Delivered by <a href=3D"https://www.zendesk.com/support">Zendesk<=
/a></p>
<img src=3D"https://u1844127.ct.sendgrid.net/wf/open?upn=3Du001.Jq9sZ0" alt=
=3D"" width=3D"1" height=3D"1" border=3D"0" style=3D"height:1px !important;=
width:1px !important">
</body></html>

----==_mimepart_66a7f1c2c3a88_5a2c1e3f2189a--
"""),
    ('en', 'exchange-ooo-suppress', 'automated', (), """Received: from AS8PR08MB6519.eurprd08.prod.outlook.com (2603:10a6:20b:33e::9)
 by AM0PR08MB5362.eurprd08.prod.outlook.com with HTTPS; Tue, 24 Nov 2026
 15:31:12 +0000
From: "Hargreaves, Tom" <tom.hargreaves@northfield-logistics.co.uk>
To: "Shop Example - Privacy" <privacy@shop.example.be>
Subject: Automatic reply: Your request about your personal data [PRV-7Q2K9]
Thread-Topic: Your request about your personal data [PRV-7Q2K9]
Thread-Index: AQHbPp0aX4tI9kEwCU2Zs2h7m1l0wA==
Date: Tue, 24 Nov 2026 15:31:11 +0000
Message-ID: <e5d2c1f4a0b34c21a7f1d0e4c8b9a612@AS8PR08MB6519.eurprd08.prod.outlook.com>
In-Reply-To: <case-7Q2K9.2.5e0a91@shop.example.be>
References: <case-7Q2K9.2.5e0a91@shop.example.be>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach: 
X-MS-TNEF-Correlator: 
X-MS-Exchange-Inbox-Rules-Loop: tom.hargreaves@northfield-logistics.co.uk
X-MS-Exchange-Organization-AutoResponse: true
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_e5d2c1f4a0b34c21a7f1d0e4c8b9a612AS8PR08MB6519eurp_"

--_000_e5d2c1f4a0b34c21a7f1d0e4c8b9a612AS8PR08MB6519eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Thank you for your email. I'm out of the office until Monday 7 December wit=
h no access to email.

For anything urgent about deliveries please contact the planning desk on 01=
632 960 118 or planning@northfield-logistics.co.uk. For anything else I'll =
get back to you when I return.

Kind regards,
Tom Hargreaves
Account Manager =E2=80=93 Northfield Logistics

--_000_e5d2c1f4a0b34c21a7f1d0e4c8b9a612AS8PR08MB6519eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size=
: 11pt;">Thank you for your email. I'm out of the office until Monday 7 Dec=
ember with no access to email.<br><br>
For anything urgent about deliveries please contact the planning desk on 01=
632 960 118 or <a href=3D"mailto:planning@northfield-logistics.co.uk">plann=
ing@northfield-logistics.co.uk</a>. For anything else I'll get back to you =
when I return.<br><br>
Kind regards,<br>
Tom Hargreaves<br>
Account Manager =E2=80=93 Northfield Logistics</div>
</body>
</html>

--_000_e5d2c1f4a0b34c21a7f1d0e4c8b9a612AS8PR08MB6519eurp_--
"""),
    ('en', 'icloud-vacation-challenge', 'automated', (), """Return-Path: <sophie.lindqvist.art@icloud.com>
Received: from st43p00im-zteg10071901.me.com (st43p00im-zteg10071901.me.com [17.58.63.171])
	by mx.shop.example.be (Postfix) with ESMTPS id 2C4F92806E1
	for <privacy@shop.example.be>; Sat, 28 Nov 2026 19:12:40 +0100 (CET)
From: Sophie Lindqvist <sophie.lindqvist.art@icloud.com>
To: privacy@shop.example.be
Subject: Re: Please confirm your request [PRV-V9L3T]
Date: Sat, 28 Nov 2026 18:12:39 +0000 (UTC)
Message-id: <a1f3e9c2-88b0-4d2e-9c1d-6e2b0f7a5d13@me.com>
In-Reply-To: <case-V9L3T.1.c3b2e0@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-version: 1.0
Content-type: text/plain; charset=utf-8
Content-transfer-encoding: 7bit

Hi! I'm travelling until 12 December with patchy wifi and won't be checking mail much. I'll get back to you when I'm home.

Sophie
"""),
    ('en', 'discourse-forum-summary', 'automated', (), """Return-Path: <bounce+a7c1e2@community.dpo-circle.org>
Received: from mail.dpo-circle.org (mail.dpo-circle.org [203.0.113.77])
	by mx.shop.example.be (Postfix) with ESMTPS id 0E3D1280B77
	for <privacy@shop.example.be>; Thu, 3 Dec 2026 06:00:41 +0100 (CET)
Date: Thu, 03 Dec 2026 05:00:40 +0000
From: DPO Circle <noreply@community.dpo-circle.org>
Reply-To: DPO Circle <noreply@community.dpo-circle.org>
To: privacy@shop.example.be
Message-ID: <summary/7d1a9e54-52b0-4c1e-8a41-3e7b5f0c2d11@community.dpo-circle.org>
Subject: [DPO Circle] Summary
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_674e9228a1b2c_2f1e7c3a1d";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
List-Unsubscribe: <https://community.dpo-circle.org/email/unsubscribe/3f8c0d2b9a71e6f4>
X-Discourse-Post-Id: 
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Precedence: list


----==_mimepart_674e9228a1b2c_2f1e7c3a1d
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

DPO Circle Summary

Since your last visit on Nov 26

14 New Topics  |  3 Unread Messages  |  62 New Posts

### Popular Topics

[Data broker "deletion services" sending requests on behalf of users =E2=80=
=93 do you verify the mandate?](https://community.dpo-circle.org/t/data-bro=
ker-deletion-services/4821)
Category: DSAR handling =C2=B7 23 replies
"We get about ten a week now. Most come from the same two tools and the wor=
ding is always 'please erase all personal data'. We ask for..."

[One month deadline when the request arrives on the 31st?](https://communit=
y.dpo-circle.org/t/one-month-deadline-31st/4830)
Category: Deadlines =C2=B7 11 replies

[Newsletter unsubscribe vs. objection to direct marketing - same handling?]=
(https://community.dpo-circle.org/t/unsubscribe-vs-objection/4835)
Category: Marketing =C2=B7 9 replies

---
You are receiving this because you enabled activity summaries. To unsubscri=
be from these emails, visit your preferences:
https://community.dpo-circle.org/my/preferences/emails

----==_mimepart_674e9228a1b2c_2f1e7c3a1d
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<table width=3D"100%" style=3D"font-family:Arial,sans-serif"><tr><td><h1 st=
yle=3D"font-size:20px">DPO Circle Summary</h1><p style=3D"color:#666">Since=
 your last visit on Nov 26</p>
<p><b>14</b> New Topics &nbsp;|&nbsp; <b>3</b> Unread Messages &nbsp;|&nbsp=
; <b>62</b> New Posts</p>
<h2>Popular Topics</h2>
<p><a href=3D"https://community.dpo-circle.org/t/data-broker-deletion-servi=
ces/4821">Data broker &ldquo;deletion services&rdquo; sending requests on b=
ehalf of users &ndash; do you verify the mandate?</a><br><span style=3D"col=
or:#999">DSAR handling &middot; 23 replies</span></p>
<p><a href=3D"https://community.dpo-circle.org/t/one-month-deadline-31st/48=
30">One month deadline when the request arrives on the 31st?</a></p>
<p><a href=3D"https://community.dpo-circle.org/t/unsubscribe-vs-objection/4=
835">Newsletter unsubscribe vs. objection to direct marketing - same handli=
ng?</a></p>
<p style=3D"font-size:11px;color:#999">You are receiving this because you e=
nabled activity summaries. <a href=3D"https://community.dpo-circle.org/emai=
l/unsubscribe/3f8c0d2b9a71e6f4">Unsubscribe</a></p></td></tr></table>

----==_mimepart_674e9228a1b2c_2f1e7c3a1d--
"""),
    ('nl', 'outlook-ooo-bare', 'automated', (), """Received: from VI1PR09MB3921.eurprd09.prod.outlook.com ([fe80::4c1a:77ff:fe21:9a0b]) by
 VI1PR09MB3921.eurprd09.prod.outlook.com; Wed, 25 Nov 2026 08:03:44 +0000
From: Els Vermeulen <els.vermeulen@vandamme-advocaten.be>
To: privacy@shop.example.be
Subject: Automatisch antwoord: Uw vraag om inzage in uw gegevens [PRV-3DK8M]
Date: Wed, 25 Nov 2026 08:03:44 +0000
Message-ID: <VI1PR09MB3921F1C0A7B2E4D5A9C3EB41C81A2@VI1PR09MB3921.eurprd09.prod.outlook.com>
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Goedemorgen,

Ik ben met verlof tot en met vrijdag 4 december en heb in die periode geen =
toegang tot mijn mailbox. Uw bericht wordt niet automatisch doorgestuurd.

Voor dringende dossiers kan u terecht bij het secretariaat: 09 234 56 78 of=
 secretariaat@vandamme-advocaten.be.

Met vriendelijke groeten,
Els Vermeulen
Vandamme Advocaten =E2=80=93 Kortrijksesteenweg 118, 9000 Gent
"""),
    ('nl', 'proximus-webmail-vacation-challenge', 'automated', (), """Return-Path: <marc.dewitte@skynet.be>
Received: from mailrelay112.proximus.be (mailrelay112.proximus.be [195.238.22.112])
	by mx.shop.example.be (Postfix) with ESMTPS id 6D0A92803B4
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 21:40:02 +0100 (CET)
Date: Fri, 27 Nov 2026 21:40:01 +0100
From: marc.dewitte@skynet.be
To: privacy@shop.example.be
Subject: Afwezig - Re: Gelieve uw aanvraag te bevestigen [PRV-Z6P2R]
In-Reply-To: <case-Z6P2R.1.f2c9d1@shop.example.be>
Message-ID: <vacation.1795897201.29117@webmail.proximus.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Hallo,
ik zit tot 6/12 in Spanje en lees mijn mails niet.
Daarna antwoord ik zo snel mogelijk.
Groetjes,
Marc
"""),
    ('nl', 'o365-ndr-recipient-not-found', 'automated', (), """Received: from AM9PR04MB8117.eurprd04.prod.outlook.com (2603:10a6:10:1a3::13) by
 AM9PR04MB8117.eurprd04.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8207.11; Mon, 30 Nov 2026 09:12:31 +0000
From: postmaster@bouwbedrijfpeeters.onmicrosoft.com
To: <privacy@shop.example.be>
Date: Mon, 30 Nov 2026 09:12:31 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_8FW1N2a0-AM9PR04MB81_"
Content-Language: nl-NL
Message-ID: <8FW1N2a0-AM9PR04MB8117.eurprd04.prod.outlook.com>
In-Reply-To: <case-8FW1N.2.9a0c11@shop.example.be>
References: <case-8FW1N.2.9a0c11@shop.example.be>
Subject: Onbestelbaar: Re: mijn gegevens [PRV-8FW1N]
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr: 
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-replied

--_8FW1N2a0-AM9PR04MB81_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_8FW1N2a0-AM9PR04MB81_alt_"

--_8FW1N2a0-AM9PR04MB81_alt_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Uw bericht aan jan.peeters@bouwbedrijf-peeters.be kan niet worden bezorgd.

jan.peeters bestaat niet bij bouwbedrijf-peeters.be.

Actie vereist                                      Ontvanger
Onbekend adres

Hoe u dit probleem kunt oplossen
Het adres is mogelijk verkeerd gespeld of bestaat niet. Probeer een of meer=
 van de volgende opties:

  *   Verstuur het bericht opnieuw. Typ daarbij het adres handmatig in het =
vak Aan of Cc.
  *   Neem op een andere manier contact op met de ontvanger (bijvoorbeeld t=
elefonisch) en vraag naar het juiste adres.

Meer informatie voor e-mailbeheerders
Status code: 550 5.1.10

Diagnostische informatie voor beheerders:

Genererende server: AM9PR04MB8117.eurprd04.prod.outlook.com

jan.peeters@bouwbedrijf-peeters.be
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t jan.peeters@bouwbedrijf-peeters.be not found by SMTP address lookup'

--_8FW1N2a0-AM9PR04MB81_alt_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14=
px">
<p><b style=3D"color:#c00000;font-size:16px">Uw bericht aan jan.peeters@bou=
wbedrijf-peeters.be kan niet worden bezorgd.</b></p>
<p>jan.peeters bestaat niet bij bouwbedrijf-peeters.be.</p>
<p><b>Hoe u dit probleem kunt oplossen</b><br>Het adres is mogelijk verkeer=
d gespeld of bestaat niet.</p>
<p>Status code: 550 5.1.10</p>
</div>
</body>
</html>

--_8FW1N2a0-AM9PR04MB81_alt_--

--_8FW1N2a0-AM9PR04MB81_
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR04MB8117.eurprd04.prod.outlook.com
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Mon, 30 Nov 2026 09:12:31 +0000

Final-Recipient: rfc822;jan.peeters@bouwbedrijf-peeters.be
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_8FW1N2a0-AM9PR04MB81_
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by
 mx-eu.mail.protection.outlook.com with Microsoft SMTP Server; Mon, 30 Nov 2026 10:12:27 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Jan Peeters <jan.peeters@bouwbedrijf-peeters.be>
Subject: Re: mijn gegevens [PRV-8FW1N]
Date: Mon, 30 Nov 2026 10:12:27 +0100
Message-ID: <case-8FW1N.2.9a0c11@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_8FW1N2a0-AM9PR04MB81_--
"""),
    ('nl', 'freshdesk-partner-autoack', 'automated', (), """Return-Path: <bounces@emailnotify.freshdesk.com>
Received: from mx-out-eu.freshemail.io (mx-out-eu.freshemail.io [18.200.11.21])
	by mx.shop.example.be (Postfix) with ESMTPS id B9E2D2806A0
	for <privacy@shop.example.be>; Wed, 2 Dec 2026 14:26:57 +0100 (CET)
From: Klantendienst PakjeXpress <klantendienst@pakjexpress.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Uw_aanvraag_is_ontvangen_=E2=80=93_ticket_=23221904?=
Date: Wed, 02 Dec 2026 13:26:56 +0000
Message-ID: <5f2a1c3e.221904.autoack@pakjexpress.freshdesk.com>
X-Freshdesk-Ticket-Id: 221904
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family:Arial,sans-serif;font-size:13px">
<p>Beste,</p>
<p>Bedankt voor uw bericht. Wij hebben uw aanvraag goed ontvangen onder tic=
ketnummer <b>#221904</b>.</p>
<p>Onze medewerkers behandelen vragen in volgorde van binnenkomst, meestal =
binnen 3 werkdagen. Antwoordt u op deze e-mail, dan komt uw reactie automat=
isch bij hetzelfde ticket terecht.</p>
<p>Let op: dit is een automatisch bericht. Vragen over de levering van een =
pakje kan u ook opvolgen via <a href=3D"https://track.pakjexpress.be">track=
.pakjexpress.be</a>.</p>
<p>Met vriendelijke groeten,<br>Klantendienst PakjeXpress</p>
</div>
"""),
    ('fr', 'orange-absence', 'automated', (), """Return-Path: <nathalie.girard56@orange.fr>
Received: from smtp.smtpout.orange.fr (smtp-16.smtpout.orange.fr [80.12.242.16])
	by mx.shop.example.be (Postfix) with ESMTPS id 4E71A2805C9
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 17:55:18 +0100 (CET)
From: nathalie.girard56@orange.fr
To: privacy@shop.example.be
Subject: =?iso-8859-1?q?R=E9ponse_automatique_=3A_Votre_demande_de_suppres?=
 =?iso-8859-1?q?sion_=5BPRV-4TC1B=5D?=
Date: Mon, 23 Nov 2026 17:55:17 +0100
Message-ID: <1795539317.44910.autorep@wwinf1m17.orange.fr>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis absente du 23 novembre au 4 d=E9cembre inclus. Je prendrai connaiss=
ance de votre message =E0 mon retour.

Cordialement,
Nathalie Girard
"""),
    ('fr', 'o365-ndr-mailbox-full', 'automated', (), """Received: from PR3P192MB0716.EURP192.PROD.OUTLOOK.COM (2603:10a6:10:1a3::13) by
 PR3P192MB0716.EURP192.PROD.OUTLOOK.COM with Microsoft SMTP Server
 id 15.20.8207.11; Thu, 26 Nov 2026 10:40:06 +0000
From: Microsoft Outlook <postmaster@immo-dubois.fr>
To: <privacy@shop.example.be>
Date: Thu, 26 Nov 2026 10:40:06 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_M2X7E3b1-PR3P192MB07_"
Content-Language: fr-FR
Message-ID: <M2X7E3b1-PR3P192MB0716.EURP192.PROD.OUTLOOK.COM>
In-Reply-To: <case-M2X7E.3.77b1e0@shop.example.be>
References: <case-M2X7E.3.77b1e0@shop.example.be>
Subject: =?utf-8?b?Tm9uIHJlbWlzIDogUmU6IERlbWFuZGUgZCdhY2PDqHMgw6AgbWVz?=
 =?utf-8?b?IGRvbm7DqWVzIFtQUlYtTTJYN0Vd?=
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr: 
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1

--_M2X7E3b1-PR3P192MB07_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_M2X7E3b1-PR3P192MB07_alt_"

--_M2X7E3b1-PR3P192MB07_alt_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message =C3=A0 c.dubois@immo-dubois.fr n'a pas pu =C3=AAtre remis.

La bo=C3=AEte aux lettres de c.dubois est pleine et ne peut pas accepter de=
 messages pour le moment.

Action requise                                     Destinataire
Bo=C3=AEte aux lettres du destinataire pleine

Comment r=C3=A9soudre ce probl=C3=A8me
R=C3=A9essayez d'envoyer votre message plus tard, ou contactez directement =
le destinataire (par exemple, par t=C3=A9l=C3=A9phone) et demandez-lui de l=
ib=C3=A9rer de l'espace dans sa bo=C3=AEte aux lettres.

Plus d'informations pour les professionnels de l'informatique par e-mail
Status code: 554 5.2.2

Informations de diagnostic pour les administrateurs :

Serveur de g=C3=A9n=C3=A9ration : PR3P192MB0716.EURP192.PROD.OUTLOOK.COM

c.dubois@immo-dubois.fr
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:=
QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

--_M2X7E3b1-PR3P192MB07_alt_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14=
px">
<p><b style=3D"color:#c00000;font-size:16px">Votre message =C3=A0 c.dubois@=
immo-dubois.fr n'a pas pu =C3=AAtre remis.</b></p>
<p>La bo=C3=AEte aux lettres de c.dubois est pleine et ne peut pas accepter=
 de messages pour le moment.</p>
<p><b>Comment r=C3=A9soudre ce probl=C3=A8me</b><br>R=C3=A9essayez d'envoye=
r votre message plus tard.</p>
<p>Status code: 554 5.2.2</p>
</div>
</body>
</html>

--_M2X7E3b1-PR3P192MB07_alt_--

--_M2X7E3b1-PR3P192MB07_
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3P192MB0716.EURP192.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Thu, 26 Nov 2026 10:40:06 +0000

Final-Recipient: rfc822;c.dubois@immo-dubois.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--_M2X7E3b1-PR3P192MB07_
Content-Type: message/rfc822

Received: from mail.shop.example.be (192.0.2.25) by
 mx-eu.mail.protection.outlook.com with Microsoft SMTP Server; Thu, 26 Nov 2026 11:40:02 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Claire Dubois <c.dubois@immo-dubois.fr>
Subject: =?utf-8?b?UmU6IERlbWFuZGUgZCdhY2PDqHMgw6AgbWVzIGRvbm7DqWVzIFtQ?=
 =?utf-8?b?UlYtTTJYN0Vd?=
Date: Thu, 26 Nov 2026 11:40:02 +0100
Message-ID: <case-M2X7E.3.77b1e0@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Madame,

Suite =C3=A0 votre demande du 3 novembre, vous trouverez ci-dessous un lien
permettant de t=C3=A9l=C3=A9charger une copie des donn=C3=A9es personnelles=
 que nous
d=C3=A9tenons =C3=A0 votre sujet. Ce lien est valable 14 jours.

https://shop.example.be/privacy/download/M2X7E?t=3DRk28aQw1

Bien cordialement,
L'=C3=A9quipe vie priv=C3=A9e de Shop Example

--_M2X7E3b1-PR3P192MB07_--
"""),
    ('fr', 'zimbra-ooo', 'automated', (), """Return-Path: <>
Received: from zimbra.commune-ottignies.be (zimbra.commune-ottignies.be [192.0.2.140])
	by mx.shop.example.be (Postfix) with ESMTPS id 8A2E7280C1D
	for <privacy@shop.example.be>; Tue, 1 Dec 2026 09:17:52 +0100 (CET)
Date: Tue, 1 Dec 2026 09:17:51 +0100 (CET)
From: =?utf-8?q?S=C3=A9bastien_Lemaire?= <sebastien.lemaire@commune-ottignies.be>
To: privacy@shop.example.be
Message-ID: <1187342611.20931.1796113071402.JavaMail.zimbra@commune-ottignies.be>
In-Reply-To: <case-H1B5Y.2.44e0f1@shop.example.be>
Subject: =?utf-8?q?Absent_du_bureau_=E2=80=93_Re=3A_Votre_r=C3=A9clamation?=
 =?utf-8?q?_=5BPRV-H1B5Y=5D?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4629 (zclient/10.0.8_GA_4629)

Bonjour,

Je suis en congé jusqu'au mardi 8 décembre inclus.
Pour toute question urgente relative au service population, merci de contacter le 010/43.78.00 ou population@commune-ottignies.be.

Bien à vous,

Sébastien Lemaire
Service Population - Administration communale
"""),
    ('fr', 'gmail-dsn-delay', 'automated', (), """Return-Path: <>
Received: by mail-sor-f69.google.com with SMTP id 5614622812f47-3f5a1c0d0e2so1021771b6e.1
        for <privacy@shop.example.be>; Sat, 28 Nov 2026 06:31:04 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Delay)
References: <case-R7D3K.2.1c0e77@shop.example.be>
In-Reply-To: <case-R7D3K.2.1c0e77@shop.example.be>
X-Failed-Recipients: p.lambert@cabinet-lambert.fr
Message-ID: <67487f28.a70a0220.1d1b3.c9f1.GMR@mx.google.com>
Date: Sat, 28 Nov 2026 06:31:04 -0800 (PST)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000f1e0a306282c1b77"; report-type=delivery-status

--000000000000f1e0a306282c1b77
Content-Type: multipart/related; boundary="000000000000f1eb8e06282c1b7a"

--000000000000f1eb8e06282c1b7a
Content-Type: multipart/alternative; boundary="000000000000f1eb9506282c1b7b"

--000000000000f1eb9506282c1b7b
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Message non distribu=C3=A9 pour le moment **

Un probl=C3=A8me temporaire a emp=C3=AAch=C3=A9 la distribution de votre me=
ssage =C3=A0 p.lambert@cabinet-lambert.fr. Gmail effectuera une nouvelle te=
ntative pendant 45 heures. Vous serez averti si la distribution =C3=A9choue=
 d=C3=A9finitivement.

La r=C3=A9ponse du serveur distant =C3=A9tait :
421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unex=
pected volume or user complaints

--000000000000f1eb9506282c1b7b
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding=3D"0" cellspacing=3D"0" class=3D"email-wrapper" style=3D=
"padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=3D0 cellspacing=3D0><tbody>
<tr><td style=3D"max-width:560px;padding:24px 24px 32px;background-color:#f=
afafa;border:1px solid #e0e0e0;border-radius:2px">
<img style=3D"padding:0 24px 16px 0;float:left" width=3D72 height=3D72 alt=
=3D"Ic=C3=B4ne d'erreur" src=3D"cid:icon.png">
<table style=3D"min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style=3D"font-size:20px;color:#212121;font-weight:bold;margin:0=
">Message non distribu=C3=A9 pour le moment</h2></td></tr>
<tr><td style=3D"padding-top:20px;color:#757575;font-size:16px;font-weight:=
normal;text-align:left">Un probl=C3=A8me temporaire a emp=C3=AAch=C3=A9 la =
distribution de votre message =C3=A0 <a style=3D'color:#212121;text-decorat=
ion:none'><b>p.lambert@cabinet-lambert.fr</b></a>. Gmail effectuera une nou=
velle tentative pendant 45&nbsp;heures. Vous serez averti si la distributio=
n =C3=A9choue d=C3=A9finitivement.</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style=3D"border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align=3D"left" style=3D"padding:48px 10px">
La r=C3=A9ponse du serveur distant =C3=A9tait :<br/>
<p style=3D"font-family:monospace">
421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unex=
pected volume or user complaints
</p>
</td>
</tr>
</table>
</body>
</html>

--000000000000f1eb9506282c1b7b--
--000000000000f1eb8e06282c1b7a
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==
--000000000000f1eb8e06282c1b7a--
--000000000000f1e0a306282c1b77
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mail.shop.example.be
Arrival-Date: Fri, 27 Nov 2026 08:26:51 -0800 (PST)
X-Original-Message-ID: <case-R7D3K.2.1c0e77@shop.example.be>

Final-Recipient: rfc822; p.lambert@cabinet-lambert.fr
Action: delayed
Status: 4.7.0
Remote-MTA: dns; mx.cabinet-lambert.fr. (203.0.113.90, the server for the domain cabinet-lambert.fr.)
Diagnostic-Code: smtp; 421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints
Last-Attempt-Date: Sat, 28 Nov 2026 06:31:04 -0800 (PST)
Will-Retry-Until: Sun, 29 Nov 2026 08:26:51 -0800 (PST)

--000000000000f1e0a306282c1b77
Content-Type: text/rfc822-headers

From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Pierre Lambert <p.lambert@cabinet-lambert.fr>
Subject: =?utf-8?q?Re=3A_Opposition_=C3=A0_la_prospection_commerciale_=5BPRV-R7D3K=5D?=
Date: Fri, 27 Nov 2026 17:26:49 +0100
Message-ID: <case-R7D3K.2.1c0e77@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--000000000000f1e0a306282c1b77--
"""),
    ('de', 'notes-ooo', 'automated', (), """Received: from smtp.hoffmann-gartenbau.de (smtp.hoffmann-gartenbau.de [198.51.100.140])
	by mx.shop.example.be (Postfix) with ESMTPS id 5B2E0280A4C
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 07:58:30 +0100 (CET)
Subject: =?iso-8859-1?q?Klaus_Brenner/HGB_ist_au=DFer_Haus=2E?=
Auto-Submitted: auto-generated
From: Klaus.Brenner@hoffmann-gartenbau.de
To: privacy@shop.example.be
Message-ID: <OF2C4A61F1.9B7E3D22-ONC1258B0F.0026A1D4@hoffmann-gartenbau.de>
Date: Fri, 27 Nov 2026 07:58:29 +0100
X-Mailer: HCL Notes Release 12.0.2 November 03, 2022
X-MIMETrack: Serialize by Router on HGBMAIL01/HGB(Release 12.0.2FP4|June 20, 2024) at
 27.11.2026 07:58:29
MIME-Version: 1.0
Content-type: text/plain; charset=ISO-8859-1
Content-transfer-encoding: quoted-printable


Ich werde ab  27.11.2026 nicht im B=FCro sein. Ich kehre zur=FCck am
07.12.2026.

Ich werde Ihre Nachricht nach meiner R=FCckkehr beantworten. In dringenden
F=E4llen wenden Sie sich bitte an Frau Petra Voss, Tel. 0621 48 33 17-20.
"""),
    ('de', 'exim-localized-quota', 'automated', (), """Return-path: <>
Envelope-to: privacy@shop.example.be
Received: from mail by mx2.kasserver-hosting.de with local (Exim 4.97.1)
	id 1vQ7aK-00Bx2k-3r
	for privacy@shop.example.be; Mon, 30 Nov 2026 15:03:23 +0100
X-Failed-Recipients: lena.schubert@schubert-ergo.de
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx2.kasserver-hosting.de>
To: privacy@shop.example.be
References: <case-9CB4W.2.e1a0c3@shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1796047403-eximdsn-1187712394
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vQ7aL-00Bx2k-3r@mx2.kasserver-hosting.de>
Date: Mon, 30 Nov 2026 15:03:23 +0100

--1796047403-eximdsn-1187712394
Content-type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist eine automatisch erstellte Nachricht des Mailservers
mx2.kasserver-hosting.de.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht
zugestellt werden. Dies ist ein dauerhafter Fehler. Folgende
Adressen waren betroffen:

  lena.schubert@schubert-ergo.de
    Postfach voll: Der Speicherplatz des Empfängers ist erschöpft
    (mailbox is full: retry timeout exceeded)

Bei Fragen wenden Sie sich bitte an postmaster@kasserver-hosting.de
und fügen Sie diese Meldung vollständig bei.

--1796047403-eximdsn-1187712394
Content-type: message/delivery-status

Reporting-MTA: dns; mx2.kasserver-hosting.de

Action: failed
Final-Recipient: rfc822;lena.schubert@schubert-ergo.de
Status: 5.2.2

--1796047403-eximdsn-1187712394
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from mail.shop.example.be ([192.0.2.25])
	by mx2.kasserver-hosting.de with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <privacy@shop.example.be>)
	id 1vQ7aK-00Bx2f-1m
	for lena.schubert@schubert-ergo.de; Mon, 30 Nov 2026 15:03:22 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Lena Schubert <lena.schubert@schubert-ergo.de>
Subject: =?utf-8?q?Re=3A_Berichtigung_meiner_Anschrift_=5BPRV-9CB4W=5D?=
Date: Mon, 30 Nov 2026 15:03:20 +0100
Message-ID: <case-9CB4W.2.e1a0c3@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Frau Schubert,

wir haben Ihre Anschrift wie gew=C3=BCnscht ge=C3=A4ndert. Die neue =
Lieferadresse lautet: Lindenstra=C3=9Fe 7, 01309 Dresden.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Datenschutz-Team von Shop Example

--1796047403-eximdsn-1187712394--
"""),
    ('de', 'znuny-ticket-autoack', 'automated', (), """Return-Path: <datenschutz@nordwind-versicherung.de>
Received: from helpdesk.nordwind-versicherung.de (helpdesk.nordwind-versicherung.de [203.0.113.51])
	by mx.shop.example.be (Postfix) with ESMTPS id 1D8C3280E2F
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 10:05:14 +0100 (CET)
From: Nordwind Versicherung Datenschutz <datenschutz@nordwind-versicherung.de>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BTicket=232026112610000417=5D_Eingangsbest=C3=A4tigun?=
 =?utf-8?q?g=3A_Weiterleitung_L=C3=B6schersuchen_Kunde_PRV-F3N8S?=
Date: Thu, 26 Nov 2026 10:05:13 +0100
Message-ID: <1795942313.481902.7731904812@helpdesk.nordwind-versicherung.de>
In-Reply-To: <case-F3N8S.6.2be0a4@shop.example.be>
References: <case-F3N8S.6.2be0a4@shop.example.be>
X-Loop: yes
Auto-Submitted: auto-replied
X-Mailer: Znuny Mail Service
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnum=
mer
2026112610000417 erfasst und an die zust=C3=A4ndige Stelle weitergeleitet.

Bitte geben Sie bei R=C3=BCckfragen stets die Ticketnummer im Betreff an.
Auf diese automatisch erzeugte E-Mail m=C3=BCssen Sie nicht antworten.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Datenschutzteam
Nordwind Versicherung AG

--=20
Nordwind Versicherung AG =C2=B7 Am Sandtorkai 50 =C2=B7 20457 Hamburg
Vorstand: Dr. H. Kr=C3=BCger (Vors.), S. Albers =C2=B7 AG Hamburg HRB 118731
"""),
    ('de', 'exchange-ooo-challenge', 'automated', (), """Received: from FR2P281MB2894.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:4e::7) by
 FR2P281MB2894.DEUP281.PROD.OUTLOOK.COM with HTTPS; Wed, 2 Dec 2026 16:44:09 +0000
From: Weber, Annika <annika.weber@stadtwerke-lindau.de>
To: "Shop Example - Privacy" <privacy@shop.example.be>
Subject: =?utf-8?q?Automatische_Antwort=3A_Bitte_best=C3=A4tigen_Sie_Ihre_?=
 =?utf-8?q?Anfrage_=5BPRV-X5G7C=5D?=
Thread-Topic: =?utf-8?q?Bitte_best=C3=A4tigen_Sie_Ihre_Anfrage_=5BPRV-X5G7?=
 =?utf-8?q?C=5D?=
Thread-Index: AQHbRDa6b2r+6j9Q5UiCbZt0xN7c0Q==
Date: Wed, 2 Dec 2026 16:44:09 +0000
Message-ID: <a0c4e1b7d2f94e51b8d3c72a6f1e9b04@FR2P281MB2894.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <case-X5G7C.1.7d2e10@shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach: 
X-MS-Exchange-Inbox-Rules-Loop: annika.weber@stadtwerke-lindau.de
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+CjxtZXRhIGh0dHAtZXF1aXY9IkNvbnRlbnQtVHlwZSIgY29udGVudD0idGV4
dC9odG1sOyBjaGFyc2V0PXV0Zi04Ij4KPC9oZWFkPgo8Ym9keT4KPGRpdiBzdHlsZT0iZm9udC1m
YW1pbHk6Q2FsaWJyaSxBcmlhbCxIZWx2ZXRpY2Esc2Fucy1zZXJpZjtmb250LXNpemU6MTFwdCI+
ClZpZWxlbiBEYW5rIGbDvHIgSWhyZSBOYWNocmljaHQuPGJyPgpJY2ggYmluIGJpcyBlaW5zY2hs
aWXDn2xpY2ggMTEuMTIuMjAyNiBuaWNodCBlcnJlaWNoYmFyLiBJaHJlIEUtTWFpbCB3aXJkIG5p
Y2h0IHdlaXRlcmdlbGVpdGV0Ljxicj4KPGJyPgpCZWkgZHJpbmdlbmRlbiBBbmxpZWdlbiB3ZW5k
ZW4gU2llIHNpY2ggYml0dGUgYW4ga3VuZGVuc2VydmljZUBzdGFkdHdlcmtlLWxpbmRhdS5kZS48
YnI+Cjxicj4KRnJldW5kbGljaGUgR3LDvMOfZTxicj4KQW5uaWthIFdlYmVyPC9kaXY+CjwvYm9k
eT4KPC9odG1sPgo=
"""),
    ('es', 'gmail-vacation', 'automated', (), """Received: by mail-wr1-f54.google.com with SMTP id ffacd0b85a97d-38242abf421so1127561f8f.2
        for <privacy@shop.example.be>; Tue, 24 Nov 2026 02:18:33 -0800 (PST)
Return-Path: <lucia.ferrer.m@gmail.com>
MIME-Version: 1.0
From: =?utf-8?q?Luc=C3=ADa_Ferrer?= <lucia.ferrer.m@gmail.com>
Date: Tue, 24 Nov 2026 11:18:32 +0100
Message-ID: <CAPr5V0x9k1T=vac.5c1e2a8f0d3b@mail.gmail.com>
Subject: =?utf-8?q?Re=3A_Confirmaci=C3=B3n_de_su_solicitud_=5BPRV-6KE2H=5D?=
To: privacy@shop.example.be
In-Reply-To: <case-6KE2H.1.0d4f19@shop.example.be>
References: <case-6KE2H.1.0d4f19@shop.example.be>
Auto-Submitted: auto-replied
Precedence: bulk
Content-Type: multipart/alternative; boundary="0000000000007a3c1e0628e5b3f2"

--0000000000007a3c1e0628e5b3f2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Estoy de vacaciones hasta el 9 de diciembre y apenas miro el correo. Si es =
algo urgente, ll=C3=A1mame al 644 21 87 90.

Un saludo,
Luc=C3=ADa

--0000000000007a3c1e0628e5b3f2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hola:<div><br></div><div>Estoy de vacaciones hasta el 9 de=
 diciembre y apenas miro el correo. Si es algo urgente, ll=C3=A1mame al 644=
 21 87 90.</div><div><br></div><div>Un saludo,</div><div>Luc=C3=ADa</div></=
div>

--0000000000007a3c1e0628e5b3f2--
"""),
    ('es', 'o365-ndr-rejected', 'automated', (), """Received: from DB9PR02MB7195.eurprd02.prod.outlook.com (2603:10a6:10:1a3::13) by
 DB9PR02MB7195.eurprd02.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8207.11; Wed, 25 Nov 2026 11:01:14 +0000
From: Microsoft Outlook <postmaster@construcciones-garrido.es>
To: <privacy@shop.example.be>
Date: Wed, 25 Nov 2026 11:01:14 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_J8A4P2c1-DB9PR02MB71_"
Content-Language: es-ES
Message-ID: <J8A4P2c1-DB9PR02MB7195.eurprd02.prod.outlook.com>
In-Reply-To: <case-J8A4P.2.a0c1d9@shop.example.be>
References: <case-J8A4P.2.a0c1d9@shop.example.be>
Subject: No se puede entregar: Re: Baja de la newsletter [PRV-J8A4P]
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr: 
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-replied

--_J8A4P2c1-DB9PR02MB71_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_J8A4P2c1-DB9PR02MB71_alt_"

--_J8A4P2c1-DB9PR02MB71_alt_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

El mensaje no se pudo entregar a jgarrido@construcciones-garrido.es.

El servidor de correo del destinatario rechaz=C3=B3 el mensaje porque el re=
mitente no est=C3=A1 autorizado a enviar mensajes a esta direcci=C3=B3n.

Acci=C3=B3n necesaria                                   Destinatario
Remitente no autorizado

C=C3=B3mo solucionar el problema
P=C3=B3ngase en contacto con el destinatario por otro medio (por ejemplo, p=
or tel=C3=A9fono) y p=C3=ADdale que su administrador de correo electr=C3=B3=
nico le agregue a la lista de remitentes permitidos.

M=C3=A1s informaci=C3=B3n para profesionales de TI del correo electr=C3=B3n=
ico
Status code: 550 5.7.1

Informaci=C3=B3n de diagn=C3=B3stico para administradores:

Servidor de generaci=C3=B3n: DB9PR02MB7195.eurprd02.prod.outlook.com

jgarrido@construcciones-garrido.es
Remote server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorize=
d'

--_J8A4P2c1-DB9PR02MB71_alt_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14=
px">
<p><b style=3D"color:#c00000;font-size:16px">El mensaje no se pudo entregar=
 a jgarrido@construcciones-garrido.es.</b></p>
<p>El servidor de correo del destinatario rechaz=C3=B3 el mensaje porque el=
 remitente no est=C3=A1 autorizado.</p>
<p>Status code: 550 5.7.1</p>
</div>
</body>
</html>

--_J8A4P2c1-DB9PR02MB71_alt_--

--_J8A4P2c1-DB9PR02MB71_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7195.eurprd02.prod.outlook.com
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Wed, 25 Nov 2026 11:01:14 +0000

Final-Recipient: rfc822;jgarrido@construcciones-garrido.es
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized

--_J8A4P2c1-DB9PR02MB71_
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by
 mx-eu.mail.protection.outlook.com with Microsoft SMTP Server; Wed, 25 Nov 2026 12:01:10 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Jorge Garrido <jgarrido@construcciones-garrido.es>
Subject: Re: Baja de la newsletter [PRV-J8A4P]
Date: Wed, 25 Nov 2026 12:01:10 +0100
Message-ID: <case-J8A4P.2.a0c1d9@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_J8A4P2c1-DB9PR02MB71_--
"""),
    ('es', 'zoho-ooo', 'automated', (), """Received: from mx.zohomail.eu (sender4-op-o12.zoho.eu [136.143.188.12])
	by mx.shop.example.be (Postfix) with ESMTPS id 7F0E12809B1
	for <privacy@shop.example.be>; Thu, 3 Dec 2026 09:40:21 +0100 (CET)
Date: Thu, 03 Dec 2026 09:40:20 +0100
From: Alberto Quiroga <alberto@quirogainteriorismo.com>
To: "privacy" <privacy@shop.example.be>
Message-Id: <193e3b0a41c.7f2d1e0b118874.5532190871654422110@quirogainteriorismo.com>
Subject: Fuera de la oficina
MIME-Version: 1.0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
X-Priority: Medium
Importance: Medium
X-Mailer: Zoho Mail
X-ZohoMail-Autoreply: true

<!DOCTYPE html><html><head><meta content=3D"text/html;charset=3DUTF-8" http=
-equiv=3D"Content-Type"></head><body><div style=3D"font-family: Verdana, Ar=
ial, Helvetica, sans-serif; font-size: 10pt;">Buenos d=C3=ADas,<br><br>Esta=
r=C3=A9 fuera de la oficina, visitando la feria de Maison&amp;Objet, hasta =
el lunes 14 de diciembre. Durante estos d=C3=ADas la respuesta a los correo=
s puede retrasarse.<br><br>Para presupuestos y pedidos en curso escribid a =
estudio@quirogainteriorismo.com.<br><br>Gracias,<br>Alberto Quiroga<br>Quir=
oga Interiorismo =C2=B7 Valencia</div></body></html>
"""),
    ('it', 'aruba-autoreply', 'automated', (), """Return-Path: <>
Received: from smtpdh16-2.aruba.it (smtpdh16-2.aruba.it [62.149.155.165])
	by mx.shop.example.be (Postfix) with ESMTPS id 3F19E280B5A
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 12:11:40 +0100 (CET)
From: Studio Bellandi <info@studiobellandi.it>
To: privacy@shop.example.be
Subject: =?utf-8?q?Risposta_automatica=3A_Re=3A_Richiesta_di_accesso_ai_da?=
 =?utf-8?q?ti_=5BPRV-2WQ9Y=5D?=
Date: Mon, 23 Nov 2026 12:11:39 +0100
Message-ID: <autoreply-6741b6bb.2f10.9d1c@studiobellandi.it>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Gentile mittente,

lo studio rester=C3=A0 chiuso per il ponte dell'Immacolata dal 5 all'8 dice=
mbre e riaprir=C3=A0 mercoled=C3=AC 9.
Le e-mail ricevute in questo periodo saranno lette al nostro rientro.

Cordiali saluti
Studio Bellandi - Commercialisti associati
Via Fiume 12, 50123 Firenze
"""),
    ('it', 'pec-provider-rejects-non-pec', 'automated', (), """Return-Path: <>
Received: from smtpi.pec.aruba.it (smtpi.pec.aruba.it [62.149.158.200])
	by mx.shop.example.be (Postfix) with ESMTPS id D9A40280F55
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 15:20:04 +0100 (CET)
Date: Tue, 24 Nov 2026 15:20:03 +0100
From: Mail Delivery System <MAILER-DAEMON@pec.aruba.it>
To: privacy@shop.example.be
Subject: =?utf-8?q?Messaggio_non_consegnato=3A_Re=3A_Cancellazione_account?=
 =?utf-8?q?_=5BPRV-C6T1M=5D?=
Message-ID: <opec21028.20261124152003.118702.771.1.53@pec.aruba.it>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_118702_1795.1795962003112"

------=_Part_118702_1795.1795962003112
Content-Type: text/plain; charset=iso-8859-15
Content-Transfer-Encoding: quoted-printable

Il messaggio da lei inviato in data 24/11/2026 alle ore 15:19:58 con oggetto
"Re: Cancellazione account [PRV-C6T1M]"
destinato a

  amministrazione@pec.falegnameriarossetti.it

non =E8 stato consegnato.

Motivo: la casella di destinazione =E8 una casella di Posta Elettronica
Certificata configurata per ricevere esclusivamente messaggi provenienti
da altre caselle PEC. I messaggi di posta ordinaria non vengono accettati.

Questo messaggio =E8 stato generato automaticamente, si prega di non rispon=
dere.

------=_Part_118702_1795.1795962003112
Content-Type: text/rfc822-headers

From: "Shop Example - Privacy" <privacy@shop.example.be>
To: amministrazione@pec.falegnameriarossetti.it
Subject: Re: Cancellazione account [PRV-C6T1M]
Date: Tue, 24 Nov 2026 15:19:58 +0100
Message-ID: <case-C6T1M.2.f0e1a2@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

------=_Part_118702_1795.1795962003112--
"""),
    ('it', 'o365-ndr-not-found', 'automated', (), """Received: from MR1P264MB3107.FRAP264.PROD.OUTLOOK.COM (2603:10a6:10:1a3::13) by
 MR1P264MB3107.FRAP264.PROD.OUTLOOK.COM with Microsoft SMTP Server
 id 15.20.8207.11; Fri, 27 Nov 2026 15:22:44 +0000
From: Microsoft Outlook <postmaster@mobilificioconti.it>
To: <privacy@shop.example.be>
Date: Fri, 27 Nov 2026 15:22:44 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_E4R8V2bd-MR1P264MB31_"
Content-Language: it-IT
Message-ID: <E4R8V2bd-MR1P264MB3107.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: <case-E4R8V.2.3bd0e7@shop.example.be>
References: <case-E4R8V.2.3bd0e7@shop.example.be>
Subject: Non recapitabile: Re: opposizione marketing [PRV-E4R8V]
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr: 
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1

--_E4R8V2bd-MR1P264MB31_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_E4R8V2bd-MR1P264MB31_alt_"

--_E4R8V2bd-MR1P264MB31_alt_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Impossibile recapitare il messaggio a giulia.conti@mobilificioconti.it.

L'indirizzo giulia.conti non =C3=A8 stato trovato in mobilificioconti.it.

Azione necessaria                                  Destinatario
Indirizzo sconosciuto

Come risolvere il problema
L'indirizzo potrebbe essere stato digitato in modo errato o non esistere. P=
rovi a eseguire una o pi=C3=B9 delle operazioni seguenti:

  *   Invii di nuovo il messaggio digitando manualmente l'indirizzo nella c=
asella A o Cc.
  *   Contatti il destinatario in un altro modo (ad esempio per telefono) e=
 chieda di verificare l'indirizzo.

Ulteriori informazioni per i professionisti IT della posta elettronica
Status code: 550 5.1.10

Informazioni di diagnostica per gli amministratori:

Server di generazione: MR1P264MB3107.FRAP264.PROD.OUTLOOK.COM

giulia.conti@mobilificioconti.it
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

--_E4R8V2bd-MR1P264MB31_alt_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14=
px">
<p><b style=3D"color:#c00000;font-size:16px">Impossibile recapitare il mess=
aggio a giulia.conti@mobilificioconti.it.</b></p>
<p>L'indirizzo giulia.conti non =C3=A8 stato trovato in mobilificioconti.it=
.</p>
<p>Status code: 550 5.1.10</p>
</div>
</body>
</html>

--_E4R8V2bd-MR1P264MB31_alt_--

--_E4R8V2bd-MR1P264MB31_
Content-Type: message/delivery-status

Reporting-MTA: dns;MR1P264MB3107.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Fri, 27 Nov 2026 15:22:44 +0000

Final-Recipient: rfc822;giulia.conti@mobilificioconti.it
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_E4R8V2bd-MR1P264MB31_
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by
 mx-eu.mail.protection.outlook.com with Microsoft SMTP Server; Fri, 27 Nov 2026 16:22:40 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Giulia Conti <giulia.conti@mobilificioconti.it>
Subject: Re: opposizione marketing [PRV-E4R8V]
Date: Fri, 27 Nov 2026 16:22:40 +0100
Message-ID: <case-E4R8V.2.3bd0e7@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_E4R8V2bd-MR1P264MB31_--
"""),
    ('it', 'phpbb-topic-notification', 'automated', (), """Return-Path: <noreply@forum.giardinaggiofacile.it>
Received: from web03.giardinaggiofacile.it (web03.giardinaggiofacile.it [198.51.100.203])
	by mx.shop.example.be (Postfix) with ESMTPS id A11E92806F0
	for <privacy@shop.example.be>; Sun, 29 Nov 2026 20:03:12 +0100 (CET)
Reply-To: GiardinaggioFacile <noreply@forum.giardinaggiofacile.it>
From: GiardinaggioFacile <noreply@forum.giardinaggiofacile.it>
Sender: <noreply@forum.giardinaggiofacile.it>
To: privacy@shop.example.be
Subject: =?utf-8?q?Notifica_di_risposta_all=27argomento_-_=22Negozi_online?=
 =?utf-8?q?_e_diritto_all=27oblio=3A_esperienze=3F=22?=
Date: Sun, 29 Nov 2026 20:03:11 +0100
Message-ID: <a9f1c03e7b2d5e11c4f0@forum.giardinaggiofacile.it>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Priority: 3
X-MSMail-Priority: Normal
X-Mailer: phpBB3
X-MimeOLE: phpBB3
X-phpBB-Origin: phpbb://forum.giardinaggiofacile.it
X-AntiAbuse: Board servername - forum.giardinaggiofacile.it
X-AntiAbuse: User_id - 8812
X-AntiAbuse: Username - shopexample_privacy
List-Unsubscribe: <https://forum.giardinaggiofacile.it/ucp.php?i=ucp_notifications&mode=notification_options>

Ciao shopexample_privacy,

Stai ricevendo questa notifica perché stai controllando l'argomento "Negozi online e diritto all'oblio: esperienze?" su "GiardinaggioFacile". Dall'ultima visita sono state inviate delle risposte a questo argomento da parte di rosmarino_77. Puoi usare il seguente collegamento per vedere le risposte inviate; non ci saranno ulteriori notifiche fino a quando non visiterai l'argomento.

Se desideri visualizzare il messaggio più recente dall'ultima visita, clicca sul seguente collegamento:
https://forum.giardinaggiofacile.it/viewtopic.php?t=15522&view=unread#unread

Se desideri visualizzare l'argomento, clicca sul seguente collegamento:
https://forum.giardinaggiofacile.it/viewtopic.php?t=15522

Se desideri visualizzare il forum, clicca sul seguente collegamento:
https://forum.giardinaggiofacile.it/viewforum.php?f=31

Se non desideri più controllare questo argomento puoi cliccare sul collegamento "Smetti di controllare questo argomento" che si trova in fondo all'argomento stesso, o cliccare sul seguente collegamento:
https://forum.giardinaggiofacile.it/viewtopic.php?uid=8812&f=31&t=15522&unwatch=topic

-- 
Grazie, GiardinaggioFacile
"""),
    ('pt', 'outlook-ooo-html-only', 'automated', (), """Received: from PAXPR02MB7728.eurprd02.prod.outlook.com (2603:10a6:102:2b8::11) by
 PAXPR02MB7728.eurprd02.prod.outlook.com with HTTPS; Thu, 26 Nov 2026 09:02:55 +0000
From: Rita Carvalho <rita.carvalho@quintadasoliveiras.pt>
To: privacy@shop.example.be
Subject: =?utf-8?q?Resposta_autom=C3=A1tica=3A_O_seu_pedido_de_retifica?=
 =?utf-8?q?=C3=A7=C3=A3o_=5BPRV-L7H3D=5D?=
Thread-Topic: =?utf-8?q?O_seu_pedido_de_retifica=C3=A7=C3=A3o_=5BPRV-L7H3D?=
 =?utf-8?q?=5D?=
Thread-Index: AQHbP+9j2kRz5sP0EeW1d6yQ0cTfiA==
Date: Thu, 26 Nov 2026 09:02:55 +0000
Message-ID: <PAXPR02MB7728C4D3E1A2F0B98E77A1C5D21B2@PAXPR02MB7728.eurprd02.prod.outlook.com>
In-Reply-To: <case-L7H3D.2.c7e0b2@shop.example.be>
Content-Language: pt-PT
X-MS-Has-Attach: 
X-MS-Exchange-Inbox-Rules-Loop: rita.carvalho@quintadasoliveiras.pt
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
1">
</head>
<body>
<div style=3D"font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt=
">
<p>Bom dia,</p>
<p>Estarei ausente at=E9 dia 10 de dezembro, sem acesso regular ao email.</=
p>
<p>Para assuntos de fatura=E7=E3o contacte por favor a Ana Sousa (ana.sousa=
@quintadasoliveiras.pt).</p>
<p>Obrigada,<br>Rita Carvalho</p>
</div>
</body>
</html>
"""),
    ('pt', 'gmail-dsn-not-found', 'automated', (), """Return-Path: <>
Received: by mail-yb1-f197.google.com with SMTP id 3f1490d57ef6-e3883a9b1e1so412117276.2
        for <privacy@shop.example.be>; Mon, 30 Nov 2026 03:51:22 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <case-T2K6W.1.b91c04@shop.example.be>
In-Reply-To: <case-T2K6W.1.b91c04@shop.example.be>
X-Failed-Recipients: rafaelmendes.pt@gmail.com
Message-ID: <674afd0a.050a0220.3c1f21.9a01.GMR@mx.google.com>
Date: Mon, 30 Nov 2026 03:51:22 -0800 (PST)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="00000000000055b1a00628f3e9c0"; report-type=delivery-status

--00000000000055b1a00628f3e9c0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Endere=C3=A7o n=C3=A3o encontrado **

A sua mensagem n=C3=A3o foi entregue a rafaelmendes.pt@gmail.com porque o e=
ndere=C3=A7o n=C3=A3o foi encontrado ou n=C3=A3o pode receber emails.

Saiba mais aqui: https://support.google.com/mail/?p=3DNoSuchUser

A resposta do servidor remoto foi:
550 5.1.1 The email account that you tried to reach does not exist. Please =
try double-checking the recipient's email address for typos or unnecessary =
spaces. For more information, go to https://support.google.com/mail/?p=3DNo=
SuchUser 5b1f17b1804b1-434b0b5e1a1si9177315e9.201 - gsmtp

--00000000000055b1a00628f3e9c0
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 30 Nov 2026 03:51:21 -0800 (PST)
X-Original-Message-ID: <case-T2K6W.1.b91c04@shop.example.be>

Final-Recipient: rfc822; rafaelmendes.pt@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.27.26, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Mon, 30 Nov 2026 03:51:22 -0800 (PST)

--00000000000055b1a00628f3e9c0
Content-Type: message/rfc822

From: "Shop Example - Privacy" <privacy@shop.example.be>
To: rafaelmendes.pt@gmail.com
Subject: =?utf-8?q?Confirme_o_seu_pedido_=5BPRV-T2K6W=5D?=
Date: Mon, 30 Nov 2026 12:51:19 +0100
Message-ID: <case-T2K6W.1.b91c04@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Recebemos a partir deste endere=C3=A7o um pedido relativo aos seus dados
pessoais. Para confirmarmos que foi mesmo voc=C3=AA, responda a este email =
com
o c=C3=B3digo 307 915 ou abra a liga=C3=A7=C3=A3o abaixo nos pr=C3=B3ximos =
7 dias:

https://shop.example.be/privacy/verify/T2K6W?t=3Da8Yq0Pz2

Se n=C3=A3o fez nenhum pedido, pode ignorar esta mensagem.

A equipa de privacidade da Shop Example

--00000000000055b1a00628f3e9c0--
"""),
    ('pt', 'helpdesk-autoack', 'automated', (), """Received: from out-2.mta.helpscout.net (out-2.mta.helpscout.net [52.21.40.9])
	by mx.shop.example.be (Postfix) with ESMTPS id 4C2A9280D81
	for <privacy@shop.example.be>; Wed, 2 Dec 2026 10:14:48 +0100 (CET)
From: Apoio ao Cliente TransLusa <apoio@translusa-logistica.pt>
To: privacy@shop.example.be
Subject: Recebemos a sua mensagem [#77310]
Date: Wed, 02 Dec 2026 09:14:47 +0000
Message-ID: <reply-77310-0-ack@helpscout.net>
Auto-Submitted: auto-replied
Precedence: auto_reply
X-HelpScout-Auto-Reply: 1
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

T2zDoSwKCk9icmlnYWRvIHBlbG8gc2V1IGNvbnRhY3RvLiBFc3RhIMOpIHVtYSByZXNwb3N0YSBh
dXRvbcOhdGljYSBwYXJhIGNvbmZpcm1hcgpxdWUgcmVjZWJlbW9zIGEgc3VhIG1lbnNhZ2VtLCBy
ZWdpc3RhZGEgY29tIG8gbsO6bWVybyAjNzczMTAuCgpBIG5vc3NhIGVxdWlwYSByZXNwb25kZSBw
b3Igb3JkZW0gZGUgY2hlZ2FkYSwgbm9ybWFsbWVudGUgZW0gMjQgYSA0OCBob3JhcwrDunRlaXMu
IE7Do28gw6kgbmVjZXNzw6FyaW8gcmVlbnZpYXIgbyBwZWRpZG8uCgpDb20gb3MgbWVsaG9yZXMg
Y3VtcHJpbWVudG9zLApBcG9pbyBhbyBDbGllbnRlIFRyYW5zTHVzYQo=
"""),
    ('pl', 'wp-autoresponder', 'automated', (), """Return-Path: <>
Received: from mx.wp.pl (mx.wp.pl [212.77.101.11])
	by mx.shop.example.be (Postfix) with ESMTPS id 2E8B02804D2
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 07:30:55 +0100 (CET)
Date: Tue, 24 Nov 2026 07:30:54 +0100
From: =?iso-8859-2?q?Tomasz_Wi=B6niewski?= <t.wisniewski84@wp.pl>
To: privacy@shop.example.be
Subject: =?iso-8859-2?q?Autoodpowied=BC=3A_Re=3A_Wniosek_o_usuni=EAcie_dan?=
 =?iso-8859-2?q?ych_=5BPRV-U1N5K=5D?=
Message-ID: <autoresponder-6742c8be-1a2b@wp.pl>
X-WP-Autoresponder: yes
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: quoted-printable

Dzie=F1 dobry,

jestem na urlopie do 7 grudnia, w tym czasie nie odczytuj=EA poczty.
Odpisz=EA po powrocie.

Pozdrawiam
Tomasz Wi=B6niewski
"""),
    ('pl', 'o365-ndr-not-found', 'automated', (), """Received: from WA2PR08MB6310.eurprd08.prod.outlook.com (2603:10a6:10:1a3::13) by
 WA2PR08MB6310.eurprd08.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8207.11; Thu, 26 Nov 2026 12:17:06 +0000
From: Microsoft Outlook <postmaster@ogrody-zielinska.pl>
To: <privacy@shop.example.be>
Date: Thu, 26 Nov 2026 12:17:06 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_P3V8J3f0-WA2PR08MB63_"
Content-Language: pl-PL
Message-ID: <P3V8J3f0-WA2PR08MB6310.eurprd08.prod.outlook.com>
In-Reply-To: <case-P3V8J.3.e2f0a1@shop.example.be>
References: <case-P3V8J.3.e2f0a1@shop.example.be>
Subject: Niedostarczone: Re: Kopia moich danych [PRV-P3V8J]
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr: 
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-replied

--_P3V8J3f0-WA2PR08MB63_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_P3V8J3f0-WA2PR08MB63_alt_"

--_P3V8J3f0-WA2PR08MB63_alt_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Nie mo=C5=BCna dostarczy=C4=87 Twojej wiadomo=C5=9Bci do k.zielinska@ogrody=
-zielinska.pl.

Nie znaleziono adresu k.zielinska w domenie ogrody-zielinska.pl.

Wymagana akcja                                     Adresat
Nieznany adres

Jak rozwi=C4=85za=C4=87 ten problem
Adres m=C3=B3g=C5=82 zosta=C4=87 b=C5=82=C4=99dnie wpisany lub nie istnieje=
. Spr=C3=B3buj wykona=C4=87 co najmniej jedn=C4=85 z nast=C4=99puj=C4=85cyc=
h czynno=C5=9Bci:

  *   Wy=C5=9Blij wiadomo=C5=9B=C4=87 ponownie, wpisuj=C4=85c adres r=C4=99=
cznie w polu Do lub DW.
  *   Skontaktuj si=C4=99 z adresatem w inny spos=C3=B3b (na przyk=C5=82ad =
telefonicznie) i potwierd=C5=BA poprawny adres.

Wi=C4=99cej informacji dla specjalist=C3=B3w IT ds. poczty e-mail
Status code: 550 5.1.10

Informacje diagnostyczne dla administrator=C3=B3w:

Serwer generuj=C4=85cy: WA2PR08MB6310.eurprd08.prod.outlook.com

k.zielinska@ogrody-zielinska.pl
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

--_P3V8J3f0-WA2PR08MB63_alt_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14=
px">
<p><b style=3D"color:#c00000;font-size:16px">Nie mo=C5=BCna dostarczy=C4=87=
 Twojej wiadomo=C5=9Bci do k.zielinska@ogrody-zielinska.pl.</b></p>
<p>Nie znaleziono adresu k.zielinska w domenie ogrody-zielinska.pl.</p>
<p>Status code: 550 5.1.10</p>
</div>
</body>
</html>

--_P3V8J3f0-WA2PR08MB63_alt_--

--_P3V8J3f0-WA2PR08MB63_
Content-Type: message/delivery-status

Reporting-MTA: dns;WA2PR08MB6310.eurprd08.prod.outlook.com
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Thu, 26 Nov 2026 12:17:06 +0000

Final-Recipient: rfc822;k.zielinska@ogrody-zielinska.pl
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_P3V8J3f0-WA2PR08MB63_
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by
 mx-eu.mail.protection.outlook.com with Microsoft SMTP Server; Thu, 26 Nov 2026 13:17:02 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Katarzyna Zielińska <k.zielinska@ogrody-zielinska.pl>
Subject: Re: Kopia moich danych [PRV-P3V8J]
Date: Thu, 26 Nov 2026 13:17:02 +0100
Message-ID: <case-P3V8J.3.e2f0a1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_P3V8J3f0-WA2PR08MB63_--
"""),
    ('pl', 'exchange-delay-dsn', 'automated', (), """Received: from EXCH01.firma-budrem.local (10.1.1.20) by EXCH01.firma-budrem.local
 (10.1.1.20) with Microsoft SMTP Server id 15.2.1544.4; Wed, 2 Dec 2026 08:00:12 +0100
From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@firma-budrem.pl>
To: privacy@shop.example.be
Date: Wed, 2 Dec 2026 08:00:12 +0100
Subject: =?utf-8?q?Op=C3=B3=C5=BAnione=3A_Re=3A_Sprzeciw_wobec_marketingu_?=
 =?utf-8?q?=5BPRV-B9M2X=5D?=
Content-Type: multipart/report; report-type=delivery-status;
	boundary="d1a7e5c3-0b44-4f0d-9e21-70a3b2c11d55"
Content-Language: pl-PL
Message-ID: <0a5c2e7f-3b91-4d2c-a1e0-55d7c8b2f411@EXCH01.firma-budrem.local>
In-Reply-To: <case-B9M2X.2.7a1c3e@shop.example.be>
Thread-Topic: =?utf-8?q?Re=3A_Sprzeciw_wobec_marketingu_=5BPRV-B9M2X=5D?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--d1a7e5c3-0b44-4f0d-9e21-70a3b2c11d55
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dostarczanie do tych adresat=C3=B3w lub grup jest op=C3=B3=C5=BAnione:

biuro@firma-budrem.pl (biuro@firma-budrem.pl)

Temat: Re: Sprzeciw wobec marketingu [PRV-B9M2X]

Ta wiadomo=C5=9B=C4=87 nie zosta=C5=82a jeszcze dostarczona. Ponowienie pr=
=C3=B3by dostarczenia nast=C4=85pi automatycznie. Nie trzeba jej wysy=C5=82=
a=C4=87 ponownie. Je=C5=9Bli nie b=C4=99dzie mo=C5=BCna jej dostarczy=C4=87=
 do 4 grudnia 2026 08:00:05, otrzymasz kolejne powiadomienie.

Informacje diagnostyczne dla administrator=C3=B3w:

Serwer generuj=C4=85cy: EXCH01.firma-budrem.local

biuro@firma-budrem.pl
Remote Server returned '400 4.4.7 Message delayed'

--d1a7e5c3-0b44-4f0d-9e21-70a3b2c11d55
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.firma-budrem.local
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Wed, 2 Dec 2026 04:00:05 +0000

Final-Recipient: rfc822;biuro@firma-budrem.pl
Action: delayed
Status: 4.4.7
Will-Retry-Until: Fri, 4 Dec 2026 07:00:05 +0000
X-Display-Name: biuro@firma-budrem.pl

--d1a7e5c3-0b44-4f0d-9e21-70a3b2c11d55
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by
 mx-eu.mail.protection.outlook.com with Microsoft SMTP Server; Wed, 2 Dec 2026 05:00:03 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: biuro@firma-budrem.pl
Subject: Re: Sprzeciw wobec marketingu [PRV-B9M2X]
Date: Wed, 2 Dec 2026 05:00:03 +0100
Message-ID: <case-B9M2X.2.7a1c3e@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--d1a7e5c3-0b44-4f0d-9e21-70a3b2c11d55--
"""),
    ('cs', 'seznam-autoresponder', 'automated', (), """Return-Path: <>
Received: from mxa.seznam.cz (mxa.seznam.cz [77.75.78.210])
	by mx.shop.example.be (Postfix) with ESMTPS id 5E2C1280A70
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 19:44:03 +0100 (CET)
From: =?utf-8?q?Petra_Nov=C3=A1kov=C3=A1?= <petra.novakova77@seznam.cz>
To: privacy@shop.example.be
Subject: =?utf-8?b?QXV0b21hdGlja8OhIG9kcG92xJvEjzogUmU6IMW9w6Fkb3N0IG8g?=
 =?utf-8?b?dsO9bWF6IMO6ZGFqxa8gW1BSVi1XOEQ0Rl0=?=
Date: Wed, 25 Nov 2026 19:44:02 +0100 (CET)
Message-Id: <autoresponse.4Ff3Zk.2a71@email.seznam.cz>
Auto-Submitted: auto-replied
Precedence: bulk
X-Mailer: Seznam Email
Mime-Version: 1.0 (Seznam Email)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,
do 6. 12. =C4=8Derp=C3=A1m dovolenou a po=C5=A1tu ne=C4=8Dtu. Po n=C3=A1vra=
tu se V=C3=A1m ozvu.
V nal=C3=A9hav=C3=BDch p=C5=99=C3=ADpadech volejte 604 118 227.

Petra Nov=C3=A1kov=C3=A1
"""),
    ('cs', 'o365-ndr-not-found', 'automated', (), """Received: from VI1P190MB0521.EURP190.PROD.OUTLOOK.COM (2603:10a6:10:1a3::13) by
 VI1P190MB0521.EURP190.PROD.OUTLOOK.COM with Microsoft SMTP Server
 id 15.20.8207.11; Tue, 1 Dec 2026 09:05:36 +0000
From: Microsoft Outlook <postmaster@zahradnictvi-dvorak.cz>
To: <privacy@shop.example.be>
Date: Tue, 1 Dec 2026 09:05:36 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_Y2C7N2a0-VI1P190MB05_"
Content-Language: cs-CZ
Message-ID: <Y2C7N2a0-VI1P190MB0521.EURP190.PROD.OUTLOOK.COM>
In-Reply-To: <case-Y2C7N.2.aa01f3@shop.example.be>
References: <case-Y2C7N.2.aa01f3@shop.example.be>
Subject: =?utf-8?q?Nedoru=C4=8Diteln=C3=A9=3A_Re=3A_Oprava_adresy_=5BPRV-Y?=
 =?utf-8?q?2C7N=5D?=
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr: 
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-replied

--_Y2C7N2a0-VI1P190MB05_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_Y2C7N2a0-VI1P190MB05_alt_"

--_Y2C7N2a0-VI1P190MB05_alt_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Zpr=C3=A1vu se nepoda=C5=99ilo doru=C4=8Dit na adresu dvorak@zahradnictvi-d=
vorak.cz.

Adresa dvorak nebyla v dom=C3=A9n=C4=9B zahradnictvi-dvorak.cz nalezena.

Po=C5=BEadovan=C3=A1 akce                                    P=C5=99=C3=ADj=
emce
Nezn=C3=A1m=C3=A1 adresa

Jak tento probl=C3=A9m vy=C5=99e=C5=A1it
Adresa je mo=C5=BEn=C3=A1 zadan=C3=A1 chybn=C4=9B nebo neexistuje. Zkuste p=
rov=C3=A9st n=C4=9Bkter=C3=A9 z t=C4=9Bchto krok=C5=AF:

  *   Ode=C5=A1lete zpr=C3=A1vu znovu a adresu zadejte ru=C4=8Dn=C4=9B do p=
ole Komu nebo Kopie.
  *   Kontaktujte p=C5=99=C3=ADjemce jin=C3=BDm zp=C5=AFsobem (nap=C5=99=C3=
=ADklad telefonicky) a ov=C4=9B=C5=99te si spr=C3=A1vnou adresu.

Dal=C5=A1=C3=AD informace pro e-mailov=C3=A9 spr=C3=A1vce IT
Status code: 550 5.1.10

Diagnostick=C3=A9 informace pro spr=C3=A1vce:

Generuj=C3=ADc=C3=AD server: VI1P190MB0521.EURP190.PROD.OUTLOOK.COM

dvorak@zahradnictvi-dvorak.cz
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

--_Y2C7N2a0-VI1P190MB05_alt_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14=
px">
<p><b style=3D"color:#c00000;font-size:16px">Zpr=C3=A1vu se nepoda=C5=99ilo=
 doru=C4=8Dit na adresu dvorak@zahradnictvi-dvorak.cz.</b></p>
<p>Adresa dvorak nebyla v dom=C3=A9n=C4=9B zahradnictvi-dvorak.cz nalezena.=
</p>
<p>Status code: 550 5.1.10</p>
</div>
</body>
</html>

--_Y2C7N2a0-VI1P190MB05_alt_--

--_Y2C7N2a0-VI1P190MB05_
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1P190MB0521.EURP190.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Tue, 1 Dec 2026 09:05:36 +0000

Final-Recipient: rfc822;dvorak@zahradnictvi-dvorak.cz
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_Y2C7N2a0-VI1P190MB05_
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by
 mx-eu.mail.protection.outlook.com with Microsoft SMTP Server; Tue, 1 Dec 2026 10:05:33 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Ing. Martin Dvořák <dvorak@zahradnictvi-dvorak.cz>
Subject: Re: Oprava adresy [PRV-Y2C7N]
Date: Tue, 1 Dec 2026 10:05:33 +0100
Message-ID: <case-Y2C7N.2.aa01f3@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_Y2C7N2a0-VI1P190MB05_--
"""),
    ('cs', 'mailman-held-for-moderation', 'automated', (), """Return-Path: <zahradkari-bounces@lists.zahradkari-brno.cz>
Received: from lists.zahradkari-brno.cz (lists.zahradkari-brno.cz [203.0.113.160])
	by mx.shop.example.be (Postfix) with ESMTPS id 9B1D3280C0E
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 14:30:12 +0100 (CET)
Subject: =?iso-8859-2?q?Va=B9e_zpr=E1va_do_konference_Zahradkari_=E8ek=E1_?=
 =?iso-8859-2?q?na_schv=E1len=ED_moder=E1torem?=
From: zahradkari-owner@lists.zahradkari-brno.cz
To: privacy@shop.example.be
Message-ID: <mailman.217.1795959012.1841.zahradkari@lists.zahradkari-brno.cz>
Date: Thu, 26 Nov 2026 14:30:12 +0100
Precedence: bulk
X-BeenThere: zahradkari@lists.zahradkari-brno.cz
X-Mailman-Version: 2.1.39
List-Id: =?iso-8859-2?q?Diskuse_zahr=E1dk=E1=F8=F9?= <zahradkari.lists.zahradkari-brno.cz>
X-List-Administrivia: yes
Errors-To: zahradkari-bounces@lists.zahradkari-brno.cz
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Va=B9e zpr=E1va pro 'Zahradkari' s p=F8edm=ECtem

    Re: Dotaz k osobn=EDm =FAdaj=F9m [PRV-A5S9G]

=E8ek=E1 na schv=E1len=ED moder=E1torem konference.

D=F9vod pozdr=BEen=ED zpr=E1vy:

    Zpr=E1vu poslal ne=E8len do konference ur=E8en=E9 pouze pro =E8leny

Bu=EF bude zpr=E1va rozesl=E1na, nebo obdr=BE=EDte informaci o rozhodnut=ED
moder=E1tora. Chcete-li zpr=E1vu zru=B9it, jd=ECte na:

    https://lists.zahradkari-brno.cz/mailman/confirm/zahradkari/0b7f21c9e4d=
3a8f15e2c77a0d91b3e6c4f8a2d11
"""),
    ('hr', 'tcom-ooo', 'automated', (), """Return-Path: <>
Received: from mx.t-com.hr (mx.t-com.hr [195.29.150.135])
	by mx.shop.example.be (Postfix) with ESMTPS id 2A6F0280B21
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 10:02:45 +0100 (CET)
From: =?utf-8?q?Ivana_Horvat?= <ivana.horvat@t-com.hr>
To: privacy@shop.example.be
Subject: =?windows-1250?q?Automatski_odgovor=3A_Re=3A_Brisanje_korisni=E8k?=
 =?windows-1250?q?og_ra=E8una_=5BPRV-G3Q6B=5D?=
Date: Mon, 23 Nov 2026 10:02:44 +0100
Message-ID: <vacation.20261123100244.7712@webmail.t-com.hr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1250
Content-Transfer-Encoding: quoted-printable

Po=9Atovani,

trenutno sam na godi=9Anjem odmoru do 7.12.2026. i nemam pristup e-po=9Ati.
Na Va=9Au poruku odgovorit =E6u po povratku.

Lijep pozdrav,
Ivana Horvat
"""),
    ('hr', 'o365-ndr-quota', 'automated', (), """Received: from DU2P193MB2218.EURP193.PROD.OUTLOOK.COM (2603:10a6:10:1a3::13) by
 DU2P193MB2218.EURP193.PROD.OUTLOOK.COM with Microsoft SMTP Server
 id 15.20.8207.11; Fri, 27 Nov 2026 08:48:13 +0000
From: Microsoft Outlook <postmaster@vrtni-centar-babic.hr>
To: <privacy@shop.example.be>
Date: Fri, 27 Nov 2026 08:48:13 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_D7F2L251-DU2P193MB22_"
Content-Language: hr-HR
Message-ID: <D7F2L251-DU2P193MB2218.EURP193.PROD.OUTLOOK.COM>
In-Reply-To: <case-D7F2L.2.51c0e8@shop.example.be>
References: <case-D7F2L.2.51c0e8@shop.example.be>
Subject: =?utf-8?q?Neisporu=C4=8Divo=3A_Re=3A_Pristup_osobnim_podacima_=5B?=
 =?utf-8?q?PRV-D7F2L=5D?=
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr: 
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1

--_D7F2L251-DU2P193MB22_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_D7F2L251-DU2P193MB22_alt_"

--_D7F2L251-DU2P193MB22_alt_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Va=C5=A1a poruka za marko.babic@vrtni-centar-babic.hr nije mogla biti ispor=
u=C4=8Dena.

Po=C5=A1tanski sandu=C4=8Di=C4=87 primatelja je pun i trenuta=C4=8Dno ne mo=
=C5=BEe primati poruke.

Potrebna radnja                                    Primatelj
Po=C5=A1tanski sandu=C4=8Di=C4=87 primatelja je pun

Kako rije=C5=A1iti problem
Poku=C5=A1ajte poruku poslati ponovno kasnije ili se obratite primatelju na=
 neki drugi na=C4=8Din (primjerice telefonom) i zamolite ga da oslobodi pro=
stor u sandu=C4=8Di=C4=87u.

Dodatne informacije za IT stru=C4=8Dnjake za e-po=C5=A1tu
Status code: 554 5.2.2

Dijagnosti=C4=8Dki podaci za administratore:

Poslu=C5=BEitelj za generiranje: DU2P193MB2218.EURP193.PROD.OUTLOOK.COM

marko.babic@vrtni-centar-babic.hr
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:=
QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

--_D7F2L251-DU2P193MB22_alt_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14=
px">
<p><b style=3D"color:#c00000;font-size:16px">Va=C5=A1a poruka za marko.babi=
c@vrtni-centar-babic.hr nije mogla biti isporu=C4=8Dena.</b></p>
<p>Po=C5=A1tanski sandu=C4=8Di=C4=87 primatelja je pun i trenuta=C4=8Dno ne=
 mo=C5=BEe primati poruke.</p>
<p>Status code: 554 5.2.2</p>
</div>
</body>
</html>

--_D7F2L251-DU2P193MB22_alt_--

--_D7F2L251-DU2P193MB22_
Content-Type: message/delivery-status

Reporting-MTA: dns;DU2P193MB2218.EURP193.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Fri, 27 Nov 2026 08:48:13 +0000

Final-Recipient: rfc822;marko.babic@vrtni-centar-babic.hr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--_D7F2L251-DU2P193MB22_
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by
 mx-eu.mail.protection.outlook.com with Microsoft SMTP Server; Fri, 27 Nov 2026 09:48:10 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Marko Babić <marko.babic@vrtni-centar-babic.hr>
Subject: Re: Pristup osobnim podacima [PRV-D7F2L]
Date: Fri, 27 Nov 2026 09:48:10 +0100
Message-ID: <case-D7F2L.2.51c0e8@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_D7F2L251-DU2P193MB22_--
"""),
    ('hr', 'gmail-vacation-challenge', 'automated', (), """Received: by mail-ej1-f45.google.com with SMTP id a640c23a62f3a-aa1e6ecd353so41155666b.1
        for <privacy@shop.example.be>; Sun, 29 Nov 2026 13:05:10 -0800 (PST)
MIME-Version: 1.0
From: =?utf-8?b?QW5hIEtvdmHEjWV2acSH?= <ana.kovacevic.zg@gmail.com>
Date: Sun, 29 Nov 2026 22:05:09 +0100
Message-ID: <CAH1vQ0s7Xq=vacation-8e21b0d1f4@mail.gmail.com>
Subject: =?utf-8?q?Odsutna_do_4=2E12=2E?=
To: privacy@shop.example.be
In-Reply-To: <case-K1M8R.1.e40b2c@shop.example.be>
References: <case-K1M8R.1.e40b2c@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000b81a2f0628f6a1c3"

--000000000000b81a2f0628f6a1c3
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hvala na poruci. Na slu=C5=BEbenom sam putu do petka 4.12. i odgovaram povr=
emeno. Hitno: 091 552 1873.

Ana

--000000000000b81a2f0628f6a1c3
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hvala na poruci. Na slu=C5=BEbenom sam putu do petka 4.12.=
 i odgovaram povremeno. Hitno: 091 552 1873.<div><br></div><div>Ana</div></=
div>

--000000000000b81a2f0628f6a1c3--
"""),
    ('sv', 'outlook-ooo', 'automated', (), """Received: from GV3P280MB0317.SWEP280.PROD.OUTLOOK.COM (2603:10a6:150:8::19) by
 GV3P280MB0317.SWEP280.PROD.OUTLOOK.COM with HTTPS; Mon, 23 Nov 2026 07:15:01 +0000
From: =?utf-8?q?Johan_Str=C3=B6m?= <johan.strom@tradgardsbolaget.se>
To: "Shop Example - Privacy" <privacy@shop.example.be>
Subject: =?utf-8?q?Automatiskt_svar=3A_Ang=2E_er_beg=C3=A4ran_om_registeru?=
 =?utf-8?q?tdrag_=5BPRV-S4H9E=5D?=
Thread-Topic: =?utf-8?q?Ang=2E_er_beg=C3=A4ran_om_registerutdrag_=5BPRV-S4?=
 =?utf-8?q?H9E=5D?=
Thread-Index: AQHbPYx1dE3aPq8tVUm2c1gR0yN2bw==
Date: Mon, 23 Nov 2026 07:15:01 +0000
Message-ID: <GV3P280MB03171A9D0C3E5F2B7A1E44C0B81F2@GV3P280MB0317.SWEP280.PROD.OUTLOOK.COM>
In-Reply-To: <case-S4H9E.2.0c3d71@shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach: 
X-MS-Exchange-Inbox-Rules-Loop: johan.strom@tradgardsbolaget.se
X-MS-Exchange-Organization-AutoResponse: true
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGVqIQoKSmFnIMOkciBww6Ugc2VtZXN0ZXIgdC5vLm0uIDYvMTIgb2NoIGzDpHNlciBpbnRlIG1p
biBtZWpsLiBWaWQgYnLDpWRza2FuZGUgw6RyZW5kZW4sIGtvbnRha3RhIG9yZGVyQHRyYWRnYXJk
c2JvbGFnZXQuc2UgZWxsZXIgcmluZyB2w6R4ZWxuIDA4LTUyMCAxMTggMDAuCgpWw6RubGlnYSBo
w6Rsc25pbmdhcgpKb2hhbiBTdHLDtm0KVHLDpGRnw6VyZHNib2xhZ2V0IGkgU3ZlcmlnZSBBQgo=
"""),
    ('sv', 'o365-ndr-not-found', 'automated', (), """Received: from GVXP280MB0734.SWEP280.PROD.OUTLOOK.COM (2603:10a6:10:1a3::13) by
 GVXP280MB0734.SWEP280.PROD.OUTLOOK.COM with Microsoft SMTP Server
 id 15.20.8207.11; Tue, 24 Nov 2026 13:20:58 +0000
From: Microsoft Outlook <postmaster@lundgrensbygg.se>
To: <privacy@shop.example.be>
Date: Tue, 24 Nov 2026 13:20:58 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_N6B3T2f1-GVXP280MB07_"
Content-Language: sv-SE
Message-ID: <N6B3T2f1-GVXP280MB0734.SWEP280.PROD.OUTLOOK.COM>
In-Reply-To: <case-N6B3T.2.f13b07@shop.example.be>
References: <case-N6B3T.2.f13b07@shop.example.be>
Subject: Det gick inte att leverera: Re: Radera mitt konto [PRV-N6B3T]
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr: 
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-replied

--_N6B3T2f1-GVXP280MB07_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_N6B3T2f1-GVXP280MB07_alt_"

--_N6B3T2f1-GVXP280MB07_alt_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ditt meddelande till emma.lundgren@lundgrensbygg.se kunde inte levereras.

emma.lundgren finns inte hos lundgrensbygg.se.

=C3=85tg=C3=A4rd kr=C3=A4vs                                       Mottagare
Ok=C3=A4nd mottagare

S=C3=A5 h=C3=A4r =C3=A5tg=C3=A4rdar du problemet
Adressen kan vara felstavad eller finnas inte. Prova en eller flera av f=C3=
=B6ljande:

  *   Skicka meddelandet igen och skriv in adressen manuellt i rutan Till e=
ller Kopia.
  *   Kontakta mottagaren p=C3=A5 annat s=C3=A4tt (till exempel per telefon=
) och bekr=C3=A4fta r=C3=A4tt adress.

Mer information f=C3=B6r IT-experter inom e-post
Status code: 550 5.1.10

Diagnostikinformation f=C3=B6r administrat=C3=B6rer:

Genererande server: GVXP280MB0734.SWEP280.PROD.OUTLOOK.COM

emma.lundgren@lundgrensbygg.se
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

--_N6B3T2f1-GVXP280MB07_alt_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14=
px">
<p><b style=3D"color:#c00000;font-size:16px">Ditt meddelande till emma.lund=
gren@lundgrensbygg.se kunde inte levereras.</b></p>
<p>emma.lundgren finns inte hos lundgrensbygg.se.</p>
<p>Status code: 550 5.1.10</p>
</div>
</body>
</html>

--_N6B3T2f1-GVXP280MB07_alt_--

--_N6B3T2f1-GVXP280MB07_
Content-Type: message/delivery-status

Reporting-MTA: dns;GVXP280MB0734.SWEP280.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Tue, 24 Nov 2026 13:20:58 +0000

Final-Recipient: rfc822;emma.lundgren@lundgrensbygg.se
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_N6B3T2f1-GVXP280MB07_
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by
 mx-eu.mail.protection.outlook.com with Microsoft SMTP Server; Tue, 24 Nov 2026 14:20:55 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Emma Lundgren <emma.lundgren@lundgrensbygg.se>
Subject: Re: Radera mitt konto [PRV-N6B3T]
Date: Tue, 24 Nov 2026 14:20:55 +0100
Message-ID: <case-N6B3T.2.f13b07@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_N6B3T2f1-GVXP280MB07_--
"""),
    ('sv', 'exchange-delay-dsn', 'automated', (), """Received: from SRV-EX02.kommun.local (10.40.2.12) by SRV-EX02.kommun.local (10.40.2.12)
 with Microsoft SMTP Server id 15.2.1258.28; Thu, 3 Dec 2026 12:00:40 +0100
From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@harnosand-kommun.se>
To: privacy@shop.example.be
Date: Thu, 3 Dec 2026 12:00:40 +0100
Subject: =?utf-8?q?Leveransen_f=C3=B6rdr=C3=B6jdes=3A_Re=3A_=C3=85terkalla?=
 =?utf-8?q?t_samtycke_=5BPRV-H8R2C=5D?=
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7e2b0a11-93cd-4a58-8f77-1c5e0d9b3a62"
Content-Language: sv-SE
Message-ID: <c4f1e2a0-7b3d-4e99-8a12-90d1e5b7c3f0@SRV-EX02.kommun.local>
In-Reply-To: <case-H8R2C.2.9e0d4b@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0

--7e2b0a11-93cd-4a58-8f77-1c5e0d9b3a62
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Leveransen till de h=C3=A4r mottagarna eller grupperna har f=C3=B6rdr=C3=B6=
jts:

Karin Nyberg (karin.nyberg@harnosand-kommun.se)

=C3=84mne: Re: =C3=85terkallat samtycke [PRV-H8R2C]

Meddelandet har inte levererats =C3=A4n. Vi forts=C3=A4tter att f=C3=B6rs=
=C3=B6ka leverera det automatiskt, s=C3=A5 du beh=C3=B6ver inte skicka det =
igen. Om det inte kan levereras f=C3=B6re 5 december 2026 08:00:31 meddelar=
 vi dig.

Diagnostikinformation f=C3=B6r administrat=C3=B6rer:

Genererande server: SRV-EX02.kommun.local

karin.nyberg@harnosand-kommun.se
Remote Server returned '400 4.4.7 Message delayed'

--7e2b0a11-93cd-4a58-8f77-1c5e0d9b3a62
Content-Type: message/delivery-status

Reporting-MTA: dns;SRV-EX02.kommun.local
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Thu, 3 Dec 2026 07:00:31 +0000

Final-Recipient: rfc822;karin.nyberg@harnosand-kommun.se
Action: delayed
Status: 4.4.7
Will-Retry-Until: Sat, 5 Dec 2026 07:00:31 +0000
X-Display-Name: Karin Nyberg

--7e2b0a11-93cd-4a58-8f77-1c5e0d9b3a62
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by
 mx-eu.mail.protection.outlook.com with Microsoft SMTP Server; Thu, 3 Dec 2026 08:00:29 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Karin Nyberg <karin.nyberg@harnosand-kommun.se>
Subject: =?utf-8?q?Re=3A_=C3=85terkallat_samtycke_=5BPRV-H8R2C=5D?=
Date: Thu, 3 Dec 2026 08:00:29 +0100
Message-ID: <case-H8R2C.2.9e0d4b@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--7e2b0a11-93cd-4a58-8f77-1c5e0d9b3a62--
"""),
    ('ro', 'yahoo-vacation', 'automated', (), """Return-Path: <ioana_popescu82@yahoo.com>
Received: from sonic311-24.consmr.mail.ir2.yahoo.com (sonic311-24.consmr.mail.ir2.yahoo.com [77.238.176.156])
	by mx.shop.example.be (Postfix) with ESMTPS id 6A1F0280D5B
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 18:22:17 +0100 (CET)
Date: Tue, 24 Nov 2026 17:22:16 +0000 (UTC)
From: Ioana Popescu <ioana_popescu82@yahoo.com>
To: privacy@shop.example.be
Message-ID: <1177402.2211903.1795973336911@mail.yahoo.com>
Subject: =?utf-8?q?Concediu_-_r=C4=83spuns_automat?=
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_2211902_1429921811.1795973336910"
X-Mailer: WebService/1.1.22887 YMailNorrin
X-Autoreply: yes

------=_Part_2211902_1429921811.1795973336910
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 8 decembrie, cu acces limitat la em=
ail. V=C4=83 voi r=C4=83spunde dup=C4=83 ce m=C4=83 =C3=AEntorc.

Mul=C8=9Bumesc,
Ioana Popescu

------=_Part_2211902_1429921811.1795973336910
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div class=3D"ydp1c2a3b4 yahoo-style-wrap" style=
=3D"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px=
;"><div dir=3D"ltr" data-setdir=3D"false">Bun=C4=83 ziua,<br><br>Sunt =C3=
=AEn concediu p=C3=A2n=C4=83 pe 8 decembrie, cu acces limitat la email. V=
=C4=83 voi r=C4=83spunde dup=C4=83 ce m=C4=83 =C3=AEntorc.<br><br>Mul=C8=9B=
umesc,<br>Ioana Popescu</div></div></body></html>

------=_Part_2211902_1429921811.1795973336910--
"""),
    ('ro', 'o365-ndr-not-found', 'automated', (), """Received: from AS4P195MB1482.EURP195.PROD.OUTLOOK.COM (2603:10a6:10:1a3::13) by
 AS4P195MB1482.EURP195.PROD.OUTLOOK.COM with Microsoft SMTP Server
 id 15.20.8207.11; Wed, 25 Nov 2026 15:09:44 +0000
From: Microsoft Outlook <postmaster@mobila-munteanu.ro>
To: <privacy@shop.example.be>
Date: Wed, 25 Nov 2026 15:09:44 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_Q9T4A26f-AS4P195MB14_"
Content-Language: ro-RO
Message-ID: <Q9T4A26f-AS4P195MB1482.EURP195.PROD.OUTLOOK.COM>
In-Reply-To: <case-Q9T4A.2.6f1e0a@shop.example.be>
References: <case-Q9T4A.2.6f1e0a@shop.example.be>
Subject: Nelivrabil: Re: Dezabonare newsletter [PRV-Q9T4A]
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr: 
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-replied

--_Q9T4A26f-AS4P195MB14_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_Q9T4A26f-AS4P195MB14_alt_"

--_Q9T4A26f-AS4P195MB14_alt_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Mesajul dvs. c=C4=83tre andrei.munteanu@mobila-munteanu.ro nu a putut fi li=
vrat.

andrei.munteanu nu a fost g=C4=83sit la mobila-munteanu.ro.

Ac=C8=9Biune necesar=C4=83                                   Destinatar
Adres=C4=83 necunoscut=C4=83

Cum se remediaz=C4=83 problema
Este posibil ca adresa s=C4=83 fie scris=C4=83 gre=C8=99it sau s=C4=83 nu e=
xiste. =C3=8Encerca=C8=9Bi una sau mai multe dintre urm=C4=83toarele:

  *   Trimite=C8=9Bi din nou mesajul, tast=C3=A2nd manual adresa =C3=AEn ca=
seta C=C4=83tre sau Cc.
  *   Contacta=C8=9Bi destinatarul =C3=AEn alt mod (de exemplu, telefonic) =
=C8=99i verifica=C8=9Bi adresa corect=C4=83.

Mai multe informa=C8=9Bii pentru speciali=C8=99tii IT =C3=AEn e-mail
Status code: 550 5.1.10

Informa=C8=9Bii de diagnosticare pentru administratori:

Server generator: AS4P195MB1482.EURP195.PROD.OUTLOOK.COM

andrei.munteanu@mobila-munteanu.ro
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

--_Q9T4A26f-AS4P195MB14_alt_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14=
px">
<p><b style=3D"color:#c00000;font-size:16px">Mesajul dvs. c=C4=83tre andrei=
.munteanu@mobila-munteanu.ro nu a putut fi livrat.</b></p>
<p>andrei.munteanu nu a fost g=C4=83sit la mobila-munteanu.ro.</p>
<p>Status code: 550 5.1.10</p>
</div>
</body>
</html>

--_Q9T4A26f-AS4P195MB14_alt_--

--_Q9T4A26f-AS4P195MB14_
Content-Type: message/delivery-status

Reporting-MTA: dns;AS4P195MB1482.EURP195.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Wed, 25 Nov 2026 15:09:44 +0000

Final-Recipient: rfc822;andrei.munteanu@mobila-munteanu.ro
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_Q9T4A26f-AS4P195MB14_
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by
 mx-eu.mail.protection.outlook.com with Microsoft SMTP Server; Wed, 25 Nov 2026 16:09:41 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Andrei Munteanu <andrei.munteanu@mobila-munteanu.ro>
Subject: Re: Dezabonare newsletter [PRV-Q9T4A]
Date: Wed, 25 Nov 2026 16:09:41 +0100
Message-ID: <case-Q9T4A.2.6f1e0a@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_Q9T4A26f-AS4P195MB14_--
"""),
    ('ro', 'courier-ticket-autoack', 'automated', (), """Received: from smtp.curierexpres-ro.ro (smtp.curierexpres-ro.ro [198.51.100.88])
	by mx.shop.example.be (Postfix) with ESMTPS id 0D5E7280F12
	for <privacy@shop.example.be>; Mon, 30 Nov 2026 11:31:02 +0100 (CET)
From: CurierExpres - Relatii Clienti <noreply@curierexpres-ro.ro>
To: privacy@shop.example.be
Subject: Solicitarea dvs. a fost inregistrata - Nr. RC-2026-238817
Date: Mon, 30 Nov 2026 12:31:01 +0200
Message-ID: <rc-2026-238817.ack@curierexpres-ro.ro>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Stimate client,

Va multumim pentru mesaj. Solicitarea dvs. a fost inregistrata cu numarul RC-2026-238817 si va fi preluata de un coleg din departamentul Relatii Clienti in cel mult 3 zile lucratoare.

Va rugam sa nu raspundeti la acest e-mail, adresa nu este monitorizata. Pentru informatii suplimentare folositi formularul de pe www.curierexpres-ro.ro/contact si mentionati numarul solicitarii.

Cu stima,
Echipa CurierExpres
"""),
    ('el', 'outlook-ooo-base64', 'automated', (), """Received: from AM8P192MB0998.EURP192.PROD.OUTLOOK.COM (2603:10a6:20b:3ab::8) by
 AM8P192MB0998.EURP192.PROD.OUTLOOK.COM with HTTPS; Wed, 25 Nov 2026 09:40:27 +0000
From: =?utf-8?b?zpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM+Mz4DOv8+FzrvOv8+C?= <g.papadopoulos@ktimapapadopoulou.gr>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiBSZTog?=
 =?utf-8?b?zpHOr8+EzrfOvM6xIM60zrnOsc6zz4HOsc+Gzq7PgiBbUFJWLUUyVzVNXQ==?=
Thread-Topic: =?utf-8?b?UmU6IM6Rzq/PhM63zrzOsSDOtM65zrHOs8+BzrHPhs6uz4Ig?=
 =?utf-8?b?W1BSVi1FMlc1TV0=?=
Thread-Index: AQHbPyCnC1t4ZkQmnk2D2r7xT9yA1w==
Date: Wed, 25 Nov 2026 09:40:27 +0000
Message-ID: <AM8P192MB09983E0F1C2B7A4D9E51C0F3D61A2@AM8P192MB0998.EURP192.PROD.OUTLOOK.COM>
In-Reply-To: <case-E2W5M.2.b0e1c4@shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach: 
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: g.papadopoulos@ktimapapadopoulou.gr
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6YzrEgzrHPgM6/z4XPg865zqzOts+JIM6xz4DP
jCDPhM6/IM6zz4HOsc+GzrXOr86/IM6tz4nPgiDOus6xzrkgz4TOuc+CIDQgzpTOtc66zrXOvM6y
z4HOr86/z4Ugz4fPic+Bzq/PgiDPgM+Bz4zPg86yzrHPg863IM+Dz4TOvyDOt867zrXOus+Ez4HO
v869zrnOus+MIM+EzrHPh8+FzrTPgc6/zrzOtc6vzr8uIM6TzrnOsSDOtc+AzrXOr86zzr/Ovc+E
zrEgzrjOrc68zrHPhM6xIM68z4DOv8+BzrXOr8+EzrUgzr3OsSDOtc+AzrnOus6/zrnOvc+Jzr3O
tc6vz4TOtSDOvM61IM+Ezr8gzrvOv86zzrnPg8+Ezq7Pgc65zr8gz4PPhM6/IDIzMTAgNTU1IDIx
MC4KCs6czrUgzrXOus+Ezq/OvM63z4POtywKzpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM+Mz4DO
v8+FzrvOv8+CCg==
"""),
    ('el', 'o365-ndr-not-found', 'automated', (), """Received: from VE1P189MB1035.EURP189.PROD.OUTLOOK.COM (2603:10a6:10:1a3::13) by
 VE1P189MB1035.EURP189.PROD.OUTLOOK.COM with Microsoft SMTP Server
 id 15.20.8207.11; Mon, 30 Nov 2026 09:51:21 +0000
From: Microsoft Outlook <postmaster@epiplo-georgiou.gr>
To: <privacy@shop.example.be>
Date: Mon, 30 Nov 2026 09:51:21 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_R3L8J2c2-VE1P189MB10_"
Content-Language: el-GR
Message-ID: <R3L8J2c2-VE1P189MB1035.EURP189.PROD.OUTLOOK.COM>
In-Reply-To: <case-R3L8J.2.c2d1f0@shop.example.be>
References: <case-R3L8J.2.c2d1f0@shop.example.be>
Subject: =?utf-8?b?zpTOtc69IM61zq/Ovc6xzrkgzrTPhc69zrHPhM6uIM63IM+AzrE=?=
 =?utf-8?b?z4HOrM60zr/Pg863OiBSZTogzqDPgc+Mz4POss6xz4POtyDPg8+EzrEgzrQ=?=
 =?utf-8?b?zrXOtM6/zrzOrc69zrEgzrzOv8+FIFtQUlYtUjNMOEpd?=
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr: 
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-replied

--_R3L8J2c2-VE1P189MB10_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_R3L8J2c2-VE1P189MB10_alt_"

--_R3L8J2c2-VE1P189MB10_alt_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=CE=94=CE=B5=CE=BD =CE=AE=CF=84=CE=B1=CE=BD =CE=B4=CF=85=CE=BD=CE=B1=CF=84=
=CE=AE =CE=B7 =CF=80=CE=B1=CF=81=CE=AC=CE=B4=CE=BF=CF=83=CE=B7 =CF=84=CE=BF=
=CF=85 =CE=BC=CE=B7=CE=BD=CF=8D=CE=BC=CE=B1=CF=84=CF=8C=CF=82 =CF=83=CE=B1=
=CF=82 =CF=83=CF=84=CE=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=
=CE=B7 m.georgiou@epiplo-georgiou.gr.

=CE=97 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 m.georgiou =
=CE=B4=CE=B5=CE=BD =CE=B2=CF=81=CE=AD=CE=B8=CE=B7=CE=BA=CE=B5 =CF=83=CF=84=
=CE=BF epiplo-georgiou.gr.

=CE=91=CF=80=CE=B1=CE=B9=CF=84=CE=B5=CE=AF=CF=84=CE=B1=CE=B9 =CE=B5=CE=BD=
=CE=AD=CF=81=CE=B3=CE=B5=CE=B9=CE=B1                                =CE=A0=
=CE=B1=CF=81=CE=B1=CE=BB=CE=AE=CF=80=CF=84=CE=B7=CF=82
=CE=86=CE=B3=CE=BD=CF=89=CF=83=CF=84=CE=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=
=CF=85=CE=BD=CF=83=CE=B7

=CE=A0=CF=8E=CF=82 =CE=BD=CE=B1 =CE=B4=CE=B9=CE=BF=CF=81=CE=B8=CF=8E=CF=83=
=CE=B5=CF=84=CE=B5 =CF=84=CE=BF =CF=80=CF=81=CF=8C=CE=B2=CE=BB=CE=B7=CE=BC=
=CE=B1
=CE=97 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 =CE=BC=CF=80=
=CE=BF=CF=81=CE=B5=CE=AF =CE=BD=CE=B1 =CE=AD=CF=87=CE=B5=CE=B9 =CF=80=CE=BB=
=CE=B7=CE=BA=CF=84=CF=81=CE=BF=CE=BB=CE=BF=CE=B3=CE=B7=CE=B8=CE=B5=CE=AF =
=CE=BB=CE=AC=CE=B8=CE=BF=CF=82 =CE=AE =CE=BD=CE=B1 =CE=BC=CE=B7=CE=BD =CF=
=85=CF=80=CE=AC=CF=81=CF=87=CE=B5=CE=B9. =CE=94=CE=BF=CE=BA=CE=B9=CE=BC=CE=
=AC=CF=83=CF=84=CE=B5 =CE=AD=CE=BD=CE=B1 =CE=AE =CF=80=CE=B5=CF=81=CE=B9=CF=
=83=CF=83=CF=8C=CF=84=CE=B5=CF=81=CE=B1 =CE=B1=CF=80=CF=8C =CF=84=CE=B1 =CF=
=80=CE=B1=CF=81=CE=B1=CE=BA=CE=AC=CF=84=CF=89:

  *   =CE=A3=CF=84=CE=B5=CE=AF=CE=BB=CF=84=CE=B5 =CE=BE=CE=B1=CE=BD=CE=AC =
=CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1 =CF=80=CE=BB=CE=B7=CE=BA=
=CF=84=CF=81=CE=BF=CE=BB=CE=BF=CE=B3=CF=8E=CE=BD=CF=84=CE=B1=CF=82 =CF=84=
=CE=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 =CF=87=CE=B5=
=CE=B9=CF=81=CE=BF=CE=BA=CE=AF=CE=BD=CE=B7=CF=84=CE=B1 =CF=83=CF=84=CE=BF =
=CF=80=CE=BB=CE=B1=CE=AF=CF=83=CE=B9=CE=BF =CE=A0=CF=81=CE=BF=CF=82 =CE=AE =
=CE=9A=CE=BF=CE=B9=CE=BD.
  *   =CE=95=CF=80=CE=B9=CE=BA=CE=BF=CE=B9=CE=BD=CF=89=CE=BD=CE=AE=CF=83=CF=
=84=CE=B5 =CE=BC=CE=B5 =CF=84=CE=BF=CE=BD =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=
=AE=CF=80=CF=84=CE=B7 =CE=BC=CE=B5 =CE=AC=CE=BB=CE=BB=CE=BF =CF=84=CF=81=CF=
=8C=CF=80=CE=BF (=CE=B3=CE=B9=CE=B1 =CF=80=CE=B1=CF=81=CE=AC=CE=B4=CE=B5=CE=
=B9=CE=B3=CE=BC=CE=B1 =CF=84=CE=B7=CE=BB=CE=B5=CF=86=CF=89=CE=BD=CE=B9=CE=
=BA=CE=AC) =CE=BA=CE=B1=CE=B9 =CE=B5=CF=80=CE=B9=CE=B2=CE=B5=CE=B2=CE=B1=CE=
=B9=CF=8E=CF=83=CF=84=CE=B5 =CF=84=CE=B7 =CF=83=CF=89=CF=83=CF=84=CE=AE =CE=
=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7.

=CE=A0=CE=B5=CF=81=CE=B9=CF=83=CF=83=CF=8C=CF=84=CE=B5=CF=81=CE=B5=CF=82 =
=CF=80=CE=BB=CE=B7=CF=81=CE=BF=CF=86=CE=BF=CF=81=CE=AF=CE=B5=CF=82 =CE=B3=
=CE=B9=CE=B1 =CE=B5=CF=80=CE=B1=CE=B3=CE=B3=CE=B5=CE=BB=CE=BC=CE=B1=CF=84=
=CE=AF=CE=B5=CF=82 IT =CE=B7=CE=BB=CE=B5=CE=BA=CF=84=CF=81=CE=BF=CE=BD=CE=
=B9=CE=BA=CE=BF=CF=8D =CF=84=CE=B1=CF=87=CF=85=CE=B4=CF=81=CE=BF=CE=BC=CE=
=B5=CE=AF=CE=BF=CF=85
Status code: 550 5.1.10

=CE=94=CE=B9=CE=B1=CE=B3=CE=BD=CF=89=CF=83=CF=84=CE=B9=CE=BA=CE=AD=CF=82 =
=CF=80=CE=BB=CE=B7=CF=81=CE=BF=CF=86=CE=BF=CF=81=CE=AF=CE=B5=CF=82 =CE=B3=
=CE=B9=CE=B1 =CE=B4=CE=B9=CE=B1=CF=87=CE=B5=CE=B9=CF=81=CE=B9=CF=83=CF=84=
=CE=AD=CF=82:

=CE=94=CE=B9=CE=B1=CE=BA=CE=BF=CE=BC=CE=B9=CF=83=CF=84=CE=AE=CF=82 =CE=B4=
=CE=B7=CE=BC=CE=B9=CE=BF=CF=85=CF=81=CE=B3=CE=AF=CE=B1=CF=82: VE1P189MB1035=
.EURP189.PROD.OUTLOOK.COM

m.georgiou@epiplo-georgiou.gr
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

--_R3L8J2c2-VE1P189MB10_alt_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14=
px">
<p><b style=3D"color:#c00000;font-size:16px">=CE=94=CE=B5=CE=BD =CE=AE=CF=
=84=CE=B1=CE=BD =CE=B4=CF=85=CE=BD=CE=B1=CF=84=CE=AE =CE=B7 =CF=80=CE=B1=CF=
=81=CE=AC=CE=B4=CE=BF=CF=83=CE=B7 =CF=84=CE=BF=CF=85 =CE=BC=CE=B7=CE=BD=CF=
=8D=CE=BC=CE=B1=CF=84=CF=8C=CF=82 =CF=83=CE=B1=CF=82 =CF=83=CF=84=CE=B7 =CE=
=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 m.georgiou@epiplo-georg=
iou.gr.</b></p>
<p>=CE=97 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 m.georgiou=
 =CE=B4=CE=B5=CE=BD =CE=B2=CF=81=CE=AD=CE=B8=CE=B7=CE=BA=CE=B5 =CF=83=CF=84=
=CE=BF epiplo-georgiou.gr.</p>
<p>Status code: 550 5.1.10</p>
</div>
</body>
</html>

--_R3L8J2c2-VE1P189MB10_alt_--

--_R3L8J2c2-VE1P189MB10_
Content-Type: message/delivery-status

Reporting-MTA: dns;VE1P189MB1035.EURP189.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Mon, 30 Nov 2026 09:51:21 +0000

Final-Recipient: rfc822;m.georgiou@epiplo-georgiou.gr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_R3L8J2c2-VE1P189MB10_
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by
 mx-eu.mail.protection.outlook.com with Microsoft SMTP Server; Mon, 30 Nov 2026 10:51:18 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Maria Georgiou <m.georgiou@epiplo-georgiou.gr>
Subject: =?utf-8?b?UmU6IM6gz4HPjM+DzrLOsc+Dzrcgz4PPhM6xIM60zrXOtM6/zrw=?=
 =?utf-8?b?zq3Ovc6xIM68zr/PhSBbUFJWLVIzTDhKXQ==?=
Date: Mon, 30 Nov 2026 10:51:18 +0100
Message-ID: <case-R3L8J.2.c2d1f0@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_R3L8J2c2-VE1P189MB10_--
"""),
    ('el', 'greek-isp-mailbox-full', 'automated', (), """Return-Path: <>
Received: from mx-in.otenet.gr (mx-in.otenet.gr [195.170.0.60])
	by mx.shop.example.be (Postfix) with ESMTPS id 7C0B2280E44
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 20:11:50 +0100 (CET)
Date: Thu, 26 Nov 2026 21:11:49 +0200
From: Mail Delivery System <MAILER-DAEMON@mx-in.otenet.gr>
To: privacy@shop.example.be
Subject: =?iso-8859-7?b?wfDv9PX33+Eg8OHx3OTv8+fyIOzn7f3s4fTv8iAtIMPl7Nz0?=
 =?iso-8859-7?b?5yDo9fHf5OE=?=
Message-Id: <20261126191149.4A1D7E0B2C@mx-in.otenet.gr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4A1D7E0B2C.1795954309/mx-in.otenet.gr"

This is a MIME-encapsulated message.

--4A1D7E0B2C.1795954309/mx-in.otenet.gr
Content-Description: Notification
Content-Type: text/plain; charset=iso-8859-7
Content-Transfer-Encoding: base64

wfX0/CDl3+3h6SDd7eEg4fX0/Ozh9O8g7N7t9ezhIPTv9SDz9fP03uzh9O/yIOHr6+fr7+Px4fbf
4fIuCgrU7yDs3u317Nwg8+HyIOTl7SDe9OHtIOT17eH0/CDt4SDw4fHh5O/o5d8g8/Tv7SDw4fHh
6tz0+SDw4fHh697w9OcsCuXw5enk3iDnIOj18d/k4SD07/Ug5d/t4ekg4+Xs3PTnOgoKICAgIDxl
bGVuaS5rMTk3NUBvdGVuZXQuZ3I+CgrQ4fHh6uHr7/3s5SDk7+rp7Nzz9OUg7uHt3CDh8eP89OXx
4SDeIOXw6erv6e357d7z9OUg7OUg9O/tIPDh8eHr3vD05wrs5SDc6+vvIPTx/PDvLgoKLS0tLQpU
aGlzIGlzIGFuIGF1dG9tYXRpY2FsbHkgZ2VuZXJhdGVkIG1lc3NhZ2UuIFRoZSByZWNpcGllbnQn
cyBtYWlsYm94IGlzIGZ1bGwuCg==

--4A1D7E0B2C.1795954309/mx-in.otenet.gr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in.otenet.gr
Arrival-Date: Thu, 26 Nov 2026 21:11:47 +0200 (EET)

Final-Recipient: rfc822; eleni.k1975@otenet.gr
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Postfix; cannot update mailbox /var/spool/mail/e/eleni.k1975 for
    user eleni.k1975. error writing message: Disk quota exceeded

--4A1D7E0B2C.1795954309/mx-in.otenet.gr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: "Shop Example - Privacy" <privacy@shop.example.be>
To: eleni.k1975@otenet.gr
Subject: =?utf-8?b?UmU6IM6Rzq/PhM63zrzOsSDOtM65zrHOs8+BzrHPhs6uz4IgW1BS?=
 =?utf-8?b?Vi1YN0M0Tl0=?=
Date: Thu, 26 Nov 2026 20:11:45 +0100
Message-ID: <case-X7C4N.2.d01e5a@shop.example.be>

--4A1D7E0B2C.1795954309/mx-in.otenet.gr--
"""),
    ('bg', 'abv-autoreply', 'automated', (), """Return-Path: <>
Received: from mx.abv.bg (mx.abv.bg [194.153.145.104])
	by mx.shop.example.be (Postfix) with ESMTPS id 3D9A1280C63
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 14:55:31 +0100 (CET)
Date: Fri, 27 Nov 2026 15:55:30 +0200 (EET)
From: =?windows-1251?b?xOXx6PHr4OLgIMji4O3u4uA=?= <desi_ivanova@abv.bg>
To: privacy@shop.example.be
Subject: =?windows-1251?b?wOLy7uzg8uj35e0g7vLj7uLu8DogUmU6IMjx6uDt5SDn4CDk?=
 =?windows-1251?b?7vHy+u8gW1BSVi1CNEsxUF0=?=
Message-ID: <1238851027.77102.1795960530211@nm72.abv.bg>
Auto-Submitted: auto-replied
X-Mailer: AbvMail 3.0
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1251
Content-Transfer-Encoding: base64

x+Tw4OLl6fLlLAoK4iDu8u/z8eog8frsIOTuIDcg5OXq5ezi8Ogg6CDt/+zgIOTgIO/w7uLl8P/i
4Owg7+754PLgIPHoLgrZ5SDC6CDu8uPu4u7w/yDi5eTt4OPgIPHr5eQg6uDy7iDx5SDi+vDt4C4K
Cs/u5+Tw4OLoLArE5fHoCg==
"""),
    ('bg', 'o365-ndr-not-found', 'automated', (), """Received: from PA4P190MB1247.EURP190.PROD.OUTLOOK.COM (2603:10a6:10:1a3::13) by
 PA4P190MB1247.EURP190.PROD.OUTLOOK.COM with Microsoft SMTP Server
 id 15.20.8207.11; Tue, 1 Dec 2026 10:30:08 +0000
From: Microsoft Outlook <postmaster@gradina-petrov.bg>
To: <privacy@shop.example.be>
Date: Tue, 1 Dec 2026 10:30:08 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_F8N2D2e7-PA4P190MB12_"
Content-Language: bg-BG
Message-ID: <F8N2D2e7-PA4P190MB1247.EURP190.PROD.OUTLOOK.COM>
In-Reply-To: <case-F8N2D.2.e7a0c1@shop.example.be>
References: <case-F8N2D.2.e7a0c1@shop.example.be>
Subject: =?utf-8?b?0J3QtdC00L7RgdGC0LDQstC10L3QvjogUmU6INCa0L7RgNC40LM=?=
 =?utf-8?b?0LjRgNCw0L3QtSDQvdCwINCw0LTRgNC10YEgW1BSVi1GOE4yRF0=?=
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr: 
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1

--_F8N2D2e7-PA4P190MB12_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_F8N2D2e7-PA4P190MB12_alt_"

--_F8N2D2e7-PA4P190MB12_alt_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=D0=92=D0=B0=D1=88=D0=B5=D1=82=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=
=D0=BD=D0=B8=D0=B5 =D0=B4=D0=BE n.petrov@gradina-petrov.bg =D0=BD=D0=B5 =D0=
=BC=D0=BE=D0=B6=D0=B5 =D0=B4=D0=B0 =D0=B1=D1=8A=D0=B4=D0=B5 =D0=B4=D0=BE=D1=
=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=BE.

n.petrov =D0=BD=D0=B5 =D1=81=D1=8A=D1=89=D0=B5=D1=81=D1=82=D0=B2=D1=83=D0=
=B2=D0=B0 =D0=B2 gradina-petrov.bg.

=D0=98=D0=B7=D0=B8=D1=81=D0=BA=D0=B2=D0=B0 =D1=81=D0=B5 =D0=B4=D0=B5=D0=B9=
=D1=81=D1=82=D0=B2=D0=B8=D0=B5                               =D0=9F=D0=BE=
=D0=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB
=D0=9D=D0=B5=D0=B8=D0=B7=D0=B2=D0=B5=D1=81=D1=82=D0=B5=D0=BD =D0=B0=D0=B4=
=D1=80=D0=B5=D1=81

=D0=9A=D0=B0=D0=BA =D0=B4=D0=B0 =D0=BA=D0=BE=D1=80=D0=B8=D0=B3=D0=B8=D1=80=
=D0=B0=D1=82=D0=B5 =D0=BF=D1=80=D0=BE=D0=B1=D0=BB=D0=B5=D0=BC=D0=B0
=D0=92=D1=8A=D0=B7=D0=BC=D0=BE=D0=B6=D0=BD=D0=BE =D0=B5 =D0=B0=D0=B4=D1=80=
=D0=B5=D1=81=D1=8A=D1=82 =D0=B4=D0=B0 =D0=B5 =D0=B8=D0=B7=D0=BF=D0=B8=D1=81=
=D0=B0=D0=BD =D0=BD=D0=B5=D0=BF=D1=80=D0=B0=D0=B2=D0=B8=D0=BB=D0=BD=D0=BE =
=D0=B8=D0=BB=D0=B8 =D0=B4=D0=B0 =D0=BD=D0=B5 =D1=81=D1=8A=D1=89=D0=B5=D1=81=
=D1=82=D0=B2=D1=83=D0=B2=D0=B0. =D0=9E=D0=BF=D0=B8=D1=82=D0=B0=D0=B9=D1=82=
=D0=B5 =D0=B5=D0=B4=D0=BD=D0=BE =D0=B8=D0=BB=D0=B8 =D0=BD=D1=8F=D0=BA=D0=BE=
=D0=BB=D0=BA=D0=BE =D0=BE=D1=82 =D1=81=D0=BB=D0=B5=D0=B4=D0=BD=D0=B8=D1=82=
=D0=B5:

  *   =D0=98=D0=B7=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D1=82=D0=B5 =D1=81=D1=8A=
=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5=D1=82=D0=BE =D0=BE=D1=82=D0=BD=
=D0=BE=D0=B2=D0=BE, =D0=BA=D0=B0=D1=82=D0=BE =D0=B2=D1=8A=D0=B2=D0=B5=D0=B4=
=D0=B5=D1=82=D0=B5 =D0=B0=D0=B4=D1=80=D0=B5=D1=81=D0=B0 =D1=80=D1=8A=D1=87=
=D0=BD=D0=BE =D0=B2 =D0=BF=D0=BE=D0=BB=D0=B5=D1=82=D0=BE "=D0=94=D0=BE" =D0=
=B8=D0=BB=D0=B8 "=D0=AF=D0=BA".
  *   =D0=A1=D0=B2=D1=8A=D1=80=D0=B6=D0=B5=D1=82=D0=B5 =D1=81=D0=B5 =D1=81 =
=D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB=D1=8F =D0=BF=D0=BE =
=D0=B4=D1=80=D1=83=D0=B3 =D0=BD=D0=B0=D1=87=D0=B8=D0=BD (=D0=BD=D0=B0=D0=BF=
=D1=80=D0=B8=D0=BC=D0=B5=D1=80 =D0=BF=D0=BE =D1=82=D0=B5=D0=BB=D0=B5=D1=84=
=D0=BE=D0=BD=D0=B0) =D0=B8 =D0=BF=D0=BE=D1=82=D0=B2=D1=8A=D1=80=D0=B4=D0=B5=
=D1=82=D0=B5 =D0=BF=D1=80=D0=B0=D0=B2=D0=B8=D0=BB=D0=BD=D0=B8=D1=8F =D0=B0=
=D0=B4=D1=80=D0=B5=D1=81.

=D0=9F=D0=BE=D0=B2=D0=B5=D1=87=D0=B5 =D0=B8=D0=BD=D1=84=D0=BE=D1=80=D0=BC=
=D0=B0=D1=86=D0=B8=D1=8F =D0=B7=D0=B0 =D0=98=D0=A2 =D1=81=D0=BF=D0=B5=D1=86=
=D0=B8=D0=B0=D0=BB=D0=B8=D1=81=D1=82=D0=B8=D1=82=D0=B5 =D0=B7=D0=B0 =D0=B8=
=D0=BC=D0=B5=D0=B9=D0=BB
Status code: 550 5.1.10

=D0=94=D0=B8=D0=B0=D0=B3=D0=BD=D0=BE=D1=81=D1=82=D0=B8=D1=87=D0=BD=D0=B0 =
=D0=B8=D0=BD=D1=84=D0=BE=D1=80=D0=BC=D0=B0=D1=86=D0=B8=D1=8F =D0=B7=D0=B0 =
=D0=B0=D0=B4=D0=BC=D0=B8=D0=BD=D0=B8=D1=81=D1=82=D1=80=D0=B0=D1=82=D0=BE=D1=
=80=D0=B8=D1=82=D0=B5:

=D0=93=D0=B5=D0=BD=D0=B5=D1=80=D0=B8=D1=80=D0=B0=D1=89 =D1=81=D1=8A=D1=80=
=D0=B2=D1=8A=D1=80: PA4P190MB1247.EURP190.PROD.OUTLOOK.COM

n.petrov@gradina-petrov.bg
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

--_F8N2D2e7-PA4P190MB12_alt_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14=
px">
<p><b style=3D"color:#c00000;font-size:16px">=D0=92=D0=B0=D1=88=D0=B5=D1=82=
=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5 =D0=B4=D0=BE =
n.petrov@gradina-petrov.bg =D0=BD=D0=B5 =D0=BC=D0=BE=D0=B6=D0=B5 =D0=B4=D0=
=B0 =D0=B1=D1=8A=D0=B4=D0=B5 =D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=
=BD=D0=BE.</b></p>
<p>n.petrov =D0=BD=D0=B5 =D1=81=D1=8A=D1=89=D0=B5=D1=81=D1=82=D0=B2=D1=83=
=D0=B2=D0=B0 =D0=B2 gradina-petrov.bg.</p>
<p>Status code: 550 5.1.10</p>
</div>
</body>
</html>

--_F8N2D2e7-PA4P190MB12_alt_--

--_F8N2D2e7-PA4P190MB12_
Content-Type: message/delivery-status

Reporting-MTA: dns;PA4P190MB1247.EURP190.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Tue, 1 Dec 2026 10:30:08 +0000

Final-Recipient: rfc822;n.petrov@gradina-petrov.bg
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_F8N2D2e7-PA4P190MB12_
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by
 mx-eu.mail.protection.outlook.com with Microsoft SMTP Server; Tue, 1 Dec 2026 11:30:05 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: Nikolay Petrov <n.petrov@gradina-petrov.bg>
Subject: =?utf-8?b?UmU6INCa0L7RgNC40LPQuNGA0LDQvdC1INC90LAg0LDQtNGA0LU=?=
 =?utf-8?b?0YEgW1BSVi1GOE4yRF0=?=
Date: Tue, 1 Dec 2026 11:30:05 +0100
Message-ID: <case-F8N2D.2.e7a0c1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_F8N2D2e7-PA4P190MB12_--
"""),
    ('bg', 'exchange-delay-dsn', 'automated', (), """Received: from MAIL01.agro-sofia.local (10.0.0.15) by MAIL01.agro-sofia.local (10.0.0.15)
 with Microsoft SMTP Server id 15.1.2507.39; Wed, 2 Dec 2026 18:00:22 +0200
From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@agro-sofia.bg>
To: privacy@shop.example.be
Date: Wed, 2 Dec 2026 18:00:22 +0200
Subject: =?utf-8?b?0JfQsNCx0LDQstC10L3QsCDQtNC+0YHRgtCw0LLQutCwOiBSZTog?=
 =?utf-8?b?0J7RgtC60LDQtyDQvtGCINCx0Y7Qu9C10YLQuNC90LAgW1BSVi1KM1A2V10=?=
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0f9a3c21-5e7d-4b20-a6c1-2d8e7f0b41a9"
Content-Language: bg-BG
Message-ID: <3a7e1c0f-d2b9-48e1-9f50-6c0a2e1d7b33@MAIL01.agro-sofia.local>
In-Reply-To: <case-J3P6W.2.51e0b9@shop.example.be>
MIME-Version: 1.0

--0f9a3c21-5e7d-4b20-a6c1-2d8e7f0b41a9
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JTQvtGB0YLQsNCy0LrQsNGC0LAg0LTQviDRgdC70LXQtNC90LjRgtC1INC/0L7Qu9GD0YfQsNGC
0LXQu9C4INC40LvQuCDQs9GA0YPQv9C4INGB0LUg0LfQsNCx0LDQstGPOgoK0KHRgtC10YTQsNC9
INCU0LjQvNC40YLRgNC+0LIgKHMuZGltaXRyb3ZAYWdyby1zb2ZpYS5iZykKCtCi0LXQvNCwOiBS
ZTog0J7RgtC60LDQtyDQvtGCINCx0Y7Qu9C10YLQuNC90LAgW1BSVi1KM1A2V10KCtCh0YrQvtCx
0YnQtdC90LjQtdGC0L4g0LLRgdC1INC+0YnQtSDQvdC1INC1INC00L7RgdGC0LDQstC10L3Qvi4g
0KHQuNGB0YLQtdC80LDRgtCwINGJ0LUg0L/RgNC+0LTRitC70LbQuCDQtNCwINC+0L/QuNGC0LLQ
sCDQsNCy0YLQvtC80LDRgtC40YfQvdC+LCDRgtCw0LrQsCDRh9C1INC90LUg0LUg0L3Rg9C20L3Q
viDQtNCwINCz0L4g0LjQt9C/0YDQsNGJ0LDRgtC1INC+0YLQvdC+0LLQvi4g0JDQutC+INC90LUg
0LzQvtC20LUg0LTQsCDQsdGK0LTQtSDQtNC+0YHRgtCw0LLQtdC90L4g0LTQviA0INC00LXQutC1
0LzQstGA0LggMjAyNiDQsy4gMTQ6MDA6MTgsINGJ0LUg0L/QvtC70YPRh9C40YLQtSDQuNC30LLQ
tdGB0YLQuNC1LgoK0JTQuNCw0LPQvdC+0YHRgtC40YfQvdCwINC40L3RhNC+0YDQvNCw0YbQuNGP
INC30LAg0LDQtNC80LjQvdC40YHRgtGA0LDRgtC+0YDQuNGC0LU6CgrQk9C10L3QtdGA0LjRgNCw
0Ykg0YHRitGA0LLRitGAOiBNQUlMMDEuYWdyby1zb2ZpYS5sb2NhbAoKcy5kaW1pdHJvdkBhZ3Jv
LXNvZmlhLmJnClJlbW90ZSBTZXJ2ZXIgcmV0dXJuZWQgJzQwMCA0LjQuNyBNZXNzYWdlIGRlbGF5
ZWQnCg==

--0f9a3c21-5e7d-4b20-a6c1-2d8e7f0b41a9
Content-Type: message/delivery-status

Reporting-MTA: dns;MAIL01.agro-sofia.local
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Wed, 2 Dec 2026 12:00:18 +0000

Final-Recipient: rfc822;s.dimitrov@agro-sofia.bg
Action: delayed
Status: 4.4.7
Will-Retry-Until: Fri, 4 Dec 2026 12:00:18 +0000
X-Display-Name: Стефан Димитров

--0f9a3c21-5e7d-4b20-a6c1-2d8e7f0b41a9
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (192.0.2.25) by
 mx-eu.mail.protection.outlook.com with Microsoft SMTP Server; Wed, 2 Dec 2026 13:00:16 +0100
From: "Shop Example - Privacy" <privacy@shop.example.be>
To: s.dimitrov@agro-sofia.bg
Subject: =?utf-8?b?UmU6INCe0YLQutCw0Lcg0L7RgiDQsdGO0LvQtdGC0LjQvdCwIFtQ?=
 =?utf-8?b?UlYtSjNQNldd?=
Date: Wed, 2 Dec 2026 13:00:16 +0100
Message-ID: <case-J3P6W.2.51e0b9@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--0f9a3c21-5e7d-4b20-a6c1-2d8e7f0b41a9--
"""),
    ('en', 'person-autoreply-off', 'deletion', (), """Return-Path: <gpryce1971@btinternet.com>
Received: from sa-prd-fep-043.btinternet.com (mailomta22-sa.btinternet.com [213.120.69.28])
	by mx.shop.example.be (Postfix) with ESMTPS id 8E1F7280C94
	for <privacy@shop.example.be>; Mon, 30 Nov 2026 20:47:12 +0100 (CET)
From: Gareth Pryce <gpryce1971@btinternet.com>
To: privacy@shop.example.be
Subject: Re: Automatic reply: Your Shop Example account
Date: Mon, 30 Nov 2026 19:47:10 +0000
Message-ID: <6c1e8a02-91f4-4d57-b0c3-3e1a9f77d2b5@btinternet.com>
User-Agent: Mozilla Thunderbird
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

Automatic reply is off, I am writing myself:

Sorry about the out-of-office you got from me last week, I forgot to 
switch it off after my holiday.

What I actually wanted to say is - I'd like my account closed and my 
details taken off your system. Name, address, phone, the saved card, 
the loyalty card (number ends 4471), all of it. I haven't ordered 
anything from you in over two years and I'd rather my info wasn't 
sitting around on yet another database.

If you need to keep the invoices for the taxman that's fine, but 
nothing else please. An email to say it's been done would be 
appreciated.

Cheers,
Gareth Pryce
14 Alder Close, Cardiff CF14 2RT
"""),
    ('it', 'person-autoreply-off', 'restriction', (), """Return-Path: <francesca.moretti@libero.it>
Received: from smtp-out.libero.it (smtp-31.iol.local [10.101.1.31])
	by mx.shop.example.be (Postfix) with ESMTPS id 1B0E4280A77
	for <privacy@shop.example.be>; Tue, 1 Dec 2026 08:58:44 +0100 (CET)
From: Francesca Moretti <francesca.moretti@libero.it>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?I_miei_dati_=E2=80=93_ordine_7730192?=
Date: Tue, 1 Dec 2026 08:58:43 +0100 (CET)
Message-ID: <1388421901.1120377.1796111923104@mail1.libero.it>
X-Mailer: Libero Mail
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

La risposta automatica =C3=A8 disattivata, vi scrivo io personalmente:

buongiorno, sono rientrata ieri dalle ferie. Vi scrivo per l'ordine 7730192=
 (set da giardino in teak, arrivato con il tavolo spaccato): ho aperto una =
contestazione con il corriere e probabilmente finir=C3=A0 davanti al giudic=
e di pace.

Per questo vi chiedo di NON cancellare i miei dati, n=C3=A9 l'ordine n=C3=
=A9 le foto e la corrispondenza che vi ho mandato, perch=C3=A9 mi servirann=
o come prova. Allo stesso tempo per=C3=B2, finch=C3=A9 la cosa non si chiud=
e, non voglio che vengano usati per nessun altro scopo: teneteli conservati=
 e basta, bloccati. In pratica vi chiedo la limitazione del trattamento ai =
sensi dell'art. 18 del GDPR.

Mi confermate per favore che avete messo il blocco?

Grazie,
Francesca Moretti
Via dei Mille 40, Bologna
"""),
    ('nl', 'person-pasted-bounce', 'deletion', (), """Return-Path: <kristof.deblock@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
	by mx.shop.example.be (Postfix) with ESMTPS id 6F3A02808B1
	for <privacy@shop.example.be>; Wed, 2 Dec 2026 21:14:03 +0100 (CET)
From: Kristof De Block <kristof.deblock@telenet.be>
To: privacy@shop.example.be
Subject: FW: Onbestelbaar: account en gegevens wissen
Date: Wed, 2 Dec 2026 21:14:01 +0100
Message-ID: <000b01db44f1$2a7c31e0$7f7495a0$@telenet.be>
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJ1m0Qz1aC8r0eY6yPZ4Lq3b2nH4A==
Content-Language: nl-be
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Goedeavond,

Vorige week heb ik jullie onderstaande mail gestuurd, maar die kwam meteen =
terug. Blijkbaar had ik een streepje getypt in het adres (shop-example.be i=
.p.v. shop.example.be), mijn fout. Daarom stuur ik hem nu opnieuw, naar het=
 juiste adres deze keer.

Groeten,
Kristof De Block

-----Oorspronkelijk bericht-----
Van: Microsoft Outlook <postmaster@telenet.be>
Verzonden: woensdag 25 november 2026 19:32
Aan: kristof.deblock@telenet.be
Onderwerp: Onbestelbaar: account en gegevens wissen

Uw bericht aan privacy@shop-example.be kan niet worden bezorgd.

Het domein shop-example.be bestaat niet.

Status code: 550 5.4.310
DNS domain shop-example.be does not exist

-----Oorspronkelijk bericht-----
Van: Kristof De Block <kristof.deblock@telenet.be>
Verzonden: woensdag 25 november 2026 19:32
Aan: privacy@shop-example.be
Onderwerp: account en gegevens wissen

Dag,

Ik heb een klantenaccount bij jullie op dit mailadres, met een klantenkaart=
 erbij. Ik wil dat account laten afsluiten en dat jullie al mijn persoonsge=
gevens wissen: naam, adres, telefoonnummer, aankoopgeschiedenis, de punten =
op de kaart mogen vervallen. Ik gebruik het niet meer.

Graag een bevestiging als het gebeurd is.

Kristof De Block
Kerkstraat 21, 8500 Kortrijk
"""),
    ('fr', 'person-pasted-bounce', 'access', (), """Received: by mail-wm1-f43.google.com with SMTP id 5b1f17b1804b1-4349f160d62so51117935e9.2
        for <privacy@shop.example.be>; Thu, 03 Dec 2026 12:40:18 -0800 (PST)
MIME-Version: 1.0
From: Thomas Renard <thomas.renard.namur@gmail.com>
Date: Thu, 3 Dec 2026 21:40:16 +0100
Message-ID: <CAK7pR3n0aE=Hq2c9vZ1xF0k4m8sTt6oYb=QdL5uJ2@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000091c7ae06290a13e5"

--00000000000091c7ae06290a13e5
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonsoir,

je vous avais =C3=A9crit il y a quelques jours mais j'avais mis "exemple" a=
u lieu de "example" dans l'adresse, le message m'est revenu (voir plus bas)=
. Je vous le renvoie donc tel quel.

Thomas Renard

---------- Forwarded message ---------
De : Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: lun. 30 nov. 2026 =C3=A0 18:02
Subject: Delivery Status Notification (Failure)
To: <thomas.renard.namur@gmail.com>


** Adresse introuvable **

Votre message n'a pas =C3=A9t=C3=A9 distribu=C3=A9 =C3=A0 privacy@shop.exem=
ple.be, car le domaine shop.exemple.be est introuvable. V=C3=A9rifiez qu'il=
 ne contient pas de fautes de frappe ou d'espaces inutiles, puis r=C3=A9ess=
ayez.

La r=C3=A9ponse du serveur distant =C3=A9tait :
DNS Error: DNS type 'mx' lookup of shop.exemple.be responded with code NXDO=
MAIN


---------- Message transf=C3=A9r=C3=A9 ----------
From: Thomas Renard <thomas.renard.namur@gmail.com>
To: privacy@shop.exemple.be
Cc:
Bcc:
Date: Mon, 30 Nov 2026 18:02:11 +0100
Subject: Mes donn=C3=A9es

Bonjour,

Je suis client chez vous depuis 2021 (compte ouvert =C3=A0 cette adresse ma=
il). J'aimerais savoir pr=C3=A9cis=C3=A9ment ce que vous conservez comme in=
formations sur moi : donn=C3=A9es du compte, historique de commandes, ce qu=
i est li=C3=A9 =C3=A0 la carte de fid=C3=A9lit=C3=A9, et si vous transmette=
z quelque chose =C3=A0 des partenaires publicitaires, lesquels.

Pouvez-vous m'envoyer une copie de tout cela ?

Merci d'avance,
Thomas Renard
Rue de Fer 18, 5000 Namur

--00000000000091c7ae06290a13e5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Bonsoir,</div><div><br></div><div>je vous avais =C3=
=A9crit il y a quelques jours mais j'avais mis "exemple" au lieu de "exampl=
e" dans l'adresse, le message m'est revenu (voir plus bas). Je vous le renv=
oie donc tel quel.</div><div><br></div><div>Thomas Renard</div><br><div cla=
ss=3D"gmail_quote"><div dir=3D"ltr" class=3D"gmail_attr">---------- Forward=
ed message ---------<br>De&nbsp;: <strong class=3D"gmail_sendername" dir=3D=
"auto">Mail Delivery Subsystem</strong> <span dir=3D"auto">&lt;<a href=3D"m=
ailto:mailer-daemon@googlemail.com">mailer-daemon@googlemail.com</a>&gt;</s=
pan><br>Date: lun. 30 nov. 2026 =C3=A0 18:02<br>Subject: Delivery Status No=
tification (Failure)<br>To: &lt;<a href=3D"mailto:thomas.renard.namur@gmail=
.com">thomas.renard.namur@gmail.com</a>&gt;<br></div><br><br><h2>Adresse in=
trouvable</h2><p>Votre message n'a pas =C3=A9t=C3=A9 distribu=C3=A9 =C3=A0 =
<b>privacy@shop.exemple.be</b>, car le domaine shop.exemple.be est introuva=
ble. V=C3=A9rifiez qu'il ne contient pas de fautes de frappe ou d'espaces i=
nutiles, puis r=C3=A9essayez.</p><p>La r=C3=A9ponse du serveur distant =C3=
=A9tait :<br>DNS Error: DNS type 'mx' lookup of shop.exemple.be responded w=
ith code NXDOMAIN</p><br>---------- Message transf=C3=A9r=C3=A9 ----------<=
br>From: Thomas Renard &lt;thomas.renard.namur@gmail.com&gt;<br>To: privacy=
@shop.exemple.be<br>Date: Mon, 30 Nov 2026 18:02:11 +0100<br>Subject: Mes d=
onn=C3=A9es<br><br><div dir=3D"ltr">Bonjour,<br><br>Je suis client chez vou=
s depuis 2021 (compte ouvert =C3=A0 cette adresse mail). J'aimerais savoir =
pr=C3=A9cis=C3=A9ment ce que vous conservez comme informations sur moi : do=
nn=C3=A9es du compte, historique de commandes, ce qui est li=C3=A9 =C3=A0 l=
a carte de fid=C3=A9lit=C3=A9, et si vous transmettez quelque chose =C3=A0 =
des partenaires publicitaires, lesquels.<br><br>Pouvez-vous m'envoyer une c=
opie de tout cela ?<br><br>Merci d'avance,<br>Thomas Renard<br>Rue de Fer 1=
8, 5000 Namur</div></div></div>

--00000000000091c7ae06290a13e5--
"""),
    ('en', 'person-via-tool-template', 'deletion', (), """Return-Path: <bounces+2290113-c1a0-privacy=shop.example.be@em.erasepilot.io>
Received: from o1.em.erasepilot.io (o1.em.erasepilot.io [167.89.12.4])
	by mx.shop.example.be (Postfix) with ESMTPS id 0A4C7280F8E
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 03:12:09 +0100 (CET)
From: "Dana Whitcombe via ErasePilot" <requests+dw81x7@erasepilot.io>
Reply-To: Dana Whitcombe <requests+dw81x7@erasepilot.io>
To: privacy@shop.example.be
Subject: Personal data erasure request - Dana Whitcombe (Ref EP-DW81X7-0419)
Date: Fri, 27 Nov 2026 02:12:08 +0000
Message-ID: <ep.dw81x7.0419.1795745528@erasepilot.io>
X-Mailer: ErasePilot Requests 4.2
X-SG-EID: u001.7pA9cX0qV1m2k3BfLr8sT4wZyQnE1o0dJ6H5uKgRs==
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="ep-mixed-8f1c2d0a77"

--ep-mixed-8f1c2d0a77
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

This is an automated request generated by ErasePilot on behalf of Dana Whit=
combe.

To the Data Protection Officer,

Our user, Dana Whitcombe, has authorised ErasePilot to contact you on her b=
ehalf. She asks that you erase all personal data you hold about her, under =
Article 17 of the General Data Protection Regulation, and that you confirm =
the erasure in writing.

Details you can use to find her records:

  Full name:        Dana Whitcombe
  Email addresses:  dana.whitcombe@fastmail.com, requests+dw81x7@erasepilot=
.io
  Phone:            +44 7700 900 412
  Postal address:   Flat 3, 27 Marlowe Road, Bristol BS6 5NE, United Kingdom

If you have disclosed her data to third parties, please tell them about thi=
s request as required by Article 19.

The signed authorisation letter is attached. Please send your reply to this=
 email address; it is forwarded to Dana and kept in her request history. Yo=
u have one month from receipt to respond.

Dana Whitcombe
(sent via ErasePilot - erasepilot.io)

--ep-mixed-8f1c2d0a77
Content-Type: application/pdf; name="Authorisation_Dana_Whitcombe.pdf"
Content-Disposition: attachment; filename="Authorisation_Dana_Whitcombe.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKMSAwIG9iajw8L1R5cGUvQ2F0YWxvZy9QYWdlcyAyIDAgUj4+ZW5kb2JqCjIgMCBv
Ymo8PC9UeXBlL1BhZ2VzL0tpZHNbMyAwIFJdL0NvdW50IDE+PmVuZG9iagozIDAgb2JqPDwvVHlw
ZS9QYWdlL1BhcmVudCAyIDAgUi9NZWRpYUJveFswIDAgNTk1IDg0Ml0+PmVuZG9iagp0cmFpbGVy
PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==

--ep-mixed-8f1c2d0a77--
"""),
    ('de', 'person-via-tool-template', 'access', ('portability',), """Return-Path: <jonas.hertel@posteo.de>
Received: from mout02.posteo.de (mout02.posteo.de [185.67.36.66])
	by mx.shop.example.be (Postfix) with ESMTPS id 5C1D0280E03
	for <privacy@shop.example.be>; Sun, 29 Nov 2026 17:20:55 +0100 (CET)
From: Jonas Hertel <jonas.hertel@posteo.de>
To: privacy@shop.example.be
Subject: =?utf-8?q?Anfrage_nach_Art=2E_15_und_Art=2E_20_DSGVO_=E2=80=93_Jo?=
 =?utf-8?q?nas_Hertel?=
Date: Sun, 29 Nov 2026 16:20:54 +0000
Message-ID: <datenanfrage-7c2e19a0f5@posteo.de>
X-Generator: datenanfrage-assistent
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dies ist eine automatisch erstellte Anfrage, generiert vom Datenanfrage-Ass=
istenten im Auftrag von Jonas Hertel.

Sehr geehrte Damen und Herren,

ich bitte Sie um Auskunft nach Art. 15 DSGVO dar=C3=BCber, ob Sie mich betr=
effende personenbezogene Daten verarbeiten, und, falls ja, um eine Kopie di=
eser Daten sowie die Informationen nach Art. 15 Abs. 1 lit. a=E2=80=93h DSG=
VO (Zwecke, Kategorien, Empf=C3=A4nger, Speicherdauer, Herkunft der Daten, =
automatisierte Entscheidungen einschlie=C3=9Flich Profiling).

Dar=C3=BCber hinaus m=C3=B6chte ich von meinem Recht nach Art. 20 DSGVO Geb=
rauch machen: Bitte stellen Sie mir die Daten, die ich Ihnen selbst bereitg=
estellt habe (Kundenkonto, Bestellungen, Kundenkarte), in einem strukturier=
ten, g=C3=A4ngigen und maschinenlesbaren Format zur Verf=C3=BCgung, z. B. a=
ls JSON- oder CSV-Datei.

Zur Identifikation:
Name: Jonas Hertel
E-Mail-Adresse beim Kundenkonto: jonas.hertel@posteo.de
Kundennummer: 40-771293

Bitte antworten Sie innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Gr=C3=BC=C3=9Fen
Jonas Hertel
"""),
    ('pl', 'person-via-tool-template', 'objection', ('withdraw_consent',), """Return-Path: <wnioski@mojedane24.pl>
Received: from smtp.mojedane24.pl (smtp.mojedane24.pl [198.51.100.201])
	by mx.shop.example.be (Postfix) with ESMTPS id 2F7E9280B39
	for <privacy@shop.example.be>; Thu, 3 Dec 2026 10:02:40 +0100 (CET)
From: =?utf-8?q?Agnieszka_Wr=C3=B3bel_przez_MojeDane24?= <wnioski@mojedane24.pl>
Reply-To: agnieszka.wrobel@o2.pl
Cc: agnieszka.wrobel@o2.pl
To: privacy@shop.example.be
Subject: =?utf-8?q?Sprzeciw_wobec_marketingu_bezpo=C5=9Bredniego_i_cofni?=
 =?utf-8?q?=C4=99cie_zg=C3=B3d_=E2=80=93_Agnieszka_Wr=C3=B3bel_=28MD24-558?=
 =?utf-8?q?127=29?=
Date: Thu, 3 Dec 2026 10:02:39 +0100
Message-ID: <md24-558127.1796288559@mojedane24.pl>
X-Mailer: MojeDane24 Generator
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

To jest automatycznie wygenerowane =C5=BC=C4=85danie, utworzone przez serwi=
s MojeDane24 w imieniu Pani Agnieszki Wr=C3=B3bel.

Szanowni Pa=C5=84stwo,

dzia=C5=82aj=C4=85c na podstawie art. 21 ust. 2 RODO, wnosz=C4=99 sprzeciw =
wobec przetwarzania moich danych osobowych na potrzeby marketingu bezpo=C5=
=9Bredniego, w tym profilowania w zakresie, w jakim jest ono zwi=C4=85zane =
z takim marketingiem, a tak=C5=BCe wobec przekazywania moich danych partner=
om reklamowym.

Jednocze=C5=9Bnie, na podstawie art. 7 ust. 3 RODO, cofam wszystkie udzielo=
ne Pa=C5=84stwu zgody na otrzymywanie newslettera oraz informacji handlowyc=
h drog=C4=85 elektroniczn=C4=85 i telefoniczn=C4=85.

Dane do identyfikacji:
Imi=C4=99 i nazwisko: Agnieszka Wr=C3=B3bel
Adres e-mail: agnieszka.wrobel@o2.pl
Telefon: +48 601 224 913

Prosz=C4=99 o potwierdzenie realizacji na adres agnieszka.wrobel@o2.pl.

Z powa=C5=BCaniem
Agnieszka Wr=C3=B3bel
"""),
    ('sv', 'person-challenge-code-plus-request', 'correction', (), """Return-Path: <linnea.holm@telia.com>
Received: from mail.telia.com (smtp-out11.telia.com [81.236.60.160])
	by mx.shop.example.be (Postfix) with ESMTPS id 3A0C5280D17
	for <privacy@shop.example.be>; Tue, 1 Dec 2026 12:41:30 +0100 (CET)
From: Linnea Holm <linnea.holm@telia.com>
To: "Shop Example - Privacy" <privacy@shop.example.be>
Subject: =?utf-8?q?SV=3A_Bekr=C3=A4fta_din_beg=C3=A4ran_=5BPRV-M5Q8Z=5D?=
Date: Tue, 1 Dec 2026 11:41:29 +0000
Message-ID: <DB9P189MB1734A1C3F0E2B95D7C41E0A8D92B1@DB9P189MB1734.EURP189.PROD.OUTLOOK.COM>
In-Reply-To: <case-M5Q8Z.1.3c0f2e@shop.example.be>
References: <case-M5Q8Z.1.3c0f2e@shop.example.be>
Thread-Topic: =?utf-8?q?Bekr=C3=A4fta_din_beg=C3=A4ran_=5BPRV-M5Q8Z=5D?=
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej,

h=C3=A4r =C3=A4r min kod: 731406

Och n=C3=A4r ni =C3=A4nd=C3=A5 h=C3=A5ller p=C3=A5: jag har flyttat och ni =
har fortfarande min gamla adress p=C3=A5 kontot, s=C3=A5 paketen hamnar fel=
. Den nya =C3=A4r Storgatan 14 B, 211 42 Malm=C3=B6. Mobilnumret st=C3=A4mm=
er inte heller l=C3=A4ngre, r=C3=A4tt nummer =C3=A4r 070-312 88 41. Kan ni =
=C3=A4ndra det?

Tack!
Linnea Holm

________________________________
Fr=C3=A5n: Shop Example - Privacy <privacy@shop.example.be>
Skickat: den 1 december 2026 09:15
Till: Linnea Holm <linnea.holm@telia.com>
=C3=84mne: Bekr=C3=A4fta din beg=C3=A4ran [PRV-M5Q8Z]

Hej,

Vi har tagit emot en beg=C3=A4ran fr=C3=A5n den h=C3=A4r adressen som g=C3=
=A4ller dina personuppgifter. F=C3=B6r att bekr=C3=A4fta att det verkligen =
=C3=A4r du, svara p=C3=A5 det h=C3=A4r mejlet med koden 731406 eller =C3=B6=
ppna l=C3=A4nken nedan inom 7 dagar:

https://shop.example.be/privacy/verify/M5Q8Z?t=3DqW7eR0t2

Om du inte har skickat n=C3=A5gon beg=C3=A4ran kan du bortse fr=C3=A5n det =
h=C3=A4r meddelandet.

V=C3=A4nliga h=C3=A4lsningar
Integritetsteamet, Shop Example
"""),
]

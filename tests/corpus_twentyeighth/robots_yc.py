"""Twenty-eighth set, delivery reports as mail systems send them today, and people who forward them (14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'exchange-online-ndr-modern', 'automated', (), '''Received: from AM9PR02MB6789.eurprd02.prod.outlook.com (2603:10a6:20b:3c2::9)
 by AM0PR02MB5540.eurprd02.prod.outlook.com with HTTPS; Tue, 10 Nov 2026
 09:13:50 +0000
MIME-Version: 1.0
From: Microsoft Outlook <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Tue, 10 Nov 2026 09:13:50 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5c0e8e2f-3a1d-4c7e-a0b8-11f3e8d6b7a2"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <9a8d2b61-52f0-4c33-8f8e-7d1c0a9e3b14@AM9PR02MB6789.eurprd02.prod.outlook.com>
In-Reply-To: <cb0cb745842227dd.a9970d70@shop.example.be>
References: <cb0cb745842227dd.a9970d70@shop.example.be>
Thread-Topic: Please confirm your privacy request
Subject: Undeliverable: Please confirm your privacy request
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-AuthSource: AM9PR02MB6789.eurprd02.prod.outlook.com
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Exchange-Organization-SCL: -1
Return-Path: <>

--5c0e8e2f-3a1d-4c7e-a0b8-11f3e8d6b7a2
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="0a4b2c7e-8f31-4d55-b6a9-3e2f1c0d9b88"

--0a4b2c7e-8f31-4d55-b6a9-3e2f1c0d9b88
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to sarah.whitmore@northfield-consulting.example.co.uk couldn't=
 be delivered.

sarah.whitmore wasn't found at northfield-consulting.example.co.uk.

privacy          Office 365          sarah.whitmore
Action Required                         Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the foll=
owing:

  *   Send the message again following these steps: In Outlook, open this n=
on-delivery report (NDR) and choose Send Again from the Report ribbon. In O=
utlook on the web, select this NDR, then select the link "To send this mess=
age again, click here." Then delete and retype the entire recipient address=
. If prompted with an Auto-Complete List suggestion don't select it. After =
typing the complete address, click Send.
  *   Contact the recipient (by phone, for example) to check that the addre=
ss exists and is correct.
  *   The recipient may have set up email forwarding to an incorrect addres=
s. Ask them to check that any forwarding they've set up is working correctl=
y.
  *   Clear the recipient Auto-Complete List in Outlook or Outlook on the w=
eb by following the steps in this article: Fix email delivery issues for er=
ror code 5.1.10 in Office 365<https://go.microsoft.com/fwlink/?LinkId=3D532=
972>, and then send the message again. Retype the entire recipient address =
before selecting Send.

If the problem continues, forward this message to your email admin. If you'=
re an email admin, refer to the More Info for Email Admins section below.

Was this helpful? Send feedback to Microsoft<https://go.microsoft.com/fwlin=
k/?LinkId=3D525920>.

________________________________

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the sender sent a message to an email address hos=
ted by Office 365 but the address is incorrect or doesn't exist at the dest=
ination domain. The error is reported by the recipient domain's email serve=
r, but most often it must be fixed by the person who sent the message. If t=
he steps in the How to Fix It section above don't fix the problem, and you'=
re the email admin for the recipient, try one or more of the following:

The email address exists and is correct - Confirm that the recipient addres=
s exists, is correct, and is accepting messages.

For more information and tips to fix this issue see this article: https://g=
o.microsoft.com/fwlink/?LinkId=3D532972.

Original Message Details
Created Date:     11/10/2026 9:13:48 AM
Sender Address:   privacy@shop.example.be
Recipient Address:        sarah.whitmore@northfield-consulting.example.co.uk
Subject:  Please confirm your privacy request

Error Details
Error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient sarah.whitmo=
re@northfield-consulting.example.co.uk not found by SMTP address lookup
Message rejected by:      LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM

Notification Details
Sent by:  AM9PR02MB6789.eurprd02.prod.outlook.com

Message Hops
HOP    TIME (UTC)    FROM    TO    WITH    RELAY TIME
1      11/10/2026 9:13:48 AM    mail.shop.example.be    AM4PEPF00027A5F.mai=
l.protection.outlook.com    Microsoft SMTP Server (version=3DTLS1_2, cipher=
=3DTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)    1 sec
2      11/10/2026 9:13:49 AM    AM4PEPF00027A5F.eurprd04.prod.outlook.com  =
  AM9PR02MB6789.eurprd02.prod.outlook.com    Microsoft SMTP Server (version=
=3DTLS1_2, cipher=3DTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)    *

Original Message Headers

From: Privacy shop.example.be <privacy@shop.example.be>
To: Sarah Whitmore <sarah.whitmore@northfield-consulting.example.co.uk>
Subject: Please confirm your privacy request
Date: Tue, 10 Nov 2026 10:13:00 +0100
Message-ID: <cb0cb745842227dd.a9970d70@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable

--0a4b2c7e-8f31-4d55-b6a9-3e2f1c0d9b88
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif;">
<p style=3D"font-size:16px;">Your message to <a href=3D"mailto:sarah.whitmo=
re@northfield-consulting.example.co.uk" style=3D"color:#0072C6;">sarah.whit=
more@northfield-consulting.example.co.uk</a> couldn't be delivered.</p>
<p style=3D"font-size:17pt;font-weight:300;"><b>sarah.whitmore</b> wasn't f=
ound at <b>northfield-consulting.example.co.uk</b>.</p>
<table style=3D"width:100%;"><tr><td>privacy</td><td>Office 365</td><td>sar=
ah.whitmore</td></tr>
<tr><td style=3D"color:#C00000;font-weight:600;">Action Required</td><td></=
td><td>Recipient</td></tr></table>
<p style=3D"font-size:21px;">Unknown To address</p>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.<=
/p>
<p><b>More Info for Email Admins</b><br>Status code: 550 5.1.10</p>
<p>Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient sarah.whitmo=
re@northfield-consulting.example.co.uk not found by SMTP address lookup</p>
</div>
</body>
</html>

--0a4b2c7e-8f31-4d55-b6a9-3e2f1c0d9b88--

--5c0e8e2f-3a1d-4c7e-a0b8-11f3e8d6b7a2
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR02MB6789.eurprd02.prod.outlook.com
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Tue, 10 Nov 2026 09:13:48 +0000

Original-Recipient: rfc822;sarah.whitmore@northfield-consulting.example.co.uk
Final-Recipient: rfc822;sarah.whitmore@northfield-consulting.example.co.uk
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient sarah.whitmore@northfield-consulting.example.co.uk not found by SMTP address lookup
Remote-MTA: dns;LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM
X-Display-Name: Sarah Whitmore

--5c0e8e2f-3a1d-4c7e-a0b8-11f3e8d6b7a2
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Sarah Whitmore <sarah.whitmore@northfield-consulting.example.co.uk>
Subject: Please confirm your privacy request
Date: Tue, 10 Nov 2026 10:13:00 +0100
Message-ID: <cb0cb745842227dd.a9970d70@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dear Sarah Whitmore,

You wrote to us on 3 November 2026: "Please delete all my data and stop the=
 newsletter. I no longer want an account with you."

Before we act on your request we need to confirm that this address is yours=
. Please click the link below within 14 days:
https://shop.example.be/privacy/confirm?t=3D05da0bfec118

If you did not send this request, you can ignore this e-mail.

Kind regards,
The privacy team
shop.example.be
--5c0e8e2f-3a1d-4c7e-a0b8-11f3e8d6b7a2--
'''),
    ('en', 'gmail-dsn-address-not-found', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by 2002:a05:7300:6a81:b0:14f:2b3a:5c1e with SMTP id gk1csp1842631dyb;
        Thu, 12 Nov 2026 05:41:11 -0800
X-Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5-20020a17090b3ec500b002e2c40e59b1mr98231pjb.4.17923120411;
        Thu, 12 Nov 2026 05:41:11 -0800
Return-Path: <>
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98231pjb.4;
        Thu, 12 Nov 2026 05:41:11 -0800
Content-Type: multipart/report; boundary="000000000000a02a2aef71"; report-type=delivery-status
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98228pjb.4; Thu, 12 Nov 2026 05:41:11 -0800
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <a02a2aef.a02a2aef715c.c141fb@mx.google.com>
Date: Thu, 12 Nov 2026 05:41:11 -0800
Subject: Delivery Status Notification (Failure)
References: <406741cee9f196c0.da39a3ee@shop.example.be>
In-Reply-To: <406741cee9f196c0.da39a3ee@shop.example.be>
X-Failed-Recipients: d.okafor1987@gmail.com
MIME-Version: 1.0

--000000000000a02a2aef71
Content-Type: multipart/related; boundary="000000000000cfa97b394b"

--000000000000cfa97b394b
Content-Type: multipart/alternative; boundary="0000000000002238b985f7"

--0000000000002238b985f7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Address not found **

Your message wasn't delivered to d.okafor1987@gmail.com because the address=
 couldn't be found, or is unable to receive mail.

Learn more: https://support.google.com/mail/?p=3DNoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double=
-checking the recipient's email address for typos or unnecessary spaces.

--0000000000002238b985f7
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
=3D"Error Icon" src=3D"cid:icon.png">
<table style=3D"min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style=3D"font-size:20px;color:#212121;font-weight:bold;margin:0=
">
Address not found
</h2></td></tr>
<tr><td style=3D"padding-top:20px;color:#757575;font-size:16px;font-weight:=
normal;text-align:left">
Your message wasn't delivered to <a style=3D'color:#212121;text-decoration:=
none'><b>d.okafor1987@gmail.com</b></a> because the address couldn't be fou=
nd, or is unable to receive mail.
</td></tr>
<tr><td style=3D"padding-top:24px;color:#4285F4;font-size:14px;font-weight:=
bold;text-align:left">
<a style=3D"text-decoration:none" href=3D"https://support.google.com/mail/?=
p=3DNoSuchUser">LEARN MORE</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style=3D"border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align=3D"left" style=3D"padding:48px 10px">
The response was:<br/>
<p style=3D"font-family:monospace">
The email account that you tried to reach does not exist. Please try double=
-checking the recipient's email address for typos or unnecessary spaces.
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--0000000000002238b985f7--
--000000000000cfa97b394b
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAAACXBIWXMAABYlAAAWJQFJUiTwAAAA
GXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAFi5JREFUeAHtXUuMHMd5/qp6Znd2
--000000000000cfa97b394b--
--000000000000a02a2aef71
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 12 Nov 2026 05:41:09 -0800
X-Original-Message-ID: <406741cee9f196c0.da39a3ee@shop.example.be>

Final-Recipient: rfc822; d.okafor1987@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.77, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2b1c0a7f3e1si1234567ad.512 - gsmtp
Last-Attempt-Date: Thu, 12 Nov 2026 05:41:11 -0800

--000000000000a02a2aef71
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Daniel Okafor <d.okafor1987@gmail.com>
Subject: Re: Subject access request - Daniel Okafor
Date: Thu, 12 Nov 2026 14:40:00 +0100
Message-ID: <406741cee9f196c0.da39a3ee@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dear Mr Okafor,

Thank you for your e-mail of 2 November 2026, in which you wrote:

> I would like a copy of all personal data you hold about me, including my =
order
> history, loyalty points and anything you got from marketing partners.

You can download a copy of your data for the next 30 days here:
https://shop.example.be/privacy/export/7Hq2LmX9

The file contains your account details, your orders since 2021, your loyalt=
y card
transactions and the newsletter preferences we store. We do not receive dat=
a about
you from marketing partners.

Kind regards,

Laura
Privacy team, shop.example.be

--000000000000a02a2aef71--
'''),
    ('en', 'exim-mail-delivery-failed-quota', 'automated', (), '''Return-path: <>
Envelope-to: privacy@shop.example.be
Delivery-date: Thu, 05 Nov 2026 15:02:19 +0000
Received: from mailnull by mx3.fastmail-host.example.net with local (Exim 4.98)
	id 1tGhQz-00A3xK-0c
	for privacy@shop.example.be;
	Thu, 05 Nov 2026 15:02:19 +0000
X-Failed-Recipients: meg.lloyd@fastmail-host.example.net
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx3.fastmail-host.example.net>
To: privacy@shop.example.be
References: <c33647fb5d2cf117.dcea71cc@shop.example.be>
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tGhQz-00A3xK-0c@mx3.fastmail-host.example.net>
Date: Thu, 05 Nov 2026 15:02:19 +0000

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  meg.lloyd@fastmail-host.example.net
    mailbox is full: retry timeout exceeded
    (generated from megan@lloyd-family.example.org)

------ This is a copy of the message, including all the headers. ------
------ The body of the message is 1186 characters long; only the first
------ 1024 or so are included here.

Return-path: <privacy@shop.example.be>
Received: from mail.shop.example.be ([192.0.2.25])
	by mx3.fastmail-host.example.net with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.98)
	(envelope-from <privacy@shop.example.be>)
	id 1tGVbN-008zQ1-2f
	for megan@lloyd-family.example.org;
	Thu, 05 Nov 2026 15:02:05 +0000
From: Privacy shop.example.be <privacy@shop.example.be>
To: Megan Lloyd <meg.lloyd@fastmail-host.example.net>
Subject: Please confirm your privacy request
Date: Thu, 5 Nov 2026 16:02:00 +0100
Message-ID: <c33647fb5d2cf117.dcea71cc@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Megan Lloyd,

You wrote to us on 4 November 2026: "Unsubscribe me from all marketing emails and stop sharing my details with your advertising partners."

Before we act on your request we need to confirm that this address is yours. Please click the link below within 14 days:
https://shop.example.be/privacy/confirm?t=262f4727cc7b

'''),
    ('en', 'qmail-failure-notice', 'automated', (), '''Return-Path: <>
Received: (qmail 28731 invoked for bounce); 9 Nov 2026 10:05:44 -0000
Date: 9 Nov 2026 10:05:44 -0000
From: MAILER-DAEMON@mail.oldisp.example.com
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20261109100544.28731.qmail@mail.oldisp.example.com>

Hi. This is the qmail-send program at mail.oldisp.example.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<anita.patel@oldisp.example.com>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28727 invoked from network); 9 Nov 2026 10:05:43 -0000
Received: from mail.shop.example.be (HELO mail.shop.example.be) (192.0.2.25)
  by mail.oldisp.example.com with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 9 Nov 2026 10:05:43 -0000
From: Privacy shop.example.be <privacy@shop.example.be>
To: Anita Patel <anita.patel@oldisp.example.com>
Subject: Re: wrong name and address on my account
Date: Mon, 9 Nov 2026 11:05:00 +0100
Message-ID: <b3d2ab8fd1ecc4bd.da39a3ee@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Mrs Patel,

As you asked in your e-mail of 6 November ("please change the delivery address
on my account to 14 Elm Road, and correct the spelling of my surname, it is Patel not
Patell"), we have corrected your surname and updated your address. The change is
visible in your account under "My details".

Kind regards,
The privacy team
shop.example.be

'''),
    ('en', 'sendmail-returned-mail-host-unknown', 'automated', (), '''Return-Path: <MAILER-DAEMON@relay2.shop.example.be>
Received: from localhost (localhost)
	by relay2.shop.example.be (8.18.1/8.18.1) id 5AG8UqkX031842;
	Mon, 16 Nov 2026 09:30:52 +0100
Date: Mon, 16 Nov 2026 09:30:52 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@relay2.shop.example.be>
Message-Id: <202611160830.5AG8UqkX031842@relay2.shop.example.be>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5AG8UqkX031842.1794817852/relay2.shop.example.be"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--5AG8UqkX031842.1794817852/relay2.shop.example.be

The original message was received at Mon, 16 Nov 2026 09:30:51 +0100
from mail.shop.example.be [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<graham@doyle-joinery.example.ie>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <graham@doyle-joinery.example.ie>... Host unknown (Name server: doyle-joinery.example.ie: host not found)

--5AG8UqkX031842.1794817852/relay2.shop.example.be
Content-Type: message/delivery-status

Reporting-MTA: dns; relay2.shop.example.be
Received-From-MTA: DNS; mail.shop.example.be
Arrival-Date: Mon, 16 Nov 2026 09:30:51 +0100

Final-Recipient: RFC822; graham@doyle-joinery.example.ie
Action: failed
Status: 5.1.2
Remote-MTA: DNS; doyle-joinery.example.ie
Diagnostic-Code: SMTP; 550 Host unknown
Last-Attempt-Date: Mon, 16 Nov 2026 09:30:52 +0100

--5AG8UqkX031842.1794817852/relay2.shop.example.be
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be ([192.0.2.25])
	by relay2.shop.example.be (8.18.1/8.18.1) with ESMTPS id 5AG8UpYb031839
	for <graham@doyle-joinery.example.ie>; Mon, 16 Nov 2026 09:30:51 +0100
From: Privacy shop.example.be <privacy@shop.example.be>
To: Graham Doyle <graham@doyle-joinery.example.ie>
Subject: Please confirm your privacy request
Date: Mon, 16 Nov 2026 09:30:00 +0100
Message-ID: <333feb4b998b33bb.88d01623@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dear Graham Doyle,

You wrote to us on 13 November 2026: "I object to you using my purchase his=
tory for profiling and personalised ads. Please stop."

Before we act on your request we need to confirm that this address is yours=
. Please click the link below within 14 days:
https://shop.example.be/privacy/confirm?t=3D625e99426daa

If you did not send this request, you can ignore this e-mail.

Kind regards,
The privacy team
shop.example.be
--5AG8UqkX031842.1794817852/relay2.shop.example.be--
'''),
    ('en', 'postfix-delayed-mail-greylisted', 'automated', (), '''Return-Path: <>
Received: by smtp-out.shop.example.be (Postfix)
	id 4QbR7d1xKcz9sWf; Wed, 18 Nov 2026 10:16:31 +0100
Date: Wed, 18 Nov 2026 10:16:31 +0100
From: MAILER-DAEMON@smtp-out.shop.example.be (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4QbR7d1xKcz9sWf.1795592160/smtp-out.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261118101631.4QbR7d1xKcz9sWf@smtp-out.shop.example.be>

This is a MIME-encapsulated message.

--4QbR7d1xKcz9sWf.1795592160/smtp-out.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp-out.shop.example.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<fiona.macleod@glenmore-crofts.example.scot>: host mx.glenmore-crofts.example.scot[198.51.100.41] said:
    450 4.7.1 <fiona.macleod@glenmore-crofts.example.scot>: Recipient address
    rejected: Greylisted, see https://postgrey.schweikert.ch/help/glenmore-crofts.example.scot.html (in
    reply to RCPT TO command)

--4QbR7d1xKcz9sWf.1795592160/smtp-out.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.shop.example.be
X-Postfix-Queue-ID: 4QbR7d1xKcz9sWf
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 18 Nov 2026 06:16:02 +0100

Final-Recipient: rfc822; fiona.macleod@glenmore-crofts.example.scot
Original-Recipient: rfc822;fiona.macleod@glenmore-crofts.example.scot
Action: delayed
Will-Retry-Until: Sun, 22 Nov 2026 06:16:02 +0100
Status: 4.7.1
Remote-MTA: dns; mx.glenmore-crofts.example.scot
Diagnostic-Code: smtp; 450 4.7.1 <fiona.macleod@glenmore-crofts.example.scot>:
    Recipient address rejected: Greylisted

--4QbR7d1xKcz9sWf.1795592160/smtp-out.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Privacy shop.example.be <privacy@shop.example.be>
To: Fiona MacLeod <fiona.macleod@glenmore-crofts.example.scot>
Subject: Please confirm your privacy request
Date: Wed, 18 Nov 2026 06:15:00 +0100
Message-ID: <cbbf574632a9496e.6d9e3528@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--4QbR7d1xKcz9sWf.1795592160/smtp-out.shop.example.be--
'''),
    ('en', 'iis-smtp-dsn-relay', 'automated', (), '''Received: from mail.brennan-builders.example.com ([203.0.113.58]) by
 smtp-out.shop.example.be with Microsoft SMTPSVC(10.0.17763.1697);
	 Thu, 19 Nov 2026 15:22:31 +0100
From: postmaster@brennan-builders.example.com
To: privacy@shop.example.be
Date: Thu, 19 Nov 2026 15:22:31 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01DB3A1F8C4E2A7000000011mail.brennan-b"
X-DSNContext: 7ce717b1 - 1378 - 00000002 - 00000000
Message-ID: <3WmNdT0a400000011@mail.brennan-builders.example.com>
Subject: Delivery Status Notification (Relay)
Return-Path: <>

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01DB3A1F8C4E2A7000000011mail.brennan-b
Content-Type: text/plain; charset=unicode-1-1-utf-7

This is an automatically generated Delivery Status Notification.

Your message has been successfully relayed to the following recipients, but the requested delivery status notifications may not be generated by the destination.

       kbrennan@brennan-builders.example.com




--9B095B5ADSN=_01DB3A1F8C4E2A7000000011mail.brennan-b
Content-Type: message/delivery-status

Reporting-MTA: dns;mail.brennan-builders.example.com
Received-From-MTA: dns;smtp-out.shop.example.be
Arrival-Date: Thu, 19 Nov 2026 15:22:30 +0100

Final-Recipient: rfc822;kbrennan@brennan-builders.example.com
Action: relayed
Status: 2.0.0

--9B095B5ADSN=_01DB3A1F8C4E2A7000000011mail.brennan-b
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Kevin Brennan <kbrennan@brennan-builders.example.com>
Subject: Your data export (data portability request)
Date: Thu, 19 Nov 2026 15:22:00 +0100
Message-ID: <3ca309e01a2d6116.da39a3ee@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dear Mr Brennan,

You asked us on 5 November: "Send me all my data in a machine-readable
format (CSV or JSON) so I can move my wish lists and order history to anoth=
er shop."

Please find your data attached as a JSON file. The password for the file wi=
ll follow
in a separate SMS.

Kind regards,
The privacy team
shop.example.be

--9B095B5ADSN=_01DB3A1F8C4E2A7000000011mail.brennan-b--
'''),
    ('en', 'postfix-mimecast-policy-block', 'automated', (), '''Return-Path: <>
Received: by smtp-out.shop.example.be (Postfix)
	id 4QcK3m0yPZz1xT8; Fri, 20 Nov 2026 11:48:31 +0100
Date: Fri, 20 Nov 2026 11:48:31 +0100
From: MAILER-DAEMON@smtp-out.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4QcK3m0yPZz1xT8.1795770480/smtp-out.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261120114831.4QcK3m0yPZz1xT8@smtp-out.shop.example.be>

This is a MIME-encapsulated message.

--4QcK3m0yPZz1xT8.1795770480/smtp-out.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp-out.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<rachel.hughes@hughes-law.example.co.uk>: host eu-smtp-inbound-2.mimecast.com[195.130.217.221] said:
    550 Administrative prohibition - envelope blocked -
    https://community.mimecast.com/docs/DOC-1369#550 [dS4fk2QnOu2rP0J1pYxY4Q.uk212] (in
    reply to RCPT TO command)

--4QcK3m0yPZz1xT8.1795770480/smtp-out.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.shop.example.be
X-Postfix-Queue-ID: 4QcK3m0yPZz1xT8
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 20 Nov 2026 11:48:02 +0100

Final-Recipient: rfc822; rachel.hughes@hughes-law.example.co.uk
Original-Recipient: rfc822;rachel.hughes@hughes-law.example.co.uk
Action: failed
Status: 5.0.0
Remote-MTA: dns; eu-smtp-inbound-2.mimecast.com
Diagnostic-Code: smtp; 550 Administrative prohibition - envelope blocked -
    https://community.mimecast.com/docs/DOC-1369#550
    [dS4fk2QnOu2rP0J1pYxY4Q.uk212]

--4QcK3m0yPZz1xT8.1795770480/smtp-out.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

From: Privacy shop.example.be <privacy@shop.example.be>
To: Rachel Hughes <rachel.hughes@hughes-law.example.co.uk>
Subject: Re: Spam since my order - who did you give my email to?
Date: Fri, 20 Nov 2026 11:48:00 +0100
Message-ID: <dbaeb25a1ffbdeaf.da39a3ee@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dear Ms Hughes,

Thank you for your message. You wrote:

> Since I ordered from you in October I get spam at the address I only ever=
 gave
> to you. Either you leaked it or sold it. I want to know who you shared my=
 e-mail
> address with, and I am considering a complaint to the ICO.

We take this seriously. We have started an investigation and will get back =
to you
within 10 working days with the list of processors that received your addre=
ss.

Kind regards,
The privacy team
shop.example.be

--4QcK3m0yPZz1xT8.1795770480/smtp-out.shop.example.be--
'''),
    ('en', 'courier-delivery-status-notice', 'automated', (), '''Return-Path: <>
Received: from mx.wardnet.example.org (mx.wardnet.example.org [198.51.100.9])
	by mail.shop.example.be (Postfix) with ESMTP id 4QbY0c2s1Nz7tLm
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 08:03:21 +0100 (CET)
From: "Courier mail server at mx.wardnet.example.org" <@>
To: privacy@shop.example.be
Subject: NOTICE: mail delivery status.
Mime-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
    boundary="=_courier_0"
Content-Transfer-Encoding: 7bit
Message-ID: <courier.000000006734A0B9.00003F21@mx.wardnet.example.org>
Date: Thu, 19 Nov 2026 07:03:21 +0000

This is a MIME-formatted message.  If you see this text it means that your
E-mail software does not support MIME-formatted messages.

--=_courier_0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This is a delivery status notification from mx.wardnet.example.org,
running the Courier mail server, version 1.3.13.

The original message was received on Thu, 19 Nov 2026 07:03:20 +0000
from mail.shop.example.be (mail.shop.example.be [::ffff:192.0.2.25])

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<simon.ward@wardnet.example.org>:
    mx.wardnet.example.org:
>>> RCPT TO:<simon.ward@wardnet.example.org>
<<< 550 User unknown.

---------------------------------------------------------------------------

If your message was also sent to additional recipients, their delivery
status is not included in this report.  You may or may not receive
other delivery status notifications for additional recipients.

The original message follows as a separate attachment.


--=_courier_0
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit

Reporting-MTA: dns; mx.wardnet.example.org
Arrival-Date: Thu, 19 Nov 2026 07:03:20 +0000

Final-Recipient: rfc822; simon.ward@wardnet.example.org
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 550 User unknown.

--=_courier_0
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

From: Privacy shop.example.be <privacy@shop.example.be>
To: Simon Ward <simon.ward@wardnet.example.org>
Subject: You have been unsubscribed
Date: Thu, 19 Nov 2026 08:03:00 +0100
Message-ID: <ff410d8b6e3ab3d3.da39a3ee@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hello Mr Ward,

You have been removed from our newsletter and from the loyalty card mailings.

On 18 November 2026 you wrote:
> Stop sending me the loyalty card newsletter, I withdraw my consent
> for any marketing e-mails.

It can take up to 48 hours before the last mailing stops.

Best regards,
The privacy team
shop.example.be


--=_courier_0--
'''),
    ('en', 'person-forwards-gmail-bounce', 'deletion', (), '''MIME-Version: 1.0
Date: Mon, 9 Nov 2026 07:41:26 +0000
References: <CAJ8fLw2q9x+Rk1@mail.gmail.com> <673e5d1c.a70a0220.1b2f3.0000.GMR@mx.google.com>
In-Reply-To: <673e5d1c.a70a0220.1b2f3.0000.GMR@mx.google.com>
Message-ID: <CAJ8fLw3sP0KxT9vD-4y3Q@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
From: Tom Ashworth <tom.ashworth84@gmail.com>
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000009f1c2a0624b1e7d3"

--0000000000009f1c2a0624b1e7d3
Content-Type: text/plain; charset="UTF-8"

Hi,

I tried gdpr@shop.example.be (that's the address in an old email from you) and got the message below, so here it is again: please delete my account and all the data you have on me. The account is under this email address, tom.ashworth84@gmail.com, I also have one of your loyalty cards.

Can you confirm when it's done?

Thanks,
Tom Ashworth

---------- Forwarded message ---------
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: Sun, 8 Nov 2026 at 21:14
Subject: Delivery Status Notification (Failure)
To: <tom.ashworth84@gmail.com>


** Address not found **

Your message wasn't delivered to gdpr@shop.example.be because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 <gdpr@shop.example.be>: Recipient address rejected: User unknown in virtual mailbox table


---------- Forwarded message ----------
From: Tom Ashworth <tom.ashworth84@gmail.com>
To: gdpr@shop.example.be
Cc:
Bcc:
Date: Sun, 08 Nov 2026 21:14:02 +0000
Subject: Delete my account
----- Message truncated -----

--0000000000009f1c2a0624b1e7d3
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hi,</div><div><br></div><div>I tried gdpr@shop.example.be =
(that's the address in an old email from you) and got the message below, so=
 here it is again: please delete my account and all the data you have on me=
. The account is under this email address, tom.ashworth84@gmail.com, I also=
 have one of your loyalty cards.</div><div><br></div><div>Can you confirm w=
hen it's done?</div><div><br></div><div>Thanks,<br>Tom Ashworth</div><div><=
br></div><div><div class=3D"gmail_quote"><div dir=3D"ltr" class=3D"gmail_at=
tr">---------- Forwarded message ---------<br>
From: Mail Delivery Subsystem &lt;mailer-daemon@googlemail.com&gt;<br>
Date: Sun, 8 Nov 2026 at 21:14<br>
Subject: Delivery Status Notification (Failure)<br>
To: &lt;tom.ashworth84@gmail.com&gt;<br>
<br>
<br>
** Address not found **<br>
<br>
Your message wasn't delivered to gdpr@shop.example.be because the address c=
ouldn't be found, or is unable to receive mail.<br>
<br>
Learn more here: https://support.google.com/mail/?p=3DNoSuchUser<br>
<br>
The response was:<br>
<br>
550 5.1.1 &lt;gdpr@shop.example.be&gt;: Recipient address rejected: User un=
known in virtual mailbox table<br>
<br>
<br>
---------- Forwarded message ----------<br>
From: Tom Ashworth &lt;tom.ashworth84@gmail.com&gt;<br>
To: gdpr@shop.example.be<br>
Cc:<br>
Bcc:<br>
Date: Sun, 08 Nov 2026 21:14:02 +0000<br>
Subject: Delete my account<br>
----- Message truncated -----<br>
</div></div></div>

--0000000000009f1c2a0624b1e7d3--
'''),
    ('en', 'person-third-try-after-bounces', 'access', (), '''Return-Path: <j.whitfield@btinternet.example.com>
Received: from mout.btinternet.example.com (mout.btinternet.example.com [203.0.113.140])
	by mail.shop.example.be (Postfix) with ESMTPS id 4Qd1Gz0Lqbz7tXk
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 19:02:44 +0100 (CET)
From: "Janet Whitfield" <j.whitfield@btinternet.example.com>
To: <privacy@shop.example.be>
Subject: what data do you have on me (3rd try)
Date: Mon, 23 Nov 2026 18:02:39 -0000
Message-ID: <000001db3d9a$4c1e2b80$e45a8280$@btinternet.example.com>
MIME-Version: 1.0
Content-Type: text/plain;
	charset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0
Content-Language: en-gb
Thread-Index: AdtdmkwJm0s7vKq3RZ6XjV8xw2b0Ng==

Hello,

My mail to you bounced twice (I think I had typed shop.example.com instead
of .be, my fault), so this is my third try.

What data do you have about me? I'd like a copy of everything: my account,
orders, the loyalty card, and whether you passed anything on to other
companies. My account is under this email address.

Many thanks,
Janet Whitfield
'''),
    ('nl', 'exchange-online-ndr-nl', 'automated', (), '''Received: from DB9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:10:3a1::14)
 by AM6PR02MB4410.eurprd02.prod.outlook.com with HTTPS; Tue, 10 Nov 2026 09:14:04 +0000
From: Microsoft Outlook <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Tue, 10 Nov 2026 09:14:02 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_1a19b0b3DB9PR02MB7321eurp_"
Content-Language: nl-NL
Message-ID: <fb3c5e0c-fb3c-4c1e-9b2a-a6f5ac7282ec@DB9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <66ff3f42fa2661c0.fa1c5cea@shop.example.be>
References: <66ff3f42fa2661c0.fa1c5cea@shop.example.be>
Thread-Topic: Bevestig uw privacyverzoek
Subject: Onbestelbaar: Bevestig uw privacyverzoek
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: DB9PR02MB7321.eurprd02.prod.outlook.com
Return-Path: <>

--_000_1a19b0b3DB9PR02MB7321eurp_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_001_1a19b0b3DB9PR02MB7321eurp_"

--_001_1a19b0b3DB9PR02MB7321eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QmV6b3JnaW5nIGlzIG1pc2x1a3Qgdm9vciBkZXplIG9udHZhbmdlcnMgb2YgZ3JvZXBlbjoKCkph
biBQZWV0ZXJzIChqYW4ucGVldGVyc0Bib3V3YmVkcmlqZi1wZWV0ZXJzLmV4YW1wbGUubmwpPG1h
aWx0bzpqYW4ucGVldGVyc0Bib3V3YmVkcmlqZi1wZWV0ZXJzLmV4YW1wbGUubmw+CkhldCBlLW1h
aWxhZHJlcyBkYXQgdSBoZWJ0IGluZ2V2b2VyZCwgaXMgbmlldCBnZXZvbmRlbi4gQ29udHJvbGVl
ciBoZXQgZS1tYWlsYWRyZXMgdmFuIGRlIG9udHZhbmdlciBlbiBwcm9iZWVyIGhldCBiZXJpY2h0
IG9wbmlldXcgdGUgdmVyemVuZGVuLiBOZWVtIGNvbnRhY3Qgb3AgbWV0IGRlIGhlbHBkZXNrIGFs
cyBoZXQgcHJvYmxlZW0gemljaCBibGlqZnQgdm9vcmRvZW4uCgoKCgoKCkRpYWdub3N0aXNjaGUg
Z2VnZXZlbnMgdm9vciBiZWhlZXJkZXJzOgoKU2VydmVyIHZvb3IgZ2VuZXJlcmVuOiBEQjlQUjAy
TUI3MzIxLmV1cnByZDAyLnByb2Qub3V0bG9vay5jb20KCmphbi5wZWV0ZXJzQGJvdXdiZWRyaWpm
LXBlZXRlcnMuZXhhbXBsZS5ubAptYWlsLmJvdXdiZWRyaWpmLXBlZXRlcnMuZXhhbXBsZS5ubCBF
eHRlcm5lIHNlcnZlciByZXRvdXJuZWVyZGUgJzU1MCA1LjEuMSA8amFuLnBlZXRlcnNAYm91d2Jl
ZHJpamYtcGVldGVycy5leGFtcGxlLm5sPjogUmVjaXBpZW50IGFkZHJlc3MgcmVqZWN0ZWQ6IFVz
ZXIgdW5rbm93biBpbiB2aXJ0dWFsIG1haWxib3ggdGFibGUnCgpPb3JzcHJvbmtlbGlqa2UgYmVy
aWNodGtvcHBlbjoKCkZyb206IFByaXZhY3kgc2hvcC5leGFtcGxlLmJlIDxwcml2YWN5QHNob3Au
ZXhhbXBsZS5iZT4KVG86IEphbiBQZWV0ZXJzIDxqYW4ucGVldGVyc0Bib3V3YmVkcmlqZi1wZWV0
ZXJzLmV4YW1wbGUubmw+ClN1YmplY3Q6IEJldmVzdGlnIHV3IHByaXZhY3l2ZXJ6b2VrCkRhdGU6
IFR1ZSwgMTAgTm92IDIwMjYgMTA6MTM6MDAgKzAxMDAKTWVzc2FnZS1JRDogPDY2ZmYzZjQyZmEy
NjYxYzAuZmExYzVjZWFAc2hvcC5leGFtcGxlLmJlPgpNSU1FLVZlcnNpb246IDEuMApDb250ZW50
LVR5cGU6IHRleHQvcGxhaW47IGNoYXJzZXQ9InV0Zi04IgpDb250ZW50LVRyYW5zZmVyLUVuY29k
aW5nOiBxdW90ZWQtcHJpbnRhYmxlCg==

--_001_1a19b0b3DB9PR02MB7321eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+QmV6b3JnaW5nIGlzIG1pc2x1a3Qgdm9v
ciBkZXplIG9udHZhbmdlcnMgb2YgZ3JvZXBlbjo8L2ZvbnQ+PC9iPjwvcD4KPGZvbnQgY29sb3I9
IiMwMDAwMDAiIHNpemU9IjIiIGZhY2U9IlRhaG9tYSI+PHA+PGEgaHJlZj0ibWFpbHRvOmphbi5w
ZWV0ZXJzQGJvdXdiZWRyaWpmLXBlZXRlcnMuZXhhbXBsZS5ubCI+SmFuIFBlZXRlcnMgKGphbi5w
ZWV0ZXJzQGJvdXdiZWRyaWpmLXBlZXRlcnMuZXhhbXBsZS5ubCk8L2E+PGJyPgo8L2ZvbnQ+Cjxm
b250IGNvbG9yPSIjMDAwMDAwIiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+SGV0IGUtbWFpbGFkcmVz
IGRhdCB1IGhlYnQgaW5nZXZvZXJkLCBpcyBuaWV0IGdldm9uZGVuLiBDb250cm9sZWVyIGhldCBl
LW1haWxhZHJlcyB2YW4gZGUgb250dmFuZ2VyIGVuIHByb2JlZXIgaGV0IGJlcmljaHQgb3BuaWV1
dyB0ZSB2ZXJ6ZW5kZW4uIE5lZW0gY29udGFjdCBvcCBtZXQgZGUgaGVscGRlc2sgYWxzIGhldCBw
cm9ibGVlbSB6aWNoIGJsaWpmdCB2b29yZG9lbi48L2ZvbnQ+PC9wPgo8Zm9udCBjb2xvcj0iIzgw
ODA4MCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj48cD48Yj5EaWFnbm9zdGlzY2hlIGdlZ2V2ZW5z
IHZvb3IgYmVoZWVyZGVyczo8L2I+PC9wPgpTZXJ2ZXIgdm9vciBnZW5lcmVyZW46IERCOVBSMDJN
QjczMjEuZXVycHJkMDIucHJvZC5vdXRsb29rLmNvbTxicj4KPGJyPgpqYW4ucGVldGVyc0Bib3V3
YmVkcmlqZi1wZWV0ZXJzLmV4YW1wbGUubmw8YnI+Cm1haWwuYm91d2JlZHJpamYtcGVldGVycy5l
eGFtcGxlLm5sIEV4dGVybmUgc2VydmVyIHJldG91cm5lZXJkZSAnNTUwIDUuMS4xICZsdDtqYW4u
cGVldGVyc0Bib3V3YmVkcmlqZi1wZWV0ZXJzLmV4YW1wbGUubmwmZ3Q7OiBSZWNpcGllbnQgYWRk
cmVzcyByZWplY3RlZDogVXNlciB1bmtub3duIGluIHZpcnR1YWwgbWFpbGJveCB0YWJsZSc8YnI+
Cjxicj4KPC9mb250Pgo8cD48Zm9udCBjb2xvcj0iIzgwODA4MCIgc2l6ZT0iMiIgZmFjZT0iVGFo
b21hIj5Pb3JzcHJvbmtlbGlqa2UgYmVyaWNodGtvcHBlbjo8L2ZvbnQ+PC9wPgo8cHJlPkZyb206
IFByaXZhY3kgc2hvcC5leGFtcGxlLmJlICZsdDtwcml2YWN5QHNob3AuZXhhbXBsZS5iZSZndDsK
VG86IEphbiBQZWV0ZXJzICZsdDtqYW4ucGVldGVyc0Bib3V3YmVkcmlqZi1wZWV0ZXJzLmV4YW1w
bGUubmwmZ3Q7ClN1YmplY3Q6IEJldmVzdGlnIHV3IHByaXZhY3l2ZXJ6b2VrCkRhdGU6IFR1ZSwg
MTAgTm92IDIwMjYgMTA6MTM6MDAgKzAxMDAKTWVzc2FnZS1JRDogJmx0OzY2ZmYzZjQyZmEyNjYx
YzAuZmExYzVjZWFAc2hvcC5leGFtcGxlLmJlJmd0OwpNSU1FLVZlcnNpb246IDEuMApDb250ZW50
LVR5cGU6IHRleHQvcGxhaW47IGNoYXJzZXQ9InV0Zi04IgpDb250ZW50LVRyYW5zZmVyLUVuY29k
aW5nOiBxdW90ZWQtcHJpbnRhYmxlCjwvcHJlPgo8L2JvZHk+CjwvaHRtbD4K

--_001_1a19b0b3DB9PR02MB7321eurp_--

--_000_1a19b0b3DB9PR02MB7321eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7321.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM6PR02MB4410.eurprd02.prod.outlook.com
Arrival-Date: Tue, 10 Nov 2026 09:13:57 +0000

Final-Recipient: rfc822;jan.peeters@bouwbedrijf-peeters.example.nl
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <jan.peeters@bouwbedrijf-peeters.example.nl>: Recipient address rejected: User unknown in virtual mailbox table
Remote-MTA: dns;mail.bouwbedrijf-peeters.example.nl

--_000_1a19b0b3DB9PR02MB7321eurp_
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Jan Peeters <jan.peeters@bouwbedrijf-peeters.example.nl>
Subject: Bevestig uw privacyverzoek
Date: Tue, 10 Nov 2026 10:13:00 +0100
Message-ID: <66ff3f42fa2661c0.fa1c5cea@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Beste Jan Peeters,

U schreef ons op 3 november 2026: "Gelieve al mijn gegevens te wissen en de=
 nieuwsbrief te stoppen. Ik wil geen klantenkaart meer."

Voordat we uw verzoek uitvoeren, moeten we nagaan of dit adres van u is. Kl=
ik binnen 14 dagen op de onderstaande link:
https://shop.example.be/privacy/confirm?t=3D4c547c005f62

Heeft u dit verzoek niet verstuurd? Dan mag u deze e-mail negeren.

Met vriendelijke groeten,
Het privacyteam
shop.example.be
--_000_1a19b0b3DB9PR02MB7321eurp_--
'''),
    ('nl', 'gmail-dsn-adres-niet-gevonden', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by 2002:a05:7300:6a81:b0:14f:2b3a:5c1e with SMTP id gk1csp1842631dyb;
        Wed, 04 Nov 2026 08:20:11 -0800
X-Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5-20020a17090b3ec500b002e2c40e59b1mr98231pjb.4.1792340411;
        Wed, 04 Nov 2026 08:20:11 -0800
Return-Path: <>
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98231pjb.4;
        Wed, 04 Nov 2026 08:20:11 -0800
Content-Type: multipart/report; boundary="000000000000fa5477989a"; report-type=delivery-status
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98228pjb.4; Wed, 04 Nov 2026 08:20:11 -0800
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <fa547798.fa5477989a13.bb7bcf@mx.google.com>
Date: Wed, 04 Nov 2026 08:20:11 -0800
Subject: Delivery Status Notification (Failure)
References: <dec2bdd68222ad40.5a88c208@shop.example.be>
In-Reply-To: <dec2bdd68222ad40.5a88c208@shop.example.be>
X-Failed-Recipients: sofie.claes.1990@gmail.com
MIME-Version: 1.0

--000000000000fa5477989a
Content-Type: multipart/related; boundary="000000000000d4888df68d"

--000000000000d4888df68d
Content-Type: multipart/alternative; boundary="000000000000ca83fd7177"

--000000000000ca83fd7177
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Adres niet gevonden **

Je bericht is niet afgeleverd bij sofie.claes.1990@gmail.com omdat het adre=
s niet is gevonden of geen e-mail kan ontvangen.

Meer informatie: https://support.google.com/mail/?p=3DNoSuchUser

Het antwoord was:

Het e-mailaccount dat je probeerde te bereiken, bestaat niet. Controleer he=
t e-mailadres van de ontvanger op typefouten of overbodige spaties.

--000000000000ca83fd7177
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
=3D"Error Icon" src=3D"cid:icon.png">
<table style=3D"min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style=3D"font-size:20px;color:#212121;font-weight:bold;margin:0=
">
Adres niet gevonden
</h2></td></tr>
<tr><td style=3D"padding-top:20px;color:#757575;font-size:16px;font-weight:=
normal;text-align:left">
Je bericht is niet afgeleverd bij <a style=3D'color:#212121;text-decoration=
:none'><b>sofie.claes.1990@gmail.com</b></a> omdat het adres niet is gevond=
en of geen e-mail kan ontvangen.
</td></tr>
<tr><td style=3D"padding-top:24px;color:#4285F4;font-size:14px;font-weight:=
bold;text-align:left">
<a style=3D"text-decoration:none" href=3D"https://support.google.com/mail/?=
p=3DNoSuchUser">MEER INFORMATIE</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style=3D"border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align=3D"left" style=3D"padding:48px 10px">
Het antwoord was:<br/>
<p style=3D"font-family:monospace">
Het e-mailaccount dat je probeerde te bereiken, bestaat niet. Controleer he=
t e-mailadres van de ontvanger op typefouten of overbodige spaties.
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--000000000000ca83fd7177--
--000000000000d4888df68d
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAAACXBIWXMAABYlAAAWJQFJUiTwAAAA
GXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAFi5JREFUeAHtXUuMHMd5/qp6Znd2
--000000000000d4888df68d--
--000000000000fa5477989a
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 04 Nov 2026 08:20:09 -0800
X-Original-Message-ID: <dec2bdd68222ad40.5a88c208@shop.example.be>

Final-Recipient: rfc822; sofie.claes.1990@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.77, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2b1c0a7f3e1si1234567ad.512 - gsmtp
Last-Attempt-Date: Wed, 04 Nov 2026 08:20:11 -0800

--000000000000fa5477989a
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Sofie Claes <sofie.claes.1990@gmail.com>
Subject: Bevestig uw privacyverzoek
Date: Wed, 4 Nov 2026 17:20:00 +0100
Message-ID: <dec2bdd68222ad40.5a88c208@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Beste Sofie Claes,

U schreef ons op 2 november 2026: "Welke gegevens hebben jullie allemaal ov=
er mij? Ik wil graag een kopie, ook van mijn aankoopgeschiedenis."

Voordat we uw verzoek uitvoeren, moeten we nagaan of dit adres van u is. Kl=
ik binnen 14 dagen op de onderstaande link:
https://shop.example.be/privacy/confirm?t=3D0e14f31e2092

Heeft u dit verzoek niet verstuurd? Dan mag u deze e-mail negeren.

Met vriendelijke groeten,
Het privacyteam
shop.example.be
--000000000000fa5477989a--
'''),
    ('nl', 'postfix-nl-template-mailbox-full', 'automated', (), '''Return-Path: <>
Received: by smtp-out.shop.example.be (Postfix)
	id 4QbD9w5FhNz3rTq; Thu, 12 Nov 2026 13:56:31 +0100
Date: Thu, 12 Nov 2026 13:56:31 +0100
From: MAILER-DAEMON@smtp-out.shop.example.be (Mail Delivery System)
Subject: Onbestelbaar bericht teruggestuurd naar afzender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4QbD9w5FhNz3rTq.1795086960/smtp-out.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261112135631.4QbD9w5FhNz3rTq@smtp-out.shop.example.be>

This is a MIME-encapsulated message.

--4QbD9w5FhNz3rTq.1795086960/smtp-out.shop.example.be
Content-Description: Melding
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dit is het mailsysteem op host smtp-out.shop.example.be.

Helaas moeten wij u melden dat uw bericht niet kon worden afgeleverd
bij een of meer ontvangers. Het bericht is hieronder bijgevoegd.

Voor verdere hulp kunt u mailen naar postmaster.

Vermeld in dat geval dit foutrapport. U kunt uw eigen tekst
verwijderen uit het teruggestuurde bericht.

                   Het mailsysteem

<wim.janssens@skynet-mail.example.be>: host mx.skynet-mail.example.be[203.0.113.17] said: 552 5.2.2
    <wim.janssens@skynet-mail.example.be>: Mailbox full (in reply to RCPT TO command)

--4QbD9w5FhNz3rTq.1795086960/smtp-out.shop.example.be
Content-Description: Afleverrapport
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.shop.example.be
X-Postfix-Queue-ID: 4QbD9w5FhNz3rTq
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 12 Nov 2026 13:56:02 +0100

Final-Recipient: rfc822; wim.janssens@skynet-mail.example.be
Original-Recipient: rfc822;wim.janssens@skynet-mail.example.be
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.skynet-mail.example.be
Diagnostic-Code: smtp; 552 5.2.2 <wim.janssens@skynet-mail.example.be>: Mailbox full

--4QbD9w5FhNz3rTq.1795086960/smtp-out.shop.example.be
Content-Description: Onbestelbaar bericht
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

From: Privacy shop.example.be <privacy@shop.example.be>
To: Wim Janssens <wim.janssens@skynet-mail.example.be>
Subject: Bevestig uw privacyverzoek
Date: Thu, 12 Nov 2026 13:55:00 +0100
Message-ID: <9a51b36e1c323e4b.0edb711f@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Beste Wim Janssens,

U schreef ons op 11 november 2026: "Ik maak bezwaar tegen het gebruik van mijn gegevens voor gepersonaliseerde reclame en wil niet dat jullie mijn aankopen aan partners doorgeven."

Voordat we uw verzoek uitvoeren, moeten we nagaan of dit adres van u is. Klik binnen 14 dagen op de onderstaande link:
https://shop.example.be/privacy/confirm?t=d871f39534c8

Heeft u dit verzoek niet verstuurd? Dan mag u deze e-mail negeren.

Met vriendelijke groeten,
Het privacyteam
shop.example.be

--4QbD9w5FhNz3rTq.1795086960/smtp-out.shop.example.be--
'''),
    ('nl', 'exchange-onprem-ndr-nl-html-only-too-large', 'automated', (), '''From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@shop.example.be>
To: <privacy@shop.example.be>
Date: Fri, 13 Nov 2026 15:03:02 +0100
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_480debc9DB9PR02MB7321eurp_"
Content-Language: nl-NL
Message-ID: <fb7d06ff-fb7d-4c1e-9b2a-6283ec923edf@EXCH01.kantoor-desmet.local>
In-Reply-To: <7f49f7fc9cc69d35.da39a3ee@shop.example.be>
References: <7f49f7fc9cc69d35.da39a3ee@shop.example.be>
Thread-Topic: Uw gegevens in een leesbaar formaat
Subject: Onbestelbaar: Uw gegevens in een leesbaar formaat
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: EXCH01.kantoor-desmet.local
Return-Path: <>

--_000_480debc9DB9PR02MB7321eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+QmV6b3JnaW5nIGlzIG1pc2x1a3Qgdm9v
ciBkZXplIG9udHZhbmdlcnMgb2YgZ3JvZXBlbjo8L2ZvbnQ+PC9iPjwvcD4KPGZvbnQgY29sb3I9
IiMwMDAwMDAiIHNpemU9IjIiIGZhY2U9IlRhaG9tYSI+PHA+PGEgaHJlZj0ibWFpbHRvOmVscy5k
ZXNtZXRAa2FudG9vci1kZXNtZXQuZXhhbXBsZS5iZSI+RWxzIERlIFNtZXQgKGVscy5kZXNtZXRA
a2FudG9vci1kZXNtZXQuZXhhbXBsZS5iZSk8L2E+PGJyPgo8L2ZvbnQ+Cjxmb250IGNvbG9yPSIj
MDAwMDAwIiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+SGV0IGJlcmljaHQgaXMgdGUgZ3Jvb3Qgdm9v
ciBkZSBvbnR2YW5nZXIuIFZlcmtsZWluIGhldCBiZXJpY2h0LCBiaWp2b29yYmVlbGQgZG9vciBi
aWpsYWdlbiB0ZSB2ZXJ3aWpkZXJlbiwgZW4gdmVyemVuZCBoZXQgb3BuaWV1dy48L2ZvbnQ+PC9w
Pgo8Zm9udCBjb2xvcj0iIzgwODA4MCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj48cD48Yj5EaWFn
bm9zdGlzY2hlIGdlZ2V2ZW5zIHZvb3IgYmVoZWVyZGVyczo8L2I+PC9wPgpTZXJ2ZXIgdm9vciBn
ZW5lcmVyZW46IEVYQ0gwMS5rYW50b29yLWRlc21ldC5sb2NhbDxicj4KPGJyPgplbHMuZGVzbWV0
QGthbnRvb3ItZGVzbWV0LmV4YW1wbGUuYmU8YnI+CkVYQ0gwMS5rYW50b29yLWRlc21ldC5sb2Nh
bCBFeHRlcm5lIHNlcnZlciByZXRvdXJuZWVyZGUgJzU1MiA1LjMuNCBNZXNzYWdlIHNpemUgZXhj
ZWVkcyBmaXhlZCBtYXhpbXVtIG1lc3NhZ2Ugc2l6ZSc8YnI+Cjxicj4KPC9mb250Pgo8cD48Zm9u
dCBjb2xvcj0iIzgwODA4MCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj5Pb3JzcHJvbmtlbGlqa2Ug
YmVyaWNodGtvcHBlbjo8L2ZvbnQ+PC9wPgo8cHJlPkZyb206IFByaXZhY3kgc2hvcC5leGFtcGxl
LmJlICZsdDtwcml2YWN5QHNob3AuZXhhbXBsZS5iZSZndDsKVG86IEVscyBEZSBTbWV0ICZsdDtl
bHMuZGVzbWV0QGthbnRvb3ItZGVzbWV0LmV4YW1wbGUuYmUmZ3Q7ClN1YmplY3Q6IFV3IGdlZ2V2
ZW5zIGluIGVlbiBsZWVzYmFhciBmb3JtYWF0CkRhdGU6IEZyaSwgMTMgTm92IDIwMjYgMTY6MDI6
MDAgKzAxMDAKTWVzc2FnZS1JRDogJmx0OzdmNDlmN2ZjOWNjNjlkMzUuZGEzOWEzZWVAc2hvcC5l
eGFtcGxlLmJlJmd0OwpNSU1FLVZlcnNpb246IDEuMApDb250ZW50LVR5cGU6IHRleHQvcGxhaW47
IGNoYXJzZXQ9InV0Zi04IgpDb250ZW50LVRyYW5zZmVyLUVuY29kaW5nOiBxdW90ZWQtcHJpbnRh
YmxlCjwvcHJlPgo8L2JvZHk+CjwvaHRtbD4K

--_000_480debc9DB9PR02MB7321eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.kantoor-desmet.local
Received-From-MTA: dns;EXCH02.shop.local
Arrival-Date: Fri, 13 Nov 2026 15:02:57 +0100

Final-Recipient: rfc822;els.desmet@kantoor-desmet.example.be
Action: failed
Status: 5.3.4
Diagnostic-Code: smtp;552 5.3.4 Message size exceeds fixed maximum message size
X-Display-Name: Els De Smet

--_000_480debc9DB9PR02MB7321eurp_
Content-Type: text/rfc822-headers

From: Privacy shop.example.be <privacy@shop.example.be>
To: Els De Smet <els.desmet@kantoor-desmet.example.be>
Subject: Uw gegevens in een leesbaar formaat
Date: Fri, 13 Nov 2026 16:02:00 +0100
Message-ID: <7f49f7fc9cc69d35.da39a3ee@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--_000_480debc9DB9PR02MB7321eurp_--
'''),
    ('nl', 'person-reply-to-bounce-subject', 'deletion', ('withdraw_consent',), '''Return-Path: <marleen.wouters@telenet.example.be>
Received: from outlook.telenet.example.be (unknown [203.0.113.91])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QbQ2r1vTdz7tPv
	for <privacy@shop.example.be>; Wed, 11 Nov 2026 20:47:12 +0100 (CET)
From: Marleen Wouters <marleen.wouters@telenet.example.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Onbestelbaar: gegevens wissen
Thread-Topic: Onbestelbaar: gegevens wissen
Thread-Index: AQHbNGm0c3Xz1QeGQkKcZ2o0m1y2v7Kx4e5w
Date: Wed, 11 Nov 2026 19:47:08 +0000
Message-ID: <AM8PR10MB4083D1A2C5E9F04B7B1C3E21D9A62@AM8PR10MB4083.EURPRD10.PROD.OUTLOOK.COM>
References: <2b7c9e1d-4f2a-48c1-9b0e-7a6d5e3c1f20@AM8PR10MB4083.EURPRD10.PROD.OUTLOOK.COM>
In-Reply-To: <2b7c9e1d-4f2a-48c1-9b0e-7a6d5e3c1f20@AM8PR10MB4083.EURPRD10.PROD.OUTLOOK.COM>
Content-Language: nl-BE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Goedenavond,

Ik had mijn vraag gestuurd naar klantendienst@shop.example.be maar die kwam =
terug (zie hieronder), dus ik probeer het nu via dit adres.

Ik wil dat jullie mijn account en al mijn gegevens verwijderen. Ook de nieu=
wsbrief mag stoppen, ik heb daar nooit echt toestemming voor gegeven en wil=
 die zeker niet meer.
Mijn klantnummer is 4471032, e-mailadres zie hierboven.

Alvast bedankt,
Marleen Wouters

-----Oorspronkelijk bericht-----
Van: Microsoft Outlook <postmaster@telenet.example.be>=20
Verzonden: woensdag 11 november 2026 20:31
Aan: marleen.wouters@telenet.example.be
Onderwerp: Onbestelbaar: gegevens wissen

Bezorging is mislukt voor deze ontvangers of groepen:

klantendienst@shop.example.be
Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-ma=
iladres van de ontvanger en probeer het bericht opnieuw te verzenden.
'''),
    ('nl', 'person-complaint-after-bounces', 'complaint', ('access',), '''Return-Path: <pieter.vandamme@proximus.example.be>
Received: from smtp.proximus.example.be (smtp.proximus.example.be [198.51.100.230])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QcZ8k4T1Wz7tNn
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 10:12:40 +0100 (CET)
Message-ID: <5f2e1b7a-0c3d-4e19-9a44-1d7b2c6e8f03@proximus.example.be>
Date: Tue, 24 Nov 2026 10:12:33 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: nl
To: privacy@shop.example.be
From: Pieter Vandamme <pieter.vandamme@proximus.example.be>
Subject: KLACHT - derde keer dat ik mijn inzageverzoek stuur
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Geachte,

Op 2 oktober heb ik via het contactformulier op jullie site gevraagd welke 
persoonsgegevens jullie over mij bijhouden. Daar heb ik nooit een antwoord 
op gekregen. Op 3 en op 17 november heb ik het opnieuw gestuurd naar 
dpo@shop.example.be, en beide keren kreeg ik een foutmelding terug 
("550 5.1.1 User unknown"). Het adres dat in jullie eigen privacyverklaring 
staat, werkt dus niet eens.

Dit vind ik onaanvaardbaar. De wettelijke termijn van een maand is ruim 
verstreken. Ik heb vandaag een klacht ingediend bij de 
Gegevensbeschermingsautoriteit en stuur jullie hierbij voor de derde keer 
mijn verzoek: ik wil een kopie van alle gegevens die jullie over mij hebben.

Pieter Vandamme
Kerkstraat 12, 8500 Kortrijk
'''),
    ('fr', 'exchange-online-ndr-fr-quota', 'automated', (), '''Received: from DB9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:10:3a1::14)
 by AM6PR02MB4410.eurprd02.prod.outlook.com with HTTPS; Mon, 16 Nov 2026 10:41:04 +0000
From: Microsoft Outlook <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Mon, 16 Nov 2026 10:41:02 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_4e03f6d3DB9PR02MB7321eurp_"
Content-Language: fr-FR
Message-ID: <b79ba537-b79b-4c1e-9b2a-04220dd61fdc@DB9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <142111ea5e4664e1.856155e7@shop.example.be>
References: <142111ea5e4664e1.856155e7@shop.example.be>
Thread-Topic: =?utf-8?q?Confirmez_votre_demande_relative_=C3=A0_vos_donn?=
 =?utf-8?q?=C3=A9es?=
Subject: =?utf-8?q?Non_remis_=3A_Confirmez_votre_demande_relative_=C3=A0_vos?=
 =?utf-8?q?_donn=C3=A9es?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: DB9PR02MB7321.eurprd02.prod.outlook.com
Return-Path: <>

--_000_4e03f6d3DB9PR02MB7321eurp_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_001_4e03f6d3DB9PR02MB7321eurp_"

--_001_4e03f6d3DB9PR02MB7321eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

TGEgcmVtaXNlIGEgw6ljaG91w6kgcG91ciBjZXMgZGVzdGluYXRhaXJlcyBvdSBncm91cGVzIDoK
CkNhbWlsbGUgRHVib2lzIChjYW1pbGxlLmR1Ym9pc0BtYWlyaWUtZXhlbXBsZS5leGFtcGxlLmZy
KTxtYWlsdG86Y2FtaWxsZS5kdWJvaXNAbWFpcmllLWV4ZW1wbGUuZXhhbXBsZS5mcj4KTGEgYm/D
rnRlIGF1eCBsZXR0cmVzIGR1IGRlc3RpbmF0YWlyZSBlc3QgcGxlaW5lIGV0IG5lIHBldXQgcGFz
IGFjY2VwdGVyIGRlIG1lc3NhZ2VzIHBvdXIgbGUgbW9tZW50LiBFc3NheWV6IGRlIHJlbnZveWVy
IGxlIG1lc3NhZ2UgcGx1cyB0YXJkIG91IGNvbnRhY3RleiBkaXJlY3RlbWVudCBsZSBkZXN0aW5h
dGFpcmUuCgoKCgoKCkluZm9ybWF0aW9ucyBkZSBkaWFnbm9zdGljIHBvdXIgbGVzIGFkbWluaXN0
cmF0ZXVycyA6CgpTZXJ2ZXVyIGRlIGfDqW7DqXJhdGlvbiA6IERCOVBSMDJNQjczMjEuZXVycHJk
MDIucHJvZC5vdXRsb29rLmNvbQoKY2FtaWxsZS5kdWJvaXNAbWFpcmllLWV4ZW1wbGUuZXhhbXBs
ZS5mcgpzbXRwLm1haXJpZS1leGVtcGxlLmV4YW1wbGUuZnIgTGUgc2VydmV1ciBkaXN0YW50IGEg
cmV0b3VybsOpICc1NTIgNS4yLjIgPGNhbWlsbGUuZHVib2lzQG1haXJpZS1leGVtcGxlLmV4YW1w
bGUuZnI+OiBRdW90YSBleGNlZWRlZCAobWFpbGJveCBmb3IgdXNlciBpcyBmdWxsKScKCkVuLXTD
qnRlcyBkZSBtZXNzYWdlIGQnb3JpZ2luZSA6CgpGcm9tOiBQcml2YWN5IHNob3AuZXhhbXBsZS5i
ZSA8cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU+ClRvOiBDYW1pbGxlIER1Ym9pcyA8Y2FtaWxsZS5k
dWJvaXNAbWFpcmllLWV4ZW1wbGUuZXhhbXBsZS5mcj4KU3ViamVjdDogPT91dGYtOD9xP0NvbmZp
cm1lel92b3RyZV9kZW1hbmRlX3JlbGF0aXZlXz1DMz1BMF92b3NfZG9ubj1DMz1BOWVzPz0KRGF0
ZTogTW9uLCAxNiBOb3YgMjAyNiAxMTo0MDowMCArMDEwMApNZXNzYWdlLUlEOiA8MTQyMTExZWE1
ZTQ2NjRlMS44NTYxNTVlN0BzaG9wLmV4YW1wbGUuYmU+Ck1JTUUtVmVyc2lvbjogMS4wCkNvbnRl
bnQtVHlwZTogdGV4dC9wbGFpbjsgY2hhcnNldD0idXRmLTgiCkNvbnRlbnQtVHJhbnNmZXItRW5j
b2Rpbmc6IHF1b3RlZC1wcmludGFibGUK

--_001_4e03f6d3DB9PR02MB7321eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+TGEgcmVtaXNlIGEgw6ljaG91w6kgcG91
ciBjZXMgZGVzdGluYXRhaXJlcyBvdSBncm91cGVzIDo8L2ZvbnQ+PC9iPjwvcD4KPGZvbnQgY29s
b3I9IiMwMDAwMDAiIHNpemU9IjIiIGZhY2U9IlRhaG9tYSI+PHA+PGEgaHJlZj0ibWFpbHRvOmNh
bWlsbGUuZHVib2lzQG1haXJpZS1leGVtcGxlLmV4YW1wbGUuZnIiPkNhbWlsbGUgRHVib2lzIChj
YW1pbGxlLmR1Ym9pc0BtYWlyaWUtZXhlbXBsZS5leGFtcGxlLmZyKTwvYT48YnI+CjwvZm9udD4K
PGZvbnQgY29sb3I9IiMwMDAwMDAiIHNpemU9IjMiIGZhY2U9IkFyaWFsIj5MYSBib8OudGUgYXV4
IGxldHRyZXMgZHUgZGVzdGluYXRhaXJlIGVzdCBwbGVpbmUgZXQgbmUgcGV1dCBwYXMgYWNjZXB0
ZXIgZGUgbWVzc2FnZXMgcG91ciBsZSBtb21lbnQuIEVzc2F5ZXogZGUgcmVudm95ZXIgbGUgbWVz
c2FnZSBwbHVzIHRhcmQgb3UgY29udGFjdGV6IGRpcmVjdGVtZW50IGxlIGRlc3RpbmF0YWlyZS48
L2ZvbnQ+PC9wPgo8Zm9udCBjb2xvcj0iIzgwODA4MCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj48
cD48Yj5JbmZvcm1hdGlvbnMgZGUgZGlhZ25vc3RpYyBwb3VyIGxlcyBhZG1pbmlzdHJhdGV1cnMg
OjwvYj48L3A+ClNlcnZldXIgZGUgZ8OpbsOpcmF0aW9uIDogREI5UFIwMk1CNzMyMS5ldXJwcmQw
Mi5wcm9kLm91dGxvb2suY29tPGJyPgo8YnI+CmNhbWlsbGUuZHVib2lzQG1haXJpZS1leGVtcGxl
LmV4YW1wbGUuZnI8YnI+CnNtdHAubWFpcmllLWV4ZW1wbGUuZXhhbXBsZS5mciBMZSBzZXJ2ZXVy
IGRpc3RhbnQgYSByZXRvdXJuw6kgJzU1MiA1LjIuMiAmbHQ7Y2FtaWxsZS5kdWJvaXNAbWFpcmll
LWV4ZW1wbGUuZXhhbXBsZS5mciZndDs6IFF1b3RhIGV4Y2VlZGVkIChtYWlsYm94IGZvciB1c2Vy
IGlzIGZ1bGwpJzxicj4KPGJyPgo8L2ZvbnQ+CjxwPjxmb250IGNvbG9yPSIjODA4MDgwIiBzaXpl
PSIyIiBmYWNlPSJUYWhvbWEiPkVuLXTDqnRlcyBkZSBtZXNzYWdlIGQnb3JpZ2luZSA6PC9mb250
PjwvcD4KPHByZT5Gcm9tOiBQcml2YWN5IHNob3AuZXhhbXBsZS5iZSAmbHQ7cHJpdmFjeUBzaG9w
LmV4YW1wbGUuYmUmZ3Q7ClRvOiBDYW1pbGxlIER1Ym9pcyAmbHQ7Y2FtaWxsZS5kdWJvaXNAbWFp
cmllLWV4ZW1wbGUuZXhhbXBsZS5mciZndDsKU3ViamVjdDogPT91dGYtOD9xP0NvbmZpcm1lel92
b3RyZV9kZW1hbmRlX3JlbGF0aXZlXz1DMz1BMF92b3NfZG9ubj1DMz1BOWVzPz0KRGF0ZTogTW9u
LCAxNiBOb3YgMjAyNiAxMTo0MDowMCArMDEwMApNZXNzYWdlLUlEOiAmbHQ7MTQyMTExZWE1ZTQ2
NjRlMS44NTYxNTVlN0BzaG9wLmV4YW1wbGUuYmUmZ3Q7Ck1JTUUtVmVyc2lvbjogMS4wCkNvbnRl
bnQtVHlwZTogdGV4dC9wbGFpbjsgY2hhcnNldD0idXRmLTgiCkNvbnRlbnQtVHJhbnNmZXItRW5j
b2Rpbmc6IHF1b3RlZC1wcmludGFibGUKPC9wcmU+CjwvYm9keT4KPC9odG1sPgo=

--_001_4e03f6d3DB9PR02MB7321eurp_--

--_000_4e03f6d3DB9PR02MB7321eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7321.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM6PR02MB4410.eurprd02.prod.outlook.com
Arrival-Date: Mon, 16 Nov 2026 10:40:57 +0000

Final-Recipient: rfc822;camille.dubois@mairie-exemple.example.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 <camille.dubois@mairie-exemple.example.fr>: Quota exceeded (mailbox for user is full)
Remote-MTA: dns;smtp.mairie-exemple.example.fr

--_000_4e03f6d3DB9PR02MB7321eurp_
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Camille Dubois <camille.dubois@mairie-exemple.example.fr>
Subject: =?utf-8?q?Confirmez_votre_demande_relative_=C3=A0_vos_donn=C3=A9es?=
Date: Mon, 16 Nov 2026 11:40:00 +0100
Message-ID: <142111ea5e4664e1.856155e7@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour Camille Dubois,

Vous nous avez =C3=A9crit le 13 novembre 2026 : =C2=AB Je souhaite que vous=
 supprimiez mon compte client et toutes mes donn=C3=A9es, et que vous cessi=
ez de m'envoyer la newsletter. =C2=BB

Avant de traiter votre demande, nous devons v=C3=A9rifier que cette adresse=
 vous appartient. Merci de cliquer sur le lien ci-dessous dans les 14 jours=
 :
https://shop.example.be/privacy/confirm?t=3Dba046fe17a14

Si vous n'=C3=AAtes pas =C3=A0 l'origine de cette demande, ignorez simpleme=
nt ce message.

Cordialement,
L'=C3=A9quipe Protection des donn=C3=A9es
shop.example.be
--_000_4e03f6d3DB9PR02MB7321eurp_--
'''),
    ('fr', 'gmail-dsn-adresse-introuvable', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by 2002:a05:7300:6a81:b0:14f:2b3a:5c1e with SMTP id gk1csp1842631dyb;
        Wed, 18 Nov 2026 00:06:11 -0800
X-Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5-20020a17090b3ec500b002e2c40e59b1mr98231pjb.4.17923180411;
        Wed, 18 Nov 2026 00:06:11 -0800
Return-Path: <>
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98231pjb.4;
        Wed, 18 Nov 2026 00:06:11 -0800
Content-Type: multipart/report; boundary="0000000000008cd39c1128"; report-type=delivery-status
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98228pjb.4; Wed, 18 Nov 2026 00:06:11 -0800
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <8cd39c11.8cd39c112858.92bc14@mx.google.com>
Date: Wed, 18 Nov 2026 00:06:11 -0800
Subject: Delivery Status Notification (Failure)
References: <984b567f838faf6f.0ec3c82d@shop.example.be>
In-Reply-To: <984b567f838faf6f.0ec3c82d@shop.example.be>
X-Failed-Recipients: julien.lambert.be@gmail.com
MIME-Version: 1.0

--0000000000008cd39c1128
Content-Type: multipart/related; boundary="00000000000097c7ce4e44"

--00000000000097c7ce4e44
Content-Type: multipart/alternative; boundary="000000000000269be4cbaf"

--000000000000269be4cbaf
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Adresse introuvable **

Votre message n'a pas =C3=A9t=C3=A9 distribu=C3=A9 =C3=A0 julien.lambert.be=
@gmail.com, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.

En savoir plus: https://support.google.com/mail/?p=3DNoSuchUser

La r=C3=A9ponse a =C3=A9t=C3=A9 :

Le compte de messagerie que vous avez tent=C3=A9 de joindre n'existe pas. V=
=C3=A9rifiez que l'adresse e-mail du destinataire ne comporte pas de fautes=
 de frappe ni d'espaces inutiles.

--000000000000269be4cbaf
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
=3D"Error Icon" src=3D"cid:icon.png">
<table style=3D"min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style=3D"font-size:20px;color:#212121;font-weight:bold;margin:0=
">
Adresse introuvable
</h2></td></tr>
<tr><td style=3D"padding-top:20px;color:#757575;font-size:16px;font-weight:=
normal;text-align:left">
Votre message n'a pas =C3=A9t=C3=A9 distribu=C3=A9 =C3=A0 <a style=3D'color=
:#212121;text-decoration:none'><b>julien.lambert.be@gmail.com</b></a>, car =
l'adresse est introuvable ou ne peut pas recevoir d'e-mails.
</td></tr>
<tr><td style=3D"padding-top:24px;color:#4285F4;font-size:14px;font-weight:=
bold;text-align:left">
<a style=3D"text-decoration:none" href=3D"https://support.google.com/mail/?=
p=3DNoSuchUser">EN SAVOIR PLUS</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style=3D"border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align=3D"left" style=3D"padding:48px 10px">
La r=C3=A9ponse a =C3=A9t=C3=A9 :<br/>
<p style=3D"font-family:monospace">
Le compte de messagerie que vous avez tent=C3=A9 de joindre n'existe pas. V=
=C3=A9rifiez que l'adresse e-mail du destinataire ne comporte pas de fautes=
 de frappe ni d'espaces inutiles.
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--000000000000269be4cbaf--
--00000000000097c7ce4e44
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAAACXBIWXMAABYlAAAWJQFJUiTwAAAA
GXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAFi5JREFUeAHtXUuMHMd5/qp6Znd2
--00000000000097c7ce4e44--
--0000000000008cd39c1128
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 18 Nov 2026 00:06:09 -0800
X-Original-Message-ID: <984b567f838faf6f.0ec3c82d@shop.example.be>

Final-Recipient: rfc822; julien.lambert.be@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.77, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2b1c0a7f3e1si1234567ad.512 - gsmtp
Last-Attempt-Date: Wed, 18 Nov 2026 00:06:11 -0800

--0000000000008cd39c1128
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Julien Lambert <julien.lambert.be@gmail.com>
Subject: =?utf-8?q?Confirmez_votre_demande_relative_=C3=A0_vos_donn=C3=A9es?=
Date: Wed, 18 Nov 2026 09:05:00 +0100
Message-ID: <984b567f838faf6f.0ec3c82d@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour Julien Lambert,

Vous nous avez =C3=A9crit le 16 novembre 2026 : =C2=AB Merci de corriger mo=
n adresse de livraison, j'ai d=C3=A9m=C3=A9nag=C3=A9 rue des Tilleuls 8 =C3=
=A0 Namur. =C2=BB

Avant de traiter votre demande, nous devons v=C3=A9rifier que cette adresse=
 vous appartient. Merci de cliquer sur le lien ci-dessous dans les 14 jours=
 :
https://shop.example.be/privacy/confirm?t=3D7ec23de79083

Si vous n'=C3=AAtes pas =C3=A0 l'origine de cette demande, ignorez simpleme=
nt ce message.

Cordialement,
L'=C3=A9quipe Protection des donn=C3=A9es
shop.example.be
--0000000000008cd39c1128--
'''),
    ('fr', 'postfix-fr-orange-rejected-spam', 'automated', (), '''Return-Path: <>
Received: by smtp-out.shop.example.be (Postfix)
	id 4QcV1p3HsLz2kWd; Fri, 20 Nov 2026 14:31:31 +0100
Date: Fri, 20 Nov 2026 14:31:31 +0100
From: MAILER-DAEMON@smtp-out.shop.example.be (Mail Delivery System)
Subject: =?utf-8?q?Message_non_remis_=3A_retour_=C3=A0_l=27exp=C3=A9diteur?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4QcV1p3HsLz2kWd.1795780260/smtp-out.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261120143131.4QcV1p3HsLz2kWd@smtp-out.shop.example.be>

This is a MIME-encapsulated message.

--4QcV1p3HsLz2kWd.1795780260/smtp-out.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ceci est le syst=C3=A8me de messagerie de l'h=C3=B4te smtp-out.shop.example=
.be.

Nous sommes d=C3=A9sol=C3=A9s de vous informer que votre message n'a pas pu
=C3=AAtre remis =C3=A0 un ou plusieurs destinataires. Il est joint ci-desso=
us.

Pour toute assistance, =C3=A9crivez =C3=A0 postmaster.

Dans ce cas, joignez ce rapport d'erreur. Vous pouvez supprimer
votre propre texte du message renvoy=C3=A9.

                   Le syst=C3=A8me de messagerie

<nath.moreau@orange.example.fr>: host smtp-in.orange.example.fr[198.51.100.=
74] said: 550 5.7.1
    Service refuse. Veuillez essayer plus tard. service refused, please try
    later. OFR_999 [999] (in reply to end of DATA command)

--4QcV1p3HsLz2kWd.1795780260/smtp-out.shop.example.be
Content-Description: Rapport de remise
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.shop.example.be
X-Postfix-Queue-ID: 4QcV1p3HsLz2kWd
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 20 Nov 2026 14:31:02 +0100

Final-Recipient: rfc822; nath.moreau@orange.example.fr
Original-Recipient: rfc822;nath.moreau@orange.example.fr
Action: failed
Status: 5.7.1
Remote-MTA: dns; smtp-in.orange.example.fr
Diagnostic-Code: smtp; 550 5.7.1 Service refuse. Veuillez essayer plus tard.
    service refused, please try later. OFR_999 [999]

--4QcV1p3HsLz2kWd.1795780260/smtp-out.shop.example.be
Content-Description: Message non remis
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

From: Privacy shop.example.be <privacy@shop.example.be>
To: Nathalie Moreau <nath.moreau@orange.example.fr>
Subject: =?utf-8?q?Confirmez_votre_demande_relative_=C3=A0_vos_donn=C3=A9es?=
Date: Fri, 20 Nov 2026 14:30:00 +0100
Message-ID: <9b6240975b609671.e28510ca@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour Nathalie Moreau,

Vous nous avez écrit le 19 novembre 2026 : « Je m'oppose au profilage de mes achats et à la transmission de mes données à vos partenaires publicitaires. »

Avant de traiter votre demande, nous devons vérifier que cette adresse vous appartient. Merci de cliquer sur le lien ci-dessous dans les 14 jours :
https://shop.example.be/privacy/confirm?t=2228bc1b0932

Si vous n'êtes pas à l'origine de cette demande, ignorez simplement ce message.

Cordialement,
L'équipe Protection des données
shop.example.be

--4QcV1p3HsLz2kWd.1795780260/smtp-out.shop.example.be--
'''),
    ('fr', 'exchange-delivered-dsn-fr', 'automated', (), '''From: Microsoft Outlook <postmaster@cabinet-leroy.example.be>
To: <privacy@shop.example.be>
Date: Mon, 23 Nov 2026 08:12:19 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="c3e1f2a0-7b4d-4e8a-9f61-2d0b5a8c4e17"
Content-Language: fr-FR
Message-ID: <6d4a1e20-3b7c-4f15-8e2a-9c0d1b7f5e63@PR3P193MB0821.EURP193.PROD.OUTLOOK.COM>
In-Reply-To: <f62143a5433af42d.da39a3ee@shop.example.be>
References: <f62143a5433af42d.da39a3ee@shop.example.be>
Thread-Topic: =?iso-8859-1?Q?Limitation_du_traitement_de_vos_donn=E9es?=
Subject: =?iso-8859-1?Q?Remis=A0:_Limitation_du_traitement_de_vos_donn=E9es?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-PublicTrafficType: Email
Return-Path: <>

--c3e1f2a0-7b4d-4e8a-9f61-2d0b5a8c4e17
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="8a1b4c2d-0e9f-4a37-b5c6-71d2e3f40a58"

--8a1b4c2d-0e9f-4a37-b5c6-71d2e3f40a58
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Votre message a =E9t=E9 remis aux destinataires suivants :

Marc Leroy (marc.leroy@cabinet-leroy.example.be)<mailto:marc.leroy@cabinet-=
leroy.example.be>

Objet : Limitation du traitement de vos donn=E9es

--8a1b4c2d-0e9f-4a37-b5c6-71d2e3f40a58
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
1">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Votre message a =E9=
t=E9 remis aux destinataires suivants :</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:mar=
c.leroy@cabinet-leroy.example.be">Marc Leroy (marc.leroy@cabinet-leroy.exam=
ple.be)</a></p>
<p>Objet : Limitation du traitement de vos donn=E9es</p>
</font>
</body>
</html>

--8a1b4c2d-0e9f-4a37-b5c6-71d2e3f40a58--

--c3e1f2a0-7b4d-4e8a-9f61-2d0b5a8c4e17
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3P193MB0821.EURP193.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Mon, 23 Nov 2026 08:12:17 +0000

Final-Recipient: rfc822;marc.leroy@cabinet-leroy.example.be
Action: delivered
Status: 2.0.0
X-Display-Name: Marc Leroy

--c3e1f2a0-7b4d-4e8a-9f61-2d0b5a8c4e17
Content-Type: text/rfc822-headers

From: Privacy shop.example.be <privacy@shop.example.be>
To: Marc Leroy <marc.leroy@cabinet-leroy.example.be>
Subject: =?utf-8?q?Limitation_du_traitement_de_vos_donn=C3=A9es?=
Date: Mon, 23 Nov 2026 09:12:00 +0100
Message-ID: <f62143a5433af42d.da39a3ee@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--c3e1f2a0-7b4d-4e8a-9f61-2d0b5a8c4e17--
'''),
    ('fr', 'exim-fr-hosting-template', 'automated', (), '''Return-path: <>
Envelope-to: privacy@shop.example.be
Delivery-date: Fri, 06 Nov 2026 10:45:03 +0100
Received: from mailnull by mx2.hebergeur-web.example.fr with local (Exim 4.97.1)
	id 1tGlW9-0005nQ-1r
	for privacy@shop.example.be;
	Fri, 06 Nov 2026 10:45:03 +0100
X-Failed-Recipients: isabelle@fontaine-paysage.example.fr
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx2.hebergeur-web.example.fr>
To: privacy@shop.example.be
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Subject: =?utf-8?Q?=C3=89chec_de_la_remise_du_message_:_retour_=C3=A0_l'exp=C3=A9diteur?=
Message-Id: <E1tGlW9-0005nQ-1r@mx2.hebergeur-web.example.fr>
Date: Fri, 06 Nov 2026 10:45:03 +0100

Ce message a été créé automatiquement par le logiciel de distribution du courrier.

Un message que vous avez envoyé n'a pas pu être remis à un ou plusieurs
de ses destinataires. Il s'agit d'une erreur permanente. Les adresses
suivantes ont échoué :

  isabelle@fontaine-paysage.example.fr
    domaine inconnu ou compte de messagerie désactivé par l'hébergeur
    (Unrouteable address)

------ Ceci est une copie du message, y compris tous les en-têtes. ------

Return-path: <privacy@shop.example.be>
Received: from mail.shop.example.be ([192.0.2.25])
	by mx2.hebergeur-web.example.fr with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <privacy@shop.example.be>)
	id 1tGlW8-0005nM-3a
	for isabelle@fontaine-paysage.example.fr;
	Fri, 06 Nov 2026 10:45:02 +0100
From: Privacy shop.example.be <privacy@shop.example.be>
To: Isabelle Fontaine <isabelle@fontaine-paysage.example.fr>
Subject: =?utf-8?q?Confirmez_votre_demande_relative_=C3=A0_vos_donn=C3=A9es?=
Date: Fri, 6 Nov 2026 10:44:00 +0100
Message-ID: <b37687915e1c800a.0d3aa6b1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour Isabelle Fontaine,

Vous nous avez écrit le 5 novembre 2026 : « Je retire mon consentement pour les e-mails promotionnels et les SMS, merci de ne plus me contacter. »

Avant de traiter votre demande, nous devons vérifier que cette adresse vous appartient. Merci de cliquer sur le lien ci-dessous dans les 14 jours :
https://shop.example.be/privacy/confirm?t=d270ad7dc429

Si vous n'êtes pas à l'origine de cette demande, ignorez simplement ce message.

Cordialement,
L'équipe Protection des données
shop.example.be
'''),
    ('fr', 'person-pastes-smtp-error-correction', 'correction', (), '''Return-Path: <helene.gerard@proton.example.me>
Received: from mail-4022.proton.example.me (mail-4022.proton.example.me [185.70.40.22])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QbT6n2Zw8z7tRb
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 12:30:10 +0100 (CET)
Date: Fri, 13 Nov 2026 11:30:02 +0000
To: privacy@shop.example.be
From: =?utf-8?Q?H=C3=A9l=C3=A8ne_G=C3=A9rard?= <helene.gerard@proton.example.me>
Subject: Changement d'adresse e-mail sur mon compte
Message-ID: <Yx3vQ0bW1kR8mN2pL7sT4hJ9cF6aE5dG@proton.example.me>
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="b1=_Qk2Vh8nXxT5y0aPzWc7JfR3sLd"

--b1=_Qk2Vh8nXxT5y0aPzWc7JfR3sLd
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Vos e-mails (confirmations de commande, carte de fid=C3=A9lit=C3=A9) ne m'a=
rrivent plus. Quand j'ai voulu vous r=C3=A9pondre depuis mon ancienne bo=C3=
=AEte, j'ai re=C3=A7u ceci :

    <helene.gerard@skynet-old.example.be>: host mx.skynet-old.example.be[20=
3.0.113.5] said:
    550 5.1.1 <helene.gerard@skynet-old.example.be>: Recipient address reje=
cted:
    User unknown in local recipient table (in reply to RCPT TO command)

C'est normal, cette adresse n'existe plus depuis septembre. Pouvez-vous rem=
placer dans mon compte l'ancienne adresse helene.gerard@skynet-old.example.=
be par celle-ci : helene.gerard@proton.example.me ? Je n'arrive pas =C3=A0 =
la modifier moi-m=C3=AAme, le site me dit que l'adresse est d=C3=A9j=C3=A0 =
utilis=C3=A9e.

Merci d'avance,
H=C3=A9l=C3=A8ne G=C3=A9rard

Envoy=C3=A9 avec la messagerie s=C3=A9curis=C3=A9e Proton Mail.

--b1=_Qk2Vh8nXxT5y0aPzWc7JfR3sLd
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGRpdiBzdHlsZT0iZm9udC1mYW1pbHk6IEFyaWFsLCBzYW5zLXNlcmlmOyBmb250LXNpemU6IDE0
cHg7Ij5Cb25qb3VyLDxicj48YnI+Vm9zIGUtbWFpbHMgKGNvbmZpcm1hdGlvbnMgZGUgY29tbWFu
ZGUsIGNhcnRlIGRlIGZpZMOpbGl0w6kpIG5lIG0nYXJyaXZlbnQgcGx1cy4gUXVhbmQgaidhaSB2
b3VsdSB2b3VzIHLDqXBvbmRyZSBkZXB1aXMgbW9uIGFuY2llbm5lIGJvw650ZSwgaidhaSByZcOn
dSBjZWNpIDo8YnI+PGJyPiAgICAmbHQ7aGVsZW5lLmdlcmFyZEBza3luZXQtb2xkLmV4YW1wbGUu
YmUmZ3Q7OiBob3N0IG14LnNreW5ldC1vbGQuZXhhbXBsZS5iZVsyMDMuMC4xMTMuNV0gc2FpZDo8
YnI+ICAgIDU1MCA1LjEuMSAmbHQ7aGVsZW5lLmdlcmFyZEBza3luZXQtb2xkLmV4YW1wbGUuYmUm
Z3Q7OiBSZWNpcGllbnQgYWRkcmVzcyByZWplY3RlZDo8YnI+ICAgIFVzZXIgdW5rbm93biBpbiBs
b2NhbCByZWNpcGllbnQgdGFibGUgKGluIHJlcGx5IHRvIFJDUFQgVE8gY29tbWFuZCk8YnI+PGJy
PkMnZXN0IG5vcm1hbCwgY2V0dGUgYWRyZXNzZSBuJ2V4aXN0ZSBwbHVzIGRlcHVpcyBzZXB0ZW1i
cmUuIFBvdXZlei12b3VzIHJlbXBsYWNlciBkYW5zIG1vbiBjb21wdGUgbCdhbmNpZW5uZSBhZHJl
c3NlIGhlbGVuZS5nZXJhcmRAc2t5bmV0LW9sZC5leGFtcGxlLmJlIHBhciBjZWxsZS1jaSA6IGhl
bGVuZS5nZXJhcmRAcHJvdG9uLmV4YW1wbGUubWUgPyBKZSBuJ2Fycml2ZSBwYXMgw6AgbGEgbW9k
aWZpZXIgbW9pLW3Dqm1lLCBsZSBzaXRlIG1lIGRpdCBxdWUgbCdhZHJlc3NlIGVzdCBkw6lqw6Ag
dXRpbGlzw6llLjxicj48YnI+TWVyY2kgZCdhdmFuY2UsPGJyPkjDqWzDqG5lIEfDqXJhcmQ8YnI+
PGJyPkVudm95w6kgYXZlYyBsYSBtZXNzYWdlcmllIHPDqWN1cmlzw6llIFByb3RvbiBNYWlsLjxi
cj48L2Rpdj4=

--b1=_Qk2Vh8nXxT5y0aPzWc7JfR3sLd--
'''),
    ('de', 'exchange-onprem-ndr-de', 'automated', (), '''From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@shop.example.be>
To: <privacy@shop.example.be>
Date: Mon, 09 Nov 2026 07:51:02 +0100
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_d518eadaDB9PR02MB7321eurp_"
Content-Language: de-DE
Message-ID: <a4c3ceef-a4c3-4c1e-9b2a-45a546bb5f1a@EXCH2019.becker-gartenbau.local>
In-Reply-To: <7896844438b82972.0412806c@shop.example.be>
References: <7896844438b82972.0412806c@shop.example.be>
Thread-Topic: =?utf-8?q?Bitte_best=C3=A4tigen_Sie_Ihre_Datenschutzanfrage?=
Subject: =?utf-8?q?Unzustellbar=3A_Bitte_best=C3=A4tigen_Sie_Ihre_Datenschut?=
 =?utf-8?q?zanfrage?=
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: EXCH2019.becker-gartenbau.local
Return-Path: <>

--_000_d518eadaDB9PR02MB7321eurp_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_001_d518eadaDB9PR02MB7321eurp_"

--_001_d518eadaDB9PR02MB7321eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RmVobGVyIGJlaSBkZXIgWnVzdGVsbHVuZyBhbiBkaWVzZSBFbXBmw6RuZ2VyIG9kZXIgR3J1cHBl
bjoKClRob21hcyBCZWNrZXIgKHQuYmVja2VyQGJlY2tlci1nYXJ0ZW5iYXUuZXhhbXBsZS5kZSk8
bWFpbHRvOnQuYmVja2VyQGJlY2tlci1nYXJ0ZW5iYXUuZXhhbXBsZS5kZT4KRGllIGVpbmdlZ2Vi
ZW5lIEUtTWFpbC1BZHJlc3NlIHd1cmRlIG5pY2h0IGdlZnVuZGVuLiDDnGJlcnByw7xmZW4gU2ll
IGRpZSBFLU1haWwtQWRyZXNzZSBkZXMgRW1wZsOkbmdlcnMsIHVuZCB2ZXJzdWNoZW4gU2llLCBk
aWUgTmFjaHJpY2h0IGVybmV1dCB6dSBzZW5kZW4uIFdlbmRlbiBTaWUgc2ljaCBhbiBJaHIgSGVs
cGRlc2ssIHdlbm4gZGFzIFByb2JsZW0gd2VpdGVyaGluIGJlc3RlaHQuCgoKCgoKCkRpYWdub3Nl
aW5mb3JtYXRpb25lbiBmw7xyIEFkbWluaXN0cmF0b3JlbjoKCkdlbmVyaWVyZW5kZXIgU2VydmVy
OiBFWENIMjAxOS5iZWNrZXItZ2FydGVuYmF1LmxvY2FsCgp0LmJlY2tlckBiZWNrZXItZ2FydGVu
YmF1LmV4YW1wbGUuZGUKRVhDSDIwMTkuYmVja2VyLWdhcnRlbmJhdS5sb2NhbCBWb20gUmVtb3Rl
c2VydmVyIHp1csO8Y2tnZWdlYmVuOiAnNTUwIDUuMS4xIFJFU09MVkVSLkFEUi5SZWNpcE5vdEZv
dW5kOyBub3QgZm91bmQnCgpVcnNwcsO8bmdsaWNoZSBOYWNocmljaHRlbmtvcGZ6ZWlsZW46CgpG
cm9tOiBQcml2YWN5IHNob3AuZXhhbXBsZS5iZSA8cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU+ClRv
OiBUaG9tYXMgQmVja2VyIDx0LmJlY2tlckBiZWNrZXItZ2FydGVuYmF1LmV4YW1wbGUuZGU+ClN1
YmplY3Q6ID0/dXRmLTg/cT9CaXR0ZV9iZXN0PUMzPUE0dGlnZW5fU2llX0locmVfRGF0ZW5zY2h1
dHphbmZyYWdlPz0KRGF0ZTogTW9uLCA5IE5vdiAyMDI2IDA4OjUwOjAwICswMTAwCk1lc3NhZ2Ut
SUQ6IDw3ODk2ODQ0NDM4YjgyOTcyLjA0MTI4MDZjQHNob3AuZXhhbXBsZS5iZT4KTUlNRS1WZXJz
aW9uOiAxLjAKQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCIKQ29udGVu
dC1UcmFuc2Zlci1FbmNvZGluZzogcXVvdGVkLXByaW50YWJsZQo=

--_001_d518eadaDB9PR02MB7321eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+RmVobGVyIGJlaSBkZXIgWnVzdGVsbHVu
ZyBhbiBkaWVzZSBFbXBmw6RuZ2VyIG9kZXIgR3J1cHBlbjo8L2ZvbnQ+PC9iPjwvcD4KPGZvbnQg
Y29sb3I9IiMwMDAwMDAiIHNpemU9IjIiIGZhY2U9IlRhaG9tYSI+PHA+PGEgaHJlZj0ibWFpbHRv
OnQuYmVja2VyQGJlY2tlci1nYXJ0ZW5iYXUuZXhhbXBsZS5kZSI+VGhvbWFzIEJlY2tlciAodC5i
ZWNrZXJAYmVja2VyLWdhcnRlbmJhdS5leGFtcGxlLmRlKTwvYT48YnI+CjwvZm9udD4KPGZvbnQg
Y29sb3I9IiMwMDAwMDAiIHNpemU9IjMiIGZhY2U9IkFyaWFsIj5EaWUgZWluZ2VnZWJlbmUgRS1N
YWlsLUFkcmVzc2Ugd3VyZGUgbmljaHQgZ2VmdW5kZW4uIMOcYmVycHLDvGZlbiBTaWUgZGllIEUt
TWFpbC1BZHJlc3NlIGRlcyBFbXBmw6RuZ2VycywgdW5kIHZlcnN1Y2hlbiBTaWUsIGRpZSBOYWNo
cmljaHQgZXJuZXV0IHp1IHNlbmRlbi4gV2VuZGVuIFNpZSBzaWNoIGFuIElociBIZWxwZGVzaywg
d2VubiBkYXMgUHJvYmxlbSB3ZWl0ZXJoaW4gYmVzdGVodC48L2ZvbnQ+PC9wPgo8Zm9udCBjb2xv
cj0iIzgwODA4MCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj48cD48Yj5EaWFnbm9zZWluZm9ybWF0
aW9uZW4gZsO8ciBBZG1pbmlzdHJhdG9yZW46PC9iPjwvcD4KR2VuZXJpZXJlbmRlciBTZXJ2ZXI6
IEVYQ0gyMDE5LmJlY2tlci1nYXJ0ZW5iYXUubG9jYWw8YnI+Cjxicj4KdC5iZWNrZXJAYmVja2Vy
LWdhcnRlbmJhdS5leGFtcGxlLmRlPGJyPgpFWENIMjAxOS5iZWNrZXItZ2FydGVuYmF1LmxvY2Fs
IFZvbSBSZW1vdGVzZXJ2ZXIgenVyw7xja2dlZ2ViZW46ICc1NTAgNS4xLjEgUkVTT0xWRVIuQURS
LlJlY2lwTm90Rm91bmQ7IG5vdCBmb3VuZCc8YnI+Cjxicj4KPC9mb250Pgo8cD48Zm9udCBjb2xv
cj0iIzgwODA4MCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj5VcnNwcsO8bmdsaWNoZSBOYWNocmlj
aHRlbmtvcGZ6ZWlsZW46PC9mb250PjwvcD4KPHByZT5Gcm9tOiBQcml2YWN5IHNob3AuZXhhbXBs
ZS5iZSAmbHQ7cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUmZ3Q7ClRvOiBUaG9tYXMgQmVja2VyICZs
dDt0LmJlY2tlckBiZWNrZXItZ2FydGVuYmF1LmV4YW1wbGUuZGUmZ3Q7ClN1YmplY3Q6ID0/dXRm
LTg/cT9CaXR0ZV9iZXN0PUMzPUE0dGlnZW5fU2llX0locmVfRGF0ZW5zY2h1dHphbmZyYWdlPz0K
RGF0ZTogTW9uLCA5IE5vdiAyMDI2IDA4OjUwOjAwICswMTAwCk1lc3NhZ2UtSUQ6ICZsdDs3ODk2
ODQ0NDM4YjgyOTcyLjA0MTI4MDZjQHNob3AuZXhhbXBsZS5iZSZndDsKTUlNRS1WZXJzaW9uOiAx
LjAKQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCIKQ29udGVudC1UcmFu
c2Zlci1FbmNvZGluZzogcXVvdGVkLXByaW50YWJsZQo8L3ByZT4KPC9ib2R5Pgo8L2h0bWw+Cg==

--_001_d518eadaDB9PR02MB7321eurp_--

--_000_d518eadaDB9PR02MB7321eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH2019.becker-gartenbau.local
Received-From-MTA: dns;EXCH02.shop.local
Arrival-Date: Mon, 09 Nov 2026 07:50:57 +0100

Final-Recipient: rfc822;t.becker@becker-gartenbau.example.de
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
X-Display-Name: Thomas Becker

--_000_d518eadaDB9PR02MB7321eurp_
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Thomas Becker <t.becker@becker-gartenbau.example.de>
Subject: =?utf-8?q?Bitte_best=C3=A4tigen_Sie_Ihre_Datenschutzanfrage?=
Date: Mon, 9 Nov 2026 08:50:00 +0100
Message-ID: <7896844438b82972.0412806c@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Guten Tag Thomas Becker,

Sie haben uns am 6. November 2026 geschrieben: =E2=80=9EIch widerspreche de=
r Nutzung meiner Daten f=C3=BCr Werbung und m=C3=B6chte, dass Sie mein Kund=
enkonto l=C3=B6schen.=E2=80=9C

Bevor wir Ihre Anfrage bearbeiten, m=C3=BCssen wir pr=C3=BCfen, ob diese Ad=
resse Ihnen geh=C3=B6rt. Bitte klicken Sie innerhalb von 14 Tagen auf den f=
olgenden Link:
https://shop.example.be/privacy/confirm?t=3Dcafd5c86d64a

Falls Sie diese Anfrage nicht gestellt haben, k=C3=B6nnen Sie diese E-Mail =
ignorieren.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Datenschutzteam
shop.example.be
--_000_d518eadaDB9PR02MB7321eurp_--
'''),
    ('de', 'gmail-dsn-delay-de', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by 2002:a05:7300:6a81:b0:14f:2b3a:5c1e with SMTP id gk1csp1842631dyb;
        Tue, 17 Nov 2026 15:25:11 -0800
X-Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5-20020a17090b3ec500b002e2c40e59b1mr98231pjb.4.17923170411;
        Tue, 17 Nov 2026 15:25:11 -0800
Return-Path: <>
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98231pjb.4;
        Tue, 17 Nov 2026 15:25:11 -0800
Content-Type: multipart/report; boundary="00000000000027174da472"; report-type=delivery-status
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98228pjb.4; Tue, 17 Nov 2026 15:25:11 -0800
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <27174da4.27174da472ff.edd4f2@mx.google.com>
Date: Tue, 17 Nov 2026 15:25:11 -0800
Subject: Delivery Status Notification (Delay)
References: <2493fc0856a4fdb8.a89b6b4a@shop.example.be>
In-Reply-To: <2493fc0856a4fdb8.a89b6b4a@shop.example.be>
X-Failed-Recipients: andrea.schulz77@gmail.com
MIME-Version: 1.0

--00000000000027174da472
Content-Type: multipart/related; boundary="000000000000002a9baabc"

--000000000000002a9baabc
Content-Type: multipart/alternative; boundary="000000000000d686c31520"

--000000000000d686c31520
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Zustellung unvollst=C3=A4ndig **

Beim Zustellen deiner Nachricht an andrea.schulz77@gmail.com ist ein vor=C3=
=BCbergehendes Problem aufgetreten. Gmail versucht es noch 47 Stunden lang.=
 Du wirst benachrichtigt, falls die Zustellung endg=C3=BCltig fehlschl=C3=
=A4gt.

Weitere informationen: https://support.google.com/mail/?p=3DNoSuchUser

Die Antwort war:

The recipient server did not accept our requests to connect. Learn more at =
https://support.google.com/mail/answer/7720 [mx.becker-mail.example.de. 203=
.0.113.201: timed out]

--000000000000d686c31520
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
=3D"Error Icon" src=3D"cid:icon.png">
<table style=3D"min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style=3D"font-size:20px;color:#212121;font-weight:bold;margin:0=
">
Zustellung unvollst=C3=A4ndig
</h2></td></tr>
<tr><td style=3D"padding-top:20px;color:#757575;font-size:16px;font-weight:=
normal;text-align:left">
Beim Zustellen deiner Nachricht an <a style=3D'color:#212121;text-decoratio=
n:none'><b>andrea.schulz77@gmail.com</b></a> ist ein vor=C3=BCbergehendes P=
roblem aufgetreten. Gmail versucht es noch 47 Stunden lang. Du wirst benach=
richtigt, falls die Zustellung endg=C3=BCltig fehlschl=C3=A4gt.
</td></tr>
<tr><td style=3D"padding-top:24px;color:#4285F4;font-size:14px;font-weight:=
bold;text-align:left">
<a style=3D"text-decoration:none" href=3D"https://support.google.com/mail/?=
p=3DNoSuchUser">WEITERE INFORMATIONEN</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style=3D"border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align=3D"left" style=3D"padding:48px 10px">
Die Antwort war:<br/>
<p style=3D"font-family:monospace">
The recipient server did not accept our requests to connect. Learn more at =
https://support.google.com/mail/answer/7720 [mx.becker-mail.example.de. 203=
.0.113.201: timed out]
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--000000000000d686c31520--
--000000000000002a9baabc
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAAACXBIWXMAABYlAAAWJQFJUiTwAAAA
GXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAFi5JREFUeAHtXUuMHMd5/qp6Znd2
--000000000000002a9baabc--
--00000000000027174da472
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 17 Nov 2026 15:25:09 -0800
X-Original-Message-ID: <2493fc0856a4fdb8.a89b6b4a@shop.example.be>

Final-Recipient: rfc822; andrea.schulz77@gmail.com
Action: delayed
Status: 4.4.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.77, the server for the domain gmail.com.)
Diagnostic-Code: smtp; smtp; The recipient server did not accept our requests to connect.
Last-Attempt-Date: Tue, 17 Nov 2026 15:25:11 -0800

--00000000000027174da472
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Andrea Schulz <andrea.schulz77@gmail.com>
Subject: =?utf-8?q?Bitte_best=C3=A4tigen_Sie_Ihre_Datenschutzanfrage?=
Date: Tue, 17 Nov 2026 18:25:00 +0100
Message-ID: <2493fc0856a4fdb8.a89b6b4a@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Guten Tag Andrea Schulz,

Sie haben uns am 16. November 2026 geschrieben: =E2=80=9EBitte schicken Sie=
 mir eine Kopie aller Daten, die Sie =C3=BCber mich gespeichert haben (Art.=
 15 DSGVO).=E2=80=9C

Bevor wir Ihre Anfrage bearbeiten, m=C3=BCssen wir pr=C3=BCfen, ob diese Ad=
resse Ihnen geh=C3=B6rt. Bitte klicken Sie innerhalb von 14 Tagen auf den f=
olgenden Link:
https://shop.example.be/privacy/confirm?t=3D6744cfcf60bb

Falls Sie diese Anfrage nicht gestellt haben, k=C3=B6nnen Sie diese E-Mail =
ignorieren.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Datenschutzteam
shop.example.be
--00000000000027174da472--
'''),
    ('de', 'gmx-mail-delivery-failed-quota', 'automated', (), '''Return-Path: <>
Received: from mout.gmx.example.de ([212.227.17.20]) by mail.shop.example.be
	(Postfix) with ESMTPS id 4QbJ5s0Fk7z7tNc for <privacy@shop.example.be>;
	Wed, 11 Nov 2026 12:00:44 +0100 (CET)
Date: Wed, 11 Nov 2026 12:00:43 +0100
From: Mail Delivery System <mailer-daemon@gmx.example.de>
To: privacy@shop.example.be
Subject: Mail delivery failed: returning message to sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_Part_1427503_1946250139.1794826843102"
Message-ID: <0MYx3B-1tQ8Zb2Kdr-00Vc9P@mout.gmx.example.de>

------=_Part_1427503_1946250139.1794826843102
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Diese Nachricht wurde automatisch vom Nachrichtenzustellungssystem erstellt.

Eine Nachricht, die Sie gesendet haben, konnte nicht zugestellt werden.
Das Postfach des Empf=C3=A4ngers ist voll (Speicherplatz =C3=BCberschritten=
).

  j.hoffmann@gmx.example.de

--- English ---

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address failed:

  j.hoffmann@gmx.example.de:
  SMTP error from remote server for RCPT TO command, host: mx00.emig.gmx.ex=
ample.de (212.227.15.9) reason: 552-Requested mail action aborted: exceeded=
 storage allocation
  552 mailbox is full

------=_Part_1427503_1946250139.1794826843102
Content-Type: message/delivery-status

Reporting-MTA: dns; mout.gmx.example.de
Arrival-Date: Wed, 11 Nov 2026 12:00:41 +0100

Final-Recipient: rfc822; j.hoffmann@gmx.example.de
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552-Requested mail action aborted: exceeded storage allocation
 552 mailbox is full

------=_Part_1427503_1946250139.1794826843102
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: =?utf-8?q?J=C3=BCrgen_Hoffmann?= <j.hoffmann@gmx.example.de>
Subject: =?utf-8?q?Bitte_best=C3=A4tigen_Sie_Ihre_Datenschutzanfrage?=
Date: Wed, 11 Nov 2026 12:00:00 +0100
Message-ID: <a46a57a587c4f525.34314859@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Guten Tag Jürgen Hoffmann,

Sie haben uns am 10. November 2026 geschrieben: „Bitte korrigieren Sie meinen Nachnamen (Hoffmann mit zwei f) und meine Telefonnummer in meinem Kundenkonto.“

Bevor wir Ihre Anfrage bearbeiten, müssen wir prüfen, ob diese Adresse Ihnen gehört. Bitte klicken Sie innerhalb von 14 Tagen auf den folgenden Link:
https://shop.example.be/privacy/confirm?t=7042e2b5dafd

Falls Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren.

Mit freundlichen Grüßen
Ihr Datenschutzteam
shop.example.be

------=_Part_1427503_1946250139.1794826843102--
'''),
    ('de', 'exchange-relayed-dsn-de', 'automated', (), '''Received: from FR3P281MB1520.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:5c::11) by
 FR2P281MB0043.DEUP281.PROD.OUTLOOK.COM with HTTPS; Mon, 16 Nov 2026 13:10:22
 +0000
From: Microsoft Outlook <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Mon, 16 Nov 2026 13:10:22 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="77c1d2e3-a4b5-4c6d-8e9f-0a1b2c3d4e5f"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <e4b2c1a0-9d8e-4f7a-b6c5-1d2e3f4a5b6c@FR3P281MB1520.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <0cf1895137c9a1d2.da39a3ee@shop.example.be>
References: <0cf1895137c9a1d2.da39a3ee@shop.example.be>
Thread-Topic: Ihr Widerruf und Ihre Sperranfrage
Subject: Weitergeleitet: Ihr Widerruf und Ihre Sperranfrage
Auto-Submitted: auto-generated
MIME-Version: 1.0
Return-Path: <>

--77c1d2e3-a4b5-4c6d-8e9f-0a1b2c3d4e5f
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="3f2e1d0c-b9a8-4765-9432-10fedcba9876"

--3f2e1d0c-b9a8-4765-9432-10fedcba9876
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RGllIFp1c3RlbGx1bmcgYW4gZGllc2UgRW1wZsOkbmdlciBvZGVyIEdydXBwZW4gaXN0IGFiZ2Vz
Y2hsb3NzZW4sIGFiZXIgZGVyIFppZWxzZXJ2ZXIgaGF0IGtlaW5lIFp1c3RlbGxiZW5hY2hyaWNo
dGlndW5nIGdlc2VuZGV0OgoKcC53YWduZXJAd2FnbmVyLXN0ZXVlcmJlcmF0dW5nLmV4YW1wbGUu
ZGUgKHAud2FnbmVyQHdhZ25lci1zdGV1ZXJiZXJhdHVuZy5leGFtcGxlLmRlKTxtYWlsdG86cC53
YWduZXJAd2FnbmVyLXN0ZXVlcmJlcmF0dW5nLmV4YW1wbGUuZGU+CgpCZXRyZWZmOiBJaHIgV2lk
ZXJydWYgdW5kIElocmUgU3BlcnJhbmZyYWdlCg==

--3f2e1d0c-b9a8-4765-9432-10fedcba9876
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+RGllIFp1c3RlbGx1bmcgYW4gZGllc2Ug
RW1wZsOkbmdlciBvZGVyIEdydXBwZW4gaXN0IGFiZ2VzY2hsb3NzZW4sIGFiZXIgZGVyIFppZWxz
ZXJ2ZXIgaGF0IGtlaW5lIFp1c3RlbGxiZW5hY2hyaWNodGlndW5nIGdlc2VuZGV0OjwvZm9udD48
L2I+PC9wPgo8cD48YSBocmVmPSJtYWlsdG86cC53YWduZXJAd2FnbmVyLXN0ZXVlcmJlcmF0dW5n
LmV4YW1wbGUuZGUiPnAud2FnbmVyQHdhZ25lci1zdGV1ZXJiZXJhdHVuZy5leGFtcGxlLmRlPC9h
PjwvcD4KPHA+QmV0cmVmZjogSWhyIFdpZGVycnVmIHVuZCBJaHJlIFNwZXJyYW5mcmFnZTwvcD4K
PC9ib2R5Pgo8L2h0bWw+Cg==

--3f2e1d0c-b9a8-4765-9432-10fedcba9876--

--77c1d2e3-a4b5-4c6d-8e9f-0a1b2c3d4e5f
Content-Type: message/delivery-status

Reporting-MTA: dns;FR3P281MB1520.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Mon, 16 Nov 2026 13:10:20 +0000

Final-Recipient: rfc822;p.wagner@wagner-steuerberatung.example.de
Action: relayed
Status: 2.0.0
Remote-MTA: dns;mx01.wagner-steuerberatung.example.de

--77c1d2e3-a4b5-4c6d-8e9f-0a1b2c3d4e5f
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Petra Wagner <p.wagner@wagner-steuerberatung.example.de>
Subject: Ihr Widerruf und Ihre Sperranfrage
Date: Mon, 16 Nov 2026 14:10:00 +0100
Message-ID: <0cf1895137c9a1d2.da39a3ee@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Guten Tag Frau Wagner,

Sie haben uns am 12. November geschrieben:

> Hiermit widerrufe ich meine Einwilligung zum Newsletter und zu
> personalisierter Werbung. Bitte sperren Sie au=C3=9Ferdem meine Daten,
> bis gekl=C3=A4rt ist, woher Sie meine Handynummer haben.

Wir haben Sie vom Newsletter abgemeldet und die Verarbeitung Ihrer Daten ei=
ngeschr=C3=A4nkt.
Zur Herkunft Ihrer Telefonnummer melden wir uns in den n=C3=A4chsten Tagen.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Datenschutzteam
shop.example.be

--77c1d2e3-a4b5-4c6d-8e9f-0a1b2c3d4e5f--
'''),
    ('de', 'cisco-esa-bounce-de-spam', 'automated', (), '''Return-Path: <>
Received: from esa1.krueger-metallbau.example.at (esa1.krueger-metallbau.example.at [198.51.100.133])
	by mail.shop.example.be (Postfix) with ESMTPS id 4Qd6Rp2Bq1z7tSs
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 09:40:51 +0100 (CET)
From: MAILER-DAEMON@esa1.krueger-metallbau.example.at
To: privacy@shop.example.be
Date: 24 Nov 2026 09:40:50 +0100
Message-Id: <51dbc7$1kq9r2@esa1.krueger-metallbau.example.at>
Subject: =?utf-8?Q?Unzustellbare_Nachricht_=E2=80=93_als_Spam_abgewiesen?=
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="===============4410238875==="

--===============4410238875===
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Diese Nachricht wurde automatisch vom E-Mail-Gateway der Krüger Metallbau GmbH erzeugt.

Ihre Nachricht an stefan.krueger@krueger-metallbau.example.at konnte nicht zugestellt werden.
Sie wurde von unserem Inhaltsfilter als Spam eingestuft und abgewiesen.

Falls es sich um einen Irrtum handelt, wenden Sie sich bitte an it-support@krueger-metallbau.example.at
und geben Sie die folgende Kennung an: MID 8841267

Fehlermeldung:
554 5.7.1 Message rejected as spam by Content Filtering

--===============4410238875===
Content-Type: message/delivery-status

Reporting-MTA: dns; esa1.krueger-metallbau.example.at

Final-Recipient: rfc822; stefan.krueger@krueger-metallbau.example.at
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 554 5.7.1 Message rejected as spam by Content Filtering

--===============4410238875===
Content-Type: text/rfc822-headers

From: Privacy shop.example.be <privacy@shop.example.be>
To: =?utf-8?q?Stefan_Kr=C3=BCger?= <stefan.krueger@krueger-metallbau.example.at>
Subject: =?utf-8?q?Bitte_best=C3=A4tigen_Sie_Ihre_Datenschutzanfrage?=
Date: Tue, 24 Nov 2026 09:40:00 +0100
Message-ID: <468e1bcac1425d05.817627ea@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--===============4410238875===--
'''),
    ('de', 'person-postmaster-employee-unsubscribe', 'withdraw_consent', (), '''Return-Path: <postmaster@tischlerei-brandl.example.at>
Received: from mail.tischlerei-brandl.example.at (mail.tischlerei-brandl.example.at [203.0.113.66])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QcM1g5Ydtz7tQh
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 16:18:03 +0100 (CET)
From: "Postmaster Tischlerei Brandl" <postmaster@tischlerei-brandl.example.at>
To: <privacy@shop.example.be>
Subject: Ihre Mails an unsere Mitarbeiterin kommen zurueck
Date: Fri, 20 Nov 2026 16:17:58 +0100
Message-ID: <002a01db3b5f$7e2c4d10$7a84e730$@tischlerei-brandl.example.at>
MIME-Version: 1.0
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Content-Language: de-at

Sehr geehrte Damen und Herren,

ich betreue nebenbei die EDV in unserer kleinen Tischlerei. Seit ein paar
Wochen landen bei mir als Postmaster lauter Unzustellbarkeitsmeldungen, weil
Ihr Newsletter an unsere Mitarbeiterin Frau Eder (m.eder@tischlerei-brandl.example.at)
von unserem Spamfilter abgewiesen wird, die Mails sind zu groß.

Ich habe mit Frau Eder gesprochen: sie will den Newsletter ohnehin nicht mehr
und bittet Sie, sie aus Ihrem Verteiler zu nehmen. Sie hat sich damals bei
Ihnen mit der Firmenadresse angemeldet, ihre Einwilligung zieht sie hiermit
zurück.

Danke und schöne Grüße
Markus Brandl
Tischlerei Brandl, Hallein
'''),
    ('es', 'exchange-online-ndr-es', 'automated', (), '''Received: from DB9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:10:3a1::14)
 by AM6PR02MB4410.eurprd02.prod.outlook.com with HTTPS; Tue, 10 Nov 2026 11:31:04 +0000
From: Microsoft Outlook <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Tue, 10 Nov 2026 11:31:02 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_1c4252f0DB9PR02MB7321eurp_"
Content-Language: es-ES
Message-ID: <f759c53c-f759-4c1e-9b2a-785a370dcb9e@DB9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <f795cdb0bb04c118.cf2f9b38@shop.example.be>
References: <f795cdb0bb04c118.cf2f9b38@shop.example.be>
Thread-Topic: Confirme su solicitud de privacidad
Subject: No se puede entregar: Confirme su solicitud de privacidad
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: DB9PR02MB7321.eurprd02.prod.outlook.com
Return-Path: <>

--_000_1c4252f0DB9PR02MB7321eurp_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_001_1c4252f0DB9PR02MB7321eurp_"

--_001_1c4252f0DB9PR02MB7321eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RXJyb3IgZW4gbGEgZW50cmVnYSBhIGVzdG9zIGRlc3RpbmF0YXJpb3MgbyBncnVwb3M6CgpMdWPD
rWEgRmVybsOhbmRleiAobHVjaWEuZmVybmFuZGV6QGFzZXNvcmlhLWZlcm5hbmRlei5leGFtcGxl
LmVzKTxtYWlsdG86bHVjaWEuZmVybmFuZGV6QGFzZXNvcmlhLWZlcm5hbmRlei5leGFtcGxlLmVz
PgpObyBzZSBlbmNvbnRyw7MgbGEgZGlyZWNjacOzbiBkZSBjb3JyZW8gZWxlY3Ryw7NuaWNvIGVz
cGVjaWZpY2FkYS4gQ29tcHJ1ZWJlIGxhIGRpcmVjY2nDs24gZGUgY29ycmVvIGVsZWN0csOzbmlj
byBkZWwgZGVzdGluYXRhcmlvIGUgaW50ZW50ZSB2b2x2ZXIgYSBlbnZpYXIgZWwgbWVuc2FqZS4g
U2kgZWwgcHJvYmxlbWEgY29udGluw7phLCBww7NuZ2FzZSBlbiBjb250YWN0byBjb24gZWwgZGVw
YXJ0YW1lbnRvIGRlIHNvcG9ydGUgdMOpY25pY28uCgoKCgoKCkluZm9ybWFjacOzbiBkZSBkaWFn
bsOzc3RpY28gcGFyYSBhZG1pbmlzdHJhZG9yZXM6CgpTZXJ2aWRvciBkZSBnZW5lcmFjacOzbjog
REI5UFIwMk1CNzMyMS5ldXJwcmQwMi5wcm9kLm91dGxvb2suY29tCgpsdWNpYS5mZXJuYW5kZXpA
YXNlc29yaWEtZmVybmFuZGV6LmV4YW1wbGUuZXMKYXNlc29yaWFmZXJuYW5kZXotZXMubWFpbC5w
cm90ZWN0aW9uLm91dGxvb2suY29tIEVsIHNlcnZpZG9yIHJlbW90byBkZXZvbHZpw7MgJzU1MCA1
LjEuMTAgUkVTT0xWRVIuQURSLlJlY2lwaWVudE5vdEZvdW5kOyBSZWNpcGllbnQgbm90IGZvdW5k
IGJ5IFNNVFAgYWRkcmVzcyBsb29rdXAnCgpFbmNhYmV6YWRvcyBkZWwgbWVuc2FqZSBvcmlnaW5h
bDoKCkZyb206IFByaXZhY3kgc2hvcC5leGFtcGxlLmJlIDxwcml2YWN5QHNob3AuZXhhbXBsZS5i
ZT4KVG86ID0/dXRmLTg/Yj9USFZqdzYxaElFWmxjbTdEb1c1a1pYbz0/PSA8bHVjaWEuZmVybmFu
ZGV6QGFzZXNvcmlhLWZlcm5hbmRlei5leGFtcGxlLmVzPgpTdWJqZWN0OiBDb25maXJtZSBzdSBz
b2xpY2l0dWQgZGUgcHJpdmFjaWRhZApEYXRlOiBUdWUsIDEwIE5vdiAyMDI2IDEyOjMwOjAwICsw
MTAwCk1lc3NhZ2UtSUQ6IDxmNzk1Y2RiMGJiMDRjMTE4LmNmMmY5YjM4QHNob3AuZXhhbXBsZS5i
ZT4KTUlNRS1WZXJzaW9uOiAxLjAKQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1
dGYtOCIKQ29udGVudC1UcmFuc2Zlci1FbmNvZGluZzogcXVvdGVkLXByaW50YWJsZQo=

--_001_1c4252f0DB9PR02MB7321eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+RXJyb3IgZW4gbGEgZW50cmVnYSBhIGVz
dG9zIGRlc3RpbmF0YXJpb3MgbyBncnVwb3M6PC9mb250PjwvYj48L3A+Cjxmb250IGNvbG9yPSIj
MDAwMDAwIiBzaXplPSIyIiBmYWNlPSJUYWhvbWEiPjxwPjxhIGhyZWY9Im1haWx0bzpsdWNpYS5m
ZXJuYW5kZXpAYXNlc29yaWEtZmVybmFuZGV6LmV4YW1wbGUuZXMiPkx1Y8OtYSBGZXJuw6FuZGV6
IChsdWNpYS5mZXJuYW5kZXpAYXNlc29yaWEtZmVybmFuZGV6LmV4YW1wbGUuZXMpPC9hPjxicj4K
PC9mb250Pgo8Zm9udCBjb2xvcj0iIzAwMDAwMCIgc2l6ZT0iMyIgZmFjZT0iQXJpYWwiPk5vIHNl
IGVuY29udHLDsyBsYSBkaXJlY2Npw7NuIGRlIGNvcnJlbyBlbGVjdHLDs25pY28gZXNwZWNpZmlj
YWRhLiBDb21wcnVlYmUgbGEgZGlyZWNjacOzbiBkZSBjb3JyZW8gZWxlY3Ryw7NuaWNvIGRlbCBk
ZXN0aW5hdGFyaW8gZSBpbnRlbnRlIHZvbHZlciBhIGVudmlhciBlbCBtZW5zYWplLiBTaSBlbCBw
cm9ibGVtYSBjb250aW7DumEsIHDDs25nYXNlIGVuIGNvbnRhY3RvIGNvbiBlbCBkZXBhcnRhbWVu
dG8gZGUgc29wb3J0ZSB0w6ljbmljby48L2ZvbnQ+PC9wPgo8Zm9udCBjb2xvcj0iIzgwODA4MCIg
c2l6ZT0iMiIgZmFjZT0iVGFob21hIj48cD48Yj5JbmZvcm1hY2nDs24gZGUgZGlhZ27Ds3N0aWNv
IHBhcmEgYWRtaW5pc3RyYWRvcmVzOjwvYj48L3A+ClNlcnZpZG9yIGRlIGdlbmVyYWNpw7NuOiBE
QjlQUjAyTUI3MzIxLmV1cnByZDAyLnByb2Qub3V0bG9vay5jb208YnI+Cjxicj4KbHVjaWEuZmVy
bmFuZGV6QGFzZXNvcmlhLWZlcm5hbmRlei5leGFtcGxlLmVzPGJyPgphc2Vzb3JpYWZlcm5hbmRl
ei1lcy5tYWlsLnByb3RlY3Rpb24ub3V0bG9vay5jb20gRWwgc2Vydmlkb3IgcmVtb3RvIGRldm9s
dmnDsyAnNTUwIDUuMS4xMCBSRVNPTFZFUi5BRFIuUmVjaXBpZW50Tm90Rm91bmQ7IFJlY2lwaWVu
dCBub3QgZm91bmQgYnkgU01UUCBhZGRyZXNzIGxvb2t1cCc8YnI+Cjxicj4KPC9mb250Pgo8cD48
Zm9udCBjb2xvcj0iIzgwODA4MCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj5FbmNhYmV6YWRvcyBk
ZWwgbWVuc2FqZSBvcmlnaW5hbDo8L2ZvbnQ+PC9wPgo8cHJlPkZyb206IFByaXZhY3kgc2hvcC5l
eGFtcGxlLmJlICZsdDtwcml2YWN5QHNob3AuZXhhbXBsZS5iZSZndDsKVG86ID0/dXRmLTg/Yj9U
SFZqdzYxaElFWmxjbTdEb1c1a1pYbz0/PSAmbHQ7bHVjaWEuZmVybmFuZGV6QGFzZXNvcmlhLWZl
cm5hbmRlei5leGFtcGxlLmVzJmd0OwpTdWJqZWN0OiBDb25maXJtZSBzdSBzb2xpY2l0dWQgZGUg
cHJpdmFjaWRhZApEYXRlOiBUdWUsIDEwIE5vdiAyMDI2IDEyOjMwOjAwICswMTAwCk1lc3NhZ2Ut
SUQ6ICZsdDtmNzk1Y2RiMGJiMDRjMTE4LmNmMmY5YjM4QHNob3AuZXhhbXBsZS5iZSZndDsKTUlN
RS1WZXJzaW9uOiAxLjAKQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCIK
Q29udGVudC1UcmFuc2Zlci1FbmNvZGluZzogcXVvdGVkLXByaW50YWJsZQo8L3ByZT4KPC9ib2R5
Pgo8L2h0bWw+Cg==

--_001_1c4252f0DB9PR02MB7321eurp_--

--_000_1c4252f0DB9PR02MB7321eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7321.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM6PR02MB4410.eurprd02.prod.outlook.com
Arrival-Date: Tue, 10 Nov 2026 11:30:57 +0000

Final-Recipient: rfc822;lucia.fernandez@asesoria-fernandez.example.es
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Remote-MTA: dns;asesoriafernandez-es.mail.protection.outlook.com

--_000_1c4252f0DB9PR02MB7321eurp_
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: =?utf-8?b?THVjw61hIEZlcm7DoW5kZXo=?= <lucia.fernandez@asesoria-fernandez.example.es>
Subject: Confirme su solicitud de privacidad
Date: Tue, 10 Nov 2026 12:30:00 +0100
Message-ID: <f795cdb0bb04c118.cf2f9b38@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Estimado/a Luc=C3=ADa Fern=C3=A1ndez:

Nos escribi=C3=B3 el 9 de noviembre de 2026: =C2=ABQuiero que borren mi cue=
nta y todos mis datos, y que dejen de enviarme publicidad.=C2=BB

Antes de tramitar su solicitud debemos comprobar que esta direcci=C3=B3n es=
 suya. Haga clic en el siguiente enlace en un plazo de 14 d=C3=ADas:
https://shop.example.be/privacy/confirm?t=3Dc1a76b197a35

Si no ha enviado usted esta solicitud, ignore este mensaje.

Atentamente,
El equipo de privacidad
shop.example.be
--_000_1c4252f0DB9PR02MB7321eurp_--
'''),
    ('es', 'gmail-dsn-direccion-no-encontrada', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by 2002:a05:7300:6a81:b0:14f:2b3a:5c1e with SMTP id gk1csp1842631dyb;
        Tue, 17 Nov 2026 11:05:11 -0800
X-Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5-20020a17090b3ec500b002e2c40e59b1mr98231pjb.4.17923170411;
        Tue, 17 Nov 2026 11:05:11 -0800
Return-Path: <>
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98231pjb.4;
        Tue, 17 Nov 2026 11:05:11 -0800
Content-Type: multipart/report; boundary="000000000000b32d6c3270"; report-type=delivery-status
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98228pjb.4; Tue, 17 Nov 2026 11:05:11 -0800
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <b32d6c32.b32d6c327052.03e858@mx.google.com>
Date: Tue, 17 Nov 2026 11:05:11 -0800
Subject: Delivery Status Notification (Failure)
References: <c8d4392416c4dee2.29f3341c@shop.example.be>
In-Reply-To: <c8d4392416c4dee2.29f3341c@shop.example.be>
X-Failed-Recipients: javi.ruiz.m@gmail.com
MIME-Version: 1.0

--000000000000b32d6c3270
Content-Type: multipart/related; boundary="000000000000736e5de103"

--000000000000736e5de103
Content-Type: multipart/alternative; boundary="00000000000079d6ba9939"

--00000000000079d6ba9939
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** No se ha encontrado la direcci=C3=B3n **

Tu mensaje no se ha entregado a javi.ruiz.m@gmail.com porque no se ha encon=
trado la direcci=C3=B3n o no puede recibir correo.

M=C3=A1s informaci=C3=B3n: https://support.google.com/mail/?p=3DNoSuchUser

La respuesta ha sido:

La cuenta de correo a la que has intentado enviar el mensaje no existe. Com=
prueba que la direcci=C3=B3n del destinatario no tenga errores tipogr=C3=A1=
ficos ni espacios innecesarios.

--00000000000079d6ba9939
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
=3D"Error Icon" src=3D"cid:icon.png">
<table style=3D"min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style=3D"font-size:20px;color:#212121;font-weight:bold;margin:0=
">
No se ha encontrado la direcci=C3=B3n
</h2></td></tr>
<tr><td style=3D"padding-top:20px;color:#757575;font-size:16px;font-weight:=
normal;text-align:left">
Tu mensaje no se ha entregado a <a style=3D'color:#212121;text-decoration:n=
one'><b>javi.ruiz.m@gmail.com</b></a> porque no se ha encontrado la direcci=
=C3=B3n o no puede recibir correo.
</td></tr>
<tr><td style=3D"padding-top:24px;color:#4285F4;font-size:14px;font-weight:=
bold;text-align:left">
<a style=3D"text-decoration:none" href=3D"https://support.google.com/mail/?=
p=3DNoSuchUser">M=C3=81S INFORMACI=C3=93N</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style=3D"border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align=3D"left" style=3D"padding:48px 10px">
La respuesta ha sido:<br/>
<p style=3D"font-family:monospace">
La cuenta de correo a la que has intentado enviar el mensaje no existe. Com=
prueba que la direcci=C3=B3n del destinatario no tenga errores tipogr=C3=A1=
ficos ni espacios innecesarios.
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--00000000000079d6ba9939--
--000000000000736e5de103
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAAACXBIWXMAABYlAAAWJQFJUiTwAAAA
GXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAFi5JREFUeAHtXUuMHMd5/qp6Znd2
--000000000000736e5de103--
--000000000000b32d6c3270
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 17 Nov 2026 11:05:09 -0800
X-Original-Message-ID: <c8d4392416c4dee2.29f3341c@shop.example.be>

Final-Recipient: rfc822; javi.ruiz.m@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.77, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2b1c0a7f3e1si1234567ad.512 - gsmtp
Last-Attempt-Date: Tue, 17 Nov 2026 11:05:11 -0800

--000000000000b32d6c3270
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Javier Ruiz <javi.ruiz.m@gmail.com>
Subject: Confirme su solicitud de privacidad
Date: Tue, 17 Nov 2026 20:05:00 +0100
Message-ID: <c8d4392416c4dee2.29f3341c@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Estimado/a Javier Ruiz:

Nos escribi=C3=B3 el 15 de noviembre de 2026: =C2=ABMe opongo a que utilice=
n mi historial de compras para enviarme anuncios personalizados.=C2=BB

Antes de tramitar su solicitud debemos comprobar que esta direcci=C3=B3n es=
 suya. Haga clic en el siguiente enlace en un plazo de 14 d=C3=ADas:
https://shop.example.be/privacy/confirm?t=3D17c4b1cbc594

Si no ha enviado usted esta solicitud, ignore este mensaje.

Atentamente,
El equipo de privacidad
shop.example.be
--000000000000b32d6c3270--
'''),
    ('es', 'postfix-es-template-domain-not-found', 'automated', (), '''Return-Path: <>
Received: by smtp-out.shop.example.be (Postfix)
	id 4QcD2x7RmPz4wLq; Thu, 19 Nov 2026 09:16:31 +0100
Date: Thu, 19 Nov 2026 09:16:31 +0100
From: MAILER-DAEMON@smtp-out.shop.example.be (Mail Delivery System)
Subject: Mensaje no entregado devuelto al remitente
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4QcD2x7RmPz4wLq.1795674960/smtp-out.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261119091631.4QcD2x7RmPz4wLq@smtp-out.shop.example.be>

This is a MIME-encapsulated message.

--4QcD2x7RmPz4wLq.1795674960/smtp-out.shop.example.be
Content-Description: =?utf-8?q?Notificaci=C3=B3n?=
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Este es el sistema de correo del servidor smtp-out.shop.example.be.

Lamentamos informarle de que su mensaje no ha podido entregarse
a uno o más destinatarios. Se adjunta a continuación.

Si necesita ayuda, escriba a postmaster.

En ese caso, incluya este informe. Puede eliminar su propio
texto del mensaje devuelto adjunto.

                   El sistema de correo

<carmen@viveros-ortega.example.es>: Host or domain name not found. Name service error for
    name=viveros-ortega.example.es type=MX: Host not found, try again

--4QcD2x7RmPz4wLq.1795674960/smtp-out.shop.example.be
Content-Description: Informe de entrega
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.shop.example.be
X-Postfix-Queue-ID: 4QcD2x7RmPz4wLq
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 19 Nov 2026 09:16:02 +0100

Final-Recipient: rfc822; carmen@viveros-ortega.example.es
Original-Recipient: rfc822;carmen@viveros-ortega.example.es
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=viveros-ortega.example.es type=MX: Host not found, try again

--4QcD2x7RmPz4wLq.1795674960/smtp-out.shop.example.be
Content-Description: Mensaje no entregado
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

From: Privacy shop.example.be <privacy@shop.example.be>
To: Carmen Ortega <carmen@viveros-ortega.example.es>
Subject: Confirme su solicitud de privacidad
Date: Thu, 19 Nov 2026 09:15:00 +0100
Message-ID: <4c2c4984e84a89ae.e8cee8c3@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Estimado/a Carmen Ortega:

Nos escribió el 18 de noviembre de 2026: «Solicito una copia de mis datos personales en un formato que pueda abrir con Excel.»

Antes de tramitar su solicitud debemos comprobar que esta dirección es suya. Haga clic en el siguiente enlace en un plazo de 14 días:
https://shop.example.be/privacy/confirm?t=b4ba16a46e3c

Si no ha enviado usted esta solicitud, ignore este mensaje.

Atentamente,
El equipo de privacidad
shop.example.be

--4QcD2x7RmPz4wLq.1795674960/smtp-out.shop.example.be--
'''),
    ('es', 'person-forward-dsn-wording-access', 'access', ('portability',), '''Return-Path: <rosamaria.gil@telefonica.example.es>
Received: from smtp.telefonica.example.es (smtp.telefonica.example.es [203.0.113.72])
	by mail.shop.example.be (Postfix) with ESMTPS id 4Qe59cb934c4
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 18:22:51 +0100
Message-ID: <AS8PR07MB7613A1C9D24E5F16B3D0E2F4C8A91@AS8PR07MB7613.eurprd07.prod.outlook.com>
Date: Mon, 16 Nov 2026 18:22:51 +0100
MIME-Version: 1.0
From: =?utf-8?q?Rosa_Mar=C3=ADa_Gil?= <rosamaria.gil@telefonica.example.es>
To: privacy@shop.example.be
Subject: RV: Delivery Status Notification (Failure)
Thread-Topic: Delivery Status Notification (Failure)
Content-Language: es-ES
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Les escrib=C3=AD hace unos d=C3=ADas a datos@shop.example.be y me lleg=C3=
=B3 el aviso que copio abajo, as=C3=AD que lo env=C3=ADo a esta direcci=C3=
=B3n.

Quiero saber qu=C3=A9 datos personales tienen de m=C3=AD (cuenta, pedidos, =
tarjeta de fidelizaci=C3=B3n) y que me env=C3=ADen una copia. Si es posible=
, en un archivo que pueda importar en otra tienda, tipo CSV.

Un saludo,
Rosa Mar=C3=ADa Gil

________________________________
De: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Enviado: jueves, 12 de noviembre de 2026 21:03
Para: rosamaria.gil@telefonica.example.es
Asunto: Delivery Status Notification (Failure)

** No se ha encontrado la direcci=C3=B3n **

Tu mensaje no se ha entregado a datos@shop.example.be porque no se ha encon=
trado la direcci=C3=B3n o no puede recibir correo.

La respuesta ha sido:

550 5.1.1 <datos@shop.example.be>: Recipient address rejected: User unknown
'''),
    ('it', 'exchange-online-ndr-it-barracuda', 'automated', (), '''Received: from DB9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:10:3a1::14)
 by AM6PR02MB4410.eurprd02.prod.outlook.com with HTTPS; Thu, 12 Nov 2026 09:21:04 +0000
From: Microsoft Outlook <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Thu, 12 Nov 2026 09:21:02 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_4ebe7d39DB9PR02MB7321eurp_"
Content-Language: it-IT
Message-ID: <376df4ea-376d-4c1e-9b2a-3f4d12281b14@DB9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <1ee75350bb2428bd.94fab355@shop.example.be>
References: <1ee75350bb2428bd.94fab355@shop.example.be>
Thread-Topic: Confermi la sua richiesta sulla privacy
Subject: Non recapitabile: Confermi la sua richiesta sulla privacy
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: DB9PR02MB7321.eurprd02.prod.outlook.com
Return-Path: <>

--_000_4ebe7d39DB9PR02MB7321eurp_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_001_4ebe7d39DB9PR02MB7321eurp_"

--_001_4ebe7d39DB9PR02MB7321eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

UmVjYXBpdG8gbm9uIHJpdXNjaXRvIGEgcXVlc3RpIGRlc3RpbmF0YXJpIG8gZ3J1cHBpOgoKR2l1
bGlhIFJ1c3NvIChnLnJ1c3NvQHN0dWRpby1ydXNzby5leGFtcGxlLml0KTxtYWlsdG86Zy5ydXNz
b0BzdHVkaW8tcnVzc28uZXhhbXBsZS5pdD4KSWwgc2VydmVyIGRpIHBvc3RhIGRlbCBkZXN0aW5h
dGFyaW8gaGEgcmlmaXV0YXRvIGlsIG1lc3NhZ2dpbyBwZXJjaMOpIGlsIG1pdHRlbnRlIHJpc3Vs
dGEgYmxvY2NhdG8uIENvbnRhdHRhcmUgaWwgZGVzdGluYXRhcmlvIG8gaWwgcmVsYXRpdm8gYW1t
aW5pc3RyYXRvcmUuCgoKCgoKCkluZm9ybWF6aW9uaSBkaSBkaWFnbm9zdGljYSBwZXIgZ2xpIGFt
bWluaXN0cmF0b3JpOgoKU2VydmVyIGRpIGdlbmVyYXppb25lOiBEQjlQUjAyTUI3MzIxLmV1cnBy
ZDAyLnByb2Qub3V0bG9vay5jb20KCmcucnVzc29Ac3R1ZGlvLXJ1c3NvLmV4YW1wbGUuaXQKZDEy
MzQ1NmEuZXNzLmJhcnJhY3VkYW5ldHdvcmtzLmNvbSBJbCBzZXJ2ZXIgcmVtb3RvIGhhIHJlc3Rp
dHVpdG8gJzU1NCBTZXJ2aWNlIHVuYXZhaWxhYmxlOyBDbGllbnQgaG9zdCBbNTIuMTAwLjE3NC4y
MzNdIGJsb2NrZWQgdXNpbmcgQmFycmFjdWRhIFJlcHV0YXRpb247IGh0dHBzOi8vd3d3LmJhcnJh
Y3VkYW5ldHdvcmtzLmNvbS9yZXB1dGF0aW9uLz9wcj0xJmlwPTUyLjEwMC4xNzQuMjMzJwoKSW50
ZXN0YXppb25pIG1lc3NhZ2dpbyBvcmlnaW5hbGU6CgpGcm9tOiBQcml2YWN5IHNob3AuZXhhbXBs
ZS5iZSA8cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU+ClRvOiBHaXVsaWEgUnVzc28gPGcucnVzc29A
c3R1ZGlvLXJ1c3NvLmV4YW1wbGUuaXQ+ClN1YmplY3Q6IENvbmZlcm1pIGxhIHN1YSByaWNoaWVz
dGEgc3VsbGEgcHJpdmFjeQpEYXRlOiBUaHUsIDEyIE5vdiAyMDI2IDEwOjIwOjAwICswMTAwCk1l
c3NhZ2UtSUQ6IDwxZWU3NTM1MGJiMjQyOGJkLjk0ZmFiMzU1QHNob3AuZXhhbXBsZS5iZT4KTUlN
RS1WZXJzaW9uOiAxLjAKQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCIK
Q29udGVudC1UcmFuc2Zlci1FbmNvZGluZzogcXVvdGVkLXByaW50YWJsZQo=

--_001_4ebe7d39DB9PR02MB7321eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+UmVjYXBpdG8gbm9uIHJpdXNjaXRvIGEg
cXVlc3RpIGRlc3RpbmF0YXJpIG8gZ3J1cHBpOjwvZm9udD48L2I+PC9wPgo8Zm9udCBjb2xvcj0i
IzAwMDAwMCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj48cD48YSBocmVmPSJtYWlsdG86Zy5ydXNz
b0BzdHVkaW8tcnVzc28uZXhhbXBsZS5pdCI+R2l1bGlhIFJ1c3NvIChnLnJ1c3NvQHN0dWRpby1y
dXNzby5leGFtcGxlLml0KTwvYT48YnI+CjwvZm9udD4KPGZvbnQgY29sb3I9IiMwMDAwMDAiIHNp
emU9IjMiIGZhY2U9IkFyaWFsIj5JbCBzZXJ2ZXIgZGkgcG9zdGEgZGVsIGRlc3RpbmF0YXJpbyBo
YSByaWZpdXRhdG8gaWwgbWVzc2FnZ2lvIHBlcmNow6kgaWwgbWl0dGVudGUgcmlzdWx0YSBibG9j
Y2F0by4gQ29udGF0dGFyZSBpbCBkZXN0aW5hdGFyaW8gbyBpbCByZWxhdGl2byBhbW1pbmlzdHJh
dG9yZS48L2ZvbnQ+PC9wPgo8Zm9udCBjb2xvcj0iIzgwODA4MCIgc2l6ZT0iMiIgZmFjZT0iVGFo
b21hIj48cD48Yj5JbmZvcm1hemlvbmkgZGkgZGlhZ25vc3RpY2EgcGVyIGdsaSBhbW1pbmlzdHJh
dG9yaTo8L2I+PC9wPgpTZXJ2ZXIgZGkgZ2VuZXJhemlvbmU6IERCOVBSMDJNQjczMjEuZXVycHJk
MDIucHJvZC5vdXRsb29rLmNvbTxicj4KPGJyPgpnLnJ1c3NvQHN0dWRpby1ydXNzby5leGFtcGxl
Lml0PGJyPgpkMTIzNDU2YS5lc3MuYmFycmFjdWRhbmV0d29ya3MuY29tIElsIHNlcnZlciByZW1v
dG8gaGEgcmVzdGl0dWl0byAnNTU0IFNlcnZpY2UgdW5hdmFpbGFibGU7IENsaWVudCBob3N0IFs1
Mi4xMDAuMTc0LjIzM10gYmxvY2tlZCB1c2luZyBCYXJyYWN1ZGEgUmVwdXRhdGlvbjsgaHR0cHM6
Ly93d3cuYmFycmFjdWRhbmV0d29ya3MuY29tL3JlcHV0YXRpb24vP3ByPTEmaXA9NTIuMTAwLjE3
NC4yMzMnPGJyPgo8YnI+CjwvZm9udD4KPHA+PGZvbnQgY29sb3I9IiM4MDgwODAiIHNpemU9IjIi
IGZhY2U9IlRhaG9tYSI+SW50ZXN0YXppb25pIG1lc3NhZ2dpbyBvcmlnaW5hbGU6PC9mb250Pjwv
cD4KPHByZT5Gcm9tOiBQcml2YWN5IHNob3AuZXhhbXBsZS5iZSAmbHQ7cHJpdmFjeUBzaG9wLmV4
YW1wbGUuYmUmZ3Q7ClRvOiBHaXVsaWEgUnVzc28gJmx0O2cucnVzc29Ac3R1ZGlvLXJ1c3NvLmV4
YW1wbGUuaXQmZ3Q7ClN1YmplY3Q6IENvbmZlcm1pIGxhIHN1YSByaWNoaWVzdGEgc3VsbGEgcHJp
dmFjeQpEYXRlOiBUaHUsIDEyIE5vdiAyMDI2IDEwOjIwOjAwICswMTAwCk1lc3NhZ2UtSUQ6ICZs
dDsxZWU3NTM1MGJiMjQyOGJkLjk0ZmFiMzU1QHNob3AuZXhhbXBsZS5iZSZndDsKTUlNRS1WZXJz
aW9uOiAxLjAKQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCIKQ29udGVu
dC1UcmFuc2Zlci1FbmNvZGluZzogcXVvdGVkLXByaW50YWJsZQo8L3ByZT4KPC9ib2R5Pgo8L2h0
bWw+Cg==

--_001_4ebe7d39DB9PR02MB7321eurp_--

--_000_4ebe7d39DB9PR02MB7321eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7321.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM6PR02MB4410.eurprd02.prod.outlook.com
Arrival-Date: Thu, 12 Nov 2026 09:20:57 +0000

Final-Recipient: rfc822;g.russo@studio-russo.example.it
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;554 Service unavailable; Client host [52.100.174.233] blocked using Barracuda Reputation; https://www.barracudanetworks.com/reputation/?pr=1&ip=52.100.174.233
Remote-MTA: dns;d123456a.ess.barracudanetworks.com

--_000_4ebe7d39DB9PR02MB7321eurp_
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Giulia Russo <g.russo@studio-russo.example.it>
Subject: Confermi la sua richiesta sulla privacy
Date: Thu, 12 Nov 2026 10:20:00 +0100
Message-ID: <1ee75350bb2428bd.94fab355@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Gentile Giulia Russo,

il 11 novembre 2026 ci ha scritto: =C2=ABVi chiedo di cancellare tutti i mi=
ei dati e di non inviarmi pi=C3=B9 la newsletter.=C2=BB

Prima di dare seguito alla richiesta dobbiamo verificare che questo indiriz=
zo sia suo. La preghiamo di cliccare sul link seguente entro 14 giorni:
https://shop.example.be/privacy/confirm?t=3D0bc2ce059587

Se non ha inviato lei questa richiesta, ignori questo messaggio.

Cordiali saluti,
Il team privacy
shop.example.be
--_000_4ebe7d39DB9PR02MB7321eurp_--
'''),
    ('it', 'libero-messaggio-non-recapitato', 'automated', (), '''Return-Path: <>
Received: from smtp-out.libero.example.it (smtp-out.libero.example.it [213.209.10.12])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QcH7t1Ww5z7tMm
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 15:46:07 +0100 (CET)
Date: Wed, 18 Nov 2026 15:46:06 +0100
From: Mail Delivery System <MAILER-DAEMON@libero.example.it>
To: privacy@shop.example.be
Subject: Messaggio non recapitato
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_Part_884201_552310447.1794930366001"
Message-ID: <1794930366001.884201@libero.example.it>

------=_Part_884201_552310447.1794930366001
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Questo =C3=A8 un messaggio generato automaticamente dal sistema di posta.

Il messaggio che hai inviato non =C3=A8 stato recapitato al seguente destin=
atario:

    marco.bianchi72@libero.example.it

Motivo: la casella di posta del destinatario =C3=A8 piena (quota superata).
Il messaggio originale =C3=A8 allegato.

------=_Part_884201_552310447.1794930366001
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.libero.example.it

Final-Recipient: rfc822; marco.bianchi72@libero.example.it
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded

------=_Part_884201_552310447.1794930366001
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Marco Bianchi <marco.bianchi72@libero.example.it>
Subject: Confermi la sua richiesta sulla privacy
Date: Wed, 18 Nov 2026 15:45:00 +0100
Message-ID: <a84570483e6e690c.6d1916e6@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Gentile Marco Bianchi,

il 17 novembre 2026 ci ha scritto: «Vorrei ricevere i miei dati in formato CSV per trasferirli a un altro negozio online.»

Prima di dare seguito alla richiesta dobbiamo verificare che questo indirizzo sia suo. La preghiamo di cliccare sul link seguente entro 14 giorni:
https://shop.example.be/privacy/confirm?t=39f3e42618a4

Se non ha inviato lei questa richiesta, ignori questo messaggio.

Cordiali saluti,
Il team privacy
shop.example.be

------=_Part_884201_552310447.1794930366001--
'''),
    ('it', 'gmail-dsn-indirizzo-non-trovato', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by 2002:a05:7300:6a81:b0:14f:2b3a:5c1e with SMTP id gk1csp1842631dyb;
        Mon, 23 Nov 2026 10:00:11 -0800
X-Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5-20020a17090b3ec500b002e2c40e59b1mr98231pjb.4.17923230411;
        Mon, 23 Nov 2026 10:00:11 -0800
Return-Path: <>
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98231pjb.4;
        Mon, 23 Nov 2026 10:00:11 -0800
Content-Type: multipart/report; boundary="000000000000ed1005f2b9"; report-type=delivery-status
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98228pjb.4; Mon, 23 Nov 2026 10:00:11 -0800
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <ed1005f2.ed1005f2b9b9.3c106f@mx.google.com>
Date: Mon, 23 Nov 2026 10:00:11 -0800
Subject: Delivery Status Notification (Failure)
References: <cc9daf3801c9ccd9.8460a674@shop.example.be>
In-Reply-To: <cc9daf3801c9ccd9.8460a674@shop.example.be>
X-Failed-Recipients: francesca.conti.mi@gmail.com
MIME-Version: 1.0

--000000000000ed1005f2b9
Content-Type: multipart/related; boundary="000000000000a5e9a9bac9"

--000000000000a5e9a9bac9
Content-Type: multipart/alternative; boundary="00000000000099130d05c3"

--00000000000099130d05c3
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Indirizzo non trovato **

Il tuo messaggio non =C3=A8 stato recapitato a francesca.conti.mi@gmail.com=
 perch=C3=A9 l'indirizzo non =C3=A8 stato trovato o non pu=C3=B2 ricevere p=
osta.

Ulteriori informazioni: https://support.google.com/mail/?p=3DNoSuchUser

La risposta =C3=A8 stata:

L'account email che hai tentato di raggiungere non esiste. Verifica che nel=
l'indirizzo email del destinatario non ci siano errori di battitura o spazi=
 non necessari.

--00000000000099130d05c3
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
=3D"Error Icon" src=3D"cid:icon.png">
<table style=3D"min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style=3D"font-size:20px;color:#212121;font-weight:bold;margin:0=
">
Indirizzo non trovato
</h2></td></tr>
<tr><td style=3D"padding-top:20px;color:#757575;font-size:16px;font-weight:=
normal;text-align:left">
Il tuo messaggio non =C3=A8 stato recapitato a <a style=3D'color:#212121;te=
xt-decoration:none'><b>francesca.conti.mi@gmail.com</b></a> perch=C3=A9 l'i=
ndirizzo non =C3=A8 stato trovato o non pu=C3=B2 ricevere posta.
</td></tr>
<tr><td style=3D"padding-top:24px;color:#4285F4;font-size:14px;font-weight:=
bold;text-align:left">
<a style=3D"text-decoration:none" href=3D"https://support.google.com/mail/?=
p=3DNoSuchUser">ULTERIORI INFORMAZIONI</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style=3D"border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align=3D"left" style=3D"padding:48px 10px">
La risposta =C3=A8 stata:<br/>
<p style=3D"font-family:monospace">
L'account email che hai tentato di raggiungere non esiste. Verifica che nel=
l'indirizzo email del destinatario non ci siano errori di battitura o spazi=
 non necessari.
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--00000000000099130d05c3--
--000000000000a5e9a9bac9
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAAACXBIWXMAABYlAAAWJQFJUiTwAAAA
GXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAFi5JREFUeAHtXUuMHMd5/qp6Znd2
--000000000000a5e9a9bac9--
--000000000000ed1005f2b9
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 23 Nov 2026 10:00:09 -0800
X-Original-Message-ID: <cc9daf3801c9ccd9.8460a674@shop.example.be>

Final-Recipient: rfc822; francesca.conti.mi@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.77, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2b1c0a7f3e1si1234567ad.512 - gsmtp
Last-Attempt-Date: Mon, 23 Nov 2026 10:00:11 -0800

--000000000000ed1005f2b9
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Francesca Conti <francesca.conti.mi@gmail.com>
Subject: Confermi la sua richiesta sulla privacy
Date: Mon, 23 Nov 2026 19:00:00 +0100
Message-ID: <cc9daf3801c9ccd9.8460a674@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Gentile Francesca Conti,

il 22 novembre 2026 ci ha scritto: =C2=ABRevoco il consenso al trattamento =
dei miei dati per finalit=C3=A0 di marketing.=C2=BB

Prima di dare seguito alla richiesta dobbiamo verificare che questo indiriz=
zo sia suo. La preghiamo di cliccare sul link seguente entro 14 giorni:
https://shop.example.be/privacy/confirm?t=3D20fb32a90dcd

Se non ha inviato lei questa richiesta, ignori questo messaggio.

Cordiali saluti,
Il team privacy
shop.example.be
--000000000000ed1005f2b9--
'''),
    ('it', 'person-forwards-bounce-portability', 'portability', (), '''Return-Path: <ale.greco@tiscali.example.it>
Received: from smtp.tiscali.example.it (smtp.tiscali.example.it [203.0.113.67])
	by mail.shop.example.be (Postfix) with ESMTPS id 4Q962fea2a08
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 08:55:12 +0100
Message-ID: <b8e1c2d3-4f5a-6b7c-8d9e-0f1a2b3c4d5e@tiscali.example.it>
Date: Thu, 19 Nov 2026 08:55:12 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: it-IT
From: Alessandro Greco <ale.greco@tiscali.example.it>
To: privacy@shop.example.be
Subject: I: Messaggio non recapitato
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Buongiorno,

ho scritto a privacy@shop-example.it (l'indirizzo che avevo trovato su un vecchio volantino) e mi è tornato indietro il messaggio qui sotto. Ripeto quindi la richiesta qui:

vorrei ricevere tutti i miei dati (ordini, indirizzi, punti della carta fedeltà) in un file CSV o JSON, perché li voglio portare su un altro sito. Se potete trasmetterli direttamente a loro ancora meglio.

Grazie,
Alessandro Greco

-------- Messaggio Inoltrato --------
Oggetto: 	Messaggio non recapitato
Data: 	Tue, 17 Nov 2026 22:10:41 +0100
Mittente: 	Mail Delivery System <MAILER-DAEMON@tiscali.example.it>
A: 	ale.greco@tiscali.example.it

Il messaggio non è stato recapitato a privacy@shop-example.it.
Motivo: dominio inesistente (Host or domain name not found).
'''),
    ('pt', 'exchange-online-ndr-pt', 'automated', (), '''Received: from DB9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:10:3a1::14)
 by AM6PR02MB4410.eurprd02.prod.outlook.com with HTTPS; Wed, 11 Nov 2026 08:11:04 +0000
From: Microsoft Outlook <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Wed, 11 Nov 2026 08:11:02 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_dc1bac4bDB9PR02MB7321eurp_"
Content-Language: pt-BR
Message-ID: <b65446af-b654-4c1e-9b2a-8b471938d176@DB9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <879a4e4c3794a9ce.cab63f02@shop.example.be>
References: <879a4e4c3794a9ce.cab63f02@shop.example.be>
Thread-Topic: Confirme o seu pedido de privacidade
Subject: =?utf-8?q?N=C3=A3o_=C3=A9_poss=C3=ADvel_entregar=3A_Confirme_o_seu_?=
 =?utf-8?q?pedido_de_privacidade?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: DB9PR02MB7321.eurprd02.prod.outlook.com
Return-Path: <>

--_000_dc1bac4bDB9PR02MB7321eurp_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_001_dc1bac4bDB9PR02MB7321eurp_"

--_001_dc1bac4bDB9PR02MB7321eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RmFsaGEgbmEgZW50cmVnYSBhIGVzdGVzIGRlc3RpbmF0w6FyaW9zIG91IGdydXBvczoKCkFuYSBT
b3VzYSAoYW5hLnNvdXNhQGNsaW5pY2Etc291c2EuZXhhbXBsZS5wdCk8bWFpbHRvOmFuYS5zb3Vz
YUBjbGluaWNhLXNvdXNhLmV4YW1wbGUucHQ+Ck8gZW5kZXJlw6dvIGRlIGVtYWlsIGluc2VyaWRv
IG7Do28gZm9pIGVuY29udHJhZG8uIFZlcmlmaXF1ZSBvIGVuZGVyZcOnbyBkZSBlbWFpbCBkbyBk
ZXN0aW5hdMOhcmlvIGUgdGVudGUgcmVlbnZpYXIgYSBtZW5zYWdlbS4gU2UgbyBwcm9ibGVtYSBw
ZXJzaXN0aXIsIGNvbnRhdGUgbyBzdXBvcnRlIHTDqWNuaWNvLgoKCgoKCgpJbmZvcm1hw6fDtWVz
IGRlIGRpYWduw7NzdGljbyBwYXJhIGFkbWluaXN0cmFkb3JlczoKClNlcnZpZG9yIGRlIGdlcmHD
p8OjbzogREI5UFIwMk1CNzMyMS5ldXJwcmQwMi5wcm9kLm91dGxvb2suY29tCgphbmEuc291c2FA
Y2xpbmljYS1zb3VzYS5leGFtcGxlLnB0CmNsaW5pY2Fzb3VzYS1wdC5tYWlsLnByb3RlY3Rpb24u
b3V0bG9vay5jb20gTyBzZXJ2aWRvciByZW1vdG8gcmV0b3Jub3UgJzU1MCA1LjQuMSBSZWNpcGll
bnQgYWRkcmVzcyByZWplY3RlZDogQWNjZXNzIGRlbmllZC4gW0FNMlBFUEYwMDAxQzcxMi5ldXJw
cmQwNS5wcm9kLm91dGxvb2suY29tXScKCkNhYmXDp2FsaG9zIGRhIG1lbnNhZ2VtIG9yaWdpbmFs
OgoKRnJvbTogUHJpdmFjeSBzaG9wLmV4YW1wbGUuYmUgPHByaXZhY3lAc2hvcC5leGFtcGxlLmJl
PgpUbzogQW5hIFNvdXNhIDxhbmEuc291c2FAY2xpbmljYS1zb3VzYS5leGFtcGxlLnB0PgpTdWJq
ZWN0OiBDb25maXJtZSBvIHNldSBwZWRpZG8gZGUgcHJpdmFjaWRhZGUKRGF0ZTogV2VkLCAxMSBO
b3YgMjAyNiAwOToxMDowMCArMDEwMApNZXNzYWdlLUlEOiA8ODc5YTRlNGMzNzk0YTljZS5jYWI2
M2YwMkBzaG9wLmV4YW1wbGUuYmU+Ck1JTUUtVmVyc2lvbjogMS4wCkNvbnRlbnQtVHlwZTogdGV4
dC9wbGFpbjsgY2hhcnNldD0idXRmLTgiCkNvbnRlbnQtVHJhbnNmZXItRW5jb2Rpbmc6IHF1b3Rl
ZC1wcmludGFibGUK

--_001_dc1bac4bDB9PR02MB7321eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+RmFsaGEgbmEgZW50cmVnYSBhIGVzdGVz
IGRlc3RpbmF0w6FyaW9zIG91IGdydXBvczo8L2ZvbnQ+PC9iPjwvcD4KPGZvbnQgY29sb3I9IiMw
MDAwMDAiIHNpemU9IjIiIGZhY2U9IlRhaG9tYSI+PHA+PGEgaHJlZj0ibWFpbHRvOmFuYS5zb3Vz
YUBjbGluaWNhLXNvdXNhLmV4YW1wbGUucHQiPkFuYSBTb3VzYSAoYW5hLnNvdXNhQGNsaW5pY2Et
c291c2EuZXhhbXBsZS5wdCk8L2E+PGJyPgo8L2ZvbnQ+Cjxmb250IGNvbG9yPSIjMDAwMDAwIiBz
aXplPSIzIiBmYWNlPSJBcmlhbCI+TyBlbmRlcmXDp28gZGUgZW1haWwgaW5zZXJpZG8gbsOjbyBm
b2kgZW5jb250cmFkby4gVmVyaWZpcXVlIG8gZW5kZXJlw6dvIGRlIGVtYWlsIGRvIGRlc3RpbmF0
w6FyaW8gZSB0ZW50ZSByZWVudmlhciBhIG1lbnNhZ2VtLiBTZSBvIHByb2JsZW1hIHBlcnNpc3Rp
ciwgY29udGF0ZSBvIHN1cG9ydGUgdMOpY25pY28uPC9mb250PjwvcD4KPGZvbnQgY29sb3I9IiM4
MDgwODAiIHNpemU9IjIiIGZhY2U9IlRhaG9tYSI+PHA+PGI+SW5mb3JtYcOnw7VlcyBkZSBkaWFn
bsOzc3RpY28gcGFyYSBhZG1pbmlzdHJhZG9yZXM6PC9iPjwvcD4KU2Vydmlkb3IgZGUgZ2VyYcOn
w6NvOiBEQjlQUjAyTUI3MzIxLmV1cnByZDAyLnByb2Qub3V0bG9vay5jb208YnI+Cjxicj4KYW5h
LnNvdXNhQGNsaW5pY2Etc291c2EuZXhhbXBsZS5wdDxicj4KY2xpbmljYXNvdXNhLXB0Lm1haWwu
cHJvdGVjdGlvbi5vdXRsb29rLmNvbSBPIHNlcnZpZG9yIHJlbW90byByZXRvcm5vdSAnNTUwIDUu
NC4xIFJlY2lwaWVudCBhZGRyZXNzIHJlamVjdGVkOiBBY2Nlc3MgZGVuaWVkLiBbQU0yUEVQRjAw
MDFDNzEyLmV1cnByZDA1LnByb2Qub3V0bG9vay5jb21dJzxicj4KPGJyPgo8L2ZvbnQ+CjxwPjxm
b250IGNvbG9yPSIjODA4MDgwIiBzaXplPSIyIiBmYWNlPSJUYWhvbWEiPkNhYmXDp2FsaG9zIGRh
IG1lbnNhZ2VtIG9yaWdpbmFsOjwvZm9udD48L3A+CjxwcmU+RnJvbTogUHJpdmFjeSBzaG9wLmV4
YW1wbGUuYmUgJmx0O3ByaXZhY3lAc2hvcC5leGFtcGxlLmJlJmd0OwpUbzogQW5hIFNvdXNhICZs
dDthbmEuc291c2FAY2xpbmljYS1zb3VzYS5leGFtcGxlLnB0Jmd0OwpTdWJqZWN0OiBDb25maXJt
ZSBvIHNldSBwZWRpZG8gZGUgcHJpdmFjaWRhZGUKRGF0ZTogV2VkLCAxMSBOb3YgMjAyNiAwOTox
MDowMCArMDEwMApNZXNzYWdlLUlEOiAmbHQ7ODc5YTRlNGMzNzk0YTljZS5jYWI2M2YwMkBzaG9w
LmV4YW1wbGUuYmUmZ3Q7Ck1JTUUtVmVyc2lvbjogMS4wCkNvbnRlbnQtVHlwZTogdGV4dC9wbGFp
bjsgY2hhcnNldD0idXRmLTgiCkNvbnRlbnQtVHJhbnNmZXItRW5jb2Rpbmc6IHF1b3RlZC1wcmlu
dGFibGUKPC9wcmU+CjwvYm9keT4KPC9odG1sPgo=

--_001_dc1bac4bDB9PR02MB7321eurp_--

--_000_dc1bac4bDB9PR02MB7321eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7321.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM6PR02MB4410.eurprd02.prod.outlook.com
Arrival-Date: Wed, 11 Nov 2026 08:10:57 +0000

Final-Recipient: rfc822;ana.sousa@clinica-sousa.example.pt
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied. [AM2PEPF0001C712.eurprd05.prod.outlook.com]
Remote-MTA: dns;clinicasousa-pt.mail.protection.outlook.com

--_000_dc1bac4bDB9PR02MB7321eurp_
Content-Type: text/rfc822-headers

From: Privacy shop.example.be <privacy@shop.example.be>
To: Ana Sousa <ana.sousa@clinica-sousa.example.pt>
Subject: Confirme o seu pedido de privacidade
Date: Wed, 11 Nov 2026 09:10:00 +0100
Message-ID: <879a4e4c3794a9ce.cab63f02@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--_000_dc1bac4bDB9PR02MB7321eurp_--
'''),
    ('pt', 'gmail-dsn-endereco-nao-encontrado', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by 2002:a05:7300:6a81:b0:14f:2b3a:5c1e with SMTP id gk1csp1842631dyb;
        Fri, 13 Nov 2026 12:40:11 -0800
X-Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5-20020a17090b3ec500b002e2c40e59b1mr98231pjb.4.17923130411;
        Fri, 13 Nov 2026 12:40:11 -0800
Return-Path: <>
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98231pjb.4;
        Fri, 13 Nov 2026 12:40:11 -0800
Content-Type: multipart/report; boundary="0000000000003ea7621d20"; report-type=delivery-status
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98228pjb.4; Fri, 13 Nov 2026 12:40:11 -0800
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <3ea7621d.3ea7621d20c2.cc7e29@mx.google.com>
Date: Fri, 13 Nov 2026 12:40:11 -0800
Subject: Delivery Status Notification (Failure)
References: <c9e4edaf41562771.63f2232f@shop.example.be>
In-Reply-To: <c9e4edaf41562771.63f2232f@shop.example.be>
X-Failed-Recipients: rafael.costa.br88@gmail.com
MIME-Version: 1.0

--0000000000003ea7621d20
Content-Type: multipart/related; boundary="000000000000671b75a890"

--000000000000671b75a890
Content-Type: multipart/alternative; boundary="0000000000000fbb91fe3e"

--0000000000000fbb91fe3e
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Endere=C3=A7o n=C3=A3o encontrado **

Sua mensagem n=C3=A3o foi entregue a rafael.costa.br88@gmail.com porque o e=
ndere=C3=A7o n=C3=A3o foi encontrado ou n=C3=A3o pode receber e-mails.

Saiba mais: https://support.google.com/mail/?p=3DNoSuchUser

A resposta foi:

A conta de e-mail que voc=C3=AA tentou acessar n=C3=A3o existe. Verifique s=
e h=C3=A1 erros de digita=C3=A7=C3=A3o ou espa=C3=A7os desnecess=C3=A1rios =
no endere=C3=A7o de e-mail do destinat=C3=A1rio.

--0000000000000fbb91fe3e
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
=3D"Error Icon" src=3D"cid:icon.png">
<table style=3D"min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style=3D"font-size:20px;color:#212121;font-weight:bold;margin:0=
">
Endere=C3=A7o n=C3=A3o encontrado
</h2></td></tr>
<tr><td style=3D"padding-top:20px;color:#757575;font-size:16px;font-weight:=
normal;text-align:left">
Sua mensagem n=C3=A3o foi entregue a <a style=3D'color:#212121;text-decorat=
ion:none'><b>rafael.costa.br88@gmail.com</b></a> porque o endere=C3=A7o n=
=C3=A3o foi encontrado ou n=C3=A3o pode receber e-mails.
</td></tr>
<tr><td style=3D"padding-top:24px;color:#4285F4;font-size:14px;font-weight:=
bold;text-align:left">
<a style=3D"text-decoration:none" href=3D"https://support.google.com/mail/?=
p=3DNoSuchUser">SAIBA MAIS</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style=3D"border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align=3D"left" style=3D"padding:48px 10px">
A resposta foi:<br/>
<p style=3D"font-family:monospace">
A conta de e-mail que voc=C3=AA tentou acessar n=C3=A3o existe. Verifique s=
e h=C3=A1 erros de digita=C3=A7=C3=A3o ou espa=C3=A7os desnecess=C3=A1rios =
no endere=C3=A7o de e-mail do destinat=C3=A1rio.
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--0000000000000fbb91fe3e--
--000000000000671b75a890
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAAACXBIWXMAABYlAAAWJQFJUiTwAAAA
GXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAFi5JREFUeAHtXUuMHMd5/qp6Znd2
--000000000000671b75a890--
--0000000000003ea7621d20
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 13 Nov 2026 12:40:09 -0800
X-Original-Message-ID: <c9e4edaf41562771.63f2232f@shop.example.be>

Final-Recipient: rfc822; rafael.costa.br88@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.77, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2b1c0a7f3e1si1234567ad.512 - gsmtp
Last-Attempt-Date: Fri, 13 Nov 2026 12:40:11 -0800

--0000000000003ea7621d20
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Rafael Costa <rafael.costa.br88@gmail.com>
Subject: Confirme o seu pedido de privacidade
Date: Fri, 13 Nov 2026 21:40:00 +0100
Message-ID: <c9e4edaf41562771.63f2232f@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Caro(a) Rafael Costa,

Escreveu-nos no dia 12 de novembro de 2026: =C2=ABQuero uma c=C3=B3pia de t=
odos os dados que voc=C3=AAs t=C3=AAm sobre mim.=C2=BB

Antes de tratarmos o seu pedido, precisamos de confirmar que este endere=C3=
=A7o lhe pertence. Clique na liga=C3=A7=C3=A3o abaixo no prazo de 14 dias:
https://shop.example.be/privacy/confirm?t=3D1c7f34edf66e

Se n=C3=A3o fez este pedido, ignore esta mensagem.

Com os melhores cumprimentos,
A equipa de privacidade
shop.example.be
--0000000000003ea7621d20--
'''),
    ('pt', 'postfix-pt-sapo-quota', 'automated', (), '''Return-Path: <>
Received: by mx.sapo.example.pt (Postfix)
	id 4QdBv61KrFz5yPx; Wed, 25 Nov 2026 15:06:31 +0000
Date: Wed, 25 Nov 2026 15:06:31 +0000
From: MAILER-DAEMON@mx.sapo.example.pt (Mail Delivery System)
Subject: =?utf-8?q?Mensagem_n=C3=A3o_entregue_devolvida_ao_remetente?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4QdBv61KrFz5yPx.1796214360/mx.sapo.example.pt"
Content-Transfer-Encoding: 8bit
Message-Id: <20261125150631.4QdBv61KrFz5yPx@mx.sapo.example.pt>

This is a MIME-encapsulated message.

--4QdBv61KrFz5yPx.1796214360/mx.sapo.example.pt
Content-Description: =?utf-8?b?Tm90aWZpY2HDp8Ojbw==?=
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Esta =C3=A9 a mensagem do sistema de correio do servidor mx.sapo.example.pt.

Lamentamos informar que a sua mensagem n=C3=A3o p=C3=B4de ser entregue
a um ou mais destinat=C3=A1rios. Segue em anexo.

Para mais ajuda, envie um e-mail para postmaster.

                   O sistema de correio

<miguel.ferreira@sapo.example.pt>: quota excedida: a caixa de correio do de=
stinat=C3=A1rio est=C3=A1 cheia
    (552 5.2.2 Over quota)

--4QdBv61KrFz5yPx.1796214360/mx.sapo.example.pt
Content-Description: =?utf-8?q?Relat=C3=B3rio_de_entrega?=
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.sapo.example.pt
X-Postfix-Queue-ID: 4QdBv61KrFz5yPx
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 25 Nov 2026 15:06:02 +0000

Final-Recipient: rfc822; miguel.ferreira@sapo.example.pt
Original-Recipient: rfc822;miguel.ferreira@sapo.example.pt
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; 552 5.2.2 Over quota

--4QdBv61KrFz5yPx.1796214360/mx.sapo.example.pt
Content-Description: =?utf-8?q?Mensagem_n=C3=A3o_entregue?=
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

From: Privacy shop.example.be <privacy@shop.example.be>
To: Miguel Ferreira <miguel.ferreira@sapo.example.pt>
Subject: Confirme o seu pedido de privacidade
Date: Wed, 25 Nov 2026 16:05:00 +0100
Message-ID: <14d0cfeaf1e35179.63d1ed83@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Caro(a) Miguel Ferreira,

Escreveu-nos no dia 24 de novembro de 2026: «Oponho-me à utilização dos meus dados para publicidade e perfis de consumo.»

Antes de tratarmos o seu pedido, precisamos de confirmar que este endereço lhe pertence. Clique na ligação abaixo no prazo de 14 dias:
https://shop.example.be/privacy/confirm?t=9cb33e411740

Se não fez este pedido, ignore esta mensagem.

Com os melhores cumprimentos,
A equipa de privacidade
shop.example.be

--4QdBv61KrFz5yPx.1796214360/mx.sapo.example.pt--
'''),
    ('pl', 'exchange-online-ndr-pl-proofpoint', 'automated', (), '''Received: from DB9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:10:3a1::14)
 by AM6PR02MB4410.eurprd02.prod.outlook.com with HTTPS; Thu, 12 Nov 2026 12:01:04 +0000
From: Microsoft Outlook <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Thu, 12 Nov 2026 12:01:02 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_54ccdcffDB9PR02MB7321eurp_"
Content-Language: pl-PL
Message-ID: <ad808796-ad80-4c1e-9b2a-543b0c8d3b0c@DB9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <e69910d309fc1d06.2f2e948a@shop.example.be>
References: <e69910d309fc1d06.2f2e948a@shop.example.be>
Thread-Topic: =?utf-8?q?Potwierd=C5=BA_swoje_=C5=BC=C4=85danie_dotycz=C4=85c?=
 =?utf-8?q?e_danych_osobowych?=
Subject: =?utf-8?q?Niedostarczalne=3A_Potwierd=C5=BA_swoje_=C5=BC=C4=85danie?=
 =?utf-8?q?_dotycz=C4=85ce_danych_osobowych?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: DB9PR02MB7321.eurprd02.prod.outlook.com
Return-Path: <>

--_000_54ccdcffDB9PR02MB7321eurp_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_001_54ccdcffDB9PR02MB7321eurp_"

--_001_54ccdcffDB9PR02MB7321eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RG9zdGFyY3plbmllIGRvIHR5Y2ggYWRyZXNhdMOzdyBsdWIgZ3J1cCBuaWUgcG93aW9kxYJvIHNp
xJk6CgpLYXRhcnp5bmEgTm93YWsgKGsubm93YWtAYml1cm8tbm93YWsuZXhhbXBsZS5wbCk8bWFp
bHRvOmsubm93YWtAYml1cm8tbm93YWsuZXhhbXBsZS5wbD4KU2Vyd2VyIHBvY3p0eSBhZHJlc2F0
YSBvZHJ6dWNpxYIgd2lhZG9tb8WbxIcgemUgd3pnbMSZZHUgbmEgemFzYWR5IGRvdHljesSFY2Ug
emF3YXJ0b8WbY2kuIFNrb250YWt0dWogc2nEmSB6IGFkcmVzYXRlbSBsdWIgamVnbyBhZG1pbmlz
dHJhdG9yZW0uCgoKCgoKCkluZm9ybWFjamUgZGlhZ25vc3R5Y3puZSBkbGEgYWRtaW5pc3RyYXRv
csOzdzoKClNlcndlciBnZW5lcnVqxIVjeTogREI5UFIwMk1CNzMyMS5ldXJwcmQwMi5wcm9kLm91
dGxvb2suY29tCgprLm5vd2FrQGJpdXJvLW5vd2FrLmV4YW1wbGUucGwKbXgwYS0wMDEyMzQwMS5w
cGhvc3RlZC5jb20gU2Vyd2VyIHpkYWxueSB6d3LDs2NpxYIgJzU1MCA1LjcuMSBNZXNzYWdlIHJl
amVjdGVkIGR1ZSB0byBjb250ZW50IHJlc3RyaWN0aW9ucyAocHAtbXgxLmJpdXJvLW5vd2FrLmV4
YW1wbGUucGwsIDBlMWEyYjNjNGQpJwoKT3J5Z2luYWxuZSBuYWfFgsOzd2tpIHdpYWRvbW/Fm2Np
OgoKRnJvbTogUHJpdmFjeSBzaG9wLmV4YW1wbGUuYmUgPHByaXZhY3lAc2hvcC5leGFtcGxlLmJl
PgpUbzogS2F0YXJ6eW5hIE5vd2FrIDxrLm5vd2FrQGJpdXJvLW5vd2FrLmV4YW1wbGUucGw+ClN1
YmplY3Q6ID0/dXRmLTg/cT9Qb3R3aWVyZD1DNT1CQV9zd29qZV89QzU9QkM9QzQ9ODVkYW5pZV9k
b3R5Y3o9QzQ9ODVjZV9kYW4/PQogPT91dGYtOD9xP3ljaF9vc29ib3d5Y2g/PQpEYXRlOiBUaHUs
IDEyIE5vdiAyMDI2IDEzOjAwOjAwICswMTAwCk1lc3NhZ2UtSUQ6IDxlNjk5MTBkMzA5ZmMxZDA2
LjJmMmU5NDhhQHNob3AuZXhhbXBsZS5iZT4KTUlNRS1WZXJzaW9uOiAxLjAKQ29udGVudC1UeXBl
OiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCIKQ29udGVudC1UcmFuc2Zlci1FbmNvZGluZzog
cXVvdGVkLXByaW50YWJsZQo=

--_001_54ccdcffDB9PR02MB7321eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+RG9zdGFyY3plbmllIGRvIHR5Y2ggYWRy
ZXNhdMOzdyBsdWIgZ3J1cCBuaWUgcG93aW9kxYJvIHNpxJk6PC9mb250PjwvYj48L3A+Cjxmb250
IGNvbG9yPSIjMDAwMDAwIiBzaXplPSIyIiBmYWNlPSJUYWhvbWEiPjxwPjxhIGhyZWY9Im1haWx0
bzprLm5vd2FrQGJpdXJvLW5vd2FrLmV4YW1wbGUucGwiPkthdGFyenluYSBOb3dhayAoay5ub3dh
a0BiaXVyby1ub3dhay5leGFtcGxlLnBsKTwvYT48YnI+CjwvZm9udD4KPGZvbnQgY29sb3I9IiMw
MDAwMDAiIHNpemU9IjMiIGZhY2U9IkFyaWFsIj5TZXJ3ZXIgcG9jenR5IGFkcmVzYXRhIG9kcnp1
Y2nFgiB3aWFkb21vxZvEhyB6ZSB3emdsxJlkdSBuYSB6YXNhZHkgZG90eWN6xIVjZSB6YXdhcnRv
xZtjaS4gU2tvbnRha3R1aiBzacSZIHogYWRyZXNhdGVtIGx1YiBqZWdvIGFkbWluaXN0cmF0b3Jl
bS48L2ZvbnQ+PC9wPgo8Zm9udCBjb2xvcj0iIzgwODA4MCIgc2l6ZT0iMiIgZmFjZT0iVGFob21h
Ij48cD48Yj5JbmZvcm1hY2plIGRpYWdub3N0eWN6bmUgZGxhIGFkbWluaXN0cmF0b3LDs3c6PC9i
PjwvcD4KU2Vyd2VyIGdlbmVydWrEhWN5OiBEQjlQUjAyTUI3MzIxLmV1cnByZDAyLnByb2Qub3V0
bG9vay5jb208YnI+Cjxicj4Kay5ub3dha0BiaXVyby1ub3dhay5leGFtcGxlLnBsPGJyPgpteDBh
LTAwMTIzNDAxLnBwaG9zdGVkLmNvbSBTZXJ3ZXIgemRhbG55IHp3csOzY2nFgiAnNTUwIDUuNy4x
IE1lc3NhZ2UgcmVqZWN0ZWQgZHVlIHRvIGNvbnRlbnQgcmVzdHJpY3Rpb25zIChwcC1teDEuYml1
cm8tbm93YWsuZXhhbXBsZS5wbCwgMGUxYTJiM2M0ZCknPGJyPgo8YnI+CjwvZm9udD4KPHA+PGZv
bnQgY29sb3I9IiM4MDgwODAiIHNpemU9IjIiIGZhY2U9IlRhaG9tYSI+T3J5Z2luYWxuZSBuYWfF
gsOzd2tpIHdpYWRvbW/Fm2NpOjwvZm9udD48L3A+CjxwcmU+RnJvbTogUHJpdmFjeSBzaG9wLmV4
YW1wbGUuYmUgJmx0O3ByaXZhY3lAc2hvcC5leGFtcGxlLmJlJmd0OwpUbzogS2F0YXJ6eW5hIE5v
d2FrICZsdDtrLm5vd2FrQGJpdXJvLW5vd2FrLmV4YW1wbGUucGwmZ3Q7ClN1YmplY3Q6ID0/dXRm
LTg/cT9Qb3R3aWVyZD1DNT1CQV9zd29qZV89QzU9QkM9QzQ9ODVkYW5pZV9kb3R5Y3o9QzQ9ODVj
ZV9kYW4/PQogPT91dGYtOD9xP3ljaF9vc29ib3d5Y2g/PQpEYXRlOiBUaHUsIDEyIE5vdiAyMDI2
IDEzOjAwOjAwICswMTAwCk1lc3NhZ2UtSUQ6ICZsdDtlNjk5MTBkMzA5ZmMxZDA2LjJmMmU5NDhh
QHNob3AuZXhhbXBsZS5iZSZndDsKTUlNRS1WZXJzaW9uOiAxLjAKQ29udGVudC1UeXBlOiB0ZXh0
L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCIKQ29udGVudC1UcmFuc2Zlci1FbmNvZGluZzogcXVvdGVk
LXByaW50YWJsZQo8L3ByZT4KPC9ib2R5Pgo8L2h0bWw+Cg==

--_001_54ccdcffDB9PR02MB7321eurp_--

--_000_54ccdcffDB9PR02MB7321eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7321.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM6PR02MB4410.eurprd02.prod.outlook.com
Arrival-Date: Thu, 12 Nov 2026 12:00:57 +0000

Final-Recipient: rfc822;k.nowak@biuro-nowak.example.pl
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 Message rejected due to content restrictions (pp-mx1.biuro-nowak.example.pl, 0e1a2b3c4d)
Remote-MTA: dns;mx0a-00123401.pphosted.com

--_000_54ccdcffDB9PR02MB7321eurp_
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Katarzyna Nowak <k.nowak@biuro-nowak.example.pl>
Subject: =?utf-8?q?Potwierd=C5=BA_swoje_=C5=BC=C4=85danie_dotycz=C4=85ce_dan?=
 =?utf-8?q?ych_osobowych?=
Date: Thu, 12 Nov 2026 13:00:00 +0100
Message-ID: <e69910d309fc1d06.2f2e948a@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry Katarzyna Nowak,

W dniu 10 listopada 2026 napisa=C5=82(a) Pan/Pani do nas: =E2=80=9EProsz=C4=
=99 o usuni=C4=99cie moich danych i konta oraz o wypisanie mnie z newslette=
ra.=E2=80=9D

Zanim zrealizujemy =C5=BC=C4=85danie, musimy sprawdzi=C4=87, czy ten adres =
nale=C5=BCy do Pana/Pani. Prosimy klikn=C4=85=C4=87 poni=C5=BCszy link w ci=
=C4=85gu 14 dni:
https://shop.example.be/privacy/confirm?t=3D9a49f6ebb270

Je=C5=9Bli to nie Pan/Pani wys=C5=82a=C5=82(a) =C5=BC=C4=85danie, prosimy z=
ignorowa=C4=87 t=C4=99 wiadomo=C5=9B=C4=87.

Z powa=C5=BCaniem
Zesp=C3=B3=C5=82 ds. ochrony danych
shop.example.be
--_000_54ccdcffDB9PR02MB7321eurp_--
'''),
    ('pl', 'wp-pl-nie-dostarczono', 'automated', (), '''Return-Path: <>
Received: from mx.wp.example.pl (mx.wp.example.pl [212.77.101.11])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QbW1n6Gq0z7tZz
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 10:31:12 +0100 (CET)
Date: Mon, 16 Nov 2026 10:31:11 +0100
From: "Serwer pocztowy WP" <MAILER-DAEMON@wp.example.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Wiadomo=C5=9B=C4=87_nie_zosta=C5=82a_dostarczona?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="wp-dsn-8C21F04A"
Message-ID: <dsn.8C21F04A.1794821471@mx.wp.example.pl>

--wp-dsn-8C21F04A
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

VG8gamVzdCBhdXRvbWF0eWN6bmEgd2lhZG9tb8WbxIcgc2Vyd2VyYSBwb2N6dG93ZWdvLgoKVHdv
amEgd2lhZG9tb8WbxIcgbmllIG1vZ8WCYSB6b3N0YcSHIGRvc3RhcmN6b25hIGRvIG5hc3TEmXB1
asSFY2VnbyBhZHJlc2F0YToKCiAgICB0b21lay53aXNuaWV3c2tpQHdwLmV4YW1wbGUucGwKClBv
d8OzZDoga29udG8gYWRyZXNhdGEgbmllIGlzdG5pZWplIGx1YiB6b3N0YcWCbyB6YWJsb2tvd2Fu
ZS4KCk9yeWdpbmFsbmEgd2lhZG9tb8WbxIcgem5hamR1amUgc2nEmSB3IHphxYLEhWN6bmlrdS4K

--wp-dsn-8C21F04A
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.wp.example.pl

Final-Recipient: rfc822; tomek.wisniewski@wp.example.pl
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Adresat nie istnieje / User unknown

--wp-dsn-8C21F04A
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: =?utf-8?q?Tomasz_Wi=C5=9Bniewski?= <tomek.wisniewski@wp.example.pl>
Subject: =?utf-8?q?Potwierd=C5=BA_swoje_=C5=BC=C4=85danie_dotycz=C4=85ce_dan?=
 =?utf-8?q?ych_osobowych?=
Date: Mon, 16 Nov 2026 10:30:00 +0100
Message-ID: <e4857cc6dd9d773f.4826009a@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dzień dobry Tomasz Wiśniewski,

W dniu 14 listopada 2026 napisał(a) Pan/Pani do nas: „Sprzeciwiam się profilowaniu i wykorzystywaniu moich danych do celów marketingowych.”

Zanim zrealizujemy żądanie, musimy sprawdzić, czy ten adres należy do Pana/Pani. Prosimy kliknąć poniższy link w ciągu 14 dni:
https://shop.example.be/privacy/confirm?t=af79a3d1b3bc

Jeśli to nie Pan/Pani wysłał(a) żądanie, prosimy zignorować tę wiadomość.

Z poważaniem
Zespół ds. ochrony danych
shop.example.be

--wp-dsn-8C21F04A--
'''),
    ('pl', 'onet-delayed-retry', 'automated', (), '''Return-Path: <>
Received: from smtp.poczta.onet.example.pl (smtp.poczta.onet.example.pl [213.180.142.10])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QcL0y3Pp2z7tVv
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 12:00:19 +0100 (CET)
Date: Fri, 20 Nov 2026 12:00:18 +0100
From: Mail Delivery System <MAILER-DAEMON@poczta.onet.example.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Op=C3=B3=C5=BAnienie_dostarczenia_wiadomo=C5=9Bci?=
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0B3A12F55C.1794913218/poczta.onet.example.pl"
Message-Id: <20261120110018.0B3A12F55C@poczta.onet.example.pl>

To jest wiadomość w formacie MIME.

--0B3A12F55C.1794913218/poczta.onet.example.pl
Content-Description: Powiadomienie
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

To jest system pocztowy serwera poczta.onet.example.pl.

################################################################
# TO JEST TYLKO OSTRZEŻENIE. NIE MUSISZ PONOWNIE WYSYŁAĆ WIADOMOŚCI. #
################################################################

Twoja wiadomość nie mogła zostać dostarczona od ponad 4 godzin.
Próby dostarczenia będą ponawiane przez 5 dni.

<aga.zielinska@onet.example.pl>: connect to mx2.onet.example.pl[213.180.147.146]:25:
    Connection timed out

--0B3A12F55C.1794913218/poczta.onet.example.pl
Content-Description: Raport dostarczenia
Content-Type: message/delivery-status

Reporting-MTA: dns; poczta.onet.example.pl
X-Postfix-Queue-ID: 0B3A12F55C
Arrival-Date: Fri, 20 Nov 2026 08:00:09 +0100

Final-Recipient: rfc822; aga.zielinska@onet.example.pl
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx2.onet.example.pl[213.180.147.146]:25:
    Connection timed out

--0B3A12F55C.1794913218/poczta.onet.example.pl
Content-Description: =?utf-8?q?Nag=C5=82=C3=B3wki_niedostarczonej_wiadomo?=
 =?utf-8?q?=C5=9Bci?=
Content-Type: text/rfc822-headers

From: Privacy shop.example.be <privacy@shop.example.be>
To: =?utf-8?q?Agnieszka_Zieli=C5=84ska?= <aga.zielinska@onet.example.pl>
Subject: =?utf-8?q?Potwierd=C5=BA_swoje_=C5=BC=C4=85danie_dotycz=C4=85ce_dan?=
 =?utf-8?q?ych_osobowych?=
Date: Fri, 20 Nov 2026 08:00:00 +0100
Message-ID: <943caf2a00fdfd5d.1cf8a656@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

--0B3A12F55C.1794913218/poczta.onet.example.pl--
'''),
    ('pl', 'person-pastes-form-error-deletion', 'deletion', ('withdraw_consent',), '''Return-Path: <pawel.kowalczyk@interia.example.pl>
Received: from smtp.interia.example.pl (smtp.interia.example.pl [203.0.113.72])
	by mail.shop.example.be (Postfix) with ESMTPS id 4Q0a5238acf9
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 21:14:37 +0100
Message-ID: <1f4e7a2c-9b3d-4e6f-a1c5-8d2b0e7f3a91@interia.example.pl>
Date: Tue, 24 Nov 2026 21:14:37 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: pl
From: =?utf-8?q?Pawe=C5=82_Kowalczyk?= <pawel.kowalczyk@interia.example.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Usuni=C4=99cie_konta_-_formularz_nie_dzia=C5=82a?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry,

próbowałem usunąć konto przez formularz na stronie, ale za każdym razem dostaję komunikat:

  "Błąd 550: Nie udało się wysłać wiadomości. Mail delivery failed: returning message to sender"

Dlatego piszę bezpośrednio. Proszę o usunięcie mojego konta i wszystkich moich danych oraz o niewysyłanie mi już newslettera ani ofert SMS - nie zgadzam się na to.

Login: pawel.kowalczyk@interia.example.pl

Pozdrawiam
Paweł Kowalczyk
'''),
    ('cs', 'exchange-online-ndr-cs', 'automated', (), '''Received: from DB9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:10:3a1::14)
 by AM6PR02MB4410.eurprd02.prod.outlook.com with HTTPS; Fri, 13 Nov 2026 13:13:04 +0000
From: Microsoft Outlook <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Fri, 13 Nov 2026 13:13:02 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_a3564cd9DB9PR02MB7321eurp_"
Content-Language: cs-CZ
Message-ID: <86bc1770-86bc-4c1e-9b2a-456143b3166c@DB9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <a459aaf3dbecd3cc.e11a57e4@shop.example.be>
References: <a459aaf3dbecd3cc.e11a57e4@shop.example.be>
Thread-Topic: =?utf-8?b?UG90dnLEj3RlIHByb3PDrW0gc3ZvdSDFvsOhZG9zdCB0w71rYWo=?=
 =?utf-8?b?w61jw60gc2Ugb3NvYm7DrWNoIMO6ZGFqxa8=?=
Subject: =?utf-8?b?TmVkb3J1xI1pdGVsbsOpOiBQb3R2csSPdGUgcHJvc8OtbSBzdm91IMW+?=
 =?utf-8?b?w6Fkb3N0IHTDvWthasOtY8OtIHNlIG9zb2Juw61jaCDDumRhasWv?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: DB9PR02MB7321.eurprd02.prod.outlook.com
Return-Path: <>

--_000_a3564cd9DB9PR02MB7321eurp_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_001_a3564cd9DB9PR02MB7321eurp_"

--_001_a3564cd9DB9PR02MB7321eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RG9ydcSNZW7DrSB0xJttdG8gcMWZw61qZW1jxa9tIG5lYm8gc2t1cGluw6FtIHNlIG5lemRhxZlp
bG86CgpQZXRyIE5vdsOhayAocGV0ci5ub3Zha0Bub3Zhay1zdGF2YnkuZXhhbXBsZS5jeik8bWFp
bHRvOnBldHIubm92YWtAbm92YWstc3RhdmJ5LmV4YW1wbGUuY3o+ClphZGFub3UgZS1tYWlsb3Zv
dSBhZHJlc3Ugc2UgbmVwb2RhxZlpbG8gbmFqw610LiBaa29udHJvbHVqdGUgZS1tYWlsb3ZvdSBh
ZHJlc3UgcMWZw61qZW1jZSBhIHprdXN0ZSB6cHLDoXZ1IG9kZXNsYXQgem5vdnUuIFBva3VkIHBy
b2Jsw6ltIHDFmWV0cnbDoXbDoSwgb2JyYcWldGUgc2UgbmEgdGVjaG5pY2tvdSBwb2Rwb3J1LgoK
CgoKCgpEaWFnbm9zdGlja8OpIGluZm9ybWFjZSBwcm8gc3Byw6F2Y2U6CgpHZW5lcnVqw61jw60g
c2VydmVyOiBEQjlQUjAyTUI3MzIxLmV1cnByZDAyLnByb2Qub3V0bG9vay5jb20KCnBldHIubm92
YWtAbm92YWstc3RhdmJ5LmV4YW1wbGUuY3oKbXgubm92YWstc3RhdmJ5LmV4YW1wbGUuY3ogVnpk
w6FsZW7DvSBzZXJ2ZXIgdnLDoXRpbCAnNTUwIDUuMS4xIDxwZXRyLm5vdmFrQG5vdmFrLXN0YXZi
eS5leGFtcGxlLmN6PjogUmVjaXBpZW50IGFkZHJlc3MgcmVqZWN0ZWQ6IFVzZXIgdW5rbm93bicK
ClDFr3ZvZG7DrSB6w6FobGF2w60genByw6F2eToKCkZyb206IFByaXZhY3kgc2hvcC5leGFtcGxl
LmJlIDxwcml2YWN5QHNob3AuZXhhbXBsZS5iZT4KVG86ID0/dXRmLTg/cT9QZXRyX05vdj1DMz1B
MWs/PSA8cGV0ci5ub3Zha0Bub3Zhay1zdGF2YnkuZXhhbXBsZS5jej4KU3ViamVjdDogPT91dGYt
OD9iP1VHOTBkbkxFajNSbElIQnliM1BEclcwZ2MzWnZkU0RGdnNPaFpHOXpkQ0IwdzcxcllXckRy
V009Pz0KID0/dXRmLTg/Yj93NjBnYzJVZ2IzTnZZbTdEcldOb0lNTzZaR0ZxeGE4PT89CkRhdGU6
IEZyaSwgMTMgTm92IDIwMjYgMTQ6MTI6MDAgKzAxMDAKTWVzc2FnZS1JRDogPGE0NTlhYWYzZGJl
Y2QzY2MuZTExYTU3ZTRAc2hvcC5leGFtcGxlLmJlPgpNSU1FLVZlcnNpb246IDEuMApDb250ZW50
LVR5cGU6IHRleHQvcGxhaW47IGNoYXJzZXQ9InV0Zi04IgpDb250ZW50LVRyYW5zZmVyLUVuY29k
aW5nOiBxdW90ZWQtcHJpbnRhYmxlCg==

--_001_a3564cd9DB9PR02MB7321eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+RG9ydcSNZW7DrSB0xJttdG8gcMWZw61q
ZW1jxa9tIG5lYm8gc2t1cGluw6FtIHNlIG5lemRhxZlpbG86PC9mb250PjwvYj48L3A+Cjxmb250
IGNvbG9yPSIjMDAwMDAwIiBzaXplPSIyIiBmYWNlPSJUYWhvbWEiPjxwPjxhIGhyZWY9Im1haWx0
bzpwZXRyLm5vdmFrQG5vdmFrLXN0YXZieS5leGFtcGxlLmN6Ij5QZXRyIE5vdsOhayAocGV0ci5u
b3Zha0Bub3Zhay1zdGF2YnkuZXhhbXBsZS5jeik8L2E+PGJyPgo8L2ZvbnQ+Cjxmb250IGNvbG9y
PSIjMDAwMDAwIiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+WmFkYW5vdSBlLW1haWxvdm91IGFkcmVz
dSBzZSBuZXBvZGHFmWlsbyBuYWrDrXQuIFprb250cm9sdWp0ZSBlLW1haWxvdm91IGFkcmVzdSBw
xZnDrWplbWNlIGEgemt1c3RlIHpwcsOhdnUgb2Rlc2xhdCB6bm92dS4gUG9rdWQgcHJvYmzDqW0g
cMWZZXRydsOhdsOhLCBvYnJhxaV0ZSBzZSBuYSB0ZWNobmlja291IHBvZHBvcnUuPC9mb250Pjwv
cD4KPGZvbnQgY29sb3I9IiM4MDgwODAiIHNpemU9IjIiIGZhY2U9IlRhaG9tYSI+PHA+PGI+RGlh
Z25vc3RpY2vDqSBpbmZvcm1hY2UgcHJvIHNwcsOhdmNlOjwvYj48L3A+CkdlbmVydWrDrWPDrSBz
ZXJ2ZXI6IERCOVBSMDJNQjczMjEuZXVycHJkMDIucHJvZC5vdXRsb29rLmNvbTxicj4KPGJyPgpw
ZXRyLm5vdmFrQG5vdmFrLXN0YXZieS5leGFtcGxlLmN6PGJyPgpteC5ub3Zhay1zdGF2YnkuZXhh
bXBsZS5jeiBWemTDoWxlbsO9IHNlcnZlciB2csOhdGlsICc1NTAgNS4xLjEgJmx0O3BldHIubm92
YWtAbm92YWstc3RhdmJ5LmV4YW1wbGUuY3omZ3Q7OiBSZWNpcGllbnQgYWRkcmVzcyByZWplY3Rl
ZDogVXNlciB1bmtub3duJzxicj4KPGJyPgo8L2ZvbnQ+CjxwPjxmb250IGNvbG9yPSIjODA4MDgw
IiBzaXplPSIyIiBmYWNlPSJUYWhvbWEiPlDFr3ZvZG7DrSB6w6FobGF2w60genByw6F2eTo8L2Zv
bnQ+PC9wPgo8cHJlPkZyb206IFByaXZhY3kgc2hvcC5leGFtcGxlLmJlICZsdDtwcml2YWN5QHNo
b3AuZXhhbXBsZS5iZSZndDsKVG86ID0/dXRmLTg/cT9QZXRyX05vdj1DMz1BMWs/PSAmbHQ7cGV0
ci5ub3Zha0Bub3Zhay1zdGF2YnkuZXhhbXBsZS5jeiZndDsKU3ViamVjdDogPT91dGYtOD9iP1VH
OTBkbkxFajNSbElIQnliM1BEclcwZ2MzWnZkU0RGdnNPaFpHOXpkQ0IwdzcxcllXckRyV009Pz0K
ID0/dXRmLTg/Yj93NjBnYzJVZ2IzTnZZbTdEcldOb0lNTzZaR0ZxeGE4PT89CkRhdGU6IEZyaSwg
MTMgTm92IDIwMjYgMTQ6MTI6MDAgKzAxMDAKTWVzc2FnZS1JRDogJmx0O2E0NTlhYWYzZGJlY2Qz
Y2MuZTExYTU3ZTRAc2hvcC5leGFtcGxlLmJlJmd0OwpNSU1FLVZlcnNpb246IDEuMApDb250ZW50
LVR5cGU6IHRleHQvcGxhaW47IGNoYXJzZXQ9InV0Zi04IgpDb250ZW50LVRyYW5zZmVyLUVuY29k
aW5nOiBxdW90ZWQtcHJpbnRhYmxlCjwvcHJlPgo8L2JvZHk+CjwvaHRtbD4K

--_001_a3564cd9DB9PR02MB7321eurp_--

--_000_a3564cd9DB9PR02MB7321eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7321.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM6PR02MB4410.eurprd02.prod.outlook.com
Arrival-Date: Fri, 13 Nov 2026 13:12:57 +0000

Final-Recipient: rfc822;petr.novak@novak-stavby.example.cz
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <petr.novak@novak-stavby.example.cz>: Recipient address rejected: User unknown
Remote-MTA: dns;mx.novak-stavby.example.cz

--_000_a3564cd9DB9PR02MB7321eurp_
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: =?utf-8?q?Petr_Nov=C3=A1k?= <petr.novak@novak-stavby.example.cz>
Subject: =?utf-8?b?UG90dnLEj3RlIHByb3PDrW0gc3ZvdSDFvsOhZG9zdCB0w71rYWrDrWM=?=
 =?utf-8?b?w60gc2Ugb3NvYm7DrWNoIMO6ZGFqxa8=?=
Date: Fri, 13 Nov 2026 14:12:00 +0100
Message-ID: <a459aaf3dbecd3cc.e11a57e4@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den, Petr Nov=C3=A1k,

dne 12. listopadu 2026 jste n=C3=A1m napsal(a): =E2=80=9E=C5=BD=C3=A1d=C3=
=A1m o v=C3=BDmaz v=C5=A1ech m=C3=BDch osobn=C3=ADch =C3=BAdaj=C5=AF a zru=
=C5=A1en=C3=AD z=C3=A1kaznick=C3=A9ho =C3=BA=C4=8Dtu.=E2=80=9C

Ne=C5=BE =C5=BE=C3=A1dost vy=C5=99=C3=ADd=C3=ADme, mus=C3=ADme ov=C4=9B=C5=
=99it, =C5=BEe tato adresa pat=C5=99=C3=AD v=C3=A1m. Klikn=C4=9Bte pros=C3=
=ADm do 14 dn=C5=AF na n=C3=A1sleduj=C3=ADc=C3=AD odkaz:
https://shop.example.be/privacy/confirm?t=3Da7f6fdac7294

Pokud jste =C5=BE=C3=A1dost neposlal(a) vy, tento e-mail ignorujte.

S pozdravem
T=C3=BDm ochrany osobn=C3=ADch =C3=BAdaj=C5=AF
shop.example.be
--_000_a3564cd9DB9PR02MB7321eurp_--
'''),
    ('cs', 'seznam-nedorucitelna-zprava', 'automated', (), '''Return-Path: <>
Received: from mxb.seznam.example.cz (mxb.seznam.example.cz [77.75.78.40])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QbZ3k2Jd7z7tFf
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 11:51:04 +0100 (CET)
From: Mail Delivery System <MAILER-DAEMON@seznam.example.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?B?TmVkb3J1xI1pdGVsbsOhIHpwcsOhdmE=?=
Date: Tue, 17 Nov 2026 11:51:03 +0100
Auto-Submitted: auto-replied
Message-ID: <dsn-6d1e0a3b9c@mxb.seznam.example.cz>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="szn-b-6d1e0a3b9c"

--szn-b-6d1e0a3b9c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Toto je automaticky generovaná zpráva poštovního serveru Seznam.cz.

Vaši zprávu se nepodařilo doručit následujícímu příjemci:

    jana.dvorakova@seznam.example.cz

Důvod: schránka příjemce je plná.

Původní zpráva je přiložena.

--szn-b-6d1e0a3b9c
Content-Type: message/delivery-status

Reporting-MTA: dns; mxb.seznam.example.cz

Final-Recipient: rfc822; jana.dvorakova@seznam.example.cz
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox is full

--szn-b-6d1e0a3b9c
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: =?utf-8?b?SmFuYSBEdm/FmcOha292w6E=?= <jana.dvorakova@seznam.example.cz>
Subject: =?utf-8?b?UG90dnLEj3RlIHByb3PDrW0gc3ZvdSDFvsOhZG9zdCB0w71rYWrDrWM=?=
 =?utf-8?b?w60gc2Ugb3NvYm7DrWNoIMO6ZGFqxa8=?=
Date: Tue, 17 Nov 2026 11:50:00 +0100
Message-ID: <cfc25f01bd93fd0f.e35abfe2@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dobrý den, Jana Dvořáková,

dne 16. listopadu 2026 jste nám napsal(a): „Nesouhlasím se zasíláním reklamních e-mailů a odvolávám svůj souhlas.“

Než žádost vyřídíme, musíme ověřit, že tato adresa patří vám. Klikněte prosím do 14 dnů na následující odkaz:
https://shop.example.be/privacy/confirm?t=99f175f917f4

Pokud jste žádost neposlal(a) vy, tento e-mail ignorujte.

S pozdravem
Tým ochrany osobních údajů
shop.example.be

--szn-b-6d1e0a3b9c--
'''),
    ('cs', 'gmail-dsn-adresa-nenalezena', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by 2002:a05:7300:6a81:b0:14f:2b3a:5c1e with SMTP id gk1csp1842631dyb;
        Tue, 24 Nov 2026 11:10:11 -0800
X-Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5-20020a17090b3ec500b002e2c40e59b1mr98231pjb.4.17923240411;
        Tue, 24 Nov 2026 11:10:11 -0800
Return-Path: <>
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98231pjb.4;
        Tue, 24 Nov 2026 11:10:11 -0800
Content-Type: multipart/report; boundary="000000000000429eb9645a"; report-type=delivery-status
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98228pjb.4; Tue, 24 Nov 2026 11:10:11 -0800
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <429eb964.429eb9645ab0.4c728c@mx.google.com>
Date: Tue, 24 Nov 2026 11:10:11 -0800
Subject: Delivery Status Notification (Failure)
References: <c6a806b9141978d1.39a98654@shop.example.be>
In-Reply-To: <c6a806b9141978d1.39a98654@shop.example.be>
X-Failed-Recipients: martin.svoboda.cz@gmail.com
MIME-Version: 1.0

--000000000000429eb9645a
Content-Type: multipart/related; boundary="0000000000009937485623"

--0000000000009937485623
Content-Type: multipart/alternative; boundary="000000000000f17f14c0b4"

--000000000000f17f14c0b4
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Adresa nebyla nalezena **

Va=C5=A1e zpr=C3=A1va nebyla doru=C4=8Dena na adresu martin.svoboda.cz@gmai=
l.com, proto=C5=BEe adresa nebyla nalezena nebo nem=C5=AF=C5=BEe p=C5=99ij=
=C3=ADmat po=C5=A1tu.

Dal=C5=A1=C3=AD informace: https://support.google.com/mail/?p=3DNoSuchUser

Odpov=C4=9B=C4=8F:

E-mailov=C3=BD =C3=BA=C4=8Det, na kter=C3=BD se sna=C5=BE=C3=ADte ps=C3=A1t=
, neexistuje. Zkontrolujte, zda e-mailov=C3=A1 adresa p=C5=99=C3=ADjemce ne=
obsahuje p=C5=99eklepy nebo zbyte=C4=8Dn=C3=A9 mezery.

--000000000000f17f14c0b4
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
=3D"Error Icon" src=3D"cid:icon.png">
<table style=3D"min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style=3D"font-size:20px;color:#212121;font-weight:bold;margin:0=
">
Adresa nebyla nalezena
</h2></td></tr>
<tr><td style=3D"padding-top:20px;color:#757575;font-size:16px;font-weight:=
normal;text-align:left">
Va=C5=A1e zpr=C3=A1va nebyla doru=C4=8Dena na adresu <a style=3D'color:#212=
121;text-decoration:none'><b>martin.svoboda.cz@gmail.com</b></a>, proto=C5=
=BEe adresa nebyla nalezena nebo nem=C5=AF=C5=BEe p=C5=99ij=C3=ADmat po=C5=
=A1tu.
</td></tr>
<tr><td style=3D"padding-top:24px;color:#4285F4;font-size:14px;font-weight:=
bold;text-align:left">
<a style=3D"text-decoration:none" href=3D"https://support.google.com/mail/?=
p=3DNoSuchUser">DAL=C5=A0=C3=8D INFORMACE</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style=3D"border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align=3D"left" style=3D"padding:48px 10px">
Odpov=C4=9B=C4=8F:<br/>
<p style=3D"font-family:monospace">
E-mailov=C3=BD =C3=BA=C4=8Det, na kter=C3=BD se sna=C5=BE=C3=ADte ps=C3=A1t=
, neexistuje. Zkontrolujte, zda e-mailov=C3=A1 adresa p=C5=99=C3=ADjemce ne=
obsahuje p=C5=99eklepy nebo zbyte=C4=8Dn=C3=A9 mezery.
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--000000000000f17f14c0b4--
--0000000000009937485623
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAAACXBIWXMAABYlAAAWJQFJUiTwAAAA
GXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAFi5JREFUeAHtXUuMHMd5/qp6Znd2
--0000000000009937485623--
--000000000000429eb9645a
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 24 Nov 2026 11:10:09 -0800
X-Original-Message-ID: <c6a806b9141978d1.39a98654@shop.example.be>

Final-Recipient: rfc822; martin.svoboda.cz@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.77, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2b1c0a7f3e1si1234567ad.512 - gsmtp
Last-Attempt-Date: Tue, 24 Nov 2026 11:10:11 -0800

--000000000000429eb9645a
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Martin Svoboda <martin.svoboda.cz@gmail.com>
Subject: =?utf-8?b?UG90dnLEj3RlIHByb3PDrW0gc3ZvdSDFvsOhZG9zdCB0w71rYWrDrWM=?=
 =?utf-8?b?w60gc2Ugb3NvYm7DrWNoIMO6ZGFqxa8=?=
Date: Tue, 24 Nov 2026 20:10:00 +0100
Message-ID: <c6a806b9141978d1.39a98654@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den, Martin Svoboda,

dne 23. listopadu 2026 jste n=C3=A1m napsal(a): =E2=80=9EPros=C3=ADm o opra=
vu m=C3=A9 doru=C4=8Dovac=C3=AD adresy v =C3=BA=C4=8Dtu.=E2=80=9C

Ne=C5=BE =C5=BE=C3=A1dost vy=C5=99=C3=ADd=C3=ADme, mus=C3=ADme ov=C4=9B=C5=
=99it, =C5=BEe tato adresa pat=C5=99=C3=AD v=C3=A1m. Klikn=C4=9Bte pros=C3=
=ADm do 14 dn=C5=AF na n=C3=A1sleduj=C3=ADc=C3=AD odkaz:
https://shop.example.be/privacy/confirm?t=3Dbd6ef215d42f

Pokud jste =C5=BE=C3=A1dost neposlal(a) vy, tento e-mail ignorujte.

S pozdravem
T=C3=BDm ochrany osobn=C3=ADch =C3=BAdaj=C5=AF
shop.example.be
--000000000000429eb9645a--
'''),
    ('hr', 'exchange-online-ndr-hr', 'automated', (), '''Received: from DB9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:10:3a1::14)
 by AM6PR02MB4410.eurprd02.prod.outlook.com with HTTPS; Tue, 10 Nov 2026 14:01:04 +0000
From: Microsoft Outlook <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Tue, 10 Nov 2026 14:01:02 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_bf77e23eDB9PR02MB7321eurp_"
Content-Language: hr-HR
Message-ID: <f83a5505-f83a-4c1e-9b2a-0a88fd8a6ac6@DB9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <393729491c9750ca.f23a07fe@shop.example.be>
References: <393729491c9750ca.f23a07fe@shop.example.be>
Thread-Topic: Potvrdite svoj zahtjev u vezi s osobnim podacima
Subject: =?utf-8?q?Neisporu=C4=8Divo=3A_Potvrdite_svoj_zahtjev_u_vezi_s_osob?=
 =?utf-8?q?nim_podacima?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: DB9PR02MB7321.eurprd02.prod.outlook.com
Return-Path: <>

--_000_bf77e23eDB9PR02MB7321eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+SXNwb3J1a2EgbmlqZSB1c3BqZWxhIHph
IG92ZSBwcmltYXRlbGplIGlsaSBncnVwZTo8L2ZvbnQ+PC9iPjwvcD4KPGZvbnQgY29sb3I9IiMw
MDAwMDAiIHNpemU9IjIiIGZhY2U9IlRhaG9tYSI+PHA+PGEgaHJlZj0ibWFpbHRvOml2YW5hLmhv
cnZhdEBvZHZqZXRuaWstaG9ydmF0LmV4YW1wbGUuaHIiPkl2YW5hIEhvcnZhdCAoaXZhbmEuaG9y
dmF0QG9kdmpldG5pay1ob3J2YXQuZXhhbXBsZS5ocik8L2E+PGJyPgo8L2ZvbnQ+Cjxmb250IGNv
bG9yPSIjMDAwMDAwIiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+VW5lc2VuYSBhZHJlc2EgZS1wb8Wh
dGUgbmlqZSBwcm9uYcSRZW5hLiBQcm92amVyaXRlIGFkcmVzdSBlLXBvxaF0ZSBwcmltYXRlbGph
IGkgcG9rdcWhYWp0ZSBwb25vdm5vIHBvc2xhdGkgcG9ydWt1LiBBa28gc2UgcHJvYmxlbSBuYXN0
YXZpLCBvYnJhdGl0ZSBzZSBzbHXFvmJpIHphIHBvZHLFoWt1LjwvZm9udD48L3A+Cjxmb250IGNv
bG9yPSIjODA4MDgwIiBzaXplPSIyIiBmYWNlPSJUYWhvbWEiPjxwPjxiPkRpamFnbm9zdGnEjWtl
IGluZm9ybWFjaWplIHphIGFkbWluaXN0cmF0b3JlOjwvYj48L3A+ClBvc2x1xb5pdGVsaiB6YSBn
ZW5lcmlyYW5qZTogREI5UFIwMk1CNzMyMS5ldXJwcmQwMi5wcm9kLm91dGxvb2suY29tPGJyPgo8
YnI+Cml2YW5hLmhvcnZhdEBvZHZqZXRuaWstaG9ydmF0LmV4YW1wbGUuaHI8YnI+Cm9kdmpldG5p
a2hvcnZhdC1oci5tYWlsLnByb3RlY3Rpb24ub3V0bG9vay5jb20gVWRhbGplbmkgcG9zbHXFvml0
ZWxqIHZyYXRpbyBqZSAnNTUwIDUuMS4xMCBSRVNPTFZFUi5BRFIuUmVjaXBpZW50Tm90Rm91bmQ7
IFJlY2lwaWVudCBub3QgZm91bmQgYnkgU01UUCBhZGRyZXNzIGxvb2t1cCc8YnI+Cjxicj4KPC9m
b250Pgo8cD48Zm9udCBjb2xvcj0iIzgwODA4MCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj5JenZv
cm5hIHphZ2xhdmxqYSBwb3J1a2U6PC9mb250PjwvcD4KPHByZT5Gcm9tOiBQcml2YWN5IHNob3Au
ZXhhbXBsZS5iZSAmbHQ7cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUmZ3Q7ClRvOiBJdmFuYSBIb3J2
YXQgJmx0O2l2YW5hLmhvcnZhdEBvZHZqZXRuaWstaG9ydmF0LmV4YW1wbGUuaHImZ3Q7ClN1Ympl
Y3Q6IFBvdHZyZGl0ZSBzdm9qIHphaHRqZXYgdSB2ZXppIHMgb3NvYm5pbSBwb2RhY2ltYQpEYXRl
OiBUdWUsIDEwIE5vdiAyMDI2IDE1OjAwOjAwICswMTAwCk1lc3NhZ2UtSUQ6ICZsdDszOTM3Mjk0
OTFjOTc1MGNhLmYyM2EwN2ZlQHNob3AuZXhhbXBsZS5iZSZndDsKTUlNRS1WZXJzaW9uOiAxLjAK
Q29udGVudC1UeXBlOiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCIKQ29udGVudC1UcmFuc2Zl
ci1FbmNvZGluZzogcXVvdGVkLXByaW50YWJsZQo8L3ByZT4KPC9ib2R5Pgo8L2h0bWw+Cg==

--_000_bf77e23eDB9PR02MB7321eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7321.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM6PR02MB4410.eurprd02.prod.outlook.com
Arrival-Date: Tue, 10 Nov 2026 14:00:57 +0000

Final-Recipient: rfc822;ivana.horvat@odvjetnik-horvat.example.hr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Remote-MTA: dns;odvjetnikhorvat-hr.mail.protection.outlook.com

--_000_bf77e23eDB9PR02MB7321eurp_
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Ivana Horvat <ivana.horvat@odvjetnik-horvat.example.hr>
Subject: Potvrdite svoj zahtjev u vezi s osobnim podacima
Date: Tue, 10 Nov 2026 15:00:00 +0100
Message-ID: <393729491c9750ca.f23a07fe@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani/a Ivana Horvat,

9. studenoga 2026. ste nam napisali: =E2=80=9EMolim da obri=C5=A1ete sve mo=
je osobne podatke i prestanete mi slati newsletter.=E2=80=9D

Prije nego =C5=A1to obradimo zahtjev, moramo provjeriti pripada li ova adre=
sa vama. Molimo kliknite na poveznicu u nastavku u roku od 14 dana:
https://shop.example.be/privacy/confirm?t=3Ddc38989d8411

Ako niste poslali ovaj zahtjev, zanemarite ovu poruku.

Lijep pozdrav,
Tim za za=C5=A1titu podataka
shop.example.be
--_000_bf77e23eDB9PR02MB7321eurp_--
'''),
    ('hr', 'gmail-dsn-adresa-nije-pronadena', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by 2002:a05:7300:6a81:b0:14f:2b3a:5c1e with SMTP id gk1csp1842631dyb;
        Thu, 19 Nov 2026 09:30:11 -0800
X-Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5-20020a17090b3ec500b002e2c40e59b1mr98231pjb.4.17923190411;
        Thu, 19 Nov 2026 09:30:11 -0800
Return-Path: <>
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98231pjb.4;
        Thu, 19 Nov 2026 09:30:11 -0800
Content-Type: multipart/report; boundary="000000000000d326523527"; report-type=delivery-status
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98228pjb.4; Thu, 19 Nov 2026 09:30:11 -0800
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <d3265235.d32652352726.720e2a@mx.google.com>
Date: Thu, 19 Nov 2026 09:30:11 -0800
Subject: Delivery Status Notification (Failure)
References: <2a15034fc4ca1732.c22e8aba@shop.example.be>
In-Reply-To: <2a15034fc4ca1732.c22e8aba@shop.example.be>
X-Failed-Recipients: marko.babic.zg@gmail.com
MIME-Version: 1.0

--000000000000d326523527
Content-Type: multipart/related; boundary="000000000000a2ec2cf24e"

--000000000000a2ec2cf24e
Content-Type: multipart/alternative; boundary="0000000000007137bdaf15"

--0000000000007137bdaf15
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Adresa nije prona=C4=91ena **

Va=C5=A1a poruka nije isporu=C4=8Dena na adresu marko.babic.zg@gmail.com je=
r adresa nije prona=C4=91ena ili ne mo=C5=BEe primati po=C5=A1tu.

Saznajte vi=C5=A1e: https://support.google.com/mail/?p=3DNoSuchUser

Odgovor je bio:

Ra=C4=8Dun e-po=C5=A1te koji ste poku=C5=A1ali dosegnuti ne postoji. Provje=
rite sadr=C5=BEi li adresa primatelja pogre=C5=A1ke pri upisu ili nepotrebn=
e razmake.

--0000000000007137bdaf15
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
=3D"Error Icon" src=3D"cid:icon.png">
<table style=3D"min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style=3D"font-size:20px;color:#212121;font-weight:bold;margin:0=
">
Adresa nije prona=C4=91ena
</h2></td></tr>
<tr><td style=3D"padding-top:20px;color:#757575;font-size:16px;font-weight:=
normal;text-align:left">
Va=C5=A1a poruka nije isporu=C4=8Dena na adresu <a style=3D'color:#212121;t=
ext-decoration:none'><b>marko.babic.zg@gmail.com</b></a> jer adresa nije pr=
ona=C4=91ena ili ne mo=C5=BEe primati po=C5=A1tu.
</td></tr>
<tr><td style=3D"padding-top:24px;color:#4285F4;font-size:14px;font-weight:=
bold;text-align:left">
<a style=3D"text-decoration:none" href=3D"https://support.google.com/mail/?=
p=3DNoSuchUser">SAZNAJTE VI=C5=A0E</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style=3D"border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align=3D"left" style=3D"padding:48px 10px">
Odgovor je bio:<br/>
<p style=3D"font-family:monospace">
Ra=C4=8Dun e-po=C5=A1te koji ste poku=C5=A1ali dosegnuti ne postoji. Provje=
rite sadr=C5=BEi li adresa primatelja pogre=C5=A1ke pri upisu ili nepotrebn=
e razmake.
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--0000000000007137bdaf15--
--000000000000a2ec2cf24e
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAAACXBIWXMAABYlAAAWJQFJUiTwAAAA
GXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAFi5JREFUeAHtXUuMHMd5/qp6Znd2
--000000000000a2ec2cf24e--
--000000000000d326523527
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 19 Nov 2026 09:30:09 -0800
X-Original-Message-ID: <2a15034fc4ca1732.c22e8aba@shop.example.be>

Final-Recipient: rfc822; marko.babic.zg@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.77, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2b1c0a7f3e1si1234567ad.512 - gsmtp
Last-Attempt-Date: Thu, 19 Nov 2026 09:30:11 -0800

--000000000000d326523527
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: =?utf-8?q?Marko_Babi=C4=87?= <marko.babic.zg@gmail.com>
Subject: Potvrdite svoj zahtjev u vezi s osobnim podacima
Date: Thu, 19 Nov 2026 18:30:00 +0100
Message-ID: <2a15034fc4ca1732.c22e8aba@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani/a Marko Babi=C4=87,

18. studenoga 2026. ste nam napisali: =E2=80=9E=C5=BDelim kopiju svih podat=
aka koje imate o meni.=E2=80=9D

Prije nego =C5=A1to obradimo zahtjev, moramo provjeriti pripada li ova adre=
sa vama. Molimo kliknite na poveznicu u nastavku u roku od 14 dana:
https://shop.example.be/privacy/confirm?t=3Da5f66d2eae69

Ako niste poslali ovaj zahtjev, zanemarite ovu poruku.

Lijep pozdrav,
Tim za za=C5=A1titu podataka
shop.example.be
--000000000000d326523527--
'''),
    ('hr', 'person-reply-to-bounce-objection', 'objection', (), '''Return-Path: <tomislav.juric@t-com.example.hr>
Received: from smtp.t-com.example.hr (smtp.t-com.example.hr [203.0.113.68])
	by mail.shop.example.be (Postfix) with ESMTPS id 4Qcf4eeca1d9
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 09:07:45 +0100
Message-ID: <VI1PR03MB6211F0E4A9C2B7D3E1F5A8B6C4D20@VI1PR03MB6211.eurprd03.prod.outlook.com>
Date: Wed, 25 Nov 2026 09:07:45 +0100
MIME-Version: 1.0
From: =?utf-8?q?Tomislav_Juri=C4=87?= <tomislav.juric@t-com.example.hr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Odg=3A_Neisporu=C4=8Divo=3A_profiliranje_i_reklame?=
Thread-Topic: =?utf-8?q?Neisporu=C4=8Divo=3A_profiliranje_i_reklame?=
Content-Language: hr-HR
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

moja poruka na info@shop.example.be nije isporu=C4=8Dena (vidi dolje), pa p=
i=C5=A1em ovdje.

Protivim se tome da koristite moju povijest kupnje za profiliranje i prikaz=
ivanje personaliziranih oglasa, te da moje podatke dijelite s ogla=C5=A1iva=
=C4=8Dima. Molim da to prestanete.

Lijep pozdrav,
Tomislav Juri=C4=87

________________________________
=C5=A0alje: Microsoft Outlook <postmaster@t-com.example.hr>
Poslano: utorak, 24. studenoga 2026. 22:40
Prima: tomislav.juric@t-com.example.hr
Predmet: Neisporu=C4=8Divo: profiliranje i reklame

Isporuka nije uspjela za ove primatelje ili grupe:

info@shop.example.be
Po=C5=A1tanski sandu=C4=8Di=C4=87 primatelja je pun i trenutno ne mo=C5=BEe=
 primati poruke.
'''),
    ('sv', 'exchange-online-ndr-sv', 'automated', (), '''Received: from DB9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:10:3a1::14)
 by AM6PR02MB4410.eurprd02.prod.outlook.com with HTTPS; Wed, 11 Nov 2026 09:46:04 +0000
From: Microsoft Outlook <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Wed, 11 Nov 2026 09:46:02 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_7ec881bdDB9PR02MB7321eurp_"
Content-Language: sv-SE
Message-ID: <e980c3f4-e980-4c1e-9b2a-7c5f1a40a1dc@DB9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <425f6099ca469e2f.8570765c@shop.example.be>
References: <425f6099ca469e2f.8570765c@shop.example.be>
Thread-Topic: =?utf-8?q?Bekr=C3=A4fta_din_beg=C3=A4ran_om_personuppgifter?=
Subject: =?utf-8?q?Olevererbart=3A_Bekr=C3=A4fta_din_beg=C3=A4ran_om_personu?=
 =?utf-8?q?ppgifter?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: DB9PR02MB7321.eurprd02.prod.outlook.com
Return-Path: <>

--_000_7ec881bdDB9PR02MB7321eurp_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_001_7ec881bdDB9PR02MB7321eurp_"

--_001_7ec881bdDB9PR02MB7321eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RGV0IGdpY2sgaW50ZSBhdHQgbGV2ZXJlcmEgdGlsbCBkZSBow6RyIG1vdHRhZ2FybmEgZWxsZXIg
Z3J1cHBlcm5hOgoKRXJpayBMaW5kcXZpc3QgKGVyaWsubGluZHF2aXN0QGJ5Z2ctbGluZHF2aXN0
LmV4YW1wbGUuc2UpPG1haWx0bzplcmlrLmxpbmRxdmlzdEBieWdnLWxpbmRxdmlzdC5leGFtcGxl
LnNlPgpEZXQgZ2ljayBpbnRlIGF0dCBoaXR0YSBlLXBvc3RhZHJlc3NlbiBkdSBhbmdhdi4gS29u
dHJvbGxlcmEgbW90dGFnYXJlbnMgZS1wb3N0YWRyZXNzIG9jaCBmw7Zyc8O2ayBza2lja2EgbWVk
ZGVsYW5kZXQgaWdlbi4gS29udGFrdGEgc3VwcG9ydGF2ZGVsbmluZ2VuIG9tIHByb2JsZW1ldCBr
dmFyc3TDpXIuCgoKCgoKCkRpYWdub3N0aXNrIGluZm9ybWF0aW9uIGbDtnIgYWRtaW5pc3RyYXTD
tnJlcjoKCkdlbmVyZXJhbmRlIHNlcnZlcjogREI5UFIwMk1CNzMyMS5ldXJwcmQwMi5wcm9kLm91
dGxvb2suY29tCgplcmlrLmxpbmRxdmlzdEBieWdnLWxpbmRxdmlzdC5leGFtcGxlLnNlCm14MS5i
eWdnLWxpbmRxdmlzdC5leGFtcGxlLnNlIEZqw6RycnNlcnZlcm4gcmV0dXJuZXJhZGUgJzU1MCA1
LjEuMSA8ZXJpay5saW5kcXZpc3RAYnlnZy1saW5kcXZpc3QuZXhhbXBsZS5zZT46IFJlY2lwaWVu
dCBhZGRyZXNzIHJlamVjdGVkOiBVc2VyIHVua25vd24gaW4gdmlydHVhbCBhbGlhcyB0YWJsZScK
ClVyc3BydW5nbGlnYSBtZWRkZWxhbmRlaHV2dWRlbjoKCkZyb206IFByaXZhY3kgc2hvcC5leGFt
cGxlLmJlIDxwcml2YWN5QHNob3AuZXhhbXBsZS5iZT4KVG86IEVyaWsgTGluZHF2aXN0IDxlcmlr
LmxpbmRxdmlzdEBieWdnLWxpbmRxdmlzdC5leGFtcGxlLnNlPgpTdWJqZWN0OiA9P3V0Zi04P3E/
QmVrcj1DMz1BNGZ0YV9kaW5fYmVnPUMzPUE0cmFuX29tX3BlcnNvbnVwcGdpZnRlcj89CkRhdGU6
IFdlZCwgMTEgTm92IDIwMjYgMTA6NDU6MDAgKzAxMDAKTWVzc2FnZS1JRDogPDQyNWY2MDk5Y2E0
NjllMmYuODU3MDc2NWNAc2hvcC5leGFtcGxlLmJlPgpNSU1FLVZlcnNpb246IDEuMApDb250ZW50
LVR5cGU6IHRleHQvcGxhaW47IGNoYXJzZXQ9InV0Zi04IgpDb250ZW50LVRyYW5zZmVyLUVuY29k
aW5nOiBxdW90ZWQtcHJpbnRhYmxlCg==

--_001_7ec881bdDB9PR02MB7321eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+RGV0IGdpY2sgaW50ZSBhdHQgbGV2ZXJl
cmEgdGlsbCBkZSBow6RyIG1vdHRhZ2FybmEgZWxsZXIgZ3J1cHBlcm5hOjwvZm9udD48L2I+PC9w
Pgo8Zm9udCBjb2xvcj0iIzAwMDAwMCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj48cD48YSBocmVm
PSJtYWlsdG86ZXJpay5saW5kcXZpc3RAYnlnZy1saW5kcXZpc3QuZXhhbXBsZS5zZSI+RXJpayBM
aW5kcXZpc3QgKGVyaWsubGluZHF2aXN0QGJ5Z2ctbGluZHF2aXN0LmV4YW1wbGUuc2UpPC9hPjxi
cj4KPC9mb250Pgo8Zm9udCBjb2xvcj0iIzAwMDAwMCIgc2l6ZT0iMyIgZmFjZT0iQXJpYWwiPkRl
dCBnaWNrIGludGUgYXR0IGhpdHRhIGUtcG9zdGFkcmVzc2VuIGR1IGFuZ2F2LiBLb250cm9sbGVy
YSBtb3R0YWdhcmVucyBlLXBvc3RhZHJlc3Mgb2NoIGbDtnJzw7ZrIHNraWNrYSBtZWRkZWxhbmRl
dCBpZ2VuLiBLb250YWt0YSBzdXBwb3J0YXZkZWxuaW5nZW4gb20gcHJvYmxlbWV0IGt2YXJzdMOl
ci48L2ZvbnQ+PC9wPgo8Zm9udCBjb2xvcj0iIzgwODA4MCIgc2l6ZT0iMiIgZmFjZT0iVGFob21h
Ij48cD48Yj5EaWFnbm9zdGlzayBpbmZvcm1hdGlvbiBmw7ZyIGFkbWluaXN0cmF0w7ZyZXI6PC9i
PjwvcD4KR2VuZXJlcmFuZGUgc2VydmVyOiBEQjlQUjAyTUI3MzIxLmV1cnByZDAyLnByb2Qub3V0
bG9vay5jb208YnI+Cjxicj4KZXJpay5saW5kcXZpc3RAYnlnZy1saW5kcXZpc3QuZXhhbXBsZS5z
ZTxicj4KbXgxLmJ5Z2ctbGluZHF2aXN0LmV4YW1wbGUuc2UgRmrDpHJyc2VydmVybiByZXR1cm5l
cmFkZSAnNTUwIDUuMS4xICZsdDtlcmlrLmxpbmRxdmlzdEBieWdnLWxpbmRxdmlzdC5leGFtcGxl
LnNlJmd0OzogUmVjaXBpZW50IGFkZHJlc3MgcmVqZWN0ZWQ6IFVzZXIgdW5rbm93biBpbiB2aXJ0
dWFsIGFsaWFzIHRhYmxlJzxicj4KPGJyPgo8L2ZvbnQ+CjxwPjxmb250IGNvbG9yPSIjODA4MDgw
IiBzaXplPSIyIiBmYWNlPSJUYWhvbWEiPlVyc3BydW5nbGlnYSBtZWRkZWxhbmRlaHV2dWRlbjo8
L2ZvbnQ+PC9wPgo8cHJlPkZyb206IFByaXZhY3kgc2hvcC5leGFtcGxlLmJlICZsdDtwcml2YWN5
QHNob3AuZXhhbXBsZS5iZSZndDsKVG86IEVyaWsgTGluZHF2aXN0ICZsdDtlcmlrLmxpbmRxdmlz
dEBieWdnLWxpbmRxdmlzdC5leGFtcGxlLnNlJmd0OwpTdWJqZWN0OiA9P3V0Zi04P3E/QmVrcj1D
Mz1BNGZ0YV9kaW5fYmVnPUMzPUE0cmFuX29tX3BlcnNvbnVwcGdpZnRlcj89CkRhdGU6IFdlZCwg
MTEgTm92IDIwMjYgMTA6NDU6MDAgKzAxMDAKTWVzc2FnZS1JRDogJmx0OzQyNWY2MDk5Y2E0Njll
MmYuODU3MDc2NWNAc2hvcC5leGFtcGxlLmJlJmd0OwpNSU1FLVZlcnNpb246IDEuMApDb250ZW50
LVR5cGU6IHRleHQvcGxhaW47IGNoYXJzZXQ9InV0Zi04IgpDb250ZW50LVRyYW5zZmVyLUVuY29k
aW5nOiBxdW90ZWQtcHJpbnRhYmxlCjwvcHJlPgo8L2JvZHk+CjwvaHRtbD4K

--_001_7ec881bdDB9PR02MB7321eurp_--

--_000_7ec881bdDB9PR02MB7321eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7321.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM6PR02MB4410.eurprd02.prod.outlook.com
Arrival-Date: Wed, 11 Nov 2026 09:45:57 +0000

Final-Recipient: rfc822;erik.lindqvist@bygg-lindqvist.example.se
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <erik.lindqvist@bygg-lindqvist.example.se>: Recipient address rejected: User unknown in virtual alias table
Remote-MTA: dns;mx1.bygg-lindqvist.example.se

--_000_7ec881bdDB9PR02MB7321eurp_
Content-Type: text/rfc822-headers

From: Privacy shop.example.be <privacy@shop.example.be>
To: Erik Lindqvist <erik.lindqvist@bygg-lindqvist.example.se>
Subject: =?utf-8?q?Bekr=C3=A4fta_din_beg=C3=A4ran_om_personuppgifter?=
Date: Wed, 11 Nov 2026 10:45:00 +0100
Message-ID: <425f6099ca469e2f.8570765c@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--_000_7ec881bdDB9PR02MB7321eurp_--
'''),
    ('sv', 'telia-olevererat-meddelande', 'automated', (), '''Return-Path: <>
Received: from mailout.telia.example.se (mailout.telia.example.se [81.236.60.154])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QcF6m0Tt3z7tCc
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 13:21:30 +0100 (CET)
Date: Wed, 18 Nov 2026 13:21:29 +0100
From: Telia Mail Delivery <postmaster@telia.example.se>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Olevererat_e-postmeddelande?=
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="tel-7f3c2a19"
Message-ID: <7f3c2a19.1794932489@mailout.telia.example.se>

--tel-7f3c2a19
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Detta =C3=A4r ett automatiskt meddelande fr=C3=A5n Telias e-postsystem.

Ditt meddelande kunde inte levereras till f=C3=B6ljande mottagare:

    karin.johansson@telia.example.se

Orsak: mottagarens brevl=C3=A5da =C3=A4r avst=C3=A4ngd och tar inte emot me=
ddelanden.

Det ursprungliga meddelandet bifogas.

--tel-7f3c2a19
Content-Type: message/delivery-status

Reporting-MTA: dns; mailout.telia.example.se

Final-Recipient: rfc822; karin.johansson@telia.example.se
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled, not accepting messages

--tel-7f3c2a19
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Karin Johansson <karin.johansson@telia.example.se>
Subject: =?utf-8?q?Bekr=C3=A4fta_din_beg=C3=A4ran_om_personuppgifter?=
Date: Wed, 18 Nov 2026 13:20:00 +0100
Message-ID: <24c3029c7332a375.9e53144c@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej Karin Johansson,

Den 17 november 2026 skrev du till oss: ”Jag återkallar mitt samtycke till nyhetsbrev och erbjudanden via e-post.”

Innan vi hanterar din begäran behöver vi kontrollera att adressen är din. Klicka på länken nedan inom 14 dagar:
https://shop.example.be/privacy/confirm?t=d6085ef7f23b

Om du inte har skickat begäran kan du bortse från det här mejlet.

Vänliga hälsningar
Dataskyddsteamet
shop.example.be

--tel-7f3c2a19--
'''),
    ('sv', 'gmail-dsn-adressen-hittades-inte', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by 2002:a05:7300:6a81:b0:14f:2b3a:5c1e with SMTP id gk1csp1842631dyb;
        Sat, 21 Nov 2026 00:01:11 -0800
X-Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5-20020a17090b3ec500b002e2c40e59b1mr98231pjb.4.17923210411;
        Sat, 21 Nov 2026 00:01:11 -0800
Return-Path: <>
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98231pjb.4;
        Sat, 21 Nov 2026 00:01:11 -0800
Content-Type: multipart/report; boundary="000000000000df67c8b8ce"; report-type=delivery-status
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98228pjb.4; Sat, 21 Nov 2026 00:01:11 -0800
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <df67c8b8.df67c8b8ce93.260f24@mx.google.com>
Date: Sat, 21 Nov 2026 00:01:11 -0800
Subject: Delivery Status Notification (Failure)
References: <cfc0156690dca2bf.e0b2608c@shop.example.be>
In-Reply-To: <cfc0156690dca2bf.e0b2608c@shop.example.be>
X-Failed-Recipients: anders.nilsson.sthlm@gmail.com
MIME-Version: 1.0

--000000000000df67c8b8ce
Content-Type: multipart/related; boundary="00000000000042c767e273"

--00000000000042c767e273
Content-Type: multipart/alternative; boundary="0000000000008fae30a564"

--0000000000008fae30a564
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Adressen hittades inte **

Meddelandet levererades inte till anders.nilsson.sthlm@gmail.com eftersom a=
dressen inte hittades eller inte kan ta emot e-post.

L=C3=A4s mer: https://support.google.com/mail/?p=3DNoSuchUser

Svaret var:

E-postkontot som du f=C3=B6rs=C3=B6kte n=C3=A5 finns inte. Kontrollera om m=
ottagarens e-postadress inneh=C3=A5ller stavfel eller on=C3=B6diga mellansl=
ag.

--0000000000008fae30a564
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
=3D"Error Icon" src=3D"cid:icon.png">
<table style=3D"min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style=3D"font-size:20px;color:#212121;font-weight:bold;margin:0=
">
Adressen hittades inte
</h2></td></tr>
<tr><td style=3D"padding-top:20px;color:#757575;font-size:16px;font-weight:=
normal;text-align:left">
Meddelandet levererades inte till <a style=3D'color:#212121;text-decoration=
:none'><b>anders.nilsson.sthlm@gmail.com</b></a> eftersom adressen inte hit=
tades eller inte kan ta emot e-post.
</td></tr>
<tr><td style=3D"padding-top:24px;color:#4285F4;font-size:14px;font-weight:=
bold;text-align:left">
<a style=3D"text-decoration:none" href=3D"https://support.google.com/mail/?=
p=3DNoSuchUser">L=C3=84S MER</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style=3D"border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align=3D"left" style=3D"padding:48px 10px">
Svaret var:<br/>
<p style=3D"font-family:monospace">
E-postkontot som du f=C3=B6rs=C3=B6kte n=C3=A5 finns inte. Kontrollera om m=
ottagarens e-postadress inneh=C3=A5ller stavfel eller on=C3=B6diga mellansl=
ag.
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--0000000000008fae30a564--
--00000000000042c767e273
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAAACXBIWXMAABYlAAAWJQFJUiTwAAAA
GXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAFi5JREFUeAHtXUuMHMd5/qp6Znd2
--00000000000042c767e273--
--000000000000df67c8b8ce
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Sat, 21 Nov 2026 00:01:09 -0800
X-Original-Message-ID: <cfc0156690dca2bf.e0b2608c@shop.example.be>

Final-Recipient: rfc822; anders.nilsson.sthlm@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.77, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2b1c0a7f3e1si1234567ad.512 - gsmtp
Last-Attempt-Date: Sat, 21 Nov 2026 00:01:11 -0800

--000000000000df67c8b8ce
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Anders Nilsson <anders.nilsson.sthlm@gmail.com>
Subject: =?utf-8?q?Bekr=C3=A4fta_din_beg=C3=A4ran_om_personuppgifter?=
Date: Sat, 21 Nov 2026 09:00:00 +0100
Message-ID: <cfc0156690dca2bf.e0b2608c@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej Anders Nilsson,

Den 20 november 2026 skrev du till oss: =E2=80=9DJag vill f=C3=A5 ut mina u=
ppgifter i ett maskinl=C3=A4sbart format.=E2=80=9D

Innan vi hanterar din beg=C3=A4ran beh=C3=B6ver vi kontrollera att adressen=
 =C3=A4r din. Klicka p=C3=A5 l=C3=A4nken nedan inom 14 dagar:
https://shop.example.be/privacy/confirm?t=3D83d6748d109e

Om du inte har skickat beg=C3=A4ran kan du bortse fr=C3=A5n det h=C3=A4r me=
jlet.

V=C3=A4nliga h=C3=A4lsningar
Dataskyddsteamet
shop.example.be
--000000000000df67c8b8ce--
'''),
    ('ro', 'exchange-online-ndr-ro', 'automated', (), '''Received: from DB9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:10:3a1::14)
 by AM6PR02MB4410.eurprd02.prod.outlook.com with HTTPS; Thu, 12 Nov 2026 15:21:04 +0000
From: Microsoft Outlook <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Thu, 12 Nov 2026 15:21:02 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_325b2f87DB9PR02MB7321eurp_"
Content-Language: ro-RO
Message-ID: <de6a50ce-de6a-4c1e-9b2a-bade08968719@DB9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <795ee3ad10023bcc.a86c8868@shop.example.be>
References: <795ee3ad10023bcc.a86c8868@shop.example.be>
Thread-Topic: =?utf-8?q?Confirma=C8=9Bi_solicitarea_privind_datele_personale?=
Subject: =?utf-8?q?Nelivrabil=3A_Confirma=C8=9Bi_solicitarea_privind_datele_?=
 =?utf-8?q?personale?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: DB9PR02MB7321.eurprd02.prod.outlook.com
Return-Path: <>

--_000_325b2f87DB9PR02MB7321eurp_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_001_325b2f87DB9PR02MB7321eurp_"

--_001_325b2f87DB9PR02MB7321eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

TGl2cmFyZWEgYSBlyJl1YXQgY8SDdHJlIGFjZciZdGkgZGVzdGluYXRhcmkgc2F1IGFjZXN0ZSBn
cnVwdXJpOgoKQW5kcmVlYSBQb3Blc2N1IChhbmRyZWVhLnBvcGVzY3VAZmlybWEtcG9wZXNjdS5l
eGFtcGxlLnJvKTxtYWlsdG86YW5kcmVlYS5wb3Blc2N1QGZpcm1hLXBvcGVzY3UuZXhhbXBsZS5y
bz4KQWRyZXNhIGRlIGUtbWFpbCBpbnRyb2R1c8SDIG51IGEgcHV0dXQgZmkgZ8SDc2l0xIMuIFZl
cmlmaWNhyJtpIGFkcmVzYSBkZSBlLW1haWwgYSBkZXN0aW5hdGFydWx1aSDImWkgw65uY2VyY2HI
m2kgc8SDIHJldHJpbWl0ZcibaSBtZXNhanVsLiBEYWPEgyBwcm9ibGVtYSBwZXJzaXN0xIMsIGNv
bnRhY3RhyJtpIGJpcm91bCBkZSBhc2lzdGVuyJvEgy4KCgoKCgoKSW5mb3JtYcibaWkgZGUgZGlh
Z25vc3RpY2FyZSBwZW50cnUgYWRtaW5pc3RyYXRvcmk6CgpTZXJ2ZXIgZ2VuZXJhdG9yOiBEQjlQ
UjAyTUI3MzIxLmV1cnByZDAyLnByb2Qub3V0bG9vay5jb20KCmFuZHJlZWEucG9wZXNjdUBmaXJt
YS1wb3Blc2N1LmV4YW1wbGUucm8KZmlybWFwb3Blc2N1LXJvLm1haWwucHJvdGVjdGlvbi5vdXRs
b29rLmNvbSBTZXJ2ZXJ1bCBsYSBkaXN0YW7Im8SDIGEgcmV0dXJuYXQgJzU1MCA1LjEuMTAgUkVT
T0xWRVIuQURSLlJlY2lwaWVudE5vdEZvdW5kOyBSZWNpcGllbnQgbm90IGZvdW5kIGJ5IFNNVFAg
YWRkcmVzcyBsb29rdXAnCgpBbnRldHVyaWxlIG1lc2FqdWx1aSBvcmlnaW5hbDoKCkZyb206IFBy
aXZhY3kgc2hvcC5leGFtcGxlLmJlIDxwcml2YWN5QHNob3AuZXhhbXBsZS5iZT4KVG86IEFuZHJl
ZWEgUG9wZXNjdSA8YW5kcmVlYS5wb3Blc2N1QGZpcm1hLXBvcGVzY3UuZXhhbXBsZS5ybz4KU3Vi
amVjdDogPT91dGYtOD9xP0NvbmZpcm1hPUM4PTlCaV9zb2xpY2l0YXJlYV9wcml2aW5kX2RhdGVs
ZV9wZXJzb25hbGU/PQpEYXRlOiBUaHUsIDEyIE5vdiAyMDI2IDE2OjIwOjAwICswMTAwCk1lc3Nh
Z2UtSUQ6IDw3OTVlZTNhZDEwMDIzYmNjLmE4NmM4ODY4QHNob3AuZXhhbXBsZS5iZT4KTUlNRS1W
ZXJzaW9uOiAxLjAKQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCIKQ29u
dGVudC1UcmFuc2Zlci1FbmNvZGluZzogcXVvdGVkLXByaW50YWJsZQo=

--_001_325b2f87DB9PR02MB7321eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+TGl2cmFyZWEgYSBlyJl1YXQgY8SDdHJl
IGFjZciZdGkgZGVzdGluYXRhcmkgc2F1IGFjZXN0ZSBncnVwdXJpOjwvZm9udD48L2I+PC9wPgo8
Zm9udCBjb2xvcj0iIzAwMDAwMCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj48cD48YSBocmVmPSJt
YWlsdG86YW5kcmVlYS5wb3Blc2N1QGZpcm1hLXBvcGVzY3UuZXhhbXBsZS5ybyI+QW5kcmVlYSBQ
b3Blc2N1IChhbmRyZWVhLnBvcGVzY3VAZmlybWEtcG9wZXNjdS5leGFtcGxlLnJvKTwvYT48YnI+
CjwvZm9udD4KPGZvbnQgY29sb3I9IiMwMDAwMDAiIHNpemU9IjMiIGZhY2U9IkFyaWFsIj5BZHJl
c2EgZGUgZS1tYWlsIGludHJvZHVzxIMgbnUgYSBwdXR1dCBmaSBnxINzaXTEgy4gVmVyaWZpY2HI
m2kgYWRyZXNhIGRlIGUtbWFpbCBhIGRlc3RpbmF0YXJ1bHVpIMiZaSDDrm5jZXJjYcibaSBzxIMg
cmV0cmltaXRlyJtpIG1lc2FqdWwuIERhY8SDIHByb2JsZW1hIHBlcnNpc3TEgywgY29udGFjdGHI
m2kgYmlyb3VsIGRlIGFzaXN0ZW7Im8SDLjwvZm9udD48L3A+Cjxmb250IGNvbG9yPSIjODA4MDgw
IiBzaXplPSIyIiBmYWNlPSJUYWhvbWEiPjxwPjxiPkluZm9ybWHIm2lpIGRlIGRpYWdub3N0aWNh
cmUgcGVudHJ1IGFkbWluaXN0cmF0b3JpOjwvYj48L3A+ClNlcnZlciBnZW5lcmF0b3I6IERCOVBS
MDJNQjczMjEuZXVycHJkMDIucHJvZC5vdXRsb29rLmNvbTxicj4KPGJyPgphbmRyZWVhLnBvcGVz
Y3VAZmlybWEtcG9wZXNjdS5leGFtcGxlLnJvPGJyPgpmaXJtYXBvcGVzY3Utcm8ubWFpbC5wcm90
ZWN0aW9uLm91dGxvb2suY29tIFNlcnZlcnVsIGxhIGRpc3RhbsibxIMgYSByZXR1cm5hdCAnNTUw
IDUuMS4xMCBSRVNPTFZFUi5BRFIuUmVjaXBpZW50Tm90Rm91bmQ7IFJlY2lwaWVudCBub3QgZm91
bmQgYnkgU01UUCBhZGRyZXNzIGxvb2t1cCc8YnI+Cjxicj4KPC9mb250Pgo8cD48Zm9udCBjb2xv
cj0iIzgwODA4MCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj5BbnRldHVyaWxlIG1lc2FqdWx1aSBv
cmlnaW5hbDo8L2ZvbnQ+PC9wPgo8cHJlPkZyb206IFByaXZhY3kgc2hvcC5leGFtcGxlLmJlICZs
dDtwcml2YWN5QHNob3AuZXhhbXBsZS5iZSZndDsKVG86IEFuZHJlZWEgUG9wZXNjdSAmbHQ7YW5k
cmVlYS5wb3Blc2N1QGZpcm1hLXBvcGVzY3UuZXhhbXBsZS5ybyZndDsKU3ViamVjdDogPT91dGYt
OD9xP0NvbmZpcm1hPUM4PTlCaV9zb2xpY2l0YXJlYV9wcml2aW5kX2RhdGVsZV9wZXJzb25hbGU/
PQpEYXRlOiBUaHUsIDEyIE5vdiAyMDI2IDE2OjIwOjAwICswMTAwCk1lc3NhZ2UtSUQ6ICZsdDs3
OTVlZTNhZDEwMDIzYmNjLmE4NmM4ODY4QHNob3AuZXhhbXBsZS5iZSZndDsKTUlNRS1WZXJzaW9u
OiAxLjAKQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCIKQ29udGVudC1U
cmFuc2Zlci1FbmNvZGluZzogcXVvdGVkLXByaW50YWJsZQo8L3ByZT4KPC9ib2R5Pgo8L2h0bWw+
Cg==

--_001_325b2f87DB9PR02MB7321eurp_--

--_000_325b2f87DB9PR02MB7321eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7321.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM6PR02MB4410.eurprd02.prod.outlook.com
Arrival-Date: Thu, 12 Nov 2026 15:20:57 +0000

Final-Recipient: rfc822;andreea.popescu@firma-popescu.example.ro
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Remote-MTA: dns;firmapopescu-ro.mail.protection.outlook.com

--_000_325b2f87DB9PR02MB7321eurp_
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Andreea Popescu <andreea.popescu@firma-popescu.example.ro>
Subject: =?utf-8?q?Confirma=C8=9Bi_solicitarea_privind_datele_personale?=
Date: Thu, 12 Nov 2026 16:20:00 +0100
Message-ID: <795ee3ad10023bcc.a86c8868@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Stimate/Stimat=C4=83 Andreea Popescu,

Ne-a=C8=9Bi scris pe 11 noiembrie 2026: =E2=80=9EV=C4=83 rog s=C4=83 =C8=99=
terge=C8=9Bi contul meu =C8=99i toate datele mele personale.=E2=80=9D

=C3=8Enainte de a da curs solicit=C4=83rii, trebuie s=C4=83 verific=C4=83m =
c=C4=83 aceast=C4=83 adres=C4=83 v=C4=83 apar=C8=9Bine. V=C4=83 rug=C4=83m =
s=C4=83 face=C8=9Bi clic pe linkul de mai jos =C3=AEn termen de 14 zile:
https://shop.example.be/privacy/confirm?t=3Dd094dcd4714a

Dac=C4=83 nu a=C8=9Bi trimis dumneavoastr=C4=83 aceast=C4=83 solicitare, ig=
nora=C8=9Bi acest mesaj.

Cu stim=C4=83,
Echipa de protec=C8=9Bie a datelor
shop.example.be
--_000_325b2f87DB9PR02MB7321eurp_--
'''),
    ('ro', 'gmail-dsn-adresa-nu-a-fost-gasita', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by 2002:a05:7300:6a81:b0:14f:2b3a:5c1e with SMTP id gk1csp1842631dyb;
        Fri, 20 Nov 2026 10:45:11 -0800
X-Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5-20020a17090b3ec500b002e2c40e59b1mr98231pjb.4.17923200411;
        Fri, 20 Nov 2026 10:45:11 -0800
Return-Path: <>
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98231pjb.4;
        Fri, 20 Nov 2026 10:45:11 -0800
Content-Type: multipart/report; boundary="0000000000003855c8a5c6"; report-type=delivery-status
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98228pjb.4; Fri, 20 Nov 2026 10:45:11 -0800
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <3855c8a5.3855c8a5c6e7.5fa7f7@mx.google.com>
Date: Fri, 20 Nov 2026 10:45:11 -0800
Subject: Delivery Status Notification (Failure)
References: <5b592b5130c68103.8048542c@shop.example.be>
In-Reply-To: <5b592b5130c68103.8048542c@shop.example.be>
X-Failed-Recipients: mihai.ionescu.bv@gmail.com
MIME-Version: 1.0

--0000000000003855c8a5c6
Content-Type: multipart/related; boundary="000000000000811656c0d4"

--000000000000811656c0d4
Content-Type: multipart/alternative; boundary="000000000000bae6550867"

--000000000000bae6550867
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Adresa nu a fost g=C4=83sit=C4=83 **

Mesajul nu a fost livrat la mihai.ionescu.bv@gmail.com, deoarece adresa nu =
a fost g=C4=83sit=C4=83 sau nu poate primi e-mailuri.

Afla=C8=9Bi mai multe: https://support.google.com/mail/?p=3DNoSuchUser

R=C4=83spunsul a fost:

Contul de e-mail pe care a=C8=9Bi =C3=AEncercat s=C4=83-l contacta=C8=9Bi n=
u exist=C4=83. Verifica=C8=9Bi dac=C4=83 adresa de e-mail a destinatarului =
con=C8=9Bine gre=C8=99eli de scriere sau spa=C8=9Bii inutile.

--000000000000bae6550867
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
=3D"Error Icon" src=3D"cid:icon.png">
<table style=3D"min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style=3D"font-size:20px;color:#212121;font-weight:bold;margin:0=
">
Adresa nu a fost g=C4=83sit=C4=83
</h2></td></tr>
<tr><td style=3D"padding-top:20px;color:#757575;font-size:16px;font-weight:=
normal;text-align:left">
Mesajul nu a fost livrat la <a style=3D'color:#212121;text-decoration:none'=
><b>mihai.ionescu.bv@gmail.com</b></a>, deoarece adresa nu a fost g=C4=83si=
t=C4=83 sau nu poate primi e-mailuri.
</td></tr>
<tr><td style=3D"padding-top:24px;color:#4285F4;font-size:14px;font-weight:=
bold;text-align:left">
<a style=3D"text-decoration:none" href=3D"https://support.google.com/mail/?=
p=3DNoSuchUser">AFLA=C8=9AI MAI MULTE</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style=3D"border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align=3D"left" style=3D"padding:48px 10px">
R=C4=83spunsul a fost:<br/>
<p style=3D"font-family:monospace">
Contul de e-mail pe care a=C8=9Bi =C3=AEncercat s=C4=83-l contacta=C8=9Bi n=
u exist=C4=83. Verifica=C8=9Bi dac=C4=83 adresa de e-mail a destinatarului =
con=C8=9Bine gre=C8=99eli de scriere sau spa=C8=9Bii inutile.
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--000000000000bae6550867--
--000000000000811656c0d4
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAAACXBIWXMAABYlAAAWJQFJUiTwAAAA
GXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAFi5JREFUeAHtXUuMHMd5/qp6Znd2
--000000000000811656c0d4--
--0000000000003855c8a5c6
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 20 Nov 2026 10:45:09 -0800
X-Original-Message-ID: <5b592b5130c68103.8048542c@shop.example.be>

Final-Recipient: rfc822; mihai.ionescu.bv@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.77, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2b1c0a7f3e1si1234567ad.512 - gsmtp
Last-Attempt-Date: Fri, 20 Nov 2026 10:45:11 -0800

--0000000000003855c8a5c6
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: Mihai Ionescu <mihai.ionescu.bv@gmail.com>
Subject: =?utf-8?q?Confirma=C8=9Bi_solicitarea_privind_datele_personale?=
Date: Fri, 20 Nov 2026 19:45:00 +0100
Message-ID: <5b592b5130c68103.8048542c@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Stimate/Stimat=C4=83 Mihai Ionescu,

Ne-a=C8=9Bi scris pe 19 noiembrie 2026: =E2=80=9EM=C4=83 opun folosirii dat=
elor mele pentru reclame personalizate.=E2=80=9D

=C3=8Enainte de a da curs solicit=C4=83rii, trebuie s=C4=83 verific=C4=83m =
c=C4=83 aceast=C4=83 adres=C4=83 v=C4=83 apar=C8=9Bine. V=C4=83 rug=C4=83m =
s=C4=83 face=C8=9Bi clic pe linkul de mai jos =C3=AEn termen de 14 zile:
https://shop.example.be/privacy/confirm?t=3Dce960f940418

Dac=C4=83 nu a=C8=9Bi trimis dumneavoastr=C4=83 aceast=C4=83 solicitare, ig=
nora=C8=9Bi acest mesaj.

Cu stim=C4=83,
Echipa de protec=C8=9Bie a datelor
shop.example.be
--0000000000003855c8a5c6--
'''),
    ('ro', 'person-forwards-yahoo-bounce-restriction', 'restriction', (), '''Return-Path: <elena.dumitrescu@yahoo.example.com>
Received: from smtp.yahoo.example.com (smtp.yahoo.example.com [203.0.113.73])
	by mail.shop.example.be (Postfix) with ESMTPS id 4Qa473a03b74
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 10:33:08 +0000
Message-ID: <1417539205.2281045.1795170788123@mail.yahoo.example.com>
Date: Thu, 26 Nov 2026 10:33:08 +0000
MIME-Version: 1.0
X-Mailer: WebService/1.1.23742 YMailNorrin
From: Elena Dumitrescu <elena.dumitrescu@yahoo.example.com>
To: privacy@shop.example.be
Subject: Fw: Failure Notice
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Am =C3=AEncercat s=C4=83 v=C4=83 scriu la dpo@shop.example.be =C8=99i mesaj=
ul s-a =C3=AEntors (vede=C8=9Bi mai jos).

V=C4=83 rog s=C4=83 opri=C8=9Bi orice prelucrare a datelor mele (s=C4=83 le=
 p=C4=83stra=C8=9Bi, dar s=C4=83 nu le mai folosi=C8=9Bi) p=C3=A2n=C4=83 se=
 clarific=C4=83 disputa privind plata comenzii nr. 90517.

Mul=C8=9Bumesc,
Elena Dumitrescu


----- Forwarded Message -----
From: MAILER-DAEMON@yahoo.example.com <mailer-daemon@yahoo.example.com>
To: elena.dumitrescu@yahoo.example.com
Sent: Wednesday, November 25, 2026 at 09:14:55 PM GMT
Subject: Failure Notice

Sorry, we were unable to deliver your message to the following address.

<dpo@shop.example.be>:
550: 5.1.1 <dpo@shop.example.be>: Recipient address rejected: User unknown
'''),
    ('el', 'exchange-online-ndr-el', 'automated', (), '''Received: from DB9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:10:3a1::14)
 by AM6PR02MB4410.eurprd02.prod.outlook.com with HTTPS; Fri, 13 Nov 2026 10:01:04 +0000
From: Microsoft Outlook <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Fri, 13 Nov 2026 10:01:02 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_2130f149DB9PR02MB7321eurp_"
Content-Language: el-GR
Message-ID: <0f5505d0-0f55-4c1e-9b2a-540c7f5c5a63@DB9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <ab81ebd4b102f51d.8f63d3f6@shop.example.be>
References: <ab81ebd4b102f51d.8f63d3f6@shop.example.be>
Thread-Topic: =?utf-8?b?zpXPgM65zrLOtc6yzrHOuc+Oz4PPhM61IM+Ezr8gzrHOr8+Ezrc=?=
 =?utf-8?b?zrzOrCDPg86xz4IgzrPOuc6xIM+EzrEgz4DPgc6/z4PPic+AzrnOus6sIM+DzrE=?=
 =?utf-8?b?z4IgzrTOtc60zr/OvM6tzr3OsQ==?=
Subject: =?utf-8?b?zpzOtyDPgM6xz4HOsc60z4zPg865zrzOvzogzpXPgM65zrLOtc6yzrE=?=
 =?utf-8?b?zrnPjs+Dz4TOtSDPhM6/IM6xzq/PhM63zrzOrCDPg86xz4IgzrPOuc6xIM+EzrEg?=
 =?utf-8?b?z4DPgc6/z4PPic+AzrnOus6sIM+DzrHPgiDOtM61zrTOv868zq3Ovc6x?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: DB9PR02MB7321.eurprd02.prod.outlook.com
Return-Path: <>

--_000_2130f149DB9PR02MB7321eurp_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_001_2130f149DB9PR02MB7321eurp_"

--_001_2130f149DB9PR02MB7321eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zpcgz4DOsc+BzqzOtM6/z4POtyDPg861IM6xz4XPhM6/z43PgiDPhM6/z4XPgiDPgM6xz4HOsc67
zq7PgM+EzrXPgiDOriDPhM65z4Igzr/OvM6szrTOtc+CIM6xz4DOrc+Ez4XPh861OgoKzpPOuc+O
z4HOs86/z4IgzqDOsc+AzrHOtM+Mz4DOv8+FzrvOv8+CIChnLnBhcGFkb3BvdWxvc0Bsb2dpc3Rp
a2ktcGFwYS5leGFtcGxlLmdyKTxtYWlsdG86Zy5wYXBhZG9wb3Vsb3NAbG9naXN0aWtpLXBhcGEu
ZXhhbXBsZS5ncj4KzpTOtc69IM6uz4TOsc69IM60z4XOvc6xz4TOriDOtyDOtc+Nz4HOtc+Dzrcg
z4TOt8+CIM60zrnOtc+NzrjPhc69z4POt8+CIM63zrvOtc66z4TPgc6/zr3Ouc66zr/PjSDPhM6x
z4fPhc60z4HOv868zrXOr86/z4Ugz4DOv8+FIM66zrHPhM6xz4fPic+Bzq7Pg86xz4TOtS4gzpXO
u86tzrPOvs+EzrUgz4TOtyDOtM65zrXPjc64z4XOvc+Dzrcgz4TOv8+FIM+AzrHPgc6xzrvOrs+A
z4TOtyDOus6xzrkgzrTOv866zrnOvM6sz4PPhM61IM69zrEgz4PPhM61zq/Ou861z4TOtSDOvs6x
zr3OrCDPhM6/IM68zq7Ovc+FzrzOsS4gzpXOrM69IM+Ezr8gz4DPgc+MzrLOu863zrzOsSDPgM6x
z4HOsc68zq3Ovc61zrksIM61z4DOuc66zr/Ouc69z4nOvc6uz4PPhM61IM68zrUgz4TOt869IM+F
z4DOt8+BzrXPg86vzrEgz4XPgM6/z4PPhM6uz4HOuc6+zrfPgi4KCgoKCgoKzpTOuc6xzrPOvc+J
z4PPhM65zrrOrc+CIM+AzrvOt8+Bzr/Phs6/z4HOr861z4IgzrPOuc6xIM60zrnOsc+HzrXOuc+B
zrnPg8+Ezq3PgjoKCs6UzrnOsc66zr/OvM65z4PPhM6uz4IgzrTOt868zrnOv8+Fz4HOs86vzrHP
gjogREI5UFIwMk1CNzMyMS5ldXJwcmQwMi5wcm9kLm91dGxvb2suY29tCgpnLnBhcGFkb3BvdWxv
c0Bsb2dpc3Rpa2ktcGFwYS5leGFtcGxlLmdyCm1haWwubG9naXN0aWtpLXBhcGEuZXhhbXBsZS5n
ciDOnyDOsc+Azr/OvM6xzrrPgc+Fz4POvM6tzr3Ov8+CIM60zrnOsc66zr/OvM65z4PPhM6uz4Ig
zrXPgM6tz4PPhM+BzrXPiM61ICc1NTAgNS4xLjEgPGcucGFwYWRvcG91bG9zQGxvZ2lzdGlraS1w
YXBhLmV4YW1wbGUuZ3I+OiBSZWNpcGllbnQgYWRkcmVzcyByZWplY3RlZDogVXNlciB1bmtub3du
JwoKzpHPgc+HzrnOus6tz4IgzrrOtc+GzrHOu86vzrTOtc+CIM68zrfOvc+NzrzOsc+Ezr/PgjoK
CkZyb206IFByaXZhY3kgc2hvcC5leGFtcGxlLmJlIDxwcml2YWN5QHNob3AuZXhhbXBsZS5iZT4K
VG86ID0/dXRmLTg/Yj96cFBPdWMrT3o0SE9zODYvejRJZ3pxRE9zYytBenJIT3RNK016NERPdjgr
Rnpydk92OCtDPz0gPGcucGFwYWRvcG91bG9zQGxvZ2lzdGlraS1wYXBhLmV4YW1wbGUuZ3I+ClN1
YmplY3Q6ID0/dXRmLTg/Yj96cFhQZ002NXpyTE90YzZ5enJIT3VjK096NFBQaE02MUlNK0V6cjhn
enJIT3I4K0V6cmZPdk02cz89CiA9P3V0Zi04P2I/SU0rRHpySFBnaURPczg2NXpyRWd6NFRPc1NE
UGdNK0J6ci9QZzgrSno0RE91YzY2enF3Z3o0UE9zYytDSU02MD89CiA9P3V0Zi04P2I/enJYT3RN
Ni96cnpPcmM2OXpyRT0/PQpEYXRlOiBGcmksIDEzIE5vdiAyMDI2IDExOjAwOjAwICswMTAwCk1l
c3NhZ2UtSUQ6IDxhYjgxZWJkNGIxMDJmNTFkLjhmNjNkM2Y2QHNob3AuZXhhbXBsZS5iZT4KTUlN
RS1WZXJzaW9uOiAxLjAKQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCIK
Q29udGVudC1UcmFuc2Zlci1FbmNvZGluZzogcXVvdGVkLXByaW50YWJsZQo=

--_001_2130f149DB9PR02MB7321eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+zpcgz4DOsc+BzqzOtM6/z4POtyDPg861
IM6xz4XPhM6/z43PgiDPhM6/z4XPgiDPgM6xz4HOsc67zq7PgM+EzrXPgiDOriDPhM65z4Igzr/O
vM6szrTOtc+CIM6xz4DOrc+Ez4XPh861OjwvZm9udD48L2I+PC9wPgo8Zm9udCBjb2xvcj0iIzAw
MDAwMCIgc2l6ZT0iMiIgZmFjZT0iVGFob21hIj48cD48YSBocmVmPSJtYWlsdG86Zy5wYXBhZG9w
b3Vsb3NAbG9naXN0aWtpLXBhcGEuZXhhbXBsZS5nciI+zpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHO
tM+Mz4DOv8+FzrvOv8+CIChnLnBhcGFkb3BvdWxvc0Bsb2dpc3Rpa2ktcGFwYS5leGFtcGxlLmdy
KTwvYT48YnI+CjwvZm9udD4KPGZvbnQgY29sb3I9IiMwMDAwMDAiIHNpemU9IjMiIGZhY2U9IkFy
aWFsIj7OlM61zr0gzq7PhM6xzr0gzrTPhc69zrHPhM6uIM63IM61z43Pgc61z4POtyDPhM63z4Ig
zrTOuc61z43OuM+Fzr3Pg863z4IgzrfOu861zrrPhM+Bzr/Ovc65zrrOv8+NIM+EzrHPh8+FzrTP
gc6/zrzOtc6vzr/PhSDPgM6/z4UgzrrOsc+EzrHPh8+Jz4HOrs+DzrHPhM61LiDOlc67zq3Os86+
z4TOtSDPhM63IM60zrnOtc+NzrjPhc69z4POtyDPhM6/z4Ugz4DOsc+BzrHOu86uz4DPhM63IM66
zrHOuSDOtM6/zrrOuc68zqzPg8+EzrUgzr3OsSDPg8+EzrXOr867zrXPhM61IM6+zrHOvc6sIM+E
zr8gzrzOrs69z4XOvM6xLiDOlc6szr0gz4TOvyDPgM+Bz4zOss67zrfOvM6xIM+AzrHPgc6xzrzO
rc69zrXOuSwgzrXPgM65zrrOv865zr3Pic69zq7Pg8+EzrUgzrzOtSDPhM63zr0gz4XPgM63z4HO
tc+Dzq/OsSDPhc+Azr/Pg8+Ezq7Pgc65zr7Ot8+CLjwvZm9udD48L3A+Cjxmb250IGNvbG9yPSIj
ODA4MDgwIiBzaXplPSIyIiBmYWNlPSJUYWhvbWEiPjxwPjxiPs6UzrnOsc6zzr3Pic+Dz4TOuc66
zq3PgiDPgM67zrfPgc6/z4bOv8+Bzq/Otc+CIM6zzrnOsSDOtM65zrHPh861zrnPgc65z4PPhM6t
z4I6PC9iPjwvcD4KzpTOuc6xzrrOv868zrnPg8+Ezq7PgiDOtM63zrzOuc6/z4XPgc6zzq/Osc+C
OiBEQjlQUjAyTUI3MzIxLmV1cnByZDAyLnByb2Qub3V0bG9vay5jb208YnI+Cjxicj4KZy5wYXBh
ZG9wb3Vsb3NAbG9naXN0aWtpLXBhcGEuZXhhbXBsZS5ncjxicj4KbWFpbC5sb2dpc3Rpa2ktcGFw
YS5leGFtcGxlLmdyIM6fIM6xz4DOv868zrHOus+Bz4XPg868zq3Ovc6/z4IgzrTOuc6xzrrOv868
zrnPg8+Ezq7PgiDOtc+Azq3Pg8+Ez4HOtc+IzrUgJzU1MCA1LjEuMSAmbHQ7Zy5wYXBhZG9wb3Vs
b3NAbG9naXN0aWtpLXBhcGEuZXhhbXBsZS5nciZndDs6IFJlY2lwaWVudCBhZGRyZXNzIHJlamVj
dGVkOiBVc2VyIHVua25vd24nPGJyPgo8YnI+CjwvZm9udD4KPHA+PGZvbnQgY29sb3I9IiM4MDgw
ODAiIHNpemU9IjIiIGZhY2U9IlRhaG9tYSI+zpHPgc+HzrnOus6tz4IgzrrOtc+GzrHOu86vzrTO
tc+CIM68zrfOvc+NzrzOsc+Ezr/Pgjo8L2ZvbnQ+PC9wPgo8cHJlPkZyb206IFByaXZhY3kgc2hv
cC5leGFtcGxlLmJlICZsdDtwcml2YWN5QHNob3AuZXhhbXBsZS5iZSZndDsKVG86ID0/dXRmLTg/
Yj96cFBPdWMrT3o0SE9zODYvejRJZ3pxRE9zYytBenJIT3RNK016NERPdjgrRnpydk92OCtDPz0g
Jmx0O2cucGFwYWRvcG91bG9zQGxvZ2lzdGlraS1wYXBhLmV4YW1wbGUuZ3ImZ3Q7ClN1YmplY3Q6
ID0/dXRmLTg/Yj96cFhQZ002NXpyTE90YzZ5enJIT3VjK096NFBQaE02MUlNK0V6cjhnenJIT3I4
K0V6cmZPdk02cz89CiA9P3V0Zi04P2I/SU0rRHpySFBnaURPczg2NXpyRWd6NFRPc1NEUGdNK0J6
ci9QZzgrSno0RE91YzY2enF3Z3o0UE9zYytDSU02MD89CiA9P3V0Zi04P2I/enJYT3RNNi96cnpP
cmM2OXpyRT0/PQpEYXRlOiBGcmksIDEzIE5vdiAyMDI2IDExOjAwOjAwICswMTAwCk1lc3NhZ2Ut
SUQ6ICZsdDthYjgxZWJkNGIxMDJmNTFkLjhmNjNkM2Y2QHNob3AuZXhhbXBsZS5iZSZndDsKTUlN
RS1WZXJzaW9uOiAxLjAKQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCIK
Q29udGVudC1UcmFuc2Zlci1FbmNvZGluZzogcXVvdGVkLXByaW50YWJsZQo8L3ByZT4KPC9ib2R5
Pgo8L2h0bWw+Cg==

--_001_2130f149DB9PR02MB7321eurp_--

--_000_2130f149DB9PR02MB7321eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7321.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM6PR02MB4410.eurprd02.prod.outlook.com
Arrival-Date: Fri, 13 Nov 2026 10:00:57 +0000

Final-Recipient: rfc822;g.papadopoulos@logistiki-papa.example.gr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <g.papadopoulos@logistiki-papa.example.gr>: Recipient address rejected: User unknown
Remote-MTA: dns;mail.logistiki-papa.example.gr

--_000_2130f149DB9PR02MB7321eurp_
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: =?utf-8?b?zpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM+Mz4DOv8+FzrvOv8+C?= <g.papadopoulos@logistiki-papa.example.gr>
Subject: =?utf-8?b?zpXPgM65zrLOtc6yzrHOuc+Oz4PPhM61IM+Ezr8gzrHOr8+EzrfOvM6s?=
 =?utf-8?b?IM+DzrHPgiDOs865zrEgz4TOsSDPgM+Bzr/Pg8+Jz4DOuc66zqwgz4POsc+CIM60?=
 =?utf-8?b?zrXOtM6/zrzOrc69zrE=?=
Date: Fri, 13 Nov 2026 11:00:00 +0100
Message-ID: <ab81ebd4b102f51d.8f63d3f6@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CE=AD/=CE=AE =CE=93=CE=B9=CF=8E=CF=81=
=CE=B3=CE=BF=CF=82 =CE=A0=CE=B1=CF=80=CE=B1=CE=B4=CF=8C=CF=80=CE=BF=CF=85=
=CE=BB=CE=BF=CF=82,

=CE=A3=CF=84=CE=B9=CF=82 12 =CE=9D=CE=BF=CE=B5=CE=BC=CE=B2=CF=81=CE=AF=CE=
=BF=CF=85 2026 =CE=BC=CE=B1=CF=82 =CE=B3=CF=81=CE=AC=CF=88=CE=B1=CF=84=CE=
=B5: =C2=AB=CE=A0=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CF=8E =CE=B4=CE=B9=CE=
=B1=CE=B3=CF=81=CE=AC=CF=88=CF=84=CE=B5 =CF=84=CE=BF=CE=BD =CE=BB=CE=BF=CE=
=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=CF=8C =CE=BC=CE=BF=CF=85 =CE=BA=CE=
=B1=CE=B9 =CF=8C=CE=BB=CE=B1 =CF=84=CE=B1 =CF=80=CF=81=CE=BF=CF=83=CF=89=CF=
=80=CE=B9=CE=BA=CE=AC =CE=BC=CE=BF=CF=85 =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=
=AD=CE=BD=CE=B1.=C2=BB

=CE=A0=CF=81=CE=B9=CE=BD =CE=B5=CE=BE=CE=B5=CF=84=CE=AC=CF=83=CE=BF=CF=85=
=CE=BC=CE=B5 =CF=84=CE=BF =CE=B1=CE=AF=CF=84=CE=B7=CE=BC=CE=AC =CF=83=CE=B1=
=CF=82, =CF=80=CF=81=CE=AD=CF=80=CE=B5=CE=B9 =CE=BD=CE=B1 =CE=B5=CF=80=CE=
=B9=CE=B2=CE=B5=CE=B2=CE=B1=CE=B9=CF=8E=CF=83=CE=BF=CF=85=CE=BC=CE=B5 =CF=
=8C=CF=84=CE=B9 =CE=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=
=B7 =CF=83=CE=B1=CF=82 =CE=B1=CE=BD=CE=AE=CE=BA=CE=B5=CE=B9. =CE=9A=CE=AC=
=CE=BD=CF=84=CE=B5 =CE=BA=CE=BB=CE=B9=CE=BA =CF=83=CF=84=CE=BF=CE=BD =CF=80=
=CE=B1=CF=81=CE=B1=CE=BA=CE=AC=CF=84=CF=89 =CF=83=CF=8D=CE=BD=CE=B4=CE=B5=
=CF=83=CE=BC=CE=BF =CE=BC=CE=AD=CF=83=CE=B1 =CF=83=CE=B5 14 =CE=B7=CE=BC=CE=
=AD=CF=81=CE=B5=CF=82:
https://shop.example.be/privacy/confirm?t=3D99abba88edca

=CE=91=CE=BD =CE=B4=CE=B5=CE=BD =CF=83=CF=84=CE=B5=CE=AF=CE=BB=CE=B1=CF=84=
=CE=B5 =CE=B5=CF=83=CE=B5=CE=AF=CF=82 =CF=84=CE=BF =CE=B1=CE=AF=CF=84=CE=B7=
=CE=BC=CE=B1, =CE=B1=CE=B3=CE=BD=CE=BF=CE=AE=CF=83=CF=84=CE=B5 =CE=B1=CF=85=
=CF=84=CF=8C =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1.

=CE=9C=CE=B5 =CE=B5=CE=BA=CF=84=CE=AF=CE=BC=CE=B7=CF=83=CE=B7,
=CE=97 =CE=BF=CE=BC=CE=AC=CE=B4=CE=B1 =CF=80=CF=81=CE=BF=CF=83=CF=84=CE=B1=
=CF=83=CE=AF=CE=B1=CF=82 =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=
=CE=BD
shop.example.be
--_000_2130f149DB9PR02MB7321eurp_--
'''),
    ('el', 'gmail-dsn-i-diefthynsi-den-vrethike', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by 2002:a05:7300:6a81:b0:14f:2b3a:5c1e with SMTP id gk1csp1842631dyb;
        Tue, 17 Nov 2026 08:10:11 -0800
X-Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5-20020a17090b3ec500b002e2c40e59b1mr98231pjb.4.17923170411;
        Tue, 17 Nov 2026 08:10:11 -0800
Return-Path: <>
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98231pjb.4;
        Tue, 17 Nov 2026 08:10:11 -0800
Content-Type: multipart/report; boundary="000000000000b183ec5f35"; report-type=delivery-status
Received: by 2002:a17:90b:3ec5:b0:2e2:c40e:59b1 with SMTP id rm5mr98228pjb.4; Tue, 17 Nov 2026 08:10:11 -0800
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <b183ec5f.b183ec5f359d.bb9a11@mx.google.com>
Date: Tue, 17 Nov 2026 08:10:11 -0800
Subject: Delivery Status Notification (Failure)
References: <b8bd09e46a2f11de.65f57a71@shop.example.be>
In-Reply-To: <b8bd09e46a2f11de.65f57a71@shop.example.be>
X-Failed-Recipients: maria.konstantinou.ath@gmail.com
MIME-Version: 1.0

--000000000000b183ec5f35
Content-Type: multipart/related; boundary="0000000000009f56dcec91"

--0000000000009f56dcec91
Content-Type: multipart/alternative; boundary="00000000000023b51bcecf"

--00000000000023b51bcecf
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** =CE=97 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 =CE=B4=CE=
=B5=CE=BD =CE=B2=CF=81=CE=AD=CE=B8=CE=B7=CE=BA=CE=B5 **

=CE=A4=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=AC =CF=83=CE=B1=CF=82 =CE=B4=
=CE=B5=CE=BD =CF=80=CE=B1=CF=81=CE=B1=CE=B4=CF=8C=CE=B8=CE=B7=CE=BA=CE=B5 =
=CF=83=CF=84=CE=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 m=
aria.konstantinou.ath@gmail.com, =CE=B5=CF=80=CE=B5=CE=B9=CE=B4=CE=AE =CE=
=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 =CE=B4=CE=B5=CE=
=BD =CE=B2=CF=81=CE=AD=CE=B8=CE=B7=CE=BA=CE=B5 =CE=AE =CE=B4=CE=B5=CE=BD =
=CE=BC=CF=80=CE=BF=CF=81=CE=B5=CE=AF =CE=BD=CE=B1 =CE=BB=CE=AC=CE=B2=CE=B5=
=CE=B9 =CE=BC=CE=B7=CE=BD=CF=8D=CE=BC=CE=B1=CF=84=CE=B1.

=CE=9C=CE=B1=CE=B8=CE=B5=CF=84=CE=B5 =CF=80=CE=B5=CF=81=CE=B9=CF=83=CF=83=
=CE=BF=CF=84=CE=B5=CF=81=CE=B1: https://support.google.com/mail/?p=3DNoSuch=
User

=CE=97 =CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7 =CE=AE=CF=84=CE=B1=
=CE=BD:

=CE=9F =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=CF=8C=CF=82 =
=CE=B7=CE=BB=CE=B5=CE=BA=CF=84=CF=81=CE=BF=CE=BD=CE=B9=CE=BA=CE=BF=CF=8D =
=CF=84=CE=B1=CF=87=CF=85=CE=B4=CF=81=CE=BF=CE=BC=CE=B5=CE=AF=CE=BF=CF=85 =
=CF=80=CE=BF=CF=85 =CF=80=CF=81=CE=BF=CF=83=CF=80=CE=B1=CE=B8=CE=AE=CF=83=
=CE=B1=CF=84=CE=B5 =CE=BD=CE=B1 =CE=B2=CF=81=CE=B5=CE=AF=CF=84=CE=B5 =CE=B4=
=CE=B5=CE=BD =CF=85=CF=80=CE=AC=CF=81=CF=87=CE=B5=CE=B9. =CE=95=CE=BB=CE=AD=
=CE=B3=CE=BE=CF=84=CE=B5 =CF=84=CE=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=
=CE=BD=CF=83=CE=B7 =CF=84=CE=BF=CF=85 =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=AE=
=CF=80=CF=84=CE=B7 =CE=B3=CE=B9=CE=B1 =CF=84=CF=85=CF=80=CE=BF=CE=B3=CF=81=
=CE=B1=CF=86=CE=B9=CE=BA=CE=AC =CE=BB=CE=AC=CE=B8=CE=B7 =CE=AE =CF=80=CE=B5=
=CF=81=CE=B9=CF=84=CF=84=CE=AC =CE=BA=CE=B5=CE=BD=CE=AC.

--00000000000023b51bcecf
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
=3D"Error Icon" src=3D"cid:icon.png">
<table style=3D"min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style=3D"font-size:20px;color:#212121;font-weight:bold;margin:0=
">
=CE=97 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 =CE=B4=CE=B5=
=CE=BD =CE=B2=CF=81=CE=AD=CE=B8=CE=B7=CE=BA=CE=B5
</h2></td></tr>
<tr><td style=3D"padding-top:20px;color:#757575;font-size:16px;font-weight:=
normal;text-align:left">
=CE=A4=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=AC =CF=83=CE=B1=CF=82 =CE=B4=
=CE=B5=CE=BD =CF=80=CE=B1=CF=81=CE=B1=CE=B4=CF=8C=CE=B8=CE=B7=CE=BA=CE=B5 =
=CF=83=CF=84=CE=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 <=
a style=3D'color:#212121;text-decoration:none'><b>maria.konstantinou.ath@gm=
ail.com</b></a>, =CE=B5=CF=80=CE=B5=CE=B9=CE=B4=CE=AE =CE=B7 =CE=B4=CE=B9=
=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7 =CE=B4=CE=B5=CE=BD =CE=B2=CF=81=
=CE=AD=CE=B8=CE=B7=CE=BA=CE=B5 =CE=AE =CE=B4=CE=B5=CE=BD =CE=BC=CF=80=CE=BF=
=CF=81=CE=B5=CE=AF =CE=BD=CE=B1 =CE=BB=CE=AC=CE=B2=CE=B5=CE=B9 =CE=BC=CE=B7=
=CE=BD=CF=8D=CE=BC=CE=B1=CF=84=CE=B1.
</td></tr>
<tr><td style=3D"padding-top:24px;color:#4285F4;font-size:14px;font-weight:=
bold;text-align:left">
<a style=3D"text-decoration:none" href=3D"https://support.google.com/mail/?=
p=3DNoSuchUser">=CE=9C=CE=91=CE=98=CE=95=CE=A4=CE=95 =CE=A0=CE=95=CE=A1=CE=
=99=CE=A3=CE=A3=CE=9F=CE=A4=CE=95=CE=A1=CE=91</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style=3D"border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align=3D"left" style=3D"padding:48px 10px">
=CE=97 =CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=CF=83=CE=B7 =CE=AE=CF=84=CE=B1=
=CE=BD:<br/>
<p style=3D"font-family:monospace">
=CE=9F =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=CF=8C=CF=82 =
=CE=B7=CE=BB=CE=B5=CE=BA=CF=84=CF=81=CE=BF=CE=BD=CE=B9=CE=BA=CE=BF=CF=8D =
=CF=84=CE=B1=CF=87=CF=85=CE=B4=CF=81=CE=BF=CE=BC=CE=B5=CE=AF=CE=BF=CF=85 =
=CF=80=CE=BF=CF=85 =CF=80=CF=81=CE=BF=CF=83=CF=80=CE=B1=CE=B8=CE=AE=CF=83=
=CE=B1=CF=84=CE=B5 =CE=BD=CE=B1 =CE=B2=CF=81=CE=B5=CE=AF=CF=84=CE=B5 =CE=B4=
=CE=B5=CE=BD =CF=85=CF=80=CE=AC=CF=81=CF=87=CE=B5=CE=B9. =CE=95=CE=BB=CE=AD=
=CE=B3=CE=BE=CF=84=CE=B5 =CF=84=CE=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=
=CE=BD=CF=83=CE=B7 =CF=84=CE=BF=CF=85 =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=AE=
=CF=80=CF=84=CE=B7 =CE=B3=CE=B9=CE=B1 =CF=84=CF=85=CF=80=CE=BF=CE=B3=CF=81=
=CE=B1=CF=86=CE=B9=CE=BA=CE=AC =CE=BB=CE=AC=CE=B8=CE=B7 =CE=AE =CF=80=CE=B5=
=CF=81=CE=B9=CF=84=CF=84=CE=AC =CE=BA=CE=B5=CE=BD=CE=AC.
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--00000000000023b51bcecf--
--0000000000009f56dcec91
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAAACXBIWXMAABYlAAAWJQFJUiTwAAAA
GXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAFi5JREFUeAHtXUuMHMd5/qp6Znd2
--0000000000009f56dcec91--
--000000000000b183ec5f35
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 17 Nov 2026 08:10:09 -0800
X-Original-Message-ID: <b8bd09e46a2f11de.65f57a71@shop.example.be>

Final-Recipient: rfc822; maria.konstantinou.ath@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.77, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2b1c0a7f3e1si1234567ad.512 - gsmtp
Last-Attempt-Date: Tue, 17 Nov 2026 08:10:11 -0800

--000000000000b183ec5f35
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: =?utf-8?b?zpzOsc+Bzq/OsSDOms+Jzr3Pg8+EzrHOvc+Ezq/Ovc6/z4U=?= <maria.konstantinou.ath@gmail.com>
Subject: =?utf-8?b?zpXPgM65zrLOtc6yzrHOuc+Oz4PPhM61IM+Ezr8gzrHOr8+EzrfOvM6s?=
 =?utf-8?b?IM+DzrHPgiDOs865zrEgz4TOsSDPgM+Bzr/Pg8+Jz4DOuc66zqwgz4POsc+CIM60?=
 =?utf-8?b?zrXOtM6/zrzOrc69zrE=?=
Date: Tue, 17 Nov 2026 17:10:00 +0100
Message-ID: <b8bd09e46a2f11de.65f57a71@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CE=AD/=CE=AE =CE=9C=CE=B1=CF=81=CE=AF=
=CE=B1 =CE=9A=CF=89=CE=BD=CF=83=CF=84=CE=B1=CE=BD=CF=84=CE=AF=CE=BD=CE=BF=
=CF=85,

=CE=A3=CF=84=CE=B9=CF=82 16 =CE=9D=CE=BF=CE=B5=CE=BC=CE=B2=CF=81=CE=AF=CE=
=BF=CF=85 2026 =CE=BC=CE=B1=CF=82 =CE=B3=CF=81=CE=AC=CF=88=CE=B1=CF=84=CE=
=B5: =C2=AB=CE=98=CE=AD=CE=BB=CF=89 =CE=B1=CE=BD=CF=84=CE=AF=CE=B3=CF=81=CE=
=B1=CF=86=CE=BF =CF=8C=CE=BB=CF=89=CE=BD =CF=84=CF=89=CE=BD =CE=B4=CE=B5=CE=
=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD =CF=80=CE=BF=CF=85 =CE=AD=CF=87=CE=
=B5=CF=84=CE=B5 =CE=B3=CE=B9=CE=B1 =CE=BC=CE=AD=CE=BD=CE=B1.=C2=BB

=CE=A0=CF=81=CE=B9=CE=BD =CE=B5=CE=BE=CE=B5=CF=84=CE=AC=CF=83=CE=BF=CF=85=
=CE=BC=CE=B5 =CF=84=CE=BF =CE=B1=CE=AF=CF=84=CE=B7=CE=BC=CE=AC =CF=83=CE=B1=
=CF=82, =CF=80=CF=81=CE=AD=CF=80=CE=B5=CE=B9 =CE=BD=CE=B1 =CE=B5=CF=80=CE=
=B9=CE=B2=CE=B5=CE=B2=CE=B1=CE=B9=CF=8E=CF=83=CE=BF=CF=85=CE=BC=CE=B5 =CF=
=8C=CF=84=CE=B9 =CE=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=
=B7 =CF=83=CE=B1=CF=82 =CE=B1=CE=BD=CE=AE=CE=BA=CE=B5=CE=B9. =CE=9A=CE=AC=
=CE=BD=CF=84=CE=B5 =CE=BA=CE=BB=CE=B9=CE=BA =CF=83=CF=84=CE=BF=CE=BD =CF=80=
=CE=B1=CF=81=CE=B1=CE=BA=CE=AC=CF=84=CF=89 =CF=83=CF=8D=CE=BD=CE=B4=CE=B5=
=CF=83=CE=BC=CE=BF =CE=BC=CE=AD=CF=83=CE=B1 =CF=83=CE=B5 14 =CE=B7=CE=BC=CE=
=AD=CF=81=CE=B5=CF=82:
https://shop.example.be/privacy/confirm?t=3Ddecf431b0f03

=CE=91=CE=BD =CE=B4=CE=B5=CE=BD =CF=83=CF=84=CE=B5=CE=AF=CE=BB=CE=B1=CF=84=
=CE=B5 =CE=B5=CF=83=CE=B5=CE=AF=CF=82 =CF=84=CE=BF =CE=B1=CE=AF=CF=84=CE=B7=
=CE=BC=CE=B1, =CE=B1=CE=B3=CE=BD=CE=BF=CE=AE=CF=83=CF=84=CE=B5 =CE=B1=CF=85=
=CF=84=CF=8C =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1.

=CE=9C=CE=B5 =CE=B5=CE=BA=CF=84=CE=AF=CE=BC=CE=B7=CF=83=CE=B7,
=CE=97 =CE=BF=CE=BC=CE=AC=CE=B4=CE=B1 =CF=80=CF=81=CE=BF=CF=83=CF=84=CE=B1=
=CF=83=CE=AF=CE=B1=CF=82 =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=
=CE=BD
shop.example.be
--000000000000b183ec5f35--
'''),
    ('el', 'postfix-el-template-too-large', 'automated', (), '''Return-Path: <>
Received: by smtp-out.shop.example.be (Postfix)
	id 4QdA0b8NsWz6vKj; Mon, 23 Nov 2026 12:31:31 +0100
Date: Mon, 23 Nov 2026 12:31:31 +0100
From: MAILER-DAEMON@smtp-out.shop.example.be (Mail Delivery System)
Subject: =?utf-8?b?zpzOtyDPgM6xz4HOsc60zr/OuM6tzr0gzrzOrs69z4XOvM6xIM61z4A=?=
 =?utf-8?b?zrnPg8+Ez4HOrM+GzrfOus61IM+Dz4TOv869IM6xz4DOv8+Dz4TOv867zq3OsQ==?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4QdA0b8NsWz6vKj.1796032260/smtp-out.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261123123131.4QdA0b8NsWz6vKj@smtp-out.shop.example.be>

This is a MIME-encapsulated message.

--4QdA0b8NsWz6vKj.1796032260/smtp-out.shop.example.be
Content-Description: =?utf-8?b?zpXOuc60zr/PgM6/zq/Ot8+Dzrc=?=
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=CE=91=CF=85=CF=84=CF=8C =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CF=84=CE=BF =CF=83=
=CF=8D=CF=83=CF=84=CE=B7=CE=BC=CE=B1 =CE=B1=CE=BB=CE=BB=CE=B7=CE=BB=CE=BF=
=CE=B3=CF=81=CE=B1=CF=86=CE=AF=CE=B1=CF=82 =CF=84=CE=BF=CF=85 =CE=B4=CE=B9=
=CE=B1=CE=BA=CE=BF=CE=BC=CE=B9=CF=83=CF=84=CE=AE smtp-out.shop.example.be.

=CE=9B=CF=85=CF=80=CE=BF=CF=8D=CE=BC=CE=B1=CF=83=CF=84=CE=B5, =CE=B1=CE=BB=
=CE=BB=CE=AC =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=AC =CF=83=CE=B1=
=CF=82 =CE=B4=CE=B5=CE=BD =CE=AE=CF=84=CE=B1=CE=BD =CE=B4=CF=85=CE=BD=CE=B1=
=CF=84=CF=8C =CE=BD=CE=B1 =CF=80=CE=B1=CF=81=CE=B1=CE=B4=CE=BF=CE=B8=CE=B5=
=CE=AF
=CF=83=CE=B5 =CE=AD=CE=BD=CE=B1=CE=BD =CE=AE =CF=80=CE=B5=CF=81=CE=B9=CF=83=
=CF=83=CF=8C=CF=84=CE=B5=CF=81=CE=BF=CF=85=CF=82 =CF=80=CE=B1=CF=81=CE=B1=
=CE=BB=CE=AE=CF=80=CF=84=CE=B5=CF=82. =CE=95=CF=80=CE=B9=CF=83=CF=85=CE=BD=
=CE=AC=CF=80=CF=84=CE=B5=CF=84=CE=B1=CE=B9 =CF=80=CE=B1=CF=81=CE=B1=CE=BA=
=CE=AC=CF=84=CF=89.

=CE=93=CE=B9=CE=B1 =CE=B2=CE=BF=CE=AE=CE=B8=CE=B5=CE=B9=CE=B1, =CF=83=CF=84=
=CE=B5=CE=AF=CE=BB=CF=84=CE=B5 =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1 =CF=83=
=CF=84=CE=BF postmaster.

                   =CE=A4=CE=BF =CF=83=CF=8D=CF=83=CF=84=CE=B7=CE=BC=CE=B1 =
=CE=B1=CE=BB=CE=BB=CE=B7=CE=BB=CE=BF=CE=B3=CF=81=CE=B1=CF=86=CE=AF=CE=B1=CF=
=82

<nikos.antoniou@otenet.example.gr>: host mx.otenet.example.gr[195.170.0.10]=
 said: 552 5.3.4 Message size
    exceeds fixed limit (in reply to end of DATA command)

--4QdA0b8NsWz6vKj.1796032260/smtp-out.shop.example.be
Content-Description: =?utf-8?b?zpHOvc6xz4bOv8+Bzqwgz4DOsc+BzqzOtM6/z4POt8+C?=
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.shop.example.be
X-Postfix-Queue-ID: 4QdA0b8NsWz6vKj
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 23 Nov 2026 12:31:02 +0100

Final-Recipient: rfc822; nikos.antoniou@otenet.example.gr
Original-Recipient: rfc822;nikos.antoniou@otenet.example.gr
Action: failed
Status: 5.3.4
Remote-MTA: dns; mx.otenet.example.gr
Diagnostic-Code: smtp; 552 5.3.4 Message size exceeds fixed limit

--4QdA0b8NsWz6vKj.1796032260/smtp-out.shop.example.be
Content-Description: =?utf-8?b?zpzOtyDPgM6xz4HOsc60zr/OuM6tzr0gzrzOrs69z4U=?=
 =?utf-8?b?zrzOsQ==?=
Content-Type: text/rfc822-headers

From: Privacy shop.example.be <privacy@shop.example.be>
To: =?utf-8?b?zp3Or866zr/PgiDOkc69z4TPic69zq/Ov8+F?= <nikos.antoniou@otenet.example.gr>
Subject: =?utf-8?b?zpXPgM65zrLOtc6yzrHOuc+Oz4PPhM61IM+Ezr8gzrHOr8+EzrfOvM6s?=
 =?utf-8?b?IM+DzrHPgiDOs865zrEgz4TOsSDPgM+Bzr/Pg8+Jz4DOuc66zqwgz4POsc+CIM60?=
 =?utf-8?b?zrXOtM6/zrzOrc69zrE=?=
Date: Mon, 23 Nov 2026 12:30:00 +0100
Message-ID: <6d5125e7626fb745.e7d1fb0e@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

--4QdA0b8NsWz6vKj.1796032260/smtp-out.shop.example.be--
'''),
    ('bg', 'exchange-online-ndr-bg', 'automated', (), '''Received: from DB9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:10:3a1::14)
 by AM6PR02MB4410.eurprd02.prod.outlook.com with HTTPS; Mon, 16 Nov 2026 07:21:04 +0000
From: Microsoft Outlook <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Mon, 16 Nov 2026 07:21:02 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_2d498d6bDB9PR02MB7321eurp_"
Content-Language: bg-BG
Message-ID: <a56630fc-a566-4c1e-9b2a-19b5d26f4fd4@DB9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <b687a92281776438.6ab0518c@shop.example.be>
References: <b687a92281776438.6ab0518c@shop.example.be>
Thread-Topic: =?utf-8?b?0J/QvtGC0LLRitGA0LTQtdGC0LUg0LjRgdC60LDQvdC10YLQviA=?=
 =?utf-8?b?0YHQuCDQvtGC0L3QvtGB0L3QviDQu9C40YfQvdC40YLQtSDQtNCw0L3QvdC4?=
Subject: =?utf-8?b?0J3QtdC00L7RgdGC0LDQstC10L3Qvjog0J/QvtGC0LLRitGA0LTQtdGC?=
 =?utf-8?b?0LUg0LjRgdC60LDQvdC10YLQviDRgdC4INC+0YLQvdC+0YHQvdC+INC70LjRh9C9?=
 =?utf-8?b?0LjRgtC1INC00LDQvdC90Lg=?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: DB9PR02MB7321.eurprd02.prod.outlook.com
Return-Path: <>

--_000_2d498d6bDB9PR02MB7321eurp_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_001_2d498d6bDB9PR02MB7321eurp_"

--_001_2d498d6bDB9PR02MB7321eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JTQvtGB0YLQsNCy0LrQsNGC0LAg0LTQviDRgtC10LfQuCDQv9C+0LvRg9GH0LDRgtC10LvQuCDQ
uNC70Lgg0LPRgNGD0L/QuCDQtSDQvdC10YPRgdC/0LXRiNC90LA6CgrQmNCy0LDQvSDQn9C10YLR
gNC+0LIgKGl2YW4ucGV0cm92QHN0cm9pdGVsLWJnLmV4YW1wbGUuYmcpPG1haWx0bzppdmFuLnBl
dHJvdkBzdHJvaXRlbC1iZy5leGFtcGxlLmJnPgrQktGK0LLQtdC00LXQvdC40Y/RgiDQuNC80LXQ
udC7INCw0LTRgNC10YEg0L3QtSDQvNC+0LbQtSDQtNCwINCx0YrQtNC1INC90LDQvNC10YDQtdC9
LiDQn9GA0L7QstC10YDQtdGC0LUg0LjQvNC10LnQuyDQsNC00YDQtdGB0LAg0L3QsCDQv9C+0LvR
g9GH0LDRgtC10LvRjyDQuCDQvtC/0LjRgtCw0LnRgtC1INC00LAg0LjQt9C/0YDQsNGC0LjRgtC1
INGB0YrQvtCx0YnQtdC90LjQtdGC0L4g0L7RgtC90L7QstC+LiDQkNC60L4g0L/RgNC+0LHQu9C1
0LzRitGCINC/0YDQvtC00YrQu9C20LDQstCwLCDRgdC1INC+0LHRitGA0L3QtdGC0LUg0LrRitC8
INC+0YLQtNC10LvQsCDQt9CwINGC0LXRhdC90LjRh9C10YHQutCwINC/0L7QtNC00YDRitC20LrQ
sC4KCgoKCgoK0JTQuNCw0LPQvdC+0YHRgtC40YfQvdCwINC40L3RhNC+0YDQvNCw0YbQuNGPINC3
0LAg0LDQtNC80LjQvdC40YHRgtGA0LDRgtC+0YDQuDoKCtCT0LXQvdC10YDQuNGA0LDRiSDRgdGK
0YDQstGK0YA6IERCOVBSMDJNQjczMjEuZXVycHJkMDIucHJvZC5vdXRsb29rLmNvbQoKaXZhbi5w
ZXRyb3ZAc3Ryb2l0ZWwtYmcuZXhhbXBsZS5iZwptYWlsLnN0cm9pdGVsLWJnLmV4YW1wbGUuYmcg
0J7RgtC00LDQu9C10YfQtdC90LjRj9GCINGB0YrRgNCy0YrRgCDQstGK0YDQvdCwICc1NTAgNS4x
LjEgPGl2YW4ucGV0cm92QHN0cm9pdGVsLWJnLmV4YW1wbGUuYmc+OiBSZWNpcGllbnQgYWRkcmVz
cyByZWplY3RlZDogVXNlciB1bmtub3duJwoK0JfQsNCz0LvQsNCy0LrQuCDQvdCwINC+0YDQuNCz
0LjQvdCw0LvQvdC+0YLQviDRgdGK0L7QsdGJ0LXQvdC40LU6CgpGcm9tOiBQcml2YWN5IHNob3Au
ZXhhbXBsZS5iZSA8cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU+ClRvOiA9P3V0Zi04P2I/MEpqUXN0
Q3cwTDBnMEovUXRkR0MwWURRdnRDeT89IDxpdmFuLnBldHJvdkBzdHJvaXRlbC1iZy5leGFtcGxl
LmJnPgpTdWJqZWN0OiA9P3V0Zi04P2I/MEovUXZ0R0MwTExSaXRHQTBMVFF0ZEdDMExVZzBMalJn
ZEM2MExEUXZkQzEwWUxRdmlEUmdkQzQ/PQogPT91dGYtOD9iP0lOQyswWUxRdmRDKzBZSFF2ZEMr
SU5DNzBMalJoOUM5MExqUmd0QzFJTkMwMExEUXZkQzkwTGc9Pz0KRGF0ZTogTW9uLCAxNiBOb3Yg
MjAyNiAwOToyMDowMCArMDEwMApNZXNzYWdlLUlEOiA8YjY4N2E5MjI4MTc3NjQzOC42YWIwNTE4
Y0BzaG9wLmV4YW1wbGUuYmU+Ck1JTUUtVmVyc2lvbjogMS4wCkNvbnRlbnQtVHlwZTogdGV4dC9w
bGFpbjsgY2hhcnNldD0idXRmLTgiCkNvbnRlbnQtVHJhbnNmZXItRW5jb2Rpbmc6IHF1b3RlZC1w
cmludGFibGUK

--_001_2d498d6bDB9PR02MB7321eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxwPjxiPjxmb250IGNvbG9y
PSIjMDAwMDY2IiBzaXplPSIzIiBmYWNlPSJBcmlhbCI+0JTQvtGB0YLQsNCy0LrQsNGC0LAg0LTQ
viDRgtC10LfQuCDQv9C+0LvRg9GH0LDRgtC10LvQuCDQuNC70Lgg0LPRgNGD0L/QuCDQtSDQvdC1
0YPRgdC/0LXRiNC90LA6PC9mb250PjwvYj48L3A+Cjxmb250IGNvbG9yPSIjMDAwMDAwIiBzaXpl
PSIyIiBmYWNlPSJUYWhvbWEiPjxwPjxhIGhyZWY9Im1haWx0bzppdmFuLnBldHJvdkBzdHJvaXRl
bC1iZy5leGFtcGxlLmJnIj7QmNCy0LDQvSDQn9C10YLRgNC+0LIgKGl2YW4ucGV0cm92QHN0cm9p
dGVsLWJnLmV4YW1wbGUuYmcpPC9hPjxicj4KPC9mb250Pgo8Zm9udCBjb2xvcj0iIzAwMDAwMCIg
c2l6ZT0iMyIgZmFjZT0iQXJpYWwiPtCS0YrQstC10LTQtdC90LjRj9GCINC40LzQtdC50Lsg0LDQ
tNGA0LXRgSDQvdC1INC80L7QttC1INC00LAg0LHRitC00LUg0L3QsNC80LXRgNC10L0uINCf0YDQ
vtCy0LXRgNC10YLQtSDQuNC80LXQudC7INCw0LTRgNC10YHQsCDQvdCwINC/0L7Qu9GD0YfQsNGC
0LXQu9GPINC4INC+0L/QuNGC0LDQudGC0LUg0LTQsCDQuNC30L/RgNCw0YLQuNGC0LUg0YHRitC+
0LHRidC10L3QuNC10YLQviDQvtGC0L3QvtCy0L4uINCQ0LrQviDQv9GA0L7QsdC70LXQvNGK0YIg
0L/RgNC+0LTRitC70LbQsNCy0LAsINGB0LUg0L7QsdGK0YDQvdC10YLQtSDQutGK0Lwg0L7RgtC0
0LXQu9CwINC30LAg0YLQtdGF0L3QuNGH0LXRgdC60LAg0L/QvtC00LTRgNGK0LbQutCwLjwvZm9u
dD48L3A+Cjxmb250IGNvbG9yPSIjODA4MDgwIiBzaXplPSIyIiBmYWNlPSJUYWhvbWEiPjxwPjxi
PtCU0LjQsNCz0L3QvtGB0YLQuNGH0L3QsCDQuNC90YTQvtGA0LzQsNGG0LjRjyDQt9CwINCw0LTQ
vNC40L3QuNGB0YLRgNCw0YLQvtGA0Lg6PC9iPjwvcD4K0JPQtdC90LXRgNC40YDQsNGJINGB0YrR
gNCy0YrRgDogREI5UFIwMk1CNzMyMS5ldXJwcmQwMi5wcm9kLm91dGxvb2suY29tPGJyPgo8YnI+
Cml2YW4ucGV0cm92QHN0cm9pdGVsLWJnLmV4YW1wbGUuYmc8YnI+Cm1haWwuc3Ryb2l0ZWwtYmcu
ZXhhbXBsZS5iZyDQntGC0LTQsNC70LXRh9C10L3QuNGP0YIg0YHRitGA0LLRitGAINCy0YrRgNC9
0LAgJzU1MCA1LjEuMSAmbHQ7aXZhbi5wZXRyb3ZAc3Ryb2l0ZWwtYmcuZXhhbXBsZS5iZyZndDs6
IFJlY2lwaWVudCBhZGRyZXNzIHJlamVjdGVkOiBVc2VyIHVua25vd24nPGJyPgo8YnI+CjwvZm9u
dD4KPHA+PGZvbnQgY29sb3I9IiM4MDgwODAiIHNpemU9IjIiIGZhY2U9IlRhaG9tYSI+0JfQsNCz
0LvQsNCy0LrQuCDQvdCwINC+0YDQuNCz0LjQvdCw0LvQvdC+0YLQviDRgdGK0L7QsdGJ0LXQvdC4
0LU6PC9mb250PjwvcD4KPHByZT5Gcm9tOiBQcml2YWN5IHNob3AuZXhhbXBsZS5iZSAmbHQ7cHJp
dmFjeUBzaG9wLmV4YW1wbGUuYmUmZ3Q7ClRvOiA9P3V0Zi04P2I/MEpqUXN0Q3cwTDBnMEovUXRk
R0MwWURRdnRDeT89ICZsdDtpdmFuLnBldHJvdkBzdHJvaXRlbC1iZy5leGFtcGxlLmJnJmd0OwpT
dWJqZWN0OiA9P3V0Zi04P2I/MEovUXZ0R0MwTExSaXRHQTBMVFF0ZEdDMExVZzBMalJnZEM2MExE
UXZkQzEwWUxRdmlEUmdkQzQ/PQogPT91dGYtOD9iP0lOQyswWUxRdmRDKzBZSFF2ZEMrSU5DNzBM
alJoOUM5MExqUmd0QzFJTkMwMExEUXZkQzkwTGc9Pz0KRGF0ZTogTW9uLCAxNiBOb3YgMjAyNiAw
OToyMDowMCArMDEwMApNZXNzYWdlLUlEOiAmbHQ7YjY4N2E5MjI4MTc3NjQzOC42YWIwNTE4Y0Bz
aG9wLmV4YW1wbGUuYmUmZ3Q7Ck1JTUUtVmVyc2lvbjogMS4wCkNvbnRlbnQtVHlwZTogdGV4dC9w
bGFpbjsgY2hhcnNldD0idXRmLTgiCkNvbnRlbnQtVHJhbnNmZXItRW5jb2Rpbmc6IHF1b3RlZC1w
cmludGFibGUKPC9wcmU+CjwvYm9keT4KPC9odG1sPgo=

--_001_2d498d6bDB9PR02MB7321eurp_--

--_000_2d498d6bDB9PR02MB7321eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7321.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM6PR02MB4410.eurprd02.prod.outlook.com
Arrival-Date: Mon, 16 Nov 2026 07:20:57 +0000

Final-Recipient: rfc822;ivan.petrov@stroitel-bg.example.bg
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <ivan.petrov@stroitel-bg.example.bg>: Recipient address rejected: User unknown
Remote-MTA: dns;mail.stroitel-bg.example.bg

--_000_2d498d6bDB9PR02MB7321eurp_
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: =?utf-8?b?0JjQstCw0L0g0J/QtdGC0YDQvtCy?= <ivan.petrov@stroitel-bg.example.bg>
Subject: =?utf-8?b?0J/QvtGC0LLRitGA0LTQtdGC0LUg0LjRgdC60LDQvdC10YLQviDRgdC4?=
 =?utf-8?b?INC+0YLQvdC+0YHQvdC+INC70LjRh9C90LjRgtC1INC00LDQvdC90Lg=?=
Date: Mon, 16 Nov 2026 09:20:00 +0100
Message-ID: <b687a92281776438.6ab0518c@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=D0=A3=D0=B2=D0=B0=D0=B6=D0=B0=D0=B5=D0=BC=D0=B8/=D0=B0 =D0=98=D0=B2=D0=B0=
=D0=BD =D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2,

=D0=9D=D0=B0 13 =D0=BD=D0=BE=D0=B5=D0=BC=D0=B2=D1=80=D0=B8 2026 =D0=B3. =D0=
=BD=D0=B8 =D0=BF=D0=B8=D1=81=D0=B0=D1=85=D1=82=D0=B5: =E2=80=9E=D0=9C=D0=BE=
=D0=BB=D1=8F, =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B9=D1=82=D0=B5 =D0=BF=D1=80=
=D0=BE=D1=84=D0=B8=D0=BB=D0=B0 =D0=BC=D0=B8 =D0=B8 =D0=B2=D1=81=D0=B8=D1=87=
=D0=BA=D0=B8 =D0=BC=D0=BE=D0=B8 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8 =D0=B4=D0=B0=
=D0=BD=D0=BD=D0=B8.=E2=80=9C

=D0=9F=D1=80=D0=B5=D0=B4=D0=B8 =D0=B4=D0=B0 =D0=B8=D0=B7=D0=BF=D1=8A=D0=BB=
=D0=BD=D0=B8=D0=BC =D0=B8=D1=81=D0=BA=D0=B0=D0=BD=D0=B5=D1=82=D0=BE =D0=92=
=D0=B8, =D1=82=D1=80=D1=8F=D0=B1=D0=B2=D0=B0 =D0=B4=D0=B0 =D0=BF=D1=80=D0=
=BE=D0=B2=D0=B5=D1=80=D0=B8=D0=BC =D0=B4=D0=B0=D0=BB=D0=B8 =D1=82=D0=BE=D0=
=B7=D0=B8 =D0=B0=D0=B4=D1=80=D0=B5=D1=81 =D0=B5 =D0=92=D0=B0=D1=88. =D0=9C=
=D0=BE=D0=BB=D1=8F, =D0=BA=D0=BB=D0=B8=D0=BA=D0=BD=D0=B5=D1=82=D0=B5 =D0=B2=
=D1=8A=D1=80=D1=85=D1=83 =D0=B2=D1=80=D1=8A=D0=B7=D0=BA=D0=B0=D1=82=D0=B0 =
=D0=BF=D0=BE-=D0=B4=D0=BE=D0=BB=D1=83 =D0=B2 =D1=81=D1=80=D0=BE=D0=BA =D0=
=BE=D1=82 14 =D0=B4=D0=BD=D0=B8:
https://shop.example.be/privacy/confirm?t=3D69403e5c9443

=D0=90=D0=BA=D0=BE =D0=BD=D0=B5 =D1=81=D1=82=D0=B5 =D0=B8=D0=B7=D0=BF=D1=80=
=D0=B0=D1=82=D0=B8=D0=BB=D0=B8 =D0=92=D0=B8=D0=B5 =D1=82=D0=BE=D0=B2=D0=B0 =
=D0=B8=D1=81=D0=BA=D0=B0=D0=BD=D0=B5, =D0=BD=D0=B5 =D0=BE=D0=B1=D1=80=D1=8A=
=D1=89=D0=B0=D0=B9=D1=82=D0=B5 =D0=B2=D0=BD=D0=B8=D0=BC=D0=B0=D0=BD=D0=B8=
=D0=B5 =D0=BD=D0=B0 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5=
=D1=82=D0=BE.

=D0=A1 =D1=83=D0=B2=D0=B0=D0=B6=D0=B5=D0=BD=D0=B8=D0=B5,
=D0=95=D0=BA=D0=B8=D0=BF=D1=8A=D1=82 =D0=BF=D0=BE =D0=B7=D0=B0=D1=89=D0=B8=
=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5
shop.example.be
--_000_2d498d6bDB9PR02MB7321eurp_--
'''),
    ('bg', 'abv-nedostaveno-saobshtenie', 'automated', (), '''Return-Path: <>
Received: from mx.abv.example.bg (mx.abv.example.bg [194.153.145.70])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QbX8q5Hh4z7tGg
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 14:01:12 +0100 (CET)
Date: Thu, 19 Nov 2026 15:01:11 +0200
From: Mail Delivery System <MAILER-DAEMON@abv.example.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?B?0J3QtdC00L7RgdGC0LDQstC10L3QviDRgdGK0L7QsdGJ0LXQvdC40LU=?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="abv-dsn-c91e2f"
Message-ID: <abv-dsn-c91e2f.1794999671@mx.abv.example.bg>

--abv-dsn-c91e2f
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

0KLQvtCy0LAg0LUg0LDQstGC0L7QvNCw0YLQuNGH0L3QviDRgdGK0L7QsdGJ0LXQvdC40LUg0L7R
giDQv9C+0YnQtdC90YHQutC40Y8g0YHRitGA0LLRitGAINC90LAgQUJWLmJnLgoK0JLQsNGI0LXR
gtC+INGB0YrQvtCx0YnQtdC90LjQtSDQvdC1INC80L7QttCwINC00LAg0LHRitC00LUg0LTQvtGB
0YLQsNCy0LXQvdC+INC00L4g0YHQu9C10LTQvdC40Y8g0L/QvtC70YPRh9Cw0YLQtdC7OgoKICAg
IG1hcmlhLmdlb3JnaWV2YUBhYnYuZXhhbXBsZS5iZwoK0J/RgNC40YfQuNC90LA6INC/0L7RidC1
0L3RgdC60LDRgtCwINC60YPRgtC40Y8g0L3QsCDQv9C+0LvRg9GH0LDRgtC10LvRjyDQtSDQv9GK
0LvQvdCwLgoK0J7RgNC40LPQuNC90LDQu9C90L7RgtC+INGB0YrQvtCx0YnQtdC90LjQtSDQtSDQ
v9GA0LjQu9C+0LbQtdC90L4uCg==

--abv-dsn-c91e2f
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.abv.example.bg

Final-Recipient: rfc822; maria.georgieva@abv.example.bg
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--abv-dsn-c91e2f
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: =?utf-8?b?0JzQsNGA0LjRjyDQk9C10L7RgNCz0LjQtdCy0LA=?= <maria.georgieva@abv.example.bg>
Subject: =?utf-8?b?0J/QvtGC0LLRitGA0LTQtdGC0LUg0LjRgdC60LDQvdC10YLQviDRgdC4?=
 =?utf-8?b?INC+0YLQvdC+0YHQvdC+INC70LjRh9C90LjRgtC1INC00LDQvdC90Lg=?=
Date: Thu, 19 Nov 2026 14:00:00 +0100
Message-ID: <b8c36c7bece1f326.c57f3aca@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Уважаеми/а Мария Георгиева,

На 18 ноември 2026 г. ни писахте: „Искам копие от всички данни, които съхранявате за мен.“

Преди да изпълним искането Ви, трябва да проверим дали този адрес е Ваш. Моля, кликнете върху връзката по-долу в срок от 14 дни:
https://shop.example.be/privacy/confirm?t=2fcc4f912a2d

Ако не сте изпратили Вие това искане, не обръщайте внимание на съобщението.

С уважение,
Екипът по защита на данните
shop.example.be

--abv-dsn-c91e2f--
'''),
    ('bg', 'person-forwards-abv-bounce-unsubscribe', 'withdraw_consent', ('deletion',), '''Return-Path: <stefan.dimitrov@abv.example.bg>
Received: from smtp.abv.example.bg (smtp.abv.example.bg [203.0.113.68])
	by mail.shop.example.be (Postfix) with ESMTPS id 4Q0deca92fa0
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 19:48:20 +0200
Message-ID: <abv-web.5d8e2c1a.1795096100@abv.example.bg>
Date: Wed, 25 Nov 2026 19:48:20 +0200
MIME-Version: 1.0
From: =?utf-8?b?0KHRgtC10YTQsNC9INCU0LjQvNC40YLRgNC+0LI=?= <stefan.dimitrov@abv.example.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?RndkOiDQndC10LTQvtGB0YLQsNCy0LXQvdC+INGB0YrQvtCx0YnQtdC9?=
 =?utf-8?b?0LjQtQ==?=
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=BF=D0=B8=D1=81=D0=B0=D1=85 =D0=B2=D0=B8 =D0=BD=D0=B0 kontakt@shop.examp=
le.be, =D0=BD=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5=
=D1=82=D0=BE =D0=BC=D0=B8 =D1=81=D0=B5 =D0=B2=D1=8A=D1=80=D0=BD=D0=B0 (=D0=
=B2=D0=B8=D0=B6=D1=82=D0=B5 =D0=BF=D0=BE-=D0=B4=D0=BE=D0=BB=D1=83).

=D0=9D=D0=B5 =D0=B8=D1=81=D0=BA=D0=B0=D0=BC =D0=BF=D0=BE=D0=B2=D0=B5=D1=87=
=D0=B5 =D0=B4=D0=B0 =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D0=B2=D0=B0=D0=BC =
=D0=B2=D0=B0=D1=88=D0=B8=D1=8F =D0=B1=D1=8E=D0=BB=D0=B5=D1=82=D0=B8=D0=BD =
=D0=B8 =D1=80=D0=B5=D0=BA=D0=BB=D0=B0=D0=BC=D0=BD=D0=B8 =D0=B8=D0=BC=D0=B5=
=D0=B9=D0=BB=D0=B8, =D0=BE=D1=82=D1=82=D0=B5=D0=B3=D0=BB=D1=8F=D0=BC =D1=81=
=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D0=B5=D1=82=D0=BE =D1=81=D0=B8. =D0=9E=
=D1=81=D0=B2=D0=B5=D0=BD =D1=82=D0=BE=D0=B2=D0=B0 =D0=B8=D1=81=D0=BA=D0=B0=
=D0=BC =D0=B4=D0=B0 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B5=D1=82=D0=B5 =D0=BF=
=D1=80=D0=BE=D1=84=D0=B8=D0=BB=D0=B0 =D0=BC=D0=B8 =D0=B8 =D0=B2=D1=81=D0=B8=
=D1=87=D0=BA=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 =D0=B7=D0=B0 =D0=BC=D0=B5=
=D0=BD.

=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,
=D0=A1=D1=82=D0=B5=D1=84=D0=B0=D0=BD =D0=94=D0=B8=D0=BC=D0=B8=D1=82=D1=80=
=D0=BE=D0=B2

-------- =D0=9F=D1=80=D0=B5=D0=BF=D1=80=D0=B0=D1=82=D0=B5=D0=BD=D0=BE =D1=
=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5 --------
=D0=9E=D1=82: Mail Delivery System <MAILER-DAEMON@abv.example.bg>
=D0=94=D0=B0=D1=82=D0=B0: 24.11.2026 22:15
=D0=9E=D1=82=D0=BD=D0=BE=D1=81=D0=BD=D0=BE: =D0=9D=D0=B5=D0=B4=D0=BE=D1=81=
=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=
=D0=BD=D0=B8=D0=B5

=D0=92=D0=B0=D1=88=D0=B5=D1=82=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=
=D0=BD=D0=B8=D0=B5 =D0=BD=D0=B5 =D0=BC=D0=BE=D0=B6=D0=B0 =D0=B4=D0=B0 =D0=
=B1=D1=8A=D0=B4=D0=B5 =D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=
=BE =D0=B4=D0=BE =D1=81=D0=BB=D0=B5=D0=B4=D0=BD=D0=B8=D1=8F =D0=BF=D0=BE=D0=
=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB:
    kontakt@shop.example.be
=D0=9F=D1=80=D0=B8=D1=87=D0=B8=D0=BD=D0=B0: 550 5.1.1 User unknown
'''),
]

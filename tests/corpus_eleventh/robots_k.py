"""Eleventh set, robots from many MTAs and auto-responders and people who look like them, as raw RFC 5322 messages. Written apart from the code."""

ROBOTS = [
    ('en', 'postfix-bounce', 'automated', (),
"""Return-Path: <>
Received: by mail.shop.example.be (Postfix)
	id 4RvK2M0x7Wz1xqL; Tue, 12 Mar 2024 09:41:07 +0100 (CET)
Date: Tue, 12 Mar 2024 09:41:07 +0100 (CET)
From: MAILER-DAEMON@mail.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4RvK2M0x7Wz1xqL.1710232867/mail.shop.example.be"
Message-Id: <4RvK2M0x7Wz1xqL@mail.shop.example.be>

This is a MIME-encapsulated message.

--4RvK2M0x7Wz1xqL.1710232867/mail.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.harlow@btinternet.com>: host mx-bt.mail.am0.yahoodns.net[67.195.204.72]
    said: 554 delivery error: dd This user doesn't have a btinternet.com
    account (d.harlow@btinternet.com) [0] - mta4208.bt.mail.ir2.yahoo.com (in
    reply to end of DATA command)

--4RvK2M0x7Wz1xqL.1710232867/mail.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.shop.example.be
X-Postfix-Queue-ID: 4RvK2M0x7Wz1xqL
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 12 Mar 2024 09:41:05 +0100 (CET)

Final-Recipient: rfc822; d.harlow@btinternet.com
Original-Recipient: rfc822;d.harlow@btinternet.com
Action: failed
Status: 5.0.0
Remote-MTA: dns; mx-bt.mail.am0.yahoodns.net
Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a
    btinternet.com account (d.harlow@btinternet.com) [0] -
    mta4208.bt.mail.ir2.yahoo.com

--4RvK2M0x7Wz1xqL.1710232867/mail.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822

Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [10.20.0.14])
	by mail.shop.example.be (Postfix) with ESMTPS id 4RvK2M0x7Wz1xqL
	for <d.harlow@btinternet.com>; Tue, 12 Mar 2024 09:41:05 +0100 (CET)
Date: Tue, 12 Mar 2024 09:41:04 +0100
From: Privacy Team <privacy@shop.example.be>
To: David Harlow <d.harlow@btinternet.com>
Subject: Re: Subject access request - David Harlow
Message-ID: <pr-2024-0311-0087@shop.example.be>
In-Reply-To: <CAH7xq1Vb0=kT9@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Mr Harlow,

Thank you for your access request of 4 March 2024 under Article 15 GDPR.

Please find attached a copy of the personal data we hold about you:
your customer account, your order history since 2019, your loyalty card
transactions and your newsletter preferences. We also list the purposes
of processing, the recipients (our delivery partners and our e-mail
service provider) and how long we keep each category of data.

If you would like us to correct or delete any of this information, or if
you wish to object to direct marketing, simply reply to this e-mail.

Kind regards,

Privacy Team
shop.example.be

--4RvK2M0x7Wz1xqL.1710232867/mail.shop.example.be--
"""),
    ('en', 'exim-bounce', 'automated', (),
"""Return-path: <>
Envelope-to: privacy@shop.example.be
Delivery-date: Mon, 06 May 2024 14:22:51 +0200
Received: from mailnull by relay2.hostingpartner.eu with local (Exim 4.96.2)
	id 1s3xYd-0007Qk-1z
	for privacy@shop.example.be;
	Mon, 06 May 2024 14:22:51 +0200
X-Failed-Recipients: maggie.t@oldhost-mail.co.uk
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay2.hostingpartner.eu>
To: privacy@shop.example.be
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1s3xYd-0007Qk-1z@relay2.hostingpartner.eu>
Date: Mon, 06 May 2024 14:22:51 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  maggie.t@oldhost-mail.co.uk
    host mx1.oldhost-mail.co.uk [185.23.101.9]
    SMTP error from remote mail server after RCPT TO:<maggie.t@oldhost-mail.co.uk>:
    550 5.1.1 <maggie.t@oldhost-mail.co.uk>: Recipient address rejected: User unknown in virtual mailbox table

------ This is a copy of the message, including all the headers. ------

Return-path: <privacy@shop.example.be>
Received: from [10.20.0.14] (helo=helpdesk.shop.example.be)
	by relay2.hostingpartner.eu with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96.2)
	(envelope-from <privacy@shop.example.be>)
	id 1s3xYc-0007Qf-2L
	for maggie.t@oldhost-mail.co.uk;
	Mon, 06 May 2024 14:22:50 +0200
Date: Mon, 6 May 2024 14:22:48 +0200
From: "shop.example.be - Privacy" <privacy@shop.example.be>
To: maggie.t@oldhost-mail.co.uk
Subject: Re: please delete my account
Message-ID: <20240506122248.GA3310@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hello Margaret,

As requested, your account has been closed and your personal data has
been deleted from our customer database, our newsletter list and our
loyalty programme. We only keep the invoices of your two orders from
2022, because Belgian accounting law requires us to keep them for
seven years; they are no longer used for anything else.

You will not receive any further e-mails from us.

Best regards,
Privacy team - shop.example.be

> Hi, I don't want an account with you anymore, can you get rid of it
> and everything you have on me? thanks Maggie
"""),
    ('en', 'qmail-bounce', 'automated', (),
"""Return-Path: <>
Received: (qmail 28871 invoked for bounce); 19 Jun 2024 07:03:12 -0000
Date: 19 Jun 2024 07:03:12 -0000
From: MAILER-DAEMON@mx3.smallisp.net
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mx3.smallisp.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<peterjk@smallisp.net>:
This message is looping: it already has my Delivered-To line. (#5.4.6)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28860 invoked from network); 19 Jun 2024 07:03:11 -0000
Received: from mail.shop.example.be (HELO mail.shop.example.be) (194.78.12.40)
  by mx3.smallisp.net with SMTP; 19 Jun 2024 07:03:11 -0000
Delivered-To: peterjk@smallisp.net
From: privacy@shop.example.be
To: peterjk@smallisp.net
Subject: Your request: newsletter and marketing e-mails
Date: Wed, 19 Jun 2024 09:03:09 +0200

Dear customer,

We confirm that you have been removed from our newsletter and that we
will no longer use your data for marketing purposes. Your objection to
profiling has been recorded as well.

Privacy team
"""),
    ('en', 'sendmail-bounce', 'automated', (),
"""Return-Path: <MAILER-DAEMON@gw.uni-mail.example.edu>
Received: from gw.uni-mail.example.edu (gw.uni-mail.example.edu [131.44.2.9])
	by mail.shop.example.be (Postfix) with ESMTPS id 4WJ0pQ1c2Lz9vTn
	for <privacy@shop.example.be>; Thu,  1 Aug 2024 16:12:40 +0200 (CEST)
Received: from localhost (localhost)
	by gw.uni-mail.example.edu (8.17.1/8.17.1) id 471ECbDx019304;
	Thu, 1 Aug 2024 10:12:37 -0400
Date: Thu, 1 Aug 2024 10:12:37 -0400
From: Mail Delivery Subsystem <MAILER-DAEMON@gw.uni-mail.example.edu>
Message-Id: <202408011412.471ECbDx019304@gw.uni-mail.example.edu>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="471ECbDx019304.1722521557/gw.uni-mail.example.edu"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--471ECbDx019304.1722521557/gw.uni-mail.example.edu

The original message was received at Thu, 1 Aug 2024 10:12:35 -0400
from mail.shop.example.be [194.78.12.40]

   ----- The following addresses had permanent fatal errors -----
<rkowalczyk@uni-mail.example.edu>
    (reason: 550 5.2.1 Mailbox disabled for this recipient)

   ----- Transcript of session follows -----
... while talking to mailstore4.uni-mail.example.edu.:
>>> DATA
<<< 550 5.2.1 Mailbox disabled for this recipient
550 5.1.1 <rkowalczyk@uni-mail.example.edu>... User unknown
<<< 503 5.5.1 No recipients

--471ECbDx019304.1722521557/gw.uni-mail.example.edu
Content-Type: message/delivery-status

Reporting-MTA: dns; gw.uni-mail.example.edu
Received-From-MTA: DNS; mail.shop.example.be
Arrival-Date: Thu, 1 Aug 2024 10:12:35 -0400

Final-Recipient: RFC822; rkowalczyk@uni-mail.example.edu
Action: failed
Status: 5.2.1
Remote-MTA: DNS; mailstore4.uni-mail.example.edu
Diagnostic-Code: SMTP; 550 5.2.1 Mailbox disabled for this recipient
Last-Attempt-Date: Thu, 1 Aug 2024 10:12:37 -0400

--471ECbDx019304.1722521557/gw.uni-mail.example.edu
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [194.78.12.40])
	by gw.uni-mail.example.edu (8.17.1/8.17.1) with ESMTPS id 471ECZqP019301
	for <rkowalczyk@uni-mail.example.edu>; Thu, 1 Aug 2024 10:12:35 -0400
Date: Thu, 1 Aug 2024 16:12:31 +0200
From: Privacy <privacy@shop.example.be>
To: rkowalczyk@uni-mail.example.edu
Subject: Re: Data portability request - your export file
Message-ID: <pr-2024-0801-0212@shop.example.be>

--471ECbDx019304.1722521557/gw.uni-mail.example.edu--
"""),
    ('en', 'gmail-dsn', 'automated', (),
"""Delivered-To: privacy@shop.example.be
Received: by 2002:a05:6a10:8f0e:b0:5a1:1c2e:77d4 with SMTP id t14csp412231pxw;
        Wed, 9 Oct 2024 03:17:44 -0700 (PDT)
Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])
        by mx.google.com with SMTPS id a640c23a62f3a-a9941f0c2bfsor2198376b.8.2024.10.09.03.17.44
        for <privacy@shop.example.be>
        (Google Transport Security);
        Wed, 09 Oct 2024 03:17:44 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <pr-2024-1009-0031@shop.example.be>
In-Reply-To: <pr-2024-1009-0031@shop.example.be>
X-Failed-Recipients: sanne.vdbroek1987@gmail.com
Message-ID: <6706581.050a0220.3d4e1.2c5bSMTPIN_ADDED_MISSING@mx.google.com>
Date: Wed, 09 Oct 2024 03:17:44 -0700 (PDT)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000bcf3060624080b3f"; report-type=delivery-status

--000000000000bcf3060624080b3f
Content-Type: multipart/related; boundary="000000000000bd1ba60624080b4a"

--000000000000bd1ba60624080b4a
Content-Type: multipart/alternative; boundary="000000000000bd1bab0624080b4b"

--000000000000bd1bab0624080b4b
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to sanne.vdbroek1987@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-a9941f0c2bfsor2198376b.8 - gsmtp

--000000000000bd1bab0624080b4b
Content-Type: text/html; charset="UTF-8"


<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<span style="font-size:24px;font-weight:400;color:#202124;line-height:32px;">Address not found</span>
<p style="font-size:14px;line-height:20px;">Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>sanne.vdbroek1987@gmail.com</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<a href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a>
</td></tr>
</tbody></table>
</td></tr>
<tr><td><p style="font-size:14px;color:#616161;">The response was:</p>
<p style="font-size:14px;font-family:monospace;color:#616161;">The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-a9941f0c2bfsor2198376b.8 - gsmtp</p>
</td></tr>
</tbody></table>
</body>
</html>

--000000000000bd1bab0624080b4b--
--000000000000bd1ba60624080b4a--

--000000000000bcf3060624080b3f
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; privacy@shop.example.be
Arrival-Date: Wed, 09 Oct 2024 03:17:43 -0700 (PDT)
X-Original-Message-ID: <pr-2024-1009-0031@shop.example.be>

Final-Recipient: rfc822; sanne.vdbroek1987@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; The email account that you tried to reach does not exist. Please try
 double-checking the recipient's email address for typos or
 unnecessary spaces. For more information, go to
 https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-a9941f0c2bfsor2198376b.8 - gsmtp
Last-Attempt-Date: Wed, 09 Oct 2024 03:17:44 -0700 (PDT)

--000000000000bcf3060624080b3f
Content-Type: message/rfc822

From: Privacy shop.example.be <privacy@shop.example.be>
To: sanne.vdbroek1987@gmail.com
Subject: Re: inzage in mijn gegevens
Date: Wed, 9 Oct 2024 12:17:40 +0200
Message-ID: <pr-2024-1009-0031@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Beste Sanne,

In bijlage vindt u een kopie van alle persoonsgegevens die wij over u bewar=
en (klantaccount, bestellingen, klantenkaart en nieuwsbriefvoorkeuren), zoa=
ls gevraagd in uw verzoek tot inzage.

Met vriendelijke groet,
Team Privacy

--000000000000bcf3060624080b3f--
"""),
    ('en', 'office365-ndr', 'automated', (),
"""Received: from DB9PR02MB7451.eurprd02.prod.outlook.com (2603:10a6:10:2e1::9)
 by AM0PR02MB5970.eurprd02.prod.outlook.com with HTTPS; Fri, 15 Nov 2024
 10:04:19 +0000
MIME-Version: 1.0
From: <postmaster@ardmoreleagal.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Fri, 15 Nov 2024 10:04:19 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="86f0ee3b-0b9b-4a27-9f43-0d62c3b7a1c2"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <bc14a1d0-58a1-4d9f-9c5e-0c3a0b1e77a3@DB9PR02MB7451.eurprd02.prod.outlook.com>
In-Reply-To: <pr-2024-1115-0009@shop.example.be>
References: <pr-2024-1115-0009@shop.example.be>
Subject: Undeliverable: RE: Right to erasure - confirmation
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--86f0ee3b-0b9b-4a27-9f43-0d62c3b7a1c2
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="fd3c1b11-a2c9-4cbe-a9a3-ef3dbd0e55a6"

--fd3c1b11-a2c9-4cbe-a9a3-ef3dbd0e55a6
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to j.obrien@ardmore-legal.ie couldn't be delivered.

The recipient's mailbox is full and can't accept messages now.

privacy       Office 365       j.obrien
Sender                         Recipient
Action Required

How to Fix It
Try resending the message later, or contact the recipient by some other mea=
ns.

Diagnostic information for administrators:

Generating server: DB9PR02MB7451.eurprd02.prod.outlook.com

j.obrien@ardmore-legal.ie
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:=
QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

--fd3c1b11-a2c9-4cbe-a9a3-ef3dbd0e55a6
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii">
</head>
<body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style=3D"font-size:11pt">Your message to <a href=3D"mailto:j.obrien@ardm=
ore-legal.ie">j.obrien@ardmore-legal.ie</a> couldn't be delivered.</p>
<p style=3D"font-size:17pt;color:#c00000">The recipient's mailbox is full a=
nd can't accept messages now.</p>
<table style=3D"width:100%"><tr><td>privacy</td><td>Office 365</td><td>j.ob=
rien</td></tr>
<tr><td>Sender</td><td><b>Action Required</b></td><td>Recipient</td></tr></=
table>
<p style=3D"font-size:10.5pt"><b>How to Fix It</b><br>
Try resending the message later, or contact the recipient by some other mea=
ns.</p>
<p style=3D"font-size:8pt">Was this helpful? <a href=3D"https://go.microsof=
t.com/fwlink/?LinkId=3D525921">Send feedback to Microsoft</a>.</p>
<hr>
<p style=3D"font-size:10pt"><b>Diagnostic information for administrators:</=
b></p>
<p style=3D"font-size:10pt">Generating server: DB9PR02MB7451.eurprd02.prod.=
outlook.com</p>
<p>j.obrien@ardmore-legal.ie<br>Remote Server returned '554 5.2.2 mailbox f=
ull; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoff=
QuotaExceeded'</p>
</div>
</body>
</html>

--fd3c1b11-a2c9-4cbe-a9a3-ef3dbd0e55a6--

--86f0ee3b-0b9b-4a27-9f43-0d62c3b7a1c2
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7451.eurprd02.prod.outlook.com
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Fri, 15 Nov 2024 10:04:17 +0000

Final-Recipient: rfc822;j.obrien@ardmore-legal.ie
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--86f0ee3b-0b9b-4a27-9f43-0d62c3b7a1c2
Content-Type: message/rfc822

From: Privacy Team <privacy@shop.example.be>
To: "O'Brien, Joanne" <j.obrien@ardmore-legal.ie>
Subject: RE: Right to erasure - confirmation
Date: Fri, 15 Nov 2024 11:04:12 +0100
Message-ID: <pr-2024-1115-0009@shop.example.be>
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0

Dear Ms O'Brien,

Further to your client's request under Article 17 GDPR, we confirm that
all personal data relating to your client has been erased, including the
customer account, the loyalty card and the newsletter subscription.
Data held by our marketing partners has also been deleted at our request.

Yours sincerely,
Privacy Team

--86f0ee3b-0b9b-4a27-9f43-0d62c3b7a1c2--
"""),
    ('en', 'zendesk-autoack', 'automated', (),
"""Return-Path: <support+id4471932@greenleaf-logistics.zendesk.com>
Date: Tue, 21 Jan 2025 08:15:02 +0000
From: Greenleaf Logistics Support <support@greenleaf-logistics.com>
Reply-To: Greenleaf Logistics Support <support+id4471932@greenleaf-logistics.zendesk.com>
To: Privacy <privacy@shop.example.be>
Message-ID: <Z9QXW8KD5E_678f57a6a3e1b_2c9b3fa4_sprut@zendesk.com>
In-Reply-To: <pr-2025-0121-0004@shop.example.be>
Subject: [Greenleaf Logistics] Re: Erasure request forwarded by shop.example.be - customer ref 88213
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_678f57a6b1f2e_2c9b3fa4120931";
 charset=utf-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8a1c2e4
X-Zendesk-Email-Id: 01JJ3T7K2VQ6ZZ9M4P1B8W3XNC

----==_mimepart_678f57a6b1f2e_2c9b3fa4120931
Content-Type: text/plain;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

##- Please type your reply above this line -##

Your request (#4471932) has been received and is being reviewed by our supp=
ort staff.

To add additional comments, reply to this email.

Our team usually answers within 2 working days. For urgent delivery issues =
please call +44 20 3808 4410.

This email is a service from Greenleaf Logistics.

[Z9QXW8-KD5E]

----==_mimepart_678f57a6b1f2e_2c9b3fa4120931
Content-Type: text/html;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><div style=3D"color:#b5b5b5">##- Please type your reply above t=
his line -##</div><p>Your request (#4471932) has been received and is being=
 reviewed by our support staff.</p><p>To add additional comments, reply to =
this email.</p><p>Our team usually answers within 2 working days.</p><div s=
tyle=3D"color:#aaaaaa">This email is a service from Greenleaf Logistics.</d=
iv></body></html>

----==_mimepart_678f57a6b1f2e_2c9b3fa4120931--
"""),
    ('en', 'mdn-read-receipt', 'automated', (),
"""From: "Fenwick, Alastair" <alastair.fenwick@fenwickjoinery.co.uk>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Read: Your personal data - copy as requested
Date: Mon, 3 Feb 2025 09:52:11 +0000
Message-ID: <LO2P265MB53126A1E0F4C3C9D8E2B7AA1C9F02@LO2P265MB5312.GBRP265.PROD.OUTLOOK.COM>
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_LO2P265MB53126A1E0F4C3_"

--_000_LO2P265MB53126A1E0F4C3_
Content-Type: text/plain; charset="us-ascii"

Your message

  To: Fenwick, Alastair
  Subject: Your personal data - copy as requested
  Sent: Friday, January 31, 2025 4:40:02 PM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris

was read on Monday, February 3, 2025 9:52:08 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.

--_000_LO2P265MB53126A1E0F4C3_
Content-Type: message/disposition-notification

Reporting-UA: LO2P265MB5312.GBRP265.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822;alastair.fenwick@fenwickjoinery.co.uk
Original-Message-ID: <pr-2025-0131-0112@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_LO2P265MB53126A1E0F4C3_--
"""),
    ('en', 'mailman-held', 'automated', (),
"""Return-Path: <partners-bounces@lists.homegarden-retail.org>
Date: Wed, 12 Mar 2025 15:30:44 +0100
From: partners-owner@lists.homegarden-retail.org
To: privacy@shop.example.be
Subject: Your message to Partners awaits moderator approval
Message-ID: <mailman.1187.1741789844.1290.partners@lists.homegarden-retail.org>
Precedence: bulk
X-BeenThere: partners@lists.homegarden-retail.org
X-Mailman-Version: 2.1.39
List-Id: Retail partners network <partners.lists.homegarden-retail.org>
X-List-Administrivia: yes
Errors-To: partners-bounces@lists.homegarden-retail.org
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your mail to 'Partners' with the subject

    Data subject requests - new contact address for privacy questions

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.  If you would like to cancel
this posting, please visit the following URL:

    https://lists.homegarden-retail.org/mailman/confirm/partners/3f8a0c1d2e9b77c6a1e40b5d9f2c8a71e6d03b4f

"""),
    ('nl', 'exchange-ooo', 'automated', (),
"""Received: from AS8PR04MB8212.eurprd04.prod.outlook.com
 by AS8PR04MB8212.eurprd04.prod.outlook.com with mapi id 15.20.8207.017;
 Thu, 25 Jul 2024 09:12:33 +0000
From: Kristof De Smedt <kristof.desmedt@vanhoutte-bouw.be>
To: Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw verzoek tot inzage - ref. PR-2024-0722
Thread-Topic: Uw verzoek tot inzage - ref. PR-2024-0722
Date: Thu, 25 Jul 2024 09:12:33 +0000
Message-ID: <c5a1bd7e2c6f4a0b9e1f3a7d2b8c4e61@AS8PR04MB8212.eurprd04.prod.outlook.com>
In-Reply-To: <pr-2024-0725-0018@shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-Exchange-Organization-AutoReplyType: OOF
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Goeiedag,

Ik ben met verlof tot en met vrijdag 9 augustus en heb geen toegang tot mij=
n mails.
Uw bericht wordt niet doorgestuurd.

Voor dringende zaken kunt u terecht bij mijn collega Els Maes (els.maes@van=
houtte-bouw.be of 09 386 22 10).

Met vriendelijke groeten,
Kristof De Smedt
Projectleider | Vanhoutte Bouw nv
"""),
    ('nl', 'webmail-ooo-noheaders', 'automated', (),
"""Return-Path: <marleen.peeters54@telenet.be>
From: marleen.peeters54@telenet.be
To: privacy@shop.example.be
Subject: Re: Bevestiging: uw gegevens werden aangepast
Date: Sat, 14 Sep 2024 18:03:27 +0200
Message-ID: <1431728119.88213.1726329807404@webmail.telenet.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: Open-Xchange Mailer v7.10.6-Rev62

Dag,

Ik ben op reis en lees mijn mails pas terug vanaf 30 september.
Daarna antwoord ik zo snel mogelijk.

Groetjes
Marleen
"""),
    ('nl', 'provider-bounce-mailboxfull', 'automated', (),
"""Return-Path: <>
Received: from mailrelay-out.proximus.be (mailrelay-out.proximus.be [195.238.20.142])
	by mail.shop.example.be (Postfix) with ESMTPS id 4XbL3c1FQkz2wQm
	for <privacy@shop.example.be>; Mon, 18 Nov 2024 07:44:12 +0100 (CET)
From: "Mail Delivery System" <MAILER-DAEMON@mailrelay-out.proximus.be>
To: <privacy@shop.example.be>
Subject: Onbestelbaar bericht: Re: stopzetting klantenkaart en nieuwsbrief
Date: Mon, 18 Nov 2024 07:44:11 +0100
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_Part_5538201_1290341.1731912251"

------=_Part_5538201_1290341.1731912251
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dit is een automatisch bericht van de mailserver van Proximus.

Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:

    j.wouters@skynet.be

Reden: de mailbox van de ontvanger is vol. De ontvanger moet eerst berichten
verwijderen voordat er nieuwe mails kunnen worden ontvangen. Probeer het la=
ter
opnieuw.

Ce message a =C3=A9t=C3=A9 g=C3=A9n=C3=A9r=C3=A9 automatiquement. La bo=C3=
=AEte aux lettres du destinataire
est pleine.

Technische gegevens:
452 4.2.2 <j.wouters@skynet.be>: mailbox over quota

------=_Part_5538201_1290341.1731912251
Content-Type: message/delivery-status

Reporting-MTA: dns; mailrelay-out.proximus.be
Arrival-Date: Mon, 18 Nov 2024 07:43:58 +0100

Final-Recipient: rfc822; j.wouters@skynet.be
Action: failed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 mailbox over quota

------=_Part_5538201_1290341.1731912251
Content-Type: text/rfc822-headers

From: Team Privacy <privacy@shop.example.be>
To: Jan Wouters <j.wouters@skynet.be>
Subject: Re: stopzetting klantenkaart en nieuwsbrief
Date: Mon, 18 Nov 2024 07:43:55 +0100
Message-ID: <pr-2024-1118-0002@shop.example.be>

------=_Part_5538201_1290341.1731912251--
"""),
    ('fr', 'exchange-ndr', 'automated', (),
"""From: <postmaster@cabinetlemaire.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Wed, 4 Dec 2024 13:27:50 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e2f1c8a0-71b3-4b0c-8d7e-2e9a5c4b1f60"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <3d7a2f11-c9a4-4f22-a1b8-77e0d3c9a512@PR1P264MB3519.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: <pr-2024-1204-0044@shop.example.be>
References: <pr-2024-1204-0044@shop.example.be>
Subject: =?iso-8859-1?Q?Non_remis=A0:_Re:_Votre_demande_d'acc=E8s_=E0_vos_donn?=
 =?iso-8859-1?Q?=E9es_personnelles?=
Auto-Submitted: auto-replied

--e2f1c8a0-71b3-4b0c-8d7e-2e9a5c4b1f60
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

Vm90cmUgbWVzc2FnZSDDoCBuYWRpYS5iZW5hbGlAY2FiaW5ldC1sZW1haXJlLmZyIG4nYSBwYXMg
cHUgw6p0cmUgcmVtaXMuCgpMJ2FkcmVzc2UgZGUgbWVzc2FnZXJpZSBuJ2EgcGFzIMOpdMOpIHRy
b3V2w6llIGNoZXogbGUgZG9tYWluZSBjYWJpbmV0LWxlbWFpcmUuZnIuCgpDb21tZW50IHLDqXNv
dWRyZSBsZSBwcm9ibMOobWUKTGUgbWVzc2FnZSBuJ2EgcGFzIHB1IMOqdHJlIHJlbWlzIHBhcmNl
IHF1ZSBsJ2FkcmVzc2UgZGUgbWVzc2FnZXJpZSBkdSBkZXN0aW5hdGFpcmUgZXN0IGludHJvdXZh
YmxlLiBWw6lyaWZpZXogcXVlIGwnYWRyZXNzZSBlc3QgY29ycmVjdGUgZXQgcmVudm95ZXogbGUg
bWVzc2FnZS4KCkluZm9ybWF0aW9ucyBkZSBkaWFnbm9zdGljIHBvdXIgbGVzIGFkbWluaXN0cmF0
ZXVycyA6CgpTZXJ2ZXVyIGRlIGfDqW7DqXJhdGlvbiA6IFBSMVAyNjRNQjM1MTkuRlJBUDI2NC5Q
Uk9ELk9VVExPT0suQ09NCgpuYWRpYS5iZW5hbGlAY2FiaW5ldC1sZW1haXJlLmZyClJlbW90ZSBT
ZXJ2ZXIgcmV0dXJuZWQgJzU1MCA1LjEuMTAgUkVTT0xWRVIuQURSLlJlY2lwaWVudE5vdEZvdW5k
OyBSZWNpcGllbnQgbm90IGZvdW5kIGJ5IFNNVFAgYWRkcmVzcyBsb29rdXAnCg==

--e2f1c8a0-71b3-4b0c-8d7e-2e9a5c4b1f60
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB3519.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Wed, 4 Dec 2024 13:27:49 +0000

Final-Recipient: rfc822;nadia.benali@cabinet-lemaire.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--e2f1c8a0-71b3-4b0c-8d7e-2e9a5c4b1f60
Content-Type: message/rfc822

From: =?utf-8?Q?Service_Protection_des_Donn=C3=A9es?= <privacy@shop.example.be>
To: nadia.benali@cabinet-lemaire.fr
Subject: =?utf-8?Q?Re:_Votre_demande_d'acc=C3=A8s_=C3=A0_vos_donn=C3=A9es_personnelles?=
Date: Wed, 4 Dec 2024 14:27:45 +0100
Message-ID: <pr-2024-1204-0044@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Madame,

Suite =C3=A0 votre demande d'acc=C3=A8s du 28 novembre, vous trouverez en p=
i=C3=A8ce jointe l'ensemble des donn=C3=A9es personnelles que nous d=C3=A9t=
enons =C3=A0 votre sujet : compte client, historique de commandes, carte de=
 fid=C3=A9lit=C3=A9 et pr=C3=A9f=C3=A9rences newsletter.

Vous pouvez =C3=A0 tout moment demander la rectification ou l'effacement de=
 ces donn=C3=A9es.

Cordialement,
Le service Protection des Donn=C3=A9es

--e2f1c8a0-71b3-4b0c-8d7e-2e9a5c4b1f60--
"""),
    ('fr', 'mailinblack-challenge', 'automated', (),
"""Return-Path: <noreply@mailinblack.com>
From: "Mailinblack pour c.rousseau@menuiserie-rousseau.fr" <noreply@mailinblack.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Votre_message_=C3=A0_c.rousseau@menuiserie-rousseau.fr_est_en_attente?=
Date: Wed, 22 Jan 2025 10:14:39 +0100
Message-ID: <20250122091439.6f3c0a1b@auth.mailinblack.com>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Mailinblack: challenge
Precedence: bulk
Content-Type: multipart/alternative; boundary="MIB_b7e0f1c2a3d4"

--MIB_b7e0f1c2a3d4
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Vous avez envoy=C3=A9 un message =C3=A0 c.rousseau@menuiserie-rousseau.fr. =
Ce destinataire est prot=C3=A9g=C3=A9 par Mailinblack, une solution anti-sp=
am.

Votre message est en attente. Pour qu'il soit d=C3=A9livr=C3=A9, merci de c=
onfirmer que vous n'=C3=AAtes pas un robot :
https://auth.mailinblack.com/validate?k=3D8Qm2ZpL0aX7vT4sR1nYc

Cette op=C3=A9ration n'est =C3=A0 r=C3=A9aliser qu'une seule fois. Sans act=
ion de votre part sous 7 jours, votre message sera supprim=C3=A9.

Objet du message en attente : Re: Suppression de votre compte client

--MIB_b7e0f1c2a3d4
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:13px">
<p>Bonjour,</p>
<p>Vous avez envoy=C3=A9 un message =C3=A0 <b>c.rousseau@menuiserie-roussea=
u.fr</b>. Ce destinataire est prot=C3=A9g=C3=A9 par <b>Mailinblack</b>, une=
 solution anti-spam.</p>
<p>Votre message est en attente. Pour qu'il soit d=C3=A9livr=C3=A9, merci d=
e confirmer que vous n'=C3=AAtes pas un robot en cliquant sur le lien ci-de=
ssous :</p>
<p><a href=3D"https://auth.mailinblack.com/validate?k=3D8Qm2ZpL0aX7vT4sR1nY=
c" style=3D"background:#2a5bd7;color:#fff;padding:8px 14px;text-decoration:=
none">Je m'authentifie</a></p>
<p>Cette op=C3=A9ration n'est =C3=A0 r=C3=A9aliser qu'une seule fois. Sans =
action de votre part sous 7 jours, votre message sera supprim=C3=A9.</p>
<p style=3D"color:#888;font-size:11px">Objet du message en attente : Re: Su=
ppression de votre compte client<br>Date : 22/01/2025 10:14</p>
</body></html>
--MIB_b7e0f1c2a3d4--
"""),
    ('fr', 'zimbra-ooo', 'automated', (),
"""Return-Path: <>
Received: from zimbra.mairie-exemple.fr (zimbra.mairie-exemple.fr [91.208.54.17])
	by mail.shop.example.be (Postfix) with ESMTPS id 4YhN0m2kTTz7pQ1
	for <privacy@shop.example.be>; Fri, 28 Feb 2025 17:40:02 +0100 (CET)
Date: Fri, 28 Feb 2025 17:40:01 +0100 (CET)
From: Sophie Garnier <sophie.garnier@mairie-exemple.fr>
To: privacy@shop.example.be
Message-ID: <1587210442.2281934.1740760801930.JavaMail.zimbra@mairie-exemple.fr>
In-Reply-To: <pr-2025-0228-0120@shop.example.be>
Subject: Re: Votre opposition au marketing direct a bien =?utf-8?Q?=C3=A9t=C3=A9?= prise en compte
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583

Bonjour,

Je suis absente du 1er au 9 mars inclus, sans accès à ma messagerie.
Pour toute demande urgente concernant l'état civil, merci d'écrire à etatcivil@mairie-exemple.fr.

Bien à vous,
Sophie Garnier
"""),
    ('de', 'domino-ooo-quoted', 'automated', (),
"""Received: from smtp.stadtwerke-musterhausen.de ([62.153.88.12])
	by mail.shop.example.be (Postfix) with ESMTPS id 4ZcQ8x3HnFz1vWk
	for <privacy@shop.example.be>; Tue, 8 Apr 2025 11:05:48 +0200 (CEST)
Subject: =?ISO-8859-1?Q?Abwesenheitsnotiz:_Ihre_Anfrage_auf_L=F6schung_Ihrer_Daten?=
From: Wolfgang Brenner <Wolfgang.Brenner@stadtwerke-musterhausen.de>
To: privacy@shop.example.be
Date: Tue, 8 Apr 2025 11:05:47 +0200
Message-ID: <OFA71C2B3E.4D5E6F70-ONC1258C5A.0032A1F1@stadtwerke-musterhausen.de>
X-Mailer: HCL Notes Release 12.0.2 FP3 June 19, 2024
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="ISO-8859-1"
Content-Transfer-Encoding: quoted-printable

Ich bin ab  07.04.2025 nicht im B=FCro und kehre zur=FCck am 22.04.2025.

Ich werde Ihre Nachricht nach meiner R=FCckkehr beantworten. In dringenden =
F=E4llen wenden Sie sich bitte an die Zentrale unter 0800 123 45 67.

Mit freundlichen Gr=FC=DFen
Wolfgang Brenner


Urspr=FCnglicher Text:
-----
Sehr geehrter Herr Brenner,

wir best=E4tigen hiermit den Eingang Ihres Antrags auf L=F6schung Ihrer per=
sonenbezogenen Daten gem=E4=DF Art. 17 DSGVO. Ihr Kundenkonto sowie Ihre Ku=
ndenkarte werden innerhalb von 30 Tagen gel=F6scht; Sie erhalten danach ein=
e abschlie=DFende Best=E4tigung.

Mit freundlichen Gr=FC=DFen
Ihr Datenschutz-Team
shop.example.be
"""),
    ('de', 'exchange-ndr-mailboxfull', 'automated', (),
"""Return-Path: <>
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mustermann-steuer.de>
To: <privacy@shop.example.be>
Date: Thu, 15 May 2025 08:31:26 +0000
Subject: Unzustellbar: AW: Auskunft nach Art. 15 DSGVO - Ihre Datenkopie
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
Content-Language: de-DE
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-AuthAs: Internal

w5xiZXJtaXR0bHVuZyBhbiBmb2xnZW5kZSBFbXBmw6RuZ2VyIG9kZXIgR3J1cHBlbiBmZWhsZ2Vz
Y2hsYWdlbjoKCmFuamEua2Vzc2xlckBtdXN0ZXJtYW5uLXN0ZXVlci5kZQpEYXMgUG9zdGZhY2gg
ZGVzIEVtcGbDpG5nZXJzIGlzdCB2b2xsIHVuZCBrYW5uIGRlcnplaXQga2VpbmUgTmFjaHJpY2h0
ZW4gYW5uZWhtZW4uIFZlcnN1Y2hlbiBTaWUsIGRpZSBOYWNocmljaHQgc3DDpHRlciBlcm5ldXQg
enUgc2VuZGVuLCBvZGVyIHdlbmRlbiBTaWUgc2ljaCBkaXJla3QgYW4gZGVuIEVtcGbDpG5nZXIu
CgpEaWFnbm9zZWluZm9ybWF0aW9uZW4gZsO8ciBBZG1pbmlzdHJhdG9yZW46CgpHZW5lcmllcmVu
ZGVyIFNlcnZlcjogRVhDSC1TUlYwMi5tdXN0ZXJtYW5uLXN0ZXVlci5sb2NhbAoKYW5qYS5rZXNz
bGVyQG11c3Rlcm1hbm4tc3RldWVyLmRlClJlbW90ZSBTZXJ2ZXIgcmV0dXJuZWQgJzU1NCA1LjIu
MiBtYWlsYm94IGZ1bGw7IFNUT1JFRFJWLkRlbGl2ZXIuRXhjZXB0aW9uOlF1b3RhRXhjZWVkZWRF
eGNlcHRpb24uTWFwaUV4Y2VwdGlvblNodXRvZmZRdW90YUV4Y2VlZGVkJwoKVXJzcHLDvG5nbGlj
aGUgTmFjaHJpY2h0ZW5rb3BmemVpbGVuOgoKRnJvbTogRGF0ZW5zY2h1dHogPHByaXZhY3lAc2hv
cC5leGFtcGxlLmJlPgpUbzogYW5qYS5rZXNzbGVyQG11c3Rlcm1hbm4tc3RldWVyLmRlClN1Ympl
Y3Q6IEFXOiBBdXNrdW5mdCBuYWNoIEFydC4gMTUgRFNHVk8gLSBJaHJlIERhdGVua29waWUKRGF0
ZTogVGh1LCAxNSBNYXkgMjAyNSAxMDozMToyMCArMDIwMApNZXNzYWdlLUlEOiA8cHItMjAyNS0w
NTE1LTAwNjFAc2hvcC5leGFtcGxlLmJlPgo=
"""),
    ('de', 'kerio-delay', 'automated', (),
"""Return-Path: <>
From: Mail Delivery System <postmaster@mail.autohaus-lindner.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Verz=C3=B6gerte_Zustellung:_Re:_Berichtigung_Ihrer_Lieferadresse?=
Date: Fri, 20 Jun 2025 14:02:33 +0200
Message-ID: <kerio.dsn.6855f7a9.1b2c@mail.autohaus-lindner.de>
X-Mailer: Kerio Connect 10.0.6
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="----KerioDSN.0012af98"

------KerioDSN.0012af98
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

DIES IST NUR EINE WARNUNG.
SIE MÜSSEN DIE NACHRICHT NICHT ERNEUT SENDEN.

Die Zustellung an folgende Empfänger wurde verzögert:

    m.lindner@autohaus-lindner.de

Der Server wird weiterhin versuchen, die Nachricht zuzustellen (letzter Versuch: 24.06.2025 14:02).

Grund: 421 4.4.2 Connection timed out

------KerioDSN.0012af98
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.autohaus-lindner.de

Final-Recipient: rfc822; m.lindner@autohaus-lindner.de
Action: delayed
Status: 4.4.2
Will-Retry-Until: Tue, 24 Jun 2025 14:02:33 +0200

------KerioDSN.0012af98
Content-Type: text/rfc822-headers

From: Datenschutz-Team <privacy@shop.example.be>
To: m.lindner@autohaus-lindner.de
Subject: Re: Berichtigung Ihrer Lieferadresse
Date: Fri, 20 Jun 2025 10:01:50 +0200

------KerioDSN.0012af98--
"""),
    ('es', 'outlook-ooo', 'automated', (),
"""From: =?iso-8859-1?Q?Luc=EDa_Fern=E1ndez_Ortega?= <lfernandez@grupoalvarez.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Respuesta_autom=E1tica:_Su_solicitud_de_supresi=F3n_de_datos?=
Thread-Topic: =?iso-8859-1?Q?Su_solicitud_de_supresi=F3n_de_datos?=
Date: Mon, 4 Aug 2025 07:00:14 +0000
Message-ID: <DB8P193MB0581A2C2E3F4A5B6C7D8E9F0AB12C@DB8P193MB0581.EURP193.PROD.OUTLOOK.COM>
In-Reply-To: <pr-2025-0804-0003@shop.example.be>
Content-Language: es-ES
X-MS-Exchange-Organization-AutoReplyType: OOF
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_DB8P193MB0581A2C2E_"

--_000_DB8P193MB0581A2C2E_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hola:

Estar=E9 de vacaciones hasta el 25 de agosto, con acceso limitado al correo=
. A mi vuelta contestar=E9 a tu mensaje.

Si es algo urgente, puedes escribir a administracion@grupoalvarez.es.

Un saludo,
Luc=EDa

--_000_DB8P193MB0581A2C2E_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body><div style=3D"font-family:Calibri,Arial,Helveti=
ca,sans-serif;font-size:11pt"><p>Hola:</p><p>Estar=E9 de vacaciones hasta e=
l 25 de agosto, con acceso limitado al correo. A mi vuelta contestar=E9 a t=
u mensaje.</p><p>Si es algo urgente, puedes escribir a administracion@grupo=
alvarez.es.</p><p>Un saludo,<br>Luc=EDa</p></div></body></html>

--_000_DB8P193MB0581A2C2E_--
"""),
    ('es', 'exchange-onprem-ndr', 'automated', (),
"""Return-Path: <>
From: <postmaster@construccionesmartinez.es>
To: <privacy@shop.example.be>
Date: Tue, 9 Sep 2025 12:20:07 +0200
Subject: No se puede entregar: RE: Portabilidad de sus datos - archivo CSV adjunto
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3a4f5b6c-aaaa-4e21-b2c3-0f9d8e7c6b5a"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: es-ES
Auto-Submitted: auto-replied

--3a4f5b6c-aaaa-4e21-b2c3-0f9d8e7c6b5a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RWwgbWVuc2FqZSBubyBzZSBwdWRvIGVudHJlZ2FyIGEgZXN0b3MgZGVzdGluYXRhcmlvcyBvIGdy
dXBvczoKCmptYXJ0aW5lekBjb25zdHJ1Y2Npb25lc21hcnRpbmV6LmVzCkxhIGRpcmVjY2nDs24g
ZGUgY29ycmVvIGVsZWN0csOzbmljbyBxdWUgZXNwZWNpZmljw7Mgbm8gc2UgZW5jb250csOzLiBD
b21wcnVlYmUgbGEgZGlyZWNjacOzbiBkZSBjb3JyZW8gZWxlY3Ryw7NuaWNvIGRlbCBkZXN0aW5h
dGFyaW8gZSBpbnRlbnRlIGVudmlhciBkZSBudWV2byBlbCBtZW5zYWplLiBTaSBlbCBwcm9ibGVt
YSBjb250aW7DumEsIHDDs25nYXNlIGVuIGNvbnRhY3RvIGNvbiBlbCBkZXBhcnRhbWVudG8gZGUg
c29wb3J0ZSB0w6ljbmljby4KCkluZm9ybWFjacOzbiBkZSBkaWFnbsOzc3RpY28gcGFyYSBhZG1p
bmlzdHJhZG9yZXM6CgpTZXJ2aWRvciBkZSBnZW5lcmFjacOzbjogRVhDSDAxLmNvbnN0cnVjY2lv
bmVzbWFydGluZXoubG9jYWwKCmptYXJ0aW5lekBjb25zdHJ1Y2Npb25lc21hcnRpbmV6LmVzCiM1
NTAgNS4xLjEgUkVTT0xWRVIuQURSLkV4UmVjaXBOb3RGb3VuZDsgbm90IGZvdW5kICMjCgpFbmNh
YmV6YWRvcyBkZWwgbWVuc2FqZSBvcmlnaW5hbDoKClJlY2VpdmVkOiBmcm9tIG1haWwuc2hvcC5l
eGFtcGxlLmJlICgxOTQuNzguMTIuNDApIGJ5IEVYQ0gwMS5jb25zdHJ1Y2Npb25lc21hcnRpbmV6
LmxvY2FsCiAoMTkyLjE2OC4xLjEwKSB3aXRoIE1pY3Jvc29mdCBTTVRQIFNlcnZlciBpZCAxNS4x
LjI1MDcuMzk7IFR1ZSwgOSBTZXAgMjAyNSAxMjoyMDowNyArMDIwMApGcm9tOiBQcml2YWNpZGFk
IDxwcml2YWN5QHNob3AuZXhhbXBsZS5iZT4KVG86IGptYXJ0aW5lekBjb25zdHJ1Y2Npb25lc21h
cnRpbmV6LmVzClN1YmplY3Q6IFJFOiBQb3J0YWJpbGlkYWQgZGUgc3VzIGRhdG9zIC0gYXJjaGl2
byBDU1YgYWRqdW50bwpEYXRlOiBUdWUsIDkgU2VwIDIwMjUgMTI6MjA6MDMgKzAyMDAKTWVzc2Fn
ZS1JRDogPHByLTIwMjUtMDkwOS0wMDI5QHNob3AuZXhhbXBsZS5iZT4K

--3a4f5b6c-aaaa-4e21-b2c3-0f9d8e7c6b5a
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.construccionesmartinez.local
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Tue, 9 Sep 2025 10:20:07 +0000

Final-Recipient: rfc822;jmartinez@construccionesmartinez.es
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found

--3a4f5b6c-aaaa-4e21-b2c3-0f9d8e7c6b5a--
"""),
    ('es', 'freshdesk-autoack', 'automated', (),
"""Return-Path: <bounces+1029384@freshdesk.com>
From: Soporte Muebles Alhambra <soporte@mueblesalhambra.es>
Reply-To: soporte@mueblesalhambra.es
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Hemos_recibido_tu_consulta_=5B=2358213=5D?=
Date: Wed, 15 Oct 2025 09:47:18 +0000
Message-ID: <58213.0b7f1e2d3c@mueblesalhambra.freshdesk.com>
In-Reply-To: <pr-2025-1015-0007@shop.example.be>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-FD-Email: true
Auto-Submitted: auto-generated

<div style=3D"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#=
333">
<p>Hola,</p>
<p>Gracias por escribirnos. Hemos recibido tu mensaje y se ha creado el tic=
ket <b>#58213</b>.</p>
<p>Uno de nuestros agentes te responder=C3=A1 lo antes posible (normalmente=
 en 24-48 horas laborables). No hace falta que vuelvas a enviar tu consulta=
; si quieres a=C3=B1adir algo, responde a este correo sin cambiar el asunto=
.</p>
<p>Un saludo,<br>El equipo de Atenci=C3=B3n al Cliente de Muebles Alhambra<=
/p>
<p style=3D"font-size:11px;color:#999">Este es un mensaje autom=C3=A1tico. =
Por favor, no respondas solo para dar las gracias.</p>
</div>
"""),
    ('it', 'ooo-quoted', 'automated', (),
"""From: Giulia Ferraris <g.ferraris@studioferraris.it>
To: privacy@shop.example.be
Subject: Risposta automatica: Conferma cancellazione dati personali
Date: Thu, 7 Aug 2025 08:11:02 +0200
Message-ID: <20250807061102.4c2a9f@studioferraris.it>
Auto-Submitted: auto-replied
Precedence: auto_reply
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Gentile mittente,

lo studio rester=C3=A0 chiuso per ferie dall'8 al 24 agosto. Il suo messagg=
io verr=C3=A0 letto al nostro rientro.
Per urgenze: 011 5623 880 (segreteria).

Cordiali saluti
Giulia Ferraris

-----Messaggio originale-----
Da: privacy@shop.example.be
Inviato: gioved=C3=AC 7 agosto 2025 08:10
A: g.ferraris@studioferraris.it
Oggetto: Conferma cancellazione dati personali

Gentile Sig.ra Ferraris,
le confermiamo che i suoi dati personali sono stati cancellati dai nostri s=
istemi e che il suo account cliente =C3=A8 stato chiuso. Non ricever=C3=A0 =
pi=C3=B9 la nostra newsletter.

Cordiali saluti,
Ufficio Privacy
"""),
    ('it', 'pec-mancata-consegna', 'automated', (),
"""Return-Path: <posta-certificata@pec.aruba.it>
Received: from smtpdpec.pec.aruba.it (smtpdpec.pec.aruba.it [62.149.158.85])
	by mail.shop.example.be (Postfix) with ESMTPS id 4cD1q93xPVz3kRm
	for <privacy@shop.example.be>; Mon, 22 Sep 2025 15:48:10 +0200 (CEST)
Date: Mon, 22 Sep 2025 15:48:09 +0200
From: "Per conto di: posta-certificata@pec.aruba.it" <posta-certificata@pec.aruba.it>
To: privacy@shop.example.be
Subject: AVVISO DI MANCATA CONSEGNA: Re: Richiesta di accesso ai dati personali - rif. 2025/311
Message-ID: <opec21025.20250922154809.28874.07.1.49@pec.aruba.it>
X-Ricevuta: errore-consegna
X-Riferimento-Message-ID: <pr-2025-0922-0051@shop.example.be>
X-Trasporto: errore
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----------=_1758548889-28874-7"

------------=_1758548889-28874-7
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Avviso di mancata consegna

Il giorno 22/09/2025 alle ore 15:48:09 (+0200) nel messaggio
"Re: Richiesta di accesso ai dati personali - rif. 2025/311" proveniente da=
 "privacy@shop.example.be"
e destinato all'utente "avv.rinaldi@pec.ordineavvocatimilano.it"
=E8 stato rilevato un problema che ne impedisce la consegna.
Il sistema provveder=E0 all'eliminazione del messaggio stesso.

Errore: 5.1.1 - Aruba Pec S.p.A. - indirizzo non valido

Identificativo messaggio: opec21025.20250922154808.28870.06.1.48@pec.aruba.=
it

------------=_1758548889-28874-7
Content-Type: application/xml; name="daticert.xml"
Content-Disposition: inline; filename="daticert.xml"

<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="errore-consegna" errore="no-dest">
  <intestazione>
    <mittente>privacy@shop.example.be</mittente>
    <destinatari tipo="certificato">avv.rinaldi@pec.ordineavvocatimilano.it</destinatari>
    <risposte>privacy@shop.example.be</risposte>
    <oggetto>Re: Richiesta di accesso ai dati personali - rif. 2025/311</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0200"><giorno>22/09/2025</giorno><ora>15:48:09</ora></data>
    <identificativo>opec21025.20250922154808.28870.06.1.48@pec.aruba.it</identificativo>
    <msgid>&lt;pr-2025-0922-0051@shop.example.be&gt;</msgid>
    <consegna>avv.rinaldi@pec.ordineavvocatimilano.it</consegna>
    <errore-esteso>5.1.1 - Aruba Pec S.p.A. - indirizzo non valido</errore-esteso>
  </dati>
</postacert>

------------=_1758548889-28874-7--
"""),
    ('it', 'libero-bounce', 'automated', (),
"""Return-Path: <>
From: "Mail Delivery Subsystem" <MAILER-DAEMON@libero.it>
To: privacy@shop.example.be
Subject: Messaggio non consegnato
Date: Tue, 14 Oct 2025 19:22:40 +0200
Message-ID: <dsn.1760462560.88121@smtp-in.libero.it>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Questo è un messaggio generato automaticamente dal sistema di posta.

Non è stato possibile consegnare il messaggio al seguente destinatario:

  marco.bellini72@libero.it

La casella del destinatario ha superato lo spazio disponibile (552 5.2.2 Quota exceeded).
Il messaggio è stato restituito al mittente.

--- Intestazioni del messaggio originale ---
From: Ufficio Privacy <privacy@shop.example.be>
To: marco.bellini72@libero.it
Subject: Re: opposizione alla profilazione
Date: Tue, 14 Oct 2025 19:22:31 +0200
"""),
    ('pt', 'ooo-noheaders', 'automated', (),
"""From: Rui Carvalho <rui.carvalho@construtora-atlantico.pt>
To: privacy@shop.example.be
Subject: Ausente: RE: O seu pedido de retificação de dados
Date: Wed, 2 Jul 2025 10:30:55 +0100
Message-ID: <0a7c01dbeb22$9f3c1e40$ddb55ac0$@construtora-atlantico.pt>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0

Bom dia,

Encontro-me ausente do escritório até dia 14 de julho, com acesso muito limitado ao e-mail.
Para assuntos urgentes, contacte a Sr.ª Ana Lopes através do ana.lopes@construtora-atlantico.pt ou do 21 340 5566.

Obrigado,
Rui Carvalho
"""),
    ('pt', 'sapo-bounce', 'automated', (),
"""Return-Path: <>
Received: from mx.sapo.pt (mx.sapo.pt [213.13.146.139])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dF2p11rXbz4mTq
	for <privacy@shop.example.be>; Fri, 7 Nov 2025 21:14:03 +0100 (CET)
From: MAILER-DAEMON@sapo.pt (Sistema de Entrega de Correio)
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Mensagem_n=C3=A3o_entregue?=
Date: Fri, 7 Nov 2025 20:14:02 +0000 (WET)
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="sapo.dsn.20251107201402.7311"

--sapo.dsn.20251107201402.7311
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Esta =C3=A9 uma mensagem autom=C3=A1tica do servidor de correio do SAPO.

N=C3=A3o foi poss=C3=ADvel entregar a sua mensagem ao seguinte destinat=C3=
=A1rio:

    helena.mota@sapo.pt

Motivo: a conta de correio n=C3=A3o existe ou foi desativada.

N=C3=A3o responda a esta mensagem.

--sapo.dsn.20251107201402.7311
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.sapo.pt

Final-Recipient: rfc822; helena.mota@sapo.pt
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--sapo.dsn.20251107201402.7311
Content-Type: message/rfc822

From: Privacidade <privacy@shop.example.be>
To: helena.mota@sapo.pt
Subject: Re: quero saber que dados tem sobre mim
Date: Fri, 7 Nov 2025 21:13:58 +0100
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Cara Sra. Helena Mota,

Em resposta ao seu pedido de acesso, enviamos em anexo uma cópia de todos os dados pessoais que temos sobre si (conta de cliente, encomendas e cartão de fidelização).

Com os melhores cumprimentos,
Equipa de Privacidade

--sapo.dsn.20251107201402.7311--
"""),
    ('pt', 'uol-antispam-challenge', 'automated', (),
"""Return-Path: <antispam@uol.com.br>
From: AntiSpam UOL <antispam@uol.com.br>
To: privacy@shop.example.be
Subject: =?ISO-8859-1?Q?Confirma=E7=E3o_de_envio_para_fabiana.souza@uol.com.br?=
Date: Mon, 17 Nov 2025 11:02:48 -0300
Message-ID: <AS-20251117140248-774512@antispam.uol.com.br>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Ol=E1,

Voc=EA enviou uma mensagem para fabiana.souza@uol.com.br, que utiliza o Ant=
iSpam UOL.

Para que sua mensagem seja entregue, =E9 preciso confirmar o envio. Basta a=
cessar o endere=E7o abaixo e digitar os caracteres da imagem:

https://antispam.uol.com.br/confirmar?id=3D774512&h=3Dc19e0b2a

Voc=EA s=F3 precisa fazer isso uma vez. Depois da confirma=E7=E3o, suas pr=
=F3ximas mensagens ser=E3o entregues diretamente.

Assunto da mensagem retida: Re: Exclus=E3o da sua conta

Esta =E9 uma mensagem autom=E1tica, n=E3o responda.
AntiSpam UOL
"""),
    ('pl', 'outlook-ooo', 'automated', (),
"""From: Agnieszka Nowak <a.nowak@kancelaria-nowak.pl>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?T2Rwb3dpZWTFuiBhdXRvbWF0eWN6bmE6IFJlYWxpemFjamEgUGFuaSDFvMSFZGFuaWEgc3Byb3N0b3dhbmlhIGRhbnljaA==?=
Date: Mon, 4 Aug 2025 12:40:19 +0000
Message-ID: <VI1PR08MB5325E9F1A2B3C4D5E6F708192A3B4@VI1PR08MB5325.eurprd08.prod.outlook.com>
In-Reply-To: <pr-2025-0804-0019@shop.example.be>
Content-Language: pl-PL
X-MS-Exchange-Organization-AutoReplyType: OOF
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RHppZcWEIGRvYnJ5LAoKZHppxJlrdWrEmSB6YSB3aWFkb21vxZvEhy4gUHJ6ZWJ5d2FtIG5hIHVy
bG9waWUgZG8gMTggc2llcnBuaWEgd8WCxIVjem5pZSBpIG5pZSBtYW0gZG9zdMSZcHUgZG8gcG9j
enR5LgpXIHBpbG55Y2ggc3ByYXdhY2ggcHJvc3rEmSBrb250YWt0b3dhxIcgc2nEmSB6IGJpdXJl
bTogYml1cm9Aa2FuY2VsYXJpYS1ub3dhay5wbCwgdGVsLiAyMiA2MjggNDEgOTAuCgpaIHBvd2HF
vGFuaWVtCkFnbmllc3prYSBOb3dhawo=
"""),
    ('pl', 'wp-bounce-quota', 'automated', (),
"""Return-Path: <>
From: "Poczta WP" <MAILER-DAEMON@wp.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nie_mo=C5=BCna_dostarczy=C4=87_wiadomo=C5=9Bci?=
Date: Thu, 11 Sep 2025 06:55:31 +0200
Message-ID: <bounce.20250911045531.21a9@mx.wp.pl>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=_wp_dsn_8812af"

--=_wp_dsn_8812af
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

To jest automatyczna wiadomość serwera pocztowego WP.

Twoja wiadomość nie mogła zostać dostarczona do adresata:

  tomek.zielinski88@wp.pl

Skrzynka odbiorcy jest przepełniona. Spróbuj wysłać wiadomość później.

Kod błędu: 552 5.2.2 Mailbox quota exceeded

--=_wp_dsn_8812af
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.wp.pl

Final-Recipient: rfc822; tomek.zielinski88@wp.pl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded

--=_wp_dsn_8812af
Content-Type: message/rfc822

From: Zespół ds. prywatności <privacy@shop.example.be>
To: tomek.zielinski88@wp.pl
Subject: Re: usunięcie konta
Date: Thu, 11 Sep 2025 06:55:27 +0200
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Szanowny Panie,

potwierdzamy, że Pana konto zostało zamknięte, a dane osobowe usunięte z naszej bazy klientów i listy mailingowej.

Z poważaniem
Zespół ds. prywatności

--=_wp_dsn_8812af--
"""),
    ('pl', 'thunderbird-mdn', 'automated', (),
"""From: Krzysztof Wiśniewski <k.wisniewski@onet.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Potwierdzenie_odbioru_=28wy=C5=9Bwietlono=29_-_Kopia_Pana_dan?=
 =?UTF-8?Q?ych_osobowych?=
Date: Tue, 21 Oct 2025 20:14:09 +0200
Message-ID: <7b2e1f0c-3a4d-4b5e-9f60-1c2d3e4f5a6b@onet.pl>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------A1B2C3D4E5F60718293A4B5C"

This is a multi-part message in MIME format.
--------------A1B2C3D4E5F60718293A4B5C
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

To jest potwierdzenie odbioru wiadomości wysłanej do Krzysztof Wiśniewski <k.wisniewski@onet.pl>.

Uwaga: Potwierdzenie odbioru oznacza wyłącznie, że wiadomość została wyświetlona na komputerze odbiorcy. Nie ma gwarancji, że odbiorca przeczytał ją lub zrozumiał.

--------------A1B2C3D4E5F60718293A4B5C
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: onet.pl; Mozilla Thunderbird
Final-Recipient: rfc822;k.wisniewski@onet.pl
Original-Message-ID: <pr-2025-1021-0077@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------A1B2C3D4E5F60718293A4B5C--
"""),
    ('cs', 'seznam-ooo', 'automated', (),
"""Return-Path: <>
From: Petra Dvořáková <petra.dvorakova@seznam.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Automatick=C3=A1_odpov=C4=9B=C4=8F:_Re:_Va=C5=A1e_=C5=BE=C3=A1dost_o_p?=
 =?UTF-8?Q?=C5=99enositelnost_=C3=BAdaj=C5=AF?=
Date: Sun, 13 Jul 2025 09:01:44 +0200
Message-ID: <autoreply.7f3a91c2.20250713070144@email.seznam.cz>
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

do 27. 7. jsem na dovolen=C3=A9 mimo dosah internetu. Na V=C3=A1=C5=A1 e-ma=
il odpov=C3=ADm po n=C3=A1vratu.

D=C4=9Bkuji za pochopen=C3=AD
Petra Dvo=C5=99=C3=A1kov=C3=A1
"""),
    ('cs', 'postfix-bounce-cz', 'automated', (),
"""Return-Path: <>
Received: by mx1.stavebniny-horak.cz (Postfix)
	id 4bKx9V0Gq1z6rTn; Wed, 29 Oct 2025 13:18:52 +0100 (CET)
Date: Wed, 29 Oct 2025 13:18:52 +0100 (CET)
From: MAILER-DAEMON@mx1.stavebniny-horak.cz (=?UTF-8?Q?Syst=C3=A9m_doru=C4=8Dov=C3=A1n=C3=AD_po=C5=A1ty?=)
Subject: =?UTF-8?Q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4bKx9V0Gq1z6rTn.1761740332/mx1.stavebniny-horak.cz"

This is a MIME-encapsulated message.

--4bKx9V0Gq1z6rTn.1761740332/mx1.stavebniny-horak.cz
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Toto je automatická zpráva poštovního serveru mx1.stavebniny-horak.cz.

Je nám líto, ale Vaši zprávu se nepodařilo doručit jednomu nebo více
příjemcům. Zpráva je přiložena níže.

Se žádostí o pomoc se obracejte na postmaster@stavebniny-horak.cz.

<j.horak@stavebniny-horak.cz>: adresa neexistuje (uživatel byl zrušen)

--4bKx9V0Gq1z6rTn.1761740332/mx1.stavebniny-horak.cz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.stavebniny-horak.cz
X-Postfix-Queue-ID: 4bKx9V0Gq1z6rTn
Arrival-Date: Wed, 29 Oct 2025 13:18:51 +0100 (CET)

Final-Recipient: rfc822; j.horak@stavebniny-horak.cz
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "j.horak"

--4bKx9V0Gq1z6rTn.1761740332/mx1.stavebniny-horak.cz
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: =?UTF-8?Q?Ochrana_osobn=C3=ADch_=C3=BAdaj=C5=AF?= <privacy@shop.example.be>
To: j.horak@stavebniny-horak.cz
Subject: =?UTF-8?Q?Re:_n=C3=A1mitka_proti_zas=C3=ADl=C3=A1n=C3=AD_reklamy?=
Date: Wed, 29 Oct 2025 13:18:48 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Vážený pane Horáku,

potvrzujeme, že jsme zaevidovali Vaši námitku proti zpracování osobních údajů pro účely přímého marketingu. Vaše údaje již nebudeme používat k zasílání reklamy ani je předávat marketingovým partnerům.

S pozdravem
Oddělení ochrany osobních údajů

--4bKx9V0Gq1z6rTn.1761740332/mx1.stavebniny-horak.cz--
"""),
    ('hr', 'ooo-xautoreply', 'automated', (),
"""From: Ivana Babić <ivana.babic@zagreb-dizajn.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Odsutnost_-_Re:_Va=C5=A1_zahtjev_za_brisanje_podataka?=
Date: Fri, 1 Aug 2025 16:05:10 +0200
Message-ID: <ooo.20250801140510.3311@zagreb-dizajn.hr>
X-Autoreply: yes
Precedence: junk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Poštovani,

od 4. do 22. kolovoza sam na godišnjem odmoru. Poruke neću čitati redovito.
U hitnim slučajevima javite se kolegi Marku Periću na marko.peric@zagreb-dizajn.hr.

Lijep pozdrav,
Ivana Babić
"""),
    ('hr', 'icewarp-bounce', 'automated', (),
"""Return-Path: <>
Received: from mail.tvornica-stolica.hr (mail.tvornica-stolica.hr [93.142.77.5])
	by mail.shop.example.be (Postfix) with ESMTPS id 4cQz4m1TRgz5wXy
	for <privacy@shop.example.be>; Mon, 29 Sep 2025 10:40:03 +0200 (CEST)
From: "Administrator sustava" <postmaster@tvornica-stolica.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Poruka_nije_isporu=C4=8Dena:_Re:_Kopija_va=C5=A1ih_osobnih_podataka?=
Date: Mon, 29 Sep 2025 10:40:02 +0200
Message-ID: <bounce-20250929104002-00771@mail.tvornica-stolica.hr>
X-Mailer: IceWarp Mailer 13.0.3.8
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_NextPart_000_0038_01DC3117.9A2B5C30"

------=_NextPart_000_0038_01DC3117.9A2B5C30
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Poruka nije mogla biti isporučena sljedećim primateljima:

  nikola.kovac@tvornica-stolica.hr

Razlog: Poštanski sandučić primatelja je pun (quota exceeded).

Poslužitelj će ponovno pokušati isporuku još 0 puta. Ovo je konačna obavijest.

------=_NextPart_000_0038_01DC3117.9A2B5C30
Content-Type: message/rfc822

From: Privatnost <privacy@shop.example.be>
To: nikola.kovac@tvornica-stolica.hr
Subject: Re: Kopija vaših osobnih podataka
Date: Mon, 29 Sep 2025 10:39:55 +0200
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani gospodine Kovač,

u privitku Vam šaljemo kopiju osobnih podataka koje o Vama obrađujemo, kako ste zatražili u zahtjevu za pristup.

S poštovanjem,
Tim za zaštitu podataka

------=_NextPart_000_0038_01DC3117.9A2B5C30--
"""),
    ('sv', 'exchange-ooo', 'automated', (),
"""From: Johan Lindqvist <johan.lindqvist@byggmax-partner.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Autosvar:_Ang=E5ende_din_beg=E4ran_om_registerutdrag?=
Date: Mon, 30 Jun 2025 06:12:48 +0000
Message-ID: <HE1PR07MB4123B7C8D9E0F1A2B3C4D5E6F7A8B@HE1PR07MB4123.eurprd07.prod.outlook.com>
Content-Language: sv-SE
X-MS-Exchange-Organization-AutoReplyType: OOF
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej!

Jag har semester till och med den 1 augusti och l=E4ser inte min e-post.
Br=E5dskande =E4renden: ring v=E4xeln p=E5 08-555 123 00.

H=E4lsningar
Johan
"""),
    ('sv', 'telia-bounce', 'automated', (),
"""Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mailfe.telia.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Meddelandet_kunde_inte_levereras?=
Date: Tue, 2 Dec 2025 08:21:17 +0100
Auto-Submitted: auto-replied
X-Failed-Recipients: birgitta.holm@telia.com
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Detta är ett automatiskt meddelande från Telias e-postsystem.

Ditt meddelande kunde inte levereras till följande mottagare:

    birgitta.holm@telia.com
    Orsak: Mottagarens adress finns inte (550 5.1.1 user unknown)

This is an automatically generated message. Your message could not be
delivered to one or more recipients.

------ Ursprungligt meddelande ------
From: Integritetsteamet <privacy@shop.example.be>
To: birgitta.holm@telia.com
Subject: Re: Sluta skicka reklam till mig
Date: Tue, 2 Dec 2025 08:21:09 +0100

Hej Birgitta,

Vi har nu tagit bort dig från vårt nyhetsbrev och kommer inte längre att använda dina uppgifter för marknadsföring.

Vänliga hälsningar
Integritetsteamet
"""),
    ('ro', 'gmail-vacation', 'automated', (),
"""Delivered-To: privacy@shop.example.be
Return-Path: <andreea.popescu.ro@gmail.com>
From: Andreea Popescu <andreea.popescu.ro@gmail.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Re:_Solicitarea_dumneavoastr=C4=83_de_=C8=99tergere_a_datelor?=
Date: Sat, 9 Aug 2025 13:46:21 +0300
Message-ID: <CAJ3kP8xVq1rT5mN2oQwZ7yLs4bHdF0aGe9cUi6KpR2sT8vWx3Q@mail.gmail.com>
In-Reply-To: <pr-2025-0809-0013@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="0000000000008f3b2a063c1f9e70"

--0000000000008f3b2a063c1f9e70
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 20 august =C8=99i nu am acces const=
ant la e-mail. V=C4=83 voi r=C4=83spunde dup=C4=83 ce m=C4=83 =C3=AEntorc.

Mul=C8=9Bumesc,
Andreea

--0000000000008f3b2a063c1f9e70
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Bun=C4=83 ziua,<br><br>Sunt =C3=AEn concediu p=C3=A2n=C4=
=83 pe 20 august =C8=99i nu am acces constant la e-mail. V=C4=83 voi r=C4=
=83spunde dup=C4=83 ce m=C4=83 =C3=AEntorc.<br><br>Mul=C8=9Bumesc,<br>Andre=
ea</div>

--0000000000008f3b2a063c1f9e70--
"""),
    ('ro', 'communigate-bounce', 'automated', (),
"""Return-Path: <>
Received: from mail.transcarpatic.ro ([86.120.33.14] verified)
  by mail.transcarpatic.ro (CommuniGate Pro SMTP 6.3.10)
  with ESMTPS id 41877302 for privacy@shop.example.be; Wed, 17 Dec 2025 09:10:44 +0200
From: "Serviciul de mesagerie" <postmaster@transcarpatic.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Mesaj_nelivrat:_Re:_actualizarea_adresei_dumneavoastr=C4=83?=
Date: Wed, 17 Dec 2025 09:10:44 +0200
Message-ID: <report-41877302@mail.transcarpatic.ro>
X-Mailer: CommuniGate Pro SMTP Module
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="_===41877302====mail.transcarpatic.ro===_"

--_===41877302====mail.transcarpatic.ro===_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

TWVzYWp1bCBkdW1uZWF2b2FzdHLEgyBudSBhIHB1dHV0IGZpIGxpdnJhdC4KCkRlc3RpbmF0YXI6
IGNyaXN0aWFuLmlvbmVzY3VAdHJhbnNjYXJwYXRpYy5ybwpNb3RpdjogY29udHVsIGRlc3RpbmF0
YXJ1bHVpIGVzdGUgZGV6YWN0aXZhdCAoYWNjb3VudCBkaXNhYmxlZCkuCgpBY2VzdGEgZXN0ZSB1
biBtZXNhaiBnZW5lcmF0IGF1dG9tYXQuIFbEgyBydWfEg20gc8SDIG51IHLEg3NwdW5kZcibaS4K

--_===41877302====mail.transcarpatic.ro===_
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.transcarpatic.ro

Final-Recipient: rfc822; cristian.ionescu@transcarpatic.ro
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 account disabled

--_===41877302====mail.transcarpatic.ro===_
Content-Type: text/rfc822-headers

From: Echipa Confidentialitate <privacy@shop.example.be>
To: cristian.ionescu@transcarpatic.ro
Subject: Re: actualizarea adresei dumneavoastra
Date: Wed, 17 Dec 2025 08:10:38 +0100

--_===41877302====mail.transcarpatic.ro===_--
"""),
    ('el', 'ooo-base64-noheaders', 'automated', (),
"""From: =?UTF-8?B?zp3Or866zr/PgiDOoM6xz4DOsc60z4zPgM6/z4XOu86/z4I=?= <n.papadopoulos@logistiki-attikis.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?B?zpXOus+Ez4zPgiDOs8+BzrHPhs61zq/Ov8+F?=
Date: Tue, 12 Aug 2025 09:00:03 +0300
Message-ID: <000001dc0b4e$1a2b3c40$4e5f6a70$@logistiki-attikis.gr>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6YzrEgzrHPgM6/z4XPg865zqzOts+JIM6xz4DP
jCDPhM6/IM6zz4HOsc+GzrXOr86/IM6tz4nPgiDPhM65z4IgMjUgzpHPhc6zzr/Pjc+Dz4TOv8+F
LCDPh8+Jz4HOr8+CIM+Az4HPjM+DzrLOsc+Dzrcgz4PPhM6/IM63zrvOtc66z4TPgc6/zr3Ouc66
z4wgz4TOsc+Hz4XOtM+Bzr/OvM61zq/Ovy4KzpPOuc6xIM6/z4DOv865zr/OtM6uz4DOv8+EzrUg
zrXPgM61zq/Os86/zr0gzrjOrc68zrEgzrzPgM6/z4HOtc6vz4TOtSDOvc6xIM61z4DOuc66zr/O
uc69z4nOvc6uz4POtc+EzrUgzrzOtSDPhM63IM6zz4HOsc68zrzOsc+EzrXOr86xIM+Dz4TOvyAy
MTAgMzM4MSAyMDAuCgrOnM61IM61zrrPhM6vzrzOt8+DzrcsCs6dzq/Ous6/z4IgzqDOsc+AzrHO
tM+Mz4DOv8+FzrvOv8+CCg==
"""),
    ('el', 'provider-bounce-gr', 'automated', (),
"""Return-Path: <>
From: "Mail Delivery System" <MAILER-DAEMON@mx.nova.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?B?zpHPgM6/z4TPhc+Hzq/OsSDPgM6xz4HOrM60zr/Pg863z4IgzrzOt869z43OvM6xz4TOv8+C?=
Date: Thu, 23 Oct 2025 17:35:20 +0300
Auto-Submitted: auto-replied
X-Failed-Recipients: eleni.georgiou@otenet.gr
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Αυτό είναι ένα αυτόματο μήνυμα από το σύστημα αλληλογραφίας.

Το μήνυμά σας δεν ήταν δυνατό να παραδοθεί στον παρακάτω παραλήπτη:

  eleni.georgiou@otenet.gr

Αιτία: Ο λογαριασμός του παραλήπτη δεν υπάρχει.
550 5.1.1 <eleni.georgiou@otenet.gr>: Recipient address rejected: User unknown

----- Αντίγραφο του αρχικού μηνύματος -----
From: Privacy Team <privacy@shop.example.be>
To: eleni.georgiou@otenet.gr
Subject: Re: Διαγραφή λογαριασμού
Date: Thu, 23 Oct 2025 16:35:11 +0200

Αγαπητή κυρία Γεωργίου,

Σας επιβεβαιώνουμε ότι ο λογαριασμός σας έκλεισε και ότι τα προσωπικά σας δεδομένα διαγράφηκαν από τα συστήματά μας.

Με εκτίμηση,
Η ομάδα προστασίας δεδομένων
"""),
    ('bg', 'abv-autoresponder-quoted', 'automated', (),
"""From: =?UTF-8?B?0JzQsNGA0LjRjyDQmNCy0LDQvdC+0LLQsA==?= <maria_ivanova77@abv.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?B?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDogUmU6INCS0LDRiNC10YLQviDQuNGB0LrQsNC90LUg0LfQsCDQtNC+0YHRgtGK0L8g0LTQviDQu9C40YfQvdC4INC00LDQvdC90Lg=?=
Date: Fri, 18 Jul 2025 11:20:45 +0300
Message-ID: <autoresp.1752826845.55190@abv.bg>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JIg0LzQvtC80LXQvdGC0LAg0YHRitC8INCyINC+0YLQv9GD
0YHQuiDQtNC+IDQg0LDQstCz0YPRgdGCLiDQqdC1INCS0Lgg0L7RgtCz0L7QstC+0YDRjyDRgdC7
0LXQtCDQt9Cw0LLRgNGK0YnQsNC90LXRgtC+INGB0LguCgrQn9C+0LfQtNGA0LDQstC4LArQnNCw
0YDQuNGPCgo+INCj0LLQsNC20LDQtdC80LAg0LMt0LbQviDQmNCy0LDQvdC+0LLQsCwKPiDQsiDQ
vtGC0LPQvtCy0L7RgCDQvdCwINCS0LDRiNC10YLQviDQuNGB0LrQsNC90LUg0LfQsCDQtNC+0YHR
gtGK0L8g0JLQuCDQuNC30L/RgNCw0YnQsNC80LUg0LrQvtC/0LjQtSDQvtGCINC70LjRh9C90LjR
gtC1INC00LDQvdC90LgsINC60L7QuNGC0L4g0YHRitGF0YDQsNC90Y/QstCw0LzQtSDQt9CwINCS
0LDRgS4KPiDQldC60LjQv9GK0YIg0L/QviDQt9Cw0YnQuNGC0LAg0L3QsCDQu9C40YfQvdC40YLQ
tSDQtNCw0L3QvdC4Cg==
"""),
    ('bg', 'abv-bounce', 'automated', (),
"""Return-Path: <>
Received: from mx.abv.bg (mx.abv.bg [194.153.145.70])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dJ8r23wZpz1qVn
	for <privacy@shop.example.be>; Mon, 24 Nov 2025 12:03:57 +0100 (CET)
From: MAILER-DAEMON@abv.bg
To: privacy@shop.example.be
Subject: =?UTF-8?B?0J3QtdC00L7RgdGC0LDQstC10L3QviDRgdGK0L7QsdGJ0LXQvdC40LU=?=
Date: Mon, 24 Nov 2025 13:03:56 +0200
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Това е автоматично съобщение от пощенския сървър на ABV.

Вашето съобщение не беше доставено до:

  georgi.dimitrov_84@abv.bg

Причина: пощенската кутия на получателя е пълна.
552 5.2.2 Mailbox full

--- Заглавия на оригиналното съобщение ---
From: Privacy <privacy@shop.example.be>
To: georgi.dimitrov_84@abv.bg
Subject: Re: моля, спрете да ми пращате бюлетина
Date: Mon, 24 Nov 2025 12:03:51 +0100
"""),
    ('en', 'person-pasted-ooo', 'deletion', ('withdraw_consent',),
"""Return-Path: <tom.bradley@bradleyandsons.co.uk>
From: Tom Bradley <tom.bradley@bradleyandsons.co.uk>
To: privacy@shop.example.be
Subject: Automatic reply: shop account
Date: Thu, 6 Mar 2025 15:47:02 +0000
Message-ID: <LO4P123MB66310E1F2A3B4C5D6E7F8091A2B3C@LO4P123MB6631.GBRP123.PROD.OUTLOOK.COM>
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Hello,

Sorry about the odd subject line, I'm reusing the thread. I asked our IT
guy to sort this out for me weeks ago and this is all I ever got back:

"Thank you for your email. I am out of the office until Monday 17 March
with no access to email. For anything urgent please call the main office
on 01632 960 418.
Kind regards, Gavin"

So I'm doing it myself. I've got an account on your site under this
email address (tom.bradley@bradleyandsons.co.uk) from when I bought a
garden bench in 2023. I don't use it and I'd rather you didn't keep
anything on me - please shut the account and wipe my details. And until
that's done, no more of the promo emails please, I never really wanted
them in the first place.

Cheers,
Tom Bradley
"""),
    ('nl', 'person-external-banner', 'objection', (),
"""Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2108.outbound.protection.outlook.com [40.107.105.108])
	by mail.shop.example.be (Postfix) with ESMTPS id 4Z1m7T0kQvz2xPr
	for <privacy@shop.example.be>; Wed, 19 Mar 2025 20:31:16 +0100 (CET)
From: Hanne Claes <hanne.claes@outlook.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: [EXTERN] Re: Je bestelling 104428 is onderweg
Date: Wed, 19 Mar 2025 19:31:12 +0000
Message-ID: <AM9PR10MB4072C1D2E3F405162738495A6B7C8@AM9PR10MB4072.EURPRD10.PROD.OUTLOOK.COM>
X-Shop-Gateway: external-sender-tagged
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--------------------------------------------------------------------
OPGELET: Deze e-mail komt van buiten de organisatie. Klik niet op
links en open geen bijlagen als u de afzender niet kent.
--------------------------------------------------------------------

Hallo,

Sinds ik bij jullie die tuinset besteld heb, krijg ik op Instagram en Faceb=
ook de hele tijd advertenties van jullie, precies voor de dingen die ik op =
jullie site bekeken heb. Dat vind ik echt niet ok=C3=A9.

Ik wil niet dat jullie mijn gegevens (wat ik koop of bekijk) doorgeven aan =
Facebook of andere advertentiebedrijven, en ook niet dat jullie er een prof=
iel van mij mee maken. Mijn bestelling mag gewoon geleverd worden, daar gaa=
t het niet om.

Kunnen jullie bevestigen dat dit stopt?

Hanne Claes

Verzonden vanuit Outlook voor Android

________________________________
Van: shop.example.be <noreply@shop.example.be>
Verzonden: dinsdag 18 maart 2025 14:02
Aan: Hanne Claes
Onderwerp: Je bestelling 104428 is onderweg

Goed nieuws! Je pakket is vertrokken en wordt morgen tussen 9 en 13 uur gel=
everd.
"""),
    ('fr', 'person-back-from-holiday', 'correction', (),
"""From: Bernard Lefebvre <bernard.lefebvre@skynet.be>
To: privacy@shop.example.be
Subject: RE: Votre demande de modification - confirmation de la nouvelle adresse
Date: Mon, 25 Aug 2025 08:12:40 +0200
Message-ID: <000a01dc157c$8e2f1a30$aa8d4e90$@skynet.be>
In-Reply-To: <pr-2025-0811-0027@shop.example.be>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je rentre de vacances et je d=E9couvre votre message (vous avez s=FBrement =
re=E7u ma r=E9ponse d'absence automatique entretemps, d=E9sol=E9).

Pour r=E9pondre =E0 votre question : oui, c'est bien =E7a. Merci de remplac=
er dans mon compte l'adresse de Wavre par la nouvelle :

  Rue des Tilleuls 14
  1348 Louvain-la-Neuve

Et le num=E9ro de t=E9l=E9phone aussi a chang=E9, c'est maintenant le 0478 =
21 56 90 (l'ancien fixe n'existe plus).

Bien =E0 vous,
Bernard Lefebvre

-----Message d'origine-----
De : Service Protection des Donn=E9es <privacy@shop.example.be>
Envoy=E9 : lundi 11 ao=FBt 2025 10:05
=C0 : bernard.lefebvre@skynet.be
Objet : Votre demande de modification - confirmation de la nouvelle adresse

Monsieur,

Avant de modifier vos donn=E9es, pouvez-vous nous confirmer que votre nouve=
lle adresse est bien Rue des Tilleuls 14, 1348 Louvain-la-Neuve ?

Cordialement,
Service Protection des Donn=E9es
"""),
    ('de', 'person-forwarded-bounce', 'access', (),
"""From: "Dr. Matthias Vogel" <m.vogel@vogel-praxis.de>
To: privacy@shop.example.be
Subject: WG: Undelivered Mail Returned to Sender
Date: Tue, 15 Apr 2025 21:08:33 +0200
Message-ID: <d41c7e2a-8b3f-4e11-a0c9-5f6e7d8c9b01@vogel-praxis.de>
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Zweiter Anlauf, meine erste Mail ist offenbar an einer falsch
geschriebenen Adresse hängengeblieben (siehe unten, mein Fehler).

Also nochmal: Bitte schicken Sie mir eine Kopie aller Daten, die Sie
über mich gespeichert haben – Kundenkonto, Bestellungen, Kundenkarte,
und an wen Sie die Daten ggf. weitergegeben haben.

Danke und Gruß
Matthias Vogel


-------- Weitergeleitete Nachricht --------
Betreff: Undelivered Mail Returned to Sender
Datum: Tue, 15 Apr 2025 20:51:07 +0200 (CEST)
Von: Mail Delivery System <MAILER-DAEMON@mout.vogel-praxis.de>
An: m.vogel@vogel-praxis.de

This is the mail system at host mout.vogel-praxis.de.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<privacy@shop-example.be>: Host or domain name not found. Name service error
     for name=shop-example.be type=A: Host not found

---------- Original message ----------
From: "Dr. Matthias Vogel" <m.vogel@vogel-praxis.de>
To: privacy@shop-example.be
Subject: Auskunft über meine Daten
Date: Tue, 15 Apr 2025 20:51:05 +0200

Sehr geehrte Damen und Herren,

ich bitte um Auskunft über die zu meiner Person gespeicherten Daten.

Mit freundlichen Grüßen
Matthias Vogel
"""),
    ('it', 'person-reply-to-autoack', 'withdraw_consent', (),
"""From: Francesca Moretti <francesca.moretti85@gmail.com>
To: Privacy <privacy@shop.example.be>
Subject: Re: [Richiesta #PR-2025-0412] Abbiamo ricevuto il suo messaggio
Date: Sat, 12 Apr 2025 10:27:19 +0200
Message-ID: <CAF9kq2Zr7xM1vP0uS6tN3bQ8eYw4hJd5GcL2aRf0nTzVo1Xk7A@mail.gmail.com>
In-Reply-To: <autoack-PR-2025-0412@shop.example.be>
References: <autoack-PR-2025-0412@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

lo so che questo =C3=A8 un messaggio automatico ma rispondo qui lo stesso :)
gi=C3=A0 che ci siete, toglietemi dalla newsletter e dalle mail con le offe=
rte, non le voglio pi=C3=B9 ricevere. grazie

Francesca

Il giorno sab 12 apr 2025 alle ore 10:19 Privacy <privacy@shop.example.be> =
ha scritto:

> Gentile cliente,
>
> abbiamo ricevuto il suo messaggio, registrato con il numero PR-2025-0412.
> Le risponderemo entro 30 giorni.
>
> Questo =C3=A8 un messaggio generato automaticamente, la preghiamo di non =
rispondere.
>
> Ufficio Privacy - shop.example.be
"""),
    ('pl', 'person-contact-form', 'portability', (),
"""Return-Path: <www-data@web1.shop.example.be>
Received: from web1.shop.example.be (localhost [127.0.0.1])
	by web1.shop.example.be (Postfix) with ESMTP id 4ZdT1n6yWrz3mXb
	for <privacy@shop.example.be>; Mon, 28 Apr 2025 22:14:05 +0200 (CEST)
Date: Mon, 28 Apr 2025 22:14:05 +0200
To: privacy@shop.example.be
From: Formularz kontaktowy <no-reply@shop.example.be>
Reply-To: Paweł Kaczmarek <pawel.kaczmarek@interia.pl>
Subject: =?UTF-8?Q?[Formularz_kontaktowy]_Nowa_wiadomo=C5=9B=C4=87_od_Pawe=C5=82_Kaczmarek?=
Message-ID: <Wx3c9a1f2e7b@shop.example.be>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ta wiadomość została wysłana automatycznie z formularza kontaktowego na stronie shop.example.be/pl/kontakt.

Imię i nazwisko: Paweł Kaczmarek
E-mail: pawel.kaczmarek@interia.pl
Temat: Inne
Numer zamówienia: 
Treść wiadomości:
Dzień dobry, przenoszę się do innego sklepu ogrodniczego i chciałbym zabrać ze sobą historię swoich zakupów i punkty z karty. Proszę o przesłanie moich danych w pliku, który da się otworzyć w Excelu albo zaimportować gdzie indziej (CSV albo coś podobnego). Pozdrawiam

--
IP: 83.24.117.92
Zgoda na przetwarzanie danych w celu obsługi zapytania: tak
"""),
    ('ro', 'person-forwarded-dsn', 'restriction', (),
"""From: Mihai Stoica <mihai.stoica@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Fw: Delivery Status Notification (Failure)
Date: Thu, 22 May 2025 18:40:12 +0000 (UTC)
Message-ID: <1283746509.4410218.1747939212345@mail.yahoo.com>
X-Mailer: WebService/1.1.23892 YMailNorrin
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Am scris mai =C3=AEnt=C3=A2i la adresa dpo@ care apare =C3=AEn factura mea,=
 dar mesajul s-a =C3=AEntors (vede=C8=9Bi mai jos), a=C8=99a c=C4=83 =C3=AE=
ncerc aici.

Am o ne=C3=AEn=C8=9Belegere cu dumneavoastr=C4=83 legat=C4=83 de comanda 77=
120 (masa de gr=C4=83din=C4=83 care a venit spart=C4=83) =C8=99i e posibil =
s=C4=83 ajung la protec=C8=9Bia consumatorului. Din acest motiv NU vreau s=
=C4=83 =C8=99terge=C8=9Bi datele mele sau istoricul comenzii, am nevoie de =
ele ca dovad=C4=83. Dar p=C3=A2n=C4=83 se rezolv=C4=83, v=C4=83 rog s=C4=83=
 le p=C4=83stra=C8=9Bi doar at=C3=A2t, blocate, =C8=99i s=C4=83 nu le mai f=
olosi=C8=9Bi =C3=AEn niciun alt scop.

V=C4=83 mul=C8=9Bumesc,
Mihai Stoica

----- Forwarded Message -----
From: Mail Delivery Subsystem <mailer-daemon@yahoo.com>
To: mihai.stoica@yahoo.com
Sent: Thursday, May 22, 2025, 09:02:44 PM GMT+3
Subject: Delivery Status Notification (Failure)

Sorry, we were unable to deliver your message to the following address.

<dpo@shop.example.be>:
550: 5.1.1 <dpo@shop.example.be>: Recipient address rejected: User unknown =
in virtual alias table

--- Below this line is a copy of the message.

Subject: comanda 77120 - datele mele
"""),
]

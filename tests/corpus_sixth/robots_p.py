"""Sixth set, robots and robot-looking people, as raw RFC 5322 messages. Written apart from the code."""

ROBOTS = [
    ('en', 'postfix-bounce', 'automated', (),
'''Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: by mail.shop.example.be (Postfix)
	id 7C2B81A40F; Tue, 11 Mar 2025 10:42:13 +0100 (CET)
Date: Tue, 11 Mar 2025 10:42:13 +0100 (CET)
From: MAILER-DAEMON@mail.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4D1F2C1A3E.1741686133/mail.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20250311094213.7C2B81A40F@mail.shop.example.be>

This is a MIME-encapsulated message.

--4D1F2C1A3E.1741686133/mail.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<an.devos@devos-tuinen.be>: host mx1.devos-tuinen.be[185.47.12.9] said: 550
    5.1.1 <an.devos@devos-tuinen.be>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)

--4D1F2C1A3E.1741686133/mail.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.shop.example.be
X-Postfix-Queue-ID: 4D1F2C1A3E
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 11 Mar 2025 10:42:11 +0100 (CET)

Final-Recipient: rfc822; an.devos@devos-tuinen.be
Original-Recipient: rfc822;an.devos@devos-tuinen.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.devos-tuinen.be
Diagnostic-Code: smtp; 550 5.1.1 <an.devos@devos-tuinen.be>: Recipient address
    rejected: User unknown in virtual mailbox table

--4D1F2C1A3E.1741686133/mail.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Shop Example Privacy <privacy@shop.example.be>
To: an.devos@devos-tuinen.be
Subject: Your request of 3 March - reference PRV-2025-0318
Date: Tue, 11 Mar 2025 10:42:11 +0100
Message-ID: <a81c2e7f-0b3d-4a55-9d2e-77c0f1d2e001@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

--4D1F2C1A3E.1741686133/mail.shop.example.be--
'''),
    ('en', 'postfix-delay', 'automated', (),
'''Return-Path: <>
Date: Wed, 12 Mar 2025 13:02:51 +0100 (CET)
From: MAILER-DAEMON@mail.shop.example.be (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9A3E51B0C2.1741780000/mail.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20250312120251.E1F0F1A412@mail.shop.example.be>

This is a MIME-encapsulated message.

--9A3E51B0C2.1741780000/mail.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.shop.example.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<info@tuincentrum-hoste.be>: host mail.tuincentrum-hoste.be[91.183.4.20] said:
    450 4.7.1 <info@tuincentrum-hoste.be>: Recipient address rejected:
    Greylisted, see http://postgrey.schweikert.ch/help/tuincentrum-hoste.be.html
    (in reply to RCPT TO command)

--9A3E51B0C2.1741780000/mail.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.shop.example.be
X-Postfix-Queue-ID: 9A3E51B0C2
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 12 Mar 2025 08:51:40 +0100 (CET)

Final-Recipient: rfc822; info@tuincentrum-hoste.be
Original-Recipient: rfc822;info@tuincentrum-hoste.be
Action: delayed
Status: 4.7.1
Remote-MTA: dns; mail.tuincentrum-hoste.be
Diagnostic-Code: smtp; 450 4.7.1 <info@tuincentrum-hoste.be>: Recipient address
    rejected: Greylisted, see
    http://postgrey.schweikert.ch/help/tuincentrum-hoste.be.html
Will-Retry-Until: Mon, 17 Mar 2025 08:51:40 +0100 (CET)

--9A3E51B0C2.1741780000/mail.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Shop Example Privacy <privacy@shop.example.be>
To: info@tuincentrum-hoste.be
Subject: Verwerkersovereenkomst - verzoek tot verwijdering klantgegevens
Date: Wed, 12 Mar 2025 08:51:39 +0100
Message-ID: <c11d0b8e-2f7a-4d1b-8b5e-3a0e9f6b7a12@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

--9A3E51B0C2.1741780000/mail.shop.example.be--
'''),
    ('en', 'exim-bounce', 'automated', (),
'''Return-path: <>
Envelope-to: privacy@shop.example.be
Delivery-date: Thu, 20 Mar 2025 16:14:07 +0100
Received: from mailnull by srv214.webhosting-ovh.eu with local (Exim 4.98)
	id 1tvIxL-0003qZ-1n
	for privacy@shop.example.be; Thu, 20 Mar 2025 16:14:07 +0100
X-Failed-Recipients: marc@bakkerij-lemmens.be
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@srv214.webhosting-ovh.eu>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1742483647-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tvIxL-0003qZ-1n@srv214.webhosting-ovh.eu>
Date: Thu, 20 Mar 2025 16:14:07 +0100

--1742483647-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  marc@bakkerij-lemmens.be
    mailbox is full: retry timeout exceeded

--1742483647-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; srv214.webhosting-ovh.eu

Action: failed
Final-Recipient: rfc822;marc@bakkerij-lemmens.be
Status: 5.0.0

--1742483647-eximdsn-1804289383
Content-type: message/rfc822

From: Shop Example Privacy <privacy@shop.example.be>
To: marc@bakkerij-lemmens.be
Subject: Re: gegevens klantenkaart
Date: Thu, 20 Mar 2025 16:14:05 +0100
Message-ID: <5b2e@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Beste heer Lemmens,

Zoals gevraagd hebben wij uw klantenkaart en de bijhorende gegevens
verwijderd. U ontvangt geen mails meer van ons.

Met vriendelijke groet,
Team Privacy

--1742483647-eximdsn-1804289383--
'''),
    ('en', 'exim-delay', 'automated', (),
'''Return-path: <>
X-Failed-Recipients: sophie.claes@claesarchitecten.be
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@box5.hostingpartner.net>
To: privacy@shop.example.be
Subject: Warning: message 1txQ4b-00Gk7e-2W delayed 24 hours
Message-Id: <E1txR8a-00H1aQ-0C@box5.hostingpartner.net>
Date: Wed, 26 Mar 2025 09:31:02 +0000

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on box5.hostingpartner.net.

The message identifier is:     1txQ4b-00Gk7e-2W
The subject of the message is: Uw aanvraag tot inzage
The date of the message is:    Tue, 25 Mar 2025 09:12:44 +0100

The address to which the message has not yet been delivered is:

  sophie.claes@claesarchitecten.be
    host mail.claesarchitecten.be [81.82.200.17]
    Delay reason: SMTP error from remote mail server after RCPT TO:<sophie.claes@claesarchitecten.be>:
    451 4.3.0 Temporary lookup failure

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
'''),
    ('en', 'qmail-bounce', 'automated', (),
'''Return-Path: <>
Date: 17 Apr 2025 07:55:21 -0000
From: MAILER-DAEMON@mx.kapsalon-ilse.be
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mx.kapsalon-ilse.be.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ilse@kapsalon-ilse.be>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 20417 invoked from network); 17 Apr 2025 07:55:20 -0000
Received: from mail.shop.example.be (HELO mail.shop.example.be) (194.78.22.10)
  by mx.kapsalon-ilse.be with SMTP; 17 Apr 2025 07:55:20 -0000
From: Shop Example Privacy <privacy@shop.example.be>
To: ilse@kapsalon-ilse.be
Subject: Uw vraag om uw account te sluiten
Date: Thu, 17 Apr 2025 09:55:18 +0200
Message-ID: <77ab1c@shop.example.be>

Beste Ilse,

Om uw aanvraag te kunnen afhandelen, vragen we u te bevestigen
dat u de eigenaar bent van dit account. Antwoord gewoon op deze mail.

Vriendelijke groeten,
Privacyteam Shop Example
'''),
    ('en', 'sendmail-bounce', 'automated', (),
'''Return-Path: <>
Received: from localhost (localhost)
	by relay.hortiplan.eu (8.15.2/8.15.2) id s3TF9qKR012345;
	Wed, 23 Apr 2025 08:53:54 +0200
Date: Wed, 23 Apr 2025 08:53:54 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.hortiplan.eu>
Message-Id: <202504230653.s3TF9qKR012345@relay.hortiplan.eu>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="s3TF9qKR012345.1745391234/relay.hortiplan.eu"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--s3TF9qKR012345.1745391234/relay.hortiplan.eu

The original message was received at Wed, 23 Apr 2025 08:53:52 +0200
from mail.shop.example.be [194.78.22.10]

   ----- The following addresses had permanent fatal errors -----
<d.wouters@hortiplan.eu>
    (reason: 550 5.1.1 <d.wouters@hortiplan.eu>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailstore.hortiplan.eu.:
>>> DATA
<<< 550 5.1.1 <d.wouters@hortiplan.eu>... User unknown
550 5.1.1 <d.wouters@hortiplan.eu>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--s3TF9qKR012345.1745391234/relay.hortiplan.eu
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.hortiplan.eu
Received-From-MTA: DNS; mail.shop.example.be
Arrival-Date: Wed, 23 Apr 2025 08:53:52 +0200

Final-Recipient: RFC822; d.wouters@hortiplan.eu
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailstore.hortiplan.eu
Diagnostic-Code: SMTP; 550 5.1.1 <d.wouters@hortiplan.eu>... User unknown
Last-Attempt-Date: Wed, 23 Apr 2025 08:53:54 +0200

--s3TF9qKR012345.1745391234/relay.hortiplan.eu
Content-Type: text/rfc822-headers

From: Shop Example Privacy <privacy@shop.example.be>
To: d.wouters@hortiplan.eu
Subject: Data processing agreement - request to erase customer records
Date: Wed, 23 Apr 2025 08:53:50 +0200
Message-ID: <0f9e3b77@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

--s3TF9qKR012345.1745391234/relay.hortiplan.eu--
'''),
    ('en', 'gmail-bounce', 'automated', (),
'''Delivered-To: privacy@shop.example.be
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <CAJx8K3y2n@shop.example.be>
In-Reply-To: <CAJx8K3y2n@shop.example.be>
X-Failed-Recipients: tom.vanacker1987@gmail.com
Message-ID: <67d2f1a3.050a0220.1c2e3d.0000.GMR@mx.google.com>
Date: Thu, 13 Mar 2025 07:02:11 -0700 (PDT)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000a1b2c30631d4e5f6"; report-type=delivery-status

--000000000000a1b2c30631d4e5f6
Content-Type: multipart/related; boundary="000000000000a1b2c30631d4e5f7"

--000000000000a1b2c30631d4e5f7
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to tom.vanacker1987@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4769ad3f1c2si123456cf.410 - gsmtp

--000000000000a1b2c30631d4e5f7--

--000000000000a1b2c30631d4e5f6
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mail.shop.example.be
Arrival-Date: Thu, 13 Mar 2025 07:02:10 -0700 (PDT)
X-Original-Message-ID: <CAJx8K3y2n@shop.example.be>

Final-Recipient: rfc822; tom.vanacker1987@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (2a00:1450:400c:c0b::1a, the server
 for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Thu, 13 Mar 2025 07:02:11 -0700 (PDT)

--000000000000a1b2c30631d4e5f6
Content-Type: message/rfc822

From: Shop Example Privacy <privacy@shop.example.be>
To: tom.vanacker1987@gmail.com
Subject: Your personal data - copy as requested
Date: Thu, 13 Mar 2025 15:02:09 +0100
Message-ID: <CAJx8K3y2n@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Mr Vanacker,

Please find attached the copy of the personal data we hold about you.

Kind regards,
Privacy team

--000000000000a1b2c30631d4e5f6--
'''),
    ('en', 'gmail-dsn-delay', 'automated', (),
'''Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Delay)
Date: Fri, 04 Apr 2025 02:17:40 -0700 (PDT)
Message-ID: <67efa2b4.5d0a0220.2b1f.03a1.GMR@mx.google.com>
Content-Type: text/plain; charset="UTF-8"
MIME-Version: 1.0


** Message not delivered yet **

There was a temporary problem delivering your message to info@verandabouw-geerts.be. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:

The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mail.verandabouw-geerts.be. 81.246.71.3: timed out]


----- Original message -----

From: privacy@shop.example.be
To: info@verandabouw-geerts.be
Subject: Re: account verwijderen
Date: Thu, 03 Apr 2025 09:16:02 +0200
'''),
    ('en', 'o365-ndr', 'automated', (),
'''Return-Path: <>
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@vdmlogistics.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Mon, 7 Apr 2025 12:44:09 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_AM9PR07MB712345A1B2C3D4E5F6AM9PR07MB7123eurprd_"
X-MS-Exchange-Message-Is-Ndr: 
Content-Language: en-US
Message-ID: <7f1b2c3d-4e5f-4a6b-9c8d-0e1f2a3b4c5d@AM9PR07MB7123.eurprd07.prod.outlook.com>
In-Reply-To: <3c9a7e51@shop.example.be>
References: <3c9a7e51@shop.example.be>
Subject: Undeliverable: Request to stop processing - customer no. 448120
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--_000_AM9PR07MB712345A1B2C3D4E5F6AM9PR07MB7123eurprd_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_002_alt_"

--_002_alt_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to kristof.mertens@vdm-logistics.be couldn't be delivered.

kristof.mertens wasn't found at vdm-logistics.be.

privacy       Office 365       kristof.mertens
Action Required                 Recipient

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
ination domain.

Original Message Details
Created Date:   4/7/2025 12:44:05 PM
Sender Address: privacy@shop.example.be
Recipient Address:      kristof.mertens@vdm-logistics.be
Subject:        Request to stop processing - customer no. 448120

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not fo=
und by SMTP address lookup
DSN generated by:       AM9PR07MB7123.eurprd07.prod.outlook.com

--_002_alt_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head></head><body>
<p style=3D"font-size:16pt;font-weight:bold">Your message to kristof.merten=
s@vdm-logistics.be couldn't be delivered.</p>
<p>kristof.mertens wasn't found at vdm-logistics.be.</p>
<p>privacy&nbsp;&nbsp;&nbsp;Office 365&nbsp;&nbsp;&nbsp;kristof.mertens<br>=
Action Required&nbsp;&nbsp;&nbsp;Recipient</p>
<p><b>Unknown To address</b></p>
</body></html>

--_002_alt_--

--_000_AM9PR07MB712345A1B2C3D4E5F6AM9PR07MB7123eurprd_
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR07MB7123.eurprd07.prod.outlook.com
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Mon, 7 Apr 2025 12:44:05 +0000

Final-Recipient: rfc822;kristof.mertens@vdm-logistics.be
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_000_AM9PR07MB712345A1B2C3D4E5F6AM9PR07MB7123eurprd_
Content-Type: text/rfc822-headers

From: Shop Example Privacy <privacy@shop.example.be>
To: kristof.mertens@vdm-logistics.be
Subject: Request to stop processing - customer no. 448120
Date: Mon, 7 Apr 2025 14:44:03 +0200
Message-ID: <3c9a7e51@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

--_000_AM9PR07MB712345A1B2C3D4E5F6AM9PR07MB7123eurprd_--
'''),
    ('en', 'yahoo-bounce', 'automated', (),
'''Return-Path: <>
From: MAILER-DAEMON@yahoo.com
To: privacy@shop.example.be
Subject: Failure Notice
Date: Sat, 19 Apr 2025 14:21:03 +0000
X-Yahoo-Newman-Property: bounce

Sorry, we were unable to deliver your message to the following address.

<katrien_peeters62@yahoo.com>:
554: delivery error: dd Not a valid recipient - atlas102.free.mail.ir2.yahoo.com

--- Below this line is a copy of the message.

Received: from 194.78.22.10 (EHLO mail.shop.example.be)
  by mta4021.mail.ir2.yahoo.com with SMTP; Sat, 19 Apr 2025 14:21:02 +0000
From: Shop Example Privacy <privacy@shop.example.be>
To: katrien_peeters62@yahoo.com
Subject: Bevestiging: u bent uitgeschreven
Date: Sat, 19 Apr 2025 16:21:00 +0200

Beste,

U bent uitgeschreven voor onze nieuwsbrief. Uw toestemming voor
marketingmails is ingetrokken.
'''),
    ('en', 'exchange-ndr-size', 'automated', (),
'''From: postmaster@brouwerij-devriendt.be
To: privacy@shop.example.be
Date: Tue, 22 Apr 2025 11:05:33 +0200
Subject: Undeliverable: Your data export (ZIP)
Content-Type: text/plain; charset="us-ascii"
X-MS-Exchange-Organization-AuthSource: EXCH01.brouwerij.local
X-MS-Exchange-Message-Is-Ndr: 
Auto-Submitted: auto-replied

Delivery has failed to these recipients or groups:

Jan Devriendt (jan@brouwerij-devriendt.be)
The message is too large for the destination organization. Try reducing the message size by deleting some attachments or inserting links to the attachments.






Diagnostic information for administrators:

Generating server: EXCH01.brouwerij.local

jan@brouwerij-devriendt.be
#550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route ##

Original message headers:

Received: from mail.shop.example.be (194.78.22.10) by EXCH01.brouwerij.local
 (10.0.0.12) with Microsoft SMTP Server id 15.1.2507.39; Tue, 22 Apr 2025 11:05:31 +0200
From: Shop Example Privacy <privacy@shop.example.be>
To: Jan Devriendt <jan@brouwerij-devriendt.be>
Subject: Your data export (ZIP)
Date: Tue, 22 Apr 2025 11:05:28 +0200
Message-ID: <e2a1f7c9@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_1234"
'''),
    ('en', 'outlookcom-spam-reject', 'automated', (),
'''Return-Path: <>
From: postmaster@outlook.com
To: privacy@shop.example.be
Date: Mon, 5 May 2025 06:48:12 +0000
Subject: Undeliverable: Your privacy request
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr: 
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Delivery has failed to these recipients or groups:

lotte.hermans@hotmail.com
Your message wasn't delivered because the recipient's email provider rejected it.




Diagnostic information for administrators:

Generating server: DB8PR03MB5930.eurprd03.prod.outlook.com

lotte.hermans@hotmail.com
Remote Server returned '550 5.7.1 Unfortunately, messages from [194.78.22.10] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2025-05-05T06:48:11.994Z 08DD8A1B2C3D4E5F]'

Original message headers:

From: Shop Example Privacy <privacy@shop.example.be>
To: lotte.hermans@hotmail.com
Subject: Your privacy request
Date: Mon, 5 May 2025 08:48:09 +0200
Message-ID: <91f0ab3e@shop.example.be>
'''),
    ('en', 'exchange-ooo', 'automated', (),
'''From: Hannah Whitfield <h.whitfield@greenloop-media.co.uk>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatic reply: Deletion of customer records shared under our agreement
Thread-Topic: Deletion of customer records shared under our agreement
Date: Wed, 14 May 2025 08:03:51 +0000
Message-ID: <DB9PR02MB66418F1C2D3E4F5A6B7C8D9E0F1A2@DB9PR02MB6641.eurprd02.prod.outlook.com>
In-Reply-To: <b4e8a1d2@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach: 
X-MS-Exchange-Inbox-Rules-Loop: h.whitfield@greenloop-media.co.uk
X-MS-TNEF-Correlator: 
Content-Language: en-GB
Content-Type: multipart/alternative; boundary="_000_DB9PR02MB66418F1C2D3E4F5A6B7C8D9E0F1A2DB9PR02MB6641eurp_"
MIME-Version: 1.0

--_000_DB9PR02MB66418F1C2D3E4F5A6B7C8D9E0F1A2DB9PR02MB6641eurp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email. I am out of the office until Monday 26 May with n=
o access to email.

For data protection matters, including subject access and erasure requests,=
 please contact dpo@greenloop-media.co.uk, which is monitored daily. Compla=
ints should be sent to the same address.

Kind regards,
Hannah Whitfield
Data Protection & Compliance Manager
Greenloop Media Ltd

--_000_DB9PR02MB66418F1C2D3E4F5A6B7C8D9E0F1A2DB9PR02MB6641eurp_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head><body><div>Thank you for your email. I am out of the of=
fice until Monday 26 May with no access to email.</div><div><br></div><div>=
For data protection matters, including subject access and erasure requests,=
 please contact dpo@greenloop-media.co.uk, which is monitored daily. Compla=
ints should be sent to the same address.</div><div><br></div><div>Kind rega=
rds,<br>Hannah Whitfield<br>Data Protection &amp; Compliance Manager<br>Gre=
enloop Media Ltd</div></body></html>

--_000_DB9PR02MB66418F1C2D3E4F5A6B7C8D9E0F1A2DB9PR02MB6641eurp_--
'''),
    ('en', 'gmail-vacation', 'automated', (),
'''Delivered-To: privacy@shop.example.be
MIME-Version: 1.0
From: Rob Janssens <rob.janssens.84@gmail.com>
Date: Sat, 2 Aug 2025 19:12:04 +0200
Message-ID: <CAKq1vRz=ooo8Yx4p2@mail.gmail.com>
Subject: Re: We need a bit more information
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Precedence: bulk
Content-Type: multipart/alternative; boundary="0000000000007c1e44063b9f01aa"

--0000000000007c1e44063b9f01aa
Content-Type: text/plain; charset="UTF-8"

Off grid till the 18th, hiking in Norway. Will reply when I'm back!
Rob

--0000000000007c1e44063b9f01aa
Content-Type: text/html; charset="UTF-8"

<div dir="ltr">Off grid till the 18th, hiking in Norway. Will reply when I&#39;m back!<div>Rob</div></div>

--0000000000007c1e44063b9f01aa--
'''),
    ('en', 'lotus-notes-ooo', 'automated', (),
'''Subject: Michael O'Connor is out of the office.
From: Michael O'Connor <michael.oconnor@fernway-insurance.ie>
To: privacy@shop.example.be
Date: Thu, 10 Jul 2025 11:40:22 +0100
Message-ID: <OF8A1B2C3D.4E5F6071-ON80258C8A.003A1B2C-80258C8A.003A1B2D@fernway-insurance.ie>
X-Mailer: HCL Notes Release 12.0.2 FP3 March 14, 2024
Auto-Submitted: auto-generated
X-Notes-Item: Out of Office; name=$AutoRespond
Precedence: bulk
MIME-Version: 1.0
Content-type: text/plain; charset=US-ASCII


I will be out of the office starting  10/07/2025 and will not return until 21/07/2025.

I will respond to your message when I return. For urgent matters please call the main office on +353 1 555 0142.
'''),
    ('en', 'icloud-vacation', 'automated', (),
'''From: Sarah Lenaerts <sarahlenaerts@icloud.com>
To: privacy@shop.example.be
Subject: Re: Confirmation of your request
Date: Mon, 21 Jul 2025 06:00:13 +0000
Message-Id: <AUTOREPLY-1753077613-8813@p01-mail.me.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
MIME-Version: 1.0
X-Apple-Action: vacation

I'm away until August 4 with limited access to email.
'''),
    ('en', 'zendesk-ack', 'automated', (),
'''From: Brightpost Support <support@brightpost.zendesk.com>
Reply-To: Brightpost Support <support+id48213@brightpost.zendesk.com>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: [Brightpost] Re: Erasure request for customer 5521-0934 (Art. 17 GDPR)
Date: Tue, 18 Mar 2025 13:02:44 +0000
Message-ID: <ZX7K2P9Q1_67d96f04a1b2c_3e4f_sprut@zendesk.com>
In-Reply-To: <f31a0b7c@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: list
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 9c1e4a
X-Zendesk-Email-Id: 01JPK3Q8Z2B7C4D5E6F7G8H9J0
Content-Type: multipart/alternative; boundary="--==_mimepart_67d96f04b2c3d_1a2b3c"; charset=UTF-8
MIME-Version: 1.0

----==_mimepart_67d96f04b2c3d_1a2b3c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support=
 staff.

To add additional comments, reply to this email.

--------------------------------

Shop Example Privacy (shop.example.be)

Mar 18, 2025, 13:02 GMT

Hello,

One of our customers has asked us to erase all personal data we hold about =
them. Our records show that their e-mail address and order history were sha=
red with you for parcel tracking. Please delete the customer's data from yo=
ur systems and confirm the deletion to us within 14 days.

Customer reference: 5521-0934

Thank you,
Privacy team
Shop Example

--------------------------------
This email is a service from Brightpost Support.

[9C1E4A-0R7Q2]

----==_mimepart_67d96f04b2c3d_1a2b3c
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><body><div style=3D"color:#b5b5b5">##- Please type you=
r reply above this line -##</div><p>Your request (48213) has been received =
and is being reviewed by our support staff.</p><p>To add additional comment=
s, reply to this email.</p><hr><p><strong>Shop Example Privacy</strong> (sh=
op.example.be)</p><p>Mar 18, 2025, 13:02 GMT</p><p>Hello,</p><p>One of our =
customers has asked us to erase all personal data we hold about them. Our r=
ecords show that their e-mail address and order history were shared with yo=
u for parcel tracking. Please delete the customer's data from your systems =
and confirm the deletion to us within 14 days.</p><p>Customer reference: 55=
21-0934</p><p>Thank you,<br>Privacy team<br>Shop Example</p><hr><p style=3D=
"color:#aaa">This email is a service from Brightpost Support.</p></body></h=
tml>

----==_mimepart_67d96f04b2c3d_1a2b3c--
'''),
    ('en', 'freshdesk-ack', 'automated', (),
'''From: Loyalty Partners Helpdesk <help@loyaltypartners.freshdesk.com>
To: privacy@shop.example.be
Subject: Ticket Received - Customer wants a copy of their points history
Date: Wed, 9 Apr 2025 10:17:31 +0000
Message-ID: <8e1f.67f64a6b.fd@freshdesk.com>
Auto-Submitted: auto-generated
X-FD-Email: true
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

<div>Dear Privacy Team,<br><br>We would like to acknowledge that we have re=
ceived your request and a ticket has been created.<br>A support representat=
ive will be reviewing your request and will send you a personal response.(u=
sually within 24 hours).<br><br>To view the status of the ticket or add com=
ments, please visit<br><a href=3D"https://loyaltypartners.freshdesk.com/hel=
pdesk/tickets/20417">https://loyaltypartners.freshdesk.com/helpdesk/tickets=
/20417</a><br><br>Thank you for your patience.<br><br>Sincerely,<br>Loyalty=
 Partners Support Team</div>
'''),
    ('en', 'jira-sm-ack', 'automated', (),
'''From: Northwind Data Ops <jira@northwind-data.atlassian.net>
Sender: jira@northwind-data.atlassian.net
To: privacy@shop.example.be
Subject: DPR-1187 Please suppress customer profile from ad audiences
Date: Thu, 24 Apr 2025 15:20:05 +0000
Message-ID: <JIRA.10541.1745508005000@Atlassian.JIRA>
Auto-Submitted: auto-generated
Precedence: bulk
X-JIRA-FingerPrint: 4a9c1f20b7e3d58a6c2b1e0f9d8c7b6a
Content-Type: multipart/alternative; boundary="----=_Part_88123_204811.1745508005012"
MIME-Version: 1.0

------=_Part_88123_204811.1745508005012
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=E2=80=94-=E2=80=94-=E2=80=94-=E2=80=94
Reply above this line.

Hi Shop Example Privacy,

Thanks for contacting Northwind Data Ops. We've received your request and w=
e'll get back to you soon. Your reference is DPR-1187.

View request: https://northwind-data.atlassian.net/servicedesk/customer/por=
tal/4/DPR-1187

This is shared with Shop Example Privacy.

Help Center, powered by Jira Service Management, sent you this message.

------=_Part_88123_204811.1745508005012
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body><p style="color:#999">—-—-—-—<br>Reply above this line.</p><p>Hi Shop Example Privacy,</p><p>Thanks for contacting Northwind Data Ops. We've received your request and we'll get back to you soon. Your reference is DPR-1187.</p><p><a href="https://northwind-data.atlassian.net/servicedesk/customer/portal/4/DPR-1187">View request</a></p></body></html>

------=_Part_88123_204811.1745508005012--
'''),
    ('en', 'servicenow-ack', 'automated', (),
'''From: IT & Privacy Service Desk <servicedesk@meridianpay.service-now.com>
To: privacy@shop.example.be
Subject: Request RITM0048211 -- opened on your behalf
Date: Fri, 16 May 2025 07:31:48 -0700
Message-ID: <-1029384756.1523.1747405908123@app138.iad3.service-now.com>
X-ServiceNow-Source: EmailAction:3c1d8e7a1b2c
X-ServiceNow-SysEmail-Version: 2
Precedence: bulk
Auto-Submitted: auto-generated
Content-Type: text/plain; charset=UTF-8
MIME-Version: 1.0

Your request has been opened on your behalf.

Number: RITM0048211
Short description: Data subject request - restriction of processing (merchant Shop Example)
Priority: 4 - Low
State: New

How to track your request:
Click here to view Request: RITM0048211

Thank you,
MeridianPay Service Desk

Ref:MSG3302918
'''),
    ('en', 'helpscout-autoreply', 'automated', (),
'''From: Tidyhome Rewards <hello@tidyhome-rewards.com>
To: privacy@shop.example.be
Subject: Re: Joint customer - objection to data sharing
Date: Sun, 1 Jun 2025 09:02:11 +0000
Message-ID: <autoreply.2284910.683c2d43@helpscout.net>
Auto-Submitted: auto-replied
X-HelpScout-Thread-Type: autoreply
List-Unsubscribe: <mailto:unsubscribe@helpscout.net>
Content-Type: text/plain; charset=utf-8
MIME-Version: 1.0

Hi there,

Thanks for getting in touch! This is an automated message to let you know we've got your email.

Our team is offline on weekends, but we'll get back to you within one business day. In the meantime you might find an answer in our Help Centre: https://help.tidyhome-rewards.com

Cheers,
The Tidyhome team

-----
Conversation #2284910
'''),
    ('en', 'hubspot-ticket-ack', 'automated', (),
'''From: Pinecrest Marketing <support@pinecrest-marketing.com>
To: privacy@shop.example.be
Subject: We've received your message [#4417730211]
Date: Mon, 9 Jun 2025 12:00:41 +0000
Message-ID: <0100019755c1a0f1-3b1c-4e9b@eu-west-1.amazonses.com>
X-HubSpot-Ticket-Id: 4417730211
Auto-Submitted: auto-generated
Content-Type: multipart/alternative; boundary="b1_hs_8c2f1e"
MIME-Version: 1.0

--b1_hs_8c2f1e
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

VGhhbmtzIGZvciByZWFjaGluZyBvdXQKCldlJ3ZlIGNyZWF0ZWQgdGlja2V0ICM0NDE3NzMwMjEx
IGZvciB5b3VyIHJlcXVlc3QgIlJlbW92ZSBvdXIgY3VzdG9tZXIgZnJvbSB5b3VyIGxvb2thbGlr
ZSBhdWRpZW5jZXMiLiBBIG1lbWJlciBvZiBvdXIgdGVhbSB3aWxsIGdldCBiYWNrIHRvIHlvdSBh
cyBzb29uIGFzIHBvc3NpYmxlLCB1c3VhbGx5IHdpdGhpbiAyIGJ1c2luZXNzIGRheXMuCgpQbGVh
c2UgZG9uJ3QgcmVwbHkgdG8gdGhpcyBlbWFpbCB3aXRoIG5ldyBxdWVzdGlvbnMgLSByZXBseSBv
bmx5IGlmIHlvdSB3YW50IHRvIGFkZCBpbmZvcm1hdGlvbiB0byB0aGlzIHRpY2tldC4KClBpbmVj
cmVzdCBNYXJrZXRpbmcgU3VwcG9ydA==

--b1_hs_8c2f1e
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PGgyPlRoYW5rcyBmb3IgcmVhY2hpbmcgb3V0PC9oMj48cD5XZSd2ZSBjcmVh
dGVkIHRpY2tldCAjNDQxNzczMDIxMSBmb3IgeW91ciByZXF1ZXN0ICJSZW1vdmUgb3VyIGN1c3Rv
bWVyIGZyb20geW91ciBsb29rYWxpa2UgYXVkaWVuY2VzIi4gQSBtZW1iZXIgb2Ygb3VyIHRlYW0g
d2lsbCBnZXQgYmFjayB0byB5b3UgYXMgc29vbiBhcyBwb3NzaWJsZSwgdXN1YWxseSB3aXRoaW4g
MiBidXNpbmVzcyBkYXlzLjwvcD48cD5QbGVhc2UgZG9uJ3QgcmVwbHkgdG8gdGhpcyBlbWFpbCB3
aXRoIG5ldyBxdWVzdGlvbnMgLSByZXBseSBvbmx5IGlmIHlvdSB3YW50IHRvIGFkZCBpbmZvcm1h
dGlvbiB0byB0aGlzIHRpY2tldC48L3A+PHA+UGluZWNyZXN0IE1hcmtldGluZyBTdXBwb3J0PC9w
PjwvYm9keT48L2h0bWw+

--b1_hs_8c2f1e--
'''),
    ('en', 'mailman-moderation', 'automated', (),
'''From: ecommerce-privacy-bounces@lists.retailforum.eu
To: privacy@shop.example.be
Subject: Your message to Ecommerce-privacy awaits moderator approval
Date: Tue, 3 Jun 2025 14:15:09 +0200
Message-ID: <mailman.311.1748952909.1877.ecommerce-privacy@lists.retailforum.eu>
Precedence: bulk
X-BeenThere: ecommerce-privacy@lists.retailforum.eu
X-Mailman-Version: 2.1.39
List-Id: Privacy officers of online retailers <ecommerce-privacy.lists.retailforum.eu>
X-List-Administrivia: yes
Errors-To: ecommerce-privacy-bounces@lists.retailforum.eu
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0

Your mail to 'Ecommerce-privacy' with the subject

    How do you handle deletion requests for loyalty card holders?

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.  If you would like to cancel
this posting, please visit the following URL:

    https://lists.retailforum.eu/mailman/confirm/ecommerce-privacy/1f0e8c2b9a7d6e5f4c3b2a190817161514131211
'''),
    ('en', 'google-groups-reject', 'automated', (),
'''Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Subject: Delivery Status Notification (Failure)
Auto-Submitted: auto-replied
X-Failed-Recipients: dataprotection@partnernet-benelux.org
Date: Wed, 11 Jun 2025 03:40:56 -0700 (PDT)
Content-Type: text/plain; charset="UTF-8"
MIME-Version: 1.0


** Message blocked **

Your message to dataprotection@partnernet-benelux.org has been blocked. See technical details below for more information.

The response was:

You do not have permission to post to this group. If you believe you should have permission, please contact the group owners for dataprotection@partnernet-benelux.org. Learn more at https://support.google.com/a/answer/167430
'''),
    ('en', 'outlook-read-receipt', 'automated', (),
'''From: Eva Maes <eva.maes@kinderopvang-zonnebloem.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Read: Your access request - documents attached
Date: Thu, 12 Jun 2025 08:22:47 +0000
Message-ID: <DB7PR10MB2201B3C4D5E6F7A8B9C0D1E2F3A4B5C6@DB7PR10MB2201.EURPRD10.PROD.OUTLOOK.COM>
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_rr_DB7PR10MB2201B3C4D5E6F7A8B9C0D1E2F3A4B5C6"
MIME-Version: 1.0
X-MS-Exchange-Organization-SCL: -1

--_rr_DB7PR10MB2201B3C4D5E6F7A8B9C0D1E2F3A4B5C6
Content-Type: text/plain; charset="us-ascii"

Your message

  To: Eva Maes
  Subject: Your access request - documents attached
  Sent: Thursday, June 12, 2025 9:58:03 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris

was read on Thursday, June 12, 2025 10:22:45 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.

--_rr_DB7PR10MB2201B3C4D5E6F7A8B9C0D1E2F3A4B5C6
Content-Type: message/disposition-notification

Final-Recipient: RFC822; eva.maes@kinderopvang-zonnebloem.be
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: 4rUoTQ8Jm0S1d1qW7Y0pzA==
Original-Message-ID: <a0c3e9d1@shop.example.be>

--_rr_DB7PR10MB2201B3C4D5E6F7A8B9C0D1E2F3A4B5C6--
'''),
    ('en', 'dmarc-aggregate-google', 'automated', (),
'''Return-Path: <noreply-dmarc-support@google.com>
From: noreply-dmarc-support@google.com
To: dmarc@shop.example.be, privacy@shop.example.be
Subject: Report domain: shop.example.be Submitter: google.com Report-ID: 1383457782419208834
Date: Sun, 16 Mar 2025 16:59:59 -0700
Message-ID: <1383457782419208834@google.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="000000000000f3b90506307c55ad"

--000000000000f3b90506307c55ad
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

VGhpcyBpcyBhbiBhZ2dyZWdhdGUgcmVwb3J0IGZyb20gZ29vZ2xlLmNvbS4NCg0KUmVwb3J0IGRv
bWFpbjogc2hvcC5leGFtcGxlLmJlDQpTdWJtaXR0ZXI6IGdvb2dsZS5jb20NClJlcG9ydC1JRDog
MTM4MzQ1Nzc4MjQxOTIwODgzNA0K

--000000000000f3b90506307c55ad
Content-Type: application/zip;
	name="google.com!shop.example.be!1742083200!1742169599.zip"
Content-Disposition: attachment;
	filename="google.com!shop.example.be!1742083200!1742169599.zip"
Content-Transfer-Encoding: base64

UEsDBBQAAAAIACgpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVW
V1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6P
kJGSk5SVlpeYmZqbnJ2en1BLBQYAAAAAAAAAAAAAAAAAAAAAAAA=

--000000000000f3b90506307c55ad--
'''),
    ('en', 'dmarc-aggregate-microsoft', 'automated', (),
'''From: DMARC Aggregate Report <dmarcreport@microsoft.com>
To: <privacy@shop.example.be>
Subject: Report Domain: shop.example.be Submitter: protection.outlook.com Report-ID: 5e1f2a9c8b7d4e3fa1b2c3d4e5f60718
Date: Tue, 18 Mar 2025 04:13:20 +0000
Message-ID: <5e1f2a9c8b7d4e3fa1b2c3d4e5f60718@microsoft.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_mpm_a7c0b3f2e1_"

--_mpm_a7c0b3f2e1_
Content-Type: text/plain; charset="us-ascii"

This is a DMARC aggregate report from Microsoft Corporation. For Emails received between 2025-03-16 00:00:00 UTC to 2025-03-17 00:00:00 UTC.

--_mpm_a7c0b3f2e1_
Content-Type: application/gzip
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="protection.outlook.com!shop.example.be!1742083200!1742169600.xml.gz"

H4sIAAAAAAAEAFpbXF1eX2BhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gIGCg4SFhoeI
iYqLjI2Oj5CRkpOUlZaXmJmam5ydnp+goaKjpKWmp6ipqqusra6vsLGys7S1tre4ubq7vL2+v8DB
wsPExcbHyMnKy8zNzs/Q0dLT1NXW19jZ2ts=

--_mpm_a7c0b3f2e1_--
'''),
    ('en', 'exchange-recall-report', 'automated', (),
'''From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@shopexample.onmicrosoft.com>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Message Recall Report for message: Your data - copy sent to wrong recipient?
Date: Tue, 24 Jun 2025 09:48:30 +0000
Message-ID: <recall.7a3b2c1d@AS8PR04MB8101.eurprd04.prod.outlook.com>
X-MS-Exchange-Organization-MessageRecall: Report
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

Message Recall Report for message: Your data - copy sent to wrong recipient?

Original message sent: 6/24/2025 9:41 AM
Recall requested: 6/24/2025 9:46 AM

Recipient                        Recall status
wim.stevens@pandora-consult.be   Failed - The message was already read
'''),
    ('en', 'google-calendar-reply', 'automated', (),
'''From: Google Calendar <calendar-notification@google.com>
Reply-To: Pieter Van Hecke <pieter.vanhecke@mailfox-agency.com>
Sender: Google Calendar <calendar-notification@google.com>
To: privacy@shop.example.be
Subject: Declined: Processor audit call - data retention @ Thu 3 Jul 2025 14:00 - 14:30 (CEST) (privacy@shop.example.be)
Date: Mon, 30 Jun 2025 07:11:18 +0000
Message-ID: <calendar-4b1c9e2f-8a7d-4e6f-b5c3-2d1e0f9a8b7c@google.com>
Auto-Submitted: auto-generated
Content-Type: multipart/mixed; boundary="000000000000cal5551"
MIME-Version: 1.0

--000000000000cal5551
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: 8bit

Pieter Van Hecke has declined this invitation.

Processor audit call - data retention
Thursday 3 Jul 2025 ⋅ 14:00 – 14:30
Central European Time - Brussels

Joining info
Join with Google Meet
https://meet.google.com/xkq-pvhn-tra

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.

--000000000000cal5551
Content-Type: text/calendar; charset="UTF-8"; method=REPLY
Content-Transfer-Encoding: 7bit

BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250703T120000Z
DTEND:20250703T123000Z
ORGANIZER;CN=privacy@shop.example.be:mailto:privacy@shop.example.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Pieter Van Hecke:mailto:pieter.vanhecke@mailfox-agency.com
SUMMARY:Processor audit call - data retention
END:VEVENT
END:VCALENDAR

--000000000000cal5551--
'''),
    ('en', 'cpanel-quota-warning', 'automated', (),
'''From: cPanel on shop.example.be <cpanel@srv07.belhost.be>
To: privacy@shop.example.be
Subject: [shop.example.be] Mailbox quota warning for "privacy@shop.example.be": 92% full
Date: Sat, 12 Jul 2025 03:14:00 +0200
Message-Id: <1752282840.a3f1.cpanel@srv07.belhost.be>
Auto-Submitted: auto-generated
X-Precedence: bulk
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

The mailbox "privacy@shop.example.be" is 92% full.

Server:       srv07.belhost.be
Mailbox:      privacy@shop.example.be
Usage:        4.6 GB / 5 GB

Once the mailbox reaches its quota, new messages will be rejected and
senders will receive a bounce message. To free up space, delete old
messages and empty the Trash folder, or ask your hosting provider to
raise the quota.

Do not reply to this automated message.

Copyright© 2025 cPanel, L.L.C.
'''),
    ('en', 'proofpoint-block', 'automated', (),
'''Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx0a-00164801.pphosted.com>
To: privacy@shop.example.be
Subject: Undelivered Mail Returned to Sender
Date: Mon, 14 Jul 2025 10:20:31 -0400 (EDT)
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=us-ascii
MIME-Version: 1.0

This is the mail system at host mx0a-00164801.pphosted.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<privacy@atlas-retailmedia.com>: host mx0a-00164801.pphosted.com said:
    550 5.7.1 Message blocked due to Proofpoint policy. Attachment type
    (.zip) not allowed. Contact your administrator. (in reply to end of
    DATA command)

--- Original message headers ---
From: Shop Example Privacy <privacy@shop.example.be>
To: privacy@atlas-retailmedia.com
Subject: Customer data export you requested under our DPA
'''),
    ('en', 'mimecast-hold', 'automated', (),
'''From: Mimecast Postmaster <postmaster@eu.mimecast.com>
To: privacy@shop.example.be
Subject: Your message has been held for review
Date: Wed, 16 Jul 2025 13:45:02 +0100
Message-ID: <mc-hold-3f0a2d.1752669902@eu-smtp-delivery-151.mimecast.com>
X-Mimecast-Spam-Score: 0
Auto-Submitted: auto-generated
Content-Type: text/plain; charset=utf-8
MIME-Version: 1.0

Your message has been held for review by the administrators of the recipient's organisation.

Message details
  From:      privacy@shop.example.be
  To:        legal@harrowgate-fulfilment.co.uk
  Subject:   RE: Data subject complaint - customer 88104
  Sent:      16/07/2025 13:44
  Reason:    Content Examination policy - held for review

You do not need to resend the message. If it is released, it will be delivered automatically. If it is rejected, you will receive a separate notification.

This is an automated message from Mimecast. Please do not reply.
'''),
    ('nl', 'o365-ndr', 'automated', (),
'''From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@zoersel.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Mon, 14 Apr 2025 09:12:43 +0000
Subject: Onbestelbaar: Uw verzoek tot verwijdering van uw klantenaccount
Content-Language: nl-BE
X-MS-Exchange-Message-Is-Ndr: 
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_ndr_nl_PR3P193MB0801"
MIME-Version: 1.0

--_000_ndr_nl_PR3P193MB0801
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

VXcgYmVyaWNodCBhYW4gZWxzLnZlcmJydWdnZW5AZ2VtZWVudGUtem9lcnNlbC5iZSBrYW4gbmll
dCB3b3JkZW4gYmV6b3JnZC4KCmVscy52ZXJicnVnZ2VuIGlzIG5pZXQgZ2V2b25kZW4gYmlqIGdl
bWVlbnRlLXpvZXJzZWwuYmUuCgpwcml2YWN5ICAgICAgIE9mZmljZSAzNjUgICAgICAgZWxzLnZl
cmJydWdnZW4KQWN0aWUgdmVyZWlzdCAgICAgICAgICAgICAgICAgIEdlYWRyZXNzZWVyZGUKCk9u
YmVrZW5kIEFhbi1hZHJlcwoKSG9lIGt1bnQgdSBkaXQgb3Bsb3NzZW4/CkhldCBhZHJlcyBpcyBt
b2dlbGlqayB2ZXJrZWVyZCBnZXNwZWxkIG9mIGJlc3RhYXQgbmlldC4gUHJvYmVlciBlZW4gb2Yg
bWVlciB2YW4gZGUgdm9sZ2VuZGUgYWN0aWVzOgoKICAqICAgVmVyemVuZCBoZXQgYmVyaWNodCBv
cG5pZXV3LiBUeXAgaGV0IHZvbGxlZGlnZSBhZHJlcyB2YW4gZGUgZ2VhZHJlc3NlZXJkZSBvcG5p
ZXV3IGluLiBLaWVzIGdlZW4gc3VnZ2VzdGllIHVpdCBkZSBsaWpzdCBBdXRvbWF0aXNjaCBhYW52
dWxsZW4uCiAgKiAgIE5lZW0gY29udGFjdCBvcCBtZXQgZGUgZ2VhZHJlc3NlZXJkZSAoYmlqdm9v
cmJlZWxkIHRlbGVmb25pc2NoKSBvbSB0ZSBjb250cm9sZXJlbiBvZiBoZXQgYWRyZXMgYmVzdGFh
dCBlbiBqdWlzdCBpcy4KCkFscyBoZXQgcHJvYmxlZW0gemljaCBibGlqZnQgdm9vcmRvZW4sIHN0
dXVydCB1IGRpdCBiZXJpY2h0IGRvb3IgbmFhciB1dyBlLW1haWxiZWhlZXJkZXIuCgpfX19fX19f
X19fX19fX19fX19fX19fX19fX19fX19fXwoKTWVlciBpbmZvcm1hdGllIHZvb3IgZS1tYWlsYmVo
ZWVyZGVycwpTdGF0dXNjb2RlOiA1NTAgNS4xLjEwCgpPb3JzcHJvbmtlbGlqa2UgYmVyaWNodGRl
dGFpbHMKQWFubWFha2RhdHVtOiAgIDE0LTQtMjAyNSAwOToxMjo0MApBZHJlcyB2YW4gYWZ6ZW5k
ZXI6ICAgICBwcml2YWN5QHNob3AuZXhhbXBsZS5iZQpBZHJlcyB2YW4gZ2VhZHJlc3NlZXJkZTog
ICAgICAgIGVscy52ZXJicnVnZ2VuQGdlbWVlbnRlLXpvZXJzZWwuYmUKT25kZXJ3ZXJwOiAgICAg
IFV3IHZlcnpvZWsgdG90IHZlcndpamRlcmluZyB2YW4gdXcga2xhbnRlbmFjY291bnQKCkZvdXRk
ZXRhaWxzCkdlcmFwcG9ydGVlcmRlIGZvdXQ6ICAgNTUwIDUuMS4xMCBSRVNPTFZFUi5BRFIuUmVj
aXBpZW50Tm90Rm91bmQ7IFJlY2lwaWVudCBub3QgZm91bmQgYnkgU01UUCBhZGRyZXNzIGxvb2t1
cApEU04gZ2VnZW5lcmVlcmQgZG9vcjogICBQUjNQMTkzTUIwODAxLkVVUlAxOTMuUFJPRC5PVVRM
T09LLkNPTQo=

--_000_ndr_nl_PR3P193MB0801
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3P193MB0801.EURP193.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Mon, 14 Apr 2025 09:12:40 +0000

Final-Recipient: rfc822;els.verbruggen@gemeente-zoersel.be
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_000_ndr_nl_PR3P193MB0801
Content-Type: text/rfc822-headers

From: Shop Example Privacy <privacy@shop.example.be>
To: els.verbruggen@gemeente-zoersel.be
Subject: Uw verzoek tot verwijdering van uw klantenaccount
Date: Mon, 14 Apr 2025 11:12:38 +0200
Message-ID: <d7e6f5a4@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

--_000_ndr_nl_PR3P193MB0801--
'''),
    ('nl', 'exchange-ooo', 'automated', (),
'''From: Inge Van Damme <inge.vandamme@tuinhuisjes-online.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Vraag om gegevens van gedeelde klant te verwijderen
Thread-Topic: Vraag om gegevens van gedeelde klant te verwijderen
Date: Mon, 28 Jul 2025 07:30:12 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: inge.vandamme@tuinhuisjes-online.be
Content-Language: nl-NL
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Goedendag,

Bedankt voor uw bericht. Ik ben met verlof tot en met vrijdag 15 augustus e=
n lees mijn mails niet.

Voor vragen over bestellingen, klachten of uw persoonsgegevens kunt u terec=
ht bij klantendienst@tuinhuisjes-online.be of op 09 218 44 10 (werkdagen 9u=
-17u).

Met vriendelijke groeten,
Inge Van Damme
Teamleider Klantendienst
'''),
    ('nl', 'proximus-bounce', 'automated', (),
'''Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@relay.proximus.be>
To: privacy@shop.example.be
Subject: Onbestelbaar / Non distribuable: Uw gegevens bij Shop Example
Date: Fri, 2 May 2025 15:40:09 +0200
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

*** Dit is een automatisch bericht - Ceci est un message automatique ***

Uw bericht kon niet worden afgeleverd aan de volgende bestemmeling:
Votre message n'a pas pu être remis au destinataire suivant :

    georges.lambrecht@skynet.be

Reden / Raison : 552 5.2.2 Mailbox vol / Boîte aux lettres pleine

De bestemmeling moet eerst berichten verwijderen vooraleer hij nieuwe
e-mails kan ontvangen. Le destinataire doit d'abord supprimer des messages.

---- Oorspronkelijk bericht / Message original ----
From: Shop Example Privacy <privacy@shop.example.be>
To: georges.lambrecht@skynet.be
Subject: Uw gegevens bij Shop Example
Date: Fri, 2 May 2025 15:40:02 +0200
'''),
    ('en', 'telenet-bounce', 'automated', (),
'''Return-Path: <>
From: MAILER-DAEMON@telenet-ops.be (Mail Delivery System)
To: privacy@shop.example.be
Subject: Undelivered Mail Returned to Sender
Date: Thu, 8 May 2025 20:11:56 +0200 (CEST)
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=us-ascii
MIME-Version: 1.0

This is the mail system at host michel.telenet-ops.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<bart.goossens@telenet.be>: host mx.telenet.be[195.130.132.60] said: 550
    5.1.1 <bart.goossens@telenet.be>: Recipient address rejected: unknown user
    (in reply to RCPT TO command)
'''),
    ('nl', 'zimbra-vacation', 'automated', (),
'''From: Dirk Peeters <dirk@peeters-hoveniers.be>
To: privacy@shop.example.be
Subject: Afwezig
Date: Tue, 22 Jul 2025 10:02:44 +0200 (CEST)
Message-ID: <1877665.4412.1753171364200.JavaMail.zimbra@peeters-hoveniers.be>
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
MIME-Version: 1.0

Op vakantie tot 4/8. Dringend? Bel 0475 12 34 56.
Dirk
'''),
    ('nl', 'trengo-ack', 'automated', (),
'''From: Klantenservice Pakketpunt <service@pakketpunt-benelux.nl>
To: privacy@shop.example.be
Subject: Re: Gegevens klant wissen - ref 2025-0611 [Ticket #812904]
Date: Wed, 11 Jun 2025 16:45:20 +0200
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: OOF, AutoReply
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hoi!

Bedankt voor je bericht. We hebben het goed ontvangen onder ticketnummer #8=
12904. Door de drukte kan het tot 3 werkdagen duren voor je een reactie kri=
jgt. Je hoeft ons dus niet opnieuw te mailen :-)

Groetjes,
Team Pakketpunt

---
Je schreef:
> Geachte,
> Een klant heeft gevraagd om al haar gegevens te wissen. Zij ontving via u
> pakjes van onze webshop. Gelieve haar naam, adres en telefoonnummer uit uw
> systemen te verwijderen en ons dit te bevestigen.
> Klantnummer bij ons: 331872
> Met vriendelijke groeten,
> Privacyteam Shop Example
'''),
    ('nl', 'outlook-rule-reply', 'automated', (),
'''From: Functionaris Gegevensbescherming <dpo@verzekeringen-mutualis.be>
To: privacy@shop.example.be
Subject: Ontvangstbevestiging
Date: Thu, 26 Jun 2025 11:20:01 +0200
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Dit is een automatisch gegenereerde ontvangstbevestiging.

Wij hebben uw e-mail goed ontvangen. Verzoeken in verband met de AVG (inzage, verbetering, wissing, bezwaar, ...) worden binnen één maand behandeld, zoals de wet voorschrijft. Gelieve dit bericht niet te beantwoorden.

Dienst Gegevensbescherming
'''),
    ('fr', 'orange-bounce', 'automated', (),
'''Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@orange.fr>
To: privacy@shop.example.be
Subject: =?utf-8?Q?=C3=89chec_de_la_remise_du_message?=
Date: Sat, 10 May 2025 09:33:17 +0200
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status; boundary="orange-dsn-4b2c"
MIME-Version: 1.0

--orange-dsn-4b2c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ce message vous est envoy=C3=A9 automatiquement par le serveur de messageri=
e d'Orange.

Votre message n'a pas pu =C3=AAtre d=C3=A9livr=C3=A9 =C3=A0 un ou plusieurs=
 destinataires.

<nathalie.leroy49@orange.fr> : adresse inconnue.
    550 5.1.1 <nathalie.leroy49@orange.fr>: Recipient address rejected: Use=
r unknown

Veuillez v=C3=A9rifier l'adresse du destinataire et renvoyer votre message.

--orange-dsn-4b2c
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.orange.fr

Final-Recipient: rfc822; nathalie.leroy49@orange.fr
Action: failed
Status: 5.1.1

--orange-dsn-4b2c--
'''),
    ('fr', 'free-bounce', 'automated', (),
'''Return-Path: <>
From: MAILER-DAEMON@free.fr (Mail Delivery System)
To: privacy@shop.example.be
Subject: Undelivered Mail Returned to Sender
Date: Mon, 19 May 2025 22:01:40 +0200 (CEST)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Ceci est le système de messagerie de l'hôte mx1-g20.free.fr.

J'ai le regret de vous informer que votre message n'a pas pu être
remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour obtenir de l'aide, veuillez envoyer un e-mail à postmaster.

                   Le système de messagerie

<jp.fontaine@free.fr>: delivery temporarily suspended: quota exceeded
    (552 5.2.2 Over quota)
'''),
    ('fr', 'laposte-bounce', 'automated', (),
'''Return-Path: <>
From: postmaster@laposte.net
To: privacy@shop.example.be
Subject: =?iso-8859-1?Q?Message_non_remis_:_Copie_de_vos_donn=E9es?=
Date: Tue, 27 May 2025 14:05:11 +0200
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Votre message

  Objet : Copie de vos donn=E9es
  Envoy=E9 le : 27/05/2025 14:04

n'a pas =E9t=E9 remis =E0 :

  martine.dubois@laposte.net

Motif : la taille du message (31 Mo) d=E9passe la taille maximale autoris=
=E9e (25 Mo).

Ce message a =E9t=E9 g=E9n=E9r=E9 automatiquement, merci de ne pas y r=E9po=
ndre.
'''),
    ('fr', 'exchange-ooo', 'automated', (),
'''From: Camille Renard <c.renard@atelier-jardin-namur.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?B?UsOpcG9uc2UgYXV0b21hdGlxdWUgOiBWb3RyZSBkZW1hbmRlIGQnYWNjw6hzIMOgIHZvcyBkb25uw6llcw==?=
Date: Mon, 11 Aug 2025 06:55:02 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: c.renard@atelier-jardin-namur.be
Content-Language: fr-BE
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

Qm9uam91ciwKCkplIHN1aXMgYWJzZW50ZSBkdSBidXJlYXUganVzcXUnYXUgMjIgYW/Du3QgaW5j
bHVzLCBhdmVjIHVuIGFjY8OocyB0csOocyBsaW1pdMOpIMOgIG1lcyBlLW1haWxzLgpFbiBjYXMg
ZCd1cmdlbmNlLCB2b3VzIHBvdXZleiBjb250YWN0ZXIgbWEgY29sbMOoZ3VlIEp1bGllIE1hc3Nv
biAoai5tYXNzb25AYXRlbGllci1qYXJkaW4tbmFtdXIuYmUpLgoKQmllbiDDoCB2b3VzLApDYW1p
bGxlIFJlbmFyZAo=
'''),
    ('fr', 'lotus-notes-ooo', 'automated', (),
'''Subject: =?iso-8859-1?Q?Jean-Luc_Marchal_est_absent(e).?=
From: Jean-Luc Marchal <jeanluc.marchal@mutuelle-wallonne.be>
To: privacy@shop.example.be
Date: Fri, 18 Jul 2025 17:12:09 +0200
X-Mailer: Lotus Domino Release 9.0.1FP10 HF197
Auto-Submitted: auto-generated
Content-type: text/plain; charset=ISO-8859-1
Content-transfer-encoding: quoted-printable
MIME-Version: 1.0


Je serai absent(e) du  18/07/2025 au 04/08/2025.

Je r=E9pondrai =E0 votre message d=E8s mon retour. Pour toute question rela=
tive =E0 la protection des donn=E9es, veuillez =E9crire =E0 dpo@mutuelle-wa=
llonne.be.
'''),
    ('fr', 'gmail-vacation', 'automated', (),
'''From: Sandrine Lefebvre <sandrine.lefebvre.75@gmail.com>
To: privacy@shop.example.be
Subject: Re: Suppression de votre compte client
Date: Wed, 6 Aug 2025 12:30:55 +0200
Auto-Submitted: auto-replied
Message-ID: <CAOv5yq=vac7Gd1LxR@mail.gmail.com>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bonjour,
je suis en cong=C3=A9s jusqu'au 25 ao=C3=BBt, je vous r=C3=A9ponds d=C3=A8s=
 mon retour.
Bonne journ=C3=A9e !
Sandrine
'''),
    ('fr', 'sympa-moderation', 'automated', (),
'''From: SYMPA <sympa@listes.commerce-wallonie.be>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Votre_message_pour_la_liste_rgpd-commercants_a_=C3=A9t=C3=A9_transmis_aux_mod=C3=A9rateurs?=
Date: Thu, 15 May 2025 10:01:27 +0200
Auto-Submitted: auto-replied
Precedence: list
List-Id: <rgpd-commercants.listes.commerce-wallonie.be>
X-Loop: rgpd-commercants-request@listes.commerce-wallonie.be
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Votre message pour la liste rgpd-commercants a été transmis aux modérateurs de la liste.

Objet : Demandes d'effacement : vos délais de conservation ?

Il sera diffusé dès qu'un modérateur l'aura validé.

--
Service de listes de diffusion listes.commerce-wallonie.be
'''),
    ('fr', 'zendesk-ack', 'automated', (),
'''From: =?utf-8?Q?Service_client_Maison=C3=A9o?= <aide@maisoneo.zendesk.com>
To: privacy@shop.example.be
Subject: =?utf-8?Q?[Maison=C3=A9o]_Re:_Opposition_au_partage_de_donn=C3=A9es_-_client_commun?=
Date: Tue, 20 May 2025 09:44:10 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

##- Veuillez =C3=A9crire votre r=C3=A9ponse au-dessus de cette ligne -##

Votre demande (90312) a bien =C3=A9t=C3=A9 re=C3=A7ue et est en cours d'exa=
men par notre =C3=A9quipe d'assistance.

Pour ajouter des commentaires, r=C3=A9pondez simplement =C3=A0 cet e-mail.

Maison=C3=A9o
'''),
    ('de', 'gmx-bounce', 'automated', (),
'''Return-Path: <>
From: Mail Delivery System <mailer-daemon@gmx.net>
To: privacy@shop.example.be
Subject: Mail delivery failed: returning message to sender
Date: Wed, 4 Jun 2025 18:22:07 +0200
Auto-Submitted: auto-replied
X-Failed-Recipients: h.schaefer71@gmx.de
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Diese Nachricht wurde automatisch vom Nachrichtensystem erstellt.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.
Es handelt sich um einen dauerhaften Fehler. Folgende Adresse(n) sind betroffen:

  h.schaefer71@gmx.de
    Mailbox disabled for this recipient

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  h.schaefer71@gmx.de
    550 5.1.1 mailbox disabled

------ This is a copy of the message's headers. ------

From: Shop Example Privacy <privacy@shop.example.be>
To: h.schaefer71@gmx.de
Subject: Ihre Auskunft nach Art. 15 DSGVO
Date: Wed, 4 Jun 2025 18:22:04 +0200
'''),
    ('de', 'exchange-ndr', 'automated', (),
'''From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gartenbau-krause.de>
To: privacy@shop.example.be
Subject: Unzustellbar: Widerspruch gegen Werbung - Kundennr. 204118
Date: Tue, 10 Jun 2025 07:51:30 +0000
X-MS-Exchange-Message-Is-Ndr: 
Auto-Submitted: auto-replied
Content-Language: de-DE
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Die Zustellung an folgende Empf=C3=A4nger oder Gruppen ist fehlgeschlagen:

Kai Krause (k.krause@gartenbau-krause.de)
Das Postfach des Empf=C3=A4ngers ist voll, und die Nachricht kann derzeit n=
icht angenommen werden. Versuchen Sie, die Nachricht sp=C3=A4ter erneut zu =
senden, oder wenden Sie sich direkt an den Empf=C3=A4nger.




Diagnoseinformationen f=C3=BCr Administratoren:

Generierender Server: FR3P281MB1422.DEUP281.PROD.OUTLOOK.COM

k.krause@gartenbau-krause.de
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:=
QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Urspr=C3=BCngliche Nachrichtenk=C3=B6pfe:

From: Shop Example Privacy <privacy@shop.example.be>
To: k.krause@gartenbau-krause.de
Subject: Widerspruch gegen Werbung - Kundennr. 204118
'''),
    ('de', 'exchange-ooo', 'automated', (),
'''From: Dr. Sabine Hoffmann <sabine.hoffmann@lumenwerk-ag.de>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatische Antwort: Auskunftsersuchen eines gemeinsamen Kunden
Date: Mon, 4 Aug 2025 06:01:18 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: sabine.hoffmann@lumenwerk-ag.de
Content-Language: de-DE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Sehr geehrte Damen und Herren,

vielen Dank f=FCr Ihre Nachricht. Ich bin bis einschlie=DFlich 15.08.2025 n=
icht im B=FCro. Ihre E-Mail wird nicht weitergeleitet.

Auskunftsersuchen, L=F6schanfragen und sonstige Anliegen zum Datenschutz ri=
chten Sie bitte an datenschutz@lumenwerk-ag.de.

Mit freundlichen Gr=FC=DFen
Dr. Sabine Hoffmann
Datenschutzbeauftragte
Lumenwerk AG | Industriestra=DFe 12 | 50735 K=F6ln
'''),
    ('de', 'webde-autoreply', 'automated', (),
'''From: Uwe Brandt <uwe.brandt@web.de>
To: privacy@shop.example.be
Subject: Abwesenheitsnotiz
Date: Sat, 23 Aug 2025 14:10:00 +0200
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Hallo,
ich bin bis 7. September im Urlaub und lese keine Mails. Danach melde ich mich.
Gruß Uwe
'''),
    ('de', 'znuny-ack', 'automated', (),
'''From: "Kundenservice Versandwerk" <support@versandwerk.de>
To: privacy@shop.example.be
Subject: =?utf-8?Q?[Ticket#2025061910000187]_RE:_Bitte_um_L=C3=B6schung_der_Daten_unserer_Kundin?=
Date: Thu, 19 Jun 2025 11:04:51 +0200
Message-ID: <1750323891.482913.55821.2.0@support.versandwerk.de>
X-Loop: yes
Auto-Submitted: auto-replied
X-Mailer: Znuny Mail Service
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Sehr geehrte Damen und Herren,

vielen Dank für Ihre Anfrage. Diese wurde unter der Ticketnummer
2025061910000187 in unserem System erfasst. Bitte geben Sie diese Nummer
bei Rückfragen im Betreff an.

Wir bearbeiten Ihr Anliegen schnellstmöglich.

Dies ist eine automatisch generierte Nachricht.

Mit freundlichen Grüßen
Ihr Versandwerk-Team
'''),
    ('de', 'thunderbird-mdn', 'automated', (),
'''From: Klaus Weber <kweber@weber-fliesen.de>
To: privacy@shop.example.be
Subject: =?utf-8?B?RW1wZmFuZ3NiZXN0w6R0aWd1bmcgKGFuZ2V6ZWlndCkgLSBJaHJlIERhdGVua29waWU=?=
Date: Tue, 1 Jul 2025 19:42:05 +0200
User-Agent: Mozilla Thunderbird
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------mdn3Fk9Q2"
MIME-Version: 1.0

This is a multi-part message in MIME format.

--------------mdn3Fk9Q2
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an Klaus Weber <kweber@weber-fliesen.de> gesendet haben.

Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.

--------------mdn3Fk9Q2
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline

Reporting-UA: weber-pc; Mozilla Thunderbird
Final-Recipient: rfc822;kweber@weber-fliesen.de
Original-Message-ID: <2c8e0f11@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn3Fk9Q2--
'''),
    ('de', 'sieve-vacation', 'automated', (),
'''From: info@ferienwohnung-alpenblick.at
To: privacy@shop.example.be
Subject: Auto: Re: Ihre Bestellung / your order
Date: Wed, 13 Aug 2025 08:00:03 +0200
Auto-Submitted: auto-replied (vacation)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Liebe Gäste, wir sind bis 25.8. auf Betriebsurlaub. Ihre Mail wird danach beantwortet.

Dear guests, we are closed until 25 August. We will answer your e-mail after that.

Familie Gruber
'''),
    ('es', 'exchange-ooo', 'automated', (),
'''From: =?utf-8?B?THVjw61hIEZlcm7DoW5kZXogT3J0ZWdh?= <lfernandez@viveros-levante.es>
To: privacy@shop.example.be
Subject: =?utf-8?B?UmVzcHVlc3RhIGF1dG9tw6F0aWNhOiBTb2xpY2l0dWQgZGUgc3VwcmVzacOzbiBkZSBkYXRvcyBkZSB1biBjbGllbnRlIGNvbcO6bg==?=
Date: Mon, 4 Aug 2025 07:12:40 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: lfernandez@viveros-levante.es
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Buenos d=C3=ADas:

Estar=C3=A9 fuera de la oficina hasta el 25 de agosto sin acceso al correo.=
 Para cualquier asunto relacionado con protecci=C3=B3n de datos (derechos A=
RSOPOL, reclamaciones, etc.) pueden escribir a lopd@viveros-levante.es.

Un saludo,
Luc=C3=ADa Fern=C3=A1ndez
Departamento Jur=C3=ADdico
'''),
    ('es', 'gmail-vacation', 'automated', (),
'''From: Javi Morales <javimorales.bcn@gmail.com>
To: privacy@shop.example.be
Subject: Re: Tu solicitud
Date: Sat, 9 Aug 2025 21:03:11 +0200
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

¡Hola! Estoy de vacaciones hasta el 1 de septiembre, contestaré a la vuelta.
Javi
'''),
    ('es', 'exchange-ndr', 'automated', (),
'''From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@grupocasaluz.es>
To: privacy@shop.example.be
Subject: No se puede entregar: Copia de sus datos personales
Date: Thu, 22 May 2025 10:40:02 +0000
X-MS-Exchange-Message-Is-Ndr: 
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

RXJyb3IgZW4gbGEgZW50cmVnYSBhIGVzdG9zIGRlc3RpbmF0YXJpb3MgbyBncnVwb3M6CgpNYXJ0
YSBSdWl6IChtYXJ0YS5ydWl6QGdydXBvY2FzYWx1ei5lcykKTm8gc2UgZW5jb250csOzIGxhIGRp
cmVjY2nDs24gZGUgY29ycmVvIGVsZWN0csOzbmljbyBxdWUgZXNjcmliacOzLiBDb21wcnVlYmUg
bGEgZGlyZWNjacOzbiBkZSBjb3JyZW8gZWxlY3Ryw7NuaWNvIGRlbCBkZXN0aW5hdGFyaW8gZSBp
bnRlbnRlIHJlZW52aWFyIGVsIG1lbnNhamUuIFNpIGVsIHByb2JsZW1hIHBlcnNpc3RlLCBww7Nu
Z2FzZSBlbiBjb250YWN0byBjb24gZWwgZGVwYXJ0YW1lbnRvIGRlIHNvcG9ydGUgdMOpY25pY28u
CgoKCgoKCkluZm9ybWFjacOzbiBkZSBkaWFnbsOzc3RpY28gcGFyYSBhZG1pbmlzdHJhZG9yZXM6
CgpHZW5lcmFuZG8gc2Vydmlkb3I6IFBBWFAxOTNNQjE2NzMuRVVSUDE5My5QUk9ELk9VVExPT0su
Q09NCgptYXJ0YS5ydWl6QGdydXBvY2FzYWx1ei5lcwpSZW1vdGUgU2VydmVyIHJldHVybmVkICc1
NTAgNS4xLjEwIFJFU09MVkVSLkFEUi5SZWNpcGllbnROb3RGb3VuZDsgUmVjaXBpZW50IG5vdCBm
b3VuZCBieSBTTVRQIGFkZHJlc3MgbG9va3VwJwoKRW5jYWJlemFkb3MgZGVsIG1lbnNhamUgb3Jp
Z2luYWw6CgpGcm9tOiBTaG9wIEV4YW1wbGUgUHJpdmFjeSA8cHJpdmFjeUBzaG9wLmV4YW1wbGUu
YmU+ClRvOiBtYXJ0YS5ydWl6QGdydXBvY2FzYWx1ei5lcwpTdWJqZWN0OiBDb3BpYSBkZSBzdXMg
ZGF0b3MgcGVyc29uYWxlcwo=
'''),
    ('es', 'freshdesk-ack', 'automated', (),
'''From: =?utf-8?Q?Soporte_Env=C3=ADos_R=C3=A1pidos?= <soporte@enviosrapidos.freshdesk.com>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Ticket_recibido_-_Solicitud_de_oposici=C3=B3n_al_tratamiento?=
Date: Wed, 28 May 2025 12:01:09 +0000
Auto-Submitted: auto-generated
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Estimado/a cliente:

Le confirmamos que hemos recibido su solicitud y se ha creado el ticket n.=
=C2=BA 77120.
Uno de nuestros agentes la revisar=C3=A1 y le enviar=C3=A1 una respuesta pe=
rsonalizada lo antes posible.

Para consultar el estado del ticket, visite:
https://enviosrapidos.freshdesk.com/helpdesk/tickets/77120

Gracias por su paciencia.
Equipo de Soporte
'''),
    ('it', 'exchange-ooo', 'automated', (),
'''From: Giulia Bianchi <g.bianchi@arredogiardino-brianza.it>
To: privacy@shop.example.be
Subject: Risposta automatica: Richiesta di accesso ai dati - cliente 448120
Date: Tue, 12 Aug 2025 08:05:51 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: g.bianchi@arredogiardino-brianza.it
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Gentile mittente,

sar=F2 fuori ufficio fino al 29 agosto compreso, con accesso limitato alla =
posta.
Per richieste urgenti pu=F2 rivolgersi a privacy@arredogiardino-brianza.it.

Cordiali saluti
Giulia Bianchi
Ufficio Legale e Privacy
'''),
    ('it', 'exchange-ndr', 'automated', (),
'''From: postmaster@ceramichevenete.it
To: privacy@shop.example.be
Subject: Non recapitabile: Conferma cancellazione dati
Date: Fri, 6 Jun 2025 13:22:10 +0200
X-MS-Exchange-Message-Is-Ndr: 
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

UmVjYXBpdG8gbm9uIHJpdXNjaXRvIHBlciBpIGRlc3RpbmF0YXJpIG8gaSBncnVwcGkgc2VndWVu
dGk6CgpQYW9sbyBaYW5ldHRpIChwLnphbmV0dGlAY2VyYW1pY2hldmVuZXRlLml0KQpMYSBjYXNz
ZXR0YSBwb3N0YWxlIGRlbCBkZXN0aW5hdGFyaW8gw6ggcGllbmEgZSBub24gcHXDsiBhY2NldHRh
cmUgbWVzc2FnZ2kgYWwgbW9tZW50by4gUmlwcm92YSBwacO5IHRhcmRpIG8gY29udGF0dGEgZGly
ZXR0YW1lbnRlIGlsIGRlc3RpbmF0YXJpby4KCgoKCgoKSW5mb3JtYXppb25pIGRpIGRpYWdub3N0
aWNhIHBlciBnbGkgYW1taW5pc3RyYXRvcmk6CgpTZXJ2ZXIgZGkgZ2VuZXJhemlvbmU6IEVYQ0gy
MDE2LmNlcmFtaWNoZXZlbmV0ZS5sb2NhbAoKcC56YW5ldHRpQGNlcmFtaWNoZXZlbmV0ZS5pdAoj
NTU0IDUuMi4yIG1haWxib3ggZnVsbDsgU1RPUkVEUlYuRGVsaXZlci5FeGNlcHRpb246UXVvdGFF
eGNlZWRlZEV4Y2VwdGlvbi5NYXBpRXhjZXB0aW9uU2h1dG9mZlF1b3RhRXhjZWVkZWQgIyMK
'''),
    ('it', 'libero-bounce', 'automated', (),
'''Return-Path: <>
From: Mail Delivery Subsystem <MAILER-DAEMON@libero.it>
To: privacy@shop.example.be
Subject: Messaggio non consegnato
Date: Sun, 15 Jun 2025 19:44:02 +0200
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Il messaggio inviato a:

    franco.esposito58@libero.it

non è stato consegnato perché la casella del destinatario risulta inesistente o disattivata.

Errore: 550 5.1.1 <franco.esposito58@libero.it>: Recipient address rejected

Questo è un messaggio generato automaticamente, si prega di non rispondere.
'''),
    ('pt', 'exchange-ooo', 'automated', (),
'''From: Ana Rita Carvalho <arcarvalho@jardimdecasa.pt>
To: privacy@shop.example.be
Subject: =?utf-8?B?UmVzcG9zdGEgYXV0b23DoXRpY2E6IFBlZGlkbyBkZSBlbGltaW5hw6fDo28gZGUgZGFkb3MgcGVzc29haXM=?=
Date: Mon, 18 Aug 2025 08:40:03 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: arcarvalho@jardimdecasa.pt
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bom dia,

Encontro-me ausente em f=C3=A9rias at=C3=A9 dia 1 de setembro, sem acesso a=
o e-mail.
Para assuntos urgentes, por favor contacte geral@jardimdecasa.pt ou o telef=
one 21 340 5566.

Com os melhores cumprimentos,
Ana Rita Carvalho
'''),
    ('pt', 'exchange-ndr', 'automated', (),
'''From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@moveisnorte.pt>
To: privacy@shop.example.be
Subject: =?utf-8?B?TsOjbyDDqSBwb3Nzw612ZWwgZW50cmVnYXI6IFJldGlmaWNhw6fDo28gZG9zIHNldXMgZGFkb3M=?=
Date: Wed, 25 Jun 2025 15:10:44 +0000
X-MS-Exchange-Message-Is-Ndr: 
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

RmFsaGEgbmEgZW50cmVnYSBhIGVzdGVzIGRlc3RpbmF0w6FyaW9zIG91IGdydXBvczoKClJ1aSBU
ZWl4ZWlyYSAocnVpLnRlaXhlaXJhQG1vdmVpc25vcnRlLnB0KQpPIGVuZGVyZcOnbyBkZSBlLW1h
aWwgcXVlIGludHJvZHV6aXUgbsOjbyBmb2kgZW5jb250cmFkby4gVmVyaWZpcXVlIG8gZW5kZXJl
w6dvIGRlIGUtbWFpbCBkbyBkZXN0aW5hdMOhcmlvIGUgdGVudGUgcmVlbnZpYXIgYSBtZW5zYWdl
bS4gU2UgbyBwcm9ibGVtYSBwZXJzaXN0aXIsIGNvbnRhY3RlIG8gc2V1IHN1cG9ydGUgdMOpY25p
Y28uCgoKCgpJbmZvcm1hw6fDtWVzIGRlIGRpYWduw7NzdGljbyBwYXJhIGFkbWluaXN0cmFkb3Jl
czoKClNlcnZpZG9yIGRlIGdlcmHDp8OjbzogREI5UFIwOE1CNjc4MC5ldXJwcmQwOC5wcm9kLm91
dGxvb2suY29tCgpydWkudGVpeGVpcmFAbW92ZWlzbm9ydGUucHQKUmVtb3RlIFNlcnZlciByZXR1
cm5lZCAnNTUwIDUuMS4xMCBSRVNPTFZFUi5BRFIuUmVjaXBpZW50Tm90Rm91bmQ7IFJlY2lwaWVu
dCBub3QgZm91bmQgYnkgU01UUCBhZGRyZXNzIGxvb2t1cCcK
'''),
    ('pt', 'sapo-autoreply', 'automated', (),
'''From: Helena Sousa <helenasousa@sapo.pt>
To: privacy@shop.example.be
Subject: Ausente: Re: Os seus dados
Date: Thu, 31 Jul 2025 09:15:00 +0100
X-Autorespond: yes
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Obrigada pelo seu email. Estou fora até 20/08 e respondo quando voltar.
'''),
    ('pl', 'exchange-ooo', 'automated', (),
'''From: Katarzyna Nowak <k.nowak@meble-ogrodowe.pl>
To: privacy@shop.example.be
Subject: =?utf-8?B?T2Rwb3dpZWTFuiBhdXRvbWF0eWN6bmE6IFduaW9zZWsgbyB1c3VuacSZY2llIGRhbnljaCBrbGllbnRh?=
Date: Tue, 5 Aug 2025 06:30:19 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: k.nowak@meble-ogrodowe.pl
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Dzie=C5=84 dobry,

jestem na urlopie do 22 sierpnia. W sprawach pilnych prosz=C4=99 o kontakt =
z Biurem Obs=C5=82ugi Klienta: bok@meble-ogrodowe.pl, tel. 22 611 40 40.
Sprawy dotycz=C4=85ce ochrony danych osobowych (RODO) prosimy kierowa=C4=87=
 na adres iod@meble-ogrodowe.pl.

Pozdrawiam
Katarzyna Nowak
'''),
    ('pl', 'wp-bounce', 'automated', (),
'''Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@wp.pl>
To: privacy@shop.example.be
Subject: =?iso-8859-2?Q?Wiadomo=B6=E6_nie_zosta=B3a_dostarczona?=
Date: Mon, 9 Jun 2025 11:58:31 +0200
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Twoja wiadomo=B6=E6 nie mog=B3a zosta=E6 dostarczona do jednego lub wi=EAce=
j adresat=F3w.

<tomek.wisniewski88@wp.pl>: skrzynka odbiorcy jest przepe=B3niona
    552 5.2.2 Mailbox full

Wiadomo=B6=E6 zosta=B3a wygenerowana automatycznie. Prosimy na ni=B1 nie od=
powiada=E6.
'''),
    ('pl', 'otrs-ack', 'automated', (),
'''From: =?utf-8?Q?Dzia=C5=82_Obs=C5=82ugi?= <obsluga@kurier-szybki.pl>
To: privacy@shop.example.be
Subject: =?utf-8?B?W1pnxYJvc3plbmllIzIwMjUwNzAxMTAwMDAwNDJdIFJlOiBTcHJ6ZWNpdyB3b2JlYyBwcnpldHdhcnphbmlhIGRhbnljaA==?=
Date: Tue, 1 Jul 2025 09:20:12 +0200
X-Loop: yes
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Szanowni Państwo,

dziękujemy za wiadomość. Państwa zgłoszenie zostało zarejestrowane pod numerem 2025070110000042. Prosimy o podawanie tego numeru w temacie dalszej korespondencji.

Odpowiemy najszybciej, jak to możliwe.

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.

Zespół Obsługi Klienta
'''),
    ('cs', 'exchange-ooo', 'automated', (),
'''From: =?utf-8?B?UGV0cmEgU3ZvYm9kb3bDoQ==?= <petra.svobodova@zahradnictvi-brno.cz>
To: privacy@shop.example.be
Subject: =?windows-1250?B?QXV0b21hdGlja+Egb2Rwb3bs7zogjuFkb3N0IG8gdv1tYXogb3NvYm7tY2gg+mRhavk=?=
Date: Mon, 21 Jul 2025 07:02:44 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: petra.svobodova@zahradnictvi-brno.cz
Content-Type: text/plain; charset="windows-1250"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Dobr=FD den,

do 8. 8. 2025 =E8erp=E1m dovolenou a e-maily ne=E8tu. V nal=E9hav=FDch p=F8=
=EDpadech kontaktujte pros=EDm kolegu Jana Dvo=F8=E1ka (jan.dvorak@zahradni=
ctvi-brno.cz).

S pozdravem
Petra Svobodov=E1
'''),
    ('cs', 'seznam-bounce', 'automated', (),
'''Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@email.seznam.cz>
To: privacy@shop.example.be
Subject: =?utf-8?B?TmVkb3J1xI1pdGVsbsOhIHpwcsOhdmE=?=
Date: Thu, 17 Jul 2025 16:20:33 +0200
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
MIME-Version: 1.0

VmHFoWkgenByw6F2dSBzZSBuZXBvZGHFmWlsbyBkb3J1xI1pdCBuw6FzbGVkdWrDrWPDrW0gYWRy
ZXPDoXTFr206CgogIG1hcnRpbi5rdWNlcmFAc2V6bmFtLmN6CiAgICA1NTAgNS4xLjEgU2NocsOh
bmthIG5lZXhpc3R1amUgLyBNYWlsYm94IGRvZXMgbm90IGV4aXN0CgpUb3RvIGplIGF1dG9tYXRp
Y2t5IGdlbmVyb3ZhbsOhIHpwcsOhdmEsIG5lb2Rwb3bDrWRlanRlIG5hIG5pLgo=
'''),
    ('hr', 'exchange-ooo', 'automated', (),
'''From: Ivana Horvat <ivana.horvat@vrtni-centar-zagreb.hr>
To: privacy@shop.example.be
Subject: Automatski odgovor: Zahtjev za pristup osobnim podacima
Date: Wed, 30 Jul 2025 06:44:00 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: ivana.horvat@vrtni-centar-zagreb.hr
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Po=C5=A1tovani,

na godi=C5=A1njem sam odmoru do 18. kolovoza. Za hitne upite obratite se na=
 info@vrtni-centar-zagreb.hr.

Lijep pozdrav,
Ivana Horvat
'''),
    ('hr', 'exchange-ndr', 'automated', (),
'''From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@dalmacija-dom.hr>
To: privacy@shop.example.be
Subject: =?utf-8?B?TmVpc3BvcnXEjWl2bzogQnJpc2FuamUgdmHFoWloIHBvZGF0YWth?=
Date: Tue, 24 Jun 2025 12:12:12 +0000
X-MS-Exchange-Message-Is-Ndr: 
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

SXNwb3J1a2Egb3ZpbSBwcmltYXRlbGppbWEgaWxpIGdydXBhbWEgbmlqZSB1c3BqZWxhOgoKTWFy
a28gS292YcSNZXZpxIcgKG1hcmtvLmtvdmFjZXZpY0BkYWxtYWNpamEtZG9tLmhyKQpBZHJlc2Eg
ZS1wb8WhdGUga29qdSBzdGUgdW5pamVsaSBuaWplIHByb25hxJFlbmEuIFByb3ZqZXJpdGUgYWRy
ZXN1IGUtcG/FoXRlIHByaW1hdGVsamEgaSBwb2t1xaFhanRlIHBvbm92bm8gcG9zbGF0aSBwb3J1
a3UuIEFrbyBzZSBwcm9ibGVtIG5hc3RhdmksIG9icmF0aXRlIHNlIHNsdcW+YmkgemEgcG9tb8SH
LgoKCgoKRGlqYWdub3N0acSNa2UgaW5mb3JtYWNpamUgemEgYWRtaW5pc3RyYXRvcmU6CgpQb3Ns
dcW+aXRlbGogemEgZ2VuZXJpcmFuamU6IFZJMVBSMDlNQjQ0MTIuZXVycHJkMDkucHJvZC5vdXRs
b29rLmNvbQoKbWFya28ua292YWNldmljQGRhbG1hY2lqYS1kb20uaHIKUmVtb3RlIFNlcnZlciBy
ZXR1cm5lZCAnNTUwIDUuMS4xMCBSRVNPTFZFUi5BRFIuUmVjaXBpZW50Tm90Rm91bmQ7IFJlY2lw
aWVudCBub3QgZm91bmQgYnkgU01UUCBhZGRyZXNzIGxvb2t1cCcK
'''),
    ('sv', 'exchange-ooo', 'automated', (),
'''From: Erik Lindqvist <erik.lindqvist@tradgardsbolaget.se>
To: privacy@shop.example.be
Subject: =?iso-8859-1?B?QXV0b21hdGlza3Qgc3ZhcjogQmVn5HJhbiBvbSByYWRlcmluZyBhdiBrdW5kdXBwZ2lmdGVy?=
Date: Mon, 7 Jul 2025 05:50:10 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: erik.lindqvist@tradgardsbolaget.se
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hej!

Jag =E4r p=E5 semester till och med 3 augusti och l=E4ser inte min e-post. =
=C4renden som r=F6r personuppgifter och GDPR skickas till dataskydd@tradgar=
dsbolaget.se.

V=E4nliga h=E4lsningar
Erik Lindqvist
'''),
    ('sv', 'sieve-vacation', 'automated', (),
'''From: Maja Berg <maja@bergsinredning.se>
To: privacy@shop.example.be
Subject: Autosvar: Dina uppgifter
Date: Thu, 10 Jul 2025 10:01:02 +0200
Auto-Submitted: auto-replied (vacation)
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Föräldraledig hela hösten. Kontakta hej@bergsinredning.se så hjälper mina kollegor dig.
/Maja
'''),
    ('sv', 'exchange-ndr', 'automated', (),
'''From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nordhemmet.se>
To: privacy@shop.example.be
Subject: Det gick inte att leverera: Ditt registerutdrag
Date: Fri, 16 May 2025 08:11:40 +0000
X-MS-Exchange-Message-Is-Ndr: 
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

RGV0IGdpY2sgaW50ZSBhdHQgbGV2ZXJlcmEgdGlsbCBmw7ZsamFuZGUgbW90dGFnYXJlIGVsbGVy
IGdydXBwZXI6CgpBbm5hIFNqw7ZiZXJnIChhbm5hLnNqb2JlcmdAbm9yZGhlbW1ldC5zZSkKTW90
dGFnYXJlbnMgcG9zdGzDpWRhIMOkciBmdWxsIG9jaCBrYW4gaW50ZSB0YSBlbW90IG1lZGRlbGFu
ZGVuIGp1c3QgbnUuIEbDtnJzw7ZrIHNraWNrYSBtZWRkZWxhbmRldCBpZ2VuIHNlbmFyZSBlbGxl
ciBrb250YWt0YSBtb3R0YWdhcmVuIGRpcmVrdC4KCgoKCkRpYWdub3N0aWtpbmZvcm1hdGlvbiBm
w7ZyIGFkbWluaXN0cmF0w7ZyZXI6CgpHZW5lcmVyYW5kZSBzZXJ2ZXI6IEhFMVBSMTBNQjE5MDEu
RVVSUFJEMTAuUFJPRC5PVVRMT09LLkNPTQoKYW5uYS5zam9iZXJnQG5vcmRoZW1tZXQuc2UKUmVt
b3RlIFNlcnZlciByZXR1cm5lZCAnNTU0IDUuMi4yIG1haWxib3ggZnVsbDsgU1RPUkVEUlYuRGVs
aXZlci5FeGNlcHRpb246UXVvdGFFeGNlZWRlZEV4Y2VwdGlvbicK
'''),
    ('ro', 'exchange-ooo', 'automated', (),
'''From: Andreea Popescu <andreea.popescu@gradina-verde.ro>
To: privacy@shop.example.be
Subject: =?utf-8?B?UsSDc3B1bnMgYXV0b21hdDogU29saWNpdGFyZSBkZSDImXRlcmdlcmUgYSBkYXRlbG9y?=
Date: Tue, 12 Aug 2025 07:07:07 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: andreea.popescu@gradina-verde.ro
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bun=C4=83 ziua,

Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 26 august, cu acces limitat la e-ma=
il. Pentru solicit=C4=83ri privind protec=C8=9Bia datelor (GDPR) v=C4=83 ro=
g s=C4=83 scrie=C8=9Bi la dpo@gradina-verde.ro.

Cu stim=C4=83,
Andreea Popescu
'''),
    ('ro', 'freshdesk-ack', 'automated', (),
'''From: Suport Curierat Rapid <suport@curieratrapid.freshdesk.com>
To: privacy@shop.example.be
Subject: =?utf-8?B?VGljaGV0IHByaW1pdCAtIENlcmVyZSByZXN0cmljyJtpb25hcmUgcHJlbHVjcmFyZSBkYXRl?=
Date: Wed, 2 Jul 2025 10:30:00 +0000
Auto-Submitted: auto-generated
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Stimate client,

V=C4=83 confirm=C4=83m c=C4=83 am primit solicitarea dumneavoastr=C4=83 =C8=
=99i a fost creat tichetul nr. 5521.
Un reprezentant v=C4=83 va r=C4=83spunde =C3=AEn cel mai scurt timp (de obi=
cei =C3=AEn 24 de ore).

V=C4=83 mul=C8=9Bumim pentru r=C4=83bdare,
Echipa de suport
'''),
    ('el', 'exchange-ooo', 'automated', (),
'''From: =?utf-8?B?zp3Or866zr/PgiDOoM6xz4DOsc60z4zPgM6/z4XOu86/z4I=?= <n.papadopoulos@kipos-athina.gr>
To: privacy@shop.example.be
Subject: =?utf-8?B?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOkc6vz4TOt868zrEgz4DPgc+Mz4POss6xz4POt8+CIM+DzrUgz4DPgc6/z4PPic+AzrnOus6sIM60zrXOtM6/zrzOrc69zrE=?=
Date: Mon, 11 Aug 2025 06:20:00 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: n.papadopoulos@kipos-athina.gr
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

zprOsc67zrfOvM6tz4HOsSDPg86xz4IsCgrOmM6xIM6yz4HOr8+DzrrOv868zrHOuSDOtc66z4TP
jM+CIM6zz4HOsc+GzrXOr86/z4Ugzq3Pic+CIM+EzrnPgiAyNSDOkc+FzrPOv8+Nz4PPhM6/z4Us
IM+Hz4nPgc6vz4Igz4DPgc+Mz4POss6xz4POtyDPg8+Ezr8gzrfOu861zrrPhM+Bzr/Ovc65zrrP
jCDPhM6xz4fPhc60z4HOv868zrXOr86/LgrOk865zrEgzrXPgM61zq/Os86/zr3PhM6xIM64zq3O
vM6xz4TOsSDPgM6xz4HOsc66zrHOu8+OIM61z4DOuc66zr/Ouc69z4nOvc6uz4PPhM61IM68zrUg
z4TOvyBpbmZvQGtpcG9zLWF0aGluYS5nci4KCs6czrUgzrXOus+Ezq/OvM63z4POtywKzp3Or866
zr/PgiDOoM6xz4DOsc60z4zPgM6/z4XOu86/z4IK
'''),
    ('el', 'exchange-ndr', 'automated', (),
'''From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@oikiakos-exoplismos.gr>
To: privacy@shop.example.be
Subject: =?utf-8?B?zpTOtc69IM61zq/Ovc6xzrkgzrTPhc69zrHPhM6uIM63IM+AzrHPgc6szrTOv8+Dzrc6IM6UzrnOsc6zz4HOsc+Gzq4gzrvOv86zzrHPgc65zrHPg868zr/PjQ==?=
Date: Thu, 19 Jun 2025 09:09:09 +0000
X-MS-Exchange-Message-Is-Ndr: 
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

zpcgz4DOsc+BzqzOtM6/z4POtyDPg8+Ezr/Phc+CIM+AzrHPgc6xzrrOrM+Ez4kgz4DOsc+BzrHO
u86uz4DPhM61z4Igzq4gzr/OvM6szrTOtc+CIM6xz4DOrc+Ez4XPh861OgoKzpXOu86tzr3OtyDO
k861z4nPgc6zzq/Ov8+FIChlLmdlb3JnaW91QG9pa2lha29zLWV4b3BsaXNtb3MuZ3IpCs6XIM60
zrnOtc+NzrjPhc69z4POtyDOt867zrXOus+Ez4HOv869zrnOus6/z40gz4TOsc+Hz4XOtM+Bzr/O
vM61zq/Ov8+FIM+Azr/PhSDPgM67zrfOus+Ez4HOv867zr/Os86uz4POsc+EzrUgzrTOtc69IM6y
z4HOrc64zrfOus61LiDOlc67zq3Os86+z4TOtSDPhM63IM60zrnOtc+NzrjPhc69z4POtyDPhM6/
z4Ugz4DOsc+BzrHOu86uz4DPhM63IM66zrHOuSDOtM6/zrrOuc68zqzPg8+EzrUgzr3OsSDPg8+E
zrXOr867zrXPhM61IM6+zrHOvc6sIM+Ezr8gzrzOrs69z4XOvM6xLgoKCgoKzqDOu863z4HOv8+G
zr/Pgc6vzrXPgiDOtM65zrHOs869z4nPg8+EzrnOus6/z40gzrXOu86tzrPPh86/z4UgzrPOuc6x
IM60zrnOsc+HzrXOuc+BzrnPg8+Ezq3PgjoKCs6UzrnOsc66zr/OvM65z4PPhM6uz4IgzrTOt868
zrnOv8+Fz4HOs86vzrHPgjogQU02UFIwN01CNTYyMS5ldXJwcmQwNy5wcm9kLm91dGxvb2suY29t
CgplLmdlb3JnaW91QG9pa2lha29zLWV4b3BsaXNtb3MuZ3IKUmVtb3RlIFNlcnZlciByZXR1cm5l
ZCAnNTUwIDUuMS4xMCBSRVNPTFZFUi5BRFIuUmVjaXBpZW50Tm90Rm91bmQ7IFJlY2lwaWVudCBu
b3QgZm91bmQgYnkgU01UUCBhZGRyZXNzIGxvb2t1cCcK
'''),
    ('bg', 'exchange-ooo', 'automated', (),
'''From: =?utf-8?B?0JzQsNGA0LjRjyDQmNCy0LDQvdC+0LLQsA==?= <m.ivanova@gradina-dom.bg>
To: privacy@shop.example.be
Subject: =?windows-1251?B?wOLy7uzg8uj35e0g7vLj7uLu8DogyPHq4O3lIOfgIOjn8vDo4uDt5SDt4CDr6Pft6CDk4O3t6A==?=
Date: Fri, 8 Aug 2025 07:45:21 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: m.ivanova@gradina-dom.bg
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

=C7=E4=F0=E0=E2=E5=E9=F2=E5,

=C2 =EE=F2=EF=F3=F1=EA =F1=FA=EC =E4=EE 25.08.2025 =E3. =E8 =ED=FF=EC=E0=EC=
 =E4=EE=F1=F2=FA=EF =E4=EE =EF=EE=F9=E0=F2=E0 =F1=E8. =CF=F0=E8 =F1=EF=E5=
=F8=ED=EE=F1=F2 =F1=E5 =EE=E1=FA=F0=ED=E5=F2=E5 =EA=FA=EC office@gradina-do=
m.bg.

=CF=EE=E7=E4=F0=E0=E2=E8,
=CC=E0=F0=E8=FF =C8=E2=E0=ED=EE=E2=E0
'''),
    ('bg', 'abv-bounce', 'automated', (),
'''Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@abv.bg>
To: privacy@shop.example.be
Subject: Undelivered Mail Returned to Sender
Date: Tue, 3 Jun 2025 13:13:13 +0300
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Съобщението Ви не можа да бъде доставено до един или повече получатели.
Your message could not be delivered to one or more recipients.

<georgi_dimitrov77@abv.bg>: Пощенската кутия е препълнена / Mailbox is full
    552 5.2.2 Quota exceeded

Това е автоматично съобщение. Моля, не отговаряйте.
'''),
    ('bg', 'cpanel-autoresponder', 'automated', (),
'''From: Kurier Express Partner Support <partners@kurier-express.bg>
To: privacy@shop.example.be
Subject: =?utf-8?B?0J/QvtC70YPRh9C40YXQvNC1INCS0LDRiNC10YLQviDQv9C40YHQvNC+?=
Date: Mon, 14 Jul 2025 10:00:40 +0300
X-Autorespond: Получихме Вашето писмо
Precedence: auto_reply
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
MIME-Version: 1.0

0JHQu9Cw0LPQvtC00LDRgNC40Lwg0JLQuCDQt9CwINGB0YrQvtCx0YnQtdC90LjQtdGC0L4hCtCp
0LUg0JLQuCDQvtGC0LPQvtCy0L7RgNC40Lwg0LIg0YDQsNC80LrQuNGC0LUg0L3QsCAyINGA0LDQ
sdC+0YLQvdC4INC00L3QuC4KCtCi0L7QstCwINC1INCw0LLRgtC+0LzQsNGC0LjRh9C10L0g0L7R
gtCz0L7QstC+0YAuCg==
'''),
    ('en', 'o365-delay', 'automated', (),
'''From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Subject: Delivery delayed:Your account has been closed
Date: Wed, 21 May 2025 18:02:10 +0000
X-MS-Exchange-Message-Is-Ndr: 
X-MS-Exchange-Organization-AuthAs: Internal
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0

Delivery is delayed to these recipients or groups:

stijn@fietsenwinkel-stijn.be

Subject: Your account has been closed

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 53 minutes. You'll be notified if the message can't be delivered by that time.







Diagnostic information for administrators:

Generating server: AS8PR04MB8101.eurprd04.prod.outlook.com
Receiving server: mail.fietsenwinkel-stijn.be (81.164.9.77)

stijn@fietsenwinkel-stijn.be
Remote server at mail.fietsenwinkel-stijn.be (81.164.9.77) returned '400 4.4.7 Message delayed'
5/21/2025 6:01:58 PM - Remote server at mail.fietsenwinkel-stijn.be (81.164.9.77) returned '441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.'
'''),
    ('en', 'zoho-bounce', 'automated', (),
'''Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx.zoho.eu>
To: privacy@shop.example.be
Subject: Undelivered Mail Returned to Sender
Date: Fri, 27 Jun 2025 08:41:19 +0000 (UTC)
X-ZohoMail-Bounce: true
Content-Type: text/plain; charset=UTF-8
MIME-Version: 1.0

This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients.

The following recipient(s) could not be reached:

      ops@woodcraftstudio.eu
      Error Type: SMTP
      Remote Server: mx.zoho.eu
      Error: 552 5.2.2 The recipient's mailbox is full. Please try again later.

Original message:
From: privacy@shop.example.be
Subject: Follow-up on your objection to marketing calls
'''),
    ('en', 'groupwise-ooo', 'automated', (),
'''From: Linda Moerman <LMoerman@provincie-tuinbouw.be>
To: <privacy@shop.example.be>
Subject: Re: Your question about our loyalty card data
Date: Mon, 25 Aug 2025 08:00:00 +0200
X-Mailer: GroupWise Internet Agent 18.5.0 
Message-Id: <68AC0A400200004A000A1B2C@gw.provincie-tuinbouw.be>
Content-Type: text/plain; charset=US-ASCII
Content-Transfer-Encoding: 7bit
MIME-Version: 1.0

I am out of the office from Monday 25 August through Friday 5 September. Your e-mail will not be forwarded.
This is an automatically generated reply.
'''),
    ('en', 'intercom-autoreply', 'automated', (),
'''From: Flowgarden <intercom-mail-200@flowgarden.io>
Reply-To: Flowgarden <m7a2c1d9e@intercom-mail.flowgarden.io>
To: privacy@shop.example.be
Subject: Re: Please stop syncing our customer's email to your CRM
Date: Sat, 5 Jul 2025 22:14:30 +0000
Auto-Submitted: auto-generated
X-Intercom-Bot: true
Content-Type: multipart/alternative; boundary="--==_mimepart_6869a3e6_3a1"
MIME-Version: 1.0

----==_mimepart_6869a3e6_3a1
Content-Type: text/plain; charset=UTF-8

The team will be back on Monday.

You'll get replies here and to privacy@shop.example.be.

Flowgarden

----==_mimepart_6869a3e6_3a1
Content-Type: text/html; charset=UTF-8

<p>The team will be back on Monday.</p><p>You'll get replies here and to privacy@shop.example.be.</p><p>Flowgarden</p>

----==_mimepart_6869a3e6_3a1--
'''),
    ('fr', 'outlook-read-receipt', 'automated', (),
'''From: Olivier Dumont <o.dumont@cabinet-dumont.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Lu : Votre demande de rectification
Date: Thu, 3 Apr 2025 13:50:22 +0000
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_rr_fr_91a2"
MIME-Version: 1.0

--_rr_fr_91a2
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C0 : Olivier Dumont
  Objet : Votre demande de rectification
  Envoy=E9 : jeudi 3 avril 2025 15:31:10 (UTC+01:00) Bruxelles, Copenhague,=
 Madrid, Paris

a =E9t=E9 lu le jeudi 3 avril 2025 15:50:20 (UTC+01:00) Bruxelles, Copenhag=
ue, Madrid, Paris.

--_rr_fr_91a2
Content-Type: message/disposition-notification

Final-Recipient: RFC822; o.dumont@cabinet-dumont.be
Disposition: automatic-action/MDN-sent-automatically; displayed
Original-Message-ID: <bb01c7d2@shop.example.be>

--_rr_fr_91a2--
'''),
    ('el', 'gmail-vacation', 'automated', (),
'''From: =?utf-8?B?zprOsc+EzrXPgc6vzr3OsSDOlM63zrzOt8+Ez4HOr86/z4U=?= <katerina.dimitriou.gr@gmail.com>
To: privacy@shop.example.be
Subject: Re: Your request
Date: Sun, 17 Aug 2025 11:11:11 +0300
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

zpXOr868zrHOuSDPg861IM60zrnOsc66zr/PgM6tz4IgzrzOrc+Hz4HOuSDPhM65z4IgMzEvOC4g
zpjOsSDPg86xz4IgzrHPgM6xzr3PhM6uz4PPiSDOvM+MzrvOuc+CIM61z4DOuc+Dz4TPgc6tz4jP
iS4KzprOsc+EzrXPgc6vzr3OsQo=
'''),
    ('hr', 'cpanel-autoresponder', 'automated', (),
'''From: info@apartmani-sunce.hr
To: privacy@shop.example.be
Subject: Re: Vaš zahtjev
Date: Sat, 16 Aug 2025 09:20:00 +0200
X-Autorespond: Re: Vaš zahtjev
Precedence: auto_reply
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Hvala na poruci! Trenutno smo u punoj sezoni pa odgovaramo sa zakašnjenjem. Javit ćemo se čim prije.
Thank you for your message, we will reply as soon as possible.
'''),
    ('cs', 'helpdesk-ack', 'automated', (),
'''From: Podpora Balikovna Plus <podpora@balikovnaplus.cz>
To: privacy@shop.example.be
Subject: =?utf-8?Q?[#48812]_P=C5=99ijali_jsme_v=C3=A1=C5=A1_po=C5=BEadavek?=
Date: Wed, 9 Jul 2025 14:14:14 +0200
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Dobr=C3=BD den,

d=C4=9Bkujeme za zpr=C3=A1vu. V=C3=A1=C5=A1 po=C5=BEadavek byl zaevidov=C3=
=A1n pod =C4=8D=C3=ADslem #48812 a budeme se mu v=C4=9Bnovat co nejd=C5=99=
=C3=ADve.

Na tento e-mail pros=C3=ADm neodpov=C3=ADdejte, jde o automaticky generovan=
ou zpr=C3=A1vu.

---
Va=C5=A1e zpr=C3=A1va:
> Dobr=C3=BD den, n=C3=A1=C5=A1 z=C3=A1kazn=C3=ADk po=C5=BE=C3=A1dal o v=C3=
=BDmaz sv=C3=BDch osobn=C3=ADch =C3=BAdaj=C5=AF. Pros=C3=ADme o
> odstran=C4=9Bn=C3=AD jeho =C3=BAdaj=C5=AF z va=C5=A1eho syst=C3=A9mu a po=
tvrzen=C3=AD. D=C4=9Bkujeme, Shop Example
'''),
    ('ro', 'exchange-ndr', 'automated', (),
'''From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mobila-cluj.ro>
To: privacy@shop.example.be
Subject: Nelivrabil: Datele dumneavoastra
Date: Tue, 29 Jul 2025 11:30:00 +0000
X-MS-Exchange-Message-Is-Ndr: 
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Livrarea la acești destinatari sau grupuri a eșuat:

Ioana Munteanu (ioana.munteanu@mobila-cluj.ro)
Adresa de e-mail introdusă nu a fost găsită. Verificați adresa de e-mail a destinatarului și încercați să retrimiteți mesajul.




Informații de diagnosticare pentru administratori:

Server generare: VI1PR02MB5512.eurprd02.prod.outlook.com

ioana.munteanu@mobila-cluj.ro
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
'''),
    ('it', 'zimbra-vacation', 'automated', (),
'''From: Marco Ferri <marco.ferri@vivaiferri.it>
To: privacy@shop.example.be
Subject: Assente
Date: Mon, 11 Aug 2025 09:00:01 +0200 (CEST)
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
Content-Type: text/plain; charset=utf-8
MIME-Version: 1.0

Chiuso per ferie fino al 24/8. Rispondo al rientro.
M. Ferri
'''),
    ('nl', 'exchange-ndr-old', 'automated', (),
'''From: postmaster@aannemer-wouters.be
To: privacy@shop.example.be
Subject: Onbestelbaar: Re: uw klacht over uw gegevens
Date: Wed, 7 May 2025 09:50:12 +0200
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

De bezorging aan deze geadresseerden of groepen is mislukt:

Luc Wouters (luc@aannemer-wouters.be)
Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de geadresseerde en probeer het bericht opnieuw te verzenden. Neem contact op met uw helpdesk als het probleem zich blijft voordoen.




Diagnostische gegevens voor beheerders:

Server genereren: SRV-EXCH01.wouters.local

luc@aannemer-wouters.be
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##
'''),
    ('en', 'human-noreply-address', 'access', (),
'''From: Oak & Iron Carpentry <noreply@oakandiron-carpentry.co.uk>
To: privacy@shop.example.be
Subject: info you hold
Date: Tue, 8 Apr 2025 21:47:03 +0100
Message-ID: <5f2c9a1e-3b1d-4a77-9e0c-11ab22cd33ef@oakandiron-carpentry.co.uk>
User-Agent: Mozilla Thunderbird
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit
MIME-Version: 1.0

Hi,

Sorry this comes from the noreply address of my workshop, it's the only
account set up on this laptop. Please answer to tom.hartley@btinternet.com
instead, that's the address on my customer account with you.

I've bought a fair bit from you over the years (decking, a shed, loads of
tools) and I'd like to see what you've actually got on file about me -
addresses, what I bought, whatever you keep for the loyalty card, and who
you've passed it to. A copy by email is fine.

Cheers,
Tom Hartley
'''),
    ('nl', 'human-info-address', 'deletion', (),
'''From: Bloemenatelier Griet <info@bloemenatelier-griet.be>
To: privacy@shop.example.be
Subject: 
Date: Thu, 17 Apr 2025 07:12:55 +0200
Message-ID: <000001dbaf41$2c7a9e10$856fdb30$@bloemenatelier-griet.be>
X-Mailer: Microsoft Outlook 16.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Goeiemorgen,

Ik mail vanuit de winkel, vandaar het info-adres. Mijn persoonlijk account =
bij jullie staat op dit adres (Griet Claeys, Gentsesteenweg 114, Aalst). Ik=
 koop niet meer online en wil eigenlijk niet dat jullie nog iets van mij bi=
jhouden. Mag dat account weg, met alles erop en eraan?

Groetjes
Griet

Bloemenatelier Griet - open di-za 9u-18u
'''),
    ('de', 'human-pasted-bounce', 'deletion', (),
'''From: =?iso-8859-1?Q?J=FCrgen_Maier?= <j.maier@t-online.de>
To: privacy@shop.example.be
Subject: WG: Unzustellbar: Kundenkonto
Date: Mon, 12 May 2025 20:31:40 +0200
Message-ID: <1747074700123.88.j.maier@t-online.de>
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Guten Abend,

die Adresse datenschutz@shop.example.be aus Ihrer alten Datenschutzerklärung gibt es offenbar nicht mehr, meine Mail kam sofort zurück (siehe unten). Daher jetzt hierhin:

Bitte schließen Sie mein Kundenkonto (Kundennummer 3318204) und entfernen Sie meine Daten vollständig. Ich brauche das Konto nicht mehr.

Danke und Gruß
Jürgen Maier

-----Ursprüngliche Nachricht-----
Von: Mail Delivery System <MAILER-DAEMON@mail.shop.example.be>
Gesendet: Montag, 12. Mai 2025 20:24
An: j.maier@t-online.de
Betreff: Undelivered Mail Returned to Sender

This is the mail system at host mail.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<datenschutz@shop.example.be>: User unknown in virtual alias table
'''),
    ('en', 'human-not-a-robot', 'complaint', ('deletion',),
'''From: Deborah Kaye <debkaye@outlook.com>
To: privacy@shop.example.be
Subject: RE: Automatic reply: delete my account
Date: Fri, 23 May 2025 12:04:17 +0000
Message-ID: <AM0PR01MB5410D3E2C1B0A9F8E7D6C5B4A3921@AM0PR01MB5410.eurprd01.prod.outlook.com>
In-Reply-To: <autoack.88213@shop.example.be>
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0

Automatic reply?? No. I'm a human being, and this is the third time I'm writing.

I asked you on 2 April and again on 29 April to delete my account and everything you have on me. Each time I got this same robot message saying you'd "deal with it within one month". It's now nearly two months and I'm still getting your promo emails, so clearly nothing has been done.

Delete it. All of it. And confirm in writing. If I don't hear back this time I'm going to the data protection authority.

Deborah Kaye

________________________________
From: Shop Example Privacy <privacy@shop.example.be>
Sent: 29 April 2025 18:11
To: Deborah Kaye <debkaye@outlook.com>
Subject: Automatic reply: delete my account

Thank you for your message. This is an automatic confirmation that we have received it. We will handle your request within one month.
'''),
    ('fr', 'human-odd-headers', 'correction', (),
'''Return-Path: <bernadette.collignon@skynet.be>
From: Bernadette Collignon <bernadette.collignon@skynet.be>
To: privacy@shop.example.be
Subject: =?utf-8?Q?changement_d'adresse?=
Date: Wed, 4 Jun 2025 10:22:09 +0200
Message-ID: <1749025329.771203@webmail.proximus.be>
Auto-Submitted: no
Precedence: bulk
X-Mailer: Proximus Webmail
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bonjour Madame, Monsieur,

J'ai d=C3=A9m=C3=A9nag=C3=A9 le mois pass=C3=A9 et vos colis partent encore=
 =C3=A0 mon ancienne adresse, rue des Glycines 8 =C3=A0 Wavre. Le facteur m=
e les fait suivre mais ce n'est pas normal.

Pourriez-vous mettre mon compte =C3=A0 jour :
Bernadette Collignon
Avenue Reine Astrid 31, bo=C3=AEte 2
5000 Namur
T=C3=A9l. : 0478 55 12 90 (l'ancien num=C3=A9ro fixe ne fonctionne plus non=
 plus)

Merci d'avance,
B. Collignon
'''),
    ('es', 'human-reply-to-autoreply', 'withdraw_consent', (),
'''From: Carmen Villalobos <carmenvillalobos@telefonica.net>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Re:_Respuesta_autom=C3=A1tica:_Cerrado_por_vacaciones_/_Closed_for_holidays?=
Date: Sat, 27 Dec 2025 17:45:10 +0100
In-Reply-To: <xmas-closure.20251227@shop.example.be>
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Vale, no hay prisa, ya lo verán a la vuelta.

Lo que les pedía en el otro correo (que por lo visto les ha pillado cerrados) es sencillo: ya no quiero recibir su boletín ni sus ofertas por email. En su día marqué la casilla al registrarme, pero ya no me interesa, así que retiro ese permiso.

Gracias y felices fiestas,
Carmen

El sáb, 27 dic 2025 a las 17:40, Shop Example Privacy escribió:
> Nous sommes fermés jusqu'au 2 janvier. / We are closed until 2 January.
> Votre message sera traité à notre retour. / Your message will be handled when we are back.
'''),
    ('nl', 'human-forwarded-bounce-complaint', 'complaint', (),
'''From: Sofie Vermeulen <sofie.vermeulen@gmail.com>
To: privacy@shop.example.be
Subject: Fwd: Undelivered Mail Returned to Sender
Date: Tue, 17 Jun 2025 22:03:31 +0200
Message-ID: <CAHv7n2Wq1xR=forward9@mail.gmail.com>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Goedenavond,

Ik heb vorige week een mail naar jullie klantendienst gestuurd met mijn adr=
es, telefoonnummer en een foto van mijn identiteitskaart (jullie vroegen da=
t zelf). Vandaag krijg ik onderstaande foutmelding terug. Daaruit blijkt da=
t mijn mail automatisch is doorgestuurd naar een adres bij een extern bedri=
jf (r.desmet@callpoint-outsourcing.eu) dat niet eens meer bestaat.

Niemand heeft mij ooit gezegd dat mijn gegevens en mijn ID naar een ander b=
edrijf gaan, en nu ligt die kopie van mijn identiteitskaart ergens bij een =
firma die niet eens meer bestaat. Ik vind dit echt niet kunnen en dien hier=
bij formeel klacht in over hoe jullie met mijn gegevens omgaan.

Sofie Vermeulen

---------- Forwarded message ---------
Van: Mail Delivery System <MAILER-DAEMON@mail.shop.example.be>
Date: di 17 jun 2025 om 19:12
Subject: Undelivered Mail Returned to Sender
To: <sofie.vermeulen@gmail.com>

This is the mail system at host mail.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<r.desmet@callpoint-outsourcing.eu> (expanded from <klantendienst@shop.exam=
ple.be>):
    host mx.callpoint-outsourcing.eu[185.12.4.33] said: 550 5.1.1 User unkn=
own
    (in reply to RCPT TO command)
'''),
    ('pl', 'human-pasted-autoack', 'portability', (),
'''From: =?iso-8859-2?Q?Pawe=B3_Zieli=F1ski?= <pawel.zielinski@interia.pl>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Re:_Automatyczna_odpowied=C5=BA_/_Automatic_reply?=
Date: Thu, 3 Jul 2025 08:16:40 +0200
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

> Thank you for your e-mail. This is an automatic confirmation.
> We will reply within one month.
> Shop Example - Privacy

Dzień dobry,
pół godziny temu pisałem w sprawie karty stałego klienta i dostałem powyższą automatyczną odpowiedź, więc dopisuję tutaj, czego dokładnie potrzebuję: proszę o wysłanie mi historii moich zakupów i punktów w pliku, który da się otworzyć w Excelu (CSV albo podobny). Przenoszę się do innego programu lojalnościowego i chcę te dane mieć u siebie.

Pozdrawiam
Paweł Zieliński
nr karty 6034 1122 8890
'''),
    ('it', 'human-mailer-address', 'objection', (),
'''From: Ferramenta Rossi <mailer@ferramentarossi.it>
Reply-To: giorgio.rossi@ferramentarossi.it
To: privacy@shop.example.be
Subject: clienti
Date: Fri, 11 Jul 2025 13:02:00 +0200
X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Buongiorno,
vi scrivo dall'indirizzo che usa il gestionale del negozio, scusate, rispondete pure a giorgio.rossi@ferramentarossi.it.

Sono cliente vostro da privato. Nella vostra informativa ho letto che usate lo storico degli acquisti per creare profili e che lo condividete con partner pubblicitari (Facebook, Google ecc.). Per quanto mi riguarda mi oppongo: non voglio che i miei acquisti vengano usati per profilarmi né condivisi per fare pubblicità. Il resto (ordini, fatture) va bene così.

Saluti
Giorgio Rossi
'''),
    ('sv', 'human-reply-to-autoack', 'restriction', (),
'''From: =?utf-8?B?TGFycyBFa3N0csO2bQ==?= <lars.ekstrom@telia.com>
To: privacy@shop.example.be
Subject: Re: Automatiskt svar
Date: Tue, 15 Jul 2025 19:20:44 +0200
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Hej,

Jag fick ert automatiska svar, men det här är ett nytt ärende så jag skriver det tydligt.

Jag har en tvist med er om en trasig växthusleverans (order 55-10922) och min advokat behöver underlag. Radera därför ingenting om mig just nu, inte heller orderhistoriken, men använd inte mina uppgifter till något annat än att spara dem tills tvisten är avgjord. Inga utskick, ingen analys, ingenting.

Mvh
Lars Ekström
'''),
    ('de', 'human-bulk-headers', 'withdraw_consent', (),
'''From: Monika Schulte <monika.schulte@posteo.de>
To: privacy@shop.example.be
Subject: Newsletter
Date: Wed, 23 Jul 2025 07:55:12 +0200
Precedence: bulk
List-Unsubscribe: <mailto:abmelden@mailrelay-sender.de?subject=unsubscribe>
X-Mailer: Sendinblue-Relay
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Guten Morgen,

ich m=C3=B6chte Ihre Werbe-Mails und den Newsletter nicht mehr bekommen. Me=
ine Einwilligung dazu nehme ich hiermit zur=C3=BCck. Den Abmeldelink finde =
ich auf dem Handy nicht, deshalb schreibe ich einfach hierhin.

Mein Kundenkonto soll bestehen bleiben.

Viele Gr=C3=BC=C3=9Fe
Monika Schulte
'''),
    ('cs', 'human-noreply-address', 'access', (),
'''From: no-reply@keramika-holub.cz
To: privacy@shop.example.be
Subject: dotaz
Date: Mon, 28 Jul 2025 16:40:10 +0200
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Dobry den,
pisu z adresy naseho e-shopu, jinak to nejde, odpovezte prosim na lenka.holubova@seznam.cz.

Nakupovala jsem u vas pres vas e-shop (zahradni nabytek, 2023). Chtela bych vedet, jake vsechny udaje o me u vas mate ulozene a k cemu je pouzivate, a poslete mi je prosim.

Dekuji
Lenka Holubova
'''),
    ('en', 'human-pasted-autoforward', 'correction', (),
'''From: Niamh Byrne <niamh.byrne.home@gmail.com>
To: privacy@shop.example.be
Subject: Fwd: This mailbox is no longer monitored
Date: Mon, 4 Aug 2025 09:12:00 +0100
Content-Type: text/plain; charset="UTF-8"
MIME-Version: 1.0

Hi there,

My old work still forwards me your emails with the notice below stuck on top. I left that job in March. Can you change the email on my account and loyalty card from niamh.byrne@harcourt-legal.ie to this one, niamh.byrne.home@gmail.com? Nothing else needs changing.

Thanks,
Niamh

---------- Forwarded message ---------
From: Harcourt Legal <noreply@harcourt-legal.ie>
Date: Fri, 1 Aug 2025 at 16:02
Subject: This mailbox is no longer monitored
To: niamh.byrne.home@gmail.com

This mailbox is no longer monitored. Your message has been automatically forwarded to the former employee's personal address. Please update your records.
'''),
    ('bg', 'human-info-address', 'deletion', ('withdraw_consent',),
'''From: =?utf-8?B?0KHRgtGA0L7QuSDQlNC40LfQsNC50L0g0J7QntCU?= <info@stroy-dizain.bg>
To: privacy@shop.example.be
Subject: =?utf-8?B?0J/RgNC+0YTQuNC7?=
Date: Wed, 6 Aug 2025 11:11:40 +0300
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
MIME-Version: 1.0

0JfQtNGA0LDQstC10LnRgtC1LAoK0J/QuNGI0LAg0L7RgiDRgdC70YPQttC10LHQvdC40Y8g0LjQ
vNC10LnQuyDQvdCwINGE0LjRgNC80LDRgtCwLCDQvdC+INC/0YDQvtGE0LjQu9GK0YIg0L/RgNC4
INCy0LDRgSDQtSDQu9C40YfQvdC+INC80L7QuSAo0KHRgtC10YTQsNC9INCf0LXRgtGA0L7Qsiwg
0YDQtdCz0LjRgdGC0YDQuNGA0LDQvSDRgSDRgtC+0LfQuCDQsNC00YDQtdGBKS4g0JjRgdC60LDQ
vCDQtNCwINCz0L4g0LfQsNC60YDQuNC10YLQtSDQuCDQtNCwINC40LfRgtGA0LjQtdGC0LUg0LLR
gdC40YfQutC+LCDQutC+0LXRgtC+INC/0LDQt9C40YLQtSDQt9CwINC80LXQvS4g0J7RgtC/0LjR
gdCy0LDQvCDRgdC1INC4INC+0YIg0LHRjtC70LXRgtC40L3QsCDQstC4IC0g0LLQtdGH0LUg0L3Q
tSDQtNCw0LLQsNC8INGB0YrQs9C70LDRgdC40LUg0LTQsCDQvNC4INC/0YDQsNGJ0LDRgtC1INGC
0LDQutC40LLQsCDQv9C40YHQvNCwLgoK0J/QvtC30LTRgNCw0LLQuCwK0KHRgtC10YTQsNC9INCf
0LXRgtGA0L7Qsgo=
'''),
    ('ro', 'human-corporate-disclaimer', 'objection', (),
'''From: Bogdan Stanciu <bogdan.stanciu@transilvania-logistic.ro>
To: privacy@shop.example.be
Subject: nr. de telefon
Date: Thu, 21 Aug 2025 15:30:02 +0300
X-MS-Exchange-Organization-SCL: -1
X-MS-Has-Attach: 
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bun=C4=83 ziua,

Am comandat anul trecut de la dumneavoastr=C4=83 o mas=C4=83 de gr=C4=83din=
=C4=83 =C8=99i =C3=AEn contul meu figureaz=C4=83 num=C4=83rul de telefon 07=
44 318 220.

V=C4=83 scriu ca s=C4=83 m=C4=83 opun folosirii acestui num=C4=83r pentru m=
arketing: nu doresc apeluri sau SMS-uri cu oferte, nici de la dumneavoastr=
=C4=83, nici de la partenerii c=C4=83rora le-a=C8=9Bi putea transmite datel=
e. Pentru livr=C4=83ri =C3=AEl pute=C8=9Bi folosi =C3=AEn continuare.

Bogdan Stanciu

--
Acest mesaj a fost generat automat de sistemul de e-mail Transilvania Logis=
tic. Acest e-mail =C8=99i eventualele ata=C8=99amente sunt confiden=C8=9Bia=
le =C8=99i destinate exclusiv destinatarului. Dac=C4=83 l-a=C8=9Bi primit d=
in gre=C8=99eal=C4=83, v=C4=83 rug=C4=83m s=C4=83 =C3=AEl =C8=99terge=C8=9B=
i =C8=99i s=C4=83 anun=C8=9Ba=C8=9Bi expeditorul.
'''),
]

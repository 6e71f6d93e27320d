"""Sixteenth set, real robot mail from many MTAs and auto-responders, and people who look like them, as raw RFC 5322 messages. Written apart from the code."""

ROBOTS = [
    ('en', 'postfix-dsn', 'automated', (),
"""Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: by mail.shop.example.be (Postfix)
	id 4dK7xQ21Zk9z9sWc; Tue, 17 Nov 2026 09:14:03 +0100 (CET)
Date: Tue, 17 Nov 2026 09:14:03 +0100 (CET)
From: MAILER-DAEMON@mail.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4dK7xQ21Zk9z9sWc.1794903243/mail.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261117081403.4dK7xQ21Zk9z9sWc@mail.shop.example.be>

This is a MIME-encapsulated message.

--4dK7xQ21Zk9z9sWc.1794903243/mail.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.vermeulen@skynet.be>: host mx.skynet.be[195.238.22.27] said: 550 5.1.1
    <d.vermeulen@skynet.be>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--4dK7xQ21Zk9z9sWc.1794903243/mail.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.shop.example.be
X-Postfix-Queue-ID: 4dK7xQ21Zk9z9sWc
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 17 Nov 2026 09:14:01 +0100 (CET)

Final-Recipient: rfc822; d.vermeulen@skynet.be
Original-Recipient: rfc822;d.vermeulen@skynet.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.skynet.be
Diagnostic-Code: smtp; 550 5.1.1 <d.vermeulen@skynet.be>: Recipient address
    rejected: User unknown in virtual mailbox table

--4dK7xQ21Zk9z9sWc.1794903243/mail.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from app02.shop.example.be (app02.shop.example.be [10.20.0.12])
	by mail.shop.example.be (Postfix) with ESMTP id 4dK7xQ21Zk9z9sWc
	for <d.vermeulen@skynet.be>; Tue, 17 Nov 2026 09:14:01 +0100 (CET)
From: "Privacy | shop.example.be" <privacy@shop.example.be>
To: d.vermeulen@skynet.be
Subject: Uw gegevensexport staat klaar (dossier PR-2026-1144)
Date: Tue, 17 Nov 2026 09:14:00 +0100
Message-ID: <pr-2026-1144.export.1794903240@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste heer Vermeulen,

Op 3 november vroeg u ons welke persoonsgegevens wij over u bewaren.
Het overzicht staat klaar: u kunt het downloaden via onderstaande link.
De link blijft 7 dagen geldig. Het wachtwoord sturen we u apart per sms.

https://privacy.shop.example.be/export/7Qm2-ZL9c-4Hk1

Het bestand bevat uw klantprofiel, uw bestelgeschiedenis sinds 2019,
uw klantenkaartpunten en de voorkeuren voor onze nieuwsbrief.

Met vriendelijke groet,
Het privacyteam

--4dK7xQ21Zk9z9sWc.1794903243/mail.shop.example.be--
"""),
    ('en', 'exim-dsn', 'automated', (),
"""Return-path: <>
Envelope-to: privacy@shop.example.be
Delivery-date: Wed, 11 Nov 2026 16:42:19 +0100
Received: from mailnull by server12.hostingpartner.nl with local (Exim 4.98)
	id 1tLm2Q-00Bx7e-2K
	for privacy@shop.example.be; Wed, 11 Nov 2026 16:42:18 +0100
X-Failed-Recipients: info@bakkerij-janssens.be
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@server12.hostingpartner.nl>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1794411738-eximdsn-1681692777
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tLm2Q-00Bx7e-2K@server12.hostingpartner.nl>
Date: Wed, 11 Nov 2026 16:42:18 +0100

--1794411738-eximdsn-1681692777
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  info@bakkerij-janssens.be
    Mailbox quota exceeded

--1794411738-eximdsn-1681692777
Content-type: message/delivery-status

Reporting-MTA: dns; server12.hostingpartner.nl

Action: failed
Final-Recipient: rfc822;info@bakkerij-janssens.be
Status: 5.0.0

--1794411738-eximdsn-1681692777
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from mail.shop.example.be ([203.0.113.25]:51422)
	by server12.hostingpartner.nl with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.98)
	(envelope-from <privacy@shop.example.be>)
	id 1tLm2P-00Bx6w-0j
	for info@bakkerij-janssens.be;
	Wed, 11 Nov 2026 16:42:17 +0100
From: Privacy team <privacy@shop.example.be>
To: info@bakkerij-janssens.be
Subject: We need to confirm it is you - request PR-2026-1187
Date: Wed, 11 Nov 2026 16:42:15 +0100
Message-ID: <pr-2026-1187.idcheck@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Ms Janssens,

Thank you for your message of 9 November asking us to remove your
customer account and the personal data linked to it.

Before we do anything irreversible we have to be sure the request
really comes from the account holder. Please reply to this e-mail with:

 - the number of one of your recent orders, and
 - the postcode of the delivery address on that order.

Please do NOT send us a copy of your identity card.

Kind regards,
Privacy team

--1794411738-eximdsn-1681692777--
"""),
    ('en', 'sendmail-dsn', 'automated', (),
"""Return-Path: <>
Received: from mx2.kuleuven-example.be (mx2.kuleuven-example.be [192.0.2.71])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dJ3pL0Vq6z9sWb
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 14:02:19 +0100 (CET)
Received: from localhost (localhost)
	by mx2.kuleuven-example.be (8.17.2/8.17.2) id 5AGD2Ii5031877;
	Mon, 16 Nov 2026 14:02:18 +0100
Date: Mon, 16 Nov 2026 14:02:18 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@mx2.kuleuven-example.be>
Message-Id: <202611161302.5AGD2Ii5031877@mx2.kuleuven-example.be>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5AGD2Ii5031877.1794834138/mx2.kuleuven-example.be"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--5AGD2Ii5031877.1794834138/mx2.kuleuven-example.be

The original message was received at Mon, 16 Nov 2026 14:02:11 +0100
from mail.shop.example.be [203.0.113.25]

   ----- The following addresses had permanent fatal errors -----
<w.de.backer@student.kuleuven-example.be>
    (reason: 550 5.2.1 Mailbox disabled for this recipient)

   ----- Transcript of session follows -----
... while talking to mailstore3.kuleuven-example.be.:
>>> DATA
<<< 550 5.2.1 Mailbox disabled for this recipient
550 5.1.1 <w.de.backer@student.kuleuven-example.be>... User unknown
<<< 503 5.5.1 No recipients

--5AGD2Ii5031877.1794834138/mx2.kuleuven-example.be
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kuleuven-example.be
Received-From-MTA: DNS; mail.shop.example.be
Arrival-Date: Mon, 16 Nov 2026 14:02:11 +0100

Final-Recipient: RFC822; w.de.backer@student.kuleuven-example.be
Action: failed
Status: 5.2.1
Remote-MTA: DNS; mailstore3.kuleuven-example.be
Diagnostic-Code: SMTP; 550 5.2.1 Mailbox disabled for this recipient
Last-Attempt-Date: Mon, 16 Nov 2026 14:02:18 +0100

--5AGD2Ii5031877.1794834138/mx2.kuleuven-example.be
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [203.0.113.25])
	by mx2.kuleuven-example.be (8.17.2/8.17.2) with ESMTPS id 5AGD2BgQ031870
	(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)
	for <w.de.backer@student.kuleuven-example.be>; Mon, 16 Nov 2026 14:02:11 +0100
From: Privacy team <privacy@shop.example.be>
To: Wout De Backer <w.de.backer@student.kuleuven-example.be>
Subject: Re: what data do you have on me??
Date: Mon, 16 Nov 2026 14:02:09 +0100
Message-ID: <pr-2026-1160.reply1@shop.example.be>
In-Reply-To: <CAHx9=kz0Wq2@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--5AGD2Ii5031877.1794834138/mx2.kuleuven-example.be--
"""),
    ('en', 'qmail-bounce', 'automated', (),
"""Return-Path: <>
Received: from mail.zwanenhof-example.be (mail.zwanenhof-example.be [198.51.100.9])
	by mail.shop.example.be (Postfix) with SMTP id 4dG1wQ3b2Hz9sWc
	for <privacy@shop.example.be>; Fri, 6 Nov 2026 22:31:05 +0100 (CET)
Received: (qmail 24187 invoked for bounce); 6 Nov 2026 21:31:04 -0000
Date: 6 Nov 2026 21:31:04 -0000
From: MAILER-DAEMON@mail.zwanenhof-example.be
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.zwanenhof-example.be.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<marc@zwanenhof-example.be>:
Sorry, no mailbox here by that name. vpopmail (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 24183 invoked from network); 6 Nov 2026 21:31:04 -0000
Received: from mail.shop.example.be (203.0.113.25)
  by mail.zwanenhof-example.be with SMTP; 6 Nov 2026 21:31:04 -0000
From: Privacy team <privacy@shop.example.be>
To: marc@zwanenhof-example.be
Subject: Re: newsletter
Date: Fri, 6 Nov 2026 22:31:01 +0100
Message-ID: <pr-2026-1101.reply1@shop.example.be>
Content-Type: text/plain; charset=us-ascii

Hello Marc,

You will not receive our newsletter any more: we removed
marc@zwanenhof-example.be from the mailing list today.
It can take up to 48 hours before mailings that were already
scheduled stop.

Kind regards,
Privacy team

> Stop sending me this stuff. I never signed up.
"""),
    ('en', 'yahoo-bounce', 'automated', (),
"""Return-Path: <>
Received: from sonic304-21.consmr.mail.ir2.yahoo.com (sonic304-21.consmr.mail.ir2.yahoo.com [77.238.179.146])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dM0b7Jq2Cz9sWd
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 03:17:44 +0100 (CET)
Received: from sonic.gate.mail.ne1.yahoo.com by sonic304.consmr.mail.ir2.yahoo.com with HTTP; Sat, 21 Nov 2026 02:17:44 +0000
Date: Sat, 21 Nov 2026 02:17:44 +0000
From: MAILER-DAEMON@yahoo.com
To: privacy@shop.example.be
Subject: Failure Notice
X-Yahoo-Newman-Property: bounce
Content-Type: text/plain; charset=us-ascii

Sorry, we were unable to deliver your message to the following address.

<sunnyday_ann1979@yahoo.com>:
554: delivery error: dd This user doesn't have a yahoo.com account (sunnyday_ann1979@yahoo.com) [0] - mta4472.mail.ir2.yahoo.com

--- Below this line is a copy of the message.

Received: from 45.133.1.77 (EHLO shop.example.be) (45.133.1.77)
  by mta4472.mail.ir2.yahoo.com with SMTP; Sat, 21 Nov 2026 02:17:41 +0000
From: "Account Security" <privacy@shop.example.be>
To: <sunnyday_ann1979@yahoo.com>
Subject: Your account will be suspended - verify your data now
Date: Sat, 21 Nov 2026 03:17:38 +0100
Message-ID: <20261121031738.6F2A.4471@shop.example.be>
Content-Type: text/plain

Dear customer,

We detected unusual activity. To protect your personal data your
account will be suspended within 24 hours unless you confirm your
details here: http://verify-acc0unt-secure.example.top/login

Privacy Department
"""),
    ('en', 'dovecot-sieve-reject', 'automated', (),
"""Return-Path: <>
Received: from imap.ateliervos-example.be (imap.ateliervos-example.be [198.51.100.40])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dL2s6M8xKz9sWc
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 11:05:52 +0100 (CET)
Received: from imap.ateliervos-example.be
	by imap.ateliervos-example.be with LMTP
	id 0Ks8A2CiPWcqLgAA2A5hTw
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 11:05:52 +0100
Message-ID: <dovecot-sieve-1795082752-512314-0@imap.ateliervos-example.be>
Date: Thu, 19 Nov 2026 11:05:52 +0100
From: Postmaster <postmaster@ateliervos-example.be>
To: <privacy@shop.example.be>
Subject: Rejected: Your personal data - copy as requested
Auto-Submitted: auto-replied (rejected)
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="1795082752-512314-1/imap.ateliervos-example.be"

This is a MIME-encapsulated message

--1795082752-512314-1/imap.ateliervos-example.be
Content-Type: text/plain; charset=utf-8
Content-Disposition: inline
Content-Transfer-Encoding: 8bit

Your message to <hilde@ateliervos-example.be> was automatically rejected:
Quota exceeded (mailbox for user is full)

--1795082752-512314-1/imap.ateliervos-example.be
Content-Type: message/disposition-notification

Reporting-UA: imap.ateliervos-example.be; Dovecot Mail Delivery Agent
Final-Recipient: rfc822; hilde@ateliervos-example.be
Original-Message-ID: <pr-2026-1172.answer@shop.example.be>
Disposition: automatic-action/MDN-sent-automatically; deleted

--1795082752-512314-1/imap.ateliervos-example.be
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
From: Privacy team <privacy@shop.example.be>
To: Hilde Vos <hilde@ateliervos-example.be>
Subject: Your personal data - copy as requested
Date: Thu, 19 Nov 2026 11:05:48 +0100
Message-ID: <pr-2026-1172.answer@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_b81f3c0a"

--=_b81f3c0a
Content-Type: text/plain; charset=utf-8

Dear Ms Vos,

As you asked on 28 October under Article 15 GDPR, attached is a copy
of the personal data we hold about you, together with the purposes,
the recipients and how long we keep each item.

Kind regards,
Privacy team

--=_b81f3c0a
Content-Type: application/pdf; name="PR-2026-1172_copy.pdf"
Content-Disposition: attachment; filename="PR-2026-1172_copy.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIg
Pj4KZW5kb2JqCg==

--=_b81f3c0a--

--1795082752-512314-1/imap.ateliervos-example.be--
"""),
    ('en', 'courier-dsn', 'automated', (),
"""Return-Path: <>
Received: from mx.degroenevinger-example.org (mx.degroenevinger-example.org [198.51.100.77])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dK0c1Pz7Rz9sWb
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 08:47:30 +0100 (CET)
From: "Courier mail server at mx.degroenevinger-example.org" <@>
To: privacy@shop.example.be
Subject: NOTICE: mail delivery status.
Mime-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
    boundary="=_courier-6121-1794548850-0001-2"
Message-ID: <courier.6755D5B2.000017E9@mx.degroenevinger-example.org>
Date: Fri, 13 Nov 2026 08:47:30 +0100

This is a MIME-formatted message.  If you see this text it means that your
E-mail software does not support MIME-formatted messages.

--=_courier-6121-1794548850-0001-2
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: 7bit

This is a delivery status notification from mx.degroenevinger-example.org,
running the Courier mail server, version 1.3.13.

The original message was received on Fri, 13 Nov 2026 08:47:28 +0100
from mail.shop.example.be (mail.shop.example.be [203.0.113.25])

                    ---------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<ledenadministratie@degroenevinger-example.org>:
    mailstore.degroenevinger-example.org [::ffff:10.1.0.5]:
>>> RCPT TO:<ledenadministratie@degroenevinger-example.org>
<<< 550 User unknown.

                    ---------------------------------------------------

If your message was also sent to additional recipients, their delivery
status is not included in this report.  You may or may not receive
other delivery status notifications for additional recipients.

The original message follows as a separate attachment.

--=_courier-6121-1794548850-0001-2
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit

Reporting-MTA: dns; mx.degroenevinger-example.org
Arrival-Date: Fri, 13 Nov 2026 08:47:28 +0100

Final-Recipient: rfc822; ledenadministratie@degroenevinger-example.org
Action: failed
Status: 5.0.0
Remote-MTA: dns; mailstore.degroenevinger-example.org
Diagnostic-Code: smtp; 550 User unknown.

--=_courier-6121-1794548850-0001-2
Content-Type: text/rfc822-headers; charset="iso-8859-1"
Content-Transfer-Encoding: 7bit

Received: from mail.shop.example.be (mail.shop.example.be [203.0.113.25])
  (TLS: TLSv1.3,256bits,TLS_AES_256_GCM_SHA384)
  by mx.degroenevinger-example.org with UTF8SMTPS; Fri, 13 Nov 2026 08:47:28 +0100
  id 00000000000017E8.000000006755D5B0.000017E9
From: Privacy team <privacy@shop.example.be>
To: ledenadministratie@degroenevinger-example.org
Subject: Gezamenlijke ledenkorting - intrekking toestemming delen gegevens
Date: Fri, 13 Nov 2026 08:47:26 +0100
Message-ID: <pr-2026-1150.partner@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--=_courier-6121-1794548850-0001-2--
"""),
    ('en', 'mdaemon-bounce', 'automated', (),
'Return-Path: <>\nReceived: from mail.dewilde-boekhouding-example.be (unknown [198.51.100.120])\n\tby mail.shop.example.be (Postfix) with ESMTP id 4dN5k2T0cFz9sWc\n\tfor <privacy@shop.example.be>; Tue, 24 Nov 2026 07:02:40 +0100 (CET)\nReceived: from mail.dewilde-boekhouding-example.be by mail.dewilde-boekhouding-example.be (MDaemon PRO v24.0.2)\n\twith ESMTP id md50000213562.msg\n\tfor <privacy@shop.example.be>; Tue, 24 Nov 2026 07:02:39 +0100\nDate: Tue, 24 Nov 2026 07:02:39 +0100\nFrom: postmaster@dewilde-boekhouding-example.be\nTo: privacy@shop.example.be\nSubject: Permanent Delivery Failure\nMessage-ID: <MDAEMON-F202611240702.AA0239591md50000213562@dewilde-boekhouding-example.be>\nX-MDDSN-Message: Yes\nX-MDaemon-Deliver-To: privacy@shop.example.be\nX-Return-Path: <>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\nThe attached message had PERMANENT fatal delivery errors!\n\nAfter one or more unsuccessful delivery attempts the attached message has\nbeen removed from the mail queue on this server.  The number and frequency\nof delivery attempts are determined by local configuration parameters.\n\nYOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!\n\n--- Session Transcript ---\n Tue 2026-11-24 07:02:39.118: Parsing message <mail.dewilde-boekhouding-example.be\\pd50000213555.msg>\n Tue 2026-11-24 07:02:39.120: *  From: privacy@shop.example.be\n Tue 2026-11-24 07:02:39.120: *  To: an.dewilde@dewilde-boekhouding-example.be\n Tue 2026-11-24 07:02:39.121: *  Subject: Confirmation: your customer account has been closed\n Tue 2026-11-24 07:02:39.121: *  Message-ID: <pr-2026-1205.done@shop.example.be>\n Tue 2026-11-24 07:02:39.124: Attempting to deliver to local mailbox an.dewilde@dewilde-boekhouding-example.be\n Tue 2026-11-24 07:02:39.131: Mailbox is disabled: an.dewilde@dewilde-boekhouding-example.be\n--- End Transcript ---\n\n: Message contains [1] file attachments\n'),
    ('en', 'icewarp-bounce', 'automated', (),
"""Return-Path: <>
Received: from mail.kapsalon-example.be ([198.51.100.150])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dH9fV1TqLz9sWb
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 13:20:07 +0100 (CET)
Received: from mail.kapsalon-example.be by mail.kapsalon-example.be (IceWarp 14.1.0.8 x64) with ASMTP id 202611101320070211
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 13:20:07 +0100
From: "Mail Delivery Subsystem" <postmaster@kapsalon-example.be>
To: <privacy@shop.example.be>
Subject: Undeliverable: Re: newsletter + loyalty card
Date: Tue, 10 Nov 2026 13:20:07 +0100
Message-ID: <202611101320070211.dsn@kapsalon-example.be>
Auto-Submitted: auto-replied
X-Mailer: IceWarp Mailer 14.1.0.8 x64
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="------------02110911090A0E0C01050603"

This is a multi-part message in MIME format.
--------------02110911090A0E0C01050603
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Delivery has failed to these recipients or distribution lists:

sofie@kapsalon-example.be
  Account is disabled or expired

This message was created automatically by mail delivery software.
Please do not reply to this message.

--------------02110911090A0E0C01050603
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kapsalon-example.be
Arrival-Date: Tue, 10 Nov 2026 13:20:06 +0100

Final-Recipient: rfc822; sofie@kapsalon-example.be
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Account is disabled or expired

--------------02110911090A0E0C01050603
Content-Type: text/rfc822-headers

From: Privacy team <privacy@shop.example.be>
To: sofie@kapsalon-example.be
Subject: Re: newsletter + loyalty card
Date: Tue, 10 Nov 2026 13:20:04 +0100
Message-ID: <pr-2026-1129.reply1@shop.example.be>

--------------02110911090A0E0C01050603--
"""),
    ('en', 'postfix-delay', 'automated', (),
"""Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: by mail.shop.example.be (Postfix)
	id 4dP1m0Gd8Rz9sWf; Wed, 25 Nov 2026 14:31:12 +0100 (CET)
Date: Wed, 25 Nov 2026 14:31:12 +0100 (CET)
From: MAILER-DAEMON@mail.shop.example.be (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: privacy@shop.example.be
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4dP1m0Gd8Rz9sWf.1795527072/mail.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261125133112.4dP1m0Gd8Rz9sWf@mail.shop.example.be>

This is a MIME-encapsulated message.

--4dP1m0Gd8Rz9sWf.1795527072/mail.shop.example.be
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

<r.maes@maes-tuinaanleg-example.be>: connect to
    mail.maes-tuinaanleg-example.be[198.51.100.201]:25: Connection timed out

--4dP1m0Gd8Rz9sWf.1795527072/mail.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.shop.example.be
X-Postfix-Queue-ID: 4dP1m0Gd8Rz9sWf
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 25 Nov 2026 10:12:40 +0100 (CET)

Final-Recipient: rfc822; r.maes@maes-tuinaanleg-example.be
Original-Recipient: rfc822;r.maes@maes-tuinaanleg-example.be
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to
    mail.maes-tuinaanleg-example.be[198.51.100.201]:25: Connection timed out
Will-Retry-Until: Mon, 30 Nov 2026 10:12:40 +0100 (CET)

--4dP1m0Gd8Rz9sWf.1795527072/mail.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from app02.shop.example.be (app02.shop.example.be [10.20.0.12])
	by mail.shop.example.be (Postfix) with ESMTP id 4dP1m0Gd8Rz9sWf
	for <r.maes@maes-tuinaanleg-example.be>; Wed, 25 Nov 2026 10:12:40 +0100 (CET)
From: "Privacy | shop.example.be" <privacy@shop.example.be>
To: r.maes@maes-tuinaanleg-example.be
Subject: Bevestiging: uw account en persoonsgegevens zijn gewist
Date: Wed, 25 Nov 2026 10:12:39 +0100
Message-ID: <pr-2026-1190.done@shop.example.be>

--4dP1m0Gd8Rz9sWf.1795527072/mail.shop.example.be--
"""),
    ('en', 'gmail-dsn', 'automated', (),
"""Delivered-To: privacy@shop.example.be
Received: by 2002:a05:7022:4a8:b0:9b:1c7e:2e4 with SMTP id i40csp2211457dlh;
        Thu, 26 Nov 2026 09:58:14 -0800 (PST)
Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])
        by mx.google.com with SMTPS id 41be03b00d2f7-7d4f1a2b9c3sor1193921a12.312
        for <privacy@shop.example.be>
        (Google Transport Security);
        Thu, 26 Nov 2026 09:58:14 -0800 (PST)
Content-Type: multipart/report; boundary="0000000000000d5a2d062a1b7c61"; report-type=delivery-status
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <pr-2026-1211.reply1@shop.example.be>
In-Reply-To: <pr-2026-1211.reply1@shop.example.be>
X-Failed-Recipients: kevin.deprez.1990@gmail.com
Message-ID: <67461a06.170a0220.3c8f1d.04b4.GMR@mx.google.com>
Date: Thu, 26 Nov 2026 09:58:14 -0800 (PST)
MIME-Version: 1.0

--0000000000000d5a2d062a1b7c61
Content-Type: multipart/related; boundary="0000000000000d5a52062a1b7c69"

--0000000000000d5a52062a1b7c69
Content-Type: multipart/alternative; boundary="0000000000000d5a5a062a1b7c6a"

--0000000000000d5a5a062a1b7c6a
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to kevin.deprez.1990@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7d4f1a2b9c3si1193921a12.312 - gsmtp

--0000000000000d5a5a062a1b7c6a
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
<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Error Icon" src="cid:icon.png">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">
Address not found
</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">
Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>kevin.deprez.1990@gmail.com</b></a> because the address couldn't be found, or is unable to receive mail.
</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left">
<a style="text-decoration:none" href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align="left" style="padding:48px 10px">
The response was:<br/>
<p style="font-family:monospace">
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient&#39;s email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7d4f1a2b9c3si1193921a12.312 - gsmtp
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--0000000000000d5a5a062a1b7c6a--
--0000000000000d5a52062a1b7c69
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAJAAAACQCAYAAADnRuK4AAAACXBIWXMAABYlAAAWJQFJUiTwAAAA
GXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAFi1JREFUeNrsnV9MXNedx3/nDmNg
--0000000000000d5a52062a1b7c69--
--0000000000000d5a2d062a1b7c61
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; privacy@shop.example.be
Arrival-Date: Thu, 26 Nov 2026 09:58:12 -0800 (PST)
X-Original-Message-ID: <pr-2026-1211.reply1@shop.example.be>

Final-Recipient: rfc822; kevin.deprez.1990@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (2a00:1450:400c:c0a::1b, the
 server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try
 550-5.1.1 double-checking the recipient's email address for typos or
 550-5.1.1 unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7d4f1a2b9c3si1193921a12.312 - gsmtp
Last-Attempt-Date: Thu, 26 Nov 2026 09:58:14 -0800 (PST)

--0000000000000d5a2d062a1b7c61
Content-Type: message/rfc822

DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=shop.example.be; s=google; t=1795716692; x=1796321492;
        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject
         :date:message-id:reply-to;
        bh=Xq3T2k7b1dPzq0m3aH1c9bY1JfQw9q1Yk2cR0pQG5sE=;
        b=Zk0f1c0n5bV7pQ==
MIME-Version: 1.0
From: Privacy team <privacy@shop.example.be>
Date: Thu, 26 Nov 2026 18:58:12 +0100
Message-ID: <pr-2026-1211.reply1@shop.example.be>
Subject: Re: Questions about my data + loyalty points
To: kevin.deprez.1990@gmail.com
Content-Type: multipart/alternative; boundary="0000000000000cf82c062a1b7c3f"

--0000000000000cf82c062a1b7c3f
Content-Type: text/plain; charset="UTF-8"

Dear Mr Deprez,

Thank you for your message. Your loyalty points are kept even if you
unsubscribe from the newsletter; they are only removed if you ask us to
delete your account. Could you tell us whether you still want us to
erase your data, or only to stop the marketing e-mails?

Kind regards,
Privacy team

--0000000000000cf82c062a1b7c3f--

--0000000000000d5a2d062a1b7c61--
"""),
    ('nl', 'o365-ndr', 'automated', (),
"""Received: from AM9PR03MB7321.eurprd03.prod.outlook.com (2603:10a6:20b:3d5::16)
 by mail.shop.example.be (Postfix) with ESMTPS id 4dN0x3KqVHz9sWb
 for <privacy@shop.example.be>; Mon, 23 Nov 2026 16:40:03 +0100 (CET)
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@vanhoutte-bouw-example.be>
To: <privacy@shop.example.be>
Date: Mon, 23 Nov 2026 15:40:02 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9a5c0e3b-77f4-4c1b-9e0f-b2d3f4a19c55"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
Message-ID:
	<a4e5b7c2-3f1d-4c0e-9b6a-1f2e3d4c5b6a@AM9PR03MB7321.eurprd03.prod.outlook.com>
In-Reply-To: <pr-2026-1199.reply2@shop.example.be>
References: <pr-2026-1199.reply2@shop.example.be>
Subject: =?utf-8?Q?Onbestelbaar:_Re:_Inzage_in_mijn_gegevens?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--9a5c0e3b-77f4-4c1b-9e0f-b2d3f4a19c55
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="0e1b2f7a-5d4c-4b8e-a3f6-7c9d0e1f2a3b"

--0e1b2f7a-5d4c-4b8e-a3f6-7c9d0e1f2a3b
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Uw bericht voor jeroen.claes@vanhoutte-bouw-example.be kan niet worden bezo=
rgd.

jeroen.claes is niet gevonden op vanhoutte-bouw-example.be.

privacy
Actie vereist
vanhoutte-bouw-example.be
Onbekende ontvanger

Hoe u dit probleem kunt oplossen
Het adres is mogelijk verkeerd gespeld of bestaat niet. Probeer een of meer=
 van de volgende oplossingen:

  *   Verzend het bericht opnieuw. Volg deze stappen: Open in Outlook dit b=
ericht over de onbestelbaarheid en kies Opnieuw verzenden op het lint. Verw=
ijder in de regel Aan het adres van de ontvanger en voer het opnieuw in. Ve=
rzend het bericht vervolgens opnieuw.
  *   Controleer het adres van de ontvanger. Als het adres juist is gespeld=
, neem dan rechtstreeks contact op met de ontvanger en vraag of het adres n=
og bestaat.

Meer informatie voor e-mailbeheerders
Statuscode: 550 5.1.10

Dit fout kan optreden als de ontvanger geen postvak meer heeft in Exchange =
Online.

Oorspronkelijke berichtkoppen:

Received: from DB8PR03MB5913.eurprd03.prod.outlook.com (2603:10a6:10:f3::9)
 by AM9PR03MB7321.eurprd03.prod.outlook.com with HTTPS; Mon, 23 Nov 2026
 15:40:02 +0000
From: Privacy team <privacy@shop.example.be>
To: jeroen.claes@vanhoutte-bouw-example.be
Subject: Re: Inzage in mijn gegevens
Date: Mon, 23 Nov 2026 16:39:58 +0100
Message-ID: <pr-2026-1199.reply2@shop.example.be>

--0e1b2f7a-5d4c-4b8e-a3f6-7c9d0e1f2a3b
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf=
-8"></head>
<body>
<div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:16=
px;color:#212121">
<p>Uw bericht voor <b>jeroen.claes@vanhoutte-bouw-example.be</b> kan niet w=
orden bezorgd.</p>
<p style=3D"font-size:24px;color:#c00000"><b>jeroen.claes is niet gevonden =
op vanhoutte-bouw-example.be.</b></p>
<table><tr><td>privacy</td><td style=3D"color:#c00000">Actie vereist</td><t=
d>vanhoutte-bouw-example.be</td></tr>
<tr><td></td><td>Onbekende ontvanger</td><td></td></tr></table>
<p><b>Hoe u dit probleem kunt oplossen</b></p>
<p>Het adres is mogelijk verkeerd gespeld of bestaat niet.</p>
<p>Statuscode: 550 5.1.10</p>
</div>
</body>
</html>

--0e1b2f7a-5d4c-4b8e-a3f6-7c9d0e1f2a3b--

--9a5c0e3b-77f4-4c1b-9e0f-b2d3f4a19c55
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR03MB7321.eurprd03.prod.outlook.com
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Mon, 23 Nov 2026 15:40:01 +0000

Final-Recipient: rfc822;jeroen.claes@vanhoutte-bouw-example.be
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient jeroen.claes@vanhoutte-bouw-example.be not found by SMTP address lookup


--9a5c0e3b-77f4-4c1b-9e0f-b2d3f4a19c55
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (203.0.113.25) by
 DB8PR03MB5913.eurprd03.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.0; Mon, 23 Nov
 2026 15:40:01 +0000
From: Privacy team <privacy@shop.example.be>
To: jeroen.claes@vanhoutte-bouw-example.be
Subject: Re: Inzage in mijn gegevens
Date: Mon, 23 Nov 2026 16:39:58 +0100
Message-ID: <pr-2026-1199.reply2@shop.example.be>
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

--9a5c0e3b-77f4-4c1b-9e0f-b2d3f4a19c55--
"""),
    ('nl', 'groupwise-ooo', 'automated', (),
"""Return-Path: <Inge.DeSmet@gemeente-example.be>
Received: from gwia.gemeente-example.be (gwia.gemeente-example.be [198.51.100.33])
	by mail.shop.example.be (Postfix) with ESMTP id 4dL6d9Xs1Nz9sWc
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 10:14:55 +0100 (CET)
Received: from GEM-MTA by gwia.gemeente-example.be
	with Novell_GroupWise; Fri, 20 Nov 2026 10:14:55 +0100
Message-Id: <673DA8AF020000A80008B1E2@gwia.gemeente-example.be>
X-Mailer: GroupWise 18.5.0
Date: Fri, 20 Nov 2026 10:14:55 +0100
From: "Inge De Smet" <Inge.DeSmet@gemeente-example.be>
To: <privacy@shop.example.be>
Subject: Afwezig - Re: Uw aanvraag tot verbetering van uw adres
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="=__Part3F5B8E82.0__="

This is a MIME message. If you are reading this text, you may want to 
consider changing to a mail reader or gateway that understands how to 
properly handle MIME multipart messages.

--=__Part3F5B8E82.0__=
Content-Type: text/plain; charset=US-ASCII
Content-Transfer-Encoding: quoted-printable

Goeiedag,

Ik ben afwezig tot en met maandag 30 november. Uw bericht wordt niet =
doorgestuurd.
Voor dringende vragen over uw dossier kan u terecht bij de dienst =
Burgerzaken, 09 218 40 00 of burgerzaken@gemeente-example.be.

Met vriendelijke groeten,
Inge De Smet
Dienst Burgerzaken

--=__Part3F5B8E82.0__=
Content-Type: text/html; charset=US-ASCII
Content-Transfer-Encoding: quoted-printable

<HTML><HEAD></HEAD><BODY style=3D"MARGIN: 4px 4px 1px; FONT: 10pt Segoe UI=
"><DIV>Goeiedag,</DIV><DIV>&nbsp;</DIV><DIV>Ik ben afwezig tot en met maan=
dag 30 november. Uw bericht wordt niet doorgestuurd.</DIV><DIV>Voor dringe=
nde vragen over uw dossier kan u terecht bij de dienst Burgerzaken, 09 218=
 40 00 of burgerzaken@gemeente-example.be.</DIV><DIV>&nbsp;</DIV><DIV>Met =
vriendelijke groeten,<BR>Inge De Smet<BR>Dienst Burgerzaken</DIV></BODY></=
HTML>

--=__Part3F5B8E82.0__=--
"""),
    ('nl', 'outlook-read-receipt', 'automated', (),
"""Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2101.outbound.protection.outlook.com [40.107.104.101])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dN6r1W2kTz9sWd
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 11:03:19 +0100 (CET)
From: Els Wouters <els.wouters@wouters-advocaten-example.be>
To: Privacy team <privacy@shop.example.be>
Subject: Gelezen: Uw verzoek om inzage (ref. PR-2026-1203)
Thread-Topic: Uw verzoek om inzage (ref. PR-2026-1203)
Thread-Index: AQHbPk3t7xq0rLw2fUq0Dgb5p9Kd0Q==
Date: Tue, 24 Nov 2026 10:03:17 +0000
Message-ID: <DB9PR07MB8611F3C0A7E5E3B1D0F9A1C2D4@DB9PR07MB8611.eurprd07.prod.outlook.com>
References: <pr-2026-1203.answer@shop.example.be>
In-Reply-To: <pr-2026-1203.answer@shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_DB9PR07MB8611F3C0A7E5E3B1D0F9A1C2D4DB9PR07MB8611eurp_"
MIME-Version: 1.0

--_000_DB9PR07MB8611F3C0A7E5E3B1D0F9A1C2D4DB9PR07MB8611eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

VXcgYmVyaWNodAoKICBBYW46IEVscyBXb3V0ZXJzCiAgT25kZXJ3ZXJwOiBVdyB2ZXJ6b2VrIG9t
IGluemFnZSAocmVmLiBQUi0yMDI2LTEyMDMpCiAgVmVyem9uZGVuOiBkaW5zZGFnIDI0IG5vdmVt
YmVyIDIwMjYgMTA6MTI6NDUgKFVUQyswMTowMCkgQnJ1c3NlbCwgS29wZW5oYWdlbiwgTWFkcmlk
LCBQYXJpanMKCmlzIGdlbGV6ZW4gb3AgZGluc2RhZyAyNCBub3ZlbWJlciAyMDI2IDExOjAzOjE3
IChVVEMrMDE6MDApIEJydXNzZWwsIEtvcGVuaGFnZW4sIE1hZHJpZCwgUGFyaWpzLgo=

--_000_DB9PR07MB8611F3C0A7E5E3B1D0F9A1C2D4DB9PR07MB8611eurp_
Content-Type: message/disposition-notification

Reporting-UA: DB9PR07MB8611.eurprd07.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;els.wouters@wouters-advocaten-example.be
Original-Message-ID: <pr-2026-1203.answer@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_DB9PR07MB8611F3C0A7E5E3B1D0F9A1C2D4DB9PR07MB8611eurp_--
"""),
    ('fr', 'exchange-ndr', 'automated', (),
"""Received: from mail.cabinet-lefevre-example.fr (198.51.100.61) by
 mail.shop.example.be (Postfix) with ESMTPS id 4dJ9t5Bc0Mz9sWb
 for <privacy@shop.example.be>; Thu, 12 Nov 2026 17:20:44 +0100 (CET)
From: <postmaster@cabinet-lefevre-example.fr>
To: <privacy@shop.example.be>
Date: Thu, 12 Nov 2026 17:20:42 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="f2b0a8c3-91d4-4e55-8a0b-3c5d7e9f1a2b"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <7e1d0f2c-a3b4-4c5d-9e8f-0a1b2c3d4e5f@EXCH01.cabinet-lefevre-example.local>
In-Reply-To: <pr-2026-1139.done@shop.example.be>
References: <pr-2026-1139.done@shop.example.be>
Thread-Topic: Confirmation de la suppression de votre compte client
Subject: =?iso-8859-1?Q?Non_remis=A0:_Confirmation_de_la_suppression_de_vo?=
 =?iso-8859-1?Q?tre_compte_client?=
Auto-Submitted: auto-replied

--f2b0a8c3-91d4-4e55-8a0b-3c5d7e9f1a2b
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="3c1e5a7b-d2f4-4a6c-8e0b-9d1f3a5c7e9b"

--3c1e5a7b-d2f4-4a6c-8e0b-9d1f3a5c7e9b
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

La remise a =E9chou=E9 pour les destinataires ou groupes suivants :

Martine Lef=E8vre (martine.lefevre@cabinet-lefevre-example.fr)
L'adresse de messagerie que vous avez entr=E9e est introuvable. V=E9rifiez =
l'adresse de messagerie du destinataire et essayez de renvoyer le message. =
Si le probl=E8me persiste, contactez votre support technique.

Informations de diagnostic pour les administrateurs :

Serveur de g=E9n=E9ration : EXCH01.cabinet-lefevre-example.local

martine.lefevre@cabinet-lefevre-example.fr
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

En-t=EAtes du message d'origine :

Received: from mail.shop.example.be (203.0.113.25) by EXCH01.cabinet-lefevr=
e-example.local
 (10.0.0.14) with Microsoft SMTP Server id 15.1.2507.39; Thu, 12 Nov 2026
 17:20:41 +0100
From: Equipe Vie privee <privacy@shop.example.be>
To: <martine.lefevre@cabinet-lefevre-example.fr>
Subject: Confirmation de la suppression de votre compte client
Date: Thu, 12 Nov 2026 17:20:38 +0100
Message-ID: <pr-2026-1139.done@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"

--3c1e5a7b-d2f4-4a6c-8e0b-9d1f3a5c7e9b
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">La remise a =E9chou=
=E9 pour les destinataires ou groupes suivants :</font></b></p>
<p><font color=3D"#000000" size=3D"2" face=3D"Tahoma"><a href=3D"mailto:mar=
tine.lefevre@cabinet-lefevre-example.fr">Martine Lef=E8vre (martine.lefevre=
@cabinet-lefevre-example.fr)</a><br>
L'adresse de messagerie que vous avez entr=E9e est introuvable. V=E9rifiez =
l'adresse de messagerie du destinataire et essayez de renvoyer le message. =
Si le probl=E8me persiste, contactez votre support technique.<br></font></p>
<p><font color=3D"#808080" size=3D"2" face=3D"Tahoma">Informations de diagn=
ostic pour les administrateurs :</font></p>
<p><font color=3D"#808080" size=3D"2" face=3D"Tahoma">Serveur de g=E9n=E9ra=
tion : EXCH01.cabinet-lefevre-example.local</font></p>
<p><font color=3D"#808080" size=3D"2" face=3D"Tahoma">martine.lefevre@cabin=
et-lefevre-example.fr<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##</font></p>
</body></html>

--3c1e5a7b-d2f4-4a6c-8e0b-9d1f3a5c7e9b--

--f2b0a8c3-91d4-4e55-8a0b-3c5d7e9f1a2b
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.cabinet-lefevre-example.local
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Thu, 12 Nov 2026 16:20:41 +0000

Original-Recipient: rfc822;martine.lefevre@cabinet-lefevre-example.fr
Final-Recipient: rfc822;martine.lefevre@cabinet-lefevre-example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found


--f2b0a8c3-91d4-4e55-8a0b-3c5d7e9f1a2b
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (203.0.113.25) by EXCH01.cabinet-lefevre-example.local
 (10.0.0.14) with Microsoft SMTP Server id 15.1.2507.39; Thu, 12 Nov 2026
 17:20:41 +0100
From: Equipe Vie privee <privacy@shop.example.be>
To: <martine.lefevre@cabinet-lefevre-example.fr>
Subject: Confirmation de la suppression de votre compte client
Date: Thu, 12 Nov 2026 17:20:38 +0100
Message-ID: <pr-2026-1139.done@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--f2b0a8c3-91d4-4e55-8a0b-3c5d7e9f1a2b--
"""),
    ('fr', 'zimbra-ooo', 'automated', (),
"""Return-Path: <celine.dubois@mutuelle-horizon-example.be>
Received: from zmta01.mutuelle-horizon-example.be (zmta01.mutuelle-horizon-example.be [198.51.100.88])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dM3h8Rk5Gz9sWc
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 09:02:11 +0100 (CET)
Received: from zstore02.mutuelle-horizon-example.be (localhost [127.0.0.1])
	by zmta01.mutuelle-horizon-example.be (Postfix) with ESMTP id 6B0C21A0452
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 09:02:11 +0100 (CET)
Date: Sat, 21 Nov 2026 09:02:11 +0100 (CET)
From: =?utf-8?Q?C=C3=A9line_Dubois?= <celine.dubois@mutuelle-horizon-example.be>
To: privacy@shop.example.be
Message-ID: <1583417220.4410871.1795248131602.JavaMail.zimbra@mutuelle-horizon-example.be>
In-Reply-To: <pr-2026-1176.reply1@shop.example.be>
Subject: =?utf-8?Q?Absente_jusqu'au_1er_d=C3=A9cembre_-_Re:_Votre_dem?=
 =?utf-8?Q?ande_d'acc=C3=A8s_=C3=A0_vos_donn=C3=A9es?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.9_GA_4679 (zclient/10.0.9_GA_4679)

Bonjour,

Je suis absente du bureau jusqu'au mardi 1er d=C3=A9cembre inclus, sans acc=
=C3=A8s =C3=A0 ma messagerie.
Votre message ne sera pas transf=C3=A9r=C3=A9. En cas d'urgence, vous pouve=
z joindre le service Affiliations au 02 555 12 40.

Bien cordialement,

C=C3=A9line Dubois
Service Affiliations

"""),
    ('de', 'o365-ndr', 'automated', (),
"""Received: from FR2P281MB2903.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:54::11)
 by mail.shop.example.be (Postfix) with ESMTPS id 4dKx9B2wQ1z9sWf
 for <privacy@shop.example.be>; Wed, 18 Nov 2026 09:31:14 +0100 (CET)
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@huber-partner-example.de>
To: <privacy@shop.example.be>
Date: Wed, 18 Nov 2026 08:31:12 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b7d2c9e1-4a3f-4f86-bd21-0c8e6a5f3d17"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID:
	<5d2e8f1a-9b3c-4d7e-a6f0-2c4b8e1d3f5a@FR2P281MB2903.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <pr-2026-1158.done@shop.example.be>
References: <pr-2026-1158.done@shop.example.be>
Subject: =?utf-8?B?VW56dXN0ZWxsYmFyOiBCZXN0w6R0aWd1bmc6IElocmUgRGF0ZW4g?=
 =?utf-8?B?d3VyZGVuIGdlbMO2c2NodA==?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
MIME-Version: 1.0

--b7d2c9e1-4a3f-4f86-bd21-0c8e6a5f3d17
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="e5a1f0c2-6b8d-4e3a-9c7f-1d2e3f4a5b6c"

--e5a1f0c2-6b8d-4e3a-9c7f-1d2e3f4a5b6c
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RGllIFp1c3RlbGx1bmcgSWhyZXIgTmFjaHJpY2h0IGFuIHN0ZWZhbi5odWJlckBodWJlci1wYXJ0
bmVyLWV4YW1wbGUuZGUgaXN0IGZlaGxnZXNjaGxhZ2VuLgoKRGFzIFBvc3RmYWNoIHZvbiBzdGVm
YW4uaHViZXIgaXN0IHZvbGwuCgpQcml2YWN5IHRlYW0KQWt0aW9uIGVyZm9yZGVybGljaApodWJl
ci1wYXJ0bmVyLWV4YW1wbGUuZGUKUG9zdGZhY2ggZGVzIEVtcGbDpG5nZXJzIHZvbGwKCkJlaGVi
ZW4gZGVzIFByb2JsZW1zCkRhcyBQb3N0ZmFjaCBkZXMgRW1wZsOkbmdlcnMgaXN0IHZvbGwgdW5k
IGthbm4gZGVyemVpdCBrZWluZSBOYWNocmljaHRlbiBlbXBmYW5nZW4uIFZlcnN1Y2hlbiBTaWUg
c3DDpHRlciBlcm5ldXQsIGRpZSBOYWNocmljaHQgenUgc2VuZGVuLCBvZGVyIHdlbmRlbiBTaWUg
c2ljaCBkaXJla3QgYW4gZGVuIEVtcGbDpG5nZXIuCgpXZWl0ZXJlIEluZm9ybWF0aW9uZW4gZsO8
ciBFLU1haWwtQWRtaW5pc3RyYXRvcmVuClN0YXR1c2NvZGU6IDU1NCA1LjIuMgoKRGllc2UgTmFj
aHJpY2h0IHd1cmRlIG5pY2h0IHp1Z2VzdGVsbHQsIHdlaWwgZGFzIFBvc3RmYWNoIGRlcyBFbXBm
w6RuZ2VycyBkYXMgS29udGluZ2VudCDDvGJlcnNjaHJpdHRlbiBoYXQuCgpVcnNwcsO8bmdsaWNo
ZSBOYWNocmljaHRlbmtvcGZ6ZWlsZW46CgpGcm9tOiBQcml2YWN5IHRlYW0gPHByaXZhY3lAc2hv
cC5leGFtcGxlLmJlPgpUbzogc3RlZmFuLmh1YmVyQGh1YmVyLXBhcnRuZXItZXhhbXBsZS5kZQpT
dWJqZWN0OiBCZXN0w6R0aWd1bmc6IElocmUgRGF0ZW4gd3VyZGVuIGdlbMO2c2NodApEYXRlOiBX
ZWQsIDE4IE5vdiAyMDI2IDA5OjMxOjA2ICswMTAwCk1lc3NhZ2UtSUQ6IDxwci0yMDI2LTExNTgu
ZG9uZUBzaG9wLmV4YW1wbGUuYmU+Cg==

--e5a1f0c2-6b8d-4e3a-9c7f-1d2e3f4a5b6c
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IHN0eWxlPSJmb250LWZhbWls
eTonU2Vnb2UgVUknLEZydXRpZ2VyLEFyaWFsLHNhbnMtc2VyaWYiPgo8cD5EaWUgWnVzdGVsbHVu
ZyBJaHJlciBOYWNocmljaHQgYW4gPGI+c3RlZmFuLmh1YmVyQGh1YmVyLXBhcnRuZXItZXhhbXBs
ZS5kZTwvYj4gaXN0IGZlaGxnZXNjaGxhZ2VuLjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToyNHB4
O2NvbG9yOiNjMDAwMDAiPjxiPkRhcyBQb3N0ZmFjaCB2b24gc3RlZmFuLmh1YmVyIGlzdCB2b2xs
LjwvYj48L3A+CjxwPjxiPkJlaGViZW4gZGVzIFByb2JsZW1zPC9iPjwvcD48cD5EYXMgUG9zdGZh
Y2ggZGVzIEVtcGbDpG5nZXJzIGlzdCB2b2xsIHVuZCBrYW5uIGRlcnplaXQga2VpbmUgTmFjaHJp
Y2h0ZW4gZW1wZmFuZ2VuLjwvcD4KPHA+U3RhdHVzY29kZTogNTU0IDUuMi4yPC9wPjwvZGl2Pjwv
Ym9keT48L2h0bWw+Cg==

--e5a1f0c2-6b8d-4e3a-9c7f-1d2e3f4a5b6c--

--b7d2c9e1-4a3f-4f86-bd21-0c8e6a5f3d17
Content-Type: message/delivery-status

Reporting-MTA: dns;FR2P281MB2903.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Wed, 18 Nov 2026 08:31:10 +0000

Final-Recipient: rfc822;stefan.huber@huber-partner-example.de
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]


--b7d2c9e1-4a3f-4f86-bd21-0c8e6a5f3d17
Content-Type: message/rfc822

From: Privacy team <privacy@shop.example.be>
To: stefan.huber@huber-partner-example.de
Subject: =?utf-8?Q?Best=C3=A4tigung:_Ihre_Daten_wurden_gel=C3=B6scht?=
Date: Wed, 18 Nov 2026 09:31:06 +0100
Message-ID: <pr-2026-1158.done@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Sehr geehrter Herr Huber,

wie von Ihnen am 30. Oktober gew=C3=BCnscht, haben wir Ihr Kundenkonto gesc=
hlossen und Ihre personenbezogenen Daten gel=C3=B6scht. Ausgenommen sind nu=
r die Rechnungen, die wir nach belgischem Recht sieben Jahre aufbewahren m=
=C3=BCssen.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Datenschutz-Team

--b7d2c9e1-4a3f-4f86-bd21-0c8e6a5f3d17--
"""),
    ('de', 'domino-ooo', 'automated', (),
"""Return-Path: <Klaus.Brenner@brenner-ag-example.de>
Received: from smtp.brenner-ag-example.de (smtp.brenner-ag-example.de [198.51.100.140])
	by mail.shop.example.be (Postfix) with ESMTP id 4dL0a7Hm2Pz9sWb
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 07:45:22 +0100 (CET)
Auto-Submitted: auto-generated
Subject: =?ISO-8859-1?Q?Klaus_Brenner_ist_au=DFer_Haus=2E?=
To: privacy@shop.example.be
From: Klaus Brenner <Klaus.Brenner@brenner-ag-example.de>
Message-ID: <OFA3C1D2E4.5B6F7081-ONC1258C0A.00254F1E-C1258C0A.00254F1E@brenner-ag-example.de>
Date: Thu, 19 Nov 2026 07:45:21 +0100
X-Mailer: HCL Notes Release 12.0.2 November 03, 2022
X-MIMETrack: Serialize by Router on DOMSRV01/BRENNER(Release 12.0.2FP3|March 13, 2024) at
 19.11.2026 07:45:22
MIME-Version: 1.0
Content-type: text/plain; charset=ISO-8859-1
Content-transfer-encoding: quoted-printable


Ich werde ab  16.11.2026 nicht im B=FCro sein. Ich kehre zur=FCck am=20
04.12.2026.

Ich werde Ihre Nachricht nach meiner R=FCckkehr beantworten. In dringenden
F=E4llen wenden Sie sich bitte an Frau Ortmann, Tel. +49 221 4477-210.

Anmerkung: Dies ist eine automatisch erzeugte Antwort auf Ihre
Nachricht  "Ihre Auskunft nach Art. 15 DSGVO" gesendet am 19.11.2026 07:45:=
14.

Dies ist die einzige Benachrichtigung, die Sie empfangen werden, w=E4hrend
diese Person abwesend ist.

"""),
    ('de', 'gmail-vacation', 'automated', (),
"""Delivered-To: privacy@shop.example.be
Return-Path: <lena.schroeder87@gmail.com>
Received: from mail-ej1-f46.google.com (mail-ej1-f46.google.com [209.85.218.46])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dM8q2Vx7Jz9sWd
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 19:26:40 +0100 (CET)
Received: by mail-ej1-f46.google.com with SMTP id a640c23a62f3a-aa5366d3b47so18829166b.0
        for <privacy@shop.example.be>; Sun, 22 Nov 2026 10:26:40 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?Q?Lena_Schr=C3=B6der?= <lena.schroeder87@gmail.com>
Date: Sun, 22 Nov 2026 10:26:39 -0800
Message-ID: <CAJ8x4rT0n=5LkQm3vP8YbWq2Gd9=ZfA@mail.gmail.com>
Subject: Urlaub bis 6.12.
To: privacy@shop.example.be
In-Reply-To: <pr-2026-1184.reply1@shop.example.be>
References: <pr-2026-1184.reply1@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000b3e1a7062a1f5c09"

--000000000000b3e1a7062a1f5c09
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hallo,

ich bin bis einschlie=C3=9Flich 6. Dezember im Urlaub und schaue nur ab und=
 zu in meine Mails. Danach melde ich mich.

Liebe Gr=C3=BC=C3=9Fe
Lena

--000000000000b3e1a7062a1f5c09
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hallo,<div><br></div><div>ich bin bis einschlie=C3=9Flich =
6. Dezember im Urlaub und schaue nur ab und zu in meine Mails. Danach melde=
 ich mich.</div><div><br></div><div>Liebe Gr=C3=BC=C3=9Fe</div><div>Lena</d=
iv></div>

--000000000000b3e1a7062a1f5c09--
"""),
    ('es', 'exchange-ndr', 'automated', (),
"""Received: from construcciones-ruiz-example.es (198.51.100.17) by mail.shop.example.be (Postfix)
 with ESMTPS for <privacy@shop.example.be>; Mon, 9 Nov 2026 12:04:51 +0100
From: <postmaster@construcciones-ruiz-example.es>
To: <privacy@shop.example.be>
Date: Mon, 9 Nov 2026 12:04:51 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: es-ES
Message-ID: <0b9d1f3a-5c7e-4a2b-8d6f-002223611650@construcciones-ruiz-example.es>
Subject: =?utf-8?q?No_se_puede_entregar=3A_Su_solicitud_de_acceso_a_datos_personale?=
 =?utf-8?q?s?=
Auto-Submitted: auto-replied

--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2"

--19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Error en la entrega a estos destinatarios o grupos:

=C3=81lvaro Ruiz Medina (aruiz@construcciones-ruiz-example.es)
El buz=C3=B3n del destinatario est=C3=A1 lleno y no puede aceptar mensajes =
ahora. Vuelva a intentar enviar el mensaje m=C3=A1s tarde o p=C3=B3ngase en=
 contacto directamente con el destinatario.

Informaci=C3=B3n de diagn=C3=B3stico para administradores:

Servidor de generaci=C3=B3n: SRV-EXCH02.construcciones-ruiz.local

aruiz@construcciones-ruiz-example.es
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:=
QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Encabezados del mensaje original:

From: Privacy team <privacy@shop.example.be>
To: <aruiz@construcciones-ruiz-example.es>
Subject: Su solicitud de acceso a datos personales
Date: Mon, 9 Nov 2026 12:04:46 +0100
Message-ID: <pr-2026-1119.answer@shop.example.be>

--19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p><font face=3D"Tahoma" size=3D"2">Error en la entr=
ega a estos destinatarios o grupos:</font></p><p><font face=3D"Tahoma" size=
=3D"2">=C3=81lvaro Ruiz Medina (aruiz@construcciones-ruiz-example.es)<br>El=
 buz=C3=B3n del destinatario est=C3=A1 lleno y no puede aceptar mensajes ah=
ora. Vuelva a intentar enviar el mensaje m=C3=A1s tarde o p=C3=B3ngase en c=
ontacto directamente con el destinatario.</font></p></body></html>

--19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2--

--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31
Content-Type: message/delivery-status

Reporting-MTA: dns;construcciones-ruiz-example.es
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Mon, 9 Nov 2026 12:04:51 +0100

Final-Recipient: rfc822;aruiz@construcciones-ruiz-example.es
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded


--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31
Content-Type: text/rfc822-headers

From: Privacy team <privacy@shop.example.be>
To: <aruiz@construcciones-ruiz-example.es>
Subject: Su solicitud de acceso a datos personales
Date: Mon, 9 Nov 2026 12:04:46 +0100
Message-ID: <pr-2026-1119.answer@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_c41a"

--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31--
"""),
    ('es', 'icloud-vacation', 'automated', (),
"""Return-Path: <carmen.ibanez@icloud.com>
Received: from st43p00im-ztdg10073201.me.com (st43p00im-ztdg10073201.me.com [17.58.63.179])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dNb3s0Cq8z9sWe
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 21:12:08 +0100 (CET)
Received: from p00-icloudmta-asmtp-us-west-3a-100-percent-1 (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])
	by st43p00im-ztdg10073201.me.com (Postfix) with ESMTPS id 2F0C98001A3
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 20:12:07 +0000 (UTC)
From: =?utf-8?Q?Carmen_Ib=C3=A1=C3=B1ez?= <carmen.ibanez@icloud.com>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Re:_Confirmaci=C3=B3n:_hemos_eliminado_su_cuenta?=
Date: Thu, 26 Nov 2026 20:12:07 +0000 (UTC)
Message-ID: <4c0d2b1e-8f3a-4a5b-b6c7-d8e9f0a1b2c3@me.com>
In-Reply-To: <pr-2026-1214.done@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hola,

Estoy de viaje hasta el 9 de diciembre y apenas miro el correo. Te contesto a la vuelta.

Un abrazo,
Carmen
"""),
    ('it', 'exchange-ndr', 'automated', (),
"""Received: from studiobianchi-example.it (198.51.100.17) by mail.shop.example.be (Postfix)
 with ESMTPS for <privacy@shop.example.be>; Tue, 10 Nov 2026 09:55:30 +0100
From: <postmaster@studiobianchi-example.it>
To: <privacy@shop.example.be>
Date: Tue, 10 Nov 2026 09:55:30 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: it-IT
Message-ID: <0b9d1f3a-5c7e-4a2b-8d6f-002110756019@studiobianchi-example.it>
Subject: =?utf-8?q?Non_recapitabile=3A_Verifica_della_sua_identit=C3=A0_-_richiesta?=
 =?utf-8?q?_PR-2026-1122?=
Auto-Submitted: auto-replied

--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2"

--19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

UmVjYXBpdG8gbm9uIHJpdXNjaXRvIGFpIGRlc3RpbmF0YXJpIG8gZ3J1cHBpIHNlZ3VlbnRpOgoK
R2lvcmdpbyBCaWFuY2hpIChnLmJpYW5jaGlAc3R1ZGlvYmlhbmNoaS1leGFtcGxlLml0KQpJbXBv
c3NpYmlsZSB0cm92YXJlIGwnaW5kaXJpenpvIGRpIHBvc3RhIGVsZXR0cm9uaWNhIGltbWVzc28u
IFZlcmlmaWNhcmUgbCdpbmRpcml6em8gZGkgcG9zdGEgZWxldHRyb25pY2EgZGVsIGRlc3RpbmF0
YXJpbyBlIHByb3ZhcmUgYSBpbnZpYXJlIGRpIG51b3ZvIGlsIG1lc3NhZ2dpby4gU2UgaWwgcHJv
YmxlbWEgcGVyc2lzdGUsIGNvbnRhdHRhcmUgaWwgc3VwcG9ydG8gdGVjbmljby4KCkluZm9ybWF6
aW9uaSBkaSBkaWFnbm9zdGljYSBwZXIgZ2xpIGFtbWluaXN0cmF0b3JpOgoKU2VydmVyIGRpIGdl
bmVyYXppb25lOiBNQUlMMDEuc3R1ZGlvYmlhbmNoaS5sb2NhbAoKZy5iaWFuY2hpQHN0dWRpb2Jp
YW5jaGktZXhhbXBsZS5pdAojNTUwIDUuMS4xIFJFU09MVkVSLkFEUi5SZWNpcE5vdEZvdW5kOyBu
b3QgZm91bmQgIyMKCkludGVzdGF6aW9uaSBkZWwgbWVzc2FnZ2lvIG9yaWdpbmFsZToKClJlY2Vp
dmVkOiBmcm9tIG1haWwuc2hvcC5leGFtcGxlLmJlICgyMDMuMC4xMTMuMjUpIGJ5IE1BSUwwMS5z
dHVkaW9iaWFuY2hpLmxvY2FsCiAoMTAuMS4xLjQpIHdpdGggTWljcm9zb2Z0IFNNVFAgU2VydmVy
IGlkIDE1LjIuMTU0NC4xMTsgVHVlLCAxMCBOb3YgMjAyNgogMDk6NTU6MjkgKzAxMDAKRnJvbTog
UHJpdmFjeSB0ZWFtIDxwcml2YWN5QHNob3AuZXhhbXBsZS5iZT4KVG86IDxnLmJpYW5jaGlAc3R1
ZGlvYmlhbmNoaS1leGFtcGxlLml0PgpTdWJqZWN0OiA9P3V0Zi04P1E/VmVyaWZpY2FfZGVsbGFf
c3VhX2lkZW50aXQ9QzM9QTBfLV9yaWNoaWVzdGFfUFItMjAyNi0xMTIyPz0KRGF0ZTogVHVlLCAx
MCBOb3YgMjAyNiAwOTo1NToyNiArMDEwMApNZXNzYWdlLUlEOiA8cHItMjAyNi0xMTIyLmlkY2hl
Y2tAc2hvcC5leGFtcGxlLmJlPgo=

--19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD48Zm9udCBmYWNlPSJUYWhvbWEi
IHNpemU9IjIiPlJlY2FwaXRvIG5vbiByaXVzY2l0byBhaSBkZXN0aW5hdGFyaSBvIGdydXBwaSBz
ZWd1ZW50aTo8L2ZvbnQ+PC9wPjxwPjxmb250IGZhY2U9IlRhaG9tYSIgc2l6ZT0iMiI+R2lvcmdp
byBCaWFuY2hpIChnLmJpYW5jaGlAc3R1ZGlvYmlhbmNoaS1leGFtcGxlLml0KTxicj5JbXBvc3Np
YmlsZSB0cm92YXJlIGwnaW5kaXJpenpvIGRpIHBvc3RhIGVsZXR0cm9uaWNhIGltbWVzc28uIFZl
cmlmaWNhcmUgbCdpbmRpcml6em8gZGkgcG9zdGEgZWxldHRyb25pY2EgZGVsIGRlc3RpbmF0YXJp
byBlIHByb3ZhcmUgYSBpbnZpYXJlIGRpIG51b3ZvIGlsIG1lc3NhZ2dpby4gU2UgaWwgcHJvYmxl
bWEgcGVyc2lzdGUsIGNvbnRhdHRhcmUgaWwgc3VwcG9ydG8gdGVjbmljby48L2ZvbnQ+PC9wPjwv
Ym9keT48L2h0bWw+Cg==

--19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2--

--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31
Content-Type: message/delivery-status

Reporting-MTA: dns;studiobianchi-example.it
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Tue, 10 Nov 2026 09:55:30 +0100

Final-Recipient: rfc822;g.bianchi@studiobianchi-example.it
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found


--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (203.0.113.25) by MAIL01.studiobianchi.local
 (10.1.1.4) with Microsoft SMTP Server id 15.2.1544.11; Tue, 10 Nov 2026
 09:55:29 +0100
From: Privacy team <privacy@shop.example.be>
To: <g.bianchi@studiobianchi-example.it>
Subject: =?utf-8?Q?Verifica_della_sua_identit=C3=A0_-_richiesta_PR-2026-1122?=
Date: Tue, 10 Nov 2026 09:55:26 +0100
Message-ID: <pr-2026-1122.idcheck@shop.example.be>

--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31--
"""),
    ('it', 'sieve-vacation', 'automated', (),
"""Return-Path: <>
Received: from mx.studioconti-example.it (mx.studioconti-example.it [198.51.100.99])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dMf8n1Lr3z9sWc
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 08:00:41 +0100 (CET)
Message-ID: <dovecot-sieve-1795417241-801366-0@mx.studioconti-example.it>
Date: Mon, 23 Nov 2026 08:00:41 +0100
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
X-Sieve-Redirected-From: francesca@studioconti-example.it
From: Francesca Conti <francesca@studioconti-example.it>
To: <privacy@shop.example.be>
Subject: Assente fino al 7 dicembre
In-Reply-To: <pr-2026-1193.reply1@shop.example.be>
References: <pr-2026-1193.reply1@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Buongiorno,

sono fuori ufficio fino a luned=C3=AC 7 dicembre compreso e non ho accesso =
regolare alla posta.
Per questioni urgenti scrivete a segreteria@studioconti-example.it.

Grazie, cordiali saluti
Francesca Conti

"""),
    ('pt', 'outlook-ooo', 'automated', (),
"""Received: from mail-pt-obe.outbound.protection.outlook.com (40.107.6.101)
	by mail.shop.example.be (Postfix) with ESMTPS
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 15:22:09 +0000
From: =?utf-8?q?Rui_Carvalho?= <rui.carvalho@transitarios-example.pt>
To: Privacy team <privacy@shop.example.be>
Subject: =?utf-8?q?Resposta_autom=C3=A1tica=3A_Os_seus_dados_em_formato_CSV_-_pedid?=
 =?utf-8?q?o_PR-2026-1178?=
Thread-Topic: =?utf-8?q?Os_seus_dados_em_formato_CSV_-_pedido_PR-2026-1178?=
Thread-Index: AQHbQ2xq9p0tV3k1S0e8n2Ym1rR7Gw==
Date: Fri, 20 Nov 2026 15:22:09 +0000
Message-ID: <RUICARVA7712A1B2C3D4E5F60718@eurprd04.prod.outlook.com>
References: <pr-2026-1157.reply1@shop.example.be>
In-Reply-To: <pr-2026-1157.reply1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: rui.carvalho@transitarios-example.pt
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_RUICARVALHPR04MB7712_"
MIME-Version: 1.0


--_000_RUICARVALHPR04MB7712_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

T2JyaWdhZG8gcGVsbyBzZXUgZW1haWwuCgpFbmNvbnRyby1tZSBhdXNlbnRlIGF0w6kgZGlhIDIg
ZGUgZGV6ZW1icm8sIGNvbSBhY2Vzc28gbGltaXRhZG8gYW8gY29ycmVpbyBlbGV0csOzbmljby4g
UGFyYSBhc3N1bnRvcyB1cmdlbnRlcywgcG9yIGZhdm9yIGNvbnRhY3RlIGEgbWluaGEgY29sZWdh
IEFuYSBTb3VzYSAoYW5hLnNvdXNhQHRyYW5zaXRhcmlvcy1leGFtcGxlLnB0KS4KCkN1bXByaW1l
bnRvcywKUnVpIENhcnZhbGhvCg==

--_000_RUICARVALHPR04MB7712_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IHN0eWxlPSJmb250LWZhbWls
eTpDYWxpYnJpLEFyaWFsLEhlbHZldGljYSxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxMXB0Ij5PYnJp
Z2FkbyBwZWxvIHNldSBlbWFpbC48L2Rpdj48ZGl2Pjxicj48L2Rpdj48ZGl2PkVuY29udHJvLW1l
IGF1c2VudGUgYXTDqSBkaWEgMiBkZSBkZXplbWJybywgY29tIGFjZXNzbyBsaW1pdGFkbyBhbyBj
b3JyZWlvIGVsZXRyw7NuaWNvLiBQYXJhIGFzc3VudG9zIHVyZ2VudGVzLCBwb3IgZmF2b3IgY29u
dGFjdGUgYSBtaW5oYSBjb2xlZ2EgQW5hIFNvdXNhIChhbmEuc291c2FAdHJhbnNpdGFyaW9zLWV4
YW1wbGUucHQpLjwvZGl2PjxkaXY+PGJyPjwvZGl2PjxkaXY+Q3VtcHJpbWVudG9zLDxicj5SdWkg
Q2FydmFsaG88YnI+PC9kaXY+PC9ib2R5PjwvaHRtbD4K

--_000_RUICARVALHPR04MB7712_--
"""),
    ('pl', 'exchange-ndr', 'automated', (),
"""Received: from meble-kowalski-example.pl (198.51.100.17) by mail.shop.example.be (Postfix)
 with ESMTPS for <privacy@shop.example.be>; Wed, 11 Nov 2026 10:17:02 +0100
From: <postmaster@meble-kowalski-example.pl>
To: <privacy@shop.example.be>
Date: Wed, 11 Nov 2026 10:17:02 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pl-PL
Message-ID: <0b9d1f3a-5c7e-4a2b-8d6f-003997844193@meble-kowalski-example.pl>
Subject: =?iso-8859-2?q?Niedostarczalne=3A_We_need_to_confirm_it_is_you_-_request_P?=
 =?iso-8859-2?q?R-2026-1131?=
Auto-Submitted: auto-replied

--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2"

--19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Dostarczenie do tych adresat=F3w lub grup nie powiod=B3o si=EA:

biuro@meble-kowalski-example.pl
Nie mo=BFna odnale=BC=E6 wprowadzonego adresu e-mail. Sprawd=BC adres e-mai=
l adresata i spr=F3buj ponownie wys=B3a=E6 wiadomo=B6=E6. Je=B6li problem b=
=EAdzie nadal wyst=EApowa=E6, skontaktuj si=EA z dzia=B3em pomocy techniczn=
ej.

Informacje diagnostyczne dla administrator=F3w:

Serwer generuj=B1cy: EX2019.meblekowalski.local

biuro@meble-kowalski-example.pl
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

Nag=B3=F3wki oryginalnej wiadomo=B6ci:

From: Privacy team <privacy@shop.example.be>
To: <biuro@meble-kowalski-example.pl>
Subject: We need to confirm it is you - request PR-2026-1131
Date: Wed, 11 Nov 2026 10:16:58 +0100
Message-ID: <pr-2026-1131.idcheck@shop.example.be>

--19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2
Content-Type: text/html; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-2"></head><body><p><font face=3D"Tahoma" size=3D"2">Dostarczeni=
e do tych adresat=F3w lub grup nie powiod=B3o si=EA:</font></p><p><font fac=
e=3D"Tahoma" size=3D"2">biuro@meble-kowalski-example.pl<br>Nie mo=BFna odna=
le=BC=E6 wprowadzonego adresu e-mail. Sprawd=BC adres e-mail adresata i spr=
=F3buj ponownie wys=B3a=E6 wiadomo=B6=E6. Je=B6li problem b=EAdzie nadal wy=
st=EApowa=E6, skontaktuj si=EA z dzia=B3em pomocy technicznej.</font></p></=
body></html>

--19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2--

--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31
Content-Type: message/delivery-status

Reporting-MTA: dns;meble-kowalski-example.pl
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Wed, 11 Nov 2026 10:17:02 +0100

Final-Recipient: rfc822;biuro@meble-kowalski-example.pl
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup


--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31
Content-Type: text/rfc822-headers

From: Privacy team <privacy@shop.example.be>
To: <biuro@meble-kowalski-example.pl>
Subject: We need to confirm it is you - request PR-2026-1131
Date: Wed, 11 Nov 2026 10:16:58 +0100
Message-ID: <pr-2026-1131.idcheck@shop.example.be>

--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31--
"""),
    ('pl', 'outlook-ooo', 'automated', (),
"""Received: from mail-pl-obe.outbound.protection.outlook.com (40.107.6.101)
	by mail.shop.example.be (Postfix) with ESMTPS
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 07:01:44 +0000
From: =?utf-8?q?Magdalena_Wi=C5=9Bniewska?= <m.wisniewska@biuro-rachunkowe-example.pl>
To: Privacy team <privacy@shop.example.be>
Subject: =?utf-8?q?Automatyczna_odpowied=C5=BA=3A_Re=3A_Usuni=C4=99cie_konta_i_dany?=
 =?utf-8?q?ch?=
Thread-Topic: =?utf-8?q?Re=3A_Usuni=C4=99cie_konta_i_danych?=
Thread-Index: AQHbQ2xq9p0tV3k1S0e8n2Ym1rR7Gw==
Date: Fri, 27 Nov 2026 07:01:44 +0000
Message-ID: <MWISNIEW7712A1B2C3D4E5F60718@eurprd04.prod.outlook.com>
References: <pr-2026-1196.reply1@shop.example.be>
In-Reply-To: <pr-2026-1196.reply1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: m.wisniewska@biuro-rachunkowe-example.pl
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

jestem na urlopie do 4.12.2026 r. w=C5=82=C4=85cznie. Po powrocie odpowiem =
na Pa=C5=84stwa wiadomo=C5=9B=C4=87.
W pilnych sprawach prosz=C4=99 dzwoni=C4=87 do biura: 22 654 11 20.

Pozdrawiam
Magdalena Wi=C5=9Bniewska
"""),
    ('cs', 'kerio-dsn', 'automated', (),
"""Return-Path: <>
Received: from mail.strojirny-novak-example.cz (mail.strojirny-novak-example.cz [198.51.100.170])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dKz0R5fT1z9sWb
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 14:05:35 +0100 (CET)
From: "Kerio Connect" <postmaster@strojirny-novak-example.cz>
To: <privacy@shop.example.be>
Subject: =?UTF-8?B?TmVkb3J1xI1pdGVsbsOhIHpwcsOhdmE6IFJlOiDFvcOhZG9zdCBvIHbDvW1heg==?=
 =?UTF-8?B?IG9zb2Juw61jaCDDumRhasWv?=
Date: Wed, 18 Nov 2026 14:05:34 +0100
Message-ID: <dsn-20261118140534-7f1e@strojirny-novak-example.cz>
X-Mailer: Kerio Connect 10.0.6 patch 1
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=-k7sQm1Hc0tWz8pA3fX2e"

--=-k7sQm1Hc0tWz8pA3fX2e
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

VmHFoWkgenByw6F2dSBuZWJ5bG8gbW/Fvm7DqSBkb3J1xI1pdCBuw6FzbGVkdWrDrWPDrW0gcMWZ
w61qZW1jxa9tOgoKICBwZXRyLm5vdmFrQHN0cm9qaXJueS1ub3Zhay1leGFtcGxlLmN6CiAgICBE
xa92b2Q6IFNjaHLDoW5rYSBwxZnDrWplbWNlIGplIHBsbsOhICg1NTIgNS4yLjIgTWFpbGJveCBx
dW90YSBleGNlZWRlZCkKClpwcsOhdmEgYnlsYSBwxZlpamF0YSBzZXJ2ZXJlbSBtYWlsLnN0cm9q
aXJueS1ub3Zhay1leGFtcGxlLmN6IGRuZSAxOC4xMS4yMDI2IHYgMTQ6MDU6MzMuClDFr3ZvZG7D
rSBobGF2acSNa3kgenByw6F2eSBqc291IHDFmWlsb8W+ZW55LgoKVG90byBqZSBhdXRvbWF0aWNr
eSBnZW5lcm92YW7DoSB6cHLDoXZhLCBuZW9kcG92w61kZWp0ZSBuYSBuaS4K

--=-k7sQm1Hc0tWz8pA3fX2e
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.strojirny-novak-example.cz
Arrival-Date: Wed, 18 Nov 2026 14:05:33 +0100

Final-Recipient: rfc822; petr.novak@strojirny-novak-example.cz
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded

--=-k7sQm1Hc0tWz8pA3fX2e
Content-Type: text/rfc822-headers

From: Privacy team <privacy@shop.example.be>
To: petr.novak@strojirny-novak-example.cz
Subject: =?UTF-8?Q?Re:_=C5=BD=C3=A1dost_o_v=C3=BDmaz_osobn=C3=ADch_=C3=BAdaj=C5=AF?=
Date: Wed, 18 Nov 2026 14:05:30 +0100
Message-ID: <pr-2026-1163.reply1@shop.example.be>

--=-k7sQm1Hc0tWz8pA3fX2e--
"""),
    ('cs', 'thunderbird-mdn', 'automated', (),
"""Return-Path: <jana.dvorakova@seznam.cz>
Received: from mxout1.seznam.cz (mxout1.seznam.cz [77.75.78.21])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dNq7t9Yw2z9sWc
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 19:48:03 +0100 (CET)
Message-ID: <5b3f0e9a-2d61-4c8f-a0b7-3e9d1c4f6a28@seznam.cz>
Date: Fri, 27 Nov 2026 19:48:01 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?UTF-8?B?SmFuYSBEdm/FmcOha292w6E=?= <jana.dvorakova@seznam.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Potvrzen=C3=AD_o_p=C5=99e=C4=8Dten=C3=AD_=28zobrazeno=29_-_Va=C5=A1e_?=
 =?UTF-8?Q?data_ve_strojov=C4=9B_=C4=8Diteln=C3=A9m_form=C3=A1tu?=
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------0fXr5b1Yq2NnVQ3k1mLw8TdJ"

This is a multi-part message in MIME format.
--------------0fXr5b1Yq2NnVQ3k1mLw8TdJ
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Toto je potvrzení o přečtení zprávy, kterou jste odeslali na adresu jana.dvorakova@seznam.cz.

Poznámka: Toto potvrzení pouze dokládá, že zpráva byla zobrazena na počítači příjemce. Není zaručeno, že příjemce zprávu přečetl nebo porozuměl jejímu obsahu.

--------------0fXr5b1Yq2NnVQ3k1mLw8TdJ
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: seznam.cz; Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0)
 Gecko/20100101 Thunderbird/128.5.0
Final-Recipient: rfc822;jana.dvorakova@seznam.cz
Original-Message-ID: <pr-2026-1216.export@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------0fXr5b1Yq2NnVQ3k1mLw8TdJ
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

From: Privacy team <privacy@shop.example.be>
To: jana.dvorakova@seznam.cz
Subject: =?UTF-8?Q?Va=C5=A1e_data_ve_strojov=C4=9B_=C4=8Diteln=C3=A9m_form=C3=A1tu?=
Date: Fri, 27 Nov 2026 16:30:12 +0100
Message-ID: <pr-2026-1216.export@shop.example.be>
Disposition-Notification-To: privacy@shop.example.be

--------------0fXr5b1Yq2NnVQ3k1mLw8TdJ--
"""),
    ('hr', 'outlook-ooo', 'automated', (),
"""Received: from mail-hr-obe.outbound.protection.outlook.com (40.107.6.101)
	by mail.shop.example.be (Postfix) with ESMTPS
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 11:40:27 +0000
From: =?utf-8?q?Ivana_Horvat?= <ivana.horvat@turisticka-agencija-example.hr>
To: Privacy team <privacy@shop.example.be>
Subject: =?utf-8?q?Automatski_odgovor=3A_Va=C5=A1_zahtjev_za_brisanje_podataka?=
Thread-Topic: =?utf-8?q?Va=C5=A1_zahtjev_za_brisanje_podataka?=
Thread-Index: AQHbQ2xq9p0tV3k1S0e8n2Ym1rR7Gw==
Date: Tue, 17 Nov 2026 11:40:27 +0000
Message-ID: <IVANAHOR7712A1B2C3D4E5F60718@eurprd04.prod.outlook.com>
References: <pr-2026-1213.reply1@shop.example.be>
In-Reply-To: <pr-2026-1213.reply1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: ivana.horvat@turisticka-agencija-example.hr
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_IVANAHORVAPR04MB7712_"
MIME-Version: 1.0


--_000_IVANAHORVAPR04MB7712_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

trenutno sam na godi=C5=A1njem odmoru, do ponedjeljka 30. studenoga. Va=C5=
=A1a poruka ne=C4=87e biti proslije=C4=91ena.
Za hitne stvari obratite se na info@turisticka-agencija-example.hr ili na b=
roj 021 345 678.

Lijep pozdrav,
Ivana Horvat

--_000_IVANAHORVAPR04MB7712_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><div style=3D"font-family:Calibri,Arial,Helvetica,sa=
ns-serif;font-size:11pt">Po=C5=A1tovani,</div><div><br></div><div>trenutno =
sam na godi=C5=A1njem odmoru, do ponedjeljka 30. studenoga. Va=C5=A1a poruk=
a ne=C4=87e biti proslije=C4=91ena.<br>Za hitne stvari obratite se na info@=
turisticka-agencija-example.hr ili na broj 021 345 678.</div><div><br></div=
><div>Lijep pozdrav,<br>Ivana Horvat<br></div></body></html>

--_000_IVANAHORVAPR04MB7712_--
"""),
    ('hr', 'znuny-ticket-ack', 'automated', (),
"""Return-Path: <podrska@webtrgovina-partner-example.hr>
Received: from helpdesk.webtrgovina-partner-example.hr (helpdesk.webtrgovina-partner-example.hr [198.51.100.211])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dLk2c7Fh5z9sWd
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 13:27:51 +0100 (CET)
From: "Podrska - Webtrgovina Partner d.o.o." <podrska@webtrgovina-partner-example.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[Ticket#2026112010000087]_Zaprimljen_va=C5=A1_upit_-_Re:_Zahtjev_za_pristup_osobnim_podacima?=
Date: Fri, 20 Nov 2026 13:27:50 +0100
Message-ID: <1795264070.418203.391716482@helpdesk.webtrgovina-partner-example.hr>
In-Reply-To: <pr-2026-1181.fwd@shop.example.be>
References: <pr-2026-1181.fwd@shop.example.be>
X-Loop: yes
X-OTRS-Loop: yes
Auto-Submitted: auto-replied
Precedence: bulk
X-Mailer: Znuny Mail Service (6.5.x)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Poštovani,

zaprimili smo Vaš upit i dodijelili mu broj [Ticket#2026112010000087].
Naš tim će Vam odgovoriti u najkraćem mogućem roku, najkasnije u roku od 2 radna dana.

Molimo Vas da u daljnjoj korespondenciji ne mijenjate naslov poruke kako bi se odgovor automatski povezao s Vašim upitom.

Ovo je automatski generirana poruka. Molimo ne odgovarajte na nju.

S poštovanjem,
Korisnička podrška
Webtrgovina Partner d.o.o.
"""),
    ('sv', 'exchange-ndr', 'automated', (),
"""Received: from lindqvist-bygg-example.se (198.51.100.17) by mail.shop.example.be (Postfix)
 with ESMTPS for <privacy@shop.example.be>; Thu, 19 Nov 2026 15:09:44 +0100
From: <postmaster@lindqvist-bygg-example.se>
To: <privacy@shop.example.be>
Date: Thu, 19 Nov 2026 15:09:44 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID: <0b9d1f3a-5c7e-4a2b-8d6f-000023297754@lindqvist-bygg-example.se>
Subject: =?utf-8?q?Ej_levererbart=3A_Your_personal_data_-_copy_as_requested?=
Auto-Submitted: auto-replied

--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2"

--19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

TGV2ZXJhbnNlbiBtaXNzbHlja2FkZXMgdGlsbCBmw7ZsamFuZGUgbW90dGFnYXJlIGVsbGVyIGdy
dXBwZXI6CgpKb2hhbiBMaW5kcXZpc3QgKGpvaGFuQGxpbmRxdmlzdC1ieWdnLWV4YW1wbGUuc2Up
CkRldCBnaWNrIGludGUgYXR0IGhpdHRhIGUtcG9zdGFkcmVzc2VuIHNvbSBkdSBhbmdhdi4gS29u
dHJvbGxlcmEgbW90dGFnYXJlbnMgZS1wb3N0YWRyZXNzIG9jaCBmw7Zyc8O2ayBza2lja2EgbWVk
ZGVsYW5kZXQgaWdlbi4gS29udGFrdGEgc3VwcG9ydGF2ZGVsbmluZ2VuIG9tIHByb2JsZW1ldCBr
dmFyc3TDpXIuCgpEaWFnbm9zdGlraW5mb3JtYXRpb24gZsO2ciBhZG1pbmlzdHJhdMO2cmVyOgoK
R2VuZXJlcmFyIHNlcnZlcjogRVhDSC5saW5kcXZpc3RieWdnLmxvY2FsCgpqb2hhbkBsaW5kcXZp
c3QtYnlnZy1leGFtcGxlLnNlClJlbW90ZSBTZXJ2ZXIgcmV0dXJuZWQgJzU1MCA1LjEuMSBSRVNP
TFZFUi5BRFIuUmVjaXBOb3RGb3VuZDsgbm90IGZvdW5kJwoKVXJzcHJ1bmdsaWdhIG1lZGRlbGFu
ZGVodXZ1ZGVuOgoKRnJvbTogUHJpdmFjeSB0ZWFtIDxwcml2YWN5QHNob3AuZXhhbXBsZS5iZT4K
VG86IDxqb2hhbkBsaW5kcXZpc3QtYnlnZy1leGFtcGxlLnNlPgpTdWJqZWN0OiBZb3VyIHBlcnNv
bmFsIGRhdGEgLSBjb3B5IGFzIHJlcXVlc3RlZApEYXRlOiBUaHUsIDE5IE5vdiAyMDI2IDE1OjA5
OjQwICswMTAwCk1lc3NhZ2UtSUQ6IDxwci0yMDI2LTExNzUuYW5zd2VyQHNob3AuZXhhbXBsZS5i
ZT4K

--19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD48Zm9udCBmYWNlPSJUYWhvbWEi
IHNpemU9IjIiPkxldmVyYW5zZW4gbWlzc2x5Y2thZGVzIHRpbGwgZsO2bGphbmRlIG1vdHRhZ2Fy
ZSBlbGxlciBncnVwcGVyOjwvZm9udD48L3A+PHA+PGZvbnQgZmFjZT0iVGFob21hIiBzaXplPSIy
Ij5Kb2hhbiBMaW5kcXZpc3QgKGpvaGFuQGxpbmRxdmlzdC1ieWdnLWV4YW1wbGUuc2UpPGJyPkRl
dCBnaWNrIGludGUgYXR0IGhpdHRhIGUtcG9zdGFkcmVzc2VuIHNvbSBkdSBhbmdhdi4gS29udHJv
bGxlcmEgbW90dGFnYXJlbnMgZS1wb3N0YWRyZXNzIG9jaCBmw7Zyc8O2ayBza2lja2EgbWVkZGVs
YW5kZXQgaWdlbi4gS29udGFrdGEgc3VwcG9ydGF2ZGVsbmluZ2VuIG9tIHByb2JsZW1ldCBrdmFy
c3TDpXIuPC9mb250PjwvcD48L2JvZHk+PC9odG1sPgo=

--19f7d3c5-2a8e-4b61-9d0f-e3c5a7b9d1f2--

--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31
Content-Type: message/delivery-status

Reporting-MTA: dns;lindqvist-bygg-example.se
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Thu, 19 Nov 2026 15:09:44 +0100

Final-Recipient: rfc822;johan@lindqvist-bygg-example.se
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found


--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31
Content-Type: text/rfc822-headers

From: Privacy team <privacy@shop.example.be>
To: <johan@lindqvist-bygg-example.se>
Subject: Your personal data - copy as requested
Date: Thu, 19 Nov 2026 15:09:40 +0100
Message-ID: <pr-2026-1175.answer@shop.example.be>

--c4e2a1f0-7d3b-4e9a-8f16-5b0d2c7e9a31--
"""),
    ('ro', 'thunderbird-filter-reply', 'automated', (),
"""Return-Path: <andrei.popescu@yahoo.ro>
Received: from sonic316-12.consmr.mail.ir2.yahoo.com (sonic316-12.consmr.mail.ir2.yahoo.com [77.238.179.39])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dMx2Hh9Bnz9sWb
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 22:51:17 +0100 (CET)
Message-ID: <8d1a3f2e-5b7c-4e90-a1d4-6c2f8b0e3a95@yahoo.ro>
Date: Tue, 24 Nov 2026 23:51:14 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?UTF-8?Q?Re:_Corectarea_datelor_dumneavoastr=C4=83_de_livrare?=
To: privacy@shop.example.be
From: Andrei Popescu <andrei.popescu@yahoo.ro>
Content-Language: ro
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Bună ziua,

Acesta este un răspuns automat. Sunt plecat din țară până pe 10 decembrie și verific e-mailul foarte rar.
Vă voi răspunde după ce mă întorc.

Mulțumesc pentru înțelegere,
Andrei Popescu
"""),
    ('el', 'outlook-ooo', 'automated', (),
"""Received: from mail-el-obe.outbound.protection.outlook.com (40.107.6.101)
	by mail.shop.example.be (Postfix) with ESMTPS
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 08:15:02 +0000
From: =?utf-8?b?zpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM+Mz4DOv8+FzrvOv8+C?= <g.papadopoulos@nautiliaki-example.gr>
To: Privacy team <privacy@shop.example.be>
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOlyDOsc6vz4TOt8+D?=
 =?utf-8?b?zq4gz4POsc+CIM6zzrnOsSDPgM+Bz4zPg86yzrHPg863IM+Dz4TOsSDPgM+B?=
 =?utf-8?b?zr/Pg8+Jz4DOuc66zqwgz4POsc+CIM60zrXOtM6/zrzOrc69zrE=?=
Thread-Topic: =?utf-8?b?zpcgzrHOr8+EzrfPg86uIM+DzrHPgiDOs865zrEgz4DPgc+Mz4POss6xz4POtyA=?=
 =?utf-8?b?z4PPhM6xIM+Az4HOv8+Dz4nPgM65zrrOrCDPg86xz4IgzrTOtc60zr/OvM6t?=
 =?utf-8?b?zr3OsQ==?=
Thread-Index: AQHbQ2xq9p0tV3k1S0e8n2Ym1rR7Gw==
Date: Wed, 25 Nov 2026 08:15:02 +0000
Message-ID: <GPAPADOP7712A1B2C3D4E5F60718@eurprd04.prod.outlook.com>
References: <pr-2026-1210.reply1@shop.example.be>
In-Reply-To: <pr-2026-1210.reply1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: g.papadopoulos@nautiliaki-example.gr
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_GPAPADOPOUPR04MB7712_"
MIME-Version: 1.0


--_000_GPAPADOPOUPR04MB7712_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfOvM6tz4HOsSDPg86xz4IsCgrOuM6xIM6xz4DOv8+Fz4POuc6szrbPiSDOsc+Az4wg
z4TOvyDOs8+BzrHPhs61zq/OvyDOrc+Jz4IgzrrOsc65IM+EzrfOvSDOoM6tzrzPgM+EzrcgMyDO
lM61zrrOtc68zrLPgc6vzr/PhSwgz4fPic+Bzq/PgiDPgM+Bz4zPg86yzrHPg863IM+Dz4TOvyDO
t867zrXOus+Ez4HOv869zrnOus+MIM+EzrHPh8+FzrTPgc6/zrzOtc6vzr8uCs6TzrnOsSDOtc+A
zrXOr86zzr/Ovc+EzrEgzrjOrc68zrHPhM6xIM68z4DOv8+BzrXOr8+EzrUgzr3OsSDOtc+AzrnO
us6/zrnOvc+Jzr3Ors+DzrXPhM61IM68zrUgz4TOvyDOu86/zrPOuc+Dz4TOrs+BzrnOvyDPg8+E
zr8gMjEwIDQxMjMgNDU2LgoKzpzOtSDOtc66z4TOr868zrfPg863LArOk865z47Pgc6zzr/PgiDO
oM6xz4DOsc60z4zPgM6/z4XOu86/z4IK

--_000_GPAPADOPOUPR04MB7712_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IHN0eWxlPSJmb250LWZhbWls
eTpDYWxpYnJpLEFyaWFsLEhlbHZldGljYSxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxMXB0Ij7Oms6x
zrvOt868zq3Pgc6xIM+DzrHPgiw8L2Rpdj48ZGl2Pjxicj48L2Rpdj48ZGl2Ps64zrEgzrHPgM6/
z4XPg865zqzOts+JIM6xz4DPjCDPhM6/IM6zz4HOsc+GzrXOr86/IM6tz4nPgiDOus6xzrkgz4TO
t869IM6gzq3OvM+Az4TOtyAzIM6UzrXOus61zrzOss+Bzq/Ov8+FLCDPh8+Jz4HOr8+CIM+Az4HP
jM+DzrLOsc+Dzrcgz4PPhM6/IM63zrvOtc66z4TPgc6/zr3Ouc66z4wgz4TOsc+Hz4XOtM+Bzr/O
vM61zq/Ovy48YnI+zpPOuc6xIM61z4DOtc6vzrPOv869z4TOsSDOuM6tzrzOsc+EzrEgzrzPgM6/
z4HOtc6vz4TOtSDOvc6xIM61z4DOuc66zr/Ouc69z4nOvc6uz4POtc+EzrUgzrzOtSDPhM6/IM67
zr/Os865z4PPhM6uz4HOuc6/IM+Dz4TOvyAyMTAgNDEyMyA0NTYuPC9kaXY+PGRpdj48YnI+PC9k
aXY+PGRpdj7OnM61IM61zrrPhM6vzrzOt8+DzrcsPGJyPs6TzrnPjs+BzrPOv8+CIM6gzrHPgM6x
zrTPjM+Azr/Phc67zr/Pgjxicj48L2Rpdj48L2JvZHk+PC9odG1sPgo=

--_000_GPAPADOPOUPR04MB7712_--
"""),
    ('bg', 'outlook-ooo', 'automated', (),
"""Received: from mail-bg-obe.outbound.protection.outlook.com (40.107.6.101)
	by mail.shop.example.be (Postfix) with ESMTPS
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 06:58:40 +0000
From: =?windows-1251?b?zODw6P8gw+Xu8OPo5eLg?= <m.georgieva@logistika-example.bg>
To: Privacy team <privacy@shop.example.be>
Subject: =?windows-1251?b?wOLy7uzg8uj35e0g7vLj7uLu8Dogz+7y4vrw5uTl7ejlOiDx7/D/9ezl?=
 =?windows-1251?b?IOzg8Orl8ujt4+7i6PLlIPH67uH55e3o/w==?=
Thread-Topic: =?windows-1251?b?z+7y4vrw5uTl7ejlOiDx7/D/9ezlIOzg8Orl8ujt4+7i6PLlIPH67uH5?=
 =?windows-1251?b?5e3o/w==?=
Thread-Index: AQHbQ2xq9p0tV3k1S0e8n2Ym1rR7Gw==
Date: Mon, 16 Nov 2026 06:58:40 +0000
Message-ID: <MGEORGIE7712A1B2C3D4E5F60718@eurprd04.prod.outlook.com>
References: <pr-2026-1101.reply1@shop.example.be>
In-Reply-To: <pr-2026-1101.reply1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: m.georgieva@logistika-example.bg
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_MGEORGIEVAPR04MB7712_"
MIME-Version: 1.0


--_000_MGEORGIEVAPR04MB7712_
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: quoted-printable

=C7=E4=F0=E0=E2=E5=E9=F2=E5,

=E2 =EE=F2=EF=F3=F1=EA =F1=FA=EC =E4=EE 23.11.2026 =E3. =E2=EA=EB=FE=F7=E8=
=F2=E5=EB=ED=EE =E8 =ED=FF=EC=E0=EC =E4=EE=F1=F2=FA=EF =E4=EE =F1=EB=F3=E6=
=E5=E1=ED=E0=F2=E0 =EF=EE=F9=E0.
=CF=F0=E8 =F1=EF=E5=F8=ED=EE=F1=F2 =F1=E5 =EE=E1=FA=F0=ED=E5=F2=E5 =EA=FA=
=EC =EA=EE=EB=E5=E3=E0=F2=E0 =EC=E8 =CF=E5=F2=FA=F0 =C8=E2=E0=ED=EE=E2: p.i=
vanov@logistika-example.bg.

=CF=EE=E7=E4=F0=E0=E2=E8,
=CC=E0=F0=E8=FF =C3=E5=EE=F0=E3=E8=E5=E2=E0

--_000_MGEORGIEVAPR04MB7712_
Content-Type: text/html; charset="windows-1251"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dwindows-1251"></head><body><div style=3D"font-family:Calibri,Arial,Helve=
tica,sans-serif;font-size:11pt">=C7=E4=F0=E0=E2=E5=E9=F2=E5,</div><div><br>=
</div><div>=E2 =EE=F2=EF=F3=F1=EA =F1=FA=EC =E4=EE 23.11.2026 =E3. =E2=EA=
=EB=FE=F7=E8=F2=E5=EB=ED=EE =E8 =ED=FF=EC=E0=EC =E4=EE=F1=F2=FA=EF =E4=EE =
=F1=EB=F3=E6=E5=E1=ED=E0=F2=E0 =EF=EE=F9=E0.<br>=CF=F0=E8 =F1=EF=E5=F8=ED=
=EE=F1=F2 =F1=E5 =EE=E1=FA=F0=ED=E5=F2=E5 =EA=FA=EC =EA=EE=EB=E5=E3=E0=F2=
=E0 =EC=E8 =CF=E5=F2=FA=F0 =C8=E2=E0=ED=EE=E2: p.ivanov@logistika-example.b=
g.</div><div><br></div><div>=CF=EE=E7=E4=F0=E0=E2=E8,<br>=CC=E0=F0=E8=FF =
=C3=E5=EE=F0=E3=E8=E5=E2=E0<br></div></body></html>

--_000_MGEORGIEVAPR04MB7712_--
"""),
    ('en', 'person-replied-to-autoreply', 'deletion', (),
"""Received: from AS8PR04MB8920.eurprd04.prod.outlook.com (2603:10a6:20b:42f::21)
 by mail.shop.example.be (Postfix) with ESMTPS id 4dNc1Pq6Rkz9sWb
 for <privacy@shop.example.be>; Thu, 26 Nov 2026 19:44:03 +0100 (CET)
From: Tom Wilkins <tom.wilkins@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatic reply: Close my account please
Thread-Topic: Automatic reply: Close my account please
Thread-Index: AQHbQDrV0ez1kz2m6UuPWm5s4G7vPLTcE0Ht
Date: Thu, 26 Nov 2026 18:44:01 +0000
Message-ID: <AS8PR04MB89206D2B0A3C1E9F5B7C8D21A4@AS8PR04MB8920.eurprd04.prod.outlook.com>
References: <autoreply-service-88213@shop.example.be>
In-Reply-To: <autoreply-service-88213@shop.example.be>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hi,

I sent the message below to your customer service and got this automatic re=
ply back saying account stuff goes through this address, so here it is.

Please close my account (tom.wilkins@outlook.com). I've moved back to the U=
K and won't be ordering from you again, so there's no reason for you to kee=
p my details - address, phone number, order history, all of it can go. The =
loyalty card too, there's maybe 300 points on it, I don't care about those.

Cheers,
Tom Wilkins

________________________________
From: Customer Service <service@shop.example.be>
Sent: Thursday, November 26, 2026 2:02 PM
To: Tom Wilkins <tom.wilkins@outlook.com>
Subject: Automatic reply: Close my account please

Thank you for contacting us. We have received your message and will answer =
within 2 working days.

Please note: questions about your personal data (closing your account, a co=
py of your data, ...) are handled by our privacy team at privacy@shop.examp=
le.be.

This is an automatic message, please do not reply.

"""),
    ('fr', 'person-forwards-own-bounce', 'portability', (),
"""Return-Path: <nathalie.moreau59@orange.fr>
Received: from smtp-out.orange.fr (smtp-11.smtp-out.orange.fr [80.12.242.11])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dNm4Kz2Xcz9sWc
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 10:21:37 +0100 (CET)
Date: Fri, 27 Nov 2026 10:21:35 +0100 (CET)
From: Nathalie Moreau <nathalie.moreau59@orange.fr>
To: privacy@shop.example.be
Message-ID: <1384920110.55218.1795778495613.JavaMail.open-xchange@opme11oxm03nd1>
Subject: TR: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: Open-Xchange Mailer v7.10.6-Rev62

Bonjour,

mon mail du 20 novembre m'est revenu, je m'étais trompée dans l'adresse (exemple au lieu de example...). Je vous le renvoie ci-dessous.

Bonne journée
N. Moreau

> ---------- Message d'origine ----------
> De : MAILER-DAEMON@orange.fr
> A : nathalie.moreau59@orange.fr
> Date : 20/11/2026 18:03
> Objet : Undelivered Mail Returned to Sender
>
> This is the mail system at host smtp-out.orange.fr.
>
> I'm sorry to have to inform you that your message could not
> be delivered to one or more recipients. It's attached below.
>
> <privacy@shop.exemple.be>: Host or domain name not found. Name service error
>     for name=shop.exemple.be type=A: Host not found
>
> ---------- Message d'origine ----------
> De : Nathalie Moreau <nathalie.moreau59@orange.fr>
> A : privacy@shop.exemple.be
> Date : 20/11/2026 18:03
> Objet : mes données
>
> Bonjour,
>
> Je suis cliente chez vous depuis plusieurs années (carte fidélité n° 6203 1187 4410).
> Je voudrais récupérer toutes les informations de mon compte - commandes, adresses, points de fidélité - dans un fichier que je puisse ouvrir et réutiliser, type CSV ou Excel, pas un PDF. C'est pour pouvoir les reprendre ailleurs.
> Si c'est possible de l'envoyer directement à ce mail ce serait parfait.
>
> Merci d'avance,
> Nathalie Moreau
> 59000 Lille
"""),
    ('de', 'person-quotes-ooo', 'correction', (),
"""Return-Path: <m.keller-brandt@web.de>
Received: from mout.web.de (mout.web.de [212.227.15.4])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dMt0Yb8Kqz9sWd
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 20:37:58 +0100 (CET)
MIME-Version: 1.0
Message-ID: <trinity-8a2e5c71-0d4f-4b39-9f1a-6e3c2d7b9a40-1795638476512@3c-app-webde-bap41>
From: Miriam Keller-Brandt <m.keller-brandt@web.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Adress=C3=A4nderung_/_neuer_Name_im_Kundenkonto?=
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Date: Tue, 24 Nov 2026 20:37:56 +0100
Importance: normal
Sensitivity: Normal

Guten Abend,

eigentlich hatte ich das schon Herrn Peeters geschrieben, der meine letzte =
Bestellung betreut hat, aber von ihm kam nur das hier zur=C3=BCck:

> Ich bin bis zum 4. Dezember nicht im B=C3=BCro und habe keinen Zugriff au=
f meine E-Mails.
> Ihre Nachricht wird nicht weitergeleitet. Bei Fragen zu Bestellungen wend=
en Sie sich bitte an service@shop.example.be.
> Mit freundlichen Gr=C3=BC=C3=9Fen, Wim Peeters

Deshalb versuche ich es jetzt hier. In meinem Kundenkonto und auf der Kunde=
nkarte stehen noch mein alter Name und die alte Anschrift. Richtig ist seit=
 der Hochzeit:

Miriam Keller-Brandt (vorher Miriam Brandt)
Lindenstra=C3=9Fe 14
52066 Aachen

Die Stra=C3=9Fe in Eupen bitte komplett raus, da wohne ich seit dem Sommer =
nicht mehr. Kundennummer m=C3=BCsste 4418207 sein.

Danke und viele Gr=C3=BC=C3=9Fe
Miriam Keller-Brandt

"""),
    ('it', 'person-ooo-lookalike-subject', 'objection', (),
"""Return-Path: <luca.ferraris@libero.it>
Received: from smtp-17.iol.local (smtp-17.iol.local [10.101.1.17])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dNh6Gw3Tsz9sWb
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 08:12:40 +0100 (CET)
Date: Fri, 27 Nov 2026 08:12:37 +0100 (CET)
From: Luca Ferraris <luca.ferraris@libero.it>
To: privacy@shop.example.be
Message-ID: <1051730229.2288123.1795763557021@mail1.libero.it>
Subject: =?UTF-8?Q?Fuori_sede_dal_1=C2=B0_dicembre,_prima_per=C3=B2_una_cosa?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Priority: 3
Importance: Normal

Buongiorno,
dal 1° dicembre sono fuori sede per lavoro per un paio di mesi e non so quanto riuscirò a seguire la posta, quindi vi scrivo adesso.

Da quando ho comprato da voi il set da giardino (ordine di ottobre) su Instagram e Facebook mi compaiono di continuo pubblicità vostre e di vostri "partner", con proprio i prodotti che ho guardato sul sito. Non mi va bene. Non voglio che i miei dati d'acquisto e di navigazione vengano girati a terzi per fare pubblicità, e non voglio nemmeno essere profilato per le offerte.
Il conto cliente e la carta fedeltà li tengo, e la newsletter potete continuare a mandarmela, il problema è solo questo.

Grazie
Luca Ferraris
"""),
    ('pt', 'person-quotes-noreply-autoreply', 'withdraw_consent', ('objection',),
"""Return-Path: <sofiamarques.lx@gmail.com>
Received: from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])
	by mail.shop.example.be (Postfix) with ESMTPS id 4dNs2Wd7Lmz9sWe
	for <privacy@shop.example.be>; Sat, 28 Nov 2026 12:06:19 +0100 (CET)
MIME-Version: 1.0
References: <nl-20261126-0800.5521@news.shop.example.be> <auto-noreply-20261128-3391@shop.example.be>
In-Reply-To: <auto-noreply-20261128-3391@shop.example.be>
From: Sofia Marques <sofiamarques.lx@gmail.com>
Date: Sat, 28 Nov 2026 11:06:05 +0000
Message-ID: <CAF7pQ2k9+Zr1bVt0xW3mE5y=Lq8dN4sJ@mail.gmail.com>
Subject: =?UTF-8?Q?Re:_Resposta_autom=C3=A1tica_-_esta_caixa_n=C3=A3o_=C3=A9_monitorizada?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000071c3e5062a2b9d44"

--00000000000071c3e5062a2b9d44
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Respondi =C3=A0 vossa newsletter a pedir para sair e recebi a mensagem em b=
aixo, por isso escrevo para aqui.

N=C3=A3o quero receber mais a newsletter nem promo=C3=A7=C3=B5es por email,=
 retirem o meu endere=C3=A7o dessas listas. E j=C3=A1 agora: tamb=C3=A9m n=
=C3=A3o autorizo que usem o meu hist=C3=B3rico de compras para me mostrar p=
ublicidade "personalizada" no site ou noutros s=C3=ADtios.

Obrigada,
Sofia Marques

No s=C3=A1b., 28/11/2026 =C3=A0s 11:58, <noreply@shop.example.be> escreveu:

> Esta caixa de correio n=C3=A3o =C3=A9 monitorizada e as mensagens enviada=
s para este
> endere=C3=A7o n=C3=A3o s=C3=A3o lidas.
> Para quest=C3=B5es sobre encomendas: service@shop.example.be
> Para quest=C3=B5es sobre os seus dados pessoais: privacy@shop.example.be
>
> Esta =C3=A9 uma mensagem autom=C3=A1tica. Por favor n=C3=A3o responda.

--00000000000071c3e5062a2b9d44--
"""),
]

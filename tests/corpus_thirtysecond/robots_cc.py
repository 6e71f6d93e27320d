"""Thirty-second set, automatic mail answering the shop's Black Friday newsletter and privacy policy notice, and people who write like it (14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'gmail-vacation-responder', 'automated', (), """\
Delivered-To: privacy@shop.example.be
Return-Path: <olivia.hartley@gmail.com>
MIME-Version: 1.0
From: Olivia Hartley <olivia.hartley@gmail.com>
Date: Mon, 23 Nov 2026 06:02:41 +0000
Message-ID: <CAF7k2x0Qm8vJr+Yt3pPZ1_aBf9nKqW4LrT=oUu5e8sY2dHgAq@mail.gmail.com>
Subject: Re: Black Friday: up to 50% off garden furniture
To: privacy@shop.example.be
In-Reply-To: <bf26.0031877.k3J9Tq@mailout.shop.example.be>
References: <bf26.0031877.k3J9Tq@mailout.shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000a1b2c3061f4e5d70"

--000000000000a1b2c3061f4e5d70
Content-Type: text/plain; charset="UTF-8"

Hi there,

I'm on annual leave until Monday 30 November with no access to email. I'll
get back to you when I return.

Olivia

--000000000000a1b2c3061f4e5d70
Content-Type: text/html; charset="UTF-8"

<div dir="ltr">Hi there,<div><br></div><div>I'm on annual leave until Monday 30 November with no access to email. I'll get back to you when I return.</div><div><br></div><div>Olivia</div></div>

--000000000000a1b2c3061f4e5d70--
"""),
    ('en', 'postfix-bounce-user-unknown', 'automated', (), """\
Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: by mx1.hartwell-joinery.co.uk (Postfix)
	id 9D4F61A0F3C; Mon, 23 Nov 2026 06:04:19 +0000 (GMT)
Date: Mon, 23 Nov 2026 06:04:19 +0000 (GMT)
From: MAILER-DAEMON@mx1.hartwell-joinery.co.uk (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8E2C1A0F3B.1795413859/mx1.hartwell-joinery.co.uk"
Content-Transfer-Encoding: 8bit
Message-Id: <20261123060419.9D4F61A0F3C@mx1.hartwell-joinery.co.uk>

This is a MIME-encapsulated message.

--8E2C1A0F3B.1795413859/mx1.hartwell-joinery.co.uk
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.hartwell-joinery.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.hartwell@hartwell-joinery.co.uk>: unknown user: "d.hartwell"

--8E2C1A0F3B.1795413859/mx1.hartwell-joinery.co.uk
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.hartwell-joinery.co.uk
X-Postfix-Queue-ID: 8E2C1A0F3B
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 23 Nov 2026 06:04:18 +0000 (GMT)

Final-Recipient: rfc822; d.hartwell@hartwell-joinery.co.uk
Original-Recipient: rfc822;d.hartwell@hartwell-joinery.co.uk
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "d.hartwell"

--8E2C1A0F3B.1795413859/mx1.hartwell-joinery.co.uk
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: "shop.example.be" <news@shop.example.be>
Reply-To: privacy@shop.example.be
To: d.hartwell@hartwell-joinery.co.uk
Subject: Black Friday: up to 50% off garden furniture
Date: Mon, 23 Nov 2026 07:00:12 +0100
Message-ID: <bf26.0031902.Rk2pQ8@mailout.shop.example.be>
List-Unsubscribe: <https://shop.example.be/u/Rk2pQ8vLx1>, <mailto:privacy@shop.example.be?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_bf26_Rk2pQ8vLx1"

--8E2C1A0F3B.1795413859/mx1.hartwell-joinery.co.uk--
"""),
    ('en', 'gmail-dsn-over-quota', 'automated', (), """\
Return-Path: <>
Received: by 2002:a05:6e04:1b2:b0:3d1:22f4:9c0e with SMTP id 4fb4e6d1c3f2-8a1e2c;
        Sun, 22 Nov 2026 22:00:58 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <6741e0fa.050a0220.3c8b1.7d21.GMR@mx.google.com>
Date: Sun, 22 Nov 2026 22:00:58 -0800 (PST)
Subject: Delivery Status Notification (Failure)
References: <bf26.0032011.Wm4sT7@mailout.shop.example.be>
In-Reply-To: <bf26.0032011.Wm4sT7@mailout.shop.example.be>
X-Failed-Recipients: sam.whitlock1987@gmail.com
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000c3f5e80612aa9b11"; report-type=delivery-status

--000000000000c3f5e80612aa9b11
Content-Type: multipart/related; boundary="000000000000c3f9990612aa9b1c"

--000000000000c3f9990612aa9b1c
Content-Type: multipart/alternative; boundary="000000000000c3f99b0612aa9b1d"

--000000000000c3f99b0612aa9b1d
Content-Type: text/plain; charset="UTF-8"

** Message not delivered **

Your message couldn't be delivered to sam.whitlock1987@gmail.com because the
recipient's inbox is full. Try resending the message later.

The response was:

The email account that you tried to reach is over quota and inactive. Please
direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm

--000000000000c3f99b0612aa9b1d
Content-Type: text/html; charset="UTF-8"

<html><head></head><body><table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff"><tbody><tr><td><table cellpadding="0" cellspacing="0"><tbody><tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px"><img style="padding:0 24px 16px 0;float:left" width="72" height="72" alt="Error Icon" src="cid:icon.png"><table style="min-width:272px;padding-top:8px"><tbody><tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">Message not delivered</h2></td></tr><tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">Your message couldn't be delivered to <a style="color:#212121;text-decoration:none"><b>sam.whitlock1987@gmail.com</b></a> because the recipient's inbox is full. Try resending the message later.</td></tr></tbody></table></td></tr></tbody></table></td></tr><tr style="border:none;background-color:#fff;font-size:12.8px;width:90%"><td align="left" style="padding:48px 10px">The response was:<p style="font-family:monospace">The email account that you tried to reach is over quota and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm</p></td></tr></tbody></table></body></html>

--000000000000c3f99b0612aa9b1d--
--000000000000c3f9990612aa9b1c
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==
--000000000000c3f9990612aa9b1c--
--000000000000c3f5e80612aa9b11
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mailout.shop.example.be
Arrival-Date: Sun, 22 Nov 2026 22:00:57 -0800 (PST)
X-Original-Message-ID: <bf26.0032011.Wm4sT7@mailout.shop.example.be>

Final-Recipient: rfc822; sam.whitlock1987@gmail.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; The email account that you tried to reach is over quota and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm 5b1f17b1804b1-4339a3f21c6si2281575e9.120 - gsmtp
Last-Attempt-Date: Sun, 22 Nov 2026 22:00:58 -0800 (PST)

--000000000000c3f5e80612aa9b11
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
From: "shop.example.be" <news@shop.example.be>
Reply-To: privacy@shop.example.be
To: sam.whitlock1987@gmail.com
Subject: Black Friday: up to 50% off garden furniture
Date: Mon, 23 Nov 2026 07:00:12 +0100
Message-ID: <bf26.0032011.Wm4sT7@mailout.shop.example.be>
List-Unsubscribe: <https://shop.example.be/u/Wm4sT7uYb2>, <mailto:privacy@shop.example.be?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_bf26_Wm4sT7uYb2"

--=_bf26_Wm4sT7uYb2
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

BLACK FRIDAY AT SHOP.EXAMPLE.BE
Up to 50% off garden furniture, barbecues and outdoor lighting.
This week only, until Monday 30 November.

Shop now: https://shop.example.be/en/black-friday

Loyalty card members get an extra 5% on top.

You receive this newsletter because you subscribed at shop.example.be.
Unsubscribe: https://shop.example.be/u/Wm4sT7uYb2

--=_bf26_Wm4sT7uYb2
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial"><p>BLACK FRIDAY AT SHOP.EXAMPLE.BE<=
br>
Up to 50% off garden furniture, barbecues and outdoor lighting.<br>
This week only, until Monday 30 November.</p>
<p>Shop now: https://shop.example.be/en/black-friday</p>
<p>Loyalty card members get an extra 5% on top.</p>
<p>You receive this newsletter because you subscribed at shop.example.be.<b=
r>
Unsubscribe: https://shop.example.be/u/Wm4sT7uYb2</p></body></html>
--=_bf26_Wm4sT7uYb2--

--000000000000c3f5e80612aa9b11--
"""),
    ('en', 'yahoo-arf-feedback-loop', 'automated', (), """\
Return-Path: <feedback@arf.mail.yahoo.com>
From: Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>
To: privacy@shop.example.be
Subject: FW: Black Friday: up to 50% off garden furniture
Date: Mon, 23 Nov 2026 09:17:44 +0000
Message-ID: <1795425464.8842271.1732353464821@arf.mail.yahoo.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
	boundary="----=_Part_8842270_1379562287.1795425464820"

------=_Part_8842270_1379562287.1795425464820
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP 203.0.113.25 on Mon, 23 Nov 2026 06:00:49 +0000.
For more information about this format please see http://www.mipassoc.org/arf/.

------=_Part_8842270_1379562287.1795425464820
Content-Type: message/feedback-report
Content-Transfer-Encoding: 7bit

Feedback-Type: abuse
User-Agent: Yahoo!-Mail-Feedback/2.0
Version: 0.1
Original-Mail-From: <privacy@shop.example.be>
Original-Rcpt-To: <redacted@yahoo.co.uk>
Received-Date: Mon, 23 Nov 2026 06:00:49 +0000
Source-IP: 203.0.113.25
Reported-Domain: shop.example.be
Authentication-Results: mta4012.mail.ir2.yahoo.com; dkim=pass header.i=@shop.example.be; spf=pass smtp.mailfrom=shop.example.be; dmarc=pass(p=NONE) header.from=shop.example.be

------=_Part_8842270_1379562287.1795425464820
Content-Type: message/rfc822
Content-Disposition: inline

Return-Path: <privacy@shop.example.be>
From: "shop.example.be" <news@shop.example.be>
Reply-To: privacy@shop.example.be
To: redacted@yahoo.co.uk
Subject: Black Friday: up to 50% off garden furniture
Date: Mon, 23 Nov 2026 07:00:12 +0100
Message-ID: <bf26.0033310.Hy8dN3@mailout.shop.example.be>
List-Unsubscribe: <https://shop.example.be/u/Hy8dN3cVa5>, <mailto:privacy@shop.example.be?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_bf26_Hy8dN3cVa5"

--=_bf26_Hy8dN3cVa5
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

BLACK FRIDAY AT SHOP.EXAMPLE.BE
Up to 50% off garden furniture, barbecues and outdoor lighting.
This week only, until Monday 30 November.

Shop now: https://shop.example.be/en/black-friday

Loyalty card members get an extra 5% on top.

You receive this newsletter because you subscribed at shop.example.be.
Unsubscribe: https://shop.example.be/u/Hy8dN3cVa5

--=_bf26_Hy8dN3cVa5
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial"><p>BLACK FRIDAY AT SHOP.EXAMPLE.BE<=
br>
Up to 50% off garden furniture, barbecues and outdoor lighting.<br>
This week only, until Monday 30 November.</p>
<p>Shop now: https://shop.example.be/en/black-friday</p>
<p>Loyalty card members get an extra 5% on top.</p>
<p>You receive this newsletter because you subscribed at shop.example.be.<b=
r>
Unsubscribe: https://shop.example.be/u/Hy8dN3cVa5</p></body></html>
--=_bf26_Hy8dN3cVa5--

------=_Part_8842270_1379562287.1795425464820--
"""),
    ('en', 'challenge-response-verify', 'automated', (), """\
Return-Path: <verify-7f3a9c@safesendr.net>
From: "SafeSendr for k.mcallister@mcallister-plumbing.ie" <verify-7f3a9c@safesendr.net>
To: privacy@shop.example.be
Subject: Please verify your message to k.mcallister@mcallister-plumbing.ie
Date: Mon, 23 Nov 2026 06:05:33 +0000
Message-ID: <ch.7f3a9c.1795413933@safesendr.net>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hello,

You recently sent a message to k.mcallister@mcallister-plumbing.ie.

To protect against junk mail, this mailbox only accepts messages from
senders who have confirmed that they are a person. Your message is being
held and has not been delivered yet:

  Subject: Black Friday: up to 50% off garden furniture
  Sent:    Mon, 23 Nov 2026 07:00:12 +0100

To deliver it, please click the link below and type the characters you see.
You only need to do this once.

  https://safesendr.net/c/7f3a9c?r=mcallister-plumbing.ie

If you do not confirm within 7 days, the message will be deleted.

This is an automated message. Replies to this address are not read.
"""),
    ('en', 'm365-ndr-bulk-blocked', 'automated', (), """\
Return-Path: <>
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@pryce-partners.co.uk>
To: <privacy@shop.example.be>
Date: Mon, 23 Nov 2026 07:05:51 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e2a91d3c-6b4f-4a0e-9b2d-77c0f1a4e8b3"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-GB
Message-ID: <8a3b1f20-94cd-4e27-b1aa-0c5e9d7f3a61@LO2P265MB5912.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <notice26.en.55120@shop.example.be>
References: <notice26.en.55120@shop.example.be>
Subject: Undeliverable: We are updating our privacy policy
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--e2a91d3c-6b4f-4a0e-9b2d-77c0f1a4e8b3
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="c0f7d2b8-1e3a-4d59-a6c4-3f8e2b9d1a07"

--c0f7d2b8-1e3a-4d59-a6c4-3f8e2b9d1a07
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to j.pryce@pryce-partners.co.uk couldn't be delivered.

The recipient's organization has rejected this message because it was ident=
ified as bulk mail.

j.pryce          Office 365          pryce-partners.co.uk
Action Required                      Recipient

Blocked by content filter

How to Fix It
The message was blocked by the recipient's organization. Contact the recipi=
ent by some other means (by phone, for example) and ask them to tell their =
email admin that it appears your message was blocked by their content filte=
r. If the message is legitimate, they can add your address to their allowed=
 senders list.

More Info for Email Admins
Status code: 550 5.7.1

Original Message Details
Created Date: 23/11/2026 06:00:12
Sender Address: news@shop.example.be
Recipient Address: j.pryce@pryce-partners.co.uk
Subject: We are updating our privacy policy

Error Details
Reported error: 550 5.7.1 Message rejected as bulk mail by recipient policy=
 (BCL 8)
DSN generated by: LO2P265MB5912.GBRP265.PROD.OUTLOOK.COM

--c0f7d2b8-1e3a-4d59-a6c4-3f8e2b9d1a07
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head><body><div style=3D"font-family:Segoe UI,Frutiger,Arial=
;font-size:16px"><p>Your message to j.pryce@pryce-partners.co.uk couldn&#x2=
7;t be delivered.</p>
<p>The recipient&#x27;s organization has rejected this message because it w=
as identified as bulk mail.</p>
<p>j.pryce          Office 365          pryce-partners.co.uk<br>
Action Required                      Recipient</p>
<p>Blocked by content filter</p>
<p>How to Fix It<br>
The message was blocked by the recipient&#x27;s organization. Contact the r=
ecipient by some other means (by phone, for example) and ask them to tell t=
heir email admin that it appears your message was blocked by their content =
filter. If the message is legitimate, they can add your address to their al=
lowed senders list.</p>
<p>More Info for Email Admins<br>
Status code: 550 5.7.1</p>
<p>Original Message Details<br>
Created Date: 23/11/2026 06:00:12<br>
Sender Address: news@shop.example.be<br>
Recipient Address: j.pryce@pryce-partners.co.uk<br>
Subject: We are updating our privacy policy</p>
<p>Error Details<br>
Reported error: 550 5.7.1 Message rejected as bulk mail by recipient policy=
 (BCL 8)<br>
DSN generated by: LO2P265MB5912.GBRP265.PROD.OUTLOOK.COM</p></div></body></=
html>
--c0f7d2b8-1e3a-4d59-a6c4-3f8e2b9d1a07--

--e2a91d3c-6b4f-4a0e-9b2d-77c0f1a4e8b3
Content-Type: message/delivery-status

Reporting-MTA: dns;LO2P265MB5912.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;mailout.shop.example.be
Arrival-Date: Mon, 23 Nov 2026 07:05:49 +0000

Final-Recipient: rfc822;j.pryce@pryce-partners.co.uk
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 Message rejected as bulk mail by recipient policy (BCL 8)

--e2a91d3c-6b4f-4a0e-9b2d-77c0f1a4e8b3
Content-Type: message/rfc822

From: "shop.example.be" <privacy@shop.example.be>
To: Jonathan Pryce <j.pryce@pryce-partners.co.uk>
Subject: We are updating our privacy policy
Date: Mon, 23 Nov 2026 08:05:00 +0100
Message-ID: <notice26.en.55120@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear customer,

We are updating our privacy policy from 1 January 2027. Our new loyalty
app lets you collect points on your phone, and we will share your purchase
history with an advertising partner unless you object.

Set your preferences or object: https://shop.example.be/en/preferences

--e2a91d3c-6b4f-4a0e-9b2d-77c0f1a4e8b3--
"""),
    ('en', 'exim-bounce-domain-expired', 'automated', (), """\
Return-path: <>
Envelope-to: privacy@shop.example.be
Delivery-date: Mon, 23 Nov 2026 07:00:31 +0100
Received: from Debian-exim by mailout.shop.example.be with local (Exim 4.97)
	id 1tEwQq-0004Zk-2K
	for privacy@shop.example.be; Mon, 23 Nov 2026 07:00:31 +0100
X-Failed-Recipients: info@bramblewood-gardens.co.uk
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mailout.shop.example.be>
To: privacy@shop.example.be
References: <bf26.0034127.Bv3kL9@mailout.shop.example.be>
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tEwQq-0004Zk-2K@mailout.shop.example.be>
Date: Mon, 23 Nov 2026 07:00:31 +0100

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  info@bramblewood-gardens.co.uk
    Unrouteable address

------ This is a copy of the message, including all the headers. ------

Return-Path: <privacy@shop.example.be>
From: "shop.example.be" <news@shop.example.be>
Reply-To: privacy@shop.example.be
To: info@bramblewood-gardens.co.uk
Subject: Black Friday: up to 50% off garden furniture
Date: Mon, 23 Nov 2026 07:00:12 +0100
Message-ID: <bf26.0034127.Bv3kL9@mailout.shop.example.be>
List-Unsubscribe: <https://shop.example.be/u/Bv3kL9sRt4>, <mailto:privacy@shop.example.be?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

BLACK FRIDAY AT SHOP.EXAMPLE.BE
Up to 50% off garden furniture, barbecues and outdoor lighting.
This week only, until Monday 30 November.

Shop now: https://shop.example.be/en/black-friday

Loyalty card members get an extra 5% on top.

You receive this newsletter because you subscribed at shop.example.be.
Unsubscribe: https://shop.example.be/u/Bv3kL9sRt4
"""),
    ('en', 'postfix-delayed-rate-limited', 'automated', (), """\
Return-Path: <>
Date: Mon, 23 Nov 2026 11:02:07 +0100 (CET)
From: MAILER-DAEMON@mailout.shop.example.be (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4A7B21C09E.1795428127/mailout.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261123100207.5F3D21C0A2@mailout.shop.example.be>

This is a MIME-encapsulated message.

--4A7B21C09E.1795428127/mailout.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mailout.shop.example.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<lauren.finch92@gmail.com>: host gmail-smtp-in.l.google.com[142.250.102.27]
    said: 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail
    originating from your SPF domain [shop.example.be 203.0.113.25]. To
    protect our users from spam, mail sent from your domain has been
    temporarily rate limited. (in reply to end of DATA command)

--4A7B21C09E.1795428127/mailout.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mailout.shop.example.be
X-Postfix-Queue-ID: 4A7B21C09E
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 23 Nov 2026 07:00:14 +0100 (CET)

Final-Recipient: rfc822; lauren.finch92@gmail.com
Original-Recipient: rfc822;lauren.finch92@gmail.com
Action: delayed
Status: 4.7.28
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 421-4.7.28 Gmail has detected an unusual rate of
    unsolicited mail originating from your SPF domain [shop.example.be
    203.0.113.25]. To protect our users from spam, mail sent from your domain
    has been temporarily rate limited.
Will-Retry-Until: Sat, 28 Nov 2026 07:00:14 +0100 (CET)

--4A7B21C09E.1795428127/mailout.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: "shop.example.be" <news@shop.example.be>
Reply-To: privacy@shop.example.be
To: lauren.finch92@gmail.com
Subject: Black Friday: up to 50% off garden furniture
Date: Mon, 23 Nov 2026 07:00:12 +0100
Message-ID: <bf26.0035560.Gc5vX1@mailout.shop.example.be>
List-Unsubscribe: <https://shop.example.be/u/Gc5vX1mKp8>, <mailto:privacy@shop.example.be?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_bf26_Gc5vX1mKp8"

--4A7B21C09E.1795428127/mailout.shop.example.be--
"""),
    ('en', 'proton-auto-reply', 'automated', (), """\
Return-Path: <daniel.kerr@proton.me>
Date: Mon, 23 Nov 2026 07:01:55 +0000
To: privacy@shop.example.be
From: Daniel Kerr <daniel.kerr@proton.me>
Subject: Auto: We are updating our privacy policy
Message-ID: <x7Qe2pVn0aLk4fR9sD1mYtB3wGh6jZc8uNo5iK2vEr@proton.me>
In-Reply-To: <notice26.en.60381@shop.example.be>
References: <notice26.en.60381@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
X-Pm-Origin: internal
X-Pm-Content-Encryption: end-to-end
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="b1_x7Qe2pVn0aLk4fR9sD1mYtB3wGh6jZc8uNo5iK2vEr"

--b1_x7Qe2pVn0aLk4fR9sD1mYtB3wGh6jZc8uNo5iK2vEr
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

VGhhbmtzIGZvciB5b3VyIGVtYWlsLiBJJ20gdHJhdmVsbGluZyB1bnRpbCAyIERlY2VtYmVyIGFu
ZCBjaGVja2luZyBtYWlsIG9ubHkgb2NjYXNpb25hbGx5LiBJZiBpdCdzIHVyZ2VudCwgcGxlYXNl
IGNhbGwgb3IgdGV4dC4KCkRhbmllbAo=

--b1_x7Qe2pVn0aLk4fR9sD1mYtB3wGh6jZc8uNo5iK2vEr
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGRpdiBzdHlsZT0iZm9udC1mYW1pbHk6IEFyaWFsLCBzYW5zLXNlcmlmOyBmb250LXNpemU6IDE0
cHg7Ij5UaGFua3MgZm9yIHlvdXIgZW1haWwuIEknbSB0cmF2ZWxsaW5nIHVudGlsIDIgRGVjZW1i
ZXIgYW5kIGNoZWNraW5nIG1haWwgb25seSBvY2Nhc2lvbmFsbHkuIElmIGl0J3MgdXJnZW50LCBw
bGVhc2UgY2FsbCBvciB0ZXh0LjwvZGl2PjxkaXYgc3R5bGU9ImZvbnQtZmFtaWx5OiBBcmlhbCwg
c2Fucy1zZXJpZjsgZm9udC1zaXplOiAxNHB4OyI+PGJyPjwvZGl2PjxkaXYgc3R5bGU9ImZvbnQt
ZmFtaWx5OiBBcmlhbCwgc2Fucy1zZXJpZjsgZm9udC1zaXplOiAxNHB4OyI+RGFuaWVsPC9kaXY+

--b1_x7Qe2pVn0aLk4fR9sD1mYtB3wGh6jZc8uNo5iK2vEr--
"""),
    ('nl', 'exchange-oof-nl', 'automated', (), """\
From: Els Jansen <els.jansen@vandenbroeck-bouw.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Black Friday: tot 50% korting op tuinmeubelen
Thread-Topic: Black Friday: tot 50% korting op tuinmeubelen
Thread-Index: AQHbP0f04faa0c4416346ec==
Date: Mon, 23 Nov 2026 06:01:07 +0000
Message-ID: <0f04faa0c4416346ec47dab36ee45108@AM9PR02MB7331.eurprd02.prod.outlook.com>
In-Reply-To: <bf26.0040112.Pq7rT2@mailout.shop.example.be>
References: <bf26.0040112.Pq7rT2@mailout.shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_0f04faa0c4416346ec47dab36ee45108AM9PR02MB7331_"
MIME-Version: 1.0

--_000_0f04faa0c4416346ec47dab36ee45108AM9PR02MB7331_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Beste,

Ik ben afwezig tot en met vrijdag 27 november 2026 en heb beperkt toegang t=
ot mijn mails. Uw bericht wordt niet doorgestuurd.
Voor dringende zaken kunt u terecht bij mijn collega Pieter Claes (pieter.c=
laes@vandenbroeck-bouw.be, 03 218 45 60).

Met vriendelijke groeten,
Els Jansen
Projectleider | Vandenbroeck Bouw nv

--_000_0f04faa0c4416346ec47dab36ee45108AM9PR02MB7331_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body lang=3D"nl-BE"><div class=3D"WordSection1"><p>B=
este,</p>
<p>Ik ben afwezig tot en met vrijdag 27 november 2026 en heb beperkt toegan=
g tot mijn mails. Uw bericht wordt niet doorgestuurd.<br>
Voor dringende zaken kunt u terecht bij mijn collega Pieter Claes (pieter.c=
laes@vandenbroeck-bouw.be, 03 218 45 60).</p>
<p>Met vriendelijke groeten,<br>
Els Jansen<br>
Projectleider | Vandenbroeck Bouw nv</p></div></body></html>
--_000_0f04faa0c4416346ec47dab36ee45108AM9PR02MB7331_--
"""),
    ('nl', 'exchange-ndr-nl-mailbox-full', 'automated', (), """\
Return-Path: <>
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@dekeyser-notarissen.be>
To: <privacy@shop.example.be>
Date: Mon, 23 Nov 2026 07:05:44 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="18ae65b3-a7f9-6adb-6821-ec505ba7c874"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-BE
Message-ID: <787ff39b-495b-cdee-2be2-6bcd3887f43a@DB9PR08MB6586.eurprd08.prod.outlook.com>
Subject: Onbestelbaar: We passen ons privacybeleid aan
Auto-Submitted: auto-replied
MIME-Version: 1.0

--18ae65b3-a7f9-6adb-6821-ec505ba7c874
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="787ff39b-495b-cdee-2be2-6bcd3887f43a"

--787ff39b-495b-cdee-2be2-6bcd3887f43a
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Uw bericht aan an.dekeyser@dekeyser-notarissen.be kan niet worden bezorgd.

Het postvak van de ontvanger is vol en kan momenteel geen berichten accepte=
ren. Probeer het bericht later opnieuw te verzenden of neem op een andere m=
anier contact op met de ontvanger.

an.dekeyser          Office 365          dekeyser-notarissen.be
Actie vereist                            Ontvanger

Postvak vol

Meer informatie voor e-mailbeheerders
Statuscode: 554 5.2.2

Details van oorspronkelijk bericht
Gemaakt op: 23-11-2026 7:05:00
Adres afzender: privacy@shop.example.be
Adres ontvanger: an.dekeyser@dekeyser-notarissen.be
Onderwerp: We passen ons privacybeleid aan

--787ff39b-495b-cdee-2be2-6bcd3887f43a
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head><body><div style=3D"font-family:Segoe UI,Frutiger,Arial=
;font-size:16px"><p>Uw bericht aan an.dekeyser@dekeyser-notarissen.be kan n=
iet worden bezorgd.</p>
<p>Het postvak van de ontvanger is vol en kan momenteel geen berichten acce=
pteren. Probeer het bericht later opnieuw te verzenden of neem op een ander=
e manier contact op met de ontvanger.</p>
<p>an.dekeyser          Office 365          dekeyser-notarissen.be<br>
Actie vereist                            Ontvanger</p>
<p>Postvak vol</p>
<p>Meer informatie voor e-mailbeheerders<br>
Statuscode: 554 5.2.2</p>
<p>Details van oorspronkelijk bericht<br>
Gemaakt op: 23-11-2026 7:05:00<br>
Adres afzender: privacy@shop.example.be<br>
Adres ontvanger: an.dekeyser@dekeyser-notarissen.be<br>
Onderwerp: We passen ons privacybeleid aan</p></div></body></html>
--787ff39b-495b-cdee-2be2-6bcd3887f43a--

--18ae65b3-a7f9-6adb-6821-ec505ba7c874
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR08MB6586.eurprd08.prod.outlook.com
Received-From-MTA: dns;mailout.shop.example.be
Arrival-Date: Mon, 23 Nov 2026 07:05:44 +0000

Final-Recipient: rfc822;an.dekeyser@dekeyser-notarissen.be
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--18ae65b3-a7f9-6adb-6821-ec505ba7c874
Content-Type: text/rfc822-headers

From: "shop.example.be" <privacy@shop.example.be>
To: An De Keyser <an.dekeyser@dekeyser-notarissen.be>
Subject: We passen ons privacybeleid aan
Date: Mon, 23 Nov 2026 08:05:00 +0100
Message-ID: <notice26.nl.20417@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--18ae65b3-a7f9-6adb-6821-ec505ba7c874--
"""),
    ('nl', 'small-company-closed-black-friday', 'automated', (), """\
Return-Path: <info@tuinaanleg-verbeke.be>
From: "Tuinaanleg Verbeke" <info@tuinaanleg-verbeke.be>
To: privacy@shop.example.be
Subject: Re: We passen ons privacybeleid aan
Date: Mon, 23 Nov 2026 08:05:21 +0100
Message-ID: <20261123070521.3F2A1@webmail.tuinaanleg-verbeke.be>
In-Reply-To: <notice26.nl.20988@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Beste,

Bedankt voor uw bericht.

Tijdens de Black Friday-week, van maandag 23 tot en met zondag 29 november, is ons kantoor gesloten. Wij lezen onze mails niet en beantwoorden uw bericht vanaf maandag 30 november.

Dringende herstelling of stormschade? Bel 0475 12 34 56.

Met vriendelijke groet,
Tuinaanleg Verbeke bv

Dit is een automatisch antwoord.

-----Oorspronkelijk bericht-----
Van: shop.example.be <privacy@shop.example.be>
Verzonden: maandag 23 november 2026 08:05
Aan: info@tuinaanleg-verbeke.be
Onderwerp: We passen ons privacybeleid aan

Beste klant,

Vanaf 1 januari 2027 passen we ons privacybeleid aan:
- met onze nieuwe klantenkaart-app spaar je punten op je smartphone;
- we delen je aankoopgeschiedenis met een advertentiepartner, zodat je relevantere aanbiedingen ziet, tenzij je daartegen bezwaar maakt.

Je voorkeuren aanpassen of bezwaar maken kan altijd via https://shop.example.be/nl/voorkeuren
Vragen? Mail naar privacy@shop.example.be.

Het nieuwe privacybeleid: https://shop.example.be/nl/privacy
"""),
    ('nl', 'zendesk-ticket-ack-nl', 'automated', (), """\
Return-Path: <support+id48213@tuincentrumdelinde.zendesk.com>
Date: Mon, 23 Nov 2026 06:00:40 +0000
From: Tuincentrum De Linde <support@tuincentrumdelinde.nl>
Reply-To: Tuincentrum De Linde <support+id48213@tuincentrumdelinde.zendesk.com>
To: privacy@shop.example.be
Message-ID: <Q7WZ1E4K2M_6741ea18d2c1a_8f3b2_sprut@zendesk.com>
In-Reply-To: <Q7WZ1E4K2M@zendesk.com>
Subject: [Tuincentrum De Linde] Re: Black Friday: tot 50% korting op tuinmeubelen
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6741ea18cfa2b_8f3b21c4";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 9c41e7a
X-Zendesk-Email-Id: 01JD8Q7WZ1E4K2M5N6P7R8S9T0
X-Zendesk-Ticket-Id: 48213
Auto-Submitted: auto-generated

----==_mimepart_6741ea18cfa2b_8f3b21c4
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Typ uw antwoord boven deze regel -##

Beste klant,

Bedankt voor uw bericht. We hebben uw verzoek (#48213) goed ontvangen.
Een medewerker van onze klantenservice neemt binnen twee werkdagen contact =
met u op.

Tijdens de Black Friday-week kan het iets langer duren.

U kunt op deze e-mail antwoorden om extra informatie aan uw verzoek toe te =
voegen.

Met vriendelijke groet,
Klantenservice Tuincentrum De Linde

Dit is een automatisch gegenereerd bericht.

----==_mimepart_6741ea18cfa2b_8f3b21c4
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><body><div style=3D"color:#b5b5b5"><p>##- Typ uw antwo=
ord boven deze regel -##</p>
<p>Beste klant,</p>
<p>Bedankt voor uw bericht. We hebben uw verzoek (#48213) goed ontvangen.<b=
r>
Een medewerker van onze klantenservice neemt binnen twee werkdagen contact =
met u op.</p>
<p>Tijdens de Black Friday-week kan het iets langer duren.</p>
<p>U kunt op deze e-mail antwoorden om extra informatie aan uw verzoek toe =
te voegen.</p>
<p>Met vriendelijke groet,<br>
Klantenservice Tuincentrum De Linde</p>
<p>Dit is een automatisch gegenereerd bericht.</p></div></body></html>
----==_mimepart_6741ea18cfa2b_8f3b21c4--
"""),
    ('fr', 'outlook-oof-fr', 'automated', (), """\
From: "DUBOIS Claire" <claire.dubois@cabinet-dubois.fr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?q?R=E9ponse_automatique_=3A_Black_Friday_=3A_jusqu=27?=
 =?iso-8859-1?q?=E0_-50_=25_sur_le_mobilier_de_jardin?=
Thread-Topic: =?iso-8859-1?q?Black_Friday_=3A_jusqu=27=E0_-50_=25_sur_le_mob?=
 =?iso-8859-1?q?ilier_de_jardin?=
Thread-Index: AQHbPb3fa3e33e3bce82257==
Date: Mon, 23 Nov 2026 06:01:30 +0000
Message-ID: <b3fa3e33e3bce82257779354b813a430@PR1P264MB2143.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: <bf26.0050233.Yt5uI9@mailout.shop.example.be>
References: <bf26.0050233.Yt5uI9@mailout.shop.example.be>
Content-Language: fr-FR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_b3fa3e33e3bce82257779354b813a430PR1P264MB2143_"
MIME-Version: 1.0

--_000_b3fa3e33e3bce82257779354b813a430PR1P264MB2143_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis absente du bureau jusqu'au lundi 30 novembre inclus, sans acc=E8s =
=E0 ma messagerie. Votre message ne sera pas transf=E9r=E9.
En cas d'urgence, merci de contacter le secr=E9tariat au 01 42 68 53 00.

Cordialement,

Claire Dubois
Cabinet Dubois - Expertise comptable

--_000_b3fa3e33e3bce82257779354b813a430PR1P264MB2143_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body lang=3D"fr-FR"><div class=3D"WordSection1"><p>B=
onjour,</p>
<p>Je suis absente du bureau jusqu&#x27;au lundi 30 novembre inclus, sans a=
cc=E8s =E0 ma messagerie. Votre message ne sera pas transf=E9r=E9.<br>
En cas d&#x27;urgence, merci de contacter le secr=E9tariat au 01 42 68 53 0=
0.</p>
<p>Cordialement,</p>
<p>Claire Dubois<br>
Cabinet Dubois - Expertise comptable</p></div></body></html>
--_000_b3fa3e33e3bce82257779354b813a430PR1P264MB2143_--
"""),
    ('fr', 'postfix-bounce-fr-mailbox-full', 'automated', (), """\
Return-Path: <>
Delivered-To: privacy@shop.example.be
Date: Mon, 23 Nov 2026 07:03:12 +0100 (CET)
From: MAILER-DAEMON@mx1.hebergement-pro.fr (Systeme de messagerie)
Subject: =?UTF-8?Q?Message_non_remis_=3A_retour_=C3=A0_l'exp=C3=A9diteur?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3B91F2E0A7.1795413792/mx1.hebergement-pro.fr"
Content-Transfer-Encoding: 8bit
Message-Id: <20261123060312.7C0D12E0A8@mx1.hebergement-pro.fr>

Ceci est un message au format MIME.

--3B91F2E0A7.1795413792/mx1.hebergement-pro.fr
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ceci est le système de messagerie de l'hôte mx1.hebergement-pro.fr.

J'ai le regret de vous informer que votre message n'a pas pu être
remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour obtenir de l'aide, veuillez écrire au postmaster.

Si vous le faites, joignez ce rapport. Vous pouvez supprimer
votre propre texte du message renvoyé ci-joint.

                   Le système de messagerie

<jean.marchal@marchal-immo.fr>: boîte aux lettres pleine (quota dépassé)

--3B91F2E0A7.1795413792/mx1.hebergement-pro.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.hebergement-pro.fr
X-Postfix-Queue-ID: 3B91F2E0A7
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 23 Nov 2026 07:03:11 +0100 (CET)

Final-Recipient: rfc822; jean.marchal@marchal-immo.fr
Original-Recipient: rfc822;jean.marchal@marchal-immo.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildrop: maildir over quota.

--3B91F2E0A7.1795413792/mx1.hebergement-pro.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: "shop.example.be" <news@shop.example.be>
Reply-To: privacy@shop.example.be
To: jean.marchal@marchal-immo.fr
Subject: =?utf-8?q?Black_Friday_=3A_jusqu=27=C3=A0_-50_=25_sur_le_mobilier_d?=
 =?utf-8?q?e_jardin?=
Date: Mon, 23 Nov 2026 07:00:12 +0100
Message-ID: <bf26.0050871.Fo9aS4@mailout.shop.example.be>
List-Unsubscribe: <https://shop.example.be/u/Fo9aS4dGh7>, <mailto:privacy@shop.example.be?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_bf26_Fo9aS4dGh7"

--3B91F2E0A7.1795413792/mx1.hebergement-pro.fr--
"""),
    ('fr', 'outlook-read-receipt-fr', 'automated', (), """\
From: "RENARD Michel" <m.renard@renard-assurances.be>
To: <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Lu=A0:_Nous_mettons_=E0_jour_notre_politique_de_confident?=
 =?iso-8859-1?Q?ialit=E9?=
Date: Mon, 23 Nov 2026 07:47:31 +0000
Message-ID: <DB7PR03MB4971A3C2E1F0B9D8C7E6A5B4C3D2E1F0@DB7PR03MB4971.eurprd03.prod.outlook.com>
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report;
	boundary="_002_DB7PR03MB4971A3C2E1F0B9D8C7E6A5B4C3D2E1F0_";
	report-type=disposition-notification
MIME-Version: 1.0

--_002_DB7PR03MB4971A3C2E1F0B9D8C7E6A5B4C3D2E1F0_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C0 : RENARD Michel
  Objet : Nous mettons =E0 jour notre politique de confidentialit=E9
  Envoy=E9 : lundi 23 novembre 2026 08:05:00 (UTC+01:00) Bruxelles, Copenha=
gue, Madrid, Paris

a =E9t=E9 lu le lundi 23 novembre 2026 08:47:31 (UTC+01:00) Bruxelles, Cope=
nhague, Madrid, Paris.

--_002_DB7PR03MB4971A3C2E1F0B9D8C7E6A5B4C3D2E1F0_
Content-Type: message/disposition-notification

Reporting-UA: DB7PR03MB4971.eurprd03.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;m.renard@renard-assurances.be
Original-Message-ID: <notice26.fr.31874@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_DB7PR03MB4971A3C2E1F0B9D8C7E6A5B4C3D2E1F0_--
"""),
    ('fr', 'icloud-vacation-fr', 'automated', (), """\
Return-Path: <helene.gautier@icloud.com>
From: =?utf-8?Q?H=C3=A9l=C3=A8ne_Gautier?= <helene.gautier@icloud.com>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Re=C2=A0:_Nous_mettons_=C3=A0_jour_notre_politique_de_con?=
 =?utf-8?Q?fidentialit=C3=A9?=
Date: Mon, 23 Nov 2026 07:06:02 +0000 (GMT)
Message-ID: <9a1c0e47-3f2b-4d8a-b6e1-5c7d2f0a8e93@me.com>
In-Reply-To: <notice26.fr.33102@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis en cong=C3=A9 jusqu'au 1er d=C3=A9cembre et je n'aurai qu'un acc=C3=
=A8s tr=C3=A8s limit=C3=A9 =C3=A0 mes e-mails. Je vous r=C3=A9pondrai d=C3=
=A8s mon retour.

Bien =C3=A0 vous,
H=C3=A9l=C3=A8ne Gautier
"""),
    ('de', 'exchange-oof-de', 'automated', (), """\
From: "Vogel, Markus" <m.vogel@vogel-steuerberatung.de>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?q?Automatische_Antwort=3A_Black_Friday=3A_bis_zu_50_?=
 =?iso-8859-1?q?=25_auf_Gartenm=F6bel?=
Thread-Topic: =?iso-8859-1?q?Black_Friday=3A_bis_zu_50_=25_auf_Gartenm=F6bel?=
Thread-Index: AQHbP904ec9b1cdf3f518bd==
Date: Mon, 23 Nov 2026 06:01:12 +0000
Message-ID: <904ec9b1cdf3f518bd3be66b84ab4e73@FR2P281MB0417.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <bf26.0060114.Lk2wE8@mailout.shop.example.be>
References: <bf26.0060114.Lk2wE8@mailout.shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_904ec9b1cdf3f518bd3be66b84ab4e73FR2P281MB0417_"
MIME-Version: 1.0

--_000_904ec9b1cdf3f518bd3be66b84ab4e73FR2P281MB0417_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=FCr Ihre Nachricht. Ich bin bis einschlie=DFlich Freitag, 27.=
11.2026, nicht im B=FCro und habe keinen Zugriff auf meine E-Mails. Ihre Na=
chricht wird nicht weitergeleitet.

In dringenden F=E4llen wenden Sie sich bitte an Frau Schulte (sekretariat@v=
ogel-steuerberatung.de, Tel. 0221 987 65 40).

Mit freundlichen Gr=FC=DFen
Markus Vogel

--_000_904ec9b1cdf3f518bd3be66b84ab4e73FR2P281MB0417_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body lang=3D"de-DE"><div class=3D"WordSection1"><p>S=
ehr geehrte Damen und Herren,</p>
<p>vielen Dank f=FCr Ihre Nachricht. Ich bin bis einschlie=DFlich Freitag, =
27.11.2026, nicht im B=FCro und habe keinen Zugriff auf meine E-Mails. Ihre=
 Nachricht wird nicht weitergeleitet.</p>
<p>In dringenden F=E4llen wenden Sie sich bitte an Frau Schulte (sekretaria=
t@vogel-steuerberatung.de, Tel. 0221 987 65 40).</p>
<p>Mit freundlichen Gr=FC=DFen<br>
Markus Vogel</p></div></body></html>
--_000_904ec9b1cdf3f518bd3be66b84ab4e73FR2P281MB0417_--
"""),
    ('de', 'exchange-delay-dsn-de', 'automated', (), """\
Return-Path: <>
From: <postmaster@kanzlei-hoffmann.de>
To: <privacy@shop.example.be>
Date: Mon, 23 Nov 2026 11:13:28 +0100
Subject: =?utf-8?Q?=C3=9Cbermittlung_verz=C3=B6gert:_Wir_aktualisieren_unser?=
 =?utf-8?Q?e_Datenschutzerkl=C3=A4rung?=
Message-ID: <3c7e91a4-2b0d-4f58-9e61-0a8d4c2b7f15@EX01.kanzlei-hoffmann.local>
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a41f0c2e-8d7b-4e93-b5c6-1f2e3d4c5b6a"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--a41f0c2e-8d7b-4e93-b5c6-1f2e3d4c5b6a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Die =C3=9Cbermittlung an diese Empf=C3=A4nger oder Gruppen wird verz=C3=B6g=
ert:

Hoffmann, Ute (u.hoffmann@kanzlei-hoffmann.de)

Betreff: Wir aktualisieren unsere Datenschutzerkl=C3=A4rung

Diese Nachricht wurde noch nicht =C3=BCbermittelt. Es wird weiterhin versuc=
ht, die Nachricht zu =C3=BCbermitteln.

Der Server versucht noch 1 Tag(e), 19 Stunde(n) und 52 Minute(n) lang, die =
Nachricht zu =C3=BCbermitteln. Sie werden benachrichtigt, wenn die Nachrich=
t bis dahin nicht =C3=BCbermittelt wurde.

Diagnoseinformationen f=C3=BCr Administratoren:

Generierender Server: EX01.kanzlei-hoffmann.local
Empf=C3=A4nger: u.hoffmann@kanzlei-hoffmann.de
Remoteserver hat '451 4.4.0 Primary target IP address responded with: "421 =
4.4.2 Connection dropped due to SocketError."' zur=C3=BCckgegeben.

--a41f0c2e-8d7b-4e93-b5c6-1f2e3d4c5b6a
Content-Type: message/delivery-status

Reporting-MTA: dns;EX01.kanzlei-hoffmann.local
Received-From-MTA: dns;mailout.shop.example.be
Arrival-Date: Mon, 23 Nov 2026 07:05:03 +0000

Final-Recipient: rfc822;u.hoffmann@kanzlei-hoffmann.de
Action: delayed
Status: 4.4.0
Diagnostic-Code: smtp;451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError."
Will-Retry-Until: Wed, 25 Nov 2026 07:05:03 +0000

--a41f0c2e-8d7b-4e93-b5c6-1f2e3d4c5b6a
Content-Type: text/rfc822-headers

From: "shop.example.be" <privacy@shop.example.be>
To: Ute Hoffmann <u.hoffmann@kanzlei-hoffmann.de>
Subject: =?utf-8?q?Wir_aktualisieren_unsere_Datenschutzerkl=C3=A4rung?=
Date: Mon, 23 Nov 2026 08:05:00 +0100
Message-ID: <notice26.de.40553@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--a41f0c2e-8d7b-4e93-b5c6-1f2e3d4c5b6a--
"""),
    ('de', 'sieve-vacation-pigeonhole', 'automated', (), """\
Return-Path: <>
Delivered-To: privacy@shop.example.be
Message-ID: <dovecot-sieve-1795413718-442981-0@mail.posteo.de>
Date: Mon, 23 Nov 2026 07:01:58 +0100
From: <k.brandt@posteo.de>
To: <privacy@shop.example.be>
Subject: Auto: Black Friday: bis zu 50 % auf =?utf-8?q?Gartenm=C3=B6bel?=
In-Reply-To: <bf26.0061380.Nb4xC6@mailout.shop.example.be>
References: <bf26.0061380.Nb4xC6@mailout.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hallo,

ich bin bis zum 6. Dezember im Urlaub und lese in dieser Zeit keine E-Mails.
Ihre Nachricht wird nicht weitergeleitet; ich melde mich nach meiner Rückkehr.

Viele Grüße
Katrin Brandt
"""),
    ('de', 'postfix-bounce-de-template', 'automated', (), """\
Return-Path: <>
Delivered-To: privacy@shop.example.be
Date: Mon, 23 Nov 2026 07:02:44 +0100 (CET)
From: MAILER-DAEMON@mail.schreinerei-krause.de (Mail Delivery System)
Subject: Unzustellbar: Nachricht an Absender =?utf-8?q?zur=C3=BCck?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="6D2E8B41F9.1795413764/mail.schreinerei-krause.de"
Content-Transfer-Encoding: 8bit
Message-Id: <20261123060244.A81C3B41FA@mail.schreinerei-krause.de>

Dies ist eine Nachricht im MIME-Format.

--6D2E8B41F9.1795413764/mail.schreinerei-krause.de
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist das Mailsystem auf dem Rechner mail.schreinerei-krause.de.

Leider muss ich Ihnen mitteilen, dass Ihre Nachricht nicht an einen
oder mehrere Empfänger zugestellt werden konnte. Sie ist unten angehängt.

Für weitere Hilfe senden Sie bitte eine E-Mail an postmaster.

Wenn Sie das tun, fügen Sie bitte diesen Fehlerbericht bei. Ihren
eigenen Text können Sie aus der angehängten Nachricht entfernen.

                   Das Mailsystem

<t.krause@schreinerei-krause.de>: Empfängeradresse abgelehnt: Benutzer
    unbekannt in der virtuellen Postfachtabelle

--6D2E8B41F9.1795413764/mail.schreinerei-krause.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.schreinerei-krause.de
X-Postfix-Queue-ID: 6D2E8B41F9
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 23 Nov 2026 07:02:43 +0100 (CET)

Final-Recipient: rfc822; t.krause@schreinerei-krause.de
Original-Recipient: rfc822;t.krause@schreinerei-krause.de
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; User unknown in virtual mailbox table

--6D2E8B41F9.1795413764/mail.schreinerei-krause.de
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
From: "shop.example.be" <news@shop.example.be>
Reply-To: privacy@shop.example.be
To: t.krause@schreinerei-krause.de
Subject: =?utf-8?q?Black_Friday=3A_bis_zu_50_=25_auf_Gartenm=C3=B6bel?=
Date: Mon, 23 Nov 2026 07:00:12 +0100
Message-ID: <bf26.0062277.Uq1hB6@mailout.shop.example.be>
List-Unsubscribe: <https://shop.example.be/u/Uq1hB6nEz3>, <mailto:privacy@shop.example.be?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_bf26_Uq1hB6nEz3"

--=_bf26_Uq1hB6nEz3
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

BLACK FRIDAY BEI SHOP.EXAMPLE.BE
Bis zu 50 % Rabatt auf Gartenm=C3=B6bel, Grills und Au=C3=9Fenbeleuchtung.
Nur diese Woche, bis Montag, 30. November.

Jetzt shoppen: https://shop.example.be/de/black-friday

Sie erhalten diesen Newsletter, weil Sie sich auf shop.example.be angemelde=
t haben.
Abmelden: https://shop.example.be/u/Uq1hB6nEz3

--=_bf26_Uq1hB6nEz3
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial"><p>BLACK FRIDAY BEI SHOP.EXAMPLE.BE=
<br>
Bis zu 50 % Rabatt auf Gartenm=C3=B6bel, Grills und Au=C3=9Fenbeleuchtung.<=
br>
Nur diese Woche, bis Montag, 30. November.</p>
<p>Jetzt shoppen: https://shop.example.be/de/black-friday</p>
<p>Sie erhalten diesen Newsletter, weil Sie sich auf shop.example.be angeme=
ldet haben.<br>
Abmelden: https://shop.example.be/u/Uq1hB6nEz3</p></body></html>
--=_bf26_Uq1hB6nEz3--

--6D2E8B41F9.1795413764/mail.schreinerei-krause.de--
"""),
    ('de', 'unmonitored-invoice-mailbox-de', 'automated', (), """\
Return-Path: <rechnung@stadtwerke-muehlhausen-nord.de>
From: Stadtwerke =?utf-8?q?M=C3=BChlhausen-Nord?= <rechnung@stadtwerke-muehlhausen-nord.de>
To: privacy@shop.example.be
Subject: =?utf-8?q?AW:_Wir_aktualisieren_unsere_Datenschutzerkl=C3=A4rung?=
Date: Mon, 23 Nov 2026 08:05:37 +0100
Message-ID: <autoreply.20261123080537.5512@stadtwerke-muehlhausen-nord.de>
In-Reply-To: <notice26.de.41209@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

*** Dies ist eine automatisch erzeugte Nachricht. ***

Dieses Postfach wird ausschlie=C3=9Flich f=C3=BCr den Versand von Rechnunge=
n genutzt und nicht =C3=BCberwacht. Ihre Nachricht wurde nicht gelesen und =
nicht weitergeleitet.

F=C3=BCr Anliegen zu Ihrem Vertrag nutzen Sie bitte unser Kundenportal unte=
r https://portal.stadtwerke-muehlhausen-nord.de oder schreiben Sie an servi=
ce@stadtwerke-muehlhausen-nord.de.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihre Stadtwerke M=C3=BChlhausen-Nord

-----Urspr=C3=BCngliche Nachricht-----
Von: shop.example.be <privacy@shop.example.be>
Gesendet: Montag, 23. November 2026 08:05
An: rechnung@stadtwerke-muehlhausen-nord.de
Betreff: Wir aktualisieren unsere Datenschutzerkl=C3=A4rung

Liebe Kundin, lieber Kunde,

ab dem 1. Januar 2027 aktualisieren wir unsere Datenschutzerkl=C3=A4rung:
- mit unserer neuen Kundenkarten-App sammeln Sie Punkte auf dem Smartphone;
- wir geben Ihre Kaufhistorie an einen Werbepartner weiter, damit Sie passe=
ndere Angebote sehen, sofern Sie nicht widersprechen.

Ihre Einstellungen =C3=A4ndern oder widersprechen k=C3=B6nnen Sie jederzeit=
 unter https://shop.example.be/de/einstellungen
Fragen? Schreiben Sie an privacy@shop.example.be.

Zur neuen Datenschutzerkl=C3=A4rung: https://shop.example.be/de/datenschutz
"""),
    ('es', 'outlook-oof-es-no-auto-header', 'automated', (), """\
From: Javier Morales <jmorales@construcciones-morales.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?q?Respuesta_autom=E1tica=3A_Black_Friday=3A_hasta_un_5?=
 =?iso-8859-1?q?0_=25_en_muebles_de_jard=EDn?=
Thread-Topic: =?iso-8859-1?q?Black_Friday=3A_hasta_un_50_=25_en_muebles_de_j?=
 =?iso-8859-1?q?ard=EDn?=
Thread-Index: AQHbP9a66fbce48df602509==
Date: Mon, 23 Nov 2026 07:01:44 +0100
Message-ID: <9a66fbce48df602509a5d569538b77db@EXCH02.construcciones-morales.local>
In-Reply-To: <bf26.0070342.Zr3eW1@mailout.shop.example.be>
References: <bf26.0070342.Zr3eW1@mailout.shop.example.be>
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Content-Type: multipart/alternative;
	boundary="_000_9a66fbce48df602509a5d569538b77dbEXCH02_"
MIME-Version: 1.0

--_000_9a66fbce48df602509a5d569538b77dbEXCH02_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Buenos d=EDas:

Estar=E9 fuera de la oficina hasta el lunes 30 de noviembre, con acceso lim=
itado al correo electr=F3nico.
Para asuntos urgentes pueden escribir a administracion@construcciones-moral=
es.es o llamar al 91 555 23 17.

Un saludo,
Javier Morales

--_000_9a66fbce48df602509a5d569538b77dbEXCH02_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body lang=3D"es-ES"><div class=3D"WordSection1"><p>B=
uenos d=EDas:</p>
<p>Estar=E9 fuera de la oficina hasta el lunes 30 de noviembre, con acceso =
limitado al correo electr=F3nico.<br>
Para asuntos urgentes pueden escribir a administracion@construcciones-moral=
es.es o llamar al 91 555 23 17.</p>
<p>Un saludo,<br>
Javier Morales</p></div></body></html>
--_000_9a66fbce48df602509a5d569538b77dbEXCH02_--
"""),
    ('es', 'zimbra-vacation-es', 'automated', (), """\
Return-Path: <lucia.fernandez@ayto-villanueva.es>
Date: Mon, 23 Nov 2026 07:02:09 +0100 (CET)
From: =?utf-8?Q?Luc=C3=ADa_Fern=C3=A1ndez_Ortega?= <lucia.fernandez@ayto-villanueva.es>
To: privacy@shop.example.be
Message-ID: <1795413729110.18834.1732345329@correo.ayto-villanueva.es>
In-Reply-To: <notice26.es.50871@shop.example.be>
Subject: Fuera de la oficina
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4580

Hola:

Estoy de vacaciones hasta el 4 de diciembre y no reviso el correo. Su mensaje no se reenviará.
Para cualquier gestión municipal, contacte con el registro general: registro@ayto-villanueva.es

Gracias,
Lucía Fernández
"""),
    ('es', 'exchange-ndr-es-user-unknown', 'automated', (), """\
Return-Path: <>
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ferreteria-garcia.es>
To: <privacy@shop.example.be>
Date: Mon, 23 Nov 2026 07:05:20 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0623e18f-e2f0-2632-f87a-e629e4b4bfcb"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: es-ES
Message-ID: <9a717393-d6ba-27ad-65b0-76d46eb86910@MAD2P281MB0099.ESPP281.PROD.OUTLOOK.COM>
Subject: =?utf-8?q?No_se_puede_entregar=3A_Actualizamos_nuestra_pol=C3=ADtic?=
 =?utf-8?q?a_de_privacidad?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--0623e18f-e2f0-2632-f87a-e629e4b4bfcb
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="9a717393-d6ba-27ad-65b0-76d46eb86910"

--9a717393-d6ba-27ad-65b0-76d46eb86910
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Su mensaje para l.garcia@ferreteria-garcia.es no se pudo entregar.

No se encontr=C3=B3 l.garcia en ferreteria-garcia.es.

l.garcia          Office 365          ferreteria-garcia.es
Acci=C3=B3n necesaria                      Destinatario

Direcci=C3=B3n de correo electr=C3=B3nico desconocida

C=C3=B3mo solucionarlo
Puede que la direcci=C3=B3n est=C3=A9 mal escrita o que ya no exista. Inten=
te una o varias de las siguientes acciones:
- Vuelva a enviar el mensaje. Aseg=C3=BArese de que la direcci=C3=B3n es co=
rrecta.
- P=C3=B3ngase en contacto con el destinatario por otro medio (por tel=C3=
=A9fono, por ejemplo) para confirmar la direcci=C3=B3n.

M=C3=A1s informaci=C3=B3n para administradores de correo electr=C3=B3nico
C=C3=B3digo de estado: 550 5.1.10

--9a717393-d6ba-27ad-65b0-76d46eb86910
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><div style=3D"font-family:Segoe UI,Frutiger,Arial;fo=
nt-size:16px"><p>Su mensaje para l.garcia@ferreteria-garcia.es no se pudo e=
ntregar.</p>
<p>No se encontr=C3=B3 l.garcia en ferreteria-garcia.es.</p>
<p>l.garcia          Office 365          ferreteria-garcia.es<br>
Acci=C3=B3n necesaria                      Destinatario</p>
<p>Direcci=C3=B3n de correo electr=C3=B3nico desconocida</p>
<p>C=C3=B3mo solucionarlo<br>
Puede que la direcci=C3=B3n est=C3=A9 mal escrita o que ya no exista. Inten=
te una o varias de las siguientes acciones:<br>
- Vuelva a enviar el mensaje. Aseg=C3=BArese de que la direcci=C3=B3n es co=
rrecta.<br>
- P=C3=B3ngase en contacto con el destinatario por otro medio (por tel=C3=
=A9fono, por ejemplo) para confirmar la direcci=C3=B3n.</p>
<p>M=C3=A1s informaci=C3=B3n para administradores de correo electr=C3=B3nic=
o<br>
C=C3=B3digo de estado: 550 5.1.10</p></div></body></html>
--9a717393-d6ba-27ad-65b0-76d46eb86910--

--0623e18f-e2f0-2632-f87a-e629e4b4bfcb
Content-Type: message/delivery-status

Reporting-MTA: dns;MAD2P281MB0099.ESPP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;mailout.shop.example.be
Arrival-Date: Mon, 23 Nov 2026 07:05:20 +0000

Final-Recipient: rfc822;l.garcia@ferreteria-garcia.es
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient l.garcia@ferreteria-garcia.es not found by SMTP address lookup

--0623e18f-e2f0-2632-f87a-e629e4b4bfcb
Content-Type: text/rfc822-headers

From: "shop.example.be" <privacy@shop.example.be>
To: l.garcia@ferreteria-garcia.es
Subject: =?utf-8?q?Actualizamos_nuestra_pol=C3=ADtica_de_privacidad?=
Date: Mon, 23 Nov 2026 08:05:00 +0100
Message-ID: <notice26.es.51002@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--0623e18f-e2f0-2632-f87a-e629e4b4bfcb--
"""),
    ('it', 'libero-autoresponder-quoting', 'automated', (), """\
Return-Path: <giulia.conti@libero.it>
Date: Mon, 23 Nov 2026 07:01:21 +0100 (CET)
From: Giulia Conti <giulia.conti@libero.it>
To: privacy@shop.example.be
Message-ID: <1795413681.412.1732345281@mail1.libero.it>
In-Reply-To: <bf26.0080411.Ai7oR2@mailout.shop.example.be>
Subject: Risposta automatica: Black Friday: fino al 50% sui mobili da giardino
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Autoreply: yes
Auto-Submitted: auto-replied

Grazie per la sua email.
Sono in ferie fino a luned=C3=AC 30 novembre e risponder=C3=B2 al mio rient=
ro.

Giulia Conti

----Messaggio originale----
Da: news@shop.example.be
Data: 23/11/2026 7.00
A: <giulia.conti@libero.it>
Ogg: Black Friday: fino al 50% sui mobili da giardino

BLACK FRIDAY SU SHOP.EXAMPLE.BE
Fino al 50% di sconto su mobili da giardino, barbecue e illuminazione da es=
terno.
Solo questa settimana, fino a luned=C3=AC 30 novembre.

Acquista ora: https://shop.example.be/it/black-friday

Ricevi questa newsletter perch=C3=A9 ti sei iscritto su shop.example.be.
Annulla l'iscrizione: https://shop.example.be/u/Ai7oR2tMv5
"""),
    ('it', 'exchange-ndr-it-mailbox-full', 'automated', (), """\
Return-Path: <>
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@studiorossi-architetti.it>
To: <privacy@shop.example.be>
Date: Mon, 23 Nov 2026 06:00:57 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0eff7d8d-c899-ba3a-ac0f-105f9e68a508"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: it-IT
Message-ID: <27a6c0fd-4243-ea1c-8cf4-066c25bd7341@MI1P293MB0571.ITAP293.PROD.OUTLOOK.COM>
Subject: Non recapitabile: Black Friday: fino al 50% sui mobili da giardino
Auto-Submitted: auto-replied
MIME-Version: 1.0

--0eff7d8d-c899-ba3a-ac0f-105f9e68a508
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="27a6c0fd-4243-ea1c-8cf4-066c25bd7341"

--27a6c0fd-4243-ea1c-8cf4-066c25bd7341
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Impossibile recapitare il messaggio a m.rossi@studiorossi-architetti.it.

La cassetta postale del destinatario =C3=A8 piena e al momento non pu=C3=B2=
 accettare messaggi. Riprova a inviare il messaggio pi=C3=B9 tardi oppure c=
ontatta il destinatario in altro modo.

m.rossi          Office 365          studiorossi-architetti.it
Azione necessaria                    Destinatario

Cassetta postale piena

Altre informazioni per gli amministratori della posta elettronica
Codice di stato: 554 5.2.2

--27a6c0fd-4243-ea1c-8cf4-066c25bd7341
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><div style=3D"font-family:Segoe UI,Frutiger,Arial;fo=
nt-size:16px"><p>Impossibile recapitare il messaggio a m.rossi@studiorossi-=
architetti.it.</p>
<p>La cassetta postale del destinatario =C3=A8 piena e al momento non pu=C3=
=B2 accettare messaggi. Riprova a inviare il messaggio pi=C3=B9 tardi oppur=
e contatta il destinatario in altro modo.</p>
<p>m.rossi          Office 365          studiorossi-architetti.it<br>
Azione necessaria                    Destinatario</p>
<p>Cassetta postale piena</p>
<p>Altre informazioni per gli amministratori della posta elettronica<br>
Codice di stato: 554 5.2.2</p></div></body></html>
--27a6c0fd-4243-ea1c-8cf4-066c25bd7341--

--0eff7d8d-c899-ba3a-ac0f-105f9e68a508
Content-Type: message/delivery-status

Reporting-MTA: dns;MI1P293MB0571.ITAP293.PROD.OUTLOOK.COM
Received-From-MTA: dns;mailout.shop.example.be
Arrival-Date: Mon, 23 Nov 2026 06:00:57 +0000

Final-Recipient: rfc822;m.rossi@studiorossi-architetti.it
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--0eff7d8d-c899-ba3a-ac0f-105f9e68a508
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: "shop.example.be" <news@shop.example.be>
Reply-To: privacy@shop.example.be
To: m.rossi@studiorossi-architetti.it
Subject: Black Friday: fino al 50% sui mobili da giardino
Date: Mon, 23 Nov 2026 07:00:12 +0100
Message-ID: <bf26.0081245.Ce4lP8@mailout.shop.example.be>
List-Unsubscribe: <https://shop.example.be/u/Ce4lP8yNa0>, <mailto:privacy@shop.example.be?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_bf26_Ce4lP8yNa0"

--0eff7d8d-c899-ba3a-ac0f-105f9e68a508--
"""),
    ('pt', 'gmail-vacation-pt', 'automated', (), """\
Delivered-To: privacy@shop.example.be
MIME-Version: 1.0
From: =?UTF-8?Q?In=C3=AAs_Carvalho?= <ines.carvalho.lx@gmail.com>
Date: Mon, 23 Nov 2026 06:01:49 +0000
Message-ID: <CAJx9vR3p+Lq2Wt_0kNmZ8aE1fYb7sH4dGc6uO5iT2rXw9vQ@mail.gmail.com>
Subject: =?UTF-8?Q?Re:_Black_Friday:_at=C3=A9_50%_em_mobili=C3=A1rio_de_jardim?=
To: privacy@shop.example.be
In-Reply-To: <bf26.0090118.Qs2dF5@mailout.shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="00000000000074e9a80612ab01c2"

--00000000000074e9a80612ab01c2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Estou de f=C3=A9rias at=C3=A9 dia 2 de dezembro, sem acesso regular ao emai=
l. Responderei assim que regressar.

Obrigada,
In=C3=AAs

--00000000000074e9a80612ab01c2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Ol=C3=A1,<div><br></div><div>Estou de f=C3=A9rias at=C3=A9=
 dia 2 de dezembro, sem acesso regular ao email. Responderei assim que regr=
essar.</div><div><br></div><div>Obrigada,</div><div>In=C3=AAs</div></div>

--00000000000074e9a80612ab01c2--
"""),
    ('pt', 'postfix-bounce-pt-quota', 'automated', (), """\
Return-Path: <>
Date: Mon, 23 Nov 2026 07:04:02 +0000 (WET)
From: MAILER-DAEMON@mail.clinicadentaria-lopes.pt (Sistema de Entrega de Correio)
Subject: =?utf-8?q?Mensagem_n=C3=A3o_entregue?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="F01A93C2D1.1795413842/mail.clinicadentaria-lopes.pt"
Message-Id: <20261123070402.1B22A3C2D5@mail.clinicadentaria-lopes.pt>

--F01A93C2D1.1795413842/mail.clinicadentaria-lopes.pt
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

RXN0YSDDqSBhIG1lbnNhZ2VtIGRvIHNpc3RlbWEgZGUgY29ycmVpbyBkbyBzZXJ2aWRvciBtYWls
LmNsaW5pY2FkZW50YXJpYS1sb3Blcy5wdC4KCkxhbWVudGFtb3MgaW5mb3JtYXIgcXVlIGEgc3Vh
IG1lbnNhZ2VtIG7Do28gcMO0ZGUgc2VyIGVudHJlZ3VlIGEgdW0gb3UKbWFpcyBkZXN0aW5hdMOh
cmlvcy4gU2VndWUgZW0gYW5leG8uCgpQYXJhIG1haXMgYWp1ZGEsIGVudmllIHVtIGVtYWlsIHBh
cmEgcG9zdG1hc3Rlci4KCiAgICAgICAgICAgICAgICAgICBPIHNpc3RlbWEgZGUgY29ycmVpbwoK
PGdlcmFsQGNsaW5pY2FkZW50YXJpYS1sb3Blcy5wdD46IGNhaXhhIGRlIGNvcnJlaW8gY2hlaWEg
KHF1b3RhIGV4Y2VkaWRhKQo=

--F01A93C2D1.1795413842/mail.clinicadentaria-lopes.pt
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.clinicadentaria-lopes.pt
X-Postfix-Queue-ID: F01A93C2D1
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 23 Nov 2026 07:04:01 +0000 (WET)

Final-Recipient: rfc822; geral@clinicadentaria-lopes.pt
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Postfix; mailbox full

--F01A93C2D1.1795413842/mail.clinicadentaria-lopes.pt
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: "shop.example.be" <privacy@shop.example.be>
To: geral@clinicadentaria-lopes.pt
Subject: =?utf-8?q?Estamos_a_atualizar_a_nossa_pol=C3=ADtica_de_privacidade?=
Date: Mon, 23 Nov 2026 08:05:00 +0100
Message-ID: <notice26.pt.61555@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--F01A93C2D1.1795413842/mail.clinicadentaria-lopes.pt--
"""),
    ('pt', 'freshdesk-ticket-ack-pt', 'automated', (), """\
Return-Path: <bounces+1234567-abcd-privacy=shop.example.be@emailhelpdesk.freshdesk.com>
From: =?UTF-8?Q?M=C3=B3veis_Lusit=C3=A2nia?= <apoio@moveislusitania.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Pedido_recebido:_Estamos_a_atualizar_a_nossa_pol=C3=ADtica_de_p?=
 =?UTF-8?Q?rivacidade_[#8841]?=
Date: Mon, 23 Nov 2026 08:06:14 +0000
Message-ID: <6741ed26.8841.fd-ticket@moveislusitania.freshdesk.com>
In-Reply-To: <notice26.pt.62010@shop.example.be>
References: <notice26.pt.62010@shop.example.be>
Auto-Submitted: auto-generated
X-FD-Email: true
X-Freshdesk-Ticket-Id: 8841
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6741ed26a1b2c_3f2a"

----==_mimepart_6741ed26a1b2c_3f2a
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Obrigado por nos contactar. O seu pedido foi registado com o n=C3=BAmero #8=
841 e ser=C3=A1 tratado pela nossa equipa o mais brevemente poss=C3=ADvel (=
normalmente em 1 a 2 dias =C3=BAteis).

Pode acompanhar o estado do pedido em: https://apoio.moveislusitania.pt/sup=
port/tickets/8841

Com os melhores cumprimentos,
Equipa de Apoio ao Cliente
M=C3=B3veis Lusit=C3=A2nia

Este =C3=A9 um email autom=C3=A1tico. Por favor, n=C3=A3o altere o assunto =
ao responder.

----==_mimepart_6741ed26a1b2c_3f2a
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Ol=C3=A1,</p>
<p>Obrigado por nos contactar. O seu pedido foi registado com o n=C3=BAmero=
 #8841 e ser=C3=A1 tratado pela nossa equipa o mais brevemente poss=C3=ADve=
l (normalmente em 1 a 2 dias =C3=BAteis).</p>
<p>Pode acompanhar o estado do pedido em: https://apoio.moveislusitania.pt/=
support/tickets/8841</p>
<p>Com os melhores cumprimentos,<br>
Equipa de Apoio ao Cliente<br>
M=C3=B3veis Lusit=C3=A2nia</p>
<p>Este =C3=A9 um email autom=C3=A1tico. Por favor, n=C3=A3o altere o assun=
to ao responder.</p></body></html>
----==_mimepart_6741ed26a1b2c_3f2a--
"""),
    ('pl', 'wp-autoresponder-quoting-notice', 'automated', (), """\
Return-Path: <a.nowak@wp.pl>
From: Agnieszka Nowak <a.nowak@wp.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Autoodpowied=C5=BA:_Aktualizujemy_nasz=C4=85_polityk=C4=99_pry?=
 =?UTF-8?Q?watno=C5=9Bci?=
Date: Mon, 23 Nov 2026 08:05:58 +0100
Message-ID: <a1f3c9e2d7b84b06@wp.pl>
In-Reply-To: <notice26.pl.70233@shop.example.be>
X-Autoreply: yes
Auto-Submitted: auto-replied
X-Mailer: Poczta WP
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Dzie=F1 dobry,

dzi=EAkuj=EA za wiadomo=B6=E6. Jestem na urlopie do 30 listopada 2026 r. i =
nie mam dost=EApu do poczty. Odpowiem po powrocie.

Pozdrawiam
Agnieszka Nowak

--- Wiadomo=B6=E6 oryginalna ---
Od: shop.example.be <privacy@shop.example.be>
Do: a.nowak@wp.pl
Data: 23.11.2026 08:05
Temat: Aktualizujemy nasz=B1 polityk=EA prywatno=B6ci

Szanowni Pa=F1stwo,

od 1 stycznia 2027 r. aktualizujemy nasz=B1 polityk=EA prywatno=B6ci:
- w nowej aplikacji karty lojalno=B6ciowej zbierzesz punkty w telefonie;
- b=EAdziemy przekazywa=E6 histori=EA Twoich zakup=F3w partnerowi reklamowe=
mu, aby=B6 widzia=B3 trafniejsze oferty, chyba =BFe wniesiesz sprzeciw.

Ustawienia mo=BFesz zmieni=E6 lub wnie=B6=E6 sprzeciw w ka=BFdej chwili: ht=
tps://shop.example.be/pl/preferencje
Pytania? Napisz na privacy@shop.example.be.

Nowa polityka prywatno=B6ci: https://shop.example.be/pl/prywatnosc
"""),
    ('pl', 'exchange-ndr-pl-user-unknown', 'automated', (), """\
Return-Path: <>
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@zielinski-transport.pl>
To: <privacy@shop.example.be>
Date: Mon, 23 Nov 2026 06:00:44 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="c59995c4-3d3f-ac6a-1b24-0f7b97d9dbe9"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pl-PL
Message-ID: <f0945ad5-6f0a-09f6-49b7-921b5c32615e@WA0P291MB0301.POLP291.PROD.OUTLOOK.COM>
Subject: Niedostarczalne: Black Friday: do -50% na meble ogrodowe
Auto-Submitted: auto-replied
MIME-Version: 1.0

--c59995c4-3d3f-ac6a-1b24-0f7b97d9dbe9
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="f0945ad5-6f0a-09f6-49b7-921b5c32615e"

--f0945ad5-6f0a-09f6-49b7-921b5c32615e
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Nie mo=BFna dostarczy=E6 wiadomo=B6ci do k.zielinski@zielinski-transport.pl

Nie znaleziono adresu k.zielinski w domenie zielinski-transport.pl.

k.zielinski          Office 365          zielinski-transport.pl
Wymagana akcja                           Adresat

Nieznany adres e-mail

Jak to naprawi=E6
Adres m=F3g=B3 zosta=E6 b=B3=EAdnie wpisany lub ju=BF nie istnieje. Sprawd=
=BC adres i wy=B6lij wiadomo=B6=E6 ponownie albo skontaktuj si=EA z adresat=
em w inny spos=F3b.

Wi=EAcej informacji dla administrator=F3w poczty e-mail
Kod stanu: 550 5.1.10

--f0945ad5-6f0a-09f6-49b7-921b5c32615e
Content-Type: text/html; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-2"></head><body><div style=3D"font-family:Segoe UI,Frutiger,Ari=
al;font-size:16px"><p>Nie mo=BFna dostarczy=E6 wiadomo=B6ci do k.zielinski@=
zielinski-transport.pl</p>
<p>Nie znaleziono adresu k.zielinski w domenie zielinski-transport.pl.</p>
<p>k.zielinski          Office 365          zielinski-transport.pl<br>
Wymagana akcja                           Adresat</p>
<p>Nieznany adres e-mail</p>
<p>Jak to naprawi=E6<br>
Adres m=F3g=B3 zosta=E6 b=B3=EAdnie wpisany lub ju=BF nie istnieje. Sprawd=
=BC adres i wy=B6lij wiadomo=B6=E6 ponownie albo skontaktuj si=EA z adresat=
em w inny spos=F3b.</p>
<p>Wi=EAcej informacji dla administrator=F3w poczty e-mail<br>
Kod stanu: 550 5.1.10</p></div></body></html>
--f0945ad5-6f0a-09f6-49b7-921b5c32615e--

--c59995c4-3d3f-ac6a-1b24-0f7b97d9dbe9
Content-Type: message/delivery-status

Reporting-MTA: dns;WA0P291MB0301.POLP291.PROD.OUTLOOK.COM
Received-From-MTA: dns;mailout.shop.example.be
Arrival-Date: Mon, 23 Nov 2026 06:00:44 +0000

Final-Recipient: rfc822;k.zielinski@zielinski-transport.pl
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k.zielinski@zielinski-transport.pl not found by SMTP address lookup

--c59995c4-3d3f-ac6a-1b24-0f7b97d9dbe9
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: "shop.example.be" <news@shop.example.be>
Reply-To: privacy@shop.example.be
To: k.zielinski@zielinski-transport.pl
Subject: Black Friday: do -50% na meble ogrodowe
Date: Mon, 23 Nov 2026 07:00:12 +0100
Message-ID: <bf26.0100877.Ep6gH1@mailout.shop.example.be>
List-Unsubscribe: <https://shop.example.be/u/Ep6gH1jKs2>, <mailto:privacy@shop.example.be?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_bf26_Ep6gH1jKs2"

--c59995c4-3d3f-ac6a-1b24-0f7b97d9dbe9--
"""),
    ('pl', 'mail-gateway-blocked-bulk-pl', 'automated', (), """\
Return-Path: <>
From: "Ochrona poczty" <postmaster@biuro-kowalczyk.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?B?V2lhZG9tb8WbxIcgemFibG9rb3dhbmE6IEJsYWNrIEZyaWRheTogZG8gLTUwJSBuYSBtZWJsZSBvZ3JvZG93ZQ==?=
Date: Mon, 23 Nov 2026 07:00:52 +0100
Message-ID: <fm-quar-20261123070052-88412@gw.biuro-kowalczyk.pl>
Auto-Submitted: auto-generated
X-Mailer: FortiMail
MIME-Version: 1.0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OlRhaG9tYSxBcmlhbDtmb250LXNpemU6MTNw
eCI+CjxoMz5XaWFkb21vxZvEhyB6b3N0YcWCYSB6YWJsb2tvd2FuYTwvaDM+CjxwPldpYWRvbW/F
m8SHIHd5c8WCYW5hIHogYWRyZXN1IDxiPnByaXZhY3lAc2hvcC5leGFtcGxlLmJlPC9iPiBkbyA8
Yj5iaXVyb0BiaXVyby1rb3dhbGN6eWsucGw8L2I+IG5pZSB6b3N0YcWCYSBkb3N0YXJjem9uYS48
L3A+Cjx0YWJsZT4KPHRyPjx0ZD5UZW1hdDo8L3RkPjx0ZD5CbGFjayBGcmlkYXk6IGRvIC01MCUg
bmEgbWVibGUgb2dyb2Rvd2U8L3RkPjwvdHI+Cjx0cj48dGQ+RGF0YTo8L3RkPjx0ZD4yMy4xMS4y
MDI2IDA3OjAwOjUxPC90ZD48L3RyPgo8dHI+PHRkPlBvd8OzZDo8L3RkPjx0ZD5Qb2N6dGEgbWFz
b3dhIChidWxrKSDigJMgemFzYWRhIGZpcm1vd2EsIHJlcHV0YWNqYSBuYWRhd2N5PC90ZD48L3Ry
Pgo8dHI+PHRkPklkZW50eWZpa2F0b3I6PC90ZD48dGQ+NEFONlVrd2wwODg0MTItNEFONlVrd20w
ODg0MTI8L3RkPjwvdHI+CjwvdGFibGU+CjxwPkplxbxlbGkgdXdhxbxhc3osIMW8ZSB0byBwb215
xYJrYSwgc2tvbnRha3R1aiBzacSZIHogYWRtaW5pc3RyYXRvcmVtIG9kYmlvcmN5LjwvcD4KPHA+
PGk+VGEgd2lhZG9tb8WbxIcgem9zdGHFgmEgd3lnZW5lcm93YW5hIGF1dG9tYXR5Y3puaWUuIFBy
b3NpbXkgbmEgbmnEhSBuaWUgb2Rwb3dpYWRhxIcuPC9pPjwvcD4KPC9ib2R5PjwvaHRtbD4K
"""),
    ('cs', 'seznam-autoresponder', 'automated', (), """\
Return-Path: <petr.dvorak@seznam.cz>
Received: from email.seznam.cz by smtpc-mxa-7b9f4c8d5-2xkqp (Seznam Email)
Date: Mon, 23 Nov 2026 07:01:36 +0100 (CET)
From: =?utf-8?q?Petr_Dvo=C5=99=C3=A1k?= <petr.dvorak@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Automatick=C3=A1_odpov=C4=9B=C4=8F:_Black_Friday:_a=C5=BE_50_%_sl?=
 =?utf-8?q?eva_na_zahradn=C3=AD_n=C3=A1bytek?=
Message-Id: <5Kz.AbC7.4xDq1mR9pWe.1dA2Hv@seznam.cz>
In-Reply-To: <bf26.0110532.Mn3bV7@mailout.shop.example.be>
Auto-Submitted: auto-replied
Mime-Version: 1.0 (Szn Email)
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RG9icsO9IGRlbiwKCmRvIDI5LiAxMS4ganNlbSBuYSBkb3ZvbGVuw6kgYmV6IHDFmcOtc3R1cHUg
ayBlLW1haWx1LiBOYSBWYcWhaSB6cHLDoXZ1IG9kcG92w61tIHBvIG7DoXZyYXR1LgoKUyBwb3pk
cmF2ZW0KUGV0ciBEdm/FmcOhawo=
"""),
    ('cs', 'exchange-ndr-cs-mailbox-full', 'automated', (), """\
Return-Path: <>
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@novak-stavby.cz>
To: <privacy@shop.example.be>
Date: Mon, 23 Nov 2026 07:05:39 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3f02e9dc-0d72-745f-58fb-ec6c8723cb66"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: cs-CZ
Message-ID: <40a3e2a0-8c1e-7afa-5c68-9b2e4b0ec746@VI1PR06MB4520.eurprd06.prod.outlook.com>
Subject: =?utf-8?b?TmVkb3J1xI1pdGVsbsOpOiBBa3R1YWxpenVqZW1lIHrDoXNhZHkgb2No?=
 =?utf-8?b?cmFueSBvc29ibsOtY2ggw7pkYWrFrw==?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--3f02e9dc-0d72-745f-58fb-ec6c8723cb66
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="40a3e2a0-8c1e-7afa-5c68-9b2e4b0ec746"

--40a3e2a0-8c1e-7afa-5c68-9b2e4b0ec746
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Zpr=C3=A1vu pro jana.novakova@novak-stavby.cz nelze doru=C4=8Dit.

Po=C5=A1tovn=C3=AD schr=C3=A1nka p=C5=99=C3=ADjemce je pln=C3=A1 a moment=
=C3=A1ln=C4=9B nem=C5=AF=C5=BEe p=C5=99ij=C3=ADmat zpr=C3=A1vy. Zkuste zpr=
=C3=A1vu odeslat pozd=C4=9Bji nebo kontaktujte p=C5=99=C3=ADjemce jin=C3=BD=
m zp=C5=AFsobem.

jana.novakova          Office 365          novak-stavby.cz
Vy=C5=BEadov=C3=A1na akce                            P=C5=99=C3=ADjemce

Po=C5=A1tovn=C3=AD schr=C3=A1nka je pln=C3=A1

Dal=C5=A1=C3=AD informace pro spr=C3=A1vce e-mailu
Stavov=C3=BD k=C3=B3d: 554 5.2.2

--40a3e2a0-8c1e-7afa-5c68-9b2e4b0ec746
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><div style=3D"font-family:Segoe UI,Frutiger,Arial;fo=
nt-size:16px"><p>Zpr=C3=A1vu pro jana.novakova@novak-stavby.cz nelze doru=
=C4=8Dit.</p>
<p>Po=C5=A1tovn=C3=AD schr=C3=A1nka p=C5=99=C3=ADjemce je pln=C3=A1 a momen=
t=C3=A1ln=C4=9B nem=C5=AF=C5=BEe p=C5=99ij=C3=ADmat zpr=C3=A1vy. Zkuste zpr=
=C3=A1vu odeslat pozd=C4=9Bji nebo kontaktujte p=C5=99=C3=ADjemce jin=C3=BD=
m zp=C5=AFsobem.</p>
<p>jana.novakova          Office 365          novak-stavby.cz<br>
Vy=C5=BEadov=C3=A1na akce                            P=C5=99=C3=ADjemce</p>
<p>Po=C5=A1tovn=C3=AD schr=C3=A1nka je pln=C3=A1</p>
<p>Dal=C5=A1=C3=AD informace pro spr=C3=A1vce e-mailu<br>
Stavov=C3=BD k=C3=B3d: 554 5.2.2</p></div></body></html>
--40a3e2a0-8c1e-7afa-5c68-9b2e4b0ec746--

--3f02e9dc-0d72-745f-58fb-ec6c8723cb66
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR06MB4520.eurprd06.prod.outlook.com
Received-From-MTA: dns;mailout.shop.example.be
Arrival-Date: Mon, 23 Nov 2026 07:05:39 +0000

Final-Recipient: rfc822;jana.novakova@novak-stavby.cz
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--3f02e9dc-0d72-745f-58fb-ec6c8723cb66
Content-Type: text/rfc822-headers

From: "shop.example.be" <privacy@shop.example.be>
To: jana.novakova@novak-stavby.cz
Subject: =?utf-8?q?Aktualizujeme_z=C3=A1sady_ochrany_osobn=C3=ADch_=C3=BAdaj?=
 =?utf-8?q?=C5=AF?=
Date: Mon, 23 Nov 2026 08:05:00 +0100
Message-ID: <notice26.cs.80114@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--3f02e9dc-0d72-745f-58fb-ec6c8723cb66--
"""),
    ('hr', 'outlook-oof-hr', 'automated', (), """\
From: =?windows-1250?q?Marija_Kova=E8evi=E6?= <marija.kovacevic@kovacevic-savjetovanje.hr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?windows-1250?q?Automatski_odgovor=3A_Black_Friday=3A_do_50_=25_po?=
 =?windows-1250?q?pusta_na_vrtni_namje=9Ataj?=
Thread-Topic: =?windows-1250?q?Black_Friday=3A_do_50_=25_popusta_na_vrtni_na?=
 =?windows-1250?q?mje=9Ataj?=
Thread-Index: AQHbP0ab48fcfcd9b746ecb==
Date: Mon, 23 Nov 2026 06:01:18 +0000
Message-ID: <0ab48fcfcd9b746ecb19a3dfe21eb3ec@VI1P195MB0642.EURP195.PROD.OUTLOOK.COM>
In-Reply-To: <bf26.0120388.Hw4tY6@mailout.shop.example.be>
References: <bf26.0120388.Hw4tY6@mailout.shop.example.be>
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_0ab48fcfcd9b746ecb19a3dfe21eb3ecVI1P195MB0642_"
MIME-Version: 1.0

--_000_0ab48fcfcd9b746ecb19a3dfe21eb3ecVI1P195MB0642_
Content-Type: text/plain; charset="windows-1250"
Content-Transfer-Encoding: quoted-printable

Po=9Atovani,

na godi=9Anjem sam odmoru do 30. studenoga 2026. Va=9Aa poruka ne=E6e biti =
proslije=F0ena.
Za hitne slu=E8ajeve obratite se na ured@kovacevic-savjetovanje.hr ili na 0=
1 4567 890.

Lijep pozdrav,
Marija Kova=E8evi=E6

--_000_0ab48fcfcd9b746ecb19a3dfe21eb3ecVI1P195MB0642_
Content-Type: text/html; charset="windows-1250"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dwindows-1250"></head><body lang=3D"hr-HR"><div class=3D"WordSection1"><p=
>Po=9Atovani,</p>
<p>na godi=9Anjem sam odmoru do 30. studenoga 2026. Va=9Aa poruka ne=E6e bi=
ti proslije=F0ena.<br>
Za hitne slu=E8ajeve obratite se na ured@kovacevic-savjetovanje.hr ili na 0=
1 4567 890.</p>
<p>Lijep pozdrav,<br>
Marija Kova=E8evi=E6</p></div></body></html>
--_000_0ab48fcfcd9b746ecb19a3dfe21eb3ecVI1P195MB0642_--
"""),
    ('hr', 'osticket-auto-ack-hr', 'automated', (), """\
Return-Path: <podrska@elektro-babic.hr>
From: =?UTF-8?Q?Korisni=C4=8Dka_podr=C5=A1ka_Elektro_Babi=C4=87?= <podrska@elektro-babic.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Zahtjev_za_podr=C5=A1ku_zaprimljen_[#462118]?=
Date: Mon, 23 Nov 2026 08:06:40 +0100
Message-ID: <oNg3R7pA2kLs-privacy@shop.example.be-elektro-babic.hr>
In-Reply-To: <notice26.hr.90051@shop.example.be>
Precedence: auto_reply
X-Autoreply: yes
X-Mailer: osTicket Mailer
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="=_0f2c8e9b1a7d4c3e"

--=_0f2c8e9b1a7d4c3e
Content-Transfer-Encoding: base64
Content-Type: text/plain; charset=utf-8

UG/FoXRvdmFuaSwKCnphcHJpbWlsaSBzbW8gVmHFoSB1cGl0IGkgb3R2b3JpbGkgemFodGpldiBi
cm9qICM0NjIxMTguIE5hxaEgdGltIGphdml0IMSHZSBWYW0gc2UgdSBuYWprcmHEh2VtIG1vZ3XE
h2VtIHJva3UsIG5hamthc25pamUgdSByb2t1IG9kIGR2YSByYWRuYSBkYW5hLgoKU3RhdHVzIHph
aHRqZXZhIG1vxb5ldGUgcHJhdGl0aSBuYTogaHR0cHM6Ly9wb2Ryc2thLmVsZWt0cm8tYmFiaWMu
aHIvdmlldy5waHA/dD00NjIxMTgKClNyZGHEjWFuIHBvemRyYXYsCktvcmlzbmnEjWthIHBvZHLF
oWthIEVsZWt0cm8gQmFiacSHIGQuby5vLgoKT3ZvIGplIGF1dG9tYXRza2kgZ2VuZXJpcmFuYSBw
b3J1a2EsIG1vbGltbyBuZSBvZGdvdmFyYWp0ZSBuYSBuanUuCg==

--=_0f2c8e9b1a7d4c3e
Content-Transfer-Encoding: base64
Content-Type: text/html; charset=utf-8

PGRpdj48cD5Qb8WhdG92YW5pLDwvcD4KPHA+emFwcmltaWxpIHNtbyBWYcWhIHVwaXQgaSBvdHZv
cmlsaSB6YWh0amV2IGJyb2ogIzQ2MjExOC4gTmHFoSB0aW0gamF2aXQgxIdlIFZhbSBzZSB1IG5h
amtyYcSHZW0gbW9ndcSHZW0gcm9rdSwgbmFqa2FzbmlqZSB1IHJva3Ugb2QgZHZhIHJhZG5hIGRh
bmEuPC9wPgo8cD5TdGF0dXMgemFodGpldmEgbW/FvmV0ZSBwcmF0aXRpIG5hOiBodHRwczovL3Bv
ZHJza2EuZWxla3Ryby1iYWJpYy5oci92aWV3LnBocD90PTQ2MjExODwvcD4KPHA+U3JkYcSNYW4g
cG96ZHJhdiw8YnI+CktvcmlzbmnEjWthIHBvZHLFoWthIEVsZWt0cm8gQmFiacSHIGQuby5vLjwv
cD4KPHA+T3ZvIGplIGF1dG9tYXRza2kgZ2VuZXJpcmFuYSBwb3J1a2EsIG1vbGltbyBuZSBvZGdv
dmFyYWp0ZSBuYSBuanUuPC9wPjwvZGl2Pg==

--=_0f2c8e9b1a7d4c3e--
"""),
    ('sv', 'outlook-oof-sv', 'automated', (), """\
From: Anna Lindqvist <anna.lindqvist@lindqvist-revision.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?q?Automatiskt_svar=3A_Vi_uppdaterar_v=E5r_integritetsp?=
 =?iso-8859-1?q?olicy?=
Thread-Topic: =?iso-8859-1?q?Vi_uppdaterar_v=E5r_integritetspolicy?=
Thread-Index: AQHbP9b4310c3efff558379==
Date: Mon, 23 Nov 2026 07:05:31 +0000
Message-ID: <9b4310c3efff5583795edfa9b3f88e6f@GVXP189MB2210.EURP189.PROD.OUTLOOK.COM>
In-Reply-To: <notice26.sv.91870@shop.example.be>
References: <notice26.sv.91870@shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_9b4310c3efff5583795edfa9b3f88e6fGVXP189MB2210_"
MIME-Version: 1.0

--_000_9b4310c3efff5583795edfa9b3f88e6fGVXP189MB2210_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej!

Jag =E4r ledig till och med den 29 november och l=E4ser inte min e-post. Di=
tt meddelande vidarebefordras inte.
Vid br=E5dskande =E4renden, kontakta kontoret p=E5 08-123 456 78.

Med v=E4nliga h=E4lsningar
Anna Lindqvist

--_000_9b4310c3efff5583795edfa9b3f88e6fGVXP189MB2210_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body lang=3D"sv-SE"><div class=3D"WordSection1"><p>H=
ej!</p>
<p>Jag =E4r ledig till och med den 29 november och l=E4ser inte min e-post.=
 Ditt meddelande vidarebefordras inte.<br>
Vid br=E5dskande =E4renden, kontakta kontoret p=E5 08-123 456 78.</p>
<p>Med v=E4nliga h=E4lsningar<br>
Anna Lindqvist</p></div></body></html>
--_000_9b4310c3efff5583795edfa9b3f88e6fGVXP189MB2210_--
"""),
    ('sv', 'exchange-ndr-sv-dmarc', 'automated', (), """\
Return-Path: <>
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@sandberg-fastigheter.se>
To: <privacy@shop.example.be>
Date: Mon, 23 Nov 2026 06:00:38 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ba9c7abf-1d3d-4e65-deb2-8d5123ee07e1"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID: <b4e5eecf-b3d9-4fd0-fcd1-9c4afcedfc9d@GV3P280MB0815.SWEP280.PROD.OUTLOOK.COM>
Subject: =?utf-8?q?Olevererbart=3A_Black_Friday=3A_upp_till_50_=25_p=C3=A5_t?=
 =?utf-8?q?r=C3=A4dg=C3=A5rdsm=C3=B6bler?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--ba9c7abf-1d3d-4e65-deb2-8d5123ee07e1
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="b4e5eecf-b3d9-4fd0-fcd1-9c4afcedfc9d"

--b4e5eecf-b3d9-4fd0-fcd1-9c4afcedfc9d
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Det gick inte att leverera ditt meddelande till erik.sandberg@sandberg-fast=
igheter.se.

Mottagarens organisation har avvisat meddelandet eftersom avs=E4ndardom=E4n=
en inte klarade DMARC-kontrollen.

erik.sandberg          Office 365          sandberg-fastigheter.se
=C5tg=E4rd kr=E4vs                               Mottagare

Avs=E4ndardom=E4nen klarade inte DMARC

Mer information f=F6r e-postadministrat=F6rer
Statuskod: 550 5.7.509

--b4e5eecf-b3d9-4fd0-fcd1-9c4afcedfc9d
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body><div style=3D"font-family:Segoe UI,Frutiger,Ari=
al;font-size:16px"><p>Det gick inte att leverera ditt meddelande till erik.=
sandberg@sandberg-fastigheter.se.</p>
<p>Mottagarens organisation har avvisat meddelandet eftersom avs=E4ndardom=
=E4nen inte klarade DMARC-kontrollen.</p>
<p>erik.sandberg          Office 365          sandberg-fastigheter.se<br>
=C5tg=E4rd kr=E4vs                               Mottagare</p>
<p>Avs=E4ndardom=E4nen klarade inte DMARC</p>
<p>Mer information f=F6r e-postadministrat=F6rer<br>
Statuskod: 550 5.7.509</p></div></body></html>
--b4e5eecf-b3d9-4fd0-fcd1-9c4afcedfc9d--

--ba9c7abf-1d3d-4e65-deb2-8d5123ee07e1
Content-Type: message/delivery-status

Reporting-MTA: dns;GV3P280MB0815.SWEP280.PROD.OUTLOOK.COM
Received-From-MTA: dns;mailout.shop.example.be
Arrival-Date: Mon, 23 Nov 2026 06:00:38 +0000

Final-Recipient: rfc822;erik.sandberg@sandberg-fastigheter.se
Action: failed
Status: 5.7.509
Diagnostic-Code: smtp;550 5.7.509 Access denied, sending domain shop.example.be does not pass DMARC verification and has a DMARC policy of reject.

--ba9c7abf-1d3d-4e65-deb2-8d5123ee07e1
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: "shop.example.be" <news@shop.example.be>
Reply-To: privacy@shop.example.be
To: erik.sandberg@sandberg-fastigheter.se
Subject: =?utf-8?q?Black_Friday=3A_upp_till_50_=25_p=C3=A5_tr=C3=A4dg=C3=A5r?=
 =?utf-8?q?dsm=C3=B6bler?=
Date: Mon, 23 Nov 2026 07:00:12 +0100
Message-ID: <bf26.0130014.Rt8yU2@mailout.shop.example.be>
List-Unsubscribe: <https://shop.example.be/u/Rt8yU2iOp3>, <mailto:privacy@shop.example.be?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_bf26_Rt8yU2iOp3"

--ba9c7abf-1d3d-4e65-deb2-8d5123ee07e1--
"""),
    ('sv', 'small-company-closed-black-week', 'automated', (), """\
Return-Path: <info@snickerinordin.se>
From: Snickeri Nordin AB <info@snickerinordin.se>
To: privacy@shop.example.be
Subject: =?utf-8?Q?SV:_Black_Friday:_upp_till_50_%_p=C3=A5_tr=C3=A4dg=C3=A5rdsm=C3=B6bler?=
Date: Mon, 23 Nov 2026 07:00:59 +0100
Message-ID: <20261123070059.AR88214@mail.snickerinordin.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: 8bit

Hej och tack för ditt mejl!

Under Black Week (23–29 november) är kontoret stängt och vi läser inte mejl. Vi svarar från och med måndag 30 november.

Detta är ett automatiskt svar.

Vänliga hälsningar
Snickeri Nordin AB

Från: shop.example.be <news@shop.example.be>
Skickat: måndag 23 november 2026 07:00
Till: info@snickerinordin.se
Ämne: Black Friday: upp till 50 % på trädgårdsmöbler

> BLACK FRIDAY PÅ SHOP.EXAMPLE.BE
> Upp till 50 % rabatt på trädgårdsmöbler, grillar och utebelysning.
> Bara den här veckan, till och med måndag 30 november.
>
> Handla nu: https://shop.example.be/sv/black-friday
>
> Du får det här nyhetsbrevet eftersom du har prenumererat på shop.example.be.
> Avsluta prenumerationen: https://shop.example.be/u/Sn5mQ0wXc1
"""),
    ('ro', 'yahoo-vacation-ro', 'automated', (), """\
Return-Path: <andreea.popescu@yahoo.com>
Date: Mon, 23 Nov 2026 06:02:26 +0000 (UTC)
From: Andreea Popescu <andreea.popescu@yahoo.com>
To: privacy@shop.example.be
Message-ID: <1987463512.2261843.1795413746221@mail.yahoo.com>
In-Reply-To: <bf26.0140322.Ko9pL4@mailout.shop.example.be>
Subject: =?UTF-8?Q?R=C4=83spuns_automat:_Black_Friday:_p=C3=A2n=C4=83_la_50%_reduce?=
 =?UTF-8?Q?re_la_mobilierul_de_gr=C4=83din=C4=83?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_2261842_1407235118.1795413746220"
Auto-Submitted: auto-replied
X-Mailer: WebService/1.1.23187 YMailNorrin

------=_Part_2261842_1407235118.1795413746220
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 1 decembrie =C8=99i nu verific e-ma=
ilul. V=C4=83 voi r=C4=83spunde dup=C4=83 ce m=C4=83 =C3=AEntorc.

Mul=C8=9Bumesc,
Andreea Popescu

------=_Part_2261842_1407235118.1795413746220
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div class=3D"ydp3f1e2a9ayahoo-style-wrap" style=
=3D"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px=
;"><div dir=3D"ltr">Bun=C4=83 ziua,</div><div dir=3D"ltr"><br></div><div di=
r=3D"ltr">Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 1 decembrie =C8=99i nu ve=
rific e-mailul. V=C4=83 voi r=C4=83spunde dup=C4=83 ce m=C4=83 =C3=AEntorc.=
</div><div dir=3D"ltr"><br></div><div dir=3D"ltr">Mul=C8=9Bumesc,<br>Andree=
a Popescu</div></div></body></html>

------=_Part_2261842_1407235118.1795413746220--
"""),
    ('ro', 'exchange-ndr-ro-user-unknown', 'automated', (), """\
Return-Path: <>
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ionescu-logistic.ro>
To: <privacy@shop.example.be>
Date: Mon, 23 Nov 2026 07:05:12 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="cf1bccb1-b78a-68fb-ee3f-e389ef5d2003"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: ro-RO
Message-ID: <feeb4af4-7fe2-313e-8113-a41e3dd73aaa@VI1PR10MB2119.EURPRD10.PROD.OUTLOOK.COM>
Subject: =?utf-8?q?Nelivrabil=3A_Actualiz=C4=83m_politica_de_confiden=C8=9Bi?=
 =?utf-8?q?alitate?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--cf1bccb1-b78a-68fb-ee3f-e389ef5d2003
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="feeb4af4-7fe2-313e-8113-a41e3dd73aaa"

--feeb4af4-7fe2-313e-8113-a41e3dd73aaa
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Mesajul dvs. c=C4=83tre mihai.ionescu@ionescu-logistic.ro nu a putut fi liv=
rat.

Adresa mihai.ionescu nu a fost g=C4=83sit=C4=83 =C3=AEn ionescu-logistic.ro.

mihai.ionescu          Office 365          ionescu-logistic.ro
Ac=C8=9Biune necesar=C4=83                           Destinatar

Adres=C4=83 de e-mail necunoscut=C4=83

Informa=C8=9Bii suplimentare pentru administratorii de e-mail
Cod de stare: 550 5.1.10

--feeb4af4-7fe2-313e-8113-a41e3dd73aaa
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><div style=3D"font-family:Segoe UI,Frutiger,Arial;fo=
nt-size:16px"><p>Mesajul dvs. c=C4=83tre mihai.ionescu@ionescu-logistic.ro =
nu a putut fi livrat.</p>
<p>Adresa mihai.ionescu nu a fost g=C4=83sit=C4=83 =C3=AEn ionescu-logistic=
.ro.</p>
<p>mihai.ionescu          Office 365          ionescu-logistic.ro<br>
Ac=C8=9Biune necesar=C4=83                           Destinatar</p>
<p>Adres=C4=83 de e-mail necunoscut=C4=83</p>
<p>Informa=C8=9Bii suplimentare pentru administratorii de e-mail<br>
Cod de stare: 550 5.1.10</p></div></body></html>
--feeb4af4-7fe2-313e-8113-a41e3dd73aaa--

--cf1bccb1-b78a-68fb-ee3f-e389ef5d2003
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR10MB2119.EURPRD10.PROD.OUTLOOK.COM
Received-From-MTA: dns;mailout.shop.example.be
Arrival-Date: Mon, 23 Nov 2026 07:05:12 +0000

Final-Recipient: rfc822;mihai.ionescu@ionescu-logistic.ro
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient mihai.ionescu@ionescu-logistic.ro not found by SMTP address lookup

--cf1bccb1-b78a-68fb-ee3f-e389ef5d2003
Content-Type: text/rfc822-headers

From: "shop.example.be" <privacy@shop.example.be>
To: mihai.ionescu@ionescu-logistic.ro
Subject: =?utf-8?q?Actualiz=C4=83m_politica_de_confiden=C8=9Bialitate?=
Date: Mon, 23 Nov 2026 08:05:00 +0100
Message-ID: <notice26.ro.10342@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--cf1bccb1-b78a-68fb-ee3f-e389ef5d2003--
"""),
    ('ro', 'outlook-read-receipt-ro', 'automated', (), """\
From: Stan Cristina <cristina.stan@stan-consult.ro>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?Q2l0aXQ6IEFjdHVhbGl6xINtIHBvbGl0aWNhIGRlIGNvbmZpZGVuyJtpYWxpdGF0ZQ==?=
Date: Mon, 23 Nov 2026 08:14:09 +0000
Message-ID: <AM6PR09MB3315F2C1E0A9B8D7C6E5A4B3C2D1E0F9@AM6PR09MB3315.eurprd09.prod.outlook.com>
Content-Language: ro-RO
Content-Type: multipart/report;
	boundary="_002_AM6PR09MB3315F2C1E0A9B8D7C6E5A4B3C2D1E0F9_";
	report-type=disposition-notification
MIME-Version: 1.0

--_002_AM6PR09MB3315F2C1E0A9B8D7C6E5A4B3C2D1E0F9_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

TWVzYWp1bCBkdnMuCgogIEPEg3RyZTogU3RhbiBDcmlzdGluYQogIFN1YmllY3Q6IEFjdHVhbGl6
xINtIHBvbGl0aWNhIGRlIGNvbmZpZGVuyJtpYWxpdGF0ZQogIFRyaW1pczogbHVuaSwgMjMgbm9p
ZW1icmllIDIwMjYgMDk6MDU6MDAgKFVUQyswMjowMCkgQnVjdXJlyJl0aQoKYSBmb3N0IGNpdGl0
IGx1bmksIDIzIG5vaWVtYnJpZSAyMDI2IDEwOjE0OjA5IChVVEMrMDI6MDApIEJ1Y3VyZciZdGku
Cg==

--_002_AM6PR09MB3315F2C1E0A9B8D7C6E5A4B3C2D1E0F9_
Content-Type: message/disposition-notification

Reporting-UA: AM6PR09MB3315.eurprd09.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;cristina.stan@stan-consult.ro
Original-Message-ID: <notice26.ro.10877@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_AM6PR09MB3315F2C1E0A9B8D7C6E5A4B3C2D1E0F9_--
"""),
    ('el', 'outlook-oof-el', 'automated', (), """\
From: =?iso-8859-7?b?xevd7ecgw+X58ePf7/U=?= <e.georgiou@georgiou-law.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-7?b?wfX0/Ozh9Ocg4fDc7fTn8+c6IMXt5+zl8f7t7/Xs5SD05+0g8O/r?=
 =?iso-8859-7?b?6fTp6t4g4fDv8fHe9O/1IOzh8g==?=
Thread-Topic: =?iso-8859-7?b?xe3n7OXx/u3v9ezlIPTn7SDw7+vp9Onq3iDh8O/x8d70?=
 =?iso-8859-7?b?7/Ug7OHy?=
Thread-Index: AQHbP7f8ddb7d90614687a4==
Date: Mon, 23 Nov 2026 06:05:49 +0000
Message-ID: <7f8ddb7d90614687a49ea5caef13acd0@AS8P193MB1204.EURP193.PROD.OUTLOOK.COM>
In-Reply-To: <notice26.el.11563@shop.example.be>
References: <notice26.el.11563@shop.example.be>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_7f8ddb7d90614687a49ea5caef13acd0AS8P193MB1204_"
MIME-Version: 1.0

--_000_7f8ddb7d90614687a49ea5caef13acd0AS8P193MB1204_
Content-Type: text/plain; charset="iso-8859-7"
Content-Transfer-Encoding: base64

yuHr5/Pw3fHhIPPh8iwKCsjhIOHw7/Xz6dzm+SDh8Pwg9O8g4/Hh9uXf7yDd+fIg9OnyIDMwIM3v
5ezi8d/v9SDs5SDw5fHp7/Hp8+zd7ecg8PH88+Lh8+cg8/TvIOfr5er08e/t6er8IPTh9/Xk8e/s
5d/vLiDU7yDs3u317Nwg8+HyIOTl7SDo4SDw8e/56Ofo5d8uCsPp4SDl8OXf4+/t9OEg6N3s4fTh
IOXw6erv6e357d7z9OUg7OUg9Ocg4/Hh7Ozh9OXf4SDz9O8gMjEwIDM2MTIgNDQ1LgoKzOUg5er0
3+zn8+csCsXr3e3nIMPl+fHj3+/1CsTp6ufj/PHv8go=

--_000_7f8ddb7d90614687a49ea5caef13acd0AS8P193MB1204_
Content-Type: text/html; charset="iso-8859-7"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9aXNvLTg4NTktNyI+PC9oZWFkPjxib2R5IGxhbmc9ImVsLUdSIj48ZGl2
IGNsYXNzPSJXb3JkU2VjdGlvbjEiPjxwPsrh6+fz8N3x4SDz4fIsPC9wPgo8cD7I4SDh8O/18+nc
5vkg4fD8IPTvIOPx4fbl3+8g3fnyIPTp8iAzMCDN7+Xs4vHf7/Ug7OUg8OXx6e/x6fPs3e3nIPDx
/PPi4fPnIPP07yDn6+Xq9PHv7enq/CD04ff15PHv7OXf7y4g1O8g7N7t9ezcIPPh8iDk5e0g6OEg
8PHv+ejn6OXfLjxicj4Kw+nhIOXw5d/j7+304SDo3ezh9OEg5fDp6u/p7fnt3vP05SDs5SD05yDj
8eHs7OH05d/hIPP07yAyMTAgMzYxMiA0NDUuPC9wPgo8cD7M5SDl6vTf7Ofz5yw8YnI+CsXr3e3n
IMPl+fHj3+/1PGJyPgrE6ern4/zx7/I8L3A+PC9kaXY+PC9ib2R5PjwvaHRtbD4=

--_000_7f8ddb7d90614687a49ea5caef13acd0AS8P193MB1204_--
"""),
    ('el', 'exchange-ndr-el-mailbox-full', 'automated', (), """\
Return-Path: <>
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nikolaou-travel.gr>
To: <privacy@shop.example.be>
Date: Mon, 23 Nov 2026 05:00:51 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="cb3ee931-df3e-d8fb-b7fa-7b9326dd8abd"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: el-GR
Message-ID: <5f66286f-a488-ab62-39a0-3ee0f846b103@AM0P193MB0677.EURP193.PROD.OUTLOOK.COM>
Subject: =?utf-8?b?zpTOtc69IM61zq/Ovc6xzrkgzrTPhc69zrHPhM6uIM63IM+AzrHPgc6s?=
 =?utf-8?b?zrTOv8+Dzrc6IEJsYWNrIEZyaWRheTogzq3Pic+CIDUwJSDOrc66z4DPhM+Jz4M=?=
 =?utf-8?b?zrcgz4POtSDOrc+AzrnPgM67zrEgzrrOrs+Azr/PhQ==?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--cb3ee931-df3e-d8fb-b7fa-7b9326dd8abd
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="5f66286f-a488-ab62-39a0-3ee0f846b103"

--5f66286f-a488-ab62-39a0-3ee0f846b103
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=CE=94=CE=B5=CE=BD =CE=AE=CF=84=CE=B1=CE=BD =CE=B4=CF=85=CE=BD=CE=B1=CF=84=
=CE=AE =CE=B7 =CF=80=CE=B1=CF=81=CE=AC=CE=B4=CE=BF=CF=83=CE=B7 =CF=84=CE=BF=
=CF=85 =CE=BC=CE=B7=CE=BD=CF=8D=CE=BC=CE=B1=CF=84=CF=8C=CF=82 =CF=83=CE=B1=
=CF=82 =CF=83=CF=84=CE=BF=CE=BD =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=AE=CF=80=
=CF=84=CE=B7 k.nikolaou@nikolaou-travel.gr.

=CE=A4=CE=BF =CE=B3=CF=81=CE=B1=CE=BC=CE=BC=CE=B1=CF=84=CE=BF=CE=BA=CE=B9=
=CE=B2=CF=8E=CF=84=CE=B9=CE=BF =CF=84=CE=BF=CF=85 =CF=80=CE=B1=CF=81=CE=B1=
=CE=BB=CE=AE=CF=80=CF=84=CE=B7 =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CF=80=CE=BB=
=CE=AE=CF=81=CE=B5=CF=82 =CE=BA=CE=B1=CE=B9 =CE=B4=CE=B5=CE=BD =CE=BC=CF=80=
=CE=BF=CF=81=CE=B5=CE=AF =CE=BD=CE=B1 =CE=B4=CE=B5=CF=87=CF=84=CE=B5=CE=AF =
=CE=BC=CE=B7=CE=BD=CF=8D=CE=BC=CE=B1=CF=84=CE=B1 =CE=B1=CF=85=CF=84=CE=AE =
=CF=84=CE=B7 =CF=83=CF=84=CE=B9=CE=B3=CE=BC=CE=AE. =CE=94=CE=BF=CE=BA=CE=B9=
=CE=BC=CE=AC=CF=83=CF=84=CE=B5 =CE=BD=CE=B1 =CF=83=CF=84=CE=B5=CE=AF=CE=BB=
=CE=B5=CF=84=CE=B5 =CE=BE=CE=B1=CE=BD=CE=AC =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=
=CF=85=CE=BC=CE=B1 =CE=B1=CF=81=CE=B3=CF=8C=CF=84=CE=B5=CF=81=CE=B1 =CE=AE =
=CE=B5=CF=80=CE=B9=CE=BA=CE=BF=CE=B9=CE=BD=CF=89=CE=BD=CE=AE=CF=83=CF=84=CE=
=B5 =CE=BC=CE=B5 =CF=84=CE=BF=CE=BD =CF=80=CE=B1=CF=81=CE=B1=CE=BB=CE=AE=CF=
=80=CF=84=CE=B7 =CE=BC=CE=B5 =CE=AC=CE=BB=CE=BB=CE=BF =CF=84=CF=81=CF=8C=CF=
=80=CE=BF.

k.nikolaou          Office 365          nikolaou-travel.gr
=CE=91=CF=80=CE=B1=CE=B9=CF=84=CE=B5=CE=AF=CF=84=CE=B1=CE=B9 =CE=B5=CE=BD=
=CE=AD=CF=81=CE=B3=CE=B5=CE=B9=CE=B1                     =CE=A0=CE=B1=CF=81=
=CE=B1=CE=BB=CE=AE=CF=80=CF=84=CE=B7=CF=82

=CE=A4=CE=BF =CE=B3=CF=81=CE=B1=CE=BC=CE=BC=CE=B1=CF=84=CE=BF=CE=BA=CE=B9=
=CE=B2=CF=8E=CF=84=CE=B9=CE=BF =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CF=80=CE=BB=
=CE=AE=CF=81=CE=B5=CF=82

=CE=A0=CE=B5=CF=81=CE=B9=CF=83=CF=83=CF=8C=CF=84=CE=B5=CF=81=CE=B5=CF=82 =
=CF=80=CE=BB=CE=B7=CF=81=CE=BF=CF=86=CE=BF=CF=81=CE=AF=CE=B5=CF=82 =CE=B3=
=CE=B9=CE=B1 =CE=B4=CE=B9=CE=B1=CF=87=CE=B5=CE=B9=CF=81=CE=B9=CF=83=CF=84=
=CE=AD=CF=82 =CE=B7=CE=BB=CE=B5=CE=BA=CF=84=CF=81=CE=BF=CE=BD=CE=B9=CE=BA=
=CE=BF=CF=8D =CF=84=CE=B1=CF=87=CF=85=CE=B4=CF=81=CE=BF=CE=BC=CE=B5=CE=AF=
=CE=BF=CF=85
=CE=9A=CF=89=CE=B4=CE=B9=CE=BA=CF=8C=CF=82 =CE=BA=CE=B1=CF=84=CE=AC=CF=83=
=CF=84=CE=B1=CF=83=CE=B7=CF=82: 554 5.2.2

--5f66286f-a488-ab62-39a0-3ee0f846b103
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><div style=3D"font-family:Segoe UI,Frutiger,Arial;fo=
nt-size:16px"><p>=CE=94=CE=B5=CE=BD =CE=AE=CF=84=CE=B1=CE=BD =CE=B4=CF=85=
=CE=BD=CE=B1=CF=84=CE=AE =CE=B7 =CF=80=CE=B1=CF=81=CE=AC=CE=B4=CE=BF=CF=83=
=CE=B7 =CF=84=CE=BF=CF=85 =CE=BC=CE=B7=CE=BD=CF=8D=CE=BC=CE=B1=CF=84=CF=8C=
=CF=82 =CF=83=CE=B1=CF=82 =CF=83=CF=84=CE=BF=CE=BD =CF=80=CE=B1=CF=81=CE=B1=
=CE=BB=CE=AE=CF=80=CF=84=CE=B7 k.nikolaou@nikolaou-travel.gr.</p>
<p>=CE=A4=CE=BF =CE=B3=CF=81=CE=B1=CE=BC=CE=BC=CE=B1=CF=84=CE=BF=CE=BA=CE=
=B9=CE=B2=CF=8E=CF=84=CE=B9=CE=BF =CF=84=CE=BF=CF=85 =CF=80=CE=B1=CF=81=CE=
=B1=CE=BB=CE=AE=CF=80=CF=84=CE=B7 =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CF=80=CE=
=BB=CE=AE=CF=81=CE=B5=CF=82 =CE=BA=CE=B1=CE=B9 =CE=B4=CE=B5=CE=BD =CE=BC=CF=
=80=CE=BF=CF=81=CE=B5=CE=AF =CE=BD=CE=B1 =CE=B4=CE=B5=CF=87=CF=84=CE=B5=CE=
=AF =CE=BC=CE=B7=CE=BD=CF=8D=CE=BC=CE=B1=CF=84=CE=B1 =CE=B1=CF=85=CF=84=CE=
=AE =CF=84=CE=B7 =CF=83=CF=84=CE=B9=CE=B3=CE=BC=CE=AE. =CE=94=CE=BF=CE=BA=
=CE=B9=CE=BC=CE=AC=CF=83=CF=84=CE=B5 =CE=BD=CE=B1 =CF=83=CF=84=CE=B5=CE=AF=
=CE=BB=CE=B5=CF=84=CE=B5 =CE=BE=CE=B1=CE=BD=CE=AC =CF=84=CE=BF =CE=BC=CE=AE=
=CE=BD=CF=85=CE=BC=CE=B1 =CE=B1=CF=81=CE=B3=CF=8C=CF=84=CE=B5=CF=81=CE=B1 =
=CE=AE =CE=B5=CF=80=CE=B9=CE=BA=CE=BF=CE=B9=CE=BD=CF=89=CE=BD=CE=AE=CF=83=
=CF=84=CE=B5 =CE=BC=CE=B5 =CF=84=CE=BF=CE=BD =CF=80=CE=B1=CF=81=CE=B1=CE=BB=
=CE=AE=CF=80=CF=84=CE=B7 =CE=BC=CE=B5 =CE=AC=CE=BB=CE=BB=CE=BF =CF=84=CF=81=
=CF=8C=CF=80=CE=BF.</p>
<p>k.nikolaou          Office 365          nikolaou-travel.gr<br>
=CE=91=CF=80=CE=B1=CE=B9=CF=84=CE=B5=CE=AF=CF=84=CE=B1=CE=B9 =CE=B5=CE=BD=
=CE=AD=CF=81=CE=B3=CE=B5=CE=B9=CE=B1                     =CE=A0=CE=B1=CF=81=
=CE=B1=CE=BB=CE=AE=CF=80=CF=84=CE=B7=CF=82</p>
<p>=CE=A4=CE=BF =CE=B3=CF=81=CE=B1=CE=BC=CE=BC=CE=B1=CF=84=CE=BF=CE=BA=CE=
=B9=CE=B2=CF=8E=CF=84=CE=B9=CE=BF =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CF=80=CE=
=BB=CE=AE=CF=81=CE=B5=CF=82</p>
<p>=CE=A0=CE=B5=CF=81=CE=B9=CF=83=CF=83=CF=8C=CF=84=CE=B5=CF=81=CE=B5=CF=82=
 =CF=80=CE=BB=CE=B7=CF=81=CE=BF=CF=86=CE=BF=CF=81=CE=AF=CE=B5=CF=82 =CE=B3=
=CE=B9=CE=B1 =CE=B4=CE=B9=CE=B1=CF=87=CE=B5=CE=B9=CF=81=CE=B9=CF=83=CF=84=
=CE=AD=CF=82 =CE=B7=CE=BB=CE=B5=CE=BA=CF=84=CF=81=CE=BF=CE=BD=CE=B9=CE=BA=
=CE=BF=CF=8D =CF=84=CE=B1=CF=87=CF=85=CE=B4=CF=81=CE=BF=CE=BC=CE=B5=CE=AF=
=CE=BF=CF=85<br>
=CE=9A=CF=89=CE=B4=CE=B9=CE=BA=CF=8C=CF=82 =CE=BA=CE=B1=CF=84=CE=AC=CF=83=
=CF=84=CE=B1=CF=83=CE=B7=CF=82: 554 5.2.2</p></div></body></html>
--5f66286f-a488-ab62-39a0-3ee0f846b103--

--cb3ee931-df3e-d8fb-b7fa-7b9326dd8abd
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0P193MB0677.EURP193.PROD.OUTLOOK.COM
Received-From-MTA: dns;mailout.shop.example.be
Arrival-Date: Mon, 23 Nov 2026 05:00:51 +0000

Final-Recipient: rfc822;k.nikolaou@nikolaou-travel.gr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--cb3ee931-df3e-d8fb-b7fa-7b9326dd8abd
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: "shop.example.be" <news@shop.example.be>
Reply-To: privacy@shop.example.be
To: k.nikolaou@nikolaou-travel.gr
Subject: =?utf-8?q?Black_Friday=3A_=CE=AD=CF=89=CF=82_50=25_=CE=AD=CE=BA?=
 =?utf-8?q?=CF=80=CF=84=CF=89=CF=83=CE=B7_=CF=83=CE=B5_=CE=AD=CF=80=CE=B9?=
 =?utf-8?q?=CF=80=CE=BB=CE=B1_=CE=BA=CE=AE=CF=80=CE=BF=CF=85?=
Date: Mon, 23 Nov 2026 07:00:12 +0100
Message-ID: <bf26.0150776.Lm2nB8@mailout.shop.example.be>
List-Unsubscribe: <https://shop.example.be/u/Lm2nB8vCx4>, <mailto:privacy@shop.example.be?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_bf26_Lm2nB8vCx4"

--cb3ee931-df3e-d8fb-b7fa-7b9326dd8abd--
"""),
    ('bg', 'abv-autoresponder', 'automated', (), """\
Return-Path: <ivan.petrov@abv.bg>
Date: Mon, 23 Nov 2026 08:01:03 +0200 (EET)
From: =?UTF-8?B?0JjQstCw0L0g0J/QtdGC0YDQvtCy?= <ivan.petrov@abv.bg>
To: privacy@shop.example.be
Message-ID: <1795413663.88213.autoreply@nm31.abv.bg>
In-Reply-To: <bf26.0160219.Xc7vB1@mailout.shop.example.be>
Subject: =?utf-8?b?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDogQmxh?=
 =?utf-8?b?Y2sgRnJpZGF5OiDQtNC+IDUwJSDQvtGC0YHRgtGK0L/QutCwINC90LAg0LPRgNCw?=
 =?utf-8?b?0LTQuNC90YHQutC4INC80LXQsdC10LvQuA==?=
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: quoted-printable
X-Autoreply: yes
Auto-Submitted: auto-replied

=C7=E4=F0=E0=E2=E5=E9=F2=E5,

=C2 =EE=F2=EF=F3=F1=EA =F1=FA=EC =E4=EE 30 =ED=EE=E5=EC=E2=F0=E8 2026 =E3. =
=E8 =ED=FF=EC=E0=EC =E4=EE=F1=F2=FA=EF =E4=EE =EF=EE=F9=E0=F2=E0 =F1=E8. =
=D9=E5 =E2=E8 =EE=F2=E3=EE=E2=EE=F0=FF =F1=EB=E5=E4 =E7=E0=E2=F0=FA=F9=E0=
=ED=E5=F2=EE =F1=E8.

=CF=EE=E7=E4=F0=E0=E2=E8,
=C8=E2=E0=ED =CF=E5=F2=F0=EE=E2
"""),
    ('bg', 'exchange-ndr-bg-user-unknown', 'automated', (), """\
Return-Path: <>
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@georgieva-design.bg>
To: <privacy@shop.example.be>
Date: Mon, 23 Nov 2026 07:05:27 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7a1f6eb4-7c82-8442-177e-3eb531c331f8"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: bg-BG
Message-ID: <cc0f2c1a-ebc4-70ec-7293-ff93ee6b0d1e@DU2P192MB1840.EURP192.PROD.OUTLOOK.COM>
Subject: =?utf-8?b?0J3QtdC00L7RgdGC0LDQstC40LzQvjog0JDQutGC0YPQsNC70LjQt9C4?=
 =?utf-8?b?0YDQsNC80LUg0L3QsNGI0LDRgtCwINC/0L7Qu9C40YLQuNC60LAg0LfQsCDQv9C+?=
 =?utf-8?b?0LLQtdGA0LjRgtC10LvQvdC+0YHRgg==?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--7a1f6eb4-7c82-8442-177e-3eb531c331f8
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="cc0f2c1a-ebc4-70ec-7293-ff93ee6b0d1e"

--cc0f2c1a-ebc4-70ec-7293-ff93ee6b0d1e
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=D0=92=D0=B0=D1=88=D0=B5=D1=82=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=
=D0=BD=D0=B8=D0=B5 =D0=B4=D0=BE m.georgieva@georgieva-design.bg =D0=BD=D0=
=B5 =D0=BC=D0=BE=D0=B6=D0=B0 =D0=B4=D0=B0 =D0=B1=D1=8A=D0=B4=D0=B5 =D0=B4=
=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=BE.

=D0=90=D0=B4=D1=80=D0=B5=D1=81=D1=8A=D1=82 m.georgieva =D0=BD=D0=B5 =D0=B1=
=D0=B5=D1=88=D0=B5 =D0=BD=D0=B0=D0=BC=D0=B5=D1=80=D0=B5=D0=BD =D0=B2 georgi=
eva-design.bg.

m.georgieva          Office 365          georgieva-design.bg
=D0=98=D0=B7=D0=B8=D1=81=D0=BA=D0=B2=D0=B0 =D1=81=D0=B5 =D0=B4=D0=B5=D0=B9=
=D1=81=D1=82=D0=B2=D0=B8=D0=B5                     =D0=9F=D0=BE=D0=BB=D1=83=
=D1=87=D0=B0=D1=82=D0=B5=D0=BB

=D0=9D=D0=B5=D0=B8=D0=B7=D0=B2=D0=B5=D1=81=D1=82=D0=B5=D0=BD =D0=B8=D0=BC=
=D0=B5=D0=B9=D0=BB =D0=B0=D0=B4=D1=80=D0=B5=D1=81

=D0=9E=D1=89=D0=B5 =D0=B8=D0=BD=D1=84=D0=BE=D1=80=D0=BC=D0=B0=D1=86=D0=B8=
=D1=8F =D0=B7=D0=B0 =D0=B0=D0=B4=D0=BC=D0=B8=D0=BD=D0=B8=D1=81=D1=82=D1=80=
=D0=B0=D1=82=D0=BE=D1=80=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 =D0=B8=D0=BC=D0=B5=
=D0=B9=D0=BB
=D0=9A=D0=BE=D0=B4 =D0=BD=D0=B0 =D1=81=D1=8A=D1=81=D1=82=D0=BE=D1=8F=D0=BD=
=D0=B8=D0=B5=D1=82=D0=BE: 550 5.1.10

--cc0f2c1a-ebc4-70ec-7293-ff93ee6b0d1e
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><div style=3D"font-family:Segoe UI,Frutiger,Arial;fo=
nt-size:16px"><p>=D0=92=D0=B0=D1=88=D0=B5=D1=82=D0=BE =D1=81=D1=8A=D0=BE=D0=
=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5 =D0=B4=D0=BE m.georgieva@georgieva-design=
.bg =D0=BD=D0=B5 =D0=BC=D0=BE=D0=B6=D0=B0 =D0=B4=D0=B0 =D0=B1=D1=8A=D0=B4=
=D0=B5 =D0=B4=D0=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B5=D0=BD=D0=BE.</p>
<p>=D0=90=D0=B4=D1=80=D0=B5=D1=81=D1=8A=D1=82 m.georgieva =D0=BD=D0=B5 =D0=
=B1=D0=B5=D1=88=D0=B5 =D0=BD=D0=B0=D0=BC=D0=B5=D1=80=D0=B5=D0=BD =D0=B2 geo=
rgieva-design.bg.</p>
<p>m.georgieva          Office 365          georgieva-design.bg<br>
=D0=98=D0=B7=D0=B8=D1=81=D0=BA=D0=B2=D0=B0 =D1=81=D0=B5 =D0=B4=D0=B5=D0=B9=
=D1=81=D1=82=D0=B2=D0=B8=D0=B5                     =D0=9F=D0=BE=D0=BB=D1=83=
=D1=87=D0=B0=D1=82=D0=B5=D0=BB</p>
<p>=D0=9D=D0=B5=D0=B8=D0=B7=D0=B2=D0=B5=D1=81=D1=82=D0=B5=D0=BD =D0=B8=D0=
=BC=D0=B5=D0=B9=D0=BB =D0=B0=D0=B4=D1=80=D0=B5=D1=81</p>
<p>=D0=9E=D1=89=D0=B5 =D0=B8=D0=BD=D1=84=D0=BE=D1=80=D0=BC=D0=B0=D1=86=D0=
=B8=D1=8F =D0=B7=D0=B0 =D0=B0=D0=B4=D0=BC=D0=B8=D0=BD=D0=B8=D1=81=D1=82=D1=
=80=D0=B0=D1=82=D0=BE=D1=80=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 =D0=B8=D0=BC=D0=
=B5=D0=B9=D0=BB<br>
=D0=9A=D0=BE=D0=B4 =D0=BD=D0=B0 =D1=81=D1=8A=D1=81=D1=82=D0=BE=D1=8F=D0=BD=
=D0=B8=D0=B5=D1=82=D0=BE: 550 5.1.10</p></div></body></html>
--cc0f2c1a-ebc4-70ec-7293-ff93ee6b0d1e--

--7a1f6eb4-7c82-8442-177e-3eb531c331f8
Content-Type: message/delivery-status

Reporting-MTA: dns;DU2P192MB1840.EURP192.PROD.OUTLOOK.COM
Received-From-MTA: dns;mailout.shop.example.be
Arrival-Date: Mon, 23 Nov 2026 07:05:27 +0000

Final-Recipient: rfc822;m.georgieva@georgieva-design.bg
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.georgieva@georgieva-design.bg not found by SMTP address lookup

--7a1f6eb4-7c82-8442-177e-3eb531c331f8
Content-Type: text/rfc822-headers

From: "shop.example.be" <privacy@shop.example.be>
To: m.georgieva@georgieva-design.bg
Subject: =?utf-8?q?=D0=90=D0=BA=D1=82=D1=83=D0=B0=D0=BB=D0=B8=D0=B7=D0=B8?=
 =?utf-8?q?=D1=80=D0=B0=D0=BC=D0=B5_=D0=BD=D0=B0=D1=88=D0=B0=D1=82=D0=B0_?=
 =?utf-8?q?=D0=BF=D0=BE=D0=BB=D0=B8=D1=82=D0=B8=D0=BA=D0=B0_=D0=B7=D0=B0_?=
 =?utf-8?q?=D0=BF=D0=BE=D0=B2=D0=B5=D1=80=D0=B8=D1=82=D0=B5=D0=BB=D0=BD?=
 =?utf-8?q?=D0=BE=D1=81=D1=82?=
Date: Mon, 23 Nov 2026 08:05:00 +0100
Message-ID: <notice26.bg.12904@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--7a1f6eb4-7c82-8442-177e-3eb531c331f8--
"""),
    ('bg', 'address-no-longer-monitored-bg', 'automated', (), """\
Return-Path: <d.dimitrov@stroy-dimitrov.bg>
From: =?UTF-8?B?0JTQuNC80LjRgtGK0YAg0JTQuNC80LjRgtGA0L7Qsg==?= <d.dimitrov@stroy-dimitrov.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?B?0KLQvtC30Lgg0LDQtNGA0LXRgSDQstC10YfQtSDQvdC1INGB0LUg0YHQu9C10LTQuA==?=
Date: Mon, 23 Nov 2026 09:05:44 +0200
Message-ID: <auto.1795417544.3310@mail.stroy-dimitrov.bg>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0KLQvtC30Lgg0LDQtNGA0LXRgSDQstC10YfQtSDQvdC1INGB
0LUg0LjQt9C/0L7Qu9C30LLQsCDQuCDQv9C+0YnQtdC90YHQutCw0YLQsCDQutGD0YLQuNGPINC9
0LUg0YHQtSDRgdC70LXQtNC4LiDQktCw0YjQtdGC0L4g0YHRitC+0LHRidC10L3QuNC1INC90LUg
0LUg0L/RgNC+0YfQtdGC0LXQvdC+INC4INC90LUg0LUg0L/RgNC10L/RgNCw0YLQtdC90L4uCgrQ
nNC+0LvRjywg0L/QuNGI0LXRgtC1INC90LAgb2ZmaWNlQHN0cm95LWRpbWl0cm92LmJnLgoK0KLQ
vtCy0LAg0LUg0LDQstGC0L7QvNCw0YLQuNGH0L3QviDRgdGK0L7QsdGJ0LXQvdC40LUsINC80L7Q
u9GPINC90LUg0L7RgtCz0L7QstCw0YDRj9C50YLQtS4KCtCh0YLRgNC+0Lkg0JTQuNC80LjRgtGA
0L7QsiDQldCe0J7QlAo=
"""),
    ('en', 'thunderbird-list-unsubscribe-mailto', 'withdraw_consent', (), """\
Message-ID: <7b1e3c2a-5d4f-4e8a-9c0b-2f6a1d3e4b5c@btinternet.com>
Date: Mon, 23 Nov 2026 19:42:10 +0000
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: en-GB
To: privacy@shop.example.be
From: Graham Pell <graham.pell@btinternet.com>
Subject: unsubscribe
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

"""),
    ('en', 'phone-reply-above-legal-disclaimer', 'deletion', (), """\
From: Rachel Okafor <rachel.okafor@whitmorelane.co.uk>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Black Friday: up to 50% off garden furniture
Date: Mon, 23 Nov 2026 12:31:08 +0000
Message-ID: <LO4P265MB6210C3E8A1F2B9D0E7C6A5B4F3E2D1C0@LO4P265MB6210.GBRP265.PROD.OUTLOOK.COM>
References: <bf26.0036621.Vb0nM5@mailout.shop.example.be>
In-Reply-To: <bf26.0036621.Vb0nM5@mailout.shop.example.be>
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Please close my account and delete all the data you hold on me. I haven't o=
rdered anything from you in years.

Sent from my phone

Rachel Okafor
Senior Paralegal | Whitmore & Lane LLP
12 Temple Row, Birmingham B2 5HG
T +44 121 496 0123 | www.whitmorelane.co.uk

This email and any attachments are confidential and may be legally privileg=
ed. If you are not the intended recipient, please notify the sender immedia=
tely by return email and delete it from your system; you must not copy, use=
 or disclose its contents. Whitmore & Lane LLP is a limited liability partn=
ership registered in England and Wales (OC312345) and is authorised and reg=
ulated by the Solicitors Regulation Authority (SRA No. 612345). We do not a=
ccept service of documents by email. Email is not a secure medium and we ac=
cept no liability for any loss or damage caused by viruses. Beware of cyber=
 fraud: we will never notify you of a change to our bank details by email.

________________________________
From: shop.example.be <news@shop.example.be>
Sent: Monday, November 23, 2026 7:00:12 AM
To: Rachel Okafor <rachel.okafor@whitmorelane.co.uk>
Subject: Black Friday: up to 50% off garden furniture

BLACK FRIDAY AT SHOP.EXAMPLE.BE
Up to 50% off garden furniture, barbecues and outdoor lighting.
This week only, until Monday 30 November.

Shop now: https://shop.example.be/en/black-friday

Loyalty card members get an extra 5% on top.

You receive this newsletter because you subscribed at shop.example.be.
Unsubscribe: https://shop.example.be/u/Vb0nM5kLj7
"""),
    ('en', 'it-admin-spf-blocked-bulk', 'other', (), """\
From: Tom Reddy <it@greenfields-architects.co.uk>
To: privacy@shop.example.be
Subject: Your newsletter is being quarantined by our mail filter (SPF fail)
Date: Mon, 23 Nov 2026 10:14:52 +0000
Message-ID: <0f3d9a21-77c4-4b0e-8e52-1a6c3b9d2e40@greenfields-architects.co.uk>
User-Agent: Mozilla Thunderbird
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

Hi,

I look after IT for Greenfields Architects. A few of our staff are on your
mailing list (they buy garden stuff from you, apparently), and this
morning's Black Friday mail got held by our gateway as bulk mail with an
SPF failure. Your sending server 203.0.113.25 (mailout.shop.example.be)
isn't in the SPF record for shop.example.be, it ends in ~all and our
policy quarantines softfails. DKIM looked fine.

Could you pass this on to whoever runs your email and get them to add
that IP to the SPF record? Happy to send full headers if useful. I've
released the ones already caught, no need to resend.

Cheers,
Tom Reddy
IT Support, Greenfields Architects
"""),
    ('nl', 'typed-stop-nl', 'withdraw_consent', (), """\
Return-Path: <marc.dewulf@telenet.be>
From: Marc Dewulf <marc.dewulf@telenet.be>
To: privacy@shop.example.be
Subject: Re: Black Friday: tot 50% korting op tuinmeubelen
Date: Mon, 23 Nov 2026 07:48:19 +0100
Message-ID: <4E8F1A2B-9C3D-4E5F-A6B7-C8D9E0F1A2B3@telenet.be>
In-Reply-To: <bf26.0041770.Wq8eR3@mailout.shop.example.be>
X-Mailer: iPhone Mail (22B91)
Mime-Version: 1.0 (1.0)
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

STOP
"""),
    ('nl', 'gmail-forward-where-did-you-get-my-address', 'access', (), """\
MIME-Version: 1.0
From: Lies Verhoeven <lies.verhoeven82@gmail.com>
Date: Mon, 23 Nov 2026 21:07:33 +0100
Message-ID: <CAN4rP7wQ2+kX8vT0zLm3Y_aFb6dHs9eJc1uGo5iRt7xWv2Ng@mail.gmail.com>
Subject: Fwd: Black Friday: tot 50% korting op tuinmeubelen
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

heb ik me hier ooit voor ingeschreven?? waar hebben jullie mijn adres vanda=
an

---------- Forwarded message ---------
Van: shop.example.be <news@shop.example.be>
Date: ma 23 nov 2026 om 07:00
Subject: Black Friday: tot 50% korting op tuinmeubelen
To: <lies.verhoeven82@gmail.com>


BLACK FRIDAY BIJ SHOP.EXAMPLE.BE
Tot 50% korting op tuinmeubelen, barbecues en buitenverlichting.
Alleen deze week, tot maandag 30 november.

Shop nu: https://shop.example.be/nl/black-friday

Met je klantenkaart krijg je er nog eens 5% bovenop.

Je ontvangt deze nieuwsbrief omdat je je hebt ingeschreven op shop.example.=
be.
Uitschrijven: https://shop.example.be/u/Kx4jD9sAe2
"""),
    ('fr', 'apple-mail-unsubscribe-button-fr', 'withdraw_consent', (), """\
Return-Path: <nathalie.leroy@icloud.com>
From: Nathalie Leroy <nathalie.leroy@icloud.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Date: Mon, 23 Nov 2026 20:16:44 +0100
Subject: unsubscribe
Message-Id: <6C2D8E1F-4A3B-4C5D-9E8F-0A1B2C3D4E5F@icloud.com>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Ce message a =C3=A9t=C3=A9 g=C3=A9n=C3=A9r=C3=A9 automatiquement par Mail p=
our vous d=C3=A9sabonner d'une liste de diffusion.
"""),
    ('fr', 'back-from-leave-objects-herself', 'objection', (), """\
From: Sophie Lambert <sophie.lambert@skynet.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?RE:_R=E9ponse_automatique_:_Nous_mettons_=E0_jour_notre_pol?=
 =?iso-8859-1?Q?itique_de_confidentialit=E9?=
Date: Fri, 27 Nov 2026 09:12:40 +0100
Message-ID: <000601db3f2a$8c1e4f20$a45aed60$@skynet.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQK7c3Hn0d2PzSx1mR8/Q2vYhTnq6g==
Content-Language: fr-be

Bonjour,

De retour aujourd'hui, d=E9sol=E9e pour le message d'absence automatique qu=
e vous avez re=E7u.

J'ai lu votre message sur la nouvelle politique de confidentialit=E9 : merc=
i de ne PAS partager mes achats avec votre partenaire publicitaire. Je m'y =
oppose.

Cordialement,
Sophie Lambert

De : Sophie Lambert <sophie.lambert@skynet.be>
Envoy=E9 : lundi 23 novembre 2026 08:05
=C0 : shop.example.be <privacy@shop.example.be>
Objet : R=E9ponse automatique : Nous mettons =E0 jour notre politique de co=
nfidentialit=E9

Je suis absente jusqu'au 26 novembre inclus. Je lirai votre message =E0 mon=
 retour.
Sophie Lambert
"""),
    ('de', 'gmail-unsubscribe-button-de', 'withdraw_consent', (), """\
MIME-Version: 1.0
From: =?UTF-8?Q?J=C3=BCrgen_Maas?= <juergen.maas@gmail.com>
Date: Tue, 24 Nov 2026 06:55:02 +0100
Message-ID: <CAK3pX9wR7+mN2vT4qLz8Y_bEc0fGs1dHj6uKo3iSt5yWx7Pa@mail.gmail.com>
Subject: unsubscribe
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"

Diese Nachricht wurde automatisch von Gmail generiert.
"""),
    ('es', 'typed-baja-es', 'withdraw_consent', (), """\
From: Carmen Ruiz <carmenruiz62@hotmail.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?RE:_Black_Friday:_hasta_un_50_%_en_muebles_de_jard=EDn?=
Date: Mon, 23 Nov 2026 09:33:17 +0000
Message-ID: <DB9P191MB1627D0E3A4F2C1B9E8D7C6A5B4F3E2D1@DB9P191MB1627.EURP191.PROD.OUTLOOK.COM>
In-Reply-To: <bf26.0071002.Tg2hY8@mailout.shop.example.be>
Content-Language: es-ES
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_DB9P191MB1627D0E3A4F2C1B9E8D7C6A5B4F3E2D1DB9P191MB1627EURP_"

--_000_DB9P191MB1627D0E3A4F2C1B9E8D7C6A5B4F3E2D1DB9P191MB1627EURP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

BAJA

--_000_DB9P191MB1627D0E3A4F2C1B9E8D7C6A5B4F3E2D1DB9P191MB1627EURP_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body dir=3D"ltr"><div style=3D"font-family:Aptos,Ari=
al,sans-serif;font-size:12pt">BAJA</div></body></html>

--_000_DB9P191MB1627D0E3A4F2C1B9E8D7C6A5B4F3E2D1DB9P191MB1627EURP_--
"""),
    ('it', 'samsung-reply-above-legal-disclaimer', 'withdraw_consent', ('objection',), """\
From: Paolo Ferri <paolo.ferri@studioferri.it>
To: privacy@shop.example.be
Subject: R: Aggiorniamo la nostra informativa sulla privacy
Date: Mon, 23 Nov 2026 13:02:37 +0100
Message-ID: <g4k8xq2m1v7hzt0p3wr5ne9b.1795435357711@email.android.com>
In-Reply-To: <notice26.it.80213@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Buongiorno,
vi prego di cancellarmi dalla newsletter e di non condividere i miei acquisti con il vostro partner pubblicitario.
Grazie

Inviato da smartphone Samsung Galaxy.

--
Avv. Paolo Ferri
Studio Legale Ferri & Associati
Via Garibaldi 18 - 40124 Bologna
Tel. 051 234 5678 - PEC: paolo.ferri@pec.ordineavvocatibo.it

Le informazioni contenute in questo messaggio di posta elettronica e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato. Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003, è vietata la diffusione, la distribuzione o la copia del presente messaggio da parte di soggetti diversi dal destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di informarne immediatamente il mittente e di cancellarlo dal vostro sistema. Prima di stampare questa e-mail, pensa all'ambiente.

-------- Messaggio originale --------
Da: shop.example.be <privacy@shop.example.be>
Data: 23/11/26 08:05 (GMT+01:00)
A: paolo.ferri@studioferri.it
Oggetto: Aggiorniamo la nostra informativa sulla privacy

Gentile cliente,

dal 1° gennaio 2027 aggiorniamo la nostra informativa sulla privacy:
- con la nuova app della carta fedeltà accumuli punti sullo smartphone;
- condivideremo la cronologia dei tuoi acquisti con un partner pubblicitario per mostrarti offerte più pertinenti, salvo tua opposizione.

Puoi modificare le tue preferenze o opporti in qualsiasi momento: https://shop.example.be/it/preferenze
Domande? Scrivi a privacy@shop.example.be.
"""),
    ('pl', 'typed-unsubscribe-pl', 'withdraw_consent', (), """\
Return-Path: <t.wisniewski@onet.pl>
From: =?UTF-8?Q?Tomasz_Wi=C5=9Bniewski?= <t.wisniewski@onet.pl>
To: privacy@shop.example.be
Subject: Re: Black Friday: do -50% na meble ogrodowe
Date: Mon, 23 Nov 2026 17:20:45 +0100
Message-ID: <d2f7a9c1-5b3e-4f80-8a6d-0c1e2b3a4d5f@onet.pl>
In-Reply-To: <bf26.0101544.Oa3sD7@mailout.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

unsubscribe
"""),
    ('cs', 'seznam-forward-did-i-sign-up', 'access', (), """\
Return-Path: <hana.kralova@seznam.cz>
From: =?utf-8?q?Hana_Kr=C3=A1lov=C3=A1?= <hana.kralova@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Fwd:_Black_Friday:_a=C5=BE_50_%_sleva_na_zahradn=C3=AD_n=C3=A1bytek?=
Date: Mon, 23 Nov 2026 18:41:12 +0100 (CET)
Message-Id: <8Qr.Xy2K.5mFpT1wNz3a.1dA4Jw@seznam.cz>
Mime-Version: 1.0 (Szn Email)
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

p=C5=99ihl=C3=A1sila jsem se k tomu v=C5=AFbec n=C4=9Bkdy?? odkud m=C3=A1te=
 moji adresu

---------- P=C5=AFvodn=C3=AD e-mail ----------
Od: shop.example.be <news@shop.example.be>
Komu: hana.kralova@seznam.cz
Datum: 23. 11. 2026 7:00:12
P=C5=99edm=C4=9Bt: Black Friday: a=C5=BE 50 % sleva na zahradn=C3=AD n=C3=
=A1bytek

BLACK FRIDAY NA SHOP.EXAMPLE.BE
A=C5=BE 50 % sleva na zahradn=C3=AD n=C3=A1bytek, grily a venkovn=C3=AD osv=
=C4=9Btlen=C3=AD.
Pouze tento t=C3=BDden, do pond=C4=9Bl=C3=AD 30. listopadu.

Nakupujte: https://shop.example.be/cs/black-friday

Tento newsletter dost=C3=A1v=C3=A1te, proto=C5=BEe jste se p=C5=99ihl=C3=A1=
sili k odb=C4=9Bru na shop.example.be.
Odhl=C3=A1sit odb=C4=9Br: https://shop.example.be/u/Pz6wE1rTy8
"""),
    ('hr', 'samsung-reply-above-disclaimer-correction', 'correction', (), """\
From: Ivan Horvat <ivan.horvat@horvat-partneri.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?RE:_Black_Friday:_do_50_%_popusta_na_vrtni_namje=C5=A1taj?=
Date: Mon, 23 Nov 2026 10:58:04 +0100
Message-ID: <k2p9t7xw0m3rq8vz1n6y4b5c.1795427884230@email.android.com>
In-Reply-To: <bf26.0121903.Iu3oP7@mailout.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

UG/FoXRvdmFuaSwKCnUgdmHFoWltIG1haWxvdmltYSBzdGFsbm8gcGnFoWUgIkl2YW5hIEhvcnZh
dCIsIGEgamEgc2FtIEl2YW4gSG9ydmF0LiBNb2xpbSB2YXMgaXNwcmF2aXRlIGltZSB1IG1vbSBr
b3Jpc25pxI1rb20gcmHEjXVudSBpIG5hIGthcnRpY2kgdmplcm5vc3RpLgoKSHZhbGEsCkl2YW4g
SG9ydmF0CgpQb3NsYW5vIHMgbW9nIFNhbXN1bmcgR2FsYXh5IHBhbWV0bm9nIHRlbGVmb25hLgoK
T3ZhIHBvcnVrYSBpIHN2aSBuamV6aW5pIHByaXZpY2kgcG92amVybGppdmkgc3UgaSBuYW1pamVu
amVuaSBpc2tsanXEjWl2byBwcmltYXRlbGp1LiBBa28gc3RlIHBvcnVrdSBwcmltaWxpIGdyZcWh
a29tLCBtb2xpbW8gb2JhdmlqZXN0aXRlIHBvxaFpbGphdGVsamEgaSBpemJyacWhaXRlIGplLiBI
b3J2YXQgaSBwYXJ0bmVyaSBkLm8uby4sIElsaWNhIDQ1LCAxMDAwMCBaYWdyZWIsIHVwaXNhbm8g
a29kIFRyZ292YcSNa29nIHN1ZGEgdSBaYWdyZWJ1LCBNQlMgMDgwMTIzNDU2LCBPSUIgMTIzNDU2
Nzg5MDEuCgotLS0tLS0tLSBJenZvcm5hIHBvcnVrYSAtLS0tLS0tLQpPZDogc2hvcC5leGFtcGxl
LmJlIDxuZXdzQHNob3AuZXhhbXBsZS5iZT4KRGF0dW06IDIzLjExLjIwMjYuIDA3OjAwIChHTVQr
MDE6MDApClByaW1hOiBpdmFuLmhvcnZhdEBob3J2YXQtcGFydG5lcmkuaHIKUHJlZG1ldDogQmxh
Y2sgRnJpZGF5OiBkbyA1MCAlIHBvcHVzdGEgbmEgdnJ0bmkgbmFtamXFoXRhagoKRHJhZ2EgSXZh
bmEgSG9ydmF0LAoKQkxBQ0sgRlJJREFZIE5BIFNIT1AuRVhBTVBMRS5CRQpEbyA1MCAlIHBvcHVz
dGEgbmEgdnJ0bmkgbmFtamXFoXRhaiwgcm/FoXRpbGplIGkgdmFuanNrdSByYXN2amV0dS4KU2Ft
byBvdmFqIHRqZWRhbiwgZG8gcG9uZWRqZWxqa2EgMzAuIHN0dWRlbm9nYS4KCkt1cHVqdGUgb2Rt
YWg6IGh0dHBzOi8vc2hvcC5leGFtcGxlLmJlL2hyL2JsYWNrLWZyaWRheQoKT3ZhaiBuZXdzbGV0
dGVyIHByaW1hdGUgamVyIHN0ZSBzZSBwcmlqYXZpbGkgbmEgc2hvcC5leGFtcGxlLmJlLgpPZGph
dmE6IGh0dHBzOi8vc2hvcC5leGFtcGxlLmJlL3UvSXUzb1A3YVNkMAo=
"""),
    ('el', 'iphone-reply-objects-to-sharing', 'objection', (), """\
From: =?utf-8?b?zpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM6szrrOt8+C?= <g.papadakis@otenet.gr>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?b?UmU6IM6Vzr3Ot868zrXPgc+Ozr3Ov8+FzrzOtSDPhM63zr0gz4DOv867?=
 =?utf-8?b?zrnPhM65zrrOriDOsc+Azr/Pgc+Bzq7PhM6/z4UgzrzOsc+C?=
Date: Mon, 23 Nov 2026 20:31:55 +0200
Message-Id: <A7B8C9D0-E1F2-4A3B-8C4D-5E6F7A8B9C0D@otenet.gr>
In-Reply-To: <notice26.el.11902@shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs60zrXOvSDOtc+AzrnOuM+FzrzPjiDOvc6xIM66
zr/Ouc69zr/PgM6/zrnOtc6vz4TOtSDPhM6/IM65z4PPhM6/z4HOuc66z4wgzrHOs86/z4HPjs69
IM68zr/PhSDPg8+Ezr/OvSDOtM65zrHPhs63zrzOuc+Dz4TOuc66z4wgz4POsc+CIM+Dz4XOvc61
z4HOs86sz4TOty4gzqDOsc+BzrHOus6xzrvPjiDOus6xz4TOsc+Hz4nPgc6uz4PPhM61IM+EzrfO
vSDOsc69z4TOr8+Bz4HOt8+Dzq4gzrzOv8+FLgoKzpXPhc+HzrHPgc65z4PPhM+OLArOk865z47P
gc6zzr/PgiDOoM6xz4DOsc60zqzOus63z4IKCs6jz4TOrM67zrjOt866zrUgzrHPgM+MIM+Ezr8g
aVBob25lIM68zr/PhQoKPiDOo8+EzrnPgiAyMyDOnc6/zrUgMjAyNiwgz4PPhM65z4IgMDk6MDUs
IM6/L863IHNob3AuZXhhbXBsZS5iZSA8cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU+IM6tzrPPgc6x
z4jOtToKPgo+IM6RzrPOsc+AzrfPhM6tIM+AzrXOu86sz4TOtywKPgo+IM6Rz4DPjCDPhM63zr0g
Mc63IM6ZzrHOvc6/z4XOsc+Bzq/Ov8+FIDIwMjcgzrXOvc63zrzOtc+Bz47Ovc6/z4XOvM61IM+E
zrfOvSDPgM6/zrvOuc+EzrnOus6uIM6xz4DOv8+Bz4HOrs+Ezr/PhSDOvM6xz4I6Cj4gLSDOvM61
IM+Ezrcgzr3Orc6xIM61z4bOsc+BzrzOv86zzq4gz4TOt8+CIM66zqzPgc+EzrHPgiDPgM65z4PP
hM+Mz4TOt8+EzrHPgiDPg8+FzrvOu86tzrPOtc+EzrUgz4DPjM69z4TOv8+Fz4Igz4PPhM6/IM66
zrnOvc63z4TPjCDPg86xz4LCtwo+IC0gzrjOsSDOus6/zrnOvc6/z4DOv865zr/Pjc68zrUgz4TO
vyDOuc+Dz4TOv8+BzrnOus+MIM6xzrPOv8+Bz47OvSDPg86xz4Igz4POtSDOtM65zrHPhs63zrzO
uc+Dz4TOuc66z4wgz4PPhc69zrXPgc6zzqzPhM63LCDPjs+Dz4TOtSDOvc6xIM6yzrvOrc+AzrXP
hM61IM+AzrnOvyDPg8+HzrXPhM65zrrOrc+CIM+Az4HOv8+Dz4bOv8+Bzq3PgiwgzrXOus+Ez4zP
giDOsc69IM6xzr3PhM65z4TOsc+HzrjOtc6vz4TOtS4KPgo+IM6cz4DOv8+BzrXOr8+EzrUgzr3O
sSDOsc67zrvOrM6+zrXPhM61IM+EzrnPgiDPgM+Bzr/PhM65zrzOrs+DzrXOuc+CIM+DzrHPgiDO
riDOvc6xIM6xzr3PhM65z4TOsc+HzrjOtc6vz4TOtSDOsc69zqwgz4DOrM+DzrEgz4PPhM65zrPO
vM6uOiBodHRwczovL3Nob3AuZXhhbXBsZS5iZS9lbC9wcmVmZXJlbmNlcwo=
"""),
]

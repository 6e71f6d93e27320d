"""Sixtythird set: robot mail of gift-card, voucher, cashback and refer-a-friend systems (bounces, out-of-office replies, platform and agency notices, read receipts, cron and helpdesk mail), plus people whose mail looks automatic (en, nl, fr, de, es, it, pt). Written apart from the code."""

ROBOTS = [
    ('en', 'postfix-bounce-compensation-voucher-mistyped-domain', 'automated', (),
'''Return-Path: <>
X-Original-To: privacy@shop.example.be
Delivered-To: privacy@shop.example.be
Received: from out1.shop.example.be (out1.shop.example.be [192.0.2.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dFq7K2mXbz1xR9
        for <privacy@shop.example.be>; Tue, 10 Mar 2026 11:42:09 +0100 (CET)
Received: by out1.shop.example.be (Postfix)
        id 4dFq7K0wVQz1xR7; Tue, 10 Mar 2026 11:42:09 +0100 (CET)
Date: Tue, 10 Mar 2026 11:42:09 +0100 (CET)
From: MAILER-DAEMON@out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4dFq7K0wVQz1xR7.1773139329/out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260310104209.4dFq7K0wVQz1xR7@out1.shop.example.be>

This is a MIME-encapsulated message.

--4dFq7K0wVQz1xR7.1773139329/out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.okafor@gmail.con>: Host or domain name not found. Name service error for
    name=gmail.con type=A: Host not found

--4dFq7K0wVQz1xR7.1773139329/out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; out1.shop.example.be
X-Postfix-Queue-ID: 4dFq6Y3JcLz1xR2
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 10 Mar 2026 11:41:37 +0100 (CET)

Final-Recipient: rfc822; d.okafor@gmail.con
Original-Recipient: rfc822;d.okafor@gmail.con
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=gmail.con type=A: Host not found

--4dFq7K0wVQz1xR7.1773139329/out1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from ws-priv03.corp.shop.example.be (ws-priv03.corp.shop.example.be [10.20.8.63])
        by out1.shop.example.be (Postfix) with ESMTPSA id 4dFq6Y3JcLz1xR2
        for <d.okafor@gmail.con>; Tue, 10 Mar 2026 11:41:37 +0100 (CET)
Message-ID: <6f2d0a94-3b1e-4c57-a8e2-91d7c40b5e13@shop.example.be>
Date: Tue, 10 Mar 2026 11:41:36 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: en-GB
To: d.okafor@gmail.con
From: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Your compensation voucher - reference PRV-2026-0417
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

Dear Mr Okafor,

Further to our call this morning, please accept our apologies for the
gift card e-mail that was sent to another customer because of a typing
error in our store. The card has been cancelled and a new one issued to
you.

As a gesture of goodwill we add a voucher of EUR 25:

   Voucher code: SX-COMP-7H4K-29QD
   Valid until:  10 March 2027, online and in all our stores

We do not need your bank details for this voucher; please ignore any
message asking for them.

Kind regards,

Nadia Peeters
Privacy Team - Shop Example BV
privacy@shop.example.be

--4dFq7K0wVQz1xR7.1773139329/out1.shop.example.be--
'''),
    ('en', 'exchange-ooo-cashback-agency-account-manager', 'automated', (),
'''Return-Path: <harriet.lowe@claimwise-promotions.example>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2107.outbound.protection.outlook.com [203.0.113.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fTr1b6Wq8z3Lmn
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 10:14:54 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=claimwisepromotions.onmicrosoft.com;
        s=selector2-claimwisepromotions-onmicrosoft-com;
        h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        bh=Q2l0eUNsYWltc0hhcnJpZXRPb29mMjAyNjA0MTZhYmM=;
        b=kR4vT1pW9cXhN2mB7sLq0aZ3eYfG5uJd8oPiK6wE1rHtV4nM0bC9xQ2sA7lF3gD5yU8jT1iO6pR
        4eW0qZ9vN2xB5mK7cL3hS8aD1fG6jY0uT4rE9wQ2iP5oV7nM3bX8zC1kA6lH0sJ4dF9gU2yR5e
From: Harriet Lowe <harriet.lowe@claimwise-promotions.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Spring Price-Back - delete ID copies and IBANs of paid claims
Thread-Topic: Spring Price-Back - delete ID copies and IBANs of paid claims
Thread-Index: AQHczZ3kYp8TQ0v7d0S7h1Z4m2o5VwAAAX1c
Date: Thu, 16 Apr 2026 08:14:52 +0000
Message-ID: <LO4P265MB6121E0B3A9D2C47F18E6B2C5A7902@LO4P265MB6121.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <a81f3c2e-5d07-4e19-b6a4-0c2f9e7d1358@shop.example.be>
References: <a81f3c2e-5d07-4e19-b6a4-0c2f9e7d1358@shop.example.be>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-RecordReviewCfmType: 0
auto-submitted: auto-generated
x-auto-response-suppress: All
x-ms-exchange-messagesentrepresentingtype: 1
Content-Type: multipart/alternative;
        boundary="_000_LO4P265MB6121E0B3A9D2C47F18E6B2C5A7902LO4P265MB6121GBRP_"
MIME-Version: 1.0

--_000_LO4P265MB6121E0B3A9D2C47F18E6B2C5A7902LO4P265MB6121GBRP_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email.

I am out of the office until Monday 27 April with limited access to email.

For anything about claim processing (missing documents, payment status, rej=
ected claims) please contact claims-support@claimwise-promotions.example or=
 call +44 20 7946 0381.

Requests about personal data held for a promotion (deletion of ID copies, r=
eceipts or bank details, access requests) go to our Data Protection Officer=
 at dpo@claimwise-promotions.example - please quote the promotion code so t=
he right claims can be found.

Kind regards,
Harriet

Harriet Lowe | Client Services Manager
Claimwise Promotions Ltd

--_000_LO4P265MB6121E0B3A9D2C47F18E6B2C5A7902LO4P265MB6121GBRP_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html xmlns:o=3D"urn:schemas-microsoft-com:office:office" xmlns:w=3D"urn:sc=
hemas-microsoft-com:office:word" xmlns:m=3D"http://schemas.microsoft.com/of=
fice/2004/12/omml" xmlns=3D"http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
</head>
<body lang=3D"EN-GB" link=3D"#0563C1" vlink=3D"#954F72" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Thank you for your email.<o:p></o:p></p>
<p class=3D"MsoNormal">I am out of the office until Monday 27 April with li=
mited access to email.<o:p></o:p></p>
<p class=3D"MsoNormal">For anything about claim processing (missing documen=
ts, payment status, rejected claims) please contact <a href=3D"mailto:claim=
s-support@claimwise-promotions.example">claims-support@claimwise-promotions=
.example</a> or call +44 20 7946 0381.<o:p></o:p></p>
<p class=3D"MsoNormal">Requests about personal data held for a promotion (d=
eletion of ID copies, receipts or bank details, access requests) go to our =
Data Protection Officer at <a href=3D"mailto:dpo@claimwise-promotions.examp=
le">dpo@claimwise-promotions.example</a> - please quote the promotion code =
so the right claims can be found.<o:p></o:p></p>
<p class=3D"MsoNormal">Kind regards,<br>Harriet<o:p></o:p></p>
<p class=3D"MsoNormal"><b>Harriet Lowe</b> | Client Services Manager<br>Cla=
imwise Promotions Ltd<o:p></o:p></p>
</div>
</body>
</html>

--_000_LO4P265MB6121E0B3A9D2C47F18E6B2C5A7902LO4P265MB6121GBRP_--
'''),
    ('en', 'giftcard-platform-delivered-notice', 'automated', (),
'''Return-Path: <0102019aee3c7e21-5b6d0c8e-2f41-4a7b-9c3e-7d1e8a6f2b90-000000@eu-west-1.amazonses.com>
Received: from a7-12.smtp-out.eu-west-1.amazonses.com (a7-12.smtp-out.eu-west-1.amazonses.com [198.51.100.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4gL2wQ5rHnz2Tb4
        for <privacy@shop.example.be>; Fri, 22 May 2026 14:06:11 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
        s=gl1; d=giftlane.example; t=1779451570;
        h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;
        bh=Z2lmdGxhbmVkZWxpdmVyZWRub3RpY2UyMDI2MDUyMmJoPQ==;
        b=Hq3vN8xKp1LmT6cW0yR4zB9sD2fA7eJ5gU1iO8kP3nV6bX0qC4wE9rT2yM7hL5jZ1aS8dF3gK6
        vN0xB4mQ9pW2cR7eT5yU1iO3kL8aS6dF0gH4jZ9xC2vB7nM5qW1eR8tY3uI6oP0aS4dF7gH2j=
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
        s=uku4taia5b5tsbglxyj6zym32efj7xqv; d=amazonses.com; t=1779451570;
        h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;
        bh=Z2lmdGxhbmVkZWxpdmVyZWRub3RpY2UyMDI2MDUyMmJoPQ==;
        b=P0oI9uY8tR7eW6qA5sD4fG3hJ2kL1zX0cV9bN8mQ7wE6rT5yU4iO3pA2sD1fG0hJ9kL8zX7cV6
        bN5mQ4wE3rT2yU1iO0pA9sD8fG7hJ6kL5zX4cV3bN2mQ1wE0rT9yU8iO7pA6sD5fG4hJ3kL2z=
From: Giftlane <no-reply@notify.giftlane.example>
To: privacy@shop.example.be
Subject: Your e-gift card has been delivered to sophie.r*****@outlook.com
Date: Fri, 22 May 2026 12:06:10 +0000
Message-ID: <0102019aee3c7e21-5b6d0c8e-2f41-4a7b-9c3e-7d1e8a6f2b90-000000@eu-west-1.amazonses.com>
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="----=_Part_2281904_1350917432.1779451570412"
Feedback-ID: 1.eu-west-1.Vx3k9Qm2T7bLp4sN8cR1fW6zH0yJ5aE3gU9iO2kD4=:AmazonSES
X-SES-Outgoing: 2026.05.22-198.51.100.12

------=_Part_2281904_1350917432.1779451570412
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hi Shop Example Privacy Team,

Good news: the e-gift card you sent has been delivered.

Recipient:     Sophie R.
Email:         sophie.r*****@outlook.com
Delivered:     22 May 2026, 14:06 (CEST)
Card:          Shop Example e-gift card =E2=80=93 EUR 50.00
Order:         GL-5528-0913
Your message:  =E2=80=9CReplacement for the card that went to the wrong add=
ress. With our apologies.=E2=80=9D

The recipient can redeem the card at shop.example.be, in the Shop Example a=
pp or in any Shop Example store. The card is valid until 22 May 2027.

Want to know when the card is opened? Turn on open notifications in your Gi=
ftlane account: https://giftlane.example/account/notifications

Giftlane processes the recipient's name and email address only to deliver t=
he card and to send one reminder before it expires. Read our privacy notice=
: https://giftlane.example/privacy

This is an automated message. Please do not reply to this email.
Giftlane B.V. =C2=B7 Keizersgracht 0 =C2=B7 Amsterdam

------=_Part_2281904_1350917432.1779451570412
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><head><meta charset=3D"utf-8"><title>Your e-gift card =
has been delivered</title></head>
<body style=3D"margin:0;padding:0;background:#f4f1ec;font-family:Helvetica,=
Arial,sans-serif">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"600" cellpadding=3D"24" cellspacing=
=3D"0" style=3D"background:#ffffff">
<tr><td><img src=3D"https://cdn.giftlane.example/mail/logo.png" alt=3D"Gift=
lane" width=3D"120"></td></tr>
<tr><td><h1 style=3D"font-size:22px">Your e-gift card has been delivered</h=
1>
<p>Hi Shop Example Privacy Team,</p>
<p>Good news: the e-gift card you sent has been delivered.</p>
<table cellpadding=3D"4" style=3D"font-size:14px">
<tr><td>Recipient</td><td>Sophie R.</td></tr>
<tr><td>Email</td><td>sophie.r*****@outlook.com</td></tr>
<tr><td>Delivered</td><td>22 May 2026, 14:06 (CEST)</td></tr>
<tr><td>Card</td><td>Shop Example e-gift card =E2=80=93 EUR 50.00</td></tr>
<tr><td>Order</td><td>GL-5528-0913</td></tr>
<tr><td>Your message</td><td>=E2=80=9CReplacement for the card that went to=
 the wrong address. With our apologies.=E2=80=9D</td></tr>
</table>
<p>The recipient can redeem the card at shop.example.be, in the Shop Exampl=
e app or in any Shop Example store. The card is valid until 22 May 2027.</p>
<p><a href=3D"https://giftlane.example/account/notifications">Turn on open =
notifications</a></p>
<p style=3D"font-size:12px;color:#777">Giftlane processes the recipient's n=
ame and email address only to deliver the card and to send one reminder bef=
ore it expires. <a href=3D"https://giftlane.example/privacy">Privacy notice=
</a>.<br>This is an automated message. Please do not reply to this email.<b=
r>Giftlane B.V. =C2=B7 Keizersgracht 0 =C2=B7 Amsterdam</p>
</td></tr></table></td></tr></table>
<img src=3D"https://t.giftlane.example/o/9c1e77b2a4.gif" width=3D"1" height=
=3D"1" alt=3D"">
</body></html>

------=_Part_2281904_1350917432.1779451570412--
'''),
    ('en', 'referral-platform-erasure-completed-notice', 'automated', (),
'''Return-Path: <bounces+4417290-7c1e-privacy=shop.example.be@em8812.referloop.example>
Received: from o1.ptr3307.referloop.example (o1.ptr3307.referloop.example [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4h0Vn27kQwz4Ppd
        for <privacy@shop.example.be>; Wed, 03 Jun 2026 16:27:45 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=referloop.example;
        h=content-type:from:subject:to:mime-version:list-unsubscribe;
        s=s1; bh=cmVmZXJsb29wZXJhc3VyZWNvbXBsZXRlZDIwMjYwNjAzYg==;
        b=mX7cV2bN9qW4eR1tY8uI5oP3aS0dF6gH2jK9lZ4xC7vB1nM8qW5eR2tY9uI6oP3aS0dF7gH4jK=
From: ReferLoop Notifications <notifications@referloop.example>
To: privacy@shop.example.be
Subject: [ReferLoop] Erasure request completed - 3 participants removed from "Give 10, Get 10"
Date: Wed, 03 Jun 2026 14:27:44 +0000
Message-ID: <erasure.8f41c2d7e9b3.20260603142744@referloop.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: ReferLoop Notify 4.12
X-ReferLoop-Event: privacy.erasure.completed
X-ReferLoop-Workspace: ws_be_shopexample
List-Unsubscribe: <https://app.referloop.example/settings/notifications?ws=ws_be_shopexample&u=privacy>

Hello Shop Example BV admin,

The erasure request submitted through the API on 2 June 2026, 09:12 UTC
has been completed for your programme "Give 10, Get 10" (BE/NL).

  Request ID:            ers_01JXA7Q4M2T8ZC6K
  Requested by:          api-key "privacy-team" (last 4: 9f2c)
  Participants erased:   3  (referrers: 1, invited friends: 2)

Personal data deleted:
  - names and email addresses
  - referral links and share codes
  - IP addresses, device and click history
  - friend invitations sent and the name of the referrer shown to them

Retained (anonymised, per DPA clause 9.3):
  - reward ledger entries (amount, currency, date) for accounting

Pending rewards cancelled: 1 (EUR 10.00 voucher, not yet issued)

A deletion certificate is available in the dashboard under
Settings > Privacy > Erasure log.

You receive this notification because privacy@shop.example.be is the
privacy contact of workspace "Shop Example BV (BE)". To change which
notifications you receive, visit:
https://app.referloop.example/settings/notifications

This is an automated message. Replies to this address are not monitored.
ReferLoop Ltd
'''),
    ('en', 'person-asks-which-friend-gave-address-above-referral-invite', 'access', (),
'''Return-Path: <gareth.pryce71@gmail.com>
Received: from mail-wr1-f53.google.com (mail-wr1-f53.google.com [209.85.221.53])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4bQm8Fz2Ycz5Wrt
        for <privacy@shop.example.be>; Sat, 07 Feb 2026 18:31:02 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1770485460; x=1771090260;
        h=to:references:message-id:date:subject:mime-version:from:from:to:cc:subject:date:message-id:reply-to;
        bh=R2FyZXRoUHJ5Y2VXaGljaEZyaWVuZDIwMjYwMjA3Ymg9PQ==;
        b=T4yU7iO0pA3sD6fG9hJ2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG8hJ1kL4zX7cV0bN3mQ6w
        E9rT2yU5iO8pA1sD4fG7hJ0kL3zX6cV9bN2mQ5wE8rT1yU4iO7pA0sD3fG6hJ9kL2zX5cV8bN1m==
Received: from smtpclient.apple ([2001:db8:4a1c:7e00:8d2f:91b4:3c6e:a20f])
        by smtp.gmail.com with ESMTPSA id ffacd0b85a97d-3a1f7c4e2b9sm4471302f8f.51.2026.02.07.09.30.59
        for <privacy@shop.example.be>
        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);
        Sat, 07 Feb 2026 09:30:59 -0800 (PST)
From: Gareth Pryce <gareth.pryce71@gmail.com>
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0
Subject: Re: Your friend invited you to Shop Example - here's EUR 10 off
Date: Sat, 7 Feb 2026 17:30:48 +0000
References: <inv.7c2e91b4.20260207091203@news.shop.example.be>
In-Reply-To: <inv.7c2e91b4.20260207091203@news.shop.example.be>
To: privacy@shop.example.be
Message-Id: <5C1E8A37-9F04-4B62-A7D3-E20B6F91C4A8@gmail.com>
X-Mailer: Apple Mail (2.3826.500.181.1.5)

Hello,

I have never shopped with you and never signed up for anything, yet this "y=
our friend invited you" mail turned up this morning. I did not agree to it.

Which friend gave you my email address? I want to know exactly what you hol=
d about me, where you got it, and whether my address has gone to anyone els=
e - the footer mentions a referral company. Please send me that, not anothe=
r promotion.

Gareth Pryce

> On 7 Feb 2026, at 09:12, Shop Example <hello@news.shop.example.be> wrote:
>
> Hi there,
>
> Your friend J. thinks you'll love Shop Example!
> Use their personal link and get EUR 10 off your first order of EUR 50 or =
more.
> When you place your first order, J. gets a EUR 10 voucher too.
>
> [Claim my EUR 10]
>
> This invitation was sent on behalf of your friend through our refer-a-fri=
end
> programme, operated with ReferLoop Ltd. We use your address only to send
> this invitation and one reminder.
>
> This is an automated message, please do not reply.
> Unsubscribe | Privacy notice
> Shop Example BV, Belgium
'''),
    ('nl', 'cashback-agency-retention-purge-confirmation', 'automated', (),
'''Return-Path: <noreply@platform.actiepartners.example>
Received: from smtp-out2.actiepartners.example (smtp-out2.actiepartners.example [198.51.100.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4jK9pR3dWnz6Hqs
        for <privacy@shop.example.be>; Tue, 30 Jun 2026 02:15:07 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=actiepartners.example;
        s=apmail; t=1782778506;
        h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
        bh=YWN0aWVwYXJ0bmVyc3B1cmdlMjAyNjA2MzBib2R5aGFzaA==;
        b=aZ3xC6vB9nM2qW5eR8tY1uI4oP7aS0dF3gH6jK9lZ2xC5vB8nM1qW4eR7tY0uI3oP6aS9dF2gH5j=
From: Actiepartners Benelux <noreply@platform.actiepartners.example>
To: "Shop Example BV - privacy" <privacy@shop.example.be>
Subject: =?utf-8?q?Bevestiging=3A_persoonsgegevens_verwijderd_=E2=80=93_ac?=
 =?utf-8?q?tie_=22Tot_=E2=82=AC50_terug_op_steelstofzuigers=22_=28ACT-26-0?=
 =?utf-8?q?214=29?=
Date: Tue, 30 Jun 2026 02:15:06 +0200
Message-ID: <purge-ACT-26-0214-20260630001506@platform.actiepartners.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Mailer: ActiePlatform Notifier 3.2
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative; boundary="=_ap_5f1c0e9a2b7d"

--=_ap_5f1c0e9a2b7d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

R2VhY2h0ZSBvcGRyYWNodGdldmVyLAoKRGl0IGlzIGVlbiBhdXRvbWF0aXNjaCBnZWdlbmVyZWVy
ZCBiZXJpY2h0IHZhbiBoZXQgQWN0aWVwYXJ0bmVycy1wbGF0Zm9ybS4KCkNvbmZvcm0gZGUgYmV3
YWFydGVybWlqbiB1aXQgZGUgdmVyd2Vya2Vyc292ZXJlZW5rb21zdCAoYXJ0aWtlbCA3LjI6IDYw
IGRhZ2VuIG5hIGRlIGxhYXRzdGUgdWl0YmV0YWxpbmcpIHppam4gb3AgMzAtMDYtMjAyNiBvbSAw
MjowMCBkZSB2b2xnZW5kZSBwZXJzb29uc2dlZ2V2ZW5zIHZhbiBkZSBhY3RpZSBkZWZpbml0aWVm
IHZlcndpamRlcmQ6CgpBY3RpZTogICAgICAgICAgICAgICAgICBUb3Qg4oKsNTAgdGVydWcgb3Ag
c3RlZWxzdG9menVpZ2VycyAoQUNULTI2LTAyMTQpCkxvb3B0aWpkIGFjdGllOiAgICAgICAgIDAx
LTAzLTIwMjYgdC9tIDMwLTA0LTIwMjYKS29waWXDq24gaWRlbnRpdGVpdHNrYWFydDogIDEuMjg0
IGJlc3RhbmRlbiB2ZXJ3aWpkZXJkCklCQU4tbnVtbWVyczogICAgICAgICAgICAgMS4zMTIgdmVy
d2lqZGVyZApLYXNzYWJvbm5lbiBlbiBmYWN0dXJlbjogIDEuMjk3IGJlc3RhbmRlbiB2ZXJ3aWpk
ZXJkCk5hbWVuLCBhZHJlc3NlbiwgZS1tYWlsOiAgMS4zMjYgZGVlbG5lbWVycyBnZWFub25pbWlz
ZWVyZAoKVWl0YmV0YWFsZGUgYWFudnJhZ2VuOiAxLjI3MSDigJQgYWZnZXdlemVuOiA0MSDigJQg
aW5nZXRyb2trZW4gZG9vciBkZWVsbmVtZXI6IDE0CgpCZXdhYXJkIGJsaWp2ZW4gdWl0c2x1aXRl
bmQgZ2Vhbm9uaW1pc2VlcmRlIHN0YXRpc3RpZWtlbiAoYWFudGFsbGVuLCBiZWRyYWdlbiwgcG9z
dGNvZGVnZWJpZWQpIHZvb3IgdXcgZWluZHJhcHBvcnRhZ2UuCgpIZXQgdmVybmlldGlnaW5nc2Nl
cnRpZmljYWF0IChQREYpIGt1bnQgdSBkb3dubG9hZGVuIGluIGhldCBrbGFudGVucG9ydGFhbCBv
bmRlciBBY3RpZXMgPiBBQ1QtMjYtMDIxNCA+IEdlZ2V2ZW5zYmVoZWVyLgoKRGl0IGJlcmljaHQg
aXMgYXV0b21hdGlzY2ggdmVyc3R1dXJkLiBVIGt1bnQgbmlldCBvcCBkaXQgYmVyaWNodCBhbnR3
b29yZGVuLiBWcmFnZW4gb3ZlciBkZXplIHZlcndpamRlcmluZz8gTmVlbSBjb250YWN0IG9wIG1l
dCB1dyBhY2NvdW50bWFuYWdlciBvZiBtZXQgcHJpdmFjeUBhY3RpZXBhcnRuZXJzLmV4YW1wbGUu
CgpBY3RpZXBhcnRuZXJzIEJlbmVsdXggQlYK

--=_ap_5f1c0e9a2b7d
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHg7Y29sb3I6IzIyMiI+CjxwPkdlYWNodGUgb3BkcmFjaHRnZXZlciw8L3A+CjxwPkRpdCBp
cyBlZW4gYXV0b21hdGlzY2ggZ2VnZW5lcmVlcmQgYmVyaWNodCB2YW4gaGV0IEFjdGllcGFydG5l
cnMtcGxhdGZvcm0uPC9wPgo8cD5Db25mb3JtIGRlIGJld2FhcnRlcm1pam4gdWl0IGRlIHZlcndl
cmtlcnNvdmVyZWVua29tc3QgKGFydGlrZWwgNy4yOiA2MCBkYWdlbiBuYSBkZSBsYWF0c3RlIHVp
dGJldGFsaW5nKSB6aWpuIG9wIDMwLTA2LTIwMjYgb20gMDI6MDAgZGUgdm9sZ2VuZGUgcGVyc29v
bnNnZWdldmVucyB2YW4gZGUgYWN0aWUgZGVmaW5pdGllZiB2ZXJ3aWpkZXJkOjwvcD4KPHRhYmxl
IGJvcmRlcj0iMCIgY2VsbHBhZGRpbmc9IjQiPgo8dHI+PHRkPkFjdGllPC90ZD48dGQ+PGI+VG90
IOKCrDUwIHRlcnVnIG9wIHN0ZWVsc3RvZnp1aWdlcnMgKEFDVC0yNi0wMjE0KTwvYj48L3RkPjwv
dHI+Cjx0cj48dGQ+TG9vcHRpamQgYWN0aWU8L3RkPjx0ZD4wMS0wMy0yMDI2IHQvbSAzMC0wNC0y
MDI2PC90ZD48L3RyPgo8dHI+PHRkPktvcGllw6tuIGlkZW50aXRlaXRza2FhcnQ8L3RkPjx0ZD4x
LjI4NCBiZXN0YW5kZW4gdmVyd2lqZGVyZDwvdGQ+PC90cj4KPHRyPjx0ZD5JQkFOLW51bW1lcnM8
L3RkPjx0ZD4xLjMxMiB2ZXJ3aWpkZXJkPC90ZD48L3RyPgo8dHI+PHRkPkthc3NhYm9ubmVuIGVu
IGZhY3R1cmVuPC90ZD48dGQ+MS4yOTcgYmVzdGFuZGVuIHZlcndpamRlcmQ8L3RkPjwvdHI+Cjx0
cj48dGQ+TmFtZW4sIGFkcmVzc2VuLCBlLW1haWw8L3RkPjx0ZD4xLjMyNiBkZWVsbmVtZXJzIGdl
YW5vbmltaXNlZXJkPC90ZD48L3RyPgo8L3RhYmxlPgo8cD5VaXRiZXRhYWxkZSBhYW52cmFnZW46
IDEuMjcxIOKAlCBhZmdld2V6ZW46IDQxIOKAlCBpbmdldHJva2tlbiBkb29yIGRlZWxuZW1lcjog
MTQ8L3A+CjxwPkJld2FhcmQgYmxpanZlbiB1aXRzbHVpdGVuZCBnZWFub25pbWlzZWVyZGUgc3Rh
dGlzdGlla2VuIChhYW50YWxsZW4sIGJlZHJhZ2VuLCBwb3N0Y29kZWdlYmllZCkgdm9vciB1dyBl
aW5kcmFwcG9ydGFnZS48L3A+CjxwPkhldCB2ZXJuaWV0aWdpbmdzY2VydGlmaWNhYXQgKFBERikg
a3VudCB1IGRvd25sb2FkZW4gaW4gaGV0IDxhIGhyZWY9Imh0dHBzOi8vcG9ydGFsLmFjdGllcGFy
dG5lcnMuZXhhbXBsZS9hY3RpZXMvQUNULTI2LTAyMTQvZ2VnZXZlbnMiPmtsYW50ZW5wb3J0YWFs
PC9hPi48L3A+CjxwIHN0eWxlPSJjb2xvcjojODg4O2ZvbnQtc2l6ZToxMnB4Ij5EaXQgYmVyaWNo
dCBpcyBhdXRvbWF0aXNjaCB2ZXJzdHV1cmQuIFUga3VudCBuaWV0IG9wIGRpdCBiZXJpY2h0IGFu
dHdvb3JkZW4uIFZyYWdlbiBvdmVyIGRlemUgdmVyd2lqZGVyaW5nPyBOZWVtIGNvbnRhY3Qgb3Ag
bWV0IHV3IGFjY291bnRtYW5hZ2VyIG9mIG1ldCBwcml2YWN5QGFjdGllcGFydG5lcnMuZXhhbXBs
ZS48YnI+QWN0aWVwYXJ0bmVycyBCZW5lbHV4IEJWPC9wPgo8L2JvZHk+PC9odG1sPgo=

--=_ap_5f1c0e9a2b7d--
'''),
    ('nl', 'exchange-ndr-mailbox-full-giftcard-balance-reply', 'automated', (),
'''Return-Path: <>
Received: from mail.vanderlinden-installatie.example (mail.vanderlinden-installatie.example [198.51.100.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4kPz3Lq7Ttz7Bcd
        for <privacy@shop.example.be>; Tue, 15 Sep 2026 09:48:33 +0200 (CEST)
From: postmaster@vanderlinden-installatie.example
To: <privacy@shop.example.be>
Date: Tue, 15 Sep 2026 07:48:31 +0000
Content-Type: multipart/report; report-type=delivery-status;
        boundary="dd1a3c5e-8b22-4f90-a7d6-3e1b0c9f4a21"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
Message-ID: <9b3e7c21-40d8-4a6f-b1e2-7f5c0d8a3e96@EXCH02.vanderlinden.local>
In-Reply-To: <c4e8a1f7-2b93-4d05-9e61-8a7f3c2d0b45@shop.example.be>
References: <c4e8a1f7-2b93-4d05-9e61-8a7f3c2d0b45@shop.example.be>
Thread-Topic: Uw vraag over het saldo van uw cadeaukaart (oud account)
Thread-Index: AQHdKf3bE7mZc0TqSUWi9nXh3q1h6Q==
Subject: Onbestelbaar: Uw vraag over het saldo van uw cadeaukaart (oud account)
Auto-Submitted: auto-replied
MIME-Version: 1.0

--dd1a3c5e-8b22-4f90-a7d6-3e1b0c9f4a21
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bezorging is mislukt voor de volgende ontvangers of groepen:

administratie@vanderlinden-installatie.example
Het postvak van de ontvanger is vol en kan momenteel geen berichten accepte=
ren. Probeer het later opnieuw of neem rechtstreeks contact op met de ontva=
nger.





Diagnostische gegevens voor beheerders:

Genererende server: EXCH02.vanderlinden.local

administratie@vanderlinden-installatie.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:=
QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process=
 message due to a permanent exception with message Cannot open mailbox /o=
=3DVanderLinden/ou=3DExchange Administrative Group (FYDIBOHF23SPDLT)/cn=3DR=
ecipients/cn=3Dadministratie.'

Oorspronkelijke berichtkoppen:

Received: from mail.vanderlinden-installatie.example (198.51.100.140) by
 EXCH02.vanderlinden.local (10.1.0.12) with Microsoft SMTP Server
 (version=3DTLS1_2, cipher=3DTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.2.1544.4; Tue, 15 Sep 2026 09:48:29 +0200
Received: from out1.shop.example.be (out1.shop.example.be [192.0.2.41])
 by mail.vanderlinden-installatie.example with ESMTPS id 3F7A2C0B91;
 Tue, 15 Sep 2026 09:48:28 +0200
Message-ID: <c4e8a1f7-2b93-4d05-9e61-8a7f3c2d0b45@shop.example.be>
Date: Tue, 15 Sep 2026 09:48:25 +0200
From: Shop Example Privacyteam <privacy@shop.example.be>
To: administratie@vanderlinden-installatie.example
Subject: Uw vraag over het saldo van uw cadeaukaart (oud account)
MIME-Version: 1.0
Content-Type: text/plain; charset=3DUTF-8

--dd1a3c5e-8b22-4f90-a7d6-3e1b0c9f4a21
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.vanderlinden.local
Received-From-MTA: dns;mail.vanderlinden-installatie.example
Arrival-Date: Tue, 15 Sep 2026 07:48:29 +0000

Final-Recipient: rfc822;administratie@vanderlinden-installatie.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
X-Display-Name: Administratie Van der Linden

--dd1a3c5e-8b22-4f90-a7d6-3e1b0c9f4a21
Content-Type: text/rfc822-headers

Received: from mail.vanderlinden-installatie.example (198.51.100.140) by
 EXCH02.vanderlinden.local (10.1.0.12) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.2.1544.4; Tue, 15 Sep 2026 09:48:29 +0200
Received: from out1.shop.example.be (out1.shop.example.be [192.0.2.41])
 by mail.vanderlinden-installatie.example with ESMTPS id 3F7A2C0B91;
 Tue, 15 Sep 2026 09:48:28 +0200
Message-ID: <c4e8a1f7-2b93-4d05-9e61-8a7f3c2d0b45@shop.example.be>
Date: Tue, 15 Sep 2026 09:48:25 +0200
From: Shop Example Privacyteam <privacy@shop.example.be>
To: administratie@vanderlinden-installatie.example
Subject: Uw vraag over het saldo van uw cadeaukaart (oud account)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

--dd1a3c5e-8b22-4f90-a7d6-3e1b0c9f4a21--
'''),
    ('nl', 'exchange-ooo-promotions-colleague-birthday-voucher', 'automated', (),
'''Return-Path: <lotte.desmet@shop.example.be>
Received: from exch01.corp.shop.example.be (exch01.corp.shop.example.be [10.20.1.11])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4mQs0Xb8Prz8Jkt
        for <privacy@shop.example.be>; Mon, 12 Oct 2026 10:02:47 +0200 (CEST)
Received: from EXCH01.corp.shop.example.be (10.20.1.11) by
 EXCH01.corp.shop.example.be (10.20.1.11) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.2.1544.11; Mon, 12 Oct 2026 10:02:46 +0200
From: Lotte De Smet <lotte.desmet@shop.example.be>
To: Privacyteam Shop Example <privacy@shop.example.be>
Subject: =?utf-8?q?Automatisch_antwoord=3A_Verjaardagsbon_verstuurd_naar_o?=
 =?utf-8?q?verleden_klant_=E2=80=93_klantkaart_2200_1187_4410?=
Thread-Topic: =?utf-8?q?Verjaardagsbon_verstuurd_naar_overleden_klant_=E2=80=93?=
 =?utf-8?q?_klantkaart_2200_1187_4410?=
Thread-Index: AQHdOq1x6UgbhAeWzkqQ3m0bQ7P4Tg==
Date: Mon, 12 Oct 2026 08:02:46 +0000
Message-ID: <8a0e7d14c9b2476f9e31d5a0b7c2e648@EXCH01.corp.shop.example.be>
In-Reply-To: <2b7f0c93-61ae-4d28-85f4-c0e91a3d7b52@shop.example.be>
References: <2b7f0c93-61ae-4d28-85f4-c0e91a3d7b52@shop.example.be>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
X-MS-Exchange-Transport-FromEntityHeader: Hosted
Content-Type: multipart/alternative;
        boundary="_000_8a0e7d14c9b2476f9e31d5a0b7c2e648EXCH01corpshopexamplebe_"
MIME-Version: 1.0

--_000_8a0e7d14c9b2476f9e31d5a0b7c2e648EXCH01corpshopexamplebe_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RGFnLAoKQmVkYW5rdCB2b29yIGplIGJlcmljaHQuIElrIGJlbiBtZXQgb3VkZXJzY2hhcHN2ZXJs
b2YgdG90IGVuIG1ldCB2cmlqZGFnIDQgZGVjZW1iZXIgZW4gbGVlcyBtaWpuIG1haWxzIG5pZXQu
CgpWb29yIHZyYWdlbiBvdmVyIGNhZGVhdWthYXJ0ZW4sIHZvdWNoZXJzLCBkZSB2ZXJqYWFyZGFn
c2FjdGllIGVuIGNhc2hiYWNrYWN0aWVzIGthbiBqZSB0ZXJlY2h0IGJpaiBwcm9tb3RpZXNAc2hv
cC5leGFtcGxlLmJlLgpEcmluZ2VuZGUgdnJhZ2VuIG92ZXIga2xhbnRnZWdldmVucyBpbiBoZXQg
bG95YWx0eXByb2dyYW1tYSAoZ2Vib29ydGVkYXR1bSwgdWl0c2x1aXRlbiB2YW4gYWN0aWVzLCBv
dmVybGlqZGVucyk6IEplbnMgQ2xhZXMsIGplbnMuY2xhZXNAc2hvcC5leGFtcGxlLmJlLCB0ZWwu
ICszMiAzIDU1NSAwMSA4Ny4KCk1ldCB2cmllbmRlbGlqa2UgZ3JvZXRlbiwKTG90dGUgRGUgU21l
dApDYW1wYWduZW1hbmFnZXIgTG95YWx0eSAmIFByb21vdGllcwpTaG9wIEV4YW1wbGUgQlYK

--_000_8a0e7d14c9b2476f9e31d5a0b7c2e648EXCH01corpshopexamplebe_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body><div style=3D"font-family:Calibri,Arial,Helvetica,sans-serif;font-siz=
e:11pt">
<p>Dag,</p>
<p>Bedankt voor je bericht. Ik ben met ouderschapsverlof tot en met vrijdag=
 4 december en lees mijn mails niet.</p>
<p>Voor vragen over cadeaukaarten, vouchers, de verjaardagsactie en cashbac=
kacties kan je terecht bij <a href=3D"mailto:promoties@shop.example.be">pro=
moties@shop.example.be</a>.<br>
Dringende vragen over klantgegevens in het loyaltyprogramma (geboortedatum,=
 uitsluiten van acties, overlijdens): Jens Claes, <a href=3D"mailto:jens.cl=
aes@shop.example.be">jens.claes@shop.example.be</a>, tel. +32 3 555 01 87.<=
/p>
<p>Met vriendelijke groeten,<br>Lotte De Smet<br>Campagnemanager Loyalty &a=
mp; Promoties<br>Shop Example BV</p>
</div></body></html>

--_000_8a0e7d14c9b2476f9e31d5a0b7c2e648EXCH01corpshopexamplebe_--
'''),
    ('nl', 'person-forwards-birthday-voucher-wrong-birth-date', 'correction', (),
'''Return-Path: <annelies.wouters@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [198.51.100.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4mRb2Tc5Nvz9Wqx
        for <privacy@shop.example.be>; Mon, 12 Oct 2026 21:17:40 +0200 (CEST)
Received: from smtpclient.apple ([203.0.113.57])
        by michel.telenet-ops.be with cmsmtp
        id KZHf2Q00X5d9KcT01ZHfSb; Mon, 12 Oct 2026 21:17:39 +0200
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Annelies Wouters <annelies.wouters@telenet.be>
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?q?Fwd=3A_Gefeliciteerd=2C_Annelies!_Hier_is_je_verjaardag?=
 =?utf-8?q?sbon_van_=E2=82=AC10?=
Date: Mon, 12 Oct 2026 21:17:28 +0200
Message-Id: <7E1C4A92-3B0F-4D6E-A58C-29F1B7D04E3A@telenet.be>
References: <bday.2200118899.20261012050211@news.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22H31)

Hallo,

Ik ben pas op 14 december jarig, niet in oktober. Ik heb mijn geboortedatum=
 ook nooit zelf ingevuld, dus ik weet niet waar jullie die vandaan halen. K=
unnen jullie die aanpassen in mijn klantenprofiel (klantkaart 2200 1188 990=
3)? De bon mag dan gerust in december komen =F0=9F=98=89

Groetjes,
Annelies

Verstuurd vanaf mijn iPhone

Begin doorgestuurd bericht:

> Van: Shop Example <noreply@news.shop.example.be>
> Datum: 12 oktober 2026 om 07:02:11 CEST
> Aan: annelies.wouters@telenet.be
> Onderwerp: Gefeliciteerd, Annelies! Hier is je verjaardagsbon van =E2=82=
=AC10
>
>=20
> Hoera, het is jouw verjaardagsmaand! =F0=9F=8E=89
>
> Als lid van Shop Example Plus krijg je van ons een bon van =E2=82=AC10 bi=
j een aankoop vanaf =E2=82=AC40.
>
> Jouw code: BDAY10-NL-Q7KD-4M2P
> Geldig tot en met 31 oktober 2026, online en in alle winkels.
>
> Je ontvangt deze mail omdat je lid bent van Shop Example Plus. Dit is een=
 automatisch verzonden bericht; antwoorden op deze e-mail worden niet gelez=
en.
> Afmelden | Privacyverklaring
'''),
    ('fr', 'sieve-vacation-reply-odr-agency', 'automated', (),
'''Return-Path: <>
Received: from mail.agence-primes.example (mail.agence-primes.example [203.0.113.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4kA7cWm1Dqz2Xfr
        for <privacy@shop.example.be>; Wed, 05 Aug 2026 15:22:14 +0200 (CEST)
Received: from mail.agence-primes.example by mail.agence-primes.example with LMTP
        id 8JxOFbWSsmZnzQUA1c2Lpw
        (envelope-from <privacy@shop.example.be>)
        for <c.brunet@agence-primes.example>; Wed, 05 Aug 2026 15:22:13 +0200
Message-ID: <dovecot-sieve-1785936133-381204-0@mail.agence-primes.example>
Date: Wed, 05 Aug 2026 15:22:13 +0200
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
From: Camille Brunet <c.brunet@agence-primes.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Auto=3A_Re=3A_Offre_=C2=AB_30_=E2=82=AC_rembours=C3=A9s?=
 =?utf-8?q?_=C2=BB_=E2=80=93_suppression_des_copies_de_pi=C3=A8ces_d=27ide?=
 =?utf-8?q?ntit=C3=A9_et_RIB?=
In-Reply-To: <5e0b2d9a-71c4-4f3e-9a8d-e6f1c7b40a23@shop.example.be>
References: <5e0b2d9a-71c4-4f3e-9a8d-e6f1c7b40a23@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Je suis absente du 3 au 21 août inclus, sans accès à ma messagerie.

Pour toute question relative au traitement des dossiers de remboursement
(offre « 30 € remboursés », justificatifs manquants, suivi des virements),
merci d'écrire à gestion-odr@agence-primes.example.

Les demandes concernant les données personnelles des participants
(suppression des copies de pièces d'identité, des RIB ou des tickets de
caisse, demandes d'accès) sont traitées par notre délégué à la protection
des données : dpo@agence-primes.example.

Cordialement,
Camille Brunet
Chef de projet – Agence Primes & Co
'''),
    ('fr', 'qmail-bounce-giftcard-balance-transfer-mail', 'automated', (),
'''Return-Path: <>
Received: from mail.cabinet-lefevre.example (mail.cabinet-lefevre.example [198.51.100.77])
        by mx1.shop.example.be (Postfix) with SMTP id 4kW2nHs6Lpz3Ygb
        for <privacy@shop.example.be>; Tue, 18 Aug 2026 11:09:52 +0200 (CEST)
Received: (qmail 30417 invoked for bounce); 18 Aug 2026 09:09:51 -0000
Date: 18 Aug 2026 09:09:51 -0000
From: MAILER-DAEMON@mail.cabinet-lefevre.example
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.cabinet-lefevre.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<m.lefevre@cabinet-lefevre.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 30409 invoked from network); 18 Aug 2026 09:09:50 -0000
Received: from out1.shop.example.be (192.0.2.41)
  by mail.cabinet-lefevre.example with ESMTPS; 18 Aug 2026 09:09:50 -0000
Message-ID: <0d5a8f31-c7e2-4b96-8a14-2f9e6b3d7c08@shop.example.be>
Date: Tue, 18 Aug 2026 11:09:47 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: fr-BE
To: m.lefevre@cabinet-lefevre.example
From: =?UTF-8?Q?=C3=89quipe_Vie_priv=C3=A9e_Shop_Example?= <privacy@shop.example.be>
Subject: =?UTF-8?Q?Votre_carte_cadeau_=3A_solde_transf=C3=A9r=C3=A9_de_votre_ancien_compte?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: quoted-printable

Madame Lef=C3=A8vre,

Suite =C3=A0 votre demande du 12 ao=C3=BBt, nous avons retrouv=C3=A9 la car=
te cadeau li=C3=A9e =C3=A0 votre ancien compte client (ferm=C3=A9 en 2023).=
 Le solde de 42,60 =E2=82=AC a =C3=A9t=C3=A9 transf=C3=A9r=C3=A9 sur votre =
compte actuel ; l'ancien compte et les donn=C3=A9es qui y =C3=A9taient enco=
re associ=C3=A9es ont =C3=A9t=C3=A9 supprim=C3=A9s.

Vous pouvez utiliser ce solde en ligne ou en magasin en pr=C3=A9sentant vot=
re carte de fid=C3=A9lit=C3=A9.

Bien cordialement,

S=C3=A9bastien Dumont
=C3=89quipe Vie priv=C3=A9e =E2=80=93 Shop Example BV
'''),
    ('fr', 'cashback-portal-weekly-tracked-transactions-report', 'automated', (),
'''Return-Path: <bounce-7731-privacy=shop.example.be@rapports.cashbacko.example>
Received: from mo-7731.rapports.cashbacko.example (mo-7731.rapports.cashbacko.example [203.0.113.231])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4lC8fTz0Wmz5Kds
        for <privacy@shop.example.be>; Mon, 07 Sep 2026 07:00:58 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=cashbacko.example;
        s=mail2026; t=1788757257;
        h=From:To:Subject:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post:Feedback-ID;
        bh=Y2FzaGJhY2tvcmFwcG9ydGhlYmRvMjAyNjA5MDdiaA==;
        b=Lk9jH8gF7dS6aP5oI4uY3tR2eW1qZ0xC9vB8nM7lK6jH5gF4dS3aP2oI1uY0tR9eW8qZ7xC6vB5=
From: =?utf-8?q?Cashbacko_Partenaires?= <rapports@cashbacko.example>
To: privacy@shop.example.be, affiliation@shop.example.be
Subject: =?utf-8?q?Rapport_hebdomadaire_=3A_214_achats_suivis_pour_Shop_Ex?=
 =?utf-8?q?ample_=28BE=29_=E2=80=93_semaine_36?=
Date: Mon, 07 Sep 2026 05:00:57 +0000
Message-ID: <rpt.w36.be-shopexample.4f7a1c@rapports.cashbacko.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_c0a71f3e9d2b"
Feedback-ID: rpt-hebdo:marchands:cashbacko
List-Unsubscribe: <https://partenaires.cashbacko.example/desinscription?m=shopexample-be&t=rpt>, <mailto:desinscription@cashbacko.example?subject=rpt-shopexample-be>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Mailer: Cashbacko Mailer

--b1_c0a71f3e9d2b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Voici votre rapport hebdomadaire pour la p=C3=A9riode du 31 ao=C3=BBt au 6 =
septembre 2026.

Achats suivis (clic sur lien affili=C3=A9 puis commande) : 214
Montant total des commandes suivies : 18 472,35 =E2=82=AC
Cashback cr=C3=A9dit=C3=A9 aux membres (en attente de validation) : 923,60 =
=E2=82=AC
Commission Cashbacko : 1 108,34 =E2=82=AC
Transactions =C3=A0 valider avant le 21 septembre : 57

Rappel RGPD : les donn=C3=A9es re=C3=A7ues via votre pixel de suivi (num=C3=
=A9ro de commande, montant, horodatage, identifiant de clic) sont pseudonym=
is=C3=A9es. Aucune adresse e-mail de vos clients ne nous est transmise. Dem=
andes d'effacement de membres transmises =C3=A0 vos services cette semaine =
: 2 (voir Espace partenaire > Vie priv=C3=A9e).

Acc=C3=A9der =C3=A0 l'espace partenaire : https://partenaires.cashbacko.exa=
mple

Ce message est envoy=C3=A9 automatiquement, merci de ne pas y r=C3=A9pondre.
Pour ne plus recevoir ce rapport : https://partenaires.cashbacko.example/de=
sinscription?m=3Dshopexample-be&t=3Drpt
Cashbacko SAS =E2=80=93 Lille

--b1_c0a71f3e9d2b
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Verdana,sans-serif;font-size:13px">
<h2 style=3D"color:#0a7c59">Rapport hebdomadaire =E2=80=93 semaine 36</h2>
<p>Bonjour,</p>
<p>Voici votre rapport hebdomadaire pour la p=C3=A9riode du 31 ao=C3=BBt au=
 6 septembre 2026.</p>
<table cellpadding=3D"5" style=3D"border-collapse:collapse">
<tr><td>Achats suivis</td><td align=3D"right"><b>214</b></td></tr>
<tr><td>Montant total des commandes suivies</td><td align=3D"right">18 472,=
35 =E2=82=AC</td></tr>
<tr><td>Cashback cr=C3=A9dit=C3=A9 aux membres (en attente)</td><td align=
=3D"right">923,60 =E2=82=AC</td></tr>
<tr><td>Commission Cashbacko</td><td align=3D"right">1 108,34 =E2=82=AC</td=
></tr>
<tr><td>Transactions =C3=A0 valider avant le 21 septembre</td><td align=3D"=
right">57</td></tr>
</table>
<p style=3D"font-size:11px;color:#555">Rappel RGPD : les donn=C3=A9es re=C3=
=A7ues via votre pixel de suivi (num=C3=A9ro de commande, montant, horodata=
ge, identifiant de clic) sont pseudonymis=C3=A9es. Aucune adresse e-mail de=
 vos clients ne nous est transmise. Demandes d'effacement de membres transm=
ises =C3=A0 vos services cette semaine : 2.</p>
<p><a href=3D"https://partenaires.cashbacko.example">Acc=C3=A9der =C3=A0 l'=
espace partenaire</a></p>
<p style=3D"font-size:11px;color:#999">Ce message est envoy=C3=A9 automatiq=
uement, merci de ne pas y r=C3=A9pondre. <a href=3D"https://partenaires.cas=
hbacko.example/desinscription?m=3Dshopexample-be&amp;t=3Drpt">Se d=C3=A9sin=
scrire de ce rapport</a><br>Cashbacko SAS =E2=80=93 Lille</p>
</body></html>

--b1_c0a71f3e9d2b--
'''),
    ('fr', 'person-replies-to-helpdesk-autoack-to-unsubscribe-vouchers', 'withdraw_consent', (),
'''Return-Path: <martine.gillard@skynet.be>
Received: from smtp.skynet.be (smtp.skynet.be [198.51.100.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4lN5rGx3Vbz6Pqw
        for <privacy@shop.example.be>; Tue, 29 Sep 2026 20:44:19 +0200 (CEST)
Received: from [192.168.1.23] (d51a4c77.access.skynet.be [203.0.113.119])
        by smtp.skynet.be with ESMTPSA id 9f3c1e77a2
        for <privacy@shop.example.be>; Tue, 29 Sep 2026 20:44:17 +0200
Message-ID: <b2f7a9c0-4e31-4d8b-96a5-1c8e0f3d7b64@skynet.be>
Date: Tue, 29 Sep 2026 20:44:16 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?utf-8?q?Re=3A_=5BTicket_=23731942=5D_Nous_avons_bien_re=C3=A7u_?=
 =?utf-8?q?votre_message?=
Content-Language: fr
To: privacy@shop.example.be
References: <ticket-731942-ack@support.shop.example.be>
From: Martine Gillard <martine.gillard@skynet.be>
In-Reply-To: <ticket-731942-ack@support.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Bonsoir,

Je ne veux pas de numéro de ticket, je veux simplement ne plus recevoir
vos courriels de bons de réduction, les « codes exclusifs » et la
newsletter. Je retire mon accord pour tout envoi publicitaire, par
e-mail comme par SMS. Mon compte et ma carte de fidélité peuvent rester.

Merci de confirmer par un vrai message.

Martine Gillard

Le 29/09/2026 à 20:31, Service clients Shop Example a écrit :
> Bonjour,
>
> Nous avons bien reçu votre message et l'avons enregistré sous le
> numéro de ticket #731942. Un membre de notre équipe vous répondra dans
> un délai de 3 jours ouvrables.
>
> Ceci est une réponse automatique. Merci de ne pas modifier l'objet de
> ce message si vous nous écrivez à nouveau.
>
> Service clients Shop Example
>
> -----
> Votre message :
> Je reçois chaque semaine vos bons de réduction alors que je n'en veux
> plus. Comment arrêter ?
'''),
    ('de', 'exchange-online-ndr-compensation-voucher', 'automated', (),
'''Return-Path: <>
Received: from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2091.outbound.protection.outlook.com [203.0.113.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fX6tNq2Rkz1Mvb
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 14:37:06 +0200 (CEST)
From: Microsoft Outlook <postmaster@muellerbaugmbh.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Tue, 28 Apr 2026 12:37:04 +0000
Content-Type: multipart/report; report-type=delivery-status;
        boundary="5f0c9d2e-7a41-4b83-b6e1-0d9a3c7f2e58"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <a3e81f07-6c2d-4b95-8f4a-91d0e7c35b26@FR2P281MB2417.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <71c9e4b2-0f3a-4d68-a5e7-2b8d6f1c0a93@shop.example.be>
References: <71c9e4b2-0f3a-4d68-a5e7-2b8d6f1c0a93@shop.example.be>
Subject: =?utf-8?q?Unzustellbar=3A_Ihr_Entsch=C3=A4digungsgutschein_?=
 =?utf-8?q?=E2=80=93_Vorgang_DS-2026-0583?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
MIME-Version: 1.0

--5f0c9d2e-7a41-4b83-b6e1-0d9a3c7f2e58
Content-Type: multipart/alternative; differences=Content-Type;
        boundary="a7d4e2c1-39b0-4f6a-8e25-c1f07b9d3e84"

--a7d4e2c1-39b0-4f6a-8e25-c1f07b9d3e84
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht an j.krause@muellerbau-gmbh.example konnte nicht zugestellt =
werden.

j.krause wurde nicht gefunden bei muellerbau-gmbh.example.

J=C3=BCrgen Krause
Office 365      j.krause
                Aktion erforderlich
                Empf=C3=A4nger


Unbekannter Empf=C3=A4nger

Wie behebe ich das Problem?
Der Empf=C3=A4nger wurde beim E-Mail-System des Empf=C3=A4ngers nicht gefun=
den. =C3=9Cberpr=C3=BCfen Sie die E-Mail-Adresse des Empf=C3=A4ngers, und v=
ersuchen Sie erneut, die Nachricht zu senden. Wenden Sie sich an den Empf=
=C3=A4nger, falls das Problem weiterhin besteht.

Weitere Informationen f=C3=BCr E-Mail-Administratoren
Status code: 550 5.1.10

Diese Fehlermeldung gibt an, dass die E-Mail-Adresse des Empf=C3=A4ngers ni=
cht gefunden wurde.

Urspr=C3=BCngliche Nachrichtendetails
Erstellungsdatum:       28.04.2026 12:37:00
Absenderadresse:        privacy@shop.example.be
Empf=C3=A4ngeradresse:       j.krause@muellerbau-gmbh.example
Betreff:        Ihr Entsch=C3=A4digungsgutschein =E2=80=93 Vorgang DS-2026-=
0583

Fehlerdetails
Gemeldeter Fehler:      550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup
DSN generiert von:      FR2P281MB2417.DEUP281.PROD.OUTLOOK.COM

--a7d4e2c1-39b0-4f6a-8e25-c1f07b9d3e84
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body><div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style=3D"font-size:16px;color:#c00000"><b>Ihre Nachricht an j.krause@mue=
llerbau-gmbh.example konnte nicht zugestellt werden.</b></p>
<p>j.krause wurde nicht gefunden bei muellerbau-gmbh.example.</p>
<table><tr><td>J=C3=BCrgen Krause</td><td>Office 365</td><td>j.krause</td><=
/tr>
<tr><td></td><td></td><td style=3D"color:#c00000">Aktion erforderlich</td><=
/tr></table>
<p><b>Unbekannter Empf=C3=A4nger</b></p>
<p><b>Wie behebe ich das Problem?</b><br>Der Empf=C3=A4nger wurde beim E-Ma=
il-System des Empf=C3=A4ngers nicht gefunden. =C3=9Cberpr=C3=BCfen Sie die =
E-Mail-Adresse des Empf=C3=A4ngers, und versuchen Sie erneut, die Nachricht=
 zu senden. Wenden Sie sich an den Empf=C3=A4nger, falls das Problem weiter=
hin besteht.</p>
<p><b>Weitere Informationen f=C3=BCr E-Mail-Administratoren</b><br>Status c=
ode: 550 5.1.10</p>
<p>Diese Fehlermeldung gibt an, dass die E-Mail-Adresse des Empf=C3=A4ngers=
 nicht gefunden wurde.</p>
<p><b>Urspr=C3=BCngliche Nachrichtendetails</b><br>Erstellungsdatum: 28.04.=
2026 12:37:00<br>Absenderadresse: privacy@shop.example.be<br>Empf=C3=A4nger=
adresse: j.krause@muellerbau-gmbh.example<br>Betreff: Ihr Entsch=C3=A4digun=
gsgutschein =E2=80=93 Vorgang DS-2026-0583</p>
<p><b>Fehlerdetails</b><br>Gemeldeter Fehler: 550 5.1.10 RESOLVER.ADR.Recip=
ientNotFound; Recipient not found by SMTP address lookup<br>DSN generiert v=
on: FR2P281MB2417.DEUP281.PROD.OUTLOOK.COM</p>
</div></body></html>

--a7d4e2c1-39b0-4f6a-8e25-c1f07b9d3e84--

--5f0c9d2e-7a41-4b83-b6e1-0d9a3c7f2e58
Content-Type: message/delivery-status

Reporting-MTA: dns;FR2P281MB2417.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;out1.shop.example.be
Arrival-Date: Tue, 28 Apr 2026 12:37:02 +0000

Final-Recipient: rfc822;j.krause@muellerbau-gmbh.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--5f0c9d2e-7a41-4b83-b6e1-0d9a3c7f2e58
Content-Type: message/rfc822

Received: from out1.shop.example.be (192.0.2.41) by
 FR2P281MB2417.DEUP281.PROD.OUTLOOK.COM with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8722.27; Tue, 28 Apr 2026 12:37:02 +0000
Message-ID: <71c9e4b2-0f3a-4d68-a5e7-2b8d6f1c0a93@shop.example.be>
Date: Tue, 28 Apr 2026 14:37:00 +0200
From: Shop Example Datenschutz <privacy@shop.example.be>
To: j.krause@muellerbau-gmbh.example
Subject: =?utf-8?q?Ihr_Entsch=C3=A4digungsgutschein_=E2=80=93_Vorgang_DS-2?=
 =?utf-8?q?026-0583?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrter Herr Krause,

wie besprochen entschuldigen wir uns daf=C3=BCr, dass Ihr Geschenkgutschein=
 irrt=C3=BCmlich an einen anderen Kunden geschickt wurde. Der alte Code ist=
 gesperrt.

Als Entsch=C3=A4digung erhalten Sie einen Gutschein =C3=BCber 20 EUR:
Code: SX-KOMP-DE-8RT2-KQ71, g=C3=BCltig bis 28.04.2027.

F=C3=BCr diesen Gutschein ben=C3=B6tigen wir keine Bankverbindung.

Mit freundlichen Gr=C3=BC=C3=9Fen
Datenschutzteam Shop Example BV

--5f0c9d2e-7a41-4b83-b6e1-0d9a3c7f2e58--
'''),
    ('de', 'cron-voucher-code-generator-error-report', 'automated', (),
'''Return-Path: <root@batch01.corp.shop.example.be>
X-Original-To: privacy@shop.example.be
Delivered-To: privacy@shop.example.be
Received: from batch01.corp.shop.example.be (batch01.corp.shop.example.be [10.20.4.31])
        by mx1.shop.example.be (Postfix) with ESMTP id 4nHd5Vw9Jrz2Cxq;
        Tue, 27 Oct 2026 05:30:11 +0100 (CET)
Received: by batch01.corp.shop.example.be (Postfix, from userid 1002)
        id 8F2C41A0B3; Tue, 27 Oct 2026 05:30:09 +0100 (CET)
From: root@batch01.corp.shop.example.be (Cron Daemon)
To: promo-ops@shop.example.be,privacy@shop.example.be
Subject: Cron <vouchergen@batch01> /opt/vouchergen/bin/run-birthday.sh --campaign GEBURTSTAG-2026-11 --market DE
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Cron-Env: <MAILTO=promo-ops@shop.example.be,privacy@shop.example.be>
X-Cron-Env: <SHELL=/bin/sh>
X-Cron-Env: <HOME=/home/vouchergen>
X-Cron-Env: <PATH=/usr/bin:/bin>
X-Cron-Env: <LOGNAME=vouchergen>
Message-Id: <20261027043009.8F2C41A0B3@batch01.corp.shop.example.be>
Date: Tue, 27 Oct 2026 05:30:09 +0100 (CET)

[2026-10-27 05:30:01] vouchergen 3.8.2 – Kampagne GEBURTSTAG-2026-11 (Markt DE)
[2026-10-27 05:30:02] Empfänger geladen: 2.914 (Geburtsmonat November, Einwilligung Marketing = ja)
[2026-10-27 05:30:04] WARNUNG: 37 Kontakte ohne gültigen Einwilligungsnachweis (consent_source=NULL) – übersprungen
[2026-10-27 05:30:04] WARNUNG: 2 Kontakte mit Kennzeichen VERSTORBEN – übersprungen, Datensatz bitte prüfen (Löschung/Sperrung)
[2026-10-27 05:30:05] Code-Pool BDAY10-DE: 0 freie Codes, benötigt 2.875
[2026-10-27 05:30:09] FEHLER: Gutscheincodes nicht erzeugt: 2.875 – Export an Versanddienstleister abgebrochen
[2026-10-27 05:30:09] Temporäre Empfängerliste mit personenbezogenen Daten gelöscht: /var/tmp/vouchergen/export_de_20261027.csv
[2026-10-27 05:30:09] Beendet mit Exit-Code 2
'''),
    ('de', 'agency-helpdesk-ticket-ack-deletion-request', 'automated', (),
'''Return-Path: <support+id48213@praemienservice-nord.example>
Received: from out-3.helpdesk.praemienservice-nord.example (out-3.helpdesk.praemienservice-nord.example [198.51.100.163])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4gB1kCx4Sdz8Rfn
        for <privacy@shop.example.be>; Tue, 12 May 2026 10:03:41 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=praemienservice-nord.example;
        s=hd1; t=1778573020;
        h=date:from:reply-to:to:message-id:in-reply-to:references:subject:mime-version:content-type;
        bh=cHJhZW1pZW5zZXJ2aWNldGlja2V0NDgyMTNhY2tiaA==;
        b=Vb8nM1qW4eR7tY0uI3oP6aS9dF2gH5jK8lZ1xC4vB7nM0qW3eR6tY9uI2oP5aS8dF1gH4jK7lZ=
Date: Tue, 12 May 2026 08:03:40 +0000
From: =?utf-8?q?Pr=C3=A4mienservice_Nord_Support?= <support@praemienservice-nord.example>
Reply-To: =?utf-8?q?Pr=C3=A4mienservice_Nord_Support?= <support+id48213@praemienservice-nord.example>
To: Shop Example Datenschutz <privacy@shop.example.be>
Message-ID: <4Q7ZK2W8NM_6a1f0c3e8b2d4_sprut@helpdesk.praemienservice-nord.example>
In-Reply-To: <9d4b1e70-2c8a-4f53-b7e6-3a0f5c9d8e12@shop.example.be>
References: <9d4b1e70-2c8a-4f53-b7e6-3a0f5c9d8e12@shop.example.be>
Subject: =?utf-8?q?=5BTicket_=2348213=5D_Ihre_Anfrage_ist_eingegangen=3A_L?=
 =?utf-8?q?=C3=B6schung_Ausweiskopien_und_IBAN_=E2=80=93_Aktion_Fr=C3=BChl?=
 =?utf-8?q?ings-Cashback_2026?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6a1f0c3e8b2d4_1e7f3a9c0d2b"
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: TicketHaven Mailer 7.4
X-Ticket-ID: 48213

----==_mimepart_6a1f0c3e8b2d4_1e7f3a9c0d2b
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

--- Bitte oberhalb dieser Zeile antworten ---

Guten Tag,

vielen Dank f=C3=BCr Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen u=
nd wurde unter der Ticketnummer #48213 erfasst.

Betreff: L=C3=B6schung Ausweiskopien und IBAN =E2=80=93 Aktion Fr=C3=BChlin=
gs-Cashback 2026
Kategorie: Datenschutz / Auftraggeberanfrage

Anfragen zu personenbezogenen Daten (Auskunft, L=C3=B6schung, Berichtigung,=
 Einschr=C3=A4nkung) bearbeitet unser Datenschutzteam in der Regel innerhal=
b von f=C3=BCnf Werktagen. Sie erhalten eine Best=C3=A4tigung, sobald die L=
=C3=B6schung der Ausweiskopien, Bankverbindungen und Kassenbelege durchgef=
=C3=BChrt wurde.

Bitte =C3=A4ndern Sie den Betreff nicht, wenn Sie weitere Informationen erg=
=C3=A4nzen m=C3=B6chten.

Ihr Pr=C3=A4mienservice Nord

Dies ist eine automatisch erstellte Nachricht.
[4Q7ZK2-W8NM]

----==_mimepart_6a1f0c3e8b2d4_1e7f3a9c0d2b
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><body style=3D"font-family:Arial,sans-serif;font-size:=
14px">
<div style=3D"color:#b5b5b5">--- Bitte oberhalb dieser Zeile antworten ---<=
/div>
<p>Guten Tag,</p>
<p>vielen Dank f=C3=BCr Ihre Nachricht. Ihre Anfrage ist bei uns eingegange=
n und wurde unter der Ticketnummer <b>#48213</b> erfasst.</p>
<p>Betreff: L=C3=B6schung Ausweiskopien und IBAN =E2=80=93 Aktion Fr=C3=BCh=
lings-Cashback 2026<br>Kategorie: Datenschutz / Auftraggeberanfrage</p>
<p>Anfragen zu personenbezogenen Daten (Auskunft, L=C3=B6schung, Berichtigu=
ng, Einschr=C3=A4nkung) bearbeitet unser Datenschutzteam in der Regel inner=
halb von f=C3=BCnf Werktagen. Sie erhalten eine Best=C3=A4tigung, sobald di=
e L=C3=B6schung der Ausweiskopien, Bankverbindungen und Kassenbelege durchg=
ef=C3=BChrt wurde.</p>
<p>Bitte =C3=A4ndern Sie den Betreff nicht, wenn Sie weitere Informationen =
erg=C3=A4nzen m=C3=B6chten.</p>
<p>Ihr Pr=C3=A4mienservice Nord</p>
<p style=3D"color:#999;font-size:11px">Dies ist eine automatisch erstellte =
Nachricht.<br>[4Q7ZK2-W8NM]</p>
</body></html>

----==_mimepart_6a1f0c3e8b2d4_1e7f3a9c0d2b--
'''),
    ('de', 'outlook-read-receipt-agency-id-copy-deletion', 'automated', (),
'''Return-Path: <m.hoffmann@praemienservice-nord.example>
Received: from mail.praemienservice-nord.example (mail.praemienservice-nord.example [198.51.100.160])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4gB2q0Lw7Hz9Tmc
        for <privacy@shop.example.be>; Tue, 12 May 2026 10:42:03 +0200 (CEST)
Received: from PNMX02.praemienservice.local (10.3.0.22) by
 PNMX01.praemienservice.local (10.3.0.21) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.2.1544.9; Tue, 12 May 2026 10:42:01 +0200
From: Martin Hoffmann <m.hoffmann@praemienservice-nord.example>
To: Shop Example Datenschutz <privacy@shop.example.be>
Subject: =?utf-8?q?Gelesen=3A_L=C3=B6schung_der_Ausweiskopien_=E2=80=93_Ak?=
 =?utf-8?q?tion_Fr=C3=BChlings-Cashback_2026?=
Thread-Topic: =?utf-8?q?L=C3=B6schung_der_Ausweiskopien_=E2=80=93_Aktion_Fr?=
 =?utf-8?q?=C3=BChlings-Cashback_2026?=
Thread-Index: AQHdwF3n1q8VJ2xTr0iA4b7Gm9cE1KABCDEF
Date: Tue, 12 May 2026 08:41:55 +0000
Message-ID: <0c3e9a71b5d24f8e86a2d1f7b0e4c593@PNMX02.praemienservice.local>
References: <9d4b1e70-2c8a-4f53-b7e6-3a0f5c9d8e12@shop.example.be>
In-Reply-To: <9d4b1e70-2c8a-4f53-b7e6-3a0f5c9d8e12@shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="----=_NextPart_000_01A7_01DCE1F4.5B2C8E30"

------=_NextPart_000_01A7_01DCE1F4.5B2C8E30
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht

  An: Martin Hoffmann
  Betreff: L=F6schung der Ausweiskopien - Aktion Fr=FChlings-Cashback 2026
  Gesendet: Dienstag, 12. Mai 2026 10:02:51 (UTC+01:00) Amsterdam, Berlin, =
Bern, Rom, Stockholm, Wien

wurde am Dienstag, 12. Mai 2026 10:41:55 (UTC+01:00) Amsterdam, Berlin, Ber=
n, Rom, Stockholm, Wien gelesen.

------=_NextPart_000_01A7_01DCE1F4.5B2C8E30
Content-Type: message/disposition-notification

Reporting-UA: PNMX02.praemienservice.local; Microsoft Outlook 16.0
Final-Recipient: rfc822;m.hoffmann@praemienservice-nord.example
Original-Message-ID: <9d4b1e70-2c8a-4f53-b7e6-3a0f5c9d8e12@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_01A7_01DCE1F4.5B2C8E30--
'''),
    ('de', 'person-forwards-missing-id-document-reminder-complains', 'complaint', ('deletion',),
'''Return-Path: <sabine.kroll@web.de>
Received: from mout.web.de (mout.web.de [198.51.100.227])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4gX0mYv6Bpz3Hkr
        for <privacy@shop.example.be>; Tue, 26 May 2026 19:58:22 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=web.de;
        s=s29768273; t=1779818301; x=1780423101;
        i=sabine.kroll@web.de;
        h=X-UI-Sender-Class:From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
        bh=U2FiaW5lS3JvbGxXR0Zlc2hlbmRlVW50ZXJsYWdlbmJoPQ==;
        b=Q1wE4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6yU9iO2pA5sD8fG1hJ4kL7zX0cV3b=
X-UI-Sender-Class: 814a7b36-bfc1-4dae-8640-3722d8ec6cd6
Received: from DESKTOP4K7RT2Q ([203.0.113.176]) by smtp.web.de
 (mrweb106 [213.165.67.124]) with ESMTPSA (Nemesis) id 1MjS9q-1tH3Xa0FQk-00kR7c
 for <privacy@shop.example.be>; Tue, 26 May 2026 19:58:21 +0200
From: "Sabine Kroll" <sabine.kroll@web.de>
To: <privacy@shop.example.be>
Subject: WG: Fehlende Unterlagen zu Ihrem Cashback-Antrag FC26-DE-20417
Date: Tue, 26 May 2026 19:58:18 +0200
Message-ID: <000c01dced3a$7e2f1b40$7a8d51c0$@web.de>
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="----=_NextPart_000_000D_01DCED4B.41B7EB40"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdzrOnjC1rq2Lp0ZTQuJ8vK5hWc3Nw==
Content-Language: de

------=_NextPart_000_000D_01DCED4B.41B7EB40
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

anbei die dritte automatische Mail dieser Art. Ich habe Ihnen bereits am 2.=
 Mai geschrieben, dass ich keine Kopie meines Personalausweises hochladen w=
erde, dass ich auf die 30 Euro verzichte und dass alle Daten, die ich f=C3=
=BCr den Antrag angegeben habe (IBAN, Kassenbon, Adresse), gel=C3=B6scht we=
rden sollen. Eine Antwort habe ich nie bekommen, stattdessen kommen weiter =
diese Erinnerungen von Ihrer Agentur.

Ich erwarte innerhalb von 14 Tagen eine schriftliche Best=C3=A4tigung der L=
=C3=B6schung. Andernfalls werde ich mich bei der Datenschutzaufsichtsbeh=C3=
=B6rde beschweren.

Mit freundlichen Gr=C3=BC=C3=9Fen
Sabine Kroll

-----Urspr=C3=BCngliche Nachricht-----
Von: Fr=C3=BChlings-Cashback Aktionsteam <noreply@aktion.praemienservice-no=
rd.example>
Gesendet: Dienstag, 26. Mai 2026 06:00
An: sabine.kroll@web.de
Betreff: Fehlende Unterlagen zu Ihrem Cashback-Antrag FC26-DE-20417

Hallo Sabine Kroll,

zu Ihrem Antrag FC26-DE-20417 (Aktion =E2=80=9EFr=C3=BChlings-Cashback 2026=
=E2=80=9C von Shop Example) fehlen noch folgende Unterlagen:

- Kopie Ihres Personalausweises (Vorder- und R=C3=BCckseite)

Bitte laden Sie die fehlenden Unterlagen bis zum 09.06.2026 hoch: https://a=
ktion.praemienservice-nord.example/upload/FC26-DE-20417

Ohne vollst=C3=A4ndige Unterlagen kann Ihr Antrag leider nicht bearbeitet w=
erden.

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf =
diese Nachricht.
Ihr Aktionsteam =E2=80=93 im Auftrag der Shop Example BV

------=_NextPart_000_000D_01DCED4B.41B7EB40
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:o=3D"urn:schemas-microsoft-com:office:office" xmlns=3D"http://w=
ww.w3.org/TR/REC-html40"><head><meta http-equiv=3D"Content-Type" content=3D=
"text/html; charset=3Dutf-8"><meta name=3D"Generator" content=3D"Microsoft =
Word 15 (filtered medium)"></head>
<body lang=3D"DE" style=3D"word-wrap:break-word"><div class=3D"WordSection1=
">
<p class=3D"MsoNormal">Sehr geehrte Damen und Herren,</p>
<p class=3D"MsoNormal">anbei die dritte automatische Mail dieser Art. Ich h=
abe Ihnen bereits am 2. Mai geschrieben, dass ich keine Kopie meines Person=
alausweises hochladen werde, dass ich auf die 30 Euro verzichte und dass al=
le Daten, die ich f=C3=BCr den Antrag angegeben habe (IBAN, Kassenbon, Adre=
sse), gel=C3=B6scht werden sollen. Eine Antwort habe ich nie bekommen, stat=
tdessen kommen weiter diese Erinnerungen von Ihrer Agentur.</p>
<p class=3D"MsoNormal">Ich erwarte innerhalb von 14 Tagen eine schriftliche=
 Best=C3=A4tigung der L=C3=B6schung. Andernfalls werde ich mich bei der Dat=
enschutzaufsichtsbeh=C3=B6rde beschweren.</p>
<p class=3D"MsoNormal">Mit freundlichen Gr=C3=BC=C3=9Fen<br>Sabine Kroll</p>
<div style=3D"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm =
0cm 0cm"><p class=3D"MsoNormal"><b>Von:</b> Fr=C3=BChlings-Cashback Aktions=
team &lt;noreply@aktion.praemienservice-nord.example&gt;<br><b>Gesendet:</b=
> Dienstag, 26. Mai 2026 06:00<br><b>An:</b> sabine.kroll@web.de<br><b>Betr=
eff:</b> Fehlende Unterlagen zu Ihrem Cashback-Antrag FC26-DE-20417</p></di=
v>
<p class=3D"MsoNormal">Hallo Sabine Kroll,</p>
<p class=3D"MsoNormal">zu Ihrem Antrag FC26-DE-20417 (Aktion =E2=80=9EFr=C3=
=BChlings-Cashback 2026=E2=80=9C von Shop Example) fehlen noch folgende Unt=
erlagen:</p>
<ul><li>Kopie Ihres Personalausweises (Vorder- und R=C3=BCckseite)</li></ul>
<p class=3D"MsoNormal">Bitte laden Sie die fehlenden Unterlagen bis zum 09.=
06.2026 hoch: <a href=3D"https://aktion.praemienservice-nord.example/upload=
/FC26-DE-20417">https://aktion.praemienservice-nord.example/upload/FC26-DE-=
20417</a></p>
<p class=3D"MsoNormal">Ohne vollst=C3=A4ndige Unterlagen kann Ihr Antrag le=
ider nicht bearbeitet werden.</p>
<p class=3D"MsoNormal" style=3D"color:#888">Dies ist eine automatisch gener=
ierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.<br>Ihr Aktions=
team =E2=80=93 im Auftrag der Shop Example BV</p>
</div></body></html>

------=_NextPart_000_000D_01DCED4B.41B7EB40--
'''),
    ('es', 'gmail-vacation-responder-voucher-wrong-recipient-case', 'automated', (),
'''Return-Path: <lucia.ferrer.m@gmail.com>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4jQ3vKe8Xbz4Ntw
        for <privacy@shop.example.be>; Wed, 08 Jul 2026 12:20:37 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1783506036; x=1784110836;
        h=in-reply-to:references:auto-submitted:to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=THVjaWFGZXJyZXJWYWNhY2lvbmVzMjAyNjA3MDhiaD0=;
        b=M3nB6vC9xZ2lK5jH8gF1dS4aP7oI0uY3tR6eW9qZ2xC5vB8nM1lK4jH7gF0dS3aP6oI9uY2tR5e
        W8qZ1xC4vB7nM0lK3jH6gF9dS2aP5oI8uY1tR4eW7qZ0xC3vB6nM9lK2jH5gF8dS1aP4oI7uY0t==
X-Google-Smtp-Source: AGHT+IFq3xR8mN2vT6kL0pZ4sW9cB1yD5hJ7gE3aU8oQ2iK6fX0rV4nM9tL
X-Received: by 2002:a05:6000:4027:b0:3a4:e1f2:9b07 with SMTP id ffacd0b85a97d-3b2f0c11e6emr1204712f8f.31.1783506036;
        Wed, 08 Jul 2026 03:20:36 -0700 (PDT)
MIME-Version: 1.0
Received: by 2002:a5d:5f4c:0:b0:3a3:6b0e:91c4 with HTTP; Wed, 8 Jul 2026 03:20:35 -0700 (PDT)
From: =?utf-8?q?Luc=C3=ADa_Ferrer?= <lucia.ferrer.m@gmail.com>
Date: Wed, 8 Jul 2026 12:20:35 +0200
Message-ID: <CAF9kLp3Qz7Nw2Vx8bT4mR1cY6sH0jD5gK3aU9eO2iP7fW4tX1z@mail.gmail.com>
Subject: Fuera de la oficina hasta el 31 de julio
To: privacy@shop.example.be
Auto-Submitted: auto-replied
In-Reply-To: <e7a21c94-5f3b-4d80-9c16-b2f8e0d37a45@shop.example.be>
References: <e7a21c94-5f3b-4d80-9c16-b2f8e0d37a45@shop.example.be>
Content-Type: multipart/alternative; boundary="0000000000007f2b3c061d9e4a58"

--0000000000007f2b3c061d9e4a58
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Estoy de vacaciones hasta el 31 de julio y apenas miro el correo. Contestar=
=C3=A9 a tu mensaje a mi vuelta.

Si es algo urgente del trabajo, escribe a mi compa=C3=B1ero =C3=81lvaro en =
alvaro.s@estudio-ferrer.example.

Un saludo,
Luc=C3=ADa

--0000000000007f2b3c061d9e4a58
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hola:</div><div><br></div><div>Estoy de vacaciones ha=
sta el 31 de julio y apenas miro el correo. Contestar=C3=A9 a tu mensaje a =
mi vuelta.</div><div><br></div><div>Si es algo urgente del trabajo, escribe=
 a mi compa=C3=B1ero =C3=81lvaro en <a href=3D"mailto:alvaro.s@estudio-ferr=
er.example">alvaro.s@estudio-ferrer.example</a>.</div><div><br></div><div>U=
n saludo,</div><div>Luc=C3=ADa</div></div>

--0000000000007f2b3c061d9e4a58--
'''),
    ('es', 'referral-invitation-delivered-to-privacy-mailbox', 'automated', (),
'''Return-Path: <bounces+4417290-a3f0-privacy=shop.example.be@em8812.referloop.example>
Received: from o2.ptr3307.referloop.example (o2.ptr3307.referloop.example [203.0.113.89])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4mB7wTd2Lsz5Qrv
        for <privacy@shop.example.be>; Tue, 06 Oct 2026 19:41:12 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=referidos.shop.example.be;
        h=content-type:from:reply-to:subject:to:mime-version:list-unsubscribe:list-unsubscribe-post;
        s=rl1; bh=TWFydGFJbnZpdGFSZWZlcmlkb3MyMDI2MTAwNmJoPQ==;
        b=Zx4cV7bN0mQ3wE6rT9yU2iO5pA8sD1fG4hJ7kL0zX3cV6bN9mQ2wE5rT8yU1iO4pA7sD0fG3hJ6kL=
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=referloop.example;
        h=content-type:from:reply-to:subject:to:mime-version:list-unsubscribe:list-unsubscribe-post:feedback-id;
        s=s1; bh=TWFydGFJbnZpdGFSZWZlcmlkb3MyMDI2MTAwNmJoPQ==;
        b=Hj2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG8hJ1kL4zX7cV0bN3mQ6wE9rT2yU5iO8pA1sD4f=
From: =?utf-8?q?Marta_G=2E_v=C3=ADa_Shop_Example?= <invita@referidos.shop.example.be>
Reply-To: Shop Example <atencion@shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Marta_te_regala_10_=E2=82=AC_para_tu_primera_compra_en_?=
 =?utf-8?q?Shop_Example?=
Date: Tue, 06 Oct 2026 17:41:11 +0000
Message-ID: <inv.es.b81d4f27c0.20261006174111@referidos.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="4c9e2a7f1b3d8e60a5f4c2b1d7e9"
List-Unsubscribe: <https://referidos.shop.example.be/baja?i=b81d4f27c0>, <mailto:baja@referidos.shop.example.be?subject=b81d4f27c0>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: invite:es:ws_be_shopexample:referloop
X-ReferLoop-Event: invite.sent
X-Entity-Ref-ID: b81d4f27c0

--4c9e2a7f1b3d8e60a5f4c2b1d7e9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=C2=A1Hola!

Marta G. cree que te va a encantar Shop Example y te regala 10 =E2=82=AC de=
 descuento en tu primera compra a partir de 50 =E2=82=AC.

Usa su enlace personal: https://referidos.shop.example.be/r/MARTAG-7Q2K

Cuando hagas tu primer pedido, Marta tambi=C3=A9n recibir=C3=A1 un vale de =
10 =E2=82=AC. El enlace caduca el 5 de noviembre de 2026.

=C2=BFPor qu=C3=A9 recibes este correo? Marta ha introducido tu direcci=C3=
=B3n en nuestro programa =C2=ABInvita a un amigo=C2=BB. Solo la usamos para=
 enviarte esta invitaci=C3=B3n y, como mucho, un recordatorio; despu=C3=A9s=
 se elimina si no aceptas. El programa lo gestiona ReferLoop Ltd por cuenta=
 de Shop Example BV.

No quiero recibir m=C3=A1s invitaciones: https://referidos.shop.example.be/=
baja?i=3Db81d4f27c0
Pol=C3=ADtica de privacidad: https://www.shop.example.be/es/privacidad

Este es un mensaje autom=C3=A1tico; por favor, no respondas a este correo.
Shop Example BV =C2=B7 B=C3=A9lgica

--4c9e2a7f1b3d8e60a5f4c2b1d7e9
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+CjxodG1sIGxhbmc9ImVzIj48aGVhZD48bWV0YSBjaGFyc2V0PSJ1dGYt
OCI+PG1ldGEgbmFtZT0idmlld3BvcnQiIGNvbnRlbnQ9IndpZHRoPWRldmljZS13aWR0aCI+PHRp
dGxlPk1hcnRhIHRlIHJlZ2FsYSAxMCDigqw8L3RpdGxlPjwvaGVhZD4KPGJvZHkgc3R5bGU9Im1h
cmdpbjowO2JhY2tncm91bmQ6I2ZmZjdlZjtmb250LWZhbWlseTpBcmlhbCxIZWx2ZXRpY2Esc2Fu
cy1zZXJpZjtjb2xvcjojMWQxZDFkIj4KPHRhYmxlIHJvbGU9InByZXNlbnRhdGlvbiIgd2lkdGg9
IjEwMCUiPjx0cj48dGQgYWxpZ249ImNlbnRlciI+Cjx0YWJsZSByb2xlPSJwcmVzZW50YXRpb24i
IHdpZHRoPSI1NjAiIHN0eWxlPSJiYWNrZ3JvdW5kOiNmZmZmZmY7cGFkZGluZzoyOHB4Ij4KPHRy
Pjx0ZD48aW1nIHNyYz0iaHR0cHM6Ly9pbWcucmVmZXJpZG9zLnNob3AuZXhhbXBsZS5iZS9sb2dv
LXNob3AtZXhhbXBsZS5wbmciIGFsdD0iU2hvcCBFeGFtcGxlIiB3aWR0aD0iMTQwIj48L3RkPjwv
dHI+Cjx0cj48dGQ+PGgxIHN0eWxlPSJmb250LXNpemU6MjRweCI+wqFNYXJ0YSB0ZSByZWdhbGEg
MTAg4oKsITwvaDE+CjxwPk1hcnRhIEcuIGNyZWUgcXVlIHRlIHZhIGEgZW5jYW50YXIgU2hvcCBF
eGFtcGxlIHkgdGUgcmVnYWxhIDxiPjEwIOKCrCBkZSBkZXNjdWVudG88L2I+IGVuIHR1IHByaW1l
cmEgY29tcHJhIGEgcGFydGlyIGRlIDUwIOKCrC48L3A+CjxwIHN0eWxlPSJ0ZXh0LWFsaWduOmNl
bnRlciI+PGEgaHJlZj0iaHR0cHM6Ly9yZWZlcmlkb3Muc2hvcC5leGFtcGxlLmJlL3IvTUFSVEFH
LTdRMksiIHN0eWxlPSJiYWNrZ3JvdW5kOiNlNDU3MmU7Y29sb3I6I2ZmZjtwYWRkaW5nOjEycHgg
MjRweDt0ZXh0LWRlY29yYXRpb246bm9uZTtib3JkZXItcmFkaXVzOjRweCI+Q29uc2VndWlyIG1p
cyAxMCDigqw8L2E+PC9wPgo8cD5DdWFuZG8gaGFnYXMgdHUgcHJpbWVyIHBlZGlkbywgTWFydGEg
dGFtYmnDqW4gcmVjaWJpcsOhIHVuIHZhbGUgZGUgMTAg4oKsLiBFbCBlbmxhY2UgY2FkdWNhIGVs
IDUgZGUgbm92aWVtYnJlIGRlIDIwMjYuPC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjEycHg7Y29s
b3I6IzY2NiI+wr9Qb3IgcXXDqSByZWNpYmVzIGVzdGUgY29ycmVvPyBNYXJ0YSBoYSBpbnRyb2R1
Y2lkbyB0dSBkaXJlY2Npw7NuIGVuIG51ZXN0cm8gcHJvZ3JhbWEgwqtJbnZpdGEgYSB1biBhbWln
b8K7LiBTb2xvIGxhIHVzYW1vcyBwYXJhIGVudmlhcnRlIGVzdGEgaW52aXRhY2nDs24geSwgY29t
byBtdWNobywgdW4gcmVjb3JkYXRvcmlvOyBkZXNwdcOpcyBzZSBlbGltaW5hIHNpIG5vIGFjZXB0
YXMuIEVsIHByb2dyYW1hIGxvIGdlc3Rpb25hIFJlZmVyTG9vcCBMdGQgcG9yIGN1ZW50YSBkZSBT
aG9wIEV4YW1wbGUgQlYuPC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjEycHg7Y29sb3I6IzY2NiI+
PGEgaHJlZj0iaHR0cHM6Ly9yZWZlcmlkb3Muc2hvcC5leGFtcGxlLmJlL2JhamE/aT1iODFkNGYy
N2MwIj5ObyBxdWllcm8gcmVjaWJpciBtw6FzIGludml0YWNpb25lczwvYT4gwrcgPGEgaHJlZj0i
aHR0cHM6Ly93d3cuc2hvcC5leGFtcGxlLmJlL2VzL3ByaXZhY2lkYWQiPlBvbMOtdGljYSBkZSBw
cml2YWNpZGFkPC9hPjxicj5Fc3RlIGVzIHVuIG1lbnNhamUgYXV0b23DoXRpY287IHBvciBmYXZv
ciwgbm8gcmVzcG9uZGFzIGEgZXN0ZSBjb3JyZW8uPGJyPlNob3AgRXhhbXBsZSBCViDCtyBCw6ls
Z2ljYTwvcD4KPC90ZD48L3RyPjwvdGFibGU+PC90ZD48L3RyPjwvdGFibGU+CjxpbWcgc3JjPSJo
dHRwczovL3QucmVmZXJsb29wLmV4YW1wbGUvby9iODFkNGYyN2MwLmdpZiIgd2lkdGg9IjEiIGhl
aWdodD0iMSIgYWx0PSIiPgo8L2JvZHk+PC9odG1sPgo=

--4c9e2a7f1b3d8e60a5f4c2b1d7e9--
'''),
    ('es', 'payment-provider-giftcard-refund-processed', 'automated', (),
'''Return-Path: <notificaciones@pagoseguro.example>
Received: from mta-07.pagoseguro.example (mta-07.pagoseguro.example [198.51.100.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4hT6yPn1Gcz2Wvk
        for <privacy@shop.example.be>; Wed, 17 Jun 2026 16:05:29 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=pagoseguro.example;
        s=notif; t=1781705128;
        h=from:to:subject:date:message-id:mime-version:content-type;
        bh=UGFnb1NlZ3Vyb0Rldm9sdWNpb24yMDI2MDYxN2JoPQ==;
        b=Ty7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI9oP2aS5dF8gH1jK4lZ7xC0vB3nM6qW9e=
From: PagoSeguro Notificaciones <notificaciones@pagoseguro.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?RGV2b2x1Y2nDs24gcHJvY2VzYWRhOiAyNSwwMCBFVVIg4oCTIHBl?=
 =?utf-8?b?ZGlkbyBUUi04ODIxMyAodGFyamV0YSByZWdhbG8p?=
Date: Wed, 17 Jun 2026 16:05:28 +0200
Message-ID: <refund.re_3PfK8aQ2Z7vT41x9.notif@pagoseguro.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-PagoSeguro-Event: refund.succeeded

Hola,

Se ha procesado correctamente la siguiente devolución iniciada desde tu
panel de comercio por el usuario privacy@shop.example.be:

  Comercio:            Shop Example BV (ES) – MID 084417290
  Pedido:              TR-88213
  Concepto:            Tarjeta regalo digital 25,00 EUR
  Importe devuelto:    25,00 EUR
  Motivo indicado:     Tarjeta regalo comprada para otra persona; datos del
                       destinatario facilitados sin su consentimiento.
                       Compra anulada y tarjeta desactivada.
  Titular del pago:    L*** F*** (Visa ···· 4417)
  Referencia:          re_3PfK8aQ2Z7vT41x9
  Fecha:               17/06/2026 16:05

El abono aparecerá en la cuenta del titular en un plazo de 5 a 10 días
hábiles, según su entidad.

Puedes consultar el detalle en tu panel: https://panel.pagoseguro.example/devoluciones/re_3PfK8aQ2Z7vT41x9

Este es un mensaje automático. No respondas a este correo.
PagoSeguro Entidad de Pago, S.L.
'''),
    ('es', 'person-forwards-cashback-portal-tracking-mail-objects', 'objection', (),
'''Return-Path: <jorge.balaguer@outlook.es>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2042.outbound.protection.outlook.com [203.0.113.42])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4kZ2fRm9Wtz7Lbc
        for <privacy@shop.example.be>; Fri, 21 Aug 2026 22:13:58 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=outlook.es;
        s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        bh=Sm9yZ2VCYWxhZ3VlclJWQ2FzaGJhY2tUcmFja2luZ2JoPQ==;
        b=Fg5hJ8kL1zX4cV7bN0mQ3wE6rT9yU2iO5pA8sD1fG4hJ7kL0zX3cV6bN9mQ2wE5rT8yU1iO4pA7s=
From: Jorge Balaguer <jorge.balaguer@outlook.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?RV=3A_=C2=A1Tu_compra_en_Shop_Example_ha_sido_registrad?=
 =?utf-8?q?a!_3=2C40_=E2=82=AC_de_cashback_pendientes?=
Thread-Topic: =?utf-8?q?=C2=A1Tu_compra_en_Shop_Example_ha_sido_registrada!_3?=
 =?utf-8?q?=2C40_=E2=82=AC_de_cashback_pendientes?=
Thread-Index: AQHdEr7x0Tq9cV2aQkm4nE8yFbZ3sA==
Date: Fri, 21 Aug 2026 20:13:55 +0000
Message-ID: <DU0P190MB19734F2C8E0A6B15D3E7C92A8B41A@DU0P190MB1973.EURP190.PROD.OUTLOOK.COM>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-messagesentrepresentingtype: 1
Content-Type: multipart/alternative;
        boundary="_000_DU0P190MB19734F2C8E0A6B15D3E7C92A8B41ADU0P190MB1973EURP_"
MIME-Version: 1.0

--_000_DU0P190MB19734F2C8E0A6B15D3E7C92A8B41ADU0P190MB1973EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QnVlbmFzIG5vY2hlczoKCk9zIHJlZW52w61vIGVsIGNvcnJlbyBxdWUgbWUgaGEgbGxlZ2FkbyBk
ZSBBaG9ycmFZYS4gQ29tcHLDqSB1bmEgY2FmZXRlcmEgZW4gdnVlc3RyYSB3ZWIgZWwgbWFydGVz
IHkgcmVzdWx0YSBxdWUgdW4gcG9ydGFsIGRlIGNhc2hiYWNrIGVuIGVsIHF1ZSBuaSByZWNvcmRh
YmEgZXN0YXIgcmVnaXN0cmFkbyBzYWJlIGxvIHF1ZSBoZSBjb21wcmFkbywgY3XDoW5kbyB5IHBv
ciBjdcOhbnRvLgoKTm8gb3MgaGUgYXV0b3JpemFkbyBhIGNvbXBhcnRpciBtaXMgY29tcHJhcyBj
b24gcG9ydGFsZXMgZGUgY2FzaGJhY2ssIGRlIGN1cG9uZXMgbmkgZGUgY29tcGFyYWNpw7NuIGRl
IHByZWNpb3MsIG5pIGEgc2VndWlybWUgY29uIHN1cyBlbmxhY2VzIHkgY29va2llcy4gTWUgb3Bv
bmdvIGEgZWxsbzogZGVqYWQgZGUgcGFzYXJsZXMgZGF0b3MgZGUgbWlzIHBlZGlkb3MgeSBubyB1
c8OpaXMgbcOhcyBlc2Ugc2VndWltaWVudG8gY29ubWlnby4gRWwgY2FzaGJhY2sgbWUgZGEgaWd1
YWwuCgpKb3JnZSBCYWxhZ3VlcgoKT2J0ZW5lciBPdXRsb29rIHBhcmEgQW5kcm9pZDxodHRwczov
L2FrYS5tcy9BQWI5eXNnPgpfX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fXwpGcm9tOiBB
aG9ycmFZYSA8YXZpc29zQGFob3JyYXlhLmV4YW1wbGU+ClNlbnQ6IEZyaWRheSwgQXVndXN0IDIx
LCAyMDI2IDk6MDI6MTcgUE0KVG86IGpvcmdlLmJhbGFndWVyQG91dGxvb2suZXMgPGpvcmdlLmJh
bGFndWVyQG91dGxvb2suZXM+ClN1YmplY3Q6IMKhVHUgY29tcHJhIGVuIFNob3AgRXhhbXBsZSBo
YSBzaWRvIHJlZ2lzdHJhZGEhIDMsNDAg4oKsIGRlIGNhc2hiYWNrIHBlbmRpZW50ZXMKCsKhSG9s
YSwgSm9yZ2UhCgpCdWVuYXMgbm90aWNpYXM6IGhlbW9zIHJlZ2lzdHJhZG8gdHUgY29tcHJhIGVu
IFNob3AgRXhhbXBsZS4KClRpZW5kYTogU2hvcCBFeGFtcGxlCkZlY2hhIGRlIGxhIGNvbXByYTog
MTgvMDgvMjAyNiAxMzo0NwpJbXBvcnRlIGRlIGxhIGNvbXByYTogNjgsMDAg4oKsCkNhc2hiYWNr
OiAzLDQwIOKCrCAocGVuZGllbnRlKQoKTGEgdGllbmRhIHN1ZWxlIGNvbmZpcm1hciBsYXMgY29t
cHJhcyBlbiB1biBwbGF6byBkZSAzMCBhIDYwIGTDrWFzLiBDdWFuZG8gc2UgY29uZmlybWUsIGVs
IGltcG9ydGUgcGFzYXLDoSBhIHR1IHNhbGRvIGRpc3BvbmlibGUuCgpFc3RlIGVzIHVuIGNvcnJl
byBhdXRvbcOhdGljbywgcG9yIGZhdm9yIG5vIHJlc3BvbmRhcy4KQWhvcnJhWWEgwrcgRGFyc2Ug
ZGUgYmFqYSBkZSBsb3MgYXZpc29zCg==

--_000_DU0P190MB19734F2C8E0A6B15D3E7C92A8B41ADU0P190MB1973EURP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body><div dir=3D"auto">Buenas noches:</div>
<div dir=3D"auto"><br></div>
<div dir=3D"auto">Os reenv=C3=ADo el correo que me ha llegado de AhorraYa. =
Compr=C3=A9 una cafetera en vuestra web el martes y resulta que un portal d=
e cashback en el que ni recordaba estar registrado sabe lo que he comprado,=
 cu=C3=A1ndo y por cu=C3=A1nto.</div>
<div dir=3D"auto"><br></div>
<div dir=3D"auto">No os he autorizado a compartir mis compras con portales =
de cashback, de cupones ni de comparaci=C3=B3n de precios, ni a seguirme co=
n sus enlaces y cookies. Me opongo a ello: dejad de pasarles datos de mis p=
edidos y no us=C3=A9is m=C3=A1s ese seguimiento conmigo. El cashback me da =
igual.</div>
<div dir=3D"auto"><br></div>
<div dir=3D"auto">Jorge Balaguer</div>
<div dir=3D"auto"><br></div>
<div dir=3D"auto">Obtener <a href=3D"https://aka.ms/AAb9ysg">Outlook para A=
ndroid</a></div>
<hr style=3D"display:inline-block;width:98%">
<div id=3D"divRplyFwdMsg" dir=3D"ltr"><font face=3D"Calibri, sans-serif" st=
yle=3D"font-size:11pt" color=3D"#000000"><b>From:</b> AhorraYa &lt;avisos@a=
horraya.example&gt;<br><b>Sent:</b> Friday, August 21, 2026 9:02:17 PM<br><=
b>To:</b> jorge.balaguer@outlook.es &lt;jorge.balaguer@outlook.es&gt;<br><b=
>Subject:</b> =C2=A1Tu compra en Shop Example ha sido registrada! 3,40 =E2=
=82=AC de cashback pendientes</font><div>&nbsp;</div></div>
<div><p>=C2=A1Hola, Jorge!</p><p>Buenas noticias: hemos registrado tu compr=
a en Shop Example.</p>
<p>Tienda: Shop Example<br>Fecha de la compra: 18/08/2026 13:47<br>Importe =
de la compra: 68,00 =E2=82=AC<br>Cashback: 3,40 =E2=82=AC (pendiente)</p>
<p>La tienda suele confirmar las compras en un plazo de 30 a 60 d=C3=ADas. =
Cuando se confirme, el importe pasar=C3=A1 a tu saldo disponible.</p>
<p style=3D"font-size:11px;color:#777">Este es un correo autom=C3=A1tico, p=
or favor no respondas.<br>AhorraYa =C2=B7 Darse de baja de los avisos</p></=
div>
</body></html>

--_000_DU0P190MB19734F2C8E0A6B15D3E7C92A8B41ADU0P190MB1973EURP_--
'''),
    ('it', 'zimbra-out-of-office-promo-agency', 'automated', (),
'''Return-Path: <g.marchetti@promoagenzia.example>
Received: from zimbra.promoagenzia.example (zimbra.promoagenzia.example [198.51.100.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4pGk7Dw3Nqz1Vtr
        for <privacy@shop.example.be>; Mon, 21 Dec 2026 09:31:06 +0100 (CET)
Received: from localhost (localhost [127.0.0.1])
        by zimbra.promoagenzia.example (Postfix) with ESMTP id 3C71E2A04F8
        for <privacy@shop.example.be>; Mon, 21 Dec 2026 09:31:05 +0100 (CET)
Date: Mon, 21 Dec 2026 09:31:05 +0100 (CET)
From: Giulia Marchetti <g.marchetti@promoagenzia.example>
To: privacy@shop.example.be
Message-ID: <1183920457.904411.1797841865417.JavaMail.zimbra@promoagenzia.example>
In-Reply-To: <f0b83d2e-9a47-4c15-8e6d-47c1a9e2b5d0@shop.example.be>
Subject: Fuori ufficio
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.6_GA_4566 (zclient/10.0.6_GA_4566)

Gentile mittente,

sono fuori ufficio fino al 7 gennaio 2027 compreso.

Per il concorso e il cashback "Natale Shop Example – fino a 40 € rimborsati" (verifica delle richieste, documenti mancanti, bonifici) può scrivere a rimborsi@promoagenzia.example.

Per richieste relative ai dati personali dei partecipanti (cancellazione di copie di documenti d'identità, IBAN, scontrini; accesso ai dati) si rivolga al nostro responsabile della protezione dei dati: privacy@promoagenzia.example.

Cordiali saluti,
Giulia Marchetti
Account Manager – PromoAgenzia S.r.l.
'''),
    ('it', 'email-marketing-saas-consent-sync-welcome-voucher', 'automated', (),
'''Return-Path: <rimbalzi-8813@notifiche.postinocloud.example>
Received: from mta14.notifiche.postinocloud.example (mta14.notifiche.postinocloud.example [203.0.113.214])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4m0Sb3Xp5Hz4Dwq
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 03:12:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=postinocloud.example;
        s=pc2026; t=1792458763;
        h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
        bh=UG9zdGlub0Nsb3VkQ29uc2Vuc2lTeW5jMjAyNjEwMjBiaD0=;
        b=Nm6qW9eR2tY5uI8oP1aS4dF7gH0jK3lZ6xC9vB2nM5qW8eR1tY4uI7oP0aS3dF6gH9jK2lZ5xC8v=
From: Postino Cloud <notifiche@postinocloud.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Sincronizzazione_consensi_completata=3A_lista_=C2=ABNew?=
 =?utf-8?q?sletter_IT_=E2=80=93_buono_benvenuto_5_=E2=82=AC=C2=BB?=
Date: Tue, 20 Oct 2026 01:12:43 +0000
Message-ID: <sync.88131.20261020011243.c7e4@notifiche.postinocloud.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_pc_sync_7a1e4c"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-PC-Account: 88131
X-PC-Notification: consent.sync.completed

--=_pc_sync_7a1e4c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ciao,

la sincronizzazione pianificata dei consensi tra il tuo CRM (Shop Example =
=E2=80=93 loyalty IT) e la lista =C2=ABNewsletter IT =E2=80=93 buono benven=
uto 5 =E2=82=AC=C2=BB =C3=A8 stata completata.

Avvio: 20/10/2026 03:00:02
Fine: 20/10/2026 03:12:41

Contatti elaborati: 18.204
Nuovi consensi marketing (doppio opt-in confermato): 312
Revoche del consenso applicate (disiscrizioni): 97
Contatti eliminati su richiesta dell'interessato: 14
Indirizzi non validi sospesi: 23
Buoni benvenuto BENV5 assegnati ai nuovi iscritti: 298
Buoni non assegnati (consenso non confermato entro 7 giorni): 14

Il registro dei consensi (data, fonte, testo informativo mostrato) =C3=A8 d=
isponibile in Impostazioni > Privacy > Registro consensi ed esportabile in =
CSV.

Ricevi questa notifica perch=C3=A9 privacy@shop.example.be =C3=A8 indicato =
come referente privacy dell'account 88131. Puoi modificare le notifiche in =
Impostazioni > Notifiche.

Messaggio generato automaticamente, non rispondere.
Postino Cloud S.p.A.

--=_pc_sync_7a1e4c
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Helvetica,Arial,sans-serif;font-size:14px;=
color:#263238">
<p>Ciao,</p>
<p>la sincronizzazione pianificata dei consensi tra il tuo CRM (<b>Shop Exa=
mple =E2=80=93 loyalty IT</b>) e la lista <b>=C2=ABNewsletter IT =E2=80=93 =
buono benvenuto 5 =E2=82=AC=C2=BB</b> =C3=A8 stata completata.</p>
<table cellpadding=3D"4" style=3D"font-size:13px">
<tr><td>Avvio</td><td>20/10/2026 03:00:02</td></tr>
<tr><td>Fine</td><td>20/10/2026 03:12:41</td></tr>
<tr><td>Contatti elaborati</td><td>18.204</td></tr>
<tr><td>Nuovi consensi marketing (doppio opt-in confermato)</td><td>312</td=
></tr>
<tr><td>Revoche del consenso applicate (disiscrizioni)</td><td>97</td></tr>
<tr><td>Contatti eliminati su richiesta dell'interessato</td><td>14</td></t=
r>
<tr><td>Indirizzi non validi sospesi</td><td>23</td></tr>
<tr><td>Buoni benvenuto BENV5 assegnati ai nuovi iscritti</td><td>298</td><=
/tr>
<tr><td>Buoni non assegnati (consenso non confermato entro 7 giorni)</td><t=
d>14</td></tr>
</table>
<p>Il registro dei consensi (data, fonte, testo informativo mostrato) =C3=
=A8 disponibile in <a href=3D"https://app.postinocloud.example/88131/privac=
y/registro">Impostazioni &gt; Privacy &gt; Registro consensi</a> ed esporta=
bile in CSV.</p>
<p style=3D"font-size:11px;color:#78909c">Ricevi questa notifica perch=C3=
=A9 privacy@shop.example.be =C3=A8 indicato come referente privacy dell'acc=
ount 88131. <a href=3D"https://app.postinocloud.example/88131/notifiche">Mo=
difica le notifiche</a>.<br>Messaggio generato automaticamente, non rispond=
ere.<br>Postino Cloud S.p.A.</p>
</body></html>

--=_pc_sync_7a1e4c--
'''),
    ('it', 'exim-backup-mx-bounce-replacement-voucher', 'automated', (),
'''Return-Path: <>
Received: from mx2.hostingligure.example (mx2.hostingligure.example [198.51.100.98])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4jW9rFb6Czz3Kmt
        for <privacy@shop.example.be>; Thu, 16 Jul 2026 11:05:12 +0200 (CEST)
Received: from Debian-exim by mx2.hostingligure.example with local (Exim 4.97)
        id 1vQx3T-0007Kd-2R
        for privacy@shop.example.be; Thu, 16 Jul 2026 11:05:11 +0200
X-Failed-Recipients: f.rinaldi@studio-rinaldi.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx2.hostingligure.example>
To: privacy@shop.example.be
References: <3a9f1d6c-e824-4b07-95c3-7d0e2f8b1a64@shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1784192711-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vQx3T-0007Kd-2R@mx2.hostingligure.example>
Date: Thu, 16 Jul 2026 11:05:11 +0200

This is a MIME-encapsulated message.

--1784192711-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  f.rinaldi@studio-rinaldi.example
    host mail.studio-rinaldi.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<f.rinaldi@studio-rinaldi.example>:
    550 5.1.1 <f.rinaldi@studio-rinaldi.example>: Recipient address rejected: User unknown in virtual mailbox table

--1784192711-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mx2.hostingligure.example

Action: failed
Final-Recipient: rfc822;f.rinaldi@studio-rinaldi.example
Status: 5.0.0
Remote-MTA: dns; mail.studio-rinaldi.example
Diagnostic-Code: smtp; 550 5.1.1 <f.rinaldi@studio-rinaldi.example>: Recipient address rejected: User unknown in virtual mailbox table

--1784192711-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from out1.shop.example.be ([192.0.2.41])
        by mx2.hostingligure.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
        (Exim 4.97)
        (envelope-from <privacy@shop.example.be>)
        id 1vQx3S-0007KY-0p
        for f.rinaldi@studio-rinaldi.example; Thu, 16 Jul 2026 11:05:10 +0200
Message-ID: <3a9f1d6c-e824-4b07-95c3-7d0e2f8b1a64@shop.example.be>
Date: Thu, 16 Jul 2026 11:05:08 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: it
To: f.rinaldi@studio-rinaldi.example
From: Team Privacy Shop Example <privacy@shop.example.be>
Subject: Il suo nuovo codice buono (sostituisce quello inviato per errore)
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Gentile dott. Rinaldi,

come anticipato al telefono, il codice buono che Le spettava è stato
inviato per errore a un altro cliente. Quel codice è stato annullato e
non è stato utilizzato.

Il nuovo codice è: SX-IT-RIN-5WQ8-2LDT (valore 30 €, valido fino al
16 luglio 2027, online e nei negozi).

Ci scusiamo per l'accaduto.

Cordiali saluti,
Chiara Vermeulen
Team Privacy – Shop Example BV

--1784192711-eximdsn-1804289383--
'''),
    ('it', 'person-phone-disclaimer-giftcard-refused-at-till', 'other', (),
'''Return-Path: <p.ferraresi@studioferraresi.example>
Received: from smtp.studioferraresi.example (smtp.studioferraresi.example [198.51.100.181])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4nWq1Hc7Zgz6Rpl
        for <privacy@shop.example.be>; Mon, 16 Nov 2026 13:08:27 +0100 (CET)
Received: from [10.128.44.17] (unknown [203.0.113.144])
        (Authenticated sender: p.ferraresi@studioferraresi.example)
        by smtp.studioferraresi.example (Postfix) with ESMTPSA id 7E2B13C0D9
        for <privacy@shop.example.be>; Mon, 16 Nov 2026 13:08:26 +0100 (CET)
Date: Mon, 16 Nov 2026 13:08:21 +0100
From: Paolo Ferraresi <p.ferraresi@studioferraresi.example>
To: privacy@shop.example.be
Message-ID: <8F3C1A70-25D4-4E9B-B7A6-0D2E9C41F5B8@studioferraresi.example>
In-Reply-To: <gc.delivery.it.5528117.20261102@giftcards.shop.example.be>
References: <gc.delivery.it.5528117.20261102@giftcards.shop.example.be>
Subject: =?utf-8?q?Re=3A_La_tua_gift_card_Shop_Example_da_50_=E2=82=AC_?=
 =?utf-8?q?=C3=A8_arrivata!?=
User-Agent: K-9 Mail for Android
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Buongiorno,

sabato ho provato a usare questa gift card nel vostro negozio di Anversa (M=
eir) ma alla cassa il codice risultava "non valido", mentre online il saldo=
 =C3=A8 di 50 =E2=82=AC. La posso usare comunque in negozio? E posso combin=
arla con il codice sconto del 10% che ho ricevuto con la newsletter, oppure=
 si pu=C3=B2 usare un solo codice per acquisto?

Grazie e buona giornata,
Paolo Ferraresi

Inviato dal mio dispositivo Android con K-9 Mail. Perdonate la brevit=C3=A0.

--
Dott. Paolo Ferraresi
Dottore Commercialista =E2=80=93 Revisore Legale
Studio Ferraresi & Associati
Via dei Mille 0 =E2=80=93 40121 Bologna
Tel. +39 051 000 4471 =E2=80=93 Fax +39 051 000 4472

AVVISO DI RISERVATEZZA: Le informazioni contenute in questo messaggio di po=
sta elettronica e negli eventuali allegati sono riservate e destinate esclu=
sivamente al destinatario indicato. Qualora il messaggio Le fosse pervenuto=
 per errore, La preghiamo di cancellarlo immediatamente, di non copiarlo, d=
iffonderlo o utilizzarlo in alcun modo e di darne comunicazione al mittente=
. Il trattamento dei dati personali avviene nel rispetto del Regolamento (U=
E) 2016/679 (GDPR) e del D.Lgs. 196/2003 come modificato dal D.Lgs. 101/201=
8; l'informativa completa =C3=A8 disponibile su richiesta. Questo messaggio=
 non costituisce impegno contrattuale. Lo studio non risponde di eventuali =
virus trasmessi.
Please consider the environment before printing this e-mail.

Il giorno 2 novembre 2026 10:14:09 CET, Shop Example Gift Cards <noreply@gi=
ftcards.shop.example.be> ha scritto:
>Ciao Paolo,
>
>Elena ti ha regalato una gift card Shop Example da 50 =E2=82=AC!
>
>"Buon compleanno! Spendila per qualcosa che ti piace."
>
>Codice: 6029 1184 5528 117
>PIN: 4471
>Valida fino al 2 novembre 2028, online e in tutti i negozi Shop Example.
>
>Questo =C3=A8 un messaggio automatico, ti preghiamo di non rispondere.
>Informativa privacy: https://www.shop.example.be/it/privacy
'''),
    ('pt', 'exchange-ooo-cashback-agency-lisbon', 'automated', (),
'''Return-Path: <rita.almeida@reembolsa-promo.example>
Received: from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2128.outbound.protection.outlook.com [203.0.113.128])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4kC5dVs0Yhz8Nfw
        for <privacy@shop.example.be>; Tue, 11 Aug 2026 17:46:20 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=reembolsa-promo.example;
        s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        bh=Uml0YUFsbWVpZGFSZXNwb3N0YUF1dG9tYXRpY2FiaD0=;
        b=Wq3eR6tY9uI2oP5aS8dF1gH4jK7lZ0xC3vB6nM9qW2eR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5n=
From: Rita Almeida <rita.almeida@reembolsa-promo.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?Resposta_autom=C3=A1tica=3A_Campanha_=22Reembolso_at?=
 =?utf-8?q?=C3=A9_40_=E2=82=AC=22_=E2=80=93_elimina=C3=A7=C3=A3o_de_c?=
 =?utf-8?q?=C3=B3pias_do_Cart=C3=A3o_de_Cidad=C3=A3o?=
Thread-Topic: =?utf-8?q?Campanha_=22Reembolso_at=C3=A9_40_=E2=82=AC=22_?=
 =?utf-8?q?=E2=80=93_elimina=C3=A7=C3=A3o_de_c=C3=B3pias_do_Cart=C3=A3o_de?=
 =?utf-8?q?_Cidad=C3=A3o?=
Thread-Index: AQHdCj4rU0m2yV9kT3qLx7eB1nZ8cA==
Date: Tue, 11 Aug 2026 15:46:18 +0000
Message-ID: <AS8P250MB07120B9E4D3C1F27A86E5D03C4F19@AS8P250MB0712.EURP250.PROD.OUTLOOK.COM>
In-Reply-To: <6c0e8b41-d37a-4f92-a5c1-e9b2f07d4a38@shop.example.be>
References: <6c0e8b41-d37a-4f92-a5c1-e9b2f07d4a38@shop.example.be>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-auto-response-suppress: All
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

T2JyaWdhZGEgcGVsbyBzZXUgZS1tYWlsLgoKRXN0b3UgYXVzZW50ZSBlbSBmw6lyaWFzIGF0w6kg
MjggZGUgYWdvc3RvLCBzZW0gYWNlc3NvIHJlZ3VsYXIgYW8gY29ycmVpbyBlbGV0csOzbmljby4K
ClF1ZXN0w7VlcyBzb2JyZSBwZWRpZG9zIGRlIHJlZW1ib2xzbyAoZG9jdW1lbnRvcyBlbSBmYWx0
YSwgZXN0YWRvIGRvIHBhZ2FtZW50bywgcGVkaWRvcyByZWN1c2Fkb3MpOiByZWVtYm9sc29zQHJl
ZW1ib2xzYS1wcm9tby5leGFtcGxlLgoKUGVkaWRvcyByZWxhdGl2b3MgYSBkYWRvcyBwZXNzb2Fp
cyBkb3MgcGFydGljaXBhbnRlcyAoZWxpbWluYcOnw6NvIGRlIGPDs3BpYXMgZG8gQ2FydMOjbyBk
ZSBDaWRhZMOjbywgSUJBTiBvdSB0YWzDtWVzIGRlIGNvbXByYTsgcGVkaWRvcyBkZSBhY2Vzc28p
OiBlbmNhcnJlZ2FkbyBkZSBwcm90ZcOnw6NvIGRlIGRhZG9zLCBlcGRAcmVlbWJvbHNhLXByb21v
LmV4YW1wbGUuCgpDdW1wcmltZW50b3MsClJpdGEgQWxtZWlkYQpHZXN0b3JhIGRlIENsaWVudGUg
fCBSZWVtYm9sc2EgUHJvbW8sIExkYS4K
'''),
    ('pt', 'cashback-agency-daily-digest-missing-documents-deletions', 'automated', (),
'''Return-Path: <sistema@plataforma.reembolsa-promo.example>
Received: from plataforma.reembolsa-promo.example (plataforma.reembolsa-promo.example [198.51.100.129])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4kQ1tMx5Rcz2Gvn
        for <privacy@shop.example.be>; Wed, 02 Sep 2026 07:30:04 +0200 (CEST)
From: Plataforma Reembolsa Promo <sistema@plataforma.reembolsa-promo.example>
To: promocoes@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?b?W1JQLTIwMjYtUFQtMDddIFJlc3VtbyBkacOhcmlvIDAxLzA5LzIw?=
 =?utf-8?b?MjYg4oCTIDE3IHBlZGlkb3MgY29tIGRvY3VtZW50b3MgZW0gZmFsdGEsIDMg?=
 =?utf-8?b?cGVkaWRvcyBkZSBlbGltaW5hw6fDo28gZGUgZGFkb3M=?=
Date: Wed, 02 Sep 2026 06:30:03 +0100
Message-ID: <resumo-RP-2026-PT-07-20260901@plataforma.reembolsa-promo.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: RP-Plataforma/2.9 (relatorios)

RESUMO DIÁRIO – CAMPANHA "REEMBOLSO ATÉ 40 €" (RP-2026-PT-07)
Cliente: Shop Example BV – mercado PT
Período: 01/09/2026 00:00 – 23:59 (hora de Lisboa)

Pedidos recebidos ............................. 64
Pedidos validados .............................. 41
Pedidos com documentos em falta ................ 17
   - cópia do Cartão de Cidadão ilegível/ausente   9
   - talão de compra ausente                        6
   - IBAN inválido                                  2
Pedidos recusados (fora do prazo / duplicados) .. 6
Reembolsos pagos (transferência SEPA) ........... 38  (1.140,00 €)

PROTEÇÃO DE DADOS
Pedidos de eliminação de dados recebidos ........ 3
Eliminações concluídas (cópias de identificação,
IBAN e talões apagados após pagamento) ......... 212
Pedidos de acesso a dados pessoais .............. 1  (prazo: 01/10/2026)

O relatório detalhado está disponível no portal do cliente:
https://portal.reembolsa-promo.example/campanhas/RP-2026-PT-07/relatorios

Mensagem gerada automaticamente. Não responda a este e-mail.
Reembolsa Promo, Lda. – Lisboa
'''),
    ('pt', 'giftcard-marketplace-inactive-merchant-account-deletion', 'automated', (),
'''Return-Path: <envios@mail.presentix.example>
Received: from mail-out4.presentix.example (mail-out4.presentix.example [203.0.113.74])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fN8hQk3Twz5Zmb
        for <privacy@shop.example.be>; Tue, 24 Mar 2026 10:00:31 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=presentix.example;
        s=px1; t=1774342830;
        h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe;
        bh=UHJlc2VudGl4Q29udGFJbmF0aXZhMjAyNjAzMjRiaD0=;
        b=Ka7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6yU9i=
From: Presentix <nao-responder@presentix.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?A_sua_conta_de_comerciante_ser=C3=A1_eliminada_em_30_di?=
 =?utf-8?q?as?=
Date: Tue, 24 Mar 2026 09:00:30 +0000
Message-ID: <acct-inactive.m-20417.20260324090030@presentix.example>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable
List-Unsubscribe: <https://comerciantes.presentix.example/notificacoes/cancelar?m=20417>
Auto-Submitted: auto-generated
X-Presentix-Template: merchant_inactivity_30d

<!DOCTYPE html>
<html lang=3D"pt"><head><meta charset=3D"utf-8"><title>A sua conta de comer=
ciante ser=C3=A1 eliminada em 30 dias</title></head>
<body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#222;backg=
round:#f6f6f6">
<div style=3D"max-width:580px;margin:0 auto;background:#fff;padding:24px">
<img src=3D"https://cdn.presentix.example/email/logo.png" alt=3D"Presentix"=
 width=3D"110">
<h2>A sua conta de comerciante ser=C3=A1 eliminada em 30 dias</h2>
<p>Ol=C3=A1, Shop Example BV,</p>
<p>A conta de comerciante <b>M-20417</b>, registada com o endere=C3=A7o pri=
vacy@shop.example.be, n=C3=A3o regista atividade desde 11/02/2025.</p>
<p>De acordo com os nossos Termos para Comerciantes e a nossa Pol=C3=ADtica=
 de Privacidade, as contas inativas h=C3=A1 mais de 12 meses s=C3=A3o elimi=
nadas. No dia <b>23/04/2026</b> ser=C3=A3o eliminados:</p>
<ul>
<li>os dados da conta e os dados pessoais dos utilizadores associados (nome=
s, e-mails, telefones);</li>
<li>o hist=C3=B3rico de vendas de cart=C3=B5es-presente e vales;</li>
<li>os ficheiros de exporta=C3=A7=C3=A3o ainda dispon=C3=ADveis.</li>
</ul>
<p>Saldo de cart=C3=B5es-presente ainda n=C3=A3o resgatados: <b>12,40 =E2=
=82=AC</b> (3 cart=C3=B5es). Este saldo continua v=C3=A1lido para os client=
es at=C3=A9 ao fim da validade de cada cart=C3=A3o.</p>
<p>Quer manter a conta? Basta iniciar sess=C3=A3o antes de 23/04/2026.<br>
Quer uma c=C3=B3pia dos seus dados antes da elimina=C3=A7=C3=A3o? Exporte-o=
s em Conta &gt; Dados &gt; Exportar.</p>
<p style=3D"text-align:center"><a href=3D"https://comerciantes.presentix.ex=
ample/entrar" style=3D"background:#6a1b9a;color:#fff;padding:10px 22px;text=
-decoration:none">Iniciar sess=C3=A3o</a></p>
<p style=3D"font-size:11px;color:#888">Esta =C3=A9 uma mensagem autom=C3=A1=
tica. N=C3=A3o responda a este e-mail.<br>Presentix =E2=80=93 Plataforma de=
 cart=C3=B5es-presente, Porto<br><a href=3D"https://comerciantes.presentix.=
example/notificacoes/cancelar?m=3D20417">Gerir notifica=C3=A7=C3=B5es</a></=
p>
</div>
</body></html>
'''),
    ('pt', 'person-asks-id-copy-deletion-above-cashback-paid-notice', 'deletion', (),
'''Return-Path: <tiago.m.carvalho@gmail.com>
Received: from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4lJ6xBv2Mkz9Hqp
        for <privacy@shop.example.be>; Tue, 22 Sep 2026 23:05:41 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1790111140; x=1790715940;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=VGlhZ29DYXJ2YWxob0FwYWd1ZW1DYXJ0YW9DaWRhZGFvYmg9;
        b=Bc4vN7mQ0wE3rT6yU9iO2pA5sD8fG1hJ4kL7zX0cV3bN6mQ9wE2rT5yU8iO1pA4sD7fG0hJ3kL6z
        X9cV2bN5mQ8wE1rT4yU7iO0pA3sD6fG9hJ2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG8hJ1k==
MIME-Version: 1.0
References: <pago-RP-2026-PT-07-11873@plataforma.reembolsa-promo.example>
In-Reply-To: <pago-RP-2026-PT-07-11873@plataforma.reembolsa-promo.example>
From: Tiago Carvalho <tiago.m.carvalho@gmail.com>
Date: Tue, 22 Sep 2026 22:05:27 +0100
Message-ID: <CAJ3mXq8Rt1Wk5Nv7bP2cY9sL4hF0dG6aU3eO8iK1pZ5tV2wQ7x@mail.gmail.com>
Subject: =?utf-8?q?Re=3A_O_seu_reembolso_foi_pago_=E2=80=93_pedido_11873?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000d3a9f70622b14c06"

--000000000000d3a9f70622b14c06
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Boa noite,

Recebi hoje os 40 =E2=82=AC, obrigado. Agora que o reembolso est=C3=A1 pago=
, pe=C3=A7o que apaguem a c=C3=B3pia do meu Cart=C3=A3o de Cidad=C3=A3o (fr=
ente e verso), o meu IBAN e a fotografia do tal=C3=A3o que enviei para esta=
 campanha, tanto do vosso lado como da ag=C3=AAncia que trata os pedidos. N=
=C3=A3o vejo raz=C3=A3o para continuarem a guardar esses documentos.

Agrade=C3=A7o confirma=C3=A7=C3=A3o quando estiver feito.

Tiago Carvalho

Plataforma Reembolsa Promo <sistema@plataforma.reembolsa-promo.example> esc=
reveu (ter=C3=A7a, 22/09/2026 =C3=A0(s) 09:12):

> Ol=C3=A1 Tiago Carvalho,
>
> O seu pedido n.=C2=BA 11873 da campanha "Reembolso at=C3=A9 40 =E2=82=AC"=
 da Shop Example foi pago.
>
> Valor: 40,00 =E2=82=AC
> IBAN: PT50 **** **** **** **** *612 3
> Data da transfer=C3=AAncia: 22/09/2026
>
> O valor dever=C3=A1 estar dispon=C3=ADvel na sua conta em 1 a 2 dias =C3=
=BAteis.
>
> Mensagem gerada automaticamente. N=C3=A3o responda a este e-mail.
> Reembolsa Promo, Lda. =E2=80=93 em nome da Shop Example BV

--000000000000d3a9f70622b14c06
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Boa noite,</div><div><br></div><div>Recebi hoje os 40=
 =E2=82=AC, obrigado. Agora que o reembolso est=C3=A1 pago, pe=C3=A7o que a=
paguem a c=C3=B3pia do meu Cart=C3=A3o de Cidad=C3=A3o (frente e verso), o =
meu IBAN e a fotografia do tal=C3=A3o que enviei para esta campanha, tanto =
do vosso lado como da ag=C3=AAncia que trata os pedidos. N=C3=A3o vejo raz=
=C3=A3o para continuarem a guardar esses documentos.</div><div><br></div><d=
iv>Agrade=C3=A7o confirma=C3=A7=C3=A3o quando estiver feito.</div><div><br>=
</div><div>Tiago Carvalho</div></div><br><div class=3D"gmail_quote"><div di=
r=3D"ltr" class=3D"gmail_attr">Plataforma Reembolsa Promo &lt;<a href=3D"ma=
ilto:sistema@plataforma.reembolsa-promo.example">sistema@plataforma.reembol=
sa-promo.example</a>&gt; escreveu (ter=C3=A7a, 22/09/2026 =C3=A0(s) 09:12):=
<br></div><blockquote class=3D"gmail_quote" style=3D"margin:0px 0px 0px 0.8=
ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Ol=C3=A1 Tiago =
Carvalho,<br><br>O seu pedido n.=C2=BA 11873 da campanha &quot;Reembolso at=
=C3=A9 40 =E2=82=AC&quot; da Shop Example foi pago.<br><br>Valor: 40,00 =E2=
=82=AC<br>IBAN: PT50 **** **** **** **** *612 3<br>Data da transfer=C3=AAnc=
ia: 22/09/2026<br><br>O valor dever=C3=A1 estar dispon=C3=ADvel na sua cont=
a em 1 a 2 dias =C3=BAteis.<br><br>Mensagem gerada automaticamente. N=C3=A3=
o responda a este e-mail.<br>Reembolsa Promo, Lda. =E2=80=93 em nome da Sho=
p Example BV</blockquote></div>

--000000000000d3a9f70622b14c06--
'''),
]

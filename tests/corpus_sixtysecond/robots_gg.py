"""Sixtysecond set: robot mail of care homes, social services, guardianship offices, notaries, courts, relay and accessibility services, hospitals, e-signature and bank fraud systems around carers and vulnerable customers, plus people who look automatic (en nl fr de es it pt). Written apart from the code."""

ROBOTS = [
    ('en', 'exchange-ooo-care-home-manager', 'automated', (),
'''Return-Path: <>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2112.outbound.protection.outlook.com [203.0.113.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fQ2Lm0s7Hz1xN4
        for <privacy@shop.example.be>; Tue, 10 Mar 2026 09:14:52 +0100 (CET)
Received: from DU0PR06MB8841.eurprd06.prod.outlook.com (2603:10a6:10:3c2::14)
 by AS8PR06MB7390.eurprd06.prod.outlook.com (2603:10a6:20b:2f1::9) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9094.18; Tue, 10 Mar
 2026 08:14:51 +0000
From: Margaret Ellery <m.ellery@hollybrookhouse-care.co.uk>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatic reply: Your request about Mr Dennis Ashworth's loyalty
 account [PRV-2026-01187]
Thread-Topic: Your request about Mr Dennis Ashworth's loyalty account
 [PRV-2026-01187]
Thread-Index: AQHcsJ4k7Yb2cW1dQ0ygk2mFbq3Xw7Wq1lKA
Date: Tue, 10 Mar 2026 08:14:51 +0000
Message-ID: <DU0PR06MB8841B2E7A1C4F0D93E7BCA21D8A12@DU0PR06MB8841.eurprd06.prod.outlook.com>
In-Reply-To: <20260310081402.5D3A21C0F2@smtp-out.shop.example.be>
References: <20260310081402.5D3A21C0F2@smtp-out.shop.example.be>
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: m.ellery@hollybrookhouse-care.co.uk
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Transport-CrossTenantHeadersStamped: AS8PR06MB7390
Content-Language: en-GB
Content-Type: multipart/alternative;
        boundary="_000_DU0PR06MB8841B2E7A1C4F0D93E7BCA21D8A12DU0PR06MB8841eurp_"
MIME-Version: 1.0

--_000_DU0PR06MB8841B2E7A1C4F0D93E7BCA21D8A12DU0PR06MB8841eurp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email.

I am on annual leave from Monday 9 March until Friday 20 March 2026 and wil=
l have very limited access to my emails. Your message will not be forwarded.

For anything concerning the day-to-day care of a resident, please contact o=
ur Deputy Manager, Priya Sandhu, on 01632 960418 or at p.sandhu@hollybrookh=
ouse-care.co.uk.

Requests for residents' personal information, and any correspondence about =
residents' accounts, subscriptions or post, should be sent to our office at=
 admin@hollybrookhouse-care.co.uk. Please note that we cannot share a resid=
ent's personal data without their consent or the consent of their registere=
d attorney or deputy.

Kind regards,

Margaret Ellery
Registered Manager
Hollybrook House Care Home
14 Fenwick Lane, Sandleford, SN9 4QT

--_000_DU0PR06MB8841B2E7A1C4F0D93E7BCA21D8A12DU0PR06MB8841eurp_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii">
</head>
<body>
<div style=3D"font-family: Calibri, Arial, Helvetica, sans-serif; font-size=
: 11pt; color: rgb(0, 0, 0);">
<p>Thank you for your email.</p>
<p>I am on annual leave from Monday 9 March until Friday 20 March 2026 and =
will have very limited access to my emails. Your message will not be forwar=
ded.</p>
<p>For anything concerning the day-to-day care of a resident, please contac=
t our Deputy Manager, Priya Sandhu, on 01632 960418 or at <a href=3D"mailto=
:p.sandhu@hollybrookhouse-care.co.uk">p.sandhu@hollybrookhouse-care.co.uk</=
a>.</p>
<p>Requests for residents' personal information, and any correspondence abo=
ut residents' accounts, subscriptions or post, should be sent to our office=
 at <a href=3D"mailto:admin@hollybrookhouse-care.co.uk">admin@hollybrookhou=
se-care.co.uk</a>. Please note that we cannot share a resident's personal d=
ata without their consent or the consent of their registered attorney or de=
puty.</p>
<p>Kind regards,</p>
<p>Margaret Ellery<br>Registered Manager<br>Hollybrook House Care Home<br>1=
4 Fenwick Lane, Sandleford, SN9 4QT</p>
</div>
</body>
</html>

--_000_DU0PR06MB8841B2E7A1C4F0D93E7BCA21D8A12DU0PR06MB8841eurp_--
'''),
    ('en', 'postfix-bounce-deceased-customer-address', 'automated', (),
'''Return-Path: <>
Received: from mx.pinewoodnet.co.uk (mx.pinewoodnet.co.uk [198.51.100.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fW8tQ1kZcz2yR7
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 15:22:08 +0200 (CEST)
Received: by mx.pinewoodnet.co.uk (Postfix)
        id 7C1E2180A3F; Thu, 16 Apr 2026 14:22:07 +0100 (BST)
Date: Thu, 16 Apr 2026 14:22:07 +0100 (BST)
From: MAILER-DAEMON@mx.pinewoodnet.co.uk (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="7C1E2180A3F.1776345727/mx.pinewoodnet.co.uk"
Content-Transfer-Encoding: 8bit
Message-Id: <20260416132207.7C1E2180A3F@mx.pinewoodnet.co.uk>

This is a MIME-encapsulated message.

--7C1E2180A3F.1776345727/mx.pinewoodnet.co.uk
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx.pinewoodnet.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<eileen.marsh@pinewoodnet.co.uk>: host
    mailstore2.pinewoodnet.co.uk[private/dovecot-lmtp] said: 550 5.1.1
    <eileen.marsh@pinewoodnet.co.uk> User doesn't exist:
    eileen.marsh@pinewoodnet.co.uk (in reply to RCPT TO command)

--7C1E2180A3F.1776345727/mx.pinewoodnet.co.uk
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.pinewoodnet.co.uk
X-Postfix-Queue-ID: 7C1E2180A3F
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 16 Apr 2026 14:22:06 +0100 (BST)

Final-Recipient: rfc822; eileen.marsh@pinewoodnet.co.uk
Original-Recipient: rfc822;eileen.marsh@pinewoodnet.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore2.pinewoodnet.co.uk
Diagnostic-Code: x-unix; User doesn't exist: eileen.marsh@pinewoodnet.co.uk

--7C1E2180A3F.1776345727/mx.pinewoodnet.co.uk
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from smtp-out.shop.example.be (smtp-out.shop.example.be [192.0.2.25])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx.pinewoodnet.co.uk (Postfix) with ESMTPS id 7C1E2180A3F
        for <eileen.marsh@pinewoodnet.co.uk>; Thu, 16 Apr 2026 14:22:06 +0100 (BST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
        s=sel2026; t=1776345725; h=from:to:subject:date:message-id;
        bh=q3VtXk1o8mJ0Rz4sYp2cN7aH6wFgL9eT1bUiOxKdA5s=;
        b=Hq1Xo0pZ7rYb3mQ2kV8sN4tLw6cE9aJfD1gR5uIhK0yTnB2xM7vC3zP8eW4oS6lA
         9dF2gH5jK1mN3bV7cX0zQ4wE8rT6yU2iO9pL5aS3dG7hJ1kF4nM0bV6cX2zQ8w==
From: Shop Example Privacy Team <privacy@shop.example.be>
To: eileen.marsh@pinewoodnet.co.uk
Subject: Your request to close the account of Mrs Eileen Marsh
 [PRV-2026-02214]
Date: Thu, 16 Apr 2026 15:22:04 +0200
Message-ID: <PRV-2026-02214.3.20260416132204@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

--7C1E2180A3F.1776345727/mx.pinewoodnet.co.uk--
'''),
    ('en', 'esign-completed-lpa-consent-form-copy', 'automated', (),
'''Return-Path: <bounces+4471982-f3a1-privacy=shop.example.be@em8412.mail.signharbour.com>
Received: from o12.mail.signharbour.com (o12.mail.signharbour.com [198.51.100.142])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fZ1mW3qTbz3vK0
        for <privacy@shop.example.be>; Mon, 18 May 2026 11:47:39 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=signharbour.com;
        h=content-type:from:mime-version:subject:reply-to:to:list-unsubscribe:
        cc:content-type:from:subject:to; s=s1; bh=Yw3kP0sV8tN2mQ7cR4bL1xH9fJ6gD5zA0eU3iO8nT2E=;
        b=T7mR2xQ9pL4vN1bK6cH8sJ3wF0gD5zA2eU7iO4nY1tM9qX6rV3bL8kC0hS5jW2fD
         4gZ1aE7uI0oP3nM6vB9cX2kL5jH8gF1dS4aQ7wE0rT3yU6iO9pZ2xC5vB8nM1kJ4h
         G7fD0sA3qW6eR9tY2u==
Date: Mon, 18 May 2026 09:47:36 +0000
From: Rachel Okafor via SignHarbour <dse@mail.signharbour.com>
Reply-To: Rachel Okafor <r.okafor@okaforprobate.co.uk>
To: Shop Example Privacy Team <privacy@shop.example.be>
Message-ID: <7a3f1c9e5b2d4e80a6c1f0b93d7e2a45@mail.signharbour.com>
Subject: Completed: Authority to act and consent to disclosure of personal
 data - Mr Gareth Pryce (Lasting Power of Attorney)
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_8812047_1130457816.1779097656201"
X-SH-EnvelopeID: 5E1B7C40-93AD-4F6A-B2C8-0D71E9A3F612
X-SH-Notification-Type: EnvelopeCompleted_CC
List-Unsubscribe: <https://app.signharbour.com/notifications/unsubscribe?u=cHJpdmFjeUBzaG9w&t=4471982>
Feedback-ID: envcomplete:sh-na2:signharbour
X-Mailer: SignHarbour Notification Service 4.12

------=_Part_8812047_1130457816.1779097656201
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Your document has been completed

All parties have completed "Authority to act and consent to disclosure of p=
ersonal data =E2=80=93 Mr Gareth Pryce (Lasting Power of Attorney)".

You are receiving a copy because Rachel Okafor added you as a carbon-copy r=
ecipient.

Documents in this envelope:
  1. LPA_Property_and_Financial_Affairs_Pryce_certified_copy.pdf (9 pages)
  2. Third_party_authority_and_data_consent_Shop_Example.pdf (2 pages)
  3. Certificate_of_Completion.pdf

Signed by:
  Sian Pryce (attorney) =E2=80=93 18 May 2026 09:31 UTC
  Rachel Okafor (solicitor, witness to the certified copy) =E2=80=93 18 May=
 2026 09:47 UTC

VIEW COMPLETED DOCUMENTS: https://app.signharbour.com/e/5E1B7C40-93AD-4F6A-=
B2C8-0D71E9A3F612

Do not share this email
This email contains a secure link to SignHarbour. Please do not share this =
email, link or access code with others.

Questions about the document?
If you need to modify the document, withdraw consent or have questions abou=
t the personal data it contains, contact the sender directly: Rachel Okafor=
, r.okafor@okaforprobate.co.uk.

About SignHarbour
Sign documents electronically in just minutes. It's safe, secure and legall=
y binding. Completed documents are kept for 30 days in your account and the=
n deleted, unless you download or export them. Read how we process personal=
 data in our Privacy Notice: https://www.signharbour.com/privacy

This message was sent to you by Rachel Okafor who is using the SignHarbour =
electronic signature service. If you would rather not receive email from th=
is sender, you may contact the sender with your request.
Report this email: https://app.signharbour.com/report?e=3D5E1B7C40
Manage notification settings: https://app.signharbour.com/notifications
------=_Part_8812047_1130457816.1779097656201
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><head><meta charset=3D"utf-8"><title>Completed</title>=
</head>
<body style=3D"margin:0;padding:0;background:#eaeaea;font-family:Helvetica,=
Arial,sans-serif">
<table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0" role=3D"presentat=
ion"><tr><td align=3D"center">
<table width=3D"640" cellpadding=3D"24" cellspacing=3D"0" style=3D"backgrou=
nd:#1e4b7a;color:#ffffff"><tr><td style=3D"font-size:22px">Your document ha=
s been completed</td></tr>
<tr><td><a href=3D"https://app.signharbour.com/e/5E1B7C40-93AD-4F6A-B2C8-0D=
71E9A3F612" style=3D"background:#f6c343;color:#1e1e1e;padding:12px 24px;tex=
t-decoration:none;font-weight:bold">VIEW COMPLETED DOCUMENTS</a></td></tr><=
/table>
<table width=3D"640" cellpadding=3D"24" cellspacing=3D"0" style=3D"backgrou=
nd:#ffffff;font-size:15px;color:#333333">
<tr><td>All parties have completed &ldquo;Authority to act and consent to d=
isclosure of personal data &ndash; Mr Gareth Pryce (Lasting Power of Attorn=
ey)&rdquo;.<br><br>
You are receiving a copy because Rachel Okafor added you as a carbon-copy r=
ecipient.</td></tr>
<tr><td style=3D"font-size:13px;color:#666666"><b>Do not share this email</=
b><br>This email contains a secure link to SignHarbour. Please do not share=
 this email, link or access code with others.<br><br>
<b>Questions about the document?</b><br>If you need to modify the document,=
 withdraw consent or have questions about the personal data it contains, co=
ntact the sender directly.<br><br>
<b>About SignHarbour</b><br>Completed documents are kept for 30 days in you=
r account and then deleted, unless you download or export them. <a href=3D"=
https://www.signharbour.com/privacy">Privacy Notice</a> | <a href=3D"https:=
//app.signharbour.com/report?e=3D5E1B7C40">Report this email</a> | <a href=
=3D"https://app.signharbour.com/notifications">Manage notifications</a></td=
></tr>
</table></td></tr></table>
</body></html>
------=_Part_8812047_1130457816.1779097656201--
'''),
    ('en', 'bank-fraud-team-case-autoack', 'automated', (),
'''Return-Path: <fraud-noreply@alerts.northgatebank.co.uk>
Received: from out-07.alerts.northgatebank.co.uk (out-07.alerts.northgatebank.co.uk [203.0.113.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fc6pN2hRjz4tB9
        for <privacy@shop.example.be>; Wed, 24 Jun 2026 16:05:13 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=alerts.northgatebank.co.uk;
        s=ngb2026; t=1782309910; h=From:To:Subject:Date:Message-ID:MIME-Version;
        bh=2sL9qX4vN7bK1cH3jW8fD0gZ5aE6uI2oP9nM4vB1cX8=;
        b=Pn4kR8xV1bL6mQ3cH9sJ2wF7gD0zA5eU8iO1nY4tM6qX3rV9bL2kC7hS0jW5fD1g
         Z4aE8uI3oP6nM9vB2cX5kL8jH1gF4dS7aQ0wE3rT6yU9iO2pZ5xC8vB1nM4kJ7h==
From: Northgate Bank Fraud & Scams Team <fraud-noreply@alerts.northgatebank.co.uk>
To: privacy@shop.example.be
Subject: We've received your email - case reference FRD-4471093
Date: Wed, 24 Jun 2026 15:05:10 +0100
Message-ID: <FRD-4471093.ack.1782309910@alerts.northgatebank.co.uk>
In-Reply-To: <PRV-2026-03391.1.20260624140455@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is an automated message. Please don't reply to this email - this mailbox isn't monitored.

Thank you for contacting the Northgate Bank Fraud & Scams Team. We've received your email and logged it under case reference FRD-4471093. Please quote this reference if you contact us again.

What happens next
Our team aims to review information sent by organisations and third parties within 5 working days. We will only contact you if we need more information.

Contacting us on behalf of a customer
We can't discuss a customer's account, transactions or personal data with a third party, including family members, carers and other organisations, unless the customer has given us their consent or someone holds a registered power of attorney or court order that we have on file. If you are worried that a customer who may be vulnerable has been the victim of an impersonation scam, please ask them, or the person authorised to act for them, to call us on 0800 048 7712 (24 hours).

If your card or online banking details have been shared with a fraudster, call us immediately. Never move money to a "safe account" - we will never ask you to.

How we use your information
We'll use the information you've sent us, including any personal data, to investigate fraud and to protect our customers. We may share it with the police, other banks and fraud prevention agencies. Find out more in our privacy notice at northgatebank.co.uk/privacy.

Northgate Bank plc. Registered in England and Wales No. 08812746. Registered office: 1 Canal Street, Northgate, NG9 2AB. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Calls may be recorded. Spending abroad? Our fraud alerts are free - we'll never charge £ for them.
'''),
    ('en', 'son-forwards-pickup-mail-asks-poa-at-till', 'other', (),
'''Return-Path: <tom.whitfield@corvexmail.net>
Received: from smtp.corvexmail.net (smtp.corvexmail.net [198.51.100.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fg0rX5nKqz5pD2
        for <privacy@shop.example.be>; Wed, 3 Jun 2026 19:48:21 +0200 (CEST)
Received: from smtpclient.apple (ip-192-0-2-144.telenet-example.be [192.0.2.144])
        (Authenticated sender: tom.whitfield@corvexmail.net)
        by smtp.corvexmail.net (Postfix) with ESMTPSA id 9B2E61A04F7
        for <privacy@shop.example.be>; Wed, 3 Jun 2026 19:48:20 +0200 (CEST)
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Tom Whitfield <tom.whitfield@corvexmail.net>
Mime-Version: 1.0 (1.0)
Date: Wed, 3 Jun 2026 19:48:07 +0200
Subject: Fwd: Your order is ready for collection
Message-Id: <3C7E1D2A-8F4B-4A6E-9D10-5B2C7E8F1A93@corvexmail.net>
References: <20260603090212.order10293847.pickup@shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23F79)

Hi, sorry, I couldn't find another email address for stores so I'm trying t=
his one.

My mum Joan Whitfield ordered the thing below. She moved into a care home l=
ast month and can't get to the Meir shop any more. I have a power of attorn=
ey for her (notarial, from 2025). Can I pick the order up for her with that=
? Do you need the original paper or is a copy on my phone ok at the till? A=
nd does she need to sign something?

Thanks,
Tom

Sent from my iPhone

Begin forwarded message:

> From: Shop Example <no-reply@shop.example.be>
> Date: 3 June 2026 at 11:02:12 CEST
> To: joan.whitfield@corvexmail.net
> Subject: Your order is ready for collection
>
> Hello Joan,
>
> Good news: your order 10293847 is ready for collection at Shop Example An=
twerp Meir.
>
> Collect it before 17 June 2026. Bring this email and an identity document=
. Someone else collecting for you? They need your order number and a copy o=
f your ID.
>
> 1 x Philips electric blanket, double =E2=80=93 =E2=82=AC 89.99
>
> Opening hours: Mon=E2=80=93Sat 10:00=E2=80=9319:00
>
> This is an automatic message, please do not reply.
> Shop Example BV =C2=B7 privacy statement =C2=B7 unsubscribe
'''),
    ('nl', 'exchange-ooo-notary-names-colleague', 'automated', (),
'''Return-Path: <>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2098.outbound.protection.outlook.com [203.0.113.98])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fN3kV7cPmz0wH5
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 10:32:19 +0200 (CEST)
Received: from PA4PR09MB6620.eurprd09.prod.outlook.com (2603:10a6:102:2a5::11)
 by AM9PR09MB4417.eurprd09.prod.outlook.com (2603:10a6:20b:281::6) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9094.21; Thu, 30 Apr
 2026 08:32:18 +0000
From: "Mr. Lieve De Wilde" <lieve.dewilde@notaris-dewilde-claeys.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?Automatisch_antwoord=3A_Zorgvolmacht_mevrouw_Peeters_=E2=80=93_u?=
 =?utf-8?q?w_vraag_over_haar_klantgegevens?=
Thread-Topic: =?utf-8?q?Zorgvolmacht_mevrouw_Peeters_=E2=80=93_uw_vraag_over_haar_klantg?=
 =?utf-8?q?egevens?=
Thread-Index: AQHc2Lq+9kF3mW0rTUyR7aH2bNcE1w==
Date: Thu, 30 Apr 2026 08:32:18 +0000
Message-ID: <PA4PR09MB66207F3C2A81B5D9E4C1A07BD9E12@PA4PR09MB6620.eurprd09.prod.outlook.com>
In-Reply-To: <PRV-2026-01902.2.20260430083140@shop.example.be>
References: <PRV-2026-01902.2.20260430083140@shop.example.be>
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Organization-AuthAs: Internal
Content-Language: nl-BE
Content-Type: multipart/alternative;
        boundary="_000_PA4PR09MB66207F3C2A81B5D9E4C1A07BD9E12PA4PR09MB6620eurp_"
MIME-Version: 1.0

--_000_PA4PR09MB66207F3C2A81B5D9E4C1A07BD9E12PA4PR09MB6620eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

R2VhY2h0ZSwKCkRhbmsgdSB2b29yIHV3IGJlcmljaHQuIElrIGJlbiBhZndlemlnIHRvdCBlbiBt
ZXQgbWFhbmRhZyAxMSBtZWkgMjAyNi4gVXcgZS1tYWlsIHdvcmR0IG5pZXQgYXV0b21hdGlzY2gg
ZG9vcmdlc3R1dXJkLgoKVm9vciBkcmluZ2VuZGUgemFrZW4ga3VudCB1IHRlcmVjaHQgYmlqIG1p
am4gY29sbGVnYSwgbm90YXJpcyBKZXJvZW4gVmFuIEFja2VyIChqZXJvZW4udmFuYWNrZXJAbm90
YXJpcy1kZXdpbGRlLWNsYWV5cy5iZSksIG9mIGJpaiBvbnMgc2VjcmV0YXJpYWF0IG9wIGhldCBu
dW1tZXIgMDkgMjEyIDQ4IDcwLgoKVnJhZ2VuIG92ZXIgem9yZ3ZvbG1hY2h0ZW4sIGxhc3RnZXZp
bmdzb3ZlcmVlbmtvbXN0ZW4gZW4gZGUgcmVnaXN0cmF0aWUgZXJ2YW4gaW4gaGV0IENlbnRyYWFs
IFJlZ2lzdGVyIGt1bnQgdSBvb2sgcmljaHRlbiBhYW4gb256ZSBtZWRld2Vya2VyIGZhbWlsaWFh
bCB2ZXJtb2dlbiwgbWV2cm91dyBTb2ZpZSBNYWVzIChzb2ZpZS5tYWVzQG5vdGFyaXMtZGV3aWxk
ZS1jbGFleXMuYmUpLgoKT3BnZWxldDogd2lqIGJlem9yZ2VuIGdlZW4gYWZzY2hyaWZ0ZW4gdmFu
IGFrdGVuIG9mIHBlcnNvb25zZ2VnZXZlbnMgdmFuIGNsacOrbnRlbiBwZXIgZS1tYWlsIHpvbmRl
ciB2b29yYWZnYWFuZGUgaWRlbnRpdGVpdHNjb250cm9sZS4KCk1ldCB2cmllbmRlbGlqa2UgZ3Jv
ZXRlbiwKCk1yLiBMaWV2ZSBEZSBXaWxkZQpOb3RhcmlzCk5vdGFyaXNrYW50b29yIERlIFdpbGRl
ICYgQ2xhZXlzCktvdXRlcmRyZWVmIDE4LCA5ODMwIFNpbnQtTWFydGVucy1MYXRlbQo=

--_000_PA4PR09MB66207F3C2A81B5D9E4C1A07BD9E12PA4PR09MB6620eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD4KPGJvZHk+PGRpdiBzdHlsZT0iZm9udC1mYW1p
bHk6QXB0b3MsQ2FsaWJyaSxIZWx2ZXRpY2Esc2Fucy1zZXJpZjtmb250LXNpemU6MTFwdDtjb2xv
cjojMDAwMDAwIj4KPHA+R2VhY2h0ZSw8L3A+CjxwPkRhbmsgdSB2b29yIHV3IGJlcmljaHQuIElr
IGJlbiBhZndlemlnIHRvdCBlbiBtZXQgbWFhbmRhZyAxMSBtZWkgMjAyNi4gVXcgZS1tYWlsIHdv
cmR0IG5pZXQgYXV0b21hdGlzY2ggZG9vcmdlc3R1dXJkLjwvcD4KPHA+Vm9vciBkcmluZ2VuZGUg
emFrZW4ga3VudCB1IHRlcmVjaHQgYmlqIG1pam4gY29sbGVnYSwgbm90YXJpcyBKZXJvZW4gVmFu
IEFja2VyIChqZXJvZW4udmFuYWNrZXJAbm90YXJpcy1kZXdpbGRlLWNsYWV5cy5iZSksIG9mIGJp
aiBvbnMgc2VjcmV0YXJpYWF0IG9wIGhldCBudW1tZXIgMDkgMjEyIDQ4IDcwLjwvcD4KPHA+VnJh
Z2VuIG92ZXIgem9yZ3ZvbG1hY2h0ZW4sIGxhc3RnZXZpbmdzb3ZlcmVlbmtvbXN0ZW4gZW4gZGUg
cmVnaXN0cmF0aWUgZXJ2YW4gaW4gaGV0IENlbnRyYWFsIFJlZ2lzdGVyIGt1bnQgdSBvb2sgcmlj
aHRlbiBhYW4gb256ZSBtZWRld2Vya2VyIGZhbWlsaWFhbCB2ZXJtb2dlbiwgbWV2cm91dyBTb2Zp
ZSBNYWVzIChzb2ZpZS5tYWVzQG5vdGFyaXMtZGV3aWxkZS1jbGFleXMuYmUpLjwvcD4KPHA+T3Bn
ZWxldDogd2lqIGJlem9yZ2VuIGdlZW4gYWZzY2hyaWZ0ZW4gdmFuIGFrdGVuIG9mIHBlcnNvb25z
Z2VnZXZlbnMgdmFuIGNsacOrbnRlbiBwZXIgZS1tYWlsIHpvbmRlciB2b29yYWZnYWFuZGUgaWRl
bnRpdGVpdHNjb250cm9sZS48L3A+CjxwPk1ldCB2cmllbmRlbGlqa2UgZ3JvZXRlbiw8YnI+PGJy
Pk1yLiBMaWV2ZSBEZSBXaWxkZTxicj5Ob3RhcmlzPGJyPk5vdGFyaXNrYW50b29yIERlIFdpbGRl
ICZhbXA7IENsYWV5czxicj5Lb3V0ZXJkcmVlZiAxOCwgOTgzMCBTaW50LU1hcnRlbnMtTGF0ZW08
L3A+CjwvZGl2PjwvYm9keT48L2h0bWw+Cg==

--_000_PA4PR09MB66207F3C2A81B5D9E4C1A07BD9E12PA4PR09MB6620eurp_--
'''),
    ('nl', 'justice-of-peace-registry-autoack', 'automated', (),
'''Return-Path: <griffie.vredegerecht@vredegerecht-zeldegem.be>
Received: from smtp2.vredegerecht-zeldegem.be (smtp2.vredegerecht-zeldegem.be [198.51.100.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fP7xD0bLrz6nC8
        for <privacy@shop.example.be>; Mon, 11 May 2026 08:57:44 +0200 (CEST)
From: Griffie Vredegerecht kanton Zeldegem <griffie.vredegerecht@vredegerecht-zeldegem.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Ontvangstbevestiging_=E2=80=93_uw_bericht_aan_de_griffie?=
Date: Mon, 11 May 2026 08:57:41 +0200
Message-ID: <autoreply.20260511065741.48213@vredegerecht-zeldegem.be>
In-Reply-To: <PRV-2026-02105.1.20260511065702@shop.example.be>
Auto-Submitted: auto-replied
Precedence: auto_reply
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

*** Dit is een automatisch bericht. Gelieve niet te antwoorden. ***

Uw e-mail werd goed ontvangen door de griffie van het Vredegerecht van het kanton Zeldegem.

Belangrijk:
- Een e-mail geldt niet als verzoekschrift. Verzoekschriften tot aanstelling of vervanging van een bewindvoerder, en verslagen van bewindvoerders, dient u neer te leggen via het centraal register of ter griffie.
- De griffie verstrekt per e-mail geen inlichtingen over beschermde personen, hun goederen of hun persoonsgegevens aan derden. Vragen van ondernemingen over de bevoegdheid van een bewindvoerder richt u rechtstreeks aan die bewindvoerder; die kan u een afschrift van de beschikking bezorgen.
- Uw bericht wordt behandeld binnen 10 werkdagen. U ontvangt enkel een antwoord indien nodig.

Openingsuren griffie: maandag tot vrijdag van 8.30 tot 12.00 uur.
Adres: Marktplein 3, 9999 Zeldegem – tel. 09 386 21 40.

Verwerking van persoonsgegevens: de gegevens in uw bericht worden verwerkt voor de behandeling van uw vraag en het beheer van het dossier, overeenkomstig de AVG. Meer info: privacyverklaring van de Rechterlijke Orde.
'''),
    ('nl', 'exim-bounce-mailbox-disabled-moved-to-care', 'automated', (),
'''Return-Path: <>
Received: from mailrelay3.kabelnet.be (mailrelay3.kabelnet.be [198.51.100.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fR2cB8wMtz7mF1
        for <privacy@shop.example.be>; Tue, 19 May 2026 14:03:12 +0200 (CEST)
Received: from mail by mailrelay3.kabelnet.be with local (Exim 4.98)
        id 1uQx7K-0003Rb-2L
        for privacy@shop.example.be; Tue, 19 May 2026 14:03:11 +0200
X-Failed-Recipients: jozef.vermeulen@kabelnet.be
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mailrelay3.kabelnet.be>
To: privacy@shop.example.be
References: <PRV-2026-02377.1.20260519120309@shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1779192191-eximdsn-1714636915
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1uQx7K-0003Rb-2L@mailrelay3.kabelnet.be>
Date: Tue, 19 May 2026 14:03:11 +0200

--1779192191-eximdsn-1714636915
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  jozef.vermeulen@kabelnet.be
    host mbox2.kabelnet.be [198.51.100.64]
    SMTP error from remote mail server after RCPT TO:<jozef.vermeulen@kabelnet.be>:
    550 5.2.1 <jozef.vermeulen@kabelnet.be>: mailbox disabled

--1779192191-eximdsn-1714636915
Content-type: message/delivery-status

Reporting-MTA: dns; mailrelay3.kabelnet.be

Action: failed
Final-Recipient: rfc822;jozef.vermeulen@kabelnet.be
Status: 5.0.0
Remote-MTA: dns; mbox2.kabelnet.be
Diagnostic-Code: smtp; 550 5.2.1 <jozef.vermeulen@kabelnet.be>: mailbox disabled

--1779192191-eximdsn-1714636915
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from smtp-out.shop.example.be ([192.0.2.25])
        by mailrelay3.kabelnet.be with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
        (Exim 4.98)
        (envelope-from <privacy@shop.example.be>)
        id 1uQx7J-0003RW-3C
        for jozef.vermeulen@kabelnet.be; Tue, 19 May 2026 14:03:10 +0200
From: Shop Example Privacyteam <privacy@shop.example.be>
To: jozef.vermeulen@kabelnet.be
Subject: Bevestiging: uw klantenkaart werd geblokkeerd op vraag van uw
 bewindvoerder [PRV-2026-02377]
Date: Tue, 19 May 2026 14:03:09 +0200
Message-ID: <PRV-2026-02377.1.20260519120309@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste heer Vermeulen,

Op vraag van uw bewindvoerder, mevrouw An Claes, hebben wij uw klantenkaart 2400 3312 0457 geblokkeerd en uw inschrijving voor de nieuwsbrief stopgezet. Uw gegevens worden niet gewist.

Uw bewindvoerder ontvangt een afschrift van deze bevestiging per brief.

Met vriendelijke groeten,
Het privacyteam van Shop Example BV
privacy@shop.example.be

--1779192191-eximdsn-1714636915--
'''),
    ('nl', 'social-welfare-centre-ticket-registered', 'automated', (),
'''Return-Path: <noreply@sociaalhuis-lindegem.be>
Received: from mail-out.sociaalhuis-lindegem.be (mail-out.sociaalhuis-lindegem.be [203.0.113.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fS9hL3yVwz8qG4
        for <privacy@shop.example.be>; Wed, 27 May 2026 11:18:55 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sociaalhuis-lindegem.be;
        s=mail; t=1779873533; h=from:to:subject:date:message-id:mime-version;
        bh=fT4kW8xN2bQ6mR1cJ9sH3vL7gD0zA5eU8iO2nY6tM4q=;
        b=Kp3mR7xV0bL5mQ2cH8sJ1wF6gD9zA4eU7iO0nY3tM5qX2rV8bL1kC6hS9jW4fD0g
         Z3aE7uI2oP5nM8vB1cX4kL7jH0gF3dS6aQ9wE2rT5yU8iO1pZ4xC7vB0nM3kJ6h==
From: Sociaal Huis Lindegem <noreply@sociaalhuis-lindegem.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BMelding_M2605-1432=5D_Geregistreerd=3A_vraag_over_cli=C3=ABnt?=
 =?utf-8?q?_=E2=80=93_Shop_Example?=
Date: Wed, 27 May 2026 11:18:53 +0200
Message-ID: <M2605-1432.registered.1779873533@zorgdesk.sociaalhuis-lindegem.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: ZorgDesk 8.4 notificaties
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_zd_b7e21c04f9a3"

--=_zd_b7e21c04f9a3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Beste,

Uw bericht aan het Sociaal Huis Lindegem (OCMW) werd geregistreerd onder me=
ldingsnummer M2605-1432.

Onderwerp: vraag over cli=C3=ABnt =E2=80=93 Shop Example
Behandelende dienst: Algemeen Maatschappelijk Werk =E2=80=93 budgetbegeleid=
ing en bewindvoering
Status: nieuw

Een maatschappelijk werker neemt binnen 5 werkdagen contact met u op als da=
t nodig is. Vermeld het meldingsnummer bij verdere contacten.

Let op: het Sociaal Huis deelt geen persoonsgegevens van cli=C3=ABnten met =
derden zonder schriftelijke toestemming van de cli=C3=ABnt of van diens bew=
indvoerder. Vragen om inzage, verbetering of verwijdering van gegevens die =
het Sociaal Huis zelf verwerkt, richt u aan onze functionaris voor gegevens=
bescherming: dpo@sociaalhuis-lindegem.be.

Meer info over hoe wij met uw persoonsgegevens omgaan vindt u in onze priva=
cyverklaring op www.sociaalhuis-lindegem.be/privacy.

Dit is een automatisch gegenereerd bericht. Antwoorden op dit adres worden =
niet gelezen.

Sociaal Huis Lindegem =E2=80=93 Kerkstraat 41, 9998 Lindegem =E2=80=93 09 2=
47 60 00
--=_zd_b7e21c04f9a3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#222=
">
<p>Beste,</p>
<p>Uw bericht aan het Sociaal Huis Lindegem (OCMW) werd geregistreerd onder=
 meldingsnummer <b>M2605-1432</b>.</p>
<table style=3D"border-collapse:collapse;font-size:14px">
<tr><td style=3D"padding:2px 12px 2px 0;color:#666">Onderwerp</td><td>vraag=
 over cli=C3=ABnt =E2=80=93 Shop Example</td></tr>
<tr><td style=3D"padding:2px 12px 2px 0;color:#666">Behandelende dienst</td=
><td>Algemeen Maatschappelijk Werk =E2=80=93 budgetbegeleiding en bewindvoe=
ring</td></tr>
<tr><td style=3D"padding:2px 12px 2px 0;color:#666">Status</td><td>nieuw</t=
d></tr>
</table>
<p>Een maatschappelijk werker neemt binnen 5 werkdagen contact met u op als=
 dat nodig is. Vermeld het meldingsnummer bij verdere contacten.</p>
<p style=3D"font-size:12px;color:#555">Let op: het Sociaal Huis deelt geen =
persoonsgegevens van cli=C3=ABnten met derden zonder schriftelijke toestemm=
ing van de cli=C3=ABnt of van diens bewindvoerder. Vragen om inzage, verbet=
ering of verwijdering van gegevens die het Sociaal Huis zelf verwerkt, rich=
t u aan onze functionaris voor gegevensbescherming: dpo@sociaalhuis-lindege=
m.be. <a href=3D"https://www.sociaalhuis-lindegem.be/privacy">Privacyverkla=
ring</a></p>
<p style=3D"font-size:12px;color:#888">Dit is een automatisch gegenereerd b=
ericht. Antwoorden op dit adres worden niet gelezen.</p>
</body></html>
--=_zd_b7e21c04f9a3--
'''),
    ('nl', 'son-one-line-forward-newsletter-dementia', 'withdraw_consent', (),
'''Return-Path: <kris.lemmens84@gmail.com>
Received: from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fT4nQ6aXyz9rH7
        for <privacy@shop.example.be>; Sat, 6 Jun 2026 22:41:37 +0200 (CEST)
Received: by mail-wr1-f52.google.com with SMTP id ffacd0b85a97d-3a4f71c2e05so1187245f8f.1
        for <privacy@shop.example.be>; Sat, 06 Jun 2026 13:41:36 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1780778496; x=1781383296; darn=shop.example.be;
        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject
         :date:message-id:reply-to;
        bh=W3nX7kP1vQ5mB9cR2sL6hJ0gF4dZ8aE1uI5oT3yN7wM=;
        b=Jm5pQ9xL2vN7bK4cH1sR8wF3gD6zA0eU9iO2nY5tM8qX1rV4bL7kC2hS5jW0fD3g
         Z6aE1uI4oP7nM0vB3cX6kL9jH2gF5dS8aQ1wE4rT7yU0iO3pZ6xC9vB2nM5kJ8h==
MIME-Version: 1.0
From: Kris Lemmens <kris.lemmens84@gmail.com>
Date: Sat, 6 Jun 2026 22:41:24 +0200
Message-ID: <CAJ8pQx2mV7kR4nW1bT9cL3sH6fD0gZ5aE8uI2oP_9nM4vB1cX@mail.gmail.com>
Subject: =?utf-8?q?Fwd=3A_Enkel_dit_weekend=3A_-40=25_op_alles_met_je_klantenkaart!?=
 =?utf-8?q?_=F0=9F=9B=8D=EF=B8=8F?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000005a1c7e0613f2b8d4"

--0000000000005a1c7e0613f2b8d4
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Kan dit aub stoppen. Pa heeft dementie en bestelt alles wat hij ziet, geen =
mails of sms meer naar hem aub. Frans Lemmens, klantenkaart 2400 1187 3365

---------- Forwarded message ---------
Van: Shop Example <nieuwsbrief@news.shop.example.be>
Date: za 6 jun 2026 om 09:00
Subject: Enkel dit weekend: -40% op alles met je klantenkaart! =F0=9F=9B=8D=
=EF=B8=8F
To: <frans.lemmens@kabelnet.be>


Dag Frans,

Enkel dit weekend: -40% op ALLES met je klantenkaart, online en in de winke=
l. Je hebt 1.240 punten klaarstaan!

SHOP NU

Gratis levering vanaf =E2=82=AC 30. Bekijk de voorwaarden op shop.example.b=
e.

Je ontvangt deze e-mail omdat je je hebt ingeschreven voor de nieuwsbrief v=
an Shop Example. Uitschrijven | Voorkeuren beheren | Privacyverklaring
Shop Example BV, Voorbeeldlaan 1, 1000 Brussel

--0000000000005a1c7e0613f2b8d4
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"auto">Kan dit aub stoppen. Pa heeft dementie en bestelt alles w=
at hij ziet, geen mails of sms meer naar hem aub. Frans Lemmens, klantenkaa=
rt 2400 1187 3365</div><br><div class=3D"gmail_quote gmail_quote_container"=
><div dir=3D"ltr" class=3D"gmail_attr">---------- Forwarded message -------=
--<br>Van: <b class=3D"gmail_sendername" dir=3D"auto">Shop Example</b> <spa=
n dir=3D"auto">&lt;<a href=3D"mailto:nieuwsbrief@news.shop.example.be">nieu=
wsbrief@news.shop.example.be</a>&gt;</span><br>Date: za 6 jun 2026 om 09:00=
<br>Subject: Enkel dit weekend: -40% op alles met je klantenkaart! =F0=9F=
=9B=8D=EF=B8=8F<br>To: &lt;<a href=3D"mailto:frans.lemmens@kabelnet.be">fra=
ns.lemmens@kabelnet.be</a>&gt;<br></div><br><br><div><p>Dag Frans,</p><p>En=
kel dit weekend: -40% op ALLES met je klantenkaart, online en in de winkel.=
 Je hebt 1.240 punten klaarstaan!</p><p><a href=3D"https://news.shop.exampl=
e.be/c/8812">SHOP NU</a></p><p style=3D"font-size:11px">Je ontvangt deze e-=
mail omdat je je hebt ingeschreven voor de nieuwsbrief van Shop Example. Ui=
tschrijven | Voorkeuren beheren | Privacyverklaring<br>Shop Example BV, Voo=
rbeeldlaan 1, 1000 Brussel</p></div></div>

--0000000000005a1c7e0613f2b8d4--
'''),
    ('fr', 'exchange-ooo-cpas-social-worker', 'automated', (),
'''Return-Path: <>
Received: from mail.cpas-fontaine-lez-sambre.be (mail.cpas-fontaine-lez-sambre.be [203.0.113.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fV0dP2gNcz1sJ3
        for <privacy@shop.example.be>; Wed, 8 Jul 2026 09:06:41 +0200 (CEST)
Received: from EXCH01.cpas.local (10.12.0.21) by EXCH01.cpas.local
 (10.12.0.21) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; Wed, 8 Jul
 2026 09:06:40 +0200
From: =?iso-8859-1?q?Delphine_Marchal?= <delphine.marchal@cpas-fontaine-lez-sambre.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?q?R=E9ponse_automatique_=3A_Demande_d=27information_-_Madame_?=
 =?iso-8859-1?q?Lucienne_Gobert?=
Thread-Topic: =?iso-8859-1?q?Demande_d=27information_-_Madame_Lucienne_Gobert?=
Thread-Index: AQHc7Fq2Xk0dJm9bR1eT4wLcV8sNpg==
Date: Wed, 8 Jul 2026 09:06:40 +0200
Message-ID: <a81c3e0f4b9d4f2e8c61d07b5e3a9f12@EXCH01.cpas.local>
In-Reply-To: <PRV-2026-03870.1.20260708070612@shop.example.be>
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Transport-FromEntityHeader: Hosted
Content-Language: fr-BE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bonjour,

Je suis absente du lundi 6 juillet au vendredi 17 juillet 2026 inclus. Pend=
ant mon absence, vos messages ne seront ni lus ni transf=E9r=E9s.

Pour toute urgence concernant un b=E9n=E9ficiaire (aide =E0 domicile, reven=
u d'int=E9gration, administration de biens), veuillez contacter ma coll=E8g=
ue Madame Nadia Bensa=EFd, assistante sociale, au 071 98 76 54 ou =E0 l'adr=
esse nadia.bensaid@cpas-fontaine-lez-sambre.be.

Les demandes relatives aux donn=E9es =E0 caract=E8re personnel de nos b=E9n=
=E9ficiaires doivent =EAtre adress=E9es =E0 notre d=E9l=E9gu=E9 =E0 la prot=
ection des donn=E9es : dpo@cpas-fontaine-lez-sambre.be. Aucune information =
concernant un b=E9n=E9ficiaire n'est communiqu=E9e sans son accord =E9crit =
ou celui de son administrateur.

Cordialement,

Delphine Marchal
Assistante sociale - Service social g=E9n=E9ral
CPAS de Fontaine-lez-Sambre
Rue de la Station 22 - 6999 Fontaine-lez-Sambre
'''),
    ('fr', 'outlook-read-receipt-court-appointed-administrator', 'automated', (),
'''Return-Path: <s.lambotte@avocats-lambotte.be>
Received: from smtp.avocats-lambotte.be (smtp.avocats-lambotte.be [198.51.100.117])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fW5gR7kQfz2tL6
        for <privacy@shop.example.be>; Tue, 2 Jun 2026 10:47:09 +0200 (CEST)
From: =?iso-8859-1?q?Ma=EEtre_Sophie_Lambotte?= <s.lambotte@avocats-lambotte.be>
To: =?iso-8859-1?q?Shop_Example_-_Protection_de_la_vie_priv=E9e?= <privacy@shop.example.be>
Subject: =?iso-8859-1?q?Lu_=3A_Votre_demande_concernant_les_donn=E9es_de_M=2E_Raymo?=
 =?iso-8859-1?q?nd_Leclercq_=28administration_de_biens=29?=
Date: Tue, 2 Jun 2026 10:47:03 +0200
Message-ID: <000001dcf2a7$4b1e9c30$e15bd490$@avocats-lambotte.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="----=_NextPart_000_0004_01DCF2B8.0EA76C30"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHc8qZ3bW5k0yRc7UmT2xN9aLq4Fg==
Content-Language: fr-be

This is a multi-part message in MIME format.

------=_NextPart_000_0004_01DCF2B8.0EA76C30
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C0 : Ma=EEtre Sophie Lambotte
  Objet : Votre demande concernant les donn=E9es de M. Raymond Leclercq (ad=
ministration de biens)
  Envoy=E9 : mardi 2 juin 2026 10:12:44 (UTC+01:00) Bruxelles, Copenhague, =
Madrid, Paris

a =E9t=E9 lu le mardi 2 juin 2026 10:47:03 (UTC+01:00) Bruxelles, Copenhagu=
e, Madrid, Paris.

------=_NextPart_000_0004_01DCF2B8.0EA76C30
Content-Type: message/disposition-notification

Reporting-UA: LAMBOTTE-PC03; Microsoft Outlook 16.0
Final-Recipient: rfc822;s.lambotte@avocats-lambotte.be
Original-Message-ID: <PRV-2026-03102.2.20260602081244@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0004_01DCF2B8.0EA76C30--
'''),
    ('fr', 'hospital-message-for-patient-service-ack', 'automated', (),
'''Return-Path: <ne-pas-repondre@clinique-fagnes.be>
Received: from web04.clinique-fagnes.be (web04.clinique-fagnes.be [203.0.113.204])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fX2hS8mRgz3uM9
        for <privacy@shop.example.be>; Fri, 12 Jun 2026 15:30:27 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=clinique-fagnes.be;
        s=web; t=1781271026; h=Date:To:From:Subject:Message-ID:MIME-Version:Content-Type;
        bh=nR6kX0vP4mQ8cB2sL5hJ9gF3dZ7aE1uI4oT6yN0wM2k=;
        b=Lq8mS2xV5bL0mR7cH3sJ6wF1gD4zA9eU2iO5nY8tM1qX7rV0bL3kC8hS1jW6fD9g
         Z2aE5uI8oP1nM4vB7cX0kL3jH6gF9dS2aQ5wE8rT1yU4iO7pZ0xC3vB6nM9kJ2h==
Date: Fri, 12 Jun 2026 15:30:26 +0200
To: privacy@shop.example.be
From: =?utf-8?q?Clinique_des_Fagnes_=E2=80=93_Un_message_pour_un_patient?= <ne-pas-repondre@clinique-fagnes.be>
Subject: =?utf-8?q?Votre_message_a_=C3=A9t=C3=A9_re=C3=A7u_=E2=80=93_r=C3=A9f=2E_MP?=
 =?utf-8?q?-260612-0937?=
Message-ID: <Zm9yUGF0aWVudDA5Mzc@web04.clinique-fagnes.be>
X-Mailer: PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="b1=_Zm9yUGF0aWVudDA5MzdAd2ViMDQ"
Content-Transfer-Encoding: 8bit

This is a multi-part message in MIME format.
--b1=_Zm9yUGF0aWVudDA5MzdAd2ViMDQ
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.

Votre message destin=C3=A9 =C3=A0 un patient hospitalis=C3=A9 a bien =C3=A9=
t=C3=A9 re=C3=A7u par le service =C2=AB Un message pour un patient =C2=BB (=
r=C3=A9f=C3=A9rence MP-260612-0937).

Il sera imprim=C3=A9 et remis au patient sous enveloppe ferm=C3=A9e par un =
membre du personnel dans les 24 heures ouvrables. Les pi=C3=A8ces jointes, =
liens et images ne sont pas transmis. Si le patient a quitt=C3=A9 la cliniq=
ue, votre message est d=C3=A9truit et vous n'en =C3=AAtes pas inform=C3=A9.

Ce service n'est pas destin=C3=A9 aux demandes administratives, m=C3=A9dica=
les ou de facturation, ni aux courriers d'entreprises : le personnel soigna=
nt ne lit pas ces messages et ne peut pas y r=C3=A9pondre au nom du patient=
. Pour toute question concernant les donn=C3=A9es d'un patient, adressez-vo=
us au d=C3=A9l=C3=A9gu=C3=A9 =C3=A0 la protection des donn=C3=A9es de la cl=
inique (dpo@clinique-fagnes.be).

Protection des donn=C3=A9es : votre adresse e-mail et votre message sont tr=
ait=C3=A9s uniquement pour la remise au patient, puis supprim=C3=A9s 30 jou=
rs apr=C3=A8s sa sortie, conform=C3=A9ment au RGPD.

Clinique des Fagnes =E2=80=93 Avenue des M=C3=A9l=C3=A8zes 7 =E2=80=93 4999=
 Hautes-Fagnes

--b1=_Zm9yUGF0aWVudDA5MzdAd2ViMDQ
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!doctype html><html lang=3D"fr"><body style=3D"font-family:Verdana,sans-se=
rif;font-size:14px;color:#1d3b2a">
<p><em>Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.</e=
m></p>
<p>Votre message destin=C3=A9 =C3=A0 un patient hospitalis=C3=A9 a bien =C3=
=A9t=C3=A9 re=C3=A7u par le service <strong>=C2=AB Un message pour un patie=
nt =C2=BB</strong> (r=C3=A9f=C3=A9rence MP-260612-0937).</p>
<p>Il sera imprim=C3=A9 et remis au patient sous enveloppe ferm=C3=A9e par =
un membre du personnel dans les 24 heures ouvrables. Les pi=C3=A8ces jointe=
s, liens et images ne sont pas transmis. Si le patient a quitt=C3=A9 la cli=
nique, votre message est d=C3=A9truit et vous n'en =C3=AAtes pas inform=C3=
=A9.</p>
<p>Ce service n'est pas destin=C3=A9 aux demandes administratives, m=C3=A9d=
icales ou de facturation, ni aux courriers d'entreprises&nbsp;: le personne=
l soignant ne lit pas ces messages et ne peut pas y r=C3=A9pondre au nom du=
 patient. Pour toute question concernant les donn=C3=A9es d'un patient, adr=
essez-vous au d=C3=A9l=C3=A9gu=C3=A9 =C3=A0 la protection des donn=C3=A9es =
de la clinique (dpo@clinique-fagnes.be).</p>
<p style=3D"font-size:11px;color:#6b7f72">Protection des donn=C3=A9es&nbsp;=
: votre adresse e-mail et votre message sont trait=C3=A9s uniquement pour l=
a remise au patient, puis supprim=C3=A9s 30 jours apr=C3=A8s sa sortie, con=
form=C3=A9ment au RGPD.<br>Clinique des Fagnes =E2=80=93 Avenue des M=C3=A9=
l=C3=A8zes 7 =E2=80=93 4999 Hautes-Fagnes</p>
</body></html>

--b1=_Zm9yUGF0aWVudDA5MzdAd2ViMDQ--
'''),
    ('fr', 'neighbour-types-for-lady-new-address-large-print', 'correction', (),
'''Return-Path: <christian.lejeune@skyweb-mail.be>
Received: from smtp.skyweb-mail.be (smtp.skyweb-mail.be [198.51.100.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fY7jT0nShz4vN2
        for <privacy@shop.example.be>; Thu, 19 Feb 2026 16:22:50 +0100 (CET)
Received: from [192.168.1.23] (ip-203-0-113-58.skyweb-mail.be [203.0.113.58])
        (Authenticated sender: christian.lejeune@skyweb-mail.be)
        by smtp.skyweb-mail.be (Postfix) with ESMTPSA id 3F9A2C01B4
        for <privacy@shop.example.be>; Thu, 19 Feb 2026 16:22:49 +0100 (CET)
Message-ID: <5d8e1f3a-2b7c-4e90-a6d4-9c0b1e7f2a38@skyweb-mail.be>
Date: Thu, 19 Feb 2026 16:22:48 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?utf-8?q?Re=3A_=5BDemande_=2348213=5D_Accus=C3=A9_de_r=C3=A9ception_autom?=
 =?utf-8?q?atique_=E2=80=93_Service_vie_priv=C3=A9e?=
To: privacy@shop.example.be
References: <ack-48213.20260212130301@shop.example.be>
In-Reply-To: <ack-48213.20260212130301@shop.example.be>
Content-Language: fr
From: Christian Lejeune <christian.lejeune@skyweb-mail.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Bonjour,

Je vous écris pour Madame Germaine Wauters, ma voisine. Elle est assise à côté de moi et elle est d'accord, elle n'a pas d'ordinateur et elle voit très mal.

Depuis le mois de mars de l'an passé elle habite à la maison de repos. Chez vous son adresse est toujours l'ancienne (rue des Glycines 9 à Jambes) et les lettres pour sa carte de fidélité partent encore là-bas, elle ne les reçoit plus. Pouvez-vous mettre la nouvelle adresse :

Madame Germaine Wauters
Résidence Les Tilleuls, chambre 12
Rue du Moulin 4
5999 Wépion-sur-Meuse

Son numéro de carte est le 2400 5521 0983 et sa date de naissance le 3 avril 1936.

Et s'il vous plaît, répondez-lui par lettre en GRANDS caractères, pas par e-mail, elle ne lit pas les e-mails. Merci beaucoup.

Pour Madame Wauters,
Christian Lejeune (voisin)
0479 12 34 56


Le 12/02/2026 à 14:03, Shop Example - Service vie privée a écrit :
> Ceci est un accusé de réception automatique. Merci de ne pas répondre à
> ce message.
>
> Nous avons bien reçu votre demande, enregistrée sous le numéro 48213.
> Notre équipe y répondra dans un délai d'un mois. Pour des raisons de
> sécurité, nous pourrons vous demander de confirmer votre identité.
>
> Service vie privée – Shop Example BV
> privacy@shop.example.be
'''),
    ('de', 'guardianship-court-mailroom-autoack', 'automated', (),
'''Return-Path: <poststelle@ag-kaltenbrunn.justiz.example.de>
Received: from mgw2.justiz.example.de (mgw2.justiz.example.de [203.0.113.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fZ3kU1pTiz5wP5
        for <privacy@shop.example.be>; Tue, 23 Jun 2026 08:41:36 +0200 (CEST)
Received: from vmail07.justiz.example.de (10.40.7.17) by mgw2.justiz.example.de
        with ESMTP; Tue, 23 Jun 2026 08:41:35 +0200
From: Poststelle Amtsgericht Kaltenbrunn <poststelle@ag-kaltenbrunn.justiz.example.de>
To: privacy@shop.example.be
Subject: =?iso-8859-15?q?Automatische_Eingangsbest=E4tigung=3A_AW=3A_Anfrage_zur_Be?=
 =?iso-8859-15?q?treuung_von_Herrn_Walter_K=FChn?=
Date: Tue, 23 Jun 2026 08:41:35 +0200
Message-ID: <eb.20260623084135.77120@ag-kaltenbrunn.justiz.example.de>
In-Reply-To: <PRV-2026-03355.2.20260623064102@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="ISO-8859-15"
Content-Transfer-Encoding: quoted-printable

Dies ist eine automatisch erzeugte Eingangsbest=E4tigung. Bitte antworten S=
ie nicht auf diese Nachricht.

Ihre E-Mail ist am 23.06.2026 um 08:41 Uhr bei der Poststelle des Amtsgeric=
hts Kaltenbrunn eingegangen und wird an die zust=E4ndige Abteilung weiterge=
leitet.

Bitte beachten Sie:

1. Die Einreichung von Antr=E4gen und Schrifts=E4tzen per einfacher E-Mail =
ist nicht zul=E4ssig und wahrt keine Fristen. Nutzen Sie hierf=FCr den elek=
tronischen Rechtsverkehr (beA, beBPo, EGVP, Mein Justizpostfach) oder den P=
ostweg.

2. Betreuungssachen: Ausk=FCnfte =FCber Betreute, den Umfang einer Betreuun=
g oder die Person des Betreuers erteilt das Betreuungsgericht nur an Verfah=
rensbeteiligte oder bei Darlegung eines berechtigten Interesses. Unternehme=
n, die die Vertretungsbefugnis eines Betreuers pr=FCfen m=F6chten, wenden s=
ich bitte an den Betreuer; dieser kann sich durch seinen Betreuerausweis le=
gitimieren.

3. Eine Bearbeitung oder Beantwortung Ihrer E-Mail durch die Poststelle erf=
olgt nicht.

Informationen zur Verarbeitung personenbezogener Daten nach Art. 13 und 14 =
DSGVO finden Sie auf der Internetseite des Amtsgerichts unter "Datenschutz".

Amtsgericht Kaltenbrunn - Poststelle -
Schlossplatz 2, 99999 Kaltenbrunn
'''),
    ('de', 'dovecot-vacation-professional-guardian', 'automated', (),
'''Return-Path: <>
Received: from mail.betreuungsbuero-rehberg-voss.example.de (mail.betreuungsbuero-rehberg-voss.example.de [198.51.100.170])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fa8mV4rUjz6xQ8
        for <privacy@shop.example.be>; Mon, 27 Jul 2026 13:12:04 +0200 (CEST)
Received: from mail.betreuungsbuero-rehberg-voss.example.de
        by mail.betreuungsbuero-rehberg-voss.example.de with LMTP
        id 0Hk3Jg+3pGqZBQAA7xT2cA
        (envelope-from <>); Mon, 27 Jul 2026 13:12:03 +0200
Message-ID: <dovecot-sieve-1785150723-847261-0@mail.betreuungsbuero-rehberg-voss.example.de>
Date: Mon, 27 Jul 2026 13:12:03 +0200
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
From: Thomas Voss <t.voss@betreuungsbuero-rehberg-voss.example.de>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Abwesenheitsnotiz=3A_Ihr_Schreiben_zum_Kundenkonto_von_Frau_Ilse?=
 =?utf-8?q?_Br=C3=A4uer?=
In-Reply-To: <PRV-2026-04018.1.20260727111158@shop.example.be>
References: <PRV-2026-04018.1.20260727111158@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Montag, 10. August 2026, nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Betreuungsangelegenheiten wenden Sie sich bitte an meine Vertreterin, Frau Dipl.-Soz.Päd. Anke Rehberg, Tel. 0999 4471-20, a.rehberg@betreuungsbuero-rehberg-voss.example.de.

Banken, Versandhändler und andere Unternehmen bitte ich, Kündigungen, Vertragsänderungen und Auskünfte zu den Daten meiner Betreuten schriftlich per Post zu senden. Bitte übermitteln Sie keine Gesundheitsdaten oder sonstigen personenbezogenen Daten meiner Betreuten unverschlüsselt per E-Mail.

Mit freundlichen Grüßen
Thomas Voss
Berufsbetreuer
Betreuungsbüro Rehberg & Voss
'''),
    ('de', 'savings-bank-fraud-prevention-case-notice', 'automated', (),
'''Return-Path: <bounce-7781@noreply.sparkasse-hollerbach.example.de>
Received: from mo6.noreply.sparkasse-hollerbach.example.de (mo6.noreply.sparkasse-hollerbach.example.de [203.0.113.226])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fb1nW5sVkz7yR1
        for <privacy@shop.example.be>; Thu, 30 Jul 2026 10:55:48 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=noreply.sparkasse-hollerbach.example.de; s=spk1; t=1785401746;
        h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
        bh=Tz8kY2vQ6mR0cB4sL7hJ1gF5dZ9aE3uI6oT8yN2wM4p=;
        b=Mr9nT3xW6bL1mS8cH4sJ7wF2gD5zA0eU3iO6nY9tM2qX8rV1bL4kC9hS2jW7fD0g
         Z3aE6uI9oP2nM5vB8cX1kL4jH7gF0dS3aQ6wE9rT2yU5iO8pZ1xC4vB7nM0kJ3h==
From: =?utf-8?q?Sparkasse_Hollerbach_=E2=80=93_Betrugspr=C3=A4vention?= <noreply-betrug@noreply.sparkasse-hollerbach.example.de>
To: privacy@shop.example.be
Subject: =?utf-8?q?Ihre_Nachricht_zu_einem_m=C3=B6glichen_Betrugsfall_=E2=80=93_Vor?=
 =?utf-8?q?gangsnummer_BP-2026-0730-3391?=
Date: Thu, 30 Jul 2026 10:55:46 +0200
Message-ID: <BP-2026-0730-3391.eingang@noreply.sparkasse-hollerbach.example.de>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="spk-mime-3f7a91c2e08d"

--spk-mime-3f7a91c2e08d
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

R3V0ZW4gVGFnLAoKdmllbGVuIERhbmsgZsO8ciBJaHJlIE5hY2hyaWNodCBhbiBkYXMgVGVhbSBC
ZXRydWdzcHLDpHZlbnRpb24gZGVyIFNwYXJrYXNzZSBIb2xsZXJiYWNoLiBJaHIgQW5saWVnZW4g
d3VyZGUgdW50ZXIgZGVyIFZvcmdhbmdzbnVtbWVyIEJQLTIwMjYtMDczMC0zMzkxIGVyZmFzc3Qu
CgpCaXR0ZSBiZWFjaHRlbiBTaWU6IEF1ZmdydW5kIGRlcyBCYW5rZ2VoZWltbmlzc2VzIHVuZCBk
ZXIgVm9yc2NocmlmdGVuIHp1bSBEYXRlbnNjaHV0eiBkw7xyZmVuIHdpciBEcml0dGVuIOKAkyBh
dWNoIFVudGVybmVobWVuLCBBbmdlaMO2cmlnZW4gb2RlciBQZmxlZ2VkaWVuc3RlbiDigJMga2Vp
bmUgQXVza3VuZnQgw7xiZXIgS29udGVuLCBVbXPDpHR6ZSwgS2FydGVuIG9kZXIgcGVyc29uZW5i
ZXpvZ2VuZSBEYXRlbiB1bnNlcmVyIEt1bmRpbm5lbiB1bmQgS3VuZGVuIGVydGVpbGVuLiBFaW5l
IEF1c2t1bmZ0IGlzdCBudXIgbWl0IEVpbndpbGxpZ3VuZyBkZXIgS3VuZGluIGJ6dy4gZGVzIEt1
bmRlbiwgbWl0IGVpbmVyIGJlaSB1bnMgaGludGVybGVndGVuIFZvbGxtYWNodCBvZGVyIGdlZ2Vu
w7xiZXIgZWluZXIgZ2VyaWNodGxpY2ggYmVzdGVsbHRlbiBCZXRyZXVlcmluIGJ6dy4gZWluZW0g
QmV0cmV1ZXIgbcO2Z2xpY2guCgpJc3QgZWluZSBLdW5kaW4gb2RlciBlaW4gS3VuZGUgT3BmZXIg
ZWluZXMgVGVsZWZvbmJldHJ1Z3MgZ2V3b3JkZW4gKHouIEIuICJFbmtlbHRyaWNrIiwgZmFsc2No
ZSBQb2xpemVpYmVhbXRlLCBmYWxzY2hlIEJhbmttaXRhcmJlaXRlciksIHNvbGx0ZW4gS2FydGVu
IHVuZCBPbmxpbmUtQmFua2luZyBzb2ZvcnQgZ2VzcGVycnQgd2VyZGVuOiBTcGVyci1Ob3RydWYg
MTE2IDExNiAocnVuZCB1bSBkaWUgVWhyKS4gRXJzdGF0dGVuIFNpZSBhdcOfZXJkZW0gQW56ZWln
ZSBiZWkgZGVyIFBvbGl6ZWkuCgpXaXIgbWVsZGVuIHVucyBudXIsIGZhbGxzIHdpciB3ZWl0ZXJl
IEluZm9ybWF0aW9uZW4gYmVuw7Z0aWdlbi4KCkRpZXNlIEUtTWFpbCB3dXJkZSBhdXRvbWF0aXNj
aCBlcnN0ZWxsdC4gQW50d29ydGVuIGFuIGRpZXNlIEFkcmVzc2Ugd2VyZGVuIG5pY2h0IGdlbGVz
ZW4uCgpNaXQgZnJldW5kbGljaGVuIEdyw7zDn2VuCklocmUgU3Bhcmthc3NlIEhvbGxlcmJhY2gK
VGVhbSBCZXRydWdzcHLDpHZlbnRpb24KClNwYXJrYXNzZSBIb2xsZXJiYWNoLCBBbnN0YWx0IGRl
cyDDtmZmZW50bGljaGVuIFJlY2h0cywgTWFya3RzdHJhw59lIDEsIDk5OTk4IEhvbGxlcmJhY2gu
IERhdGVuc2NodXR6aGlud2Vpc2U6IHd3dy5zcGFya2Fzc2UtaG9sbGVyYmFjaC5leGFtcGxlLmRl
L2RhdGVuc2NodXR6Cg==
--spk-mime-3f7a91c2e08d
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLEhlbHZldGljYSxzYW5zLXNlcmlm
O2ZvbnQtc2l6ZToxNHB4O2NvbG9yOiMwMDAiPgo8ZGl2IHN0eWxlPSJiYWNrZ3JvdW5kOiNmZjAw
MDA7Y29sb3I6I2ZmZjtwYWRkaW5nOjEwcHggMTZweDtmb250LXdlaWdodDpib2xkIj5TcGFya2Fz
c2UgSG9sbGVyYmFjaDwvZGl2Pgo8cD5HdXRlbiBUYWcsPC9wPgo8cD52aWVsZW4gRGFuayBmw7xy
IElocmUgTmFjaHJpY2h0IGFuIGRhcyBUZWFtIEJldHJ1Z3NwcsOkdmVudGlvbiBkZXIgU3Bhcmth
c3NlIEhvbGxlcmJhY2guIElociBBbmxpZWdlbiB3dXJkZSB1bnRlciBkZXIgVm9yZ2FuZ3NudW1t
ZXIgPGI+QlAtMjAyNi0wNzMwLTMzOTE8L2I+IGVyZmFzc3QuPC9wPgo8cD5CaXR0ZSBiZWFjaHRl
biBTaWU6IEF1ZmdydW5kIGRlcyBCYW5rZ2VoZWltbmlzc2VzIHVuZCBkZXIgVm9yc2NocmlmdGVu
IHp1bSBEYXRlbnNjaHV0eiBkw7xyZmVuIHdpciBEcml0dGVuIOKAkyBhdWNoIFVudGVybmVobWVu
LCBBbmdlaMO2cmlnZW4gb2RlciBQZmxlZ2VkaWVuc3RlbiDigJMga2VpbmUgQXVza3VuZnQgw7xi
ZXIgS29udGVuLCBVbXPDpHR6ZSwgS2FydGVuIG9kZXIgcGVyc29uZW5iZXpvZ2VuZSBEYXRlbiB1
bnNlcmVyIEt1bmRpbm5lbiB1bmQgS3VuZGVuIGVydGVpbGVuLiBFaW5lIEF1c2t1bmZ0IGlzdCBu
dXIgbWl0IEVpbndpbGxpZ3VuZyBkZXIgS3VuZGluIGJ6dy4gZGVzIEt1bmRlbiwgbWl0IGVpbmVy
IGJlaSB1bnMgaGludGVybGVndGVuIFZvbGxtYWNodCBvZGVyIGdlZ2Vuw7xiZXIgZWluZXIgZ2Vy
aWNodGxpY2ggYmVzdGVsbHRlbiBCZXRyZXVlcmluIGJ6dy4gZWluZW0gQmV0cmV1ZXIgbcO2Z2xp
Y2guPC9wPgo8cD5Jc3QgZWluZSBLdW5kaW4gb2RlciBlaW4gS3VuZGUgT3BmZXIgZWluZXMgVGVs
ZWZvbmJldHJ1Z3MgZ2V3b3JkZW4gKHouJm5ic3A7Qi4gJmJkcXVvO0Vua2VsdHJpY2smbGRxdW87
LCBmYWxzY2hlIFBvbGl6ZWliZWFtdGUsIGZhbHNjaGUgQmFua21pdGFyYmVpdGVyKSwgc29sbHRl
biBLYXJ0ZW4gdW5kIE9ubGluZS1CYW5raW5nIHNvZm9ydCBnZXNwZXJydCB3ZXJkZW46IDxiPlNw
ZXJyLU5vdHJ1ZiAxMTYgMTE2PC9iPiAocnVuZCB1bSBkaWUgVWhyKS4gRXJzdGF0dGVuIFNpZSBh
dcOfZXJkZW0gQW56ZWlnZSBiZWkgZGVyIFBvbGl6ZWkuPC9wPgo8cD5XaXIgbWVsZGVuIHVucyBu
dXIsIGZhbGxzIHdpciB3ZWl0ZXJlIEluZm9ybWF0aW9uZW4gYmVuw7Z0aWdlbi48L3A+CjxwIHN0
eWxlPSJjb2xvcjojNjY2O2ZvbnQtc2l6ZToxMnB4Ij5EaWVzZSBFLU1haWwgd3VyZGUgYXV0b21h
dGlzY2ggZXJzdGVsbHQuIEFudHdvcnRlbiBhbiBkaWVzZSBBZHJlc3NlIHdlcmRlbiBuaWNodCBn
ZWxlc2VuLjxicj5TcGFya2Fzc2UgSG9sbGVyYmFjaCwgQW5zdGFsdCBkZXMgw7ZmZmVudGxpY2hl
biBSZWNodHMsIE1hcmt0c3RyYcOfZSAxLCA5OTk5OCBIb2xsZXJiYWNoLiA8YSBocmVmPSJodHRw
czovL3d3dy5zcGFya2Fzc2UtaG9sbGVyYmFjaC5leGFtcGxlLmRlL2RhdGVuc2NodXR6Ij5EYXRl
bnNjaHV0emhpbndlaXNlPC9hPjwvcD4KPC9ib2R5PjwvaHRtbD4K
--spk-mime-3f7a91c2e08d--
'''),
    ('de', 'blind-customer-dictated-reply-export-unreadable', 'access', (),
'''Return-Path: <h.brandstetter@postnetz-mail.example.de>
Received: from mout.postnetz-mail.example.de (mout.postnetz-mail.example.de [198.51.100.35])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fc4pX6tWmz8zS4
        for <privacy@shop.example.be>; Mon, 7 Sep 2026 17:34:29 +0200 (CEST)
Received: from BRANDSTETTER-PC ([192.0.2.77]) by mrelay.postnetz-mail.example.de
        (mreue010) with ESMTPSA (Nemesis) id 1MzQkP-1sT3Hx0Kqv-00vB7c for
        <privacy@shop.example.be>; Mon, 07 Sep 2026 17:34:28 +0200
From: "Helmut Brandstetter" <h.brandstetter@postnetz-mail.example.de>
To: <privacy@shop.example.be>
References: <export-ready.DSAR-2026-0811@shop.example.be>
In-Reply-To: <export-ready.DSAR-2026-0811@shop.example.be>
Subject: AW: Ihre Datenauskunft steht zum Download bereit (DSAR-2026-0811)
Date: Mon, 7 Sep 2026 17:34:21 +0200
Message-ID: <002a01dd1f3c$8e41b7a0$aac526e0$@postnetz-mail.example.de>
MIME-Version: 1.0
Content-Type: text/plain;
        charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJ8x2kV3bN7mR4cT1wL9sH6fD0gZAKp5aE8uI2oP9nM4vB1cXw=
Content-Language: de

Guten Tag,

ich bin blind und arbeite mit einem Screenreader Punkt die PDF Datei mit me=
iner Datenauskunft die ich bei Ihnen herunter geladen habe ist offenbar ein=
 eingescanntes Bild Komma mein Screenreader liest nur Seite 1 von 7 vor und=
 sonst nichts. Auch das Formular zur Identit=E4tspr=FCfung mit dem Bilder R=
=E4tsel konnte ich nicht ausf=FCllen, meine Nachbarin hat mir dabei geholfe=
n.

Bitte schicken Sie mir die Auskunft =FCber alle Daten die Sie =FCber mich g=
espeichert haben Komma also Bestellungen Komma Kundenkarte und an wen Sie d=
ie Daten weitergegeben haben Komma als einfache Textdatei oder als barriere=
freies Word Dokument per E-Mail an diese Adresse. Bitte keine Links mit Anm=
eldung.

Mit freundlichen Gr=FC=DFen
Helmut Brandstetter
Kundennummer 5531 0274

--
Diese Nachricht wurde mit Spracherkennung diktiert. Bitte entschuldigen Sie=
 eventuelle Erkennungsfehler.

-----Urspr=FCngliche Nachricht-----
Von: Shop Example Datenschutz <privacy@shop.example.be>
Gesendet: Freitag, 4. September 2026 09:15
An: h.brandstetter@postnetz-mail.example.de
Betreff: Ihre Datenauskunft steht zum Download bereit (DSAR-2026-0811)

Dies ist eine automatische Benachrichtigung.

Guten Tag Herr Brandstetter,

Ihre Auskunft nach Art. 15 DSGVO steht ab sofort in Ihrem Kundenkonto unter=
 "Meine Daten > Datenexport" zum Download bereit. Der Download-Link ist 30 =
Tage g=FCltig; danach wird die Exportdatei automatisch gel=F6scht.

Ihr Shop Example Datenschutz-Team
'''),
    ('es', 'gmail-vacation-social-services-worker', 'automated', (),
'''Return-Path: <lferrandez.ss@villarreal-del-campo.example.es>
Received: from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fd7qY7uXnz9aT7
        for <privacy@shop.example.be>; Tue, 4 Aug 2026 12:20:16 +0200 (CEST)
Received: by mail-ej1-f44.google.com with SMTP id a640c23a62f3a-b0e1f7a3c55so11873366b.0
        for <privacy@shop.example.be>; Tue, 04 Aug 2026 03:20:15 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=villarreal-del-campo.example.es; s=google; t=1785838815; x=1786443615;
        h=auto-submitted:subject:to:in-reply-to:references:message-id:date
         :from:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=Vb4mZ8kP2vN6cR1sL9hJ3gF7dX0aE5uI8oT2yQ6wM1k=;
        b=Ns1pU5xY8bL3mT0cH6sJ9wF4gD7zA2eU5iO8nY1tM4qX0rV3bL6kC1hS4jW9fD2g
         Z5aE8uI1oP4nM7vB0cX3kL6jH9gF2dS5aQ8wE1rT4yU7iO0pZ3xC6vB9nM2kJ5h==
MIME-Version: 1.0
From: =?utf-8?q?Luc=C3=ADa_Ferr=C3=A1ndez_Soler?= <lferrandez.ss@villarreal-del-campo.example.es>
Date: Tue, 4 Aug 2026 12:20:15 +0200
Message-ID: <CAH4vR7xK2mW9pL1bT6cN3sJ8fD0gZ5aE1uI4oP7nM2vB_cXk@mail.gmail.com>
References: <PRV-2026-04190.1.20260804102003@shop.example.be>
In-Reply-To: <PRV-2026-04190.1.20260804102003@shop.example.be>
Subject: =?utf-8?q?Ausencia_por_vacaciones_=E2=80=93_Servicios_Sociales_Comunitario?=
 =?utf-8?q?s?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="00000000000097d2a10614a6c3e5"

--00000000000097d2a10614a6c3e5
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Buenos d=C3=ADas:

Estoy de vacaciones hasta el lunes 24 de agosto de 2026, sin acceso al corr=
eo electr=C3=B3nico. Su mensaje no ser=C3=A1 reenviado.

Para asuntos urgentes relacionados con personas usuarias del Servicio de Ay=
uda a Domicilio, la teleasistencia o los expedientes de dependencia, pueden=
 contactar con mi compa=C3=B1ero Andr=C3=A9s Molina Vidal en el tel=C3=A9fo=
no 964 55 21 08 o en amolina.ss@villarreal-del-campo.example.es.

Les recordamos que desde los Servicios Sociales no podemos facilitar datos =
personales de las personas usuarias sin su consentimiento expreso o el de s=
u representante legal o persona que ejerza las medidas de apoyo.

Un saludo,
Luc=C3=ADa Ferr=C3=A1ndez Soler
Trabajadora social
Servicios Sociales Comunitarios =E2=80=93 Ayuntamiento de Villarreal del Ca=
mpo

--00000000000097d2a10614a6c3e5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><p>Buenos d=C3=ADas:</p><p>Estoy de vacaciones hasta el lu=
nes 24 de agosto de 2026, sin acceso al correo electr=C3=B3nico. Su mensaje=
 no ser=C3=A1 reenviado.</p><p>Para asuntos urgentes relacionados con perso=
nas usuarias del Servicio de Ayuda a Domicilio, la teleasistencia o los exp=
edientes de dependencia, pueden contactar con mi compa=C3=B1ero Andr=C3=A9s=
 Molina Vidal en el tel=C3=A9fono 964 55 21 08 o en <a href=3D"mailto:amoli=
na.ss@villarreal-del-campo.example.es">amolina.ss@villarreal-del-campo.exam=
ple.es</a>.</p><p>Les recordamos que desde los Servicios Sociales no podemo=
s facilitar datos personales de las personas usuarias sin su consentimiento=
 expreso o el de su representante legal o persona que ejerza las medidas de=
 apoyo.</p><p>Un saludo,<br>Luc=C3=ADa Ferr=C3=A1ndez Soler<br>Trabajadora =
social<br>Servicios Sociales Comunitarios =E2=80=93 Ayuntamiento de Villarr=
eal del Campo</p></div>

--00000000000097d2a10614a6c3e5--
'''),
    ('es', 'gmail-dsn-address-not-found-deceased', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4ff2rZ8vYpz1bV0
        for <privacy@shop.example.be>; Wed, 19 Aug 2026 09:03:48 +0200 (CEST)
Received: by mail-sor-f69.google.com with SMTP id 5b1f17b1804b1-45b7c2a1f03so2207015e9.3
        for <privacy@shop.example.be>; Wed, 19 Aug 2026 00:03:47 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=googlemail.com; s=20230601; t=1787123027; x=1787727827; darn=shop.example.be;
        h=in-reply-to:references:subject:from:date:message-id:auto-submitted
         :to:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=Qa7nX1kP5vN9cR4sL2hJ6gF0dZ3aE8uI1oT5yM9wB4k=;
        b=Ot2qV6xZ9bL4mU1cH7sJ0wF5gD8zA3eU6iO9nY2tM5qX1rV4bL7kC2hS5jW0fD3g
         Z6aE9uI2oP5nM8vB1cX4kL7jH0gF3dS6aQ9wE2rT5yU8iO1pZ4xC7vB0nM3kJ6h==
MIME-Version: 1.0
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <68a42153.050a0220.1f3c2b.71a4.GMR@mx.google.com>
Date: Wed, 19 Aug 2026 00:03:47 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Failure)
References: <PRV-2026-04377.1.20260819070344@shop.example.be>
In-Reply-To: <PRV-2026-04377.1.20260819070344@shop.example.be>
X-Failed-Recipients: concha.ibarra.1941@gmail.com
Content-Type: multipart/report; boundary="000000000000c4b2e706147f1a2d"; report-type=delivery-status

--000000000000c4b2e706147f1a2d
Content-Type: multipart/related; boundary="000000000000c4c7a906147f1a35"

--000000000000c4c7a906147f1a35
Content-Type: multipart/alternative; boundary="000000000000c4c7ae06147f1a36"

--000000000000c4c7ae06147f1a36
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to concha.ibarra.1941@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser

--000000000000c4c7ae06147f1a36
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
<table cellpadding=0 cellspacing=0 style="table-layout:fixed;width:100%;"><tbody><tr><td style="font-size:24px;color:#212121;padding-bottom:16px">Address not found</td></tr></tbody></table>
<table cellpadding=0 cellspacing=0><tbody><tr><td style="font-size:16px;line-height:24px;color:#212121;letter-spacing:0.3px;">Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>concha.ibarra.1941@gmail.com</b></a> because the address couldn't be found, or is unable to receive mail.</td></tr>
<tr><td style="padding-top:24px;vertical-align:middle;"><a href="https://support.google.com/mail/?p=NoSuchUser" target="_blank" style="padding-right:10px;font-size:14px;color:#4285f4;text-decoration:none;">LEARN MORE</a></td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align="left" style="padding:48px 10px">
The response was:<br/>
<p style="font-family:monospace">
The email account that you tried to reach does not exist. Please try double-checking the recipient&#39;s email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--000000000000c4c7ae06147f1a36--
--000000000000c4c7a906147f1a35--

--000000000000c4b2e706147f1a2d
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; privacy@shop.example.be
Arrival-Date: Wed, 19 Aug 2026 00:03:45 -0700 (PDT)
X-Original-Message-ID: <PRV-2026-04377.1.20260819070344@shop.example.be>

Final-Recipient: rfc822; concha.ibarra.1941@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (2001:db8:400c:c0b::1a, the
 server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try
 550-5.1.1 double-checking the recipient's email address for typos or
 550-5.1.1 unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 4fb4151a4d2e8-55f1a7c3b2si4471093e87.118 - gsmtp
Last-Attempt-Date: Wed, 19 Aug 2026 00:03:47 -0700 (PDT)

--000000000000c4b2e706147f1a2d
Content-Type: message/rfc822

DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be; s=google;
        t=1787123025; x=1787727825; h=subject:to:from:date:message-id:mime-version;
        bh=Rk3pW7vQ1mN5cB9sL4hJ8gF2dZ6aE0uI3oT7yX1wM5n=;
        b=Pu3rW7xA0bL5mV2cH8sJ1wF6gD9zA4eU7iO0nY3tM6qX2rV5bL8kC3hS6jW1fD4g
         Z7aE0uI3oP6nM9vB2cX5kL8jH1gF4dS7aQ0wE3rT6yU9iO2pZ5xC8vB1nM4kJ7h==
MIME-Version: 1.0
From: Shop Example - Privacidad <privacy@shop.example.be>
Date: Wed, 19 Aug 2026 09:03:44 +0200
Message-ID: <PRV-2026-04377.1.20260819070344@shop.example.be>
Subject: =?utf-8?q?Confirmaci=C3=B3n=3A_supresi=C3=B3n_de_la_cuenta_de_D=2E=C2=AA_C?=
 =?utf-8?q?oncepci=C3=B3n_Ibarra_=5BPRV-2026-04377=5D?=
To: concha.ibarra.1941@gmail.com
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Estimada familia de D.=C2=AA Concepci=C3=B3n Ibarra:

Siguiendo la solicitud de su hija, D.=C2=AA Pilar Ortiz Ibarra, y a la vist=
a del certificado de defunci=C3=B3n aportado, hemos cerrado la cuenta de cl=
iente y la tarjeta de fidelizaci=C3=B3n, y hemos suprimido sus datos person=
ales salvo los que debemos conservar por obligaci=C3=B3n legal (facturas).

Enviamos esta confirmaci=C3=B3n tambi=C3=A9n a la direcci=C3=B3n de correo =
registrada en la cuenta.

Atentamente,
Equipo de Privacidad =E2=80=93 Shop Example BV

--000000000000c4b2e706147f1a2d--
'''),
    ('es', 'sign-language-relay-missed-call-notice', 'automated', (),
'''Return-Path: <010201983f2a7c1e-5b3d9f0a-4e61-4c7a-b2d8-91fe0a3c6d47-000000@eu-west-1.amazonses.com>
Received: from b224-16.smtp-out.eu-west-1.amazonses.com (b224-16.smtp-out.eu-west-1.amazonses.com [203.0.113.16])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fg5sA9wZqz2cW3
        for <privacy@shop.example.be>; Thu, 10 Sep 2026 18:12:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
        s=k7qv2m4xr8; d=enlazasignos.example.es; t=1789053159;
        h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;
        bh=Lm5kR9vP3nQ7cB1sX4hJ8gF2dZ6aE0uT3oI7yW1wN5q=;
        b=Qv4sX8yB1cL6mW3dH9tK2xG7hE0zB5fV8jP1oZ4uN7rY2sW5cM8lD3iT6kX1gE4h
         A7bF0vJ3pQ6oN9wC2dY5lM8kI1hG4eT7bR0xF3sU6zV9jP2qA5yD8wC1oN4lK7i==
From: =?utf-8?q?EnlazaSignos_=E2=80=93_Servicio_de_videointerpretaci=C3=B3n?= <avisos@enlazasignos.example.es>
To: privacy@shop.example.be
Subject: =?utf-8?q?Aviso=3A_llamada_de_una_persona_usuaria_sorda_no_completada?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="----=_Part_1187245_503877291.1789053159402"
Message-ID: <010201983f2a7c1e-5b3d9f0a-4e61-4c7a-b2d8-91fe0a3c6d47-000000@eu-west-1.amazonses.com>
Date: Thu, 10 Sep 2026 16:12:39 +0000
Feedback-ID: 1.eu-west-1.Hq3mZ8xK1vP5bN9cR2sL6hJ0gF4dW7aE1uI5oT3yY8=:AmazonSES
X-SES-Outgoing: 2026.09.10-203.0.113.16
Auto-Submitted: auto-generated
List-Unsubscribe: <mailto:baja@enlazasignos.example.es?subject=baja-avisos-empresa>

------=_Part_1187245_503877291.1789053159402
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Este correo se ha generado autom=C3=A1ticamente. Por favor, no responda.

Hoy, 10/09/2026 a las 18:04, una persona usuaria sorda intent=C3=B3 contact=
ar con Shop Example a trav=C3=A9s de EnlazaSignos, el servicio de videointe=
rpretaci=C3=B3n en lengua de signos y texto en tiempo real. La llamada al n=
=C3=BAmero 0800 12 345 no pudo completarse: nadie respondi=C3=B3 en 60 segu=
ndos.

La persona usuaria ha sido informada y podr=C3=A1 volver a intentarlo. No e=
s necesario que haga nada.

Para facilitar la atenci=C3=B3n a personas sordas, le recomendamos:
- atender las llamadas que empiecen con el mensaje "Le llama una int=C3=A9r=
prete de EnlazaSignos";
- ofrecer alternativas a la verificaci=C3=B3n de identidad por tel=C3=A9fon=
o (correo electr=C3=B3nico, SMS, chat).

Protecci=C3=B3n de datos: por motivos de confidencialidad, no incluimos el =
nombre, el n=C3=BAmero de tel=C3=A9fono ni ning=C3=BAn otro dato personal d=
e la persona usuaria. El contenido de las llamadas no se graba ni se conser=
va. Si desea ejercer sus derechos de acceso, rectificaci=C3=B3n o supresi=
=C3=B3n respecto de los datos de contacto de su empresa, escriba a protecci=
ondedatos@enlazasignos.example.es.

EnlazaSignos =C2=B7 Servicio de accesibilidad a la comunicaci=C3=B3n telef=
=C3=B3nica
------=_Part_1187245_503877291.1789053159402
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:15px;color:#1a1=
a1a;max-width:620px">
<p style=3D"font-size:12px;color:#777">Este correo se ha generado autom=C3=
=A1ticamente. Por favor, no responda.</p>
<h2 style=3D"color:#5b2a86;font-size:19px">Llamada no completada</h2>
<p>Hoy, 10/09/2026 a las 18:04, una persona usuaria sorda intent=C3=B3 cont=
actar con <b>Shop Example</b> a trav=C3=A9s de EnlazaSignos, el servicio de=
 videointerpretaci=C3=B3n en lengua de signos y texto en tiempo real. La ll=
amada al n=C3=BAmero 0800 12 345 no pudo completarse: nadie respondi=C3=B3 =
en 60 segundos.</p>
<p>La persona usuaria ha sido informada y podr=C3=A1 volver a intentarlo. N=
o es necesario que haga nada.</p>
<p>Para facilitar la atenci=C3=B3n a personas sordas, le recomendamos:</p>
<ul><li>atender las llamadas que empiecen con el mensaje =C2=ABLe llama una=
 int=C3=A9rprete de EnlazaSignos=C2=BB;</li><li>ofrecer alternativas a la v=
erificaci=C3=B3n de identidad por tel=C3=A9fono (correo electr=C3=B3nico, S=
MS, chat).</li></ul>
<p style=3D"font-size:12px;color:#777">Protecci=C3=B3n de datos: por motivo=
s de confidencialidad, no incluimos el nombre, el n=C3=BAmero de tel=C3=A9f=
ono ni ning=C3=BAn otro dato personal de la persona usuaria. El contenido d=
e las llamadas no se graba ni se conserva. Si desea ejercer sus derechos de=
 acceso, rectificaci=C3=B3n o supresi=C3=B3n respecto de los datos de conta=
cto de su empresa, escriba a protecciondedatos@enlazasignos.example.es.</p>
</body></html>
------=_Part_1187245_503877291.1789053159402--
'''),
    ('es', 'deaf-customer-replies-to-verification-call-notice', 'deletion', (),
'''Return-Path: <marta.quintana.r@outlook.example.com>
Received: from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04olkn2071.outbound.protection.outlook.com [198.51.100.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fh8tB0xArz3dX6
        for <privacy@shop.example.be>; Mon, 21 Sep 2026 21:09:33 +0200 (CEST)
Received: from AS2PR02MB9311.eurprd02.prod.outlook.com (2603:10a6:20b:5a1::7)
 by DB9PR02MB7214.eurprd02.prod.outlook.com (2603:10a6:10:24e::12) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9160.14; Mon, 21 Sep
 2026 19:09:32 +0000
From: =?iso-8859-1?q?Marta_Quintana_Rold=E1n?= <marta.quintana.r@outlook.example.com>
To: "Shop Example - Privacidad" <privacy@shop.example.be>
Subject: =?iso-8859-1?q?RE=3A_Verificaci=F3n_de_identidad=3A_le_llamaremos_en_las_p?=
 =?iso-8859-1?q?r=F3ximas_48_horas_=5BPRV-2026-04655=5D?=
Thread-Topic: =?iso-8859-1?q?Verificaci=F3n_de_identidad=3A_le_llamaremos_en_las_pr=F3xi?=
 =?iso-8859-1?q?mas_48_horas_=5BPRV-2026-04655=5D?=
Thread-Index: AQHdKq7x2Vb9mN4kR1wT6cL3sH8fDw==
Date: Mon, 21 Sep 2026 19:09:32 +0000
Message-ID: <AS2PR02MB93117C2E5A1B04D8F3E6A19BC4D52@AS2PR02MB9311.eurprd02.prod.outlook.com>
References: <verif-PRV-2026-04655.20260921081500@shop.example.be>
In-Reply-To: <verif-PRV-2026-04655.20260921081500@shop.example.be>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
        boundary="_000_AS2PR02MB93117C2E5A1B04D8F3E6A19BC4D52AS2PR02MB9311eurp_"
MIME-Version: 1.0

--_000_AS2PR02MB93117C2E5A1B04D8F3E6A19BC4D52AS2PR02MB9311eurp_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hola,

Soy sorda y no puedo atender llamadas de tel=E9fono, tampoco la de verifica=
ci=F3n. Por favor no me llamen, ya me han llamado dos veces y no puedo cont=
estar.

Pueden verificar que soy yo por correo, por SMS (solo leo mensajes) o voy a=
 la tienda de Bruselas con mi DNI, lo que ustedes digan.

Lo que quiero sigue siendo lo mismo que ped=ED: que borren mi cuenta de cli=
ente y todos mis datos. Correo de la cuenta: marta.quintana.r@outlook.examp=
le.com

Gracias,
Marta Quintana Rold=E1n

Obtener Outlook para Android
________________________________
De: Shop Example - Privacidad <privacy@shop.example.be>
Enviado: lunes, 21 de septiembre de 2026 10:15
Para: marta.quintana.r@outlook.example.com <marta.quintana.r@outlook.exampl=
e.com>
Asunto: Verificaci=F3n de identidad: le llamaremos en las pr=F3ximas 48 hor=
as [PRV-2026-04655]

Este es un mensaje autom=E1tico.

Hemos recibido su solicitud de supresi=F3n de datos. Para proteger su cuent=
a, un agente le llamar=E1 al n=FAmero de tel=E9fono registrado en las pr=F3=
ximas 48 horas para verificar su identidad. Si no contesta, volveremos a in=
tentarlo una vez.

Equipo de Privacidad - Shop Example BV

--_000_AS2PR02MB93117C2E5A1B04D8F3E6A19BC4D52AS2PR02MB9311eurp_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head>
<body><div dir=3D"auto">Hola,<br><br>Soy sorda y no puedo atender llamadas =
de tel=E9fono, tampoco la de verificaci=F3n. Por favor no me llamen, ya me =
han llamado dos veces y no puedo contestar.<br><br>Pueden verificar que soy=
 yo por correo, por SMS (solo leo mensajes) o voy a la tienda de Bruselas c=
on mi DNI, lo que ustedes digan.<br><br>Lo que quiero sigue siendo lo mismo=
 que ped=ED: que borren mi cuenta de cliente y todos mis datos. Correo de l=
a cuenta: marta.quintana.r@outlook.example.com<br><br>Gracias,<br>Marta Qui=
ntana Rold=E1n</div>
<div dir=3D"auto"><br>Obtener <a href=3D"https://aka.ms/AAb9ysg">Outlook pa=
ra Android</a></div>
<hr style=3D"display:inline-block;width:98%">
<div id=3D"divRplyFwdMsg" dir=3D"ltr"><b>De:</b> Shop Example - Privacidad =
&lt;privacy@shop.example.be&gt;<br><b>Enviado:</b> lunes, 21 de septiembre =
de 2026 10:15<br><b>Para:</b> marta.quintana.r@outlook.example.com<br><b>As=
unto:</b> Verificaci=F3n de identidad: le llamaremos en las pr=F3ximas 48 h=
oras [PRV-2026-04655]</div>
<div><p>Este es un mensaje autom=E1tico.</p><p>Hemos recibido su solicitud =
de supresi=F3n de datos. Para proteger su cuenta, un agente le llamar=E1 al=
 n=FAmero de tel=E9fono registrado en las pr=F3ximas 48 horas para verifica=
r su identidad. Si no contesta, volveremos a intentarlo una vez.</p><p>Equi=
po de Privacidad - Shop Example BV</p></div>
</body></html>

--_000_AS2PR02MB93117C2E5A1B04D8F3E6A19BC4D52AS2PR02MB9311eurp_--
'''),
    ('it', 'outlook-ooo-support-administrator-lawyer', 'automated', (),
'''Return-Path: <>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2131.outbound.protection.outlook.com [203.0.113.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fj1uC1yBsz4eY9
        for <privacy@shop.example.be>; Mon, 24 Aug 2026 15:27:02 +0200 (CEST)
Received: from VI1PR08MB5562.eurprd08.prod.outlook.com (2603:10a6:803:e1::18)
 by GV1PR08MB8035.eurprd08.prod.outlook.com (2603:10a6:150:9b::5) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9115.9; Mon, 24 Aug
 2026 13:27:01 +0000
From: "Avv. Elena Bertoldi" <e.bertoldi@studiolegalebertoldi.example.it>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Risposta automatica: Richiesta dati - Sig. Bruno Galli (amministrazione
 di sostegno) [PRV-2026-04402]
Thread-Topic: Richiesta dati - Sig. Bruno Galli (amministrazione di sostegno)
 [PRV-2026-04402]
Thread-Index: AQHdFb3mXc8kT0wP2nR7vL4sH9fGbA==
Date: Mon, 24 Aug 2026 13:27:01 +0000
Message-ID: <VI1PR08MB5562D4A7C0E19B3F8E2A5C61F2B47@VI1PR08MB5562.eurprd08.prod.outlook.com>
In-Reply-To: <PRV-2026-04402.1.20260824132648@shop.example.be>
References: <PRV-2026-04402.1.20260824132648@shop.example.be>
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: it-IT
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Gentile mittente,

lo studio =C3=A8 chiuso per ferie fino a luned=C3=AC 7 settembre 2026. La S=
ua e-mail non verr=C3=A0 inoltrata e sar=C3=A0 letta al mio rientro.

Per questioni urgenti relative alle amministrazioni di sostegno, tutele e c=
uratele seguite dallo studio pu=C3=B2 rivolgersi alla collega Avv. Chiara M=
oretti (c.moretti@studiolegalebertoldi.example.it =E2=80=93 tel. 051 640 22=
17).

Per comunicazioni aventi valore legale utilizzi esclusivamente la PEC dello=
 studio: studiobertoldi@pec.example.it.

Si ricorda che i dati personali dei beneficiari di amministrazione di soste=
gno non vengono comunicati a terzi via e-mail senza provvedimento del Giudi=
ce Tutelare.

Cordiali saluti

Avv. Elena Bertoldi
Studio Legale Bertoldi =E2=80=93 Via Castiglione 41, 40124 Bologna
'''),
    ('it', 'qmail-bounce-address-closed-moved-to-nursing-home', 'automated', (),
'''Return-Path: <>
Received: from smtp3.lagunamail.example.it (smtp3.lagunamail.example.it [198.51.100.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fk6vD2zCtz5fZ2
        for <privacy@shop.example.be>; Wed, 9 Sep 2026 11:40:18 +0200 (CEST)
Received: (qmail 18842 invoked for bounce); 9 Sep 2026 09:40:17 -0000
Date: 9 Sep 2026 09:40:17 -0000
From: MAILER-DAEMON@smtp3.lagunamail.example.it
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260909094017.18842.qmail@smtp3.lagunamail.example.it>

Hi. This is the qmail-send program at smtp3.lagunamail.example.it.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<rosa.colombo@lagunamail.example.it>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 18836 invoked from network); 9 Sep 2026 09:40:16 -0000
Received: from smtp-out.shop.example.be (HELO smtp-out.shop.example.be) (192.0.2.25)
  by smtp3.lagunamail.example.it with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 9 Sep 2026 09:40:16 -0000
From: Shop Example - Privacy <privacy@shop.example.be>
To: rosa.colombo@lagunamail.example.it
Subject: =?utf-8?q?Sig=2Era_Rosa_Colombo=3A_modifica_dell=27indirizzo_e_dei_consens?=
 =?utf-8?q?i_richiesta_dalla_figlia?=
Date: Wed, 9 Sep 2026 11:40:14 +0200
Message-ID: <PRV-2026-04530.2.20260909094014@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Gentile Sig.ra Colombo,

Sua figlia, Sig.ra Paola Rinaldi, ci ha comunicato che Lei risiede ora pres=
so la RSA Villa Glicine e ci ha chiesto di aggiornare il Suo indirizzo e di=
 revocare i consensi al marketing. Prima di procedere, Le chiediamo di conf=
ermare la richiesta o di inviarci la delega firmata.

Cordiali saluti,
Il team Privacy di Shop Example BV
'''),
    ('it', 'esign-power-of-attorney-signed-all-parties', 'automated', (),
'''Return-Path: <notifiche@firmasicura.example.it>
Received: from mta-04.firmasicura.example.it (mta-04.firmasicura.example.it [203.0.113.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fm9wE3aDvz6gA5
        for <privacy@shop.example.be>; Fri, 2 Oct 2026 17:58:31 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=firmasicura.example.it;
        s=fs2026; t=1790956709; h=from:to:cc:subject:date:message-id:mime-version:content-type;
        bh=Hp8nX2kQ6vN0cR5sL3hJ7gF1dZ4aE9uI2oT6yM0wB5k=;
        b=Rw5tY9xC2bL7mX4cH0sJ3wF8gD1zA6eU9iO2nY5tM8qX4rV7bL0kC5hS8jW3fD6g
         Z9aE2uI5oP8nM1vB4cX7kL0jH3gF6dS9aQ2wE5rT8yU1iO4pZ7xC0vB3nM6kJ9h==
From: FirmaSicura <notifiche@firmasicura.example.it>
To: Paola Rinaldi <paola.rinaldi@lagunamail.example.it>
Cc: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?q?Documento_firmato_da_tutti_i_firmatari=3A_=C2=ABProcura_speciale?=
 =?utf-8?q?_=E2=80=93_rapporti_commerciali_e_dati_personali_di_Giuseppina_?=
 =?utf-8?q?Rinaldi=C2=BB?=
Date: Fri, 2 Oct 2026 17:58:29 +0200
Message-ID: <fs.proc.9a41c7e2-55b0-4d1f-8e3a-c60b27d914f8@firmasicura.example.it>
Auto-Submitted: auto-generated
X-FS-Processo: 9a41c7e2-55b0-4d1f-8e3a-c60b27d914f8
List-Unsubscribe: <https://app.firmasicura.example.it/notifiche/disattiva?p=9a41c7e2>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=-FS-4d1f8e3ac60b27d9"

--=-FS-4d1f8e3ac60b27d9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Il processo di firma =C3=A8 stato completato.

Documento: Procura speciale =E2=80=93 rapporti commerciali e dati personali=
 di Giuseppina Rinaldi
Mittente: Paola Rinaldi
Firmatari:
  =E2=9C=94 Giuseppina Rinaldi (mandante) =E2=80=93 firma elettronica avanz=
ata, 02/10/2026 16:41
  =E2=9C=94 Paola Rinaldi (procuratrice) =E2=80=93 firma elettronica avanza=
ta, 02/10/2026 17:58

Lei riceve questa notifica perch=C3=A9 =C3=A8 stato indicato come destinata=
rio in copia. Il documento firmato e il certificato di firma sono disponibi=
li per 60 giorni al seguente link:
https://app.firmasicura.example.it/d/9a41c7e2-55b0-4d1f-8e3a-c60b27d914f8

La procura autorizza la procuratrice a gestire gli account cliente, le cart=
e fedelt=C3=A0 e i consensi al trattamento dei dati personali della mandant=
e, compresa la revoca del consenso al marketing e la richiesta di cancellaz=
ione dei dati.

Trascorsi 60 giorni il documento verr=C3=A0 eliminato dai nostri server. Pe=
r conservarlo, scarichi o esporti una copia.

Informativa privacy: FirmaSicura tratta i Suoi dati personali (nome e indir=
izzo e-mail) in qualit=C3=A0 di responsabile del trattamento per conto del =
mittente, ai sensi del Regolamento (UE) 2016/679. https://www.firmasicura.e=
xample.it/privacy

Questa =C3=A8 una comunicazione automatica: non rispondere a questa e-mail.=
 Per domande sul contenuto del documento contatti direttamente il mittente.
--=-FS-4d1f8e3ac60b27d9
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+PGh0bWwgbGFuZz0iaXQiPjxib2R5IHN0eWxlPSJtYXJnaW46MDtiYWNr
Z3JvdW5kOiNmMmY0Zjc7Zm9udC1mYW1pbHk6J1NlZ29lIFVJJyxBcmlhbCxzYW5zLXNlcmlmIj4K
PGRpdiBzdHlsZT0ibWF4LXdpZHRoOjYwMHB4O21hcmdpbjowIGF1dG87YmFja2dyb3VuZDojZmZm
ZmZmO3BhZGRpbmc6MjhweCI+CjxkaXYgc3R5bGU9ImNvbG9yOiMwYTZlNGY7Zm9udC1zaXplOjIw
cHg7Zm9udC13ZWlnaHQ6NjAwIj5JbCBwcm9jZXNzbyBkaSBmaXJtYSDDqCBzdGF0byBjb21wbGV0
YXRvPC9kaXY+CjxwIHN0eWxlPSJmb250LXNpemU6MTVweCI+PGI+RG9jdW1lbnRvOjwvYj4gUHJv
Y3VyYSBzcGVjaWFsZSDigJMgcmFwcG9ydGkgY29tbWVyY2lhbGkgZSBkYXRpIHBlcnNvbmFsaSBk
aSBHaXVzZXBwaW5hIFJpbmFsZGk8YnI+PGI+TWl0dGVudGU6PC9iPiBQYW9sYSBSaW5hbGRpPC9w
Pgo8dWwgc3R5bGU9ImZvbnQtc2l6ZToxNHB4Ij48bGk+4pyUIEdpdXNlcHBpbmEgUmluYWxkaSAo
bWFuZGFudGUpIOKAkyBmaXJtYSBlbGV0dHJvbmljYSBhdmFuemF0YSwgMDIvMTAvMjAyNiAxNjo0
MTwvbGk+PGxpPuKclCBQYW9sYSBSaW5hbGRpIChwcm9jdXJhdHJpY2UpIOKAkyBmaXJtYSBlbGV0
dHJvbmljYSBhdmFuemF0YSwgMDIvMTAvMjAyNiAxNzo1ODwvbGk+PC91bD4KPHAgc3R5bGU9ImZv
bnQtc2l6ZToxNHB4Ij5MZWkgcmljZXZlIHF1ZXN0YSBub3RpZmljYSBwZXJjaMOpIMOoIHN0YXRv
IGluZGljYXRvIGNvbWUgZGVzdGluYXRhcmlvIGluIGNvcGlhLjwvcD4KPHA+PGEgaHJlZj0iaHR0
cHM6Ly9hcHAuZmlybWFzaWN1cmEuZXhhbXBsZS5pdC9kLzlhNDFjN2UyLTU1YjAtNGQxZi04ZTNh
LWM2MGIyN2Q5MTRmOCIgc3R5bGU9ImJhY2tncm91bmQ6IzBhNmU0Zjtjb2xvcjojZmZmO3BhZGRp
bmc6MTFweCAyMnB4O3RleHQtZGVjb3JhdGlvbjpub25lO2JvcmRlci1yYWRpdXM6NHB4Ij5WaXN1
YWxpenphIGlsIGRvY3VtZW50bzwvYT48L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTRweCI+TGEg
cHJvY3VyYSBhdXRvcml6emEgbGEgcHJvY3VyYXRyaWNlIGEgZ2VzdGlyZSBnbGkgYWNjb3VudCBj
bGllbnRlLCBsZSBjYXJ0ZSBmZWRlbHTDoCBlIGkgY29uc2Vuc2kgYWwgdHJhdHRhbWVudG8gZGVp
IGRhdGkgcGVyc29uYWxpIGRlbGxhIG1hbmRhbnRlLCBjb21wcmVzYSBsYSByZXZvY2EgZGVsIGNv
bnNlbnNvIGFsIG1hcmtldGluZyBlIGxhIHJpY2hpZXN0YSBkaSBjYW5jZWxsYXppb25lIGRlaSBk
YXRpLjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMnB4O2NvbG9yOiM2YjcyODAiPlRyYXNjb3Jz
aSA2MCBnaW9ybmkgaWwgZG9jdW1lbnRvIHZlcnLDoCBlbGltaW5hdG8gZGFpIG5vc3RyaSBzZXJ2
ZXIuIFBlciBjb25zZXJ2YXJsbywgc2NhcmljaGkgbyBlc3BvcnRpIHVuYSBjb3BpYS48YnI+SW5m
b3JtYXRpdmEgcHJpdmFjeTogRmlybWFTaWN1cmEgdHJhdHRhIGkgU3VvaSBkYXRpIHBlcnNvbmFs
aSAobm9tZSBlIGluZGlyaXp6byBlLW1haWwpIGluIHF1YWxpdMOgIGRpIHJlc3BvbnNhYmlsZSBk
ZWwgdHJhdHRhbWVudG8gcGVyIGNvbnRvIGRlbCBtaXR0ZW50ZSwgYWkgc2Vuc2kgZGVsIFJlZ29s
YW1lbnRvIChVRSkgMjAxNi82NzkuPGJyPlF1ZXN0YSDDqCB1bmEgY29tdW5pY2F6aW9uZSBhdXRv
bWF0aWNhOiBub24gcmlzcG9uZGVyZSBhIHF1ZXN0YSBlLW1haWwuPC9wPgo8L2Rpdj48L2JvZHk+
PC9odG1sPgo=
--=-FS-4d1f8e3ac60b27d9--
'''),
    ('it', 'social-worker-phone-disclaimer-freeze-scammed-account', 'restriction', (),
'''Return-Path: <s.fontana@comune.sanvitale.example.it>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2090.outbound.protection.outlook.com [203.0.113.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fn2xF4bEwz7hB8
        for <privacy@shop.example.be>; Wed, 14 Oct 2026 18:03:27 +0200 (CEST)
Received: from PAXPR07MB8190.eurprd07.prod.outlook.com (2603:10a6:102:1c4::9)
 by DU2PR07MB9456.eurprd07.prod.outlook.com (2603:10a6:10:2f2::13) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9203.7; Wed, 14 Oct
 2026 16:03:26 +0000
From: Silvia Fontana <s.fontana@comune.sanvitale.example.it>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: R: [Notifica automatica] Nuovo accesso al tuo account Shop Example
Thread-Topic: [Notifica automatica] Nuovo accesso al tuo account Shop Example
Thread-Index: AQHdPE1k7Rb3cV0nW9sT2xL6mH4fGg==
Date: Wed, 14 Oct 2026 16:03:25 +0000
Message-ID: <PAXPR07MB8190A3E5C2D17F4B9E0C1D58A7E63@PAXPR07MB8190.eurprd07.prod.outlook.com>
References: <login-alert.7c2e91.20261013221744@shop.example.be>
In-Reply-To: <login-alert.7c2e91.20261013221744@shop.example.be>
Accept-Language: it-IT, en-US
Content-Language: it-IT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

QnVvbmdpb3JubywKCnNvbm8gbCdhc3Npc3RlbnRlIHNvY2lhbGUgZGVsIENvbXVuZSBkaSBTYW4g
Vml0YWxlIGNoZSBzZWd1ZSBpbCBTaWcuIEFsZG8gRmVycmFyaXMgKDg3IGFubmkpLiBMJ2F2dmlz
byBxdWkgc290dG8gw6ggYXJyaXZhdG8gc3VsIHN1byB0ZWxlZm9ubyBpZXJpIHNlcmEsIG1hIG5v
biDDqCBzdGF0byBsdWk6IGxhIHNldHRpbWFuYSBzY29yc2Egw6ggc3RhdG8gdml0dGltYSBkaSB1
bmEgdHJ1ZmZhIHRlbGVmb25pY2EgKHVuIGZpbnRvIG9wZXJhdG9yZSBnbGkgaGEgZmF0dG8gZGV0
dGFyZSBjb2RpY2kgZSBwYXNzd29yZCkgZSBkYSBhbGxvcmEgcXVhbGN1bm8gdXNhIGlsIHN1byBh
Y2NvdW50IGRhIHZvaSBwZXIgZmFyZSBhY3F1aXN0aS4gw4ggc3RhdGEgc3BvcnRhIGRlbnVuY2lh
IGFpIENhcmFiaW5pZXJpLgoKVmkgY2hpZWRvIGRpIGJsb2NjYXJlIHN1Yml0byBsJ2FjY291bnQg
ZSBsYSBjYXJ0YSBmZWRlbHTDoCBkZWwgU2lnLiBGZXJyYXJpcywgY29zw6wgY2hlIG5lc3N1bm8g
cG9zc2EgcGnDuSB1c2FybGksIG1hIGRpIE5PTiBjYW5jZWxsYXJlIG5pZW50ZTogZ2xpIG9yZGlu
aSwgZ2xpIGFjY2Vzc2kgZSBnbGkgaW5kaXJpenppIGRpIGNvbnNlZ25hIHNlcnZvbm8gcGVyIGxl
IGluZGFnaW5pLiDDiCBpbiBjb3JzbyBsYSBub21pbmEgZGkgdW4gYW1taW5pc3RyYXRvcmUgZGkg
c29zdGVnbm8gKHVkaWVuemEgZGF2YW50aSBhbCBHaXVkaWNlIFR1dGVsYXJlIGZpc3NhdGEgcGVy
IGlsIDI5IG90dG9icmUpOyBhcHBlbmEgbm9taW5hdG8gdmkgc2NyaXZlcsOgIGx1aS4KCkwnYWNj
b3VudCDDqCByZWdpc3RyYXRvIGNvbiBsJ2luZGlyaXp6byBhbGRvLmZlcnJhcmlzMzdAbGFndW5h
bWFpbC5leGFtcGxlLml0LiBJbCBTaWcuIEZlcnJhcmlzIMOoIGQnYWNjb3JkbyBlIHB1w7IgY29u
ZmVybWFybG8gcGVyIHRlbGVmb25vIGFsIG4uIDA1MjMgOTkxIDQ0NyAobWVnbGlvIGxhIG1hdHRp
bmEsIGNpIHNlbnRlIHBvY28pLgoKR3JhemllLApTaWx2aWEgRm9udGFuYQpBc3Npc3RlbnRlIHNv
Y2lhbGUg4oCTIFNlcnZpemlvIEFuemlhbmkgZSBGcmFnaWxpdMOgCkNvbXVuZSBkaSBTYW4gVml0
YWxlCgpJbnZpYXRvIGRhIE91dGxvb2sgcGVyIGlPUwoKX19fX19fX19fX19fX19fX19fX19fX19f
X19fX19fX18KRGE6IFNob3AgRXhhbXBsZSA8bm8tcmVwbHlAc2hvcC5leGFtcGxlLmJlPgpJbnZp
YXRvOiBtYXJ0ZWTDrCwgb3R0b2JyZSAxMywgMjAyNiAxMDoxNyBQTQpBOiBhbGRvLmZlcnJhcmlz
MzdAbGFndW5hbWFpbC5leGFtcGxlLml0Ck9nZ2V0dG86IFtOb3RpZmljYSBhdXRvbWF0aWNhXSBO
dW92byBhY2Nlc3NvIGFsIHR1byBhY2NvdW50IFNob3AgRXhhbXBsZQoKQ2lhbyBBbGRvLAphYmJp
YW1vIHJpbGV2YXRvIHVuIG51b3ZvIGFjY2Vzc28gYWwgdHVvIGFjY291bnQgZGEgdW4gZGlzcG9z
aXRpdm8gc2Nvbm9zY2l1dG8gKEFuZHJvaWQsIE1pbGFubykgaWwgMTMvMTAvMjAyNiBhbGxlIDIy
OjE3LiBTZSBzZWkgc3RhdG8gdHUsIG5vbiBkZXZpIGZhcmUgbnVsbGEuIEFsdHJpbWVudGkgY2Ft
YmlhIHN1Yml0byBsYSBwYXNzd29yZC4KUXVlc3RhIMOoIHVuYSBlLW1haWwgYXV0b21hdGljYSwg
bm9uIHJpc3BvbmRlcmUuCgpfX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fX19fX19f
X19fX19fCkFWVkVSVEVOWkUgQUkgU0VOU0kgREVMIFJFR09MQU1FTlRPIChVRSkgMjAxNi82Nzkg
RSBERUwgRC5MR1MuIDE5Ni8yMDAzCkxlIGluZm9ybWF6aW9uaSBjb250ZW51dGUgaW4gcXVlc3Rv
IG1lc3NhZ2dpbyBkaSBwb3N0YSBlbGV0dHJvbmljYSBlIG5lZ2xpIGV2ZW50dWFsaSBhbGxlZ2F0
aSBzb25vIHJpc2VydmF0ZSBlIGRlc3RpbmF0ZSBlc2NsdXNpdmFtZW50ZSBhbGxhIHBlcnNvbmEg
byBhbGwnZW50ZSBzb3ByYSBpbmRpY2F0aS4gTGEgZGlmZnVzaW9uZSwgZGlzdHJpYnV6aW9uZSBl
L28gY29waWF0dXJhIGRlbCBkb2N1bWVudG8gdHJhc21lc3NvIGRhIHBhcnRlIGRpIHF1YWxzaWFz
aSBzb2dnZXR0byBkaXZlcnNvIGRhbCBkZXN0aW5hdGFyaW8gw6ggcHJvaWJpdGEsIHNpYSBhaSBz
ZW5zaSBkZWxsJ2FydC4gNjE2IGMucC4sIHNpYSBhaSBzZW5zaSBkZWwgUmVnb2xhbWVudG8gKFVF
KSAyMDE2LzY3OS4gU2UgYXZldGUgcmljZXZ1dG8gcXVlc3RvIG1lc3NhZ2dpbyBwZXIgZXJyb3Jl
LCB2aSBwcmVnaGlhbW8gZGkgZGlzdHJ1Z2dlcmxvIGUgZGkgaW5mb3JtYXJjaSBpbW1lZGlhdGFt
ZW50ZSBpbnZpYW5kbyB1biBtZXNzYWdnaW8gYWxsJ2luZGlyaXp6byBwcm90b2NvbGxvQGNvbXVu
ZS5zYW52aXRhbGUuZXhhbXBsZS5pdC4gSWwgQ29tdW5lIGRpIFNhbiBWaXRhbGUsIHRpdG9sYXJl
IGRlbCB0cmF0dGFtZW50bywgdHJhdHRhIGkgZGF0aSBwZXJzb25hbGkgbmVsIHJpc3BldHRvIGRl
bGxhIG5vcm1hdGl2YSB2aWdlbnRlOyBsJ2luZm9ybWF0aXZhIGNvbXBsZXRhIMOoIGRpc3Bvbmli
aWxlIHN1bCBzaXRvIGlzdGl0dXppb25hbGUgbmVsbGEgc2V6aW9uZSAiUHJpdmFjeSIuIFF1ZXN0
byBtZXNzYWdnaW8gbm9uIGltcGVnbmEgbCdFbnRlIGUgbm9uIGNvc3RpdHVpc2NlIGNvbXVuaWNh
emlvbmUgYXZlbnRlIHZhbG9yZSBsZWdhbGUsIHBlciBsYSBxdWFsZSB2YSB1dGlsaXp6YXRhIGxh
IFBFQyBjb211bmUuc2Fudml0YWxlQHBlYy5leGFtcGxlLml0Lgo=
'''),
    ('pt', 'zimbra-vacation-misericordia-care-home', 'automated', (),
'''Return-Path: <>
Received: from mail.scm-vilaflor.example.pt (mail.scm-vilaflor.example.pt [198.51.100.57])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fp5yG5cFxz8jC1
        for <privacy@shop.example.be>; Thu, 3 Sep 2026 10:14:06 +0200 (CEST)
Received: from zimbra.scm-vilaflor.example.pt (localhost [127.0.0.1])
        by zimbra.scm-vilaflor.example.pt (Postfix) with ESMTP id 2B4F1860C3E
        for <privacy@shop.example.be>; Thu,  3 Sep 2026 09:14:05 +0100 (WEST)
Date: Thu, 3 Sep 2026 09:14:05 +0100
From: =?utf-8?q?S=C3=B3nia_Meireles?= <sonia.meireles@scm-vilaflor.example.pt>
To: privacy@shop.example.be
Message-ID: <1748213377.5510423.1788426845812.JavaMail.zimbra@scm-vilaflor.example.pt>
In-Reply-To: <PRV-2026-04488.1.20260903081355@shop.example.be>
Subject: =?utf-8?q?Aus=C3=AAncia_=E2=80=93_Servi=C3=A7o_de_A=C3=A7=C3=A3o_Social_/_?=
 =?utf-8?q?ERPI?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 10.0.8_GA_4641 (zclient/10.0.8_GA_4641)
Precedence: bulk

Bom dia,

Encontro-me ausente até 14 de setembro de 2026, sem acesso ao correio eletrónico.

Para assuntos relacionados com utentes da Estrutura Residencial para Pessoas Idosas (ERPI) ou do Serviço de Apoio Domiciliário, contacte por favor a Dra. Filipa Monteiro, diretora técnica, através do telefone 259 418 220 ou do e-mail filipa.monteiro@scm-vilaflor.example.pt.

Pedidos relativos a dados pessoais de utentes (acesso, retificação, apagamento) devem ser dirigidos ao Encarregado de Proteção de Dados: epd@scm-vilaflor.example.pt. Não fornecemos informações sobre utentes sem o consentimento do próprio ou do seu acompanhante/representante legal.

Com os melhores cumprimentos,
Sónia Meireles
Técnica de Serviço Social
Santa Casa da Misericórdia de Vila Flor do Douro
'''),
    ('pt', 'sendmail-bounce-user-unknown-deceased', 'automated', (),
'''Return-Path: <>
Received: from mail.correionet.example.pt (mail.correionet.example.pt [203.0.113.121])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fq8zH6dGyz9kD4
        for <privacy@shop.example.be>; Tue, 6 Oct 2026 11:15:09 +0200 (CEST)
Received: from localhost (localhost)
        by mail.correionet.example.pt (8.17.2/8.17.2) id 596AF8cS031176;
        Tue, 6 Oct 2026 10:15:08 +0100
Date: Tue, 6 Oct 2026 10:15:08 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.correionet.example.pt>
Message-Id: <202610060915.596AF8cS031176@mail.correionet.example.pt>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="596AF8cS031176.1791278108/mail.correionet.example.pt"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--596AF8cS031176.1791278108/mail.correionet.example.pt

The original message was received at Tue, 6 Oct 2026 10:15:02 +0100
from smtp-out.shop.example.be [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<deolinda.pires@correionet.example.pt>
    (reason: 550 5.1.1 <deolinda.pires@correionet.example.pt>... User unknown)

   ----- Transcript of session follows -----
... while talking to mbox1.correionet.example.pt.:
>>> DATA
<<< 550 5.1.1 <deolinda.pires@correionet.example.pt>... User unknown
550 5.1.1 <deolinda.pires@correionet.example.pt>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--596AF8cS031176.1791278108/mail.correionet.example.pt
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.correionet.example.pt
Received-From-MTA: DNS; smtp-out.shop.example.be
Arrival-Date: Tue, 6 Oct 2026 10:15:02 +0100

Final-Recipient: RFC822; deolinda.pires@correionet.example.pt
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mbox1.correionet.example.pt
Diagnostic-Code: SMTP; 550 5.1.1 <deolinda.pires@correionet.example.pt>... User unknown
Last-Attempt-Date: Tue, 6 Oct 2026 10:15:08 +0100

--596AF8cS031176.1791278108/mail.correionet.example.pt
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from smtp-out.shop.example.be (smtp-out.shop.example.be [192.0.2.25])
        by mail.correionet.example.pt (8.17.2/8.17.2) with ESMTPS id 596AF2aB031170
        (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)
        for <deolinda.pires@correionet.example.pt>; Tue, 6 Oct 2026 10:15:02 +0100
From: Shop Example - Privacidade <privacy@shop.example.be>
To: deolinda.pires@correionet.example.pt
Subject: =?utf-8?q?Pedido_de_encerramento_da_conta_de_D=2E_Deolinda_Pires_=28faleci?=
 =?utf-8?q?da=29_=E2=80=93_confirma=C3=A7=C3=A3o?=
Date: Tue, 6 Oct 2026 11:15:00 +0200
Message-ID: <PRV-2026-04871.2.20261006091500@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

--596AF8cS031176.1791278108/mail.correionet.example.pt--
'''),
    ('pt', 'screen-reader-mail-service-delivered-audio', 'automated', (),
'''Return-Path: <nao-responder@leiamais.example.pt>
Received: from out2.leiamais.example.pt (out2.leiamais.example.pt [198.51.100.188])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fr1aJ7eHzz1mF7
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 14:52:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=leiamais.example.pt;
        s=lm1; t=1792417962; h=from:to:subject:date:message-id:mime-version:content-type;
        bh=Jr9oY3kR7vN1cS6sM4hK8gG2eZ5bF0vI3pU7zN1xC6l=;
        b=Sx6uZ0yD3cM8nY5dI1tK4xG9hE2aB7fW0kQ3pA6vO9sZ5tX8dN1mE6jU9lY4hF7i
         B0cG3wK6qR9pO2xD5eZ8mN1lJ4iH7fU0cS3yG6tV9aW2kQ5rB8zE1xD4pO7mL0j==
From: =?utf-8?q?LeiaMais_=E2=80=93_correio_acess=C3=ADvel?= <nao-responder@leiamais.example.pt>
To: privacy@shop.example.be
Subject: =?utf-8?q?A_sua_mensagem_foi_entregue_em_=C3=A1udio_ao_utilizador_n=2E?=
 =?utf-8?q?=C2=BA_20417?=
Date: Mon, 19 Oct 2026 13:52:42 +0100
Message-ID: <lm.entrega.20417.1792417962@leiamais.example.pt>
In-Reply-To: <PRV-2026-05012.1.20261019125210@shop.example.be>
Auto-Submitted: auto-replied
Precedence: auto_reply
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="lm_alt_0c4e9b27"

--lm_alt_0c4e9b27
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

RXN0YSDDqSB1bWEgbWVuc2FnZW0gYXV0b23DoXRpY2EgZG8gc2VydmnDp28gTGVpYU1haXMuIE7D
o28gcmVzcG9uZGEgYSBlc3RlIGUtbWFpbC4KCkEgc3VhIG1lbnNhZ2VtIGNvbSBvIGFzc3VudG8g
IlJlc3Bvc3RhIGFvIHNldSBwZWRpZG8gZGUgYWNlc3NvIGFvcyBkYWRvcyBwZXNzb2FpcyIgZm9p
IHJlY2ViaWRhIGUgY29udmVydGlkYSBlbSDDoXVkaW8uIE8gZGVzdGluYXTDoXJpbyAodXRpbGl6
YWRvciBuLsK6IDIwNDE3LCBwZXNzb2EgY2VnYSBvdSBjb20gYmFpeGEgdmlzw6NvKSBwb2RlcsOh
IG91dmktbGEgbmEgcHLDs3hpbWEgbGlnYcOnw6NvIGFvIHNlcnZpw6dvLCBwb3IgdGVsZWZvbmUg
b3UgbmEgYXBsaWNhw6fDo28uCgpBdGVuw6fDo286Ci0gT3MgYW5leG9zIGVtIFBERiBkaWdpdGFs
aXphZG8sIGltYWdlbnMgZSB0YWJlbGFzIG7Do28gcG9kZW0gc2VyIGxpZG9zIHBlbG8gc2ludGV0
aXphZG9yIGRlIHZvei4gRm9yYW0gcmV0aWRvcyAyIGFuZXhvcyAoZXhwb3J0YWNhb19kYWRvcy5w
ZGYsIGZvcm11bGFyaW9faWRlbnRpZmljYWNhby5wZGYpLiBQYXJhIHF1ZSBvIHV0aWxpemFkb3Ig
dGVuaGEgYWNlc3NvIMOgIGluZm9ybWHDp8OjbywgZW52aWUgbyBjb250ZcO6ZG8gbm8gY29ycG8g
ZGEgbWVuc2FnZW0gb3UgbnVtIGZpY2hlaXJvIGRlIHRleHRvIHNpbXBsZXMgKC50eHQpIG91IGFj
ZXNzw612ZWwgKC5kb2N4LCAuaHRtbCkuCi0gTGlnYcOnw7VlcyBxdWUgZXhpamFtIGF1dGVudGlj
YcOnw6NvIG91IENBUFRDSEEgbsOjbyBzw6NvIGFjZXNzw612ZWlzIGFvcyBub3Nzb3MgdXRpbGl6
YWRvcmVzLgoKUHJvdGXDp8OjbyBkZSBkYWRvczogbyBMZWlhTWFpcyB0cmF0YSBvIHNldSBlbmRl
cmXDp28gZGUgY29ycmVpbyBlbGV0csOzbmljbyBlIG8gY29udGXDumRvIGRhIG1lbnNhZ2VtIGFw
ZW5hcyBwYXJhIGEgZW50cmVnYSBhbyBkZXN0aW5hdMOhcmlvLCBjb20gYmFzZSBubyBjb25zZW50
aW1lbnRvIGRvIHV0aWxpemFkb3IuIEFzIG1lbnNhZ2VucyBlbSDDoXVkaW8gc8OjbyBhcGFnYWRh
cyA5MCBkaWFzIGFww7NzIGEgZW50cmVnYS4gTWFpcyBpbmZvcm1hw6fDtWVzOiB3d3cubGVpYW1h
aXMuZXhhbXBsZS5wdC9wcml2YWNpZGFkZQoKTGVpYU1haXMg4oCTIGNvcnJlaW8gYWNlc3PDrXZl
bCBwYXJhIHBlc3NvYXMgY2VnYXMgZSBjb20gYmFpeGEgdmlzw6NvCg==
--lm_alt_0c4e9b27
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWwgbGFuZz0icHQiPjxib2R5IHN0eWxlPSJmb250LWZhbWlseTpWZXJkYW5hLHNhbnMtc2Vy
aWY7Zm9udC1zaXplOjE2cHg7bGluZS1oZWlnaHQ6MS41Ij4KPHA+RXN0YSDDqSB1bWEgbWVuc2Fn
ZW0gYXV0b23DoXRpY2EgZG8gc2VydmnDp28gTGVpYU1haXMuIE7Do28gcmVzcG9uZGEgYSBlc3Rl
IGUtbWFpbC48L3A+CjxwPkEgc3VhIG1lbnNhZ2VtIGNvbSBvIGFzc3VudG8gwqtSZXNwb3N0YSBh
byBzZXUgcGVkaWRvIGRlIGFjZXNzbyBhb3MgZGFkb3MgcGVzc29haXPCuyBmb2kgcmVjZWJpZGEg
ZSBjb252ZXJ0aWRhIGVtIMOhdWRpby4gTyBkZXN0aW5hdMOhcmlvICh1dGlsaXphZG9yIG4uwrog
MjA0MTcsIHBlc3NvYSBjZWdhIG91IGNvbSBiYWl4YSB2aXPDo28pIHBvZGVyw6Egb3V2aS1sYSBu
YSBwcsOzeGltYSBsaWdhw6fDo28gYW8gc2VydmnDp28sIHBvciB0ZWxlZm9uZSBvdSBuYSBhcGxp
Y2HDp8Ojby48L3A+CjxoMiBzdHlsZT0iZm9udC1zaXplOjE4cHgiPkF0ZW7Dp8OjbzwvaDI+Cjx1
bD48bGk+T3MgYW5leG9zIGVtIFBERiBkaWdpdGFsaXphZG8sIGltYWdlbnMgZSB0YWJlbGFzIG7D
o28gcG9kZW0gc2VyIGxpZG9zIHBlbG8gc2ludGV0aXphZG9yIGRlIHZvei4gRm9yYW0gcmV0aWRv
cyAyIGFuZXhvcyAoZXhwb3J0YWNhb19kYWRvcy5wZGYsIGZvcm11bGFyaW9faWRlbnRpZmljYWNh
by5wZGYpLiBQYXJhIHF1ZSBvIHV0aWxpemFkb3IgdGVuaGEgYWNlc3NvIMOgIGluZm9ybWHDp8Oj
bywgZW52aWUgbyBjb250ZcO6ZG8gbm8gY29ycG8gZGEgbWVuc2FnZW0gb3UgbnVtIGZpY2hlaXJv
IGRlIHRleHRvIHNpbXBsZXMgKC50eHQpIG91IGFjZXNzw612ZWwgKC5kb2N4LCAuaHRtbCkuPC9s
aT4KPGxpPkxpZ2HDp8O1ZXMgcXVlIGV4aWphbSBhdXRlbnRpY2HDp8OjbyBvdSBDQVBUQ0hBIG7D
o28gc8OjbyBhY2Vzc8OtdmVpcyBhb3Mgbm9zc29zIHV0aWxpemFkb3Jlcy48L2xpPjwvdWw+Cjxw
IHN0eWxlPSJmb250LXNpemU6MTNweCI+UHJvdGXDp8OjbyBkZSBkYWRvczogbyBMZWlhTWFpcyB0
cmF0YSBvIHNldSBlbmRlcmXDp28gZGUgY29ycmVpbyBlbGV0csOzbmljbyBlIG8gY29udGXDumRv
IGRhIG1lbnNhZ2VtIGFwZW5hcyBwYXJhIGEgZW50cmVnYSBhbyBkZXN0aW5hdMOhcmlvLCBjb20g
YmFzZSBubyBjb25zZW50aW1lbnRvIGRvIHV0aWxpemFkb3IuIEFzIG1lbnNhZ2VucyBlbSDDoXVk
aW8gc8OjbyBhcGFnYWRhcyA5MCBkaWFzIGFww7NzIGEgZW50cmVnYS4gPGEgaHJlZj0iaHR0cHM6
Ly93d3cubGVpYW1haXMuZXhhbXBsZS5wdC9wcml2YWNpZGFkZSI+TWFpcyBpbmZvcm1hw6fDtWVz
PC9hPjwvcD4KPC9ib2R5PjwvaHRtbD4K
--lm_alt_0c4e9b27--
'''),
    ('pt', 'son-forwards-order-confirmation-complains-poa-ignored', 'complaint', (),
'''Return-Path: <ricardo.azevedo@correionet.example.pt>
Received: from smtp.correionet.example.pt (smtp.correionet.example.pt [203.0.113.122])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fs4bK8fJaz2nG0
        for <privacy@shop.example.be>; Sun, 25 Oct 2026 20:31:57 +0100 (CET)
Received: from smtpclient.apple (bl5-203-0-113-17.dsl.example.pt [203.0.113.17])
        (authenticated bits=0)
        by smtp.correionet.example.pt (8.17.2/8.17.2) with ESMTPSA id 59PJVt9q044210
        (version=TLSv1.3 cipher=TLS_AES_128_GCM_SHA256 bits=128 verify=NO)
        for <privacy@shop.example.be>; Sun, 25 Oct 2026 19:31:56 GMT
From: Ricardo Azevedo <ricardo.azevedo@correionet.example.pt>
Content-Type: multipart/alternative;
        boundary="Apple-Mail=_8E2C4A71-3B9D-4F06-A1E5-7D20C9B6F348"
Mime-Version: 1.0 (Mac OS X Mail 16.0 (3826.600.51.1.1))
Subject: =?utf-8?q?Fwd=3A_Confirma=C3=A7=C3=A3o_da_sua_encomenda_n=2E=C2=BA_7730019?=
 =?utf-8?q?452?=
Date: Sun, 25 Oct 2026 19:31:44 +0000
References: <order-7730019452.confirm@shop.example.be>
To: privacy@shop.example.be
Message-Id: <B71F3D20-6C4E-4A98-9E05-2D8C1F7A3B64@correionet.example.pt>
X-Mailer: Apple Mail (2.3826.600.51.1.1)

--Apple-Mail=_8E2C4A71-3B9D-4F06-A1E5-7D20C9B6F348
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain;
        charset=utf-8

Isto =C3=A9 inaceit=C3=A1vel.

Em maio enviei-vos por e-mail e por carta a procura=C3=A7=C3=A3o notarial e=
 o atestado m=C3=A9dico da minha m=C3=A3e, Maria da Concei=C3=A7=C3=A3o Aze=
vedo (doen=C3=A7a de Alzheimer), e pedi por escrito que bloqueassem as comp=
ras online na conta dela e parassem com a publicidade. Nunca tive resposta.=
 Continuam a aceitar encomendas: esta =C3=A9 a terceira este m=C3=AAs, 389 =
=E2=82=AC desta vez, e ela ainda recebe SMS com "ofertas exclusivas para si=
". Ela n=C3=A3o percebe as ofertas e compra tudo.

Exijo que cumpram finalmente o pedido de maio e me digam por escrito o que =
fizeram. Se n=C3=A3o tiver resposta no prazo de 8 dias, apresento queixa =
=C3=A0 Autoridade de Prote=C3=A7=C3=A3o de Dados belga.

Ricardo Azevedo
Conta da cliente: mc.azevedo@correionet.example.pt

In=C3=ADcio da mensagem reencaminhada:

De: Shop Example <encomendas@shop.example.be>
Assunto: Confirma=C3=A7=C3=A3o da sua encomenda n.=C2=BA 7730019452
Data: 25 de outubro de 2026 =C3=A0s 16:08:31 WET
Para: mc.azevedo@correionet.example.pt

Ol=C3=A1 Maria da Concei=C3=A7=C3=A3o,

Obrigado pela sua encomenda! Estamos a prepar=C3=A1-la.

Encomenda n.=C2=BA 7730019452
1 x M=C3=A1quina de caf=C3=A9 expresso autom=C3=A1tica =E2=80=93 349,00 =E2=
=82=AC
1 x Conjunto de 6 ch=C3=A1venas =E2=80=93 40,00 =E2=82=AC
Total: 389,00 =E2=82=AC
Pagamento: cart=C3=A3o terminado em 4417
Entrega prevista: 28/10/2026

Esta =C3=A9 uma mensagem autom=C3=A1tica, n=C3=A3o responda.
Shop Example BV =C2=B7 Declara=C3=A7=C3=A3o de privacidade =C2=B7 Gerir pre=
fer=C3=AAncias
--Apple-Mail=_8E2C4A71-3B9D-4F06-A1E5-7D20C9B6F348
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html;
        charset=utf-8

<html><head><meta http-equiv=3D"content-type" content=3D"text/html; charset=
=3Dutf-8"></head><body style=3D"overflow-wrap: break-word; -webkit-nbsp-mod=
e: space; line-break: after-white-space;"><div>Isto =C3=A9 inaceit=C3=A1vel=
.</div><div><br></div><div>Em maio enviei-vos por e-mail e por carta a proc=
ura=C3=A7=C3=A3o notarial e o atestado m=C3=A9dico da minha m=C3=A3e, Maria=
 da Concei=C3=A7=C3=A3o Azevedo (doen=C3=A7a de Alzheimer), e pedi por escr=
ito que bloqueassem as compras online na conta dela e parassem com a public=
idade. Nunca tive resposta. Continuam a aceitar encomendas: esta =C3=A9 a t=
erceira este m=C3=AAs, 389 =E2=82=AC desta vez, e ela ainda recebe SMS com =
"ofertas exclusivas para si". Ela n=C3=A3o percebe as ofertas e compra tudo=
.</div><div><br></div><div>Exijo que cumpram finalmente o pedido de maio e =
me digam por escrito o que fizeram. Se n=C3=A3o tiver resposta no prazo de =
8 dias, apresento queixa =C3=A0 Autoridade de Prote=C3=A7=C3=A3o de Dados b=
elga.</div><div><br></div><div>Ricardo Azevedo</div><div>Conta da cliente: =
mc.azevedo@correionet.example.pt</div><div><br><blockquote type=3D"cite"><d=
iv>In=C3=ADcio da mensagem reencaminhada:</div><br><div><b>De: </b>Shop Exa=
mple &lt;encomendas@shop.example.be&gt;<br><b>Assunto: </b>Confirma=C3=A7=
=C3=A3o da sua encomenda n.=C2=BA 7730019452<br><b>Data: </b>25 de outubro =
de 2026 =C3=A0s 16:08:31 WET<br><b>Para: </b>mc.azevedo@correionet.example.=
pt</div><br><div><p>Ol=C3=A1 Maria da Concei=C3=A7=C3=A3o,</p><p>Obrigado p=
ela sua encomenda! Estamos a prepar=C3=A1-la.</p><p>Encomenda n.=C2=BA 7730=
019452<br>1 x M=C3=A1quina de caf=C3=A9 expresso autom=C3=A1tica =E2=80=93 =
349,00 =E2=82=AC<br>1 x Conjunto de 6 ch=C3=A1venas =E2=80=93 40,00 =E2=82=
=AC<br>Total: 389,00 =E2=82=AC<br>Pagamento: cart=C3=A3o terminado em 4417<=
br>Entrega prevista: 28/10/2026</p><p>Esta =C3=A9 uma mensagem autom=C3=A1t=
ica, n=C3=A3o responda.<br>Shop Example BV =C2=B7 Declara=C3=A7=C3=A3o de p=
rivacidade =C2=B7 Gerir prefer=C3=AAncias</p></div></blockquote></div></bod=
y></html>
--Apple-Mail=_8E2C4A71-3B9D-4F06-A1E5-7D20C9B6F348--
'''),
]

"""Set fiftyninth: robot mail of debt collectors, bailiffs, payment providers, credit registers, courts, mediation services and law firms, plus people who look automatic (en nl fr de es it pt). Written apart from the code."""

ROBOTS = [
    ('en', 'postfix-bounce-own-relay-collector-unknown-user', 'automated', (),
'''Return-Path: <>
Received: from out1.shop.example.be (out1.shop.example.be [192.0.2.25])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R7kT05Lr1z4xQ
        for <privacy@shop.example.be>; Tue,  3 Mar 2026 10:15:07 +0100 (CET)
Received: by out1.shop.example.be (Postfix)
        id 4R7kSz3hWqz9vK; Tue,  3 Mar 2026 10:15:07 +0100 (CET)
Date: Tue,  3 Mar 2026 10:15:07 +0100 (CET)
From: MAILER-DAEMON@out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4R7kSz3hWqz9vK.1772529307/out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <4R7kSz3hWqz9vK@out1.shop.example.be>

This is a MIME-encapsulated message.

--4R7kSz3hWqz9vK.1772529307/out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.okafor@harwell-recoveries.example.co.uk>: host
    mx1.harwell-recoveries.example.co.uk[203.0.113.44] said: 550 5.1.1
    <d.okafor@harwell-recoveries.example.co.uk>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--4R7kSz3hWqz9vK.1772529307/out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; out1.shop.example.be
X-Postfix-Queue-ID: 4R7kSz3hWqz9vK
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue,  3 Mar 2026 10:15:05 +0100 (CET)

Final-Recipient: rfc822; d.okafor@harwell-recoveries.example.co.uk
Original-Recipient: rfc822;d.okafor@harwell-recoveries.example.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.harwell-recoveries.example.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <d.okafor@harwell-recoveries.example.co.uk>:
    Recipient address rejected: User unknown in virtual mailbox table

--4R7kSz3hWqz9vK.1772529307/out1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from app-priv02.int.shop.example.be (app-priv02.int.shop.example.be [10.40.2.17])
        by out1.shop.example.be (Postfix) with ESMTPS id 4R7kSz3hWqz9vK
        for <d.okafor@harwell-recoveries.example.co.uk>; Tue,  3 Mar 2026 10:15:05 +0100 (CET)
From: Shop Example BV - Privacy Team <privacy@shop.example.be>
To: Daniel Okafor <d.okafor@harwell-recoveries.example.co.uk>
Subject: Re: Customer data held for case HR-55821 - please confirm erasure
Date: Tue, 3 Mar 2026 10:15:04 +0100
Message-ID: <20260303091504.PRV-2026-02984@shop.example.be>
In-Reply-To: <CL.HR-55821.20260226.0931@harwell-recoveries.example.co.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

--4R7kSz3hWqz9vK.1772529307/out1.shop.example.be--
'''),
    ('en', 'debt-collector-caseline-case-opened', 'automated', (),
'''Return-Path: <bounces+c0418@notify.harwell-recoveries.example.co.uk>
Received: from mta2.notify.harwell-recoveries.example.co.uk (mta2.notify.harwell-recoveries.example.co.uk [203.0.113.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0rLw1sFhz4wN
        for <privacy@shop.example.be>; Mon,  9 Feb 2026 08:02:14 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=notify.harwell-recoveries.example.co.uk; s=cl2024; t=1770620531;
        h=from:to:subject:date:message-id:mime-version:content-type;
        bh=9sT3kQvX0mC1a7bR2yHfN4uP6wZeL8oJdGiK5nVtAqE=;
        b=QmH7xR2pLk9sV0aTfC3wYb8nJd4eUq1oGz6iKr5tNvXcMhPyWlBs2aDjF0gE9uZ
         kRt4LmQx8vNp3cHy7bWf1sDe6oJa2gKu9iTz5rXnMqPvYlCb0hEw4dSj8fUo3tGa
         Zx1Rk7pNq=
From: Harwell Recoveries <no-reply@notify.harwell-recoveries.example.co.uk>
To: privacy@shop.example.be
Subject: [HR-55821] New case opened - Shop Example BV / your ref 7730-118
Date: Mon, 09 Feb 2026 07:02:11 +0000
Message-ID: <CL.HR-55821.20260209.070211.1@harwell-recoveries.example.co.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
X-Mailer: CaseLine Notify 3.8.2
X-CaseLine-Event: case.opened

HARWELL RECOVERIES LTD - CLIENT NOTIFICATION

This is an automated message from CaseLine. Please do not reply: this
mailbox is not monitored.

Client:            Shop Example BV (client no. C-0418)
Your reference:    7730-118 / invoice INV-2025-884102
Our case number:   HR-55821
Debtor:            Mr M. K*****
Balance placed:    EUR 312.40 (incl. statutory costs)
Status:            CASE OPENED - pre-legal stage

What happens next
- A first letter and an email will be sent to the debtor within 2
  working days.
- Payments received will be reported to you in the weekly remittance.
- If the debtor disputes the debt, we put the case on hold and notify
  you.

Personal data received with this placement
We received the following debtor data from you by SFTP upload (file
shop_placements_20260208.csv): full name, postal address, email
address, mobile number, date of birth, order and invoice history.
We process this personal data as your processor under the Data
Processing Agreement of 14 March 2024. Case data is retained for
6 years after closure and then deleted. Requests from data subjects
(access, rectification, erasure, objection) that reach us are
forwarded to your privacy contact on file: privacy@shop.example.be.

To recall the case, export the case file or request early deletion of
the debtor data, log in to the client portal:
https://portal.harwell-recoveries.example.co.uk/cases/HR-55821

Harwell Recoveries Ltd, Unit 4, Calder Park, Leeds LS12 9XY
Registered in England and Wales no. 08811234
'''),
    ('en', 'payment-provider-chargeback-dispute-opened', 'automated', (),
'''Return-Path: <0102019ce3a1b7f2-6d1e4a57-3b8c-4f2a-9d61-7c0e2f5a8b13-000000@eu-west-1.amazonses.com>
Received: from a2-41.smtp-out.eu-west-1.amazonses.com (a2-41.smtp-out.eu-west-1.amazonses.com [198.51.100.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBd2q6Vm8z4wS
        for <privacy@shop.example.be>; Thu, 12 Mar 2026 17:41:12 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
        s=pgmail1; d=paygrid.example.com; t=1773333669;
        h=Content-Type:MIME-Version:From:To:Subject:Message-ID:Date;
        bh=Jq0v5nW2kR8cT1yXbF7hM3aL9sE4dU6oPzGiV0tQeNw=;
        b=V3xKp8RmT1qZ0aWcF6yHb2nL9sD4eUj7oGk5iQr3tNvXcMhPyWlBs2aDjF0gE9uZk
         Rt4LmQx8vNp3cHy7bWf1sDe6oJa2gKu9iTz5rXnMqPvYlCb0hEw4dSj8fUo3tGaZ=
Content-Type: multipart/alternative;
 boundary="----=_Part_2210948_1532776203.1773333669418"
MIME-Version: 1.0
From: Paygrid <disputes@notifications.paygrid.example.com>
To: privacy@shop.example.be
Subject: Dispute opened: EUR 249.00 payment needs your response by 26 Mar 2026
Message-ID: <0102019ce3a1b7f2-6d1e4a57-3b8c-4f2a-9d61-7c0e2f5a8b13-000000@eu-west-1.amazonses.com>
Date: Thu, 12 Mar 2026 16:41:09 +0000
X-Paygrid-Event: dispute.created
Feedback-ID: 1.eu-west-1.Xk9pQv2mT7aLr0cWyB3nHsE5dF8uJgOiZ1tKq4R6VbM=:AmazonSES
X-SES-Outgoing: 2026.03.12-198.51.100.41

------=_Part_2210948_1532776203.1773333669418
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Shop Example BV,

A cardholder has disputed a payment to your account. The disputed
amount (EUR 249.00) and a dispute fee of EUR 15.00 have been withdrawn
from your balance.

Dispute ID:    dp_1Pq8ZkH2aXv7Lm
Payment:       py_3Qm4RtH2aXv7Lm0c (11 Jan 2026, EUR 249.00)
Customer:      c.ashford@inbox.example.net
Card:          Visa ending 4417
Reason:        Fraudulent - the cardholder says they did not authorise this=
 payment
Respond by:    26 Mar 2026, 23:59 UTC

How to respond
Submit evidence in the Dashboard: proof of delivery, the customer's order c=
onfirmation, the IP address and device data of the order, and any correspon=
dence with the customer. If you accept the dispute, you don't need to do an=
ything.

About personal data in your evidence
Only upload the customer data that is needed to support your case. Evidence=
 is shared with the card network and the issuing bank and is kept for 7 yea=
rs under our Data Processing Addendum. Learn more at paygrid.example.com/pr=
ivacy.

Respond to dispute:
https://dashboard.paygrid.example.com/disputes/dp_1Pq8ZkH2aXv7Lm

You are receiving this email because privacy@shop.example.be is a dispute c=
ontact for the account Shop Example BV (acct_1Kx9TgW2aXv7Lm). Manage notifi=
cation settings: https://dashboard.paygrid.example.com/settings/notificatio=
ns

Paygrid Payments Europe Ltd, 2 Harbour Square, Dublin 2, D02 XK71, Ireland

------=_Part_2210948_1532776203.1773333669418
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"margin:0;padding:0;background:#f4f5f7;font-family:Helvetica,=
Arial,sans-serif;color:#1a1f36">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center" style=3D"padding:24px">
<table role=3D"presentation" width=3D"560" cellpadding=3D"0" cellspacing=3D=
"0" style=3D"background:#ffffff;border-radius:6px">
<tr><td style=3D"padding:24px 32px"><img src=3D"https://static.paygrid.exam=
ple.com/email/logo.png" width=3D"96" alt=3D"Paygrid"></td></tr>
<tr><td style=3D"padding:0 32px 8px 32px;font-size:20px;font-weight:bold">A=
 payment has been disputed</td></tr>
<tr><td style=3D"padding:0 32px 16px 32px;font-size:14px;line-height:22px">=
A cardholder has disputed a payment to <b>Shop Example BV</b>. The disputed=
 amount (EUR&nbsp;249.00) and a dispute fee of EUR&nbsp;15.00 have been wit=
hdrawn from your balance.</td></tr>
<tr><td style=3D"padding:0 32px 16px 32px;font-size:14px;line-height:22px">
<table cellpadding=3D"4" cellspacing=3D"0" style=3D"font-size:14px">
<tr><td style=3D"color:#697386">Dispute ID</td><td>dp_1Pq8ZkH2aXv7Lm</td></=
tr>
<tr><td style=3D"color:#697386">Payment</td><td>py_3Qm4RtH2aXv7Lm0c &middot=
; 11 Jan 2026 &middot; EUR 249.00</td></tr>
<tr><td style=3D"color:#697386">Customer</td><td>c.ashford@inbox.example.ne=
t</td></tr>
<tr><td style=3D"color:#697386">Card</td><td>Visa &bull;&bull;&bull;&bull; =
4417</td></tr>
<tr><td style=3D"color:#697386">Reason</td><td>Fraudulent</td></tr>
<tr><td style=3D"color:#697386">Respond by</td><td><b>26 Mar 2026, 23:59 UT=
C</b></td></tr>
</table></td></tr>
<tr><td style=3D"padding:0 32px 24px 32px"><a href=3D"https://dashboard.pay=
grid.example.com/disputes/dp_1Pq8ZkH2aXv7Lm" style=3D"background:#5469d4;co=
lor:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none;font-s=
ize:14px">Respond to dispute</a></td></tr>
<tr><td style=3D"padding:0 32px 24px 32px;font-size:12px;line-height:18px;c=
olor:#697386"><b>About personal data in your evidence.</b> Only upload the =
customer data that is needed to support your case. Evidence is shared with =
the card network and the issuing bank and is kept for 7 years under our Dat=
a Processing Addendum.</td></tr>
<tr><td style=3D"padding:16px 32px;font-size:11px;color:#8792a2;border-top:=
1px solid #e3e8ee">You are receiving this email because privacy@shop.exampl=
e.be is a dispute contact for Shop Example BV. <a href=3D"https://dashboard=
.paygrid.example.com/settings/notifications" style=3D"color:#8792a2">Notifi=
cation settings</a><br>Paygrid Payments Europe Ltd, 2 Harbour Square, Dubli=
n 2, D02 XK71, Ireland</td></tr>
</table></td></tr></table>
</body></html>

------=_Part_2210948_1532776203.1773333669418--
'''),
    ('en', 'law-firm-exchange-out-of-office-confidentiality', 'automated', (),
'''Return-Path: <>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2112.outbound.protection.outlook.com [198.51.100.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RKz0c2bTnz4wT
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 11:27:47 +0200 (CEST)
Received: from LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2a1::9) by
 CWLP265MB5383.GBRP265.PROD.OUTLOOK.COM (2603:10a6:400:1f3::14) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.19; Wed, 15 Apr
 2026 09:27:45 +0000
From: Eleanor Whitcombe <E.Whitcombe@brantleymoss.example.co.uk>
To: Shop Example BV Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Fenwick v Shop Example BV - subject access request
 on behalf of our client
Thread-Topic: Fenwick v Shop Example BV - subject access request on behalf of
 our client
Thread-Index: AQHcrM1o2b0f9Kq3xE2TnV8Lw7Ra+w==
Date: Wed, 15 Apr 2026 09:27:44 +0000
Message-ID: <6d2f1a0c8b3e4c7f9a51e2d0b7c4f813@LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <20260415092601.PRV-2026-04410@shop.example.be>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Inbox-Rules-Loop: E.Whitcombe@brantleymoss.example.co.uk
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: multipart/alternative;
	boundary="_000_6d2f1a0c8b3e4c7f9a51e2d0b7c4f813LO4P265MB6012GBRP_"
MIME-Version: 1.0

--_000_6d2f1a0c8b3e4c7f9a51e2d0b7c4f813LO4P265MB6012GBRP_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email.

I am out of the office until Monday 20 April 2026 and will have limited acc=
ess to email. If your message concerns a court deadline or another urgent m=
atter, please contact my assistant Priya Nandakumar (P.Nandakumar@brantleym=
oss.example.co.uk, +44 20 7946 0381) or our Commercial Litigation team (lit=
igation@brantleymoss.example.co.uk).

Kind regards

Eleanor Whitcombe
Senior Associate | Commercial Litigation & Debt Recovery
Brantley Moss LLP | 40 Fenchurch Row, London EC3M 4AJ

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and=
 may be subject to legal professional privilege. If you are not the intende=
d recipient, please notify the sender immediately and delete this email; yo=
u must not copy, use or disclose its contents to any other person. Brantley=
 Moss LLP processes personal data in accordance with the UK GDPR and the Da=
ta Protection Act 2018. Our privacy notice explains how we collect, use, sh=
are and retain personal data and how you can exercise your rights of access=
, rectification and erasure: www.brantleymoss.example.co.uk/privacy. Brantl=
ey Moss LLP is a limited liability partnership registered in England and Wa=
les (OC412233) and is authorised and regulated by the Solicitors Regulation=
 Authority (SRA no. 645521). Beware of cyber fraud: we will never tell you =
about a change to our bank details by email.

--_000_6d2f1a0c8b3e4c7f9a51e2d0b7c4f813LO4P265MB6012GBRP_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii">
</head>
<body>
<div style=3D"font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt=
;color:rgb(0,0,0)">
<p>Thank you for your email.</p>
<p>I am out of the office until Monday 20 April 2026 and will have limited =
access to email. If your message concerns a court deadline or another urgen=
t matter, please contact my assistant Priya Nandakumar (<a href=3D"mailto:P=
.Nandakumar@brantleymoss.example.co.uk">P.Nandakumar@brantleymoss.example.c=
o.uk</a>, +44 20 7946 0381) or our Commercial Litigation team (<a href=3D"m=
ailto:litigation@brantleymoss.example.co.uk">litigation@brantleymoss.exampl=
e.co.uk</a>).</p>
<p>Kind regards</p>
<p><b>Eleanor Whitcombe</b><br>Senior Associate | Commercial Litigation &am=
p; Debt Recovery<br>Brantley Moss LLP | 40 Fenchurch Row, London EC3M 4AJ</=
p>
<p style=3D"font-size:8pt;color:rgb(128,128,128)">CONFIDENTIALITY NOTICE: T=
his email and any attachments are confidential and may be subject to legal =
professional privilege. If you are not the intended recipient, please notif=
y the sender immediately and delete this email; you must not copy, use or d=
isclose its contents to any other person. Brantley Moss LLP processes perso=
nal data in accordance with the UK GDPR and the Data Protection Act 2018. O=
ur privacy notice explains how we collect, use, share and retain personal d=
ata and how you can exercise your rights of access, rectification and erasu=
re: www.brantleymoss.example.co.uk/privacy. Brantley Moss LLP is a limited =
liability partnership registered in England and Wales (OC412233) and is aut=
horised and regulated by the Solicitors Regulation Authority (SRA no. 64552=
1). Beware of cyber fraud: we will never tell you about a change to our ban=
k details by email.</p>
</div>
</body>
</html>

--_000_6d2f1a0c8b3e4c7f9a51e2d0b7c4f813LO4P265MB6012GBRP_--
'''),
    ('en', 'person-forwards-assignment-notice-asks-what-data', 'access', (),
'''Return-Path: <martin.keogh@mailbox.example.net>
Received: from smtp-out3.mailbox.example.net (smtp-out3.mailbox.example.net [203.0.113.87])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2c1N6YbGz4wL
        for <privacy@shop.example.be>; Sat, 21 Feb 2026 22:48:13 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mailbox.example.net;
        s=mbx2023; t=1771714085;
        bh=r4Tq8Vn0cLx2mK7yW1bZ9sFjP3aHd5eUoGi6tQvNwXE=;
        h=Date:To:From:Subject:From;
        b=Kp3xR8mTq1Z0aWcF6yHb2nL9sD4eUj7oGk5iQr3tNvXcMhPyWlBs2aDjF0gE9uZ
         kRt4LmQx8vNp3cHy7bWf1sDe6oJa2gKu9iTz5rXnMq==
Message-ID: <8c1f0d2e-5a7b-4e43-9b1a-2d6f4c0e7a91@mailbox.example.net>
Date: Sat, 21 Feb 2026 21:48:05 +0000
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: en-GB
To: privacy@shop.example.be
From: Martin Keogh <martin.keogh@mailbox.example.net>
Subject: Fwd: NOTICE OF ASSIGNMENT - Account HR-55874 - Shop Example BV -
 ACTION REQUIRED
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

Hello,

This landed in my inbox yesterday and I have no idea what it is about.
I have never ordered anything from Shop Example, never had one of your
loyalty cards and have never set foot in one of your stores. Either
somebody used my name or you have mixed me up with someone else.

Before I deal with Harwell I want to know exactly what you have on me:

- what personal data about me you hold, and where you got it from;
- what you sent to Harwell Recoveries (or any other collector, bailiff
   or solicitor), and on which date;
- a copy of the order(s) and invoice they are chasing me for.

Please treat this as a subject access request. My address is
14 Aldergate Close, Kidderminster DY10 3QP and my date of birth is
2 May 1979, in case you need that to find the records.

Martin Keogh


-------- Forwarded Message --------
Subject: NOTICE OF ASSIGNMENT - Account HR-55874 - Shop Example BV -
ACTION REQUIRED
Date: Fri, 20 Feb 2026 07:14:52 +0000
From: Harwell Recoveries <no-reply@notify.harwell-recoveries.example.co.uk>
To: martin.keogh@mailbox.example.net

This is an automatically generated email. Please do not reply.

Dear Mr Keogh,

Your account with Shop Example BV has been passed to Harwell Recoveries
Ltd for collection.

Our reference:       HR-55874
Original creditor:   Shop Example BV
Creditor reference:  7730-204 / INV-2025-901377
Balance due:         EUR 187.95

Please pay the balance in full within 14 days or contact us to agree
a repayment plan. Pay online: https://pay.harwell-recoveries.example.co.uk

If you do not recognise this debt, you can dispute it through our
customer portal. Our privacy notice explains how we use your personal
data: www.harwell-recoveries.example.co.uk/privacy

Harwell Recoveries Ltd
'''),
    ('nl', 'exchange-ndr-dutch-bailiff-mailbox-gone', 'automated', (),
'''Return-Path: <>
Received: from EUR02-AM8-obe.outbound.protection.outlook.com (mail-am8eur02on2071.outbound.protection.outlook.com [198.51.100.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RnD8h0xKqz4wF
        for <privacy@shop.example.be>; Thu,  8 Jan 2026 15:03:24 +0100 (CET)
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@vandamme-deurwaarders.example.be>
To: <privacy@shop.example.be>
Date: Thu, 8 Jan 2026 14:03:22 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="37b1f2c8-4a5d-4e0b-9c63-b2e7d1f04a58"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
Message-ID:
	<5c9e1d07-2b44-4f8a-a3e1-90d6c7f2b815@AM8PR02MB7411.eurprd02.prod.outlook.com>
In-Reply-To: <20260108140316.PRV-2026-00107@shop.example.be>
References: <20260108140316.PRV-2026-00107@shop.example.be>
Thread-Topic: Uw vraag over dossier 2025/DW/03981 - gegevens schuldenaar
Subject: Onbestelbaar: Uw vraag over dossier 2025/DW/03981 - gegevens
 schuldenaar
MIME-Version: 1.0

--37b1f2c8-4a5d-4e0b-9c63-b2e7d1f04a58
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="9a6e3d51-c0b7-4f12-8e4d-6b1a2c9f7e30"

--9a6e3d51-c0b7-4f12-8e4d-6b1a2c9f7e30
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bezorging is mislukt voor deze ontvangers of groepen:

invordering@vandamme-deurwaarders.example.be<mailto:invordering@vandamme-de=
urwaarders.example.be>
Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-ma=
iladres van de ontvanger en probeer het bericht opnieuw te verzenden. Neem =
contact op met de helpdesk als het probleem blijft optreden.







Diagnostische gegevens voor beheerders:

Genererende server: AM8PR02MB7411.eurprd02.prod.outlook.com

invordering@vandamme-deurwaarders.example.be
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t invordering@vandamme-deurwaarders.example.be not found by SMTP address lo=
okup'

Oorspronkelijke berichtkoppen:

Received: from mx1.shop.example.be (192.0.2.10) by
 AM8PR02MB7411.eurprd02.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8398.6; Thu, 8 Jan 2026 14:03:20 +0000
From: Shop Example BV - Privacyteam <privacy@shop.example.be>
To: invordering@vandamme-deurwaarders.example.be
Subject: Uw vraag over dossier 2025/DW/03981 - gegevens schuldenaar
Date: Thu, 8 Jan 2026 15:03:16 +0100
Message-ID: <20260108140316.PRV-2026-00107@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3Dutf-8

--9a6e3d51-c0b7-4f12-8e4d-6b1a2c9f7e30
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Bezorging is misluk=
t voor deze ontvangers of groepen:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:inv=
ordering@vandamme-deurwaarders.example.be">invordering@vandamme-deurwaarder=
s.example.be</a><br>
</font>
<font color=3D"#000000" size=3D"3" face=3D"Arial">Het e-mailadres dat u heb=
t ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger =
en probeer het bericht opnieuw te verzenden. Neem contact op met de helpdes=
k als het probleem blijft optreden.<br>
</font>
<br>
<br>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Diagnostische gege=
vens voor beheerders:</b></p>
<p>Genererende server: AM8PR02MB7411.eurprd02.prod.outlook.com<br>
</p>
<p>invordering@vandamme-deurwaarders.example.be<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t invordering@vandamme-deurwaarders.example.be not found by SMTP address lo=
okup'<br>
</p>
</font>
</body>
</html>

--9a6e3d51-c0b7-4f12-8e4d-6b1a2c9f7e30--

--37b1f2c8-4a5d-4e0b-9c63-b2e7d1f04a58
Content-Type: message/delivery-status

Reporting-MTA: dns;AM8PR02MB7411.eurprd02.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Thu, 8 Jan 2026 14:03:20 +0000

Final-Recipient: rfc822;invordering@vandamme-deurwaarders.example.be
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 invordering@vandamme-deurwaarders.example.be not found by SMTP address lookup

--37b1f2c8-4a5d-4e0b-9c63-b2e7d1f04a58
Content-Type: text/rfc822-headers

Received: from mx1.shop.example.be (192.0.2.10) by
 AM8PR02MB7411.eurprd02.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8398.6; Thu, 8 Jan 2026 14:03:20 +0000
From: Shop Example BV - Privacyteam <privacy@shop.example.be>
To: invordering@vandamme-deurwaarders.example.be
Subject: Uw vraag over dossier 2025/DW/03981 - gegevens schuldenaar
Date: Thu, 8 Jan 2026 15:03:16 +0100
Message-ID: <20260108140316.PRV-2026-00107@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

--37b1f2c8-4a5d-4e0b-9c63-b2e7d1f04a58--
'''),
    ('nl', 'bailiff-dossiernet-payment-received-closed', 'automated', (),
'''Return-Path: <noreply@dossiers.vandamme-deurwaarders.example.be>
Received: from dossiernet.vandamme-deurwaarders.example.be (dossiernet.vandamme-deurwaarders.example.be [203.0.113.130])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RrTq51m2Lz4wH
        for <privacy@shop.example.be>; Tue, 27 Jan 2026 06:30:04 +0100 (CET)
Received: by dossiernet.vandamme-deurwaarders.example.be (Postfix, from userid 1003)
        id 6F0A2C01B4; Tue, 27 Jan 2026 06:30:02 +0100 (CET)
From: "Van Damme & Peeters Gerechtsdeurwaarders" <noreply@dossiers.vandamme-deurwaarders.example.be>
To: privacy@shop.example.be
Subject: Betaling ontvangen - dossier 2025/DW/03981 afgesloten (uw ref. 7730-097)
Date: Tue, 27 Jan 2026 06:30:02 +0100
Message-Id: <20260127053002.6F0A2C01B4@dossiernet.vandamme-deurwaarders.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Mailer: DossierNet Notificaties 4.2.1
X-DossierNet-Event: betaling.volledig

Geachte opdrachtgever,

Dit is een automatisch bericht van DossierNet. Gelieve niet te antwoorden
op dit e-mailadres; antwoorden worden niet gelezen.

Dossier:            2025/DW/03981
Uw referentie:      7730-097 (factuur 2025-118834)
Schuldenaar:        P. D******
Ontvangen bedrag:   € 186,45 (hoofdsom € 149,99 - intresten € 6,46 - kosten € 30,00)
Datum ontvangst:    26/01/2026
Status:             AFGESLOTEN - volledig betaald

De hoofdsom en de intresten (€ 156,45) worden binnen 10 werkdagen op uw
rekening gestort, samen met de gebruikelijke afrekening.

Persoonsgegevens
De persoonsgegevens van de schuldenaar die u ons voor dit dossier bezorgde
(naam, adres, rijksregisternummer, e-mailadres, telefoonnummer) worden
bewaard zolang de wettelijke bewaartermijn voor gerechtsdeurwaarders loopt
en daarna gewist. Verzoeken tot inzage, verbetering of wissing die de
betrokkene bij u indient, kunt u via het opdrachtgeversportaal aan ons
doorgeven. Meer info: www.vandamme-deurwaarders.example.be/privacy

U kunt zich voor deze meldingen afmelden in het opdrachtgeversportaal
(Instellingen > Meldingen per e-mail).

Met vriendelijke groeten,
Kantoor Van Damme & Peeters
Gerechtsdeurwaarders - Kortrijksesteenweg 412, 9000 Gent
'''),
    ('nl', 'consumer-mediation-complaint-acknowledgement', 'automated', (),
'''Return-Path: <bounce-cb2026019384@bemiddelingsdienst-consument.example.be>
Received: from mail.bemiddelingsdienst-consument.example.be (mail.bemiddelingsdienst-consument.example.be [198.51.100.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RCv7Z3kWpz4wJ
        for <privacy@shop.example.be>; Mon, 16 Mar 2026 11:12:43 +0100 (CET)
From: Bemiddelingsdienst Consument <no-reply@bemiddelingsdienst-consument.example.be>
To: privacy@shop.example.be
Subject: Ontvangstbevestiging - klacht CB-2026-019384 - Shop Example BV
Date: Mon, 16 Mar 2026 11:12:40 +0100
Message-ID: <cb-2026-019384.ack.1773655960@klachtenplatform.bemiddelingsdienst-consument.example.be>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative; boundary="=_kp_5d0c2e9a41f7b38e"

--=_kp_5d0c2e9a41f7b38e
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

R2VhY2h0ZSBoZWVyLCBtZXZyb3V3LAoKRGl0IGlzIGVlbiBhdXRvbWF0aXNjaGUgb250dmFuZ3N0
YmV2ZXN0aWdpbmcuIEdlbGlldmUgbmlldCB0ZSBhbnR3b29yZGVuIG9wIGRlemUgZS1tYWlsLgoK
RGUgQmVtaWRkZWxpbmdzZGllbnN0IENvbnN1bWVudCBoZWVmdCBlZW4ga2xhY2h0IG9udHZhbmdl
biBvdmVyIHV3IG9uZGVybmVtaW5nLgoKRG9zc2llcm51bW1lcjogQ0ItMjAyNi0wMTkzODQKT25k
ZXJuZW1pbmc6IFNob3AgRXhhbXBsZSBCViAoS0JPIDA3MTIuMzQ1LjY3OCkKT25kZXJ3ZXJwOiBi
ZXR3aXN0ZSBmYWN0dXVyLCBpbnZvcmRlcmluZyB2aWEgZWVuIGluY2Fzc29idXJlYXUgZW4gZG9v
cmdpZnRlIHZhbiBwZXJzb29uc2dlZ2V2ZW5zCkRhdHVtIGluZGllbmluZzogMTMvMDMvMjAyNgoK
QmlubmVuIDEwIHdlcmtkYWdlbiBvbnR2YW5ndCB1IGVlbiBhZnpvbmRlcmxpamtlIGJyaWVmIHZh
biBkZSBiZW1pZGRlbGFhciBkaWUgaGV0IGRvc3NpZXIgYmVoYW5kZWx0LCBtZXQgZGUga2xhY2h0
IGVuIGRlIGJpamxhZ2VuLiBVIGhvZWZ0IG51IG5vZyBuaWV0cyB0ZSBvbmRlcm5lbWVuLgoKWm9s
YW5nIGRlIGJlbWlkZGVsaW5nIGxvb3B0LCB2cmFnZW4gd2lqIHUgZGUgaW52b3JkZXJpbmcgdmFu
IGhldCBiZXR3aXN0ZSBiZWRyYWcgb3AgdGUgc2Nob3J0ZW4uCgpWZXJ3ZXJraW5nIHZhbiBwZXJz
b29uc2dlZ2V2ZW5zOiBkZSBCZW1pZGRlbGluZ3NkaWVuc3QgQ29uc3VtZW50IHZlcndlcmt0IGRl
IHBlcnNvb25zZ2VnZXZlbnMgaW4gZGl0IGRvc3NpZXIgdWl0c2x1aXRlbmQgdm9vciBkZSBiZWhh
bmRlbGluZyB2YW4gZGUga2xhY2h0LCBvdmVyZWVua29tc3RpZyBkZSBBbGdlbWVuZSBWZXJvcmRl
bmluZyBHZWdldmVuc2Jlc2NoZXJtaW5nIChBVkcpLiBEZSBnZWdldmVucyB3b3JkZW4gdmlqZiBq
YWFyIG5hIGRlIGFmc2x1aXRpbmcgdmFuIGhldCBkb3NzaWVyIGJld2FhcmQgZW4gZGFhcm5hIHZl
cndpamRlcmQuIE1lZXIgaW5mb3JtYXRpZSB2aW5kdCB1IGluIG9uemUgcHJpdmFjeXZlcmtsYXJp
bmcgb3Agd3d3LmJlbWlkZGVsaW5nc2RpZW5zdC1jb25zdW1lbnQuZXhhbXBsZS5iZS9wcml2YWN5
LgoKTWV0IHZyaWVuZGVsaWprZSBncm9ldCwKCkJlbWlkZGVsaW5nc2RpZW5zdCBDb25zdW1lbnQK
RGl0IGJlcmljaHQgd2VyZCBhdXRvbWF0aXNjaCB2ZXJzdHV1cmQgZG9vciBoZXQga2xhY2h0ZW5w
bGF0Zm9ybS4K

--=_kp_5d0c2e9a41f7b38e
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+CjxodG1sIGxhbmc9Im5sIj48aGVhZD48bWV0YSBjaGFyc2V0PSJ1dGYt
OCI+PHRpdGxlPk9udHZhbmdzdGJldmVzdGlnaW5nPC90aXRsZT48L2hlYWQ+Cjxib2R5IHN0eWxl
PSJmb250LWZhbWlseTpWZXJkYW5hLEFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXplOjEzcHg7Y29s
b3I6IzIyMiI+CjxkaXYgc3R5bGU9Im1heC13aWR0aDo2NDBweDttYXJnaW46MCBhdXRvIj4KPGRp
diBzdHlsZT0iYmFja2dyb3VuZDojMDA0NTZiO2NvbG9yOiNmZmY7cGFkZGluZzoxNHB4IDE4cHg7
Zm9udC1zaXplOjE2cHgiPkJlbWlkZGVsaW5nc2RpZW5zdCBDb25zdW1lbnQ8L2Rpdj4KPGRpdiBz
dHlsZT0icGFkZGluZzoxOHB4Ij4KPHA+R2VhY2h0ZSBoZWVyLCBtZXZyb3V3LDwvcD4KPHA+PGk+
RGl0IGlzIGVlbiBhdXRvbWF0aXNjaGUgb250dmFuZ3N0YmV2ZXN0aWdpbmcuIEdlbGlldmUgbmll
dCB0ZSBhbnR3b29yZGVuIG9wIGRlemUgZS1tYWlsLjwvaT48L3A+CjxwPkRlIEJlbWlkZGVsaW5n
c2RpZW5zdCBDb25zdW1lbnQgaGVlZnQgZWVuIGtsYWNodCBvbnR2YW5nZW4gb3ZlciB1dyBvbmRl
cm5lbWluZy48L3A+Cjx0YWJsZSBjZWxscGFkZGluZz0iMyIgc3R5bGU9ImZvbnQtc2l6ZToxM3B4
Ij4KPHRyPjx0ZD48Yj5Eb3NzaWVybnVtbWVyPC9iPjwvdGQ+PHRkPkNCLTIwMjYtMDE5Mzg0PC90
ZD48L3RyPgo8dHI+PHRkPjxiPk9uZGVybmVtaW5nPC9iPjwvdGQ+PHRkPlNob3AgRXhhbXBsZSBC
ViAoS0JPIDA3MTIuMzQ1LjY3OCk8L3RkPjwvdHI+Cjx0cj48dGQ+PGI+T25kZXJ3ZXJwPC9iPjwv
dGQ+PHRkPmJldHdpc3RlIGZhY3R1dXIsIGludm9yZGVyaW5nIHZpYSBlZW4gaW5jYXNzb2J1cmVh
dSBlbiBkb29yZ2lmdGUgdmFuIHBlcnNvb25zZ2VnZXZlbnM8L3RkPjwvdHI+Cjx0cj48dGQ+PGI+
RGF0dW0gaW5kaWVuaW5nPC9iPjwvdGQ+PHRkPjEzLzAzLzIwMjY8L3RkPjwvdHI+CjwvdGFibGU+
CjxwPkJpbm5lbiAxMCB3ZXJrZGFnZW4gb250dmFuZ3QgdSBlZW4gYWZ6b25kZXJsaWprZSBicmll
ZiB2YW4gZGUgYmVtaWRkZWxhYXIgZGllIGhldCBkb3NzaWVyIGJlaGFuZGVsdCwgbWV0IGRlIGts
YWNodCBlbiBkZSBiaWpsYWdlbi4gVSBob2VmdCBudSBub2cgbmlldHMgdGUgb25kZXJuZW1lbi48
L3A+CjxwPlpvbGFuZyBkZSBiZW1pZGRlbGluZyBsb29wdCwgdnJhZ2VuIHdpaiB1IGRlIGludm9y
ZGVyaW5nIHZhbiBoZXQgYmV0d2lzdGUgYmVkcmFnIG9wIHRlIHNjaG9ydGVuLjwvcD4KPHAgc3R5
bGU9ImZvbnQtc2l6ZToxMXB4O2NvbG9yOiM2NjYiPlZlcndlcmtpbmcgdmFuIHBlcnNvb25zZ2Vn
ZXZlbnM6IGRlIEJlbWlkZGVsaW5nc2RpZW5zdCBDb25zdW1lbnQgdmVyd2Vya3QgZGUgcGVyc29v
bnNnZWdldmVucyBpbiBkaXQgZG9zc2llciB1aXRzbHVpdGVuZCB2b29yIGRlIGJlaGFuZGVsaW5n
IHZhbiBkZSBrbGFjaHQsIG92ZXJlZW5rb21zdGlnIGRlIEFsZ2VtZW5lIFZlcm9yZGVuaW5nIEdl
Z2V2ZW5zYmVzY2hlcm1pbmcgKEFWRykuIERlIGdlZ2V2ZW5zIHdvcmRlbiB2aWpmIGphYXIgbmEg
ZGUgYWZzbHVpdGluZyB2YW4gaGV0IGRvc3NpZXIgYmV3YWFyZCBlbiBkYWFybmEgdmVyd2lqZGVy
ZC48L3A+CjxwPk1ldCB2cmllbmRlbGlqa2UgZ3JvZXQsPGJyPkJlbWlkZGVsaW5nc2RpZW5zdCBD
b25zdW1lbnQ8L3A+CjwvZGl2PjwvZGl2Pgo8L2JvZHk+PC9odG1sPgo=

--=_kp_5d0c2e9a41f7b38e--
'''),
    ('nl', 'person-forwards-dunning-neighbour-told-about-debt', 'complaint', (),
'''Return-Path: <sanne.verhulst@telenet-mail.example.be>
Received: from smtp.telenet-mail.example.be (smtp.telenet-mail.example.be [203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rw0tK4cHbz4wM
        for <privacy@shop.example.be>; Sun,  1 Feb 2026 19:22:40 +0100 (CET)
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Sanne Verhulst <sanne.verhulst@telenet-mail.example.be>
Mime-Version: 1.0 (1.0)
Subject: Fwd: Herinnering: openstaande factuur 2025-121907 - LAATSTE AANMANING
Date: Sun, 1 Feb 2026 19:22:37 +0100
Message-Id: <A3F6C2D1-7E48-4B09-9C1E-5D2B8A6F0E37@telenet-mail.example.be>
References: <dun.2025-121907.3@billing.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22D63)

Dit is echt niet ok.

Vorige week heeft iemand van jullie incassokantoor bij mijn buurvrouw aange=
beld omdat ik niet thuis was, en haar verteld dat ik "een openstaande schul=
d bij Shop Example" heb en dat ze me dat moest doorgeven. Aan mijn buurvrou=
w! Ondertussen weet de halve straat het. En ik had die factuur al op 12 jan=
uari betaald, het betaalbewijs zat in bijlage bij mijn vorige mail, waar ni=
emand op geantwoord heeft.

Wie heeft jullie het recht gegeven om met derden over mijn schuld te praten=
 (die er niet eens is)? Ik wil dat jullie dit uitzoeken, me laten weten wat=
 er precies verteld is en aan wie, en me bevestigen dat dit nooit meer gebe=
urt. Als ik binnen twee weken niets hoor, dien ik een klacht in bij de Gege=
vensbeschermingsautoriteit.

Sanne Verhulst

Verstuurd vanaf mijn iPhone

Begin doorgestuurd bericht:

> Van: Shop Example BV - Facturatie <facturatie@shop.example.be>
> Datum: 30 januari 2026 om 06:00:14 CET
> Aan: sanne.verhulst@telenet-mail.example.be
> Onderwerp: Herinnering: openstaande factuur 2025-121907 - LAATSTE AANMANI=
NG
>
> Dit is een automatisch gegenereerd bericht. Gelieve niet te antwoorden.
>
> Beste klant,
>
> Volgens onze gegevens is factuur 2025-121907 van 18/11/2025 nog niet beta=
ald.
>
> Openstaand bedrag: =E2=82=AC 74,20
> Vervaldatum: 18/12/2025
> Gestructureerde mededeling: +++090/1219/07443+++
>
> Zonder betaling binnen 8 dagen wordt uw dossier overgedragen aan ons inca=
ssokantoor. Hebt u intussen betaald? Dan mag u deze herinnering als onbesta=
ande beschouwen.
>
> Met vriendelijke groeten,
> Shop Example BV - Klantendienst Facturatie
'''),
    ('fr', 'exim-bounce-bailiff-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mail.lemaire-huissiers.example.be (mail.lemaire-huissiers.example.be [198.51.100.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rxw3F0tPnz4wB
        for <privacy@shop.example.be>; Fri,  6 Feb 2026 15:20:43 +0100 (CET)
Received: from Debian-exim by mail.lemaire-huissiers.example.be with local (Exim 4.96)
	id 1voJxR-0007Qk-2W
	for privacy@shop.example.be;
	Fri, 06 Feb 2026 15:20:41 +0100
X-Failed-Recipients: dossiers@lemaire-huissiers.example.be
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.lemaire-huissiers.example.be>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1770387641-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1voJxR-0007Qk-2W@mail.lemaire-huissiers.example.be>
Date: Fri, 06 Feb 2026 15:20:41 +0100

--1770387641-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  dossiers@lemaire-huissiers.example.be
    mailbox is full: retry timeout exceeded

--1770387641-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mail.lemaire-huissiers.example.be

Action: failed
Final-Recipient: rfc822;dossiers@lemaire-huissiers.example.be
Status: 5.0.0

--1770387641-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from out1.shop.example.be ([192.0.2.25])
	by mail.lemaire-huissiers.example.be with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1vnZpB-0002Lm-0c
	for dossiers@lemaire-huissiers.example.be;
	Wed, 04 Feb 2026 10:09:17 +0100
From: =?utf-8?q?Shop_Example_BV_-_Protection_des_donn=C3=A9es?= <privacy@shop.example.be>
To: dossiers@lemaire-huissiers.example.be
Subject: =?utf-8?q?Dossier_26/0233_-_demande_d=27acc=C3=A8s_d=27une_cliente_=3A_donn?=
 =?utf-8?q?=C3=A9es_transmises_=3F?=
Date: Wed, 4 Feb 2026 10:09:15 +0100
Message-ID: <20260204090915.PRV-2026-01322@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ma=C3=AEtre,

Une cliente, Mme Aur=C3=A9lie Bastin, a exerc=C3=A9 aupr=C3=A8s de nous son=
 droit d'acc=C3=A8s (article 15 du RGPD) et nous demande quelles donn=C3=A9=
es la concernant vous ont =C3=A9t=C3=A9 transmises dans le cadre du dossier=
 de recouvrement 26/0233 (notre r=C3=A9f=C3=A9rence 7730-141).

Pourriez-vous nous confirmer, d'ici le 13 f=C3=A9vrier, la liste des donn=
=C3=A9es re=C3=A7ues de notre part (par exemple nom, adresse, num=C3=A9ro d=
e registre national, t=C3=A9l=C3=A9phone, historique de commandes) ainsi qu=
e les =C3=A9ventuels tiers auxquels vous les avez communiqu=C3=A9es ?

Nous vous remercions de suspendre entre-temps toute mesure d'ex=C3=A9cution=
, la cliente contestant la dette.

Bien cordialement,

=C3=89quipe Protection des donn=C3=A9es
Shop Example BV

--1770387641-eximdsn-1804289383--
'''),
    ('fr', 'zimbra-vacation-lawyer-secret-professionnel', 'automated', (),
'''Return-Path: <>
Received: from zmta.avocats-vandevelde.example.be (zmta.avocats-vandevelde.example.be [203.0.113.164])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RMj5s2GhLz4wQ
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 08:05:15 +0200 (CEST)
Received: from zstore.avocats-vandevelde.example.be (zstore.avocats-vandevelde.example.be [10.2.0.11])
        by zmta.avocats-vandevelde.example.be (Postfix) with ESMTP id 2C41E80F3A
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 08:05:13 +0200 (CEST)
Date: Tue, 21 Apr 2026 08:05:13 +0200 (CEST)
From: =?utf-8?q?Ma=C3=AEtre_Claire_Vandevelde?= <c.vandevelde@avocats-vandevelde.example.be>
To: privacy@shop.example.be
Message-ID: <1928374651.88213.1776751513207.JavaMail.zimbra@avocats-vandevelde.example.be>
In-Reply-To: <20260421060459.PRV-2026-04688@shop.example.be>
Subject: =?utf-8?q?Re=3A_Demande_de_communication_des_donn=C3=A9es_de_M=2E_Tahiri_-_p?=
 =?utf-8?q?rocuration_du_14_avril?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)
Thread-Index: 8Y3kL2qR1wAt5nXbZc0pJ7sHfV4GeQ==
Thread-Topic: =?utf-8?q?Demande_de_communication_des_donn=C3=A9es_de_M=2E_Tahiri_-_procura?=
 =?utf-8?q?tion_du_14_avril?=

Bonjour,

Je suis absente du cabinet du 20 avril au 4 mai 2026 inclus, sans acc=C3=A8=
s r=C3=A9gulier =C3=A0 ma messagerie. Votre message ne sera pas transf=C3=
=A9r=C3=A9.

Pour toute urgence (audience, d=C3=A9lai de proc=C3=A9dure, saisie), vous p=
ouvez contacter mon collaborateur, Ma=C3=AEtre Julien Marchal (j.marchal@av=
ocats-vandevelde.example.be - 02 512 34 87), ou le secr=C3=A9tariat du cabi=
net au 02 512 34 80.

Claire Vandevelde
Avocate au barreau de Bruxelles
Cabinet Vandevelde - Droit de la consommation et recouvrement

--
Ce message et ses =C3=A9ventuelles pi=C3=A8ces jointes sont confidentiels e=
t peuvent =C3=AAtre couverts par le secret professionnel de l'avocat. S'il =
ne vous est pas destin=C3=A9, merci d'en avertir imm=C3=A9diatement l'exp=
=C3=A9diteur et de le supprimer sans en faire usage, copie ou diffusion.
Protection des donn=C3=A9es : le cabinet traite vos donn=C3=A9es =C3=A0 car=
act=C3=A8re personnel conform=C3=A9ment au R=C3=A8glement g=C3=A9n=C3=A9ral=
 sur la protection des donn=C3=A9es (RGPD), aux fins de la gestion des doss=
iers et de la relation avec les clients et les tiers. Vous disposez d'un dr=
oit d'acc=C3=A8s, de rectification, d'effacement, de limitation et d'opposi=
tion, ainsi que du droit d'introduire une r=C3=A9clamation aupr=C3=A8s de l=
'Autorit=C3=A9 de protection des donn=C3=A9es. Plus d'informations : www.av=
ocats-vandevelde.example.be/vie-privee
'''),
    ('fr', 'ebox-court-judgment-available', 'automated', (),
'''Return-Path: <bounce@notification.justbox.example.be>
Received: from smtp-out2.notification.justbox.example.be (smtp-out2.notification.justbox.example.be [198.51.100.196])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5Hm71QvZz4wK
        for <privacy@shop.example.be>; Thu, 26 Feb 2026 10:45:02 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=notification.justbox.example.be; s=jb2025; t=1772099099;
        h=from:to:subject:date:message-id;
        bh=Wm7Qk0rT2vX8cN1yB4aHd3sLfP9eJ6oUgZi5tRqKwVE=;
        b=Tn5pW2qRk8mV1xZ0aCf6yHb3nL9sD4eUj7oGk5iQr3tNvXcMhPyWlBs2aDjF0gE9
         uZkRt4LmQx8vNp3cHy7bWf1sDe6oJa2gKu9iTz5rXnMqPvYlCb0hEw4dSj8fUo3=
From: JustBox - Notification <ne-pas-repondre@notification.justbox.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Nouveau_document_dans_votre_e-Box_=3A_Justice_de_paix_de_Schaerbee?=
 =?utf-8?q?k_-_r=C3=B4le_26A417?=
Date: Thu, 26 Feb 2026 10:44:59 +0100
Message-ID: <ntf.7a20c5e3-91d4-4b6e-8f02-3c5b7e19d4a6@notification.justbox.example.be>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative; boundary="----=_NextPart_JB_000_01DCA6F2.4E1B3C90"

------=_NextPart_JB_000_01DCA6F2.4E1B3C90
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Madame, Monsieur,

Un nouveau document officiel est disponible dans l'e-Box de votre entrepris=
e.

Entreprise destinataire : SHOP EXAMPLE BV (BCE 0712.345.678)
Exp=C3=A9diteur : Justice de paix du 2e canton de Schaerbeek
Type de document : Jugement - proc=C3=A9dure de recouvrement de dettes
R=C3=A9f=C3=A9rence : r=C3=B4le g=C3=A9n=C3=A9ral 26A417
Date de mise =C3=A0 disposition : 26/02/2026

Pour consulter ce document, connectez-vous =C3=A0 votre e-Box avec votre ca=
rte d'identit=C3=A9 =C3=A9lectronique ou votre application d'identification=
 num=C3=A9rique : https://www.justbox.example.be/entreprise

Attention : certains d=C3=A9lais (par exemple le d=C3=A9lai de recours) peu=
vent commencer =C3=A0 courir =C3=A0 partir de la mise =C3=A0 disposition ou=
 de la consultation du document.

Ce message est envoy=C3=A9 automatiquement. Merci de ne pas y r=C3=A9pondre=
 : les r=C3=A9ponses envoy=C3=A9es =C3=A0 cette adresse ne sont pas lues.

Protection de la vie priv=C3=A9e : vos donn=C3=A9es =C3=A0 caract=C3=A8re p=
ersonnel et celles des personnes mentionn=C3=A9es dans les documents sont t=
rait=C3=A9es conform=C3=A9ment au RGPD. Les documents sont conserv=C3=A9s d=
ans l'e-Box pendant 5 ans, puis supprim=C3=A9s automatiquement. Pour modifi=
er l'adresse de notification (actuellement privacy@shop.example.be) ou vous=
 d=C3=A9sinscrire des notifications par e-mail, rendez-vous dans les param=
=C3=A8tres de votre e-Box.

JustBox - Service public de notification =C3=A9lectronique

------=_NextPart_JB_000_01DCA6F2.4E1B3C90
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width=3D"600" cellpadding=3D"0" cellspacing=3D"0" align=3D"center">
<tr><td style=3D"background:#1f3864;color:#fff;padding:12px 16px;font-size:=
18px">JustBox &ndash; e-Box Entreprise</td></tr>
<tr><td style=3D"padding:16px">
<p>Madame, Monsieur,</p>
<p>Un nouveau document officiel est disponible dans l'e-Box de votre entrep=
rise.</p>
<table cellpadding=3D"4" style=3D"font-size:14px;border-collapse:collapse">
<tr><td style=3D"color:#666">Entreprise destinataire</td><td>SHOP EXAMPLE B=
V (BCE 0712.345.678)</td></tr>
<tr><td style=3D"color:#666">Exp=C3=A9diteur</td><td>Justice de paix du 2e =
canton de Schaerbeek</td></tr>
<tr><td style=3D"color:#666">Type de document</td><td>Jugement &ndash; proc=
=C3=A9dure de recouvrement de dettes</td></tr>
<tr><td style=3D"color:#666">R=C3=A9f=C3=A9rence</td><td>r=C3=B4le g=C3=A9n=
=C3=A9ral 26A417</td></tr>
<tr><td style=3D"color:#666">Date de mise =C3=A0 disposition</td><td>26/02/=
2026</td></tr>
</table>
<p><a href=3D"https://www.justbox.example.be/entreprise" style=3D"backgroun=
d:#1f3864;color:#fff;padding:8px 14px;text-decoration:none">Consulter mon e=
-Box</a></p>
<p><b>Attention :</b> certains d=C3=A9lais (par exemple le d=C3=A9lai de re=
cours) peuvent commencer =C3=A0 courir =C3=A0 partir de la mise =C3=A0 disp=
osition ou de la consultation du document.</p>
<p style=3D"font-size:12px;color:#777">Ce message est envoy=C3=A9 automatiq=
uement. Merci de ne pas y r=C3=A9pondre.<br>
Protection de la vie priv=C3=A9e : vos donn=C3=A9es =C3=A0 caract=C3=A8re p=
ersonnel et celles des personnes mentionn=C3=A9es dans les documents sont t=
rait=C3=A9es conform=C3=A9ment au RGPD. Les documents sont conserv=C3=A9s 5=
 ans, puis supprim=C3=A9s automatiquement.</p>
</td></tr></table>
</body></html>

------=_NextPart_JB_000_01DCA6F2.4E1B3C90--
'''),
    ('fr', 'person-answers-auto-ack-unsubscribe-during-collection', 'withdraw_consent', (),
'''Return-Path: <nathalie.dubreuil@courriel.example.be>
Received: from webmail.courriel.example.be (webmail.courriel.example.be [203.0.113.18])
        by mx1.shop.example.be (Postfix) with ESMTPSA id 4R8Bk32nTxz4wR
        for <privacy@shop.example.be>; Mon,  2 Mar 2026 12:51:10 +0100 (CET)
MIME-Version: 1.0
Date: Mon, 02 Mar 2026 12:51:08 +0100
From: Nathalie Dubreuil <nathalie.dubreuil@courriel.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_=5BAccus=C3=A9_de_r=C3=A9ception_automatique=5D_Votre_messag?=
 =?utf-8?q?e_a_bien_=C3=A9t=C3=A9_re=C3=A7u_=28r=C3=A9f=2E_PRV-2026-03117=29?=
In-Reply-To: <ack.PRV-2026-03117@shop.example.be>
References: <c41b0e7a9d2f5@courriel.example.be> <ack.PRV-2026-03117@shop.example.be>
User-Agent: Roundcube Webmail/1.6.9
Message-ID: <7d3e9a0b1c4f82e65a7b@courriel.example.be>
X-Sender: nathalie.dubreuil@courriel.example.be
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Bonjour,

Je n'ai pas besoin d'un accusé de réception, j'ai besoin que ça 
s'arrête.

Depuis décembre, votre service de recouvrement me réclame 64,90 € pour 
une commande que j'ai renvoyée (le dossier est maintenant chez un 
huissier), et en même temps je continue à recevoir vos newsletters, vos 
« offres exclusives fidélité » et des SMS pour les soldes. C'est 
indécent.

Je retire mon consentement pour toute communication commerciale : 
newsletter, e-mails promotionnels, SMS, offres liées à la carte de 
fidélité. Désinscrivez-moi de tout, sur l'adresse 
nathalie.dubreuil@courriel.example.be comme sur le numéro 0478 21 56 90.

Nathalie Dubreuil

Le 02/03/2026 12:40, privacy@shop.example.be a écrit :
> Ceci est une réponse automatique. Merci de ne pas y répondre.
> 
> Nous avons bien reçu votre message et l'avons enregistré sous la 
> référence PRV-2026-03117. Notre équipe Protection des données vous 
> répondra dans un délai d'un mois.
> 
> Pour vous désinscrire de la newsletter, vous pouvez aussi utiliser le 
> lien présent en bas de chaque e-mail ou votre espace client.
> 
> Shop Example BV - Protection des données
'''),
    ('de', 'qmail-bounce-collector-no-mailbox', 'automated', (),
'''Return-Path: <>
Received: from mail.inkasso-hartmann.example.de (mail.inkasso-hartmann.example.de [198.51.100.61])
        by mx1.shop.example.be (Postfix) with SMTP id 4RBQx80cJmz4wD
        for <privacy@shop.example.be>; Wed, 11 Mar 2026 14:07:57 +0100 (CET)
Received: (qmail 28417 invoked for bounce); 11 Mar 2026 13:07:55 -0000
Date: 11 Mar 2026 13:07:55 -0000
From: MAILER-DAEMON@mail.inkasso-hartmann.example.de
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.inkasso-hartmann.example.de.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<forderungsmanagement@inkasso-hartmann.example.de>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28409 invoked from network); 11 Mar 2026 13:07:55 -0000
Received: from out1.shop.example.be (192.0.2.25)
  by mail.inkasso-hartmann.example.de with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 11 Mar 2026 13:07:55 -0000
From: Shop Example BV Datenschutz <privacy@shop.example.be>
To: forderungsmanagement@inkasso-hartmann.example.de
Subject: =?utf-8?q?Widerruf_des_Inkassoauftrags_-_Akte_IH-26-00731_-_L=C3=B6schung_de?=
 =?utf-8?q?r_Schuldnerdaten?=
Date: Wed, 11 Mar 2026 14:07:51 +0100
Message-ID: <20260311130751.PRV-2026-03390@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

hiermit widerrufen wir den Inkassoauftrag zur Akte IH-26-00731 (unser Zeich=
en 7730-162). Die Kundin hat die Forderung bestritten und eine Zahlung vom =
02.02.2026 nachgewiesen.

Bitte stellen Sie s=C3=A4mtliche Ma=C3=9Fnahmen ein, melden Sie den Vorgang=
 nicht an eine Auskunftei und l=C3=B6schen Sie die von uns =C3=BCbermittelt=
en personenbezogenen Daten der Kundin (Name, Anschrift, Geburtsdatum, E-Mai=
l-Adresse, Rechnungsdaten), soweit keine gesetzliche Aufbewahrungspflicht b=
esteht. Bitte best=C3=A4tigen Sie uns die L=C3=B6schung schriftlich.

Mit freundlichen Gr=C3=BC=C3=9Fen
Datenschutzteam
Shop Example BV
'''),
    ('de', 'inkasso-portal-payment-received-file-closed', 'automated', (),
'''Return-Path: <mandantenservice@inkasso-hartmann.example.de>
Received: from portal.inkasso-hartmann.example.de (portal.inkasso-hartmann.example.de [198.51.100.62])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RDbF55sYcz4wG
        for <privacy@shop.example.be>; Fri, 20 Mar 2026 05:15:05 +0100 (CET)
From: Hartmann Inkasso GmbH <mandantenservice@inkasso-hartmann.example.de>
To: privacy@shop.example.be
Subject: =?utf-8?q?Zahlungseingang_verbucht_=E2=80=93_Akte_IH-26-00412_abgeschlossen?=
Date: Fri, 20 Mar 2026 05:15:02 +0100
Message-ID: <akte.IH-26-00412.ev-zahlung.20260320041502@portal.inkasso-hartmann.example.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
X-Mailer: InkassoPro Mandantenbenachrichtigung 7.1

Sehr geehrte Damen und Herren,

dies ist eine automatisch erstellte Nachricht aus unserem Mandantenportal. =
Bitte antworten Sie nicht auf diese E-Mail.

Mandant:             Shop Example BV (Mandanten-Nr. 20417)
Ihr Zeichen:         7730-156 / Rechnung DE-2025-30918
Unser Aktenzeichen:  IH-26-00412
Schuldner:           S. W*******, 50667 K=C3=B6ln
Zahlungseingang:     19.03.2026 - 214,37 EUR
Status:              Akte abgeschlossen (vollst=C3=A4ndig erledigt)

Abrechnung: Die Hauptforderung (179,00 EUR) wird mit der n=C3=A4chsten Samm=
elauskehrung am 27.03.2026 an Sie =C3=BCberwiesen. Die Inkassokosten verble=
iben vereinbarungsgem=C3=A4=C3=9F bei uns.

Datenschutzhinweis: Die personenbezogenen Daten des Schuldners (Name, Ansch=
rift, Geburtsdatum, E-Mail-Adresse, Forderungshistorie) werden nach Abschlu=
ss der Akte gesperrt und nach Ablauf der gesetzlichen Aufbewahrungsfristen =
gel=C3=B6scht. Eine Negativmeldung an Auskunfteien ist f=C3=BCr diese Akte =
nicht erfolgt. Auskunfts- und L=C3=B6schungsersuchen betroffener Personen l=
eiten wir an Ihre hinterlegte Datenschutz-Kontaktadresse weiter.

Die vollst=C3=A4ndige Akte k=C3=B6nnen Sie im Mandantenportal als PDF- oder=
 CSV-Export herunterladen:
https://portal.inkasso-hartmann.example.de/akten/IH-26-00412

Mit freundlichen Gr=C3=BC=C3=9Fen
Hartmann Inkasso GmbH
Registriert nach =C2=A7 10 RDG - Amtsgericht Hannover HRB 77120 - Gesch=C3=
=A4ftsf=C3=BChrer: Dirk Hartmann
'''),
    ('de', 'credit-bureau-data-export-ready', 'automated', (),
'''Return-Path: <bounce-4471-0098@mailer.bonitacheck.example.de>
Received: from mailer2.bonitacheck.example.de (mailer2.bonitacheck.example.de [203.0.113.233])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RHX2r4dCkz4wV
        for <privacy@shop.example.be>; Tue,  7 Apr 2026 02:14:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=bonitacheck.example.de;
        s=mail2026; t=1775520877;
        h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
        bh=Lp2Xk9rT0vQ7cN3yB1aHd8sMfW4eJ6oUgZi5tRqKwVE=;
        b=Hn3pW7qRk2mV9xZ1aCf0yHb6nL4sD8eUj5oGk3iQr7tNvXcMhPyWlBs2aDjF0gE9
         uZkRt4LmQx8vNp3cHy7bWf1sDe6oJa2gKu9iTz5rXnMqPvYlCb0hEw4dSj8fUo3=
From: BonitaCheck Auskunftei <noreply@service.bonitacheck.example.de>
To: privacy@shop.example.be
Subject: =?utf-8?q?Ihr_Datenexport_=22Meldebestand_Negativmerkmale_Q1/2026=22_steht_b?=
 =?utf-8?q?ereit?=
Date: Tue, 07 Apr 2026 02:14:37 +0200
Message-ID: <exp-7f3c2a91.1775520877@service.bonitacheck.example.de>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Feedback-ID: export-ready:4471-0098:bonitacheck
X-Mailer: BonitaCheck Portal Notifier
Content-Type: multipart/alternative; boundary="bc-alt-7f3c2a91"

--bc-alt-7f3c2a91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Guten Tag,

der von Ihnen am 06.04.2026 angeforderte Datenexport ist fertig.

Vertragspartner:  Shop Example BV (Teilnehmer-Nr. 4471-0098)
Export:           Meldebestand Negativmerkmale Q1/2026
Inhalt:           1.284 Datens=C3=A4tze (gemeldete Forderungen, Erledigungs=
vermerke, L=C3=B6schungen)
Format:           CSV (UTF-8), verschl=C3=BCsseltes ZIP (AES-256)
Verf=C3=BCgbar bis:    14.04.2026 - danach wird die Datei automatisch gel=
=C3=B6scht

Download: https://portal.bonitacheck.example.de/exporte/7f3c2a91

Hinweis zum Datenschutz: Der Export enth=C3=A4lt personenbezogene Daten bet=
roffener Personen im Sinne der DSGVO. Bitte speichern Sie die Datei nur auf=
 gesicherten Systemen und l=C3=B6schen Sie sie, sobald sie nicht mehr ben=
=C3=B6tigt wird. Bestrittene Forderungen d=C3=BCrfen nicht eingemeldet werd=
en; Korrekturen und L=C3=B6schungen einzelner Eintr=C3=A4ge nehmen Sie bitt=
e =C3=BCber das Portal vor.

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden =
nicht bearbeitet.

BonitaCheck Auskunftei AG - Ludwigstra=C3=9Fe 28 - 80539 M=C3=BCnchen - HRB=
 219834 Amtsgericht M=C3=BCnchen

--bc-alt-7f3c2a91
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!doctype html>
<html lang=3D"de"><head><meta charset=3D"utf-8"></head>
<body style=3D"font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#=
202020;background:#ffffff">
<div style=3D"border-top:4px solid #0b7a3e;max-width:620px;padding:18px">
<p>Guten Tag,</p>
<p>der von Ihnen am 06.04.2026 angeforderte Datenexport ist fertig.</p>
<table cellpadding=3D"4" style=3D"font-size:14px">
<tr><td>Vertragspartner</td><td>Shop Example BV (Teilnehmer-Nr. 4471-0098)<=
/td></tr>
<tr><td>Export</td><td>Meldebestand Negativmerkmale Q1/2026</td></tr>
<tr><td>Inhalt</td><td>1.284 Datens=C3=A4tze (gemeldete Forderungen, Erledi=
gungsvermerke, L=C3=B6schungen)</td></tr>
<tr><td>Format</td><td>CSV (UTF-8), verschl=C3=BCsseltes ZIP (AES-256)</td>=
</tr>
<tr><td>Verf=C3=BCgbar bis</td><td>14.04.2026</td></tr>
</table>
<p><a href=3D"https://portal.bonitacheck.example.de/exporte/7f3c2a91" style=
=3D"color:#0b7a3e;font-weight:bold">Export herunterladen</a></p>
<p style=3D"font-size:12px;color:#555">Hinweis zum Datenschutz: Der Export =
enth=C3=A4lt personenbezogene Daten betroffener Personen im Sinne der DSGVO=
. Bitte speichern Sie die Datei nur auf gesicherten Systemen und l=C3=B6sch=
en Sie sie, sobald sie nicht mehr ben=C3=B6tigt wird.</p>
<p style=3D"font-size:11px;color:#888">Diese E-Mail wurde automatisch erste=
llt. Antworten an diese Adresse werden nicht bearbeitet.<br>BonitaCheck Aus=
kunftei AG &middot; Ludwigstra=C3=9Fe 28 &middot; 80539 M=C3=BCnchen</p>
</div></body></html>

--bc-alt-7f3c2a91--
'''),
    ('de', 'outlook-read-receipt-lawyer-access-request', 'automated', (),
'''Return-Path: <j.brenner@kanzlei-brenner.example.de>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2093.outbound.protection.outlook.com [198.51.100.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RNf8q1JxWz4wX
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 16:32:13 +0200 (CEST)
Received: from FR3P281MB1584.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:4e::12) by
 FR2P281MB2207.DEUP281.PROD.OUTLOOK.COM with HTTPS; Thu, 23 Apr 2026 14:32:10
 +0000
From: "Dr. Jana Brenner" <j.brenner@kanzlei-brenner.example.de>
To: Shop Example BV Datenschutz <privacy@shop.example.be>
Subject: =?utf-8?q?Gelesen=3A_Ihr_Auskunftsersuchen_namens_Herrn_Tobias_Kr=C3=A4mer_-?=
 =?utf-8?q?_Az=2E_26/0412?=
Thread-Topic: =?utf-8?q?Ihr_Auskunftsersuchen_namens_Herrn_Tobias_Kr=C3=A4mer_-_Az=2E_26/0?=
 =?utf-8?q?412?=
Thread-Index: AQHctB7vXq3k9mPzR0a5cW2nLsY1Hg==
Date: Thu, 23 Apr 2026 14:32:10 +0000
Message-ID: <FR3P281MB15847C2E0B9D41A6F3E85D21C4A2@FR3P281MB1584.DEUP281.PROD.OUTLOOK.COM>
Accept-Language: de-DE, en-US
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_001_FR3P281MB15847C2E0B9D41A6F3E85D21C4A2FR3P281MB1584DEUP_"
MIME-Version: 1.0

--_001_FR3P281MB15847C2E0B9D41A6F3E85D21C4A2FR3P281MB1584DEUP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht

  An: Dr. Jana Brenner
  Betreff: Ihr Auskunftsersuchen namens Herrn Tobias Kr=C3=A4mer - Az. 26/0=
412
  Gesendet: Donnerstag, 23. April 2026 15:58:44 (UTC+01:00) Amsterdam, Berl=
in, Bern, Rom, Stockholm, Wien

wurde am Donnerstag, 23. April 2026 16:32:08 (UTC+01:00) Amsterdam, Berlin,=
 Bern, Rom, Stockholm, Wien gelesen.

--_001_FR3P281MB15847C2E0B9D41A6F3E85D21C4A2FR3P281MB1584DEUP_
Content-Type: message/disposition-notification

Reporting-UA: FR3P281MB1584.DEUP281.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;j.brenner@kanzlei-brenner.example.de
Original-Message-ID: <20260423135844.PRV-2026-04902@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_001_FR3P281MB15847C2E0B9D41A6F3E85D21C4A2FR3P281MB1584DEUP_--
'''),
    ('de', 'person-phone-disclaimer-keep-data-during-court-case', 'restriction', (),
'''Return-Path: <k.oberlaender@holzbau-riedl.example.de>
Received: from mail.holzbau-riedl.example.de (mail.holzbau-riedl.example.de [203.0.113.241])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RPk0W6mDtz4wY
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 07:48:24 +0200 (CEST)
Received: from smtpclient.apple (unknown [10.10.8.54])
        by mail.holzbau-riedl.example.de (Postfix) with ESMTPSA id 9B2E140C7F
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 07:48:21 +0200 (CEST)
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?q?Katrin_Oberl=C3=A4nder?= <k.oberlaender@holzbau-riedl.example.de>
Mime-Version: 1.0 (1.0)
Subject: AW: Zahlungserinnerung - Rechnung DE-2026-44871 (automatisch erstellt)
Date: Mon, 27 Apr 2026 07:48:19 +0200
Message-Id: <5E0B7A92-1C3D-4F68-A2B4-8D91E6C07F35@holzbau-riedl.example.de>
References: <dun2.DE-2026-44871@billing.shop.example.be>
In-Reply-To: <dun2.DE-2026-44871@billing.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22E252)

Guten Tag,

bitte leiten Sie das an Ihre Datenschutzabteilung weiter, falls ich hier fa=
lsch bin.

Ich habe gegen den Mahnbescheid zu dieser Rechnung fristgerecht Widerspruch=
 eingelegt, das streitige Verfahren l=C3=A4uft jetzt beim Amtsgericht Rosen=
heim (Az. 8 C 311/26). Die Bestellung ist nie bei mir angekommen.

Bis das Gericht entschieden hat, m=C3=B6chte ich, dass Sie meine Daten zu d=
iesem Vorgang (Kundenkonto, Bestellung, Lieferdaten, Zahlungsdaten, Schrift=
verkehr mit Ihrem Inkassob=C3=BCro) NICHT l=C3=B6schen - ich brauche sie al=
s Beweis. Gleichzeitig verlange ich, dass Sie die Daten bis dahin nur noch =
f=C3=BCr das Verfahren verwenden: keine Weitergabe an ein weiteres Inkassob=
=C3=BCro, keine Meldung an eine Auskunftei, keine weiteren Mahnungen.

Bitte best=C3=A4tigen Sie mir die Einschr=C3=A4nkung der Verarbeitung schri=
ftlich.

Katrin Oberl=C3=A4nder

Von meinem iPhone gesendet

> Am 25.04.2026 um 06:00 schrieb Shop Example BV <no-reply@billing.shop.exa=
mple.be>:
>
> Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht dar=
auf.
>
> Zahlungserinnerung - 2. Mahnung
>
> Rechnung: DE-2026-44871 vom 12.02.2026
> Betrag: 389,00 EUR
> F=C3=A4llig seit: 14.03.2026
>
> Bitte =C3=BCberweisen Sie den offenen Betrag innerhalb von 7 Tagen. Nach =
Ablauf der Frist =C3=BCbergeben wir die Forderung an ein Inkassounternehmen=
; dabei werden Ihre Kontakt- und Rechnungsdaten =C3=BCbermittelt.
>
> Haben Sie bereits bezahlt? Dann betrachten Sie diese Erinnerung bitte als=
 gegenstandslos.
>
> Shop Example BV - Forderungsmanagement

________________________________

Holzbau Riedl GmbH & Co. KG | Sitz: Prien am Chiemsee | Registergericht Tra=
unstein HRA 8841
Pers=C3=B6nlich haftende Gesellschafterin: Riedl Verwaltungs GmbH, Register=
gericht Traunstein HRB 20417
Gesch=C3=A4ftsf=C3=BChrer: Andreas Riedl, Maximilian Riedl

Diese E-Mail enth=C3=A4lt vertrauliche und/oder rechtlich gesch=C3=BCtzte I=
nformationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail i=
rrt=C3=BCmlich erhalten haben, informieren Sie bitte sofort den Absender un=
d vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte =
Weitergabe dieser E-Mail sind nicht gestattet. Informationen zur Verarbeitu=
ng Ihrer personenbezogenen Daten nach Art. 13 DSGVO finden Sie unter www.ho=
lzbau-riedl.example.de/datenschutz.

This e-mail may contain confidential and/or privileged information. If you =
are not the intended recipient (or have received this e-mail in error) plea=
se notify the sender immediately and destroy this e-mail. Any unauthorised =
copying, disclosure or distribution of the material in this e-mail is stric=
tly forbidden.
'''),
    ('es', 'sieve-vacation-lawyer-aviso-legal-lopdgdd', 'automated', (),
'''Return-Path: <>
Received: from mail.garridoabogados.example.es (mail.garridoabogados.example.es [198.51.100.175])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RGJ9t5bWfz4wC
        for <privacy@shop.example.be>; Wed,  1 Apr 2026 09:14:04 +0200 (CEST)
Received: from mail.garridoabogados.example.es
	by mail.garridoabogados.example.es with LMTP
	id 8HqDAYrEzGnq1wIAe1sJ0w
	(envelope-from <>)
	for <privacy@shop.example.be>; Wed, 01 Apr 2026 09:14:02 +0200
Message-ID: <dovecot-sieve-1775027642-185023-0@mail.garridoabogados.example.es>
Date: Wed, 01 Apr 2026 09:14:02 +0200
X-Sieve: Pigeonhole Sieve 0.5.21
From: =?utf-8?q?Luc=C3=ADa_Garrido?= <lgarrido@garridoabogados.example.es>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Auto=3A_Re=3A_Solicitud_de_datos_de_su_cliente_D=2E_=C3=81lvaro_M?=
 =?utf-8?q?=C3=A9ndez_-_poder_de_representaci=C3=B3n?=
In-Reply-To: <20260401071355.PRV-2026-03802@shop.example.be>
References: <20260401071355.PRV-2026-03802@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Buenos días:

Me encuentro fuera del despacho hasta el lunes 13 de abril de 2026, sin
acceso habitual al correo electrónico. Su mensaje no será reenviado.

Para asuntos urgentes (señalamientos, plazos procesales, procedimientos
monitorios y ejecuciones), pueden dirigirse a mi compañero D. Sergio Baena
(sbaena@garridoabogados.example.es) o llamar al despacho: 954 21 87 30.

Un saludo,
Lucía Garrido
Garrido Abogados - Derecho bancario y recobro

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y pueden contener
información sujeta a secreto profesional. Si usted no es el destinatario,
le rogamos que lo comunique al remitente y proceda a su eliminación,
absteniéndose de copiarlo o divulgarlo.

PROTECCIÓN DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (RGPD)
y la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos
personales serán tratados por Garrido Abogados, S.L.P. con la finalidad de
gestionar la relación profesional. Puede ejercer sus derechos de acceso,
rectificación, supresión, oposición, limitación del tratamiento y
portabilidad dirigiéndose a protecciondatos@garridoabogados.example.es, así
como presentar una reclamación ante la Agencia Española de Protección de
Datos.
'''),
    ('es', 'collection-agency-helpdesk-ticket-ack', 'automated', (),
'''Return-Path: <bounces+48213@mail.deskora.example.com>
Received: from out-17.mail.deskora.example.com (out-17.mail.deskora.example.com [203.0.113.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3n6L0yGsz4wW
        for <privacy@shop.example.be>; Thu, 19 Feb 2026 17:36:53 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=recobros-atlantida.example.es; s=deskora1; t=1771519010;
        h=from:to:subject:date:message-id:in-reply-to:references;
        bh=Xk4Qp9rT1vW7cN2yB0aHd6sLfM3eJ8oUgZi5tRqKwVE=;
        b=Pq8nW3qRk1mV7xZ2aCf9yHb5nL0sD6eUj4oGk8iQr2tNvXcMhPyWlBs2aDjF0gE9
         uZkRt4LmQx8vNp3cHy7bWf1sDe6oJa2gKu9iTz5rXnMqPvYlCb0hEw4dSj8fUo3=
From: =?utf-8?q?Recobros_Atl=C3=A1ntida_-_Atenci=C3=B3n_al_Cliente?= <atencion@recobros-atlantida.example.es>
Reply-To: =?utf-8?q?Recobros_Atl=C3=A1ntida_-_Atenci=C3=B3n_al_Cliente?= <atencion@recobros-atlantida.example.es>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BTicket_=2348213=5D_Hemos_recibido_su_solicitud=3A_Informaci?=
 =?utf-8?q?=C3=B3n_sobre_cesi=C3=B3n_de_datos_del_expediente_RA-2026-5591?=
Date: Thu, 19 Feb 2026 16:36:50 +0000
Message-ID: <ticket48213.ack.1771519010@recobros-atlantida.deskora.example.com>
In-Reply-To: <20260219163612.PRV-2026-02211@shop.example.be>
References: <20260219163612.PRV-2026-02211@shop.example.be>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Mailer: Deskora Helpdesk
X-Deskora-Ticket-Id: 48213
Content-Type: multipart/alternative; boundary="--==_mimepart_69973a22b41f0_3e2a17c4893"

----==_mimepart_69973a22b41f0_3e2a17c4893
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hola,

Gracias por contactar con Recobros Atl=C3=A1ntida. Este es un mensaje autom=
=C3=A1tico para confirmarle que hemos recibido su solicitud y le hemos asig=
nado el n=C3=BAmero de ticket #48213.

Asunto: Informaci=C3=B3n sobre cesi=C3=B3n de datos del expediente RA-2026-=
5591
Estado: Abierto
Departamento: Protecci=C3=B3n de Datos / Atenci=C3=B3n a clientes acreedores
Prioridad: Normal

Nuestro equipo le responder=C3=A1 en un plazo m=C3=A1ximo de 72 horas labor=
ables. Si su consulta se refiere al ejercicio de derechos de protecci=C3=B3=
n de datos (acceso, rectificaci=C3=B3n, supresi=C3=B3n, oposici=C3=B3n, lim=
itaci=C3=B3n o portabilidad) de un deudor, nuestro Delegado de Protecci=C3=
=B3n de Datos la tramitar=C3=A1 en el plazo legal de un mes.

Puede a=C3=B1adir informaci=C3=B3n respondiendo a este correo sin modificar=
 el asunto (se conservar=C3=A1 el n=C3=BAmero de ticket). Por favor, no abr=
a un nuevo ticket para la misma consulta.

Consulte el estado de su ticket: https://soporte.recobros-atlantida.example=
.es/tickets/48213

Atentamente,
Recobros Atl=C3=A1ntida, S.L. - Atenci=C3=B3n al cliente

----==_mimepart_69973a22b41f0_3e2a17c4893
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#=
2c3e50">
<p>Hola,</p>
<p>Gracias por contactar con <b>Recobros Atl=C3=A1ntida</b>. Este es un men=
saje autom=C3=A1tico para confirmarle que hemos recibido su solicitud y le =
hemos asignado el n=C3=BAmero de ticket <b>#48213</b>.</p>
<ul>
<li><b>Asunto:</b> Informaci=C3=B3n sobre cesi=C3=B3n de datos del expedien=
te RA-2026-5591</li>
<li><b>Estado:</b> Abierto</li>
<li><b>Departamento:</b> Protecci=C3=B3n de Datos / Atenci=C3=B3n a cliente=
s acreedores</li>
<li><b>Prioridad:</b> Normal</li>
</ul>
<p>Nuestro equipo le responder=C3=A1 en un plazo m=C3=A1ximo de 72 horas la=
borables. Si su consulta se refiere al ejercicio de derechos de protecci=C3=
=B3n de datos (acceso, rectificaci=C3=B3n, supresi=C3=B3n, oposici=C3=B3n, =
limitaci=C3=B3n o portabilidad) de un deudor, nuestro Delegado de Protecci=
=C3=B3n de Datos la tramitar=C3=A1 en el plazo legal de un mes.</p>
<p>Puede a=C3=B1adir informaci=C3=B3n respondiendo a este correo sin modifi=
car el asunto. Por favor, no abra un nuevo ticket para la misma consulta.</=
p>
<p><a href=3D"https://soporte.recobros-atlantida.example.es/tickets/48213">=
Consulte el estado de su ticket</a></p>
<p>Atentamente,<br>Recobros Atl=C3=A1ntida, S.L. - Atenci=C3=B3n al cliente=
</p>
<p style=3D"font-size:11px;color:#95a5a6">[#48213] &middot; Enviado por Des=
kora Helpdesk</p>
</div>

----==_mimepart_69973a22b41f0_3e2a17c4893--
'''),
    ('es', 'credit-file-removal-confirmation-to-creditor', 'automated', (),
'''Return-Path: <notificaciones@ficherosolvencia.example.es>
Received: from batch01.ficherosolvencia.example.es (batch01.ficherosolvencia.example.es [198.51.100.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RB0q75kTyz4wZ
        for <privacy@shop.example.be>; Tue, 10 Mar 2026 03:00:44 +0100 (CET)
Received: from localhost (localhost [127.0.0.1])
        by batch01.ficherosolvencia.example.es (Postfix) with ESMTP id 0D4A3E2210
        for <privacy@shop.example.be>; Tue, 10 Mar 2026 03:00:41 +0100 (CET)
From: Fichero Solvencia Iberica <notificaciones@ficherosolvencia.example.es>
To: privacy@shop.example.be
Subject: =?iso-8859-1?q?Confirmaci=F3n_de_baja_-_Operaci=F3n_2026-000912_-_Acreedor_S?=
 =?iso-8859-1?q?HOP_EXAMPLE_BV?=
Date: Tue, 10 Mar 2026 03:00:41 +0100
Message-ID: <FSI.BAJA.2026-000912.20260310030041@ficherosolvencia.example.es>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: FSI Notificaciones (lote 20260310-0300)

AVISO AUTOM=C1TICO - NO RESPONDA A ESTE MENSAJE

Entidad informante: SHOP EXAMPLE BV (c=F3digo de socio 30771)
Operaci=F3n: 2026-000912
Titular: X****** Y*****, NIF ***4521**
Importe comunicado: 89,90 EUR
Fecha de alta: 02/02/2026
Fecha de baja: 09/03/2026
Motivo de la baja: ejercicio del derecho de rectificaci=F3n/supresi=F3n por=
 el afectado - deuda acreditada como pagada

Le confirmamos que la operaci=F3n indicada ha sido dada de baja del fichero=
 com=FAn de informaci=F3n sobre solvencia patrimonial y cr=E9dito. Los dato=
s personales del titular han dejado de ser accesibles para las entidades co=
nsultantes desde la fecha de baja y ser=E1n suprimidos de forma definitiva =
conforme a la pol=EDtica de conservaci=F3n del fichero, salvo bloqueo por o=
bligaci=F3n legal (art. 32 LOPDGDD).

Recuerde que, conforme al art. 20 de la LOPDGDD, solo pueden comunicarse de=
udas ciertas, vencidas y exigibles cuya existencia o cuant=EDa no haya sido=
 objeto de reclamaci=F3n administrativa o judicial.

El informe mensual de altas y bajas est=E1 disponible en el =E1rea de socio=
s: https://socios.ficherosolvencia.example.es

Fichero Solvencia Ib=E9rica, S.A. - Servicio de Notificaciones
'''),
    ('es', 'person-forwards-bad-payer-file-notice-wants-correction', 'correction', ('deletion',),
'''Return-Path: <iratxe.olmedo@correo.example.es>
Received: from smtp.correo.example.es (smtp.correo.example.es [203.0.113.59])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R5vW01HkJz4wP
        for <privacy@shop.example.be>; Fri, 27 Feb 2026 20:15:37 +0100 (CET)
Received: from DESKTOPIOC ([203.0.113.60]) by smtp.correo.example.es
        with ESMTPSA id 1vqT4Z-00H2bq-3m; Fri, 27 Feb 2026 20:15:34 +0100
From: "Iratxe Olmedo" <iratxe.olmedo@correo.example.es>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?RV=3A_Notificaci=C3=B3n_de_inclusi=C3=B3n_en_fichero_com=C3=BAn_de?=
 =?utf-8?q?_solvencia_patrimonial_-_Ref=2E_FSI-2026-771203?=
Date: Fri, 27 Feb 2026 20:15:33 +0100
Message-ID: <000a01dca817$4b2c1e90$e18445b0$@correo.example.es>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQH8m2ZkQ1rV0sT3bX9nLcWpFy7eJg==
Content-Language: es

Buenas tardes:

Les reenv=C3=ADo la notificaci=C3=B3n que me ha llegado hoy del fichero de =
morosos. Me han dado de alta por una deuda de 124,50 =E2=82=AC con Shop Exa=
mple por el pedido 100-3881720, y esa factura la pagu=C3=A9 el 14 de enero =
por transferencia (referencia de la operaci=C3=B3n en mi banco: 0049-2026-0=
114-77812). Tengo el justificante y se lo puedo enviar.

Les pido:
1. Que corrijan en sus sistemas el estado de esa factura, que figura como i=
mpagada y no lo est=C3=A1.
2. Que soliciten de inmediato al fichero la baja de mis datos y me confirme=
n por escrito que lo han hecho.
3. Que borren tambi=C3=A9n el expediente que abrieron con la empresa de rec=
obro.

Estoy buscando piso y esta inscripci=C3=B3n me est=C3=A1 perjudicando.

Iratxe Olmedo Carrasco
Tel. 688 41 27 09

-----Mensaje original-----
De: Fichero Solvencia Ib=C3=A9rica <notificaciones@ficherosolvencia.example=
.es>
Enviado el: viernes, 27 de febrero de 2026 9:02
Para: iratxe.olmedo@correo.example.es
Asunto: Notificaci=C3=B3n de inclusi=C3=B3n en fichero com=C3=BAn de solven=
cia patrimonial - Ref. FSI-2026-771203

ESTE MENSAJE SE HA GENERADO AUTOM=C3=81TICAMENTE. NO RESPONDA A ESTA DIRECC=
I=C3=93N.

Le informamos de que, a petici=C3=B3n de la entidad SHOP EXAMPLE BV, sus da=
tos personales han sido incluidos en el fichero com=C3=BAn de informaci=C3=
=B3n sobre solvencia patrimonial y cr=C3=A9dito Fichero Solvencia Ib=C3=A9r=
ica, por la siguiente operaci=C3=B3n impagada:

Importe: 124,50 EUR
Fecha de vencimiento: 15/12/2025
Referencia: FSI-2026-771203

Puede ejercer sus derechos de acceso, rectificaci=C3=B3n, supresi=C3=B3n, o=
posici=C3=B3n y limitaci=C3=B3n dirigi=C3=A9ndose a derechos@ficherosolvenc=
ia.example.es o a la entidad informante.
'''),
    ('it', 'gmail-vacation-responder-studio-legale', 'automated', (),
'''Return-Path: <g.ferraris+caf_=vacation@studiolegaleferraris.example.it>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [198.51.100.241])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RJc5y3rVbz4wU
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 10:02:35 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=studiolegaleferraris.example.it; s=google; t=1776067353; x=1776672153;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :auto-submitted:from:to:cc:subject:date:message-id:reply-to;
        bh=Yt5Qk2rP0vW8cN3yB6aHd1sLfM9eJ4oUgZi7tRqKwXE=;
        b=Rn4pW8qRk0mV2xZ9aCf1yHb7nL3sD5eUj6oGk2iQr8tNvXcMhPyWlBs2aDjF0gE9
         uZkRt4LmQx8vNp3cHy7bWf1sDe6oJa2gKu9iTz5rXnMqPvYlCb0hEw4dSj8fUo3=
Auto-Submitted: auto-replied
MIME-Version: 1.0
References: <20260413080221.PRV-2026-04215@shop.example.be>
In-Reply-To: <20260413080221.PRV-2026-04215@shop.example.be>
From: Avv. Giulia Ferraris <g.ferraris@studiolegaleferraris.example.it>
Date: Mon, 13 Apr 2026 01:02:33 -0700
Message-ID: <CAE7kQ2vN5xRt0mYb3LpWc9sHdF4eUj8oGz1iKr6tNvXcMh-vacation@mail.gmail.com>
Subject: Fuori studio fino al 24 aprile
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000007c3e1a0649a3f2b8"

--0000000000007c3e1a0649a3f2b8
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Gentile mittente,

sono fuori studio fino a venerd=C3=AC 24 aprile 2026, con accesso limitato =
alla posta elettronica. Risponder=C3=B2 al mio rientro.

Per questioni urgenti relative a decreti ingiuntivi, pignoramenti o termini=
 processuali in scadenza, La prego di contattare la segreteria dello studio=
 al numero 011 562 48 19 oppure all'indirizzo segreteria@studiolegaleferrar=
is.example.it.

Avv. Giulia Ferraris
Studio Legale Ferraris - Recupero crediti e contenzioso civile
Via Santa Teresa 12, 10121 Torino

Le informazioni contenute in questa comunicazione e negli eventuali allegat=
i sono riservate e destinate esclusivamente al destinatario. Qualora il mes=
saggio Le fosse pervenuto per errore, La preghiamo di darne notizia al mitt=
ente e di cancellarlo. Informativa privacy: i dati personali sono trattati =
ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003; l'intere=
ssato pu=C3=B2 esercitare i diritti di accesso, rettifica, cancellazione, l=
imitazione, portabilit=C3=A0 e opposizione scrivendo a privacy@studiolegale=
ferraris.example.it.

--0000000000007c3e1a0649a3f2b8
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Gentile mittente,</div><div><br></div><div>sono fuori=
 studio fino a venerd=C3=AC 24 aprile 2026, con accesso limitato alla posta=
 elettronica. Risponder=C3=B2 al mio rientro.</div><div><br></div><div>Per =
questioni urgenti relative a decreti ingiuntivi, pignoramenti o termini pro=
cessuali in scadenza, La prego di contattare la segreteria dello studio al =
numero 011 562 48 19 oppure all'indirizzo <a href=3D"mailto:segreteria@stud=
iolegaleferraris.example.it">segreteria@studiolegaleferraris.example.it</a>=
.</div><div><br></div><div><b>Avv. Giulia Ferraris</b><br>Studio Legale Fer=
raris - Recupero crediti e contenzioso civile<br>Via Santa Teresa 12, 10121=
 Torino</div><div><br></div><div><font size=3D"1" color=3D"#888888">Le info=
rmazioni contenute in questa comunicazione e negli eventuali allegati sono =
riservate e destinate esclusivamente al destinatario. Qualora il messaggio =
Le fosse pervenuto per errore, La preghiamo di darne notizia al mittente e =
di cancellarlo. Informativa privacy: i dati personali sono trattati ai sens=
i del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003; l'interessato p=
u=C3=B2 esercitare i diritti di accesso, rettifica, cancellazione, limitazi=
one, portabilit=C3=A0 e opposizione scrivendo a privacy@studiolegaleferrari=
s.example.it.</font></div></div>

--0000000000007c3e1a0649a3f2b8--
'''),
    ('it', 'collection-agency-portal-settlement-case-closed', 'automated', (),
'''Return-Path: <noreply@portale.creditosicuro-recuperi.example.it>
Received: from portale.creditosicuro-recuperi.example.it (portale.creditosicuro-recuperi.example.it [203.0.113.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R4vP62wRhz4wE
        for <privacy@shop.example.be>; Wed, 25 Feb 2026 18:20:08 +0100 (CET)
From: Credito Sicuro Recuperi - Portale Mandanti <noreply@portale.creditosicuro-recuperi.example.it>
To: privacy@shop.example.be
Subject: Pratica RC-2026-11873: saldo e stralcio accettato - pratica chiusa
Date: Wed, 25 Feb 2026 18:20:05 +0100
Message-ID: <pw.RC-2026-11873.chiusura.1772040005@portale.creditosicuro-recuperi.example.it>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: PraticheWeb Notifiche 5.0

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHg7Y29sb3I6IzIyMiI+CjxwPkdlbnRpbGUgTWFuZGFudGUsPC9wPgo8cD5sYSBpbmZvcm1p
YW1vIGNoZSBsbyBzdGF0byBkZWxsYSBwcmF0aWNhIGluZGljYXRhIMOoIHN0YXRvIGFnZ2lvcm5h
dG8gYXV0b21hdGljYW1lbnRlLjwvcD4KPHRhYmxlIGNlbGxwYWRkaW5nPSI1IiBjZWxsc3BhY2lu
Zz0iMCIgYm9yZGVyPSIxIiBzdHlsZT0iYm9yZGVyLWNvbGxhcHNlOmNvbGxhcHNlO2ZvbnQtc2l6
ZToxM3B4O2JvcmRlci1jb2xvcjojY2NjIj4KPHRyPjx0ZD48Yj5NYW5kYW50ZTwvYj48L3RkPjx0
ZD5TaG9wIEV4YW1wbGUgQlY8L3RkPjwvdHI+Cjx0cj48dGQ+PGI+UHJhdGljYTwvYj48L3RkPjx0
ZD5SQy0yMDI2LTExODczPC90ZD48L3RyPgo8dHI+PHRkPjxiPlZvc3RybyByaWZlcmltZW50bzwv
Yj48L3RkPjx0ZD5JVC03NzMwLTA0NTIgLyBmYXR0dXJhIDIwMjUvSVQvMDk5MzE8L3RkPjwvdHI+
Cjx0cj48dGQ+PGI+RGViaXRvcmU8L2I+PC90ZD48dGQ+TC4gUioqKiosIEJvbG9nbmE8L3RkPjwv
dHI+Cjx0cj48dGQ+PGI+RXNpdG88L2I+PC90ZD48dGQ+U2FsZG8gZSBzdHJhbGNpbyBhY2NldHRh
dG86IGluY2Fzc2F0aSAmZXVybzsgMTIwLDAwIHN1ICZldXJvOyAxNjgsNTA8L3RkPjwvdHI+Cjx0
cj48dGQ+PGI+U3RhdG88L2I+PC90ZD48dGQ+Q0hJVVNBPC90ZD48L3RyPgo8L3RhYmxlPgo8cD5J
bCByZW5kaWNvbnRvIGNvbiBpbCBuZXR0byBhIFZvc3RybyBmYXZvcmUgc2Fyw6AgZGlzcG9uaWJp
bGUgbmVsIHBvcnRhbGUgbWFuZGFudGkgZW50cm8gNSBnaW9ybmkgbGF2b3JhdGl2aS48L3A+Cjxw
PjxiPlByb3RlemlvbmUgZGVpIGRhdGkgcGVyc29uYWxpPC9iPjxicj4KSSBkYXRpIHBlcnNvbmFs
aSBkZWwgZGViaXRvcmUgdHJhc21lc3NpIHBlciBxdWVzdGEgcHJhdGljYSAoYW5hZ3JhZmljYSwg
cmVjYXBpdGksIGNvZGljZSBmaXNjYWxlLCBzdG9yaWNvIG9yZGluaSBlIHBhZ2FtZW50aSkgc2Fy
YW5ubyBjb25zZXJ2YXRpIHBlciBpbCBwZXJpb2RvIHByZXZpc3RvIGRhbGxhIG5vcm1hdGl2YSBl
IHN1Y2Nlc3NpdmFtZW50ZSBjYW5jZWxsYXRpLiBEYWwgcG9ydGFsZSBtYW5kYW50aSDDqCBwb3Nz
aWJpbGUgcmljaGllZGVyZSBsJ2VzcG9ydGF6aW9uZSBkZWwgZmFzY2ljb2xvIG8gbGEgY2FuY2Vs
bGF6aW9uZSBhbnRpY2lwYXRhIGRlaSBkYXRpLjwvcD4KPHA+PGEgaHJlZj0iaHR0cHM6Ly9wb3J0
YWxlLmNyZWRpdG9zaWN1cm8tcmVjdXBlcmkuZXhhbXBsZS5pdC9wcmF0aWNoZS9SQy0yMDI2LTEx
ODczIj5BcHJpIGxhIHByYXRpY2EgbmVsIHBvcnRhbGU8L2E+PC9wPgo8cCBzdHlsZT0iZm9udC1z
aXplOjExcHg7Y29sb3I6Izg4OCI+TWVzc2FnZ2lvIGdlbmVyYXRvIGF1dG9tYXRpY2FtZW50ZSBk
YWwgc2lzdGVtYSBQcmF0aWNoZVdlYi4gU2kgcHJlZ2EgZGkgbm9uIHJpc3BvbmRlcmUgYSBxdWVz
dG8gaW5kaXJpenpvLjxicj4KQ3JlZGl0byBTaWN1cm8gUmVjdXBlcmkgUy5yLmwuIC0gTGljZW56
YSBleCBhcnQuIDExNSBUVUxQUyAtIFZpYSBNYXJjb25pIDgsIDQwMTIyIEJvbG9nbmE8L3A+Cjwv
Ym9keT48L2h0bWw+Cg==
'''),
    ('it', 'supplier-invoicing-dunning-reminder-to-privacy-box', 'automated', (),
'''Return-Path: <solleciti-bd71f3@mailer.fatturasmart.example.it>
Received: from mailer3.fatturasmart.example.it (mailer3.fatturasmart.example.it [198.51.100.233])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RKB3f1nQcz4wA
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 08:00:10 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=fatturasmart.example.it;
        s=fs1; t=1776146407;
        h=from:reply-to:to:subject:date:message-id:list-unsubscribe;
        bh=Zk6Qp1rT3vW9cN0yB2aHd7sLfM5eJ4oUgXi8tRqKwVE=;
        b=Mq2nW9qRk4mV6xZ3aCf8yHb1nL7sD2eUj0oGk4iQr6tNvXcMhPyWlBs2aDjF0gE9
         uZkRt4LmQx8vNp3cHy7bWf1sDe6oJa2gKu9iTz5rXnMqPvYlCb0hEw4dSj8fUo3=
From: Logistica Baldini S.r.l. via FatturaSmart <solleciti@fatturasmart.example.it>
Reply-To: amministrazione@logisticabaldini.example.it
To: SHOP EXAMPLE BV <privacy@shop.example.be>
Subject: Sollecito di pagamento: fattura n. 318/2026 scaduta il 31/03/2026
Date: Tue, 14 Apr 2026 08:00:07 +0200
Message-ID: <sol.318-2026.2.bd71f3@fatturasmart.example.it>
MIME-Version: 1.0
List-Unsubscribe: <https://app.fatturasmart.example.it/solleciti/disattiva?c=bd71f3>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Mailer: FatturaSmart Solleciti 3.4
Content-Type: multipart/alternative; boundary="=_fs_alt_bd71f3_2"

--=_fs_alt_bd71f3_2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Gentile Cliente,

Le ricordiamo che risulta ancora da saldare la seguente fattura:

Cliente: SHOP EXAMPLE BV (P.IVA BE0712345678)
Fattura n. 318/2026 del 02/03/2026
Importo: =E2=82=AC 1.846,30
Scadenza: 31/03/2026
Giorni di ritardo: 14

Se ha gi=C3=A0 provveduto al pagamento, La preghiamo di non tenere conto di=
 questo messaggio.

Coordinate per il pagamento:
Logistica Baldini S.r.l. - IBAN IT60 X054 2811 1010 0000 0123 456
Causale: Fattura 318/2026

Questo =C3=A8 un sollecito automatico inviato da FatturaSmart per conto di =
Logistica Baldini S.r.l. Per informazioni sulla fattura risponda a amminist=
razione@logisticabaldini.example.it.

Informativa privacy: i dati personali del Cliente sono trattati da Logistic=
a Baldini S.r.l., titolare del trattamento, per la gestione amministrativa =
e contabile del rapporto e per il recupero dei crediti, ai sensi del Regola=
mento UE 2016/679 (GDPR). Per esercitare i diritti di accesso, rettifica o =
cancellazione scriva a privacy@logisticabaldini.example.it.

Per non ricevere pi=C3=B9 solleciti automatici a questo indirizzo: https://=
app.fatturasmart.example.it/solleciti/disattiva?c=3Dbd71f3

--=_fs_alt_bd71f3_2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Tahoma,Arial,sans-serif;font-size:13px">
<p>Gentile Cliente,</p>
<p>Le ricordiamo che risulta ancora da saldare la seguente fattura:</p>
<table cellpadding=3D"4" style=3D"font-size:13px;background:#fafafa;border:=
1px solid #ddd">
<tr><td>Cliente</td><td><b>SHOP EXAMPLE BV</b> (P.IVA BE0712345678)</td></t=
r>
<tr><td>Fattura</td><td>n. 318/2026 del 02/03/2026</td></tr>
<tr><td>Importo</td><td><b>&euro; 1.846,30</b></td></tr>
<tr><td>Scadenza</td><td>31/03/2026 (14 giorni di ritardo)</td></tr>
</table>
<p>Se ha gi=C3=A0 provveduto al pagamento, La preghiamo di non tenere conto=
 di questo messaggio.</p>
<p>IBAN IT60 X054 2811 1010 0000 0123 456 &ndash; Causale: Fattura 318/2026=
</p>
<p style=3D"font-size:11px;color:#777">Sollecito automatico inviato da Fatt=
uraSmart per conto di Logistica Baldini S.r.l. Informativa privacy: i dati =
personali del Cliente sono trattati ai sensi del Regolamento UE 2016/679 (G=
DPR).<br>
<a href=3D"https://app.fatturasmart.example.it/solleciti/disattiva?c=3Dbd71=
f3">Disattiva i solleciti automatici</a></p>
</body></html>

--=_fs_alt_bd71f3_2--
'''),
    ('it', 'person-replies-to-shipping-mail-wants-purchase-records-for-court', 'portability', (),
'''Return-Path: <davide.cattaneo@posta.example.it>
Received: from smtp-out.posta.example.it (smtp-out.posta.example.it [203.0.113.141])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RLp7h4sXwz4wN
        for <privacy@shop.example.be>; Sat, 18 Apr 2026 11:37:55 +0200 (CEST)
MIME-Version: 1.0
Date: Sat, 18 Apr 2026 11:37:52 +0200
From: Davide Cattaneo <davide.cattaneo@posta.example.it>
To: Shop Example <privacy@shop.example.be>
Subject: =?utf-8?q?Re=3A_Il_tuo_ordine_n=2E_100-4471829_=C3=A8_stato_spedito!?=
In-Reply-To: <ship.100-4471829@mail.shop.example.be>
References: <ship.100-4471829@mail.shop.example.be>
Message-ID: <3F2A9C41-8B7E-4D05-B6A1-0E93C7D24F18@posta.example.it>
User-Agent: K-9 Mail for Android
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Buongiorno,

rispondo a questa mail perch=C3=A9 =C3=A8 l'unica che ho trovato con il vos=
tro indirizzo, scusate.

Il televisore di questo ordine si =C3=A8 guastato dopo 11 mesi e il vostro =
servizio clienti ha rifiutato la riparazione in garanzia. Ho fatto causa da=
vanti al Giudice di pace di Monza (udienza il 9 giugno) e il mio avvocato m=
i chiede la prova dell'acquisto e tutta la storia del prodotto.

Vi chiedo quindi di inviarmi, in un formato elettronico leggibile (CSV, XML=
 o simile, non scansioni), tutti i dati che avete sul mio conto cliente: or=
dini, fatture, numero di serie del televisore, data di consegna, richieste =
di assistenza e risposte del servizio clienti. Se possibile inviateli anche=
 direttamente all'avv. Paolo Rinaldi (paolo.rinaldi@studiorinaldi.example.i=
t), che mi assiste nella causa.

Grazie,
Davide Cattaneo
cliente n. 88204417

Il 3 maggio 2025 14:06:11 CEST, Shop Example <no-reply@shop.example.be> ha =
scritto:
>Ciao Davide,
>buone notizie: il tuo ordine n. 100-4471829 =C3=A8 stato spedito!
>
>Articolo: Televisore LED 55" UHD Smart TV (1 pz.)
>Corriere: BRT - numero di spedizione 0571 2294 8813
>Consegna prevista: 6 maggio 2025
>
>Segui la spedizione: https://track.shop.example.be/it/100-4471829
>
>Questa =C3=A8 un'e-mail automatica, ti preghiamo di non rispondere.
>Il team di Shop Example
'''),
    ('pt', 'law-firm-exchange-resposta-automatica-sigilo', 'automated', (),
'''Return-Path: <>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2058.outbound.protection.outlook.com [198.51.100.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R8xK23jPvz4wK
        for <privacy@shop.example.be>; Thu,  5 Mar 2026 15:49:33 +0100 (CET)
Received: from DB9PR08MB6617.eurprd08.prod.outlook.com (2603:10a6:10:2a5::17) by
 AS8PR08MB9841.eurprd08.prod.outlook.com with HTTPS; Thu, 5 Mar 2026 14:49:31
 +0000
From: =?utf-8?q?In=C3=AAs_Valad=C3=A3o?= <ines.valadao@vmadvogados.example.pt>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: =?utf-8?q?Resposta_autom=C3=A1tica=3A_Pedido_de_acesso_aos_dados_do_seu_clie?=
 =?utf-8?q?nte_-_procura=C3=A7=C3=A3o_forense?=
Thread-Topic: =?utf-8?q?Pedido_de_acesso_aos_dados_do_seu_cliente_-_procura=C3=A7=C3=A3o_f?=
 =?utf-8?q?orense?=
Thread-Index: AQHcrLk0mP3Zq8tVx0yR2nWc5sHfDg==
Date: Thu, 5 Mar 2026 14:49:30 +0000
Message-ID: <DB9PR08MB66173E0A9C4B2D71F58E6A04C5B7@DB9PR08MB6617.eurprd08.prod.outlook.com>
In-Reply-To: <20260305144905.PRV-2026-03244@shop.example.be>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: ines.valadao@vmadvogados.example.pt
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: multipart/alternative;
	boundary="_000_DB9PR08MB66173E0A9C4B2D71F58E6A04C5B7DB9PR08MB6617eurp_"
MIME-Version: 1.0

--_000_DB9PR08MB66173E0A9C4B2D71F58E6A04C5B7DB9PR08MB6617eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

T2JyaWdhZGEgcGVsbyBzZXUgZW1haWwuCgpFbmNvbnRyby1tZSBhdXNlbnRlIGRvIGVzY3JpdMOz
cmlvIGF0w6kgZGlhIDE2IGRlIG1hcsOnbyBkZSAyMDI2LCBlbSBkaWxpZ8OqbmNpYXMganVkaWNp
YWlzLCBjb20gYWNlc3NvIGxpbWl0YWRvIGFvIGNvcnJlaW8gZWxldHLDs25pY28uCgpQYXJhIGFz
c3VudG9zIHVyZ2VudGVzIHJlbGFjaW9uYWRvcyBjb20gcHJvY2Vzc29zIGVtIGN1cnNvLCBpbmp1
bsOnw7VlcyBvdSBwZW5ob3JhcywgcG9yIGZhdm9yIGNvbnRhY3RlIGEgRHJhLiBNYXJ0YSBTZXF1
ZWlyYSAobWFydGEuc2VxdWVpcmFAdm1hZHZvZ2Fkb3MuZXhhbXBsZS5wdCkgb3UgYSBzZWNyZXRh
cmlhIGF0cmF2w6lzIGRvIHRlbGVmb25lICszNTEgMjEzIDQ2MCA5MTIuCgpDb20gb3MgbWVsaG9y
ZXMgY3VtcHJpbWVudG9zLApJbsOqcyBWYWxhZMOjbwpBZHZvZ2FkYSB8IFZhbGFkw6NvICYgTW9u
dGVpcm8gLSBTb2NpZWRhZGUgZGUgQWR2b2dhZG9zLCBTUCwgUkwKCkFWSVNPIERFIENPTkZJREVO
Q0lBTElEQURFOiBFc3RhIG1lbnNhZ2VtIGUgcXVhaXNxdWVyIGFuZXhvcyBzw6NvIGNvbmZpZGVu
Y2lhaXMgZSBwb2RlbSBlc3RhciBzdWplaXRvcyBhIHNpZ2lsbyBwcm9maXNzaW9uYWwuIFNlIGEg
cmVjZWJldSBwb3IgZW5nYW5vLCBpbmZvcm1lIG8gcmVtZXRlbnRlIGUgZWxpbWluZS1hLCBuw6Nv
IGEgcG9kZW5kbyBjb3BpYXIsIHV0aWxpemFyIG91IGRpdnVsZ2FyLiBPcyBkYWRvcyBwZXNzb2Fp
cyBjb25zdGFudGVzIGRlc3RhIGNvbXVuaWNhw6fDo28gc8OjbyB0cmF0YWRvcyBub3MgdGVybW9z
IGRvIFJlZ3VsYW1lbnRvIEdlcmFsIHNvYnJlIGEgUHJvdGXDp8OjbyBkZSBEYWRvcyAoUkdQRCk7
IHBhcmEgZXhlcmNlciBvcyBzZXVzIGRpcmVpdG9zIGRlIGFjZXNzbywgcmV0aWZpY2HDp8Ojbywg
YXBhZ2FtZW50byBvdSBvcG9zacOnw6NvIGNvbnRhY3RlIHByb3RlY2FvLmRhZG9zQHZtYWR2b2dh
ZG9zLmV4YW1wbGUucHQuCg==

--_000_DB9PR08MB66173E0A9C4B2D71F58E6A04C5B7DB9PR08MB6617eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+CjxtZXRhIGh0dHAtZXF1aXY9IkNvbnRlbnQtVHlwZSIgY29udGVudD0idGV4
dC9odG1sOyBjaGFyc2V0PXV0Zi04Ij4KPC9oZWFkPgo8Ym9keT4KPGRpdiBzdHlsZT0iZm9udC1m
YW1pbHk6QXB0b3MsQ2FsaWJyaSxIZWx2ZXRpY2Esc2Fucy1zZXJpZjtmb250LXNpemU6MTJwdDtj
b2xvcjpyZ2IoMCwwLDApIj4KPHA+T2JyaWdhZGEgcGVsbyBzZXUgZW1haWwuPC9wPgo8cD5FbmNv
bnRyby1tZSBhdXNlbnRlIGRvIGVzY3JpdMOzcmlvIGF0w6kgZGlhIDE2IGRlIG1hcsOnbyBkZSAy
MDI2LCBlbSBkaWxpZ8OqbmNpYXMganVkaWNpYWlzLCBjb20gYWNlc3NvIGxpbWl0YWRvIGFvIGNv
cnJlaW8gZWxldHLDs25pY28uPC9wPgo8cD5QYXJhIGFzc3VudG9zIHVyZ2VudGVzIHJlbGFjaW9u
YWRvcyBjb20gcHJvY2Vzc29zIGVtIGN1cnNvLCBpbmp1bsOnw7VlcyBvdSBwZW5ob3JhcywgcG9y
IGZhdm9yIGNvbnRhY3RlIGEgRHJhLiBNYXJ0YSBTZXF1ZWlyYSAoPGEgaHJlZj0ibWFpbHRvOm1h
cnRhLnNlcXVlaXJhQHZtYWR2b2dhZG9zLmV4YW1wbGUucHQiPm1hcnRhLnNlcXVlaXJhQHZtYWR2
b2dhZG9zLmV4YW1wbGUucHQ8L2E+KSBvdSBhIHNlY3JldGFyaWEgYXRyYXbDqXMgZG8gdGVsZWZv
bmUgKzM1MSAyMTMgNDYwIDkxMi48L3A+CjxwPkNvbSBvcyBtZWxob3JlcyBjdW1wcmltZW50b3Ms
PGJyPjxiPkluw6pzIFZhbGFkw6NvPC9iPjxicj5BZHZvZ2FkYSB8IFZhbGFkw6NvICZhbXA7IE1v
bnRlaXJvIC0gU29jaWVkYWRlIGRlIEFkdm9nYWRvcywgU1AsIFJMPC9wPgo8cCBzdHlsZT0iZm9u
dC1zaXplOjhwdDtjb2xvcjpncmF5Ij5BVklTTyBERSBDT05GSURFTkNJQUxJREFERTogRXN0YSBt
ZW5zYWdlbSBlIHF1YWlzcXVlciBhbmV4b3Mgc8OjbyBjb25maWRlbmNpYWlzIGUgcG9kZW0gZXN0
YXIgc3VqZWl0b3MgYSBzaWdpbG8gcHJvZmlzc2lvbmFsLiBTZSBhIHJlY2ViZXUgcG9yIGVuZ2Fu
bywgaW5mb3JtZSBvIHJlbWV0ZW50ZSBlIGVsaW1pbmUtYSwgbsOjbyBhIHBvZGVuZG8gY29waWFy
LCB1dGlsaXphciBvdSBkaXZ1bGdhci4gT3MgZGFkb3MgcGVzc29haXMgY29uc3RhbnRlcyBkZXN0
YSBjb211bmljYcOnw6NvIHPDo28gdHJhdGFkb3Mgbm9zIHRlcm1vcyBkbyBSZWd1bGFtZW50byBH
ZXJhbCBzb2JyZSBhIFByb3Rlw6fDo28gZGUgRGFkb3MgKFJHUEQpOyBwYXJhIGV4ZXJjZXIgb3Mg
c2V1cyBkaXJlaXRvcyBkZSBhY2Vzc28sIHJldGlmaWNhw6fDo28sIGFwYWdhbWVudG8gb3Ugb3Bv
c2nDp8OjbyBjb250YWN0ZSBwcm90ZWNhby5kYWRvc0B2bWFkdm9nYWRvcy5leGFtcGxlLnB0Ljwv
cD4KPC9kaXY+CjwvYm9keT4KPC9odG1sPgo=

--_000_DB9PR08MB66173E0A9C4B2D71F58E6A04C5B7DB9PR08MB6617eurp_--
'''),
    ('pt', 'collection-agency-payment-received-process-closed', 'automated', (),
'''Return-Path: <notificacoes@recuperacoestejo.example.pt>
Received: from cobranet.recuperacoestejo.example.pt (cobranet.recuperacoestejo.example.pt [203.0.113.109])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rq6Jh2vNmz4wG
        for <privacy@shop.example.be>; Mon, 19 Jan 2026 08:45:03 +0100 (CET)
From: =?utf-8?q?Recupera=C3=A7=C3=B5es_Tejo?= <notificacoes@recuperacoestejo.example.pt>
To: privacy@shop.example.be
Subject: Processo RT-2026-00318: pagamento recebido e processo encerrado
Date: Mon, 19 Jan 2026 07:45:00 +0000
Message-ID: <RT-2026-00318.enc.1768808700@cobranet.recuperacoestejo.example.pt>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Mailer: CobraNet 2.9 (notificador)

Exmos. Senhores,

Esta é uma mensagem automática. Por favor não responda a este endereço.

Credor:              Shop Example BV (cliente n.º 0731)
Processo:            RT-2026-00318
Sua referência:      PT-7730-0219 / fatura FT 2025/4418
Devedor:             J. M***** S*****, Setúbal
Valor recebido:      97,80 € (capital 89,90 € + juros de mora 7,90 €)
Data do pagamento:   16/01/2026
Estado:              ENCERRADO - pago na totalidade

O montante será transferido para a conta do credor na próxima liquidação
quinzenal.

Proteção de dados: os dados pessoais do devedor comunicados para este
processo (nome, NIF, morada, contactos, histórico de faturação) serão
conservados pelo prazo legal aplicável e depois eliminados. Pedidos de
acesso, retificação ou eliminação apresentados pelo titular dos dados
serão reencaminhados para o contacto de privacidade indicado pelo credor.
O relatório do processo pode ser exportado em PDF no portal de clientes.

Recuperações Tejo, Lda. - Av. da República 51, 1050-188 Lisboa
'''),
    ('pt', 'consumer-arbitration-centre-case-registered', 'automated', (),
'''Return-Path: <nao-responder@arbitragemconsumo.example.pt>
Received: from smtp.arbitragemconsumo.example.pt (smtp.arbitragemconsumo.example.pt [198.51.100.143])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RHwQ95cLfz4wB
        for <privacy@shop.example.be>; Wed,  8 Apr 2026 17:03:30 +0200 (CEST)
From: Centro de Arbitragem de Consumo <nao-responder@arbitragemconsumo.example.pt>
To: privacy@shop.example.be
Subject: =?utf-8?q?Pedido_de_arbitragem_n=2E=C2=BA_1187/2026_-_notifica=C3=A7=C3=A3o_?=
 =?utf-8?q?=C3=A0_empresa_reclamada?=
Date: Wed, 8 Apr 2026 16:03:27 +0100
Message-ID: <proc1187-2026.notif-reclamada@arbitragemconsumo.example.pt>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative; boundary="b1_8e2c47f09a3d5b61e7c0"

--b1_8e2c47f09a3d5b61e7c0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Exmos. Senhores,

Notifica=C3=A7=C3=A3o autom=C3=A1tica gerada pela plataforma do Centro de A=
rbitragem de Consumo. N=C3=A3o responda a este email.

Foi registado um pedido de media=C3=A7=C3=A3o/arbitragem em que a vossa emp=
resa figura como reclamada:

Processo: 1187/2026
Reclamada: Shop Example BV
Objeto: contesta=C3=A7=C3=A3o de fatura e de cobran=C3=A7a por empresa de r=
ecupera=C3=A7=C3=A3o de cr=C3=A9dito; pedido de acesso aos dados pessoais t=
ransmitidos
Valor do pedido: 212,40 =E2=82=AC
Data de entrada: 07/04/2026

A reclama=C3=A7=C3=A3o e os documentos est=C3=A3o dispon=C3=ADveis na =C3=
=A1rea reservada das empresas: https://empresas.arbitragemconsumo.example.pt
Disp=C3=B5e de 10 dias =C3=BAteis para apresentar a sua posi=C3=A7=C3=A3o.

Tratamento de dados pessoais: os dados pessoais das partes s=C3=A3o tratado=
s pelo Centro exclusivamente para a gest=C3=A3o do processo, nos termos do =
RGPD, e conservados durante 5 anos ap=C3=B3s o seu encerramento. O consenti=
mento do consumidor para a partilha da reclama=C3=A7=C3=A3o com a empresa r=
eclamada foi registado na plataforma.

Centro de Arbitragem de Consumo - Servi=C3=A7o de notifica=C3=A7=C3=B5es

--b1_8e2c47f09a3d5b61e7c0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,Helvetica,sans-serif;font-size:14px;=
color:#1b1b1b">
<div style=3D"border-left:5px solid #c8102e;padding-left:14px">
<p>Exmos. Senhores,</p>
<p><i>Notifica=C3=A7=C3=A3o autom=C3=A1tica gerada pela plataforma do Centr=
o de Arbitragem de Consumo. N=C3=A3o responda a este email.</i></p>
<p>Foi registado um pedido de media=C3=A7=C3=A3o/arbitragem em que a vossa =
empresa figura como reclamada:</p>
<table cellpadding=3D"4" style=3D"font-size:14px">
<tr><td><b>Processo</b></td><td>1187/2026</td></tr>
<tr><td><b>Reclamada</b></td><td>Shop Example BV</td></tr>
<tr><td><b>Objeto</b></td><td>contesta=C3=A7=C3=A3o de fatura e de cobran=
=C3=A7a por empresa de recupera=C3=A7=C3=A3o de cr=C3=A9dito; pedido de ace=
sso aos dados pessoais transmitidos</td></tr>
<tr><td><b>Valor do pedido</b></td><td>212,40 &euro;</td></tr>
<tr><td><b>Data de entrada</b></td><td>07/04/2026</td></tr>
</table>
<p>A reclama=C3=A7=C3=A3o e os documentos est=C3=A3o dispon=C3=ADveis na <a=
 href=3D"https://empresas.arbitragemconsumo.example.pt">=C3=A1rea reservada=
 das empresas</a>. Disp=C3=B5e de 10 dias =C3=BAteis para apresentar a sua =
posi=C3=A7=C3=A3o.</p>
<p style=3D"font-size:11px;color:#666">Tratamento de dados pessoais: os dad=
os pessoais das partes s=C3=A3o tratados pelo Centro exclusivamente para a =
gest=C3=A3o do processo, nos termos do RGPD, e conservados durante 5 anos a=
p=C3=B3s o seu encerramento.</p>
</div></body></html>

--b1_8e2c47f09a3d5b61e7c0--
'''),
    ('pt', 'person-replies-to-dunning-asks-payment-plan', 'other', (),
'''Return-Path: <rui.carvalho78@correio.example.pt>
Received: from smtp.correio.example.pt (smtp.correio.example.pt [203.0.113.76])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RFg1c0ZpQz4wS
        for <privacy@shop.example.be>; Tue, 24 Mar 2026 22:10:47 +0100 (CET)
From: Rui Carvalho <rui.carvalho78@correio.example.pt>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (Mac OS X Mail 16.0)
Subject: =?utf-8?q?Re=3A_Lembrete_de_pagamento_-_fatura_FT_2026/5521_vencida_=28mensa?=
 =?utf-8?q?gem_autom=C3=A1tica=29?=
Message-Id: <B71E4C09-5A2D-4F83-9E60-3C8D1F7A2B94@correio.example.pt>
Date: Tue, 24 Mar 2026 21:10:44 +0000
In-Reply-To: <dun1.FT-2026-5521@billing.shop.example.be>
References: <dun1.FT-2026-5521@billing.shop.example.be>
To: privacy@shop.example.be
X-Mailer: Apple Mail (2.3826.400.131.1.6)

Boa noite,

Recebi este lembrete e sei que a fatura est=C3=A1 em atraso, n=C3=A3o conte=
sto o valor. Fiquei desempregado em fevereiro e neste momento n=C3=A3o cons=
igo pagar os 239,70 =E2=82=AC de uma s=C3=B3 vez.

Seria poss=C3=ADvel pagar em 3 ou 4 presta=C3=A7=C3=B5es mensais, a come=C3=
=A7ar em abril? Se for preciso, posso enviar o comprovativo da situa=C3=A7=
=C3=A3o de desemprego. Pe=C3=A7o s=C3=B3 que n=C3=A3o passem o processo par=
a a empresa de cobran=C3=A7as enquanto aguardo a vossa resposta.

Obrigado pela compreens=C3=A3o,
Rui Carvalho
Cliente n.=C2=BA 60319874

> No dia 24/03/2026, =C3=A0s 06:00, Shop Example BV <faturacao@shop.example=
.be> escreveu:
>
> Mensagem gerada automaticamente. Por favor, n=C3=A3o responda.
>
> Caro(a) cliente,
>
> A fatura FT 2026/5521 de 03/02/2026, no valor de 239,70 =E2=82=AC, encont=
ra-se por pagar desde 05/03/2026.
>
> Refer=C3=AAncia Multibanco: Entidade 21843 / Refer=C3=AAncia 604 117 392 =
/ Valor 239,70 =E2=82=AC
>
> Caso n=C3=A3o regularize a situa=C3=A7=C3=A3o no prazo de 10 dias, o proc=
esso poder=C3=A1 ser encaminhado para uma entidade de cobran=C3=A7a.
> Se j=C3=A1 efetuou o pagamento, ignore esta mensagem.
>
> Shop Example BV - Fatura=C3=A7=C3=A3o
'''),
]

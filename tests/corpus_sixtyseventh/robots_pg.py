"""Sixtyseventh set: robot mail of donation, charity and community-programme systems (charity CRMs, round-up processors, volunteer rotas, noticeboards, vote and raffle tools, bounces, auto-replies, read receipts), plus people who look automatic (en, nl, fr, de, es, it, pt). Written apart from the code."""

ROBOTS = [
    ('en', 'postfix-bounce-reply-to-mistyped-donor', 'automated', (),
'''Return-Path: <>
Received: from out1.shop.example.be (out1.shop.example.be [192.0.2.25])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HbR7m0xQkz4w1Tn
        for <privacy@shop.example.be>; Thu, 15 Oct 2026 10:41:08 +0200 (CEST)
Received: by out1.shop.example.be (Postfix)
        id 8F2C1A0457; Thu, 15 Oct 2026 10:41:07 +0200 (CEST)
Date: Thu, 15 Oct 2026 10:41:07 +0200 (CEST)
From: MAILER-DAEMON@out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8F2C1A0457.1792053667/out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261015084107.8F2C1A0457@out1.shop.example.be>

This is a MIME-encapsulated message.

--8F2C1A0457.1792053667/out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jon.whitmore@gmail.con>: Host or domain name not found. Name service error
    for name=gmail.con type=A: Host not found

--8F2C1A0457.1792053667/out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; out1.shop.example.be
X-Postfix-Queue-ID: 8F2C1A0457
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 15 Oct 2026 10:41:06 +0200 (CEST)

Final-Recipient: rfc822; jon.whitmore@gmail.con
Original-Recipient: rfc822;jon.whitmore@gmail.con
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=gmail.con type=A: Host not found

--8F2C1A0457.1792053667/out1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
	by out1.shop.example.be (Postfix) with ESMTPS id 8F2C1A0457
	for <jon.whitmore@gmail.con>; Thu, 15 Oct 2026 10:41:06 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2026; t=1792053666;
	bh=Q2m8o0kY7bZ1f3sT9yJd1m0cQmFzVn2WqEo6tKx4yHc=;
	h=Date:From:To:Subject:In-Reply-To:References;
	b=kT3vQm0x8cN5uJpYb2LrA9sWfE1hZ6gD4oVtX7nR0qKiM3yB5eC8uL2aP9wS6jH1
	 fG4dN7xQ0zT5mV8bY3cR6kE9aW2sU1pL4oI7hJ0gF3eD6cB9aZ2yX5wV8uT1sR4
Date: Thu, 15 Oct 2026 10:41:05 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Jon Whitmore <jon.whitmore@gmail.con>
Subject: =?utf-8?q?Re=3A_Round-up_donation_=E2=80=93_what_we_shared_with_Hope_Ha?=
 =?utf-8?q?rbour_Children=27s_Trust?=
Message-ID: <pt-20261015-0093114@helpdesk.shop.example.be>
In-Reply-To: <CAK7pQx2m+Hh0Vd3@mail.gmail.com>
References: <CAK7pQx2m+Hh0Vd3@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

--8F2C1A0457.1792053667/out1.shop.example.be--
'''),
    ('en', 'exchange-ooo-charity-partnerships', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HbM1c3Jt9z4w0Kp
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 16:27:52 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
 d=brightstepsfoundation.onmicrosoft.com; s=selector1-brightstepsfoundation-onmicrosoft-com;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh=3vXh0nB7gQm1yT5sR2pLk9cV4wZ8aE6uJ0oF1iD3Ns0=;
 b=Zp4Lq1vB8mX2cN7tR5yK0wE3hS6gU9aJ1oD4fI7lP2nQ5rT8vY0bC3eG6hK9mM1s
 xW4zA7dF0jL3oR6uX9bE2hK5nQ8tW1yB4eH7kN0qT3wZ6cF9iL2oR5uX8aD1gJ4m==
From: Fiona Delacroix-Hart <f.delacroix-hart@brightsteps-foundation.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Round-up donor data - October transfer and consent
 records
Thread-Topic: Round-up donor data - October transfer and consent records
Thread-Index: AQHdQf3kZ2x9pTq1Rk+8mW3yN0bVhA==
Date: Wed, 21 Oct 2026 14:27:49 +0000
Message-ID: <AM0PR10MB31874C2E9A1B7D0F3E6C82A1D7A12@AM0PR10MB3187.EURPRD10.PROD.OUTLOOK.COM>
References: <pt-20261021-0094027@helpdesk.shop.example.be>
In-Reply-To: <pt-20261021-0094027@helpdesk.shop.example.be>
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: f.delacroix-hart@brightsteps-foundation.example
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
X-MS-Exchange-Organization-SCL: -1
Content-Type: multipart/alternative;
	boundary="_000_AM0PR10MB31874C2E9A1B7D0F3E6C82A1D7A12AM0PR10MB3187EURP_"
MIME-Version: 1.0

--_000_AM0PR10MB31874C2E9A1B7D0F3E6C82A1D7A12AM0PR10MB3187EURP_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email.

I am out of the office until Monday 2 November 2026 with limited access to =
email.

For questions about the Shop Example round-up partnership, the monthly dono=
r data transfer or gift receipts, please contact partnerships@brightsteps-f=
oundation.example or call +32 2 555 01 84.

Data protection requests (access, deletion, consent withdrawal) from suppor=
ters are handled by our Data Protection Officer at dpo@brightsteps-foundati=
on.example.

Kind regards,
Fiona Delacroix-Hart
Corporate Partnerships Manager
Brightsteps Foundation

--_000_AM0PR10MB31874C2E9A1B7D0F3E6C82A1D7A12AM0PR10MB3187EURP_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html xmlns:o=3D"urn:schemas-microsoft-com:office:office" xmlns:w=3D"urn:sc=
hemas-microsoft-com:office:word" xmlns:m=3D"http://schemas.microsoft.com/of=
fice/2004/12/omml" xmlns=3D"http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang=3D"EN-GB" link=3D"#0563C1" vlink=3D"#954F72" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Thank you for your email.<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal">I am out of the office until Monday 2 November 2026 =
with limited access to email.<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal">For questions about the Shop Example round-up partne=
rship, the monthly donor data transfer or gift receipts, please contact <a =
href=3D"mailto:partnerships@brightsteps-foundation.example">partnerships@br=
ightsteps-foundation.example</a> or call +32 2 555 01 84.<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal">Data protection requests (access, deletion, consent =
withdrawal) from supporters are handled by our Data Protection Officer at <=
a href=3D"mailto:dpo@brightsteps-foundation.example">dpo@brightsteps-founda=
tion.example</a>.<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal">Kind regards,<o:p></o:p></p>
<p class=3D"MsoNormal">Fiona Delacroix-Hart<o:p></o:p></p>
<p class=3D"MsoNormal">Corporate Partnerships Manager<o:p></o:p></p>
<p class=3D"MsoNormal">Brightsteps Foundation<o:p></o:p></p>
</div>
</body>
</html>

--_000_AM0PR10MB31874C2E9A1B7D0F3E6C82A1D7A12AM0PR10MB3187EURP_--
'''),
    ('en', 'roundup-processor-monthly-statement', 'automated', (),
'''Return-Path: <0102019a4c7e2d11-6b1f0c2e-8a3d-4c55-9e07-2f6d1b8a4c90-000000@eu-west-1.amazonses.com>
Received: from a48-112.smtp-out.eu-west-1.amazonses.com (a48-112.smtp-out.eu-west-1.amazonses.com [54.240.48.112])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hc2vT6p0Xz4w3Fd
        for <privacy@shop.example.be>; Tue, 06 Oct 2026 04:12:33 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=pr2024; d=mail.pennyround.example; t=1791252751;
	h=Content-Type:MIME-Version:From:To:Subject:Message-ID:Date;
	bh=7cR1m9vQ2bX4yT0sK8wE5hN3gJ6aL1oD9uF2iP7zC4k=;
	b=Hq3Nw8xB1vT6mK9cR2yE5sL0pG4aJ7dF1oU3iZ8nW6bQ0tY5eC2hX9kM4rV7sA1g
	 Pd8Lf5Jz2Tq9Wc6Nm3Kb0Rx7Vy4Gh1Se8Ua5Io2Ep9Ds6Ft3Gw0Hr7Js4Kv1Lx8Mz
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=shh3fegwg5fppqsuzphvschd53n6ihuv; d=amazonses.com; t=1791252751;
	h=Content-Type:MIME-Version:From:To:Subject:Message-ID:Date:Feedback-ID;
	bh=7cR1m9vQ2bX4yT0sK8wE5hN3gJ6aL1oD9uF2iP7zC4k=;
	b=Ab4Cd7Ef0Gh3Ij6Kl9Mn2Op5Qr8St1Uv4Wx7Yz0Ab3Cd6Ef9Gh2Ij5Kl8Mn1Op4Qr
	 7St0Uv3Wx6Yz9Ab2Cd5Ef8Gh1Ij4Kl7Mn0Op3Qr6St9Uv2Wx5Yz8Ab1Cd4Ef7Gh0I
From: PennyRound Statements <statements@mail.pennyround.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Your_September_2026_round-up_statement_is_ready_=E2=80=93_Shop_Example_BV?=
Date: Tue, 6 Oct 2026 02:12:31 +0000
Message-ID: <0102019a4c7e2d11-6b1f0c2e-8a3d-4c55-9e07-2f6d1b8a4c90-000000@eu-west-1.amazonses.com>
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_2291477_1419735662.1791252751204"
Auto-Submitted: auto-generated
X-Entity-Ref-ID: stmt-PR-BE-00417-2026-09
Feedback-ID: 1.eu-west-1.Zk2w0Qm8nB7vX4cT1yR5sL9pG3aJ6dF0oU2iE8hK4=:AmazonSES
X-SES-Outgoing: 2026.10.06-54.240.48.112

------=_Part_2291477_1419735662.1791252751204
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

PennyRound - Monthly statement

Shop Example BV (merchant ID PR-BE-00417)
Statement period: 1-30 September 2026

Round-up donations collected: EUR 18,442.37
Transactions with a round-up: 41,906 (web shop 12,380 / app 9,114 / stores =
20,412)
Beneficiary: Hope Harbour Children's Trust (charity ID HHCT-2291)
Payout to beneficiary: EUR 18,442.37 on 5 October 2026 (ref. PO-2026-09-004=
17)

Donor data and consent
- Customers who consented to share their name and e-mail address with the b=
eneficiary ("gift acknowledgement consent"): 312
- Customers who withdrew that consent this month: 27 (their records were re=
moved from the beneficiary feed on the next sync)
- Consent records synced to your merchant dashboard: 3 October 2026, 02:00 =
CET
- No personal data of customers without consent was transferred to the bene=
ficiary.

Your export (CSV, personal data included) is ready:
https://dashboard.pennyround.example/exports/PR-BE-00417/2026-09
The download link expires in 7 days. Only users with the "Data Controller" =
role can open it.

Questions about this statement? Visit https://help.pennyround.example
This is an automated message. Replies to this address are not monitored.

PennyRound Payments Ltd - Data processor for Shop Example BV under the DPA =
of 12 January 2026
------=_Part_2291477_1419735662.1791252751204
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta charset=3D"utf-8"><title>Your September 2026 round-up sta=
tement</title></head>
<body style=3D"margin:0;padding:0;background:#f4f6f8;font-family:Arial,Helv=
etica,sans-serif;color:#1d2733">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"600" cellpadding=3D"24" cellspacing=
=3D"0" style=3D"background:#ffffff">
<tr><td>
<h1 style=3D"font-size:20px;margin:0 0 12px">Monthly statement &ndash; Sept=
ember 2026</h1>
<p>Shop Example BV (merchant ID PR-BE-00417)<br>Statement period: 1&ndash;3=
0 September 2026</p>
<table cellpadding=3D"6" cellspacing=3D"0" style=3D"border-collapse:collaps=
e;width:100%;font-size:14px">
<tr><td>Round-up donations collected</td><td align=3D"right"><strong>EUR 18=
,442.37</strong></td></tr>
<tr><td>Transactions with a round-up</td><td align=3D"right">41,906</td></t=
r>
<tr><td>Beneficiary</td><td align=3D"right">Hope Harbour Children's Trust</=
td></tr>
<tr><td>Payout to beneficiary</td><td align=3D"right">5 October 2026 (PO-20=
26-09-00417)</td></tr>
</table>
<h2 style=3D"font-size:16px;margin:20px 0 8px">Donor data and consent</h2>
<ul style=3D"font-size:14px">
<li>Gift acknowledgement consents (name and e-mail shared with the benefici=
ary): 312</li>
<li>Consents withdrawn this month: 27 &ndash; removed from the beneficiary =
feed on the next sync</li>
<li>Consent records synced to your dashboard: 3 October 2026, 02:00 CET</li>
<li>No personal data of customers without consent was transferred to the be=
neficiary.</li>
</ul>
<p><a href=3D"https://dashboard.pennyround.example/exports/PR-BE-00417/2026=
-09" style=3D"background:#0b6bcb;color:#ffffff;padding:10px 16px;text-decor=
ation:none;border-radius:4px">Download export (CSV)</a></p>
<p style=3D"font-size:12px;color:#5b6773">The download link expires in 7 da=
ys. Only users with the &quot;Data Controller&quot; role can open it.<br>
This is an automated message. Replies to this address are not monitored.<br>
PennyRound Payments Ltd &ndash; Data processor for Shop Example BV under th=
e DPA of 12 January 2026</p>
</td></tr></table>
</td></tr></table>
</body></html>
------=_Part_2291477_1419735662.1791252751204--
'''),
    ('en', 'volunteer-rota-shift-reminder', 'automated', (),
'''Return-Path: <bounces+4412907-3c1a-privacy=shop.example.be@em2851.handsonrota.example>
Received: from o1678912x182.outbound-mail.sendgrid.net (o1678912x182.outbound-mail.sendgrid.net [149.72.182.14])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HgL2w9Rr5z4w2Bx
        for <privacy@shop.example.be>; Fri, 20 Nov 2026 09:00:14 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=handsonrota.example;
	h=content-type:from:mime-version:subject:to:cc:content-type:from:subject:to;
	s=s1; bh=Vw2d0Hn8kX5qB1mT7yR3cL9sP4aG6jF0oE2uI8zN5c=;
	b=Kp3x9Lm1Qv7Tz2Wb5Nc8Rd0Ye4Hf6Jg1Ks3Lt9Mu2Nv5Ow8Px1Qy4Rz7Sa0Tb3Uc6Vd9
	 We2Xf5Yg8Zh1Ai4Bj7Ck0Dl3Em6Fn9Go2Hp5Iq8Jr1Ks4Lt7Mu0Nv3Ow6Px9Qy2Rz5Sa=
Content-Type: multipart/alternative; boundary=c2f1e8d7b4a9e36f0d5c18b27a4e9f316d0b2c7e8a5f4d91
Date: Fri, 20 Nov 2026 08:00:12 +0000 (UTC)
From: HandsOn Rota <reminders@handsonrota.example>
Mime-Version: 1.0
Message-ID: <Qm3xT7vK2yRzW9bN1cL5pA@geopod-ismtpd-14>
Subject: =?utf-8?q?Reminder=3A_your_shift_tomorrow_=E2=80=93_Food_bank_collection=2C_Sh?=
 =?utf-8?q?op_Example_Leuven_=28Sat_21_Nov=2C_09=3A00=29?=
To: privacy@shop.example.be
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
X-SG-EID: u001.Fq8ZkN2mT5wR1cV7yB3xL9pJ0hG4aD6sE2oU8iK1nM5tQ7rW3
X-Entity-ID: u001.aH7vP2qL9mX4cN1bZ6yT

--c2f1e8d7b4a9e36f0d5c18b27a4e9f316d0b2c7e8a5f4d91
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0

Hi Privacy Team,

This is a reminder that you signed up for a shift tomorrow.

  Food bank collection =E2=80=93 Shop Example Leuven Diestsestraat
  Saturday 21 November 2026, 09:00=E2=80=9312:00
  Role: Trolley runner (entrance B)
  Shift lead: Marc Oosterlinck, +32 470 55 12 90

Please arrive 10 minutes early and check in with the shift lead. Hi-vis ves=
ts are provided.

Who can see your details?
Your first name, last name and phone number are visible to the shift lead a=
nd to the other 6 volunteers on this shift. The food bank can see your volu=
nteering history. You can hide your phone number from other volunteers in y=
our privacy settings: https://app.handsonrota.example/settings/privacy

Can't make it? Release your shift so someone else can take it:
https://app.handsonrota.example/s/7Q2kM9xW/release

Thank you for giving your time!
The HandsOn Rota team, on behalf of Leuven Food Bank (Voedselbank Leuven vz=
w)

You receive this reminder because you have an account on HandsOn Rota. Mana=
ge your notifications: https://app.handsonrota.example/settings/notificatio=
ns
HandsOn Rota, Rue de l'Entraide 12, 1000 Brussels
--c2f1e8d7b4a9e36f0d5c18b27a4e9f316d0b2c7e8a5f4d91
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8
Mime-Version: 1.0

<html><body style=3D"font-family:Helvetica,Arial,sans-serif;font-size:15px;=
color:#222">
<p>Hi Privacy Team,</p>
<p>This is a reminder that you signed up for a shift <strong>tomorrow</stro=
ng>.</p>
<div style=3D"border-left:4px solid #2e9d5b;padding:8px 14px;background:#f2=
fbf5">
<strong>Food bank collection =E2=80=93 Shop Example Leuven Diestsestraat</s=
trong><br>
Saturday 21 November 2026, 09:00=E2=80=9312:00<br>
Role: Trolley runner (entrance B)<br>
Shift lead: Marc Oosterlinck, +32 470 55 12 90
</div>
<p>Please arrive 10 minutes early and check in with the shift lead. Hi-vis =
vests are provided.</p>
<p><strong>Who can see your details?</strong><br>
Your first name, last name and phone number are visible to the shift lead a=
nd to the other 6 volunteers on this shift. The food bank can see your volu=
nteering history. You can hide your phone number from other volunteers in y=
our <a href=3D"https://app.handsonrota.example/settings/privacy">privacy se=
ttings</a>.</p>
<p>Can't make it? <a href=3D"https://app.handsonrota.example/s/7Q2kM9xW/rel=
ease">Release your shift</a> so someone else can take it.</p>
<p>Thank you for giving your time!<br>The HandsOn Rota team, on behalf of L=
euven Food Bank (Voedselbank Leuven vzw)</p>
<p style=3D"font-size:12px;color:#777">You receive this reminder because yo=
u have an account on HandsOn Rota. <a href=3D"https://app.handsonrota.examp=
le/settings/notifications">Manage your notifications</a>.<br>HandsOn Rota, =
Rue de l'Entraide 12, 1000 Brussels</p>
<img src=3D"https://u4412907.ct.sendgrid.net/wf/open?upn=3D3kQ9" width=3D"1=
" height=3D"1" alt=3D"">
</body></html>
--c2f1e8d7b4a9e36f0d5c18b27a4e9f316d0b2c7e8a5f4d91--
'''),
    ('en', 'person-replies-above-roundup-receipt', 'access', (),
'''Return-Path: <d.okafor84@gmail.com>
Received: from mail-wm1-f53.google.com (mail-wm1-f53.google.com [209.85.128.53])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HfT8k1Bn2z4w6Ys
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 21:07:44 +0100 (CET)
Received: by mail-wm1-f53.google.com with SMTP id 5b1f17b1804b1-47a1c2e9d0fso18822315e9.3
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 13:07:43 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1793045263; x=1793650063; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :from:to:cc:subject:date:message-id:reply-to;
        bh=fV1pQ8mZ3xT6wB0cN9yR2sK5hL7aJ4dG1oE8uI3zM6c=;
        b=Rk2Lp9Mq4Nr7Os0Pt3Qu6Rv9Sw2Tx5Uy8Vz1Wa4Xb7Yc0Zd3Ae6Bf9Cg2Dh5Ei8Fj1G
         k4Hl7Im0Jn3Ko6Lp9Mq2Nr5Os8Pt1Qu4Rv7Sw0Tx3Uy6Vz9Wa2Xb5Yc8Zd1Ae4Bf7C
X-Google-Smtp-Source: AGHT+IF3kQ8mR2xN5vB9cT1yL7pW0sD4aJ6hG3oE8uZ1iK5nM2tQ9rX7wC0bV4yL
X-Received: by 2002:a05:600c:4f89:b0:47a:91c3:e2d0 with SMTP id 5b1f17b1804b1-47a91c3e2f7mr123311765e9.14.1793045263112;
        Mon, 26 Oct 2026 13:07:43 -0700 (PDT)
MIME-Version: 1.0
References: <rcpt-20261003-LEU-118834@notify.shop.example.be>
In-Reply-To: <rcpt-20261003-LEU-118834@notify.shop.example.be>
From: Daniel Okafor <d.okafor84@gmail.com>
Date: Mon, 26 Oct 2026 21:07:31 +0100
X-Gm-Features: AQt7F2r8mKx1Vb9cN3yT5wL0pQ4sG7aJ2hD6oE1uZ8iR
Message-ID: <CAJ4mRk8x2Vn+Tq9Bc1Lw5yP0s7Gh3aZ6dE8oU1iF4nM2t@mail.gmail.com>
Subject: =?UTF-8?Q?Re=3A_Thank_you_for_rounding_up_=E2=80=93_EUR_0=2E63_for_Hope_Ha?=
	=?UTF-8?Q?rbour_Children=27s_Trust?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000b7e3a1061f5c2d84"

--000000000000b7e3a1061f5c2d84
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hello,

I'm replying to this because it's the only mail I have from you about it.

I rounded up my shopping at your Leuven store at the start of the month. Si=
xty-three cents. I never gave anyone my address or my email for that, and s=
ince then Hope Harbour Children's Trust has sent me a "thank you" and now a=
n appeal asking me to become a monthly donor, addressed to me by name.

Before I decide anything else I want to know what you actually have on me a=
nd what you passed on. Specifically:
- what data you hold about me in connection with the round-up (and the loya=
lty card it was linked to, if that's how you got my email),
- exactly what you sent to Hope Harbour (name? email? what I bought? how mu=
ch I gave?), and when,
- and whether anyone else (PennyRound or whoever processes these payments) =
received it too.

My loyalty card number is 2700 1184 3392 5.

Thanks,
Daniel Okafor

On Sat, 3 Oct 2026 at 18:42, Shop Example <noreply@shop.example.be> wrote:

> Thank you, Daniel!
>
> You rounded up your purchase of 3 October 2026 at Shop Example Leuven
> Diestsestraat and gave EUR 0.63 to Hope Harbour Children's Trust.
>
> Together with our customers we raised EUR 18,442.37 in September.
>
> Hope Harbour would love to thank you personally. To make that possible we
> share your name and e-mail address with them. Read more in our privacy
> notice: https://www.shop.example.be/privacy
>
> This is an automatically generated message. Please do not reply to this
> e-mail.
>
> Shop Example BV - Ladeuzeplein 1, 3000 Leuven

--000000000000b7e3a1061f5c2d84
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hello,</div><div><br></div><div>I'm replying to this =
because it's the only mail I have from you about it.</div><div><br></div><d=
iv>I rounded up my shopping at your Leuven store at the start of the month.=
 Sixty-three cents. I never gave anyone my address or my email for that, an=
d since then Hope Harbour Children's Trust has sent me a "thank you" and no=
w an appeal asking me to become a monthly donor, addressed to me by name.</=
div><div><br></div><div>Before I decide anything else I want to know what y=
ou actually have on me and what you passed on. Specifically:</div><div>- wh=
at data you hold about me in connection with the round-up (and the loyalty =
card it was linked to, if that's how you got my email),</div><div>- exactly=
 what you sent to Hope Harbour (name? email? what I bought? how much I gave=
?), and when,</div><div>- and whether anyone else (PennyRound or whoever pr=
ocesses these payments) received it too.</div><div><br></div><div>My loyalt=
y card number is 2700 1184 3392 5.</div><div><br></div><div>Thanks,</div><d=
iv>Daniel Okafor</div></div><br><div class=3D"gmail_quote"><div dir=3D"ltr"=
 class=3D"gmail_attr">On Sat, 3 Oct 2026 at 18:42, Shop Example &lt;<a href=
=3D"mailto:noreply@shop.example.be">noreply@shop.example.be</a>&gt; wrote:<=
br></div><blockquote class=3D"gmail_quote" style=3D"margin:0px 0px 0px 0.8e=
x;border-left:1px solid rgb(204,204,204);padding-left:1ex">Thank you, Danie=
l!<br><br>You rounded up your purchase of 3 October 2026 at Shop Example Le=
uven Diestsestraat and gave EUR 0.63 to Hope Harbour Children's Trust.<br><=
br>Together with our customers we raised EUR 18,442.37 in September.<br><br=
>Hope Harbour would love to thank you personally. To make that possible we =
share your name and e-mail address with them. Read more in our privacy noti=
ce: <a href=3D"https://www.shop.example.be/privacy">https://www.shop.exampl=
e.be/privacy</a><br><br>This is an automatically generated message. Please =
do not reply to this e-mail.<br><br>Shop Example BV - Ladeuzeplein 1, 3000 =
Leuven<br></blockquote></div>

--000000000000b7e3a1061f5c2d84--
'''),
    ('nl', 'exchange-ndr-dutch-foodbank-coordinator', 'automated', (),
'''Return-Path: <>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2118.outbound.protection.outlook.com [40.107.104.118])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HdW0s7Kc3z4w9Lq
        for <privacy@shop.example.be>; Mon, 09 Nov 2026 09:15:24 +0100 (CET)
From: Microsoft Outlook <postmaster@voedselbankhageland.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Mon, 9 Nov 2026 08:15:22 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="16c5f0a2-7d31-4e8b-9f04-6a2b3c1d8e77"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
Message-ID: <0b7e9c41-2a5d-4f13-8e60-d7c2b14f95a3@DB9PR08MB6714.eurprd08.prod.outlook.com>
In-Reply-To: <pt-20261109-0096551@helpdesk.shop.example.be>
References: <pt-20261109-0096551@helpdesk.shop.example.be>
Subject: Onbestelbaar: Re: Lijst vrijwilligers met telefoonnummers - graag
 verwijderen na de actie
Auto-Submitted: auto-replied
MIME-Version: 1.0
X-MS-Exchange-Organization-SCL: -1

--16c5f0a2-7d31-4e8b-9f04-6a2b3c1d8e77
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="4a81d6e3-b0c2-49f7-a513-2e9d7c60f1b8"

--4a81d6e3-b0c2-49f7-a513-2e9d7c60f1b8
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Bezorging is mislukt voor deze ontvangers of groepen:

els.vandamme@voedselbank-hageland.example (els.vandamme@voedselbank-hagelan=
d.example)
Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-ma=
iladres van de ontvanger en probeer het bericht opnieuw te verzenden. Neem =
contact op met uw helpdesk als het probleem zich blijft voordoen.

Diagnostische gegevens voor beheerders:

Genererende server: DB9PR08MB6714.eurprd08.prod.outlook.com

els.vandamme@voedselbank-hageland.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

Oorspronkelijke berichtkoppen:

Received: from mx1.shop.example.be (192.0.2.25) by
 DB8EUR05FT061.mail.protection.outlook.com (10.233.239.114) with Microsoft =
SMTP
 Server (version=3DTLS1_3, cipher=3DTLS_AES_256_GCM_SHA384) id 15.20.8722.1=
2 via
 Frontend Transport; Mon, 9 Nov 2026 08:15:19 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Els Vandamme <els.vandamme@voedselbank-hageland.example>
Subject: Re: Lijst vrijwilligers met telefoonnummers - graag verwijderen na
 de actie
Date: Mon, 9 Nov 2026 09:15:12 +0100
Message-ID: <pt-20261109-0096551@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3Dutf-8

--4a81d6e3-b0c2-49f7-a513-2e9d7c60f1b8
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii">
<style>
* { font-family:Segoe UI,Frutiger,Frutiger Linotype,Dejavu Sans,Helvetica N=
eue,Arial,sans-serif; }
</style>
</head>
<body dir=3D"ltr" lang=3D"nl-NL">
<p><b><font color=3D"#000066" size=3D"3">Bezorging is mislukt voor deze ont=
vangers of groepen:</font></b></p>
<p><a href=3D"mailto:els.vandamme@voedselbank-hageland.example">els.vandamm=
e@voedselbank-hageland.example (els.vandamme@voedselbank-hageland.example)<=
/a><br>
</p>
<p>Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e=
-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden. Ne=
em contact op met uw helpdesk als het probleem zich blijft voordoen.</p>
<p><br></p>
<p><font color=3D"#808080" size=3D"2">Diagnostische gegevens voor beheerder=
s:</font></p>
<p><font color=3D"#808080" size=3D"2">Genererende server: DB9PR08MB6714.eur=
prd08.prod.outlook.com</font></p>
<p><font color=3D"#808080" size=3D"2">els.vandamme@voedselbank-hageland.exa=
mple<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'</font></p>
</body>
</html>

--4a81d6e3-b0c2-49f7-a513-2e9d7c60f1b8--

--16c5f0a2-7d31-4e8b-9f04-6a2b3c1d8e77
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR08MB6714.eurprd08.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Mon, 9 Nov 2026 08:15:19 +0000

Final-Recipient: rfc822;els.vandamme@voedselbank-hageland.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--16c5f0a2-7d31-4e8b-9f04-6a2b3c1d8e77
Content-Type: message/rfc822

Received: from mx1.shop.example.be (192.0.2.25) by
 DB8EUR05FT061.mail.protection.outlook.com (10.233.239.114) with Microsoft SMTP
 Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.12 via
 Frontend Transport; Mon, 9 Nov 2026 08:15:19 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Els Vandamme <els.vandamme@voedselbank-hageland.example>
Subject: Re: Lijst vrijwilligers met telefoonnummers - graag verwijderen na
 de actie
Date: Mon, 9 Nov 2026 09:15:12 +0100
Message-ID: <pt-20261109-0096551@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Beste Els,

Dank voor jullie hulp bij de inzamelactie van zaterdag 7 november in onze w=
inkels in Aarschot en Tienen.

Zoals afgesproken vragen we om de lijst met namen en telefoonnummers van de=
 vrijwilligers die we jullie voor de planning hebben doorgegeven, nu te ver=
wijderen. Wij hebben onze kopie vandaag gewist. Kan je kort bevestigen dat =
dit ook aan jullie kant gebeurd is?

Met vriendelijke groeten,
Privacyteam Shop Example

--16c5f0a2-7d31-4e8b-9f04-6a2b3c1d8e77--
'''),
    ('nl', 'volunteer-planner-signup-confirmation', 'automated', (),
'''Return-Path: <bounce+6d2e91.4be7a-privacy=shop.example.be@mg.helpendehand.example>
Received: from m228-4.mailgun.net (m228-4.mailgun.net [159.135.228.4])
        (using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HbZ6r2Pm8z4w4Hd
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 19:48:06 +0100 (CET)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=helpendehand.example; q=dns/txt;
 s=mx; t=1793126884; x=1793134084; h=Content-Transfer-Encoding: Content-Type:
 Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id: Sender:
 Sender; bh=Pw6sB0xN3vK8mT1cY5rL9qJ2hG4aD7oE0uF6iZ8nR2s=; b=Vt9Lq2Rk5Nm8Wb1Xc4Yd
 7Ze0Af3Bg6Ch9Di2Ej5Fk8Gl1Hm4In7Jo0Kp3Lq6Mr9Ns2Ot5Pu8Qv1Rw4Sx7Ty0Uz3Va6Wb9Xc2Yd5Z
Sender: noreply=helpendehand.example@mg.helpendehand.example
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset="utf-8"
Mime-Version: 1.0
Subject: =?utf-8?q?Bevestiging_van_je_inschrijving=3A_Inzameldag_Voedselbank_=E2=80=93_zaterdag_7_november_2026?=
From: Vrijwilligersplanner Helpende Hand <noreply@helpendehand.example>
To: privacy@shop.example.be
Date: Tue, 27 Oct 2026 18:48:04 +0000
Message-Id: <20261027184804.7c3e1b2a9f0d4e58@helpendehand.example>
Auto-Submitted: auto-generated
X-Mailgun-Sid: WyIzYjFkNiIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICI0YmU3YSJd
X-Mailgun-Tag: signup-confirmation

Hallo Team Privacy,

Bedankt! Je inschrijving is bevestigd.

Actie:      Inzameldag Voedselbank Hageland
Datum:      zaterdag 7 november 2026
Shift:      shift 2 =E2=80=93 11:00 tot 14:00
Locatie:    Shop Example Aarschot, Leuvensesteenweg 88 (ingang personeel)
Co=C3=B6rdinator: Els Vandamme =E2=80=93 0476 21 88 30

Wat neem je mee? Niets, wij zorgen voor fluohesjes en dozen. Parkeren kan a=
chter de winkel.

Jouw gegevens
Voor deze actie delen we je naam, e-mailadres en gsm-nummer met de co=C3=B6=
rdinator van Voedselbank Hageland en met Shop Example Aarschot (alleen voor=
 de planning op de dag zelf). Andere vrijwilligers zien enkel je voornaam. =
Na de actie worden je gegevens bij de winkel verwijderd; in de Vrijwilliger=
splanner blijven ze bewaard zolang je account bestaat.

Je kan je gegevens bekijken, aanpassen, downloaden of je account verwijdere=
n via Mijn profiel:
https://helpendehand.example/profiel

Uitschrijven voor deze shift: https://helpendehand.example/s/HG-0711-2/afme=
lden

Tot zaterdag!
De Vrijwilligersplanner van Helpende Hand

--
Dit is een automatisch bericht. Antwoorden op deze e-mail worden niet gelez=
en.
'''),
    ('nl', 'noticeboard-moderation-post-removed', 'automated', (),
'''Return-Path: <notificaties@buurtbord-app.example>
Received: from smtp-out2.buurtbord-app.example (smtp-out2.buurtbord-app.example [198.51.100.72])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HfC5n8Vt1z4w7Rj
        for <privacy@shop.example.be>; Sun, 15 Nov 2026 11:37:50 +0100 (CET)
Received: from app-worker-3 (app-worker-3.internal [10.8.0.13])
        by smtp-out2.buurtbord-app.example (Postfix) with ESMTP id 2E71C80F4A
        for <privacy@shop.example.be>; Sun, 15 Nov 2026 11:37:49 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=buurtbord-app.example;
	s=bb1; t=1794739069;
	bh=Lm4qT9xC2vN7bR0sK5yW8hE1gJ3aP6oD9uF2iZ4nX7c=;
	h=Date:From:To:Subject:From;
	b=Qw8Er1Ty4Ui7Op0As3Df6Gh9Jk2Lz5Xc8Vb1Nm4Qw7Er0Ty3Ui6Op9As2Df5Gh8Jk1L
	 z4Xc7Vb0Nm3Qw6Er9Ty2Ui5Op8As1Df4Gh7Jk0Lz3Xc6Vb9Nm2Qw5Er8Ty1Ui4Op7As0
Date: Sun, 15 Nov 2026 11:37:49 +0100
From: Buurtbord Mechelen-Noord <notificaties@buurtbord-app.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Je_bericht_werd_verwijderd_=28kopie=29=3A_=E2=80=9CKat_vermist_?=
 =?utf-8?q?=E2=80=93_rode_kater_Moustache=2C_Kerkstraat_14=E2=80=9D?=
Message-ID: <mod.55102.1794739069@buurtbord-app.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_bb_5f0c2a9e71d84b3a"
Auto-Submitted: auto-generated
Precedence: auto_reply
X-Buurtbord-Event: post.removed

--=_bb_5f0c2a9e71d84b3a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Moderatiemelding =E2=80=93 kopie voor het privacyteam

Een bericht op het Buurtbord van Shop Example Mechelen-Noord werd door een =
moderator verwijderd.

Bericht:    "Kat vermist =E2=80=93 rode kater Moustache, Kerkstraat 14"
Geplaatst:  zondag 15 november 2026 om 10:02
Door:       lid #88213 (An D.)
Reden:      Persoonsgegevens =E2=80=93 het bericht bevatte een volledig hui=
sadres en een priv=C3=A9 gsm-nummer.

Wat gebeurt er nu?
=E2=80=93 Het bericht is niet langer zichtbaar voor buurtbewoners.
=E2=80=93 De auteur kreeg een melding met de vraag het bericht opnieuw te p=
laatsen zonder huisadres (enkel straatnaam of buurt) en contact via de priv=
=C3=A9berichtenfunctie.
=E2=80=93 De verwijderde inhoud wordt 30 dagen bewaard in het moderatielogb=
oek en daarna definitief gewist.

Deze kopie wordt automatisch verstuurd naar het privacyadres dat bij de ins=
tellingen van dit Buurtbord is opgegeven, telkens wanneer een bericht wordt=
 verwijderd om reden "Persoonsgegevens".

Moderatielogboek: https://buurtbord-app.example/admin/mechelen-noord/modera=
tie/55102
Meldingen beheren: https://buurtbord-app.example/admin/mechelen-noord/inste=
llingen

Buurtbord =E2=80=93 het prikbord van je buurt, in samenwerking met Shop Exa=
mple
--=_bb_5f0c2a9e71d84b3a
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!doctype html>
<html lang=3D"nl"><head><meta charset=3D"utf-8"></head>
<body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b;ba=
ckground:#ffffff">
<p style=3D"font-size:12px;color:#888">Moderatiemelding =E2=80=93 kopie voo=
r het privacyteam</p>
<p>Een bericht op het <strong>Buurtbord van Shop Example Mechelen-Noord</st=
rong> werd door een moderator verwijderd.</p>
<table cellpadding=3D"4" style=3D"font-size:14px">
<tr><td><b>Bericht</b></td><td>"Kat vermist =E2=80=93 rode kater Moustache,=
 Kerkstraat 14"</td></tr>
<tr><td><b>Geplaatst</b></td><td>zondag 15 november 2026 om 10:02</td></tr>
<tr><td><b>Door</b></td><td>lid #88213 (An D.)</td></tr>
<tr><td><b>Reden</b></td><td>Persoonsgegevens =E2=80=93 het bericht bevatte=
 een volledig huisadres en een priv=C3=A9 gsm-nummer.</td></tr>
</table>
<p><b>Wat gebeurt er nu?</b></p>
<ul>
<li>Het bericht is niet langer zichtbaar voor buurtbewoners.</li>
<li>De auteur kreeg een melding met de vraag het bericht opnieuw te plaatse=
n zonder huisadres (enkel straatnaam of buurt) en contact via de priv=C3=A9=
berichtenfunctie.</li>
<li>De verwijderde inhoud wordt 30 dagen bewaard in het moderatielogboek en=
 daarna definitief gewist.</li>
</ul>
<p style=3D"font-size:12px;color:#888">Deze kopie wordt automatisch verstuu=
rd naar het privacyadres dat bij de instellingen van dit Buurtbord is opgeg=
even, telkens wanneer een bericht wordt verwijderd om reden "Persoonsgegeve=
ns".<br>
<a href=3D"https://buurtbord-app.example/admin/mechelen-noord/moderatie/551=
02">Moderatielogboek</a> =C2=B7 <a href=3D"https://buurtbord-app.example/ad=
min/mechelen-noord/instellingen">Meldingen beheren</a></p>
<p style=3D"font-size:12px;color:#888">Buurtbord =E2=80=93 het prikbord van=
 je buurt, in samenwerking met Shop Example</p>
</body></html>
--=_bb_5f0c2a9e71d84b3a--
'''),
    ('nl', 'club-member-system-export-ready', 'automated', (),
'''Return-Path: <noreply@clubadminpro.example>
Received: from web04.clubadminpro.example (web04.clubadminpro.example [203.0.113.84])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Gz3Hq5Wd0z4w8Mn
        for <privacy@shop.example.be>; Mon, 14 Sep 2026 22:03:11 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed;
	d=clubadminpro.example; s=default; h=Content-Transfer-Encoding:Content-Type:
	MIME-Version:Message-ID:Subject:From:To:Date:Sender:Reply-To;
	bh=Yb3nK7wQ0tR5mV2cX8sL1pG4aJ9hD6oE3uF0iZ7kN2c=; b=Jd4Fk7Lm0Nq3Ps6Rt9Uv2Wx
	5Yz8Ab1Cd4Ef7Gh0Ij3Kl6Mn9Op2Qr5St8Uv1Wx4Yz7Ab0Cd3Ef6Gh9Ij2Kl5Mn8Op1Qr4St7U;
Date: Mon, 14 Sep 2026 22:03:10 +0200
To: privacy@shop.example.be
From: ClubAdmin Pro <noreply@clubadminpro.example>
Reply-To: KVC Sint-Joris Rijmenam <secretariaat@kvcsintjoris.example>
Subject: =?UTF-8?Q?Je_export_=22Ledenlijst_sponsorkorting_2026=22_staat_klaar?=
Message-ID: <Vx3kM8qT1nB6cZ2wR9yL4pA7sG0hD5oE@web04.clubadminpro.example>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Beste,

Op vraag van KVC Sint-Joris Rijmenam werd een export van ledengegevens aangemaakt en gedeeld met privacy@shop.example.be.

  Export:        Ledenlijst sponsorkorting 2026
  Aangevraagd:   Tom Verhaegen (secretaris), 14/09/2026 21:58
  Bestand:       leden_sponsorkorting_2026.xlsx (214 leden)
  Velden:        naam, voornaam, geboortedatum, e-mailadres, lidnummer, ploeg
  Geldig tot:    21/09/2026 23:59

Downloaden: https://app.clubadminpro.example/d/exp_8Kq2Lm7Xw4

Let op: deze export bevat persoonsgegevens van leden, waaronder minderjarigen. Download het bestand alleen als je daartoe gemachtigd bent en gebruik het enkel voor het doel dat de club heeft opgegeven ("korting sponsor Shop Example"). Na de vervaldatum wordt het bestand automatisch van onze servers verwijderd. Het downloaden wordt gelogd in het exportregister van de club.

Heb je deze export niet verwacht? Neem dan contact op met de club via secretariaat@kvcsintjoris.example.

Met sportieve groeten,
ClubAdmin Pro – ledenbeheer voor sportclubs

Deze e-mail werd automatisch verzonden. Antwoorden op dit adres worden niet gelezen.
'''),
    ('nl', 'person-forwards-charity-appeal-one-line', 'complaint', (),
'''Return-Path: <griet.vanhoutte@telenet.be>
Received: from cantor.telenet-ops.be (cantor.telenet-ops.be [195.130.132.48])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HdY9p4Lf6z4w2Vg
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 20:14:39 +0100 (CET)
Received: from [192.168.1.23] ([94.224.17.205])
	by andre.telenet-ops.be with cmsmtp
	id 7wEf2F00J4Xq3nR01wEf9k; Tue, 10 Nov 2026 20:14:39 +0100
Message-ID: <5b3e8f21-9c4a-4d07-a1e6-72f0d3b9c845@telenet.be>
Date: Tue, 10 Nov 2026 20:14:37 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: nl-BE
To: privacy@shop.example.be
From: Griet Van Houtte <griet.vanhoutte@telenet.be>
Subject: Fwd: Griet, helpt u ons deze winter opnieuw?
X-Forwarded-Message-Id: <appeal-2026-W-118734.9921@mailing.kinderhoop.example>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Eén euro afgerond aan jullie kassa in Lier, niet mijn naam en adres. Nog 
één zo'n brief en ik dien klacht in bij de Gegevensbeschermingsautoriteit.

Griet Van Houtte


-------- Doorgestuurd bericht --------
Onderwerp: 	Griet, helpt u ons deze winter opnieuw?
Datum: 	Tue, 10 Nov 2026 07:30:02 +0000
Van: 	Kinderhoop vzw <nieuws@mailing.kinderhoop.example>
Antwoord-naar: 	giften@kinderhoop.example
Aan: 	griet.vanhoutte@telenet.be



Beste Griet,

In september rondde u uw aankoop af bij Shop Example. Dankzij u en 
duizenden andere klanten konden we 40 gezinnen in Lier en omgeving een 
warme winter bezorgen.

Maar de winter is lang. Met een maandelijkse gift van 10 euro zorgt u 
ervoor dat een kind elke week een warme maaltijd krijgt.

[ JA, IK WORD MAANDELIJKSE SCHENKER ]
https://kinderhoop.example/geef?c=W26&d=118734

Giften vanaf 40 euro per jaar zijn fiscaal aftrekbaar. Voor uw fiscaal 
attest hebben we uw rijksregisternummer nodig; u kan het veilig 
doorgeven via uw persoonlijke pagina.

Hartelijk dank,
Hilde Moens
Directeur Kinderhoop vzw

U ontvangt deze e-mail omdat u een gift deed aan Kinderhoop vzw. Wilt u 
geen berichten meer ontvangen? Uitschrijven: 
https://kinderhoop.example/uitschrijven?d=118734
Privacyverklaring: https://kinderhoop.example/privacy

'''),
    ('fr', 'zimbra-vacation-foodbank-volunteers', 'automated', (),
'''Return-Path: <>
Received: from zimbra.ba-namur-est.example (zimbra.ba-namur-est.example [198.51.100.145])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HbG7t1Yx4z4w5Dn
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 11:52:31 +0200 (CEST)
Received: from zimbra.ba-namur-est.example (localhost [127.0.0.1])
	by zimbra.ba-namur-est.example (Postfix) with ESMTP id 6A2D1340E8B
	for <privacy@shop.example.be>; Tue, 20 Oct 2026 11:52:30 +0200 (CEST)
Date: Tue, 20 Oct 2026 11:52:30 +0200 (CEST)
From: =?utf-8?Q?Nathalie_G=C3=A9rard?= <n.gerard@ba-namur-est.example>
To: privacy@shop.example.be
Message-ID: <1928374651.1302948.1792489950123.JavaMail.zimbra@ba-namur-est.example>
In-Reply-To: <pt-20261020-0093870@helpdesk.shop.example.be>
Subject: =?utf-8?Q?Re:_Collecte_du_7_novembre_=E2=80=93_liste_des_b=C3=A9n=C3=A9v?=
 =?utf-8?Q?oles_et_photos?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Originating-IP: [10.10.0.4]
Thread-Topic: =?utf-8?Q?Collecte_du_7_novembre_=E2=80=93_liste_des_b=C3=A9n=C3=A9voles_et_photos?=

Bonjour,

Je suis absente du lundi 19 octobre au lundi 2 novembre inclus, sans acc=C3=
=A8s =C3=A0 ma messagerie.

Pour l'organisation de la collecte en magasin du 7 novembre (planning des b=
=C3=A9n=C3=A9voles, caddies, =C3=A9tiquettes), contactez Jean-Luc Pirard au=
 081 55 72 19 ou =C3=A0 collecte@ba-namur-est.example.

Pour toute question relative =C3=A0 vos donn=C3=A9es personnelles (liste de=
s b=C3=A9n=C3=A9voles, photos prises lors des collectes, consentements), =
=C3=A9crivez =C3=A0 vieprivee@ba-namur-est.example.

Votre message ne sera pas transf=C3=A9r=C3=A9 et sera trait=C3=A9 =C3=A0 mo=
n retour.

Bien =C3=A0 vous,

Nathalie G=C3=A9rard
Coordination des b=C3=A9n=C3=A9voles
Banque alimentaire Namur-Est asbl
'''),
    ('fr', 'charity-crm-receipt-national-number-needed', 'automated', (),
'''Return-Path: <bounce-558201-D26@crm.lumiere-enfants.example>
Received: from mta3.crm.lumiere-enfants.example (mta3.crm.lumiere-enfants.example [203.0.113.203])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (3072 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HdZ2x6Qw9z4w1Gk
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 06:05:19 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=lumiere-enfants.example;
	s=crm2026; t=1794459917;
	bh=Gx7nQ2vB5mT0cK8yR3sL6pJ1hW4aD9oE2uF5iZ0kN7c=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=Mn5Bv8Cx1Zl4Kj7Hg0Fd3Sa6Po9Iu2Yt5Re8Wq1Mn4Bv7Cx0Zl3Kj6Hg9Fd2Sa5Po8I
	 u1Yt4Re7Wq0Mn3Bv6Cx9Zl2Kj5Hg8Fd1Sa4Po7Iu0Yt3Re6Wq9Mn2Bv5Cx8Zl1Kj4Hg7
From: =?utf-8?q?Fondation_Lumi=C3=A8re_des_Enfants_=E2=80=93_Service_donateurs?=
 <donateurs@lumiere-enfants.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Merci_pour_votre_don_=E2=80=93_votre_re=C3=A7u_D-2026-558201_et?=
 =?utf-8?q?_votre_attestation_fiscale?=
Date: Thu, 12 Nov 2026 06:05:17 +0100
Message-ID: <D-2026-558201.receipt.1794459917@crm.lumiere-enfants.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_mixed_3e91c7a2b0f4"
X-Mailer: DonorHub CRM 8.4 (batch receipts)
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

This is a multi-part message in MIME format.

--=_mixed_3e91c7a2b0f4
Content-Type: multipart/alternative; boundary="=_alt_b7d05e14c8a2"

--=_alt_b7d05e14c8a2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ch=C3=A8re donatrice, cher donateur,

Un grand merci pour votre don de 40,00 EUR =C3=A0 la Fondation Lumi=C3=A8re=
 des Enfants, re=C3=A7u le 10 novembre 2026 via l'op=C3=A9ration =C2=AB Arr=
ondi solidaire =C2=BB de Shop Example.

Vous trouverez en pi=C3=A8ce jointe votre re=C3=A7u de don (r=C3=A9f=C3=A9r=
ence D-2026-558201). Ce re=C3=A7u n'est pas une attestation fiscale.

Votre attestation fiscale : une information manque
Depuis les dons de 2024, la loi belge nous oblige =C3=A0 mentionner votre n=
um=C3=A9ro de registre national sur l'attestation fiscale et =C3=A0 le tran=
smettre au SPF Finances. Sans ce num=C3=A9ro, nous ne pourrons pas vous d=
=C3=A9livrer d'attestation et votre don ne donnera pas droit =C3=A0 la r=C3=
=A9duction d'imp=C3=B4t de 30 %.

Compl=C3=A9tez votre num=C3=A9ro de registre national dans votre espace don=
ateur avant le 15 f=C3=A9vrier 2027 :
https://mon-espace.lumiere-enfants.example/attestation?d=3DD-2026-558201

Pour votre s=C3=A9curit=C3=A9, ne nous envoyez jamais votre num=C3=A9ro de =
registre national par e-mail.

Protection de vos donn=C3=A9es
Vos donn=C3=A9es (nom, adresse, e-mail, num=C3=A9ro de registre national, m=
ontant de vos dons) sont trait=C3=A9es par la Fondation Lumi=C3=A8re des En=
fants, responsable du traitement, pour la gestion de vos dons et l'=C3=A9ta=
blissement des attestations fiscales. Le num=C3=A9ro de registre national e=
st uniquement utilis=C3=A9 =C3=A0 des fins fiscales et communiqu=C3=A9 au S=
PF Finances. Vous pouvez consulter, rectifier ou faire supprimer vos donn=
=C3=A9es et retirer votre consentement =C3=A0 nos communications en =C3=A9c=
rivant =C3=A0 dpo@lumiere-enfants.example. Notre politique de confidentiali=
t=C3=A9 : https://www.lumiere-enfants.example/vie-privee

Avec toute notre reconnaissance,
Le service donateurs
Fondation Lumi=C3=A8re des Enfants =E2=80=93 BE12 3456 7890 1234

Ce message vous est envoy=C3=A9 automatiquement. Merci de ne pas y r=C3=A9p=
ondre.
--=_alt_b7d05e14c8a2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html lang=3D"fr"><head><meta http-equiv=3D"Content-Type" content=3D"text/h=
tml; charset=3Dutf-8"></head>
<body style=3D"font-family:Georgia,serif;font-size:15px;color:#333;backgrou=
nd:#fffaf3">
<div style=3D"max-width:600px;margin:0 auto;padding:20px;background:#ffffff=
">
<p><img src=3D"https://www.lumiere-enfants.example/img/logo-mail.png" alt=
=3D"Fondation Lumi=C3=A8re des Enfants" width=3D"180"></p>
<p>Ch=C3=A8re donatrice, cher donateur,</p>
<p>Un grand merci pour votre don de <strong>40,00 EUR</strong> =C3=A0 la Fo=
ndation Lumi=C3=A8re des Enfants, re=C3=A7u le 10 novembre 2026 via l'op=C3=
=A9ration =C2=AB Arrondi solidaire =C2=BB de Shop Example.</p>
<p>Vous trouverez en pi=C3=A8ce jointe votre re=C3=A7u de don (r=C3=A9f=C3=
=A9rence D-2026-558201). Ce re=C3=A7u n'est pas une attestation fiscale.</p>
<h3 style=3D"color:#c0392b">Votre attestation fiscale : une information man=
que</h3>
<p>Depuis les dons de 2024, la loi belge nous oblige =C3=A0 mentionner votr=
e <strong>num=C3=A9ro de registre national</strong> sur l'attestation fisca=
le et =C3=A0 le transmettre au SPF Finances. Sans ce num=C3=A9ro, nous ne p=
ourrons pas vous d=C3=A9livrer d'attestation et votre don ne donnera pas dr=
oit =C3=A0 la r=C3=A9duction d'imp=C3=B4t de 30 %.</p>
<p><a href=3D"https://mon-espace.lumiere-enfants.example/attestation?d=3DD-=
2026-558201" style=3D"background:#c0392b;color:#fff;padding:10px 18px;text-=
decoration:none">Compl=C3=A9ter mon num=C3=A9ro de registre national</a></p>
<p>Pour votre s=C3=A9curit=C3=A9, ne nous envoyez jamais votre num=C3=A9ro =
de registre national par e-mail.</p>
<p style=3D"font-size:12px;color:#777"><strong>Protection de vos donn=C3=A9=
es</strong> =E2=80=93 Vos donn=C3=A9es (nom, adresse, e-mail, num=C3=A9ro d=
e registre national, montant de vos dons) sont trait=C3=A9es par la Fondati=
on Lumi=C3=A8re des Enfants, responsable du traitement, pour la gestion de =
vos dons et l'=C3=A9tablissement des attestations fiscales. Le num=C3=A9ro =
de registre national est uniquement utilis=C3=A9 =C3=A0 des fins fiscales e=
t communiqu=C3=A9 au SPF Finances. Vous pouvez consulter, rectifier ou fair=
e supprimer vos donn=C3=A9es et retirer votre consentement =C3=A0 nos commu=
nications en =C3=A9crivant =C3=A0 <a href=3D"mailto:dpo@lumiere-enfants.exa=
mple">dpo@lumiere-enfants.example</a>. <a href=3D"https://www.lumiere-enfan=
ts.example/vie-privee">Politique de confidentialit=C3=A9</a>.</p>
<p>Avec toute notre reconnaissance,<br>Le service donateurs</p>
<p style=3D"font-size:11px;color:#999">Ce message vous est envoy=C3=A9 auto=
matiquement. Merci de ne pas y r=C3=A9pondre.</p>
</div></body></html>
--=_alt_b7d05e14c8a2--

--=_mixed_3e91c7a2b0f4
Content-Type: application/pdf; name="recu_don_D-2026-558201.pdf"
Content-Disposition: attachment; filename="recu_don_D-2026-558201.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgL1Jlc291cmNlcyA8PCAvRm9udCA8PCAvRjEgNSAw
IFIgPj4gPj4gPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAxNDggPj4Kc3RyZWFtCkJUIC9G
MSAxNCBUZiA2MCA3ODAgVGQgKEZvbmRhdGlvbiBMdW1pZXJlIGRlcyBFbmZhbnRzIC0gUmVjdSBk
ZSBkb24gRC0yMDI2LTU1ODIwMSkgVGogMCAtMjQgVGQgKE1vbnRhbnQgOiA0MCwwMCBFVVIgLSBE
YXRlIDogMTAvMTEvMjAyNikgVGogRVQKZW5kc3RyZWFtCmVuZG9iago1IDAgb2JqCjw8IC9UeXBl
IC9Gb250IC9TdWJ0eXBlIC9UeXBlMSAvQmFzZUZvbnQgL0hlbHZldGljYSA+PgplbmRvYmoKdHJh
aWxlcgo8PCAvUm9vdCAxIDAgUiAvU2l6ZSA2ID4+CiUlRU9GCg==
--=_mixed_3e91c7a2b0f4--
'''),
    ('fr', 'grant-vote-confirm-your-vote', 'automated', (),
'''Return-Path: <confirm+7f3e2a9d41b0c8e6@bounce.civicvote.example>
Received: from out-07.civicvote.example (out-07.civicvote.example [198.51.100.207])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H8sK1m7Tq2z4w3Pb
        for <privacy@shop.example.be>; Mon, 05 Oct 2026 14:20:47 +0200 (CEST)
DKIM-Signature: v=1; a=ed25519-sha256; c=relaxed/relaxed; d=civicvote.example;
	s=ed2026; t=1791202846; h=from:to:subject:date:message-id:mime-version:content-type;
	bh=Sx4cN9vK2mT7bQ0yR5wL8pG3aJ1hD6oE9uF2iZ5kX0c=;
	b=Tq7Wm0Xn3Yo6Zp9Aq2Br5Cs8Dt1Eu4Fv7Gw0Hx3Iy6Jz9Ka2Lb5Mc8Nd1Oe4Pf7Qg0RhA==
From: =?utf-8?b?Vm90cmUgcXVhcnRpZXIgZMOpY2lkZSDigJMgU2hvcCBFeGFtcGxl?=
 <ne-pas-repondre@civicvote.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?Q29uZmlybWV6IHZvdHJlIHZvdGUgOiBxdWVsbGUgY2F1c2UgbG9jYWxlIHJl?=
 =?utf-8?b?Y2V2cmEgbGEgYm91cnNlIGRlIDUgMDAwIOKCrCA/?=
Date: Mon, 05 Oct 2026 12:20:46 +0000
Message-ID: <vote-confirm.7f3e2a9d41b0c8e6@civicvote.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_7f3e2a9d41b0c8e6"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

--b1_7f3e2a9d41b0c8e6
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Merci d'avoir vot=C3=A9 ! Vous avez choisi :

  =C2=AB Les Amis du Refuge de Jambes =C2=BB =E2=80=93 r=C3=A9novation des =
chenils et st=C3=A9rilisation des chats errants

Pour que votre vote soit pris en compte, confirmez votre adresse e-mail en =
cliquant sur ce lien :
https://civicvote.example/c/7f3e2a9d41b0c8e6

Ce lien expire dans 48 heures. Un seul vote par adresse e-mail est accept=
=C3=A9.

Le vote =C2=AB Votre quartier d=C3=A9cide =C2=BB de Shop Example Namur se t=
ermine le 31 octobre 2026. L'association qui obtient le plus de voix re=C3=
=A7oit une bourse de 5 000 =E2=82=AC.

Vos donn=C3=A9es personnelles
Votre adresse e-mail est utilis=C3=A9e uniquement pour valider votre vote e=
t =C3=A9viter les votes multiples. Elle est supprim=C3=A9e 30 jours apr=C3=
=A8s la cl=C3=B4ture du vote. Elle n'est pas transmise aux associations par=
ticipantes ni utilis=C3=A9e =C3=A0 des fins de marketing, sauf si vous avez=
 coch=C3=A9 la case d'inscription =C3=A0 la lettre d'information de Shop Ex=
ample. Responsable du traitement : Shop Example BV. Sous-traitant : CivicVo=
te SRL.

Vous n'avez pas vot=C3=A9 ? Ignorez simplement cet e-mail : sans confirmati=
on, votre adresse sera effac=C3=A9e sous 48 heures.

CivicVote pour Shop Example =E2=80=93 ce message est envoy=C3=A9 automatiqu=
ement, merci de ne pas y r=C3=A9pondre.
--b1_7f3e2a9d41b0c8e6
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjwvaGVhZD4KPGJvZHkgc3R5bGU9Im1h
cmdpbjowO2JhY2tncm91bmQ6I2VlZjNmNztmb250LWZhbWlseTpWZXJkYW5hLEFyaWFsLHNhbnMt
c2VyaWY7Zm9udC1zaXplOjE0cHg7Y29sb3I6IzIyMyI+CjxjZW50ZXI+Cjx0YWJsZSB3aWR0aD0i
NTYwIiBjZWxscGFkZGluZz0iMjAiIGNlbGxzcGFjaW5nPSIwIiBzdHlsZT0iYmFja2dyb3VuZDoj
ZmZmO21hcmdpbi10b3A6MTZweCI+Cjx0cj48dGQ+CjxoMiBzdHlsZT0ibWFyZ2luLXRvcDowIj5N
ZXJjaSBkJ2F2b2lyIHZvdMOpICE8L2gyPgo8cD5Wb3VzIGF2ZXogY2hvaXNpIDo8YnI+PHN0cm9u
Zz7CqyBMZXMgQW1pcyBkdSBSZWZ1Z2UgZGUgSmFtYmVzIMK7PC9zdHJvbmc+IOKAkyByw6lub3Zh
dGlvbiBkZXMgY2hlbmlscyBldCBzdMOpcmlsaXNhdGlvbiBkZXMgY2hhdHMgZXJyYW50czwvcD4K
PHAgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyIj48YSBocmVmPSJodHRwczovL2Npdmljdm90ZS5l
eGFtcGxlL2MvN2YzZTJhOWQ0MWIwYzhlNiIgc3R5bGU9ImRpc3BsYXk6aW5saW5lLWJsb2NrO2Jh
Y2tncm91bmQ6IzFmN2E0ZDtjb2xvcjojZmZmO3BhZGRpbmc6MTJweCAyMnB4O3RleHQtZGVjb3Jh
dGlvbjpub25lO2JvcmRlci1yYWRpdXM6M3B4Ij5KZSBjb25maXJtZSBtb24gdm90ZTwvYT48L3A+
CjxwPkNlIGxpZW4gZXhwaXJlIGRhbnMgNDggaGV1cmVzLiBVbiBzZXVsIHZvdGUgcGFyIGFkcmVz
c2UgZS1tYWlsIGVzdCBhY2NlcHTDqS48L3A+CjxwPkxlIHZvdGUgwqsgVm90cmUgcXVhcnRpZXIg
ZMOpY2lkZSDCuyBkZSBTaG9wIEV4YW1wbGUgTmFtdXIgc2UgdGVybWluZSBsZSAzMSBvY3RvYnJl
IDIwMjYuIEwnYXNzb2NpYXRpb24gcXVpIG9idGllbnQgbGUgcGx1cyBkZSB2b2l4IHJlw6dvaXQg
dW5lIGJvdXJzZSBkZSA1IDAwMCDigqwuPC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29s
b3I6IzY2NyI+PHN0cm9uZz5Wb3MgZG9ubsOpZXMgcGVyc29ubmVsbGVzPC9zdHJvbmc+IOKAkyBW
b3RyZSBhZHJlc3NlIGUtbWFpbCBlc3QgdXRpbGlzw6llIHVuaXF1ZW1lbnQgcG91ciB2YWxpZGVy
IHZvdHJlIHZvdGUgZXQgw6l2aXRlciBsZXMgdm90ZXMgbXVsdGlwbGVzLiBFbGxlIGVzdCBzdXBw
cmltw6llIDMwIGpvdXJzIGFwcsOocyBsYSBjbMO0dHVyZSBkdSB2b3RlLiBFbGxlIG4nZXN0IHBh
cyB0cmFuc21pc2UgYXV4IGFzc29jaWF0aW9ucyBwYXJ0aWNpcGFudGVzIG5pIHV0aWxpc8OpZSDD
oCBkZXMgZmlucyBkZSBtYXJrZXRpbmcsIHNhdWYgc2kgdm91cyBhdmV6IGNvY2jDqSBsYSBjYXNl
IGQnaW5zY3JpcHRpb24gw6AgbGEgbGV0dHJlIGQnaW5mb3JtYXRpb24gZGUgU2hvcCBFeGFtcGxl
LiBSZXNwb25zYWJsZSBkdSB0cmFpdGVtZW50IDogU2hvcCBFeGFtcGxlIEJWLiBTb3VzLXRyYWl0
YW50IDogQ2l2aWNWb3RlIFNSTC48L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xvcjoj
NjY3Ij5Wb3VzIG4nYXZleiBwYXMgdm90w6kgPyBJZ25vcmV6IHNpbXBsZW1lbnQgY2V0IGUtbWFp
bCA6IHNhbnMgY29uZmlybWF0aW9uLCB2b3RyZSBhZHJlc3NlIHNlcmEgZWZmYWPDqWUgc291cyA0
OCBoZXVyZXMuPC9wPgo8L3RkPjwvdHI+PC90YWJsZT4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMHB4
O2NvbG9yOiM4ODkiPkNpdmljVm90ZSBwb3VyIFNob3AgRXhhbXBsZSDigJMgY2UgbWVzc2FnZSBl
c3QgZW52b3nDqSBhdXRvbWF0aXF1ZW1lbnQsIG1lcmNpIGRlIG5lIHBhcyB5IHLDqXBvbmRyZS48
L3A+CjwvY2VudGVyPgo8L2JvZHk+PC9odG1sPgo=
--b1_7f3e2a9d41b0c8e6--
'''),
    ('fr', 'person-answers-autoreply-to-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <b.lhoist@skynet.be>
Received: from mailrelay113.skynet.be (mailrelay113.skynet.be [195.238.22.113])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HbP4v0Ns7z4w8Qc
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 08:31:55 +0200 (CEST)
Received: from PCBERNADETTE (ip-81-11-204-37.dsl.scarlet.be [81.11.204.37])
	by mailrelay113.skynet.be (Postfix) with ESMTPA id 3C81F20A4D
	for <privacy@shop.example.be>; Thu, 22 Oct 2026 08:31:54 +0200 (CEST)
From: "Bernadette Lhoist" <b.lhoist@skynet.be>
To: <privacy@shop.example.be>
References: <auto.communaute.20261021071402.5531@shop.example.be>
In-Reply-To: <auto.communaute.20261021071402.5531@shop.example.be>
Subject: =?utf-8?Q?RE_:_R=C3=A9ponse_automatique_:_D=C3=A9sinscription_lettre_=C2=AB?=
	=?utf-8?Q?_Ensemble_dans_le_quartier_=C2=BB?=
Date: Thu, 22 Oct 2026 08:31:50 +0200
Message-ID: <000a01dd61e4$7c2f1b30$748d5190$@skynet.be>
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_NextPart_000_000B_01DD61F5.3FB7EB30"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJ6m0xT9Rk2p8cW1yL4nB7vQ3sDZw==
Content-Language: fr-be

This is a multipart message in MIME format.

------=_NextPart_000_000B_01DD61F5.3FB7EB30
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je ne vais pas attendre le 26.

Vous m'avez inscrite =C3=A0 votre lettre =C2=AB Ensemble dans le quartier =
=C2=BB apr=C3=A8s que j'ai achet=C3=A9 trois billets de tombola pour le hom=
e Saint-Joseph dans votre magasin de Wavre. Je ne l'ai jamais demand=C3=A9e.

Retirez-moi de cette lettre, des appels aux dons et de tous les mails =C2=
=AB communaut=C3=A9 =C2=BB ou =C2=AB solidarit=C3=A9 =C2=BB de Shop Example=
. Je ne souhaite plus rien recevoir de ce genre, ni par e-mail ni par SMS.

Merci de me confirmer que c'est fait.

Bernadette Lhoist

De : Communaut=C3=A9 Shop Example <communaute@shop.example.be>
Envoy=C3=A9 : mercredi 21 octobre 2026 09:14
=C3=80 : Bernadette Lhoist <b.lhoist@skynet.be>
Objet : R=C3=A9ponse automatique : D=C3=A9sinscription lettre =C2=AB Ensemb=
le dans le quartier =C2=BB

Bonjour,

Merci pour votre message. L'=C3=A9quipe Communaut=C3=A9 de Shop Example est=
 en cong=C3=A9 jusqu'au lundi 26 octobre 2026. Votre message sera trait=C3=
=A9 =C3=A0 notre retour.

Pour toute question concernant vos donn=C3=A9es personnelles, =C3=A9crivez =
=C3=A0 privacy@shop.example.be.

Ceci est une r=C3=A9ponse automatique.
L'=C3=A9quipe Communaut=C3=A9 =E2=80=93 Shop Example

------=_NextPart_000_000B_01DD61F5.3FB7EB30
Content-Type: text/html;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:o=3D"urn:schemas-microsoft-com:office:office" xmlns:w=3D"urn:sc=
hemas-microsoft-com:office:word" xmlns=3D"http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf=
-8"><meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)=
">
<style><!--
p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style></head>
<body lang=3D"FR-BE" link=3D"#0563C1" vlink=3D"#954F72" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Bonjour,<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal">Je ne vais pas attendre le 26.<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal">Vous m'avez inscrite =C3=A0 votre lettre =C2=AB Ense=
mble dans le quartier =C2=BB apr=C3=A8s que j'ai achet=C3=A9 trois billets =
de tombola pour le home Saint-Joseph dans votre magasin de Wavre. Je ne l'a=
i jamais demand=C3=A9e.<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal">Retirez-moi de cette lettre, des appels aux dons et =
de tous les mails =C2=AB communaut=C3=A9 =C2=BB ou =C2=AB solidarit=C3=A9 =
=C2=BB de Shop Example. Je ne souhaite plus rien recevoir de ce genre, ni p=
ar e-mail ni par SMS.<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal">Merci de me confirmer que c'est fait.<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal">Bernadette Lhoist<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<div style=3D"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm =
0cm 0cm">
<p class=3D"MsoNormal"><b>De&nbsp;:</b> Communaut=C3=A9 Shop Example &lt;co=
mmunaute@shop.example.be&gt;<br>
<b>Envoy=C3=A9&nbsp;:</b> mercredi 21 octobre 2026 09:14<br>
<b>=C3=80&nbsp;:</b> Bernadette Lhoist &lt;b.lhoist@skynet.be&gt;<br>
<b>Objet&nbsp;:</b> R=C3=A9ponse automatique : D=C3=A9sinscription lettre =
=C2=AB Ensemble dans le quartier =C2=BB<o:p></o:p></p>
</div>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal">Bonjour,<br><br>Merci pour votre message. L'=C3=A9qu=
ipe Communaut=C3=A9 de Shop Example est en cong=C3=A9 jusqu'au lundi 26 oct=
obre 2026. Votre message sera trait=C3=A9 =C3=A0 notre retour.<br><br>Pour =
toute question concernant vos donn=C3=A9es personnelles, =C3=A9crivez =C3=
=A0 privacy@shop.example.be.<br><br>Ceci est une r=C3=A9ponse automatique.<=
br>L'=C3=A9quipe Communaut=C3=A9 =E2=80=93 Shop Example<o:p></o:p></p>
</div>
</body>
</html>

------=_NextPart_000_000B_01DD61F5.3FB7EB30--
'''),
    ('de', 'sieve-vacation-food-aid-coordinator', 'automated', (),
'''Return-Path: <>
Received: from mail.lebensmittelhilfe-eupen.example (mail.lebensmittelhilfe-eupen.example [203.0.113.57])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HcT3b8Mz5z4w6Xn
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 14:08:22 +0100 (CET)
Received: by mail.lebensmittelhilfe-eupen.example (Postfix)
	id 9B3E21C0072; Wed,  4 Nov 2026 14:08:21 +0100 (CET)
X-Sieve: Pigeonhole Sieve 0.5.21
Message-ID: <dovecot-sieve-1794056901-412877-0@mail.lebensmittelhilfe-eupen.example>
Date: Wed, 04 Nov 2026 14:08:21 +0100
From: =?utf-8?q?Sabine_Kr=C3=A4mer?= <s.kraemer@lebensmittelhilfe-eupen.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Auto=3A_Spendenaktion_Lebensmittel_=E2=80=93_Liste_der_Helferinn?=
 =?utf-8?q?en_und_Helfer_mit_Telefonnummern?=
In-Reply-To: <pt-20261104-0095310@helpdesk.shop.example.be>
References: <pt-20261104-0095310@helpdesk.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 13. November 2026, nicht im Büro und lese meine E-Mails nicht.

Für die Lebensmittelsammlung in den Geschäften in Eupen und St. Vith wenden Sie sich bitte an Herrn Rudi Scholzen (Tel. 087 55 40 18, sammlung@lebensmittelhilfe-eupen.example).

Anfragen zum Datenschutz (Helferlisten, Fotos, Einwilligungen) beantwortet unser Vorstand unter datenschutz@lebensmittelhilfe-eupen.example.

Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Sabine Krämer
Koordination Ehrenamt
Lebensmittelhilfe Eupen VoG
'''),
    ('de', 'raffle-tool-ticket-confirmation', 'automated', (),
'''Return-Path: <bounce-T2640917@mailer.losglueck.example>
Received: from mailer.losglueck.example (mailer.losglueck.example [198.51.100.31])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (4096 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HhB6q3Jv8z4w0Nf
        for <privacy@shop.example.be>; Sat, 28 Nov 2026 10:46:58 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=losglueck.example;
	s=lg1; t=1795859217;
	bh=Kc2nR7vX0mT5bQ8yW3sL6pG1aJ4hD9oE2uF7iZ0kN5c=;
	h=Date:From:To:Subject:Message-ID:MIME-Version:Content-Type;
	b=Fg6Hj9Kl2Mn5Bv8Cx1Za4Sd7Fg0Hj3Kl6Mn9Bv2Cx5Za8Sd1Fg4Hj7Kl0Mn3Bv6Cx9Za
	 2Sd5Fg8Hj1Kl4Mn7Bv0Cx3Za6Sd9Fg2Hj5Kl8Mn1Bv4Cx7Za0Sd3Fg6Hj9Kl2Mn5Bv8C
Date: Sat, 28 Nov 2026 10:46:57 +0100
From: =?utf-8?q?LosGl=C3=BCck_Tombola-Service?= <tickets@losglueck.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Ihre_Lose_f=C3=BCr_die_Benefiz-Tombola_zugunsten_des_Kinderhospi?=
 =?utf-8?q?zes_=E2=80=93_Bestellung_=23T-26-40917?=
Message-ID: <order.T-26-40917.1795859217@losglueck.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_=_swift_1795859217_6c1d0e4fa3b27e98_=_"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

--_=_swift_1795859217_6c1d0e4fa3b27e98_=_
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Vielen Dank f=C3=BCr Ihren Loskauf!

Benefiz-Tombola zugunsten des Kinderhospizes Ostbelgien
Veranstalter: Lions Club Eupen-Herbesthal in Zusammenarbeit mit Shop Exampl=
e Eupen

Bestellung:   #T-26-40917 vom 28.11.2026, 10:46 Uhr
Anzahl Lose:  5 (je 2,00 EUR)
Losnummern:   0417, 0418, 0419, 0420, 0421
Bezahlt:      10,00 EUR per Bancontact

Ziehung: Samstag, 12. Dezember 2026, 16:00 Uhr, Shop Example Eupen, Aachene=
r Stra=C3=9Fe 31
Der gesamte Erl=C3=B6s geht an das Kinderhospiz Ostbelgien.

Gewinnbenachrichtigung
Gewinnerinnen und Gewinner werden per E-Mail benachrichtigt. Eine Ver=C3=B6=
ffentlichung mit Vornamen und Wohnort auf der Seite des Veranstalters erfol=
gt nur, wenn Sie bei der Bestellung eingewilligt haben. Ihre Auswahl: keine=
 Ver=C3=B6ffentlichung.

Datenschutz
Ihre Daten (Name, E-Mail-Adresse, Bestellnummer, Losnummern) werden vom Ver=
anstalter zur Durchf=C3=BChrung der Tombola verarbeitet. LosGl=C3=BCck hand=
elt als Auftragsverarbeiter. Die Daten werden drei Monate nach der Ziehung =
gel=C3=B6scht; Zahlungsdaten bewahren wir aufgrund gesetzlicher Pflichten s=
ieben Jahre auf. Auskunft, Berichtigung, L=C3=B6schung: datenschutz@losglue=
ck.example

Ihre Lose als PDF: https://losglueck.example/b/T-26-40917/lose.pdf

Viel Gl=C3=BCck!
Ihr LosGl=C3=BCck-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf dies=
e Nachricht.
--_=_swift_1795859217_6c1d0e4fa3b27e98_=_
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html lang=3D"de"><head><meta charset=3D"utf-8"><title>Ihre Lose</title></h=
ead>
<body style=3D"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:=
#1a1a1a;background:#f7f3ea">
<div style=3D"max-width:580px;margin:0 auto;background:#ffffff;padding:24px=
">
<h1 style=3D"font-size:22px;color:#b8860b">Vielen Dank f=C3=BCr Ihren Loska=
uf!</h1>
<p><strong>Benefiz-Tombola zugunsten des Kinderhospizes Ostbelgien</strong>=
<br>Veranstalter: Lions Club Eupen-Herbesthal in Zusammenarbeit mit Shop Ex=
ample Eupen</p>
<table cellpadding=3D"4" style=3D"font-size:14px">
<tr><td>Bestellung</td><td>#T-26-40917 vom 28.11.2026, 10:46 Uhr</td></tr>
<tr><td>Anzahl Lose</td><td>5 (je 2,00 EUR)</td></tr>
<tr><td>Losnummern</td><td><strong>0417, 0418, 0419, 0420, 0421</strong></t=
d></tr>
<tr><td>Bezahlt</td><td>10,00 EUR per Bancontact</td></tr>
</table>
<p>Ziehung: Samstag, 12. Dezember 2026, 16:00 Uhr, Shop Example Eupen, Aach=
ener Stra=C3=9Fe 31<br>Der gesamte Erl=C3=B6s geht an das Kinderhospiz Ostb=
elgien.</p>
<p><strong>Gewinnbenachrichtigung</strong><br>Gewinnerinnen und Gewinner we=
rden per E-Mail benachrichtigt. Eine Ver=C3=B6ffentlichung mit Vornamen und=
 Wohnort auf der Seite des Veranstalters erfolgt nur, wenn Sie bei der Best=
ellung eingewilligt haben. Ihre Auswahl: keine Ver=C3=B6ffentlichung.</p>
<p style=3D"font-size:12px;color:#555"><strong>Datenschutz</strong><br>Ihre=
 Daten (Name, E-Mail-Adresse, Bestellnummer, Losnummern) werden vom Veranst=
alter zur Durchf=C3=BChrung der Tombola verarbeitet. LosGl=C3=BCck handelt =
als Auftragsverarbeiter. Die Daten werden drei Monate nach der Ziehung gel=
=C3=B6scht; Zahlungsdaten bewahren wir aufgrund gesetzlicher Pflichten sieb=
en Jahre auf. Auskunft, Berichtigung, L=C3=B6schung: <a href=3D"mailto:date=
nschutz@losglueck.example">datenschutz@losglueck.example</a></p>
<p><a href=3D"https://losglueck.example/b/T-26-40917/lose.pdf">Ihre Lose al=
s PDF</a></p>
<p>Viel Gl=C3=BCck!<br>Ihr LosGl=C3=BCck-Team</p>
<p style=3D"font-size:11px;color:#888">Diese E-Mail wurde automatisch erste=
llt. Bitte antworten Sie nicht auf diese Nachricht.</p>
</div></body></html>
--_=_swift_1795859217_6c1d0e4fa3b27e98_=_--
'''),
    ('de', 'outlook-read-receipt-in-memory-donations', 'automated', (),
'''Return-Path: <j.hauck@kinderhospiz-ostbelgien.example>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2109.outbound.protection.outlook.com [40.107.241.109])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HfQ0w5Gk2z4w3Tz
        for <privacy@shop.example.be>; Tue, 17 Nov 2026 11:02:51 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=kinderhospiz-ostbelgien.example;
 s=selector1;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh=Rb5mK0vX3nT8cQ1yW6sL9pG2aJ7hD4oE1uF8iZ3kN0c=;
 b=Wd3Ef6Gh9Ij2Kl5Mn8Op1Qr4St7Uv0Wx3Yz6Ab9Cd2Ef5Gh8Ij1Kl4Mn7Op0Qr3St6Uv9W
 x2Yz5Ab8Cd1Ef4Gh7Ij0Kl3Mn6Op9Qr2St5Uv8Wx1Yz4Ab7Cd0Ef3Gh6Ij9Kl2Mn5Op8Qr==
From: =?utf-8?B?SsO8cmdlbiBIYXVjaw==?= <j.hauck@kinderhospiz-ostbelgien.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?Gelesen=3A_Spenden_im_Gedenken_an_Frau_Maria_Lenz_=E2=80=93_Weite?=
 =?utf-8?q?rgabe_der_Spenderliste_an_die_Familie?=
Thread-Topic: =?utf-8?q?Spenden_im_Gedenken_an_Frau_Maria_Lenz_=E2=80=93_Weitergabe_der?=
 =?utf-8?q?_Spenderliste_an_die_Familie?=
Thread-Index: AQHdVn2cT8xR1mK9pB4wY7sL0qZ3jA==
Date: Tue, 17 Nov 2026 10:02:47 +0000
Message-ID: <VI1PR02MB6045E2B7C91A4D3F8E0A57C6D2F19@VI1PR02MB6045.eurprd02.prod.outlook.com>
References: <pt-20261117-0097204@helpdesk.shop.example.be>
In-Reply-To: <pt-20261117-0097204@helpdesk.shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_002_VI1PR02MB6045E2B7C91A4D3F8E0A57C6D2F19VI1PR02MB6045eurp_"
MIME-Version: 1.0

--_002_VI1PR02MB6045E2B7C91A4D3F8E0A57C6D2F19VI1PR02MB6045eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht

  An: J=C3=BCrgen Hauck
  Betreff: Spenden im Gedenken an Frau Maria Lenz =E2=80=93 Weitergabe der =
Spenderliste an die Familie
  Gesendet: Dienstag, 17. November 2026 10:14:03 (UTC+01:00) Amsterdam, Ber=
lin, Bern, Rom, Stockholm, Wien

wurde am Dienstag, 17. November 2026 11:02:47 (UTC+01:00) Amsterdam, Berlin=
, Bern, Rom, Stockholm, Wien gelesen.

--_002_VI1PR02MB6045E2B7C91A4D3F8E0A57C6D2F19VI1PR02MB6045eurp_
Content-Type: message/disposition-notification

Reporting-UA: VI1PR02MB6045.eurprd02.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;j.hauck@kinderhospiz-ostbelgien.example
Original-Message-ID: <pt-20261117-0097204@helpdesk.shop.example.be>
Disposition: automatic-action/MDN-sent-automatically; displayed

--_002_VI1PR02MB6045E2B7C91A4D3F8E0A57C6D2F19VI1PR02MB6045eurp_--
'''),
    ('de', 'person-iphone-disclaimer-asks-photo-deletion', 'deletion', (),
'''Return-Path: <m.theissen@schreinerei-theissen.example>
Received: from smtp.schreinerei-theissen.example (smtp.schreinerei-theissen.example [203.0.113.166])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HcV7m2Rq0z4w9Jt
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 07:12:40 +0100 (CET)
Received: from smtpclient.apple ([2a02:a03f:6b41:7d00:9c1e:5a2f:e3d0:41b7])
	by smtp.schreinerei-theissen.example (Postfix) with ESMTPSA id 0E4B1A23F7
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 07:12:39 +0100 (CET)
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?Q?Markus_Thei=C3=9Fen?= <m.theissen@schreinerei-theissen.example>
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Re:_Danke_f=C3=BCr_euren_Einsatz_beim_Freiwilligentag_=E2=80=93_di?=
 =?utf-8?Q?e_Fotos_sind_online!?=
Date: Wed, 4 Nov 2026 07:12:31 +0100
Message-Id: <8C41E7A2-3F9D-4B06-A5E1-27D0C9B84F63@schreinerei-theissen.example>
References: <community.fwt-eupen-2026.1794154800@shop.example.be>
In-Reply-To: <community.fwt-eupen-2026.1794154800@shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B83)

Guten Tag,

bitte l=C3=B6schen Sie alle Fotos vom Freiwilligentag in Eupen, auf denen i=
ch oder meine Tochter Lea (14) zu sehen sind =E2=80=93 auf Ihrer Website, a=
uf Facebook und auf Instagram =E2=80=93 und entfernen Sie auch unsere Namen=
 unter dem Gruppenfoto. Wir haben nie zugestimmt, dass Fotos von uns ver=C3=
=B6ffentlicht werden, schon gar nicht mit Namen. Auf dem Gruppenfoto stehen=
 wir ganz links, auf dem Foto an der Sammelkiste ist Lea allein zu sehen.

Ich bitte um eine kurze Best=C3=A4tigung, sobald das erledigt ist.

Mit freundlichen Gr=C3=BC=C3=9Fen
Markus Thei=C3=9Fen

Von meinem iPhone gesendet

Schreinerei Thei=C3=9Fen GmbH
Herbesthaler Stra=C3=9Fe 112 =C2=B7 4700 Eupen
Tel. +32 87 55 63 09 =C2=B7 Mobil +32 498 71 20 44
Gesch=C3=A4ftsf=C3=BChrer: Markus Thei=C3=9Fen =C2=B7 Unternehmensnummer 07=
12.345.678

VERTRAULICHKEITSHINWEIS: Diese E-Mail und alle Anh=C3=A4nge enthalten vertr=
auliche und/oder rechtlich gesch=C3=BCtzte Informationen und sind ausschlie=
=C3=9Flich f=C3=BCr den bezeichneten Empf=C3=A4nger bestimmt. Wenn Sie nich=
t der richtige Adressat sind oder diese E-Mail irrt=C3=BCmlich erhalten hab=
en, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Ma=
il. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail od=
er von Teilen daraus sind nicht gestattet. Die Schreinerei Thei=C3=9Fen Gmb=
H =C3=BCbernimmt keine Haftung f=C3=BCr Sch=C3=A4den, die durch Viren oder =
durch die =C3=9Cbermittlung per E-Mail entstehen. Aussagen in dieser E-Mail=
 sind nur verbindlich, wenn sie schriftlich best=C3=A4tigt werden.
CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential an=
d may be legally privileged. If you are not the intended recipient, please =
notify the sender immediately and delete this e-mail. Any unauthorised copy=
ing or disclosure is strictly prohibited.
Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.

> Am 03.11.2026 um 16:20 schrieb Shop Example Community <community@shop.exa=
mple.be>:
>
> Danke f=C3=BCr euren Einsatz beim Freiwilligentag!
>
> Am Samstag, 31. Oktober, haben 46 Mitarbeitende, Kundinnen und Kunden in =
Eupen 2.318 kg Lebensmittel f=C3=BCr die Lebensmittelhilfe Eupen VoG gesamm=
elt.
>
> Die sch=C3=B6nsten Fotos des Tages sind jetzt online:
> https://www.shop.example.be/de/gemeinschaft/freiwilligentag-eupen-2026
>
> Diese E-Mail wurde automatisch versendet. Antworten auf diese Adresse wer=
den nicht bearbeitet. Fragen zu Ihren Daten: privacy@shop.example.be
'''),
    ('es', 'exchange-ooo-foundation-partnerships', 'automated', (),
'''Return-Path: <>
Received: from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2094.outbound.protection.outlook.com [40.107.6.94])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HcK9d1Sx7z4w4Wm
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 12:40:09 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
 d=fundacionmanosabiertas.onmicrosoft.com;
 s=selector1-fundacionmanosabiertas-onmicrosoft-com;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh=Ng1mR6vX9nT4cQ7yW2sL5pG8aJ3hD0oE7uF4iZ9kN6c=;
 b=Hr8Js1Kt4Lu7Mv0Nw3Ox6Py9Qz2Ra5Sb8Tc1Ud4Ve7Wf0Xg3Yh6Zi9Aj2Bk5Cl8Dm1En4F
 o7Gp0Hq3Ir6Js9Kt2Lu5Mv8Nw1Ox4Py7Qz0Ra3Sb6Tc9Ud2Ve5Wf8Xg1Yh4Zi7Aj0Bk3Cl==
From: =?iso-8859-1?Q?Luc=EDa_Ferrer_Ib=E1=F1ez?= <lferrer@fundacion-manosabiertas.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Respuesta_autom=E1tica:_Donativos_por_redondeo_-_datos_de_l?=
 =?iso-8859-1?Q?os_donantes_y_consentimiento?=
Thread-Topic: Donativos por redondeo - datos de los donantes y consentimiento
Thread-Index: AQHdSk8rB2pX5vN1cT9mR4yW0hL6gQ==
Date: Thu, 29 Oct 2026 11:40:06 +0000
Message-ID: <DB9PR09MB5528F1C4A7E92B0D6C3E18A5B4D27@DB9PR09MB5528.eurprd09.prod.outlook.com>
References: <pt-20261029-0095022@helpdesk.shop.example.be>
In-Reply-To: <pt-20261029-0095022@helpdesk.shop.example.be>
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: lferrer@fundacion-manosabiertas.example
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
X-MS-Exchange-Organization-SCL: -1
Content-Type: multipart/alternative;
	boundary="_000_DB9PR09MB5528F1C4A7E92B0D6C3E18A5B4D27DB9PR09MB5528eurp_"
MIME-Version: 1.0

--_000_DB9PR09MB5528F1C4A7E92B0D6C3E18A5B4D27DB9PR09MB5528eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

R3JhY2lhcyBwb3Igc3UgbWVuc2FqZS4KCkVzdGFyw6kgZnVlcmEgZGUgbGEgb2ZpY2luYSBoYXN0
YSBlbCBsdW5lcyA5IGRlIG5vdmllbWJyZSBkZSAyMDI2LCBzaW4gYWNjZXNvIGFsIGNvcnJlbyBl
bGVjdHLDs25pY28uCgpQYXJhIGN1ZXN0aW9uZXMgc29icmUgbGEgY2FtcGHDsWEgZGUgcmVkb25k
ZW8gc29saWRhcmlvIGNvbiBTaG9wIEV4YW1wbGUsIGxhIHRyYW5zZmVyZW5jaWEgZGUgZGF0b3Mg
ZGUgZG9uYW50ZXMgbyBsb3MgY2VydGlmaWNhZG9zIGRlIGRvbmFjacOzbiwgZXNjcmliYSBhIGRv
bmFudGVzQGZ1bmRhY2lvbi1tYW5vc2FiaWVydGFzLmV4YW1wbGUgbyBsbGFtZSBhbCA5NjUgNTUg
MjEgNDcuCgpMYXMgc29saWNpdHVkZXMgZGUgcHJvdGVjY2nDs24gZGUgZGF0b3MgKGFjY2Vzbywg
c3VwcmVzacOzbiwgcmV0aXJhZGEgZGVsIGNvbnNlbnRpbWllbnRvKSBsYXMgYXRpZW5kZSBudWVz
dHJhIERlbGVnYWRhIGRlIFByb3RlY2Npw7NuIGRlIERhdG9zIGVuIGRwZEBmdW5kYWNpb24tbWFu
b3NhYmllcnRhcy5leGFtcGxlLgoKVW4gc2FsdWRvLApMdWPDrWEgRmVycmVyIEliw6HDsWV6ClJl
c3BvbnNhYmxlIGRlIEFsaWFuemFzIENvcnBvcmF0aXZhcwpGdW5kYWNpw7NuIE1hbm9zIEFiaWVy
dGFzCg==

--_000_DB9PR09MB5528F1C4A7E92B0D6C3E18A5B4D27DB9PR09MB5528eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+CjxtZXRhIGh0dHAtZXF1aXY9IkNvbnRlbnQtVHlwZSIgY29udGVudD0idGV4
dC9odG1sOyBjaGFyc2V0PXV0Zi04Ij4KPHN0eWxlIHR5cGU9InRleHQvY3NzIiBzdHlsZT0iZGlz
cGxheTpub25lOyI+IFAge21hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjA7fSA8L3N0eWxlPgo8
L2hlYWQ+Cjxib2R5IGRpcj0ibHRyIj4KPGRpdiBzdHlsZT0iZm9udC1mYW1pbHk6IEFwdG9zLCBB
cHRvc19FbWJlZGRlZEZvbnQsIEFwdG9zX01TRm9udFNlcnZpY2UsIENhbGlicmksIEhlbHZldGlj
YSwgc2Fucy1zZXJpZjsgZm9udC1zaXplOiAxMnB0OyBjb2xvcjogcmdiKDAsIDAsIDApOyI+Ckdy
YWNpYXMgcG9yIHN1IG1lbnNhamUuPGJyPjxicj4KRXN0YXLDqSBmdWVyYSBkZSBsYSBvZmljaW5h
IGhhc3RhIGVsIGx1bmVzIDkgZGUgbm92aWVtYnJlIGRlIDIwMjYsIHNpbiBhY2Nlc28gYWwgY29y
cmVvIGVsZWN0csOzbmljby48YnI+PGJyPgpQYXJhIGN1ZXN0aW9uZXMgc29icmUgbGEgY2FtcGHD
sWEgZGUgcmVkb25kZW8gc29saWRhcmlvIGNvbiBTaG9wIEV4YW1wbGUsIGxhIHRyYW5zZmVyZW5j
aWEgZGUgZGF0b3MgZGUgZG9uYW50ZXMgbyBsb3MgY2VydGlmaWNhZG9zIGRlIGRvbmFjacOzbiwg
ZXNjcmliYSBhIDxhIGhyZWY9Im1haWx0bzpkb25hbnRlc0BmdW5kYWNpb24tbWFub3NhYmllcnRh
cy5leGFtcGxlIj5kb25hbnRlc0BmdW5kYWNpb24tbWFub3NhYmllcnRhcy5leGFtcGxlPC9hPiBv
IGxsYW1lIGFsIDk2NSA1NSAyMSA0Ny48YnI+PGJyPgpMYXMgc29saWNpdHVkZXMgZGUgcHJvdGVj
Y2nDs24gZGUgZGF0b3MgKGFjY2Vzbywgc3VwcmVzacOzbiwgcmV0aXJhZGEgZGVsIGNvbnNlbnRp
bWllbnRvKSBsYXMgYXRpZW5kZSBudWVzdHJhIERlbGVnYWRhIGRlIFByb3RlY2Npw7NuIGRlIERh
dG9zIGVuIDxhIGhyZWY9Im1haWx0bzpkcGRAZnVuZGFjaW9uLW1hbm9zYWJpZXJ0YXMuZXhhbXBs
ZSI+ZHBkQGZ1bmRhY2lvbi1tYW5vc2FiaWVydGFzLmV4YW1wbGU8L2E+Ljxicj48YnI+ClVuIHNh
bHVkbyw8YnI+Ckx1Y8OtYSBGZXJyZXIgSWLDocOxZXo8YnI+ClJlc3BvbnNhYmxlIGRlIEFsaWFu
emFzIENvcnBvcmF0aXZhczxicj4KRnVuZGFjacOzbiBNYW5vcyBBYmllcnRhczwvZGl2Pgo8L2Jv
ZHk+CjwvaHRtbD4K

--_000_DB9PR09MB5528F1C4A7E92B0D6C3E18A5B4D27DB9PR09MB5528eurp_--
'''),
    ('es', 'in-memoriam-page-donation-thanks', 'automated', (),
'''Return-Path: <rebotes@avisos.recuerdossolidarios.example>
Received: from mail-out1.recuerdossolidarios.example (mail-out1.recuerdossolidarios.example [198.51.100.118])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4GzR5k0Tn3z4w7Cb
        for <privacy@shop.example.be>; Fri, 18 Sep 2026 17:26:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=recuerdossolidarios.example;
	s=rs2026; t=1789745198;
	bh=Mh3nQ8vX1mT6cK9yR4sL7pG0aJ5hD2oE9uF6iZ1kN8c=;
	h=Date:From:To:Subject:Message-ID:MIME-Version:Content-Type;
	b=Pl4Ok7Ij0Uh3Yg6Tf9Rd2Es5Wa8Qz1Xs4Cd7Ev0Fr3Bg6Tn9Hy2Mj5Uk8Il1Op4Az7Sx0D
	 c3Fv6Gb9Hn2Jm5Kl8Qw1Er4Ty7Ui0Op3As6Df9Gh2Jk5Lz8Xc1Vb4Nm7Qw0Er3Ty6Ui9Op
Date: Fri, 18 Sep 2026 17:26:38 +0200
From: Recuerdos Solidarios <avisos@recuerdossolidarios.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Gracias_por_vuestro_donativo_en_memoria_de_Ram=C3=B3n_Aguirre_Soto?=
Message-ID: <RS-2026-0918-33407.thanks@recuerdossolidarios.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=-rs-9d4a17c2e8b0"
Auto-Submitted: auto-generated
X-Mailer: RecuerdosSolidarios-Notifier/2.3

--=-rs-9d4a17c2e8b0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hola, equipo de Shop Example Alicante Centro:

Gracias por vuestro donativo de 150,00 =E2=82=AC en la p=C3=A1gina en memor=
ia de Ram=C3=B3n Aguirre Soto, a favor de la Asociaci=C3=B3n Alzh=C3=A9imer=
 Vega Baja.

  Referencia del donativo: RS-2026-0918-33407
  Fecha: 18/09/2026
  Mensaje publicado: "Para Ram=C3=B3n, que nos ense=C3=B1=C3=B3 a todos a t=
ratar bien a cada cliente. Tus compa=C3=B1eros de Alicante Centro."

Qu=C3=A9 ve la familia
Hab=C3=A9is aceptado que la familia vea vuestro nombre y vuestro mensaje. E=
l importe no se muestra a la familia ni en la p=C3=A1gina p=C3=BAblica.

Certificado de donaci=C3=B3n
Para emitir el certificado fiscal a efectos del Impuesto sobre Sociedades o=
 del IRPF, la Asociaci=C3=B3n Alzh=C3=A9imer Vega Baja necesita el NIF del =
donante y su domicilio fiscal. Pod=C3=A9is a=C3=B1adirlos hasta el 31 de en=
ero de 2027 en:
https://recuerdossolidarios.example/donativo/RS-2026-0918-33407/certificado
Los datos se comunicar=C3=A1n a la Agencia Tributaria en el modelo 182.

Protecci=C3=B3n de datos
Recuerdos Solidarios trata vuestros datos como encargado del tratamiento de=
 la Asociaci=C3=B3n Alzh=C3=A9imer Vega Baja. Pod=C3=A9is ejercer vuestros =
derechos de acceso, rectificaci=C3=B3n, supresi=C3=B3n, oposici=C3=B3n, lim=
itaci=C3=B3n y portabilidad en privacidad@recuerdossolidarios.example. M=C3=
=A1s informaci=C3=B3n: https://recuerdossolidarios.example/privacidad

Con cari=C3=B1o,
Recuerdos Solidarios

Este es un mensaje autom=C3=A1tico. Las respuestas a esta direcci=C3=B3n no=
 se leen.
--=-rs-9d4a17c2e8b0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html lang=3D"es"><head><meta charset=3D"utf-8"></head>
<body style=3D"background:#f5f2f7;font-family:'Trebuchet MS',Arial,sans-ser=
if;color:#3a3042;font-size:15px">
<div style=3D"max-width:600px;margin:0 auto;background:#fff;padding:26px">
<p style=3D"text-align:center;color:#7b5e8c;font-size:13px">En memoria de<b=
r><span style=3D"font-size:20px">Ram=C3=B3n Aguirre Soto</span><br>1958 =E2=
=80=93 2026</p>
<p>Hola, equipo de Shop Example Alicante Centro:</p>
<p>Gracias por vuestro donativo de <b>150,00 =E2=82=AC</b> en la p=C3=A1gin=
a en memoria de Ram=C3=B3n Aguirre Soto, a favor de la Asociaci=C3=B3n Alzh=
=C3=A9imer Vega Baja.</p>
<p>Referencia del donativo: RS-2026-0918-33407<br>Fecha: 18/09/2026<br>Mens=
aje publicado: <i>"Para Ram=C3=B3n, que nos ense=C3=B1=C3=B3 a todos a trat=
ar bien a cada cliente. Tus compa=C3=B1eros de Alicante Centro."</i></p>
<p><b>Qu=C3=A9 ve la familia</b><br>Hab=C3=A9is aceptado que la familia vea=
 vuestro nombre y vuestro mensaje. El importe no se muestra a la familia ni=
 en la p=C3=A1gina p=C3=BAblica.</p>
<p><b>Certificado de donaci=C3=B3n</b><br>Para emitir el certificado fiscal=
 a efectos del Impuesto sobre Sociedades o del IRPF, la Asociaci=C3=B3n Alz=
h=C3=A9imer Vega Baja necesita el NIF del donante y su domicilio fiscal. Po=
d=C3=A9is a=C3=B1adirlos hasta el 31 de enero de 2027 <a href=3D"https://re=
cuerdossolidarios.example/donativo/RS-2026-0918-33407/certificado">aqu=C3=
=AD</a>. Los datos se comunicar=C3=A1n a la Agencia Tributaria en el modelo=
 182.</p>
<p style=3D"font-size:12px;color:#857a8c"><b>Protecci=C3=B3n de datos</b> =
=E2=80=93 Recuerdos Solidarios trata vuestros datos como encargado del trat=
amiento de la Asociaci=C3=B3n Alzh=C3=A9imer Vega Baja. Pod=C3=A9is ejercer=
 vuestros derechos de acceso, rectificaci=C3=B3n, supresi=C3=B3n, oposici=
=C3=B3n, limitaci=C3=B3n y portabilidad en privacidad@recuerdossolidarios.e=
xample. <a href=3D"https://recuerdossolidarios.example/privacidad">M=C3=A1s=
 informaci=C3=B3n</a>.</p>
<p>Con cari=C3=B1o,<br>Recuerdos Solidarios</p>
<p style=3D"font-size:11px;color:#a59bab">Este es un mensaje autom=C3=A1tic=
o. Las respuestas a esta direcci=C3=B3n no se leen.</p>
</div></body></html>
--=-rs-9d4a17c2e8b0--
'''),
    ('es', 'club-member-system-sponsor-account-deletion', 'automated', (),
'''Return-Path: <no-responder@sociosapp.example>
Received: from smtp2.sociosapp.example (smtp2.sociosapp.example [203.0.113.92])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FqW2n6Hc1z4w5Ls
        for <privacy@shop.example.be>; Mon, 01 Jun 2026 03:00:12 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sociosapp.example;
	s=mail; t=1780275610;
	bh=Tz8nQ3vX6mT1cK4yR9sL2pG5aJ0hD7oE4uF1iZ6kN3c=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=Uy2Tr5Ew8Qa1Sd4Fg7Hj0Kl3Zx6Cv9Bn2Mq5We8Rt1Yu4Io7Pa0Sd3Fg6Hj9Kl2Zx5Cv8B
	 n1Mq4We7Rt0Yu3Io6Pa9Sd2Fg5Hj8Kl1Zx4Cv7Bn0Mq3We6Rt9Yu2Io5Pa8Sd1Fg4Hj7Kl
From: =?utf-8?q?Gesti=C3=B3n_de_socios_-_CD_Atl=C3=A9tico_Benal=C3=BAa?=
 <no-responder@sociosapp.example>
To: privacy@shop.example.be
Subject: =?UTF-8?B?QXZpc286IHR1IGN1ZW50YSBkZSBwYXRyb2NpbmFkb3Igc2UgZWxpbWluYXLDoSBl?=
 =?UTF-8?B?bCAzMCBkZSBqdW5pbyBkZSAyMDI2?=
Date: Mon, 01 Jun 2026 01:00:10 +0000
Message-ID: <retention-notice.sp-00871.20260601010010@sociosapp.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: bulk
X-SociosApp-Job: retention-warning-30d

Hola:

La cuenta de patrocinador "Shop Example =E2=80=93 Patrocinio temporada 2025=
/26" del Club Deportivo Atl=C3=A9tico Benal=C3=BAa, vinculada a la direcci=
=C3=B3n privacy@shop.example.be, lleva 12 meses sin actividad.

Conforme a la pol=C3=ADtica de privacidad del club y a nuestra pol=C3=ADtic=
a de conservaci=C3=B3n de datos, el 30 de junio de 2026 se eliminar=C3=A1n =
de forma permanente:

  - la cuenta de patrocinador y sus usuarios,
  - el listado de socios compartido para el descuento de patrocinio (312 so=
cios: nombre, apellidos, n=C3=BAmero de socio, categor=C3=ADa),
  - el historial de descargas y de accesos.

Si quieres conservar la cuenta, inicia sesi=C3=B3n antes de esa fecha:
https://sociosapp.example/cdabenalua/patrocinadores/acceso

Si no haces nada, no tienes que responder a este mensaje. Tras la eliminaci=
=C3=B3n recibir=C3=A1s una confirmaci=C3=B3n.

Gesti=C3=B3n de socios =E2=80=93 Club Deportivo Atl=C3=A9tico Benal=C3=BAa
Plataforma SociosApp

Este correo se ha generado autom=C3=A1ticamente. Por favor, no respondas.
'''),
    ('es', 'person-asks-where-to-drop-food-above-signup', 'other', (),
'''Return-Path: <carmenruiz.alc@gmail.com>
Received: from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HdK8r3Wp5z4w1Fv
        for <privacy@shop.example.be>; Fri, 13 Nov 2026 08:55:31 +0100 (CET)
Received: by mail-ej1-f45.google.com with SMTP id a640c23a62f3a-b73f0c2d9e1so40417166b.2
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 23:55:30 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1794556530; x=1795161330; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :from:to:cc:subject:date:message-id:reply-to;
        bh=Xc5nQ0vB3mT8wK1yR6sL9pG2aJ7hD4oE1uF8iZ3kN0c=;
        b=Bn6Mq9We2Rt5Yu8Io1Pa4Sd7Fg0Hj3Kl6Zx9Cv2Bn5Mq8We1Rt4Yu7Io0Pa3Sd6Fg9H
         j2Kl5Zx8Cv1Bn4Mq7We0Rt3Yu6Io9Pa2Sd5Fg8Hj1Kl4Zx7Cv0Bn3Mq6We9Rt2Yu5Io8
X-Google-Smtp-Source: AGHT+IHq7mW2xR9cN4vB1tY6sL0pK3aJ8hG5oE2uZ7iD1nM4tQ6rX9wC3bV0yL5
MIME-Version: 1.0
References: <signup.GRA2026.ALC.55019@shop.example.be>
In-Reply-To: <signup.GRA2026.ALC.55019@shop.example.be>
From: Carmen Ruiz <carmenruiz.alc@gmail.com>
Date: Fri, 13 Nov 2026 08:55:18 +0100
X-Gm-Features: AQt7F2q4nPx8Wb3cM6yT0vL9pR2sG5aJ1hD7oE4uZ3iK
Message-ID: <CAH9xTq4m1Wb7+Rz2Nc8Lv5yP0sGk3aE6dU9oF1iJ4nMt7Q@mail.gmail.com>
Subject: =?UTF-8?Q?Re=3A_Confirmaci=C3=B3n_de_inscripci=C3=B3n=3A_Gran_Recogida_de_Al?=
	=?UTF-8?Q?imentos_=E2=80=93_turno_del_s=C3=A1bado?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000004c8e2f0620a1b3d7"

--0000000000004c8e2f0620a1b3d7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola, buenas:

Me apunt=C3=A9 al turno del s=C3=A1bado por la ma=C3=B1ana pero no me queda=
 claro una cosa: la comida que traigo yo de casa (unas 20 latas y aceite), =
=C2=BFla dejo en la entrada del s=C3=BAper, en el punto del Banco de Alimen=
tos, o la llevo al almac=C3=A9n de atr=C3=A1s? =C2=BFY a qu=C3=A9 hora abr=
=C3=ADs la puerta del almac=C3=A9n?

Gracias y perd=C3=B3n si no es este el correo, es el =C3=BAnico que ven=C3=
=ADa en el mensaje.

Carmen

El jue, 12 nov 2026, 18:40, Voluntariado Shop Example <voluntariado@shop.ex=
ample.be> escribi=C3=B3:

> =C2=A1Hola, Carmen!
>
> Tu inscripci=C3=B3n est=C3=A1 confirmada.
>
> Gran Recogida de Alimentos 2026
> Shop Example Alicante Centro =E2=80=93 Avenida de Maisonnave 41
> S=C3=A1bado 14 de noviembre, turno de 10:00 a 14:00
>
> Para organizar los turnos, tu nombre y tu tel=C3=A9fono se compartir=C3=
=A1n con el
> coordinador del Banco de Alimentos de Alicante. Puedes consultar c=C3=B3mo
> tratamos tus datos en www.shop.example.be/es/privacidad. Para cualquier
> consulta sobre tus datos, escribe a privacy@shop.example.be.
>
> Este mensaje se ha enviado autom=C3=A1ticamente. No respondas a este corr=
eo.

--0000000000004c8e2f0620a1b3d7
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"auto">Hola, buenas:<div dir=3D"auto"><br></div><div dir=3D"auto=
">Me apunt=C3=A9 al turno del s=C3=A1bado por la ma=C3=B1ana pero no me que=
da claro una cosa: la comida que traigo yo de casa (unas 20 latas y aceite)=
, =C2=BFla dejo en la entrada del s=C3=BAper, en el punto del Banco de Alim=
entos, o la llevo al almac=C3=A9n de atr=C3=A1s? =C2=BFY a qu=C3=A9 hora ab=
r=C3=ADs la puerta del almac=C3=A9n?</div><div dir=3D"auto"><br></div><div =
dir=3D"auto">Gracias y perd=C3=B3n si no es este el correo, es el =C3=BAnic=
o que ven=C3=ADa en el mensaje.</div><div dir=3D"auto"><br></div><div dir=
=3D"auto">Carmen</div></div><br><div class=3D"gmail_quote gmail_quote_conta=
iner"><div dir=3D"ltr" class=3D"gmail_attr">El jue, 12 nov 2026, 18:40, Vol=
untariado Shop Example &lt;<a href=3D"mailto:voluntariado@shop.example.be">=
voluntariado@shop.example.be</a>&gt; escribi=C3=B3:<br></div><blockquote cl=
ass=3D"gmail_quote" style=3D"margin:0 0 0 .8ex;border-left:1px #ccc solid;p=
adding-left:1ex">=C2=A1Hola, Carmen!<br><br>Tu inscripci=C3=B3n est=C3=A1 c=
onfirmada.<br><br>Gran Recogida de Alimentos 2026<br>Shop Example Alicante =
Centro =E2=80=93 Avenida de Maisonnave 41<br>S=C3=A1bado 14 de noviembre, t=
urno de 10:00 a 14:00<br><br>Para organizar los turnos, tu nombre y tu tel=
=C3=A9fono se compartir=C3=A1n con el coordinador del Banco de Alimentos de=
 Alicante. Puedes consultar c=C3=B3mo tratamos tus datos en <a href=3D"http=
://www.shop.example.be/es/privacidad">www.shop.example.be/es/privacidad</a>=
. Para cualquier consulta sobre tus datos, escribe a <a href=3D"mailto:priv=
acy@shop.example.be">privacy@shop.example.be</a>.<br><br>Este mensaje se ha=
 enviado autom=C3=A1ticamente. No respondas a este correo.<br></blockquote>=
</div>

--0000000000004c8e2f0620a1b3d7--
'''),
    ('it', 'helpdesk-ticket-ack-donor-data-deletion', 'automated', (),
'''Return-Path: <supporto+id48213@cuoreaperto.example>
Received: from out3.helpdeskly.example (out3.helpdeskly.example [198.51.100.93])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H9cN4k8Zr6z4w2Hq
        for <privacy@shop.example.be>; Wed, 07 Oct 2026 15:33:08 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=cuoreaperto.example;
	s=hdk1; t=1791379987;
	bh=Ar7nQ2vX5mT0cK3yR8sL1pG4aJ9hD6oE3uF0iZ5kN2c=;
	h=Date:From:Reply-To:To:Subject:Message-ID:MIME-Version:Content-Type;
	b=Se9Dr2Ft5Gy8Hu1Ji4Ko7Lp0Az3Sx6Dc9Fv2Gb5Hn8Jm1Kl4Qw7Er0Ty3Ui6Op9As2Df5G
	 h8Jk1Lz4Xc7Vb0Nm3Qw6Er9Ty2Ui5Op8As1Df4Gh7Jk0Lz3Xc6Vb9Nm2Qw5Er8Ty1Ui4O
Date: Wed, 07 Oct 2026 13:33:07 +0000
From: Assistenza Sostenitori - Fondazione Cuore Aperto <supporto@cuoreaperto.example>
Reply-To: Assistenza Sostenitori - Fondazione Cuore Aperto <supporto+id48213@cuoreaperto.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?=5BTicket_=2348213=5D_Cancellazione_dei_dati_personali_dei_donat?=
 =?utf-8?q?ori_=E2=80=93_richiesta_ricevuta?=
Message-ID: <hd48213.ack.7Q2xK9@cuoreaperto.example>
In-Reply-To: <pt-20261007-0093402@helpdesk.shop.example.be>
References: <pt-20261007-0093402@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6a1f3e9c2b7d4_5e2c1a"
X-Mailer: HelpDeskly Mailer
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-HelpDeskly-Ticket: 48213

----==_mimepart_6a1f3e9c2b7d4_5e2c1a
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Gentile Team Privacy di Shop Example,

abbiamo ricevuto la tua richiesta e l'abbiamo registrata con il numero #482=
13.

Oggetto: Cancellazione dei dati personali dei donatori (arrotondamento alla=
 cassa, clienti Shop Example Milano Isola)
Categoria: Privacy e protezione dei dati
Priorit=C3=A0: normale
Stato: aperto

Il nostro team Sostenitori risponder=C3=A0 entro 3 giorni lavorativi. Per l=
e richieste di esercizio dei diritti previsti dal GDPR (accesso, rettifica,=
 cancellazione, opposizione, portabilit=C3=A0) il termine di risposta massi=
mo =C3=A8 di un mese.

Per aggiungere informazioni a questa richiesta rispondi a questa email senz=
a modificare l'oggetto. Non inviare per email documenti d'identit=C3=A0 o d=
ati bancari.

Puoi seguire lo stato della richiesta qui:
https://assistenza.cuoreaperto.example/ticket/48213

Un cordiale saluto,
Assistenza Sostenitori
Fondazione Cuore Aperto ETS

--
Questa =C3=A8 una risposta automatica generata da HelpDeskly. [HD-48213-K7Q=
2]
----==_mimepart_6a1f3e9c2b7d4_5e2c1a
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family:'Lucida Grande',Verdana,Arial,sans-serif;font-siz=
e:14px;color:#2f3941">
<p>Gentile Team Privacy di Shop Example,</p>
<p>abbiamo ricevuto la tua richiesta e l'abbiamo registrata con il numero <=
b>#48213</b>.</p>
<table style=3D"font-size:13px;color:#555" cellpadding=3D"3">
<tr><td>Oggetto</td><td>Cancellazione dei dati personali dei donatori (arro=
tondamento alla cassa, clienti Shop Example Milano Isola)</td></tr>
<tr><td>Categoria</td><td>Privacy e protezione dei dati</td></tr>
<tr><td>Priorit=C3=A0</td><td>normale</td></tr>
<tr><td>Stato</td><td>aperto</td></tr>
</table>
<p>Il nostro team Sostenitori risponder=C3=A0 entro 3 giorni lavorativi. Pe=
r le richieste di esercizio dei diritti previsti dal GDPR (accesso, rettifi=
ca, cancellazione, opposizione, portabilit=C3=A0) il termine di risposta ma=
ssimo =C3=A8 di un mese.</p>
<p>Per aggiungere informazioni a questa richiesta rispondi a questa email s=
enza modificare l'oggetto. Non inviare per email documenti d'identit=C3=A0 =
o dati bancari.</p>
<p><a href=3D"https://assistenza.cuoreaperto.example/ticket/48213">Segui lo=
 stato della richiesta</a></p>
<p>Un cordiale saluto,<br>Assistenza Sostenitori<br>Fondazione Cuore Aperto=
 ETS</p>
<p style=3D"font-size:11px;color:#999">Questa =C3=A8 una risposta automatic=
a generata da HelpDeskly. [HD-48213-K7Q2]</p>
</div>
----==_mimepart_6a1f3e9c2b7d4_5e2c1a--
'''),
    ('it', 'association-newsletter-list-mail', 'automated', (),
'''Return-Path: <notiziario-bounces+privacy=shop.example.be@retesolidale-isola.example>
Received: from lists.retesolidale-isola.example (lists.retesolidale-isola.example [203.0.113.141])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HcQ1p9Bd2z4w6Kr
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 18:00:41 +0100 (CET)
Received: from lists.retesolidale-isola.example (localhost [127.0.0.1])
	by lists.retesolidale-isola.example (Postfix) with ESMTP id 47A2E3C01D
	for <privacy@shop.example.be>; Tue,  3 Nov 2026 18:00:39 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=retesolidale-isola.example;
	s=lists; t=1794070839;
	bh=Dk4nQ9vX2mT7cK0yR5sL8pG1aJ6hD3oE0uF7iZ2kN9c=;
	h=From:To:Subject:Date:List-Id:List-Unsubscribe:List-Unsubscribe-Post;
	b=Zh1Xg4Cf7Vd0Bs3Na6Mq9Lw2Ke5Jr8Ht1Gy4Fu7Di0Co3Bp6Az9Sx2Dc5Fv8Gb1Hn4Jm7K
	 l0Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6Nm9Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9
From: Rete Solidale Quartiere Isola <notiziario@retesolidale-isola.example>
To: privacy@shop.example.be
Subject: Notiziario di novembre: raccolta alimentare, volontari e privacy delle
 foto
Date: Tue, 03 Nov 2026 18:00:39 +0100
Message-ID: <notiziario-2026-11.c2hvcC1wcml2YWN5@retesolidale-isola.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_notiziario_2026_11_b41e"
Precedence: bulk
List-Id: Notiziario Rete Solidale Isola <notiziario.retesolidale-isola.example>
List-Unsubscribe: <https://retesolidale-isola.example/lista/disiscrivi?u=c2hvcC1wcml2YWN5>,
 <mailto:notiziario-leave@retesolidale-isola.example?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
List-Archive: <https://retesolidale-isola.example/lista/archivio>
X-Mailer: Listmonk
Feedback-ID: notiziario-2026-11:retesolidale-isola

--=_notiziario_2026_11_b41e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

RETE SOLIDALE QUARTIERE ISOLA =E2=80=93 Notiziario di novembre 2026

1. RACCOLTA ALIMENTARE DEL 21 NOVEMBRE
Sabato 21 novembre saremo davanti a Shop Example Milano Isola (via Borsieri=
 18) dalle 9 alle 19. Servono ancora 14 volontari per il turno del pomerigg=
io: iscriviti su https://retesolidale-isola.example/turni

2. I NUMERI DEL 2026
Con l'arrotondamento alla cassa dei clienti Shop Example abbiamo raccolto 6=
.214 =E2=82=AC che diventeranno 420 pacchi spesa per le famiglie del quarti=
ere.

3. FOTO DELLE GIORNATE DI VOLONTARIATO
Pubblichiamo solo le foto dei volontari che hanno dato il consenso al momen=
to dell'iscrizione. Se vuoi cambiare la tua scelta, o chiedere la rimozione=
 di una foto, scrivi a privacy@retesolidale-isola.example.

4. LA BACHECA DI QUARTIERE
Cerchi un passaggio per portare la spesa a un vicino? Usa la bacheca nel ne=
gozio, ma non pubblicare il tuo indirizzo di casa: usa i messaggi privati.

Grazie a tutti,
Il direttivo della Rete Solidale Quartiere Isola APS

--
Ricevi questo notiziario perch=C3=A9 sei iscritto alla lista notiziario@ret=
esolidale-isola.example.
Informativa privacy: https://retesolidale-isola.example/privacy
Per cancellarti: https://retesolidale-isola.example/lista/disiscrivi?u=3Dc2=
hvcC1wcml2YWN5
--=_notiziario_2026_11_b41e
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html lang=3D"it"><head><meta charset=3D"utf-8"><title>Notiziario di novemb=
re 2026</title></head>
<body style=3D"margin:0;background:#fdf6ec;font-family:Helvetica,Arial,sans=
-serif;color:#333;font-size:15px">
<table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0"><tr><td align=3D"=
center">
<table width=3D"600" cellpadding=3D"18" cellspacing=3D"0" style=3D"backgrou=
nd:#fff">
<tr><td style=3D"background:#e07a1f;color:#fff;font-size:20px"><b>Rete Soli=
dale Quartiere Isola</b><br><span style=3D"font-size:14px">Notiziario di no=
vembre 2026</span></td></tr>
<tr><td>
<h3>1. Raccolta alimentare del 21 novembre</h3>
<p>Sabato 21 novembre saremo davanti a Shop Example Milano Isola (via Borsi=
eri 18) dalle 9 alle 19. Servono ancora 14 volontari per il turno del pomer=
iggio: <a href=3D"https://retesolidale-isola.example/turni">iscriviti qui</=
a>.</p>
<h3>2. I numeri del 2026</h3>
<p>Con l'arrotondamento alla cassa dei clienti Shop Example abbiamo raccolt=
o <b>6.214 =E2=82=AC</b> che diventeranno 420 pacchi spesa per le famiglie =
del quartiere.</p>
<h3>3. Foto delle giornate di volontariato</h3>
<p>Pubblichiamo solo le foto dei volontari che hanno dato il consenso al mo=
mento dell'iscrizione. Se vuoi cambiare la tua scelta, o chiedere la rimozi=
one di una foto, scrivi a <a href=3D"mailto:privacy@retesolidale-isola.exam=
ple">privacy@retesolidale-isola.example</a>.</p>
<h3>4. La bacheca di quartiere</h3>
<p>Cerchi un passaggio per portare la spesa a un vicino? Usa la bacheca nel=
 negozio, ma non pubblicare il tuo indirizzo di casa: usa i messaggi privat=
i.</p>
<p>Grazie a tutti,<br>Il direttivo della Rete Solidale Quartiere Isola APS<=
/p>
</td></tr>
<tr><td style=3D"font-size:11px;color:#888">Ricevi questo notiziario perch=
=C3=A9 sei iscritto alla lista notiziario@retesolidale-isola.example.<br><a=
 href=3D"https://retesolidale-isola.example/privacy">Informativa privacy</a=
> =C2=B7 <a href=3D"https://retesolidale-isola.example/lista/disiscrivi?u=
=3Dc2hvcC1wcml2YWN5">Cancellati</a></td></tr>
</table></td></tr></table>
</body></html>
--=_notiziario_2026_11_b41e--
'''),
    ('it', 'noticeboard-post-approved-lost-cat', 'automated', (),
'''Return-Path: <bacheca@notifiche.shop.example.be>
Received: from app2.notifiche.shop.example.be (app2.notifiche.shop.example.be [192.0.2.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HfB3w7Nj4z4w8Ps
        for <privacy@shop.example.be>; Sat, 14 Nov 2026 09:47:22 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=notifiche.shop.example.be;
	s=app2026; t=1794649641;
	bh=Vg8nQ1vX4mT9cK2yR7sL0pG3aJ8hD5oE2uF9iZ4kN1c=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=Lo5Ki8Ju1Hy4Gt7Fr0De3Sw6Aq9Zx2Cv5Bn8Mk1Lo4Ki7Ju0Hy3Gt6Fr9De2Sw5Aq8Zx1C
	 v4Bn7Mk0Lo3Ki6Ju9Hy2Gt5Fr8De1Sw4Aq7Zx0Cv3Bn6Mk9Lo2Ki5Ju8Hy1Gt4Fr7De0Sw
From: Bacheca di Quartiere <bacheca@notifiche.shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?b?SWwgdHVvIGFubnVuY2lvIMOoIHN0YXRvIGFwcHJvdmF0bzogwqtTbWFycml0?=
 =?utf-8?b?byBnYXR0byB0aWdyYXRvIOKAkyB6b25hIHZpYSBQYWRvdmHCuw==?=
Date: Sat, 14 Nov 2026 09:47:21 +0100
Message-ID: <bacheca.post-20531.approved.1794649641@notifiche.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Q2lhbywKCmlsIHR1byBhbm51bmNpbyDDqCBzdGF0byBhcHByb3ZhdG8gZWQgw6ggb3JhIHZpc2li
aWxlIHN1bGxhIEJhY2hlY2EgZGkgUXVhcnRpZXJlIGRpIFNob3AgRXhhbXBsZSBNaWxhbm8gTG9y
ZXRvLgoKQW5udW5jaW86IMKrU21hcnJpdG8gZ2F0dG8gdGlncmF0byDigJMgem9uYSB2aWEgUGFk
b3ZhwrsKQ2F0ZWdvcmlhOiBBbmltYWxpIHNtYXJyaXRpIGUgcml0cm92YXRpClB1YmJsaWNhdG86
IDE0LzExLzIwMjYgYWxsZSAwOTo0NwpTY2FkZW56YTogMTQvMTIvMjAyNgoKUGVyIHR1dGVsYXJl
IGxhIHR1YSBwcml2YWN5OgotIGlsIG51bWVybyBkaSB0ZWxlZm9ubyBjaGUgYXZldmkgc2NyaXR0
byBuZWwgdGVzdG8gw6ggc3RhdG8gbmFzY29zdG87IGkgdmljaW5pIHBvdHJhbm5vIGNvbnRhdHRh
cnRpIGNvbiBpIG1lc3NhZ2dpIHByaXZhdGkgZGVsbGEgQmFjaGVjYTsKLSBsJ2luZGlyaXp6byBk
aSBjYXNhIGluZGljYXRvIChudW1lcm8gY2l2aWNvIGUgaW50ZXJubykgbm9uIMOoIHN0YXRvIHB1
YmJsaWNhdG86IG5lbGwnYW5udW5jaW8gY29tcGFyZSBzb2xvIMKrem9uYSB2aWEgUGFkb3Zhwrsu
CgpBbGxhIHNjYWRlbnphIGwnYW5udW5jaW8gdmVycsOgIGVsaW1pbmF0byBhdXRvbWF0aWNhbWVu
dGUgaW5zaWVtZSBhbGxlIGZvdG8gZSBhaSBtZXNzYWdnaSBjb2xsZWdhdGkuIFB1b2kgbW9kaWZp
Y2FybG8gbyBjYW5jZWxsYXJsbyBpbiBxdWFsc2lhc2kgbW9tZW50byBkYSDCq0kgbWllaSBhbm51
bmNpwrsuCgpTcGVyaWFtbyBjaGUgaWwgdHVvIGdhdHRvIHRvcm5pIHByZXN0byBhIGNhc2EhCgpC
YWNoZWNhIGRpIFF1YXJ0aWVyZSDigJMgU2hvcCBFeGFtcGxlClF1ZXN0YSDDqCB1bmEgbm90aWZp
Y2EgYXV0b21hdGljYTogbm9uIHJpc3BvbmRlcmUgYSBxdWVzdG8gbWVzc2FnZ2lvLgo=
'''),
    ('it', 'person-objects-sharing-after-vote-confirmation', 'objection', (),
'''Return-Path: <a.bertolini@libero.it>
Received: from smtp-35.iol.local (smtp-35.iol.local [213.209.10.35])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4H9Lm2q6Wt1z4w0Gd
        for <privacy@shop.example.be>; Tue, 06 Oct 2026 09:18:04 +0200 (CEST)
Received: from [192.168.1.14] ([151.38.112.209])
	by smtp-35.iol.local with ESMTPA
	id 4qKzvRm1TcL0N4qKzvb9Xw; Tue, 06 Oct 2026 09:18:03 +0200
X-Originating-IP: [151.38.112.209]
Message-ID: <7e2c9a14-5b3d-4f81-b0e6-3a9d1c7f2e58@libero.it>
Date: Tue, 6 Oct 2026 09:18:01 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?UTF-8?Q?Re=3A_Conferma_il_tuo_voto=3A_quale_causa_del_quartiere_ricever?=
 =?UTF-8?Q?=C3=A0_il_contributo=3F?=
To: privacy@shop.example.be
References: <vote-confirm.c81a5e07d3b94f26@civicvote.example>
Content-Language: it
From: Alessandro Bertolini <a.bertolini@libero.it>
In-Reply-To: <vote-confirm.c81a5e07d3b94f26@civicvote.example>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Buongiorno,

ho confermato il voto per il canile "Zampe Amiche" di Cologno e va 
benissimo così.

Però leggo qui sotto che "le associazioni in gara potranno contattarti" 
all'indirizzo con cui ho votato. Non sono 
d'accordo: non voglio che il mio indirizzo email venga passato al canile 
né a nessun'altra associazione, e non voglio che il mio voto venga usato 
per profilarmi o per mandarmi pubblicità "solidale".

Il voto sì, il resto no. Vi chiedo di non usare la mia email per nessuno 
scopo diverso dal conteggio del voto.

Cordiali saluti,
Alessandro Bertolini


Il 05/10/2026 14:22, Vota il tuo quartiere - Shop Example ha scritto:
> Ciao,
>
> grazie per aver votato! Hai scelto: Canile "Zampe Amiche" - Cologno
> Monzese.
>
> Per rendere valido il tuo voto clicca qui entro 48 ore:
> https://civicvote.example/c/c81a5e07d3b94f26
>
> Le 3 associazioni più votate riceveranno un contributo da Shop Example
> Milano Loreto. Le associazioni in gara potranno contattarti all'indirizzo
> email con cui hai votato per ringraziarti e tenerti aggiornato sui loro
> progetti.
>
> Questo messaggio è stato inviato automaticamente, non rispondere.
> CivicVote per Shop Example
'''),
    ('pt', 'qmail-bounce-privacy-reply-volunteer', 'automated', (),
'''Return-Path: <>
Received: from mail.amigos-do-bairro.example (mail.amigos-do-bairro.example [203.0.113.18])
        by mx1.shop.example.be (Postfix) with ESMTP id 4FBv6m2Kd8z4w3Nq
        for <privacy@shop.example.be>; Wed, 01 Apr 2026 12:22:43 +0200 (CEST)
Received: (qmail 28816 invoked for bounce); 1 Apr 2026 10:22:41 -0000
Date: 1 Apr 2026 10:22:41 -0000
From: MAILER-DAEMON@mail.amigos-do-bairro.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260401102241.28816.qmail@mail.amigos-do-bairro.example>

Hi. This is the qmail-send program at mail.amigos-do-bairro.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<rita.mourao@amigos-do-bairro.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28814 invoked from network); 1 Apr 2026 10:22:41 -0000
Received: from out1.shop.example.be (192.0.2.25)
  by mail.amigos-do-bairro.example with ESMTPS (ECDHE-RSA-AES256-GCM-SHA384 encrypted); 1 Apr 2026 10:22:41 -0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2026; t=1775038959;
	bh=Np2mK7vX0nT5cQ8yW3sL6pG9aJ4hD1oE8uF5iZ0kN7c=;
	h=Date:From:To:Subject:In-Reply-To:References;
	b=Cv7Bn0Mq3We6Rt9Yu2Io5Pa8Sd1Fg4Hj7Kl0Zx3Cv6Bn9Mq2We5Rt8Yu1Io4Pa7Sd0Fg3H
	 j6Kl9Zx2Cv5Bn8Mq1We4Rt7Yu0Io3Pa6Sd9Fg2Hj5Kl8Zx1Cv4Bn7Mq0We3Rt6Yu9Io2Pa
Date: Wed, 1 Apr 2026 12:22:38 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Rita =?utf-8?q?Mour=C3=A3o?= <rita.mourao@amigos-do-bairro.example>
Subject: =?utf-8?q?Re=3A_Pedido_de_remo=C3=A7=C3=A3o_das_minhas_fotografias_=E2=80=93?=
 =?utf-8?q?_Dia_de_Voluntariado?=
Message-ID: <pt-20260401-0071184@helpdesk.shop.example.be>
In-Reply-To: <0f3a1c2e-77b4-4e19-9d20-5c8b6a1e4f07@amigos-do-bairro.example>
References: <0f3a1c2e-77b4-4e19-9d20-5c8b6a1e4f07@amigos-do-bairro.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Cara Rita,

Obrigado pela mensagem. Conforme pediu, retir=C3=A1mos da p=C3=A1gina do Di=
a de Voluntariado no Banco Alimentar (28 de mar=C3=A7o) as duas fotografias=
 em que aparece, e apag=C3=A1mos o seu nome da legenda da fotografia de gru=
po. As fotografias tamb=C3=A9m foram removidas das nossas redes sociais.

Se encontrar alguma outra imagem sua, diga-nos e tratamos do assunto.

Com os melhores cumprimentos,
Equipa de Privacidade
Shop Example
'''),
    ('pt', 'charity-christmas-appeal-mailing', 'automated', (),
'''Return-Path: <bounce-natal26-cHJpdmFjeQ@envio.maossolidarias.example>
Received: from envio.maossolidarias.example (envio.maossolidarias.example [198.51.100.164])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HjF4t0Wb6z4w7Mc
        for <privacy@shop.example.be>; Tue, 01 Dec 2026 11:04:37 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=maossolidarias.example;
	s=envio; t=1796205876;
	bh=Hj6nQ1vX8mT3cK6yR1sL4pG7aJ2hD9oE6uF3iZ8kN5c=;
	h=From:To:Subject:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post:MIME-Version:Content-Type;
	b=Qa2Ws5Ed8Rf1Tg4Yh7Uj0Ik3Ol6Pz9Xs2Cd5Vf8Bg1Nh4Mj7Ku0Il3Op6Az9Sx2Dc5Fv8G
	 b1Hn4Jm7Kl0Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6Nm9Qw2Er5Ty8Ui1Op4As7Df0
From: =?utf-8?q?Associa=C3=A7=C3=A3o_M=C3=A3os_Solid=C3=A1rias?= <noticias@maossolidarias.example>
Reply-To: =?utf-8?q?Associa=C3=A7=C3=A3o_M=C3=A3os_Solid=C3=A1rias?= <geral@maossolidarias.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Faltam_180_cabazes_para_o_Natal_=E2=80=93_pode_ajudar-nos=3F?=
Date: Tue, 01 Dec 2026 10:04:36 +0000
Message-ID: <natal26.cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU@envio.maossolidarias.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="alt-natal26-5d8e2f"
Precedence: bulk
List-Id: =?utf-8?q?Not=C3=ADcias_M=C3=A3os_Solid=C3=A1rias?= <noticias.maossolidarias.example>
List-Unsubscribe: <https://maossolidarias.example/newsletter/sair?e=cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU>,
 <mailto:sair@maossolidarias.example?subject=sair-natal26>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Mailer: EnvioSolidario 4.2
Feedback-ID: natal26:noticias:maossolidarias

--alt-natal26-5d8e2f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Faltam 180 cabazes para o Natal

Caro amigo, cara amiga,

Este ano, 640 fam=C3=ADlias de Set=C3=BAbal e Palmela pediram-nos ajuda par=
a a consoada. Gra=C3=A7as ao arredondamento solid=C3=A1rio nas lojas Shop E=
xample e aos nossos doadores, j=C3=A1 temos 460 cabazes garantidos. Faltam =
180.

Com 25 =E2=82=AC oferece um cabaz completo a uma fam=C3=ADlia.

Doar agora: https://maossolidarias.example/natal2026?utm_source=3Demail&utm=
_campaign=3Dnatal26

Benef=C3=ADcio fiscal: os donativos =C3=A0 Associa=C3=A7=C3=A3o M=C3=A3os S=
olid=C3=A1rias s=C3=A3o dedut=C3=ADveis no IRS. Para que o seu donativo sej=
a comunicado =C3=A0 Autoridade Tribut=C3=A1ria, indique o seu NIF no formul=
=C3=A1rio de doa=C3=A7=C3=A3o.

Obrigado por estar connosco,
Teresa Brand=C3=A3o
Presidente da Dire=C3=A7=C3=A3o
Associa=C3=A7=C3=A3o M=C3=A3os Solid=C3=A1rias =E2=80=93 IPSS

--
Recebe esta mensagem porque deu o seu consentimento para receber not=C3=ADc=
ias da Associa=C3=A7=C3=A3o M=C3=A3os Solid=C3=A1rias.
Deixar de receber: https://maossolidarias.example/newsletter/sair?e=3DcHJpd=
mFjeUBzaG9wLmV4YW1wbGUuYmU
Pol=C3=ADtica de privacidade: https://maossolidarias.example/privacidade
Associa=C3=A7=C3=A3o M=C3=A3os Solid=C3=A1rias, Rua da Esperan=C3=A7a 27, 2=
900-338 Set=C3=BAbal
--alt-natal26-5d8e2f
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+CjxodG1sIGxhbmc9InB0Ij48aGVhZD48bWV0YSBjaGFyc2V0PSJ1dGYt
OCI+PG1ldGEgbmFtZT0idmlld3BvcnQiIGNvbnRlbnQ9IndpZHRoPWRldmljZS13aWR0aCI+PHRp
dGxlPkZhbHRhbSAxODAgY2FiYXplcyBwYXJhIG8gTmF0YWw8L3RpdGxlPjwvaGVhZD4KPGJvZHkg
c3R5bGU9Im1hcmdpbjowO2JhY2tncm91bmQ6I2YxZWZlOTtmb250LWZhbWlseTpBcmlhbCxzYW5z
LXNlcmlmO2NvbG9yOiMyZDJkMmQiPgo8ZGl2IHN0eWxlPSJkaXNwbGF5Om5vbmU7bWF4LWhlaWdo
dDowO292ZXJmbG93OmhpZGRlbiI+Q29tIDI1IOKCrCBvZmVyZWNlIHVtIGNhYmF6IGNvbXBsZXRv
IGEgdW1hIGZhbcOtbGlhLjwvZGl2Pgo8dGFibGUgd2lkdGg9IjEwMCUiIGNlbGxwYWRkaW5nPSIw
IiBjZWxsc3BhY2luZz0iMCI+PHRyPjx0ZCBhbGlnbj0iY2VudGVyIj4KPHRhYmxlIHdpZHRoPSI2
MDAiIGNlbGxwYWRkaW5nPSIyMiIgY2VsbHNwYWNpbmc9IjAiIHN0eWxlPSJiYWNrZ3JvdW5kOiNm
ZmZmZmYiPgo8dHI+PHRkIHN0eWxlPSJiYWNrZ3JvdW5kOiNhMzI2MmE7Y29sb3I6I2ZmZjt0ZXh0
LWFsaWduOmNlbnRlcjtmb250LXNpemU6MjRweCI+PGI+RmFsdGFtIDE4MCBjYWJhemVzIHBhcmEg
byBOYXRhbDwvYj48L3RkPjwvdHI+Cjx0cj48dGQgc3R5bGU9ImZvbnQtc2l6ZToxNXB4O2xpbmUt
aGVpZ2h0OjEuNSI+CjxwPkNhcm8gYW1pZ28sIGNhcmEgYW1pZ2EsPC9wPgo8cD5Fc3RlIGFubywg
NjQwIGZhbcOtbGlhcyBkZSBTZXTDumJhbCBlIFBhbG1lbGEgcGVkaXJhbS1ub3MgYWp1ZGEgcGFy
YSBhIGNvbnNvYWRhLiBHcmHDp2FzIGFvIGFycmVkb25kYW1lbnRvIHNvbGlkw6FyaW8gbmFzIGxv
amFzIFNob3AgRXhhbXBsZSBlIGFvcyBub3Nzb3MgZG9hZG9yZXMsIGrDoSB0ZW1vcyA0NjAgY2Fi
YXplcyBnYXJhbnRpZG9zLiBGYWx0YW0gMTgwLjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxOHB4
O3RleHQtYWxpZ246Y2VudGVyIj48Yj5Db20gMjUg4oKsIG9mZXJlY2UgdW0gY2FiYXogY29tcGxl
dG8gYSB1bWEgZmFtw61saWEuPC9iPjwvcD4KPHAgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyIj48
YSBocmVmPSJodHRwczovL21hb3Nzb2xpZGFyaWFzLmV4YW1wbGUvbmF0YWwyMDI2P3V0bV9zb3Vy
Y2U9ZW1haWwmYW1wO3V0bV9jYW1wYWlnbj1uYXRhbDI2IiBzdHlsZT0iYmFja2dyb3VuZDojYTMy
NjJhO2NvbG9yOiNmZmY7cGFkZGluZzoxNHB4IDI4cHg7dGV4dC1kZWNvcmF0aW9uOm5vbmU7Ym9y
ZGVyLXJhZGl1czo0cHg7Zm9udC13ZWlnaHQ6Ym9sZCI+RG9hciBhZ29yYTwvYT48L3A+CjxwIHN0
eWxlPSJmb250LXNpemU6MTNweCI+QmVuZWbDrWNpbyBmaXNjYWw6IG9zIGRvbmF0aXZvcyDDoCBB
c3NvY2lhw6fDo28gTcOjb3MgU29saWTDoXJpYXMgc8OjbyBkZWR1dMOtdmVpcyBubyBJUlMuIFBh
cmEgcXVlIG8gc2V1IGRvbmF0aXZvIHNlamEgY29tdW5pY2FkbyDDoCBBdXRvcmlkYWRlIFRyaWJ1
dMOhcmlhLCBpbmRpcXVlIG8gc2V1IE5JRiBubyBmb3JtdWzDoXJpbyBkZSBkb2HDp8Ojby48L3A+
CjxwPk9icmlnYWRvIHBvciBlc3RhciBjb25ub3Njbyw8YnI+VGVyZXNhIEJyYW5kw6NvPGJyPlBy
ZXNpZGVudGUgZGEgRGlyZcOnw6NvPGJyPkFzc29jaWHDp8OjbyBNw6NvcyBTb2xpZMOhcmlhcyDi
gJMgSVBTUzwvcD4KPC90ZD48L3RyPgo8dHI+PHRkIHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xv
cjojODg4O3RleHQtYWxpZ246Y2VudGVyIj5SZWNlYmUgZXN0YSBtZW5zYWdlbSBwb3JxdWUgZGV1
IG8gc2V1IGNvbnNlbnRpbWVudG8gcGFyYSByZWNlYmVyIG5vdMOtY2lhcyBkYSBBc3NvY2lhw6fD
o28gTcOjb3MgU29saWTDoXJpYXMuPGJyPgo8YSBocmVmPSJodHRwczovL21hb3Nzb2xpZGFyaWFz
LmV4YW1wbGUvbmV3c2xldHRlci9zYWlyP2U9Y0hKcGRtRmplVUJ6YUc5d0xtVjRZVzF3YkdVdVlt
VSI+RGVpeGFyIGRlIHJlY2ViZXI8L2E+IMK3IDxhIGhyZWY9Imh0dHBzOi8vbWFvc3NvbGlkYXJp
YXMuZXhhbXBsZS9wcml2YWNpZGFkZSI+UG9sw610aWNhIGRlIHByaXZhY2lkYWRlPC9hPjxicj4K
QXNzb2NpYcOnw6NvIE3Do29zIFNvbGlkw6FyaWFzLCBSdWEgZGEgRXNwZXJhbsOnYSAyNywgMjkw
MC0zMzggU2V0w7piYWw8L3RkPjwvdHI+CjwvdGFibGU+PC90ZD48L3RyPjwvdGFibGU+CjxpbWcg
c3JjPSJodHRwczovL2VudmlvLm1hb3Nzb2xpZGFyaWFzLmV4YW1wbGUvby9uYXRhbDI2L2NISnBk
bUZqZVVCemFHOXdMbVY0WVcxd2JHVXVZbVUuZ2lmIiB3aWR0aD0iMSIgaGVpZ2h0PSIxIiBhbHQ9
IiI+CjwvYm9keT48L2h0bWw+Cg==
--alt-natal26-5d8e2f--
'''),
    ('pt', 'volunteer-day-signup-photo-consent', 'automated', (),
'''Return-Path: <nao-responder@turnocerto.example>
Received: from mta1.turnocerto.example (mta1.turnocerto.example [203.0.113.230])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4F3p8Xk1Rz9z4w2Tb
        for <privacy@shop.example.be>; Thu, 12 Mar 2026 16:41:29 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=turnocerto.example;
	s=tc1; t=1773330088;
	bh=Wq9nQ4vX7mT2cK5yR0sL3pG6aJ1hD8oE5uF2iZ7kN4c=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=Ed4Rf7Tg0Yh3Uj6Ik9Ol2Pz5Xs8Cd1Vf4Bg7Nh0Mj3Ku6Il9Op2Az5Sx8Dc1Fv4Gb7Hn0J
	 m3Kl6Qw9Er2Ty5Ui8Op1As4Df7Gh0Jk3Lz6Xc9Vb2Nm5Qw8Er1Ty4Ui7Op0As3Df6Gh9Jk
From: TurnoCerto <nao-responder@turnocerto.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Inscri=C3=A7=C3=A3o_confirmada=3A_Dia_de_Voluntariado_no_Banco_?=
 =?utf-8?q?Alimentar_=E2=80=93_28_de_mar=C3=A7o?=
Date: Thu, 12 Mar 2026 15:41:28 +0000
Message-ID: <insc.SE-BA-2803.000219@turnocerto.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Ol=C3=A1, Equipa de Privacidade,

A sua inscri=C3=A7=C3=A3o est=C3=A1 confirmada.

Evento: Dia de Voluntariado Shop Example no Banco Alimentar
Data: s=C3=A1bado, 28 de mar=C3=A7o de 2026, das 9h00 =C3=A0s 13h00
Local: Armaz=C3=A9m do Banco Alimentar de Lisboa, Avenida Infante Dom Henri=
que 301
Ponto de encontro: port=C3=A3o 2, =C3=A0s 8h45

Fotografias
Durante o evento ser=C3=A3o tiradas fotografias para a p=C3=A1gina e as red=
es sociais da Shop Example e do Banco Alimentar. Na inscri=C3=A7=C3=A3o ind=
icou que N=C3=83O autoriza a publica=C3=A7=C3=A3o de fotografias em que apa=
re=C3=A7a. No dia receber=C3=A1 uma pulseira vermelha para que os fot=C3=B3=
grafos o/a possam identificar. Pode alterar este consentimento a qualquer m=
omento em =C2=ABO meu perfil=C2=BB.

Dados pessoais
O seu nome, n=C3=BAmero de telem=C3=B3vel e tamanho de t-shirt s=C3=A3o par=
tilhados com o coordenador do Banco Alimentar apenas para a organiza=C3=A7=
=C3=A3o deste evento e apagados 30 dias depois. A TurnoCerto trata estes da=
dos por conta da Shop Example BV. Mais informa=C3=A7=C3=B5es: https://turno=
certo.example/privacidade

Cancelar a inscri=C3=A7=C3=A3o: https://turnocerto.example/e/SE-BA-2803/can=
celar

At=C3=A9 s=C3=A1bado!
TurnoCerto =E2=80=93 gest=C3=A3o de volunt=C3=A1rios

Esta mensagem foi enviada automaticamente. Por favor n=C3=A3o responda.
'''),
    ('pt', 'person-corrects-nif-on-donation-receipt', 'correction', (),
'''Return-Path: <joana.sequeira@sapo.pt>
Received: from relay5.ptmail.sapo.pt (relay5.ptmail.sapo.pt [212.55.154.25])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4DmR2c7Lv0z4w5Qh
        for <privacy@shop.example.be>; Mon, 23 Feb 2026 15:37:12 +0100 (CET)
Received: from PORTATILJOANA (unknown [188.81.47.203])
	(Authenticated sender: joana.sequeira@sapo.pt)
	by relay5.ptmail.sapo.pt (Postfix) with ESMTPSA id 8E12B1A0F3
	for <privacy@shop.example.be>; Mon, 23 Feb 2026 14:37:10 +0000 (WET)
From: "Joana Sequeira" <joana.sequeira@sapo.pt>
To: <privacy@shop.example.be>
References: <recibo.2026-0457@notify.shop.example.be>
In-Reply-To: <recibo.2026-0457@notify.shop.example.be>
Subject: =?utf-8?Q?RE:_O_seu_recibo_de_donativo_n.=C2=BA_2026/0457?=
Date: Mon, 23 Feb 2026 14:37:06 -0000
Message-ID: <001101dca4c8$3b9e2f40$b2da8dc0$@sapo.pt>
MIME-Version: 1.0
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQIb7kXr9mT2pW5cY8vN1qL4sB0hQA==
Content-Language: pt-pt

Boa tarde,

O NIF que aparece neste recibo est=C3=A1 errado: 245 318 096 n=C3=A3o =C3=
=A9 o meu. O meu NIF =C3=A9 245 381 096 (trocaram dois algarismos). O apeli=
do tamb=C3=A9m est=C3=A1 mal escrito: =C3=A9 Sequeira, n=C3=A3o Siqueira.

Pe=C3=A7o que corrijam os meus dados nos vossos registos e no Banco Aliment=
ar e que me enviem o recibo com o NIF certo, sen=C3=A3o o donativo n=C3=A3o=
 aparece no e-fatura e n=C3=A3o o consigo deduzir no IRS.

Obrigada,
Joana Sequeira

De: Arredondamento Solid=C3=A1rio Shop Example <recibos@shop.example.be>
Enviada: sexta-feira, 20 de fevereiro de 2026 11:03
Para: joana.sequeira@sapo.pt
Assunto: O seu recibo de donativo n.=C2=BA 2026/0457

Ol=C3=A1, Joana Siqueira,

Em nome do Banco Alimentar Contra a Fome de Lisboa, enviamos o recibo dos d=
onativos que fez em 2025 atrav=C3=A9s do arredondamento solid=C3=A1rio nas =
lojas Shop Example.

Recibo n.=C2=BA: 2026/0457
Nome: Joana Siqueira
NIF: 245 318 096
Total de donativos em 2025: 37,40 =E2=82=AC

O recibo foi comunicado =C3=A0 Autoridade Tribut=C3=A1ria e aparecer=C3=A1 =
no e-fatura.

Este =C3=A9 um e-mail autom=C3=A1tico. Por favor n=C3=A3o responda.
Shop Example =E2=80=93 Arredondamento Solid=C3=A1rio
'''),
]

"""Set sixtysixth, robot mail of trade-in, buy-back, data-erasure, second-hand register, refurbishment, marketplace and rental systems, plus people who look automatic (en nl fr de es it pt). Written apart from the code."""

ROBOTS = [
    ('en', 'tradein-platform-device-received', 'automated', (),
'''Return-Path: <bounce+7c1a2e.4f9d10-privacy=shop.example.be@mg.tradeloop.example.com>
Received: from m42-117.mg.tradeloop.example.com (m42-117.mg.tradeloop.example.com [198.51.100.117])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QZb1K2xYzz9vK
        for <privacy@shop.example.be>; Tue, 13 Oct 2026 11:14:55 +0200 (CEST)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=tradeloop.example.com;
 q=dns/txt; s=mg; t=1791803692; h=Message-Id: Date: Subject: To: From:
 Mime-Version: Content-Type: Sender; bh=Yq0wN6cQf8x3k1Zr2mJt7pUvB4sLh9aEo5dGi0nXcWk=;
 b=kR3vT8bQeZ1mN6yPa0wLc4Hs9JdUf2XgVi7Ko5Bt3Ep8Nr1Wq6Ay0Fz4Cm9Gh2Dj7Ls5Mx8Pu3Rv
 1Tk6Yw0Qb4Sn9Hc2Ve7Xa5Jf3Ug8Lo1Zi6Km4Pd0Br9Ct2Ex7Fy5Gw3Hq8Is1Jv6Mt4Nu0Os9Pr2
Sender: notifications@tradeloop.example.com
X-Mailgun-Sid: WyI4ZDFkMiIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICI3YzFhMmUiXQ==
Mime-Version: 1.0
From: Tradeloop Partner Notifications <notifications@tradeloop.example.com>
To: privacy@shop.example.be
Subject: Device received - Trade-in TL-2026-884120 (Apple iPhone 12, 128 GB)
Date: Tue, 13 Oct 2026 09:14:52 +0000
Message-Id: <20261013091452.1a2b3c4d5e6f7081@mg.tradeloop.example.com>
Auto-Submitted: auto-generated
Content-Type: multipart/alternative; boundary="b7e0d5c3a1f94c62a8e1d0f9c3b2a417"

--b7e0d5c3a1f94c62a8e1d0f9c3b2a417
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Tradeloop - Partner status update

Store partner: Shop Example BV (partner ID SEBV-0031)
Trade-in reference: TL-2026-884120
Store reference: SE-BB-ANT-0419-2026
Device: Apple iPhone 12, 128 GB, black
IMEI: 35 678910 447123 8 (as entered in the valuation tool)
Serial number: F2LZK9XWN72Q

Status: DEVICE RECEIVED at our processing centre in Ghent on 13/10/2026 08:=
51.

What happens next
1. Inspection and grading (within 2 working days). If the condition differs
   from the customer's declaration, the valuation will be adjusted and the
   customer will be asked to accept or decline.
2. Data erasure: the device will be erased with a certified overwrite
   (NIST SP 800-88 Purge). The erasure certificate for this IMEI will be se=
nt
   to this address as soon as the job is completed.
3. Voucher release: the store voucher of EUR 210.00 will be released to the
   customer after inspection.

Personal data note: the customer's name, e-mail address and a copy of the
identity document taken at the store counter are held by Shop Example BV as
controller. Tradeloop only processes the device identifiers (IMEI, serial
number) and the condition report.

You receive this e-mail because this address is registered as the data
protection contact for trade-ins in your partner account. To change your
notification settings, go to Partner portal > Settings > Notifications.

This is an automated message. Replies to this address are not monitored.
Tradeloop Europe BV - Kortrijksesteenweg 1090, 9051 Ghent - BE 0789.456.123
--b7e0d5c3a1f94c62a8e1d0f9c3b2a417
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta charset=3D"utf-8"><title>Device received</title></head>
<body style=3D"font-family:Arial,Helvetica,sans-serif;color:#1d2b36;backgro=
und:#f3f5f7;margin:0;padding:24px">
<table role=3D"presentation" width=3D"600" align=3D"center" style=3D"backgr=
ound:#ffffff;border-radius:6px">
<tr><td style=3D"padding:24px">
<p style=3D"font-size:12px;color:#6b7a86">Tradeloop &middot; Partner status=
 update</p>
<h1 style=3D"font-size:20px;margin:8px 0 16px">Device received</h1>
<table style=3D"font-size:14px">
<tr><td>Store partner</td><td><b>Shop Example BV</b> (SEBV-0031)</td></tr>
<tr><td>Trade-in reference</td><td><b>TL-2026-884120</b></td></tr>
<tr><td>Store reference</td><td>SE-BB-ANT-0419-2026</td></tr>
<tr><td>Device</td><td>Apple iPhone 12, 128 GB, black</td></tr>
<tr><td>IMEI</td><td>35 678910 447123 8</td></tr>
<tr><td>Serial number</td><td>F2LZK9XWN72Q</td></tr>
</table>
<p>Received at our processing centre in Ghent on 13/10/2026 08:51.</p>
<ol>
<li>Inspection and grading (within 2 working days).</li>
<li>Data erasure (NIST SP 800-88 Purge). The erasure certificate for this I=
MEI will be sent to this address.</li>
<li>Voucher release: EUR 210.00 after inspection.</li>
</ol>
<p style=3D"font-size:12px;color:#6b7a86">Personal data note: the customer'=
s name, e-mail address and identity document copy are held by Shop Example =
BV as controller. Tradeloop only processes the device identifiers and the c=
ondition report.</p>
<p style=3D"font-size:12px;color:#6b7a86">This is an automated message. Rep=
lies to this address are not monitored.</p>
</td></tr></table>
</body></html>
--b7e0d5c3a1f94c62a8e1d0f9c3b2a417--
'''),
    ('en', 'erasure-tool-certificate-imei', 'automated', (),
'''Return-Path: <reports-noreply@wipeproof.example.net>
Received: from relay2.wipeproof.example.net (relay2.wipeproof.example.net [203.0.113.42])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QZk7R0mTbz3nQ
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 16:40:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=wipeproof.example.net;
        s=rep2026; t=1792593605; bh=3xQf9kJm0V2cL7tRb5nYw8aZ1sE4uH6gDo0pKi9WjMs=;
        h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
        b=Pz6Lw1Nd8Qa3Rt0Ys5Ue9Jb2Mc7Vf4Xh1Kg6Zi3Oj8Wl0Tn5Eq2Gp9Ar4Is7Bu1Cv6Dw3Ex8Fy
         0Gz5Ha2Ib7Jc4Kd9Le1Mf6Ng3Oh8Pi0Qj5Rk2Sl7Tm4Un9Vo1Wp6Xq3Yr8Zs0At5Bu2Cv7Dw=
From: WipeProof Enterprise <reports-noreply@wipeproof.example.net>
To: privacy@shop.example.be, buyback-ops@shop.example.be
Subject: Erasure certificate for IMEI 356789104471238 - Job WP-77310-0042 - PASSED
Date: Wed, 21 Oct 2026 14:40:05 +0000
Message-ID: <wp.cert.77310-0042.1792593605@wipeproof.example.net>
MIME-Version: 1.0
X-Mailer: WipeProof Reporting Service 5.4.2
Auto-Submitted: auto-generated
Content-Type: multipart/mixed; boundary="----=_WPR_Part_20261021_144005_0042"

This is a multi-part message in MIME format.

------=_WPR_Part_20261021_144005_0042
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

WIPEPROOF ENTERPRISE - CERTIFICATE OF DATA ERASURE

Customer account : Shop Example BV / Tradeloop processing centre Ghent
Job ID           : WP-77310-0042
Report ID        : 6f1c2d9e-0b7a-4e55-9d31-2a8c4f7e1b60
Asset tag        : TL-2026-884120

Device           : Apple iPhone 12 (A2403)
IMEI             : 356789104471238
Serial number    : F2LZK9XWN72Q
Capacity         : 128 GB
Activation lock  : OFF (verified before erasure)

Erasure standard : NIST SP 800-88 Rev.1 Purge (cryptographic erase)
Started          : 2026-10-21 14:31:12 UTC
Finished         : 2026-10-21 14:38:57 UTC
Verification     : 100% sampled, no user data recovered
Result           : PASSED

Operator         : station GNT-07 / operator ID 1184
Digital signature: SHA-256 7d4b...e21f (full value in the attached XML)

The attached XML report is tamper-evident and can be verified at
https://verify.wipeproof.example.net/ with the report ID above.

This certificate was generated automatically. Do not reply to this message;
this mailbox is not read. For questions about this report contact your
WipeProof administrator.

------=_WPR_Part_20261021_144005_0042
Content-Type: application/xml; name="WP-77310-0042_356789104471238.xml"
Content-Disposition: attachment; filename="WP-77310-0042_356789104471238.xml"
Content-Transfer-Encoding: base64

PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPGVyYXN1cmVSZXBvcnQgeG1s
bnM9InVybjp3aXBlcHJvb2Y6cmVwb3J0OjUiIGlkPSI2ZjFjMmQ5ZS0wYjdhLTRlNTUtOWQzMS0y
YThjNGY3ZTFiNjAiPgogIDxqb2IgaWQ9IldQLTc3MzEwLTAwNDIiIGFzc2V0VGFnPSJUTC0yMDI2
LTg4NDEyMCIgc3RhdGlvbj0iR05ULTA3IiBvcGVyYXRvcj0iMTE4NCIvPgogIDxkZXZpY2UgdmVu
ZG9yPSJBcHBsZSIgbW9kZWw9ImlQaG9uZSAxMiIgbW9kZWxOdW1iZXI9IkEyNDAzIiBpbWVpPSIz
NTY3ODkxMDQ0NzEyMzgiIHNlcmlhbD0iRjJMWks5WFdONzJRIiBjYXBhY2l0eUdCPSIxMjgiLz4K
ICA8cHJlQ2hlY2tzIGFjdGl2YXRpb25Mb2NrPSJPRkYiIHNpbVByZXNlbnQ9ImZhbHNlIiBzZENh
cmRQcmVzZW50PSJmYWxzZSIvPgogIDxlcmFzdXJlIHN0YW5kYXJkPSJOSVNUIFNQIDgwMC04OCBS
ZXYuMSIgbWV0aG9kPSJQdXJnZS9DcnlwdG9FcmFzZSIgc3RhcnQ9IjIwMjYtMTAtMjFUMTQ6MzE6
MTJaIiBlbmQ9IjIwMjYtMTAtMjFUMTQ6Mzg6NTdaIi8+CiAgPHZlcmlmaWNhdGlvbiBtZXRob2Q9
InNhbXBsZSIgY292ZXJhZ2U9IjEwMCIgdXNlckRhdGFGb3VuZD0iZmFsc2UiLz4KICA8cmVzdWx0
PlBBU1NFRDwvcmVzdWx0PgogIDxzaWduYXR1cmUgYWxnPSJTSEEtMjU2Ij43ZDRiMGM5YTJmNjFl
MzhiNWQ3YTRjMWYwOWU2YjJkODNhNWY3YzFlNGI5ZDAyYTZmOGMzZTViMWQ3YTllMjFmPC9zaWdu
YXR1cmU+CjwvZXJhc3VyZVJlcG9ydD4K
------=_WPR_Part_20261021_144005_0042--
'''),
    ('en', 'postfix-bounce-mistyped-customer-domain', 'automated', (),
'''Return-Path: <>
Received: from mx-out2.shop.example.be (mx-out2.shop.example.be [192.0.2.25])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QZh2F6pWrz1kL
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 11:02:17 +0200 (CEST)
Received: by mx-out2.shop.example.be (Postfix)
        id 8C2E41A0B3F; Tue, 20 Oct 2026 11:02:16 +0200 (CEST)
Date: Tue, 20 Oct 2026 11:02:16 +0200 (CEST)
From: MAILER-DAEMON@mx-out2.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="3F1A2C0B7E.1792486936/mx-out2.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261020090216.8C2E41A0B3F@mx-out2.shop.example.be>

This is a MIME-encapsulated message.

--3F1A2C0B7E.1792486936/mx-out2.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx-out2.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.whitfield@gmial.con>: Host or domain name not found. Name service error
    for name=gmial.con type=A: Host not found

--3F1A2C0B7E.1792486936/mx-out2.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out2.shop.example.be
X-Postfix-Queue-ID: 3F1A2C0B7E
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 20 Oct 2026 11:02:14 +0200 (CEST)

Final-Recipient: rfc822; j.whitfield@gmial.con
Original-Recipient: rfc822;j.whitfield@gmial.con
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=gmial.con type=A: Host not found

--3F1A2C0B7E.1792486936/mx-out2.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from privacy-bot.internal.shop.example.be (privacy-bot.internal.shop.example.be [10.20.4.17])
        by mx-out2.shop.example.be (Postfix) with ESMTPS id 3F1A2C0B7E
        for <j.whitfield@gmial.con>; Tue, 20 Oct 2026 11:02:14 +0200 (CEST)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: James Whitfield <j.whitfield@gmial.con>
Subject: Your trade-in TL-2026-884120: erasure certificate of your old iPhone
Date: Tue, 20 Oct 2026 11:02:13 +0200
Message-ID: <privacy.20261020090213.55127@shop.example.be>
In-Reply-To: <CAF3qLm0x9Yt7Hk2Dz4pR8sW1vN5bJ6cE0aQ@mail.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

--3F1A2C0B7E.1792486936/mx-out2.shop.example.be--
'''),
    ('en', 'exchange-ooo-buyback-partner', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [192.0.2.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QZm3C1vHkz7tB
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 08:47:31 +0200 (CEST)
Received: from DB9PR03MB7412.eurprd03.prod.outlook.com (2603:10a6:10:2c1::14) by
 AS8PR03MB6930.eurprd03.prod.outlook.com (2603:10a6:20b:29c::9) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8231.12; Thu, 22 Oct
 2026 06:47:29 +0000
From: Daniel Okafor <daniel.okafor@recircle-buyback.example.com>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Trade-in TL-2026-884120 - who received the device after erasure?
Thread-Topic: Trade-in TL-2026-884120 - who received the device after erasure?
Thread-Index: AQHbQ2v7xk1mTzY0Rk2lQ8o3W1bM4gAAAAAx
Date: Thu, 22 Oct 2026 06:47:28 +0000
Message-ID: <DB9PR03MB74129C3F1E0A6B2D4C5E8F91D2A07@DB9PR03MB7412.eurprd03.prod.outlook.com>
In-Reply-To: <privacy.20261022064655.55204@shop.example.be>
References: <privacy.20261022064655.55204@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: daniel.okafor@recircle-buyback.example.com
X-MS-Exchange-Organization-AuthAs: Internal
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="_000_DB9PR03MB74129C3F1E0A6B2D4C5E8F91D2A07DB9PR03MB7412eurp_"

--_000_DB9PR03MB74129C3F1E0A6B2D4C5E8F91D2A07DB9PR03MB7412eurp_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Thank you for your email. I am out of the office until Monday 2 November 202=
6 with limited access to email.

For trade-in and buy-back questions (valuations, vouchers, device status) pl=
ease contact buyback-support@recircle-buyback.example.com or call +32 3 555 0=
1 42.
For erasure certificates and data protection questions please write to dpo@r=
ecircle-buyback.example.com.

Kind regards,
Daniel Okafor
Partner Account Manager - ReCircle Buyback NV

--_000_DB9PR03MB74129C3F1E0A6B2D4C5E8F91D2A07DB9PR03MB7412eurp_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
1">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size=
: 12pt; color: rgb(0, 0, 0);">
Thank you for your email. I am out of the office until Monday 2 November 202=
6 with limited access to email.<br>
<br>
For trade-in and buy-back questions (valuations, vouchers, device status) pl=
ease contact buyback-support@recircle-buyback.example.com or call +32 3 555 0=
1 42.<br>
For erasure certificates and data protection questions please write to dpo@r=
ecircle-buyback.example.com.<br>
<br>
Kind regards,<br>
Daniel Okafor<br>
Partner Account Manager - ReCircle Buyback NV</div>
</body>
</html>

--_000_DB9PR03MB74129C3F1E0A6B2D4C5E8F91D2A07DB9PR03MB7412eurp_--
'''),
    ('en', 'person-access-above-quoted-valuation', 'access', (),
'''Return-Path: <gareth.pryce@mailbox.example.org>
Received: from smtp.mailbox.example.org (smtp.mailbox.example.org [198.51.100.64])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QZq8N5cLdz2wR
        for <privacy@shop.example.be>; Mon, 09 Nov 2026 21:18:40 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mailbox.example.org;
        s=mb1; t=1794255518; bh=Jk2sW9dLq4vT0aRz7mNc1bXy5hUe8pFo3gCi6tKj0Ql=;
        h=Date:From:To:Subject:In-Reply-To:References;
        b=Hq3Wr8Ts1Yu6Io0Pa5Sd9Fg2Hj7Kl4Zx1Cv6Bn3Mq8Wa0Es5Rd2Tf9Yg4Uh7Ij1Ok6Pl3Zx8Cv
Message-ID: <5b1e0c47-2d9a-4f6b-9a3e-71c8d0f2e6a1@mailbox.example.org>
Date: Mon, 9 Nov 2026 20:18:37 +0000
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: en-GB
From: Gareth Pryce <gareth.pryce@mailbox.example.org>
To: privacy@shop.example.be
Subject: Re: Your trade-in valuation: EUR 145.00 (Dell Latitude 7420) - ref.
 TI-ANT-2026-07731
In-Reply-To: <noreply.tradein.20261005101203.7731@shop.example.be>
References: <noreply.tradein.20261005101203.7731@shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

Hello,

I'm replying to the automatic mail below because I couldn't find any
other address for this. I traded in my old Dell laptop at your Antwerp
store in October. Before I bring in my phone as well, I would like to
know what personal data you hold about me from that trade-in: the
copy of my ID card the counter staff scanned, the serial number, my
address, anything that came off the laptop itself, and who you passed
the laptop or my details on to (a refurbisher? a buyer on your
second-hand site? the police register?).

Please send me a copy of that information. My customer number is on
the quoted mail.

Thanks,
Gareth Pryce

On 05/10/2026 10:12, Shop Example Trade-in wrote:
> Shop Example - Trade-in
>
> *** This is an automatically generated e-mail. Please do not reply. ***
>
> Dear customer (customer no. 40-8812-3375),
>
> Thank you for trading in your device at Shop Example Antwerpen-Meir.
>
> Reference:      TI-ANT-2026-07731
> Device:         Dell Latitude 7420, Intel i5, 256 GB SSD
> Serial number:  7HQ2KX3
> Condition:      Grade B (light scratches on lid)
> Valuation:      EUR 145.00 (store voucher)
>
> Your voucher will be available in your account within 5 working days
> after inspection. The device will be erased by our certified partner
> before resale.
>
> Kind regards,
> Shop Example Trade-in Service
> Shop Example BV - Meir 1200, 2000 Antwerpen
>
> You receive this message because you used our trade-in service.
> Privacy policy: https://www.shop.example.be/privacy
'''),
    ('nl', 'marketplace-listing-hidden-personal-data', 'automated', (),
'''Return-Path: <bounces+noreply=markethive.example.com@em2841.markethive.example.com>
Received: from o3.em2841.markethive.example.com (o3.em2841.markethive.example.com [198.51.100.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QYw6H3nFsz5pD
        for <privacy@shop.example.be>; Thu, 24 Sep 2026 07:30:12 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=markethive.example.com;
        h=content-type:from:mime-version:subject:list-unsubscribe:to:cc:
        content-type:from:subject:to; s=s1; bh=Ld8Qm2Zx5Vc0Nb7Kj4Hg1Fd9Sa6Pw3Oe0Iu8Yt5Rq2=;
        b=Tn4Kd0Wq7Lx2Mc9Vb5Nz1Hs8Jf3Gp6Ra0Ye4Uk7Io2Ql9Wx5Ct1Bv8Nm3As6Dg0Fh7Jk4Lp1Zq
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Tweedekans Marketplace <noreply@markethive.example.com>
Mime-Version: 1.0
Subject: =?utf-8?q?Advertentie_=2358213_automatisch_verborgen=3A_mo?=
 =?utf-8?q?gelijke_persoonsgegevens_in_de_beschrijving?=
To: privacy@shop.example.be
Cc: moderatie-tweedekans@shop.example.be
Date: Thu, 24 Sep 2026 05:30:09 +0000
Message-ID: <mh.mod.58213.1790055009.7f2c@markethive.example.com>
List-Unsubscribe: <mailto:unsubscribe-mod@markethive.example.com?subject=unsub-moderation-sebv>,
 <https://admin.markethive.example.com/notifications/unsubscribe?t=e4Qm91Zx>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Entity-ID: 3kq7Yf0uRb2mWn9Lc1Ep4A==
Auto-Submitted: auto-generated

Tweedekans by Shop Example - moderatiemelding

Beste beheerder,

Onze automatische controle heeft advertentie #58213 verborgen omdat de
beschrijving waarschijnlijk persoonsgegevens bevat.

Advertentie:     #58213 - "iPhone 11 Pro 256 GB, tweedehands, met doos"
Verkoper:        gebruiker 77104 (weergavenaam: Koen D. - Mechelen)
Geplaatst op:    23/09/2026 22:47
Regel getroffen: PII-03 (telefoonnummer / adres in vrije tekst)
                 PII-07 (foto toont scherm met naam en berichten)

Gevonden fragmenten (gemaskeerd):
  - "bel mij op 04** ** ** 18 of kom langs in de ****straat 1*"
  - foto 2 van 5: vergrendelscherm met meldingen van een berichtenapp

Wat gebeurt er nu?
  - De advertentie blijft verborgen tot een moderator ze beoordeelt.
  - De verkoper kreeg een melding om de beschrijving en foto's aan te passe=
n.
  - Berichten tussen koper en verkoper over deze advertentie blijven bewaard
    volgens uw bewaartermijn (instelling: 12 maanden).

Beoordelen: https://admin.markethive.example.com/moderation/58213

U ontvangt deze e-mail omdat dit adres is ingesteld als contact voor
privacy- en moderatiemeldingen van uw marktplaats. Meldingen uitzetten kan
via Instellingen > Meldingen.

Dit bericht is automatisch verzonden. Antwoorden op dit adres worden niet
gelezen.
Markethive BV - Sint-Pietersnieuwstraat 41, 9000 Gent
'''),
    ('nl', 'police-register-daily-upload-ack', 'automated', (),
'''Return-Path: <noreply@opkoopregister.example.be>
Received: from smtp-out.opkoopregister.example.be (smtp-out.opkoopregister.example.be [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qb2Lm7kTwz4xS
        for <privacy@shop.example.be>; Tue, 17 Nov 2026 02:15:44 +0100 (CET)
Received: from app03.opkoopregister.local (app03.opkoopregister.local [10.8.1.23])
        by smtp-out.opkoopregister.example.be (Postfix) with ESMTP id 8A31F2C0D4
        for <privacy@shop.example.be>; Tue, 17 Nov 2026 02:15:43 +0100 (CET)
MIME-Version: 1.0
From: e-Opkoopregister <noreply@opkoopregister.example.be>
To: registerbeheer@shop.example.be
Cc: privacy@shop.example.be
Subject: =?utf-8?q?Ontvangstbevestiging_dagelijkse_upload_=E2=80=93_handelaar_0745?=
 =?utf-8?q?=2E118=2E302_=E2=80=93_16/11/2026?=
Date: Tue, 17 Nov 2026 02:15:43 +0100
Message-ID: <ack-20261116-0745118302-01@opkoopregister.example.be>
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: eOR Notificatiedienst 3.2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

T250dmFuZ3N0YmV2ZXN0aWdpbmcgLSBlLU9wa29vcHJlZ2lzdGVyCgpIYW5kZWxhYXI6ICAgICAg
ICAgICAgU2hvcCBFeGFtcGxlIEJWCk9uZGVybmVtaW5nc251bW1lcjogICAwNzQ1LjExOC4zMDIK
VmVzdGlnaW5nKGVuKTogICAgICAgIEFudHdlcnBlbi1NZWlyLCBHZW50LVp1aWQsIE1lY2hlbGVu
LCBMZXV2ZW4KUmVnaXN0ZXJkYXR1bTogICAgICAgIDE2LzExLzIwMjYKT250dmFuZ2VuIG9tOiAg
ICAgICAgIDE3LzExLzIwMjYgMDI6MTQ6NTgKQmVzdGFuZDogICAgICAgICAgICAgIFNFQlZfT1BL
T09QXzIwMjYxMTE2LnhtbCAoMTQ4IEtCKQpCZXdpanNudW1tZXI6ICAgICAgICAgRU9SLTIwMjYt
MTEtMTYtMDc0NTExODMwMi0wMQoKUmVzdWx0YWF0IHZhbiBkZSB2ZXJ3ZXJraW5nCiAgT250dmFu
Z2VuIHJlZ2lzdHJhdGllczogICAgICAgICAgMzcKICBBYW52YWFyZDogICAgICAgICAgICAgICAg
ICAgICAgICAzNQogIEdld2VpZ2VyZDogICAgICAgICAgICAgICAgICAgICAgICAyCgpHZXdlaWdl
cmRlIHJlZ2lzdHJhdGllcwogIFJlZ2VsIDEyICAtIG9wa29vcCBBTi0yMDI2LTExLTE2LTAwMzE6
IG51bW1lciBpZGVudGl0ZWl0c2RvY3VtZW50IG9udGJyZWVrdAogIFJlZ2VsIDI5ICAtIG9wa29v
cCBHRS0yMDI2LTExLTE2LTAxMDg6IElNRUkgb25nZWxkaWcgKGNvbnRyb2xlY2lqZmVyKQoKQ29y
cmlnZWVyIGRlIGdld2VpZ2VyZGUgcmVnaXN0cmF0aWVzIGJpbm5lbiAyNCB1dXIgdmlhIGVlbiBu
aWV1d2UgdXBsb2FkIG9mCnZpYSBoZXQgd2ViZm9ybXVsaWVyLiBSZWdpc3RyYXRpZXMgbWV0IGVl
biBpZGVudGl0ZWl0c2RvY3VtZW50IGVuIGRlCmdlZ2V2ZW5zIHZhbiBoZXQgb3BnZWtvY2h0ZSBn
b2VkIG1vZXRlbiBkb29yIGRlIGhhbmRlbGFhciBiZXdhYXJkIHdvcmRlbgpnZWR1cmVuZGUgZGUg
d2V0dGVsaWprZSBiZXdhYXJ0ZXJtaWpuIGVuIHRlciBiZXNjaGlra2luZyBnZWhvdWRlbiB3b3Jk
ZW4gdmFuCmRlIHBvbGl0aWVkaWVuc3Rlbi4KCkRpdCBpcyBlZW4gYXV0b21hdGlzY2ggYmVyaWNo
dCB2YW4gaGV0IGUtT3Brb29wcmVnaXN0ZXIuIEJlYW50d29vcmQgZGl0CmJlcmljaHQgbmlldC4g
Vm9vciB2cmFnZW46IGhlbHBkZXNrIHZpYSBoZXQgcG9ydGFhbCAocnVicmllayBDb250YWN0KS4K
'''),
    ('nl', 'sieve-vacation-buyback-counter', 'automated', (),
'''Return-Path: <>
Received: from mail.shop.example.be (localhost [127.0.0.1])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Qb5Wd1qNcz6mH
        for <privacy@shop.example.be>; Thu, 19 Nov 2026 10:03:51 +0100 (CET)
Message-ID: <dovecot-sieve-1795165431-409312-0@mail.shop.example.be>
Date: Thu, 19 Nov 2026 10:03:51 +0100
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
From: An Peeters <an.peeters@shop.example.be>
To: <privacy@shop.example.be>
Subject: Afwezig: Re: Kopie identiteitskaart opkoop AN-2026-11-16-0031
In-Reply-To: <privacy.20261119090348.56011@shop.example.be>
References: <privacy.20261119090348.56011@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Goedemorgen,

Ik ben afwezig van 18 tot en met 27 november en lees mijn mails niet.

Voor vragen over opkoop, inruil en waardebonnen in de winkel Antwerpen-Meir
kan je terecht bij de balie (inruil-antwerpen@shop.example.be, 03 555 12 40).
Voor het opkoopregister en correcties van registraties: registerbeheer@shop.example.be.

Je bericht wordt niet automatisch doorgestuurd.

Met vriendelijke groeten,
An Peeters
Teamverantwoordelijke inruil & opkoop – Shop Example Antwerpen-Meir
'''),
    ('nl', 'person-correction-forwards-erasure-certificate', 'correction', (),
'''Return-Path: <ilse.verbeke@telemail.example.be>
Received: from smtp.telemail.example.be (smtp.telemail.example.be [198.51.100.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qb7Tj9sXmz3rF
        for <privacy@shop.example.be>; Sat, 21 Nov 2026 14:26:07 +0100 (CET)
From: Ilse Verbeke <ilse.verbeke@telemail.example.be>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))
Subject: =?utf-8?q?Fwd=3A_Certificaat_van_gegevenswissing_=E2=80=93?=
 =?utf-8?q?_IMEI_353021117894410_=E2=80=93_opdracht_WP-8012?=
 =?utf-8?q?2-0007?=
Date: Sat, 21 Nov 2026 14:26:01 +0100
References: <wp.cert.80122-0007.1795087312@wipeproof.example.net>
To: privacy@shop.example.be
Message-Id: <8E2B4F1A-77C3-4D09-9B6E-3A1F5C0D2E84@telemail.example.be>
X-Mailer: Apple Mail (2.3826.300.87.4.3)

Op dit certificaat staat mijn naam verkeerd (Verbeek i.p.v. Verbeke) en het IMEI eindigt bij mij op 4419, niet 4410 – kunnen jullie dat in jullie gegevens van mijn inruil rechtzetten? Ilse Verbeke

Begin doorgestuurd bericht:

> Van: WipeProof Enterprise <reports-noreply@wipeproof.example.net>
> Onderwerp: Certificaat van gegevenswissing – IMEI 353021117894410 – opdracht WP-80122-0007
> Datum: 20 november 2026 om 18:21:52 CET
> Aan: Ilse Verbeek <ilse.verbeke@telemail.example.be>
> 
> WIPEPROOF ENTERPRISE – CERTIFICAAT VAN GEGEVENSWISSING
> 
> Klant (eigenaar)   : Ilse Verbeek
> Inruilreferentie   : TI-MEC-2026-02214 (Shop Example Mechelen)
> Opdracht           : WP-80122-0007
> Toestel            : Samsung Galaxy S22 (SM-S901B)
> IMEI               : 353021117894410
> Serienummer        : R5CT21ABX9M
> Wisstandaard       : NIST SP 800-88 Rev.1 Purge
> Resultaat          : GESLAAGD
> 
> Dit certificaat werd automatisch aangemaakt. Beantwoord dit bericht niet.
'''),
    ('fr', 'exchange-ndr-refurbisher-mistyped', 'automated', (),
'''Return-Path: <>
Received: from mail.reconditionnement-wallon.example.be (mail.reconditionnement-wallon.example.be [203.0.113.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QYr0P8fJkz2cV
        for <privacy@shop.example.be>; Tue, 8 Sep 2026 15:22:41 +0200 (CEST)
Received: from EXCH02.reconditionnement-wallon.local (10.1.0.12) by
 EXCH02.reconditionnement-wallon.local (10.1.0.12) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4;
 Tue, 8 Sep 2026 15:22:40 +0200
From: <postmaster@reconditionnement-wallon.example.be>
To: <privacy@shop.example.be>
Date: Tue, 8 Sep 2026 15:22:40 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="f3a0c1d2-7b64-4e8a-95c1-0e2d7a6b3c48"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-BE
Message-ID: <2e9b7c15-40a3-4b1e-8d6f-5c2a9e0f1b73@EXCH02.reconditionnement-wallon.local>
In-Reply-To: <privacy.20260908132238.51876@shop.example.be>
References: <privacy.20260908132238.51876@shop.example.be>
Thread-Index: AQHcH0xW3zVx0a1mT0yKq8LrB7c2Hw==
Subject: =?utf-8?q?Non_remis_=3A_Demande_de_certificats_d=27effacem?=
 =?utf-8?q?ent_=E2=80=93_lot_RW-2026-118?=
Auto-Submitted: auto-replied

--f3a0c1d2-7b64-4e8a-95c1-0e2d7a6b3c48
Content-Type: multipart/alternative; differences=Content-Type;
        boundary="6d8e4b20-9a1f-4c37-b2e5-8f0a3d1c7e96"

--6d8e4b20-9a1f-4c37-b2e5-8f0a3d1c7e96
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

La remise a =C3=A9chou=C3=A9 pour ces destinataires ou groupes :

s.lambret@reconditionnement-wallon.example.be
L'adresse de messagerie que vous avez entr=C3=A9e est introuvable. V=C3=A9r=
ifiez l'adresse de messagerie du destinataire et essayez de renvoyer le mes=
sage. Si le probl=C3=A8me persiste, contactez votre support technique.






Informations de diagnostic pour les administrateurs :

Serveur de g=C3=A9n=C3=A9ration : EXCH02.reconditionnement-wallon.local

s.lambret@reconditionnement-wallon.example.be
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

En-t=C3=AAtes de message d'origine :

Received: from mail.reconditionnement-wallon.example.be (10.1.0.5) by
 EXCH02.reconditionnement-wallon.local (10.1.0.12) with Microsoft SMTP Serv=
er
 id 15.2.1544.4; Tue, 8 Sep 2026 15:22:39 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: <s.lambret@reconditionnement-wallon.example.be>
Subject: Demande de certificats d'effacement =E2=80=93 lot RW-2026-118
Date: Tue, 8 Sep 2026 15:22:38 +0200
Message-ID: <privacy.20260908132238.51876@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
--6d8e4b20-9a1f-4c37-b2e5-8f0a3d1c7e96
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style>.diag { font-family: Consolas, monospace; font-size: 10pt; color: #4=
44; }</style>
</head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">La remise a =C3=A9c=
hou=C3=A9 pour ces destinataires ou groupes :</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:s.l=
ambret@reconditionnement-wallon.example.be">s.lambret@reconditionnement-wal=
lon.example.be</a><br>
L'adresse de messagerie que vous avez entr=C3=A9e est introuvable. V=C3=A9r=
ifiez l'adresse de messagerie du destinataire et essayez de renvoyer le mes=
sage. Si le probl=C3=A8me persiste, contactez votre support technique.<br><=
/p></font>
<br><br><br>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Informations de di=
agnostic pour les administrateurs :</b></p>
<p>Serveur de g=C3=A9n=C3=A9ration : EXCH02.reconditionnement-wallon.local<=
/p>
<p class=3D"diag">s.lambret@reconditionnement-wallon.example.be<br>Remote S=
erver returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p>
</font>
</body>
</html>
--6d8e4b20-9a1f-4c37-b2e5-8f0a3d1c7e96--

--f3a0c1d2-7b64-4e8a-95c1-0e2d7a6b3c48
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.reconditionnement-wallon.local
Received-From-MTA: dns;mail.reconditionnement-wallon.example.be
Arrival-Date: Tue, 8 Sep 2026 13:22:39 +0000

Final-Recipient: rfc822;s.lambret@reconditionnement-wallon.example.be
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--f3a0c1d2-7b64-4e8a-95c1-0e2d7a6b3c48
Content-Type: text/rfc822-headers

Received: from mail.reconditionnement-wallon.example.be (10.1.0.5) by
 EXCH02.reconditionnement-wallon.local (10.1.0.12) with Microsoft SMTP Server
 id 15.2.1544.4; Tue, 8 Sep 2026 15:22:39 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: <s.lambret@reconditionnement-wallon.example.be>
Subject: =?utf-8?q?Demande_de_certificats_d=27effacement_=E2=80=93_lot_RW-2026-118?=
Date: Tue, 8 Sep 2026 15:22:38 +0200
Message-ID: <privacy.20260908132238.51876@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--f3a0c1d2-7b64-4e8a-95c1-0e2d7a6b3c48--
'''),
    ('fr', 'rental-return-inspection-user-data', 'automated', (),
'''Return-Path: <notifications@locaflex.example.fr>
Received: from out-07.mta.locaflex.example.fr (out-07.mta.locaflex.example.fr [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qb0Fs2gPvz8kN
        for <privacy@shop.example.be>; Fri, 13 Nov 2026 17:05:22 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=locaflex.example.fr; s=lf2026;
        t=1794585920; h=from:to:subject:date:message-id:mime-version:content-type;
        bh=Qw1Er5Ty9Ui3Op7As1Df5Gh9Jk3Lz7Xc1Vb5Nm9Qa3=;
        b=Mn8Bv4Cx0Za6Sd2Fg8Hj4Kl0Qw6Er2Ty8Ui4Op0As6Df2Gh8Jk4Lz0Xc6Vb2Nm8Qa4Ws0Ed6Rf
From: "LocaFlex - Espace partenaires" <notifications@locaflex.example.fr>
To: location@shop.example.be
Cc: privacy@shop.example.be
Subject: =?utf-8?b?UmV0b3VyIHJlw6d1IOKAkyBjb250cmF0IExGLTQ0NzEyMDkg4oCTIHJh?=
 =?utf-8?b?cHBvcnQgZCdpbnNwZWN0aW9uIDogZG9ubsOpZXMgdXRpbGlzYXRldXIg?=
 =?utf-8?b?ZMOpdGVjdMOpZXM=?=
Date: Fri, 13 Nov 2026 16:05:20 +0000
Message-ID: <lf-insp-4471209-20261113160520@locaflex.example.fr>
MIME-Version: 1.0
X-Mailer: LocaFlex Notifier
Auto-Submitted: auto-generated
Content-Type: multipart/alternative; boundary="=_lf_alt_4471209_a8c3"

--=_lf_alt_4471209_a8c3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

TG9jYUZsZXgg4oCTIExvY2F0aW9uIHB1aXMgYWNoYXQKTm90aWZpY2F0aW9uIGF1dG9tYXRpcXVl
IGF1IHBhcnRlbmFpcmUgU2hvcCBFeGFtcGxlIEJWCgpDb250cmF0IDogTEYtNDQ3MTIwOSAoZm9y
bXVsZSDCqyBMb3VlciBwdWlzIGFjaGV0ZXIgwrssIDI0IG1vaXMsIHLDqXNpbGnDqSBhdSBtb2lz
IDkpCkFwcGFyZWlsIDogTWFjQm9vayBBaXIgMTMiIE0yLCAyNTYgR28g4oCTIG7CsCBkZSBzw6ly
aWUgQzAyWks3UlRNRDZNClBvaW50IGRlIHJldG91ciA6IFNob3AgRXhhbXBsZSBMacOoZ2UtTcOp
ZGlhY2l0w6ksIDEyLzExLzIwMjYKUsOpY2VwdGlvbiDDoCBsJ2VudHJlcMO0dCA6IDEzLzExLzIw
MjYKClJhcHBvcnQgZCdpbnNwZWN0aW9uCi0gw4l0YXQgZ8OpbsOpcmFsIDogQiAobWljcm8tcmF5
dXJlcyBzdXIgbGUgY2Fwb3QpCi0gQ2hhcmdldXIgOiBwcsOpc2VudAotIENvbXB0ZSB1dGlsaXNh
dGV1ciA6IHVuZSBzZXNzaW9uIHV0aWxpc2F0ZXVyIMOpdGFpdCBlbmNvcmUgb3V2ZXJ0ZQotIExv
Y2FsaXNlciAoRmluZCBNeSkgOiBBQ1RJVsOJIOKAkyBsJ2FwcGFyZWlsIGVzdCBsacOpIMOgIGwn
aWRlbnRpZmlhbnQgQXBwbGUgZHUgbG9jYXRhaXJlCi0gRG9ubsOpZXMgdXRpbGlzYXRldXIgZMOp
dGVjdMOpZXMgOiBvdWkgKGRvc3NpZXJzIERvY3VtZW50cywgUGhvdG9zLCB0cm91c3NlYXUpCgpD
b25zw6lxdWVuY2VzCi0gTGUgbG9jYXRhaXJlIGEgw6l0w6kgaW52aXTDqSBwYXIgZS1tYWlsIMOg
IGTDqXNhY3RpdmVyIMKrIExvY2FsaXNlciDCuyDDoCBkaXN0YW5jZS4KLSBMZXMgZG9ubsOpZXMg
c2Vyb250IGVmZmFjw6llcyBzZWxvbiBsYSBwcm9jw6lkdXJlIExGLVNFQy0wNCBkw6hzIHF1ZSBs
ZSB2ZXJyb3UKICBzZXJhIGxldsOpIDsgdW4gY2VydGlmaWNhdCBkJ2VmZmFjZW1lbnQgc2VyYSBq
b2ludCBhdSBkb3NzaWVyIGR1IGNvbnRyYXQuCi0gU2FucyBkw6libG9jYWdlIHNvdXMgMTQgam91
cnMsIGRlcyBmcmFpcyBkZSBub24tY29uZm9ybWl0w6kgcydhcHBsaXF1ZW50CiAgY29uZm9ybcOp
bWVudCBhdXggY29uZGl0aW9ucyBnw6luw6lyYWxlcyBkZSBsb2NhdGlvbi4KClZvdXMgcmVjZXZl
eiBjZXR0ZSBub3RpZmljYXRpb24gZW4gdGFudCBxdWUgcGFydGVuYWlyZSBldCBjby1yZXNwb25z
YWJsZSBkdQp0cmFpdGVtZW50IGTDqXNpZ27DqSBwb3VyIGxlcyBkb25uw6llcyBwZXJzb25uZWxs
ZXMgZGVzIGNvbnRyYXRzIGNvbmNsdXMgZW4KbWFnYXNpbi4gQ2UgbWVzc2FnZSBlc3QgZ8OpbsOp
csOpIGF1dG9tYXRpcXVlbWVudCwgbWVyY2kgZGUgbmUgcGFzIHkgcsOpcG9uZHJlLgoKTG9jYUZs
ZXggU0FTIOKAkyAxOCBydWUgZGVzIFRhbm5ldXJzLCA1OTAwMCBMaWxsZQo=
--=_lf_alt_4471209_a8c3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkhlbHZldGljYSxBcmlhbCxzYW5zLXNlcmlm
O2ZvbnQtc2l6ZToxNHB4O2NvbG9yOiMyMjIiPgo8aDIgc3R5bGU9ImNvbG9yOiMwYTZlNWMiPlJl
dG91ciByZcOndSDigJMgcmFwcG9ydCBkJ2luc3BlY3Rpb248L2gyPgo8cD5Db250cmF0IDxiPkxG
LTQ0NzEyMDk8L2I+IOKAkyBNYWNCb29rIEFpciAxMyIgTTIsIDI1NiBHbyAoQzAyWks3UlRNRDZN
KTxicj4KUmV0b3VyIDogU2hvcCBFeGFtcGxlIExpw6hnZS1Nw6lkaWFjaXTDqSwgMTIvMTEvMjAy
NjwvcD4KPHVsPgo8bGk+w4l0YXQgZ8OpbsOpcmFsIDogQjwvbGk+CjxsaT5TZXNzaW9uIHV0aWxp
c2F0ZXVyIGVuY29yZSBvdXZlcnRlPC9saT4KPGxpPkxvY2FsaXNlciA6IDxiPkFDVElWw4k8L2I+
PC9saT4KPGxpPkRvbm7DqWVzIHV0aWxpc2F0ZXVyIGTDqXRlY3TDqWVzIDogPGI+b3VpPC9iPjwv
bGk+CjwvdWw+CjxwPkxlcyBkb25uw6llcyBzZXJvbnQgZWZmYWPDqWVzIHNlbG9uIGxhIHByb2PD
qWR1cmUgTEYtU0VDLTA0IGTDqHMgcXVlIGxlIHZlcnJvdSBzZXJhIGxldsOpLiBVbiBjZXJ0aWZp
Y2F0IGQnZWZmYWNlbWVudCBzZXJhIGpvaW50IGF1IGRvc3NpZXIuPC9wPgo8cCBzdHlsZT0iZm9u
dC1zaXplOjExcHg7Y29sb3I6Izg4OCI+TWVzc2FnZSBnw6luw6lyw6kgYXV0b21hdGlxdWVtZW50
IOKAkyBtZXJjaSBkZSBuZSBwYXMgeSByw6lwb25kcmUuPC9wPgo8L2JvZHk+PC9odG1sPgo=
--=_lf_alt_4471209_a8c3--
'''),
    ('fr', 'helpdesk-ticket-ack-erasure-certificate', 'automated', (),
'''Return-Path: <support+id48213@reconditio-support.example.com>
Received: from out-28.smtp.helpdesk-mailer.example.net (out-28.smtp.helpdesk-mailer.example.net [203.0.113.28])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QZs4T0bYgz1nC
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 09:41:18 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=reconditio-support.example.com;
        s=hd1; t=1794386476; bh=9Kx2Lm6Nq0Rs4Tu8Vw2Xy6Za0Bc4De8Fg2Hi6Jk0Lm=;
        h=Date:From:Reply-To:To:Message-ID:Subject:Mime-Version:Content-Type;
        b=Rb3Ty7Ui1Op5As9Df3Gh7Jk1Lz5Xc9Vb3Nm7Qa1Ws5Ed9Rf3Tg7Yh1Uj5Ik9Ol3Pm7Qn1Ro5Sp
Date: Wed, 11 Nov 2026 08:41:16 +0000
From: "Reconditio - Service clients" <support@reconditio-support.example.com>
Reply-To: "Reconditio - Service clients" <support+id48213@reconditio-support.example.com>
To: Shop Example Privacy Team <privacy@shop.example.be>
Message-ID: <P7QX2M3K9L_5f2a1c3e8b9d0_48213_sprut@helpdesk-mailer.example.net>
In-Reply-To: <privacy.20261111084102.56499@shop.example.be>
Subject: =?utf-8?q?=5B=2348213=5D_Demande_re=C3=A7ue_=3A_certificat?=
 =?utf-8?q?_d=27effacement_des_donn=C3=A9es_=E2=80=93_repri?=
 =?utf-8?q?se_RP-330198?=
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6571a3c0e2b4d_2f1c48213"
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 4be21f7
X-Zendesk-Email-Id: 01JC8Z4Q2M7K9X3B5T1V6N0R8W

----==_mimepart_6571a3c0e2b4d_2f1c48213
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Veuillez =C3=A9crire votre r=C3=A9ponse au-dessus de cette ligne -##

Bonjour,

Votre demande (48213) a bien =C3=A9t=C3=A9 re=C3=A7ue et sera examin=C3=A9e=
 par notre =C3=A9quipe
dans les meilleurs d=C3=A9lais (d=C3=A9lai habituel : 3 jours ouvrables).

Objet : certificat d'effacement des donn=C3=A9es =E2=80=93 reprise RP-330198
Appareil : iPad (9e g=C3=A9n=C3=A9ration) 64 Go =E2=80=93 IMEI 35 441208 77=
3150 2
Priorit=C3=A9 : normale

Pour ajouter des informations =C3=A0 votre demande, il suffit de r=C3=A9pon=
dre =C3=A0 cet
e-mail. Les certificats d'effacement sont transmis uniquement au partenaire
titulaire du contrat de reprise et ne sont jamais envoy=C3=A9s au client fi=
nal.

Ceci est un accus=C3=A9 de r=C3=A9ception automatique.

Cordialement,
Le service clients Reconditio

Ce message vous a =C3=A9t=C3=A9 envoy=C3=A9 par Reconditio SRL. Trait=C3=A9=
 par Zendesk.
[P7QX2M-3K9L]
----==_mimepart_6571a3c0e2b4d_2f1c48213
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang=3D"fr"><head><meta http-equiv=3D"Content-Type" content=3D"text/h=
tml; charset=3Dutf-8"></head>
<body style=3D"width: 100%!important; margin: 0; padding: 0;">
<div style=3D"padding: 10px; line-height: 18px; font-family: 'Lucida Grande=
',Verdana,Arial,sans-serif; font-size: 12px; color:#444444;">
<div style=3D"color: #b5b5b5;">##- Veuillez =C3=A9crire votre r=C3=A9ponse =
au-dessus de cette ligne -##</div>
<p>Bonjour,</p>
<p>Votre demande (48213) a bien =C3=A9t=C3=A9 re=C3=A7ue et sera examin=C3=
=A9e par notre =C3=A9quipe dans les meilleurs d=C3=A9lais (d=C3=A9lai habit=
uel : 3 jours ouvrables).</p>
<p><b>Objet :</b> certificat d'effacement des donn=C3=A9es =E2=80=93 repris=
e RP-330198<br>
<b>Appareil :</b> iPad (9e g=C3=A9n=C3=A9ration) 64 Go =E2=80=93 IMEI 35 44=
1208 773150 2</p>
<p>Ceci est un accus=C3=A9 de r=C3=A9ception automatique.</p>
<p>Cordialement,<br>Le service clients Reconditio</p>
</div>
<div style=3D"padding: 10px; font-size: 11px; color: #aaaaaa;">Ce message v=
ous a =C3=A9t=C3=A9 envoy=C3=A9 par Reconditio SRL. Trait=C3=A9 par Zendesk=
.</div>
<span style=3D"color:#FFFFFF" aria-hidden=3D"true">[P7QX2M-3K9L]</span>
</body></html>
----==_mimepart_6571a3c0e2b4d_2f1c48213--
'''),
    ('fr', 'person-deletion-id-copy-above-autoreply', 'deletion', (),
'''Return-Path: <claire.dumont77@courriel.example.be>
Received: from smtp.courriel.example.be (smtp.courriel.example.be [198.51.100.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QZt9Y6dRqz5hW
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 19:52:10 +0100 (CET)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
From: Claire Dumont <claire.dumont77@courriel.example.be>
Mime-Version: 1.0 (1.0)
Date: Thu, 5 Nov 2026 19:52:04 +0100
Subject: =?utf-8?q?Re_=3A_Votre_rachat_n=C2=B0_NAM-RB-2026-1187_?=
 =?utf-8?q?=E2=80=93_confirmation?=
Message-Id: <3C6E1D2A-94B7-4F08-8E15-A0C2B7D94F31@courriel.example.be>
References: <no-reply-rachat.20261103132205.1187@shop.example.be>
In-Reply-To: <no-reply-rachat.20261103132205.1187@shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Bonjour,

Au comptoir de rachat de Namur, on a fait une copie de ma carte d'identité quand j'ai revendu ma console. Je ne veux pas que vous gardiez cette copie, ni mon numéro de téléphone. Merci de les supprimer et de me confirmer que c'est fait.

Claire Dumont

Envoyé de mon iPhone

> Le 3 nov. 2026 à 14:22, Shop Example Rachat <no-reply-rachat@shop.example.be> a écrit :
> 
> Ceci est un message automatique, merci de ne pas y répondre.
> 
> Bonjour,
> 
> Nous confirmons le rachat de votre appareil au magasin Shop Example Namur :
> 
> N° de rachat : NAM-RB-2026-1187
> Article : Nintendo Switch OLED + 2 manettes
> Montant : 165,00 EUR (bon d'achat)
> Pièce d'identité : carte d'identité belge, n° ***-*******-41 (copie conservée conformément au registre des achats d'occasion)
> 
> Votre bon d'achat est disponible dans votre compte client.
> 
> L'équipe Rachat de Shop Example
'''),
    ('de', 'exim-bounce-mailbox-full-partner', 'automated', (),
'''Return-Path: <>
Received: from mail.handyankauf-partner.example.de (mail.handyankauf-partner.example.de [203.0.113.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qc9Hn3wLtz7pJ
        for <privacy@shop.example.be>; Mon, 14 Dec 2026 10:12:35 +0100 (CET)
Received: from Debian-exim by mail.handyankauf-partner.example.de with local (Exim 4.96)
	id 1tQx7c-0003aB-2K
	for privacy@shop.example.be;
	Mon, 14 Dec 2026 10:12:33 +0100
X-Failed-Recipients: l.brandt@handyankauf-partner.example.de
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.handyankauf-partner.example.de>
To: privacy@shop.example.be
References: <privacy.20261210091544.57311@shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1797239553-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tQx7c-0003aB-2K@mail.handyankauf-partner.example.de>
Date: Mon, 14 Dec 2026 10:12:33 +0100

--1797239553-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  l.brandt@handyankauf-partner.example.de
    mailbox is full: retry timeout exceeded

--1797239553-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mail.handyankauf-partner.example.de

Action: failed
Final-Recipient: rfc822;l.brandt@handyankauf-partner.example.de
Status: 5.0.0

--1797239553-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from mx-out2.shop.example.be ([192.0.2.25])
	by mail.handyankauf-partner.example.de with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1tPZk1-0001Qe-0v
	for l.brandt@handyankauf-partner.example.de;
	Thu, 10 Dec 2026 10:15:47 +0100
From: Shop Example Datenschutzteam <privacy@shop.example.be>
To: Lena Brandt <l.brandt@handyankauf-partner.example.de>
Subject: =?utf-8?q?Ankauf_Filiale_Eupen_=E2=80=93_Weitergabe_der_Ger=C3=A4te_und_L=C3=B6schnachweise?=
Date: Thu, 10 Dec 2026 10:15:44 +0100
Message-ID: <privacy.20261210091544.57311@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag Frau Brandt,

für die im November in unserer Filiale Eupen angekauften Smartphones (Liste
AK-EUP-2026-11) benötigen wir die Löschnachweise je IMEI sowie die Angabe,
an welche Abnehmer die Geräte nach der Aufbereitung weitergegeben wurden.
Ein Kunde hat Auskunft verlangt.

Mit freundlichen Grüßen
Datenschutzteam Shop Example BV

--1797239553-eximdsn-1804289383--
'''),
    ('de', 'tradein-valuation-adjusted-screen-damaged', 'automated', (),
'''Return-Path: <0102019d8c3f1a2e-7b4c9d10-5e6f-4a8b-9c0d-1e2f3a4b5c6d-000000@eu-central-1.amazonses.example.com>
Received: from a7-19.smtp-out.eu-central-1.amazonses.example.com (a7-19.smtp-out.eu-central-1.amazonses.example.com [198.51.100.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qc2Bv8rDnz9wT
        for <privacy@shop.example.be>; Wed, 2 Dec 2026 13:27:06 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=zw2026; d=zweitwert.example.de; t=1796214424;
	h=Date:From:To:Subject:Message-ID:MIME-Version:Content-Type;
	bh=Fr4Tg8Yh2Uj6Ik0Ol4Pm8Qn2Ro6Sp0Tq4Ur8Vs2Wt6Xu=;
	b=Ab1Cd5Ef9Gh3Ij7Kl1Mn5Op9Qr3St7Uv1Wx5Yz9Ab3Cd7Ef1Gh5Ij9Kl3Mn7Op1Qr5St9Uv3Wx7
Date: Wed, 2 Dec 2026 12:27:04 +0000
From: Zweitwert Ankauf <ankauf-status@zweitwert.example.de>
To: privacy@shop.example.be
Message-ID: <0102019d8c3f1a2e-7b4c9d10-5e6f-4a8b-9c0d-1e2f3a4b5c6d-000000@eu-central-1.amazonses.example.com>
Subject: =?UTF-8?Q?Bewertung_angepasst:_Display_besch=C3=A4digt_=E2=80=93_Ankauf_A?=
 =?UTF-8?Q?K-2026-55310?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_2264813_1570377391.1796214424118"
Feedback-ID: 1.eu-central-1.Zq8vR2mT0kLw4Xn6Yp1Bc3Dd5Ef7Gh9Ij0Kl2Mn4Op=:AmazonSES
X-SES-Outgoing: 2026.12.02-198.51.100.19

------=_Part_2264813_1570377391.1796214424118
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Zweitwert - Statusmeldung zu Ihrem Partnerankauf

Ankaufsnummer:     AK-2026-55310
Partnerfiliale:    Shop Example Eupen (Partner 5512)
Ger=C3=A4t:             Samsung Galaxy S23, 256 GB, Phantom Black
IMEI:              352741389061174

Ihre Bewertung wurde angepasst.

Urspr=C3=BCngliches Angebot:  180,00 EUR
Neues Angebot:            95,00 EUR

Grund der Anpassung:
- Display besch=C3=A4digt (Riss oben links, Touch-Ausfall im Randbereich)
- R=C3=BCckseite: Kratzer, Zustand C statt B

Hinweis zum Datenschutz: Das Ger=C3=A4t war bei Eingang nicht auf
Werkseinstellungen zur=C3=BCckgesetzt, das Google-Konto des Vorbesitzers war
noch angemeldet (Factory Reset Protection aktiv). Personenbezogene Daten auf
dem Ger=C3=A4t werden nach Annahme des Angebots gem=C3=A4=C3=9F unserem zer=
tifizierten
L=C3=B6schverfahren entfernt; das L=C3=B6schzertifikat erhalten Sie automat=
isch.

Der Kunde wurde per E-Mail informiert und kann das neue Angebot innerhalb v=
on
7 Tagen annehmen oder ablehnen. Ohne R=C3=BCckmeldung wird das Ger=C3=A4t k=
ostenlos
an die Filiale zur=C3=BCckgeschickt.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
Zweitwert GmbH =C2=B7 Hafenstra=C3=9Fe 12 =C2=B7 20457 Hamburg =C2=B7 HRB 0=
00000
------=_Part_2264813_1570377391.1796214424118
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#222=
">
<p style=3D"color:#777">Zweitwert &ndash; Statusmeldung zu Ihrem Partnerank=
auf</p>
<h2>Ihre Bewertung wurde angepasst</h2>
<p>Ankauf <b>AK-2026-55310</b> &middot; Samsung Galaxy S23, 256 GB &middot;=
 IMEI 352741389061174</p>
<table cellpadding=3D"4">
<tr><td>Urspr=C3=BCngliches Angebot</td><td><s>180,00 EUR</s></td></tr>
<tr><td>Neues Angebot</td><td><b>95,00 EUR</b></td></tr>
</table>
<p>Grund: Display besch=C3=A4digt (Riss oben links), R=C3=BCckseite Zustand=
 C.</p>
<p style=3D"font-size:12px">Hinweis zum Datenschutz: Das Ger=C3=A4t war nic=
ht auf Werkseinstellungen zur=C3=BCckgesetzt (Factory Reset Protection akti=
v). Personenbezogene Daten werden nach Annahme gem=C3=A4=C3=9F unserem zert=
ifizierten L=C3=B6schverfahren entfernt.</p>
<p style=3D"font-size:11px;color:#999">Diese E-Mail wurde automatisch erste=
llt. Bitte antworten Sie nicht darauf.</p>
</body></html>
------=_Part_2264813_1570377391.1796214424118--
'''),
    ('de', 'outlook-read-receipt-id-copy-deleted', 'automated', (),
'''Return-Path: <j.hoffmann@netzpost.example.be>
Received: from smtp.netzpost.example.be (smtp.netzpost.example.be [198.51.100.211])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qc9Zp1mKcz2bG
        for <privacy@shop.example.be>; Tue, 15 Dec 2026 08:04:01 +0100 (CET)
From: =?utf-8?Q?J=C3=BCrgen_Hoffmann?= <j.hoffmann@netzpost.example.be>
To: "Shop Example Datenschutz" <privacy@shop.example.be>
Subject: =?utf-8?Q?Gelesen:_L=C3=B6schbest=C3=A4tigung_Ihrer_Ausweiskopie_(Ankauf_F?=
 =?utf-8?Q?iliale_Eupen)?=
Date: Tue, 15 Dec 2026 08:03:55 +0100
Message-ID: <000001db6e9a$7c1f3b20$745db160$@netzpost.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0004_01DB6EA2.DDE3A320"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdtumnwfO9a4yCkxTi+UQdFh5r8Vsw==
Content-Language: de

This is a multipart message in MIME format.

------=_NextPart_000_0004_01DB6EA2.DDE3A320
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht

  An: J=C3=BCrgen Hoffmann
  Betreff: L=C3=B6schbest=C3=A4tigung Ihrer Ausweiskopie (Ankauf Filiale Eu=
pen)
  Gesendet: Montag, 14. Dezember 2026 16:40:12 (UTC+01:00) Amsterdam, Berli=
n, Bern, Rom, Stockholm, Wien

wurde am Dienstag, 15. Dezember 2026 08:03:55 (UTC+01:00) Amsterdam, Berlin=
, Bern, Rom, Stockholm, Wien gelesen.
------=_NextPart_000_0004_01DB6EA2.DDE3A320
Content-Type: message/disposition-notification

Reporting-UA: netzpost.example.be; Microsoft Outlook 16.0
Final-Recipient: rfc822;j.hoffmann@netzpost.example.be
Original-Message-ID: <privacy.20261214154012.57702@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0004_01DB6EA2.DDE3A320--
'''),
    ('de', 'voucher-payout-report-personal-data-file', 'automated', (),
'''Return-Path: <system@gutscheinwerk.example.de>
Received: from web04.gutscheinwerk.example.de (web04.gutscheinwerk.example.de [203.0.113.204])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qc4Gx5nVhz1sM
        for <privacy@shop.example.be>; Fri, 4 Dec 2026 06:00:18 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=gutscheinwerk.example.de;
	s=default; t=1796360416; bh=Uv2Wx6Yz0Ab4Cd8Ef2Gh6Ij0Kl4Mn8Op2Qr6St0Uv4=;
	h=Date:To:From:Subject:From;
	b=Wx9Yz3Ab7Cd1Ef5Gh9Ij3Kl7Mn1Op5Qr9St3Uv7Wx1Yz5Ab9Cd3Ef7Gh1Ij5Kl9Mn3Op7Qr1St5
Date: Fri, 4 Dec 2026 06:00:16 +0100
To: finanzen-ankauf@shop.example.be
Cc: privacy@shop.example.be
From: Gutscheinwerk Auszahlungsservice <system@gutscheinwerk.example.de>
Subject: =?UTF-8?Q?Auszahlungsbericht_03.12.2026:_14_Ankaufgutscheine_ausgezahlt_?=
 =?UTF-8?Q?=E2=80=93_Datei_mit_personenbezogenen_Daten_bereit?=
Message-ID: <Kq7vN2xR0bWm4Zc9Tf1Lh8Ys3Ej6Pd5Ua0Io@gutscheinwerk.example.de>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Guten Morgen,

der t=C3=A4gliche Auszahlungslauf f=C3=BCr Ihre Ankaufgutscheine ist abgesc=
hlossen.

Mandant:              Shop Example BV (Mandant 2207)
Auszahlungsdatum:     03.12.2026
Ausgezahlte Gutscheine:   14   (Summe 2.315,00 EUR)
  davon als Gutschein-Code:  11
  davon per =C3=9Cberweisung:      3
Fehlgeschlagen:            1   (IBAN ung=C3=BCltig, Ankauf AK-EUP-2026-0877)

Der Bericht mit den Einzelbuchungen steht im Portal zum Download bereit:
https://portal.gutscheinwerk.example.de/berichte/2207/20261203

Die Datei enth=C3=A4lt personenbezogene Daten (Name, E-Mail-Adresse, IBAN b=
ei
=C3=9Cberweisungen, Ankaufsnummer, Ger=C3=A4tetyp und IMEI). Sie ist
passwortgesch=C3=BCtzt; das Passwort erhalten Sie wie vereinbart per SMS.
Der Download-Link ist 7 Tage g=C3=BCltig. Danach wird die Datei gem=C3=A4=
=C3=9F
Auftragsverarbeitungsvertrag automatisch gel=C3=B6scht.

Diese Nachricht wurde automatisch erzeugt. Antworten auf diese E-Mail
werden nicht bearbeitet.

Gutscheinwerk GmbH =E2=80=93 Auszahlungsservice
'''),
    ('de', 'person-withdraw-consent-replying-to-autoreply', 'withdraw_consent', (),
'''Return-Path: <sabine.kerres@netzpost.example.be>
Received: from smtp.netzpost.example.be (smtp.netzpost.example.be [198.51.100.211])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qc7Jq0tBwz4vR
        for <privacy@shop.example.be>; Thu, 10 Dec 2026 20:31:49 +0100 (CET)
Message-ID: <e7a41c92-5b3d-4f60-a8e1-2c9d07f3b5a6@netzpost.example.be>
Date: Thu, 10 Dec 2026 20:31:45 +0100
MIME-Version: 1.0
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101
 Thunderbird/128.5.2
Subject: Re: Automatische Antwort: Ankauf meines alten Handys
Content-Language: de-DE
To: privacy@shop.example.be
Cc: ankauf-eupen@shop.example.be
References: <b2f4c6d8-1a3e-4b5c-9d7f-0e2a4c6b8d1f@netzpost.example.be>
 <AM0PR02MB5731E8B9C2D4A6F1B3E5C7D9A0B2@AM0PR02MB5731.eurprd02.prod.outlook.com>
In-Reply-To: <AM0PR02MB5731E8B9C2D4A6F1B3E5C7D9A0B2@AM0PR02MB5731.eurprd02.prod.outlook.com>
From: Sabine Kerres <sabine.kerres@netzpost.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Guten Abend,

danke für die automatische Antwort, da steht ja diese Adresse für
Datenschutzfragen drin. Mein Anliegen ist eigentlich ganz einfach:

Seit ich im Oktober Ihr Bewertungstool für mein altes Handy benutzt
habe, bekomme ich jede Woche Werbung "Ihr altes Smartphone ist jetzt
noch XX € wert – jetzt eintauschen!". Ich möchte diese Mails nicht
mehr. Bitte tragen Sie mich aus allen Newslettern und Werbemails aus,
meine Einwilligung dafür ziehe ich zurück.

Den Ankauf selbst in der Filiale Eupen hat es nie gegeben, ich habe
das Handy behalten.

Freundliche Grüße
Sabine Kerres

Am 10.12.2026 um 19:58 schrieb Ankauf Eupen:
> Vielen Dank für Ihre Nachricht.
>
> Dies ist eine automatische Antwort. Unser Ankauf-Team ist montags bis
> samstags von 10 bis 18 Uhr für Sie da und beantwortet Ihre Anfrage
> innerhalb von zwei Werktagen.
>
> Für Fragen zu Gutscheinen und zum Status Ihres Ankaufs nutzen Sie bitte
> Ihr Kundenkonto. Für Datenschutzanfragen wenden Sie sich bitte an
> privacy@shop.example.be.
>
> Ihr Ankauf-Team
> Shop Example Eupen
'''),
    ('es', 'qmail-bounce-refurbisher-no-mailbox', 'automated', (),
'''Return-Path: <>
Received: from mail.reacondicionados-iberia.example.es (mail.reacondicionados-iberia.example.es [203.0.113.175])
        by mx1.shop.example.be (Postfix) with ESMTP id 4QS8Kd2pXvz6qB
        for <privacy@shop.example.be>; Mon, 15 Jun 2026 11:41:24 +0200 (CEST)
Received: (qmail 28817 invoked for bounce); 15 Jun 2026 09:41:22 -0000
Date: 15 Jun 2026 09:41:22 -0000
From: MAILER-DAEMON@mail.reacondicionados-iberia.example.es
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.reacondicionados-iberia.example.es.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<recompras@reacondicionados-iberia.example.es>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28809 invoked from network); 15 Jun 2026 09:41:21 -0000
Received: from mx-out2.shop.example.be (192.0.2.25)
  by mail.reacondicionados-iberia.example.es with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 15 Jun 2026 09:41:21 -0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: recompras@reacondicionados-iberia.example.es
Subject: =?utf-8?q?Lote_RI-2026-044_=E2=80=93_tel=C3=A9fonos_con_datos_del_anterior_propietario?=
Date: Mon, 15 Jun 2026 11:41:19 +0200
Message-ID: <privacy.20260615094119.48820@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Buenos d=C3=ADas:

Un cliente que compr=C3=B3 un tel=C3=A9fono reacondicionado del lote RI-202=
6-044 nos
informa de que todav=C3=ADa conten=C3=ADa fotos y contactos del anterior pr=
opietario.
Les rogamos que nos env=C3=ADen los certificados de borrado de todos los
dispositivos de ese lote y que comprueben los dem=C3=A1s equipos.

Atentamente,
Equipo de privacidad de Shop Example BV
'''),
    ('es', 'marketplace-new-buyer-message-previous-owner-photos', 'automated', (),
'''Return-Path: <notificaciones@segundamano-pro.example.es>
Received: from mta12.segundamano-pro.example.es (mta12.segundamano-pro.example.es [198.51.100.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QS9Vt6cNgz3mX
        for <outlet-es@shop.example.be>; Wed, 17 Jun 2026 22:08:37 +0200 (CEST)
Delivered-To: privacy@shop.example.be
X-Original-To: outlet-es@shop.example.be
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=segundamano-pro.example.es;
        s=notif; t=1781726915; bh=Gh3Ij7Kl1Mn5Op9Qr3St7Uv1Wx5Yz9Ab3Cd7Ef1Gh5=;
        h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe;
        b=Kl5Mn9Op3Qr7St1Uv5Wx9Yz3Ab7Cd1Ef5Gh9Ij3Kl7Mn1Op5Qr9St3Uv7Wx1Yz5Ab9Cd3Ef7Gh1
From: Segundamano Pro <notificaciones@segundamano-pro.example.es>
To: Shop Example Outlet <outlet-es@shop.example.be>
Subject: =?utf-8?b?TnVldm8gbWVuc2FqZSBkZSB1biBjb21wcmFkb3Igc29icmUgdHUgYW51?=
 =?utf-8?b?bmNpbyDCq2lQaG9uZSAxMyAxMjggR0IgcmVhY29uZGljaW9uYWRvIA==?=
 =?utf-8?b?4oCTIGdyYWRvIEHCuw==?=
Date: Wed, 17 Jun 2026 20:08:35 +0000
Message-ID: <msg-notif-9920417-20260617200835@segundamano-pro.example.es>
MIME-Version: 1.0
List-Unsubscribe: <https://www.segundamano-pro.example.es/ajustes/notificaciones/baja?u=8812045&t=msg>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Content-Type: multipart/alternative; boundary="sp-alt-9920417"

--sp-alt-9920417
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hola, Shop Example Outlet:

Marta G. (Valencia) te ha enviado un mensaje sobre tu anuncio
=C2=ABiPhone 13 128 GB reacondicionado =E2=80=93 grado A=C2=BB (ref. 992041=
7):

  "Hola, antes de comprarlo: =C2=BFel m=C3=B3vil viene totalmente borrado? =
En la
  tercera foto del anuncio se ve la pantalla de bloqueo con el nombre de
  alguien y una notificaci=C3=B3n de WhatsApp. =C2=BFMe dar=C3=ADais el cer=
tificado de
  borrado de datos?"

Responde desde la aplicaci=C3=B3n o desde la web:
https://www.segundamano-pro.example.es/mensajes/c/5518203

Por tu seguridad, no compartas datos personales (DNI, direcci=C3=B3n, n=C3=
=BAmero
de cuenta) fuera de la plataforma. Guardamos las conversaciones entre
compradores y vendedores durante el tiempo indicado en nuestra pol=C3=ADtic=
a de
privacidad para resolver incidencias.

Recibes este correo porque tienes activadas las notificaciones de mensajes.
Puedes desactivarlas en Ajustes > Notificaciones.

Este es un mensaje autom=C3=A1tico, por favor no respondas a este correo.
--sp-alt-9920417
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;color:#333">
<p>Hola, <b>Shop Example Outlet</b>:</p>
<p><b>Marta G. (Valencia)</b> te ha enviado un mensaje sobre tu anuncio =C2=
=ABiPhone 13 128 GB reacondicionado =E2=80=93 grado A=C2=BB:</p>
<blockquote style=3D"border-left:3px solid #13c1ac;padding-left:10px">Hola,=
 antes de comprarlo: =C2=BFel m=C3=B3vil viene totalmente borrado? En la te=
rcera foto del anuncio se ve la pantalla de bloqueo con el nombre de alguie=
n y una notificaci=C3=B3n de WhatsApp. =C2=BFMe dar=C3=ADais el certificado=
 de borrado de datos?</blockquote>
<p><a href=3D"https://www.segundamano-pro.example.es/mensajes/c/5518203" st=
yle=3D"background:#13c1ac;color:#fff;padding:8px 16px;text-decoration:none;=
border-radius:4px">Responder</a></p>
<p style=3D"font-size:11px;color:#999">Por tu seguridad, no compartas datos=
 personales fuera de la plataforma. Este es un mensaje autom=C3=A1tico, por=
 favor no respondas a este correo.</p>
</body></html>
--sp-alt-9920417--
'''),
    ('es', 'gmail-vacation-responder-partner', 'automated', (),
'''Return-Path: <rocio.navarro@iberecycle.example.es>
Received: from mail-sor-f41.google.example.com (mail-sor-f41.google.example.com [192.0.2.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QWq1Fb7Tnz8kZ
        for <privacy@shop.example.be>; Mon, 03 Aug 2026 12:20:15 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=iberecycle-example-es.20230601.gappssmtp.com; s=20230601; t=1785752413; x=1786357213;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to:references:mime-version;
        bh=Mn6Op0Qr4St8Uv2Wx6Yz0Ab4Cd8Ef2Gh6Ij0Kl4Mn8=;
        b=Op7Qr1St5Uv9Wx3Yz7Ab1Cd5Ef9Gh3Ij7Kl1Mn5Op9Qr3St7Uv1Wx5Yz9Ab3Cd7Ef1Gh5Ij9Kl3
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.example.net; s=20230601; t=1785752413; x=1786357213;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to:references:mime-version;
        bh=Mn6Op0Qr4St8Uv2Wx6Yz0Ab4Cd8Ef2Gh6Ij0Kl4Mn8=;
        b=Qr9St3Uv7Wx1Yz5Ab9Cd3Ef7Gh1Ij5Kl9Mn3Op7Qr1St5Uv9Wx3Yz7Ab1Cd5Ef9Gh3Ij7Kl1Mn5
X-Gm-Message-State: AOJu0YzR4k9Lm2Np6Qs0Tu4Vw8Xy2Za6Bc0De4Fg8Hi2Jk6Lm0No4Pq
X-Google-Smtp-Source: AGHT+IFx7Ty1Ui5Op9As3Df7Gh1Jk5Lz9Xc3Vb7Nm1Qa5Ws9Ed3Rf7Tg1Yh5
MIME-Version: 1.0
References: <privacy.20260803102008.50117@shop.example.be>
In-Reply-To: <privacy.20260803102008.50117@shop.example.be>
Auto-Submitted: auto-replied
From: =?UTF-8?B?Um9jw61vIE5hdmFycm8=?= <rocio.navarro@iberecycle.example.es>
Date: Mon, 3 Aug 2026 03:20:13 -0700
Message-ID: <CAJ7xN2vq0Ttr8QmH4eB5kZ1dW3sY6fL9pR2cX0uA7gV4nM8jKw@mail.gmail.example.com>
Subject: =?UTF-8?Q?Respuesta_autom=C3=A1tica:_fuera_de_la_oficina_hasta_el_24_de_agosto?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000c4e19a0641f2b7d3"

--000000000000c4e19a0641f2b7d3
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Gracias por tu mensaje. Estoy de vacaciones hasta el lunes 24 de agosto y no
leo el correo.

Para recompras, valoraciones y estado de lotes: operaciones@iberecycle.exam=
ple.es
Para certificados de borrado de datos y temas de protecci=C3=B3n de datos:
dpd@iberecycle.example.es

Un saludo,
Roc=C3=ADo Navarro
Responsable de cuentas de partners =E2=80=93 IbeRecycle
--000000000000c4e19a0641f2b7d3
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hola:</div><div><br></div><div>Gracias por tu mensaje=
. Estoy de vacaciones hasta el lunes 24 de agosto y no leo el correo.</div>=
<div><br></div><div>Para recompras, valoraciones y estado de lotes: <a href=
=3D"mailto:operaciones@iberecycle.example.es">operaciones@iberecycle.exampl=
e.es</a></div><div>Para certificados de borrado de datos y temas de protecc=
i=C3=B3n de datos: <a href=3D"mailto:dpd@iberecycle.example.es">dpd@iberecy=
cle.example.es</a></div><div><br></div><div>Un saludo,</div><div>Roc=C3=ADo=
 Navarro</div><div>Responsable de cuentas de partners =E2=80=93 IbeRecycle<=
/div></div>
--000000000000c4e19a0641f2b7d3--
'''),
    ('es', 'person-other-voucher-question-above-status-mail', 'other', (),
'''Return-Path: <lucia.ferrer.bxl@correo-movil.example.com>
Received: from smtp.correo-movil.example.com (smtp.correo-movil.example.com [198.51.100.96])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QSC2w4kRjz1nD
        for <privacy@shop.example.be>; Tue, 23 Jun 2026 08:12:59 +0200 (CEST)
Message-ID: <20260623081255.Lf4x9@correo-movil.example.com>
Date: Tue, 23 Jun 2026 08:12:55 +0200
From: =?UTF-8?Q?Luc=C3=ADa_Ferrer?= <lucia.ferrer.bxl@correo-movil.example.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Re:_Votre_appareil_a_bien_=C3=A9t=C3=A9_re=C3=A7u_=E2=80=93_Reprise_BXL-TI-2026-04471?=
In-Reply-To: <noreply-reprise.20260611154402.4471@shop.example.be>
References: <noreply-reprise.20260611154402.4471@shop.example.be>
User-Agent: K-9 Mail for Android
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hola, perdonen que escriba en español, mi francés no es muy bueno.

Entregué mi portátil en la tienda de Bruselas (Rue Neuve) el 11 de junio para la recompra y todavía no tengo el vale de 120 euros en mi cuenta. En la tienda me dijeron que eran 5 días. ¿Saben cuándo me llegará? No encontré otra dirección de correo.

Gracias,
Lucía Ferrer

El 11 de junio de 2026 15:44:02 CEST, Shop Example Reprise <noreply-reprise@shop.example.be> escribió:
>Message automatique – merci de ne pas répondre.
>
>Bonjour,
>
>Votre appareil a bien été reçu par notre centre de reprise.
>
>Référence : BXL-TI-2026-04471
>Appareil : Lenovo ThinkPad E14 Gen 4 – n° de série PF3K8Z2L
>Statut : Reçu – en cours d'inspection
>Bon d'achat prévu : 120,00 EUR
>
>Vous pouvez suivre le statut de votre reprise dans votre compte client.
>
>Shop Example – Service Reprise
'''),
    ('it', 'zimbra-out-of-office-refurbisher', 'automated', (),
'''Return-Path: <>
Received: from mail.rigenera-italia.example.it (mail.rigenera-italia.example.it [203.0.113.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QTr5Mh0Wdz2pK
        for <privacy@shop.example.be>; Tue, 7 Jul 2026 09:15:44 +0200 (CEST)
Received: from localhost (localhost [127.0.0.1])
	by mail.rigenera-italia.example.it (Postfix) with ESMTP id 2D4F81E0A7
	for <privacy@shop.example.be>; Tue,  7 Jul 2026 09:15:42 +0200 (CEST)
Date: Tue, 7 Jul 2026 09:15:42 +0200 (CEST)
From: Paolo Ferretti <p.ferretti@rigenera-italia.example.it>
To: privacy@shop.example.be
Message-ID: <1728394857.1209384.1783408542113.JavaMail.zimbra@rigenera-italia.example.it>
In-Reply-To: <privacy.20260707071538.49731@shop.example.be>
Subject: =?utf-8?Q?Fuori_ufficio:_Re:_Lotto_RG-2026-071_=E2=80=93_certificati_di_cancellazione_mancanti?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.6_GA_4628

Buongiorno,

sono fuori ufficio fino al 20 luglio compreso, con accesso limitato alla po=
sta.

Per lo stato dei lotti in ricondizionamento e per le spedizioni: logistica@=
rigenera-italia.example.it
Per certificati e report di cancellazione dei dati: qualita@rigenera-italia=
.example.it

Il suo messaggio non verr=C3=A0 inoltrato.

Cordiali saluti,
Paolo Ferretti
Key account partner esteri =E2=80=93 Rigenera Italia S.r.l.
'''),
    ('it', 'erasure-report-three-devices-failed', 'automated', (),
'''Return-Path: <noreply@erasegrid.example.com>
Received: from smtp-eu1.erasegrid.example.com (smtp-eu1.erasegrid.example.com [198.51.100.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QTt0Zk3Fbz9mW
        for <privacy@shop.example.be>; Thu, 9 Jul 2026 18:02:20 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=erasegrid.example.com; s=eg1;
        t=1783612938; h=From:To:Cc:Subject:Date:Message-ID:MIME-Version:Content-Type;
        bh=St2Uv6Wx0Yz4Ab8Cd2Ef6Gh0Ij4Kl8Mn2Op6Qr0St4=;
        b=Uv8Wx2Yz6Ab0Cd4Ef8Gh2Ij6Kl0Mn4Op8Qr2St6Uv0Wx4Yz8Ab2Cd6Ef0Gh4Ij8Kl2Mn6Op0Qr4
From: EraseGrid Report Center <noreply@erasegrid.example.com>
To: qualita@rigenera-italia.example.it
Cc: privacy@shop.example.be
Subject: =?utf-8?q?Report_di_cancellazione=3A_3_dispositivi_NON_can?=
 =?utf-8?q?cellati_=E2=80=93_lotto_RG-2026-071_=28Shop_Exam?=
 =?utf-8?q?ple_BV=29?=
Date: Thu, 9 Jul 2026 16:02:18 +0000
Message-ID: <eg-batch-RG-2026-071-summary-1783612938@erasegrid.example.com>
MIME-Version: 1.0
X-Mailer: EraseGrid Report Center 2.18
Auto-Submitted: auto-generated
Content-Type: multipart/mixed; boundary="=_egrc_1783612938_71"

--=_egrc_1783612938_71
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Riepilogo automatico del lotto

Lotto:               RG-2026-071
Proprietario lotto:  Shop Example BV (ritiro usato, punti vendita BE)
Stazione:            EG-MI-03 (Rigenera Italia, Milano)
Periodo:             09/07/2026 08:02 =E2=80=93 15:47 CEST

Dispositivi elaborati:        52
Cancellati con successo:      49
Cancellazione NON riuscita:    3

Dettaglio dei fallimenti
1. iPhone 11 =E2=80=93 IMEI 353987103326614
   Errore E-211: dispositivo bloccato con ID Apple (Blocco attivazione atti=
vo).
   Dati utente presenti. Dispositivo in quarantena.
2. Samsung Galaxy A52 =E2=80=93 IMEI 358112449021377
   Errore E-305: scheda microSD presente (64 GB), non inclusa nella cancell=
azione.
   Scheda rimossa e destinata a distruzione fisica.
3. HP EliteBook 840 G6 =E2=80=93 S/N 5CG9412XQH
   Errore E-402: settori danneggiati sul disco SSD, verifica fallita.
   Disco destinato a distruzione fisica con certificato separato.

Per i dispositivi non cancellati non viene emesso alcun certificato di
cancellazione. Il dettaglio per dispositivo =C3=A8 nel file CSV allegato.

Messaggio generato automaticamente da EraseGrid Report Center. Non
rispondere a questo indirizzo.
--=_egrc_1783612938_71
Content-Type: text/csv; charset=utf-8; name="RG-2026-071_falliti.csv"
Content-Disposition: attachment; filename="RG-2026-071_falliti.csv"
Content-Transfer-Encoding: base64

bG90dG87dGlwbzttb2RlbGxvO2ltZWlfb19zZXJpYWxlO2NvZGljZV9lcnJvcmU7ZGVzY3Jpemlv
bmU7YXppb25lClJHLTIwMjYtMDcxO3NtYXJ0cGhvbmU7aVBob25lIDExOzM1Mzk4NzEwMzMyNjYx
NDtFLTIxMTtCbG9jY28gYXR0aXZhemlvbmUgYXR0aXZvIC0gZGF0aSB1dGVudGUgcHJlc2VudGk7
cXVhcmFudGVuYQpSRy0yMDI2LTA3MTtzbWFydHBob25lO1NhbXN1bmcgR2FsYXh5IEE1MjszNTgx
MTI0NDkwMjEzNzc7RS0zMDU7bWljcm9TRCBwcmVzZW50ZSBub24gY2FuY2VsbGF0YTtkaXN0cnV6
aW9uZSBmaXNpY2Egc2NoZWRhClJHLTIwMjYtMDcxO2xhcHRvcDtIUCBFbGl0ZUJvb2sgODQwIEc2
OzVDRzk0MTJYUUg7RS00MDI7c2V0dG9yaSBkYW5uZWdnaWF0aSAtIHZlcmlmaWNhIGZhbGxpdGE7
ZGlzdHJ1emlvbmUgZmlzaWNhIGRpc2NvCg==
--=_egrc_1783612938_71--
'''),
    ('it', 'marketplace-review-flagged-names-person', 'automated', (),
'''Return-Path: <bounce-7731@mailer.usatopiu.example.it>
Received: from mailer.usatopiu.example.it (mailer.usatopiu.example.it [203.0.113.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QTw8Gc2Lqz4tH
        for <privacy@shop.example.be>; Tue, 14 Jul 2026 12:37:08 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=usatopiu.example.it; s=mail;
        t=1784025426; h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Id;
        bh=Wx4Yz8Ab2Cd6Ef0Gh4Ij8Kl2Mn6Op0Qr4St8Uv2Wx6=;
        b=Yz0Ab4Cd8Ef2Gh6Ij0Kl4Mn8Op2Qr6St0Uv4Wx8Yz2Ab6Cd0Ef4Gh8Ij2Kl6Mn0Op4Qr8St2Uv6
From: "UsatoPiu - Area venditori" <venditori@usatopiu.example.it>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Nuova_recensione_in_moderazione:_il_testo_potrebbe_contenere_da?=
 =?utf-8?Q?ti_personali_di_terzi?=
Date: Tue, 14 Jul 2026 10:37:06 +0000
Message-ID: <rev-mod-441870.1784025426@usatopiu.example.it>
MIME-Version: 1.0
List-Id: Notifiche venditori UsatoPiu <notifiche-venditori.usatopiu.example.it>
List-Unsubscribe: <https://www.usatopiu.example.it/venditori/notifiche?disattiva=recensioni&v=SEBV>
Precedence: bulk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gentile venditore Shop Example Outlet,

una nuova recensione sul tuo negozio è stata trattenuta dal filtro
automatico perché potrebbe contenere dati personali di terzi.

Recensione n.:   441870
Ordine:          UP-2026-3390712 (Samsung Galaxy S21 FE ricondizionato, grado B)
Valutazione:     ★★☆☆☆ (2 su 5)
Autore:          Giulia R. (Bologna)

Testo (parzialmente oscurato):
  "Il telefono funziona ma nella galleria c'erano ancora le foto del
  vecchio proprietario, un certo F**** M****, e i suoi contatti. Il
  commesso M**** del negozio di Bruxelles mi ha detto al telefono che..."

Regola attivata: nomi di persona e riferimento a dati del precedente
proprietario.

Puoi approvare la pubblicazione con il testo oscurato, chiedere all'autore
di modificarla o segnalarla al nostro team:
https://www.usatopiu.example.it/venditori/recensioni/441870

Ricevi questa email perché l'indirizzo è indicato come contatto privacy del
tuo account venditore. Questa è una notifica automatica: non rispondere.
'''),
    ('it', 'person-objection-imei-market-analysis', 'objection', (),
'''Return-Path: <f.marchetti@posta-web.example.it>
Received: from webmail.posta-web.example.it (webmail.posta-web.example.it [198.51.100.141])
        by mx1.shop.example.be (Postfix) with ESMTPSA id 4QTy3Dw6Phz1rN
        for <privacy@shop.example.be>; Mon, 20 Jul 2026 22:49:33 +0200 (CEST)
MIME-Version: 1.0
Date: Mon, 20 Jul 2026 22:49:30 +0200
From: Francesca Marchetti <f.marchetti@posta-web.example.it>
To: privacy@shop.example.be
Subject: Fwd: Your trade-in estimate - Google Pixel 7 (ref. EST-7710342)
Message-ID: <a4c8e1f27b9d3056e2f1c7a9b4d80e63@posta-web.example.it>
X-Sender: f.marchetti@posta-web.example.it
User-Agent: Roundcube Webmail/1.6.9
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Buonasera,

vi scrivo in italiano, spero vada bene. Ho usato il vostro strumento di
valutazione online per il mio vecchio Pixel: mi ha chiesto IMEI e
numero di serie, e nel riepilogo qui sotto leggo che li condividete con
"partner" anche per analisi di mercato e prezzi.

Il controllo antifurto lo capisco, ma mi oppongo all'uso del mio IMEI,
del numero di serie e dei dati della valutazione per analisi di mercato,
profilazione o offerte personalizzate, e alla loro trasmissione ai
partner per questi scopi. Vi prego di confermarmelo.

Cordiali saluti,
Francesca Marchetti

-------- Messaggio originale --------
Oggetto: Your trade-in estimate - Google Pixel 7 (ref. EST-7710342)
Data: 2026-07-18 16:03
Mittente: Shop Example Trade-in <noreply-tradein@shop.example.be>
Destinatario: f.marchetti@posta-web.example.it

Shop Example - Trade-in estimate
This is an automated message. Please do not reply.

Device:         Google Pixel 7, 128 GB
IMEI:           35 902817 660431 9
Serial number:  28121FDH2003XK
Declared state: Good (no cracks, battery > 80%)
Estimate:       EUR 140.00 (store voucher) - valid 14 days

How we use your device details: we check the IMEI against stolen-device
databases and share the IMEI, serial number and condition with our
trade-in partners for blacklist checks and for market and pricing
analysis. See our privacy policy for details.

Bring the device to any Shop Example store with your ID card.
'''),
    ('pt', 'sendmail-bounce-user-unknown-retoma', 'automated', (),
'''Return-Path: <>
Received: from mail.recondiciona.example.pt (mail.recondiciona.example.pt [203.0.113.152])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QN4Rb8vCkz5wL
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 11:41:10 +0200 (CEST)
Received: from localhost (localhost)
	by mail.recondiciona.example.pt (8.17.2/8.17.2) id 63S9f7Zk018204;
	Tue, 28 Apr 2026 10:41:08 +0100
Date: Tue, 28 Apr 2026 10:41:08 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.recondiciona.example.pt>
Message-Id: <202604280941.63S9f7Zk018204@mail.recondiciona.example.pt>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="63S9f7Zk018204.1777372868/mail.recondiciona.example.pt"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--63S9f7Zk018204.1777372868/mail.recondiciona.example.pt

The original message was received at Tue, 28 Apr 2026 10:41:06 +0100
from mx-out2.shop.example.be [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<retoma@recondiciona.example.pt>
    (reason: 550 5.1.1 <retoma@recondiciona.example.pt>... User unknown)

   ----- Transcript of session follows -----
... while talking to mail.recondiciona.example.pt.:
>>> DATA
<<< 550 5.1.1 <retoma@recondiciona.example.pt>... User unknown
550 5.1.1 <retoma@recondiciona.example.pt>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--63S9f7Zk018204.1777372868/mail.recondiciona.example.pt
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.recondiciona.example.pt
Received-From-MTA: DNS; mx-out2.shop.example.be
Arrival-Date: Tue, 28 Apr 2026 10:41:06 +0100

Final-Recipient: RFC822; retoma@recondiciona.example.pt
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mail.recondiciona.example.pt
Diagnostic-Code: SMTP; 550 5.1.1 <retoma@recondiciona.example.pt>... User unknown
Last-Attempt-Date: Tue, 28 Apr 2026 10:41:08 +0100

--63S9f7Zk018204.1777372868/mail.recondiciona.example.pt
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx-out2.shop.example.be (mx-out2.shop.example.be [192.0.2.25])
	by mail.recondiciona.example.pt (8.17.2/8.17.2) with ESMTPS id 63S9f6Zk018203
	for <retoma@recondiciona.example.pt>; Tue, 28 Apr 2026 10:41:06 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: retoma@recondiciona.example.pt
Subject: =?utf-8?q?Retoma_de_port=C3=A1teis_=E2=80=93_pedido_de_certificados_de_elimina=C3=A7=C3=A3o_de_dados?=
Date: Tue, 28 Apr 2026 11:41:04 +0200
Message-ID: <privacy.20260428094104.46012@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

--63S9f7Zk018204.1777372868/mail.recondiciona.example.pt--
'''),
    ('pt', 'refurbisher-batch-received-personal-data-found', 'automated', (),
'''Return-Path: <lotes@recondiciona.example.pt>
Received: from mail.recondiciona.example.pt (mail.recondiciona.example.pt [203.0.113.152])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QNBv2Hc7mz8tP
        for <privacy@shop.example.be>; Wed, 6 May 2026 07:30:04 +0200 (CEST)
Received: from erp01.recondiciona.local (erp01.recondiciona.local [10.0.3.11])
	by mail.recondiciona.example.pt (8.17.2/8.17.2) with ESMTP id 6465U3Qm021877;
	Wed, 6 May 2026 06:30:03 +0100
Date: Wed, 6 May 2026 06:30:02 +0100
From: "Recondiciona - Sistema de Lotes" <lotes@recondiciona.example.pt>
To: parceiros-retoma@shop.example.be
Cc: privacy@shop.example.be
Subject: =?utf-8?b?W0xvdGUgUkItMjAyNi0wNDE3XSBSZWNlYmlkbzogNDggZXF1aXBhbWVu?=
 =?utf-8?b?dG9zIOKAkyAyIGNvbSBibG9xdWVpbyBkZSBhdGl2YcOnw6NvLCAxIGNv?=
 =?utf-8?b?bSBjYXJ0w6NvIG1pY3JvU0Q=?=
Message-ID: <lote.RB-2026-0417.rececao.1778045402@recondiciona.example.pt>
MIME-Version: 1.0
X-Mailer: Recondiciona ERP / Notificacoes 4.1
Auto-Submitted: auto-generated
Precedence: bulk
Content-Type: multipart/alternative; boundary="RB20260417-alt"

--RB20260417-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Notifica=C3=A7=C3=A3o autom=C3=A1tica de rece=C3=A7=C3=A3o de lote

Parceiro:        Shop Example BV (conta PT-EXP-0093)
Lote:            RB-2026-0417 (retomas lojas Bruxelas e Li=C3=A8ge, abril 2=
026)
Guia de remessa: GR-55817
Rece=C3=A7=C3=A3o:         05/05/2026 16:52, armaz=C3=A9m de Vila Nova de G=
aia

Equipamentos declarados:  48
Equipamentos recebidos:   48

Ocorr=C3=AAncias na triagem
- 2 equipamentos com bloqueio de ativa=C3=A7=C3=A3o (conta do anterior prop=
riet=C3=A1rio
  ainda associada): IMEI 356231118804572, IMEI 353448092271605.
  Ficam em quarentena at=C3=A9 desbloqueio; n=C3=A3o ser=C3=A3o recondicion=
ados.
- 1 equipamento com cart=C3=A3o microSD inserido (fotografias e documentos):
  IMEI 357019224481339. O cart=C3=A3o foi retirado e ser=C3=A1 destru=C3=AD=
do fisicamente,
  com registo no relat=C3=B3rio de elimina=C3=A7=C3=A3o de dados do lote.
- 0 equipamentos com cart=C3=A3o SIM.

Os certificados de elimina=C3=A7=C3=A3o de dados ser=C3=A3o enviados por eq=
uipamento ap=C3=B3s
o apagamento certificado (prazo previsto: 10 dias =C3=BAteis).

Esta mensagem foi gerada automaticamente pelo sistema de gest=C3=A3o de lot=
es.
Por favor n=C3=A3o responda a este endere=C3=A7o.

Recondiciona, Lda. =E2=80=93 Rua da Ind=C3=BAstria 210, 4400-000 Vila Nova =
de Gaia
--RB20260417-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Verdana,sans-serif;font-size:13px">
<h3>Rece=C3=A7=C3=A3o do lote RB-2026-0417</h3>
<p>Parceiro: Shop Example BV &middot; Guia GR-55817 &middot; 48/48 equipame=
ntos recebidos</p>
<table border=3D"1" cellpadding=3D"4" style=3D"border-collapse:collapse">
<tr><th>Ocorr=C3=AAncia</th><th>IMEI</th><th>A=C3=A7=C3=A3o</th></tr>
<tr><td>Bloqueio de ativa=C3=A7=C3=A3o</td><td>356231118804572</td><td>Quar=
entena</td></tr>
<tr><td>Bloqueio de ativa=C3=A7=C3=A3o</td><td>353448092271605</td><td>Quar=
entena</td></tr>
<tr><td>Cart=C3=A3o microSD com dados</td><td>357019224481339</td><td>Destr=
ui=C3=A7=C3=A3o f=C3=ADsica do cart=C3=A3o</td></tr>
</table>
<p style=3D"color:#888;font-size:11px">Mensagem gerada automaticamente. Por=
 favor n=C3=A3o responda a este endere=C3=A7o.</p>
</body></html>
--RB20260417-alt--
'''),
    ('pt', 'tradein-platform-data-export-ready', 'automated', (),
'''Return-Path: <bounces+3318204-9c2a-privacy=shop.example.be@em7120.retomafacil.example.pt>
Received: from o12.em7120.retomafacil.example.pt (o12.em7120.retomafacil.example.pt [198.51.100.182])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QNGm9Ts1rz3kV
        for <privacy@shop.example.be>; Tue, 12 May 2026 15:18:47 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=retomafacil.example.pt;
	h=content-type:from:mime-version:subject:to:cc:content-type:from:subject:to;
	s=s1; bh=Ab6Cd0Ef4Gh8Ij2Kl6Mn0Op4Qr8St2Uv6Wx0Yz4Ab8=;
	b=Cd2Ef6Gh0Ij4Kl8Mn2Op6Qr0St4Uv8Wx2Yz6Ab0Cd4Ef8Gh2Ij6Kl0Mn4Op8Qr2St6Uv0Wx4Yz8
Content-Type: multipart/alternative; boundary=7d3f1b2c9e0a4d5f8a6b1c2e3d4f5a6b
Date: Tue, 12 May 2026 13:18:45 +0000 (UTC)
From: =?UTF-8?Q?RetomaF=C3=A1cil_para_Empresas?= <nao-responder@retomafacil.example.pt>
Mime-Version: 1.0
Message-ID: <Xk2bT9qVQ0yR7mLw4Nc1aA@geopod-ismtpd-14>
Subject: =?UTF-8?Q?A_sua_exporta=C3=A7=C3=A3o_de_dados_est=C3=A1_pronta_(retomas_?=
 =?UTF-8?Q?jan.=E2=80=93abr._2026)?=
To: privacy@shop.example.be
X-SG-EID: u001.Qm3x8Vb2Kt9Rw0Lp5Zy7Hc1Nf4Jd6Gs2Ua8Ie0Ok3Tq5Wv7Xn9Bm1Cl4Df6Eh8
X-Entity-ID: u001.9Zr2Lk5Vp8Xc1Mn4Bq7Tw0Jy3Hf6Gd9Sa2
Auto-Submitted: auto-generated

--7d3f1b2c9e0a4d5f8a6b1c2e3d4f5a6b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0

RetomaF=C3=A1cil para Empresas

Ol=C3=A1,

A exporta=C3=A7=C3=A3o de dados pedida por privacy@shop.example.be em 12/05=
/2026
=C3=A0s 14:02 est=C3=A1 pronta.

Conta:            Shop Example BV =E2=80=93 lojas BE (ID 88-2041)
Per=C3=ADodo:          01/01/2026 =E2=80=93 30/04/2026
Conte=C3=BAdo:         retomas e avalia=C3=A7=C3=B5es (1 812 registos)
Campos inclu=C3=ADdos: nome do cliente, e-mail, NIF/n.=C2=BA de documento de
                  identifica=C3=A7=C3=A3o, IMEI, n=C3=BAmero de s=C3=A9rie,=
 valor da avalia=C3=A7=C3=A3o,
                  estado do vale, data da elimina=C3=A7=C3=A3o de dados
Formato:          CSV (UTF-8), ficheiro ZIP cifrado

Descarregar: https://empresas.retomafacil.example.pt/exportacoes/e-5530917

Por motivos de seguran=C3=A7a, a liga=C3=A7=C3=A3o expira em 48 horas e s=
=C3=B3 pode ser usada
por um utilizador autenticado da sua conta. Ap=C3=B3s esse prazo o ficheiro=
 =C3=A9
apagado automaticamente dos nossos servidores.

Este ficheiro cont=C3=A9m dados pessoais. Trate-o de acordo com a sua pol=
=C3=ADtica
de prote=C3=A7=C3=A3o de dados.

Esta =C3=A9 uma mensagem autom=C3=A1tica. N=C3=A3o responda a este e-mail.
--7d3f1b2c9e0a4d5f8a6b1c2e3d4f5a6b
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0

<html><body style=3D"margin:0;background:#f4f6f8">
<table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0"><tr><td align=3D"=
center">
<table width=3D"560" style=3D"background:#fff;font-family:Arial,sans-serif;=
font-size:14px;color:#2b2b2b;padding:24px">
<tr><td><h2 style=3D"color:#00875a">A sua exporta=C3=A7=C3=A3o de dados est=
=C3=A1 pronta</h2>
<p>Conta: <b>Shop Example BV =E2=80=93 lojas BE</b> (ID 88-2041)<br>Per=C3=
=ADodo: 01/01/2026 =E2=80=93 30/04/2026<br>1 812 registos de retomas e aval=
ia=C3=A7=C3=B5es</p>
<p><a href=3D"https://empresas.retomafacil.example.pt/exportacoes/e-5530917=
" style=3D"background:#00875a;color:#fff;padding:10px 18px;text-decoration:=
none;border-radius:4px">Descarregar exporta=C3=A7=C3=A3o</a></p>
<p style=3D"font-size:12px;color:#666">A liga=C3=A7=C3=A3o expira em 48 hor=
as. Este ficheiro cont=C3=A9m dados pessoais.</p>
<p style=3D"font-size:11px;color:#999">Esta =C3=A9 uma mensagem autom=C3=A1=
tica. N=C3=A3o responda a este e-mail.</p>
</td></tr></table></td></tr></table>
</body></html>
--7d3f1b2c9e0a4d5f8a6b1c2e3d4f5a6b--
'''),
    ('pt', 'person-complaint-phone-disclaimer-photos-left-on-tradein', 'complaint', (),
'''Return-Path: <ricardo.antunes@antunes-associados.example.pt>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2118.outbound.protection.outlook.com [192.0.2.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QNLq5Wy2dz7cM
        for <privacy@shop.example.be>; Tue, 19 May 2026 23:06:52 +0200 (CEST)
Received: from PA4PR09MB6215.eurprd09.prod.outlook.com (2603:10a6:102:3a8::7) by
 DU0PR09MB5920.eurprd09.prod.outlook.com (2603:10a6:10:3e1::11) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8901.22; Tue, 19 May
 2026 21:06:49 +0000
From: Ricardo Antunes <ricardo.antunes@antunes-associados.example.pt>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?windows-1252?Q?RE:_Confirma=E7=E3o_de_elimina=E7=E3o_de_dados_=96_retoma_B?=
 =?windows-1252?Q?XL-TI-2026-03120?=
Thread-Topic: =?windows-1252?Q?Confirma=E7=E3o_de_elimina=E7=E3o_de_dados_=96_retoma_BXL-?=
 =?windows-1252?Q?TI-2026-03120?=
Thread-Index: AQHc2Hq0v5N1m7iS8kOEtzJ9fM3K0A==
Date: Tue, 19 May 2026 21:06:48 +0000
Message-ID: <PA4PR09MB6215A7C3E91D2B40F5E6C8A1B9D72@PA4PR09MB6215.eurprd09.prod.outlook.com>
References: <noreply-tradein.20260402103311.3120@shop.example.be>
In-Reply-To: <noreply-tradein.20260402103311.3120@shop.example.be>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

Boa noite,

Em abril troquei o meu iPhone na vossa loja de Bruxelas (Rue Neuve) e receb=
i a mensagem abaixo a "confirmar" que os dados tinham sido eliminados. Hoje=
 fui contactado no WhatsApp por uma senhora que comprou o telem=F3vel recon=
dicionado no vosso site de usados: tinha as minhas fotografias, os meus con=
tactos e conversas do WhatsApp, incluindo fotografias dos meus filhos.

Isto =E9 inaceit=E1vel. Confiei na vossa garantia de elimina=E7=E3o certifi=
cada. Quero saber por escrito como =E9 que isto aconteceu, a quem mais o ap=
arelho passou e o que v=E3o fazer. Se n=E3o tiver uma resposta s=E9ria em 1=
5 dias, apresento queixa =E0 Autoridade de Prote=E7=E3o de Dados.

Ricardo Antunes

Obter o Outlook para iOS

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer ficheiros anexos s=E3=
o confidenciais e destinam-se exclusivamente ao uso da pessoa ou entidade a=
 quem s=E3o dirigidos, podendo conter informa=E7=E3o sujeita a sigilo profi=
ssional. Se recebeu esta mensagem por engano, por favor notifique imediatam=
ente o remetente e elimine-a do seu sistema, sendo proibida qualquer utiliz=
a=E7=E3o, divulga=E7=E3o, c=F3pia ou distribui=E7=E3o do seu conte=FAdo. A =
Antunes & Associados, Sociedade de Advogados, SP, RL n=E3o se responsabiliz=
a por altera=E7=F5es ao conte=FAdo desta mensagem nem pela transmiss=E3o de=
 v=EDrus. Antes de imprimir esta mensagem, pense no ambiente.

CONFIDENTIALITY NOTICE: This message and any attachments are confidential a=
nd intended solely for the addressee. If you received it in error, please n=
otify the sender and delete it.
________________________________
De: Shop Example Trade-in <noreply-tradein@shop.example.be>
Enviado: quinta-feira, 2 de abril de 2026 12:33
Para: Ricardo Antunes <ricardo.antunes@antunes-associados.example.pt>
Assunto: Confirma=E7=E3o de elimina=E7=E3o de dados =96 retoma BXL-TI-2026-=
03120

Esta =E9 uma mensagem autom=E1tica. Por favor n=E3o responda.

Caro cliente,

Confirmamos que o equipamento abaixo foi sujeito a elimina=E7=E3o certifica=
da de dados pelo nosso parceiro antes da revenda.

Retoma: BXL-TI-2026-03120
Equipamento: Apple iPhone 13, 128 GB
IMEI: 35 340809 227160 5
Resultado: elimina=E7=E3o conclu=EDda

Shop Example =96 Servi=E7o de Retomas
'''),
]

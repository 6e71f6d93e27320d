"""Sixtyfourth set: robot mail of the photo service, print partners, kiosks, design and proof tools, file sharing and review platforms, plus people who look automatic (en, nl, fr, de, es, it, pt). Written apart from the code."""

ROBOTS = [
    ('en', 'print-partner-retention-purge-report', 'automated', (),
'''Return-Path: <bounces+p4471-privacy=shop.example.be@notify.lumenprint.example.co.uk>
Received: from o12.notify.lumenprint.example.co.uk (o12.notify.lumenprint.example.co.uk [198.51.100.42])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fq2T81kZ3z9vRb
        for <privacy@shop.example.be>; Mon, 5 Oct 2026 02:12:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=lumenprint.example.co.uk; s=lp2025;
        t=1791162718; h=from:to:subject:date:message-id:mime-version:content-type;
        bh=HKayGYn+JsfNmT5kTxzrzYhprE2gmT1KffU3IQbEHTK=;
        b=mAqBIe94fQm+9cq92DQ3ovF6mh/uEf7D/nzMRkHhYY25+QZmoqVz9KR3aTkRO1h3WIv+lG
         K904EsZx3+eohsK+MBQORKgYAaEfFsdUpb1fYVia1BnuWj1+m8WmFllJe4NiM/DtfzD6gT
         5MSxAslhA/LVgg8Dt8BAYuUiwtRLAI1OYGDyhZr/pfoKPpsUTrCdMbdaU5lWnGpCiVizoD
         gg31ngjvlQtlEcdn8Vk/7Jlio2nYlJKsS7eAauQg6DZfQcko43vV/ZZ42drVKC9YlzW2lx
         aKgVniNJ4mBfMS39FkFXF2trxWLitfUDdaM2XYdUXJs2dPrWs54DkBIyrzqLkh==
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="===============7318850226419021873=="
From: Lumen Print Data Operations <no-reply@lumenprint.example.co.uk>
To: privacy@shop.example.be
Subject: [Lumen Print] Retention purge completed - 1,284 customer uploads
 deleted (SHOPEX-BE)
Date: Mon, 5 Oct 2026 01:11:58 +0100
Message-ID: <purge-report.20261005.SHOPEX-BE.7c1e94d2@lumenprint.example.co.uk>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Feedback-ID: purge-report:shopex-be:dataops

--===============7318850226419021873==
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Retention purge report
Account: Shop Example BV (SHOPEX-BE)
Data processing agreement: DPA-2024-117, Schedule 2 (retention of print fil=
es)
Run: Monday 5 October 2026, 00:00-01:11 (UK time)

Summary
- Customer uploads deleted (30 days after dispatch): 1,284 files / 14.6 GB
  Photo books: 212 orders, canvases: 48 orders, calendars: 31 orders,
  personalised mugs and T-shirts: 97 orders
- Print-ready PDFs deleted: 388
- Thumbnails and preview images deleted: 1,284
- Orders skipped (legal hold or open complaint): 3
  PB-2026-118402, CV-2026-020913, PB-2026-119077
- Encrypted backups: the deleted files expire from backup within 35 days.

No personal data was exported during this run. The deletion log (CSV,
order numbers and file hashes only, no image content) is available in the
Partner Portal under Compliance > Deletion logs for 90 days.

This is an automated message from the Lumen Print data operations
service. Replies to this address are not monitored. For questions about
the data processing agreement, contact your account manager.

Lumen Print Ltd - Unit 4, Harbour Trading Estate, Northampton NN3 8QX
Registered in England and Wales No. 08815342

--===============7318850226419021873==
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html lang=3D"en"><head><meta http-equiv=3D"Content-Type" content=3D"text/h=
tml; charset=3Dutf-8"><title>Retention purge report</title></head>
<body style=3D"margin:0;padding:0;background:#f3f4f6;">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0" style=3D"background:#f3f4f6;"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"600" cellpadding=3D"0" cellspacing=3D=
"0" style=3D"background:#ffffff;font-family:Helvetica,Arial,sans-serif;font=
-size:14px;color:#1f2937;">
<tr><td style=3D"padding:24px 32px;background:#0f3d5e;color:#ffffff;font-si=
ze:18px;font-weight:bold;">Retention purge report</td></tr>
<tr><td style=3D"padding:24px 32px;">
<p>Account: <strong>Shop Example BV (SHOPEX-BE)</strong><br>Data processing=
 agreement: DPA-2024-117, Schedule 2 (retention of print files)<br>Run: Mon=
day 5 October 2026, 00:00&ndash;01:11 (UK time)</p>
<table cellpadding=3D"6" cellspacing=3D"0" style=3D"border-collapse:collaps=
e;width:100%;font-size:14px;">
<tr><td style=3D"border-bottom:1px solid #e5e7eb;">Customer uploads deleted=
 (30 days after dispatch)</td><td style=3D"border-bottom:1px solid #e5e7eb;=
text-align:right;">1,284 files / 14.6 GB</td></tr>
<tr><td style=3D"border-bottom:1px solid #e5e7eb;">Print-ready PDFs deleted=
</td><td style=3D"border-bottom:1px solid #e5e7eb;text-align:right;">388</t=
d></tr>
<tr><td style=3D"border-bottom:1px solid #e5e7eb;">Thumbnails and preview i=
mages deleted</td><td style=3D"border-bottom:1px solid #e5e7eb;text-align:r=
ight;">1,284</td></tr>
<tr><td>Orders skipped (legal hold or open complaint)</td><td style=3D"text=
-align:right;">3</td></tr>
</table>
<p>No personal data was exported during this run. The deletion log (CSV, or=
der numbers and file hashes only, no image content) is available in the Par=
tner Portal under <em>Compliance &gt; Deletion logs</em> for 90 days.</p>
<p style=3D"font-size:12px;color:#6b7280;">This is an automated message fro=
m the Lumen Print data operations service. Replies to this address are not =
monitored.</p>
</td></tr>
<tr><td style=3D"padding:16px 32px;font-size:11px;color:#9ca3af;">Lumen Pri=
nt Ltd &middot; Unit 4, Harbour Trading Estate, Northampton NN3 8QX &middot=
; Registered in England and Wales No. 08815342</td></tr>
</table></td></tr></table>
</body></html>

--===============7318850226419021873==--
'''),
    ('en', 'postfix-bounce-privacy-reply-share-link', 'automated', (),
'''Return-Path: <>
Received: from mx-out1.shop.example.be (mx-out1.shop.example.be [10.20.0.11])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FsH0k2Rr1z9vRq
        for <privacy@shop.example.be>; Tue, 13 Oct 2026 10:42:18 +0200 (CEST)
Received: by mx-out1.shop.example.be (Postfix)
        id 7A1C32E0F4; Tue, 13 Oct 2026 10:42:17 +0200 (CEST)
Date: Tue, 13 Oct 2026 10:42:17 +0200 (CEST)
From: MAILER-DAEMON@mx-out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="7A1C32E0F4.1791276137/mx-out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261013084217.7A1C32E0F4@mx-out1.shop.example.be>

This is a MIME-encapsulated message.

--7A1C32E0F4.1791276137/mx-out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx-out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.whitfeld1962@gmail.com>: host gmail-smtp-in.l.google.com[142.251.9.27]
    said: 550-5.1.1 The email account that you tried to reach does not exist.
    Please try 550-5.1.1 double-checking the recipient's email address for
    typos or 550-5.1.1 unnecessary spaces. For more information, go to 550
    5.1.1  https://support.google.com/mail/?p=NoSuchUser
    5b1f17b1804b1-47d2a1c0e3fsi88214455e9.214 - gsmtp (in reply to RCPT TO
    command)

--7A1C32E0F4.1791276137/mx-out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out1.shop.example.be
X-Postfix-Queue-ID: 7A1C32E0F4
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 13 Oct 2026 10:42:15 +0200 (CEST)

Final-Recipient: rfc822; d.whitfeld1962@gmail.com
Original-Recipient: rfc822;d.whitfeld1962@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach
    does not exist. Please try 550-5.1.1 double-checking the recipient's email
    address for typos or 550-5.1.1 unnecessary spaces. For more information,
    go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser
    5b1f17b1804b1-47d2a1c0e3fsi88214455e9.214 - gsmtp

--7A1C32E0F4.1791276137/mx-out1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [10.20.0.5])
        by mx-out1.shop.example.be (Postfix) with ESMTPS id 7A1C32E0F4
        for <d.whitfeld1962@gmail.com>; Tue, 13 Oct 2026 10:42:15 +0200 (CEST)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Daniel Whitfield <d.whitfeld1962@gmail.com>
Subject: Re: Photos still visible in my saved designs [PRV-2026-0871]
Date: Tue, 13 Oct 2026 10:42:11 +0200
Message-ID: <prv-2026-0871.3.b41e@shop.example.be>
In-Reply-To: <CAJx4n0e=P8dW1qk+3sV9b2@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Mr Whitfield,

Thank you for your message of 9 October about the photos that still appear
in your saved designs in our design tool.

We have removed the 37 photos you listed from the designs "Anniversary
mug" and "Family canvas 2025". The designs themselves are still in your
account, as you asked. As requested, you can download a copy of the
remaining uploads linked to your account here (valid until 20 October):

https://share.shop.example.be/s/Qm7tWx2Lp9

Kind regards,

Ines Claes
Privacy Team - Shop Example BV
privacy@shop.example.be

--7A1C32E0F4.1791276137/mx-out1.shop.example.be--
'''),
    ('en', 'exchange-ooo-print-partner-dpo', 'automated', (),
'''Return-Path: <priya.raman@lumenprint.example.co.uk>
Received: from LO3P265CU004.outbound.protection.outlook.com (mail-uksouthazon11020131.outbound.protection.outlook.com [52.101.195.131])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FmWq63tVdz9vRk
        for <privacy@shop.example.be>; Thu, 8 Oct 2026 11:15:06 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=lumenprint.example.co.uk; s=selector1;
        t=1791450903; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        bh=Ha5gHu8mbXcQtTPVd4lGkmoHnaOoHk6aC1+SCgqML0V=;
        b=zF6TvaCSc3U2ldfoP7CM705Mu7g9sUEOB0Qzrc4UQIlock2ri9dd4k6PETEf87skxvonIG
         kdYgpWNUhf3x4ivDPzPF5TGZNDSrxw9bZ+0DqnMjVZZbIK8wzLsHJRh9goIn8tdhyUxo8f
         ArOmnke22Z++S8IfAwCZtrK5ePcSgDX+e4QXg55pqJg4Ibk/zaDxbp2yIqDFxSQDJHuShD
         Mfnhfn3ndRuJfAuWZ5SjWhC9RcuF66dpI1ExVT7wsVU+LXMwYf2YZpK0nHERhemR8IzBwU
         WSutc/ITmjwhCdCNaL0dOUruxFO+uN8zHDnutc6ay9BAbFNrUSl1eEw9C5pQ4b==
Received: from LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1a6::9) by
 LO0P265MB6523.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:3f1::14) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.19; Thu, 8 Oct 2026 09:15:03 +0000
From: Priya Raman <priya.raman@lumenprint.example.co.uk>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Schedule 2 - retention of customer uploads and
 proofs (our ref PRV-2026-0790)
Thread-Topic: Schedule 2 - retention of customer uploads and proofs (our ref
 PRV-2026-0790)
Thread-Index: AQHcN0yq8dW1Zr3kR0S2bV9hQeP4fw==
Date: Thu, 8 Oct 2026 09:15:02 +0000
Message-ID: <LO2P265MB44107F3C1D2A9B6E05C1E8A2B9A12@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM>
References: <prv-2026-0790.1.77ac@shop.example.be>
In-Reply-To: <prv-2026-0790.1.77ac@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: priya.raman@lumenprint.example.co.uk
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <prv-2026-0790.1.77ac@shop.example.be>
x-ms-exchange-generated-message-source: Mailbox Rules Agent
Accept-Language: en-GB, en-US
Content-Language: en-GB
Content-Type: multipart/alternative;
	boundary="_000_LO2P265MB44107F3C1D2A9B6E05C1E8A2B9A12LO2P265MB4410GBRP_"
MIME-Version: 1.0

--_000_LO2P265MB44107F3C1D2A9B6E05C1E8A2B9A12LO2P265MB4410GBRP_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email.

I am out of the office until Monday 19 October 2026 with limited access to =
email.

For data protection matters about print files, customer uploads, proofs or =
deletion logs, please contact dataprotection@lumenprint.example.co.uk, whic=
h is monitored daily.
For urgent production issues (photo books, canvases, calendars), please cal=
l the Northampton lab on +44 1604 496 018.

Kind regards,

Priya Raman
Data Protection Officer | Lumen Print Ltd

--_000_LO2P265MB44107F3C1D2A9B6E05C1E8A2B9A12LO2P265MB4410GBRP_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-GB" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Thank you for your email.<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal">I am out of the office until Monday 19 October 2026 =
with limited access to email.<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal">For data protection matters about print files, custo=
mer uploads, proofs or deletion logs, please contact <a href=3D"mailto:data=
protection@lumenprint.example.co.uk">dataprotection@lumenprint.example.co.u=
k</a>, which is monitored daily.<o:p></o:p></p>
<p class=3D"MsoNormal">For urgent production issues (photo books, canvases,=
 calendars), please call the Northampton lab on +44 1604 496 018.<o:p></o:p=
></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal">Kind regards,<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p>
<p class=3D"MsoNormal"><b>Priya Raman</b><o:p></o:p></p>
<p class=3D"MsoNormal">Data Protection Officer | Lumen Print Ltd<o:p></o:p>=
</p>
</div>
</body>
</html>

--_000_LO2P265MB44107F3C1D2A9B6E05C1E8A2B9A12LO2P265MB4410GBRP_--
'''),
    ('en', 'transfer-service-upload-complete-expiry', 'automated', (),
'''Return-Path: <01020199e8a3c4b7-5d1f0c7e-2b9a-4e61-9f3d-8c0b7a6e5d41-000000@eu-west-1.amazonses.com>
Received: from a7-12.smtp-out.eu-west-1.amazonses.com (a7-12.smtp-out.eu-west-1.amazonses.com [54.240.7.12])
        (using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FtPj52cH0z9vRm
        for <privacy@shop.example.be>; Thu, 15 Oct 2026 10:17:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sendwave.example.eu; s=k7ses2;
        t=1792052233; h=Content-Type:From:To:Subject:Message-ID:Date:MIME-Version;
        bh=wrH1cu+Ni5KKhQAKNaSz2NIcKYDy2DgtmknHk3hF6zH=;
        b=8Xx6rbnJ5xn7oDXl985JanEYfc4jweJuY4GqVdQ3ZBdmDIKwebV9VoqOo1VvwxGMYPBH3I
         ZygwcuNPQZ17xBo3HOTE+hxpsd7xxJg+lyADJtahdsqfMDWEMi7y8xU9xNB+QeLZ+xmyEi
         R1Vp4tq28b15+PqL2zKu9nqT3S8p2/tGdXNdHByJmjYGfeseQ74OEAagp/U32wpyTXLWF6
         N35CfWwkmZ7HDo8+ZSuHoYSvOQvHDhs+jXfMnkD1a454jeI3a+4oWZQN6o8x+N049Fv1xF
         HFr9vHUyoaPWYg3KLK7zmBQ0UEWbiuHhydLduDwGdpRsfPa9hKl5VS4CoEPDWV==
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=amazonses.com; s=ihchhvubuqgjsxyuhssfvqohv7z3u4hn;
        t=1792052233; h=Date:From:To:Subject:Message-ID:Content-Type:MIME-Version:Feedback-ID;
        bh=p7QhrlRoggYx0o/wmO88XW3xSxgD0HlnpFJcQkmkcTs=;
        b=HpS9wkfB2QT13CxSqciIMma8v36upz2GzBH2nWTz/LYK4cEbDGhTXJX322Ub/mLAwKfxng
         Hrd4QaD2hstrncchP5qktYNGMq9UKyC+uNmaNmcTXJ+pL4pg76s32qinQlCRhVb1VfLWFv
         bvm2jedIVMEMbxg+FhUpx905bkMoA2o+P3GZt8xCgS1UpclZeU8y8eMrF9ARkuTDxWJk+4
         rI3a5oviFCigybg4sPDMdfZJrbbgW1KWWbkdtr6mdQAgUXbEhM2E0NJP0eFTmRQBiC6Evs
         M2za48WI9MGEvTJwXrsNvlEB479Sjfw0vfhlzLLo57blL+JDO/EczaMRXWltm+==
Date: Thu, 15 Oct 2026 08:17:13 +0000
From: SendWave <noreply@sendwave.example.eu>
To: privacy@shop.example.be
Message-ID: <01020199e8a3c4b7-5d1f0c7e-2b9a-4e61-9f3d-8c0b7a6e5d41-000000@eu-west-1.amazonses.com>
Subject: Your transfer is complete: 412 files uploaded (link expires in 7
 days)
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_2210871_1418096562.1792052233114"
X-SW-Notification: transfer.upload_complete
X-Auto-Response-Suppress: All
Feedback-ID: 1.eu-west-1.Vk3b9Qm2hG0yU8xR+TnW5aLz4c1dE6sP7fJ0oKqYiBw=:AmazonSES
X-SES-Outgoing: 2026.10.15-54.240.7.12

------=_Part_2210871_1418096562.1792052233114
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Your transfer is complete

412 files (3.8 GB) were uploaded and are ready to download.

Transfer: PRV-2026-0855 - photo book uploads (copy for data subject)
Sent to: 1 recipient (m.okafor@outlook.com)
Download link: https://sendwave.example.eu/t/8fK2mQ7xRr
Expires: Thursday 22 October 2026, 23:59 CEST (in 7 days)
Password protection: on
Downloads so far: 0

We'll let you know when your recipient downloads the files. After the
expiry date the files are permanently deleted from our servers and can't
be recovered.

You're receiving this e-mail because privacy@shop.example.be sent a
transfer with SendWave for Business (team: Shop Example BV - Legal &
Privacy). Manage notifications: https://sendwave.example.eu/settings/notifi=
cations

SendWave B.V., Keizersgracht 318, 1016 EZ Amsterdam, The Netherlands

------=_Part_2210871_1418096562.1792052233114
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta charset=3D"utf-8"></head>
<body style=3D"font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;f=
ont-size:15px;color:#17171a;line-height:1.5">
<p>Your transfer is complete</p>
<p>412 files (3.8 GB) were uploaded and are ready to download.</p>
<p>Transfer: PRV-2026-0855 - photo book uploads (copy for data subject)<br>
Sent to: 1 recipient (m.okafor@outlook.com)<br>
Download link: https://sendwave.example.eu/t/8fK2mQ7xRr<br>
Expires: Thursday 22 October 2026, 23:59 CEST (in 7 days)<br>
Password protection: on<br>
Downloads so far: 0</p>
<p>We'll let you know when your recipient downloads the files. After the<br>
expiry date the files are permanently deleted from our servers and can't<br>
be recovered.</p>
<p>You're receiving this e-mail because privacy@shop.example.be sent a<br>
transfer with SendWave for Business (team: Shop Example BV - Legal &amp;<br>
Privacy). Manage notifications: https://sendwave.example.eu/settings/notifi=
cations</p>
<p>SendWave B.V., Keizersgracht 318, 1016 EZ Amsterdam, The Netherlands</p>
</body></html>

------=_Part_2210871_1418096562.1792052233114--
'''),
    ('en', 'person-access-reply-above-photobook-production-notice', 'access', (),
'''Return-Path: <harriet.cole@icloud.com>
Received: from st43p00im-ztdg10061801.me.com (st43p00im-ztdg10061801.me.com [17.58.63.171])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FqxB70nS9z9vRd
        for <privacy@shop.example.be>; Mon, 12 Oct 2026 19:48:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com; s=1a1hai;
        t=1791827318; h=From:Content-Type:Mime-Version:Subject:Date:Message-Id:To;
        bh=R5lf/8UtQ5HNU5T5Ib/AxNc/dpBDMNwaFtIuImPGFmW=;
        b=U0oPZDOf4RCF4opXLkL7wc0f1d8GtRcsCpBdkrfjEDDnNivrGVRFsevXE/f41fDgLKqS79
         IW7n5csT+hl6FInJ/1YeuTy/zk2xSk6BMAzc2rE2U5OQ8gfl8x/hHC3/bGXZ2WbK8zZQtP
         L58bsati0uH5fW6LVoIScBobUnrdmdcC0gw0GHye0nKdR+3dFZu7+v1hX013M9mG7FUdPD
         72yHM5cFPW2d0kK7rw/3UICROacmbyFJ1uwhHjs+DP5O+4vPXWLSpGHy8Uic9wLgFU0Okt
         Zx2vbHGMIsw+0GDxtjjnwQZ4GIrEHhfi57apl8V893/YW8mx/JPtkaphXhUqbi==
Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])
	by st43p00im-ztdg10061801.me.com (Postfix) with ESMTPSA id 8D2E3A00C1
	for <privacy@shop.example.be>; Mon, 12 Oct 2026 17:48:38 +0000 (UTC)
From: Harriet Cole <harriet.cole@icloud.com>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (Mac OS X Mail 16.0)
Subject: Re: Your photo book is in production (order PB-2026-121556)
Date: Mon, 12 Oct 2026 18:48:37 +0100
References: <pb-2026-121556.production.5e1a@notify.shop.example.be>
To: privacy@shop.example.be
In-Reply-To: <pb-2026-121556.production.5e1a@notify.shop.example.be>
Message-Id: <6B1F0E2A-93C4-4D8E-A7B5-1C2E3F4A5B6C@icloud.com>
X-Mailer: Apple Mail (2.3826.400.131.1.6)

Hello,

I got the message below this morning and I'm replying to it because it's th=
e only thing I have from you. The book is of my daughter's first year, abou=
t 400 photos, some of them in the bath, at the hospital and so on. I'm not =
cancelling the order, but before it goes any further I'd like to know:

- who has access to these photos. Does anyone at your lab or at the printer=
 actually look at them?
- where the printing is done (the mail says "production partner", in which =
country?)
- what you keep about me and for how long, including the uploads and the bo=
ok design itself

Could you send me a copy of everything you hold about me, please?

Thanks,
Harriet Cole

> On 12 Oct 2026, at 07:31, Shop Example Photo Service <noreply-photo@shop.=
example.be> wrote:
>=20
> Your photo book is in production
>=20
> Order PB-2026-121556 - Photo book A4 landscape, 60 pages, hardcover
> Title: "Maisie - Year One"
>=20
> Good news! Your uploaded photos (412) passed our automatic quality check =
and your book has been sent to our production partner. You'll receive anoth=
er e-mail with tracking details as soon as it ships (usually 3 to 5 working=
 days).
>=20
> Track your order: https://www.shop.example.be/en/account/orders/PB-2026-1=
21556
>=20
> This is an automated message. Please do not reply to this e-mail.
> Questions about your personal data? privacy@shop.example.be
>=20
> Shop Example BV - Industrieweg 41, 9000 Gent, Belgium
'''),
    ('nl', 'kiosk-platform-daily-erase-report', 'automated', (),
'''Return-Path: <monitoring@kioskhub.example.eu>
Received: from relay2.kioskhub.example.eu (relay2.kioskhub.example.eu [198.51.100.130])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (4096 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FsT7g1yQbz9vRs
        for <privacy@shop.example.be>; Wed, 14 Oct 2026 06:00:41 +0200 (CEST)
Received: from app-reports-01 (localhost [127.0.0.1])
        by relay2.kioskhub.example.eu (Postfix) with ESMTP id 1C7F5400B2;
        Wed, 14 Oct 2026 06:00:40 +0200 (CEST)
From: KioskHub Monitoring <monitoring@kioskhub.example.eu>
To: privacy@shop.example.be
Cc: fotodienst@shop.example.be
Subject: =?utf-8?q?=5BKioskHub=5D_Dagelijks_?=
 =?utf-8?q?wisrapport_fotokiosken_=E2=80=93_?=
 =?utf-8?q?13/10/2026_=E2=80=93_2_afwijkingen?=
Date: Wed, 14 Oct 2026 06:00:40 +0200
Message-ID: <report.daily-erase.shopex.20261013@kioskhub.example.eu>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: KioskHub Notifier 3.8.2

Dagelijks wisrapport fotokiosken
Klant: Shop Example BV =E2=80=93 14 kiosken in 11 winkels
Periode: dinsdag 13/10/2026, 00:00 =E2=80=93 23:59

Overzicht
  Sessies afgesloten:                       286
  Klantbestanden automatisch gewist:        9.412 foto's
                                            (USB-stick, SD-kaart, smartphon=
e via QR)
  Pasfoto-sessies gewist na afdruk:         41
  Bestanden gewist binnen 24 u na sessie:   99,9 %

Afwijkingen (2)

  ! Kiosk GNT-ZUID-02 (Gent Zuid)
    Sessie 20261013-1744-0311 werd afgebroken door een stroomonderbreking.
    142 foto's van een USB-stick staan nog in de tijdelijke map.
    Automatische wissing opnieuw gepland om 02:00. Status: in wachtrij.

  ! Kiosk ANT-MEIR-01 (Antwerpen Meir)
    De cache 'Fotoboek in de winkel' bevat 1 project ouder dan 30 dagen
    (project FB-K-55120). Controleer of de klant toestemming gaf om het
    project te bewaren.

Er werden geen persoonsgegevens buiten de EER verwerkt.
Gezichtsherkenning ('Slim sorteren') staat uit op alle kiosken.

--
Dit bericht werd automatisch verzonden door KioskHub Monitoring.
Antwoorden op dit adres worden niet gelezen.
Rapportinstellingen: https://portal.kioskhub.example.eu/reports/shopex
'''),
    ('nl', 'zimbra-vacation-photo-lab', 'automated', (),
'''Return-Path: <evelien.desmet@fotolab-vlaanderen.example.be>
Received: from mta01.fotolab-vlaanderen.example.be (mta01.fotolab-vlaanderen.example.be [203.0.113.58])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FrB3n4LhMz9vRf
        for <privacy@shop.example.be>; Fri, 9 Oct 2026 14:22:51 +0200 (CEST)
Received: from localhost (localhost [127.0.0.1])
	by mta01.fotolab-vlaanderen.example.be (Postfix) with ESMTP id 5E4C1C0A14
	for <privacy@shop.example.be>; Fri, 9 Oct 2026 14:22:50 +0200 (CEST)
Date: Fri, 9 Oct 2026 14:22:50 +0200 (CEST)
From: Evelien De Smet <evelien.desmet@fotolab-vlaanderen.example.be>
To: privacy@shop.example.be
Message-ID: <2094418855.118204.1791548570413.JavaMail.zimbra@fotolab-vlaanderen.example.be>
In-Reply-To: <prv-2026-0802.2.c90d@shop.example.be>
Subject: =?utf-8?q?Afwezig_tot_23/10_=E2=80=93_Re=3A_?=
 =?utf-8?q?Bewaartermijn_scans_en_uploads_?=
 =?utf-8?q?=28verwerkersovereenkomst=29?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)

Beste,

Bedankt voor uw bericht. Ik ben met verlof tot en met vrijdag 23 oktober en=
 lees mijn mails niet.

Voor vragen over lopende bestellingen (fotoboeken, canvassen, kalenders) ku=
nt u terecht bij productie@fotolab-vlaanderen.example.be.
Voor vragen over de verwerking van klantbestanden, bewaartermijnen en het w=
issen van uploads neemt u contact op met mijn collega Koen Maes (koen.maes@=
fotolab-vlaanderen.example.be, 09 234 56 78).

Met vriendelijke groeten,
Evelien De Smet
Accountmanager =E2=80=93 Fotolab Vlaanderen nv
'''),
    ('nl', 'exchange-ndr-dutch-export-too-large', 'automated', (),
'''Return-Path: <>
Received: from EXCH01.vanacker-fotografie.example.be (mail.vanacker-fotografie.example.be [203.0.113.201])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FvC2d6KpWz9vRt
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 11:05:36 +0200 (CEST)
From: postmaster@vanacker-fotografie.example.be
To: privacy@shop.example.be
Date: Fri, 16 Oct 2026 09:05:33 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_ab3e9d51-7c0f-4b7a-9e2d-5f6a1c8b3d07_"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
Message-ID: <7f21c8a0-4d1e-4f3b-8a52-e90b6d4c1a3f@EXCH01.vanacker-fotografie.example.be>
In-Reply-To: <prv-2026-0861.4.1e77@shop.example.be>
References: <prv-2026-0861.4.1e77@shop.example.be>
Thread-Topic: =?utf-8?q?Uw_inzageverzoek_=E2=80=93_kopie_van_?=
 =?utf-8?q?uw_ge=C3=BCploade_foto=27s_=28deel_1_?=
 =?utf-8?q?van_3=29_=5BPRV-2026-0861=5D?=
Subject: =?utf-8?q?Onbestelbaar=3A_Uw_inzageverzoek_?=
 =?utf-8?q?=E2=80=93_kopie_van_uw_ge=C3=BCploade_?=
 =?utf-8?q?foto=27s_=28deel_1_van_3=29_?=
 =?utf-8?q?=5BPRV-2026-0861=5D?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--_ab3e9d51-7c0f-4b7a-9e2d-5f6a1c8b3d07_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bezorging is mislukt voor deze ontvangers of groepen:

Els Vanacker (els@vanacker-fotografie.example.be)
Het bericht is te groot om te worden bezorgd. Verzend het bericht opnieuw m=
et minder of kleinere bijlagen, of deel de bestanden via een koppeling.

Het onderwerp van het bericht was: Uw inzageverzoek =E2=80=93 kopie van uw =
ge=C3=BCploade foto's (deel 1 van 3) [PRV-2026-0861]

Diagnostische gegevens voor beheerders:

Server genereren: EXCH01.vanacker-fotografie.example.be

els@vanacker-fotografie.example.be
Remote Server returned '552 5.3.4 Message size exceeds fixed maximum messag=
e size (MaxReceiveSize 20 MB)'

Oorspronkelijke berichtkoppen:

Received: from mx-out1.shop.example.be (192.0.2.25) by
 EXCH01.vanacker-fotografie.example.be (10.0.0.12) with Microsoft SMTP Serv=
er
 (version=3DTLS1_2, cipher=3DTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.2.1544.14; Fri, 16 Oct 2026 11:05:31 +0200
From: Shop Example Privacyteam <privacy@shop.example.be>
To: Els Vanacker <els@vanacker-fotografie.example.be>
Subject: Uw inzageverzoek =E2=80=93 kopie van uw ge=C3=BCploade foto's (dee=
l 1 van 3) [PRV-2026-0861]
Date: Fri, 16 Oct 2026 11:05:22 +0200
Message-ID: <prv-2026-0861.4.1e77@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=3D"----=3D_Part_88213_61043.1792141=
522"

--_ab3e9d51-7c0f-4b7a-9e2d-5f6a1c8b3d07_
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.vanacker-fotografie.example.be
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Fri, 16 Oct 2026 09:05:31 +0000

Final-Recipient: rfc822;els@vanacker-fotografie.example.be
Action: failed
Status: 5.3.4
Diagnostic-Code: smtp;552 5.3.4 Message size exceeds fixed maximum message size (MaxReceiveSize 20 MB)

--_ab3e9d51-7c0f-4b7a-9e2d-5f6a1c8b3d07_
Content-Type: text/rfc822-headers

Received: from mx-out1.shop.example.be (192.0.2.25) by
 EXCH01.vanacker-fotografie.example.be (10.0.0.12) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.2.1544.14; Fri, 16 Oct 2026 11:05:31 +0200
From: Shop Example Privacyteam <privacy@shop.example.be>
To: Els Vanacker <els@vanacker-fotografie.example.be>
Subject: =?utf-8?q?Uw_inzageverzoek_=E2=80=93_kopie_van_?=
 =?utf-8?q?uw_ge=C3=BCploade_foto=27s_=28deel_1_?=
 =?utf-8?q?van_3=29_=5BPRV-2026-0861=5D?=
Date: Fri, 16 Oct 2026 11:05:22 +0200
Message-ID: <prv-2026-0861.4.1e77@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_88213_61043.1792141522"

--_ab3e9d51-7c0f-4b7a-9e2d-5f6a1c8b3d07_--
'''),
    ('nl', 'helpdesk-ticket-ack-engraving-workshop', 'automated', (),
'''Return-Path: <support+id48213@debeitel.example.be>
Received: from out-7.helpdesk-mailer.example.net (out-7.helpdesk-mailer.example.net [198.51.100.207])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FsZ1v0cGkz9vRw
        for <privacy@shop.example.be>; Wed, 14 Oct 2026 15:37:02 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=debeitel.example.be; s=hd1;
        t=1791985019; h=from:reply-to:to:subject:date:message-id:mime-version:content-type;
        bh=fhXDjgDU6cvYn8SRwhBRdq8xZX/UlTStSA0b0iT85rW=;
        b=eyQnz7qSo7MggBc/fuKi7vwFY6qRbqKwv++m2USP6NLzw5PcPzoTShrcjqVEDaRpSGOLgy
         XfahYrlQ5uGgE35z9F3HMdJJfifmWnWlCBNB/KZ4Q16y2j/7/D5VQRf35NfPAYzbWB8PCh
         5c89PJ6in0hNNzAsqgUtGVLcbVtbQVwKD4NDd3SnX31kw5dMDJBMC4W3P+GdUGtNWZzL7a
         I4YKhH+2Gf/OQxtY++YjlgemLO0tkl0B84npUcnt/y0L7OwkGgeRy8Ss52m9/5h1Eib2pS
         c8159hnGrNSW1vGZWnhyz2vNhZF8BeXh+HPeby1YlkjDY00tufFcCIKOkqXzLF==
Date: Wed, 14 Oct 2026 13:36:59 +0000
From: Graveeratelier De Beitel - Klantendienst <support@debeitel.example.be>
Reply-To: Graveeratelier De Beitel - Klantendienst <support+id48213@debeitel.example.be>
To: Shop Example Privacyteam <privacy@shop.example.be>
Message-ID: <ticket-48213-ack.5f1e0d@debeitel.example.be>
In-Reply-To: <prv-2026-0866.1.03ab@shop.example.be>
References: <prv-2026-0866.1.03ab@shop.example.be>
Subject: =?utf-8?q?=5B=2348213=5D_Ontvangen=3A_Wissen_?=
 =?utf-8?q?gravureteksten_=28namen=2C_datums=29_?=
 =?utf-8?q?bestellingen_ouder_dan_90_?=
 =?utf-8?q?dagen?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6710a4c2e91f3_5b2d3fe41c8a4d7c118763"
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Mailer: Helpdesk Mailer
X-Ticket-ID: 48213

----==_mimepart_6710a4c2e91f3_5b2d3fe41c8a4d7c118763
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Typ uw antwoord boven deze lijn -##

Beste Privacyteam Shop Example,

Bedankt voor uw bericht. Uw aanvraag werd geregistreerd onder ticketnummer =
#48213.

Onderwerp: Wissen gravureteksten (namen, datums) bestellingen ouder dan 90 =
dagen
Status: Open
Categorie: Gegevensbescherming / verwerkersovereenkomst

Onze klantendienst behandelt aanvragen binnen 2 werkdagen. Aanvragen over h=
et wissen van gravurebestanden, foto's van afgewerkte stukken of klantgegev=
ens worden doorgestuurd naar onze verantwoordelijke gegevensbescherming.

Wilt u iets toevoegen? Antwoord dan gewoon op deze e-mail, boven de lijn.

Met vriendelijke groeten,
Klantendienst Graveeratelier De Beitel

Dit is een automatisch bericht van ons ticketsysteem.

----==_mimepart_6710a4c2e91f3_5b2d3fe41c8a4d7c118763
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta charset=3D"utf-8"></head>
<body style=3D"font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#=
333333">
<p>##- Typ uw antwoord boven deze lijn -##</p>
<p>Beste Privacyteam Shop Example,</p>
<p>Bedankt voor uw bericht. Uw aanvraag werd geregistreerd onder ticketnumm=
er #48213.</p>
<p>Onderwerp: Wissen gravureteksten (namen, datums) bestellingen ouder dan =
90 dagen<br>
Status: Open<br>
Categorie: Gegevensbescherming / verwerkersovereenkomst</p>
<p>Onze klantendienst behandelt aanvragen binnen 2 werkdagen. Aanvragen ove=
r het wissen van gravurebestanden, foto's van afgewerkte stukken of klantge=
gevens worden doorgestuurd naar onze verantwoordelijke gegevensbescherming.=
</p>
<p>Wilt u iets toevoegen? Antwoord dan gewoon op deze e-mail, boven de lijn=
.</p>
<p>Met vriendelijke groeten,<br>
Klantendienst Graveeratelier De Beitel</p>
<p>Dit is een automatisch bericht van ons ticketsysteem.</p>
</body></html>

----==_mimepart_6710a4c2e91f3_5b2d3fe41c8a4d7c118763--
'''),
    ('nl', 'person-complaint-forwards-gallery-notice', 'complaint', (),
'''Return-Path: <sofie.verhelst88@gmail.com>
Received: from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FvX9r3MdTz9vRx
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 21:14:07 +0200 (CEST)
Received: by mail-ej1-f44.google.com with SMTP id a640c23a62f3a-b8e9a1c5d2eso771204266b.1
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 12:14:06 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
        t=1792264446; h=content-type:to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=g8/dXzOXK7S2nVIirMAq2DlyBWtbQMPBsPbAyohFxl8=;
        b=+ZbgEaT/6yEuBPjUmovukdVwkRpzH20mNFysrhgLSS4JfMIhMqHu+xhlcERsYcRyMpreSq
         a/vLQVaPUhxCCZ7nSxPT3kbIf2CfvJClspUWK5l+aYMBcnaWocKN3JGIV9U4cYmA215ecy
         l6UYtgP56bCBcFI5W7ytolEEjKwpahRfrjc9Iq97GnaCUTx4fjDMdRKdOGd3kDitcAqiZZ
         UihCcQ7dMthrWKHkjC4Hs9oBICMYtTNi5RMNjHwNv1moImMuJTYohmVtnyQ+w2T7NFM0vc
         zBiZWNFf5ZNLT9IOya2a4SfSu3fqdqqsRBedGoSkUINku4yShRvw8vuJn5PoZy==
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t=1792264446; x=1792869246;
        h=content-type:to:subject:message-id:date:from:in-reply-to:references:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;
        bh=g8/dXzOXK7S2nVIirMAq2DlyBWtbQMPBsPbAyohFxl8=;
        b=fJ99S5nN5PdjWs7udXLgodImJdcM54pVYiGrT/2hkU5LKuwlgGstECUFNqGrPHS9VtQ0jb
         ySkd+EvftjSqefeNwruRwL0RwPfq389ZaQKZJf49cwXVLA7WOscI9pn2eIe2/aPbLPINOZ
         2fAHjiKLQQfGpo7Kh+Cm7WL3Bffky8ji0F039qNW==
X-Gm-Message-State: AOJu0YxEZNAuNmNDAmFy8D6vXLb+DsPzlOYFjrqeJy4WMuV0ybfWNvxeP4d9M3WLALY
X-Google-Smtp-Source: AGHT+IEVzdqNimwzYtJwBdUWpf3CwJo0bWZI6vrHrF3Mt+WVICSOjbwwSMq4GGE
X-Received: by 2002:a17:907:3f22:b0:b8e:77c1:4a20 with SMTP id hq34-20020a1709073f2200b00b8e77c14a20mr1744021ejc.41.1792264446121;
        Mon, 19 Oct 2026 12:14:06 -0700 (PDT)
MIME-Version: 1.0
References: <gallery-88412.featured.7a0c@design.shop.example.be>
In-Reply-To: <gallery-88412.featured.7a0c@design.shop.example.be>
From: Sofie Verhelst <sofie.verhelst88@gmail.com>
Date: Mon, 19 Oct 2026 21:13:54 +0200
Message-ID: <CAM8pQ1v3hZ0KxW7=rT5eNq2YbL4sJd9fUo6cA1gXk=8Hn_mPwA@mail.gmail.com>
Subject: =?utf-8?q?Fwd=3A_Je_ontwerp_staat_nu_in_?=
 =?utf-8?q?onze_Idee=C3=ABngalerij!?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000c41e7f0624a1b3d2"

--000000000000c41e7f0624a1b3d2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dit is al de derde keer dat ik hierover mail (op 23/9 en 5/10 naar dit adre=
s, nooit een antwoord gekregen).

Mijn geboortekaartje met de foto van mijn zoontje, zijn volledige naam en g=
eboortedatum staat op jullie site als "inspiratie". Ik heb daar NOOIT toest=
emming voor gegeven, ik had het ontwerp alleen bewaard in mijn account. Het=
 staat er vandaag nog altijd op.

Als ik tegen vrijdag niets van jullie hoor, dien ik een klacht in bij de Ge=
gevensbeschermingsautoriteit.

Sofie Verhelst

---------- Doorgestuurd bericht ---------
Van: Shop Example Ontwerpstudio <no-reply@design.shop.example.be>
Date: zo 20 sep 2026 om 11:02
Subject: Je ontwerp staat nu in onze Idee=C3=ABngalerij!
To: <sofie.verhelst88@gmail.com>


Hoera, Sofie!

Je ontwerp "Geboortekaartje Lucas" werd geselecteerd voor onze Idee=C3=ABng=
alerij. Andere klanten kunnen het nu bekijken en als vertrekpunt gebruiken =
voor hun eigen kaartjes.

Bekijk je ontwerp in de galerij:
https://www.shop.example.be/nl/ideeen/geboorte/88412

Je ontvangt deze e-mail omdat je een account hebt bij Shop Example. Dit is =
een automatisch bericht, je kan er niet op antwoorden.

--000000000000c41e7f0624a1b3d2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Dit is al de derde keer dat ik hierover mail (op 23/9 en 5=
/10 naar dit adres, nooit een antwoord gekregen).<br><br>Mijn geboortekaart=
je met de foto van mijn zoontje, zijn volledige naam en geboortedatum staat=
 op jullie site als "inspiratie". Ik heb daar NOOIT toestemming voor gegeve=
n, ik had het ontwerp alleen bewaard in mijn account. Het staat er vandaag =
nog altijd op.<br><br>Als ik tegen vrijdag niets van jullie hoor, dien ik e=
en klacht in bij de Gegevensbeschermingsautoriteit.<br><br>Sofie Verhelst<b=
r><br><div class=3D"gmail_quote gmail_quote_container"><div dir=3D"ltr" cla=
ss=3D"gmail_attr">---------- Doorgestuurd bericht ---------<br>Van: <strong=
 class=3D"gmail_sendername" dir=3D"auto">Shop Example Ontwerpstudio</strong=
> <span dir=3D"auto">&lt;<a href=3D"mailto:no-reply@design.shop.example.be"=
>no-reply@design.shop.example.be</a>&gt;</span><br>Date: zo 20 sep 2026 om =
11:02<br>Subject: Je ontwerp staat nu in onze Idee=C3=ABngalerij!<br>To: &l=
t;<a href=3D"mailto:sofie.verhelst88@gmail.com">sofie.verhelst88@gmail.com<=
/a>&gt;<br></div><br><br><div><h2 style=3D"color:#e4572e">Hoera, Sofie!</h2=
><p>Je ontwerp &quot;Geboortekaartje Lucas&quot; werd geselecteerd voor onz=
e Idee=C3=ABngalerij. Andere klanten kunnen het nu bekijken en als vertrekp=
unt gebruiken voor hun eigen kaartjes.</p><p><a href=3D"https://www.shop.ex=
ample.be/nl/ideeen/geboorte/88412">Bekijk je ontwerp in de galerij</a></p><=
p style=3D"font-size:11px;color:#888">Je ontvangt deze e-mail omdat je een =
account hebt bij Shop Example. Dit is een automatisch bericht, je kan er ni=
et op antwoorden.</p></div></div></div>

--000000000000c41e7f0624a1b3d2--
'''),
    ('fr', 'gmail-vacation-freelance-retoucher', 'automated', (),
'''Return-Path: <claire@retouche-lambotte.example.be>
Received: from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FvN5q0TsRz9vRy
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 09:41:23 +0200 (CEST)
Received: by mail-wm1-f52.google.com with SMTP id 5b1f17b1804b1-47ee3a9c0d1so31822945e9.2
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 00:41:22 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=retouche-lambotte.example.be; s=google;
        t=1792222882; h=to:subject:message-id:date:from:auto-submitted:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=KwS3Ruc2nU6i/7hflQth4tDsxwnpkxYocArBMMEsB+t=;
        b=rBRmnYx3K0OvGXT1LZ9xI0iwBODHr8dgDeMdtWVQDLdtdHkSPcOzQt4t5VdB6evfiRFegY
         hwutSFkNMSz02O2/R2irKJjc1tJoRi1Pc3BODq7M5n0rrhkzkAN56zi9Q2sfxnkL7q4Urn
         O9/BEvdgQiFhZdac3l7N+YNPDky8plIPfFSKrS8eusnPGhbQzrUw/jjJpNFJBl6axWxNT9
         fuPDMiy8s912voMysTcRQZfGBvy3MQpoHrA5pBArryMdFe50jt/Cu/U/orL5XZUbcvFjH9
         r7mBi7bICt3MDAnLr0b3fX3Imq+frrw7+72acLluWURuJAtQiuH09TE9j0C1t3==
X-Received: by 2002:a05:600c:4f8e:b0:47e:e1a3:22c1 with SMTP id 5b1f17b1804b1-47ee1a322c1mr11823405e9.7.1792222882447;
        Mon, 19 Oct 2026 00:41:22 -0700 (PDT)
MIME-Version: 1.0
References: <prv-2026-0894.1.5d2e@shop.example.be>
In-Reply-To: <prv-2026-0894.1.5d2e@shop.example.be>
Auto-Submitted: auto-replied
From: Claire Lambotte <claire@retouche-lambotte.example.be>
Date: Mon, 19 Oct 2026 09:41:22 +0200
Message-ID: <CAE7vTq0Jm3s.vacation.5e9Xw2n8Rk1bPq@mail.gmail.com>
Subject: =?utf-8?q?Absente_jusqu=27au_1er_novembre?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000f0a3b5062513e9a7"

--000000000000f0a3b5062513e9a7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis en cong=C3=A9 du vendredi 16 octobre au dimanche 1er novembre inclu=
s et je ne consulte pas mes e-mails.

Les retouches en cours (photos de mariage, portraits pour livres photo) ser=
ont livr=C3=A9es =C3=A0 partir du lundi 2 novembre.
Pour une demande urgente concernant des fichiers clients (suppression, tran=
sfert, confidentialit=C3=A9), merci d'=C3=A9crire =C3=A0 contact@retouche-l=
ambotte.example.be en indiquant le num=C3=A9ro de commande.

Bien =C3=A0 vous,
Claire Lambotte
Retouche photo =E2=80=93 Li=C3=A8ge

--000000000000f0a3b5062513e9a7
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Bonjour,<br><br>Je suis en cong=C3=A9 du vendredi 16 octob=
re au dimanche 1er novembre inclus et je ne consulte pas mes e-mails.<br><b=
r>Les retouches en cours (photos de mariage, portraits pour livres photo) s=
eront livr=C3=A9es =C3=A0 partir du lundi 2 novembre.<br>Pour une demande u=
rgente concernant des fichiers clients (suppression, transfert, confidentia=
lit=C3=A9), merci d'=C3=A9crire =C3=A0 contact@retouche-lambotte.example.be=
 en indiquant le num=C3=A9ro de commande.<br><br>Bien =C3=A0 vous,<br>Clair=
e Lambotte<br>Retouche photo =E2=80=93 Li=C3=A8ge</div>

--000000000000f0a3b5062513e9a7--
'''),
    ('fr', 'ai-memories-vendor-biometric-deletion-report', 'automated', (),
'''Return-Path: <rapports@mnemovision.example.fr>
Received: from smtp-out.mnemovision.example.fr (smtp-out.mnemovision.example.fr [203.0.113.140])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FwK0b5sVnz9vS1
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 02:48:12 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mnemovision.example.fr; s=mv1;
        t=1792370891; h=Date:To:From:Subject:Message-ID:MIME-Version:Content-Type;
        bh=6MGqqOx71t2rf1brFOhiz1lJcHVJCQDYKvxqI6/CyGY=;
        b=3lshsKmyVjIGs2QoJhNcRS1P5i8sauQ6iMCu0xHbx/ypTVpkPvEmlcGps7kv5Cre6lK1eN
         oG7BWbFpNTNaxTQco9bGEgvYaKFW4dH512sXrdQ137IX1DR5/f6vruuLLL+VeyY12IUU/D
         zqFsUUKub4iaL1/54TIOll7qhT5lTiCWKax6+pd46BgnVBqhP6JQlF7s3lE/qfu8IQL4uV
         2ecUCyoA97twRRYiSoNiOr1Tgi1NRrBJS1vfH1eBKEVTUAGbPYTD4T5n4ThoL0VVNpPcBC
         8v7sO4prY2sxr8PW+d4SV6bdNE9P75h/ngskKXO8RR3ZninxCtkou3d2iICB3Z==
Date: Wed, 21 Oct 2026 02:48:11 +0200
To: privacy@shop.example.be
From: =?UTF-8?Q?Mn=C3=A9mo_Vision_=E2=80=93_Rapports?= <rapports@mnemovision.example.fr>
Subject: =?utf-8?q?Rapport_de_suppression_=3A_48_917_gabarits_faciaux_=C2=AB_Souven?=
 =?utf-8?q?irs_=C2=BB_supprim=C3=A9s_=281_203_comptes=29?=
Message-ID: <b1a7e4c09d2f63e8a51b7c94d0e2f618@console.mnemovision.example.fr>
X-Mailer: PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="b1_8d0f6c2e4a9b7d13c5e8f0a2b4c6d8e1"
Content-Transfer-Encoding: 8bit

This is a multi-part message in MIME format.

--b1_8d0f6c2e4a9b7d13c5e8f0a2b4c6d8e1
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Rapport de suppression =E2=80=93 fonction =C2=AB Souvenirs =C2=BB (regroupe=
ment par visage)

Client : Shop Example BV
Contrat de sous-traitance : MV-DPA-2025-031 (article 28 RGPD)
Traitement ex=C3=A9cut=C3=A9 le : 21/10/2026, 02:00 =E2=80=93 02:47 (heure =
de Paris)

Suite au retrait du consentement enregistr=C3=A9 dans votre plateforme entr=
e le 14/10 et le 20/10/2026 :

  =E2=80=A2 Comptes concern=C3=A9s : 1 203
  =E2=80=A2 Gabarits faciaux (donn=C3=A9es biom=C3=A9triques) supprim=C3=A9=
s : 48 917
  =E2=80=A2 Albums =C2=AB Souvenirs =C2=BB g=C3=A9n=C3=A9r=C3=A9s automatiq=
uement supprim=C3=A9s : 3 381
  =E2=80=A2 Photos originales modifi=C3=A9es : 0 (les photos restent stock=
=C3=A9es chez Shop Example)
  =E2=80=A2 Erreurs : 0

Les journaux techniques (identifiants de compte pseudonymis=C3=A9s, horodat=
ages, sans aucune image) sont conserv=C3=A9s 12 mois.
L'attestation de suppression sign=C3=A9e (PDF) est disponible dans votre es=
pace client : https://console.mnemovision.example.fr/attestations/2026-10-21

Ce message est envoy=C3=A9 automatiquement. Merci de ne pas y r=C3=A9pondre.
Mn=C3=A9mo Vision SAS =E2=80=93 14 quai Perrache, 69002 Lyon

--b1_8d0f6c2e4a9b7d13c5e8f0a2b4c6d8e1
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+CjxodG1sIGxhbmc9ImZyIj48aGVhZD48bWV0YSBjaGFyc2V0PSJ1dGYt
OCI+PHRpdGxlPlJhcHBvcnQgZGUgc3VwcHJlc3Npb248L3RpdGxlPjwvaGVhZD4KPGJvZHkgc3R5
bGU9ImZvbnQtZmFtaWx5OkludGVyLEFyaWFsLHNhbnMtc2VyaWY7YmFja2dyb3VuZDojZmFmYWZh
O21hcmdpbjowO3BhZGRpbmc6MjRweDtjb2xvcjojMWExYTJlOyI+CjxkaXYgc3R5bGU9Im1heC13
aWR0aDo1ODBweDttYXJnaW46YXV0bztiYWNrZ3JvdW5kOiNmZmY7Ym9yZGVyLXJhZGl1czo4cHg7
cGFkZGluZzoyOHB4OyI+CjxwIHN0eWxlPSJmb250LXNpemU6MTJweDtsZXR0ZXItc3BhY2luZzox
cHg7Y29sb3I6IzdiNjFmZjt0ZXh0LXRyYW5zZm9ybTp1cHBlcmNhc2U7Ij5NbsOpbW8gVmlzaW9u
IMK3IFJhcHBvcnQgYXV0b21hdGlxdWU8L3A+CjxoMSBzdHlsZT0iZm9udC1zaXplOjIwcHg7Ij5S
YXBwb3J0IGRlIHN1cHByZXNzaW9uIOKAkyBmb25jdGlvbiDCqyBTb3V2ZW5pcnMgwrs8L2gxPgo8
cD5DbGllbnQgOiA8Yj5TaG9wIEV4YW1wbGUgQlY8L2I+PGJyPkNvbnRyYXQgZGUgc291cy10cmFp
dGFuY2UgOiBNVi1EUEEtMjAyNS0wMzEgKGFydGljbGUgMjggUkdQRCk8YnI+VHJhaXRlbWVudCBl
eMOpY3V0w6kgbGUgMjEvMTAvMjAyNiwgMDI6MDAg4oCTIDAyOjQ3IChoZXVyZSBkZSBQYXJpcyk8
L3A+CjxwPlN1aXRlIGF1IHJldHJhaXQgZHUgY29uc2VudGVtZW50IGVucmVnaXN0csOpIGRhbnMg
dm90cmUgcGxhdGVmb3JtZSBlbnRyZSBsZSAxNC8xMCBldCBsZSAyMC8xMC8yMDI2IDo8L3A+Cjx1
bD4KPGxpPkNvbXB0ZXMgY29uY2VybsOpcyA6IDxiPjEgMjAzPC9iPjwvbGk+CjxsaT5HYWJhcml0
cyBmYWNpYXV4IChkb25uw6llcyBiaW9tw6l0cmlxdWVzKSBzdXBwcmltw6lzIDogPGI+NDggOTE3
PC9iPjwvbGk+CjxsaT5BbGJ1bXMgwqsgU291dmVuaXJzIMK7IGfDqW7DqXLDqXMgYXV0b21hdGlx
dWVtZW50IHN1cHByaW3DqXMgOiA8Yj4zIDM4MTwvYj48L2xpPgo8bGk+UGhvdG9zIG9yaWdpbmFs
ZXMgbW9kaWZpw6llcyA6IDxiPjA8L2I+PC9saT4KPGxpPkVycmV1cnMgOiA8Yj4wPC9iPjwvbGk+
CjwvdWw+CjxwPkxlcyBqb3VybmF1eCB0ZWNobmlxdWVzIChpZGVudGlmaWFudHMgZGUgY29tcHRl
IHBzZXVkb255bWlzw6lzLCBob3JvZGF0YWdlcywgc2FucyBhdWN1bmUgaW1hZ2UpIHNvbnQgY29u
c2VydsOpcyAxMiBtb2lzLjwvcD4KPHA+PGEgaHJlZj0iaHR0cHM6Ly9jb25zb2xlLm1uZW1vdmlz
aW9uLmV4YW1wbGUuZnIvYXR0ZXN0YXRpb25zLzIwMjYtMTAtMjEiIHN0eWxlPSJiYWNrZ3JvdW5k
OiM3YjYxZmY7Y29sb3I6I2ZmZjtwYWRkaW5nOjEwcHggMThweDtib3JkZXItcmFkaXVzOjRweDt0
ZXh0LWRlY29yYXRpb246bm9uZTsiPlTDqWzDqWNoYXJnZXIgbCdhdHRlc3RhdGlvbjwvYT48L3A+
CjxwIHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xvcjojODg4OyI+Q2UgbWVzc2FnZSBlc3QgZW52
b3nDqSBhdXRvbWF0aXF1ZW1lbnQuIE1lcmNpIGRlIG5lIHBhcyB5IHLDqXBvbmRyZS48YnI+TW7D
qW1vIFZpc2lvbiBTQVMg4oCTIDE0IHF1YWkgUGVycmFjaGUsIDY5MDAyIEx5b248L3A+CjwvZGl2
Pgo8L2JvZHk+PC9odG1sPgo=

--b1_8d0f6c2e4a9b7d13c5e8f0a2b4c6d8e1--
'''),
    ('fr', 'outlook-read-receipt-kiosk-reply', 'automated', (),
'''Return-Path: <marc.delvaux@skynet.be>
Received: from mailsec.proximus.example.be (mailsec.proximus.example.be [203.0.113.12])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FwB7m2QyHz9vS0
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 16:47:41 +0200 (CEST)
Received: from DESKTOP7K2M ([81.240.14.77])
	by mailsec.proximus.example.be with ESMTPSA id 59KEli7c018433
	for <privacy@shop.example.be>; Tue, 20 Oct 2026 16:47:38 +0200
From: "Marc Delvaux" <marc.delvaux@skynet.be>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Lu_=3A_Votre_demande_concernant_?=
 =?utf-8?q?les_photos_conserv=C3=A9es_par_la_?=
 =?utf-8?q?borne_photo_=5BPRV-2026-0902=5D?=
Date: Tue, 20 Oct 2026 16:47:35 +0200
Message-ID: <001201dd40a5$9e3b1f40$dab15dc0$@skynet.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0013_01DD40F2.7A9C3B10"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHdQJ4uVf2k0bT9ZkWc5x1R3rJ7mg==
Content-Language: fr-be

This is a multipart message in MIME format.

------=_NextPart_000_0013_01DD40F2.7A9C3B10
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C3=80 : Marc Delvaux
  Objet : Votre demande concernant les photos conserv=C3=A9es par la borne =
photo [PRV-2026-0902]
  Envoy=C3=A9 : mardi 20 octobre 2026 14:02:11 (UTC+01:00) Bruxelles, Copen=
hague, Madrid, Paris

a =C3=A9t=C3=A9 lu le mardi 20 octobre 2026 16:47:35 (UTC+01:00) Bruxelles,=
 Copenhague, Madrid, Paris.

------=_NextPart_000_0013_01DD40F2.7A9C3B10
Content-Type: message/disposition-notification

Reporting-UA: DESKTOP7K2M; Microsoft Outlook 16.0
Final-Recipient: rfc822;marc.delvaux@skynet.be
Original-Message-ID: <prv-2026-0902.2.81fa@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0013_01DD40F2.7A9C3B10--
'''),
    ('fr', 'person-withdraws-consent-replying-to-autoreply', 'withdraw_consent', (),
'''Return-Path: <nathalie.georis@outlook.be>
Received: from AS8PR04CU009.outbound.protection.outlook.com (mail-westeuropeazon11011032.outbound.protection.outlook.com [52.101.70.32])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FtWq84bN2z9vRn
        for <privacy@shop.example.be>; Thu, 15 Oct 2026 20:31:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=outlook.be; s=selector1;
        t=1792089098; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        bh=Or2iWWnPYh26SmODy6hjaZkmH5HKV/locM53g8G6B6c=;
        b=TymE6BW9c4AVYtuzMhSl4QOui/egxMGzclJQzZBRbZmxe36IGjuishadXFW8BUV8S8/npC
         gfPvXw5SC4Zyot6Vvq3zd7Amjt0l4LYbT1/OJ0OzuSrZuXHjW/tMvFsCtMKbURqqMTBstH
         ljkOg3fmRGZ7G5ccOzXTwFSqYrG8/241T7KpWjoV80r1OTz3MHUlLoVPpcB0ejSSKcMx/L
         3c/Irdb6A5ncbWPcChoE6OxyW/+tmuIVNoOciTNU+TIwZFi81kY0hhpe4SUldHeg3fG/mZ
         ij40R3JrpJs5xShPsGoybaunvRNg5yhQe1+cvXs/1ST187TDfXzQsgNjmdyuyP==
From: "Nathalie Georis" <nathalie.georis@outlook.be>
To: "'Shop Example - Service photo'" <service-photo@shop.example.be>,
	<privacy@shop.example.be>
References: <sp-339120.autoreply.2f10@shop.example.be>
In-Reply-To: <sp-339120.autoreply.2f10@shop.example.be>
Subject: =?utf-8?q?RE=3A_R=C3=A9ponse_automatique_=3A_Nous_?=
 =?utf-8?q?avons_bien_re=C3=A7u_votre_message_?=
 =?utf-8?q?=5BService_photo_=23SP-339120=5D?=
Date: Thu, 15 Oct 2026 20:31:36 +0200
Message-ID: <004101dd3f4c$7a2c9e10$6e85da30$@outlook.be>
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_NextPart_000_0041_01DD3F88.2C6E1A90"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQKm2xV0dQ8pFbz5YQ1m8gR7cHu3WLJ0kF3g
Content-Language: fr-be

This is a multipart message in MIME format.

------=_NextPart_000_0041_01DD3F88.2C6E1A90
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je r=C3=A9ponds =C3=A0 votre message automatique, mais cette fois j'esp=C3=
=A8re qu'un humain va me lire.

Je ne veux plus recevoir vos e-mails =C2=AB Vos souvenirs d'il y a un an =
=C2=BB avec les photos de mes enfants, ni la newsletter du service photo, n=
i les offres sur les livres photo. Je retire mon accord pour tout =C3=A7a. =
J'ai cliqu=C3=A9 deux fois sur =C2=AB Se d=C3=A9sabonner =C2=BB en bas de l=
a newsletter, la page affiche une erreur.

Mon compte est =C3=A0 cette adresse, carte de fid=C3=A9lit=C3=A9 2710 4482 =
9013.

Merci de me confirmer que c'est fait.

Nathalie Georis

-----Message d'origine-----
De : Shop Example - Service photo <service-photo@shop.example.be>=20
Envoy=C3=A9 : jeudi 15 octobre 2026 09:12
=C3=80 : Nathalie Georis <nathalie.georis@outlook.be>
Objet : R=C3=A9ponse automatique : Nous avons bien re=C3=A7u votre message =
[Service photo #SP-339120]

Bonjour,

Ceci est une r=C3=A9ponse automatique. Nous avons bien re=C3=A7u votre mess=
age et nous vous r=C3=A9pondrons dans un d=C3=A9lai de 3 jours ouvrables.

Suivre une commande photo : https://www.shop.example.be/fr/compte/commandes
Questions sur vos donn=C3=A9es personnelles : privacy@shop.example.be

Merci de ne pas r=C3=A9pondre =C3=A0 ce message.
Le service photo de Shop Example

------=_NextPart_000_0041_01DD3F88.2C6E1A90
Content-Type: text/html;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"><meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered m=
edium)"></head>
<body lang=3D"FR-BE" style=3D"word-wrap:break-word"><div class=3D"WordSecti=
on1">
<p class=3D"MsoNormal">Bonjour,<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Je r=C3=A9ponds =C3=A0 votre message automatique, ma=
is cette fois j'esp=C3=A8re qu'un humain va me lire.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Je ne veux plus recevoir vos e-mails =C2=AB Vos souv=
enirs d'il y a un an =C2=BB avec les photos de mes enfants, ni la newslette=
r du service photo, ni les offres sur les livres photo. Je retire mon accor=
d pour tout =C3=A7a. J'ai cliqu=C3=A9 deux fois sur =C2=AB Se d=C3=A9sabonn=
er =C2=BB en bas de la newsletter, la page affiche une erreur.<o:p></o:p></=
p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Mon compte est =C3=A0 cette adresse, carte de fid=C3=
=A9lit=C3=A9 2710 4482 9013.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Merci de me confirmer que c'est fait.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Nathalie Georis<o:p></o:p></p>
<div style=3D"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm =
0cm 0cm"><p class=3D"MsoNormal"><b>De&nbsp;:</b> Shop Example - Service pho=
to &lt;service-photo@shop.example.be&gt; <br><b>Envoy=C3=A9&nbsp;:</b> jeud=
i 15 octobre 2026 09:12<br><b>=C3=80&nbsp;:</b> Nathalie Georis &lt;nathali=
e.georis@outlook.be&gt;<br><b>Objet&nbsp;:</b> R=C3=A9ponse automatique : N=
ous avons bien re=C3=A7u votre message [Service photo #SP-339120]</p></div>
<p class=3D"MsoNormal">&nbsp;</p>
<p class=3D"MsoNormal">Bonjour,</p>
<p class=3D"MsoNormal">&nbsp;</p>
<p class=3D"MsoNormal">Ceci est une r=C3=A9ponse automatique. Nous avons bi=
en re=C3=A7u votre message et nous vous r=C3=A9pondrons dans un d=C3=A9lai =
de 3 jours ouvrables.</p>
<p class=3D"MsoNormal">&nbsp;</p>
<p class=3D"MsoNormal">Suivre une commande photo : https://www.shop.example=
.be/fr/compte/commandes</p>
<p class=3D"MsoNormal">Questions sur vos donn=C3=A9es personnelles : privac=
y@shop.example.be</p>
<p class=3D"MsoNormal">&nbsp;</p>
<p class=3D"MsoNormal">Merci de ne pas r=C3=A9pondre =C3=A0 ce message.</p>
<p class=3D"MsoNormal">Le service photo de Shop Example</p>
</div></body></html>

------=_NextPart_000_0041_01DD3F88.2C6E1A90--
'''),
    ('de', 'qmail-bounce-privacy-reply-kiosk-deletion', 'automated', (),
'''Return-Path: <>
Received: from mail.netzwelt-mail.example.de (mail.netzwelt-mail.example.de [203.0.113.77])
        by mx1.shop.example.be (Postfix) with ESMTP id 4FwR2c0HxKz9vS3
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 10:14:55 +0200 (CEST)
Received: (qmail 23117 invoked for bounce); 21 Oct 2026 08:14:52 -0000
Date: 21 Oct 2026 08:14:52 -0000
From: MAILER-DAEMON@mail.netzwelt-mail.example.de
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.netzwelt-mail.example.de.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<j.hoffmann-kiel@netzwelt-mail.example.de>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 23115 invoked from network); 21 Oct 2026 08:14:52 -0000
Received: from mx-out1.shop.example.be (HELO mx-out1.shop.example.be) (192.0.2.25)
  by mail.netzwelt-mail.example.de with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 21 Oct 2026 08:14:52 -0000
Received: from mail.shop.example.be (mail.shop.example.be [10.20.0.5])
        by mx-out1.shop.example.be (Postfix) with ESMTPS id 2B9E71F0A3
        for <j.hoffmann-kiel@netzwelt-mail.example.de>; Wed, 21 Oct 2026 10:14:50 +0200 (CEST)
From: Shop Example Datenschutz <privacy@shop.example.be>
To: Jens Hoffmann <j.hoffmann-kiel@netzwelt-mail.example.de>
Subject: =?utf-8?q?AW=3A_L=C3=B6schung_meiner_Fotos_vom_?=
 =?utf-8?q?Fotokiosk_=E2=80=93_Ihre_Anfrage_?=
 =?utf-8?q?PRV-2026-0917?=
Date: Wed, 21 Oct 2026 10:14:47 +0200
Message-ID: <prv-2026-0917.3.c4d1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrter Herr Hoffmann,

vielen Dank f=C3=BCr Ihre Nachricht vom 18. Oktober.

Die 218 Fotos, die am 3. Oktober 2026 am Fotokiosk in unserer Filiale Eupen
von Ihrem USB-Stick =C3=BCbertragen wurden, sowie das dort angelegte Projekt
"Fotobuch Norwegen" wurden heute endg=C3=BCltig gel=C3=B6scht. Eine Kopie d=
er =C3=BCber Sie
gespeicherten Bestelldaten k=C3=B6nnen Sie bis zum 28. Oktober unter folgen=
dem
Link herunterladen:

https://share.shop.example.be/s/Hx4nVb8Qe2

Mit freundlichen Gr=C3=BC=C3=9Fen

Ines Claes
Datenschutzteam - Shop Example BV
'''),
    ('de', 'sieve-vacation-print-partner', 'automated', (),
'''Return-Path: <>
Received: from mail.druckhaus-rheinpfalz.example.de (mail.druckhaus-rheinpfalz.example.de [198.51.100.66])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (4096 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FwW6k1PbRz9vS4
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 08:03:19 +0200 (CEST)
Received: from mail.druckhaus-rheinpfalz.example.de (localhost [127.0.0.1])
	by mail.druckhaus-rheinpfalz.example.de (Postfix) with ESMTP id 4A21E3E0118
	for <privacy@shop.example.be>; Thu, 22 Oct 2026 08:03:18 +0200 (CEST)
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
Message-ID: <dovecot-sieve-1792476198-702913-0@mail.druckhaus-rheinpfalz.example.de>
Date: Thu, 22 Oct 2026 08:03:18 +0200
From: Markus Lindner <m.lindner@druckhaus-rheinpfalz.example.de>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Abwesenheitsnotiz=3A_AW=3A_AVV_?=
 =?utf-8?q?Anlage_3_=E2=80=93_L=C3=B6schfristen_?=
 =?utf-8?q?Druckdaten_und_Gravurdateien?=
In-Reply-To: <prv-2026-0925.1.9e0b@shop.example.be>
References: <prv-2026-0925.1.9e0b@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 30. Oktober 2026, nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Datenschutzangelegenheiten (z. B. Löschanfragen zu Druckdaten, Fotobüchern, Leinwänden oder Gravurdateien) wenden Sie sich bitte an datenschutz@druckhaus-rheinpfalz.example.de oder telefonisch an 0621 498 377-20.

Mit freundlichen Grüßen
Markus Lindner
Datenschutzkoordinator
Druckhaus Rheinpfalz GmbH
'''),
    ('de', 'nextcloud-share-wedding-album', 'automated', (),
'''Return-Path: <noreply@cloud.vogt-lena.example.de>
Received: from cloud.vogt-lena.example.de (static.88-198-51-14.clients.example-hosting.de [198.51.100.14])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FwM3t6NcYz9vS2
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 10:21:56 +0200 (CEST)
Message-ID: <f3b8d1a9c27e4e0f5a6b9c8d7e1f2a3b@cloud.vogt-lena.example.de>
Date: Wed, 21 Oct 2026 08:21:54 +0000
Subject: =?utf-8?q?Lena_Vogt_hat_=C2=BBHochzeit_2026_=E2=80=93_Auswahl_Fotobuch?=
 =?utf-8?q?=C2=AB_mit_Ihnen_geteilt?=
From: =?utf-8?q?Lena_Vogt_=28=C3=BCber_Nextcloud=29?= <noreply@cloud.vogt-lena.example.de>
Reply-To: Lena Vogt <lena.vogt@posteo.de>
To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_=_swift_1792398114_6d3b0c1f2e9a8d7c5b4a3f2e1d0c9b8a_=_"

--_=_swift_1792398114_6d3b0c1f2e9a8d7c5b4a3f2e1d0c9b8a_=_
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hallo,

Lena Vogt hat =C2=BBHochzeit 2026 =E2=80=93 Auswahl Fotobuch=C2=AB mit Ihne=
n geteilt.

=C2=BBHochzeit 2026 =E2=80=93 Auswahl Fotobuch=C2=AB =C3=B6ffnen: https://c=
loud.vogt-lena.example.de/s/7xTqPz3KmWa9bRc

Die Freigabe l=C3=A4uft am 04.11.2026 ab.

--
Nextcloud =E2=80=93 ein sicherer Ort f=C3=BCr all Ihre Daten
Dies ist eine automatisch erstellte E-Mail, bitte nicht antworten.

--_=_swift_1792398114_6d3b0c1f2e9a8d7c5b4a3f2e1d0c9b8a_=_
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html lang=3D"de"><head><meta http-equiv=3D"Content-Type" content=3D"text/h=
tml; charset=3Dutf-8"><meta name=3D"viewport" content=3D"width=3Ddevice-wid=
th"><title></title></head>
<body style=3D"-moz-box-sizing:border-box;-ms-text-size-adjust:100%;-webkit=
-box-sizing:border-box;-webkit-text-size-adjust:100%;margin:0;background:#f=
ff!important;box-sizing:border-box;color:#0a0a0a;font-family:-apple-system,=
BlinkMacSystemFont,'Segoe UI',Roboto,Oxygen-Sans,Ubuntu,Cantarell,'Helvetic=
a Neue',Arial,sans-serif;font-size:16px;line-height:1.3;min-width:100%;padd=
ing:0;text-align:left;width:100%!important">
<table class=3D"body" style=3D"background:#fff;border-collapse:collapse;hei=
ght:100%;width:100%"><tr><td align=3D"center" valign=3D"top">
<center style=3D"min-width:580px;width:100%">
<table class=3D"wrapper header" align=3D"center" style=3D"width:150px"><tr>=
<td style=3D"background-color:#00679e;padding:20px"><img src=3D"https://clo=
ud.vogt-lena.example.de/core/img/logo/logo.png" alt=3D"Nextcloud" width=3D"=
120"></td></tr></table>
<table align=3D"center" class=3D"container main-heading" style=3D"width:580=
px"><tr><td style=3D"padding:40px 0 20px;text-align:center"><h1 style=3D"fo=
nt-size:24px;font-weight:400">Lena Vogt hat =C2=BBHochzeit 2026 =E2=80=93 A=
uswahl Fotobuch=C2=AB mit Ihnen geteilt</h1></td></tr></table>
<table align=3D"center" class=3D"container" style=3D"width:580px"><tr><td s=
tyle=3D"text-align:center;padding-bottom:20px">
<a href=3D"https://cloud.vogt-lena.example.de/s/7xTqPz3KmWa9bRc" style=3D"b=
ackground:#00679e;border-radius:8px;color:#fff;display:inline-block;font-si=
ze:16px;padding:8px 20px;text-decoration:none">=C2=BBHochzeit 2026 =E2=80=
=93 Auswahl Fotobuch=C2=AB =C3=B6ffnen</a>
<p style=3D"color:#767676;font-size:14px">Die Freigabe l=C3=A4uft am 04.11.=
2026 ab.</p>
</td></tr></table>
<table align=3D"center" class=3D"wrapper footer" style=3D"width:580px"><tr>=
<td style=3D"text-align:center;color:#767676;font-size:12px;padding:20px 0"=
>Nextcloud =E2=80=93 ein sicherer Ort f=C3=BCr all Ihre Daten<br>Dies ist e=
ine automatisch erstellte E-Mail, bitte nicht antworten.</td></tr></table>
</center></td></tr></table>
</body></html>

--_=_swift_1792398114_6d3b0c1f2e9a8d7c5b4a3f2e1d0c9b8a_=_--
'''),
    ('de', 'person-deletion-iphone-legal-disclaimer', 'deletion', (),
'''Return-Path: <k.schaefer@schaefer-partner.example.de>
Received: from mx.schaefer-partner.example.de (mx.schaefer-partner.example.de [198.51.100.91])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FvF1s7RkMz9vRu
        for <privacy@shop.example.be>; Sun, 18 Oct 2026 19:52:30 +0200 (CEST)
Received: from gw-disclaimer.schaefer-partner.example.de (localhost [127.0.0.1])
	by mx.schaefer-partner.example.de (Postfix) with ESMTP id 0F3D2A81E4
	for <privacy@shop.example.be>; Sun, 18 Oct 2026 19:52:29 +0200 (CEST)
Received: from smtpclient.apple (ip-109-43-176-12.web.vodafone.example.de [109.43.176.12])
	by gw-disclaimer.schaefer-partner.example.de with ESMTPSA id 7c11e0
	for <privacy@shop.example.be>; Sun, 18 Oct 2026 19:52:27 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=schaefer-partner.example.de; s=mail2024;
        t=1792259549; h=from:content-type:mime-version:subject:message-id:date:to;
        bh=zx49dsYczIa+LSZkk3snsUK/AzSB/LYNpdQS4GUO3MU=;
        b=rCxtsrJsyl40FDQJFkTNDKBy+Pc2ukX3H7Fn9ozJeGE0+UsM7Cuu6yASNK5CBKSFETS9Q2
         Lzeri+K0WjwzlAKBk9u6C8wJ4wae64UmpFThC5ZunvlwHYFpiJJC4VUjdw1Y5GmDvhYO6C
         VF4nlysG0bng7q+0pLF2O0wBn1e2TZgqju89NFpnpYQPchocAFdyEmtg8LVpKq+PqwCbwW
         WSc/vPkmzlVxLmG1QxzOtT4p+NHOkNQlJO7VHN41FWVupw0bQaiOtRK50f4HGhIcfei0nv
         FzZ7Gm1L8+Cjgv40PsW6VgwXISaqjV5w6u6hN3zOJExnClyOqBUpR13XrQvPfh==
From: =?utf-8?q?Katrin_Sch=C3=A4fer?= <k.schaefer@schaefer-partner.example.de>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?q?L=C3=B6schung_Fotos_Fotokiosk_Eupen_?=
 =?utf-8?q?+_Passbilder?=
Message-Id: <9C4E2B17-5F0A-4D3B-B8E1-2A7C6D9F0E13@schaefer-partner.example.de>
Date: Sun, 18 Oct 2026 19:52:26 +0200
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22A3370)

Guten Tag,

ich war am 17.10. in Ihrer Filiale in Eupen am Fotokiosk und habe dort Foto=
s von meinem USB-Stick ausgedruckt. Der Kiosk hat danach gefragt, ob ich di=
e Bilder =E2=80=9Ef=C3=BCr sp=C3=A4tere Bestellungen speichern=E2=80=9C wil=
l, und ich habe aus Versehen auf Ja gedr=C3=BCckt. Auf dem Stick waren leid=
er auch Scans von Ausweisdokumenten.

Au=C3=9Ferdem wurden am selben Tag im Gesch=C3=A4ft Passbilder von mir und =
meiner Tochter (9) gemacht.

Bitte l=C3=B6schen Sie alle Bilder und Dateien aus dieser Kiosk-Sitzung sow=
ie die Passbilder und best=C3=A4tigen Sie mir die L=C3=B6schung kurz per Ma=
il. Beleg-Nr. laut Kassenbon: 0412-20261017-0388.

Mit freundlichen Gr=C3=BC=C3=9Fen
Katrin Sch=C3=A4fer

Von meinem iPhone gesendet

--
Dr. Katrin Sch=C3=A4fer
Rechtsanw=C3=A4ltin | Fachanw=C3=A4ltin f=C3=BCr Arbeitsrecht
Sch=C3=A4fer & Partner Rechtsanw=C3=A4lte mbB
Theaterstra=C3=9Fe 61 | 52062 Aachen
Tel. +49 241 990 418-0 | Fax +49 241 990 418-99
www.schaefer-partner.example.de

Sitz der Partnerschaft: Aachen, Partnerschaftsregister AG Essen PR 4417

------------------------------------------------------------
Diese E-Mail enth=C3=A4lt vertrauliche und/oder rechtlich gesch=C3=BCtzte I=
nformationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail i=
rrt=C3=BCmlich erhalten haben, informieren Sie bitte sofort den Absender un=
d vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte =
Weitergabe dieser E-Mail sind nicht gestattet. Diese Nachricht wurde automa=
tisch auf Viren gepr=C3=BCft.

This e-mail may contain confidential and/or privileged information. If you =
are not the intended recipient (or have received this e-mail in error) plea=
se notify the sender immediately and destroy this e-mail. Any unauthorised =
copying, disclosure or distribution of the material in this e-mail is stric=
tly forbidden.

Informationen zum Datenschutz nach Art. 13 DSGVO: www.schaefer-partner.exam=
ple.de/datenschutz
------------------------------------------------------------
'''),
    ('es', 'sendmail-bounce-privacy-reply-id-photos', 'automated', (),
'''Return-Path: <>
Received: from correo.telemail-es.example.es (correo.telemail-es.example.es [203.0.113.96])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FwZ8p3LqTz9vS6
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 12:31:09 +0200 (CEST)
Received: from localhost (localhost)
	by correo.telemail-es.example.es (8.17.1/8.17.1) id 59MAV5fQ012345;
	Thu, 22 Oct 2026 12:31:05 +0200
Date: Thu, 22 Oct 2026 12:31:05 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@correo.telemail-es.example.es>
Message-Id: <202610221031.59MAV5fQ012345@correo.telemail-es.example.es>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="59MAV5fQ012345.1792405865/correo.telemail-es.example.es"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--59MAV5fQ012345.1792405865/correo.telemail-es.example.es

The original message was received at Thu, 22 Oct 2026 12:31:04 +0200
from mx-out1.shop.example.be [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<mjose.ferrandis@telemail-es.example.es>
    (reason: 550 5.1.1 <mjose.ferrandis@telemail-es.example.es>... User unknown)

   ----- Transcript of session follows -----
... while talking to buzon.telemail-es.example.es.:
>>> DATA
<<< 550 5.1.1 <mjose.ferrandis@telemail-es.example.es>... User unknown
550 5.1.1 <mjose.ferrandis@telemail-es.example.es>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--59MAV5fQ012345.1792405865/correo.telemail-es.example.es
Content-Type: message/delivery-status

Reporting-MTA: dns; correo.telemail-es.example.es
Received-From-MTA: DNS; mx-out1.shop.example.be
Arrival-Date: Thu, 22 Oct 2026 12:31:04 +0200

Final-Recipient: RFC822; mjose.ferrandis@telemail-es.example.es
Action: failed
Status: 5.1.1
Remote-MTA: DNS; buzon.telemail-es.example.es
Diagnostic-Code: SMTP; 550 5.1.1 <mjose.ferrandis@telemail-es.example.es>... User unknown
Last-Attempt-Date: Thu, 22 Oct 2026 12:31:05 +0200

--59MAV5fQ012345.1792405865/correo.telemail-es.example.es
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be (mx-out1.shop.example.be [192.0.2.25])
	by correo.telemail-es.example.es (8.17.1/8.17.1) with ESMTPS id 59MAV4kM012341
	(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)
	for <mjose.ferrandis@telemail-es.example.es>; Thu, 22 Oct 2026 12:31:04 +0200
From: Equipo de Privacidad Shop Example <privacy@shop.example.be>
To: =?utf-8?q?Mar=C3=ADa_Jos=C3=A9_Ferr=C3=A1ndiz?= <mjose.ferrandis@telemail-es.example.es>
Subject: =?utf-8?q?RE=3A_Fotos_de_carn=C3=A9_hechas_en_?=
 =?utf-8?q?la_tienda_de_Bruselas_=E2=80=93_?=
 =?utf-8?q?solicitud_PRV-2026-0933?=
Date: Thu, 22 Oct 2026 12:31:01 +0200
Message-ID: <prv-2026-0933.2.6b4f@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Estimada Sra. Ferr=C3=A1ndiz:

Le confirmamos que hemos eliminado las fotos de carn=C3=A9 y de pasaporte
tomadas en nuestra tienda de Bruselas-Louise el 2 de octubre, as=C3=AD como
los archivos que quedaban en la cabina de fotos. No conservamos ninguna
copia.

Tal y como solicit=C3=B3, puede descargar una copia de los dem=C3=A1s datos=
 que
tenemos sobre usted (pedidos de fotos y datos de la tarjeta de cliente)
desde este enlace, v=C3=A1lido durante 7 d=C3=ADas:

https://share.shop.example.be/s/Rt6yKw1Np4

Atentamente,

Ines Claes
Equipo de Privacidad - Shop Example BV

--59MAV5fQ012345.1792405865/correo.telemail-es.example.es--
'''),
    ('es', 'review-platform-photo-review-faces-held', 'automated', (),
'''Return-Path: <bounce+4e1b2a.9c0d3-privacy=shop.example.be@mg.opinautas.example.es>
Received: from m227-14.mg.opinautas.example.es (m227-14.mg.opinautas.example.es [198.51.100.227])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FwG5h8WxLz9vS1
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 17:04:33 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mg.opinautas.example.es; s=mailo;
        t=1792429471; h=Content-Type:Mime-Version:Subject:From:To:Message-Id:Date:List-Unsubscribe:List-Unsubscribe-Post;
        bh=SxghY77XdG6+oLLA1sHW2MaDL3CihQhbmejdyCRbZrv=;
        b=1cch/A/R4rtOpgIC11BNAGJ1/RlGnSKHZsT0eIlUvyGl6tsjBD5z1eEUshuam6y0l9P1Jp
         DuKqK0pD8BvoFtDVXDMlLkq1p00r4Fuc6NAsNU4h8x2V5g5tWOdV4AXFPWbWzsX1pE4OzL
         GNhWLZxiHkkCwacomzH84feQ2xVWDZBrnAOzTwlEgUBh1T2HRFi4NZDE/U0wrqxJkFr3NT
         +eCdNib41wYO4NcEZy4lNIDtUf3d74T7d5QdLL6QBDTh/+46i4RziYiw4CYEIUbsW8twKK
         W8TM6OtYbzRxeljZjTVap6kmylkpOCzFMuNazHlcvSGW8nXOM6gqjo7hqLWje/==
X-Mailgun-Sid: WyJlNmI3NyIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICI5YzBkMyJd
Received: by 2d4f7c1b9e80 with HTTP id 6716a09f1c8e5d3a2b4f7e90; Wed, 21 Oct 2026 15:04:31 +0000 (UTC)
Content-Type: multipart/alternative; boundary="9b7e2c4d1f0a48c6b35e0d9f8a7c6b54"
Mime-Version: 1.0
Subject: =?utf-8?q?Nueva_opini=C3=B3n_con_fotos=3A_2_?=
 =?utf-8?q?im=C3=A1genes_retenidas_por_?=
 =?utf-8?q?posibles_rostros_de_menores?=
From: Opinautas para empresas <avisos@opinautas.example.es>
To: privacy@shop.example.be
Message-Id: <20261021150431.6b1e0c3a9d2f4e71@mg.opinautas.example.es>
Date: Wed, 21 Oct 2026 15:04:31 +0000
List-Unsubscribe: <https://empresas.opinautas.example.es/u/ajustes?t=Zk3pW9>, <mailto:u+4e1b2a@mg.opinautas.example.es>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Mailgun-Tag: review-published-held-photos
X-Auto-Response-Suppress: All

--9b7e2c4d1f0a48c6b35e0d9f8a7c6b54
Content-Transfer-Encoding: base64
Content-Type: text/plain; charset="utf-8"

SG9sYSwgZXF1aXBvIGRlIFNob3AgRXhhbXBsZToKClNlIGhhIHB1YmxpY2FkbyB1bmEgbnVldmEg
b3BpbmnDs24gY29uIGZvdG9zIGVuIHZ1ZXN0cm8gcGVyZmlsIGRlIE9waW5hdXRhcy4KClByb2R1
Y3RvOiBGb3RvbGlicm8gQTQgYXBhaXNhZG8sIHRhcGEgZHVyYSAoNjAgcMOhZ2luYXMpClZhbG9y
YWNpw7NuOiDimIXimIXimIXimIXimIYgKDQvNSkKQXV0b3I6IExhdXJhIEcuIChjb21wcmEgdmVy
aWZpY2FkYSkKRm90b3M6IDQgZW52aWFkYXMsIDIgcHVibGljYWRhcywgMiByZXRlbmlkYXMKCsK/
UG9yIHF1w6kgc2UgaGFuIHJldGVuaWRvIDIgZm90b3M/Ck51ZXN0cm8gc2lzdGVtYSBkZSBtb2Rl
cmFjacOzbiBhdXRvbcOhdGljYSBkZXRlY3TDsyByb3N0cm9zIHF1ZSBwb2Ryw61hbiBwZXJ0ZW5l
Y2VyIGEgbWVub3JlcyBkZSBlZGFkLiBQYXJhIHByb3RlZ2VyIGxhIHByaXZhY2lkYWQgZGUgbGFz
IHBlcnNvbmFzIHF1ZSBhcGFyZWNlbiBlbiBsYXMgaW3DoWdlbmVzLCBlc2FzIGZvdG9zIG5vIHNl
IG11ZXN0cmFuIGhhc3RhIHF1ZSBsYSBhdXRvcmEgY29uZmlybWUgcXVlIHRpZW5lIGVsIGNvbnNl
bnRpbWllbnRvIG5lY2VzYXJpby4KCkVsIHRleHRvIGRlIGxhIG9waW5pw7NuIHkgbGFzIG90cmFz
IDIgZm90b3MgeWEgc29uIHZpc2libGVzLiBTaSBubyBoYXkgY29uZmlybWFjacOzbiwgbGFzIGZv
dG9zIHJldGVuaWRhcyBzZSBlbGltaW5hcsOhbiBhdXRvbcOhdGljYW1lbnRlIGVsIDUgZGUgbm92
aWVtYnJlIGRlIDIwMjYuCgpWZXIgbGEgb3BpbmnDs246IGh0dHBzOi8vZW1wcmVzYXMub3BpbmF1
dGFzLmV4YW1wbGUuZXMvb3BpbmlvbmVzL3J2XzgxQzR4MgoKUmVjaWJlcyBlc3RlIGNvcnJlbyBw
b3JxdWUgcHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUgZXMgZWwgY29udGFjdG8gZGUgcHJvdGVjY2nD
s24gZGUgZGF0b3MgZGUgdnVlc3RyYSBmaWNoYSBkZSBlbXByZXNhLgpHZXN0aW9uYXIgbm90aWZp
Y2FjaW9uZXM6IGh0dHBzOi8vZW1wcmVzYXMub3BpbmF1dGFzLmV4YW1wbGUuZXMvYWp1c3Rlcy9u
b3RpZmljYWNpb25lcwoKT3BpbmF1dGFzIFMuTC4gwrcgQ2FsbGUgZGUgQWxjYWzDoSAyMTQgwrcg
MjgwMjggTWFkcmlkCg==

--9b7e2c4d1f0a48c6b35e0d9f8a7c6b54
Content-Transfer-Encoding: base64
Content-Type: text/html; charset="utf-8"

PCFET0NUWVBFIGh0bWw+CjxodG1sPjxoZWFkPjxtZXRhIGNoYXJzZXQ9InV0Zi04Ij48L2hlYWQ+
Cjxib2R5IHN0eWxlPSJmb250LWZhbWlseTpSb2JvdG8sQXJpYWwsc2Fucy1zZXJpZjtmb250LXNp
emU6MTVweDtjb2xvcjojMjYzMDNiO2xpbmUtaGVpZ2h0OjEuNDUiPgo8cD5Ib2xhLCBlcXVpcG8g
ZGUgU2hvcCBFeGFtcGxlOjwvcD4KPHA+U2UgaGEgcHVibGljYWRvIHVuYSBudWV2YSBvcGluacOz
biBjb24gZm90b3MgZW4gdnVlc3RybyBwZXJmaWwgZGUgT3BpbmF1dGFzLjwvcD4KPHA+UHJvZHVj
dG86IEZvdG9saWJybyBBNCBhcGFpc2FkbywgdGFwYSBkdXJhICg2MCBww6FnaW5hcyk8YnI+ClZh
bG9yYWNpw7NuOiDimIXimIXimIXimIXimIYgKDQvNSk8YnI+CkF1dG9yOiBMYXVyYSBHLiAoY29t
cHJhIHZlcmlmaWNhZGEpPGJyPgpGb3RvczogNCBlbnZpYWRhcywgMiBwdWJsaWNhZGFzLCAyIHJl
dGVuaWRhczwvcD4KPHA+wr9Qb3IgcXXDqSBzZSBoYW4gcmV0ZW5pZG8gMiBmb3Rvcz88YnI+Ck51
ZXN0cm8gc2lzdGVtYSBkZSBtb2RlcmFjacOzbiBhdXRvbcOhdGljYSBkZXRlY3TDsyByb3N0cm9z
IHF1ZSBwb2Ryw61hbiBwZXJ0ZW5lY2VyIGEgbWVub3JlcyBkZSBlZGFkLiBQYXJhIHByb3RlZ2Vy
IGxhIHByaXZhY2lkYWQgZGUgbGFzIHBlcnNvbmFzIHF1ZSBhcGFyZWNlbiBlbiBsYXMgaW3DoWdl
bmVzLCBlc2FzIGZvdG9zIG5vIHNlIG11ZXN0cmFuIGhhc3RhIHF1ZSBsYSBhdXRvcmEgY29uZmly
bWUgcXVlIHRpZW5lIGVsIGNvbnNlbnRpbWllbnRvIG5lY2VzYXJpby48L3A+CjxwPkVsIHRleHRv
IGRlIGxhIG9waW5pw7NuIHkgbGFzIG90cmFzIDIgZm90b3MgeWEgc29uIHZpc2libGVzLiBTaSBu
byBoYXkgY29uZmlybWFjacOzbiwgbGFzIGZvdG9zIHJldGVuaWRhcyBzZSBlbGltaW5hcsOhbiBh
dXRvbcOhdGljYW1lbnRlIGVsIDUgZGUgbm92aWVtYnJlIGRlIDIwMjYuPC9wPgo8cD5WZXIgbGEg
b3BpbmnDs246IGh0dHBzOi8vZW1wcmVzYXMub3BpbmF1dGFzLmV4YW1wbGUuZXMvb3BpbmlvbmVz
L3J2XzgxQzR4MjwvcD4KPHA+UmVjaWJlcyBlc3RlIGNvcnJlbyBwb3JxdWUgcHJpdmFjeUBzaG9w
LmV4YW1wbGUuYmUgZXMgZWwgY29udGFjdG8gZGUgcHJvdGVjY2nDs24gZGUgZGF0b3MgZGUgdnVl
c3RyYSBmaWNoYSBkZSBlbXByZXNhLjxicj4KR2VzdGlvbmFyIG5vdGlmaWNhY2lvbmVzOiBodHRw
czovL2VtcHJlc2FzLm9waW5hdXRhcy5leGFtcGxlLmVzL2FqdXN0ZXMvbm90aWZpY2FjaW9uZXM8
L3A+CjxwPk9waW5hdXRhcyBTLkwuIMK3IENhbGxlIGRlIEFsY2Fsw6EgMjE0IMK3IDI4MDI4IE1h
ZHJpZDwvcD4KPC9ib2R5PjwvaHRtbD4K

--9b7e2c4d1f0a48c6b35e0d9f8a7c6b54--
'''),
    ('es', 'exchange-online-ooo-spanish-print-partner', 'automated', (),
'''Return-Path: <lucia.benavent@imprentalevante.example.es>
Received: from DUZPR83CU001.outbound.protection.outlook.com (mail-northeuropeazon11012055.outbound.protection.outlook.com [52.101.66.55])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FwY1d5GnPz9vS5
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 11:09:47 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=imprentalevante.example.es; s=selector2;
        t=1792400985; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        bh=Cq+7OlayAUIfCZw4wpIaz89GydoaiSLlVXOO1XN7bBu=;
        b=ngWSEuFqto5H+vXMu5VjSLdTu6bLTVo+ZFlFdqY1TypJlT3ACa5NJ7g5KqRijuM73z3z5j
         LtGleqLvhmRXobhL2VAHCNp0RIvgOnOxb/OrMFv+VRdvZxpzGsvWMakFJdFuBqEeBSj78B
         PTGbh5AFRIZkt4pVc1z9xGpWZJMNqKT8dInkXkDnpAq7KFqmwbD5+bHsPRLj7h64ZQCLUt
         GEL0PVEiYNJGhdgbMWTkbvt7j+5riDW94Q1HsBE/uzrbNUmDxEtbqdZjq6mLk5cU1XMhZs
         gU2Ae2SIqaY+tnfFWCaW70O52uyWobAkjVGM0jQlINd7GWNlvqIgJR0QlO81t7==
Received: from PA4P190MB1187.EURP190.PROD.OUTLOOK.COM (2603:10a6:102:2a1::7) by
 DB9P190MB1452.EURP190.PROD.OUTLOOK.COM (2603:10a6:10:3c4::19) with Microsoft
 SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8722.27; Thu, 22 Oct 2026 09:09:45 +0000
From: =?iso-8859-1?Q?Luc=EDa_Benavent?= <lucia.benavent@imprentalevante.example.es>
To: Equipo de Privacidad Shop Example <privacy@shop.example.be>
Subject: =?utf-8?q?Respuesta_autom=C3=A1tica=3A_?=
 =?utf-8?q?Supresi=C3=B3n_de_archivos_de_?=
 =?utf-8?q?lienzos_y_fotolibros_=E2=80=93_pedidos_?=
 =?utf-8?q?anteriores_a_julio_=28ref=2E_?=
 =?utf-8?q?PRV-2026-0940=29?=
Thread-Topic: =?utf-8?q?Supresi=C3=B3n_de_archivos_de_?=
 =?utf-8?q?lienzos_y_fotolibros_=E2=80=93_pedidos_?=
 =?utf-8?q?anteriores_a_julio_=28ref=2E_?=
 =?utf-8?q?PRV-2026-0940=29?=
Thread-Index: AQHdQzAe7W9rK2v1V0eHnq3Vd8L5Jg==
Date: Thu, 22 Oct 2026 09:09:44 +0000
Message-ID: <PA4P190MB1187D2E6C9B0F1A3E4D5C6B7A8F90@PA4P190MB1187.EURP190.PROD.OUTLOOK.COM>
In-Reply-To: <prv-2026-0940.1.a37e@shop.example.be>
References: <prv-2026-0940.1.a37e@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: lucia.benavent@imprentalevante.example.es
X-MS-TNEF-Correlator:
x-ms-exchange-generated-message-source: Mailbox Rules Agent
Accept-Language: es-ES, en-US
Content-Language: es-ES
Content-Type: multipart/alternative;
	boundary="_000_PA4P190MB1187D2E6C9B0F1A3E4D5C6B7A8F90PA4P190MB1187EURP_"
MIME-Version: 1.0

--_000_PA4P190MB1187D2E6C9B0F1A3E4D5C6B7A8F90PA4P190MB1187EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

R3JhY2lhcyBwb3Igc3UgbWVuc2FqZS4KCkVzdGFyw6kgZnVlcmEgZGUgbGEgb2ZpY2luYSBoYXN0
YSBlbCBsdW5lcyAyIGRlIG5vdmllbWJyZSwgc2luIGFjY2VzbyBhbCBjb3JyZW8uCgpQYXJhIGFz
dW50b3MgZGUgcHJvdGVjY2nDs24gZGUgZGF0b3MgKHN1cHJlc2nDs24gZGUgYXJjaGl2b3MgZGUg
aW1wcmVzacOzbiBkZSBsaWVuem9zIHkgZm90b2xpYnJvcywgY29waWFzIGRlIHNlZ3VyaWRhZCwg
cmVnaXN0cm9zIGRlIGJvcnJhZG8pIGVzY3JpYmEgYSBkcG9AaW1wcmVudGFsZXZhbnRlLmV4YW1w
bGUuZXMuClBhcmEgcHJvZHVjY2nDs24geSBwbGF6b3MgZGUgZW50cmVnYTogcHJvZHVjY2lvbkBp
bXByZW50YWxldmFudGUuZXhhbXBsZS5lcyBvICszNCA5NjEgMjMwIDQ0Ny4KClVuIHNhbHVkbywK
THVjw61hIEJlbmF2ZW50CktleSBBY2NvdW50IE1hbmFnZXIgwrcgSW1wcmVudGEgTGV2YW50ZSBT
LkwuCg==

--_000_PA4P190MB1187D2E6C9B0F1A3E4D5C6B7A8F90PA4P190MB1187EURP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IHN0eWxlPSJmb250LWZhbWls
eTogQXB0b3MsIEFwdG9zX0VtYmVkZGVkRm9udCwgQXB0b3NfTVNGb250U2VydmljZSwgQ2FsaWJy
aSwgSGVsdmV0aWNhLCBzYW5zLXNlcmlmOyBmb250LXNpemU6IDEycHQ7IGNvbG9yOiByZ2IoMCwg
MCwgMCk7Ij48ZGl2PkdyYWNpYXMgcG9yIHN1IG1lbnNhamUuPC9kaXY+PGRpdj48YnI+PC9kaXY+
PGRpdj5Fc3RhcsOpIGZ1ZXJhIGRlIGxhIG9maWNpbmEgaGFzdGEgZWwgbHVuZXMgMiBkZSBub3Zp
ZW1icmUsIHNpbiBhY2Nlc28gYWwgY29ycmVvLjwvZGl2PjxkaXY+PGJyPjwvZGl2PjxkaXY+UGFy
YSBhc3VudG9zIGRlIHByb3RlY2Npw7NuIGRlIGRhdG9zIChzdXByZXNpw7NuIGRlIGFyY2hpdm9z
IGRlIGltcHJlc2nDs24gZGUgbGllbnpvcyB5IGZvdG9saWJyb3MsIGNvcGlhcyBkZSBzZWd1cmlk
YWQsIHJlZ2lzdHJvcyBkZSBib3JyYWRvKSBlc2NyaWJhIGEgZHBvQGltcHJlbnRhbGV2YW50ZS5l
eGFtcGxlLmVzLjwvZGl2PjxkaXY+UGFyYSBwcm9kdWNjacOzbiB5IHBsYXpvcyBkZSBlbnRyZWdh
OiBwcm9kdWNjaW9uQGltcHJlbnRhbGV2YW50ZS5leGFtcGxlLmVzIG8gKzM0IDk2MSAyMzAgNDQ3
LjwvZGl2PjxkaXY+PGJyPjwvZGl2PjxkaXY+VW4gc2FsdWRvLDwvZGl2PjxkaXY+THVjw61hIEJl
bmF2ZW50PC9kaXY+PGRpdj5LZXkgQWNjb3VudCBNYW5hZ2VyIMK3IEltcHJlbnRhIExldmFudGUg
Uy5MLjwvZGl2PjwvZGl2PjwvYm9keT48L2h0bWw+Cg==

--_000_PA4P190MB1187D2E6C9B0F1A3E4D5C6B7A8F90PA4P190MB1187EURP_--
'''),
    ('es', 'person-other-question-above-tracking-mail', 'other', (),
'''Return-Path: <javimontoya.bxl@gmail.com>
Received: from mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])
        (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fwc4r7JvSz9vS7
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 22:47:15 +0200 (CEST)
Received: by mail-lf1-f47.google.com with SMTP id 2adb3069b0e04-59a1e3c7d2bso2214871e87.3
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 13:47:14 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
        t=1792442834; h=content-type:to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=bbFayd9IdxqSUqx2h5XoutQ3IzLCCFFWsDpJ+ohajD/=;
        b=CA10M+3dA1qMwuWnLdCy+lY0VyGoTk1yTLD9Kv3Nb3YwRqDLQx7Uu7ofsUlD8bwI/9Bsxx
         JDHIRaYeFZHJEkjSSt+FOd5gW8QFgxapECcdIFOuM4azLVGx30q2yjxxwHjkryAYEol6ea
         jmTYt/tLvXFY5X4QWhjStlDY8cXCpvwwGV5INPg60mJWisa0uXZq2L6JsKdQmqA/Rdawzq
         tDtqDypbnX4TFG+PG/L1USUvsWDnEunYkHzV8B8uvKRhzWO18d1bXeu0MkqI9WscMdfVk2
         DeTEtpwpd1v8lWA/el4/dqcd5SvxBWO7Vu51fD7jmFTmTKq1MDCK1bnefVpUkL==
X-Gm-Message-State: AOJu0YwLj43kjNSKF3PDJzq7voUeH8v5xeWOYBpTdutTxox3Y75gLsEb6p2BOeE8F3p
X-Google-Smtp-Source: AGHT+IF/yZDSQKPwsGL16x43D4OwvPyD+88bp1EPtLhhGA9YvnrpXRU71J320aq
X-Received: by 2002:a05:6512:3d1c:b0:59a:1f02:77b3 with SMTP id 2adb3069b0e04-59a1f0277b3mr1190344e87.20.1792442834006;
        Thu, 22 Oct 2026 13:47:14 -0700 (PDT)
MIME-Version: 1.0
References: <cv-2026-021877.shipped.0e4c@notify.shop.example.be>
In-Reply-To: <cv-2026-021877.shipped.0e4c@notify.shop.example.be>
From: Javier Montoya <javimontoya.bxl@gmail.com>
Date: Thu, 22 Oct 2026 22:47:02 +0200
Message-ID: <CAPz7Kb0tQ2_v8yNw3mE5Lr1Xh9sG4dJc6fUa0iO=pYt2w3VbRg@mail.gmail.com>
Subject: =?utf-8?q?Re=3A_=C2=A1Tu_lienzo_est=C3=A1_en_camino!_?=
 =?utf-8?q?Pedido_CV-2026-021877?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000007d3a1e0625b2c4f8"

--0000000000007d3a1e0625b2c4f8
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola,

Una pregunta r=C3=A1pida: el lienzo lo ped=C3=AD con recogida en la tienda =
de Bruselas-Louise. =C2=BFLa tienda abre el domingo 25? Es que entre semana=
 trabajo hasta las 19:00. Y si el marco llega con alg=C3=BAn golpe, =C2=BFl=
o puedo cambiar all=C3=AD mismo?

Gracias,
Javier Montoya

El jue, 22 oct 2026 a las 16:10, Shop Example <pedidos@shop.example.be> esc=
ribi=C3=B3:
> =C2=A1Tu lienzo est=C3=A1 en camino!
>
> Pedido: CV-2026-021877
> Producto: Lienzo 60 x 40 cm, marco de madera natural
> Entrega: recogida en tienda =E2=80=93 Shop Example Bruselas-Louise
> Llegada prevista a la tienda: s=C3=A1bado 24 de octubre de 2026
>
> Seguimiento del env=C3=ADo: https://track.shop.example.be/CV-2026-021877
>
> Te avisaremos por SMS y por e-mail cuando puedas recogerlo. Necesitar=C3=
=A1s el c=C3=B3digo de recogida 4471 y un documento de identidad.
>
> Este es un mensaje autom=C3=A1tico, por favor no respondas a este correo.

--0000000000007d3a1e0625b2c4f8
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"auto">Hola,<br><br>Una pregunta r=C3=A1pida: el lienzo lo ped=
=C3=AD con recogida en la tienda de Bruselas-Louise. =C2=BFLa tienda abre e=
l domingo 25? Es que entre semana trabajo hasta las 19:00. Y si el marco ll=
ega con alg=C3=BAn golpe, =C2=BFlo puedo cambiar all=C3=AD mismo?<br><br>Gr=
acias,<br>Javier Montoya</div><br><div class=3D"gmail_quote gmail_quote_con=
tainer"><div dir=3D"ltr" class=3D"gmail_attr">El jue, 22 oct 2026 a las 16:=
10, Shop Example &lt;<a href=3D"mailto:pedidos@shop.example.be">pedidos@sho=
p.example.be</a>&gt; escribi=C3=B3:<br></div><blockquote class=3D"gmail_quo=
te" style=3D"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex"=
>=C2=A1Tu lienzo est=C3=A1 en camino!<br><br>Pedido: CV-2026-021877<br>Prod=
ucto: Lienzo 60 x 40 cm, marco de madera natural<br>Entrega: recogida en ti=
enda =E2=80=93 Shop Example Bruselas-Louise<br>Llegada prevista a la tienda=
: s=C3=A1bado 24 de octubre de 2026<br><br>Seguimiento del env=C3=ADo: http=
s://track.shop.example.be/CV-2026-021877<br><br>Te avisaremos por SMS y por=
 e-mail cuando puedas recogerlo. Necesitar=C3=A1s el c=C3=B3digo de recogid=
a 4471 y un documento de identidad.<br><br>Este es un mensaje autom=C3=A1ti=
co, por favor no respondas a este correo.</blockquote></div>

--0000000000007d3a1e0625b2c4f8--
'''),
    ('it', 'exim-bounce-forwarded-design-export-link', 'automated', (),
'''Return-Path: <>
Received: from relay.postaweb-it.example.it (relay.postaweb-it.example.it [203.0.113.164])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fx04c2TnBz9vS8
        for <privacy@shop.example.be>; Fri, 23 Oct 2026 16:30:24 +0200 (CEST)
Received: from Debian-exim by relay.postaweb-it.example.it with local (Exim 4.97)
	id 1vBqE5-0007Qk-2t
	for privacy@shop.example.be;
	Fri, 23 Oct 2026 16:30:21 +0200
X-Failed-Recipients: chiara.bellandi@studio-bellandi.example.it
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay.postaweb-it.example.it>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1792593021-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vBqE5-0007Qk-2t@relay.postaweb-it.example.it>
Date: Fri, 23 Oct 2026 16:30:21 +0200

--1792593021-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  chiara.bellandi@studio-bellandi.example.it
    host mx01.studio-bellandi.example.it [198.51.100.173]
    SMTP error from remote mail server after RCPT TO:<chiara.bellandi@studio-bellandi.example.it>:
    550 5.2.1 <chiara.bellandi@studio-bellandi.example.it>: Mailbox disabled for this recipient

--1792593021-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; relay.postaweb-it.example.it

Action: failed
Final-Recipient: rfc822;chiara.bellandi@studio-bellandi.example.it
Status: 5.0.0
Remote-MTA: dns; mx01.studio-bellandi.example.it
X-Remote-MTA-smtp-greeting: X-str; 220 mx01.studio-bellandi.example.it ESMTP
Diagnostic-Code: smtp; 550 5.2.1 <chiara.bellandi@studio-bellandi.example.it>: Mailbox disabled for this recipient

--1792593021-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be ([192.0.2.25])
	by relay.postaweb-it.example.it with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	(envelope-from <privacy@shop.example.be>)
	id 1vBqE4-0007Qe-1m
	for chiara.bellandi@postaweb-it.example.it;
	Fri, 23 Oct 2026 16:30:20 +0200
From: Team Privacy Shop Example <privacy@shop.example.be>
To: Chiara Bellandi <chiara.bellandi@postaweb-it.example.it>
Subject: =?utf-8?q?R=3A_Foto_del_matrimonio_nello_?=
 =?utf-8?q?strumento_di_progettazione_=E2=80=93_?=
 =?utf-8?q?richiesta_PRV-2026-0951?=
Date: Fri, 23 Oct 2026 16:30:17 +0200
Message-ID: <prv-2026-0951.2.d08c@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Gentile signora Bellandi,

in riferimento alla sua richiesta del 12 ottobre, le confermiamo di aver
rimosso le 96 foto del matrimonio dal suo account nello strumento di
progettazione. I progetti "Partecipazioni Chiara e Luca" e "Tableau
de mariage" restano salvati, senza immagini, come da lei richiesto.

Il link per scaricare la copia dei suoi progetti salvati e dei relativi
dati (valido 7 giorni) e' il seguente:

https://share.shop.example.be/s/Lp2cXv7Ht5

Cordiali saluti,

Ines Claes
Team Privacy - Shop Example BV

--1792593021-eximdsn-1804289383--
'''),
    ('it', 'engraving-workshop-anonymisation-summary', 'automated', (),
'''Return-Path: <noreply@incisionibellini.example.it>
Received: from web01.incisionibellini.example.it (web01.incisionibellini.example.it [198.51.100.188])
        (using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fy1Gd4MvXz9vSC
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 05:00:19 +0100 (CET)
Date: Mon, 26 Oct 2026 05:00:17 +0100
To: privacy@shop.example.be
From: Incisioni Bellini - Sistema <noreply@incisionibellini.example.it>
Subject: =?utf-8?q?Riepilogo_mensile=3A_testi_di_?=
 =?utf-8?q?incisione_anonimizzati_?=
 =?utf-8?q?=28ottobre_2026=29_=E2=80=93_cliente_?=
 =?utf-8?q?SHOPEX?=
Message-ID: <5x9Ke2QpLr0Vb7nT4yWc1sZ8mD3fGh6JaU2oXiE@web01.incisionibellini.example.it>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Gentile cliente,

come previsto dall'accordo sul trattamento dei dati (art. 28 GDPR), il nost=
ro sistema ha anonimizzato i dati di personalizzazione degli ordini consegn=
ati da oltre 90 giorni.

Cliente: SHOPEX =E2=80=93 Shop Example BV
Periodo: ordini consegnati fino al 24/07/2026
Data elaborazione: 26/10/2026 ore 05:00

Ordini elaborati: 58
  - anelli: 31
  - orologi: 12
  - bracciali e ciondoli: 9
  - penne e portachiavi: 6
Testi incisi (nomi, date, dediche) sostituiti con "***": 58
File vettoriali di incisione eliminati: 58
Foto di controllo qualit=C3=A0 del pezzo inciso eliminate: 116

Ordini esclusi (reclamo aperto o reso in corso): 2
  - SE-2026-07713
  - SE-2026-07790

Il registro dettagliato =C3=A8 disponibile nell'area partner: https://partn=
er.incisionibellini.example.it/registri

Questo messaggio =C3=A8 generato automaticamente, si prega di non risponder=
e.
Laboratorio Incisioni Bellini s.r.l. =E2=80=93 Via dei Orafi 12, 52100 Arez=
zo =E2=80=93 P.IVA 01928374650
'''),
    ('it', 'design-tool-data-export-ready', 'automated', (),
'''Return-Path: <bounces+3318427-b2f1-privacy=shop.example.be@em4417.creativastudio.example.it>
Received: from o1.ptr7321.creativastudio.example.it (o1.ptr7321.creativastudio.example.it [149.72.146.15])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fy8Nk0WcDz9vSF
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 14:26:08 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=creativastudio.example.it; s=s1;
        t=1792675566; h=content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to;
        bh=8sg6GhLOxN89tlLd2ZJKfLS+sjvN7jpIX3jhhwAfmWA=;
        b=oUdRibXOaefo8rP29DKLV7X6yue8y4HKgX2R17Oia1U6h+0ewLBtDCQR1j0XuBT49m0PrT
         Zd5EwcwMWZe5HbT6LXUKJBs4J2v14KiMt4jiXLGAjeC4FbslUldQNQsx8keOgzdYAjpSnw
         M+hA8r8JdjBE+l1LZhKO5Dr/nWqLM8jgbh+JMLdwL8O4IKFpfdGW5KLgPiCTkaVDxaUfwb
         Ilkw52UFiBtUFt04faYhvNnM8dBrOB53h/UHTYyBQXE92piVPXkaxWWexlNWa2IQq4D2Vl
         CG53Rec5J3tIF5nJdLYT/UFXPR/93yb9cmhFNjoCoDtSapLmQWoE4YOlgHDA3e==
Received: by recvd-5c8f9d7b6-kx2mq with SMTP id recvd-5c8f9d7b6-kx2mq-1-671E3B6E-4
	Tue, 27 Oct 2026 13:26:06 +0000 (UTC)
Received: from MzMxODQyNw (unknown)
	by geopod-ismtpd-14 (SG) with HTTP
	id rK3vWq2cS0mFz7L1bQx8Pa
	Tue, 27 Oct 2026 13:26:06 +0000 (UTC)
Content-Type: multipart/alternative; boundary=4a6f1c9e2b8d73f0e5a1b4c7d9e2f8a3c6b0d1e4f7a2b5c8d9e0f1a2b3c4
Date: Tue, 27 Oct 2026 13:26:06 +0000 (UTC)
From: Creativa Studio <noreply@creativastudio.example.it>
Mime-Version: 1.0
Message-ID: <rK3vWq2cS0mFz7L1bQx8Pa@geopod-ismtpd-14>
Subject: =?utf-8?q?La_tua_esportazione_dati_=C3=A8_?=
 =?utf-8?q?pronta_=E2=80=93_utente_U-7730912_?=
 =?utf-8?q?=28link_valido_7_giorni=29?=
X-Feedback-ID: 3318427:SG
X-SG-EID: u001.nLRiKDrgL2wUCFedcCHTCpyWt9QZdgzgao/Ex9lwD26MLgOWW+qz1Dlq3mLI6x9P0yLVU3XWEyC59FsMSbmicq27Z8
X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3Bv8z2k3W1pRq
To: privacy@shop.example.be
X-Entity-ID: u001.Zx3r8KqW2mPbN0vT1cLs4A==
X-Auto-Response-Suppress: OOF, AutoReply

--4a6f1c9e2b8d73f0e5a1b4c7d9e2f8a3c6b0d1e4f7a2b5c8d9e0f1a2b3c4
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0

La tua esportazione dati =C3=A8 pronta

Richiesta: esportazione completa dei dati dell'utente U-7730912
Riferimento interno: PRV-2026-0948 (richiesta di accesso)
Richiesta da: privacy@shop.example.be (amministratore, Shop Example BV)

Contenuto dell'archivio:
- 23 progetti salvati (fotolibri, calendari, tazze, partecipazioni)
- 684 immagini caricate (file originali)
- 4 link di condivisione dei progetti (1 ancora attivo)
- registro dei consensi: Galleria delle idee =3D no; miglioramento foto con=
 IA =3D s=C3=AC
- cronologia delle modifiche e delle bozze (JSON)

Formato: ZIP (JSON + file originali), 2,3 GB

Scarica l'archivio: https://app.creativastudio.example.it/export/d/9QmX4tB7
Il link scade tra 7 giorni (3 novembre 2026). Per motivi di sicurezza =C3=
=A8 necessario accedere con il tuo account amministratore.

Questa =C3=A8 una e-mail automatica inviata da Creativa Studio. Non rispond=
ere a questo messaggio.
Creativa Studio S.r.l. =E2=80=93 Corso Como 9, 20154 Milano

--4a6f1c9e2b8d73f0e5a1b4c7d9e2f8a3c6b0d1e4f7a2b5c8d9e0f1a2b3c4
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8
Mime-Version: 1.0

<!doctype html>
<html lang=3D"it"><head><meta charset=3D"utf-8"><meta name=3D"viewport" con=
tent=3D"width=3Ddevice-width, initial-scale=3D1"><title>Esportazione pronta=
</title></head>
<body style=3D"margin:0;background:#f6f3ef;font-family:'Helvetica Neue',Hel=
vetica,Arial,sans-serif;color:#2b2b2b;">
<div style=3D"max-width:560px;margin:0 auto;padding:32px 16px;">
<div style=3D"background:#ffffff;border-radius:10px;padding:32px;">
<h1 style=3D"font-size:22px;margin:0 0 16px;">La tua esportazione dati =C3=
=A8 pronta</h1>
<p>Richiesta: esportazione completa dei dati dell'utente <b>U-7730912</b><b=
r>Riferimento interno: PRV-2026-0948 (richiesta di accesso)<br>Richiesta da=
: privacy@shop.example.be (amministratore, Shop Example BV)</p>
<ul>
<li>23 progetti salvati (fotolibri, calendari, tazze, partecipazioni)</li>
<li>684 immagini caricate (file originali)</li>
<li>4 link di condivisione dei progetti (1 ancora attivo)</li>
<li>registro dei consensi: Galleria delle idee =3D no; miglioramento foto c=
on IA =3D s=C3=AC</li>
<li>cronologia delle modifiche e delle bozze (JSON)</li>
</ul>
<p>Formato: ZIP (JSON + file originali), 2,3 GB</p>
<p style=3D"text-align:center;margin:28px 0;"><a href=3D"https://app.creati=
vastudio.example.it/export/d/9QmX4tB7" style=3D"background:#e8553e;color:#f=
ff;text-decoration:none;padding:12px 24px;border-radius:6px;font-weight:bol=
d;">Scarica l'archivio</a></p>
<p style=3D"font-size:13px;color:#666;">Il link scade tra 7 giorni (3 novem=
bre 2026). Per motivi di sicurezza =C3=A8 necessario accedere con il tuo ac=
count amministratore.</p>
</div>
<p style=3D"font-size:11px;color:#999;text-align:center;">Questa =C3=A8 una=
 e-mail automatica inviata da Creativa Studio. Non rispondere a questo mess=
aggio.<br>Creativa Studio S.r.l. =E2=80=93 Corso Como 9, 20154 Milano</p>
</div>
<img src=3D"https://u3318427.ct.sendgrid.net/wf/open?upn=3Du001.Xk2" alt=3D=
"" width=3D"1" height=3D"1" border=3D"0" style=3D"height:1px !important;wid=
th:1px !important;border-width:0 !important;margin:0 !important;padding:0 !=
important;">
</body></html>

--4a6f1c9e2b8d73f0e5a1b4c7d9e2f8a3c6b0d1e4f7a2b5c8d9e0f1a2b3c4--
'''),
    ('it', 'person-objects-design-in-ideas-gallery', 'objection', (),
'''Return-Path: <francesca.ruggieri@libero.it>
Received: from smtp-31.iol.local (smtp-31.italiaonline.it [213.209.10.31])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fw3Lq6XpFz9vRz
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 09:12:44 +0200 (CEST)
Received: from [192.168.1.23] ([93.44.187.102])
	by smtp-31.iol.local with ESMTPA
	id 7Qk2vNbhR3xWe7Qk2vZyAb; Tue, 20 Oct 2026 09:12:43 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=libero.it; s=s2021;
        t=1792311163; h=Message-ID:Date:MIME-Version:Subject:To:From:Content-Type;
        bh=DTOeL+/6MIonoWoyP9pzVlh17/pu9XMtkeVFBsCracP=;
        b=l22P9Wovkw5wX9jgXEuepbs3C76qCkOmX9q0DlPHCXEhI1QprCXhLEiUPvsY0W0VRcPg4Z
         +i1giKSMBnghKZIlCz/yykxTZQqvoQSH6G2EPMyCQft7SP6bygtIcUqEOxM8Mnbeh9I1zq
         IY03iXeycVn5Y7CpA9n/cZHU97V5REXpJfw36lqbHO5YgsARcsTtOj8JKvXemyiQVjfeWD
         gIQJfZvzl2AA97xWCiEfhQN9T9kPZxUwCuNMiunOll0CPzaS8xAOOvLglmhgucFUUruhG6
         uZdb8boVdC+P7E+hIn1Gv6/s2ZTvcv3AP/fpZoSb3rQtyav+hN4coSlsIsjetI==
Message-ID: <3c81e0f4-9a2d-4b6e-8f15-7d0c2a9e4b31@libero.it>
Date: Tue, 20 Oct 2026 09:12:41 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?utf-8?q?Re=3A_Il_tuo_progetto_=C3=A8_nella_?=
 =?utf-8?q?Galleria_delle_idee!?=
To: privacy@shop.example.be
References: <gallery-90317.featured.c11d@design.shop.example.be>
Content-Language: it
From: Francesca Ruggieri <francesca.ruggieri@libero.it>
In-Reply-To: <gallery-90317.featured.c11d@design.shop.example.be>
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Buongiorno,

ho ricevuto questa mail ieri e sono rimasta di sasso. Il calendario 2027 che ho creato con le foto dei miei figli è finito nella vostra "Galleria delle idee", visibile a chiunque. Io l'ho solo salvato, non l'ho mai condiviso con nessuno.

Non voglio che i miei progetti vengano usati come esempi o per la vostra pubblicità, né adesso né in futuro. Toglietelo dalla galleria e smettete di usare i miei progetti in questo modo. Il progetto invece può restare nel mio account, mi serve per ordinare il calendario a dicembre.

Grazie,
Francesca Ruggieri

Il 19/10/26 08:05, Shop Example Studio Design ha scritto:
> Ciao Francesca,
>
> buone notizie! Il tuo progetto "Calendario famiglia 2027" è stato scelto
> per la nostra Galleria delle idee. Da oggi altri clienti possono
> vederlo e usarlo come spunto per i loro calendari.
>
> Guarda il tuo progetto nella galleria:
> https://www.shop.example.be/it/idee/calendari/90317
>
> Questa è una e-mail automatica, ti preghiamo di non rispondere.
> Shop Example BV - Industrieweg 41, 9000 Gent, Belgio
'''),
    ('pt', 'consent-platform-sync-review-photos', 'automated', (),
'''Return-Path: <nao-responder@consentia.example.pt>
Received: from mta-2.consentia.example.pt (mta-2.consentia.example.pt [203.0.113.222])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fx6Vp1RsLz9vS9
        for <privacy@shop.example.be>; Sat, 24 Oct 2026 04:06:52 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=consentia.example.pt; s=cst1;
        t=1792551611; h=from:to:subject:date:message-id:mime-version:content-type;
        bh=qhHftdViQN2LUa03zEColKg3XzQjbOOxlEz8giUussK=;
        b=lbJX/WzETP4oy9LZWnKecmpRgCF6Lc15zj8iIe0P0v9dBU8nyzpRl2cUs+ruyCl09fRofG
         sC8pCpr/zL+uKixIZWTMQgv+MSBWp7GuDfEkb7LJlyKY+Ouh82PLsDpJQaXWggDy9RHFzA
         2fAeOPXKckbEzSA69kBHFfNnUong8LIPL9kMmoUKnclBxKv9cn6HOVx0p+4CaKRn5pG6Y+
         A9zPWoUvDFwFp7SOOHXHdsqJzso4bZ3bAtmLgFDwg3KG22ST7sVHBYf9FsTlhtLseTQINQ
         mTMXtIz4TjXkbz1HkjkxcovqzLN2XOmLDsMKCQ5EloTDb+2W3loO0yhZYbsaUf==
From: Consentia <nao-responder@consentia.example.pt>
To: privacy@shop.example.be
Subject: =?utf-8?q?Sincroniza=C3=A7=C3=A3o_conclu=C3=ADda=3A_3_412_registos_de_cons?=
 =?utf-8?q?entimento_=28fotografias_em_avalia=C3=A7=C3=B5es=29?=
Date: Sat, 24 Oct 2026 03:06:51 +0100
Message-ID: <sync-77120.20261024030651@app.consentia.example.pt>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: Consentia Notifier 2.14

T2zDoSwKCkEgc2luY3Jvbml6YcOnw6NvIGFnZW5kYWRhIGRvcyByZWdpc3RvcyBkZSBjb25zZW50
aW1lbnRvIGVudHJlIGEgcGxhdGFmb3JtYSBkZSBhdmFsaWHDp8O1ZXMgZSBvIENSTSBTaG9wIEV4
YW1wbGUgdGVybWlub3UuCgpFeGVjdcOnw6NvOiAyNC8xMC8yMDI2LCAwMzowMOKAkzAzOjA2ICho
b3JhIGRlIExpc2JvYSkKT3JpZ2VtOiBBdmFsaWHDp8O1ZXMgZGUgcHJvZHV0b3MgKGZvdG9ncmFm
aWFzIGRlIGNsaWVudGVzKQpEZXN0aW5vOiBTaG9wIEV4YW1wbGUgQ1JNIChhbWJpZW50ZSBkZSBw
cm9kdcOnw6NvKQoKUmVnaXN0b3MgcHJvY2Vzc2Fkb3M6IDMgNDEyCiAgUHVibGljYcOnw6NvIGRl
IGZvdG9ncmFmaWFzIGVtIGF2YWxpYcOnw7VlczogY29uY2VkaWRvIDIgMTE4IMK3IHJldGlyYWRv
IDk2CiAgRnVuw6fDo28gwqtNZW3Ds3JpYXPCuyAoYWdydXBhbWVudG8gYXV0b23DoXRpY28gcG9y
IHJvc3Rvcyk6IGNvbmNlZGlkbyAxIDAyMSDCtyByZXRpcmFkbyAxNzcKUmVnaXN0b3MgaWdub3Jh
ZG9zIChzZW0gYWx0ZXJhw6fDtWVzKTogMApFcnJvczogNCAoZW5kZXJlw6dvIGRlIGUtbWFpbCBu
w6NvIGVuY29udHJhZG8gbm8gQ1JNKQoKQXMgZm90b2dyYWZpYXMgYXNzb2NpYWRhcyBhb3MgOTYg
Y29uc2VudGltZW50b3MgcmV0aXJhZG9zIGZvcmFtIG1hcmNhZGFzIHBhcmEgcmVtb8Onw6NvIGRh
cyBhdmFsaWHDp8O1ZXMgcMO6YmxpY2FzLiBBIHJlbW/Dp8OjbyBlZmV0aXZhIMOpIGZlaXRhIHBl
bGEgcGxhdGFmb3JtYSBkZSBhdmFsaWHDp8O1ZXMgbm8gcHJhem8gZGUgNDggaG9yYXMuCgpPIHJl
bGF0w7NyaW8gY29tcGxldG8gKENTVikgZXN0w6EgZGlzcG9uw612ZWwgZHVyYW50ZSAzMCBkaWFz
OgpodHRwczovL2FwcC5jb25zZW50aWEuZXhhbXBsZS5wdC9yZWxhdG9yaW9zL3N5bmMvNzcxMjAK
CkVzdGEgbWVuc2FnZW0gZm9pIGdlcmFkYSBhdXRvbWF0aWNhbWVudGUuIFBvciBmYXZvciwgbsOj
byByZXNwb25kYS4KQ29uc2VudGlhLCBMZGEuIMK3IFJ1YSBkZSBTYW50YSBDYXRhcmluYSA1MTEs
IDQwMDAtNDUyIFBvcnRvCg==
'''),
    ('pt', 'proof-approval-kiosk-privacy-poster', 'automated', (),
'''Return-Path: <provas@graficaatlantico.example.pt>
Received: from smtp.graficaatlantico.example.pt (smtp.graficaatlantico.example.pt [198.51.100.231])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4FxFm2YbQ3z9vSB
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 11:48:07 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=graficaatlantico.example.pt; s=default;
        t=1792928885; h=from:to:subject:date:message-id:mime-version:content-type;
        bh=807m1MzcHlyaiy14cGaE/pq7dDJ4/PyYfJL53HcHso1=;
        b=yOEgM+2mX9vnT4DFzOlYQVLdi5G8jXSJCHq11YwH6TJlOKOTdO/e22cEnxCrGxVgN1HRQ7
         7Ezflqb0k3Wq96wsrPe8C/fVkPmGDZHK/upmNvm4sNpl/4deS4sr2+k4CbjWtAmD0IJY3s
         qkKnH3GqM0T7GOaQSL2qTf3GBRYhYjUCkH7GvF6gsHoWF/GLi18uNENAWLsk73g68qVUHS
         Wv7HML5b6Moo/Gf0tZ6C2RvQbdPypTw3YjFUe+rDcl+1csaYlNgUG+gVQiILLE61+RCqr9
         F7Bc6Xgczzi7/5Z8T3saQWuLDmp8vNkE59vA5ydzpMgyEz5T2ZWVDePrcNCJeR==
From: =?utf-8?q?Gr=C3=A1fica_Atl=C3=A2ntico_=E2=80=93_Provas?= <provas@graficaatlantico.example.pt>
To: privacy@shop.example.be
Subject: =?utf-8?q?Por_favor=2C_aprove_a_sua_prova=3A_?=
 =?utf-8?q?Cartaz_A3_=C2=ABAviso_de_?=
 =?utf-8?q?privacidade_=E2=80=93_quiosque_?=
 =?utf-8?q?fotogr=C3=A1fico=C2=BB_=28GA-2026-44817=29?=
Date: Mon, 26 Oct 2026 10:48:05 +0000
Message-ID: <proof.GA-2026-44817.v2.1792928885@provas.graficaatlantico.example.pt>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_gaprova_4d2c9a71e0b8f6357c1d"
X-Mailer: ProvaOnline 4.2
X-Auto-Response-Suppress: All

--=_gaprova_4d2c9a71e0b8f6357c1d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

T2zDoSBFcXVpcGEgZGUgUHJpdmFjaWRhZGUgU2hvcCBFeGFtcGxlLAoKQSBwcm92YSBkaWdpdGFs
IGRhIHN1YSBlbmNvbWVuZGEgZXN0w6EgcHJvbnRhIHBhcmEgYXByb3Zhw6fDo28uCgpFbmNvbWVu
ZGE6IEdBLTIwMjYtNDQ4MTcKUHJvZHV0bzogQ2FydGF6IEEzLCBwYXBlbCBjb3VjaMOpIG1hdGUg
MTcwIGcsIDI1MCBleGVtcGxhcmVzClTDrXR1bG86IMKrQXZpc28gZGUgcHJpdmFjaWRhZGUg4oCT
IHF1aW9zcXVlIGZvdG9ncsOhZmljb8K7ICh2ZXJzw7VlcyBOTCAvIEZSIC8gREUpCgpUZXh0byBw
cmluY2lwYWwgZGEgcHJvdmE6CiJBcyBmb3RvZ3JhZmlhcyBxdWUgdHJhbnNmZXJpciBwYXJhIGVz
dGUgcXVpb3NxdWUgc8OjbyBhcGFnYWRhcyBhdXRvbWF0aWNhbWVudGUgMjQgaG9yYXMgYXDDs3Mg
YSBzZXNzw6NvLiBBcyBmb3RvZ3JhZmlhcyB0aXBvIHBhc3NlIHPDo28gYXBhZ2FkYXMgbG9nbyBh
cMOzcyBhIGltcHJlc3PDo28uIE1haXMgaW5mb3JtYcOnw7Vlczogc2hvcC5leGFtcGxlLmJlL3By
aXZhY2lkYWRlIgoKVmVyaWZpcXVlIGNvbSBhdGVuw6fDo28gdGV4dG9zLCBub21lcywgZGF0YXMg
ZSB0cmFkdcOnw7Vlcy4gRGVwb2lzIGRlIGFwcm92YWRhLCBhIHByb3ZhIHNlZ3VlIHBhcmEgcHJv
ZHXDp8OjbyBlIGrDoSBuw6NvIHBvZGUgc2VyIGFsdGVyYWRhLgoKQXByb3ZhciBhIHByb3ZhIG91
IHBlZGlyIGFsdGVyYcOnw7VlczoKaHR0cHM6Ly9wcm92YXMuZ3JhZmljYWF0bGFudGljby5leGFt
cGxlLnB0L3AvR0EtMjAyNi00NDgxNz90PThoVjJxSwoKU2UgYSBwcm92YSBuw6NvIGZvciBhcHJv
dmFkYSBhdMOpIDI5LzEwLzIwMjYsIGEgZW5jb21lbmRhIGZpY2EgZW0gZXNwZXJhIGUgYSBkYXRh
IGRlIGVudHJlZ2EgcHJldmlzdGEgKDA1LzExLzIwMjYpIHBvZGVyw6Egc2VyIGFkaWFkYS4KCk1l
bnNhZ2VtIGF1dG9tw6F0aWNhIGRvIHNpc3RlbWEgZGUgcHJvdmFzIOKAkyBuw6NvIHJlc3BvbmRh
IGEgZXN0ZSBlLW1haWwuCkdyw6FmaWNhIEF0bMOibnRpY28sIFMuQS4gwrcgWm9uYSBJbmR1c3Ry
aWFsIGRhIE1haWEsIFNlY3RvciBYLCA0NDcwLTQzNiBNYWlhCg==

--=_gaprova_4d2c9a71e0b8f6357c1d
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+CjxodG1sPjxoZWFkPjxtZXRhIGNoYXJzZXQ9InV0Zi04Ij48L2hlYWQ+
Cjxib2R5IHN0eWxlPSJmb250LWZhbWlseTpHZW9yZ2lhLHNlcmlmO2ZvbnQtc2l6ZToxNXB4O2Nv
bG9yOiMyMDIwMjAiPgo8cD5PbMOhIEVxdWlwYSBkZSBQcml2YWNpZGFkZSBTaG9wIEV4YW1wbGUs
PC9wPgo8cD5BIHByb3ZhIGRpZ2l0YWwgZGEgc3VhIGVuY29tZW5kYSBlc3TDoSBwcm9udGEgcGFy
YSBhcHJvdmHDp8Ojby48L3A+CjxwPkVuY29tZW5kYTogR0EtMjAyNi00NDgxNzxicj4KUHJvZHV0
bzogQ2FydGF6IEEzLCBwYXBlbCBjb3VjaMOpIG1hdGUgMTcwIGcsIDI1MCBleGVtcGxhcmVzPGJy
PgpUw610dWxvOiDCq0F2aXNvIGRlIHByaXZhY2lkYWRlIOKAkyBxdWlvc3F1ZSBmb3RvZ3LDoWZp
Y2/CuyAodmVyc8O1ZXMgTkwgLyBGUiAvIERFKTwvcD4KPHA+VGV4dG8gcHJpbmNpcGFsIGRhIHBy
b3ZhOjxicj4KIkFzIGZvdG9ncmFmaWFzIHF1ZSB0cmFuc2ZlcmlyIHBhcmEgZXN0ZSBxdWlvc3F1
ZSBzw6NvIGFwYWdhZGFzIGF1dG9tYXRpY2FtZW50ZSAyNCBob3JhcyBhcMOzcyBhIHNlc3PDo28u
IEFzIGZvdG9ncmFmaWFzIHRpcG8gcGFzc2Ugc8OjbyBhcGFnYWRhcyBsb2dvIGFww7NzIGEgaW1w
cmVzc8Ojby4gTWFpcyBpbmZvcm1hw6fDtWVzOiBzaG9wLmV4YW1wbGUuYmUvcHJpdmFjaWRhZGUi
PC9wPgo8cD5WZXJpZmlxdWUgY29tIGF0ZW7Dp8OjbyB0ZXh0b3MsIG5vbWVzLCBkYXRhcyBlIHRy
YWR1w6fDtWVzLiBEZXBvaXMgZGUgYXByb3ZhZGEsIGEgcHJvdmEgc2VndWUgcGFyYSBwcm9kdcOn
w6NvIGUgasOhIG7Do28gcG9kZSBzZXIgYWx0ZXJhZGEuPC9wPgo8cD5BcHJvdmFyIGEgcHJvdmEg
b3UgcGVkaXIgYWx0ZXJhw6fDtWVzOjxicj4KaHR0cHM6Ly9wcm92YXMuZ3JhZmljYWF0bGFudGlj
by5leGFtcGxlLnB0L3AvR0EtMjAyNi00NDgxNz90PThoVjJxSzwvcD4KPHA+U2UgYSBwcm92YSBu
w6NvIGZvciBhcHJvdmFkYSBhdMOpIDI5LzEwLzIwMjYsIGEgZW5jb21lbmRhIGZpY2EgZW0gZXNw
ZXJhIGUgYSBkYXRhIGRlIGVudHJlZ2EgcHJldmlzdGEgKDA1LzExLzIwMjYpIHBvZGVyw6Egc2Vy
IGFkaWFkYS48L3A+CjxwPk1lbnNhZ2VtIGF1dG9tw6F0aWNhIGRvIHNpc3RlbWEgZGUgcHJvdmFz
IOKAkyBuw6NvIHJlc3BvbmRhIGEgZXN0ZSBlLW1haWwuPGJyPgpHcsOhZmljYSBBdGzDom50aWNv
LCBTLkEuIMK3IFpvbmEgSW5kdXN0cmlhbCBkYSBNYWlhLCBTZWN0b3IgWCwgNDQ3MC00MzYgTWFp
YTwvcD4KPC9ib2R5PjwvaHRtbD4K

--=_gaprova_4d2c9a71e0b8f6357c1d--
'''),
    ('pt', 'mailman-digest-dpo-list-photo-kiosks', 'automated', (),
'''Return-Path: <privacidade-imagem-bounces+privacy=shop.example.be@listas.rede-epd.example.pt>
Received: from listas.rede-epd.example.pt (listas.rede-epd.example.pt [203.0.113.250])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fx2Ht7KcWz9vSA
        for <privacy@shop.example.be>; Fri, 23 Oct 2026 13:00:08 +0200 (CEST)
Received: from listas.rede-epd.example.pt (localhost [127.0.0.1])
	by listas.rede-epd.example.pt (Postfix) with ESMTP id 6B0E21C03F2;
	Fri, 23 Oct 2026 12:00:04 +0100 (WEST)
Subject: =?utf-8?q?Resumo_da_lista_?=
 =?utf-8?q?privacidade-imagem=2C_Vol_12=2C_?=
 =?utf-8?q?Edi=C3=A7=C3=A3o_7?=
From: privacidade-imagem-request@listas.rede-epd.example.pt
To: privacidade-imagem@listas.rede-epd.example.pt
Reply-To: privacidade-imagem@listas.rede-epd.example.pt
Date: Fri, 23 Oct 2026 12:00:03 +0100
Message-ID: <mailman.31.1792494003.2841.privacidade-imagem@listas.rede-epd.example.pt>
X-Mailman-Version: 2.1.39
Precedence: list
X-BeenThere: privacidade-imagem@listas.rede-epd.example.pt
List-Id: Privacidade e imagem - grupo de trabalho EPD
 <privacidade-imagem.listas.rede-epd.example.pt>
List-Unsubscribe: <https://listas.rede-epd.example.pt/mailman/options/privacidade-imagem>,
 <mailto:privacidade-imagem-request@listas.rede-epd.example.pt?subject=unsubscribe>
List-Archive: <https://listas.rede-epd.example.pt/pipermail/privacidade-imagem/>
List-Post: <mailto:privacidade-imagem@listas.rede-epd.example.pt>
List-Help: <mailto:privacidade-imagem-request@listas.rede-epd.example.pt?subject=help>
List-Subscribe: <https://listas.rede-epd.example.pt/mailman/listinfo/privacidade-imagem>,
 <mailto:privacidade-imagem-request@listas.rede-epd.example.pt?subject=subscribe>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Errors-To: privacidade-imagem-bounces+privacy=shop.example.be@listas.rede-epd.example.pt
Sender: "privacidade-imagem"
 <privacidade-imagem-bounces+privacy=shop.example.be@listas.rede-epd.example.pt>

Enviar submissões para a lista privacidade-imagem para
	privacidade-imagem@listas.rede-epd.example.pt

Para se inscrever ou anular a inscrição via WWW, visite
	https://listas.rede-epd.example.pt/mailman/listinfo/privacidade-imagem
ou, via email, envie uma mensagem com o assunto ou corpo 'help' para
	privacidade-imagem-request@listas.rede-epd.example.pt

Pode contactar a pessoa que gere a lista em
	privacidade-imagem-owner@listas.rede-epd.example.pt

Quando responder, por favor edite a sua linha de Assunto para que ela
seja mais específica que "Re: Contents of privacidade-imagem digest..."


Tópicos de Hoje:

   1. Quiosques fotográficos: prazo de conservação dos ficheiros
      (Rui Carvalho)
   2. Re: Fotografias de clientes em avaliações – base legal?
      (Marta Leitão)
   3. Reconhecimento facial em funcionalidades «Memórias»
      (Tiago Nunes)


----------------------------------------------------------------------

Mensagem: 1
Date: Thu, 22 Oct 2026 10:14:03 +0100
From: Rui Carvalho <rui.carvalho@retalho-norte.example.pt>
To: privacidade-imagem@listas.rede-epd.example.pt
Subject: [privacidade-imagem] Quiosques fotográficos: prazo de
	conservação dos ficheiros
Message-ID: <7b2e91d0-4c5a-4f61-9a1e-3d8b2c6f0e47@retalho-norte.example.pt>
Content-Type: text/plain; charset="utf-8"

Bom dia a todos,

Alguém tem uma referência de prazo razoável para apagar as fotografias
que os clientes transferem para quiosques de impressão nas lojas? O
fornecedor propõe 7 dias "para reimpressões", nós achamos que 24 horas
chega. Obrigado.

Rui Carvalho
EPD, Retalho Norte


------------------------------

Mensagem: 2
Date: Thu, 22 Oct 2026 15:40:27 +0100
From: Marta Leitão <marta.leitao@advogados-lx.example.pt>
To: privacidade-imagem@listas.rede-epd.example.pt
Subject: Re: [privacidade-imagem] Fotografias de clientes em
	avaliações – base legal?
Message-ID: <CAF3kT0p9Lm2vQ8rN1xZbW5yJ4hD7sGq@mail.example.pt>
Content-Type: text/plain; charset="utf-8"

Na minha opinião é consentimento, e tem de ser possível retirá-lo com a
mesma facilidade. Atenção às fotografias com terceiros, sobretudo
crianças.

Marta


------------------------------

Mensagem: 3
Date: Thu, 22 Oct 2026 18:02:55 +0100
From: Tiago Nunes <tnunes@fotocentro.example.pt>
To: privacidade-imagem@listas.rede-epd.example.pt
Subject: [privacidade-imagem] Reconhecimento facial em funcionalidades
	«Memórias»
Message-ID: <a91f0c2e-6b3d-4e18-b7a0-58d4e2c1f903@fotocentro.example.pt>
Content-Type: text/plain; charset="utf-8"

Boa tarde,

Estamos a avaliar uma função que agrupa as fotografias dos clientes por
rostos. Alguém já fez uma AIPD para algo semelhante e aceita partilhar a
estrutura? Trata-se de dados biométricos, presumo.

Tiago Nunes


------------------------------

Subject: Rodapé do Resumo

_______________________________________________
privacidade-imagem mailing list
privacidade-imagem@listas.rede-epd.example.pt
https://listas.rede-epd.example.pt/mailman/listinfo/privacidade-imagem


------------------------------

Fim de Resumo da lista privacidade-imagem, Vol 12, Edição 7
***********************************************************
'''),
    ('pt', 'person-portability-forwards-album-link', 'portability', (),
'''Return-Path: <rita.mendes@sapo.pt>
Received: from smtp.sapo.pt (smtp.sapo.pt [213.13.146.135])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Fx7Jm3QtNz9vSA
        for <privacy@shop.example.be>; Sat, 24 Oct 2026 11:27:38 +0200 (CEST)
Received: from webmail.sapo.pt (unknown [10.134.16.21])
	(Authenticated sender: rita.mendes@sapo.pt)
	by smtp.sapo.pt (Postfix) with ESMTPSA id 2C4F8A0041
	for <privacy@shop.example.be>; Sat, 24 Oct 2026 10:27:36 +0100 (WEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sapo.pt; s=sapo20250101;
        t=1792574856; h=from:to:subject:date:message-id:mime-version:content-type;
        bh=9TKT+NkTcr3VQkwf5RZf4EvIQhpXEdHsjXaRQFJvHX/=;
        b=hW3QB00CBi/PRWMzOQ+tToHbCZphI+i7JEdnJSC4UZx9vm64i4w50T9u98Crcu44sUvpl4
         DCro3bBW9LXZwyubT0bUPEyN9p97hVg6g7NTsULE9teEU/bTL3U1wq/9UEhZOzRMLXCO2D
         FM+XKQt0OUgj5swmxG6LSpgbWkuFtCB9l+gwe3qbcb5M99AJfxzR51IBL8dBs97ulr0EhL
         J4mT+iz7nYmkktG7Dhqs+f6CE3NYLg1viyOkwEEusnLiZ/GA1bpRi3Fjrk2T1B9We81ksw
         mjx0TWFi/IrXIlYNTdT8Yl8EfoLcMPLShCT95fIMVbOg+/8rs4xPt5JeL3/3LE==
MIME-Version: 1.0
Date: Sat, 24 Oct 2026 10:27:35 +0100
From: Rita Mendes <rita.mendes@sapo.pt>
To: privacy@shop.example.be
Subject: =?utf-8?q?Fwd=3A_O_seu_=C3=A1lbum_=C2=ABA=C3=A7ores_2026=C2=BB_?=
 =?utf-8?q?est=C3=A1_pronto_para_partilhar?=
Message-ID: <e3f1b7a42c90d58e6a1b0f7c3d2e9a84@sapo.pt>
X-Sender: rita.mendes@sapo.pt
User-Agent: Roundcube Webmail/1.6.9
Content-Type: text/plain; charset=UTF-8;
 format=flowed
Content-Transfer-Encoding: 8bit

Quero todas as minhas fotos e os projetos de fotolivro num ficheiro (originais, em resolução total) para os levar para outro serviço. Isto chega, ou têm de me enviar de outra forma?

Rita Mendes

-------- Mensagem original --------
Assunto: O seu álbum «Açores 2026» está pronto para partilhar
Data: 2026-10-22 18:40
De: Shop Example Fotos <fotos@notify.shop.example.be>
Para: rita.mendes@sapo.pt

Olá Rita,

O seu álbum «Açores 2026» (214 fotografias) foi criado.
Partilhe-o com família e amigos através desta ligação:

https://fotos.shop.example.be/a/Vq8nR2xT

A ligação expira dentro de 7 dias. Pode alterar a validade ou desativar a partilha em A minha conta > Álbuns.

Esta mensagem foi enviada automaticamente. Por favor, não responda.
'''),
]

"""Set sixtyfifth: robot mail of home-service systems (booking, field service, installer platforms, planners, quotes, gateways, take-back, out-of-office, bounces, receipts), plus people who look automatic (en, nl, fr, de, es, it, pt). Written apart from the code."""

ROBOTS = [
    ('en', 'postfix-bounce-reply-to-mistyped-address', 'automated', (),
'''Return-Path: <>
Received: from smtp-out2.shop.example.be (smtp-out2.shop.example.be [192.0.2.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Rk7Tq3Xq1z9XK
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 10:14:52 +0200 (CEST)
Received: by smtp-out2.shop.example.be (Postfix)
        id 4Rk7Tq0hS1z4wQ; Tue, 21 Apr 2026 10:14:51 +0200 (CEST)
Date: Tue, 21 Apr 2026 10:14:51 +0200 (CEST)
From: MAILER-DAEMON@smtp-out2.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4Rk7Tq0hS1z4wQ.1776759291/smtp-out2.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260421081451.4Rk7Tq0hS1z4wQ@smtp-out2.shop.example.be>

This is a MIME-encapsulated message.

--4Rk7Tq0hS1z4wQ.1776759291/smtp-out2.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp-out2.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.okafor-lewis@kabelnet.example>: host mx.kabelnet.example[203.0.113.25] said:
    550 5.1.1 <d.okafor-lewis@kabelnet.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--4Rk7Tq0hS1z4wQ.1776759291/smtp-out2.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out2.shop.example.be
X-Postfix-Queue-ID: 4Rk7Tq0hS1z4wQ
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 21 Apr 2026 10:14:49 +0200 (CEST)

Final-Recipient: rfc822; d.okafor-lewis@kabelnet.example
Original-Recipient: rfc822;d.okafor-lewis@kabelnet.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kabelnet.example
Diagnostic-Code: smtp; 550 5.1.1 <d.okafor-lewis@kabelnet.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--4Rk7Tq0hS1z4wQ.1776759291/smtp-out2.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from app-dpo01.shop.example.be (app-dpo01.shop.example.be [10.20.4.17])
        by smtp-out2.shop.example.be (Postfix) with ESMTPS id 4Rk7Tq0hS1z4wQ
        for <d.okafor-lewis@kabelnet.example>; Tue, 21 Apr 2026 10:14:49 +0200 (CEST)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Daniel Okafor-Lewis <d.okafor-lewis@kabelnet.example>
Subject: Your request: planner notes, photos and 3D plan from your kitchen
 planning appointment (ref. PRV-26-0871)
Date: Tue, 21 Apr 2026 10:14:47 +0200
Message-ID: <prv-26-0871.r1.1776759287@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_dpo_7c1e0a4b"

--4Rk7Tq0hS1z4wQ.1776759291/smtp-out2.shop.example.be--
'''),
    ('en', 'field-service-technician-en-route', 'automated', (),
'''Return-Path: <0102019c5e7a41f2-5b1e2c07-3d8f-4a61-9e02-77c1d0a5f3b8-000000@eu-west-1.amazonses.com>
Received: from a4-12.smtp-out.eu-west-1.amazonses.com (a4-12.smtp-out.eu-west-1.amazonses.com [198.51.100.12])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Tn2Vb6fGqz3LmQ
        for <privacy@shop.example.be>; Wed, 13 May 2026 09:58:31 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=updates.fieldloop.example;
        s=fl2025; t=1778659109;
        h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID;
        bh=1kKeHjQseKZSDDxnINcWI9p3pK5cymAUJngHeIVZC6U=;
        b=ZxFFYNckOcak7WYTpM4ZXxdd5oC/FlZT2OFQe05j8cJC8bQehLikeLqYHX5JrFuYawpk
         CstoMPsd1WbBTIz04YmiugaKk8s+Tlt4WpI8VEJZeqRZPU0D7HMIRXeExutBVLevakY2
         rEYXZTAjPRqEu+cFQMhxeZ8K2cUx0KbT7RHmmbkrC6SaCqZ8D4ZHoPsnGpk1T3b1L8rm
         NXa0xjNcYM9RBBdeQE3MuFEbN0uKpX9rr97yuh0ovw/YzlvNg+sL
From: Shop Example Home Services <notifications@updates.fieldloop.example>
Reply-To: noreply@updates.fieldloop.example
To: privacy@shop.example.be
Subject: Marek is on his way - estimated arrival 10:40
Date: Wed, 13 May 2026 07:58:29 +0000
Message-ID: <0102019c5e7a41f2-5b1e2c07-3d8f-4a61-9e02-77c1d0a5f3b8-000000@eu-west-1.amazonses.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_Qy7rT2mXk9LwP0aZ4vN8sF3gH6jD5cE1"
X-FieldLoop-Event: job.technician_en_route
X-FieldLoop-Job: FL-2026-118407
Feedback-ID: 1.eu-west-1.Vq3kD8pLx0mN2bR7tW9yZ4cF6hJ1sA5eG=:AmazonSES
X-SES-Outgoing: 2026.05.13-198.51.100.12

--b1_Qy7rT2mXk9LwP0aZ4vN8sF3gH6jD5cE1
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hi there,

Good news: your technician is on the way.

  Technician:        Marek W.
  Estimated arrival: 10:40 (arrival window 10:25 - 10:55)
  Job:               Delivery + assembly: 2 wardrobes, 1 chest of drawers
  Job reference:     FL-2026-118407
  Address:           14 Rue des Tanneurs, 1000 Brussels

Follow Marek on the map:
https://track.fieldloop.example/t/8KQ2-77XD

The access notes from your order (door code, where the key is) are shown
to the technician on arrival only.
Please make sure someone aged 18 or over is at home.

Need to change something? Reschedule or cancel up to 2 hours before arrival:
https://track.fieldloop.example/t/8KQ2-77XD/reschedule

After the visit you'll get a short survey to rate your technician.

Shop Example Home Services - powered by FieldLoop
This is an automated message. Replies to this address are not monitored.
Privacy notice: https://www.shop.example.be/en/privacy

--b1_Qy7rT2mXk9LwP0aZ4vN8sF3gH6jD5cE1
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta charset=3D"utf-8"><title>Your technician is on the way</t=
itle></head>
<body style=3D"margin:0;padding:0;background:#f3f4f6;font-family:Arial,Helv=
etica,sans-serif;">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"560" cellpadding=3D"24" cellspacing=
=3D"0" style=3D"background:#ffffff;">
<tr><td>
<h1 style=3D"font-size:22px;color:#111827;">Marek is on his way</h1>
<p style=3D"font-size:15px;color:#374151;">Estimated arrival: <strong>10:40=
</strong> (window 10:25 &ndash; 10:55)</p>
<p style=3D"font-size:14px;color:#374151;">Job FL-2026-118407 &middot; Deli=
very + assembly: 2 wardrobes, 1 chest of drawers<br>
14 Rue des Tanneurs, 1000 Brussels</p>
<p><a href=3D"https://track.fieldloop.example/t/8KQ2-77XD" style=3D"backgro=
und:#0b5cff;color:#ffffff;padding:12px 20px;text-decoration:none;border-rad=
ius:4px;">Follow Marek on the map</a></p>
<p style=3D"font-size:13px;color:#6b7280;">The access notes from your order=
 (door code, where the key is) are shown to the technician on arrival only.=
</p>
<p style=3D"font-size:13px;color:#6b7280;"><a href=3D"https://track.fieldlo=
op.example/t/8KQ2-77XD/reschedule">Reschedule or cancel</a> up to 2 hours b=
efore arrival.</p>
<p style=3D"font-size:11px;color:#9ca3af;">Shop Example Home Services - pow=
ered by FieldLoop. This is an automated message. Replies to this address ar=
e not monitored.
<a href=3D"https://www.shop.example.be/en/privacy">Privacy notice</a></p>
</td></tr></table>
</td></tr></table>
<img src=3D"https://track.fieldloop.example/o/8KQ2-77XD.gif" width=3D"1" he=
ight=3D"1" alt=3D"">
</body></html>

--b1_Qy7rT2mXk9LwP0aZ4vN8sF3gH6jD5cE1--
'''),
    ('en', 'planner-saas-data-export-ready', 'automated', (),
'''Return-Path: <bounce+5e21c4.7a9f-privacy=shop.example.be@mail.plancraft3d.example>
Received: from m228-12.mailgun.example (m228-12.mailgun.example [198.51.100.228])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Tq8Hd1ZmYz2RkS
        for <privacy@shop.example.be>; Wed, 03 Jun 2026 09:31:07 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mail.plancraft3d.example;
        s=mx; t=1780471864;
        h=Content-Transfer-Encoding:Content-Type:Mime-Version:Subject:From:To:Message-Id:Date:Sender;
        bh=GSt2tSdxnr6V3j1YJwPXEkoBp15PfBpu0PUPUZQxHAk=;
        b=BdBM4slkqWJIoyjQue1UNiTsyQMSDkIJ09ftrF1+Lbmv6o/3Ajo91KNnVDl9S22ivoNK
         QuL7j+XGy/ySIXLB/zvvyYyNB2kj+b4ApRUvFExhuwc1HHTXL2F2Nz7dwluSEIrjuAw5
         EHFY6WASsrhq009zDllLclWbgWeKZiYP7U+UAJ4+S0pAzKA0/9HyIYT/YUPOISQs8amR
         kHUpUyCD1A5blqOSJcmn4XNaxEN02+KO/OZK/+b+2Lgwgz+wFp1j
Sender: no-reply=mail.plancraft3d.example@mailgun.example
Date: Wed, 03 Jun 2026 07:31:04 +0000
From: PlanCraft 3D <no-reply@mail.plancraft3d.example>
To: privacy@shop.example.be
Message-Id: <20260603073104.5e21c47a9f3d1b08@mail.plancraft3d.example>
Subject: Your personal data export is ready (request DSR-20260602-0147)
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="e4c01a9f77d24b1a8d2f5c6b0e93a71d"
X-Mailgun-Sid: WyI3YTlmIiwgInByaXZhY3lAc2hvcC5leGFtcGxlLmJlIiwgIjVlMjFjNCJd
X-Mailgun-Tag: dsr-completed

--e4c01a9f77d24b1a8d2f5c6b0e93a71d
Content-Transfer-Encoding: 7bit
Content-Type: text/plain; charset="ascii"

Hello Shop Example BV team,

The data subject request you submitted in the PlanCraft 3D admin console
has been processed.

  Request:       DSR-20260602-0147 (export + erase)
  Data subject:  customer ID C-448120 (email address hashed)
  Submitted by:  privacy@shop.example.be
  Submitted on:  2 June 2026, 15:12 CEST

Export (ready):
  - 3 kitchen plans (PC3D and PDF)
  - 1 floor plan with room measurements
  - 41 room photos uploaded by planner account "s.delcourt"
  - planner notes (12 entries)
  - sharing log and consent log

Download the ZIP archive (use the password set in your admin console):
https://app.plancraft3d.example/dsr/DSR-20260602-0147/download
The link expires on 10 June 2026 at 23:59 CEST.

Erasure (scheduled):
All personal data listed above will be permanently deleted from production
on 10 June 2026 and from backups within 35 days. You will receive a deletion
certificate by email once this is complete.

You are receiving this email because you are a Privacy contact for the
workspace "shop-example-be". Manage notifications:
https://app.plancraft3d.example/settings/notifications

PlanCraft 3D Ltd, 8 Harbour Yard, Dublin 2, Ireland

--e4c01a9f77d24b1a8d2f5c6b0e93a71d
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset="utf-8"

<html><body style=3D"font-family:Helvetica,Arial,sans-serif;color:#1f2933;">
<p>Hello Shop Example BV team,</p>
<p>The data subject request you submitted in the PlanCraft 3D admin console=
 has been processed.</p>
<table cellpadding=3D"4" style=3D"font-size:14px;">
<tr><td>Request</td><td><b>DSR-20260602-0147</b> (export + erase)</td></tr>
<tr><td>Data subject</td><td>customer ID C-448120 (email address hashed)</t=
d></tr>
<tr><td>Submitted by</td><td>privacy@shop.example.be</td></tr>
<tr><td>Submitted on</td><td>2 June 2026, 15:12 CEST</td></tr>
</table>
<h3>Export (ready)</h3>
<ul><li>3 kitchen plans (PC3D and PDF)</li><li>1 floor plan with room measu=
rements</li>
<li>41 room photos uploaded by planner account &quot;s.delcourt&quot;</li><=
li>planner notes (12 entries)</li>
<li>sharing log and consent log</li></ul>
<p><a href=3D"https://app.plancraft3d.example/dsr/DSR-20260602-0147/downloa=
d">Download the ZIP archive</a> &mdash; the link expires on 10 June 2026 at=
 23:59 CEST.</p>
<h3>Erasure (scheduled)</h3>
<p>All personal data listed above will be permanently deleted from producti=
on on 10 June 2026 and from backups within 35 days. You will receive a dele=
tion certificate by email once this is complete.</p>
<p style=3D"font-size:11px;color:#7b8794;">You are receiving this email bec=
ause you are a Privacy contact for the workspace &quot;shop-example-be&quot=
;.
<a href=3D"https://app.plancraft3d.example/settings/notifications">Manage n=
otifications</a><br>PlanCraft 3D Ltd, 8 Harbour Yard, Dublin 2, Ireland</p>
</body></html>

--e4c01a9f77d24b1a8d2f5c6b0e93a71d--
'''),
    ('en', 'exchange-ooo-kitchen-planner', 'automated', (),
'''Return-Path: <>
Received: from EUR02-VI1-obe.outbound.protection.outlook.example (EUR02-VI1-obe.outbound.protection.outlook.example [203.0.113.17])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Tp3Wc7NfLz5KjR
        for <privacy@shop.example.be>; Tue, 02 Jun 2026 15:12:41 +0200 (CEST)
From: "Delcourt, Sophie" <sophie.delcourt@shop.example.be>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Planner notes for customer C-448120 (access request)
Thread-Topic: Planner notes for customer C-448120 (access request)
Thread-Index: AQHc8mRk0Yq1f0r9lUO6cW3wBvA7IrXyAAAB
Date: Tue, 2 Jun 2026 13:12:39 +0000
Message-ID: <5e2c0f1b4d7a4c3e9b2a6f01d7c3e8a4@AM9PR02MB8417.eurprd02.prod.outlook.example>
References: <prv-26-0903.q1.1780405955@shop.example.be>
In-Reply-To: <prv-26-0903.q1.1780405955@shop.example.be>
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-RecordReviewCfmType: 0
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Language: en-GB
Content-Type: multipart/alternative; boundary="_000_AM9PR02MB84175E2C0F1B4D7A9C3E61B2A6F0AM9PR02MB8417eurp_"
MIME-Version: 1.0

--_000_AM9PR02MB84175E2C0F1B4D7A9C3E61B2A6F0AM9PR02MB8417eurp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email.

I am on leave from 1 June until 15 June 2026 and will not be reading email.

For new kitchen or bathroom planning appointments, please use the online bo=
oking page or call the planning desk on 02 555 01 40.
For questions about an existing plan, measurement or quote, please contact =
my colleague Pieter Janssens (pieter.janssens@shop.example.be).

Kind regards,
Sophie Delcourt
Kitchen & Bathroom Planner | Shop Example Brussels-Anderlecht

--_000_AM9PR02MB84175E2C0F1B4D7A9C3E61B2A6F0AM9PR02MB8417eurp_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html xmlns:o=3D"urn:schemas-microsoft-com:office:office" xmlns:w=3D"urn:sc=
hemas-microsoft-com:office:word">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
</head>
<body lang=3D"EN-GB" link=3D"#0563C1" vlink=3D"#954F72" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Thank you for your email.<o:p></o:p></p>
<p class=3D"MsoNormal">I am on leave from 1 June until 15 June 2026 and wil=
l not be reading email.<o:p></o:p></p>
<p class=3D"MsoNormal">For new kitchen or bathroom planning appointments, p=
lease use the online booking page or call the planning desk on 02&nbsp;555&=
nbsp;01&nbsp;40.<br>
For questions about an existing plan, measurement or quote, please contact =
my colleague Pieter Janssens (<a href=3D"mailto:pieter.janssens@shop.exampl=
e.be">pieter.janssens@shop.example.be</a>).<o:p></o:p></p>
<p class=3D"MsoNormal">Kind regards,<br>Sophie Delcourt<br>Kitchen &amp; Ba=
throom Planner | Shop Example Brussels-Anderlecht<o:p></o:p></p>
</div>
</body>
</html>

--_000_AM9PR02MB84175E2C0F1B4D7A9C3E61B2A6F0AM9PR02MB8417eurp_--
'''),
    ('en', 'person-access-above-appointment-confirmation', 'access', (),
'''Return-Path: <gpryce77@mailbox.example>
Received: from smtp.mailbox.example (smtp.mailbox.example [203.0.113.66])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Sd1Lk9QwPz7HjT
        for <privacy@shop.example.be>; Thu, 19 Mar 2026 21:36:05 +0100 (CET)
Message-ID: <3f6b8e2a-91c4-4d0e-b7a5-2c8d1e9f0a44@mailbox.example>
Date: Thu, 19 Mar 2026 21:35:58 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: en-GB
To: privacy@shop.example.be
From: Gareth Pryce <gpryce77@mailbox.example>
Subject: Re: Your kitchen planning appointment is confirmed - Sat 14 March,
 10:00
References: <bk-7Q4M2R.conf.1773043320@booking.shop.example.be>
In-Reply-To: <bk-7Q4M2R.conf.1773043320@booking.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

Hello,

I'm just replying to this because it's the only email from you I can 
find.

Your planner (Sophie, I think) came round on Saturday the 14th to 
measure the kitchen. She took a lot of photos with her tablet, not just 
of the kitchen but also of the hallway, the back door and the alarm 
panel, and she was typing notes the whole time. We haven't decided to go 
ahead.

Could you please send me a copy of everything you hold about us from 
that visit: her notes, all the photos, the measurements, and the 3D plan 
and floor plan that are in my account? And please tell me who else has 
been given any of it - the fitting company, for instance.

Thanks,
Gareth Pryce
12 Elm Grove, Tervuren

On 09/03/2026 08:02, Shop Example Planning wrote:
> Your kitchen planning appointment is confirmed
>
> Hi Gareth,
>
> We look forward to seeing you.
>
>   What:    Kitchen planning at home (measurement + design advice)
>   When:    Saturday 14 March 2026, 10:00 - 11:30
>   Where:   12 Elm Grove, 3080 Tervuren
>   Planner: Sophie D.
>
> Our planner will measure the room and take photos of walls, windows
> and connections. Your 3D plan and floor plan will be saved in your
> account under "My plans".
>
> Reschedule or cancel: https://booking.shop.example.be/a/7Q4M2R
>
> This is an automated message. Please do not reply to this email.
'''),
    ('nl', 'booking-confirmation-keukenplanner-ics', 'automated', (),
'''Delivered-To: privacy@shop.example.be
Return-Path: <bounce-4471-gnt@afspraken.shop.example.be>
Received: from mx-out-07.agendo.example (mx-out-07.agendo.example [198.51.100.77])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Sx0Pq5KrTz1VbN
        for <privacy@shop.example.be>; Mon, 04 May 2026 16:22:08 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=afspraken.shop.example.be;
        s=agd1; t=1777904525;
        h=from:to:subject:date:message-id:mime-version:content-type;
        bh=kcUhHqbEFOlkxsNrckk60lJMhNAOI73kTqDtefRYhbY=;
        b=kWzAsdHibTzAyOvbMALc2Vd24BnBuAEGfU69X/0cmHxE9Gnys2Luzx/WJ+HG42m0VJnL
         FMb6HVVJ6EyHc3m34KUmrY9LmpdCbs8d9woBCtzDd6QaOXNeiehf3Of5rBEvJk5sVta0
         +c15KhQwJ6VfOB5RBfC6oKi4xxvDVRRTUWTgIb2AJd/UHKDZFi2MeUflN4Jo2T+V7QV6
         NNdJMmwJfLJ+XzwbiYMAm3QhyBGuS1gpfmc0zIQlc01g6Nm5zBaT
From: Shop Example Keukenplanning <afspraken@afspraken.shop.example.be>
Reply-To: Shop Example Planning Gent <planning.gent@shop.example.be>
To: Els Vermeulen <els.vermeulen@telenet.example>
Subject: =?utf-8?q?Je_afspraak_met_onze_keukenplanner_is_bevestigd_=E2=80=93?=
 =?utf-8?q?_dinsdag_12_mei=2C_14=3A00?=
Date: Mon, 04 May 2026 14:22:05 +0000
Message-ID: <a9c2e1f0-5b7d-4d1e-9f0e-1c2a7b7e3d11@agendo.example>
MIME-Version: 1.0
X-Mailer: Agendo Booking Engine 5.12
Auto-Submitted: auto-generated
Content-Type: multipart/mixed; boundary="==agendo_mixed_8f21c07e"

--==agendo_mixed_8f21c07e
Content-Type: multipart/alternative; boundary="==agendo_alt_3b9d44a1"

--==agendo_alt_3b9d44a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Beste Els,

Je afspraak is bevestigd. Onze keukenplanner komt bij je thuis langs.

Wat:      Keukenplanning aan huis (opmeting en advies)
Wanneer:  dinsdag 12 mei 2026, 14:00 =E2=80=93 15:30
Waar:     Kapelstraat 14, 9000 Gent
Planner:  Jonas De Smet

Hoe bereid je je voor?
=E2=80=A2 Zorg dat de keuken vrij toegankelijk is, ook de meterkast en de a=
ansluitingen.
=E2=80=A2 De planner meet de ruimte op en neemt foto's van muren, ramen en =
aansluitingen.
=E2=80=A2 Je 3D-plan en het grondplan vind je na het bezoek in je account o=
nder 'Mijn plannen'.

Afspraak verzetten of annuleren (tot 24 uur vooraf):
https://afspraken.shop.example.be/r/GNT4471

Hoe we met je gegevens omgaan, lees je in onze privacyverklaring:
https://www.shop.example.be/nl/privacy

Dit is een automatisch verzonden bericht. Antwoorden op deze e-mail worden =
niet gelezen.
Shop Example BV =E2=80=93 Thuisservice

--==agendo_alt_3b9d44a1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Verdana,sans-serif;font-size:14px;color:#2=
22;">
<p>Beste Els,</p>
<p>Je afspraak is bevestigd. Onze keukenplanner komt bij je thuis langs.</p>
<table cellpadding=3D"3">
<tr><td><b>Wat</b></td><td>Keukenplanning aan huis (opmeting en advies)</td=
></tr>
<tr><td><b>Wanneer</b></td><td>dinsdag 12 mei 2026, 14:00 =E2=80=93 15:30</=
td></tr>
<tr><td><b>Waar</b></td><td>Kapelstraat 14, 9000 Gent</td></tr>
<tr><td><b>Planner</b></td><td>Jonas De Smet</td></tr>
</table>
<p><b>Hoe bereid je je voor?</b></p>
<ul><li>Zorg dat de keuken vrij toegankelijk is, ook de meterkast en de aan=
sluitingen.</li>
<li>De planner meet de ruimte op en neemt foto's van muren, ramen en aanslu=
itingen.</li>
<li>Je 3D-plan en het grondplan vind je na het bezoek in je account onder '=
Mijn plannen'.</li></ul>
<p><a href=3D"https://afspraken.shop.example.be/r/GNT4471">Afspraak verzett=
en of annuleren</a> (tot 24 uur vooraf)</p>
<p style=3D"font-size:11px;color:#777;">Dit is een automatisch verzonden be=
richt. Antwoorden op deze e-mail worden niet gelezen.<br>
Shop Example BV =E2=80=93 Thuisservice =C2=B7 <a href=3D"https://www.shop.e=
xample.be/nl/privacy">Privacyverklaring</a></p>
</body></html>

--==agendo_alt_3b9d44a1--

--==agendo_mixed_8f21c07e
Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="afspraak.ics"
Content-Disposition: attachment; filename="afspraak.ics"
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSDQpQUk9ESUQ6LS8vQWdlbmRvLy9Cb29raW5nIEVuZ2luZSA1LjEyLy9O
TA0KVkVSU0lPTjoyLjANCk1FVEhPRDpSRVFVRVNUDQpCRUdJTjpWRVZFTlQNClVJRDpBR0QtMjAy
Ni0wNTEyLUdOVC00NDcxQGFnZW5kby5leGFtcGxlDQpEVFNUQU1QOjIwMjYwNTA0VDE0MjIwNVoN
CkRUU1RBUlQ6MjAyNjA1MTJUMTIwMDAwWg0KRFRFTkQ6MjAyNjA1MTJUMTMzMDAwWg0KU1VNTUFS
WTpLZXVrZW5wbGFubmluZyBhYW4gaHVpcyAob3BtZXRpbmcpIC0gU2hvcCBFeGFtcGxlDQpMT0NB
VElPTjpLYXBlbHN0cmFhdCAxNCwgOTAwMCBHZW50DQpERVNDUklQVElPTjpQbGFubmVyOiBKb25h
cyBEZSBTbWV0LiBWZXJ6ZXR0ZW46IGh0dHBzOi8vYWZzcHJha2VuLnNob3AuZXhhbXBsZS5iZS9y
L0dOVDQ0NzENCk9SR0FOSVpFUjtDTj1TaG9wIEV4YW1wbGUgUGxhbm5pbmcgR2VudDptYWlsdG86
cGxhbm5pbmcuZ2VudEBzaG9wLmV4YW1wbGUuYmUNCkFUVEVOREVFO0NOPUVscyBWZXJtZXVsZW47
UlNWUD1GQUxTRTptYWlsdG86ZWxzLnZlcm1ldWxlbkB0ZWxlbmV0LmV4YW1wbGUNClNUQVRVUzpD
T05GSVJNRUQNCkVORDpWRVZFTlQNCkVORDpWQ0FMRU5EQVINCg==

--==agendo_mixed_8f21c07e--
'''),
    ('nl', 'terugname-ophaalbewijs-gegevensdragers', 'automated', (),
'''Return-Path: <noreply@retech-logistiek.example>
Received: from web03.retech-logistiek.example (web03.retech-logistiek.example [203.0.113.133])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4TB6Lm2WcQz8NpX
        for <privacy@shop.example.be>; Wed, 17 Jun 2026 11:07:44 +0200 (CEST)
Date: Wed, 17 Jun 2026 11:07:42 +0200
To: terugname@shop.example.be
Cc: privacy@shop.example.be
From: ReTech Logistiek <noreply@retech-logistiek.example>
Subject: =?utf-8?q?Ophaalbewijs_2026-OB-118342_=E2=80=93_oude_toestellen_opg?=
 =?utf-8?q?ehaald_=28WB-2026-55987=29?=
Message-ID: <Vf0r3K8pLx2mQ9tB7zN4cW1yH6sD5aE0@web03.retech-logistiek.example>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: multipart/mixed;
 boundary="b1_7f3c0d9e2a1b4c5d6e7f8091a2b3c4d5"
Content-Transfer-Encoding: 8bit

This is a multi-part message in MIME format.
--b1_7f3c0d9e2a1b4c5d6e7f8091a2b3c4d5
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Geachte partner,

Hierbij het ophaalbewijs voor de terugname van oude toestellen.

Ophaalbewijs:    2026-OB-118342
Opdrachtgever:   Shop Example BV – Thuisservice
Werkbon klant:   WB-2026-55987
Ophaaldatum:     woensdag 17 juni 2026, 11:05
Ophaaladres:     Stationsstraat 88 bus 3, 2800 Mechelen
Chauffeur:       Dirk V. (wagen 1-XKT-227)

Opgehaalde toestellen
  1  Koelkast-diepvriescombinatie        categorie: koel/vries
  1  Vaatwasser                          categorie: groot wit
  1  Smart-tv 55 inch                    categorie: beeldschermen
  1  Wifi-router + slimme thermostaat    categorie: klein IT

Gegevensdragers
  Smart-tv, router en thermostaat kunnen persoonsgegevens bevatten
  (accounts, wifi-wachtwoorden, kijkgeschiedenis).
  Fabrieksreset door klant uitgevoerd: NEE (aangeduid door chauffeur)
  Deze toestellen worden apart gehouden en gecertificeerd gewist of
  vernietigd. Het wiscertificaat volgt binnen 10 werkdagen.

Handtekening klant: ontvangen (zie bijlage)

Dit is een automatisch gegenereerde e-mail. Vragen? Bel 015 55 70 12.
ReTech Logistiek NV – erkend inzamelaar AEEA

--b1_7f3c0d9e2a1b4c5d6e7f8091a2b3c4d5
Content-Type: application/pdf; name=Ophaalbewijs_2026-OB-118342.pdf
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename=Ophaalbewijs_2026-OB-118342.pdf

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFtdIC9Db3VudCAwID4+CmVuZG9i
agp0cmFpbGVyCjw8IC9Sb290IDEgMCBSID4+CiUlRU9GCg==

--b1_7f3c0d9e2a1b4c5d6e7f8091a2b3c4d5--
'''),
    ('nl', 'sieve-vacation-montagepartner', 'automated', (),
'''Return-Path: <>
Received: from mail.montage-claes.example (mail.montage-claes.example [203.0.113.58])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4V2fRk8TnMz0GcY
        for <privacy@shop.example.be>; Fri, 07 Aug 2026 14:41:52 +0200 (CEST)
Message-ID: <dovecot-sieve-1786106510-402918-0@mail.montage-claes.example>
Date: Fri, 07 Aug 2026 14:41:50 +0200
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
From: Bart Claes <bart@montage-claes.example>
To: <privacy@shop.example.be>
Subject: Auto: Vraag over deurcode in werkbon WB-2026-61120
In-Reply-To: <prv-26-1322.q1.1786106402@shop.example.be>
References: <prv-26-1322.q1.1786106402@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Goedendag,

Bedankt voor je bericht. Ik ben met verlof van 3 tot en met 21 augustus
2026 en lees mijn mails niet. Je bericht wordt niet doorgestuurd.

Voor lopende montages en planning: bel het kantoor op 03 555 48 20 of
mail naar planning@montage-claes.example.
Voor vragen over werkbonnen van Shop Example (sleutels, codes, foto's
van de plaatsing): Ilse Wouters, ilse@montage-claes.example.

Met vriendelijke groet,
Bart Claes
Claes Montage & Installatie bv – zaakvoerder
'''),
    ('nl', 'person-complaint-forwards-rate-technician-notice', 'complaint', ('access',),
'''Return-Path: <nathalie.peeters@skynet.example>
Received: from relay.skynet.example (relay.skynet.example [198.51.100.190])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4TH9Zq3PmKz6WdL
        for <privacy@shop.example.be>; Tue, 23 Jun 2026 21:47:16 +0200 (CEST)
From: "Nathalie Peeters" <nathalie.peeters@skynet.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?FW=3A_Klus_=235512_voltooid_=E2=80=93_beoordeel_je_monteu?=
 =?utf-8?q?r?=
Date: Tue, 23 Jun 2026 21:47:13 +0200
Message-ID: <000001dce3a7$4b2f1c20$e18d5460$@skynet.example>
MIME-Version: 1.0
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHc4xR7Wk1Lr0fQy0K3n5V2cP8dBg==
Content-Language: nl-be

Goedenavond,

Ik stuur jullie deze mail door omdat ik een klacht heb.

Op 16 juni kwam jullie monteur (van de firma die jullie inschakelen) onze
badkamerkast plaatsen. Twee dagen later kreeg ik 's avonds een sms van hem
met "was fijn je te leren kennen =F0=9F=98=89" en hij heeft mij ook een
vriendschapsverzoek gestuurd op Facebook. Mijn gsm-nummer en mijn naam
kan hij alleen via jullie werkbon hebben.

Ik vind dit echt niet ok=C3=A9. Ik wil weten wie mijn gegevens allemaal
gekregen heeft en wat jullie hieraan doen. Als ik binnen de maand niets
hoor, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

En nee, ik ga hem geen sterren geven.

Nathalie Peeters

-----Oorspronkelijk bericht-----
Van: Shop Example Thuisservice <noreply@jobs.shop.example.be>=20
Verzonden: donderdag 18 juni 2026 09:15
Aan: nathalie.peeters@skynet.example
Onderwerp: Klus #5512 voltooid =E2=80=93 beoordeel je monteur

Hallo Nathalie,

Je klus #5512 is afgerond.

Dienst:     Levering en montage badkamermeubel
Datum:      dinsdag 16 juni 2026
Monteur:    Kevin (Montagebedrijf Van Aken)

Hoe tevreden ben je over je monteur? Geef 1 tot 5 sterren:
https://jobs.shop.example.be/rate/5512?t=3DYk29aQ

Je beoordeling wordt gedeeld met de partnerfirma.

Dit is een automatisch bericht, je kan niet antwoorden op deze e-mail.
'''),
    ('fr', 'zimbra-absence-poseur-partenaire', 'automated', (),
'''Return-Path: <s.dumont@poseurs-wallons.example>
Received: from zimbra.poseurs-wallons.example (zimbra.poseurs-wallons.example [203.0.113.71])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4TW1Cd5HqRz2MxF
        for <privacy@shop.example.be>; Wed, 15 Jul 2026 09:03:14 +0200 (CEST)
Date: Wed, 15 Jul 2026 09:03:11 +0200 (CEST)
From: Sylvie Dumont <s.dumont@poseurs-wallons.example>
To: privacy@shop.example.be
Message-ID: <1183650248.40417.1784098991321.JavaMail.zimbra@poseurs-wallons.example>
In-Reply-To: <prv-26-1188.q2.1784098970@shop.example.be>
Subject: Absente jusqu'au 31 juillet
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Originating-IP: [10.1.1.12]
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk

Bonjour,

Je suis en congé du 13 au 31 juillet inclus et je ne consulte pas mes e-mails.

Pour les chantiers en cours (pose de cuisines et de salles de bain pour Shop Example), merci de contacter le bureau au 081 55 62 40 ou planning@poseurs-wallons.example.
Pour les fiches d'intervention, les codes d'accès et les photos de chantier, adressez-vous à Olivier Marchal (o.marchal@poseurs-wallons.example).

Cordialement,
Sylvie Dumont
Responsable administrative – Poseurs Wallons SRL
'''),
    ('fr', 'exchange-ndr-domaine-introuvable', 'automated', (),
'''Return-Path: <>
Received: from EUR01-AM8-obe.outbound.protection.outlook.example (EUR01-AM8-obe.outbound.protection.outlook.example [203.0.113.18])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4VDq7Nz2XbLz4TfH
        for <privacy@shop.example.be>; Thu, 03 Sep 2026 13:27:43 +0200 (CEST)
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@shopexample.onmicrosoft.example>
To: <privacy@shop.example.be>
Date: Thu, 3 Sep 2026 11:27:40 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="d0f5a3c2-6e1b-4f97-8a0c-2b7d9e41c5f6"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <0b7e2f94-c1d3-4a85-9e60-3f2a8d1c7b45@AM8PR01MB7712.eurprd01.prod.outlook.example>
In-Reply-To: <AM8PR01MB77124F1C2E9D0B8A7C6E5D4F3A21@AM8PR01MB7712.eurprd01.prod.outlook.example>
References: <AM8PR01MB77124F1C2E9D0B8A7C6E5D4F3A21@AM8PR01MB7712.eurprd01.prod.outlook.example>
Thread-Topic: =?utf-8?q?R=C3=A9ponse_=C3=A0_votre_demande_=3A_photos_et_mesu?=
 =?utf-8?q?res_prises_lors_de_la_visite_=28rideaux_et_stores=29?=
Thread-Index: AQHdHBq1mO8Vx3pYk0e7rQ2a9cN4fKAAAAAB
Subject: =?utf-8?q?Non_remis_=3A_R=C3=A9ponse_=C3=A0_votre_demande_=3A_photo?=
 =?utf-8?q?s_et_mesures_prises_lors_de_la_visite_=28rideaux_et_stores=29?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
MIME-Version: 1.0

--d0f5a3c2-6e1b-4f97-8a0c-2b7d9e41c5f6
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message n'a pas pu =C3=AAtre remis =C3=A0 marc.lenoir@vooo.example, c=
ar le domaine vooo.example est introuvable. V=C3=A9rifiez qu'il n'y a pas d=
e faute de frappe ou d'espaces suppl=C3=A9mentaires, puis renvoyez le messa=
ge.

=C3=89chec de la remise =C3=A0 ces destinataires ou groupes :

marc.lenoir@vooo.example
Le domaine vooo.example n'existe pas. V=C3=A9rifiez l'adresse du destinatai=
re et r=C3=A9essayez.

Informations de diagnostic pour les administrateurs :

Serveur de g=C3=A9n=C3=A9ration : AM8PR01MB7712.eurprd01.prod.outlook.examp=
le

marc.lenoir@vooo.example
Remote Server returned '550 5.4.310 DNS domain vooo.example does not exist =
[Message=3DInfoDomainNonexistent] [LastAttemptedServerName=3Dvooo.example] =
[AM8PR01MB7712.eurprd01.prod.outlook.example]'

En-t=C3=AAtes du message d'origine :

--d0f5a3c2-6e1b-4f97-8a0c-2b7d9e41c5f6
Content-Type: message/delivery-status

Reporting-MTA: dns;AM8PR01MB7712.eurprd01.prod.outlook.example
Received-From-MTA: dns;AM8PR01MB7712.eurprd01.prod.outlook.example
Arrival-Date: Thu, 3 Sep 2026 11:27:38 +0000

Final-Recipient: rfc822;marc.lenoir@vooo.example
Action: failed
Status: 5.4.310
Diagnostic-Code: smtp;550 5.4.310 DNS domain vooo.example does not exist
 [Message=InfoDomainNonexistent] [LastAttemptedServerName=vooo.example]
 [AM8PR01MB7712.eurprd01.prod.outlook.example]

--d0f5a3c2-6e1b-4f97-8a0c-2b7d9e41c5f6
Content-Type: text/rfc822-headers

Received: from AM8PR01MB7712.eurprd01.prod.outlook.example
 ([fe80::3c1a:9b2e:7d41:55f0]) by AM8PR01MB7712.eurprd01.prod.outlook.example
 with mapi id 15.20.8901.012; Thu, 3 Sep 2026 11:27:38 +0000
From: =?utf-8?q?Shop_Example_-_Protection_des_donn=C3=A9es?= <privacy@shop.example.be>
To: "marc.lenoir@vooo.example" <marc.lenoir@vooo.example>
Subject: =?utf-8?q?R=C3=A9ponse_=C3=A0_votre_demande_=3A_photos_et_mesures_p?=
 =?utf-8?q?rises_lors_de_la_visite_=28rideaux_et_stores=29?=
Thread-Topic: =?utf-8?q?R=C3=A9ponse_=C3=A0_votre_demande_=3A_photos_et_mesu?=
 =?utf-8?q?res_prises_lors_de_la_visite_=28rideaux_et_stores=29?=
Thread-Index: AQHdHBq1mO8Vx3pYk0e7rQ2a9cN4fA==
Date: Thu, 3 Sep 2026 11:27:37 +0000
Message-ID: <AM8PR01MB77124F1C2E9D0B8A7C6E5D4F3A21@AM8PR01MB7712.eurprd01.prod.outlook.example>
Accept-Language: fr-BE, en-US
Content-Language: fr-BE
X-MS-Has-Attach: yes
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_004_AM8PR01MB77124F1C2E9D0B8A7C6E5D4F3A21_"

--d0f5a3c2-6e1b-4f97-8a0c-2b7d9e41c5f6--
'''),
    ('fr', 'planificateur-3d-plan-partage', 'automated', (),
'''Return-Path: <bounces+3318402-7f3b-privacy=shop.example.be@em1207.plans.shop.example.be>
Received: from o4.ptr7712.plans.shop.example.be (o4.ptr7712.plans.shop.example.be [198.51.100.14])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4VLk2Wp9RdTz5QsB
        for <privacy@shop.example.be>; Tue, 22 Sep 2026 20:14:37 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=plans.shop.example.be;
        s=s1; t=1790100876;
        h=from:mime-version:subject:list-unsubscribe:to:content-type:cc:content-type:from:subject:to;
        bh=iKKmDlVLpFClzgf3Mk9pYxJ/ZStfSB0UKNjM3O1HvRA=;
        b=6bCAKfn3n3H0bnDibVti7H/TVbgWV6rt0EjZG3bO82yzA1ic8GHy5IHEPc1q3NRUjWIK
         gGuUpmIeY5yoFJbwnnObpN/ItwZd3Pn30RA/IUm7CLGuXyQv4ZdPuIKQtVNFN33dYOy8
         ZrCLpOA71Vc4hmvg+5CYzyX75kAaeIjHGas9T+q8H8pJJkDphLTsRLpeZyfZ+3ZxmY1B
         HCU871Bk2JNOtmDgik34K9c8FUoFW8aYMt2cla5mvCslpOOc/Blw
Date: Tue, 22 Sep 2026 18:14:36 +0000 (UTC)
From: Planificateur 3D Shop Example <planificateur@plans.shop.example.be>
Mime-Version: 1.0
Subject: =?utf-8?q?Camille_Roussel_a_partag=C3=A9_un_plan_avec_vous_=3A_?=
 =?utf-8?q?=C2=AB_Salle_de_bain_=C3=A9tage_=C2=BB?=
List-Unsubscribe: <https://plans.shop.example.be/notifications/off?u=7f3b21>
To: privacy@shop.example.be
Message-ID: <Q7v2KpL9.share.1790100876@plans.shop.example.be>
X-Entity-ID: u001.kP3mQx7Lr2VbN8cT5wZa1g==
Content-type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

Qm9uam91ciwKCkNhbWlsbGUgUm91c3NlbCAoY2FtaWxsZS5yb3Vzc2VsQG1haWxvLmV4YW1wbGUp
IGEgcGFydGFnw6kgdW4gcGxhbiBhdmVjIHZvdXMKZGFucyBsZSBQbGFuaWZpY2F0ZXVyIDNEIGRl
IFNob3AgRXhhbXBsZS4KClBsYW4gOiAgICAgICAgICAgICBTYWxsZSBkZSBiYWluIMOpdGFnZQpE
ZXJuacOocmUgbW9kaWYuIDogIDIyIHNlcHRlbWJyZSAyMDI2LCAyMDoxNApEcm9pdHMgOiAgICAg
ICAgICAgbGVjdHVyZSBzZXVsZQpDb250ZW51IDogICAgICAgICAgcGxhbiBhdSBzb2wgKDcsNCBt
wrIpLCB2dWUgM0QsIDEyIHBob3RvcyBkZSBsYSBwacOoY2UsCiAgICAgICAgICAgICAgICAgICBt
ZXN1cmVzIHJlbGV2w6llcyBwYXIgbm90cmUgY29uc2VpbGxlciwgbGlzdGUgZCdhcnRpY2xlcwoK
TWVzc2FnZSBkZSBDYW1pbGxlIDoKwqsgVm9pY2kgbGUgcGxhbiBkb250IGplIHBhcmxhaXMsIG1l
cmNpIGRlIHN1cHByaW1lciBsZXMgcGhvdG9zIGFwcsOocy4gwrsKCk91dnJpciBsZSBwbGFuIDog
aHR0cHM6Ly9wbGFucy5zaG9wLmV4YW1wbGUuYmUvcC9zaC9RN3YyS3BMOQoKVm91cyByZWNldmV6
IGNldCBlLW1haWwgcGFyY2UgcXVlIHF1ZWxxdSd1biBhIHBhcnRhZ8OpIHVuIHBsYW4gYXZlYyBj
ZXR0ZQphZHJlc3NlLiBMZSBwbGFuIGV0IHNlcyBwaG90b3MgcmVzdGVudCBlbnJlZ2lzdHLDqXMg
ZGFucyBsZSBjb21wdGUgZGUgbGEKcGVyc29ubmUgcXVpIGwnYSBjcsOpw6kgOyB2b3VzIHBvdXZl
eiByZXRpcmVyIHZvdHJlIGFjY8OocyDDoCB0b3V0IG1vbWVudC4KTmUgcGx1cyByZWNldm9pciBk
ZSBub3RpZmljYXRpb25zIGRlIHBhcnRhZ2UgOgpodHRwczovL3BsYW5zLnNob3AuZXhhbXBsZS5i
ZS9ub3RpZmljYXRpb25zL29mZj91PTdmM2IyMQoKQ2VjaSBlc3QgdW4gbWVzc2FnZSBhdXRvbWF0
aXF1ZSwgbWVyY2kgZGUgbmUgcGFzIHkgcsOpcG9uZHJlLgo=
'''),
    ('fr', 'person-withdraw-consent-reply-to-survey', 'withdraw_consent', (),
'''Return-Path: <helene.lambert@proximus.example>
Received: from smtp.proximus.example (smtp.proximus.example [198.51.100.201])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4THx3Mf7KpNz1BvQ
        for <privacy@shop.example.be>; Tue, 09 Jun 2026 08:41:19 +0200 (CEST)
Date: Tue, 9 Jun 2026 08:41:15 +0200 (CEST)
From: =?utf-8?q?H=C3=A9l=C3=A8ne_Lambert?= <helene.lambert@proximus.example>
To: privacy@shop.example.be
Message-ID: <1924077431.118204.1780987275112@webmail.proximus.example>
In-Reply-To: <srv-LV-220961.1780905720@enquetes.shop.example.be>
References: <srv-LV-220961.1780905720@enquetes.shop.example.be>
Subject: =?utf-8?q?Re=3A_Comment_s=27est_pass=C3=A9e_l=27installation_de_vot?=
 =?utf-8?q?re_lave-vaisselle_=3F?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Priority: 3
Importance: Normal
X-Mailer: Open-Xchange Mailer v7.10.6-Rev59
X-Originating-Client: open-xchange-appsuite

Bonjour,

Je réponds à votre enquête : l'installation du lave-vaisselle s'est bien
passée, le technicien était correct, rien à dire.

Par contre je ne veux plus recevoir ce genre d'enquêtes, ni votre
newsletter, ni les promotions par e-mail et par SMS. Je retire mon
accord pour tout ça. Gardez seulement ce qu'il faut pour la garantie.

Merci,
Hélène Lambert

> Le 08/06/2026 10:02, Shop Example – Votre avis <avis@enquetes.shop.example.be> a écrit :
>
> Bonjour Madame Lambert,
>
> Le 5 juin, notre technicien partenaire a installé votre lave-vaisselle.
> Comment s'est passée l'intervention ?
>
> Notez l'intervention de 1 à 5 étoiles :
> https://enquetes.shop.example.be/s/LV-220961
>
> Le questionnaire prend 2 minutes. Vos réponses sont traitées
> conformément à notre politique de confidentialité.
>
> Vous ne souhaitez plus recevoir nos enquêtes ? Se désabonner :
> https://enquetes.shop.example.be/u/LV-220961
>
> Ce message a été envoyé automatiquement.
'''),
    ('de', 'exchange-abwesenheit-kuechenplaner', 'automated', (),
'''Return-Path: <>
Received: from EUR05-DB8-obe.outbound.protection.outlook.example (EUR05-DB8-obe.outbound.protection.outlook.example [203.0.113.19])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4V8bXr1LqWz3PnK
        for <privacy@shop.example.be>; Mon, 10 Aug 2026 10:05:22 +0200 (CEST)
From: "Krings, Thomas" <thomas.krings@shop.example.be>
To: Shop Example Datenschutz <privacy@shop.example.be>
Subject: =?utf-8?q?Automatische_Antwort=3A_Auskunftsersuchen_Fam=2E_Schr?=
 =?utf-8?q?=C3=B6der_=E2=80=93_Planungsnotizen_und_Fotos_vom_Aufma=C3=9F?=
Thread-Topic: =?utf-8?q?Auskunftsersuchen_Fam=2E_Schr=C3=B6der_=E2=80=93_Pla?=
 =?utf-8?q?nungsnotizen_und_Fotos_vom_Aufma=C3=9F?=
Thread-Index: AQHdCJ3kq7F0c2Vz9k2pW8Lr1xN5oQ==
Date: Mon, 10 Aug 2026 08:05:20 +0000
Message-ID: <b71e4c2a9f0d4e3a8c5b7d6e1f2a3b4c@DB8PR05MB6630.eurprd05.prod.outlook.example>
References: <prv-26-1341.q1.1786349102@shop.example.be>
In-Reply-To: <prv-26-1341.q1.1786349102@shop.example.be>
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Language: de-DE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Sehr geehrte Damen und Herren,

vielen Dank f=FCr Ihre Nachricht. Ich bin bis einschlie=DFlich Freitag, 21.=
08.2026, nicht im Hause. Ihre E-Mail wird nicht weitergeleitet.

F=FCr Planungstermine (K=FCche und Bad) wenden Sie sich bitte an unser Plan=
ungsteam: planung.eupen@shop.example.be, Tel. 087 55 30 10.
F=FCr R=FCckfragen zu bestehenden K=FCchenpl=E4nen oder Aufma=DFen: Frau Na=
dine Hilgers, nadine.hilgers@shop.example.be.

Mit freundlichen Gr=FC=DFen
Thomas Krings
K=FCchenplaner | Shop Example Eupen
'''),
    ('de', 'montagepartner-plattform-auftrag-angenommen', 'automated', (),
'''Return-Path: <system@montagenetz.example>
Received: from mailout1.montagenetz.example (mailout1.montagenetz.example [198.51.100.52])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4TS4Gh8VzNz7LqD
        for <privacy@shop.example.be>; Tue, 07 Jul 2026 16:41:39 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=montagenetz.example;
        s=mn2026; t=1783435297;
        h=From:To:Subject:Date:Message-ID:Content-Type;
        bh=hSLG++8S266AnEOeLv48CNZhak8EjSMSfmz91OZQLF0=;
        b=145gsIsHKR4lQLBuxBpZQonk78eW4+fSZQr2A7YRLWoIyb5yxP+yOFnzdG7v9qrZ1AUv
         J450rwUmfLSJErkiAvqutftK3+fgy1DW/uQSdZR8XNKm/OPw271BEg/J62Z/IvNAgXXy
         6qjFtX2NzvNI4rIHl+bYOCJuOj7ARcI5wf7TXWIdxkap9GkqGga5D0Ik0C7p9FEY8Boj
         7woyPQTpwIaRvcHpYn3x2A8VJPtgYk+3WzUJ6x9nYOXDEopJyVIk
From: MontageNetz Auftragsportal <auftraege@montagenetz.example>
To: auftraege-partner@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?q?Auftrag_=237731_angenommen_=E2=80=93_Hansen_Montage_GmbH_?=
 =?utf-8?q?=28Lieferung_+_Montage_K=C3=BCche=29?=
Date: Tue, 07 Jul 2026 16:41:37 +0200
Message-ID: <job-7731-accepted-1783435297@portal.montagenetz.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Mailer: MontageNetz Notify 2.4
X-MontageNetz-Event: job.accepted

Guten Tag,

der folgende Auftrag wurde von einem Partnerbetrieb angenommen.

Auftrag:          #7731
Auftraggeber:     Shop Example BV (Filiale Eupen)
Partnerbetrieb:   Hansen Montage GmbH, Aachen
Leistung:         Lieferung und Montage K=C3=BCchenzeile 3,20 m,
                  Anschluss Geschirrsp=C3=BCler und Kochfeld
Wunschtermin:     Mittwoch, 22.07.2026, 08:00=E2=80=9312:00
Status:           angenommen (07.07.2026, 16:41)

An den Partnerbetrieb =C3=BCbermittelte Kundendaten:
  - Name, Lieferadresse, Mobilnummer, E-Mail
  - Zugangshinweise aus den Auftragsnotizen (T=C3=BCrcode / Schl=C3=BCsselh=
interlegung)
  - K=C3=BCchenplan (PDF) und Aufma=C3=9Fprotokoll mit Fotos

Die Daten sind f=C3=BCr den Partnerbetrieb bis 30 Tage nach Abschluss des
Auftrags sichtbar und werden danach automatisch aus dem Partnerportal
entfernt.

Auftrag ansehen: https://portal.montagenetz.example/auftrag/7731

Sie erhalten diese Benachrichtigung, weil Ihre Adresse als Empf=C3=A4nger f=
=C3=BCr
datenschutzrelevante Auftragsereignisse hinterlegt ist.
Einstellungen: https://portal.montagenetz.example/einstellungen/benachricht=
igungen

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
MontageNetz GmbH =C2=B7 Theaterstra=C3=9Fe 12 =C2=B7 52062 Aachen
'''),
    ('de', 'raumplaner-konto-loeschung-ankuendigung', 'automated', (),
'''Return-Path: <noreply@raumplaner.shop.example.be>
Received: from mta2.raumplaner.shop.example.be (mta2.raumplaner.shop.example.be [192.0.2.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4VBn6Dk3SwZz9HrM
        for <privacy@shop.example.be>; Mon, 31 Aug 2026 10:00:03 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=raumplaner.shop.example.be;
        s=rp1; t=1788163201;
        h=date:from:to:message-id:subject:mime-version:content-type;
        bh=yfn3byQfNC+CpBW5+jUP6JXbZhfUjhGWdsVm3zNWdEk=;
        b=35+A6CiN+yV1ag8t40zUpq0qEmjOYWJkDgNBoKwDRYol418CmYn98/D5FssozG6zr/5q
         bMndZLKBWLKqio1YNU8pdps8frwXBsp8wK9vLy7/At0bXoTQdkT/A+JNysN8hyqze0T7
         1XMNu9ObGBfwm0D30EYqPhen86yp8uO9kPwnBCvvNcnPK0ysQAeKhEuwQkETp2yNjd+K
         q4O/Z+wQBrBtELAaWppYZLTdD1F0rYzgKPbzNwdEhQJMkgxOVW84
Date: Mon, 31 Aug 2026 08:00:01 +0000 (UTC)
From: Shop Example Raumplaner <noreply@raumplaner.shop.example.be>
To: privacy@shop.example.be
Message-ID: <1437760115.559202.1788163201447@rp-worker-3>
Subject: =?utf-8?q?Ihr_Raumplaner-Konto_wird_am_30=2E09=2E2026_gel=C3=B6scht?=
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_559201_1702934811.1788163201447"
X-Campaign: inactive-account-deletion-30d

------=_Part_559201_1702934811.1788163201447
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

SGFsbG8sCgpJaHIgS29udG8gaW0gT25saW5lLVJhdW1wbGFuZXIgdm9uIFNob3AgRXhhbXBsZSAo
cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUpCnd1cmRlIHNlaXQgbWVociBhbHMgMjQgTW9uYXRlbiBu
aWNodCBnZW51dHp0LgoKR2Vtw6TDnyB1bnNlcmVyIERhdGVuc2NodXR6ZXJrbMOkcnVuZyBsw7Zz
Y2hlbiB3aXIgaW5ha3RpdmUgS29udGVuLgpBbSAzMC4wOS4yMDI2IHdlcmRlbiBkYXVlcmhhZnQg
Z2Vsw7ZzY2h0OgogIOKAoiBJaHIgUmF1bXBsYW5lci1Lb250bwogIOKAoiAyIGdlc3BlaWNoZXJ0
ZSBLw7xjaGVucGzDpG5lICjigJ5UZXN0a8O8Y2hlIEV1cGVu4oCcLCDigJ5EZW1vIEJhZOKAnCkK
ICDigKIgMSBHcnVuZHJpc3MKICDigKIgMTQgaG9jaGdlbGFkZW5lIEZvdG9zCgpTaWUgbcO2Y2h0
ZW4gSWhyZSBQbMOkbmUgYmVoYWx0ZW4/IE1lbGRlbiBTaWUgc2ljaCBlaW5mYWNoIHZvciBkZW0K
MzAuMDkuMjAyNiBhbjogaHR0cHM6Ly9yYXVtcGxhbmVyLnNob3AuZXhhbXBsZS5iZS9sb2dpbgoK
U2llIG3DtmNodGVuIHZvcmhlciBlaW5lIEtvcGllIElocmVyIERhdGVuPyBEYXRlbmV4cG9ydCBh
bmZvcmRlcm46Cmh0dHBzOi8vcmF1bXBsYW5lci5zaG9wLmV4YW1wbGUuYmUva29udG8vZXhwb3J0
CgpEaWVzIGlzdCBlaW5lIGF1dG9tYXRpc2NoIHZlcnNlbmRldGUgTmFjaHJpY2h0LiBBbnR3b3J0
ZW4gd2VyZGVuIG5pY2h0IGdlbGVzZW4uClNob3AgRXhhbXBsZSBCViDCtyBEYXRlbnNjaHV0ejog
aHR0cHM6Ly93d3cuc2hvcC5leGFtcGxlLmJlL2RlL2RhdGVuc2NodXR6Cg==

------=_Part_559201_1702934811.1788163201447
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PCFkb2N0eXBlIGh0bWw+PGh0bWwgbGFuZz0iZGUiPjxoZWFkPjxtZXRhIGNoYXJzZXQ9InV0Zi04
Ij48L2hlYWQ+Cjxib2R5IHN0eWxlPSJmb250LWZhbWlseTpBcmlhbCxzYW5zLXNlcmlmO2ZvbnQt
c2l6ZToxNHB4O2NvbG9yOiMyMjIiPgo8cD5IYWxsbyw8L3A+CjxwPklociBLb250byBpbSBPbmxp
bmUtUmF1bXBsYW5lciB2b24gU2hvcCBFeGFtcGxlIChwcml2YWN5QHNob3AuZXhhbXBsZS5iZSkg
d3VyZGUgc2VpdCBtZWhyIGFscyAyNCZuYnNwO01vbmF0ZW4gbmljaHQgZ2VudXR6dC48L3A+Cjxw
PkdlbcOkw58gdW5zZXJlciBEYXRlbnNjaHV0emVya2zDpHJ1bmcgbMO2c2NoZW4gd2lyIGluYWt0
aXZlIEtvbnRlbi4gQW0gPGI+MzAuMDkuMjAyNjwvYj4gd2VyZGVuIGRhdWVyaGFmdCBnZWzDtnNj
aHQ6PC9wPgo8dWw+PGxpPklociBSYXVtcGxhbmVyLUtvbnRvPC9saT48bGk+MiBnZXNwZWljaGVy
dGUgS8O8Y2hlbnBsw6RuZSAo4oCeVGVzdGvDvGNoZSBFdXBlbuKAnCwg4oCeRGVtbyBCYWTigJwp
PC9saT48bGk+MSBHcnVuZHJpc3M8L2xpPjxsaT4xNCBob2NoZ2VsYWRlbmUgRm90b3M8L2xpPjwv
dWw+CjxwPjxhIGhyZWY9Imh0dHBzOi8vcmF1bXBsYW5lci5zaG9wLmV4YW1wbGUuYmUvbG9naW4i
PkpldHp0IGFubWVsZGVuIHVuZCBQbMOkbmUgYmVoYWx0ZW48L2E+ICZtaWRkb3Q7IDxhIGhyZWY9
Imh0dHBzOi8vcmF1bXBsYW5lci5zaG9wLmV4YW1wbGUuYmUva29udG8vZXhwb3J0Ij5EYXRlbmV4
cG9ydCBhbmZvcmRlcm48L2E+PC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6Izg4
OCI+RGllcyBpc3QgZWluZSBhdXRvbWF0aXNjaCB2ZXJzZW5kZXRlIE5hY2hyaWNodC4gQW50d29y
dGVuIHdlcmRlbiBuaWNodCBnZWxlc2VuLjxicj5TaG9wIEV4YW1wbGUgQlYgJm1pZGRvdDsgPGEg
aHJlZj0iaHR0cHM6Ly93d3cuc2hvcC5leGFtcGxlLmJlL2RlL2RhdGVuc2NodXR6Ij5EYXRlbnNj
aHV0ejwvYT48L3A+CjwvYm9keT48L2h0bWw+Cg==

------=_Part_559201_1702934811.1788163201447--
'''),
    ('de', 'voicemail-gateway-datenschutz-mailbox', 'automated', (),
'''Return-Path: <voicemail@pbx.shop.example.be>
Received: from pbx01.shop.example.be (pbx01.shop.example.be [192.0.2.25])
        by mx1.shop.example.be (Postfix) with ESMTP id 4V8qLb0RtKz6XcN
        for <privacy@shop.example.be>; Mon, 10 Aug 2026 18:32:15 +0200 (CEST)
Date: Mon, 10 Aug 2026 18:32:13 +0200
From: Anrufbeantworter <voicemail@pbx.shop.example.be>
To: "Datenschutz (DE)" <privacy@shop.example.be>
Subject: [PBX] Neue Sprachnachricht von +32 87 55 41 90 (0:48) in Mailbox 640
Message-ID: <Asterisk-3-1186201552-640-2311@pbx01>
X-Asterisk-VM-Message-Num: 3
X-Asterisk-VM-Server-Name: pbx01
X-Asterisk-VM-Context: default
X-Asterisk-VM-Extension: 640
X-Asterisk-VM-Caller-ID-Num: +3287554190
X-Asterisk-VM-Caller-ID-Name: SCHROEDER I
X-Asterisk-VM-Duration: 48
X-Asterisk-VM-Category: 
X-Asterisk-VM-Message-Type: Voicemail
X-Asterisk-VM-Orig-date: Monday, August 10, 2026 at 06:31:25 PM
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----voicemail_6403_1786379533_3"

This is a multi-part message in MIME format.

------voicemail_6403_1786379533_3
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hallo Datenschutz (DE),

Sie haben eine neue Sprachnachricht in Mailbox 640.

Von:      +32 87 55 41 90 (SCHROEDER I)
Datum:    Montag, 10. August 2026, 18:32
Dauer:    0:48
Nachricht Nr. 3

Automatische Transkription (kann Fehler enthalten):
"Ja, guten Abend, hier ist Inge Schröder aus Raeren. Ihr Monteur war
letzte Woche da für die Kamera und die smarte Heizung, und der hat die
App mit seinem eigenen Konto eingerichtet, und das WLAN-Passwort steht
auf dem Auftragszettel, den er hiergelassen hat. Ich möchte, dass das
geändert wird und dass er keinen Zugriff mehr hat. Rufen Sie mich bitte
zurück. Danke."

Die Aufnahme finden Sie im Anhang (msg0003.wav).

--
Diese Nachricht wurde automatisch von der Telefonanlage erzeugt.

------voicemail_6403_1786379533_3
Content-Type: audio/x-wav; name="msg0003.wav"
Content-Transfer-Encoding: base64
Content-Description: Sprachnachricht von +32 87 55 41 90
Content-Disposition: attachment; filename="msg0003.wav"

UklGRkQDAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YSADAAAAJUpvlLneAyhNcpe8
4QYrUHWav+QJLlN4ncLnDDFWe6DF6g80WX6jyO0SN1yBpsvwFTpfhKnO8xg9Yoes0fYbQGWKr9T5
HkNojbLX/CFGa5C12v8kSW6TuN0CJ0xxlrvgBSpPdJm+4wgtUnecweYLMFV6n8TpDjNYfaLH7BE2
W4Clyu8UOV6DqM3yFzxhhqvQ9Ro/ZImu0/gdQmeMsdb7IEVqj7TZ/iNIbZK33AEmS3CVut8EKU5z
mL3iByxRdpvA5QovVHmew+gNMld8ocbrEDVaf6TJ7hM4XYKnzPEWO2CFqs/0GT5jiK3S9xxBZouw
1fofRGmOs9j9IkdskbbbACVKb5S53gMoTXKXvOEGK1B1mr/kCS5TeJ3C5wwxVnugxeoPNFl+o8jt
EjdcgabL8BU6X4SpzvMYPWKHrNH2G0Bliq/U+R5DaI2y1/whRmuQtdr/JEluk7jdAidMcZa74AUq
T3SZvuMILVJ3nMHmCzBVep/E6Q4zWH2ix+wRNluApcrvFDleg6jN8hc8YYar0PUaP2SJrtP4HUJn
jLHW+yBFao+02f4jSG2St9wBJktwlbrfBClOc5i94gcsUXabwOUKL1R5nsPoDTJXfKHG6xA1Wn+k
ye4TOF2Cp8zxFjtgharP9Bk+Y4it0vccQWaLsNX6H0RpjrPY/SJHbJG22wAlSm+Uud4DKE1yl7zh
BitQdZq/5AkuU3idwucMMVZ7oMXqDzRZfqPI7RI3XIGmy/AVOl+Eqc7zGD1ih6zR9htAZYqv1Pke
Q2iNstf8IUZrkLXa/yRJbpO43QInTHGWu+AFKk90mb7jCC1Sd5zB5gswVXqfxOkOM1h9osfsETZb
gKXK7xQ5XoOozfIXPGGGq9D1Gj9kia7T+B1CZ4yx1vsgRWqPtNn+I0htkrfcASZLcJW63wQpTnOY
veIHLFF2m8DlCi9UeZ7D6A0yV3yhxusQNVp/pMnuEzhdgqfM8RY7YIWqz/QZPmOIrdL3HEFmi7DV
+h9EaY6z2P0iR2yRttsAJUpvlLneAyhNcpe84QYrUHWav+QJLlN4ncLnDDFWew==

------voicemail_6403_1786379533_3--
'''),
    ('de', 'person-deletion-iphone-disclaimer-above-plan-notice', 'deletion', (),
'''Return-Path: <a.schroeder@schroeder-stb.example>
Received: from mail.schroeder-stb.example (mail.schroeder-stb.example [203.0.113.94])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Sy2Rf6WnPz8DkJ
        for <privacy@shop.example.be>; Wed, 06 May 2026 07:18:45 +0200 (CEST)
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?q?Dr=2E_Andreas_Schr=C3=B6der?= <a.schroeder@schroeder-stb.example>
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?q?Re=3A_Ihr_K=C3=BCchenplan_wurde_gespeichert?=
Date: Wed, 6 May 2026 07:18:39 +0200
Message-Id: <8E3C1A5B-2F4D-4C7E-9B61-3D0F7A2C5E19@schroeder-stb.example>
References: <rp-KP-60418.saved.1777965120@raumplaner.shop.example.be>
In-Reply-To: <rp-KP-60418.saved.1777965120@raumplaner.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22F76)

Sehr geehrte Damen und Herren,

bitte l=C3=B6schen Sie meinen K=C3=BCchenplan, den Grundriss und alle Fotos=
 unseres Hauses, die Ihr Planer beim Termin am 4. Mai aufgenommen hat, eben=
so seine Notizen dazu. Wir haben uns f=C3=BCr einen anderen Anbieter entsch=
ieden. Das Konto im Raumplaner k=C3=B6nnen Sie ebenfalls schlie=C3=9Fen.

Bitte best=C3=A4tigen Sie mir die L=C3=B6schung kurz per E-Mail.

Mit freundlichen Gr=C3=BC=C3=9Fen
Andreas Schr=C3=B6der

--
Dr. Andreas Schr=C3=B6der
Steuerberater
Schr=C3=B6der & Partner Steuerberatung PartG
Hauptstra=C3=9Fe 41 =C2=B7 4700 Eupen
Tel. +32 87 55 20 90 =C2=B7 Fax +32 87 55 20 99
www.schroeder-stb.example

Diese E-Mail enth=C3=A4lt vertrauliche und/oder rechtlich gesch=C3=BCtzte I=
nformationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail i=
rrt=C3=BCmlich erhalten haben, informieren Sie bitte sofort den Absender un=
d vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte =
Weitergabe dieser E-Mail sind nicht gestattet. Informationen zur Verarbeitu=
ng Ihrer Daten finden Sie unter www.schroeder-stb.example/datenschutz.

This e-mail may contain confidential and/or privileged information. If you =
are not the intended recipient (or have received this e-mail in error) plea=
se notify the sender immediately and destroy this e-mail. Any unauthorised =
copying, disclosure or distribution of the material in this e-mail is stric=
tly forbidden.

> Am 05.05.2026 um 09:12 schrieb Shop Example Raumplaner <noreply@raumplane=
r.shop.example.be>:
>
> Ihr K=C3=BCchenplan wurde gespeichert
>
> Hallo Andreas,
>
> Ihr Planer hat den Plan =E2=80=9EK=C3=BCche Hauptstra=C3=9Fe=E2=80=9C in =
Ihrem Konto gespeichert.
> Enthalten: 3D-Plan, Grundriss (18,2 m=C2=B2), 23 Fotos, Aufma=C3=9Fprotok=
oll.
>
> Plan ansehen: https://raumplaner.shop.example.be/plaene/KP-60418
>
> Dies ist eine automatisch versendete Nachricht. Bitte antworten Sie nicht=
 darauf.
'''),
    ('es', 'cita-medicion-reprogramar', 'automated', (),
'''Return-Path: <rebotes@citas.shop.example.be>
Received: from out2.citas.shop.example.be (out2.citas.shop.example.be [192.0.2.93])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4VQ9Hb2MfXz0RtP
        for <privacy@shop.example.be>; Fri, 09 Oct 2026 11:30:26 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=citas.shop.example.be;
        s=ct1; t=1791538224;
        h=from:to:subject:date:message-id:mime-version:content-type;
        bh=UPO+Vz66fBJevvOkENpNaLy2K/Qh4fbkzvqe4WYwfPI=;
        b=MxelmowEYFB1QMwc0T2pAMjxYIymn1FoAddLY7z+CpaeoEOoq6rJM2i4FdJMz+Me4l7P
         /GwmhQCRGfB9BbbAhhXQcm2nXQ84Ag1sEbDLDF0oqbB+dSOMOsz1HcvRuFkwHvM8D+Sl
         b7urn/nmjU2721/mHbkueEPpZuxYF0ODN7lxtETxDWPdeof+QBJV6w3EzrFj+ll72jRT
         2/DD6gq6zzql7d6Mo3WdsQjoSZQrsy+SbkyA0o8J3kQ0AsSN0ZYo
From: Shop Example Citas <citas@citas.shop.example.be>
To: undisclosed-recipients:;
Subject: =?utf-8?q?Tu_cita_de_medici=C3=B3n_ha_cambiado=3A_elige_una_nueva_h?=
 =?utf-8?q?ora?=
Date: Fri, 09 Oct 2026 09:30:24 +0000
Message-ID: <MED-88217.resched.1791538224@citas.shop.example.be>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
Content-Type: multipart/alternative; boundary="=_c1t4s_5e0a9b7d21f3"

--=_c1t4s_5e0a9b7d21f3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hola, Raúl:

Lamentamos avisarte de que tenemos que cambiar tu cita.

Cita:            Medición a domicilio para suelo laminado
Fecha prevista:  jueves 15 de octubre de 2026, 09:00–10:00
Motivo:          el técnico medidor no está disponible ese día

Elige una nueva fecha y hora en un clic:
https://citas.shop.example.be/es/r/MED-88217

Si no eliges una nueva hora antes del 12 de octubre, te llamaremos al
número que figura en tu pedido (termina en **41).

Durante la visita, el técnico mide las habitaciones y puede tomar fotos
para preparar el presupuesto. Más información sobre cómo tratamos tus
datos: https://www.shop.example.be/es/privacidad

Este mensaje se ha generado automáticamente. Por favor, no respondas a
este correo.
Shop Example BV – Servicios a domicilio

--=_c1t4s_5e0a9b7d21f3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#1a1=
a1a">
<h2 style=3D"color:#c2410c">Tenemos que cambiar tu cita</h2>
<p>Hola, Ra=C3=BAl:</p>
<p>Lamentamos avisarte de que tenemos que cambiar tu cita de <b>medici=C3=
=B3n a domicilio para suelo laminado</b> prevista el jueves 15 de octubre d=
e 2026, 09:00=E2=80=9310:00. Motivo: el t=C3=A9cnico medidor no est=C3=A1 d=
isponible ese d=C3=ADa.</p>
<p><a href=3D"https://citas.shop.example.be/es/r/MED-88217" style=3D"backgr=
ound:#c2410c;color:#fff;padding:10px 18px;text-decoration:none">Elegir nuev=
a fecha</a></p>
<p>Si no eliges una nueva hora antes del 12 de octubre, te llamaremos al n=
=C3=BAmero que figura en tu pedido (termina en **41).</p>
<p style=3D"font-size:12px;color:#666">Durante la visita, el t=C3=A9cnico m=
ide las habitaciones y puede tomar fotos para preparar el presupuesto. <a h=
ref=3D"https://www.shop.example.be/es/privacidad">C=C3=B3mo tratamos tus da=
tos</a>.<br>
Este mensaje se ha generado autom=C3=A1ticamente. Por favor, no respondas a=
 este correo.</p>
</body></html>

--=_c1t4s_5e0a9b7d21f3--
'''),
    ('es', 'gmail-vacaciones-proyectista', 'automated', (),
'''Return-Path: <luciaferrer.interiorismo@gmail.com>
Received: from mail-sor-f41.google.example (mail-sor-f41.google.example [198.51.100.41])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4VB0Tz7GqMz2KdW
        for <privacy@shop.example.be>; Mon, 31 Aug 2026 17:52:10 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com;
        s=20230601; t=1788191528;
        h=mime-version:auto-submitted:references:in-reply-to:from:date:message-id:subject:to;
        bh=uucs/GviszJOSVXXDnEHge6tdA3jIfv8MxYMVb+j4uY=;
        b=0V4nc+JFcHFNzPZyM9S6ljV7CK3F9VgW+t1AIbwDiukWm9wrDBOLuVxE7tJtQXXh/uNy
         5cvStl1Slhludzs+DK6VMKoqGPSTYmfzR5rEnpKDzY99IYhPHOlIgQ8ws/Z4/ZrRSrV+
         5xjU6yK1mPFwqMKWN6ZPy2BL1lRBnRC+kZyYdsL+K2za103bImMyflrCmqMcwTsgpK4S
         js5RFTh6ek9XZUQ/Ubwii8ci+0DUD4k5ppe8pAXdD/vTOVKWk0Qd
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t=1788191528; x=1788796328;
        h=to:subject:message-id:date:from:in-reply-to:references
         :auto-submitted:mime-version:x-gm-message-state:from:to:cc:subject
         :date:message-id:reply-to;
        bh=V3kd9Qm2xP7rLw0bN4cZ8tY1hF6sJ5aG2eK9uR3oT0i=;
        b=Q2h8mZ7kL1pX4vN9cB3rT6yW0sF5dJ8aH2gK7uE1oR4iM9nP3qV6xZ0bC5wT8yL1
X-Gm-Message-State: AOJu0YzP4kT9mL2vQ8xR1cN7bW3fH6sJ0dG5aE9uK2oY4iZ7pM1qV3x
X-Google-Smtp-Source: AGHT+IFm8xK2pL5vQ9cN1rT4bW7yH0sJ3dG6aE2uK9oZ5iM8nP1q
X-Received: by 2002:a05:6402:3510:b0:5c2:7f41:9e0d with SMTP id
        4fb4d7f45d1cf-5c2a1b3e8d0mr1187215a12.14.1788191528903; Mon, 31 Aug 2026
        08:52:08 -0700 (PDT)
MIME-Version: 1.0
Auto-Submitted: auto-replied
References: <prv-26-1402.q1.1788191400@shop.example.be>
In-Reply-To: <prv-26-1402.q1.1788191400@shop.example.be>
From: =?utf-8?q?Luc=C3=ADa_Ferrer?= <luciaferrer.interiorismo@gmail.com>
Date: Mon, 31 Aug 2026 08:52:08 -0700
Message-ID: <CAKx7Lp2vQ9mR4tN1cB8wF3yH6sJ0dG5aE2uK9oZ-vac@mail.gmail.com>
Subject: Fuera de la oficina hasta el 7 de septiembre
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000a8f3b20629c1d2e4"

--000000000000a8f3b20629c1d2e4
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Gracias por tu mensaje. Estoy de vacaciones hasta el 7 de septiembre y no r=
eviso el correo.

Si escribes por un proyecto de cocina o ba=C3=B1o de Shop Example (planos 3=
D, mediciones, fotos de la visita), contacta con el equipo de planificaci=
=C3=B3n: planificacion.es@shop.example.be.

Un saludo,
Luc=C3=ADa Ferrer
Interiorismo y planificaci=C3=B3n de cocinas

--000000000000a8f3b20629c1d2e4
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hola:</div><div><br></div><div>Gracias por tu mensaje=
. Estoy de vacaciones hasta el 7 de septiembre y no reviso el correo.</div>=
<div><br></div><div>Si escribes por un proyecto de cocina o ba=C3=B1o de Sh=
op Example (planos 3D, mediciones, fotos de la visita), contacta con el equ=
ipo de planificaci=C3=B3n: <a href=3D"mailto:planificacion.es@shop.example.=
be">planificacion.es@shop.example.be</a>.</div><div><br></div><div>Un salud=
o,</div><div>Luc=C3=ADa Ferrer</div><div>Interiorismo y planificaci=C3=B3n =
de cocinas</div></div>

--000000000000a8f3b20629c1d2e4--
'''),
    ('es', 'exim-rebote-reenvio-instalador', 'automated', (),
'''Return-Path: <>
Received: from srv12.hostinges.example (srv12.hostinges.example [203.0.113.90])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4VTc1Pq8KmLz3WnB
        for <privacy@shop.example.be>; Wed, 14 Oct 2026 18:03:29 +0200 (CEST)
Received: from Debian-exim by srv12.hostinges.example with local (Exim 4.97.1)
	id 1vQk2L-0004Xy-3T
	for privacy@shop.example.be;
	Wed, 14 Oct 2026 18:03:27 +0200
X-Failed-Recipients: javier.ortega@correo-viejo.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@srv12.hostinges.example>
To: privacy@shop.example.be
References: <prv-26-1577.o1.1791993801@shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1791993807-eximdsn-1474128831
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vQk2L-0004Xy-3T@srv12.hostinges.example>
Date: Wed, 14 Oct 2026 18:03:27 +0200

--1791993807-eximdsn-1474128831
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  javier.ortega@correo-viejo.example
    (generated from info@reformasortega.example)
    host mx1.correo-viejo.example [198.51.100.144]
    SMTP error from remote mail server after RCPT TO:<javier.ortega@correo-viejo.example>:
    550 5.1.1 <javier.ortega@correo-viejo.example>: Recipient address rejected: User unknown

--1791993807-eximdsn-1474128831
Content-type: message/delivery-status

Reporting-MTA: dns; srv12.hostinges.example

Action: failed
Final-Recipient: rfc822;javier.ortega@correo-viejo.example
Status: 5.0.0
Remote-MTA: dns; mx1.correo-viejo.example
Diagnostic-Code: smtp; 550 5.1.1 <javier.ortega@correo-viejo.example>: Recipient address rejected: User unknown

--1791993807-eximdsn-1474128831
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Envelope-to: info@reformasortega.example
Delivery-date: Wed, 14 Oct 2026 18:03:25 +0200
Received: from smtp-out1.shop.example.be ([192.0.2.40])
	by srv12.hostinges.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <privacy@shop.example.be>)
	id 1vQk2K-0004Xs-1R
	for info@reformasortega.example;
	Wed, 14 Oct 2026 18:03:25 +0200
From: Shop Example - Privacidad <privacy@shop.example.be>
To: info@reformasortega.example
Subject: =?utf-8?q?Retirada_de_fotos_de_la_instalaci=C3=B3n_publicadas_en_re?=
 =?utf-8?q?des_=28ficha_55120=29?=
Date: Wed, 14 Oct 2026 18:03:21 +0200
Message-ID: <prv-26-1577.o1.1791993801@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Estimado Javier:

Le escribimos desde el equipo de protecci=C3=B3n de datos de Shop Example en
relaci=C3=B3n con la ficha de instalaci=C3=B3n 55120 (cocina, c/ Olivos 7, =
Madrid).

La clienta nos indica que en el perfil de Instagram de su empresa se han
publicado fotos de su cocina en las que se ve el n=C3=BAmero de la calle.
Le rogamos que retire esas fotos y nos confirme por escrito que no las
volver=C3=A1 a usar, as=C3=AD como que ha borrado de su m=C3=B3vil el c=C3=
=B3digo de la
puerta que figuraba en las notas del pedido.

Atentamente,
Equipo de Privacidad - Shop Example BV

--1791993807-eximdsn-1474128831--
'''),
    ('es', 'person-other-late-installer-above-eta-notice', 'other', (),
'''Return-Path: <rocio.navarro.g@correo.example>
Received: from smtp.correo.example (smtp.correo.example [203.0.113.160])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4THy9Wk2QpRz5NcX
        for <privacy@shop.example.be>; Tue, 09 Jun 2026 19:24:51 +0200 (CEST)
Date: Tue, 09 Jun 2026 19:24:44 +0200
From: =?utf-8?q?Roc=C3=ADo_Navarro?= <rocio.navarro.g@correo.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Tu_t=C3=A9cnico_Marek_est=C3=A1_en_camino_=E2=80=93?=
 =?utf-8?q?_llegada_10=3A40?=
User-Agent: K-9 Mail for Android
In-Reply-To: <ETA-2026-ES-304918.1780991892@ruta.shop.example.be>
References: <ETA-2026-ES-304918.1780991892@ruta.shop.example.be>
Message-ID: <6C1F9A3E-27B4-4D5C-8E0A-91F2B7C4D3E6@correo.example>
MIME-Version: 1.0
Content-Type: text/plain;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hola, el t=C3=A9cnico no lleg=C3=B3 a las 10:40, lleg=C3=B3 a las 13:15. Ad=
em=C3=A1s al montar el horno se ha dejado un tornillo del soporte sin poner=
 (falta, no est=C3=A1 en la bolsa) y la encimera tiene un ara=C3=B1azo de u=
nos 5 cm junto al fregadero. =C2=BFPod=C3=A9is mandar a alguien esta semana=
 para arreglarlo? Por las tardes estoy en casa.

Gracias,
Roc=C3=ADo Navarro
--
Enviado desde mi dispositivo Android con K-9 Mail. Por favor, disculpa mi b=
revedad.

El 9 de junio de 2026 9:58:12 CEST, Shop Example Servicio a domicilio <nore=
ply@ruta.shop.example.be> escribi=C3=B3:
>Tu t=C3=A9cnico Marek est=C3=A1 en camino
>
>Hola, Roc=C3=ADo:
>
>Llegada prevista: 10:40 (franja 10:25=E2=80=9310:55)
>Servicio: entrega y montaje de cocina =E2=80=93 horno y microondas en colu=
mna
>Pedido: 2026-ES-304918
>
>Sigue a tu t=C3=A9cnico en el mapa: https://ruta.shop.example.be/t/4RZ8M
>=C2=BFNecesitas cambiar la cita? https://ruta.shop.example.be/t/4RZ8M/camb=
iar
>
>Este es un mensaje autom=C3=A1tico. No respondas a este correo.
'''),
    ('it', 'generatore-preventivi-posa-pavimento', 'automated', (),
'''Return-Path: <preventivi@preventivi.shop.example.be>
Received: from qf-mailer.preventivi.shop.example.be (qf-mailer.preventivi.shop.example.be [192.0.2.117])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4SrH2Lm8PdVz1KqT
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 17:05:49 +0200 (CEST)
From: Shop Example Preventivi <preventivi@preventivi.shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Il_tuo_preventivo_n=2E_PRV-2026-04127_=E2=80=93_posa_pavi?=
 =?utf-8?q?mento_in_laminato?=
Date: Thu, 16 Apr 2026 17:05:47 +0200
Message-ID: <PRV-2026-04127.1776351947@preventivi.shop.example.be>
MIME-Version: 1.0
X-Mailer: QuoteForge 3.2 (mailer)
Content-Type: multipart/mixed; boundary="----=_QF_mixed_20260416_0a7c"

------=_QF_mixed_20260416_0a7c
Content-Type: multipart/alternative; boundary="----=_QF_alt_20260416_3e11"

------=_QF_alt_20260416_3e11
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Gentile cliente,

grazie per averci fatto misurare la tua casa. In allegato trovi il preventi=
vo per la posa del pavimento.

Preventivo n.:   PRV-2026-04127
Data:            16/04/2026
Servizio:        fornitura e posa pavimento in laminato, battiscopa inclusi
Misure rilevate il 14/04/2026 dal nostro tecnico:
  soggiorno    28,6 m=C2=B2
  corridoio     6,2 m=C2=B2
  totale       34,8 m=C2=B2 (+ 8% sfrido)
Importo totale:  =E2=82=AC 2.486,40 IVA inclusa
Validit=C3=A0:        30 giorni

Accetta il preventivo online: https://preventivi.shop.example.be/it/q/PRV-2=
026-04127
Hai domande? Scrivici dal tuo account, sezione "I miei preventivi".

Questa e-mail =C3=A8 generata automaticamente, ti preghiamo di non risponde=
re.
Shop Example BV =E2=80=93 Servizi a domicilio

------=_QF_alt_20260416_3e11
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Georgia,serif;font-size:15px;color:#202020=
">
<p>Gentile cliente,</p>
<p>grazie per averci fatto misurare la tua casa. In allegato trovi il preve=
ntivo per la posa del pavimento.</p>
<table border=3D"1" cellpadding=3D"6" cellspacing=3D"0" style=3D"border-col=
lapse:collapse;font-size:14px">
<tr><td>Preventivo n.</td><td>PRV-2026-04127</td></tr>
<tr><td>Servizio</td><td>fornitura e posa pavimento in laminato, battiscopa=
 inclusi</td></tr>
<tr><td>Misure (14/04/2026)</td><td>soggiorno 28,6 m=C2=B2 &middot; corrido=
io 6,2 m=C2=B2 &middot; totale 34,8 m=C2=B2 (+ 8% sfrido)</td></tr>
<tr><td>Importo totale</td><td><b>=E2=82=AC 2.486,40</b> IVA inclusa</td></=
tr>
<tr><td>Validit=C3=A0</td><td>30 giorni</td></tr>
</table>
<p><a href=3D"https://preventivi.shop.example.be/it/q/PRV-2026-04127">Accet=
ta il preventivo online</a></p>
<p style=3D"font-size:12px;color:#777">Questa e-mail =C3=A8 generata automa=
ticamente, ti preghiamo di non rispondere.<br>Shop Example BV =E2=80=93 Ser=
vizi a domicilio</p>
</body></html>

------=_QF_alt_20260416_3e11--

------=_QF_mixed_20260416_0a7c
Content-Type: application/pdf; name="Preventivo_PRV-2026-04127.pdf"
Content-Disposition: attachment; filename="Preventivo_PRV-2026-04127.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFtdIC9Db3VudCAwID4+CmVuZG9i
agp0cmFpbGVyCjw8IC9Sb290IDEgMCBSID4+CiUlRU9GCg==

------=_QF_mixed_20260416_0a7c--
'''),
    ('it', 'conferma-lettura-outlook', 'automated', (),
'''Return-Path: <giulia.bianchi@fastweb.example>
Received: from smtp-out.fastweb.example (smtp-out.fastweb.example [198.51.100.83])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4T0m5Qc9WkHz2FpD
        for <privacy@shop.example.be>; Thu, 21 May 2026 19:06:49 +0200 (CEST)
From: "Giulia Bianchi" <giulia.bianchi@fastweb.example>
To: "Shop Example Privacy" <privacy@shop.example.be>
References: <prv-26-0788.r2.1779372720@shop.example.be>
In-Reply-To: <prv-26-0788.r2.1779372720@shop.example.be>
Subject: =?utf-8?q?Letto=3A_Risposta_alla_sua_richiesta_=E2=80=93_foto_dell?=
 =?utf-8?q?=27installazione_e_codice_allarme?=
Date: Thu, 21 May 2026 19:06:44 +0200
Message-ID: <000501dce9a1$7c2e4b10$74aae130$@fastweb.example>
MIME-Version: 1.0
Content-Type: multipart/report;
	report-type=disposition-notification;
	boundary="----=_NextPart_000_0006_01DCE9B2.5A3F2C10"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHc6aFr3kW0p8Lq2vN5Y7cB4xT1mQ==
Content-Language: it

This is a multipart message in MIME format.

------=_NextPart_000_0006_01DCE9B2.5A3F2C10
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Il messaggio

    A: Giulia Bianchi
    Oggetto: Risposta alla sua richiesta =E2=80=93 foto dell'installazione =
e codice allarme
    Inviato: gioved=C3=AC 21 maggio 2026 16:12

=C3=A8 stato letto gioved=C3=AC 21 maggio 2026 19:06.

------=_NextPart_000_0006_01DCE9B2.5A3F2C10
Content-Type: message/disposition-notification

Reporting-UA: fastweb.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;giulia.bianchi@fastweb.example
Original-Message-ID: <prv-26-0788.r2.1779372720@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0006_01DCE9B2.5A3F2C10--
'''),
    ('it', 'piattaforma-installatori-report-consensi', 'automated', (),
'''Return-Path: <report@installapro.example>
Received: from smtp2.installapro.example (smtp2.installapro.example [198.51.100.166])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4W1gKc7NpTz9LbR
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 03:14:22 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=installapro.example;
        s=ip1; t=1793585660;
        h=from:to:subject:date:message-id;
        bh=Hg4/hNFJ5/PR9u5o8q+2XuBQQYxFfJN6DADGBR0vzcY=;
        b=6jdGZqpNSRjLeUk489BbFYWXaw0RBVp6FAtJDMC28s9SI73IcT9HoVrG/JQQMV0AXbBE
         fKpiRn2+T3ZcuS6swzpTLjJs6EyGfzTzg3CO+HSf8LcZHf7OzO6jGdMnnUMLCHe/z3gC
         bk3SFcH4Ol7ZN8lfw8l6j+aFb7wPYTcjvbskVFKL5gMLjuKtBG6UxzWo8fTtNMSMlcE1
         XAyA3yqwIqR8LhYu+DnuNT2Wx6jnX7YC7wHzOUBX2Xz6H8gxQ6nR
From: InstallaPro Report <report@installapro.example>
To: privacy@shop.example.be, servizi.casa.it@shop.example.be
Subject: =?utf-8?q?=5BInstallaPro=5D_Report_notturno=3A_sincronizzazione_con?=
 =?utf-8?q?sensi_e_pulizia_schede_=E2=80=93_02/11/2026?=
Date: Mon, 02 Nov 2026 03:14:20 +0100
Message-ID: <nightly-shop-example-it-20261102@installapro.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: InstallaPro Scheduler/4.7

UmVwb3J0IGF1dG9tYXRpY28g4oCTIGFtYmllbnRlOiBzaG9wLWV4YW1wbGUtaXQKRXNlY3V6aW9u
ZTogMDIvMTEvMjAyNiAwMzowMOKAkzAzOjE0IChDRVQpCgoxKSBTaW5jcm9uaXp6YXppb25lIGNv
bnNlbnNpIGNsaWVudGkgKGRhIENSTSBTaG9wIEV4YW1wbGUpCiAgIENvbnNlbnNpICJmb3RvIGRl
bGwnaW5zdGFsbGF6aW9uZSBjb21lIGVzZW1waW8iOiAgMjEyIGNvbmNlc3NpLCAzNyByZXZvY2F0
aQogICBDb25zZW5zaSAiY29udGF0dG8gZGlyZXR0byBkYWwgdGVjbmljbyI6ICAgICAgICAgICAx
LjEwNCBuZWdhdGkgKHByZWRlZmluaXRvKSwgOSBjb25jZXNzaQogICBSZWNvcmQgYWdnaW9ybmF0
aSBzdWxsZSBhcHAgZGVpIHRlY25pY2k6ICAgICAgICAgIDEuMzYyCgoyKSBQdWxpemlhIGRhdGkg
c3VsbGUgc2NoZWRlIGludGVydmVudG8gY2hpdXNlCiAgIENvZGljaSBwb3J0YSAvIGFsbGFybWUg
ZSBpbmRpY2F6aW9uaSBjaGlhdmkgcmltb3NzaSBkYWxsZSBub3RlOiAgMTQzIHNjaGVkZQogICBQ
YXNzd29yZCBXaS1GaSByaW1vc3NlIGRhaSB2ZXJiYWxpIGRpIGluc3RhbGxhemlvbmUgc21hcnQg
aG9tZTogICAyMSBzY2hlZGUKICAgU2NoZWRlIGFub25pbWl6emF0ZSAoY2hpdXNlIGRhIG9sdHJl
IDI0IG1lc2kpOiAgICAgICAgICAgICAgICAgICAgODgKCjMpIEZvdG8gcHViYmxpY2F0ZSBpbiBn
YWxsZXJpYSBjb24gY29uc2Vuc28gcmV2b2NhdG8KICAgUmltb3NzZSBhdXRvbWF0aWNhbWVudGU6
IDQgKHNjaGVkZSA1NDcxLCA1NTAyLCA1NTM4LCA1NTkwKQoKRXJyb3JpOiAyCiAgIC0gc2NoZWRh
IDU2MTE6IGNsaWVudGUgc2VuemEgY29uc2Vuc28gcmVnaXN0cmF0bywgZm90byBub24gcHViYmxp
Y2F0ZQogICAtIHNjaGVkYSA1NjE3OiBpbmRpcml6em8gZS1tYWlsIGNsaWVudGUgbm9uIHZhbGlk
bwoKUXVlc3RvIG1lc3NhZ2dpbyDDqCBzdGF0byBnZW5lcmF0byBhdXRvbWF0aWNhbWVudGUuIE5v
biByaXNwb25kZXJlLgpHZXN0aW9uZSBkZXN0aW5hdGFyaSByZXBvcnQ6IGh0dHBzOi8vYXBwLmlu
c3RhbGxhcHJvLmV4YW1wbGUvYWRtaW4vcmVwb3J0Cg==
'''),
    ('it', 'person-objection-photos-used-as-example', 'objection', ('deletion',),
'''Return-Path: <marco.ruggeri@libero.example>
Received: from smtp-34.libero.example (smtp-34.libero.example [203.0.113.34])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4VnZ8Xb1RcQz6TmK
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 13:02:37 +0100 (CET)
From: Marco Ruggeri <marco.ruggeri@libero.example>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (Mac OS X Mail 16.0)
Subject: =?utf-8?q?Re=3A_La_tua_nuova_cucina_=C3=A8_tra_i_nostri_progetti!?=
Message-Id: <D41F7B2C-8E3A-4F61-A0C9-5B2E7D1F3C84@libero.example>
Date: Wed, 28 Oct 2026 13:02:31 +0100
In-Reply-To: <insp-CU-55471.1793183400@news.shop.example.be>
References: <insp-CU-55471.1793183400@news.shop.example.be>
To: privacy@shop.example.be
X-Mailer: Apple Mail (2.3826.400.131.1.6)

Buongiorno,

io non ho mai detto di s=C3=AC a questa cosa. Non voglio che le foto della =
mia cucina, e quindi di casa mia, vengano usate come esempio sul vostro sit=
o, nella galleria o su Instagram. Dalla finestra si vede pure il numero civ=
ico.

Toglietele e non usatele pi=C3=B9, n=C3=A9 adesso n=C3=A9 in futuro.

Marco Ruggeri

> Il giorno 28 ott 2026, alle ore 11:30, Shop Example Ispirazioni <ispirazi=
oni@news.shop.example.be> ha scritto:
>
> Ciao Marco,
>
> la cucina che i nostri installatori hanno montato il 9 ottobre =C3=A8 bel=
lissima, e ora =C3=A8 anche una fonte di ispirazione!
> Abbiamo pubblicato 6 foto del lavoro finito nella galleria "Progetti dei =
clienti".
>
> Guarda il tuo progetto: https://www.shop.example.be/it/ispirazioni/proget=
ti/CU-55471
>
> Questa e-mail =C3=A8 stata inviata automaticamente. Gestisci le tue prefe=
renze: https://www.shop.example.be/it/account/preferenze
'''),
    ('pt', 'qmail-bounce-resposta-pedido-acesso', 'automated', (),
'''Return-Path: <>
Received: from mail.alojamento-pt.example (mail.alojamento-pt.example [203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4S0dRm6KfLz3QwV
        for <privacy@shop.example.be>; Thu, 19 Mar 2026 16:44:04 +0100 (CET)
Received: (qmail 28741 invoked for bounce); 19 Mar 2026 15:44:02 -0000
Date: 19 Mar 2026 15:44:02 -0000
From: MAILER-DAEMON@mail.alojamento-pt.example
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.alojamento-pt.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<joao.costa@alojamento-pt.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28733 invoked from network); 19 Mar 2026 15:44:01 -0000
Received: from smtp-out1.shop.example.be (HELO smtp-out1.shop.example.be) (192.0.2.40)
  by mail.alojamento-pt.example with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 19 Mar 2026 15:44:01 -0000
From: Shop Example - Privacidade <privacy@shop.example.be>
To: joao.costa@alojamento-pt.example
Subject: =?utf-8?q?Re=3A_O_seu_pedido_de_acesso_=E2=80=93_notas_do_t=C3=A9cn?=
 =?utf-8?q?ico_e_fotografias_da_montagem?=
Date: Thu, 19 Mar 2026 16:43:58 +0100
Message-ID: <prv-26-0455.r1.1773935038@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Caro Sr. Jo=C3=A3o Costa,

Na sequ=C3=AAncia do seu pedido de acesso de 12 de mar=C3=A7o, enviamos em =
anexo
as notas do t=C3=A9cnico e as fotografias tiradas durante a montagem da
cozinha (ficha de trabalho 6388), bem como a lista das empresas
parceiras que receberam os seus dados.

Com os melhores cumprimentos,
Equipa de Privacidade - Shop Example BV
'''),
    ('pt', 'helpdesk-parceiro-confirmacao-pedido', 'automated', (),
'''Return-Path: <suporte+bounces@montagenslusas.example>
Received: from out.deskflow.example (out.deskflow.example [198.51.100.240])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4TJ3Vk9MqBz7RxG
        for <privacy@shop.example.be>; Tue, 30 Jun 2026 10:21:18 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=montagenslusas.example;
        s=df1; t=1782807676;
        h=from:reply-to:to:subject:date:message-id:mime-version:content-type;
        bh=h4e2jWzvJMZ1XY9yVVg1y9LXv+G2KehwEfcZfieOCrs=;
        b=ajoYiutV9A735NkmTKiZGJm14adYvyeWJx+WPEqY6SKlfD6qme55Fb1hsTbr0aCVEF20
         E1oI1HYoFEHROYBA1HPXflflNnhacjk60CexRdxx1WKjxMF3sf6JWlsWDRiCNscIEqC+
         7EwVECU6yJFX+Y8QOJi8oDQEBJnZbZ0fOO1DZNz3Y4ywLjECh2gsD0z2JhNgmQ2Rp2+O
         EZiW02x1SW8Ze5w/X5HrqyLAhnbJOjul/u3l65di8FnCt6lORrSD
Date: Tue, 30 Jun 2026 08:21:16 +0000
From: Suporte Montagens Lusas <suporte@montagenslusas.example>
Reply-To: Suporte Montagens Lusas <suporte@montagenslusas.example>
To: privacy@shop.example.be
Message-ID: <ticket-48213-ack-66f2a1c4@deskflow.example>
In-Reply-To: <prv-26-1067.o1.1782807601@shop.example.be>
References: <prv-26-1067.o1.1782807601@shop.example.be>
Subject: =?utf-8?q?=5B=2348213=5D_Recebemos_o_seu_pedido=3A_Elimina=C3=A7?=
 =?utf-8?q?=C3=A3o_de_dados_=E2=80=93_ficha_de_trabalho_6540?=
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_66f2a1c4e8b3d_7a1f3c9e2-4";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied
X-Mailer: DeskFlow Helpdesk
X-DeskFlow-Ticket-Id: 48213
X-DeskFlow-Account: montagenslusas

----==_mimepart_66f2a1c4e8b3d_7a1f3c9e2-4
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Obrigado pelo seu contacto. Este =C3=A9 um aviso autom=C3=A1tico para confi=
rmar que recebemos o seu pedido.

N=C3=BAmero do pedido: #48213
Assunto: Elimina=C3=A7=C3=A3o de dados =E2=80=93 ficha de trabalho 6540
Estado: Aberto
Prioridade: Normal

A nossa equipa responde normalmente no prazo de 2 dias =C3=BAteis. Pedidos =
relacionados com prote=C3=A7=C3=A3o de dados pessoais (acesso, retifica=C3=
=A7=C3=A3o, elimina=C3=A7=C3=A3o de fotografias ou de fichas de trabalho) s=
=C3=A3o encaminhados para o nosso respons=C3=A1vel pela prote=C3=A7=C3=A3o =
de dados.

Para acrescentar informa=C3=A7=C3=A3o, responda a este e-mail mantendo o n=
=C3=BAmero do pedido no assunto.
Consulte o estado do pedido: https://suporte.montagenslusas.example/pedidos=
/48213

Montagens Lusas, Lda. =E2=80=93 Parceiro de instala=C3=A7=C3=A3o Shop Examp=
le

----==_mimepart_66f2a1c4e8b3d_7a1f3c9e2-4
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#333=
">
<p>Ol=C3=A1,</p>
<p>Obrigado pelo seu contacto. Este =C3=A9 um aviso autom=C3=A1tico para co=
nfirmar que recebemos o seu pedido.</p>
<p><b>N=C3=BAmero do pedido:</b> #48213<br><b>Assunto:</b> Elimina=C3=A7=C3=
=A3o de dados =E2=80=93 ficha de trabalho 6540<br><b>Estado:</b> Aberto<br>=
<b>Prioridade:</b> Normal</p>
<p>A nossa equipa responde normalmente no prazo de 2 dias =C3=BAteis. Pedid=
os relacionados com prote=C3=A7=C3=A3o de dados pessoais (acesso, retifica=
=C3=A7=C3=A3o, elimina=C3=A7=C3=A3o de fotografias ou de fichas de trabalho=
) s=C3=A3o encaminhados para o nosso respons=C3=A1vel pela prote=C3=A7=C3=
=A3o de dados.</p>
<p>Para acrescentar informa=C3=A7=C3=A3o, responda a este e-mail mantendo o=
 n=C3=BAmero do pedido no assunto.<br>
<a href=3D"https://suporte.montagenslusas.example/pedidos/48213">Consulte o=
 estado do pedido</a></p>
<p style=3D"color:#999">Montagens Lusas, Lda. =E2=80=93 Parceiro de instala=
=C3=A7=C3=A3o Shop Example</p>
</div>

----==_mimepart_66f2a1c4e8b3d_7a1f3c9e2-4--
'''),
    ('pt', 'sms-para-email-equipa-instalacao', 'automated', (),
'''Return-Path: <sms-gateway@sms.shop.example.be>
Received: from sms-gw01.shop.example.be (sms-gw01.shop.example.be [192.0.2.61])
        by mx1.shop.example.be (Postfix) with ESMTP id 4TN7Xc2LrWz0HqM
        for <privacy@shop.example.be>; Thu, 02 Jul 2026 08:17:55 +0200 (CEST)
From: =?utf-8?q?SMS_Gateway_Equipa_Instala=C3=A7=C3=A3o?= <sms-gateway@sms.shop.example.be>
To: instalacao-pt@shop.example.be
Cc: privacy@shop.example.be
Subject: SMS recebido de +32 470 55 88 19
Date: Thu, 02 Jul 2026 08:17:53 +0200
Message-ID: <sms.8812.20260702081752@sms-gw01.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Mailer: SMS2Mail Gateway 4.1.3
X-SMS2Mail-Conversation: 8812

Nova mensagem SMS recebida na linha da equipa de instalação.

De:        +32 470 55 88 19
Para:      +32 2 555 01 77 (Equipa Instalação PT)
Recebida:  02/07/2026 08:17:52
Contacto:  (desconhecido)

Mensagem:
Bom dia. O tecnico que instalou a campainha com camara e o termostato deixou a password do wifi escrita na folha de obra e configurou a app com a conta dele. Quero que ele deixe de ter acesso e que apaguem isso. Fernanda Lopes

---
Mensagem gerada automaticamente pelo SMS2Mail. Para responder por SMS, use o painel:
https://sms.shop.example.be/conversas/8812
'''),
    ('pt', 'person-correction-forwards-job-sheet-one-line', 'correction', (),
'''Return-Path: <anaritasousa.88@gmail.com>
Received: from mail-wr1-f54.google.example (mail-wr1-f54.google.example [198.51.100.54])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4TZ5Mh1QxKz8WpC
        for <privacy@shop.example.be>; Mon, 27 Jul 2026 22:05:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com;
        s=20230601; t=1785182711;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=ngN9je/KcNmlp5EItXK7L13ow1LbtyFK8ZZOrGs0kMM=;
        b=4NU28bq1AJ+0Ej5CyeYm8Lq7zQYLl2wVzUr8ZvRm+ub3HS0cQ4Nj9Xtigh9kWnT7CBBD
         ObdmSp6fLma9DGB6DoREM4jjcff0887wrScKKewKAB6rQnaTq0KM/hm6TkXKbyxHWOKu
         rkAKfhxkwAPMDGJwKWSUz6TVgmO0h0eVYQGuGacRgDIdKAUHBrXomtzvdko9amqKEhFt
         ZX1Q5ey4MWHFffEWgt2phOlMSTeBSS1TaB1KLCc0bfl4dQFLW9lo
X-Gm-Message-State: AOJu0YwK7pL2mQ9xR4cN1bT8vW3fH6sJ0dG5aE2uY9oZ4iM7nP1qV3
X-Google-Smtp-Source: AGHT+IG2xK9pL5vQ1cN8rT4bW7yH0sJ3dG6aE2uK9oZ5iM8nP1qX4
X-Received: by 2002:a5d:6d0e:0:b0:37c:d1a2:5e88 with SMTP id
        ffacd0b85a97d-37d0e7b1c2amr9184123f8f.33.1785182711664; Mon, 27 Jul 2026
        13:05:11 -0700 (PDT)
MIME-Version: 1.0
References: <JS-6621.sheet.1785170400@jobs.shop.example.be>
In-Reply-To: <JS-6621.sheet.1785170400@jobs.shop.example.be>
From: Ana Rita Sousa <anaritasousa.88@gmail.com>
Date: Mon, 27 Jul 2026 22:05:00 +0200
Message-ID: <CAJx4rQ9mN2vL7pT1cB8wF3yH6sJ0dG5aE2uK9oZ_p7mQ@mail.gmail.com>
Subject: =?utf-8?q?Fwd=3A_Ficha_de_trabalho_n=2E=C2=BA_6621_=E2=80=93_entreg?=
 =?utf-8?q?a_e_montagem?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000c4e1d7062b9a0f31"

--000000000000c4e1d7062b9a0f31
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

O telefone e o andar nesta ficha est=C3=A3o errados: o meu n=C3=BAmero =C3=
=A9 o 0470 55 21 83 e =C3=A9 o 2.=C2=BA esquerdo, n=C3=A3o o 1.=C2=BA.

---------- Forwarded message ---------
De: Shop Example Entregas e Montagem <noreply@jobs.shop.example.be>
Date: seg., 27/07/2026 =C3=A0s 18:40
Subject: Ficha de trabalho n.=C2=BA 6621 =E2=80=93 entrega e montagem
To: <anaritasousa.88@gmail.com>


Ficha de trabalho n.=C2=BA 6621

Cliente:     Ana Rita Sousa
Morada:      Rue de la Victoire 112, 1.=C2=BA esquerdo, 1060 Saint-Gilles
Telefone:    0470 55 12 38
Servi=C3=A7o:     entrega e montagem de roupeiro (2 portas de correr) e c=
=C3=B3moda
Data:        quinta-feira, 30/07/2026, 13:00=E2=80=9317:00
Equipa:      Montagens Lusas, Lda.
Notas:       tocar =C3=A0 campainha "Sousa/Mendes"; elevador pequeno

Verifique os seus dados. Em caso de erro, altere-os na sua conta at=C3=A9 2=
4 horas antes da visita:
https://www.shop.example.be/pt/conta/encomendas/6621

Mensagem autom=C3=A1tica =E2=80=93 por favor n=C3=A3o responda.

--000000000000c4e1d7062b9a0f31
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">O telefone e o andar nesta ficha est=C3=A3o errados: o meu=
 n=C3=BAmero =C3=A9 o 0470 55 21 83 e =C3=A9 o 2.=C2=BA esquerdo, n=C3=A3o =
o 1.=C2=BA.<br><br><div class=3D"gmail_quote"><div dir=3D"ltr" class=3D"gma=
il_attr">---------- Forwarded message ---------<br>De: Shop Example Entrega=
s e Montagem &lt;noreply@jobs.shop.example.be&gt;<br>Date: seg., 27/07/2026=
 =C3=A0s 18:40<br>Subject: Ficha de trabalho n.=C2=BA 6621 =E2=80=93 entreg=
a e montagem<br>To: &lt;anaritasousa.88@gmail.com&gt;<br><br><br>Ficha de t=
rabalho n.=C2=BA 6621<br><br>Cliente:     Ana Rita Sousa<br>Morada:      Ru=
e de la Victoire 112, 1.=C2=BA esquerdo, 1060 Saint-Gilles<br>Telefone:    =
0470 55 12 38<br>Servi=C3=A7o:     entrega e montagem de roupeiro (2 portas=
 de correr) e c=C3=B3moda<br>Data:        quinta-feira, 30/07/2026, 13:00=
=E2=80=9317:00<br>Equipa:      Montagens Lusas, Lda.<br>Notas:       tocar =
=C3=A0 campainha &quot;Sousa/Mendes&quot;; elevador pequeno<br><br>Verifiqu=
e os seus dados. Em caso de erro, altere-os na sua conta at=C3=A9 24 horas =
antes da visita:<br>https://www.shop.example.be/pt/conta/encomendas/6621<br=
><br>Mensagem autom=C3=A1tica =E2=80=93 por favor n=C3=A3o responda.</div><=
/div></div>

--000000000000c4e1d7062b9a0f31--
'''),
]

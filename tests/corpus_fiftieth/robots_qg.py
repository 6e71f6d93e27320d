"""Fiftieth set, robot mail of customer-service systems (help desks, telephony, chat, reviews, auto-replies, bounces) plus look-alike people (7 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'zendesk-supplier-request-received', 'automated', (),
'''Return-Path: <support+id7QX4R2-PLM8K@parcelnet.zendesk.com>
Received: from outbyoip12.pod18.euc1.zdsys.com (outbyoip12.pod18.euc1.zdsys.com [188.172.138.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hk2Lq1Zx9z9vRt
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 10:14:37 +0200 (CEST)
Date: Mon, 19 Oct 2026 08:14:33 +0000
From: ParcelNet Customer Care <support@parcelnet.zendesk.com>
Reply-To: ParcelNet Customer Care <support+id7QX4R2-PLM8K@parcelnet.zendesk.com>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Message-ID: <7QX4R2PLM8K_671371e9c1f5d_3b9e_sprut@zendesk.com>
In-Reply-To: <20261019080912.5F2A31C0041@mail.shop.example.be>
References: <20261019080912.5F2A31C0041@mail.shop.example.be>
Subject: [ParcelNet] Re: Erasure request forwarded - customer ref. SE-2026-1184
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_671371e9b7d21_3b9e1c4a8c2";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8c41f2a
X-Zendesk-Email-Id: 01JAB7QX4R2PLM8K3C9ZT6YH2W


----==_mimepart_671371e9b7d21_3b9e1c4a8c2
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: 7bit

##- Please type your reply above this line -##

Your request (482137) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

--------------------------------
This email is a service from ParcelNet Customer Care. Delivered by Zendesk

[7QX4R2-PLM8K]

----==_mimepart_671371e9b7d21_3b9e1c4a8c2
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: 7bit

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>
<body style="font-family: 'Helvetica Neue', Arial, sans-serif; font-size: 14px;">
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (482137) has been received and is being reviewed by our support staff.</p>
<p>To add additional comments, reply to this email.</p>
<hr style="border:none;border-top:1px solid #ddd" />
<p style="color:#999;font-size:12px">This email is a service from ParcelNet Customer Care. Delivered by <a href="https://www.zendesk.com/support/?utm_source=email">Zendesk</a></p>
<span style="color:#FFFFFF" aria-hidden="true">[7QX4R2-PLM8K]</span>
</body>
</html>

----==_mimepart_671371e9b7d21_3b9e1c4a8c2--
'''),

    ('en', 'postfix-dsn-unknown-user-customer-workplace', 'automated', (),
'''Return-Path: <>
Received: from mail.hosting-vdb.be (mail.hosting-vdb.be [91.183.44.20])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hm8Vb2kQnz9vS1
        for <privacy@shop.example.be>; Tue, 20 Oct 2026 15:02:53 +0200 (CEST)
Received: by mail.hosting-vdb.be (Postfix)
        id 6C0E2A0347; Tue, 20 Oct 2026 15:02:53 +0200 (CEST)
Date: Tue, 20 Oct 2026 15:02:53 +0200 (CEST)
From: MAILER-DAEMON@mail.hosting-vdb.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="6C0E2A0347.1792508573/mail.hosting-vdb.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261020130253.6C0E2A0347@mail.hosting-vdb.be>

This is a MIME-encapsulated message.

--6C0E2A0347.1792508573/mail.hosting-vdb.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.hosting-vdb.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<an.peeters@kapsalon-lotte.be>: unknown user: "an.peeters"

--6C0E2A0347.1792508573/mail.hosting-vdb.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.hosting-vdb.be
X-Postfix-Queue-ID: 6C0E2A0347
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 20 Oct 2026 15:02:52 +0200 (CEST)

Final-Recipient: rfc822; an.peeters@kapsalon-lotte.be
Original-Recipient: rfc822;an.peeters@kapsalon-lotte.be
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "an.peeters"

--6C0E2A0347.1792508573/mail.hosting-vdb.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [195.130.146.18])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mail.hosting-vdb.be (Postfix) with ESMTPS id 6C0E2A0347
        for <an.peeters@kapsalon-lotte.be>; Tue, 20 Oct 2026 15:02:52 +0200 (CEST)
Date: Tue, 20 Oct 2026 15:02:49 +0200
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: an.peeters@kapsalon-lotte.be
Message-ID: <20261020130249.1A9F21C0044@mail.shop.example.be>
Subject: =?utf-8?Q?Uw_inzageverzoek:_verificatie_van_uw_identiteit_(ref._SE-2026-1191)?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--6C0E2A0347.1792508573/mail.hosting-vdb.be--
'''),

    ('en', 'freshdesk-sla-first-response-breach', 'automated', (),
'''Return-Path: <0102019a5c1e2f3b-8d7e1c44-2b9a-4e61-9f0d-3c5a7be2d811-000000@eu-west-1.amazonses.com>
Received: from a7-12.smtp-out.eu-west-1.amazonses.com (a7-12.smtp-out.eu-west-1.amazonses.com [54.240.7.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HmQz03vYtz9vS7
        for <privacy@shop.example.be>; Wed, 21 Oct 2026 09:30:04 +0200 (CEST)
Date: Wed, 21 Oct 2026 07:30:02 +0000
From: Shop Example Helpdesk <helpdesk@shopexample.freshdesk.com>
To: privacy@shop.example.be
Message-ID: <6715e2fa8c31b_5f2c1a9e40921c@fd-scheduler-7b9d.mail>
Subject: Escalation: Ticket #20931 has breached its first response time
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6715e2fa8b0d4_5f2c1a9e4091f3";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Feedback-ID: 1.eu-west-1.Kq7b2c9T0xYZ1m4dQeVhWl0aP8sN3uR5oJ6fG2hI4k:AmazonSES
X-SES-Outgoing: 2026.10.21-54.240.7.12


----==_mimepart_6715e2fa8b0d4_5f2c1a9e4091f3
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: 7bit

Hi Privacy,

The following ticket has not received a first response within the time set in
its SLA policy.

Ticket:               #20931 - Inzage klantenkaartgegevens
Requester:            Marleen De Smet
Group:                Privacy
Agent:                Unassigned
Priority:             High
SLA policy:           Privacy requests - 1 business day
First response due:   Tue, 20 Oct 2026 17:00 CEST
Overdue by:           14 hours 30 minutes

View the ticket: https://shopexample.freshdesk.com/a/tickets/20931

You are receiving this escalation because you are a member of the group
"Privacy". Escalation rules can be changed by an administrator under
Admin > Workflows > SLA Policies.

----==_mimepart_6715e2fa8b0d4_5f2c1a9e4091f3
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:13px">
<p>Hi Privacy,</p>
<p>The following ticket has not received a first response within the time set in its SLA policy.</p>
<table cellpadding="4">
<tr><td>Ticket</td><td><a href="https://shopexample.freshdesk.com/a/tickets/20931">#20931 - Inzage klantenkaartgegevens</a></td></tr>
<tr><td>Requester</td><td>Marleen De Smet</td></tr>
<tr><td>Group</td><td>Privacy</td></tr>
<tr><td>Agent</td><td>Unassigned</td></tr>
<tr><td>Priority</td><td><b style="color:#e43538">High</b></td></tr>
<tr><td>SLA policy</td><td>Privacy requests - 1 business day</td></tr>
<tr><td>First response due</td><td>Tue, 20 Oct 2026 17:00 CEST</td></tr>
<tr><td>Overdue by</td><td>14 hours 30 minutes</td></tr>
</table>
<p style="color:#888;font-size:11px">You are receiving this escalation because you are a member of the group "Privacy".</p>
</body></html>

----==_mimepart_6715e2fa8b0d4_5f2c1a9e4091f3--
'''),

    ('en', 'person-reply-above-ticket-solved-not-deleted', 'complaint', ('deletion',),
'''Return-Path: <g.whitfield1961@gmail.com>
Received: from mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hp0Rk5TwMz9vT2
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 21:47:19 +0100 (CET)
Received: by mail-wm1-f44.google.com with SMTP id 5b1f17b1804b1-4316f3d3c21so22871505e9.3
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 13:47:18 -0700 (PDT)
MIME-Version: 1.0
References: <fd.20877.solved.1792771500@shopexample.freshdesk.com>
In-Reply-To: <fd.20877.solved.1792771500@shopexample.freshdesk.com>
From: Graham Whitfield <g.whitfield1961@gmail.com>
Date: Mon, 26 Oct 2026 20:47:07 +0000
Message-ID: <CAF3kq9xT8e2b1R_wqP0mZ7yVn4Lh6-UdsK3pJx5aQ0eF9oNw@mail.gmail.com>
Subject: Re: [Shop Example] Your request #20877 has been solved
To: Shop Example Privacy <privacy@shop.example.be>
Content-Type: multipart/alternative; boundary="000000000000b7a41e0625c3e2d1"

--000000000000b7a41e0625c3e2d1
Content-Type: text/plain; charset="UTF-8"

It is NOT solved. I asked on the 2nd of October for my account to be closed
and all my details deleted. Your colleague wrote back that it would be done
"within a few days". Since then I have had two of your newsletters and this
morning a text about my loyalty points expiring. So my details are quite
obviously still on your system, and now you've closed the ticket as well.

Please delete the lot now: account, loyalty card, e-mail address, phone
number. And confirm it in writing once it's actually been done. If this
isn't sorted by the end of next week I'll be taking it up with the Data
Protection Authority.

Graham Whitfield

On Fri, 23 Oct 2026 at 16:05, Shop Example Privacy <privacy@shop.example.be>
wrote:

> ##- Please type your reply above this line -##
>
> Your request #20877 "Close my account" has been solved.
>
> If you feel this request has not been resolved, simply reply to this email
> within 7 days to reopen it.
>
> How would you rate the support you received?
> Good, I'm satisfied: https://shopexample.freshdesk.com/survey/20877/good
> Bad, I'm unsatisfied: https://shopexample.freshdesk.com/survey/20877/bad
>
> Shop Example BV | Privacy team
>

--000000000000b7a41e0625c3e2d1
Content-Type: text/html; charset="UTF-8"

<div dir="ltr">It is NOT solved. I asked on the 2nd of October for my account to be closed and all my details deleted. Your colleague wrote back that it would be done &quot;within a few days&quot;. Since then I have had two of your newsletters and this morning a text about my loyalty points expiring. So my details are quite obviously still on your system, and now you&#39;ve closed the ticket as well.<div><br></div><div>Please delete the lot now: account, loyalty card, e-mail address, phone number. And confirm it in writing once it&#39;s actually been done. If this isn&#39;t sorted by the end of next week I&#39;ll be taking it up with the Data Protection Authority.</div><div><br></div><div>Graham Whitfield</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, 23 Oct 2026 at 16:05, Shop Example Privacy &lt;<a href="mailto:privacy@shop.example.be">privacy@shop.example.be</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">##- Please type your reply above this line -##<br><br>Your request #20877 &quot;Close my account&quot; has been solved.<br><br>If you feel this request has not been resolved, simply reply to this email within 7 days to reopen it.<br></blockquote></div>

--000000000000b7a41e0625c3e2d1--
'''),

    ('en', 'cloud-telephony-call-recording-export-ready', 'automated', (),
'''Return-Path: <bounce+4a7c1e.9f2d-privacy=shop.example.be@mg.callstack.io>
Received: from m42-11.mailgun.net (m42-11.mailgun.net [69.72.42.11])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hq1Gs0Dk5z9vT9
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 11:20:45 +0100 (CET)
Date: Tue, 27 Oct 2026 10:20:41 +0000
From: CallStack <no-reply@callstack.io>
To: privacy@shop.example.be
Subject: Your call recording export is ready
Message-Id: <20261027102041.b3c8e6f4a1d2c790@mg.callstack.io>
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="a6e1f07c5d3b4a8e9c2d71b0f4e5a396"
X-Mailgun-Sid: WyI0ZjE2MiIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICI5ZjJkIl0=
X-Mailgun-Tag: recording-export
X-Mailgun-Sending-Ip: 69.72.42.11

--a6e1f07c5d3b4a8e9c2d71b0f4e5a396
Content-Transfer-Encoding: 7bit
Content-Type: text/plain; charset="utf-8"

Hi there,

The export you requested is ready to download.

Workspace:     Shop Example BV
Export:        Call recordings
Requested by:  privacy@shop.example.be
Requested at:  27 Oct 2026, 11:02 CET
Filter:        caller +32 494 61 27 83, 01 Sep 2026 - 26 Oct 2026
Recordings:    3 (total duration 00:17:42)
Format:        ZIP (MP3 files + call metadata CSV)

Download: https://app.callstack.io/exports/e_8Hq2xR4t/download

For security reasons this link expires in 72 hours and only works for
signed-in members of your workspace.

The CallStack team

--
You are receiving this email because an export was requested in your
CallStack workspace. Manage notification settings:
https://app.callstack.io/settings/notifications
CallStack Ltd, 20 Wharf Road, London N1 7GR, United Kingdom

--a6e1f07c5d3b4a8e9c2d71b0f4e5a396
Content-Transfer-Encoding: 7bit
Content-Type: text/html; charset="utf-8"

<html><body style="background:#f4f5f7;font-family:Inter,Arial,sans-serif">
<table width="560" align="center" style="background:#fff;padding:32px"><tr><td>
<h2 style="margin:0 0 16px">Your export is ready</h2>
<p>The export you requested is ready to download.</p>
<p><b>Call recordings</b> &middot; 3 recordings &middot; 00:17:42<br>Requested by privacy@shop.example.be on 27 Oct 2026, 11:02 CET</p>
<p><a href="https://app.callstack.io/exports/e_8Hq2xR4t/download" style="background:#3b5bdb;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Download export</a></p>
<p style="color:#777;font-size:12px">This link expires in 72 hours.</p>
</td></tr></table>
</body></html>

--a6e1f07c5d3b4a8e9c2d71b0f4e5a396--
'''),

    ('nl', 'exchange-online-ooo-processor-dpo', 'automated', (),
'''Return-Path: <e.vandenberghe@mediawerf.be>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2112.outbound.protection.outlook.com [40.107.105.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HnJ7w3Rbcz9vS4
        for <privacy@shop.example.be>; Thu, 22 Oct 2026 14:08:31 +0200 (CEST)
From: Els Vandenberghe <e.vandenberghe@mediawerf.be>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Verzoek tot wissing - doorgifte aan verwerker (ref. SE-2026-1203)
Thread-Topic: Verzoek tot wissing - doorgifte aan verwerker (ref. SE-2026-1203)
Thread-Index: AQHbJ4w2Xk7zq1JtTcOQ9mE3vF2iRw==
Date: Thu, 22 Oct 2026 12:08:29 +0000
Message-ID: <DB9PR02MB7356A1C4E2F9B07D3A5E81C6F2C12@DB9PR02MB7356.eurprd02.prod.outlook.com>
In-Reply-To: <20261022120812.8B3D21C0052@mail.shop.example.be>
References: <20261022120812.8B3D21C0052@mail.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-Exchange-Inbox-Rules-Loop: e.vandenberghe@mediawerf.be
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Language: nl-BE
Content-Type: multipart/alternative;
	boundary="_000_DB9PR02MB7356A1C4E2F9B07D3A5E81C6F2C12DB9PR02MB7356eurp_"
MIME-Version: 1.0

--_000_DB9PR02MB7356A1C4E2F9B07D3A5E81C6F2C12DB9PR02MB7356eurp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Beste,

Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 30 oktober en le=
es mijn mails in die periode niet. Uw bericht wordt niet automatisch doorge=
stuurd.

Voor dringende vragen over gegevensbescherming kunt u terecht bij mijn coll=
ega Pieter Claes (pieter.claes@mediawerf.be of 09 265 43 10).

Met vriendelijke groet,

Els Vandenberghe
Data Protection Officer | Mediawerf NV
Kortrijksesteenweg 1120, 9051 Gent

--_000_DB9PR02MB7356A1C4E2F9B07D3A5E81C6F2C12DB9PR02MB7356eurp_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii">
</head>
<body>
<div style=3D"font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Beste,</p>
<p>Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 30 oktober en=
 lees mijn mails in die periode niet. Uw bericht wordt niet automatisch do=
orgestuurd.</p>
<p>Voor dringende vragen over gegevensbescherming kunt u terecht bij mijn c=
ollega Pieter Claes (pieter.claes@mediawerf.be of 09 265 43 10).</p>
<p>Met vriendelijke groet,<br><br>Els Vandenberghe<br>Data Protection Offic=
er | Mediawerf NV<br>Kortrijksesteenweg 1120, 9051 Gent</p>
</div>
</body>
</html>

--_000_DB9PR02MB7356A1C4E2F9B07D3A5E81C6F2C12DB9PR02MB7356eurp_--
'''),

    ('nl', 'pbx-voicemail-to-mail-wav', 'automated', (),
'''Return-Path: <pbx@shop.example.be>
Received: from pbx.shop.example.be (pbx.shop.example.be [10.20.0.15])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Hnm2J0Fx8z9vS6
        for <privacy@shop.example.be>; Fri, 23 Oct 2026 18:36:12 +0200 (CEST)
From: "3CX Telefooncentrale" <pbx@shop.example.be>
To: "Privacy" <privacy@shop.example.be>
Subject: Nieuw voicemailbericht van 0471 38 52 96 (0:47)
Date: Fri, 23 Oct 2026 18:36:11 +0200
Message-ID: <3cx.vm.5f41c2e0a8b74d9c.2040@pbx.shop.example.be>
MIME-Version: 1.0
X-Mailer: 3CX Phone System
Content-Type: multipart/mixed;
 boundary="--boundary_0_6e7f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"


----boundary_0_6e7f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

U hebt een nieuw voicemailbericht ontvangen.

Van:        0471 38 52 96
Voor:       2040 - Privacy / GDPR-lijn
Ontvangen:  vrijdag 23 oktober 2026 18:35
Duur:       0:47

Het bericht zit als WAV-bestand in de bijlage. U kunt het ook beluisteren d=
oor naar 2040 te bellen en *99 in te toetsen.

Deze e-mail werd automatisch verzonden door de telefooncentrale van Shop Ex=
ample BV. Antwoorden op dit bericht worden niet gelezen.

----boundary_0_6e7f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b
Content-Type: audio/wav; name="vmail_2040_20261023_183511_0471385296.wav"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="vmail_2040_20261023_183511_0471385296.wav"

UklGRkR0AQBXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YSB0AQD+//3/AAABAAMABQAE
AAIA//z/+v/5//r//P8AAAQACQANAA8ADgALAAcAAgD9//j/9P/y//L/9f/6/wAABgAMABEAFAAU
ABEADAAGAP//+P/x/+z/6f/p/+3/8//7/wQADQAVABoAHAAaABUADQAEAPr/8P/n/+H/3v/f/+T/
7P/2/wEADAAWAB4AIgAiAB4AFgALAP//8//o/9//2f/X/9r/4f/s//j/BQASAB0AJQApACgAIwAa
AA4AAQDz/+b/2//T/8//0P/U/93/6f/3/wYAFAAhACsAMAAwACsAIQAUAAUA9f/m/9n/z//J/8j/
zP/U/+H/8P8AABAAHwArADMANgAzACsAHwAQAP//7v/e/9H/yP/E/8X/y//W/+T/9f8GABcAJgAy
----boundary_0_6e7f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b--
'''),

    ('nl', 'supplier-helpdesk-csat-survey', 'automated', (),
'''Return-Path: <bounces+1846217-7d2e-privacy=shop.example.be@em8213.cardpoint.be>
Received: from o3.ptr4471.cardpoint.be (o3.ptr4471.cardpoint.be [149.72.183.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HpS0c1QZmz9vTB
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 08:02:17 +0100 (CET)
Date: Wed, 28 Oct 2026 07:02:15 +0000 (UTC)
From: CardPoint Klantenservice <support@cardpoint.be>
To: privacy@shop.example.be
Message-ID: <csat.31206.2d9f4b1e7a@cardpoint.be>
Subject: Hoe hebben we het gedaan? Uw ticket #31206
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-SG-EID: u001.Hq2b7Rk0Vz3dXlW9mT5yNcE1aF8pJ4sG6oQ2iU7hK0rB
X-Entity-ID: u001.c5vT8yWm2Qx9Lk3Rb0Fz

Beste Privacy Shop Example,

Onlangs hebben we uw vraag behandeld:

  Ticket #31206 - Verwijdering kaarthouder (uw ref. SE-2026-1184)
  Behandeld door: Jonas
  Afgesloten op: 27 oktober 2026

Hoe tevreden bent u over onze hulp? Klik op een score:

  1 - Zeer ontevreden   https://cardpoint.be/csat/31206/1
  2 - Ontevreden        https://cardpoint.be/csat/31206/2
  3 - Neutraal          https://cardpoint.be/csat/31206/3
  4 - Tevreden          https://cardpoint.be/csat/31206/4
  5 - Zeer tevreden     https://cardpoint.be/csat/31206/5

Het invullen duurt minder dan een minuut. Alvast bedankt!

Het supportteam van CardPoint

--
Dit is een automatisch bericht. Antwoorden op deze e-mail worden niet gelezen.
CardPoint NV - Ter Waarde 44 - 8900 Ieper
'''),

    ('nl', 'person-stop-review-reminders', 'withdraw_consent', (),
'''Return-Path: <rita.verhoeven@telenet.be>
Received: from cantor.telenet-ops.be (cantor.telenet-ops.be [195.130.132.48])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hq7Kd1wN2z9vTD
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 14:26:40 +0100 (CET)
Received: from RitaPC (d54c2e81.access.telenet.be [84.194.46.129])
        by michel.telenet-ops.be with cmsmtp
        id 3kSe2D00A2Zq1Wq01kSeQP; Tue, 27 Oct 2026 14:26:38 +0100
From: "Rita Verhoeven" <rita.verhoeven@telenet.be>
To: <privacy@shop.example.be>
References: <review-reminder-2-1049-88321@mailer.shop.example.be>
In-Reply-To: <review-reminder-2-1049-88321@mailer.shop.example.be>
Subject: RE: Herinnering: hoe was uw bestelling bij Shop Example?
Date: Tue, 27 Oct 2026 14:26:35 +0100
Message-ID: <000a01dc4612$5e1b2c40$1a5184c0$@telenet.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJx5b2cZ0q8Nf1u7RkQm2hTgWv3Aw==
Content-Language: nl-be

Goedemiddag,

Stop alstublieft met deze mails. Dit is al de derde "herinnering" voor één bestelling van een paar sokken. Ik ga geen review schrijven, en ik wil ook geen uitnodigingen, herinneringen of andere reclame meer van jullie per mail. Haal mijn adres van die lijst.

Rita Verhoeven

-----Oorspronkelijk bericht-----
Van: Shop Example <reviews@shop.example.be>
Verzonden: zaterdag 24 oktober 2026 10:00
Aan: rita.verhoeven@telenet.be
Onderwerp: Herinnering: hoe was uw bestelling bij Shop Example?

Beste Rita,

U bestelde onlangs bij ons (bestelling 1049-88321). We horen graag wat u ervan vond!
Een review schrijven duurt maar een minuutje.

[Schrijf een review]

Vragen over uw gegevens? Mail naar privacy@shop.example.be.
Geen uitnodigingen meer ontvangen? Afmelden
'''),

    ('nl', 'person-survey-reply-asks-call-recording', 'access', (),
'''Return-Path: <karolien.maes@icloud.com>
Received: from st43p00im-ztdg10073201.me.com (st43p00im-ztdg10073201.me.com [17.58.63.172])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HqB3m6XpLz9vTG
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 20:11:58 +0100 (CET)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Karolien Maes <karolien.maes@icloud.com>
Mime-Version: 1.0 (1.0)
Subject: Re: Uw mening over uw gesprek met onze klantendienst
Date: Tue, 27 Oct 2026 20:11:49 +0100
Message-Id: <6B1F0E2A-93C4-4D7B-A8E5-2F19C7D0B4E6@icloud.com>
References: <survey.call.77120.1792861920@enquete.shop.example.be>
In-Reply-To: <survey.call.77120.1792861920@enquete.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B83)

Dag,

Ik geef jullie een 3 op 10. Het gesprek zelf was vriendelijk, maar ik heb 2=
5 minuten in de wacht gestaan.

Wat ik eigenlijk wil weten: bij het begin van het gesprek werd gezegd dat h=
et kon worden opgenomen. Ik zou graag een kopie van die opname krijgen, en =
ook zien wat jullie medewerker over mij in mijn klantendossier heeft genote=
erd. En hoelang bewaren jullie zo'n opname eigenlijk?

Groetjes,
Karolien Maes

Verstuurd vanaf mijn iPhone

> Op 27 okt 2026 om 17:12 heeft Shop Example Klantendienst <klantendienst@sh=
op.example.be> het volgende geschreven:
>=20
> =EF=BB=BFBeste Karolien,
>=20
> Vandaag sprak u met onze klantendienst. Hoe tevreden bent u over dit gesp=
rek?
> Geef een score van 0 tot 10: https://enquete.shop.example.be/s/8XK21
>=20
> Met vriendelijke groet,
> Klantendienst Shop Example
>=20
> Vragen over uw persoonsgegevens? privacy@shop.example.be
'''),

    ('fr', 'exchange-online-ndr-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2098.outbound.protection.outlook.com [40.107.20.98])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HpZ8r2LkSz9vTF
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 15:41:09 +0100 (CET)
From: postmaster@lavieenrose-deco.be
To: privacy@shop.example.be
Date: Wed, 28 Oct 2026 14:41:07 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b2f4c8d1-7e3a-4a9f-b6c5-0d8e1f2a3b4c"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <f3a1c5e7-92bd-4e6f-a0c4-7d1e8b2f6a93@AM9PR08MB6739.eurprd08.prod.outlook.com>
In-Reply-To: <20261028144101.3E7F41C0063@mail.shop.example.be>
References: <20261028144101.3E7F41C0063@mail.shop.example.be>
Subject: =?utf-8?Q?Non_remis=C2=A0:_Votre_demande_de_suppression_de_donn=C3=A9es?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--b2f4c8d1-7e3a-4a9f-b6c5-0d8e1f2a3b4c
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message n'a pas pu =C3=AAtre remis =C3=A0 jm.dubois@lavieenrose-deco.=
be, car l'adresse est introuvable ou ne peut pas recevoir de courrier.

Que dois-je faire=C2=A0?
Il est possible que l'adresse ait =C3=A9t=C3=A9 mal orthographi=C3=A9e ou q=
u'elle n'existe plus. V=C3=A9rifiez l'adresse du destinataire et renvoyez l=
e message. Si le probl=C3=A8me persiste, contactez l'administrateur de mess=
agerie du destinataire.

Informations de diagnostic pour les administrateurs=C2=A0:

Serveur de g=C3=A9n=C3=A9ration=C2=A0: AM9PR08MB6739.eurprd08.prod.outlook.=
com

jm.dubois@lavieenrose-deco.be
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t jm.dubois@lavieenrose-deco.be not found by SMTP address lookup'

--b2f4c8d1-7e3a-4a9f-b6c5-0d8e1f2a3b4c
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR08MB6739.eurprd08.prod.outlook.com
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Wed, 28 Oct 2026 14:41:03 +0000

Final-Recipient: rfc822;jm.dubois@lavieenrose-deco.be
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 jm.dubois@lavieenrose-deco.be not found by SMTP address lookup

--b2f4c8d1-7e3a-4a9f-b6c5-0d8e1f2a3b4c
Content-Type: text/rfc822-headers

Received: from mail.shop.example.be (195.130.146.18) by
 AM9PR08MB6739.eurprd08.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8093.12; Wed, 28 Oct 2026 14:41:03 +0000
Date: Wed, 28 Oct 2026 15:41:01 +0100
From: Shop Example BV - Vie privee <privacy@shop.example.be>
To: jm.dubois@lavieenrose-deco.be
Message-ID: <20261028144101.3E7F41C0063@mail.shop.example.be>
Subject: =?utf-8?Q?Votre_demande_de_suppression_de_donn=C3=A9es?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--b2f4c8d1-7e3a-4a9f-b6c5-0d8e1f2a3b4c--
'''),

    ('fr', 'livechat-transcript-privacy-department', 'automated', (),
'''Return-Path: <bounce-7713@mail.livedesk.eu>
Received: from out-14.mail.livedesk.eu (out-14.mail.livedesk.eu [185.112.84.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HqS1x0RvMz9vTK
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 10:21:52 +0100 (CET)
Date: Thu, 29 Oct 2026 10:21:49 +0100
From: Shop Example - Chat <chat@shop.example.be>
Sender: LiveDesk <notifications@mail.livedesk.eu>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Transcription_du_chat_n=C2=B0_58213_=E2=80=93_D=C3=A9partement_Vie_pr?=
 =?utf-8?Q?iv=C3=A9e?=
Message-ID: <transcript.58213.c41e9f@mail.livedesk.eu>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-LiveDesk-Chat-Id: 58213

Transcription de la conversation n° 58213

Département : Vie privée
Visiteur : Sandrine (visiteur non connecté)
Agent : Lucas - Service clients
Début : 29/10/2026 10:14
Fin : 29/10/2026 10:21
Page d'origine : https://www.shop.example.be/fr/confidentialite

[10:14] Sandrine : Bonjour, combien de temps gardez-vous les cookies de mesure d'audience ?
[10:15] Lucas : Bonjour Sandrine ! Les cookies de mesure d'audience sont conservés 13 mois maximum. Tout est détaillé dans notre politique cookies : https://www.shop.example.be/fr/cookies
[10:17] Sandrine : Et je peux les refuser après coup ?
[10:18] Lucas : Oui, via le lien « Paramètres des cookies » tout en bas de chaque page. Vous pouvez changer votre choix quand vous voulez.
[10:20] Sandrine : Parfait, merci beaucoup.
[10:21] Lucas : Avec plaisir, belle journée !
[10:21] Le visiteur a quitté la conversation.

Évaluation du visiteur : positive
Étiquettes : cookies, information

--
Cet e-mail a été généré automatiquement par LiveDesk pour le département « Vie privée ».
Merci de ne pas répondre à ce message.
'''),

    ('fr', 'zendesk-supplier-ticket-merged', 'automated', (),
'''Return-Path: <support+id9LM2T7-RQ4WX@logisto.zendesk.com>
Received: from outbyoip8.pod18.euc1.zdsys.com (outbyoip8.pod18.euc1.zdsys.com [188.172.138.8])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HqT6f2BnJz9vTM
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 11:03:27 +0100 (CET)
Date: Thu, 29 Oct 2026 10:03:24 +0000
From: Service client Logisto <support@logisto.zendesk.com>
Reply-To: Service client Logisto <support+id9LM2T7-RQ4WX@logisto.zendesk.com>
To: Shop Example BV - Vie privee <privacy@shop.example.be>
Message-ID: <9LM2T7RQ4WX_6720b26c4e1a2_7c1f_sprut@zendesk.com>
In-Reply-To: <9LM2T7RQ4WX@zendesk.com>
References: <9LM2T7RQ4WX@zendesk.com>
Subject: =?UTF-8?Q?[Logisto]_Demande_n=C2=B077412_fusionn=C3=A9e_avec_la_demande_n?=
 =?UTF-8?Q?=C2=B077398?=
Mime-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 3e9a71c
X-Zendesk-Email-Id: 01JBF9LM2T7RQ4WX8D2KP5VC1N

##- Veuillez saisir votre r=C3=A9ponse au-dessus de cette ligne -##

Bonjour,

Votre demande n=C2=B077412 =C2=AB Suppression des donn=C3=A9es d'un client =
=E2=80=93 r=C3=A9f. SE-2026-1219 (rappel) =C2=BB a =C3=A9t=C3=A9 ferm=C3=A9=
e et fusionn=C3=A9e avec la demande n=C2=B077398 =C2=AB Suppression des don=
n=C3=A9es d'un client =E2=80=93 r=C3=A9f. SE-2026-1219 =C2=BB.

Toutes les r=C3=A9ponses futures seront ajout=C3=A9es =C3=A0 la demande n=
=C2=B077398. Vous n'avez rien =C3=A0 faire.

Pour ajouter un commentaire, r=C3=A9pondez simplement =C3=A0 cet e-mail.

Service client Logisto

--------------------------------
Cet e-mail est un service de Service client Logisto. Fourni par Zendesk

[9LM2T7-RQ4WX]
'''),

    ('fr', 'person-forwards-review-invitation-asks-source', 'access', (),
'''Return-Path: <nathalie.lemaire@skynet.be>
Received: from mailsec07.proximus.be (mailsec07.proximus.be [195.238.22.157])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hr0pQ3VtYz9vTR
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 09:47:12 +0100 (CET)
From: Nathalie Lemaire <nathalie.lemaire@skynet.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?TR:_Votre_avis_compte_!_?=
 =?utf-8?Q?=C3=89valuez_votre_achat_chez_Shop_Example?=
Date: Fri, 30 Oct 2026 08:47:05 +0000
Message-ID: <PA4P191MB1631E08B2C7D4F9A1B3E62D7C1F02@PA4P191MB1631.EURP191.PROD.OUTLOOK.COM>
Accept-Language: fr-BE, en-US
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Je reçois ce message d'une société « Avis Clients Certifiés » dont je n'avais jamais entendu parler. Je ne leur ai jamais donné mon adresse e-mail. Comme ils citent ma commande du 12 octobre, je suppose que c'est vous qui la leur avez transmise.

Pouvez-vous me dire exactement quelles données me concernant vous leur avez communiquées, et depuis quand ? J'aimerais aussi savoir à quelles autres sociétés mes coordonnées sont transmises.

Merci d'avance pour votre réponse.

Nathalie Lemaire

________________________________
De : Avis Clients Certifiés <no-reply@avis-clients-certifies.fr>
Envoyé : samedi 24 octobre 2026 09:31
À : nathalie.lemaire@skynet.be <nathalie.lemaire@skynet.be>
Objet : Votre avis compte ! Évaluez votre achat chez Shop Example

Bonjour Nathalie,

Vous avez récemment commandé chez Shop Example (commande n° 1049-87214 du 12/10/2026).
Votre expérience nous intéresse ! Donnez votre avis en 1 minute :

[Je donne mon avis]

Votre avis sera publié sur notre plateforme et sur le site du marchand après modération.

Vous recevez ce message car Shop Example fait appel à Avis Clients Certifiés pour recueillir les avis de ses clients.
Se désinscrire
'''),

    ('de', 'challenge-response-antispam-verify-sender', 'automated', (),
'''Return-Path: <>
Received: from mx.hoffmann-it.de (mx.hoffmann-it.de [85.13.146.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HqY0g4KcWz9vTP
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 09:12:44 +0100 (CET)
Date: Thu, 29 Oct 2026 09:12:42 +0100
From: "Spamschutz hoffmann-it.de" <verify@hoffmann-it.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Bitte_best=C3=A4tigen_Sie_Ihre_Nachricht_an_k.hoffmann=40hoffmann-it.de?=
Message-ID: <cr.20261029091242.4f7a2c@hoffmann-it.de>
In-Reply-To: <20261029081238.7D1E41C0072@mail.shop.example.be>
References: <20261029081238.7D1E41C0072@mail.shop.example.be>
Auto-Submitted: auto-replied
Precedence: junk
X-Challenge: sender-verification
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Guten Tag,

Sie haben eine E-Mail an k.hoffmann@hoffmann-it.de gesendet:

  Betreff: Ihre Auskunftsanfrage - Bestätigung Ihrer Identität
  Datum:   29.10.2026 09:12

Dieses Postfach ist durch ein Bestätigungsverfahren vor unerwünschter
Werbung geschützt. Bitte bestätigen Sie einmalig, dass Sie die Nachricht
selbst versendet haben, indem Sie den folgenden Link öffnen:

  https://verify.hoffmann-it.de/c/7Fq2LzA9xR1m

Nach der Bestätigung wird Ihre Nachricht sofort zugestellt; weitere
E-Mails von Ihrer Adresse erreichen den Empfänger künftig ohne Rückfrage.
Unbestätigte Nachrichten werden nach 7 Tagen automatisch gelöscht.

Bitte antworten Sie nicht auf diese E-Mail.

--
Spamschutz von hoffmann-it.de
'''),

    ('de', 'cloud-pbx-missed-call-notice', 'automated', (),
'''Return-Path: <bounce-mc.240@notify.telvio.de>
Received: from mout-notify02.telvio.de (mout-notify02.telvio.de [212.227.126.60])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hr3Qn1MvTz9vTW
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 13:47:05 +0100 (CET)
Date: Fri, 30 Oct 2026 13:47:02 +0100
From: Telvio Cloud-Telefonanlage <noreply@telvio.de>
To: privacy@shop.example.be
Subject: Verpasster Anruf von +32 87 55 41 90
Message-ID: <missedcall.8d31f0a2c7.240@notify.telvio.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Telvio-Event: call.missed

Verpasster Anruf

Anrufer:            +32 87 55 41 90
Angerufene Nummer:  +32 9 330 12 40 (Datenschutz DE)
Nebenstelle:        240 =E2=80=93 Datenschutz
Zeitpunkt:          Freitag, 30.10.2026, 13:46 Uhr
Klingeldauer:       32 Sekunden
Sprachnachricht:    keine

Zur=C3=BCckrufen in der Telvio-App: https://app.telvio.de/calls/mc-8d31f0a2c7

Diese Benachrichtigung wurde automatisch erstellt. E-Mail-Benachrichtigung=
en f=C3=BCr verpasste Anrufe k=C3=B6nnen Sie in den Einstellungen Ihrer Ne=
benstelle =C3=A4ndern.

Telvio GmbH =C2=B7 Am Sandtorkai 50 =C2=B7 20457 Hamburg
'''),

    ('de', 'exchange-onprem-abwesenheit-supplier', 'automated', (),
'''Return-Path: <m.schroeder@kartendruck-rheinland.de>
Received: from mail.kartendruck-rheinland.de (mail.kartendruck-rheinland.de [46.237.199.21])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hs1Xp5HcKz9vV2
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 10:31:18 +0100 (CET)
Received: from KDR-EX01.kdr.local (10.1.1.20) by KDR-EX01.kdr.local
 (10.1.1.20) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Mon, 2 Nov
 2026 10:31:16 +0100
From: =?iso-8859-1?Q?Michael_Schr=F6der?= <m.schroeder@kartendruck-rheinland.de>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Automatische Antwort: Nachtrag zum AV-Vertrag 2026 - Unterlagen zur Unterschrift
Thread-Topic: Nachtrag zum AV-Vertrag 2026 - Unterlagen zur Unterschrift
Thread-Index: AQHbLQ3kV9sYf2nGRk6x1mQb0c7TpA==
Date: Mon, 2 Nov 2026 09:31:16 +0000
Message-ID: <5c2e8f1a9b4d4e07a3c6b1d2e0f9a874@KDR-EX01.kdr.local>
In-Reply-To: <20261102093110.2B6C11C0080@mail.shop.example.be>
References: <20261102093110.2B6C11C0080@mail.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-Exchange-Inbox-Rules-Loop: m.schroeder@kartendruck-rheinland.de
X-Auto-Response-Suppress: All
X-MS-TNEF-Correlator:
Content-Language: de-DE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Sehr geehrte Damen und Herren,

vielen Dank f=FCr Ihre Nachricht. Ich bin bis einschlie=DFlich Freitag, 6. =
November 2026, nicht im B=FCro und habe keinen Zugriff auf meine E-Mails. I=
hre Nachricht wird nicht weitergeleitet.

In dringenden Angelegenheiten zum Datenschutz wenden Sie sich bitte an date=
nschutz@kartendruck-rheinland.de, bei Fragen zu laufenden Auftr=E4gen an au=
ftrag@kartendruck-rheinland.de.

Mit freundlichen Gr=FC=DFen

Michael Schr=F6der
Datenschutzkoordinator
Kartendruck Rheinland GmbH
Industriestra=DFe 14 =B7 50829 K=F6ln
'''),

    ('de', 'person-thanks-above-chat-transcript', 'other', (),
'''Return-Path: <monika.kessler@gmx.net>
Received: from mout.gmx.net (mout.gmx.net [212.227.17.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hr5bT2QwXz9vTZ
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 17:08:44 +0100 (CET)
Received: from [192.168.178.34] ([91.180.71.203]) by mail.gmx.net (mrgmx105
 [212.227.17.174]) with ESMTPSA (Nemesis) id 1MWzk3-1tQ9Xb0pZL-00Xr2d for
 <privacy@shop.example.be>; Fri, 30 Oct 2026 17:08:43 +0100
Message-ID: <8e2b4f1c-3a7d-4c90-b5e6-0f1a2d9c7e43@gmx.net>
Date: Fri, 30 Oct 2026 17:08:42 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Ihr Chatverlauf mit Shop Example vom 30.10.2026
To: Shop Example Chat <privacy@shop.example.be>
References: <transcript.58377.a90c2e@mail.livedesk.eu>
Content-Language: de-DE
From: Monika Kessler <monika.kessler@gmx.net>
In-Reply-To: <transcript.58377.a90c2e@mail.livedesk.eu>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit
X-Provags-ID: V03:K1:tQm8F2bY0xR7sLk9pWz3HcV1nE5jDa6gUq4oTi2yXb7fMw

Hallo,

vielen Dank nochmal an Frau Lambert für die schnelle Hilfe im Chat. Die 
neue Adresse ist jetzt bei meiner Kundenkarte eingetragen, die 
Bestätigung ist auch schon angekommen. Alles bestens!

Freundliche Grüße aus Eupen
Monika Kessler


Am 30.10.26 um 16:52 schrieb Shop Example Chat:
> Ihr Chatverlauf vom 30.10.2026
>
> [16:31] Monika: Guten Tag, ich möchte die E-Mail-Adresse für meine 
> Kundenkarte ändern, die alte gibt es nicht mehr.
> [16:32] Anne Lambert (Shop Example): Guten Tag Frau Kessler! Das 
> erledige ich gern. Wie lautet Ihre Kundenkartennummer?
> [16:34] Monika: 6034 1120 5589 0217
> [16:35] Anne Lambert (Shop Example): Danke. Und die neue Adresse?
> [16:36] Monika: monika.kessler@gmx.net
> [16:40] Anne Lambert (Shop Example): Erledigt. Sie erhalten gleich eine 
> Bestätigung an die neue Adresse.
> [16:41] Monika: Super, danke!
>
> Vielen Dank, dass Sie unseren Chat genutzt haben.
'''),

    ('es', 'whatsapp-business-template-approved', 'automated', (),
'''Return-Path: <notification@facebookmail.com>
Received: from 66-220-155-178.mail-mail.facebook.com (66-220-155-178.mail-mail.facebook.com [66.220.155.178])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hs2Lw0YdRz9vV4
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 13:18:58 +0100 (CET)
Date: Mon, 2 Nov 2026 04:18:55 -0800
From: WhatsApp Business <notification@facebookmail.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Se_ha_aprobado_tu_plantilla_de_mensaje_=22aviso=5Fsolicitud?=
 =?UTF-8?Q?=5Fdatos=22?=
Message-ID: <0a8f3d2e1b7c4a59e6f0c2d8b1a37e4f@async.facebook.com>
Return-Receipt-To: notification@facebookmail.com
X-Facebook: from async.facebook.com
X-Facebook-Notify: whatsapp_business_template_status; mailid=5f2a91c7e0d3b48aG5af3b2c1d0e9f8G0
X-Priority: 3
X-Mailer: ZuckMail [version 1.00]
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="b1_5a7e0c3f9d2b4e18a6c0f7d3e9b2a1c4"

--b1_5a7e0c3f9d2b4e18a6c0f7d3e9b2a1c4
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hola, Shop Example BV:

Se ha aprobado tu plantilla de mensaje aviso_solicitud_datos (español) para la cuenta de WhatsApp Business Shop Example BV. Ya puedes usarla para enviar mensajes a tus clientes.

Nombre de la plantilla: aviso_solicitud_datos
Idioma: Español
Categoría: Utilidad
Número de teléfono: +32 9 330 12 00

Ver la plantilla en el Administrador de WhatsApp:
https://business.facebook.com/wa/manage/message-templates/?waba_id=418820736115902

Gracias,
El equipo de WhatsApp Business

========================================
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanda
Este mensaje se envió a privacy@shop.example.be. Para ayudar a proteger tu cuenta, no reenvíes este correo electrónico.

--b1_5a7e0c3f9d2b4e18a6c0f7d3e9b2a1c4
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="margin:0;padding:0;font-family:Helvetica,Arial,sans-serif;color:#1c1e21">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="520"><tr><td style="padding:24px 0">
<p style="font-size:20px;font-weight:bold">Se ha aprobado tu plantilla de mensaje</p>
<p>Hola, Shop Example BV:</p>
<p>Se ha aprobado tu plantilla de mensaje <b>aviso_solicitud_datos</b> (español) para la cuenta de WhatsApp Business Shop Example BV. Ya puedes usarla para enviar mensajes a tus clientes.</p>
<p><a href="https://business.facebook.com/wa/manage/message-templates/?waba_id=418820736115902" style="background:#1877f2;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none">Ver plantilla</a></p>
<p style="font-size:11px;color:#8a8d91">Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanda<br>Este mensaje se envió a privacy@shop.example.be.</p>
</td></tr></table>
</td></tr></table>
</body></html>

--b1_5a7e0c3f9d2b4e18a6c0f7d3e9b2a1c4--
'''),

    ('es', 'freshdesk-partner-ticket-acknowledgement', 'automated', (),
'''Return-Path: <bounces+srs=kq7b2=privacy=shop.example.be@emailus.freshdesk.com>
Received: from mail111-24.atl.mcsv.net (mail111-24.atl.mcsv.net [198.2.111.24])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hs7cF3PzDz9vV8
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 09:44:10 +0100 (CET)
Date: Tue, 3 Nov 2026 08:44:07 +0000
From: =?UTF-8?Q?Atenci=C3=B3n_al_Cliente_-_Env=C3=ADos_Ib=C3=A9ricos?= <ayuda@enviosibericos.es>
Reply-To: ayuda@enviosibericos.es
To: privacy@shop.example.be
Message-ID: <6727372799c4e_2f1b8a3c0d45f91@fd-email-worker-5c8b.mail>
In-Reply-To: <20261103084352.6D9E21C0084@mail.shop.example.be>
References: <20261103084352.6D9E21C0084@mail.shop.example.be>
Subject: =?UTF-8?Q?[#448120]_Hemos_recibido_tu_consulta?=
Mime-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk

<html><body>
<div style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hola,</p>
<p>Gracias por escribirnos. Hemos recibido tu mensaje y hemos abierto la incidencia <b>n.º 448120</b>:</p>
<p style="margin-left:20px"><i>Solicitud de supresión de datos de un cliente - ref. SE-2026-1227</i></p>
<p>Nuestro equipo la revisará y te responderá en un plazo máximo de 48 horas laborables. Si quieres añadir información, responde a este correo sin cambiar el asunto para que se incorpore a la misma incidencia.</p>
<p>Horario de atención: de lunes a viernes, de 9:00 a 18:00 (hora peninsular).</p>
<p>Un saludo,<br>Equipo de Atención al Cliente<br>Envíos Ibéricos S.L.</p>
<p style="font-size:11px;color:#999">Este es un mensaje automático generado por nuestro sistema de soporte.</p>
</div>
</body></html>
'''),

    ('es', 'cpanel-autoresponder-mailbox-no-longer-active', 'automated', (),
'''Return-Path: <>
Received: from srv42.hostalia-web.es (srv42.hostalia-web.es [212.36.74.142])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hs8Jz5WqGz9vVB
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 10:57:31 +0100 (CET)
Received: from grupoalvera by srv42.hostalia-web.es with local (Exim 4.98)
	id 1t7X2q-0009kR-1M
	for privacy@shop.example.be; Tue, 03 Nov 2026 10:57:28 +0100
X-Autorespond: Re: Su solicitud de acceso - verificación de identidad (ref. SE-2026-1230)
Precedence: auto_reply
X-Precedence: auto_reply
Auto-Submitted: auto-replied
From: Grupo Alvera <cristina.navarro@grupoalvera.es>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Esta_direcci=C3=B3n_de_correo_ya_no_est=C3=A1_operativa?=
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0
Message-Id: <E1t7X2q-0009kR-1M@srv42.hostalia-web.es>
Date: Tue, 03 Nov 2026 10:57:28 +0100

Buenos días:

Le informamos de que Cristina Navarro ya no forma parte de Grupo Alvera y de que esta dirección de correo electrónico ya no está operativa. Su mensaje no será leído ni reenviado.

Para asuntos comerciales puede dirigirse a comercial@grupoalvera.es y, para cualquier otra consulta, a info@grupoalvera.es o al teléfono +34 963 52 18 40.

Atentamente,
Grupo Alvera
'''),

    ('es', 'person-reply-above-callback-notice-wrong-details', 'correction', (),
'''Return-Path: <alejandro.ruizc@outlook.es>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02olkn2085.outbound.protection.outlook.com [40.92.50.85])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HqZ4s1BfKz9vTQ
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 12:38:20 +0100 (CET)
From: =?utf-8?B?QWxlamFuZHJvIFJ1aXo=?= <alejandro.ruizc@outlook.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Re: Hemos programado tu llamada
Date: Thu, 29 Oct 2026 11:38:14 +0000
Message-ID: <AS8P250MB0912C4B7E1F0D2A39E6B58A1D4F72@AS8P250MB0912.EURP250.PROD.OUTLOOK.COM>
References: <callback.51847.1792829100@contact.shop.example.be>
In-Reply-To: <callback.51847.1792829100@contact.shop.example.be>
Accept-Language: es-ES, fr-BE
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Hola:

El número que aparece abajo ya no es el mío, lo di de baja hace más de un año. El bueno es el +32 470 28 64 13, llámenme a ese.

Y ya que estamos, corrijan por favor mis datos en la ficha de cliente: sigue saliendo mi antigua dirección de Ixelles y desde marzo vivo en Rue de la Victoire 58, 1060 Saint-Gilles. Además el apellido está mal escrito, es Ruiz Calderón (con tilde en la o), no "Ruis Calderon".

Gracias.

Enviado desde mi iPhone

> El 29 oct 2026, a las 9:05, Shop Example Servicio al Cliente <noreply-callback@shop.example.be> escribió:
>
> Hola, Alejandro:
>
> Hemos programado la llamada que solicitaste.
>
> Fecha: jueves, 5 de noviembre de 2026
> Hora: entre las 10:00 y las 12:00
> Número: +32 476 91 05 37
> Motivo: consulta sobre tu pedido 1049-88790
>
> Si no puedes atender la llamada, cámbiala o cancélala aquí: https://contact.shop.example.be/cb/51847
>
> Este es un mensaje automático. Si tienes preguntas sobre tus datos personales, escribe a privacy@shop.example.be.
'''),

    ('it', 'review-platform-review-flagged', 'automated', (),
'''Return-Path: <noreply@notifiche.recensionicerte.it>
Received: from smtp-out3.recensionicerte.it (smtp-out3.recensionicerte.it [93.62.171.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HqL9d2RwPz9vTJ
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 16:05:40 +0100 (CET)
Date: Wed, 28 Oct 2026 16:05:37 +0100
From: RecensioniCerte <noreply@notifiche.recensionicerte.it>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Segnalazione_ricevuta:_la_recensione_#R-88213_=C3=A8_in_revisi?=
 =?UTF-8?Q?one?=
Message-ID: <flag.R-88213.20261028160537@notifiche.recensionicerte.it>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
List-Unsubscribe: <https://business.recensionicerte.it/impostazioni/notifiche>

Gentile Shop Example BV,

ti informiamo che la recensione #R-88213 pubblicata il 27/10/2026 sulla tua=
 pagina =C3=A8 stata segnalata ed =C3=A8 temporaneamente nascosta in attes=
a di verifica.

Motivo della segnalazione: la recensione contiene dati personali (numero di=
 telefono)
Segnalata da: un utente della piattaforma
Stato: in revisione

Il nostro team di moderazione esaminer=C3=A0 la segnalazione entro 3 giorni=
 lavorativi. Non =C3=A8 richiesta alcuna azione da parte tua: riceverai un'=
e-mail quando la verifica sar=C3=A0 conclusa.

Puoi seguire lo stato della segnalazione nella tua area riservata:
https://business.recensionicerte.it/recensioni/R-88213

Il team di RecensioniCerte

--
Questa =C3=A8 una comunicazione di servizio. Ricevi questa e-mail perch=C3=
=A9 sei amministratore dell'account Shop Example BV.
'''),

    ('it', 'contact-centre-weekly-quality-report-pdf', 'automated', (),
'''Return-Path: <report@qualicall.it>
Received: from mx-out.qualicall.it (mx-out.qualicall.it [151.1.214.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hs1Bq3NtVz9vV1
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 07:00:14 +0100 (CET)
Date: Mon, 2 Nov 2026 07:00:09 +0100
From: QualiCall Reportistica <report@qualicall.it>
To: privacy@shop.example.be
Cc: qa-team@qualicall.it
Subject: =?UTF-8?Q?Report_settimanale_qualit=C3=A0_-_Settimana_44_-_Shop_Example_?=
 =?UTF-8?Q?BV_(coda_Privacy)?=
Message-ID: <rpt.w44.shopexample.privacy.1793080809@qualicall.it>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_qc_rpt_9f3e7a1b2c5d"
X-Mailer: QualiCall Scheduler 4.2
Auto-Submitted: auto-generated

--=_qc_rpt_9f3e7a1b2c5d
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Buongiorno,

in allegato il report settimanale di monitoraggio qualità per il cliente Shop Example BV, coda Privacy/GDPR.

Riepilogo settimana 44 (26/10/2026 - 01/11/2026):
- Contatti gestiti: 63 (telefono 41, chat 22)
- Contatti valutati: 12
- Punteggio medio qualità: 87,5 / 100 (settimana 43: 84,1)
- Verifica dell'identità eseguita correttamente: 11 su 12
- Informativa sulla registrazione letta a inizio chiamata: 12 su 12
- Tempo medio di attesa: 1 min 48 s

Il dettaglio per operatore è disponibile nel PDF allegato e sulla piattaforma QualiCall.

Messaggio generato automaticamente dal sistema QualiCall. Si prega di non rispondere a questa e-mail.

--=_qc_rpt_9f3e7a1b2c5d
Content-Type: application/pdf; name="QC_ShopExample_Privacy_W44_2026.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="QC_ShopExample_Privacy_W44_2026.pdf"

JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCnRyYWlsZXIKPDwgL1Jvb3QgMSAw
IFIgPj4KJSVFT0YK

--=_qc_rpt_9f3e7a1b2c5d--
'''),

    ('it', 'gmail-vacation-responder-customer', 'automated', (),
'''Return-Path: <federica.colombo.mi@gmail.com>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with SMTPS id 4Hs9Tg0KzMz9vVD
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 11:22:19 +0100 (CET)
Received: by mail-sor-f41.google.com with SMTPS id 2adb3069b0e04-53b1e0f9a4cso1187642e87.2
        for <privacy@shop.example.be>
        (Google Transport Security);
        Tue, 03 Nov 2026 02:22:18 -0800 (PST)
MIME-Version: 1.0
From: Federica Colombo <federica.colombo.mi@gmail.com>
Date: Tue, 3 Nov 2026 02:22:17 -0800
Message-ID: <CAJx7Rm2v0Pq+Zt4Lk8wN1sYbE5dH3gF9oU6aT2iC0xW7nQ4eVg@mail.gmail.com>
Subject: In ferie fino al 9 novembre
To: privacy@shop.example.be
In-Reply-To: <20261103102211.4C8A71C0087@mail.shop.example.be>
References: <20261103102211.4C8A71C0087@mail.shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="00000000000062c9f40626a1d3b8"

--00000000000062c9f40626a1d3b8
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Ciao! Sono in ferie fino a luned=C3=AC 9 novembre e controllo la posta solo=
 ogni tanto. Risponder=C3=B2 appena rientro.
Per cose urgenti mi trovate al 347 218 4490.

Federica

--00000000000062c9f40626a1d3b8
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Ciao! Sono in ferie fino a luned=C3=AC 9 novembre e contro=
llo la posta solo ogni tanto. Risponder=C3=B2 appena rientro.<div>Per cose =
urgenti mi trovate al 347 218 4490.</div><div><br></div><div>Federica</div>=
</div>

--00000000000062c9f40626a1d3b8--
'''),

    ('it', 'person-forwards-bounce-from-old-dpo-address-asks-deletion', 'deletion', (),
'''Return-Path: <g.marino@libero.it>
Received: from smtp-17.iol.local (smtp-17-out.libero.it [213.209.10.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hs0Hc6TnRz9vTz
        for <privacy@shop.example.be>; Sun, 1 Nov 2026 18:52:36 +0100 (CET)
Received: from libero.it ([10.102.4.51])
	by smtp-17.iol.local with ESMTPA
	id 6vQ1t4sLm2XGg6vQ1tZkYb; Sun, 01 Nov 2026 18:52:35 +0100
Date: Sun, 1 Nov 2026 18:52:35 +0100 (CET)
From: Giuseppe Marino <g.marino@libero.it>
To: privacy@shop.example.be
Message-ID: <1904528717.3317641.1793123555211@mail1.libero.it>
Subject: Fwd: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Priority: 3
Importance: Normal
User-Agent: Libero Mail

Buongiorno,

ho scritto all'indirizzo dpo@shop.example.be indicato nella vostra informativa privacy, ma il messaggio mi è tornato indietro (vedi sotto). Lo rimando quindi a questo indirizzo, che ho trovato sul vostro sito.

Vi chiedo di cancellare il mio account cliente (registrato con questa e-mail, g.marino@libero.it) e tutti i dati personali che avete su di me, compresi quelli della carta fedeltà n. 6034 1120 7781 5502. Non ho ordini in corso né resi aperti.

Grazie, cordiali saluti
Giuseppe Marino


---------- Messaggio originale ----------
Da: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
A: g.marino@libero.it
Data: 1 novembre 2026 alle 18.40
Oggetto: Undelivered Mail Returned to Sender

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dpo@shop.example.be>: unknown user: "dpo"
'''),

    ('pt', 'zendesk-supplier-ticket-solved', 'automated', (),
'''Return-Path: <suporte+id4TR8K1-ZX7QM@paganet.zendesk.com>
Received: from outbyoip21.pod18.euc1.zdsys.com (outbyoip21.pod18.euc1.zdsys.com [188.172.138.21])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hr9Fv2CwSz9vTs
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 12:15:02 +0100 (CET)
Date: Sat, 31 Oct 2026 11:14:59 +0000
From: Suporte PagaNet <suporte@paganet.zendesk.com>
Reply-To: Suporte PagaNet <suporte+id4TR8K1-ZX7QM@paganet.zendesk.com>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Message-ID: <4TR8K1ZX7QM_67236743a91c0_2e4d_sprut@zendesk.com>
In-Reply-To: <4TR8K1ZX7QM@zendesk.com>
References: <4TR8K1ZX7QM@zendesk.com>
Subject: =?UTF-8?Q?[PagaNet]_O_seu_pedido_#31877_foi_resolvido?=
Mime-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 5b07d3e
X-Zendesk-Email-Id: 01JBK4TR8K1ZX7QM6C3WD9HF0P

##- Escreva a sua resposta acima desta linha -##

O seu pedido (31877) "Elimina=C3=A7=C3=A3o de dados de titular =E2=80=93 re=
f. SE-2026-1184" foi marcado como resolvido.

Se considera que a quest=C3=A3o n=C3=A3o ficou resolvida, basta responder a=
 este e-mail nos pr=C3=B3ximos 7 dias para reabrir o pedido. Depois desse p=
razo o pedido ser=C3=A1 fechado e poder=C3=A1 abrir um novo em suporte.pagan=
et.pt.

Com os melhores cumprimentos,
Equipa de Suporte PagaNet

--------------------------------
Este e-mail =C3=A9 um servi=C3=A7o de Suporte PagaNet. Enviado por Zendesk

[4TR8K1-ZX7QM]
'''),

    ('pt', 'chat-platform-offline-message-notice-br', 'automated', (),
'''Return-Path: <notificacoes@atendy.com.br>
Received: from mta-07.atendy.com.br (mta-07.atendy.com.br [177.70.102.87])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HsFq84YwBz9vVK
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 22:47:39 +0100 (CET)
Date: Tue, 3 Nov 2026 18:47:31 -0300
From: Atendy <notificacoes@atendy.com.br>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nova_mensagem_offline_no_departamento_Privacidade?=
Message-ID: <offline.7f2c9e41.20261103214731@atendy.com.br>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Atendy-Notification: offline_message

Olá, equipe Shop Example!

Você recebeu 1 nova mensagem offline no widget de atendimento do site www.shop.example.be (departamento: Privacidade).

Recebida em: 03/11/2026 às 22:47 (horário de Bruxelas)
Canal: Chat do site
Visitante: não identificado

Por motivos de segurança, o conteúdo da mensagem não é exibido neste e-mail. Acesse o painel para ler e responder:
https://app.atendy.com.br/inbox/offline/7f2c9e41

Você está recebendo este aviso porque é membro do departamento Privacidade. Para alterar suas notificações, acesse Configurações > Notificações.

Atendy - Atendimento multicanal
'''),

    ('pt', 'outlook-read-receipt-mdn', 'automated', (),
'''Return-Path: <ana.ferreira@sapo.pt>
Received: from smtp.sapo.pt (relay6.ptmail.sapo.pt [212.55.154.26])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Hs3Wc1RkFz9vV6
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 20:31:20 +0100 (CET)
From: Ana Ferreira <ana.ferreira@sapo.pt>
To: "Shop Example BV - Privacy" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Lida:_Pedido_de_acesso_aos_seus_dados_-_verifica=E7=E3o_de?=
 =?iso-8859-1?Q?_identidade?=
Date: Mon, 2 Nov 2026 19:31:12 -0000
Message-ID: <001201dc4c71$8e5d3f20$ab17bd60$@sapo.pt>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0013_01DC4C71.8E5D3F20"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdtMcY5YQv3k2PqHTw6r1sJbUe0ZfA==
Content-Language: pt-pt

This is a multipart message in MIME format.

------=_NextPart_000_0013_01DC4C71.8E5D3F20
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

A sua mensagem

  Para: Ana Ferreira
  Assunto: Pedido de acesso aos seus dados - verifica=E7=E3o de identidade
  Enviada: segunda-feira, 2 de novembro de 2026 11:05:41 (UTC+01:00) Ames=
terd=E3o, Berlim, Berna, Roma, Estocolmo, Viena

foi lida em segunda-feira, 2 de novembro de 2026 19:31:12 (UTC+00:00) Dub=
lin, Edimburgo, Lisboa, Londres.

------=_NextPart_000_0013_01DC4C71.8E5D3F20
Content-Type: message/disposition-notification

Reporting-UA: DESKTOP-AF7K2Q; Microsoft Outlook 16.0
Final-Recipient: rfc822;ana.ferreira@sapo.pt
Original-Message-ID: <20261102100541.9A7C31C0071@mail.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0013_01DC4C71.8E5D3F20--
'''),

    ('pt', 'person-reply-above-ticket-ack-wants-file', 'portability', (),
'''Return-Path: <joana.sousa88@hotmail.com>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2031.outbound.protection.outlook.com [40.92.91.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4HsB2k3VdPz9vVF
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 15:26:44 +0100 (CET)
From: Joana Sousa <joana.sousa88@hotmail.com>
To: Shop Example <privacy@shop.example.be>
Subject: RE: [Shop Example] Recebemos o seu pedido #20954
Thread-Topic: [Shop Example] Recebemos o seu pedido #20954
Date: Tue, 3 Nov 2026 14:26:38 +0000
Message-ID: <DB7PR10MB2451F6C3A0E94B1D7E2C58B0A9D13@DB7PR10MB2451.EURPRD10.PROD.OUTLOOK.COM>
References: <fd.20954.ack.1793278920@shopexample.freshdesk.com>
In-Reply-To: <fd.20954.ack.1793278920@shopexample.freshdesk.com>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Boa tarde,

Obrigada. Só para esclarecer o meu pedido, porque acho que não me expliquei bem: não preciso de uma lista em PDF nem de uma carta. O que quero são os meus dados (dados da conta, histórico de encomendas e os pontos do cartão de cliente) num ficheiro que dê para abrir e reutilizar, por exemplo CSV ou Excel.

Vou passar a fazer as compras noutra loja online e gostava de levar essa informação comigo. Se puderem enviar diretamente para eles, melhor ainda, mas um ficheiro para mim já chega.

Cumprimentos,
Joana Sousa

Obter o Outlook para Android
________________________________
De: Shop Example <privacy@shop.example.be>
Enviado: terça-feira, 3 de novembro de 2026 14:02
Para: joana.sousa88@hotmail.com <joana.sousa88@hotmail.com>
Assunto: [Shop Example] Recebemos o seu pedido #20954

##- Escreva a sua resposta acima desta linha -##

Olá Joana,

Recebemos o seu pedido #20954 "Os meus dados" e vamos responder o mais rapidamente possível, normalmente no prazo de 2 dias úteis.

Para acrescentar informação, basta responder a este e-mail.

Shop Example BV - Equipa de Privacidade
'''),
]

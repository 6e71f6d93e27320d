"""Thirty-third set, automatic mail of the services around the shop's app, loyalty card and stores, and people who write like it (14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'google-play-data-safety', 'automated', (),
'''Return-Path: <3Kx1lZwgKDz8wy-rlmgnjyx.lnnlqjwhnxkhf.rnf@scoutcamp.bounces.google.com>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Gk2cL0qzXz9tR
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 17:42:11 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=20230601; h=to:from:subject:message-id:feedback-id:date:mime-version; bh=8Yp0kG0n3M5qv0q1F3Qm0t8m1+5bM1xq4sT2u0p6V3k=; b=Zq1...
MIME-Version: 1.0
Date: Tue, 03 Nov 2026 08:42:10 -0800
Message-ID: <0000000000004c1a8f06231d8e2b@google.com>
Feedback-ID: P-10-0:C20060867:M110136315-en:gamma
Subject: Action required: Update your app's Data safety section
From: Google Play Console <noreply-play-developer-console@google.com>
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000004c1a7506231d8e2a"

--0000000000004c1a7506231d8e2a
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

SGkgU2hvcCBFeGFtcGxlIEJWIGRldmVsb3BlciwKCldlJ3JlIHJlYWNoaW5nIG91dCBiZWNhdXNl
IHRoZSBEYXRhIHNhZmV0eSBzZWN0aW9uIGZvciBTaG9wIEV4YW1wbGUgLSBIb21lICYgR2FyZGVu
IChiZS5leGFtcGxlLnNob3ApIG1heSBub3QgYWNjdXJhdGVseSByZWZsZWN0IHRoZSBkYXRhIHlv
dXIgYXBwIGNvbGxlY3RzIG9yIHNoYXJlcy4KCk91ciByZXZpZXcgZm91bmQgdGhhdCB5b3VyIGFw
cCBjb2xsZWN0cyBQcmVjaXNlIGxvY2F0aW9uIGFuZCBEZXZpY2Ugb3Igb3RoZXIgSURzLCB3aGlj
aCBhcmUgbm90IGRlY2xhcmVkIGluIHlvdXIgRGF0YSBzYWZldHkgZm9ybS4KCkFjdGlvbiByZXF1
aXJlZDogdXBkYXRlIHlvdXIgRGF0YSBzYWZldHkgZm9ybSBpbiBQbGF5IENvbnNvbGUgYnkgRGVj
ZW1iZXIgMTQsIDIwMjYuIElmIHlvdSBkbyBub3QgdGFrZSBhY3Rpb24sIGZ1dHVyZSBhcHAgdXBk
YXRlcyBtYXkgYmUgcmVqZWN0ZWQuCgpHbyB0byBQbGF5IENvbnNvbGU6Cmh0dHBzOi8vcGxheS5n
b29nbGUuY29tL2NvbnNvbGUvZGV2ZWxvcGVycy9hcHAvYXBwLWNvbnRlbnQvZGF0YS1wcml2YWN5
LXNlY3VyaXR5CgpUaGUgR29vZ2xlIFBsYXkgVGVhbQoKKGMpIDIwMjYgR29vZ2xlIExMQyAxNjAw
IEFtcGhpdGhlYXRyZSBQYXJrd2F5LCBNb3VudGFpbiBWaWV3LCBDQSA5NDA0MwpZb3UgaGF2ZSBy
ZWNlaXZlZCB0aGlzIG1hbmRhdG9yeSBzZXJ2aWNlIGFubm91bmNlbWVudCB0byB1cGRhdGUgeW91
IGFib3V0IGltcG9ydGFudCBjaGFuZ2VzIHRvIEdvb2dsZSBQbGF5IG9yIHlvdXIgYWNjb3VudC4K

--0000000000004c1a7506231d8e2a
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Roboto,Arial,sans-serif">
<p>Hi Shop Example BV developer,</p>
<p>We're reaching out because the <b>Data safety</b> section for <b>Shop Ex=
ample &ndash; Home &amp; Garden</b> (be.example.shop) may not accurately re=
flect the data your app collects or shares.</p>
<p>Our review found that your app collects <b>Precise location</b> and <b>D=
evice or other IDs</b>, which are not declared in your Data safety form.</p>
<p><b>Action required:</b> update your Data safety form in Play Console by =
December 14, 2026. If you do not take action, future app updates may be rej=
ected.</p>
<p><a href=3D"https://play.google.com/console/developers/app/app-content/da=
ta-privacy-security">Go to Play Console</a></p>
<p>The Google Play Team</p>
<p style=3D"font-size:11px;color:#777">&copy; 2026 Google LLC 1600 Amphithe=
atre Parkway, Mountain View, CA 94043<br>You have received this mandatory s=
ervice announcement to update you about important changes to Google Play or=
 your account.</p>
</body></html>

--0000000000004c1a7506231d8e2a--
'''),
    ('en', 'appfollow-review-alert', 'automated', (),
'''Return-Path: <bounces+2217755-9c1e-privacy=shop.example.be@em3412.appfollow.io>
Received: from o1.em3412.appfollow.io (o1.em3412.appfollow.io [167.89.71.22])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkQ2w1JnBz9tZ
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 06:15:03 +0100 (CET)
Date: Thu, 05 Nov 2026 05:15:02 +0000 (UTC)
From: AppFollow <notifications@appfollow.io>
Reply-To: no-reply@appfollow.io
To: privacy@shop.example.be
Message-ID: <dWtR3q0aS7yR2ZkLxv1P9g@geopod-ismtpd-12>
Subject: =?UTF-8?B?4piFIE5ldyAxLXN0YXIgcmV2aWV3IGZvciBTaG9wIEV4YW1wbGUgKEFwcCBTdG9yZSwgQkUp?=
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="5b0d2c7e0b8a4e1f9a2b3c4d5e6f7a8b"
X-SG-EID: u001.Qf5N1hX1j3nYl9o2dVh3v0s4tKp1q7
X-Entity-ID: 8K2nFq1r0aLzq3bXyW0u9Q==
List-Unsubscribe: <https://appfollow.io/settings/notifications?u=88213>
Auto-Submitted: auto-generated

--5b0d2c7e0b8a4e1f9a2b3c4d5e6f7a8b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

New review for Shop Example - Home & Garden
App Store - Belgium - version 4.12.0

★☆☆☆☆  "Privacy nightmare"
by garden_gert_79, 4 Nov 2026

App keeps asking for my location even in the background. I wrote to
support twice. DELETE MY DATA and my account, I don't want you tracking me.

Reply to this review: https://watch.appfollow.io/reviews?app=1488201&id=11984432771

You receive this e-mail because a review alert is set for workspace
"Shop Example BV". Manage alerts: https://watch.appfollow.io/settings/alerts

--5b0d2c7e0b8a4e1f9a2b3c4d5e6f7a8b
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><table width="600"><tr><td>
<h3>New review for Shop Example - Home &amp; Garden</h3>
<p style="color:#888">App Store &middot; Belgium &middot; version 4.12.0</p>
<p><span style="color:#f5a623">★☆☆☆☆</span> <b>"Privacy nightmare"</b><br>by garden_gert_79, 4 Nov 2026</p>
<p>App keeps asking for my location even in the background. I wrote to support twice. DELETE MY DATA and my account, I don't want you tracking me.</p>
<p><a href="https://watch.appfollow.io/reviews?app=1488201&amp;id=11984432771">Reply to this review</a></p>
<p style="font-size:11px;color:#999">You receive this e-mail because a review alert is set for workspace "Shop Example BV". <a href="https://watch.appfollow.io/settings/alerts">Manage alerts</a></p>
</td></tr></table></body></html>

--5b0d2c7e0b8a4e1f9a2b3c4d5e6f7a8b--
'''),
    ('en', 'postfix-bounce-ereceipt', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
	id 4GkV7p3S2Jz9tY; Fri,  6 Nov 2026 14:02:55 +0100 (CET)
Date: Fri,  6 Nov 2026 14:02:55 +0100 (CET)
From: MAILER-DAEMON@receipts.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4GkV7p3S2Jz9tY.1762434175/receipts.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261106130255.4GkV7p3S2Jz9tY@receipts.shop.example.be>

This is a MIME-encapsulated message.

--4GkV7p3S2Jz9tY.1762434175/receipts.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8

This is the mail system at host receipts.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.vandamme1961@telenet.be>: host mx.telenet.be[195.130.132.41] said: 550
    5.1.1 <j.vandamme1961@telenet.be>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--4GkV7p3S2Jz9tY.1762434175/receipts.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; receipts.shop.example.be
X-Postfix-Queue-ID: 4GkV7p3S2Jz9tY
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri,  6 Nov 2026 14:02:54 +0100 (CET)

Final-Recipient: rfc822; j.vandamme1961@telenet.be
Original-Recipient: rfc822;j.vandamme1961@telenet.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.telenet.be
Diagnostic-Code: smtp; 550 5.1.1 <j.vandamme1961@telenet.be>: Recipient address
    rejected: User unknown

--4GkV7p3S2Jz9tY.1762434175/receipts.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from ereceipt-worker-3 (unknown [10.20.1.33])
	by receipts.shop.example.be (Postfix) with ESMTP id 4GkV7p3S2Jz9tY
	for <j.vandamme1961@telenet.be>; Fri,  6 Nov 2026 14:02:54 +0100 (CET)
From: Shop Example <e-receipt@shop.example.be>
Reply-To: privacy@shop.example.be
To: j.vandamme1961@telenet.be
Subject: Your receipt from Shop Example Gent-Zuid (06/11/2026)
Date: Fri, 06 Nov 2026 14:02:51 +0100
Message-ID: <rcpt-2026110614025-GZ-0412-88123@receipts.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_rcpt_b7c1"

--4GkV7p3S2Jz9tY.1762434175/receipts.shop.example.be--
'''),
    ('en', 'person-reply-above-ereceipt', 'withdraw_consent', (),
'''Return-Path: <mike.oconnell@btinternet.com>
Received: from sa-prd-rgout-004.btmx-prd.synchronoss.net (sa-prd-rgout-004.btmx-prd.synchronoss.net [185.185.164.151])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gl0Tn2b1Xz9tR
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 20:11:47 +0100 (CET)
From: Mike O'Connell <mike.oconnell@btinternet.com>
To: Shop Example <privacy@shop.example.be>
Subject: RE: Your receipt from Shop Example Antwerpen-Wijnegem (07/11/2026)
Date: Mon, 9 Nov 2026 19:11:40 +0000
Message-ID: <000c01dc51a9$7e2b4a10$7a81de30$@btinternet.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHcUal+K0p3xv2mS0GmY8O7S7dOaQ==
Content-Language: en-gb

Hello,

please stop sending these receipts, I never asked for them. I paid at the
till, the girl asked for my email for "the guarantee" and since then I get
a receipt and some offer every time. I don't want any e-mails from you
any more, no receipts, no offers. A paper receipt is fine.

Mike

-----Original Message-----
From: Shop Example <e-receipt@shop.example.be> 
Sent: 07 November 2026 11:32
To: mike.oconnell@btinternet.com
Subject: Your receipt from Shop Example Antwerpen-Wijnegem (07/11/2026)

Thank you for shopping at Shop Example!

Store: Antwerpen-Wijnegem   Till 04   Receipt 0412-77310
Date: 07/11/2026 11:31

1 x Garden hose reel 30 m         EUR  39.99
2 x Terracotta pot 24 cm          EUR  13.98
1 x Bird feeder (wood)            EUR   9.49
----------------------------------------------
TOTAL                             EUR  63.46
Paid by Bancontact                EUR  63.46

This week only: 20% off all garden lighting with your loyalty card!

Questions about your data? Reply to this e-mail or see
https://www.shop.example.be/privacy
'''),
    ('en', 'loyalty-platform-job-failed', 'automated', (),
'''Return-Path: <noreply@alerts.loyaltyhub.io>
Received: from smtp-out-2.loyaltyhub.io (smtp-out-2.loyaltyhub.io [52.29.14.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gl6bq0s3mz9tV
	for <privacy@shop.example.be>; Wed, 11 Nov 2026 03:05:12 +0100 (CET)
Date: Wed, 11 Nov 2026 02:05:09 +0000
From: LoyaltyHub Scheduler <noreply@alerts.loyaltyhub.io>
To: privacy@shop.example.be
Subject: [LoyaltyHub][shop-example-be][FAILED] Scheduled job "gdpr_erasure_queue" failed (run #1184)
Message-ID: <job-1184.gdpr_erasure_queue.1762826709@scheduler.loyaltyhub.io>
X-Mailer: LoyaltyHub Notifier 3.8.2
X-LoyaltyHub-Tenant: shop-example-be
X-LoyaltyHub-Event: job.failed
Precedence: bulk
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Job:         gdpr_erasure_queue
Tenant:      shop-example-be
Run:         #1184
Started:     2026-11-11 02:00:00 UTC
Finished:    2026-11-11 02:05:08 UTC
Status:      FAILED (exit code 2)

Summary:
  Erasure requests in queue:   7
  Processed:                    4
  Failed:                       3

Errors:
  member 88120431  ERR_MEMBER_HAS_OPEN_ORDERS  "delete my account and all data"
  member 88131977  ERR_TIMEOUT_POS_SYNC        "Please remove me from loyalty program"
  member 88144502  ERR_TIMEOUT_POS_SYNC        (no comment)

The job will be retried automatically at 2026-11-12 02:00 UTC.
Log: https://console.loyaltyhub.io/t/shop-example-be/jobs/gdpr_erasure_queue/runs/1184

--
This notification was sent automatically by LoyaltyHub. Do not reply.
To change who receives job alerts, go to Settings > Notifications.
'''),
    ('en', 'icloud-autoreply-loyalty-statement', 'automated', (),
'''Return-Path: <sophie.marchetti@icloud.com>
Received: from st43p00im-zteg10063401.me.com (st43p00im-zteg10063401.me.com [17.58.63.173])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlJ0c2Zk7z9tR
	for <privacy@shop.example.be>; Sun, 15 Nov 2026 09:20:41 +0100 (CET)
From: Sophie Marchetti <sophie.marchetti@icloud.com>
To: privacy@shop.example.be
Subject: Re: Your November points statement - 1,240 points
Date: Sun, 15 Nov 2026 08:20:39 +0000 (GMT)
Message-Id: <B4D2A9E1-7C0F-4E61-9A3C-11F2C8E7D4AA@icloud.com>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Thank you for your email. I am travelling until 30 November with limited
access to email. I will reply when I am back.

For anything urgent please contact Paul on +32 470 12 34 56.

Sophie
'''),
    ('nl', 'exchange-ndr-nl-loyalty-statement', 'automated', (),
'''Return-Path: <>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02lp2233.outbound.protection.outlook.com [104.47.11.233])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkF0w3yTqz9tT
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:14:22 +0100 (CET)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@vanlaere-bouw.be>
To: <privacy@shop.example.be>
Date: Mon, 2 Nov 2026 09:14:20 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0ff2d5e1-2a7c-4c35-9a41-6e7b3c1f8d22"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
Message-ID: <8f3c2d1a-55b4-4a1e-b9e0-3c7d2f6a9b11@AM9PR02MB7283.eurprd02.prod.outlook.com>
In-Reply-To: <stmt-202611-88120877@loyalty.shop.example.be>
References: <stmt-202611-88120877@loyalty.shop.example.be>
Subject: =?utf-8?q?Onbestelbaar=3A_Uw_puntenoverzicht_van_november?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--0ff2d5e1-2a7c-4c35-9a41-6e7b3c1f8d22
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="b5a8e2f7-0c41-4d2e-8f33-9e1d6c4a7b00"

--b5a8e2f7-0c41-4d2e-8f33-9e1d6c4a7b00
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Het bericht kan niet worden bezorgd bij l.peeters@vanlaere-bouw.be omdat he=
t e-mailadres niet is gevonden. Controleer het e-mailadres van de geadresse=
erde en probeer het bericht opnieuw te verzenden. Neem contact op met de he=
lpdesk als het probleem zich blijft voordoen.

Diagnostische informatie voor beheerders:

Genererende server: AM9PR02MB7283.eurprd02.prod.outlook.com

l.peeters@vanlaere-bouw.be
Externe server heeft 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient n=
ot found by SMTP address lookup geretourneerd

--b5a8e2f7-0c41-4d2e-8f33-9e1d6c4a7b00
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body>
<p style=3D"font-family:Segoe UI;font-size:16px;color:#C00000"><b>Het beric=
ht kan niet worden bezorgd bij l.peeters@vanlaere-bouw.be omdat het e-maila=
dres niet is gevonden.</b></p>
<p>Controleer het e-mailadres van de geadresseerde en probeer het bericht o=
pnieuw te verzenden. Neem contact op met de helpdesk als het probleem zich =
blijft voordoen.</p>
<p style=3D"font-size:12px"><b>Diagnostische informatie voor beheerders:</b=
><br>Genererende server: AM9PR02MB7283.eurprd02.prod.outlook.com<br><br>l.p=
eeters@vanlaere-bouw.be<br>Externe server heeft 550 5.1.10 RESOLVER.ADR.Rec=
ipientNotFound; Recipient not found by SMTP address lookup geretourneerd</p>
</body></html>

--b5a8e2f7-0c41-4d2e-8f33-9e1d6c4a7b00--

--0ff2d5e1-2a7c-4c35-9a41-6e7b3c1f8d22
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR02MB7283.eurprd02.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Mon, 2 Nov 2026 09:14:19 +0000

Final-Recipient: rfc822;l.peeters@vanlaere-bouw.be
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--0ff2d5e1-2a7c-4c35-9a41-6e7b3c1f8d22
Content-Type: message/rfc822

From: Shop Example Klantenkaart <loyalty@shop.example.be>
Reply-To: privacy@shop.example.be
To: l.peeters@vanlaere-bouw.be
Subject: Uw puntenoverzicht van november
Date: Mon, 2 Nov 2026 10:14:11 +0100
Message-ID: <stmt-202611-88120877@loyalty.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Beste Luc,

U hebt nu 860 punten op uw Shop Example-klantenkaart.
Nog 140 punten en u krijgt een waardebon van 10 euro!

Wilt u dit overzicht niet meer ontvangen of wilt u weten welke gegevens
wij over u bijhouden? Antwoord dan op deze e-mail.

--0ff2d5e1-2a7c-4c35-9a41-6e7b3c1f8d22--
'''),
    ('nl', 'outlook-ooo-nl-ereceipt', 'automated', (),
'''Return-Path: <an.desmet@ocmw-zottegem.be>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2091.outbound.protection.outlook.com [40.107.104.91])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkM1r6NvFz9tX
	for <privacy@shop.example.be>; Tue,  3 Nov 2026 16:48:09 +0100 (CET)
From: An De Smet <an.desmet@ocmw-zottegem.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw kasticket van Shop Example Aalst (03/11/2026)
Thread-Topic: Uw kasticket van Shop Example Aalst (03/11/2026)
Thread-Index: AQHcTO9K7cZ0fY0r8UeJk2tXqQ7s1Q==
Date: Tue, 3 Nov 2026 15:48:07 +0000
Message-ID: <DB9PR06MB8011A4C2E1F0B9D7C3A5BE62C91A2@DB9PR06MB8011.eurprd06.prod.outlook.com>
In-Reply-To: <rcpt-2026110316472-AA-0207-10555@receipts.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: an.desmet@ocmw-zottegem.be
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: nl-NL
Content-Type: multipart/alternative;
	boundary="_000_DB9PR06MB8011A4C2E1F0B9D7C3A5BE62C91A2DB9PR06MB8011eurp_"
MIME-Version: 1.0

--_000_DB9PR06MB8011A4C2E1F0B9D7C3A5BE62C91A2DB9PR06MB8011eurp_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Beste,

Ik ben afwezig van 2 tot en met 13 november. Uw mail wordt niet doorgestuu=
rd.
Voor dringende vragen over het sociaal huis kunt u terecht bij het onthaal=
: 09 364 64 00 of onthaal@ocmw-zottegem.be.

Met vriendelijke groeten,
An De Smet
Maatschappelijk werker

--_000_DB9PR06MB8011A4C2E1F0B9D7C3A5BE62C91A2DB9PR06MB8011eurp_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charse=
t=3Diso-8859-1"></head><body><div style=3D"font-family:Aptos,Calibri,sans-s=
erif;font-size:11pt">Beste,<br><br>Ik ben afwezig van 2 tot en met 13 novem=
ber. Uw mail wordt niet doorgestuurd.<br>Voor dringende vragen over het soc=
iaal huis kunt u terecht bij het onthaal: 09 364 64 00 of onthaal@ocmw-zott=
egem.be.<br><br>Met vriendelijke groeten,<br>An De Smet<br>Maatschappelijk =
werker</div></body></html>

--_000_DB9PR06MB8011A4C2E1F0B9D7C3A5BE62C91A2DB9PR06MB8011eurp_--
'''),
    ('nl', 'wifi-portal-daily-digest', 'automated', (),
'''Return-Path: <no-reply@portal.hotspotcloud.eu>
Received: from mta-02.hotspotcloud.eu (mta-02.hotspotcloud.eu [185.46.212.18])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkZ5s1FQXz9tW
	for <privacy@shop.example.be>; Sat,  7 Nov 2026 06:00:04 +0100 (CET)
Date: Sat, 07 Nov 2026 06:00:02 +0100
From: HotspotCloud Gastportaal <no-reply@portal.hotspotcloud.eu>
To: privacy@shop.example.be
Subject: Dagelijks overzicht gastregistraties - Shop Example (6 locaties) - 06/11/2026
Message-ID: <digest.20261106.org4471@portal.hotspotcloud.eu>
X-Mailer: HotspotCloud Reports
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_88412_1187230.1762491602"

------=_Part_88412_1187230.1762491602
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dagelijks overzicht gastregistraties
Organisatie: Shop Example BV (org 4471)
Periode: 06/11/2026 00:00 - 23:59

Locatie              Nieuwe gasten  Terugkerend  Marketing opt-in  Opt-out
Gent-Zuid                  41            112             17            2
Aalst                      18             64              6            0
Antwerpen-Wijnegem         55            140             21            1
Brugge                     12             39              3            0
Hasselt                    27             71              9            1
Namur                      14             33              4            0

Totaal                    167            459             60            4

De volledige lijst (CSV) staat in de bijlage. Dit bestand bevat
persoonsgegevens; verwerk het volgens uw privacybeleid.

Dit is een automatisch bericht. U ontvangt het omdat u bent ingesteld als
privacycontact van deze organisatie. Instellingen wijzigen:
https://portal.hotspotcloud.eu/org/4471/rapporten

------=_Part_88412_1187230.1762491602
Content-Type: text/csv; charset=UTF-8; name="gasten_20261106.csv"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="gasten_20261106.csv"

bG9jYXRpZTt0aWpkc3RpcDtlbWFpbDttYXJrZXRpbmdfb3B0X2luCkdlbnQtWnVpZDsyMDI2LTEx
LTA2VDA5OjEyOjQ0O2thdHJpZW4udjg4QGdtYWlsLmNvbTsxCkFhbHN0OzIwMjYtMTEtMDZUMDk6
NDE6MDI7dG9tLmRlcm9vQHNreW5ldC5iZTswCg==
------=_Part_88412_1187230.1762491602--
'''),
    ('nl', 'person-store-manager-paper-form', 'deletion', ('withdraw_consent',),
'''Return-Path: <filiaal.brugge@shop.example.be>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2112.outbound.protection.outlook.com [40.107.21.112])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gkv0B4hC1z9tS
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 15:37:51 +0100 (CET)
From: Filiaal Brugge <filiaal.brugge@shop.example.be>
To: Privacy <privacy@shop.example.be>
Subject: FW: ingevuld formulier klant (scan)
Date: Thu, 12 Nov 2026 14:37:48 +0000
Message-ID: <VI1PR05MB6622F1C8B07A3E9D51C2A77DF1D2@VI1PR05MB6622.eurprd05.prod.outlook.com>
Content-Language: nl-BE
X-MS-Has-Attach: yes
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_004_VI1PR05MB6622F1C8B07A3E9D51C2A77DF1D2VI1PR05MB6622eurp_"

--_004_VI1PR05MB6622F1C8B07A3E9D51C2A77DF1D2VI1PR05MB6622eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hallo,

Een klant heeft vanmorgen aan de kassa het papieren formulier ingevuld en
gevraagd dat wij het doorsturen. Scan in bijlage, ik typ het hieronder over
want het handschrift is niet zo duidelijk.

--- overgetypt ---
Naam: Godelieve Vermeersch
Klantenkaart: 2045 8812 0377
E-mail: g.vermeersch@skynet.be

"Ik wil dat mijn klantenkaart en al mijn gegevens bij jullie worden
gewist. Ook wil ik geen reclame en geen nieuwsbrief meer krijgen, daar heb
ik vroeger toestemming voor gegeven maar die trek ik in.
Handtekening G. Vermeersch, 12/11/2026"
--- einde ---

De klant heeft de kaart aan de kassa ingeleverd, ik heb ze versneden.
Graag opvolgen.

Groeten,
Sarah
Filiaalverantwoordelijke Brugge

--_004_VI1PR05MB6622F1C8B07A3E9D51C2A77DF1D2VI1PR05MB6622eurp_
Content-Type: application/pdf; name="scan_formulier_20261112.pdf"
Content-Description: scan_formulier_20261112.pdf
Content-Disposition: attachment; filename="scan_formulier_20261112.pdf"; size=165
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4K
ZW5kb2JqCjIgMCBvYmoKPDwvVHlwZS9QYWdlcy9LaWRzWzMgMCBSXS9Db3VudCAxPj4KZW5kb2Jq
CnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==

--_004_VI1PR05MB6622F1C8B07A3E9D51C2A77DF1D2VI1PR05MB6622eurp_--
'''),
    ('nl', 'person-sms-gateway-stop', 'withdraw_consent', (),
'''Return-Path: <inbound@sms2mail.smsbox.be>
Received: from relay1.smsbox.be (relay1.smsbox.be [91.183.44.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gl3Jx5PqLz9tR
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 12:03:30 +0100 (CET)
Date: Mon, 16 Nov 2026 12:03:28 +0100
From: "SMSBox +32 477 81 22 09" <inbound@sms2mail.smsbox.be>
To: privacy@shop.example.be
Subject: SMS van +32477812209
Message-ID: <in-3318820911.20261116120328@sms2mail.smsbox.be>
X-SMSBox-Number: 8850
X-SMSBox-Keyword: STOP
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Nieuw inkomend SMS-bericht op uw nummer 8850

Van:       +32477812209
Ontvangen: 16/11/2026 12:03:27
Campagne:  Black Friday tuinmeubelen

Bericht:
STOP. Ik heb nooit gevraagd om sms'en van jullie. Niet meer sturen aub

--
SMSBox sms2mail - beantwoorden van deze e-mail stuurt geen sms.
'''),
    ('nl', 'locker-operator-not-collected', 'automated', (),
'''Return-Path: <bounce-lk-8812@notify.lockerlink.eu>
Received: from out-07.notify.lockerlink.eu (out-07.notify.lockerlink.eu [35.157.88.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gm1q04sKhz9tV
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 07:30:19 +0100 (CET)
Date: Fri, 20 Nov 2026 06:30:17 +0000
From: LockerLink <noreply@notify.lockerlink.eu>
To: privacy@shop.example.be
Subject: Zending SE-7741-2209 niet afgehaald - retour naar afzender
Message-ID: <01070193a4b2c1d0-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000@eu-central-1.amazonses.com>
X-SES-Outgoing: 2026.11.20-35.157.88.40
Feedback-ID: 1.eu-central-1.Lk9sLqQ1bY3nQ0m8x7J2v1aF3pQ=:AmazonSES
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_1187_55102.1763620217"

------=_Part_1187_55102.1763620217
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Beste afzender,

De zending SE-7741-2209 werd niet binnen 7 dagen afgehaald in de automaat
Gent Sint-Pieters Station (GNT-014). De zending wordt teruggestuurd naar
het retouradres van Shop Example BV.

Ontvanger: K. D***s
Geleverd in automaat: 12/11/2026 14:21
Herinneringen verzonden: 13/11, 16/11, 19/11

Dit bericht werd automatisch verzonden. Antwoorden op deze e-mail worden
niet gelezen.

LockerLink - pakketautomaten in Belgi=C3=AB en Nederland

------=_Part_1187_55102.1763620217
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Beste afzender,</p><p>De zending <b>SE-7741-2209</b> werd ni=
et binnen 7 dagen afgehaald in de automaat Gent Sint-Pieters Station (GNT-0=
14). De zending wordt teruggestuurd naar het retouradres van Shop Example B=
V.</p><p>Ontvanger: K. D***s<br>Geleverd in automaat: 12/11/2026 14:21<br>H=
erinneringen verzonden: 13/11, 16/11, 19/11</p><p style=3D"color:#888">Dit =
bericht werd automatisch verzonden. Antwoorden op deze e-mail worden niet g=
elezen.</p><p>LockerLink - pakketautomaten in Belgi=C3=AB en Nederland</p><=
/body></html>

------=_Part_1187_55102.1763620217--
'''),
    ('fr', 'exchange-ndr-fr-ereceipt', 'automated', (),
'''Return-Path: <>
Received: from EUR04-PR3-obe.outbound.protection.outlook.com (mail-pr3eur04on2098.outbound.protection.outlook.com [40.107.14.98])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkL2Q1sVbz9tT
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:27:40 +0100 (CET)
From: Microsoft Outlook <postmaster@cabinet-lambert-avocats.be>
To: <privacy@shop.example.be>
Date: Wed, 4 Nov 2026 10:27:38 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7a1c9e4d-3b2f-4e80-a6d5-0c8b1f2e3d44"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <a2b6d7e1-09c4-4bb8-8f21-5d3e7c9a1f02@PR3PR04MB7170.eurprd04.prod.outlook.com>
In-Reply-To: <rcpt-2026110411270-NA-0301-44512@receipts.shop.example.be>
References: <rcpt-2026110411270-NA-0301-44512@receipts.shop.example.be>
Subject: =?iso-8859-1?Q?Non_remis=A0:_Votre_ticket_de_caisse_Shop_Example_Namur_(04/?=
 =?iso-8859-1?Q?11/2026)?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--7a1c9e4d-3b2f-4e80-a6d5-0c8b1f2e3d44
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="3e9f0a21-7d44-4c18-b2e6-91a5f8c0d733"

--3e9f0a21-7d44-4c18-b2e6-91a5f8c0d733
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

Vm90cmUgbWVzc2FnZSBuJ2EgcGFzIHB1IMOqdHJlIHJlbWlzIMOgIG0ubGFtYmVydEBjYWJpbmV0
LWxhbWJlcnQtYXZvY2F0cy5iZSwgY2FyIGNldHRlIGFkcmVzc2UgZGUgbWVzc2FnZXJpZSBuJ2Eg
cGFzIMOpdMOpIHRyb3V2w6llLiBWw6lyaWZpZXogbCdhZHJlc3NlIGRlIG1lc3NhZ2VyaWUgZHUg
ZGVzdGluYXRhaXJlIGV0IHLDqWVzc2F5ZXogZCdlbnZveWVyIGxlIG1lc3NhZ2UuIFNpIGxlIHBy
b2Jsw6htZSBwZXJzaXN0ZSwgY29udGFjdGV6IHZvdHJlIHNlcnZpY2UgZCdhc3Npc3RhbmNlLgoK
SW5mb3JtYXRpb25zIGRlIGRpYWdub3N0aWMgcG91ciBsZXMgYWRtaW5pc3RyYXRldXJzIDoKClNl
cnZldXIgZGUgZ8OpbsOpcmF0aW9uIDogUFIzUFIwNE1CNzE3MC5ldXJwcmQwNC5wcm9kLm91dGxv
b2suY29tCgptLmxhbWJlcnRAY2FiaW5ldC1sYW1iZXJ0LWF2b2NhdHMuYmUKTGUgc2VydmV1ciBk
aXN0YW50IGEgcmVudm95w6kgwqsgNTUwIDUuMS4xMCBSRVNPTFZFUi5BRFIuUmVjaXBpZW50Tm90
Rm91bmQ7IFJlY2lwaWVudCBub3QgZm91bmQgYnkgU01UUCBhZGRyZXNzIGxvb2t1cCDCuwo=

--3e9f0a21-7d44-4c18-b2e6-91a5f8c0d733
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PHA+PGI+Vm90cmUgbWVzc2FnZSBuJ2EgcGFzIHB1IMOqdHJlIHJlbWlzIMOg
IG0ubGFtYmVydEBjYWJpbmV0LWxhbWJlcnQtYXZvY2F0cy5iZSwgY2FyIGNldHRlIGFkcmVzc2Ug
ZGUgbWVzc2FnZXJpZSBuJ2EgcGFzIMOpdMOpIHRyb3V2w6llLiBWw6lyaWZpZXogbCdhZHJlc3Nl
IGRlIG1lc3NhZ2VyaWUgZHUgZGVzdGluYXRhaXJlIGV0IHLDqWVzc2F5ZXogZCdlbnZveWVyIGxl
IG1lc3NhZ2UuIFNpIGxlIHByb2Jsw6htZSBwZXJzaXN0ZSwgY29udGFjdGV6IHZvdHJlIHNlcnZp
Y2UgZCdhc3Npc3RhbmNlLjwvcD48cD5JbmZvcm1hdGlvbnMgZGUgZGlhZ25vc3RpYyBwb3VyIGxl
cyBhZG1pbmlzdHJhdGV1cnMgOjwvcD48cD5TZXJ2ZXVyIGRlIGfDqW7DqXJhdGlvbiA6IFBSM1BS
MDRNQjcxNzAuZXVycHJkMDQucHJvZC5vdXRsb29rLmNvbTwvcD48cD5tLmxhbWJlcnRAY2FiaW5l
dC1sYW1iZXJ0LWF2b2NhdHMuYmUKTGUgc2VydmV1ciBkaXN0YW50IGEgcmVudm95w6kgJmxhcXVv
OyA1NTAgNS4xLjEwIFJFU09MVkVSLkFEUi5SZWNpcGllbnROb3RGb3VuZDsgUmVjaXBpZW50IG5v
dCBmb3VuZCBieSBTTVRQIGFkZHJlc3MgbG9va3VwICZyYXF1bzsKPC9wPjwvYm9keT48L2h0bWw+

--3e9f0a21-7d44-4c18-b2e6-91a5f8c0d733--

--7a1c9e4d-3b2f-4e80-a6d5-0c8b1f2e3d44
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3PR04MB7170.eurprd04.prod.outlook.com
Received-From-MTA: dns;receipts.shop.example.be
Arrival-Date: Wed, 4 Nov 2026 10:27:37 +0000

Final-Recipient: rfc822;m.lambert@cabinet-lambert-avocats.be
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--7a1c9e4d-3b2f-4e80-a6d5-0c8b1f2e3d44
Content-Type: text/rfc822-headers

From: Shop Example <e-receipt@shop.example.be>
Reply-To: privacy@shop.example.be
To: m.lambert@cabinet-lambert-avocats.be
Subject: =?utf-8?q?Votre_ticket_de_caisse_Shop_Example_Namur_=2804/11/2026=29?=
Date: Wed, 4 Nov 2026 11:27:33 +0100
Message-ID: <rcpt-2026110411270-NA-0301-44512@receipts.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_rcpt_a911"

--7a1c9e4d-3b2f-4e80-a6d5-0c8b1f2e3d44--
'''),
    ('fr', 'camera-provider-retention-alert', 'automated', (),
'''Return-Path: <alerts@cloud.vigilink.eu>
Received: from smtp.vigilink.eu (smtp.vigilink.eu [51.91.20.145])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkqR93jD0z9tX
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 04:12:06 +0100 (CET)
Date: Tue, 10 Nov 2026 04:12:05 +0100
From: VigiLink Cloud <alerts@cloud.vigilink.eu>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BVigiLink=5D_Alerte_=3A_stockage_presque_plein_=2894_=25=29_?=
 =?utf-8?q?=E2=80=93_NVR-NAM-02_=E2=80=93_dur=C3=A9e_de_conservation_non_res?=
 =?utf-8?q?pect=C3=A9e?=
Message-ID: <alert-558127-1762744325@cloud.vigilink.eu>
X-Mailer: VigiLink Alerting
X-Priority: 2
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Le site =C2=AB Shop Example - Namur (entrep=C3=B4t) =C2=BB a d=C3=A9clench=
=C3=A9 l'alerte suivante :

  Type d'alerte : Stockage presque plein
  Enregistreur : NVR-NAM-02 (16 cam=C3=A9ras)
  Occupation du disque : 94 % (7,52 To / 8 To)
  Dur=C3=A9e de conservation configur=C3=A9e : 30 jours
  Dur=C3=A9e de conservation effective : 19 jours

Avec l'occupation actuelle, les enregistrements les plus anciens seront
=C3=A9cras=C3=A9s avant la fin de la dur=C3=A9e de conservation configur=C3=
=A9e. V=C3=A9rifiez la
configuration des flux ou augmentez la capacit=C3=A9 de stockage.

Voir l'alerte : https://cloud.vigilink.eu/sites/nam-02/alerts/558127

Cet e-mail a =C3=A9t=C3=A9 envoy=C3=A9 automatiquement par VigiLink Cloud. =
Merci de ne pas
y r=C3=A9pondre. Vous recevez ce message car votre adresse est enregistr=C3=
=A9e comme
contact =C2=AB Protection des donn=C3=A9es =C2=BB pour ce site.
'''),
    ('fr', 'person-loyalty-statement-not-mine', 'complaint', ('access',),
'''Return-Path: <nathalie.dubois62@hotmail.com>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02olkn2081.outbound.protection.outlook.com [40.92.49.81])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gkx4L0Bv2z9tR
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 21:44:02 +0100 (CET)
From: Nathalie Dubois <nathalie.dubois62@hotmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: TR: Votre relevé de points de novembre - 2 315 points
Date: Fri, 13 Nov 2026 20:43:58 +0000
Message-ID: <AS8P190MB1416B0C2E7A43F1D9E51C76AB71A2@AS8P190MB1416.EURP190.PROD.OUTLOOK.COM>
Content-Language: fr-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="Windows-1252"
Content-Transfer-Encoding: quoted-printable

Bonsoir,

D'o=F9 viennent ces achats ?? Ce ne sont pas les miens. Je n'ai jamais mis l=
es pieds =E0 votre magasin de Hasselt et je n'ai pas achet=E9 de tondeuse =
ni de barbecue. Soit quelqu'un utilise ma carte, soit vous avez m=E9lang=E9 =
mes donn=E9es avec celles d'un autre client. Dans les deux cas c'est une er=
reur grave dans la gestion de mes donn=E9es et je d=E9pose plainte aupr=E8s=
 de vous pour cela.

Je veux aussi recevoir une copie de toutes les donn=E9es que vous avez enre=
gistr=E9es sur ma carte (achats, magasins, dates), pour voir depuis quand =
=E7a dure.

Nathalie Dubois
Carte n=B0 2045 8830 1142

________________________________
De : Shop Example Fid=E9lit=E9 <loyalty@shop.example.be>
Envoy=E9 : lundi 2 novembre 2026 10:15
=C0 : nathalie.dubois62@hotmail.com
Objet : Votre relev=E9 de points de novembre - 2 315 points

Bonjour Nathalie,

Voici vos derniers achats avec votre carte Shop Example :

18/10/2026  Hasselt    Tondeuse =E9lectrique 1600 W     +249 points
24/10/2026  Hasselt    Barbecue charbon 57 cm           +179 points
29/10/2026  Namur      Terreau universel 40 L x3         +15 points

Solde : 2 315 points

Des questions sur vos donn=E9es ? R=E9pondez simplement =E0 cet e-mail.
'''),
    ('fr', 'orange-fr-autoreply', 'automated', (),
'''Return-Path: <jc.moreau@orange.fr>
Received: from smtp-out.orange.fr (smtp-25.smtpout.orange.fr [80.12.242.25])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlL3c0F9wz9tV
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 08:02:13 +0100 (CET)
Date: Tue, 17 Nov 2026 08:02:11 +0100 (CET)
From: jc.moreau@orange.fr
To: privacy@shop.example.be
Message-ID: <1093358110.4471.1763362931402.JavaMail.open-xchange@opme11oxm23aub.bagnolet.francetelecom.fr>
In-Reply-To: <app-push-copy-20261117-551023@notify.shop.example.be>
Subject: =?UTF-8?Q?R=C3=A9ponse_automatique_:_Votre_commande_est_pr=C3=AAte_?=
 =?UTF-8?Q?au_retrait?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Priority: 3
Importance: Normal
X-Mailer: Open-Xchange Mailer v7.10.6-Rev61
Auto-Submitted: auto-replied
X-Autoreply: yes

Bonjour,

Je suis absent jusqu'au 23 novembre inclus et je ne consulte pas ma messagerie.
Votre message sera traité à mon retour.

Cordialement,
Jean-Claude Moreau
'''),
    ('fr', 'survey-platform-weekly-digest', 'automated', (),
'''Return-Path: <bounce+88121.fr@mail.sondalys.com>
Received: from mail.sondalys.com (mail.sondalys.com [198.244.150.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlX8s2nN5z9tS
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 07:00:31 +0100 (CET)
Date: Mon, 23 Nov 2026 07:00:29 +0100
From: Sondalys <notifications@sondalys.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?52_nouvelles_r=C3=A9ponses_=E2=80=93_Satisfaction_apr=C3=A8s_retra?=
 =?utf-8?q?it_en_magasin_=E2=80=93_Wallonie?=
Message-ID: <weekly.88121.20261123@sondalys.com>
List-Unsubscribe: <https://app.sondalys.com/account/notifications?unsub=weekly>, <mailto:unsubscribe@sondalys.com?subject=weekly-88121>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+PGh0bWwgbGFuZz0iZnIiPjxib2R5IHN0eWxlPSJmb250LWZhbWlseTpB
cmlhbCI+CjxoMj5Ob3V2ZWxsZXMgcsOpcG9uc2VzIMOgIHZvdHJlIGVucXXDqnRlPC9oMj4KPHA+
Vm90cmUgZW5xdcOqdGUgPGI+wqsgU2F0aXNmYWN0aW9uIGFwcsOocyByZXRyYWl0IGVuIG1hZ2Fz
aW4g4oCTIFdhbGxvbmllIMK7PC9iPiBhIHJlw6d1IDxiPjUyIG5vdXZlbGxlcyByw6lwb25zZXM8
L2I+IGF1IGNvdXJzIGRlcyA3IGRlcm5pZXJzIGpvdXJzLjwvcD4KPHRhYmxlIGJvcmRlcj0iMSIg
Y2VsbHBhZGRpbmc9IjQiPjx0cj48dGg+TlBTPC90aD48dGg+VGF1eCBkZSByw6lwb25zZTwvdGg+
PHRoPlLDqXBvbnNlcyBvdXZlcnRlczwvdGg+PC90cj48dHI+PHRkPiszMTwvdGQ+PHRkPjE4ICU8
L3RkPjx0ZD4yMzwvdGQ+PC90cj48L3RhYmxlPgo8cD5FeHRyYWl0IGRlcyBjb21tZW50YWlyZXMg
OjwvcD4KPHVsPjxsaT7CqyBSZXRyYWl0IHJhcGlkZSwgcGVyc29ubmVsIHN5bXBhLiDCuzwvbGk+
PGxpPsKrIEFycsOqdGV6IGRlIG0nZW52b3llciB2b3MgcHVicyBldCBzdXBwcmltZXogbW9uIGFk
cmVzc2UgZGUgdm9zIGZpY2hpZXJzICEhISDCuzwvbGk+PGxpPsKrIFBhcmtpbmcgdHJvcCBwZXRp
dCBsZSBzYW1lZGkuIMK7PC9saT48L3VsPgo8cD48YSBocmVmPSJodHRwczovL2FwcC5zb25kYWx5
cy5jb20vcy84ODEyMS9yZXN1bHRzIj5Wb2lyIHRvdXMgbGVzIHLDqXN1bHRhdHM8L2E+PC9wPgo8
cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6Izg4OCI+Vm91cyByZWNldmV6IGNlIHLDqWNh
cGl0dWxhdGlmIGhlYmRvbWFkYWlyZSBlbiB0YW50IHF1ZSBjb2xsYWJvcmF0ZXVyIGRlIGwnZXNw
YWNlIMKrIFNob3AgRXhhbXBsZSBCRSDCuy4gPGEgaHJlZj0iaHR0cHM6Ly9hcHAuc29uZGFseXMu
Y29tL2FjY291bnQvbm90aWZpY2F0aW9ucyI+R8OpcmVyIG1lcyBub3RpZmljYXRpb25zPC9hPjxi
cj5Tb25kYWx5cyBTQVMsIDEyIHJ1ZSBkZSBsYSBQYWl4LCA3NTAwMiBQYXJpczwvcD4KPC9ib2R5
PjwvaHRtbD4K
'''),
    ('de', 'exchange-ndr-de-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2120.outbound.protection.outlook.com [40.107.135.120])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkP7Y1vLQz9tW
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 13:51:08 +0100 (CET)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brandt-gartenbau.de>
To: <privacy@shop.example.be>
Date: Thu, 5 Nov 2026 12:51:06 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="c41e8b72-5f0a-4d93-b1c7-2e6d9a0f4b18"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <5e0d8a31-7cc2-4f6b-9e1a-b4c2d7f80e63@FR2P281MB0452.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <stmt-202611-88133020@loyalty.shop.example.be>
References: <stmt-202611-88133020@loyalty.shop.example.be>
Subject: =?utf-8?B?VW56dXN0ZWxsYmFyOiBJaHIgUHVua3Rlc3RhbmQgaW0gTm92ZW1iZXI=?=
MIME-Version: 1.0

--c41e8b72-5f0a-4d93-b1c7-2e6d9a0f4b18
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="e2a0f9b6-18c3-4e7d-9a52-6b1d3c8f0e77"

--e2a0f9b6-18c3-4e7d-9a52-6b1d3c8f0e77
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht konnte nicht an h.brandt@brandt-gartenbau.de zugestellt werd=
en, weil das Postfach voll ist.

Die Zielperson sollte Elemente aus dem Postfach l=C3=B6schen oder ihren Adm=
inistrator bitten, das Speicherkontingent zu erh=C3=B6hen. Versuchen Sie sp=
=C3=A4ter erneut, die Nachricht zu senden.

Diagnoseinformationen f=C3=BCr Administratoren:

Generierender Server: FR2P281MB0452.DEUP281.PROD.OUTLOOK.COM

h.brandt@brandt-gartenbau.de
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaE=
xceededException.MapiExceptionShutoffQuotaExceeded' zur=C3=BCckgegeben

--e2a0f9b6-18c3-4e7d-9a52-6b1d3c8f0e77
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body>
<p><b><span style=3D"color:#C00000">Ihre Nachricht konnte nicht an h.brandt=
@brandt-gartenbau.de zugestellt werden, weil das Postfach voll ist.</span><=
/b></p>
<p>Die Zielperson sollte Elemente aus dem Postfach l=C3=B6schen oder ihren =
Administrator bitten, das Speicherkontingent zu erh=C3=B6hen. Versuchen Sie=
 sp=C3=A4ter erneut, die Nachricht zu senden.</p>
<p style=3D"font-size:12px"><b>Diagnoseinformationen f=C3=BCr Administrator=
en:</b><br>Generierender Server: FR2P281MB0452.DEUP281.PROD.OUTLOOK.COM<br>=
<br>h.brandt@brandt-gartenbau.de<br>Remoteserver hat '554 5.2.2 mailbox ful=
l; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQu=
otaExceeded' zur=C3=BCckgegeben</p>
</body></html>

--e2a0f9b6-18c3-4e7d-9a52-6b1d3c8f0e77--

--c41e8b72-5f0a-4d93-b1c7-2e6d9a0f4b18
Content-Type: message/delivery-status

Reporting-MTA: dns;FR2P281MB0452.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Thu, 5 Nov 2026 12:51:05 +0000

Final-Recipient: rfc822;h.brandt@brandt-gartenbau.de
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--c41e8b72-5f0a-4d93-b1c7-2e6d9a0f4b18
Content-Type: message/rfc822

From: Shop Example Kundenkarte <loyalty@shop.example.be>
Reply-To: privacy@shop.example.be
To: h.brandt@brandt-gartenbau.de
Subject: Ihr Punktestand im November
Date: Thu, 5 Nov 2026 13:50:58 +0100
Message-ID: <stmt-202611-88133020@loyalty.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Guten Tag Herr Brandt,

Ihr aktueller Punktestand: 410 Punkte.

Sie möchten diese Übersicht nicht mehr erhalten oder wissen, welche Daten
wir über Sie speichern? Antworten Sie einfach auf diese E-Mail.

--c41e8b72-5f0a-4d93-b1c7-2e6d9a0f4b18--
'''),
    ('de', 'gmx-abwesenheit', 'automated', (),
'''Return-Path: <petra.kowalski-huber@gmx.de>
Received: from mout.gmx.net (mout.gmx.net [212.227.17.22])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkS0m2JcRz9tX
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 09:33:47 +0100 (CET)
Date: Fri, 6 Nov 2026 09:33:46 +0100
From: petra.kowalski-huber@gmx.de
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Abwesenheitsnotiz=3A_Ihr_Kassenbon_von_Shop_Example_Eupen?=
Message-ID: <trinity-autoreply-3f9e1a77-2c4d-41b0-8e2f-0a6b5c4d3e21@3c-app-gmx-bap12>
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-UI-Message-Type: autoreply
X-Provags-ID: V03:K1:8f1kQ0Zb2XbU8c7zyTLm0Yk0hRrV9Pq2A3g5jR+oQ1cXW2pLzV
 QxUz5l0aE3w==

Vielen Dank f=C3=BCr Ihre Nachricht.

Ich bin bis einschlie=C3=9Flich 16.11.2026 nicht im Haus und habe keinen Zu=
griff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Gr=C3=BC=C3=9Fen
Petra Kowalski-Huber
'''),
    ('de', 'google-play-policy-update-de', 'automated', (),
'''Return-Path: <3pYxmZwgKDy0cdyn-iyxbrm.fggeyylatkyrdz.mrk@scoutcamp.bounces.google.com>
Received: from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gkj4x0mLrz9tS
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 19:08:55 +0100 (CET)
MIME-Version: 1.0
Date: Mon, 09 Nov 2026 10:08:53 -0800
Message-ID: <000000000000e21b4806237a1c40@google.com>
Feedback-ID: P-10-0:C20060867:M110136315-de:gamma
Subject: =?UTF-8?Q?Richtlinien=C3=A4nderung=3A_Kontol=C3=B6schung_in_Apps_=E2=80=93_Handl?=
 =?UTF-8?Q?ungsbedarf_bis_15=2E_Januar_2027?=
From: Google Play Console <noreply-play-developer-console@google.com>
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000e21b3706237a1c3f"

--000000000000e21b3706237a1c3f
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

SGFsbG8gRW50d2lja2xlciB2b24gU2hvcCBFeGFtcGxlIEJWLAoKd2lyIG3DtmNodGVuIFNpZSDD
vGJlciBlaW5lIMOEbmRlcnVuZyBkZXIgR29vZ2xlIFBsYXktUmljaHRsaW5pZW4gaW5mb3JtaWVy
ZW4sIGRpZSBzaWNoIGF1ZiBJaHJlIEFwcCBhdXN3aXJrZW4ga2Fubi4KCkFiIGRlbSAxNS4gSmFu
dWFyIDIwMjcgbcO8c3NlbiBBcHBzLCBkaWUgTnV0emVybiBkYXMgRXJzdGVsbGVuIGVpbmVzIEtv
bnRvcyBlcm3DtmdsaWNoZW4sIGluIGRlciBBcHAgdW5kIGF1w59lcmhhbGIgZGVyIEFwcCBlaW5l
IE3DtmdsaWNoa2VpdCBhbmJpZXRlbiwgZGFzIEtvbnRvIHVuZCBkaWUgenVnZWjDtnJpZ2VuIERh
dGVuIGzDtnNjaGVuIHp1IGxhc3Nlbi4gRGVyIExpbmsgenVyIEtvbnRvbMO2c2NodW5nIG11c3Mg
aW0gQWJzY2huaXR0IOKAnkRhdGVuc2ljaGVyaGVpdOKAnCBhbmdlZ2ViZW4gd2VyZGVuLgoKQmV0
cm9mZmVuZSBBcHA6ClNob3AgRXhhbXBsZSDigJMgSGF1cyAmIEdhcnRlbiAoYmUuZXhhbXBsZS5z
aG9wKQoKV2FzIFNpZSB0dW4gbcO8c3NlbjoKUHLDvGZlbiBTaWUgYmlzIHp1bSAxNS4gSmFudWFy
IDIwMjcsIG9iIElocmUgQXBwIGRpZSBBbmZvcmRlcnVuZ2VuIGVyZsO8bGx0LCB1bmQgZXJnw6Ru
emVuIFNpZSBpbiBkZXIgUGxheSBDb25zb2xlIHVudGVyIOKAnkFwcC1JbmhhbHRlID4gRGF0ZW5z
aWNoZXJoZWl04oCcIGRpZSBVUkwgenVyIEtvbnRvbMO2c2NodW5nLgoKV2VpdGVyZSBJbmZvcm1h
dGlvbmVuIGZpbmRlbiBTaWUgaW4gZGVyIFBsYXkgQ29uc29sZS1IaWxmZS4KCklociBHb29nbGUg
UGxheS1UZWFtCgrCqSAyMDI2IEdvb2dsZSBMTEMsIDE2MDAgQW1waGl0aGVhdHJlIFBhcmt3YXks
IE1vdW50YWluIFZpZXcsIENBIDk0MDQzLCBVU0EKU2llIGhhYmVuIGRpZXNlIG9ibGlnYXRvcmlz
Y2hlIERpZW5zdG1pdHRlaWx1bmcgZXJoYWx0ZW4sIHVtIFNpZSDDvGJlciB3aWNodGlnZSDDhG5k
ZXJ1bmdlbiBhbiBHb29nbGUgUGxheSBvZGVyIElocmVtIEtvbnRvIHp1IGluZm9ybWllcmVuLgo=

--000000000000e21b3706237a1c3f
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Roboto,Arial"><p>Hallo Entwickler von Shop=
 Example BV,</p><p>wir m=C3=B6chten Sie =C3=BCber eine =C3=84nderung der Go=
ogle Play-Richtlinien informieren, die sich auf Ihre App auswirken kann.</p=
><p>Ab dem 15. Januar 2027 m=C3=BCssen Apps, die Nutzern das Erstellen eine=
s Kontos erm=C3=B6glichen, in der App und au=C3=9Ferhalb der App eine M=C3=
=B6glichkeit anbieten, das Konto und die zugeh=C3=B6rigen Daten l=C3=B6sche=
n zu lassen. Der Link zur Kontol=C3=B6schung muss im Abschnitt =E2=80=9EDat=
ensicherheit=E2=80=9C angegeben werden.</p><p>Betroffene App:<br>Shop Examp=
le =E2=80=93 Haus & Garten (be.example.shop)</p><p>Was Sie tun m=C3=BCssen:=
<br>Pr=C3=BCfen Sie bis zum 15. Januar 2027, ob Ihre App die Anforderungen =
erf=C3=BCllt, und erg=C3=A4nzen Sie in der Play Console unter =E2=80=9EApp-=
Inhalte > Datensicherheit=E2=80=9C die URL zur Kontol=C3=B6schung.</p><p>We=
itere Informationen finden Sie in der Play Console-Hilfe.</p><p>Ihr Google =
Play-Team</p><p>=C2=A9 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain=
 View, CA 94043, USA<br>Sie haben diese obligatorische Dienstmitteilung erh=
alten, um Sie =C3=BCber wichtige =C3=84nderungen an Google Play oder Ihrem =
Konto zu informieren.<br></p></body></html>
--000000000000e21b3706237a1c3f--
'''),
    ('de', 'person-reply-push-copy-location', 'objection', (),
'''Return-Path: <claudia.rensing@web.de>
Received: from mout.web.de (mout.web.de [212.227.17.11])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlQ1j5zKcz9tR
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 22:17:30 +0100 (CET)
Message-ID: <6a1f0c2e-9b3d-4e7a-8c51-2d0f9e8b7a64@web.de>
Date: Wed, 18 Nov 2026 22:17:27 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: =?UTF-8?Q?Sie_sind_in_der_N=C3=A4he_von_Shop_Example_Eupen_=E2=80=93?=
 =?UTF-8?Q?_heute_10_=25_auf_alles!?=
Content-Language: de-DE
To: Shop Example <privacy@shop.example.be>
References: <app-push-copy-20261118-773104@notify.shop.example.be>
From: Claudia Rensing <claudia.rensing@web.de>
In-Reply-To: <app-push-copy-20261118-773104@notify.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Guten Abend,

diese Mail kam, als ich heute in Eupen nur an Ihrem Laden VORBEIGEFAHREN 
bin. Das heißt, Ihre App verfolgt, wo ich mich aufhalte. Das möchte ich 
nicht. Ich widerspreche der Auswertung meines Standorts für Werbung und 
Angebote, hören Sie bitte auf, meinen Standort zu verfolgen. Die App 
selbst will ich für meine Bestellungen weiter benutzen.

Claudia Rensing

Am 18.11.26 um 17:42 schrieb Shop Example App:
> Hallo Claudia,
>
> Sie sind gerade in der Nähe von Shop Example Eupen!
> Nur heute: 10 % auf alles mit Ihrer Kundenkarte.
>
> Diese E-Mail ist eine Kopie der Push-Mitteilung, die an Ihr Gerät
> gesendet wurde. Fragen zum Datenschutz? Antworten Sie auf diese E-Mail.
'''),
    ('de', 'ereceipt-service-bounce-digest', 'automated', (),
'''Return-Path: <reports@portal.bonmail.eu>
Received: from mx-out.bonmail.eu (mx-out.bonmail.eu [94.130.81.17])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlT9q2B7vz9tT
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 05:30:02 +0100 (CET)
Date: Fri, 20 Nov 2026 05:30:01 +0100
From: bonmail Reports <reports@portal.bonmail.eu>
To: privacy@shop.example.be
Subject: =?utf-8?Q?[bonmail]_T=C3=A4glicher_Zustellbericht_E-Bons_19=2E11=2E2026_=E2=80=93?=
 =?utf-8?Q?_38_Hard_Bounces=2C_2_Spam-Beschwerden?=
Message-ID: <report.2210.20261119.daily@portal.bonmail.eu>
X-Mailer: bonmail Reporting 5.4
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

E-Bon-Zustellbericht f=C3=BCr Shop Example BV (Mandant 2210)
Zeitraum: 19.11.2026 00:00 =E2=80=93 23:59 (MEZ)

Versendete E-Bons:             4.812
Zugestellt:                    4.761
Hard Bounces:                     38
Soft Bounces (erneut versucht):   13
Spam-Beschwerden:                  2

Hard Bounces (Adressen wurden f=C3=BCr E-Bons gesperrt):
  a.meier@t-online.de           550 5.1.1 user unknown
  jan.peeters@telenet.be        550 5.1.1 Recipient address rejected
  info@tuinwerken-vh.be         550 5.7.1 Message rejected as spam
  ... und 35 weitere (siehe CSV im Portal)

Spam-Beschwerden (Feedback-Loop):
  k*****@hotmail.com            Filiale Eupen, Bon 0418-22871
  m*****@outlook.com            Filiale Gent-Zuid, Bon 0412-90233

Bericht im Portal: https://portal.bonmail.eu/m/2210/reports/2026-11-19

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
bonmail GmbH =C2=B7 Hohenzollernring 72 =C2=B7 50672 K=C3=B6ln
'''),
    ('es', 'outlookcom-respuesta-automatica', 'automated', (),
'''Return-Path: <lucia.fdez.ortega@outlook.es>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2104.outbound.protection.outlook.com [40.92.91.104])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkR5b3wGhz9tV
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 18:21:19 +0100 (CET)
From: =?iso-8859-1?Q?Luc=EDa_Fern=E1ndez_Ortega?= <lucia.fdez.ortega@outlook.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Respuesta_autom=E1tica:_Tu_ticket_de_compra_de_Shop_Example?=
Thread-Topic: Tu ticket de compra de Shop Example
Thread-Index: AQHcTRr0nQ1y2b8o3EOJ0yM3n2y5Rg==
Date: Thu, 5 Nov 2026 17:21:17 +0000
Message-ID: <DU0P189MB2052E9B8C4F1A07D2E3B6C11F7A92@DU0P189MB2052.EURP189.PROD.OUTLOOK.COM>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: lucia.fdez.ortega@outlook.es
Content-Language: es-ES
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hola:

Estoy de vacaciones hasta el 16 de noviembre sin acceso al correo. Le=ED=
r=E9 tu mensaje a la vuelta.

Un saludo,
Luc=EDa
'''),
    ('es', 'review-platform-new-review-es', 'automated', (),
'''Return-Path: <bounces+1933021-c2e1-privacy=shop.example.be@mail.trustvoice.com>
Received: from o7.mail.trustvoice.com (o7.mail.trustvoice.com [149.72.140.7])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gkt3k0xWyz9tW
	for <privacy@shop.example.be>; Wed, 11 Nov 2026 08:40:55 +0100 (CET)
Date: Wed, 11 Nov 2026 07:40:54 +0000 (UTC)
From: Trustvoice <noreply@trustvoice.com>
To: privacy@shop.example.be
Message-ID: <Yq8fT2mPRu6kX0bQ3nW1eA@ismtpd0031p1lon1.sendgrid.net>
Subject: =?utf-8?q?Nueva_rese=C3=B1a_de_1_estrella_para_Shop_Example?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="cf0a8e1d7b2c4f93a6e5d4c3b2a19080"
X-SG-EID: u001.Kq8mH3r0Zp1vN2x9Yw7c
List-Unsubscribe: <https://business.trustvoice.com/settings/notifications>

--cf0a8e1d7b2c4f93a6e5d4c3b2a19080
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0

Hola equipo de Shop Example:

Tienes una nueva rese=C3=B1a en Trustvoice.

=E2=98=85=E2=98=86=E2=98=86=E2=98=86=E2=98=86  "Me siguen mandando correos"
Publicada por Javier M. (ES) el 10/11/2026

Ped=C3=AD que borrarais mis datos hace un mes y me siguen llegando los
tickets y las ofertas. Borrad mis datos de una vez, no quiero saber nada.

Responder a la rese=C3=B1a: https://business.trustvoice.com/reviews/65a1f0e=
2c9

Las respuestas p=C3=BAblicas r=C3=A1pidas mejoran tu TrustScore.

Este es un correo autom=C3=A1tico de Trustvoice. No respondas a este mensaj=
e.
Trustvoice A/S =C2=B7 Pilestr=C3=A6de 58 =C2=B7 1112 Copenhague =C2=B7 Dina=
marca

--cf0a8e1d7b2c4f93a6e5d4c3b2a19080
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0

<html><body><div style=3D"max-width:560px;font-family:Helvetica">Hola equip=
o de Shop Example:<br><br>Tienes una nueva rese=C3=B1a en Trustvoice.<br><b=
r>=E2=98=85=E2=98=86=E2=98=86=E2=98=86=E2=98=86  "Me siguen mandando correo=
s"
Publicada por Javier M. (ES) el 10/11/2026<br><br>Ped=C3=AD que borrarais m=
is datos hace un mes y me siguen llegando los
tickets y las ofertas. Borrad mis datos de una vez, no quiero saber nada.<b=
r><br>Responder a la rese=C3=B1a: https://business.trustvoice.com/reviews/6=
5a1f0e2c9<br><br>Las respuestas p=C3=BAblicas r=C3=A1pidas mejoran tu Trust=
Score.<br><br>Este es un correo autom=C3=A1tico de Trustvoice. No respondas=
 a este mensaje.
Trustvoice A/S =C2=B7 Pilestr=C3=A6de 58 =C2=B7 1112 Copenhague =C2=B7 Dina=
marca
</div></body></html>
--cf0a8e1d7b2c4f93a6e5d4c3b2a19080--
'''),
    ('es', 'person-pasted-app-review-deletion', 'deletion', (),
'''Return-Path: <pablo.iglesias.r@gmail.com>
Received: from mail-wr1-f45.google.com (mail-wr1-f45.google.com [209.85.221.45])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkyB51dRqz9tR
	for <privacy@shop.example.be>; Sat, 14 Nov 2026 11:06:40 +0100 (CET)
MIME-Version: 1.0
From: Pablo Iglesias <pablo.iglesias.r@gmail.com>
Date: Sat, 14 Nov 2026 11:06:28 +0100
Message-ID: <CAJ8n1vQp5x+2WkT0m_bR7oYy3H=fQ9c4Lr0Z1kD8aS6tNwB3gA@mail.gmail.com>
Subject: =?UTF-8?Q?Rese=C3=B1a_Google_Play_-_app_Shop_Example?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000a1f2b306239c4d77"

--000000000000a1f2b306239c4d77
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Esto es lo que he puesto en Google Play, os lo copio aqu=C3=AD porque en la=
 tienda nadie contesta:

"=E2=98=85=E2=98=86=E2=98=86=E2=98=86=E2=98=86 Me instal=C3=A9 la app para =
un pedido de jard=C3=ADn y ahora me llegan notificaciones todos los d=C3=AD=
as. Ya la he desinstalado. Quiero que eliminen mi cuenta y TODOS mis datos."

Pues eso. Mi cuenta es con este correo, pablo.iglesias.r@gmail.com. Borrad=
 la cuenta y todos los datos que teng=C3=A1is de m=C3=AD y confirmadme por =
correo cuando est=C3=A9 hecho.

Pablo

--000000000000a1f2b306239c4d77
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Esto es lo que he puesto en Google Play, os lo copio aqu=
=C3=AD porque en la tienda nadie contesta:<br><br>&quot;=E2=98=85=E2=98=86=
=E2=98=86=E2=98=86=E2=98=86 Me instal=C3=A9 la app para un pedido de jard=
=C3=ADn y ahora me llegan notificaciones todos los d=C3=ADas. Ya la he desi=
nstalado. Quiero que eliminen mi cuenta y TODOS mis datos.&quot;<br><br>Pue=
s eso. Mi cuenta es con este correo, pablo.iglesias.r@gmail.com. Borrad la =
cuenta y todos los datos que teng=C3=A1is de m=C3=AD y confirmadme por corr=
eo cuando est=C3=A9 hecho.<br><br>Pablo</div>

--000000000000a1f2b306239c4d77--
'''),
    ('es', 'sms-service-delivery-report-es', 'automated', (),
'''Return-Path: <no-reply@informes.mensajeria-pro.es>
Received: from smtp2.mensajeria-pro.es (smtp2.mensajeria-pro.es [217.116.0.34])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlcV10p4Xz9tT
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 09:00:07 +0100 (CET)
Date: Wed, 25 Nov 2026 09:00:05 +0100
From: "MensajeriaPro - Informes" <no-reply@informes.mensajeria-pro.es>
To: privacy@shop.example.be
Subject: Informe de entrega - Campaña "BF-ES-2026" (ID 77120)
Message-ID: <rpt-77120-20261125090005@informes.mensajeria-pro.es>
X-Mailer: MensajeriaPro Reports 2.1
Precedence: bulk
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Informe de entrega de la campa=F1a BF-ES-2026 (ID 77120)
Cuenta: SHOPEXAMPLE-BE / Remitente: ShopExample

Fecha de env=EDo:      24/11/2026 18:00
Mensajes enviados:    2.140
Entregados:           2.071 (96,8 %)
No entregados:           52
Pendientes:              17

Respuestas con palabra clave BAJA/STOP: 9
  -> Los n=FAmeros se han a=F1adido autom=E1ticamente a la lista de exclusi=
=F3n.

Descargue el detalle en el panel:
https://panel.mensajeria-pro.es/campanas/77120/informe

Este mensaje se ha generado autom=E1ticamente. Por favor, no responda.
'''),
    ('it', 'exchange-ndr-it', 'automated', (),
'''Return-Path: <>
Received: from EUR09-AM7-obe.outbound.protection.outlook.com (mail-am7eur09on2077.outbound.protection.outlook.com [40.107.139.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gkd1F6hH0z9tX
	for <privacy@shop.example.be>; Sun,  8 Nov 2026 12:05:33 +0100 (CET)
From: Microsoft Outlook <postmaster@studioferrari.it>
To: <privacy@shop.example.be>
Date: Sun, 8 Nov 2026 11:05:31 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9d4e7a12-c0b3-4f58-8e61-3a2b5c7d9f10"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: it-IT
Message-ID: <f71a3c9e-2d08-4b6a-91e4-7c5b0a2d8e36@AM7PR09MB5521.eurprd09.prod.outlook.com>
Subject: =?utf-8?q?Non_recapitabile=3A_Il_tuo_ordine_=C3=A8_pronto_nel_locker?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--9d4e7a12-c0b3-4f58-8e61-3a2b5c7d9f10
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Impossibile recapitare il messaggio a g.ferrari@studioferrari.it perch=C3=
=A9 l'indirizzo di posta elettronica non =C3=A8 stato trovato. Verificare l=
'indirizzo di posta elettronica del destinatario e provare a inviare nuovam=
ente il messaggio. Se il problema persiste, contattare l'help desk.

Informazioni di diagnostica per gli amministratori:

Server di generazione: AM7PR09MB5521.eurprd09.prod.outlook.com

g.ferrari@studioferrari.it
Il server remoto ha restituito '550 5.1.10 RESOLVER.ADR.RecipientNotFound; =
Recipient not found by SMTP address lookup'

--9d4e7a12-c0b3-4f58-8e61-3a2b5c7d9f10
Content-Type: message/delivery-status

Reporting-MTA: dns;AM7PR09MB5521.eurprd09.prod.outlook.com
Received-From-MTA: dns;notify.shop.example.be
Arrival-Date: Sun, 8 Nov 2026 11:05:30 +0000

Final-Recipient: rfc822;g.ferrari@studioferrari.it
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--9d4e7a12-c0b3-4f58-8e61-3a2b5c7d9f10
Content-Type: message/rfc822

From: Shop Example <notify@shop.example.be>
Reply-To: privacy@shop.example.be
To: g.ferrari@studioferrari.it
Subject: =?utf-8?q?Il_tuo_ordine_=C3=A8_pronto_nel_locker?=
Date: Sun, 8 Nov 2026 12:05:24 +0100
Message-ID: <locker-ready-BE-4471220@notify.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ciao Giulia,
il tuo ordine 4471220 =C3=A8 pronto nel locker Bruxelles-Midi (BXL-031).
Codice di ritiro: 884 120. Hai 7 giorni per ritirarlo.

--9d4e7a12-c0b3-4f58-8e61-3a2b5c7d9f10--
'''),
    ('it', 'libero-risposta-automatica', 'automated', (),
'''Return-Path: <marco.bellini71@libero.it>
Received: from libero.it (smtp-31.iol.local [10.101.8.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkhW32DnKz9tS
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 14:50:12 +0100 (CET)
Date: Mon, 9 Nov 2026 14:50:10 +0100 (CET)
From: marco.bellini71@libero.it
To: privacy@shop.example.be
Message-ID: <1476228819.3318120.1762696210114@mail1.libero.it>
Subject: Risposta automatica: Il tuo scontrino Shop Example Bruxelles-Midi
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Priority: 3
Importance: Normal
X-Mailer: Open-Xchange Mailer v7.10.6-Rev59
X-Originating-IP: 151.38.22.104
X-Autoreply: yes
Auto-Submitted: auto-replied

Gentile mittente,
sono fuori ufficio fino al 20 novembre con accesso limitato alla posta.
Risponderò al mio rientro.

Cordiali saluti
Marco Bellini
'''),
    ('it', 'person-replies-to-bounce-digest', 'other', (),
'''Return-Path: <f.romano@franchising-rb.it>
Received: from smtp.franchising-rb.it (smtp.franchising-rb.it [93.62.155.20])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlV2m0vPnz9tR
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 09:12:44 +0100 (CET)
Message-ID: <b83e1d2a-41f7-4c02-9a6e-1e8d0c5f7a39@franchising-rb.it>
Date: Fri, 20 Nov 2026 09:12:41 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?UTF-8?Q?Re=3A_=5Bbonmail=5D_T=C3=A4glicher_Zustellbericht_E-Bons_19?=
 =?UTF-8?Q?=2E11=2E2026_=E2=80=93_38_Hard_Bounces=2C_2_Spam-Beschwerden?=
To: privacy@shop.example.be
Cc: it-support@shop.example.be
References: <report.2210.20261119.daily@portal.bonmail.eu>
In-Reply-To: <report.2210.20261119.daily@portal.bonmail.eu>
From: Francesca Romano <f.romano@franchising-rb.it>
Content-Language: it
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Buongiorno,

scusate se scrivo in italiano. Ho visto il report di stanotte: 38 bounce 
in un giorno sono tantissimi, di solito sono 5 o 6. Credo che sia la 
cassa nuova del negozio di Eupen che da martedì salva male gli indirizzi 
(manca il punto prima del .be in diversi casi). Oggi pomeriggio passo in 
negozio e controllo con il tecnico, vi aggiorno lunedì.

Francesca Romano
Franchising RB - referente IT

Il 20/11/2026 05:30, bonmail Reports ha scritto:
> E-Bon-Zustellbericht für Shop Example BV (Mandant 2210)
> Zeitraum: 19.11.2026 00:00 – 23:59 (MEZ)
>
> Versendete E-Bons:             4.812
> Zugestellt:                    4.761
> Hard Bounces:                     38
> ...
> Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
'''),
    ('it', 'loyalty-platform-csv-signups-it', 'automated', (),
'''Return-Path: <noreply@alerts.loyaltyhub.io>
Received: from smtp-out-1.loyaltyhub.io (smtp-out-1.loyaltyhub.io [52.29.14.200])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlY0d3RbTz9tV
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 06:00:41 +0100 (CET)
Date: Mon, 23 Nov 2026 05:00:39 +0000
From: LoyaltyHub Export <noreply@alerts.loyaltyhub.io>
To: privacy@shop.example.be
Subject: [LoyaltyHub] Esportazione pianificata: nuove iscrizioni del 22/11/2026 (3 righe)
Message-ID: <export-9912.new_signups_it.1763874039@scheduler.loyaltyhub.io>
X-Mailer: LoyaltyHub Notifier 3.8.2
X-LoyaltyHub-Event: export.completed
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_lh_9912_a7c3e0"

--=_lh_9912_a7c3e0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

L'esportazione pianificata "Nuove iscrizioni - clienti italofoni" è
terminata correttamente.

Righe esportate: 3
File: nuove_iscrizioni_20261122.csv (allegato)

Il file contiene dati personali: conservalo secondo la policy privacy
della tua organizzazione.

--
Messaggio inviato automaticamente da LoyaltyHub. Non rispondere.

--=_lh_9912_a7c3e0
Content-Type: text/csv; charset=UTF-8; name="nuove_iscrizioni_20261122.csv"
Content-Disposition: attachment; filename="nuove_iscrizioni_20261122.csv"
Content-Transfer-Encoding: base64

ZGF0YV9pc2NyaXppb25lO25lZ296aW87bm9tZTtlbWFpbDtjb25zZW5zb19uZXdzbGV0dGVyO2Nv
bnNlbnNvX3Byb2ZpbGF6aW9uZQoyMDI2LTExLTIyO0JydXhlbGxlcy1NaWRpO0FsZXNzaWEgUi47
YWxlc3NpYS5yKioqQGdtYWlsLmNvbTsxOzAKMjAyNi0xMS0yMjtOYW11cjtQYW9sbyBDLjtwLmMq
KipAbGliZXJvLml0OzA7MAoyMDI2LTExLTIyO0xpw6hnZTtDaGlhcmEgQi47Yy5iKioqQGhvdG1h
aWwuaXQ7MTsxCg==

--=_lh_9912_a7c3e0--
'''),
    ('pt', 'exchange-ndr-pt', 'automated', (),
'''Return-Path: <>
Received: from EUR10-DB8-obe.outbound.protection.outlook.com (mail-db8eur10on2051.outbound.protection.outlook.com [40.107.8.51])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gkf2K1LwGz9tW
	for <privacy@shop.example.be>; Sun,  8 Nov 2026 17:20:05 +0100 (CET)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@construtora-almeida.pt>
To: <privacy@shop.example.be>
Date: Sun, 8 Nov 2026 16:20:03 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="1b7f3e90-6a2d-4c81-b5e4-08d9c2a7f611"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-PT
Message-ID: <0c9b2e6f-4a13-47d8-a0e5-9f6d3b1c8e22@DB8PR10MB3977.EURPRD10.PROD.OUTLOOK.COM>
Subject: =?utf-8?q?N=C3=A3o_=C3=A9_poss=C3=ADvel_entregar=3A_O_seu_tal=C3=A3o_Shop_Ex?=
 =?utf-8?q?ample_-_Bruxelles-Midi?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--1b7f3e90-6a2d-4c81-b5e4-08d9c2a7f611
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

TsOjbyBmb2kgcG9zc8OtdmVsIGVudHJlZ2FyIGEgc3VhIG1lbnNhZ2VtIGEgcnVpLnNhbnRvc0Bj
b25zdHJ1dG9yYS1hbG1laWRhLnB0IHBvcnF1ZSBvIGVuZGVyZcOnbyBkZSBlLW1haWwgbsOjbyBm
b2kgZW5jb250cmFkby4gVmVyaWZpcXVlIG8gZW5kZXJlw6dvIGRlIGUtbWFpbCBkbyBkZXN0aW5h
dMOhcmlvIGUgdGVudGUgZW52aWFyIGEgbWVuc2FnZW0gbm92YW1lbnRlLiBTZSBvIHByb2JsZW1h
IGNvbnRpbnVhciwgY29udGFjdGUgbyBzdXBvcnRlIHTDqWNuaWNvLgoKSW5mb3JtYcOnw7VlcyBk
ZSBkaWFnbsOzc3RpY28gcGFyYSBhZG1pbmlzdHJhZG9yZXM6CgpTZXJ2aWRvciBkZSBnZXJhw6fD
o286IERCOFBSMTBNQjM5NzcuRVVSUFJEMTAuUFJPRC5PVVRMT09LLkNPTQoKcnVpLnNhbnRvc0Bj
b25zdHJ1dG9yYS1hbG1laWRhLnB0Ck8gc2Vydmlkb3IgcmVtb3RvIGRldm9sdmV1ICc1NTAgNS4x
LjEwIFJFU09MVkVSLkFEUi5SZWNpcGllbnROb3RGb3VuZDsgUmVjaXBpZW50IG5vdCBmb3VuZCBi
eSBTTVRQIGFkZHJlc3MgbG9va3VwJwo=

--1b7f3e90-6a2d-4c81-b5e4-08d9c2a7f611
Content-Type: message/delivery-status

Reporting-MTA: dns;DB8PR10MB3977.EURPRD10.PROD.OUTLOOK.COM
Received-From-MTA: dns;receipts.shop.example.be
Arrival-Date: Sun, 8 Nov 2026 16:20:02 +0000

Final-Recipient: rfc822;rui.santos@construtora-almeida.pt
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--1b7f3e90-6a2d-4c81-b5e4-08d9c2a7f611
Content-Type: text/rfc822-headers

From: Shop Example <e-receipt@shop.example.be>
Reply-To: privacy@shop.example.be
To: rui.santos@construtora-almeida.pt
Subject: =?utf-8?q?O_seu_tal=C3=A3o_Shop_Example_-_Bruxelles-Midi?=
Date: Sun, 8 Nov 2026 17:19:58 +0100
Message-ID: <rcpt-2026110817195-BM-0520-30991@receipts.shop.example.be>

--1b7f3e90-6a2d-4c81-b5e4-08d9c2a7f611--
'''),
    ('pt', 'sapo-resposta-automatica', 'automated', (),
'''Return-Path: <anapaula.ferreira@sapo.pt>
Received: from relay5.ptmail.sapo.pt (relay5.ptmail.sapo.pt [212.55.154.25])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkzJ86b2fz9tS
	for <privacy@shop.example.be>; Sat, 14 Nov 2026 16:02:18 +0100 (CET)
Date: Sat, 14 Nov 2026 15:02:16 +0000
From: anapaula.ferreira@sapo.pt
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Resposta_autom=C3=A1tica=3A_O_seu_extrato_de_pontos_de_novembro?=
Message-ID: <20261114150216.Horde.vQ1m0yPQk8x3Jr2uF9aP1A7@webmail.sapo.pt>
User-Agent: Horde Application Framework 5
Content-Type: text/plain; charset=utf-8; format=flowed; DelSp=Yes
MIME-Version: 1.0
Content-Disposition: inline
Content-Transfer-Encoding: 8bit

Olá,

Obrigada pela sua mensagem. Estou de férias até dia 29 de novembro, sem  
acesso regular ao e-mail. Responderei assim que possível após o meu regresso.

Cumprimentos,
Ana Paula Ferreira
'''),
    ('pt', 'camera-provider-weekly-retention', 'automated', (),
'''Return-Path: <noreply@camnuvem.com>
Received: from mail.camnuvem.com (mail.camnuvem.com [185.32.188.71])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlYs53kTfz9tX
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 07:15:02 +0100 (CET)
Date: Mon, 23 Nov 2026 06:15:01 +0000
From: CamNuvem <noreply@camnuvem.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[CamNuvem]_Relat=C3=B3rio_semanal_de_reten=C3=A7=C3=A3o_-_conta_30418?=
Message-ID: <ret-weekly-30418-20261123@camnuvem.com>
X-Mailer: CamNuvem Notifier
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_NextPart_30418_20261123"

------=_NextPart_30418_20261123
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Relat=C3=B3rio semanal de reten=C3=A7=C3=A3o - Shop Example (conta 30418)
Per=C3=ADodo: 16/11/2026 - 22/11/2026

Local                    C=C3=A2maras  Reten=C3=A7=C3=A3o  Eliminado automa=
ticamente
Bruxelles-Midi (loja)       12     30 dias     2 310 clips (1,9 TB)
Bruxelles-Midi (armaz=C3=A9m)     6     30 dias       744 clips (0,6 TB)
Li=C3=A8ge (loja)                 9     30 dias     1 488 clips (1,2 TB)

Exporta=C3=A7=C3=B5es manuais nesta semana: 1
  22/11/2026 10:14  Li=C3=A8ge cam-04  "pedido da pol=C3=ADcia - furto 19/1=
1"  por admin@shop.example.be

Estado: todas as grava=C3=A7=C3=B5es com mais de 30 dias foram eliminadas d=
e acordo
com a pol=C3=ADtica de reten=C3=A7=C3=A3o configurada.

Esta =C3=A9 uma mensagem autom=C3=A1tica da CamNuvem. N=C3=A3o responda a e=
ste e-mail.
Gerir notifica=C3=A7=C3=B5es: https://app.camnuvem.com/conta/30418/notifica=
coes

------=_NextPart_30418_20261123
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PHByZSBzdHlsZT0iZm9udC1mYW1pbHk6Q29uc29sYXMsbW9ub3NwYWNlIj5P
bMOhLAoKUmVsYXTDs3JpbyBzZW1hbmFsIGRlIHJldGVuw6fDo28gLSBTaG9wIEV4YW1wbGUgKGNv
bnRhIDMwNDE4KQpQZXLDrW9kbzogMTYvMTEvMjAyNiAtIDIyLzExLzIwMjYKCkxvY2FsICAgICAg
ICAgICAgICAgICAgICBDw6JtYXJhcyAgUmV0ZW7Dp8OjbyAgRWxpbWluYWRvIGF1dG9tYXRpY2Ft
ZW50ZQpCcnV4ZWxsZXMtTWlkaSAobG9qYSkgICAgICAgMTIgICAgIDMwIGRpYXMgICAgIDIgMzEw
IGNsaXBzICgxLDkgVEIpCkJydXhlbGxlcy1NaWRpIChhcm1hesOpbSkgICAgIDYgICAgIDMwIGRp
YXMgICAgICAgNzQ0IGNsaXBzICgwLDYgVEIpCkxpw6hnZSAobG9qYSkgICAgICAgICAgICAgICAg
IDkgICAgIDMwIGRpYXMgICAgIDEgNDg4IGNsaXBzICgxLDIgVEIpCgpFeHBvcnRhw6fDtWVzIG1h
bnVhaXMgbmVzdGEgc2VtYW5hOiAxCiAgMjIvMTEvMjAyNiAxMDoxNCAgTGnDqGdlIGNhbS0wNCAg
JnF1b3Q7cGVkaWRvIGRhIHBvbMOtY2lhIC0gZnVydG8gMTkvMTEmcXVvdDsgIHBvciBhZG1pbkBz
aG9wLmV4YW1wbGUuYmUKCkVzdGFkbzogdG9kYXMgYXMgZ3JhdmHDp8O1ZXMgY29tIG1haXMgZGUg
MzAgZGlhcyBmb3JhbSBlbGltaW5hZGFzIGRlIGFjb3Jkbwpjb20gYSBwb2zDrXRpY2EgZGUgcmV0
ZW7Dp8OjbyBjb25maWd1cmFkYS4KCkVzdGEgw6kgdW1hIG1lbnNhZ2VtIGF1dG9tw6F0aWNhIGRh
IENhbU51dmVtLiBOw6NvIHJlc3BvbmRhIGEgZXN0ZSBlLW1haWwuCkdlcmlyIG5vdGlmaWNhw6fD
tWVzOiBodHRwczovL2FwcC5jYW1udXZlbS5jb20vY29udGEvMzA0MTgvbm90aWZpY2Fjb2VzCjwv
cHJlPjwvYm9keT48L2h0bWw+

------=_NextPart_30418_20261123--
'''),
    ('pt', 'person-reply-points-statement-optout', 'withdraw_consent', ('objection',),
'''Return-Path: <joaquim.pires.1958@gmail.com>
Received: from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gm4Lr2NbZz9tR
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 10:31:09 +0100 (CET)
MIME-Version: 1.0
References: <stmt-202611-88150212@loyalty.shop.example.be>
In-Reply-To: <stmt-202611-88150212@loyalty.shop.example.be>
From: Joaquim Pires <joaquim.pires.1958@gmail.com>
Date: Sat, 21 Nov 2026 10:30:55 +0100
Message-ID: <CAH4x9Tn0Qv=K8mZ2r1bL5yJw3pXo7cE6dF_gA0sU9hN1iVkRtQ@mail.gmail.com>
Subject: Re: O seu extrato de pontos de novembro
To: Shop Example <privacy@shop.example.be>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bom dia

N=C3=A3o quero receber mais estes extratos nem as vossas promo=C3=A7=C3=B5=
es por email, retiro a autoriza=C3=A7=C3=A3o que dei quando fiz o cart=C3=
=A3o. E tamb=C3=A9m n=C3=A3o aceito que usem as minhas compras para me fazer=
 publicidade personalizada, oponho-me a isso.
O cart=C3=A3o fica, s=C3=B3 para os descontos na loja.

Joaquim Pires

Enviado do meu telem=C3=B3vel

No s=C3=A1b., 21/11/2026, 08:00, Shop Example Cart=C3=A3o <loyalty@shop.exa=
mple.be> escreveu:

> Ol=C3=A1 Joaquim,
>
> Tem 1 020 pontos no seu cart=C3=A3o Shop Example.
> Recomendado para si: cortador de relva a bateria -15 %
>
> Quer deixar de receber este extrato ou saber que dados temos sobre si?
> Responda a este e-mail.
>
'''),
    ('pl', 'wp-autoodpowiedz', 'automated', (),
'''Return-Path: <tomasz.wisniewski84@wp.pl>
Received: from mx.wp.pl (mx.wp.pl [212.77.101.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkHq02TjMz9tV
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 19:44:51 +0100 (CET)
Date: Mon, 02 Nov 2026 19:44:50 +0100
From: tomasz.wisniewski84@wp.pl
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Autoodpowied=C5=BA=3A_Tw=C3=B3j_paragon_z_Shop_Example?=
Message-ID: <autoreply.5f2e8c1a40b7@wp.pl>
X-WP-AutoReply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Jestem na urlopie do 10 listopad=
a i nie mam dost=C4=99pu do poczty. Odpowiem po powrocie.

Pozdrawiam
Tomasz Wi=C5=9Bniewski
'''),
    ('pl', 'exchange-ndr-pl', 'automated', (),
'''Return-Path: <>
Received: from EUR08-WA2-obe.outbound.protection.outlook.com (mail-wa2eur08on2133.outbound.protection.outlook.com [40.107.112.133])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkpC82FvDz9tT
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 10:02:40 +0100 (CET)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@budmax-serwis.pl>
To: <privacy@shop.example.be>
Date: Tue, 10 Nov 2026 09:02:38 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e8d1a7c3-0f92-4b6e-a5d4-7c3b9e2f1a80"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pl-PL
Message-ID: <2d7e9b1c-83f4-4a60-b2c9-e1a05d8f3c47@WA2PR08MB6410.eurprd08.prod.outlook.com>
Subject: =?utf-8?B?TmllZG9zdGFyY3phbG5lOiBUd8OzaiBwYXJhZ29uIHogU2hvcCBFeGFtcGxlIEJydWtzZWxh?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--e8d1a7c3-0f92-4b6e-a5d4-7c3b9e2f1a80
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="57c0e2b9-d4a1-4f3e-8b62-a9c7e1d0f5b3"

--57c0e2b9-d4a1-4f3e-8b62-a9c7e1d0f5b3
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Nie mo=C5=BCna dostarczy=C4=87 wiadomo=C5=9Bci do adresu k.nowak@budmax-ser=
wis.pl, poniewa=C5=BC nie znaleziono adresu e-mail. Sprawd=C5=BA adres e-ma=
il adresata i spr=C3=B3buj ponownie wys=C5=82a=C4=87 wiadomo=C5=9B=C4=87. J=
e=C5=9Bli problem b=C4=99dzie si=C4=99 powtarza=C5=82, skontaktuj si=C4=99 =
z pomoc=C4=85 techniczn=C4=85.

Informacje diagnostyczne dla administrator=C3=B3w:

Serwer generuj=C4=85cy: WA2PR08MB6410.eurprd08.prod.outlook.com

k.nowak@budmax-serwis.pl
Serwer zdalny zwr=C3=B3ci=C5=82 '550 5.1.10 RESOLVER.ADR.RecipientNotFound;=
 Recipient not found by SMTP address lookup'

--57c0e2b9-d4a1-4f3e-8b62-a9c7e1d0f5b3
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><p>Nie mo=C5=BCna dostarczy=C4=87 wiadomo=C5=9Bci do adresu k.n=
owak@budmax-serwis.pl, poniewa=C5=BC nie znaleziono adresu e-mail. Sprawd=
=C5=BA adres e-mail adresata i spr=C3=B3buj ponownie wys=C5=82a=C4=87 wiado=
mo=C5=9B=C4=87. Je=C5=9Bli problem b=C4=99dzie si=C4=99 powtarza=C5=82, sko=
ntaktuj si=C4=99 z pomoc=C4=85 techniczn=C4=85.</p><p>Informacje diagnostyc=
zne dla administrator=C3=B3w:</p><p>Serwer generuj=C4=85cy: WA2PR08MB6410.e=
urprd08.prod.outlook.com</p><p>k.nowak@budmax-serwis.pl<br>Serwer zdalny zw=
r=C3=B3ci=C5=82 '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not f=
ound by SMTP address lookup'<br></p></body></html>
--57c0e2b9-d4a1-4f3e-8b62-a9c7e1d0f5b3--

--e8d1a7c3-0f92-4b6e-a5d4-7c3b9e2f1a80
Content-Type: message/delivery-status

Reporting-MTA: dns;WA2PR08MB6410.eurprd08.prod.outlook.com
Received-From-MTA: dns;receipts.shop.example.be
Arrival-Date: Tue, 10 Nov 2026 09:02:37 +0000

Final-Recipient: rfc822;k.nowak@budmax-serwis.pl
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--e8d1a7c3-0f92-4b6e-a5d4-7c3b9e2f1a80
Content-Type: text/rfc822-headers

From: Shop Example <e-receipt@shop.example.be>
Reply-To: privacy@shop.example.be
To: k.nowak@budmax-serwis.pl
Subject: =?utf-8?q?Tw=C3=B3j_paragon_z_Shop_Example_Bruksela?=
Date: Tue, 10 Nov 2026 10:02:31 +0100
Message-ID: <rcpt-2026111010023-BM-0521-31877@receipts.shop.example.be>

--e8d1a7c3-0f92-4b6e-a5d4-7c3b9e2f1a80--
'''),
    ('pl', 'person-reply-ereceipt-delete-account', 'deletion', (),
'''Return-Path: <agnieszka.zielinska@o2.pl>
Received: from mx.o2.pl (mx.o2.pl [193.17.41.99])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlN8w1kLsz9tR
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 20:55:31 +0100 (CET)
Date: Wed, 18 Nov 2026 20:55:28 +0100
From: =?UTF-8?B?QWduaWVzemthIFppZWxpxYRza2E=?= <agnieszka.zielinska@o2.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Odp=3A_Tw=C3=B3j_paragon_z_Shop_Example_Bruksela?=
Message-ID: <8b2d0f4e7a1c4b39a6e5@o2.pl>
In-Reply-To: <rcpt-2026111814220-BM-0521-33102@receipts.shop.example.be>
X-Mailer: o2.pl - Poczta
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dzien dobry,
prosze usunac moje konto w sklepie i wszystkie moje dane, karte klienta
tez. Zakladalam konto tylko zeby odebrac jedno zamowienie w paczkomacie,
wiecej nie bede kupowac. Prosze o potwierdzenie ze dane zostaly usuniete.

Agnieszka Zielinska

----- Oryginalna wiadomość -----
Od: Shop Example <e-receipt@shop.example.be>
Do: agnieszka.zielinska@o2.pl
Data: 18.11.2026 14:22
Temat: Twój paragon z Shop Example Bruksela

Dziękujemy za zakupy!
Paragon 0521-33102, 18/11/2026 14:21, razem 27,90 EUR
'''),
    ('pl', 'zimbra-vacation-pl', 'automated', (),
'''Return-Path: <marta.lipinska@ogrody-lipinski.pl>
Received: from mail.ogrody-lipinski.pl (mail.ogrody-lipinski.pl [89.161.255.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlKx90n6Qz9tW
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 11:40:03 +0100 (CET)
Date: Tue, 17 Nov 2026 11:40:02 +0100 (CET)
From: =?utf-8?Q?Marta_Lipi=C5=84ska?= <marta.lipinska@ogrody-lipinski.pl>
To: privacy@shop.example.be
Message-ID: <1211900532.88127.1763376002881.JavaMail.zimbra@ogrody-lipinski.pl>
Subject: =?utf-8?Q?Nieobecno=C5=9B=C4=87_w_biurze?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)
Thread-Index: 0Hc7Xq1mF2b3nVw9qYkO8r4T5eA==

Dzie=C5=84 dobry,

dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Od 16 do 27 listopada przebywam =
na zwolnieniu lekarskim.
W sprawach pilnych prosz=C4=99 kontaktowa=C4=87 si=C4=99 z biurem: biuro@og=
rody-lipinski.pl, tel. 12 411 20 30.

Marta Lipi=C5=84ska
Ogrody Lipi=C5=84ski Sp. z o.o.
'''),
    ('cs', 'seznam-automaticka-odpoved', 'automated', (),
'''Return-Path: <jana.dvorakova@seznam.cz>
Received: from mxf1.seznam.cz (mxf1.seznam.cz [77.75.78.100])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkK5n0hWcz9tX
	for <privacy@shop.example.be>; Tue,  3 Nov 2026 21:10:44 +0100 (CET)
Date: Tue, 03 Nov 2026 21:10:43 +0100 (CET)
From: =?utf-8?q?Jana_Dvo=C5=99=C3=A1kov=C3=A1?= <jana.dvorakova@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Automatick=C3=A1_odpov=C4=9B=C4=8F=3A_V=C3=A1=C5=A1_v=C3=BDpis_bod=C5=AF_za_listopad?=
Message-Id: <4Qz.1b3C.5kVWf2aTp0x.1h2Xy4@seznam.cz>
Auto-Submitted: auto-replied
X-Mailer: szn-mime-2.1.44
Mime-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

do 12. 11. 2026 jsem mimo kancel=C3=A1=C5=99 a e-maily nekontroluji. Na va=
=C5=A1i zpr=C3=A1vu odpov=C3=ADm po n=C3=A1vratu.

S pozdravem
Jana Dvo=C5=99=C3=A1kov=C3=A1
'''),
    ('cs', 'exchange-ndr-cs', 'automated', (),
'''Return-Path: <>
Received: from EUR07-VI1-obe.outbound.protection.outlook.com (mail-vi1eur07on2108.outbound.protection.outlook.com [40.107.22.108])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gks7L5y8Wz9tS
	for <privacy@shop.example.be>; Wed, 11 Nov 2026 13:33:21 +0100 (CET)
From: Microsoft Outlook <postmaster@horak-zahrady.cz>
To: <privacy@shop.example.be>
Date: Wed, 11 Nov 2026 12:33:19 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a3f6c1e8-2b07-4d95-9e14-c8b2d0a7f5e6"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: cs-CZ
Message-ID: <d19a6f3e-70b2-4e8c-a4d1-5b9e0c3f7a28@VI1PR07MB9088.eurprd07.prod.outlook.com>
Subject: =?utf-8?q?Nedoru=C4=8Diteln=C3=A9=3A_V=C3=A1=C5=A1_v=C3=BDpis_bod=C5=AF_za_listopad?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--a3f6c1e8-2b07-4d95-9e14-c8b2d0a7f5e6
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

WnByw6F2dSBuZWJ5bG8gbW/Fvm7DqSBkb3J1xI1pdCBuYSBhZHJlc3UgcC5ob3Jha0Bob3Jhay16
YWhyYWR5LmN6LCBwcm90b8W+ZSBlLW1haWxvdsOhIGFkcmVzYSBuZWJ5bGEgbmFsZXplbmEuIFpr
b250cm9sdWp0ZSBlLW1haWxvdm91IGFkcmVzdSBwxZnDrWplbWNlIGEgemt1c3RlIHpwcsOhdnUg
b2Rlc2xhdCB6bm92dS4gUG9rdWQgcHJvYmzDqW0gcMWZZXRydsOhdsOhLCBvYnJhxaV0ZSBzZSBu
YSB0ZWNobmlja291IHBvZHBvcnUuCgpEaWFnbm9zdGlja8OpIGluZm9ybWFjZSBwcm8gc3Byw6F2
Y2U6CgpHZW5lcnVqw61jw60gc2VydmVyOiBWSTFQUjA3TUI5MDg4LmV1cnByZDA3LnByb2Qub3V0
bG9vay5jb20KCnAuaG9yYWtAaG9yYWstemFocmFkeS5jegpWemTDoWxlbsO9IHNlcnZlciB2csOh
dGlsICc1NTAgNS4xLjEwIFJFU09MVkVSLkFEUi5SZWNpcGllbnROb3RGb3VuZDsgUmVjaXBpZW50
IG5vdCBmb3VuZCBieSBTTVRQIGFkZHJlc3MgbG9va3VwJwo=

--a3f6c1e8-2b07-4d95-9e14-c8b2d0a7f5e6
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR07MB9088.eurprd07.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Wed, 11 Nov 2026 12:33:18 +0000

Final-Recipient: rfc822;p.horak@horak-zahrady.cz
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--a3f6c1e8-2b07-4d95-9e14-c8b2d0a7f5e6
Content-Type: message/rfc822

From: Shop Example <loyalty@shop.example.be>
Reply-To: privacy@shop.example.be
To: p.horak@horak-zahrady.cz
Subject: =?utf-8?q?V=C3=A1=C5=A1_v=C3=BDpis_bod=C5=AF_za_listopad?=
Date: Wed, 11 Nov 2026 13:33:12 +0100
Message-ID: <stmt-202611-88161004@loyalty.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,
na va=C5=A1=C3=AD kart=C4=9B m=C3=A1te 540 bod=C5=AF.
Chcete-li zjistit, jak=C3=A9 =C3=BAdaje o v=C3=A1s m=C3=A1me, odpov=C4=9Bzt=
e na tento e-mail.

--a3f6c1e8-2b07-4d95-9e14-c8b2d0a7f5e6--
'''),
    ('cs', 'review-platform-cz-new-rating', 'automated', (),
'''Return-Path: <bounce@notifikace.recenzuj.cz>
Received: from smtp3.recenzuj.cz (smtp3.recenzuj.cz [46.28.105.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gkx0q3hYdz9tV
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 08:05:18 +0100 (CET)
Date: Fri, 13 Nov 2026 08:05:17 +0100
From: "Recenzuj.cz" <notifikace@recenzuj.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?B?Tm92w6kgaG9kbm9jZW7DrSBvYmNob2R1IFNob3AgRXhhbXBsZSAoMjAgJSk=?=
Message-ID: <hodnoceni-991273-55120@recenzuj.cz>
X-Mailer: Nette Framework
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWYiPgo8cD5Eb2Jy
w70gZGVuLDwvcD4KPHA+dsOhxaEgb2JjaG9kIDxiPlNob3AgRXhhbXBsZSAoc2hvcC5leGFtcGxl
LmJlKTwvYj4gesOtc2thbCBub3bDqSBob2Rub2NlbsOtLjwvcD4KPHRhYmxlIHN0eWxlPSJib3Jk
ZXI6MXB4IHNvbGlkICNkZGQ7cGFkZGluZzo4cHgiPjx0cj48dGQ+CjxwPjxiPkNlbGtvdsOpIGhv
ZG5vY2Vuw606IDIwICU8L2I+ICZuYnNwOyBaw6FrYXpuw61rOiBPbmTFmWVqIEsuLCBCcm5vICZu
YnNwOyAxMi4gMTEuIDIwMjY8L3A+CjxwPjxiPk5ldsO9aG9keTo8L2I+IGRvcHJhdmEgZG8gxIxS
IHRydmFsYSA5IGRuw607IHBvIG7DoWt1cHUgbWkgY2hvZMOtIHJla2xhbW7DrSBTTVM8L3A+Cjxw
PjxiPktvbWVudMOhxZk6PC9iPiBaYm/FvsOtIHYgcG/FmcOhZGt1LCBhbGUgc21hxb50ZSBtb2pl
IMO6ZGFqZSwgbmVjaGNpIG9kIHbDoXMgxb7DoWRuw6kgU01TIGFuaSBlLW1haWx5LjwvcD4KPC90
ZD48L3RyPjwvdGFibGU+CjxwPjxhIGhyZWY9Imh0dHBzOi8vYWRtaW4ucmVjZW56dWouY3ovb2Jj
aG9kLzU1MTIwL2hvZG5vY2VuaS85OTEyNzMiPk9kcG92xJtkxJt0IG5hIGhvZG5vY2Vuw608L2E+
PC9wPgo8cCBzdHlsZT0iY29sb3I6Izg4ODtmb250LXNpemU6MTFweCI+VGVudG8gZS1tYWlsIGJ5
bCB2eWdlbmVyb3bDoW4gYXV0b21hdGlja3ksIG5lb2Rwb3bDrWRlanRlIG5hIG7Em2ouIE5hc3Rh
dmVuw60gdXBvem9ybsSbbsOtIHptxJtuw610ZSB2IGFkbWluaXN0cmFjaSBSZWNlbnp1ai5jei48
L3A+CjwvYm9keT48L2h0bWw+Cg==
'''),
    ('cs', 'person-reply-statement-correction', 'correction', (),
'''Return-Path: <m.prochazka@centrum.cz>
Received: from mail.centrum.cz (mail.centrum.cz [46.255.225.240])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlRm46fVgz9tR
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 18:22:10 +0100 (CET)
Date: Thu, 19 Nov 2026 18:22:07 +0100
From: =?utf-8?q?Martin_Proch=C3=A1zka?= <m.prochazka@centrum.cz>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_V=C3=A1=C5=A1_v=C3=BDpis_bod=C5=AF_za_listopad?=
Message-ID: <20261119182207.7A1C3F21@mail.centrum.cz>
In-Reply-To: <stmt-202611-88162210@loyalty.shop.example.be>
X-Mailer: Centrum Email 5
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

ve výpisu mám špatně jméno i adresu. Jmenuji se Procházka, ne Prochazková,
a od srpna bydlím na nové adrese:
Rue des Tanneurs 14, 1000 Bruxelles.
Opravte mi to prosím v údajích ke kartě, ať mi tam nechodí pošta pro někoho
jiného.

Děkuji
Martin Procházka

>>> Shop Example <loyalty@shop.example.be> 19.11.2026 08:00 >>>
> Vážená paní Prochazková,
> na vaší kartě máte 310 bodů.
> Adresa pro zasílání katalogu: Rue Haute 201, 1000 Bruxelles
'''),
    ('hr', 'exchange-ndr-hr', 'automated', (),
'''Return-Path: <>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2092.outbound.protection.outlook.com [40.107.103.92])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gkk1y0QmXz9tW
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 15:40:29 +0100 (CET)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@babic-vrtovi.hr>
To: <privacy@shop.example.be>
Date: Mon, 9 Nov 2026 14:40:27 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="6e2b9d04-a1c7-4f38-8d05-b7e3c9a1f260"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: hr-HR
Message-ID: <93c0e7a2-5d1f-4b8e-a6c3-2f9d1e0b7a54@VI1PR03MB4420.eurprd03.prod.outlook.com>
Subject: =?utf-8?q?Neisporu=C4=8Divo=3A_Va=C5=A1_ra=C4=8Dun_iz_trgovine_Shop_Example?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--6e2b9d04-a1c7-4f38-8d05-b7e3c9a1f260
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="0a7d3e19-c8b4-4e62-95f1-d2c6a0b8e374"

--0a7d3e19-c8b4-4e62-95f1-d2c6a0b8e374
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Va=C5=A1u poruku nije mogu=C4=87e isporu=C4=8Diti na adresu i.babic@babic-v=
rtovi.hr jer adresa e-po=C5=A1te nije prona=C4=91ena. Provjerite adresu e-p=
o=C5=A1te primatelja i poku=C5=A1ajte ponovno poslati poruku. Ako se proble=
m nastavi, obratite se slu=C5=BEbi za podr=C5=A1ku.

Dijagnosti=C4=8Dke informacije za administratore:

Poslu=C5=BEitelj koji je generirao: VI1PR03MB4420.eurprd03.prod.outlook.com

i.babic@babic-vrtovi.hr
Udaljeni poslu=C5=BEitelj vratio je '550 5.1.10 RESOLVER.ADR.RecipientNotFo=
und; Recipient not found by SMTP address lookup'

--0a7d3e19-c8b4-4e62-95f1-d2c6a0b8e374
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><p>Va=C5=A1u poruku nije mogu=C4=87e isporu=C4=8Diti na adresu =
i.babic@babic-vrtovi.hr jer adresa e-po=C5=A1te nije prona=C4=91ena. Provje=
rite adresu e-po=C5=A1te primatelja i poku=C5=A1ajte ponovno poslati poruku=
. Ako se problem nastavi, obratite se slu=C5=BEbi za podr=C5=A1ku.</p><p>Di=
jagnosti=C4=8Dke informacije za administratore:</p><p>Poslu=C5=BEitelj koji=
 je generirao: VI1PR03MB4420.eurprd03.prod.outlook.com</p><p>i.babic@babic-=
vrtovi.hr<br>Udaljeni poslu=C5=BEitelj vratio je '550 5.1.10 RESOLVER.ADR.R=
ecipientNotFound; Recipient not found by SMTP address lookup'<br></p></body=
></html>
--0a7d3e19-c8b4-4e62-95f1-d2c6a0b8e374--

--6e2b9d04-a1c7-4f38-8d05-b7e3c9a1f260
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR03MB4420.eurprd03.prod.outlook.com
Received-From-MTA: dns;receipts.shop.example.be
Arrival-Date: Mon, 9 Nov 2026 14:40:26 +0000

Final-Recipient: rfc822;i.babic@babic-vrtovi.hr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--6e2b9d04-a1c7-4f38-8d05-b7e3c9a1f260
Content-Type: text/rfc822-headers

From: Shop Example <e-receipt@shop.example.be>
Reply-To: privacy@shop.example.be
To: i.babic@babic-vrtovi.hr
Subject: =?utf-8?q?Va=C5=A1_ra=C4=8Dun_iz_trgovine_Shop_Example?=
Date: Mon, 9 Nov 2026 15:40:21 +0100
Message-ID: <rcpt-2026110915402-LG-0610-12044@receipts.shop.example.be>

--6e2b9d04-a1c7-4f38-8d05-b7e3c9a1f260--
'''),
    ('hr', 'outlook-automatski-odgovor', 'automated', (),
'''Return-Path: <ana.kovacevic@tvrtka-kovacevic.hr>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2139.outbound.protection.outlook.com [40.107.13.139])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlD6p2cPxz9tX
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 12:01:55 +0100 (CET)
From: =?utf-8?B?QW5hIEtvdmHEjWV2acSH?= <ana.kovacevic@tvrtka-kovacevic.hr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?QXV0b21hdHNraSBvZGdvdm9yOiBWYcWhIHJhxI11biBpeiB0cmdvdmluZSBTaG9wIEV4YW1wbGU=?=
Thread-Topic: =?utf-8?B?VmHFoSByYcSNdW4gaXogdHJnb3ZpbmUgU2hvcCBFeGFtcGxl?=
Thread-Index: AQHcVFp0yF3kQ2mY0Eq7rT1bZ9xKwA==
Date: Fri, 13 Nov 2026 11:01:53 +0000
Message-ID: <HE1PR01MB5218C3A9B0E7D61F4A2C88E1B0F42@HE1PR01MB5218.eurprd01.prod.outlook.com>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: ana.kovacevic@tvrtka-kovacevic.hr
Content-Language: hr-HR
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

UG/FoXRvdmFuaSwKCm5hIGdvZGnFoW5qZW0gc2FtIG9kbW9ydSBkbyAyMy4gc3R1ZGVub2dhIDIw
MjYuIGJleiBwcmlzdHVwYSBlLXBvxaF0aS4KWmEgaGl0bmUgdXBpdGUgb2JyYXRpdGUgc2Uga29s
ZWdpIEl2YW51IEhvcnZhdHUgKGl2YW4uaG9ydmF0QHR2cnRrYS1rb3ZhY2V2aWMuaHIpLgoKTGlq
ZXAgcG96ZHJhdiwKQW5hIEtvdmHEjWV2acSHCg==
'''),
    ('hr', 'person-reply-offer-no-profiling', 'objection', (),
'''Return-Path: <dario.juric@net.hr>
Received: from mail.net.hr (mail.net.hr [195.29.150.22])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlbF71nTzz9tS
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 19:48:12 +0100 (CET)
Date: Tue, 24 Nov 2026 19:48:09 +0100
From: =?UTF-8?Q?Dario_Juri=C4=87?= <dario.juric@net.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Re=3A_Ponude_odabrane_samo_za_Vas_=E2=80=93_Black_Friday?=
Message-ID: <a7d41e0b-6c2f-4e99-8b13-fd02c7e1b590@net.hr>
In-Reply-To: <offer-bf-20261124-661201@loyalty.shop.example.be>
User-Agent: Roundcube Webmail/1.6.9
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Pozdrav,

"odabrane samo za Vas" znaci da pratite sto kupujem i radite profil od 
mojih kupnji. Ne zelim to. Prigovaram profiliranju i koristenju mojih 
podataka o kupnji za personalizirane ponude. Karticu i dalje koristim za 
bodove.

Dario Juric

On 2026-11-24 08:00, Shop Example wrote:
> Dragi Dario,
> na temelju Vaših kupnji odabrali smo za Vas:
> - Vrtna garnitura Lisboa -30 %
> - Zimski pokrivač za bazen -20 %
'''),
    ('sv', 'outlook-automatiskt-svar', 'automated', (),
'''Return-Path: <erik.lindqvist@byggfirman-lindqvist.se>
Received: from EUR02-HE1-obe.outbound.protection.outlook.com (mail-he1eur02on2131.outbound.protection.outlook.com [40.107.1.131])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkT3c4wZbz9tW
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 15:12:08 +0100 (CET)
From: Erik Lindqvist <erik.lindqvist@byggfirman-lindqvist.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatiskt svar: Your receipt from Shop Example Bruxelles-Midi (06/11/2026)
Thread-Topic: Your receipt from Shop Example Bruxelles-Midi (06/11/2026)
Thread-Index: AQHcTuNmX1r8vD0qkE2fY5nW3aT4Pw==
Date: Fri, 6 Nov 2026 14:12:06 +0000
Message-ID: <HE1PR02MB3044F2E9A1C07B83D5E6F12C04A71@HE1PR02MB3044.eurprd02.prod.outlook.com>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: erik.lindqvist@byggfirman-lindqvist.se
Content-Language: sv-SE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hej!

Jag =E4r p=E5 tj=E4nsteresa i Belgien till och med den 13 november och l=E4=
ser e-post s=E4llan. Vid br=E5dskande =E4renden, ring v=E4xeln p=E5 08-55=
5 120 00.

Med v=E4nlig h=E4lsning
Erik Lindqvist
'''),
    ('sv', 'zendesk-auto-ack-sv', 'automated', (),
'''Return-Path: <support+id88412@tradgardshjalpen.zendesk.com>
Received: from out-11.smtp.zendesk.com (out-11.smtp.zendesk.com [192.161.156.11])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gkr0t5dXmz9tT
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 16:30:47 +0100 (CET)
Date: Tue, 10 Nov 2026 15:30:45 +0000
From: =?UTF-8?Q?Tr=C3=A4dg=C3=A5rdshj=C3=A4lpen_Kundtj=C3=A4nst?= <support@tradgardshjalpen.se>
Reply-To: =?UTF-8?Q?Tr=C3=A4dg=C3=A5rdshj=C3=A4lpen_Kundtj=C3=A4nst?= <support+id88412@tradgardshjalpen.zendesk.com>
To: Shop Example <privacy@shop.example.be>
Message-ID: <7QWX2K1D9P_6731d6f5a1b2c_31c83fe1a6b8e1d4_sprut@zendesk.com>
In-Reply-To: <stmt-202611-88140071@loyalty.shop.example.be>
Subject: =?UTF-8?Q?[Tr=C3=A4dg=C3=A5rdshj=C3=A4lpen]_Vi_har_tagit_emot_ditt_=C3=A4rende_#88412?=
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6731d6f5a0c3e_2f1c3fe1a6b8e0f4129a3";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 1c4e7a0
X-Zendesk-Email-Id: 01JC9Q2K1D9P7QWX2K1D9P6731
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_6731d6f5a0c3e_2f1c3fe1a6b8e0f4129a3
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Skriv ditt svar ovanf=C3=B6r denna rad -##

Hej,

Tack f=C3=B6r att du kontaktar oss! Vi har tagit emot ditt =C3=A4rende och=
 det har f=C3=A5tt nummer #88412. Vi svarar normalt inom tv=C3=A5 arbetsd=
agar.

Ditt meddelande:
"Hej Maria, du har nu 1 880 po=C3=A4ng p=C3=A5 ditt Shop Example-kort. Vi=
ll du veta vilka uppgifter vi har om dig? Svara p=C3=A5 detta mejl."

V=C3=A4nliga h=C3=A4lsningar
Tr=C3=A4dg=C3=A5rdshj=C3=A4lpen Kundtj=C3=A4nst

----==_mimepart_6731d6f5a0c3e_2f1c3fe1a6b8e0f4129a3
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><div style=3D"color:#b5b5b5">##- Skriv ditt svar ovanf=C3=B6r =
denna rad -##</div><p>Hej,</p><p>Tack f=C3=B6r att du kontaktar oss! Vi har=
 tagit emot ditt =C3=A4rende och det har f=C3=A5tt nummer #88412. Vi svara=
r normalt inom tv=C3=A5 arbetsdagar.</p><p>Ditt meddelande:<br><i>"Hej Mar=
ia, du har nu 1 880 po=C3=A4ng p=C3=A5 ditt Shop Example-kort. Vill du vet=
a vilka uppgifter vi har om dig? Svara p=C3=A5 detta mejl."</i></p><p>V=C3=
=A4nliga h=C3=A4lsningar<br>Tr=C3=A4dg=C3=A5rdshj=C3=A4lpen Kundtj=C3=A4ns=
t</p></body></html>

----==_mimepart_6731d6f5a0c3e_2f1c3fe1a6b8e0f4129a3--
'''),
    ('sv', 'survey-closed-notice-sv', 'automated', (),
'''Return-Path: <noreply@enkatverket.se>
Received: from smtp1.enkatverket.se (smtp1.enkatverket.se [185.189.48.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gm0Bx3rLkz9tV
	for <privacy@shop.example.be>; Mon, 30 Nov 2026 00:01:09 +0100 (CET)
Date: Mon, 30 Nov 2026 00:01:07 +0100
From: =?UTF-8?Q?Enk=C3=A4tverket?= <noreply@enkatverket.se>
To: privacy@shop.example.be
Subject: =?utf-8?b?VW5kZXJzw7ZrbmluZ2VuICJLdW5kbsO2amRoZXQga2xpY2sgJiBow6RtdGEg4oCT?=
 =?utf-8?b?IG5vdmVtYmVyIiBoYXIgc3TDpG5ndHM=?=
Message-ID: <survey-closed-40871@enkatverket.se>
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

SGVqIQoKVW5kZXJzw7ZrbmluZ2VuICJLdW5kbsO2amRoZXQga2xpY2sgJiBow6RtdGEg4oCTIG5v
dmVtYmVyIiBoYXIgc3TDpG5ndHMgYXV0b21hdGlza3QKZW5saWd0IHNjaGVtYXQuCgpBbnRhbCBz
dmFyOiAzMTIgKHN2YXJzZnJla3ZlbnMgMjEgJSkKTlBTOiArMjcKCkZyaXRleHRzdmFyIHNvbSBp
bm5laMOlbGxlciBwZXJzb251cHBnaWZ0ZXIgaGFyIG1hc2tlcmF0cyBlbmxpZ3Qga29udG90cwpp
bnN0w6RsbG5pbmdhci4gUmFwcG9ydGVuIGZpbm5zIGkgdmVya3R5Z2V0OgpodHRwczovL2FwcC5l
bmthdHZlcmtldC5zZS9zdXJ2ZXlzLzQwODcxL3JlcG9ydAoKRGV0dGEgw6RyIGV0dCBhdXRvbWF0
aXNrdCBtZWRkZWxhbmRlIGZyw6VuIEVua8OkdHZlcmtldCBvY2ggZ8OlciBpbnRlIGF0dCBiZXN2
YXJhLgo=
'''),
    ('sv', 'person-reply-points-portability', 'portability', (),
'''Return-Path: <karin.sjoberg@telia.com>
Received: from smtp-out.telia.com (smtp-out11.telia.com [81.236.60.166])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlH2s0kXnz9tR
	for <privacy@shop.example.be>; Sun, 15 Nov 2026 13:27:44 +0100 (CET)
From: =?utf-8?Q?Karin_Sj=C3=B6berg?= <karin.sjoberg@telia.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))
Subject: =?utf-8?Q?Re=3A_Ditt_po=C3=A4ngsaldo_i_november?=
Date: Sun, 15 Nov 2026 13:27:40 +0100
In-Reply-To: <stmt-202611-88144120@loyalty.shop.example.be>
To: Shop Example <privacy@shop.example.be>
References: <stmt-202611-88144120@loyalty.shop.example.be>
Message-Id: <E1F0B7A2-3C49-4D8E-9F61-0A2B5C7D8E93@telia.com>
X-Mailer: Apple Mail (2.3826.300.87.4.3)

Hej,

jag flyttar hem till Sverige i december och vill ta med min k=C3=B6phistor=
ik. Kan ni skicka alla uppgifter som h=C3=B6r till mitt kort och mitt kont=
o (k=C3=B6p, po=C3=A4ng, adresser) i ett maskinl=C3=A4sbart format, g=C3=A4=
rna CSV eller JSON, s=C3=A5 att jag kan l=C3=A4gga in dem hos en annan butik=
? Det r=C3=A4cker att ni mejlar filen hit.

Tack!
Karin Sj=C3=B6berg

> 15 nov. 2026 kl. 08:00 skrev Shop Example <loyalty@shop.example.be>:
>=20
> Hej Karin,
> ditt po=C3=A4ngsaldo: 2 640 po=C3=A4ng.
> Vill du veta vilka uppgifter vi har om dig? Svara p=C3=A5 detta mejl.
'''),
    ('ro', 'yahoo-raspuns-automat', 'automated', (),
'''Return-Path: <ioana_popescu82@yahoo.com>
Received: from sonic305-21.consmr.mail.ir2.yahoo.com (sonic305-21.consmr.mail.ir2.yahoo.com [77.238.177.83])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkMbq2y9Cz9tS
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 07:45:30 +0100 (CET)
Date: Wed, 4 Nov 2026 06:45:28 +0000 (UTC)
From: Ioana Popescu <ioana_popescu82@yahoo.com>
To: privacy@shop.example.be
Message-ID: <1483920117.2281044.1762238728331@mail.yahoo.com>
Subject: =?UTF-8?Q?R=C4=83spuns_automat:_Chitan=C8=9Ba_ta_de_la_Shop_Example?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_2281043_1221078044.1762238728330"
X-Mailer: WebService/1.1.24708 YMailNorrin
Auto-Submitted: auto-replied

------=_Part_2281043_1221078044.1762238728330
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 15 noiembrie =C8=99i nu am acces =
la e-mail. V=C4=83 voi r=C4=83spunde dup=C4=83 ce revin.

Cu stim=C4=83,
Ioana Popescu
------=_Part_2281043_1221078044.1762238728330
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div class=3D"ydp3f1e0c2byahoo-style-wrap">Bun=C4=
=83 ziua,<br><br>Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 15 noiembrie =C8=
=99i nu am acces la e-mail. V=C4=83 voi r=C4=83spunde dup=C4=83 ce revin.<=
br><br>Cu stim=C4=83,<br>Ioana Popescu</div></body></html>
------=_Part_2281043_1221078044.1762238728330--
'''),
    ('ro', 'outlook-raspuns-automat-ro', 'automated', (),
'''Return-Path: <c.dumitrescu@agrotehnica-vest.ro>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2118.outbound.protection.outlook.com [40.107.249.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlF8d1vNcz9tW
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 09:14:22 +0100 (CET)
From: Cristian Dumitrescu <c.dumitrescu@agrotehnica-vest.ro>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?UsSDc3B1bnMgYXV0b21hdDogQ29tYW5kYSB0YSBlc3RlIGdhdGEgZGUgcmlkaWNhcmUgw65uIGxvY2tlcg==?=
Thread-Topic: =?utf-8?B?Q29tYW5kYSB0YSBlc3RlIGdhdGEgZGUgcmlkaWNhcmUgw65uIGxvY2tlcg==?=
Thread-Index: AQHcV5F1w9YcT0W3kUmGZqx1P0nBqA==
Date: Mon, 16 Nov 2026 08:14:20 +0000
Message-ID: <DB5PR02MB9977B1A6E3C80F2D47A5E19C3D0B6@DB5PR02MB9977.eurprd02.prod.outlook.com>
X-MS-Exchange-Inbox-Rules-Loop: c.dumitrescu@agrotehnica-vest.ro
Content-Language: ro-RO
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_DB5PR02MB9977B1A6E3C80F2D47A5E19C3D0B6DB5PR02MB9977eurp_"

--_000_DB5PR02MB9977B1A6E3C80F2D47A5E19C3D0B6DB5PR02MB9977eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QnVuxIMgeml1YSwKClbEgyBtdWzIm3VtZXNjIHBlbnRydSBtZXNhai4gU3VudCDDrm4gZGVwbGFz
YXJlIHDDom7EgyBwZSAyMC4xMS4yMDI2IMiZaSB2b2kgYXZlYSBhY2NlcyBsaW1pdGF0IGxhIGUt
bWFpbC4KUGVudHJ1IHVyZ2VuyJtlOiBvZmZpY2VAYWdyb3RlaG5pY2EtdmVzdC5ybyAvIDAyNTYg
NDkwIDExMi4KCkNyaXN0aWFuIER1bWl0cmVzY3UKRGlyZWN0b3IgdsOibnrEg3JpCg==

--_000_DB5PR02MB9977B1A6E3C80F2D47A5E19C3D0B6DB5PR02MB9977eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IHN0eWxlPSJmb250LWZhbWls
eTpDYWxpYnJpLEFyaWFsIj48cD5CdW7EgyB6aXVhLDwvcD48cD5WxIMgbXVsyJt1bWVzYyBwZW50
cnUgbWVzYWouIFN1bnQgw65uIGRlcGxhc2FyZSBww6JuxIMgcGUgMjAuMTEuMjAyNiDImWkgdm9p
IGF2ZWEgYWNjZXMgbGltaXRhdCBsYSBlLW1haWwuPGJyPlBlbnRydSB1cmdlbsibZTogb2ZmaWNl
QGFncm90ZWhuaWNhLXZlc3Qucm8gLyAwMjU2IDQ5MCAxMTIuPC9wPjxwPkNyaXN0aWFuIER1bWl0
cmVzY3U8YnI+RGlyZWN0b3IgdsOibnrEg3JpPC9wPjwvZGl2PjwvYm9keT48L2h0bWw+Cg==

--_000_DB5PR02MB9977B1A6E3C80F2D47A5E19C3D0B6DB5PR02MB9977eurp_--
'''),
    ('ro', 'person-reminder-above-ticket-ack', 'complaint', ('deletion',),
'''Return-Path: <mihai.stanciu@gmail.com>
Received: from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlfN02kQvz9tR
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 12:09:51 +0100 (CET)
MIME-Version: 1.0
References: <ack-PRV-2026-10-0387@shop.example.be>
In-Reply-To: <ack-PRV-2026-10-0387@shop.example.be>
From: Mihai Stanciu <mihai.stanciu@gmail.com>
Date: Thu, 26 Nov 2026 12:09:38 +0100
Message-ID: <CAM2pR7vX0kT9=Hq1bY4nL8cE3wZ5oJ6fS_dA2uG7iN0mKpQxVw@mail.gmail.com>
Subject: Re: [PRV-2026-10-0387] Am primit cererea dumneavoastra
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Acesta este singurul r=C4=83spuns pe care l-am primit, un mesaj automat, d=
e pe 20 octombrie. Au trecut peste 5 s=C4=83pt=C4=83m=C3=A2ni =C8=99i conte=
ul meu tot exist=C4=83, primesc =C3=AEn continuare bonuri =C8=99i oferte. =
V=C4=83 cer din nou s=C4=83 =C8=99terge=C8=9Bi contul =C8=99i toate datele=
 mele. Dac=C4=83 nu primesc confirmarea p=C3=A2n=C4=83 la 4 decembrie, depun=
 pl=C3=A2ngere la Autoritatea belgian=C4=83 pentru protec=C8=9Bia datelor =
(APD/GBA).

Mihai Stanciu

=C3=8En mar., 20 oct. 2026 la 18:02, <privacy@shop.example.be> a scris:

> Stimate client,
>
> Am primit cererea dumneavoastr=C4=83 privind datele personale. Num=C4=83ru=
l
> dosarului este PRV-2026-10-0387. V=C4=83 vom r=C4=83spunde =C3=AEn cel mul=
t o lun=C4=83.
>
> Acesta este un mesaj automat, v=C4=83 rug=C4=83m s=C4=83 nu modifica=C8=9B=
i subiectul.
>
> > Solicit =C8=99tergerea contului meu mihai.stanciu@gmail.com =C8=99i a tut=
uror
> > datelor mele.
'''),
    ('el', 'outlook-aftomati-apantisi', 'automated', (),
'''Return-Path: <g.papadopoulos@kipos-papadopoulos.gr>
Received: from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2118.outbound.protection.outlook.com [40.107.14.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkWq31xYbz9tT
	for <privacy@shop.example.be>; Sat,  7 Nov 2026 10:22:17 +0100 (CET)
From: =?utf-8?B?zpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM+Mz4DOv8+FzrvOv8+C?= <g.papadopoulos@kipos-papadopoulos.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiBZb3VyIHJlY2VpcHQg?=
 =?utf-8?b?ZnJvbSBTaG9wIEV4YW1wbGUgQnJ1eGVsbGVzLU1pZGk=?=
Thread-Topic: Your receipt from Shop Example Bruxelles-Midi
Thread-Index: AQHcUPm3xQ7aB2pL0kYv9nTc1rE8Zg==
Date: Sat, 7 Nov 2026 09:22:15 +0000
Message-ID: <VE1PR01MB6690E0A4C3B81F9D27E6A5D41C8B2@VE1PR01MB6690.eurprd01.prod.outlook.com>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: el-GR
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

zprOsc67zrfOvM6tz4HOsSDPg86xz4IsCgrOmM6xIM6xz4DOv8+Fz4POuc6szrbPiSDOsc+Az4wg
z4TOvyDOs8+BzrHPhs61zq/OvyDOrc+Jz4Igz4TOuc+CIDE2IM6dzr/Otc68zrLPgc6vzr/PhSDP
h8+Jz4HOr8+CIM+Az4HPjM+DzrLOsc+Dzrcgz4PPhM6/IM63zrvOtc66z4TPgc6/zr3Ouc66z4wg
z4TOsc+Hz4XOtM+Bzr/OvM61zq/Ovy4KzpPOuc6xIM61z4DOtc6vzrPOv869z4TOsSDOuM6tzrzO
sc+EzrEgzrXPgM65zrrOv865zr3Pic69zq7Pg8+EzrUgz4PPhM6/IDIxMCA2MTIzIDQwMC4KCs6c
zrUgzrXOus+Ezq/OvM63z4POtywKzpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM+Mz4DOv8+FzrvO
v8+CCg==
'''),
    ('el', 'gmail-vacation-el', 'automated', (),
'''Return-Path: <eleni.karagianni@gmail.com>
Received: from mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlS5k2fVhz9tX
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 20:01:40 +0100 (CET)
MIME-Version: 1.0
From: =?utf-8?b?zpXOu86tzr3OtyDOms6xz4HOsc6zzrnOrM69zr3Otw==?= <eleni.karagianni@gmail.com>
Date: Thu, 19 Nov 2026 20:01:37 +0100
Message-ID: <CAFk2Bv9sN1-vQ8rT0yZ3hL6mE4xP7jC5gW_aD1oU2iR8nKqYtA@mail.gmail.com>
Subject: =?utf-8?b?zobOtM61zrnOsSDOvM63z4TPgc+Mz4TOt8+EzrHPgg==?=
To: privacy@shop.example.be
In-Reply-To: <stmt-202611-88170455@loyalty.shop.example.be>
References: <stmt-202611-88170455@loyalty.shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000007f1a2c0623b5e9d1"

--0000000000007f1a2c0623b5e9d1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

zpPOtc65zrEgz4POsc+CLAoKzpXPhc+HzrHPgc65z4PPhM+OIM6zzrnOsSDPhM6/IM68zq7Ovc+F
zrzOrCDPg86xz4IuIM6Vzq/OvM6xzrkgz4POtSDOrM60zrXOuc6xIM68zrfPhM+Bz4zPhM63z4TO
sc+CIM6tz4nPgiDPhM6/zr0gzpnOsc69zr/Phc6sz4HOuc6/Cs66zrHOuSDOtM61zr0gzrXOu86t
zrPPh8+JIM+EzrEgZW1haWwgzrzOv8+FLiDOmM6xIM+DzrHPgiDOsc+AzrHOvc+Ezq7Pg8+JIM+M
z4TOsc69IM61z4DOuc+Dz4TPgc6tz4jPiS4KCs6VzrvOrc69zrcK

--0000000000007f1a2c0623b5e9d1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

PGRpdiBkaXI9Imx0ciI+zpPOtc65zrEgz4POsc+CLDxicj48YnI+zpXPhc+HzrHPgc65z4PPhM+O
IM6zzrnOsSDPhM6/IM68zq7Ovc+FzrzOrCDPg86xz4IuIM6Vzq/OvM6xzrkgz4POtSDOrM60zrXO
uc6xIM68zrfPhM+Bz4zPhM63z4TOsc+CIM6tz4nPgiDPhM6/zr0gzpnOsc69zr/Phc6sz4HOuc6/
PGJyPs66zrHOuSDOtM61zr0gzrXOu86tzrPPh8+JIM+EzrEgZW1haWwgzrzOv8+FLiDOmM6xIM+D
zrHPgiDOsc+AzrHOvc+Ezq7Pg8+JIM+Mz4TOsc69IM61z4DOuc+Dz4TPgc6tz4jPiS48YnI+PGJy
Ps6VzrvOrc69zrc8YnI+PC9kaXY+

--0000000000007f1a2c0623b5e9d1--
'''),
    ('el', 'person-reply-receipt-restriction', 'restriction', (),
'''Return-Path: <n.alexiou@otenet.gr>
Received: from mx-out.otenet.gr (mx-out.otenet.gr [83.235.67.30])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlcQ03yJ2z9tR
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 17:35:09 +0100 (CET)
Date: Wed, 25 Nov 2026 18:35:05 +0200
From: =?UTF-8?B?zp3Ouc66z4zOu86xzr/PgiDOkc67zrXOvs6vzr/PhQ==?= <n.alexiou@otenet.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?B?UkU6IFlvdXIgcmVjZWlwdCBmcm9tIFNob3AgRXhhbXBsZSBMacOoZ2U=?=
Message-ID: <003b01dc5ef2$1a7c9e30$4f75da90$@otenet.gr>
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJx1k2Hc9mS0eYwPa3qL8vT2oGbRw==
Content-Language: el
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Καλησπέρα,

Ο λογαριασμός και η κάρτα πελάτη σε αυτό το email είναι κοινοί με τη
σύζυγό μου, με την οποία βρισκόμαστε σε διαδικασία διαζυγίου. Ο δικηγόρος μου
θα χρειαστεί το ιστορικό αγορών. Σας ζητώ λοιπόν να μην χρησιμοποιείτε
πλέον τα δεδομένα του λογαριασμού για τίποτα (ούτε προσφορές, ούτε
αναλύσεις), αλλά και να μην τα διαγράψετε. Απλώς να τα κρατήσετε
«παγωμένα» μέχρι να σας ενημερώσω ότι τελείωσε η υπόθεση.

Νικόλαος Αλεξίου

-----Original Message-----
From: Shop Example <e-receipt@shop.example.be>
Sent: Tuesday, November 24, 2026 3:12 PM
To: n.alexiou@otenet.gr
Subject: Your receipt from Shop Example Liège

Store: Liège   Till 02   Receipt 0702-55310
1 x Tronçonneuse thermique 45 cm     EUR 329.00
Paid by Visa ****4471                EUR 329.00
'''),
    ('bg', 'abv-avtomatichen-otgovor', 'automated', (),
'''Return-Path: <petya.georgieva@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.70])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GkYk54dWrz9tV
	for <privacy@shop.example.be>; Sat,  7 Nov 2026 13:05:50 +0100 (CET)
Date: Sat, 7 Nov 2026 14:05:48 +0200 (EET)
From: =?UTF-8?B?0J/QtdGC0Y8g0JPQtdC+0YDQs9C40LXQstCw?= <petya.georgieva@abv.bg>
To: privacy@shop.example.be
Message-ID: <1588342904.118223.1762517148771@nm52.abv.bg>
Subject: =?UTF-8?B?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgA==?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: AbvMail 3.0

Здравейте,

В момента съм в отпуск до 17.11.2026 г. и нямам достъп до пощата си.
Ще отговоря на писмото Ви след завръщането си.

Поздрави,
Петя Георгиева

---
Това е автоматичен отговор.
'''),
    ('bg', 'outlook-avtomatichen-otgovor-bg', 'automated', (),
'''Return-Path: <s.ivanov@agrostroy-bg.com>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2127.outbound.protection.outlook.com [40.107.20.127])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlPq82kCbz9tT
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 10:48:31 +0100 (CET)
From: =?utf-8?B?0KHRgtC+0Y/QvSDQmNCy0LDQvdC+0LI=?= <s.ivanov@agrostroy-bg.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDogWW91ciBwYWNrYWdlIGlzIHJlYWR5IGluIGxvY2tlciBCWEwtMDMx?=
Thread-Topic: Your package is ready in locker BXL-031
Thread-Index: AQHcWZkE3vJ8hX2rQ0mN1a5Tf6yPzw==
Date: Wed, 18 Nov 2026 09:48:29 +0000
Message-ID: <DB8PR05MB6108F3E0C2A91D7B46E5C08A2F7D1@DB8PR05MB6108.eurprd05.prod.outlook.com>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: s.ivanov@agrostroy-bg.com
Content-Language: bg-BG
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_DB8PR05MB6108F3E0C2A91D7B46E5C08A2F7D1DB8PR05MB6108eurp_"

--_000_DB8PR05MB6108F3E0C2A91D7B46E5C08A2F7D1DB8PR05MB6108eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JHQu9Cw0LPQvtC00LDRgNGPINC30LAg0YHRitC+0LHRidC1
0L3QuNC10YLQvi4g0JjQt9Cy0YrQvSDQvtGE0LjRgdCwINGB0YrQvCDQtNC+IDI1INC90L7QtdC8
0LLRgNC4LiDQn9GA0Lgg0YHQv9C10YjQvdC+0YHRgiDRgdC1INC+0LHQsNC00LXRgtC1INC90LAg
KzM1OSAyIDk4MSA0NCAyMC4KCtCh0YLQvtGP0L0g0JjQstCw0L3QvtCyCg==

--_000_DB8PR05MB6108F3E0C2A91D7B46E5C08A2F7D1DB8PR05MB6108eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD7Ql9C00YDQsNCy0LXQudGC0LUs
PC9wPjxwPtCR0LvQsNCz0L7QtNCw0YDRjyDQt9CwINGB0YrQvtCx0YnQtdC90LjQtdGC0L4uINCY
0LfQstGK0L0g0L7RhNC40YHQsCDRgdGK0Lwg0LTQviAyNSDQvdC+0LXQvNCy0YDQuC4g0J/RgNC4
INGB0L/QtdGI0L3QvtGB0YIg0YHQtSDQvtCx0LDQtNC10YLQtSDQvdCwICszNTkgMiA5ODEgNDQg
MjAuPC9wPjxwPtCh0YLQvtGP0L0g0JjQstCw0L3QvtCyPC9wPjwvYm9keT48L2h0bWw+Cg==

--_000_DB8PR05MB6108F3E0C2A91D7B46E5C08A2F7D1DB8PR05MB6108eurp_--
'''),
    ('bg', 'person-reply-wifi-confirmation-access', 'access', (),
'''Return-Path: <desislava.todorova@mail.bg>
Received: from mx.mail.bg (mx.mail.bg [193.201.172.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gm2X71nRdz9tR
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 19:40:03 +0100 (CET)
Date: Fri, 27 Nov 2026 20:40:00 +0200
From: =?UTF-8?B?0JTQtdGB0LjRgdC70LDQstCwINCi0L7QtNC+0YDQvtCy0LA=?= <desislava.todorova@mail.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?B?UmU6INCS0LjQtSDRgdGC0LUg0YHQstGK0YDQt9Cw0L3QuCDQutGK0LwgU2hvcEV4YW1wbGUtR3Vlc3Q=?=
Message-ID: <1764268800.77310@mail.bg>
In-Reply-To: <wifi-welcome-4471-883201@portal.hotspotcloud.eu>
X-Mailer: mail.bg webmail
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

Вчера се свързах с безплатния Wi-Fi в магазина ви в Брюксел и сега получих
това писмо. Искам да знам какви данни за мен сте събрали през Wi-Fi мрежата
– имейл, телефон, MAC адрес на телефона, по кое време и колко време съм била
в магазина – и на кого ги давате. Моля, изпратете ми копие от тях.

Десислава Тодорова

> ---------- Препратено / Оригинално писмо ----------
> От: ShopExample-Guest <no-reply@portal.hotspotcloud.eu>
> Относно: Вие сте свързани към ShopExample-Guest
>
> Добре дошли! Вие сте свързани към безплатния Wi-Fi на Shop Example.
> Въпроси за личните данни: privacy@shop.example.be
'''),
    ('en', 'gmail-dsn-address-not-found', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4GlZ0v6qXjz9tW
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 11:02:37 +0100 (CET)
Received: by 2002:a05:6a10:8d11:b0:5e1:2c44:7a31 with SMTP id x17csp1844210pxi;
        Mon, 23 Nov 2026 02:02:36 -0800 (PST)
MIME-Version: 1.0
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <6741a8ac.050a0220.3c1f2e.8b14.GMR@mx.google.com>
Date: Mon, 23 Nov 2026 02:02:36 -0800 (PST)
Subject: Delivery Status Notification (Failure)
References: <wifi-digest-4471-20261123@shop.example.be>
In-Reply-To: <wifi-digest-4471-20261123@shop.example.be>
X-Failed-Recipients: store.manager.brugge@gmail.com
Content-Type: multipart/report; boundary="000000000000b2c4d80624a7f1e3"; report-type=delivery-status

--000000000000b2c4d80624a7f1e3
Content-Type: multipart/related; boundary="000000000000b2c4d90624a7f1f2"

--000000000000b2c4d90624a7f1f2
Content-Type: multipart/alternative; boundary="000000000000b2c4da0624a7f1f9"

--000000000000b2c4da0624a7f1f9
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to store.manager.brugge@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5f7a1c2b3d4si1832211a12.301 - gsmtp

--000000000000b2c4da0624a7f1f9
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
<h1 style="font-size:24px;color:#212121">Address not found</h1>
<p>Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>store.manager.brugge@gmail.com</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p>The response from the remote server was:</p>
<p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist. - gsmtp</p>
</td></tr>
</tbody></table>
</body>
</html>

--000000000000b2c4da0624a7f1f9--
--000000000000b2c4d90624a7f1f2--
--000000000000b2c4d80624a7f1e3
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; privacy@shop.example.be
Arrival-Date: Mon, 23 Nov 2026 02:02:35 -0800 (PST)
X-Original-Message-ID: <wifi-digest-4471-20261123@shop.example.be>

Final-Recipient: rfc822; store.manager.brugge@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try
 550-5.1.1 double-checking the recipient's email address for typos or
 550-5.1.1 unnecessary spaces. For more information, go to
 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5f7a1c2b3d4si1832211a12.301 - gsmtp
Last-Attempt-Date: Mon, 23 Nov 2026 02:02:36 -0800 (PST)

--000000000000b2c4d80624a7f1e3
Content-Type: message/rfc822

From: privacy@shop.example.be
To: store.manager.brugge@gmail.com
Subject: Fwd: Dagelijks overzicht gastregistraties - Shop Example (6 locaties) - 22/11/2026
Date: Mon, 23 Nov 2026 11:02:31 +0100
Message-ID: <wifi-digest-4471-20261123@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Automatically forwarded by mailbox rule "wifi digest -> store managers".

Dagelijks overzicht gastregistraties
Organisatie: Shop Example BV (org 4471)

--000000000000b2c4d80624a7f1e3--
'''),
    ('fr', 'loyalty-platform-points-batch-report', 'automated', (),
'''Return-Path: <noreply@alerts.loyaltyhub.io>
Received: from smtp-out-2.loyaltyhub.io (smtp-out-2.loyaltyhub.io [52.29.14.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Gm3Fz0rWqz9tS
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 04:10:22 +0100 (CET)
Date: Fri, 27 Nov 2026 03:10:20 +0000
From: LoyaltyHub <noreply@alerts.loyaltyhub.io>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BLoyaltyHub=5D_Rapport_du_lot_de_points_20261126-01_=3A_18_204_t?=
 =?utf-8?q?ransactions=2C_57_rejet=C3=A9es?=
Message-ID: <batch-20261126-01.shop-example-be@scheduler.loyaltyhub.io>
X-Mailer: LoyaltyHub Notifier 3.8.2
X-LoyaltyHub-Event: batch.completed
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Rapport du lot de points n=C2=B0 20261126-01
Locataire : shop-example-be
Source : caisses (fichier POS_BE_20261126.csv)

Transactions re=C3=A7ues :          18 204
Points attribu=C3=A9s :          1 126 480
Transactions rejet=C3=A9es :            57
  - carte inconnue :               41
  - carte bloqu=C3=A9e (compte supprim=C3=A9/gel=C3=A9 =C3=A0 la demande du=
 membre) : 12
  - montant n=C3=A9gatif :               4

Le d=C3=A9tail des rejets est disponible dans la console :
https://console.loyaltyhub.io/t/shop-example-be/batches/20261126-01

Ce message a =C3=A9t=C3=A9 envoy=C3=A9 automatiquement par LoyaltyHub. Merc=
i de ne pas y r=C3=A9pondre.
'''),
]

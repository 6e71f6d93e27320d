"""Sixtieth set, robot mail of consent records, preference centres and marketing platforms (ESP, CMP, push, survey, CRM, auto-replies, bounces), plus people who look automatic (en nl fr de es it pt). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ en
    ('en', 'cmp-consent-records-export-ready', 'automated', (),
'''Return-Path: <bounces+4417902-2a9f-privacy=shop.example.be@em.consentledger.io>
Received: from o12.em.consentledger.io (o12.em.consentledger.io [198.51.100.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dFq7L2ZxWz9sRT
        for <privacy@shop.example.be>; Tue, 13 Jan 2026 09:14:52 +0100 (CET)
Received: by filterdrecv-7d8c9b5f6-xq2lp with SMTP id filterdrecv-7d8c9b5f6-xq2lp-1-6965E0AB-3
        2026-01-13 08:14:51.903172312 +0000 UTC m=+2230411.180113470
Received: from NDQxNzkwMg (unknown)
        by geopod-ismtpd-3 (SG) with HTTP
        id Xk3pQ9r2SGeW0uV7aLmN4w
        Tue, 13 Jan 2026 08:14:51.772 +0000 (UTC)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=consentledger.io;
        h=content-type:from:mime-version:subject:to:cc:content-type:from:subject:to;
        s=s1; bh=3q1nU0kFJc2oV9Yw1d7bqQm8Yq3sI4x7T0W6pJjvR9E=;
        b=Qm9uY2VudExlZGdlcnNpZ25hdHVyZWZha2Vfbm90X3JlYWwK8a1Zr0pLw3n7uV2k
        Hq5XcT9eR4bYs1mJd6oPz0gNf2iUa8vKl3wEx7hCy5tBq9rMn4jDs6pWz1oGe2uTk8
        Lf0aVb3cXr7iYh5sNd=
From: ConsentLedger <notifications@consentledger.io>
To: privacy@shop.example.be
Subject: Your consent records export is ready (Shop Example BV - Production)
Date: Tue, 13 Jan 2026 08:14:51 +0000
Message-ID: <Xk3pQ9r2SGeW0uV7aLmN4w@geopod-ismtpd-3>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b7c1e0a4d2f95e3c8a61"
Auto-Submitted: auto-generated
X-Entity-ID: u001.Nq3ZkR8vTf2hWcLpYb7mDg==
X-SG-EID: u001.x9Yh2m7Qv1Kc4b0T8rJwZsPz3nLd6fAe5gUoXiRyVtM

--b7c1e0a4d2f95e3c8a61
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hi Privacy Team,

The consent records export requested by anouk.peeters@shop.example.be on 12=
 January 2026 at 16:02 CET has finished.

Workspace: Shop Example BV - Production
Export ID: EXP-2026-0113-77F2
Scope: all consent receipts, 1 January 2025 =E2=80=93 31 December 2025
Purposes: newsletter_email, sms_marketing, push_marketing, loyalty_profilin=
g, partner_sharing, group_brands
Records: 48,213 consent receipts (31,904 given, 14,877 withdrawn, 1,432 exp=
ired)
Fields: subject ID (hashed), purpose, status, timestamp (UTC), collection p=
oint (web form, app, in-store till, partner form), IP address, user agent, =
notice version, double opt-in confirmation time, proof reference
Format: CSV (UTF-8), zipped, 9.4 MB

Download: https://app.consentledger.io/exports/EXP-2026-0113-77F2

The download link expires on 20 January 2026 at 08:14 UTC. This file contai=
ns personal data. Only store it in a location covered by your organisation'=
s retention policy and delete it when it is no longer needed.

Warning: 212 receipts have no notice version because they were imported fro=
m the legacy loyalty system on 2 March 2025. They are flagged "proof incomp=
lete" in the export.

You are receiving this notification because you are an administrator of thi=
s workspace. Notification settings: https://app.consentledger.io/settings/n=
otifications

ConsentLedger B.V. =C2=B7 Herengracht 512 =C2=B7 1017 CB Amsterdam =C2=B7 T=
he Netherlands

--b7c1e0a4d2f95e3c8a61
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html lang=3D"en"><head><meta charset=3D"utf-8"><title>Your consent records=
 export is ready</title></head>
<body style=3D"margin:0;padding:0;background:#f4f5f7;font-family:Helvetica,=
Arial,sans-serif;color:#1f2933;">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center" style=3D"padding:32px 12px;">
<table role=3D"presentation" width=3D"560" cellpadding=3D"0" cellspacing=3D=
"0" style=3D"background:#ffffff;border-radius:6px;">
<tr><td style=3D"padding:28px 32px 8px 32px;font-size:20px;font-weight:bold=
;">Your consent records export is ready</td></tr>
<tr><td style=3D"padding:8px 32px;font-size:14px;line-height:22px;">Hi Priv=
acy Team,<br><br>The consent records export requested by anouk.peeters@shop=
.example.be on 12 January 2026 at 16:02 CET has finished.</td></tr>
<tr><td style=3D"padding:8px 32px;font-size:14px;line-height:22px;">
<b>Workspace:</b> Shop Example BV - Production<br>
<b>Export ID:</b> EXP-2026-0113-77F2<br>
<b>Scope:</b> all consent receipts, 1 January 2025 =E2=80=93 31 December 20=
25<br>
<b>Records:</b> 48,213 consent receipts (31,904 given, 14,877 withdrawn, 1,=
432 expired)<br>
<b>Format:</b> CSV (UTF-8), zipped, 9.4 MB</td></tr>
<tr><td style=3D"padding:16px 32px;"><a href=3D"https://app.consentledger.i=
o/exports/EXP-2026-0113-77F2" style=3D"background:#2f6fed;color:#ffffff;pad=
ding:12px 22px;border-radius:4px;text-decoration:none;font-size:14px;">Down=
load export</a></td></tr>
<tr><td style=3D"padding:8px 32px;font-size:13px;line-height:20px;color:#52=
606d;">The download link expires on 20 January 2026 at 08:14 UTC. This file=
 contains personal data. Only store it in a location covered by your organi=
sation's retention policy and delete it when it is no longer needed.<br><br=
>Warning: 212 receipts have no notice version because they were imported fr=
om the legacy loyalty system on 2 March 2025. They are flagged &quot;proof =
incomplete&quot; in the export.</td></tr>
<tr><td style=3D"padding:20px 32px 28px 32px;font-size:11px;line-height:16p=
x;color:#9aa5b1;">You are receiving this notification because you are an ad=
ministrator of this workspace. <a href=3D"https://app.consentledger.io/sett=
ings/notifications" style=3D"color:#9aa5b1;">Notification settings</a><br>C=
onsentLedger B.V. =C2=B7 Herengracht 512 =C2=B7 1017 CB Amsterdam =C2=B7 Th=
e Netherlands</td></tr>
</table></td></tr></table>
<img src=3D"https://u4417902.ct.consentledger.io/wf/open?upn=3Du001.Yp7x2Qm=
L0c" alt=3D"" width=3D"1" height=3D"1" border=3D"0" style=3D"height:1px !im=
portant;width:1px !important;">
</body></html>

--b7c1e0a4d2f95e3c8a61--
'''),

    ('en', 'exchange-ooo-reply-to-preferences-answer', 'automated', (),
'''Return-Path: <d.whitfield@harrowmere-logistics.co.uk>
Received: from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2107.outbound.protection.outlook.com [203.0.113.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fHb2N0kQpz7tWd
        for <privacy@shop.example.be>; Mon, 16 Feb 2026 11:42:09 +0100 (CET)
ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
 b=Fk2mR8pQ1vYt0nZx4LcW7aJe3sHd9gBu6oKi5rTy2MfN8bVqX1wPz4lAe7cSj0dGh3uRn6kYo9tEm2iLa5fWq==
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
 d=harrowmere-logistics.co.uk; s=selector1;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh=pZ4v1Qm8sT0wXk2yLr6nB3cJh7dF9eGa5uIo1tRq0Wc=;
 b=Tn3kR7mQ0pXv2wLz8cYb4hJs1dFa6gEu9oKi3tNy5MrP7bWqZ2xVl0sCe4jAh8dGu6fRn1kYo3tEm9iLa2fWs8Pq0Rz
From: Daniel Whitfield <d.whitfield@harrowmere-logistics.co.uk>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Your marketing preferences - ref. PRIV-2026-0412
Thread-Topic: Your marketing preferences - ref. PRIV-2026-0412
Thread-Index: AQHcn1kQ0aZ1tq8WQkqgH7mB1xYwZrSn5v1e
Date: Mon, 16 Feb 2026 10:42:07 +0000
Message-ID: <LO2P265MB4417A0B6C3E2D1F4BA9C7E21D8A52@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <20260216104158.3F21C6A0B2@mail.shop.example.be>
References: <20260216104158.3F21C6A0B2@mail.shop.example.be>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Exchange-Organization-AuthSource: LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Thank you for your email.

I am out of the office until Monday 23 February with very limited access to=
 email. Your message will not be forwarded.

For anything urgent relating to warehouse operations or collections, please=
 contact our operations desk on ops@harrowmere-logistics.co.uk or +44 1632 =
960 418.

Kind regards,

Daniel Whitfield
Head of Customer Operations
Harrowmere Logistics Ltd
'''),

    ('en', 'postfix-bounce-preferences-confirmation', 'automated', (),
'''Return-Path: <>
Received: from smtp-out1.shop.example.be (smtp-out1.shop.example.be [192.0.2.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4gK8sD1vLnz3pQm
        for <privacy@shop.example.be>; Mon, 16 Mar 2026 11:06:42 +0100 (CET)
Received: by smtp-out1.shop.example.be (Postfix)
        id 7C0F91A0D4; Mon, 16 Mar 2026 11:06:41 +0100 (CET)
Date: Mon, 16 Mar 2026 11:06:41 +0100 (CET)
From: MAILER-DAEMON@smtp-out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4B8E21A0C3.1773655601/smtp-out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260316100641.7C0F91A0D4@smtp-out1.shop.example.be>

This is a MIME-encapsulated message.

--4B8E21A0C3.1773655601/smtp-out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp-out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.okafor77@orbitmail.example>: host mx2.orbitmail.example[198.51.100.17] said:
    550 5.1.1 <m.okafor77@orbitmail.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--4B8E21A0C3.1773655601/smtp-out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out1.shop.example.be
X-Postfix-Queue-ID: 4B8E21A0C3
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 16 Mar 2026 11:06:39 +0100 (CET)

Final-Recipient: rfc822; m.okafor77@orbitmail.example
Original-Recipient: rfc822;m.okafor77@orbitmail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx2.orbitmail.example
Diagnostic-Code: smtp; 550 5.1.1 <m.okafor77@orbitmail.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--4B8E21A0C3.1773655601/smtp-out1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.20])
        by smtp-out1.shop.example.be (Postfix) with ESMTPS id 4B8E21A0C3
        for <m.okafor77@orbitmail.example>; Mon, 16 Mar 2026 11:06:39 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: m.okafor77@orbitmail.example
Subject: Your marketing preferences have been updated - ref. PRIV-2026-0588
Date: Mon, 16 Mar 2026 11:06:38 +0100
Message-ID: <20260316100638.5D2E11A0B9@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

--4B8E21A0C3.1773655601/smtp-out1.shop.example.be--
'''),

    ('en', 'push-service-weekly-permission-report', 'automated', (),
'''Return-Path: <bounce+8c41e2.5a7-privacy=shop.example.be@mg.pushwell.app>
Received: from m204-17.mg.pushwell.app (m204-17.mg.pushwell.app [198.51.100.204])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4hQv3Y6rTcz1mNx
        for <privacy@shop.example.be>; Mon, 6 Apr 2026 07:00:14 +0200 (CEST)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=pushwell.app; q=dns/txt;
 s=pw1; t=1775451613; x=1775458813;
 h=Content-Transfer-Encoding: Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id: Reply-To: List-Unsubscribe: List-Unsubscribe-Post;
 bh=Rk3n0Qx7vL2mTy9pZc4wBa1sHd8gJe5uKo6iNr0tYq4=;
 b=Wq8mR2pL0vXt6nZc3yKb9hJs4dFa1gEu7oKi5tNy2MrP0bVqZ8xWl3sCe6jAh1dGu9fRn4kYo0tEm7iLa3fWs5P
X-Mailgun-Sending-Ip: 198.51.100.204
X-Mailgun-Sid: WyI1YTdmIiwgInByaXZhY3lAc2hvcC5leGFtcGxlLmJlIiwgIjhjNDFlMiJd
Date: Mon, 06 Apr 2026 05:00:13 +0000
From: Pushwell Reports <reports@pushwell.app>
Reply-To: Pushwell Support <support@pushwell.app>
To: privacy@shop.example.be
Subject: [Shop Example app] Weekly permission report: 2,361 users turned off marketing notifications
Message-Id: <20260406050013.8c41e25a7d1b3f09@pushwell.app>
List-Unsubscribe: <https://dashboard.pushwell.app/u/notifications?t=8c41e25a7d1b>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Mime-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Pushwell weekly permission report
App: Shop Example (iOS 4.18.2, Android 4.18.1)
Period: Monday 30 March 2026 – Sunday 5 April 2026

OS notification permission
  Prompts shown (first launch / after update):   9,482
  Allowed:                                        5,117 (54.0%)
  Denied:                                         4,365
  Revoked later in system settings:               1,208

In-app consent toggles
  "Offers and news" (marketing_push) switched off: 2,361
  "Order and delivery updates" switched off:         144
  "Personalised recommendations" switched off:       587

Device tokens
  Unregistered by APNs/FCM:                        3,026
  Deleted after 270 days of inactivity:            1,914

Segments updated automatically
  marketing_push_optin:  -2,361 users (now 118,406)
  inbox_messages_optin:    -412 users (now 96,880)

Users who switched off "Offers and news" no longer receive campaigns sent to
the marketing_push_optin segment. Transactional notifications (order status,
click & collect, delivery windows) are not affected by this toggle.

Note: after release 4.18.0 the consent screen was shown again to 6,930 users
who had already answered it. Check your release notes if this was not
intended.

View the full report: https://dashboard.pushwell.app/apps/shopexample/reports/perm-2026-w14
Audit log of consent changes (CSV, 30 days): https://dashboard.pushwell.app/apps/shopexample/consent-log

--
This report was generated automatically for the data protection contact of
Shop Example BV. Change who receives it in Settings > Team > Notifications.
Pushwell Ltd, 14 Lowther Row, Leeds LS1 4QT, United Kingdom
'''),

    ('en', 'person-asks-consent-proof-above-doi-confirmation', 'access', (),
'''Return-Path: <rachel.dunmore@gmail.com>
Received: from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fZr8K3mWpz5qLv
        for <privacy@shop.example.be>; Fri, 6 Mar 2026 22:31:18 +0100 (CET)
Received: by mail-wm1-f54.google.com with SMTP id 5b1f17b1804b1-4835a7c1e2bso91337f8f.1
        for <privacy@shop.example.be>; Fri, 06 Mar 2026 13:31:17 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1772832677; x=1773437477;
        h=to:in-reply-to:references:date:subject:message-id:from
         :content-transfer-encoding:mime-version:from:to:cc:subject:date
         :message-id:reply-to;
        bh=Vn7qT2kL0pXz4mRc8yWb1hJs6dFa3gEu9oKi5tNy0Mw=;
        b=Hq2mR7pL4vXt0nZc8yKb3hJs9dFa6gEu1oKi7tNy4MrP2bVqZ0xWl5sCe8jAh3dGu1f
         Rn6kYo2tEm9iLa5fWs7Pq1Rz3Bx9Ny0Vc4Ua8Ti2Me6Kd1Lf5Oh3Jg7Sb0Pw4Ry8Qx
From: Rachel Dunmore <rachel.dunmore@gmail.com>
Content-Type: text/plain;
        charset=us-ascii
Content-Transfer-Encoding: 7bit
Mime-Version: 1.0 (1.0)
Subject: Re: You're in! Your subscription to Shop Example news is confirmed
Message-Id: <6C1E8A2F-3B7D-4F90-9E5A-2D8C41F7B0E3@gmail.com>
Date: Fri, 6 Mar 2026 21:31:05 +0000
References: <20260305201402.1f4b.news.839201@mail.shop.example.be>
In-Reply-To: <20260305201402.1f4b.news.839201@mail.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23D127)

Hello,

I did not knowingly sign up for this. The mail below says I "confirmed" my
subscription on 5 March, but I don't remember clicking anything, and I only
bought a kettle in your Leuven shop that week.

Before I decide what to do, please send me the record you hold of this
consent: the date and time, the IP address or device it came from, whether
it was a web form, the app or the till in the shop, the exact text I am
supposed to have agreed to, and whether it covers other brands in your
group as well. I'd also like to know what else you have stored about me
and who you have passed it to.

Rachel Dunmore

Sent from my iPhone

> On 5 Mar 2026, at 20:14, Shop Example <news@shop.example.be> wrote:
>
> You're in!
>
> Thanks for confirming your subscription. From now on you'll get our
> weekly newsletter with offers, new arrivals and members-only events.
>
> Subscribed address: rachel.dunmore@gmail.com
> Confirmed on: 5 March 2026, 20:13
>
> Changed your mind? Manage your preferences or unsubscribe at any time:
> https://www.shop.example.be/preferences
>
> Questions about your data? Reply to this e-mail or write to
> privacy@shop.example.be.
>
> Shop Example BV - Rue de l'Exemple 1 - 1000 Brussels - Belgium
'''),

    # ------------------------------------------------------------------ nl
    ('nl', 'esp-unsubscribe-notice-to-list-owner', 'automated', (),
'''Return-Path: <bounce-n-31877-8842@mailkoerier.nl>
Received: from out3.mailkoerier.nl (out3.mailkoerier.nl [198.51.100.63])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4jT2wF8qHbz4kRp
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 21:47:31 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mailkoerier.nl; s=mk2025;
        t=1776196051; bh=Lp0wQ4mT8vX2kRz6cYb1hJs9dFa3gEu7oKi5tNy2Mq8=;
        h=Date:From:To:Subject:From;
        b=Yk4mR0pL8vXt2nZc6yKb1hJs3dFa9gEu5oKi7tNy0MrP4bVqZ6xWl1sCe2jAh9dGu3fR
         n8kYo4tEm1iLa7fWs9Pq3Rz5Bx1Ny2Vc6Ua0Ti4Me8Kd3Lf7Oh5Jg9Sb2Pw6Ry0Qx==
Date: Tue, 14 Apr 2026 21:47:30 +0200
From: Mailkoerier <meldingen@mailkoerier.nl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Afmelding_voor_lijst_=22Nieuwsbrief_Shop_Example_=28BE-NL?=
 =?utf-8?q?=29=22_=E2=80=93_j=2Evermeulen84=40telenet=2Ebe?=
Message-ID: <notify.8842.31877.1776196050@mailkoerier.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: Mailkoerier Notifier 4.2

Beste beheerder,

Er is een afmelding geregistreerd voor uw lijst "Nieuwsbrief Shop Example (BE-NL)".

  E-mailadres:     j.vermeulen84@telenet.be
  Tijdstip:        14-04-2026 21:47:12 (Europe/Brussels)
  Bron:            afmeldlink in mailing "Lentekriebels: -20% op tuinmeubelen" (campagne 31877)
  Opgegeven reden: "Ik krijg te veel e-mails"
  IP-adres:        81.82.xxx.xxx (ingekort)

Het adres is automatisch op de onderdrukkingslijst van deze lijst geplaatst.
De toestemming voor het kanaal e-mail staat nu op "ingetrokken" met datum
14-04-2026. Andere lijsten en kanalen van deze relatie zijn niet gewijzigd:

  - "Sms-acties Shop Example": nog ingeschreven (sinds 02-11-2025, via kassa Gent-Zuid)
  - "Klantenkaart – persoonlijke aanbiedingen": nog ingeschreven

Het afmeldbewijs (tijdstip, IP-adres, campagne) is 5 jaar opvraagbaar via
Relaties > j.vermeulen84@telenet.be > Toestemmingshistoriek.

U ontvangt deze melding omdat "Melding bij afmelding" aan staat voor deze lijst.
Meldingen aanpassen: https://app.mailkoerier.nl/lijsten/8842/meldingen

--
Mailkoerier B.V. · Oudegracht 77 · 3511 AE Utrecht
Dit is een automatisch bericht. Antwoorden op deze e-mail worden niet gelezen.
'''),

    ('nl', 'sieve-vacation-reply-to-consent-answer', 'automated', (),
'''Return-Path: <>
Received: from mail.hostingvlaanderen.example (mail.hostingvlaanderen.example [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4kW9cP1tRfz2nHs
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 09:18:05 +0200 (CEST)
Received: from mail.hostingvlaanderen.example
        by mail.hostingvlaanderen.example with LMTP
        id QkLsA1wN72mJ3AAA0J78UA
        (envelope-from <>)
        for <els@desmedt-architecten.example>; Mon, 27 Apr 2026 09:18:04 +0200
X-Sieve: Pigeonhole Sieve 0.5.21 (f9bd9a76)
Message-ID: <dovecot-sieve-1777274284-482913-0@mail.hostingvlaanderen.example>
Date: Mon, 27 Apr 2026 09:18:04 +0200
From: Els De Smedt <els@desmedt-architecten.example>
To: <privacy@shop.example.be>
Subject: Auto: Uw vraag over uw toestemmingen (ref. PRIV-2026-0703)
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
In-Reply-To: <20260427071752.9A3C46B1F0@mail.shop.example.be>
References: <20260427071752.9A3C46B1F0@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Goeiedag,

Bedankt voor uw bericht. Ik ben met verlof tot en met maandag 4 mei 2026 en
lees mijn e-mail niet. Uw bericht wordt niet doorgestuurd.

Voor dringende vragen over lopende bouwdossiers kunt u terecht bij
Pieter Van Acker: pieter@desmedt-architecten.example of 09 330 41 27.

Met vriendelijke groeten,
Els De Smedt
De Smedt Architecten bv – Kortrijksesteenweg 1180, 9051 Gent
'''),

    ('nl', 'marketing-automation-repermission-campaign-report', 'automated', (),
'''Return-Path: <rapporten+bounces@flowmatic.eu>
Received: from mta-07.flowmatic.eu (mta-07.flowmatic.eu [198.51.100.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4mX5dQ2uSgz6pJt
        for <marketing@shop.example.be>; Tue, 2 Jun 2026 06:30:22 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=flowmatic.eu; s=fm1;
        t=1780374621; bh=Qn5wR1mT9vX3kLz7cYb2hJs0dFa4gEu8oKi6tNy3Mr9=;
        h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
        b=Zk5mR1pL9vXt3nZc7yKb2hJs4dFa0gEu6oKi8tNy1MrP5bVqZ7xWl2sCe3jAh0dGu4fR
         n9kYo5tEm2iLa8fWs0Pq4Rz6Bx2Ny3Vc7Ua1Ti5Me9Kd4Lf8Oh6Jg0Sb3Pw7Ry1Qx==
From: Flowmatic Rapporten <rapporten@flowmatic.eu>
To: marketing@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?b?Q2FtcGFnbmVyYXBwb3J0OiBIZXJiZXZlc3RpZ2luZyAiV2lsIGplIG5v?=
 =?utf-8?b?ZyB2YW4gb25zIGhvcmVuPyIgKEJFLU5MKSDigJMgZWluZHJlc3VsdGFhdCBuYSAz?=
 =?utf-8?b?MCBkYWdlbg==?=
Date: Tue, 2 Jun 2026 04:30:21 +0000
Message-ID: <report.repermission.5521.20260602043021@flowmatic.eu>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="==fm-5521-alt-8b1d37c2=="
Auto-Submitted: auto-generated
X-Flowmatic-Account: 5521
X-Flowmatic-Report: campaign-final

--==fm-5521-alt-8b1d37c2==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Campagnerapport =E2=80=93 Herbevestiging "Wil je nog van ons horen?" (BE-NL)
Account: Shop Example BV =C2=B7 Campagne-ID 77310 =C2=B7 verstuurd op 2 mei=
 2026

Verzonden:                          18.642
Afgeleverd:                         18.105
Geopend (unieke contacten):          9.877
"Ja, ik blijf op de hoogte":         4.318
"Nee, liever niet meer":             1.206
Geen reactie na 30 dagen:           12.581
Harde bounces:                         537

Automatische acties (uitgevoerd op 2 juni 2026 om 04:00):
- 4.318 contacten: toestemming e-mailmarketing herbevestigd, nieuw bewijs o=
pgeslagen (tijdstip, IP-adres, tekstversie "toestemming-nieuwsbrief v2026-0=
4").
- 1.206 contacten: toestemming e-mailmarketing ingetrokken en op de onderdr=
ukkingslijst gezet.
- 12.581 contacten: status "toestemming verlopen", verwijderd uit segment "=
Nieuwsbrief actief". Transactionele e-mails (bestelbevestigingen, leveringe=
n) blijven ongewijzigd.
- 537 contacten: gemarkeerd als onbestelbaar.

Let op: 214 contacten antwoordden "Ja" maar hebben in het voorkeurencentrum=
 sms uitgezet. Alleen het kanaal e-mail is herbevestigd.

Volledig rapport en export van de toestemmingsbewijzen: https://app.flowmat=
ic.eu/rapporten/campagnes/77310

Dit rapport is automatisch verstuurd. Ontvangers wijzigen: Instellingen > R=
apporten.

--==fm-5521-alt-8b1d37c2==
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjwvaGVhZD48Ym9keSBzdHlsZT0iZm9u
dC1mYW1pbHk6QXJpYWwsc2Fucy1zZXJpZjtmb250LXNpemU6MTRweDtjb2xvcjojMjIyOyI+Cjxo
MiBzdHlsZT0iY29sb3I6IzBiNWNhZDsiPkNhbXBhZ25lcmFwcG9ydCDigJMgSGVyYmV2ZXN0aWdp
bmcgJnF1b3Q7V2lsIGplIG5vZyB2YW4gb25zIGhvcmVuPyZxdW90OyAoQkUtTkwpPC9oMj4KPHA+
QWNjb3VudDogU2hvcCBFeGFtcGxlIEJWIMK3IENhbXBhZ25lLUlEIDc3MzEwIMK3IHZlcnN0dXVy
ZCBvcCAyIG1laSAyMDI2PC9wPgo8dGFibGUgY2VsbHBhZGRpbmc9IjQiIHN0eWxlPSJib3JkZXIt
Y29sbGFwc2U6Y29sbGFwc2U7Ij4KPHRyPjx0ZD5WZXJ6b25kZW48L3RkPjx0ZCBhbGlnbj0icmln
aHQiPjE4LjY0MjwvdGQ+PC90cj4KPHRyPjx0ZD5BZmdlbGV2ZXJkPC90ZD48dGQgYWxpZ249InJp
Z2h0Ij4xOC4xMDU8L3RkPjwvdHI+Cjx0cj48dGQ+R2VvcGVuZCAodW5pZWtlIGNvbnRhY3Rlbik8
L3RkPjx0ZCBhbGlnbj0icmlnaHQiPjkuODc3PC90ZD48L3RyPgo8dHI+PHRkPiZxdW90O0phLCBp
ayBibGlqZiBvcCBkZSBob29ndGUmcXVvdDs8L3RkPjx0ZCBhbGlnbj0icmlnaHQiPjQuMzE4PC90
ZD48L3RyPgo8dHI+PHRkPiZxdW90O05lZSwgbGlldmVyIG5pZXQgbWVlciZxdW90OzwvdGQ+PHRk
IGFsaWduPSJyaWdodCI+MS4yMDY8L3RkPjwvdHI+Cjx0cj48dGQ+R2VlbiByZWFjdGllIG5hIDMw
IGRhZ2VuPC90ZD48dGQgYWxpZ249InJpZ2h0Ij4xMi41ODE8L3RkPjwvdHI+Cjx0cj48dGQ+SGFy
ZGUgYm91bmNlczwvdGQ+PHRkIGFsaWduPSJyaWdodCI+NTM3PC90ZD48L3RyPgo8L3RhYmxlPgo8
aDM+QXV0b21hdGlzY2hlIGFjdGllcyAodWl0Z2V2b2VyZCBvcCAyIGp1bmkgMjAyNiBvbSAwNDow
MCk8L2gzPgo8dWw+CjxsaT40LjMxOCBjb250YWN0ZW46IHRvZXN0ZW1taW5nIGUtbWFpbG1hcmtl
dGluZyBoZXJiZXZlc3RpZ2QsIG5pZXV3IGJld2lqcyBvcGdlc2xhZ2VuICh0aWpkc3RpcCwgSVAt
YWRyZXMsIHRla3N0dmVyc2llICZxdW90O3RvZXN0ZW1taW5nLW5pZXV3c2JyaWVmIHYyMDI2LTA0
JnF1b3Q7KS48L2xpPgo8bGk+MS4yMDYgY29udGFjdGVuOiB0b2VzdGVtbWluZyBlLW1haWxtYXJr
ZXRpbmcgaW5nZXRyb2trZW4gZW4gb3AgZGUgb25kZXJkcnVra2luZ3NsaWpzdCBnZXpldC48L2xp
Pgo8bGk+MTIuNTgxIGNvbnRhY3Rlbjogc3RhdHVzICZxdW90O3RvZXN0ZW1taW5nIHZlcmxvcGVu
JnF1b3Q7LCB2ZXJ3aWpkZXJkIHVpdCBzZWdtZW50ICZxdW90O05pZXV3c2JyaWVmIGFjdGllZiZx
dW90Oy4gVHJhbnNhY3Rpb25lbGUgZS1tYWlscyAoYmVzdGVsYmV2ZXN0aWdpbmdlbiwgbGV2ZXJp
bmdlbikgYmxpanZlbiBvbmdld2lqemlnZC48L2xpPgo8bGk+NTM3IGNvbnRhY3RlbjogZ2VtYXJr
ZWVyZCBhbHMgb25iZXN0ZWxiYWFyLjwvbGk+CjwvdWw+CjxwPjxiPkxldCBvcDo8L2I+IDIxNCBj
b250YWN0ZW4gYW50d29vcmRkZW4gJnF1b3Q7SmEmcXVvdDsgbWFhciBoZWJiZW4gaW4gaGV0IHZv
b3JrZXVyZW5jZW50cnVtIHNtcyB1aXRnZXpldC4gQWxsZWVuIGhldCBrYW5hYWwgZS1tYWlsIGlz
IGhlcmJldmVzdGlnZC48L3A+CjxwPjxhIGhyZWY9Imh0dHBzOi8vYXBwLmZsb3dtYXRpYy5ldS9y
YXBwb3J0ZW4vY2FtcGFnbmVzLzc3MzEwIj5Wb2xsZWRpZyByYXBwb3J0IGVuIGV4cG9ydCB2YW4g
ZGUgdG9lc3RlbW1pbmdzYmV3aWp6ZW48L2E+PC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjExcHg7
Y29sb3I6Izg4ODsiPkRpdCByYXBwb3J0IGlzIGF1dG9tYXRpc2NoIHZlcnN0dXVyZC4gT250dmFu
Z2VycyB3aWp6aWdlbjogSW5zdGVsbGluZ2VuICZndDsgUmFwcG9ydGVuLjwvcD4KPC9ib2R5Pjwv
aHRtbD4K

--==fm-5521-alt-8b1d37c2==--
'''),

    ('nl', 'outlook-read-receipt-sms-withdrawal-confirmation', 'automated', (),
'''Return-Path: <kobe.janssens@vanhove-bouw.example>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2119.outbound.protection.outlook.com [203.0.113.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4nY6eR3vThz8qKu
        for <privacy@shop.example.be>; Tue, 9 Jun 2026 15:03:46 +0200 (CEST)
Received: from DB9PR10MB5432.EURPRD10.PROD.OUTLOOK.COM (2603:10a6:10:2a1::14) by
 DB9PR10MB5432.EURPRD10.PROD.OUTLOOK.COM with HTTPS; Tue, 9 Jun 2026 13:03:43 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=vanhove-bouw.example;
 s=selector2; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;
 bh=Sm6xT2nU0wY4lMa8dZc3iKt1eGb5hFv9pLj7uOz4Ns0=;
 b=Al6nS2qM0wYu4oAd8zLc3iKt5eGb1hFv7pLj9uOz2NsQ6cWrA8yXm3tDf4kBi1eHv5gSo0lZp4uFn7jMb3gXt6Qr1Sa
From: Kobe Janssens <kobe.janssens@vanhove-bouw.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Gelezen: Bevestiging: sms-berichten gestopt, nieuwsbrief blijft actief (ref. PRIV-2026-0812)
Thread-Topic: Bevestiging: sms-berichten gestopt, nieuwsbrief blijft actief (ref. PRIV-2026-0812)
Thread-Index: AQHc2D4qK8bLx1mT0vG2pR7sN3yWzA==
Date: Tue, 9 Jun 2026 13:03:41 +0000
Message-ID: <DB9PR10MB54327E1C0F3A9B8D2C41E6A7B9D02@DB9PR10MB5432.EURPRD10.PROD.OUTLOOK.COM>
References: <20260609122205.B71D24C3E8@mail.shop.example.be>
In-Reply-To: <20260609122205.B71D24C3E8@mail.shop.example.be>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_000_DB9PR10MB54327E1C0F3A9B8D2C41E6A7B9D02DB9PR10MB5432EURP_"

--_000_DB9PR10MB54327E1C0F3A9B8D2C41E6A7B9D02DB9PR10MB5432EURP_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Uw bericht

  Aan: Kobe Janssens
  Onderwerp: Bevestiging: sms-berichten gestopt, nieuwsbrief blijft actief (ref. PRIV-2026-0812)
  Verzonden: dinsdag 9 juni 2026 14:22:05 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

is gelezen op dinsdag 9 juni 2026 15:03:41 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.

--_000_DB9PR10MB54327E1C0F3A9B8D2C41E6A7B9D02DB9PR10MB5432EURP_
Content-Type: message/disposition-notification

Reporting-UA: DB9PR10MB5432.EURPRD10.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;kobe.janssens@vanhove-bouw.example
Original-Message-ID: <20260609122205.B71D24C3E8@mail.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_DB9PR10MB54327E1C0F3A9B8D2C41E6A7B9D02DB9PR10MB5432EURP_--
'''),

    ('nl', 'person-answers-repermission-mail-stop-sms', 'withdraw_consent', (),
'''Return-Path: <an.claes@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4pA7fS4wUjz9rLv
        for <privacy@shop.example.be>; Wed, 20 May 2026 19:52:37 +0200 (CEST)
Received: from [192.168.1.23] ([84.195.12.77])
        by michel.telenet-ops.be with cmsmtp
        id Wl2d2F00Q1Bq9nE01l2dXk; Wed, 20 May 2026 19:52:37 +0200
Message-ID: <3f8a1c27-6d4e-4b95-a0c2-71e9b5d38f14@telenet.be>
Date: Wed, 20 May 2026 19:52:35 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Wil je nog van ons horen? Laat het ons weten voor 1 juni
Content-Language: nl
To: privacy@shop.example.be
References: <77310.1f2e9a.20260502080000@news.shop.example.be>
From: An Claes <an.claes@telenet.be>
In-Reply-To: <77310.1f2e9a.20260502080000@news.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Goedenavond,

Ik heb op de knop "Ja, ik blijf op de hoogte" geklikt, maar ik bedoel 
alleen de nieuwsbrief per e-mail. Die mag blijven komen.

Wat ik niet meer wil: de sms'jes met acties (soms drie per week) en de 
pushmeldingen van de app over "wij missen je". Die toestemming trek ik 
hierbij in. Ik heb het in het voorkeurencentrum geprobeerd, maar daar kan 
ik alleen kiezen voor "afmelden voor alles", en dat wil ik net niet.

Kunt u me bevestigen dat alleen de sms'en en de pushberichten stoppen?

Vriendelijke groeten,
An Claes
Klantenkaart 2601 4470 3318

Op 2/05/2026 om 10:00 schreef Shop Example:
> Wil je nog van ons horen?
>
> Beste An,
>
> We willen je alleen mailen als je dat echt wilt. Laat ons voor 1 juni 
> weten of je onze nieuwsbrief en persoonlijke aanbiedingen wilt blijven 
> ontvangen. Horen we niets van je, dan sturen we je geen nieuwsbrief meer.
>
> [ Ja, ik blijf op de hoogte ]   [ Nee, liever niet meer ]
>
> Je kunt je keuze altijd aanpassen in je voorkeurencentrum:
> https://www.shop.example.be/nl/voorkeuren
>
> Shop Example BV · Voorbeeldstraat 1 · 1000 Brussel
> Je ontvangt deze e-mail omdat je je hebt ingeschreven voor onze 
> nieuwsbrief. Privacyverklaring: https://www.shop.example.be/nl/privacy
'''),

    # ------------------------------------------------------------------ fr
    ('fr', 'review-platform-monthly-invitation-report', 'automated', (),
'''Return-Path: <rapports-bounces@mail.avisclients.example>
Received: from mail.avisclients.example (mail.avisclients.example [198.51.100.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4qB8gT5xVkz1sMw
        for <privacy@shop.example.be>; Mon, 1 Jun 2026 08:05:47 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=avisclients.example;
        s=mail2026; t=1780293946; bh=Tp7yU3oV1xZ5mNb9eAd4jLu2fHc6iGw0qMk8vPa5Ot1=;
        h=From:To:Subject:Date:Message-ID:List-Unsubscribe;
        b=Bm7oT3rN1xZv5pBe9aMd4jLu6fHc2iGw8qMk0vPa3OtR7dXsB9zYn4uEg5lCj2fIw6hT
         p1mAq5vGo8kNc4hYu7Rs2Tb==
From: "AvisClients - Rapports" <ne-pas-repondre@avisclients.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Rapport_mensuel_=3A_invitations_=C3=A0_laisser_un_avis_?=
 =?utf-8?q?=E2=80=93_mai_2026_=28Shop_Example_BE-FR=29?=
Date: Mon, 01 Jun 2026 06:05:46 +0000
Message-ID: <rpt-mensuel-20260601-0605-33419@avisclients.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
List-Unsubscribe: <https://pro.avisclients.example/compte/notifications?desabonner=rapport-mensuel>
Precedence: bulk
X-Mailer: AvisClients Reporting

Bonjour,

Voici le rapport mensuel de vos invitations =C3=A0 laisser un avis pour la =
boutique Shop Example (BE-FR).

P=C3=A9riode : du 1er au 31 mai 2026

Invitations envoy=C3=A9es (7 jours apr=C3=A8s la livraison) : 6 412
Relances envoy=C3=A9es (J+14) : 2 980
Avis re=C3=A7us : 1 038 (note moyenne 4,3/5)
Clients ayant cliqu=C3=A9 =C2=AB Ne plus me demander mon avis =C2=BB : 214
Invitations non envoy=C3=A9es (client sur votre liste d'exclusion) : 1 122

Les 214 clients d=C3=A9sinscrits ont =C3=A9t=C3=A9 ajout=C3=A9s automatique=
ment =C3=A0 votre liste d'exclusion. Ils ne recevront plus d'invitations de=
 notre part, quel que soit le magasin ou le canal (e-mail, SMS).

Demandes li=C3=A9es aux donn=C3=A9es personnelles re=C3=A7ues via notre pla=
teforme :
- 3 demandes de suppression d'un avis publi=C3=A9 : trait=C3=A9es, avis ano=
nymis=C3=A9s ;
- 1 demande d'acc=C3=A8s aux donn=C3=A9es d'un auteur d'avis : transmise =
=C3=A0 votre responsable du traitement le 18 mai 2026.

Rappel : selon la configuration de votre compte, les invitations sont envoy=
=C3=A9es sur la base de votre int=C3=A9r=C3=AAt l=C3=A9gitime. V=C3=A9rifie=
z que votre politique de confidentialit=C3=A9 mentionne ces envois et la po=
ssibilit=C3=A9 de s'y opposer.

Tableau de bord : https://pro.avisclients.example/tableau-de-bord/33419

Ce message a =C3=A9t=C3=A9 envoy=C3=A9 automatiquement, merci de ne pas y r=
=C3=A9pondre.
AvisClients SAS =E2=80=93 18 rue des Tanneurs =E2=80=93 59000 Lille =E2=80=
=93 France
Ne plus recevoir ce rapport : https://pro.avisclients.example/compte/notifi=
cations
'''),

    ('fr', 'gmail-vacation-reply-to-privacy-answer', 'automated', (),
'''Return-Path: <camille.lefevre.bxl@gmail.com>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with SMTPS id 4rC9hV6yWmz2tNx
        for <privacy@shop.example.be>; Wed, 5 Aug 2026 14:27:19 +0200 (CEST)
Received: by mail-sor-f41.google.com (Google Transport Security) with SMTPS id 38308e7fff4ca-3a1f2c4b7e9so1057751fa.2
        for <privacy@shop.example.be>
        (Google Transport Security);
        Wed, 05 Aug 2026 05:27:18 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1785932838; x=1786537638;
        h=to:subject:message-id:date:from:in-reply-to:references:auto-submitted
         :mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=Wr8zV4pW2yA6nOc0fBe5kMv3gId7jHx1rNl9wQb6Pu2=;
        b=Cn8pU4sO2yAw6qCf0bNe5kMv7gId3jHx9rNl1wQb4PuS8eYtC0aZo5vFh6mDk3gJx7iU
         q2nBr6wHp9lOd5iZv8St3Uc1Dq4Fo7Gn0Hm3Ik6Jl9Kk2Lj5Mi8Nh1Og4Pf7Qe0Rd3
MIME-Version: 1.0
References: <20260805122640.4E7B21C9A3@mail.shop.example.be>
In-Reply-To: <20260805122640.4E7B21C9A3@mail.shop.example.be>
Auto-Submitted: auto-replied
From: =?UTF-8?Q?Camille_Lef=C3=A8vre?= <camille.lefevre.bxl@gmail.com>
Date: Wed, 5 Aug 2026 05:27:18 -0700
Message-ID: <CAH7xK2fQ9pLm3vRt8YwZ1bNc4eD6gJ0sUaXk5oIq2rVh3TmBw@mail.gmail.com>
Subject: =?utf-8?b?QWJzZW50ZSBqdXNxdSdhdSAyNCBhb8O7dA==?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000003b1e7a0648a9c2d1"

--0000000000003b1e7a0648a9c2d1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis en vacances jusqu'au lundi 24 ao=C3=BBt inclus, sans acc=C3=A8s =C3=
=A0 mes e-mails.
Je lirai votre message =C3=A0 mon retour.

Bonne journ=C3=A9e,
Camille

--0000000000003b1e7a0648a9c2d1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Bonjour,<div><br></div><div>Je suis en vacances jusqu'au l=
undi 24 ao=C3=BBt inclus, sans acc=C3=A8s =C3=A0 mes e-mails.</div><div>Je =
lirai votre message =C3=A0 mon retour.</div><div><br></div><div>Bonne journ=
=C3=A9e,</div><div>Camille</div></div>

--0000000000003b1e7a0648a9c2d1--
'''),

    ('fr', 'cmp-monthly-consent-log-report-cookie-vs-email', 'automated', (),
'''Return-Path: <noreply@consentia.example>
Received: from smtp2.consentia.example (smtp2.consentia.example [203.0.113.142])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4sD1jW7zXnz3vPy
        for <privacy@shop.example.be>; Wed, 1 Jul 2026 03:12:08 +0200 (CEST)
Received: from worker-reports-4 (unknown [10.12.4.17])
        by smtp2.consentia.example (Postfix) with ESMTP id 9F2A13C07B
        for <privacy@shop.example.be>; Wed,  1 Jul 2026 03:12:07 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=consentia.example; s=default;
        t=1782868327; bh=Xs9aW5qX3zB7oPd1gCf6lNw4hJe8kIy2sOm0xRc7Qv3=;
        h=From:To:Subject:Date;
        b=Do9qV5tP3zBx7rDg1cOf6lNw8hJe4kIy0sOm2xRc5QvT9fZuD1bAp6wGi7nEl4hKy8jV
         r3oCs7xIq0mPe6jAw9Tu4Vd2Er5Gp8Ho1In4Jl7Km0Ll3Mk6Nj9Oi2Ph5Qg8Rf1Se4==
From: Consentia <noreply@consentia.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?Sm91cm5hbCBkZXMgY29uc2VudGVtZW50cyDigJMgcmFwcG9ydCBtZW5z?=
 =?utf-8?b?dWVsIGp1aW4gMjAyNiDigJMgc2hvcC5leGFtcGxlLmJl?=
Date: Wed, 01 Jul 2026 03:12:07 +0200
Message-ID: <20260701011207.9F2A13C07B@smtp2.consentia.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_88213_1954127330.1782868327104"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

------=_Part_88213_1954127330.1782868327104
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

Qm9uam91ciwKClZvaWNpIGxlIHJhcHBvcnQgbWVuc3VlbCBkdSBqb3VybmFsIGRlcyBjb25zZW50
ZW1lbnRzIHBvdXIgbGUgZG9tYWluZSBzaG9wLmV4YW1wbGUuYmUgKGJhbm5pw6hyZSDCqyBTaG9w
IEV4YW1wbGUg4oCTIEZSL05ML0VOIMK7LCB2ZXJzaW9uIGRlIGxhIHBvbGl0aXF1ZSBjb29raWVz
IHY3LjMgZHUgMDIvMDMvMjAyNikuCgpQw6lyaW9kZSA6IDFlciBqdWluIDIwMjYg4oCTIDMwIGp1
aW4gMjAyNgoKQWZmaWNoYWdlcyBkZSBsYSBiYW5uacOocmUgOiA0MTIgMzgwCsKrIFRvdXQgYWNj
ZXB0ZXIgwrsgOiAyNTIgMzc3ICg2MSwyICUpCsKrIFRvdXQgcmVmdXNlciDCuyA6IDExMiA5OTIg
KDI3LDQgJSkKwqsgUGVyc29ubmFsaXNlciDCuyA6IDQ3IDAxMSAoMTEsNCAlKQpDaG9peCBtb2Rp
ZmnDqXMgZW5zdWl0ZSB2aWEgbGUgbGllbiDCqyBHw6lyZXIgbWVzIGNvb2tpZXMgwrsgOiAzIDkw
NAoKUHJldXZlcyBkZSBjb25zZW50ZW1lbnQgY29uc2VydsOpZXMgOiA0MTIgMzgwCihob3JvZGF0
YWdlLCBpZGVudGlmaWFudCBkZSBjb25zZW50ZW1lbnQsIGFkcmVzc2UgSVAgdHJvbnF1w6llLCBj
YXTDqWdvcmllcyBjaG9pc2llcywgdmVyc2lvbiBkZSBsYSBiYW5uacOocmUpCkR1csOpZSBkZSBj
b25zZXJ2YXRpb24gY29uZmlndXLDqWUgOiAxMyBtb2lzLCBwdXJnZSBhdXRvbWF0aXF1ZSBsZSAx
ZXIgZGUgY2hhcXVlIG1vaXMuCgpTeW5jaHJvbmlzYXRpb24gYXZlYyB2b3RyZSBDUk0gKGNvbm5l
Y3RldXIgRmxvd21hdGljKSA6Ci0gMSAyMDQgcmVmdXMgZGUgbGEgY2F0w6lnb3JpZSDCqyBwdWJs
aWNpdMOpIHBlcnNvbm5hbGlzw6llIMK7IHRyYW5zbWlzIDsKLSAwIGVycmV1ci4KCkltcG9ydGFu
dCA6IGNlIHJhcHBvcnQgcG9ydGUgdW5pcXVlbWVudCBzdXIgbGVzIGNob2l4IGVmZmVjdHXDqXMg
ZGFucyBsYSBiYW5uacOocmUgY29va2llcy4gSWwgbmUgY291dnJlIHBhcyBsZXMgY29uc2VudGVt
ZW50cyDDoCBsYSBuZXdzbGV0dGVyLCBhdXggU01TIG91IGF1eCBub3RpZmljYXRpb25zIHB1c2gs
IHF1aSBzb250IGfDqXLDqXMgZGFucyB2b3RyZSBDUk0uIFVuIMKrIFRvdXQgYWNjZXB0ZXIgwrsg
ZGFucyBsYSBiYW5uacOocmUgbmUgdmF1dCBwYXMgaW5zY3JpcHRpb24gw6AgbGEgbmV3c2xldHRl
ci4KCkxlIGTDqXRhaWwgam91cm5hbGllciBlc3Qgam9pbnQgYXUgZm9ybWF0IENTVi4KCkNldCBl
LW1haWwgYSDDqXTDqSBnw6luw6lyw6kgYXV0b21hdGlxdWVtZW50LiBQb3VyIG1vZGlmaWVyIGxl
cyBkZXN0aW5hdGFpcmVzIDogUGFyYW3DqHRyZXMgPiBSYXBwb3J0cy4KQ29uc2VudGlhIFNBUyDi
gJMgNCBwbGFjZSBCZWxsZWNvdXIg4oCTIDY5MDAyIEx5b24K

------=_Part_88213_1954127330.1782868327104
Content-Type: text/csv; charset=UTF-8; name="journal-consentements-2026-06.csv"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="journal-consentements-2026-06.csv"

ZGF0ZTthZmZpY2hhZ2VzO3RvdXRfYWNjZXB0ZXI7dG91dF9yZWZ1c2VyO3BlcnNvbm5hbGlzZXI7
bW9kaWZpY2F0aW9ucztwcmV1dmVzCjIwMjYtMDYtMDE7MTM0MjI7ODE5MDszNzAxOzE1MzE7MTE4
OzEzNDIyCjIwMjYtMDYtMDI7MTM5ODc7ODU2OTszODI0OzE1OTQ7MTMxOzEzOTg3CjIwMjYtMDYt
MDM7MTQyMTA7ODcxMjszODg5OzE2MDk7MTI3OzE0MjEwCjIwMjYtMDYtMDQ7MTM2NTU7ODM0MTsz
NzU2OzE1NTg7MTIyOzEzNjU1CjIwMjYtMDYtMDU7MTQ5MzA7OTEzODs0MDc3OzE3MTU7MTQwOzE0
OTMwCnRvdGFsOzQxMjM4MDsyNTIzNzc7MTEyOTkyOzQ3MDExOzM5MDQ7NDEyMzgwCg==

------=_Part_88213_1954127330.1782868327104--
'''),

    ('fr', 'person-forwards-preferences-notice-boxes-reticked', 'complaint', (),
'''Return-Path: <t.dumont.namur@gmail.com>
Received: from mail-ej1-f49.google.com (mail-ej1-f49.google.com [209.85.218.49])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4tE2kX8aYpz4wQz
        for <privacy@shop.example.be>; Thu, 16 Jul 2026 23:04:51 +0200 (CEST)
Received: by mail-ej1-f49.google.com with SMTP id a640c23a62f3a-ad8e1c4b27fso220194366b.1
        for <privacy@shop.example.be>; Thu, 16 Jul 2026 14:04:50 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1784235890; x=1784840690;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :from:to:cc:subject:date:message-id:reply-to;
        bh=Yt0bX6rY4aC8pQe2hDg7mOx5iKf9lJz3tPn1ySd8Rw4=;
        b=Ep0rW6uQ4aCy8sEh2dPg7mOx9iKf5lJz1tPn3ySd6RwU0gAvE2cBq7xHj8oFm5iLz9kW
         s4pDt8yJr1nQf7kBx0Uv5We3Fs6Hq9Ip2Jo5Km8Ln1Ml4Nk7Oj0Pi3Qh6Rg9Sf2Te5
MIME-Version: 1.0
References: <20260715094512.pref.4471093@notify.shop.example.be>
In-Reply-To: <20260715094512.pref.4471093@notify.shop.example.be>
From: Thomas Dumont <t.dumont.namur@gmail.com>
Date: Thu, 16 Jul 2026 23:04:38 +0200
Message-ID: <CAF3pQ8wRt2mLx7vNc1YbZ4eK9gD0sJhUa6oXk3iIq5rVm2TnGw@mail.gmail.com>
Subject: =?utf-8?q?Fwd=3A_Vos_pr=C3=A9f=C3=A9rences_de_communication_ont_?=
 =?utf-8?q?=C3=A9t=C3=A9_mises_=C3=A0_jour?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000081c4d90648b7e5a2"

--00000000000081c4d90648b7e5a2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je vous transf=C3=A8re le message automatique ci-dessous, re=C3=A7u hier. J=
e ne l'ai jamais demand=C3=A9.

En mars, j'avais d=C3=A9coch=C3=A9 dans l'application tout ce qui concerne =
la publicit=C3=A9 : newsletter, SMS, notifications push et =C2=AB offres pe=
rsonnalis=C3=A9es =C2=BB. Apr=C3=A8s la mise =C3=A0 jour de l'application d=
u 15 juillet, toutes les cases sont de nouveau coch=C3=A9es, et le jour m=
=C3=AAme j'ai re=C3=A7u deux notifications =C2=AB Vous nous manquez ! =C2=
=BB et un SMS de promotion.

Ce n'est pas la premi=C3=A8re fois : en avril, votre centre de pr=C3=A9f=C3=
=A9rences n'enregistrait pas mes choix (message =C2=AB Vos pr=C3=A9f=C3=A9r=
ences ont =C3=A9t=C3=A9 enregistr=C3=A9es =C2=BB, mais en rechargeant la pa=
ge tout =C3=A9tait de nouveau coch=C3=A9). Je vous avais =C3=A9crit le 22 a=
vril et je n'ai jamais re=C3=A7u de r=C3=A9ponse.

Un consentement ne se recoche pas tout seul. Je consid=C3=A8re que vous uti=
lisez mes donn=C3=A9es pour du marketing sans mon accord. Si je n'ai pas de=
 r=C3=A9ponse s=C3=A9rieuse dans les 30 jours, je d=C3=A9pose une plainte a=
upr=C3=A8s de l'Autorit=C3=A9 de protection des donn=C3=A9es.

Thomas Dumont
Namur

---------- Forwarded message ---------
De : Shop Example <notifications@notify.shop.example.be>
Date: mer. 15 juil. 2026 =C3=A0 11:45
Subject: Vos pr=C3=A9f=C3=A9rences de communication ont =C3=A9t=C3=A9 mises=
 =C3=A0 jour
To: <t.dumont.namur@gmail.com>


Bonjour Thomas,

Vos pr=C3=A9f=C3=A9rences de communication ont =C3=A9t=C3=A9 mises =C3=A0 j=
our le 15/07/2026 =C3=A0 11:44.

Newsletter par e-mail : activ=C3=A9e
SMS promotionnels : activ=C3=A9s
Notifications push : activ=C3=A9es
Offres personnalis=C3=A9es selon vos achats : activ=C3=A9es

Vous n'=C3=AAtes pas =C3=A0 l'origine de cette modification ? G=C3=A9rez vo=
s pr=C3=A9f=C3=A9rences =C3=A0 tout moment dans l'application ou sur https:=
//www.shop.example.be/fr/preferences

Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.
Shop Example SRL =E2=80=93 Rue de l'Exemple 1 =E2=80=93 1000 Bruxelles

--00000000000081c4d90648b7e5a2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Bonjour,</div><div><br></div><div>Je vous transf=C3=
=A8re le message automatique ci-dessous, re=C3=A7u hier. Je ne l'ai jamais =
demand=C3=A9.</div><div><br></div><div>En mars, j'avais d=C3=A9coch=C3=A9 d=
ans l'application tout ce qui concerne la publicit=C3=A9 : newsletter, SMS,=
 notifications push et =C2=AB offres personnalis=C3=A9es =C2=BB. Apr=C3=A8s=
 la mise =C3=A0 jour de l'application du 15 juillet, toutes les cases sont =
de nouveau coch=C3=A9es, et le jour m=C3=AAme j'ai re=C3=A7u deux notificat=
ions =C2=AB Vous nous manquez ! =C2=BB et un SMS de promotion.</div><div><b=
r></div><div>Ce n'est pas la premi=C3=A8re fois : en avril, votre centre de=
 pr=C3=A9f=C3=A9rences n'enregistrait pas mes choix (message =C2=AB Vos pr=
=C3=A9f=C3=A9rences ont =C3=A9t=C3=A9 enregistr=C3=A9es =C2=BB, mais en rec=
hargeant la page tout =C3=A9tait de nouveau coch=C3=A9). Je vous avais =C3=
=A9crit le 22 avril et je n'ai jamais re=C3=A7u de r=C3=A9ponse.</div><div>=
<br></div><div>Un consentement ne se recoche pas tout seul. Je consid=C3=A8=
re que vous utilisez mes donn=C3=A9es pour du marketing sans mon accord. Si=
 je n'ai pas de r=C3=A9ponse s=C3=A9rieuse dans les 30 jours, je d=C3=A9pos=
e une plainte aupr=C3=A8s de l'Autorit=C3=A9 de protection des donn=C3=A9es=
.</div><div><br></div><div>Thomas Dumont</div><div>Namur</div><br><div clas=
s=3D"gmail_quote gmail_quote_container"><div dir=3D"ltr" class=3D"gmail_att=
r">---------- Forwarded message ---------<br>De&nbsp;: <strong class=3D"gma=
il_sendername" dir=3D"auto">Shop Example</strong> <span dir=3D"auto">&lt;<a=
 href=3D"mailto:notifications@notify.shop.example.be">notifications@notify.=
shop.example.be</a>&gt;</span><br>Date: mer. 15 juil. 2026 =C3=A0 11:45<br>=
Subject: Vos pr=C3=A9f=C3=A9rences de communication ont =C3=A9t=C3=A9 mises=
 =C3=A0 jour<br>To: &lt;<a href=3D"mailto:t.dumont.namur@gmail.com">t.dumon=
t.namur@gmail.com</a>&gt;<br></div><br><br><p>Bonjour Thomas,</p><p>Vos pr=
=C3=A9f=C3=A9rences de communication ont =C3=A9t=C3=A9 mises =C3=A0 jour le=
 15/07/2026 =C3=A0 11:44.</p><p>Newsletter par e-mail : activ=C3=A9e<br>SMS=
 promotionnels : activ=C3=A9s<br>Notifications push : activ=C3=A9es<br>Offr=
es personnalis=C3=A9es selon vos achats : activ=C3=A9es</p><p>Vous n'=C3=AA=
tes pas =C3=A0 l'origine de cette modification ? G=C3=A9rez vos pr=C3=A9f=
=C3=A9rences =C3=A0 tout moment dans l'application ou sur <a href=3D"https:=
//www.shop.example.be/fr/preferences">https://www.shop.example.be/fr/prefer=
ences</a></p><p style=3D"font-size:11px;color:#888">Ceci est un message aut=
omatique, merci de ne pas y r=C3=A9pondre.<br>Shop Example SRL =E2=80=93 Ru=
e de l'Exemple 1 =E2=80=93 1000 Bruxelles</p></div></div>

--00000000000081c4d90648b7e5a2--
'''),

    # ------------------------------------------------------------------ de
    ('de', 'esp-double-opt-in-confirmation-consent-tool-newsletter', 'automated', (),
'''Return-Path: <doi-7Hq2Lm9x@bounce.postwerk-mailing.example>
Received: from mta12.postwerk-mailing.example (mta12.postwerk-mailing.example [198.51.100.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4vF3mY9bZqz5xRa
        for <privacy@shop.example.be>; Tue, 21 Jul 2026 10:14:39 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=einwilligungspilot.example;
        s=pw2026; t=1784621678; bh=Zu1cY7sZ5bD9qRf3iEh8nPy6jLg0mKa4uQo2zTe9Sx5=;
        h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
        b=Fq1sX7vR5bDz9tFi3eQh8nPy0jLg6mKa2uQo4zTe7SxV1hBwF3dCr9yIk0pGn7jMa1lX
         t6qEu0zKs3oRg9mCy2Vw7Xf5Gt8Ir1Jq4Ko7Ln0Mm3Nl6Ok9Pj2Qi5Rh8Sg1Tf4Ue7==
From: Einwilligungspilot <newsletter@einwilligungspilot.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Bitte_best=C3=A4tigen_Sie_Ihre_Anmeldung_zum_Newsletter_?=
 =?utf-8?q?=E2=80=9EConsent_=26_CRM_Insights=E2=80=9C?=
Date: Tue, 21 Jul 2026 10:14:38 +0200
Message-ID: <doi.7Hq2Lm9x.20260721081438@postwerk-mailing.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--PW-ALT-7Hq2Lm9x"
Auto-Submitted: auto-generated
X-Mailer: Postwerk Mailing 9.3
X-PW-Mailing: doi
X-PW-Recipient-Hash: 5b7e0c2f9a1d

----PW-ALT-7Hq2Lm9x
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Guten Tag,

vielen Dank f=C3=BCr Ihr Interesse an unserem Newsletter =E2=80=9EConsent &=
 CRM Insights=E2=80=9C.

Bitte best=C3=A4tigen Sie Ihre Anmeldung mit einem Klick auf den folgenden =
Link:
https://einwilligungspilot.example/doi/confirm?t=3D7Hq2Lm9x-4f1a9c

Ihre Anmeldedaten:
E-Mail-Adresse: privacy@shop.example.be
Anmeldung am: 21.07.2026 um 10:14 Uhr
IP-Adresse: 203.0.113.58
Formular: Whitepaper-Download =E2=80=9EEinwilligungen rechtssicher dokument=
ieren =E2=80=93 Double-Opt-in, Nachweis, Widerruf=E2=80=9C
Text der Einwilligung: Version 3.2 vom 01.05.2026

Erst nach Ihrer Best=C3=A4tigung nehmen wir Sie in den Verteiler auf und sp=
eichern Ihre Einwilligung mit Zeitstempel und IP-Adresse als Nachweis. Ihre=
 Einwilligung k=C3=B6nnen Sie jederzeit mit Wirkung f=C3=BCr die Zukunft wi=
derrufen, z. B. =C3=BCber den Abmeldelink in jedem Newsletter.

Sie haben sich nicht angemeldet? Dann ignorieren Sie diese E-Mail einfach. =
Ohne Best=C3=A4tigung werden Ihre Daten nach 48 Stunden automatisch gel=C3=
=B6scht.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Team von Einwilligungspilot

Einwilligungspilot GmbH =C2=B7 Kaiserstra=C3=9Fe 41 =C2=B7 60329 Frankfurt =
am Main
Gesch=C3=A4ftsf=C3=BChrer: Jonas Ebeling =C2=B7 Amtsgericht Frankfurt am Ma=
in HRB 000000
Datenschutzhinweise: https://einwilligungspilot.example/datenschutz

----PW-ALT-7Hq2Lm9x
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,Helvetica,sans-serif;font-size:15px;=
color:#1d1d1b;">
<p>Guten Tag,</p>
<p>vielen Dank f=C3=BCr Ihr Interesse an unserem Newsletter <b>=E2=80=9ECon=
sent &amp; CRM Insights=E2=80=9C</b>.</p>
<p style=3D"margin:24px 0;"><a href=3D"https://einwilligungspilot.example/d=
oi/confirm?t=3D7Hq2Lm9x-4f1a9c" style=3D"background:#00857c;color:#fff;padd=
ing:12px 24px;text-decoration:none;border-radius:3px;">Anmeldung jetzt best=
=C3=A4tigen</a></p>
<p style=3D"font-size:13px;color:#555;">Ihre Anmeldedaten:<br>E-Mail-Adress=
e: privacy@shop.example.be<br>Anmeldung am: 21.07.2026 um 10:14 Uhr<br>IP-A=
dresse: 203.0.113.58<br>Formular: Whitepaper-Download =E2=80=9EEinwilligung=
en rechtssicher dokumentieren =E2=80=93 Double-Opt-in, Nachweis, Widerruf=
=E2=80=9C<br>Text der Einwilligung: Version 3.2 vom 01.05.2026</p>
<p style=3D"font-size:13px;color:#555;">Erst nach Ihrer Best=C3=A4tigung ne=
hmen wir Sie in den Verteiler auf und speichern Ihre Einwilligung mit Zeits=
tempel und IP-Adresse als Nachweis. Ihre Einwilligung k=C3=B6nnen Sie jeder=
zeit mit Wirkung f=C3=BCr die Zukunft widerrufen.</p>
<p style=3D"font-size:13px;color:#555;">Sie haben sich nicht angemeldet? Da=
nn ignorieren Sie diese E-Mail einfach. Ohne Best=C3=A4tigung werden Ihre D=
aten nach 48 Stunden automatisch gel=C3=B6scht.</p>
<p>Mit freundlichen Gr=C3=BC=C3=9Fen<br>Ihr Team von Einwilligungspilot</p>
<p style=3D"font-size:11px;color:#999;">Einwilligungspilot GmbH =C2=B7 Kais=
erstra=C3=9Fe 41 =C2=B7 60329 Frankfurt am Main<br>Gesch=C3=A4ftsf=C3=BChre=
r: Jonas Ebeling =C2=B7 Amtsgericht Frankfurt am Main HRB 000000</p>
</body></html>

----PW-ALT-7Hq2Lm9x--
'''),

    ('de', 'crm-alert-suppression-list-sync-failed', 'automated', (),
'''Return-Path: <alerts@kundenwolke.example>
Received: from relay2.kundenwolke.example (relay2.kundenwolke.example [203.0.113.171])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4wG4nZ0cAsz6yTb
        for <crm-admins@shop.example.be>; Mon, 3 Aug 2026 04:02:18 +0200 (CEST)
Received: from scheduler-3.int.kundenwolke.example (scheduler-3.int.kundenwolke.example [10.40.3.13])
        by relay2.kundenwolke.example (Postfix) with ESMTP id 5C9E2204F1;
        Mon,  3 Aug 2026 04:02:17 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=kundenwolke.example;
        s=k1; t=1785722537; bh=Av2dZ8tA6cE0rSg4jFi9oQz7kMh1nLb5vRp3aUf0Ty6=;
        h=From:To:Subject:Date;
        b=Gr2tY8wS6cEa0uGj4fRi9oQz1kMh7nLb3vRp5aUf8TyW2iCxG4eDs0zJl1qHo8kNb2mY
         u7rFv1aLt4pSh0nDz3Wx8Yg6Hu9Js2Kr5Lp8Mo1Nn4Om7Pl0Qk3Rj6Si9Th2Ug5Vf8==
From: Kundenwolke CRM <alerts@kundenwolke.example>
To: crm-admins@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?q?=5BWarnung=5D_Abgleich_der_Sperrliste_fehlgeschlagen_?=
 =?utf-8?q?=E2=80=93_212_Widerrufe_nicht_=C3=BCbertragen?=
Date: Mon, 3 Aug 2026 04:02:17 +0200
Message-ID: <alert.sync.sperrliste.20260803020217.31f7@kundenwolke.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Priority: 1 (Highest)
Importance: high
X-Kundenwolke-Alert: SYNC_SUPPRESSION_FAILED

Automatische Benachrichtigung – Kundenwolke CRM
Mandant: Shop Example BV (Mandanten-ID 20417)

Der nächtliche Abgleich der Sperrliste ist fehlgeschlagen.

  Verbindung:    Flowmatic (E-Mail-Marketing) – Sperrliste "global_suppression"
  Start:         03.08.2026 02:00:04
  Abbruch:       03.08.2026 02:01:57
  Fehler:        HTTP 429 Too Many Requests (3 Wiederholungen erfolglos)
  Betroffen:     212 Datensätze

Nicht übertragen wurden:
  - 168 Abmeldungen vom Newsletter (Einwilligung widerrufen)
  - 31 Widersprüche gegen personalisierte Werbung
  - 13 Löschungen von Kontakten

Bis zum erfolgreichen Abgleich können die betroffenen Kontakte weiterhin
Marketing-E-Mails über Flowmatic erhalten. Geplante Kampagnen mit Versand
vor dem nächsten Abgleich: "Back to School -15%" (03.08.2026, 10:00 Uhr).

Nächster automatischer Versuch: 03.08.2026 06:00:00
Manuell starten: https://app.kundenwolke.example/integrationen/flowmatic/sync

Protokoll: https://app.kundenwolke.example/protokolle/sync/8f31c7a2

--
Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht.
Benachrichtigungen verwalten: Einstellungen > Warnungen > Integrationen
'''),

    ('de', 'exim-bounce-german-consent-proof-answer', 'automated', (),
'''Return-Path: <>
Received: from mx03.kasserver.example (mx03.kasserver.example [198.51.100.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4xH5pA1dBtz7zVc
        for <privacy@shop.example.be>; Thu, 10 Sep 2026 16:40:12 +0200 (CEST)
Received: from Debian-exim by mx03.kasserver.example with local (Exim 4.97)
        id 1uXq2K-00A7bH-3k
        for privacy@shop.example.be; Thu, 10 Sep 2026 16:40:11 +0200
X-Failed-Recipients: heike.brandt@eifel-reisen.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx03.kasserver.example>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1789051211-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1uXq2K-00A7bH-3k@mx03.kasserver.example>
Date: Thu, 10 Sep 2026 16:40:11 +0200

--1789051211-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  heike.brandt@eifel-reisen.example
    mailbox is full: retry timeout exceeded

--1789051211-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mx03.kasserver.example

Action: failed
Final-Recipient: rfc822;heike.brandt@eifel-reisen.example
Status: 5.0.0

--1789051211-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from smtp-out1.shop.example.be ([192.0.2.31])
        by mx03.kasserver.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
        (Exim 4.97)
        (envelope-from <privacy@shop.example.be>)
        id 1uXmR4-009ZkT-0b
        for heike.brandt@eifel-reisen.example;
        Sun, 06 Sep 2026 11:22:50 +0200
From: Shop Example Datenschutz <privacy@shop.example.be>
To: Heike Brandt <heike.brandt@eifel-reisen.example>
Subject: Ihre Anfrage: Nachweis Ihrer Einwilligung (Ref. PRIV-2026-1120)
Date: Sun, 6 Sep 2026 11:22:47 +0200
Message-ID: <20260906092247.0A7E35C1D2@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Frau Brandt,

vielen Dank f=C3=BCr Ihre Nachricht vom 2. September 2026.

Sie haben um einen Nachweis Ihrer Einwilligung in den Newsletter gebeten. L=
aut unseren Unterlagen haben Sie sich am 14.11.2025 um 18:37 Uhr =C3=BCber =
das Formular auf www.shop.example.be/de angemeldet (IP-Adresse 91.64.xxx.xx=
x) und die Anmeldung am selben Tag um 18:41 Uhr =C3=BCber den Best=C3=A4tig=
ungslink best=C3=A4tigt. Die damals angezeigte Einwilligungserkl=C3=A4rung =
(Version 2025-09) finden Sie im Anhang unserer n=C3=A4chsten Nachricht.

Die Einwilligung gilt nur f=C3=BCr den Newsletter von Shop Example, nicht f=
=C3=BCr andere Marken unserer Gruppe.

Mit freundlichen Gr=C3=BC=C3=9Fen
Datenschutzteam Shop Example BV

--1789051211-eximdsn-1804289383--
'''),

    ('de', 'person-on-phone-objects-recommendations-in-order-mail', 'objection', (),
'''Return-Path: <m.kessler@kessler-partner.example>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2131.outbound.protection.outlook.com [203.0.113.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4yJ6qB2eCvz8aWd
        for <privacy@shop.example.be>; Fri, 11 Sep 2026 07:48:33 +0200 (CEST)
Received: from AS8PR07MB7764.eurprd07.prod.outlook.com (2603:10a6:20b:3a2::19) by
 AS8PR07MB7764.eurprd07.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8901.20;
 Fri, 11 Sep 2026 05:48:30 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=kessler-partner.example;
 s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;
 bh=Bw3eA9uB7dF1sTh5kGj0pRa8lNi2oMc6wSq4bVg1Uz7=;
 b=Hs3uZ9xT7dFb1vHk5gSj0pRa2lNi8oMc4wSq6bVg9UzX3jDyH5fEt1aKm2rIp9lOc3nZv8sGw2bMu5qTi1oEa4Xy9Zh
From: "Dr. Matthias Kessler" <m.kessler@kessler-partner.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: AW: Ihre Bestellung 5100873341 ist unterwegs
Thread-Topic: Ihre Bestellung 5100873341 ist unterwegs
Thread-Index: AQHdIq7mQ2bVx8nR1yT4kL0sP6wZcA==
Date: Fri, 11 Sep 2026 05:48:30 +0000
Message-ID: <AS8PR07MB776412C9F0E3B7A5D48E61C2A7F11@AS8PR07MB7764.eurprd07.prod.outlook.com>
References: <order.5100873341.shipped.20260910@mail.shop.example.be>
In-Reply-To: <order.5100873341.shipped.20260910@mail.shop.example.be>
Accept-Language: de-DE, en-US
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-messagesentrepresentingtype: 1
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

Bestell- und Versandbest=C3=A4tigungen wie die unten stehende erhalte ich g=
ern. Der Block =E2=80=9EDas k=C3=B6nnte Ihnen auch gefallen=E2=80=9C darunt=
er ist jedoch Werbung, die offenbar aus meiner Kaufhistorie errechnet wird,=
 und seit Kurzem bekomme ich =C3=A4hnliche Vorschl=C3=A4ge auch von Ihrer S=
chwestermarke =E2=80=9EMaison Example=E2=80=9C, bei der ich nie Kunde war.

Ich widerspreche hiermit der Nutzung meiner Kauf- und Kundendaten f=C3=BCr =
Produktempfehlungen und Profiling, in Ihren Bestellmails ebenso wie in App =
und Newsletter, sowie jeder Weitergabe dieser Daten an andere Marken Ihrer =
Gruppe. Mein Kundenkonto und die Bestellungen selbst sollen bestehen bleibe=
n.

Bitte best=C3=A4tigen Sie mir kurz die Umsetzung.

Mit freundlichen Gr=C3=BC=C3=9Fen
Matthias Kessler

Von Outlook f=C3=BCr iOS gesendet

Dr. Matthias Kessler
Rechtsanwalt | Fachanwalt f=C3=BCr IT-Recht
Kessler & Partner Rechtsanw=C3=A4lte mbB
Theaterstra=C3=9Fe 22 | 52062 Aachen
T +49 241 000 00 00 | F +49 241 000 00 09
m.kessler@kessler-partner.example | www.kessler-partner.example

Partnerschaftsregister: Amtsgericht Essen PR 0000 | Sitz: Aachen

Diese E-Mail enth=C3=A4lt vertrauliche und/oder rechtlich gesch=C3=BCtzte I=
nformationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail i=
rrt=C3=BCmlich erhalten haben, informieren Sie bitte sofort den Absender un=
d vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte =
Weitergabe dieser E-Mail sind nicht gestattet. Informationen zum Datenschut=
z finden Sie unter www.kessler-partner.example/datenschutz.

This e-mail may contain confidential and/or privileged information. If you =
are not the intended recipient (or have received this e-mail in error) plea=
se notify the sender immediately and destroy this e-mail. Any unauthorised =
copying, disclosure or distribution of the material in this e-mail is stric=
tly forbidden.

________________________________
Von: Shop Example <bestellung@shop.example.be>
Gesendet: Donnerstag, September 10, 2026 6:12:40 PM
An: Matthias Kessler <m.kessler@kessler-partner.example>
Betreff: Ihre Bestellung 5100873341 ist unterwegs

Guten Tag Herr Kessler,

gute Nachrichten: Ihre Bestellung 5100873341 hat unser Lager verlassen.

Sendungsnummer: BE7731004582
Voraussichtliche Zustellung: Samstag, 12.09.2026

1 x Espressomaschine Barista Pro, Edelstahl    349,00 EUR

Das k=C3=B6nnte Ihnen auch gefallen:
- Milchk=C3=A4nnchen Edelstahl 600 ml =E2=80=93 19,99 EUR
- Entkalker 3er-Pack =E2=80=93 12,49 EUR
- Kaffeebohnen Crema, 1 kg =E2=80=93 16,90 EUR

Sendung verfolgen: https://www.shop.example.be/de/bestellungen/5100873341

Dies ist eine automatisch erstellte E-Mail.
Shop Example BV =C2=B7 Voorbeeldstraat 1 =C2=B7 1000 Br=C3=BCssel =C2=B7 Be=
lgien
'''),

    # ------------------------------------------------------------------ es
    ('es', 'partner-helpdesk-ticket-ack-consent-from-partner-form', 'automated', (),
'''Return-Path: <soporte+id284193@viajamas.example>
Received: from out-12.smtp.deskly.example (out-12.smtp.deskly.example [198.51.100.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4zK7rC3fDwz9bXe
        for <privacy@shop.example.be>; Tue, 22 Sep 2026 12:31:04 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=viajamas.example;
        s=deskly1; t=1790073063; bh=Cx4fB0vC8eG2tUi6lHk1qSb9mOj3pNd7xTr5cWh2Va8=;
        h=Date:From:Reply-To:To:Message-ID:In-Reply-To:References:Subject:MIME-Version:Content-Type;
        b=It4vA0yU8eGc2wIl6hTk1qSb3mOj9pNd5xTr7cWh0VaY4kEzI6gFu2bLn3sJq0mPd4oA
         w9tGx3cNv6rUj2pFa5Yz0Ai8Iw1Kt4Ls7Mr0Nq3Op6Pm9Ql2Rk5Sj8Ti1Uh4Vg7Wf0==
Date: Tue, 22 Sep 2026 10:31:03 +0000
From: =?UTF-8?Q?ViajaM=C3=A1s_-_Soporte?= <soporte@viajamas.example>
Reply-To: ViajaMas Soporte <soporte+id284193@viajamas.example>
To: privacy@shop.example.be
Message-ID: <QW7K2P9RX1_68f1d9c7a3e52_4c2b1a_sprut@deskly.example>
In-Reply-To: <20260922103012.6B1F48D2A0@mail.shop.example.be>
References: <20260922103012.6B1F48D2A0@mail.shop.example.be>
Subject: =?utf-8?q?=5BViajaM=C3=A1s=5D_Hemos_recibido_su_solicitud=3A_Consen?=
 =?utf-8?q?timientos_recogidos_en_su_formulario_de_socios_=28=23284193=29?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Deskly Mailer
X-Deskly-From-Account-Id: 4c2b1a
X-Deskly-Ticket: 284193

##- Por favor, escriba su respuesta encima de esta línea -##

Su solicitud (284193) ha sido recibida y será revisada por nuestro equipo de
Protección de Datos.

Tiempo de respuesta habitual: 5 días laborables. No es necesario que nos
escriba de nuevo; cualquier respuesta a este correo se añadirá a la misma
solicitud.

Para agilizar la gestión, tenga en cuenta que:
- Los consentimientos recogidos en nuestro formulario de socios
  ("Quiero recibir ofertas de los socios de ViajaMás") se registran con fecha,
  hora, IP y versión del texto legal, y se comparten con cada socio una vez
  al mes mediante fichero cifrado.
- Las bajas que recibimos se envían a los socios en un plazo de 72 horas.
- Las solicitudes de ejercicio de derechos de clientes finales deben
  dirigirse a dpo@viajamas.example.

----------------------------------------------

Shop Example Privacy Team, 22 sept. 2026, 12:30 CEST

Buenos días:

Hemos recibido en nuestro último fichero mensual 1.284 contactos con
consentimiento de marketing recogido en su formulario del concurso
"Verano 2026". ¿Pueden enviarnos la prueba de consentimiento (fecha, hora,
IP y texto exacto mostrado) de los 37 registros con fecha de nacimiento
posterior a 2010, y confirmar si el texto mencionaba Shop Example por su
nombre?

Un saludo,
Equipo de Privacidad - Shop Example BV

----------------------------------------------

Este correo es un servicio de ViajaMás. Gestionado por Deskly.
[QW7K2P-9RX1]
'''),

    ('es', 'zimbra-vacation-reply-to-consent-check', 'automated', (),
'''Return-Path: <>
Received: from mta01.uni-levante.example (mta01.uni-levante.example [203.0.113.200])
        by mx1.shop.example.be (Postfix) with ESMTPS id 41L8sD4gExz1cYf
        for <privacy@shop.example.be>; Mon, 5 Oct 2026 09:02:41 +0200 (CEST)
Received: from zimbra.uni-levante.example (zimbra.uni-levante.example [10.1.2.30])
        by mta01.uni-levante.example (Postfix) with ESMTP id 2A7C6E0419
        for <privacy@shop.example.be>; Mon,  5 Oct 2026 09:02:40 +0200 (CEST)
Date: Mon, 5 Oct 2026 09:02:40 +0200 (CEST)
From: =?utf-8?Q?Luc=C3=ADa_Navarro_Gil?= <lucia.navarro@uni-levante.example>
To: privacy@shop.example.be
Message-ID: <1493817264.5528193.1791184960512.JavaMail.zimbra@uni-levante.example>
In-Reply-To: <20261005070229.C34A19E7B1@mail.shop.example.be>
Subject: =?utf-8?q?Fuera_de_la_oficina=3A_Re=3A_Verificaci=C3=B3n_de_su_cons?=
 =?utf-8?q?entimiento_para_SMS_=28ref=2E_PRIV-2026-1388=29?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.9_GA_4718

Estaré fuera de la oficina del 5 al 16 de octubre por un congreso, con acceso
limitado al correo electrónico.

Para asuntos urgentes del Departamento de Economía Aplicada, pueden escribir a
secretaria.eca@uni-levante.example o llamar al 96 000 00 00.

Un saludo,
Lucía Navarro Gil
'''),

    ('es', 'preference-centre-daily-digest-save-errors', 'automated', (),
'''Return-Path: <digest@preferix.example>
Received: from smtp-eu1.preferix.example (smtp-eu1.preferix.example [198.51.100.121])
        by mx1.shop.example.be (Postfix) with ESMTPS id 42M9tE5hFyz2dZg
        for <privacy@shop.example.be>; Wed, 14 Oct 2026 07:00:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=preferix.example; s=eu1;
        t=1791954008; bh=Dy5gC1wD9fH3uVj7mIl2rTc0nPk4qOe8yUs6dXi3Wb9=;
        h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe;
        b=Ju5wB1zV9fHd3xJm7iUl2rTc4nPk0qOe6yUs8dXi1WbZ5lFaJ7hGv3cMo4tKr1nQe5pB
         x0uHy4dOw7sVk3qGb6Za1Bj9Jx2Lu5Mt8Ns1Or4Pq7Qn0Rm3Sl6Tk9Uj2Vi5Wh8Xg1==
From: "Preferix" <digest@preferix.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?UmVzdW1lbiBkaWFyaW8gZGVsIGNlbnRybyBkZSBwcmVmZXJlbmNpYXMg?=
 =?utf-8?b?4oCTIHNob3AuZXhhbXBsZS5iZSDigJMgMTMvMTAvMjAyNg==?=
Date: Wed, 14 Oct 2026 05:00:08 +0000
Message-ID: <digest-daily-shopexample-20261013@preferix.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="prfx-7e2d1b9c4a"
List-Unsubscribe: <mailto:unsubscribe+digest-9f2c@preferix.example>, <https://app.preferix.example/notificaciones/baja?d=9f2c>
Auto-Submitted: auto-generated

--prfx-7e2d1b9c4a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Resumen diario del centro de preferencias
Sitio: shop.example.be (ES, FR, NL, EN, DE) =C2=B7 D=C3=ADa: martes 13/10/2=
026

Cambios guardados: 214
- Baja de todas las comunicaciones de marketing: 88
- Pausa de correos durante 30 d=C3=ADas: 61
- Cambio de idioma del bolet=C3=ADn: 37
- Cambio de frecuencia (semanal =E2=86=92 mensual): 19
- Canal SMS desactivado, correo mantenido: 9

Nuevas suscripciones con doble opt-in confirmado: 46
Enlaces de confirmaci=C3=B3n caducados sin confirmar (eliminados): 12

Errores al guardar: 9
C=C3=B3digo PC-409 (conflicto de versi=C3=B3n del perfil). Los usuarios afe=
ctados vieron el mensaje =C2=ABNo hemos podido guardar tus preferencias. In=
t=C3=A9ntalo de nuevo m=C3=A1s tarde=C2=BB. Sus preferencias anteriores sig=
uen vigentes.

Registro de consentimientos: todos los cambios guardados se han registrado =
con fecha, hora, IP, canal y versi=C3=B3n del texto (v5.1).

Ver el detalle: https://app.preferix.example/sitios/shopexample/resumen/202=
6-10-13
Registro de errores: https://app.preferix.example/sitios/shopexample/errore=
s?codigo=3DPC-409

Este resumen se env=C3=ADa autom=C3=A1ticamente cada d=C3=ADa a los adminis=
tradores del sitio.
Preferix S.L. =C2=B7 Calle del Prado 21 =C2=B7 28014 Madrid

--prfx-7e2d1b9c4a
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Verdana,sans-serif;font-size:13px;color:#3=
33;">
<h3 style=3D"margin:0 0 8px 0;">Resumen diario del centro de preferencias</=
h3>
<p style=3D"color:#777;">Sitio: shop.example.be (ES, FR, NL, EN, DE) =C2=B7=
 D=C3=ADa: martes 13/10/2026</p>
<table cellpadding=3D"3">
<tr><td><b>Cambios guardados</b></td><td align=3D"right"><b>214</b></td></t=
r>
<tr><td>Baja de todas las comunicaciones de marketing</td><td align=3D"righ=
t">88</td></tr>
<tr><td>Pausa de correos durante 30 d=C3=ADas</td><td align=3D"right">61</t=
d></tr>
<tr><td>Cambio de idioma del bolet=C3=ADn</td><td align=3D"right">37</td></=
tr>
<tr><td>Cambio de frecuencia (semanal =E2=86=92 mensual)</td><td align=3D"r=
ight">19</td></tr>
<tr><td>Canal SMS desactivado, correo mantenido</td><td align=3D"right">9</=
td></tr>
<tr><td><b>Nuevas suscripciones con doble opt-in confirmado</b></td><td ali=
gn=3D"right"><b>46</b></td></tr>
<tr><td>Enlaces de confirmaci=C3=B3n caducados sin confirmar (eliminados)</=
td><td align=3D"right">12</td></tr>
<tr><td style=3D"color:#c0392b;"><b>Errores al guardar</b></td><td align=3D=
"right" style=3D"color:#c0392b;"><b>9</b></td></tr>
</table>
<p>C=C3=B3digo PC-409 (conflicto de versi=C3=B3n del perfil). Los usuarios =
afectados vieron el mensaje =C2=ABNo hemos podido guardar tus preferencias.=
 Int=C3=A9ntalo de nuevo m=C3=A1s tarde=C2=BB. Sus preferencias anteriores =
siguen vigentes.</p>
<p>Registro de consentimientos: todos los cambios guardados se han registra=
do con fecha, hora, IP, canal y versi=C3=B3n del texto (v5.1).</p>
<p><a href=3D"https://app.preferix.example/sitios/shopexample/resumen/2026-=
10-13">Ver el detalle</a> =C2=B7 <a href=3D"https://app.preferix.example/si=
tios/shopexample/errores?codigo=3DPC-409">Registro de errores</a></p>
<p style=3D"font-size:11px;color:#999;">Este resumen se env=C3=ADa autom=C3=
=A1ticamente cada d=C3=ADa a los administradores del sitio.<br>Preferix S.L=
. =C2=B7 Calle del Prado 21 =C2=B7 28014 Madrid</p>
</body></html>

--prfx-7e2d1b9c4a--
'''),

    ('es', 'person-asks-about-welcome-code-above-welcome-mail', 'other', (),
'''Return-Path: <marta_ferrer_ruiz@yahoo.es>
Received: from sonic310-21.consmr.mail.ir2.yahoo.com (sonic310-21.consmr.mail.ir2.yahoo.com [77.238.177.147])
        by mx1.shop.example.be (Postfix) with ESMTPS id 43N0uF6iGzz3fAh
        for <privacy@shop.example.be>; Sat, 17 Oct 2026 18:26:55 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.es; s=s2048; t=1792261614;
        bh=Ez6hD2xE0gI4vWk8nJm3sUd1oQl5rPf9zVt7eYj4Xc0=;
        h=Date:From:To:In-Reply-To:References:Subject:From:Subject:Reply-To;
        b=Kv6xC2aW0gIe4yKn8jVm3sUd5oQl1rPf7zVt9eYj2XcA6mGbK8iHw4dNp5uLs2oRf6qC
         y1vIz5ePx8tWl4rHc7Ab2Ck0Ky3Mv6Nu9Ot2Ps5Qr8Ro1Sn4Tm7Ul0Vk3Wj6Xi9Yh2==
X-YMail-OSG: 1vT4kQ8VM1mR0pXz2LcW7aJe3sHd9gBu6oKi5rTy2MfN8bVqX1wPz4lAe7cSj0dGh3uRn
X-Sonic-MF: <marta_ferrer_ruiz@yahoo.es>
X-Sonic-ID: 6a3e9c71-2d4f-4b80-9e15-c7f0a2b8d413
Received: from sonic.gate.mail.ne1.yahoo.com by sonic310-21.consmr.mail.ir2.yahoo.com with HTTP; Sat, 17 Oct 2026 16:26:54 +0000
Date: Sat, 17 Oct 2026 16:26:50 +0000 (UTC)
From: Marta Ferrer <marta_ferrer_ruiz@yahoo.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1184739265.3310927.1792261610847@mail.yahoo.com>
In-Reply-To: <welcome.es.20261016.7b2f91@news.shop.example.be>
References: <welcome.es.20261016.7b2f91@news.shop.example.be>
Subject: =?utf-8?q?Re=3A_=C2=A1Bienvenida_a_Shop_Example!_Aqu=C3=AD_tienes_t?=
 =?utf-8?q?u_15_=25_de_descuento?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.25891 YahooMailAndroidMobile

Hola, buenas tardes:

El c=C3=B3digo BIENVENIDA15 del correo de bienvenida no me funciona. Lo he =
probado en la app y en la web con un pedido de 62 euros y siempre sale =C2=
=ABC=C3=B3digo no v=C3=A1lido o caducado=C2=BB. El correo es de ayer, as=C3=
=AD que no deber=C3=ADa haber caducado.

=C2=BFMe pod=C3=A9is decir si hay alg=C3=BAn problema con el c=C3=B3digo o =
si hay que hacer algo m=C3=A1s? Gracias.

Marta

Enviado desde Yahoo Mail para Android

  El vie., 16 oct. 2026 a las 20:03, Shop Example<news@shop.example.be> esc=
ribi=C3=B3:

=C2=A1Bienvenida a Shop Example, Marta!

Gracias por suscribirte a nuestro bolet=C3=ADn. Has confirmado tu suscripci=
=C3=B3n el 16/10/2026 a las 19:58.

Como regalo de bienvenida, aqu=C3=AD tienes un 15 % de descuento en tu pr=
=C3=B3ximo pedido:

BIENVENIDA15
V=C3=A1lido hasta el 15/11/2026 para pedidos a partir de 50 =E2=82=AC. No a=
cumulable con otras promociones.

Recibir=C3=A1s nuestro bolet=C3=ADn una vez por semana. Puedes cambiar la f=
recuencia, el idioma o darte de baja en cualquier momento desde tu centro d=
e preferencias: https://www.shop.example.be/es/preferencias

Shop Example BV =C2=B7 Rue de l'Exemple 1 =C2=B7 1000 Bruselas =C2=B7 B=C3=
=A9lgica
'''),

    # ------------------------------------------------------------------ it
    ('it', 'exchange-ndr-italian-consent-withdrawal-confirmation', 'automated', (),
'''Return-Path: <>
Received: from mail.studiobertolli.example (mail.studiobertolli.example [203.0.113.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 44P1vG7jHaz4gBi
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:15:33 +0100 (CET)
Received: from EXCH02.studiobertolli.local (10.0.0.12) by
 EXCH01.studiobertolli.local (10.0.0.11) with Microsoft SMTP Server (TLS) id
 15.1.2507.39; Tue, 27 Oct 2026 10:15:31 +0100
From: <postmaster@studiobertolli.example>
To: <privacy@shop.example.be>
Date: Tue, 27 Oct 2026 10:15:31 +0100
Subject: =?utf-8?q?Non_recapitabile=3A_Conferma=3A_consenso_alle_comunicazio?=
 =?utf-8?q?ni_commerciali_revocato_=28rif=2E_PRIV-2026-1417=29?=
Content-Type: multipart/report; report-type=delivery-status;
        boundary="3f2d71c8-aa40-4e1b-9b6c-5e8d02f4c917"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: it-IT
Message-ID: <5a91c3e2-7d04-48bf-b2e6-0c8f31d7a945@EXCH01.studiobertolli.local>
In-Reply-To: <20261027091522.E8B3A5F0C4@mail.shop.example.be>
References: <20261027091522.E8B3A5F0C4@mail.shop.example.be>
Thread-Topic: Conferma: consenso alle comunicazioni commerciali revocato (rif. PRIV-2026-1417)
Thread-Index: AQHdOGsvQ2bVx8nR1yT4kL0sP6wZcQ==
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: EXCH01.studiobertolli.local
X-MS-Exchange-Organization-AuthAs: Internal
Auto-Submitted: auto-replied
MIME-Version: 1.0

--3f2d71c8-aa40-4e1b-9b6c-5e8d02f4c917
Content-Type: multipart/alternative; differences=Content-Type;
        boundary="16a9e3b0-58c7-4f21-8d4e-b730c6a1f2e9"

--16a9e3b0-58c7-4f21-8d4e-b730c6a1f2e9
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Recapito non riuscito per i seguenti destinatari o gruppi:

Giulia Romano (giulia.romano@studiobertolli.example)
La cassetta postale del destinatario =C3=A8 piena e non pu=C3=B2 accettare =
messaggi al momento. Riprovare a inviare il messaggio pi=C3=B9 tardi o cont=
attare direttamente il destinatario.


Informazioni di diagnostica per gli amministratori:

Server di generazione: EXCH02.studiobertolli.local

giulia.romano@studiobertolli.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:=
QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process=
 message due to a permanent exception with message Cannot open mailbox /o=
=3DStudio Bertolli/ou=3DExchange Administrative Group/cn=3DRecipients/cn=3D=
giulia.romano.'

Intestazioni del messaggio originale:

Received: from EXCH01.studiobertolli.local (10.0.0.11) by
 EXCH02.studiobertolli.local (10.0.0.12) with Microsoft SMTP Server (TLS) id
 15.1.2507.39; Tue, 27 Oct 2026 10:15:29 +0100
Received: from smtp-out1.shop.example.be (192.0.2.31) by
 EXCH01.studiobertolli.local (10.0.0.11) with Microsoft SMTP Server (TLS) id
 15.1.2507.39; Tue, 27 Oct 2026 10:15:27 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: <giulia.romano@studiobertolli.example>
Subject: Conferma: consenso alle comunicazioni commerciali revocato (rif.
 PRIV-2026-1417)
Date: Tue, 27 Oct 2026 10:15:22 +0100
Message-ID: <20261027091522.E8B3A5F0C4@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable

--16a9e3b0-58c7-4f21-8d4e-b730c6a1f2e9
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Recapito non riusci=
to per i seguenti destinatari o gruppi:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:giu=
lia.romano@studiobertolli.example">Giulia Romano (giulia.romano@studioberto=
lli.example)</a><br>La cassetta postale del destinatario =C3=A8 piena e non=
 pu=C3=B2 accettare messaggi al momento. Riprovare a inviare il messaggio p=
i=C3=B9 tardi o contattare direttamente il destinatario.</p></font>
<br><br><br><br><br><br>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Informazioni di di=
agnostica per gli amministratori:</b></p>
<p>Server di generazione: EXCH02.studiobertolli.local</p>
<p>giulia.romano@studiobertolli.example<br>Remote Server returned '554 5.2.=
2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExcep=
tionShutoffQuotaExceeded; Failed to process message due to a permanent exce=
ption with message Cannot open mailbox /o=3DStudio Bertolli/ou=3DExchange A=
dministrative Group/cn=3DRecipients/cn=3Dgiulia.romano.'</p>
<p>Intestazioni del messaggio originale:</p>
<p><pre>From: Shop Example Privacy Team &lt;privacy@shop.example.be&gt;
To: &lt;giulia.romano@studiobertolli.example&gt;
Subject: Conferma: consenso alle comunicazioni commerciali revocato (rif. P=
RIV-2026-1417)
Date: Tue, 27 Oct 2026 10:15:22 +0100
Message-ID: &lt;20261027091522.E8B3A5F0C4@mail.shop.example.be&gt;
</pre></p></font>
</body></html>

--16a9e3b0-58c7-4f21-8d4e-b730c6a1f2e9--

--3f2d71c8-aa40-4e1b-9b6c-5e8d02f4c917
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.studiobertolli.local
Received-From-MTA: dns;EXCH01.studiobertolli.local
Arrival-Date: Tue, 27 Oct 2026 09:15:29 +0000

Final-Recipient: rfc822;giulia.romano@studiobertolli.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
X-Display-Name: Giulia Romano

--3f2d71c8-aa40-4e1b-9b6c-5e8d02f4c917
Content-Type: message/rfc822

From: Shop Example Privacy Team <privacy@shop.example.be>
To: <giulia.romano@studiobertolli.example>
Subject: Conferma: consenso alle comunicazioni commerciali revocato (rif.
 PRIV-2026-1417)
Date: Tue, 27 Oct 2026 10:15:22 +0100
Message-ID: <20261027091522.E8B3A5F0C4@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Gentile signora Romano,

confermiamo di aver registrato la revoca del Suo consenso alle comunicazion=
i commerciali via e-mail e SMS in data 26/10/2026. Da oggi ricever=C3=A0 so=
ltanto messaggi di servizio relativi ai Suoi ordini (conferme d'ordine, spe=
dizioni, fatture).

Le ricordiamo che la revoca riguarda tutti i marchi del gruppo Shop Example=
. Se desidera sospendere le comunicazioni solo per un periodo, pu=C3=B2 far=
lo in qualsiasi momento dal centro preferenze.

Cordiali saluti,
Team Privacy di Shop Example BV

--3f2d71c8-aa40-4e1b-9b6c-5e8d02f4c917--
'''),

    ('it', 'survey-platform-milestone-with-consent-stats', 'automated', (),
'''Return-Path: <notifiche@mail.sondaggia.example>
Received: from mail.sondaggia.example (mail.sondaggia.example [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 45Q2wH8kJbz5hCj
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 15:42:20 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sondaggia.example; s=sg;
        t=1794321739; bh=Fa7iE3yF1hJ5wXl9oKn4tVe2pRm6sQg0aWu8fZk5Yd1=;
        h=From:To:Subject:Date:Message-ID;
        b=Lw7yD3bX1hJf5zLo9kWn4tVe6pRm2sQg8aWu0fZk3YdB7nHcL9jIx5eOq6vMt3pSg7rD
         z2wJa6fQy9uXm5sId8Bc3Dl1Lz4Nw7Ov0Pu3Qt6Rs9Sp2To5Un8Vm1Wl4Xk7Yj0Zi3==
From: Sondaggia <notifiche@sondaggia.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Il_tuo_sondaggio_=22Com=27=C3=A8_andata_la_consegna=3F=22?=
 =?utf-8?q?_ha_raggiunto_1=2E000_risposte?=
Date: Thu, 05 Nov 2026 14:42:19 +0000
Message-ID: <n.milestone.1000.sv-66120.20261105144219@sondaggia.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
List-Unsubscribe: <https://app.sondaggia.example/account/notifiche?off=milestone>
X-Sondaggia-Survey: sv-66120

Ciao,

il tuo sondaggio "Com'è andata la consegna?" (Shop Example IT, inviato dopo
ogni consegna a domicilio) ha appena superato le 1.000 risposte.

Risposte complete: 1.004
Tasso di risposta: 18,6 %
Punteggio medio: 8,1 / 10

Privacy e consenso
- 612 partecipanti hanno accettato di essere ricontattati dal servizio clienti.
- 47 partecipanti hanno negato il consenso al ricontatto: i loro dati di
  contatto non sono visibili nei risultati.
- 12 partecipanti hanno chiesto la cancellazione delle proprie risposte: le
  risposte sono state anonimizzate automaticamente il 04/11/2026.
- 3 risposte provengono da utenti che hanno dichiarato meno di 16 anni e sono
  state escluse dall'esportazione.

Promemoria: gli inviti al sondaggio vengono spediti da Sondaggia per conto di
Shop Example BV. I destinatari che hanno fatto clic su "Non inviarmi più
sondaggi" (89 finora) sono nella lista di esclusione del tuo account.

Vedi i risultati: https://app.sondaggia.example/sondaggi/sv-66120/risultati

Ricevi questa e-mail perché sei amministratore dell'account. Per non
ricevere più notifiche sui traguardi: https://app.sondaggia.example/account/notifiche

Sondaggia S.r.l. - Via Tortona 33 - 20144 Milano
'''),

    ('it', 'marketing-automation-partner-form-consent-import', 'automated', (),
'''Return-Path: <bounce-ops.12044@notify.flowmatic.eu>
Received: from mta-03.flowmatic.eu (mta-03.flowmatic.eu [198.51.100.103])
        by mx1.shop.example.be (Postfix) with ESMTPS id 46R3xJ9mKcz6jDk
        for <privacy@shop.example.be>; Mon, 16 Nov 2026 02:17:45 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=flowmatic.eu; s=fm1;
        t=1795223864; bh=Gb8jF4zG2iK6xYm0pLo5uWf3qSn7tRh1bXv9gAl6Ze2=;
        h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
        b=Mx8zE4cY2iKg6aMp0lXo5uWf7qSn3tRh9bXv1gAl4ZeC8oIdM0kJy6fPr7wNu4qTh8sE
         a3xKb7gRz0vYn6tJe9Cd4Em2Ma5Ox8Pw1Qv4Ru7St0Tq3Up6Vo9Wn2Xm5Yl8Zk1Aj4==
From: Flowmatic <operazioni@flowmatic.eu>
To: crm@shop.example.be
Cc: privacy@shop.example.be
Subject: =?utf-8?b?SW1wb3J0YXppb25lIGNvbXBsZXRhdGEgY29uIGF2dmlzaTogY29uc2Vu?=
 =?utf-8?b?c2kgZGFsIG1vZHVsbyBwYXJ0bmVyICJDb25jb3JzbyBFc3RhdGUgMjAyNiDigJMg?=
 =?utf-8?b?RmFybWFWZXJkZSI=?=
Date: Mon, 16 Nov 2026 01:17:44 +0000
Message-ID: <import.12044.98731.20261116011744@flowmatic.eu>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="==fm-12044-imp-3c7a91=="
Auto-Submitted: auto-generated
X-Flowmatic-Account: 12044
X-Flowmatic-Job: import-98731

--==fm-12044-imp-3c7a91==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

SW1wb3J0YXppb25lIGNvbXBsZXRhdGEgY29uIGF2dmlzaQoKQWNjb3VudDogU2hvcCBFeGFtcGxl
IEJWIOKAkyBJdGFsaWEgKDEyMDQ0KQpPcmlnaW5lOiBTRlRQIHBhcnRuZXIgRmFybWFWZXJkZSBT
LnAuQS4sIGZpbGUgY29uc2Vuc2lfY29uY29yc29fZXN0YXRlMjAyNl8yMDI2MTExNS5jc3YKTGF2
b3JvOiBpbXBvcnQtOTg3MzEgwrcgYXZ2aWF0byAxNi8xMS8yMDI2IDAyOjAwIMK3IGNvbmNsdXNv
IDAyOjE3CgpSaWdoZSBsZXR0ZTogMS4yODQKTnVvdmkgY29udGF0dGkgY29uIGNvbnNlbnNvIG1h
cmtldGluZyBlLW1haWw6IDEuMTU4CkNvbnRhdHRpIGdpw6AgcHJlc2VudGksIGNvbnNlbnNvIGFn
Z2lvcm5hdG86IDY3ClJpZ2hlIHNjYXJ0YXRlOiA1OQogIC0gMzcgcmlnaGU6IGV0w6AgZGljaGlh
cmF0YSBpbmZlcmlvcmUgYSAxNCBhbm5pLCBjb25zZW5zbyBub24gdmFsaWRvIHNlbnphIGlsIGdl
bml0b3JlCiAgLSAyMiByaWdoZTogcHJvdmEgZGVsIGNvbnNlbnNvIG1hbmNhbnRlIChkYXRhL29y
YSBvIGluZGlyaXp6byBJUCBhc3NlbnRlKQoKQXZ2aXNvOiBpbCBjYW1wbyAibWFyY2hpbyIgZGkg
dHV0dGUgbGUgcmlnaGUgdmFsZSAiU2hvcCBFeGFtcGxlIENhc2EiLiBJbCBjb25zZW5zbyDDqCBz
dGF0byByZWdpc3RyYXRvIHNvbG8gcGVyIHF1ZXN0byBtYXJjaGlvIGUgbm9uIHBlciBnbGkgYWx0
cmkgbWFyY2hpIGRlbCBncnVwcG8uIEkgY29udGF0dGkgbm9uIHNhcmFubm8gaW5jbHVzaSBuZWxs
ZSBjYW1wYWduZSAiU2hvcCBFeGFtcGxlIE1vZGEiIHNlbnphIHVuIG51b3ZvIGNvbnNlbnNvLgoK
VGVzdG8gaW5mb3JtYXRpdm8gYXNzb2NpYXRvOiAiQ29uY29yc28gRXN0YXRlIDIwMjYg4oCTIGlu
Zm9ybWF0aXZhIHBhcnRuZXIgdjIiIChjYXJpY2F0byBpbCAwMS8wNi8yMDI2KS4KClNjYXJpY2Eg
aWwgcmVwb3J0IGRlbGxlIHJpZ2hlIHNjYXJ0YXRlOiBodHRwczovL2FwcC5mbG93bWF0aWMuZXUv
aW1wb3J0Lzk4NzMxL3NjYXJ0YXRlCkxvIHNjYXJpY28gcmVzdGEgZGlzcG9uaWJpbGUgcGVyIDcg
Z2lvcm5pLCBwb2kgdmllbmUgZWxpbWluYXRvIGF1dG9tYXRpY2FtZW50ZS4KCk1lc3NhZ2dpbyBh
dXRvbWF0aWNvIGRpIEZsb3dtYXRpYy4gTm9uIHJpc3BvbmRlcmUgYSBxdWVzdGEgZS1tYWlsLgo=

--==fm-12044-imp-3c7a91==
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHg7Y29sb3I6IzIyMjsiPgo8aDIgc3R5bGU9ImNvbG9yOiNiOTc3MGU7Ij5JbXBvcnRhemlv
bmUgY29tcGxldGF0YSBjb24gYXZ2aXNpPC9oMj4KPHA+QWNjb3VudDogU2hvcCBFeGFtcGxlIEJW
IOKAkyBJdGFsaWEgKDEyMDQ0KTxicj5PcmlnaW5lOiBTRlRQIHBhcnRuZXIgRmFybWFWZXJkZSBT
LnAuQS4sIGZpbGUgY29uc2Vuc2lfY29uY29yc29fZXN0YXRlMjAyNl8yMDI2MTExNS5jc3Y8YnI+
TGF2b3JvOiBpbXBvcnQtOTg3MzEgwrcgYXZ2aWF0byAxNi8xMS8yMDI2IDAyOjAwIMK3IGNvbmNs
dXNvIDAyOjE3PC9wPgo8dGFibGUgY2VsbHBhZGRpbmc9IjQiPgo8dHI+PHRkPlJpZ2hlIGxldHRl
PC90ZD48dGQgYWxpZ249InJpZ2h0Ij4xLjI4NDwvdGQ+PC90cj4KPHRyPjx0ZD5OdW92aSBjb250
YXR0aSBjb24gY29uc2Vuc28gbWFya2V0aW5nIGUtbWFpbDwvdGQ+PHRkIGFsaWduPSJyaWdodCI+
MS4xNTg8L3RkPjwvdHI+Cjx0cj48dGQ+Q29udGF0dGkgZ2nDoCBwcmVzZW50aSwgY29uc2Vuc28g
YWdnaW9ybmF0bzwvdGQ+PHRkIGFsaWduPSJyaWdodCI+Njc8L3RkPjwvdHI+Cjx0cj48dGQ+PGI+
UmlnaGUgc2NhcnRhdGU8L2I+PC90ZD48dGQgYWxpZ249InJpZ2h0Ij48Yj41OTwvYj48L3RkPjwv
dHI+CjwvdGFibGU+Cjx1bD4KPGxpPjM3IHJpZ2hlOiBldMOgIGRpY2hpYXJhdGEgaW5mZXJpb3Jl
IGEgMTQgYW5uaSwgY29uc2Vuc28gbm9uIHZhbGlkbyBzZW56YSBpbCBnZW5pdG9yZTwvbGk+Cjxs
aT4yMiByaWdoZTogcHJvdmEgZGVsIGNvbnNlbnNvIG1hbmNhbnRlIChkYXRhL29yYSBvIGluZGly
aXp6byBJUCBhc3NlbnRlKTwvbGk+CjwvdWw+CjxwPjxiPkF2dmlzbzo8L2I+IGlsIGNhbXBvICZx
dW90O21hcmNoaW8mcXVvdDsgZGkgdHV0dGUgbGUgcmlnaGUgdmFsZSAmcXVvdDtTaG9wIEV4YW1w
bGUgQ2FzYSZxdW90Oy4gSWwgY29uc2Vuc28gw6ggc3RhdG8gcmVnaXN0cmF0byBzb2xvIHBlciBx
dWVzdG8gbWFyY2hpbyBlIG5vbiBwZXIgZ2xpIGFsdHJpIG1hcmNoaSBkZWwgZ3J1cHBvLiBJIGNv
bnRhdHRpIG5vbiBzYXJhbm5vIGluY2x1c2kgbmVsbGUgY2FtcGFnbmUgJnF1b3Q7U2hvcCBFeGFt
cGxlIE1vZGEmcXVvdDsgc2VuemEgdW4gbnVvdm8gY29uc2Vuc28uPC9wPgo8cD5UZXN0byBpbmZv
cm1hdGl2byBhc3NvY2lhdG86ICZxdW90O0NvbmNvcnNvIEVzdGF0ZSAyMDI2IOKAkyBpbmZvcm1h
dGl2YSBwYXJ0bmVyIHYyJnF1b3Q7IChjYXJpY2F0byBpbCAwMS8wNi8yMDI2KS48L3A+CjxwPjxh
IGhyZWY9Imh0dHBzOi8vYXBwLmZsb3dtYXRpYy5ldS9pbXBvcnQvOTg3MzEvc2NhcnRhdGUiPlNj
YXJpY2EgaWwgcmVwb3J0IGRlbGxlIHJpZ2hlIHNjYXJ0YXRlPC9hPiAoZGlzcG9uaWJpbGUgcGVy
IDcgZ2lvcm5pLCBwb2kgZWxpbWluYXRvIGF1dG9tYXRpY2FtZW50ZSkuPC9wPgo8cCBzdHlsZT0i
Zm9udC1zaXplOjExcHg7Y29sb3I6Izg4ODsiPk1lc3NhZ2dpbyBhdXRvbWF0aWNvIGRpIEZsb3dt
YXRpYy4gTm9uIHJpc3BvbmRlcmUgYSBxdWVzdGEgZS1tYWlsLjwvcD4KPC9ib2R5PjwvaHRtbD4K

--==fm-12044-imp-3c7a91==--
'''),

    ('it', 'parent-asks-deletion-of-minor-above-birthday-mail', 'deletion', (),
'''Return-Path: <paolo.gentile@libero.example>
Received: from smtp-31.iol.local (smtp-31.iol.local [203.0.113.231])
        by mx1.shop.example.be (Postfix) with ESMTPS id 47S4yK0nLdz7kEm
        for <privacy@shop.example.be>; Sun, 22 Nov 2026 21:09:14 +0100 (CET)
Received: from smtpclient.apple ([151.38.112.209])
        by smtp-31.iol.local with ESMTPA
        id Mk2fvEwXq3Pz8Mk2fvLc7R; Sun, 22 Nov 2026 21:09:13 +0100
From: Paolo Gentile <paolo.gentile@libero.example>
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0
Subject: =?utf-8?q?Re=3A_Buon_compleanno=2C_Sofia!_=F0=9F=8E=82_Il_tuo_regal?=
 =?utf-8?q?o_ti_aspetta?=
Message-Id: <8D41F2A6-95C3-4E7B-A0D8-3F1B6C92E57A@libero.example>
Date: Sun, 22 Nov 2026 21:09:02 +0100
References: <bday.it.20261122.55031@news.shop.example.be>
In-Reply-To: <bday.it.20261122.55031@news.shop.example.be>
To: privacy@shop.example.be
X-Mailer: Apple Mail (2.3826.600.51.1.1)

Buonasera,

sono il padre di Sofia Gentile. Mia figlia ha compiuto oggi 14 anni e ha ri=
cevuto il messaggio qui sotto. Da quello che ho capito si =C3=A8 iscritta a=
lla vostra newsletter e alla carta fedelt=C3=A0 alla cassa del negozio di M=
ilano in primavera, senza che noi genitori ne sapessimo niente. Da allora r=
iceve e-mail promozionali, notifiche "Ci manchi!" e adesso anche gli auguri=
 con lo sconto.

Non abbiamo mai dato il nostro consenso. Vi chiedo di cancellare il suo acc=
ount, la carta fedelt=C3=A0 e tutti i dati personali che avete su di lei, e=
 di confermarmelo per iscritto a questo indirizzo.

Grazie,
Paolo Gentile

> Il giorno 22 nov 2026, alle ore 08:00, Shop Example <news@shop.example.be=
> ha scritto:
>
> Buon compleanno, Sofia! =F0=9F=8E=82
>
> Per festeggiare il tuo giorno speciale, ecco un regalo per te: 20% di sco=
nto su tutto l'assortimento, valido per 14 giorni.
>
> Codice: AUGURI-SOFIA-7Q2K
>
> Ti aspettiamo online e in tutti i nostri negozi con la tua carta Shop Exa=
mple Club n. 3904 1187 2265.
>
> Ricevi questa e-mail perch=C3=A9 sei iscritta alla newsletter di Shop Exa=
mple. Gestisci le tue preferenze: https://www.shop.example.be/it/preferenze
> Shop Example BV =C2=B7 Rue de l'Exemple 1 =C2=B7 1000 Bruxelles =C2=B7 Be=
lgio
'''),

    # ------------------------------------------------------------------ pt
    ('pt', 'qmail-bounce-pause-confirmation', 'automated', (),
'''Return-Path: <>
Received: from mail.alojamento-norte.example (mail.alojamento-norte.example [198.51.100.186])
        by mx1.shop.example.be (Postfix) with SMTP id 48T5zL1pMez8mFn
        for <privacy@shop.example.be>; Tue, 1 Dec 2026 11:48:06 +0100 (CET)
Received: (qmail 28871 invoked for bounce); 1 Dec 2026 10:48:05 -0000
Date: 1 Dec 2026 10:48:05 -0000
From: MAILER-DAEMON@mail.alojamento-norte.example
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.alojamento-norte.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<rui.matos@ferragens-matos.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28864 invoked from network); 1 Dec 2026 10:48:04 -0000
Received: from smtp-out1.shop.example.be (HELO smtp-out1.shop.example.be) (192.0.2.31)
  by mail.alojamento-norte.example with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 1 Dec 2026 10:48:04 -0000
From: Shop Example Privacidade <privacy@shop.example.be>
To: rui.matos@ferragens-matos.example
Subject: =?utf-8?q?Confirma=C3=A7=C3=A3o=3A_comunica=C3=A7=C3=B5es_de_market?=
 =?utf-8?q?ing_em_pausa_at=C3=A9_31/12/2026_=28ref=2E_PRIV-2026-1602=29?=
Date: Tue, 1 Dec 2026 11:48:01 +0100
Message-ID: <20261201104801.3D9F27B0E5@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Caro Rui Matos,

Conforme pedido, coloc=C3=A1mos em pausa as comunica=C3=A7=C3=B5es de marke=
ting por e-mail at=C3=A9 31/12/2026. Durante este per=C3=ADodo continuar=C3=
=A1 a receber apenas mensagens relacionadas com as suas encomendas (confirm=
a=C3=A7=C3=B5es, envios e faturas).

A partir de 1 de janeiro de 2027 voltar=C3=A1 a receber a nossa newsletter,=
 em portugu=C3=AAs e com a frequ=C3=AAncia mensal que escolheu. As mensagen=
s SMS continuam desativadas, tal como indicou em outubro.

Pode alterar estas op=C3=A7=C3=B5es a qualquer momento no centro de prefer=
=C3=AAncias: https://www.shop.example.be/pt/preferencias

Com os melhores cumprimentos,
Equipa de Privacidade da Shop Example BV
'''),

    ('pt', 'sms-platform-stop-requests-report', 'automated', (),
'''Return-Path: <relatorios@smslusa.example>
Received: from mx-out2.smslusa.example (mx-out2.smslusa.example [203.0.113.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 49V6aM2qNfz9nGo
        for <privacy@shop.example.be>; Mon, 7 Dec 2026 08:00:31 +0100 (CET)
Received: from app-reports01 (app-reports01.smslusa.lan [10.8.0.21])
        by mx-out2.smslusa.example (Postfix) with ESMTP id 0B7D41E2C6
        for <privacy@shop.example.be>; Mon,  7 Dec 2026 07:00:30 +0000 (WET)
From: =?utf-8?q?SMSLusa_-_Relat=C3=B3rios?= <relatorios@smslusa.example>
To: marketing@shop.example.be
Subject: =?utf-8?q?Relat=C3=B3rio_semanal=3A_143_pedidos_STOP_recebidos_?=
 =?utf-8?q?=E2=80=93_lista_=22Promo=C3=A7=C3=B5es_SMS_PT=22?=
Date: Mon, 7 Dec 2026 07:00:30 +0000
Message-ID: <rel-semanal-20261207070030-4417@smslusa.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable
X-Mailer: SMSLusa Plataforma 6.4
Auto-Submitted: auto-generated

Relat=F3rio semanal de descadastros por SMS
Conta: Shop Example BV (ID 4417)
Per=EDodo: 30/11/2026 a 06/12/2026

Mensagens de campanha enviadas: 38.920
Respostas STOP / PARAR / SAIR recebidas: 143
N=FAmeros removidos da lista "Promo=E7=F5es SMS PT": 143
N=FAmeros j=E1 bloqueados anteriormente: 6

Os n=FAmeros removidos foram acrescentados =E0 lista de bloqueio da conta e=
 n=E3o receber=E3o mais campanhas de marketing. As mensagens transacionais =
(c=F3digos de levantamento, avisos de entrega) continuam a ser enviadas, po=
rque n=E3o dependem do consentimento de marketing.

Aten=E7=E3o: 11 dos n=FAmeros removidos tinham consentimento registado na l=
oja (origem "POS Porto - Santa Catarina") sem data de recolha. Recomendamos=
 verificar os registos de consentimento recolhidos nas caixas.

Exportar lista de bloqueio (CSV): https://painel.smslusa.example/contas/441=
7/bloqueios
Este e-mail foi gerado automaticamente. N=E3o responda a esta mensagem.

SMSLusa, Lda. - Rua de Santa Catarina 700 - 4000-446 Porto
'''),

    ('pt', 'esp-preference-change-notice-language-frequency', 'automated', (),
'''Return-Path: <bounce+pref.77121@envialia.example>
Received: from smtp17.envialia.example (smtp17.envialia.example [198.51.100.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4aW7bN3rPgz1pHq
        for <privacy@shop.example.be>; Mon, 14 Dec 2026 20:22:49 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=envialia.example; s=env1;
        t=1797276168; bh=Hc9kG5aH3jL7yZn1qMp6vXg4rTo8uSi2cYw0hBm7Af3=;
        h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
        b=Ny9aF5dZ3jLh7bNq1mYp6vXg8rTo4uSi0cYw2hBm5AfD9pJeN1lKz7gQs8xOv5rUi9tF
         b4yLc8hSa1wZo7uKf0De5Fn3Nb6Py9Qx2Rw5Sv8Tu1Ur4Vq7Wp0Xo3Yn6Zm9Al2Bk5==
From: Envialia <notificacoes@envialia.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Altera=C3=A7=C3=A3o_de_prefer=C3=AAncias_de_um_subscritor?=
 =?utf-8?q?_=E2=80=93_Newsletter_Shop_Example_PT?=
Date: Mon, 14 Dec 2026 19:22:48 +0000
Message-ID: <pref-change.77121.5f0e93c1@envialia.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="ENV-77121-5f0e93c1"
Auto-Submitted: auto-generated
Precedence: bulk
X-Envialia-List: 77121

--ENV-77121-5f0e93c1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Olá,

Um subscritor alterou as suas preferências na lista "Newsletter Shop Example PT".

Contacto: ana.figueiredo.1990@sapo.example
Data: 14/12/2026 19:22:41 (Europe/Lisbon)
Origem: centro de preferências (formulário v3)
Endereço IP: 2001:db8:4f1a::7c2

Alterações:
- Idioma da newsletter: inglês → português
- Frequência: semanal → mensal
- Canal SMS: desativado
- E-mail: mantido
- Pausa: nenhuma

O registo do consentimento foi atualizado e o comprovativo anterior foi mantido no histórico do contacto.

Recebe esta notificação porque a opção "Avisar quando um subscritor altera preferências" está ativa.
Envialia · Avenida da Liberdade 110 · 1250-146 Lisboa
--ENV-77121-5f0e93c1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkhlbHZldGljYSxBcmlhbCxzYW5zLXNlcmlm
O2ZvbnQtc2l6ZToxNHB4O2NvbG9yOiMyZDM0MzY7Ij4KPHA+T2zDoSw8L3A+CjxwPlVtIHN1YnNj
cml0b3IgYWx0ZXJvdSBhcyBzdWFzIHByZWZlcsOqbmNpYXMgbmEgbGlzdGEgPGI+JnF1b3Q7TmV3
c2xldHRlciBTaG9wIEV4YW1wbGUgUFQmcXVvdDs8L2I+LjwvcD4KPHRhYmxlIGNlbGxwYWRkaW5n
PSIzIiBzdHlsZT0iZm9udC1zaXplOjEzcHg7Ij4KPHRyPjx0ZD5Db250YWN0bzwvdGQ+PHRkPmFu
YS5maWd1ZWlyZWRvLjE5OTBAc2Fwby5leGFtcGxlPC90ZD48L3RyPgo8dHI+PHRkPkRhdGE8L3Rk
Pjx0ZD4xNC8xMi8yMDI2IDE5OjIyOjQxIChFdXJvcGUvTGlzYm9uKTwvdGQ+PC90cj4KPHRyPjx0
ZD5PcmlnZW08L3RkPjx0ZD5jZW50cm8gZGUgcHJlZmVyw6puY2lhcyAoZm9ybXVsw6FyaW8gdjMp
PC90ZD48L3RyPgo8dHI+PHRkPkVuZGVyZcOnbyBJUDwvdGQ+PHRkPjIwMDE6ZGI4OjRmMWE6Ojdj
MjwvdGQ+PC90cj4KPC90YWJsZT4KPHA+PGI+QWx0ZXJhw6fDtWVzOjwvYj48L3A+Cjx1bD4KPGxp
PklkaW9tYSBkYSBuZXdzbGV0dGVyOiBpbmdsw6pzIOKGkiBwb3J0dWd1w6pzPC9saT4KPGxpPkZy
ZXF1w6puY2lhOiBzZW1hbmFsIOKGkiBtZW5zYWw8L2xpPgo8bGk+Q2FuYWwgU01TOiBkZXNhdGl2
YWRvPC9saT4KPGxpPkUtbWFpbDogbWFudGlkbzwvbGk+CjxsaT5QYXVzYTogbmVuaHVtYTwvbGk+
CjwvdWw+CjxwPk8gcmVnaXN0byBkbyBjb25zZW50aW1lbnRvIGZvaSBhdHVhbGl6YWRvIGUgbyBj
b21wcm92YXRpdm8gYW50ZXJpb3IgZm9pIG1hbnRpZG8gbm8gaGlzdMOzcmljbyBkbyBjb250YWN0
by48L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xvcjojOTk5OyI+UmVjZWJlIGVzdGEg
bm90aWZpY2HDp8OjbyBwb3JxdWUgYSBvcMOnw6NvICZxdW90O0F2aXNhciBxdWFuZG8gdW0gc3Vi
c2NyaXRvciBhbHRlcmEgcHJlZmVyw6puY2lhcyZxdW90OyBlc3TDoSBhdGl2YS48YnI+RW52aWFs
aWEgwrcgQXZlbmlkYSBkYSBMaWJlcmRhZGUgMTEwIMK3IDEyNTAtMTQ2IExpc2JvYTwvcD4KPC9i
b2R5PjwvaHRtbD4K

--ENV-77121-5f0e93c1--
'''),

    ('pt', 'person-asks-birthdate-correction-above-birthday-mail', 'correction', (),
'''Return-Path: <joana.r.almeida@outlook.example>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2044.outbound.protection.outlook.com [203.0.113.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4bX8cP4sQhz2qJr
        for <privacy@shop.example.be>; Sat, 12 Dec 2026 13:37:22 +0100 (CET)
Received: from PAXP193MB1741.EURP193.PROD.OUTLOOK.COM (2603:10a6:102:1c3::8) by
 PAXP193MB1741.EURP193.PROD.OUTLOOK.COM with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9012.14;
 Sat, 12 Dec 2026 12:37:19 +0000
From: Joana Almeida <joana.r.almeida@outlook.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?RE=3A_Parab=C3=A9ns=2C_Joana!_=F0=9F=8E=89_A_sua_oferta_d?=
 =?utf-8?q?e_anivers=C3=A1rio_j=C3=A1_chegou?=
Thread-Topic: =?utf-8?q?Parab=C3=A9ns=2C_Joana!_=F0=9F=8E=89_A_sua_oferta_de?=
 =?utf-8?q?_anivers=C3=A1rio_j=C3=A1_chegou?=
Thread-Index: AQHdaj9xR2bVx8nR1yT4kL0sP6wZcg==
Date: Sat, 12 Dec 2026 12:37:19 +0000
Message-ID: <PAXP193MB174153D8E1A2F0C47B96E3D1A0C82@PAXP193MB1741.EURP193.PROD.OUTLOOK.COM>
References: <bday.pt.20261212.91277@news.shop.example.be>
In-Reply-To: <bday.pt.20261212.91277@news.shop.example.be>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Boa tarde,

Obrigada pela mensagem, mas eu n=C3=A3o fa=C3=A7o anos hoje: fa=C3=A7o anos=
 a 3 de dezembro, n=C3=A3o a 12. A data de nascimento no meu perfil est=C3=
=A1 errada (aparece 12/03/1988 em vez de 03/12/1988; deve ter sido trocado =
o dia com o m=C3=AAs quando me registei na loja).

Tentei corrigir no centro de prefer=C3=AAncias, mas o campo da data de nasc=
imento est=C3=A1 bloqueado e o bot=C3=A3o "Guardar" n=C3=A3o faz nada.

Podem corrigir a data para 03/12/1988, por favor? O meu cart=C3=A3o de clie=
nte =C3=A9 o 2601 8830 4127.

Obrigada,
Joana Almeida

-----Original Message-----
From: Shop Example <news@shop.example.be>
Sent: s=C3=A1bado, 12 de dezembro de 2026 08:00
To: joana.r.almeida@outlook.example
Subject: Parab=C3=A9ns, Joana! =F0=9F=8E=89 A sua oferta de anivers=C3=A1ri=
o j=C3=A1 chegou

Parab=C3=A9ns, Joana!

Hoje o dia =C3=A9 seu. Para celebrar, oferecemos-lhe 20% de desconto em tod=
a a loja durante 14 dias.

C=C3=B3digo: PARABENS-J8R4
V=C3=A1lido at=C3=A9 26/12/2026, online e nas lojas, com o seu cart=C3=A3o =
Shop Example Club.

Recebe este e-mail porque subscreveu a newsletter da Shop Example. Gerir pr=
efer=C3=AAncias: https://www.shop.example.be/pt/preferencias
Shop Example BV =C2=B7 Rue de l'Exemple 1 =C2=B7 1000 Bruxelas =C2=B7 B=C3=
=A9lgica
'''),
]

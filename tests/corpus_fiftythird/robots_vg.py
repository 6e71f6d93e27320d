"""Fifty-third set, robot mail of personalisation and decision systems, and people who look like robots (14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'riskline-order-held-for-review-alert', 'automated', (),
'''Return-Path: <bounces+shop-example-bv.7f3a21@mail.riskline.example>
Received: from mta-07.mail.riskline.example (mta-07.mail.riskline.example [198.51.100.27])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xk2Lq0ZbTz9v1
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 09:14:52 +0100 (CET)
From: Riskline Alerts <no-reply@riskline.example>
To: privacy@shop.example.be
Subject: [Riskline] Order SE-2026-118734 held for manual review (risk score 87)
Date: Mon, 26 Oct 2026 08:14:49 +0000
Message-ID: <0100019ac3e1f2a7-5b1c7e44-9d02-4f7b-a1e3-2f6c0d9b8e71-000000@mail.riskline.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Riskline-Event: order.held
X-Riskline-Merchant: M-40-22817
List-Unsubscribe: <https://console.riskline.example/settings/notifications?m=M-40-22817>
Content-Type: multipart/alternative;
        boundary="----=_Part_88213_1290553.1793004889123"

------=_Part_88213_1290553.1793004889123
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Riskline - Order held for manual review

Merchant:        Shop Example BV (M-40-22817)
Order:           SE-2026-118734
Placed:          26 Oct 2026, 08:11 UTC
Amount:          EUR 1,249.00 (3 items)
Payment method:  Card (Visa ****4417)
Risk score:      87 / 100 (review threshold: 75)

Rules triggered:
  R-112  Billing and shipping country differ (BE / NL)
  R-207  Device fingerprint linked to 4 accounts in 24 h
  R-318  E-mail address first seen less than 30 days ago
  ML     Model fr-eu-2026.3, contribution +41

What happens next
The payment has been authorised but not captured. Approve or decline
the order in the review queue within 72 hours. Orders that are not
reviewed in time are declined automatically and the authorisation is
released.

Review this order:
https://console.riskline.example/queue/M-40-22817/SE-2026-118734

You receive this e-mail because privacy@shop.example.be is listed as a
notification contact for held orders. Manage notifications:
https://console.riskline.example/settings/notifications

Riskline B.V. - this is an automated message, replies are not monitored.

------=_Part_88213_1290553.1793004889123
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2433">
<h2 style="margin:0 0 12px">Order held for manual review</h2>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Merchant</td><td>Shop Example BV (M-40-22817)</td></tr>
<tr><td>Order</td><td><b>SE-2026-118734</b></td></tr>
<tr><td>Amount</td><td>EUR 1,249.00 (3 items)</td></tr>
<tr><td>Risk score</td><td style="color:#c0392b"><b>87</b> / 100</td></tr>
</table>
<p>Rules triggered: R-112 Billing and shipping country differ (BE / NL); R-207 Device fingerprint linked to 4 accounts in 24 h; R-318 E-mail address first seen less than 30 days ago; ML model fr-eu-2026.3 (+41).</p>
<p>Approve or decline the order within 72 hours. Orders that are not reviewed in time are declined automatically.</p>
<p><a href="https://console.riskline.example/queue/M-40-22817/SE-2026-118734" style="background:#1d4ed8;color:#fff;padding:8px 14px;text-decoration:none">Review order</a></p>
<p style="font-size:11px;color:#6b7280">You receive this e-mail because privacy@shop.example.be is listed as a notification contact for held orders.<br>Riskline B.V. - automated message, replies are not monitored.</p>
</body></html>

------=_Part_88213_1290553.1793004889123--
'''),

    ('en', 'postfix-dsn-user-unknown-access-reply', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
        id 4Xk9Qw3Hh1z9v4; Tue, 27 Oct 2026 11:02:37 +0100 (CET)
Date: Tue, 27 Oct 2026 11:02:37 +0100 (CET)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4Xk9Qw3Hh1z9v4.1793095357/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261027100237.4Xk9Qw3Hh1z9v4@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4Xk9Qw3Hh1z9v4.1793095357/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.hartley@oldmail.example.co.uk>: host mx.oldmail.example.co.uk[203.0.113.44]
    said: 550 5.1.1 <j.hartley@oldmail.example.co.uk>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--4Xk9Qw3Hh1z9v4.1793095357/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4Xk9Qw3Hh1z9v4
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 27 Oct 2026 11:02:35 +0100 (CET)

Final-Recipient: rfc822; j.hartley@oldmail.example.co.uk
Original-Recipient: rfc822;j.hartley@oldmail.example.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.oldmail.example.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <j.hartley@oldmail.example.co.uk>: Recipient
    address rejected: User unknown in virtual mailbox table

--4Xk9Qw3Hh1z9v4.1793095357/mx1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from app01.internal.shop.example.be (app01.internal.shop.example.be [10.20.0.11])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Xk9Qw3Hh1z9v4
        for <j.hartley@oldmail.example.co.uk>; Tue, 27 Oct 2026 11:02:35 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Jonathan Hartley <j.hartley@oldmail.example.co.uk>
Subject: Re: Subject access request - reference PRV-2026-0412
Date: Tue, 27 Oct 2026 11:02:33 +0100
Message-ID: <prv-2026-0412.3.1793095353@shop.example.be>
In-Reply-To: <CAH8x2qk1QpZr7wLm3@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

--4Xk9Qw3Hh1z9v4.1793095357/mx1.shop.example.be--
'''),

    ('en', 'ad-platform-customer-list-matched', 'automated', (),
'''Return-Path: <notify-bounces@adreach.example>
Received: from out-12.smtp.adreach.example (out-12.smtp.adreach.example [192.0.2.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XkCz61Vr8z9v2
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 02:37:18 +0100 (CET)
From: AdReach for Business <notification@adreach.example>
Reply-To: noreply@adreach.example
To: privacy@shop.example.be
Subject: Your customer list "Loyalty - lapsed 180d (BE)" is ready to use
Date: Tue, 27 Oct 2026 18:37:14 -0700
Message-ID: <aud.9912045567.20261028013714@adreach.example>
MIME-Version: 1.0
X-AdReach-Notification-Type: CUSTOMER_LIST_PROCESSED
Precedence: bulk
Content-Type: multipart/alternative; boundary="b1_c3f0a9d2e1b84f5c9e7d"

--b1_c3f0a9d2e1b84f5c9e7d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hi Shop Example BV,

Your customer list has finished processing and can now be used for targeti=
ng.

Audience name:     Loyalty - lapsed 180d (BE)
Ad account:        Shop Example BV - Main (act_30114928)
Records uploaded:  48,906
Matched people:    29,812 (61%)
Identifiers used:  email (hashed), phone (hashed), country
Uploaded by:       cdp-connector@shop.example.be via API

Matched people will appear in the audience within 24 hours. Audiences with=
 fewer than 1,000 matched people can't be used for ad delivery.

Reminder: by uploading a customer list, you confirm that you have the nece=
ssary permissions from the people on it and that your use complies with th=
e Customer List Terms.

See audience: https://business.adreach.example/audiences/238871002?act=3D3=
0114928

You're receiving this email because you're an admin of the ad account abov=
e. Notification settings: https://business.adreach.example/settings/notifi=
cations

AdReach Ireland Ltd., 4 Grand Canal Quay, Dublin 2, Ireland

--b1_c3f0a9d2e1b84f5c9e7d
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

<html><body style="margin:0;background:#f0f2f5"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1c1e21" cellpadding="16">
<tr><td><h1 style="font-size:20px">Your customer list is ready</h1>
<p><b>Loyalty - lapsed 180d (BE)</b> has finished processing.</p>
<p>Records uploaded: 48,906<br>Matched people: <b>29,812 (61%)</b></p>
<p><a href="https://business.adreach.example/audiences/238871002?act=30114928">See audience</a></p>
<p style="font-size:12px;color:#65676b">You're receiving this email because you're an admin of Shop Example BV - Main.<br>AdReach Ireland Ltd., 4 Grand Canal Quay, Dublin 2, Ireland</p>
</td></tr></table></td></tr></table></body></html>

--b1_c3f0a9d2e1b84f5c9e7d--
'''),

    ('en', 'person-reply-above-order-held-notice-why-flagged', 'access', ('objection',),
'''Return-Path: <graham.whitfield71@gmail.com>
Received: from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XkGm21Hc3z9v7
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 13:26:41 +0100 (CET)
Received: by mail-wm1-f52.google.com with SMTP id 5b1f17b1804b1-43cfa7e7f54so9912345e9.1
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 05:26:40 -0700 (PDT)
MIME-Version: 1.0
References: <order-hold.SE-2026-119502.1793179380@shop.example.be>
In-Reply-To: <order-hold.SE-2026-119502.1793179380@shop.example.be>
From: Graham Whitfield <graham.whitfield71@gmail.com>
Date: Wed, 28 Oct 2026 12:26:29 +0000
Message-ID: <CAKx7vQ3mZp0r8Yd1T2nH6fLqW9sB4eUjA5cR7gN0vE3kM1yXoQ@mail.gmail.com>
Subject: Re: Your order SE-2026-119502 needs a quick check
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"

Hello,

I'm writing to this address because the mail below says not to reply, and your customer service told me on the phone this morning that it's "the system" and they can't see why.

I've had your loyalty card since 2019 and never had a single problem. Yesterday I ordered a laptop to be delivered to my daughter in Utrecht and now it's "selected for an extra review". I'd like to know what information about me your system and this "payment security partner" looked at to decide that, who the partner actually is, and what you sent them about me.

Frankly I also object to being scored by a computer every time I buy something from you. Please stop running my orders through that profiling, and have an actual person look at this one.

Regards,
Graham Whitfield
Loyalty card 2204 1187 3365

On Wed, 28 Oct 2026 at 09:03, Shop Example <no-reply@shop.example.be> wrote:

> Hello Graham,
>
> Thank you for your order SE-2026-119502. Our automated security checks
> have selected it for an extra review before we ship it. We do this
> together with our payment security partner to protect you and us
> against payment fraud.
>
> You don't need to do anything. Within 48 hours we will either confirm
> your order or let you know that we can't process it.
>
> This is an automated message. Please do not reply to this e-mail.
>
> Shop Example
> www.shop.example.be
'''),

    ('en', 'model-monitoring-fairness-gap-alert', 'automated', (),
'''Return-Path: <alerts@modelwatch.example>
Received: from smtp-out-3.modelwatch.example (smtp-out-3.modelwatch.example [198.51.100.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XkN7b2TQlz9v3
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 06:00:09 +0100 (CET)
From: Modelwatch <alerts@modelwatch.example>
To: ml-governance@shop.example.be, privacy@shop.example.be
Subject: [Modelwatch][WARN] fairness.approval_rate_gap above threshold - paylater_prescreen_v4 (prod)
Date: Thu, 29 Oct 2026 05:00:06 +0000
Message-ID: <alert-7c2d9f01-2026-10-29T050006Z@modelwatch.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Modelwatch-Alert-Id: 7c2d9f01
X-Modelwatch-Severity: warning
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Alert:      fairness.approval_rate_gap
Severity:   WARNING
Model:      paylater_prescreen_v4 (deployment: prod-eu-west)
Project:    Shop Example BV / checkout-risk
Window:     2026-10-22 00:00 to 2026-10-28 23:59 UTC
Monitor:    #412, weekly, owner m.desmet@shop.example.be

Approval rate gap between segments exceeded threshold 0.10:

  segment (age_band)   scored    approved    rate
  18-24                 2,114       1,207    0.571
  25-44                 9,876       7,319    0.741
  45-64                 5,302       3,980    0.751
  65+                   1,288         829    0.644

  max gap: 0.180 (18-24 vs 45-64)    previous window: 0.092

Top feature drift (PSI, vs. training baseline):
  device_type          0.27
  basket_category      0.19
  days_since_signup    0.12

This alert will not be sent again for this monitor for 24 hours unless
the severity changes.

View alert:   https://app.modelwatch.example/p/checkout-risk/alerts/7c2d9f01
Mute monitor: https://app.modelwatch.example/p/checkout-risk/monitors/412/mute

-- 
Sent by Modelwatch. Do not reply to this message.
'''),

    ('nl', 'exchange-oof-reply-to-identity-check', 'automated', (),
'''Return-Path: <>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XkR3f6MJkz9v5
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 14:48:22 +0100 (CET)
Received: from AM9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:20b:3c4::19)
 by AM9PR02MB7321.eurprd02.prod.outlook.com with HTTPS; Thu, 29 Oct 2026
 13:48:21 +0000
From: Wouter Vermeulen <wouter.vermeulen@vandaele-logistics.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw inzageverzoek - bijkomende identificatie
 nodig (ref. PRV-2026-0437)
Thread-Topic: Uw inzageverzoek - bijkomende identificatie nodig (ref.
 PRV-2026-0437)
Thread-Index: AQHbSg3vQ0r9d8sNzUeM6v1q2Yb3Tg==
Date: Thu, 29 Oct 2026 13:48:21 +0000
Message-ID: <7f1c0e2ab9d24c61a3e8b5f7d0c94e12@AM9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <prv-2026-0437.2.1793281690@shop.example.be>
References: <prv-2026-0437.2.1793281690@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: nl-BE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Goeiedag,

Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 6 november 2026=
 en heb in die periode geen toegang tot mijn mailbox. Uw bericht wordt nie=
t doorgestuurd.

Voor dringende zaken kan u terecht bij onze receptie op 09 224 18 30 of vi=
a info@vandaele-logistics.example.

Met vriendelijke groeten,

Wouter Vermeulen
Planning & Dispatch
Vandaele Logistics NV
'''),

    ('nl', 'paylater-decision-notice-to-merchant', 'automated', (),
'''Return-Path: <bounce-mc.eu7_99120.4412-privacy=shop.example.be@mail.betaalmaar.example>
Received: from mail.betaalmaar.example (mail.betaalmaar.example [203.0.113.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XkV8s0Jxpz9v8
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 10:21:07 +0100 (CET)
From: Betaalmaar Handelaarsportaal <meldingen@betaalmaar.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Beslissing_achteraf_betalen:_aanvraag_geweigerd_=E2=80=93?=
 =?utf-8?Q?_bestelling_SE-2026-120118?=
Date: Fri, 30 Oct 2026 10:21:03 +0100
Message-ID: <20261030092103.61f0.decision-notice@betaalmaar.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Betaalmaar-Merchant-Id: BM-100482
X-Betaalmaar-Notification: decision.declined
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Beste handelaar,

Een aanvraag om achteraf te betalen bij Shop Example BV werd automatisch =
geweigerd.

Bestelling:        SE-2026-120118
Datum aanvraag:    30-10-2026 10:18
Bedrag:            =E2=82=AC 389,95
Klantreferentie:   C-7718204 (klant is per e-mail ge=C3=AFnformeerd)
Beslissing:        geweigerd
Redencodes:        R07 =E2=80=93 onvoldoende betaalgeschiedenis
                   R12 =E2=80=93 openstaand bedrag bij Betaalmaar boven =
limiet
Beoordeling:       volledig geautomatiseerd (model BM-score 5.2)

De klant kan via betaalmaar.example/bezwaar een herbeoordeling door een me=
dewerker vragen. U hoeft hiervoor niets te doen. De klant kan de bestellin=
g wel afronden met een andere betaalmethode.

U ontvangt dit bericht omdat dit adres in het handelaarsportaal is opgegev=
en als contactpunt gegevensbescherming. Meldingen wijzigen: Instellingen >=
 Contactpersonen.

Dit is een automatisch bericht. Antwoorden op dit adres worden niet gelez=
en.

Betaalmaar NV =E2=80=93 Handelaarsondersteuning
'''),

    ('nl', 'person-forward-paylater-refusal-what-data', 'access', (),
'''Return-Path: <lien.claes@hotmail.com>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02olkn2082.outbound.protection.outlook.com [40.92.49.82])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XkW2c4Gf1z9v6
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 19:04:55 +0100 (CET)
From: Lien Claes <lien.claes@hotmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: FW: Je aanvraag om achteraf te betalen
Thread-Topic: Je aanvraag om achteraf te betalen
Thread-Index: AQHbSm1e2vX0pQk3ZUGm7rYtC8d1hw==
Date: Fri, 30 Oct 2026 18:04:52 +0000
Message-ID: <DB9P189MB1642A3F0C1E5B7D24A9E31C2B6AD2@DB9P189MB1642.EURP189.PROD.OUTLOOK.COM>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Goeiedag,

Ik kreeg onderstaande mail toen ik bij jullie een droogkast wou afrekenen =
met achteraf betalen. Ik heb nog nooit een betalingsachterstand gehad, dus=
 ik snap er niets van.

Welke gegevens over mij hebben jullie aan Betaalmaar doorgegeven, en welke=
 gegevens zijn er gebruikt om dat te beslissen? Ik had ook graag een overz=
icht gekregen van alles wat jullie over mij bijhouden (klantenkaart, beste=
llingen, ...).

Alvast bedankt,
Lien Claes
Kortrijk

________________________________
Van: Betaalmaar <noreply@betaalmaar.example>
Verzonden: vrijdag 30 oktober 2026 10:18
Aan: lien.claes@hotmail.com <lien.claes@hotmail.com>
Onderwerp: Je aanvraag om achteraf te betalen

Hallo Lien,

Bedankt voor je aanvraag om je aankoop bij Shop Example achteraf te betale=
n. Helaas kunnen we je aanvraag op dit moment niet goedkeuren.

Deze beslissing werd automatisch genomen op basis van de gegevens die we t=
er beschikking hebben. Je kan je bestelling wel afronden met een andere be=
taalmethode.

Vragen? Bekijk onze veelgestelde vragen op betaalmaar.example/hulp.

Groetjes,
Team Betaalmaar
'''),

    ('nl', 'zendesk-ticket-ack-processor-support', 'automated', (),
'''Return-Path: <support+id48213@klantkompas.zendesk.com>
Received: from outbyoip12.pod18.euc1.zdsys.com (outbyoip12.pod18.euc1.zdsys.com [188.172.138.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xkb5H0wRqz9v4
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 09:12:30 +0100 (CET)
Date: Mon, 02 Nov 2026 08:12:27 +0000
From: Klantkompas Support <support@klantkompas.example>
Reply-To: Klantkompas Support <support+id48213@klantkompas.zendesk.com>
To: Privacy Team Shop Example <privacy@shop.example.be>
Message-ID: <KX9R2M4P7Q_6727bd1b3e0a1_1a2f3b41882_sprut@zendesk.com>
In-Reply-To: <prv-dpa-2026-11.1@shop.example.be>
Subject: [Klantkompas] Re: Lijst subverwerkers en hosting segmentexports
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6727bd1b3a5c2_1a2f3b41882148";
 charset=utf-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 7b1e402
X-Zendesk-Email-Id: 01JBX4F8K2M9Q7T3V5W0ZY6H1N

----==_mimepart_6727bd1b3a5c2_1a2f3b41882148
Content-Type: text/plain;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

##- Typ uw antwoord boven deze lijn -##

Beste Privacy Team Shop Example,

Bedankt voor uw bericht. Uw aanvraag (48213) is ontvangen en wordt zo snel=
 mogelijk bekeken door ons supportteam. Doorgaans krijgt u binnen twee wer=
kdagen een antwoord.

U kunt extra informatie toevoegen door op deze e-mail te antwoorden.

Met vriendelijke groet,
Klantkompas Support

Dit e-mailbericht is een serviceaanvraag die u bij Klantkompas hebt ingedi=
end.
[KX9R2M-4P7Q]

----==_mimepart_6727bd1b3a5c2_1a2f3b41882148
Content-Type: text/html;
 charset=utf-8
Content-Transfer-Encoding: 7bit

<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="color:#b5b5b5">##- Typ uw antwoord boven deze lijn -##</div>
<p>Beste Privacy Team Shop Example,</p>
<p>Bedankt voor uw bericht. Uw aanvraag (48213) is ontvangen en wordt zo snel mogelijk bekeken door ons supportteam. Doorgaans krijgt u binnen twee werkdagen een antwoord.</p>
<p>U kunt extra informatie toevoegen door op deze e-mail te antwoorden.</p>
<p>Met vriendelijke groet,<br>Klantkompas Support</p>
<div style="color:#aaaaaa;font-size:11px">Dit e-mailbericht is een serviceaanvraag die u bij Klantkompas hebt ingediend.<br>[KX9R2M-4P7Q]</div>
</body></html>

----==_mimepart_6727bd1b3a5c2_1a2f3b41882148--
'''),

    ('nl', 'person-iphone-reply-personalised-offer-stop-profiling', 'objection', (),
'''Return-Path: <lotte.dewilde@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xkp0T7sDcz9v1
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 21:47:03 +0100 (CET)
From: Lotte De Wilde <lotte.dewilde@telenet.be>
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: Re: Lotte, deze selectie is speciaal voor jou
Date: Mon, 2 Nov 2026 21:46:58 +0100
Message-Id: <5E2B9C71-0A4D-4F3E-9B8C-21D7F6A3E0C4@telenet.be>
References: <nl-2026-44-perso.88120733@news.shop.example.be>
In-Reply-To: <nl-2026-44-perso.88120733@news.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Hoe weten jullie dat ik naar kinderwagens heb gekeken? Ik heb er niks gek=
ocht, alleen wat rondgekeken in de app.

Ik wil niet dat jullie bijhouden wat ik bekijk om mij dan =E2=80=9Cpersoon=
lijke selecties=E2=80=9D te sturen. Stop aub met dat profileren. Jullie gew=
one nieuwsbrief mag ik blijven krijgen, daar heb ik geen probleem mee.

Lotte

Verstuurd vanaf mijn iPhone

> Op 2 nov 2026 om 18:05 heeft Shop Example <nieuws@news.shop.example.be> =
het volgende geschreven:
>=20
> Hallo Lotte,
>=20
> Omdat je onlangs naar kinderwagens en babyfoons keek, hebben we deze sel=
ectie voor je klaargezet:
>=20
> - Kinderwagen Urban Move 3-in-1 =E2=80=93 nu =E2=82=AC 749
> - Babyfoon met camera BF-830 =E2=80=93 nu =E2=82=AC 169,99
> - Verzorgingskussen Cocoon =E2=80=93 nu =E2=82=AC 44,95
>=20
> Bekijk je selectie: https://www.shop.example.be/nl/voor-jou?u=3D88120733
>=20
> Geen e-mails meer ontvangen? Meld je af: https://www.shop.example.be/nl/=
afmelden
'''),

    ('fr', 'consent-centre-daily-sync-report', 'automated', (),
'''Return-Path: <rapports@consentia.example>
Received: from mailer2.consentia.example (mailer2.consentia.example [192.0.2.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XkfT0b8Cyz9v2
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 04:30:14 +0100 (CET)
From: Consentia <rapports@consentia.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Rapport_de_synchronisation_des_consentements_=E2=80=93?=
 =?UTF-8?Q?_02/11/2026_=E2=80=93_termin=C3=A9_avec_avertissements?=
Date: Tue, 3 Nov 2026 04:30:11 +0100
Message-ID: <sync-report.shop-example-bv.20261102@consentia.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-Consentia-Workspace: shop-example-bv
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Voici le rapport quotidien de synchronisation de votre centre de pr=C3=A9f=
=C3=A9rences pour la journ=C3=A9e du 02/11/2026.

Statut global : termin=C3=A9 avec avertissements

Source : centre de pr=C3=A9f=C3=A9rences (bandeau cookies + espace client=
 + application)
Destinations :
  - CRM                                    OK
  - Plateforme e-mail (newsletter)         OK
  - CDP Klantkompas                        OK
  - Audiences publicitaires (AdReach)      2 erreurs

Profils trait=C3=A9s :                          48 213
Consentements mis =C3=A0 jour :                  1 904
Retraits de consentement propag=C3=A9s :           312
Oppositions au profilage enregistr=C3=A9es :        27
Erreurs :                                       2

D=C3=A9tail des erreurs :
  [E-404] identifiant client inconnu dans la destination (2 profils).
          Les retraits concern=C3=A9s seront r=C3=A9essay=C3=A9s lors de =
la prochaine synchronisation (03/11/2026 04:00).

Consulter le rapport complet :
https://app.consentia.example/w/shop-example-bv/sync/2026-11-02

Ce message est g=C3=A9n=C3=A9r=C3=A9 automatiquement, merci de ne pas y r=
=C3=A9pondre.
Consentia SAS =E2=80=93 Paris
'''),

    ('fr', 'challenge-response-antispam-pending', 'automated', (),
'''Return-Path: <>
Received: from relay3.filtrex.example (relay3.filtrex.example [203.0.113.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XkjQ5m2Vbz9v7
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 15:22:48 +0100 (CET)
From: Nathalie Dubois <n.dubois@cabinet-dubois-avocats.example>
Sender: Filtrex <noreply@filtrex.example>
To: privacy@shop.example.be
Subject: [Filtrex] Votre message est en attente : Re: Votre demande
 d'effacement (PRV-2026-0451)
Date: Tue, 3 Nov 2026 15:22:46 +0100
Message-ID: <chl.8Qm2zT7kLp0WvR4n@filtrex.example>
In-Reply-To: <prv-2026-0451.2.1793715660@shop.example.be>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Precedence: junk
X-Filtrex-Type: challenge
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis prot=C3=A9g=C3=A9e par Filtrex, une solution anti-spam qui n'accep=
te que les messages des exp=C3=A9diteurs que j'ai autoris=C3=A9s.

Votre message du 03/11/2026 =C3=A0 15:21, intitul=C3=A9 =C2=AB Re: Votre d=
emande d'effacement (PRV-2026-0451) =C2=BB, est en attente.

Pour qu'il me soit remis, il vous suffit de confirmer que vous n'=C3=AAtes=
 pas un robot en cliquant sur le lien ci-dessous :

https://validate.filtrex.example/c/8Qm2zT7kLp0WvR4n?lang=3Dfr

Cette op=C3=A9ration n'est =C3=A0 faire qu'une seule fois : vos prochains =
messages me seront remis directement.

Sans validation de votre part dans les 7 jours, votre message sera suppri=
m=C3=A9.

Cordialement,
Nathalie Dubois

--
Message envoy=C3=A9 automatiquement par Filtrex pour le compte de n.dubois=
@cabinet-dubois-avocats.example
'''),

    ('fr', 'person-reply-recommended-for-you-health-purchase', 'complaint', ('objection',),
'''Return-Path: <sophie.lambert@skynet.be>
Received: from mailsec118.isp.belgacom.be (mailsec118.isp.belgacom.be [195.238.20.114])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xkt9Fq0Lmz9v3
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 08:17:40 +0100 (CET)
Message-ID: <9c3e4a1f-2b7d-4e8a-b6f0-5d12e7a9c403@skynet.be>
Date: Wed, 4 Nov 2026 08:17:36 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?UTF-8?Q?Re:_S=C3=A9lectionn=C3=A9_pour_vous,_Sophie?=
Content-Language: fr-BE
To: privacy@shop.example.be
References: <reco-2026-45.55120981@news.shop.example.be>
From: Sophie Lambert <sophie.lambert@skynet.be>
In-Reply-To: <reco-2026-45.55120981@news.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Bonjour,

Je reçois ce matin votre mail « Sélectionné pour vous » ci-dessous, avec 
des tests d'ovulation et des vitamines prénatales, manifestement parce 
que j'ai acheté un test de grossesse sur votre site il y a trois semaines.

Cette adresse est aussi lue par mon compagnon, et ce n'était pas à vous 
de lui apprendre quoi que ce soit. Je trouve inadmissible qu'un achat qui 
concerne ma santé soit exploité de cette façon et étalé dans un e-mail 
publicitaire. Je n'ai jamais imaginé que vous analysiez ce genre d'achat.

Je m'oppose à ce que vous utilisiez mes achats, et en particulier tout ce 
qui touche à la santé, pour me faire des « recommandations », que ce soit 
par e-mail, dans l'application ou sur le site.

Sophie Lambert

Le 04/11/2026 à 07:02, Shop Example a écrit :
> Bonjour Sophie,
>
> Parce que vous avez récemment acheté : Test de grossesse numérique
>
> Nous avons sélectionné pour vous :
> - Tests d'ovulation (lot de 20) – 24,95 €
> - Vitamines prénatales, 60 comprimés – 18,49 €
> - Coussin de grossesse en U – 59,00 €
>
> Voir toute la sélection : https://www.shop.example.be/fr/pour-vous
>
> Vous recevez cet e-mail car vous êtes inscrite à nos communications.
> Se désinscrire : https://www.shop.example.be/fr/desinscription
'''),

    ('fr', 'exchange-online-ndr-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2108.outbound.protection.outlook.com [40.107.104.108])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XkwB71pQdz9v5
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 11:40:19 +0100 (CET)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@groupe-marchal.example>
To: privacy@shop.example.be
Date: Wed, 4 Nov 2026 10:40:17 +0000
Subject: =?utf-8?Q?Non_remis_:_Re:_Votre_demande_de_rectification_(r=C3=A9f.?=
 =?utf-8?Q?_PRV-2026-0459)?=
Message-ID: <6a1f0b2c-9e77-4d1a-8f3b-7c2e5d4a9b10@PR3PR08MB5721.eurprd08.prod.outlook.com>
In-Reply-To: <prv-2026-0459.2.1793787591@shop.example.be>
References: <prv-2026-0459.2.1793787591@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="d5f2c8a1-4b3e-4f9a-b7c6-0e1d2a3b4c5d"
Content-Language: fr-FR
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email

--d5f2c8a1-4b3e-4f9a-b7c6-0e1d2a3b4c5d
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message n'a pas pu =C3=AAtre remis =C3=A0 c.marchal@groupe-marchal.e=
xample.

c.marchal est introuvable dans groupe-marchal.example.

Action requise                                    Destinataire
Contacter le destinataire par un autre moyen      c.marchal@groupe-marchal.=
example

Comment corriger ce probl=C3=A8me
V=C3=A9rifiez que l'adresse est correcte. Si c'est le cas, contactez le de=
stinataire par t=C3=A9l=C3=A9phone ou par un autre moyen pour lui demander=
 si son adresse a chang=C3=A9.

Plus d'informations pour les administrateurs de messagerie
Ce message a =C3=A9t=C3=A9 rejet=C3=A9 par le serveur de messagerie du des=
tinataire.

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipie=
nt not found by SMTP address lookup'

--d5f2c8a1-4b3e-4f9a-b7c6-0e1d2a3b4c5d
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3PR08MB5721.eurprd08.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Wed, 4 Nov 2026 10:40:16 +0000

Final-Recipient: rfc822;c.marchal@groupe-marchal.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--d5f2c8a1-4b3e-4f9a-b7c6-0e1d2a3b4c5d
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (195.0.2.10) by
 AM0PR08CA0012.outlook.office365.com (2603:10a6:208:d2::25) with Microsoft SMTP
 Server; Wed, 4 Nov 2026 10:40:16 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Claire Marchal <c.marchal@groupe-marchal.example>
Subject: =?utf-8?Q?Re:_Votre_demande_de_rectification_(r=C3=A9f._PRV-2026-0459)?=
Date: Wed, 4 Nov 2026 11:39:51 +0100
Message-ID: <prv-2026-0459.2.1793787591@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--d5f2c8a1-4b3e-4f9a-b7c6-0e1d2a3b4c5d--
'''),

    ('de', 'exchange-oof-processor-dpo', 'automated', (),
'''Return-Path: <>
Received: from mail.versuchslabor.example (mail.versuchslabor.example [198.51.100.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xkx8c3RtNz9v8
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 14:05:33 +0100 (CET)
Received: from EXCH02.versuchslabor.local (10.1.4.22) by EXCH01.versuchslabor.local
 (10.1.4.21) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Wed, 4 Nov
 2026 14:05:31 +0100
From: Katrin Bergmann <katrin.bergmann@versuchslabor.example>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatische_Antwort:_Auftragsverarbeitung_-_L=C3=B6schfristen_f?=
 =?utf-8?Q?=C3=BCr_Experimentdaten?=
Thread-Topic: =?utf-8?Q?Auftragsverarbeitung_-_L=C3=B6schfristen_f=C3=BCr_Experimentdaten?=
Thread-Index: AQHbTq4s9kE2yV0jVUiXq3n0sH7eTw==
Date: Wed, 4 Nov 2026 14:05:31 +0100
Message-ID: <4b8e7c2f1a3d4e5f9b0c6d7e8f9a0b1c@EXCH02.versuchslabor.local>
In-Reply-To: <prv-dpa-2026-14.1@shop.example.be>
References: <prv-dpa-2026-14.1@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: de-DE
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre Nachricht. Ich bin bis einschlie=C3=9Flich Monta=
g, 9. November 2026, nicht im B=C3=BCro und habe nur eingeschr=C3=A4nkt Zu=
griff auf meine E-Mails.

Ihre Nachricht wird nicht automatisch weitergeleitet. In dringenden Datens=
chutzangelegenheiten wenden Sie sich bitte an datenschutz@versuchslabor.ex=
ample oder telefonisch an +49 30 5557 2210.

Mit freundlichen Gr=C3=BC=C3=9Fen
Katrin Bergmann
Datenschutzbeauftragte

Versuchslabor GmbH | Torstra=C3=9Fe 140 | 10119 Berlin
'''),

    ('de', 'ab-test-experiment-finished-approval', 'automated', (),
'''Return-Path: <bounce-4471-privacy=shop.example.be@mail.versuchslabor.example>
Received: from mail.versuchslabor.example (mail.versuchslabor.example [198.51.100.141])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xl1Kd6WmSz9v2
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 00:05:12 +0100 (CET)
From: Versuchslabor <benachrichtigung@versuchslabor.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Experiment_abgeschlossen:_=E2=80=9EEmpfehlungen_im_Warenkorb?=
 =?utf-8?Q?_v3=E2=80=9C_=E2=80=93_Freigabe_erforderlich?=
Date: Wed, 4 Nov 2026 23:05:09 +0000
Message-ID: <exp_4471.finished.20261104230509@versuchslabor.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Versuchslabor-Event: experiment.finished
List-Unsubscribe: <https://app.versuchslabor.example/account/notifications>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hallo Privacy-Team von Shop Example BV,

das Experiment „Empfehlungen im Warenkorb v3“ (ID exp_4471) wurde am 04.11.2026 um 23:59 Uhr automatisch beendet, weil die geplante Laufzeit erreicht ist.

Ergebnis (Primärmetrik: Umsatz pro Besucher)

  Variante                                  Besucher   Conv.-Rate   Umsatz/Besucher
  A  Kontrolle (Bestseller der Kategorie)     41.882       3,41 %       2,87 €
  B  Persönlich (Kaufhistorie + Browsing)     41.917       3,69 %       3,12 €   +8,7 %  (Signifikanz 97,2 %)
  C  Persönlich ohne Gesundheitskategorien    41.760       3,58 %       3,01 €   +4,9 %  (Signifikanz 89,4 %)

Empfohlene Variante: B

Hinweis: Variante B nutzt Segmente aus der Kaufhistorie, die in Ihrem Arbeitsbereich als „sensible Kategorie“ gekennzeichnet sind. Laut den Einstellungen Ihres Arbeitsbereichs ist vor einem Rollout auf 100 % eine Freigabe durch die Rolle „Datenschutz“ erforderlich.

Freigabe erteilen oder ablehnen:
https://app.versuchslabor.example/ws/shop-example/experiments/exp_4471/review

Sie erhalten diese E-Mail, weil Sie als Freigabeverantwortliche/r für diesen Arbeitsbereich eingetragen sind.
Benachrichtigungen verwalten: https://app.versuchslabor.example/account/notifications

Versuchslabor GmbH · Torstraße 140 · 10119 Berlin
'''),

    ('de', 'fraud-ruleset-change-notice', 'automated', (),
'''Return-Path: <noreply@betrugsradar.example>
Received: from out2.betrugsradar.example (out2.betrugsradar.example [192.0.2.202])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xl3sV2HkTz9v6
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 10:30:41 +0100 (CET)
From: Betrugsradar <noreply@betrugsradar.example>
To: risk@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?Q?Regelwerk-Aktualisierung:_=E2=80=9EEU-Standard_2026.4=E2=80=9C?=
 =?utf-8?Q?_ab_09.11.2026_aktiv?=
Date: Thu, 5 Nov 2026 10:30:38 +0100
Message-ID: <rs-2026.4.H-220-5817.1793871038@betrugsradar.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-Betrugsradar-Haendler: H-220-5817
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

für Ihr Händlerkonto Shop Example BV (H-220-5817) wird am Montag, 09.11.2026, um 06:00 Uhr MEZ das Regelwerk „EU-Standard 2026.4“ aktiviert. Wenn Sie die Standardregeln verwenden, müssen Sie nichts tun.

Änderungen gegenüber 2026.3:

  NEU        R-431  Mehr als 3 Lieferadressen je Karte innerhalb von 7 Tagen -> manuelle Prüfung
  GEÄNDERT   R-207  Geräte-Fingerprint mit mehreren Konten: Schwelle von 5 auf 4 Konten/24 h gesenkt
  GEÄNDERT   Score-Modell fr-eu-2026.4 (neu trainiert mit Transaktionsdaten bis 30.09.2026)
  ENTFERNT   R-118  Bestellung zwischen 01:00 und 05:00 Uhr Ortszeit

Erwartete Auswirkung für Ihr Konto (Simulation mit Ihren Bestellungen der letzten 30 Tage):

  Bestellungen in manueller Prüfung:   1,8 % -> 2,3 %
  automatisch abgelehnt:               0,4 % -> 0,4 %

Bis zur Aktivierung können Sie das neue Regelwerk im Händlerportal unter Regeln > Regelwerke einsehen und einzelne Regeln für Ihr Konto deaktivieren.

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht bearbeitet.

Betrugsradar GmbH · Händlerservice · haendler@betrugsradar.example
'''),

    ('de', 'person-ipad-reply-price-alert-coupon', 'other', (),
'''Return-Path: <j.kessler@gmx.net>
Received: from mout.gmx.net (mout.gmx.net [212.227.17.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xl6Wb0FcRz9v3
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 19:52:17 +0100 (CET)
Received: from smtpclient.apple ([91.183.52.17]) by mail.gmx.net (mrgmx104
 [212.227.17.168]) with ESMTPSA (Nemesis) id 1MqJm3-1tF0Zk2bYx-00nQ8w for
 <privacy@shop.example.be>; Thu, 05 Nov 2026 19:52:16 +0100
From: =?utf-8?Q?J=C3=BCrgen_Kessler?= <j.kessler@gmx.net>
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Re:_Preisalarm:_Ihr_Wunschartikel_ist_jetzt_g=C3=BCnstiger?=
Date: Thu, 5 Nov 2026 19:52:09 +0100
Message-Id: <A7C1E2D4-5B3F-4A60-8E19-6D2F0B7C9A31@gmx.net>
References: <pricealert.3381920.20261105@shop.example.be>
In-Reply-To: <pricealert.3381920.20261105@shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPad Mail (22B91)

Guten Tag,

in Ihrer Mail unten steht, dass ich mit dem Code PREIS15 noch einmal 15 % =
bekomme. Im Warenkorb kommt aber jedes Mal =E2=80=9ECode ung=C3=BCltig=E2=
=80=9C. Gilt der Code vielleicht nur in der App, oder ist er schon abgelau=
fen? Ich w=C3=BCrde die Maschine gern noch diese Woche bestellen.

Ich habe Ihre Adresse hier aus dem Impressum, weil man auf die Mail selbst=
 nicht antworten kann.

Mit freundlichen Gr=C3=BC=C3=9Fen
J=C3=BCrgen Kessler
Eupen

Von meinem iPad gesendet

> Am 05.11.2026 um 07:30 schrieb Shop Example <preisalarm@shop.example.be>:
>=20
> Guten Tag Herr Kessler,
>=20
> gute Nachricht: Ein Artikel auf Ihrer Wunschliste ist g=C3=BCnstiger gewo=
rden.
>=20
> Kaffeevollautomat Barista Pro 5000
> vorher 649,00 =E2=82=AC =E2=80=93 jetzt 549,00 =E2=82=AC
>=20
> Mit dem Code PREIS15 sparen Sie bis 08.11.2026 zus=C3=A4tzlich 15 %.
>=20
> Preisalarme verwalten: https://www.shop.example.be/de/konto/preisalarme
>=20
> Dies ist eine automatisch versendete Nachricht, bitte antworten Sie nicht=
 darauf.
'''),

    ('es', 'ooo-mailbox-no-longer-in-use', 'automated', (),
'''Return-Path: <>
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2093.outbound.protection.outlook.com [40.107.7.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xl2Gq5ZbLz9v4
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 09:36:55 +0100 (CET)
From: Marta Iglesias <marta.iglesias@distribuciones-levante.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Respuesta_autom=C3=A1tica:_Su_solicitud_de_acceso_=E2=80=93?=
 =?utf-8?Q?_verificaci=C3=B3n_de_identidad_(PRV-2026-0462)?=
Thread-Topic: =?utf-8?Q?Su_solicitud_de_acceso_=E2=80=93_verificaci=C3=B3n_de_identidad?=
 =?utf-8?Q?_(PRV-2026-0462)?=
Thread-Index: AQHbT5mQ7rVbX3sTLk2eYw0pWcJ9Ag==
Date: Thu, 5 Nov 2026 08:36:53 +0000
Message-ID: <VI1PR06MB6990E1C2B3A4D5F6A7B8C9D0E1F2A3B4@VI1PR06MB6990.eurprd06.prod.outlook.com>
In-Reply-To: <prv-2026-0462.2.1793867790@shop.example.be>
References: <prv-2026-0462.2.1793867790@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: es-ES
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Esta direcci=C3=B3n de correo ya no est=C3=A1 en uso.

Marta Iglesias ya no forma parte de Distribuciones Levante S.L. Su mensaje=
 no ser=C3=A1 le=C3=ADdo ni reenviado.

Para pedidos y asuntos comerciales, escriba a pedidos@distribuciones-levan=
te.example. Para cualquier otra consulta, puede llamar al +34 963 55 41 20=
 (de lunes a viernes, de 8:00 a 15:00).

Gracias.

Distribuciones Levante S.L.
'''),

    ('es', 'cdp-segment-export-completed', 'automated', (),
'''Return-Path: <notificaciones@datanexo.example>
Received: from smtp1.datanexo.example (smtp1.datanexo.example [203.0.113.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xl0Cm8HqWz9v7
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 03:08:02 +0100 (CET)
From: Datanexo CDP <notificaciones@datanexo.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Exportaci=C3=B3n_completada:_=C2=ABAlto_valor_=E2=80=93_riesgo?=
 =?utf-8?Q?_de_abandono=C2=BB_=E2=86=92_AdReach_Audiences?=
Date: Thu, 5 Nov 2026 03:07:58 +0100
Message-ID: <run.act-exp-0193.20261105T020751Z@datanexo.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Datanexo-Workspace: shop-example-prod
X-Datanexo-Event: activation.run.succeeded
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hola:

La exportación programada del segmento «Alto valor – riesgo de abandono» ha finalizado correctamente.

Espacio de trabajo:    Shop Example BV (producción)
Segmento:              seg_0193 · Alto valor – riesgo de abandono
Destino:               AdReach Audiences · cuenta act_30114928
Frecuencia:            diaria, 03:00 CET
Inicio / fin:          05/11/2026 03:00:04 – 03:07:51 CET
Perfiles en segmento:  12.406
Exportados:            11.982
Excluidos:             424 (sin consentimiento publicitario u oposición registrada)
Campos enviados:       email_sha256, phone_sha256, country, churn_score_bucket

Las exclusiones se calculan con la última sincronización del centro de preferencias (04/11/2026 04:00).

Ver detalles de la ejecución:
https://eu.datanexo.example/ws/shop-example-prod/activations/act-exp-0193/runs/20261105

Recibe este correo porque está suscrito a las notificaciones de «Activaciones» de este espacio de trabajo. Puede cambiarlo en Configuración > Notificaciones.

—
Datanexo · Este mensaje se ha generado automáticamente, no responda a él.
'''),

    ('es', 'person-gmail-forward-reco-mail-delete-me', 'deletion', (),
'''Return-Path: <carmen.ruizortega@gmail.com>
Received: from mail-ej1-f41.google.com (mail-ej1-f41.google.com [209.85.218.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xl7Rk2NbVz9v5
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 22:13:44 +0100 (CET)
Received: by mail-ej1-f41.google.com with SMTP id a640c23a62f3a-a9e8b7c6d5so4419026b.2
        for <privacy@shop.example.be>; Thu, 05 Nov 2026 13:13:43 -0800 (PST)
MIME-Version: 1.0
References: <news-2026-45-reco.71204417@news.shop.example.be>
In-Reply-To: <news-2026-45-reco.71204417@news.shop.example.be>
From: Carmen Ruiz Ortega <carmen.ruizortega@gmail.com>
Date: Thu, 5 Nov 2026 22:13:31 +0100
Message-ID: <CAF3kq9ZrT2wVx7mN1bPq8sD4eHj0LcY6uKo5aG3fWt9iEzR2nA@mail.gmail.com>
Subject: Fwd: Carmen, vos coups de coeur de la semaine
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000007c1e5a0628b3d4f1"

--0000000000007c1e5a0628b3d4f1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Por favor, borren mi cuenta y todos los datos que tengan sobre m=C3=AD. Gr=
acias.

---------- Forwarded message ---------
De: Shop Example <news@news.shop.example.be>
Date: jue, 5 nov 2026 a las 18:00
Subject: Carmen, vos coups de coeur de la semaine
To: <carmen.ruizortega@gmail.com>


Bonjour Carmen,

D'apr=C3=A8s vos derniers achats et les produits que vous avez consult=C3=
=A9s, voici notre s=C3=A9lection de la semaine :

Robot p=C3=A2tissier KM-900 =E2=80=93 279,00 =E2=82=AC
Moule =C3=A0 manqu=C3=A9 antiadh=C3=A9sif 26 cm =E2=80=93 14,99 =E2=82=AC
Balance de cuisine digitale =E2=80=93 22,50 =E2=82=AC

Voir ma s=C3=A9lection

Vous recevez cet e-mail parce que vous =C3=AAtes inscrite =C3=A0 la newsle=
tter Shop Example.
Se d=C3=A9sinscrire | G=C3=A9rer mes pr=C3=A9f=C3=A9rences

--0000000000007c1e5a0628b3d4f1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Por favor, borren mi cuenta y todos los datos que tengan =
sobre m=C3=AD. Gracias.<br><br><div class=3D"gmail_quote"><div dir=3D"ltr"=
 class=3D"gmail_attr">---------- Forwarded message ---------<br>De: <stron=
g class=3D"gmail_sendername" dir=3D"auto">Shop Example</strong> <span dir=
=3D"auto">&lt;<a href=3D"mailto:news@news.shop.example.be">news@news.shop.=
example.be</a>&gt;</span><br>Date: jue, 5 nov 2026 a las 18:00<br>Subject:=
 Carmen, vos coups de coeur de la semaine<br>To: &lt;<a href=3D"mailto:car=
men.ruizortega@gmail.com">carmen.ruizortega@gmail.com</a>&gt;<br></div><br=
><br>Bonjour Carmen,<br><br>D&#39;apr=C3=A8s vos derniers achats et les pr=
oduits que vous avez consult=C3=A9s, voici notre s=C3=A9lection de la sema=
ine :<br><br>Robot p=C3=A2tissier KM-900 =E2=80=93 279,00 =E2=82=AC<br>Mou=
le =C3=A0 manqu=C3=A9 antiadh=C3=A9sif 26 cm =E2=80=93 14,99 =E2=82=AC<br>=
Balance de cuisine digitale =E2=80=93 22,50 =E2=82=AC</div></div>

--0000000000007c1e5a0628b3d4f1--
'''),

    ('es', 'outlook-read-receipt-mdn', 'automated', (),
'''Return-Path: <mgarcia@asesoria-garcia.example>
Received: from smtp.asesoria-garcia.example (smtp.asesoria-garcia.example [198.51.100.212])
        by mx1.shop.example.be (Postfix) with ESMTPSA id 4XlB2s7TfKz9v1
        for <privacy@shop.example.be>; Fri, 6 Nov 2026 09:41:15 +0100 (CET)
From: =?iso-8859-1?Q?Miguel_Garc=EDa_L=F3pez?= <mgarcia@asesoria-garcia.example>
To: <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Le=EDdo:_Su_solicitud_de_rectificaci=F3n_(ref._PRV-2026-0466)?=
Date: Fri, 6 Nov 2026 09:41:12 +0100
Message-ID: <000001db2f3a$7c1e9b40$745bd3c0$@asesoria-garcia.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="----=_NextPart_000_0007_01DB2F42.DDE2A340"
X-Mailer: Microsoft Outlook 16.0
Content-Language: es
Thread-Index: AdsvOnwAOmJ4bEsvQ+aW3V9qIYtHdg==

This is a multi-part message in MIME format.

------=_NextPart_000_0007_01DB2F42.DDE2A340
Content-Type: text/plain;
        charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Su mensaje

  Para: Miguel Garc=EDa L=F3pez
  Asunto: Su solicitud de rectificaci=F3n (ref. PRV-2026-0466)
  Enviado: viernes, 6 de noviembre de 2026 9:02:47 (UTC+01:00) Bruselas, =
Copenhague, Madrid, Par=EDs

fue le=EDdo el viernes, 6 de noviembre de 2026 9:41:10 (UTC+01:00) Brusela=
s, Copenhague, Madrid, Par=EDs.

------=_NextPart_000_0007_01DB2F42.DDE2A340
Content-Type: message/disposition-notification

Reporting-UA: asesoria-garcia.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;mgarcia@asesoria-garcia.example
Original-Message-ID: <prv-2026-0466.2.1793952167@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0007_01DB2F42.DDE2A340--
'''),

    ('it', 'payment-risk-weekly-decline-report', 'automated', (),
'''Return-Path: <report@vigilpay.example>
Received: from mailout-02.vigilpay.example (mailout-02.vigilpay.example [192.0.2.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XkZ1p9CwHz9v8
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 07:00:26 +0100 (CET)
From: Vigilpay Reportistica <report@vigilpay.example>
To: privacy@shop.example.be, finance@shop.example.be
Subject: Report settimanale transazioni rifiutate - Shop Example BV - 26/10/2026-01/11/2026
Date: Mon, 2 Nov 2026 07:00:21 +0100
Message-ID: <wk44-2026.0098812457.report@vigilpay.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-Vigilpay-Report: antifraud.weekly
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gentile cliente,

di seguito il riepilogo settimanale delle transazioni rifiutate dal motore antifrode per l'esercente Shop Example BV (ID esercente 0098812457).

Periodo: 26/10/2026 – 01/11/2026

Transazioni valutate:              18.742
Approvate:                         18.311   (97,70%)
Inviate a revisione manuale:          317   (1,69%)
Rifiutate automaticamente:            114   (0,61%)

Principali motivi di rifiuto
  1. Carta presente in lista di blocco condivisa                 41
  2. Velocità: più di 5 tentativi con la stessa carta in 10 min  29
  3. Punteggio di rischio del modello superiore a 90             23
  4. Autenticazione 3-D Secure non completata                    15
  5. Indirizzo IP di un servizio di anonimizzazione               6

Chargeback ricevuti nel periodo: 3 (importo totale 612,40 EUR)

Il report dettagliato in formato CSV è disponibile nell'area riservata (Report > Antifrode > Settimanali). Per motivi di sicurezza il file non viene allegato a questa e-mail.

Questa è una comunicazione automatica, si prega di non rispondere.
Vigilpay S.p.A. – Servizio Esercenti
'''),

    ('it', 'gmail-vacation-processor-account-manager', 'automated', (),
'''Return-Path: <d.colombo@raccomanda-ai.example>
Received: from mail-yw1-f180.google.com (mail-yw1-f180.google.com [209.85.128.180])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XkjD02YrPz9v6
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 16:02:58 +0100 (CET)
Received: by mail-yw1-f180.google.com with SMTP id 00721157ae682-6e9d6c1a3b0so13304917b3.1
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 07:02:57 -0800 (PST)
MIME-Version: 1.0
From: Davide Colombo <d.colombo@raccomanda-ai.example>
Date: Tue, 3 Nov 2026 07:02:56 -0800
Message-ID: <CAB4vQ1xTq8mWZ0sRj3nKp7LdE2yHf9cGu6oVa5iN8bXw1tMe4Q@mail.gmail.com>
Subject: Fuori ufficio fino al 9 novembre
To: privacy@shop.example.be
In-Reply-To: <prv-dpa-2026-15.1@shop.example.be>
References: <prv-dpa-2026-15.1@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000b5d9e70628b1f0a3"

--000000000000b5d9e70628b1f0a3
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Buongiorno,

sono fuori ufficio fino a luned=C3=AC 9 novembre compreso, con accesso lim=
itato alla posta elettronica.

Per questioni urgenti sui progetti clienti potete scrivere a supporto@racc=
omanda-ai.example; per temi privacy e contrattuali a privacy@raccomanda-ai=
.example.

Risponder=C3=B2 al mio rientro.

Cordiali saluti,
Davide Colombo
Account Manager =E2=80=93 Raccomanda.ai S.r.l.

--000000000000b5d9e70628b1f0a3
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Buongiorno,<br><br>sono fuori ufficio fino a luned=C3=AC =
9 novembre compreso, con accesso limitato alla posta elettronica.<br><br>P=
er questioni urgenti sui progetti clienti potete scrivere a supporto@racco=
manda-ai.example; per temi privacy e contrattuali a privacy@raccomanda-ai.=
example.<br><br>Risponder=C3=B2 al mio rientro.<br><br>Cordiali saluti,<br=
>Davide Colombo<br>Account Manager =E2=80=93 Raccomanda.ai S.r.l.</div>

--000000000000b5d9e70628b1f0a3--
'''),

    ('it', 'person-outlook-android-reply-newsletter-unsub-no-profiling', 'withdraw_consent', ('objection',),
'''Return-Path: <giulia.ferrante@libero.it>
Received: from libero.it (smtp-out27.libero.it [213.209.10.27])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XlFx63JqMz9v2
        for <privacy@shop.example.be>; Sat, 7 Nov 2026 09:27:35 +0100 (CET)
From: Giulia Ferrante <giulia.ferrante@libero.it>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: R: Giulia, picked for you this week
Date: Sat, 7 Nov 2026 08:27:31 +0000
Message-ID: <AM8PR10MB4722B1E0D9C3F2A6B5E7D1C4A9F03@AM8PR10MB4722.EURPRD10.PROD.OUTLOOK.COM>
References: <news-2026-45-reco.66093215@news.shop.example.be>
In-Reply-To: <news-2026-45-reco.66093215@news.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="_000_AM8PR10MB4722B1E0D9C3F2A6B5E7D1C4A9F03AM8PR10MB4722EURP_"
Content-Language: it-IT

--_000_AM8PR10MB4722B1E0D9C3F2A6B5E7D1C4A9F03AM8PR10MB4722EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Buongiorno,
vi chiedo di togliermi dalla vostra newsletter, non voglio pi=C3=B9 ricev=
ere queste mail.

E gi=C3=A0 che ci sono: non mi piace per niente che usiate quello che com=
pro per propormi prodotti "scelti per me". Non voglio che i miei acquisti=
 vengano usati per questo n=C3=A9 per altra pubblicit=C3=A0 mirata.

Giulia Ferrante

Ottieni Outlook per Android<https://aka.ms/AAb9ysg>
________________________________
Da: Shop Example <news@news.shop.example.be>
Inviato: venerd=C3=AC, novembre 6, 2026 6:30:12 PM
A: giulia.ferrante@libero.it <giulia.ferrante@libero.it>
Oggetto: Giulia, picked for you this week

Hi Giulia,

Based on your recent orders, we think you'll love these:

Linen bed set, 240x220 =E2=80=93 =E2=82=AC 89.00
Scented candle trio =E2=80=93 =E2=82=AC 24.95
Ceramic table lamp =E2=80=93 =E2=82=AC 59.00

See all your picks

You're receiving this e-mail because you subscribed to the Shop Example ne=
wsletter. Unsubscribe | Preferences

--_000_AM8PR10MB4722B1E0D9C3F2A6B5E7D1C4A9F03AM8PR10MB4722EURP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charse=
t=3Dutf-8"></head><body><div dir=3D"auto">Buongiorno,</div><div dir=3D"aut=
o">vi chiedo di togliermi dalla vostra newsletter, non voglio pi=C3=B9 ric=
evere queste mail.</div><div dir=3D"auto"><br></div><div dir=3D"auto">E gi=
=C3=A0 che ci sono: non mi piace per niente che usiate quello che compro p=
er propormi prodotti "scelti per me". Non voglio che i miei acquisti venga=
no usati per questo n=C3=A9 per altra pubblicit=C3=A0 mirata.</div><div di=
r=3D"auto"><br></div><div dir=3D"auto">Giulia Ferrante</div><div dir=3D"au=
to"><br></div><div dir=3D"auto">Ottieni <a href=3D"https://aka.ms/AAb9ysg"=
>Outlook per Android</a></div><hr><div><b>Da:</b> Shop Example &lt;news@ne=
ws.shop.example.be&gt;<br><b>Inviato:</b> venerd=C3=AC, novembre 6, 2026 6=
:30:12 PM<br><b>Oggetto:</b> Giulia, picked for you this week</div></body>=
</html>

--_000_AM8PR10MB4722B1E0D9C3F2A6B5E7D1C4A9F03AM8PR10MB4722EURP_--
'''),

    ('it', 'postfix-dsn-mailbox-full-portability-link', 'automated', (),
'''Return-Path: <>
Received: from smtp-out.postaweb-italia.example (smtp-out.postaweb-italia.example [203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XlGb41DkQz9v3
        for <privacy@shop.example.be>; Sat, 7 Nov 2026 10:15:04 +0100 (CET)
Date: Sat, 7 Nov 2026 10:15:02 +0100 (CET)
From: MAILER-DAEMON@smtp-out.postaweb-italia.example (Sistema di consegna della posta)
Subject: Messaggio non recapitato
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="A3F1C2240B.1794042902/smtp-out.postaweb-italia.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20261107091502.A3F1C2240B@smtp-out.postaweb-italia.example>

This is a MIME-encapsulated message.

--A3F1C2240B.1794042902/smtp-out.postaweb-italia.example
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Questo è il sistema di posta del server smtp-out.postaweb-italia.example.

Siamo spiacenti di comunicarle che il suo messaggio non è stato
recapitato a uno o più destinatari. Il messaggio è allegato qui sotto.

Per ulteriore assistenza scriva a postmaster. Se lo fa, alleghi
questo rapporto. Può cancellare il suo testo dal messaggio allegato.

                   Il sistema di posta

<f.romano@postaweb-italia.example>: casella di posta piena: il destinatario
    ha superato lo spazio disponibile (552 5.2.2 Mailbox full)

--A3F1C2240B.1794042902/smtp-out.postaweb-italia.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.postaweb-italia.example
X-Postfix-Queue-ID: A3F1C2240B
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Sat, 7 Nov 2026 10:14:58 +0100 (CET)

Final-Recipient: rfc822; f.romano@postaweb-italia.example
Original-Recipient: rfc822;f.romano@postaweb-italia.example
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildrop: maildir over quota.

--A3F1C2240B.1794042902/smtp-out.postaweb-italia.example
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [195.0.2.10])
        by smtp-out.postaweb-italia.example (Postfix) with ESMTPS id A3F1C2240B
        for <f.romano@postaweb-italia.example>; Sat, 7 Nov 2026 10:14:58 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Francesco Romano <f.romano@postaweb-italia.example>
Subject: Your data portability request (ref. PRV-2026-0471)
Date: Sat, 7 Nov 2026 10:14:55 +0100
Message-ID: <prv-2026-0471.3.1794042895@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Mr Romano,

The export you asked for is ready. You can download your data (orders,
loyalty card transactions and account details, JSON and CSV) for 14 days
via the secure link below. You will need the code we sent by text message.

https://privacy.shop.example.be/export/d/7Yt2Kq9WbX

Kind regards,
Privacy Team
Shop Example BV

--A3F1C2240B.1794042902/smtp-out.postaweb-italia.example--
'''),

    ('pt', 'gmail-vacation-reply-customer', 'automated', (),
'''Return-Path: <ines.carvalho.pt@gmail.com>
Received: from mail-wr1-f45.google.com (mail-wr1-f45.google.com [209.85.221.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XlN5y0SgVz9v7
        for <privacy@shop.example.be>; Mon, 9 Nov 2026 09:03:15 +0100 (CET)
Received: by mail-wr1-f45.google.com with SMTP id ffacd0b85a97d-37d4b0c9e1aso2211847f8f.3
        for <privacy@shop.example.be>; Mon, 09 Nov 2026 00:03:14 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?Q?In=C3=AAs_Carvalho?= <ines.carvalho.pt@gmail.com>
Date: Mon, 9 Nov 2026 08:03:11 +0000
Message-ID: <CAJm8Pq0hW3zYx5TbN7vR2kLs9cFd4eUi1oGa6jKq0wMn3rBv8A@mail.gmail.com>
Subject: =?UTF-8?Q?F=C3=A9rias_=E2=80=93_resposta_autom=C3=A1tica?=
To: privacy@shop.example.be
In-Reply-To: <prv-2026-0474.1.1794210180@shop.example.be>
References: <prv-2026-0474.1.1794210180@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000f2a91b0628c0e6d2"

--000000000000f2a91b0628c0e6d2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Estou de f=C3=A9rias at=C3=A9 dia 20 de novembro, sem acesso regular ao e=
-mail. Responderei =C3=A0 sua mensagem assim que poss=C3=ADvel depois do m=
eu regresso.

Obrigada,
In=C3=AAs

--000000000000f2a91b0628c0e6d2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Ol=C3=A1,<br><br>Estou de f=C3=A9rias at=C3=A9 dia 20 de =
novembro, sem acesso regular ao e-mail. Responderei =C3=A0 sua mensagem as=
sim que poss=C3=ADvel depois do meu regresso.<br><br>Obrigada,<br>In=C3=AA=
s</div>

--000000000000f2a91b0628c0e6d2--
'''),

    ('pt', 'recommendation-engine-weekly-report', 'automated', (),
'''Return-Path: <relatorios@recomendamais.example>
Received: from envio.recomendamais.example (envio.recomendamais.example [198.51.100.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XlM0c6HtZz9v4
        for <privacy@shop.example.be>; Mon, 9 Nov 2026 07:00:33 +0100 (CET)
From: =?UTF-8?Q?Recomenda+_Relat=C3=B3rios?= <relatorios@recomendamais.example>
To: ecommerce@shop.example.be, privacy@shop.example.be
Subject: =?UTF-8?Q?Relat=C3=B3rio_semanal_do_motor_de_recomenda=C3=A7=C3=B5es?=
 =?UTF-8?Q?_=E2=80=93_semana_45?=
Date: Mon, 9 Nov 2026 06:00:29 +0000
Message-ID: <weekly-2026-45.shop-example@recomendamais.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-Recomenda-Report: weekly
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Olá, equipa Shop Example BV,

Segue o resumo da semana 45 (02/11/2026 a 08/11/2026) do motor de recomendações.

Desempenho
  Impressões de recomendações          2 418 330
  Cliques                                 96 114   (CTR 3,97 %)
  Receita atribuída                   184 622,10 € (+6,2 % face à semana 44)

Por canal
  Site – página de produto              CTR 4,41 %
  App – "Para si"                       CTR 5,02 %
  E-mail – "Selecionado para si"        CTR 2,18 %

Modelos
  Modelo ativo: hybrid-cf-v12 (retreinado a 07/11/2026 com 13,2 M de eventos)
  Categorias excluídas por configuração: Bebé, Farmácia, Saúde e bem-estar (parcial)
  Perfis com personalização desativada (opt-out/oposição): 8 904 (+212)

Atenção
  Foram geradas 1 377 recomendações por e-mail a partir da categoria "Saúde e bem-estar" entre 02/11 e 04/11, antes da atualização da lista de exclusões (versão 2026-11-04). Reveja a configuração se isto não era pretendido.

Painel completo: https://painel.recomendamais.example/shop-example/semana/2026-45

Este relatório é enviado automaticamente todas as segundas-feiras. Para deixar de o receber, altere as preferências em Definições > Relatórios.

Recomenda+ Lda. · Porto
'''),

    ('pt', 'person-quotes-dsn-complains-deletion-ignored', 'complaint', ('deletion',),
'''Return-Path: <rui.almeida@sapo.pt>
Received: from relay5.ptmail.sapo.pt (relay5.ptmail.sapo.pt [212.55.154.25])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XlQq83MwFz9v8
        for <privacy@shop.example.be>; Mon, 9 Nov 2026 14:22:09 +0100 (CET)
Received: from [192.168.1.71] (a89-152-44-18.cpe.netcabo.pt [89.152.44.18])
        by sapo.pt (Postfix) with ESMTPSA id 1C2D3E40A91
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 13:22:07 +0000 (WET)
From: Rui Almeida <rui.almeida@sapo.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Pedido_de_elimina=C3=A7=C3=A3o_dos_meus_dados_=E2=80=93_o_vos?=
 =?UTF-8?Q?so_endere=C3=A7o_do_DPO_n=C3=A3o_funciona?=
Date: Mon, 9 Nov 2026 13:22:05 +0000
Message-ID: <b7e2c91a-4f3d-4b8e-a0c6-2d5f1e8a7c30@sapo.pt>
MIME-Version: 1.0
User-Agent: SAPO Mail
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Boa tarde,

Desde 12 de outubro que tento exercer o meu direito ao apagamento. Enviei o pedido duas vezes para o endereço dpo@shop.example.be, que é o que aparece na vossa política de privacidade, e das duas vezes recebi a resposta automática que copio abaixo. Ninguém me contactou por outra via.

Acho inaceitável que o endereço indicado para questões de proteção de dados simplesmente não exista. Já passou quase um mês.

Repito o pedido: apaguem a minha conta de cliente (rui.almeida@sapo.pt, cartão de cliente 2204 5590 1173) e todos os dados pessoais que tenham sobre mim. Se não tiver resposta em breve, apresento queixa à autoridade belga de proteção de dados.

Rui Almeida

----- Mensagem reencaminhada -----
De: Mail Delivery System <MAILER-DAEMON@mx1.shop.example.be>
Para: rui.almeida@sapo.pt
Data: 02/11/2026 17:48
Assunto: Undelivered Mail Returned to Sender

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dpo@shop.example.be>: User unknown in virtual alias table
'''),

    ('pt', 'chargeback-dispute-alert', 'automated', (),
'''Return-Path: <disputas@pagaluso.example>
Received: from mx-out1.pagaluso.example (mx-out1.pagaluso.example [192.0.2.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XlC7n5PrYz9v6
        for <privacy@shop.example.be>; Fri, 6 Nov 2026 12:44:51 +0100 (CET)
From: Pagaluso Disputas <disputas@pagaluso.example>
To: finance@shop.example.be, privacy@shop.example.be
Subject: =?UTF-8?Q?Nova_contesta=C3=A7=C3=A3o_recebida_=E2=80=93_transa=C3=A7=C3=A3o?=
 =?UTF-8?Q?_TX-8841-55720_(risco_elevado)?=
Date: Fri, 6 Nov 2026 11:44:48 +0000
Message-ID: <DP-2026-104455.notice@pagaluso.example>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Pagaluso-Event: dispute.created
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Caro comerciante,

Recebemos uma contestação (chargeback) relativa a uma transação da sua loja.

Comerciante:         Shop Example BV (ID 551-0093)
Disputa:             DP-2026-104455
Transação:           TX-8841-55720
Encomenda:           SE-2026-117906
Data da compra:      19/10/2026
Montante:            329,00 EUR
Cartão:              Mastercard ****2086
Motivo indicado:     4837 – Transação não autorizada pelo titular
Risco estimado:      elevado (o mesmo dispositivo esteve associado a 2 contestações nos últimos 90 dias)

Prazo para resposta: 23/11/2026

Para contestar, carregue no portal os comprovativos (prova de entrega, registos de autenticação 3-D Secure, comunicações com o cliente). Não envie documentos por e-mail.

https://portal.pagaluso.example/disputas/DP-2026-104455

Esta mensagem foi gerada automaticamente. Por favor, não responda.
Pagaluso – Serviços de Pagamento, S.A.
'''),
]

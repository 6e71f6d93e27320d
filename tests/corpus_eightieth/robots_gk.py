"""Eightieth set, book B robots: robot mail of the systems around gifts and the festive season (gift-registry and baby-list platforms' purchase notices, wish-list sharing notifications, the Secret Santa tool's draw results, reminders and support desk, the advent-calendar contest platform's daily entries report, e-card services, order confirmations and tracking mails of gift orders, the gift-card issuer's deletion report, the returns portal for gift returns, carriers' peak-season warnings), out-of-office replies of the holiday season, bounces of several MTAs, plus people whose mail looks automatic (en, nl, fr, de, es, it, pt). Written apart from the rules."""

ROBOTS = [
    ('en', 'gift-registry-item-bought-dpia-test-registry', 'automated', (),
'''Return-Path: <bounces+4412097-ab12-privacy=shop.example.be@em8841.giftnest.example>
Received: from o22.em8841.giftnest.example (o22.em8841.giftnest.example [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dXk2R1pWqz9vLt
        for <privacy@shop.example.be>; Wed, 17 Dec 2025 14:22:33 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=giftnest.example;
	h=content-type:from:mime-version:subject:list-unsubscribe:
	list-unsubscribe-post:to:cc:content-type:from:subject:to;
	s=s1; bh=8Kq0dY3mPz1vW7xR2nL5sT9bC4eF6gH0jA1uI3oE5kM=;
	b=c9Xv2LmQ7pRs4Tn1Wk8Bh3Jd6Fg0Yz5Ue2Ia9Oc7Kq4Mx1Ln6Pb3Sv8Rt0Wy2Hd5Gf
From: GiftNest <notifications@giftnest.example>
To: privacy@shop.example.be
Subject: Good news! Something was bought from your registry
Date: Wed, 17 Dec 2025 13:22:29 +0000
Message-ID: <Xq3sP9_aT0eW2b1kLmN4zQ@geopod-ismtpd-7>
List-Unsubscribe: <https://giftnest.example/u/9f3c21ab7e>, <mailto:unsubscribe@em8841.giftnest.example?subject=9f3c21ab7e>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: 4412097:registry-purchase:SG
X-SG-EID: u001.Hk7wQ2pZ3vB9mN1cR5tY8aL0dF4gJ6sX
X-Entity-ID: u001.pWq8Lm3Zr5Tn2Vk7Bh1Jd9Fg
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="2f1b7c0e9d4a4b3f8e6c5a1d0b9e8f7a"

--2f1b7c0e9d4a4b3f8e6c5a1d0b9e8f7a
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=us-ascii
Mime-Version: 1.0

GiftNest

Hi Privacy Team,

Good news! Something was just bought from your registry.

  Registry:     DPIA test registry - do not share
  Registry ID:  GN-BE-000417
  Retailer:     Shop Example (Belgium)
  Item:         Cast iron casserole 24 cm, cherry red (1 of 1)
  Bought on:    17 December 2025, 14:22 CET
  Bought by:    Anonymous guest (the giver chose to hide their name)
  Gift message: "Merry Christmas from the IT team, hope the test goes well!"

The item is now marked as "purchased" and is no longer shown to your guests.
Want to keep the surprise? Turn on "Hide purchased items from me" in your
registry settings.

View your registry: https://giftnest.example/r/GN-BE-000417

--
You are receiving this email because you own a registry on GiftNest.
Manage which notifications you receive: https://giftnest.example/settings/n=
otifications
GiftNest BV processes your personal data and the personal data of your gues=
ts
in accordance with the GDPR. Read our Privacy Notice at
https://giftnest.example/privacy. To download or delete your data, or to
delete your registry and account, go to Settings > Privacy.
Unsubscribe from purchase notifications: https://giftnest.example/u/9f3c21a=
b7e
GiftNest BV, Kortrijksesteenweg 1090, 9051 Gent, Belgium

--2f1b7c0e9d4a4b3f8e6c5a1d0b9e8f7a
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=us-ascii
Mime-Version: 1.0

<!DOCTYPE html>
<html lang=3D"en"><head><meta charset=3D"utf-8"><title>Something was bought=
 from your registry</title></head>
<body style=3D"margin:0;padding:0;background:#f6f2ec;font-family:Helvetica,=
Arial,sans-serif;color:#2b2b2b">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"560" cellpadding=3D"24" cellspacing=
=3D"0" style=3D"background:#ffffff">
<tr><td><img src=3D"https://cdn.giftnest.example/mail/logo.png" alt=3D"Gift=
Nest" width=3D"120"></td></tr>
<tr><td>
<p style=3D"font-size:18px">Hi Privacy Team,</p>
<p style=3D"font-size:22px;font-weight:bold">Good news! Something was just =
bought from your registry.</p>
<table cellpadding=3D"4" style=3D"font-size:14px">
<tr><td>Registry</td><td><b>DPIA test registry - do not share</b></td></tr>
<tr><td>Item</td><td>Cast iron casserole 24 cm, cherry red (1 of 1)</td></t=
r>
<tr><td>Bought on</td><td>17 December 2025, 14:22 CET</td></tr>
<tr><td>Bought by</td><td>Anonymous guest</td></tr>
<tr><td>Gift message</td><td>&ldquo;Merry Christmas from the IT team, hope =
the test goes well!&rdquo;</td></tr>
</table>
<p><a href=3D"https://giftnest.example/r/GN-BE-000417" style=3D"background:=
#c8553d;color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:=
4px">View your registry</a></p>
</td></tr>
<tr><td style=3D"font-size:11px;color:#888888">
You are receiving this email because you own a registry on GiftNest.
<a href=3D"https://giftnest.example/settings/notifications">Manage notifica=
tions</a> &middot;
<a href=3D"https://giftnest.example/privacy">Privacy Notice</a> &middot;
<a href=3D"https://giftnest.example/u/9f3c21ab7e">Unsubscribe</a><br>
GiftNest BV processes your personal data and that of your guests in accorda=
nce with the GDPR.
To download or delete your data, or to delete your registry and account, go=
 to Settings &gt; Privacy.<br>
GiftNest BV, Kortrijksesteenweg 1090, 9051 Gent, Belgium
</td></tr>
</table></td></tr></table>
<img src=3D"https://t.giftnest.example/o/9f3c21ab7e.gif" width=3D"1" height=
=3D"1" alt=3D"">
</body></html>

--2f1b7c0e9d4a4b3f8e6c5a1d0b9e8f7a--
'''),
    ('en', 'o365-ndr-mailbox-full-registry-reply', 'automated', (),
'''Return-Path: <>
Received: from EUR05-DB8-obe.outbound.protection.outlook.example (mail-db8eur05on2071.outbound.protection.outlook.example [40.107.20.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dZ0mQ6Kx7z3pTr
        for <privacy@shop.example.be>; Mon, 22 Dec 2025 10:14:09 +0100 (CET)
From: Microsoft Outlook <postmaster@harrington-legal.example>
To: <privacy@shop.example.be>
Date: Mon, 22 Dec 2025 09:14:06 +0000
Subject: Undeliverable: RE: Your wedding registry - request to delete
Content-Language: en-US
Message-ID: <3b8f0e2a-91c4-4d7e-a6b2-0f51c9e7d3aa@AM9PR02MB7231.eurprd02.prod.outlook.example>
In-Reply-To: <CAJ7hX2p0vZ-registry.4431.reply@mail.gmail.example>
References: <CAJ7hX2p0vZ-registry.4431.reply@mail.gmail.example>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: AM9PR02MB7231.eurprd02.prod.outlook.example
X-MS-Exchange-Organization-AuthAs: Internal
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b1_7f3c2d9a-ndr-4431"

--b1_7f3c2d9a-ndr-4431
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to t.harrington@harrington-legal.example couldn't be delivered.

Thomas's mailbox is full.

Action Required                                          Recipient
Clean out mailbox                                        t.harrington

How to Fix It
Thomas's mailbox has exceeded its storage quota. Try resending the message
later, or contact the recipient by some other means and let them know their
mailbox is full.

------------------------------------------------------------------
Diagnostic information for administrators:

Generating server: AM9PR02MB7231.eurprd02.prod.outlook.example

t.harrington@harrington-legal.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'

Original message headers:

Received: from mail-wr1-f46.google.example (209.85.221.46) by
 AM9PR02MB7231.eurprd02.prod.outlook.example with Microsoft SMTP Server
 id 15.20.8272.12; Mon, 22 Dec 2025 09:14:03 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Thomas Harrington <t.harrington@harrington-legal.example>
Subject: RE: Your wedding registry - request to delete
Date: Mon, 22 Dec 2025 10:13:58 +0100
Message-ID: <CAJ7hX2p0vZ-registry.4431.reply@mail.gmail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

--b1_7f3c2d9a-ndr-4431
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR02MB7231.eurprd02.prod.outlook.example
Received-From-MTA: dns;mail-wr1-f46.google.example
Arrival-Date: Mon, 22 Dec 2025 09:14:03 +0000

Final-Recipient: rfc822;t.harrington@harrington-legal.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
X-Display-Name: Thomas Harrington

--b1_7f3c2d9a-ndr-4431
Content-Type: text/rfc822-headers

Received: from mail-wr1-f46.google.example (209.85.221.46) by
 AM9PR02MB7231.eurprd02.prod.outlook.example with Microsoft SMTP Server
 id 15.20.8272.12; Mon, 22 Dec 2025 09:14:03 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Thomas Harrington <t.harrington@harrington-legal.example>
Subject: RE: Your wedding registry - request to delete
Date: Mon, 22 Dec 2025 10:13:58 +0100
Message-ID: <CAJ7hX2p0vZ-registry.4431.reply@mail.gmail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

--b1_7f3c2d9a-ndr-4431--
'''),
    ('en', 'gmail-vacation-responder-back-5-january', 'automated', (),
'''Return-Path: <j.whitcombe@gmail.com>
Received: from mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dZq7V0ySbz2nWk
        for <privacy@shop.example.be>; Tue, 23 Dec 2025 16:40:12 +0100 (CET)
Received: by mail-lf1-f52.google.com with SMTP id 2adb3069b0e04-5401f3e9c2aso118732e87.1
        for <privacy@shop.example.be>; Tue, 23 Dec 2025 07:40:11 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=1766504411;
	h=subject:message-id:references:in-reply-to:date:from:to:auto-submitted;
	bh=H3rX0pVt2mQ9Lw7Ys1Bk4Nd8Fc6Jz5Ge0Ua3Ri2Oo7=;
	b=Pq1Wm4Xr8Ls0Vn3Bh7Cj2Dk5Fg9Hl1Jm6Np4Qr0St3Uv8Wx5Yz2Ab7Cd1Ef4Gh9Ij
MIME-Version: 1.0
From: James Whitcombe <j.whitcombe@gmail.com>
Date: Tue, 23 Dec 2025 07:40:10 -0800
Message-ID: <CAN4x7QpZ2tq+vacation.0b7a@mail.gmail.com>
In-Reply-To: <priv-2025-1377.1766504380@shop.example.be>
References: <priv-2025-1377.1766504380@shop.example.be>
Subject: Re: Your request about the gift card for your niece (ref. PRIV-2025-1377)
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000c31e8f0646a1b9d2"

--000000000000c31e8f0646a1b9d2
Content-Type: text/plain; charset="UTF-8"

Hi,

Thanks for your email. I'm away over Christmas and New Year with very
patchy signal and won't be checking email until Monday 5 January.

If it's about the house sale, please contact Laura at Dewitte Immo on
02 345 67 80.

Merry Christmas!
James

--000000000000c31e8f0646a1b9d2
Content-Type: text/html; charset="UTF-8"

<div dir="ltr">Hi,<br><br>Thanks for your email. I&#39;m away over Christmas and New Year with very patchy signal and won&#39;t be checking email until Monday 5 January.<br><br>If it&#39;s about the house sale, please contact Laura at Dewitte Immo on 02 345 67 80.<br><br>Merry Christmas!<br>James</div>

--000000000000c31e8f0646a1b9d2--
'''),
    ('en', 'carrier-peak-season-service-advisory', 'automated', (),
'''Return-Path: <bounce-mc.us4_2280417.9921034-privacy=shop.example.be@mail211.suw15.parcelgo.example>
Received: from mail211.suw15.parcelgo.example (mail211.suw15.parcelgo.example [198.51.100.211])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dR8nT5hYvz6qWp
        for <privacy@shop.example.be>; Fri, 5 Dec 2025 08:01:47 +0100 (CET)
From: ParcelGo Business <business-updates@parcelgo.example>
Reply-To: ParcelGo Account Management <accounts@parcelgo.example>
To: "Shop Example NV" <privacy@shop.example.be>
Subject: Peak season 2025: collection cut-offs, surcharges and delivery times (15 Dec - 10 Jan)
Date: Fri, 05 Dec 2025 07:01:44 +0000
Message-ID: <20251205070144.9921034.2280417@mail211.suw15.parcelgo.example>
Precedence: bulk
List-Id: ParcelGo Business service notices <2280417.list-id.parcelgo.example>
List-Unsubscribe: <https://parcelgo.example/business/preferences?c=BE-SE-77120>
X-Campaign: peak2025-be-service
X-Mailer: ParcelGo Notify 4.2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

SERVICE NOTICE - PEAK SEASON 2025
Account: Shop Example NV (BE-SE-77120)

Dear customer,

As every year, volumes in our network will more than double between
15 December 2025 and 10 January 2026. To keep your parcels moving, please
note the following.

1. LAST COLLECTION DATES FOR DELIVERY BEFORE CHRISTMAS
   Standard Belgium ........... collected by Fri 19 Dec, 18:00
   Express Belgium ............ collected by Mon 22 Dec, 16:00
   Netherlands / Luxembourg ... collected by Thu 18 Dec, 18:00
   Rest of EU ................. collected by Mon 15 Dec, 18:00

2. OPERATING DAYS
   No collections or deliveries on 25 and 26 December and 1 January.
   Parcel lockers remain accessible.

3. PEAK SURCHARGE
   A temporary surcharge of EUR 0.35 per parcel applies from 1 December to
   31 December for accounts exceeding their forecast volume by more than 20%.

4. DELIVERY PROMISES
   Guaranteed delivery times (money-back guarantee) are suspended from
   15 December to 4 January. Tracking remains available as usual.

5. RETURNS
   Returns labels created in January will be processed with a delay of up
   to 3 working days. Please inform your customers who return gifts.

Please make sure your webshop does not promise delivery dates we cannot
meet.

Kind regards,
ParcelGo Account Management Belgium

--
This is a service message sent to the contact person(s) registered on your
ParcelGo business account and cannot be unsubscribed from. To change the
contact person, ask your administrator to update the account settings.
ParcelGo processes the personal data of your contact persons and of your
consignees as described in our Privacy Notice (GDPR), available at
https://parcelgo.example/privacy. To exercise your rights of access or
erasure, write to dataprotection@parcelgo.example.
ParcelGo Belgium SA, Chaussee de Haecht 1899, 1130 Brussels
'''),
    ('en', 'person-forwards-secret-santa-draw-wants-out', 'deletion', (),
'''Return-Path: <ollie.brennan@outlook.com>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02olkn2081.outbound.protection.outlook.com [40.92.49.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dT2xL9mPsz4nQy
        for <privacy@shop.example.be>; Tue, 9 Dec 2025 21:58:03 +0100 (CET)
From: Ollie Brennan <ollie.brennan@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Fw: Your Secret Santa draw is in! (Brennan Christmas 2025)
Date: Tue, 9 Dec 2025 20:57:58 +0000
Message-ID: <AS8P194MB1477E2C0B9A4D3F1@AS8P194MB1477.EURP194.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-MS-Has-Attach:
Content-Language: en-GB

Hi,

Got the email below tonight. My sister-in-law put the whole family into
this Secret Santa thing, including me. I never signed up, I don't have an
account with you and I don't want one.

She also filled in a "wish list" for me ("Ollie likes whisky and fishing")
which I find a bit much, to be honest.

Please take me out of it and delete my name, email address and that wish
list, at your end and at GiftDraw's. I'll sort out the present with my
family the old-fashioned way.

Thanks,
Ollie Brennan

________________________________
From: GiftDraw for Shop Example <draw@giftdraw.example>
Sent: 09 December 2025 20:31
To: ollie.brennan@outlook.com
Subject: Your Secret Santa draw is in! (Brennan Christmas 2025)

Hi Ollie!

The names have been drawn for "Brennan Christmas 2025" (organised by
Siobhan B.).

You are Secret Santa for: MAUREEN
Budget: EUR 25
Exchange day: Thursday 25 December

Maureen's wish list:
 - Warm slippers, size 39
 - A good crime novel (no Scandinavian ones, please!)
 - Anything with lavender

Shop for Maureen's gifts at Shop Example: https://shop.example.be/secretsanta/g/8812KQ

Keep it secret!

You are receiving this email because the organiser added you to a Secret
Santa group. GiftDraw Ltd processes your name, email address and wish list
on behalf of the organiser and Shop Example to run the draw. Your data is
deleted 60 days after the exchange day. Privacy notice:
https://giftdraw.example/privacy | Leave this group:
https://giftdraw.example/leave/8812KQ/o-b
'''),
    ('nl', 'secret-santa-tool-reminder-empty-wishlist-team-draw', 'automated', (),
'''Return-Path: <bounce-7781-204519@mailer.lootjesland.example>
Received: from mailer.lootjesland.example (mailer.lootjesland.example [192.0.2.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dV0kP3wQnz8rYs
        for <privacy@shop.example.be>; Mon, 15 Dec 2025 09:00:21 +0100 (CET)
From: Lootjesland <geen-antwoord@lootjesland.example>
To: Team Privacy & Legal <privacy@shop.example.be>
Subject: Herinnering: je verlanglijstje voor "Kerstborrel Privacy & Legal" is nog leeg
Date: Mon, 15 Dec 2025 08:00:18 +0000
Message-ID: <reminder.204519.7781.1765785618@lootjesland.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
Precedence: bulk
List-Unsubscribe: <https://lootjesland.example/afmelden/204519?t=Yk29sLq>
X-Mailer: Lootjesland Mailer 2.8
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hoi Team Privacy & Legal,

De lootjes voor "Kerstborrel Privacy & Legal" zijn getrokken, maar jouw
verlanglijstje is nog leeg. Degene die jou getrokken heeft, weet dus nog
niet wat je graag zou krijgen.

  Groep:        Kerstborrel Privacy & Legal (7 deelnemers)
  Organisator:  Nathalie D.
  Budget:       EUR 20
  Uitwisseling: vrijdag 19 december 2025

Vul je verlanglijstje in:
https://lootjesland.example/g/KPL-2025/verlanglijst

Nog 4 dagen tot de uitwisseling! Je krijgt nog één herinnering op
woensdag 17 december.

--
Lootjes trekken via de app van Shop Example, mogelijk gemaakt door
Lootjesland.
Je krijgt deze e-mail omdat de organisator je aan een groep heeft
toegevoegd. Lootjesland verwerkt je naam, e-mailadres en verlanglijstje
enkel om de trekking te organiseren, in overeenstemming met de AVG (GDPR).
Je gegevens worden 60 dagen na de uitwisseling automatisch verwijderd.
Wil je je gegevens inkijken of nu al laten wissen? Ga naar
https://lootjesland.example/privacy of mail privacy@lootjesland.example.
Geen herinneringen meer ontvangen: https://lootjesland.example/afmelden/204519
'''),
    ('nl', 'track-trace-gift-parcel-on-the-way', 'automated', (),
'''Return-Path: <noreply@track.parcelgo.example>
Received: from out-03.track.parcelgo.example (out-03.track.parcelgo.example [198.51.100.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dW3sN8bKtz1mVq
        for <privacy@shop.example.be>; Fri, 19 Dec 2025 06:12:40 +0100 (CET)
From: ParcelGo <noreply@track.parcelgo.example>
To: privacy@shop.example.be
Subject: Je pakket van Shop Example komt vandaag tussen 13:15 en 15:15
Date: Fri, 19 Dec 2025 05:12:38 +0000
Message-ID: <tt-3SPGO0098812457BE-20251219051238@track.parcelgo.example>
X-ParcelGo-Shipment: 3SPGO0098812457BE
X-ParcelGo-Notification: ETA-DAY
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="pgo-alt-3SPGO0098812457BE"

--pgo-alt-3SPGO0098812457BE
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Goed nieuws, je pakket komt vandaag!

Afzender:        Shop Example
Zending:         3SPGO0098812457BE
Bezorgvenster:   vrijdag 19 december, tussen 13:15 en 15:15
Adres:           Ta*******straat 1**, 2000 Antwerpen
Inhoud:          Cadeau - cadeauverpakking (1 pakket, 2,4 kg)

Niet thuis? Kies een andere dag, een buur of een pakketautomaat:
https://track.parcelgo.example/3SPGO0098812457BE

Tip: is het een verrassing? Met "Discreet bezorgen" tonen we de afzender
niet meer in onze sms'jes en e-mails.

Je ontvangt dit bericht omdat de afzender je e-mailadres aan ons heeft
doorgegeven voor de levering. We gebruiken het alleen voor deze zending en
verwijderen het 90 dagen na levering. Privacyverklaring:
https://parcelgo.example/privacy

ParcelGo Belgium NV - dit is een automatisch bericht, antwoorden is niet
mogelijk.

--pgo-alt-3SPGO0098812457BE
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#e2001a">Goed nieuws, je pakket komt vandaag!</h1>
<p><b>Afzender:</b> Shop Example<br><b>Zending:</b> 3SPGO0098812457BE<br>
<b>Bezorgvenster:</b> vrijdag 19 december, tussen 13:15 en 15:15<br>
<b>Adres:</b> Ta*******straat 1**, 2000 Antwerpen<br>
<b>Inhoud:</b> Cadeau - cadeauverpakking (1 pakket, 2,4 kg)</p>
<p><a href="https://track.parcelgo.example/3SPGO0098812457BE">Levering aanpassen</a></p>
<p style="font-size:12px">Is het een verrassing? Met &quot;Discreet bezorgen&quot; tonen we de afzender niet meer in onze sms&#39;jes en e-mails.</p>
<p style="font-size:11px;color:#777">Je ontvangt dit bericht omdat de afzender je e-mailadres aan ons heeft doorgegeven voor de levering. We gebruiken het alleen voor deze zending en verwijderen het 90 dagen na levering. <a href="https://parcelgo.example/privacy">Privacyverklaring</a></p>
</body></html>

--pgo-alt-3SPGO0098812457BE--
'''),
    ('nl', 'zimbra-out-of-office-christmas-closure', 'automated', (),
'''Return-Path: <wim.goossens@brouwerij-hoppe.example>
Received: from zimbra.brouwerij-hoppe.example (zimbra.brouwerij-hoppe.example [192.0.2.140])
        by mx1.shop.example.be (Postfix) with ESMTP id 4dX9rC2fHmz7kLp
        for <privacy@shop.example.be>; Mon, 22 Dec 2025 11:03:55 +0100 (CET)
Date: Mon, 22 Dec 2025 11:03:54 +0100 (CET)
From: Wim Goossens <wim.goossens@brouwerij-hoppe.example>
To: privacy@shop.example.be
Message-ID: <1883204417.55102.1766397834912.JavaMail.zimbra@brouwerij-hoppe.example>
In-Reply-To: <priv-2025-1188.1766397790@shop.example.be>
Subject: Afwezig: Uw vraag over de gegevens van de kerstpakketactie (ref. PRIV-2025-1188)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4546 (zclient/9.0.0_GA_4546)

Goeiedag,

Onze brouwerij is gesloten van maandag 22 december tot en met vrijdag
2 januari. Ik ben terug op maandag 5 januari en beantwoord uw mail dan zo
snel mogelijk.

Voor dringende vragen over leveringen van kerstpakketten kunt u terecht
bij onze logistieke partner op 03 480 12 12.

Prettige feestdagen!

Wim Goossens
Brouwerij Hoppe bv - verkoop & partnerships
'''),
    ('nl', 'secret-santa-partner-helpdesk-ticket-received', 'automated', (),
'''Return-Path: <support@lootjesland.example>
Received: from mta-2.deskly.example (mta-2.deskly.example [203.0.113.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dY1pF7zRxz5sNm
        for <privacy@shop.example.be>; Tue, 23 Dec 2025 14:47:10 +0100 (CET)
From: Lootjesland Support <support@lootjesland.example>
Reply-To: Lootjesland Support <support+id48213@lootjesland.deskly.example>
To: privacy@shop.example.be
Subject: [#48213] We hebben je vraag ontvangen: Verwijderverzoek deelnemer groep "Gezin Wouters Kerst"
Date: Tue, 23 Dec 2025 13:47:08 +0000
Message-ID: <48213.ack.a7f2c91e@lootjesland.deskly.example>
In-Reply-To: <priv-2025-1349.1766497520@shop.example.be>
References: <priv-2025-1349.1766497520@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Deskly-Ticket: 48213
X-Deskly-Priority: normal
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste Shop Example Privacy,

Bedankt voor je bericht. We hebben je vraag goed ontvangen onder
ticketnummer #48213.

Vragen over persoonsgegevens (inzage, verbetering, verwijdering,
bezwaar) behandelen we binnen de wettelijke termijn van één maand. Gaat
het om een verwijderverzoek van een deelnemer, dan verwijderen we de
deelnemer uit de groep en wissen we zijn of haar naam, e-mailadres en
verlanglijstje. De organisator krijgt daar automatisch bericht van.

Let op: tijdens de feestdagen (24 december tot en met 2 januari) is ons
team beperkt bereikbaar. Je kunt dan iets langer op een antwoord moeten
wachten.

Antwoord je op deze e-mail, laat dan het ticketnummer in het onderwerp
staan.

Met vriendelijke groet,
Het supportteam van Lootjesland

Dit is een automatisch bericht.
'''),
    ('nl', 'person-replies-wishlist-share-notice-unknown-sharer', 'access', (),
'''Return-Path: <dirk.lambrechts@telenet.example>
Received: from smtp.telenet.example (smtp.telenet.example [195.130.132.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dS5hW1vLqz0pKd
        for <privacy@shop.example.be>; Sun, 7 Dec 2025 19:22:48 +0100 (CET)
From: Dirk Lambrechts <dirk.lambrechts@telenet.example>
To: privacy@shop.example.be
Subject: Re: Marieke heeft haar verlanglijstje met je gedeeld
Date: Sun, 7 Dec 2025 19:22:41 +0100
Message-ID: <6b0f1e2a-3c77-4d11-9e4a-d21f0a8b7c55@telenet.example>
In-Reply-To: <wl-share.55129.1765100214@mail.shop.example.be>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Goedenavond,

Ik ken geen Marieke V. Dit is al de tweede keer deze maand dat ik zo'n
mail krijg. Hoe komt zij, of hoe komen jullie, aan mijn e-mailadres? En
wat hebben jullie verder nog over mij staan? Ik heb bij mijn weten nooit
een account bij jullie aangemaakt.

Graag een antwoord van een mens, geen automatische mail.

Dirk Lambrechts

Op 7/12/2025 om 10:36 schreef Shop Example:
> Marieke V. heeft haar verlanglijstje "Kerst 2025" met je gedeeld!
>
> 12 wensen, van 8 tot 65 euro.
> Bekijk het verlanglijstje: https://shop.example.be/wl/s/55129-Mk8Q
>
> Je ontvangt deze e-mail omdat Marieke V. je e-mailadres heeft
> ingegeven om haar verlanglijstje te delen. We gebruiken je adres
> alleen om deze mail te versturen en sturen je geen reclame.
> Vragen over privacy? privacy@shop.example.be
'''),
    ('fr', 'advent-contest-platform-daily-entries-report', 'automated', (),
'''Return-Path: <rapports@jeuxflow.example>
Received: from smtp-out.jeuxflow.example (smtp-out.jeuxflow.example [203.0.113.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dU6yK0rNwz3hBv
        for <privacy@shop.example.be>; Fri, 12 Dec 2025 06:30:04 +0100 (CET)
From: Jeuxflow - Rapports <rapports@jeuxflow.example>
To: privacy@shop.example.be, marketing-events@shop.example.be
Subject: [Rapport quotidien] Calendrier de l'Avent Shop Example 2025 - jour 11
Date: Fri, 12 Dec 2025 05:30:02 +0000
Message-ID: <report.daily.SE-AVENT-2025.d11.1765517402@jeuxflow.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Jeuxflow-Campaign: SE-AVENT-2025
X-Jeuxflow-Report: daily
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_88213_1042958735.1765517402117"

------=_Part_88213_1042958735.1765517402117
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Calendrier de l'Avent Shop Example 2025
Rapport quotidien - jour 11 (jeudi 11 décembre 2025, 00:00 - 23:59)

Case du jour :                 Set de valises (valeur 289 EUR)
Participations :               4 312   (jour 10 : 4 290)
Participants uniques :         3 517
Nouveaux comptes créés :       162
Consentement newsletter :      1 398   (39,7 % des participants uniques)
Consentement partenaires :     597     (17,0 %)
Doublons exclus :              11      (même e-mail ou même foyer)
Demandes de suppression (RGPD) reçues via le formulaire du jeu : 2
Tirage au sort :               effectué le 12/12/2025 à 00:05, 1 gagnant
                               (coordonnées dans l'espace client, onglet
                               Gagnants, accès restreint)

Cumul jours 1 à 11 :           54 935 participations, 12 consentements
                               partenaires retirés, 10 demandes de
                               suppression traitées

Le détail par jour figure dans la pièce jointe (CSV, séparateur ;).

Protection des données : ce rapport ne contient que des données agrégées.
Les données nominatives des participants sont accessibles uniquement dans
l'espace client Jeuxflow, par les utilisateurs habilités. Conformément au
règlement et au RGPD, les données des participants non gagnants seront
supprimées automatiquement 90 jours après la clôture du jeu (soit le
25/03/2026), sauf consentement à la newsletter.

Ce message est généré automatiquement, merci de ne pas y répondre.
Pour modifier les destinataires de ce rapport : Paramètres > Rapports.

Jeuxflow SAS - 14 rue de la Bourse, 59000 Lille

------=_Part_88213_1042958735.1765517402117
Content-Type: text/csv; charset=UTF-8; name="SE-AVENT-2025_cumul_j01-j11.csv"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="SE-AVENT-2025_cumul_j01-j11.csv"

am91cjtkYXRlO2Nhc2U7cGFydGljaXBhdGlvbnM7cGFydGljaXBhbnRzX3VuaXF1ZXM7bm91dmVh
dXhfY29tcHRlcztvcHRpbl9uZXdzbGV0dGVyO29wdGluX3BhcnRlbmFpcmVzO2RvdWJsb25zX2V4
Y2x1cztkZW1hbmRlc19zdXBwcmVzc2lvbgoxOzIwMjUtMTItMDE7Qm9uIGQnYWNoYXQgMTAwIEVV
Ujs1ODcxOzU4NzE7NDEyOzIyMTA7OTg4OzA7MAoyOzIwMjUtMTItMDI7Q2FzcXVlIGF1ZGlvOzUx
MDI7NDM5ODszMDE7MTg3Njs4MDI7MTc7MQozOzIwMjUtMTItMDM7Um9ib3QgY3Vpc2V1cjs1NTQ0
OzQyMDE7Mjg3OzE3OTA7NzcxOzIyOzAKNDsyMDI1LTEyLTA0O0NvZmZyZXQgYmVhdXRlOzQ5ODA7
Mzk2NTsyMzM7MTYwMjs2OTA7OTsyCjU7MjAyNS0xMi0wNTtUcm90dGluZXR0ZTs0NzExOzM4MDI7
MTk4OzE1NDQ7NjU1OzMxOzAKNjsyMDI1LTEyLTA2O1BhbmllciBTYWludC1OaWNvbGFzOzYyMzA7
NDExNzszNDE7MTcyMDs3NDM7MTI7MQo3OzIwMjUtMTItMDc7Qm9uIGQnYWNoYXQgNTAgRVVSOzQ0
MDI7MzU5MDsxNTY7MTQxMTs2MDI7ODswCjg7MjAyNS0xMi0wODtNYWNoaW5lIGVzcHJlc3NvOzQ2
MTg7MzY0NDsxNzI7MTQ2MDs2MTE7MTQ7Mwo5OzIwMjUtMTItMDk7Um9ib3QgcGF0aXNzaWVyOzQ4
NzU7MzcxMDsxODE7MTUwMzs2NDA7MTk7MAoxMDsyMDI1LTEyLTEwO0VuY2VpbnRlIGNvbm5lY3Rl
ZTs0MjkwOzM0ODg7MTQ5OzEzNzc7NTg4OzY7MQoxMTsyMDI1LTEyLTExO1NldCBkZSB2YWxpc2Vz
OzQzMTI7MzUxNzsxNjI7MTM5ODs1OTc7MTE7Mgo=

------=_Part_88213_1042958735.1765517402117--
'''),
    ('fr', 'postfix-bounce-remote-forward-winner-reply', 'automated', (),
'''Return-Path: <>
Received: from mail.cabinet-lejeune.example (mail.cabinet-lejeune.example [192.0.2.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dV8zH6tPcz2qMw
        for <privacy@shop.example.be>; Wed, 17 Dec 2025 15:41:27 +0100 (CET)
Received: by mail.cabinet-lejeune.example (Postfix)
	id 9C41A2C0F3; Wed, 17 Dec 2025 15:41:26 +0100 (CET)
Date: Wed, 17 Dec 2025 15:41:26 +0100 (CET)
From: MAILER-DAEMON@mail.cabinet-lejeune.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9C41A2C0F3.1765982486/mail.cabinet-lejeune.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20251217144126.9C41A2C0F3@mail.cabinet-lejeune.example>

This is a MIME-encapsulated message.

--9C41A2C0F3.1765982486/mail.cabinet-lejeune.example
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mail.cabinet-lejeune.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.dubois@cabinet-lejeune.example> (expanded from
    <secretariat@cabinet-lejeune.example>): host
    127.0.0.1[127.0.0.1] said: 552 5.2.2 <m.dubois@cabinet-lejeune.example>:
    Recipient address rejected: Mailbox quota exceeded (in reply to RCPT TO
    command)

--9C41A2C0F3.1765982486/mail.cabinet-lejeune.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.cabinet-lejeune.example
X-Postfix-Queue-ID: 9C41A2C0F3
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 17 Dec 2025 15:41:25 +0100 (CET)

Final-Recipient: rfc822; m.dubois@cabinet-lejeune.example
Original-Recipient: rfc822;secretariat@cabinet-lejeune.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <m.dubois@cabinet-lejeune.example>:
    Recipient address rejected: Mailbox quota exceeded

--9C41A2C0F3.1765982486/mail.cabinet-lejeune.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mail-qk1-f170.google.example (mail-qk1-f170.google.example [209.85.222.170])
	by mail.cabinet-lejeune.example (Postfix) with ESMTPS id 9C41A2C0F3
	for <secretariat@cabinet-lejeune.example>; Wed, 17 Dec 2025 15:41:25 +0100 (CET)
From: Shop Example - Protection des données <privacy@shop.example.be>
To: secretariat@cabinet-lejeune.example
Subject: =?UTF-8?Q?RE=3A_Concours_calendrier_de_l=27Avent_=E2=80=93_vos_donn?=
 =?UTF-8?Q?=C3=A9es_et_la_liste_des_gagnants_=28r=C3=A9f=2E_PRIV-2025-1262=29?=
Date: Wed, 17 Dec 2025 15:41:19 +0100
Message-ID: <CAK9pQ2x7mR-priv-2025-1262@mail.gmail.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="0000000000005e1b9a0646a0c2f1"

--9C41A2C0F3.1765982486/mail.cabinet-lejeune.example--
'''),
    ('fr', 'outlook-auto-reply-notary-office-closed', 'automated', (),
'''Return-Path: <d.masson@etude-masson.example>
Received: from EUR01-HE1-obe.outbound.protection.outlook.example (mail-he1eur01on2112.outbound.protection.outlook.example [40.107.13.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dZ2wB5nTfz4rXc
        for <privacy@shop.example.be>; Mon, 22 Dec 2025 09:02:44 +0100 (CET)
From: Delphine Masson <d.masson@etude-masson.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?R=E9ponse_automatique=A0:_Succession_de_Mme_Gertrude_Lecl?=
 =?iso-8859-1?Q?ercq_-_effacement_de_son_compte_client_(r=E9f._PRIV-2025-1?=
 =?iso-8859-1?Q?296)?=
Thread-Topic: =?iso-8859-1?Q?Succession_de_Mme_Gertrude_Leclercq_-_effacement_de_son_co?=
 =?iso-8859-1?Q?mpte_client_(r=E9f._PRIV-2025-1296)?=
Thread-Index: AQHbU2x1n7Kd0YvWzE6qN3hP8tXkAA==
Date: Mon, 22 Dec 2025 08:02:41 +0000
Message-ID: <DB9PR04MB84127A91F2B0C3E5D@DB9PR04MB8412.eurprd04.prod.outlook.example>
References: <priv-2025-1296.1766390541@shop.example.be>
In-Reply-To: <priv-2025-1296.1766390541@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-AuthAs: Internal
Content-Language: fr-BE
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_DB9PR04MB84127A91F2B0C3E5DDB9PR04MB8412eurp_"

--_000_DB9PR04MB84127A91F2B0C3E5DDB9PR04MB8412eurp_
Content-Type: text/plain; charset="Windows-1252"
Content-Transfer-Encoding: quoted-printable

Bonjour,

L'=E9tude est ferm=E9e pour les f=EAtes du lundi 22 d=E9cembre 2025 au ven=
dredi 2 janvier 2026 inclus. Votre message ne sera pas transf=E9r=E9.

Pour toute urgence (signature d'acte, d=E9c=E8s), vous pouvez joindre la per=
manence au 081 22 45 90.

Je prendrai connaissance de votre courriel d=E8s mon retour.

Meilleurs v=9Cux de fin d'ann=E9e,

Delphine Masson
Collaboratrice - =C9tude du Notaire Masson, Namur

--_000_DB9PR04MB84127A91F2B0C3E5DDB9PR04MB8412eurp_
Content-Type: text/html; charset="Windows-1252"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3DWindows-1252"></head><body><div style=3D"font-family:Calibri,Arial,sans-se=
rif;font-size:11pt">Bonjour,<br><br>L'=E9tude est ferm=E9e pour les f=EAtes=
 du lundi 22 d=E9cembre 2025 au vendredi 2 janvier 2026 inclus. Votre messag=
e ne sera pas transf=E9r=E9.<br><br>Pour toute urgence (signature d'acte, d=
=E9c=E8s), vous pouvez joindre la permanence au 081 22 45 90.<br><br>Je pren=
drai connaissance de votre courriel d=E8s mon retour.<br><br>Meilleurs v=9Cu=
x de fin d'ann=E9e,<br><br>Delphine Masson<br>Collaboratrice - =C9tude du No=
taire Masson, Namur</div></body></html>

--_000_DB9PR04MB84127A91F2B0C3E5DDB9PR04MB8412eurp_--
'''),
    ('fr', 'person-pastes-winner-notice-objects-to-publication', 'objection', (),
'''Return-Path: <gilles.baert@hotmail.com>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03olkn2044.outbound.protection.outlook.com [40.92.59.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dW6tJ3yMqz9pRb
        for <privacy@shop.example.be>; Thu, 18 Dec 2025 22:15:09 +0100 (CET)
From: Gilles Baert <gilles.baert@hotmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: TR: =?utf-8?Q?F=C3=A9licitations_!_Vous_avez_gagn=C3=A9_-_Calendrier_de_l'Avent,_jour_18?=
Date: Thu, 18 Dec 2025 21:15:03 +0000
Message-ID: <PA4P190MB1233C7D0E1F2A4B6@PA4P190MB1233.EURP190.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Content-Language: fr-BE

Bonjour,

Merci pour le lot, vraiment. Par contre je lis dans le message ci-dessous
que "le nom et la commune des gagnants seront publiés sur nos réseaux
sociaux et sur notre site". Je ne suis pas d'accord et je m'y oppose.

Pour des raisons personnelles (j'ai quitté un conjoint violent il y a un
an et j'ai déménagé), je ne veux pas que mon nom et surtout ma commune
apparaissent quelque part sur internet. Vous pouvez garder mes données pour
m'envoyer le lot, évidemment, mais pas de publication, ni maintenant ni
plus tard. Si vous devez absolument publier quelque chose, mettez "Gilles B."
sans commune.

Merci de me confirmer que ce sera respecté avant la publication de
vendredi.

Gilles Baert

________________________________
De : Shop Example <jeux@news.shop.example.be>
Envoyé : jeudi 18 décembre 2025 20:02
À : gilles.baert@hotmail.com
Objet : Félicitations ! Vous avez gagné - Calendrier de l'Avent, jour 18

Bonjour Gilles,

Félicitations ! Vous avez été tiré au sort parmi les participants de la
case n° 18 de notre Calendrier de l'Avent et vous remportez :

    1 trottinette électrique (valeur 449 EUR)

Pour recevoir votre lot, confirmez vos coordonnées avant le 28/12/2025 :
https://jeux.shop.example.be/avent2025/gagnant/18-4KX2P

Conformément au règlement du jeu (article 8), le nom et la commune des
gagnants seront publiés sur nos réseaux sociaux et sur notre site le
vendredi 19 décembre.

Vos données personnelles sont traitées par Shop Example NV et par notre
prestataire Jeuxflow SAS pour l'organisation du jeu et l'envoi du lot.
Plus d'infos : https://shop.example.be/confidentialite
Ceci est un message automatique, merci de ne pas y répondre.
'''),
    ('de', 'gift-card-issuer-monthly-deletion-report', 'automated', (),
'''Return-Path: <no-reply@merchant.giftlane.example>
Received: from mo-out-11.giftlane.example (mo-out-11.giftlane.example [198.51.100.161])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dQ3vN8kJpz1sTr
        for <privacy@shop.example.be>; Thu, 4 Dec 2025 07:15:31 +0100 (CET)
From: Giftlane Merchant Services <no-reply@merchant.giftlane.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?L=C3=B6schbericht_Geschenkgutscheine_November_2025_-_H?=
 =?UTF-8?Q?=C3=A4ndler_GL-BE-20417?=
Date: Thu, 04 Dec 2025 06:15:29 +0000
Message-ID: <dsr.GL-BE-20417.202511.0c4e91@merchant.giftlane.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
X-Giftlane-Report: deletion-run-monthly
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Giftlane Merchant Services
Monatlicher L=C3=B6schbericht Geschenkgutscheine - November 2025

H=C3=A4ndler:        Shop Example (BE) - H=C3=A4ndler-ID GL-BE-20417
Empf=C3=A4nger:      Datenschutzkontakt laut Auftragsverarbeitungsvertrag

Sehr geehrte Damen und Herren,

gem=C3=A4=C3=9F Anlage 2 (Technische und organisatorische Ma=C3=9Fnahmen) d=
es
Auftragsverarbeitungsvertrags vom 14.03.2023 informieren wir Sie =C3=BCber =
den
automatischen L=C3=B6schlauf f=C3=BCr personenbezogene Daten zu Geschenkgut=
scheinen.

L=C3=B6schlauf:                      01.12.2025 02:00 - 02:47 MEZ
Gel=C3=B6schte K=C3=A4uferdaten:          1.284 Datens=C3=A4tze (Gutscheine=
 vollst=C3=A4ndig
                                eingel=C3=B6st oder abgelaufen vor > 24 Mon=
aten)
Gel=C3=B6schte Empf=C3=A4ngerdaten:       2.037 Datens=C3=A4tze (E-Mail-Adr=
esse, Name,
                                Gru=C3=9Fbotschaft des E-Gutscheins)
Pseudonymisierte Transaktionen: 3.321 (aufbewahrt gem=C3=A4=C3=9F steuerrec=
htlicher
                                Aufbewahrungspflicht, 7 Jahre)
Offene L=C3=B6schanfragen Betroffener (Art. 17 DSGVO), =C3=BCber Sie weiter=
geleitet:
                                2 - erledigt am 03.12.2025
Fehler:                         0

Hinweis zur Hochsaison: Zwischen dem 15.12.2025 und dem 10.01.2026 werden
keine L=C3=B6schl=C3=A4ufe durchgef=C3=BChrt (=C3=84nderungsstopp). Der n=
=C3=A4chste L=C3=B6schlauf ist f=C3=BCr
den 12.01.2026 geplant.

Das vollst=C3=A4ndige L=C3=B6schprotokoll steht im H=C3=A4ndlerportal unter=
 Berichte >
Datenschutz zum Download bereit (Aufbewahrung 12 Monate).

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf
diese E-Mail. Fragen zum Datenschutz richten Sie bitte an
dpo@giftlane.example.

Giftlane Payments GmbH =C2=B7 Hanauer Landstra=C3=9Fe 291 =C2=B7 60314 Fran=
kfurt am Main
Amtsgericht Frankfurt am Main HRB 118204
'''),
    ('de', 'exim-bounce-forwarded-alias-deceased-account-reply', 'automated', (),
'''Return-Path: <>
Received: from mx03.hostbox.example ([192.0.2.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dY7qM2cWnz6vJk
        for <privacy@shop.example.be>; Tue, 23 Dec 2025 11:26:58 +0100 (CET)
Received: from Debian-exim by mx03.hostbox.example with local (Exim 4.96)
	id 1vXq2L-00071k-3f
	for privacy@shop.example.be; Tue, 23 Dec 2025 11:26:57 +0100
X-Failed-Recipients: h.pauly@freemail.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx03.hostbox.example>
To: privacy@shop.example.be
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vXq2L-00071k-3f@mx03.hostbox.example>
Date: Tue, 23 Dec 2025 11:26:57 +0100

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  h.pauly@freemail.example
    (generated from info@familie-pauly.example)
    host mx.freemail.example [203.0.113.240]
    SMTP error from remote mail server after RCPT TO:<h.pauly@freemail.example>:
    550 5.1.1 <h.pauly@freemail.example>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

Return-path: <privacy@shop.example.be>
Received: from mail-ed1-f49.google.example ([209.85.208.49])
	by mx03.hostbox.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1vXq2K-00071c-2t
	for info@familie-pauly.example; Tue, 23 Dec 2025 11:26:56 +0100
From: Shop Example Datenschutz <privacy@shop.example.be>
To: info@familie-pauly.example
Subject: =?UTF-8?Q?Ihre_Anfrage:_L=C3=B6schung_des_Kundenkontos_von_Frau_Hil?=
 =?UTF-8?Q?degard_Pauly_(Az._PRIV-2025-1341)?=
Date: Tue, 23 Dec 2025 11:26:51 +0100
Message-ID: <CAB3kT9vZ1q-priv-2025-1341@mail.gmail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Sehr geehrter Herr Pauly,

zunächst möchten wir Ihnen unser aufrichtiges Beileid aussprechen und uns
für die Weihnachtskarte entschuldigen, die an Ihre verstorbene Mutter
adressiert war.

Wir haben das Kundenkonto und die Kundenkarte von Frau Hildegard Pauly
heute gesperrt. Die endgültige Löschung der personenbezogenen Daten erfolgt
innerhalb von 30 Tagen; ausgenommen sind nur Rechnungsdaten, die wir aus
steuerrechtlichen Gründen noch aufbewahren müssen. Weitere Post oder
Werbung wird nicht mehr versandt.

Mit freundlichen Grüßen
Ihr Datenschutzteam
Shop Example NV
'''),
    ('de', 'plain-auto-reply-tax-office-closed-holidays', 'automated', (),
'''Return-Path: <r.hilgers@steuerbuero-hilgers.example>
Received: from mail.steuerbuero-hilgers.example (mail.steuerbuero-hilgers.example [192.0.2.58])
        by mx1.shop.example.be (Postfix) with ESMTP id 4dZ5sD9gPkz8wQn
        for <privacy@shop.example.be>; Mon, 29 Dec 2025 08:47:19 +0100 (CET)
Message-ID: <f2b71c04-99e0-4a35-bb3d-60a8e1c2d7f4@steuerbuero-hilgers.example>
Date: Mon, 29 Dec 2025 08:47:18 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Rainer Hilgers <r.hilgers@steuerbuero-hilgers.example>
To: privacy@shop.example.be
Subject: Abwesenheit
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Vielen Dank für Ihre Nachricht.

Unser Büro ist vom 24.12.2025 bis einschließlich 06.01.2026 geschlossen.
Ihre E-Mail wird nicht weitergeleitet. Ab dem 07.01.2026 sind wir wieder
für Sie da.

In dringenden Fällen erreichen Sie uns unter 087 55 61 30 (Anrufbeantworter,
wird täglich abgehört).

Frohe Weihnachten und einen guten Start ins neue Jahr!

Rainer Hilgers
Steuerbüro Hilgers, Herbesthaler Straße 18, 4700 Eupen
'''),
    ('de', 'person-accounting-role-address-auto-signature-correction', 'correction', (),
'''Return-Path: <buchhaltung@heinen-bau.example>
Received: from mail.heinen-bau.example (mail.heinen-bau.example [192.0.2.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dT9mF4xRsz2kBw
        for <privacy@shop.example.be>; Wed, 10 Dec 2025 10:31:05 +0100 (CET)
From: "Heinen Bau GmbH - Buchhaltung" <buchhaltung@heinen-bau.example>
To: privacy@shop.example.be
Subject: Firmenkundenkonto 40-77182 / Weihnachtspräsente - Korrektur Ansprechpartner
Date: Wed, 10 Dec 2025 10:31:01 +0100
Message-ID: <000a01dc69b2$7e4c1f20$7ae45d60$@heinen-bau.example>
X-Mailer: Microsoft Outlook 16.0
X-ExclaimerHostedSignatures-MessageProcessed: true
X-ExclaimerProxyLatency: 1882014
Content-Language: de
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Guten Tag,

wir bestellen seit drei Jahren die Weihnachtspräsente für unsere Kunden
über unser Firmenkundenkonto bei Ihnen (Kundennummer 40-77182). Auf den
Auftragsbestätigungen und Rechnungen steht als Ansprechpartner immer
noch "Herr Guido Hainen" mit der Mobilnummer 0475 12 90 33.

Bitte korrigieren Sie das: richtig ist Guido Heinen (mit e), und die
Mobilnummer ist seit letztem Jahr 0496 83 27 14. Die alte Nummer gehört
inzwischen jemand anderem, der schon zweimal Anrufe Ihres Lieferdienstes
bekommen hat.

Die diesjährige Bestellung (60 Präsentkörbe, Auftrag 7735-6610) läuft
bereits, es wäre gut, wenn die Korrektur vor der Lieferung erfolgt.

Mit freundlichen Grüßen
i. A. Guido Heinen

----------------------------------------------------------------------
Heinen Bau GmbH | Buchhaltung
Gewerbegebiet Kehrweg 12 | 4700 Eupen | Belgien
T +32 87 59 44 00 | buchhaltung@heinen-bau.example
Geschäftsführer: Peter Heinen | MwSt. BE 0447.219.603
----------------------------------------------------------------------
Diese E-Mail einschließlich ihrer Anhänge ist vertraulich und
ausschließlich für den bezeichneten Adressaten bestimmt. Wenn Sie nicht
der vorgesehene Adressat sind, benachrichtigen Sie bitte umgehend den
Absender und löschen Sie diese E-Mail. Informationen zur Verarbeitung
Ihrer personenbezogenen Daten gemäß Art. 13 DSGVO finden Sie unter
www.heinen-bau.example/datenschutz.
Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.
----------------------------------------------------------------------
'''),
    ('es', 'returns-portal-gift-return-registered-merchant-bcc', 'automated', (),
'''Return-Path: <bounce+rtn004417@mail.retourly.example>
X-Original-To: privacy@shop.example.be
Delivered-To: privacy@shop.example.be
Received: from mail.retourly.example (mail.retourly.example [203.0.113.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dc2nV7pLxz5tWq
        for <privacy@shop.example.be>; Fri, 2 Jan 2026 12:08:44 +0100 (CET)
From: Shop Example Devoluciones <devoluciones@returns.retourly.example>
To: irene.saez@gmail.com
Subject: =?UTF-8?Q?Tu_devoluci=C3=B3n_RTN-BE-2601-004417_ha_sido_registrada?=
Date: Fri, 02 Jan 2026 11:08:41 +0000
Message-ID: <rtn.RTN-BE-2601-004417.created.a1f09c@returns.retourly.example>
Auto-Submitted: auto-generated
X-Mailer: Retourly Notifications/3.11
X-Retourly-Merchant: shop-example-be
X-Retourly-Event: return.created
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="rtly-b7e3c1d0a9f84e2c"

--rtly-b7e3c1d0a9f84e2c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Tu devolución ha sido registrada

Hola, Irene:

Hemos recibido tu solicitud de devolución de un regalo. No necesitas una
cuenta en Shop Example para completarla.

N.º de devolución:  RTN-BE-2601-004417
Ticket regalo:      TR-7738-2210-03
Artículo:           Bufanda de lana merino, gris antracita (1 ud.)
Motivo:             Regalo repetido
Reembolso:          Vale digital de 39,99 EUR a irene.saez@gmail.com

Deposita el paquete con la etiqueta adjunta en cualquier punto ParcelGo
antes del 20/01/2026.

Tu privacidad: la persona que te hizo el regalo no recibe ningún aviso de
esta devolución y el importe no se le reembolsa a ella. Usamos tus datos
personales (nombre, correo, teléfono) solo para gestionar esta devolución
y los eliminamos 60 días después de cerrarla, salvo obligación legal. No te
enviaremos publicidad. Más información en la política de privacidad de Shop
Example y de Retourly (encargado del tratamiento), o escribe a
privacy@shop.example.be.

Este correo se ha enviado automáticamente desde el portal de devoluciones.
No respondas a este mensaje.

--rtly-b7e3c1d0a9f84e2c
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjwvaGVhZD48Ym9keSBzdHlsZT0iZm9u
dC1mYW1pbHk6QXJpYWwsc2Fucy1zZXJpZjtjb2xvcjojMjIyIj4KPGRpdiBzdHlsZT0ibWF4LXdp
ZHRoOjYwMHB4O21hcmdpbjphdXRvIj4KPGltZyBzcmM9Imh0dHBzOi8vcmV0dXJucy5yZXRvdXJs
eS5leGFtcGxlL2JyYW5kL3Nob3AtZXhhbXBsZS9sb2dvLnBuZyIgYWx0PSJTaG9wIEV4YW1wbGUi
IGhlaWdodD0iNDAiPgo8aDIgc3R5bGU9ImNvbG9yOiMwYTVjOGEiPlR1IGRldm9sdWNpw7NuIGhh
IHNpZG8gcmVnaXN0cmFkYTwvaDI+CjxwPkhvbGEsIElyZW5lOjwvcD4KPHA+SGVtb3MgcmVjaWJp
ZG8gdHUgc29saWNpdHVkIGRlIGRldm9sdWNpw7NuIGRlIHVuIDxiPnJlZ2FsbzwvYj4uIE5vIG5l
Y2VzaXRhcyB1bmEgY3VlbnRhIGVuIFNob3AgRXhhbXBsZSBwYXJhIGNvbXBsZXRhcmxhLjwvcD4K
PHRhYmxlIHN0eWxlPSJmb250LXNpemU6MTRweCIgY2VsbHBhZGRpbmc9IjQiPgo8dHI+PHRkPk4u
wrogZGUgZGV2b2x1Y2nDs248L3RkPjx0ZD48Yj5SVE4tQkUtMjYwMS0wMDQ0MTc8L2I+PC90ZD48
L3RyPgo8dHI+PHRkPlRpY2tldCByZWdhbG88L3RkPjx0ZD5UUi03NzM4LTIyMTAtMDM8L3RkPjwv
dHI+Cjx0cj48dGQ+QXJ0w61jdWxvPC90ZD48dGQ+QnVmYW5kYSBkZSBsYW5hIG1lcmlubywgZ3Jp
cyBhbnRyYWNpdGEgKDEgdWQuKTwvdGQ+PC90cj4KPHRyPjx0ZD5Nb3Rpdm88L3RkPjx0ZD5SZWdh
bG8gcmVwZXRpZG88L3RkPjwvdHI+Cjx0cj48dGQ+UmVlbWJvbHNvPC90ZD48dGQ+VmFsZSBkaWdp
dGFsIGRlIDM5LDk5IEVVUiBhIGlyZW5lLnNhZXpAZ21haWwuY29tPC90ZD48L3RyPgo8L3RhYmxl
Pgo8cD5EZXBvc2l0YSBlbCBwYXF1ZXRlIGNvbiBsYSBldGlxdWV0YSBhZGp1bnRhIGVuIGN1YWxx
dWllciBwdW50byBQYXJjZWxHbyBhbnRlcyBkZWwgPGI+MjAvMDEvMjAyNjwvYj4uPC9wPgo8cCBz
dHlsZT0iYmFja2dyb3VuZDojZjFmNWY4O3BhZGRpbmc6MTBweDtmb250LXNpemU6MTNweCI+PGI+
VHUgcHJpdmFjaWRhZDo8L2I+IGxhIHBlcnNvbmEgcXVlIHRlIGhpem8gZWwgcmVnYWxvIDxiPm5v
IHJlY2liZSBuaW5nw7puIGF2aXNvPC9iPiBkZSBlc3RhIGRldm9sdWNpw7NuIHkgZWwgaW1wb3J0
ZSBubyBzZSBsZSByZWVtYm9sc2EgYSBlbGxhLiBVc2Ftb3MgdHVzIGRhdG9zIHBlcnNvbmFsZXMg
KG5vbWJyZSwgY29ycmVvLCB0ZWzDqWZvbm8pIHNvbG8gcGFyYSBnZXN0aW9uYXIgZXN0YSBkZXZv
bHVjacOzbiB5IGxvcyBlbGltaW5hbW9zIDYwIGTDrWFzIGRlc3B1w6lzIGRlIGNlcnJhcmxhLCBz
YWx2byBvYmxpZ2FjacOzbiBsZWdhbC4gTm8gdGUgZW52aWFyZW1vcyBwdWJsaWNpZGFkLiBNw6Fz
IGluZm9ybWFjacOzbiBlbiBsYSBwb2zDrXRpY2EgZGUgcHJpdmFjaWRhZCBkZSBTaG9wIEV4YW1w
bGUgeSBkZSBSZXRvdXJseSAoZW5jYXJnYWRvIGRlbCB0cmF0YW1pZW50byksIG8gZXNjcmliZSBh
IHByaXZhY3lAc2hvcC5leGFtcGxlLmJlLjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMXB4O2Nv
bG9yOiM4ODgiPkVzdGUgY29ycmVvIHNlIGhhIGVudmlhZG8gYXV0b23DoXRpY2FtZW50ZSBkZXNk
ZSBlbCBwb3J0YWwgZGUgZGV2b2x1Y2lvbmVzLiBObyByZXNwb25kYXMgYSBlc3RlIG1lbnNhamUu
PC9wPgo8L2Rpdj48L2JvZHk+PC9odG1sPgo=

--rtly-b7e3c1d0a9f84e2c--
'''),
    ('es', 'qmail-bounce-access-request-secret-santa', 'automated', (),
'''Return-Path: <>
Received: from mail.correo-ibiza.example (mail.correo-ibiza.example [192.0.2.171])
        by mx1.shop.example.be (Postfix) with SMTP id 4dX4kR0vNtz3mHs
        for <privacy@shop.example.be>; Fri, 19 Dec 2025 17:52:30 +0100 (CET)
Received: (qmail 28814 invoked for bounce); 19 Dec 2025 16:52:29 -0000
Date: 19 Dec 2025 16:52:29 -0000
From: MAILER-DAEMON@mail.correo-ibiza.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20251219165229.28814.qmail@mail.correo-ibiza.example>

Hi. This is the qmail-send program at mail.correo-ibiza.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<m.ibanez@correo-ibiza.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28809 invoked from network); 19 Dec 2025 16:52:28 -0000
Received: from mail-yw1-f178.google.example (209.85.128.178)
  by mail.correo-ibiza.example with SMTP; 19 Dec 2025 16:52:28 -0000
From: Shop Example - Protección de Datos <privacy@shop.example.be>
To: m.ibanez@correo-ibiza.example
Subject: =?UTF-8?Q?Su_solicitud_de_acceso_-_Amigo_invisible_(ref._PRIV-2025-1311)?=
Date: Fri, 19 Dec 2025 17:52:21 +0100
Message-ID: <CAF2mQ8pV1r-priv-2025-1311@mail.gmail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Estimada se=C3=B1ora Ib=C3=A1=C3=B1ez:

Hemos recibido su solicitud de acceso a sus datos personales
relacionada con la funci=C3=B3n "Amigo invisible".

Para poder tramitarla necesitamos verificar su identidad. Le rogamos
que responda a este correo desde la direcci=C3=B3n asociada a su
cuenta o que nos indique su n=C3=BAmero de tarjeta de fidelidad.

Plazo de respuesta: un mes a partir de la verificaci=C3=B3n.

Atentamente,
Equipo de Protecci=C3=B3n de Datos
Shop Example NV
'''),
    ('es', 'wishlist-shared-with-you-notification', 'automated', (),
'''Return-Path: <bounce-wl-88120@mail.shop.example.be>
Received: from mta-07.mail.shop.example.be (mta-07.mail.shop.example.be [198.51.100.57])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dT5pW2rKmz6yLd
        for <privacy@shop.example.be>; Mon, 8 Dec 2025 20:14:02 +0100 (CET)
From: Shop Example <listas@mail.shop.example.be>
Reply-To: no-reply@mail.shop.example.be
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Marta_G._ha_compartido_su_lista_de_deseos_contigo_=F0=9F=8E=81?=
Date: Mon, 08 Dec 2025 19:14:00 +0000
Message-ID: <wl-share.88120.1765221240@mail.shop.example.be>
Feedback-ID: wishlist-share:shop-example:txn
List-Unsubscribe: <https://shop.example.be/wl/optout?e=cHJpdmFjeUBzaG9w&l=88120>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Mailer: SE-Notify 2.3
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="se-wl-88120-alt"

--se-wl-88120-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Marta G. ha compartido su lista de deseos contigo

"Reyes 2026" - 9 deseos, de 6 a 80 euros

Mensaje de Marta: "Para que no me regaléis otra vez calcetines ;)"

Ver la lista: https://shop.example.be/es/wl/s/88120-Tq4R

Cuando compres un artículo de la lista, lo marcaremos como "reservado"
para que nadie más lo compre. Marta no sabrá quién se lo ha regalado.

--
Has recibido este correo porque Marta G. ha introducido tu dirección para
compartir su lista de deseos. Solo usamos tu dirección para enviarte este
mensaje: no la guardamos para otros fines ni te enviaremos publicidad.
Si no quieres recibir más listas compartidas de nadie, date de baja aquí:
https://shop.example.be/wl/optout?e=cHJpdmFjeUBzaG9w&l=88120
Protección de datos: privacy@shop.example.be
Shop Example NV - Avenue des Arts 50, 1000 Bruselas

--se-wl-88120-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;color:#222">
<h2>Marta G. ha compartido su lista de deseos contigo</h2>
<p><b>&quot;Reyes 2026&quot;</b> - 9 deseos, de 6 a 80 euros</p>
<p style="font-style:italic">&quot;Para que no me regaléis otra vez calcetines ;)&quot;</p>
<p><a href="https://shop.example.be/es/wl/s/88120-Tq4R" style="background:#1b6e3b;color:#fff;padding:10px 18px;text-decoration:none">Ver la lista</a></p>
<p>Cuando compres un artículo de la lista, lo marcaremos como &quot;reservado&quot; para que nadie más lo compre. Marta no sabrá quién se lo ha regalado.</p>
<hr>
<p style="font-size:11px;color:#777">Has recibido este correo porque Marta G. ha introducido tu dirección para compartir su lista de deseos. Solo usamos tu dirección para enviarte este mensaje: no la guardamos para otros fines ni te enviaremos publicidad. <a href="https://shop.example.be/wl/optout?e=cHJpdmFjeUBzaG9w&amp;l=88120">Darme de baja</a> &middot; Protección de datos: privacy@shop.example.be</p>
</body></html>

--se-wl-88120-alt--
'''),
    ('es', 'person-forwards-wedding-list-notices-meant-for-strangers', 'complaint', ('deletion',),
'''Return-Path: <oscar.villanueva@yahoo.es>
Received: from sonic309-21.consmr.mail.ir2.yahoo.com (sonic309-21.consmr.mail.ir2.yahoo.com [77.238.179.85])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dV3hT8wPfz1nRk
        for <privacy@shop.example.be>; Sun, 14 Dec 2025 12:40:37 +0100 (CET)
Date: Sun, 14 Dec 2025 11:40:31 +0000 (UTC)
From: Oscar Villanueva <oscar.villanueva@yahoo.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1502281937.2219418.1765712431022@mail.yahoo.com>
Subject: =?UTF-8?Q?RV:_=C2=A1Alguien_ha_comprado_un_regalo_de_vuestra_lista_de_boda!?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: WebService/1.1.24866 YMailNorrin

Buenos días:

Os reenvío el último de estos correos. Me llegan desde principios de
noviembre, cada vez que alguien compra algo de la lista de boda de una
pareja a la que no conozco de nada (Nuria y Adrián). Ya van nueve. En cada
uno veo sus nombres, la fecha y el sitio de la boda, quién les regala qué
y el mensaje que les deja.

Llamé a atención al cliente hace tres semanas, me dijeron que lo pasaban
al departamento correspondiente y aquí sigo recibiéndolos. Supongo que
alguno de los dos escribió mal su correo al crear la lista y puso el mío.

Me parece bastante grave que estéis mandando los datos de otras personas
a un desconocido y que nadie lo arregle. Quitad mi dirección de esa lista
y de donde la tengáis guardada, y avisad a la pareja, que bastante tienen
con organizar una boda.

Óscar Villanueva

----- Mensaje reenviado -----
De: Shop Example Listas de Boda <listasdeboda@mail.shop.example.be>
Para: oscar.villanueva@yahoo.es
Enviado: sábado, 13 de diciembre de 2025, 18:22:10 CET
Asunto: ¡Alguien ha comprado un regalo de vuestra lista de boda!

¡Hola, Nuria y Adrián!

Buenas noticias: Tía Encarna y familia han comprado un regalo de vuestra
lista "Nuria & Adrián - 7 de febrero de 2026 - Masía Can Roure".

Regalo: Batería de cocina inox 8 piezas (189,00 EUR)
Mensaje: "¡Que seáis muy felices! Nos vemos en Can Roure. Besos"

Lleváis 14 de 42 regalos (1.926 EUR).

Gestionar la lista: https://shop.example.be/es/boda/NA-2026-0207

Recibís este correo como titulares de la lista. Vuestros datos personales
se tratan conforme al RGPD. Podéis desactivar estos avisos en Mi lista >
Notificaciones.
'''),
    ('it', 'baby-list-platform-partner-store-purchase-notice', 'automated', (),
'''Return-Path: <notifiche@cullaeco.example>
Received: from smtp.cullaeco.example (smtp.cullaeco.example [203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dY9wK3tMrz7pBn
        for <privacy@shop.example.be>; Tue, 23 Dec 2025 18:41:52 +0100 (CET)
From: "Culla & Co. Liste" <notifiche@cullaeco.example>
To: Shop Example Charleroi <privacy@shop.example.be>
Subject: Nuovo regalo dalla lista LN-2025-07342 - da preparare in negozio
Date: Tue, 23 Dec 2025 18:41:50 +0100
Message-ID: <ln07342.acq.20251223184150.5521@cullaeco.example>
Auto-Submitted: auto-generated
X-Mailer: CullaCo Liste Notifier 1.4
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

TGlzdGEgTmFzY2l0YSAtIEN1bGxhICYgQ28uCgpDaWFvIFNob3AgRXhhbXBsZSBDaGFybGVyb2ks
CgpxdWFsY3VubyBoYSBhcHBlbmEgc2NlbHRvIHVuIHJlZ2FsbyBkYSB1bmEgbGlzdGEgbmFzY2l0
YSBkaSBjdWkgaWwgdm9zdHJvCm5lZ296aW8gw6ggcGFydG5lci4KCkxpc3RhOiAgICAgICAgIExp
c3RhIG5hc2NpdGEgZGkgVG9tbWFzbyAoTE4tMjAyNS0wNzM0MikKSW50ZXN0YXRhcmk6ICAgRGF2
aWRlIGUgQ2hpYXJhIE0uClJlZ2FsbzogICAgICAgIFBhc3NlZ2dpbm8gdHJpbyBOdXZvbGEgZ3Jp
Z2lvIHBlcmxhIC0gY29udHJpYnV0byAxMjAsMDAgRVVSCkFjcXVpc3RhdG8gZGE6IFppYSBDYXJs
YSBlIHppbyBCZXBwZQpNZXNzYWdnaW86ICAgICAiQmVudmVudXRvIHBpY2NvbG8gVG9tbWFzbyEg
VW4gYWJicmFjY2lvIGdyYW5kZSBkYSBUb3Jpbm8iCkRhdGE6ICAgICAgICAgIDIzLzEyLzIwMjUg
MTg6NDEKCkNvbnNlZ25hOiBpbCByZWdhbG8gc2Fyw6Agcml0aXJhdG8gZGFnbGkgaW50ZXN0YXRh
cmkgaW4gbmVnb3ppby4KUmljb3JkYXRlIGRpIHByZXBhcmFyZSBsJ2FydGljb2xvIGVudHJvIDUg
Z2lvcm5pIGxhdm9yYXRpdmkuCgotLQpRdWVzdGEgbm90aWZpY2EgYXV0b21hdGljYSDDqCBpbnZp
YXRhIGFpIG5lZ296aSBwYXJ0bmVyIGRpIEN1bGxhICYgQ28uCkkgZGF0aSBwZXJzb25hbGkgZGVn
bGkgaW50ZXN0YXRhcmkgZSBkZWkgZG9uYXRvcmkgc29ubyB0cmF0dGF0aSBhaSBzZW5zaSBkZWwK
UmVnb2xhbWVudG8gKFVFKSAyMDE2LzY3OSAoR0RQUikgZXNjbHVzaXZhbWVudGUgcGVyIGxhIGdl
c3Rpb25lIGRlbGxhIGxpc3RhLgpOb24gaW5vbHRyYXJlIHF1ZXN0YSBlLW1haWwgYSB0ZXJ6aS4g
UGVyIGRpc2F0dGl2YXJlIGxlIG5vdGlmaWNoZSBvIGNoaWVkZXJlCmxhIGNhbmNlbGxhemlvbmUg
ZGVpIGRhdGk6IHBhcnRuZXIucHJpdmFjeUBjdWxsYWVjby5leGFtcGxlCg==
'''),
    ('it', 'sendmail-bounce-reply-christmas-card-widow', 'automated', (),
'''Return-Path: <>
Received: from relay.studio-conti.example (relay.studio-conti.example [192.0.2.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dZ8pB1kQwz4sMt
        for <privacy@shop.example.be>; Tue, 30 Dec 2025 09:57:14 +0100 (CET)
Received: from localhost (localhost)
	by relay.studio-conti.example (8.17.1/8.17.1) id 5BU8vD2x019823;
	Tue, 30 Dec 2025 09:57:13 +0100
Date: Tue, 30 Dec 2025 09:57:13 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.studio-conti.example>
Message-Id: <202512300857.5BU8vD2x019823@relay.studio-conti.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5BU8vD2x019823.1767085033/relay.studio-conti.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--5BU8vD2x019823.1767085033/relay.studio-conti.example

The original message was received at Tue, 30 Dec 2025 09:57:11 +0100
from mail-pj1-f44.google.example [209.85.216.44]

   ----- The following addresses had permanent fatal errors -----
<anna.conti@studio-conti.example>
    (reason: 550 5.1.1 <anna.conti@studio-conti.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailhost.studio-conti.example.:
>>> RCPT To:<anna.conti@studio-conti.example>
<<< 550 5.1.1 <anna.conti@studio-conti.example>... User unknown
550 5.1.1 <anna.conti@studio-conti.example>... User unknown
>>> DATA
<<< 503 5.0.0 Need RCPT (recipient)

--5BU8vD2x019823.1767085033/relay.studio-conti.example
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.studio-conti.example
Received-From-MTA: DNS; mail-pj1-f44.google.example
Arrival-Date: Tue, 30 Dec 2025 09:57:11 +0100

Final-Recipient: RFC822; anna.conti@studio-conti.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailhost.studio-conti.example
Diagnostic-Code: SMTP; 550 5.1.1 <anna.conti@studio-conti.example>... User unknown
Last-Attempt-Date: Tue, 30 Dec 2025 09:57:13 +0100

--5BU8vD2x019823.1767085033/relay.studio-conti.example
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mail-pj1-f44.google.example (mail-pj1-f44.google.example [209.85.216.44])
	by relay.studio-conti.example (8.17.1/8.17.1) with ESMTPS id 5BU8vB2w019820
	for <anna.conti@studio-conti.example>; Tue, 30 Dec 2025 09:57:11 +0100
From: Shop Example - Protezione dei dati <privacy@shop.example.be>
To: anna.conti@studio-conti.example
Subject: Re: Auguri di Natale a mio marito (rif. PRIV-2025-1402)
Date: Tue, 30 Dec 2025 09:57:05 +0100
Message-ID: <CAH7nV3qT0w-priv-2025-1402@mail.gmail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Gentile signora Conti,

ci scusiamo sinceramente per il biglietto di auguri indirizzato a suo
marito. Abbiamo verificato: la sua richiesta di gennaio =C3=A8 stata
registrata solo per la carta fedelt=C3=A0 e non per l'indirizzo postale
usato per gli auguri.

Oggi abbiamo cancellato tutti i dati del signor Paolo Conti dai nostri
sistemi, compresa la lista degli invii postali. Le invieremo una
conferma scritta entro il 9 gennaio.

Cordiali saluti,
Team Protezione dei dati
Shop Example NV

--5BU8vD2x019823.1767085033/relay.studio-conti.example--
'''),
    ('it', 'exchange-out-of-office-until-epiphany', 'automated', (),
'''Return-Path: <marco.bianchi@assicurazioni-delta.example>
Received: from EUR04-VI1-obe.outbound.protection.outlook.example (mail-vi1eur04on2090.outbound.protection.outlook.example [40.107.8.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4db1tH6mRvz2kPq
        for <privacy@shop.example.be>; Wed, 31 Dec 2025 10:12:27 +0100 (CET)
From: "Bianchi, Marco" <marco.bianchi@assicurazioni-delta.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Risposta automatica: Carte regalo aziendali - trattamento dei dati dei beneficiari
Thread-Topic: Carte regalo aziendali - trattamento dei dati dei beneficiari
Thread-Index: AQHbWf3k2Lp0c7R9n0yX1qB5tA8kMw==
Date: Wed, 31 Dec 2025 09:12:24 +0000
Message-ID: <AM6PR10MB3320F1C42B7D9E0A@AM6PR10MB3320.EURPRD10.PROD.OUTLOOK.example>
References: <priv-2025-1418.1767172310@shop.example.be>
In-Reply-To: <priv-2025-1418.1767172310@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: marco.bianchi@assicurazioni-delta.example
Content-Language: it-IT
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Gentile mittente,

sono fuori sede fino a mercoledì 7 gennaio 2026 (compresa l'Epifania) con
accesso limitato alla posta elettronica. I messaggi non verranno
inoltrati.

Per questioni urgenti relative agli ordini aziendali potete contattare
l'ufficio acquisti: acquisti@assicurazioni-delta.example, tel. +32 2 741 22 00.

Buone feste e felice anno nuovo!

Marco Bianchi
Responsabile Acquisti e Welfare aziendale
Delta Assicurazioni - sede di Bruxelles
'''),
    ('it', 'person-pastes-helpdesk-autoack-weeks-ago-no-answer', 'complaint', (),
'''Return-Path: <rosaria.greco@libero.it>
Received: from smtp-31.iol.local (smtp-31.libero.it [213.209.10.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dc5rF9pNkz8qXv
        for <privacy@shop.example.be>; Mon, 5 Jan 2026 09:18:40 +0100 (CET)
Date: Mon, 5 Jan 2026 09:18:36 +0100 (CET)
From: Rosaria Greco <rosaria.greco@libero.it>
To: privacy@shop.example.be
Message-ID: <1180244713.80421.1767601116518@mail1.libero.it>
Subject: I: [Ticket #SE-220917] Abbiamo ricevuto la sua richiesta
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Priority: 3
X-Mailer: Libero Mail

Buongiorno,

vi inoltro qui sotto la risposta automatica che ho ricevuto il 20
novembre. Da allora più niente: nessuna risposta, nessuna conferma, e nel
frattempo mi sono arrivati il catalogo di Natale e tre e-mail con le
offerte per la Befana.

Sono passate sei settimane. Vorrei sapere a che punto è la mia richiesta
e perché nessuno mi ha risposto. Se non ricevo una risposta entro la fine
della settimana mi rivolgerò all'Autorità per la protezione dei dati.

Rosaria Greco
Carta fedeltà 2 4410 0693 1148

----Messaggio originale----
Da: "Shop Example Assistenza" <assistenza@help.shop.example.be>
Data: 20/11/2025 14:02
A: <rosaria.greco@libero.it>
Ogg: [Ticket #SE-220917] Abbiamo ricevuto la sua richiesta

Gentile cliente,

grazie per averci contattato. La sua richiesta è stata registrata con il
numero #SE-220917 e sarà gestita dal reparto competente.

Oggetto: Cancellazione carta fedeltà e dati personali
Categoria: Privacy / Dati personali

Le richieste relative ai dati personali vengono evase entro 30 giorni.
Riceverà una risposta all'indirizzo e-mail da cui ci ha scritto.

Questo è un messaggio generato automaticamente, la preghiamo di non
rispondere.

Shop Example - Servizio Clienti
'''),
    ('pt', 'gift-order-confirmation-merchant-copy-qp', 'automated', (),
'''Return-Path: <bounce-oc-77430615@mail.shop.example.be>
X-Original-To: privacy@shop.example.be
Delivered-To: privacy@shop.example.be
Received: from mta-03.mail.shop.example.be (mta-03.mail.shop.example.be [198.51.100.53])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dX5gN4qWbz9mTp
        for <privacy@shop.example.be>; Fri, 19 Dec 2025 21:47:36 +0100 (CET)
From: Shop Example <encomendas@mail.shop.example.be>
To: Rui Ferreira <rui.ferreira@sapo.pt>
Subject: =?UTF-8?Q?Confirma=C3=A7=C3=A3o_da_encomenda_7743-0615_=E2=80=93_oferta?=
Date: Fri, 19 Dec 2025 20:47:33 +0000
Message-ID: <oc.7743-0615.1766177253@mail.shop.example.be>
Feedback-ID: order-confirmation:shop-example:txn
X-Mailer: SE-Notify 2.3
X-SE-Template: order_confirmation_gift_pt
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Shop Example

Obrigado pela sua encomenda, Rui!

Encomenda n.=C2=BA 7743-0615 - 19/12/2025 21:47

  1 x Conjunto de ch=C3=A1 "Inverno", porcelana, 6 pe=C3=A7as     39,99 EUR
  1 x Embrulho para oferta                                2,50 EUR
  Envio expresso (entrega at=C3=A9 23/12)                       6,95 EUR
  Desconto cart=C3=A3o de cliente                              -4,00 EUR
  ---------------------------------------------------------------
  Total (IVA inclu=C3=ADdo)                                  45,44 EUR

Esta encomenda =C3=A9 uma OFERTA
  Destinat=C3=A1ria:   Fernanda Ferreira
                  Rua Vanderkindere 212, 1180 Uccle
  Mensagem:       "Feliz Natal, m=C3=A3e! Beijinhos do Rui, da In=C3=AAs e =
dos mi=C3=BAdos"
  Pre=C3=A7os:         n=C3=A3o s=C3=A3o mostrados na guia de remessa

Vai receber um SMS e um e-mail quando a encomenda for expedida.

Os seus dados pessoais e os dados da destinat=C3=A1ria s=C3=A3o tratados pe=
la Shop
Example NV para executar esta encomenda, em conformidade com o RGPD. Pode
consultar, corrigir ou apagar os seus dados em A minha conta > Privacidade,
ou contactar privacy@shop.example.be. Para deixar de receber mensagens de
marketing, clique em "Cancelar subscri=C3=A7=C3=A3o" no fundo das nossas ne=
wsletters.

Shop Example NV - Avenue des Arts 50, 1000 Bruxelas - BE 0400.123.456
'''),
    ('pt', 'gmail-dsn-address-not-found-access-reply', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dc8vL2nRpz5wKs
        for <privacy@shop.example.be>; Wed, 7 Jan 2026 15:30:58 +0100 (CET)
Received: by mail-sor-f69.google.com (Google Transport Security);
        Wed, 07 Jan 2026 06:30:57 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <CAD5rW1xP7m-priv-2025-1355@mail.gmail.example>
In-Reply-To: <CAD5rW1xP7m-priv-2025-1355@mail.gmail.example>
X-Failed-Recipients: c.almeida.anderlecht@gmail.com
Message-ID: <695e6f41.050a0220.2b9c3.7d11.GMR@mx.google.com>
Date: Wed, 07 Jan 2026 06:30:57 -0800 (PST)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="00000000000088e3170647cd9a14"; report-type=delivery-status

--00000000000088e3170647cd9a14
Content-Type: multipart/related; boundary="00000000000088f1400647cd9a1c"

--00000000000088f1400647cd9a1c
Content-Type: multipart/alternative; boundary="00000000000088f1410647cd9a1d"

--00000000000088f1410647cd9a1d
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to c.almeida.anderlecht@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser

--00000000000088f1410647cd9a1d
Content-Type: text/html; charset="UTF-8"

<html><head></head><body><table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff"><tbody><tr><td><table cellpadding="0" cellspacing="0"><tbody><tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px"><span style="font-family:Google Sans,Roboto,Helvetica,Arial,sans-serif;font-size:24px;color:#d93025">Address not found</span><p style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;color:#202124">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>c.almeida.anderlecht@gmail.com</b></a> because the address couldn't be found, or is unable to receive mail.</p></td></tr></tbody></table></td></tr></tbody></table></body></html>

--00000000000088f1410647cd9a1d--

--00000000000088f1400647cd9a1c--

--00000000000088e3170647cd9a14
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 07 Jan 2026 06:30:55 -0800 (PST)
X-Original-Message-ID: <CAD5rW1xP7m-priv-2025-1355@mail.gmail.example>

Final-Recipient: rfc822; c.almeida.anderlecht@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
Last-Attempt-Date: Wed, 07 Jan 2026 06:30:57 -0800 (PST)

--00000000000088e3170647cd9a14
Content-Type: message/rfc822

From: =?UTF-8?Q?Shop_Example_-_Prote=C3=A7=C3=A3o_de_Dados?= <privacy@shop.example.be>
Date: Wed, 7 Jan 2026 15:30:49 +0100
Message-ID: <CAD5rW1xP7m-priv-2025-1355@mail.gmail.example>
Subject: =?UTF-8?Q?Re=3A_A_minha_morada_no_livro_de_endere=C3=A7os_de_outra_pe?=
 =?UTF-8?Q?ssoa_=28ref=2E_PRIV-2025-1355=29?=
To: c.almeida.anderlecht@gmail.com
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Cara Sra. Almeida,

Em anexo enviamos a c=C3=B3pia dos dados pessoais que temos sobre si,
incluindo a morada e o n=C3=BAmero de telem=C3=B3vel guardados no livro
de endere=C3=A7os de outra conta de cliente, e a lista das pessoas e
servi=C3=A7os que lhes t=C3=AAm acesso.

Com os melhores cumprimentos,
Equipa de Prote=C3=A7=C3=A3o de Dados
Shop Example NV

--00000000000088e3170647cd9a14--
'''),
    ('pt', 'ecard-service-season-greetings-received', 'automated', (),
'''Return-Path: <bounces-3318-privacy=shop.example.be@send.cardbloom.example>
Received: from send-12.cardbloom.example (send-12.cardbloom.example [203.0.113.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dY3mW8kTsz1vHd
        for <privacy@shop.example.be>; Tue, 23 Dec 2025 09:00:07 +0100 (CET)
From: "Shop Example via CardBloom" <postais@send.cardbloom.example>
Reply-To: no-reply@cardbloom.example
To: privacy@shop.example.be
Subject: =?UTF-8?Q?A_Shop_Example_enviou-lhe_um_postal_de_Boas_Festas_=F0=9F=8E=84?=
Date: Tue, 23 Dec 2025 08:00:04 +0000
Message-ID: <ecard.PT-SE-2025-XMAS.3318.88f1c2@send.cardbloom.example>
Precedence: bulk
List-Unsubscribe: <https://cardbloom.example/optout/3318/c3f1e9>, <mailto:optout@cardbloom.example?subject=3318-c3f1e9>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: PT-SE-2025-XMAS:3318:cardbloom
X-CardBloom-Campaign: PT-SE-2025-XMAS
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="cb-3318-c3f1e9"

--cb-3318-c3f1e9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Olá!

A Shop Example enviou-lhe um postal eletrónico de Boas Festas.

Abrir o postal: https://cardbloom.example/c/PT-SE-2025-XMAS/3318-c3f1e9

O postal fica disponível durante 30 dias.

Também quer enviar postais aos seus amigos e família? Os primeiros três
são grátis em cardbloom.example!

--
Recebe esta mensagem porque a Shop Example indicou o seu endereço de
e-mail para lhe enviar este postal. A CardBloom Ltd trata os seus dados
pessoais (endereço de e-mail, abertura do postal) por conta da Shop
Example, em conformidade com o RGPD. Consulte a nossa política de
privacidade em https://cardbloom.example/privacidade. Para não voltar a
receber postais através da CardBloom, cancele a subscrição aqui:
https://cardbloom.example/optout/3318/c3f1e9
Para apagar os seus dados: privacy@cardbloom.example

--cb-3318-c3f1e9
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="background:#0f3d2e;margin:0;padding:24px;font-family:Georgia,serif">
<div style="max-width:520px;margin:auto;background:#fffaf0;padding:24px;text-align:center">
<img src="https://cdn.cardbloom.example/ecards/pt-se-2025-xmas/preview.jpg" alt="Boas Festas" width="460">
<h2 style="color:#b22222">A Shop Example enviou-lhe um postal de Boas Festas</h2>
<p><a href="https://cardbloom.example/c/PT-SE-2025-XMAS/3318-c3f1e9" style="background:#b22222;color:#fff;padding:10px 20px;text-decoration:none">Abrir o postal</a></p>
<p style="font-size:11px;color:#666">Recebe esta mensagem porque a Shop Example indicou o seu endereço de e-mail para lhe enviar este postal. A CardBloom Ltd trata os seus dados pessoais por conta da Shop Example, em conformidade com o RGPD. <a href="https://cardbloom.example/privacidade">Privacidade</a> &middot; <a href="https://cardbloom.example/optout/3318/c3f1e9">Cancelar subscrição</a></p>
</div>
<img src="https://t.cardbloom.example/open/3318-c3f1e9.gif" width="1" height="1" alt="">
</body></html>

--cb-3318-c3f1e9--
'''),
    ('pt', 'person-replies-occasion-reminder-stop-reminders', 'withdraw_consent', (),
'''Return-Path: <sandra.oliveira@sapo.pt>
Received: from relay4.ptmail.sapo.pt (relay4.ptmail.sapo.pt [212.55.154.24])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dbW9sK5pLz7rNc
        for <privacy@shop.example.be>; Thu, 1 Jan 2026 13:05:21 +0100 (CET)
From: sandra.oliveira@sapo.pt
To: privacy@shop.example.be
Subject: Re: Lembrete: o aniversário da Ana é daqui a 7 dias
Date: Thu, 1 Jan 2026 12:05:17 +0000
Message-ID: <20260101120517.Horde.Qw8nR2xT0kP4vL9mZa1bYc3@webmail.sapo.pt>
In-Reply-To: <rem.occ.550912.20260101@mail.shop.example.be>
User-Agent: Horde Application Framework 5
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed; DelSp=Yes
Content-Transfer-Encoding: 8bit

parem de me mandar estes lembretes por favor. a ana era a minha cunhada,
ja nao faz parte da familia e nao quero receber mais nada disto, nem
lembretes de aniversarios nem de outras datas. desliguem tudo

sandra

Citando Shop Example <lembretes@mail.shop.example.be>:

> O aniversário da Ana é daqui a 7 dias!
>
> No ano passado ofereceu-lhe: Vela perfumada "Figo & Cedro".
> Que tal algo novo? Veja as nossas sugestões para ela:
> https://shop.example.be/pt/ideias/ana-0108
>
> Recebe este lembrete porque ativou os lembretes de datas especiais
> na sua conta. Pode gerir ou desativar os lembretes em A minha conta >
> Lembretes. Os seus dados são tratados de acordo com a nossa política
> de privacidade.
'''),
]

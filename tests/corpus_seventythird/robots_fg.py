"""Seventy-third set: robot mail of the brands and manufacturers whose products the shop sells (product-registration and extended-warranty confirmations, safety recall notices, service-centre repair tickets and status mails, review-syndication reports, smart-appliance app alerts, brand newsletters and cashback portals, bounces and auto-replies of their mails), plus people whose mail looks automatic (en, nl, fr, de, es, it, pt). Written apart from the rules."""

ROBOTS = [
    ('en', 'brand-product-registration-retailer-copy-warranty-rights-footer', 'automated', (),
'''Return-Path: <bounce-7731-registration@mailer.korvell.example>
Received: from mta12.mailer.korvell.example (mta12.mailer.korvell.example [198.51.100.87])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc2Vd8Rn4z6y1Pq
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 11:22:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=korvell.example;
	s=reg2025; t=1776158527; h=from:to:subject:date:message-id:mime-version;
	bh=Lq7Vm2Xn0Kp5Rt8Wb3Yc6Zd1Fe4Gh9Jk2Mn5Pq8Rs1T=;
	b=Hn4Kp9Wm2Qr7Xs0Lt5Vb8Cd3Fg6Jh1Kn4Mp9Qs2Rv7Tw0Xy5Za8Bc3De6Fg1Hj4Kl
From: Korvell Product Registration <register@korvell.example>
To: privacy@shop.example.be
Subject: Retailer copy: product registered - Korvell ProBlend 900 (serial KV9-26-0041187)
Date: Tue, 14 Apr 2026 09:22:07 +0000
Message-ID: <reg.KV9-26-0041187.retailer.1776158527@notify.korvell.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Korvell RegHub 3.2
X-Korvell-Dealer: BE-0099-SHOPEX
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_korvell_reg_41187"

--=_korvell_reg_41187
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

KORVELL - PRODUCT REGISTRATION (RETAILER COPY)

A product sold by your store has been registered with Korvell.

Product:        Korvell ProBlend 900 high-speed blender, graphite
Serial number:  KV9-26-0041187
Sold by:        Shop Example Liege Guillemins (dealer BE-0099-SHOPEX)
Date of sale:   11/04/2026 (as entered by the owner)
Registered on:  14/04/2026 via korvell.example/register
Owner:          M. R*** D*******, 4020 Liege
Warranty:       2 years legal + 3 years Korvell Extended Care (registered)

The extended warranty is valid once the proof of purchase has been checked.
If the owner uploaded no receipt, we may ask the dealer to confirm the sale.

Your copy shows no contact details of the owner. Korvell processes the
owner's data as controller to manage the warranty and, if the owner chose
so, for product news. The owner can ask for access, rectification or
erasure of the registration, object to marketing or withdraw consent at any
time at privacy@korvell.example, and has the right to lodge a complaint with
a supervisory authority.

This retailer copy is sent automatically to the notification address your
store gave in the Korvell Dealer Portal. Do not reply to this message.
To change the notification address: dealers.korvell.example > Settings.

Korvell Europe B.V. - Hoofdweg 212, 2132 Hoofddorp, NL
--=_korvell_reg_41187
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#222">
<p style="font-size:18px;color:#b3261e"><b>KORVELL</b> &middot; product registration</p>
<p>A product sold by your store has been registered.</p>
<table cellpadding="3" style="border-collapse:collapse">
<tr><td>Product</td><td>Korvell ProBlend 900, graphite</td></tr>
<tr><td>Serial</td><td>KV9-26-0041187</td></tr>
<tr><td>Sold by</td><td>Shop Example Liege Guillemins</td></tr>
<tr><td>Warranty</td><td>2 y legal + 3 y Extended Care</td></tr>
</table>
<p style="font-size:11px;color:#777">The owner can ask for access, rectification or erasure, object to marketing or withdraw consent at privacy@korvell.example. Automatic message &ndash; do not reply.</p>
</body></html>
--=_korvell_reg_41187--
'''),
    ('en', 'brand-safety-recall-dealer-notice-asks-buyer-contact-list', 'automated', (),
'''Return-Path: <recall-noreply@heliox-appliances.example>
Received: from out-3.smtp.heliox-appliances.example (out-3.smtp.heliox-appliances.example [203.0.113.141])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd0Fb2Lw7z6y3Rt
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 07:45:31 +0200 (CEST)
From: "Heliox Product Safety" <recall-noreply@heliox-appliances.example>
To: privacy@shop.example.be
Cc: dealers-benelux@heliox-appliances.example
Subject: URGENT SAFETY RECALL HX-R-2026-03 - Heliox AquaBoil 1.7L kettle - dealer action required
Date: Mon, 20 Apr 2026 05:45:29 +0000
Message-ID: <HX-R-2026-03.dealer.BE-4471.20260420054529@recall.heliox-appliances.example>
Importance: high
X-Priority: 1
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

HELIOX APPLIANCES - PRODUCT SAFETY RECALL HX-R-2026-03
Dealer notification - Benelux

Product:       Heliox AquaBoil 1.7L cordless kettle, models HX-K170 and HX-K170W
Batch codes:   2541 to 2607 (printed under the base)
Hazard:        the lid hinge can crack; hot water may spill during pouring
Remedy:        free replacement lid kit (part HX-K170-LK2) or full refund

DEALER ACTIONS (within 10 working days)
1. Remove all affected units from sale and quarantine stock.
2. Display the recall poster (attached to the portal) at the till.
3. Inform buyers you can identify. Where you hold buyers' contact details
   (loyalty scheme, web shop, delivery address) you may EITHER send them the
   recall letter yourself OR upload a list (name, postal address, e-mail) to
   the secure recall portal so that Heliox can contact them directly.
   Heliox will use uploaded data only for this recall and delete them within
   90 days after the recall closes. Check with your data protection officer
   which option fits your privacy notice.
4. Confirm completion in the portal: https://recall.heliox-appliances.example/dealer

Your dealer number: BE-4471 (Shop Example)
Units delivered to you in the affected batches: 1,284

Consumers can call the free recall line 0800 71 204 (BE) or visit
heliox-appliances.example/recall. Questions about the data of consumers
contacted by Heliox: dataprotection@heliox-appliances.example.

This notice is sent by the Heliox recall system to every registered dealer
contact. Replies to this address are not read.
'''),
    ('en', 'review-syndication-monthly-report-removed-on-author-request', 'automated', (),
'''Return-Path: <reports@reviewloop.example>
Received: from mail-out.reviewloop.example (mail-out.reviewloop.example [192.0.2.200])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf3Hx0Pc2z6y8Wn
        for <privacy@shop.example.be>; Fri, 01 May 2026 06:00:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=reviewloop.example;
	s=rl1; t=1777608012; h=from:to:subject:date:message-id:list-unsubscribe;
	bh=Wn5Kp2Xr8Lt1Vb4Cd7Fg0Hj3Km6Np9Qs2Rt5Uv8Wx1Y=;
	b=Bc9Df2Gh5Jk8Lm1Np4Qr7St0Uv3Wx6Yz9Ab2Cd5Ef8Gh1Jk4Lm7Np0Qr3St6Uv9Wx2
From: ReviewLoop Reports <reports@reviewloop.example>
To: privacy@shop.example.be
Subject: Your syndication report - April 2026 - Shop Example (BE)
Date: Fri, 01 May 2026 04:00:12 +0000
Message-ID: <report.monthly.se-be.202604.77120@reports.reviewloop.example>
List-Unsubscribe: <https://app.reviewloop.example/u/report/se-be-77120>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: monthly-report:77120:reviewloop
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Syndication report</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;padding:24px">
<tr><td><h1 style="font-size:20px;color:#3a2ea8">ReviewLoop &ndash; April 2026</h1>
<p>Hi Shop Example team, here is how the reviews collected on shop.example.be travelled to your brands' sites last month.</p>
<table cellpadding="4" style="font-size:13px;border:1px solid #ddd">
<tr style="background:#eee"><th align="left">Brand</th><th>Received</th><th>Published</th><th>Rejected</th></tr>
<tr><td>Korvell</td><td align="center">412</td><td align="center">398</td><td align="center">14</td></tr>
<tr><td>Heliox</td><td align="center">287</td><td align="center">281</td><td align="center">6</td></tr>
<tr><td>Lumetra</td><td align="center">133</td><td align="center">127</td><td align="center">6</td></tr>
<tr><td>Velomar</td><td align="center">58</td><td align="center">58</td><td align="center">0</td></tr>
</table>
<h2 style="font-size:15px">Removed after publication</h2>
<p style="font-size:13px">9 reviews were removed from brand sites at the request of their authors (right to erasure) and 2 after a moderation complaint. Removals are passed to every brand site within 72 hours. Reviewer names are shown as first name + initial; e-mail addresses are never syndicated.</p>
<p style="font-size:13px">Average rating syndicated: <b>4.3 / 5</b> &middot; Top product: Korvell ProBlend 900 (96 reviews)</p>
<p style="font-size:11px;color:#888">You receive this report because privacy@shop.example.be is listed as a report recipient for account SE-BE-77120. <a href="https://app.reviewloop.example/u/report/se-be-77120">Stop these reports</a> &middot; ReviewLoop Ltd, 4 Canal Walk, Dublin 2 &middot; This is an automated e-mail.</p>
</td></tr></table></td></tr></table>
</body></html>
'''),
    ('en', 'postfix-bounce-reply-about-warranty-registration-data', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
	id 4Kg1Tn5Zb9z6y0Mc; Thu, 07 May 2026 14:18:44 +0200 (CEST)
Date: Thu, 07 May 2026 14:18:44 +0200 (CEST)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Kg1Tn5Zb9z6y0Mc.1778156324/mx1.shop.example.be"
Message-Id: <20260507121844.4Kg1Tn5Zb9z6y0Mc@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4Kg1Tn5Zb9z6y0Mc.1778156324/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<p.hargreaves@talktalk.example>: host mx.talktalk.example[203.0.113.77]
    said: 550 5.1.1 <p.hargreaves@talktalk.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--4Kg1Tn5Zb9z6y0Mc.1778156324/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4Kg1Tn5Zb9z6y0Mc
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 07 May 2026 14:18:41 +0200 (CEST)

Final-Recipient: rfc822; p.hargreaves@talktalk.example
Original-Recipient: rfc822;p.hargreaves@talktalk.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.talktalk.example
Diagnostic-Code: smtp; 550 5.1.1 <p.hargreaves@talktalk.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--4Kg1Tn5Zb9z6y0Mc.1778156324/mx1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Date: Thu, 07 May 2026 14:18:39 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Philip Hargreaves <p.hargreaves@talktalk.example>
Subject: Re: Who did you give my details to? (Korvell warranty registration)
Message-ID: <pt-20260507-0047719@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Mr Hargreaves,

Thank you for your message. We have checked our records: Shop Example did
not register your Korvell blender with the brand. The registration was made
on korvell.example with your e-mail address; Korvell only sends us a copy
without contact details. You can ask Korvell to erase the registration at
privacy@korvell.example.

Kind regards,
Privacy Team - Shop Example

--4Kg1Tn5Zb9z6y0Mc.1778156324/mx1.shop.example.be--
'''),
    ('en', 'person-objects-to-brand-marketing-above-forwarded-thank-you-mail', 'objection', (),
'''Return-Path: <gareth.lloyd.bxl@outlook.example>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2104.outbound.protection.outlook.com [40.107.247.104])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh2Rw9Nd3z6y5Lb
        for <privacy@shop.example.be>; Sat, 16 May 2026 22:41:03 +0200 (CEST)
From: Gareth Lloyd <gareth.lloyd.bxl@outlook.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: FW: Thanks for choosing Lumetra, Gareth!
Thread-Topic: Thanks for choosing Lumetra, Gareth!
Date: Sat, 16 May 2026 20:41:00 +0000
Message-ID: <AM9PR02MB71124F0A3C6E1B8D2F97C4E5B8A21@AM9PR02MB7112.eurprd02.prod.outlook.com>
Accept-Language: en-GB, nl-BE
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

see below. I bought two Lumetra bulbs in your Etterbeek shop last week and
paid with my loyalty card. I never gave Lumetra my email and I never
installed their app, so it can only have come from you.

I'm fine with you sending me the Shop Example folder, but I do NOT want you
passing my name or email to the brands whose stuff you sell so they can
market to me. Please stop that for my card (2930 0417 8826) from now on.

Gareth

________________________________
From: Lumetra Home <hello@news.lumetra.example>
Sent: Friday, May 15, 2026 18:02
To: gareth.lloyd.bxl@outlook.example
Subject: Thanks for choosing Lumetra, Gareth!

Hi Gareth,

Thanks for choosing Lumetra! Your new Lumetra Glow E27 bulbs are ready to
light up your home.

  -> Download the Lumetra Home app and pair your bulbs in 30 seconds
  -> Get 15% off your next Lumetra purchase with code GLOW15
  -> Join the Lumetra Insiders panel and test new products first

You are receiving this e-mail because you bought a Lumetra product at one
of our retail partners. Unsubscribe | Privacy policy | Lumetra B.V.,
Eindhoven
'''),
    ('nl', 'service-centre-repair-status-device-wiped-no-auto-headers', 'automated', (),
'''Return-Path: <service@reparatie.velomar.example>
Received: from smtp.reparatie.velomar.example (smtp.reparatie.velomar.example [198.51.100.23])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kc8Qp1Ym6z6y2Dh
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 16:03:27 +0200 (CEST)
From: Velomar Servicecentrum <service@reparatie.velomar.example>
To: privacy@shop.example.be
Subject: Reparatie RMA-55710 - status: in behandeling
Date: Wed, 15 Apr 2026 16:03:25 +0200
Message-ID: <rma55710.status2.20260415140325@reparatie.velomar.example>
X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Beste partner,

De status van onderstaande reparatie is gewijzigd.

RMA-nummer:      RMA-55710
Ingezonden door: Shop Example Mechelen (klant-nr. P-1182)
Toestel:         Velomar City E7 - display/boordcomputer VC-D3
Serienummer:     VMC7-2411-08842
Klacht:          display start niet op, foutcode E-21
Status:          IN BEHANDELING (diagnose gestart 15/04/2026)
Verwachte duur:  5 tot 8 werkdagen

Belangrijk: bij vervanging van de boordcomputer worden de gegevens op het
toestel (ritten, gekoppelde smartphone, gebruikersprofiel) gewist. Wij
maken daarvan geen kopie. De eindgebruiker kan na de reparatie de fiets
opnieuw koppelen in de Velomar Ride app.

U ontvangt een nieuw bericht zodra de reparatie klaar is of wanneer wij een
offerte nodig hebben (buiten garantie).

Met vriendelijke groeten,
Velomar Servicecentrum Benelux
Industrieweg 14, 3600 Genk

--
Dit bericht werd automatisch verstuurd door ons reparatiesysteem.
Antwoorden op dit adres worden niet gelezen. Vragen? Bel 089 36 42 10.
'''),
    ('nl', 'exchange-ooo-brand-account-manager-cashback-question', 'automated', (),
'''Return-Path: <els.verbiest@frostline.example>
Received: from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2071.outbound.protection.outlook.com [40.107.8.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd6Gm3Vr8z6y4Nw
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 10:12:55 +0200 (CEST)
From: Els Verbiest <els.verbiest@frostline.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatisch antwoord: Cashbackactie Frostline - doorgeven van
 IBAN en aankoopbewijzen van onze klanten
Thread-Topic: Cashbackactie Frostline - doorgeven van IBAN en aankoopbewijzen
 van onze klanten
Thread-Index: AQHd1Gm3Vr8x6y4NwKp0Lq2Xs9Tb5A==
Date: Thu, 23 Apr 2026 08:12:53 +0000
Message-ID: <PA4PR07MB88015C1D9E3A7F6B20D4E8C1A5F33@PA4PR07MB8801.eurprd07.prod.outlook.com>
In-Reply-To: <pt-20260423-0045102@helpdesk.shop.example.be>
References: <pt-20260423-0045102@helpdesk.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: els.verbiest@frostline.example
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Goeiedag,

Bedankt voor uw bericht. Ik ben afwezig tot en met maandag 4 mei en heb
beperkt toegang tot mijn mails.

Voor vragen over de lopende cashbackacties (Frostline Cool Cashback
voorjaar 2026) kan u terecht bij cashback@frostline.example. Voor vragen
over persoonsgegevens van deelnemers: privacy@frostline.example.

Dringende zaken voor key accounts: Wim Claes, +32 3 740 18 92.

Met vriendelijke groet,
Els Verbiest
Key Account Manager Retail Belux - Frostline Benelux NV
'''),
    ('nl', 'cashback-portal-claim-approved-iban-masked-mailjet', 'automated', (),
'''Return-Path: <bnc-3c1a7f.0042@bnc3.mailjet.example>
Received: from o188.p8.mailjet.example (o188.p8.mailjet.example [198.51.100.188])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf0Lc7Tq2z6y6Vr
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 13:30:48 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=frostline-cashback.example;
	s=mailjet; t=1777375846; h=from:to:subject:date:message-id:list-unsubscribe;
	bh=Pq4Rs7Tu0Vw3Xy6Za9Bc2De5Fg8Hi1Jk4Lm7No0Pq3R=;
	b=Xk2Lm5Np8Qr1St4Uv7Wx0Yz3Ab6Cd9Ef2Gh5Ij8Kl1Mn4Op7Qr0St3Uv6Wx9Yz2Ab5
From: Frostline Cool Cashback <noreply@frostline-cashback.example>
To: privacy@shop.example.be
Subject: Uw cashbackaanvraag FCB-26-118204 is goedgekeurd
Date: Tue, 28 Apr 2026 11:30:46 +0000
Message-ID: <0100018f2a7c.FCB-26-118204@frostline-cashback.example>
List-Unsubscribe: <mailto:unsub-3c1a7f@bnc3.mailjet.example>
X-Mailjet-Campaign: cashback-status
X-MJ-Mid: AAAAAG0Aeq4AAAAAAAAAAHx1vE8AAYCsVz4AAAAAAAjR2wBmLRm2
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_mj_118204"

--b1_mj_118204
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Frostline Cool Cashback - voorjaar 2026

Goed nieuws! Uw cashbackaanvraag werd goedgekeurd.

Dossiernummer:   FCB-26-118204
Product:         Frostline FK-340 NoFrost koelkast
Aangekocht bij:  Shop Example Hasselt
Bedrag:          EUR 75,00
Rekening:        BE** **** **** 4417
Uitbetaling:     binnen 30 dagen

Uw gegevens (naam, adres, IBAN, kassaticket) worden enkel gebruikt voor
deze actie en 12 maanden na afloop van de actie gewist. U hebt recht op
inzage, verbetering en verwijdering via privacy@frostline.example.

Dit is een automatisch bericht; antwoorden worden niet gelezen.
Uitschrijven voor statusberichten van deze actie: klik op de link in de
voettekst.
--b1_mj_118204
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<div style="background:#0a6fb4;color:#fff;padding:12px"><b>Frostline Cool Cashback</b></div>
<p>Goed nieuws! Uw cashbackaanvraag <b>FCB-26-118204</b> werd goedgekeurd.</p>
<p>Bedrag: <b>EUR 75,00</b> &ndash; rekening BE** **** **** 4417 &ndash; uitbetaling binnen 30 dagen.</p>
<p style="font-size:11px;color:#666">Uw gegevens worden 12 maanden na afloop gewist. Inzage, verbetering, verwijdering: privacy@frostline.example. <a href="https://frostline-cashback.example/unsub?c=3c1a7f">Uitschrijven</a></p>
</body></html>
--b1_mj_118204--
'''),
    ('nl', 'brand-newsletter-spring-offers-consent-footer-sfmc', 'automated', (),
'''Return-Path: <bounce-125_HTML-88102734-551203-7300112-4417@bounce.news.zentauri.example>
Received: from mta7.news.zentauri.example (mta7.news.zentauri.example [192.0.2.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kg4Bn1Wx5z6y7Qp
        for <privacy@shop.example.be>; Sun, 10 May 2026 08:15:02 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=news.zentauri.example;
	s=200608; t=1778393700; h=from:to:subject:date:list-unsubscribe;
	bh=Ab3Cd6Ef9Gh2Ij5Kl8Mn1Op4Qr7St0Uv3Wx6Yz9Ab2C=;
	b=Rt7Yu0Io3Pa6Sd9Fg2Hj5Kl8Zx1Cv4Bn7Mq0We3Rt6Yu9Io2Pa5Sd8Fg1Hj4Kl7Zx0
From: Zentauri Koffie <nieuws@news.zentauri.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Moederdag_=E2=98=95_tot_40=25_op_onze_volautomaten?=
Date: Sun, 10 May 2026 06:15:00 -0000
Message-ID: <a1f9c2e4-55b0-4d13-9e27-7f08c3d1e6b4@ind1s06mta1417.xt.local>
List-Unsubscribe: <https://cl.news.zentauri.example/unsub_center.aspx?qs=9e27f08c3d>, <mailto:leave-fd8a1c7e@leave.news.zentauri.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
x-job: 7300112_551203
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_551203_88102734.1778393700"

------=_Part_551203_88102734.1778393700
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Zentauri - koffie zoals in Italie

Moederdag komt eraan! Verwen haar met een Zentauri Barista One:
tot 40% korting bij deelnemende verkooppunten, van 10 tot 17 mei.

Barista One S      van EUR 649 voor EUR 389
Barista One Milk   van EUR 799 voor EUR 529
Gratis: 1 kg Zentauri Crema bonen bij registratie van uw toestel

Registreer uw machine op zentauri.example/registreren en krijg 2 jaar extra
garantie.

U ontvangt deze e-mail omdat u toestemming gaf om nieuws en aanbiedingen
van Zentauri te ontvangen. U kunt uw toestemming op elk moment intrekken
via de uitschrijflink. Lees in onze privacyverklaring hoe wij uw gegevens
gebruiken en welke rechten u hebt (inzage, verbetering, verwijdering,
bezwaar): zentauri.example/privacy

Uitschrijven: https://cl.news.zentauri.example/unsub_center.aspx?qs=9e27f08c3d
Zentauri Benelux BV, Kortrijksesteenweg 1090, 9051 Gent
------=_Part_551203_88102734.1778393700
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="margin:0;font-family:Georgia,serif">
<table width="600" align="center"><tr><td style="background:#3b2416;color:#f3e6d0;padding:20px;font-size:22px">Zentauri &ndash; Moederdag</td></tr>
<tr><td style="padding:20px">Tot <b>40% korting</b> op de Barista One, van 10 tot 17 mei bij deelnemende verkooppunten.<br><br>
<a href="https://cl.news.zentauri.example/?qs=barista" style="background:#c8862a;color:#fff;padding:10px 18px;text-decoration:none">Ontdek de actie</a></td></tr>
<tr><td style="font-size:10px;color:#888;padding:20px">U ontvangt deze e-mail omdat u toestemming gaf. <a href="https://cl.news.zentauri.example/unsub_center.aspx?qs=9e27f08c3d">Uitschrijven</a> &middot; <a href="https://zentauri.example/privacy">Privacy</a></td></tr></table>
<img src="https://cl.news.zentauri.example/open.aspx?ffcb10-fe8a1c7e" width="1" height="1" alt="">
</body></html>
------=_Part_551203_88102734.1778393700--
'''),
    ('nl', 'person-correction-above-quoted-repair-pickup-notice-wrong-address', 'correction', (),
'''Return-Path: <an.wouters72@telenet.example>
Received: from mailsec.telenet-ops.example (mailsec.telenet-ops.example [195.130.132.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh6Jz4Sn1z6y9Gc
        for <privacy@shop.example.be>; Tue, 19 May 2026 19:55:12 +0200 (CEST)
From: An Wouters <an.wouters72@telenet.example>
To: privacy@shop.example.be
Subject: Re: Reparatie RMA-57822 - klaar voor ophaling
Date: Tue, 19 May 2026 19:55:08 +0200
Message-ID: <6a1d3e9b-2f07-4c8a-b1e5-9d7c0f4a2e31@telenet.example>
In-Reply-To: <rma57822.ready.20260518091144@reparatie.velomar.example>
User-Agent: Mozilla Thunderbird
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Goeiemiddag,

Ik krijg onderstaand bericht via jullie winkel in Mechelen, maar het
adres dat erin staat is nog mijn oud adres (Bruul 48). Ik woon al sinds
januari in de Battelsesteenweg 212, 2800 Mechelen. De mensen aan de kassa
zeiden dat het adres uit mijn klantenkaart komt. Kunnen jullie dat
aanpassen in jullie systeem, en ook mijn gsm-nummer: dat is nu
0486 21 73 50 (het oude 0475... bestaat niet meer).

De fiets haal ik gewoon af in de winkel, daar is geen probleem mee.

Groetjes,
An Wouters
klantenkaart 2930 0233 5107

Op 18/05/2026 om 11:11 schreef Velomar Servicecentrum:
> Beste klant,
>
> Uw reparatie RMA-57822 (Velomar Trekking T5, display VC-D3) is klaar.
> De fiets wordt teruggestuurd naar het verkooppunt:
>   Shop Example Mechelen
> Contactgegevens klant volgens verkooppunt:
>   A. Wouters, Bruul 48, 2800 Mechelen, 0475 ** ** 18
>
> Na vervanging van de boordcomputer werden de ritgegevens gewist. Koppel
> uw smartphone opnieuw via de Velomar Ride app.
>
> Dit bericht werd automatisch verstuurd. Antwoorden worden niet gelezen.
'''),
    ('fr', 'smart-fridge-app-door-alert-demo-account-store', 'automated', (),
'''Return-Path: <alerts@cloud.frostline.example>
Received: from notify-eu1.cloud.frostline.example (notify-eu1.cloud.frostline.example [203.0.113.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd2Wq6Ht0z6y1Jx
        for <privacy@shop.example.be>; Sat, 18 Apr 2026 03:12:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=cloud.frostline.example;
	s=alerts; t=1776474758; h=from:to:subject:date:message-id;
	bh=Fg5Hj8Kl1Zx4Cv7Bn0Mq3We6Rt9Yu2Io5Pa8Sd1Fg4H=;
	b=Mn3Bv6Cx9Za2Sd5Fg8Hj1Kl4Qw7Er0Ty3Ui6Op9As2Df5Gh8Jk1Lz4Xc7Vb0Nm3Qw6
From: Frostline SmartHome <alerts@cloud.frostline.example>
To: privacy@shop.example.be
Subject: Alerte : porte du congelateur ouverte depuis 30 minutes - "Demo Namur rayon froid"
Date: Sat, 18 Apr 2026 01:12:38 +0000
Message-ID: <alert.door.FK540-DEMO-NAM.1776474758@cloud.frostline.example>
Auto-Submitted: auto-generated
X-Frostline-Device: FK540-0B7C2E19
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Frostline SmartHome

Alerte sur votre appareil "Demo Namur rayon froid"

Appareil :     Frostline FK-540 Combi NoFrost Connect
Evenement :    porte du congelateur ouverte depuis 30 minutes
Heure :        18/04/2026 03:12
Temperature :  congelateur -9 C (consigne -18 C)

Fermez la porte et verifiez que le joint n'est pas bloque. Si la
temperature ne redescend pas sous -15 C dans les 2 heures, nous vous
enverrons une nouvelle alerte.

Vous recevez cet e-mail parce que les alertes par e-mail sont activees
pour le compte Frostline SmartHome auquel cet appareil est associe
(privacy@shop.example.be). Gerer les notifications : application
Frostline SmartHome > Profil > Notifications.

Vos donnees d'utilisation de l'appareil sont traitees conformement a notre
politique de confidentialite. Vous pouvez a tout moment telecharger vos
donnees, supprimer votre compte ou retirer votre consentement aux
statistiques d'usage dans l'application.

Ceci est un message automatique, merci de ne pas y repondre.
Frostline Benelux SA - Avenue Louise 326, 1050 Bruxelles
'''),
    ('fr', 'brevo-consumer-recall-letter-kettle-replacement-lid', 'automated', (),
'''Return-Path: <bounces-18822-77@sib.heliox-appliances.example>
Received: from s3.sender-sib.example (s3.sender-sib.example [185.41.28.3])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ke0Hc8Lp5z6y3Bq
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 10:01:17 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=heliox-appliances.example;
	s=mail; t=1776153675; h=from:to:subject:date:message-id;
	bh=Zx2Cv5Bn8Mq1We4Rt7Yu0Io3Pa6Sd9Fg2Hj5Kl8Zx1C=;
	b=Qa9Ws2Ed5Rf8Tg1Yh4Uj7Ik0Ol3Pz6Xc9Vb2Nm5Qa8Ws1Ed4Rf7Tg0Yh3Uj6Ik9Ol2
From: Heliox - Securite produits <rappel@heliox-appliances.example>
To: privacy@shop.example.be
Subject: Rappel de securite : bouilloire Heliox AquaBoil 1.7L - votre couvercle de remplacement gratuit
Date: Mon, 27 Apr 2026 08:01:15 +0000
Message-ID: <202604270801.18822077@smtp-relay.sendinblue.example>
X-Mailer: Sendinblue
X-sib-id: 7QwL2f9Xk1Rz8Vb4Ct0Nm6Yp3Jd5Hs
Feedback-ID: 18822:77:transactional:sendinblue
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="===============4471188220=="

--===============4471188220==
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Madame, Monsieur,

Vous avez achete une bouilloire Heliox AquaBoil 1.7L (modele HX-K170 ou
HX-K170W). Par mesure de precaution, nous rappelons les appareils des lots
2541 a 2607 : la charniere du couvercle peut se fissurer et de l'eau chaude
peut s'ecouler en versant.

Cessez d'utiliser la bouilloire et commandez gratuitement un couvercle de
remplacement (kit HX-K170-LK2) sur heliox-appliances.example/rappel, ou
rapportez l'appareil au point de vente pour un remboursement complet.

Votre adresse nous a ete communiquee par votre revendeur ou lors de
l'enregistrement de votre produit, uniquement pour ce rappel. Elle ne sera
pas utilisee a des fins commerciales et sera supprimee 90 jours apres la
cloture du rappel. Pour exercer vos droits (acces, rectification,
effacement, opposition) : dataprotection@heliox-appliances.example. Vous
pouvez introduire une reclamation aupres de l'Autorite de protection des
donnees.

Numero gratuit : 0800 71 204 - du lundi au vendredi, 9 h - 18 h.

Heliox Appliances Europe
Message de service envoye automatiquement - ne pas repondre.
--===============4471188220==
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial;font-size:14px">
<div style="border:3px solid #d0021b;padding:14px"><b style="color:#d0021b">RAPPEL DE SECURITE</b> &ndash; Heliox AquaBoil 1.7L (HX-K170 / HX-K170W), lots 2541 &agrave; 2607</div>
<p>Cessez d'utiliser la bouilloire et commandez gratuitement un couvercle de remplacement sur <a href="https://heliox-appliances.example/rappel">heliox-appliances.example/rappel</a>.</p>
<p style="font-size:11px;color:#666">Votre adresse est utilis&eacute;e uniquement pour ce rappel et supprim&eacute;e 90 jours apr&egrave;s sa cl&ocirc;ture. Droits : dataprotection@heliox-appliances.example.</p>
</body></html>
--===============4471188220==--
'''),
    ('fr', 'sendmail-bounce-french-host-cashback-access-reply', 'automated', (),
'''Return-Path: <>
Received: from mx2.shop.example.be (mx2.shop.example.be [192.0.2.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf8Zn2Cd4z6y5Xw
        for <privacy@shop.example.be>; Mon, 04 May 2026 17:26:58 +0200 (CEST)
Received: from localhost (localhost)
	by relay.hebergmail.example (8.17.1/8.17.1) id 644FQt3k019882;
	Mon, 4 May 2026 17:26:55 +0200
Date: Mon, 4 May 2026 17:26:55 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.hebergmail.example>
Message-Id: <202605041526.644FQt3k019882@relay.hebergmail.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="644FQt3k019882.1777908415/relay.hebergmail.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--644FQt3k019882.1777908415/relay.hebergmail.example

The original message was received at Mon, 4 May 2026 17:26:51 +0200
from mx1.shop.example.be [192.0.2.11]

   ----- The following addresses had permanent fatal errors -----
<sylvie.marchal@hebergmail.example>
    (reason: 550 5.2.1 Mailbox disabled for this recipient)

   ----- Transcript of session follows -----
... while talking to mbox3.hebergmail.example.:
>>> DATA
<<< 550 5.2.1 Mailbox disabled for this recipient
550 5.1.1 <sylvie.marchal@hebergmail.example>... User unknown
<<< 503 5.5.1 No recipients

--644FQt3k019882.1777908415/relay.hebergmail.example
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.hebergmail.example
Received-From-MTA: DNS; mx1.shop.example.be
Arrival-Date: Mon, 4 May 2026 17:26:51 +0200

Final-Recipient: RFC822; sylvie.marchal@hebergmail.example
Action: failed
Status: 5.2.1
Remote-MTA: DNS; mbox3.hebergmail.example
Diagnostic-Code: SMTP; 550 5.2.1 Mailbox disabled for this recipient
Last-Attempt-Date: Mon, 4 May 2026 17:26:55 +0200

--644FQt3k019882.1777908415/relay.hebergmail.example
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Date: Mon, 4 May 2026 17:26:49 +0200
From: Equipe Vie privee Shop Example <privacy@shop.example.be>
To: Sylvie Marchal <sylvie.marchal@hebergmail.example>
Subject: Re: Mon ticket de caisse envoye a Frostline pour le cashback
Message-ID: <pt-20260504-0046631@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Madame Marchal,

Nous avons bien reçu votre demande d'accès. Shop Example n'a transmis
aucune donnée à Frostline pour l'action cashback : c'est vous qui avez
chargé votre ticket de caisse sur le site de l'action. Vous trouverez en
annexe la copie des données liées à votre carte de fidélité.

Cordialement,
L'equipe Vie privee - Shop Example

--644FQt3k019882.1777908415/relay.hebergmail.example--
'''),
    ('fr', 'person-withdraws-partner-brand-consent-iphone-long-signature', 'withdraw_consent', (),
'''Return-Path: <c.dumont@notaire-dumont-lemaire.example>
Received: from smtp.notaire-dumont-lemaire.example (smtp.notaire-dumont-lemaire.example [198.51.100.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kg9Mt0Rb7z6y8Hk
        for <privacy@shop.example.be>; Wed, 13 May 2026 12:47:21 +0200 (CEST)
From: Catherine Dumont <c.dumont@notaire-dumont-lemaire.example>
To: privacy@shop.example.be
Subject: offres marques
Date: Wed, 13 May 2026 12:47:18 +0200
Message-Id: <8E2A41C7-3F9D-4B60-A1E8-52D7C03B9F14@notaire-dumont-lemaire.example>
X-Mailer: iPhone Mail (21F90)
Mime-Version: 1.0 (1.0)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour, lors de l'achat de mon aspirateur à Wavre j'ai coché la case
"recevoir les offres des marques partenaires". Je ne le souhaite plus, je
retire cet accord. Les mails de Shop Example eux-mêmes peuvent continuer.
Merci. C. Dumont (carte 2930 0561 2248)

Envoyé de mon iPhone

Me Catherine Dumont
Notaire associée
Étude Dumont & Lemaire, Notaires associés SRL
Chaussée de Bruxelles 87, 1300 Wavre
T +32 10 22 48 10 - BCE 0712.448.903

Le présent courriel et ses annexes sont confidentiels et peuvent être
couverts par le secret professionnel. Ils sont destinés exclusivement à
leur destinataire. Si vous les avez reçus par erreur, veuillez en
informer l'expéditeur et les supprimer. Toute utilisation, copie ou
diffusion non autorisée est interdite. Les données à caractère personnel
sont traitées par l'Étude conformément au Règlement (UE) 2016/679 ; vous
disposez d'un droit d'accès, de rectification, d'effacement, de
limitation et d'opposition, ainsi que du droit d'introduire une
réclamation auprès de l'Autorité de protection des données
(www.autoriteprotectiondonnees.be). L'Étude ne peut être tenue
responsable des virus éventuellement transmis.
'''),
    ('de', 'exim-bounce-german-host-reply-about-ebike-app-data', 'automated', (),
'''Return-Path: <>
Received: from mout.kundenserver-de.example (mout.kundenserver-de.example [212.227.126.130])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd4Tx2Fm9z6y0Ra
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 09:37:12 +0200 (CEST)
Received: from mail by mout.kundenserver-de.example with local (Exim 4.97)
	id 1wHb7R-0004Kq-2T
	for privacy@shop.example.be; Wed, 22 Apr 2026 09:37:11 +0200
X-Failed-Recipients: juergen.pohlmann@kundenserver-de.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mout.kundenserver-de.example>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1776843431-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wHb7R-0004Kq-2T@mout.kundenserver-de.example>
Date: Wed, 22 Apr 2026 09:37:11 +0200

--1776843431-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  juergen.pohlmann@kundenserver-de.example
    host mx00.kundenserver-de.example [212.227.15.41]
    SMTP error from remote mail server after RCPT TO:<juergen.pohlmann@kundenserver-de.example>:
    550 Requested action not taken: mailbox unavailable

--1776843431-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mout.kundenserver-de.example

Action: failed
Final-Recipient: rfc822;juergen.pohlmann@kundenserver-de.example
Status: 5.0.0
Remote-MTA: dns; mx00.kundenserver-de.example
Diagnostic-Code: smtp; 550 Requested action not taken: mailbox unavailable

--1776843431-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Date: Wed, 22 Apr 2026 09:37:08 +0200
From: Datenschutzteam Shop Example <privacy@shop.example.be>
To: =?utf-8?q?J=C3=BCrgen_Pohlmann?= <juergen.pohlmann@kundenserver-de.example>
Subject: AW: Fahrtdaten meines E-Bikes in der Velomar-App
Message-ID: <pt-20260422-0044987@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrter Herr Pohlmann,

vielen Dank für Ihre Nachricht. Die Fahrtdaten Ihres E-Bikes werden
ausschließlich von Velomar in der Ride-App gespeichert; Shop Example hat
darauf keinen Zugriff. Bitte wenden Sie sich für eine Kopie oder Löschung
direkt an datenschutz@velomar.example.

Mit freundlichen Grüßen
Datenschutzteam Shop Example

--1776843431-eximdsn-1804289383--
'''),
    ('de', 'ebike-brand-extended-warranty-activated-datenschutzhinweise', 'automated', (),
'''Return-Path: <garantie@velomar.example>
Received: from mail-relay2.velomar.example (mail-relay2.velomar.example [198.51.100.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ke5Lw8Dv1z6y2Tb
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 14:05:39 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=velomar.example;
	s=sel1; t=1777550737; h=from:to:subject:date:message-id:mime-version;
	bh=Kl9Zx2Cv5Bn8Mq1We4Rt7Yu0Io3Pa6Sd9Fg2Hj5Kl8Z=;
	b=Wd4Fg7Hj0Kl3Zx6Cv9Bn2Mq5We8Rt1Yu4Io7Pa0Sd3Fg6Hj9Kl2Zx5Cv8Bn1Mq4We7
From: Velomar Garantieservice <garantie@velomar.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Ihre_Garantieverl=C3=A4ngerung_ist_aktiv_=E2=80=93_Velomar_Trekki?=
 =?UTF-8?Q?ng_T5_(Rahmennr._VMT5-2503-11960)?=
Date: Thu, 30 Apr 2026 12:05:37 +0000
Message-ID: <warranty.VMT5-2503-11960.activated.1777550737@velomar.example>
X-Mailer: Velomar CRM Mailer
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

vielen Dank für die Registrierung Ihres Velomar E-Bikes. Ihre
Garantieverlängerung ist jetzt aktiv.

Modell:              Velomar Trekking T5, 500 Wh
Rahmennummer:        VMT5-2503-11960
Händler:             Shop Example Eupen
Kaufdatum:           26.04.2026
Rahmengarantie:      10 Jahre
Akku und Motor:      5 Jahre (statt 2 Jahre), bei jährlicher Inspektion
                     durch einen autorisierten Händler

Ihre Unterlagen finden Sie jederzeit in Ihrem Velomar-Konto unter
"Meine Räder".

Datenschutzhinweise
Wir verarbeiten Ihren Namen, Ihre Anschrift, die Rahmennummer und den
Kaufbeleg, um die Garantie zu verwalten (Art. 6 Abs. 1 lit. b DSGVO). Für
Inspektionen geben wir die Rahmennummer an den von Ihnen gewählten Händler
weiter. Sie haben das Recht auf Auskunft, Berichtigung, Löschung,
Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch.
Wenden Sie sich dazu an datenschutz@velomar.example. Sie können sich
außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren.

Hinweis: Diese E-Mail wurde an die bei der Registrierung angegebene
Adresse gesendet. Wurde das Rad im Geschäft für Sie registriert, erhält
der Händler eine Kopie.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht
auf diese E-Mail.

Velomar GmbH - Am Hafen 9 - 47119 Duisburg - HRB 31884
'''),
    ('de', 'service-centre-cost-estimate-out-of-warranty-plain-no-headers', 'automated', (),
'''Return-Path: <werkstatt@zentauri-service.example>
Received: from host-88-41.zentauri-service.example (host-88-41.zentauri-service.example [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kf6Mr3Pz8z6y4Vd
        for <privacy@shop.example.be>; Tue, 05 May 2026 08:49:03 +0200 (CEST)
From: werkstatt@zentauri-service.example
To: privacy@shop.example.be
Subject: Kostenvoranschlag Auftrag 2026-04-2281
Date: Tue, 5 May 2026 08:49:01 +0200
Message-ID: <20260505064901.2281.werkstatt@zentauri-service.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

KOSTENVORANSCHLAG
Zentauri Servicecenter DACH/Belux
----------------------------------------------
Auftrag:        2026-04-2281
Einsender:      Shop Example Eupen, Kd.-Nr. 70418
Gerät:          Zentauri Barista One S
Seriennr.:      ZB1S-2209-37714
Fehler lt. Kunde: Mahlwerk blockiert, Fehler "E07"
Befund:         Mahlwerk verschlissen, Brüheinheit verkalkt

Garantie:       ABGELAUFEN (Kaufdatum 12.09.2022)

Position                         Menge   Preis EUR
Mahlwerk komplett ZB-MW-04         1        89,00
Brüheinheit Dichtungssatz          1        14,50
Entkalkung / Reinigung             1        25,00
Arbeitszeit                      0,75 h     48,75
----------------------------------------------
Summe inkl. MwSt.                          177,25

Bitte bestätigen Sie den Kostenvoranschlag innerhalb von 14 Tagen im
Händlerportal. Ohne Freigabe senden wir das Gerät unrepariert zurück
(Prüfpauschale 25,00 EUR).

Hinweis: Im Gerät gespeicherte Benutzerprofile (Lieblingsgetränke, App-
Kopplung) werden bei der Reparatur auf Werkseinstellungen zurückgesetzt.

Automatisch erstellt - Antworten an diese Adresse werden nicht bearbeitet.
'''),
    ('de', 'person-pastes-app-linked-retailer-message-asks-machine-readable-export', 'portability', (),
'''Return-Path: <m.brenner@posteo.example>
Received: from mout02.posteo.example (mout02.posteo.example [185.67.36.142])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh1Dk7Wq3z6y6Ns
        for <privacy@shop.example.be>; Thu, 14 May 2026 21:18:45 +0200 (CEST)
From: Markus Brenner <m.brenner@posteo.example>
To: privacy@shop.example.be
Subject: Kontoverknüpfung Korvell / Shop Example
Date: Thu, 14 May 2026 21:18:40 +0200
Message-ID: <4f7c2a91-6b3e-4d08-9a15-e02c7d8b3f66@posteo.example>
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.10.0
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

In der Korvell-App stand heute folgende Meldung (kopiert):

-----
[Korvell Home] Ihr Konto ist jetzt mit Ihrem Händlerkonto verknüpft
Händler: Shop Example (Kundenkarte ****4410)
Ihre Käufe von Korvell-Geräten bei diesem Händler werden automatisch in
"Meine Geräte" übernommen. Benachrichtigung Nr. 88123 - Automatische
Nachricht, bitte nicht antworten.
-----

Schön und gut. Ich ziehe aber nächsten Monat nach Aachen um und werde
meine Kundenkarte bei Ihnen wohl nicht mehr nutzen. Deshalb hätte ich
gern alle Kaufdaten zu meiner Karte (Datum, Filiale, Artikel, Preis,
Garantiedaten) als CSV- oder JSON-Datei, damit ich sie in meine eigene
Haushaltsverwaltung importieren kann. Wenn es geht, bitte auch direkt an
Korvell übermitteln, damit die Liste dort vollständig ist.

Die Karte bleibt vorerst bestehen, bitte nichts löschen.

Viele Grüße
Markus Brenner
Herbesthaler Str. 31, 4700 Eupen
'''),
    ('es', 'freshdesk-brand-support-ack-ticket-cites-data-rights', 'automated', (),
'''Return-Path: <bounces+2213871-support=zentauri.example@emailnotify.freshdesk.example>
Received: from o3.emailnotify.freshdesk.example (o3.emailnotify.freshdesk.example [167.89.40.3])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd7Nh5Gx2z6y8Lf
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 12:40:27 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=freshdesk.example;
	s=s1; t=1776940825; h=from:to:subject:date:message-id:references;
	bh=Sd5Fg8Hj1Kl4Zx7Cv0Bn3Mq6We9Rt2Yu5Io8Pa1Sd4F=;
	b=Nm2Qw5Er8Ty1Ui4Op7As0Df3Gh6Jk9Lz2Xc5Vb8Nm1Qw4Er7Ty0Ui3Op6As9Df2Gh5
From: =?UTF-8?Q?Atenci=C3=B3n_al_Cliente_Zentauri?= <support@zentauri.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Hemos_recibido_su_solicitud_=5B=2348211=5D?=
Date: Fri, 24 Apr 2026 10:40:25 +0000
Message-ID: <ticket.48211.acknowledgement.zentauri@freshdesk.example>
References: <pt-20260424-0045230@helpdesk.shop.example.be>
In-Reply-To: <pt-20260424-0045230@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
X-Freshdesk-Ticket-Id: 48211
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6628e1b9_48211"

----==_mimepart_6628e1b9_48211
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Estimado/a cliente:

Hemos recibido su solicitud y le hemos asignado el número de ticket
#48211. Nuestro equipo le responderá en un plazo máximo de 3 días
laborables.

Asunto: Solicitud de supresión de datos de una clienta - registro de
cafetera Barista One

Si su consulta se refiere al ejercicio de sus derechos de acceso,
rectificación, supresión, oposición, limitación o portabilidad, la
trasladaremos a nuestro Delegado de Protección de Datos, que dispone de
un mes para responder conforme al RGPD. Puede que le pidamos verificar su
identidad.

Para añadir información, responda a este correo sin modificar el asunto.

Atentamente,
Atención al Cliente Zentauri
Este es un mensaje automático.
----==_mimepart_6628e1b9_48211
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<div style="font-family:Helvetica,Arial;font-size:14px">
<p>Estimado/a cliente:</p>
<p>Hemos recibido su solicitud y le hemos asignado el número de ticket <b>#48211</b>. Le responderemos en un plazo máximo de 3 días laborables.</p>
<p>Si su consulta se refiere a sus derechos de acceso, rectificación, supresión, oposición, limitación o portabilidad, la trasladaremos a nuestro Delegado de Protección de Datos.</p>
<p style="color:#999;font-size:11px">Este es un mensaje automático &middot; Powered by Freshdesk</p>
</div>
----==_mimepart_6628e1b9_48211--
'''),
    ('es', 'brand-test-panel-selected-product-tester-consent', 'automated', (),
'''Return-Path: <panel@insiders.lumetra.example>
Received: from mail148.insiders.lumetra.example (mail148.insiders.lumetra.example [192.0.2.148])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ke9Pk1Tb6z6y1Xg
        for <privacy@shop.example.be>; Sat, 02 May 2026 10:00:04 +0200 (CEST)
From: Lumetra Insiders <panel@insiders.lumetra.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=C2=A1Enhorabuena!_Has_sido_seleccionado/a_para_probar_la_Lumetra_Glow_Strip_Pro?=
Date: Sat, 02 May 2026 08:00:02 +0000
Message-ID: <panel-2026-05-glowstrip.sel.90417@insiders.lumetra.example>
List-Unsubscribe: <https://insiders.lumetra.example/leave?id=90417>
Precedence: bulk
X-Campaign: INS-2605-GSP
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:'Trebuchet MS',sans-serif;font-size:14px;color:#1b1b1b">
<h2 style="color:#f2a900">¡Enhorabuena, eres Lumetra Insider!</h2>
<p>Has sido seleccionado/a entre 500 candidatos para probar en casa la nueva <b>Lumetra Glow Strip Pro</b> (tira LED de 5 m con control por voz).</p>
<ol>
<li>Confirma tu dirección de envío antes del <b>9 de mayo</b> en tu área de Insider.</li>
<li>Recibirás el producto en 5-7 días laborables.</li>
<li>Publica tu opinión en lumetra.example y en la tienda donde sueles comprar en un plazo de 3 semanas.</li>
</ol>
<p>El producto es tuyo tras la prueba.</p>
<p style="font-size:11px;color:#777">Recibes este correo porque diste tu consentimiento para participar en el panel Lumetra Insiders. Tus datos (nombre, dirección, opiniones) se tratan para gestionar el panel y se conservan mientras seas miembro. Puedes retirar tu consentimiento y darte de baja en cualquier momento: <a href="https://insiders.lumetra.example/leave?id=90417">salir del panel</a>. Derechos de acceso, rectificación, supresión y oposición: privacy@lumetra.example. Lumetra B.V., Eindhoven (Países Bajos). Mensaje automático, no responder.</p>
</body></html>
'''),
    ('es', 'brand-newsletter-spain-blender-recipes-no-auto-headers', 'automated', (),
'''Return-Path: <newsletter@es.korvell.example>
Received: from smtp21.es.korvell.example (smtp21.es.korvell.example [198.51.100.221])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf5Qc9Hn0z6y3Zp
        for <privacy@shop.example.be>; Thu, 07 May 2026 18:30:11 +0200 (CEST)
From: Korvell Cocina <newsletter@es.korvell.example>
To: <privacy@shop.example.be>
Subject: =?UTF-8?Q?5_recetas_de_primavera_con_tu_ProBlend_=F0=9F=8D=93?=
Date: Thu, 07 May 2026 16:30:09 +0000
Message-ID: <nl-es-2026-19.4417820@es.korvell.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

KORVELL COCINA - Boletín n.º 19

Hola,

La primavera llega con fruta de temporada. Te proponemos cinco recetas
fáciles con tu batidora Korvell:

1. Gazpacho de fresa y tomate
2. Smoothie verde de espinacas y manzana
3. Hummus de guisantes y menta
4. Helado exprés de plátano
5. Salsa romesco

Truco del mes: limpia la jarra con agua templada y una gota de lavavajillas
a velocidad 3 durante 30 segundos.

¿Aún no has registrado tu producto? Hazlo en korvell.example/registro y
amplía la garantía 3 años.

Has recibido este boletín porque te suscribiste en korvell.example o al
registrar tu producto. Si no quieres recibir más correos, date de baja aquí:
https://es.korvell.example/baja?u=4417820
Korvell Europe B.V. - Protección de datos: privacy@korvell.example
'''),
    ('es', 'person-complains-above-quoted-brand-mail-who-gave-email-aepd', 'complaint', ('access',),
'''Return-Path: <lucia.ferrandiz@gmail.example>
Received: from mail-ed1-f43.google.example (mail-ed1-f43.google.example [209.85.208.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kg7Vr2Mc5z6y5Bt
        for <privacy@shop.example.be>; Mon, 11 May 2026 23:04:38 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.example; s=20230601;
	h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
	bh=Ty6Ui9Op2As5Df8Gh1Jk4Lz7Xc0Vb3Nm6Qw9Er2Ty5U=;
	b=Gh3Jk6Lz9Xc2Vb5Nm8Qw1Er4Ty7Ui0Op3As6Df9Gh2Jk5Lz8Xc1Vb4Nm7Qw0Er3Ty6
MIME-Version: 1.0
References: <nl-es-2026-19.5531907@es.korvell.example>
In-Reply-To: <nl-es-2026-19.5531907@es.korvell.example>
From: =?UTF-8?Q?Luc=C3=ADa_Ferr=C3=A1ndiz?= <lucia.ferrandiz@gmail.example>
Date: Mon, 11 May 2026 23:04:25 +0200
Message-ID: <CAJ8kPq3nR5Wx0Yz+7LmT2cV9bD4eF1gH6iJ3kL8mN0oP5qR@mail.gmail.example>
Subject: Re: 5 recetas de primavera con tu ProBlend
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Buenas noches:

Les reenvío lo que me llega desde hace tres semanas. Compré la batidora
Korvell en su tienda de la Rue Neuve en Bruselas el 18 de abril, pagué con
la tarjeta de cliente y NUNCA me he registrado en la web de Korvell ni me
he suscrito a nada. Esta dirección de correo solo la tienen ustedes.

Me parece muy grave que hayan pasado mis datos a una marca sin
preguntarme. Quiero que me digan por escrito a quién y cuándo han
comunicado mi correo y qué otros datos míos han dado. Si no tengo una
respuesta clara en dos semanas presentaré una reclamación ante la
autoridad de protección de datos belga (y si hace falta ante la AEPD).

Lucía Ferrándiz Bover
Tarjeta 2930 0698 1154

El jue, 7 may 2026 a las 18:30, Korvell Cocina (<newsletter@es.korvell.example>) escribió:
> KORVELL COCINA - Boletín n.º 19
>
> Hola,
>
> La primavera llega con fruta de temporada. Te proponemos cinco recetas
> fáciles con tu batidora Korvell:
> [...]
> Has recibido este boletín porque te suscribiste en korvell.example o al
> registrar tu producto. Si no quieres recibir más correos, date de baja aquí:
> https://es.korvell.example/baja?u=5531907
'''),
    ('it', 'qmail-failure-notice-over-quota-reply-about-recall-address', 'automated', (),
'''Return-Path: <>
Received: from smtp-in.libero-mail.example (smtp-in.libero-mail.example [193.70.192.51])
        by mx1.shop.example.be (Postfix) with SMTP id 4Kd9Xb6Nt2z6y7Cm
        for <privacy@shop.example.be>; Sat, 25 Apr 2026 11:58:20 +0200 (CEST)
Received: (qmail 30712 invoked for bounce); 25 Apr 2026 09:58:19 -0000
Date: 25 Apr 2026 09:58:19 -0000
From: MAILER-DAEMON@smtp-in.libero-mail.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <qmail.30712.bounce.1777111099@smtp-in.libero-mail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi. This is the qmail-send program at smtp-in.libero-mail.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<giuseppe.randazzo@libero-mail.example>:
Sorry, the user's mailbox is over quota (#5.2.2)
Casella piena / Mailbox full

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [192.0.2.11])
  by smtp-in.libero-mail.example with ESMTPS; 25 Apr 2026 09:58:17 -0000
Date: Sat, 25 Apr 2026 11:58:15 +0200
From: Team Privacy Shop Example <privacy@shop.example.be>
To: Giuseppe Randazzo <giuseppe.randazzo@libero-mail.example>
Subject: R: Richiamo bollitore Heliox - avete dato il mio indirizzo?
Message-ID: <pt-20260425-0045311@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Gentile signor Randazzo,

le confermiamo che, per il richiamo del bollitore Heliox AquaBoil, Shop
Example ha inviato la lettera di richiamo direttamente ai clienti della
carta fedeltà e non ha trasmesso il suo indirizzo a Heliox.

Cordiali saluti,
Team Privacy - Shop Example
'''),
    ('it', 'robot-vacuum-app-privacy-policy-update-map-data-consent', 'automated', (),
'''Return-Path: <no-reply@account.nordvik-robotics.example>
Received: from eu-smtp-out-07.nordvik-robotics.example (eu-smtp-out-07.nordvik-robotics.example [203.0.113.207])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf2Rn4Yd7z6y9Hv
        for <privacy@shop.example.be>; Fri, 01 May 2026 15:22:48 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=nordvik-robotics.example;
	s=acct; t=1777641766; h=from:to:subject:date:message-id;
	bh=Io4Pa7Sd0Fg3Hj6Kl9Zx2Cv5Bn8Mq1We4Rt7Yu0Io3P=;
	b=Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8Qw1Er4Ty7Ui0Op3As6Df9Gh2Jk5Lz8X
From: Nordvik Home <no-reply@account.nordvik-robotics.example>
To: privacy@shop.example.be
Subject: Aggiornamento dell'informativa sulla privacy dell'app Nordvik Home
Date: Fri, 01 May 2026 13:22:46 +0000
Message-ID: <policy-2026-05.it.3318842@account.nordvik-robotics.example>
Auto-Submitted: auto-generated
X-Nordvik-Locale: it-IT
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="nv-pol-3318842"

--nv-pol-3318842
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gentile utente Nordvik Home,

dal 1° giugno 2026 entra in vigore la nuova informativa sulla privacy
dell'app Nordvik Home. Le principali novità:

- Mappe degli ambienti: le mappe create dal tuo robot aspirapolvere
  restano sul dispositivo e nel tuo account; non le usiamo per scopi
  pubblicitari. Puoi cancellarle in qualsiasi momento dall'app.
- Immagini della fotocamera anti-ostacolo: d'ora in poi le inviamo al
  cloud solo se attivi "Aiutaci a migliorare" (consenso facoltativo,
  revocabile in Impostazioni > Privacy).
- Rivenditori: se hai attivato l'estensione di garanzia presso il tuo
  negozio, riceviamo dal rivenditore solo il numero di serie e la data di
  acquisto.

Non devi fare nulla: continuando a usare l'app dopo il 1° giugno
riconosci di aver letto la nuova informativa. Puoi scaricare una copia
dei tuoi dati o eliminare il tuo account in Impostazioni > Account.
Per esercitare i diritti di accesso, rettifica, cancellazione,
limitazione, portabilità e opposizione scrivi a privacy@nordvik-robotics.example;
puoi proporre reclamo al Garante per la protezione dei dati personali.

Questo account (privacy@shop.example.be) è collegato a 2 dispositivi:
"Demo Roma Tiburtina" e "Vetrina Bruxelles".

Email di servizio inviata automaticamente. Non rispondere.
Nordvik Robotics AB - Kungsgatan 44, 111 35 Stoccolma, Svezia
--nv-pol-3318842
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124">
<p><b>Nordvik Home</b> &ndash; nuova informativa sulla privacy dal 1&deg; giugno 2026</p>
<ul><li>Le mappe degli ambienti restano sul dispositivo e nel tuo account.</li>
<li>Le immagini della fotocamera vanno nel cloud solo con il tuo consenso.</li>
<li>Dal rivenditore riceviamo solo numero di serie e data di acquisto.</li></ul>
<p style="font-size:11px;color:#5f6368">Diritti di accesso, rettifica, cancellazione e opposizione: privacy@nordvik-robotics.example. Email automatica, non rispondere.</p>
</body></html>
--nv-pol-3318842--
'''),
    ('it', 'service-centre-zendesk-request-received-data-on-laptop-notice', 'automated', (),
'''Return-Path: <support+id5520194@assistenza-audiant.zendesk.example>
Received: from outbound-mail-13.zendesk.example (outbound-mail-13.zendesk.example [192.161.148.13])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kg3Wm8Fp1z6y2Jq
        for <privacy@shop.example.be>; Fri, 08 May 2026 09:14:36 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=zendesk.example;
	s=zendesk1; t=1778224474; h=from:to:subject:date:message-id;
	bh=Hj7Kl0Zx3Cv6Bn9Mq2We5Rt8Yu1Io4Pa7Sd0Fg3Hj6K=;
	b=Lz1Xc4Vb7Nm0Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6Nm9Qw2Er5Ty8Ui1Op4
From: Centro Assistenza Audiant <assistenza@audiant.example>
Reply-To: Centro Assistenza Audiant <support+id5520194@assistenza-audiant.zendesk.example>
To: privacy@shop.example.be
Subject: [Audiant] Richiesta ricevuta: Riparazione notebook Audiant Slate 14 - RMA IT-26-3317
Date: Fri, 08 May 2026 07:14:34 +0000
Message-ID: <6EX1Y2K9QZ_663b2a1a8c4d1_5520194_sprut@zendesk.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8a41f2c
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

##- Scrivi la tua risposta sopra questa riga -##

La tua richiesta (5520194) è stata ricevuta ed è in fase di revisione da
parte del nostro team di assistenza.

Per aggiungere altri commenti, rispondi a questa email.

Riepilogo della richiesta
-------------------------
Prodotto:     Audiant Slate 14 (S/N AS14-25C-008812)
Inviato da:   Shop Example - punto vendita Bruxelles Toison d'Or
Problema:     tastiera non risponde dopo caduta di liquido
Garanzia:     da verificare (acquisto 03/2025)

Prima di spedire il notebook:
  - esegui un backup dei tuoi file: durante la riparazione l'unità può
    essere formattata e non siamo responsabili della perdita di dati;
  - disattiva la password del BIOS e rimuovi l'account dal dispositivo,
    oppure comunica al tecnico la password in busta chiusa;
  - i tecnici non accedono ai file personali se non per la diagnosi
    richiesta. Informativa completa: audiant.example/it/privacy-riparazioni

Centro Assistenza Audiant Italia - Via Cristoforo Colombo 112, 00147 Roma

[6EX1Y2-K9QZ]
Questa email è un servizio di Audiant. Fornita da Zendesk.
'''),
    ('it', 'person-asks-replacement-part-above-quoted-recall-mail', 'other', (),
'''Return-Path: <f.colombo.sedia@tiscali.example>
Received: from smtp207.tiscali.example (smtp207.tiscali.example [213.205.33.207])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh4Gq0Vz8z6y4Lx
        for <privacy@shop.example.be>; Sun, 17 May 2026 10:31:55 +0200 (CEST)
From: Francesca Colombo <f.colombo.sedia@tiscali.example>
To: privacy@shop.example.be
Subject: I: Richiamo di sicurezza bollitore Heliox
Date: Sun, 17 May 2026 10:31:50 +0200
Message-ID: <000001dcb5a2$8e41f0c0$aac5d240$@tiscali.example>
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJ3k8YpLm0Qb2Vx7cRt9Wn1Zs4Ha==
Content-Language: it
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Buongiorno,
ho ricevuto questa mail (sotto) e ho proprio quel bollitore, comprato da
voi a Waterloo a febbraio. Ho ordinato il coperchio sul sito Heliox tre
settimane fa ma non è ancora arrivato niente e il numero verde è sempre
occupato. Posso venire in negozio a cambiarlo o farmi rimborsare? Ho
ancora lo scontrino. Scrivo a questo indirizzo perché è l'unico che ho
trovato nella mail.

Grazie mille
Francesca Colombo

-----Messaggio originale-----
Da: Heliox - Sicurezza prodotti <richiamo@heliox-appliances.example>
Inviato: lunedì 27 aprile 2026 10:01
A: f.colombo.sedia@tiscali.example
Oggetto: Richiamo di sicurezza bollitore Heliox

Gentile cliente,
ha acquistato un bollitore Heliox AquaBoil 1.7L (modello HX-K170 o
HX-K170W). Per precauzione richiamiamo gli apparecchi dei lotti da 2541 a
2607. Ordini gratuitamente il coperchio sostitutivo su
heliox-appliances.example/richiamo oppure riporti l'apparecchio al punto
vendita per il rimborso completo.

Il suo indirizzo ci è stato comunicato dal rivenditore solo per questo
richiamo. Domande sulla privacy: privacy@shop.example.be (rivenditore) o
dataprotection@heliox-appliances.example.
Messaggio automatico - non rispondere.
'''),
    ('pt', 'office365-ndr-portuguese-reply-about-review-publication', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2040.outbound.protection.outlook.com [40.107.22.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ke3Kt6Bw0z6y6Mr
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 16:44:09 +0200 (CEST)
From: postmaster@outlook.example
To: privacy@shop.example.be
Date: Wed, 29 Apr 2026 14:44:07 +0000
Subject: =?utf-8?Q?N=C3=A3o_entregue:_Re:_A_minha_avalia=C3=A7=C3=A3o_apare?=
 =?utf-8?Q?ce_no_site_da_Korvell_com_o_meu_nome?=
Message-ID: <7d31e0a2-4c5b-48f1-9e62-b0f5a18c3d70@AM6PR05MB6081.eurprd05.prod.outlook.com>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-PT
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ndr_b0f5a18c3d70_pt"

--ndr_b0f5a18c3d70_pt
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Não foi possível entregar a sua mensagem a rui.tavares.lx@outlook.example
porque o endereço não existe ou foi desativado.

Diagnóstico para administradores:
Servidor que gerou o erro: AM6PR05MB6081.eurprd05.prod.outlook.com
rui.tavares.lx@outlook.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound;
Recipient not found by SMTP address lookup'

--ndr_b0f5a18c3d70_pt
Content-Type: message/delivery-status

Reporting-MTA: dns;AM6PR05MB6081.eurprd05.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Wed, 29 Apr 2026 14:44:05 +0000

Final-Recipient: rfc822;rui.tavares.lx@outlook.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 not found by SMTP address lookup

--ndr_b0f5a18c3d70_pt
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: Equipa de Privacidade Shop Example <privacy@shop.example.be>
To: Rui Tavares <rui.tavares.lx@outlook.example>
Subject: Re: A minha avaliação aparece no site da Korvell com o meu nome
Date: Wed, 29 Apr 2026 16:44:02 +0200
Message-ID: <pt-20260429-0045874@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--ndr_b0f5a18c3d70_pt--
'''),
    ('pt', 'coffee-brand-machine-registration-welcome-club-consents', 'automated', (),
'''Return-Path: <clube@pt.zentauri.example>
Received: from mta3.pt.zentauri.example (mta3.pt.zentauri.example [198.51.100.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf9Sv2Nh4z6y8Ka
        for <privacy@shop.example.be>; Wed, 06 May 2026 19:20:51 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=pt.zentauri.example;
	s=k1; t=1778088049; h=from:to:subject:date:message-id:mime-version;
	bh=Xc8Vb1Nm4Qw7Er0Ty3Ui6Op9As2Df5Gh8Jk1Lz4Xc7V=;
	b=Op6As9Df2Gh5Jk8Lz1Xc4Vb7Nm0Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6Nm9
From: Clube Zentauri <clube@pt.zentauri.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Bem-vindo_ao_Clube_Zentauri_=E2=80=93_a_sua_Barista_One_est=C3=A1_registada?=
Date: Wed, 06 May 2026 17:20:49 +0000
Message-ID: <welcome.ZB1M-2602-05531.pt@pt.zentauri.example>
X-Mailer: Zentauri Club Platform
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="zc_welcome_05531"

--zc_welcome_05531
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Olá,

Bem-vindo ao Clube Zentauri! A sua máquina foi registada com sucesso.

Máquina:           Zentauri Barista One Milk
N.º de série:      ZB1M-2602-05531
Loja:              Shop Example Antwerpen Meir (Bélgica)
Garantia:          2 anos + 2 anos Clube (até 05/2030)
Pontos de boas-vindas: 250

As suas escolhas de privacidade no registo:
  [x] Receber a garantia e avisos de segurança (necessário)
  [x] Newsletter e ofertas Zentauri por e-mail
  [ ] Ofertas de parceiros
  [ ] Análise dos hábitos de consumo para recomendações personalizadas

Pode alterar estas escolhas e retirar o seu consentimento a qualquer
momento em "A minha conta > Privacidade". Tem direito de acesso,
retificação, apagamento, limitação, portabilidade e oposição
(privacidade@zentauri.example) e de apresentar reclamação à autoridade
de controlo.

Esta mensagem foi enviada automaticamente. Não responda a este e-mail.
Zentauri Ibérica, Lda. - Av. da Liberdade 190, 1250-147 Lisboa
--zc_welcome_05531
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Georgia,serif;font-size:14px;color:#3b2416">
<h2>Bem-vindo ao Clube Zentauri</h2>
<p>A sua <b>Barista One Milk</b> (ZB1M-2602-05531) está registada. Garantia até <b>05/2030</b> &middot; 250 pontos de boas-vindas.</p>
<p style="font-size:11px;color:#777">Pode retirar o seu consentimento a qualquer momento em A minha conta &gt; Privacidade. Direitos: privacidade@zentauri.example. Mensagem automática.</p>
</body></html>
--zc_welcome_05531--
'''),
    ('pt', 'zimbra-ooo-brand-service-coordinator-vacation', 'automated', (),
'''Return-Path: <joana.pires@audiant.example>
Received: from zimbra-mta.audiant.example (zimbra-mta.audiant.example [192.0.2.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kg5Xn7Rc2z6y0Pd
        for <privacy@shop.example.be>; Mon, 11 May 2026 08:03:37 +0200 (CEST)
Date: Mon, 11 May 2026 08:03:35 +0100 (WEST)
From: Joana Pires <joana.pires@audiant.example>
To: privacy@shop.example.be
Message-ID: <1094472218.338120.1778483015532.JavaMail.zimbra@audiant.example>
In-Reply-To: <pt-20260511-0047203@helpdesk.shop.example.be>
Subject: =?utf-8?Q?Resposta_autom=C3=A1tica:_Dados_no_disco_do_port=C3=A1til_repara?=
 =?utf-8?Q?do_-_pedido_de_apagamento_de_um_cliente?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4613 (zclient/10.0.8_GA_4613)

Bom dia,

Estou de férias até 22 de maio, sem acesso ao e-mail.

Assuntos de reparações em curso: reparacoes@audiant.example ou
+351 21 340 77 10.
Pedidos relativos a dados pessoais: dpo@audiant.example.

Obrigada,
Joana Pires
Coordenadora de Serviço Pós-Venda - Audiant Portugal
'''),
    ('pt', 'person-asks-restriction-warranty-data-while-brand-dispute-from-noreply-like-address', 'restriction', (),
'''Return-Path: <noreply@oficina-bicicletas-matos.example>
Received: from webmail.oficina-bicicletas-matos.example (webmail.oficina-bicicletas-matos.example [203.0.113.166])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh8Lb3Tf6z6y2Wr
        for <privacy@shop.example.be>; Wed, 20 May 2026 13:12:26 +0200 (CEST)
From: "Oficina Matos - nao responder" <noreply@oficina-bicicletas-matos.example>
Reply-To: Rui Matos <rui@oficina-bicicletas-matos.example>
To: privacy@shop.example.be
Subject: garantia bicicleta - nao apagar por favor
Date: Wed, 20 May 2026 13:12:22 +0200
Message-ID: <20260520111222.5b7e41c9a03d@webmail.oficina-bicicletas-matos.example>
X-Mailer: Roundcube Webmail/1.6.9
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Boa tarde,

Peço desculpa por escrever deste endereço, é o da minha oficina e é o
único que tenho configurado no computador. Respostas para
rui@oficina-bicicletas-matos.example, por favor.

Comprei na vossa loja de Antuérpia, em março de 2025, uma bicicleta
elétrica Velomar City E7 para uso pessoal (cartão de cliente 2930 0812
6649). O motor avariou e a Velomar diz que a garantia não vale porque
não encontra o registo da venda. Abri uma reclamação com eles e isto
ainda vai demorar.

Recebi a vossa mensagem a dizer que os dados de compras com mais de um
ano vão ser apagados do cartão. Por favor não apaguem nada da compra da
bicicleta (data, número de série, fatura) enquanto o caso com a Velomar
não estiver resolvido. Não precisam de fazer mais nada com esses dados,
só guardá-los. Aviso quando estiver terminado.

Obrigado,
Rui Matos
'''),
]

"""Fifty-first set, marketplace and seller-platform robot mail plus people who look like robots (14 languages). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ en
    ('en', 'postfix-dsn-user-unknown-seller-dpo', 'automated', (),
'''Return-Path: <>
Received: from out2.shop.example.be (out2.shop.example.be [195.130.142.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7D2F3A1E4C
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:14:07 +0100 (CET)
Received: by out2.shop.example.be (Postfix)
        id 5B81C20E3F; Mon,  2 Nov 2026 10:14:06 +0100 (CET)
Date: Mon,  2 Nov 2026 10:14:06 +0100 (CET)
From: MAILER-DAEMON@out2.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="5B81C20E3F.1793610846/out2.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261102091406.5B81C20E3F@out2.shop.example.be>

This is a MIME-encapsulated message.

--5B81C20E3F.1793610846/out2.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host out2.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dpo@greenleaf-goods.co.uk>: host mx1.greenleaf-goods.co.uk[185.23.118.40]
    said: 550 5.1.1 <dpo@greenleaf-goods.co.uk>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--5B81C20E3F.1793610846/out2.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; out2.shop.example.be
X-Postfix-Queue-ID: 5B81C20E3F
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon,  2 Nov 2026 10:14:04 +0100 (CET)

Final-Recipient: rfc822; dpo@greenleaf-goods.co.uk
Original-Recipient: rfc822;dpo@greenleaf-goods.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.greenleaf-goods.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <dpo@greenleaf-goods.co.uk>: Recipient
    address rejected: User unknown in virtual mailbox table

--5B81C20E3F.1793610846/out2.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from app3.shop.example.be (app3.shop.example.be [10.20.4.13])
        by out2.shop.example.be (Postfix) with ESMTP id 5B81C20E3F
        for <dpo@greenleaf-goods.co.uk>; Mon,  2 Nov 2026 10:14:04 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: dpo@greenleaf-goods.co.uk
Subject: [PRIV-2026-1187] Data subject request concerning marketplace order
 MP-2026-871455
Date: Mon, 02 Nov 2026 10:14:03 +0100
Message-ID: <PRIV-2026-1187.3.1793610843@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--5B81C20E3F.1793610846/out2.shop.example.be--
'''),

    ('en', 'connector-feed-import-report-with-csv', 'automated', (),
'''Return-Path: <bounces+4481207-privacy=shop.example.be@em.channelbridge.io>
Received: from o12.em.channelbridge.io (o12.em.channelbridge.io [167.89.40.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 1E04B3A2D1
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 06:02:41 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=channelbridge.io;
        h=from:to:subject:date:mime-version:content-type; s=s1;
        bh=Xq3vA9l0oB2zYF0kqk1T3m8sQy0Z5w4tT8bN1cR7e2E=;
        b=Kd0v1pQm8Xy2aZr7H3sLw9nB4cT6fJ1uE5gV0oD2kR8iP7yS3qM9xW4zA6hN1jF5
From: ChannelBridge <reports@channelbridge.io>
To: privacy@shop.example.be
Subject: Import finished with warnings: Shop Example Marketplace (BE) - offers feed
Date: Tue, 03 Nov 2026 05:02:39 +0000
Message-ID: <01000192f3a6ca41.e5b72f1c-4c9d-9a07-7e41d03b6c55@em.channelbridge.io>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-CB-Connection-ID: 9f2c41
X-CB-Run-ID: 118204
Content-Type: multipart/mixed; boundary="===cb-5f7d1e2a9c==="

--===cb-5f7d1e2a9c===
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi Shop Example team,

Your scheduled import "Offers feed - marketplace BE (hourly)" finished at
06:02 (Europe/Brussels) with warnings.

  Source:     SFTP /exports/offers_be.csv (2,418 rows)
  Created:    12
  Updated:    2,341
  Unchanged:  28
  Rejected:   37

Most frequent issues
  - 21 rows: "price" must be greater than 0
  - 9 rows:  EAN already linked to another offer on this marketplace
  - 7 rows:  missing mandatory attribute "energy_label" (category Lighting)

The rejected rows are attached (import_errors_20261103_0600.csv). They will
be retried automatically at the next run.

Full log: https://app.channelbridge.io/imports/9f2c41/runs/118204

You are receiving this email because privacy@shop.example.be is listed as a
notification contact for this connection.
Change notification settings: https://app.channelbridge.io/settings/notifications

ChannelBridge - marketplace integrations

--===cb-5f7d1e2a9c===
Content-Type: text/csv; charset=utf-8; name="import_errors_20261103_0600.csv"
Content-Disposition: attachment; filename="import_errors_20261103_0600.csv"
Content-Transfer-Encoding: 7bit

row;sku;ean;error
114;SE-KIT-2201;5414820117843;price must be greater than 0
115;SE-KIT-2202;5414820117850;price must be greater than 0
388;SE-LAMP-0412;5414820331027;missing mandatory attribute energy_label
389;SE-LAMP-0413;5414820331034;missing mandatory attribute energy_label
902;SE-TXT-7710;5414820902217;EAN already linked to another offer
1407;SE-BATH-0081;5414820040813;price must be greater than 0

--===cb-5f7d1e2a9c===--
'''),

    ('en', 'challenge-response-held-message', 'automated', (),
'''Return-Path: <verify@boxguard-mail.net>
Received: from relay2.boxguard-mail.net (relay2.boxguard-mail.net [51.89.14.207])
        by mx1.shop.example.be (Postfix) with ESMTPS id 9A14E3B0F2
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:22:03 +0100 (CET)
From: "orders@oakandtwine.co.uk (via Boxguard)" <verify@boxguard-mail.net>
To: privacy@shop.example.be
Subject: Please confirm you're a person: Re: [PRIV-2026-1201] Question about
 a customer of your shop
Date: Wed, 04 Nov 2026 14:21:55 +0000
Message-ID: <chl.7a91c3e2d40b4f7e@boxguard-mail.net>
In-Reply-To: <PRIV-2026-1201.1.1793802091@shop.example.be>
References: <PRIV-2026-1201.1.1793802091@shop.example.be>
Auto-Submitted: auto-replied
Precedence: bulk
X-Boxguard-Challenge: 7a91c3e2d40b4f7e
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hello,

I use Boxguard to keep my inbox free of spam. Your message has been held
and will be delivered as soon as you confirm that you are a real person.
You only need to do this once.

  Confirm here: https://confirm.boxguard-mail.net/c/7a91c3e2d40b4f7e

Held message:
  From:    privacy@shop.example.be
  Subject: [PRIV-2026-1201] Question about a customer of your shop
  Date:    Wed, 4 Nov 2026 15:21 +0100

If the confirmation is not completed within 7 days, the held message
will be deleted.

Thanks,
orders@oakandtwine.co.uk

--
Boxguard - the inbox that only lets people in.
'''),

    ('en', 'person-buyer-forwards-seller-message-relay-phone-number', 'deletion', ('access',),
'''Return-Path: <gareth.price84@outlook.com>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2071.outbound.protection.outlook.com [40.92.91.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2C7B83A0E9
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 09:47:15 +0100 (CET)
From: Gareth Price <gareth.price84@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: FW: You have a new message from HomeNest Deco about order
 MP-2026-880317
Thread-Topic: You have a new message from HomeNest Deco about order
 MP-2026-880317
Thread-Index: AQHbL2Q1x0c7vB9lQkWm3Jb5Xn2aSQ==
Date: Thu, 5 Nov 2026 08:47:12 +0000
Message-ID: <AM9PR02MB7214C3E8A1F04B6E2D9C1A77B9212@AM9PR02MB7214.eurprd02.prod.outlook.com>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hello,

See below. The same seller also sent me a WhatsApp yesterday evening on my
mobile, "just checking everything arrived OK". I never gave them my number.
The only place it is stored is my account with you, for the courier.

Please remove my mobile number from my account (the courier can just use my
email) and make sure the seller deletes it too. I would also like to know
which other sellers or companies you have passed my number on to.

Gareth Price

Get Outlook for Android
________________________________
From: Shop Example Marketplace <no-reply@marketplace.shop.example.be>
Sent: Wednesday, November 4, 2026 7:12:40 PM
To: gareth.price84@outlook.com <gareth.price84@outlook.com>
Subject: You have a new message from HomeNest Deco about order MP-2026-880317

Hi Gareth,

HomeNest Deco sent you a message about your order MP-2026-880317
(Rattan wall mirror, 60 cm).

"Hi Gareth, thanks so much for your order! Your mirror was delivered today
by bpost, we hope you love it. If you have a minute, a 5-star review would
mean the world to a small business like ours :) Kind regards, Nadia -
HomeNest Deco"

Reply from your account: https://www.shop.example.be/account/messages/tr-55190c

For your safety, keep all contact with sellers on Shop Example and never
pay outside the platform.
'''),

    ('en', 'person-reply-above-rate-your-seller-objects-profiling', 'objection', (),
'''Return-Path: <h.moore@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 6E3D13A4B7
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 21:36:49 +0100 (CET)
Message-ID: <c41f8e2a-93b0-4d7e-a1c5-2f6b0e9d7a13@telenet.be>
Date: Sat, 7 Nov 2026 21:36:44 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: How was your order from Nordic Linen Studio? Rate your seller
To: Shop Example Marketplace <no-reply@mail.marketplace.shop.example.be>,
 privacy@shop.example.be
References: <20261102103012.4b7e.rate.872610@mail.marketplace.shop.example.be>
From: Helen Moore <h.moore@telenet.be>
Content-Language: en-GB
In-Reply-To: <20261102103012.4b7e.rate.872610@mail.marketplace.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

No, I won't be rating them. What I would like instead is for this to stop.

Since I bought a duvet cover from this seller in October I have been getting
"picked for you" offers, from them and from two other sellers on your
marketplace, all obviously based on what I bought. I object to my purchase
history being used to profile me and being handed to sellers for their own
promotions. Please stop using my data that way.

Regards,
Helen Moore


On 02/11/2026 11:30, Shop Example Marketplace wrote:
> Hi Helen,
>
> How was your order MP-2026-872610 from Nordic Linen Studio?
>
> Rate your seller: https://www.shop.example.be/mp/review/872610
>
> Your review helps other customers choose and helps sellers improve.
>
> You receive this email because you ordered from a seller on the Shop
> Example Marketplace. Manage your email preferences in your account.
'''),

    # ------------------------------------------------------------------ nl
    ('nl', 'exchange-online-ooo-seller-partnerships', 'automated', (),
'''Return-Path: <sanne.dewit@bloemenkist.nl>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2112.outbound.protection.outlook.com [40.107.104.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 41F0E3A6C8
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 14:05:24 +0100 (CET)
From: Sanne de Wit <sanne.dewit@bloemenkist.nl>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatisch antwoord: [PRIV-2026-1192] Verzoek van een klant over
 zijn gegevens
Thread-Topic: [PRIV-2026-1192] Verzoek van een klant over zijn gegevens
Thread-Index: AQHbLk3c9nqP1sT0Rk2d8m5a0Jt3ww==
Date: Mon, 26 Oct 2026 13:05:22 +0000
Message-ID: <f3a2b9d1c8e04c6a9b7d2e5f10a4c3b8@AM8PR09MB5412.eurprd09.prod.outlook.com>
In-Reply-To: <PRIV-2026-1192.1.1793019914@shop.example.be>
References: <PRIV-2026-1192.1.1793019914@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: sanne.dewit@bloemenkist.nl
Content-Language: nl-NL
Content-Type: multipart/alternative;
	boundary="_000_f3a2b9d1c8e04c6a9b7d2e5f10a4c3b8AM8PR09MB5412eurprd09_"
MIME-Version: 1.0

--_000_f3a2b9d1c8e04c6a9b7d2e5f10a4c3b8AM8PR09MB5412eurprd09_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Hallo,

Bedankt voor je bericht. Ik ben afwezig tot en met vrijdag 6 november en le=
es mijn mail in die periode niet.

Voor vragen over bestellingen en leveringen kun je terecht bij onze klanten=
service: service@bloemenkist.nl of 020 789 41 20 (ma-vr 9-17 uur).

Met vriendelijke groet,
Sanne de Wit
Bloemenkist.nl | Partnerships & marketplaces

--_000_f3a2b9d1c8e04c6a9b7d2e5f10a4c3b8AM8PR09MB5412eurprd09_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head><body><div style=3D"font-family:Calibri,Arial,sans-seri=
f;font-size:11pt">Hallo,<br><br>Bedankt voor je bericht. Ik ben afwezig tot=
 en met vrijdag 6 november en lees mijn mail in die periode niet.<br><br>Vo=
or vragen over bestellingen en leveringen kun je terecht bij onze klantense=
rvice: service@bloemenkist.nl of 020 789 41 20 (ma-vr 9-17 uur).<br><br>Met=
 vriendelijke groet,<br>Sanne de Wit<br>Bloemenkist.nl | Partnerships &amp;=
 marketplaces</div></body></html>

--_000_f3a2b9d1c8e04c6a9b7d2e5f10a4c3b8AM8PR09MB5412eurprd09_--
'''),

    ('nl', 'marketplace-buyer-message-relay-to-seller', 'automated', (),
'''Return-Path: <bounce-sc-2209417@marketplace.shop.example.be>
Received: from notify1.marketplace.shop.example.be (notify1.marketplace.shop.example.be [10.20.7.21])
        by mx1.shop.example.be (Postfix) with ESMTP id 0B9A53A1F7
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 19:48:31 +0100 (CET)
From: Shop Example Marketplace <no-reply@marketplace.shop.example.be>
To: privacy@shop.example.be
Subject: Nieuw bericht van een koper over bestelling MP-2026-884213
Date: Tue, 27 Oct 2026 19:48:30 +0100
Message-ID: <msg.c-2209417.1793126910@marketplace.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: sc-notify 4.12
X-SC-Notification-Type: buyer_message
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hallo Atelier Vermeulen,

Je hebt een nieuw bericht van een koper.

Bestelling:  MP-2026-884213
Artikel:     Linnen tafelloper "Dune", zandkleur, 45 x 180 cm (1x)
Koper:       Lotte V.

Bericht:
------------------------------------------------------------
Hallo, mijn bestelling staat al vier dagen op "in behandeling".
Wordt ze deze week nog verzonden? Ik heb de loper nodig voor
een feestje zaterdag, anders annuleer ik liever. Groetjes, Lotte
------------------------------------------------------------

Beantwoord dit bericht binnen 48 uur via Seller Center om je
reactiescore op peil te houden:
https://sellercenter.shop.example.be/messages/c-2209417

Antwoorden op deze e-mail worden niet gelezen.

Je ontvangt deze melding omdat privacy@shop.example.be als adres voor
meldingen is ingesteld bij de winkel Atelier Vermeulen. Je kunt dit
wijzigen in Seller Center > Instellingen > Meldingen.
'''),

    ('nl', 'seller-helpdesk-ticket-acknowledgement', 'automated', (),
'''Return-Path: <support@fietsonderdelendirect.nl>
Received: from mail-out3.helpdeskmail.eu (mail-out3.helpdeskmail.eu [185.41.20.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 5D2E83A9B1
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 11:03:58 +0100 (CET)
From: Klantenservice Fietsonderdelen Direct <support@fietsonderdelendirect.nl>
Reply-To: Klantenservice Fietsonderdelen Direct <support@fietsonderdelendirect.nl>
To: privacy@shop.example.be
Subject: Re: [PRIV-2026-1211] Verzoek om gegevens van een klant te verwijderen
 [#58213]
Date: Wed, 28 Oct 2026 10:03:55 +0000
Message-ID: <ticket.58213.ack.1793181835@fietsonderdelendirect.helpdeskmail.eu>
In-Reply-To: <PRIV-2026-1211.1.1793181790@shop.example.be>
References: <PRIV-2026-1211.1.1793181790@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: auto_reply
X-Helpdesk-Ticket: 58213
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste,

Bedankt voor je e-mail. Dit is een automatische bevestiging: we hebben
je bericht goed ontvangen en er ticket #58213 voor aangemaakt.

Onze klantenservice is bereikbaar op werkdagen van 8.30 tot 17.00 uur.
Normaal reageren we binnen 1 werkdag; door de drukte rond de
najaarsacties kan dat nu oplopen tot 3 werkdagen.

Wil je nog iets toevoegen? Beantwoord dan deze e-mail en laat het
ticketnummer in de onderwerpregel staan.

Met vriendelijke groet,
Team Fietsonderdelen Direct
'''),

    ('nl', 'marketplace-payout-statement-with-pdf', 'automated', (),
'''Return-Path: <bounce-payouts@marketplace.shop.example.be>
Received: from notify2.marketplace.shop.example.be (notify2.marketplace.shop.example.be [10.20.7.22])
        by mx1.shop.example.be (Postfix) with ESMTP id 8F41C3A2E0
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 07:15:09 +0100 (CET)
From: Shop Example Marketplace - Uitbetalingen <payouts@marketplace.shop.example.be>
To: privacy@shop.example.be
Subject: Je uitbetaling van 3 november 2026 (periode 16-31 oktober)
Date: Tue, 03 Nov 2026 07:15:08 +0100
Message-ID: <payout.PO-2026-22-04417.1793686508@marketplace.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-SC-Notification-Type: payout_statement
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_88213_1029384756.1793686508"

------=_Part_88213_1029384756.1793686508
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hallo Atelier Vermeulen,

We hebben je uitbetaling verwerkt.

Periode:                        16-31 oktober 2026
Bruto omzet (incl. btw):        € 4.812,40
Commissie (12 %):             - € 577,49
Verzendlabels:                - € 86,10
Terugbetalingen aan kopers:   - € 139,00
Abonnement Seller Pro:        - € 29,00
---------------------------------------------
Uitbetaald:                     € 3.980,81

Rekening:            BE** **** **** 4417
Verwacht op je rekening: donderdag 5 november 2026

Het volledige overzicht per bestelling vind je in de bijlage en in
Seller Center > Financiën > Uitbetalingen.

Dit is een automatisch bericht; antwoorden op deze e-mail worden niet
gelezen. Vragen over je uitbetaling? Open een ticket in Seller Center.

------=_Part_88213_1029384756.1793686508
Content-Type: application/pdf; name="uitbetaling_PO-2026-22-04417.pdf"
Content-Disposition: attachment; filename="uitbetaling_PO-2026-22-04417.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCg==

------=_Part_88213_1029384756.1793686508--
'''),

    ('nl', 'person-seller-reply-above-kyc-done-asks-about-id-card', 'access', (),
'''Return-Path: <pieter@claes-houtbewerking.be>
Received: from smtp.claes-houtbewerking.be (mail.combell-hosted.be [109.234.110.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 3A7F93A5D2
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 08:12:40 +0100 (CET)
From: Pieter Claes <pieter@claes-houtbewerking.be>
To: <privacy@shop.example.be>
Subject: RE: Je identiteitsverificatie is voltooid
Date: Mon, 2 Nov 2026 08:12:33 +0100
Message-ID: <000f01db2cf1$7a3e4c10$6ebae430$@claes-houtbewerking.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJz2c1b7Fq0d9vJ4k3LxGm5u2WQ1A==
Content-Language: nl-be

Goeiedag,

Fijn dat het nu in orde is. Ik heb wel een vraag over die verificatie: ik
heb daarvoor een scan van mijn identiteitskaart (voor- en achterkant) en een
selfie moeten opladen. Wat gebeurt daar nu mee? Wie kan die bij jullie
bekijken, worden ze doorgegeven aan de betaalpartner waarvan sprake in
jullie mail, en hoelang houden jullie die nog bij?

Ik zou dus graag weten welke gegevens jullie over mij bijhouden van die
verificatie en bij wie ze terechtkomen.

Met vriendelijke groeten
Pieter Claes
Claes Houtbewerking
Stationsstraat 14, 2260 Westerlo
0476 21 38 90

-----Oorspronkelijk bericht-----
Van: Shop Example Marketplace <no-reply@marketplace.shop.example.be>
Verzonden: vrijdag 30 oktober 2026 11:02
Aan: pieter@claes-houtbewerking.be
Onderwerp: Je identiteitsverificatie is voltooid

Hallo Pieter,

Goed nieuws: je identiteit en die van je onderneming Claes Houtbewerking
zijn geverifieerd. De controle werd uitgevoerd door onze betaalpartner
Payvance.

Je winkel is nu volledig actief. Je eerste uitbetaling volgt in de
eerstvolgende uitbetalingscyclus (16 november 2026).

Ga naar Seller Center: https://sellercenter.shop.example.be

Dit is een automatisch bericht. Antwoorden op deze e-mail worden niet
gelezen.
'''),

    # ------------------------------------------------------------------ fr
    ('fr', 'marketplace-listing-rejected-quality-check', 'automated', (),
'''Return-Path: <bounce-catalog@marketplace.shop.example.be>
Received: from notify1.marketplace.shop.example.be (notify1.marketplace.shop.example.be [10.20.7.21])
        by mx1.shop.example.be (Postfix) with ESMTP id C4E213A7F0
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 16:41:12 +0100 (CET)
From: =?UTF-8?Q?Place_de_march=C3=A9_Shop_Example?= <ne-pas-repondre@marketplace.shop.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Offre_refus=C3=A9e_=3A_SE-LAMP-0412_=E2=80=93_Lampe_de_bure?=
 =?UTF-8?Q?au_LED_Oslo?=
Date: Tue, 27 Oct 2026 16:41:11 +0100
Message-ID: <catalog.reject.SE-LAMP-0412.1793115671@marketplace.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-SC-Notification-Type: listing_rejected
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour Luminaires Dewaele,

Après contrôle, votre offre n'a pas pu être publiée.

Produit :         Lampe de bureau LED Oslo, noir mat
SKU vendeur :     SE-LAMP-0412
EAN :             5414820331027
Contrôle effectué le 27/10/2026 à 16:40

Motif(s) du refus :
  1. Image principale non conforme : le produit doit apparaître sur fond
     blanc, sans texte, logo ni filigrane.
  2. Étiquette énergétique manquante : obligatoire pour la catégorie
     Éclairage > Lampes de bureau.

Que faire ?
Corrigez l'offre dans votre Espace vendeur (Catalogue > Offres refusées)
ou renvoyez-la via votre flux. Elle sera de nouveau contrôlée sous 24 à
48 heures.

Cordialement,
L'équipe Qualité catalogue
Place de marché Shop Example

Ce message vous est envoyé automatiquement, merci de ne pas y répondre.
'''),

    ('fr', 'zimbra-vacation-reply-seller-ecommerce-manager', 'automated', (),
'''Return-Path: <c.dubois@maison-lumen.fr>
Received: from zimbra2.maison-lumen.fr (zimbra2.maison-lumen.fr [92.243.17.145])
        by mx1.shop.example.be (Postfix) with ESMTPS id E7A023A3C5
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 09:27:51 +0100 (CET)
Date: Thu, 29 Oct 2026 09:27:48 +0100 (CET)
From: Claire Dubois <c.dubois@maison-lumen.fr>
To: privacy@shop.example.be
Message-ID: <1438203117.88412.1793262468103.JavaMail.zimbra@maison-lumen.fr>
In-Reply-To: <PRIV-2026-1198.1.1793262440@shop.example.be>
Subject: =?utf-8?Q?R=C3=A9ponse_automatique_:_[PRIV-2026-1198]_Demande_d'une_?=
 =?utf-8?Q?cliente_concernant_ses_donn=C3=A9es?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4611

Bonjour,

Je suis absente du bureau jusqu'au vendredi 6 novembre inclus, sans acc=C3=
=A8s =C3=A0 ma messagerie.

Pour toute question urgente concernant les commandes ou les exp=C3=A9dition=
s, merci d'=C3=A9crire =C3=A0 commandes@maison-lumen.fr.

Bien cordialement,
Claire Dubois
Maison Lumen =E2=80=93 Responsable e-commerce
'''),

    ('fr', 'payment-provider-kyc-document-refused', 'automated', (),
'''Return-Path: <bounces@notifications.payvance.eu>
Received: from out-07.notifications.payvance.eu (out-07.notifications.payvance.eu [212.83.160.57])
        by mx1.shop.example.be (Postfix) with ESMTPS id 1B6CF3A8D4
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 10:18:26 +0100 (CET)
From: =?UTF-8?Q?Payvance_=E2=80=93_Conformit=C3=A9?= <conformite@payvance.eu>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Action_requise_:_v=C3=A9rification_KYC_d'un_vendeur_(ID_2031?=
 =?UTF-8?Q?8)?=
Date: Fri, 30 Oct 2026 09:18:24 +0000
Message-ID: <kyc-20318-doc-refused.1793351904@notifications.payvance.eu>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Dans le cadre de la vérification d'identité (KYC) des vendeurs de votre
place de marché, un document a été refusé.

Vendeur :            Atelier Nord SRL (ID vendeur 20318)
Document :           pièce d'identité du représentant légal
Statut :             refusé
Motif :              document expiré

Le vendeur a été invité à transmettre un document en cours de validité
depuis son espace. Tant que la vérification n'est pas terminée, les
virements vers son compte bancaire restent suspendus.

Suivre le dossier : https://dashboard.payvance.eu/platform/kyc/20318

Ce courriel est généré automatiquement. Pour toute question, consultez le
centre d'aide Payvance.

L'équipe Conformité Payvance
'''),

    ('fr', 'person-forwards-seller-newsletter-never-subscribed', 'complaint', ('withdraw_consent',),
'''Return-Path: <martine.lefevre@skynet.be>
Received: from mailsec.proximus.be (mailsec-out4.proximus.be [195.238.22.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7C90B3A1D6
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:52:19 +0100 (CET)
From: =?utf-8?Q?Martine_Lef=C3=A8vre?= <martine.lefevre@skynet.be>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?TR=3A_Les_nouveaut=C3=A9s_d'automne_chez_Bougies_&_Co?=
Date: Tue, 3 Nov 2026 10:52:11 +0100
Message-ID: <002a01db2d8e$b31f4a70$195ddf50$@skynet.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQG3d5hV0cKq2Pz7mJ1Vb6Q8yTn2EA==
Content-Language: fr-be

Bonjour,

Je vous transfère encore un de ces messages. Je n'ai jamais demandé à
recevoir la lettre d'information de ce vendeur : j'ai acheté une seule
bougie chez lui sur votre site, en septembre, et je n'ai coché aucune case.
Depuis, j'en reçois une chaque semaine.

Je trouve anormal que mon adresse e-mail serve à ce genre de publicité sans
mon accord et je tiens à vous le signaler.

Retirez-moi de cette liste, et de celles de vos autres vendeurs s'il y en a.

Martine Lefèvre

De : Bougies & Co via Shop Example <newsletter@mail.marketplace.shop.example.be>
Envoyé : lundi 2 novembre 2026 18:00
À : martine.lefevre@skynet.be
Objet : Les nouveautés d'automne chez Bougies & Co

Bonjour Martine,

L'automne est là, et avec lui nos nouvelles senteurs : Feu de bois,
Pomme cannelle et Sous-bois. Coulées à la main dans notre atelier de
Namur, en cire de soja, mèche en coton.

-15 % sur toute la collection avec le code AUTOMNE15, jusqu'au 8 novembre.

Découvrir : https://www.shop.example.be/mp/s/bougies-and-co

À très vite,
Élodie, Bougies & Co

Vous recevez cet e-mail parce que vous avez commandé chez Bougies & Co sur
Shop Example Marketplace.
Se désabonner : https://mail.marketplace.shop.example.be/u/8fd21?l=bc
'''),

    # ------------------------------------------------------------------ de
    ('de', 'exchange-online-ndr-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2098.outbound.protection.outlook.com [40.107.13.98])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2F8E13A0C4
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:31:21 +0100 (CET)
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hoffmann-wohnen.de>
To: <privacy@shop.example.be>
Date: Tue, 27 Oct 2026 09:31:18 +0000
Subject: Unzustellbar: [PRIV-2026-1203] Anfrage einer Kundin zu ihren Daten
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_cd91a0f3-5d2b-4a8e-9c64-1f0e7b2d8a31_"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <3f8b1c2e-7d4a-4e91-b6c5-0a9d2e4f7b13@DB9PR04MB8421.eurprd04.prod.outlook.com>
In-Reply-To: <PRIV-2026-1203.1.1793093474@shop.example.be>
References: <PRIV-2026-1203.1.1793093474@shop.example.be>
Thread-Topic: [PRIV-2026-1203] Anfrage einer Kundin zu ihren Daten
Auto-Submitted: auto-replied
MIME-Version: 1.0

--_cd91a0f3-5d2b-4a8e-9c64-1f0e7b2d8a31_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Die Nachricht konnte nicht zugestellt werden.

Ihre Nachricht hat k.mueller@hoffmann-wohnen.de nicht erreicht, weil die
E-Mail-Adresse nicht gefunden wurde. Möglicherweise wurde sie falsch
geschrieben oder existiert nicht mehr.

Lösung: Überprüfen Sie die E-Mail-Adresse des Empfängers auf Tippfehler und
senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht, wenden
Sie sich auf anderem Weg an den Empfänger (z. B. telefonisch) und bitten Sie
ihn, seinen E-Mail-Administrator zu informieren.

Diagnoseinformationen für Administratoren:

Generierender Server: DB9PR04MB8421.eurprd04.prod.outlook.com

k.mueller@hoffmann-wohnen.de
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
k.mueller@hoffmann-wohnen.de not found by SMTP address lookup' zurückgegeben.

--_cd91a0f3-5d2b-4a8e-9c64-1f0e7b2d8a31_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR04MB8421.eurprd04.prod.outlook.com
Received-From-MTA: dns;out2.shop.example.be
Arrival-Date: Tue, 27 Oct 2026 09:31:16 +0000

Final-Recipient: rfc822;k.mueller@hoffmann-wohnen.de
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 k.mueller@hoffmann-wohnen.de not found by SMTP address lookup

--_cd91a0f3-5d2b-4a8e-9c64-1f0e7b2d8a31_
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out2.shop.example.be (195.130.142.18) by
 DB9PR04MB8421.eurprd04.prod.outlook.com with Microsoft SMTP Server id
 15.20.8114.21 via Frontend Transport; Tue, 27 Oct 2026 09:31:16 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: k.mueller@hoffmann-wohnen.de
Subject: [PRIV-2026-1203] Anfrage einer Kundin zu ihren Daten
Date: Tue, 27 Oct 2026 10:31:14 +0100
Message-ID: <PRIV-2026-1203.1.1793093474@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--_cd91a0f3-5d2b-4a8e-9c64-1f0e7b2d8a31_--
'''),

    ('de', 'marketplace-seller-performance-report-monthly', 'automated', (),
'''Return-Path: <bounce-perf@marketplace.shop.example.be>
Received: from notify2.marketplace.shop.example.be (notify2.marketplace.shop.example.be [10.20.7.22])
        by mx1.shop.example.be (Postfix) with ESMTP id 6A0D73A9E3
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 06:00:44 +0100 (CET)
From: Seller Center Shop Example <seller-center@marketplace.shop.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Ihr_Leistungsbericht_f=C3=BCr_Oktober_2026_=E2=80=93?=
 =?UTF-8?Q?_Handlungsbedarf_bei_der_Versandzeit?=
Date: Mon, 02 Nov 2026 06:00:43 +0100
Message-ID: <perf.2026-10.seller-31877.1793595643@marketplace.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-SC-Notification-Type: performance_report
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag Küchenzauber Schmidt,

hier ist Ihr monatlicher Leistungsbericht für den Zeitraum 01.10.-31.10.2026.

Kennzahl                           Ihr Wert   Zielwert   Status
Stornoquote (durch Verkäufer)      0,8 %      < 2,5 %    OK
Verspätete Versendung              5,3 %      < 4 %      Achtung
Gültige Sendungsverfolgung         97,1 %     > 95 %     OK
Antwortzeit auf Käufernachrichten  11 Std.    < 24 Std.  OK
Rücksendequote                     3,4 %      -          -

Ihre Quote verspäteter Versendungen liegt über dem Zielwert. Liegt sie
zwei Monate in Folge über 4 %, kann die Sichtbarkeit Ihrer Angebote
eingeschränkt werden.

Unser Tipp: Hinterlegen Sie im Seller Center realistische
Bearbeitungszeiten, besonders für Artikel, die Sie auf Bestellung
fertigen.

Alle Details: https://sellercenter.shop.example.be/performance

Dies ist eine automatisch erstellte E-Mail. Bitte antworten Sie nicht
darauf.
'''),

    ('de', 'mailbox-no-longer-in-use-auto-reply', 'automated', (),
'''Return-Path: <datenschutz@kuechenwelt-mueller.de>
Received: from mout.kundenserver.de (mout.kundenserver.de [212.227.126.133])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4B17D3A2F8
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:09:37 +0100 (CET)
From: datenschutz@kuechenwelt-mueller.de
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Automatische_Antwort=3A_Dieses_Postfach_wird_nicht_mehr_be?=
 =?UTF-8?Q?treut?=
Date: Thu, 5 Nov 2026 14:09:35 +0100
Message-ID: <autoreply.1793884175.77a1@kuechenwelt-mueller.de>
In-Reply-To: <PRIV-2026-1216.1.1793884170@shop.example.be>
References: <PRIV-2026-1216.1.1793884170@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

dieses Postfach wird seit dem 1. Oktober 2026 nicht mehr betreut. Ihre
Nachricht wurde weder gelesen noch weitergeleitet.

Anfragen zum Datenschutz richten Sie bitte an unseren externen
Datenschutzbeauftragten:
Vogt & Partner Datenschutz, dsb-kuechenwelt@vogt-partner-datenschutz.de

Für Bestellungen und Reklamationen: service@kuechenwelt-mueller.de

Mit freundlichen Grüßen
Küchenwelt Müller GmbH
'''),

    ('de', 'person-seller-reply-above-payout-statement-missing-payout', 'other', (),
'''Return-Path: <j.becker@becker-holzwaren.de>
Received: from smtprelay05.strato.de (smtprelay05.strato.de [81.169.145.167])
        by mx1.shop.example.be (Postfix) with ESMTPS id 9E3C53A6B1
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 11:26:02 +0100 (CET)
From: =?utf-8?Q?J=C3=BCrgen_Becker?= <j.becker@becker-holzwaren.de>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?AW=3A_Ihre_Auszahlung_vom_3=2E_November_2026_=28Zeitraum_16=2E?=
 =?utf-8?Q?=E2=80=9331=2E10=2E=29?=
Date: Mon, 9 Nov 2026 11:25:57 +0100
Message-ID: <001c01db3227$e4a91f20$adfb5d60$@becker-holzwaren.de>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbMhf3T0vXc2k8Q9eN1rB5m4a7Zw==
Content-Language: de

Guten Tag,

laut der Mail unten wurde unsere Auszahlung am 3.11. veranlasst und sollte
am 5.11. auf dem Konto sein. Heute ist der 9.11., und auf unserem
Geschäftskonto ist nichts eingegangen. Die Ticketfunktion im Seller Center
zeigt mir seit Tagen nur eine Fehlermeldung an und die Hotline war zweimal
besetzt, deshalb versuche ich es über diese Adresse.

Könnten Sie das bitte an die zuständige Abteilung weitergeben? Es geht um
2.146,37 €.

Mit freundlichen Grüßen

Jürgen Becker
Becker Holzwaren GbR
Am Mühlbach 12 · 79117 Freiburg
Tel. 0761 4589 223

-----Ursprüngliche Nachricht-----
Von: Shop Example Marketplace - Auszahlungen <payouts@marketplace.shop.example.be>
Gesendet: Dienstag, 3. November 2026 07:15
An: j.becker@becker-holzwaren.de
Betreff: Ihre Auszahlung vom 3. November 2026 (Zeitraum 16.–31.10.)

Hallo Becker Holzwaren,

wir haben Ihre Auszahlung veranlasst.

Zeitraum:            16.-31.10.2026
Umsatz brutto:       2.603,90 €
Provision (12 %):     -312,47 €
Versandetiketten:     -145,06 €
Auszahlungsbetrag:   2.146,37 €

Konto: DE** **** **** **** **07 13
Voraussichtlich auf Ihrem Konto: 05.11.2026

Dies ist eine automatische Nachricht; Antworten auf diese E-Mail werden
nicht gelesen. Fragen zu Ihrer Auszahlung? Eröffnen Sie ein Ticket im
Seller Center.
'''),

    # ------------------------------------------------------------------ es
    ('es', 'gmail-vacation-responder-seller-owner', 'automated', (),
'''Return-Path: <lucia.fernandez.tiendaluz@gmail.com>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id D10A43A5E7
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 10:11:12 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1793178669;
        h=in-reply-to:references:auto-submitted:subject:from:to:date:message-id;
        bh=Zr9tXc1mYq2G0wB7hVd3kL5pN8sE4uA6jO1iR3fT0yQ=;
        b=QmV7hX2nZ0cR4tW9yB1dF6gJ3kL8pS5vA0eI2oU7mN4qT1xC9zH6rD3wG8jK5bY0
MIME-Version: 1.0
References: <PRIV-2026-1206.1.1793178640@shop.example.be>
In-Reply-To: <PRIV-2026-1206.1.1793178640@shop.example.be>
Auto-Submitted: auto-replied
From: =?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fernandez.tiendaluz@gmail.com>
Date: Wed, 28 Oct 2026 10:11:09 +0100
Message-ID: <CAJx8f2pVq3kT0wN7mB4rZ9sLd1Yh6uQe2cX5oGj8aFn3tW0Rk@mail.gmail.com>
Subject: Re: [PRIV-2026-1206] Consulta sobre un cliente de Tienda Luz
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000a3c5e10623f1b4d2"

--000000000000a3c5e10623f1b4d2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Estoy de vacaciones hasta el lunes 9 de noviembre y no voy a mirar el corre=
o. Los pedidos se siguen preparando y enviando con normalidad.

Si es algo urgente, escribe a hola@tiendaluz.es y mi compa=C3=B1ero Dani te=
 responder=C3=A1 lo antes posible.

=C2=A1Gracias!
Luc=C3=ADa

--000000000000a3c5e10623f1b4d2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hola:<br><br>Estoy de vacaciones hasta el lunes 9 de novie=
mbre y no voy a mirar el correo. Los pedidos se siguen preparando y enviand=
o con normalidad.<br><br>Si es algo urgente, escribe a <a href=3D"mailto:ho=
la@tiendaluz.es">hola@tiendaluz.es</a> y mi compa=C3=B1ero Dani te responde=
r=C3=A1 lo antes posible.<br><br>=C2=A1Gracias!<br>Luc=C3=ADa</div>

--000000000000a3c5e10623f1b4d2--
'''),

    ('es', 'marketplace-new-order-notice-for-seller', 'automated', (),
'''Return-Path: <bounce-orders@marketplace.shop.example.be>
Received: from notify1.marketplace.shop.example.be (notify1.marketplace.shop.example.be [10.20.7.21])
        by mx1.shop.example.be (Postfix) with ESMTP id 3E9B23A4C1
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 21:48:05 +0100 (CET)
From: Shop Example Marketplace <no-reply@marketplace.shop.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=C2=A1Tienes_un_nuevo_pedido!_MP-2026-889140?=
Date: Tue, 03 Nov 2026 21:48:04 +0100
Message-ID: <order.MP-2026-889140.seller-40215.1793738884@marketplace.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-SC-Notification-Type: new_order
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hola, Cerámica Alba:

¡Has vendido un artículo! Prepara el envío antes del jueves 5 de noviembre
de 2026 a las 23:59.

Pedido:     MP-2026-889140
Fecha:      03/11/2026 21:47
Artículo:   Juego de 4 cuencos de gres "Brisa", azul (SKU CA-BR-04)
Cantidad:   1
Precio:     38,90 € (envío: 5,95 €)

Dirección de envío:
Javier Ortega Ruiz
Rue de la Croix de Fer 41, bte 3
1000 Bruxelles
Bélgica

Descarga la etiqueta de envío en el Centro de vendedores:
https://sellercenter.shop.example.be/orders/MP-2026-889140

Recuerda: los datos del comprador solo pueden usarse para gestionar este
pedido.

Este es un mensaje automático. Por favor, no respondas a este correo.
'''),

    ('es', 'marketplace-listing-approved-notice', 'automated', (),
'''Return-Path: <bounce-catalog@marketplace.shop.example.be>
Received: from notify2.marketplace.shop.example.be (notify2.marketplace.shop.example.be [10.20.7.22])
        by mx1.shop.example.be (Postfix) with ESMTP id 7B4F03A8A2
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 12:34:19 +0100 (CET)
From: Shop Example Marketplace <no-reply@marketplace.shop.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Tu_anuncio_ya_est=C3=A1_publicado=3A_L=C3=A1mpara_colgante_?=
 =?UTF-8?Q?de_rat=C3=A1n_=22Cala=22?=
Date: Fri, 30 Oct 2026 12:34:18 +0100
Message-ID: <catalog.approved.DM-CALA-40.1793360058@marketplace.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-SC-Notification-Type: listing_approved
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hola, Decoración Marisol:

Buenas noticias: hemos revisado tu anuncio y ya está visible para los
compradores de Bélgica y Países Bajos.

Producto:   Lámpara colgante de ratán "Cala", 40 cm
SKU:        DM-CALA-40
Precio:     64,00 €
Stock:      12 unidades
Categoría:  Casa > Iluminación > Lámparas de techo

Consejo: los anuncios con al menos 5 fotos venden de media un 30 % más.
Puedes añadir fotos en Catálogo > Mis anuncios.

Ver anuncio: https://www.shop.example.be/mp/p/dm-cala-40

El equipo de Shop Example Marketplace

Mensaje automático, por favor no respondas.
'''),

    ('es', 'person-iphone-reply-to-weekly-offers-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <rocionavarro.bxl@gmail.com>
Received: from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 5C2A13A7D9
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 13:17:48 +0100 (CET)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?Q?Roc=C3=ADo_Navarro?= <rocionavarro.bxl@gmail.com>
Mime-Version: 1.0 (1.0)
Subject: Re: Ofertas de la semana: hasta -40 % en Hogar y Cocina
Date: Fri, 6 Nov 2026 13:17:41 +0100
Message-Id: <8E1B4C7A-2D93-4F60-A5B8-71C0E3D9F2A4@gmail.com>
References: <weekly.20261106.offers.7f3a@mail.marketplace.shop.example.be>
In-Reply-To: <weekly.20261106.offers.7f3a@mail.marketplace.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

No quiero recibir m=C3=A1s correos de ofertas, ni vuestros ni de los vended=
ores. Dadme de baja, por favor.

Enviado desde mi iPhone

> El 6 nov 2026, a las 9:02, Shop Example Marketplace <ofertas@mail.marketp=
lace.shop.example.be> escribi=C3=B3:
>=20
> =EF=BB=BF
> =C2=A1Hola, Roc=C3=ADo!
>=20
> Esta semana, hasta -40 % en Hogar y Cocina: sartenes, menaje, textiles y
> mucho m=C3=A1s de nuestros vendedores.
>=20
> Ver ofertas: https://www.shop.example.be/mp/ofertas
>=20
> Recibes este correo porque est=C3=A1s suscrita a las ofertas de Shop Exam=
ple.
> Darse de baja: https://mail.marketplace.shop.example.be/u/c81e0?l=3Dweekly
'''),

    # ------------------------------------------------------------------ it
    ('it', 'localized-postfix-dsn-mailbox-over-quota', 'automated', (),
'''Return-Path: <>
Received: from mx02.postaservizi.it (mx02.postaservizi.it [89.46.108.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 8D36F3A0B5
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 10:40:27 +0100 (CET)
Received: by mx02.postaservizi.it (Postfix)
        id 41C2E18A3F; Sat, 31 Oct 2026 10:40:26 +0100 (CET)
Date: Sat, 31 Oct 2026 10:40:26 +0100 (CET)
From: MAILER-DAEMON@mx02.postaservizi.it (Sistema di posta)
Subject: Messaggio non recapitato
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="41C2E18A3F.1793439626/mx02.postaservizi.it"
Content-Transfer-Encoding: 8bit
Message-Id: <20261031094026.41C2E18A3F@mx02.postaservizi.it>

This is a MIME-encapsulated message.

--41C2E18A3F.1793439626/mx02.postaservizi.it
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Questo è un messaggio generato automaticamente dal server di posta
mx02.postaservizi.it.

Non è stato possibile recapitare il suo messaggio a uno o più
destinatari. Le intestazioni del messaggio originale sono riportate
in allegato.

Per assistenza scriva a postmaster@postaservizi.it allegando questo
rapporto.

                   Il sistema di posta

<amministrazione@ceramicherossi.it>: casella di posta piena. Lo spazio
    a disposizione del destinatario è esaurito (quota superata). La
    consegna è stata ritentata per 5 giorni senza successo.

--41C2E18A3F.1793439626/mx02.postaservizi.it
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx02.postaservizi.it
X-Postfix-Queue-ID: 41C2E18A3F
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 26 Oct 2026 10:38:52 +0100 (CET)

Final-Recipient: rfc822; amministrazione@ceramicherossi.it
Original-Recipient: rfc822;amministrazione@ceramicherossi.it
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildrop: maildir over quota.

--41C2E18A3F.1793439626/mx02.postaservizi.it
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from out2.shop.example.be (out2.shop.example.be [195.130.142.18])
        by mx02.postaservizi.it (Postfix) with ESMTPS id 41C2E18A3F
        for <amministrazione@ceramicherossi.it>; Mon, 26 Oct 2026 10:38:52 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: amministrazione@ceramicherossi.it
Subject: [PRIV-2026-1209] Richiesta di un cliente relativa ai suoi dati
Date: Mon, 26 Oct 2026 10:38:50 +0100
Message-ID: <PRIV-2026-1209.1.1793007530@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--41C2E18A3F.1793439626/mx02.postaservizi.it--
'''),

    ('it', 'seller-newsletter-sent-through-platform', 'automated', (),
'''Return-Path: <bounce-news.3kq9x@mail.marketplace.shop.example.be>
Received: from smx3.mail.marketplace.shop.example.be (smx3.mail.marketplace.shop.example.be [195.130.142.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id A2F7B3A3D8
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 18:00:22 +0100 (CET)
From: Ceramiche Rossi via Shop Example <newsletter@mail.marketplace.shop.example.be>
Reply-To: Ceramiche Rossi <info@ceramicherossi.it>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nuovi_arrivi=3A_la_collezione_autunno_=C3=A8_online_=F0=9F=8D=82?=
Date: Thu, 05 Nov 2026 18:00:20 +0100
Message-ID: <news.cr-1126.3kq9x@mail.marketplace.shop.example.be>
List-Id: Novita Ceramiche Rossi <ceramiche-rossi.seller-news.marketplace.shop.example.be>
List-Unsubscribe: <https://mail.marketplace.shop.example.be/u/3kq9x?l=cr>,
 <mailto:unsubscribe+3kq9x@mail.marketplace.shop.example.be>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Feedback-ID: cr-1126:seller-news:smx
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_3kq9x_cr1126"

--b1_3kq9x_cr1126
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ciao!

La collezione autunno =C3=A8 finalmente online: piatti e tazze in gres smal=
tati a mano nel nostro laboratorio di Caltagirone, nei colori del bosco =E2=
=80=94 ruggine, muschio e castagna.

Solo fino a domenica 8 novembre: spedizione gratuita in Belgio e nei Paesi =
Bassi per ordini da 49 =E2=82=AC.

Scopri la collezione: https://www.shop.example.be/mp/s/ceramiche-rossi

A presto,
Giulia e Marco
Ceramiche Rossi

--
Hai ricevuto questa e-mail perch=C3=A9 segui Ceramiche Rossi su Shop Exampl=
e Marketplace.
Disiscriviti: https://mail.marketplace.shop.example.be/u/3kq9x?l=3Dcr

--b1_3kq9x_cr1126
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Georgia,serif;color:#3b2a1e"><h1>Nuovi arr=
ivi</h1><p>La collezione autunno =C3=A8 finalmente online: piatti e tazze i=
n gres smaltati a mano nel nostro laboratorio di Caltagirone, nei colori de=
l bosco =E2=80=94 ruggine, muschio e castagna.</p><p><b>Solo fino a domenic=
a 8 novembre:</b> spedizione gratuita in Belgio e nei Paesi Bassi per ordin=
i da 49 =E2=82=AC.</p><p><a href=3D"https://www.shop.example.be/mp/s/cerami=
che-rossi">Scopri la collezione</a></p><p>A presto,<br>Giulia e Marco</p><p=
 style=3D"font-size:11px;color:#888">Hai ricevuto questa e-mail perch=C3=A9=
 segui Ceramiche Rossi su Shop Example Marketplace. <a href=3D"https://mail=
.marketplace.shop.example.be/u/3kq9x?l=3Dcr">Disiscriviti</a></p></body></h=
tml>

--b1_3kq9x_cr1126--
'''),

    ('it', 'marketplace-buyer-claim-opened-item-not-received', 'automated', (),
'''Return-Path: <bounce-claims@marketplace.shop.example.be>
Received: from notify1.marketplace.shop.example.be (notify1.marketplace.shop.example.be [10.20.7.21])
        by mx1.shop.example.be (Postfix) with ESMTP id F05E83A1B4
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 15:06:33 +0100 (CET)
From: Shop Example Marketplace <no-reply@marketplace.shop.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Contestazione_aperta_sull'ordine_MP-2026-877301_=E2=80=93_ri?=
 =?UTF-8?Q?sposta_entro_il_6_novembre?=
Date: Tue, 03 Nov 2026 15:06:32 +0100
Message-ID: <claim.CL-2026-40912.opened.1793714792@marketplace.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-SC-Notification-Type: claim_opened
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gentile Cartoleria Moretti,

un acquirente ha aperto una contestazione sull'ordine MP-2026-877301.

Numero pratica:       CL-2026-40912
Motivo indicato:      articolo non ricevuto
Importo contestato:   54,80 €
Data di apertura:     3 novembre 2026

Messaggio dell'acquirente:
"Il tracking dice consegnato il 29/10 ma il pacco non è mai arrivato, né
nella cassetta né dai vicini."

Cosa fare entro venerdì 6 novembre 2026:
  - caricare la prova di consegna (firma o foto del corriere), oppure
  - proporre un rimborso all'acquirente.

Senza una risposta entro il termine, la contestazione verrà chiusa a favore
dell'acquirente e l'importo sarà trattenuto dal prossimo pagamento.

Gestisci la pratica: https://sellercenter.shop.example.be/claims/CL-2026-40912

Questo messaggio è generato automaticamente: non rispondere a questa e-mail.
'''),

    ('it', 'person-reminder-above-our-own-auto-acknowledgement', 'complaint', (),
'''Return-Path: <francesca.greco@libero.it>
Received: from libero.it (smtp-32.iol.local [10.101.8.32])
        by mx1.shop.example.be (Postfix) with ESMTPS id 6B4D93A6E2
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 20:14:55 +0100 (CET)
Date: Wed, 4 Nov 2026 20:14:51 +0100 (CET)
From: Francesca Greco <francesca.greco@libero.it>
To: privacy@shop.example.be
Message-ID: <1187442903.4410268.1793819691552@mail1.libero.it>
In-Reply-To: <ack.PRIV-2026-1033.1791540720@shop.example.be>
References: <ack.PRIV-2026-1033.1791540720@shop.example.be>
Subject: Re: We have received your request [PRIV-2026-1033]
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Priority: 3
Importance: Normal
X-Mailer: Libero Mail

Buongiorno,

vi riscrivo sotto la vostra conferma automatica del 2 ottobre. Da allora non
ho ricevuto più nulla: né i dati che avevo chiesto, né una richiesta di
chiarimenti, niente di niente. Il termine di un mese è scaduto da un pezzo.

Se entro la prossima settimana non ricevo una risposta concreta, presenterò
reclamo all'Autorità per la protezione dei dati.

Distinti saluti
Francesca Greco

> Il 2 ottobre 2026 alle 10.12 privacy@shop.example.be ha scritto:
>
> Dear customer,
>
> Thank you for your message. We have received your request and registered
> it under reference PRIV-2026-1033. We will reply within one month.
>
> This is an automatic acknowledgement. Please keep the reference in the
> subject line if you write to us again.
>
> Shop Example BV - Privacy Team
'''),

    # ------------------------------------------------------------------ pt
    ('pt', 'outlook-ooo-seller-sales-pt-pt', 'automated', (),
'''Return-Path: <anarita.sousa@casadolinho.pt>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2119.outbound.protection.outlook.com [40.107.241.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0E7C43A9F1
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 15:44:08 +0100 (CET)
From: Ana Rita Sousa <anarita.sousa@casadolinho.pt>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?Resposta_autom=C3=A1tica=3A_[PRIV-2026-1219]_Pedido_de_um_c?=
 =?utf-8?Q?liente_relativo_aos_seus_dados?=
Thread-Topic: [PRIV-2026-1219] Pedido de um cliente relativo aos seus dados
Thread-Index: AQHbKfE2yV0m3k9Q7LxP4b1t8dZ6Rg==
Date: Thu, 29 Oct 2026 14:44:05 +0000
Message-ID: <8b2e6f1a93c04d7fa5e2b0c9d4173f6e@PA4PR07MB8120.eurprd07.prod.outlook.com>
In-Reply-To: <PRIV-2026-1219.1.1793285020@shop.example.be>
References: <PRIV-2026-1219.1.1793285020@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: pt-PT
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Ol=C3=A1,

Obrigada pela sua mensagem. Estou fora do escrit=C3=B3rio at=C3=A9 dia 3 de=
 novembro, inclusive, sem acesso regular ao e-mail.

Para assuntos relacionados com encomendas do marketplace, por favor contact=
e a minha colega Joana Pires (joana.pires@casadolinho.pt).

Cumprimentos,
Ana Rita Sousa
Casa do Linho =E2=80=93 Vendas Online
'''),

    ('pt', 'marketplace-seller-verification-completed', 'automated', (),
'''Return-Path: <bounce-kyc@marketplace.shop.example.be>
Received: from notify2.marketplace.shop.example.be (notify2.marketplace.shop.example.be [10.20.7.22])
        by mx1.shop.example.be (Postfix) with ESMTP id 2D5A93A3E6
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 11:20:51 +0100 (CET)
From: Shop Example Marketplace <no-reply@marketplace.shop.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Verifica=C3=A7=C3=A3o_conclu=C3=ADda=3A_a_sua_conta_de_vende?=
 =?UTF-8?Q?dor_est=C3=A1_ativa?=
Date: Fri, 30 Oct 2026 11:20:50 +0100
Message-ID: <kyc.seller-40388.verified.1793355650@marketplace.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-SC-Notification-Type: kyc_verified
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Olá, Azulejaria Nunes, Lda.

Concluímos a verificação da sua conta de vendedor.

Estado:                 Verificada
Documentos aprovados:   certidão permanente, comprovativo de IBAN,
                        documento de identificação do gerente
Data:                   30/10/2026

A partir de agora pode publicar produtos e receber pagamentos. O primeiro
pagamento será processado no próximo ciclo (16 de novembro de 2026).

Aceda ao Centro de Vendedores: https://sellercenter.shop.example.be

Esta mensagem foi enviada automaticamente. Por favor, não responda.
'''),

    ('pt', 'outlook-read-receipt-mdn-pt', 'automated', (),
'''Return-Path: <miguel.carvalho@lojadocafe.pt>
Received: from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2108.outbound.protection.outlook.com [40.107.6.108])
        by mx1.shop.example.be (Postfix) with ESMTPS id 8C1E53A0D3
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 15:03:55 +0100 (CET)
From: Miguel Carvalho <miguel.carvalho@lojadocafe.pt>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Lida: [PRIV-2026-1221] Pedido de apagamento de dados de um cliente
Thread-Topic: [PRIV-2026-1221] Pedido de apagamento de dados de um cliente
Thread-Index: AQHbLRq8m2Vx0pY4kE7cN1tA5sW9Hg==
Date: Mon, 2 Nov 2026 14:03:51 +0000
Message-ID: <d7c04a1e5b2f4e8896a3f0b1c2e9d547@DB8PR06MB6377.eurprd06.prod.outlook.com>
In-Reply-To: <PRIV-2026-1221.1.1793619615@shop.example.be>
References: <PRIV-2026-1221.1.1793619615@shop.example.be>
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_2b6e0c91-4f7a-4d3e-b815-9a0c7e2f4d16_"
MIME-Version: 1.0

--_2b6e0c91-4f7a-4d3e-b815-9a0c7e2f4d16_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

A sua mensagem

  Para: Miguel Carvalho
  Assunto: [PRIV-2026-1221] Pedido de apagamento de dados de um cliente
  Enviada: segunda-feira, 2 de novembro de 2026 11:40:15 (UTC+00:00) Dublin,=
 Edimburgo, Lisboa, Londres

foi lida em segunda-feira, 2 de novembro de 2026 14:03:51 (UTC+00:00) Dubli=
n, Edimburgo, Lisboa, Londres.

--_2b6e0c91-4f7a-4d3e-b815-9a0c7e2f4d16_
Content-Type: message/disposition-notification

Reporting-UA: lojadocafe.pt; Microsoft Outlook 16.0
Final-Recipient: rfc822;miguel.carvalho@lojadocafe.pt
Original-Message-ID: <PRIV-2026-1221.1.1793619615@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_2b6e0c91-4f7a-4d3e-b815-9a0c7e2f4d16_--
'''),

    ('pt', 'person-iphone-reply-above-shipping-notice-wrong-address', 'correction', (),
'''Return-Path: <tiago.ferreira@sapo.pt>
Received: from sapo.pt (smtp-out3.sapo.pt [213.13.146.138])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4F8D23A5C9
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 18:31:26 +0100 (CET)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Tiago Ferreira <tiago.ferreira@sapo.pt>
Mime-Version: 1.0 (1.0)
Subject: Re: A sua encomenda MP-2026-886702 foi enviada
Date: Thu, 5 Nov 2026 17:31:19 +0000
Message-Id: <3A7F2C19-B84E-4D05-9E61-0C5D8B2F7A33@sapo.pt>
References: <ship.MP-2026-886702.1793895720@marketplace.shop.example.be>
In-Reply-To: <ship.MP-2026-886702.1793895720@marketplace.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Bom dia,

A morada que aparece aqui em baixo est=C3=A1 errada. Mudei de casa em sete=
mbro e j=C3=A1 alterei a morada na app, mas nas encomendas dos vendedores c=
ontinua a aparecer a antiga. Desta vez tive sorte porque o antigo senhorio =
me avisou.

A morada certa =C3=A9:
Avenue Brugmann 187
1190 Forest

Podem corrigir isto na minha conta e naquilo que =C3=A9 passado aos vended=
ores, por favor?

Obrigado,
Tiago Ferreira

Enviado do meu iPhone

> No dia 5/11/2026, =C3=A0s 16:22, Shop Example Marketplace <no-reply@marke=
tplace.shop.example.be> escreveu:
>=20
> =EF=BB=BF
> Ol=C3=A1 Tiago,
>=20
> Boas not=C3=ADcias! A sua encomenda MP-2026-886702 de Casa do Linho foi e=
nviada.
>=20
> Transportadora: bpost
> N=C3=BAmero de seguimento: 323299998800174512
> Entrega prevista: 6 a 7 de novembro
>=20
> Morada de entrega:
> Tiago Ferreira
> Rue Vanderkindere 58
> 1180 Uccle
> B=C3=A9lgica
>=20
> Acompanhar encomenda: https://www.shop.example.be/account/orders/MP-2026-=
886702
'''),
]

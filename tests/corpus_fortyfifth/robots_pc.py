"""Forty-fifth set, robot mail from business relations' systems and the people who look like them (14 languages). Written apart from the code."""

ROBOTS = [
    # 1
    ('en', 'exchange-ooo-deputy-named', 'automated', (),
'''Return-Path: <s.whitfield@harrowgate-retail.co.uk>
Received: from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2118.outbound.protection.outlook.com [40.107.21.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qk7Tz2mLbz9sWx
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 09:14:37 +0100 (CET)
Received: from LO4P265MB6122.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2a7::9) by
 LO4P265MB6043.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2a3::14) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8093.21; Mon, 26 Oct
 2026 08:14:35 +0000
From: Sarah Whitfield <s.whitfield@harrowgate-retail.co.uk>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Data processing agreement - Shop Example BV / Harrowgate
 Retail Ltd
Thread-Topic: Data processing agreement - Shop Example BV / Harrowgate Retail
 Ltd
Thread-Index: AQHbK3m0d2c1ZfE8Tk+2x1y6p9Q0YwAAAAEk
Date: Mon, 26 Oct 2026 08:14:35 +0000
Message-ID: <LO4P265MB6122F1C0A9E3B2D77A4C1E5ABC9A2@LO4P265MB6122.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <20261026081402.7F3A2C0412@mail.shop.example.be>
References: <20261026081402.7F3A2C0412@mail.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Language: en-GB
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email. I am out of the office until Monday 9 November with=
 limited access to email.

For anything relating to contracts or the DPA, please contact my colleague To=
m Ashdown (t.ashdown@harrowgate-retail.co.uk, +44 113 496 0712). For urgent s=
upplier matters, please use procurement@harrowgate-retail.co.uk.

Your message will not be forwarded.

Kind regards,

Sarah Whitfield
Commercial & Legal Manager
Harrowgate Retail Ltd
'''),

    # 2
    ('en', 'postfix-dsn-leaver-address-deleted', 'automated', (),
'''Return-Path: <>
Received: from mail.brightwell-logistics.ie (mail.brightwell-logistics.ie [185.44.12.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ql2Vb0Hq1z9sXs
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 11:02:48 +0100 (CET)
Received: by mail.brightwell-logistics.ie (Postfix)
        id 8C21E1A03F5; Tue, 27 Oct 2026 10:02:47 +0000 (GMT)
Date: Tue, 27 Oct 2026 10:02:47 +0000 (GMT)
From: MAILER-DAEMON@mail.brightwell-logistics.ie (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="8C21E1A03F5.1793095367/mail.brightwell-logistics.ie"
Content-Transfer-Encoding: 7bit
Message-Id: <20261027100247.8C21E1A03F5@mail.brightwell-logistics.ie>

This is a MIME-encapsulated message.

--8C21E1A03F5.1793095367/mail.brightwell-logistics.ie
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.brightwell-logistics.ie.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<declan.oconnor@brightwell-logistics.ie>: host
    mailstore.brightwell-logistics.ie[10.20.0.14] said: 550 5.1.1
    <declan.oconnor@brightwell-logistics.ie>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--8C21E1A03F5.1793095367/mail.brightwell-logistics.ie
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.brightwell-logistics.ie
X-Postfix-Queue-ID: 8C21E1A03F5
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 27 Oct 2026 10:02:46 +0000 (GMT)

Final-Recipient: rfc822; declan.oconnor@brightwell-logistics.ie
Original-Recipient: rfc822;declan.oconnor@brightwell-logistics.ie
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore.brightwell-logistics.ie
Diagnostic-Code: smtp; 550 5.1.1 <declan.oconnor@brightwell-logistics.ie>:
    Recipient address rejected: User unknown in virtual mailbox table

--8C21E1A03F5.1793095367/mail.brightwell-logistics.ie
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [194.78.201.33])
        by mail.brightwell-logistics.ie (Postfix) with ESMTPS id 8C21E1A03F5
        for <declan.oconnor@brightwell-logistics.ie>; Tue, 27 Oct 2026 10:02:46 +0000 (GMT)
Received: by mail.shop.example.be (Postfix, from userid 1004)
        id 3B7E2C0291; Tue, 27 Oct 2026 11:02:44 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Declan O'Connor <declan.oconnor@brightwell-logistics.ie>
Subject: Sub-processor questionnaire 2026 - Shop Example BV (ref. PRV-2026-0902)
Date: Tue, 27 Oct 2026 11:02:44 +0100
Message-ID: <20261027100244.3B7E2C0291@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=-k2Lx8vQpR0aT3mW9yE5n"

--8C21E1A03F5.1793095367/mail.brightwell-logistics.ie--
'''),

    # 3
    ('en', 'crm-sequence-just-following-up', 'automated', (),
'''Return-Path: <1axbtkfo1lk5ve0a3q1s6d9u2hj0qwbr7gkcx-privacy=shop.example.be@bf03x.hubspotemail.net>
Received: from bid4c.hubspotemail.net (bid4c.hubspotemail.net [143.244.87.76])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QlB2h5Bq7z9sYc
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 15:30:04 +0100 (CET)
From: Ryan Mercer <ryan.mercer@consently.io>
Reply-To: ryan.mercer@consently.io
To: privacy@shop.example.be
Subject: Re: Consent rates at Shop Example
Date: Wed, 28 Oct 2026 14:30:01 +0000
Message-ID: <1793197801446.8f1e2a0c-5b3d-4c7e-9a61-2d0f8b7e4c19@bf03x.hubspotemail.net>
X-HS-Cid: 1axbtkfo1lk5ve0a3q1s6d9u2hj0qwbr7gkcx
X-Report-Abuse-To: abuse@hubspot.com
X-HubSpot-Sequence-Step: 3
List-Unsubscribe: <https://hs-8801273.s.hubspotemail.net/hs/manage-preferences/unsubscribe?d=VnY3kQ8b&v=3>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: multipart/alternative;
        boundary="----=_Part_8812033_1294620571.1793197801446"

------=_Part_8812033_1294620571.1793197801446
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hi there,

Just following up on my last email - I know how busy things get before the
holiday season.

Retailers like Shop Example typically lose 20-30% of their analytics data to
banner fatigue. Would you be open to a 15-minute call next week to see how
Consently gets that back without touching your legal basis?

Here's my calendar if that's easier: https://meetings.hubspot.com/ryan-mercer

If now isn't the right time, no worries.

Best,
Ryan

Ryan Mercer | Account Executive, Benelux | Consently
+44 20 3807 1194

On Wed, Oct 21, 2026 at 10:12 AM, Ryan Mercer <ryan.mercer@consently.io> wrote:
> Hi there,
>
> I came across Shop Example while looking at cookie banners in Belgian
> e-commerce and noticed you're still on a basic accept/reject banner.
>
> Worth a quick chat?
>
> Ryan

Don't want to hear from me again? Unsubscribe:
https://hs-8801273.s.hubspotemail.net/hs/manage-preferences/unsubscribe?d=VnY3kQ8b&v=3

------=_Part_8812033_1294620571.1793197801446
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

<html><body><div>Hi there,</div><div><br></div><div>Just following up on my last email - I know how busy things get before the holiday season.</div><div><br></div><div>Retailers like Shop Example typically lose 20-30% of their analytics data to banner fatigue. Would you be open to a 15-minute call next week to see how Consently gets that back without touching your legal basis?</div><div><br></div><div>Here's <a href="https://meetings.hubspot.com/ryan-mercer">my calendar</a> if that's easier.</div><div><br></div><div>If now isn't the right time, no worries.</div><div><br></div><div>Best,<br>Ryan</div><div><br></div><div>Ryan Mercer | Account Executive, Benelux | Consently<br>+44 20 3807 1194</div><img src="https://t.hubspotemail.net/e1t/o/5/f18dQhb0S7kC8dZ5rTW1Lz8cF3K9dW3N7m" width="1" height="1" alt=""><p style="font-size:11px;color:#888">Don't want to hear from me again? <a href="https://hs-8801273.s.hubspotemail.net/hs/manage-preferences/unsubscribe?d=VnY3kQ8b&amp;v=3">Unsubscribe</a></p></body></html>

------=_Part_8812033_1294620571.1793197801446--
'''),

    # 4
    ('en', 'person-reply-above-trade-fair-lead-app-followup', 'access', (),
'''Return-Path: <megan.lloyd@northfield-interiors.co.uk>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2097.outbound.protection.outlook.com [40.107.105.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmF8r1Xv6z9sZd
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 19:48:22 +0100 (CET)
From: Megan Lloyd <megan.lloyd@northfield-interiors.co.uk>
To: "privacy@shop.example.be" <privacy@shop.example.be>
CC: "events@shop.example.be" <events@shop.example.be>
Subject: Re: Great meeting you at RetailTech Europe Brussels!
Thread-Topic: Great meeting you at RetailTech Europe Brussels!
Thread-Index: AQHbLq1Fk0p7uC2dQ0a9ZbKc1Xg3sQ==
Date: Tue, 3 Nov 2026 18:48:19 +0000
Message-ID: <AM7PR02MB6280B3D1E0A2F4C9D8E71B22A4D12@AM7PR02MB6280.eurprd02.prod.outlook.com>
References: <lp.20261102150512.7c2f9e41b0@mailer.leadpulse.app>
In-Reply-To: <lp.20261102150512.7c2f9e41b0@mailer.leadpulse.app>
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

I wasn't at RetailTech and I've never spoken to anyone from Shop Example, so =
I'd like to know how you came to have my name, job title and mobile number. =
Who gave them to you, and what else do you hold about me?

Megan Lloyd

Get Outlook for iOS<https://aka.ms/o0ukef>
________________________________
From: Shop Example BV <events@shop.example.be>
Sent: Monday, November 2, 2026 3:05:12 PM
To: Megan Lloyd <megan.lloyd@northfield-interiors.co.uk>
Subject: Great meeting you at RetailTech Europe Brussels!

Hi Megan,

Thanks for stopping by the Shop Example stand (Hall 5, B214) at RetailTech E=
urope! As promised, here's our B2B catalogue and the 10% welcome code for yo=
ur first business order: RTE26-B2B.

Your account manager will be in touch this week.

Shop Example BV - Business Sales

This email was sent via LeadPulse on behalf of Shop Example BV because your =
badge was scanned at our stand. Unsubscribe<https://leadpulse.app/u/7c2f9e41=
b0>
'''),

    # 5
    ('en', 'person-forwards-b2b-welcome-mail-never-signed-up', 'deletion', ('access',),
'''Return-Path: <d.hartley.joinery@gmail.com>
Received: from mail-wr1-f51.google.com (mail-wr1-f51.google.com [209.85.221.51])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmJ0c6Sx2z9sWf
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 12:37:45 +0100 (CET)
Received: by mail-wr1-f51.google.com with SMTP id ffacd0b85a97d-3811e0a3b9cso1847213f8f.1
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 03:37:44 -0800 (PST)
From: Dan Hartley <d.hartley.joinery@gmail.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: Fwd: Welcome to Shop Example Business - your account is ready
Date: Wed, 4 Nov 2026 11:37:41 +0000
Message-Id: <8A1F3C2E-77D4-4B9A-9E0B-5C61D2F0A4B7@gmail.com>
References: <20261104102107.61E0BC0455@mail.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

I never opened a business account with you. Please delete this account and m=
y details, and let me know who set it up and what information they gave you.

Dan Hartley

Sent from my iPhone

Begin forwarded message:

> From: Shop Example Business <noreply@shop.example.be>
> Date: 4 November 2026 at 10:21:07 GMT
> To: d.hartley.joinery@gmail.com
> Subject: Welcome to Shop Example Business - your account is ready
>
> Hello Dan,
>
> Your Shop Example Business account for HARTLEY JOINERY has been created.
>
> Company number: BE0794.512.886
> Account administrator: Dan Hartley
> Invoice e-mail: d.hartley.joinery@gmail.com
>
> Log in to set your password and add colleagues:
> https://business.shop.example.be/activate?t=3D9c41e2aa07
>
> This is an automated message. Please do not reply.
'''),

    # 6
    ('nl', 'exchange-leaver-no-longer-employed-reply', 'automated', (),
'''Return-Path: <pieter.claes@vandermeulen-verpakking.be>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2131.outbound.protection.outlook.com [40.107.20.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QkC3p0Wg9z9sVb
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 14:21:09 +0100 (CET)
From: Pieter Claes <pieter.claes@vandermeulen-verpakking.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Vraag over verwerkersovereenkomst (ref.
 PRV-2026-0934)
Thread-Topic: Vraag over verwerkersovereenkomst (ref. PRV-2026-0934)
Thread-Index: AQHbJ9d2kVtE0b1HRkS0p6a3c7nW2Q==
Date: Mon, 26 Oct 2026 13:21:07 +0000
Message-ID: <DB8PR01MB5946E2A0C1B7D3F48A9926C1F0A8@DB8PR01MB5946.eurprd01.prod.exchangelabs.com>
In-Reply-To: <20261026132058.9D41AC03B7@mail.shop.example.be>
References: <20261026132058.9D41AC03B7@mail.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Goeiedag,

Ik ben sinds 1 oktober 2026 niet meer in dienst bij Vandermeulen Verpakkingen=
 NV. Deze mailbox wordt niet meer gelezen en uw bericht wordt niet doorgestu=
urd.

Voor lopende bestellingen: verkoop@vandermeulen-verpakking.be
Voor facturen en betalingen: boekhouding@vandermeulen-verpakking.be
Voor contracten en GDPR-vragen: Sofie Wouters, sofie.wouters@vandermeulen-ve=
rpakking.be, 050 33 41 18

Met vriendelijke groeten,
Vandermeulen Verpakkingen NV
Industriezone Blauwe Toren 14, 8000 Brugge
'''),

    # 7
    ('nl', 'procurement-portal-new-purchase-order', 'automated', (),
'''Return-Path: <bounces+2207418-6c1e-privacy=shop.example.be@em.coupahost.com>
Received: from o1678.em.coupahost.com (o1678.em.coupahost.com [167.89.16.78])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QkQ1y3Kd5z9sWk
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 07:45:31 +0100 (CET)
From: Groep Hermans NV <do_not_reply@hermans.coupahost.com>
Reply-To: do_not_reply@hermans.coupahost.com
To: privacy@shop.example.be
Subject: Groep Hermans NV Inkooporder #PO-26-018842
Date: Tue, 27 Oct 2026 06:45:28 +0000
Message-ID: <6723d1d8e1a4f_3b2a1c9f8e4d7@coupa-app-prd-07.mail>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6723d1d8d9c12_3b2a1c9f8e4d7";
 charset=UTF-8
Content-Transfer-Encoding: 7bit


----==_mimepart_6723d1d8d9c12_3b2a1c9f8e4d7
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Groep Hermans NV heeft een nieuwe inkooporder naar u verzonden.

Inkooporder:       PO-26-018842
Leverancier:       Shop Example BV (leveranciersnr. 100448)
Besteldatum:       27/10/2026
Gewenste levering: 13/11/2026
Leveradres:        Groep Hermans NV, HR-afdeling, Noorderlaan 133, 2030 Antwe=
rpen
Betalingstermijn:  60 dagen einde maand

Lijn  Omschrijving                        Aantal  Eenheidsprijs  Totaal
1     Cadeaukaart Shop Example 50 EUR     40      50,00          2.000,00
2     Cadeaukaart Shop Example 25 EUR     60      25,00          1.500,00
                                                  Totaal (EUR):  3.500,00

Vermeld het inkoopordernummer op elke factuur. Facturen zonder geldig PO-nu=
mmer worden automatisch geweigerd.

Inkooporder bekijken en bevestigen in het Coupa Supplier Portal:
https://supplier.coupahost.com/order_headers/4417720

Dit is een automatisch gegenereerd bericht. Antwoorden op dit e-mailadres w=
orden niet gelezen.

----==_mimepart_6723d1d8d9c12_3b2a1c9f8e4d7
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Groep Hermans NV heeft een nieuwe inkooporder naar u verzonde=
n.</p><table><tr><td>Inkooporder</td><td>PO-26-018842</td></tr><tr><td>Leve=
rancier</td><td>Shop Example BV (leveranciersnr. 100448)</td></tr><tr><td>T=
otaal</td><td>EUR 3.500,00</td></tr></table><p><a href=3D"https://supplier.c=
oupahost.com/order_headers/4417720">Inkooporder bekijken</a></p><p>Dit is ee=
n automatisch gegenereerd bericht.</p></body></html>

----==_mimepart_6723d1d8d9c12_3b2a1c9f8e4d7--
'''),

    # 8
    ('nl', 'exchange-read-receipt-dutch', 'automated', (),
'''Return-Path: <e.peeters@dekempischeband.be>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2104.outbound.protection.outlook.com [40.107.249.104])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QkW6n2Fr4z9sXp
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 08:48:02 +0100 (CET)
From: Els Peeters <e.peeters@dekempischeband.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Gelezen: Aanvulling verwerkersovereenkomst - Shop Example BV
Thread-Topic: Aanvulling verwerkersovereenkomst - Shop Example BV
Thread-Index: AQHbKH7w3sN2l0z0RU2+qk7p0Y1cZ6AAaP3w
Date: Wed, 28 Oct 2026 07:47:58 +0000
Message-ID: <DB9PR02MB7233A51F0C2E8D4B39E1D7F6B2AC0@DB9PR02MB7233.eurprd02.prod.outlook.com>
References: <20261027150211.4A1B9C0388@mail.shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_002_DB9PR02MB7233A51F0C2E8D4B39E1D7F6B2AC0DB9PR02MB7233eurp_"

--_002_DB9PR02MB7233A51F0C2E8D4B39E1D7F6B2AC0DB9PR02MB7233eurp_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Uw bericht

  Aan: Els Peeters
  Onderwerp: Aanvulling verwerkersovereenkomst - Shop Example BV
  Verzonden: dinsdag 27 oktober 2026 16:02:11 (UTC+01:00) Brussel, Kopenhage=
n, Madrid, Parijs

is gelezen op woensdag 28 oktober 2026 08:47:55 (UTC+01:00) Brussel, Kopenha=
gen, Madrid, Parijs.

--_002_DB9PR02MB7233A51F0C2E8D4B39E1D7F6B2AC0DB9PR02MB7233eurp_
Content-Type: message/disposition-notification

Reporting-UA: DB9PR02MB7233.eurprd02.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;e.peeters@dekempischeband.be
Original-Message-ID: <20261027150211.4A1B9C0388@mail.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_DB9PR02MB7233A51F0C2E8D4B39E1D7F6B2AC0DB9PR02MB7233eurp_--
'''),

    # 9
    ('nl', 'person-office-manager-above-leaver-autoreply', 'deletion', (),
'''Return-Path: <griet.desmet@drukkerijverhaeghe.be>
Received: from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2072.outbound.protection.outlook.com [40.107.8.72])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmB4t1Hk8z9sYr
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 14:06:51 +0100 (CET)
From: Griet Desmet <griet.desmet@drukkerijverhaeghe.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: RE: Automatisch antwoord: Uw zakelijke klantenkaart 4410 2219 0087 -
 gegevens bevestigen
Thread-Topic: Automatisch antwoord: Uw zakelijke klantenkaart 4410 2219 0087 -
 gegevens bevestigen
Thread-Index: AQHbLQ2r6mZc8hV1n0KDmQ3a2fQpAbCdEf1g
Date: Mon, 2 Nov 2026 13:06:48 +0000
Message-ID: <VI1PR04MB4712C88E1A0B3F2D6E90C4A7D3B51@VI1PR04MB4712.eurprd04.prod.outlook.com>
References: <20261102081127.2C6A0C0514@mail.shop.example.be>
 <VI1PR04MB4712F0A1D2B99E3C7A04B6E1D3A77@VI1PR04MB4712.eurprd04.prod.outlook.com>
In-Reply-To: <VI1PR04MB4712F0A1D2B99E3C7A04B6E1D3A77@VI1PR04MB4712.eurprd04.prod.outlook.com>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Goedemiddag,

Bart Vermeire werkt sinds eind september niet meer bij ons, vandaar dat auto=
matisch antwoord hieronder. Hij staat nog altijd als gebruiker op onze zakel=
ijke klantenkaart bij jullie. Mogen jullie hem daar weghalen en zijn gegeven=
s (naam, gsm-nummer, e-mailadres) verwijderen? Hij heeft ons zelf gevraagd o=
m dat in orde te brengen.

Alvast bedankt,

Griet Desmet
Office manager
Drukkerij Verhaeghe BV
Kortrijksesteenweg 212, 9830 Sint-Martens-Latem
T 09 282 44 10

-----Oorspronkelijk bericht-----
Van: Bart Vermeire <bart.vermeire@drukkerijverhaeghe.be>
Verzonden: maandag 2 november 2026 09:11
Aan: Shop Example Privacy <privacy@shop.example.be>
Onderwerp: Automatisch antwoord: Uw zakelijke klantenkaart 4410 2219 0087 - =
gegevens bevestigen

Bart Vermeire is niet langer werkzaam bij Drukkerij Verhaeghe BV.
Uw bericht wordt niet doorgestuurd. Voor vragen kunt u terecht bij office@dr=
ukkerijverhaeghe.be.
'''),

    # 10
    ('nl', 'peppol-einvoice-rejected-notice', 'automated', (),
'''Return-Path: <bounce-7731@notify.factuurpost.be>
Received: from out-03.notify.factuurpost.be (out-03.notify.factuurpost.be [91.183.44.213])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmQ7v5Lc2z9sVm
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 16:12:40 +0100 (CET)
From: Factuurpost <noreply@factuurpost.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Factuur_2026-INV-30512_geweigerd_door_Bouwbedrijf_Segers_BV?=
Date: Thu, 05 Nov 2026 16:12:38 +0100
Message-ID: <n-5f9c1a7e24b3.20261105151238@factuurpost.be>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Beste klant,

Een elektronisch document dat u via het Peppol-netwerk verstuurde, werd doo=
r de ontvanger geweigerd.

Document:     Factuur 2026-INV-30512
Datum:        30/10/2026
Bedrag:       =E2=82=AC 1.284,70
Ontvanger:    Bouwbedrijf Segers BV (0823.456.112)
Status:       Geweigerd (Rejected) op 05/11/2026 16:12
Reden:        "Ontbrekende bestelbonreferentie (PO-nummer)"

U kunt de factuur corrigeren en opnieuw versturen via uw Factuurpost-dashbo=
ard:
https://app.factuurpost.be/documenten/2026-INV-30512

U ontvangt deze melding omdat dit adres is ingesteld als contactadres voor =
documentmeldingen van Shop Example BV. Meldingen beheren: https://app.factu=
urpost.be/instellingen/meldingen

Dit is een automatisch bericht. Gelieve niet op deze e-mail te antwoorden.
'''),

    # 11
    ('fr', 'exchange-ooo-absente-deputy-named', 'automated', (),
'''Return-Path: <c.dethier@transports-collard.be>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2109.outbound.protection.outlook.com [40.107.13.109])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QkZ2d7Tp1z9sWq
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 10:41:55 +0100 (CET)
From: Caroline Dethier <c.dethier@transports-collard.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?R=C3=A9ponse_automatique=C2=A0=3A_Questionnaire_sous-traitant_?=
 =?utf-8?Q?RGPD_-_Shop_Example_BV?=
Thread-Topic: Questionnaire sous-traitant RGPD - Shop Example BV
Thread-Index: AQHbKd1h2A0z8Yk4lEuXv3Q2o6mF1w==
Date: Thu, 29 Oct 2026 09:41:53 +0000
Message-ID: <HE1PR01MB3322D5B7C0A1E94F26A8B3D0E1F47@HE1PR01MB3322.eurprd01.prod.exchangelabs.com>
In-Reply-To: <20261029094140.1E8D7C02A6@mail.shop.example.be>
References: <20261029094140.1E8D7C02A6@mail.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Language: fr-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis absente jusqu=E2=80=99au lundi 9 novembre inclus et n=E2=80=99aurai p=
as acc=C3=A8s =C3=A0 mes e-mails.

Pour toute question urgente, vous pouvez contacter ma coll=C3=A8gue Nathalie =
Lambert (nathalie.lambert@transports-collard.be =E2=80=93 081 72 30 15).
Votre message ne sera pas transf=C3=A9r=C3=A9.

Bien =C3=A0 vous,

Caroline Dethier
Responsable administrative =E2=80=93 Transports Collard SA
'''),

    # 12
    ('fr', 'challenge-response-antispam-validation', 'automated', (),
'''Return-Path: <>
Received: from relay2.secumail-pro.fr (relay2.secumail-pro.fr [92.243.17.208])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qm1Kx0Dw3z9sZj
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 10:42:31 +0100 (CET)
From: "contact@fromagerie-delcourt.fr" <verification@secumail-pro.fr>
Reply-To: noreply@secumail-pro.fr
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Votre_message_=C3=A0_contact=40fromagerie-delcourt=2Efr_est?=
 =?UTF-8?Q?_en_attente_de_validation?=
Date: Thu, 29 Oct 2026 10:42:29 +0100
Message-ID: <c7a19e2f0b4d8163@relay2.secumail-pro.fr>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
X-SecuMail-Challenge: 8f2c41d0a7e94b11
In-Reply-To: <20261029094108.5AD31C0177@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Vous avez envoy=C3=A9 un message =C3=A0 contact@fromagerie-delcourt.fr. Pou=
r se prot=C3=A9ger
des messages ind=C3=A9sirables, ce destinataire utilise une solution qui v=
=C3=A9rifie
que chaque nouvel exp=C3=A9diteur est bien une personne.

Pour que votre message soit d=C3=A9livr=C3=A9, merci de cliquer sur le lien=
 ci-dessous
et de suivre les instructions. Cette op=C3=A9ration ne vous sera demand=C3=
=A9e qu'une
seule fois.

https://verif.secumail-pro.fr/auth?id=3D8f2c41d0a7e94b11&lang=3Dfr

Votre message :
  Objet : Demande d'informations =E2=80=93 r=C3=A9f=C3=A9rence PRV-2026-0958
  Date : 29/10/2026 10:41

Sans validation de votre part sous 15 jours, votre message sera supprim=C3=
=A9.

--
S=C3=A9cuMail Pro =E2=80=93 Ce message a =C3=A9t=C3=A9 envoy=C3=A9 automati=
quement, merci de ne pas y
r=C3=A9pondre.
'''),

    # 13
    ('fr', 'person-sole-trader-info-mailbox-with-disclaimer', 'withdraw_consent', (),
'''Return-Path: <info@menuiserie-jadot.be>
Received: from smtp.menuiserie-jadot.be (smtp-out.one.com [46.30.211.180])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmL9b2Pq7z9sXc
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 07:12:03 +0100 (CET)
From: Menuiserie Jadot <info@menuiserie-jadot.be>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Re=3A_Vos_offres_pros_de_novembre_=E2=80=93_-15_=25_sur_l?=
 =?utf-8?Q?=E2=80=99outillage?=
Date: Wed, 4 Nov 2026 07:11:58 +0100
Message-ID: <000801dc2e1f$4a7b3c20$df71b460$@menuiserie-jadot.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQIz9bN0YxLr3Vq1dK0kmQ8sW2pT7w==
Content-Language: fr-be

Bonjour,

Pouvez-vous arr=C3=AAter de m=E2=80=99envoyer vos offres et votre newsletter=
 =C2=AB pros =C2=BB ? Je re=C3=A7ois aussi vos SMS promo sur mon GSM, =C3=
=A7a non plus je n=E2=80=99en veux plus. Je commande chez vous quand j=E2=80=
=99en ai besoin, pas la peine de me relancer.

Merci.

--
Luc Jadot
Menuiserie Jadot SRL =E2=80=93 Menuiserie int=C3=A9rieure & ext=C3=A9rieure
Rue de la Station 14 =E2=80=93 5190 Jemeppe-sur-Sambre
T=C3=A9l. 071 78 12 09 =E2=80=93 GSM 0475 61 22 90
TVA BE 0712.448.305
www.menuiserie-jadot.be

P Avant d=E2=80=99imprimer, pensez =C3=A0 l=E2=80=99environnement.

AVERTISSEMENT : Ce message et les pi=C3=A8ces jointes =C3=A9ventuelles sont =
confidentiels et destin=C3=A9s exclusivement =C3=A0 leur(s) destinataire(s).=
 Si vous avez re=C3=A7u ce message par erreur, merci d=E2=80=99en avertir l=
=E2=80=99exp=C3=A9diteur et de le supprimer. Toute utilisation ou diffusion=
 non autoris=C3=A9e est interdite. Menuiserie Jadot SRL d=C3=A9cline toute =
responsabilit=C3=A9 quant au contenu de ce message.
'''),

    # 14
    ('fr', 'trade-credit-monitoring-alert', 'automated', (),
'''Return-Path: <bounce-alertes@mail.inforisk.be>
Received: from mail.inforisk.be (mail.inforisk.be [213.219.150.62])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmT1a8Hn0z9sWt
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 06:30:12 +0100 (CET)
From: InfoRisk Belgique - Alertes <alertes@inforisk.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Alerte_surveillance_=3A_2_changements_d=C3=A9tect=C3=A9s_da?=
 =?UTF-8?Q?ns_votre_portefeuille?=
Date: Fri, 06 Nov 2026 06:30:09 +0100
Message-ID: <alert.20261106053009.441872@inforisk.be>
Precedence: bulk
Auto-Submitted: auto-generated
List-Unsubscribe: <https://monitor.inforisk.be/alertes/desinscription?u=441872>, <mailto:unsubscribe@inforisk.be?subject=441872>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

InfoRisk Belgique =E2=80=93 Surveillance de portefeuille
Alerte quotidienne du 06/11/2026 =E2=80=93 Utilisateur : privacy@shop.examp=
le.be

2 changements ont =C3=A9t=C3=A9 d=C3=A9tect=C3=A9s parmi les 27 entreprises=
 que vous surveillez.

1) BOULANGERIES REMACLE SRL =E2=80=93 BE 0456.712.398
   Score de cr=C3=A9dit : 62 =E2=86=92 41 (risque accru)
   Limite de cr=C3=A9dit conseill=C3=A9e : 15 000 =E2=82=AC =E2=86=92 5 000=
 =E2=82=AC
   Motif : retards de paiement ONSS signal=C3=A9s

2) BOULANGERIES REMACLE SRL =E2=80=93 BE 0456.712.398
   Publication au Moniteur belge du 04/11/2026 : d=C3=A9mission d'un admini=
strateur

Consulter le d=C3=A9tail : https://monitor.inforisk.be/entreprise/0456712398

Vous recevez cet e-mail parce qu'une surveillance est active sur votre comp=
te
InfoRisk. G=C3=A9rer mes alertes : https://monitor.inforisk.be/alertes
Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.
'''),

    # 15
    ('de', 'exchange-abwesenheitsnotiz-vertretung', 'automated', (),
'''Return-Path: <k.obermaier@alpentextil.at>
Received: from EUR03-VE1-obe.outbound.protection.outlook.com (mail-ve1eur03on2120.outbound.protection.outlook.com [40.107.14.120])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QkX4g1Mb7z9sYy
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 11:27:19 +0100 (CET)
From: Katrin Obermaier <k.obermaier@alpentextil.at>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatische Antwort: Ihre Anfrage zur Auftragsverarbeitung (AVV) -
 Ref. PRV-2026-0966
Thread-Topic: Ihre Anfrage zur Auftragsverarbeitung (AVV) - Ref. PRV-2026-0966
Thread-Index: AQHbKKk0Gm7Yp2fCxE6n1dXoHq8bNQ==
Date: Wed, 28 Oct 2026 10:27:17 +0000
Message-ID: <VE1PR03MB5869B1E4A7C20D3F95E8A6C2B4F10@VE1PR03MB5869.eurprd03.prod.outlook.com>
In-Reply-To: <20261028102709.0C4F7C03E1@mail.shop.example.be>
References: <20261028102709.0C4F7C03E1@mail.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Language: de-AT
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=FCr Ihre Nachricht. Ich bin bis einschlie=DFlich 13. November 2=
026 nicht im B=FCro und habe keinen Zugriff auf meine E-Mails.

In dringenden F=E4llen wenden Sie sich bitte an meinen Kollegen Herrn Markus =
Huber (m.huber@alpentextil.at, +43 512 394 817-22).

Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Gr=FC=DFen
Katrin Obermaier
Vertriebsinnendienst / Key Account Benelux
Alpentextil Handels GmbH
'''),

    # 16
    ('de', 'exchange-online-ndr-unzustellbar-leaver', 'automated', (),
'''Return-Path: <>
Received: from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2139.outbound.protection.outlook.com [40.107.135.139])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qkf0s6Gy2z9sVd
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 09:55:43 +0100 (CET)
From: Microsoft Outlook
        <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brandt-buerobedarf.de>
To: <privacy@shop.example.be>
Date: Fri, 30 Oct 2026 08:55:41 +0000
Content-Type: multipart/report; report-type=delivery-status;
        boundary="6a1f9c2e-3b7d-4e0a-9c58-1d2e3f4a5b6c"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <6a1f9c2e-3b7d-4e0a-9c58-1d2e3f4a5b6c@FR3P281MB1234.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <20261030085538.71C2AC0409@mail.shop.example.be>
References: <20261030085538.71C2AC0409@mail.shop.example.be>
Subject: Unzustellbar: Nachtrag zum Auftragsverarbeitungsvertrag - Shop Example BV
Auto-Submitted: auto-replied
MIME-Version: 1.0

--6a1f9c2e-3b7d-4e0a-9c58-1d2e3f4a5b6c
Content-Type: multipart/alternative; differences=Content-Type;
        boundary="d2c0a7e1-58f4-4b19-8e3a-7c6b5d4e3f21"

--d2c0a7e1-58f4-4b19-8e3a-7c6b5d4e3f21
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht an j.lindner@brandt-buerobedarf.de konnte nicht =C3=BCbermitt=
elt werden.

Die Adresse j.lindner wurde in brandt-buerobedarf.de nicht gefunden.

Shop Example Privacy      Office 365      j.lindner
Aktion erforderlich                       Empf=C3=A4nger
                                          Unbekannter Empf=C3=A4nger

So beheben Sie das Problem
Die Nachricht wurde nicht =C3=BCbermittelt, da die E-Mail-Adresse des Empf=
=C3=A4ngers nicht gefunden wurde. M=C3=B6glicherweise hat sich die Adresse =
ge=C3=A4ndert oder der Empf=C3=A4nger existiert nicht mehr. =C3=9Cberpr=C3=
=BCfen Sie die Adresse und senden Sie die Nachricht erneut.

Weitere Informationen f=C3=BCr Administratoren und IT-Support

Diagnoseinformationen f=C3=BCr Administratoren:

Generierender Server: FR3P281MB1234.DEUP281.PROD.OUTLOOK.COM

j.lindner@brandt-buerobedarf.de
Remoteserver hat "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient j.l=
indner@brandt-buerobedarf.de not found by SMTP address lookup" zur=C3=BCckg=
egeben.

--d2c0a7e1-58f4-4b19-8e3a-7c6b5d4e3f21--

--6a1f9c2e-3b7d-4e0a-9c58-1d2e3f4a5b6c
Content-Type: message/delivery-status

Reporting-MTA: dns;FR3P281MB1234.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Fri, 30 Oct 2026 08:55:40 +0000

Final-Recipient: rfc822;j.lindner@brandt-buerobedarf.de
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient j.lindner@brandt-buerobedarf.de not found by SMTP address lookup

--6a1f9c2e-3b7d-4e0a-9c58-1d2e3f4a5b6c
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (194.78.201.33) by
 FR3P281MB1234.DEUP281.PROD.OUTLOOK.COM with Microsoft SMTP Server; Fri, 30 Oct
 2026 08:55:40 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Jens Lindner <j.lindner@brandt-buerobedarf.de>
Subject: Nachtrag zum Auftragsverarbeitungsvertrag - Shop Example BV
Date: Fri, 30 Oct 2026 09:55:38 +0100
Message-ID: <20261030085538.71C2AC0409@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=-Qw7Zr2nVb0Kx5Lp8Ty3c"

--6a1f9c2e-3b7d-4e0a-9c58-1d2e3f4a5b6c--
'''),

    # 17
    ('de', 'supplier-portal-certificate-expiring', 'automated', (),
'''Return-Path: <noreply-lieferanten@rheinhold-handel.de>
Received: from mx-out2.rheinhold-handel.de (mx-out2.rheinhold-handel.de [217.110.84.39])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmC7k3Rt5z9sZb
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 02:00:17 +0100 (CET)
From: Lieferantenportal Rheinhold Handel <noreply-lieferanten@rheinhold-handel.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Erinnerung=3A_Nachweis_l=C3=A4uft_in_28_Tagen_ab_=E2=80=93_Lie?=
 =?UTF-8?Q?ferant_700184_Shop_Example_BV?=
Date: Mon, 2 Nov 2026 02:00:14 +0100
Message-ID: <SRM.700184.CERT.20261102010014.5521@srm.rheinhold-handel.de>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

f=C3=BCr Ihr Lieferantenkonto l=C3=A4uft folgender Nachweis demn=C3=A4chst =
ab:

  Lieferant:       700184 =E2=80=93 Shop Example BV
  Dokument:        Datenschutz-Selbstauskunft / TOM-Nachweis (Art. 32 DSGVO)
  G=C3=BCltig bis:      30.11.2026
  Ansprechpartner: privacy@shop.example.be

Bitte laden Sie rechtzeitig ein aktuelles Dokument im Lieferantenportal hoc=
h.
Ohne g=C3=BCltigen Nachweis wird Ihr Lieferantenstatus automatisch auf =E2=
=80=9Egesperrt
f=C3=BCr neue Bestellungen=E2=80=9C gesetzt.

Zum Lieferantenportal: https://lieferanten.rheinhold-handel.de/srm/zertifik=
ate

Bei Fragen zum Portal wenden Sie sich bitte an lieferantenmanagement@rheinh=
old-handel.de.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese
Nachricht.

Rheinhold Handel GmbH & Co. KG =C2=B7 Hafenstra=C3=9Fe 21 =C2=B7 47119 Duis=
burg
Amtsgericht Duisburg HRA 9931
'''),

    # 18
    ('de', 'person-leaver-forwards-invoice-mail-from-private-address', 'deletion', (),
'''Return-Path: <tobi.wendt@gmx.de>
Received: from mout.gmx.net (mout.gmx.net [212.227.17.20])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmH5d0Vz3z9sXw
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 21:14:36 +0100 (CET)
Received: from [93.214.62.118] ([93.214.62.118]) by web-mail.gmx.net
 (3c-app-gmx-bap47.server.lan [172.19.172.117]) (via HTTP); Tue, 3 Nov 2026
 21:14:35 +0100
MIME-Version: 1.0
Message-ID: <trinity-4b9e1c77-02af-4d63-b8e5-61f0a2c3d9e4-1793736875118@3c-app-gmx-bap47>
From: Tobias Wendt <tobi.wendt@gmx.de>
To: privacy@shop.example.be
Subject: Fw: Ihre Rechnung 2026-INV-30418 - Shop Example BV
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Date: Tue, 3 Nov 2026 21:14:35 +0100
Importance: normal
Sensitivity: Normal
X-Priority: 3
X-UI-Message-Type: mail
X-Provags-ID: V03:K1:Zq4bE9uR0sT8mW2xL6pN1vY7cA3dF5gH

Hallo,

diese Rechnung ist bei mir privat gelandet. Ich arbeite seit Juli nicht mehr=
 bei der Kessler Messebau GmbH, hatte aber wohl irgendwann meine private Adr=
esse bei Ihnen angegeben. Bitte l=C3=B6schen Sie meine private E-Mail-Adress=
e aus Ihrem System. Wegen der Rechnung wenden Sie sich bitte direkt an die F=
irma.

Gru=C3=9F
Tobias Wendt

Gesendet: Montag, 02. November 2026 um 07:15 Uhr
Von: "Shop Example BV" <invoices@shop.example.be>
An: tobi.wendt@gmx.de
Betreff: Ihre Rechnung 2026-INV-30418 - Shop Example BV
Sehr geehrte Damen und Herren,

anbei erhalten Sie Ihre Rechnung 2026-INV-30418 vom 31.10.2026 =C3=BCber 642,=
35 EUR f=C3=BCr das Kundenkonto B-20871 (Kessler Messebau GmbH).

Zahlbar bis 30.11.2026 auf IBAN BE71 0961 2345 6769, Verwendungszweck 2026-I=
NV-30418.

Dies ist eine automatisch erstellte E-Mail. Bitte antworten Sie nicht darauf=
.

Shop Example BV
'''),

    # 19
    ('es', 'gmail-autoreply-mailbox-no-longer-monitored', 'automated', (),
'''Return-Path: <export@aceitesgredos.es>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with SMTPS id 4QkL6w2Nd8z9sYg
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 12:33:08 +0100 (CET)
Received: by mail-sor-f41.google.com (Google Transport Security);
        Tue, 27 Oct 2026 04:33:07 -0700 (PDT)
MIME-Version: 1.0
From: "Aceites Gredos - Exportación" <export@aceitesgredos.es>
Date: Tue, 27 Oct 2026 12:33:07 +0100
Message-ID: <CAFq9x2kV1rTz7bH0mD4sYwLp8nE3uQj6cA5gR2tKo1_vWyX8Zg@mail.gmail.com>
Subject: =?UTF-8?Q?Este_buz=C3=B3n_ya_no_se_revisa?=
To: privacy@shop.example.be
In-Reply-To: <20261027113251.4E2B8C0130@mail.shop.example.be>
References: <20261027113251.4E2B8C0130@mail.shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000004c1f8a0623b1e7d5"

--0000000000004c1f8a0623b1e7d5
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Este buz=C3=B3n ya no se revisa. Desde el 1 de octubre de 2026 todos los pe=
didos y consultas de exportaci=C3=B3n se gestionan desde pedidos@aceitesgred=
os.es.

Su mensaje no se reenviar=C3=A1 autom=C3=A1ticamente. Por favor, vuelva a e=
nviarlo a esa direcci=C3=B3n.

Gracias,
Aceites Gredos, S.L.

--0000000000004c1f8a0623b1e7d5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hola:<br><br>Este buz=C3=B3n ya no se revisa. Desde el 1 d=
e octubre de 2026 todos los pedidos y consultas de exportaci=C3=B3n se gestio=
nan desde <a href=3D"mailto:pedidos@aceitesgredos.es">pedidos@aceitesgredos=
.es</a>.<br><br>Su mensaje no se reenviar=C3=A1 autom=C3=A1ticamente. Por fa=
vor, vuelva a enviarlo a esa direcci=C3=B3n.<br><br>Gracias,<br>Aceites Gred=
os, S.L.</div>

--0000000000004c1f8a0623b1e7d5--
'''),

    # 20
    ('es', 'webinar-platform-reminder', 'automated', (),
'''Return-Path: <bounce+r7.4419.privacy=shop.example.be@mail.webinarhub.io>
Received: from mta-12.mail.webinarhub.io (mta-12.mail.webinarhub.io [198.244.51.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmW3f6Qs1z9sWn
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 09:00:06 +0100 (CET)
From: "Foro eFactura B2B (vía WebinarHub)" <no-reply@webinarhub.io>
Reply-To: info@foroefactura.es
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Recordatorio=3A_=C2=ABFactura_electr=C3=B3nica_obligatoria_?=
 =?UTF-8?Q?en_2027=C2=BB_empieza_en_1_hora?=
Date: Tue, 10 Nov 2026 08:00:03 +0000
Message-ID: <rem-1h.77120.4419@webinarhub.io>
Precedence: bulk
Auto-Submitted: auto-generated
List-Unsubscribe: <https://webinarhub.io/u/77120/4419?t=Hq2x>, <mailto:unsubscribe@webinarhub.io?subject=77120-4419>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hola:

Te recordamos que el webinar para el que te registraste empieza dentro de u=
na
hora.

=C2=ABFactura electr=C3=B3nica obligatoria en 2027: lo que cambia para tu e=
mpresa=C2=BB
Martes, 10 de noviembre de 2026 =C2=B7 10:00 (CET, hora de Madrid) =C2=B7 6=
0 minutos
Ponentes: Laura Miralles (Foro eFactura B2B) y Jordi Casals (asesor fiscal)

Entrar al webinar:
https://webinarhub.io/join/77120?k=3D4419-8c1e

A=C3=B1adir a tu calendario: https://webinarhub.io/ics/77120

Si no puedes asistir, te enviaremos la grabaci=C3=B3n al d=C3=ADa siguiente.

--
Has recibido este correo porque te registraste en un evento de Foro eFactura
B2B a trav=C3=A9s de WebinarHub. Darse de baja: https://webinarhub.io/u/771=
20/4419?t=3DHq2x
'''),

    # 21
    ('es', 'helpdesk-ticket-acknowledgement', 'automated', (),
'''Return-Path: <soporte@transportesnavarro.es>
Received: from smtp-out.freshdesk.com (smtp-out3.freshdesk.com [52.215.68.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmN2r7Wb4z9sXh
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:48:29 +0100 (CET)
From: "Soporte Transportes Navarro" <soporte@transportesnavarro.es>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Solicitud_recibida=3A_Tratamiento_de_datos_de_destinatarios?=
 =?UTF-8?Q?_de_env=C3=ADos_=5B=2348213=5D?=
Date: Wed, 04 Nov 2026 14:48:27 +0000
Message-ID: <7c1b2f0d3e9a5_4a1e2c8d0b6f9_48213@tn-fd-prd.mail>
In-Reply-To: <20261104144802.8F1AAC0266@mail.shop.example.be>
References: <20261104144802.8F1AAC0266@mail.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
X-FD-Ticket-Id: 48213
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Estimado/a cliente:

Hemos recibido su solicitud y le hemos asignado el n=C3=BAmero de ticket #4=
8213. Uno de nuestros agentes se pondr=C3=A1 en contacto con usted en un pla=
zo m=C3=A1ximo de 48 horas laborables.

Puede consultar el estado de su solicitud en:
https://soporte.transportesnavarro.es/support/tickets/48213

Si desea a=C3=B1adir informaci=C3=B3n, responda a este correo sin modificar=
 el asunto.

Atentamente,
Equipo de Atenci=C3=B3n al Cliente
Transportes Navarro, S.A.
'''),

    # 22
    ('es', 'person-supplier-clerk-invoice-address-question', 'other', (),
'''Return-Path: <administracion@ceramicaslevante.es>
Received: from smtp.ceramicaslevante.es (smtp.ceramicaslevante.es [82.194.70.151])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmS8m1Kc6z9sYd
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:19:47 +0100 (CET)
Received: from webmail.ceramicaslevante.es (localhost [127.0.0.1])
        by smtp.ceramicaslevante.es (Postfix) with ESMTPA id 5E1D32A0C4
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:19:46 +0100 (CET)
MIME-Version: 1.0
Date: Thu, 05 Nov 2026 10:19:46 +0100
From: =?UTF-8?Q?Administraci=C3=B3n_-_Cer=C3=A1micas_Levante?= <administracion@ceramicaslevante.es>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Pedido_n=C2=BA_4500-26-1187_/_direcci=C3=B3n_de_facturaci=C3=B3n?=
User-Agent: Roundcube Webmail/1.6.7
Message-ID: <a83f0c1d2e4b7f96e1c5d8a0b3f2e71a@ceramicaslevante.es>
X-Sender: administracion@ceramicaslevante.es
Content-Type: text/plain; charset=UTF-8;
 format=flowed
Content-Transfer-Encoding: quoted-printable

Buenos d=C3=ADas:

Les escribo desde el departamento de administraci=C3=B3n de Cer=C3=A1micas=20
Levante. Hemos recibido su pedido n=C2=BA 4500-26-1187 (vajilla de gres, 1.=
200=20
uds.) y en la ficha de cliente nos aparece esta direcci=C3=B3n de correo co=
mo=20
=C3=BAnico contacto de Shop Example.

=C2=BFNos pueden indicar a qu=C3=A9 direcci=C3=B3n debemos enviar las factu=
ras y los=20
albaranes? =C2=BFY nos confirman que el NIF-IVA intracomunitario para=20
facturar es BE0798.321.654?

Muchas gracias. Un saludo,

--=20
Marta Soler Ib=C3=A1=C3=B1ez
Dpto. Administraci=C3=B3n
CER=C3=81MICAS LEVANTE, S.L.
Ctra. de Alcora, km 4,2 =E2=80=93 12130 San Juan de Mor=C3=B3 (Castell=C3=
=B3n)
Tel. 964 70 21 38

Antes de imprimir este correo electr=C3=B3nico, piense si es realmente=20
necesario.

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos=20
exclusivamente a su destinatario y pueden contener informaci=C3=B3n=20
confidencial. Si no es usted el destinatario indicado, queda notificado=20
de que la utilizaci=C3=B3n, divulgaci=C3=B3n o copia sin autorizaci=C3=B3n =
est=C3=A1=20
prohibida. Si ha recibido este mensaje por error, le rogamos que lo=20
comunique inmediatamente por esta misma v=C3=ADa y proceda a su destrucci=
=C3=B3n.

PROTECCI=C3=93N DE DATOS: De conformidad con el Reglamento (UE) 2016/679=20
(RGPD) y la Ley Org=C3=A1nica 3/2018 (LOPDGDD), le informamos de que sus da=
tos=20
de contacto se tratan por CER=C3=81MICAS LEVANTE, S.L. con la finalidad de=20
gestionar la relaci=C3=B3n comercial. Puede ejercer sus derechos de acceso,=20
rectificaci=C3=B3n, supresi=C3=B3n, limitaci=C3=B3n, portabilidad y oposici=
=C3=B3n=20
dirigi=C3=A9ndose a lopd@ceramicaslevante.es.
'''),

    # 23
    ('it', 'exchange-risposta-automatica-fuori-ufficio', 'automated', (),
'''Return-Path: <g.ferraro@ferraro-arredamenti.it>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2116.outbound.protection.outlook.com [40.107.22.116])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmG1p4Jw9z9sVf
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 11:05:22 +0100 (CET)
From: Giulia Ferraro <g.ferraro@ferraro-arredamenti.it>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Risposta automatica: Sub-processor list update - Shop Example BV
Thread-Topic: Sub-processor list update - Shop Example BV
Thread-Index: AQHbLZ8c5sK1pXq2Uk6T0zVn3dYb8w==
Date: Tue, 3 Nov 2026 10:05:20 +0000
Message-ID: <AM6PR05MB6615D0E2B8C3A14F7E9B05D1C6A28@AM6PR05MB6615.eurprd05.prod.outlook.com>
In-Reply-To: <20261103100511.2D7F0C01C8@mail.shop.example.be>
References: <20261103100511.2D7F0C01C8@mail.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Language: it-IT
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Gentile mittente,

sar=C3=B2 fuori ufficio fino a venerd=C3=AC 6 novembre compreso, con access=
o limitato alla posta elettronica.
Per questioni urgenti pu=C3=B2 rivolgersi al collega Davide Rinaldi (d.rina=
ldi@ferraro-arredamenti.it =E2=80=93 tel. +39 031 754 2290).

La sua email non verr=C3=A0 inoltrata.

Cordiali saluti
Giulia Ferraro
Ufficio Commerciale Estero
Ferraro Arredamenti S.p.A. =E2=80=93 Cant=C3=B9 (CO)
'''),

    # 24
    ('it', 'pec-mailbox-refuses-ordinary-mail-notice', 'automated', (),
'''Return-Path: <>
Received: from smtp-out.pecitalia.it (smtp-out.pecitalia.it [80.88.141.27])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmG6c0Xk2z9sWp
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:22:47 +0100 (CET)
From: Servizio PEC <noreply-pec@postacert.pecitalia.it>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?AVVISO_DI_NON_ACCETTAZIONE=3A_Sub-processor_list_update_-_?=
 =?UTF-8?Q?Shop_Example_BV?=
Date: Tue, 03 Nov 2026 10:22:45 +0100
Message-ID: <opec2611.20261103102245.77341.09.1.5@postacert.pecitalia.it>
X-Riferimento-Message-ID: <20261103092241.6C19AC0372@mail.shop.example.be>
X-Trasporto: errore
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_77341_1139842210.1793697765003"

------=_Part_77341_1139842210.1793697765003
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Il giorno 03/11/2026 alle ore 10:22:41 (+0100) il messaggio
"Sub-processor list update - Shop Example BV"
proveniente da "privacy@shop.example.be"
e destinato a "amministrazione@pec.mobilificiobrianza.it"
non =C3=A8 stato accettato perch=C3=A9 la casella di destinazione =C3=A8 con=
figurata per ricevere esclusivamente messaggi di posta elettronica certifica=
ta (PEC).

Il messaggio non =C3=A8 stato consegnato. Per comunicare con il destinatari=
o utilizzi una casella PEC oppure l'indirizzo di posta ordinaria indicato d=
al destinatario.

Identificativo messaggio: <20261103092241.6C19AC0372@mail.shop.example.be>

Questo messaggio =C3=A8 generato automaticamente. Si prega di non risponder=
e.

------=_Part_77341_1139842210.1793697765003
Content-Type: text/rfc822-headers

From: Shop Example Privacy Team <privacy@shop.example.be>
To: amministrazione@pec.mobilificiobrianza.it
Subject: Sub-processor list update - Shop Example BV
Date: Tue, 3 Nov 2026 10:22:41 +0100
Message-ID: <20261103092241.6C19AC0372@mail.shop.example.be>

------=_Part_77341_1139842210.1793697765003--
'''),

    # 25
    ('it', 'company-register-monitoring-alert', 'automated', (),
'''Return-Path: <bounce-notifiche@monitorimprese.it>
Received: from mail2.monitorimprese.it (mail2.monitorimprese.it [185.58.119.34])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmZ5b9Hp6z9sYk
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 07:00:41 +0100 (CET)
From: Monitor Imprese <notifiche@monitorimprese.it>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Variazione_rilevata=3A_FORNITURE_BRIANZA_S=2ER=2EL=2E_=E2=80=93_tr?=
 =?UTF-8?Q?asferimento_sede_legale?=
Date: Thu, 12 Nov 2026 07:00:38 +0100
Message-ID: <mi-alert-20261112060038-5518-0931@monitorimprese.it>
Precedence: bulk
Auto-Submitted: auto-generated
List-Id: Notifiche monitoraggio <notifiche.monitorimprese.it>
List-Unsubscribe: <https://www.monitorimprese.it/account/notifiche/disattiva?u=5518>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Monitor Imprese =E2=80=93 Notifica di variazione

Impresa monitorata: FORNITURE BRIANZA S.R.L.
Codice fiscale / P.IVA: 03917240961
REA: MB-1708834

Variazioni registrate presso il Registro delle Imprese:

=E2=80=A2 Data deposito 29/10/2026 =E2=80=93 Trasferimento sede legale
  da: Via Cavour 18, 20841 Carate Brianza (MB)
  a:  Viale Lombardia 240, 20861 Brugherio (MB)

=E2=80=A2 Data deposito 29/10/2026 =E2=80=93 Nomina amministratore unico
  Sig. Stefano Colombo, in carica dal 26/10/2026

Visualizza la scheda completa:
https://www.monitorimprese.it/impresa/03917240961

Ricevi questa email perch=C3=A9 hai attivato il monitoraggio su 12 imprese.
Gestisci le notifiche: https://www.monitorimprese.it/account/notifiche
Messaggio generato automaticamente, si prega di non rispondere.
'''),

    # 26
    ('it', 'person-forwards-bounce-of-ignored-access-request', 'complaint', ('access',),
'''Return-Path: <chiara.benedetti78@libero.it>
Received: from libero.it (smtpdh18-2.aruba.it [62.149.155.148])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmV0d3Gq8z9sXk
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 20:37:15 +0100 (CET)
Received: from wmail-06.libero.it ([10.101.13.46]) by smtp-17.iol.local with ESMTPA
        id 8Hq2kzXcW9b1n; Mon, 09 Nov 2026 20:37:14 +0100
Message-ID: <1418273655.2219044.1793821034118@mail1.libero.it>
Date: Mon, 9 Nov 2026 20:37:14 +0100 (CET)
From: Chiara Benedetti <chiara.benedetti78@libero.it>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?I:_Mancata_consegna:_richiesta_di_accesso_ai_miei_dati_?=
 =?UTF-8?Q?=E2=80=93_TERZO_INVIO?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
Importance: Normal
X-Mailer: Libero Mail

Buonasera,

vi scrivo per la terza volta. Il 2 ottobre ho mandato la mia richiesta all'=
indirizzo dpo@shop.example.be, quello indicato nella vostra informativa pri=
vacy, e mi =C3=A8 tornato indietro il messaggio qui sotto. Il 12 ottobre l'=
ho rimandata a questo indirizzo (privacy@) e non ho ricevuto nemmeno una co=
nferma di ricezione. Ormai =C3=A8 passato pi=C3=B9 di un mese.

Vi chiedo di nuovo una copia di tutti i dati personali che avete su di me: =
sono cliente con la carta fedelt=C3=A0 n. 6012 4471 0093, faccio acquisti o=
nline e nel negozio di Bruxelles-Louise. Se entro quindici giorni non ricev=
o una risposta, presenter=C3=B2 reclamo all'Autorit=C3=A0 belga per la prot=
ezione dei dati.

Chiara Benedetti

> ----Messaggio originale----
> Da: "Mail Delivery Subsystem" <MAILER-DAEMON@libero.it>
> Data: 02/10/2026 18:41
> A: <chiara.benedetti78@libero.it>
> Ogg: Mancata consegna: richiesta di accesso ai miei dati
>
> Il messaggio non =C3=A8 stato recapitato ai seguenti destinatari:
>
> dpo@shop.example.be
>     host mx1.shop.example.be[194.78.201.30] said: 550 5.1.1
>     <dpo@shop.example.be>: Recipient address rejected: User unknown in
>     virtual mailbox table (in reply to RCPT TO command)
>
> Questo =C3=A8 un messaggio generato automaticamente, non rispondere.
'''),

    # 27
    ('pt', 'exchange-resposta-automatica-ferias', 'automated', (),
'''Return-Path: <rui.mendes@corticasdonorte.pt>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2135.outbound.protection.outlook.com [40.107.247.135])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QkdR2n7Tv3z9sWc
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 15:18:56 +0100 (CET)
From: Rui Mendes <rui.mendes@corticasdonorte.pt>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Resposta_autom=C3=A1tica=3A_Question=C3=A1rio_de_subcontratant?=
 =?utf-8?Q?e_RGPD_-_Shop_Example_BV?=
Thread-Topic: =?utf-8?Q?Question=C3=A1rio_de_subcontratante_RGPD_-_Shop_Example_BV?=
Thread-Index: AQHbKnW3o9Lr2cQ8mUy1VbKf6TsX0g==
Date: Fri, 30 Oct 2026 14:18:54 +0000
Message-ID: <AM0PR02MB5587E19C3A0F2B8D4C71E6A0F9D35@AM0PR02MB5587.eurprd02.prod.outlook.com>
In-Reply-To: <20261030141847.0A8E3C03D9@mail.shop.example.be>
References: <20261030141847.0A8E3C03D9@mail.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Language: pt-PT
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bom dia,

Obrigado pela sua mensagem. Encontro-me de f=C3=A9rias at=C3=A9 dia 9 de no=
vembro, sem acesso regular ao correio eletr=C3=B3nico.

Para assuntos urgentes, por favor contacte a minha colega Ana Sofia Pereira=
 (ana.pereira@corticasdonorte.pt | +351 256 780 412).

Com os melhores cumprimentos,
Rui Mendes
Departamento Comercial =E2=80=93 Exporta=C3=A7=C3=A3o
Corti=C3=A7as do Norte, Lda.
'''),

    # 28
    ('pt', 'shared-mailbox-autoresponder-cpanel', 'automated', (),
'''Return-Path: <>
Received: from srv47.hostinglusitano.pt (srv47.hostinglusitano.pt [194.65.14.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmC0v8Ld5z9sZf
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:03:29 +0100 (CET)
Received: from texteis by srv47.hostinglusitano.pt with local (Exim 4.98)
        id 1vR7bK-0003xQ-2Z
        for privacy@shop.example.be; Mon, 02 Nov 2026 09:03:28 +0000
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Recebemos_a_sua_mensagem_-_T=C3=AAxteis_Ribeiro?=
X-Autorespond: Recebemos a sua mensagem - Têxteis Ribeiro
Precedence: auto_reply
X-Precedence: auto_reply
From: =?UTF-8?Q?Geral_-_T=C3=AAxteis_Ribeiro?= <geral@texteisribeiro.pt>
Message-Id: <E1vR7bK-0003xQ-2Z@srv47.hostinglusitano.pt>
Date: Mon, 02 Nov 2026 09:03:28 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Caro(a) remetente,

Obrigado pelo seu contacto. Esta =C3=A9 uma caixa de correio partilhada da
T=C3=AAxteis Ribeiro, S.A., consultada pela equipa administrativa nos dias =
=C3=BAteis,
das 9h00 =C3=A0s 18h00.

A sua mensagem foi registada e ser=C3=A1 encaminhada para o departamento
competente. Responderemos no prazo de 3 dias =C3=BAteis.

Para quest=C3=B5es sobre encomendas em curso, utilize encomendas@texteisrib=
eiro.pt.
Para pedidos no =C3=A2mbito da prote=C3=A7=C3=A3o de dados, contacte o noss=
o Encarregado de
Prote=C3=A7=C3=A3o de Dados atrav=C3=A9s de epd@texteisribeiro.pt.

Esta =C3=A9 uma mensagem autom=C3=A1tica. Por favor, n=C3=A3o responda a es=
te email.

T=C3=AAxteis Ribeiro, S.A. | Rua da Ribeira 88, 4810-442 Guimar=C3=A3es
'''),

    # 29
    ('pt', 'einvoicing-platform-new-document', 'automated', (),
'''Return-Path: <bounces@notificacoes.faturalink.pt>
Received: from mta3.notificacoes.faturalink.pt (mta3.notificacoes.faturalink.pt [195.23.120.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmR4w2Cj7z9sVh
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:40:09 +0100 (CET)
From: FaturaLink <notificacoes@faturalink.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Novo_documento_recebido=3A_Fatura_FT_A/2026/1842_de_Corti?=
 =?UTF-8?Q?=C3=A7as_do_Norte=2C_Lda=2E?=
Date: Thu, 05 Nov 2026 10:40:06 +0000
Message-ID: <fl-doc-9938127.20261105104006@faturalink.pt>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Tem um novo documento dispon=C3=ADvel na sua caixa FaturaLink.

Emitente:      Corti=C3=A7as do Norte, Lda. (NIF 503 412 887)
Destinat=C3=A1rio:  Shop Example BV (BE0798.321.654)
Documento:     Fatura FT A/2026/1842
Data:          05/11/2026
Valor total:   3.418,20 =E2=82=AC
Vencimento:    05/12/2026

Consultar e descarregar (PDF e UBL):
https://app.faturalink.pt/documentos/9938127

Recebe esta notifica=C3=A7=C3=A3o porque este endere=C3=A7o est=C3=A1 regis=
tado como contacto da
entidade Shop Example BV. Alterar prefer=C3=AAncias: https://app.faturalink=
.pt/perfil

Este email foi enviado automaticamente. Por favor, n=C3=A3o responda.
'''),

    # 30
    ('pt', 'person-sole-trader-forwards-payment-advice-fix-name', 'correction', (),
'''Return-Path: <joaquim.goncalves.artesanato@sapo.pt>
Received: from smtp.sapo.pt (relay6.ptmail.sapo.pt [212.55.154.26])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmU7x5Fb1z9sYm
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 16:52:33 +0100 (CET)
Message-ID: <3b6e0f2a-91c4-4d7e-a58b-0c2d1e9f7a34@sapo.pt>
Date: Fri, 6 Nov 2026 15:52:30 +0000
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: pt-PT
To: privacy@shop.example.be
From: =?UTF-8?Q?Joaquim_Gon=C3=A7alves?= <joaquim.goncalves.artesanato@sapo.pt>
Subject: =?UTF-8?Q?Fwd=3A_Aviso_de_pagamento_/_Payment_advice_=E2=80=93_Shop_?=
 =?UTF-8?Q?Example_BV_=E2=80=93_0000184227?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: quoted-printable

Boa tarde,

Recebi este aviso e reparei que o meu nome e a morada est=C3=A3o errados no=20
vosso sistema. O nome correto =C3=A9 Joaquim Manuel Gon=C3=A7alves (e n=C3=
=A3o "Joaquim=20
M. Goncalves Lda", n=C3=A3o sou sociedade, sou empres=C3=A1rio em nome=20
individual) e a morada desde mar=C3=A7o =C3=A9 Rua do Outeiro, 41, 4800-256=20
Guimar=C3=A3es. Podem corrigir, por favor? O NIF est=C3=A1 certo.

Obrigado,
Joaquim Gon=C3=A7alves
Artesanato em Madeira =E2=80=93 Guimar=C3=A3es



-------- Mensagem reencaminhada --------
Assunto: 	Aviso de pagamento / Payment advice =E2=80=93 Shop Example BV =E2=
=80=93 0000184227
Data: 	Thu, 5 Nov 2026 06:02:14 +0100
De: 	Shop Example BV =E2=80=93 Accounts Payable <ap-noreply@shop.example.be>
Para: 	joaquim.goncalves.artesanato@sapo.pt



Payment advice / Aviso de pagamento

Beneficiary / Benefici=C3=A1rio: Joaquim M. Goncalves Lda
Address / Morada: Rua da Liberdade 12, 4800-150 Guimar=C3=A3es, PT
Payment date / Data de pagamento: 05/11/2026
Amount / Montante: EUR 1.146,00

Invoice / Fatura     Date        Amount
FT 2026/77           12/10/2026  EUR 1.146,00

This message was generated automatically. Please do not reply.
Shop Example BV =E2=80=93 Accounts Payable
'''),
]

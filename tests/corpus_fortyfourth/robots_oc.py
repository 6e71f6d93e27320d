"""Forty-fourth set, robot mail of events, contests, surveys and community, with people who look like robots (14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'event-platform-registration-confirmation-ics', 'automated', (),
'''Return-Path: <bounces+3318840-b7c2-privacy=shop.example.be@em7210.evently.io>
Received: from o12.em7210.evently.io (o12.em7210.evently.io [149.72.183.20])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RkL2s0Wq9z9sTd
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:14:37 +0100 (CET)
Received: by filterdrecv-5c9b7d6f4-x2l8p with SMTP id filterdrecv-5c9b7d6f4-x2l8p-1-66F2A1B3-4
        2026-11-02 09:14:36.912 +0000 UTC
From: Evently <noreply@mail.evently.io>
Reply-To: Privacy Professionals Flanders <organiser-55120931@reply.evently.io>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?You=E2=80=99re_going_to_Data_Protection_Meetup_Ghent!?=
Date: Mon, 02 Nov 2026 09:14:36 +0000
Message-ID: <ev.order.883104.1793610876@mail.evently.io>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_24817_1290354115.1793610876"
X-Evently-Order: EV-2611-883104
X-Entity-Ref-ID: 5f1c0a9e-2b7d-4c31-8e44-a0d9b3f17c62
List-Unsubscribe: <https://www.evently.io/account/notifications?u=4f2a91>

------=_Part_24817_1290354115.1793610876
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hi Privacy Team,

You're going to Data Protection Meetup Ghent!

Order EV-2611-883104 · placed on 2 November 2026
1 x General admission (Free)

WHEN
Thursday, 19 November 2026 · 18:00 – 20:30 CET
Add it to your calendar: the invite.ics file attached to this email works
with Google Calendar, Outlook and Apple Calendar.

WHERE
De Krook, Miriam Makebaplein 1, 9000 Gent, Belgium

Your ticket is in the Evently app and at
https://www.evently.io/mytickets/883104

Can't make it? You can cancel your registration up to 24 hours before
the event from your tickets page. This frees your spot for someone on
the waiting list.

Questions about the event? Reply to this email to contact the organiser,
Privacy Professionals Flanders.

See you there,
The Evently team

Evently Ltd., 2 Kingdom Street, London W2 6BD, United Kingdom
You received this email because you registered for an event on Evently.
Privacy policy: https://www.evently.io/legal/privacy

------=_Part_24817_1290354115.1793610876
Content-Type: text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: 8bit

BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Evently//Events//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:ev-55120931-883104@evently.io
DTSTAMP:20261102T091436Z
DTSTART:20261119T170000Z
DTEND:20261119T193000Z
SUMMARY:Data Protection Meetup Ghent
LOCATION:De Krook - Miriam Makebaplein 1 - 9000 Gent - Belgium
ORGANIZER;CN=Privacy Professionals Flanders:mailto:noreply@mail.evently.io
ATTENDEE;CN=Privacy Team;RSVP=FALSE:mailto:privacy@shop.example.be
DESCRIPTION:Order EV-2611-883104. View your ticket: https://www.evently.io/
 mytickets/883104
STATUS:CONFIRMED
SEQUENCE:0
BEGIN:VALARM
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR

------=_Part_24817_1290354115.1793610876--
'''),
    ('en', 'postfix-dsn-giveaway-winner-consent-mail', 'automated', (),
'''Return-Path: <>
Received: by mailout1.shop.example.be (Postfix)
        id 4RkQd81Hn2z9sVb; Wed,  4 Nov 2026 11:02:21 +0100 (CET)
Date: Wed,  4 Nov 2026 11:02:21 +0100 (CET)
From: MAILER-DAEMON@mailout1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4RkQd81Hn2z9sVb.1793786541/mailout1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261104100221.4RkQd81Hn2z9sVb@mailout1.shop.example.be>

This is a MIME-encapsulated message.

--4RkQd81Hn2z9sVb.1793786541/mailout1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mailout1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.oconnell@eircom.net>: host mail.eircom.net[159.134.198.135] said: 550
    5.1.1 <m.oconnell@eircom.net>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)

--4RkQd81Hn2z9sVb.1793786541/mailout1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mailout1.shop.example.be
X-Postfix-Queue-ID: 4RkQc96yTkz9sTm
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed,  4 Nov 2026 11:02:17 +0100 (CET)

Final-Recipient: rfc822; m.oconnell@eircom.net
Original-Recipient: rfc822;m.oconnell@eircom.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.eircom.net
Diagnostic-Code: smtp; 550 5.1.1 <m.oconnell@eircom.net>: Recipient address
    rejected: User unknown in virtual mailbox table

--4RkQd81Hn2z9sVb.1793786541/mailout1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from [10.20.4.17] (unknown [10.20.4.17])
        by mailout1.shop.example.be (Postfix) with ESMTPSA id 4RkQc96yTkz9sTm
        for <m.oconnell@eircom.net>; Wed,  4 Nov 2026 11:02:17 +0100 (CET)
Message-ID: <a61e0c3f-8d2b-4b7e-9f51-2c0d7e31a9b4@shop.example.be>
Date: Wed, 4 Nov 2026 11:02:16 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: en-GB
From: Shop Example Privacy Team <privacy@shop.example.be>
To: m.oconnell@eircom.net
Subject: Autumn Giveaway: may we publish your first name as a winner?
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

--4RkQd81Hn2z9sVb.1793786541/mailout1.shop.example.be--
'''),
    ('en', 'survey-tool-100-new-responses-alert', 'automated', (),
'''Return-Path: <bounces@notify.surveyspark.com>
Received: from mta-07.notify.surveyspark.com (mta-07.notify.surveyspark.com [198.2.141.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RlD1m5Gz0z9sWq
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 03:12:09 +0100 (CET)
From: SurveySpark <alerts@notify.surveyspark.com>
To: privacy@shop.example.be
Subject: Your survey "Loyalty card & app 2026" has 100 new responses
Date: Sat, 07 Nov 2026 02:12:08 +0000
Message-ID: <alert.milestone.SV_9kQ2mW7xB.1412@notify.surveyspark.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-SurveySpark-Notification: response_milestone
X-SurveySpark-Survey: SV_9kQ2mW7xB
List-Unsubscribe: <https://app.surveyspark.com/settings/alerts?survey=SV_9kQ2mW7xB&off=1>

Your survey has 100 new responses

Loyalty card & app 2026
Owner: Shop Example BV (privacy@shop.example.be)
Collector: Web link - newsletter 27 Oct

Total responses:             1,412
New since your last alert:     100
Completion rate:               83%
Typical time spent:        6 min 40 s

View results:
https://app.surveyspark.com/results/SV_9kQ2mW7xB?src=alert

Tip: Responses for this survey are collected anonymously. IP addresses
and email addresses are not stored with the answers.

You're getting this email because response alerts are turned on for
this survey. Change how often we send these, or turn them off:
https://app.surveyspark.com/settings/alerts?survey=SV_9kQ2mW7xB

SurveySpark, Inc. · 535 Mission St, San Francisco, CA 94105, USA
'''),
    ('en', 'ugc-platform-rights-request-approved', 'automated', (),
'''Return-Path: <0102019c3f7e2a11-7c4d1e90-3b2f-4a8e-9d61-5e0f2c7b8a34-000000@eu-west-1.amazonses.com>
Received: from a7-18.smtp-out.eu-west-1.amazonses.com (a7-18.smtp-out.eu-west-1.amazonses.com [54.240.7.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RlP6c2Vh1z9sTt
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 19:40:55 +0100 (CET)
From: Curato Rights <rights@notify.curato.app>
To: privacy@shop.example.be
Subject: Rights approved: @lies.bakes said yes to your request
Date: Sun, 8 Nov 2026 18:40:54 +0000
Message-ID: <0102019c3f7e2a11-7c4d1e90-3b2f-4a8e-9d61-5e0f2c7b8a34-000000@eu-west-1.amazonses.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Feedback-ID: 1.eu-west-1.q8Yc2Jm0aZ1xLr4nK7vT9wHe3pUf5sGb6dCi0oNj2Rk=:AmazonSES
X-Curato-Event: rights.approved
X-Curato-Workspace: shop-example-bv

Good news, Shop Example!

@lies.bakes replied #YesShopExample to your rights request on Instagram.

Post:          "First try at the speculoos cheesecake from your baking
                workshop, not bad right?"
Posted:        31 October 2026
Requested by:  privacy@shop.example.be
Rights:        website, product pages, newsletter and paid social,
               worldwide, 24 months, credit to @lies.bakes

The asset has moved to Library › Approved and can now be used in
galleries and campaigns. The creator's reply is stored as proof of
consent in the asset's rights history.

View asset: https://app.curato.app/library/asset/88213407

Need to edit or revoke these rights? Open the asset and choose
"Rights history".

—
You're receiving this because you're a rights approver in the
Shop Example BV workspace. Manage notifications:
https://app.curato.app/settings/notifications
'''),
    ('en', 'person-reply-above-event-reminder-son-photos', 'deletion', (),
'''Return-Path: <claire.whitaker@gmail.com>
Received: from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmB7x3Kcrz9sWp
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 21:36:08 +0100 (CET)
Received: by mail-wr1-f44.google.com with SMTP id ffacd0b85a97d-38f2c4e1a9bso2210447f8f.1
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 12:36:07 -0800 (PST)
Received: from smtpclient.apple ([2a02:a03f:6b1c:4e00:d5c1:91a7:3e02:7b11])
        by smtp.gmail.com with ESMTPSA id 5b1f17b1804b1-4327d8a1b2csm3318821f8f.17
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 12:36:06 -0800 (PST)
From: Claire Whitaker <claire.whitaker@gmail.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: Re: Reminder: Kids' Christmas Cookie Workshop - Saturday 14 November
Date: Tue, 10 Nov 2026 21:36:05 +0100
Message-Id: <7C41E2B9-0D3A-4F8C-9B12-6A5E3D1F0C27@gmail.com>
References: <reminder.WS-1114-0217@events.shop.example.be>
In-Reply-To: <reminder.WS-1114-0217@events.shop.example.be>
Cc: events@shop.example.be
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Hello,

I'm sending this to your privacy address as well because it's about my so=
n.

The photos from the October workshop are still up on your website (the "W=
orkshops" page) and on your Facebook page, and Oliver is in at least four=
 of them - he's the little boy in the green jumper at the front table. No=
body ever asked us whether he could be photographed, let alone put online=
.

Please take down every photo he appears in, on the website, Facebook and =
Instagram, and delete any copies you still have. A short confirmation onc=
e that's done would be appreciated.

He's still coming on Saturday, he's been looking forward to it all week.

Thanks,
Claire Whitaker

Sent from my iPhone

> On 10 Nov 2026, at 09:00, Shop Example Events <events@shop.example.be> =
wrote:
>=20
> =EF=BB=BFHi Claire,
>=20
> Just a reminder that your booking is coming up!
>=20
> Kids' Christmas Cookie Workshop (6-10 years)
> Saturday 14 November 2026, 10:00-12:00
> Shop Example Gent Zuid, Woodrow Wilsonplein 4, 9000 Gent
> Booking: WS-1114-0217 (1 child)
>=20
> Please bring an apron, we'll provide everything else.
> Add to your calendar: https://events.shop.example.be/ics/WS-1114-0217
>=20
> See you soon,
> The Shop Example workshop team
'''),
    ('nl', 'exchange-ooo-photographer-reply-to-our-mail', 'automated', (),
'''Return-Path: <pieter@studiolichtpunt.be>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2107.outbound.protection.outlook.com [40.107.20.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RkV0p2Mt5z9sTb
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 14:20:51 +0100 (CET)
Received: from AM9PR03MB7124.eurprd03.prod.outlook.com (2603:10a6:20b:2e1::9)
        by AM9PR03MB7124.eurprd03.prod.outlook.com with HTTPS; Wed, 4 Nov 2026
        13:20:50 +0000
From: Pieter De Wilde <pieter@studiolichtpunt.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Foto's najaarsbrunch 24 oktober -
 verwijderingsverzoek klant
Thread-Topic: Foto's najaarsbrunch 24 oktober - verwijderingsverzoek klant
Thread-Index: AQHbLq2V1k3Xb0a9QkWm3cXoTt2B1gAAAAAA
Date: Wed, 4 Nov 2026 13:20:50 +0000
Message-ID: <AM9PR03MB7124F1C3A2B5D0E9C7A4E2B1D8A2@AM9PR03MB7124.eurprd03.prod.outlook.com>
In-Reply-To: <5b1d3c9e-0a7f-4e62-b3c1-77f0e2a9d410@shop.example.be>
References: <5b1d3c9e-0a7f-4e62-b3c1-77f0e2a9d410@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: nl-BE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Dag,

Bedankt voor je mail. Ik ben van 2 tot en met 13 november op reportage in=
 het buitenland en lees mijn mails maar sporadisch.

Voor dringende vragen over lopende opdrachten, beeldmateriaal of facturen=
 kan je terecht bij Sofie Maes via studio@studiolichtpunt.be of op 09 233=
 41 70.

Met vriendelijke groeten,
Pieter De Wilde
Studio Lichtpunt - fotografie & reportage
'''),
    ('nl', 'ticketing-waiting-list-notice', 'automated', (),
'''Return-Path: <0107019c3a1d8e44-2f9b6c1a-7e3d-4b80-a5c2-91d0e7f4b3a8-000000@eu-central-1.amazonses.com>
Received: from b224-13.smtp-out.eu-central-1.amazonses.com (b224-13.smtp-out.eu-central-1.amazonses.com [69.169.224.13])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RkZ3q1Pw7z9sVc
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 20:03:17 +0100 (CET)
From: Tiketto <noreply@tiketto.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Je_staat_op_de_wachtlijst:_Workshop_kerstkransen_binden_?=
 =?UTF-8?Q?=E2=80=93_Shop_Example_Antwerpen?=
Date: Thu, 5 Nov 2026 19:03:16 +0000
Message-ID: <0107019c3a1d8e44-2f9b6c1a-7e3d-4b80-a5c2-91d0e7f4b3a8-000000@eu-central-1.amazonses.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Tiketto-Type: waitlist_joined
Feedback-ID: 1.eu-central-1.Zq3vH8xK2mP0aYtR6sWc1eLn9uBg4jDf7oIi5TkE=:AmazonSES

Hallo,

Het evenement "Workshop kerstkransen binden" is volzet. Je staat op de
wachtlijst, op plaats 7.

Wat gebeurt er nu?
Komt er een plaats vrij, dan krijg je automatisch een mail met een link
om je ticket te bevestigen. Je hebt dan 24 uur de tijd; daarna gaat de
plaats naar de volgende persoon op de lijst.

Evenement:  Workshop kerstkransen binden
Datum:      zaterdag 5 december 2026, 14:00 - 16:30
Locatie:    Shop Example Antwerpen, Meir 57, 2000 Antwerpen
Aantal:     2 personen
Referentie: WL-8F3KQ2

Wil je toch niet meer op de wachtlijst staan? Schrijf je hier uit:
https://tiketto.be/w/8F3KQ2/leave

Deze e-mail werd automatisch verstuurd. Antwoorden op dit bericht
worden niet gelezen. Vragen over het evenement? Neem contact op met de
organisator via de evenementpagina.

Tiketto - online ticketing voor events
'''),
    ('nl', 'forum-discourse-summary-digest', 'automated', (),
'''Return-Path: <bounce+verp-8c1e2f3a9b7d4e60a1f2@forum.shop.example.be>
Received: from forum.shop.example.be (forum.shop.example.be [185.23.40.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RlW0c6Hf4z9sTm
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 07:30:14 +0100 (CET)
Date: Mon, 09 Nov 2026 07:30:12 +0100
From: Shop Example Community <noreply@forum.shop.example.be>
Reply-To: Shop Example Community <noreply@forum.shop.example.be>
To: privacy@shop.example.be
Message-ID: <summary/8a41f9d0-2e6b-4c73-b1a5-0f9d2c3e7b18@forum.shop.example.be>
Subject: [Shop Example Community] Samenvatting
Mime-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: list
List-Unsubscribe: <https://forum.shop.example.be/email/unsubscribe/2b7f0c91e4d3a8f6>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Discourse-Reply-Key: none

Samenvatting van Shop Example Community sinds je laatste bezoek op 2 november

  14   nieuwe onderwerpen
 212   nieuwe berichten
   9   nieuwe gebruikers

POPULAIRE ONDERWERPEN

Klantenkaart werkt niet meer in de app na update
Hulp & Support - 38 antwoorden
"Sinds versie 7.4 krijg ik enkel nog 'Kaart niet gevonden' bij de kassa.
Iemand anders ook?"
https://forum.shop.example.be/t/klantenkaart-werkt-niet-meer/4412

Wie heeft de speculaas-cheesecake uit de workshop al nagemaakt?
Koken & Bakken - 21 antwoorden
https://forum.shop.example.be/t/speculaas-cheesecake/4398

Sinterklaaswedstrijd: worden de winnaars ook hier bekendgemaakt?
Acties & Wedstrijden - 17 antwoorden
https://forum.shop.example.be/t/sinterklaaswedstrijd-winnaars/4420

POPULAIRE BERICHTEN

moderator_els in "Sinterklaaswedstrijd: worden de winnaars ook hier
bekendgemaakt?":
"Nee, we publiceren hier geen namen. Winnaars krijgen persoonlijk
bericht, zie het wedstrijdreglement."

--
Je ontvangt deze samenvatting omdat je ons al een tijdje niet hebt
bezocht. Wijzig je e-mailvoorkeuren via
https://forum.shop.example.be/my/preferences/emails

Klik hier om je af te melden voor deze samenvattingen:
https://forum.shop.example.be/email/unsubscribe/2b7f0c91e4d3a8f6
'''),
    ('nl', 'person-forward-winner-draw-address-published', 'complaint', ('deletion',),
'''Return-Path: <joris.verhaegen@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RlJ8v0Dp3z9sWr
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 22:47:31 +0100 (CET)
Received: from [192.168.1.34] ([84.195.60.211])
        by michel.telenet-ops.be with bizsmtp
        id Qxna2E00V4b2Hk901xnaE4; Fri, 06 Nov 2026 22:47:34 +0100
Message-ID: <3e9f7a1c-52b8-4d0e-a6c4-8b2f1d9e0c75@telenet.be>
Date: Fri, 6 Nov 2026 22:47:30 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: nl
To: privacy@shop.example.be
From: Joris Verhaegen <joris.verhaegen@telenet.be>
Subject: Fwd: Uitslag Herfstwedstrijd 2026 - proficiat aan onze winnaars!
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Waarom staat mijn volledige adres in een mail die naar alle deelnemers 
gestuurd is?? Haal dat overal weg aub.

Joris


-------- Doorgestuurd bericht --------
Onderwerp: 	Uitslag Herfstwedstrijd 2026 - proficiat aan onze winnaars!
Datum: 	Fri, 6 Nov 2026 16:00:02 +0100
Van: 	Shop Example Wedstrijden <wedstrijden@shop.example.be>
Antwoord-naar: 	noreply@shop.example.be
Aan: 	joris.verhaegen@telenet.be



Beste deelnemer,

Bedankt om mee te doen aan onze Herfstwedstrijd! De trekking vond plaats 
op 5 november 2026 onder toezicht van een gerechtsdeurwaarder. Dit zijn 
de gelukkige winnaars:

1e prijs - weekend voor twee in de Ardennen
   Joris Verhaegen, Kerkstraat 14, 9230 Wetteren

2e prijs - cadeaubon van 250 euro
   Nathalie Dubois, Rue de la Station 8, 5000 Namur

3e t.e.m. 10e prijs - Shop Example-verwenpakket
   Sarah Peeters (Lier), Kevin Janssens (Genk), Marie Lambert (Wavre), 
Tom De Smet (Aalst), Lotte Wouters (Hasselt), Ahmed El Amrani (Anderlecht), 
Griet Maes (Brugge), Luc Dumont (Mons)

Niet gewonnen? Volgende kans: onze Kerstwedstrijd start op 1 december.

Met feestelijke groeten,
Het Shop Example-team

Deze e-mail werd automatisch verzonden. Gelieve niet te antwoorden.
'''),
    ('nl', 'person-reply-above-contest-entry-confirmation-name-address', 'correction', (),
'''Return-Path: <ilse.claes@proximus.be>
Received: from mailsec112.isp.belgacom.be (mailsec112.isp.belgacom.be [195.238.20.108])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RlT4b3Jm8z9sVd
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 19:05:48 +0100 (CET)
Received: from [10.114.21.77] (unknown [178.51.140.9])
        by mailsec112.isp.belgacom.be with ESMTPSA; 09 Nov 2026 19:05:47 +0100
Message-ID: <c4d2b0e8-91f3-4a7e-8d15-2e6f0b9c3a71@email.android.com>
Date: Mon, 09 Nov 2026 19:05:44 +0100
Subject: Re: Bevestiging van je deelname aan de Sinterklaaswedstrijd
From: Ilse Claes <ilse.claes@proximus.be>
To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
In-Reply-To: <entry.SK26-033917@wedstrijden.shop.example.be>

Dag,

In deze bevestiging staat mijn naam verkeerd (Ilse Claeys, het is Claes zonder y) en ook nog mijn oude adres in Mechelen. Ik woon sinds augustus in de Tiensestraat 112 bus 3, 3000 Leuven.

Kunnen jullie dat aanpassen, ook bij mijn klantenkaart? Anders komt een eventuele prijs nog op het verkeerde adres toe.

Alvast bedankt,
Ilse



Verzonden vanaf mijn Galaxy


-------- Oorspronkelijk bericht --------
Van: Shop Example Wedstrijden <wedstrijden@shop.example.be>
Datum: 09-11-26 18:22 (GMT+01:00)
Aan: ilse.claes@proximus.be
Onderwerp: Bevestiging van je deelname aan de Sinterklaaswedstrijd

Dag Ilse Claeys,

Je deelname aan onze Sinterklaaswedstrijd is goed ontvangen!
Deelnamenummer: SK26-033917

Win je, dan sturen we je prijs naar:
Ilse Claeys
Hoogstraat 41
2800 Mechelen

De winnaars worden op 7 december 2026 geloot en persoonlijk verwittigd.

Veel succes!
Het Shop Example-team

Dit is een automatisch bericht. Antwoorden op deze e-mail worden niet gelezen.
'''),
    ('fr', 'outlook-read-receipt-contest-agency', 'automated', (),
'''Return-Path: <c.morel@agence-clic.fr>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2091.outbound.protection.outlook.com [40.107.247.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RjZ8k0Sd2z9sTf
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 17:05:44 +0100 (CET)
Received: from AM0PR08MB5331.eurprd08.prod.outlook.com (2603:10a6:208:17b::22)
        by AM0PR08MB5331.eurprd08.prod.outlook.com with HTTPS; Tue, 3 Nov 2026
        16:05:41 +0000
From: Camille Morel <c.morel@agence-clic.fr>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Lu=C2=A0:_Accord_de_sous-traitance_(DPA)_=E2=80=93_jeu-con?=
 =?utf-8?Q?cours_de_No=C3=ABl_2026?=
Thread-Topic: =?utf-8?Q?Accord_de_sous-traitance_(DPA)_=E2=80=93_jeu-concours_d?=
 =?utf-8?Q?e_No=C3=ABl_2026?=
Date: Tue, 3 Nov 2026 16:05:40 +0000
Message-ID: <AM0PR08MB5331E2B90C4F8A0D91B7A3E1C2D70@AM0PR08MB5331.eurprd08.prod.outlook.com>
Content-Language: fr-FR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_000_AM0PR08MB5331E2B90C4F8A0D91B7A3E1C2D70AM0PR08MB5331eurp_"
MIME-Version: 1.0

--_000_AM0PR08MB5331E2B90C4F8A0D91B7A3E1C2D70AM0PR08MB5331eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C3=80=C2=A0: Camille Morel
  Objet=C2=A0: Accord de sous-traitance (DPA) =E2=80=93 jeu-concours de No=
=C3=ABl 2026
  Envoy=C3=A9=C2=A0: mardi 3 novembre 2026 16:48:02 (UTC+01:00) Bruxelles,=
 Copenhague, Madrid, Paris

a =C3=A9t=C3=A9 lu le mardi 3 novembre 2026 17:05:37 (UTC+01:00) Bruxelle=
s, Copenhague, Madrid, Paris.

--_000_AM0PR08MB5331E2B90C4F8A0D91B7A3E1C2D70AM0PR08MB5331eurp_
Content-Type: message/disposition-notification

Reporting-UA: AM0PR08MB5331.eurprd08.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;c.morel@agence-clic.fr
Original-Message-ID: <e3f7b2c1-6d4a-4c8e-a1f9-0b2d5e8c7a31@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_AM0PR08MB5331E2B90C4F8A0D91B7A3E1C2D70AM0PR08MB5331eurp_--
'''),
    ('fr', 'contest-platform-entry-confirmation', 'automated', (),
'''Return-Path: <bounce-1794316012.GN26-0418835@mail.kontestia.com>
Received: from mail.kontestia.com (mail.kontestia.com [51.91.214.63])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RkY1n6Kx0z9sWs
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:26:54 +0100 (CET)
From: =?UTF-8?Q?Grand_jeu_Shop_Example?= <noreply@kontestia.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Votre_participation_au_jeu_=C2=AB=C2=A0Gagnez_votre_No?=
 =?UTF-8?Q?=C3=ABl=C2=A0=C2=BB_est_confirm=C3=A9e?=
Date: Thu, 05 Nov 2026 11:26:52 +0100
Message-ID: <GN26-0418835.confirm@kontestia.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: Kontestia Mailer 3.2
Auto-Submitted: auto-generated
Precedence: bulk

Bonjour,

Merci ! Votre participation au grand jeu =C2=AB Gagnez votre No=C3=ABl =C2=
=BB de Shop Example a bien =C3=A9t=C3=A9 enregistr=C3=A9e le 5 novembre 20=
26 =C3=A0 11:26.

Votre num=C3=A9ro de participation : GN26-0418835

Le tirage au sort aura lieu le 15 d=C3=A9cembre 2026 sous le contr=C3=B4le=
 de Ma=C3=AEtre Delvaux, huissier de justice =C3=A0 Bruxelles. Les gagnants=
 seront pr=C3=A9venus par e-mail au plus tard le 18 d=C3=A9cembre.

Envie d'augmenter vos chances ? Partagez le jeu avec vos amis : chaque ami=
 qui participe via votre lien vous donne une chance suppl=C3=A9mentaire.
https://kontestia.com/s/GN26-0418835

Une seule participation par personne et par foyer. R=C3=A8glement complet :
https://jeux.shop.example.be/gagnez-votre-noel/reglement

Vos donn=C3=A9es sont trait=C3=A9es par Kontestia SAS pour le compte de Sho=
p Example BV, uniquement pour la gestion du jeu, et supprim=C3=A9es 3 mois=
 apr=C3=A8s le tirage. Pour exercer vos droits : privacy@shop.example.be

Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.
'''),
    ('fr', 'challenge-response-antispam-photographer', 'automated', (),
'''Return-Path: <>
Received: from out3.securimail.fr (out3.securimail.fr [92.243.7.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmK2f4Tq7z9sTg
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 09:41:58 +0100 (CET)
From: "SecuriMail pour r.lemaire@photos-lemaire.fr" <noreply@securimail.fr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[Action_requise]_Validez_votre_message_=C3=A0_r.lemaire?=
 =?UTF-8?Q?@photos-lemaire.fr?=
Date: Thu, 12 Nov 2026 09:41:57 +0100
Message-ID: <chal-7d41c9a2e0.1794472917@securimail.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
Precedence: bulk
X-SecuriMail-Challenge: 7d41c9a2e0
X-Auto-Response-Suppress: All

Bonjour,

Vous avez envoyé un message à r.lemaire@photos-lemaire.fr.

Ce destinataire utilise SecuriMail pour se protéger des courriers
indésirables. Comme c'est la première fois que vous lui écrivez, nous vous
demandons de confirmer que vous êtes bien une personne et non un robot.
Votre message lui sera alors remis immédiatement, et vos prochains messages
arriveront directement.

  De :    privacy@shop.example.be
  Objet : Photos atelier pâtisserie du 24/10 - demande de retrait d'un parent
  Date :  jeudi 12 novembre 2026 09:41

Pour valider votre message, cliquez sur ce lien :
https://valid.securimail.fr/c/7d41c9a2e0?l=fr

Sans validation de votre part dans les 7 jours, ce message sera supprimé
sans avoir été lu.

Ce message a été généré automatiquement, il est inutile d'y répondre.
SecuriMail - la messagerie sans spam
'''),
    ('fr', 'person-reply-above-survey-invitation-object-profiling', 'objection', (),
'''Return-Path: <benoit.lambert@skynet.be>
Received: from mailsec205.isp.belgacom.be (mailsec205.isp.belgacom.be [195.238.20.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RkY9w1Fb5z9sVe
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 13:58:20 +0100 (CET)
Received: from [192.168.0.12] (unknown [91.180.47.203])
        by mailsec205.isp.belgacom.be with ESMTPSA; 05 Nov 2026 13:58:19 +0100
Message-ID: <9a0d5e27-4c1b-4f83-b6e2-1d7c8a3f5e90@skynet.be>
Date: Thu, 5 Nov 2026 13:58:17 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?UTF-8?Q?Re:_Votre_avis_compte_:_5_minutes_pour_am=C3=A9liorer_vot?=
 =?UTF-8?Q?re_magasin?=
Content-Language: fr-BE
To: privacy@shop.example.be
References: <survey.NMR26.8f2a91c4@enquetes.shop.example.be>
From: =?UTF-8?Q?Beno=C3=AEt_Lambert?= <benoit.lambert@skynet.be>
In-Reply-To: <survey.NMR26.8f2a91c4@enquetes.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Bonjour,

Je ne remplirai pas ce questionnaire. Dans votre invitation, vous écrivez 
que mes réponses seront « associées à l'historique de votre carte de 
fidélité afin de mieux personnaliser nos offres ». Je m'y oppose : je ne 
veux pas que vous vous serviez de mes achats ni de mes réponses pour 
établir un profil de moi, que ce soit pour cette enquête ou pour le reste.

Merci d'en prendre note pour ma carte 2200 4471 0938.

Cordialement,
Benoît Lambert


Le 05/11/2026 à 10:02, Shop Example a écrit :
> Bonjour Benoît,
>
> Votre avis compte ! Prenez 5 minutes pour nous dire ce que vous pensez 
> de votre magasin Shop Example de Namur.
>
> Vos réponses seront associées à l'historique de votre carte de fidélité 
> afin de mieux personnaliser nos offres.
>
> [Je donne mon avis] https://enquetes.shop.example.be/s/NMR26?t=8f2a91c4
>
> Pour vous remercier, un bon de 5 € vous attend à la fin du questionnaire.
>
> Vous ne souhaitez plus recevoir nos enquêtes ? Désinscrivez-vous.
> Shop Example BV - Privacy : privacy@shop.example.be
'''),
    ('de', 'exchange-ndr-german-event-agency', 'automated', (),
'''Return-Path: <>
Received: from mail.eventagentur-sommer.de (mail.eventagentur-sommer.de [212.227.126.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RkX5c0Lr9z9sTh
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 09:12:44 +0100 (CET)
From: Microsoft Outlook <postmaster@eventagentur-sommer.de>
To: <privacy@shop.example.be>
Date: Thu, 5 Nov 2026 08:12:43 +0000
Content-Type: multipart/report; report-type=delivery-status;
        boundary="8a2c1f9e-4b7d-4e0a-9c3b-6d5e2f1a0b8c"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <6f0c2e9b-71d4-4a2b-b3e8-0c5a9d1f2e47@EXMB01.eventagentur-sommer.local>
In-Reply-To: <c8d4f1e2-3a5b-4c6d-9e7f-1a2b3c4d5e6f@shop.example.be>
References: <c8d4f1e2-3a5b-4c6d-9e7f-1a2b3c4d5e6f@shop.example.be>
Thread-Topic: =?utf-8?Q?Gewinnspiel_Herbst_2026_-_Auftragsverarbeitungsvertrag_und?=
 =?utf-8?Q?_L=C3=B6schfristen?=
Subject: =?utf-8?Q?Unzustellbar:_Gewinnspiel_Herbst_2026_-_Auftragsverarbeitung?=
 =?utf-8?Q?svertrag_und_L=C3=B6schfristen?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--8a2c1f9e-4b7d-4e0a-9c3b-6d5e2f1a0b8c
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Die Nachricht konnte nicht an folgende Empf=C3=A4nger zugestellt werden:

k.brandt@eventagentur-sommer.de
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. =C3=9C=
berpr=C3=BCfen Sie die E-Mail-Adresse des Empf=C3=A4ngers, und versuchen S=
ie, die Nachricht erneut zu senden. Wenden Sie sich an Ihren E-Mail-Admini=
strator, falls das Problem weiterhin besteht.

Diagnoseinformationen f=C3=BCr Administratoren:

Generierender Server: EXMB01.eventagentur-sommer.local

k.brandt@eventagentur-sommer.de
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipie=
nt not found by SMTP address lookup'

--8a2c1f9e-4b7d-4e0a-9c3b-6d5e2f1a0b8c
Content-Type: message/delivery-status

Reporting-MTA: dns;EXMB01.eventagentur-sommer.local
Received-From-MTA: dns;mail.eventagentur-sommer.de
Arrival-Date: Thu, 5 Nov 2026 08:12:42 +0000

Final-Recipient: rfc822;k.brandt@eventagentur-sommer.de
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--8a2c1f9e-4b7d-4e0a-9c3b-6d5e2f1a0b8c
Content-Type: text/rfc822-headers

Received: from mx1.shop.example.be (91.198.14.22) by
 EXMB01.eventagentur-sommer.local (10.0.1.20) with Microsoft SMTP Server id
 15.2.1544.4; Thu, 5 Nov 2026 09:12:42 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: <k.brandt@eventagentur-sommer.de>
Subject: =?utf-8?Q?Gewinnspiel_Herbst_2026_-_Auftragsverarbeitungsvertrag_und?=
 =?utf-8?Q?_L=C3=B6schfristen?=
Date: Thu, 5 Nov 2026 09:12:38 +0100
Message-ID: <c8d4f1e2-3a5b-4c6d-9e7f-1a2b3c4d5e6f@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"; format=flowed

--8a2c1f9e-4b7d-4e0a-9c3b-6d5e2f1a0b8c--
'''),
    ('de', 'sieve-vacation-agency-project-lead', 'automated', (),
'''Return-Path: <>
Received: from dd41218.kasserver.com (dd41218.kasserver.com [85.13.162.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmC1y5Nw2z9sVf
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 15:02:11 +0100 (CET)
Message-ID: <dovecot-sieve-1794322929-618204-0@dd41218.kasserver.com>
Date: Tue, 10 Nov 2026 15:02:09 +0100
From: =?UTF-8?Q?Anna_Kr=C3=BCger?= <a.krueger@kreativhaus-koeln.de>
To: <privacy@shop.example.be>
Subject: =?UTF-8?Q?Abwesenheitsnotiz:_Fotofreigaben_Kinder-Backworkshop_Ga?=
 =?UTF-8?Q?lerie_Oktober?=
In-Reply-To: <0e7b3d91-58c2-4f1a-9a64-c2d8e1f5b3a0@shop.example.be>
References: <0e7b3d91-58c2-4f1a-9a64-c2d8e1f5b3a0@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Montag,
16. November 2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen – insbesondere bei Foto- und Videofreigaben von
Veranstaltungen – wenden Sie sich bitte an meinen Kollegen Tobias Schenk
(t.schenk@kreativhaus-koeln.de, +49 221 5804 312).

Mit freundlichen Grüßen
Anna Krüger
Projektleitung Events
Kreativhaus Köln GmbH
'''),
    ('de', 'panel-provider-daily-fieldwork-report', 'automated', (),
'''Return-Path: <reporting-bounces@panelwerk.de>
Received: from mailout02.panelwerk.de (mailout02.panelwerk.de [178.254.10.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmB0r2Gs6z9sTj
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 06:00:41 +0100 (CET)
From: Panelwerk Reporting <reporting@panelwerk.de>
To: privacy@shop.example.be, marktforschung@shop.example.be
Subject: =?UTF-8?Q?Feldbericht_PW-26-1187_=E2=80=9EEinkaufsgewohnheiten_Be?=
 =?UTF-8?Q?lgien=E2=80=9C_=E2=80=93_Stand_10.11.2026?=
Date: Tue, 10 Nov 2026 06:00:39 +0100
Message-ID: <report.PW-26-1187.20261110@panelwerk.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Report-Type: fieldwork-daily
X-Auto-Response-Suppress: All

Automatischer Feldbericht

Projekt:        PW-26-1187 „Einkaufsgewohnheiten Belgien“
Auftraggeber:   Shop Example BV
Feldzeit:       02.11.2026 – 20.11.2026
Stand:          10.11.2026, 06:00 Uhr MEZ

Eingeladen                4.000
Gestartet                 1.236
Abgeschlossen (netto)       987   (Ziel 1.500 | 65,8 %)
Screen-outs                 168
Quote voll                   47
Abbrüche                     34
Ø Bearbeitungsdauer      11:42 Min.

Quoten (abgeschlossen / Soll)
Region Flandern         541 / 850
Region Wallonien        318 / 450
Region Brüssel          128 / 200

Qualitätskontrolle: 12 Datensätze wegen Speeding/Straightlining entfernt.
Erinnerung an Nicht-Teilnehmende: geplant für 12.11.2026.

Der vollständige Bericht (XLSX) steht im Kundenportal bereit:
https://portal.panelwerk.de/projekte/PW-26-1187/berichte

Dieser Bericht wird täglich automatisch versendet. Antworten auf diese
E-Mail werden nicht gelesen. Empfänger ändern: über Ihre Projektleitung
(projekt@panelwerk.de).

Panelwerk GmbH · Schanzenstraße 22 · 20357 Hamburg
Geschäftsführung: Dr. Maren Vogt · Amtsgericht Hamburg HRB 143520
'''),
    ('de', 'person-photographer-agency-mailbox-autosignature-picture-rights', 'other', (),
'''Return-Path: <info@bildwerk-agentur.de>
Received: from mout.kundenserver.de (mout.kundenserver.de [212.227.17.13])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmQ7t1Wc4z9sWt
        for <privacy@shop.example.be>; Fri, 13 Nov 2026 11:47:23 +0100 (CET)
Received: from DESKTOP-BW02 ([93.133.88.201]) by mrelayeu.kundenserver.de
        (mreue108 [212.227.15.183]) with ESMTPSA (Nemesis) id 1MkHQX-1tZp0s3Lqd-00kLmN
        for <privacy@shop.example.be>; Fri, 13 Nov 2026 11:47:21 +0100
From: "Bildwerk Agentur" <info@bildwerk-agentur.de>
To: "'Shop Example Privacy'" <privacy@shop.example.be>
References: <7d2a9f40-3c18-4e5b-b6a1-9e0f4c2d8b73@shop.example.be>
In-Reply-To: <7d2a9f40-3c18-4e5b-b6a1-9e0f4c2d8b73@shop.example.be>
Subject: AW: Fotos Herbstfest Antwerpen - Nutzungsrechte und Einwilligungen
Date: Fri, 13 Nov 2026 11:47:20 +0100
Message-ID: <000b01db3589$4f2e1a30$ed8a4e90$@bildwerk-agentur.de>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbNUm2x0a3f9TkSU+0cV1mW5bE2LKy4r9Q
Content-Language: de

Guten Tag Frau Peeters,

hier Jonas Hartmann – ich schreibe über unser Agenturpostfach, weil ich
diese Woche auf Produktion bin.

Zu Ihren Fragen zu den Bildern vom Herbstfest am 17. Oktober in Antwerpen:

1. Laut unserem Angebot AN-2026-088 haben Sie ein einfaches, zeitlich
   unbegrenztes Nutzungsrecht für Website, Newsletter und Social Media.
   Für den Abdruck im Weihnachtskatalog bräuchten Sie eine Erweiterung
   (Print, Auflage bis 50.000), das wären zusätzlich 480 € netto.
2. Die Einverständniserklärungen der fotografierten Gäste hat Ihre
   Eventleitung vor Ort eingesammelt, nicht wir. Die Originale müssten
   also bei Ihnen liegen; wir haben nur Scans von 14 der 22 Formulare.
3. Die Rohdaten lösche ich wie vereinbart sechs Monate nach Lieferung,
   also Mitte April 2027. Bis dahin kann ich Ihnen jederzeit Bilder neu
   ausspielen.

Soll ich Ihnen für die Print-Erweiterung ein Angebot schicken?

Viele Grüße
Jonas Hartmann

--
Bildwerk Agentur für Fotografie & Film GmbH
Ehrenstraße 41 | 50672 Köln
Tel. +49 221 9987 410 | www.bildwerk-agentur.de

Geschäftsführer: Jonas Hartmann, Leonie Brück
Amtsgericht Köln HRB 98123 | USt-IdNr. DE318442671

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte
Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder
diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den
Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.

Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.

-----Ursprüngliche Nachricht-----
Von: Shop Example Privacy <privacy@shop.example.be>
Gesendet: Donnerstag, 12. November 2026 16:05
An: info@bildwerk-agentur.de
Betreff: Fotos Herbstfest Antwerpen - Nutzungsrechte und Einwilligungen

Sehr geehrter Herr Hartmann,

wir möchten einige Ihrer Bilder vom Herbstfest in Antwerpen auch im
gedruckten Weihnachtskatalog verwenden. Könnten Sie uns kurz bestätigen,
welche Nutzungsrechte wir erworben haben, wer die Einverständniserklärungen
der abgebildeten Gäste aufbewahrt und wie lange Sie die Rohdaten speichern?

Mit freundlichen Grüßen
Els Peeters
Privacy Team, Shop Example BV
'''),
    ('es', 'ticketing-event-cancelled-notice', 'automated', (),
'''Return-Path: <bounces+7710245-c3e1-privacy=shop.example.be@em4410.tiquetea.com>
Received: from o7.em4410.tiquetea.com (o7.em4410.tiquetea.com [159.183.52.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmS2h3Yq1z9sTk
        for <privacy@shop.example.be>; Fri, 13 Nov 2026 17:31:06 +0100 (CET)
From: Tiquetea <no-reply@tiquetea.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Evento_cancelado:_Taller_de_cocina_navide=C3=B1a_=E2=80=93?=
 =?UTF-8?Q?_Shop_Example_Bruselas?=
Date: Fri, 13 Nov 2026 16:31:05 +0000
Message-ID: <cancel.TQ-7731905.1794583865@tiquetea.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Tiquetea-Template: event_cancelled_attendee

Hola:

Sentimos comunicarte que el organizador, Shop Example BV, ha cancelado el
siguiente evento:

  Taller de cocina navideña (en español)
  Sábado, 28 de noviembre de 2026 · 11:00 – 13:30
  Shop Example Bruselas, Rue Neuve 111, 1000 Bruselas

Mensaje del organizador:
«Por motivos de organización no podemos celebrar el taller en la fecha
prevista. Os avisaremos en cuanto tengamos una nueva fecha.»

Tus entradas (pedido TQ-7731905, 2 entradas generales) han quedado
anuladas. Como eran gratuitas, no tienes que hacer nada más. En el caso de
entradas de pago, el reembolso se realiza en un plazo de 5 a 10 días
hábiles.

Ver mis entradas: https://tiquetea.com/mis-entradas

Este correo se ha enviado automáticamente. Por favor, no respondas a este
mensaje.
Tiquetea · Calle de Alcalá 93, 28009 Madrid
'''),
    ('es', 'gmail-vacation-responder-photographer', 'automated', (),
'''Return-Path: <lucia.fernandez.foto@gmail.com>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with SMTPS id 4RmF9d0c2lz9sVk
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 12:10:05 +0100 (CET)
Received: by mail-sor-f41.google.com (Google Transport Security);
        Wed, 11 Nov 2026 03:10:04 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fernandez.foto@gmail.com>
Date: Wed, 11 Nov 2026 03:10:04 -0800
Message-ID: <CAKx4vQ2tE1bLw0nGf=9Rm8c3pXyZa7uTJ5hW0dN4sQe1oVbK2g@mail.gmail.com>
Subject: =?UTF-8?Q?Re:_Cesi=C3=B3n_de_derechos_de_las_fotos_del_sorteo_de_oto?=
 =?UTF-8?Q?=C3=B1o?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
In-Reply-To: <2f6b8e13-97c4-4d2a-b0e5-8a1c3f7d9e62@shop.example.be>
References: <2f6b8e13-97c4-4d2a-b0e5-8a1c3f7d9e62@shop.example.be>
Content-Type: multipart/alternative; boundary="000000000000a81c3e0623f1b7a2"

--000000000000a81c3e0623f1b7a2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

=C2=A1Hola!

Estoy de viaje por trabajo hasta el lunes 23 de noviembre y apenas miro el=
 correo. Contestar=C3=A9 a tu mensaje en cuanto vuelva.

Si es para una sesi=C3=B3n o un presupuesto urgente, escr=C3=ADbeme por Wh=
atsApp al +34 612 48 90 17.

Un abrazo,
Luc=C3=ADa Fern=C3=A1ndez
Fotograf=C3=ADa de eventos =C2=B7 Barcelona

--000000000000a81c3e0623f1b7a2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>=C2=A1Hola!</div><div><br></div><div>Estoy de viaje=
 por trabajo hasta el lunes 23 de noviembre y apenas miro el correo. Conte=
star=C3=A9 a tu mensaje en cuanto vuelva.</div><div><br></div><div>Si es p=
ara una sesi=C3=B3n o un presupuesto urgente, escr=C3=ADbeme por WhatsApp =
al +34 612 48 90 17.</div><div><br></div><div>Un abrazo,</div><div>Luc=C3=
=ADa Fern=C3=A1ndez</div><div>Fotograf=C3=ADa de eventos =C2=B7 Barcelona<=
/div></div>

--000000000000a81c3e0623f1b7a2--
'''),
    ('es', 'research-panel-incentive-payout-report', 'automated', (),
'''Return-Path: <no-responder@panelia.es>
Received: from smtp-out.panelia.es (smtp-out.panelia.es [185.47.128.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmX6b0Kd3z9sWv
        for <privacy@shop.example.be>; Mon, 16 Nov 2026 09:00:52 +0100 (CET)
From: Panelia Recompensas <no-responder@panelia.es>
To: privacy@shop.example.be
Subject: Pago de incentivos completado - Estudio SEB-1126 (grupo focal app)
Date: Mon, 16 Nov 2026 09:00:50 +0100
Message-ID: <payout.SEB-1126.b20261116@panelia.es>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Panelia-Notification: incentive_batch_paid

Hola, equipo de Shop Example BV:

Te confirmamos que se ha completado el pago de incentivos del estudio
SEB-1126 «Grupo focal app de fidelización – Bruselas».

Resumen del lote
  Fecha de emisión:        16/11/2026 09:00 CET
  Participantes pagados:   12
  Tipo de incentivo:       tarjeta regalo digital (a elegir entre 3 tiendas)
  Importe por persona:     40,00 €
  Importe total:           480,00 €
  Comisión de gestión:     24,00 €
  Saldo restante:          1.096,00 €

2 participantes aún no han canjeado el enlace de su tarjeta regalo. Les
enviaremos un recordatorio automático dentro de 7 días; los enlaces caducan
a los 90 días.

Puedes descargar el justificante y el detalle por participante en:
https://clientes.panelia.es/estudios/SEB-1126/incentivos

Este es un mensaje automático. Si tienes dudas, contacta con tu gestor de
proyecto.
Panelia Research S.L. · Madrid
'''),
    ('es', 'person-reply-above-forum-account-closure-copy-of-posts', 'access', (),
'''Return-Path: <alvaro.ruiz.ortega@outlook.es>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03olkn2081.outbound.protection.outlook.com [40.92.58.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmY3k5Vb8z9sTn
        for <privacy@shop.example.be>; Mon, 16 Nov 2026 13:24:37 +0100 (CET)
From: =?UTF-8?Q?=C3=81lvaro_Ruiz_Ortega?= <alvaro.ruiz.ortega@outlook.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?UTF-8?Q?RE:_Tu_cuenta_de_la_Comunidad_Shop_Example_se_cerrar=C3=A1?=
 =?UTF-8?Q?_el_20_de_noviembre?=
Thread-Topic: =?UTF-8?Q?Tu_cuenta_de_la_Comunidad_Shop_Example_se_cerrar=C3=A1_el?=
 =?UTF-8?Q?_20_de_noviembre?=
Date: Mon, 16 Nov 2026 12:24:35 +0000
Message-ID: <DB9P189MB16427A3E0C5B1D2F8E9A4C71B5E22@DB9P189MB1642.EURP189.PROD.OUTLOOK.COM>
References: <closure.48119.1794812520@community.shop.example.be>
In-Reply-To: <closure.48119.1794812520@community.shop.example.be>
Content-Language: es-ES
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hola:

Sí, el cierre lo pedí yo, pero antes de que borréis la cuenta me gustaría
recibir una copia de todo lo que he escrito en el foro en estos años (son
unos 300 mensajes, casi todos en Bricolaje y Jardín, y algunas fotos) y
saber qué datos míos vais a conservar después del cierre y durante cuánto
tiempo.

¿Me lo podéis mandar a esta misma dirección?

Gracias,
Álvaro Ruiz

________________________________
De: Comunidad Shop Example <noreply@community.shop.example.be>
Enviado: lunes, 16 de noviembre de 2026 8:02
Para: alvaro.ruiz.ortega@outlook.es <alvaro.ruiz.ortega@outlook.es>
Asunto: Tu cuenta de la Comunidad Shop Example se cerrará el 20 de noviembre

Hola, alvaro_bricolaje:

Hemos recibido tu solicitud para cerrar tu cuenta de la Comunidad Shop
Example.

Tu cuenta se cerrará definitivamente el 20 de noviembre de 2026. A partir
de esa fecha ya no podrás iniciar sesión y tu perfil dejará de ser visible.
Tus mensajes públicos se anonimizarán y aparecerán como publicados por
"usuario eliminado".

¿Has cambiado de opinión? Inicia sesión antes del 20 de noviembre y la
solicitud se anulará automáticamente.

Si tienes preguntas sobre tus datos, escribe a privacy@shop.example.be.

Un saludo,
El equipo de la Comunidad Shop Example

Este mensaje se ha enviado automáticamente.
'''),
    ('it', 'review-platform-moderation-outcome', 'automated', (),
'''Return-Path: <moderazione-bounce@recensioniverificate.it>
Received: from mta2.recensioniverificate.it (mta2.recensioniverificate.it [46.37.18.92])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmG5w2Cp7z9sVm
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 15:44:19 +0100 (CET)
From: Recensioni Verificate <moderazione@recensioniverificate.it>
To: privacy@shop.example.be
Subject: Esito della tua segnalazione #RV-552190: recensione rimossa
Date: Wed, 11 Nov 2026 15:44:17 +0100
Message-ID: <rv-552190-outcome@recensioniverificate.it>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-RV-Template: report_outcome_removed

Gentile Shop Example BV,

abbiamo esaminato la segnalazione che hai inviato il 9 novembre 2026
relativa alla seguente recensione:

  Autore:       Franco M.
  Data:         7 novembre 2026
  Valutazione:  1 stella
  Titolo:       "Concorso truccato"

Esito: la recensione =C3=A8 stata RIMOSSA perch=C3=A9 contiene dati person=
ali di terzi (nome completo e numero di telefono di un dipendente), in vio=
lazione delle nostre Linee guida per le recensioni, sezione 4.2.

L'autore =C3=A8 stato informato e potr=C3=A0 pubblicare una nuova recensio=
ne senza i dati in questione. Non riceverai altre notifiche per questa seg=
nalazione.

Puoi consultare lo storico delle segnalazioni nell'area aziendale:
https://business.recensioniverificate.it/segnalazioni

Questa =C3=A8 una comunicazione automatica: le risposte a questo indirizzo=
 non vengono lette.

Recensioni Verificate S.r.l. =C2=B7 Via Tortona 37 =C2=B7 20144 Milano
'''),
    ('it', 'zimbra-out-of-office-photographer', 'automated', (),
'''Return-Path: <studio@marcobellinifoto.it>
Received: from smtp.marcobellinifoto.it (smtp.marcobellinifoto.it [93.62.155.210])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmK9p0Fz3z9sTp
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 10:15:35 +0100 (CET)
Date: Thu, 12 Nov 2026 10:15:33 +0100 (CET)
From: Marco Bellini Fotografia <studio@marcobellinifoto.it>
To: privacy@shop.example.be
Message-ID: <1834620291.5521.1794474933201.JavaMail.zimbra@marcobellinifoto.it>
In-Reply-To: <b9e1d4a7-2c63-4f08-8e5d-71a0c3f92b46@shop.example.be>
Subject: =?utf-8?Q?Fuori_sede:_Liberatorie_foto_concorso_=E2=80=9CScatta_il_t?=
 =?utf-8?Q?uo_Natale=E2=80=9D?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)

Buongiorno,

sono fuori studio per un servizio fotografico fino a venerdì 20 novembre,
con accesso limitato alla posta. Risponderò al mio rientro.

Per consegne di file, liberatorie e fatturazione potete scrivere a
amministrazione@marcobellinifoto.it.

Cordiali saluti,
Marco Bellini
Marco Bellini Fotografia · P.IVA 03914520984
'''),
    ('it', 'courier-prize-shipment-delivered-sender-notice', 'automated', (),
'''Return-Path: <notifiche@spedix.it>
Received: from mailer3.spedix.it (mailer3.spedix.it [79.11.204.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmR8s4Ng1z9sWw
        for <privacy@shop.example.be>; Fri, 13 Nov 2026 11:53:20 +0100 (CET)
From: Spedix Notifiche <notifiche@spedix.it>
To: privacy@shop.example.be
Subject: Spedizione 084411293370 consegnata
Date: Fri, 13 Nov 2026 11:53:18 +0100
Message-ID: <trk.084411293370.delivered@spedix.it>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk

Gentile Cliente,

la spedizione affidata a Spedix da PREMIA SRL per conto di SHOP EXAMPLE BV
è stata consegnata.

Numero spedizione:     084411293370
Riferimento mittente:  CONCORSO-AUT26-W07
Destinatario:          S. COLOMBO - 20121 MILANO (MI)
Consegnata il:         13/11/2026 alle 11:52
Firmato da:            COLOMBO
Colli: 1               Peso: 3,4 kg

Puoi vedere la prova di consegna qui:
https://www.spedix.it/tracking?n=084411293370

Ricevi questa e-mail perché il tuo indirizzo è stato indicato come
contatto del mittente per le notifiche di consegna. Per non ricevere più
notifiche per questa spedizione clicca qui:
https://www.spedix.it/notifiche/stop?n=084411293370

Questo messaggio è generato automaticamente, si prega di non rispondere.
'''),
    ('it', 'person-reply-above-contest-newsletter-stop-emails', 'withdraw_consent', (),
'''Return-Path: <giulia.marchetti82@libero.it>
Received: from libero.it (smtp-33.iol.local [10.101.1.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmW4d1Hx6z9sTq
        for <privacy@shop.example.be>; Sun, 15 Nov 2026 18:09:12 +0100 (CET)
Received: from smtpclient.apple ([151.38.12.40])
        by smtp-33.iol.local with ESMTPSA
        id 5XwTtOm2Kd8Hr5XwTtA9pQ; Sun, 15 Nov 2026 18:09:11 +0100
From: Giulia Marchetti <giulia.marchetti82@libero.it>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?R:_Calendario_dell=E2=80=99Avvento:_24_giorni=2C_24_premi!?=
Date: Sun, 15 Nov 2026 18:09:08 +0100
Message-Id: <E3A81F0C-6B2D-4C95-A7E4-0D19B5C82F3A@libero.it>
References: <nl.2026-11-15.advent@news.shop.example.be>
In-Reply-To: <nl.2026-11-15.advent@news.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Buongiorno,
non voglio pi=C3=B9 ricevere queste email, n=C3=A9 i concorsi n=C3=A9 le o=
fferte. Toglietemi dalla lista per favore.

Grazie
Giulia Marchetti

Inviato da iPhone

> Il giorno 15 nov 2026, alle ore 10:00, Shop Example <newsletter@shop.exa=
mple.be> ha scritto:
>=20
> =EF=BB=BFCalendario dell=E2=80=99Avvento Shop Example
> 24 giorni, 24 premi: dal 1=C2=B0 dicembre apri una casella al giorno e p=
artecipa all=E2=80=99estrazione del giorno!
>=20
> Scopri il calendario: https://www.shop.example.be/it/avvento
>=20
> Non vuoi pi=C3=B9 ricevere le nostre email? Disiscriviti
> Privacy: privacy@shop.example.be
'''),
    ('pt', 'instagram-comment-mention-contest-account', 'automated', (),
'''Return-Path: <bounce-kmdr9sxj2b@mail.instagram.com>
Received: from mx-out.facebookmail.com (mx-out.facebookmail.com [69.171.232.143])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmV1c7Pr2z9sVr
        for <privacy@shop.example.be>; Sat, 14 Nov 2026 21:17:46 +0100 (CET)
Date: Sat, 14 Nov 2026 12:17:45 -0800
From: Instagram <no-reply@mail.instagram.com>
To: shopexample.passatempos <privacy@shop.example.be>
Subject: =?UTF-8?Q?mariana.c.lopes_mencionou-te_num_coment=C3=A1rio?=
Message-ID: <a7d1e93bc4f2e08a5b61c7d93f4e2a10@async.facebook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Facebook-Notify: instagram_comment_mention; mailid=5f3a91c2e7b4d0a8
List-Unsubscribe: <https://www.instagram.com/emails/unsubscribe/?t=comment_mention&u=6781235590>
X-Auto-Response-Suppress: All

Olá shopexample.passatempos,

mariana.c.lopes mencionou-te num comentário:

"@shopexample.passatempos ganhei o cabaz de Natal no sorteio e ainda não
recebi nada 😅 a quem devo escrever?"

Ver comentário:
https://www.instagram.com/p/DB7xQ2kN4pR/c/18044291750213377/

Esta mensagem foi enviada para privacy@shop.example.be e destina-se a
shopexample.passatempos. Não és tu? Remove o teu e-mail desta conta.
Cancelar subscrição de notificações de menções.

© Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025
'''),
    ('pt', 'scheduling-tool-focus-group-booked', 'automated', (),
'''Return-Path: <bounces+2214470-af03-privacy=shop.example.be@em.calendly.com>
Received: from o22.em.calendly.com (o22.em.calendly.com [167.89.90.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmT6f2Lz9z9sTs
        for <privacy@shop.example.be>; Sat, 14 Nov 2026 10:48:29 +0100 (CET)
From: Calendly <notifications@calendly.com>
Reply-To: Ana Rodrigues <ana.rodrigues.bxl@gmail.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Novo_evento:_Ana_Rodrigues_-_14:00_ter=2C_17_nov_2026_-_Gr?=
 =?UTF-8?Q?upo_de_foco:_app_Shop_Example?=
Date: Sat, 14 Nov 2026 09:48:28 +0000
Message-ID: <sched.9b3e1f70-4c2a-4d8e-b6a5-e27f0c81d934@calendly.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Calendly-Event: invitee.created

Olá, Equipe de Privacidade Shop Example,

Um novo evento foi agendado.

Tipo de evento:
Grupo de foco: app Shop Example (60 min)

Convidado:
Ana Rodrigues

E-mail do convidado:
ana.rodrigues.bxl@gmail.com

Data/hora do evento:
14:00 - terça-feira, 17 de novembro de 2026 (Horário da Europa Central)

Local:
Shop Example HQ, sala Atomium - Avenue Louise 250, 1050 Bruxelas

Perguntas e respostas do convidado:
Usa a app Shop Example pelo menos uma vez por semana?
Sim
Aceita que a sessão seja gravada em áudio para fins de análise?
Sim, só áudio

Ver evento no Calendly:
https://calendly.com/app/scheduled_events/user/me

Precisa fazer alterações neste evento?
Cancelar: https://calendly.com/cancellations/9b3e1f70-4c2a-4d8e-b6a5-e27f0c81d934
Reagendar: https://calendly.com/reschedulings/9b3e1f70-4c2a-4d8e-b6a5-e27f0c81d934

Enviado pela Calendly
'''),
    ('pt', 'helpdesk-ticket-ack-contest-agency', 'automated', (),
'''Return-Path: <support@farodigital.zendesk.com>
Received: from outbyoip12.pod17.euc1.zdsys.com (outbyoip12.pod17.euc1.zdsys.com [188.172.138.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmZ7n3Sx5z9sVt
        for <privacy@shop.example.be>; Tue, 17 Nov 2026 10:14:52 +0100 (CET)
Date: Tue, 17 Nov 2026 09:14:50 +0000
From: Faro Digital Apoio <apoio@farodigital.pt>
Reply-To: Faro Digital Apoio <apoio+id48213@farodigital.zendesk.com>
To: Equipa de Privacidade Shop Example <privacy@shop.example.be>
Message-ID: <8KQ2VRX0W1P_6739b8f2c1a7e_5f2d3318841c_sprut@zendesk.com>
In-Reply-To: <d41b7c0e-3f92-4a58-8e16-b07a2c9f5d13@shop.example.be>
Subject: =?UTF-8?Q?[Faro_Digital]_Re:_Lista_de_participantes_do_passatempo_?=
 =?UTF-8?Q?de_Instagram_-_prazo_de_conserva=C3=A7=C3=A3o?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 1f2e9a3
X-Zendesk-Email-Id: 8KQ2VRX0W1P9D3Z6Y4MJ
Auto-Submitted: auto-generated

##- Escreva a sua resposta acima desta linha -##

O seu pedido (48213) foi recebido e est=C3=A1 a ser analisado pela nossa e=
quipa de apoio.

Para acrescentar coment=C3=A1rios, basta responder a este e-mail.

Tempo m=C3=A9dio de primeira resposta: 1 dia =C3=BAtil.
Hor=C3=A1rio de apoio: segunda a sexta, 9h00-18h00 (hora de Lisboa).

----------------------------------------------

Equipa de Privacidade Shop Example, 17/11/2026, 10:14

Bom dia,

No seguimento do passatempo "Cabaz de Natal" que gerem por n=C3=B3s no Ins=
tagram, pedimos que nos indiquem at=C3=A9 quando conservam a lista de part=
icipantes e os endere=C3=A7os dos vencedores, e que nos confirmem a sua el=
imina=C3=A7=C3=A3o no fim do prazo previsto no contrato.

Obrigado,
Equipa de Privacidade Shop Example

--------------------------------
Este e-mail =C3=A9 um servi=C3=A7o de Faro Digital.
[8KQ2VR-X0W1P]
'''),
    ('pt', 'person-reply-above-our-ticket-ack-no-answer', 'complaint', ('deletion',),
'''Return-Path: <rui.almeida.bxl@hotmail.com>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2044.outbound.protection.outlook.com [40.92.91.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RmY9q6Gc4z9sWx
        for <privacy@shop.example.be>; Mon, 16 Nov 2026 15:40:03 +0100 (CET)
From: Rui Almeida <rui.almeida.bxl@hotmail.com>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: RE: [PRV-20418] Recebemos o seu pedido
Thread-Topic: [PRV-20418] Recebemos o seu pedido
Date: Mon, 16 Nov 2026 14:40:01 +0000
Message-ID: <AS8P194MB1207C3E94A0D2B7F1E6C8A35D9F40@AS8P194MB1207.EURP194.PROD.OUTLOOK.COM>
References: <ack.PRV-20418@privacy.shop.example.be>
In-Reply-To: <ack.PRV-20418@privacy.shop.example.be>
Content-Language: pt-PT
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Boa tarde,

Recebi esta resposta automática a 2 de outubro e desde então mais nada.
Já passou mais de um mês, que é o prazo que vocês próprios indicam.

Volto a pedir o mesmo: apaguem os meus dados do passatempo de verão e a
minha conta de cliente. Se até ao fim desta semana não tiver resposta,
apresento queixa à Autoridade de Proteção de Dados.

Rui Almeida

________________________________
De: Shop Example Privacy <privacy@shop.example.be>
Enviado: 2 de outubro de 2026 14:31
Para: rui.almeida.bxl@hotmail.com <rui.almeida.bxl@hotmail.com>
Assunto: [PRV-20418] Recebemos o seu pedido

Este é um e-mail automático. Por favor, não responda.

Caro/a cliente,

Recebemos o seu pedido relativo aos seus dados pessoais, com a referência
PRV-20418. Vamos tratá-lo o mais rapidamente possível e, em qualquer caso,
no prazo de um mês.

Com os melhores cumprimentos,
Equipa de Privacidade Shop Example
'''),
]

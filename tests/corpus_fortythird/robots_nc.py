"""Forty-third set, robot mail of repairs, warranties, recalls and devices, with people who look like robots (14 languages). Written apart from the code."""

ROBOTS = [
    # 1
    ('en', 'repair-centre-rma-device-received', 'automated', (),
'''Return-Path: <bounces+4410023-9f1c-privacy=shop.example.be@em4821.repairline-service.example.com>
Received: from o7.em4821.repairline-service.example.com (o7.em4821.repairline-service.example.com [198.51.100.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zkx7Q0mLr3z9vB2
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 10:14:52 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=repairline-service.example.com;
        h=content-type:from:mime-version:subject:reply-to:to; s=s1;
        bh=mC4sYx0pV1gK2rTqQ8d0h1vN6yE3uWbJ9aLkPzRfS4o=;
        b=Tq3xLw0c9HkP2s7VbN1mYq8RzU4eJdFo6iKa5GtXhC0lWnM3pS8vBy2QeZr7Ud1Fj
From: Repairline Service Centre <noreply@repairline-service.example.com>
Reply-To: Repairline Service Centre <support@repairline-service.example.com>
To: privacy@shop.example.be
Subject: RMA 7781-2204: your device has arrived at our workshop
Date: Mon, 26 Oct 2026 09:14:49 +0000
Message-ID: <Kx3aPq7YT0m2c9rL_wQ1vA@geopod-ismtpd-7>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1d9e47a0c5e4f0f9b3c2a1d8e7f6a55"
Auto-Submitted: auto-generated
X-Entity-ID: 4Jw0fKq1cZ8mQx2a9bLr0g==

--b1d9e47a0c5e4f0f9b3c2a1d8e7f6a55
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hello Shop Example BV,

Your parcel has been scanned in at the Repairline workshop in Coventry.

RMA number:       7781-2204
Device:           ShopHome Tab 10 (serial SHT10-8C41-0097)
Service:          Secure data wipe + refurbishment assessment
Received:         26/10/2026 08:51
Current status:   Awaiting diagnosis

What happens next?
Our technicians will carry out a diagnosis within 3 working days. If the
work is not covered by your service agreement, we will email you a quote
to approve before anything is done.

Track your repair at any time:
https://track.repairline-service.example.com/rma/7781-2204?k=Qp8d21

Please do not reply to this email, this mailbox is not monitored. For
questions, use the contact form on the tracking page and quote your RMA
number.

Repairline Service Centre
Unit 4, Bayton Road Industrial Estate, Coventry CV7 9EJ, United Kingdom
--b1d9e47a0c5e4f0f9b3c2a1d8e7f6a55
Content-Type: text/html; charset=us-ascii
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#222=
">
<p>Hello Shop Example BV,</p>
<p>Your parcel has been scanned in at the Repairline workshop in Coventry.<=
/p>
<table cellpadding=3D"4">
<tr><td>RMA number</td><td><b>7781-2204</b></td></tr>
<tr><td>Device</td><td>ShopHome Tab 10 (serial SHT10-8C41-0097)</td></tr>
<tr><td>Service</td><td>Secure data wipe + refurbishment assessment</td></=
tr>
<tr><td>Received</td><td>26/10/2026 08:51</td></tr>
<tr><td>Current status</td><td>Awaiting diagnosis</td></tr>
</table>
<p><a href=3D"https://track.repairline-service.example.com/rma/7781-2204?k=
=3DQp8d21">Track your repair</a></p>
<p style=3D"color:#888;font-size:11px">Please do not reply to this email, =
this mailbox is not monitored.</p>
</body></html>
--b1d9e47a0c5e4f0f9b3c2a1d8e7f6a55--
'''),

    # 2
    ('en', 'postfix-dsn-technician-user-unknown', 'automated', (),
'''Return-Path: <>
X-Original-To: privacy@shop.example.be
Delivered-To: privacy@shop.example.be
Received: by mx1.shop.example.be (Postfix)
        id 4Zm2Hc5Bq1z9vC7; Tue, 27 Oct 2026 14:03:27 +0100 (CET)
Date: Tue, 27 Oct 2026 14:03:27 +0100 (CET)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4Zm2Hc5Bq1z9vC7.1793106207/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261027130327.4Zm2Hc5Bq1z9vC7@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4Zm2Hc5Bq1z9vC7.1793106207/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.hartley@northfield-appliance.example.co.uk>: host
    mx.northfield-appliance.example.co.uk[203.0.113.27] said: 550 5.1.1
    <j.hartley@northfield-appliance.example.co.uk>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--4Zm2Hc5Bq1z9vC7.1793106207/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4Zm2Hc5Bq1z9vC7
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 27 Oct 2026 14:03:25 +0100 (CET)

Final-Recipient: rfc822; j.hartley@northfield-appliance.example.co.uk
Original-Recipient: rfc822;j.hartley@northfield-appliance.example.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.northfield-appliance.example.co.uk
Diagnostic-Code: smtp; 550 5.1.1
    <j.hartley@northfield-appliance.example.co.uk>: Recipient address
    rejected: User unknown in virtual mailbox table

--4Zm2Hc5Bq1z9vC7.1793106207/mx1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from [10.20.4.61] (vpn-61.shop.example.be [10.20.4.61])
        by mx1.shop.example.be (Postfix) with ESMTPSA id 4Zm2Hc5Bq1z9vC7
        for <j.hartley@northfield-appliance.example.co.uk>; Tue, 27 Oct 2026 14:03:25 +0100 (CET)
Message-ID: <6f1b2c0e-93d4-4e7a-b2a1-0c55d9e8f713@shop.example.be>
Date: Tue, 27 Oct 2026 14:03:24 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: en-GB
To: j.hartley@northfield-appliance.example.co.uk
From: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Confirmation of data wipe for returned units - RMA batch NF-2610
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

--4Zm2Hc5Bq1z9vC7.1793106207/mx1.shop.example.be--
'''),

    # 3
    ('en', 'person-forwards-export-ready-wants-json', 'portability', (),
'''Return-Path: <gareth.pryce@outlook.example>
Received: from EUR05-DB8-obe.outbound.protection.outlook.example (mail-db8eur05on2071.outbound.protection.outlook.example [203.0.113.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zn5Lw2Kc8z9vD1
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 22:37:09 +0100 (CET)
From: Gareth Pryce <gareth.pryce@outlook.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: FW: Your ShopHome data export is ready
Thread-Topic: Your ShopHome data export is ready
Thread-Index: AQHbKf3x9p0mQ2vLSUi7cN3e0R1w8Q==
Date: Wed, 28 Oct 2026 21:37:05 +0000
Message-ID: <DB9PR08MB7412C1A0E5F3B8D2A9F4C6E1B7A20@DB9PR08MB7412.eurprd08.prod.outlook.example>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Hi,

I asked for this export because I'm moving my three outdoor cameras and the=
 doorbell over to another system. What came back is a 14-page PDF with my =
account details and a table of events. I can't import a PDF into anything.

Could you send me the same data in a proper file, JSON or CSV is fine: the =
event history with timestamps, the device list and the clip metadata. Even =
better, can you send it straight to the new provider? They say they can tak=
e a standard JSON export if it comes from you.

Thanks,
Gareth Pryce

________________________________
From: ShopHome <no-reply@cloud.shophome.example.be>
Sent: 28 October 2026 18:02
To: gareth.pryce@outlook.example <gareth.pryce@outlook.example>
Subject: Your ShopHome data export is ready

Hi Gareth,

The data export you requested on 21 October 2026 is ready.

Download your export (PDF, 2.1 MB)
https://cloud.shophome.example.be/account/export/dl/8f3a1c?t=3D7Hq2

For your security the link expires in 7 days and can be used 3 times.

You're receiving this email because a data export was requested for your S=
hopHome account. If this wasn't you, please change your password.

ShopHome by Shop Example BV
'''),

    # 4
    ('en', 'person-reply-above-repair-status-wipe-photos', 'deletion', (),
'''Return-Path: <niamh.gallagher.be@gmail.example>
Received: from mail-wr1-f54.google.example (mail-wr1-f54.google.example [198.51.100.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zp9Tb1Ns4z9vE6
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 19:48:31 +0100 (CET)
MIME-Version: 1.0
References: <rep.7c1e93a4.20261030102011@helpdesk.shop.example.be>
In-Reply-To: <rep.7c1e93a4.20261030102011@helpdesk.shop.example.be>
From: Niamh Gallagher <niamh.gallagher.be@gmail.example>
Date: Fri, 30 Oct 2026 19:48:17 +0100
Message-ID: <CAE9x1mVq0wP3hT7Lb2rK5nQ8sYzFj4dUo6cGa1XeR2t0Hk9mWw@mail.gmail.example>
Subject: Re: [Repair #R-26-10448] Your repair is complete
To: privacy@shop.example.be
Cc: Shop Example Repairs <repairs@shop.example.be>
Content-Type: text/plain; charset="UTF-8"

Hello,

Glad the camera's working again, thanks. One thing though. When I opened
the repair request I had to upload photos of the damage and two of them
show the inside of our living room and my daughter. The SD card was also
still in the camera when I posted it, so the workshop will have seen
whatever was on it.

Could you please make sure all of those photos are deleted, from the
repair ticket and from anything the workshop copied, and let me know once
it's done? I don't need them kept for anything.

Cheers,
Niamh Gallagher

On Fri, 30 Oct 2026 at 11:20, Shop Example Repairs <repairs@shop.example.be>
wrote:

> Your repair is complete
>
> Repair number: R-26-10448
> Product: ShopHome Outdoor Cam 2 (SH-CAM2)
> Status: Repaired - ready for return
> Work done: replaced IR board, firmware 2.4.7 installed, factory reset
>
> Your camera will be handed to the courier on Monday 2 November. You will
> receive a tracking link as soon as it has been picked up.
>
> Questions about this repair? Simply reply to this email and keep the
> repair number in the subject.
>
> Shop Example BV - Repair desk
> For questions about your personal data: privacy@shop.example.be
'''),

    # 5
    ('en', 'extended-warranty-insurer-claim-ack', 'automated', (),
'''Return-Path: <claims-noreply@shieldcare-insurance.example.com>
Received: from smtp-out-2.shieldcare-insurance.example.com (smtp-out-2.shieldcare-insurance.example.com [192.0.2.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zq3Vd7Gm2z9vF4
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 11:06:40 +0100 (CET)
Date: Mon, 2 Nov 2026 10:06:37 +0000 (GMT)
From: ShieldCare Claims <claims-noreply@shieldcare-insurance.example.com>
To: privacy@shop.example.be
Message-ID: <1830425197.88412.1793613997614@cs-prod-mail-03>
In-Reply-To: <a21f0d6b-7e3c-41c9-9f2e-5b8d0c4e1a77@shop.example.be>
Subject: We've received your message - Claim SC-EW-0093318 [ref:_00D58K_5007Xq9:ref]
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-SFDC-LK: 00D58000000K8zQ
X-SFDC-User: 00558000004TxWh

Thank you for contacting ShieldCare Extended Warranty.

This is an automatic acknowledgement to confirm that your message has been
added to the following claim:

  Claim reference:   SC-EW-0093318
  Policy number:     EW-BE-2025-114702
  Product:           Laptop, purchased from Shop Example BV
  Claim status:      Under assessment

A member of our claims team will review your message and respond within
5 working days. You do not need to contact us again in the meantime;
sending further messages may delay our reply.

Please keep the reference [ref:_00D58K_5007Xq9:ref] in the subject line of
any future correspondence about this claim.

ShieldCare Insurance Services Ltd is authorised and regulated by the
Financial Conduct Authority. Registered in England and Wales No. 0847 2291.

This mailbox does not accept replies.
'''),

    # 6
    ('nl', 'exchange-ooo-repair-workshop', 'automated', (),
'''Return-Path: <>
Received: from EUR03-AM7-obe.outbound.protection.outlook.example (mail-am7eur03on2112.outbound.protection.outlook.example [203.0.113.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zr1Kf8Pw6z9vG3
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 09:02:18 +0100 (CET)
From: Wim Claes <wim.claes@herstelatelier-vanhoecke.example.be>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Dossier 44817 - gegevens op teruggestuurde laptop
Thread-Topic: Dossier 44817 - gegevens op teruggestuurde laptop
Thread-Index: AQHbKa1cX0yB7nT2kE6Lq3PWZ9vG4Q==
Date: Thu, 29 Oct 2026 08:02:14 +0000
Message-ID: <a8f2c61e0b9d4f3a8e7c1d2b5f4a9e60@AM0PR02MB5123.eurprd02.prod.outlook.example>
In-Reply-To: <0c7e4b19-55a2-4d0e-9e31-7f2a6c8d1b40@shop.example.be>
References: <0c7e4b19-55a2-4d0e-9e31-7f2a6c8d1b40@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: wim.claes@herstelatelier-vanhoecke.example.be
X-Auto-Response-Suppress: All
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Goeiedag,

Ik ben met verlof tot en met maandag 9 november. Uw e-mail wordt niet door=
gestuurd.

Voor vragen over lopende herstellingen kunt u terecht bij het atelier: atel=
ier@herstelatelier-vanhoecke.example.be of 09 233 41 70 (ma-vr 8u30-17u).

Met vriendelijke groeten,

Wim Claes
Herstelatelier Vanhoecke
Brugsesteenweg 212, 9000 Gent
'''),

    # 7
    ('nl', 'courier-pickup-scheduled-return', 'automated', (),
'''Return-Path: <bounce-mc.eu7_8812045.330917-privacy=shop.example.be@mail197.notify.quickparcel.example.be>
Received: from mail197.notify.quickparcel.example.be (mail197.notify.quickparcel.example.be [198.51.100.197])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zr7Nc0Xb1z9vH8
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 16:41:03 +0100 (CET)
From: QuickParcel <noreply@notify.quickparcel.example.be>
To: <privacy@shop.example.be>
Subject: Je ophaling is ingepland voor vrijdag 30 oktober
Date: Thu, 29 Oct 2026 15:40:58 +0000
Message-ID: <20261029154058.8812045.330917@notify.quickparcel.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_MCPart_1187749230"
Auto-Submitted: auto-generated
X-QP-Template: pickup_scheduled_nl_v4
X-QP-Shipment: 05212004478193

This is a multi-part message in MIME format

--_----------=_MCPart_1187749230
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hallo,

We komen op vrijdag 30 oktober een zending bij je ophalen.

Tijdvak: 9:00 - 13:00
Ophaaladres: Shop Example BV - Retourdepot, Industrieweg 14, 2800 Mechelen
Zendingnummer: 05212004478193
Referentie afzender: RMA 7781-2217
Aantal pakketten: 1

Zorg dat het pakket goed verpakt klaarstaat. Je hoeft geen label af te dru=
kken: de chauffeur brengt het mee.

Past dit moment niet? Kies een ander tijdvak tot vandaag 22:00:
https://track.quickparcel.example.be/ophaling/05212004478193?lang=3Dnl

Dit is een automatisch bericht. Antwoorden op deze e-mail worden niet gele=
zen.

QuickParcel Benelux NV
--_----------=_MCPart_1187749230
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"margin:0;font-family:Helvetica,Arial,sans-serif">
<h2 style=3D"color:#e4002b">We komen je pakket ophalen</h2>
<p>Op <b>vrijdag 30 oktober</b> tussen <b>9:00 en 13:00</b>.</p>
<p>Zendingnummer: 05212004478193<br>Referentie afzender: RMA 7781-2217</p>
<p><a href=3D"https://track.quickparcel.example.be/ophaling/05212004478193?=
lang=3Dnl">Ander tijdvak kiezen</a></p>
<p style=3D"font-size:11px;color:#777">Dit is een automatisch bericht.</p>
</body></html>
--_----------=_MCPart_1187749230--
'''),

    # 8
    ('nl', 'person-forwards-recall-letter-how-address', 'access', (),
'''Return-Path: <an.peeters@telenet.example.be>
Received: from mail.telenet.example.be (smtp-out-12.telenet.example.be [192.0.2.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zs4Qh3Yd9z9vJ2
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 20:13:55 +0100 (CET)
MIME-Version: 1.0
Date: Mon, 02 Nov 2026 20:13:51 +0100
From: An Peeters <an.peeters@telenet.example.be>
To: privacy@shop.example.be
Subject: Fwd: Belangrijk: terugroepactie ShopHome waterkoker WK-17
Message-ID: <b41e7d2a9c8f03e5a6d1f7b2c4e9a830@telenet.example.be>
X-Sender: an.peeters@telenet.example.be
User-Agent: Roundcube Webmail/1.6.9
Content-Type: text/plain; charset=UTF-8;
 format=flowed
Content-Transfer-Encoding: 8bit

Goeienavond,

Zie hieronder. Die waterkoker heb ik in 2021 in jullie winkel in Aalst 
gekocht, toen woonde ik nog in Erembodegem. Sinds augustus woon ik in 
Gent en dat adres heb ik jullie nooit gegeven, ook niet via de 
klantenkaart. Hoe komen jullie daaraan? Van wie hebben jullie het 
gekregen, en wat hebben jullie verder nog allemaal over mij?

An Peeters

-------- Originele bericht --------
Onderwerp: Belangrijk: terugroepactie ShopHome waterkoker WK-17
Datum: 2026-11-02 10:15
Afzender: Shop Example - Productveiligheid <recall@notify.shop.example.be>
Ontvanger: an.peeters@telenet.example.be

Beste An Peeters,

Uit onze gegevens blijkt dat u een ShopHome waterkoker WK-17 hebt 
gekocht. Bij een beperkt aantal toestellen (productiecodes 2104 tot en 
met 2111, zie de onderkant van het toestel) kan de schakelaar blijven 
hangen, waardoor de waterkoker niet automatisch uitschakelt.

Gebruik het toestel niet langer. U kunt het binnenbrengen in elke Shop 
Example-winkel of een gratis ophaling aanvragen via 
https://www.shop.example.be/terugroeping/wk17. U krijgt de volledige 
aankoopprijs terug, ook zonder kassaticket.

Deze brief sturen we u ook per post op het volgende adres:
Sint-Pietersnieuwstraat 88 bus 3, 9000 Gent

Onze excuses voor het ongemak.

Dienst Productveiligheid
Shop Example BV
'''),

    # 9
    ('nl', 'field-service-visit-confirmation-ics', 'automated', (),
'''Return-Path: <planning@serviceroute.example.be>
Received: from out.serviceroute.example.be (out.serviceroute.example.be [198.51.100.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zt0Rj6Ae5z9vK7
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 11:12:09 +0100 (CET)
From: ServiceRoute planning <planning@serviceroute.example.be>
To: Shop Example BV <privacy@shop.example.be>
Subject: Bevestiging bezoek technieker - dinsdag 3 november, 13u-17u (opdracht SR-118842)
Date: Fri, 30 Oct 2026 11:12:04 +0100
Message-ID: <sr.118842.1793355124@serviceroute.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_sr_b5c1f0a27e94"
Auto-Submitted: auto-generated
X-Mailer: ServiceRoute Planning 5.2

--=_sr_b5c1f0a27e94
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste klant,

Uw afspraak voor een bezoek van een technieker is bevestigd.

Opdracht:     SR-118842 (opdrachtgever Shop Example BV)
Datum:        dinsdag 3 november 2026
Tijdvak:      tussen 13:00 en 17:00
Adres:        Lindenlaan 7, 3000 Leuven
Toestel:      ShopHome slimme thermostaat SH-TH1
Werk:         terugzetten naar fabrieksinstellingen en demontage

De technieker belt u ongeveer 30 minuten voor aankomst. Zorg ervoor dat
iemand van 18 jaar of ouder aanwezig is.

Verplaatsen of annuleren kan tot 24 uur vooraf via
https://mijn.serviceroute.example.be/afspraak/SR-118842

In bijlage vindt u de afspraak voor uw agenda.

Dit bericht werd automatisch verstuurd. Gelieve niet te antwoorden.

ServiceRoute - planning technische dienst
--=_sr_b5c1f0a27e94
Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="afspraak-SR-118842.ics"
Content-Disposition: attachment; filename="afspraak-SR-118842.ics"
Content-Transfer-Encoding: 8bit

BEGIN:VCALENDAR
PRODID:-//ServiceRoute//Planning 5.2//NL
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SR-118842-20261103@serviceroute.example.be
DTSTAMP:20261030T101204Z
DTSTART:20261103T120000Z
DTEND:20261103T160000Z
SUMMARY:Bezoek technieker - opdracht SR-118842
LOCATION:Lindenlaan 7 - 3000 Leuven
ORGANIZER;CN=ServiceRoute planning:mailto:planning@serviceroute.example.be
ATTENDEE;CN=Shop Example BV;RSVP=FALSE:mailto:privacy@shop.example.be
DESCRIPTION:Terugzetten naar fabrieksinstellingen en demontage SH-TH1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
--=_sr_b5c1f0a27e94--
'''),

    # 10
    ('nl', 'iot-device-offline-alert', 'automated', (),
'''Return-Path: <alerts-bounces@cloud.shophome.example.be>
Received: from notify-eu-2.cloud.shophome.example.be (notify-eu-2.cloud.shophome.example.be [192.0.2.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zt8Sm1Cg0z9vL5
        for <privacy@shop.example.be>; Sun, 1 Nov 2026 00:18:44 +0100 (CET)
From: ShopHome <alerts@cloud.shophome.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Je_thermostaat_=E2=80=9CTestruimte_2e_verdieping=E2=80=9D_is_offline?=
Date: Sat, 31 Oct 2026 23:18:41 +0000
Message-ID: <evt-device.offline-3f9b2e71c0a4@cloud.shophome.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-ShopHome-Event: device.offline
X-ShopHome-Device: SH-TH1-00A4F1
List-Unsubscribe: <https://cloud.shophome.example.be/settings/notifications?u=3f9b2e71>

Hallo,

Je thermostaat =E2=80=9CTestruimte 2e verdieping=E2=80=9D (SH-TH1, serienum=
mer SH-TH1-00A4F1) heeft sinds zaterdag 31 oktober 23:48 geen verbinding me=
er met de ShopHome-cloud.

Wat kun je doen?
- Controleer of je wifi-router aanstaat en of het toestel stroom krijgt.
- Staat het toestel ver van de router? Probeer het dichterbij of gebruik ee=
n wifi-versterker.
- Nog altijd offline? Open de ShopHome-app en kies Toestel > Opnieuw verbin=
den.

Zolang het toestel offline is, worden geplande temperaturen niet uitgevoerd=
.

Je krijgt deze melding omdat je meldingen voor =E2=80=9CToestel offline=E2=
=80=9D hebt ingeschakeld. Meldingen beheren:
https://cloud.shophome.example.be/settings/notifications

ShopHome - Shop Example BV
'''),

    # 11
    ('fr', 'sieve-vacation-sav-technician', 'automated', (),
'''Return-Path: <>
Received: from mail.atelier-dupont-sav.example.be (mail.atelier-dupont-sav.example.be [203.0.113.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zv2Tn4Dh8z9vM1
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 15:26:02 +0100 (CET)
Received: by mail.atelier-dupont-sav.example.be (Postfix)
        id 9C1E54A0B2; Tue, 27 Oct 2026 15:26:01 +0100 (CET)
Date: Tue, 27 Oct 2026 15:26:01 +0100
From: Julien Lemaire <j.lemaire@atelier-dupont-sav.example.be>
To: privacy@shop.example.be
Subject: Absence : Re: Dossier SAV 30219 - effacement des =?UTF-8?Q?donn=C3=A9es?= du PC portable
Message-ID: <dovecot-sieve-1793111161-118420-0@mail.atelier-dupont-sav.example.be>
In-Reply-To: <5d0a3f8e-2b71-4c96-a1e4-93c7f2d6e015@shop.example.be>
References: <5d0a3f8e-2b71-4c96-a1e4-93c7f2d6e015@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Je suis en congé et serai de retour à l'atelier le lundi 9 novembre.
Votre message ne sera pas transféré.

Pour le suivi d'une réparation en cours, merci de contacter l'accueil SAV
au 04 342 18 90 ou à l'adresse sav@atelier-dupont-sav.example.be.

Bien à vous,

Julien Lemaire
Technicien SAV - Atelier Dupont, Liège
'''),

    # 12
    ('fr', 'recall-platform-reply-confirmation', 'automated', (),
'''Return-Path: <noreply@recalldesk.example.eu>
Received: from mta-2.recalldesk.example.eu (mta-2.recalldesk.example.eu [192.0.2.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zv9Wp2Fk3z9vN6
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 09:51:30 +0100 (CET)
From: Plateforme RecallDesk <noreply@recalldesk.example.eu>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Confirmation_:_votre_r=C3=A9ponse_au_rappel_RC-2026-0417_a_?=
 =?UTF-8?Q?bien_=C3=A9t=C3=A9_enregistr=C3=A9e?=
Date: Wed, 04 Nov 2026 08:51:27 +0000
Message-ID: <rd-ack-RC-2026-0417-BE-00311@recalldesk.example.eu>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-RecallDesk-Case: RC-2026-0417

Bonjour,

Nous vous confirmons la bonne r=C3=A9ception de votre formulaire de r=C3=A9p=
onse
concernant le rappel de produit suivant :

  R=C3=A9f=C3=A9rence du rappel : RC-2026-0417
  Produit : Multiprise connect=C3=A9e ShopHome SP-4, lots 2309 =C3=A0 2402
  Op=C3=A9rateur : Shop Example BV (distributeur, Belgique)
  Unit=C3=A9s vendues d=C3=A9clar=C3=A9es : 1 284
  Unit=C3=A9s retourn=C3=A9es =C3=A0 ce jour : 311
  Clients inform=C3=A9s : oui (e-mail et courrier)

Votre r=C3=A9ponse a =C3=A9t=C3=A9 transmise au fabricant et =C3=A0 l'autor=
it=C3=A9
de surveillance du march=C3=A9 comp=C3=A9tente. Aucune action suppl=C3=A9me=
ntaire
n'est requise de votre part pour le moment. Le prochain rapport
d'avancement est attendu pour le 4 d=C3=A9cembre 2026.

Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.
Pour toute question : https://recalldesk.example.eu/support

RecallDesk - plateforme de gestion des rappels de produits
'''),

    # 13
    ('fr', 'person-reply-above-motion-alert-which-clips-kept', 'access', (),
'''Return-Path: <sophie.marchal@skynet.example.be>
Received: from smtp.skynet.example.be (smtp.skynet.example.be [198.51.100.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zw5Xr8Hm7z9vP2
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 14:52:48 +0100 (CET)
Content-Type: text/plain;
        charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Re:_Mouvement_d=C3=A9tect=C3=A9_=E2=80=93_Cam=C3=A9ra_Jar?=
 =?utf-8?Q?din?=
From: Sophie Marchal <sophie.marchal@skynet.example.be>
In-Reply-To: <evt-motion-7a20c9d1e6b8@cloud.shophome.example.be>
Date: Sat, 31 Oct 2026 14:52:40 +0100
Message-Id: <E2B7C4A1-5F90-4D3E-8B1A-0C6D9F2E7A45@skynet.example.be>
References: <evt-motion-7a20c9d1e6b8@cloud.shophome.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B83)

Bonjour,

Je re=C3=A7ois ce genre d=E2=80=99alerte plusieurs fois par jour depuis que=
 j=E2=80=99ai install=C3=A9 la cam=C3=A9ra du jardin. J=E2=80=99aimerais sa=
voir combien de temps vous gardez ces vid=C3=A9os, o=C3=B9 elles sont stock=
=C3=A9es (chez vous ou chez un prestataire ?) et qui peut les regarder chez=
 vous. La cam=C3=A9ra filme aussi un bout du trottoir et le jardin des vois=
ins, donc je voudrais savoir exactement ce qui est conserv=C3=A9.

Merci d=E2=80=99avance,
Sophie Marchal

Envoy=C3=A9 de mon iPhone

> Le 31 oct. 2026 =C3=A0 14:07, ShopHome <alerts@cloud.shophome.example.be=
> a =C3=A9crit :
>=20
> =EF=BB=BFMouvement d=C3=A9tect=C3=A9 par Cam=C3=A9ra Jardin
>=20
> Samedi 31 octobre 2026, 14:06
> Un clip de 20 secondes a =C3=A9t=C3=A9 enregistr=C3=A9.
>=20
> Voir le clip : https://cloud.shophome.example.be/clips/7a20c9d1e6b8
>=20
> Vous recevez cet e-mail parce que les alertes de mouvement sont activ=C3=
=A9es pour cet appareil. G=C3=A9rer les notifications dans l=E2=80=99app =
ShopHome.
'''),

    # 14
    ('fr', 'outlook-read-receipt-repair-partner', 'automated', (),
'''Return-Path: <n.gerard@reparelec.example.be>
Received: from EUR01-HE1-obe.outbound.protection.outlook.example (mail-he1eur01on2093.outbound.protection.outlook.example [203.0.113.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zx1Yt5Jn2z9vQ8
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 11:05:01 +0100 (CET)
From: =?utf-8?Q?Nathalie_G=C3=A9rard?= <n.gerard@reparelec.example.be>
To: <privacy@shop.example.be>
Subject: Lu : Demande de confirmation d'effacement - bons de =?utf-8?Q?r=C3=A9paration?= 2024
Date: Mon, 2 Nov 2026 11:04:55 +0100
Message-ID: <000001dd4c23$8e1f0a70$aa5d1f50$@reparelec.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="----=_NextPart_000_0003_01DD4C2B.EFE37270"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbLN0q4eQ1h7vYQ0S1r2xK9mF3bA==
Content-Language: fr-be

This is a multipart message in MIME format.

------=_NextPart_000_0003_01DD4C2B.EFE37270
Content-Type: text/plain;
        charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C3=80 : Nathalie G=C3=A9rard
  Objet : Demande de confirmation d'effacement - bons de r=C3=A9paration 2=
024
  Envoy=C3=A9 : lundi 2 novembre 2026 09:31:12 (UTC+01:00) Bruxelles, Cope=
nhague, Madrid, Paris

a =C3=A9t=C3=A9 lu le lundi 2 novembre 2026 11:04:55 (UTC+01:00) Bruxelles=
, Copenhague, Madrid, Paris.

------=_NextPart_000_0003_01DD4C2B.EFE37270
Content-Type: message/disposition-notification

Reporting-UA: reparelec.example.be; Microsoft Outlook 16.0
Final-Recipient: rfc822;n.gerard@reparelec.example.be
Original-Message-ID: <e3b90c12-7d4a-4f6e-8c25-1a9f0d7b3e64@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0003_01DD4C2B.EFE37270--
'''),

    # 15
    ('de', 'manufacturer-portal-quote-awaiting-approval', 'automated', (),
'''Return-Path: <service-noreply@kessler-hausgeraete.example.de>
Received: from mout.kessler-hausgeraete.example.de (mout.kessler-hausgeraete.example.de [192.0.2.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zx8Zv0Kp6z9vR3
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 13:30:17 +0100 (CET)
From: =?UTF-8?Q?Kessler_Hausger=C3=A4te_Service?= <service-noreply@kessler-hausgeraete.example.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Kostenvoranschlag_wartet_auf_Ihre_Freigabe_=E2=80=93_Repa?=
 =?UTF-8?Q?raturauftrag_2026-118734?=
Date: Wed, 28 Oct 2026 13:30:12 +0100
Message-ID: <KV.2026-118734.20261028133012@serviceportal.kessler-hausgeraete.example.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Portal-Status: QUOTE_PENDING

Sehr geehrte Damen und Herren,

f=C3=BCr Ihren Reparaturauftrag liegt ein Kostenvoranschlag vor.

Auftragsnummer:   2026-118734
Ger=C3=A4t:            Kaffeevollautomat KV 880, Seriennr. KV880-2311-04417
Auftraggeber:     Shop Example BV, Mechelen (BE)
Befund:           Br=C3=BChgruppe defekt, Dichtungen verschlissen
Kosten:           186,40 EUR inkl. MwSt. (Teile 94,90 EUR, Arbeit 91,50 E=
UR)
Status:           Kostenvoranschlag wartet auf Freigabe

Bitte geben Sie den Kostenvoranschlag innerhalb von 14 Tagen im Servicepor=
tal
frei oder lehnen Sie ihn ab. Erhalten wir keine R=C3=BCckmeldung, senden w=
ir das
Ger=C3=A4t unrepariert zur=C3=BCck und berechnen eine Pr=C3=BCfpauschale v=
on 39,00 EUR.

Zum Serviceportal:
https://serviceportal.kessler-hausgeraete.example.de/auftrag/2026-118734

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf die=
se
Nachricht.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Kessler Kundendienst

Kessler Hausger=C3=A4te GmbH, Industriestra=C3=9Fe 31, 52078 Aachen
Amtsgericht Aachen HRB 11842
'''),

    # 16
    ('de', 'exchange-ooo-service-partner-training', 'automated', (),
'''Return-Path: <>
Received: from EUR04-DB3-obe.outbound.protection.outlook.example (mail-db3eur04on2120.outbound.protection.outlook.example [203.0.113.120])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zy3Bw2Lq9z9vS1
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 08:47:36 +0100 (CET)
From: Markus Brandt <m.brandt@elektroservice-brandt.example.de>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatische_Antwort:_AW:_L=C3=B6schbest=C3=A4tigung_Kunden?=
 =?utf-8?Q?daten_Auftrag_55102?=
Thread-Topic: =?utf-8?Q?AW:_L=C3=B6schbest=C3=A4tigung_Kundendaten_Auftrag_55102?=
Thread-Index: AQHbLYr0m4pC2Qk8EUy3vT9xN1a7Rg==
Date: Tue, 3 Nov 2026 07:47:33 +0000
Message-ID: <c04e7f91d2a84b6e9f13a5c7d820be41@FR2P281MB0488.DEUP281.PROD.OUTLOOK.example>
In-Reply-To: <7a9c1e25-04bd-4f83-a6e2-d15b08c3f947@shop.example.be>
References: <3b81d0f6-2c9e-47a5-8e14-90f6c2a7d3b5@elektroservice-brandt.example.de>
 <7a9c1e25-04bd-4f83-a6e2-d15b08c3f947@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: m.brandt@elektroservice-brandt.example.de
X-Auto-Response-Suppress: All
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Vielen Dank f=C3=BCr Ihre Nachricht.

Ich bin bis einschlie=C3=9Flich Freitag, 6. November 2026, auf einer Hers=
tellerschulung und habe nur eingeschr=C3=A4nkt Zugriff auf meine E-Mails. =
Ihre Nachricht wird nicht weitergeleitet.

In dringenden F=C3=A4llen wenden Sie sich bitte an unsere Disposition: dis=
po@elektroservice-brandt.example.de, Tel. +49 241 99 31 70.

Mit freundlichen Gr=C3=BC=C3=9Fen
Markus Brandt
Servicetechniker

Elektroservice Brandt GmbH & Co. KG
'''),

    # 17
    ('de', 'person-technician-shared-mailbox-signature', 'correction', (),
'''Return-Path: <technik@kohnen-service.example.be>
Received: from smtp.kohnen-service.example.be (smtp.kohnen-service.example.be [198.51.100.160])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zy9Cx7Mr4z9vT6
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 07:21:14 +0100 (CET)
From: Kohnen Service | Technik <technik@kohnen-service.example.be>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Falsche_Angaben_zu_mir_in_euren_Terminbest=C3=A4tigungen?=
Date: Thu, 5 Nov 2026 07:21:09 +0100
Message-ID: <000601dd4f12$3a7c8e20$af759a60$@kohnen-service.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdtPEjm8Y1qR0xV7TgO4bW2kZc9n1A==
Content-Language: de-be

Hallo zusammen,

hier schreibt Patrick Jost, einer der Techniker von Kohnen, die für euch
die Hausbesuche in Ostbelgien machen (Thermostate, Kameras usw.). Ich
schreibe vom Sammelpostfach, eine eigene Adresse habe ich nicht.

In euren Terminbestätigungen an die Kunden steht bei mir seit Monaten:

    Ihr Techniker: Patrick Johst, Tel. 0471 28 45 13

Der Name ist falsch geschrieben, Jost ohne h. Und die 0471-Nummer habe
ich seit Juli nicht mehr, die hat inzwischen jemand anderes, und bei dem
rufen jetzt eure Kunden an. Meine aktuelle Nummer ist 0478 63 21 09.

Könnt ihr das bitte bei euch im System richtigstellen? Danke!

Gruß
Patrick Jost

--
Kohnen Elektro-Service GmbH
Herbesthaler Straße 12 · 4700 Eupen
Tel. 087 55 12 40 · technik@kohnen-service.example.be
MwSt. BE 0456.812.337

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte
Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder
diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den
Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
'''),

    # 18
    ('de', 'challenge-response-antispam-workshop', 'automated', (),
'''Return-Path: <>
Received: from relay.mailguard.example.de (relay.mailguard.example.de [192.0.2.158])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zz4Dy1Ns8z9vV2
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 10:12:51 +0100 (CET)
From: MailGuard Spamschutz <challenge@mailguard.example.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Bitte_best=C3=A4tigen_Sie_Ihre_Nachricht_an_werkstatt@elektr?=
 =?UTF-8?Q?o-hoffmann.example.de?=
Date: Tue, 3 Nov 2026 10:12:49 +0100
Message-ID: <chl-c7f31a9e04b2@mailguard.example.de>
In-Reply-To: <91d6f0a3-3e2c-4b77-8a5d-c0e4b7f2a916@shop.example.be>
Auto-Submitted: auto-replied
Precedence: junk
X-MailGuard-Challenge: c7f31a9e04b2
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Guten Tag,

Sie haben eine E-Mail an werkstatt@elektro-hoffmann.example.de geschickt.
Dieses Postfach wird durch MailGuard vor Spam geschützt: Nachrichten von
Absendern, die der Empfänger noch nicht kennt, werden erst zugestellt,
wenn der Absender einmalig bestätigt, dass er kein automatisches
Programm ist.

Ihre Nachricht:
  Von:     privacy@shop.example.be
  Betreff: Reparaturauftrag 8812 - Rückgabe der Speicherkarte
  Datum:   03.11.2026 10:12

Bitte bestätigen Sie innerhalb von 72 Stunden über diesen Link:
https://confirm.mailguard.example.de/c/c7f31a9e04b2?l=de

Sie müssen das nur ein einziges Mal tun. Ohne Bestätigung wird Ihre
Nachricht nach Ablauf der Frist automatisch gelöscht.

Bitte antworten Sie nicht auf diese E-Mail.

MailGuard - Spamschutz für kleine Unternehmen
'''),

    # 19
    ('es', 'gmail-vacation-service-technician', 'automated', (),
'''Return-Path: <lucia.ferrer.sat@gmail.example>
Received: from mail-ej1-f41.google.example (mail-ej1-f41.google.example [198.51.100.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Zz9Fa6Pt3z9vW7
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 17:33:08 +0100 (CET)
MIME-Version: 1.0
From: =?UTF-8?Q?Luc=C3=ADa_Ferrer?= <lucia.ferrer.sat@gmail.example>
Date: Mon, 26 Oct 2026 17:33:05 +0100
Message-ID: <CAKd7vM0rS1pG4n-Ww9YbE2qHf6tZx3LcUa8Nj5oVk0iQe7Ry1A@mail.gmail.example>
Subject: Fuera de la oficina hasta el 9 de noviembre
To: privacy@shop.example.be
In-Reply-To: <4e2a8c6b-1f90-4d3a-b7e5-62c0a9f1d8e4@shop.example.be>
References: <4e2a8c6b-1f90-4d3a-b7e5-62c0a9f1d8e4@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000c4d81e0624b3f2a7"

--000000000000c4d81e0624b3f2a7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Estoy de vacaciones hasta el lunes 9 de noviembre y no tendr=C3=A9 acceso =
al correo.

Para cualquier asunto urgente del servicio t=C3=A9cnico, escribid a
sat@reparaciones-levante.example.es o llamad al 963 41 22 07 (de lunes a
viernes, de 9 a 14 h).

Un saludo,
Luc=C3=ADa Ferrer
Reparaciones Levante - Servicio t=C3=A9cnico oficial

--000000000000c4d81e0624b3f2a7
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hola:</div><div><br></div><div>Estoy de vacaciones h=
asta el lunes 9 de noviembre y no tendr=C3=A9 acceso al correo.</div><div>=
<br></div><div>Para cualquier asunto urgente del servicio t=C3=A9cnico, es=
cribid a <a href=3D"mailto:sat@reparaciones-levante.example.es">sat@repara=
ciones-levante.example.es</a> o llamad al 963 41 22 07 (de lunes a viernes=
, de 9 a 14 h).</div><div><br></div><div>Un saludo,</div><div>Luc=C3=ADa F=
errer</div><div>Reparaciones Levante - Servicio t=C3=A9cnico oficial</div>=
</div>

--000000000000c4d81e0624b3f2a7--
'''),

    # 20
    ('es', 'manufacturer-warranty-registration-confirmed', 'automated', (),
'''Return-Path: <bounce-garantia@solano-electro.example.es>
Received: from mailer.solano-electro.example.es (mailer.solano-electro.example.es [203.0.113.210])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4b0Ghb2Qv7z9vX3
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 12:55:20 +0100 (CET)
From: =?UTF-8?Q?Solano_Electrodom=C3=A9sticos?= <garantia@solano-electro.example.es>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Confirmaci=C3=B3n_del_registro_de_su_garant=C3=ADa_-_N=C2=BA_GR-?=
 =?UTF-8?Q?26-448120?=
Date: Fri, 30 Oct 2026 12:55:16 +0100
Message-ID: <GR-26-448120.20261030125516@solano-electro.example.es>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated

Estimado/a cliente:

Le confirmamos que la garantía de su producto ha quedado registrada
correctamente.

  Nº de registro:         GR-26-448120
  Producto:               Robot aspirador Solano RX-40
  Nº de serie:            RX40-B2608-11937
  Fecha de compra:        14/10/2026
  Establecimiento:        Shop Example BV (Bélgica)
  Garantía del fabricante: 2 años + 1 año adicional por registro
                           (válida hasta el 14/10/2029)

Conserve la factura o el ticket de compra: se lo pediremos si su
aparato necesita una reparación.

Puede consultar el estado de su garantía o solicitar una reparación en
https://www.solano-electro.example.es/garantia/GR-26-448120

Este correo se ha generado automáticamente. Por favor, no responda a
este mensaje.

Solano Electrodomésticos S.L.
Polígono Industrial El Oliveral, calle G, 46394 Riba-roja de Túria (Valencia)
'''),

    # 21
    ('es', 'person-app-feedback-form-log-objects-analytics', 'objection', (),
'''Return-Path: <feedback-bounces@app.shophome.example.be>
Received: from feedback-1.app.shophome.example.be (feedback-1.app.shophome.example.be [192.0.2.67])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4b0Njc8Rw2z9vY9
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 10:02:44 +0100 (CET)
From: ShopHome App <feedback-noreply@app.shophome.example.be>
Reply-To: Javier Ortega Ruiz <javi.ortega.r@correo.example.es>
To: privacy@shop.example.be
Subject: [Comentarios app] Privacidad - Android 3.8.1
Date: Wed, 4 Nov 2026 09:02:41 +0000
Message-ID: <fb_9c41e2a7.1793782961@app.shophome.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed;
        boundary="----=_Part_118204_1873360123.1793782961402"
X-ShopHome-Feedback-ID: fb_9c41e2a7
X-Mailer: ShopHome Feedback Relay 1.4

------=_Part_118204_1873360123.1793782961402
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Nuevo mensaje enviado desde "Enviar comentarios" en la app ShopHome.

Tema:               Privacidad
Usuario:            javi.ortega.r@correo.example.es
Idioma de la app:   es-ES
Versión:            3.8.1 (412) - Android 14
Registro adjunto:   sí

Mensaje:
------------------------------------------------------------
Hola. En los ajustes pone que la app envía "datos de uso y diagnóstico"
para mejorar el servicio y que se pueden compartir con socios. No quiero
que uséis mis datos para analíticas ni para estudiar cómo uso las
cámaras, y menos aún que se los paséis a terceros. He desactivado la
opción tres veces, pero cada vez que se actualiza la app vuelve a estar
activada (os mando el registro). Por favor, dejad de usar mis datos para
eso, en todos mis dispositivos.
Javier
------------------------------------------------------------

Puedes responder a este correo: la respuesta llegará a la dirección del
usuario.

------=_Part_118204_1873360123.1793782961402
Content-Type: text/plain; charset=US-ASCII; name=diagnostics.txt
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename=diagnostics.txt

dmVyPTMuOC4xCm9zPUFuZHJvaWQgMTQKY2FtPVNILUNBTTIKZnc9Mi40LjcK
------=_Part_118204_1873360123.1793782961402--
'''),

    # 22
    ('es', 'iot-new-login-notice', 'automated', (),
'''Return-Path: <security-bounces@cloud.shophome.example.be>
Received: from notify-eu-1.cloud.shophome.example.be (notify-eu-1.cloud.shophome.example.be [192.0.2.65])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4b0Tkd3Sx6z9vZ4
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 19:42:58 +0100 (CET)
From: ShopHome <security-noreply@cloud.shophome.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nuevo_inicio_de_sesi=C3=B3n_en_tu_cuenta_ShopHome?=
Date: Wed, 04 Nov 2026 18:42:55 +0000
Message-ID: <evt-account.login.new-51d08e3fa927@cloud.shophome.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-ShopHome-Event: account.login.new

Hola:

Hemos detectado un nuevo inicio de sesión en tu cuenta ShopHome
(p*****y@shop.example.be).

  Dispositivo:           Chrome 130 en Windows
  Ubicación aproximada:  Lieja, Bélgica
  Dirección IP:          198.51.100.23
  Fecha:                 miércoles, 4 de noviembre de 2026, 19:42 (CET)

Si has sido tú, no tienes que hacer nada.

Si no reconoces este inicio de sesión, cambia tu contraseña ahora y
cierra todas las sesiones abiertas:
https://cloud.shophome.example.be/account/security

Te enviamos este aviso para proteger tu cuenta. Los avisos de seguridad
no se pueden desactivar.

El equipo de ShopHome
'''),

    # 23
    ('it', 'exchange-online-ndr-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from EUR02-VI1-obe.outbound.protection.outlook.example (mail-vi1eur02on2049.outbound.protection.outlook.example [203.0.113.49])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4b1Alf7Tz1z9wA5
        for <privacy@shop.example.be>; Mon, 2 Nov 2026 10:48:15 +0100 (CET)
From: Microsoft Outlook
        <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tecnoservice-brambilla.example.it>
To: <privacy@shop.example.be>
Date: Mon, 2 Nov 2026 09:48:12 +0000
Content-Language: it-IT
Message-ID: <a7c3e91f-0b24-4d58-9e1a-6f2d8c0b5e17@AS8PR03MB6801.eurprd03.prod.outlook.example>
In-Reply-To: <c9e2d4f0-81b7-4a3c-b6e5-2f0a9d7c1e38@shop.example.be>
References: <c9e2d4f0-81b7-4a3c-b6e5-2f0a9d7c1e38@shop.example.be>
Subject: Non recapitabile: Richiesta di cancellazione dati - riparazione n. 2026/3391
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Type: multipart/report; report-type=delivery-status;
        boundary="8b2f4c1d-6e3a-4f9b-a0c7-1d5e9f2b7a46"
MIME-Version: 1.0

--8b2f4c1d-6e3a-4f9b-a0c7-1d5e9f2b7a46
Content-Type: multipart/alternative; differences=Content-Type;
        boundary="0e5d7a31-c2f8-4b69-91d4-a8e36f0c2b57"

--0e5d7a31-c2f8-4b69-91d4-a8e36f0c2b57
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Impossibile recapitare il messaggio a questi destinatari o gruppi:

silvia.colombo@tecnoservice-brambilla.example.it (silvia.colombo@tecnoservi=
ce-brambilla.example.it)
La cassetta postale del destinatario =C3=A8 piena e non pu=C3=B2 accettare =
messaggi in questo momento. Riprova a inviare il messaggio pi=C3=B9 tardi o=
ppure contatta direttamente il destinatario.




Informazioni di diagnostica per gli amministratori:

Server di generazione: AS8PR03MB6801.eurprd03.prod.outlook.example

silvia.colombo@tecnoservice-brambilla.example.it
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:=
QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process=
 message due to a permanent exception with message [BeginDiagnosticData]Can=
not open mailbox.[EndDiagnosticData]'

Intestazioni messaggio originale:

Received: from mx1.shop.example.be (192.0.2.10) by
 AS8PR03MB6801.eurprd03.prod.outlook.example with Microsoft SMTP Server
 id 15.20.8093.14; Mon, 2 Nov 2026 09:48:09 +0000
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: silvia.colombo@tecnoservice-brambilla.example.it
Subject: Richiesta di cancellazione dati - riparazione n. 2026/3391
Date: Mon, 2 Nov 2026 10:48:02 +0100
Message-ID: <c9e2d4f0-81b7-4a3c-b6e5-2f0a9d7c1e38@shop.example.be>

--0e5d7a31-c2f8-4b69-91d4-a8e36f0c2b57
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><p><b><font color=3D"#000066" size=3D"3">Impossib=
ile recapitare il messaggio a questi destinatari o gruppi:</font></b></p>
<p><a href=3D"mailto:silvia.colombo@tecnoservice-brambilla.example.it">silv=
ia.colombo@tecnoservice-brambilla.example.it</a><br>La cassetta postale del=
 destinatario =C3=A8 piena e non pu=C3=B2 accettare messaggi in questo mome=
nto. Riprova a inviare il messaggio pi=C3=B9 tardi oppure contatta direttam=
ente il destinatario.</p>
</body></html>

--0e5d7a31-c2f8-4b69-91d4-a8e36f0c2b57--

--8b2f4c1d-6e3a-4f9b-a0c7-1d5e9f2b7a46
Content-Type: message/delivery-status

Reporting-MTA: dns;AS8PR03MB6801.eurprd03.prod.outlook.example
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Mon, 2 Nov 2026 09:48:09 +0000

Final-Recipient: rfc822;silvia.colombo@tecnoservice-brambilla.example.it
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--8b2f4c1d-6e3a-4f9b-a0c7-1d5e9f2b7a46
Content-Type: text/rfc822-headers

Received: from mx1.shop.example.be (192.0.2.10) by
 AS8PR03MB6801.eurprd03.prod.outlook.example with Microsoft SMTP Server
 id 15.20.8093.14; Mon, 2 Nov 2026 09:48:09 +0000
From: Shop Example BV - Privacy <privacy@shop.example.be>
To: silvia.colombo@tecnoservice-brambilla.example.it
Subject: Richiesta di cancellazione dati - riparazione n. 2026/3391
Date: Mon, 2 Nov 2026 10:48:02 +0100
Message-ID: <c9e2d4f0-81b7-4a3c-b6e5-2f0a9d7c1e38@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

--8b2f4c1d-6e3a-4f9b-a0c7-1d5e9f2b7a46--
'''),

    # 24
    ('it', 'iot-firmware-update-installed', 'automated', (),
'''Return-Path: <alerts-bounces@cloud.shophome.example.be>
Received: from notify-eu-2.cloud.shophome.example.be (notify-eu-2.cloud.shophome.example.be [192.0.2.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4b1Hmg0Va5z9wB1
        for <privacy@shop.example.be>; Thu, 5 Nov 2026 03:14:22 +0100 (CET)
From: ShopHome <alerts@cloud.shophome.example.be>
To: privacy@shop.example.be
Subject: Aggiornamento firmware installato: Videocitofono Ingresso
Date: Thu, 05 Nov 2026 02:14:19 +0000
Message-ID: <evt-device.fw.updated-c81a4e07b3d2@cloud.shophome.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-ShopHome-Event: device.firmware.updated
X-ShopHome-Device: SH-DB2-01C7E9
List-Unsubscribe: <https://cloud.shophome.example.be/settings/notifications?u=c81a4e07>

Ciao,

il firmware del tuo dispositivo «Videocitofono Ingresso» (SH-DB2, n. di
serie SH-DB2-01C7E9) è stato aggiornato alla versione 2.4.7 giovedì
5 novembre 2026 alle 03:12.

Novità di questa versione:
- rilevamento delle persone più preciso di notte
- minor consumo della batteria in standby
- correzioni di sicurezza

Non devi fare nulla: il dispositivo si è riavviato ed è di nuovo online.

Note di rilascio complete:
https://cloud.shophome.example.be/releases/sh-db2/2.4.7

Ricevi questa e-mail perché hai attivato le notifiche sugli
aggiornamenti. Gestisci le notifiche:
https://cloud.shophome.example.be/settings/notifications

ShopHome - Shop Example BV
'''),

    # 25
    ('it', 'extended-warranty-insurer-policy-documents', 'automated', (),
'''Return-Path: <noreply@protezionepiu.example.it>
Received: from smtp2.protezionepiu.example.it (smtp2.protezionepiu.example.it [198.51.100.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4b1Pnh5Wc0z9wC6
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 08:03:47 +0100 (CET)
From: =?UTF-8?Q?Protezione_Pi=C3=B9?= <noreply@protezionepiu.example.it>
To: privacy@shop.example.be
Subject: I tuoi documenti di polizza - Estensione di garanzia n. EG-2026-0771532
Date: Fri, 30 Oct 2026 08:03:44 +0100
Message-ID: <pol.EG-2026-0771532.docs@protezionepiu.example.it>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated

Gentile Cliente,

grazie per aver scelto Protezione Pi=C3=B9. La tua polizza di estensione d=
i garanzia =C3=A8 attiva.

Numero di polizza:      EG-2026-0771532
Prodotto assicurato:    Lavatrice, acquistata presso Shop Example BV il 22=
/10/2026
Decorrenza copertura:   22/10/2028 (al termine della garanzia legale)
Scadenza:               21/10/2031
Premio pagato:          79,00 EUR

I documenti della polizza (Set informativo, Condizioni di assicurazione e =
Certificato di polizza) sono disponibili nella tua Area Riservata:
https://area.protezionepiu.example.it/polizze/EG-2026-0771532

Ti ricordiamo che puoi recedere dal contratto entro 14 giorni dalla data d=
i sottoscrizione.

Questa =C3=A8 una comunicazione automatica, ti preghiamo di non rispondere=
. Per assistenza: numero verde 800 91 44 20 (lun-ven 9-18).

Protezione Pi=C3=B9 - Servizi assicurativi per l'elettronica di consumo
'''),

    # 26
    ('it', 'person-partner-ticket-system-logistics-question', 'other', (),
'''Return-Path: <assistenza@tecnoservice-brambilla.example.it>
Received: from helpdesk.tecnoservice-brambilla.example.it (helpdesk.tecnoservice-brambilla.example.it [203.0.113.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4b1Wpj9Xd4z9wD2
        for <privacy@shop.example.be>; Wed, 4 Nov 2026 11:27:33 +0100 (CET)
From: Assistenza Tecnoservice Brambilla <assistenza@tecnoservice-brambilla.example.it>
To: privacy@shop.example.be
Subject: [Ticket#2026110410000217] Re: Richiesta di cancellazione dati - riparazione n. 2026/3391
Date: Wed, 04 Nov 2026 11:27:29 +0100
Message-ID: <1793787649.418206.771204395@helpdesk.tecnoservice-brambilla.example.it>
In-Reply-To: <c9e2d4f0-81b7-4a3c-b6e5-2f0a9d7c1e38@shop.example.be>
References: <c9e2d4f0-81b7-4a3c-b6e5-2f0a9d7c1e38@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Znuny Mail Service (6.5.x)
X-Powered-By: Znuny (https://www.znuny.org/)
Organization: Tecnoservice Brambilla S.r.l.

Buongiorno,

sono Davide Rinaldi del supporto tecnico. La vostra mail del 2 novembre
vi è tornata indietro perché la casella della collega Colombo è piena
(è in maternità, ci scusiamo): l'abbiamo recuperata dal server e la
seguo io.

Prima di procedere con il tablet ci servono due informazioni:

1. il vostro numero RMA interno da riportare sul rapporto di intervento
   (nella mail c'è solo il nostro numero di riparazione 2026/3391);
2. a lavoro finito il tablet va rispedito al vostro deposito di Mechelen
   o direttamente al cliente? Nel secondo caso ci serve l'indirizzo di
   consegna.

Grazie e buona giornata,

Davide Rinaldi
Supporto tecnico

--
Tecnoservice Brambilla S.r.l.
Via Lombardia 18 - 20861 Brugherio (MB)
Tel. +39 039 288 4410 - P.IVA 03318870961

Per aggiornamenti su questa richiesta rispondete a questa e-mail senza
modificare l'oggetto: il numero [Ticket#2026110410000217] deve restare
nell'oggetto.
'''),

    # 27
    ('pt', 'outlook-ooo-portuguese-repair-centre', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.example (mail-am6eur05on2077.outbound.protection.outlook.example [203.0.113.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4b1Cqk4Ye8z9wE7
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 15:09:40 +0100 (CET)
From: Rui Tavares <rui.tavares@lusotec-reparacoes.example.pt>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Resposta_Autom=C3=A1tica:_Repara=C3=A7=C3=A3o_5530_-_cart=C3=A3o?=
 =?utf-8?Q?_SD_do_cliente?=
Thread-Topic: =?utf-8?Q?Repara=C3=A7=C3=A3o_5530_-_cart=C3=A3o_SD_do_cliente?=
Thread-Index: AQHbKOz8p2wZ1kQ0rU6cVnB4dXy9Fw==
Date: Wed, 28 Oct 2026 14:09:37 +0000
Message-ID: <e57b2d90a4c14f18b6e3d7a20c91f58b@PR3P195MB0842.EURP195.PROD.OUTLOOK.example>
In-Reply-To: <2f8d1c47-6b0e-4a95-bc31-e7a4d9025f6c@shop.example.be>
References: <2f8d1c47-6b0e-4a95-bc31-e7a4d9025f6c@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: rui.tavares@lusotec-reparacoes.example.pt
X-Auto-Response-Suppress: All
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Obrigado pelo seu e-mail. Estou fora do escrit=C3=B3rio at=C3=A9 sexta-fei=
ra, 6 de novembro, com acesso limitado ao correio eletr=C3=B3nico.

Para assuntos urgentes relacionados com repara=C3=A7=C3=B5es, contacte a e=
quipa de assist=C3=AAncia atrav=C3=A9s de assistencia@lusotec-reparacoes.e=
xample.pt ou do n=C3=BAmero +351 21 384 77 10.

Cumprimentos,
Rui Tavares
T=C3=A9cnico de Assist=C3=AAncia | LusoTec Repara=C3=A7=C3=B5es
'''),

    # 28
    ('pt', 'manufacturer-product-registration-reminder', 'automated', (),
'''Return-Path: <bounce-7f2c91@news.vortex-eletro.example.pt>
Received: from mta12.news.vortex-eletro.example.pt (mta12.news.vortex-eletro.example.pt [198.51.100.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4b1Jrm8Zf3z9wF1
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 11:30:05 +0100 (CET)
From: =?UTF-8?Q?Vortex_Eletrodom=C3=A9sticos?= <registo@news.vortex-eletro.example.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Ainda_n=C3=A3o_registou_o_seu_aspirador=3F_Ganhe_+1_ano_de_ga?=
 =?UTF-8?Q?rantia?=
Date: Thu, 29 Oct 2026 10:30:01 +0000
Message-ID: <reg-reminder.2.7f2c91.20261029103001@news.vortex-eletro.example.pt>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_vx_reg_2b9e41d07c"
Precedence: bulk
List-Unsubscribe: <https://news.vortex-eletro.example.pt/u/7f2c91>, <mailto:unsub-7f2c91@news.vortex-eletro.example.pt>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Campaign: product-registration-reminder-2

--=_vx_reg_2b9e41d07c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Olá,

Comprou recentemente um aspirador Vortex VX-Cyclone 3 na Shop Example BV.
Registe o seu produto em 2 minutos e ganhe mais 1 ano de garantia, sem
qualquer custo.

Registar agora: https://www.vortex-eletro.example.pt/registo?c=7f2c91

Só precisa do número de série (na etiqueta por baixo do depósito) e da
data de compra.

Se já registou o seu produto, ignore esta mensagem.

Não quer receber lembretes de registo? Cancele aqui:
https://news.vortex-eletro.example.pt/u/7f2c91

Vortex Eletrodomésticos, Lda. - Rua da Indústria 40, 4470-177 Maia
--=_vx_reg_2b9e41d07c
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#0a5fa8">+1 ano de garantia, grátis</h1>
<p>Comprou recentemente um aspirador <b>Vortex VX-Cyclone 3</b> na Shop Example BV.
Registe o seu produto em 2 minutos.</p>
<p><a href="https://www.vortex-eletro.example.pt/registo?c=7f2c91">Registar agora</a></p>
<p style="font-size:11px;color:#888">Não quer receber lembretes de registo?
<a href="https://news.vortex-eletro.example.pt/u/7f2c91">Cancele aqui</a>.</p>
</body></html>
--=_vx_reg_2b9e41d07c--
'''),

    # 29
    ('pt', 'iot-cloud-storage-almost-full', 'automated', (),
'''Return-Path: <alerts-bounces@cloud.shophome.example.be>
Received: from notify-eu-1.cloud.shophome.example.be (notify-eu-1.cloud.shophome.example.be [192.0.2.65])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4b1Qsn3Ag7z9wG4
        for <privacy@shop.example.be>; Fri, 6 Nov 2026 06:00:12 +0100 (CET)
From: ShopHome <alerts@cloud.shophome.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?O_armazenamento_na_nuvem_da_sua_conta_est=C3=A1_quase_cheio_?=
 =?UTF-8?Q?(92=25)?=
Date: Fri, 06 Nov 2026 05:00:09 +0000
Message-ID: <evt-storage.quota.90-0e6f3b81d9c5@cloud.shophome.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-ShopHome-Event: storage.quota.warning

Olá,

A sua conta ShopHome está a usar 46 GB dos 50 GB incluídos no plano
Cloud Plus (92%).

Quando o espaço se esgotar, os clipes mais antigos das suas câmaras
serão apagados automaticamente para dar lugar às novas gravações. Os
clipes que marcou como favoritos não são apagados.

Para libertar espaço, pode apagar clipes na aplicação ShopHome
(Clipes > Selecionar > Apagar) ou mudar para o plano Cloud Max (200 GB).

Gerir armazenamento:
https://cloud.shophome.example.be/account/storage

Recebe este e-mail porque os avisos de armazenamento estão ativos na sua
conta.

ShopHome - Shop Example BV
'''),

    # 30
    ('pt', 'person-reply-above-ticket-ack-still-no-answer', 'complaint', ('deletion',),
'''Return-Path: <anasofia.rocha@sapo.example.pt>
Received: from smtp.sapo.example.pt (smtp.sapo.example.pt [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4b1Xtp7Bh2z9wH8
        for <privacy@shop.example.be>; Tue, 3 Nov 2026 15:31:19 +0100 (CET)
Date: Tue, 3 Nov 2026 14:31:12 +0000
From: Ana Sofia Rocha <anasofia.rocha@sapo.example.pt>
To: Shop Example BV - Privacy <privacy@shop.example.be>
Subject: Re: [#PRV-20931] Nous avons bien =?UTF-8?Q?re=C3=A7u?= votre demande / We have received your request
Message-ID: <1793716272.5518.6640@webmail.sapo.example.pt>
In-Reply-To: <PRV-20931.ack@helpdesk.shop.example.be>
References: <PRV-20931.ack@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
User-Agent: SAPO Mail

Boa tarde,

Escrevo outra vez porque já passou mais de um mês desde esta resposta
automática e até hoje ninguém me respondeu. No dia 28 de setembro pedi
que apagassem a minha conta da aplicação ShopHome e todos os vídeos da
campainha. Continuo a conseguir entrar na conta e os vídeos ainda lá
estão todos.

Volto a pedir: apaguem a conta e todos os meus dados e confirmem-me por
escrito. Se não tiver resposta até ao fim desta semana, apresento queixa
à autoridade de proteção de dados belga.

Ana Sofia Rocha

No dia 28/09/2026 16:40, Shop Example BV - Privacy escreveu:
> [#PRV-20931] Nous avons bien reçu votre demande / We have received your
> request
>
> Bonjour, Hello,
>
> Votre demande a été enregistrée sous le numéro PRV-20931. Nous y
> répondrons dans un délai d'un mois.
>
> Your request has been registered under number PRV-20931. We will reply
> within one month.
>
> Ceci est un message automatique. / This is an automatic message.
'''),
]

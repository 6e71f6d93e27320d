"""Fifty-fourth set, robot mail from the stores' systems and auto-replies, plus people who look like robots (14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'vms-camera-offline-alert', 'automated', (),
'''Return-Path: <alerts@notify.vigilcloud.eu>
Received: from smtp-out-2.vigilcloud.eu (smtp-out-2.vigilcloud.eu [185.32.77.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7kLm2XbVz1Fq
        for <privacy@shop.example.be>; Mon, 26 Oct 2026 03:14:52 +0100 (CET)
From: VigilCloud Alerts <alerts@notify.vigilcloud.eu>
To: security@shop.example.be, privacy@shop.example.be
Subject: [ALERT] Camera offline: GNT-VELD-CAM07 (Gent Veldstraat - stockroom)
Date: Mon, 26 Oct 2026 02:14:49 +0000
Message-ID: <alert.9f31c2e0.20261026021449@notify.vigilcloud.eu>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
X-VigilCloud-Site: BE-GNT-0412
X-VigilCloud-Event: device.offline
X-VigilCloud-Severity: major

VigilCloud event notification
=============================

Site:          Shop Example - Gent Veldstraat (BE-GNT-0412)
Device:        GNT-VELD-CAM07 - stockroom / rear door
Model:         Dome 4MP IR, firmware 5.7.3
Event:         Device offline (no heartbeat for 15 minutes)
Last seen:     2026-10-26 02:59:31 CET
Recording:     STOPPED - no footage is being stored for this camera
Storage:       Local NVR GNT-NVR01 OK, cloud backup OK

Open event:    https://portal.vigilcloud.eu/sites/BE-GNT-0412/events/ev-7731904

You will receive a second notification when the device comes back
online. If the camera stays offline for more than 4 hours, a service
ticket is opened automatically with your installer.

--
You receive this e-mail because you are listed as a notification
contact for site BE-GNT-0412 (event types: device.offline, storage.*).
Manage your notifications: https://portal.vigilcloud.eu/account/notifications
VigilCloud BV, Kortrijksesteenweg 1144, 9051 Gent - this mailbox is not monitored.
'''),

    ('en', 'postfix-dsn-user-unknown-reply-to-footage-request', 'automated', (),
'''Return-Path: <>
Received: from mailout.shop.example.be (mailout.shop.example.be [10.20.0.25])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7xR05bM9z1Gd
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 10:22:08 +0100 (CET)
Received: by mailout.shop.example.be (Postfix)
        id 3F1A2C0412; Tue, 27 Oct 2026 10:22:07 +0100 (CET)
Date: Tue, 27 Oct 2026 10:22:07 +0100 (CET)
From: MAILER-DAEMON@mailout.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="3F1A2C0412.1792833727/mailout.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261027092207.3F1A2C0412@mailout.shop.example.be>

This is a MIME-encapsulated message.

--3F1A2C0412.1792833727/mailout.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mailout.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.verhaegen@kustermans-bouw.be>: host mail.kustermans-bouw.be[91.183.44.20]
    said: 550 5.1.1 <j.verhaegen@kustermans-bouw.be>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--3F1A2C0412.1792833727/mailout.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mailout.shop.example.be
X-Postfix-Queue-ID: 3F1A2C0412
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 27 Oct 2026 10:22:05 +0100 (CET)

Final-Recipient: rfc822; j.verhaegen@kustermans-bouw.be
Original-Recipient: rfc822;j.verhaegen@kustermans-bouw.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.kustermans-bouw.be
Diagnostic-Code: smtp; 550 5.1.1 <j.verhaegen@kustermans-bouw.be>: Recipient
    address rejected: User unknown in virtual mailbox table

--3F1A2C0412.1792833727/mailout.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from privacy-bot.shop.example.be (privacy-bot.shop.example.be [10.20.3.14])
        by mailout.shop.example.be (Postfix) with ESMTPS id 3F1A2C0412
        for <j.verhaegen@kustermans-bouw.be>; Tue, 27 Oct 2026 10:22:05 +0100 (CET)
From: Shop Example Privacy <privacy@shop.example.be>
To: j.verhaegen@kustermans-bouw.be
Subject: Re: camerabeelden parking Shop Example Hasselt [PRV-2026-1187]
Date: Tue, 27 Oct 2026 10:22:04 +0100
Message-ID: <prv-2026-1187.3@shop.example.be>
In-Reply-To: <CAK7h2pQ0v1yZ@mail.kustermans-bouw.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--3F1A2C0412.1792833727/mailout.shop.example.be--
'''),

    ('en', 'guard-company-automatic-incident-report', 'automated', (),
'''Return-Path: <bounces+0412@guardtrack.sentinel-guarding.be>
Received: from mta03.guardtrack.sentinel-guarding.be (mta03.guardtrack.sentinel-guarding.be [93.184.12.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8Wn31yTqz1GB
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 17:48:20 +0100 (CET)
From: GuardTrack Reports <noreply@guardtrack.sentinel-guarding.be>
Reply-To: noreply@guardtrack.sentinel-guarding.be
To: storemanager.antwerpen-meir@shop.example.be
Cc: loss-prevention@shop.example.be, privacy@shop.example.be
Subject: Incident report IR-0412-2026-10-0387 | Shop Example Antwerpen Meir | Shoplifting - person held
Date: Sat, 31 Oct 2026 17:48:16 +0100
Message-ID: <ir-0412-2026-10-0387.1793465296@guardtrack.sentinel-guarding.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_gt_5c0a81f2e94b"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-GuardTrack-Report-Type: incident
X-GuardTrack-Site: 0412

--=_gt_5c0a81f2e94b
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

SENTINEL GUARDING BELGIUM - INCIDENT REPORT
Generated by GuardTrack 4.12 - please do not reply to this e-mail

Report number:    IR-0412-2026-10-0387
Client / site:    Shop Example BV - Antwerpen Meir (site 0412)
Date / time:      31/10/2026 16:55 - 17:30
Reported by:      Officer B-2271 (day shift 09:00-19:00)
Category:         Theft / shoplifting - person held until police arrived
Police informed:  Yes - PZ Antwerpen, PV number to follow
CCTV:             Footage flagged for retention (MEIR-CAM02, MEIR-CAM05,
                  31/10/2026 16:45-17:35)

Summary
Male, approx. 30 years old, left the store through the main exit with
two unpaid items (headphones, value EUR 129.00). EAS gate alarm went
off. Officer approached the person and asked him to come to the
security office, which he did without resistance. Police arrived at
17:22 and took over. No injuries, no use of force.

Personal data in this report: description of the person, police PV
reference (once known). No identity documents were copied by Sentinel
staff.

Photos: 2 (available in the GuardTrack client portal for 30 days)
Portal: https://client.guardtrack.sentinel-guarding.be/reports/IR-0412-2026-10-0387

The distribution list for site 0412 is managed by the client. To add or
remove recipients, contact your Sentinel account manager.

--=_gt_5c0a81f2e94b
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h2 style="color:#1b3a6b">Sentinel Guarding Belgium - Incident report</h2>
<table cellpadding="3">
<tr><td><b>Report number</b></td><td>IR-0412-2026-10-0387</td></tr>
<tr><td><b>Client / site</b></td><td>Shop Example BV - Antwerpen Meir (site 0412)</td></tr>
<tr><td><b>Date / time</b></td><td>31/10/2026 16:55 - 17:30</td></tr>
<tr><td><b>Reported by</b></td><td>Officer B-2271</td></tr>
<tr><td><b>Category</b></td><td>Theft / shoplifting - person held until police arrived</td></tr>
<tr><td><b>Police informed</b></td><td>Yes - PZ Antwerpen, PV number to follow</td></tr>
<tr><td><b>CCTV</b></td><td>Footage flagged for retention (MEIR-CAM02, MEIR-CAM05)</td></tr>
</table>
<p>Male, approx. 30 years old, left the store through the main exit with two unpaid items
(headphones, value EUR 129.00). EAS gate alarm went off. Officer approached the person and
asked him to come to the security office, which he did without resistance. Police arrived
at 17:22 and took over. No injuries, no use of force.</p>
<p><a href="https://client.guardtrack.sentinel-guarding.be/reports/IR-0412-2026-10-0387">Open in the client portal</a></p>
<p style="color:#777;font-size:11px">Generated by GuardTrack 4.12. Please do not reply to this e-mail.</p>
</body></html>

--=_gt_5c0a81f2e94b--
'''),

    ('en', 'wifi-vendor-zendesk-ticket-ack', 'automated', (),
'''Return-Path: <support+id58214@wifigate.zendesk.com>
Received: from outbyoip12.pod18.euc1.zdsys.com (outbyoip12.pod18.euc1.zdsys.com [188.172.138.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7zZ44Pr1z1Hc
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 10:03:44 +0100 (CET)
Date: Wed, 28 Oct 2026 09:03:41 +0000
From: WiFiGate Support <support@wifigate.zendesk.com>
Reply-To: WiFiGate Support <support+id58214@wifigate.zendesk.com>
To: Shop Example Privacy <privacy@shop.example.be>
Message-ID: <5D8KQ1Z9R2_6a1f4e2c8d5b0_sprut@zendesk.com>
In-Reply-To: <prv-vendor-0098.1@shop.example.be>
References: <prv-vendor-0098.1@shop.example.be>
Subject: [WiFiGate] Re: Deletion of guest Wi-Fi sign-ups older than 13 months
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6a1f4e2c91a7e_3d2b1c"
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 7c41f0e
X-Zendesk-Email-Id: 01JBQ7W3M8XKZ5R2T9V4N6D1FH

----==_mimepart_6a1f4e2c91a7e_3d2b1c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

##- Please type your reply above this line -##

Your request (58214) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

Shop Example Privacy, Oct 28, 2026, 10:03 CET

Hello,

Could you please confirm that the captive portal automatically deletes
guest sign-ups (e-mail address, device MAC, consent log) 13 months after
the last visit, as set in our configuration, and send us the deletion
log for October for our five pilot stores?

Kind regards,
Privacy team - Shop Example BV

--------------------------------
This email is a service from WiFiGate Support.

[5D8KQ1-Z9R2]

----==_mimepart_6a1f4e2c91a7e_3d2b1c
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

<!DOCTYPE html><html><body>
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (58214) has been received and is being reviewed by our support staff.</p>
<p>To add additional comments, reply to this email.</p>
<hr>
<p><b>Shop Example Privacy</b>, Oct 28, 2026, 10:03 CET</p>
<p>Hello,</p>
<p>Could you please confirm that the captive portal automatically deletes guest sign-ups
(e-mail address, device MAC, consent log) 13 months after the last visit, as set in our
configuration, and send us the deletion log for October for our five pilot stores?</p>
<p>Kind regards,<br>Privacy team - Shop Example BV</p>
<p style="color:#aaa;font-size:11px">This email is a service from WiFiGate Support.</p>
<span style="color:#fff;font-size:1px">[5D8KQ1-Z9R2]</span>
</body></html>

----==_mimepart_6a1f4e2c91a7e_3d2b1c--
'''),

    ('en', 'person-reply-above-ereceipt-not-mine', 'deletion', (),
'''Return-Path: <ciara.doyle@icloud.com>
Received: from st43p00im-ztdg10073201.me.com (st43p00im-ztdg10073201.me.com [17.58.63.171])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8q1n0XyTz1HK
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 11:36:02 +0100 (CET)
From: Ciara Doyle <ciara.doyle@icloud.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: Re: Your receipt from Shop Example Brussel Nieuwstraat
Date: Sun, 1 Nov 2026 11:35:49 +0100
Message-Id: <8C1E4A77-2F0B-4D35-9B1E-6A0F3C2D9E11@icloud.com>
References: <ereceipt.0409-03-77512.20261031@receipts.shop.example.be>
In-Reply-To: <ereceipt.0409-03-77512.20261031@receipts.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23B85)

Hi,

This isn't my receipt. I wasn't anywhere near Nieuwstraat yesterday, I =
was at home in Leuven all day. Someone must have given my email address =
at the till, or typed theirs wrong and got mine.

I don't have a loyalty card with you and never gave you this address, so =
please take it off whatever account or receipt it's been attached to and =
delete it. I'd rather not get a stranger's shopping every Saturday.

Thanks,
Ciara

Sent from my iPhone

> On 31 Oct 2026, at 15:12, Shop Example <noreply-receipts@shop.example.be> w=
rote:
>=20
> =EF=BB=BF
> Thank you for shopping at Shop Example Brussel Nieuwstraat!
>=20
> Receipt 0409-03-77512
> 31/10/2026 15:11 - Till 3 - Cashier 118
>=20
> 1 x Wool scarf, grey              =E2=82=AC 24,99
> 1 x Kids' rain boots, size 29     =E2=82=AC 22,98
>=20
> Total                             =E2=82=AC 47,97
> Paid by card                      **** 8830
> Loyalty points                    none (no card scanned)
>=20
> Keep this e-mail: it is your proof of purchase for returns within 30 days=
.
>=20
> You received this e-receipt because this e-mail address was given at the=
 till.
> Questions about your personal data? privacy@shop.example.be
'''),

    ('nl', 'exchange-ooo-reply-to-identity-check', 'automated', (),
'''Return-Path: <griet.wouters@vandevelde-advocaten.be>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2107.outbound.protection.outlook.com [40.107.22.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7zF52kQmz1Hb
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 14:02:19 +0100 (CET)
From: Griet Wouters <griet.wouters@vandevelde-advocaten.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw verzoek tot inzage - identiteitscontrole [PRV-2026-1203]
Thread-Topic: Uw verzoek tot inzage - identiteitscontrole [PRV-2026-1203]
Thread-Index: AQHbR2k1c0VxZmJ0T0iYk3l2fQ8xPQ==
Date: Tue, 27 Oct 2026 13:02:15 +0000
Message-ID: <AM6PR05MB61127E0C1B4F3A9D2E8B5C07C4A12@AM6PR05MB6112.eurprd05.prod.outlook.com>
In-Reply-To: <prv-2026-1203.2@shop.example.be>
References: <prv-2026-1203.2@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Goeiedag,

Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 6 november 2026 =
en heb in die periode geen toegang tot mijn mailbox. Uw e-mail wordt niet =
doorgestuurd.

Voor dringende zaken kan u contact opnemen met ons secretariaat via =
09 225 41 80 of secretariaat@vandevelde-advocaten.be.

Met vriendelijke groeten,

Griet Wouters
Advocaat

Vandevelde Advocaten - Kortrijksesteenweg 312 - 9000 Gent

Dit bericht kan vertrouwelijke informatie bevatten. Indien u niet de =
geadresseerde bent, verzoeken wij u de afzender te verwittigen en het =
bericht te verwijderen.
'''),

    ('nl', 'pos-ereceipt-daily-delivery-report', 'automated', (),
'''Return-Path: <bounce-reports@reports.retailcloud-pos.eu>
Received: from out-07.reports.retailcloud-pos.eu (out-07.reports.retailcloud-pos.eu [51.138.44.207])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8F3s0hV1z1Gp
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 06:05:13 +0100 (CET)
From: RetailCloud POS <no-reply@reports.retailcloud-pos.eu>
To: privacy@shop.example.be, winkel0407@shop.example.be
Subject: Dagrapport e-bonnen - winkel 0407 Leuven Diestsestraat - 28/10/2026
Date: Thu, 29 Oct 2026 06:05:09 +0100
Message-ID: <rpt-ereceipt-0407-20261028@reports.retailcloud-pos.eu>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: bulk
X-RC-Report: ereceipt-delivery-daily
X-RC-Tenant: shopexample-be

Dagrapport e-bonnen
Winkel 0407 - Leuven Diestsestraat
Kassadag: woensdag 28 oktober 2026 (08:58 - 18:34)

Tickets totaal ........................ 612
Waarvan e-bon gevraagd ................ 143 (23,4 %)
E-bon verzonden ....................... 139
E-bon niet bezorgd .................... 4

Niet bezorgde e-bonnen
Kassa  Ticket          Tijd   Adres (gemaskeerd)     Reden
K02    0407-02-88213   10:14  j***@gmial.com         domein bestaat niet
K01    0407-01-61170   12:47  an***@telenet.b        ongeldig adres
K03    0407-03-40092   15:02  m.p***@hotmail.com     mailbox vol (452 4.2.2)
K02    0407-02-88290   17:55  d***@skynet.be         geweigerd (550 5.7.1)

Opmerking: op kassa K02 werden vandaag 2 adressen met een tikfout =
ingevoerd. Laat het adres bij twijfel door de klant zelf nalezen op het =
klantenscherm.

Niet bezorgde e-bonnen blijven 7 dagen in de wachtrij en worden daarna =
automatisch verwijderd. Het ingevoerde e-mailadres wordt samen met het =
ticket bewaard volgens de bewaartermijn die in de kassaconfiguratie is =
ingesteld.

--
Dit is een automatisch bericht van RetailCloud POS. Antwoorden op dit =
adres worden niet gelezen.
Ontvangers van dit rapport beheren: Beheer > Meldingen > Dagrapporten
'''),

    ('nl', 'guest-wifi-portal-daily-digest', 'automated', (),
'''Return-Path: <digest-bounces@portal.wifigate.eu>
Received: from mailer2.portal.wifigate.eu (mailer2.portal.wifigate.eu [159.69.82.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8r2L5vCzz1Fn
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 07:00:41 +0100 (CET)
From: WiFiGate Portal <digest@portal.wifigate.eu>
To: privacy@shop.example.be, marketing-crm@shop.example.be
Subject: Gastwifi - dagoverzicht nieuwe registraties - zaterdag 31 oktober 2026
Date: Sun, 01 Nov 2026 07:00:38 +0100
Message-ID: <digest.9b2e0c71.20261031@portal.wifigate.eu>
List-Id: Dagoverzicht Shop Example <digest-9b2e0c71.portal.wifigate.eu>
List-Unsubscribe: <https://portal.wifigate.eu/u/digest/9b2e0c71>, <mailto:unsubscribe+9b2e0c71@portal.wifigate.eu>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

WiFiGate - dagoverzicht voor Shop Example BV
Dag: zaterdag 31 oktober 2026

Winkel                   Sessies  Nieuwe registraties  Opt-in marketing  Uitgeschreven
Mechelen Bruul               412                   57                21              2
Leuven Diestsestraat         388                   49                17              1
Gent Veldstraat              503                   71                30              4
Brugge Steenstraat           297                   38                12              0
Hasselt Hoogstraat           241                   26                 9              1
------------------------------------------------------------------------------------
Totaal                      1841                  241                89              8

Registratiemethode: e-mail 188, Facebook-login 0 (uitgeschakeld), loyaltykaart 53
Welkomstmails verstuurd: 241 (bounces: 6)

Automatische opkuis (bewaartermijn 13 maanden na laatste bezoek):
  verwijderde profielen ........ 112
  verwijderde sessielogs ....... 9 704
  fouten ....................... 0

Volledig rapport en export (CSV): https://portal.wifigate.eu/reports/daily/2026-10-31?tenant=shopexample

--
Je krijgt dit overzicht omdat je als ontvanger bent ingesteld voor tenant
"shopexample". Afmelden voor dit dagoverzicht: https://portal.wifigate.eu/u/digest/9b2e0c71
'''),

    ('nl', 'person-forwards-wifi-welcome-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <inge.claes78@outlook.com>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02olkn2081.outbound.protection.outlook.com [40.92.49.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8Y7m2C0Kz1Hs
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 21:40:57 +0100 (CET)
From: Inge Claes <inge.claes78@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: FW: Welkom op het gratis wifi van Shop Example!
Thread-Topic: Welkom op het gratis wifi van Shop Example!
Thread-Index: AQHbS0mE1v3QZ2xT7kKc9vQxY1zH2Q==
Date: Sat, 31 Oct 2026 20:40:52 +0000
Message-ID: <DB9P193MB1402A3C6F0E2B7D41A8E9C55C1B72@DB9P193MB1402.EURP193.PROD.OUTLOOK.COM>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Mag ik hier aub van uitgeschreven worden? Ik heb vanmiddag alleen even op =
jullie wifi gezeten terwijl ik aan de pashokjes stond te wachten, dat wil =
niet zeggen dat ik al jullie reclame wil krijgen.

Inge

________________________________
Van: Shop Example <wifi@shop.example.be>
Verzonden: zaterdag 31 oktober 2026 14:07
Aan: inge.claes78@outlook.com <inge.claes78@outlook.com>
Onderwerp: Welkom op het gratis wifi van Shop Example!

Hallo!

Welkom op het gratis wifi-netwerk van Shop Example Mechelen Bruul. Je bent =
nu verbonden en dat blijft zo in al onze winkels.

Goed nieuws: vanaf nu ben jij als eerste op de hoogte van onze promoties, =
nieuwe collecties en exclusieve acties voor wifi-gebruikers. Hou je =
mailbox in de gaten!

Veel shopplezier,
Het Shop Example-team

Geen mails meer ontvangen? Pas je voorkeuren aan in je profiel.
Vragen over je gegevens? privacy@shop.example.be
Shop Example BV - Meir 78 - 2000 Antwerpen
'''),

    ('nl', 'person-phone-reply-above-privacy-ack-keep-footage', 'restriction', (),
'''Return-Path: <lotte.desmet@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9D6v3Hx2z1GT
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 18:20:31 +0100 (CET)
Date: Mon, 02 Nov 2026 18:20:22 +0100
Message-ID: <a3k9f2-lm81zq-7c0d4e91b2@email.android.com>
From: Lotte Desmet <lotte.desmet@telenet.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: RE: Wij hebben uw bericht goed ontvangen [PRV-2026-1221]
In-Reply-To: <ack.prv-2026-1221@shop.example.be>
References: <ack.prv-2026-1221@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Mailer: Samsung Email

Goeieavond,

Nog een aanvulling op mijn mail van vanmorgen. Ik heb intussen aangifte gedaan bij de politie (PV KO.55.L3.012345/2026). Op de parking van jullie winkel aan de Ring in Kortrijk is zaterdag 31/10 tussen 11u en 12u30 mijn auto aangereden door iemand die gewoon is doorgereden.

Op het bordje aan de ingang staat dat de camerabeelden na 30 dagen gewist worden. Gelieve de beelden van die parking van zaterdag tussen 11u en 12u30 NIET te wissen, de politie gaat ze bij jullie opvragen. Ik hoef ze zelf niet te zien.

Alvast bedankt,
Lotte Desmet
0478 21 53 90



Verzonden vanaf mijn Galaxy


-------- Oorspronkelijk bericht --------
Van: Shop Example Privacy <privacy@shop.example.be>
Datum: 02-11-26 09:12 (GMT+01:00)
Aan: lotte.desmet@telenet.be
Onderwerp: Wij hebben uw bericht goed ontvangen [PRV-2026-1221]

Beste,

Wij hebben uw bericht goed ontvangen. Het kreeg het referentienummer PRV-2026-1221. Vermeld dit nummer als u ons hierover nog schrijft.

U ontvangt een antwoord binnen 30 dagen. Soms vragen we eerst een bewijs van uw identiteit.

Dit is een automatisch bericht.

Het privacyteam van Shop Example
'''),

    ('fr', 'challenge-response-antispam-awaiting-validation', 'automated', (),
'''Return-Path: <>
Received: from relay2.protecmail.fr (relay2.protecmail.fr [91.216.108.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7zK01mTrz1Fx
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 14:31:48 +0100 (CET)
From: "jm.lefevre@cabinet-lefevre.be (via Protecmail)" <challenge@protecmail.fr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Message_en_attente_de_validation_/_Message_pending_validation?=
Date: Tue, 27 Oct 2026 14:31:46 +0100
Message-ID: <chl-8F2KQ7ZP4X@protecmail.fr>
In-Reply-To: <prv-2026-1196.2@shop.example.be>
References: <prv-2026-1196.2@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: junk
X-Protecmail-Challenge: 8F2KQ7ZP4X
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Vous venez d'envoyer un message =C3=A0 jm.lefevre@cabinet-lefevre.be.

Cette adresse est prot=C3=A9g=C3=A9e contre les courriers ind=C3=A9sirables=
 par Protecmail. Votre adresse n'=C3=A9tant pas encore connue de votre
correspondant, votre message a =C3=A9t=C3=A9 mis en attente.

Pour qu'il soit distribu=C3=A9, cliquez sur le lien ci-dessous et confirmez=
 que vous n'=C3=AAtes pas un robot. Cette op=C3=A9ration n'est =C3=A0 faire=
 qu'une seule fois :

https://validation.protecmail.fr/c/8F2KQ7ZP4X

Sans validation de votre part, le message sera supprim=C3=A9 dans 14 jours.

Objet du message en attente : Votre demande d'acc=C3=A8s - v=C3=A9rificatio=
n d'identit=C3=A9 [PRV-2026-1196]
Envoy=C3=A9 le : 27/10/2026 =C3=A0 14:31

-----

Hello,

You have just sent a message to jm.lefevre@cabinet-lefevre.be. This address=
 is protected by Protecmail. To have your message delivered, please click=
 the link above once. Unconfirmed messages are deleted after 14 days.

--
Protecmail - la messagerie sans spam
'''),

    ('fr', 'vms-footage-export-ready', 'automated', (),
'''Return-Path: <vms-noreply@shop.example.be>
Received: from vms01.sec.shop.example.be (vms01.sec.shop.example.be [10.40.0.11])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Q8GqT1n5Rz1Gw
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 13:47:09 +0100 (CET)
From: Axion VMS <vms-noreply@shop.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Export_vid=C3=A9o_pr=C3=AAt_:_EXP-2026-0388_(Li=C3=A8ge_Pont_d'Avroy)?=
Date: Thu, 29 Oct 2026 13:47:06 +0100
Message-ID: <export.EXP-2026-0388.1793364426@vms01.sec.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Axion-Event: export.completed
X-Axion-Server: VMS01

Axion VMS - notification automatique

L'export vid=C3=A9o que vous avez demand=C3=A9 est termin=C3=A9.

R=C3=A9f=C3=A9rence export : EXP-2026-0388
Demand=C3=A9 par          : privacy@shop.example.be (le 29/10/2026 =C3=A0 11:02)
Motif saisi            : demande d'acc=C3=A8s PRV-2026-1179
Site                   : Li=C3=A8ge Pont d'Avroy (LGE-0418)
Cam=C3=A9ras                : LGE-CAM01 (entr=C3=A9e), LGE-CAM04 (caisses)
P=C3=A9riode               : 17/10/2026 10:40 - 11:10
Dur=C3=A9e                 : 2 x 30 min
Taille                 : 1,82 Go
Format                 : MKV + lecteur autonome (Windows)
Floutage               : activ=C3=A9 (tiers flout=C3=A9s automatiquement, =C3=A0 v=
=C3=A9rifier)
Protection             : archive chiffr=C3=A9e, mot de passe envoy=C3=A9 s=C3=
=A9par=C3=A9ment
SHA-256                : 3b7f0c9e51a2d48e6f07b1c39d2a58e4c0f16b7a9e2d3c5f81a04e6b7c9d2f15

T=C3=A9l=C3=A9charger (lien valable jusqu'au 05/11/2026 13:47) :
https://vms01.sec.shop.example.be/exports/EXP-2026-0388

Rappel : les enregistrements source de cette p=C3=A9riode seront effac=C3=
=A9s automatiquement le 16/11/2026, sauf verrouillage manuel.

Ce message a =C3=A9t=C3=A9 g=C3=A9n=C3=A9r=C3=A9 automatiquement par Axion =
VMS. Merci de ne pas y r=C3=A9pondre.
'''),

    ('fr', 'access-control-weekly-badge-report', 'automated', (),
'''Return-Path: <rapports@cloud.accespro.be>
Received: from smtp.cloud.accespro.be (smtp.cloud.accespro.be [78.129.196.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9B0d5Lw8z1Hf
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 06:30:18 +0100 (CET)
From: =?UTF-8?Q?Acc=C3=A8sPro_Cloud?= <rapports@cloud.accespro.be>
To: facility@shop.example.be
Cc: privacy@shop.example.be, hr-admin@shop.example.be
Subject: =?UTF-8?Q?Rapport_hebdomadaire_contr=C3=B4le_d'acc=C3=A8s_-_Shop_Example_BV?=
 =?UTF-8?Q?_-_semaine_44_(26/10/2026_-_01/11/2026)?=
Date: Mon, 02 Nov 2026 06:30:14 +0100
Message-ID: <weekly-2026-44.c3019@cloud.accespro.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: bulk
X-AccesPro-Report: weekly-summary

Acc=C3=A8sPro Cloud - rapport hebdomadaire
Client : Shop Example BV (14 sites)
Semaine 44 : du lundi 26/10/2026 au dimanche 01/11/2026

1. Badges
   Badges actifs ................................. 486
   Nouveaux badges ............................... 9
   Badges d=C3=A9sactiv=C3=A9s .......................... 6
   Badges non utilis=C3=A9s depuis plus de 60 jours .... 23

2. Points d'attention
   - 3 badges de collaborateurs sortis (date de sortie RH d=C3=A9pass=C3=
=A9e) sont encore actifs :
     badge 004417 (Li=C3=A8ge Pont d'Avroy, sortie RH 15/10/2026)
     badge 003982 (Namur Louvain, sortie RH 23/10/2026)
     badge 005120 (Bruxelles Louise, sortie RH 30/10/2026)
   - Porte quai de livraison Li=C3=A8ge : 2 ouvertures forc=C3=A9es
     (28/10 05:52, 31/10 06:10)
   - Acc=C3=A8s refus=C3=A9s : 41 (dont 17 hors plage horaire)

3. Alarmes intrusion
   Mises en service / hors service : 196 / 196
   D=C3=A9clenchements : 1 (Namur Louvain, 30/10 23:14, lev=C3=A9e de doute :=
 fausse alarme)

4. Conservation des donn=C3=A9es
   Les journaux d'acc=C3=A8s nominatifs sont conserv=C3=A9s 90 jours puis
   anonymis=C3=A9s. Journaux anonymis=C3=A9s cette semaine : 11 204.

D=C3=A9tail par site : https://cloud.accespro.be/rapports/hebdo/2026-44

--
Message g=C3=A9n=C3=A9r=C3=A9 automatiquement - ne pas r=C3=A9pondre.
Pour modifier la liste des destinataires : Param=C3=A8tres > Rapports.
'''),

    ('fr', 'person-insurer-claims-handler-forwards-footage-request', 'access', (),
'''Return-Path: <sinistres.auto@belvia.be>
Received: from mx-out1.belvia.be (mx-out1.belvia.be [194.78.33.16])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q80Dw2Vn6z1Gq
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 11:18:40 +0100 (CET)
From: Belvia Assurances - Sinistres Auto <sinistres.auto@belvia.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[Sinistre_26/AU/0488127]_Demande_d'images_de_vid=C3=A9osurveillance?=
 =?UTF-8?Q?_-_parking_Shop_Example_Namur?=
Date: Wed, 28 Oct 2026 11:18:35 +0100
Message-ID: <claims.26AU0488127.4@belvia.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Belvia ClaimDesk 7.3
X-Belvia-Dossier: 26/AU/0488127

Madame, Monsieur,

Nous intervenons pour notre assurée, Madame Céline Hardy, dont le véhicule (Peugeot 208, 1-KLT-482) a été endommagé le samedi 24 octobre 2026 vers 15h30 sur le parking de votre magasin de Namur, chaussée de Louvain. Le conducteur responsable a quitté les lieux sans laisser ses coordonnées.

Vous trouverez ci-dessous le message de notre assurée, qui nous a chargés d'obtenir en son nom les images de vidéosurveillance de ce parking. Son mandat signé et une copie de sa carte d'identité peuvent vous être transmis sur simple demande.

Pourriez-vous nous faire parvenir une copie des images du parking du 24/10/2026 entre 15h00 et 16h00 ?

Nous vous remercions de rappeler la référence du dossier dans l'objet de votre réponse.

Nathalie Dubois
Gestionnaire sinistres Auto
Belvia Assurances SA - Avenue de la Gare 12 - 5000 Namur
Tél. 081 24 67 00

---------- Message transféré ---------
De : Céline Hardy <celine.hardy@skynet.be>
Date : lun. 26 oct. 2026 à 19:48
Objet : sinistre parking
À : <sinistres.auto@belvia.be>

Bonjour Madame Dubois,

Comme je vous l'ai dit au téléphone, ma voiture a été emboutie samedi sur le parking du Shop Example à Namur pendant que j'étais dans le magasin. Il y a des caméras sur le parking et le vigile m'a dit que les images sont gardées un mois. Pouvez-vous les demander pour moi ? Je vous autorise à le faire.

Merci,
Céline Hardy

--------------------------------------------------------------
Ce message est généré par notre système de gestion des sinistres. Il peut contenir des informations confidentielles destinées exclusivement à son destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer.
'''),

    ('de', 'exchange-ooo-abwesenheit-reply-to-identity-check', 'automated', (),
'''Return-Path: <a.kessler@autohaus-kessler.be>
Received: from mail.autohaus-kessler.be (mail.autohaus-kessler.be [81.246.72.139])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9C1r6FkNz1Gj
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:48:26 +0100 (CET)
From: Andrea Kessler <a.kessler@autohaus-kessler.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatische_Antwort:_Ihr_Antrag_auf_Auskunft_-_Identit?=
 =?utf-8?Q?=C3=A4tspr=C3=BCfung_[PRV-2026-1210]?=
Thread-Topic: =?utf-8?Q?Ihr_Antrag_auf_Auskunft_-_Identit=C3=A4tspr=C3=BCfung_[PRV-2026-1210]?=
Thread-Index: AQHbTfK2m0d8Q3n1SUeP7c0yR4a9Ew==
Date: Mon, 2 Nov 2026 08:48:22 +0000
Message-ID: <7f2c91d4e0b34a6e9c1d58a2f0e7b3c6@EXCH01.autohaus-kessler.local>
In-Reply-To: <prv-2026-1210.2@shop.example.be>
References: <prv-2026-1210.2@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: a.kessler@autohaus-kessler.be
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre Nachricht. Ich bin bis einschlie=C3=9Flich Freita=
g, 6. November 2026, nicht im B=C3=BCro und habe nur eingeschr=C3=A4nkten Z=
ugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden F=C3=A4llen wenden Sie sich bitte an unsere Zentrale unter
+32 87 55 31 20 oder info@autohaus-kessler.be.

Mit freundlichen Gr=C3=BC=C3=9Fen

Andrea Kessler
Buchhaltung

Autohaus Kessler AG
Herbesthaler Stra=C3=9Fe 41 - 4700 Eupen
'''),

    ('de', 'age-verification-monthly-report', 'automated', (),
'''Return-Path: <reporting-bounces@veriage.de>
Received: from mo-p00-ob.veriage.de (mo-p00-ob.veriage.de [85.215.255.42])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8qS60mLbz1HQ
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 04:00:37 +0100 (CET)
From: VeriAge Reporting <reporting@veriage.de>
To: privacy@shop.example.be
Cc: compliance@shop.example.be
Subject: Monatsbericht Altersverifikation Oktober 2026 - Shop Example BV (12 Standorte)
Date: Sun, 01 Nov 2026 04:00:33 +0100
Message-ID: <monthly.2026-10.cust-88214@reporting.veriage.de>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: bulk
X-VeriAge-Customer: 88214
X-VeriAge-Report: monthly

VeriAge - Monatsbericht Altersverifikation
Kunde: Shop Example BV (Kundennr. 88214)
Zeitraum: 01.10.2026 - 31.10.2026
Standorte: 12 Filialen, 3 Click-&-Collect-Punkte

Pr=C3=BCfungen gesamt ...................... 4.812
  bestanden .............................. 4.701
  abgelehnt .............................. 88
    - Mindestalter nicht erreicht ........ 61
    - Dokument abgelaufen ................ 19
    - Dokument nicht lesbar .............. 8
  manuelle Pr=C3=BCfung durch Personal ....... 23

Gespeicherte Daten
  Bei bestandener Pr=C3=BCfung werden nur Ergebnis (ja/nein), Zeitstempel,
  Standort und Kassen-ID gespeichert. Es wird kein Dokumentbild abgelegt.
  Bei Ablehnung oder manueller Pr=C3=BCfung wird das Dokumentbild 72 Stunden
  gespeichert und danach automatisch gel=C3=B6scht.
  Abweichende Einstellung aktiv: Click-&-Collect Saint-Gilles
  (Aufbewahrung Dokumentbild 30 Tage, ge=C3=A4ndert am 14.09.2026).

L=C3=B6schprotokoll Oktober
  gel=C3=B6schte Dokumentbilder ........... 111
  gel=C3=B6schte Protokolleintr=C3=A4ge (> 12 Monate) ... 3.977
  Fehler ................................. 0

Der vollst=C3=A4ndige Bericht (PDF) und das L=C3=B6schprotokoll (CSV) stehen im
Kundenportal bereit: https://portal.veriage.de/reports/88214/2026-10

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden
nicht bearbeitet. Fragen zur Auftragsverarbeitung: dpo@veriage.de
VeriAge GmbH - Hohenzollernring 52 - 50672 K=C3=B6ln
'''),

    ('de', 'outlook-read-receipt-mdn', 'automated', (),
'''Return-Path: <m.pauels@pauels-kessler.be>
Received: from mail.pauels-kessler.be (mail.pauels-kessler.be [213.219.150.37])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8L4j2qRdz1Fv
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 08:41:44 +0100 (CET)
From: "Pauels, Markus" <m.pauels@pauels-kessler.be>
To: "Shop Example Privacy" <privacy@shop.example.be>
Subject: Gelesen: Ihre Datenauskunft nach Art. 15 DSGVO [PRV-2026-1164]
Date: Fri, 30 Oct 2026 08:41:37 +0100
Message-ID: <000f01dd4a7b$3c2e9f10$b48bdd30$@pauels-kessler.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0013_01DD4A7B.3C2E9F10"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdtKe0CTtFCx9mZnQ1uQ0V2xK8E3jA==
Content-Language: de-be

This is a multipart message in MIME format.

------=_NextPart_000_0013_01DD4A7B.3C2E9F10
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht

  An: Pauels, Markus
  Betreff: Ihre Datenauskunft nach Art. 15 DSGVO [PRV-2026-1164]
  Gesendet: Donnerstag, 29. Oktober 2026 16:05:12 (UTC+01:00) Amsterdam, =
Berlin, Bern, Rom, Stockholm, Wien

wurde am Freitag, 30. Oktober 2026 08:41:37 (UTC+01:00) Amsterdam, Berlin,=
 Bern, Rom, Stockholm, Wien gelesen.

------=_NextPart_000_0013_01DD4A7B.3C2E9F10
Content-Type: message/disposition-notification

Reporting-UA: PC-MPAUELS; Microsoft Outlook 16.0
Final-Recipient: rfc822;m.pauels@pauels-kessler.be
Original-Message-ID: <prv-2026-1164.5@shop.example.be>
Disposition: manual-action/MDN-sent-automatically; displayed

------=_NextPart_000_0013_01DD4A7B.3C2E9F10--
'''),

    ('de', 'person-reply-above-store-incident-notice-wants-footage', 'access', (),
'''Return-Path: <sabine.mertes@skynet.be>
Received: from mailsec.proximus.be (mailsec111.isp.belgacom.be [195.238.20.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9Hf53XqLz1Gm
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 20:14:09 +0100 (CET)
Message-ID: <c81e7d2a-5f43-4b9e-a0d6-3e2f91b7c480@skynet.be>
Date: Tue, 3 Nov 2026 20:14:02 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Ihre Meldung VF-0419-2026-031 wurde registriert
To: privacy@shop.example.be
References: <notice.VF-0419-2026-031@stores.shop.example.be>
In-Reply-To: <notice.VF-0419-2026-031@stores.shop.example.be>
From: Sabine Mertes <sabine.mertes@skynet.be>
Content-Language: de-DE
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Guten Tag,

ich beziehe mich auf die Meldung unten, die ich am Samstag im Geschäft 
am Tablet ausgefüllt habe.

Ich möchte die Videoaufnahmen sehen, auf denen ich zu sehen bin: am 
Samstag, den 31. Oktober, gegen 16:20 Uhr am Ausgang Ihrer Filiale in 
Eupen, als der Alarm losging und Ihr Mitarbeiter meine Tasche 
kontrolliert hat. Bitte schicken Sie mir eine Kopie, oder teilen Sie mir 
mit, wann ich sie mir in der Filiale ansehen kann.

Zur Erkennung: graue Jacke, schwarzer Rucksack, ich war mit meinem Sohn 
(10 Jahre) dort.

Mit freundlichen Grüßen
Sabine Mertes
Lascheterweg 18
4700 Eupen


Am 31.10.2026 um 17:05 schrieb Shop Example Filiale Eupen:
> Guten Tag,
>
> vielen Dank für Ihre Meldung. Wir haben sie unter der Nummer
> VF-0419-2026-031 registriert und an die Filialleitung weitergegeben.
>
> Art der Meldung: Vorfall im Geschäft (Ausgangskontrolle / Warensicherung)
> Filiale: Eupen, Klötzerbahn
> Datum: 31.10.2026
>
> Hinweis: In unseren Filialen wird Videoüberwachung eingesetzt. Die
> Aufnahmen werden höchstens 30 Tage aufbewahrt. Fragen zu Ihren
> personenbezogenen Daten richten Sie bitte an privacy@shop.example.be.
>
> Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht
> auf diese E-Mail.
'''),

    ('es', 'gmail-vacation-responder', 'automated', (),
'''Return-Path: <lucia.moreno.garcia@gmail.com>
Received: from mail-wr1-f46.google.com (mail-wr1-f46.google.com [209.85.221.46])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q806c1Wd3z1Hn
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 16:47:33 +0100 (CET)
Received: by mail-wr1-f46.google.com with SMTP id ffacd0b85a97d-38f2c4e1b7aso9113f8f.2
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 08:47:32 -0700 (PDT)
MIME-Version: 1.0
From: =?UTF-8?Q?Luc=C3=ADa_Moreno_Garc=C3=ADa?= <lucia.moreno.garcia@gmail.com>
Date: Wed, 28 Oct 2026 08:47:32 -0700
Message-ID: <CAH3v9sQ+Xk0Vtr5ymE1wq7P1n4Jh8bZ=gN2cK6e@mail.gmail.com>
Subject: De vacaciones hasta el 9 de noviembre
To: privacy@shop.example.be
In-Reply-To: <prv-2026-1215.2@shop.example.be>
References: <prv-2026-1215.2@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000a81f3c0624f1b2d7"

--000000000000a81f3c0624f1b2d7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Estoy de vacaciones hasta el lunes 9 de noviembre y apenas miro el correo.
Contestar=C3=A9 tu mensaje a la vuelta.

Si es algo urgente del trabajo, escribe a mi compa=C3=B1era Elena
(elena.ruiz@mapfield-consulting.com).

Un saludo,
Luc=C3=ADa

--000000000000a81f3c0624f1b2d7
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hola:</div><div><br></div><div>Estoy de vacaciones ha=
sta el lunes 9 de noviembre y apenas miro el correo. Contestar=C3=A9 tu men=
saje a la vuelta.</div><div><br></div><div>Si es algo urgente del trabajo, =
escribe a mi compa=C3=B1era Elena (elena.ruiz@mapfield-consulting.com).</di=
v><div><br></div><div>Un saludo,</div><div>Luc=C3=ADa</div></div>

--000000000000a81f3c0624f1b2d7--
'''),

    ('es', 'footfall-analytics-weekly-report', 'automated', (),
'''Return-Path: <informes-bounces@aforo-analytics.es>
Received: from smtp2.aforo-analytics.es (smtp2.aforo-analytics.es [37.152.88.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9B7w0TgYz1Fs
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 07:15:22 +0100 (CET)
From: Aforo Analytics <informes@aforo-analytics.es>
To: retail-ops@shop.example.be
Cc: privacy@shop.example.be
Subject: Informe semanal de afluencia - Shop Example BV - semana 44 (26/10 - 01/11/2026)
Date: Mon, 02 Nov 2026 07:15:18 +0100
Message-ID: <weekly-44-2026.shopexample@informes.aforo-analytics.es>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: bulk
List-Unsubscribe: <https://app.aforo-analytics.es/baja/informes/7f1c33a0>
X-Aforo-Report: weekly

Informe semanal de afluencia
Cliente: Shop Example BV - 8 tiendas con sensores
Semana 44: del lunes 26/10/2026 al domingo 01/11/2026

Tienda                  Visitantes  vs. sem. 43  Conversi=C3=B3n  Hora punta
Antwerpen Meir              21.408      +6,2 %       31,5 %  s=C3=A1b 15-16 h
Gent Veldstraat             17.932      +4,8 %       29,1 %  s=C3=A1b 14-15 h
Brussel Nieuwstraat         19.215      +2,1 %       27,4 %  s=C3=A1b 15-16 h
Ixelles Chauss=C3=A9e          11.046      -3,7 %       33,8 %  s=C3=A1b 16-17 h
Li=C3=A8ge Pont d'Avroy         9.877      +1,4 %       30,2 %  s=C3=A1b 15-16 h
Leuven Diestsestraat         8.611      +5,5 %       32,9 %  s=C3=A1b 13-14 h
Namur Louvain                6.304      -1,2 %       35,0 %  vie 17-18 h
Mechelen Bruul               7.158      +3,0 %       31,1 %  s=C3=A1b 14-15 h

Total                      101.551      +3,0 %       30,4 %

Observaciones autom=C3=A1ticas
- Ixelles: tercera semana seguida con menos visitantes entre las 18 y las
  19 h de lunes a jueves.
- Sensor LGE-S2 (Li=C3=A8ge, entrada lateral) sin datos el 29/10 de 09:10 a
  11:45; cifras de ese d=C3=ADa estimadas.

Nota de privacidad: los sensores 3D cuentan siluetas y no guardan im=C3=A1genes.
Las direcciones MAC de los m=C3=B3viles detectados por wifi se seudonimizan con
un hash que cambia cada d=C3=ADa y se eliminan a las 24 horas. Este informe solo
contiene datos agregados.

Panel completo: https://app.aforo-analytics.es/panel/shopexample/semana/44

--
Mensaje generado autom=C3=A1ticamente. No responda a este correo.
Dejar de recibir este informe: https://app.aforo-analytics.es/baja/informes/7f1c33a0
'''),

    ('es', 'vms-managed-service-retention-purge-report', 'automated', (),
'''Return-Path: <nvr-central@lumen-seguridad.es>
Received: from correo.lumen-seguridad.es (correo.lumen-seguridad.es [185.47.129.84])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9Fm21bTkz1Hd
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 02:31:06 +0100 (CET)
From: Lumen Seguridad - NVR Central <nvr-central@lumen-seguridad.es>
To: security@shop.example.be, privacy@shop.example.be
Subject: =?UTF-8?Q?Informe_de_depuraci=C3=B3n_autom=C3=A1tica_de_grabaciones_-_03/11/2026?=
Date: Tue, 03 Nov 2026 02:31:02 +0100
Message-ID: <purge.20261103.shopexample@nvr-central.lumen-seguridad.es>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Lumen-Job: retention-purge

Informe de depuraci=C3=B3n autom=C3=A1tica de grabaciones
Cliente: Shop Example BV
Ejecuci=C3=B3n: 03/11/2026 02:00 - 02:27 (CET)
Pol=C3=ADtica aplicada: borrado de grabaciones de m=C3=A1s de 30 d=C3=ADas
(anteriores al 04/10/2026 02:00)

Sitio                       C=C3=A1maras  Horas borradas  Espacio liberado  E=
stado
Antwerpen Meir (0412)            24             576           1,92 TB   OK
Gent Veldstraat (0402)           18             432           1,41 TB   OK
Brussel Nieuwstraat (0409)       22             528           1,77 TB   OK
Bruxelles Louise (0411)          16             384           1,20 TB   OK
Li=C3=A8ge Pont d'Avroy (0418)       14             336           1,06 TB   OK
Namur Louvain (0421)             12               0           0,00 TB   ERROR
Hasselt Hoogstraat (0405)        10             240           0,74 TB   OK

Grabaciones excluidas del borrado (bloqueo activo):
  - HSL-CAM03, 22/09/2026 09:00-13:00 - motivo: requerimiento policial
    (bloqueo hasta 22/12/2026)
  - BRU-LOU-CAM06, 30/09/2026 17:00-18:00 - motivo: PRV-2026-1098
    (bloqueo hasta 30/11/2026)

Errores
  - Namur Louvain (0421): el NVR NAM-NVR01 no respondi=C3=B3 (timeout). Se
    reintentar=C3=A1 autom=C3=A1ticamente esta noche. Si vuelve a fallar se
    abrir=C3=A1 un ticket de mantenimiento.

Este mensaje se ha generado autom=C3=A1ticamente. No responda a esta direcci=
=C3=B3n.
Lumen Seguridad S.L. - Servicio de v=C3=ADdeo gestionado
'''),

    ('es', 'person-reply-above-footfall-survey-opening-hours', 'other', (),
'''Return-Path: <marta.iglesias.ruiz@gmail.com>
Received: from mail-ed1-f51.google.com (mail-ed1-f51.google.com [209.85.208.51])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9Rr74KcFz1Gx
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 21:03:51 +0100 (CET)
Received: by mail-ed1-f51.google.com with SMTP id 4fb4d7f45d1cf-5c9a2b7e61dso118344a12.1
        for <privacy@shop.example.be>; Thu, 05 Nov 2026 12:03:50 -0800 (PST)
MIME-Version: 1.0
References: <survey.ixl-2026-11.58812@enquetes.shop.example.be>
In-Reply-To: <survey.ixl-2026-11.58812@enquetes.shop.example.be>
From: Marta Iglesias Ruiz <marta.iglesias.ruiz@gmail.com>
Date: Thu, 5 Nov 2026 21:03:38 +0100
Message-ID: <CAJp4Lq1mX0bT8w3a-Vz7Rk2nEd9sYc5HfU6=oQ@mail.gmail.com>
Subject: =?UTF-8?Q?Re:_Aidez-nous_=C3=A0_mieux_vous_accueillir_(2_minutes)?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000004c9e1a0625a3f7e2"

--0000000000004c9e1a0625a3f7e2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Perdonen que les escriba en espa=C3=B1ol, mi franc=C3=A9s escrito no es muy=
 bueno.

He intentado responder a la encuesta pero el enlace no se me abre en el m=
=C3=B3vil, as=C3=AD que se lo digo por aqu=C3=AD: yo ir=C3=ADa mucho m=C3=
=A1s a la tienda de Ixelles si cerraran un poco m=C3=A1s tarde entre seman=
a. Salgo de trabajar a las seis y media y cuando llego ya est=C3=A1n cerran=
do. Los jueves hasta las ocho, por ejemplo, me vendr=C3=ADa perfecto.

Y una pregunta: =C2=BFen diciembre abren alg=C3=BAn domingo antes de Navida=
d? El a=C3=B1o pasado creo que s=C3=AD, pero no encuentro el horario en la =
web.

Gracias y un saludo,
Marta Iglesias

El lun, 2 nov 2026 a las 10:15, Shop Example (<enquetes@shop.example.be>)
escribi=C3=B3:

> Bonjour,
>
> Vous =C3=AAtes pass=C3=A9(e) r=C3=A9cemment dans notre magasin d'Ixelles ?=
 Aidez-nous
> =C3=A0 mieux vous accueillir : =C3=A0 quels moments venez-vous, et quand=
 le magasin
> est-il trop fr=C3=A9quent=C3=A9 =C3=A0 votre go=C3=BBt ?
>
> R=C3=A9pondre =C3=A0 l'enqu=C3=AAte (2 minutes) :
> https://enquete.shop.example.be/s/ixl-2026-11
>
> Vos r=C3=A9ponses sont anonymes et servent uniquement =C3=A0 adapter nos
> horaires et nos =C3=A9quipes.
> Questions sur vos donn=C3=A9es personnelles : privacy@shop.example.be
>
> L'=C3=A9quipe Shop Example
>

--0000000000004c9e1a0625a3f7e2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hola:</div><div><br></div><div>Perdonen que les escri=
ba en espa=C3=B1ol, mi franc=C3=A9s escrito no es muy bueno.</div><div><br>=
</div><div>He intentado responder a la encuesta pero el enlace no se me abr=
e en el m=C3=B3vil, as=C3=AD que se lo digo por aqu=C3=AD: yo ir=C3=ADa muc=
ho m=C3=A1s a la tienda de Ixelles si cerraran un poco m=C3=A1s tarde entre=
 semana. Salgo de trabajar a las seis y media y cuando llego ya est=C3=A1n =
cerrando. Los jueves hasta las ocho, por ejemplo, me vendr=C3=ADa perfecto.=
</div><div><br></div><div>Y una pregunta: =C2=BFen diciembre abren alg=C3=
=BAn domingo antes de Navidad? El a=C3=B1o pasado creo que s=C3=AD, pero no=
 encuentro el horario en la web.</div><div><br></div><div>Gracias y un salu=
do,</div><div>Marta Iglesias</div></div><br><div class=3D"gmail_quote">El l=
un, 2 nov 2026 a las 10:15, Shop Example (&lt;enquetes@shop.example.be&gt;)=
 escribi=C3=B3:<br><blockquote class=3D"gmail_quote">Bonjour,<br>Vous =C3=
=AAtes pass=C3=A9(e) r=C3=A9cemment dans notre magasin d&#39;Ixelles ? Aide=
z-nous =C3=A0 mieux vous accueillir.<br>Questions sur vos donn=C3=A9es pers=
onnelles : privacy@shop.example.be</blockquote></div>

--0000000000004c9e1a0625a3f7e2--
'''),

    ('it', 'outlook-ooo-risposta-automatica', 'automated', (),
'''Return-Path: <giulia.ferraro@eurolink-logistics.eu>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2112.outbound.protection.outlook.com [40.107.104.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9LcS2yQ7z1Fw
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:26:40 +0100 (CET)
From: Giulia Ferraro <giulia.ferraro@eurolink-logistics.eu>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Risposta_automatica:_Richiesta_di_accesso_ai_dati_-_verifica_dell?=
 =?utf-8?Q?'identit=C3=A0_[PRV-2026-1219]?=
Thread-Topic: =?utf-8?Q?Richiesta_di_accesso_ai_dati_-_verifica_dell'identit=C3=A0_[PRV-2026-1219]?=
Thread-Index: AQHbTm1S0Wg3r0eYx0Kd2m4cN7fQvA==
Date: Wed, 4 Nov 2026 10:26:36 +0000
Message-ID: <DB8PR03MB59243F1E7A0C2D6B9E85A4C1B4312@DB8PR03MB5924.eurprd03.prod.outlook.com>
In-Reply-To: <prv-2026-1219.2@shop.example.be>
References: <prv-2026-1219.2@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: it-IT
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Buongiorno,

grazie per il suo messaggio. Sono fuori ufficio fino a luned=C3=AC 9 novem=
bre compreso, con accesso limitato alla posta elettronica. Il suo messaggio=
 non verr=C3=A0 inoltrato.

Per questioni urgenti pu=C3=B2 rivolgersi alla collega Chiara Bianchi
(chiara.bianchi@eurolink-logistics.eu, +32 2 740 18 55).

Cordiali saluti,

Giulia Ferraro
Ufficio Acquisti
Eurolink Logistics SA - Avenue de Cortenbergh 71 - 1000 Bruxelles
'''),

    ('it', 'pec-mailbox-rejects-ordinary-mail', 'automated', (),
'''Return-Path: <>
Received: from mx.pecservizi.it (mx.pecservizi.it [212.97.39.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8M9b0rWxz1Gf
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 12:09:55 +0100 (CET)
From: Mail Delivery System <MAILER-DAEMON@mx.pecservizi.it>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Messaggio_non_recapitato:_Re:_Richiesta_di_cancellazione_[PRV-2026-1201]?=
Date: Fri, 30 Oct 2026 12:09:52 +0100 (CET)
Message-Id: <20261030110952.7A3E1180B2@mx.pecservizi.it>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="7A3E1180B2.1793358592/mx.pecservizi.it"

This is a MIME-encapsulated message.

--7A3E1180B2.1793358592/mx.pecservizi.it
Content-Description: Notifica
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Questo =C3=A8 un messaggio generato automaticamente dal sistema di posta
di PECservizi. Si prega di non rispondere.

Il messaggio da lei inviato non =C3=A8 stato recapitato al seguente
destinatario:

    studio.marchetti@pec.pecservizi.it

Motivo: la casella di destinazione =C3=A8 una casella di Posta Elettronica
Certificata (PEC) configurata per accettare esclusivamente messaggi
provenienti da altre caselle PEC. I messaggi di posta ordinaria vengono
rifiutati.

Per comunicare con questo destinatario utilizzi una casella PEC oppure
un indirizzo di posta ordinaria indicato dal destinatario stesso.

Oggetto: Re: Richiesta di cancellazione [PRV-2026-1201]
Inviato: 30/10/2026 12:09:48

--7A3E1180B2.1793358592/mx.pecservizi.it
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.pecservizi.it
X-Postfix-Queue-ID: 7A3E1180B2
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 30 Oct 2026 12:09:48 +0100 (CET)

Final-Recipient: rfc822; studio.marchetti@pec.pecservizi.it
Original-Recipient: rfc822;studio.marchetti@pec.pecservizi.it
Action: failed
Status: 5.7.1
Diagnostic-Code: X-Postfix; 550 5.7.1 messaggio non PEC rifiutato / non-certified
    message rejected

--7A3E1180B2.1793358592/mx.pecservizi.it
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mailout.shop.example.be (mailout.shop.example.be [193.191.210.25])
        by mx.pecservizi.it (Postfix) with ESMTPS id 7A3E1180B2
        for <studio.marchetti@pec.pecservizi.it>; Fri, 30 Oct 2026 12:09:48 +0100 (CET)
From: Shop Example Privacy <privacy@shop.example.be>
To: studio.marchetti@pec.pecservizi.it
Subject: Re: Richiesta di cancellazione [PRV-2026-1201]
Date: Fri, 30 Oct 2026 12:09:46 +0100
Message-ID: <prv-2026-1201.3@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--7A3E1180B2.1793358592/mx.pecservizi.it--
'''),

    ('it', 'idscan-vendor-freshdesk-ticket-ack', 'automated', (),
'''Return-Path: <assistenza@docucheck.freshdesk.com>
Received: from mx-out-e1.freshemail.io (mx-out-e1.freshemail.io [3.122.56.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9S0k3jPvz1Hg
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 09:41:17 +0100 (CET)
From: Assistenza DocuCheck <assistenza@docucheck.freshdesk.com>
Reply-To: Assistenza DocuCheck <assistenza@docucheck.freshdesk.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Richiesta_ricevuta:_Cancellazione_scansioni_documenti_-_punto_?=
 =?UTF-8?Q?vendita_Saint-Gilles_[#31877]?=
Date: Thu, 05 Nov 2026 08:41:12 +0000
Message-ID: <6729e1c8.7b3f0a54.31877@docucheck.freshdesk.com>
In-Reply-To: <prv-vendor-0104.1@shop.example.be>
References: <prv-vendor-0104.1@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6729e1c8a1f2_71c3"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-FD-Ticket-Id: 31877
X-FD-Email-Type: ticket_acknowledgement

----==_mimepart_6729e1c8a1f2_71c3
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Gentile cliente,

grazie per averci contattato. La sua richiesta =C3=A8 stata registrata con
il numero #31877 e sar=C3=A0 presa in carico dal nostro team di assistenza.

Oggetto: Cancellazione scansioni documenti - punto vendita Saint-Gilles
Priorit=C3=A0: Media
Tempo di prima risposta previsto: entro 1 giorno lavorativo

Pu=C3=B2 seguire lo stato della richiesta nel portale clienti:
https://docucheck.freshdesk.com/support/tickets/31877

Per aggiungere informazioni risponda a questa email lasciando invariato
l'oggetto.

Cordiali saluti,
Assistenza DocuCheck

Questa =C3=A8 una risposta automatica.

----==_mimepart_6729e1c8a1f2_71c3
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Gentile cliente,</p>
<p>grazie per averci contattato. La sua richiesta =C3=A8 stata registrata c=
on il numero <b>#31877</b> e sar=C3=A0 presa in carico dal nostro team di a=
ssistenza.</p>
<p>Tempo di prima risposta previsto: entro 1 giorno lavorativo.</p>
<p><a href=3D"https://docucheck.freshdesk.com/support/tickets/31877">Vedi la=
 richiesta</a></p>
<p>Cordiali saluti,<br>Assistenza DocuCheck</p>
<p style=3D"color:#999">Questa =C3=A8 una risposta automatica.</p></body></html>

----==_mimepart_6729e1c8a1f2_71c3--
'''),

    ('it', 'person-quotes-bounce-from-dpo-address-unanswered', 'complaint', ('access',),
'''Return-Path: <francesca.rinaldi@libero.it>
Received: from smtp-31.iol.local (smtp-31.iol.local [10.101.1.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9Wt65mHqz1Fk
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 13:52:44 +0100 (CET)
Date: Fri, 6 Nov 2026 13:52:38 +0100 (CET)
From: Francesca Rinaldi <francesca.rinaldi@libero.it>
To: privacy@shop.example.be
Message-ID: <1418273652.4120917.1793883158210@mail1.libero.it>
Subject: I: Undelivered Mail Returned to Sender - SECONDA RICHIESTA, ancora nessuna risposta
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Priority: 3
Importance: Normal
X-Mailer: Open-Xchange Mailer v7.10.6-Rev72

Buongiorno,

vi inoltro qui sotto il messaggio di errore che ho ricevuto il 2 ottobre quando ho scritto a dpo@shop.example.be, cioè all'indirizzo indicato sul cartello della videosorveglianza all'ingresso del vostro negozio di avenue Louise a Bruxelles.

Il 5 ottobre ho quindi rimandato la stessa richiesta a questo indirizzo. È passato più di un mese e non ho ricevuto niente, nemmeno una conferma di ricezione.

La ripeto un'ultima volta: voglio sapere quali dati personali avete su di me (ho la vostra carta fedeltà n. 2290 4471 0836) e ricevere una copia delle registrazioni in cui compaio, del 28 settembre verso le 17:30 alle casse del negozio di avenue Louise.

Trovo inaccettabile che l'indirizzo scritto sul cartello non funzioni e che nessuno risponda. Se entro quindici giorni non avrò una risposta, presenterò reclamo all'Autorità per la protezione dei dati.

Francesca Rinaldi


------ Messaggio originale ------
Da: Mail Delivery System <MAILER-DAEMON@mx1.shop.example.be>
A: francesca.rinaldi@libero.it
Data: 2 ottobre 2026 alle 21.14
Oggetto: Undelivered Mail Returned to Sender

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dpo@shop.example.be>: user unknown. Command output: 550 5.1.1
    <dpo@shop.example.be>: Recipient address rejected: User unknown in local
    recipient table

Final-Recipient: rfc822; dpo@shop.example.be
Action: failed
Status: 5.1.1
'''),

    ('pt', 'outlook-ooo-resposta-automatica-ferias', 'automated', (),
'''Return-Path: <rui.carvalho@atlantico-engenharia.pt>
Received: from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2093.outbound.protection.outlook.com [40.107.6.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q8H1p6wZcz1Gr
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 15:33:02 +0100 (CET)
From: Rui Carvalho <rui.carvalho@atlantico-engenharia.pt>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Resposta_autom=E1tica:_Your_data_file_is_ready_[PRV-2026-1190]?=
Thread-Topic: Your data file is ready [PRV-2026-1190]
Thread-Index: AQHbSj7p0T2lWq9kRkCz3gX1t0mZ8w==
Date: Thu, 29 Oct 2026 14:32:58 +0000
Message-ID: <AM0PR04MB6481C0E97B2A4F15D3C86E21B4A22@AM0PR04MB6481.eurprd04.prod.outlook.com>
In-Reply-To: <prv-2026-1190.4@shop.example.be>
References: <prv-2026-1190.4@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: pt-PT
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ol=E1,

Obrigado pelo seu email. Estou de f=E9rias at=E9 dia 10 de novembro, com =
acesso limitado ao correio eletr=F3nico. Responderei logo que poss=EDvel =
ap=F3s o meu regresso.

Para assuntos urgentes, contacte a Sofia Almeida atrav=E9s de =
sofia.almeida@atlantico-engenharia.pt.

Cumprimentos,

Rui Carvalho
Atl=E2ntico Engenharia, Lda.
'''),

    ('pt', 'autoreply-mailbox-no-longer-in-use', 'automated', (),
'''Return-Path: <ana.sousa@transportes-ferreira.be>
Received: from smtp.transportes-ferreira.be (smtp.transportes-ferreira.be [109.88.140.21])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9N3d1kVfz1Hj
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 16:02:30 +0100 (CET)
From: Ana Sousa <ana.sousa@transportes-ferreira.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Endere=C3=A7o_desativado_-_Re:_Your_erasure_request_[PRV-2026-1208]?=
Date: Wed, 4 Nov 2026 16:02:27 +0100
Message-ID: <autoreply-3e91c0f7a2@smtp.transportes-ferreira.be>
In-Reply-To: <prv-2026-1208.2@shop.example.be>
References: <prv-2026-1208.2@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bom dia,

Este endere=C3=A7o de email j=C3=A1 n=C3=A3o est=C3=A1 ativo. A Ana Sousa d=
eixou de colaborar com a Transportes Ferreira & Filhos a 30 de setembro de=
 2026 e esta caixa de correio deixou de ser consultada.

A sua mensagem n=C3=A3o foi reencaminhada. Para assuntos relacionados com =
a empresa, contacte geral@transportes-ferreira.be ou ligue para o
+32 2 523 40 17.

Obrigado.

--
Mensagem autom=C3=A1tica, por favor n=C3=A3o responda.
'''),

    ('pt', 'card-terminal-tamper-alert', 'automated', (),
'''Return-Path: <alertas@tms.paylink.pt>
Received: from mta1.tms.paylink.pt (mta1.tms.paylink.pt [62.28.191.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9bH82sDnz1Gc
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 10:27:19 +0100 (CET)
From: PayLink TMS <alertas@tms.paylink.pt>
To: security@shop.example.be, payments@shop.example.be, privacy@shop.example.be
Subject: =?UTF-8?Q?[CR=C3=8DTICO]_Terminal_0415-K02_-_dete=C3=A7=C3=A3o_de_viola?=
 =?UTF-8?Q?=C3=A7=C3=A3o_f=C3=ADsica_(tamper)?=
Date: Sat, 07 Nov 2026 09:27:15 +0000
Message-ID: <alert-tamper-0415K02-1794043635@tms.paylink.pt>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Priority: urgent
X-PayLink-Event: TAMPER_DETECTED

Alerta de seguran=C3=A7a - PayLink Terminal Management

Cliente:   Shop Example BV (conta 5510-BE)
Loja:      0415 - Charleroi Rive Gauche
Terminal:  0415-K02 (n.=C2=BA de s=C3=A9rie 21448907)
Evento:    dete=C3=A7=C3=A3o de viola=C3=A7=C3=A3o f=C3=ADsica (tamper)
Data/hora: 07/11/2026 10:26:41 (hora local)
Estado:    terminal bloqueado automaticamente

O que aconteceu
O terminal detetou a abertura ou manipula=C3=A7=C3=A3o da caixa e apagou as
chaves criptogr=C3=A1ficas, como previsto. N=C3=A3o =C3=A9 poss=C3=ADvel e=
fetuar pagamentos com este terminal.

Dados de cart=C3=A3o
N=C3=A3o foram detetadas anomalias nas transa=C3=A7=C3=B5es anteriores ao e=
vento. Os dados de cart=C3=A3o n=C3=A3o ficam guardados no terminal.

Pr=C3=B3ximos passos
1. N=C3=A3o volte a ligar o terminal nem tente reinici=C3=A1-lo.
2. Guarde o equipamento num local seguro; um t=C3=A9cnico ir=C3=A1 recolh=
=C3=AA-lo.
3. Verifique as imagens de videovigil=C3=A2ncia da caixa K02 e comunique
   qualquer suspeita ao respons=C3=A1vel de seguran=C3=A7a.

Pedido de substitui=C3=A7=C3=A3o criado automaticamente: RMA-2026-118342

Esta mensagem foi enviada automaticamente para os contactos de seguran=C3=
=A7a definidos para este cliente. N=C3=A3o responda a este email.
'''),

    ('pt', 'person-reply-above-age-verification-notice-delete-id-scan', 'deletion', ('access',),
'''Return-Path: <joana.figueiredo.bxl@gmail.com>
Received: from mail-lj1-f170.google.com (mail-lj1-f170.google.com [209.85.208.170])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9XQ25gRtz1Hm
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 14:37:05 +0100 (CET)
Received: by mail-lj1-f170.google.com with SMTP id 38308e7fff4ca-2fb5a8c3d71so9921471fa.0
        for <privacy@shop.example.be>; Fri, 06 Nov 2026 05:37:04 -0800 (PST)
MIME-Version: 1.0
References: <agecheck.7734-2291@noreply.shop.example.be>
In-Reply-To: <agecheck.7734-2291@noreply.shop.example.be>
From: Joana Figueiredo <joana.figueiredo.bxl@gmail.com>
Date: Fri, 6 Nov 2026 14:36:52 +0100
Message-ID: <CAM9xT0e5Ry2ZqLp1K8wHvB4n6dQ3sUf7jA=cW@mail.gmail.com>
Subject: =?UTF-8?Q?Re:_V=C3=A9rification_d'=C3=A2ge_r=C3=A9ussie_-_commande_7734-2291?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Boa tarde,

Ontem fui levantar a encomenda 7734-2291 à loja de Saint-Gilles e, por causa do vinho, pediram-me o cartão de cidadão. Pensei que só iam ver a data de nascimento, mas pelo email abaixo percebo que digitalizaram o cartão e que guardam a imagem durante 30 dias.

Não quero que fiquem com uma cópia do meu documento. Peço que a apaguem já, sem esperar pelos 30 dias, e que me digam que outros dados meus ficaram registados com essa verificação (e se foram enviados para alguma outra empresa).

Obrigada,
Joana Figueiredo

No dia qui., 5 de nov. de 2026 às 18:42, Shop Example <noreply@shop.example.be> escreveu:

> Bonjour,
>
> Votre commande 7734-2291 a été retirée le 05/11/2026 à 18:37 au magasin
> de Saint-Gilles (chaussée de Waterloo).
>
> Votre commande contenait des produits soumis à une limite d'âge. Votre
> pièce d'identité a été contrôlée au moyen de notre service de
> vérification d'âge.
>
> Résultat : âge vérifié
> Une image de votre document est conservée pendant 30 jours à des fins de
> contrôle, puis supprimée automatiquement.
>
> Merci pour votre confiance,
> Shop Example
>
> Ceci est un message automatique, merci de ne pas y répondre.
> Vos données personnelles : privacy@shop.example.be
'''),
]

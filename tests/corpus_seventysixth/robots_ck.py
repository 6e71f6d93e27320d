"""Seventy-sixth set, book A robots: robot mail of the parking and mobility systems around the shop (private parking operators' landowner notices, reminders and helpdesk tickets, ANPR and barrier reports, EV charging networks' session receipts and roaming notices, fleet telematics and dashcam alerts, bike-rental platform notices and newsletters, vehicle registration lookup confirmations, insurer claim-platform acknowledgements, bounces of several MTAs and out-of-office replies of several clients), plus people whose mail looks automatic (en, nl, fr, de, es, it, pt). Written apart from the rules."""

ROBOTS = [
    ('en', 'parking-operator-landowner-copy-pcn-issued', 'automated', (),
'''Return-Path: <bounces+site-se-zav-01@mail.parkora.example>
Received: from o3.mail.parkora.example (o3.mail.parkora.example [198.51.100.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc1Ph7Zt0z9r2Lm
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 07:02:19 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=parkora.example;
	s=pk2025; t=1776142937; h=from:to:subject:date:message-id:mime-version;
	bh=Zk3uQ8mN1pR6sT0vW4xY7zA2bC5dE9fG1hJ3kL6mN8o=;
	b=Hp4Lq9Xm2Vb7Nc1Rt6Ys3Kd8Fg0Jw5Pz2Qa7Ue4Io9Ty1Rn6Mv3Cx8Bz5Lk0Hj2Gf
From: Parkora Enforcement <notifications@parkora.example>
To: privacy@shop.example.be
Subject: Landowner notification - PCN PKR-2026-0461882 issued - Site SE-ZAV-01 (Zaventem)
Date: Tue, 14 Apr 2026 05:02:17 +0000
Message-ID: <pcn.0461882.landowner.1776142937@notify.parkora.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Feedback-ID: landowner:pcn:parkora
X-Mailer: Parkora ParkOps 5.2 notifier
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_pko_0461882"

--=_pko_0461882
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

PARKORA ENFORCEMENT - LANDOWNER NOTIFICATION

A Parking Charge Notice has been issued on a site you manage.

Site:              SE-ZAV-01 Shop Example Zaventem, customer car park
PCN reference:     PKR-2026-0461882
Vehicle (VRM):     1-***-305 (masked in landowner copies)
Entry (ANPR cam 1):  07/04/2026 13:12:44
Exit  (ANPR cam 2):  07/04/2026 15:53:10
Stay:              2 h 40 min (max. permitted 2 h 00 min)
Charge:            EUR 65.00 (EUR 40.00 if paid within 14 days)
Registered keeper: obtained from the vehicle register (DIV) on 09/04/2026
Notice posted:     10/04/2026

Exemptions on your whitelist (staff, deliveries) were checked before issue.
If this vehicle should be exempt, you may cancel the PCN in the Landowner
Portal within 28 days.

DATA PROTECTION
The registered keeper's name and address are used only to recover the
parking charge and are not shared with the landowner. ANPR images of
vehicles that did not overstay are deleted automatically after 48 hours;
images linked to a PCN are kept for the duration of the case and up to
6 years after closure. Requests from data subjects (access, erasure,
objection, restriction) relating to PCNs must be forwarded to
dpo@parkora.example within 3 working days in accordance with the data
processing agreement. Do not forward ANPR images to third parties.

This is an automated message from ParkOps. Replies to this address are
not read. Landowner Portal: https://landowner.parkora.example
Change notification settings: https://landowner.parkora.example/settings=
/notifications

--=_pko_0461882
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Helvetica,Arial,sans-serif;font-size:14p=
x">
<h2 style=3D"color:#c8102e">Landowner notification</h2>
<p>A Parking Charge Notice has been issued on a site you manage.</p>
<table cellpadding=3D"4">
<tr><td>Site</td><td>SE-ZAV-01 Shop Example Zaventem, customer car park</=
td></tr>
<tr><td>PCN reference</td><td><b>PKR-2026-0461882</b></td></tr>
<tr><td>Vehicle</td><td>1-***-305</td></tr>
<tr><td>Stay</td><td>2 h 40 min (max. 2 h 00 min)</td></tr>
<tr><td>Charge</td><td>EUR 65.00</td></tr>
</table>
<p style=3D"font-size:12px;color:#555">The registered keeper's name and ad=
dress are used only to recover the parking charge. Data subject requests =
(access, erasure, objection, restriction) must be forwarded to dpo@parkor=
a.example within 3 working days. Do not forward ANPR images to third part=
ies.</p>
<p style=3D"font-size:11px;color:#888">Automated message from ParkOps &ndash=
; replies are not read.</p>
</body></html>

--=_pko_0461882--
'''),
    ('en', 'postfix-bounce-reply-on-plate-history-deletion', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
        id 4Kd0Wq1Bn3z7s8Yp; Wed, 15 Apr 2026 16:41:07 +0200 (CEST)
Date: Wed, 15 Apr 2026 16:41:07 +0200 (CEST)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Kd0Wq1Bn3z7s8Yp.1776264067/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260415144107.4Kd0Wq1Bn3z7s8Yp@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4Kd0Wq1Bn3z7s8Yp.1776264067/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<s.mcbride@outlook-mail.example>: host
    mx.outlook-mail.example[203.0.113.88] said: 550 5.5.0 Requested action
    not taken: mailbox unavailable (in reply to RCPT TO command)

--4Kd0Wq1Bn3z7s8Yp.1776264067/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4Kd0Wq1Bn3z7s8Yp
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 15 Apr 2026 16:41:05 +0200 (CEST)

Final-Recipient: rfc822; s.mcbride@outlook-mail.example
Original-Recipient: rfc822;s.mcbride@outlook-mail.example
Action: failed
Status: 5.5.0
Remote-MTA: dns; mx.outlook-mail.example
Diagnostic-Code: smtp; 550 5.5.0 Requested action not taken: mailbox
    unavailable

--4Kd0Wq1Bn3z7s8Yp.1776264067/mx1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from exch01.shop.example.be (exch01.shop.example.be [10.20.1.15])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd0Wq1Bn3z7s8Yp
	for <s.mcbride@outlook-mail.example>; Wed, 15 Apr 2026 16:41:05 +0200 (CEST)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Sinead McBride <s.mcbride@outlook-mail.example>
Subject: Your request to delete your ParkEasy account and plate history
 [PRIV-2026-01377]
Date: Wed, 15 Apr 2026 14:41:02 +0000
Message-ID: <PRIV-2026-01377.r1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--4Kd0Wq1Bn3z7s8Yp.1776264067/mx1.shop.example.be--
'''),
    ('en', 'ev-roaming-hub-partner-data-sharing-notice', 'automated', (),
'''Return-Path: <noreply@hub.voltaro.example>
Received: from smtp-out2.voltaro.example (smtp-out2.voltaro.example [192.0.2.72])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb8Rm0Tq5z3p1Dx
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 09:00:12 +0200 (CEST)
From: Voltaro Roaming Hub <noreply@hub.voltaro.example>
To: privacy@shop.example.be
Subject: [Voltaro Hub] Notice to CPO data protection contacts: 6 new eMSP roaming partners from 1 May 2026
Date: Mon, 13 Apr 2026 07:00:09 +0000
Message-ID: <notice-2026-0413-dpc-cpo-BE-SEX@hub.voltaro.example>
Precedence: bulk
Auto-Submitted: auto-generated
List-Id: Voltaro CPO data protection contacts <dpc-cpo.hub.voltaro.example>
List-Unsubscribe: <https://hub.voltaro.example/lists/dpc-cpo/unsubscribe?c=BE-SEX>, <mailto:unsubscribe-dpc-cpo@hub.voltaro.example>
X-Voltaro-Party-ID: BE*SEX
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Voltaro Roaming Hub - notice to CPO data protection contacts

Party: Shop Example (CPO, party ID BE*SEX)
Charge points concerned: 148 EVSEs on 31 locations

From 1 May 2026 the following eMobility Service Providers (eMSPs) will be
connected through the hub and will be able to authorise charging sessions
on your charge points with their own cards and apps:

  DE*EMX  E-Motion Mobility GmbH
  FR*CHG  ChargeLib SAS
  NL*VND  VoltNed B.V.
  ES*IBD  Iberdrive S.L.
  IT*RIC  Ricarica Facile S.p.A.
  PT*MOB  MobiCarga Lda.

What this means for personal data
For each roaming session the hub exchanges with the eMSP concerned: the
token (card or app ID) used to authorise the session, the EVSE ID, start
and end time, energy delivered (kWh) and the resulting charge detail
record (CDR). The hub does not receive the driver's name, e-mail or
vehicle registration number. CDRs are retained for 7 years for billing
and tax purposes.

Under the Voltaro Roaming Data Processing Addendum (v3.1) you remain the
controller for session data created on your charge points. Please update
your privacy notice and your record of processing activities if needed.
Data subject requests (access, portability of charging sessions, erasure)
received by the hub are routed to the CPO or eMSP concerned; you will
receive them at this address.

No action is required if you accept the new partners. To block a partner
for your locations, use Hub Portal > Roaming > Partner agreements before
30 April 2026.

--
Voltaro Roaming Hub - Kunstlaan 56, 1000 Brussels
You receive this notice because this address is registered as the data
protection contact for your party. Unsubscribe or change the contact:
https://hub.voltaro.example/lists/dpc-cpo/unsubscribe?c=BE-SEX
'''),
    ('en', 'person-forwards-keeper-letter-asks-address-source', 'access', (),
'''Return-Path: <g.okafor.home@gmail.com>
Received: from mail-ed1-f49.google.com (mail-ed1-f49.google.com [209.85.208.49])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd3Tb8Gv2z1k6Wn
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 21:17:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
	h=to:subject:message-id:date:from:mime-version; bh=Vq2eT7yU1iO4pA9sD3fG6hJ8kL0zX5cV=;
	b=Rt5Yu8Io2Pa6Sd0Fg3Hj7Kl1Zx4Cv9Bn5Mq2We8Rt6Yu0Io3Pa7Sd1Fg5Hj9Kl
From: Godwin Okafor <g.okafor.home@gmail.com>
Date: Wed, 15 Apr 2026 21:17:31 +0200
Message-ID: <CAH7q2Fz9mXk+Lp3Qd0vTn8w@mail.gmail.com>
Subject: Fwd: Parking Charge Notice PKR-2026-0466013 - Registered Keeper
To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hello,

I got the email below (and the same thing on paper). I'm the registered
keeper but I was abroad that week, my brother-in-law had the car. Before I
deal with the charge I'd like to know who gave this company my name,
postal address AND my email address - I've never had any contact with
them. What information do you and they have about me and my car, and
who else has seen it?

Godwin Okafor
Chaussée de Louvain 612, 1030 Schaerbeek

---------- Forwarded message ---------
From: Parkora Enforcement <no-reply@pcn.parkora.example>
Date: Mon, 13 Apr 2026 at 06:04
Subject: Parking Charge Notice PKR-2026-0466013 - Registered Keeper
To: <g.okafor.home@gmail.com>


PARKING CHARGE NOTICE - NOTICE TO KEEPER

Dear Registered Keeper,

Our ANPR cameras recorded vehicle 1-NQB-857 in the car park of
Shop Example Schaerbeek (site SE-SCH-02):
  Entry 28/03/2026 10:41   Exit 28/03/2026 13:26   Stay 2 h 45 min
  Maximum stay: 2 h 00 min

A parking charge of EUR 65.00 is now payable. If you were not the driver,
please name the driver at https://pay.parkora.example within 28 days.

Privacy notice: we obtained your details from the vehicle register
because you are the registered keeper. See https://parkora.example/privacy
for your rights under the GDPR.

This mailbox is not monitored.
'''),
    ('nl', 'anpr-barrier-daily-report-small-installer', 'automated', (),
'''Received: from anpr-srv-mech01 (d51a2c3f.dynamic.kabelnet.example [81.82.44.19])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kd5Gx0Nc1z2y7Hr
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 00:05:02 +0200 (CEST)
From: "ANPR P-Mechelen" <anpr-mechelen@parkingtech-installaties.example>
To: parking-mechelen@shop.example.be, privacy@shop.example.be
Subject: Dagrapport ANPR P-Mechelen 15/04/2026
Date: Thu, 16 Apr 2026 00:05:01 +0200
Message-ID: <20260416000501.5821@anpr-srv-mech01>
X-Mailer: PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

DAGRAPPORT ANPR - P-MECHELEN (Shop Example Mechelen, Liersesteenweg)
Periode: 15/04/2026 00:00 - 23:59

Inrijdingen (camera IN-1):          1.284
Uitrijdingen (camera UIT-1):        1.279
Herkenning nummerplaat OK:          98,6 %
Niet gelezen / handmatig:              18
Buitenlandse platen:                   41
Gematcht met betaling ParkEasy:       312
Whitelist (personeel/levering):        57
Overschrijding max. parkeerduur:       23  -> doorgestuurd naar Parkora
Slagboom UIT-1 storing:            2x (13:02-13:09, 17:44-17:58)
  -> tijdens storing alle sessies automatisch verlengd met 20 min

GDPR / RETENTIE
Foto's en nummerplaten zonder overschrijding ouder dan 48 u: verwijderd (2.511)
Logregels ouder dan 30 dagen: verwijderd (38.402)
Exports van beelden vandaag: 1 (aanvraag politie, ref. PZ-MEC/2026/1187)

Dit rapport wordt automatisch verstuurd door ANPR-server anpr-srv-mech01.
Storingen melden: support@parkingtech-installaties.example / 015 28 44 90
'''),
    ('nl', 'charging-session-receipt-pool-car-qp', 'automated', (),
'''Return-Path: <bounce-7731@mail.charge.shop.example.be>
Received: from mta12.mailsvc.example (mta12.mailsvc.example [198.51.100.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc9Lw3Fj8z4t0Bs
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 19:03:40 +0200 (CEST)
From: Shop Example Charge <no-reply@charge.shop.example.be>
To: privacy@shop.example.be
Subject: Je laadsessie in Hasselt - Kuringersteenweg is afgerond
Date: Tue, 14 Apr 2026 17:03:37 +0000
Message-ID: <cdr-BE-SEX-E0214-88502917@charge.shop.example.be>
Auto-Submitted: auto-generated
X-Mailer: Voltaro eDriver Notify 3.8
Feedback-ID: receipts:cdr:voltaro
List-Unsubscribe: <https://charge.shop.example.be/account/notifications?u=a7f3c>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_cdr88502917"

--b1_cdr88502917
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hallo Privacyteam Poolwagen,

Je laadsessie is afgerond. Dit is je betaalbewijs.

Locatie:     Shop Example Hasselt - Kuringersteenweg, laadpunt BE*SEX*E0214*2
Start:       14/04/2026 15:21
Einde:       14/04/2026 17:02
Energie:     21,7 kWh
Tarief:      0,42 =E2=82=AC/kWh + 0,35 =E2=82=AC starttarief
Totaal:      9,46 =E2=82=AC (incl. 21% btw)
Betaald met: Mastercard **** 4471
Laadpas:     SEX-CRD-00418 (Poolwagen Privacy & Legal)

Je persoonsgegevens
We bewaren je laadsessies zolang je account actief is en daarna 7 jaar voo=
r de boekhouding. In de app kan je je laadgeschiedenis bekijken en downloa=
den (Profiel > Mijn gegevens). Wil je je account en gegevens laten verwijd=
eren of heb je een vraag over je privacy? Ga naar charge.shop.example.be/p=
rivacy.

Geen betaalbewijzen meer per e-mail? Pas je meldingen aan in de app.

Shop Example Charge =E2=80=93 beheerd door Voltaro NV

--b1_cdr88502917
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif">
<h2>Je laadsessie is afgerond</h2>
<p>Shop Example Hasselt &ndash; Kuringersteenweg, laadpunt 2</p>
<p><b>21,7 kWh &middot; 9,46 =E2=82=AC</b><br>14/04/2026 15:21 &ndash; 17:0=
2</p>
<p style=3D"font-size:11px;color:#666">Wil je je account en gegevens laten=
 verwijderen? <a href=3D"https://charge.shop.example.be/privacy">Privacy</=
a> &middot; <a href=3D"https://charge.shop.example.be/account/notification=
s?u=3Da7f3c">Meldingen aanpassen</a></p>
</body></html>

--b1_cdr88502917--
'''),
    ('nl', 'exchange-automatisch-antwoord-lease-fleet', 'automated', (),
'''Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2104.outbound.protection.outlook.com [40.107.105.104])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd1Qs6Yh0z8v3Mc
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 10:12:26 +0200 (CEST)
From: "Van den Bossche, Griet" <griet.vandenbossche@leasefleet.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Nummerplaat 2-GHT-719 gekoppeld aan klantenkaart van vorige bestuurder [PRIV-2026-01352]
Thread-Topic: Nummerplaat 2-GHT-719 gekoppeld aan klantenkaart van vorige bestuurder [PRIV-2026-01352]
Thread-Index: AQHcz2Lk8Yd1mR0qT0iVw3nB2zX7aQ==
Date: Wed, 15 Apr 2026 08:12:24 +0000
Message-ID: <AM7PR03MB6654A1C3E0F2B9D4C7E5A2B1C3AM7PR03MB6654.eurprd03.prod.outlook.example>
In-Reply-To: <PRIV-2026-01352.q1@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: griet.vandenbossche@leasefleet.example
X-MS-Exchange-Organization-AutoResponseSuppress: All
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Beste,

Bedankt voor uw bericht. Ik ben afwezig tot en met maandag 20 april en heb=
 geen toegang tot mijn mailbox.

Voor vragen over bestuurderswissels, nummerplaten en tankkaarten kan u te=
recht bij fleetdesk@leasefleet.example of op 03 287 55 10.
Voor schadegevallen: schade@leasefleet.example.

Met vriendelijke groeten,
Griet Van den Bossche
Fleet Coordinator | LeaseFleet Belgium
'''),
    ('nl', 'parking-helpdesk-ticket-ack-deletion-forward', 'automated', (),
'''Return-Path: <support@parkora-support.example>
Received: from out-4.helpdesk-mail.example (out-4.helpdesk-mail.example [203.0.113.144])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc6Hn2Rw9z0q5Fz
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 11:26:51 +0200 (CEST)
From: Parkora Klantendienst <support@parkora-support.example>
Reply-To: Parkora Klantendienst <support+t48213@parkora-support.example>
To: privacy@shop.example.be
Subject: [#48213] Uw verzoek is ontvangen: Doorgestuurd verzoek tot verwijdering gegevens nummerplaat 1-VRN-281
Date: Tue, 14 Apr 2026 09:26:49 +0000
Message-ID: <ticket-48213-ack.1776158809@parkora-support.example>
Auto-Submitted: auto-replied
X-Helpdesk-Ticket-ID: 48213
X-Helpdesk-Autoreply: ack
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste,

Bedankt voor uw bericht. We hebben uw verzoek goed ontvangen en er een
ticket voor aangemaakt:

  Ticketnummer:  #48213
  Onderwerp:     Doorgestuurd verzoek tot verwijdering gegevens nummerplaat 1-VRN-281
  Categorie:     Privacy / GDPR-verzoek (doorgestuurd door terreineigenaar)
  Prioriteit:    Normaal

Verzoeken van betrokkenen (inzage, verwijdering, beperking, bezwaar)
worden door ons team Gegevensbescherming binnen de wettelijke termijn van
één maand behandeld. Lopende parkeerretributies worden tijdens de
behandeling niet doorgegeven aan een incassobureau.

Wilt u informatie toevoegen? Antwoord dan op deze e-mail zonder het
ticketnummer in het onderwerp te wijzigen.

Met vriendelijke groeten,
Parkora Klantendienst

--
Dit is een automatisch bericht. U kunt de status van uw ticket volgen via
https://help.parkora-support.example/tickets/48213
'''),
    ('nl', 'person-replies-to-charging-receipt-refund', 'other', (),
'''Return-Path: <yannick.desmet@hotmail.com>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05olkn2092.outbound.protection.outlook.com [40.92.89.92])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd2Nr5Jc7z6w1Qa
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 18:49:10 +0200 (CEST)
From: Yannick De Smet <yannick.desmet@hotmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Je laadsessie in Genk - Hasseltweg is afgerond
Date: Wed, 15 Apr 2026 16:49:07 +0000
Message-ID: <DB8P191MB0922F3B7A1C4E0D9B2A7C5F1DB8P191MB0922.EURP191.PROD.OUTLOOK.COM>
In-Reply-To: <cdr-BE-SEX-E0301-88517744@charge.shop.example.be>
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dag,

Ik stuur dit naar het enige adres dat ik onderaan jullie mail vond.
Deze sessie is nooit echt gestart: de paal gaf een foutmelding (E-42) en
ik ben na 10 minuten naar de paal ernaast gegaan. Toch 12,80 euro
aangerekend voor 0,0 kWh?? Graag dat bedrag terugstorten op mijn kaart.

Yannick

Verzonden vanuit Outlook voor Android
________________________________
Van: Shop Example Charge <no-reply@charge.shop.example.be>
Verzonden: woensdag, april 15, 2026 5:31 PM
Aan: yannick.desmet@hotmail.com
Onderwerp: Je laadsessie in Genk - Hasseltweg is afgerond

Hallo Yannick,

Je laadsessie is afgerond. Dit is je betaalbewijs.

Locatie:   Shop Example Genk - Hasseltweg, laadpunt BE*SEX*E0301*1
Energie:   0,0 kWh
Totaal:    12,80 EUR (blokkeringsbedrag)

Wil je je account en gegevens laten verwijderen of heb je een vraag over
je privacy? Mail privacy@shop.example.be.
'''),
    ('fr', 'bike-rental-platform-monthly-id-copy-purge-report', 'automated', (),
'''Return-Path: <notifications@cyclea.example>
Received: from mail-out1.cyclea.example (mail-out1.cyclea.example [192.0.2.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KVq0Bd4Tz1z9m2Ks
        for <privacy@shop.example.be>; Wed, 01 Apr 2026 03:00:44 +0200 (CEST)
From: Cyclea Partenaires <notifications@cyclea.example>
To: privacy@shop.example.be
Subject: Rapport mensuel RGPD - suppression des pièces d'identité - mars 2026 - Shop Example (12 points de location)
Date: Wed, 01 Apr 2026 01:00:41 +0000
Message-ID: <rgpd-purge-2026-03.SEX.1775005241@cyclea.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
X-Mailer: Cyclea Notifier 2.14
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

CYCLEA - RAPPORT MENSUEL DE CONFORMITÉ (RGPD)
Partenaire : Shop Example SA - 12 points de location vélos et vélos cargo
Période : 01/03/2026 - 31/03/2026

Locations terminées :                          1 046
  dont vélos cargo :                             288
Copies de pièces d'identité enregistrées :       973
Copies supprimées automatiquement (J+30) :       912
Copies conservées (litige / dommage en cours) :   14
Copies prises hors application (photo, papier) signalées :  3
  -> Anderlecht (2), Gent-Zuid (1) : rappel envoyé aux responsables

Demandes de personnes concernées reçues via Cyclea :
  Accès : 2   Effacement : 5   Opposition : 0   Portabilité : 1
  -> transmises au responsable du traitement (vous) dans l'espace
     Partenaire > Confidentialité

Rappel : les pièces d'identité ne doivent jamais être photocopiées ni
photographiées au comptoir. Seule la vérification dans l'application
Cyclea Desk est conforme à l'accord de sous-traitance.

Ce rapport est envoyé automatiquement au contact vie privée enregistré
pour votre organisation. Pour modifier ce contact, rendez-vous dans
l'espace Partenaire. Merci de ne pas répondre à ce message.
'''),
    ('fr', 'exim-bounce-mailbox-full-consent-withdrawal-reply', 'automated', (),
'''Return-Path: <>
Received: from mx2.voo-mail.example ([198.51.100.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc7Kt9Pd2z5r8Vm
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 15:20:05 +0200 (CEST)
Received: from Debian-exim by mx2.voo-mail.example with local (Exim 4.96)
	id 1wE4pQ-0007Hx-2K
	for privacy@shop.example.be; Tue, 14 Apr 2026 15:20:04 +0200
X-Failed-Recipients: sandrine.collard@voo-mail.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx2.voo-mail.example>
To: privacy@shop.example.be
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wE4pQ-0007Hx-2K@mx2.voo-mail.example>
Date: Tue, 14 Apr 2026 15:20:04 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  sandrine.collard@voo-mail.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <privacy@shop.example.be>
Received: from mx1.shop.example.be ([192.0.2.10])
	by mx2.voo-mail.example with esmtps (TLS1.3) (Exim 4.96)
	id 1wAqZc-0003Lm-0T
	for sandrine.collard@voo-mail.example; Sat, 11 Apr 2026 09:12:40 +0200
From: Shop Example - Protection des données <privacy@shop.example.be>
To: Sandrine Collard <sandrine.collard@voo-mail.example>
Subject: =?utf-8?q?Retrait_de_votre_consentement_-_localisation_et_offres_=C3=A0_pr?=
 =?utf-8?q?oximit=C3=A9_=5BPRIV-2026-01298=5D?=
Date: Sat, 11 Apr 2026 07:12:37 +0000
Message-ID: <PRIV-2026-01298.r1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Madame Collard,

Nous avons bien reçu le retrait de votre consentement à l'utilisation de
votre position dans l'application ParkEasy. Il a été enregistré le
10/04/2026 : votre localisation n'est plus utilisée et vous ne recevrez
plus d'offres à proximité. Vous pouvez continuer à utiliser l'application
pour payer votre stationnement.

Cordialement,
L'équipe Protection des données
Shop Example
'''),
    ('fr', 'insurer-claim-platform-ack-cctv-preservation', 'automated', (),
'''Return-Path: <ne-pas-repondre@sinistres.assurly.example>
Received: from smtp.assurly.example (smtp.assurly.example [203.0.113.30])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcB2m7Xs0z1n4Gd
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 10:48:33 +0200 (CEST)
From: Assurly - Gestion des sinistres <ne-pas-repondre@sinistres.assurly.example>
To: privacy@shop.example.be
Subject: Accusé de réception - Sinistre AS-26-118420 - Demande de conservation d'images de vidéosurveillance
Date: Tue, 14 Apr 2026 08:48:30 +0000
Message-ID: <AS-26-118420.tiers.0001@sinistres.assurly.example>
Auto-Submitted: auto-generated
X-Assurly-Dossier: AS-26-118420
X-Mailer: Assurly ClaimHub
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_22871_1776156510"

------=_Part_22871_1776156510
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Madame, Monsieur,

Ce message est généré automatiquement par la plateforme sinistres
d'Assurly. Il vous est adressé en tant que tiers détenteur d'images de
vidéosurveillance.

Dossier :             AS-26-118420
Type :                Dommage matériel - véhicule en stationnement
Lieu :                Parking Shop Example, Chaussée de Louvain, Namur
Date et heure :       11/04/2026, entre 14h00 et 15h30
Véhicule assuré :     Citroën C4, immatriculation 1-N**-**4

Notre assuré(e) nous a indiqué que le parking est équipé de caméras.
Conformément à l'article 9 de la loi du 21 mars 2007 réglant l'installation
et l'utilisation de caméras de surveillance, nous vous demandons de
conserver les images de la période indiquée jusqu'à ce que notre
gestionnaire vous contacte ou que les autorités en fassent la demande.
Aucune image ne doit nous être transmise par e-mail.

Vos données de contact sont traitées par Assurly SA dans le seul cadre de
la gestion de ce sinistre, conformément au RGPD. Plus d'informations :
https://www.assurly.example/vie-privee

Merci de ne pas répondre à ce message. Votre gestionnaire : Mme V. Hallet,
081 24 77 30, dossier AS-26-118420.

------=_Part_22871_1776156510
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Madame, Monsieur,</p>
<p>Dossier <b>AS-26-118420</b> &ndash; Dommage mat=C3=A9riel, parking Shop=
 Example Namur, 11/04/2026 entre 14h00 et 15h30.</p>
<p>Merci de conserver les images de vid=C3=A9osurveillance de cette p=C3=
=A9riode jusqu'=C3=A0 ce que notre gestionnaire vous contacte. Aucune imag=
e ne doit nous =C3=AAtre transmise par e-mail.</p>
<p style=3D"font-size:11px">Message automatique &ndash; merci de ne pas r=
=C3=A9pondre.</p></body></html>

------=_Part_22871_1776156510--
'''),
    ('fr', 'zimbra-reponse-automatique-velo-manager', 'automated', (),
'''Received: from zimbra.velocite-wallonie.example (zimbra.velocite-wallonie.example [192.0.2.201])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kd4Cs3Lf6z2x9Ub
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 22:30:17 +0200 (CEST)
Date: Wed, 15 Apr 2026 22:30:16 +0200 (CEST)
From: Julie Maréchal <j.marechal@velocite-wallonie.example>
To: privacy@shop.example.be
Message-ID: <1409223871.55120.1776285016431.JavaMail.zimbra@velocite-wallonie.example>
Subject: Réponse automatique : Copies de cartes d'identité - location vélos cargo Ottignies
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 9.0.0_GA_4583

Bonjour,
Je suis en conge jusqu'au lundi 27 avril inclus.
Pour toute question urgente concernant les locations, merci de contacter
Thomas au 010 45 82 11.
Bien a vous,
Julie
'''),
    ('fr', 'person-fleet-tool-sender-plate-loyalty-link-correction', 'correction', (),
'''Return-Path: <noreply@fleetdesk.leasauto.example>
Received: from app3.fleetdesk.leasauto.example (app3.fleetdesk.leasauto.example [203.0.113.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd6Vj1Ry4z0m2Pe
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 09:37:55 +0200 (CEST)
From: "FleetDesk - Nadia Bouzid" <noreply@fleetdesk.leasauto.example>
Reply-To: Nadia Bouzid <n.bouzid@entreprise-debruyne.example>
To: privacy@shop.example.be
Subject: [FleetDesk] Message de Nadia Bouzid concernant le véhicule 1-WKE-664
Date: Thu, 16 Apr 2026 07:37:53 +0000
Message-ID: <fd-msg-551873.1776325073@fleetdesk.leasauto.example>
X-Mailer: FleetDesk Messaging
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Je suis gestionnaire de flotte chez Debruyne & Fils. Je vous écris pour
le compte de notre collaborateur, M. Quentin Lefèvre, qui conduit depuis
mars la voiture de société immatriculée 1-WKE-664.

Quand il se présente au drive de votre magasin de Namur, le système
l'identifie comme « Mme S. Dewulf », une ancienne collègue qui avait ce
véhicule avant lui : la plaque est toujours liée à la carte de fidélité
de Mme Dewulf. M. Lefèvre a sa propre carte (n° 2401 5570 3318).

Merci de retirer la plaque 1-WKE-664 du compte de Mme Dewulf et de
l'enregistrer sur la carte de M. Lefèvre, qui est en copie de ce
message et confirme sa demande. Répondez de préférence à mon adresse
n.bouzid@entreprise-debruyne.example.

Nadia Bouzid
Fleet manager - Debruyne & Fils SA

-----------------------------------------------------------------
Ce message a été envoyé via FleetDesk by LeasAuto. Les réponses à
noreply@fleetdesk.leasauto.example ne sont pas lues. Pour gérer vos
préférences de notification, connectez-vous à votre espace FleetDesk.
-----------------------------------------------------------------
'''),
    ('de', 'fleet-telematics-dashcam-harsh-braking-alert', 'automated', (),
'''Return-Path: <alerts@notify.fleetrix.example>
Received: from notify-eu1.fleetrix.example (notify-eu1.fleetrix.example [198.51.100.160])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd7Bp2Wm5z3s0Ht
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 11:04:29 +0200 (CEST)
From: Fleetrix Alerts <alerts@notify.fleetrix.example>
To: flotte-lieferung@shop.example.be
Cc: privacy@shop.example.be
Subject: [Fleetrix] Ereignis: Starke Bremsung - Fahrzeug SE-LIE-07 (1-VKT-219) - Video verfügbar
Date: Thu, 16 Apr 2026 09:04:27 +0000
Message-ID: <evt-2026041609042-SE-LIE-07.4418@notify.fleetrix.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
X-Mailer: Fleetrix Alerting Engine 4.1
X-Fleetrix-Event: HARSH_BRAKING
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Fleetrix Ereignisbenachrichtigung

Flotte:        Shop Example Lieferdienst Ostbelgien
Fahrzeug:      SE-LIE-07 (Mercedes Sprinter, 1-VKT-219)
Fahrer:        pseudonymisiert (Fahrer-ID D-0733)
Ereignis:      Starke Bremsung (-0,58 g)
Zeit:          16.04.2026 10:58:12 MESZ
Ort:           Herbesthaler Stra=C3=9Fe 14, 4700 Eupen
Geschwindigkeit vor dem Ereignis: 43 km/h (zul=C3=A4ssig 50 km/h)

Dashcam-Clip (12 s vorher / 8 s nachher, Front- und Innenkamera) wurde
hochgeladen: https://app.fleetrix.example/events/2026041609042

Datenschutzhinweis: Der Clip kann Personen, Kennzeichen und Grundst=C3=
=BCcke Dritter zeigen. Zugriff nur f=C3=BCr berechtigte Rollen
(Fuhrparkleitung, Datenschutz). Jeder Abruf wird protokolliert.
Clips ohne Markierung "Schadenfall" werden nach 14 Tagen automatisch
gel=C3=B6scht (Betriebsvereinbarung Dashcam v2, Art. 6 Abs. 1 lit. f
DSGVO).

Sie erhalten diese E-Mail, weil Ihre Adresse in der Alarmgruppe
"Ereignisse Stufe 2" eingetragen ist. Benachrichtigungen verwalten:
https://app.fleetrix.example/settings/alerts
'''),
    ('de', 'qmail-failure-notice-portability-answer', 'automated', (),
'''Return-Path: <>
Received: from mail.kabelnetz.example (mail.kabelnetz.example [203.0.113.5])
        by mx1.shop.example.be (Postfix) with SMTP id 4Kc8Fz6Ba1z7p4Lw
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 17:55:38 +0200 (CEST)
Date: 14 Apr 2026 15:55:37 -0000
From: MAILER-DAEMON@mail.kabelnetz.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260414155537.30412.qmail@mail.kabelnetz.example>

Hi. This is the qmail-send program at mail.kabelnetz.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<m.hoffmann-ev@kabelnetz.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 30398 invoked from network); 14 Apr 2026 15:55:36 -0000
Received: from mx1.shop.example.be (192.0.2.10)
  by mail.kabelnetz.example with ESMTPS; 14 Apr 2026 15:55:36 -0000
From: Shop Example Datenschutz <privacy@shop.example.be>
To: Markus Hoffmann <m.hoffmann-ev@kabelnetz.example>
Subject: Ihre Anfrage auf Datenuebertragbarkeit - Ladehistorie [PRIV-2026-01341]
Date: Tue, 14 Apr 2026 15:55:30 +0000
Message-ID: <PRIV-2026-01341.r2@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Sehr geehrter Herr Hoffmann,

anbei erhalten Sie wie gewuenscht Ihre Ladevorgaenge seit 2024 als
CSV-Datei (ladehistorie_hoffmann.csv, 187 Zeilen). Aus Sicherheitsgruenden
ist die Datei mit dem Passwort geschuetzt, das wir Ihnen per SMS senden.

Mit freundlichen Gruessen
Ihr Datenschutzteam
'''),
    ('de', 'vehicle-keeper-lookup-confirmation-landowner-copy', 'automated', (),
'''Return-Path: <auftrag@halterdaten-service.example>
Received: from relay.halterdaten-service.example (relay.halterdaten-service.example [192.0.2.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc4Zr8Qe3z2m9Tx
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 14:15:02 +0200 (CEST)
From: Halterdaten-Service GmbH <auftrag@halterdaten-service.example>
To: privacy@shop.example.be
Subject: Bestätigung Halterabfrage HQ-2026-0413-2231 (Kopie an Grundstückseigentümer)
Date: Mon, 13 Apr 2026 12:15:00 +0000
Message-ID: <HQ-2026-0413-2231.copy@halterdaten-service.example>
Auto-Submitted: auto-generated
X-Mailer: HDS Auftragsportal
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

BESTÄTIGUNG EINER HALTERABFRAGE (grenzüberschreitend)

Auftrags-Nr.:          HQ-2026-0413-2231
Eingang:               13.04.2026 11:52
Auftraggeber:          Parkora Enforcement SRL (Kunden-Nr. 40771)
im Auftrag von:        Shop Example SA, Grundstückseigentümer
Standort:              Parkplatz Shop Example Eupen (SE-EUP-01)
Kennzeichen:           AC-KM 4410 (D)
Anlass:                Überschreitung Höchstparkdauer am 02.04.2026
Ergebnis:              Halterdaten übermittelt an Auftraggeber (Status: OK)

Rechtsgrundlage: Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse an der
Durchsetzung einer vertraglichen Forderung). Die übermittelten Halterdaten
(Name, Anschrift) dürfen ausschließlich zur Geltendmachung dieser
Forderung verwendet und müssen nach Erledigung gelöscht werden.

Diese Kopie enthält aus Datenschutzgründen keine Halterdaten. Sie wird
gemäß Auftragsverarbeitungsvertrag automatisch an die benannte
Datenschutz-Kontaktadresse des Grundstückseigentümers gesendet.
Auskunftsersuchen betroffener Halter richten Sie bitte an
datenschutz@halterdaten-service.example.

Dies ist eine automatisch erzeugte Nachricht. Bitte nicht antworten.
'''),
    ('de', 'person-work-disclaimer-replies-parking-voucher-objection', 'objection', (),
'''Return-Path: <s.crombach@crombach-elektro.example>
Received: from mail.crombach-elektro.example (mail.crombach-elektro.example [203.0.113.190])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd8Xa0Hs2z5q1Fc
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 13:22:48 +0200 (CEST)
From: Stefan Crombach <s.crombach@crombach-elektro.example>
To: privacy@shop.example.be
Subject: AW: Ihr Parkvorgang in Eupen wurde beendet - 3 Besuche diese Woche!
Date: Thu, 16 Apr 2026 13:22:45 +0200
Message-ID: <0f1a01dcce5b$7a3c2e10$6eb48a30$@crombach-elektro.example>
In-Reply-To: <park-end-BE-EUP-99120417@parkeasy.shop.example.be>
X-Mailer: Microsoft Outlook 16.0
Content-Language: de
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Guten Tag,

ich nutze die Park-App, um den Parkplatz zu bezahlen, nicht damit Sie
mitzählen, wie oft ich bei Ihnen einkaufe. Ich widerspreche der
Auswertung meiner Parkvorgänge und meines Kennzeichens für Werbung,
"Besuchszähler" und Gutscheine dieser Art. Bitte stellen Sie das für mein
Konto ab.

Stefan Crombach

Gesendet von meinem iPad

-----Ursprüngliche Nachricht-----
Von: ParkEasy by Shop Example <no-reply@parkeasy.shop.example.be>
Gesendet: Donnerstag, 16. April 2026 12:58
An: s.crombach@crombach-elektro.example
Betreff: Ihr Parkvorgang in Eupen wurde beendet - 3 Besuche diese Woche!

Ihr Parkvorgang für 1-KDS-508 wurde beendet: 47 Min., 0,00 EUR.
Schön, dass Sie diese Woche schon 3-mal da waren! Als Dankeschön:
5 EUR Rabatt ab 40 EUR Einkauf, gültig bis 23.04.
Abmelden: Profil > Benachrichtigungen.

______________________________________________________________________
Crombach Elektrotechnik GmbH | Industriestraße 8 | 4700 Eupen
Geschäftsführer: Stefan Crombach | USt-IdNr. BE0712.448.219
Diese E-Mail wurde automatisch mit einem Haftungsausschluss versehen.
Sie kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail.
______________________________________________________________________
'''),
    ('es', 'sendmail-returned-mail-charging-account-deletion', 'automated', (),
'''Return-Path: <MAILER-DAEMON@relay.correo-ibe.example>
Received: from relay.correo-ibe.example (relay.correo-ibe.example [198.51.100.99])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc5Mv9Gn4z1x6Rb
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 16:47:21 +0200 (CEST)
Received: from localhost (localhost)
	by relay.correo-ibe.example (8.17.1/8.17.1) id 63DEl7Qd028813;
	Mon, 13 Apr 2026 16:47:20 +0200
Date: Mon, 13 Apr 2026 16:47:20 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.correo-ibe.example>
Message-Id: <202604131447.63DEl7Qd028813@relay.correo-ibe.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="63DEl7Qd028813.1776091640/relay.correo-ibe.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--63DEl7Qd028813.1776091640/relay.correo-ibe.example

The original message was received at Mon, 13 Apr 2026 16:47:18 +0200
from mx1.shop.example.be [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<carmen.ruiz77@correo-ibe.example>
    (reason: 550 5.1.1 <carmen.ruiz77@correo-ibe.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mbox3.correo-ibe.example.:
>>> DATA
<<< 550 5.1.1 <carmen.ruiz77@correo-ibe.example>... User unknown
550 5.1.1 <carmen.ruiz77@correo-ibe.example>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--63DEl7Qd028813.1776091640/relay.correo-ibe.example
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.correo-ibe.example
Received-From-MTA: DNS; mx1.shop.example.be
Arrival-Date: Mon, 13 Apr 2026 16:47:18 +0200

Final-Recipient: RFC822; carmen.ruiz77@correo-ibe.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mbox3.correo-ibe.example
Diagnostic-Code: SMTP; 550 5.1.1 <carmen.ruiz77@correo-ibe.example>... User unknown
Last-Attempt-Date: Mon, 13 Apr 2026 16:47:20 +0200

--63DEl7Qd028813.1776091640/relay.correo-ibe.example
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: Shop Example - Privacidad <privacy@shop.example.be>
To: Carmen Ruiz <carmen.ruiz77@correo-ibe.example>
Subject: =?utf-8?q?Confirmaci=C3=B3n=3A_hemos_eliminado_su_cuenta_de_Shop_Example_C?=
 =?utf-8?q?harge_y_su_tarjeta_guardada_=5BPRIV-2026-01320=5D?=
Date: Mon, 13 Apr 2026 14:47:15 +0000
Message-ID: <PRIV-2026-01320.r1@shop.example.be>

--63DEl7Qd028813.1776091640/relay.correo-ibe.example--
'''),
    ('es', 'ev-roaming-session-foreign-emsp-token-notice', 'automated', (),
'''Return-Path: <noreply@hub.voltaro.example>
Received: from smtp-out1.voltaro.example (smtp-out1.voltaro.example [192.0.2.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd9Cq4Tv8z0r3Nj
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 15:31:06 +0200 (CEST)
From: Voltaro Roaming Hub <noreply@hub.voltaro.example>
To: cpo-ops@shop.example.be
Cc: privacy@shop.example.be
Subject: Aviso de itinerancia: primera sesión con token de Iberdrive (ES*IBD) en Waterloo - Chaussée de Bruxelles
Date: Thu, 16 Apr 2026 13:31:04 +0000
Message-ID: <roam-first-ESIBD-BE-SEX-E0107.20260416@hub.voltaro.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-OCPI-Version: 2.2.1
X-Voltaro-Notice: ROAMING_FIRST_SESSION
Content-Language: es
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Aviso automático del hub de itinerancia Voltaro

Se ha registrado la primera sesión de carga autorizada con un token de un
nuevo socio de itinerancia en uno de sus puntos de recarga.

Socio eMSP:        Iberdrive S.L. (ES*IBD)
Punto de recarga:  BE*SEX*E0107*3 - Shop Example Waterloo, Chaussée de Bruxelles
Token:             ES-IBD-C4F1****-7 (RFID)
Inicio:            16/04/2026 15:02 CEST
Estado:            en curso

Tratamiento de datos personales
Los datos de la sesión (identificador del token, punto de recarga, hora
de inicio y fin, energía entregada) se comparten con Iberdrive S.L. para
la facturación al conductor, de acuerdo con el Anexo de Protección de
Datos del contrato de itinerancia y con el RGPD. El hub no recibe el
nombre ni la matrícula del conductor. Las solicitudes de acceso,
rectificación, supresión o portabilidad relativas a esta sesión deben
dirigirse al operador del token (privacidad@iberdrive.example).

Este mensaje se envía una sola vez por socio y ubicación. No responda a
este correo. Gestionar avisos: https://hub.voltaro.example/notices
'''),
    ('es', 'thunderbird-template-auto-reply-out-of-office', 'automated', (),
'''Received: from smtp.despacho-aranda.example (smtp.despacho-aranda.example [203.0.113.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd3Hy7Kb0z6t5Wq
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 19:05:33 +0200 (CEST)
Message-ID: <5d2b7c90-1f4e-4a0b-93c2-8e61d7a3f0b4@despacho-aranda.example>
Date: Wed, 15 Apr 2026 19:05:31 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Pablo Aranda <pablo.aranda@despacho-aranda.example>
To: privacy@shop.example.be
Subject: Respuesta automática
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Gracias por su mensaje.

Estoy fuera de la oficina hasta el lunes 27 de abril, con acceso muy
limitado al correo. Su mensaje no se reenvía. Si se trata de un asunto
urgente, llame al despacho: +32 2 511 84 20.

Un saludo,
Pablo Aranda
'''),
    ('es', 'person-pastes-insurer-ack-asks-keep-footage', 'restriction', (),
'''Return-Path: <irene.valverde.m@gmail.com>
Received: from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd2Rz9Dp1z8n7Yc
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 12:10:58 +0200 (CEST)
From: Irene Valverde <irene.valverde.m@gmail.com>
Date: Wed, 15 Apr 2026 12:10:45 +0200
Message-ID: <CAJx8wQp4t2L0v+nR7bHf3Km9cY@mail.gmail.com>
Subject: Fwd: Acuse de recibo - Siniestro 2026-BE-451902
To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Buenos días:

Les reenvío el acuse de recibo de mi seguro. El domingo 12 de abril,
entre las 10:00 y las 11:15, me rayaron la puerta del conductor en el
aparcamiento de su tienda de Woluwe (Toyota Yaris azul, 1-YRS-083).

El seguro pedirá las grabaciones más adelante. Por favor, no las borren
cuando pase el plazo habitual y no las utilicen para otra cosa hasta que
el seguro se ponga en contacto con ustedes. No necesito que me las
envíen a mí.

Gracias,
Irene Valverde
0475 62 19 08

---------- Forwarded message ---------
De: Claimly Seguros <no-reply@claims.claimly.example>
Date: dom, 12 abr 2026 a las 13:04
Subject: Acuse de recibo - Siniestro 2026-BE-451902
To: <irene.valverde.m@gmail.com>


Hola, Irene:

Hemos recibido tu declaración de siniestro.

Número de siniestro: 2026-BE-451902
Tipo: Daños al vehículo estacionado (autor desconocido)
Siguiente paso: un gestor revisará tu caso en un plazo de 5 días
hábiles. Si el lugar dispone de cámaras, solicitaremos las imágenes al
responsable del aparcamiento.

Tus datos personales se tratan conforme a nuestra política de
privacidad y al RGPD. Este es un mensaje automático, no respondas a
este correo.
'''),
    ('it', 'exchange-online-ndr-insurer-mailbox-full', 'automated', (),
'''Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2071.outbound.protection.outlook.com [40.107.241.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc3Sd5Mw7z9p0Ga
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 11:38:14 +0200 (CEST)
From: Microsoft Outlook <postmaster@assicurazioni-ligure.example>
To: <privacy@shop.example.be>
Date: Mon, 13 Apr 2026 09:38:12 +0000
Content-Language: it-IT
Message-ID: <6c1f0b2a-8e47-4d90-b3a1-1f9e2c7d4a58@assicurazioni-ligure.example>
In-Reply-To: <PRIV-2026-01309.r3@shop.example.be>
Subject: Non recapitabile: Immagini telecamere parcheggio Seraing - pratica SIN-2026-03391
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ndr_0b5f2e1a-3c77-4e3e-9a1d-52c8f0e7b912"

--ndr_0b5f2e1a-3c77-4e3e-9a1d-52c8f0e7b912
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Recapito non riuscito a questi destinatari o gruppi:

sinistri.auto@assicurazioni-ligure.example
La casella postale del destinatario è piena e non può accettare messaggi
in questo momento. Riprovare a inviare il messaggio più tardi oppure
contattare direttamente il destinatario.

Informazioni di diagnostica per gli amministratori:

Server di generazione: AM9PR07MB7283.eurprd07.prod.outlook.example

sinistri.auto@assicurazioni-ligure.example
Remote server returned '554 5.2.2 mailbox full;
STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

--ndr_0b5f2e1a-3c77-4e3e-9a1d-52c8f0e7b912
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR07MB7283.eurprd07.prod.outlook.example
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Mon, 13 Apr 2026 09:38:10 +0000

Original-Recipient: rfc822;sinistri.auto@assicurazioni-ligure.example
Final-Recipient: rfc822;sinistri.auto@assicurazioni-ligure.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--ndr_0b5f2e1a-3c77-4e3e-9a1d-52c8f0e7b912
Content-Type: text/rfc822-headers

From: Shop Example - Protezione dei dati <privacy@shop.example.be>
To: "sinistri.auto@assicurazioni-ligure.example" <sinistri.auto@assicurazioni-ligure.example>
Subject: Immagini telecamere parcheggio Seraing - pratica SIN-2026-03391
Date: Mon, 13 Apr 2026 09:38:05 +0000
Message-ID: <PRIV-2026-01309.r3@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--ndr_0b5f2e1a-3c77-4e3e-9a1d-52c8f0e7b912--
'''),
    ('it', 'parking-operator-payment-reminder-site-copy', 'automated', (),
'''Return-Path: <bounces+site-se-lal-01@mail.parkora.example>
Received: from o5.mail.parkora.example (o5.mail.parkora.example [198.51.100.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd0Jb3Cx9z4m6Ts
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 06:10:33 +0200 (CEST)
From: Parkora Enforcement <no-reply@pcn.parkora.example>
To: f.esposito.home@libero.it
Subject: Sollecito di pagamento - Avviso PKR-2026-0398817 - scadenza 29/04/2026
Date: Wed, 15 Apr 2026 04:10:31 +0000
Message-ID: <pcn.0398817.reminder1.1776226231@notify.parkora.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Feedback-ID: reminder:pcn:parkora
X-Parkora-Site: SE-LAL-01
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

SOLLECITO DI PAGAMENTO

Gentile intestatario/a del veicolo,

non risulta ancora pervenuto il pagamento dell'avviso PKR-2026-0398817
relativo alla sosta del veicolo targato 1-AVT-913 nel parcheggio del
punto vendita Shop Example di La Louvière (SE-LAL-01) il 28/02/2026.

Importo dovuto:          65,00 EUR
Spese di sollecito:      10,00 EUR
Totale:                  75,00 EUR
Scadenza:                29/04/2026

Paga online: https://pay.parkora.example/PKR-2026-0398817
Se non eri alla guida, puoi indicare il conducente sullo stesso sito.
In assenza di pagamento la pratica potrà essere affidata a un'agenzia di
recupero crediti.

Informativa privacy: i tuoi dati (nome e indirizzo) sono stati ottenuti
dal registro dei veicoli in quanto intestatario/a e sono trattati da
Parkora Enforcement per il recupero della somma (art. 6.1.f GDPR). Per
esercitare i tuoi diritti di accesso, rettifica, cancellazione o
limitazione scrivi a dpo@parkora.example. Copia di questo avviso è inviata
al proprietario del parcheggio.

Messaggio generato automaticamente, non rispondere.
'''),
    ('it', 'bike-rental-platform-partner-newsletter-base64', 'automated', (),
'''Return-Path: <bounce-nl-8f3c21ab@news.velonomy.example>
Received: from mta3.news.velonomy.example (mta3.news.velonomy.example [192.0.2.133])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcA7t1Lq6z2v8Hm
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 09:30:08 +0200 (CEST)
From: Velonomy Partner News <news@velonomy.example>
To: privacy@shop.example.be
Subject: Primavera in cargo bike: nuova flotta, check-in senza fotocopie e informativa privacy aggiornata
Date: Tue, 14 Apr 2026 07:30:05 +0000
Message-ID: <nl-2026-04-it.8f3c21ab@news.velonomy.example>
Precedence: bulk
List-Id: Velonomy Partner News IT <partner-news-it.velonomy.example>
List-Unsubscribe: <https://news.velonomy.example/u/8f3c21ab?l=it>, <mailto:unsubscribe-8f3c21ab@news.velonomy.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: nl-2026-04:partner-news:velonomy
X-Mailer: Velonomy Campaigns
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=-velo-nl-8f3c21ab"

--=-velo-nl-8f3c21ab
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Velonomy Partner News - aprile 2026

Gentile partner,
- Nuova flotta cargo: 40 Velonomy Cargo L in consegna dal 4 maggio.
- Check-in senza carta: dal 1° giugno il documento d'identità viene
  verificato nell'app e non viene più fotocopiato al banco.
- Informativa privacy aggiornata: le copie dei documenti già raccolte
  saranno cancellate automaticamente 30 giorni dopo la fine del noleggio.

Domande su GDPR e accordo di trattamento dati: dpo@velonomy.example
Annulla l'iscrizione: https://news.velonomy.example/u/8f3c21ab?l=it

--=-velo-nl-8f3c21ab
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+CjxodG1sIGxhbmc9Iml0Ij48aGVhZD48bWV0YSBjaGFyc2V0PSJ1dGYt
OCI+PHRpdGxlPlZlbG9ub215IFBhcnRuZXIgTmV3cyAtIGFwcmlsZSAyMDI2PC90aXRsZT48L2hl
YWQ+Cjxib2R5IHN0eWxlPSJmb250LWZhbWlseTpBcmlhbCxzYW5zLXNlcmlmO2NvbG9yOiMxZDJi
MzYiPgo8dGFibGUgd2lkdGg9IjYwMCIgYWxpZ249ImNlbnRlciI+PHRyPjx0ZD4KPGgxIHN0eWxl
PSJjb2xvcjojMGE3ZDU1Ij5QcmltYXZlcmEgaW4gY2FyZ28gYmlrZTwvaDE+CjxwPkdlbnRpbGUg
cGFydG5lciw8L3A+CjxwPmNvbiBsJ2Fycml2byBkZWxsYSBiZWxsYSBzdGFnaW9uZSBsZSByaWNo
aWVzdGUgZGkgbm9sZWdnaW8gbmVpIHB1bnRpIHZlbmRpdGEgcGFydG5lciBzb25vIGNyZXNjaXV0
ZSBkZWwgMzglIHJpc3BldHRvIGEgbWFyem8uIEVjY28gbGUgbm92aXTDoCBkaSBhcHJpbGU6PC9w
Pgo8dWw+CjxsaT48Yj5OdW92YSBmbG90dGEgY2FyZ288L2I+OiA0MCBWZWxvbm9teSBDYXJnbyBM
IGNvbiBiYXR0ZXJpYSBkYSA3NTAgV2ggaW4gY29uc2VnbmEgZGFsIDQgbWFnZ2lvLjwvbGk+Cjxs
aT48Yj5DaGVjay1pbiBzZW56YSBjYXJ0YTwvYj46IGRhbCAxJmRlZzsgZ2l1Z25vIGlsIGRvY3Vt
ZW50byBkJ2lkZW50aXTDoCBkZWwgY2xpZW50ZSB2aWVuZSB2ZXJpZmljYXRvIG5lbGwnYXBwIGUg
PGI+bm9uIHZpZW5lIHBpw7kgZm90b2NvcGlhdG88L2I+IGFsIGJhbmNvLjwvbGk+CjxsaT48Yj5J
bmZvcm1hdGl2YSBwcml2YWN5IGFnZ2lvcm5hdGE8L2I+OiBsZSBjb3BpZSBkZWkgZG9jdW1lbnRp
IGdpw6AgcmFjY29sdGUgc2FyYW5ubyBjYW5jZWxsYXRlIGF1dG9tYXRpY2FtZW50ZSAzMCBnaW9y
bmkgZG9wbyBsYSBmaW5lIGRlbCBub2xlZ2dpby4gSWwgdm9zdHJvIHJlZmVyZW50ZSBwcml2YWN5
IHB1w7IgY29uc3VsdGFyZSBpbCByZWdpc3RybyBkZWxsZSBjYW5jZWxsYXppb25pIG5lbCBwb3J0
YWxlIHBhcnRuZXIuPC9saT4KPC91bD4KPHA+UGVyIGRvbWFuZGUgc3VsIEdEUFIgbyBzdWxsJ2Fj
Y29yZG8gZGkgdHJhdHRhbWVudG8gZGVpIGRhdGkgc2NyaXZldGUgYSBkcG9AdmVsb25vbXkuZXhh
bXBsZS48L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xvcjojNzc3Ij5SaWNldmkgcXVl
c3RhIGUtbWFpbCBwZXJjaCZlYWN1dGU7IGlsIHR1byBpbmRpcml6em8gJmVncmF2ZTsgcmVnaXN0
cmF0byBjb21lIGNvbnRhdHRvIGRpIHVuIHB1bnRvIHZlbmRpdGEgcGFydG5lciBWZWxvbm9teS4K
PGEgaHJlZj0iaHR0cHM6Ly9uZXdzLnZlbG9ub215LmV4YW1wbGUvdS84ZjNjMjFhYj9sPWl0Ij5B
bm51bGxhIGwnaXNjcml6aW9uZTwvYT4gJm1pZGRvdDsgPGEgaHJlZj0iaHR0cHM6Ly9wYXJ0bmVy
cy52ZWxvbm9teS5leGFtcGxlL3ByaXZhY3kiPlByaXZhY3k8L2E+PGJyPgpWZWxvbm9teSBTUkws
IEJvdWxldmFyZCBkdSBSb2kgQWxiZXJ0IElJIDI3LCAxMDMwIEJydXhlbGxlczwvcD4KPC90ZD48
L3RyPjwvdGFibGU+CjwvYm9keT48L2h0bWw+Cg==

--=-velo-nl-8f3c21ab--
'''),
    ('it', 'person-replies-to-bike-rental-end-notice-stop-sms', 'withdraw_consent', (),
'''Return-Path: <valentina.ricci84@libero.it>
Received: from smtp-31.iol.local (smtp-31.libero.it [213.209.10.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd5Wc8Zf3z7q2Lp
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 08:44:19 +0200 (CEST)
From: "valentina.ricci84@libero.it" <valentina.ricci84@libero.it>
To: "Shop Example Bike" <privacy@shop.example.be>
Subject: R: Il tuo noleggio è terminato - grazie per aver pedalato con noi!
Date: Thu, 16 Apr 2026 08:44:17 +0200 (CEST)
Message-ID: <1318764201.2285319.1776321857411@mail1.libero.it>
In-Reply-To: <rent-end-VLN-2026-118830@bike.shop.example.be>
X-Mailer: Libero Mail
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

buongiorno, la bici andava benissimo ma da quando l'ho noleggiata ricevo
2-3 sms a settimana con promozioni (lavaggio auto, offerte del negozio,
"torna a pedalare"). non li voglio piu, tolgo il consenso agli sms
promozionali. il numero è 347 208 1166 (italiano, +39).
grazie
Valentina Ricci

> ----Messaggio originale----
> Da: Shop Example Bike <no-reply@bike.shop.example.be>
> Data: 12/04/2026 17:21
> Oggetto: Il tuo noleggio è terminato - grazie per aver pedalato con noi!
>
> Noleggio VLN-2026-118830 - e-bike, 3 h 10 min - 24,00 EUR
> La copia del tuo documento sarà cancellata entro 30 giorni.
> Non vuoi più ricevere offerte? Gestisci le preferenze nell'app.
'''),
    ('pt', 'gmail-dsn-address-not-found-parking-app-deletion', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with SMTPS id 4Kc2Fh6Nq0z3w9Xd
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 10:02:51 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=googlemail.com; s=20230601;
	h=date:from:to:subject:message-id:mime-version; bh=Lk7Jh4Gf1Ds8Ap5Oi2Uy9Tr6Ew3Qz0Xc=;
	b=Mn3Bv6Cx9Za2Sd5Fg8Hj1Kl4Qw7Er0Ty3Ui6Op9As2Df5Gh8Jk1Lz4Xc7Vb0Nm
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <PRIV-2026-01304.r1@shop.example.be>
In-Reply-To: <PRIV-2026-01304.r1@shop.example.be>
X-Failed-Recipients: tiago.sousa.92@gmail.com
Message-ID: <6617f2bb.5a0a0220.3c81e.6d41.GMR@mx.google.com>
Date: Mon, 13 Apr 2026 01:02:49 -0700 (PDT)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000e3a1c70611f84b29"; report-type=delivery-status

--000000000000e3a1c70611f84b29
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit


** Endereço não encontrado **

A sua mensagem não foi entregue a tiago.sousa.92@gmail.com porque o
endereço não foi encontrado ou não pode receber emails.

Saiba mais em https://support.google.com/mail/?p=NoSuchUser

A resposta do servidor remoto foi:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 2adb3069b0e04-52f6a1c9b3asor311428e87.118 - gsmtp

--000000000000e3a1c70611f84b29
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 13 Apr 2026 01:02:48 -0700 (PDT)
X-Original-Message-ID: <PRIV-2026-01304.r1@shop.example.be>

Final-Recipient: rfc822; tiago.sousa.92@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Mon, 13 Apr 2026 01:02:49 -0700 (PDT)

--000000000000e3a1c70611f84b29
Content-Type: text/rfc822-headers

From: Shop Example - Privacidade <privacy@shop.example.be>
To: Tiago Sousa <tiago.sousa.92@gmail.com>
Subject: =?utf-8?q?Pedido_de_elimina=C3=A7=C3=A3o_da_sua_conta_ParkEasy_-_precisamo?=
 =?utf-8?q?s_de_confirmar_a_sua_identidade_=5BPRIV-2026-01304=5D?=
Date: Mon, 13 Apr 2026 08:02:44 +0000
Message-ID: <PRIV-2026-01304.r1@shop.example.be>

--000000000000e3a1c70611f84b29--
'''),
    ('pt', 'dashcam-cloud-new-event-video-base64', 'automated', (),
'''Return-Path: <alerts@mail.dashsense.example>
Received: from mail.dashsense.example (mail.dashsense.example [198.51.100.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd7Ly5Qb1z0s4Vf
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 11:49:40 +0200 (CEST)
From: DashSense Cloud <alerts@mail.dashsense.example>
To: privacy@shop.example.be
Subject: Novo vídeo de evento: colisão detetada - VAN-BX-14
Date: Thu, 16 Apr 2026 09:49:37 +0000
Message-ID: <evt.7Q2K-90LM-XW41@cloud.dashsense.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-DashSense-Event: COLLISION_SIDE
X-Mailer: DashSense Notify
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

RGFzaFNlbnNlIENsb3VkIC0gTm92byB2w61kZW8gZGUgZXZlbnRvCgpGb2kgY2FycmVnYWRvIHVt
IG5vdm8gdsOtZGVvIGRlIGV2ZW50byBwYXJhIGEgc3VhIGZyb3RhLgoKRnJvdGE6ICAgICAgICBT
aG9wIEV4YW1wbGUgLSBFbnRyZWdhcyBCcnV4ZWxhcwpWZcOtY3VsbzogICAgICBWQU4tQlgtMTQg
KDEtVlhELTc0MikKTW90b3Jpc3RhOiAgICBJRCAyMDQxOCAobm9tZSBvY3VsdG8gLSB2ZXIgcGVy
ZmlsIGRlIHByaXZhY2lkYWRlIGRhIGZyb3RhKQpFdmVudG86ICAgICAgIENvbGlzw6NvIC8gaW1w
YWN0byBsYXRlcmFsIGRldGV0YWRvIChHLXNlbnNvciAwLDYyIGcpCkRhdGEvaG9yYTogICAgMTYv
MDQvMjAyNiAxMTo0NzowOCBDRVNUCkxvY2FsOiAgICAgICAgQXZlbnVlIEJydWdtYW5uIDIxMiwg
MTE4MCBVY2NsZSAoNTAuODA5NCwgNC4zNDcyKQpEdXJhw6fDo286ICAgICAgMjAgcyBhbnRlcyAv
IDEwIHMgZGVwb2lzIGRvIGV2ZW50bwpDw6JtYXJhczogICAgICBmcm9udGFsICsgY2FiaW5lCgpW
ZXIgdsOtZGVvOiBodHRwczovL2Nsb3VkLmRhc2hzZW5zZS5leGFtcGxlL2UvN1EySy05MExNLVhX
NDEKCkVzdGUgdsOtZGVvIHBvZGUgY29udGVyIGltYWdlbnMgZGUgcGVzc29hcyBlIG1hdHLDrWN1
bGFzIGRlIHRlcmNlaXJvcy4KVHJhdGUtbyBkZSBhY29yZG8gY29tIGEgcG9sw610aWNhIGRlIHBy
aXZhY2lkYWRlIGRhIHN1YSBvcmdhbml6YcOnw6NvIGUKY29tIG8gUkdQRC4gTyB2w61kZW8gc2Vy
w6EgZWxpbWluYWRvIGF1dG9tYXRpY2FtZW50ZSBhbyBmaW0gZGUgMzAgZGlhcywKYSBtZW5vcyBx
dWUgc2VqYSBtYXJjYWRvIGNvbW8gIlByZXNlcnZhciIgcGFyYSB1bSBzaW5pc3RybyBvdQpwcm9j
ZXNzbyBqdWRpY2lhbC4KClJlY2ViZSBlc3RhIG5vdGlmaWNhw6fDo28gcG9ycXVlIG8gc2V1IGVu
ZGVyZcOnbyBlc3TDoSBuYSBsaXN0YSBkZQpkZXN0aW5hdMOhcmlvcyBkZSAiRXZlbnRvcyBncmF2
ZXMiIGRlc3RhIGZyb3RhLiBQYXJhIGFsdGVyYXIgYXMKbm90aWZpY2HDp8O1ZXMsIGFjZWRhIGEg
RGVmaW5pw6fDtWVzID4gQWxlcnRhcyBubyBwb3J0YWwgRGFzaFNlbnNlLgpOw6NvIHJlc3BvbmRh
IGEgZXN0ZSBlLW1haWwuCg==
'''),
    ('pt', 'gmail-vacation-responder-plain', 'automated', (),
'''Return-Path: <helena.coutinho.adv@gmail.com>
Received: from mail-lf1-f41.google.com (mail-lf1-f41.google.com [209.85.167.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd4Tm2Gc8z5y1Rk
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 23:58:02 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
	h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
	bh=Ws4Ed7Rf0Tg3Yh6Uj9Ik2Ol5Pz8Xa1Sc=; b=Qa9Ws2Ed5Rf8Tg1Yh4Uj7Ik0Ol3Pz6Xa9Sc2Dv5Fb8Gn1Hm
MIME-Version: 1.0
References: <PRIV-2026-01366.r1@shop.example.be>
In-Reply-To: <PRIV-2026-01366.r1@shop.example.be>
Auto-Submitted: auto-replied
From: Helena Coutinho <helena.coutinho.adv@gmail.com>
Date: Wed, 15 Apr 2026 14:58:00 -0700
Message-ID: <CAF9xVu0Kq3+Rj7Td1wSa8Nc-vacation@mail.gmail.com>
Subject: Re: Pedido de imagens da dashcam - o seu cliente Rui Carvalho [PRIV-2026-01366]
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Obrigada pelo seu email.

Estou ausente do escrit=C3=B3rio at=C3=A9 dia 24 de abril, sem acesso regul=
ar ao email. Responderei logo que poss=C3=ADvel ap=C3=B3s o meu regresso.

Helena Coutinho
Advogada
'''),
    ('pt', 'person-replies-to-fine-reminder-complaint-unanswered', 'complaint', ('deletion',),
'''Return-Path: <p.mendes.71@sapo.pt>
Received: from smtp.sapo.pt (smtp.sapo.pt [213.13.146.133])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd6Pn7Hs4z1t8Zw
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 10:26:13 +0200 (CEST)
From: Paulo Mendes <p.mendes.71@sapo.pt>
To: privacy@shop.example.be
Cc: no-reply@pcn.parkora.example
Subject: Re: Segundo aviso - PKR-2026-0377104 - transmissão a empresa de cobranças
Date: Thu, 16 Apr 2026 09:26:10 +0100
Message-ID: <b41e77c2a9f05d13@sapo.pt>
In-Reply-To: <pcn.0377104.reminder2.1776138002@notify.parkora.example>
User-Agent: SAPO Mail
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Exmos. Senhores,

Respondo a este "segundo aviso" automático porque é a única coisa que
recebo de vocês. No dia 9 de março escrevi para privacy@shop.example.be
a explicar que contesto esta coima e a pedir que os meus dados não
fossem passados a ninguém enquanto isso. Nunca me responderam e agora
ameaçam enviar o meu nome e morada para uma empresa de cobranças.

Isto é uma reclamação formal. Se até ao fim do mês não tiver resposta,
apresento queixa à Autoridade de Proteção de Dados. E quero que, depois
de isto resolvido, apaguem todas as fotos da minha matrícula (1-PMD-460)
e o meu nome e morada dos vossos sistemas e dos da Parkora.

Paulo Mendes
Rua Gachard 12, 1050 Ixelles

> SEGUNDO AVISO - PKR-2026-0377104
> Não recebemos o pagamento de 75,00 EUR. Sem pagamento até 30/04/2026,
> o processo será transmitido a uma empresa de cobranças, que receberá
> o seu nome e morada. Mensagem automática, não responda.
'''),
]

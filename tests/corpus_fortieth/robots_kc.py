"""Fortieth set, robot mail from the phone/SMS/print marketing systems and the people they reach (14 languages). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ en
    ('en', 'sms-platform-daily-stop-optout-summary', 'automated', (),
'''Return-Path: <bounces+cmp-118842@notify.txtflow.eu>
Received: from o12.notify.txtflow.eu (o12.notify.txtflow.eu [185.61.152.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xn2Jd0q7Kz9sTv
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 07:00:19 +0100 (CET)
From: TXTflow Notifications <noreply@notify.txtflow.eu>
To: privacy@shop.example.be
Subject: Daily opt-out summary - SHOPEXAMPLE-BE - 04/11/2026
Date: Thu, 05 Nov 2026 06:00:14 +0000
Message-ID: <optout-summary.118842.20261104@notify.txtflow.eu>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_txtflow_5f1c0a9e2b7d4c31"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-TXTflow-Account: SHOPEXAMPLE-BE
X-TXTflow-Notification: optout-daily

This is a multi-part message in MIME format.

--=_txtflow_5f1c0a9e2b7d4c31
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello,

Here is your opt-out summary for Wednesday 4 November 2026
(00:00-23:59, Europe/Brussels).

Account:                    SHOPEXAMPLE-BE
Short code / sender ID:     8850 / ShopExample
Opt-out keywords received:  2 (STOP)
Added to suppression list:  2
Campaigns concerned:        WK45-LOYALTY-DOUBLEPOINTS

Numbers on the suppression list are skipped automatically in every
future send from this account, including sends through the API.
The numbers are listed in the attached file.

You receive this summary because privacy@shop.example.be is the
compliance contact of this account. To change the recipient or the
frequency, go to Settings > Compliance > Notifications.

--
TXTflow - business messaging
This mailbox is not monitored. Please do not reply to this message.

--=_txtflow_5f1c0a9e2b7d4c31
Content-Type: text/csv; charset="us-ascii"; name="optouts_SHOPEXAMPLE-BE_2026-11-04.csv"
Content-Disposition: attachment; filename="optouts_SHOPEXAMPLE-BE_2026-11-04.csv"
Content-Transfer-Encoding: base64

bnVtYmVyLGtleXdvcmQscmVjZWl2ZWRfYXQKKzMyNDcwMTE4MjQzLFNUT1AsMjAyNi0xMS0wNCAw
OToxMgorMzI0ODY1NTE5MDcsc3RvcCwyMDI2LTExLTA0IDEzOjQwCg==
--=_txtflow_5f1c0a9e2b7d4c31--
'''),

    ('en', 'postfix-dsn-list-broker-user-unknown', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
        id 4XnQwB2c0Hz9sWk; Mon,  9 Nov 2026 10:15:01 +0100 (CET)
Date: Mon,  9 Nov 2026 10:15:01 +0100 (CET)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4XnQw90Lk5z9sWh.1794215701/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261109091501.4XnQwB2c0Hz9sWk@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4XnQw90Lk5z9sWh.1794215701/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.harding@listsource-direct.co.uk>: host
    mx.listsource-direct.co.uk[51.140.77.19] said: 550 5.1.1
    <j.harding@listsource-direct.co.uk>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--4XnQw90Lk5z9sWh.1794215701/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4XnQw90Lk5z9sWh
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon,  9 Nov 2026 10:14:58 +0100 (CET)

Final-Recipient: rfc822; j.harding@listsource-direct.co.uk
Original-Recipient: rfc822;j.harding@listsource-direct.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.listsource-direct.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <j.harding@listsource-direct.co.uk>:
    Recipient address rejected: User unknown in virtual mailbox table

--4XnQw90Lk5z9sWh.1794215701/mx1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from app01.int.shop.example.be (app01.int.shop.example.be [10.20.0.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnQw90Lk5z9sWh
        for <j.harding@listsource-direct.co.uk>; Mon,  9 Nov 2026 10:14:58 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: j.harding@listsource-direct.co.uk
Subject: Origin of the address file rented in September (our ref. PRV-2026-1207)
Date: Mon, 9 Nov 2026 10:14:55 +0100
Message-ID: <PRV-2026-1207.3.20261109101455@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Mr Harding,

A customer who received our September catalogue has asked us where we
obtained his name and postal address. Our records show that his address
was part of file LSD-0926-BE-ANTW, rented from ListSource Direct under
order 26-3381.

Could you tell us, within ten days, from which source your company
obtained this record, on what legal basis and on what date? Please also
flag the record so that it is no longer supplied to us or to others.

Kind regards,

Els Van den Broeck
Privacy team, Shop Example BV
privacy@shop.example.be

--4XnQw90Lk5z9sWh.1794215701/mx1.shop.example.be--
'''),

    ('en', 'exchange-online-ooo-list-rental-account-manager', 'automated', (),
'''Return-Path: <priya.natarajan@datareach-lists.co.uk>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xm7Rk3fTnz9sVq
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 17:42:11 +0100 (CET)
Received: from AM9PR04MB8321.eurprd04.prod.outlook.com (2603:10a6:20b:3e1::9)
 by AM9PR04MB8321.eurprd04.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.21;
 Tue, 3 Nov 2026 16:42:09 +0000
From: Priya Natarajan <priya.natarajan@datareach-lists.co.uk>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Proof of consent for the SMS list rented in October
 (ref. PRV-2026-1213)
Thread-Topic: Proof of consent for the SMS list rented in October (ref.
 PRV-2026-1213)
Thread-Index: AQHbT3k2yQ1cVb0pTk2x8Tn3uYlH8Q==
Date: Tue, 3 Nov 2026 16:42:09 +0000
Message-ID: <AM9PR04MB83217E5A0B7C2D1F9E6A4C0BD2342@AM9PR04MB8321.eurprd04.prod.outlook.com>
In-Reply-To: <PRV-2026-1213.1.20261103174155@shop.example.be>
References: <PRV-2026-1213.1.20261103174155@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: priya.natarajan@datareach-lists.co.uk
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: en-GB
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Thank you for your email. I am out of the office until Monday 16 November w=
ith limited access to email.

For anything urgent about list orders, data cards or counts, please contact=
 our data team at data@datareach-lists.co.uk or call 020 7946 0183.

Kind regards,
Priya

Priya Natarajan | Senior Account Manager | DataReach Lists Ltd
'''),

    ('en', 'challenge-response-antispam-verify-sender', 'automated', (),
'''Return-Path: <verify-bounce-7Qm2xK9bLr4T@mailguard-cr.net>
Received: from out3.mailguard-cr.net (out3.mailguard-cr.net [162.243.18.204])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XpB1m6wJcz9sZ2
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 15:03:47 +0100 (CET)
From: "d.okafor@growthfunnel-media.com via MailGuard" <verify@mailguard-cr.net>
Reply-To: verify+7Qm2xK9bLr4T@mailguard-cr.net
To: privacy@shop.example.be
Subject: Please verify your message to d.okafor@growthfunnel-media.com
Date: Tue, 10 Nov 2026 14:03:45 +0000
Message-ID: <cr.7Qm2xK9bLr4T.1794319425@mailguard-cr.net>
In-Reply-To: <PRV-2026-1238.1.20261110150211@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied
Precedence: junk
X-MailGuard-Challenge: 7Qm2xK9bLr4T

Hello,

You recently sent a message to d.okafor@growthfunnel-media.com.

To stop spam, d.okafor@growthfunnel-media.com only accepts email from
senders on an approved list. Your address is not on that list yet.

To get your message delivered, open the link below and tick the box.
You only have to do this once.

   https://verify.mailguard-cr.net/c/7Qm2xK9bLr4T

Your message:
   From:    privacy@shop.example.be
   Subject: Request to remove our customers' records from your lead database
   Date:    10 Nov 2026 15:02

If the message is not verified within 72 hours it will be deleted
without being read.

--
MailGuard - challenge/response spam protection
'''),

    ('en', 'leadgen-new-leads-available-alert', 'automated', (),
'''Return-Path: <bounce-88213-lead_alert@mail.leadharbor.io>
Received: from mail.leadharbor.io (mail.leadharbor.io [3.248.91.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xnr8T2kVwz9sXc
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 09:30:06 +0100 (CET)
From: LeadHarbor <alerts@leadharbor.io>
Reply-To: LeadHarbor Support <support@leadharbor.io>
To: privacy@shop.example.be
Subject: 23 new leads ready: "Win a Garden Makeover" (Shop Example BE)
Date: Fri, 06 Nov 2026 08:30:02 +0000
Message-ID: <0102019a2f6c1b7e-lead-alert-88213-4471@mail.leadharbor.io>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="lh_alt_7c2f90ab41de"
List-Unsubscribe: <https://app.leadharbor.io/notifications/unsubscribe?u=88213&t=lead_alert>,
 <mailto:unsubscribe+88213@leadharbor.io>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-LH-Workspace: shop-example-be
X-LH-Notification: lead_alert

--lh_alt_7c2f90ab41de
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hi there,

23 new leads were captured for your campaign "Win a Garden Makeover"
in the last 24 hours.

  Total leads to date:          1,486
  New since last alert:         23
  Opted in to partner offers:   17 of 23
  Channels consented:           email, SMS, phone

Download them as CSV or push them to your CRM from the dashboard:
https://app.leadharbor.io/campaigns/4471/leads?since=2026-11-05

Leads are kept for 90 days after the campaign ends and then deleted
automatically.

You're getting this alert because you're a member of the Shop Example BE
workspace. Manage alerts: https://app.leadharbor.io/settings/notifications

LeadHarbor Ltd, 21 Dock Street, Leeds LS10 1JF, United Kingdom

--lh_alt_7c2f90ab41de
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<!DOCTYPE html>
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2433">
<p>Hi there,</p>
<p><strong>23 new leads</strong> were captured for your campaign
<strong>&quot;Win a Garden Makeover&quot;</strong> in the last 24 hours.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Total leads to date</td><td><strong>1,486</strong></td></tr>
<tr><td>New since last alert</td><td><strong>23</strong></td></tr>
<tr><td>Opted in to partner offers</td><td>17 of 23</td></tr>
<tr><td>Channels consented</td><td>email, SMS, phone</td></tr>
</table>
<p><a href="https://app.leadharbor.io/campaigns/4471/leads?since=2026-11-05"
style="background:#0b6cf0;color:#fff;padding:8px 14px;text-decoration:none">View leads</a></p>
<p style="font-size:12px;color:#6b7280">Leads are kept for 90 days after the campaign ends and then deleted automatically.<br>
You're getting this alert because you're a member of the Shop Example BE workspace.
<a href="https://app.leadharbor.io/settings/notifications">Manage alerts</a><br>
LeadHarbor Ltd, 21 Dock Street, Leeds LS10 1JF, United Kingdom</p>
</body></html>

--lh_alt_7c2f90ab41de--
'''),

    ('en', 'person-pastes-sms-asks-where-number-came-from', 'access', (),
'''Return-Path: <callum.rees84@gmail.com>
Received: from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmZ6c1yD8z9sVd
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 08:51:37 +0100 (CET)
Received: by mail-wr1-f41.google.com with SMTP id ffacd0b85a97d-38f2f4c1b2aso118277f8f.2
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 23:51:36 -0800 (PST)
From: Callum Rees <callum.rees84@gmail.com>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: Text message I got this morning
Date: Wed, 4 Nov 2026 08:51:22 +0100
Message-Id: <6B1F0E2A-91C4-4D0B-8E57-3F2A7C9D11E4@gmail.com>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Hi,

Got this text at 7.40 this morning on my work phone:

=E2=80=9CShopExample: Dubbele punten op je klantenkaart deze week! Alleen t/=
m zondag. Stop? Sms STOP naar 8850=E2=80=9D

I=E2=80=99ve never given you this number. I don=E2=80=99t have a loyalty ca=
rd, and the one time I ordered online (2024) I used my personal mobile, not=
 this one. So where did you get it?

Please tell me what personal data you hold about me, where each bit came fr=
om and who you=E2=80=99ve passed it to.

Callum Rees

Sent from my iPhone=
'''),

    # ------------------------------------------------------------------ nl
    ('nl', 'mailing-house-weekly-undeliverable-returns-report', 'automated', (),
'''Return-Path: <noreply@mailinghuisdekempen.be>
Received: from smtp.mailinghuisdekempen.be (smtp.mailinghuisdekempen.be [91.183.42.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnPj53sLmz9sWb
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 07:15:44 +0100 (CET)
From: Retourverwerking Mailinghuis De Kempen <noreply@mailinghuisdekempen.be>
To: privacy@shop.example.be
Cc: marketing@shop.example.be
Subject: Retourrapport job 26-4471 "Najaarsfolder klantenkaart" - week 45
Date: Mon, 9 Nov 2026 07:15:40 +0100
Message-ID: <retour.26-4471.w45.1794204940@mailinghuisdekempen.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Mailer: RetourTrack 3.2

Geachte klant,

Hierbij het wekelijkse overzicht van de retourzendingen die bpost ons voor
uw job heeft terugbezorgd.

Job:                26-4471 Najaarsfolder klantenkaart
Verzonden:          41.820 stuks (postdatum 27/10/2026)
Retour tot nu toe:  312

  Verhuisd, nieuw adres onbekend     188
  Adres onvolledig / onjuist          71
  Geweigerd                           12
  Overleden                            9
  Onbekend op dit adres               32

De retouren zijn ingescand en gekoppeld aan uw klantnummers. Het bestand
retour_26-4471_w45.csv staat klaar op de SFTP-server (map /out/shopexample)
en blijft 30 dagen beschikbaar. Daarna wordt het automatisch verwijderd.

Wij raden aan de adressen met reden =E2=80=9COverleden=E2=80=9D en =E2=80=
=9CGeweigerd=E2=80=9D niet meer te gebruiken voor volgende verzendingen.

Dit is een automatisch gegenereerd bericht. Vragen? Mail naar
planning@mailinghuisdekempen.be of bel 014 58 22 90.

Mailinghuis De Kempen NV =C2=B7 Industrieweg 12 =C2=B7 2440 Geel
'''),

    ('nl', 'web-to-print-proof-ready-for-approval', 'automated', (),
'''Return-Path: <noreply@portal.drukkerijvanroy.be>
Received: from web02.drukkerijvanroy.be (web02.drukkerijvanroy.be [81.246.70.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnSb81rQ2z9sWt
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 11:02:27 +0100 (CET)
Date: Mon, 9 Nov 2026 11:02:24 +0100
To: privacy@shop.example.be
From: Drukwerkportaal Van Roy <noreply@portal.drukkerijvanroy.be>
Reply-To: Prepress Van Roy <prepress@drukkerijvanroy.be>
Subject: Drukproef klaar voor goedkeuring - order 2026-11873
Message-ID: <Xk2mQ9rL0pT4vW8yZ3aC6eF1hJ5nR7sU@portal.drukkerijvanroy.be>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Beste klant,

De digitale drukproef voor uw order staat klaar in het portaal.

Order:        2026-11873
Product:      Adreskaart klantenkaart A6, 4/4, 350 g mat
Oplage:       25.000
Proefversie:  2 (na correcties van 05/11)

Bekijk en keur de proef goed via:
https://portal.drukkerijvanroy.be/proof/2026-11873/v2

Let op: de productie start pas na uw goedkeuring. Keurt u vóór dinsdag
10/11 12:00 goed, dan blijft de geplande verzenddatum (donderdag 12/11)
behouden.

U ontvangt dit bericht omdat u door marketing@shop.example.be als
goedkeurder aan deze order bent toegevoegd.

Met vriendelijke groet,
Drukkerij Van Roy – prepress

Dit is een automatisch bericht; antwoorden op dit adres worden niet gelezen.
'''),

    ('nl', 'outsourced-callcentre-helpdesk-ticket-ack', 'automated', (),
'''Return-Path: <support@callplus-antwerpen.be>
Received: from mail-out2.helpdeskmail.eu (mail-out2.helpdeskmail.eu [5.134.11.82])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xm8Dq4bWvz9sVh
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 14:10:31 +0100 (CET)
From: CallPlus Klantendienst <support@callplus-antwerpen.be>
Reply-To: CallPlus Klantendienst <support+id48213@callplus-antwerpen.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: [CallPlus] Re: Verzoek tot verwijdering van nummer uit belbestand
Date: Tue, 03 Nov 2026 13:10:29 +0000
Message-ID: <0Z4K7E9Q2L_6547a1c3e_sprut@callplus-antwerpen.be>
In-Reply-To: <PRV-2026-1222.1.20261103141012@shop.example.be>
References: <PRV-2026-1222.1.20261103141012@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
X-Mailer: HelpdeskMail
X-Helpdesk-Ticket-Id: 48213

##- Typ uw antwoord boven deze regel -##

Beste,

Bedankt voor uw bericht. Wij hebben uw aanvraag goed ontvangen onder
ticketnummer #48213.

Een medewerker van ons team Compliance bekijkt uw vraag zo snel mogelijk,
normaal binnen 3 werkdagen. U hoeft ons niet opnieuw te mailen. Wilt u
iets toevoegen, antwoord dan gewoon op deze e-mail en laat het onderwerp
ongewijzigd.

Met vriendelijke groeten,
Klantendienst CallPlus

Dit is een automatisch bericht.

[E9K2L-7PQ4]
'''),

    ('nl', 'exchange-afwezigheid-callcentre-teamleader', 'automated', (),
'''Return-Path: <nathalie.desmet@callplus-antwerpen.be>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2108.outbound.protection.outlook.com [40.107.249.108])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xnb0H7p3Cz9sX4
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 09:47:12 +0100 (CET)
From: Nathalie De Smet <nathalie.desmet@callplus-antwerpen.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Bel-me-niet-meer: klacht mevrouw Peeters (ref.
 PRV-2026-1226)
Thread-Topic: Bel-me-niet-meer: klacht mevrouw Peeters (ref. PRV-2026-1226)
Thread-Index: AQHbUq1RvD3ZkC0f7kS4PQm2h1X0jg==
Date: Tue, 10 Nov 2026 08:47:10 +0000
Message-ID: <DB9PR02MB7264C1A55E3F0B8D9A2E7F13B6612@DB9PR02MB7264.eurprd02.prod.outlook.com>
In-Reply-To: <PRV-2026-1226.2.20261110094655@shop.example.be>
References: <PRV-2026-1226.2.20261110094655@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: nathalie.desmet@callplus-antwerpen.be
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: nl-BE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Goedemiddag,

Ik ben afwezig tot en met vrijdag 13 november en heb geen toegang tot mijn =
mailbox. Uw bericht wordt niet doorgestuurd.

Voor dringende vragen over lopende campagnes kunt u terecht bij Sven Wouter=
s (sven.wouters@callplus-antwerpen.be, 03 201 44 80).

Met vriendelijke groeten,

Nathalie De Smet
Teamleider outbound | CallPlus Antwerpen
'''),

    ('nl', 'person-forwards-callcentre-confirmation-never-agreed', 'deletion', (),
'''Return-Path: <ria.vermeulen@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnDc73YkMz9sVw
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 09:14:36 +0100 (CET)
Received: from [192.168.1.23] ([94.225.180.14])
        by michel.telenet-ops.be with bizsmtp
        id aZ4c2b00F0Ut3Qm01Z4cWx; Thu, 05 Nov 2026 09:14:36 +0100
Message-ID: <a3f1c2d8-6b1e-4f77-9c0a-1b2e3d4f5a6b@telenet.be>
Date: Thu, 5 Nov 2026 09:14:33 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: nl
To: privacy@shop.example.be
From: Ria Vermeulen <ria.vermeulen@telenet.be>
Subject: Fwd: Bevestiging van uw gesprek met Shop Example
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Ik heb hier nooit mee ingestemd. Wis al mijn gegevens.

R. Vermeulen


-------- Doorgestuurd bericht --------
Onderwerp: 	Bevestiging van uw gesprek met Shop Example
Datum: 	Wed, 4 Nov 2026 18:22:05 +0100
Van: 	Shop Example via CallPlus <noreply@callplus-antwerpen.be>
Aan: 	ria.vermeulen@telenet.be



Beste mevrouw Vermeulen,

Bedankt voor uw telefoongesprek met onze medewerker op 4 november 2026.
Zoals besproken hebben wij uw inschrijving genoteerd voor:

   - het Shop Example Voordeelprogramma (digitale klantenkaart)
   - de wekelijkse nieuwsbrief
   - telefonische en sms-aanbiedingen van Shop Example en partners

Uw klantnummer: 7704 2291 5530

Wilt u iets wijzigen? Surf naar shop.example.be/mijnaccount.

Met vriendelijke groeten,
Het Shop Example-team

Dit is een automatisch bericht. Antwoorden op dit adres worden niet
gelezen.
'''),

    ('nl', 'person-printhouse-employee-question-about-proof', 'other', (),
'''Return-Path: <joke.claes@drukkerijvanroy.be>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2113.outbound.protection.outlook.com [40.107.103.113])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnVq02bKxz9sX1
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 13:38:50 +0100 (CET)
From: Joke Claes <joke.claes@drukkerijvanroy.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
CC: "marketing@shop.example.be" <marketing@shop.example.be>
Subject: RE: Drukproef klaar voor goedkeuring - order 2026-11873
Thread-Topic: Drukproef klaar voor goedkeuring - order 2026-11873
Thread-Index: AQHbUm3nH0f2i2m9ZkqO5bQXw1X2kQ==
Date: Mon, 9 Nov 2026 12:38:47 +0000
Message-ID: <AS8PR03MB6982A0F5E1D44C7B3E92DA10C9902@AS8PR03MB6982.eurprd03.prod.outlook.com>
References: <Xk2mQ9rL0pT4vW8yZ3aC6eF1hJ5nR7sU@portal.drukkerijvanroy.be>
In-Reply-To: <Xk2mQ9rL0pT4vW8yZ3aC6eF1hJ5nR7sU@portal.drukkerijvanroy.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Goedemiddag,

Ik mail jullie rechtstreeks, omdat de drukproef van order 2026-11873 nog ni=
et is goedgekeurd en jullie adres als goedkeurder in de order staat.

Op de achterkant, in het blokje over privacy, staat nog =E2=80=9Cprivacy@sh=
opexample.be=E2=80=9D zonder punt. Moet dat privacy@shop.example.be zijn? D=
an passen wij dat meteen aan in versie 3.

Als we v=C3=B3=C3=B3r 15u een akkoord hebben, halen we de verzending van do=
nderdag nog.

Alvast bedankt,

Joke Claes
Prepress | Drukkerij Van Roy NV
T 015 27 61 30 | joke.claes@drukkerijvanroy.be
Mechelsesteenweg 210, 2860 Sint-Katelijne-Waver

Denk aan het milieu voor u deze e-mail afdrukt.
Deze e-mail en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd=
 voor de geadresseerde(n). Indien u dit bericht per vergissing ontving, geli=
eve de afzender te verwittigen en het bericht te verwijderen.

-----Oorspronkelijk bericht-----
Van: Drukwerkportaal Van Roy <noreply@portal.drukkerijvanroy.be>=20
Verzonden: maandag 9 november 2026 11:02
Aan: privacy@shop.example.be
Onderwerp: Drukproef klaar voor goedkeuring - order 2026-11873

Beste klant,

De digitale drukproef voor uw order staat klaar in het portaal.

Order:        2026-11873
Product:      Adreskaart klantenkaart A6, 4/4, 350 g mat
Oplage:       25.000
Proefversie:  2 (na correcties van 05/11)

Bekijk en keur de proef goed via:
https://portal.drukkerijvanroy.be/proof/2026-11873/v2

Let op: de productie start pas na uw goedkeuring. Keurt u v=C3=B3=C3=B3r di=
nsdag 10/11 12:00 goed, dan blijft de geplande verzenddatum (donderdag 12/1=
1) behouden.

Dit is een automatisch bericht; antwoorden op dit adres worden niet gelezen.
'''),

    # ------------------------------------------------------------------ fr
    ('fr', 'telemarketing-do-not-call-register-check-report', 'automated', (),
'''Return-Path: <rapports@voxdial.be>
Received: from relay1.voxdial.be (relay1.voxdial.be [77.109.97.146])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmW2s0FhGz9sVk
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 22:04:18 +0100 (CET)
From: VoxDial - Rapports <rapports@voxdial.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Rapport_de_nettoyage_:_liste_=C2=AB_Relance_fid=C3=A9lit=C3=A9_nov?=
 =?UTF-8?Q?=2E_=C2=BB_compar=C3=A9e_=C3=A0_la_liste_Ne_m'appelez_plus?=
Date: Tue, 3 Nov 2026 22:04:15 +0100
Message-ID: <dnc-check.71822.20261103220415@voxdial.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-VoxDial-Job: DNC-71822

Bonjour,

Le traitement de votre fichier est termin=C3=A9.

Fichier import=C3=A9 :         relance_fidelite_nov26_FR.csv
Campagne :               SHOPEX-FID-RELANCE-1126
Lignes lues :            6 482
Num=C3=A9ros invalides :      57
Doublons supprim=C3=A9s :     0
Inscrits sur la liste
=C2=AB Ne m'appelez plus =C2=BB :  911 (exclus de la campagne)
Num=C3=A9ros appelables :     5 514

Version de la liste utilis=C3=A9e : 02/11/2026.

Les num=C3=A9ros exclus ne seront compos=C3=A9s ni par les agents ni par le
num=C3=A9roteur automatique. Le d=C3=A9tail ligne par ligne reste disponible
30 jours dans votre espace client, rubrique Listes > Historique.

Ce message est envoy=C3=A9 automatiquement, merci de ne pas y r=C3=A9pondre=
.

VoxDial =E2=80=93 solutions pour centres de contact
'''),

    ('fr', 'gmail-vacation-responder-raffle-organiser', 'automated', (),
'''Return-Path: <s.lemaire@jeuxconcours-orga.fr>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmgM80tRbz9sVr
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 10:27:40 +0100 (CET)
Received: by mail-sor-f69.google.com with SMTP id 5b1f17b1804b1-4362a8c4f1dso2210115e9.1
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 01:27:39 -0800 (PST)
MIME-Version: 1.0
From: Sandrine Lemaire <s.lemaire@jeuxconcours-orga.fr>
Date: Wed, 4 Nov 2026 10:27:39 +0100
Message-ID: <CAJh7pQ2x=vacation+Rt5kE3mW8yL1bN0sD4fG6hK9cV2xZ7a@mail.gmail.com>
Subject: =?UTF-8?Q?Absente_jusqu'au_13_novembre?=
To: privacy@shop.example.be
In-Reply-To: <PRV-2026-1216.1.20261104102702@shop.example.be>
References: <PRV-2026-1216.1.20261104102702@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000a41f2c0624e1b7d3"

--000000000000a41f2c0624e1b7d3
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis en cong=C3=A9 jusqu'au vendredi 13 novembre inclus, sans acc=C3=A8s=
 =C3=A0 mes e-mails.

Pour toute question sur vos jeux-concours en cours (tirages au sort, r=C3=
=A8glements, fichiers de participants), merci d'=C3=A9crire =C3=A0
support@jeuxconcours-orga.fr : l'=C3=A9quipe vous r=C3=A9pondra.

Bien cordialement,
Sandrine Lemaire

--000000000000a41f2c0624e1b7d3
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Bonjour,<br><br>Je suis en cong=C3=A9 jusqu&#39;au vendred=
i 13 novembre inclus, sans acc=C3=A8s =C3=A0 mes e-mails.<br><br>Pour toute =
question sur vos jeux-concours en cours (tirages au sort, r=C3=A8glements, f=
ichiers de participants), merci d&#39;=C3=A9crire =C3=A0 <a href=3D"mailto:=
support@jeuxconcours-orga.fr">support@jeuxconcours-orga.fr</a> : l&#39;=C3=
=A9quipe vous r=C3=A9pondra.<br><br>Bien cordialement,<br>Sandrine Lemaire<=
/div>

--000000000000a41f2c0624e1b7d3--
'''),

    ('fr', 'routing-house-mass-post-deposit-confirmation', 'automated', (),
'''Return-Path: <jobs@routage-mosan.be>
Received: from mail.routage-mosan.be (mail.routage-mosan.be [193.191.208.37])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmsT90vGpz9sVy
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 14:31:02 +0100 (CET)
From: Routage Mosan - Suivi des jobs <jobs@routage-mosan.be>
To: privacy@shop.example.be, marketing@shop.example.be
Subject: =?UTF-8?Q?D=C3=A9p=C3=B4t_effectu=C3=A9_=E2=80=93_job_26-0917_Catalogue_No?=
 =?UTF-8?Q?=C3=ABl_2026?=
Date: Fri, 6 Nov 2026 14:30:58 +0100
Message-ID: <job-26-0917-depot-20261106143058@routage-mosan.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Mailer: JobTrack 5

Bonjour,

Votre envoi a été remis à bpost.

Job :                 26-0917 – Catalogue Noël 2026 (FR + NL)
Plis déposés :        18 240
Centre de dépôt :     Charleroi X
Date de dépôt :       06/11/2026 à 14:05
Tarif :               Mass Post – non prioritaire
Distribution prévue : du 09/11 au 12/11/2026

Le bordereau de dépôt signé et le rapport de mise sous pli sont
disponibles dans votre espace client (Mes jobs > 26-0917 > Documents).

Les fichiers d'adresses fournis pour ce job seront supprimés de nos
serveurs le 20/11/2026, conformément au contrat de sous-traitance.

Routage Mosan SA
Ceci est un message automatique, merci de ne pas y répondre.
'''),

    ('fr', 'event-registration-retention-deletion-notice', 'automated', (),
'''Return-Path: <bounce+f3a91c@mail.eventeo.be>
Received: from mail.eventeo.be (mail.eventeo.be [52.17.203.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnL5w2zPdz9sWd
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 03:00:41 +0100 (CET)
From: Eventeo <no-reply@eventeo.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Les_donn=C3=A9es_des_participants_de_=C2=AB_Soir=C3=A9e_VIP_Carte?=
 =?UTF-8?Q?_Fid=C3=A9lit=C3=A9_=E2=80=93_Li=C3=A8ge_=C2=BB_seront_supprim=C3=A9es_le_16/11?=
Date: Sun, 08 Nov 2026 02:00:37 +0000
Message-ID: <retention.18820.5521.1794103237@eventeo.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Eventeo-Template: retention_warning_7d

Bonjour,

L'événement « Soirée VIP Carte Fidélité – Liège » (organisateur :
Shop Example BV) a eu lieu le 17/10/2026.

Conformément à la durée de conservation choisie à la création de
l'événement (30 jours après la date de l'événement), les données des
214 participants inscrits seront supprimées définitivement le lundi
16/11/2026 :

  - nom, prénom, e-mail, téléphone
  - réponses au formulaire d'inscription
  - billets et historique des entrées

Les statistiques anonymes resteront disponibles.

Si vous devez conserver un export, téléchargez-le avant cette date :
https://app.eventeo.be/org/5521/events/18820/export

Vous recevez cet e-mail en tant que contact « protection des données »
de l'organisation Shop Example BV.

L'équipe Eventeo
Cet e-mail a été envoyé automatiquement. Merci de ne pas y répondre.
'''),

    ('fr', 'person-long-legal-footer-asks-to-freeze-data', 'restriction', (),
'''Return-Path: <laurence.dupont@assurances-meuse.be>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2090.outbound.protection.outlook.com [40.107.13.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmnS24JwLz9sVt
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 12:18:03 +0100 (CET)
From: Dupont Laurence <laurence.dupont@assurances-meuse.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Contestation_-_donn=E9es_transmises_par_votre_centre_d'a?=
 =?iso-8859-1?Q?ppels?=
Thread-Topic: =?iso-8859-1?Q?Contestation_-_donn=E9es_transmises_par_votre_centre_d'a?=
 =?iso-8859-1?Q?ppels?=
Thread-Index: AdtPQ0r7kYl1n3mGQ2a0cR8VZx5T1A==
Date: Thu, 5 Nov 2026 11:17:59 +0000
Message-ID: <PA4PR08MB7403D2B64C1E9A0F37B5E4C1A8E32@PA4PR08MB7403.eurprd08.prod.outlook.com>
Accept-Language: fr-BE, en-US
Content-Language: fr-FR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Madame, Monsieur,

Le 21 octobre, un agent d'un centre d'appels travaillant pour Shop Example =
m'a appel=E9e sur mon portable. Selon lui, j'aurais donn=E9 mon accord par =
t=E9l=E9phone en septembre pour recevoir vos offres et pour que mon num=E9r=
o soit communiqu=E9 =E0 vos partenaires. Je n'ai jamais donn=E9 cet accord =
et je conteste l'exactitude de cette information.

Pendant que vous v=E9rifiez ce point, je vous demande de limiter le traitem=
ent de mes donn=E9es : ne les utilisez plus, ne les transmettez plus =E0 pe=
rsonne, mais ne les effacez pas non plus. Je souhaite qu'elles soient conse=
rv=E9es telles quelles, y compris l'enregistrement de l'appel s'il existe, =
car je pourrais en avoir besoin pour faire valoir mes droits.

Merci de me confirmer par =E9crit la mise en place de cette limitation.

Laurence Dupont
GSM : 0475 62 18 93

Laurence Dupont
Gestionnaire sinistres
Assurances Meuse SA | Boulevard Cauchy 11, 5000 Namur
T=E9l. +32 81 24 60 00

AVERTISSEMENT : Ce message et toutes les pi=E8ces jointes sont confidentiel=
s et =E9tablis =E0 l'intention exclusive de leurs destinataires. Toute util=
isation ou diffusion non autoris=E9e est interdite. Si vous recevez ce mess=
age par erreur, merci de le d=E9truire et d'en avertir imm=E9diatement l'ex=
p=E9diteur. Assurances Meuse SA d=E9cline toute responsabilit=E9 au titre d=
e ce message s'il a =E9t=E9 alt=E9r=E9, d=E9form=E9 ou falsifi=E9. Les donn=
=E9es =E0 caract=E8re personnel vous concernant sont trait=E9es conform=E9m=
ent =E0 notre politique de protection des donn=E9es, disponible sur www.ass=
urances-meuse.be/vie-privee. Assurances Meuse SA - entreprise d'assurances =
agr=E9=E9e sous le n=B0 1234 - RPM Namur - TVA BE 0412.345.678.

P Pensez =E0 l'environnement avant d'imprimer ce message.
'''),

    # ------------------------------------------------------------------ de
    ('de', 'lettershop-postal-returns-evaluation-ready', 'automated', (),
'''Return-Path: <adressservice@lettershop-rheinland.de>
Received: from mout.lettershop-rheinland.de (mout.lettershop-rheinland.de [212.227.126.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmdH61gXfz9sVn
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 06:45:22 +0100 (CET)
From: =?UTF-8?Q?Lettershop_Rheinland_=E2=80=93_Adressservice?= <adressservice@lettershop-rheinland.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?R=C3=BCckl=C3=A4uferauswertung_zu_Auftrag_2611-0342_verf=C3=BCgbar?=
Date: Wed, 4 Nov 2026 06:45:19 +0100
Message-ID: <ruecklaeufer.2611-0342.20261104064519@lettershop-rheinland.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Mailer: LS-Adressportal

Sehr geehrte Damen und Herren,

f=C3=BCr Ihre Sendung =E2=80=9EHerbstmailing Kundenkarte DE=E2=80=9C (Auftr=
ag 2611-0342, Einlieferung 19.10.2026, 9.860 Sendungen) liegen uns 1.284 el=
ektronische R=C3=BCckmeldungen der Deutschen Post vor:

  Umzug, neue Anschrift bekannt        702
  Unbekannt verzogen                   331
  Anschrift unzureichend               213
  Empf=C3=A4nger verstorben                  38

Die Auswertung mit den aktualisierten Anschriften steht ab sofort im
Kundenportal unter Auftr=C3=A4ge > 2611-0342 > Dateien zum Download bereit
(verf=C3=BCgbar bis 07.12.2026).

Bitte beachten Sie: Neue Anschriften aus dem Nachsendeservice d=C3=BCrfen
nur zur Aktualisierung bestehender Kundenbeziehungen genutzt werden.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

Lettershop Rheinland GmbH =C2=B7 Robert-Bosch-Str. 8 =C2=B7 50769 K=C3=B6ln
'''),

    ('de', 'hcl-notes-abwesenheitsnotiz-callcentre', 'automated', (),
'''Return-Path: <markus.hoelzl@dialog-direkt-koeln.de>
Received: from notes-gw.dialog-direkt-koeln.de (notes-gw.dialog-direkt-koeln.de [195.243.160.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmjP13cZqz9sVs
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:52:08 +0100 (CET)
Subject: =?UTF-8?Q?Abwesenheitsnotiz:_L=C3=B6schersuchen_=E2=80=93_Nummer_aus_all?=
 =?UTF-8?Q?en_Anruflisten_entfernen_(Ref._PRV-2026-1231)?=
From: =?UTF-8?Q?Markus_H=C3=B6lzl?= <markus.hoelzl@dialog-direkt-koeln.de>
To: privacy@shop.example.be
Date: Wed, 4 Nov 2026 15:52:05 +0100
Message-ID: <OF8A2C41F3.77E1D0B9-ONC1258C2E.0051A8F2-C1258C2E.0051A8F3@dialog-direkt-koeln.de>
In-Reply-To: <PRV-2026-1231.1.20261104155149@shop.example.be>
X-Mailer: HCL Notes Release 12.0.2FP3 June 12, 2024
Auto-Submitted: auto-replied
X-MIMETrack: Serialize by Router on NOTESGW01/DDK(Release 12.0.2FP3|June 12, 2024) at
 04.11.2026 15:52:05
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Ich bin bis einschlie=C3=9Flich Freitag, 13.11.2026, nicht im B=C3=BCro und h=
abe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleit=
et.

In dringenden F=C3=A4llen wenden Sie sich bitte an unser Compliance-Team:
compliance@dialog-direkt-koeln.de oder +49 221 987654-0.

Mit freundlichen Gr=C3=BC=C3=9Fen
Markus H=C3=B6lzl
Projektleitung Outbound
Dialog Direkt K=C3=B6ln GmbH
'''),

    ('de', 'exchange-online-ndr-german-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2101.outbound.protection.outlook.com [40.107.104.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Xnk5c4mYsz9sX8
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 14:27:46 +0100 (CET)
From: postmaster@lettershoprheinland.onmicrosoft.com
To: privacy@shop.example.be
Date: Tue, 10 Nov 2026 13:27:44 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a7c2e1f0-3b44-4c8e-9d61-2f0b7e5a9c13"
MIME-Version: 1.0
Message-ID: <d41e8a77-0c2b-4f3e-b9a5-6e7f1c2d3a4b@DB9PR07MB7810.eurprd07.prod.outlook.com>
In-Reply-To: <PRV-2026-1235.1.20261110142731@shop.example.be>
References: <PRV-2026-1235.1.20261110142731@shop.example.be>
Subject: =?utf-8?Q?Unzustellbar:_L=C3=B6schung_von_Adressen_aus_Ihrem_R=C3=BCckl?=
 =?utf-8?Q?=C3=A4uferbestand?=
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE

--a7c2e1f0-3b44-4c8e-9d61-2f0b7e5a9c13
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht an t.brandt@lettershop-rheinland.de konnte nicht =C3=BCberm=
ittelt werden.

t.brandt wurde in lettershop-rheinland.de nicht gefunden.

Fehlerursache: Die E-Mail-Adresse, an die Sie Ihre Nachricht senden wollten=
, wurde in der E-Mail-Organisation des Empf=C3=A4ngers nicht gefunden. M=C3=
=B6glicherweise ist sie falsch geschrieben, oder sie existiert nicht mehr.

Versuchen Sie Folgendes: Senden Sie die Nachricht erneut. Pr=C3=BCfen Sie v=
orher die Schreibweise der Adresse, oder wenden Sie sich auf anderem Weg an =
den Empf=C3=A4nger.

Diagnoseinformationen f=C3=BCr Administratoren:

Generierender Server: DB9PR07MB7810.eurprd07.prod.outlook.com

t.brandt@lettershop-rheinland.de
Remoteserver hat "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient t.br=
andt@lettershop-rheinland.de not found by SMTP address lookup" zur=C3=BCckg=
egeben.

--a7c2e1f0-3b44-4c8e-9d61-2f0b7e5a9c13
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR07MB7810.eurprd07.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Tue, 10 Nov 2026 13:27:41 +0000

Final-Recipient: rfc822;t.brandt@lettershop-rheinland.de
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 t.brandt@lettershop-rheinland.de not found by SMTP address lookup

--a7c2e1f0-3b44-4c8e-9d61-2f0b7e5a9c13
Content-Type: text/rfc822-headers

Received: from mx1.shop.example.be (81.82.200.14) by
 DB9PR07MB7810.mail.protection.outlook.com (10.167.242.77) with Microsoft SMTP
 Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.21 via
 Frontend Transport; Tue, 10 Nov 2026 13:27:41 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: t.brandt@lettershop-rheinland.de
Subject: =?utf-8?Q?L=C3=B6schung_von_Adressen_aus_Ihrem_R=C3=BCckl=C3=A4uferbestand?=
Date: Tue, 10 Nov 2026 14:27:31 +0100
Message-ID: <PRV-2026-1235.1.20261110142731@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--a7c2e1f0-3b44-4c8e-9d61-2f0b7e5a9c13--
'''),

    ('de', 'dialler-abandon-rate-alarm', 'automated', (),
'''Return-Path: <noreply-monitoring@dialog-direkt-koeln.de>
Received: from mon01.dialog-direkt-koeln.de (mon01.dialog-direkt-koeln.de [195.243.160.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnFw82hVbz9sVx
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 13:00:07 +0100 (CET)
From: Dialer-Monitoring <noreply-monitoring@dialog-direkt-koeln.de>
To: eskalation-shopex@dialog-direkt-koeln.de
Cc: privacy@shop.example.be
Subject: [ALARM] Kampagne SHOPEX-KK-DE-1126: Abbruchquote 4,1 % (Grenzwert 3,0 %)
Date: Thu, 05 Nov 2026 13:00:04 +0100
Message-ID: <alarm-20261105130004-SHOPEX-KK-DE-1126@mon01.dialog-direkt-koeln.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
X-Priority: 1 (Highest)
Importance: High
Auto-Submitted: auto-generated
X-Mailer: DialControl 7.4

ALARM - Abbruchquote ueberschritten

Kampagne:      SHOPEX-KK-DE-1126 (Kundenkarte Reaktivierung DE)
Zeitraum:      Do 05.11.2026 09:00-13:00
Anwahlen:      3.214
Verbunden:     1.126
Abgebrochen:   46 (4,1 %)
Grenzwert:     3,0 % (Kundenvorgabe)

Aktion: Wahlmodus automatisch von "predictive" auf "progressive"
umgestellt. Die Kampagne laeuft weiter.

Dieser Alarm geht an alle in der Kampagne hinterlegten
Eskalationskontakte.

-- 
Automatisch erzeugt von DialControl 7.4 - bitte nicht antworten.
'''),

    ('de', 'person-forwards-post-forwarding-order-asks-address-change', 'correction', (),
'''Return-Path: <sabine.krueger@web.de>
Received: from mout.web.de (mout.web.de [212.227.15.3])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnJ4k0bTmz9sW9
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 11:26:55 +0100 (CET)
Received: from [192.168.178.34] ([93.229.114.7]) by smtp.web.de (mrweb105
 [213.165.67.124]) with ESMTPSA (Nemesis) id 1MxVXa-1uE2Qx0bF8-00wHk3 for
 <privacy@shop.example.be>; Sat, 07 Nov 2026 11:26:54 +0100
Message-ID: <b7e2a9f4-1c3d-4e58-a6b7-90c1d2e3f4a5@web.de>
Date: Sat, 7 Nov 2026 11:26:52 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?UTF-8?Q?Sabine_Kr=C3=BCger?= <sabine.krueger@web.de>
To: privacy@shop.example.be
Subject: Fwd: Ihr Nachsendeauftrag ist eingegangen
Content-Language: de-DE
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit
X-Provags-ID: V03:K1:uT0b7Pz5kQm3Yw8Lr2NhXc

Guten Tag,

anbei die Bestätigung meines Nachsendeauftrags. Ich wohne seit dem 
1. September nicht mehr in Aachen. Ihre Werbung (Herbstkatalog, Post zur 
Kundenkarte) wird von der Post aber nicht nachgesandt, sie landet weiter 
an der alten Adresse, und mein Nachmieter ärgert sich zu Recht.

Bitte ändern Sie die Anschrift in meinem Kundenkonto 
(Kundenkarte 6003 4471 0982) auf:

Sabine Krüger
Lindenstraße 27
52224 Stolberg

Danke und viele Grüße
Sabine Krüger


-------- Weitergeleitete Nachricht --------
Betreff: 	Ihr Nachsendeauftrag ist eingegangen
Datum: 	Fri, 28 Aug 2026 10:41:17 +0200
Von: 	Deutsche Post Nachsendeservice <noreply@nachsendung.deutschepost.de>
An: 	sabine.krueger@web.de



Guten Tag Frau Krüger,

vielen Dank für Ihren Auftrag. Ihr Nachsendeauftrag wurde erfasst.

Auftragsnummer:   NSA-2608-4471-9920
Gültig ab:        01.09.2026
Gültig bis:       28.02.2027
Von:              Jakobstraße 112, 52064 Aachen
Nach:             Lindenstraße 27, 52224 Stolberg

Briefe an Ihre alte Anschrift werden im Gültigkeitszeitraum an Ihre neue 
Anschrift weitergeleitet. Werbesendungen sind davon ausgenommen. Bitte 
informieren Sie Ihre Absender rechtzeitig über Ihre neue Anschrift.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf 
diese E-Mail.

Ihre Deutsche Post
'''),

    # ------------------------------------------------------------------ es
    ('es', 'whatsapp-business-provider-template-approved', 'automated', (),
'''Return-Path: <bounces@mailer.conectia-mensajeria.es>
Received: from mailer.conectia-mensajeria.es (mailer.conectia-mensajeria.es [54.77.140.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnH7r3dJwz9sW2
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 16:49:33 +0100 (CET)
From: =?UTF-8?Q?Conectia_Mensajer=C3=ADa?= <no-reply@conectia-mensajeria.es>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Plantilla_aprobada:_recordatorio=5Fpuntos=5Ftarjeta_(es)?=
Date: Thu, 05 Nov 2026 15:49:30 +0000
Message-ID: <tpl-approved.9f31c7.1794066570@conectia-mensajeria.es>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Conectia-Event: template.status.approved

Hola, equipo de Shop Example:

Meta ha revisado y aprobado tu plantilla de mensaje de WhatsApp.

Plantilla:   recordatorio_puntos_tarjeta
Idioma:      español (es)
Categoría:   MARKETING
Número:      +32 2 808 41 77 (Shop Example)
Estado:      APROBADA (05/11/2026 16:48 CET)

Ya puedes usarla en tus campañas desde el panel de Conectia o a través
de la API.

Recuerda: las plantillas de marketing solo pueden enviarse a contactos
que hayan aceptado expresamente recibir mensajes de tu empresa por
WhatsApp. Si un usuario bloquea tu número o responde "BAJA", lo
añadiremos automáticamente a tu lista de exclusión.

Recibes este correo porque eres administrador de la cuenta de WhatsApp
Business "Shop Example BE".

El equipo de Conectia
Este es un mensaje automático. Por favor, no respondas a este correo.
'''),

    ('es', 'zimbra-vacation-reply-leadgen-contact', 'automated', (),
'''Return-Path: <lherrero@captaleads.es>
Received: from mail.captaleads.es (mail.captaleads.es [185.12.76.30])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmYf22nHkz9sVc
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 11:06:58 +0100 (CET)
Received: from localhost (localhost [127.0.0.1])
	by mail.captaleads.es (Postfix) with ESMTP id 7C1A2301E4F
	for <privacy@shop.example.be>; Tue,  3 Nov 2026 11:06:57 +0100 (CET)
Date: Tue, 3 Nov 2026 11:06:57 +0100 (CET)
From: =?utf-8?Q?Luc=C3=ADa_Herrero?= <lherrero@captaleads.es>
To: privacy@shop.example.be
Message-ID: <1588243077.914.1794132417102.JavaMail.zimbra@captaleads.es>
In-Reply-To: <PRV-2026-1219.1.20261103110640@shop.example.be>
Subject: =?utf-8?Q?Respuesta_autom=C3=A1tica:_Origen_de_los_datos_de_un_client?=
 =?utf-8?Q?e_(ref._PRV-2026-1219)?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)

Hola:

Estoy fuera de la oficina hasta el lunes 16 de noviembre, sin acceso al
correo.

Para temas de campañas de captación o entregas de leads, escribe a
operaciones@captaleads.es. Para cuestiones de protección de datos, a
dpo@captaleads.es.

Un saludo,
Lucía Herrero
CaptaLeads
'''),

    ('es', 'contact-centre-call-transcription-quality-alert', 'automated', (),
'''Return-Path: <notificaciones@voznexo.com>
Received: from smtp-out.voznexo.com (smtp-out.voznexo.com [34.251.66.180])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnB3q0zLrz9sVv
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:58:14 +0100 (CET)
From: VozNexo Grabaciones <notificaciones@voznexo.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Alerta_de_calidad:_transcripci=C3=B3n_disponible_=E2=80=93_lla?=
 =?UTF-8?Q?mada_5771-20261105-1142?=
Date: Thu, 5 Nov 2026 11:58:11 +0100
Message-ID: <qa-alert.5771-20261105-1142@voznexo.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-VozNexo-Rule: menciones-proteccion-datos

Nueva transcripci=C3=B3n disponible

Se ha transcrito autom=C3=A1ticamente una llamada marcada por la regla de a=
lerta "Menci=C3=B3n de protecci=C3=B3n de datos".

ID de llamada:   5771-20261105-1142
Campa=C3=B1a:         SHOPEX_ES_FIDELIZACION
Fecha y hora:    05/11/2026 11:42 (CET)
Duraci=C3=B3n:        00:06:14
Agente:          ID 1184
Expresiones detectadas: "no me llam=C3=A9is m=C3=A1s", "de d=C3=B3nde hab=
=C3=A9is sacado mi n=C3=BAmero", "protecci=C3=B3n de datos"

Puede escuchar la grabaci=C3=B3n y leer la transcripci=C3=B3n completa en l=
a plataforma (Calidad > Alertas). La grabaci=C3=B3n se conservar=C3=A1 90 d=
=C3=ADas.

Recibe este aviso porque figura como responsable de protecci=C3=B3n de dato=
s del cliente Shop Example BV en esta campa=C3=B1a.

VozNexo =E2=80=93 Soluciones de contact center
Mensaje generado autom=C3=A1ticamente. No responda a este correo.
'''),

    ('es', 'person-forwards-raffle-entry-never-signed-up', 'deletion', ('access',),
'''Return-Path: <javi.ortega.ruiz@hotmail.es>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02olkn2081.outbound.protection.outlook.com [40.92.49.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnJ0b5sQcz9sW6
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 21:03:27 +0100 (CET)
From: Javier Ortega <javi.ortega.ruiz@hotmail.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RV: =?iso-8859-1?Q?=A1Ya_est=E1s_participando!_Sorteo_de_Navidad_Shop_Example?=
Thread-Topic: =?iso-8859-1?Q?=A1Ya_est=E1s_participando!_Sorteo_de_Navidad_Shop_Example?=
Thread-Index: AQHbUE7aC9oR1xW2nE0y3lFq8P4t3w==
Date: Fri, 6 Nov 2026 20:03:24 +0000
Message-ID: <DU0P192MB1641E8B2C07A4D5F9931AE62C7D52@DU0P192MB1641.EURP192.PROD.OUTLOOK.COM>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Buenas tardes:

Me ha llegado este correo de un sorteo vuestro en el que yo no me he apunta=
do. Borrad mis datos ya, tanto el correo como el m=F3vil que aparece abajo.=
 Y de paso quiero saber de d=F3nde los hab=E9is sacado y qui=E9n os los ha =
pasado.

Javier Ortega

________________________________
De: Sorteos Shop Example <sorteos@participa-sorteos.es>
Enviado: jueves, 5 de noviembre de 2026 20:14
Para: javi.ortega.ruiz@hotmail.es <javi.ortega.ruiz@hotmail.es>
Asunto: =A1Ya est=E1s participando! Sorteo de Navidad Shop Example

=A1Hola, Javier!

Tu participaci=F3n en el Sorteo de Navidad Shop Example se ha registrado co=
rrectamente.

Tus datos de participaci=F3n:
Nombre: Javier Ortega Ruiz
Email: javi.ortega.ruiz@hotmail.es
M=F3vil: +34 622 51 84 18
N=BA de participaci=F3n: SN26-0049213

El sorteo se celebrar=E1 el 18 de diciembre de 2026 ante notario. Si resul=
tas ganador, te avisaremos por email y por tel=E9fono.

Has aceptado las bases legales y recibir comunicaciones comerciales de Shop=
 Example y de sus colaboradores.

Este es un mensaje autom=E1tico, por favor no respondas.
'''),

    # ------------------------------------------------------------------ it
    ('it', 'sms-platform-low-credit-warning', 'automated', (),
'''Return-Path: <avvisi@smshub-italia.it>
Received: from mta2.smshub-italia.it (mta2.smshub-italia.it [151.1.208.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnM9t1pHyz9sWg
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 18:20:05 +0100 (CET)
From: SMSHub Italia <avvisi@smshub-italia.it>
To: privacy@shop.example.be
Subject: Credito SMS in esaurimento - account SHOPEXAMPLE
Date: Sun, 8 Nov 2026 18:20:02 +0100
Message-ID: <lowcredit.SHOPEXAMPLE.1794158402@smshub-italia.it>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk

Gentile cliente,

il credito del tuo account SHOPEXAMPLE è sceso sotto la soglia di avviso
che hai impostato.

Credito residuo:      1.950 SMS (Alta qualità)
Soglia di avviso:     2.000 SMS
Invii programmati:    2 campagne (7.400 SMS previsti)

Se il credito non è sufficiente, le campagne programmate verranno
sospese e ripartiranno dopo la ricarica.

Per ricaricare: https://my.smshub-italia.it/ricarica

Ricevi questa email perché sei indicato come contatto amministrativo
dell'account. Puoi modificare le notifiche in Impostazioni > Avvisi.

SMSHub Italia S.r.l.
Questo messaggio è stato generato automaticamente: non rispondere a
questo indirizzo.
'''),

    ('it', 'exchange-risposta-automatica-teleselling', 'automated', (),
'''Return-Path: <f.bellandi@teleselling-toscana.it>
Received: from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2129.outbound.protection.outlook.com [40.107.8.129])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmqC74tNbz9sVw
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 17:35:40 +0100 (CET)
From: Francesca Bellandi <f.bellandi@teleselling-toscana.it>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Risposta automatica: Richiesta di cancellazione numeri - lista
 noleggiata ottobre (rif. PRV-2026-1229)
Thread-Topic: Richiesta di cancellazione numeri - lista noleggiata ottobre
 (rif. PRV-2026-1229)
Thread-Index: AQHbTz9pT0bX3V1kGk2WmQ7c5yL3Dg==
Date: Thu, 5 Nov 2026 16:35:38 +0000
Message-ID: <VI1PR08MB5327F3A8C91D4E0B66E2A7F0D9A14@VI1PR08MB5327.eurprd08.prod.outlook.com>
In-Reply-To: <PRV-2026-1229.1.20261105173522@shop.example.be>
References: <PRV-2026-1229.1.20261105173522@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: f.bellandi@teleselling-toscana.it
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: it-IT
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Buongiorno,

sono fuori ufficio fino a luned=C3=AC 16 novembre con accesso limitato alla=
 posta.
Per questioni urgenti relative alle campagne outbound potete scrivere a ope=
rativo@teleselling-toscana.it.

Cordiali saluti
Francesca Bellandi
'''),

    ('it', 'prize-contest-platform-daily-entries-report', 'automated', (),
'''Return-Path: <report@concorsifacili.it>
Received: from out.concorsifacili.it (out.concorsifacili.it [93.62.155.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnP0g6dRkz9sWj
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 06:05:12 +0100 (CET)
From: =?UTF-8?Q?ConcorsiFacili_=E2=80=93_Report?= <report@concorsifacili.it>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Report_giornaliero_=E2=80=93_Concorso_=C2=ABVinci_la_tua_spesa?=
 =?UTF-8?Q?=C2=BB_=E2=80=93_08/11/2026?=
Date: Mon, 9 Nov 2026 06:05:09 +0100
Message-ID: <daily.vts-2026.20261108@concorsifacili.it>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Mailer: CF-Reportistica 2.1

Report giornaliero del concorso a premi

Concorso:                   «Vinci la tua spesa» (Shop Example BV)
Periodo di partecipazione:  15/10/2026 – 30/11/2026
Giorno:                     domenica 08/11/2026

Nuove partecipazioni:                      1.312
  di cui con consenso marketing:             608 (46,3%)
  di cui con consenso cessione a terzi:      211 (16,1%)
Partecipazioni scartate (doppie):             27
Totale partecipazioni valide a oggi:      19.884

Il file aggiornato dei partecipanti è disponibile nell'area riservata.
Ricordiamo che i dati dei partecipanti senza consenso marketing possono
essere usati solo per la gestione del concorso.

Estrazione finale prevista: 15/12/2026, alla presenza del funzionario
della Camera di Commercio.

ConcorsiFacili – messaggio automatico, non rispondere.
'''),

    ('it', 'person-iphone-signature-asks-stop-sms-whatsapp', 'withdraw_consent', (),
'''Return-Path: <giulia.ferraresi@libero.it>
Received: from libero.it (smtp-31.iol.local [10.101.1.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnTk35yBfz9sWv
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 12:47:19 +0100 (CET)
Received: from smtpclient.apple ([151.38.211.74])
	by smtp-31.iol.local with ESMTPA
	id 8xQjvN2pLkZyC8xQjvX4mR; Mon, 09 Nov 2026 12:47:18 +0100
From: Giulia Ferraresi <giulia.ferraresi@libero.it>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: sms
Date: Mon, 9 Nov 2026 12:47:14 +0100
Message-Id: <E4C0A7B2-5D19-4F6E-A8C3-2B7D91F0E6A5@libero.it>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Buongiorno,
per favore non mandatemi pi=C3=B9 sms promozionali e nemmeno messaggi su Wh=
atsApp. La carta fedelt=C3=A0 la tengo, ma un messaggio ogni due giorni =C3=
=A8 davvero troppo.
Il numero =C3=A8 347 218 5530.
Grazie

Giulia Ferraresi
Studio Dentistico Ferraresi
Via Emilia Est 41 =E2=80=93 41121 Modena
Tel. 059 22 13 08

Inviato da iPhone=
'''),

    # ------------------------------------------------------------------ pt
    ('pt', 'direct-mail-house-address-cleaning-report', 'automated', (),
'''Return-Path: <relatorios@postalis.pt>
Received: from smtp.postalis.pt (smtp.postalis.pt [62.28.190.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnGz55fKcz9sW1
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:12:48 +0100 (CET)
From: =?UTF-8?Q?Postalis_=E2=80=93_Relat=C3=B3rios?= <relatorios@postalis.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Relat=C3=B3rio_de_tratamento_de_moradas_=E2=80=93_clientes=5FPT?=
 =?UTF-8?Q?=5Fnov26.csv?=
Date: Fri, 6 Nov 2026 09:12:45 +0000
Message-ID: <relatorio-moradas-30418.20261106091245@postalis.pt>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated

Exmos. Senhores,

O tratamento do ficheiro enviado em 05/11/2026 foi concluído.

Ficheiro:                                   clientes_PT_nov26.csv
Registos recebidos:                         3.104
Moradas validadas sem alterações:           2.511
Moradas corrigidas (código postal/arruamento): 402
Moradas não encontradas:                    137
Registos duplicados removidos:              54

O ficheiro tratado e o relatório detalhado ficam disponíveis na área de
cliente durante 14 dias. Findo esse prazo, o ficheiro original e o
ficheiro tratado são eliminados dos nossos servidores.

Com os melhores cumprimentos,
Postalis – Serviços de Correio Direto

Esta mensagem foi gerada automaticamente. Por favor não responda.
'''),

    ('pt', 'gmail-vacation-reply-telemarketing-agency', 'automated', (),
'''Return-Path: <ines.carvalho@atlanticocontact.pt>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmmV92qDgz9sVp
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 16:40:22 +0100 (CET)
Received: by mail-sor-f41.google.com with SMTP id 2adb3069b0e04-539e5f0c1a2so88231e87.1
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 07:40:21 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?Q?In=C3=AAs_Carvalho?= <ines.carvalho@atlanticocontact.pt>
Date: Wed, 4 Nov 2026 15:40:21 +0000
Message-ID: <CAF3mK8vRq=vac7ZbL2xN4cY0pT9hW6sJ1dE5gA3kQ8uM2o@mail.gmail.com>
Subject: =?UTF-8?Q?Fora_do_escrit=C3=B3rio_at=C3=A9_16/11?=
To: privacy@shop.example.be
In-Reply-To: <PRV-2026-1224.1.20261104164006@shop.example.be>
References: <PRV-2026-1224.1.20261104164006@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000007be1d40624e2c9f1"

--0000000000007be1d40624e2c9f1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Estou de f=C3=A9rias at=C3=A9 dia 16 de novembro, sem acesso ao email.
Para assuntos urgentes das campanhas de telemarketing, por favor contacte a=
 coordena=C3=A7=C3=A3o: coordenacao@atlanticocontact.pt.

Obrigada,
In=C3=AAs Carvalho

--0000000000007be1d40624e2c9f1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Ol=C3=A1,<br><br>Estou de f=C3=A9rias at=C3=A9 dia 16 de n=
ovembro, sem acesso ao email.<br>Para assuntos urgentes das campanhas de te=
lemarketing, por favor contacte a coordena=C3=A7=C3=A3o: <a href=3D"mailto:=
coordenacao@atlanticocontact.pt">coordenacao@atlanticocontact.pt</a>.<br><b=
r>Obrigada,<br>In=C3=AAs Carvalho</div>

--0000000000007be1d40624e2c9f1--
'''),

    ('pt', 'exchange-onprem-ndr-portuguese-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from mail.atlanticocontact.pt (mail.atlanticocontact.pt [188.81.44.120])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmmW03kFhz9sVq
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 16:40:31 +0100 (CET)
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@atlanticocontact.pt>
To: <privacy@shop.example.be>
Date: Wed, 4 Nov 2026 15:40:29 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b3d9f1a0-77c2-4e15-8a0e-51c6d2f8e944"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-PT
Message-ID: <4f2b6e19-8d0a-4c73-b1e5-9a7c3f0d2e68@EXCH02.atlanticocontact.local>
In-Reply-To: <PRV-2026-1224.1.20261104164006@shop.example.be>
References: <PRV-2026-1224.1.20261104164006@shop.example.be>
Subject: =?utf-8?Q?N=C3=A3o_entregue:_Pedido_de_elimina=C3=A7=C3=A3o_de_contacto_?=
 =?utf-8?Q?=E2=80=93_campanha_cart=C3=A3o_fidelidade?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--b3d9f1a0-77c2-4e15-8a0e-51c6d2f8e944
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

A sua mensagem para r.almeida@atlanticocontact.pt n=C3=A3o p=C3=B4de ser en=
tregue.

A caixa de correio do destinat=C3=A1rio est=C3=A1 cheia e n=C3=A3o pode ace=
itar mensagens neste momento. Tente reenviar a mensagem mais tarde ou conta=
cte o destinat=C3=A1rio diretamente.

Informa=C3=A7=C3=B5es de diagn=C3=B3stico para administradores:

Servidor gerador: EXCH02.atlanticocontact.local

r.almeida@atlanticocontact.pt
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:=
QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process=
 message due to a permanent exception'

--b3d9f1a0-77c2-4e15-8a0e-51c6d2f8e944
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.atlanticocontact.local
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Wed, 4 Nov 2026 15:40:27 +0000

Final-Recipient: rfc822;r.almeida@atlanticocontact.pt
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--b3d9f1a0-77c2-4e15-8a0e-51c6d2f8e944
Content-Type: text/rfc822-headers

Received: from mx1.shop.example.be (81.82.200.14) by EXCH02.atlanticocontact.local
 (10.0.1.12) with Microsoft SMTP Server id 15.2.1544.4; Wed, 4 Nov 2026 15:40:27 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: r.almeida@atlanticocontact.pt, ines.carvalho@atlanticocontact.pt
Subject: =?utf-8?Q?Pedido_de_elimina=C3=A7=C3=A3o_de_contacto_=E2=80=93_campanha_cart?=
 =?utf-8?Q?=C3=A3o_fidelidade?=
Date: Wed, 4 Nov 2026 16:40:06 +0100
Message-ID: <PRV-2026-1224.1.20261104164006@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--b3d9f1a0-77c2-4e15-8a0e-51c6d2f8e944--
'''),

    ('pt', 'person-replies-above-ticket-ack-no-answer-after-month', 'complaint', ('access',),
'''Return-Path: <anasofia.marques@sapo.pt>
Received: from sapo.pt (smtp-out.sapo.pt [213.13.146.158])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnC8m2wTfz9sVz
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:31:04 +0100 (CET)
Received: from webmail.sapo.pt (webmail3.sapo.pt [10.135.12.33])
	by smtp-out.sapo.pt (Postfix) with ESMTPA id 2F1C8240E7
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 09:31:03 +0000 (WET)
Date: Thu, 05 Nov 2026 09:31:02 +0000
From: Ana Sofia Marques <anasofia.marques@sapo.pt>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Re: [PRV-2026-1104] Recebemos o seu pedido
Message-ID: <20261105093102.Horde.kW2xP7b9Lq4aT0mN3vR8c1z@webmail.sapo.pt>
In-Reply-To: <PRV-2026-1104.ack.20261002140311@shop.example.be>
User-Agent: Horde Application Framework 5
Content-Type: text/plain; charset=utf-8; format=flowed; DelSp=Yes
MIME-Version: 1.0
Content-Disposition: inline
Content-Transfer-Encoding: 8bit

Bom dia,

Recebi esta resposta automática no dia 2 de outubro e desde então nada.  
Já passou mais de um mês, que é o prazo que a lei vos dá.

Volto a pedir: quero saber que dados pessoais têm sobre mim, de onde  
vieram e a quem foram passados. Continuo a receber chamadas de um call  
center em nome da Shop Example no meu telemóvel (91 734 22 08), número  
que nunca vos dei.

Se não tiver resposta até ao fim desta semana, apresento queixa à CNPD.

Ana Sofia Marques


Citando Shop Example Privacy <privacy@shop.example.be>:

> Olá,
>
> Recebemos o seu pedido relativo aos seus dados pessoais e atribuímos-lhe
> a referência PRV-2026-1104.
>
> Responderemos no prazo de um mês a contar da receção. Se precisarmos de
> confirmar a sua identidade, entraremos em contacto consigo.
>
> Esta é uma mensagem automática. Não é necessário responder.
>
> Equipa de Privacidade – Shop Example BV
'''),

    # ------------------------------------------------------------------ pl
    ('pl', 'sms-gateway-campaign-delivery-report', 'automated', (),
'''Return-Path: <raporty@smsplanet-bramka.pl>
Received: from mail.smsplanet-bramka.pl (mail.smsplanet-bramka.pl [46.242.131.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnJ2s6bVwz9sW7
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:45:13 +0100 (CET)
From: SMSPlanet Raporty <raporty@smsplanet-bramka.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Raport_dor=C4=99cze=C5=84:_kampania_=E2=80=9EPodw=C3=B3jne_punk?=
 =?UTF-8?Q?ty_=E2=80=93_listopad=E2=80=9D?=
Date: Fri, 6 Nov 2026 10:45:10 +0100
Message-ID: <raport.kampania.60417.1794044710@smsplanet-bramka.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Mailer: SMSPlanet Notifier

Dzień dobry,

kampania SMS zakończyła wysyłkę. Poniżej podsumowanie.

Kampania:          Podwójne punkty – listopad
Nadawca:           ShopExample
Start wysyłki:     06.11.2026 10:00
Koniec wysyłki:    06.11.2026 10:41

Wysłane:           8 412
Doręczone:         8 101
Niedoręczone:        233
Oczekujące:           78
Wypisy (STOP):        19

Numery, z których odpowiedziano STOP, zostały automatycznie dodane do
czarnej listy konta i nie otrzymają kolejnych wiadomości.

Szczegółowy raport (CSV) pobierzesz w panelu: Kampanie > Historia.

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
'''),

    ('pl', 'webmail-autoodpowiedz-telesales-contact', 'automated', (),
'''Return-Path: <k.wojcik@telesprzedaz-plus.pl>
Received: from smtp.telesprzedaz-plus.pl (smtp.telesprzedaz-plus.pl [91.189.217.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmbS02xRpz9sVg
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 13:22:50 +0100 (CET)
Date: Tue, 3 Nov 2026 13:22:48 +0100
From: =?UTF-8?Q?Katarzyna_W=C3=B3jcik?= <k.wojcik@telesprzedaz-plus.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Autoodpowied=C5=BA:_Pro=C5=9Bba_o_usuni=C4=99cie_numeru_z_bazy_?=
 =?UTF-8?Q?kampanii_(PRV-2026-1221)?=
Message-ID: <autoreply.1794140568.30512@telesprzedaz-plus.pl>
In-Reply-To: <PRV-2026-1221.1.20261103132231@shop.example.be>
References: <PRV-2026-1221.1.20261103132231@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

jestem na urlopie do 12 listopada. W tym czasie nie odczytuj=C4=99 poczty.
W sprawach pilnych prosz=C4=99 o kontakt z dzia=C5=82em obs=C5=82ugi klient=
a: bok@telesprzedaz-plus.pl, tel. 22 456 71 00.

Pozdrawiam
Katarzyna W=C3=B3jcik
'''),

    ('pl', 'call-centre-record-import-report', 'automated', (),
'''Return-Path: <system@callflow.pl>
Received: from app3.callflow.pl (app3.callflow.pl [185.157.80.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnZ1x3gQmz9sX3
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 17:58:36 +0100 (CET)
From: CallFlow <system@callflow.pl>
To: kampanie@callflow.pl
Cc: privacy@shop.example.be
Subject: =?UTF-8?Q?Raport_importu_bazy_rekord=C3=B3w_=E2=80=93_SHOPEX=5FPL=5Flist?=
 =?UTF-8?Q?opad.csv?=
Date: Mon, 9 Nov 2026 17:58:33 +0100
Message-ID: <import.88231.20261109175833@callflow.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated

Import zakończony.

Plik:                        SHOPEX_PL_listopad.csv
Projekt:                     Shop Example – karta lojalnościowa PL
Rekordy w pliku:             4 920
Zaimportowane:               4 609
Odrzucone:                     311
  brak zgody marketingowej:    188
  niepoprawny numer:            96
  duplikaty:                    27

Rekordy zostały przypisane do kampanii „Reaktywacja karty – XI 2026”
i będą dostępne dla konsultantów od 10.11.2026, godz. 9:00.

Raport wygenerowany automatycznie przez CallFlow. Nie odpowiadaj na tę
wiadomość.
'''),

    ('pl', 'person-pastes-sms-asks-source-then-deletion', 'access', ('deletion',),
'''Return-Path: <tomek.zielinski@wp.pl>
Received: from mx.wp.pl (mx.wp.pl [212.77.101.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnW7f1kDsz9sX2
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 19:14:21 +0100 (CET)
Received: (wp-smtpd smtp.wp.pl 12201 invoked from network); 7 Nov 2026 19:14:20 +0100
Date: Sat, 07 Nov 2026 19:14:19 +0100
From: =?UTF-8?Q?Tomasz_Zieli=C5=84ski?= <tomek.zielinski@wp.pl>
To: privacy@shop.example.be
Subject: SMS od was
Message-ID: <c91f2e4a7b3d4e5f8a6b0c1d2e3f4a5b@grupawp.pl>
X-Mailer: WP Poczta
X-WP-MailID: 5b7f1c9e2d4a6b8c0e1f3a5b7c9d1e2f
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dzień dobry,

dostałem dziś takiego SMS-a:

„SHOPEXAMPLE: Tylko do niedzieli -20% na całą kolekcję zimową! Sprawdź
w aplikacji. Rezygnacja: STOP na 7122”

Nigdy nie podawałem wam tego numeru (604 318 772) i nie mam u was konta.
Skąd go macie? Proszę o informację, jakie moje dane przetwarzacie i skąd
pochodzą, a potem o ich usunięcie.

Tomasz Zieliński
'''),

    # ------------------------------------------------------------------ cs
    ('cs', 'seznam-autoreply-customer-identity-check', 'automated', (),
'''Return-Path: <petra.novakova@seznam.cz>
Received: from mxf3.seznam.cz (mxf3.seznam.cz [77.75.78.207])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmcB47vPtz9sVj
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 15:08:17 +0100 (CET)
From: =?utf-8?q?Petra_Nov=C3=A1kov=C3=A1?= <petra.novakova@seznam.cz>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Automatick=C3=A1_odpov=C4=9B=C4=8F=3A_Re=3A_Va=C5=A1e_=C5=BE?=
 =?utf-8?q?=C3=A1dost_o_v=C3=BDmaz_=E2=80=93_ov=C4=9B=C5=99en=C3=AD_toto?=
 =?utf-8?q?=C5=BEnosti?=
Date: Tue, 03 Nov 2026 15:08:15 +0100 (CET)
Message-Id: <3Kp.9ZxV.6aQwB2tL1mR.1f7Jd5@seznam.cz>
In-Reply-To: <PRV-2026-1211.2.20261103150803@shop.example.be>
Auto-Submitted: auto-replied
Mime-Version: 1.0 (Szn Webmail)
X-Mailer: Szn Webmail
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

do 15. 11. jsem na dovolen=C3=A9 a e-maily ne=C4=8Dtu. Odpov=C3=ADm po n=C3=
=A1vratu.

Petra Nov=C3=A1kov=C3=A1
'''),

    ('cs', 'print-house-job-dispatched-to-post', 'automated', (),
'''Return-Path: <zakazky@brnoprint.cz>
Received: from mail.brnoprint.cz (mail.brnoprint.cz [89.24.61.197])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmtF32cWnz9sW0
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 13:41:29 +0100 (CET)
From: =?UTF-8?Q?Tisk=C3=A1rna_Brnoprint?= <zakazky@brnoprint.cz>
To: privacy@shop.example.be
Cc: marketing@shop.example.be
Subject: =?UTF-8?Q?Zak=C3=A1zka_=C4=8D=2E_26/1187_byla_expedov=C3=A1na?=
Date: Fri, 6 Nov 2026 13:41:26 +0100
Message-ID: <expedice.26-1187.20261106134126@brnoprint.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Mailer: Brnoprint MIS

Dobrý den,

Vaše zakázka byla dokončena a předána k doručení.

Zakázka:     26/1187
Název:       Leták věrnostní karta CZ – listopad
Náklad:      12 430 ks, adresováno
Předáno:     České poště, PP Brno 02, 6. 11. 2026 v 13:20
Produkt:     Obchodní psaní

Podací arch a protokol o adresaci najdete v klientské zóně. Adresní
data, která jste nám pro tuto zakázku předali, budou v souladu se
smlouvou o zpracování osobních údajů smazána do 30 dnů od expedice.

S pozdravem
Tiskárna Brnoprint s.r.o.

Tento e-mail byl vygenerován automaticky, neodpovídejte na něj.
'''),

    ('cs', 'outlook-read-receipt-list-broker', 'automated', (),
'''Return-Path: <dvorak@databaze-kontaktu.cz>
Received: from smtp.databaze-kontaktu.cz (smtp.databaze-kontaktu.cz [93.185.104.55])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmX4p6hBqz9sVb
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 09:05:38 +0100 (CET)
From: =?utf-8?Q?Ing=2E_Jan_Dvo=C5=99=C3=A1k?= <dvorak@databaze-kontaktu.cz>
To: "Shop Example Privacy Team" <privacy@shop.example.be>
Subject: =?utf-8?Q?P=C5=99e=C4=8Dteno:_=C5=BD=C3=A1dost_o_dolo=C5=BEen=C3=AD_souh?=
 =?utf-8?Q?lasu_=E2=80=93_pronajat=C3=A1_datab=C3=A1ze_telefonn=C3=ADch_=C4=8D?=
 =?utf-8?Q?=C3=ADsel?=
Date: Tue, 3 Nov 2026 09:05:31 +0100
Message-ID: <000901dd4e2a$7f3b1c40$7db154c0$@databaze-kontaktu.cz>
MIME-Version: 1.0
Content-Type: multipart/report;
	report-type=disposition-notification;
	boundary="----=_NextPart_000_000A_01DD4E2A.7F3B1C40"
X-Mailer: Microsoft Outlook 16.0
Content-Language: cs
Thread-Index: AdtOKnv6xQw9mZ3aRh2tY8kLp0cVbA==

This is a multipart message in MIME format.

------=_NextPart_000_000A_01DD4E2A.7F3B1C40
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Va=C5=A1e zpr=C3=A1va

  Komu: Jan Dvo=C5=99=C3=A1k
  P=C5=99edm=C4=9Bt: =C5=BD=C3=A1dost o dolo=C5=BEen=C3=AD souhlasu =E2=80=
=93 pronajat=C3=A1 datab=C3=A1ze telefonn=C3=ADch =C4=8D=C3=ADsel
  Odesl=C3=A1no: 2. listopadu 2026 14:12:07 (UTC+01:00) Amsterdam, Berl=C3=
=ADn, Bern, =C5=98=C3=ADm, Stockholm, V=C3=ADde=C5=88

byla p=C5=99e=C4=8Dtena 3. listopadu 2026 9:05:31 (UTC+01:00) Amsterdam, B=
erl=C3=ADn, Bern, =C5=98=C3=ADm, Stockholm, V=C3=ADde=C5=88.

------=_NextPart_000_000A_01DD4E2A.7F3B1C40
Content-Type: message/disposition-notification

Reporting-UA: DESKTOP-JD7KQ2; Microsoft Outlook 16.0
Final-Recipient: rfc822;dvorak@databaze-kontaktu.cz
Original-Message-ID: <PRV-2026-1215.1.20261102141207@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_000A_01DD4E2A.7F3B1C40--
'''),

    ('cs', 'person-replies-above-contest-confirmation-asks-draw-date', 'other', (),
'''Return-Path: <lukas.horak@email.cz>
Received: from mxb1.email.cz (mxb1.email.cz [77.75.76.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmfN11sVgz9sVm
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 21:37:09 +0100 (CET)
From: =?utf-8?q?Luk=C3=A1=C5=A1_Hor=C3=A1k?= <lukas.horak@email.cz>
To: =?utf-8?q?Sout=C4=9B=C5=BEe_Shop_Example?= <souteze@shop.example.be>
Cc: <privacy@shop.example.be>
Subject: =?utf-8?q?Re=3A_Potvrzen=C3=AD_=C3=BA=C4=8Dasti_v_sout=C4=9B=C5=BEi_o_po?=
 =?utf-8?q?uk=C3=A1zku_2_000_K=C4=8D?=
Date: Tue, 03 Nov 2026 21:37:06 +0100 (CET)
Message-Id: <8Fq.2JmX.4nBcP7vS0dK.1f7Kb3@email.cz>
In-Reply-To: <contest-cz-018842.20261030194102@shop.example.be>
Mime-Version: 1.0 (Szn Webmail)
X-Mailer: Szn Webmail
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

přihlásil jsem se do vaší soutěže o poukázku, potvrzení mi přišlo (viz
níže). Kdy bude losování a jak se dozvím, jestli jsem vyhrál? Bude to na
webu, nebo mi napíšete?

Děkuji
Lukáš Horák

---------- Původní e-mail ----------
Od: Soutěže Shop Example <souteze@shop.example.be>
Komu: lukas.horak@email.cz
Datum: 30. 10. 2026 19:41:02
Předmět: Potvrzení účasti v soutěži o poukázku 2 000 Kč

"Děkujeme za účast!

Vaše přihláška do soutěže „Vyhrajte poukázku 2 000 Kč“ byla úspěšně
zaregistrována.
Číslo účastníka: CZ-26-018842

Na tento e-mail prosím neodpovídejte. Dotazy k ochraně osobních údajů:
privacy@shop.example.be

Tým Shop Example"
'''),

    # ------------------------------------------------------------------ hr
    ('hr', 'exchange-automatski-odgovor-contact-centre', 'automated', (),
'''Return-Path: <ivana.babic@kontakt-centar-zg.hr>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2096.outbound.protection.outlook.com [40.107.21.96])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnBx40pLdz9sVu
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:19:27 +0100 (CET)
From: =?utf-8?B?SXZhbmEgQmFiacSH?= <ivana.babic@kontakt-centar-zg.hr>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatski odgovor: Zahtjev za brisanje broja iz baze za telemarketing
Thread-Topic: Zahtjev za brisanje broja iz baze za telemarketing
Thread-Index: AQHbTy1xD4k2cW0pR9v3fLq8Zm1T7g==
Date: Thu, 5 Nov 2026 10:19:25 +0000
Message-ID: <VI1PR05MB6398A7E2D1C04F5B88E3C21AF5E10@VI1PR05MB6398.eurprd05.prod.outlook.com>
In-Reply-To: <PRV-2026-1227.1.20261105111909@shop.example.be>
References: <PRV-2026-1227.1.20261105111909@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: ivana.babic@kontakt-centar-zg.hr
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: hr-HR
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Po=C5=A1tovani,

na godi=C5=A1njem sam odmoru do 16. studenoga 2026. Va=C5=A1a poruka nije =
proslije=C4=91ena.

Za hitne upite vezane uz kampanje molim Vas da se obratite kolegici Maji Ju=
ri=C4=87 (maja.juric@kontakt-centar-zg.hr, 01 4600 218).

Srda=C4=8Dan pozdrav,
Ivana Babi=C4=87
'''),

    ('hr', 'address-broker-licence-expiry-reminder', 'automated', (),
'''Return-Path: <obavijesti@adresaplus.hr>
Received: from mail.adresaplus.hr (mail.adresaplus.hr [31.45.242.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnK3b5yTwz9sWc
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 08:00:22 +0100 (CET)
From: AdresaPlus <obavijesti@adresaplus.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Podsjetnik:_licenca_za_bazu_=E2=80=9EKu=C4=87anstva_HR_2026?=
 =?UTF-8?Q?=E2=80=9C_istje=C4=8De_30=2E_11=2E_2026=2E?=
Date: Sun, 1 Nov 2026 08:00:19 +0100
Message-ID: <licence-reminder-30d.AP-2026-0318@adresaplus.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated

Poštovani,

podsjećamo Vas da licenca za korištenje baze podataka navedene u
nastavku uskoro istječe.

Baza:                Kućanstva HR 2026 – Grad Zagreb i Zagrebačka županija
Broj zapisa:         12 000
Ugovor:              AP-2026-0318
Licenca vrijedi do:  30. 11. 2026.

Ako licencu ne produljite, nakon isteka niste ovlašteni koristiti
podatke iz baze te ste ih dužni izbrisati iz svojih sustava i u roku
od 15 dana dostaviti nam izjavu o brisanju.

Licencu možete produljiti u korisničkom sučelju ili prihvaćanjem ponude
koju ćete primiti od svog voditelja računa.

AdresaPlus d.o.o.
Ova poruka poslana je automatski. Molimo ne odgovarajte na nju.
'''),

    ('hr', 'event-registration-new-registrant-notification', 'automated', (),
'''Return-Path: <noreply@eventomat.hr>
Received: from smtp.eventomat.hr (smtp.eventomat.hr [178.218.166.5])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnNf82rGvz9sWh
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 21:44:50 +0100 (CET)
From: =?UTF-8?Q?Prijave_=E2=80=93_Eventomat?= <noreply@eventomat.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nova_prijava_#318:_Ve=C4=8Der_za_=C4=8Dlanove_kluba_=E2=80=93_Za?=
 =?UTF-8?Q?greb,_20=2E_11=2E_2026=2E?=
Date: Sun, 8 Nov 2026 21:44:47 +0100
Message-ID: <reg-318.evt-2291.1794170687@eventomat.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Eventomat-Event: 2291

Nova prijava na Vaš događaj

Događaj:      Večer za članove kluba vjernosti – Shop Example Zagreb
Datum:        petak, 20. 11. 2026., 19:00
Prijava br.:  318 (ukupno prijavljenih: 142 / 150)

Ime i prezime:   Dora Matić
E-pošta:         dora.matic@gmail.com
Mobitel:         +385 98 417 220
Broj kartice:    6003 3852 1107
Privola za marketinške obavijesti: NE

Popis svih prijavljenih možete preuzeti u organizatorskom sučelju.

Ovu obavijest primate jer ste navedeni kao kontakt organizatora.
Obavijesti o novim prijavama možete isključiti u postavkama događaja.

Eventomat
'''),

    ('hr', 'person-replies-in-autoreply-thread-confirms-identity-for-erasure', 'deletion', (),
'''Return-Path: <marko.kovacevic79@gmail.com>
Received: from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnY2d6cHpz9sX5
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 19:22:41 +0100 (CET)
Received: by mail-ej1-f52.google.com with SMTP id a640c23a62f3a-a9a0ef5179dso447812366b.1
        for <privacy@shop.example.be>; Mon, 09 Nov 2026 10:22:40 -0800 (PST)
MIME-Version: 1.0
References: <CAG4nR7k1xW2=autoreply+B0tM3qL9vZ5c@mail.gmail.com>
 <PRV-2026-1198.3.20261103102044@shop.example.be>
In-Reply-To: <PRV-2026-1198.3.20261103102044@shop.example.be>
From: =?UTF-8?Q?Marko_Kova=C4=8Devi=C4=87?= <marko.kovacevic79@gmail.com>
Date: Mon, 9 Nov 2026 19:22:27 +0100
Message-ID: <CAG4nR7m8pQ3sX0vT6yL2bN9dK1fH5wZ7cJ4aE=hR2uYk0@mail.gmail.com>
Subject: =?UTF-8?Q?Re:_Automatski_odgovor:_Va=C5=A1_zahtjev_za_brisanje_podataka_?=
 =?UTF-8?Q?(PRV-2026-1198)_=E2=80=93_potvrda_identiteta?=
To: Shop Example Privacy <privacy@shop.example.be>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

tek sam se danas vratio s puta, zato ste dobili onaj automatski odgovor. Da=
, zahtjev za brisanje poslao sam ja. Za potvrdu: zadnje =C4=8Detiri znamenk=
e kartice vjernosti su 7731, a adresa na koju ste mi slali narud=C5=BEbe je=
 Ilica 118, Zagreb.

Molim Vas da nastavite s brisanjem ra=C4=8Duna i svih mojih podataka.

Lijep pozdrav,
Marko Kova=C4=8Devi=C4=87

On Tue, 3 Nov 2026 at 10:20, Shop Example Privacy <privacy@shop.example.be>=
 wrote:

> Po=C5=A1tovani g. Kova=C4=8Devi=C4=87,
>
> zaprimili smo Va=C5=A1 automatski odgovor. Kada se vratite, molimo Vas da
> nam potvrdite da ste zahtjev za brisanje podataka (PRV-2026-1198) poslali
> Vi, tako da navedete zadnje =C4=8Detiri znamenke kartice vjernosti i adre=
su
> dostave.
>
> Lijep pozdrav,
> Tim za privatnost, Shop Example
>
> On Mon, 2 Nov 2026 at 16:05, Marko Kova=C4=8Devi=C4=87 <
> marko.kovacevic79@gmail.com> wrote:
>
>> Na putu sam do 9. 11. Odgovorit =C4=87u kad se vratim.
>>
>> Marko
>>
'''),

    # ------------------------------------------------------------------ sv
    ('sv', 'exchange-automatiskt-svar-telemarketing-friday', 'automated', (),
'''Return-Path: <johan.lindqvist@telemarknad-norr.se>
Received: from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2125.outbound.protection.outlook.com [40.107.15.125])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmvL91qPcz9sW3
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 08:54:16 +0100 (CET)
From: Johan Lindqvist <johan.lindqvist@telemarknad-norr.se>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatiskt_svar:_Beg=C3=A4ran_om_radering_=E2=80=93_vidarebef?=
 =?utf-8?Q?ordran_till_personuppgiftsbitr=C3=A4de?=
Thread-Topic: =?utf-8?Q?Beg=C3=A4ran_om_radering_=E2=80=93_vidarebefordran_till_perso?=
 =?utf-8?Q?nuppgiftsbitr=C3=A4de?=
Thread-Index: AQHbUF2kX7c1m9TqZ0y4N3fR8bW5Eg==
Date: Fri, 6 Nov 2026 07:54:14 +0000
Message-ID: <DB9PR01MB8451E0C7A2F34B9D51A6E8D3C4F27@DB9PR01MB8451.eurprd01.prod.outlook.com>
In-Reply-To: <PRV-2026-1232.1.20261106085358@shop.example.be>
References: <PRV-2026-1232.1.20261106085358@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: johan.lindqvist@telemarknad-norr.se
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: sv-SE
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hej!

Jag =C3=A4r ledig p=C3=A5 fredagar under hela h=C3=B6sten och l=C3=A4ser in=
te mejl d=C3=A5. Jag =C3=A5terkommer p=C3=A5 m=C3=A5ndag.

=C3=84r det br=C3=A5dskande kan du ringa v=C3=A5r v=C3=A4xel p=C3=A5 060-12=
 34 50.

V=C3=A4nliga h=C3=A4lsningar
Johan Lindqvist
Kundansvarig, Telemarknad Norr AB
'''),

    ('sv', 'call-list-washed-against-nix-register', 'automated', (),
'''Return-Path: <noreply@listtvatt.se>
Received: from smtp.listtvatt.se (smtp.listtvatt.se [193.14.90.62])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmhQ50wDkz9sVq
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 13:16:03 +0100 (CET)
From: =?UTF-8?Q?Listtv=C3=A4tt?= <noreply@listtvatt.se>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?K=C3=B6rning_klar:_shopex=5Fse=5Fv45.csv_har_tv=C3=A4ttats_mot_N?=
 =?UTF-8?Q?IX-Telefon?=
Date: Wed, 4 Nov 2026 13:16:00 +0100
Message-ID: <run-55218.shopex_se_v45@listtvatt.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated

Hej,

Din fil har körts mot NIX-Telefon och är klar att hämta.

Fil:                       shopex_se_v45.csv
Antal poster:              2 140
Spärrade i NIX-Telefon:      388 (borttagna)
Ogiltiga nummer:              41 (borttagna)
Kvar att ringa:            1 711

NIX-registret, version:    2026-11-02
Den tvättade filen får användas för samtal till och med 2026-12-02.
Därefter måste listan tvättas på nytt.

Hämta filen under Mina körningar. Filen raderas automatiskt efter
14 dagar.

Detta är ett automatiskt meddelande från Listtvätt. Svara inte på det
här mejlet.
'''),

    ('sv', 'sms-service-send-delivery-report', 'automated', (),
'''Return-Path: <rapport@textia.se>
Received: from out1.textia.se (out1.textia.se [95.143.200.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmgZ73tRjz9sVp
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 12:12:44 +0100 (CET)
From: Textia <rapport@textia.se>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Leveransrapport:_Dubbla_po=C3=A4ng_vecka_45?=
Date: Wed, 4 Nov 2026 12:12:41 +0100
Message-ID: <dlr-summary.331870.20261104@textia.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated

Utskicket är klart.

Utskick:              Dubbla poäng vecka 45
Avsändare:            ShopExample
Skickat:              2026-11-04 11:30
Mottagare:            3 905
Levererade:           3 780
Ej levererade:           97
Väntar på status:        28
Svarat STOPP:            31

Nummer som svarat STOPP har automatiskt lagts till i din spärrlista.

Hela rapporten finns i Textia under Utskick > Rapporter.

/Textia
Du får det här mejlet eftersom du är administratör för kontot
Shop Example BV.
'''),

    ('sv', 'person-quotes-bounce-complains-request-unanswered', 'complaint', (),
'''Return-Path: <karin.sjoberg@outlook.com>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03olkn2043.outbound.protection.outlook.com [40.92.59.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnXb20mKtz9sX4
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 18:40:15 +0100 (CET)
From: =?iso-8859-1?Q?Karin_Sj=F6berg?= <karin.sjoberg@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Fortfarande inget svar
Thread-Topic: Fortfarande inget svar
Thread-Index: AQHbUqD3mN7fS2xK0cQ9vL1tYw8R4A==
Date: Mon, 9 Nov 2026 17:40:12 +0000
Message-ID: <AM8P191MB1267B5D0E9A3C24F81E7D6A0F3B88@AM8P191MB1267.EURP191.PROD.OUTLOOK.COM>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hej,

Den 1 oktober mejlade jag er och fick tillbaka det h=E4r:

  Leveransen misslyckades till f=F6ljande mottagare eller grupper:
  privacy@shop.example.be
  Mottagarens postl=E5da =E4r full och kan inte ta emot meddelanden just nu=
. F=F6rs=F6k skicka meddelandet igen senare eller kontakta mottagaren direk=
t.
  Remote Server returned '552 5.2.2 <privacy@shop.example.be>: Mailbox full=
'

Jag skickade samma beg=E4ran igen dagen efter och d=E5 gick den igenom. Nu =
har det g=E5tt mer =E4n en m=E5nad och jag har inte f=E5tt n=E5got svar all=
s, inte ens en bekr=E4ftelse. Under tiden ringer ert telemarketingbolag mig=
 fortfarande.

Det h=E4r =E4r inte okej. F=E5r jag inget svar inom en vecka anm=E4ler jag =
er till IMY.

Karin Sj=F6berg
'''),

    # ------------------------------------------------------------------ ro
    ('ro', 'exchange-raspuns-automat-call-centre', 'automated', (),
'''Return-Path: <andreea.popescu@callcenter-iasi.ro>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2117.outbound.protection.outlook.com [40.107.241.117])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmkT62wFbz9sVt
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 17:02:55 +0100 (CET)
From: Andreea Popescu <andreea.popescu@callcenter-iasi.ro>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?R=C4=83spuns_automat:_Solicitare_de_=C8=99tergere_a_datelor_?=
 =?utf-8?Q?=E2=80=93_transmitere_c=C4=83tre_call_center?=
Thread-Topic: =?utf-8?Q?Solicitare_de_=C8=99tergere_a_datelor_=E2=80=93_transmitere_c?=
 =?utf-8?Q?=C4=83tre_call_center?=
Thread-Index: AQHbTzR1cK8fV2nQ0w3yX9mL5tB6Hw==
Date: Wed, 4 Nov 2026 16:02:53 +0000
Message-ID: <VI1PR02MB6112D4F8B0E73A5C29F1E6B7C8D03@VI1PR02MB6112.eurprd02.prod.outlook.com>
In-Reply-To: <PRV-2026-1225.1.20261104170237@shop.example.be>
References: <PRV-2026-1225.1.20261104170237@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: andreea.popescu@callcenter-iasi.ro
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: ro-RO
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bun=C4=83 ziua,

Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 13.11.2026, f=C4=83r=C4=83 acces la=
 e-mail.
Pentru urgen=C8=9Be legate de campaniile outbound v=C4=83 rog s=C4=83 scrie=
=C8=9Bi la supervizori@callcenter-iasi.ro.

Cu stim=C4=83,
Andreea Popescu
'''),

    ('ro', 'sms-platform-sender-id-approved', 'automated', (),
'''Return-Path: <notificari@mesajpro.ro>
Received: from mail.mesajpro.ro (mail.mesajpro.ro [89.42.218.76])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmkY30dQsz9sVu
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:27:11 +0100 (CET)
From: MesajPro <notificari@mesajpro.ro>
To: privacy@shop.example.be
Subject: ID expeditor aprobat: ShopExample
Date: Wed, 4 Nov 2026 16:27:08 +0200
Message-ID: <senderid.SHOPEXAMPLE-RO.1794061628@mesajpro.ro>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated

Bună ziua,

Solicitarea dumneavoastră de înregistrare a ID-ului de expeditor a fost
aprobată.

ID expeditor:   ShopExample
Cont:           SHOPEXAMPLE-RO
Rețele:         Orange, Vodafone, Digi
Tip trafic:     promoțional și tranzacțional
Aprobat la:     04.11.2026, 16:26

Vă reamintim că mesajele promoționale pot fi trimise doar abonaților care
și-au dat acordul și trebuie să conțină o modalitate gratuită de
dezabonare (de exemplu „STOP la 1899”).

Mesajele trimise cu acest ID vor apărea pe telefoanele destinatarilor
ca „ShopExample”.

Echipa MesajPro
Acesta este un mesaj generat automat. Vă rugăm să nu răspundeți.
'''),

    ('ro', 'outsourced-call-centre-ticket-acknowledgement', 'automated', (),
'''Return-Path: <suport@contactpro-bpo.ro>
Received: from mail.contactpro-bpo.ro (mail.contactpro-bpo.ro [86.105.212.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnTz15bMrz9sWx
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 10:06:38 +0100 (CET)
From: Suport ContactPro <suport@contactpro-bpo.ro>
Reply-To: suport+RO-55127@contactpro-bpo.ro
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[Tichet_#RO-55127]_Am_primit_solicitarea_dumneavoastr=C4=83?=
Date: Tue, 10 Nov 2026 11:06:35 +0200
Message-ID: <ticket-RO-55127-ack@contactpro-bpo.ro>
In-Reply-To: <PRV-2026-1236.1.20261110100611@shop.example.be>
References: <PRV-2026-1236.1.20261110100611@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All

Bună ziua,

Vă mulțumim pentru mesaj. Solicitarea dumneavoastră a fost înregistrată
cu numărul #RO-55127 și a fost repartizată echipei Calitate & Conformitate.

Subiect:          Ștergerea unui număr din lista de apelare – campania Shop Example
Prioritate:       normală
Termen estimat:   2 zile lucrătoare

Pentru a adăuga informații, răspundeți la acest e-mail fără a modifica
subiectul.

Echipa de suport ContactPro
Acest mesaj a fost trimis automat.
'''),

    ('ro', 'person-forwards-call-transcript-of-another-customer', 'complaint', (),
'''Return-Path: <mihai.constantinescu@yahoo.com>
Received: from sonic312-22.consmr.mail.ir2.yahoo.com (sonic312-22.consmr.mail.ir2.yahoo.com [77.238.178.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnKq72yWdz9sWe
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 09:55:18 +0100 (CET)
Received: from sonic.gate.mail.ne1.yahoo.com by sonic312-22.consmr.mail.ir2.yahoo.com with HTTP; Sat, 7 Nov 2026 08:55:16 +0000
Date: Sat, 7 Nov 2026 08:55:14 +0000 (UTC)
From: Mihai Constantinescu <mihai.constantinescu@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1466318207.4188305.1794041714233@mail.yahoo.com>
Subject: =?UTF-8?Q?Fw:_Transcriere_apel_disponibil=C4=83_=E2=80=93_5_noiembrie_2026?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: WebService/1.1.24512 YMailNorrin

Bună ziua,

Am primit pe adresa mea mesajul de mai jos, care pare trimis automat de
centrul vostru de apel. Nu e convorbirea mea: apar numele, telefonul și
adresa unei doamne Ionescu, plus un rezumat a ce a vorbit cu voi. Eu nu
am nicio legătură cu ea.

Mi se pare foarte grav. Vă rog să verificați de ce ajung la mine datele
altei persoane și să vă asigurați că nu se mai întâmplă.

Mihai Constantinescu


----- Forwarded Message -----
From: ContactPro Notificări <notificari@contactpro-bpo.ro>
To: mihai.constantinescu@yahoo.com
Sent: Thursday, November 5, 2026 at 04:12:33 PM GMT+2
Subject: Transcriere apel disponibilă – 5 noiembrie 2026

Transcrierea apelului este disponibilă.

Client:           Elena Ionescu
Telefon:          0744 318 902
Adresă:           Str. Lăpușneanu 14, Iași
Campanie:         Shop Example – reactivare card fidelitate
Durată:           04:51
Rezumat automat:  clienta solicită actualizarea adresei și întreabă de
                  punctele expirate.

Accesați transcrierea completă: https://portal.contactpro-bpo.ro/t/88f2a1

Acest mesaj a fost generat automat.
'''),

    # ------------------------------------------------------------------ el
    ('el', 'exchange-aftomati-apantisi-telemarketing', 'automated', (),
'''Return-Path: <e.papadopoulou@teleprosvasi.gr>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2119.outbound.protection.outlook.com [40.107.20.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnCg94vKxz9sW0
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:33:21 +0100 (CET)
From: =?utf-8?B?zpXOu86tzr3OtyDOoM6xz4DOsc60zr/PgM6/z43Ou86/z4U=?= <e.papadopoulou@teleprosvasi.gr>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Αυτόματη απάντηση: Αίτημα διαγραφής αριθμού από τη λίστα κλήσεων
Thread-Topic: Αίτημα διαγραφής αριθμού από τη λίστα κλήσεων
Thread-Index: AQHbTzZ0aR3mK9vX1cF7qL0wT2bN5g==
Date: Thu, 5 Nov 2026 13:33:19 +0000
Message-ID: <DB8PR05MB6573A0C2E91F4D7B38E6F25D1C7B9@DB8PR05MB6573.eurprd05.prod.outlook.com>
In-Reply-To: <PRV-2026-1228.1.20261105143301@shop.example.be>
References: <PRV-2026-1228.1.20261105143301@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: e.papadopoulou@teleprosvasi.gr
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: el-GR
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Καλησπέρα σας,

Θα απουσιάζω από το γραφείο έως και τη Δευτέρα 16 Νοεμβρίου, χωρίς
πρόσβαση στο ηλεκτρονικό ταχυδρομείο.

Για επείγοντα θέματα σχετικά με τις καμπάνιες τηλεφωνικής προώθησης,
παρακαλώ επικοινωνήστε με τον κ. Δημήτρη Αλεξίου
(d.alexiou@teleprosvasi.gr, 210 6123 450).

Με εκτίμηση,
Ελένη Παπαδοπούλου
'''),

    ('el', 'sms-platform-campaign-delivery-report', 'automated', (),
'''Return-Path: <reports@smsnet-hellas.gr>
Received: from mail.smsnet-hellas.gr (mail.smsnet-hellas.gr [195.97.112.48])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmrB05hNqz9sVx
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:48:30 +0100 (CET)
From: SmsNet Hellas <reports@smsnet-hellas.gr>
To: privacy@shop.example.be
Subject: Αναφορά αποστολής: Καμπάνια «Διπλοί πόντοι Νοεμβρίου»
Date: Thu, 5 Nov 2026 12:48:27 +0200
Message-ID: <campaign-report.40288.1794048507@smsnet-hellas.gr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated

Η αποστολή της καμπάνιας ολοκληρώθηκε.

Καμπάνια:          Διπλοί πόντοι Νοεμβρίου
Αποστολέας:        ShopExample
Έναρξη:            05/11/2026 12:00
Παραλήπτες:        2.318
Παραδόθηκαν:       2.207
Απέτυχαν:             84
Σε αναμονή:           27
Διαγραφές (STOP):     12

Οι αριθμοί που απάντησαν STOP προστέθηκαν αυτόματα στη λίστα
αποκλεισμού του λογαριασμού σας.

Η πλήρης αναφορά είναι διαθέσιμη στον πίνακα ελέγχου, στην ενότητα
Καμπάνιες > Αναφορές.

Αυτό είναι ένα αυτοματοποιημένο μήνυμα. Παρακαλούμε μην απαντάτε.
'''),

    ('el', 'person-lawyer-legal-footer-objects-to-partner-sharing', 'objection', (),
'''Return-Path: <n.georgiou@georgiou-law.gr>
Received: from mail.georgiou-law.gr (mail.georgiou-law.gr [62.103.27.154])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnR6h3kWpz9sWm
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 09:37:52 +0100 (CET)
From: =?UTF-8?B?zp3Ouc66z4zOu86xzr/PgiDOk861z4nPgc6zzq/Ov8+F?= <n.georgiou@georgiou-law.gr>
To: privacy@shop.example.be
Subject: Εναντίωση στη διαβίβαση των στοιχείων μου σε συνεργάτες
Date: Mon, 9 Nov 2026 10:37:48 +0200
Message-ID: <000b01dd5213$4c7e2a10$e57a7e30$@georgiou-law.gr>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Content-Language: el
Thread-Index: AdtSE0tB7zH0kX3aQm6pV2rL9cY1Fw==

Αξιότιμοι κύριοι,

Είμαι πελάτης σας (κάρτα πιστότητας 6003 2194 5518). Τις τελευταίες δύο
εβδομάδες δέχομαι τηλεφωνήματα από εταιρεία που δηλώνει «συνεργάτης της
Shop Example» και μου προτείνει ασφαλιστικά προϊόντα.

Με το παρόν αντιτίθεμαι, σύμφωνα με το άρθρο 21 ΓΚΠΔ, στη διαβίβαση των
στοιχείων μου σε συνεργάτες σας για σκοπούς προώθησης, καθώς και σε κάθε
κατάρτιση προφίλ με βάση το ιστορικό των αγορών μου.

Παρακαλώ να μου το επιβεβαιώσετε γραπτώς.

Με εκτίμηση,

Νικόλαος Γεωργίου
Δικηγόρος
Γεωργίου & Συνεργάτες – Δικηγορική Εταιρεία
Ακαδημίας 42, 106 79 Αθήνα
Τηλ. 210 36 11 420

ΕΜΠΙΣΤΕΥΤΙΚΟ: Το παρόν μήνυμα ηλεκτρονικού ταχυδρομείου και τυχόν
συνημμένα αρχεία είναι εμπιστευτικά και προορίζονται αποκλειστικά για
τον παραλήπτη. Εάν το λάβατε εκ παραδρομής, παρακαλούμε να ενημερώσετε
αμέσως τον αποστολέα και να το διαγράψετε. Απαγορεύεται κάθε αντιγραφή,
χρήση ή κοινοποίηση.
CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential
and may be legally privileged. If you have received it in error, please
notify the sender immediately and delete it. Any unauthorised copying,
disclosure or distribution is prohibited.
Η επεξεργασία των προσωπικών δεδομένων από την εταιρεία μας γίνεται
σύμφωνα με τον Κανονισμό (ΕΕ) 2016/679. Πληροφορίες:
www.georgiou-law.gr/privacy
'''),

    # ------------------------------------------------------------------ bg
    ('bg', 'abv-autoreply-customer-access-identity-check', 'automated', (),
'''Return-Path: <gergana.ivanova@abv.bg>
Received: from mx.abv.bg (mx.abv.bg [194.153.145.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XmZr61cTwz9sVf
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 12:41:07 +0100 (CET)
Date: Tue, 3 Nov 2026 13:41:05 +0200 (EET)
From: =?UTF-8?B?0JPQtdGA0LPQsNC90LAg0JjQstCw0L3QvtCy0LA=?= <gergana.ivanova@abv.bg>
To: privacy@shop.example.be
Message-ID: <1532807411.118204.1794138065771@nm52.abv.bg>
In-Reply-To: <PRV-2026-1209.2.20261103124049@shop.example.be>
Subject: Автоматичен отговор: Re: Вашето искане за достъп – потвърждение на самоличността
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
X-Mailer: AbvMail 3.0

Здравейте,

В отпуск съм до 16.11.2026 г. и нямам достъп до пощата си. Ще Ви
отговоря веднага след като се върна.

Поздрави,
Гергана Иванова
'''),

    ('bg', 'address-broker-list-ready-for-download', 'automated', (),
'''Return-Path: <noreply@adresdata.bg>
Received: from mail.adresdata.bg (mail.adresdata.bg [87.120.40.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnQ3k7bHsz9sWn
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 09:20:44 +0100 (CET)
From: =?UTF-8?B?0JDQtNGA0LXRgSDQlNCw0YLQsA==?= <noreply@adresdata.bg>
To: privacy@shop.example.be
Subject: Списъкът по поръчка № 2026-0412 е готов за изтегляне
Date: Mon, 9 Nov 2026 10:20:41 +0200
Message-ID: <order-2026-0412-ready.1794212441@adresdata.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated

Здравейте,

Списъкът, който поръчахте, е обработен и е готов за изтегляне.

Поръчка:        № 2026-0412
Списък:         Домакинства София-град – доход над средния
Брой записи:    8 500 (име, пощенски адрес)
Лиценз:         еднократно използване за пощенска кампания
Валиден до:     31.01.2027 г.

Линкът за изтегляне е активен 72 часа:
https://portal.adresdata.bg/download/2026-0412/7fc1e9

Съгласно лицензионните условия след изтичане на лиценза записите
трябва да бъдат изтрити. Списъкът не може да се използва за телефонни
обаждания или SMS.

Адрес Дата ООД
Това съобщение е изпратено автоматично. Моля, не отговаряйте.
'''),

    ('bg', 'person-samsung-signature-asks-name-correction', 'correction', (),
'''Return-Path: <stefani.dimitrova91@gmail.com>
Received: from mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4XnM1v5zRgz9sWf
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 16:12:33 +0100 (CET)
Received: by mail-lf1-f47.google.com with SMTP id 2adb3069b0e04-53b1e1a9c0fso3314127e87.2
        for <privacy@shop.example.be>; Sun, 08 Nov 2026 07:12:32 -0800 (PST)
Message-ID: <6730f1e0.5d0a0220.2b9c41.7e18@mx.google.com>
Date: Sun, 08 Nov 2026 17:12:29 +0200
From: =?UTF-8?B?0KHRgtC10YTQsNC90Lgg0JTQuNC80LjRgtGA0L7QstCw?= <stefani.dimitrova91@gmail.com>
To: privacy@shop.example.be
Subject: Грешно име на картата
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: Samsung Email

Здравейте,

На картата за лоялност и в SMS-ите, които получавам от вас, пише
„Стефка Димитрова“. Аз се казвам Стефани Димитрова. Моля да поправите
името ми в профила.

Номер на картата: 6003 1188 2740
Телефон: 0888 413 207

Благодаря!



Изпратено от моя Samsung Galaxy смартфон.
'''),
]

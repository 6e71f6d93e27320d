"""Seventy-second set: robot mail of the systems around a company changing hands and changing systems (the regional chain Delvaux taken over by Shop Example: data-migration job reports and onboarding notices, the old Delvaux Plus loyalty platform's sunset and final-export mails, franchise back-office reports, the new CRM, payment provider and outsourced customer-service centre's welcome, alert and status mails, bounces of the old chain's domain, auto-replies of closed stores, vendor newsletters, PEC receipts, DMARC reports), plus people whose mail looks automatic (en, nl, fr, de, es, it, pt). Written apart from the rules."""

ROBOTS = [
    ('en', 'migration-vendor-batch-completed-loyalty-members-rejects', 'automated', (),
'''Return-Path: <jobs-noreply@databridge.example>
Received: from relay3.databridge.example (relay3.databridge.example [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb2Tn7Wq0z6y1Lm
        for <privacy@shop.example.be>; Sun, 12 Apr 2026 03:41:19 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=databridge.example;
	s=jobs2025; t=1775958077; h=from:to:subject:date:message-id;
	bh=Hq3lP0xV8nR2tK6wY1zB5cD9eF3gJ7mL0oQ4sU8vX2a=;
	b=Km4Xp9Qw2Rt7Yz1Lv6Bn3Cj8Dh0Fs5Gk2Hm9Jq4Np7Rs0Tu3Vw8Xa1Yb6Zc9De2Fh
From: DataBridge Job Runner <jobs-noreply@databridge.example>
To: privacy@shop.example.be, migration-pmo@shop.example.be
Subject: [DataBridge] Job DLVX-LOY-07 finished with warnings (214 records rejected)
Date: Sun, 12 Apr 2026 01:41:17 +0000
Message-ID: <job-DLVX-LOY-07-run-19.20260412014117@runner.databridge.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-DataBridge-Project: DLVX-2026 Delvaux -> Shop Example
X-DataBridge-Job: DLVX-LOY-07
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

DataBridge Migrations - job report
==================================

Project:      DLVX-2026  Delvaux Markt -> Shop Example
Job:          DLVX-LOY-07  "Delvaux Plus members -> Shop Example Card (wave 3)"
Run:          #19 (scheduled)
Started:      2026-04-12 00:02:44 UTC
Finished:     2026-04-12 01:41:09 UTC
Result:       FINISHED WITH WARNINGS

Source:       fidelio_prod.delvaux_members (snapshot 2026-04-11 22:00)
Target:       clarivo-crm / tenant shopexample-be / object Contact

Records read:                 61,408
Records loaded:               60,117
Records merged (duplicates):   1,077
Records rejected:                214
Records skipped (opt-out flag):    0

Rejections by rule
  R-04  e-mail address invalid or empty ............ 96
  R-07  date of birth in the future / before 1900 .. 41
  R-11  consent_marketing value not in (Y,N) ....... 58
  R-15  member flagged "erasure requested" ......... 19

Note on rule R-15: members flagged in the source system as having asked for
erasure are not loaded into the target. Per the migration plan (section 6.3,
"Data subject requests in flight"), these records are written to the
quarantine file below and must be reviewed by the data protection contact
of the receiving company before the source is decommissioned.

Quarantine file:   sftp://sftp.databridge.example/dlvx/out/LOY-07_r19_quarantine.csv.pgp
Retention:         the quarantine file is deleted automatically after 30 days.

Next scheduled run: DLVX-LOY-08 "Delvaux Plus transaction history (24 months)",
2026-04-19 00:00 UTC.

You receive this report because you are listed as a notification contact for
project DLVX-2026. To change notification contacts, ask your DataBridge
project lead. This mailbox is not monitored.
'''),
    ('en', 'postfix-bounce-old-chain-domain-no-mx-dpo-handover', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
	id 4Kc8Vr2Lp5z6y3Qn; Tue, 21 Apr 2026 11:09:52 +0200 (CEST)
Date: Tue, 21 Apr 2026 11:09:52 +0200 (CEST)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Kc8Vr2Lp5z6y3Qn.1776762592/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260421090952.4Kc8Vr2Lp5z6y3Qn@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4Kc8Vr2Lp5z6y3Qn.1776762592/mx1.shop.example.be
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

<dpo@delvauxmarkt.example>: Host or domain name not found. Name service error
    for name=delvauxmarkt.example type=MX: Host not found, try again

--4Kc8Vr2Lp5z6y3Qn.1776762592/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4Kc8Vr2Lp5z6y3Qn
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 21 Apr 2026 11:04:37 +0200 (CEST)

Final-Recipient: rfc822; dpo@delvauxmarkt.example
Original-Recipient: rfc822;dpo@delvauxmarkt.example
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=delvauxmarkt.example type=MX: Host not found, try again

--4Kc8Vr2Lp5z6y3Qn.1776762592/mx1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc8Vr2Lp5z6y3Qn
	for <dpo@delvauxmarkt.example>; Tue, 21 Apr 2026 11:04:37 +0200 (CEST)
Date: Tue, 21 Apr 2026 11:04:35 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Delvaux Markt DPO <dpo@delvauxmarkt.example>
Subject: Open data subject requests received by Delvaux before 1 April - handover
Message-ID: <pt-20260421-0061208@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear colleague,

As agreed in the transition meeting, could you send us the list of the
access and erasure requests Delvaux Markt received before 1 April 2026 that
are still open, with the date of receipt, so that we can answer them within
the deadline? A secure link is fine.

Kind regards,
Privacy Team - Shop Example

--4Kc8Vr2Lp5z6y3Qn.1776762592/mx1.shop.example.be--
'''),
    ('en', 'new-crm-workspace-welcome-admin-dpa-html', 'automated', (),
'''Return-Path: <bounce-7781-privacy=shop.example.be@mail.clarivo.example>
Received: from mta-eu2.mail.clarivo.example (mta-eu2.mail.clarivo.example [203.0.113.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb0Pq3Ys9z6y0Ht
        for <privacy@shop.example.be>; Wed, 01 Apr 2026 09:15:06 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=clarivo.example; s=mta1;
	t=1775027704; h=from:to:subject:date:message-id:mime-version:feedback-id;
	bh=0aB3cD6eF9gH2iJ5kL8mN1oP4qR7sT0uV3wX6yZ9aB2=;
	b=Zt5Ym8Xk1Wj4Vh7Ug0Tf3Se6Rd9Qc2Pb5Oa8Nz1My4Lx7Kw0Jv3Iu6Ht9Gs2Fr5Eq
From: Clarivo <welcome@clarivo.example>
Reply-To: Clarivo Onboarding <onboarding@clarivo.example>
To: privacy@shop.example.be
Subject: Welcome to Clarivo, Shop Example - your workspace is ready
Date: Wed, 01 Apr 2026 07:15:04 +0000
Message-ID: <0102019c8a7e4f21-5b7d-4c1e-9a3f-ws-welcome-000000@eu-west-1.mail.clarivo.example>
Feedback-ID: onboarding:clarivo-tx:welcome
X-Clarivo-Tenant: shopexample-be
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="clv-welcome-b1f7"

--clv-welcome-b1f7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Welcome to Clarivo!

Your workspace "shopexample-be" is live. You were added as a Data Protection
Administrator by Pieter Goossens (IT Shop Example).

As Data Protection Administrator you can:
- run subject access exports for a contact (Settings > Privacy > Export)
- anonymise or erase a contact and its activity history
- restrict processing for a contact (the contact stays but is excluded from
  all campaigns, segments and automations)
- see the consent log for every channel (e-mail, SMS, push)

Get started: https://app.clarivo.example/shopexample-be/onboarding

Your Data Processing Agreement (Clarivo GmbH as processor, version 4.2,
signed 27 March 2026) and the list of sub-processors are available under
Settings > Legal. We will inform you 30 days before adding a sub-processor.

Need help? Our onboarding team is one reply away during your first 60 days.

Clarivo GmbH - Am Sandtorkai 48, 20457 Hamburg, Germany
You receive this service e-mail because an account was created for you.
--clv-welcome-b1f7
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html><html><body style="margin:0;background:#f4f5f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="padding:24px;background:#2b2d7c;color:#fff;font-size:20px">Welcome to Clarivo!</td></tr>
<tr><td style="padding:24px">
<p>Your workspace <b>shopexample-be</b> is live. You were added as a <b>Data Protection Administrator</b> by Pieter Goossens (IT Shop Example).</p>
<ul>
<li>run subject access exports for a contact</li>
<li>anonymise or erase a contact and its activity history</li>
<li>restrict processing for a contact</li>
<li>see the consent log for every channel</li>
</ul>
<p><a href="https://app.clarivo.example/shopexample-be/onboarding" style="background:#2b2d7c;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Get started</a></p>
<p style="font-size:12px;color:#666">Data Processing Agreement v4.2 signed 27 March 2026 &middot; Settings &gt; Legal</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888">Clarivo GmbH &middot; Am Sandtorkai 48, 20457 Hamburg &middot; You receive this service e-mail because an account was created for you.</td></tr>
</table></td></tr></table>
</body></html>
--clv-welcome-b1f7--
'''),
    ('en', 'outsourced-contact-centre-statuspage-incident-ticket-routing', 'automated', (),
'''Return-Path: <noreply@status.contactia.example>
Received: from o12.statusmail.example (o12.statusmail.example [198.51.100.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd3Mz8Rf1z6y5Wb
        for <privacy@shop.example.be>; Thu, 07 May 2026 14:22:48 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=status.contactia.example;
	s=sm1; t=1778156566; h=from:to:subject:date:list-unsubscribe;
	bh=P8qR1sT4uV7wX0yZ3aB6cD9eF2gH5iJ8kL1mN4oP7qR=;
	b=Vn2Bm5Cl8Dk1Ej4Fi7Gh0Hg3If6Je9Kd2Lc5Mb8Na1Oz4Py7Qx0Rw3Sv6Tu9Ut2Vs
From: Contactia Status <noreply@status.contactia.example>
To: privacy@shop.example.be
Subject: [Contactia Status] Investigating - Delayed routing of e-mail tickets for
 Benelux clients
Date: Thu, 07 May 2026 12:22:46 +0000
Message-ID: <incident.kx81mz4q2v.update-1@status.contactia.example>
Precedence: bulk
List-Unsubscribe: <https://status.contactia.example/subscriptions/u/9f2e1c7a>, <mailto:unsubscribe+9f2e1c7a@status.contactia.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Contactia Status

Delayed routing of e-mail tickets for Benelux clients

Investigating - Since 11:40 CEST, e-mails forwarded to our platform by
Benelux clients are accepted but are not assigned to agent queues. This
affects the queues "General", "Loyalty" and "Privacy / data requests".
No messages are lost; they will be routed in order of arrival once the
issue is fixed. Telephone and chat are not affected.

Clients with a contractual deadline on data subject requests: the time the
ticket was received by Contactia is kept and will be shown on the ticket.

May 07, 2026 - 12:22 UTC

Components affected: E-mail intake (Benelux) - Partial outage

--
You are receiving this because you are subscribed to Contactia Status
updates for Shop Example (Benelux).
Manage your subscription: https://status.contactia.example/subscriptions/u/9f2e1c7a
Unsubscribe: https://status.contactia.example/subscriptions/u/9f2e1c7a/unsubscribe
'''),
    ('en', 'person-forwards-loyalty-sunset-mail-never-agreed-delete-and-source', 'deletion', ('access',),
'''Return-Path: <m.carruthers@outlook.example>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2071.outbound.protection.outlook.com [40.107.247.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb6Jw1Hc4z6y2Ep
        for <privacy@shop.example.be>; Sat, 18 Apr 2026 22:48:10 +0200 (CEST)
From: Moira Carruthers <m.carruthers@outlook.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: FW: Your Delvaux Plus card is moving to Shop Example
Thread-Topic: Your Delvaux Plus card is moving to Shop Example
Thread-Index: AQHdz4Lk7Pq1Wn3Xr5Ty9Bv2Cm6Hs8A==
Date: Sat, 18 Apr 2026 20:48:07 +0000
Message-ID: <AS8PR02MB7221A4E09C3D5F61B7E2D4C8AA351@AS8PR02MB7221.eurprd02.prod.outlook.com>
Accept-Language: en-GB
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

I was a customer of Delvaux in Overijse, not of you. I never signed up for
anything with Shop Example and I do not want a Shop Example card. Please
remove me completely, both the card and whatever you copied over from Delvaux,
and tell me exactly what you received about me and from whom.

Moira Carruthers

________________________________
From: Delvaux Plus <noreply@fidelio-loyalty.example>
Sent: 18 April 2026 10:02
To: m.carruthers@outlook.example
Subject: Your Delvaux Plus card is moving to Shop Example

Dear Moira,

Delvaux Markt is now part of Shop Example. On 30 June 2026 the Delvaux Plus
programme ends and your card and your 1,240 points move automatically to a
Shop Example Card. You don't need to do anything.

What moves: your name, contact details, date of birth, points balance and
purchase history of the last 24 months.

If you do not want your card to move, you can object before 15 May 2026 at
www.delvauxplus.example/optout. More information about how Shop Example uses
your data: www.shop.example.be/privacy.

This is an automated message from the Delvaux Plus programme, managed by
Fidelio Loyalty on behalf of Delvaux Markt NV. Please do not reply.
'''),
    ('nl', 'old-loyalty-platform-sunset-seed-copy-flexmail-optout-rights', 'automated', (),
'''Return-Path: <bounce-r8832-1144097@flexmail-mta.example>
Received: from mta14.flexmail-mta.example (mta14.flexmail-mta.example [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb5Gx0Dn2z6y1Fr
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 10:00:41 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=delvauxplus.example;
	s=fm1; t=1776326439; h=from:to:subject:date:message-id:list-unsubscribe;
	bh=Lm5Nq8Rs1Tv4Wx7Yz0Ab3Cd6Ef9Gh2Ij5Kl8Mn1Op4Q=;
	b=Ab1Cd4Ef7Gh0Ij3Kl6Mn9Op2Qr5St8Uv1Wx4Yz7Ab0Cd3Ef6Gh9Ij2Kl5Mn8Op1Qr
From: Delvaux Plus <noreply@delvauxplus.example>
To: privacy@shop.example.be
Subject: Je Delvaux Plus-kaart verhuist naar Shop Example
Date: Thu, 16 Apr 2026 08:00:39 +0000
Message-ID: <r8832.1144097.20260416080039@delvauxplus.example>
List-Unsubscribe: <https://www.delvauxplus.example/u/r8832/1144097>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: r8832:delvauxplus:flexmail
X-Mailer: Flexmail
X-Flexmail-Campaign: sunset-wave2-NL
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_fm_r8832_1144097"

------=_fm_r8832_1144097
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste Testlid Privacy,

Delvaux Markt hoort sinds 1 februari bij Shop Example. Op 30 juni 2026
stopt het Delvaux Plus-programma. Je kaart en je 0 punten verhuizen dan
automatisch naar een Shop Example Card. Je hoeft zelf niets te doen.

Wat verhuist er?
- je naam, adres, e-mailadres en gsm-nummer
- je geboortedatum (voor je verjaardagsbon)
- je puntensaldo en je aankopen van de laatste 24 maanden
- je keuzes voor nieuwsbrief en sms (die blijven zoals ze zijn)

Liever niet mee verhuizen?
Dat kan. Laat het ons voor 15 mei 2026 weten via
www.delvauxplus.example/verhuis-niet. Je punten kan je dan nog tot 30 juni
in een Delvaux- of Shop Example-winkel inruilen. Daarna wordt je
Delvaux Plus-account gewist.

Je rechten
Je kan altijd vragen welke gegevens we van je hebben, ze laten verbeteren of
wissen, of bezwaar maken tegen het gebruik ervan voor reclame. Na de
verhuis doe je dat bij Shop Example via privacy@shop.example.be. Niet
tevreden? Je kan een klacht indienen bij de Gegevensbeschermingsautoriteit.

Tot in de winkel!
Het Delvaux Plus-team

Deze e-mail is automatisch verstuurd door Fidelio Loyalty in opdracht van
Delvaux Markt NV. Antwoorden op dit adres worden niet gelezen.
Uitschrijven voor alle Delvaux Plus-mails: www.delvauxplus.example/u/r8832/1144097
------=_fm_r8832_1144097
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Verdana,sans-serif;font-size:14px;color:#333">
<div style="background:#c8102e;color:#fff;padding:18px;font-size:22px">Delvaux Plus</div>
<p>Beste Testlid Privacy,</p>
<p>Delvaux Markt hoort sinds 1 februari bij Shop Example. Op <b>30 juni 2026</b> stopt het Delvaux Plus-programma. Je kaart en je punten verhuizen dan automatisch naar een <b>Shop Example Card</b>.</p>
<p><b>Liever niet mee verhuizen?</b> Laat het ons voor 15 mei 2026 weten via <a href="https://www.delvauxplus.example/verhuis-niet">deze pagina</a>.</p>
<p style="font-size:12px;color:#777">Je kan altijd vragen welke gegevens we van je hebben, ze laten verbeteren of wissen, of bezwaar maken tegen reclame: privacy@shop.example.be. Klacht? Gegevensbeschermingsautoriteit.<br>
Automatisch verstuurd door Fidelio Loyalty in opdracht van Delvaux Markt NV. <a href="https://www.delvauxplus.example/u/r8832/1144097">Uitschrijven</a></p>
</body></html>
------=_fm_r8832_1144097--
'''),
    ('nl', 'closed-store-lier-exchange-autoreply-camera-images-question', 'automated', (),
'''Return-Path: <lier@stores.shop.example.be>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2118.outbound.protection.outlook.com [40.107.13.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd1Bv6Xk8z6y4Nq
        for <privacy@shop.example.be>; Mon, 04 May 2026 09:31:55 +0200 (CEST)
From: Shop Example Lier (ex-Delvaux) <lier@stores.shop.example.be>
To: Privacy Team <privacy@shop.example.be>
Subject: Automatisch antwoord: Camerabeelden 11/04 - verzoek klant (ref.
 PR-2026-0712)
Thread-Topic: Camerabeelden 11/04 - verzoek klant (ref. PR-2026-0712)
Thread-Index: AQHd4Kp2Rn5Lx8Wq1Ty4Bc7Vm0Hs3A==
Date: Mon, 04 May 2026 07:31:53 +0000
Message-ID: <HE1PR01MB6630B2C9E4F1A7D05C3E8B1F66D42@HE1PR01MB6630.eurprd01.prod.outlook.com>
In-Reply-To: <pt-20260504-0064412@helpdesk.shop.example.be>
References: <pt-20260504-0064412@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: lier@stores.shop.example.be
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Beste klant, beste collega,

Onze winkel in Lier (Antwerpsestraat 112, vroeger Delvaux Markt) is sinds
25 april 2026 definitief gesloten. Deze mailbox wordt niet meer gelezen en
je bericht wordt niet doorgestuurd.

- Vragen over een bestelling, een bon of je klantenkaart: winkel Shop Example
  Mechelen Nekkerspoel (mechelen.nekkerspoel@stores.shop.example.be) of de
  klantendienst, 078 15 42 00.
- Vragen over je persoonsgegevens (ook camerabeelden van de winkel):
  privacy@shop.example.be.
- Facturen van leveranciers: ap@shop.example.be.

Bedankt voor al die jaren in Lier!
Het team van Lier
'''),
    ('nl', 'franchise-backoffice-daily-report-no-auto-headers-rights-at-counter', 'automated', (),
'''Return-Path: <rapporten@franchisedesk.example>
Received: from app2.franchisedesk.example (app2.franchisedesk.example [192.0.2.166])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kd7Hs3Cq2z6y6Dv
        for <privacy@shop.example.be>; Tue, 12 May 2026 06:05:12 +0200 (CEST)
From: FranchiseDesk <rapporten@franchisedesk.example>
To: privacy@shop.example.be
Cc: franchise.0871@shop-example-franchise.example
Subject: Dagrapport filiaal 0871 Mechelen-Noord (franchise) - 11/05/2026
Date: Tue, 12 May 2026 06:05:10 +0200
Message-ID: <dr-0871-20260511.060510.31877@franchisedesk.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

FRANCHISEDESK - DAGRAPPORT
Filiaal:        0871 Mechelen-Noord (franchise, uitbater: BV Van Roey Retail)
Ex-Delvaux:     ja (overgenomen 01/02/2026, omgebouwd 16/03/2026)
Datum:          maandag 11/05/2026

KASSA
Tickets:                         1.184
Omzet incl. btw:          EUR 38.912,45
Gem. ticket:                  EUR 32,86

KLANTENKAART
Scans Shop Example Card:           702  (59,3 %)
Scans oude Delvaux Plus-kaart:      88  (omgezet aan kassa: 61)
Nieuwe kaarten (papieren formulier): 14
Formulieren ingescand:               14 / 14

AAN DE BALIE GEREGISTREERD (privacy)
Vraag inzage gegevens:                1  -> doorgestuurd naar centrale (PR-form)
Vraag gegevens wissen / kaart stopzetten: 2  -> doorgestuurd naar centrale
Uitschrijving reclamefolder:          3  -> verwerkt in FranchiseDesk

OPENSTAANDE TAKEN
- Oude Delvaux-klantenfiches (papier, archiefkast kantoor): vernietigen
  volgens migratieplan, termijn 31/05/2026. Status: niet gestart.
- Camerasysteem: bewaartermijn instellen op 30 dagen. Status: OK.

Dit rapport wordt dagelijks om 06:00 aangemaakt voor filiaal 0871.
Ontvangers aanpassen: FranchiseDesk > Instellingen > Rapporten.
'''),
    ('nl', 'person-corrects-birthdate-above-quoted-crm-check-your-data-mail', 'correction', (),
'''Return-Path: <hilde.verbist@telenet.example>
Received: from mail-out4.telenet-ops.example (mail-out4.telenet-ops.example [195.130.132.51])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc4Nf9Tm7z6y2Zx
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 19:26:03 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=telenet.example;
	s=tn2020; t=1776273960; h=from:to:subject:date:message-id:in-reply-to;
	bh=Rt6Yu9Io2Pa5Sd8Fg1Hj4Kl7Zx0Cv3Bn6Mq9Wt2Er5T=;
	b=Qw9Er2Ty5Ui8Op1As4Df7Gh0Jk3Lz6Xc9Vb2Nm5Qw8Er1Ty4Ui7Op0As3Df6Gh9Jk
From: Hilde Verbist <hilde.verbist@telenet.example>
To: privacy@shop.example.be
Subject: Re: Kloppen je gegevens nog? Controleer ze voor je nieuwe kaart
Date: Wed, 15 Apr 2026 19:25:58 +0200
Message-ID: <a81f3c02-77e4-4b51-9d0e-5c2a61b7e9f4@telenet.example>
In-Reply-To: <clv.camp.5512.88019321@mail.clarivo.example>
User-Agent: Mozilla Thunderbird
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Goeiendag,

Op die link kan ik niks aanpassen, hij zegt "sessie verlopen". Daarom zo:
mijn geboortedatum staat er fout in, het is 14/03/1979 en niet 14/03/1997
(was bij Delvaux ook al fout denk ik). En de straat is Kardinaal
Mercierlei 27, niet 72. Kunnen jullie dat aanpassen?

Mvg
Hilde Verbist

Op 15/04/2026 om 09:12 schreef Shop Example:
> Dag Hilde,
>
> Welkom bij Shop Example! Je Delvaux Plus-kaart wordt binnenkort een
> Shop Example Card. Kloppen je gegevens nog?
>
>   Naam:            Hilde Verbist
>   Adres:           Kardinaal Mercierlei 72, 2600 Berchem
>   Geboortedatum:   14/03/1997
>   Gsm:             0476 ** ** 18
>
> Controleer en wijzig ze hier: https://mijn.shop.example.be/check/5512-88019321
>
> Deze e-mail is automatisch verzonden. Antwoorden op dit bericht worden
> niet gelezen.
'''),
    ('fr', 'payment-provider-merchant-account-activated-kyc-fr', 'automated', (),
'''Return-Path: <bounces+4417@em.paynetic.example>
Received: from o22.em.paynetic.example (o22.em.paynetic.example [198.51.100.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb3Xc5Vn6z6y0Jt
        for <privacy@shop.example.be>; Mon, 06 Apr 2026 11:47:30 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=paynetic.example;
	s=s1; t=1775468848; h=from:subject:to:mime-version:content-type;
	bh=Uy7Ti0Oh3Pg6Qf9Re2Sd5Tc8Ub1Va4Wz7Xy0Zx3Aw6B=;
	b=Lk8Jh1Gf4Ds7Ap0Oi3Uy6Tr9Ew2Qa5Zs8Xd1Cf4Vg7Bh0Nj3Mk6Ll9Pp2Oo5Ii8Uu
From: Paynetic <no-reply@paynetic.example>
To: privacy@shop.example.be
Subject: Votre compte marchand Paynetic est actif - Shop Example SA (MID 8801-2290-BE)
Date: Mon, 06 Apr 2026 09:47:28 +0000
Message-ID: <Xk3pQ7rL2sT9vW1yZ5aB8c@geopod-ismtpd-4-17>
X-SG-EID: u0Tq3Rv6Ws9Xy2Za5Bc8De1Fg4Hi7Jk0Lm3No6Pq9Rs2Tu5Vw8Xy1Za4Bc7De0Fg
X-Entity-ID: 7Hq2Lw9Pz4Kx1Vn8Rm5Tb3
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Bonne nouvelle : la vérification de votre société (KYC) est terminée et votre
compte marchand Paynetic est actif.

Société :              Shop Example SA
Identifiant marchand : 8801-2290-BE
Points de vente :      142 magasins (dont 37 ex-Delvaux), 1 boutique en ligne
Mise en service :      à partir du 14 avril 2026 selon le planning de migration
                       des terminaux convenu avec votre chef de projet

Prochaines étapes
1. Vos terminaux de paiement sont remplacés magasin par magasin. Les anciens
   terminaux Delvaux (contrat précédent) restent actifs jusqu'au 30 juin 2026.
2. Les cartes enregistrées dans la boutique en ligne (jetons) seront migrées
   par le prestataire précédent vers Paynetic. Les numéros de carte complets
   ne transitent jamais par vos systèmes.
3. Activez l'authentification à deux facteurs pour tous les utilisateurs du
   portail avant le 20 avril.

Protection des données
Paynetic agit en tant que responsable du traitement pour la lutte contre la
fraude et le blanchiment, et en tant que sous-traitant pour le traitement des
paiements pour votre compte. Notre politique : paynetic.example/fr/privacy.
Délégué à la protection des données : dpo@paynetic.example.

Cet e-mail a été envoyé à privacy@shop.example.be, désigné comme contact
« protection des données » lors de votre inscription. Merci de ne pas
répondre à ce message.

Paynetic Europe SA - Rue de la Loi 81, 1040 Bruxelles
'''),
    ('fr', 'exim-bounce-old-chain-mailbox-deactivated-forwarded-erasure', 'automated', (),
'''Return-Path: <>
Received: from mail.delvauxmarkt.example ([192.0.2.210])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb4Wm8Bp3z6y1Ck
        for <privacy@shop.example.be>; Fri, 10 Apr 2026 16:20:44 +0200 (CEST)
Received: from Debian-exim by mail.delvauxmarkt.example with local (Exim 4.96)
	id 1wR7xK-0004Qz-2T
	for privacy@shop.example.be; Fri, 10 Apr 2026 16:20:43 +0200
X-Failed-Recipients: gerant.namur-jambes@delvauxmarkt.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.delvauxmarkt.example>
To: privacy@shop.example.be
References: <pt-20260410-0059077@helpdesk.shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1775830843-eximdsn-1144201987
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wR7xK-0004Qz-2T@mail.delvauxmarkt.example>
Date: Fri, 10 Apr 2026 16:20:43 +0200

--1775830843-eximdsn-1144201987
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  gerant.namur-jambes@delvauxmarkt.example
    mailbox is disabled (account deactivated 31/03/2026 - Delvaux Markt
    mailboxes are being closed, please use the Shop Example address book)

--1775830843-eximdsn-1144201987
Content-type: message/delivery-status

Reporting-MTA: dns; mail.delvauxmarkt.example

Action: failed
Final-Recipient: rfc822;gerant.namur-jambes@delvauxmarkt.example
Status: 5.2.1

--1775830843-eximdsn-1144201987
Content-type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be ([192.0.2.41])
	by mx1.shop.example.be with ESMTPS; Fri, 10 Apr 2026 16:20:40 +0200
Date: Fri, 10 Apr 2026 16:20:38 +0200
From: Equipe Vie privee Shop Example <privacy@shop.example.be>
To: Gerant Delvaux Jambes <gerant.namur-jambes@delvauxmarkt.example>
Subject: Demande d'effacement d'une cliente - fiches papier du magasin de Jambes
Message-ID: <pt-20260410-0059077@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Une cliente, Mme Bertrand, nous demande d'effacer ses données. Elle avait
rempli une fiche papier pour la carte Delvaux Plus au magasin de Jambes en
2019. Pouvez-vous vérifier si ces fiches sont encore au magasin et, le cas
échéant, détruire la sienne et nous le confirmer ?

Merci d'avance,
L'équipe Vie privée - Shop Example

--1775830843-eximdsn-1144201987--
'''),
    ('fr', 'outsourced-contact-centre-ticket-ack-privacy-queue-fr', 'automated', (),
'''Return-Path: <support+id48213@shopexample-be.helpora.example>
Received: from out-7.smtp.helpora.example (out-7.smtp.helpora.example [203.0.113.27])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd5Qy2Gr9z6y5Lh
        for <privacy@shop.example.be>; Fri, 08 May 2026 10:03:17 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=helpora.example; s=hp1;
	t=1778227395; h=from:to:subject:date:message-id:auto-submitted;
	bh=Fg3Hj6Kl9Zx2Cv5Bn8Mq1Wt4Er7Ty0Ui3Op6As9Df2G=;
	b=Mn5Bv8Cx1Za4Sd7Fg0Hj3Kl6Qw9Er2Ty5Ui8Op1As4Df7Gh0Jk3Lz6Xc9Vb2Nm5Qw
From: "Service clients Shop Example (Contactia)" <support@shopexample-be.helpora.example>
Reply-To: support+id48213@shopexample-be.helpora.example
To: privacy@shop.example.be
Subject: [#48213] Demande reçue : Suppression de mon compte ex-Delvaux
Date: Fri, 08 May 2026 08:03:15 +0000
Message-ID: <ticket-48213.ack.7Wq2Rt5Yu8@shopexample-be.helpora.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Helpora-Ticket: 48213
X-Helpora-Queue: FR - Vie privee
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_hp_48213"

----==_mimepart_hp_48213
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

##- Merci de répondre au-dessus de cette ligne -##

Bonjour,

Votre demande (#48213) a bien été reçue par le service clients de
Shop Example. Un conseiller vous répondra dans les meilleurs délais.

Les demandes relatives à vos données personnelles (accès, rectification,
suppression, opposition) sont traitées par une équipe dédiée. Le délai
légal de réponse est d'un mois à compter de la réception.

Objet :    Suppression de mon compte ex-Delvaux
Canal :    e-mail (transféré par privacy@shop.example.be)
File :     FR - Vie privée
Reçu le :  08/05/2026 à 10:03

Vous pouvez suivre votre demande ici :
https://shopexample-be.helpora.example/hc/fr/requests/48213

Service clients Shop Example
Opéré par Contactia Customer Care, Lisbonne, pour le compte de Shop Example SA.

Ce message a été envoyé automatiquement.
----==_mimepart_hp_48213
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#b5b5b5">##- Merci de répondre au-dessus de cette ligne -##</p>
<p>Bonjour,</p>
<p>Votre demande (<b>#48213</b>) a bien été reçue par le service clients de Shop Example. Un conseiller vous répondra dans les meilleurs délais.</p>
<p>Les demandes relatives à vos données personnelles (accès, rectification, suppression, opposition) sont traitées par une équipe dédiée. Le délai légal de réponse est d'un mois à compter de la réception.</p>
<p><a href="https://shopexample-be.helpora.example/hc/fr/requests/48213">Suivre ma demande</a></p>
<p style="font-size:11px;color:#888">Service clients Shop Example &ndash; opéré par Contactia Customer Care, Lisbonne. Ce message a été envoyé automatiquement.</p>
</body></html>
----==_mimepart_hp_48213--
'''),
    ('fr', 'person-writes-from-company-noreply-address-objects-partner-sharing', 'objection', (),
'''Return-Path: <ne-pas-repondre@boulangerie-lemaire.example>
Received: from smtp.hosting-ovh.example (smtp.hosting-ovh.example [198.51.100.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd0Lr4Xy1z6y3Tb
        for <privacy@shop.example.be>; Sat, 02 May 2026 07:12:26 +0200 (CEST)
From: Boulangerie Lemaire - ne pas repondre <ne-pas-repondre@boulangerie-lemaire.example>
To: privacy@shop.example.be
Subject: Notification
Date: Sat, 02 May 2026 07:12:24 +0200
Message-ID: <20260502051224.8d41c@boulangerie-lemaire.example>
X-Mailer: Roundcube Webmail/1.6.9
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bonjour,

Excusez l'adresse, c'est celle de la boulangerie, je n'ai que celle-là sur
l'ordinateur du magasin. Je m'appelle Jean-Marc Lemaire, j'avais la carte
Delvaux Plus depuis des années (n° 6301 0044 1872), maintenant c'est votre
carte à vous paraît-il.

Dans votre nouvelle charte j'ai lu que vous partagez les données de la carte
avec des "partenaires sélectionnés" et que vous faites des profils d'achat
pour les offres personnalisées. Chez Delvaux il n'y avait pas ça. Je garde la
carte pour les points, mais je refuse qu'on analyse mes achats et que mes
données partent chez vos partenaires. Merci d'arrêter ça pour moi.

Répondez-moi plutôt sur jm.lemaire56@skynet.example, cette adresse-ci n'est
pas relevée.

Jean-Marc Lemaire
Rue de Fernelmont 14, 5020 Champion

--
Ce message a été envoyé automatiquement par le système de la Boulangerie
Lemaire. Merci de ne pas répondre à cette adresse.
'''),
    ('de', 'exchange-ndr-german-eupen-franchise-mailbox-removed-after-switch', 'automated', (),
'''Return-Path: <>
Received: from mail.eifelhandel-eupen.example (mail.eifelhandel-eupen.example [198.51.100.180])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc9Fp1Wd4z6y4Gs
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 13:56:02 +0200 (CEST)
From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@eifelhandel-eupen.example>
To: privacy@shop.example.be
Date: Wed, 22 Apr 2026 11:55:59 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9b7e3a41-2c58-4d0f-a6e1-55c0b2d8f917"
Content-Language: de-DE
Message-ID: <b2d1f0a4-6e39-4a7c-8c15-0e7d9a3b6c21@eifelhandel-eupen.example>
In-Reply-To: <pt-20260422-0062391@helpdesk.shop.example.be>
References: <pt-20260422-0062391@helpdesk.shop.example.be>
Subject: Unzustellbar: Auskunftsersuchen eines Kunden - Kundenkarteien Filiale
 Eupen
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0

--9b7e3a41-2c58-4d0f-a6e1-55c0b2d8f917
Content-Type: multipart/alternative;
	boundary="1c4a0e7f-93b2-4d6a-b8f5-2e61d7c09a38"

--1c4a0e7f-93b2-4d6a-b8f5-2e61d7c09a38
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Die Zustellung an diese Empfänger oder Gruppen ist fehlgeschlagen:

filialleitung@eifelhandel-eupen.example
Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die
E-Mail-Adresse des Empfängers, und versuchen Sie dann, die Nachricht erneut
zu senden. Wenden Sie sich an Ihren Helpdesk, wenn das Problem weiterhin
besteht.

Diagnoseinformationen für Administratoren:

Generierender Server: EHX01.eifelhandel.local

filialleitung@eifelhandel-eupen.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprüngliche Nachrichtenkopfzeilen:

Received: from mx1.shop.example.be (192.0.2.10) by EHX01.eifelhandel.local
 (10.0.4.11) with Microsoft SMTP Server id 15.2.1544.4; Wed, 22 Apr 2026
 13:55:58 +0200
From: Shop Example Privacy Team <privacy@shop.example.be>
To: <filialleitung@eifelhandel-eupen.example>
Subject: Auskunftsersuchen eines Kunden - Kundenkarteien Filiale Eupen
Date: Wed, 22 Apr 2026 13:55:51 +0200
Message-ID: <pt-20260422-0062391@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--1c4a0e7f-93b2-4d6a-b8f5-2e61d7c09a38
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body><p><b><font color="#000066" size="3" face="Arial">Die Zustellung an diese Empfänger oder Gruppen ist fehlgeschlagen:</font></b></p>
<p><font color="#000000" size="2" face="Tahoma"><a href="mailto:filialleitung@eifelhandel-eupen.example">filialleitung@eifelhandel-eupen.example</a><br>
Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann, die Nachricht erneut zu senden.</font></p>
<p><font color="#808080" size="2" face="Tahoma">Generierender Server: EHX01.eifelhandel.local<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'</font></p>
</body></html>

--1c4a0e7f-93b2-4d6a-b8f5-2e61d7c09a38--

--9b7e3a41-2c58-4d0f-a6e1-55c0b2d8f917
Content-Type: message/delivery-status

Reporting-MTA: dns;EHX01.eifelhandel.local
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Wed, 22 Apr 2026 11:55:58 +0000

Final-Recipient: rfc822;filialleitung@eifelhandel-eupen.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--9b7e3a41-2c58-4d0f-a6e1-55c0b2d8f917
Content-Type: text/rfc822-headers

From: Shop Example Privacy Team <privacy@shop.example.be>
To: <filialleitung@eifelhandel-eupen.example>
Subject: Auskunftsersuchen eines Kunden - Kundenkarteien Filiale Eupen
Date: Wed, 22 Apr 2026 13:55:51 +0200
Message-ID: <pt-20260422-0062391@helpdesk.shop.example.be>

--9b7e3a41-2c58-4d0f-a6e1-55c0b2d8f917--
'''),
    ('de', 'new-crm-import-job-failed-consent-field-empty-alert', 'automated', (),
'''Return-Path: <alerts@notify.clarivo.example>
Received: from mta-eu1.mail.clarivo.example (mta-eu1.mail.clarivo.example [203.0.113.139])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc2Dw7Nj5z6y2Vr
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 02:17:33 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=clarivo.example; s=mta1;
	t=1776125851; h=from:to:subject:date:message-id;
	bh=Wq8Er1Ty4Ui7Op0As3Df6Gh9Jk2Lz5Xc8Vb1Nm4Qw7E=;
	b=Rt3Yu6Io9Pa2Sd5Fg8Hj1Kl4Zx7Cv0Bn3Mq6Wt9Er2Ty5Ui8Op1As4Df7Gh0Jk3Lz
From: Clarivo Alerts <alerts@notify.clarivo.example>
To: privacy@shop.example.be
Subject: [Clarivo] Import fehlgeschlagen: "Delvaux Plus Kontakte Welle 3" -
 312 Datensätze abgelehnt
Date: Tue, 14 Apr 2026 00:17:31 +0000
Message-ID: <alert.imp-20260414-0017-shopexample-be.88412@notify.clarivo.example>
Auto-Submitted: auto-generated
X-Clarivo-Tenant: shopexample-be
X-Clarivo-Alert: import.partial_failure
X-Priority: 2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Clarivo - Systembenachrichtigung

Workspace:    shopexample-be
Import:       "Delvaux Plus Kontakte Welle 3" (IMP-2026-0414-02)
Quelle:       sftp / DataBridge LOY-07_r19_target.csv
Gestartet:    14.04.2026 01:58 MESZ
Status:       TEILWEISE FEHLGESCHLAGEN

Importiert:           59.805
Abgelehnt:               312

Ablehnungsgründe
  231  Pflichtfeld "Einwilligung E-Mail (Quelle)" leer
   64  Pflichtfeld "Einwilligung SMS (Quelle)" leer
   17  Kontakt existiert bereits mit Status "Verarbeitung eingeschränkt"
       (nicht überschrieben)

Hinweis: Kontakte ohne dokumentierte Einwilligung werden von Clarivo nicht
mit dem Kanalstatus "opt-in" angelegt. Bitte ergänzen Sie den Einwilligungs-
nachweis (Datum, Quelle, Text der Einwilligungserklärung) oder importieren
Sie die Kontakte mit dem Status "keine Einwilligung".

Fehlerdatei herunterladen (7 Tage gültig):
https://app.clarivo.example/shopexample-be/imports/IMP-2026-0414-02/errors

Sie erhalten diese Benachrichtigung, weil Sie Datenschutz-Administrator
dieses Workspaces sind. Benachrichtigungen verwalten: Einstellungen >
Benachrichtigungen. Bitte antworten Sie nicht auf diese E-Mail.
'''),
    ('de', 'dmarc-aggregate-report-webde-old-chain-domain-gzip', 'automated', (),
'''Return-Path: <noreply-dmarc-support@web.example>
Received: from mout.web.example (mout.web.example [212.227.15.3])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd2Sx0Ph8z6y4Mn
        for <privacy@shop.example.be>; Wed, 06 May 2026 04:12:09 +0200 (CEST)
From: noreply-dmarc-support@web.example
To: privacy@shop.example.be
Subject: Report Domain: delvauxmarkt.example Submitter: web.example
 Report-ID: <8f2c41d07a>
Date: Wed, 06 May 2026 02:12:07 +0000
Message-ID: <dmarc-8f2c41d07a@mout.web.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="dmarc-8f2c41d07a-bnd"

--dmarc-8f2c41d07a-bnd
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist ein DMARC-Aggregatbericht für die Domain delvauxmarkt.example
(Zeitraum 05.05.2026 00:00 - 05.05.2026 23:59 UTC).

This is a DMARC aggregate report for delvauxmarkt.example.

Der Bericht wurde an die in der DMARC-Richtlinie (rua) angegebene Adresse
gesendet. Bei Fragen wenden Sie sich bitte an den Betreiber der Domain.

--dmarc-8f2c41d07a-bnd
Content-Type: application/gzip; name="web.example!delvauxmarkt.example!1777939200!1778025599.xml.gz"
Content-Disposition: attachment; filename="web.example!delvauxmarkt.example!1777939200!1778025599.xml.gz"
Content-Transfer-Encoding: base64

H4sIAAAAAAACA2WQ0WrDMAxFf6XkfXZsCu1AdWGs+4KOPQbVVjtT2zKO02V/v5StycOedHV1dRCC
/RjD6kal95x2jRJts6Jk2fl02TXvx7enbbM3cCZyJ7RXA4Uyl9pFquiwogEuly5hJPNxeBGvB5Cz
8ch6Z7ZnbdfKtRsEubizXmiZg7ffXR5OwfefNGUcR/TJOAo3HMaI5VoFjRhzIJB/Q8gmcZr6PDH/
IwpZLvfKXwZ6HoqlzmejnrVohRZatSAXGywPqZq10iB/5XTnfVM+OHJ+xw/tqYasPwEAAA==

--dmarc-8f2c41d07a-bnd--
'''),
    ('de', 'loyalty-saas-vendor-newsletter-migration-tips-consent-footer', 'automated', (),
'''Return-Path: <newsletter-bounce.b7Qm2x@news.treuwerk.example>
Received: from mail217.news.treuwerk.example (mail217.news.treuwerk.example [198.51.100.217])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd6Tb9Fx3z6y6Ak
        for <privacy@shop.example.be>; Tue, 12 May 2026 08:30:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=treuwerk.example; s=news;
	t=1778567412; h=from:to:subject:date:message-id:list-unsubscribe:list-id;
	bh=Io4Pa7Sd0Fg3Hj6Kl9Zx2Cv5Bn8Mq1Wt4Er7Ty0Ui3O=;
	b=Xc6Vb9Nm2Qw5Er8Ty1Ui4Op7As0Df3Gh6Jk9Lz2Xc5Vb8Nm1Qw4Er7Ty0Ui3Op6As9
From: Treuwerk Insights <insights@treuwerk.example>
To: privacy@shop.example.be
Subject: Übernahme geschafft - und jetzt die Kundenkarte? 5 Fehler bei der
 Migration von Treuedaten
Date: Tue, 12 May 2026 06:30:12 +0000
Message-ID: <nl-2026-19.b7Qm2x.20260512063012@news.treuwerk.example>
List-ID: Treuwerk Insights <insights.treuwerk.example>
List-Unsubscribe: <https://news.treuwerk.example/abmelden?u=b7Qm2x&l=19>, <mailto:abmelden@news.treuwerk.example?subject=b7Qm2x>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Mailer: Treuwerk Newsroom (CleverReach)
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Treuwerk Insights 19/2026</title></head>
<body style="margin:0;padding:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif">
<div style="max-width:600px;margin:0 auto;background:#ffffff">
<div style="padding:20px 28px;background:#0f4c5c;color:#ffffff;font-size:13px">Treuwerk Insights &middot; Ausgabe 19/2026 &middot; <a href="https://news.treuwerk.example/web/19" style="color:#cfe8ef">Im Browser ansehen</a></div>
<h1 style="padding:24px 28px 0;font-size:24px;color:#0f4c5c">Übernahme geschafft &ndash; und jetzt die Kundenkarte?</h1>
<div style="padding:0 28px 20px;font-size:15px;line-height:1.5;color:#333">
<p>Guten Tag,</p>
<p>wenn ein Händler einen anderen übernimmt, ist das Treueprogramm oft das heikelste Stück: Hunderttausende Kundinnen und Kunden, Punkte, Kaufhistorie, Einwilligungen. Aus über 40 Migrationsprojekten kennen wir die fünf häufigsten Fehler:</p>
<ol>
<li><b>Einwilligungen ohne Nachweis übernehmen.</b> Ein &bdquo;Ja&ldquo; aus dem alten System ohne Datum und Text ist kein Nachweis.</li>
<li><b>Widersprüche und Löschanträge vergessen,</b> die beim alten Betreiber noch offen waren.</li>
<li><b>Die Kundschaft zu spät informieren</b> &ndash; Art. 13 und 14 DSGVO gelten auch beim Betreiberwechsel.</li>
<li><b>Das Altsystem zu lange laufen lassen,</b> ohne Lösch- und Abschaltplan.</li>
<li><b>Auskunftsanfragen doppelt beantworten</b> &ndash; oder gar nicht.</li>
</ol>
<p><a href="https://treuwerk.example/whitepaper/migration-treuedaten?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=nl19" style="display:inline-block;background:#e07a1f;color:#fff;padding:12px 20px;text-decoration:none;border-radius:3px">Whitepaper &bdquo;Treuedaten sicher migrieren&ldquo; herunterladen</a></p>
<p><b>Live-Webinar am 28. Mai, 10:00 Uhr:</b> &bdquo;Vom Altprogramm zur neuen Karte in 90 Tagen&ldquo; &ndash; mit einem Praxisbericht aus dem belgischen Lebensmittelhandel. <a href="https://treuwerk.example/webinar/28-05">Jetzt anmelden</a></p>
</div>
<div style="padding:18px 28px;background:#f5f5f5;font-size:11px;color:#777;line-height:1.4">
Sie erhalten diesen Newsletter, weil Sie sich am 03.03.2026 auf der Messe &bdquo;Retail Loyalty Summit&ldquo; in Köln mit Ihrer E-Mail-Adresse für Treuwerk Insights angemeldet und dies per Double-Opt-in bestätigt haben. Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen: <a href="https://news.treuwerk.example/abmelden?u=b7Qm2x&amp;l=19">Newsletter abbestellen</a>. Informationen zum Datenschutz, zu Ihren Rechten auf Auskunft, Berichtigung, Löschung und Widerspruch sowie zum Beschwerderecht bei einer Aufsichtsbehörde: <a href="https://treuwerk.example/datenschutz">treuwerk.example/datenschutz</a>.<br><br>
Treuwerk GmbH &middot; Hohenzollernring 72 &middot; 50672 Köln &middot; HRB 98112 Amtsgericht Köln &middot; Geschäftsführung: Dr. Katrin Wessels
</div>
</div>
</body></html>
'''),
    ('de', 'person-restriction-above-pasted-transfer-notice-eupen-dispute', 'restriction', ('access',),
'''Return-Path: <rainer.kohnen@proximus.example>
Received: from mailsec113.isp.proximus.example (mailsec113.isp.proximus.example [195.238.20.109])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc6Pj2Rw9z6y3Cb
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 17:34:40 +0200 (CEST)
From: "Rainer Kohnen" <rainer.kohnen@proximus.example>
To: <privacy@shop.example.be>
Subject: AW: Ihre Delvaux-Plus-Karte zieht um
Date: Fri, 17 Apr 2026 17:34:37 +0200
Message-ID: <000b01dcce4a$7f3e21c0$7dba6540$@proximus.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHdzk1e8Tq3Wb5Xn2Lm9Rv4Ky7Pc0A=
Content-Language: de-be

Guten Tag,

unten die Mail, die ich heute bekommen habe. Ich hatte die Delvaux-Karte im
Januar gekündigt, im Laden in Eupen, schriftlich, die Verkäuferin hat den
Zettel abgestempelt (Kopie habe ich). Trotzdem steht da jetzt, meine Daten
und 24 Monate Einkäufe "ziehen um".

Bevor das geklärt ist, möchte ich nicht, dass Sie mit meinen Daten irgend
etwas machen - keine neue Karte anlegen, keine Werbung, nichts. Bitte
zunächst alles sperren, nicht löschen, ich brauche das eventuell noch
als Beweis. Und teilen Sie mir mit, was genau bei Ihnen von mir angekommen
ist.

Mit freundlichen Grüßen
Rainer Kohnen
Aachener Straße 40, 4700 Eupen

-----Ursprüngliche Nachricht-----
Von: Delvaux Plus <noreply@fidelio-loyalty.example>
Gesendet: Freitag, 17. April 2026 10:00
An: rainer.kohnen@proximus.example
Betreff: Ihre Delvaux-Plus-Karte zieht um

Lieber Herr Kohnen,

Delvaux Markt gehört jetzt zu Shop Example. Am 30. Juni 2026 endet das
Delvaux-Plus-Programm. Ihre Karte, Ihre Punkte und Ihre Einkäufe der letzten
24 Monate werden automatisch auf eine Shop Example Card übertragen.

Sie möchten das nicht? Widersprechen Sie bis zum 15. Mai 2026 unter
www.delvauxplus.example/de/nicht-umziehen.

Dies ist eine automatische Nachricht von Fidelio Loyalty im Auftrag der
Delvaux Markt AG. Bitte antworten Sie nicht auf diese E-Mail.
'''),
    ('es', 'gmail-dsn-spanish-address-not-found-card-migration-reply', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.example (mail-sor-f69.google.example [209.85.220.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc7Yt5Hb0z6y3Rm
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 12:44:21 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=googlemail.example; s=20230601;
	t=1776681859; h=to:from:subject:date:message-id:references:in-reply-to;
	bh=Cv3Bn6Mq9Wt2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2V=;
	b=Nm8Qw1Er4Ty7Ui0Op3As6Df9Gh2Jk5Lz8Xc1Vb4Nm7Qw0Er3Ty6Ui9Op2As5Df8Gh1
From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>
To: privacy@shop.example.be
Subject: Delivery Status Notification (Failure)
Date: Mon, 20 Apr 2026 03:44:19 -0700 (PDT)
Message-ID: <6623f2a7.050a0220.3c91b.51d2.GMR@mx.google.example>
References: <pt-20260420-0060854@helpdesk.shop.example.be>
In-Reply-To: <pt-20260420-0060854@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000b3e1d20650a4c7f1"; report-type=delivery-status

--000000000000b3e1d20650a4c7f1
Content-Type: multipart/related; boundary="000000000000b3f2a30650a4c7f9"

--000000000000b3f2a30650a4c7f9
Content-Type: multipart/alternative; boundary="000000000000b3f2a40650a4c7fa"

--000000000000b3f2a40650a4c7fa
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit


** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a lucia.ferrandiz.m@gmail.example porque no se
ha encontrado la dirección o esta no puede recibir correo.

Más información: https://support.google.example/mail/?p=NoSuchUser

La respuesta fue:

The email account that you tried to reach does not exist. Please try
double-checking the recipient's email address for typos or unnecessary
spaces. For more information, go to https://support.google.example/mail/?p=NoSuchUser

--000000000000b3f2a40650a4c7fa
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

<html><body><table cellpadding="0" cellspacing="0"><tr><td style="font-family:Roboto,Arial,sans-serif;font-size:24px;color:#d93025">No se ha encontrado la dirección</td></tr>
<tr><td style="padding-top:20px;font-family:Roboto,Arial,sans-serif;font-size:16px;color:#202124">Tu mensaje no se ha entregado a <a style="color:#212121;text-decoration:none"><b>lucia.ferrandiz.m@gmail.example</b></a> porque no se ha encontrado la dirección o esta no puede recibir correo.</td></tr></table>
<p style="font-family:monospace;font-size:12px">The email account that you tried to reach does not exist.</p></body></html>

--000000000000b3f2a40650a4c7fa--

--000000000000b3f2a30650a4c7f9--

--000000000000b3e1d20650a4c7f1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.example
Received-From-MTA: dns; mx1.shop.example.be
Arrival-Date: Mon, 20 Apr 2026 03:44:18 -0700 (PDT)

Final-Recipient: rfc822; lucia.ferrandiz.m@gmail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.example. (2a00:1450:400c:c0b::1b)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
 not exist. 550 5.1.1 https://support.google.example/mail/?p=NoSuchUser
Last-Attempt-Date: Mon, 20 Apr 2026 03:44:19 -0700 (PDT)

--000000000000b3e1d20650a4c7f1
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Date: Mon, 20 Apr 2026 12:44:12 +0200
From: Shop Example - Equipo de Privacidad <privacy@shop.example.be>
To: Lucía Ferrándiz <lucia.ferrandiz.m@gmail.example>
Subject: Re: ¿Quién tiene ahora mis datos de la tarjeta Delvaux?
Message-ID: <pt-20260420-0060854@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Estimada Sra. Ferrándiz:

Le respondemos a su solicitud de acceso del 2 de abril. Desde el 1 de
febrero de 2026 el responsable de los datos de la tarjeta Delvaux Plus es
Shop Example SA. Adjuntamos una copia de los datos que hemos recibido...

--000000000000b3e1d20650a4c7f1--
'''),
    ('es', 'outsourced-contact-centre-madrid-weekly-service-report-no-headers', 'automated', (),
'''Return-Path: <informes@contactia.example>
Received: from smtp2.contactia.example (smtp2.contactia.example [203.0.113.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd4Fh6Lt2z6y5Dp
        for <privacy@shop.example.be>; Mon, 11 May 2026 07:00:09 +0200 (CEST)
From: Contactia - Informes <informes@contactia.example>
To: privacy@shop.example.be, cx-lead@shop.example.be
Subject: Informe semanal de servicio - Shop Example BE - semana 19/2026
Date: Mon, 11 May 2026 07:00:06 +0200
Message-ID: <informe-sem19-2026-shopexample-be.4471@reports.contactia.example>
X-Mailer: Contactia Reporting 3.2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

CONTACTIA CUSTOMER CARE - CENTRO DE MADRID
Informe semanal de servicio
Cliente: Shop Example SA (Bélgica)     Semana: 19 (04/05 - 10/05/2026)

VOLUMEN
                        Teléfono   E-mail   Chat    Total
General                   3.412     2.180    1.044   6.636
Fidelización / tarjeta    1.906     1.377      611   3.894
  (de ellos, ex-Delvaux)  1.288       942      402   2.632
Privacidad / derechos        --       118       --     118

NIVEL DE SERVICIO
Llamadas atendidas < 30 s:            78,4 %   (objetivo 80 %)
E-mails respondidos < 24 h:           91,2 %   (objetivo 90 %)

COLA "PRIVACIDAD / DERECHOS" (118 entradas)
  Acceso / copia de datos                  29
  Supresión / baja de la tarjeta           47
  Oposición a publicidad / perfiles        21
  Rectificación                            12
  Portabilidad                              3
  Reclamaciones (mención APD/autoridad)     6
  -> todas escaladas al equipo de privacidad de Shop Example según el
     procedimiento P-07; ninguna respondida por el centro.

INCIDENCIAS
- 07/05 11:40-15:05: retraso en el enrutamiento de e-mails Benelux
  (ver comunicación de estado). Sin pérdida de mensajes.

Este informe se genera automáticamente cada lunes a las 07:00.
'''),
    ('es', 'old-payment-provider-contract-end-data-deletion-90-days-download', 'automated', (),
'''Return-Path: <avisos@pagatek.example>
Received: from mx-out3.pagatek.example (mx-out3.pagatek.example [198.51.100.133])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd8Zn4Bw6z6y7Ft
        for <privacy@shop.example.be>; Thu, 14 May 2026 09:20:37 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=pagatek.example; s=pk2024;
	t=1778743235; h=from:to:subject:date:message-id;
	bh=As5Df8Gh1Jk4Lz7Xc0Vb3Nm6Qw9Er2Ty5Ui8Op1As4D=;
	b=Gh7Jk0Lz3Xc6Vb9Nm2Qw5Er8Ty1Ui4Op7As0Df3Gh6Jk9Lz2Xc5Vb8Nm1Qw4Er7Ty0
From: Pagatek - Avisos de cuenta <avisos@pagatek.example>
To: privacy@shop.example.be
Cc: tesoreria@delvauxmarkt.example
Subject: Confirmación de baja del contrato de adquirencia 44018822 - Delvaux
 Markt NV
Date: Thu, 14 May 2026 07:20:35 +0000
Message-ID: <baja-44018822-20260514072035@avisos.pagatek.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="pgk-44018822-alt"

--pgk-44018822-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Estimado cliente:

Confirmamos la baja de su contrato de adquirencia.

Titular:              Delvaux Markt NV (ahora Shop Example SA)
Contrato:             44018822
Comercios afectados:  37 terminales físicos, 1 comercio electrónico
Fecha de baja:        30/06/2026 23:59 CET

Qué ocurre con sus datos
- Hasta el 30/06/2026 puede descargar desde el portal el histórico de
  operaciones y liquidaciones (CSV o XML).
- Los tokens de tarjeta de sus clientes se transferirán al nuevo proveedor
  que nos ha indicado (Paynetic Europe SA) el 15/06/2026, conforme a la
  solicitud firmada el 02/05/2026.
- 90 días después de la baja suprimiremos los datos de las operaciones,
  salvo los que debamos conservar por obligación legal (prevención del
  blanqueo de capitales: 10 años) y para la gestión de contracargos
  pendientes.

Para ejercer derechos de protección de datos frente a Pagatek como
responsable: dpo@pagatek.example.

Este es un mensaje automático. Por favor, no responda a este correo.
Pagatek Payments, S.L. - Paseo de la Castellana 141, 28046 Madrid
--pgk-44018822-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#1d2b36">
<p>Estimado cliente:</p>
<p>Confirmamos la baja de su contrato de adquirencia <b>44018822</b> (Delvaux Markt NV, ahora Shop Example SA) con fecha <b>30/06/2026</b>.</p>
<ul>
<li>Hasta el 30/06/2026 puede descargar el histórico de operaciones desde el portal.</li>
<li>Los tokens de tarjeta se transferirán a Paynetic Europe SA el 15/06/2026.</li>
<li>90 días después de la baja suprimiremos los datos de las operaciones, salvo obligación legal.</li>
</ul>
<p style="font-size:11px;color:#777">Mensaje automático. No responda a este correo. Pagatek Payments, S.L. &middot; dpo@pagatek.example</p>
</body></html>
--pgk-44018822-alt--
'''),
    ('es', 'person-asks-old-vouchers-above-quoted-new-card-welcome', 'other', (),
'''Return-Path: <pilar.ocana.r@hotmail.example>
Received: from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2044.outbound.protection.outlook.com [40.107.8.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd3Cg8Mv5z6y5Xs
        for <privacy@shop.example.be>; Sat, 09 May 2026 13:05:51 +0200 (CEST)
From: Pilar Ocaña <pilar.ocana.r@hotmail.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: ¡Bienvenida a Shop Example Card, Pilar!
Date: Sat, 9 May 2026 11:05:48 +0000
Message-ID: <DU0P192MB1704E3B1C7A9F2D48C6E0A5D91E37@DU0P192MB1704.EURP192.PROD.OUTLOOK.COM>
In-Reply-To: <clv.tx.welcome.6620-1193044@mail.clarivo.example>
Content-Language: es-ES
X-MS-Has-Attach:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hola, buenos días

Os escribo aquí porque es la única dirección que sale al final del correo.
Tengo tres vales de descuento de Delvaux de 5 euros cada uno (los de
cumpleaños, caducan en agosto) y en la tienda de Ixelles, que ahora es
Shop Example, me dijeron que ya no los aceptan. ¿Los puedo usar todavía
en algún sitio o me los cambiáis por puntos de la nueva tarjeta? Me parece
un poco feo perderlos así.

Gracias
Pilar

Enviado desde Outlook para Android

________________________________
De: Shop Example <hello@mail.shop.example.be>
Enviado: viernes, 8 de mayo de 2026 18:30
Para: pilar.ocana.r@hotmail.example
Asunto: ¡Bienvenida a Shop Example Card, Pilar!

¡Hola Pilar!

Tu tarjeta Delvaux Plus ya es una Shop Example Card. Hemos pasado tus
2.310 puntos a tu nueva tarjeta. Descarga la app para tenerla siempre
contigo.

Número de tarjeta: 2207 **** **** 4418

¿Preguntas sobre tus datos personales? Escríbenos a privacy@shop.example.be.
Este mensaje se ha enviado automáticamente, no respondas a este correo.
'''),
    ('it', 'pec-provider-non-acceptance-notice-reply-to-italian-customer', 'automated', (),
'''Return-Path: <posta-certificata@legalmail-pec.example>
Received: from smtp-out.legalmail-pec.example (smtp-out.legalmail-pec.example [203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd0Wq1Ns7z6y3Jd
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 15:02:18 +0200 (CEST)
From: "Per conto di: giulia.marchetti@pec.example" <posta-certificata@legalmail-pec.example>
To: privacy@shop.example.be
Subject: AVVISO DI NON ACCETTAZIONE: Re: Richiesta dati carta fedeltà Delvaux
 - pratica PR-2026-0688
Date: Thu, 30 Apr 2026 15:02:16 +0200
Message-ID: <opec21025.20260430150216.04412.771.1.58@legalmail-pec.example>
X-Ricevuta: non-accettazione
X-Trasporto: errore
X-Riferimento-Message-ID: <pt-20260430-0063015@helpdesk.shop.example.be>
X-Mailer: LegalMail PEC Gateway
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_44120_771.1777554136"

------=_Part_44120_771.1777554136
Content-Type: multipart/alternative; boundary="----=_Part_44121_771.1777554136"

------=_Part_44121_771.1777554136
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Avviso di non accettazione

Il giorno 30/04/2026 alle ore 15:02:16 (+0200) nel messaggio
"Re: Richiesta dati carta fedeltà Delvaux - pratica PR-2026-0688"
proveniente da "privacy@shop.example.be" e destinato all'utente
"giulia.marchetti@pec.example"
è stato rilevato un problema che ne impedisce l'accettazione a causa di:

la casella di destinazione è una casella di Posta Elettronica Certificata
configurata per ricevere esclusivamente messaggi provenienti da caselle PEC.

Il messaggio non è stato consegnato.

Identificativo messaggio: opec21025.20260430150216.04412.771.1.58@legalmail-pec.example

------=_Part_44121_771.1777554136
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body><h3>Avviso di non accettazione</h3>
<p>Il giorno 30/04/2026 alle ore 15:02:16 (+0200) nel messaggio <b>"Re: Richiesta dati carta fedeltà Delvaux - pratica PR-2026-0688"</b> proveniente da "privacy@shop.example.be" e destinato all'utente "giulia.marchetti@pec.example" è stato rilevato un problema che ne impedisce l'accettazione: la casella di destinazione accetta solo messaggi provenienti da caselle PEC.</p>
<p>Il messaggio non è stato consegnato.</p></body></html>

------=_Part_44121_771.1777554136--

------=_Part_44120_771.1777554136
Content-Type: application/xml; name="daticert.xml"
Content-Disposition: inline; filename="daticert.xml"
Content-Transfer-Encoding: 8bit

<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="non-accettazione" errore="altro">
  <intestazione>
    <mittente>privacy@shop.example.be</mittente>
    <destinatari tipo="certificato">giulia.marchetti@pec.example</destinatari>
    <risposte>privacy@shop.example.be</risposte>
    <oggetto>Re: Richiesta dati carta fedeltà Delvaux - pratica PR-2026-0688</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>LEGALMAIL PEC</gestore-emittente>
    <data zona="+0200"><giorno>30/04/2026</giorno><ora>15:02:16</ora></data>
    <identificativo>opec21025.20260430150216.04412.771.1.58@legalmail-pec.example</identificativo>
    <msgid>&lt;pt-20260430-0063015@helpdesk.shop.example.be&gt;</msgid>
  </dati>
</postacert>

------=_Part_44120_771.1777554136--
'''),
    ('it', 'helpdesk-platform-agent-account-created-privacy-queue-it', 'automated', (),
'''Return-Path: <noreply@helpora.example>
Received: from out-3.smtp.helpora.example (out-3.smtp.helpora.example [203.0.113.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb9Ls6Tc1z6y2Wh
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 10:41:05 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=helpora.example; s=hp1;
	t=1776069663; h=from:to:subject:date:message-id;
	bh=Ty1Ui4Op7As0Df3Gh6Jk9Lz2Xc5Vb8Nm1Qw4Er7Ty0U=;
	b=Op3As6Df9Gh2Jk5Lz8Xc1Vb4Nm7Qw0Er3Ty6Ui9Op2As5Df8Gh1Jk4Lz7Xc0Vb3Nm6
From: Helpora <noreply@helpora.example>
To: privacy@shop.example.be
Subject: Benvenuto in Helpora: il tuo account agente per "Shop Example BE" è
 stato creato
Date: Mon, 13 Apr 2026 08:41:03 +0000
Message-ID: <agent-invite.771204.shopexample-be@helpora.example>
Auto-Submitted: auto-generated
X-Helpora-Template: agent_invite_it
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ciao,

Marta Lopes (Contactia Customer Care) ti ha aggiunto come agente
all'help desk "Shop Example BE".

Ruolo:      Agente - Responsabile di gruppo
Gruppi:     Privacy / diritti degli interessati (BE)
Lingua:     italiano (puoi cambiarla nel tuo profilo)

Per attivare l'account imposta una password entro 72 ore:
https://shopexample-be.helpora.example/access/activate/7Qz4Wn9Lx2

Da questo momento le richieste inoltrate dalla casella
privacy@shop.example.be arriveranno nel gruppo "Privacy / diritti degli
interessati". Le richieste di accesso, cancellazione, opposizione e i
reclami vengono assegnati al tuo gruppo con una scadenza di 30 giorni.

Se non ti aspettavi questo invito, ignora questa email: l'account non
verrà attivato.

Helpora S.r.l. - Via Tortona 37, 20144 Milano - P.IVA 11874390961
Email automatica, non rispondere.
'''),
    ('it', 'old-loyalty-platform-final-export-ready-environment-deletion', 'automated', (),
'''Return-Path: <platform@fidelio-loyalty.example>
Received: from mail2.fidelio-loyalty.example (mail2.fidelio-loyalty.example [198.51.100.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf1Vm3Qk8z6y8Bs
        for <privacy@shop.example.be>; Wed, 01 Jul 2026 02:14:47 +0200 (CEST)
From: Fidelio Loyalty Platform <platform@fidelio-loyalty.example>
To: privacy@shop.example.be, migration-pmo@shop.example.be
Subject: [Fidelio] Esportazione finale completata - programma DELVAUX PLUS
 (tenant dlvx) - cancellazione ambiente il 31/07/2026
Date: Wed, 01 Jul 2026 00:14:45 +0000
Message-ID: <export-final-dlvx-20260701001445.9931@platform.fidelio-loyalty.example>
X-Mailer: Fidelio Platform Notifier 2.8
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="fdl-exp-dlvx-9931"

--fdl-exp-dlvx-9931
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

FIDELIO LOYALTY PLATFORM - NOTIFICA DI SISTEMA

Programma:        DELVAUX PLUS (tenant dlvx)
Stato programma:  CHIUSO il 30/06/2026 23:59
Operazione:       esportazione finale completa (portabilità verso il nuovo
                  titolare, art. 6.4 del contratto di servizio)

Contenuto dell'archivio
  members.csv                61.702 righe
  cards.csv                  63.118 righe
  transactions_24m.csv    4.882.410 righe
  consents_log.csv          129.554 righe
  dsr_requests.csv              388 righe (richieste degli interessati
                                     registrate sulla piattaforma)

Formato:   CSV UTF-8, cifrato PGP con la chiave "Shop Example Migration 2026"
Scaricabile fino al: 08/07/2026 23:59
Link:      https://files.fidelio-loyalty.example/dlvx/final/2026-07-01

Dopo il download:
- 31/07/2026: cancellazione definitiva dell'ambiente dlvx e di tutti i
  dati personali degli iscritti dalla piattaforma Fidelio;
- i backup vengono sovrascritti entro 35 giorni dalla cancellazione;
- riceverete un certificato di cancellazione firmato.

Questo messaggio è generato automaticamente. Per assistenza aprire un
ticket su support.fidelio-loyalty.example.
Fidelio Loyalty S.p.A. - responsabile del trattamento per conto di
Delvaux Markt NV / Shop Example SA.
--fdl-exp-dlvx-9931
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">
<h3 style="color:#5b2a86">Fidelio Loyalty Platform &ndash; notifica di sistema</h3>
<p>Esportazione finale del programma <b>DELVAUX PLUS</b> (tenant dlvx) completata.</p>
<p>Archivio cifrato PGP, scaricabile fino al <b>08/07/2026</b>: <a href="https://files.fidelio-loyalty.example/dlvx/final/2026-07-01">scarica</a></p>
<p>Cancellazione definitiva dell'ambiente e dei dati degli iscritti: <b>31/07/2026</b>.</p>
<p style="font-size:11px;color:#888">Messaggio generato automaticamente. Fidelio Loyalty S.p.A.</p>
</body></html>
--fdl-exp-dlvx-9931--
'''),
    ('it', 'person-asks-who-holds-data-now-from-phone-long-legal-signature', 'access', (),
'''Return-Path: <a.colombo@studiolegalecolombo.example>
Received: from smtp.studiolegalecolombo.example (smtp.studiolegalecolombo.example [198.51.100.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc5Mt8Ez3z6y3Pq
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 08:51:27 +0200 (CEST)
From: Avv. Andrea Colombo <a.colombo@studiolegalecolombo.example>
To: privacy@shop.example.be
Subject: carta delvaux
Date: Thu, 16 Apr 2026 08:51:24 +0200
Message-ID: <8D41F2B7-3C0A-4E91-A6D2-77F1C0B95E13@studiolegalecolombo.example>
X-Mailer: iPhone Mail (22E252)
MIME-Version: 1.0 (1.0)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Buongiorno, scrivo a titolo personale. Avevo la carta Delvaux quando
abitavo a Woluwe. Vorrei sapere chi ha i miei dati adesso, quali dati
avete ricevuto da Delvaux e a chi li avete dati voi (quella società
portoghese del servizio clienti?). Grazie

Inviato da iPhone

Avv. Andrea Colombo
Studio Legale Colombo & Associati
Avenue Louise 221, 1050 Bruxelles | Via Monte Napoleone 8, 20121 Milano
Tel. +32 2 640 18 22 | +39 02 7600 4418

Il presente messaggio e gli eventuali allegati sono destinati esclusivamente
al destinatario indicato e possono contenere informazioni riservate e/o
coperte da segreto professionale ai sensi dell'art. 622 c.p. e della legge
professionale forense. Qualora il messaggio Le fosse pervenuto per errore,
La invitiamo a darne immediata notizia al mittente e a cancellarlo, senza
copiarlo, diffonderlo o utilizzarlo in alcun modo. Il trattamento dei dati
personali avviene ai sensi del Regolamento (UE) 2016/679 (GDPR) e del D.Lgs.
196/2003; l'informativa completa è disponibile su
studiolegalecolombo.example/privacy. Per esercitare i diritti di cui agli
artt. 15-22 GDPR (accesso, rettifica, cancellazione, limitazione, portabilità,
opposizione) scrivere a privacy@studiolegalecolombo.example. Ha diritto di
proporre reclamo al Garante per la protezione dei dati personali.
This e-mail is confidential and may be legally privileged. If you are not the
intended recipient, please notify the sender and delete it.
'''),
    ('pt', 'zimbra-ooo-contact-centre-lisbon-account-manager', 'automated', (),
'''Return-Path: <rui.tavares@contactia.example>
Received: from zimbra2.contactia.example (zimbra2.contactia.example [203.0.113.64])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd9Hc0Vy4z6y7Nr
        for <privacy@shop.example.be>; Mon, 18 May 2026 09:15:38 +0200 (CEST)
Date: Mon, 18 May 2026 08:15:36 +0100 (WEST)
From: Rui Tavares <rui.tavares@contactia.example>
To: privacy@shop.example.be
Message-ID: <1129634871.70441.1779088536220.JavaMail.zimbra@contactia.example>
In-Reply-To: <pt-20260518-0066120@helpdesk.shop.example.be>
Subject: Re: Procedimento P-07 - escalamento de pedidos de apagamento e
 reclamacoes
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bom dia,

Estou ausente do escritório até dia 1 de junho, em licença de paternidade.

Durante a minha ausência:
- questões operacionais da conta Shop Example (filas, volumes, formação dos
  agentes): Marta Lopes, marta.lopes@contactia.example, +351 21 340 77 10;
- incidentes de segurança ou de proteção de dados (violações, acessos
  indevidos): dpo@contactia.example - resposta em 24 horas.

O seu e-mail não será reencaminhado.

Obrigado,
Rui Tavares
Account Manager Benelux | Contactia Customer Care - Lisboa
'''),
    ('pt', 'office365-ndr-portuguese-quota-exceeded-reply-to-customer', 'automated', (),
'''Return-Path: <>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2103.outbound.protection.outlook.com [40.107.105.103])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd6Wr5Jp1z6y6Qx
        for <privacy@shop.example.be>; Wed, 13 May 2026 16:48:20 +0200 (CEST)
From: postmaster@gralha-engenharia.example
To: privacy@shop.example.be
Date: Wed, 13 May 2026 14:48:17 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a3f7c1e9-58b2-4d04-9e6a-1b0c7d2e4f88"
Content-Language: pt-PT
Message-ID: <0e81b4c2-9a7d-4f35-b6e0-3c2d1f5a8e79@AM7PR03MB6512.eurprd03.prod.outlook.com>
In-Reply-To: <pt-20260513-0065540@helpdesk.shop.example.be>
References: <pt-20260513-0065540@helpdesk.shop.example.be>
Subject: =?utf-8?Q?N=C3=A3o_entregue:_Re:_Pedido_de_portabilidade_-_dados_do_cart?=
 =?utf-8?Q?=C3=A3o_Delvaux?=
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--a3f7c1e9-58b2-4d04-9e6a-1b0c7d2e4f88
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="6d2e8f10-c4a7-4b39-8e51-f0a9b3c7d216"

--6d2e8f10-c4a7-4b39-8e51-f0a9b3c7d216
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

A sua mensagem para s.gralha@gralha-engenharia.example não foi possível
entregar.

A caixa de correio do destinatário está cheia e não pode aceitar mensagens
neste momento. Tente reenviar a mensagem mais tarde ou contacte
diretamente o destinatário.

Informações de diagnóstico para administradores:

Servidor de geração: AM7PR03MB6512.eurprd03.prod.outlook.com

s.gralha@gralha-engenharia.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Cabeçalhos da mensagem original:

From: Shop Example Privacy Team <privacy@shop.example.be>
To: Sofia Gralha <s.gralha@gralha-engenharia.example>
Subject: Re: Pedido de portabilidade - dados do cartao Delvaux
Date: Wed, 13 May 2026 16:48:09 +0200
Message-ID: <pt-20260513-0065540@helpdesk.shop.example.be>

--6d2e8f10-c4a7-4b39-8e51-f0a9b3c7d216
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body><p style="font-family:Segoe UI,sans-serif;font-size:16px;color:#c00000"><b>A sua mensagem para s.gralha@gralha-engenharia.example não foi possível entregar.</b></p>
<p style="font-family:Segoe UI,sans-serif;font-size:14px">A caixa de correio do destinatário está cheia e não pode aceitar mensagens neste momento.</p>
<p style="font-family:Consolas,monospace;font-size:11px;color:#666">554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException</p></body></html>

--6d2e8f10-c4a7-4b39-8e51-f0a9b3c7d216--

--a3f7c1e9-58b2-4d04-9e6a-1b0c7d2e4f88
Content-Type: message/delivery-status

Reporting-MTA: dns;AM7PR03MB6512.eurprd03.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Wed, 13 May 2026 14:48:12 +0000

Final-Recipient: rfc822;s.gralha@gralha-engenharia.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--a3f7c1e9-58b2-4d04-9e6a-1b0c7d2e4f88
Content-Type: text/rfc822-headers

From: Shop Example Privacy Team <privacy@shop.example.be>
To: Sofia Gralha <s.gralha@gralha-engenharia.example>
Subject: Re: Pedido de portabilidade - dados do cartao Delvaux
Date: Wed, 13 May 2026 16:48:09 +0200
Message-ID: <pt-20260513-0065540@helpdesk.shop.example.be>

--a3f7c1e9-58b2-4d04-9e6a-1b0c7d2e4f88--
'''),
    ('pt', 'sms-gateway-contact-list-migration-done-no-consent-excluded-html-only', 'automated', (),
'''Return-Path: <sistema@enviasms.example>
Received: from mta1.enviasms.example (mta1.enviasms.example [198.51.100.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc3Gv2Xm6z6y2Kd
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 18:02:55 +0200 (CEST)
From: EnviaSMS <sistema@enviasms.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Importa=C3=A7=C3=A3o_conclu=C3=ADda:_lista_=22Delvaux_Plus_SMS=22?=
Date: Wed, 15 Apr 2026 17:02:53 +0100
Message-ID: <imp-331907.20260415170253@app.enviasms.example>
X-Mailer: EnviaSMS Plataforma v6
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html>
<html lang="pt"><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#fafafa">
<div style="max-width:580px;margin:20px auto;background:#fff;border:1px solid #e3e3e3">
<div style="background:#00875a;color:#fff;padding:16px 22px;font-size:18px">EnviaSMS &ndash; Importação concluída</div>
<div style="padding:20px 22px">
<p>Olá,</p>
<p>A importação da lista <b>&quot;Delvaux Plus SMS&quot;</b> para a conta <b>Shop Example BE</b> terminou.</p>
<table cellpadding="4" style="font-size:13px;border-collapse:collapse">
<tr><td>Números no ficheiro</td><td align="right">20 347</td></tr>
<tr><td>Importados com consentimento SMS</td><td align="right">18 244</td></tr>
<tr><td>Excluídos &ndash; sem registo de consentimento</td><td align="right">2 103</td></tr>
<tr><td>Números inválidos</td><td align="right">0</td></tr>
</table>
<p>Os contactos sem registo de consentimento não foram importados e não receberão campanhas. Se tiver prova do consentimento (data, origem e texto), pode importá-los novamente.</p>
<p>Lembrete: cada SMS de marketing enviado pela plataforma inclui automaticamente a opção de cancelamento &quot;STOP&quot;. Os pedidos de cancelamento são aplicados de imediato em todas as listas da conta.</p>
<p><a href="https://app.enviasms.example/listas/331907" style="color:#00875a">Ver lista</a></p>
</div>
<div style="padding:12px 22px;font-size:11px;color:#888;border-top:1px solid #eee">Mensagem automática da plataforma EnviaSMS, Lda. &middot; Av. da Liberdade 190, 1250-147 Lisboa &middot; Não responda a este e-mail.</div>
</div>
</body></html>
'''),
    ('pt', 'person-complains-pasting-old-platform-breach-notice-threatens-authority', 'complaint', ('deletion',),
'''Return-Path: <joana.m.pires@sapo.example>
Received: from relay5.ptmail.sapo.example (relay5.ptmail.sapo.example [213.13.146.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf0Tk7Wb2z6y8Ld
        for <privacy@shop.example.be>; Mon, 25 May 2026 23:17:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sapo.example; s=selector1;
	t=1779743861; h=from:to:subject:date:message-id;
	bh=Kl2Zx5Cv8Bn1Mq4Wt7Er0Ty3Ui6Op9As2Df5Gh8Jk1L=;
	b=Zx9Cv2Bn5Mq8Wt1Er4Ty7Ui0Op3As6Df9Gh2Jk5Lz8Xc1Vb4Nm7Qw0Er3Ty6Ui9Op2
From: Joana Pires <joana.m.pires@sapo.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Aviso_de_seguran=C3=A7a?=
Date: Mon, 25 May 2026 22:17:41 +0100
Message-ID: <2f9a7c41e08b3d56@webmail.sapo.example>
X-Mailer: SAPO Mail
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Recebi isto hoje. Copio tal e qual:

-----------------------------------------------------------------
AVISO DE SEGURANÇA - PROGRAMA DELVAUX PLUS
Informamos que, em 19/05/2026, durante os trabalhos de migração dos
dados do programa Delvaux Plus, um ficheiro de teste com dados de
membros (nome, e-mail, data de nascimento, saldo de pontos) ficou
acessível através de uma ligação pública durante cerca de 9 horas.
Os seus dados constavam do ficheiro. Não estavam incluídos dados
bancários nem palavras-passe. Mensagem automática, não responda.
-----------------------------------------------------------------

Isto é inadmissível. Eu nunca pedi para passar para a Shop Example, os
meus dados andam a ser copiados de um lado para o outro e agora ficam
"acessíveis através de uma ligação pública" durante 9 horas?! E o aviso
chega uma semana depois, de um endereço "não responda".

Quero saber quem teve acesso a esse ficheiro e o que fizeram para o
apagar. Quero também que apaguem a minha conta de vez, da Delvaux e da
Shop Example. Se não tiver uma resposta séria em poucos dias, apresento
queixa à autoridade de proteção de dados belga e à CNPD aqui em Portugal.

Joana Pires
(cliente da loja de Saint-Gilles, cartão 6301 0097 2245)
'''),
]

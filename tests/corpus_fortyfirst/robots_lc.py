"""Forty-first set, robot mail of a take-over and a system migration, and people whose mail looks automatic (14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'postfix-dsn-old-chain-user-unknown-and-domain-gone', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
        id 4Lq7Zt0Wm3z9vRk; Wed,  4 Nov 2026 09:14:52 +0100 (CET)
Date: Wed,  4 Nov 2026 09:14:52 +0100 (CET)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4Lq7Zt0Wm3z9vRk.1793780092/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261104081452.4Lq7Zt0Wm3z9vRk@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4Lq7Zt0Wm3z9vRk.1793780092/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dpo@huisvandamme.example>: host mail.huisvandamme.example[203.0.113.47] said:
    550 5.1.1 <dpo@huisvandamme.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

<leden@vandamme-club.example>: Host or domain name not found. Name service
    error for name=vandamme-club.example type=A: Host not found

--4Lq7Zt0Wm3z9vRk.1793780092/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4Lq7Zt0Wm3z9vRk
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed,  4 Nov 2026 09:14:49 +0100 (CET)

Final-Recipient: rfc822; dpo@huisvandamme.example
Original-Recipient: rfc822;dpo@huisvandamme.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.huisvandamme.example
Diagnostic-Code: smtp; 550 5.1.1 <dpo@huisvandamme.example>: Recipient address
    rejected: User unknown in virtual mailbox table

Final-Recipient: rfc822; leden@vandamme-club.example
Original-Recipient: rfc822;leden@vandamme-club.example
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=vandamme-club.example type=A: Host not found

--4Lq7Zt0Wm3z9vRk.1793780092/mx1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from [10.20.4.31] (vpn-31.shop.example.be [10.20.4.31])
        by mx1.shop.example.be (Postfix) with ESMTPSA id 4Lq7Zt0Wm3z9vRk;
        Wed,  4 Nov 2026 09:14:49 +0100 (CET)
Message-ID: <b3f1c2a0-77d4-4e0b-9a51-2c8e6d0f4a19@shop.example.be>
Date: Wed, 4 Nov 2026 09:14:47 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: nl-BE
From: Privacyteam Shop Example <privacy@shop.example.be>
To: dpo@huisvandamme.example, leden@vandamme-club.example
Subject: Overdracht lopende verzoeken - dossiers PRV-2026-0412 t/m 0419
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

--4Lq7Zt0Wm3z9vRk.1793780092/mx1.shop.example.be--
'''),

    ('en', 'migration-vendor-import-job-report', 'automated', (),
'''Return-Path: <bounce+job-58213@mail.migrateflow.example>
Received: from mail-out-07.migrateflow.example (mail-out-07.migrateflow.example [198.51.100.27])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LqG2b1kPzz9vSx
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 02:17:40 +0100 (CET)
From: MigrateFlow <jobs@migrateflow.example>
To: privacy@shop.example.be, rachel.owens@datashift-consulting.example
Subject: [MigrateFlow] Job 58213 finished with warnings: vandamme_customers_wave3
Date: Wed, 04 Nov 2026 01:17:38 +0000
Message-ID: <job-58213.finished.1793755058@migrateflow.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="mf-b1-6e0c2a9d4f"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MigrateFlow-Job: 58213
X-MigrateFlow-Project: shopexample-vandamme-migration

--mf-b1-6e0c2a9d4f
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Job 58213 finished with warnings
Project: shopexample-vandamme-migration
Pipeline: vandamme_customers_wave3 (Vandamme POS + webshop -> ShopCRM)
Started: 2026-11-04 00:02:11 UTC   Finished: 2026-11-04 01:17:31 UTC

Records read ............ 48,211
Imported (new) .......... 45,788
Merged with existing .... 2,114
Rejected ................ 309
  - invalid e-mail address ........ 211
  - missing mandatory field country  61
  - duplicate external id ......... 37

The rejected records were written to
  s3://mf-eu-reports/shopexample/58213/rejected.csv.gpg
The file will be deleted automatically after 7 days.

Next scheduled run: vandamme_loyalty_wave3, 2026-11-05 00:00 UTC.

You receive this notification because you are a watcher of this pipeline.
Manage notifications: https://app.migrateflow.example/p/shopexample-vandamme-=
migration/settings/notifications

--mf-b1-6e0c2a9d4f
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px">
<h2 style=3D"color:#b26a00">Job 58213 finished with warnings</h2>
<p>Pipeline <b>vandamme_customers_wave3</b> (Vandamme POS + webshop &rarr; S=
hopCRM)</p>
<table cellpadding=3D"4">
<tr><td>Records read</td><td align=3D"right">48,211</td></tr>
<tr><td>Imported (new)</td><td align=3D"right">45,788</td></tr>
<tr><td>Merged with existing</td><td align=3D"right">2,114</td></tr>
<tr><td>Rejected</td><td align=3D"right">309</td></tr>
</table>
<p>Next scheduled run: vandamme_loyalty_wave3, 2026-11-05 00:00 UTC.</p>
<p style=3D"color:#888;font-size:11px">You receive this notification becaus=
e you are a watcher of this pipeline.</p>
</body></html>

--mf-b1-6e0c2a9d4f--
'''),

    ('en', 'cloud-provider-dpa-scc-update-to-accept', 'automated', (),
'''Return-Path: <0102019a3c7e1b2f-5d1c9e0a-8f7b-4c2e-b61d-3a9e0f4c7d21-000000@eu-west-1.mailer.nimbuscloud.example>
Received: from a27-14.smtp-out.eu-west-1.mailer.nimbuscloud.example (a27-14.smtp-out.eu-west-1.mailer.nimbuscloud.example [198.51.100.114])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LqQ8m3Yxkz9vTn
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 16:31:08 +0100 (CET)
From: Nimbus Cloud <no-reply@notify.nimbuscloud.example>
To: privacy@shop.example.be
Subject: Action required: review and accept the updated Data Processing Addendum (Shop Example BV)
Date: Thu, 5 Nov 2026 15:31:06 +0000
Message-ID: <0102019a3c7e1b2f-5d1c9e0a-8f7b-4c2e-b61d-3a9e0f4c7d21-000000@eu-west-1.mailer.nimbuscloud.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit
Feedback-ID: legal-notices:nimbuscloud
X-Nimbus-Notification-Type: LEGAL_AGREEMENT_UPDATE
X-Nimbus-Organisation: org-7f31c0a2

Hello,

You are receiving this message because privacy@shop.example.be is registered
as the data protection contact for the Nimbus Cloud organisation
"Shop Example BV" (organisation ID org-7f31c0a2).

We have published version 2026-11 of the Nimbus Cloud Data Processing Addendum
(DPA). The main changes are:

  * the EU Standard Contractual Clauses (Module 2 and Module 3) are
    incorporated by reference for all transfers out of the EU regions;
  * the sub-processor list has been updated (three additions, one removal);
  * the period to notify customers of a personal data breach is now 48 hours.

An organisation administrator must review and accept the new DPA in the
console before 1 December 2026:

  Console > Organisation settings > Legal > Agreements

Until it is accepted, version 2024-03 of the DPA continues to apply to your
existing services. New services in the eu-west-4 region (Brussels) can only
be activated once version 2026-11 has been accepted.

Full text and change log:
https://nimbuscloud.example/legal/dpa/2026-11

This is a mandatory service communication about your account. You cannot
unsubscribe from it.

Nimbus Cloud EMEA Ltd, 1 Dock Road, Dublin 2, Ireland
'''),

    ('en', 'callcentre-zendesk-ticket-acknowledgement', 'automated', (),
'''Return-Path: <support+id883104@callpoint.zendesk.example>
Received: from out-12.smtp.zendesk.example (out-12.smtp.zendesk.example [192.0.2.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LqJ0tR6nVz9vQw
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:26:44 +0100 (CET)
Date: Wed, 04 Nov 2026 10:26:41 +0000
From: Callpoint Support <support@callpoint.zendesk.example>
Reply-To: Callpoint Support <support+id883104@callpoint.zendesk.example>
To: Privacy Shop Example <privacy@shop.example.be>
Message-ID: <7W1QK4ZP3N_6568a3e1b2c4d_9f2a1c7e0_sprut@zendesk.example>
In-Reply-To: <0a7c2e19-3b54-4f6d-8e21-6d9c0b1f7a33@shop.example.be>
References: <0a7c2e19-3b54-4f6d-8e21-6d9c0b1f7a33@shop.example.be>
Subject: [Callpoint] Re: Call scripts for the privacy queue after the Vandamme migration
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6568a3e1a8c2f_3d2f1c8a41";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 1a7c3e9
X-Zendesk-Email-Id: 01JC4K7Z9H2P0VQ3M8XGN5R6TY
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Zendesk-Ticket-Id: 883104

----==_mimepart_6568a3e1a8c2f_3d2f1c8a41
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: 7bit

##- Please type your reply above this line -##

Your request (883104) has been received and is being reviewed by our
support staff. Our standard response time for change requests on call
scripts is 3 working days.

To add additional comments, reply to this email.

Callpoint Customer Contact Solutions

This email is a service from Callpoint Support. Delivered by Zendesk

[7W1QK4-ZP3N]

----==_mimepart_6568a3e1a8c2f_3d2f1c8a41
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: 7bit

<html><body><div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (883104) has been received and is being reviewed by our support staff.
Our standard response time for change requests on call scripts is 3 working days.</p>
<p>To add additional comments, reply to this email.</p>
<p>Callpoint Customer Contact Solutions</p>
<p style="color:#aaa;font-size:11px">This email is a service from Callpoint Support. Delivered by Zendesk</p>
<span style="color:#fff">[7W1QK4-ZP3N]</span></body></html>

----==_mimepart_6568a3e1a8c2f_3d2f1c8a41--
'''),

    ('en', 'person-migration-consultant-question-above-job-report', 'other', (),
'''Return-Path: <rachel.owens@datashift-consulting.example>
Received: from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2118.outbound.protection.outlook.com [40.107.15.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LqK5d0Bf2z9vRy
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 09:58:03 +0100 (CET)
From: Rachel Owens <rachel.owens@datashift-consulting.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
CC: Tom De Smet <tom.desmet@shop.example.be>
Subject: RE: [MigrateFlow] Job 58213 finished with warnings: vandamme_customers_wave3
Thread-Topic: [MigrateFlow] Job 58213 finished with warnings: vandamme_customers_wave3
Thread-Index: AQHbTq3cX0u1kP9xS0iJ7N2yA4c5Gg==
Date: Wed, 4 Nov 2026 08:57:59 +0000
Message-ID: <DB5PR01MB7741C3A9E2F0B61D4E8F2A07C4E52@DB5PR01MB7741.eurprd01.prod.outlook.com>
References: <job-58213.finished.1793755058@migrateflow.example>
In-Reply-To: <job-58213.finished.1793755058@migrateflow.example>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Hi all,

Quick one on wave 3. The 309 rejected records are mostly malformed e-mail a=
ddresses from the old Vandamme till system (things like "geen" or "klant@"=
). Do you want us to re-run them once your team has cleaned them up in the=
 source, or leave them out of the CRM altogether? We need a decision by Thu=
rsday to plan wave 4.

Also, could Thursday's cutover call move to 14:00? Our data engineer is on =
site in Ghent in the morning.

Thanks,
Rachel

Rachel Owens
Senior Consultant | DataShift Consulting
+44 20 7946 0381

-----Original Message-----
From: MigrateFlow <jobs@migrateflow.example>=20
Sent: 04 November 2026 01:18
To: privacy@shop.example.be; Rachel Owens <rachel.owens@datashift-consultin=
g.example>
Subject: [MigrateFlow] Job 58213 finished with warnings: vandamme_customers=
_wave3

Job 58213 finished with warnings
Project: shopexample-vandamme-migration
Pipeline: vandamme_customers_wave3 (Vandamme POS + webshop -> ShopCRM)

Records read ............ 48,211
Imported (new) .......... 45,788
Merged with existing .... 2,114
Rejected ................ 309

You receive this notification because you are a watcher of this pipeline.
'''),

    ('nl', 'old-chain-helpdesk-address-no-longer-in-use', 'automated', (),
'''Return-Path: <>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2101.outbound.protection.outlook.com [40.107.105.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Lr0Mx2Gq4z9vTb
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:03:27 +0100 (CET)
From: Klantendienst Vandamme <klantendienst@huisvandamme.example>
To: Privacyteam Shop Example <privacy@shop.example.be>
Subject: Automatisch antwoord: Dossier PRV-2026-0437 - adreswijziging klant
Thread-Topic: Dossier PRV-2026-0437 - adreswijziging klant
Thread-Index: AQHbT2vKm3Qb9yD1lEu0c7b8Z2x6Xw==
Date: Thu, 5 Nov 2026 13:03:25 +0000
Message-ID: <AM7PR03MB6581F0C2A1D94E7B3C2D8A14E6A92@AM7PR03MB6581.eurprd03.prod.outlook.com>
In-Reply-To: <5e2d8b1c-0f3a-4c7e-9b46-1d2e3f4a5b6c@shop.example.be>
References: <5e2d8b1c-0f3a-4c7e-9b46-1d2e3f4a5b6c@shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Beste,

Vandamme maakt sinds 1 oktober 2026 deel uit van Shop Example. Dit e-mailad=
res wordt niet langer gelezen en uw bericht wordt niet doorgestuurd.

U kunt ons voortaan hier bereiken:
- bestellingen, leveringen en retours: klantenservice@shop.example.be
- uw Vandamme-klantenkaart en spaarpunten: www.shop.example.be/vandamme
- vragen over uw persoonsgegevens: privacy@shop.example.be

Onze winkels blijven open; de meeste krijgen in de loop van 2027 een nieuw=
e naam.

Bedankt voor uw begrip en tot binnenkort,
Het Vandamme-team
'''),

    ('nl', 'outlook-read-receipt-announcement', 'automated', (),
'''Return-Path: <koen.peeters@telenet.be>
Received: from smtp-out.telenet.be (smtp-out-2.telenet-ops.be [195.130.132.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LpZ7r5Hc1z9vPq
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 19:41:02 +0100 (CET)
From: "Koen Peeters" <koen.peeters@telenet.be>
To: <privacy@shop.example.be>
Subject: Gelezen: Vandamme wordt Shop Example: wat dit betekent voor uw gegevens
Date: Tue, 3 Nov 2026 19:40:58 +0100
Message-ID: <000001dd4b9e$2f6a8c10$8e3fa430$@telenet.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0003_01DD4BA6.912F6C10"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdtLnivmtyB3wQ2lRkGx0cYBq5E8Ww==
Content-Language: nl-be

This is a multipart message in MIME format.

------=_NextPart_000_0003_01DD4BA6.912F6C10
Content-Type: text/plain;
	charset="iso-8859-1"
Content-Transfer-Encoding: 7bit

Uw bericht

  Aan: koen.peeters@telenet.be
  Onderwerp: Vandamme wordt Shop Example: wat dit betekent voor uw gegevens
  Verzonden: dinsdag 3 november 2026 10:02:17 (UTC+01:00) Brussel, Kopenhagen, Madrid, Parijs

werd gelezen op dinsdag 3 november 2026 19:40:58 (UTC+01:00) Brussel, Kopenhagen, Madrid, Parijs.

------=_NextPart_000_0003_01DD4BA6.912F6C10
Content-Type: message/disposition-notification

Reporting-UA: KOEN-PC; Microsoft Outlook 16.0
Final-Recipient: rfc822;koen.peeters@telenet.be
Original-Message-ID: <announce-nl-20261103.4417@news.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0003_01DD4BA6.912F6C10--
'''),

    ('nl', 'person-deletion-above-old-chain-no-longer-in-use-reply', 'deletion', (),
'''Return-Path: <hilde.claes@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Lr2Qv6Tn8z9vSd
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 15:47:19 +0100 (CET)
From: Hilde Claes <hilde.claes@telenet.be>
To: privacy@shop.example.be
Subject: Fwd: Automatisch antwoord: mijn gegevens
Date: Thu, 5 Nov 2026 15:47:12 +0100
Message-ID: <CAH3kq7Yx0pR2Lm8=vT5eBq1N9sZcW4uJd6fKa@mail.telenet.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit
User-Agent: Telenet Webmail

Goeiemiddag,

Ik had naar het adres van Vandamme gemaild en kreeg het antwoord hieronder terug. Dan maar zo.

Ik wil dat u al mijn gegevens wist, ook alles van mijn Vandamme-klantenkaart (nummer 2200 4481 0937). Ik was klant bij Vandamme, niet bij Shop Example, en ik heb er nooit mee ingestemd dat mijn gegevens naar u gingen. Mijn account bij u mag dus ook weg, als dat er al is.

Graag een bevestiging als het gebeurd is.

Met vriendelijke groeten,
Hilde Claes
Kerkstraat 14
9200 Dendermonde

-------- Doorgestuurd bericht --------
Van: Klantendienst Vandamme <klantendienst@huisvandamme.example>
Datum: do 5 nov. 2026 om 15:31
Onderwerp: Automatisch antwoord: mijn gegevens
Aan: hilde.claes@telenet.be

Beste,

Vandamme maakt sinds 1 oktober 2026 deel uit van Shop Example. Dit e-mailadres wordt niet langer gelezen en uw bericht wordt niet doorgestuurd.

U kunt ons voortaan hier bereiken:
- bestellingen, leveringen en retours: klantenservice@shop.example.be
- uw Vandamme-klantenkaart en spaarpunten: www.shop.example.be/vandamme
- vragen over uw persoonsgegevens: privacy@shop.example.be

Bedankt voor uw begrip en tot binnenkort,
Het Vandamme-team
'''),

    ('nl', 'callcentre-daily-queue-report', 'automated', (),
'''Return-Path: <noreply-rapportage@callpoint.example>
Received: from reports01.callpoint.example (reports01.callpoint.example [192.0.2.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LsN3c7Wb5z9vQh
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 06:00:12 +0100 (CET)
From: Callpoint Rapportage <noreply-rapportage@callpoint.example>
To: privacy@shop.example.be, teamleads-shopexample@callpoint.example
Subject: Dagrapport wachtrij SHOPEX-PRIVACY-NL - maandag 9 november 2026
Date: Tue, 10 Nov 2026 06:00:09 +0100
Message-ID: <rpt.20261110060009.shopex-privacy-nl@reports01.callpoint.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Report-Id: Q-DAILY-SHOPEX-PRIVACY-NL

DAGRAPPORT WACHTRIJ SHOPEX-PRIVACY-NL
Periode: maandag 9 november 2026, 08:00 - 20:00

Telefonie
  Aangeboden oproepen ........... 64
  Beantwoord .................... 58
  Afgehaakt ..................... 6  (9,4 %)
  Gem. wachttijd ................ 01:42
  Servicelevel (20 s) ........... 71 %   (doel 80 %)
  Gem. gespreksduur ............. 06:15

E-mail / webformulier
  Nieuw binnengekomen ........... 37
  Afgehandeld ................... 29
  Doorgezet naar 2de lijn ....... 11
  Openstaand einde dag .......... 23  (oudste: 6 dagen)

Bezetting
  Ingeplande agents ............. 4
  Aangemeld (gem.) .............. 3,6

Opmerking systeem: 14 oproepen met reden "Vandamme-klantenkaart" (nieuwe code sinds 02/11).

Dit rapport wordt automatisch aangemaakt en verstuurd. Antwoorden op dit bericht worden niet gelezen.
Callpoint Customer Contact Solutions - Rapportage
'''),

    ('nl', 'person-complaint-quoting-gmail-bounce-of-old-privacy-address', 'complaint', ('access',),
'''Return-Path: <marc.janssens1960@gmail.com>
Received: from mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LqX1n4Dk7z9vPt
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 20:22:36 +0100 (CET)
Received: by mail-wm1-f41.google.com with SMTP id 5b1f17b1804b1-43163667f0eso2104935e9.0
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 11:22:35 -0800 (PST)
MIME-Version: 1.0
From: Marc Janssens <marc.janssens1960@gmail.com>
Date: Wed, 4 Nov 2026 20:22:21 +0100
Message-ID: <CAJ8vK2f0sQx7nZ1Rb4Tq9wEm3yLp6Hd+UcGa5oN_k2XvWz1bJQ@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000d4a1f80625a3c7e2"

--000000000000d4a1f80625a3c7e2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Geachte,

Op 21 september heb ik naar privacy@vandamme-club.example gemaild met de vr=
aag welke gegevens Vandamme over mij bijhield en aan wie die werden doorgeg=
even. Daar heb ik nooit antwoord op gekregen. Vorige week heb ik het opnieu=
w geprobeerd en toen kreeg ik de foutmelding hieronder: dat adres bestaat g=
ewoon niet meer. Niemand heeft de klanten laten weten waar ze met zo'n vraa=
g terechtkunnen, tot jullie mail van gisteren.

De termijn van een maand is intussen ruim voorbij. Ik verwacht binnen twee =
weken een volledig antwoord op mijn vraag van 21 september, anders dien ik =
een klacht in bij de Gegevensbeschermingsautoriteit.

Marc Janssens
Vandamme-klantenkaart 2200 1187 4420

---------- Forwarded message ---------
Van: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: wo 28 okt 2026 om 20:14
Subject: Delivery Status Notification (Failure)
To: <marc.janssens1960@gmail.com>


Adres niet gevonden

Je bericht is niet afgeleverd bij privacy@vandamme-club.example omdat het d=
omein vandamme-club.example niet kan worden gevonden. Controleer of er type=
fouten of onnodige spaties zijn en probeer het opnieuw.

The response was:

DNS Error: DNS type 'mx' lookup of vandamme-club.example responded with cod=
e NXDOMAIN Domain name not found: vandamme-club.example

--000000000000d4a1f80625a3c7e2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Geachte,</div><div><br></div><div>Op 21 september hee=
b ik naar privacy@vandamme-club.example gemaild met de vraag welke gegevens=
 Vandamme over mij bijhield en aan wie die werden doorgegeven. Daar heb ik =
nooit antwoord op gekregen. Vorige week heb ik het opnieuw geprobeerd en to=
en kreeg ik de foutmelding hieronder: dat adres bestaat gewoon niet meer.</=
div><div><br></div><div>De termijn van een maand is intussen ruim voorbij. =
Ik verwacht binnen twee weken een volledig antwoord op mijn vraag van 21 se=
ptember, anders dien ik een klacht in bij de Gegevensbeschermingsautoriteit=
.</div><div><br></div><div>Marc Janssens<br>Vandamme-klantenkaart 2200 1187=
 4420</div></div>

--000000000000d4a1f80625a3c7e2--
'''),

    ('fr', 'gmail-vacation-responder-announcement', 'automated', (),
'''Return-Path: <sophie.lambert.kine@gmail.com>
Received: from mail-ed1-f52.google.com (mail-ed1-f52.google.com [209.85.208.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LpN6w1Rz3z9vRm
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:04:51 +0100 (CET)
Received: by mail-ed1-f52.google.com with SMTP id 4fb4d7f45d1cf-5c9f1ab3d20so881452a12.1
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 01:04:50 -0800 (PST)
MIME-Version: 1.0
From: Sophie Lambert <sophie.lambert.kine@gmail.com>
Date: Tue, 3 Nov 2026 01:04:49 -0800
Message-ID: <CAE5rQb0p_vacation_9aK2xT7mW1dLs4ZnB8eHf3Gy@mail.gmail.com>
Subject: =?UTF-8?Q?Absente_jusqu=27au_16_novembre?=
To: privacy@shop.example.be
In-Reply-To: <announce-fr-20261103.2291@news.shop.example.be>
References: <announce-fr-20261103.2291@news.shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000007be3910625a1f6d8"

--0000000000007be3910625a1f6d8
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis en cong=C3=A9 jusqu'au lundi 16 novembre inclus et je ne consulte p=
as mes e-mails.

Pour une prise de rendez-vous au cabinet, merci d'appeler le secr=C3=A9tari=
at au 081 22 47 90 (du lundi au vendredi, de 8h =C3=A0 12h).
En cas d'urgence, ma coll=C3=A8gue Ana=C3=AFs Collard assure les remplaceme=
nts : anais.collard.kine@gmail.com

Bien =C3=A0 vous,
Sophie Lambert
Kin=C3=A9sith=C3=A9rapeute - Namur

--0000000000007be3910625a1f6d8
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Bonjour,<br><br>Je suis en cong=C3=A9 jusqu'au lundi 16 no=
vembre inclus et je ne consulte pas mes e-mails.<br><br>Pour une prise de r=
endez-vous au cabinet, merci d'appeler le secr=C3=A9tariat au 081 22 47 90 =
(du lundi au vendredi, de 8h =C3=A0 12h).<br>En cas d'urgence, ma coll=C3=
=A8gue Ana=C3=AFs Collard assure les remplacements : anais.collard.kine@gma=
il.com<br><br>Bien =C3=A0 vous,<br>Sophie Lambert<br>Kin=C3=A9sith=C3=A9rap=
eute - Namur</div>

--0000000000007be3910625a1f6d8--
'''),

    ('fr', 'challenge-response-antispam-validation', 'automated', (),
'''Return-Path: <>
Received: from relay3.mailshield.example (relay3.mailshield.example [198.51.100.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LpP2k8Jm6z9vSw
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:07:33 +0100 (CET)
From: "MailShield pour martine.dubois@voo.be" <verification@mailshield.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Votre_message_=C3=A0_martine=2Edubois@voo=2Ebe_est_en_attente?=
Date: Tue, 3 Nov 2026 10:07:31 +0100
Message-ID: <chal.7f2c91e4a0b3.20261103100731@mailshield.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
X-Mailshield-Type: challenge
Precedence: junk

Bonjour,

Vous avez envoy=C3=A9 un message =C3=A0 martine.dubois@voo.be.
Cette adresse est prot=C3=A9g=C3=A9e par MailShield : seuls les exp=C3=A9di=
teurs reconnus sont distribu=C3=A9s directement.

Pour que votre message soit remis, veuillez confirmer que vous =C3=AAtes un=
e personne en cliquant sur le lien ci-dessous et en recopiant le code affic=
h=C3=A9 :

https://verif.mailshield.example/v/7f2c91e4a0b3?l=3Dfr

Cette v=C3=A9rification ne vous sera demand=C3=A9e qu'une seule fois. Sans =
validation dans les 5 jours, votre message sera supprim=C3=A9.

Objet de votre message : Vandamme rejoint Shop Example : ce qui change pour=
 vos donn=C3=A9es
Envoy=C3=A9 le : 03/11/2026 10:02

--
MailShield - Stop aux spams, sans rien perdre.
'''),

    ('fr', 'person-forwards-account-created-mail-never-asked', 'deletion', (),
'''Return-Path: <jm.delvaux@skynet.be>
Received: from smtp.proximus.be (mailsec104.isp.belgacom.be [195.238.20.100])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LqT0z3Vh9z9vTk
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 18:12:45 +0100 (CET)
Message-ID: <3c8e1f2a-6b7d-4e90-a1c2-9d0e5f4b3a21@skynet.be>
Date: Wed, 4 Nov 2026 18:12:40 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: fr-BE
To: privacy@shop.example.be
From: Jean-Marc Delvaux <jm.delvaux@skynet.be>
Subject: =?UTF-8?Q?Fwd=3A_Bienvenue_chez_Shop_Example_=E2=80=93_votre_compte_a?=
 =?UTF-8?Q?_=C3=A9t=C3=A9_cr=C3=A9=C3=A9?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Je n'ai jamais demandé ça. Supprimez ce compte, s'il vous plaît.

JM Delvaux


-------- Message transféré --------
Sujet : 	Bienvenue chez Shop Example – votre compte a été créé
Date : 	Wed, 4 Nov 2026 07:30:14 +0100
De : 	Shop Example <no-reply@account.shop.example.be>
Pour : 	jm.delvaux@skynet.be



Bonjour Jean-Marc,

Suite à la reprise de Vandamme par Shop Example, nous avons créé votre 
compte client Shop Example. Vos 1 240 points de fidélité Vandamme y ont 
été transférés automatiquement.

Pour activer votre compte, choisissez votre mot de passe :
https://account.shop.example.be/activate?t=Zk3p9QxV2mR8

Ce lien est valable 72 heures.

Ceci est un message automatique, merci de ne pas y répondre.
Shop Example BV – service clients
'''),

    ('fr', 'callcentre-quality-monitoring-notice', 'automated', (),
'''Return-Path: <qm-noreply@callpoint.example>
Received: from reports01.callpoint.example (reports01.callpoint.example [192.0.2.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LrW5f2Kq1z9vPn
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 12:00:41 +0100 (CET)
From: =?UTF-8?Q?Callpoint_Qualit=C3=A9?= <qm-noreply@callpoint.example>
To: privacy@shop.example.be
Cc: teamleads-shopexample@callpoint.example
Subject: =?UTF-8?Q?Notification_QM_:_=C3=A9valuation_qualit=C3=A9_des_appels_-_file?=
 =?UTF-8?Q?_SHOPEX-PRIVACY-FR_=C3=A0_partir_du_16/11/2026?=
Date: Fri, 6 Nov 2026 12:00:38 +0100
Message-ID: <qm.notice.8812.20261106120038@reports01.callpoint.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Ceci est une notification automatique de la plateforme de monitoring qualité (QM).

File concernée : SHOPEX-PRIVACY-FR
Client : Shop Example BV
Date de début : lundi 16 novembre 2026

Paramètres appliqués :
- échantillon évalué : 10 % des appels entrants, tirage aléatoire
- enregistrement audio + capture d'écran de l'agent
- durée de conservation des enregistrements : 30 jours, ensuite suppression automatique
- message d'accueil mis à jour : « Cet appel peut être enregistré à des fins de qualité et de formation. »

Les grilles d'évaluation sont disponibles dans l'espace client, rubrique QM > Grilles.
Toute modification de ces paramètres doit être demandée à votre gestionnaire de compte.

Merci de ne pas répondre à ce message.
Callpoint Customer Contact Solutions
'''),

    ('de', 'exchange-out-of-office-eupen-announcement', 'automated', (),
'''Return-Path: <>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2093.outbound.protection.outlook.com [40.107.21.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LpP9s0Yb4z9vQx
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:09:15 +0100 (CET)
From: "Schröder, Markus" <m.schroeder@autohaus-schroeder-eupen.example>
To: Shop Example <privacy@shop.example.be>
Subject: Automatische Antwort: Vandamme gehört jetzt zu Shop Example: was das
 =?iso-8859-1?Q?f=FCr_Ihre_Daten_bedeutet?=
Thread-Topic: Vandamme =?iso-8859-1?Q?geh=F6rt_jetzt_zu_Shop_Example:_was_das_f=FCr?=
 Ihre Daten bedeutet
Thread-Index: AQHbTb3p2Ka9vTq0j0S5x8Qe3h4mUQ==
Date: Tue, 3 Nov 2026 09:09:12 +0000
Message-ID: <VI1PR05MB6893A1F4C7E92B0D3A5C8E71B2D04@VI1PR05MB6893.eurprd05.prod.outlook.com>
In-Reply-To: <announce-de-20261103.0081@news.shop.example.be>
References: <announce-de-20261103.0081@news.shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Guten Tag,

vielen Dank f=FCr Ihre Nachricht. Ich bin bis einschlie=DFlich Freitag, 13.=
 November 2026, nicht im Haus und habe nur eingeschr=E4nkten Zugriff auf me=
ine E-Mails.

In dringenden F=E4llen wenden Sie sich bitte an unser Sekretariat unter +3=
2 87 55 21 40 oder an info@autohaus-schroeder-eupen.example.
Ihre Nachricht wird nicht automatisch weitergeleitet.

Mit freundlichen Gr=FC=DFen
Markus Schr=F6der
Autohaus Schr=F6der GmbH, Herbesthaler Stra=DFe 112, 4700 Eupen
'''),

    ('de', 'partner-portal-sso-account-provisioned', 'automated', (),
'''Return-Path: <portal-noreply@logitrans.example>
Received: from mailout2.logitrans.example (mailout2.logitrans.example [198.51.100.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LrC4j9Gs2z9vRq
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 08:45:20 +0100 (CET)
From: LogiTrans Partnerportal <portal-noreply@logitrans.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Ihr_Zugang_zum_LogiTrans_Partnerportal_wurde_eingerichtet?=
Date: Thu, 5 Nov 2026 08:45:17 +0100
Message-ID: <prov-4471920.1793864717@portal.logitrans.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-LT-Event: user.provisioned

Guten Tag,

f=C3=BCr Sie wurde ein Benutzerkonto im LogiTrans Partnerportal angelegt.

Organisation:  Shop Example BV (Partner-Nr. 30-118274)
Benutzername:  privacy@shop.example.be
Rolle:         Datenschutz-Ansprechpartner (nur Lesen)
Anmeldung:     Single Sign-On mit Ihrem Shop-Example-Konto (Microsoft Entra=
 ID)

Bitte melden Sie sich innerhalb von 7 Tagen einmal an, um das Konto zu akti=
vieren:
https://partner.logitrans.example/sso/activate?inv=3D8f3Kq2Lm7Tx9

Im Portal finden Sie den Auftragsverarbeitungsvertrag, die Liste der Unteru=
nterauftragnehmer und die Sendungsberichte Ihrer Filialbelieferung.

Wurde dieser Zugang nicht von Ihrer Organisation beantragt, wenden Sie sich=
 bitte an Ihren Administrator.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
LogiTrans GmbH =C2=B7 Am Hafen 7 =C2=B7 47119 Duisburg
'''),

    ('de', 'person-complaint-above-password-reset-of-deleted-account', 'complaint', ('deletion',),
'''Return-Path: <sabine.kroeger@web.de>
Received: from mout.web.de (mout.web.de [212.227.15.3])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LsF8b2Nw6z9vTc
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 21:48:55 +0100 (CET)
Received: from [91.183.44.107] by web-mail.web.de
 (3c-app-webde-bs47.server.lan [172.19.170.47]) (via HTTP); Mon, 9 Nov 2026
 21:48:54 +0100
MIME-Version: 1.0
Message-ID: <trinity-5a1e7c3b-92d4-4f0a-8b61-0c9e2d3f7a18-1794260934112@3c-app-webde-bs47>
From: =?UTF-8?Q?Sabine_Kr=C3=B6ger?= <sabine.kroeger@web.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Aw=3A_Setzen_Sie_Ihr_Passwort_zur=C3=BCck?=
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Date: Mon, 9 Nov 2026 21:48:54 +0100
Importance: normal
Sensitivity: Normal

Guten Abend,

ich habe heute die unten stehende E-Mail bekommen. Ich habe kein neues Pass=
wort angefordert, und vor allem habe ich mein Kundenkonto bei Vandamme im J=
uli l=C3=B6schen lassen. Die Best=C3=A4tigung vom 14.07.2026 liegt mir vor.

Offenbar wurden meine Daten trotzdem an Sie weitergegeben und dort ein neue=
s Konto angelegt. Genau das wollte ich mit der L=C3=B6schung verhindern. Ic=
h finde das, ehrlich gesagt, ziemlich dreist.

L=C3=B6schen Sie dieses Konto und alle Daten, die Sie =C3=BCber mich haben,=
 bitte endg=C3=BCltig und best=C3=A4tigen Sie mir das schriftlich.

Sabine Kr=C3=B6ger
Kirchstra=C3=9Fe 3, 4780 Sankt Vith

=C2=A0

Gesendet:=C2=A0Montag, 09. November 2026 um 21:12 Uhr
Von:=C2=A0"Shop Example" <no-reply@account.shop.example.be>
An:=C2=A0sabine.kroeger@web.de
Betreff:=C2=A0Setzen Sie Ihr Passwort zur=C3=BCck

Hallo Sabine,

wir haben eine Anfrage erhalten, das Passwort f=C3=BCr Ihr Shop-Example-Kon=
to zur=C3=BCckzusetzen.

Neues Passwort festlegen: https://account.shop.example.be/reset?t=3DqW7x2Pn=
4Vd

Der Link ist 60 Minuten g=C3=BCltig. Wenn Sie diese Anfrage nicht gestellt =
haben, k=C3=B6nnen Sie diese E-Mail ignorieren.

Ihr Shop-Example-Team
'''),

    ('de', 'exchange-onprem-ndr-recipient-not-found-german', 'automated', (),
'''Return-Path: <>
Received: from mail.ktb-immobilien.example (mail.ktb-immobilien.example [203.0.113.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LpQ3x6Df8z9vPk
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:11:02 +0100 (CET)
From: <postmaster@ktb-immobilien.example>
To: <privacy@shop.example.be>
Date: Tue, 3 Nov 2026 10:10:59 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7d1e9c2a-4b35-4a6f-9e0c-1f2d3b4c5a6e"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <e0b4a7c2-91d3-4c5e-8f6a-2b1c0d9e8f7a@EXCH01.ktb-immobilien.local>
In-Reply-To: <announce-de-20261103.0147@news.shop.example.be>
References: <announce-de-20261103.0147@news.shop.example.be>
Thread-Topic: =?iso-8859-1?Q?Vandamme_geh=F6rt_jetzt_zu_Shop_Example:_was_das_f=FC?=
 =?iso-8859-1?Q?r_Ihre_Daten_bedeutet?=
Subject: =?iso-8859-1?Q?Unzustellbar:_Vandamme_geh=F6rt_jetzt_zu_Shop_Example:_wa?=
 =?iso-8859-1?Q?s_das_f=FCr_Ihre_Daten_bedeutet?=
Auto-Submitted: auto-replied

--7d1e9c2a-4b35-4a6f-9e0c-1f2d3b4c5a6e
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Die Nachricht konnte nicht an folgende Empf=E4nger oder Gruppen =FCbermitte=
lt werden:

verwaltung@ktb-immobilien.example
Die eingegebene E-Mail-Adresse wurde nicht gefunden. =DCberpr=FCfen Sie die=
 E-Mail-Adresse des Empf=E4ngers, und versuchen Sie dann erneut, die Nachri=
cht zu senden. Wenden Sie sich an Ihren E-Mail-Administrator, wenn das Prob=
lem weiterhin besteht.

Diagnoseinformationen f=FCr Administratoren:

Generierender Server: EXCH01.ktb-immobilien.local

verwaltung@ktb-immobilien.example
Der Remoteserver hat "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient =
not found by SMTP address lookup" zur=FCckgegeben.

--7d1e9c2a-4b35-4a6f-9e0c-1f2d3b4c5a6e
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.ktb-immobilien.local
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Tue, 3 Nov 2026 09:10:57 +0000

Final-Recipient: rfc822;verwaltung@ktb-immobilien.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--7d1e9c2a-4b35-4a6f-9e0c-1f2d3b4c5a6e
Content-Type: text/rfc822-headers

Received: from mx1.shop.example.be (198.51.100.10) by EXCH01.ktb-immobilien.local
 (10.0.0.12) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Tue, 3 Nov 2026
 10:10:57 +0100
From: Shop Example <privacy@shop.example.be>
To: <verwaltung@ktb-immobilien.example>
Subject: =?utf-8?Q?Vandamme_geh=C3=B6rt_jetzt_zu_Shop_Example:_was_das_f=C3=BCr_I?=
 =?utf-8?Q?hre_Daten_bedeutet?=
Date: Tue, 3 Nov 2026 10:02:11 +0100
Message-ID: <announce-de-20261103.0147@news.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_news_9c41a7e2"

--7d1e9c2a-4b35-4a6f-9e0c-1f2d3b4c5a6e--
'''),

    ('es', 'outlook-com-automatic-reply-vacation', 'automated', (),
'''Return-Path: <>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02olkn2045.outbound.protection.outlook.com [40.92.50.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LpPc2Zr7Kz9vSg
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:05:40 +0100 (CET)
From: =?iso-8859-1?Q?Luc=EDa_Fern=E1ndez_Ortega?= <lucia.fdez.ortega@outlook.es>
To: Shop Example <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Respuesta_autom=E1tica:_Vandamme_ahora_forma_parte_de_Shop_Ex?=
 =?iso-8859-1?Q?ample:_qu=E9_cambia_para_sus_datos?=
Thread-Topic: =?iso-8859-1?Q?Vandamme_ahora_forma_parte_de_Shop_Example:_qu=E9_cambia?=
 =?iso-8859-1?Q?_para_sus_datos?=
Thread-Index: AQHbTb6fR0nq3p7lV0iO2qYx5wK9sQ==
Date: Tue, 3 Nov 2026 09:05:37 +0000
Message-ID: <DB9P194MB1289E4C1A07F3B2D5E6C9A81B3F02@DB9P194MB1289.EURP194.PROD.OUTLOOK.COM>
In-Reply-To: <announce-es-20261103.0312@news.shop.example.be>
References: <announce-es-20261103.0312@news.shop.example.be>
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hola:

Estoy de vacaciones hasta el viernes 20 de noviembre y apenas voy a mirar e=
l correo. Te contesto a la vuelta.

Si es algo del piso (Rue Vanderkindere), escribe mejor a la agencia.

Un saludo,
Luc=EDa
'''),

    ('es', 'isp-dsn-mailbox-full-spanish', 'automated', (),
'''Return-Path: <>
Received: from mx-out3.correonube.example (mx-out3.correonube.example [198.51.100.173])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LrM1q5Fv0z9vQd
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:03:18 +0100 (CET)
Date: Fri, 6 Nov 2026 10:03:16 +0100
From: Sistema de entrega de correo <MAILER-DAEMON@mx-out3.correonube.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Mensaje_no_entregado:_Vandamme_ahora_forma_parte_de_Shop_Exam?=
 =?UTF-8?Q?ple:_qu=C3=A9_cambia_para_sus_datos?=
Message-ID: <dsn.1793955796.77213@mx-out3.correonube.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----dsn-boundary-1793955796-77213"

------dsn-boundary-1793955796-77213
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Este es un mensaje generado autom=C3=A1ticamente por el sistema de correo.

Tras varios intentos durante 72 horas, no ha sido posible entregar su mensa=
je al siguiente destinatario porque su buz=C3=B3n est=C3=A1 lleno:

    pilar.gimeno@correonube.example

Asunto: Vandamme ahora forma parte de Shop Example: qu=C3=A9 cambia para su=
s datos
Enviado: 03/11/2026 10:02

El mensaje ha sido eliminado de la cola. No es necesario que responda a est=
e aviso.

---

This is an automatically generated message. Your message could not be deliv=
ered to pilar.gimeno@correonube.example (mailbox full).

------dsn-boundary-1793955796-77213
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out3.correonube.example
Arrival-Date: Tue, 3 Nov 2026 10:03:02 +0100

Final-Recipient: rfc822; pilar.gimeno@correonube.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded (10240000/10240000 KB)
Last-Attempt-Date: Fri, 6 Nov 2026 10:03:16 +0100

------dsn-boundary-1793955796-77213
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: Shop Example <privacy@shop.example.be>
To: pilar.gimeno@correonube.example
Subject: =?utf-8?Q?Vandamme_ahora_forma_parte_de_Shop_Example:_qu=C3=A9_cambia_p?=
 =?utf-8?Q?ara_sus_datos?=
Date: Tue, 3 Nov 2026 10:02:14 +0100
Message-ID: <announce-es-20261103.0518@news.shop.example.be>

------dsn-boundary-1793955796-77213--
'''),

    ('es', 'email-platform-contact-import-duplicates-suppressed', 'automated', (),
'''Return-Path: <notificaciones@enviamail.example>
Received: from smtp-n2.enviamail.example (smtp-n2.enviamail.example [192.0.2.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LqZ6h0Tc3z9vPr
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 07:12:51 +0100 (CET)
From: Enviamail <notificaciones@enviamail.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Tu_importaci=C3=B3n_de_contactos_ha_finalizado_=E2=80=93_lista_?=
 =?UTF-8?Q?=22Clientes_Vandamme_(migraci=C3=B3n)=22?=
Date: Thu, 5 Nov 2026 07:12:49 +0100
Message-ID: <imp-20261105-0712-9f41c@app.enviamail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Enviamail-Account: 221874
X-Enviamail-Notification: import_finished

Hola, equipo de Shop Example BV:

La importación de contactos que iniciaste el 05/11/2026 a las 06:40 ha finalizado.

Lista de destino: Clientes Vandamme (migración)
Archivo: vandamme_optin_export_final.csv

Filas leídas ................................ 45.137
Contactos importados ......................... 41.388
Duplicados fusionados con contactos existentes  1.906
Direcciones suprimidas ....................... 1.843
  · rebote duro en envíos anteriores ......... 1.112
  · baja previa en la cuenta ................. 598
  · queja por spam previa .................... 133

Las direcciones suprimidas no recibirán ningún envío desde esta cuenta.
Puedes descargar el informe detallado durante 30 días desde Contactos > Importaciones.

Este es un mensaje automático. Por favor, no respondas a este correo.
Enviamail · Calle de Alcalá 120 · 28009 Madrid
'''),

    ('es', 'person-unsubscribe-iphone-with-corporate-gdpr-disclaimer', 'withdraw_consent', (),
'''Return-Path: <javier.moreno@asesoria-moreno.example>
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2130.outbound.protection.outlook.com [40.107.7.130])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LpT4d8Cw2z9vRb
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 13:26:09 +0100 (CET)
From: Javier Moreno Ruiz <javier.moreno@asesoria-moreno.example>
To: Shop Example <privacy@shop.example.be>
Subject: =?utf-8?Q?Re:_Vandamme_ahora_forma_parte_de_Shop_Example:_qu=C3=A9_cam?=
 =?utf-8?Q?bia_para_sus_datos?=
Thread-Topic: =?utf-8?Q?Vandamme_ahora_forma_parte_de_Shop_Example:_qu=C3=A9_cambi?=
 =?utf-8?Q?a_para_sus_datos?=
Thread-Index: AQHbTcH2pL0v8m1S0kqT9b3a7xY4Ew==
Date: Tue, 3 Nov 2026 12:26:05 +0000
Message-ID: <B9C4E1F0-7A2D-4E5B-9C31-6F8A0D2B4E17@asesoria-moreno.example>
In-Reply-To: <announce-es-20261103.0094@news.shop.example.be>
References: <announce-es-20261103.0094@news.shop.example.be>
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Mailer: iPhone Mail (22B91)
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Buenas tardes:

Por favor, dadme de baja de vuestros correos. No quiero recibir newsletters=
 ni ofertas de Shop Example, ni por email ni por SMS. Compraba en Vandamme =
de vez en cuando y con eso me basta.

Gracias.

Enviado desde mi iPhone

> El 3 nov 2026, a las 10:02, Shop Example <privacy@shop.example.be> escribi=
=C3=B3:
>=20
> =EF=BB=BFEstimado/a cliente:
>=20
> Desde el 1 de octubre de 2026, Vandamme forma parte de Shop Example BV. Su=
s datos de cliente y los puntos de su tarjeta Vandamme se han transferido a =
Shop Example, que es ahora el responsable del tratamiento.
>=20
> A partir de ahora recibir=C3=A1 nuestras ofertas y novedades por correo el=
ectr=C3=B3nico y SMS. Puede darse de baja en cualquier momento.
>=20

Javier Moreno Ruiz
Asesor=C3=ADa Moreno | Avenue Louise 231, 1050 Bruxelles | +32 2 537 41 08

AVISO DE CONFIDENCIALIDAD: Este mensaje y, en su caso, los ficheros anexos s=
on confidenciales y se dirigen exclusivamente a su destinatario. Si usted no=
 es el destinatario indicado, queda notificado de que la lectura, utilizaci=
=C3=B3n, divulgaci=C3=B3n y/o copia sin autorizaci=C3=B3n est=C3=A1 prohibi=
da.
PROTECCI=C3=93N DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (R=
GPD), le informamos de que sus datos personales ser=C3=A1n tratados por Ase=
sor=C3=ADa Moreno con la finalidad de gestionar la relaci=C3=B3n profesiona=
l. Puede ejercer sus derechos de acceso, rectificaci=C3=B3n, supresi=C3=B3n=
, oposici=C3=B3n, limitaci=C3=B3n y portabilidad escribiendo a rgpd@asesori=
a-moreno.example.
'''),

    ('it', 'zimbra-vacation-reply-studio', 'automated', (),
'''Return-Path: <c.bianchi@studiobianchi.example>
Received: from zimbra.studiobianchi.example (zimbra.studiobianchi.example [203.0.113.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LpPk7Mv1Qz9vTf
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:06:12 +0100 (CET)
Received: from localhost (localhost [127.0.0.1])
        by zimbra.studiobianchi.example (Postfix) with ESMTP id 3E1A2C0B41
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:06:11 +0100 (CET)
Date: Tue, 3 Nov 2026 10:06:11 +0100 (CET)
From: Chiara Bianchi <c.bianchi@studiobianchi.example>
To: privacy@shop.example.be
Message-ID: <1283741125.40771.1793782771032.JavaMail.zimbra@studiobianchi.example>
In-Reply-To: <announce-it-20261103.0066@news.shop.example.be>
Subject: Risposta automatica - fuori ufficio
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4611 (zclient/10.0.8_GA_4611)

Buongiorno,

sono fuori ufficio fino a giovedì 12 novembre compreso, con accesso saltuario alla posta.
La sua email non verrà inoltrata.

Per questioni urgenti può contattare la segreteria dello studio allo +32 4 223 18 55 oppure scrivere a segreteria@studiobianchi.example.

Cordiali saluti
Chiara Bianchi
Studio Bianchi – Consulenza fiscale
Boulevard de la Sauvenière 60, 4000 Liège
'''),

    ('it', 'partner-onboarding-step-notice', 'automated', (),
'''Return-Path: <bounce-7731@notify.regalodigitale.example>
Received: from out2.notify.regalodigitale.example (out2.notify.regalodigitale.example [192.0.2.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LrR0c3Bx9z9vSj
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 15:20:33 +0100 (CET)
From: Regalo Digitale - Onboarding <onboarding-noreply@regalodigitale.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Onboarding_partner_Shop_Example_BV:_passaggio_2_di_4_completato?=
Date: Fri, 6 Nov 2026 15:20:30 +0100
Message-ID: <onb.PRT-0093184.step2.1793974830@regalodigitale.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_551203_1290357113.1793974830411"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
List-Unsubscribe: <https://partner.regalodigitale.example/preferenze?p=PRT-0093184>

------=_Part_551203_1290357113.1793974830411
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Gentile partner,

il passaggio 2 di 4 dell'onboarding (Dati aziendali e referenti) =C3=A8 sta=
to completato.

Partner: Shop Example BV (codice PRT-0093184)
Programma: Gift card digitali =E2=80=93 Benelux
Referente privacy registrato: privacy@shop.example.be

Prossimo passaggio (3 di 4): caricare l'accordo sul trattamento dei dati (a=
rt. 28 GDPR) firmato e compilare il questionario di sicurezza.
Scadenza consigliata: 20/11/2026.

Accedi all'area partner: https://partner.regalodigitale.example/onboarding/=
PRT-0093184

Questa =C3=A8 una notifica automatica, le risposte a questo indirizzo non v=
engono lette.
Regalo Digitale S.r.l. =C2=B7 Via Tortona 31 =C2=B7 20144 Milano

------=_Part_551203_1290357113.1793974830411
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Gentile partner,</p><p>il <b>passaggio 2 di 4</b> dell'onboa=
rding (Dati aziendali e referenti) =C3=A8 stato completato.</p><p>Prossimo =
passaggio: caricare l'accordo sul trattamento dei dati (art. 28 GDPR) firma=
to e compilare il questionario di sicurezza.</p><p><a href=3D"https://partn=
er.regalodigitale.example/onboarding/PRT-0093184">Vai all'area partner</a><=
/p><p style=3D"font-size:11px;color:#777">Questa =C3=A8 una notifica automa=
tica, le risposte a questo indirizzo non vengono lette.</p></body></html>

------=_Part_551203_1290357113.1793974830411--
'''),

    ('it', 'loyalty-app-vendor-ticket-acknowledgement', 'automated', (),
'''Return-Path: <assistenza@fidelioapp.example>
Received: from helpdesk.fidelioapp.example (helpdesk.fidelioapp.example [198.51.100.59])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LsH2w6Rk4z9vQa
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 11:02:47 +0100 (CET)
Date: Tue, 10 Nov 2026 11:02:45 +0100
From: Fidelio App - Assistenza <assistenza@fidelioapp.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[#FID-20481]_Richiesta_ricevuta:_migrazione_tessere_Vandamme_nel?=
 =?UTF-8?Q?l=27app?=
Message-ID: <autoresp.FID-20481.1794304965@helpdesk.fidelioapp.example>
In-Reply-To: <7d21c0e4-5a9b-4f38-b2c6-0e1d9f8a3b57@shop.example.be>
References: <7d21c0e4-5a9b-4f38-b2c6-0e1d9f8a3b57@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
Precedence: auto_reply
X-Mailer: osTicket Mailer

Gentile cliente,

grazie per averci contattato. La sua richiesta è stata registrata con il numero FID-20481 e assegnata al reparto Supporto tecnico.

Oggetto: migrazione tessere Vandamme nell'app
Priorità: normale
Prima risposta prevista: entro 1 giorno lavorativo

Può seguire lo stato della richiesta qui:
https://helpdesk.fidelioapp.example/view.php?t=FID-20481&e=privacy%40shop.example.be

Per aggiungere informazioni risponda a questa email senza modificare l'oggetto.

--
Fidelio App – Assistenza clienti
(messaggio generato automaticamente)
'''),

    ('it', 'person-access-above-old-helpdesk-closing-reply', 'access', (),
'''Return-Path: <giuseppe.russo58@libero.it>
Received: from smtp-33.iol.local (smtp-33.iol.local [10.101.8.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LrP6s1Wq8z9vRh
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 11:17:28 +0100 (CET)
Date: Fri, 6 Nov 2026 11:17:26 +0100 (CET)
From: "giuseppe.russo58@libero.it" <giuseppe.russo58@libero.it>
To: privacy@shop.example.be
Message-ID: <1048275139.312874.1793960246901@mail1.libero.it>
Subject: =?UTF-8?Q?R:_R=C3=A9ponse_automatique_:_Demande_concernant_mes_donn?=
 =?UTF-8?Q?=C3=A9es?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
Importance: Normal
X-Mailer: Open-Xchange Mailer v7.10.6-Rev46

Buongiorno,

ho scritto al servizio clienti di Vandamme per sapere che fine fanno i miei=
 dati e mi =C3=A8 arrivata la risposta automatica qui sotto, in francese, c=
he dice che il servizio ha chiuso. Allora scrivo a voi.

Sono cliente Vandamme con la tessera fedelt=C3=A0 dal 2015 (negozio di Sera=
ing). Vorrei sapere quali dati miei avete ricevuto da Vandamme, da dove vengo=
no di preciso (tessera, sito, negozio) e se li avete dati ad altre ditte. Mi=
 potete mandare una copia di tutto?

Distinti saluti
Giuseppe Russo
Rue de la Station 8, 4100 Seraing

----Messaggio originale----
Da: service.clients@huisvandamme.example
Data: 06/11/2026 9.41
A: <giuseppe.russo58@libero.it>
Ogg: R=C3=A9ponse automatique : Demande concernant mes donn=C3=A9es

Bonjour,

Le service clients de Vandamme a d=C3=A9finitivement ferm=C3=A9 le 30 octob=
re 2026. Cette bo=C3=AEte n'est plus consult=C3=A9e et votre message n'a pa=
s =C3=A9t=C3=A9 transmis.

Vandamme fait d=C3=A9sormais partie de Shop Example. Pour toute question, r=
endez-vous sur www.shop.example.be/contact.

L'=C3=A9quipe Vandamme
'''),

    ('pt', 'sapo-webmail-vacation-reply', 'automated', (),
'''Return-Path: <ana.rita.carvalho@sapo.pt>
Received: from relay5.ptmail.sapo.pt (relay5.ptmail.sapo.pt [212.55.154.25])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LpQ0b9Ty5z9vPw
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:08:44 +0100 (CET)
Date: Tue, 3 Nov 2026 09:08:42 +0000
From: Ana Rita Carvalho <ana.rita.carvalho@sapo.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Resposta_autom=C3=A1tica:_Vandamme_junta-se_=C3=A0_Shop_Exampl?=
 =?UTF-8?Q?e:_o_que_muda_para_os_seus_dados?=
Message-ID: <vacation.1793783322.4471@ptmail.sapo.pt>
In-Reply-To: <announce-pt-20261103.0211@news.shop.example.be>
References: <announce-pt-20261103.0211@news.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (vacation)
X-Autoreply: yes
Precedence: bulk

Ol=C3=A1,

Obrigada pela sua mensagem. Estou de f=C3=A9rias at=C3=A9 dia 23 de novembr=
o, sem acesso regular ao e-mail. Respondo assim que poss=C3=ADvel depois de=
 regressar.

Cumprimentos,
Ana Rita Carvalho
'''),

    ('pt', 'email-platform-spam-complaint-report', 'automated', (),
'''Return-Path: <alertas@dispara.example>
Received: from mta-alertas.dispara.example (mta-alertas.dispara.example [192.0.2.231])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LqB7p2Lc0z9vSq
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 08:00:19 +0100 (CET)
From: Dispara - Alertas de conta <alertas@dispara.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Alerta:_queixas_de_spam_na_campanha_=22Vandamme_junta-se_=C3=A0?=
 =?UTF-8?Q?_Shop_Example_(PT)=22?=
Date: Wed, 4 Nov 2026 07:00:16 +0000
Message-ID: <alerta-fbl-20261104-0700-88213@dispara.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Dispara-Conta: 58817
X-Dispara-Tipo: fbl-resumo

Olá,

Este é um alerta automático sobre a sua conta Shop Example BV (n.º 58817).

Campanha: Vandamme junta-se à Shop Example (PT)
Enviada em: 03/11/2026 às 10:02
Destinatários: 3.214
Entregues: 3.087
Queixas de spam (relatórios dos fornecedores de e-mail): 9 (0,29 %)

O limite recomendado é de 0,10 %. Os 9 contactos que se queixaram foram automaticamente colocados na lista de supressão e não voltarão a receber envios desta conta.

Se a taxa de queixas continuar acima do limite nas próximas campanhas, os envios da conta poderão ser suspensos para revisão. Consulte as boas práticas em https://ajuda.dispara.example/queixas-spam

Esta mensagem foi enviada automaticamente. Não responda a este e-mail.
Dispara Marketing, Lda. · Rua de Santa Catarina 400 · 4000-442 Porto
'''),

    ('pt', 'exchange-ndr-relay-denied-portuguese', 'automated', (),
'''Return-Path: <>
Received: from mail.ribeiro-filhos.example (mail.ribeiro-filhos.example [203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LpQ6g3Nh2z9vTy
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:12:37 +0100 (CET)
From: <postmaster@ribeiro-filhos.example>
To: <privacy@shop.example.be>
Date: Tue, 3 Nov 2026 09:12:35 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="c4a1e2f3-9b8d-47c6-a5e0-3d2f1b0c9e8a"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-PT
Message-ID: <0f9e8d7c-6b5a-4321-9fed-cba987654321@EXCH-EDGE.ribeiro-filhos.local>
In-Reply-To: <announce-pt-20261103.0388@news.shop.example.be>
References: <announce-pt-20261103.0388@news.shop.example.be>
Subject: =?utf-8?Q?N=C3=A3o_=C3=A9_poss=C3=ADvel_entregar:_Vandamme_junta-se_?=
 =?utf-8?Q?=C3=A0_Shop_Example:_o_que_muda_para_os_seus_dados?=
Auto-Submitted: auto-replied

--c4a1e2f3-9b8d-47c6-a5e0-3d2f1b0c9e8a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Falha na entrega a estes destinat=C3=A1rios ou grupos:

encomendas@ribeiro-filhos.example
O servidor de e-mail do destinat=C3=A1rio rejeitou a sua mensagem porque n=
=C3=A3o est=C3=A1 autorizado a reencaminhar mensagens para este dom=C3=ADni=
o. Contacte o administrador de e-mail do destinat=C3=A1rio.

Informa=C3=A7=C3=B5es de diagn=C3=B3stico para administradores:

Servidor gerador: EXCH-EDGE.ribeiro-filhos.local

encomendas@ribeiro-filhos.example
Servidor remoto devolvido "550 5.7.54 SMTP; Unable to relay recipient in no=
n-accepted domain"

--c4a1e2f3-9b8d-47c6-a5e0-3d2f1b0c9e8a
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH-EDGE.ribeiro-filhos.local
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Tue, 3 Nov 2026 09:12:33 +0000

Final-Recipient: rfc822;encomendas@ribeiro-filhos.example
Action: failed
Status: 5.7.54
Diagnostic-Code: smtp;550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain

--c4a1e2f3-9b8d-47c6-a5e0-3d2f1b0c9e8a
Content-Type: text/rfc822-headers

From: Shop Example <privacy@shop.example.be>
To: <encomendas@ribeiro-filhos.example>
Subject: =?utf-8?Q?Vandamme_junta-se_=C3=A0_Shop_Example:_o_que_muda_para_os_?=
 =?utf-8?Q?seus_dados?=
Date: Tue, 3 Nov 2026 10:02:19 +0100
Message-ID: <announce-pt-20261103.0388@news.shop.example.be>
MIME-Version: 1.0

--c4a1e2f3-9b8d-47c6-a5e0-3d2f1b0c9e8a--
'''),

    ('pt', 'person-objection-reply-to-announcement-samsung-phone', 'objection', (),
'''Return-Path: <fernanda.sousa@sapo.pt>
Received: from relay3.ptmail.sapo.pt (relay3.ptmail.sapo.pt [212.55.154.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4LpW3r7Fm1z9vQe
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 18:54:02 +0100 (CET)
Date: Tue, 03 Nov 2026 17:53:58 +0000
From: Fernanda Sousa <fernanda.sousa@sapo.pt>
To: Shop Example <privacy@shop.example.be>
Message-ID: <k3p8vq-d1x7ra-9f2c4e-5b1m0w@email.android.com>
In-Reply-To: <announce-pt-20261103.0154@news.shop.example.be>
References: <announce-pt-20261103.0154@news.shop.example.be>
Subject: =?UTF-8?Q?RE:_Vandamme_junta-se_=C3=A0_Shop_Example:_o_que_muda_para_os?=
 =?UTF-8?Q?_seus_dados?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Boa tarde,

Li o vosso e-mail. Não autorizo que usem o meu histórico de compras da Vandamme para me traçarem um perfil e me mostrarem publicidade "personalizada", nem que passem os meus dados aos vossos "parceiros selecionados". Oponho-me às duas coisas.

O cartão de cliente pode continuar a funcionar normalmente, isso não me incomoda.

Cumprimentos,
Fernanda Sousa



Enviado a partir do meu smartphone Samsung Galaxy.


-------- Mensagem original --------
De: Shop Example <privacy@shop.example.be>
Data: 03/11/2026 10:02 (GMT+01:00)
Para: fernanda.sousa@sapo.pt
Assunto: Vandamme junta-se à Shop Example: o que muda para os seus dados

Caro(a) cliente,

Desde 1 de outubro de 2026, a Vandamme faz parte da Shop Example BV. Os seus dados de cliente e os pontos do seu cartão Vandamme foram transferidos para a Shop Example, que passa a ser a responsável pelo tratamento.

Com base no nosso interesse legítimo, poderemos utilizar o seu histórico de compras para lhe apresentar ofertas adaptadas e partilhar alguns dados com parceiros selecionados. Pode opor-se a qualquer momento, respondendo a este e-mail.

Com os melhores cumprimentos,
Equipa Shop Example
'''),
]

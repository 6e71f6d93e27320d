"""Seventy-fourth set: robot mail of the systems of others who ask about a customer (police and court data-request portals, official government e-boxes and certified-mail systems, bailiffs' and debt collectors' case systems, insurers' claim-check platforms, legal-hold and e-discovery tools, their bounces and auto-replies through many MTAs and vendors), plus people whose mail looks automatic (en, nl, fr, de, es, it, pt). Written apart from the rules."""

ROBOTS = [
    ('en', 'uk-police-disclosure-portal-new-request-schedule2-no-auto-headers', 'automated', (),
'''Return-Path: <notifications@disclose.thamesvalley-police.example>
Received: from mta-out-04.netdisclose.example (mta-out-04.netdisclose.example [198.51.100.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb2Pw7Rn3z5x1Lm
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 11:26:03 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=netdisclose.example;
	s=nd2025; t=1776158761; h=from:to:subject:date:message-id:mime-version;
	bh=Hk3Pq9Lz2Wc7Rv0Tn5Bm8Xs1Yd4Fg6Jh2Kl9Mn3Qp7=;
	b=Zp4Rt8Wk1Nq6Ls3Vx9Bc2Dm7Fh0Gj5Hk8Jl1Mn4Pq7Rs0Tu3Vw6Xy9Za2Bc5De8Fg
From: Thames Valley Police - Disclosure Unit <notifications@disclose.thamesvalley-police.example>
To: privacy@shop.example.be
Subject: [OFFICIAL] New data request TVP-DR-2026-018874 awaiting your response
Date: Tue, 14 Apr 2026 10:26:01 +0100
Message-ID: <dr-018874-notify-1776158761@app02.netdisclose.example>
X-Mailer: NetDisclose Notify 3.11
X-NetDisclose-Tenant: tvp
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="nd_alt_018874_b1"

--nd_alt_018874_b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

OFFICIAL

Thames Valley Police - Disclosure Unit
Secure data request notification

A new request for personal data has been submitted to your organisation
through the NetDisclose portal.

Reference:        TVP-DR-2026-018874
Requesting officer: DC 4417 R. Hargreaves, Reading CID
Date raised:      14/04/2026
Response due:     28/04/2026
Organisation:     Shop Example (webshop) - registered contact privacy@

The request concerns one of your customers and relates to an online order
placed from a UK IP address. Full details of the data requested, the legal
basis and the officer's declaration are available in the portal only. For
security reasons they are not included in this e-mail.

Legal basis (summary)
The request is made under Schedule 2, Part 1, Paragraph 2 of the Data
Protection Act 2018 (crime and taxation). This exemption allows, but does
not oblige, a controller to disclose personal data where not disclosing
would be likely to prejudice the prevention or detection of crime or the
apprehension or prosecution of offenders. You remain responsible for
deciding whether disclosure is necessary and proportionate. The data
subject should not be informed of this request where doing so would
prejudice the investigation.

To view and respond:
https://disclose.thamesvalley-police.example/r/TVP-DR-2026-018874

Please do not reply to this e-mail. Replies to this address are not read
and will not be attached to the request. Use the portal to upload the
data, to ask the officer a question or to decline the request.

This e-mail and any attachments are intended for the addressee only and
may contain information classified OFFICIAL. If you received it in error,
delete it and inform disclosure.unit@thamesvalley-police.example.

--nd_alt_018874_b1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1b">
<p style="font-weight:bold;color:#b00">OFFICIAL</p>
<h2 style="color:#003366">Thames Valley Police &ndash; Disclosure Unit</h2>
<p>A new request for personal data has been submitted to your organisation through the NetDisclose portal.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Reference</b></td><td>TVP-DR-2026-018874</td></tr>
<tr><td><b>Requesting officer</b></td><td>DC 4417 R. Hargreaves, Reading CID</td></tr>
<tr><td><b>Response due</b></td><td>28/04/2026</td></tr>
</table>
<p>Legal basis: Data Protection Act 2018, Schedule 2, Part 1, Paragraph 2 (crime and taxation). Details are available in the portal only.</p>
<p><a href="https://disclose.thamesvalley-police.example/r/TVP-DR-2026-018874" style="background:#003366;color:#fff;padding:8px 14px;text-decoration:none">View request</a></p>
<p style="font-size:11px;color:#666">Please do not reply to this e-mail. Replies are not read.</p>
</body></html>

--nd_alt_018874_b1--
'''),
    ('en', 'ediscovery-legal-hold-custodian-reminder-do-not-delete', 'automated', (),
'''Return-Path: <bounce-lh-77310@holds.caseveritas.example>
Received: from o22.sendgrid.example (o22.sendgrid.example [167.89.100.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc0Hs2Vd9z5x3Nb
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 08:00:12 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=caseveritas.example;
	s=s1; t=1776664810; h=from:subject:to:mime-version:content-type;
	bh=Wq1Bz8Kc3Ln6Rt0Vx4Hm9Ps2Yd7Fg5Jk1Mn3Qr8Tu=;
	b=Ab3Cd6Ef9Gh2Ij5Kl8Mn1Op4Qr7St0Uv3Wx6Yz9Ab2Cd5Ef8Gh1Ij4Kl7Mn0Op3Qr
From: "CaseVeritas Legal Hold on behalf of Harcourt Lyle LLP" <holds@caseveritas.example>
Reply-To: litigation.support@harcourtlyle.example
To: privacy@shop.example.be
Subject: REMINDER (2nd): Legal Hold Notice - Brightwell Appliances Ltd v. Shop
 Example NV and others - acknowledgement outstanding
Date: Mon, 20 Apr 2026 06:00:10 +0000
Message-ID: <lh.77310.rem2.20260420060010@mailer.caseveritas.example>
X-SG-EID: u001.k4Jd8vLq2Rn6Wt0Ys3Bc7Fh1Gm5Kp9Qx
Feedback-ID: 11403:CV-legalhold:reminder
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

LEGAL HOLD NOTICE - SECOND REMINDER

Matter:     Brightwell Appliances Ltd v. Shop Example NV and others
Hold ID:    HL-2026-0231
Issued by:  Harcourt Lyle LLP, counsel for Shop Example NV
Custodian:  privacy@shop.example.be (Data Protection Office)
Issued on:  06/04/2026
Status:     NOT ACKNOWLEDGED

You were identified as a custodian of documents and data that may be
relevant to the above proceedings. You must preserve, and must not delete,
overwrite or alter, any of the following, wherever they are stored:

  - correspondence with customers about extended warranty registrations for
    Brightwell products between 01/01/2023 and today;
  - data subject requests (access, erasure, objection) that mention
    Brightwell warranties, and the answers given;
  - exports from the loyalty and CRM systems relating to those customers.

This hold overrides your normal retention schedules and automatic deletion
rules. If you receive an erasure request from a customer whose data falls
under this hold, do not carry out the erasure without first contacting
litigation support: the hold may be a ground for refusing or postponing
erasure under Article 17(3)(e) GDPR (establishment, exercise or defence of
legal claims). Restriction of processing may apply instead.

Please acknowledge that you have read and will comply with this notice:
https://holds.caseveritas.example/ack/HL-2026-0231/c/8e41b2

If you believe you hold no relevant data, say so in the acknowledgement
form. Reminders will be sent every 7 days until the notice is acknowledged.
Non-acknowledgement is reported to counsel.

This message was sent automatically by CaseVeritas Legal Hold. Do not reply
to this message; replies go to an unmonitored queue. Questions about the
matter: litigation.support@harcourtlyle.example.
'''),
    ('en', 'exchange-online-ndr-solicitor-sar-reply-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2107.outbound.protection.outlook.com [40.107.12.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd6Wm0Fq2z5x7Tc
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 14:48:51 +0200 (CEST)
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@shopexample.onmicrosoft.example>
To: <privacy@shop.example.be>
Subject: Undeliverable: RE: Your ref MK/0412/26 - your client's subject access
 request and the letter from Lowther Recoveries
Date: Thu, 23 Apr 2026 12:48:49 +0000
Message-ID: <8d21f0a7-52c3-4b6e-9b11-3aa7c0f6e2d4@AM8PR02MB7731.eurprd02.prod.outlook.com>
In-Reply-To: <pt-20260423-0062115@helpdesk.shop.example.be>
References: <pt-20260423-0062115@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ndr_5e0c2a19-77b4-4a0d-8c61-0d9f31e2b7aa"

--ndr_5e0c2a19-77b4-4a0d-8c61-0d9f31e2b7aa
Content-Type: text/plain; charset="us-ascii"

Your message to m.kerrigan@kerrigan-solicitors.example couldn't be delivered.

m.kerrigan wasn't found at kerrigan-solicitors.example.

privacy    Office 365    m.kerrigan
Action Required                Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.
- If you're sending to a group, check that the group exists.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's e-mail address wasn't found at the
destination domain. It might be misspelled or it might not exist.

Original Message Details
Created Date:   23/04/2026 12:48:41
Sender Address: privacy@shop.example.be
Recipient Address:      m.kerrigan@kerrigan-solicitors.example
Subject:        RE: Your ref MK/0412/26 - your client's subject access request
 and the letter from Lowther Recoveries

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found
 by SMTP address lookup
DSN generated by:       AM8PR02MB7731.eurprd02.prod.outlook.com

--ndr_5e0c2a19-77b4-4a0d-8c61-0d9f31e2b7aa
Content-Type: message/delivery-status

Reporting-MTA: dns;AM8PR02MB7731.eurprd02.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Thu, 23 Apr 2026 12:48:41 +0000

Final-Recipient: rfc822;m.kerrigan@kerrigan-solicitors.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
 found by SMTP address lookup

--ndr_5e0c2a19-77b4-4a0d-8c61-0d9f31e2b7aa
Content-Type: message/rfc822

From: Shop Example Privacy Team <privacy@shop.example.be>
To: "m.kerrigan@kerrigan-solicitors.example" <m.kerrigan@kerrigan-solicitors.example>
Subject: RE: Your ref MK/0412/26 - your client's subject access request and
 the letter from Lowther Recoveries
Date: Thu, 23 Apr 2026 14:48:38 +0200
Message-ID: <pt-20260423-0062115@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear Mr Kerrigan,

Thank you for your letter of 17 April on behalf of Mr S. Doherty.

Before we can answer the subject access request we need the signed letter of
authority from your client, as mentioned in our privacy notice. As to the
letter from Lowther Recoveries: our records show that the debt for order
WEB-2025-771402 was assigned on 2 February 2026. Under Article 15(1)(c) GDPR
your client is entitled to know the recipients of his data; we will list
them in our answer once we have received the authority.

Kind regards,
Privacy Team - Shop Example NV
Ref. PT-2026-0062115

--ndr_5e0c2a19-77b4-4a0d-8c61-0d9f31e2b7aa--
'''),
    ('en', 'insurer-claim-validation-purchase-check-request-html-only', 'automated', (),
'''Return-Path: <claims-noreply@verityclaims.example>
Received: from smtp-eu1.verityclaims.example (smtp-eu1.verityclaims.example [203.0.113.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf1Dp4Xs6z5x2Gw
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 16:03:20 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=verityclaims.example;
	s=mail; h=from:to:subject:date:message-id;
	bh=Ls9Kd2Pq7Wx4Rb1Vn6Cz3Tm8Hf0Gj5Ye2Uk7Io4Np1=;
	b=Mv5Xn2Lq8Wt1Bz4Cy7Dh0Fj3Gk6Hm9Jn2Qp5Rs8Tu1Vw4Xy7Za0Bc3De6Fg9Hi2Jk
From: VerityClaims on behalf of Northgate Home Insurance <claims-noreply@verityclaims.example>
To: privacy@shop.example.be
Subject: Retailer verification request - claim NHI-CL-26-330918
Date: Wed, 29 Apr 2026 14:03:18 +0000
Message-ID: <vc.retailer-verif.330918.1777471398@verityclaims.example>
X-Mailer: VerityClaims Retailer Verification 2.4
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Retailer verification request</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Segoe UI,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" style="background:#ffffff">
<tr><td style="background:#12355b;color:#ffffff;font-size:20px">VerityClaims &middot; Retailer verification</td></tr>
<tr><td>
<p>Dear retailer,</p>
<p>Northgate Home Insurance is assessing a claim under a home contents policy. The policyholder states that the item below was bought from your company. We ask you to confirm whether the purchase record matches.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td><b>Claim</b></td><td>NHI-CL-26-330918</td></tr>
<tr><td><b>Item</b></td><td>OLED television 65&quot;, model QX65-C4</td></tr>
<tr><td><b>Stated purchase date</b></td><td>around 12/11/2025</td></tr>
<tr><td><b>Stated place</b></td><td>Shop Example webshop, order number not known</td></tr>
<tr><td><b>Stated amount</b></td><td>EUR 1,899.00</td></tr>
<tr><td><b>Policyholder</b></td><td>Mr A. W*****, postcode 1180</td></tr>
</table>
<p><a href="https://retailer.verityclaims.example/v/330918/7fd2c" style="background:#12355b;color:#fff;padding:10px 16px;text-decoration:none">Answer this request</a></p>
<p style="font-size:12px;color:#555">The policyholder has signed a declaration allowing Northgate Home Insurance to verify the information given in the claim with third parties. Please answer only with the information requested (yes / no / partially, and the purchase date and amount if different). Do not send copies of identity documents, payment card details or unrelated purchases.</p>
<p style="font-size:12px;color:#555">Privacy: VerityClaims acts as processor for Northgate Home Insurance, the controller. Data received from retailers is kept for the duration of the claim and for six years after it is closed. The policyholder can exercise his rights of access, rectification and erasure with Northgate Home Insurance, Data Protection Officer, dpo@northgate-home.example.</p>
<p style="font-size:11px;color:#888">This is an automated request. The link expires in 14 days. Replies to this e-mail are not monitored.</p>
</td></tr></table>
</td></tr></table>
</body></html>
'''),
    ('en', 'person-forwards-debt-collector-assignment-notice-asks-who-got-data', 'access', ('objection',),
'''Return-Path: <dave.mcallister77@outlook.example>
Received: from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01olkn2031.outbound.protection.outlook.com [40.92.66.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kg3Nc8Bt1z5x5Rk
        for <privacy@shop.example.be>; Sat, 02 May 2026 22:41:07 +0200 (CEST)
From: Dave McAllister <dave.mcallister77@outlook.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: FW: Notice of Assignment - Account LR-5519-20487 [Ref:0x7741]
Thread-Topic: Notice of Assignment - Account LR-5519-20487 [Ref:0x7741]
Date: Sat, 2 May 2026 20:41:02 +0000
Message-ID: <DB7P191MB0412A7C1E3F0B29D58E4C6A1B2390@DB7P191MB0412.EURP191.PROD.OUTLOOK.example>
Accept-Language: en-GB
Content-Language: en-GB
X-MS-Has-Attach:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

hi, this came yesterday. I had a dispute with you about the washing machine
last year (order WEB-2025-640117, it was returned and you said it was sorted).
Now some company I never heard of has my mobile number and my new address in
Mechelen which I only ever gave to your delivery people.

So: what exactly did you pass to Lowther Recoveries and when, and did anyone
else get my details? And I don't want you sending my stuff to collectors
again, the money was never owed.

Dave McAllister
0488 30 71 52

Sent from Outlook for Android

________________________________
From: Lowther Recoveries <noreply@lowther-recoveries.example>
Sent: Friday, May 1, 2026 9:02:11 AM
To: dave.mcallister77@outlook.example <dave.mcallister77@outlook.example>
Subject: Notice of Assignment - Account LR-5519-20487 [Ref:0x7741]

LOWTHER RECOVERIES LTD
Notice of Assignment

Account reference: LR-5519-20487
Original creditor: Shop Example NV (webshop)
Original account:  WEB-2025-640117
Balance assigned:  EUR 649.00
Date of assignment: 02/02/2026

Dear Mr McAllister,

We write to tell you that the above balance has been assigned to Lowther
Recoveries Ltd. All payments should now be made to us and not to the
original creditor.

Your personal data (name, address, telephone number, e-mail address and
account history) were provided to us by the original creditor. We process
them on the basis of our legitimate interest in recovering the debt. You
have the right to request access to the data we hold, to have inaccurate
data corrected and, in certain circumstances, to object to processing or
to request erasure. See lowther-recoveries.example/privacy.

To discuss this account, log in at my.lowther-recoveries.example or call
0800 990 1183. Please do not reply to this e-mail, it is sent from an
unattended mailbox.
'''),
    ('nl', 'belgian-ebox-enterprise-new-message-justice-requisition-no-auto-headers', 'automated', (),
'''Return-Path: <noreply@ebox-enterprise.belgie.example>
Received: from mailrelay2.bosa-notify.example (mailrelay2.bosa-notify.example [193.191.216.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb8Qs1Ht5z5x0Cn
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 07:12:44 +0200 (CEST)
From: e-Box Enterprise <noreply@ebox-enterprise.belgie.example>
To: privacy@shop.example.be
Subject: Nieuw bericht in uw e-Box Enterprise / Nouveau message dans votre
 e-Box Enterprise / Neue Nachricht in Ihrer e-Box Enterprise
Date: Thu, 16 Apr 2026 07:12:41 +0200
Message-ID: <ebox.notif.0428913377.20260416071241.3381@notify.ebox-enterprise.belgie.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste,

Er is een nieuw bericht beschikbaar in de e-Box Enterprise van uw
onderneming.

Onderneming:   SHOP EXAMPLE NV (0428.913.377)
Afzender:      Parket van de procureur des Konings Antwerpen - afdeling Mechelen
Onderwerp:     Vordering tot het verstrekken van gegevens - not. nr. ME.55.L1.004471/26
Ontvangen op:  16/04/2026 07:10
Te lezen vóór: registratie van de lezing is wettelijk van belang

Om de inhoud te lezen meldt u zich aan op https://ebox-enterprise.belgie.example
met uw eID, itsme of een beveiligingscode. Alleen personen aan wie de
toegangsbeheerder van uw onderneming de rol "e-Box" heeft gegeven, kunnen
het bericht openen.

Let op: het tijdstip waarop het bericht voor het eerst wordt geopend, wordt
geregistreerd. Voor sommige afzenders geldt een elektronische kennisgeving
als een kennisgeving op papier (wet van 27 februari 2019 inzake de
elektronische uitwisseling van berichten via de eBox).

Dit is een automatisch bericht. U kunt niet antwoorden op deze e-mail.
Wijzig het adres voor deze meldingen in de instellingen van uw e-Box.

----

Madame, Monsieur,

Un nouveau message est disponible dans l'e-Box Enterprise de votre
entreprise. Connectez-vous sur https://ebox-enterprise.belgie.example pour le
consulter. Ceci est un message automatique, merci de ne pas y répondre.

----

Sehr geehrte Damen und Herren,

eine neue Nachricht steht in der e-Box Enterprise Ihres Unternehmens bereit.
Melden Sie sich unter https://ebox-enterprise.belgie.example an. Dies ist
eine automatische Nachricht, bitte antworten Sie nicht darauf.
'''),
    ('nl', 'bailiff-case-portal-receipt-garnishee-declaration-art1452', 'automated', (),
'''Return-Path: <dossiers@gdw-vandamme-peeters.example>
Received: from mail.gdw-vandamme-peeters.example (mail.gdw-vandamme-peeters.example [91.183.44.19])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kc3Xv6Lm0z5x4Dp
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 10:37:55 +0200 (CEST)
From: "Gerechtsdeurwaarders Van Damme & Peeters - dossierbeheer" <dossiers@gdw-vandamme-peeters.example>
To: privacy@shop.example.be
Subject: Ontvangstbevestiging - uw bericht in dossier 26/0387/VD - verklaring
 derde-beslagene
Date: Tue, 21 Apr 2026 10:37:52 +0200
Message-ID: <ack.26-0387-VD.20260421103752.4@juridox.gdw-vandamme-peeters.example>
In-Reply-To: <pt-20260421-0059820@helpdesk.shop.example.be>
X-Mailer: JuriDox Deurwaarder 9.2
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

GERECHTSDEURWAARDERS VAN DAMME & PEETERS
Grote Markt 14 - 2800 Mechelen
BTW BE 0654.321.778

Ontvangstbevestiging

Uw bericht van 21/04/2026 10:36 werd geregistreerd in ons dossierbeheer.

Dossier:          26/0387/VD
Eiser:            Credimo Consumentenkrediet NV
Schuldenaar:      D*** K***, Mechelen
Uw rol:           derde-beslagene (beslag onder derden van 08/04/2026)
Bijlagen:         1 (verklaring_derde_beslagene.pdf, 212 kB)

Herinnering
Als derde-beslagene bent u verplicht binnen de vijftien dagen na het
beslag een verklaring af te leggen over de bedragen of goederen die u aan
de schuldenaar verschuldigd bent (artikel 1452 Gerechtelijk Wetboek), ook
als dat bedrag nul is. Een laattijdige of onvolledige verklaring kan ertoe
leiden dat u zelf voor de schuld aansprakelijk wordt gesteld (artikel 1456
Ger.W.).

Uw bericht wordt door een medewerker van het kantoor behandeld. U ontvangt
alleen een antwoord als er nog iets ontbreekt.

Privacy
Ons kantoor verwerkt de persoonsgegevens in dit dossier voor de uitvoering
van een wettelijke opdracht (art. 6.1.c en 6.1.e AVG). De schuldenaar kan
inzage vragen in zijn gegevens bij dpo@gdw-vandamme-peeters.example.
Sommige rechten, zoals het recht op wissing en het recht van bezwaar, zijn
beperkt zolang de gerechtelijke procedure loopt.

Dit bericht werd automatisch aangemaakt. Antwoord niet op deze e-mail maar
vermeld altijd het dossiernummer in een nieuw bericht aan
dossiers@gdw-vandamme-peeters.example.
'''),
    ('nl', 'exim-bounce-dutch-collection-agency-reply-about-disclosure', 'automated', (),
'''Return-Path: <>
Received: from mx3.incassonet-noord.example ([185.62.37.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd1Ps9Jw4z5x6Fq
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 16:05:31 +0200 (CEST)
Received: from Debian-exim by mx3.incassonet-noord.example with local (Exim 4.97)
	id 1wKq3r-0004Ls-2c
	for privacy@shop.example.be; Wed, 22 Apr 2026 16:05:29 +0200
X-Failed-Recipients: gegevensverzoeken@incassonet-noord.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx3.incassonet-noord.example>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1776866729-eximdsn-1148905532
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wKq3r-0004Ls-2c@mx3.incassonet-noord.example>
Date: Wed, 22 Apr 2026 16:05:29 +0200

--1776866729-eximdsn-1148905532
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  gegevensverzoeken@incassonet-noord.example
    host mailstore1.incassonet-noord.example [10.20.4.11]
    SMTP error from remote mail server after RCPT TO:<gegevensverzoeken@incassonet-noord.example>:
    550 5.1.1 <gegevensverzoeken@incassonet-noord.example>: Recipient address rejected: User unknown in virtual mailbox table

--1776866729-eximdsn-1148905532
Content-type: message/delivery-status

Reporting-MTA: dns; mx3.incassonet-noord.example

Action: failed
Final-Recipient: rfc822;gegevensverzoeken@incassonet-noord.example
Status: 5.1.1
Remote-MTA: dns; mailstore1.incassonet-noord.example
Diagnostic-Code: smtp; 550 5.1.1 <gegevensverzoeken@incassonet-noord.example>: Recipient address rejected: User unknown in virtual mailbox table

--1776866729-eximdsn-1148905532
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from mx1.shop.example.be ([195.244.180.12])
	by mx3.incassonet-noord.example with esmtps (TLS1.3) (Exim 4.97)
	id 1wKq3q-0004Lh-1T
	for gegevensverzoeken@incassonet-noord.example; Wed, 22 Apr 2026 16:05:28 +0200
From: Privacyteam Shop Example <privacy@shop.example.be>
To: gegevensverzoeken@incassonet-noord.example
Subject: Uw kenmerk INC-NL-26-118802 - verzoek om adresgegevens klant
Date: Wed, 22 Apr 2026 16:05:22 +0200
Message-ID: <pt-20260422-0060417@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Geachte heer, mevrouw,

Wij ontvingen uw verzoek van 15 april om het huidige adres en
telefoonnummer van een van onze klanten door te geven in het kader van een
incassodossier van een derde partij.

Shop Example is geen partij in deze vordering. Wij verstrekken geen
persoonsgegevens van klanten aan incassobureaus zonder rechtsgrond, zoals
een rechterlijke beslissing of een wettelijke verplichting. Uw verzoek
vermeldt geen van beide; wij kunnen er dus niet op ingaan.

Met vriendelijke groet,
Privacyteam Shop Example NV
Ref. PT-2026-0060417

--1776866729-eximdsn-1148905532--
'''),
    ('nl', 'zimbra-ooo-local-police-inspector-call-101', 'automated', (),
'''Return-Path: <inspecteur.b.wouters@pz-rivierenland.example>
Received: from zimbra.pz-rivierenland.example (zimbra.pz-rivierenland.example [81.82.201.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf5Gt2Cr8z5x9Hd
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 17:22:10 +0200 (CEST)
Date: Fri, 24 Apr 2026 17:22:09 +0200 (CEST)
From: Bart Wouters <inspecteur.b.wouters@pz-rivierenland.example>
To: Privacyteam Shop Example <privacy@shop.example.be>
Message-ID: <1288730441.77102.1777044129881.JavaMail.zimbra@pz-rivierenland.example>
In-Reply-To: <pt-20260424-0061033@helpdesk.shop.example.be>
Subject: Afwezig: RE: PV BO.32.L5.002219/26 - camerabeelden winkel Bornem
 16/04
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 10.0.8_GA_4611 (zclient/10.0.8_GA_4611)
Thread-Topic: camerabeelden winkel Bornem 16/04
Thread-Index: AQHd1kWrB0y8tN4mTq2zLc3pXw7fSg==

Goeiedag,

Ik ben afwezig tot en met maandag 4 mei 2026 en lees mijn mails niet.

Voor lopende dossiers van de recherche kunt u terecht bij het secretariaat
via recherche@pz-rivierenland.example of op 03 890 12 40 (werkdagen 8-17u).
Beelden en andere gegevens die op vordering van de politie worden
overgemaakt, bezorgt u best via het beveiligde platform waarvan u de link
in de vordering kreeg, niet per mail.

Bij dringende noodsituaties: bel 101 of 112.

Met vriendelijke groeten,
Bart Wouters
Inspecteur - Lokale Recherche
Politiezone Rivierenland

Deze e-mail en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd
voor de geadresseerde. Gegevens uit een politieel dossier mogen niet verder
verspreid worden (art. 458 Strafwetboek - beroepsgeheim; art. 44/1 e.v.
Wet op het politieambt).
'''),
    ('nl', 'person-pastes-bailiff-letter-asks-fix-old-address-given', 'correction', (),
'''Return-Path: <sofie.dhaene@telenet.example>
Received: from smtp-out.telenet.example (smtp-out.telenet.example [195.130.137.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kg7Sw5Ym2z5x1Bp
        for <privacy@shop.example.be>; Mon, 04 May 2026 08:14:29 +0200 (CEST)
From: Sofie Dhaene <sofie.dhaene@telenet.example>
To: privacy@shop.example.be
Subject: FW: Automatisch bericht - Dossier 26/0412/VD
Date: Mon, 4 May 2026 08:14:20 +0200
Message-ID: <000c01dcdb7a$4e2f1a10$ea8d4e30$@telenet.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHd2tdAUaW7p6q0k9Yc3fJ8Tt1vBw==
Content-Language: nl-be

Goeiemorgen,

Hieronder wat ik zaterdag van een deurwaarder kreeg (ik heb het gewoon
gekopieerd uit hun portaal). Die schuld is van mijn ex, niet van mij, maar
daar gaat het nu niet om. Ze vermelden als bron "gegevens klantenkaart
Shop Example" en het adres dat erbij staat is nog de Kapelstraat 9 in
Puurs, waar ik al sinds 2023 niet meer woon.

Mijn adres is nu: Molenweg 41 bus 2, 2870 Ruisbroek (Puurs-Sint-Amands).
Klantenkaart 6294 0012 8837 1. Kunnen jullie dat aanpassen zodat er niet
nog meer post op mijn oud adres toekomt bij de nieuwe bewoners? Mijn
telefoonnummer klopt ook niet meer, het is nu 0478 21 66 03.

Sofie

----- gekopieerd uit https://mijndossier.gdw-vandamme-peeters.example -----
AUTOMATISCH BERICHT - NIET BEANTWOORDEN
Dossier: 26/0412/VD
Betreft: aanmaning tot betaling - minnelijke fase
Geadresseerde: Sofie D'HAENE, Kapelstraat 9, 2870 Puurs
Bron adresgegevens: Rijksregister (raadpleging 28/04/2026) / gegevens
klantenkaart Shop Example (antwoord derde op vordering)
Openstaand bedrag: EUR 1.284,17 (hoofdsom 1.050,00 + intresten + kosten)
U kunt binnen 15 dagen uw opmerkingen indienen via dit portaal. Uw rechten
op grond van de AVG (inzage, verbetering) kunt u uitoefenen bij
dpo@gdw-vandamme-peeters.example.
-------------------------------------------------------------------------
'''),
    ('fr', 'insurer-antifraud-claim-check-art14-notice-retailer-copy', 'automated', (),
'''Return-Path: <ne-pas-repondre@sinistres.mutuelle-ardennaise.example>
Received: from relay-out3.mutuelle-ardennaise.example (relay-out3.mutuelle-ardennaise.example [194.78.12.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb5Lr3Gq7z5x2Wd
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 13:51:48 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=mutuelle-ardennaise.example;
	s=sel2026; h=from:to:subject:date:message-id:content-type;
	bh=Rk7Wq2Ln5Xp8Tb1Vc4Hm0Yd3Fg6Jk9Lz2Mn5Qs8Uv=;
	b=Cd4Ef7Gh0Ij3Kl6Mn9Op2Qr5St8Uv1Wx4Yz7Ab0Cd3Ef6Gh9Ij2Kl5Mn8Op1Qr4St
From: "Mutuelle Ardennaise - Gestion des sinistres" <ne-pas-repondre@sinistres.mutuelle-ardennaise.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Sinistre_SIN-2026-058812_=E2=80=93_demande_de_v=C3=A9rification_?=
 =?utf-8?Q?d=27un_justificatif_d=27achat?=
Date: Wed, 15 Apr 2026 13:51:45 +0200
Message-ID: <sin.058812.verif.20260415135145@gestion.mutuelle-ardennaise.example>
X-Mailer: SinistraPro Notifications 6.0
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_sp_058812_alt"

------=_sp_058812_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

MUTUELLE ARDENNAISE - Service Sinistres
Cellule de contrôle et de lutte contre la fraude

Madame, Monsieur,

Dans le cadre de l'instruction du sinistre SIN-2026-058812 (vol avec
effraction, Namur, 30/03/2026), notre assurée a produit le justificatif
d'achat ci-dessous, émis selon elle par votre enseigne :

  Ticket de caisse n° 0377-04-118822, magasin de Jambes
  Date : 21/12/2025 - Montant : 1.349,00 EUR
  Article : ordinateur portable 15,6" + extension de garantie 3 ans

Nous vous prions de confirmer, via le lien sécurisé ci-dessous, que ce
ticket correspond à une vente réelle (oui / non / montant différent).
Aucune autre donnée sur votre cliente ne vous est demandée.

https://controle.mutuelle-ardennaise.example/verif/058812/a91c

Information relative à la protection des données (art. 14 RGPD)
Les informations que vous nous transmettez sont traitées par la Mutuelle
Ardennaise en qualité de responsable du traitement, sur la base de son
intérêt légitime à prévenir la fraude à l'assurance (art. 6.1.f RGPD). Elles
peuvent être communiquées à notre réassureur et, en cas de fraude avérée,
aux autorités judiciaires. Elles sont conservées pendant la durée du
contrat et dix ans après la clôture du sinistre. L'assurée a été informée
de cette vérification. Elle dispose d'un droit d'accès, de rectification,
d'effacement, de limitation et d'opposition, qu'elle peut exercer auprès
de notre délégué à la protection des données (dpo@mutuelle-ardennaise.example),
ainsi que du droit d'introduire une réclamation auprès de l'Autorité de
protection des données, rue de la Presse 35, 1000 Bruxelles.

Ce message est envoyé automatiquement. Merci de ne pas y répondre :
utilisez le lien ci-dessus.

------=_sp_058812_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p><b>MUTUELLE ARDENNAISE</b> &ndash; Service Sinistres<br>Cellule de contr&ocirc;le et de lutte contre la fraude</p>
<p>Sinistre <b>SIN-2026-058812</b> &ndash; v&eacute;rification du ticket n&deg; 0377-04-118822 (magasin de Jambes, 21/12/2025, 1.349,00 EUR).</p>
<p><a href="https://controle.mutuelle-ardennaise.example/verif/058812/a91c">Confirmer ou infirmer la vente</a></p>
<p style="font-size:10px;color:#777">Information art. 14 RGPD : responsable du traitement Mutuelle Ardennaise ; base : int&eacute;r&ecirc;t l&eacute;gitime (art. 6.1.f) ; droits d'acc&egrave;s, de rectification, d'effacement, de limitation et d'opposition aupr&egrave;s de dpo@mutuelle-ardennaise.example ; r&eacute;clamation : Autorit&eacute; de protection des donn&eacute;es. Message automatique, ne pas r&eacute;pondre.</p>
</body></html>

------=_sp_058812_alt--
'''),
    ('fr', 'sendmail-bounce-huissier-office-reply-seizure-refund', 'automated', (),
'''Return-Path: <>
Received: from smtp.etude-lambert-huissiers.example (smtp.etude-lambert-huissiers.example [212.166.31.204])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc9Fm7Vb2z5x5Ns
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 09:18:40 +0200 (CEST)
Received: from localhost (localhost)
	by smtp.etude-lambert-huissiers.example (8.17.1/8.17.1) id 63R7IcdA018824;
	Mon, 27 Apr 2026 09:18:38 +0200
Date: Mon, 27 Apr 2026 09:18:38 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@smtp.etude-lambert-huissiers.example>
Message-Id: <202604270718.63R7IcdA018824@smtp.etude-lambert-huissiers.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="63R7IcdA018824.1777274318/smtp.etude-lambert-huissiers.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--63R7IcdA018824.1777274318/smtp.etude-lambert-huissiers.example

The original message was received at Mon, 27 Apr 2026 09:18:31 +0200
from mx1.shop.example.be [195.244.180.12]

   ----- The following addresses had permanent fatal errors -----
<c.lambert@etude-lambert-huissiers.example>
    (reason: 552 5.2.2 Mailbox quota exceeded)

   ----- Transcript of session follows -----
... while talking to imap.etude-lambert-huissiers.example.:
>>> DATA
<<< 552 5.2.2 <c.lambert@etude-lambert-huissiers.example>... Mailbox quota exceeded
554 5.0.0 Service unavailable

--63R7IcdA018824.1777274318/smtp.etude-lambert-huissiers.example
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.etude-lambert-huissiers.example
Received-From-MTA: DNS; mx1.shop.example.be
Arrival-Date: Mon, 27 Apr 2026 09:18:31 +0200

Final-Recipient: RFC822; c.lambert@etude-lambert-huissiers.example
Action: failed
Status: 5.2.2
Remote-MTA: DNS; imap.etude-lambert-huissiers.example
Diagnostic-Code: SMTP; 552 5.2.2 <c.lambert@etude-lambert-huissiers.example>... Mailbox quota exceeded
Last-Attempt-Date: Mon, 27 Apr 2026 09:18:38 +0200

--63R7IcdA018824.1777274318/smtp.etude-lambert-huissiers.example
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [195.244.180.12])
	by smtp.etude-lambert-huissiers.example (8.17.1/8.17.1) with ESMTPS id 63R7IVdB018820
	for <c.lambert@etude-lambert-huissiers.example>; Mon, 27 Apr 2026 09:18:31 +0200
From: =?utf-8?Q?=C3=89quipe_vie_priv=C3=A9e_Shop_Example?= <privacy@shop.example.be>
To: "Me C. Lambert" <c.lambert@etude-lambert-huissiers.example>
Subject: =?utf-8?Q?V/r=C3=A9f._2026/1187/CL_=E2=80=93_saisie-arr=C3=AAt_?=
 =?utf-8?Q?=E2=80=93_d=C3=A9claration_de_tiers_saisi_et_avoir_client?=
Date: Mon, 27 Apr 2026 09:18:24 +0200
Message-ID: <pt-20260427-0061822@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--63R7IcdA018824.1777274318/smtp.etude-lambert-huissiers.example--
'''),
    ('fr', 'federal-police-requisition-platform-deadline-reminder-no-auto-headers', 'automated', (),
'''Return-Path: <requisitions-noreply@police-federale.example>
Received: from gw-out1.police-federale.example (gw-out1.police-federale.example [193.191.245.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf8Bq0Zw6z5x8Lt
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 06:30:02 +0200 (CEST)
From: =?utf-8?Q?Plateforme_R=C3=A9quisitions_-_Police_f=C3=A9d=C3=A9rale?= <requisitions-noreply@police-federale.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?RAPPEL_=E2=80=93_R=C3=A9quisition_LI.12.F1.003318/26_?=
 =?utf-8?Q?=E2=80=93_d=C3=A9lai_de_r=C3=A9ponse_d=C3=A9pass=C3=A9?=
Date: Thu, 30 Apr 2026 06:30:00 +0200
Message-ID: <rq-LI12F1-003318-26.rappel2@plateforme.police-federale.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

POLICE FÉDÉRALE - PJF Liège
Plateforme sécurisée des réquisitions

RAPPEL AUTOMATIQUE

Réquisition :      LI.12.F1.003318/26
Magistrat requérant : Parquet de Liège, section financière
Destinataire :     SHOP EXAMPLE NV - point de contact privacy@shop.example.be
Objet :            identification du titulaire d'un compte client et
                   historique des commandes (période 01/01/2026 - 31/03/2026)
Fondement :        art. 28bis et 39bis du Code d'instruction criminelle
Délai de réponse : 27/04/2026 (dépassé de 3 jours)

Aucune réponse n'a encore été déposée sur la plateforme pour cette
réquisition. Nous vous rappelons que toute personne requise est tenue de
prêter son concours et que la réponse doit être déposée exclusivement via
la plateforme sécurisée :

https://requisitions.police-federale.example/dossier/LI12F1-003318-26

Ne transmettez pas de données à caractère personnel par e-mail. Si votre
organisation ne détient aucune donnée pertinente, indiquez-le sur la
plateforme (réponse « néant »).

Conformément à la loi du 30 juillet 2018 relative à la protection des
personnes physiques à l'égard des traitements de données à caractère
personnel (titre 2), la personne concernée n'est pas informée de cette
réquisition tant que cela pourrait nuire à l'enquête. Vous ne pouvez pas
en informer votre client.

Message généré automatiquement - ne pas répondre. Assistance technique :
helpdesk-requisitions@police-federale.example
'''),
    ('fr', 'person-disputes-collector-claim-asks-freeze-above-quoted-notice', 'restriction', (),
'''Return-Path: <mh.vandeputte@skynet.example>
Received: from mailout.skynet.example (mailout.skynet.example [195.238.20.141])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh2Wd3Rp9z5x0Mc
        for <privacy@shop.example.be>; Tue, 05 May 2026 19:55:17 +0200 (CEST)
Date: Tue, 5 May 2026 19:55:12 +0200
From: Marie-Hélène Vandeputte <mh.vandeputte@skynet.example>
To: privacy@shop.example.be
Subject: Re: Votre dossier a été transféré à notre service de recouvrement
Message-ID: <e8b1c47a-2f93-4d10-a6c5-91b3d7f0e2c8@skynet.example>
In-Reply-To: <rc.BE-REC-26-44781.transfer@notify.recouvra.example>
User-Agent: Mozilla Thunderbird 128.9.0
Content-Language: fr-BE
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Bonsoir,

Je conteste formellement cette « dette ». La facture WEB-2026-104388 a été
payée par Bancontact le 3 mars, j'ai la preuve et je l'ai déjà envoyée à
votre service clients (ticket 88417, sans réponse).

Je vous demande donc, tant que ce litige n'est pas tranché, de ne plus
utiliser mes données pour ce dossier : ne les transmettez plus à Recouvra,
ne faites rien avec. Mais surtout ne supprimez rien, ni la facture ni
l'historique de paiement de mon compte, j'en aurai besoin si ça va devant
le juge de paix.

Merci de me confirmer par écrit.

Marie-Hélène Vandeputte
Avenue des Tilleuls 22, 1300 Wavre

Le 05/05/2026 à 08:01, Recouvra - ne pas répondre a écrit :
> RECOUVRA SA - Recouvrement amiable de créances
> Agréée auprès du SPF Économie
>
> Madame Vandeputte,
>
> Votre créancier SHOP EXAMPLE NV nous a confié le recouvrement de la
> somme de 187,40 EUR (facture WEB-2026-104388, échue le 15/03/2026).
>
> Conformément à la loi du 20 décembre 2002 relative au recouvrement
> amiable des dettes du consommateur, vous disposez d'un délai de 15
> jours pour payer ou contester cette créance.
>
> Vos données (nom, adresse, e-mail, montant dû) nous ont été
> communiquées par votre créancier. Vous pouvez exercer vos droits
> d'accès, de rectification, d'effacement et d'opposition auprès de
> dpo@recouvra.example.
>
> Ce message est envoyé automatiquement, merci de ne pas y répondre.
'''),
    ('de', 'police-headquarters-auto-ack-reply-to-stpo161-request', 'automated', (),
'''Return-Path: <poststelle.pp-aachen@polizei-nrw.example>
Received: from mailgw2.polizei-nrw.example (mailgw2.polizei-nrw.example [194.94.18.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc4Vn8Ws1z5x3Qf
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 12:04:27 +0200 (CEST)
From: Polizeipräsidium Aachen - Poststelle <poststelle.pp-aachen@polizei-nrw.example>
To: Datenschutzteam Shop Example <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatische_Eingangsbest=C3=A4tigung:_AW:_Auskunftsersuchen_?=
 =?utf-8?Q?Az._ST/0218874/2026_=E2=80=93_Kundenkonto_Webshop?=
Date: Fri, 17 Apr 2026 12:04:25 +0200
Message-ID: <EB-20260417-120425-55190@poststelle.polizei-nrw.example>
In-Reply-To: <pt-20260417-0058841@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

Ihre Nachricht ist am 17.04.2026 um 12:04 Uhr in der zentralen Poststelle
des Polizeipräsidiums Aachen eingegangen und wurde unter der
Eingangsnummer EB-2026-55190 erfasst.

Ihre Nachricht wird an die zuständige Sachbearbeitung weitergeleitet.
Bitte haben Sie Verständnis dafür, dass wir den Eingang einzelner
Nachrichten nicht gesondert bestätigen.

Hinweise:
- Diese E-Mail-Adresse ist nicht für Notrufe bestimmt. Im Notfall wählen
  Sie bitte 110.
- Antworten auf Auskunftsersuchen nach § 161 Abs. 1 StPO, die
  personenbezogene Daten enthalten, übermitteln Sie bitte verschlüsselt
  oder über das Upload-Portal, dessen Link Ihnen mit dem Ersuchen
  mitgeteilt wurde.
- Informationen zur Verarbeitung Ihrer personenbezogenen Daten durch die
  Polizei Nordrhein-Westfalen (Art. 13 DSGVO bzw. § 55 BDSG / § 47 DSG NRW)
  finden Sie unter polizei-nrw.example/datenschutz. Dort erfahren Sie
  auch, wie Sie Auskunft, Berichtigung oder Löschung verlangen und sich
  bei der Landesbeauftragten für Datenschutz und Informationsfreiheit
  beschweren können.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht
darauf.

Polizeipräsidium Aachen
Hubert-Wienen-Straße 25, 52070 Aachen
'''),
    ('de', 'legal-hold-platform-custodian-notice-german-loeschsperre', 'automated', (),
'''Return-Path: <noreply@eu.holdpoint-legal.example>
Received: from a27-144.smtp-out.eu-central-1.amazonses.example (a27-144.smtp-out.eu-central-1.amazonses.example [54.240.27.144])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd8Mx4Hf7z5x7Ck
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 07:30:18 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=hpl2024; d=holdpoint-legal.example; t=1777267816;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	bh=Fj4Kl7Mn0Op3Qr6St9Uv2Wx5Yz8Ab1Cd4Ef7Gh0Ij3=;
	b=Nq2Rs5Tu8Vw1Xy4Za7Bc0De3Fg6Hi9Jk2Lm5No8Pq1Rs4Tu7Vw0Xy3Za6Bc9De2Fg5
From: "HoldPoint im Auftrag von Brandt Wessel Rechtsanwälte PartGmbB" <noreply@eu.holdpoint-legal.example>
To: privacy@shop.example.be
Subject: Aufbewahrungsanordnung (Legal Hold) LH-DE-2026-0092 - Bitte bestätigen
Date: Mon, 27 Apr 2026 05:30:16 +0000
Message-ID: <0107019e1a2b3c4d-8f1e2a3b-4c5d-6e7f-8091-a2b3c4d5e6f7-000000@eu-central-1.amazonses.example>
Feedback-ID: 1.eu-central-1.Hq7Xk2Lp9Wn4Rt0Vb5Cz8Md3Fg6Js1Kq4Ny7Pe0Us3=:AmazonSES
X-SES-Outgoing: 2026.04.27-54.240.27.144
List-Unsubscribe: <https://eu.holdpoint-legal.example/notices/optout-disabled>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="hp_0092_b7e1"

--hp_0092_b7e1
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

AUFBEWAHRUNGSANORDNUNG (LEGAL HOLD)

Verfahren:      Kessler Haushaltsgeräte GmbH ./. Shop Example NV
                (LG Köln, Az. 31 O 117/26)
Hold-ID:        LH-DE-2026-0092
Ausgestellt von: Brandt Wessel Rechtsanwälte PartGmbB
Verwahrer:      Datenschutzteam Shop Example (privacy@shop.example.be)
Gültig ab:      27.04.2026 - bis auf Widerruf

Sie wurden als Verwahrer (Custodian) von Unterlagen benannt, die für das
oben genannte Verfahren erheblich sein können. Ab sofort gilt für die
folgenden Daten eine Löschsperre:

  * Kundenreklamationen und Rücksendungen zu Produkten der Marke Kessler
    seit dem 01.06.2024, einschließlich der Korrespondenz mit Kunden;
  * Auskunfts-, Löschungs- und Widerspruchsersuchen von Kunden, in denen
    Kessler-Produkte erwähnt werden, samt Ihrer Antworten;
  * Protokolle automatischer Löschläufe im CRM für diesen Zeitraum.

Die Löschsperre geht Ihren üblichen Löschfristen vor. Automatische
Löschungen für die betroffenen Datensätze sind auszusetzen. Verlangt ein
Kunde, dessen Daten unter diese Anordnung fallen, die Löschung, wenden
Sie sich vor der Umsetzung an die Kanzlei: Die Daten werden nach
Art. 17 Abs. 3 lit. e DSGVO zur Verteidigung von Rechtsansprüchen
benötigt; statt der Löschung kommt eine Einschränkung der Verarbeitung
(Art. 18 Abs. 1 lit. c DSGVO) in Betracht.

Bitte bestätigen Sie den Erhalt innerhalb von 5 Werktagen:
https://eu.holdpoint-legal.example/ack/LH-DE-2026-0092/6c2f91

Diese Nachricht wurde automatisch von HoldPoint versandt. Antworten an
diese Adresse werden nicht gelesen. Fragen zum Verfahren:
litigation@brandt-wessel.example

--hp_0092_b7e1
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<h2 style="color:#5a1a1a">Aufbewahrungsanordnung (Legal Hold)</h2>
<p><b>Verfahren:</b> Kessler Haushaltsger&auml;te GmbH ./. Shop Example NV (LG K&ouml;ln, Az. 31 O 117/26)<br>
<b>Hold-ID:</b> LH-DE-2026-0092</p>
<p>F&uuml;r Kundenreklamationen, R&uuml;cksendungen und Betroffenenanfragen zu Kessler-Produkten gilt ab sofort eine <b>L&ouml;schsperre</b>. Automatische L&ouml;schungen sind auszusetzen.</p>
<p><a href="https://eu.holdpoint-legal.example/ack/LH-DE-2026-0092/6c2f91" style="background:#5a1a1a;color:#fff;padding:10px 18px;text-decoration:none">Erhalt best&auml;tigen</a></p>
<p style="font-size:11px;color:#777">Automatische Nachricht von HoldPoint. Antworten werden nicht gelesen.</p>
</body></html>

--hp_0092_b7e1--
'''),
    ('de', 'mdaemon-permanent-failure-inkasso-reply-auskunft', 'automated', (),
'''Return-Path: <>
Received: from mail.forderwerk-inkasso.example (mail.forderwerk-inkasso.example [85.214.77.160])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kf2Tz6Nc0z5x1Jr
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 15:42:09 +0200 (CEST)
Received: from forderwerk-inkasso.example by forderwerk-inkasso.example (MDaemon PRO v23.5.2)
	with ESMTP id md50001938221.msg
	for <privacy@shop.example.be>; Tue, 28 Apr 2026 15:42:07 +0200
Date: Tue, 28 Apr 2026 15:42:07 +0200
From: MDaemon@forderwerk-inkasso.example
To: privacy@shop.example.be
Subject: Permanent Delivery Failure
Message-ID: <MDAEMON1938221202604281542@forderwerk-inkasso.example>
X-MDaemon-Deliver-To: privacy@shop.example.be
X-MDDSN-Message: Yes
X-Mailer: MDaemon PRO v23.5.2
X-Return-Path: <>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="MDBOUNDARY.1938221.2026-04-28"

--MDBOUNDARY.1938221.2026-04-28
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are determined by local configuration parameters.

YOUR MESSAGE WAS NOT DELIVERED TO ANY OF ITS RECIPIENTS!

--- Session Transcript ---
 Tue 2026-04-28 15:42:06.512: Parsing message <mdaemon-queue\\pd50001938220.msg>
 Tue 2026-04-28 15:42:06.540: *  To: datenschutz@forderwerk-inkasso.example
 Tue 2026-04-28 15:42:06.601: *  Local mailbox datenschutz has been disabled
 Tue 2026-04-28 15:42:06.602: *  Message returned to sender
--- End Transcript ---

Das Postfach datenschutz@forderwerk-inkasso.example ist deaktiviert.
Bitte wenden Sie sich an dsb@forderwerk-inkasso.example.

--MDBOUNDARY.1938221.2026-04-28
Content-Type: message/delivery-status

Reporting-MTA: dns; forderwerk-inkasso.example
Arrival-Date: Tue, 28 Apr 2026 15:42:05 +0200

Final-Recipient: rfc822; datenschutz@forderwerk-inkasso.example
Action: failed
Status: 5.2.1
Diagnostic-Code: X-MDaemon; Local mailbox disabled

--MDBOUNDARY.1938221.2026-04-28
Content-Type: message/rfc822

From: Datenschutzteam Shop Example <privacy@shop.example.be>
To: datenschutz@forderwerk-inkasso.example
Subject: Ihr Zeichen FW-26-0033917 - Auskunftsersuchen unseres Kunden nach
 Art. 15 DSGVO
Date: Tue, 28 Apr 2026 15:41:58 +0200
Message-ID: <pt-20260428-0062290@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

unser Kunde Herr T. Albrecht hat bei uns Auskunft nach Art. 15 DSGVO
verlangt und möchte insbesondere wissen, welche Daten Sie über ihn von uns
erhalten haben. Nach unseren Unterlagen haben wir Ihnen am 14.01.2026 im
Rahmen der Forderungsabtretung Name, Anschrift, E-Mail-Adresse und
Rechnungsbetrag übermittelt.

Wir haben dem Kunden dies mitgeteilt und ihn für die bei Ihnen
gespeicherten Daten an Ihren Datenschutzbeauftragten verwiesen. Bitte
bestätigen Sie uns die zuständige Kontaktadresse.

Mit freundlichen Grüßen
Datenschutzteam Shop Example NV
Az. PT-2026-0062290

--MDBOUNDARY.1938221.2026-04-28--
'''),
    ('de', 'inkasso-b2b-newsletter-dsgvo-auskunft-case-law-list-unsubscribe', 'automated', (),
'''Return-Path: <bounce-nl-7731-privacy=shop.example.be@news.forderwerk-inkasso.example>
Received: from mta12.cleverreach-mail.example (mta12.cleverreach-mail.example [176.9.140.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kg1Cs9Pv3z5x4Xt
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 10:00:41 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=news.forderwerk-inkasso.example;
	s=cr1; h=from:to:subject:date:list-unsubscribe:list-unsubscribe-post;
	bh=Tm3Wq6Zn9Lc2Rb5Vx8Hd1Ps4Yk7Fg0Jh3Kl6Mn9Qp2=;
	b=Ef5Gh8Ij1Kl4Mn7Op0Qr3St6Uv9Wx2Yz5Ab8Cd1Ef4Gh7Ij0Kl3Mn6Op9Qr2St5Uv8
From: Forderwerk Inkasso Newsletter <newsletter@news.forderwerk-inkasso.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Forderungsmanagement_kompakt_04/2026:_Auskunftsanspr=C3=BCche?=
 =?utf-8?Q?_von_Schuldnern_=E2=80=93_was_Gl=C3=A4ubiger_jetzt_wissen_m=C3=BCssen?=
Date: Thu, 30 Apr 2026 10:00:39 +0200
Message-ID: <nl-2026-04.7731.a8c2f5@news.forderwerk-inkasso.example>
List-Unsubscribe: <https://news.forderwerk-inkasso.example/unsub/7731/a8c2f5>, <mailto:unsubscribe-7731@news.forderwerk-inkasso.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Mailer: CleverReach Mailer
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="cr_nl_2026_04_7731"

--cr_nl_2026_04_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

FORDERUNGSMANAGEMENT KOMPAKT - Ausgabe 04/2026
Der Newsletter für Mandanten der Forderwerk Inkasso GmbH

In dieser Ausgabe:
1. Auskunftsansprüche nach Art. 15 DSGVO im Inkassoverfahren
2. Löschung nach Erledigung: wie lange dürfen Gläubiger speichern?
3. Neu im Mandantenportal: Widerspruchs- und Beschwerdemanagement

1. Auskunft an Schuldner
Immer mehr Schuldner verlangen vom ursprünglichen Gläubiger Auskunft
darüber, welche Daten an das Inkassounternehmen übermittelt wurden. Nach
Art. 15 Abs. 1 lit. c DSGVO sind die Empfänger zu nennen. Unsere
Empfehlung: Dokumentieren Sie jede Übergabe und antworten Sie innerhalb
der Monatsfrist des Art. 12 Abs. 3 DSGVO.

2. Löschung nach Erledigung
Ist eine Forderung bezahlt, müssen die Daten nicht sofort gelöscht werden:
handels- und steuerrechtliche Aufbewahrungspflichten (6 bzw. 10 Jahre)
gehen vor. Ein Löschantrag des Schuldners ist dann mit einer Sperrung zu
beantworten.

3. Mandantenportal
Widersprüche und Beschwerden von Schuldnern sehen Sie ab Mai direkt in
Ihrem Portal, mit Fristenampel und Vorlagen.

Webinar: "DSGVO im Forderungsmanagement", 21.05.2026, 10:00 Uhr
Anmeldung: https://news.forderwerk-inkasso.example/webinar-0521

Sie erhalten diesen Newsletter als Mandant der Forderwerk Inkasso GmbH.
Abmelden: https://news.forderwerk-inkasso.example/unsub/7731/a8c2f5
Forderwerk Inkasso GmbH, Kaiserstraße 88, 60329 Frankfurt am Main
Registriert beim OLG Frankfurt am Main nach § 10 RDG

--cr_nl_2026_04_7731
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Georgia,serif;font-size:15px;background:#f3f1ec">
<div style="max-width:620px;margin:auto;background:#fff;padding:24px">
<h1 style="font-size:22px;color:#1f4e3d">Forderungsmanagement kompakt &ndash; 04/2026</h1>
<h3>1. Auskunftsanspr&uuml;che nach Art. 15 DSGVO im Inkassoverfahren</h3>
<p>Immer mehr Schuldner verlangen vom urspr&uuml;nglichen Gl&auml;ubiger Auskunft &uuml;ber die &uuml;bermittelten Daten&hellip;</p>
<h3>2. L&ouml;schung nach Erledigung</h3>
<p>Aufbewahrungspflichten gehen vor &ndash; ein L&ouml;schantrag wird mit einer Sperrung beantwortet.</p>
<h3>3. Neu im Mandantenportal</h3>
<p>Widerspr&uuml;che und Beschwerden von Schuldnern direkt im Portal.</p>
<p style="font-size:11px;color:#888">Sie erhalten diesen Newsletter als Mandant. <a href="https://news.forderwerk-inkasso.example/unsub/7731/a8c2f5">Abmelden</a></p>
</div></body></html>

--cr_nl_2026_04_7731--
'''),
    ('de', 'person-insurance-adjuster-from-noreply-address-asks-purchase-confirmation', 'other', (),
'''Return-Path: <schaden-noreply@rheinland-sach.example>
Received: from mx-out.rheinland-sach.example (mx-out.rheinland-sach.example [62.157.140.21])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh5Rb1Tx8z5x6Gn
        for <privacy@shop.example.be>; Wed, 06 May 2026 11:17:52 +0200 (CEST)
From: "Schadenservice Rheinland Sach (noreply)" <schaden-noreply@rheinland-sach.example>
Reply-To: Jens Hofmeister <j.hofmeister@rheinland-sach.example>
To: privacy@shop.example.be
Subject: Schaden 2026-HR-441907 / Ihr Kunde
Date: Wed, 6 May 2026 11:17:48 +0200
Message-ID: <SA-2026-HR-441907.3.hofmeister@schadenservice.rheinland-sach.example>
X-Mailer: Schadenservice Korrespondenz 4.1
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

entschuldigen Sie, dass ich über diese Adresse schreibe, unser System
verschickt leider alles über das noreply-Postfach, Antworten kommen aber
bei mir an (Reply-To).

Unser Versicherungsnehmer hat einen Fahrraddiebstahl gemeldet und als
Kaufbeleg eine Rechnung Ihres Webshops eingereicht (E-Bike "Trekking 8
Pro", Rechnung WEB-2025-552906 vom 19.09.2025, 2.749,00 EUR). Können Sie
mir kurz bestätigen, dass diese Rechnung von Ihnen stammt und der Betrag
stimmt? Eine schriftliche Einwilligung des Kunden zur Rückfrage beim
Händler liegt uns vor, ich kann sie Ihnen gern schicken.

Vielen Dank und freundliche Grüße

Jens Hofmeister
Schadenregulierung Sach / Gruppe 4
Tel. +49 221 998 4417

--
Rheinland Sach Versicherung AG
Sitz der Gesellschaft: Köln, Registergericht: Amtsgericht Köln HRB 44190
Vorstand: Dr. Petra Lindqvist (Vors.), Markus Ehlers, Sven Tönnies
Vorsitzender des Aufsichtsrats: Prof. Dr. Klaus Rehberg

Informationen nach Art. 13 und 14 DSGVO zur Verarbeitung Ihrer Daten
sowie zu Ihren Rechten auf Auskunft, Berichtigung, Löschung,
Einschränkung der Verarbeitung, Widerspruch und Datenübertragbarkeit
finden Sie unter rheinland-sach.example/datenschutz. Sie haben das Recht,
sich bei einer Datenschutzaufsichtsbehörde zu beschweren.

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die
unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
'''),
    ('es', 'spanish-police-cybercrime-request-platform-lo7-2021', 'automated', (),
'''Return-Path: <no-responder@requerimientos.policia-nacional.example>
Received: from smtp-salida2.policia-nacional.example (smtp-salida2.policia-nacional.example [195.57.9.114])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc7Jp2Qs4z5x9Wb
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 09:33:15 +0200 (CEST)
From: "Plataforma de Requerimientos - Policía Nacional" <no-responder@requerimientos.policia-nacional.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Nuevo_requerimiento_de_informaci=C3=B3n_RQ-UCC-2026-07719?=
Date: Mon, 20 Apr 2026 09:33:12 +0200
Message-ID: <RQ-UCC-2026-07719.aviso.1776670392@requerimientos.policia-nacional.example>
X-Mailer: SIRQ Avisos 2.3
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="sirq-07719-alt"

--sirq-07719-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

DIRECCIÓN GENERAL DE LA POLICÍA
Comisaría General de Policía Judicial - Unidad Central de Ciberdelincuencia

AVISO DE PUESTA A DISPOSICIÓN

Se ha puesto a su disposición un requerimiento de información en la
Plataforma de Requerimientos.

Número:            RQ-UCC-2026-07719
Diligencias:       DP 1184/2026, Juzgado de Instrucción n.º 4 de Alicante
Destinatario:      SHOP EXAMPLE NV (Bélgica) - contacto de protección de datos
Asunto:            datos asociados a pedidos en línea abonados con tarjetas
                   sustraídas (período 01/02/2026 - 31/03/2026)
Plazo:             10 días hábiles desde el acceso

El requerimiento se formula al amparo de la Ley Orgánica 7/2021, de 26 de
mayo, de protección de datos personales tratados para fines de
prevención, detección, investigación y enjuiciamiento de infracciones
penales. Se ruega no informar a los interesados de la existencia de este
requerimiento mientras pueda perjudicar la investigación.

Para acceder al contenido y aportar la respuesta:
https://requerimientos.policia-nacional.example/acceso?ref=RQ-UCC-2026-07719

La documentación solo puede descargarse desde la plataforma. No remita
datos personales por correo electrónico.

Este mensaje se ha generado automáticamente. No responda a esta
dirección: los mensajes recibidos no se leen.

--sirq-07719-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p style="color:#0a2f5c"><b>DIRECCI&Oacute;N GENERAL DE LA POLIC&Iacute;A</b><br>Unidad Central de Ciberdelincuencia</p>
<p>Se ha puesto a su disposici&oacute;n el requerimiento <b>RQ-UCC-2026-07719</b> (DP 1184/2026, Juzgado de Instrucci&oacute;n n.&ordm; 4 de Alicante).</p>
<p><a href="https://requerimientos.policia-nacional.example/acceso?ref=RQ-UCC-2026-07719">Acceder al requerimiento</a></p>
<p style="font-size:11px;color:#666">Ley Org&aacute;nica 7/2021. No informe a los interesados. Mensaje autom&aacute;tico, no responda.</p>
</body></html>

--sirq-07719-alt--
'''),
    ('es', 'exchange-onprem-ndr-spanish-law-firm-divorce-lawyer-reply', 'automated', (),
'''Return-Path: <>
Received: from correo.bufete-sanroman.example (correo.bufete-sanroman.example [83.56.201.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd3Ly7Fh5z5x2Sv
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 13:09:44 +0200 (CEST)
From: postmaster@bufete-sanroman.example
To: privacy@shop.example.be
Date: Fri, 24 Apr 2026 11:09:41 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9b0c41e7-2d55-4a8f-b3c2-6e17f0a98d34"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: es-ES
Message-ID: <c3f1a6d2-0e84-4b77-9f21-5ab8d0c7e913@EXCH01.bufete-sanroman.local>
In-Reply-To: <pt-20260424-0060958@helpdesk.shop.example.be>
References: <pt-20260424-0060958@helpdesk.shop.example.be>
Subject: No se puede entregar: RE: Solicitud de datos de compra de D.
 Sergio Marín - procedimiento de divorcio
Auto-Submitted: auto-replied

--9b0c41e7-2d55-4a8f-b3c2-6e17f0a98d34
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Error en la entrega a estos destinatarios o grupos:

l.sanroman@bufete-sanroman.example
El buzón de correo del destinatario está lleno y no puede aceptar mensajes
en este momento. Vuelva a intentar enviar el mensaje más tarde o póngase en
contacto con el destinatario directamente.

Información de diagnóstico para administradores:

Generando servidor: EXCH01.bufete-sanroman.local

l.sanroman@bufete-sanroman.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Encabezados del mensaje original:

From: Equipo de Privacidad Shop Example <privacy@shop.example.be>
To: "l.sanroman@bufete-sanroman.example" <l.sanroman@bufete-sanroman.example>
Subject: RE: Solicitud de datos de compra de D. Sergio Marín - procedimiento
 de divorcio
Date: Fri, 24 Apr 2026 13:09:30 +0200
Message-ID: <pt-20260424-0060958@helpdesk.shop.example.be>

--9b0c41e7-2d55-4a8f-b3c2-6e17f0a98d34
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.bufete-sanroman.local
Received-From-MTA: dns;correo.bufete-sanroman.example
Arrival-Date: Fri, 24 Apr 2026 11:09:35 +0000

Final-Recipient: rfc822;l.sanroman@bufete-sanroman.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--9b0c41e7-2d55-4a8f-b3c2-6e17f0a98d34
Content-Type: message/rfc822

From: Equipo de Privacidad Shop Example <privacy@shop.example.be>
To: "l.sanroman@bufete-sanroman.example" <l.sanroman@bufete-sanroman.example>
Subject: RE: Solicitud de datos de compra de D. Sergio Marín - procedimiento
 de divorcio
Date: Fri, 24 Apr 2026 13:09:30 +0200
Message-ID: <pt-20260424-0060958@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Estimada Sra. Sanromán:

Hemos recibido su solicitud de 20 de abril, en la que, como abogada de
Dña. Elena Ruiz, nos pide el historial de compras con tarjeta de cliente de
D. Sergio Marín para aportarlo al procedimiento de divorcio.

No podemos facilitar datos personales de un cliente a terceros sin su
consentimiento o sin una resolución judicial que nos lo ordene. Si el
juzgado acuerda requerirnos esa información, la aportaremos en la forma
que se nos indique.

Atentamente,
Equipo de Privacidad - Shop Example NV
Ref. PT-2026-0060958

--9b0c41e7-2d55-4a8f-b3c2-6e17f0a98d34--
'''),
    ('es', 'certified-electronic-burofax-service-delivery-notice-lawyer-sender', 'automated', (),
'''Return-Path: <avisos@certiforma.example>
Received: from out-07.certiforma.example (out-07.certiforma.example [46.24.180.7])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf6Hk5Wr1z5x4Pd
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 18:26:37 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=certiforma.example; s=k1;
	h=from:to:subject:date:message-id; bh=Pn8Kx1Lq4Wv7Rt0Bz3Cm6Hd9Fs2Yg5Jk8Lu1Io4Qe=;
	b=Xy2Za5Bc8De1Fg4Hi7Jk0Lm3No6Pq9Rs2Tu5Vw8Xy1Za4Bc7De0Fg3Hi6Jk9Lm2No5
From: "CertiForma - Comunicaciones certificadas" <avisos@certiforma.example>
To: privacy@shop.example.be
Subject: Tiene una comunicación certificada pendiente de Ruiz & Asociados
 Abogados (CF-26-4471903)
Date: Tue, 28 Apr 2026 18:26:34 +0200
Message-ID: <CF-26-4471903.aviso1@mta.certiforma.example>
X-CertiForma-Evidence: EV-9a71c3e2f0b84d51
X-Mailer: CertiForma Notifier
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

CertiForma
Prestador cualificado de servicios de entrega electrónica certificada
(Reglamento (UE) n.º 910/2014, eIDAS)

Estimado/a destinatario/a:

RUIZ & ASOCIADOS ABOGADOS, S.L.P. le ha enviado una comunicación
certificada a través de CertiForma.

Identificador:   CF-26-4471903
Remitente:       Ruiz & Asociados Abogados, S.L.P. - Calle Colón 18, Valencia
Destinatario:    privacy@shop.example.be
Enviada:         28/04/2026 18:26:21
Asunto:          Requerimiento previo - conservación de datos de tarjeta de
                 cliente y grabaciones (art. 17.3.e RGPD)

Para leer el contenido pulse en el enlace siguiente. El acceso quedará
registrado y CertiForma emitirá al remitente un certificado de entrega y
de lectura con sello de tiempo cualificado.

https://entrega.certiforma.example/l/CF-26-4471903?t=6b1e0c

Si no accede en 10 días naturales, la comunicación se dará por rechazada
y se emitirá igualmente un certificado de puesta a disposición, que el
remitente podrá aportar como prueba.

CertiForma trata sus datos (dirección de correo, IP y hora de acceso)
como encargado del tratamiento del remitente, para generar la evidencia
de entrega. Puede ejercer sus derechos de acceso, rectificación,
supresión, oposición, limitación y portabilidad ante el remitente o en
dpd@certiforma.example.

Este correo es automático. No responda a este mensaje.
'''),
    ('es', 'person-pastes-delinquency-file-notice-demands-erasure-threatens-aepd', 'deletion', ('complaint',),
'''Return-Path: <lucia.ferrer.g@gmail.example>
Received: from mail-ed1-f52.google.example (mail-ed1-f52.google.example [209.85.208.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh8Dw4Hm6z5x7Zs
        for <privacy@shop.example.be>; Thu, 07 May 2026 23:48:02 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.example; s=20230601;
	h=to:subject:message-id:date:from:mime-version;
	bh=Gh5Jk8Lm1No4Pq7Rs0Tu3Vw6Xy9Za2Bc5De8Fg1Hi4=;
	b=Jk7Lm0No3Pq6Rs9Tu2Vw5Xy8Za1Bc4De7Fg0Hi3Jk6Lm9No2Pq5Rs8Tu1Vw4Xy7Za0
MIME-Version: 1.0
From: Lucía Ferrer <lucia.ferrer.g@gmail.example>
Date: Thu, 7 May 2026 23:47:51 +0200
Message-ID: <CAM3pXk8Lq2Wn9Rt4Vb7Cz0Md5Fg8Js1Kq4Ny7Pe0Us3-Hx@mail.gmail.example>
Subject: =?UTF-8?Q?AVISO_DE_INCLUSI=C3=93N_EN_FICHERO_=3F=3F=3F?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Esto es lo que me ha llegado hoy, copio tal cual:

"SOLVENZA - Fichero común de información sobre solvencia patrimonial y
crédito. Le comunicamos que, a solicitud de la entidad acreedora SHOP
EXAMPLE NV, sus datos han sido incluidos en el fichero SOLVENZA con fecha
05/05/2026 por una deuda de 89,90 EUR (ref. 2026-WEB-118274). Esta
comunicación se realiza conforme al artículo 20 de la Ley Orgánica 3/2018.
Puede ejercer sus derechos de acceso, rectificación, supresión, oposición
y limitación ante SOLVENZA, Apartado de Correos 10.442, Madrid. Este
mensaje ha sido generado automáticamente, no responda."

Esos 89,90 son de un robot aspirador que DEVOLVÍ en la tienda de Bruselas
Toison d'Or en enero, tengo el ticket de devolución. Quiero que saquéis
ahora mismo mis datos de ese fichero de morosos y que borréis esa deuda
inventada de vuestro sistema. Me he quedado sin la financiación del coche
por vuestra culpa.

Si en una semana no está resuelto presento reclamación ante la AEPD y la
autoridad belga, que ya me he informado.

Lucía Ferrer García
DNI 48******Q
'''),
    ('it', 'pec-avviso-mancata-consegna-reply-to-lawyer-camera-footage', 'automated', (),
'''Return-Path: <posta-certificata@pec.arubapec.example>
Received: from smtpdh03.arubapec.example (smtpdh03.arubapec.example [62.149.158.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd5Nq0Xt2z5x0Rw
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 10:51:12 +0200 (CEST)
Date: Fri, 24 Apr 2026 10:51:09 +0200
From: "Per conto di: privacy@pec.shopexample.example" <posta-certificata@pec.arubapec.example>
To: privacy@shop.example.be
Subject: AVVISO DI MANCATA CONSEGNA: Vs. rif. 118/26 - richiesta immagini
 videosorveglianza punto vendita di Como
Message-ID: <opec210.20260424105109.21870.07.1.55@pec.arubapec.example>
X-Riferimento-Message-ID: <pt-20260424-0061002@helpdesk.shop.example.be>
X-Ricevuta: errore-consegna
X-Trasporto: errore
X-Verificasicurezza: errore
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----------=_1777020669-21870-7"

This is a multi-part message in MIME format.

------------=_1777020669-21870-7
Content-Type: multipart/alternative; boundary="----------=_1777020669-21870-8"

------------=_1777020669-21870-8
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Avviso di mancata consegna

Il giorno 24/04/2026 alle ore 10:51:03 (+0200) nel messaggio
"Vs. rif. 118/26 - richiesta immagini videosorveglianza punto vendita di Como"
proveniente da "privacy@pec.shopexample.example"
ed indirizzato a:
avv.marco.bellini@pec.ordineavvocaticomo.example
è stato rilevato un problema che ne impedisce la consegna.
Il sistema ha rilevato il seguente errore:
5.1.1 - Aruba Pec S.p.A. - casella inesistente
Il messaggio non è stato consegnato.
Identificativo messaggio: opec210.20260424105103.21870.07.1.54@pec.arubapec.example

------------=_1777020669-21870-8
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

<html><head><title>Avviso di mancata consegna</title></head>
<body><h3>Avviso di mancata consegna</h3><hr>
<p>Il giorno 24/04/2026 alle ore 10:51:03 (+0200) nel messaggio<br>
"Vs. rif. 118/26 - richiesta immagini videosorveglianza punto vendita di Como" proveniente da "privacy@pec.shopexample.example"<br>
ed indirizzato a: avv.marco.bellini@pec.ordineavvocaticomo.example<br>
è stato rilevato un problema che ne impedisce la consegna.<br>
Errore: 5.1.1 - Aruba Pec S.p.A. - casella inesistente</p>
<p>Il messaggio non è stato consegnato.</p>
</body></html>

------------=_1777020669-21870-8--

------------=_1777020669-21870-7
Content-Type: application/xml; name="daticert.xml"
Content-Disposition: inline; filename="daticert.xml"
Content-Transfer-Encoding: 7bit

<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="errore-consegna" errore="no-dest">
<intestazione><mittente>privacy@pec.shopexample.example</mittente>
<destinatari tipo="certificato">avv.marco.bellini@pec.ordineavvocaticomo.example</destinatari>
<risposte>privacy@pec.shopexample.example</risposte>
<oggetto>Vs. rif. 118/26 - richiesta immagini videosorveglianza punto vendita di Como</oggetto></intestazione>
<dati><gestore-emittente>Aruba PEC S.p.A.</gestore-emittente>
<data zona="+0200"><giorno>24/04/2026</giorno><ora>10:51:03</ora></data>
<identificativo>opec210.20260424105103.21870.07.1.54@pec.arubapec.example</identificativo>
<msgid>&lt;pt-20260424-0061002@helpdesk.shop.example.be&gt;</msgid>
<consegna>avv.marco.bellini@pec.ordineavvocaticomo.example</consegna>
<errore-esteso>5.1.1 - Aruba Pec S.p.A. - casella inesistente</errore-esteso></dati>
</postacert>

------------=_1777020669-21870-7
Content-Type: application/pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"

MIIKdwYJKoZIhvcNAQcCoIIKaDCCCmQCAQExDzANBglghkgBZQMEAgEFADALBgkqhkiG9w0BBwGg
ggdNMIIHSTCCBjGgAwIBAgIQOk7Wq2Zb1Lc9Rv0Tn5Bm8XsxDQYJKoZIhvcNAQELBQAwgYkxCzAJ
BgNVBAYTAklUMRAwDgYDVQQHDAdCZXJnYW1vMRkwFwYDVQQKDBBBcnViYVBFQyBTLnAuQS4=

------------=_1777020669-21870-7--
'''),
    ('it', 'legal-hold-release-notice-normal-deletion-resumes', 'automated', (),
'''Return-Path: <notifiche@vincoli.lexarchivio.example>
Received: from mx-out2.lexarchivio.example (mx-out2.lexarchivio.example [93.62.148.30])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kg4Wz8Lb7z5x3Tn
        for <privacy@shop.example.be>; Mon, 04 May 2026 09:15:06 +0200 (CEST)
From: LexArchivio - Vincoli di conservazione <notifiche@vincoli.lexarchivio.example>
Reply-To: contenzioso@studiolegale-ferraris.example
To: privacy@shop.example.be
Subject: Revoca del vincolo di conservazione VC-2025-0417 (Ferretti c. Shop
 Example) - ripresa delle ordinarie politiche di cancellazione
Date: Mon, 04 May 2026 09:15:03 +0200
Message-ID: <vc-0417-revoca.20260504091503@app.lexarchivio.example>
X-Mailer: LexArchivio Legal Hold 3.8
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

LEXARCHIVIO - GESTIONE DEI VINCOLI DI CONSERVAZIONE (LEGAL HOLD)

Comunicazione di revoca

Vincolo:          VC-2025-0417
Procedimento:     Ferretti Giovanni c. Shop Example NV - Tribunale di
                  Milano, R.G. 22871/2025
Emesso da:        Studio Legale Ferraris & Associati, per Shop Example NV
Destinatario:     Ufficio Privacy Shop Example (privacy@shop.example.be)
Data di revoca:   04/05/2026
Motivo:           procedimento definito con transazione (30/04/2026)

Il vincolo di conservazione comunicato il 12/09/2025 è REVOCATO con
effetto immediato. Da oggi:

  - i dati e i documenti indicati nel vincolo (corrispondenza con il
    cliente, registrazioni delle chiamate al servizio clienti, dati della
    carta fedeltà del sig. Ferretti) non devono più essere conservati per
    il procedimento;
  - si applicano di nuovo i normali tempi di conservazione e le procedure
    di cancellazione automatica previste dalla vostra politica di data
    retention;
  - le richieste di cancellazione (art. 17 GDPR) sospese a causa del
    vincolo possono ora essere evase, salvo altri obblighi di legge.

Non è richiesta alcuna conferma. La revoca è registrata nel fascicolo
del vincolo e visibile nel portale:
https://vincoli.lexarchivio.example/vc/VC-2025-0417

Messaggio generato automaticamente da LexArchivio. Per domande sul
procedimento scrivere a contenzioso@studiolegale-ferraris.example.
Informativa privacy: lexarchivio.example/privacy
'''),
    ('it', 'insurer-antifraud-document-request-ivass-aia-notice', 'automated', (),
'''Return-Path: <noreply.sinistri@assicurazioni-lariane.example>
Received: from smtp-relay.assicurazioni-lariane.example (smtp-relay.assicurazioni-lariane.example [151.1.66.204])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh0Qc6Vp2z5x8Km
        for <privacy@shop.example.be>; Tue, 05 May 2026 14:38:50 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=assicurazioni-lariane.example;
	s=sel1; h=from:to:subject:date:message-id;
	bh=Lq6Wz9Kc2Nx5Rt8Vb1Hm4Ps7Yd0Fg3Jk6Mn9Qr2Tu5=;
	b=Rs3Tu6Vw9Xy2Za5Bc8De1Fg4Hi7Jk0Lm3No6Pq9Rs2Tu5Vw8Xy1Za4Bc7De0Fg3Hi6
From: "Assicurazioni Lariane - Ufficio Antifrode" <noreply.sinistri@assicurazioni-lariane.example>
To: privacy@shop.example.be
Subject: Sinistro n. 2026/RC/018336 - richiesta di riscontro documentale
Date: Tue, 5 May 2026 14:38:47 +0200
Message-ID: <ant.2026RC018336.rich.1778028527@sinistri.assicurazioni-lariane.example>
X-Mailer: GeSin Antifrode 11
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

ASSICURAZIONI LARIANE S.p.A.
Ufficio Antifrode - Liquidazione Sinistri

Spett.le Shop Example NV,

nell'ambito della gestione del sinistro n. 2026/RC/018336 (danno da
acqua, Como, 02/03/2026), il nostro assicurato ha presentato a
giustificazione del danno lo scontrino n. 1042-7781 del vostro punto
vendita di Como (lavatrice modello WX-914, 699,00 EUR, 14/02/2026).

Vi chiediamo di confermare l'autenticità del documento compilando il
modulo al seguente indirizzo entro 15 giorni:
https://antifrode.assicurazioni-lariane.example/riscontro/018336

Informativa ai sensi degli artt. 13 e 14 del Regolamento (UE) 2016/679
I dati sono trattati per la prevenzione e il contrasto delle frodi
assicurative, anche mediante consultazione dell'Archivio Integrato
Antifrode (AIA) istituito presso l'IVASS ai sensi dell'art. 21 del
D.L. 179/2012. Titolare del trattamento è Assicurazioni Lariane S.p.A.
L'interessato può esercitare i diritti di accesso, rettifica,
cancellazione, limitazione e opposizione scrivendo a
dpo@assicurazioni-lariane.example e può proporre reclamo al Garante per
la protezione dei dati personali.

Questa e-mail è generata automaticamente: si prega di non rispondere.
Le risposte inviate a questo indirizzo non vengono lette.
'''),
    ('it', 'person-revokes-consent-above-claim-check-platform-notice', 'withdraw_consent', (),
'''Return-Path: <f.gallo83@libero.example>
Received: from smtp-34.iol.example (smtp-34.iol.example [213.209.10.34])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh9Fn2Zc5z5x1Qp
        for <privacy@shop.example.be>; Fri, 08 May 2026 12:03:19 +0200 (CEST)
Date: Fri, 8 May 2026 12:03:14 +0200 (CEST)
From: Francesca Gallo <f.gallo83@libero.example>
To: privacy@shop.example.be
Message-ID: <1604291187.3371082.1778234594660@mail1.libero.example>
Subject: I: Verifica acquisto completata - pratica VRF-IT-26-90112
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: Libero Mail (webmail)
X-Originating-IP: [79.38.112.54]

Buongiorno,
vi giro il messaggio qui sotto. Quando ho fatto la carta fedeltà nel
negozio di Anderlecht avevo messo la crocetta sulla "condivisione dei dati
di acquisto con i partner assicurativi per la verifica delle garanzie".
Non pensavo che poi avreste mandato il mio storico acquisti a chiunque lo
chieda. Quel consenso lo ritiro, da oggi non voglio più che i miei
acquisti vengano trasmessi a nessuna assicurazione.
La carta resta, non cancellatela.

Francesca Gallo
carta n. 6294 0031 7716 4

----- Messaggio inoltrato -----
Da: "ClaimCheck Italia" <notifiche@claimcheck-italia.example>
A: f.gallo83@libero.example
Data: 07/05/2026 16:40
Oggetto: Verifica acquisto completata - pratica VRF-IT-26-90112

Gentile Cliente,
la informiamo che la verifica dell'acquisto relativa alla sua pratica
VRF-IT-26-90112 è stata completata.
Fonte dei dati: Shop Example NV (programma fedeltà), sulla base del
consenso da lei prestato.
Dati verificati: data e importo dell'acquisto, punto vendita, prodotto.
Esito: CONFORME. L'esito è stato trasmesso alla sua compagnia
assicurativa.
Per esercitare i diritti di cui agli artt. 15-22 GDPR scriva a
privacy@claimcheck-italia.example.
Messaggio automatico - non rispondere.
'''),
    ('pt', 'enforcement-agent-credit-garnishment-notice-no-auto-headers', 'automated', (),
'''Return-Path: <notificacoes@agenteexecucao-mcosta.example>
Received: from mail.agenteexecucao-mcosta.example (mail.agenteexecucao-mcosta.example [188.82.40.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc2Gv3Ns8z5x6Lb
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 15:27:33 +0200 (CEST)
From: "Agente de Execução Miguel Costa - Notificações" <notificacoes@agenteexecucao-mcosta.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Notifica=C3=A7=C3=A3o_de_penhora_de_cr=C3=A9ditos_=E2=80=93_Pro?=
 =?utf-8?Q?c._n.=C2=BA_4418/25.7T8LRS_=E2=80=93_Ref._AE-2026-1093?=
Date: Fri, 17 Apr 2026 14:27:30 +0100
Message-ID: <AE-2026-1093.not.20260417142730@gestexec.agenteexecucao-mcosta.example>
X-Mailer: GestExec 5.2
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="gx_1093_alt"

--gx_1093_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

MIGUEL COSTA - AGENTE DE EXECUÇÃO
Cédula profissional n.º 4471 - Rua Almirante Reis 101, 2.º, Loures

NOTIFICAÇÃO DE PENHORA DE CRÉDITOS

Processo:         Execução comum n.º 4418/25.7T8LRS
                  Juízo de Execução de Loures
Exequente:        Banco Atlântico de Crédito, S.A.
Executado:        R***** M***** F*******, NIF ***.***.417
Notificado:       SHOP EXAMPLE NV, na qualidade de terceiro devedor
Referência:       AE-2026-1093

Fica V. Exa. notificada, nos termos do artigo 773.º do Código de
Processo Civil, de que se consideram penhorados todos os créditos que o
executado detenha sobre V. Exa., designadamente saldos de cartões
oferta, notas de crédito e reembolsos pendentes, até ao montante de
2.310,44 EUR.

No prazo de 10 dias deve V. Exa. declarar se o crédito existe, quais as
garantias que o acompanham e a data do vencimento. A falta de declaração
equivale ao reconhecimento da existência da obrigação (art. 773.º, n.º 4,
CPC).

A notificação completa, em PDF com assinatura digital qualificada, está
disponível em:
https://gestexec.agenteexecucao-mcosta.example/n/AE-2026-1093/e4c7

Os dados pessoais do executado constantes desta notificação destinam-se
exclusivamente ao cumprimento da penhora e não podem ser utilizados para
outros fins. Tratamento realizado ao abrigo do art. 6.º, n.º 1, al. c),
do RGPD.

Mensagem enviada pelo sistema GestExec. Não responda a este endereço.

--gx_1093_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Tahoma,sans-serif;font-size:12px">
<p><b>MIGUEL COSTA &ndash; AGENTE DE EXECU&Ccedil;&Atilde;O</b></p>
<p><b>Notifica&ccedil;&atilde;o de penhora de cr&eacute;ditos</b> &ndash; Proc. n.&ordm; 4418/25.7T8LRS &ndash; Ref. AE-2026-1093</p>
<p>Terceiro devedor: SHOP EXAMPLE NV. Prazo para declara&ccedil;&atilde;o: 10 dias (art. 773.&ordm; CPC).</p>
<p><a href="https://gestexec.agenteexecucao-mcosta.example/n/AE-2026-1093/e4c7">Abrir notifica&ccedil;&atilde;o (PDF assinado)</a></p>
<p style="font-size:10px;color:#777">Mensagem autom&aacute;tica do sistema GestExec. N&atilde;o responda.</p>
</body></html>

--gx_1093_alt--
'''),
    ('pt', 'axigen-autoreply-lisbon-law-firm-gdpr-disclaimer', 'automated', (),
'''Return-Path: <joana.pereira@pmr-advogados.example>
Received: from mail.pmr-advogados.example (mail.pmr-advogados.example [94.46.172.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Ke1Xr7Kd3z5x5Hw
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 19:02:44 +0200 (CEST)
From: "Joana Pereira" <joana.pereira@pmr-advogados.example>
To: "Equipa de Privacidade Shop Example" <privacy@shop.example.be>
Subject: =?utf-8?Q?Resposta_autom=C3=A1tica:_RE:_Pedido_de_imagens_de_videovigil?=
 =?utf-8?Q?=C3=A2ncia_=E2=80=93_V/_ref._JP/0331/26?=
Date: Mon, 27 Apr 2026 18:02:41 +0100
Message-ID: <axigen-autoreply.6a1c9e0f.1777312961@mail.pmr-advogados.example>
In-Reply-To: <pt-20260427-0061910@helpdesk.shop.example.be>
X-Mailer: Axigen Mail Server 10.5.21
X-Autoreply: yes
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Exmos. Senhores,

Encontro-me ausente do escritório, em diligências no Tribunal Judicial
da Comarca de Lisboa, até 30 de abril, com acesso limitado ao correio
eletrónico.

Para assuntos urgentes, contacte o escritório pelo telefone
+351 213 40 77 10 ou através de geral@pmr-advogados.example.

Com os melhores cumprimentos,

Joana Pereira
Advogada - Cédula Profissional n.º 58213L
PMR - Pires, Matos & Rebelo, Sociedade de Advogados, SP, RL
Av. da Liberdade 190, 4.º, 1250-147 Lisboa

AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos podem conter
informação sujeita a sigilo profissional (art. 92.º do Estatuto da Ordem
dos Advogados). Se a recebeu por engano, informe o remetente e elimine-a.
Os dados pessoais são tratados nos termos do RGPD e da Lei n.º 58/2019;
pode exercer os direitos de acesso, retificação, apagamento, limitação,
oposição e portabilidade através de rgpd@pmr-advogados.example e
apresentar reclamação à CNPD.
'''),
    ('pt', 'amazon-ses-bounce-insurer-claims-reply-verification-refused', 'automated', (),
'''Return-Path: <>
Received: from b224-12.smtp-out.eu-west-1.amazonses.example (b224-12.smtp-out.eu-west-1.amazonses.example [54.240.224.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf9Cs1Mw6z5x9Fr
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 11:44:58 +0200 (CEST)
From: MAILER-DAEMON@amazonses.example
To: privacy@shop.example.be
Subject: Delivery Status Notification (Failure)
Date: Thu, 30 Apr 2026 09:44:56 +0000
Message-ID: <0102019e2f7c1a3b-5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f-000000@eu-west-1.amazonses.example>
X-SES-Outgoing: 2026.04.30-54.240.224.12
Feedback-ID: ::1.eu-west-1.Vb3Nq8Lx1Wk6Rt9Hc2Pz5Md0Fg4Js7Kq1Ny4Pe7Us0=:AmazonSES
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ses_dsn_9a1b4c2d8e3f"

--ses_dsn_9a1b4c2d8e3f
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

An error occurred while trying to deliver the mail to the following recipients:
peritagens@seguros-tejo.example

--ses_dsn_9a1b4c2d8e3f
Content-Type: message/delivery-status

Reporting-MTA: dns; b224-12.smtp-out.eu-west-1.amazonses.example

Action: failed
Final-Recipient: rfc822; peritagens@seguros-tejo.example
Diagnostic-Code: smtp; 550 5.7.1 Message rejected: sender not authorised for this mailbox (claims intake accepts portal uploads only)
Status: 5.7.1

--ses_dsn_9a1b4c2d8e3f
Content-Type: message/rfc822

From: Equipa de Privacidade Shop Example <privacy@shop.example.be>
To: peritagens@seguros-tejo.example
Subject: =?utf-8?Q?Sinistro_ST-2026-71190_=E2=80=93_pedido_de_confirma=C3=A7=C3=A3o?=
 =?utf-8?Q?_de_compra?=
Date: Thu, 30 Apr 2026 11:44:51 +0200
Message-ID: <pt-20260430-0062511@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Exmos. Senhores,

Recebemos o vosso pedido de 24 de abril para confirmarmos a compra de um
telemóvel por um cliente nosso, no âmbito do sinistro ST-2026-71190.

Não dispomos de autorização do cliente para partilhar os seus dados de
compra convosco. Se o segurado vos entregou o talão, podem pedir-lhe a
ele a confirmação; em alternativa, enviem-nos a autorização escrita e
assinada do cliente e responderemos de imediato.

Com os melhores cumprimentos,
Equipa de Privacidade - Shop Example NV
Ref. PT-2026-0062511

--ses_dsn_9a1b4c2d8e3f--
'''),
    ('pt', 'person-complains-camera-images-given-to-ex-husband-lawyer-pastes-portal-notice', 'complaint', ('deletion',),
'''Return-Path: <carla.m.sousa@sapo.example>
Received: from relay5.ptmail.example (relay5.ptmail.example [212.55.154.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kj1Bt6Xq0z5x2Ws
        for <privacy@shop.example.be>; Sun, 10 May 2026 21:19:38 +0200 (CEST)
From: Carla Sousa <carla.m.sousa@sapo.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Fw:_[Citius]_Notifica=C3=A7=C3=A3o_eletr=C3=B3nica_=E2=80=93_jun?=
 =?utf-8?Q?ta_de_documentos?=
Date: Sun, 10 May 2026 20:19:31 +0100
Message-ID: <a7d30c1e9b2f4e88a61f0c53d7e2b914@sapo.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Mailer: SAPO Mail iOS 3.4

Isto é inaceitável. O advogado do meu ex-marido juntou ao processo de
regulação das responsabilidades parentais imagens das câmaras da vossa
loja de Ixelles, em que eu apareço com os meus filhos no dia 14 de março,
e a lista das minhas compras com o cartão de cliente. Quem é que lhe deu
isto? Nunca ninguém me perguntou nada, não houve ordem de nenhum tribunal
que eu saiba.

Exijo que apaguem as imagens e qualquer cópia que ainda tenham e que me
expliquem por escrito como é que isto aconteceu. Vou apresentar queixa
à Autoridade de Proteção de Dados belga e à CNPD.

Carla Sousa
Enviado do meu iPhone

---------- Mensagem reencaminhada ----------
De: Notificacoes Citius <nao-responder@citius.tribunais.example>
Data: 8 de maio de 2026 09:12
Assunto: [Citius] Notificação eletrónica - junta de documentos
Para: carla.m.sousa@sapo.example

Tribunal Judicial da Comarca de Lisboa - Juízo de Família e Menores
Processo: 2210/25.3T8LSB
Ato: Junção de documentos pela parte requerente (Doc. 7 - fotogramas de
videovigilância, Shop Example Ixelles, 14/03/2026; Doc. 8 - histórico de
compras do cartão de cliente)
Data da elaboração: 07-05-2026

Pode consultar o documento na área reservada do Citius.
Esta mensagem foi gerada automaticamente. Por favor não responda.
'''),
]

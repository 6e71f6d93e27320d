"""Eighteenth set, robot mail from security gateways, governments and large organisations, and people who look like it, as raw RFC 5322 messages. Written apart from the code."""

ROBOTS = [
    ('en', 'mimecast-held', 'automated', (),
'''Return-Path: <>
Received: from eu-smtp-delivery-101.mimecast.com (eu-smtp-delivery-101.mimecast.com [185.58.85.101])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qm7Hk0xYpz9sQ
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 08:16:52 +0000 (UTC)
Date: Tue, 24 Nov 2026 08:16:49 +0000
From: Postmaster <postmaster@hartleyfoods.co.uk>
To: <privacy@shop.example.be>
Message-ID: <mc-hold-7f3a2e18c0d94b5a@eu-smtp-1.mimecast.com>
Subject: Message held: Re: Your request - ref PRV-2026-1184
Auto-Submitted: auto-generated
X-MC-Unique: 1x7PqR2mN8eZ4kTgV0aB9w-1
X-Mimecast-Spam-Score: 0
X-Mimecast-MFC-AGG-ID: hartleyfoods.co.uk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_5517_1290374.1795507009112"

------=_Part_5517_1290374.1795507009112
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Your message has been held

Your message to compliance@hartleyfoods.co.uk has been held for review by t=
he
administrators of hartleyfoods.co.uk because it matched a content policy.

  Policy:     Attachment Protect - Potentially Harmful File
  Sender:     privacy@shop.example.be
  Recipient:  compliance@hartleyfoods.co.uk
  Subject:    Re: Your request - ref PRV-2026-1184
  Sent:       24/11/2026 09:14 (GMT+01:00)
  Size:       418 KB

You do not need to resend the message. If the administrators release it, it
will be delivered to the recipient without any further notice to you. If it
is rejected you will receive a separate notification.

This is an automatically generated message from the Mimecast service on beh=
alf
of Hartley Foods Ltd. Replies to this address are not monitored.

------=_Part_5517_1290374.1795507009112
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:13px">
<table width=3D"600" cellpadding=3D"0" cellspacing=3D"0"><tr><td style=3D"b=
ackground:#0d2c54;color:#ffffff;padding:12px;font-size:16px">Your message h=
as been held</td></tr>
<tr><td style=3D"padding:12px">Your message to <b>compliance@hartleyfoods.c=
o.uk</b> has been held for review by the administrators of hartleyfoods.co.=
uk because it matched a content policy.<br><br>
<table cellpadding=3D"3"><tr><td>Policy:</td><td>Attachment Protect - Poten=
tially Harmful File</td></tr>
<tr><td>Sender:</td><td>privacy@shop.example.be</td></tr><tr><td>Recipient:=
</td><td>compliance@hartleyfoods.co.uk</td></tr>
<tr><td>Subject:</td><td>Re: Your request - ref PRV-2026-1184</td></tr><tr>=
<td>Sent:</td><td>24/11/2026 09:14 (GMT+01:00)</td></tr></table><br>
You do not need to resend the message.<br><br><span style=3D"color:#777">Th=
is is an automatically generated message from the Mimecast service on behal=
f of Hartley Foods Ltd. Replies to this address are not monitored.</span></=
td></tr></table></body></html>

------=_Part_5517_1290374.1795507009112--
'''),

    ('en', 'proofpoint-encryption', 'automated', (),
'''Return-Path: <d.okafor@northwindbank.com>
Received: from mx0b-00273201.pphosted.com (mx0b-00273201.pphosted.com [148.163.152.11])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qm9bC1rK2z9sTT
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 15:02:11 +0000 (UTC)
From: "Okafor, Daniel" <d.okafor@northwindbank.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: [SECURE] RE: Customer data - card ending 4471
Date: Wed, 25 Nov 2026 15:02:03 +0000
Message-ID: <PPENC.20261125150203.4f91c0@encrypt.northwindbank.com>
X-Proofpoint-Encryption: envelope
X-Proofpoint-Virus-Version: vendor=baseguard engine=ICAP:2.0.293,Aquarius:18.0.1039
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="PPENC_b7c2f1e9a0d3"

--PPENC_b7c2f1e9a0d3
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body><div style=3D"font-family:Segoe UI,Arial;font-size:14px;color:#222">
<p><img src=3D"https://encrypt.northwindbank.com/enc/img/logo.png" alt=3D"N=
orthwind Bank"></p>
<p>You have received a secure message from <b>d.okafor@northwindbank.com</b=
>.</p>
<p>To read it, open the attachment <b>SecureMessageAtt.html</b> in a web br=
owser and follow the instructions.
If this is the first time you receive a secure message from Northwind Bank,=
 you will be asked to register.</p>
<p>The message will be available until 08 Dec 2026.</p>
<p style=3D"font-size:11px;color:#888">Secured by Proofpoint Encryption, Co=
pyright &copy; 2009-2026 Proofpoint, Inc. All rights reserved.<br>
Need help? https://encrypt.northwindbank.com/enc/help</p></div></body></htm=
l>

--PPENC_b7c2f1e9a0d3
Content-Type: text/html; name="SecureMessageAtt.html"
Content-Disposition: attachment; filename="SecureMessageAtt.html"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PHRpdGxlPlNlY3VyZSBNZXNzYWdlPC90aXRsZT48L2hlYWQ+PGJvZHkgb25s
b2FkPSJkb2N1bWVudC5mb3Jtc1swXS5zdWJtaXQoKSI+Cjxmb3JtIG1ldGhvZD0icG9zdCIgYWN0
aW9uPSJodHRwczovL2VuY3J5cHQubm9ydGh3aW5kYmFuay5jb20vZW5jL2RlY3J5cHQiPgo8aW5w
dXQgdHlwZT0iaGlkZGVuIiBuYW1lPSJlbnZlbG9wZSIgdmFsdWU9Ik1JSUtwUVlKS29aSWh2Y05B
UWNEb0lJS2xqQ0NDcElDQVFBeGdnR05NSUlCaVFJQkFEQnhNR1F4Q3pBSkJnTlZCQVlUQWtkQ01S
TXciPgo8bm9zY3JpcHQ+PGlucHV0IHR5cGU9InN1Ym1pdCIgdmFsdWU9IlJlYWQgTWVzc2FnZSI+
PC9ub3NjcmlwdD48L2Zvcm0+PC9ib2R5PjwvaHRtbD4K

--PPENC_b7c2f1e9a0d3--
'''),

    ('en', 'cisco-esa-dsn-571', 'automated', (),
'''Return-Path: <>
Received: from esa3.kraemer-group.iphmx.com (esa3.kraemer-group.iphmx.com [68.232.141.77])
	by mx1.shop.example.be (Postfix) with ESMTP id 4QmB0x6Hf1z9sV2
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 10:41:37 +0000 (UTC)
From: Mail Delivery System <MAILER-DAEMON@esa3.kraemer-group.iphmx.com>
To: privacy@shop.example.be
Subject: Delivery Status Notification (Failure)
Date: Thu, 26 Nov 2026 11:41:36 +0100
Message-Id: <2c91af$1j9kq0@esa3.kraemer-group.iphmx.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="===============5309712847501835==="

--===============5309712847501835===
Content-Type: text/plain
Content-Transfer-Encoding: 7bit

The message was undeliverable due to the following reason(s):

Your message was rejected by the recipient's mail policy and could not
be delivered to the following recipient(s):

  legal.eu@kraemer-group.com
    550 5.7.1 Message rejected: sender domain failed DMARC alignment
    (p=reject). Contact your mail administrator.

This message was generated by Cisco Secure Email Gateway
(esa3.kraemer-group.iphmx.com). Do not reply to this message.

--===============5309712847501835===
Content-Type: message/delivery-status

Reporting-MTA: dns; esa3.kraemer-group.iphmx.com
Received-From-MTA: dns; mx2.shop.example.be

Final-Recipient: rfc822; legal.eu@kraemer-group.com
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message rejected: sender domain failed DMARC alignment (p=reject)
Last-Attempt-Date: Thu, 26 Nov 2026 11:41:36 +0100

--===============5309712847501835===
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: Privacy Team <privacy@shop.example.be>
To: legal.eu@kraemer-group.com
Subject: Your access request - reference PRV-2026-1203
Date: Thu, 26 Nov 2026 11:41:20 +0100
Message-ID: <20261126104120.8812.privacy@shop.example.be>

--===============5309712847501835===--
'''),

    ('en', 'postfix-verp-nullmx', 'automated', (),
'''Return-Path: <>
Delivered-To: news-bounce+griet.claes=oud-bedrijf.be@shop.example.be
Received: by mx-out2.shop.example.be (Postfix)
	id 4QmC7m2Gz8z9sWq; Fri, 27 Nov 2026 06:03:12 +0100 (CET)
Date: Fri, 27 Nov 2026 06:03:12 +0100 (CET)
From: MAILER-DAEMON@mx-out2.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: news-bounce+griet.claes=oud-bedrijf.be@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4QmC7m2Gz8z9sWq.1795842192/mx-out2.shop.example.be"
Message-Id: <20261127050312.4QmC7m2Gz8z9sWq@mx-out2.shop.example.be>

This is a MIME-encapsulated message.

--4QmC7m2Gz8z9sWq.1795842192/mx-out2.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx-out2.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<griet.claes@oud-bedrijf.be>: Domain oud-bedrijf.be does not accept mail
    (nullMX)

--4QmC7m2Gz8z9sWq.1795842192/mx-out2.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out2.shop.example.be
X-Postfix-Queue-ID: 4QmC7m2Gz8z9sWq
X-Postfix-Sender: rfc822;
    news-bounce+griet.claes=oud-bedrijf.be@shop.example.be
Arrival-Date: Fri, 27 Nov 2026 06:03:11 +0100 (CET)

Final-Recipient: rfc822; griet.claes@oud-bedrijf.be
Original-Recipient: rfc822;griet.claes@oud-bedrijf.be
Action: failed
Status: 5.1.10
Diagnostic-Code: X-Postfix; Domain oud-bedrijf.be does not accept mail (nullMX)

--4QmC7m2Gz8z9sWq.1795842192/mx-out2.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <news-bounce+griet.claes=oud-bedrijf.be@shop.example.be>
Received: from mailer3.shop.example.be (mailer3.shop.example.be [10.20.0.13])
	by mx-out2.shop.example.be (Postfix) with ESMTP id 4QmC7m2Gz8z9sWq
	for <griet.claes@oud-bedrijf.be>; Fri, 27 Nov 2026 06:03:11 +0100 (CET)
From: Shop Tuin & Thuis <nieuwsbrief@shop.example.be>
To: griet.claes@oud-bedrijf.be
Subject: =?utf-8?q?Tuinweken=3A_tot_-30=25_op_tuinmeubelen_=F0=9F=8C=BF?=
List-Unsubscribe: <https://shop.example.be/u/9b2d71fe>, <mailto:unsubscribe+9b2d71fe@shop.example.be>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Message-ID: <nl-2026-48.9b2d71fe@mailer3.shop.example.be>

--4QmC7m2Gz8z9sWq.1795842192/mx-out2.shop.example.be--
'''),

    ('en', 'nhs-ig-autoack', 'automated', (),
'''Return-Path: <westbridge.informationgovernance@nhs.net>
Received: from mail.nhs.net (mail.nhs.net [155.231.211.224])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmD3Jr8w7z9sXh
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 13:22:05 +0000 (UTC)
From: "INFORMATION GOVERNANCE (WESTBRIDGE UNIVERSITY HOSPITALS NHS FOUNDATION TRUST)" <westbridge.informationgovernance@nhs.net>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatic reply: FW: Customer account query - Mrs P Adeyemi
Thread-Topic: FW: Customer account query - Mrs P Adeyemi
Thread-Index: AQHbQ7Gk2Z0x8aT1bUu9Zq0mF3kV1Q==
Date: Fri, 27 Nov 2026 13:22:03 +0000
Message-ID: <c0b7e1d40f8f4a7e9a2b6d55e1fa01c2@LO2P123MB5521.GBRP123.PROD.OUTLOOK.COM>
In-Reply-To: <6a1fe0c2-7d0b-4c13-b2de-77a03d9e3b10@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: westbridge.informationgovernance@nhs.net
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Thank you for contacting the Information Governance Team at Westbridge University Hospitals NHS Foundation Trust.

This is an automated acknowledgement. Your email has been logged under reference IG-26-11873. Please quote this reference in any further correspondence.

Subject Access Requests (requests for copies of health records or other personal data) will be responded to within one calendar month of receipt of a valid request and proof of identity, as required by Article 12(3) UK GDPR. If your request is complex, we may extend this period by up to two further months; we will tell you if this applies.

Please note:
* Requests from solicitors and insurers must include a signed patient consent form.
* Freedom of Information requests should be sent to foi@westbridge.nhs.uk and not to this mailbox.
* This mailbox is not monitored for clinical enquiries. If you need medical advice please contact your GP or call NHS 111. In an emergency dial 999.

How we use your information: https://www.westbridge.nhs.uk/privacy

Information Governance Team
Westbridge University Hospitals NHS Foundation Trust
Trust HQ, Level 2, Abbey Road, Westbridge WB3 4XY

This email and any attachments are confidential. If you have received it in error please notify the sender and delete it. NHSmail is certified as a secure email service for sharing sensitive information.
'''),

    ('nl', 'exchange-ndr-522', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2103.outbound.protection.outlook.com [40.107.22.103])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qk8pT0vJdz9sPd
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 13:05:44 +0000 (UTC)
From: <postmaster@bouwbedrijf-vandamme.be>
To: <privacy@shop.example.be>
Date: Mon, 23 Nov 2026 13:05:43 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="67a1c9e2-0b5d-4e33-8f41-c27b0e6d1a90"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
Message-ID: <e0b1f2a3-4c5d-4e6f-8a9b-0c1d2e3f4a5b@AM9PR02MB7712.eurprd02.prod.outlook.com>
In-Reply-To: <20261123130541.51f0.privacy@shop.example.be>
References: <20261123130541.51f0.privacy@shop.example.be>
Subject: Onbestelbaar: Uw vraag over uw klantgegevens (ref. PRV-2026-1177)
Auto-Submitted: auto-replied
MIME-Version: 1.0

--67a1c9e2-0b5d-4e33-8f41-c27b0e6d1a90
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Uw bericht aan h.vandamme@bouwbedrijf-vandamme.be kan niet worden bezorgd.

Het postvak van de ontvanger is vol en kan op dit moment geen berichten mee=
r ontvangen. Probeer het bericht later opnieuw te verzenden of neem op een =
andere manier contact op met de ontvanger.

Actie vereist: ontvanger
Het postvak is vol

Hoe los ik dit op?
De ontvanger moet items uit het postvak verwijderen of de beheerder vragen =
om meer opslagruimte. Als het probleem blijft bestaan, neem dan contact op =
met uw e-mailbeheerder.

Meer informatie voor e-mailbeheerders
Statuscode: 554 5.2.2
Dit fout treedt op wanneer het postvak van de ontvanger de opslaglimiet hee=
ft bereikt.

Oorspronkelijke berichtgegevens
Tijdstip van maken:   23-11-2026 14:05:41
Adres van afzender:   privacy@shop.example.be

Diagnostische gegevens voor beheerders:

Genererende server: AM9PR02MB7712.eurprd02.prod.outlook.com

h.vandamme@bouwbedrijf-vandamme.be
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:=
QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process=
 message due to a permanent exception with message [BeginDiagnosticData]Can=
not open mailbox. 16.55847:...[EndDiagnosticData]'

--67a1c9e2-0b5d-4e33-8f41-c27b0e6d1a90
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR02MB7712.eurprd02.prod.outlook.com
Received-From-MTA: dns;mx2.shop.example.be
Arrival-Date: Mon, 23 Nov 2026 13:05:42 +0000

Final-Recipient: rfc822;h.vandamme@bouwbedrijf-vandamme.be
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--67a1c9e2-0b5d-4e33-8f41-c27b0e6d1a90
Content-Type: text/rfc822-headers

From: Privacyteam <privacy@shop.example.be>
To: h.vandamme@bouwbedrijf-vandamme.be
Subject: Uw vraag over uw klantgegevens (ref. PRV-2026-1177)
Date: Mon, 23 Nov 2026 14:05:41 +0100
Message-ID: <20261123130541.51f0.privacy@shop.example.be>

--67a1c9e2-0b5d-4e33-8f41-c27b0e6d1a90--
'''),

    ('nl', 'city-autoreply-be', 'automated', (),
'''Return-Path: <noreply-kcc@mechelen.be>
Received: from smtp-out.mechelen.be (smtp-out.mechelen.be [193.191.214.36])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qk9Mr6wDpz9sQ1
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 16:48:02 +0000 (UTC)
From: Stad Mechelen <noreply-kcc@mechelen.be>
Reply-To: noreply-kcc@mechelen.be
To: privacy@shop.example.be
Subject: =?utf-8?Q?Ontvangstbevestiging_van_uw_bericht_=E2=80=93_dossier_2026/KCC/084713?=
Date: Mon, 23 Nov 2026 17:48:00 +0100
Message-ID: <ack.084713.1795452480@crm.mechelen.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Beste,

Bedankt voor uw e-mail aan Stad Mechelen. Uw bericht is goed ontvangen en w=
erd geregistreerd onder dossiernummer 2026/KCC/084713.

We behandelen uw vraag zo snel mogelijk en uiterlijk binnen 15 werkdagen. H=
ebt u een dringende vraag? Bel dan 015 20 00 00 (elke werkdag van 8.30 tot =
17 uur).

Wilt u een attest, een uittreksel uit het bevolkingsregister of een afspraa=
k aan het loket? Dat kan sneller via het e-loket: https://eloket.mechelen.be

Privacy
Stad Mechelen verwerkt uw persoonsgegevens om uw vraag te beantwoorden, op =
basis van de Algemene Verordening Gegevensbescherming (AVG). Uw gegevens wo=
rden niet langer bewaard dan nodig en niet aan derden doorgegeven, tenzij d=
e wet dat oplegt. U hebt het recht om uw gegevens in te kijken, te laten ve=
rbeteren of te laten wissen. Meer informatie vindt u op https://www.mechele=
n.be/privacy of bij de functionaris voor gegevensbescherming (privacy@meche=
len.be).

Dit is een automatisch verzonden bericht. Antwoorden op deze e-mail worden =
niet gelezen.

Met vriendelijke groeten
Klantencontactcenter Stad Mechelen
'''),

    ('fr', 'exchange-ndr-447', 'automated', (),
'''Return-Path: <>
Received: from FRA01-PR2-obe.outbound.protection.outlook.com (mail-pr2fra01on2091.outbound.protection.outlook.com [40.107.12.91])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qk2Lb7FmMz9sN3
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 08:13:02 +0000 (UTC)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@shopexamplebe.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Sun, 22 Nov 2026 08:13:01 +0000
Subject: =?iso-8859-1?Q?Non_remis=A0:_Suivi_de_votre_demande_ref._PRV-2026-1152?=
Content-Language: fr-FR
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
Message-ID: <5b1c8e02-39aa-4f7e-bd61-0a8c3e99f4d1@PR1P264MB3310.FRAP264.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a7c0d2b4-6f2e-44a1-9a3b-8d5e1f0c7b26"

--a7c0d2b4-6f2e-44a1-9a3b-8d5e1f0c7b26
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

La remise a =E9chou=E9 pour ces destinataires ou groupes :

contact.rgpd@transports-morel.fr
Le message n'a pas pu =EAtre remis dans le d=E9lai imparti. Le serveur du d=
estinataire n'a pas r=E9pondu =E0 plusieurs reprises et Exchange a cess=E9 =
de r=E9essayer.

Voici comment r=E9soudre ce probl=E8me : essayez de renvoyer le message plu=
s tard. Si le probl=E8me persiste, contactez le destinataire par un autre m=
oyen (par t=E9l=E9phone, par exemple) et demandez-lui d'en informer son adm=
inistrateur de messagerie.

Informations de diagnostic pour les administrateurs :

Serveur de g=E9n=E9ration : PR1P264MB3310.FRAP264.PROD.OUTLOOK.COM

contact.rgpd@transports-morel.fr
Le serveur distant a retourn=E9 '550 4.4.7 Message expired -> 451 4.4.0 Pri=
mary target IP address responded with: "421 4.4.2 Connection dropped due to=
 timeout." Attempted failover to alternate host, but that did not succeed.'

En-t=EAtes de message d'origine :

Date: Fri, 20 Nov 2026 09:12:44 +0100
From: Service Vie Privee <privacy@shop.example.be>
Subject: Suivi de votre demande ref. PRV-2026-1152

--a7c0d2b4-6f2e-44a1-9a3b-8d5e1f0c7b26
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB3310.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;shop.example.be
Arrival-Date: Fri, 20 Nov 2026 08:12:46 +0000

Final-Recipient: rfc822;contact.rgpd@transports-morel.fr
Action: failed
Status: 4.4.7
Diagnostic-Code: smtp;550 4.4.7 Message expired -> 451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to timeout."

--a7c0d2b4-6f2e-44a1-9a3b-8d5e1f0c7b26
Content-Type: text/rfc822-headers

Date: Fri, 20 Nov 2026 09:12:44 +0100
From: Service Vie Privee <privacy@shop.example.be>
To: contact.rgpd@transports-morel.fr
Subject: Suivi de votre demande ref. PRV-2026-1152
Message-ID: <20261120081244.1c2e.privacy@shop.example.be>

--a7c0d2b4-6f2e-44a1-9a3b-8d5e1f0c7b26--
'''),

    ('fr', 'hospital-autoreply', 'automated', (),
'''Return-Path: <usagers@chu-valmont.fr>
Received: from smtp2.chu-valmont.fr (smtp2.chu-valmont.fr [195.83.142.18])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QkFv08bRlz9sRn
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 10:02:17 +0000 (UTC)
From: "DUQ - Relations Usagers" <usagers@chu-valmont.fr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?R=C3=A9ponse_automatique=C2=A0:_TR:_Commande_n=C2=B0_SH-778120?=
Date: Tue, 24 Nov 2026 11:02:15 +0100
Message-ID: <1753628911.4471.1795514535@zimbra.chu-valmont.fr>
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4611 (zclient/10.0.8_GA_4611)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Ceci est une r=C3=A9ponse automatique, merci de ne pas y r=C3=A9pondre.

Votre message a bien =C3=A9t=C3=A9 re=C3=A7u par le secr=C3=A9tariat de la =
Direction des Usagers, des Relations avec les Patients et de la Qualit=C3=
=A9 du CHU de Valmont. Il sera trait=C3=A9 dans les meilleurs d=C3=A9lais.

Pour rappel :
- les demandes de communication du dossier m=C3=A9dical doivent =C3=AAtre a=
dress=C3=A9es par courrier, accompagn=C3=A9es de la copie d'une pi=C3=A8ce =
d'identit=C3=A9, ou via le formulaire en ligne : https://www.chu-valmont.fr=
/patients/acces-dossier-medical
- les r=C3=A9clamations concernant un s=C3=A9jour peuvent =C3=AAtre d=C3=A9=
pos=C3=A9es sur https://www.chu-valmont.fr/reclamations
- pour toute question relative =C3=A0 la protection de vos donn=C3=A9es, le=
 d=C3=A9l=C3=A9gu=C3=A9 =C3=A0 la protection des donn=C3=A9es (DPO) est joi=
gnable =C3=A0 dpo@chu-valmont.fr

Le secr=C3=A9tariat est ferm=C3=A9 du 24 d=C3=A9cembre au 2 janvier inclus.

EN CAS D'URGENCE, COMPOSEZ LE 15.

--
Direction des Usagers et de la Qualit=C3=A9
CHU de Valmont - 3, avenue du Professeur R=C3=A9my - 69000 Valmont
Ce message et ses pi=C3=A8ces jointes sont confidentiels et =C3=A9tablis =
=C3=A0 l'intention exclusive de leurs destinataires.
'''),

    ('de', 'hornetsecurity-held', 'automated', (),
'''Return-Path: <no-reply@hornetsecurity.com>
Received: from mx-gate42-hz2.hornetsecurity.com (mx-gate42-hz2.hornetsecurity.com [94.100.132.42])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmA9n3LbRz9sTx
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 07:38:20 +0000 (UTC)
From: Hornetsecurity <no-reply@hornetsecurity.com>
To: privacy@shop.example.be
Subject: =?UTF-8?B?SWhyZSBOYWNocmljaHQgd3VyZGUgenVyw7xja2dlaGFsdGVuOiBJaHJlIEFuZnJhZ2Ugdm9tIDE4LjExLjIwMjY=?=
Date: Wed, 25 Nov 2026 08:38:19 +0100
Message-ID: <hsnotify.6c1e0a92b7.20261125073819@hornetsecurity.com>
Auto-Submitted: auto-generated
X-HS-Notification: sender-quarantine
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

U2VociBnZWVocnRlIERhbWVuIHVuZCBIZXJyZW4sCgpJaHJlIEUtTWFpbCBrb25udGUgZGVtIEVt
cGbDpG5nZXIgbmljaHQgc29mb3J0IHp1Z2VzdGVsbHQgd2VyZGVuLiBTaWUgd3VyZGUgdm9tIFNw
YW0tIHVuZCBNYWx3YXJlc2NodXR6IGRlciBNw7xsbGVyIExvZ2lzdGlrIEdtYkggenVyw7xja2dl
aGFsdGVuIHVuZCB3aXJkIGRlcnplaXQgZ2VwcsO8ZnQuCgpBYnNlbmRlcjogICAgcHJpdmFjeUBz
aG9wLmV4YW1wbGUuYmUKRW1wZsOkbmdlcjogICBkYXRlbnNjaHV0ekBtdWVsbGVyLWxvZ2lzdGlr
LmRlCkJldHJlZmY6ICAgICBJaHJlIEFuZnJhZ2Ugdm9tIDE4LjExLjIwMjYKRGF0dW06ICAgICAg
IDI1LjExLjIwMjYgMDg6MzcKR3J1bmQ6ICAgICAgIEFuaGFuZyBtaXQgYWt0aXZlbiBJbmhhbHRl
biAoUmljaHRsaW5pZSAiT2ZmaWNlLU1ha3JvcyBibG9ja2llcmVuIikKClNpZSBtw7xzc2VuIG5p
Y2h0cyB3ZWl0ZXIgdHVuLiBXaXJkIGRpZSBOYWNocmljaHQgZnJlaWdlZ2ViZW4sIGVyaMOkbHQg
ZGVyIEVtcGbDpG5nZXIgc2llIGF1dG9tYXRpc2NoLiBBbmRlcm5mYWxscyB3aXJkIHNpZSBuYWNo
IDMwIFRhZ2VuIGdlbMO2c2NodC4KCkJpdHRlIGFudHdvcnRlbiBTaWUgbmljaHQgYXVmIGRpZXNl
IEUtTWFpbCwgZGFzIFBvc3RmYWNoIHdpcmQgbmljaHQgw7xiZXJ3YWNodC4gQmVpIEZyYWdlbiB3
ZW5kZW4gU2llIHNpY2ggYml0dGUgYW4gSWhyZW4gQW5zcHJlY2hwYXJ0bmVyIGJlaSBkZXIgTcO8
bGxlciBMb2dpc3RpayBHbWJILgoKLS0KRGllc2UgTmFjaHJpY2h0IHd1cmRlIGF1dG9tYXRpc2No
IHZvbiBIb3JuZXRzZWN1cml0eSBlcnN0ZWxsdC4K
'''),

    ('de', 'dpo-ack-art15', 'automated', (),
'''Return-Path: <datenschutz@rheinland-versicherung.de>
Received: from mailout.rheinland-versicherung.de (mailout.rheinland-versicherung.de [212.80.231.15])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmE2p5KqVz9sYb
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 14:10:44 +0000 (UTC)
From: Datenschutz Rheinland Versicherung <datenschutz@rheinland-versicherung.de>
To: privacy@shop.example.be
Subject: =?iso-8859-1?Q?Eingangsbest=E4tigung_Ihrer_Anfrage_-_Vorgang_DSB-2026-04471?=
Date: Fri, 27 Nov 2026 15:10:41 +0100
Message-ID: <OTRS.DSB-2026-04471.1795878641@ticket.rheinland-versicherung.de>
In-Reply-To: <AM0PR07MB6120A1D3B0E2C95FD47E3C12B6F12@AM0PR07MB6120.eurprd07.prod.outlook.com>
X-OTRS-Loop: yes
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=FCr Ihre Nachricht an den Datenschutzbeauftragten der Rheinla=
nd Versicherung AG.

Wir best=E4tigen hiermit den Eingang Ihres Anliegens. Es wurde unter der Vo=
rgangsnummer DSB-2026-04471 erfasst. Auskunftsersuchen nach Art. 15 DSGVO b=
eantworten wir innerhalb eines Monats nach Eingang (Art. 12 Abs. 3 DSGVO). =
Sollte zur Bearbeitung ein Identit=E4tsnachweis erforderlich sein, kommen w=
ir gesondert auf Sie zu.

Bitte geben Sie bei R=FCckfragen stets die Vorgangsnummer an. Eine Antwort =
auf diese E-Mail ist nicht erforderlich.

Hinweise zur Verarbeitung Ihrer Daten finden Sie unter www.rheinland-versic=
herung.de/datenschutz.

Mit freundlichen Gr=FC=DFen

Ihr Datenschutzteam
Rheinland Versicherung AG
Kaiser-Wilhelm-Ring 40, 50672 K=F6ln

Diese E-Mail wurde automatisch erzeugt.

Rheinland Versicherung AG | Sitz: K=F6ln | Amtsgericht K=F6ln HRB 00000
Vorstand: Dr. Petra Hallbach (Vors.), Jens Overbeck | Vorsitzender des Aufs=
ichtsrats: Klaus Reimers
'''),

    ('es', 'ayuntamiento-autoreply', 'automated', (),
'''Return-Path: <no-responder@alcaladelrio.es>
Received: from correo.alcaladelrio.es (correo.alcaladelrio.es [217.126.88.30])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QkHq17xCmz9sSd
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 12:31:09 +0000 (UTC)
From: =?UTF-8?Q?Atenci=C3=B3n_Ciudadana_010?= <no-responder@alcaladelrio.es>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Acuse_de_recibo_de_su_consulta_n=C2=BA_E-2026-0913377?=
Date: Tue, 24 Nov 2026 13:31:07 +0100
Message-ID: <20261124123107.0913377@gestiona.alcaladelrio.es>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_8f0e2c6a4d3f2b1e9c7a"

--b1_8f0e2c6a4d3f2b1e9c7a
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Estimado/a ciudadano/a:

Le confirmamos la recepción de su correo electrónico en el Servicio de Atención a la Ciudadanía (010) del Ayuntamiento de Alcalá del Río. Su consulta ha quedado anotada con el número de registro E-2026-0913377.

Le recordamos que este buzón NO es un registro oficial. Si desea presentar una solicitud, recurso o cualquier escrito dirigido a la Administración, deberá hacerlo a través de la Sede Electrónica (https://sede.alcaladelrio.es) con certificado digital o Cl@ve, o de forma presencial en las Oficinas de Asistencia en Materia de Registro, con cita previa.

Plazo orientativo de respuesta: 10 días hábiles.

INFORMACIÓN BÁSICA SOBRE PROTECCIÓN DE DATOS
Responsable: Ayuntamiento de Alcalá del Río.
Finalidad: gestionar su consulta, queja o sugerencia.
Legitimación: cumplimiento de una misión realizada en interés público (art. 6.1.e RGPD).
Destinatarios: no se cederán datos a terceros, salvo obligación legal.
Derechos: puede ejercer los derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad ante el Delegado de Protección de Datos (dpd@alcaladelrio.es), así como presentar reclamación ante la Agencia Española de Protección de Datos.
Información adicional: https://www.alcaladelrio.es/privacidad

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.

--b1_8f0e2c6a4d3f2b1e9c7a
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PHA+RXN0aW1hZG8vYSBjaXVkYWRhbm8vYTo8L3A+PHA+TGUgY29uZmlybWFt
b3MgbGEgcmVjZXBjacOzbiBkZSBzdSBjb3JyZW8gZWxlY3Ryw7NuaWNvIGVuIGVsIFNlcnZpY2lv
IGRlIEF0ZW5jacOzbiBhIGxhIENpdWRhZGFuw61hICgwMTApIGRlbCBBeXVudGFtaWVudG8gZGUg
QWxjYWzDoSBkZWwgUsOtby4gU3UgY29uc3VsdGEgaGEgcXVlZGFkbyBhbm90YWRhIGNvbiBlbCBu
w7ptZXJvIGRlIHJlZ2lzdHJvIEUtMjAyNi0wOTEzMzc3LjwvcD48cD5MZSByZWNvcmRhbW9zIHF1
ZSBlc3RlIGJ1esOzbiBOTyBlcyB1biByZWdpc3RybyBvZmljaWFsLiBTaSBkZXNlYSBwcmVzZW50
YXIgdW5hIHNvbGljaXR1ZCwgcmVjdXJzbyBvIGN1YWxxdWllciBlc2NyaXRvIGRpcmlnaWRvIGEg
bGEgQWRtaW5pc3RyYWNpw7NuLCBkZWJlcsOhIGhhY2VybG8gYSB0cmF2w6lzIGRlIGxhIFNlZGUg
RWxlY3Ryw7NuaWNhIChodHRwczovL3NlZGUuYWxjYWxhZGVscmlvLmVzKSBjb24gY2VydGlmaWNh
ZG8gZGlnaXRhbCBvIENsQHZlLCBvIGRlIGZvcm1hIHByZXNlbmNpYWwgZW4gbGFzIE9maWNpbmFz
IGRlIEFzaXN0ZW5jaWEgZW4gTWF0ZXJpYSBkZSBSZWdpc3RybywgY29uIGNpdGEgcHJldmlhLjwv
cD48cD5QbGF6byBvcmllbnRhdGl2byBkZSByZXNwdWVzdGE6IDEwIGTDrWFzIGjDoWJpbGVzLjwv
cD48cD5JTkZPUk1BQ0nDk04gQsOBU0lDQSBTT0JSRSBQUk9URUNDScOTTiBERSBEQVRPUzxicj5S
ZXNwb25zYWJsZTogQXl1bnRhbWllbnRvIGRlIEFsY2Fsw6EgZGVsIFLDrW8uPGJyPkZpbmFsaWRh
ZDogZ2VzdGlvbmFyIHN1IGNvbnN1bHRhLCBxdWVqYSBvIHN1Z2VyZW5jaWEuPGJyPkxlZ2l0aW1h
Y2nDs246IGN1bXBsaW1pZW50byBkZSB1bmEgbWlzacOzbiByZWFsaXphZGEgZW4gaW50ZXLDqXMg
cMO6YmxpY28gKGFydC4gNi4xLmUgUkdQRCkuPGJyPkRlc3RpbmF0YXJpb3M6IG5vIHNlIGNlZGVy
w6FuIGRhdG9zIGEgdGVyY2Vyb3MsIHNhbHZvIG9ibGlnYWNpw7NuIGxlZ2FsLjxicj5EZXJlY2hv
czogcHVlZGUgZWplcmNlciBsb3MgZGVyZWNob3MgZGUgYWNjZXNvLCByZWN0aWZpY2FjacOzbiwg
c3VwcmVzacOzbiwgb3Bvc2ljacOzbiwgbGltaXRhY2nDs24gZGVsIHRyYXRhbWllbnRvIHkgcG9y
dGFiaWxpZGFkIGFudGUgZWwgRGVsZWdhZG8gZGUgUHJvdGVjY2nDs24gZGUgRGF0b3MgKGRwZEBh
bGNhbGFkZWxyaW8uZXMpLCBhc8OtIGNvbW8gcHJlc2VudGFyIHJlY2xhbWFjacOzbiBhbnRlIGxh
IEFnZW5jaWEgRXNwYcOxb2xhIGRlIFByb3RlY2Npw7NuIGRlIERhdG9zLjxicj5JbmZvcm1hY2nD
s24gYWRpY2lvbmFsOiBodHRwczovL3d3dy5hbGNhbGFkZWxyaW8uZXMvcHJpdmFjaWRhZDwvcD48
cD5Fc3RlIG1lbnNhamUgc2UgaGEgZ2VuZXJhZG8gYXV0b23DoXRpY2FtZW50ZS4gUG9yIGZhdm9y
LCBubyByZXNwb25kYSBhIGVzdGEgZGlyZWNjacOzbi48YnI+PC9wPjwvYm9keT48L2h0bWw+

--b1_8f0e2c6a4d3f2b1e9c7a--
'''),

    ('es', 'cisco-encryption-envelope', 'automated', (),
'''Return-Path: <m.lozano@grupo-ibertrans.es>
Received: from esa1.grupo-ibertrans.c3s2.iphmx.com (esa1.grupo-ibertrans.c3s2.iphmx.com [216.71.150.11])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmBxF2pW6z9sVn
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 09:22:19 +0000 (UTC)
From: "Lozano Prieto, Marta" <m.lozano@grupo-ibertrans.es>
To: <privacy@shop.example.be>
Subject: [SEGURO] RV: facturas y datos de la cuenta
Date: Thu, 26 Nov 2026 10:22:15 +0100
Message-ID: <rs.20261126T092215.7e21a9c4@res.cisco.com>
X-IronPort-AV: E=Sophos;i="6.04,229,1695708000"; d="html'217?scan'217,208,217";a="9821374"
X-CRES-Encrypted: yes
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_90210_17459932.1795677735221"

------=_Part_90210_17459932.1795677735221
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ha recibido un mensaje seguro

Lea su mensaje seguro abriendo el archivo adjunto, securedoc_20261126T09221=
5.html. Se le pedir=C3=A1 que abra (descargue) el archivo y lo guarde en su=
 equipo. Para obtener ayuda, abra el adjunto en un navegador web.

Si tiene problemas para abrir el archivo adjunto, puede enviar el mensaje a=
 trav=C3=A9s del servidor de descifrado: https://res.cisco.com/websafe/help=
?topic=3DRegEnvelope

Remitente: m.lozano@grupo-ibertrans.es
Enviado: jueves, 26 de noviembre de 2026 10:22 (CET)

=C2=BFEs la primera vez que recibe un sobre registrado? Deber=C3=A1 registr=
arse en el servicio para poder abrirlo.

Asegurado por Cisco Secure Email Encryption Service
Copyright =C2=A9 2001-2026 Cisco Systems, Inc. y/o sus filiales. Todos los =
derechos reservados.

------=_Part_90210_17459932.1795677735221
Content-Type: text/html; charset=UTF-8; name=securedoc_20261126T092215.html
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename=securedoc_20261126T092215.html

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9VVRGLTgiPjx0aXRsZT5Tb2JyZSByZWdpc3RyYWRvPC90aXRsZT4KPHNj
cmlwdD52YXIgZT0iVUVzREJCUUFDQWdJQU10Rldsa0FBQUFBQUFBQUFBQUFBQUFRQUFBQWNHRjVi
RzloWkM1aWFXNEtESTJMakV1TVRrdU1qUT0iOzwvc2NyaXB0PjwvaGVhZD4KPGJvZHk+PGZvcm0g
YWN0aW9uPSJodHRwczovL3Jlcy5jaXNjby5jb20vd2Vic2FmZS9vcGVuRW52ZWxvcGUuYWN0aW9u
IiBtZXRob2Q9InBvc3QiPjxpbnB1dCB0eXBlPSJoaWRkZW4iIG5hbWU9ImVudiIgdmFsdWU9IiI+
CjxwPlBhcmEgYWJyaXIgZXN0ZSBtZW5zYWplLCBoYWdhIGNsaWMgZW4gPGlucHV0IHR5cGU9InN1
Ym1pdCIgdmFsdWU9IkFicmlyIj48L3A+PC9mb3JtPjwvYm9keT48L2h0bWw+Cg==

------=_Part_90210_17459932.1795677735221--
'''),

    ('it', 'pec-mancata-consegna', 'automated', (),
'''Return-Path: <posta-certificata@pec.aruba.it>
Received: from smtpdh.pec.aruba.it (smtpdh.pec.aruba.it [80.88.87.13])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qjx7Wm3sJz9sKp
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 15:44:12 +0000 (UTC)
Date: Thu, 19 Nov 2026 16:44:09 +0100
Message-ID: <opec21010.20261119164409.117832.455.1.53.errore@pec.aruba.it>
X-Ricevuta: errore-consegna
X-Riferimento-Message-ID: <20261119154405.4e2b.privacy@shop.example.be>
X-Trasporto: posta-certificata
From: posta-certificata@pec.aruba.it
To: privacy@shop.example.be
Subject: AVVISO DI MANCATA CONSEGNA: Re: richiesta cancellazione dati - pratica PRV-2026-1139
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="----0C0A9E2F4B7D1E38"

------0C0A9E2F4B7D1E38
Content-Type: multipart/mixed; boundary="----=_Part_331_88120.1795447449"

------=_Part_331_88120.1795447449
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ricevuta di mancata consegna

Il giorno 19/11/2026 alle ore 16:44:09 (+0100) nel messaggio
"Re: richiesta cancellazione dati - pratica PRV-2026-1139" proveniente da "=
privacy@shop.example.be"
ed indirizzato a "amministrazione@pec.ferramentaboschi.it"
=C3=A8 stato rilevato un problema che ne impedisce la consegna.
Errore: 5.1.1 - Aruba Pec S.p.A. - indirizzo non valido
Il messaggio =C3=A8 stato rifiutato dal sistema.

Identificativo messaggio: opec21010.20261119164409.117832.455.1.53@pec.arub=
a.it

------=_Part_331_88120.1795447449
Content-Type: application/xml; name=daticert.xml
Content-Transfer-Encoding: base64
Content-Disposition: inline; filename=daticert.xml

PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPHBvc3RhY2VydCB0aXBvPSJl
cnJvcmUtY29uc2VnbmEiIGVycm9yZT0ibm8tZGVzdCI+CiAgPGludGVzdGF6aW9uZT4KICAgIDxt
aXR0ZW50ZT5wcml2YWN5QHNob3AuZXhhbXBsZS5iZTwvbWl0dGVudGU+CiAgICA8ZGVzdGluYXRh
cmkgdGlwbz0iY2VydGlmaWNhdG8iPmFtbWluaXN0cmF6aW9uZUBwZWMuZmVycmFtZW50YWJvc2No
aS5pdDwvZGVzdGluYXRhcmk+CiAgICA8cmlzcG9zdGU+cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU8
L3Jpc3Bvc3RlPgogICAgPG9nZ2V0dG8+UmU6IHJpY2hpZXN0YSBjYW5jZWxsYXppb25lIGRhdGkg
LSBwcmF0aWNhIFBSVi0yMDI2LTExMzk8L29nZ2V0dG8+CiAgPC9pbnRlc3RhemlvbmU+CiAgPGRh
dGk+CiAgICA8Z2VzdG9yZS1lbWl0dGVudGU+QVJVQkEgUEVDIFMucC5BLjwvZ2VzdG9yZS1lbWl0
dGVudGU+CiAgICA8ZGF0YSB6b25hPSIrMDEwMCI+PGdpb3Jubz4xOS8xMS8yMDI2PC9naW9ybm8+
PG9yYT4xNjo0NDowOTwvb3JhPjwvZGF0YT4KICAgIDxpZGVudGlmaWNhdGl2bz5vcGVjMjEwMTAu
MjAyNjExMTkxNjQ0MDkuMTE3ODMyLjQ1NS4xLjUzQHBlYy5hcnViYS5pdDwvaWRlbnRpZmljYXRp
dm8+CiAgICA8Y29uc2VnbmE+YW1taW5pc3RyYXppb25lQHBlYy5mZXJyYW1lbnRhYm9zY2hpLml0
PC9jb25zZWduYT4KICAgIDxlcnJvcmUtZXN0ZXNvPjUuMS4xIC0gQXJ1YmEgUGVjIFMucC5BLiAt
IGluZGlyaXp6byBub24gdmFsaWRvPC9lcnJvcmUtZXN0ZXNvPgogIDwvZGF0aT4KPC9wb3N0YWNl
cnQ+Cg==

------=_Part_331_88120.1795447449--

------0C0A9E2F4B7D1E38
Content-Type: application/pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"

MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAKCCBk4w
ggZKMIIFMqADAgECAhBc7wXH0vGm2k6H2b0zQ8n1MA0GCSqGSIb3DQEBCwUAMGwxCzAJBgNVBAYT
AklUMRgwFgYDVQQKDA9BcnViYVBFQyBTLnAuQS4xITAfBgNVBAsMGENlcnRpZmljYXRpb24gQXV0
aG9yaXR5QzEgMB4GA1UEAwwXQXJ1YmFQRUMgUy5wLkEuIE5HIENBIDMwHhcNMjYwMTE1MDAwMDAw
WhcNMjcwMTE1MjM1OTU5WjB3MQswCQYDVQQGEwJJVDEYMBYGA1UECgwPQXJ1YmFQRUMgUy5wLkEu
AAAAAAAA

------0C0A9E2F4B7D1E38--
'''),

    ('it', 'university-autoreply', 'automated', (),
'''Return-Path: <segreteria.studenti@unicastelvetro.it>
Received: from mx01.unicastelvetro.it (mx01.unicastelvetro.it [151.97.12.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmC2s8pXNz9sWd
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 17:05:51 +0000 (UTC)
From: Segreteria Studenti <segreteria.studenti@unicastelvetro.it>
To: privacy@shop.example.be
Subject: Risposta automatica: I: ordine n. SH-781044 - reso
Date: Thu, 26 Nov 2026 18:05:49 +0100
Message-ID: <CAD8t7xQk2=Vb0mZ_autoreply_4f1e@mail.gmail.com>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Gentile utente,

la ringraziamo per aver scritto alla Segreteria Studenti dell'Universit=C3=
=A0 degli Studi di Castelvetro. Questo =C3=A8 un messaggio generato automat=
icamente.

Dal 1=C2=B0 ottobre le richieste degli studenti vengono gestite ESCLUSIVAME=
NTE tramite il servizio di ticketing disponibile nell'area riservata (https=
://servizi.unicastelvetro.it/helpdesk). Le e-mail inviate a questo indirizz=
o non verranno prese in carico.

Per le richieste relative a:
- immatricolazioni e iscrizioni: ticket categoria "Carriera"
- tasse e rimborsi: ticket categoria "Contribuzione"
- certificati e pergamene: ticket categoria "Certificazioni"
- esercizio dei diritti previsti dagli artt. 15-22 del Regolamento UE 2016/=
679: scrivere al Responsabile della Protezione dei Dati, rpd@unicastelvetro=
.it

Orari di ricevimento telefonico: luned=C3=AC, mercoled=C3=AC e venerd=C3=AC=
 9.30-12.00.

Cordiali saluti
Segreteria Studenti - Area Didattica
Universit=C3=A0 degli Studi di Castelvetro

Informativa ai sensi dell'art. 13 del Regolamento UE 2016/679: i dati perso=
nali contenuti nella sua e-mail saranno trattati esclusivamente per la gest=
ione della richiesta. Informativa completa: https://www.unicastelvetro.it/p=
rivacy
'''),

    ('pt', 'trendmicro-quarantine', 'automated', (),
'''Return-Path: <do-not-reply@tmes.trendmicro.eu>
Received: from mx1.tmes.trendmicro.eu (mx1.tmes.trendmicro.eu [18.185.115.53])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmAqH6dLgz9sTz
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 11:52:33 +0000 (UTC)
From: Trend Micro Email Security <do-not-reply@tmes.trendmicro.eu>
To: privacy@shop.example.be
Subject: =?UTF-8?B?TWVuc2FnZW0gZW0gcXVhcmVudGVuYTogUmU6IFBlZGlkbyBkZSBlbGltaW5hw6fDo28gZGUgZGFkb3MgLSByZWYuIFBSVi0yMDI2LTExOTA=?=
Date: Wed, 25 Nov 2026 11:52:31 +0000
Message-ID: <TMES-notify-3b9c11e7-55f0-4d2a-9b61-e27f0c4d8a12@tmes.trendmicro.eu>
Auto-Submitted: auto-generated
X-TMASE-Version: TMES-4.0.1-8.2.1001-28034.000
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Notifica=C3=A7=C3=A3o do Trend Micro Email Security

A mensagem que enviou foi colocada em quarentena pelo sistema de seguran=C3=
=A7a de correio eletr=C3=B3nico do destinat=C3=A1rio e n=C3=A3o foi entregu=
e.

Data/hora: 25-11-2026 11:52:30 (GMT+00:00)
Remetente: privacy@shop.example.be
Destinat=C3=A1rio: protecaodados@lusocargo.pt
Assunto: Re: Pedido de elimina=C3=A7=C3=A3o de dados - ref. PRV-2026-1190
Regra: Filtragem de conte=C3=BAdo - anexos comprimidos com palavra-passe
A=C3=A7=C3=A3o: Colocar em quarentena

N=C3=A3o =C3=A9 necess=C3=A1rio voltar a enviar a mensagem. O administrador=
 do dom=C3=ADnio lusocargo.pt ir=C3=A1 analis=C3=A1-la e, se for considerad=
a segura, ser=C3=A1 entregue ao destinat=C3=A1rio.

Esta mensagem foi gerada automaticamente. Por favor n=C3=A3o responda.
'''),

    ('pt', 'bank-noreply-autoreply', 'automated', (),
'''Return-Path: <naoresponder@bap.pt>
Received: from mail-gw2.bap.pt (mail-gw2.bap.pt [194.65.144.72])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qmd9Sx0rTz9sZc
	for <privacy@shop.example.be>; Sat, 28 Nov 2026 09:14:40 +0000 (UTC)
From: BAP - Banco Atlantico Portugues <naoresponder@bap.pt>
To: privacy@shop.example.be
Subject: =?ISO-8859-1?Q?Resposta_autom=E1tica:_Confirma=E7=E3o_de_pagamento?=
Date: Sat, 28 Nov 2026 09:14:38 +0000
Message-ID: <AR.20261128091438.5512@bap.pt>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Caro(a) Cliente,

Este endere=E7o de correio eletr=F3nico n=E3o =E9 monitorizado e as mensage=
ns recebidas n=E3o s=E3o lidas nem tratadas.

Para sua seguran=E7a, o Banco Atl=E2ntico Portugu=EAs nunca lhe pede c=F3di=
gos de acesso, n=FAmeros do cart=E3o matriz ou c=F3digos recebidos por SMS =
por e-mail ou telefone.

Para nos contactar:
- Homebanking BAP Online > Mensagens > Nova mensagem
- Linha BAP 210 000 000 (chamada para a rede fixa nacional), dias =FAteis d=
as 8h =E0s 22h
- Numa das nossas ag=EAncias

Para o exerc=EDcio dos seus direitos enquanto titular de dados pessoais (ac=
esso, retifica=E7=E3o, apagamento, limita=E7=E3o, portabilidade e oposi=E7=
=E3o), contacte o Encarregado da Prote=E7=E3o de Dados atrav=E9s de epd@bap=
.pt ou por carta para Av. da Liberdade 000, 1250-000 Lisboa.

Com os melhores cumprimentos,
Banco Atl=E2ntico Portugu=EAs, S.A.

Esta mensagem foi enviada automaticamente. Por favor n=E3o responda.
'''),

    ('pl', 'sophos-held', 'automated', (),
'''Return-Path: <do-not-reply@eu-west-1.prod.hydra.sophos.com>
Received: from mx-01-eu-west-1.prod.hydra.sophos.com (mx-01-eu-west-1.prod.hydra.sophos.com [35.159.27.1])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QkMh46qsTz9sSw
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 13:20:41 +0000 (UTC)
From: Sophos Email <do-not-reply@eu-west-1.prod.hydra.sophos.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Wiadomo=C5=9B=C4=87_zatrzymana:_Odp:_zg=C5=82oszenie_nr_PRV-2026-1169?=
Date: Tue, 24 Nov 2026 13:20:40 +0000
Message-ID: <0102018c1e7a9e4b-7d0c2f19-33aa-4b8e-a6c1-6de1f3b7c902-000000@eu-west-1.amazonses.com>
Auto-Submitted: auto-generated
X-Sophos-Product-Type: Gateway
X-Sophos-Email-ID: 6f3c0b2e1a9d4c7b8e5f2a1d0c9b8a7e
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_sophos_4b1d9e77a2c8"

--=_sophos_4b1d9e77a2c8
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Wiadomo=C5=9B=C4=87 zosta=C5=82a zatrzymana

Twoja wiadomo=C5=9B=C4=87 do odbiorcy iod@hurtownia-kowalczyk.pl zosta=C5=
=82a zatrzymana przez system ochrony poczty Sophos Email i nie zosta=C5=82a=
 jeszcze dostarczona.

Od: privacy@shop.example.be
Do: iod@hurtownia-kowalczyk.pl
Temat: Odp: zg=C5=82oszenie nr PRV-2026-1169
Data: 2026-11-24 14:20 CET
Pow=C3=B3d: Wiadomo=C5=9B=C4=87 zawiera za=C5=82=C4=85cznik, kt=C3=B3rego n=
ie mo=C5=BCna przeskanowa=C4=87 (zaszyfrowane archiwum)

Administrator domeny hurtownia-kowalczyk.pl mo=C5=BCe zwolni=C4=87 wiadomo=
=C5=9B=C4=87 z kwarantanny. Nie musisz jej wysy=C5=82a=C4=87 ponownie.

Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie - prosimy na=
 ni=C4=85 nie odpowiada=C4=87.
Sophos Email | Sophos Central

--=_sophos_4b1d9e77a2c8
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><h3>Wiadomo=C5=9B=C4=87 zosta=C5=82a zatrzymana</h3><p>Twoja wi=
adomo=C5=9B=C4=87 do odbiorcy iod@hurtownia-kowalczyk.pl zosta=C5=82a zatrz=
ymana przez system ochrony poczty Sophos Email i nie zosta=C5=82a jeszcze d=
ostarczona.</p><p>Od: privacy@shop.example.be<br>
Do: iod@hurtownia-kowalczyk.pl<br>
Temat: Odp: zg=C5=82oszenie nr PRV-2026-1169<br>
Data: 2026-11-24 14:20 CET<br>
Pow=C3=B3d: Wiadomo=C5=9B=C4=87 zawiera za=C5=82=C4=85cznik, kt=C3=B3rego n=
ie mo=C5=BCna przeskanowa=C4=87 (zaszyfrowane archiwum)</p><p>Administrator=
 domeny hurtownia-kowalczyk.pl mo=C5=BCe zwolni=C4=87 wiadomo=C5=9B=C4=87 z=
 kwarantanny. Nie musisz jej wysy=C5=82a=C4=87 ponownie.</p><p>Ta wiadomo=
=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie - prosimy na ni=C4=85 =
nie odpowiada=C4=87.<br>
Sophos Email | Sophos Central<br>
</p></body></html>

--=_sophos_4b1d9e77a2c8--
'''),

    ('pl', 'urzad-autoreply-rodo', 'automated', (),
'''Return-Path: <kancelaria@zielonkidolne.pl>
Received: from poczta.zielonkidolne.pl (poczta.zielonkidolne.pl [91.227.40.18])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmG0cLn4Dz9sZ1
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 09:47:26 +0000 (UTC)
From: =?iso-8859-2?Q?Kancelaria_Urz=EAdu_Miasta?= <kancelaria@zielonkidolne.pl>
To: privacy@shop.example.be
Subject: =?iso-8859-2?Q?Potwierdzenie_otrzymania_wiadomo=B6ci?=
Date: Fri, 27 Nov 2026 10:47:24 +0100
Message-ID: <autoreply.1795859244.27811@poczta.zielonkidolne.pl>
Auto-Submitted: auto-replied
Precedence: bulk
X-Mailer: Sogo autoreply
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: quoted-printable

Szanowni Pa=F1stwo,

uprzejmie informujemy, =BFe wiadomo=B6=E6 wp=B3yn=EA=B3a na skrzynk=EA Kanc=
elarii Urz=EAdu Miasta Zielonki Dolne. Zosta=B3a przekazana do w=B3a=B6ciwe=
j kom=F3rki organizacyjnej.

Przypominamy, =BFe korespondencja przes=B3ana zwyk=B3=B1 poczt=B1 elektroni=
czn=B1 nie stanowi podania w rozumieniu Kodeksu post=EApowania administracy=
jnego. Wnioski i pisma urz=EAdowe prosimy sk=B3ada=E6 za po=B6rednictwem pl=
atformy ePUAP (skrytka: /UMZielonkiDolne/SkrytkaESP) lub osobi=B6cie w Biur=
ze Obs=B3ugi Mieszka=F1c=F3w.

KLAUZULA INFORMACYJNA
Zgodnie z art. 13 RODO informujemy, =BFe:
1) administratorem Pani/Pana danych osobowych jest Burmistrz Miasta Zielonk=
i Dolne, ul. Rynek 1, 00-000 Zielonki Dolne;
2) kontakt z Inspektorem Ochrony Danych: iod@zielonkidolne.pl;
3) dane przetwarzane s=B1 w celu udzielenia odpowiedzi na przes=B3an=B1 kor=
espondencj=EA (art. 6 ust. 1 lit. c i e RODO);
4) przys=B3uguje Pani/Panu prawo dost=EApu do danych, ich sprostowania, usu=
ni=EAcia lub ograniczenia przetwarzania, a tak=BFe prawo wniesienia skargi =
do Prezesa Urz=EAdu Ochrony Danych Osobowych.

Wiadomo=B6=E6 wygenerowana automatycznie, prosimy na ni=B1 nie odpowiada=E6.

Urz=B1d Miasta Zielonki Dolne
'''),

    ('cs', 'bank-noreply-autoreply', 'automated', (),
'''Return-Path: <neodpovidejte@moravskabanka.cz>
Received: from smtp-gw1.moravskabanka.cz (smtp-gw1.moravskabanka.cz [193.179.40.21])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmHs2bBq1z9sZx
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 15:03:17 +0000 (UTC)
From: =?UTF-8?B?TW9yYXZza8OhIGJhbmth?= <neodpovidejte@moravskabanka.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?B?QXV0b21hdGlja8OhIG9kcG92xJvEjzogVnLDoWNlbsOtIHBsYXRieSB6YSBvYmplZG7DoXZrdSBTSC03Nzk5MDI=?=
Date: Fri, 27 Nov 2026 16:03:15 +0100
Message-ID: <AR-5c8e1f0a-20261127160315@moravskabanka.cz>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

RG9icsO9IGRlbiwKCmTEm2t1amVtZSB6YSBWYcWhaSB6cHLDoXZ1LiBUYXRvIGUtbWFpbG92w6Eg
YWRyZXNhIHNsb3XFvsOtIHBvdXplIGsgb2Rlc8OtbMOhbsOtIGluZm9ybWFjw60gYSB6cHLDoXZ5
IG5hIG5pIHphc2xhbsOpIG5lenByYWNvdsOhdsOhbWUuCgpQb2t1ZCBwb3TFmWVidWpldGUgcG9y
YWRpdCwgb2JyYcWldGUgc2UgbmEgbsOhcyBwcm9zw61tOgrigKIgdiBpbnRlcm5ldG92w6ltIGJh
bmtvdm5pY3R2w60gTW9yYXZza8OhIGJhbmthIE9ubGluZSAoc2VrY2UgWnByw6F2eSkK4oCiIG5h
IGJlenBsYXRuw6kgbGluY2UgODAwIDAwMCAwMDAgKFBv4oCTUMOhIDjigJMyMCBoKQrigKIgb3Nv
Ym7EmyBuYSBrdGVyw6lrb2xpIHBvYm/EjWNlCgpVcG96b3JuxJtuw606IEJhbmthIFbDoXMgbmlr
ZHkgbmVidWRlIGUtbWFpbGVtIGFuaSB0ZWxlZm9uaWNreSDFvsOhZGF0IG8gemFkw6Fuw60gcMWZ
aWhsYcWhb3ZhY8OtY2ggw7pkYWrFrywgUElOIG5lYm8gYXV0b3JpemHEjW7DrWNoIGvDs2TFry4K
CkluZm9ybWFjZSBvIHpwcmFjb3bDoW7DrSBvc29ibsOtY2ggw7pkYWrFryBhIG8gVmHFoWljaCBw
csOhdmVjaCBuYWpkZXRlIG5hIHd3dy5tb3JhdnNrYWJhbmthLmN6L29jaHJhbmEtb3NvYm5pY2gt
dWRhanUuIFBvdsSbxZllbmNlIHBybyBvY2hyYW51IG9zb2Juw61jaCDDumRhasWvIG3Fr8W+ZXRl
IGtvbnRha3RvdmF0IG5hIGRwb0Btb3JhdnNrYWJhbmthLmN6LgoKUyBwb3pkcmF2ZW0KTW9yYXZz
a8OhIGJhbmthLCBhLnMuCgpUYXRvIHpwcsOhdmEgYnlsYSB2eWdlbmVyb3bDoW5hIGF1dG9tYXRp
Y2t5LiBQcm9zw61tZSwgbmVvZHBvdsOtZGVqdGUgbmEgbmkuCg==
'''),

    ('cs', 'postfix-delay-greylist', 'automated', (),
'''Return-Path: <>
Received: by mail.shop.example.be (Postfix)
	id 4QkQw3x1Kbz9sT0; Tue, 24 Nov 2026 18:31:05 +0100 (CET)
Date: Tue, 24 Nov 2026 18:31:05 +0100 (CET)
From: MAILER-DAEMON@mail.shop.example.be (=?UTF-8?Q?Syst=C3=A9m_doru=C4=8Dov=C3=A1n=C3=AD_po=C5=A1ty?=)
Subject: =?UTF-8?Q?Zpo=C5=BEd=C4=9Bn=C3=A9_doru=C4=8Den=C3=AD_=28zpr=C3=A1va_se_st?=
 =?UTF-8?Q?=C3=A1le_doru=C4=8Duje=29?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4QkQw3x1Kbz9sT0.1795541465/mail.shop.example.be"
Message-Id: <20261124173105.4QkQw3x1Kbz9sT0@mail.shop.example.be>

This is a MIME-encapsulated message.

--4QkQw3x1Kbz9sT0.1795541465/mail.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Toto je automatick=C3=A1 zpr=C3=A1va po=C5=A1tovn=C3=ADho serveru mail.shop=
.example.be.

##########################################################
# TOTO JE POUZE UPOZORN=C4=9AN=C3=8D. ZPR=C3=81VU NEN=C3=8D T=C5=98EBA ODES=
=C3=8DLAT ZNOVU. #
##########################################################

Va=C5=A1i zpr=C3=A1vu se zat=C3=ADm nepoda=C5=99ilo doru=C4=8Dit. Server p=
=C5=99=C3=ADjemce ji do=C4=8Dasn=C4=9B odm=C3=ADtl
(pravd=C4=9Bpodobn=C4=9B greylisting). Doru=C4=8Den=C3=AD se bude automatic=
ky opakovat
je=C5=A1t=C4=9B 4 dny.

<ochrana.udaju@stavebniny-novak.cz>: host mx.stavebniny-novak.cz[185.64.219=
.7]
    said: 450 4.7.1 <ochrana.udaju@stavebniny-novak.cz>: Recipient address
    rejected: Greylisted, see http://postgrey.schweikert.ch/help/stavebniny=
-novak.cz.html
    (in reply to RCPT TO command)

--4QkQw3x1Kbz9sT0.1795541465/mail.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.shop.example.be
X-Postfix-Queue-ID: 4QkQw3x1Kbz9sT0
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 24 Nov 2026 14:30:52 +0100 (CET)

Final-Recipient: rfc822; ochrana.udaju@stavebniny-novak.cz
Original-Recipient: rfc822;ochrana.udaju@stavebniny-novak.cz
Action: delayed
Status: 4.7.1
Remote-MTA: dns; mx.stavebniny-novak.cz
Diagnostic-Code: smtp; 450 4.7.1 <ochrana.udaju@stavebniny-novak.cz>: Recipient
    address rejected: Greylisted
Will-Retry-Until: Sat, 28 Nov 2026 14:30:52 +0100 (CET)

--4QkQw3x1Kbz9sT0.1795541465/mail.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Privacy <privacy@shop.example.be>
To: ochrana.udaju@stavebniny-novak.cz
Subject: =?UTF-8?Q?Va=C5=A1e_=C5=BE=C3=A1dost_o_v=C3=BDmaz_=C3=BAdaj=C5=AF?=
Date: Tue, 24 Nov 2026 14:30:51 +0100
Message-ID: <20261124133051.77a1.privacy@shop.example.be>

--4QkQw3x1Kbz9sT0.1795541465/mail.shop.example.be--
'''),

    ('hr', 'hospital-autoreply', 'automated', (),
'''Return-Path: <info@kbc-sjeverna.hr>
Received: from mail.kbc-sjeverna.hr (mail.kbc-sjeverna.hr [161.53.220.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QkJ6gPmD5z9sSk
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 12:48:58 +0000 (UTC)
From: KBC Sjeverna Hrvatska - Info <info@kbc-sjeverna.hr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatski odgovor: Narudzba SH-780316 - dostava
Thread-Topic: Narudzba SH-780316 - dostava
Date: Tue, 24 Nov 2026 12:48:56 +0000
Message-ID: <7e3a0cf19b2d4f61b8c2e5a9d0f4e133@EXCH01.kbc-sjeverna.local>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: info@kbc-sjeverna.hr
Content-Language: hr-HR
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1250"
Content-Transfer-Encoding: quoted-printable

Po=9Atovani,

zahvaljujemo na Va=9Aoj poruci. Ovo je automatski odgovor.

Poruke primljene na ovu adresu obra=F0uju se radnim danom od 8 do 15 sati. =
Odgovor =E6ete dobiti u najkra=E6em mogu=E6em roku, a najkasnije u roku od =
15 dana.

Molimo Vas da NE =9Aaljete medicinsku dokumentaciju ni druge osjetljive pod=
atke obi=E8nom e-po=9Atom. Zahtjeve za kopiju medicinske dokumentacije mo=
=9Eete predati osobno na Centralnom prijemu ili putem sustava e-Gra=F0ani.

Za hitna stanja obratite se Objedinjenom hitnom bolni=E8kom prijemu ili naz=
ovite 194.

Slu=9Ebenik za za=9Atitu osobnih podataka: szop@kbc-sjeverna.hr

S po=9Atovanjem,
Ured za odnose s javno=9A=E6u
KBC Sjeverna Hrvatska

Ova poruka i svi prilozi namijenjeni su isklju=E8ivo primatelju i mogu sadr=
=9Eavati povjerljive podatke. Ako ste poruku primili gre=9Akom, molimo obav=
ijestite po=9Ailjatelja i izbri=9Aite je.
'''),

    ('hr', 'dpo-ack-art15', 'automated', (),
'''Return-Path: <zastita.podataka@jadrantelekom.hr>
Received: from mta2.jadrantelekom.hr (mta2.jadrantelekom.hr [213.202.78.52])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmK1xTy9hz9sZq
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 16:25:33 +0000 (UTC)
From: =?UTF-8?Q?Za=C5=A1tita_osobnih_podataka?= <zastita.podataka@jadrantelekom.hr>
To: privacy@shop.example.be
Cc: ivana.peric@jadrantelekom.hr
Subject: =?UTF-8?Q?Potvrda_primitka_zahtjeva_ZOP-2026-3318_[FW:_upit_kupca]?=
Date: Fri, 27 Nov 2026 17:25:31 +0100
Message-ID: <sn.ZOP-2026-3318.ack@jadrantelekom.service-now.com>
X-ServiceNow-Generated: true
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_77120_208374521.1795883131422"

------=_Part_77120_208374521.1795883131422
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

potvr=C4=91ujemo primitak Va=C5=A1eg zahtjeva upu=C4=87enog slu=C5=BEbeniku=
 za za=C5=A1titu osobnih podataka dru=C5=A1tva Jadran Telekom d.d.

Zahtjev je zaprimljen pod brojem ZOP-2026-3318. Na zahtjeve za pristup osob=
nim podacima (=C4=8Dlanak 15. Op=C4=87e uredbe o za=C5=A1titi podataka) odg=
ovaramo bez nepotrebnog odga=C4=91anja, a najkasnije u roku od mjesec dana =
od zaprimanja. Ako bude potrebno, zatra=C5=BEit =C4=87emo dodatne podatke r=
adi utvr=C4=91ivanja Va=C5=A1eg identiteta.

Molimo Vas da u daljnjoj komunikaciji navedete broj zahtjeva. Na ovu poruku=
 nije potrebno odgovarati.

Lijep pozdrav,

Slu=C5=BEba za za=C5=A1titu osobnih podataka
Jadran Telekom d.d., Savska cesta 000, 10000 Zagreb

Poruka je automatski generirana.

------=_Part_77120_208374521.1795883131422
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div style=3D"font-family:Arial;font-size:10pt"><p=
>Po=C5=A1tovani,</p><p>potvr=C4=91ujemo primitak Va=C5=A1eg zahtjeva upu=C4=
=87enog slu=C5=BEbeniku za za=C5=A1titu osobnih podataka dru=C5=A1tva Jadra=
n Telekom d.d.</p><p>Zahtjev je zaprimljen pod brojem ZOP-2026-3318. Na zah=
tjeve za pristup osobnim podacima (=C4=8Dlanak 15. Op=C4=87e uredbe o za=C5=
=A1titi podataka) odgovaramo bez nepotrebnog odga=C4=91anja, a najkasnije u=
 roku od mjesec dana od zaprimanja. Ako bude potrebno, zatra=C5=BEit =C4=87=
emo dodatne podatke radi utvr=C4=91ivanja Va=C5=A1eg identiteta.</p><p>Moli=
mo Vas da u daljnjoj komunikaciji navedete broj zahtjeva. Na ovu poruku nij=
e potrebno odgovarati.</p><p>Lijep pozdrav,</p><p>Slu=C5=BEba za za=C5=A1ti=
tu osobnih podataka<br>Jadran Telekom d.d., Savska cesta 000, 10000 Zagreb<=
/p><p>Poruka je automatski generirana.<br></p></div><div style=3D"display:n=
one">Ref:MSG0483317_xK9wQ2bT</div></body></html>

------=_Part_77120_208374521.1795883131422--
'''),

    ('sv', 'kommun-autoreply', 'automated', (),
'''Return-Path: <kommun@kungsakra.se>
Received: from mailgw.kungsakra.se (mailgw.kungsakra.se [194.17.142.90])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmLpW1Xr0z9sZv
	for <privacy@shop.example.be>; Sat, 28 Nov 2026 07:58:12 +0000 (UTC)
From: =?iso-8859-1?Q?Kungs=E5kra_kommun?= <kommun@kungsakra.se>
To: privacy@shop.example.be
Subject: =?iso-8859-1?Q?Autosvar:_Ang=E5ende_best=E4llning?=
Date: Sat, 28 Nov 2026 08:58:10 +0100
Message-ID: <ae61b7c0d2f84e1a9c0b3f55d7a6e912@kungsakra.se>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej!

Tack f=F6r ditt mejl till Kungs=E5kra kommun. Det h=E4r =E4r ett automatisk=
t svar.

Ditt =E4rende har registrerats med diarienummer KS 2026/01942. Vi svarar no=
rmalt inom fem arbetsdagar.

Bra att veta:
E-post som skickas till kommunen blir i regel allm=E4n handling enligt offe=
ntlighetsprincipen och kan l=E4mnas ut till den som beg=E4r det, om inte se=
kretess g=E4ller. Skicka d=E4rf=F6r inte k=E4nsliga personuppgifter via e-p=
ost.

S=E5 behandlar vi dina personuppgifter: www.kungsakra.se/personuppgifter. K=
ommunens dataskyddsombud n=E5r du p=E5 dataskyddsombud@kungsakra.se.

Vid akuta =E4renden som r=F6r socialtj=E4nsten efter kontorstid, ring socia=
ljouren 0000-000 00.

Med v=E4nliga h=E4lsningar
Kontaktcenter
Kungs=E5kra kommun
'''),

    ('sv', 'exchange-ndr-dmarc-5509', 'automated', (),
'''Return-Path: <>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2118.outbound.protection.outlook.com [40.107.249.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmM3sQ7c9z9sZw
	for <privacy@shop.example.be>; Sat, 28 Nov 2026 10:11:02 +0000 (UTC)
From: <postmaster@nordgren-tradgard.se>
To: <privacy@shop.example.be>
Date: Sat, 28 Nov 2026 10:11:01 +0000
Subject: =?utf-8?B?T2xldmVyZXJiYXJ0OiBSZTogRXIgYmVzdMOkbGxuaW5nIG9jaCBlcmEgdXBwZ2lmdGVy?=
Content-Language: sv-SE
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
Message-ID: <9d3ef1a0-7c2b-4f1e-8a05-6b0e2c1d3f47@DB9P189MB1821.EURP189.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="c5b1f2d0-8e4a-4d6b-9f03-2a7e1c9b0d58"

--c5b1f2d0-8e4a-4d6b-9f03-2a7e1c9b0d58
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Det gick inte att leverera till f=C3=B6ljande mottagare eller grupper:

kundtjanst@nordgren-tradgard.se
Det gick inte att leverera meddelandet. Mottagarens e-postsystem har avvisa=
t det eftersom avs=C3=A4ndarens dom=C3=A4n inte klarade DMARC-kontrollen oc=
h dom=C3=A4nens princip =C3=A4r att avvisa s=C3=A5dana meddelanden.

S=C3=A5 h=C3=A4r =C3=A5tg=C3=A4rdar du problemet: Kontakta din e-postadmini=
strat=C3=B6r. Administrat=C3=B6ren kan beh=C3=B6va kontrollera SPF- och DKI=
M-inst=C3=A4llningarna f=C3=B6r dom=C3=A4nen shop.example.be.

Diagnostisk information f=C3=B6r administrat=C3=B6rer:

Genererande server: DB9P189MB1821.EURP189.PROD.OUTLOOK.COM

kundtjanst@nordgren-tradgard.se
Fj=C3=A4rrservern returnerade '550 5.7.509 Access denied, sending domain sh=
op.example.be does not pass DMARC verification and has a DMARC policy of re=
ject.'

--c5b1f2d0-8e4a-4d6b-9f03-2a7e1c9b0d58
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9P189MB1821.EURP189.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx2.shop.example.be
Arrival-Date: Sat, 28 Nov 2026 10:10:59 +0000

Final-Recipient: rfc822;kundtjanst@nordgren-tradgard.se
Action: failed
Status: 5.7.509
Diagnostic-Code: smtp;550 5.7.509 Access denied, sending domain shop.example.be does not pass DMARC verification and has a DMARC policy of reject.

--c5b1f2d0-8e4a-4d6b-9f03-2a7e1c9b0d58
Content-Type: text/rfc822-headers

From: Privacy Team <privacy@shop.example.be>
To: kundtjanst@nordgren-tradgard.se
Subject: =?utf-8?Q?Re:_Er_best=C3=A4llning_och_era_uppgifter?=
Date: Sat, 28 Nov 2026 11:10:58 +0100
Message-ID: <20261128101058.3c1d.privacy@shop.example.be>

--c5b1f2d0-8e4a-4d6b-9f03-2a7e1c9b0d58--
'''),

    ('ro', 'primarie-autoreply', 'automated', (),
'''Return-Path: <registratura@primariavalcele.ro>
Received: from mail.primariavalcele.ro (mail.primariavalcele.ro [89.36.111.204])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmCkT9nLrz9sWm
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 12:40:47 +0000 (UTC)
From: =?UTF-8?Q?Registratura_Prim=C4=83ria_V=C3=A2lcele?= <registratura@primariavalcele.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Confirmare_=C3=AEnregistrare_nr._48213_/_26.11.2026?=
Date: Thu, 26 Nov 2026 14:40:45 +0200
Message-ID: <reg.48213.20261126144045@primariavalcele.ro>
Auto-Submitted: auto-replied
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Stimat=C4=83 doamn=C4=83 / Stimate domn,

V=C4=83 confirm=C4=83m primirea mesajului dumneavoastr=C4=83 la Prim=C4=83r=
ia Municipiului V=C3=A2lcele. Acesta a fost =C3=AEnregistrat cu num=C4=83ru=
l 48213 din 26.11.2026 =C8=99i a fost repartizat compartimentului de specia=
litate.

Conform O.G. nr. 27/2002, termenul de solu=C8=9Bionare a peti=C8=9Biilor es=
te de 30 de zile de la data =C3=AEnregistr=C4=83rii.

V=C4=83 rug=C4=83m s=C4=83 re=C8=9Bine=C8=9Bi c=C4=83 documentele care nece=
sit=C4=83 semn=C4=83tur=C4=83 (cereri, declara=C8=9Bii fiscale, autoriza=C8=
=9Bii) se depun prin Ghi=C8=99eul Unic Online (https://ghiseu.primariavalce=
le.ro) sau la registratura prim=C4=83riei.

Informare privind prelucrarea datelor cu caracter personal: Prim=C4=83ria M=
unicipiului V=C3=A2lcele prelucreaz=C4=83 datele dumneavoastr=C4=83 =C3=AEn=
 conformitate cu Regulamentul (UE) 2016/679, exclusiv =C3=AEn scopul solu=
=C8=9Bion=C4=83rii peti=C8=9Biei. Responsabilul cu protec=C8=9Bia datelor p=
oate fi contactat la dpo@primariavalcele.ro.

Acesta este un mesaj generat automat. V=C4=83 rug=C4=83m nu r=C4=83spunde=
=C8=9Bi la acest e-mail.

Cu stim=C4=83,
Serviciul Rela=C8=9Bii cu Publicul
'''),

    ('ro', 'bank-dpo-ack-art15', 'automated', (),
'''Return-Path: <dpo@bcu.ro>
Received: from smtp-out1.bcu.ro (smtp-out1.bcu.ro [193.231.18.66])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmJ0vR2wHz9sZk
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 15:51:22 +0000 (UTC)
From: DPO BCU <dpo@bcu.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?B?Q29uZmlybWFyZSDDrm5yZWdpc3RyYXJlIHNvbGljaXRhcmUgRFBPLzIwMjYvMTEvMDU3Nw==?=
Date: Fri, 27 Nov 2026 17:51:20 +0200
Message-ID: <DPO-2026-11-0577.ack@crm.bcu.ro>
In-Reply-To: <VI1PR08MB5311E0C7A21B3F49D8E6B1A2C7F52@VI1PR08MB5311.eurprd08.prod.outlook.com>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

V=C4=83 mul=C8=9Bumim pentru mesajul transmis c=C4=83tre Responsabilul cu P=
rotec=C8=9Bia Datelor din cadrul Banca Carpatica Unit=C4=83 S.A.

Solicitarea dumneavoastr=C4=83 privind exercitarea dreptului de acces (art.=
 15 din Regulamentul (UE) 2016/679) a fost =C3=AEnregistrat=C4=83 cu num=C4=
=83rul DPO/2026/11/0577. Vom reveni cu un r=C4=83spuns =C3=AEn termen de ce=
l mult o lun=C4=83 de la primire. Acest termen poate fi prelungit cu dou=C4=
=83 luni, =C8=9Bin=C3=A2nd seama de complexitatea =C8=99i num=C4=83rul cere=
rilor, caz =C3=AEn care ve=C8=9Bi fi informat(=C4=83).

Pentru confirmarea identit=C4=83=C8=9Bii, este posibil s=C4=83 v=C4=83 soli=
cit=C4=83m informa=C8=9Bii suplimentare.

V=C4=83 rug=C4=83m s=C4=83 nu r=C4=83spunde=C8=9Bi la acest mesaj. Pentru o=
rice completare, v=C4=83 rug=C4=83m s=C4=83 men=C8=9Biona=C8=9Bi num=C4=83r=
ul de =C3=AEnregistrare.

Cu stim=C4=83,
Echipa DPO
Banca Carpatica Unit=C4=83 S.A.

--
Acest mesaj a fost generat automat.
'''),

    ('el', 'university-autoreply', 'automated', (),
'''Return-Path: <secretary@dit.uni-aigaiou.gr>
Received: from mx.uni-aigaiou.gr (mx.uni-aigaiou.gr [195.251.128.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QkN7dZ0fBz9sSz
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 14:09:33 +0000 (UTC)
From: =?UTF-8?B?zpPPgc6xzrzOvM6xz4TOtc6vzrEgzqTOoM6k?= <secretary@dit.uni-aigaiou.gr>
To: privacy@shop.example.be
Subject: =?UTF-8?B?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiBSZTogzqDOsc+BzrHOs86zzrXOu86vzrEgU0gtNzc5MTE0?=
Date: Tue, 24 Nov 2026 16:09:31 +0200
Message-ID: <1462290417.88213.1795529371@webmail.uni-aigaiou.gr>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4518 (zclient/9.0.0_GA_4518)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zpHOs86xz4DOt8+Ezq0vzq4gzrHPgM6/z4PPhM6/zrvOrc6xLAoKzqTOvyDOvM6uzr3Phc68zqwg
z4POsc+CIM+AzrHPgc6xzrvOrs+GzrjOt866zrUgzrHPgM+MIM+EzrcgzpPPgc6xzrzOvM6xz4TO
tc6vzrEgz4TOv8+FIM6kzrzOrs68zrHPhM6/z4IgzqDOu863z4HOv8+Gzr/Pgc65zrrOrs+CIM66
zrHOuSDOpM63zrvOtc+AzrnOus6/zrnOvc+Jzr3Ouc+Ozr0uIM6gz4HPjM66zrXOuc+EzrHOuSDO
s865zrEgzrHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863LgoKzpvPjM6zz4kgz4TOv8+F
IM68zrXOs86szrvOv8+FIM+MzrPOus6/z4UgzrHOuc+EzrfOvM6sz4TPic69IM66zrHPhM6sIM+E
zrfOvSDPgM61z4HOr86/zrTOvyDPhM+Jzr0gzrXOs86zz4HOsc+Gz47OvSwgzr8gz4fPgc+Mzr3O
v8+CIM6xz4DOrM69z4TOt8+DzrfPgiDOtc69zrTOrc+HzrXPhM6xzrkgzr3OsSDOtc6vzr3Osc65
IM68zrXOs86xzrvPjc+EzrXPgc6/z4IgzrHPgM+MIM+Ezr/OvSDPg8+Fzr3Ors64zrcuIM6TzrnO
sSDOuM6tzrzOsc+EzrEgz4DOuc+Dz4TOv8+Azr/Ouc63z4TOuc66z47OvSwgzrLOtc6yzrHOuc+O
z4POtc+Jzr0gz4PPgM6/z4XOtM+Ozr0gzrrOsc65IM6xzr3Osc67z4XPhM65zrrPjs69IM6yzrHO
uM68zr/Ou86/zrPOuc+Ozr0gz4DOsc+BzrHOus6xzrvOv8+NzrzOtSDOvc6xIM+Hz4HOt8+DzrnO
vM6/z4DOv865zrXOr8+EzrUgz4TOt869IM63zrvOtc66z4TPgc6/zr3Ouc66zq4gz4XPgM63z4HO
tc+Dzq/OsSDOsc65z4TOrs+DzrXPic69IChodHRwczovL3N0dWRlbnRzLnVuaS1haWdhaW91Lmdy
L2FpdGlzZWlzKS4KCs6pz4HOrM+BzrnOvyDOtc6+z4XPgM63z4HOrc+EzrfPg863z4IgzrrOv865
zr3Ov8+NOiDOpM+Bzq/PhM63IM66zrHOuSDOoM6tzrzPgM+EzrcsIDExOjAwLTEzOjAwLgoKzpPO
uc6xIM6xzrnPhM6uzrzOsc+EzrEgz4DOv8+FIM6xz4bOv8+Bzr/Pjc69IM+EzrfOvSDPgM+Bzr/P
g8+EzrHPg86vzrEgz4DPgc6/z4PPic+AzrnOus+Ozr0gzrTOtc60zr/OvM6tzr3Pic69ICjOk86a
zqDOlCksIM6xz4DOtc+FzrjPhc69zrjOtc6vz4TOtSDPg8+Ezr/OvSDOpc+AzrXPjc64z4XOvc6/
IM6gz4HOv8+Dz4TOsc+Dzq/Osc+CIM6UzrXOtM6/zrzOrc69z4nOvSDPhM6/z4UgzpnOtM+Bz43O
vM6xz4TOv8+COiBkcG9AdW5pLWFpZ2Fpb3UuZ3IuCgrOnM61IM61zrrPhM6vzrzOt8+DzrcsCs6X
IM6Tz4HOsc68zrzOsc+EzrXOr86xCgotLS0KVGhpcyBpcyBhbiBhdXRvbWF0aWMgcmVwbHkuIFRo
ZSBTZWNyZXRhcmlhdCBoYXMgcmVjZWl2ZWQgeW91ciBtZXNzYWdlLiBQbGVhc2UgZG8gbm90IHJl
cGx5IHRvIHRoaXMgZS1tYWlsLgo=
'''),

    ('el', 'barracuda-quarantine', 'automated', (),
'''Return-Path: <>
Received: from d2142.ess.barracudanetworks.com (d2142.ess.barracudanetworks.com [209.222.82.142])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmCb3GjKsz9sWj
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 11:17:29 +0000 (UTC)
From: Barracuda Email Security Service <bounce@ess.barracudanetworks.com>
To: privacy@shop.example.be
Subject: =?UTF-8?B?zqTOvyDOvM6uzr3Phc68zqwgz4POsc+CIM+Ezq3OuM63zrrOtSDPg861IM66zrHPgc6xzr3PhM6vzr3OsQ==?=
Date: Thu, 26 Nov 2026 11:17:27 +0000
Message-ID: <ess-notify-1795691847-55c0e1a2@ess.barracudanetworks.com>
Auto-Submitted: auto-generated
X-Barracuda-Connect: mail.aegeanfoods.gr[62.103.41.9]
X-Barracuda-Spam-Score: 0.00
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

zpXOuc60zr/PgM6/zq/Ot8+DzrcgQmFycmFjdWRhIEVtYWlsIFNlY3VyaXR5CgrOpM6/IM68zq7O
vc+FzrzOsSDPgM6/z4Ugz4PPhM61zq/Ou86xz4TOtSDPhM6tzrjOt866zrUgz4POtSDOus6xz4HO
sc69z4TOr869zrEgzrHPgM+MIM+Ezr8gz4PPjc+Dz4TOt868zrEgzrHPg8+GzrHOu861zq/Osc+C
IM63zrvOtc66z4TPgc6/zr3Ouc66zr/PjSDPhM6xz4fPhc60z4HOv868zrXOr86/z4Ugz4TOv8+F
IM+AzrHPgc6xzrvOrs+Az4TOtyDOus6xzrkgzrTOtc69IM6tz4fOtc65IM+AzrHPgc6xzrTOv864
zrXOryDOsc66z4zOvM63LgoKzpHPgM6/z4PPhM6/zrvOrc6xz4I6IHByaXZhY3lAc2hvcC5leGFt
cGxlLmJlCs6gzrHPgc6xzrvOrs+Az4TOt8+COiBnZHByQGFlZ2VhbmZvb2RzLmdyCs6Yzq3OvM6x
OiDOkc+AzqzOvc+EzrfPg863IM+Dz4TOvyDOsc6vz4TOt868zqwgz4POsc+CIC0gzrHPgS4gUFJW
LTIwMjYtMTIwMQrOl868zrXPgc6/zrzOt869zq/OsTogMjYvMTEvMjAyNiAxMzoxNwrOkc65z4TO
r86xOiDOoM6/zrvOuc+EzrnOus6uIM+AzrXPgc65zrXPh86/zrzOrc69zr/PhSAtIM+Dz4XOvc63
zrzOvM6tzr3OvyDOsc+Bz4fOtc6vzr8gzrzOtSDOvM6xzrrPgc6/zrXOvc+Ezr/Ou86tz4IKCs6U
zrXOvSDPh8+BzrXOuc6szrbOtc+EzrHOuSDOvc6xIM+Dz4TOtc6vzrvOtc+EzrUgzr7Osc69zqwg
z4TOvyDOvM6uzr3Phc68zrEuIM6fIM60zrnOsc+HzrXOuc+BzrnPg8+Ezq7PgiDPhM6/z4Ugz4DO
sc+BzrHOu86uz4DPhM63IM68z4DOv8+BzrXOryDOvc6xIM+Ezr8gzrHPgM6/zrTOtc+DzrzOtc+N
z4POtc65LgoKzpHPhc+Ez4wgzrXOr869zrHOuSDOrc69zrEgzrHPhc+Ezr/OvM6xz4TOv8+Azr/O
uc63zrzOrc69zr8gzrzOrs69z4XOvM6xLiDOoM6xz4HOsc66zrHOu86/z43OvM61IM68zrfOvSDO
sc+AzrHOvc+EzqzPhM61Lgo=
'''),

    ('bg', 'tax-agency-autoreply', 'automated', (),
'''Return-Path: <infocenter@nra.bg>
Received: from mail.nra.bg (mail.nra.bg [212.122.175.98])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmG7vYtJZz9sZ3
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 10:22:09 +0000 (UTC)
From: =?windows-1251?B?yO307vDs4Pbo7u3l7SD25e3y+vAgzcDP?= <infocenter@nra.bg>
To: privacy@shop.example.be
Subject: =?windows-1251?B?wOLy7uzg8uj35e0g7vLj7uLu8Dog1ODq8vPw4CDq+uwg7+7w+vfq4CBTSC03ODA5NTU=?=
Date: Fri, 27 Nov 2026 12:22:07 +0200
Message-ID: <5f1ea09c3b7d4e20a6c1d8e2f0b9a713@EXMBX02.nra.local>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: bg-BG
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: quoted-printable

=D3=E2=E0=E6=E0=E5=EC=E8 =E3=EE=F1=EF=EE=E6=E8 =E8 =E3=EE=F1=EF=EE=E4=E0,

=C2=E0=F8=E5=F2=EE =F1=FA=EE=E1=F9=E5=ED=E8=E5 =E5 =EF=EE=EB=F3=F7=E5=ED=EE=
 =E2 =CD=E0=F6=E8=EE=ED=E0=EB=ED=E0=F2=E0 =E0=E3=E5=ED=F6=E8=FF =E7=E0 =EF=
=F0=E8=F5=EE=E4=E8=F2=E5. =D2=EE=E2=E0 =E5 =E0=E2=F2=EE=EC=E0=F2=E8=F7=ED=
=EE =E3=E5=ED=E5=F0=E8=F0=E0=ED =EE=F2=E3=EE=E2=EE=F0.

=CC=EE=EB=FF, =E8=EC=E0=E9=F2=E5 =EF=F0=E5=E4=E2=E8=E4, =F7=E5 =E5=EB=E5=EA=
=F2=F0=EE=ED=ED=E8=F2=E5 =EF=E8=F1=EC=E0, =E8=E7=EF=F0=E0=F2=E5=ED=E8 =ED=
=E0 =F2=EE=E7=E8 =E0=E4=F0=E5=F1, =ED=E5 =F1=E5 =F0=E5=E3=E8=F1=F2=F0=E8=F0=
=E0=F2 =EA=E0=F2=EE =EE=F4=E8=F6=E8=E0=EB=ED=E8 =E4=EE=EA=F3=EC=E5=ED=F2=E8=
. =C7=E0 =EF=EE=E4=E0=E2=E0=ED=E5 =ED=E0 =E4=E5=EA=EB=E0=F0=E0=F6=E8=E8, =
=E8=F1=EA=E0=ED=E8=FF =E8 =E6=E0=EB=E1=E8 =E8=E7=EF=EE=EB=E7=E2=E0=E9=F2=E5=
 =EF=EE=F0=F2=E0=EB=E0 =E7=E0 =E5=EB=E5=EA=F2=F0=EE=ED=ED=E8 =F3=F1=EB=F3=
=E3=E8 =ED=E0 =CD=C0=CF =F1 =EA=E2=E0=EB=E8=F4=E8=F6=E8=F0=E0=ED =E5=EB=E5=
=EA=F2=F0=EE=ED=E5=ED =EF=EE=E4=EF=E8=F1 =E8=EB=E8 =CF=C8=CA.

=C8=ED=F4=EE=F0=EC=E0=F6=E8=EE=ED=E5=ED =F6=E5=ED=F2=FA=F0 =ED=E0 =CD=C0=CF=
: 0700 18 700 (=ED=E0 =F6=E5=ED=E0=F2=E0 =ED=E0 =E3=F0=E0=E4=F1=EA=E8 =F0=
=E0=E7=E3=EE=E2=EE=F0), =E2 =F0=E0=E1=EE=F2=ED=E8 =E4=ED=E8 =EE=F2 9:00 =E4=
=EE 17:30 =F7.

=C8=ED=F4=EE=F0=EC=E0=F6=E8=FF =E7=E0 =EE=E1=F0=E0=E1=EE=F2=E2=E0=ED=E5=F2=
=EE =ED=E0 =EB=E8=F7=ED=E8 =E4=E0=ED=ED=E8 =E2 =CD=C0=CF =E5 =EF=F3=E1=EB=
=E8=EA=F3=E2=E0=ED=E0 =ED=E0 www.nap.bg, =F0=E0=E7=E4=E5=EB =84=C7=E0=F9=E8=
=F2=E0 =ED=E0 =EB=E8=F7=ED=E8=F2=E5 =E4=E0=ED=ED=E8=93. =C4=EB=FA=E6=ED=EE=
=F1=F2=ED=EE=F2=EE =EB=E8=F6=E5 =EF=EE =E7=E0=F9=E8=F2=E0 =ED=E0 =E4=E0=ED=
=ED=E8=F2=E5 =EC=EE=E6=E5 =E4=E0 =E1=FA=E4=E5 =EF=EE=F2=FA=F0=F1=E5=ED=EE =
=ED=E0 dpo@nra.bg.

=CC=EE=EB=FF, =ED=E5 =EE=F2=E3=EE=E2=E0=F0=FF=E9=F2=E5 =ED=E0 =F2=EE=E2=E0 =
=F1=FA=EE=E1=F9=E5=ED=E8=E5.
'''),

    ('bg', 'bank-gateway-dsn-571', 'automated', (),
'''Return-Path: <>
Received: from smtp-gw.pdbank.bg (smtp-gw.pdbank.bg [194.141.12.34])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmH1qGvN8z9sZb
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 13:30:55 +0000 (UTC)
From: "Mail Delivery Subsystem" <MAILER-DAEMON@smtp-gw.pdbank.bg>
To: <privacy@shop.example.be>
Subject: =?UTF-8?B?0J3QtdC00L7RgdGC0LDQstC10L3QviDRgdGK0L7QsdGJ0LXQvdC40LU6INCe0YLQs9C+0LLQvtGAINC/0L4g0JLQsNGI0LXRgtC+INC30LDQv9C40YLQstCw0L3QtQ==?=
Date: Fri, 27 Nov 2026 15:30:53 +0200
Message-ID: <DSN.20261127133053.71c4@smtp-gw.pdbank.bg>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN_pdb_20261127133053_71c4"

--DSN_pdb_20261127133053_71c4
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=D0=A2=D0=BE=D0=B2=D0=B0 =D0=B5 =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=
=D0=B8=D1=87=D0=BD=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5 =D0=BE=D1=82 =D0=BF=D0=BE=D1=89=D0=B5=D0=BD=D1=81=D0=BA=D0=B8=D1=8F =
=D1=81=D1=8A=D1=80=D0=B2=D1=8A=D1=80 =D0=BD=D0=B0 =D0=9F=D1=8A=D1=80=D0=B2=
=D0=B0 =D0=94=D1=83=D0=BD=D0=B0=D0=B2=D1=81=D0=BA=D0=B0 =D0=91=D0=B0=D0=BD=
=D0=BA=D0=B0 =D0=90=D0=94.

=D0=92=D0=B0=D1=88=D0=B5=D1=82=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=
=D0=BD=D0=B8=D0=B5 =D0=9D=D0=95 =D0=95 =D0=94=D0=9E=D0=A1=D0=A2=D0=90=D0=92=
=D0=95=D0=9D=D0=9E =D0=B4=D0=BE =D1=81=D0=BB=D0=B5=D0=B4=D0=BD=D0=B8=D1=82=
=D0=B5 =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB=D0=B8:

    zashtita.danni@pdbank.bg

=D0=9F=D1=80=D0=B8=D1=87=D0=B8=D0=BD=D0=B0: =D1=81=D1=8A=D0=BE=D0=B1=D1=89=
=D0=B5=D0=BD=D0=B8=D0=B5=D1=82=D0=BE =D0=B5 =D0=BE=D1=82=D1=85=D0=B2=D1=8A=
=D1=80=D0=BB=D0=B5=D0=BD=D0=BE =D0=BE=D1=82 =D0=BF=D0=BE=D0=BB=D0=B8=D1=82=
=D0=B8=D0=BA=D0=B0=D1=82=D0=B0 =D0=B7=D0=B0 =D1=81=D0=B8=D0=B3=D1=83=D1=80=
=D0=BD=D0=BE=D1=81=D1=82
(=D0=B8=D0=B7=D0=BF=D1=8A=D0=BB=D0=BD=D0=B8=D0=BC =D0=B8=D0=BB=D0=B8 =D1=81=
=D0=BA=D1=80=D0=B8=D0=BF=D1=82=D0=BE=D0=B2 =D1=84=D0=B0=D0=B9=D0=BB =D0=B2 =
=D0=BF=D1=80=D0=B8=D0=BA=D0=B0=D1=87=D0=B5=D0=BD=D0=B8=D1=82=D0=B5 =D1=84=
=D0=B0=D0=B9=D0=BB=D0=BE=D0=B2=D0=B5).

=D0=90=D0=BA=D0=BE =D1=81=D0=BC=D1=8F=D1=82=D0=B0=D1=82=D0=B5, =D1=87=D0=B5=
 =D1=82=D0=BE=D0=B2=D0=B0 =D0=B5 =D0=B3=D1=80=D0=B5=D1=88=D0=BA=D0=B0, =D1=
=81=D0=B2=D1=8A=D1=80=D0=B6=D0=B5=D1=82=D0=B5 =D1=81=D0=B5 =D1=81 =D0=BF=D0=
=BE=D0=BB=D1=83=D1=87=D0=B0=D1=82=D0=B5=D0=BB=D1=8F =D0=BF=D0=BE =D0=B4=D1=
=80=D1=83=D0=B3 =D0=BD=D0=B0=D1=87=D0=B8=D0=BD.
=D0=9D=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=D1=80=D1=8F=D0=B9=D1=82=
=D0=B5 =D0=BD=D0=B0 =D1=82=D0=BE=D0=B2=D0=B0 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=
=D0=B5=D0=BD=D0=B8=D0=B5.

---------------------------------------------------------------
This is an automatically generated Delivery Status Notification.
Delivery to the following recipients failed permanently:
    zashtita.danni@pdbank.bg
    550 5.7.1 Message rejected due to security policy

--DSN_pdb_20261127133053_71c4
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-gw.pdbank.bg
Arrival-Date: Fri, 27 Nov 2026 15:30:51 +0200

Final-Recipient: rfc822; zashtita.danni@pdbank.bg
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message rejected due to security policy

--DSN_pdb_20261127133053_71c4
Content-Type: text/rfc822-headers

From: Privacy <privacy@shop.example.be>
To: zashtita.danni@pdbank.bg
Subject: =?UTF-8?B?0J7RgtCz0L7QstC+0YAg0L/QviDQktCw0YjQtdGC0L4g0LfQsNC/0LjRgtCy0LDQvdC1?=
Date: Fri, 27 Nov 2026 14:30:50 +0100
Message-ID: <20261127133050.9b0e.privacy@shop.example.be>

--DSN_pdb_20261127133053_71c4--
'''),

    ('de', 'person-in-encryption-wrapper', 'access', (),
'''Return-Path: <kerstin.braeuer@stadtwerke-lindenau.de>
Received: from securemail.stadtwerke-lindenau.de (securemail.stadtwerke-lindenau.de [91.198.76.20])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmKw2fPp3z9sZt
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 11:34:48 +0000 (UTC)
From: =?iso-8859-1?Q?Br=E4uer=2C_Kerstin?= <kerstin.braeuer@stadtwerke-lindenau.de>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: [SecureMail] meine Daten bei Ihnen
Thread-Topic: meine Daten bei Ihnen
Thread-Index: AdtBc0x2k7pQ3vNBT6q1c3tL0Yd1ZA==
Date: Fri, 27 Nov 2026 11:34:41 +0000
Message-ID: <4b7a9e21c05f4d3e8a1f77d0c2b6e514@SWL-EXMBX01.swl.local>
Accept-Language: de-DE, en-US
Content-Language: de-DE
X-MS-Has-Attach:
X-totemo-Policy: tls-fallback
X-totemo-Signed: yes
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

*******************************************************************
Diese Nachricht wurde vom E-Mail-Verschl=FCsselungsgateway der Stadtwerke L=
indenau GmbH verarbeitet. F=FCr den Empf=E4nger ist kein Zertifikat hinterl=
egt. Die Nachricht wurde daher unverschl=FCsselt =FCber eine TLS-gesicherte=
 Verbindung zugestellt.
M=F6chten Sie k=FCnftig verschl=FCsselte Nachrichten erhalten? Registrieren=
 Sie sich unter https://securemail.stadtwerke-lindenau.de
*******************************************************************

Hallo,

ich schreibe Ihnen von der Arbeit aus, weil ich an mein privates Postfach g=
erade nicht rankomme. Ich bin seit ca. 2019 Kundin bei Ihnen (Kundenkarte, =
fr=FCher auch mal den Newsletter).

Ich h=E4tte gern eine =DCbersicht, was Sie eigentlich alles =FCber mich ges=
peichert haben: Adressen, Bestellungen, was =FCber die Kundenkarte so gesam=
melt wird, und ob meine Daten an irgendwelche Partnerfirmen gegangen sind u=
nd an welche. Eine Kopie als PDF reicht mir v=F6llig.

Zur Zuordnung: Kerstin Br=E4uer, Am M=FChlgraben 7, 04435 Schkeuditz, Kunde=
nkarte endet auf ...2218. Antwort bitte an meine private Adresse k.braeuer7=
8@web.de, nicht hierher.

Danke und viele Gr=FC=DFe
Kerstin Br=E4uer

--
Kerstin Br=E4uer
Kundenabrechnung / Forderungsmanagement
Stadtwerke Lindenau GmbH | Karl-Heine-Str. 000 | 04229 Leipzig
Tel. +49 341 000 0000

Stadtwerke Lindenau GmbH, Sitz Leipzig, Amtsgericht Leipzig HRB 00000
Gesch=E4ftsf=FChrung: Dipl.-Ing. Frank Ostermann | Aufsichtsratsvorsitzende=
: Birgit Hahn

*******************************************************************
Vertraulichkeitshinweis: Antworten auf diese Nachricht werden nur =FCber da=
s SecureMail-Portal verschl=FCsselt =FCbertragen. Diese Nachricht wurde dur=
ch das Totemo-Gateway der Stadtwerke Lindenau GmbH signiert.
*******************************************************************
'''),

    ('nl', 'person-pasted-quarantine', 'deletion', (),
'''Return-Path: <lotte.verstraete@debruyne-verzekeringen.be>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2071.outbound.protection.outlook.com [40.107.103.71])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmCqS1wZfz9sWp
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 09:40:16 +0000 (UTC)
From: Lotte Verstraete <lotte.verstraete@debruyne-verzekeringen.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: account afsluiten
Thread-Topic: account afsluiten
Date: Thu, 26 Nov 2026 09:40:13 +0000
Message-ID: <DB9PR10MB6071B2C44E1A6F8E93C0D7A1C3F52@DB9PR10MB6071.EURPRD10.PROD.OUTLOOK.COM>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_DB9PR10MB6071B2C44E1A6F8E93C0D7A1C3F52DB9PR10MB6071EURP_"

--_000_DB9PR10MB6071B2C44E1A6F8E93C0D7A1C3F52DB9PR10MB6071EURP_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Microsoft Defender for Office 365
Berichten in quarantaine

Er is 1 bericht aan u geleverd dat in quarantaine is geplaatst.
Afzender: privacy@shop.example.be
Onderwerp: Bevestig uw aanvraag
Ontvangen: 26-11-2026 09:02
Reden: Hoge betrouwbaarheid phishing
Vrijgeven | Bekijken | Blokkeren afzender

----

Dag,

Dat hierboven kreeg ik van onze IT. Jullie mail om mijn aanvraag te bevesti=
gen staat hier in quarantaine als "phishing" en ik kan die niet vrijgeven, =
daar moet een admin aan te pas komen en dat duurt weken bij ons.
Dus ik stuur het gewoon nog eens, nu vanaf mijn werk: ik wil mijn klantenac=
count bij jullie laten afsluiten en al mijn gegevens mogen weg. Het account=
 staat op lotte.verstraete@telenet.be (klantenkaart ook op die naam).

Bevestigen mag naar dit adres, dat komt wel aan.

Groetjes
Lotte Verstraete

Lotte Verstraete | Administratief medewerker
Verzekeringskantoor De Bruyne & Co bv
Kortrijksesteenweg 000, 9000 Gent

--_000_DB9PR10MB6071B2C44E1A6F8E93C0D7A1C3F52DB9PR10MB6071EURP_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head><body><div style=3D"font-family:Aptos,Calibri,sans-seri=
f;font-size:11pt">Microsoft Defender for Office 365<br>
Berichten in quarantaine<br>
<br>
Er is 1 bericht aan u geleverd dat in quarantaine is geplaatst.<br>
Afzender: privacy@shop.example.be<br>
Onderwerp: Bevestig uw aanvraag<br>
Ontvangen: 26-11-2026 09:02<br>
Reden: Hoge betrouwbaarheid phishing<br>
Vrijgeven | Bekijken | Blokkeren afzender<br>
<br>
----<br>
<br>
Dag,<br>
<br>
Dat hierboven kreeg ik van onze IT. Jullie mail om mijn aanvraag te bevesti=
gen staat hier in quarantaine als "phishing" en ik kan die niet vrijgeven, =
daar moet een admin aan te pas komen en dat duurt weken bij ons.<br>
Dus ik stuur het gewoon nog eens, nu vanaf mijn werk: ik wil mijn klantenac=
count bij jullie laten afsluiten en al mijn gegevens mogen weg. Het account=
 staat op lotte.verstraete@telenet.be (klantenkaart ook op die naam).<br>
<br>
Bevestigen mag naar dit adres, dat komt wel aan.<br>
<br>
Groetjes<br>
Lotte Verstraete<br>
<br>
Lotte Verstraete | Administratief medewerker<br>
Verzekeringskantoor De Bruyne & Co bv<br>
Kortrijksesteenweg 000, 9000 Gent<br>
</div></body></html>

--_000_DB9PR10MB6071B2C44E1A6F8E93C0D7A1C3F52DB9PR10MB6071EURP_--
'''),

    ('it', 'person-university-disclaimer', 'correction', (),
'''Return-Path: <giorgio.dellacqua@unicastelvetro.it>
Received: from mx01.unicastelvetro.it (mx01.unicastelvetro.it [151.97.12.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmLb7Rk8Mz9sZn
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 19:02:40 +0000 (UTC)
From: Giorgio Dell'Acqua <giorgio.dellacqua@unicastelvetro.it>
To: privacy@shop.example.be
Subject: cognome sbagliato + indirizzo vecchio
Date: Fri, 27 Nov 2026 20:02:37 +0100
Message-ID: <CAJ3r8vN0qk2Bq7x+aZ9LmWc1t_fK0o4PqJd8=vT6hE3b1yR2Ug@mail.gmail.com>
User-Agent: Mozilla Thunderbird
Content-Language: it
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Buongiorno,

nel mio account sul vostro sito il cognome compare come "Dellacqua", tutto attaccato, mentre è Dell'Acqua con l'apostrofo. Sembra una sciocchezza ma le fatture mi servono intestate correttamente per la rendicontazione.

Già che ci sono: anche l'indirizzo di spedizione è ancora quello vecchio (Via Roma 12). Quello giusto è

Via dei Mille 14
43121 Parma (PR)

Potete sistemare entrambe le cose? L'account è registrato con questa stessa e-mail.

Grazie mille,
Giorgio Dell'Acqua

--
Prof. Giorgio Dell'Acqua
Dipartimento di Scienze Chimiche, della Vita e della Sostenibilità Ambientale
Università degli Studi di Castelvetro
Parco Area delle Scienze 000/A - 43124 Parma
tel. +39 0521 000000

Le informazioni contenute in questo messaggio di posta elettronica e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato. Qualora il messaggio Le fosse pervenuto per errore, La invitiamo a darne immediata comunicazione al mittente e a cancellarlo dal Suo sistema; è vietato qualsiasi utilizzo, divulgazione o copia non autorizzati. L'Università degli Studi di Castelvetro tratta i dati personali nel rispetto del Regolamento (UE) 2016/679 (GDPR) e del D.Lgs. 196/2003 e s.m.i.; l'informativa è disponibile all'indirizzo https://www.unicastelvetro.it/privacy. Per l'esercizio dei diritti di cui agli artt. 15-22 del GDPR è possibile rivolgersi al Responsabile della Protezione dei Dati (rpd@unicastelvetro.it).

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Any unauthorised use, disclosure or copying is prohibited.

Prima di stampare, pensa all'ambiente.
'''),

    ('en', 'person-bank-disclaimer', 'objection', (),
'''Return-Path: <sarah.whitfield@kestrelbank.co.uk>
Received: from mx0a-00191f01.pphosted.com (mx0a-00191f01.pphosted.com [148.163.150.21])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmA0d3TzXz9sTq
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 12:58:03 +0000 (UTC)
From: "Whitfield, Sarah (Retail Credit Risk)" <sarah.whitfield@kestrelbank.co.uk>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: ads on instagram
Thread-Topic: ads on instagram
Date: Wed, 25 Nov 2026 12:57:58 +0000
Message-ID: <LO4P265MB6412D0E1A9B7C45F2E83A06B9DF42@LO4P265MB6412.GBRP265.PROD.OUTLOOK.COM>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-Proofpoint-ORIG-GUID: r2Kq8bW1c0-ZfVn3YpTgE4hUo9J6xDsA
X-Proofpoint-Spam-Details: rule=outbound_notspam policy=outbound score=0
msip_labels: MSIP_Label_4c1e_Enabled=true; MSIP_Label_4c1e_Name=Internal
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Hi,

Writing from my work account as it's the only one I've got open, sorry.

For the last few weeks I've been getting Instagram and Facebook ads for you=
r stuff that are obviously built from what I bought from you -- literally t=
he same planter I ordered in October, over and over. I'd rather my purchase=
 history wasn't used like that. I object to you profiling me for advertisin=
g and to sending my details to Meta (or anyone else) for ad matching. Pleas=
e stop doing both.

Order confirmations, delivery updates etc are fine, that's not the issue.

My account is under sarahw.home@gmail.com.

Thanks,
Sarah Whitfield

Sarah Whitfield | Senior Analyst, Retail Credit Risk
Kestrel Bank plc | 1 Canal Wharf, Leeds LS11 5XX
T: +44 (0)113 000 0000

________________________________
Kestrel Bank plc is authorised by the Prudential Regulation Authority and r=
egulated by the Financial Conduct Authority and the Prudential Regulation A=
uthority (Financial Services Register number 000000). Registered in England=
 and Wales, company number 00000000. Registered office: 1 Canal Wharf, Leed=
s LS11 5XX.

This e-mail (including any attachments) is confidential and may be privileg=
ed. It is intended only for the named recipient(s). If you are not the inte=
nded recipient, you must not read, copy, distribute or act on it; please no=
tify the sender immediately and delete it from your system. Kestrel Bank pl=
c monitors and records e-mail for security, compliance and training purpose=
s. We process personal data in accordance with our Privacy Notice, availabl=
e at kestrelbank.co.uk/privacy. E-mail is not a secure method of communicat=
ion and Kestrel Bank plc accepts no liability for any loss or damage arisin=
g from its use. Kestrel Bank will never ask you to disclose your passwords =
or security details by e-mail.

Classification: INTERNAL
'''),

    ('es', 'person-hospital-reminder', 'complaint', ('access', 'objection'),
'''Return-Path: <lbeltran@hgsanrafael.es>
Received: from correo.hgsanrafael.es (correo.hgsanrafael.es [195.77.220.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmE8yM5vKz9sYh
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 14:47:21 +0000 (UTC)
From: =?iso-8859-1?Q?Beltr=E1n_Ortega=2C_Luc=EDa?= <lbeltran@hgsanrafael.es>
To: privacy@shop.example.be
Subject: SEGUNDA VEZ - mis datos
Date: Fri, 27 Nov 2026 15:47:18 +0100
Message-ID: <002101dd40a7$9c3e1b20$d4ba5160$@hgsanrafael.es>
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdtA0pYk2mZ9o4RbQ7i1qv0B3xk5Bw==
Content-Language: es
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Buenas tardes:

El 14 de octubre les escrib=ED desde mi correo personal preguntando qu=E9 d=
atos m=EDos tienen y de d=F3nde los han sacado, porque me llega a casa publ=
icidad suya en papel y yo nunca les he comprado nada. Ha pasado m=E1s de un=
 mes y no he recibido nada, ni siquiera un acuse de recibo.

Les vuelvo a pedir lo mismo: qu=E9 datos tienen sobre m=ED, de d=F3nde sale=
n y a qui=E9n se los han pasado. Y que dejen de mandarme publicidad, por su=
puesto.

Si en unos d=EDas no tengo respuesta, pondr=E9 una reclamaci=F3n ante la au=
toridad de protecci=F3n de datos (la belga o la AEPD, la que corresponda). =
Preferir=EDa no tener que hacerlo.

Mis datos: Luc=EDa Beltr=E1n Ortega, C/ de Sueca 41, 3.=BA 6.=AA, 46006 Val=
encia. Correo personal: luciabeltran.o@gmail.com

Un saludo,
Luc=EDa Beltr=E1n

Luc=EDa Beltr=E1n Ortega
Servicio de Admisi=F3n y Documentaci=F3n Cl=EDnica
Hospital General San Rafael de Valencia
Tel. 96 000 00 00 - Ext. 4412

AVISO DE CONFIDENCIALIDAD: Este mensaje y, en su caso, los ficheros anexos =
son confidenciales y se dirigen exclusivamente a su destinatario. Si usted =
no es el destinatario, le rogamos que lo comunique al remitente y proceda a=
 su borrado; queda prohibida su copia, difusi=F3n o uso. De conformidad con=
 el Reglamento (UE) 2016/679 y la Ley Org=E1nica 3/2018, le informamos de q=
ue sus datos de contacto son tratados por el Hospital General San Rafael co=
n la finalidad de gestionar la comunicaci=F3n mantenida. Puede ejercer sus =
derechos de acceso, rectificaci=F3n, supresi=F3n, oposici=F3n, limitaci=F3n=
 y portabilidad dirigi=E9ndose a dpd@hgsanrafael.es.
'''),

    ('sv', 'person-kommun-footer', 'restriction', (),
'''Return-Path: <anders.lindqvist@kungsakra.se>
Received: from mailgw.kungsakra.se (mailgw.kungsakra.se [194.17.142.90])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmF1nBc6Wz9sYv
	for <privacy@shop.example.be>; Fri, 27 Nov 2026 07:12:55 +0000 (UTC)
From: Anders Lindqvist <anders.lindqvist@kungsakra.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Mina_uppgifter_-_p=E5g=E5ende_tvist_order_SH-771203?=
Thread-Topic: =?iso-8859-1?Q?Mina_uppgifter_-_p=E5g=E5ende_tvist_order_SH-771203?=
Date: Fri, 27 Nov 2026 07:12:51 +0000
Message-ID: <3c8e19f0a7d24b6e9f1c0b52e4d7a8c1@kungsakra.se>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej,

Jag har en p=E5g=E5ende tvist med er om gr=E4sklipparen jag k=F6pte i maj (=
order SH-771203) som gick s=F6nder efter tv=E5 veckor. =C4rendet ligger nu =
hos Allm=E4nna reklamationsn=E4mnden.

Jag vill d=E4rf=F6r inte att ni raderar n=E5got om mig eller om ordern, det=
 kan beh=F6vas som underlag. Men tills =E4rendet =E4r avgjort vill jag att =
ni l=E5ser uppgifterna och inte anv=E4nder dem till n=E5got annat =E4n att =
hantera just den h=E4r tvisten.

Jag skriver fr=E5n jobbet, svara g=E4rna till anders.lindqvist62@gmail.com =
i st=E4llet.

Mvh
Anders Lindqvist

Anders Lindqvist
Bygglovshandl=E4ggare
Samh=E4llsbyggnadsf=F6rvaltningen
Kungs=E5kra kommun
Tfn 0000-00 00 00

T=E4nk p=E5 att e-post som skickas till kommunen kan bli allm=E4n handling =
enligt offentlighetsprincipen. Information om hur Kungs=E5kra kommun behand=
lar personuppgifter finns p=E5 www.kungsakra.se/personuppgifter.
'''),

]

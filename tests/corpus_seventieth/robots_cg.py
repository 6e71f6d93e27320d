"""Seventieth set: robot mail of the systems around the shop's optician, hearing-care and pharmacy-products corner (appointment booking and eye-test reminder services, contact-lens subscription billing and shipping, lens-lab and frame-supplier order notices, the virtual try-on mirror's vendor and its face-scan reports, hearing-aid apps and their cloud, health insurers' portals and helpdesks, prescription-upload notices, bounces and auto-replies of their mails), plus people whose mail looks automatic (en, nl, fr, de, es, it, pt). Written apart from the code."""

ROBOTS = [
    ('en', 'postfix-bounce-eye-test-record-copy-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
	id 4JbT0r6kQhz4wB2N; Wed, 11 Mar 2026 09:14:52 +0100 (CET)
Date: Wed, 11 Mar 2026 09:14:52 +0100 (CET)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4JbT0r6kQhz4wB2N.1773216892/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260311081452.4JbT0r6kQhz4wB2N@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4JbT0r6kQhz4wB2N.1773216892/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<hannah.pryce@clara-net.example>: host mx2.clara-net.example[203.0.113.58]
    said: 552 5.2.2 <hannah.pryce@clara-net.example>: Mailbox full, quota
    exceeded (in reply to RCPT TO command)

--4JbT0r6kQhz4wB2N.1773216892/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4JbT0r6kQhz4wB2N
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 11 Mar 2026 09:14:49 +0100 (CET)

Final-Recipient: rfc822; hannah.pryce@clara-net.example
Original-Recipient: rfc822;hannah.pryce@clara-net.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx2.clara-net.example
Diagnostic-Code: smtp; 552 5.2.2 <hannah.pryce@clara-net.example>: Mailbox
    full, quota exceeded

--4JbT0r6kQhz4wB2N.1773216892/mx1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4JbT0r6kQhz4wB2N
	for <hannah.pryce@clara-net.example>; Wed, 11 Mar 2026 09:14:49 +0100 (CET)
Date: Wed, 11 Mar 2026 09:14:47 +0100
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Hannah Pryce <hannah.pryce@clara-net.example>
Subject: Re: Copy of my eye test and prescription (Leuven, January)
Message-ID: <pt-20260311-0041120@helpdesk.shop.example.be>
In-Reply-To: <CAJx7Lq0mW3r8nE2@mail.clara-net.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Ms Pryce,

Further to your request of 2 March under Article 15 GDPR, here is the
information held about you by the optician corner of our Leuven store:

- your customer record (name, date of birth, address, phone, e-mail);
- the eye test of 21 January 2026 carried out by our optometrist
  (visual acuity, refraction, intraocular pressure reading) and the
  resulting prescription, which is attached to this e-mail as a PDF;
- the order for your varifocal glasses (frame, lenses, price paid);
- your consent of 21 January to receive a reminder for your next eye
  test in 24 months.

Eye test results are health data. We keep them for as long as you are a
customer of the optician corner and for 5 years after your last visit.

Kind regards,

Pieter Vandamme
Privacy Team - Shop Example BV

--4JbT0r6kQhz4wB2N.1773216892/mx1.shop.example.be--
'''),
    ('en', 'virtual-mirror-vendor-monthly-face-scan-deletion-report', 'automated', (),
'''Return-Path: <reports@visagio.example>
Received: from smtp-out-3.visagio.example (smtp-out-3.visagio.example [198.51.100.143])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JgM3s1NdRz4wC7q
        for <privacy@shop.example.be>; Wed, 01 Apr 2026 06:00:41 +0200 (CEST)
From: Visagio Try-On <reports@visagio.example>
To: privacy@shop.example.be
Subject: Your monthly processing report - March 2026 (SE-BE-0117)
Date: Wed, 01 Apr 2026 04:00:38 +0000
Message-ID: <rpt-0117-202603.5c1e9a@visagio.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

VISAGIO TRY-ON  |  Monthly processing report

Customer:        Shop Example BV - optician corners (account SE-BE-0117)
Period:          1 March 2026 - 31 March 2026
Devices:         6 mirrors (Antwerpen Meir, Gent Veldstraat, Leuven,
                 Hasselt, Namur, Li=C3=A8ge Pont d'Avroy)

1. Try-on sessions
   Sessions started ......................... 1,284
   Face-scan consent given on screen ........ 1,197
   Consent refused (2D mode used) ...........    87

2. Storage and deletion of face scans
   Scans deleted automatically at end of
   session (default setting) ................ 1,152
   Scans kept 30 days at customer's request
   ("send my try-on to my e-mail") ..........    45
   Of these, deleted at end of retention ....    38
   Still stored on 31/03 .....................     7
   Deletion requested at the mirror ("erase
   my scan now" button) .....................    12  (all completed)

3. Data subject requests
   Requests received by Visagio directly ....     2
   Forwarded to you as controller ...........     2  (VIS-DSR-20514,
                                                      VIS-DSR-20533)

4. Incidents
   Personal data breaches ...................  none
   Mirrors offline > 24 h ...................     1  (Namur, 17-19/03)

Visagio processes face geometry on your behalf as processor under
Article 28 GDPR and the data processing agreement of 12 September 2025.
Face scans are not used to identify persons and are not used to train
our models. You remain the controller for the try-on service and are
responsible for answering requests for access, erasure or objection
from your customers; we assist you within 5 working days.

The full report (CSV, per device) is available in the Visagio console
under Reports > Privacy. This message is sent automatically on the
first working day of each month. Replies to this address are not read.

Visagio Labs Ltd, 41 Kingsland Road, London E2 8AA, United Kingdom
'''),
    ('en', 'lens-subscription-billing-weekly-dunning-summary', 'automated', (),
'''Return-Path: <bounces+8841203-77f2@em.billora.example>
Received: from o12.em.billora.example (o12.em.billora.example [198.51.100.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JkP0w2RtXz4wD1h
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 07:02:11 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=billora.example;
	s=s1; t=1776056530; h=from:subject:to:date:list-unsubscribe;
	bh=Q2xV8mR3pT6wN1kZ4yH7cJ0fB5dL9sA2eG8uX3oI6vE=;
	b=Tm4Rk8Wq2Zx6Pb1Nc5Vd9Lf3Hg7Js0Ka4Mn8Bq2Cw6Ey0Gu4It8Lo2Sr6Uv0Xz4Ab8
From: Billora <notifications@billora.example>
To: privacy@shop.example.be
Subject: [LensCycle by Shop Example] Weekly dunning summary: 9 subscriptions past due
Date: Mon, 13 Apr 2026 05:02:10 +0000
Message-ID: <dun.8841203.20260413050210@billora.example>
Auto-Submitted: auto-generated
X-Mailer: Billora Notifications
List-Unsubscribe: <https://app.billora.example/settings/notifications?u=8841203>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_9f3ac2e7d0"

--b1_9f3ac2e7d0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Site: LensCycle by Shop Example (lenscycle-shopexample)
Week: 6 - 12 April 2026

9 subscriptions are past due after a failed payment.

  Subscription   Plan                         Amount    Attempts  Next retry
  LC-30412       Daily lenses 90-pack / 3m    EUR 89.70     2     14/04
  LC-30877       Monthly toric 6-pack / 6m    EUR 74.00     3     final
  LC-31023       Daily lenses 30-pack / 1m    EUR 32.90     1     15/04
  LC-31190       Multifocal monthly / 3m      EUR 61.50     2     14/04
  LC-31544       Daily lenses 90-pack / 3m    EUR 89.70     1     16/04
  LC-31602       Solution + case / 2m         EUR 18.95     4     cancelled
  LC-31781       Daily lenses 30-pack / 1m    EUR 32.90     2     15/04
  LC-32006       Monthly 6-pack / 6m          EUR 59.00     1     17/04
  LC-32113       Daily toric 90-pack / 3m     EUR 104.40    3     final

Card declined (insufficient funds): 4
Card expired: 3
SEPA mandate revoked by customer: 2

Customers have been e-mailed with a link to update their payment method.
Shipments of lenses for past-due subscriptions are on hold until payment.
After the final retry the subscription is cancelled automatically.

Customer names, addresses and card details are not included in this
e-mail. Sign in to Billora to see them.

You receive this e-mail because privacy@shop.example.be is listed as a
notification contact for this site. Manage notifications:
https://app.billora.example/settings/notifications

Billora Inc. - Subscription billing
--b1_9f3ac2e7d0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>LensCycle by Shop Example</b> &middot; Week 6 - 12 April 2026</p>
<p>9 subscriptions are past due after a failed payment.</p>
<table cellpadding="4" border="1" style="border-collapse:collapse">
<tr><th>Subscription</th><th>Plan</th><th>Amount</th><th>Attempts</th><th>Next retry</th></tr>
<tr><td>LC-30412</td><td>Daily lenses 90-pack / 3m</td><td>EUR 89.70</td><td>2</td><td>14/04</td></tr>
<tr><td>LC-30877</td><td>Monthly toric 6-pack / 6m</td><td>EUR 74.00</td><td>3</td><td>final</td></tr>
<tr><td>LC-31023</td><td>Daily lenses 30-pack / 1m</td><td>EUR 32.90</td><td>1</td><td>15/04</td></tr>
<tr><td>LC-31190</td><td>Multifocal monthly / 3m</td><td>EUR 61.50</td><td>2</td><td>14/04</td></tr>
<tr><td>LC-31544</td><td>Daily lenses 90-pack / 3m</td><td>EUR 89.70</td><td>1</td><td>16/04</td></tr>
<tr><td>LC-31602</td><td>Solution + case / 2m</td><td>EUR 18.95</td><td>4</td><td>cancelled</td></tr>
<tr><td>LC-31781</td><td>Daily lenses 30-pack / 1m</td><td>EUR 32.90</td><td>2</td><td>15/04</td></tr>
<tr><td>LC-32006</td><td>Monthly 6-pack / 6m</td><td>EUR 59.00</td><td>1</td><td>17/04</td></tr>
<tr><td>LC-32113</td><td>Daily toric 90-pack / 3m</td><td>EUR 104.40</td><td>3</td><td>final</td></tr>
</table>
<p>Shipments of lenses for past-due subscriptions are on hold until payment.</p>
<p style="color:#888;font-size:12px">You receive this e-mail because privacy@shop.example.be is listed as a notification contact.
<a href="https://app.billora.example/settings/notifications">Manage notifications</a></p>
</body></html>
--b1_9f3ac2e7d0--
'''),
    ('en', 'gmail-vacation-partner-audiologist-congress', 'automated', (),
'''Return-Path: <r.achterberg.audiology@gmail.com>
Received: from mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JmZ7b0KpWz4wF3r
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 15:37:26 +0200 (CEST)
Received: by mail-wm1-f41.google.com with SMTP id 5b1f17b1804b1-44a6e0f2c3dso9921845e9
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 06:37:25 -0700 (PDT)
MIME-Version: 1.0
From: Ruth Achterberg <r.achterberg.audiology@gmail.com>
Date: Thu, 23 Apr 2026 14:37:24 +0100
Message-ID: <CAM7vRk=pQ3tWz8xV1n_0bHc6eYj2sL9aF4uD5gN7oK1rM3iT@mail.gmail.com>
Subject: Re: Transfer of hearing test results - Mrs E. Verbeke (file HC-2026-0388)
To: Shop Example Privacy Team <privacy@shop.example.be>
In-Reply-To: <pt-20260423-0052217@helpdesk.shop.example.be>
References: <pt-20260423-0052217@helpdesk.shop.example.be>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="UTF-8"

Thank you for your e-mail.

I am at the European audiology congress in Lisbon and then on leave, and
will be back in the practice on Monday 4 May 2026. I have only occasional
access to e-mail.

Please note that I cannot accept patient files, audiograms or fitting
data by ordinary e-mail. If you need to send me results for a patient,
please use the secure upload link on my website or ask the patient to
bring them to the appointment.

For urgent matters about a hearing aid (breakdown, lost device) please
call the practice on +44 1223 555 014.

Ruth Achterberg
Clinical Audiologist, MSc
'''),
    ('en', 'person-one-line-face-scan-deletion-under-legal-disclaimer', 'deletion', (),
'''Return-Path: <daniel.hargreaves@whitlock-partners.example>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2108.outbound.protection.outlook.com [40.107.20.108])
        (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))
        (No client certificate requested)
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JqC2n5WfLz4wG8t
        for <privacy@shop.example.be>; Mon, 16 Mar 2026 08:12:40 +0100 (CET)
From: Daniel Hargreaves <daniel.hargreaves@whitlock-partners.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Mirror
Thread-Topic: Mirror
Thread-Index: AQHdtP3sYk2Lw9cRm0aJ7vXe5QnB1g==
Date: Mon, 16 Mar 2026 07:12:36 +0000
Message-ID: <DB9PR03MB81247A6C2E0F1D93B5A7C2E4D19@DB9PR03MB8124.eurprd03.prod.outlook.com>
Accept-Language: en-GB, nl-BE
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Please erase the face scan your try-on mirror took of me in the Gent Veldstraat store on Saturday 14 March (about 3 pm, I tried the round tortoiseshell frames) and confirm by return that it is gone.

D. Hargreaves

Sent from my iPhone

________________________________
Daniel Hargreaves | Senior Associate
Whitlock & Partners LLP | Avenue Louise 326, 1050 Brussels
T +32 2 555 81 40 | www.whitlock-partners.example

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential
and may be protected by legal professional privilege. If you are not the
intended recipient, please notify the sender immediately by reply e-mail
and delete this message and any copies from your system; you must not
copy, distribute or rely on its contents. Whitlock & Partners LLP
processes personal data in accordance with the General Data Protection
Regulation (EU) 2016/679. Information on how we process your personal
data and on your rights of access, rectification, erasure, restriction
and objection is available in our privacy notice at
www.whitlock-partners.example/privacy. E-mail is not a secure medium;
we accept no liability for viruses or for any loss or damage arising
from the use of this e-mail. Whitlock & Partners LLP is a limited
liability partnership registered in England and Wales (OC401177) and
authorised and regulated by the Solicitors Regulation Authority.
'''),
    ('nl', 'qmail-bounce-hosting-reply-reminder-consent', 'automated', (),
'''Return-Path: <>
Received: from mail.webhostvlaanderen.example (mail.webhostvlaanderen.example [203.0.113.77])
        by mx1.shop.example.be (Postfix) with ESMTP id 4JsH6d2VmTz4wH0k
        for <privacy@shop.example.be>; Tue, 24 Mar 2026 14:21:09 +0100 (CET)
Received: (qmail 28814 invoked for bounce); 24 Mar 2026 13:21:08 -0000
Date: 24 Mar 2026 13:21:08 -0000
From: MAILER-DAEMON@mail.webhostvlaanderen.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260324132108.28814.qmail@mail.webhostvlaanderen.example>

Hi. This is the qmail-send program at mail.webhostvlaanderen.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<wim@vandenbroeck-schrijnwerk.example>:
This mailbox has been disabled. (#5.2.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28790 invoked from network); 24 Mar 2026 13:21:07 -0000
Received: from mx1.shop.example.be (192.0.2.25)
  by mail.webhostvlaanderen.example with ESMTPS; 24 Mar 2026 13:21:07 -0000
Date: Tue, 24 Mar 2026 14:21:04 +0100
From: Shop Example Privacyteam <privacy@shop.example.be>
To: Wim Vandenbroeck <wim@vandenbroeck-schrijnwerk.example>
Subject: Re: herinneringen oogmeting stopzetten
Message-ID: <pt-20260324-0043871@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste heer Vandenbroeck,

U liet ons op 19 maart weten dat u geen herinneringen meer wilt krijgen
voor een nieuwe oogmeting. Wij hebben uw toestemming daarvoor ingetrokken
in ons systeem en uw gegevens ook bij onze herinneringsdienst laten
schrappen. U krijgt dus geen sms of e-mail meer van ons voor een
oogmeting.

Uw meetresultaten en uw voorschrift blijven in uw klantendossier bij de
optiekhoek van onze winkel in Aalst, zoals u vroeg. U kunt ze altijd
inkijken of laten verwijderen.

Met vriendelijke groeten,

Lotte De Smet
Privacyteam - Shop Example BV
'''),
    ('nl', 'booking-system-new-eye-test-appointment-store-notice', 'automated', (),
'''Return-Path: <bounce-A-771045@mail.agendo.example>
Received: from mail.agendo.example (mail.agendo.example [198.51.100.30])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JwK1p8XsQz4wJ5m
        for <privacy@shop.example.be>; Sat, 04 Apr 2026 21:47:15 +0200 (CEST)
From: Agendo <noreply@agendo.example>
Reply-To: Agendo Support <support@agendo.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Nieuwe_afspraak=3A_Oogmeting_+_contactlenscontrole_=E2=80=93_do_16?=
 =?utf-8?q?/04_10=3A30_=28Gent_Veldstraat=29?=
Date: Sat, 04 Apr 2026 21:47:13 +0200
Message-ID: <A-771045.new.1775332033@agendo.example>
X-Mailer: Agendo Notify 3.8
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_agendo_7d41c0e9"

--=_agendo_7d41c0e9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

TmlldXdlIG9ubGluZSBhZnNwcmFhawoKRXIgd2VyZCBlZW4gYWZzcHJhYWsgZ2Vib2VrdCB2aWEg
dXcgYm9la2luZ3NwYWdpbmEuCgpEaWVuc3Q6IE9vZ21ldGluZyArIGNvbnRhY3RsZW5zY29udHJv
bGUgKDQ1IG1pbikKTG9jYXRpZTogU2hvcCBFeGFtcGxlIE9wdGllayAmIEhvb3JjZW50cnVtIEdl
bnQgVmVsZHN0cmFhdApEYXR1bTogZG9uZGVyZGFnIDE2IGFwcmlsIDIwMjYsIDEwOjMwCk1lZGV3
ZXJrZXI6IE9wdG9tZXRyaXN0IC0gRS4gVmFuIEFja2VyCktsYW50OiBKLiBNKioqKioqcyAoa2xh
bnRuci4gMDA5MzQxNykKRHJhYWd0IGxlbnplbjogamEsIG1hYW5kbGVuemVuCkhlcmlubmVyaW5n
IDI0IHUgdm9vcmFmOiBzbXMKVG9lc3RlbW1pbmcgaGVyaW5uZXJpbmcgdm9sZ2VuZGUgb29nbWV0
aW5nOiBuaWV0IGdlZ2V2ZW4KCk9wbWVya2luZyB2YW4gZGUga2xhbnQ6ICJHcmFhZyBkZSBtZXRp
bmcgdmFuIHZvcmlnIGphYXIgZXJiaWogaG91ZGVuLCBpawpoZWIgc2luZHNkaWVuIG1lZXIgbGFz
dCBiaWogaGV0IGxlemVuLiIKCkFmc3ByYWFrIGJla2lqa2VuOiBodHRwczovL3Byby5hZ2VuZG8u
ZXhhbXBsZS9jL3Nob3AtZXhhbXBsZS9hcHBvaW50bWVudHMvQS03NzEwNDUKCkRpdCBiZXJpY2h0
IHdvcmR0IGF1dG9tYXRpc2NoIHZlcnN0dXVyZCBkb29yIEFnZW5kbyBvbWRhdApwcml2YWN5QHNo
b3AuZXhhbXBsZS5iZSBhbHMgbWVsZGluZ3NhZHJlcyB2b29yIGRlemUgbG9jYXRpZSBpcyBpbmdl
c3RlbGQuCkFnZW5kbyB2ZXJ3ZXJrdCBkZSBnZWdldmVucyB2YW4gdXcga2xhbnRlbiBhbHMgdmVy
d2Vya2VyIHZvbGdlbnMgdXcKdmVyd2Vya2Vyc292ZXJlZW5rb21zdC4gTWVkaXNjaGUgZ2VnZXZl
bnMgd29yZGVuIG5pZXQgaW4gZS1tYWlscyBvcGdlbm9tZW4uCkFnZW5kbyBCViAtIEtvcnRyaWpr
c2VzdGVlbndlZyAxMTIwLCA5MDUxIEdlbnQK

--=_agendo_7d41c0e9
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+CjxodG1sIGxhbmc9Im5sIj48aGVhZD48bWV0YSBjaGFyc2V0PSJ1dGYt
OCI+PHRpdGxlPk5pZXV3ZSBhZnNwcmFhazwvdGl0bGU+PC9oZWFkPgo8Ym9keSBzdHlsZT0ibWFy
Z2luOjA7YmFja2dyb3VuZDojZjRmNmY4O2ZvbnQtZmFtaWx5OkhlbHZldGljYSxBcmlhbCxzYW5z
LXNlcmlmIj4KPHRhYmxlIHdpZHRoPSIxMDAlIiBjZWxscGFkZGluZz0iMCIgY2VsbHNwYWNpbmc9
IjAiPjx0cj48dGQgYWxpZ249ImNlbnRlciI+Cjx0YWJsZSB3aWR0aD0iNTYwIiBjZWxscGFkZGlu
Zz0iMjQiIHN0eWxlPSJiYWNrZ3JvdW5kOiNmZmZmZmYiPgo8dHI+PHRkPgo8aDIgc3R5bGU9ImNv
bG9yOiMxYjRmNzI7bWFyZ2luOjAgMCAxMnB4IDAiPk5pZXV3ZSBvbmxpbmUgYWZzcHJhYWs8L2gy
Pgo8cD5FciB3ZXJkIGVlbiBhZnNwcmFhayBnZWJvZWt0IHZpYSB1dyBib2VraW5nc3BhZ2luYS48
L3A+Cjx0YWJsZSBjZWxscGFkZGluZz0iNCIgc3R5bGU9ImZvbnQtc2l6ZToxNHB4Ij4KPHRyPjx0
ZD48Yj5EaWVuc3Q8L2I+PC90ZD48dGQ+T29nbWV0aW5nICsgY29udGFjdGxlbnNjb250cm9sZSAo
NDUgbWluKTwvdGQ+PC90cj4KPHRyPjx0ZD48Yj5Mb2NhdGllPC9iPjwvdGQ+PHRkPlNob3AgRXhh
bXBsZSBPcHRpZWsgJmFtcDsgSG9vcmNlbnRydW0gR2VudCBWZWxkc3RyYWF0PC90ZD48L3RyPgo8
dHI+PHRkPjxiPkRhdHVtPC9iPjwvdGQ+PHRkPmRvbmRlcmRhZyAxNiBhcHJpbCAyMDI2LCAxMDoz
MDwvdGQ+PC90cj4KPHRyPjx0ZD48Yj5NZWRld2Vya2VyPC9iPjwvdGQ+PHRkPk9wdG9tZXRyaXN0
IC0gRS4gVmFuIEFja2VyPC90ZD48L3RyPgo8dHI+PHRkPjxiPktsYW50PC9iPjwvdGQ+PHRkPkou
IE0qKioqKipzIChrbGFudG5yLiAwMDkzNDE3KTwvdGQ+PC90cj4KPHRyPjx0ZD48Yj5EcmFhZ3Qg
bGVuemVuPC9iPjwvdGQ+PHRkPmphLCBtYWFuZGxlbnplbjwvdGQ+PC90cj4KPHRyPjx0ZD48Yj5I
ZXJpbm5lcmluZyAyNCB1IHZvb3JhZjwvYj48L3RkPjx0ZD5zbXM8L3RkPjwvdHI+Cjx0cj48dGQ+
PGI+VG9lc3RlbW1pbmcgaGVyaW5uZXJpbmcgdm9sZ2VuZGUgb29nbWV0aW5nPC9iPjwvdGQ+PHRk
Pm5pZXQgZ2VnZXZlbjwvdGQ+PC90cj4KPC90YWJsZT4KPHA+T3BtZXJraW5nIHZhbiBkZSBrbGFu
dDogJnF1b3Q7R3JhYWcgZGUgbWV0aW5nIHZhbiB2b3JpZyBqYWFyIGVyYmlqIGhvdWRlbiwgaWsg
aGViIHNpbmRzZGllbiBtZWVyIGxhc3QgYmlqIGhldCBsZXplbi4mcXVvdDs8L3A+CjxwPjxhIGhy
ZWY9Imh0dHBzOi8vcHJvLmFnZW5kby5leGFtcGxlL2Mvc2hvcC1leGFtcGxlL2FwcG9pbnRtZW50
cy9BLTc3MTA0NSIgc3R5bGU9ImJhY2tncm91bmQ6IzFiNGY3Mjtjb2xvcjojZmZmO3BhZGRpbmc6
OHB4IDE0cHg7dGV4dC1kZWNvcmF0aW9uOm5vbmUiPkFmc3ByYWFrIGJla2lqa2VuPC9hPjwvcD4K
PHAgc3R5bGU9ImZvbnQtc2l6ZToxMXB4O2NvbG9yOiM4YThhOGEiPkRpdCBiZXJpY2h0IHdvcmR0
IGF1dG9tYXRpc2NoIHZlcnN0dXVyZCBkb29yIEFnZW5kbyBvbWRhdCBwcml2YWN5QHNob3AuZXhh
bXBsZS5iZSBhbHMgbWVsZGluZ3NhZHJlcyB2b29yIGRlemUgbG9jYXRpZSBpcyBpbmdlc3RlbGQu
IEFnZW5kbyB2ZXJ3ZXJrdCBkZSBnZWdldmVucyB2YW4gdXcga2xhbnRlbiBhbHMgdmVyd2Vya2Vy
IHZvbGdlbnMgdXcgdmVyd2Vya2Vyc292ZXJlZW5rb21zdC4gTWVkaXNjaGUgZ2VnZXZlbnMgd29y
ZGVuIG5pZXQgaW4gZS1tYWlscyBvcGdlbm9tZW4uPGJyPkFnZW5kbyBCViAmbWlkZG90OyBLb3J0
cmlqa3Nlc3RlZW53ZWcgMTEyMCwgOTA1MSBHZW50PC9wPgo8L3RkPjwvdHI+PC90YWJsZT4KPC90
ZD48L3RyPjwvdGFibGU+CjwvYm9keT48L2h0bWw+Cg==

--=_agendo_7d41c0e9--
'''),
    ('nl', 'health-insurer-provider-portal-hearing-aid-decision', 'automated', (),
'''Return-Path: <noreply@zorgverleners.deschakel.example>
Received: from mailgw02.deschakel.example (mailgw02.deschakel.example [198.51.100.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JzB9c3QrNz4wK2p
        for <privacy@shop.example.be>; Wed, 06 May 2026 11:05:52 +0200 (CEST)
From: Ziekenfonds De Schakel - Zorgverlenersportaal <noreply@zorgverleners.deschakel.example>
To: privacy@shop.example.be
Subject: Nieuw document in uw zorgverlenersportaal - dossier HT-2026-114907
Date: Wed, 06 May 2026 11:05:50 +0200
Message-ID: <zvp.20260506110550.114907@zorgverleners.deschakel.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Geachte zorgverlener,

Er staat een nieuw document voor u klaar in het zorgverlenersportaal van
Ziekenfonds De Schakel.

Type document:     Beslissing tegemoetkoming hoortoestellen
Dossier:           HT-2026-114907
Zorgverlener:      Shop Example Hoorcentrum Hasselt (RIZIV 6-12345-67-890)
Datum beslissing:  05/05/2026
Status:            goedgekeurd - 2 toestellen

Om het medisch beroepsgeheim en de Algemene Verordening
Gegevensbescherming (AVG) te respecteren, sturen wij geen medische of
persoonsgegevens van uw patiënten per e-mail. U kunt het document inkijken
na aanmelding met uw eID of itsme via
https://zorgverleners.deschakel.example/documenten

De patiënt heeft de beslissing ook ontvangen in zijn eigen Mijn De
Schakel. Vragen van de patiënt over zijn gegevens bij het ziekenfonds
(inzage, verbetering, ...) behandelt onze functionaris voor
gegevensbescherming: dpo@deschakel.example.

Dit is een automatisch bericht. Antwoorden op deze e-mail worden niet
gelezen. U ontvangt deze meldingen omdat dit e-mailadres als
contactadres in uw zorgverlenersprofiel is opgegeven; u kunt dat wijzigen
in het portaal onder Profiel > Meldingen.

Ziekenfonds De Schakel
'''),
    ('nl', 'exchange-ooo-frame-supplier-account-manager-nl', 'automated', (),
'''Return-Path: <s.peeters@montura-frames.example>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2071.outbound.protection.outlook.com [40.107.241.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4K1dN0tHwYz4wL7c
        for <privacy@shop.example.be>; Mon, 18 May 2026 09:33:02 +0200 (CEST)
From: Sanne Peeters <s.peeters@montura-frames.example>
To: Shop Example Privacyteam <privacy@shop.example.be>
Subject: Automatisch antwoord: Verwerkersovereenkomst bestelportaal monturen
Thread-Topic: Verwerkersovereenkomst bestelportaal monturen
Thread-Index: AQHd5kR2b8V1m3Q0Tn6YcPw9LsE4=
Date: Mon, 18 May 2026 07:33:00 +0000
Message-ID: <a71fd23c0e8b4b2a9c57e1f0d6b3a842@AM6PR10MB3319.EURPRD10.PROD.OUTLOOK.COM>
In-Reply-To: <pt-20260518-0061405@helpdesk.shop.example.be>
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Inbox-Rules-Loop: s.peeters@montura-frames.example
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Goedendag,

Bedankt voor uw bericht. Ik ben met vakantie tot en met vrijdag 29 mei en
lees mijn e-mail niet.

Voor bestellingen, nalevering van monturen en retouren kunt u terecht bij
onze binnendienst: orders@montura-frames.example of +31 40 555 2390.
Vragen over contracten, de verwerkersovereenkomst of privacy kunt u
richten aan legal@montura-frames.example.

Met vriendelijke groet,

Sanne Peeters
Accountmanager Belgi=EB
Montura Frames B.V. | Eindhoven
'''),
    ('nl', 'person-withdraws-reminder-consent-above-remindly-mail', 'withdraw_consent', (),
'''Return-Path: <marleen.goossens@telenet.example>
Received: from mail-out.telenet.example (mail-out.telenet.example [195.130.132.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4K2fR7mZbVz4wM3s
        for <privacy@shop.example.be>; Tue, 12 May 2026 19:48:30 +0200 (CEST)
From: Marleen Goossens <marleen.goossens@telenet.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Fwd=3A_Tijd_voor_uw_volgende_oogmeting=2C_Marleen?=
Date: Tue, 12 May 2026 19:48:26 +0200
Message-ID: <b2e7c0a1-5f3d-4e91-8c6a-0d4f7e2b9a13@telenet.example>
MIME-Version: 1.0
User-Agent: Samsung Email/6.1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ik wil deze berichten niet meer. Ik heb bij mijn oogmeting in 2024 het vakje
voor herinneringen aangevinkt maar dat trek ik nu in, voor sms en mail.

Mijn gegevens en mijn meting mogen wel bij jullie blijven, ik kom nog
terug voor lenzen, dus NIET mijn dossier wissen aub.

Groeten
Marleen Goossens

Verzonden vanaf mijn Galaxy


-------- Oorspronkelijk bericht --------
Van: Shop Example Optiek <herinnering@remindly.example>
Datum: 12/05/26 08:00 (GMT+02:00)
Aan: marleen.goossens@telenet.example
Onderwerp: Tijd voor uw volgende oogmeting, Marleen

Beste Marleen,

Uw laatste oogmeting bij Shop Example Optiek Mechelen dateert van mei
2024. Wij raden aan om uw ogen om de twee jaar te laten meten, zeker als
u lenzen draagt.

Maak nu een afspraak: https://shop-example.agendo.example/mechelen

U ontvangt dit bericht omdat u toestemming gaf voor herinneringen.
Geen herinneringen meer? Afmelden: https://remindly.example/u/8Hq2kLx0
'''),
    ('fr', 'french-provider-bounce-audiogram-reply-headers-only', 'automated', (),
'''Return-Path: <>
Received: from smtp-in.orange.example (smtp-in.orange.example [193.252.22.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4K4gT1nCwPz4wN9d
        for <privacy@shop.example.be>; Thu, 09 Apr 2026 16:02:44 +0200 (CEST)
Date: Thu, 09 Apr 2026 16:02:43 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@orange.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Non_remis_=3A_Re=3A_Demande_de_copie_de_mon_audiogramme?=
Message-ID: <0r3Xk9a2bC1d@smtp-in.orange.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_orange_ndr_55120_1775743363"

------=_orange_ndr_55120_1775743363
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bonjour,

Ceci est un message automatique du service de messagerie Orange.

Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :

    sylvie.lambotte@orange.example
    Motif : la boîte aux lettres du destinataire est pleine. Le
    destinataire doit libérer de l'espace avant de pouvoir recevoir de
    nouveaux messages.

Nous avons essayé de remettre votre message pendant 72 heures. Il ne
sera plus renvoyé. Les en-têtes de votre message sont joints ci-dessous.

Ne répondez pas à ce message.

------=_orange_ndr_55120_1775743363
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-in.orange.example
Arrival-Date: Mon, 06 Apr 2026 15:58:12 +0200

Final-Recipient: rfc822; sylvie.lambotte@orange.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Over quota
Last-Attempt-Date: Thu, 09 Apr 2026 16:02:43 +0200

------=_orange_ndr_55120_1775743363
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4K1xQ8bWmLz4wN2a
	for <sylvie.lambotte@orange.example>; Mon, 06 Apr 2026 15:58:10 +0200 (CEST)
Date: Mon, 06 Apr 2026 15:58:08 +0200
From: =?UTF-8?Q?=C3=89quipe_Vie_priv=C3=A9e_Shop_Example?= <privacy@shop.example.be>
To: Sylvie Lambotte <sylvie.lambotte@orange.example>
Subject: Re: Demande de copie de mon audiogramme
Message-ID: <pt-20260406-0049930@helpdesk.shop.example.be>
In-Reply-To: <1a7e2f90c3.b4d1@orange.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="pt-49930-mix"

------=_orange_ndr_55120_1775743363--
'''),
    ('fr', 'hearing-aid-cloud-patient-consent-data-sharing-notice', 'automated', (),
'''Return-Path: <notifications@pro.aurilink.example>
Received: from out-2.pro.aurilink.example (out-2.pro.aurilink.example [198.51.100.166])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4K6hW4pDxRz4wP1f
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 20:14:33 +0200 (CEST)
From: AuriLink Pro <notifications@pro.aurilink.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Un_patient_a_accept=C3=A9_de_partager_ses_donn=C3=A9es_avec_votre_?=
 =?utf-8?q?centre?=
Date: Mon, 27 Apr 2026 18:14:31 +0000
Message-ID: <share.AL-P-0488213.AL-BE-2207.1777313671@pro.aurilink.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

AuriLink Pro - Centre auditif

Nouveau partage de donn=C3=A9es par un patient

Centre :          Shop Example Audition Namur (ID centre AL-BE-2207)
Patient :         Patient n=C2=B0 AL-P-0488213 (initiales M. D.)
Appareils :       2 x Sonora Clara 7 R (G/D)
Date :            27/04/2026 =C3=A0 20:14

Le patient a accept=C3=A9 dans l'application AuriLink de partager avec votre
centre les donn=C3=A9es suivantes :
  - r=C3=A9glages et programmes de ses aides auditives ;
  - statistiques d'utilisation (heures de port, environnements sonores) ;
  - r=C3=A9sultats des tests auditifs r=C3=A9alis=C3=A9s dans l'application.

Ces donn=C3=A9es concernent la sant=C3=A9 (article 9 du RGPD). Elles sont t=
rait=C3=A9es
sur la base du consentement explicite du patient, uniquement pour le
suivi de son appareillage. Le patient peut retirer son consentement =C3=A0
tout moment dans l'application (Profil > Confidentialit=C3=A9 > Partage avec
mon audioproth=C3=A9siste) ; le partage s'arr=C3=AAte alors imm=C3=A9diatem=
ent et vous
en =C3=AAtes inform=C3=A9 par un message comme celui-ci. Le retrait du
consentement n'affecte pas la lic=C3=A9it=C3=A9 du traitement effectu=C3=A9=
 avant ce
retrait.

Pour toute demande d'acc=C3=A8s, de rectification ou d'effacement concernant
les donn=C3=A9es h=C3=A9berg=C3=A9es dans le cloud AuriLink, le patient peu=
t s'adresser
=C3=A0 dpo@aurilink.example.

Consulter les donn=C3=A9es dans AuriLink Pro :
https://pro.aurilink.example/centres/AL-BE-2207/patients/AL-P-0488213

Ce message est g=C3=A9n=C3=A9r=C3=A9 automatiquement, merci de ne pas y r=
=C3=A9pondre.
AuriLink Hearing Cloud SAS - 14 rue des Tanneurs, 69002 Lyon, France
'''),
    ('fr', 'frame-supplier-shipping-notice-backorder-fr', 'automated', (),
'''Return-Path: <erp@montura-frames.example>
Received: from erp-mail.montura-frames.example (erp-mail.montura-frames.example [198.51.100.19])
        by mx1.shop.example.be (Postfix) with ESMTP id 4K8jY6rFzSz4wQ4g
        for <privacy@shop.example.be>; Fri, 22 May 2026 05:31:10 +0200 (CEST)
From: Montura Frames - Service commandes <erp@montura-frames.example>
To: privacy@shop.example.be
Subject: Avis d'expedition - Commande MF-2026-05871 - Shop Example Liege
Date: Fri, 22 May 2026 05:31:08 +0200
Message-ID: <MF-2026-05871.ASN.20260522053108@montura-frames.example>
X-Mailer: MonturaERP 11.2 / ASN
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: 8bit

AVIS D'EXPEDITION
=================

Client :            Shop Example BV - Optique Liege Pont d'Avroy (C-40217)
Commande :          MF-2026-05871 du 14/05/2026
Votre reference :   LG-REASSORT-S20
Transporteur :      DPD - colis 05212093 4471 02
Livraison prevue :  26/05/2026

Ligne  Article              Coloris           Taille   Cde  Exp  Reliquat
1      MF Arlo 2041         ecaille havane    50-20     2    2      0
2      MF Arlo 2041         noir mat          50-20     2    1      1
3      MF Nina 3307         rose cristal      49-18     1    1      0
4      MF Teo Kids 0912     bleu              44-16     3    3      0
5      MF Solaire S-118     or / vert G15     55-19     1    0      1

Les reliquats (2 pieces) seront livres des reception du stock, prevue
semaine 24. Aucune action n'est requise de votre part.

Les donnees de contact de votre magasin sont utilisees uniquement pour
le traitement de vos commandes, conformement au RGPD et a notre
politique de confidentialite (www.montura-frames.example/privacy).

Ce message a ete envoye automatiquement par notre systeme de gestion.
Merci de ne pas y repondre ; pour toute question : orders@montura-frames.example
'''),
    ('fr', 'person-replies-to-privacy-auto-ack-third-time-audiogram', 'complaint', ('access',),
'''Return-Path: <jm.dethier@skynet.example>
Received: from mailrelay.skynet.example (mailrelay.skynet.example [195.238.6.171])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4K9kZ8sGaTz4wR6h
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 10:17:55 +0200 (CEST)
From: Jean-Marc Dethier <jm.dethier@skynet.example>
To: =?iso-8859-1?Q?Shop_Example_-_Vie_priv=E9e?= <privacy@shop.example.be>
Subject: RE: [PRIV-2026-00317] Nous avons bien =?iso-8859-1?Q?re=E7u?= votre demande
Date: Tue, 14 Apr 2026 10:17:51 +0200
Message-ID: <000a01dcc9a4$3b7e2f10$b27a8d30$@skynet.example>
In-Reply-To: <ack-PRIV-2026-00317@helpdesk.shop.example.be>
References: <ack-PRIV-2026-00317@helpdesk.shop.example.be>
X-Mailer: Microsoft Outlook 16.0
Content-Language: fr-be
Thread-Index: AQJ1kzQx0bX7aWe3N2mRtC9yF4vH8w==
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Voil=E0 maintenant trois fois que je re=E7ois exactement le m=EAme accus=E9=
 de
r=E9ception automatique (copi=E9 ci-dessous), et toujours aucune r=E9ponse =
d'un
=EAtre humain.

Je vous ai =E9crit le 2 f=E9vrier pour obtenir une copie de mon audiogramme
du test auditif fait =E0 Charleroi en janvier, ainsi que des r=E9glages de
mes appareils, parce que je change d'audioproth=E9siste. On est le 14 avril.
Votre propre message dit "un mois". Au magasin on me renvoie vers vous,
et vous ne r=E9pondez pas.

Je trouve ce traitement franchement m=E9prisant pour quelqu'un qui est
client depuis dix ans. Si je n'ai pas re=E7u ces documents pour le 24
avril, je d=E9pose plainte aupr=E8s de l'Autorit=E9 de protection des donn=
=E9es.

Jean-Marc Dethier
Rue de la Station 58, 6040 Jumet
Client n=B0 0071952

________________________________
De : Shop Example - Vie priv=E9e <privacy@shop.example.be>
Envoy=E9 : mardi 14 avril 2026 09:02
=C0 : Jean-Marc Dethier <jm.dethier@skynet.example>
Objet : [PRIV-2026-00317] Nous avons bien re=E7u votre demande

Bonjour,

Ceci est une r=E9ponse automatique. Nous avons bien re=E7u votre message
concernant vos donn=E9es personnelles. Il a =E9t=E9 enregistr=E9 sous la
r=E9f=E9rence PRIV-2026-00317.

Nous r=E9pondons aux demandes relatives =E0 vos droits (acc=E8s,
rectification, effacement, ...) dans un d=E9lai d'un mois. Merci de ne pas
renvoyer votre demande : chaque nouvel envoi cr=E9e un nouveau dossier.

L'=E9quipe Vie priv=E9e de Shop Example
'''),
    ('de', 'ionos-bounce-german-reply-account-name-correction', 'automated', (),
'''Return-Path: <>
Received: from mout.kundenserver.example (mout.kundenserver.example [212.227.126.130])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KBmC0tHbUz4wS8j
        for <privacy@shop.example.be>; Wed, 03 Jun 2026 12:40:18 +0200 (CEST)
Date: Wed, 03 Jun 2026 12:40:17 +0200
From: Mail Delivery System <MAILER-DAEMON@mout.kundenserver.example>
To: privacy@shop.example.be
Subject: Unzustellbar: Re: Falscher Name im Kundenkonto Optik
Message-ID: <1MzQk7-1v0Xab3Rcd-00wEfG@mout.kundenserver.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="--=_mout_ndr_1MzQk7"

----=_mout_ndr_1MzQk7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist eine automatisch erstellte Benachrichtigung über den
Zustellstatus.

Die Übermittlung an folgende Empfänger ist endgültig fehlgeschlagen:

    info@praxis-kessler-raeren.example

Grund: Die E-Mail-Adresse des Empfängers existiert nicht. Bitte prüfen
Sie die Schreibweise der Adresse.

Die ursprüngliche Nachricht ist angehängt.

----=_mout_ndr_1MzQk7
Content-Type: message/delivery-status

Reporting-MTA: dns; mout.kundenserver.example
Arrival-Date: Wed, 03 Jun 2026 12:40:15 +0200

Final-Recipient: rfc822; info@praxis-kessler-raeren.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx00.emig.kundenserver.example
Diagnostic-Code: smtp; 550 5.1.1 Requested action not taken: mailbox unavailable

----=_mout_ndr_1MzQk7
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Date: Wed, 03 Jun 2026 12:40:12 +0200
From: Shop Example Datenschutzteam <privacy@shop.example.be>
To: info@praxis-kessler-raeren.example
Subject: Re: Falscher Name im Kundenkonto Optik
Message-ID: <pt-20260603-0066702@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Frau Keßler,

vielen Dank für Ihre Nachricht vom 28. Mai. Wir haben in Ihrem
Kundenkonto bei der Optikabteilung unserer Filiale Eupen Ihren Namen
(Keßler statt Kessel) und Ihr Geburtsdatum berichtigt. Die Änderung
wurde auch an unser Brillenglaslabor und an den Versanddienst für Ihr
Kontaktlinsen-Abo weitergegeben.

Ihre Refraktionswerte und Ihre Sehtestergebnisse wurden nicht verändert.

Mit freundlichen Grüßen

Jonas Hermann
Datenschutzteam - Shop Example BV

----=_mout_ndr_1MzQk7--
'''),
    ('de', 'lens-lab-rx-order-delay-notice-eupen', 'automated', (),
'''Return-Path: <labconnect@novalens.example>
Received: from lc-mail.novalens.example (lc-mail.novalens.example [198.51.100.201])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KCnD2vJcVz4wT1k
        for <privacy@shop.example.be>; Tue, 19 May 2026 14:06:37 +0200 (CEST)
From: Novalens LabConnect <labconnect@novalens.example>
To: privacy@shop.example.be
Subject: Auftrag 26-048812: Lieferverzoegerung / Neuer Liefertermin
Date: Tue, 19 May 2026 14:06:35 +0200
Message-ID: <26-048812.delay.20260519140635@labconnect.novalens.example>
X-Mailer: Novalens LabConnect 5.4
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-15
Content-Transfer-Encoding: quoted-printable

Novalens Rx-Labor - Auftragsstatus
----------------------------------

Kunde:             Shop Example Optik Eupen (Kd.-Nr. 30-7781)
Auftrag:           26-048812 vom 12.05.2026
Ihre Referenz:     EUP-0419 / Kommission "Brandt"
Produkt:           Novalens Progressiv Comfort 1,6 - Super-Entspiegelung
                   Blaulichtfilter

                   SPH     ZYL     ACHSE   ADD    PD
   R               +1,25   -0,50   95      2,25   31,5
   L               +1,50   -0,75   80      2,25   32,0

Status:            VERZ=D6GERT
Grund:             Beschichtung nicht bestanden (Qualit=E4tskontrolle),
                   Glas L wird neu gefertigt
Neuer Liefertermin: 27.05.2026 (bisher 21.05.2026)

Sie m=FCssen nichts tun. Die Gl=E4ser werden nach Fertigstellung
automatisch an Ihre Filiale versandt. Falls der Endkunde nicht warten
kann, k=F6nnen Sie den Auftrag bis 21.05.2026 im Portal stornieren.

Hinweis: Diese Benachrichtigung enth=E4lt nur die Kommissionsreferenz
Ihres Kunden. Personenbezogene Daten Ihrer Kunden verarbeiten wir als
Auftragsverarbeiter gem=E4=DF Art. 28 DSGVO und nur zur Herstellung der
bestellten Gl=E4ser.

Diese E-Mail wurde automatisch erstellt.
Novalens GmbH - Rx-Labor Aachen - J=FClicher Stra=DFe 210, 52070 Aachen
'''),
    ('de', 'mirror-vendor-dpo-helpdesk-ack-erasure-ticket-de', 'automated', (),
'''Return-Path: <support@visagio.freshdesk.example>
Received: from mx-out.freshdesk.example (mx-out.freshdesk.example [198.51.100.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KDpF5wKdWz4wU4m
        for <privacy@shop.example.be>; Thu, 26 Mar 2026 17:22:48 +0100 (CET)
From: Visagio Datenschutz <privacy@visagio.example>
Reply-To: Visagio Datenschutz <support@visagio.freshdesk.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[#VIS-DSR-20533]_Ihre_Datenschutzanfrage_ist_eingegangen_-_L?=
 =?UTF-8?Q?=C3=B6schung_Gesichtsscan?=
Date: Thu, 26 Mar 2026 16:22:46 +0000
Message-ID: <freshdesk.ticket.20533.auto@visagio.freshdesk.example>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: auto_reply
X-FD-Email-Type: ticket_created_auto_response
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

vielen Dank für Ihre Nachricht. Dies ist eine automatische
Eingangsbestätigung.

Ihre Anfrage wurde unter der Ticketnummer VIS-DSR-20533 registriert und
an unser Datenschutzteam weitergeleitet.

Wir bearbeiten Anfragen nach der Datenschutz-Grundverordnung (DSGVO)
innerhalb der gesetzlichen Frist. Bitte beachten Sie:

- Handelt es sich um eine Anfrage einer betroffenen Person zu einem
  virtuellen Spiegel in einem Geschäft (Auskunft nach Art. 15,
  Löschung nach Art. 17, Widerspruch nach Art. 21 DSGVO), leiten wir
  sie an das Geschäft als Verantwortlichen weiter und unterstützen es
  bei der Beantwortung.
- Ist die Anfrage von einem Händler, löschen wir die angegebenen
  Gesichtsscans innerhalb von 5 Arbeitstagen und senden Ihnen einen
  Löschnachweis.
- Gesichtsscans werden standardmäßig am Ende jeder Sitzung gelöscht.

Sie müssen nicht erneut schreiben. Antworten Sie bitte nur, wenn Sie
Informationen ergänzen möchten, und lassen Sie die Ticketnummer im
Betreff stehen.

Mit freundlichen Grüßen
Ihr Visagio Datenschutzteam

Visagio Labs Ltd - Datenschutzbeauftragter: dpo@visagio.example
'''),
    ('de', 'person-forwards-pickup-notice-wrong-name-birthdate-insurer', 'correction', (),
'''Return-Path: <h.brandt@skynet.example>
Received: from mailrelay.skynet.example (mailrelay.skynet.example [195.238.6.174])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KEqG7xLeXz4wV6n
        for <privacy@shop.example.be>; Wed, 20 May 2026 08:41:03 +0200 (CEST)
From: Helmut Brandt <h.brandt@skynet.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?WG=3A_Ihre_Brille=3A_neuer_Abholtermin?=
Date: Wed, 20 May 2026 08:40:59 +0200
Message-ID: <4f8b1e2a-93c0-4d7e-a6b5-2c1f0e9d7a44@skynet.example>
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Guten Tag,

ich habe unten stehende SMS-Benachrichtigung auch als Mail bekommen, und
da ist schon wieder alles falsch. Ich heiße Brandt mit dt, nicht Brand,
und mein Geburtsdatum ist der 03.11.1958, nicht der 11.03.1958. Das habe
ich Ihrem Kollegen in Eupen im Mai schon gesagt.

Außerdem steht in meinem Kundenkonto noch die alte Krankenkasse. Ich bin
seit Januar bei der Christlichen Krankenkasse und nicht mehr bei der
Freien Krankenkasse. Bitte ändern Sie das, sonst geht der
Erstattungsantrag für die Brille wieder an die falsche Kasse.

Bitte berichtigen Sie das in Ihrem System und schicken Sie mir eine kurze
Bestätigung.

Mit freundlichen Grüßen
Helmut Brandt
Herbesthaler Straße 17, 4700 Eupen

----- Weitergeleitete Nachricht -----
Von: Shop Example Optik <noreply@shop.example.be>
An: h.brandt@skynet.example
Datum: Dienstag, 19. Mai 2026, 15:02
Betreff: Ihre Brille: neuer Abholtermin

Sehr geehrter Herr Brand,

leider verzögert sich die Lieferung Ihrer Gläser aus dem Labor. Ihre
neue Brille ist voraussichtlich ab dem 28.05.2026 in unserer Filiale
Eupen abholbereit.

Kundennummer: 0104472   Geburtsdatum: 11.03.1958
Krankenkasse: Freie Krankenkasse

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf
diese Nachricht.
'''),
    ('es', 'office365-ndr-spanish-prescription-copy-reply', 'automated', (),
'''Return-Path: <>
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2090.outbound.protection.outlook.com [40.107.7.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KFrH0yMfYz4wW8p
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 11:26:34 +0200 (CEST)
From: postmaster@clinicasanjorge.example
To: privacy@shop.example.be
Date: Fri, 17 Apr 2026 09:26:31 +0000
Subject: =?utf-8?Q?No_se_puede_entregar=3A_Re=3A_Solicitud_de_copia_de_mi_gradua?=
 =?utf-8?Q?ci=C3=B3n?=
Message-ID: <5c9e1b70-3a2f-4d8e-b61c-0e7f4a2d9b35@DB8PR06MB6235.eurprd06.prod.outlook.com>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: es-ES
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a1b7c3d9-ndr-0e5f-4b2a-9d8c7e6f5a41"

--a1b7c3d9-ndr-0e5f-4b2a-9d8c7e6f5a41
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

No se pudo entregar el mensaje a estos destinatarios:

alvaro.benitez@clinicasanjorge.example
No se encontró la dirección de correo electrónico que especificó. Compruebe la dirección del destinatario e intente volver a enviar el mensaje. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.

Información de diagnóstico para administradores:

Servidor generador: DB8PR06MB6235.eurprd06.prod.outlook.com

alvaro.benitez@clinicasanjorge.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--a1b7c3d9-ndr-0e5f-4b2a-9d8c7e6f5a41
Content-Type: message/delivery-status

Reporting-MTA: dns;DB8PR06MB6235.eurprd06.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Fri, 17 Apr 2026 09:26:29 +0000

Final-Recipient: rfc822;alvaro.benitez@clinicasanjorge.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--a1b7c3d9-ndr-0e5f-4b2a-9d8c7e6f5a41
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Date: Fri, 17 Apr 2026 11:26:25 +0200
From: Equipo de Privacidad de Shop Example <privacy@shop.example.be>
To: =?utf-8?Q?=C3=81lvaro_Ben=C3=ADtez?= <alvaro.benitez@clinicasanjorge.example>
Subject: =?utf-8?Q?Re=3A_Solicitud_de_copia_de_mi_graduaci=C3=B3n?=
Message-ID: <pt-20260417-0051308@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Estimado Sr. Benítez:

En respuesta a su solicitud de acceso del 8 de abril (artículo 15 del
RGPD), le enviamos en el documento adjunto su graduación actual y el
historial de las revisiones visuales realizadas en nuestra óptica de
Bruselas (Rue Neuve) en 2024 y 2026.

Si desea que corrijamos algún dato o que suprimamos su historial una vez
recogidas sus gafas, basta con contestar a este correo.

Atentamente,

Nadia El Amrani
Equipo de Privacidad - Shop Example BV

--a1b7c3d9-ndr-0e5f-4b2a-9d8c7e6f5a41--
'''),
    ('es', 'reminder-service-campaign-delivery-report-optouts', 'automated', (),
'''Return-Path: <informes@remindly.example>
Received: from mta3.remindly.example (mta3.remindly.example [198.51.100.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KGsJ2zNgZz4wX1q
        for <privacy@shop.example.be>; Tue, 05 May 2026 07:15:22 +0200 (CEST)
From: Remindly <informes@remindly.example>
To: privacy@shop.example.be
Subject: Informe de campaña: Recordatorio revisión visual (abril 2026)
Date: Tue, 05 May 2026 05:15:20 +0000
Message-ID: <camp-rv-2604-es.report.1777958120@remindly.example>
List-Unsubscribe: <mailto:unsubscribe+informes-8823@remindly.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hola:

Este es el resumen de la campaña que terminó el 30/04/2026.

Campaña:        Recordatorio revisión visual - clientes hispanohablantes
Cuenta:         Shop Example Óptica (BE) - subcuenta ES
Canal:          correo electrónico + SMS

Destinatarios seleccionados .......... 1.240
Enviados ............................. 1.228
Excluidos (sin consentimiento) ....... 12
Entregados ........................... 1.191
Rebotes ............................... 37
Citas reservadas desde el enlace ..... 214
Bajas ................................. 19

Las 19 bajas se han añadido automáticamente a su lista de supresión y
esas personas no recibirán más recordatorios de ninguna campaña. Sus
datos se conservan solo en la lista de supresión, como exige el RGPD
para poder respetar su oposición. Las direcciones que rebotan tres veces
se desactivan.

Puede descargar el detalle (CSV) durante 30 días en:
https://app.remindly.example/campaigns/rv-2604-es/report

Recibe este informe porque es el contacto de privacidad de la cuenta.
Para dejar de recibir informes de campaña, cambie sus preferencias en
Configuración > Notificaciones.

Remindly - recordatorios para comercios
'''),
    ('es', 'prescription-upload-portal-validation-needed', 'automated', (),
'''Return-Path: <noreply@recetas.shop.example.be>
Received: from app-web-02.shop.example.be (app-web-02.shop.example.be [192.0.2.62])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KHtK4aPhBz4wY3r
        for <privacy@shop.example.be>; Tue, 02 Jun 2026 22:41:37 +0200 (CEST)
From: Portal de recetas <noreply@recetas.shop.example.be>
To: optica-bruselas@shop.example.be
Cc: privacy@shop.example.be
Subject: =?utf-8?b?TnVldmEgcmVjZXRhIHBhcmEgdmFsaWRhciDigJMgcGVkaWRvIExDLVdFQi0yMDI2?=
 =?utf-8?b?LTA3NzE5?=
Date: Tue, 02 Jun 2026 22:41:36 +0200
Message-ID: <RX-55310.uploaded@recetas.shop.example.be>
X-Mailer: rx-portal/2.3
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

UG9ydGFsIGRlIHJlY2V0YXMgLSBTaG9wIEV4YW1wbGUgw5NwdGljYQoKU2UgaGEgc3ViaWRvIHVu
YSBudWV2YSByZWNldGEgcXVlIGRlYmUgdmFsaWRhciB1biDDs3B0aWNvIGFudGVzIGRlCnByZXBh
cmFyIGVsIHBlZGlkby4KClBlZGlkbzogICAgICAgICAgIExDLVdFQi0yMDI2LTA3NzE5IChsZW50
aWxsYXMgbWVuc3VhbGVzLCAyIHggNiB1ZHMuKQpUaWVuZGE6ICAgICAgICAgICBCcnVzZWxhcyAt
IFJ1ZSBOZXV2ZQpDbGllbnRlOiAgICAgICAgICBjbGllbnRlIG4uwrogMDExODI2NApEb2N1bWVu
dG86ICAgICAgICByZWNldGFfb2Z0YWxtb2xvZ28uanBnICgxLDggTUIpClN1YmlkbzogICAgICAg
ICAgIDAyLzA2LzIwMjYgMjI6NDEKRmVjaGEgZGUgcmVjZXRhOiAgMjcvMDUvMjAyNgpDYWR1Y2lk
YWQ6ICAgICAgICBpbmRpY2FkYSBwb3IgZWwgY2xpZW50ZTogMSBhw7FvCgpBY2Npb25lczogVmFs
aWRhciAvIFJlY2hhemFyIC8gUGVkaXIgbnVldmEgZm90bwpodHRwczovL2JhY2tvZmZpY2Uuc2hv
cC5leGFtcGxlLmJlL3JlY2V0YXMvUlgtNTUzMTAKCkxhIHJlY2V0YSBjb250aWVuZSBkYXRvcyBk
ZSBzYWx1ZCAoYXJ0LiA5IFJHUEQpLiBObyBsYSBkZXNjYXJndWUgZW4KZXF1aXBvcyBwZXJzb25h
bGVzIG5pIGxhIHJlZW52w61lIHBvciBjb3JyZW8uIFNlIGVsaW1pbmFyw6EgZGVsIHBvcnRhbAoz
MCBkw61hcyBkZXNwdcOpcyBkZSBsYSBlbnRyZWdhIGRlbCBwZWRpZG8sIHNlZ8O6biBsYSBwb2zD
rXRpY2EgZGUKY29uc2VydmFjacOzbiBkZSBsYSDDs3B0aWNhLgoKTWVuc2FqZSBhdXRvbcOhdGlj
byBkZWwgcG9ydGFsIGRlIHJlY2V0YXMuIE5vIHJlc3BvbmRhIGEgZXN0ZSBjb3JyZW8uCg==
'''),
    ('es', 'person-asks-missing-lens-parcel-above-delivered-notice', 'other', (),
'''Return-Path: <carmen.rdz.lopez@gmail.com>
Received: from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KJuL6bQiCz4wZ5s
        for <privacy@shop.example.be>; Mon, 01 Jun 2026 09:58:14 +0200 (CEST)
Received: by mail-ej1-f52.google.com with SMTP id a640c23a62f3a-ad8f2e41b7cso55320466b.2
        for <privacy@shop.example.be>; Mon, 01 Jun 2026 00:58:13 -0700 (PDT)
From: Carmen Rodriguez <carmen.rdz.lopez@gmail.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Re=3A_=C2=A1Tu_pedido_ha_sido_entregado!?=
Date: Mon, 1 Jun 2026 09:58:10 +0200
Message-Id: <7E3B9F21-4C8A-4D60-A2E5-91F0C3B7D826@gmail.com>
References: <ship.LC-31544.delivered@lenscycle.example>
In-Reply-To: <ship.LC-31544.delivered@lenscycle.example>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22F76)

Hola, =C2=BFalguien me puede decir d=C3=B3nde est=C3=A1 mi paquete? Aqu=C3=
=AD pone
entregado el s=C3=A1bado pero yo estuve en casa todo el d=C3=ADa y no ha ve=
nido
nadie, ni aviso en el buz=C3=B3n ni nada. Me quedan lentillas para 3 d=C3=
=ADas.
Escribo aqu=C3=AD porque es el =C3=BAnico correo que he encontrado en la we=
b, el
de la tienda no contesta.

Carmen

Enviado desde mi iPhone

> El 30 may 2026, a las 14:12, Shop Example Lentillas <envios@lenscycle.exa=
mple> escribi=C3=B3:
>
> Hola Carmen:
>
> =C2=A1Tu pedido ha sido entregado!
>
> Suscripci=C3=B3n:   LC-31544 - lentillas diarias, 90 uds.
> Transportista: bpost - 3232 8841 0277 1930
> Entregado:     30/05/2026 14:05 - Av. de la Couronne 214, 1050 Ixelles
>
> =C2=BFAlg=C3=BAn problema con la entrega? Responde a este correo o llama =
al
> 02 555 47 10.
>
> Pr=C3=B3ximo env=C3=ADo previsto: 28/08/2026.
>
> Tratamos tus datos para gestionar tu suscripci=C3=B3n. M=C3=A1s informaci=
=C3=B3n sobre
> privacidad y tus derechos: https://www.shop.example.be/privacidad
> Si no quieres recibir estos avisos, gestiona tus preferencias en tu
> cuenta.
'''),
    ('it', 'exim-bounce-italian-reply-hearing-test-results', 'automated', (),
'''Return-Path: <>
Received: from relay2.shop.example.be ([192.0.2.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KKvM8cRjDz4wa7t
        for <privacy@shop.example.be>; Mon, 23 Mar 2026 10:48:06 +0100 (CET)
Received: from mailnull by relay2.shop.example.be with local (Exim 4.97.1)
	id 1w5TmB-0009Kd-3F
	for privacy@shop.example.be;
	Mon, 23 Mar 2026 10:48:05 +0100
X-Failed-Recipients: lucia.marchetti@liberomail.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay2.shop.example.be>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1774259285-eximdsn-846930886
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1w5TmB-0009Kd-3F@relay2.shop.example.be>
Date: Mon, 23 Mar 2026 10:48:05 +0100

--1774259285-eximdsn-846930886
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  lucia.marchetti@liberomail.example
    host mx.liberomail.example [203.0.113.140]
    SMTP error from remote mail server after RCPT TO:<lucia.marchetti@liberomail.example>:
    550 5.1.1 utente inesistente / user unknown

--1774259285-eximdsn-846930886
Content-type: message/delivery-status

Reporting-MTA: dns; relay2.shop.example.be

Action: failed
Final-Recipient: rfc822;lucia.marchetti@liberomail.example
Status: 5.0.0
Remote-MTA: dns; mx.liberomail.example
Diagnostic-Code: smtp; 550 5.1.1 utente inesistente / user unknown

--1774259285-eximdsn-846930886
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be ([192.0.2.41])
	by relay2.shop.example.be with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <privacy@shop.example.be>)
	id 1w5TmA-0009Ka-2c
	for lucia.marchetti@liberomail.example;
	Mon, 23 Mar 2026 10:48:04 +0100
Date: Mon, 23 Mar 2026 10:48:03 +0100
From: Team Privacy Shop Example <privacy@shop.example.be>
To: Lucia Marchetti <lucia.marchetti@liberomail.example>
Subject: Re: esami dell'udito - cancellazione
Message-ID: <pt-20260323-0045511@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gentile Signora Marchetti,

come richiesto il 10 marzo, abbiamo cancellato dal nostro sistema i
risultati del test dell'udito eseguito nel nostro centro di Bruxelles
(Ixelles) il 4 febbraio 2026 e la sua scheda cliente del reparto
acustica, poiché non ha acquistato apparecchi acustici.

Conserviamo soltanto la fattura della visita, che per legge dobbiamo
tenere per 7 anni.

Cordiali saluti,

Giorgia Lenaerts
Team Privacy - Shop Example BV

--1774259285-eximdsn-846930886--
'''),
    ('it', 'hearing-aid-app-consent-revoked-by-patient-notice', 'automated', (),
'''Return-Path: <noreply@pro.sonaro.example>
Received: from smtp1.sonaro.example (smtp1.sonaro.example [198.51.100.125])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KLwN1dSkEz4wb9v
        for <privacy@shop.example.be>; Mon, 15 Jun 2026 21:36:52 +0200 (CEST)
From: Sonaro Pro <noreply@pro.sonaro.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Revoca_del_consenso=3A_un_paziente_ha_interrotto_la_condivisione_d?=
 =?utf-8?q?ei_dati?=
Date: Mon, 15 Jun 2026 21:36:50 +0200
Message-ID: <consent-revoked.SN-IT-3310482.1781552210@pro.sonaro.example>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Verdana,sans-serif;font-size:13px;color:#2=
22">
<p><img src=3D"https://cdn.sonaro.example/mail/logo.png" alt=3D"Sonaro" wid=
th=3D"120"></p>
<h3>Condivisione dei dati interrotta</h3>
<p>Gentile centro acustico,</p>
<p>il paziente <b>SN-IT-3310482</b> (apparecchi Sonaro Vivo 5, coppia) ha <=
b>revocato il consenso</b>
alla condivisione dei suoi dati con il vostro centro <b>Shop Example Acusti=
ca Bruxelles Ixelles</b>
il 15/06/2026 alle 21:36 tramite l'app Sonaro Life.</p>
<p>Da questo momento:</p>
<ul>
<li>non vedrete pi=C3=B9 le statistiche di utilizzo n=C3=A9 i risultati dei=
 test dell'udito fatti nell'app;</li>
<li>non potrete pi=C3=B9 inviare regolazioni a distanza agli apparecchi del=
 paziente;</li>
<li>i dati gi=C3=A0 ricevuti prima della revoca restano nella vostra cartel=
la clinica, sotto la vostra responsabilit=C3=A0
di titolare del trattamento (art. 9 e 17 GDPR).</li>
</ul>
<p>Se il paziente desidera anche la cancellazione o una copia dei dati cons=
ervati presso di voi, vi contatter=C3=A0
direttamente. Sonaro non trasmette le richieste di esercizio dei diritti al=
 centro.</p>
<p>Il paziente pu=C3=B2 riattivare la condivisione in qualsiasi momento dal=
l'app.</p>
<p style=3D"font-size:11px;color:#888">Questa =C3=A8 una notifica automatic=
a di Sonaro Pro. Non rispondere a questo messaggio.<br>
Sonaro Hearing S.r.l. &ndash; Via Tortona 37, 20144 Milano &ndash; dpo@sona=
ro.example</p>
</body></html>
'''),
    ('it', 'outlook-ooo-italian-contact-lens-distributor', 'automated', (),
'''Return-Path: <f.rinaldi@lentivista.example>
Received: from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2113.outbound.protection.outlook.com [40.107.14.113])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KMxP3eTmFz4wc2w
        for <privacy@shop.example.be>; Thu, 06 Aug 2026 10:02:29 +0200 (CEST)
From: Federica Rinaldi <f.rinaldi@lentivista.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Risposta automatica: Elenco sub-responsabili spedizione lenti a contatto
Thread-Topic: Elenco sub-responsabili spedizione lenti a contatto
Thread-Index: AQHeBf7kP2m9Xs0yR4wLcV8tN1aQ6g==
Date: Thu, 06 Aug 2026 08:02:27 +0000
Message-ID: <0d6e3b81c2f94a7e8b15f2a0c9d4e713@AM0PR08MB5410.eurprd08.prod.outlook.com>
In-Reply-To: <pt-20260806-0079044@helpdesk.shop.example.be>
Content-Language: it-IT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: f.rinaldi@lentivista.example
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Buongiorno,

sono fuori ufficio per ferie fino al 24 agosto compreso, con accesso
limitato alla posta.

Per ordini e consegne di lenti a contatto: ordini@lentivista.example
Per questioni urgenti sui contratti e sulla protezione dei dati
(nomine a responsabile, sub-responsabili, audit): privacy@lentivista.example

I messaggi non verranno inoltrati.

Cordiali saluti,
Federica Rinaldi
Key Account Benelux - Lentivista S.p.A.
'''),
    ('it', 'person-pec-envelope-restriction-wrong-audiogram-to-insurer', 'restriction', ('correction',),
'''Return-Path: <posta-certificata@pec.example>
Received: from smtp-out.pec.example (smtp-out.pec.example [203.0.113.204])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KNyQ5fVnGz4wd4x
        for <privacy@shop.example.be>; Thu, 09 Apr 2026 18:22:11 +0200 (CEST)
Received: from mx.pec.example (localhost [127.0.0.1])
	by smtp-out.pec.example (Postfix) with ESMTP id 7C41A2005F
	for <privacy@shop.example.be>; Thu, 09 Apr 2026 18:22:08 +0200 (CEST)
X-Riferimento-Message-ID: <a3f9c1d2-77b0-4e1a-9c5d-0b8e2f6a4d19@pec.example>
X-Trasporto: posta-certificata
Date: Thu, 09 Apr 2026 18:22:07 +0200
Subject: POSTA CERTIFICATA: Limitazione trattamento dati - esame udito 20/03
From: "Per conto di: giulia.ferraresi@pec.example" <posta-certificata@pec.example>
Reply-To: giulia.ferraresi@pec.example
To: privacy@shop.example.be
Message-ID: <opec2104.20260409182207.30411.522.1.63@pec.example>
X-TipoRicevuta: completa
X-Mailer: PEC Gateway 4.1
MIME-Version: 1.0
Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;
	boundary="----pec-sig-3F8A21C907"

------pec-sig-3F8A21C907
Content-Type: multipart/mixed; boundary="----pec-mix-5B0D4E7712"

------pec-mix-5B0D4E7712
Content-Type: multipart/alternative; boundary="----pec-alt-91C6E2A0F3"

------pec-alt-91C6E2A0F3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Messaggio di posta certificata

Il giorno 09/04/2026 alle ore 18:22:07 (+0200) il messaggio
"Limitazione trattamento dati - esame udito 20/03" =C3=A8 stato inviato da =
"giulia.ferraresi@pec.example"
indirizzato a:
privacy@shop.example.be
Il messaggio originale =C3=A8 incluso in allegato.
Identificativo messaggio: opec2104.20260409182207.30411.522.1.63@pec.example

------pec-alt-91C6E2A0F3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body>
<p><b>Messaggio di posta certificata</b></p>
<p>Il giorno 09/04/2026 alle ore 18:22:07 (+0200) il messaggio<br>
&quot;Limitazione trattamento dati - esame udito 20/03&quot; &egrave; stato=
 inviato da &quot;giulia.ferraresi@pec.example&quot;<br>
indirizzato a:<br>
privacy@shop.example.be<br>
Il messaggio originale &egrave; incluso in allegato.<br>
Identificativo messaggio: opec2104.20260409182207.30411.522.1.63@pec.exampl=
e</p>
</body></html>

------pec-alt-91C6E2A0F3--

------pec-mix-5B0D4E7712
Content-Type: application/xml; name="daticert.xml"
Content-Disposition: inline; filename="daticert.xml"
Content-Transfer-Encoding: base64

PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPHBvc3RhY2VydCB0aXBvPSJw
b3N0YS1jZXJ0aWZpY2F0YSIgZXJyb3JlPSJuZXNzdW5vIj4KICA8aW50ZXN0YXppb25lPgogICAg
PG1pdHRlbnRlPmdpdWxpYS5mZXJyYXJlc2lAcGVjLmV4YW1wbGU8L21pdHRlbnRlPgogICAgPGRl
c3RpbmF0YXJpIHRpcG89ImVzdGVybm8iPnByaXZhY3lAc2hvcC5leGFtcGxlLmJlPC9kZXN0aW5h
dGFyaT4KICAgIDxyaXNwb3N0ZT5naXVsaWEuZmVycmFyZXNpQHBlYy5leGFtcGxlPC9yaXNwb3N0
ZT4KICAgIDxvZ2dldHRvPkxpbWl0YXppb25lIHRyYXR0YW1lbnRvIGRhdGkgLSBlc2FtZSB1ZGl0
byAyMC8wMzwvb2dnZXR0bz4KICA8L2ludGVzdGF6aW9uZT4KICA8ZGF0aT4KICAgIDxnZXN0b3Jl
LWVtaXR0ZW50ZT5QRUMgRXhhbXBsZSBTLnAuQS48L2dlc3RvcmUtZW1pdHRlbnRlPgogICAgPGRh
dGEgem9uYT0iKzAyMDAiPgogICAgICA8Z2lvcm5vPjA5LzA0LzIwMjY8L2dpb3Jubz4KICAgICAg
PG9yYT4xODoyMjowNzwvb3JhPgogICAgPC9kYXRhPgogICAgPGlkZW50aWZpY2F0aXZvPm9wZWMy
MTA0LjIwMjYwNDA5MTgyMjA3LjMwNDExLjUyMi4xLjYzQHBlYy5leGFtcGxlPC9pZGVudGlmaWNh
dGl2bz4KICAgIDxtc2dpZD4mbHQ7YTNmOWMxZDItNzdiMC00ZTFhLTljNWQtMGI4ZTJmNmE0ZDE5
QHBlYy5leGFtcGxlJmd0OzwvbXNnaWQ+CiAgPC9kYXRpPgo8L3Bvc3RhY2VydD4K

------pec-mix-5B0D4E7712
Content-Type: message/rfc822; name="postacert.eml"
Content-Disposition: inline; filename="postacert.eml"

Return-Path: <giulia.ferraresi@pec.example>
Date: Thu, 9 Apr 2026 18:21:58 +0200
From: Giulia Ferraresi <giulia.ferraresi@pec.example>
To: privacy@shop.example.be
Subject: Limitazione trattamento dati - esame udito 20/03
Message-ID: <a3f9c1d2-77b0-4e1a-9c5d-0b8e2f6a4d19@pec.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Spett.le Shop Example BV,

il 20 marzo ho fatto l'esame dell'udito nel vostro centro di Bruxelles
(Ixelles) e voi avete mandato il risultato, con la richiesta di rimborso
per gli apparecchi, alla mia assicurazione. L'assicurazione mi ha appena
respinto la pratica perch=C3=A9 l'audiogramma inviato porta la data del 20
febbraio e risulta fatto a un'altra persona (il nome =C3=A8 sbagliato:
"Ferraresi Giuliana" invece di Giulia Ferraresi).

Ho chiesto alla vostra audioprotesista di verificare, ma nel frattempo
vi chiedo, ai sensi dell'art. 18 del GDPR, di non usare pi=C3=B9 quei dati e
di non trasmettere nulla all'assicurazione, n=C3=A9 ad altri, finch=C3=A9 n=
on
avrete accertato quale esame =C3=A8 davvero il mio. Poi naturalmente vanno
corretti il nome e la data.

Vi prego di confermarmi per iscritto, a questo indirizzo PEC, che il
trattamento =C3=A8 stato limitato.

Distinti saluti
Giulia Ferraresi
Chauss=C3=A9e de Boondael 92, 1050 Ixelles

------pec-mix-5B0D4E7712--

------pec-sig-3F8A21C907
Content-Type: application/pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"

MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAKCAMIIF
zTCCBLWgAwIBAgIQcE3mY8kVq1x2N0wR7pL4aDANBgkqhkiG9w0BAQsFADBsMQswCQYDVQQGEwJJ
VDEbMBkGA1UECgwSUEVDIEV4YW1wbGUgUy5wLkEuMRowGAYDVQQLDBFDZXJ0aWZpY2F0aW9uIFNl
cnZpY2UxJDAiBgNVBAMMG1BFQyBFeGFtcGxlIFNpZ25pbmcgQ0EgMjAyNjAeFw0yNjAxMDUwMDAw
MDBaFw0yNzAxMDUyMzU5NTlaMEQxCzAJBgNVBAYTAklUMRswGQYDVQQKDBJQRUMgRXhhbXBsZSBT
LnAuQS4xGDAWBgNVBAMMD3BlYy5leGFtcGxlIGdhdGV3YXkAAAAAAAA=

------pec-sig-3F8A21C907--
'''),
    ('pt', 'sendmail-bounce-portuguese-reply-lens-subscription-data', 'automated', (),
'''Return-Path: <MAILER-DAEMON@mail.shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.27])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KPzR7gWoHz4we6y
        for <privacy@shop.example.be>; Fri, 10 Jul 2026 15:33:41 +0200 (CEST)
Received: from localhost (localhost)
	by mail.shop.example.be (8.17.2/8.17.2) id 66ADXb1N019377;
	Fri, 10 Jul 2026 15:33:41 +0200
Date: Fri, 10 Jul 2026 15:33:41 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.shop.example.be>
Message-Id: <202607101333.66ADXb1N019377@mail.shop.example.be>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="66ADXb1N019377.1783690421/mail.shop.example.be"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--66ADXb1N019377.1783690421/mail.shop.example.be

The original message was received at Fri, 10 Jul 2026 15:33:38 +0200
from helpdesk.shop.example.be [192.0.2.41]

   ----- The following addresses had permanent fatal errors -----
<tiago.amaral@netcabo.example>
    (reason: 550 5.7.1 Message rejected: sender domain failed policy check)

   ----- Transcript of session follows -----
... while talking to mx.netcabo.example.:
>>> DATA
<<< 550 5.7.1 Message rejected: sender domain failed policy check
554 5.0.0 Service unavailable

--66ADXb1N019377.1783690421/mail.shop.example.be
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.shop.example.be
Received-From-MTA: DNS; helpdesk.shop.example.be
Arrival-Date: Fri, 10 Jul 2026 15:33:38 +0200

Final-Recipient: RFC822; tiago.amaral@netcabo.example
Action: failed
Status: 5.7.1
Remote-MTA: DNS; mx.netcabo.example
Diagnostic-Code: SMTP; 550 5.7.1 Message rejected: sender domain failed policy check
Last-Attempt-Date: Fri, 10 Jul 2026 15:33:41 +0200

--66ADXb1N019377.1783690421/mail.shop.example.be
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from helpdesk.shop.example.be (helpdesk.shop.example.be [192.0.2.41])
	by mail.shop.example.be (8.17.2/8.17.2) with ESMTPS id 66ADXaYq019371
	for <tiago.amaral@netcabo.example>; Fri, 10 Jul 2026 15:33:38 +0200
Date: Fri, 10 Jul 2026 15:33:36 +0200
From: Equipa de Privacidade Shop Example <privacy@shop.example.be>
To: Tiago Amaral <tiago.amaral@netcabo.example>
Subject: Re: Os meus dados da assinatura de lentes
Message-ID: <pt-20260710-0072240@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Caro Sr. Amaral,

Conforme pediu a 1 de julho, enviamos em anexo, num ficheiro CSV, os
dados da sua assinatura de lentes de contacto LensCycle: a graduação
indicada na receta que carregou, os envios desde 2024, as moradas de
entrega e os pagamentos.

A assinatura foi cancelada como pediu; os dados de faturação são
conservados durante o prazo legal.

Com os melhores cumprimentos,

Inês Vermeulen
Equipa de Privacidade - Shop Example BV

--66ADXb1N019377.1783690421/mail.shop.example.be--
'''),
    ('pt', 'contact-lens-subscription-shipped-tracking-pt', 'automated', (),
'''Return-Path: <envios@lenscycle.example>
Received: from mta-2.lenscycle.example (mta-2.lenscycle.example [198.51.100.74])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KQaS0hXpJz4wf8z
        for <privacy@shop.example.be>; Wed, 24 Jun 2026 06:12:05 +0200 (CEST)
From: Shop Example Lentes <envios@lenscycle.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?A_sua_encomenda_LC-32006_foi_expedida_=F0=9F=93=A6?=
Date: Wed, 24 Jun 2026 06:12:03 +0200
Message-ID: <ship.LC-32006.shipped.1782274323@lenscycle.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Olá,

A sua encomenda de lentes de contacto foi expedida.

Assinatura:      LC-32006 - lentes mensais, 6 unidades (x2)
Envio:           3 de 4 deste período
Transportadora:  bpost
Seguimento:      3232 8841 0291 5567
                 https://track.bpost.example/?itemCode=323288410291556
Entrega prevista: 25/06/2026, entre as 9h e as 17h
Morada:          (a morada registada na sua conta)

Se não estiver em casa, a encomenda fica no ponto bpost mais próximo
durante 14 dias.

Próximo pagamento: 20/12/2026 - 59,00 EUR

Lembrete: a sua receta expira em 09/2026. Para continuar a receber
lentes, carregue uma receta nova em A minha conta > Receitas.

Tratamos os seus dados para gerir a sua assinatura. Saiba mais sobre
privacidade e os seus direitos em https://www.shop.example.be/privacidade

Este e-mail foi enviado automaticamente. Não responda a esta mensagem.
'''),
    ('pt', 'insurer-helpdesk-auto-ack-rgpd-reimbursement-portal', 'automated', (),
'''Return-Path: <support+id48213@seguros-atlantida.zendesk.example>
Received: from out-12.smtp.zendesk.example (out-12.smtp.zendesk.example [198.51.100.240])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KRbT2jYqKz4wg1A
        for <privacy@shop.example.be>; Mon, 29 Jun 2026 11:50:19 +0200 (CEST)
From: =?UTF-8?Q?Seguros_Atl=C3=A2ntida_-_Apoio?= <apoio@seguros-atlantida.example>
Reply-To: =?UTF-8?Q?Seguros_Atl=C3=A2ntida_-_Apoio?= <support+id48213@seguros-atlantida.zendesk.example>
To: Shop Example Privacidade <privacy@shop.example.be>
Subject: [Pedido #48213] Recebemos o seu pedido: Reembolso de aparelhos auditivos
Date: Mon, 29 Jun 2026 09:50:17 +0000
Message-ID: <VK4Q9XR2ZM_6892e6b9a1b3f_48213_sprut@zendesk.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 6a1f3c
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6892e6b9a3c4d_7e2"

----==_mimepart_6892e6b9a3c4d_7e2
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Escreva a sua resposta acima desta linha -##

O seu pedido (48213) foi recebido e ser=C3=A1 analisado pela nossa equipa.

Obrigado por contactar a Seguros Atl=C3=A2ntida.

Pedidos de reembolso de aparelhos auditivos e de =C3=B3culos devem ser
submetidos pelo segurado no Portal de Reembolsos, com a fatura e o
relat=C3=B3rio do audiograma ou a prescri=C3=A7=C3=A3o. Por motivos de prot=
e=C3=A7=C3=A3o de
dados (RGPD), n=C3=A3o aceitamos dados de sa=C3=BAde enviados por e-mail por
terceiros, incluindo =C3=B3pticas e centros auditivos; os anexos recebidos
desta forma s=C3=A3o eliminados automaticamente.

Se o seu pedido diz respeito aos seus direitos enquanto titular dos
dados (acesso, retifica=C3=A7=C3=A3o, apagamento, oposi=C3=A7=C3=A3o), cont=
acte o nosso
Encarregado de Prote=C3=A7=C3=A3o de Dados: epd@seguros-atlantida.example.

Tempo m=C3=A9dio de resposta: 5 dias =C3=BAteis.

Este e-mail =C3=A9 uma resposta autom=C3=A1tica. [6RKD4V-P1Q8]

----==_mimepart_6892e6b9a3c4d_7e2
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><p style=3D"color:#b5b5b5">##- Escreva a sua resposta acima des=
ta linha -##</p><p>O seu pedido (48213) foi recebido e ser=C3=A1 analisado =
pela nossa equipa.</p><p>Obrigado por contactar a Seguros Atl=C3=A2ntida.</=
p><p>Pedidos de reembolso de aparelhos auditivos e de =C3=B3culos devem ser=
 submetidos pelo segurado no Portal de Reembolsos. Por motivos de prote=C3=
=A7=C3=A3o de dados (RGPD), n=C3=A3o aceitamos dados de sa=C3=BAde enviados=
 por e-mail por terceiros; os anexos recebidos desta forma s=C3=A3o elimina=
dos automaticamente.</p><p style=3D"color:#999">Este e-mail =C3=A9 uma resp=
osta autom=C3=A1tica. [6RKD4V-P1Q8]</p></body></html>

----==_mimepart_6892e6b9a3c4d_7e2--
'''),
    ('pt', 'person-asks-hearing-data-file-for-new-centre-above-app-export', 'portability', (),
'''Return-Path: <fernanda.sacarvalho@gmail.com>
Received: from mail-wr1-f49.google.com (mail-wr1-f49.google.com [209.85.221.49])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KScV4kZrLz4wh3B
        for <privacy@shop.example.be>; Fri, 03 Jul 2026 14:27:48 +0200 (CEST)
Received: by mail-wr1-f49.google.com with SMTP id ffacd0b85a97d-3a4f7e2d1c0so3318702f8f.1
        for <privacy@shop.example.be>; Fri, 03 Jul 2026 05:27:47 -0700 (PDT)
MIME-Version: 1.0
From: =?UTF-8?Q?Fernanda_S=C3=A1_Carvalho?= <fernanda.sacarvalho@gmail.com>
Date: Fri, 3 Jul 2026 14:27:35 +0200
Message-ID: <CAF4nR8q=Yb2TzV0kMx7wPe3jLc9uHs1aD6oGi5rNt2Bv8KmQ@mail.gmail.com>
Subject: =?UTF-8?Q?Fwd=3A_Os_seus_dados_AuriLink?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000b3e7a1063c9f2d14"

--000000000000b3e7a1063c9f2d14
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Boa tarde,

Vou mudar de audiologista (vou viver para Portugal em setembro) e o novo
centro pede-me os meus dados. Recebi a mensagem da AuriLink que segue em
baixo, mas eles dizem que os dados do meu acompanhamento est=C3=A3o com a
vossa loja de Anderlecht.

Podem enviar-me, num ficheiro que o novo centro consiga importar (o que
eles chamam "ficheiro NOAH" ou pelo menos um CSV/XML), os audiogramas dos
testes que fiz convosco e as regula=C3=A7=C3=B5es dos meus dois aparelhos? =
Se for
poss=C3=ADvel enviarem diretamente para o centro em Braga tamb=C3=A9m serve:
geral@audiobraga.example

Obrigada
Fernanda S=C3=A1 Carvalho
Cliente 0126601

---------- Forwarded message ---------
De: AuriLink <app@aurilink.example>
Date: qui., 2 de jul. de 2026 =C3=A0s 19:03
Subject: Os seus dados AuriLink
To: <fernanda.sacarvalho@gmail.com>

Ol=C3=A1 Fernanda,

Pediu uma c=C3=B3pia dos seus dados na aplica=C3=A7=C3=A3o AuriLink. A expo=
rta=C3=A7=C3=A3o
cont=C3=A9m os dados guardados na sua conta (perfil, horas de utiliza=C3=A7=
=C3=A3o,
testes auditivos feitos na aplica=C3=A7=C3=A3o). Est=C3=A1 dispon=C3=ADvel =
durante 7 dias:
https://app.aurilink.example/export/9c2f71ab

Os dados de adapta=C3=A7=C3=A3o e os audiogramas feitos no seu centro audit=
ivo
n=C3=A3o s=C3=A3o guardados pela AuriLink. Para os obter, contacte o seu ce=
ntro.

Esta mensagem foi enviada automaticamente.
Equipa AuriLink

--000000000000b3e7a1063c9f2d14
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Boa tarde,<br>
<br>
Vou mudar de audiologista (vou viver para Portugal em setembro) e o novo<br>
centro pede-me os meus dados. Recebi a mensagem da AuriLink que segue em<br>
baixo, mas eles dizem que os dados do meu acompanhamento est=C3=A3o com a<b=
r>
vossa loja de Anderlecht.<br>
<br>
Podem enviar-me, num ficheiro que o novo centro consiga importar (o que<br>
eles chamam "ficheiro NOAH" ou pelo menos um CSV/XML), os audiogramas dos<b=
r>
testes que fiz convosco e as regula=C3=A7=C3=B5es dos meus dois aparelhos? =
Se for<br>
poss=C3=ADvel enviarem diretamente para o centro em Braga tamb=C3=A9m serve=
:<br>
geral@audiobraga.example<br>
<br>
Obrigada<br>
Fernanda S=C3=A1 Carvalho<br>
Cliente 0126601<br>
<br>
---------- Forwarded message ---------<br>
De: AuriLink &lt;app@aurilink.example&gt;<br>
Date: qui., 2 de jul. de 2026 =C3=A0s 19:03<br>
Subject: Os seus dados AuriLink<br>
To: &lt;fernanda.sacarvalho@gmail.com&gt;<br>
<br>
Ol=C3=A1 Fernanda,<br>
<br>
Pediu uma c=C3=B3pia dos seus dados na aplica=C3=A7=C3=A3o AuriLink. A expo=
rta=C3=A7=C3=A3o<br>
cont=C3=A9m os dados guardados na sua conta (perfil, horas de utiliza=C3=A7=
=C3=A3o,<br>
testes auditivos feitos na aplica=C3=A7=C3=A3o). Est=C3=A1 dispon=C3=ADvel =
durante 7 dias:<br>
https://app.aurilink.example/export/9c2f71ab<br>
<br>
Os dados de adapta=C3=A7=C3=A3o e os audiogramas feitos no seu centro audit=
ivo<br>
n=C3=A3o s=C3=A3o guardados pela AuriLink. Para os obter, contacte o seu ce=
ntro.<br>
<br>
Esta mensagem foi enviada automaticamente.<br>
Equipa AuriLink<br>
</div>

--000000000000b3e7a1063c9f2d14--
'''),
]

"""Seventy-ninth set, book B robots: robot mail of the systems around pets, garden and bulky home deliveries (the pet club's and vet booking platform's reminders, pet-insurance partner mail, microchip registry notices, plant-care app digests, robot mower cloud alerts and data-sharing notices, garden-planner export notices, carriers' delivery-slot and proof-of-delivery mail, route-planning reports of the driver app), out-of-office replies, bounces of several MTAs and helpdesk acknowledgements, plus people whose mail looks automatic (en, nl, fr, de, es, it, pt). Written apart from the rules."""

ROBOTS = [
    ('en', 'vetconnect-pet-club-vaccination-due-reminder', 'automated', (),
'''Return-Path: <bounce-pc-77120@mail.vetconnect.example>
Received: from out-3.mail.vetconnect.example (out-3.mail.vetconnect.example [198.51.100.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc1Pq7Rx2z9Lm
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 07:02:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=vetconnect.example; s=vc2025;
	h=from:to:subject:date:message-id:list-unsubscribe;
	bh=Yc3n0R8uTf1Lw6KpZ2sV9dQx4Hm7Ej5Ba0Gi3No8Ut4=;
	b=Nw4Rk8Xp2Tz6Lm1Qv9Hc3Jd7Fs5Gb0Ky8Wt2Ue6Ia4Op1Ln9Mc3Rx7Zq5Vb2Hd8Sj
From: Shop Example Pet Club <petclub@vetconnect.example>
Reply-To: Dierenkliniek De Linde <onthaal@delinde-vet.example>
To: privacy@shop.example.be
Subject: Pixel's annual vaccination is due - book now in two taps
Date: Mon, 27 Apr 2026 05:02:11 +0000
Message-ID: <rem.vax.77120.1777266131@mail.vetconnect.example>
Auto-Submitted: auto-generated
Precedence: bulk
List-Unsubscribe: <https://vetconnect.example/u/pc/77120/Zk3q9>, <mailto:unsub-pc-77120@mail.vetconnect.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: reminder:petclub-be:vetconnect
X-Mailer: VetConnect Notify 3.8
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="vc_alt_77120"

--vc_alt_77120
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hi Pet Club member,

Pixel (cat, European shorthair, 3 years) is due for the annual
vaccination (cat flu / feline panleukopenia) on 12 May 2026.

Your practice: Dierenkliniek De Linde, Mechelsesteenweg 212, 2500 Lier
Free slots this week: Tue 10:20 - Wed 16:40 - Sat 09:00

Book now: https://vetconnect.example/b/delinde/77120?pet=3Dpixel

Bring Pixel's vaccination booklet. If Pixel has already been vaccinated
elsewhere, let us know and we will stop this reminder.

Pawsome regards,
The Shop Example Pet Club team

--
You receive this reminder because you registered Pixel in the Shop Example
Pet Club and allowed vaccination reminders from your vet. VetConnect sends
it on behalf of Shop Example and your practice. Your personal data and your
pet's health data are processed in accordance with the GDPR; read the
privacy notice at https://vetconnect.example/privacy/petclub-be.
Manage reminders, delete your pet profile or unsubscribe:
https://vetconnect.example/u/pc/77120/Zk3q9
--vc_alt_77120
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><body style=3D"font-family:Arial,sans-serif;color:#243=
">
<p>Hi Pet Club member,</p>
<p><b>Pixel</b> (cat, European shorthair, 3 years) is due for the annual va=
ccination on <b>12 May 2026</b>.</p>
<table style=3D"border:1px solid #cde;padding:8px"><tr><td>Your practice</t=
d><td>Dierenkliniek De Linde, Mechelsesteenweg 212, 2500 Lier</td></tr>
<tr><td>Free slots</td><td>Tue 10:20 &middot; Wed 16:40 &middot; Sat 09:00<=
/td></tr></table>
<p><a href=3D"https://vetconnect.example/b/delinde/77120?pet=3Dpixel" style=
=3D"background:#2a7;color:#fff;padding:10px 18px;text-decoration:none">Book=
 now</a></p>
<p style=3D"font-size:11px;color:#789">You receive this reminder because yo=
u registered Pixel in the Shop Example Pet Club and allowed vaccination rem=
inders from your vet. Your personal data and your pet's health data are pro=
cessed in accordance with the GDPR (<a href=3D"https://vetconnect.example/p=
rivacy/petclub-be">privacy notice</a>).<br>
<a href=3D"https://vetconnect.example/u/pc/77120/Zk3q9">Manage reminders</a=
> &middot; <a href=3D"https://vetconnect.example/u/pc/77120/Zk3q9?del=3D1">=
Delete pet profile</a> &middot; <a href=3D"https://vetconnect.example/u/pc/=
77120/Zk3q9">Unsubscribe</a></p>
</body></html>
--vc_alt_77120--
'''),
    ('en', 'postfix-bounce-reply-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
        id 4Kd8Tz2Nq0z7Hb; Tue, 28 Apr 2026 15:41:09 +0200 (CEST)
Date: Tue, 28 Apr 2026 15:41:09 +0200 (CEST)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Kd8Tz2Nq0z7Hb.1777383669/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260428134109.4Kd8Tz2Nq0z7Hb@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4Kd8Tz2Nq0z7Hb.1777383669/mx1.shop.example.be
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

<claire.hendry@mailbox.example.be>: host mx.mailbox.example.be[192.0.2.61]
    said: 552 5.2.2 <claire.hendry@mailbox.example.be>: Mailbox full, quota
    exceeded (in reply to RCPT TO command)

--4Kd8Tz2Nq0z7Hb.1777383669/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4Kd8Tz2Nq0z7Hb
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 28 Apr 2026 15:41:07 +0200 (CEST)

Final-Recipient: rfc822; claire.hendry@mailbox.example.be
Original-Recipient: rfc822;claire.hendry@mailbox.example.be
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.mailbox.example.be
Diagnostic-Code: smtp; 552 5.2.2 <claire.hendry@mailbox.example.be>: Mailbox
    full, quota exceeded

--4Kd8Tz2Nq0z7Hb.1777383669/mx1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from privacy-desk.shop.example.be (privacy-desk.shop.example.be [10.20.4.17])
        by mx1.shop.example.be (Postfix) with ESMTPSA id 4Kd8Tz2Nq0z7Hb
        for <claire.hendry@mailbox.example.be>; Tue, 28 Apr 2026 15:41:07 +0200 (CEST)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Claire Hendry <claire.hendry@mailbox.example.be>
Subject: Re: Birthday card for Rufus - erasure of your pet's data [PRV-2026-03318]
Date: Tue, 28 Apr 2026 15:41:05 +0200
Message-ID: <PRV-2026-03318.reply1@privacy-desk.shop.example.be>
In-Reply-To: <CAB7x2=hendry.rufus@mailbox.example.be>

--4Kd8Tz2Nq0z7Hb.1777383669/mx1.shop.example.be--
'''),
    ('en', 'mowtix-cloud-mower-stuck-alert', 'automated', (),
'''Return-Path: <alerts@cloud.mowtix.example>
Received: from smtp-eu1.cloud.mowtix.example (smtp-eu1.cloud.mowtix.example [203.0.113.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb3Wm9Sd5z2Rq
        for <privacy@shop.example.be>; Sat, 25 Apr 2026 16:27:48 +0200 (CEST)
From: Mowtix Cloud <alerts@cloud.mowtix.example>
To: privacy@shop.example.be
Subject: [Mowtix] R-600 "Demo lawn Waterloo" is stuck and needs your help
Date: Sat, 25 Apr 2026 14:27:46 +0000
Message-ID: <alert.stuck.R600-BE-000418.1777127266@cloud.mowtix.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mowtix-Event: MOWER_STUCK
X-Mowtix-Device: R600-BE-000418
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

MOWER STUCK

Device:        R-600 "Demo lawn Waterloo" (R600-BE-000418)
Owner account: privacy@shop.example.be (dealer demo account)
Time:          25/04/2026 16:27 (local)
Zone:          Zone 2 - Back lawn
Position:      50.7148 N, 4.3987 E (accuracy 0.4 m)
Error code:    S-03 Wheel slip / lifted

Your mower stopped because a wheel is spinning without grip or the body
was lifted. Typical causes: a hole, a branch or a toy under the mower,
or wet grass on a slope.

What to do:
1. Go to the mower and press STOP.
2. Remove the obstacle and put the mower back on flat ground.
3. Press START and confirm in the app, or send it home to the dock.

The mower will try to free itself 3 more times. After that it will wait
until you confirm in the app.

Open in app: mowtix://device/R600-BE-000418/alerts/stuck

--
This alert was sent automatically because alerts by e-mail are switched
on for this device. Location data are used only to show your mower on
the garden map and are kept for 90 days (see our privacy policy,
https://mowtix.example/privacy). To stop e-mail alerts, go to
Settings > Notifications in the Mowtix app. Please do not reply to this
e-mail, this mailbox is not monitored.
Mowtix Robotics BV, Industrieweg 41, 5611 Eindhoven (NL)
'''),
    ('en', 'bulkyline-zendesk-ticket-acknowledgement', 'automated', (),
'''Return-Path: <support+id884213@bulkyline.zendesk.example>
Received: from outbyoip5.pod12.zendesk.example (outbyoip5.pod12.zendesk.example [192.0.2.205])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc6Gv1Lp8z3Dw
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 10:03:31 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=bulkyline.example; s=zendesk1;
	h=date:from:reply-to:to:message-id:subject:mime-version:content-type;
	bh=hQ2p7Xs9LkT4yVb1Rm6Nc0Jf8Gd3Wz5Ua2Ei7Ko4Ht0=;
	b=Lq8Zt3Vn6Rb1Xk4Pm9Ws2Hc7Jd0Fy5Gu3Ne8Ti1Ob6Ra4Sm9Ld2Kx7Vq5Wp0Zh3Yf
Date: Wed, 29 Apr 2026 08:03:28 +0000
From: BulkyLine Customer Care <support@bulkyline.example>
Reply-To: BulkyLine Customer Care <support+id884213@bulkyline.zendesk.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Message-ID: <Y7Q2KD5RM1_6690f1c2a8b3e_4f2a1884213_sprut@zendesk.example>
Subject: [BulkyLine] Re: Proof-of-delivery photo and customer phone number - order 7720-41183 (#884213)
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 4f2a1
X-Zendesk-Email-Id: 01JSX4KD5RM1QZ7B2N8H6TQY3V
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6690f1c2d41a7_4f2a1884213"
Content-Transfer-Encoding: 7bit

----==_mimepart_6690f1c2d41a7_4f2a1884213
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Please type your reply above this line -##

Your request (884213) has been received and is being reviewed by our
support staff.

Subject: Proof-of-delivery photo and customer phone number - order 7720-411=
83

Requests about personal data (a copy of a delivery photo, deletion of a
phone number, questions about our subcontractors) are passed to our Data
Protection Officer and answered within one month, as required by the
GDPR. You do not need to send your request again.

To add additional comments, reply to this email.

BulkyLine Customer Care
Mon-Fri 8:00-18:00 | +32 2 555 01 80

This email is a service from BulkyLine Customer Care.
[Y7Q2KD-5RM1]
----==_mimepart_6690f1c2d41a7_4f2a1884213
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><div style=3D"color:#b5b5b5">##- Please type your reply above t=
his line -##</div>
<p dir=3D"ltr">Your request (884213) has been received and is being reviewe=
d by our support staff.</p>
<p dir=3D"ltr"><b>Subject:</b> Proof-of-delivery photo and customer phone n=
umber - order 7720-41183</p>
<p dir=3D"ltr">Requests about personal data (a copy of a delivery photo, de=
letion of a phone number, questions about our subcontractors) are passed to=
 our Data Protection Officer and answered within one month, as required by =
the GDPR. You do not need to send your request again.</p>
<p dir=3D"ltr">To add additional comments, reply to this email.</p>
<p style=3D"color:#999;font-size:11px">This email is a service from BulkyLi=
ne Customer Care. [Y7Q2KD-5RM1]</p>
</body></html>
----==_mimepart_6690f1c2d41a7_4f2a1884213--
'''),
    ('en', 'person-forwards-proof-of-delivery-photo-asks-deletion', 'deletion', (),
'''Return-Path: <tom.vanbrabant@gmail.com>
Received: from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc9Xb4Tn6z1Fp
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 21:14:02 +0200 (CEST)
From: Tom Van Brabant <tom.vanbrabant@gmail.com>
To: privacy@shop.example.be
Subject: Fwd: Your BulkyLine delivery is complete - proof of delivery
Date: Wed, 29 Apr 2026 21:13:55 +0200
Message-ID: <CAJ8kq3mP0xT9=vbrabant.fwd.pod@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hello,

Got the mail below after my garden furniture was delivered. The "proof
of delivery" photo isn't of the boxes, it's of my whole front door, the
house number, my car in the drive with the number plate readable, and my
daughter's bike. I don't see why a carrier needs to keep that for a
month, or why you need it at all.

Please have this photo deleted, at BulkyLine and at your end if you have
a copy too.

Tom Van Brabant
Bosstraat 7, 3090 Overijse

---------- Forwarded message ---------
From: BulkyLine <noreply@track.bulkyline.example>
Date: Wed, 29 Apr 2026 at 14:52
Subject: Your BulkyLine delivery is complete - proof of delivery
To: <tom.vanbrabant@gmail.com>


Hello Tom,

Your delivery for Shop Example (order 7720-41402) was completed on
29/04/2026 at 14:47.

Delivered to:  front door
Received by:   left at door (customer not present, authorised)
Driver:        route BRU-E-11 (operated by Transport Van Hoof BV)
Photo:         1 photo taken at delivery - view it here:
               https://track.bulkyline.example/pod/BL8841022713/photo

The proof-of-delivery photo stays available for 30 days.

Thank you for choosing BulkyLine.

This is an automatically generated e-mail. Please do not reply.
BulkyLine processes your personal data as explained in its privacy
statement: https://bulkyline.example/privacy
'''),
    ('nl', 'petregistry-chip-registration-confirmed', 'automated', (),
'''Return-Path: <noreply@petregistry.example>
Received: from mail.petregistry.example (mail.petregistry.example [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb1Rf6Yc3z8Mv
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 11:36:20 +0200 (CEST)
From: =?utf-8?q?PetRegistry_Belgi=C3=AB?= <noreply@petregistry.example>
To: privacy@shop.example.be
Subject: Registratiebevestiging identificatienummer 967000009412285
Date: Fri, 24 Apr 2026 11:36:18 +0200
Message-ID: <reg-967000009412285-20260424113618@petregistry.example>
Auto-Submitted: auto-generated
X-Mailer: PetRegistry Notificaties 2.1
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

UkVHSVNUUkFUSUVCRVZFU1RJR0lORwoKSGV0IG9uZGVyc3RhYW5kZSBkaWVyIHdlcmQgZ2VyZWdp
c3RyZWVyZCBpbiBkZSBjZW50cmFsZSBkYXRhYmFuay4KCklkZW50aWZpY2F0aWVudW1tZXIgKGNo
aXApOiAgOTY3MDAwMDA5NDEyMjg1ClNvb3J0OiAgICAgICAgICAgICAgICAgICAgICAga2F0Ck5h
YW06ICAgICAgICAgICAgICAgICAgICAgICAgVGVzdGRpZXIgU251ZmZlbApHZXNsYWNodDogICAg
ICAgICAgICAgICAgICAgIHZyb3V3ZWxpamssIGdlc3RlcmlsaXNlZXJkCkdlYm9vcnRlZGF0dW06
ICAgICAgICAgICAgICAgMDEvMDIvMjAyNgpSYXMgLyBrbGV1cjogICAgICAgICAgICAgICAgIEV1
cm9wZXNlIGtvcnRoYWFyIC8gY3lwZXJzZQoKVmVyYW50d29vcmRlbGlqa2UgKGVpZ2VuYWFyKQpO
YWFtOiAgICAgICAgICAgICAgICAgICAgICAgIFMqKioqKiBFKioqKioqICh0ZXN0YWNjb3VudCkK
QWRyZXM6ICAgICAgICAgICAgICAgICAgICAgICBMKioqKioqKioqKiogMSwgMTAwMCBCcnVzc2Vs
CkUtbWFpbDogICAgICAgICAgICAgICAgICAgICAgcHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUKCkdl
cmVnaXN0cmVlcmQgZG9vcjogICAgICAgICAgU2hvcCBFeGFtcGxlIFNpbnQtTmlrbGFhcyAtIGRp
ZXJlbmhvZWsKICAgICAgICAgICAgICAgICAgICAgICAgICAgICAoZXJrZW5kZSByZWdpc3RyZWVy
ZGVyIEJFLVJFRy0wNzMxKQpEYXR1bSByZWdpc3RyYXRpZTogICAgICAgICAgIDI0LzA0LzIwMjYg
MTE6MzUKCkNvbnRyb2xlZXIgZGV6ZSBnZWdldmVucy4gS2xvcHQgZXIgaWV0cyBuaWV0PyBMYWF0
IGRlIGZvdXQgYmlubmVuIDE0IGRhZ2VuCnZlcmJldGVyZW4gdmlhIGRlIHJlZ2lzdHJlZXJkZXIg
b2YgdmlhIGh0dHBzOi8vcGV0cmVnaXN0cnkuZXhhbXBsZS93aWp6aWdlbi4KClByaXZhY3kKRGUg
Z2VnZXZlbnMgdmFuIGRlIHZlcmFudHdvb3JkZWxpamtlIHdvcmRlbiB2ZXJ3ZXJrdCBvcCBiYXNp
cyB2YW4gZGUKd2V0dGVsaWprZSB2ZXJwbGljaHRpbmcgdG90IGlkZW50aWZpY2F0aWUgZW4gcmVn
aXN0cmF0aWUgdmFuIGhvbmRlbiBlbgprYXR0ZW4uIFplIHdvcmRlbiBiZXdhYXJkIHpvbGFuZyBo
ZXQgZGllciBsZWVmdCBlbiB0b3QgMiBqYWFyIG5hIGRlIG1lbGRpbmcKdmFuIG92ZXJsaWpkZW4u
IERpZXJlbmFydHNlbiwgYXNpZWxlbiBlbiBkZSBwb2xpdGllIGt1bm5lbiB6ZSByYWFkcGxlZ2Vu
IG9tCmVlbiBnZXZvbmRlbiBkaWVyIHRlcnVnIHRlIGJlem9yZ2VuLiBVdyBnZWdldmVucyB3b3Jk
ZW4gbmlldCBkb29yZ2VnZXZlbgp2b29yIGNvbW1lcmNpw6tsZSBkb2VsZWluZGVuLiBNZWVyIG92
ZXIgdXcgcmVjaHRlbiAoaW56YWdlLCB2ZXJiZXRlcmluZywKdmVyd2lqZGVyaW5nIG5hIG92ZXJs
aWpkZW4gdmFuIGhldCBkaWVyKSBlbiBkZSBBVkcgdmluZHQgdSBvcApodHRwczovL3BldHJlZ2lz
dHJ5LmV4YW1wbGUvcHJpdmFjeS4KCkRpdCBiZXJpY2h0IHdlcmQgYXV0b21hdGlzY2ggdmVyem9u
ZGVuLiBBbnR3b29yZGVuIG9wIGRlemUgZS1tYWlsIHdvcmRlbgpuaWV0IGdlbGV6ZW4uCg==
'''),
    ('nl', 'bulkyline-delivery-slot-planned', 'automated', (),
'''Return-Path: <bounce-slot-BL8841033091@track.bulkyline.example>
Received: from mta2.track.bulkyline.example (mta2.track.bulkyline.example [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf2Jh8Qw4z6Tb
        for <privacy@shop.example.be>; Sun, 10 May 2026 18:05:12 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=bulkyline.example; s=track;
	h=from:to:subject:date:message-id;
	bh=Pm4Tq9Wc2Xk7Rv1Lz6Nb0Hs3Jd8Ff5Gu2Ea9Ko6It1=;
	b=Vc2Nx7Lp4Rz9Tq1Hm6Wk3Jb8Fd0Gs5Yu2Ei7Oa4Kt9Zr1Mq6Xp3Lb8Vn0Hc5Jw2Rf
From: BulkyLine <noreply@track.bulkyline.example>
To: privacy@shop.example.be
Subject: Uw levering is gepland: dinsdag 12 mei tussen 08:00 en 12:00
Date: Sun, 10 May 2026 16:05:09 +0000
Message-ID: <slot.BL8841033091.1778429109@track.bulkyline.example>
Feedback-ID: slot:shopexample:bulkyline
X-Mailer: BulkyLine Track Notifier
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="bl-slot-33091"

--bl-slot-33091
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Goeiedag,

Uw levering van Shop Example is ingepland.

Bestelling:   7720-41618
Zending:      BL8841033091 - 1 pallet (42 zakken potgrond 40 l), 780 kg
Datum:        dinsdag 12 mei 2026
Tijdslot:     08:00 - 12:00
Adres:        Pr******straat 2, 9000 Gent
Levering:     tot aan de voordeur, gelijkvloers (pallet met transpallet)

Onze chauffeur belt u ongeveer 30 minuten vooraf op het nummer
04** ** ** 17. Bent u niet thuis, dan mag de pallet op de oprit of bij
een buur geleverd worden, tenzij u dat hieronder weigert.

Tijdslot wijzigen of leveringsinstructies toevoegen (tot maandag 18 uur):
https://track.bulkyline.example/s/BL8841033091

Uw adres en telefoonnummer worden alleen gebruikt voor deze levering en
worden door BulkyLine en haar onderaannemers 30 dagen na de levering
verwijderd. Meer info in onze privacyverklaring:
https://bulkyline.example/nl/privacy

Dit is een automatisch bericht, gelieve niet te antwoorden.
BulkyLine NV - Havenlaan 86, 1000 Brussel
--bl-slot-33091
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Helvetica,Arial,sans-serif">
<h2 style=3D"color:#e05a00">Uw levering is gepland</h2>
<p>Bestelling <b>7720-41618</b> &ndash; 1 pallet (42 zakken potgrond 40 l)<=
/p>
<p style=3D"font-size:20px"><b>dinsdag 12 mei &middot; 08:00 - 12:00</b></p>
<p>Onze chauffeur belt u ongeveer 30 minuten vooraf op 04** ** ** 17.</p>
<p><a href=3D"https://track.bulkyline.example/s/BL8841033091">Tijdslot wijz=
igen</a></p>
<p style=3D"font-size:11px;color:#777">Uw adres en telefoonnummer worden al=
leen gebruikt voor deze levering en 30 dagen na de levering verwijderd. <a =
href=3D"https://bulkyline.example/nl/privacy">Privacyverklaring</a></p>
</body></html>
--bl-slot-33091--
'''),
    ('nl', 'exchange-ooo-store-manager-pet-corner', 'automated', (),
'''Return-Path: <>
Received: from EXCH02.corp.shop.example.be (10.20.1.32) by mx1.shop.example.be
        (Postfix) with ESMTP id 4Kc0Hq3Vm7z5Wd
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 09:12:40 +0200 (CEST)
From: Veerle Claeys <veerle.claeys@shop.example.be>
To: Privacy Team <privacy@shop.example.be>
Subject: Automatisch antwoord: Inzageverzoek chipregistratie kitten Loebas - gegevens dierenhoek Sint-Niklaas
Thread-Topic: Inzageverzoek chipregistratie kitten Loebas - gegevens dierenhoek Sint-Niklaas
Thread-Index: AQHc1v2kTq8Rz4mN0Kb7x3Jw9Lp2Fg==
Date: Tue, 28 Apr 2026 07:12:38 +0000
Message-ID: <8e4d1c2a7b9f4e3d9a01c5b6f7e8d9a0@EXCH02.corp.shop.example.be>
In-Reply-To: <PRV-2026-03291.int1@privacy-desk.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: veerle.claeys@shop.example.be
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: nl-BE
X-MS-Exchange-Organization-AuthAs: Internal
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Goeiedag,

Ik ben met verlof tot en met maandag 4 mei en lees mijn mails niet.

Voor dringende zaken over de winkel Sint-Niklaas kunt u terecht bij mijn=
 collega Dirk Vermeulen (dirk.vermeulen@shop.example.be, 03 780 41 22).
Voor vragen over chipregistraties en de dierenhoek: dierenhoek.sintnikla=
as@shop.example.be.

Met vriendelijke groeten,
Veerle Claeys
Storemanager Shop Example Sint-Niklaas
'''),
    ('nl', 'person-replies-to-vaccination-reminder-dog-died', 'complaint', ('deletion',),
'''Return-Path: <guido.verbeke@skynet.example>
Received: from smtp.skynet.example (smtp.skynet.example [192.0.2.130])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd3Mc5Pr1z4Xn
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 08:47:55 +0200 (CEST)
From: Guido Verbeke <guido.verbeke@skynet.example>
To: privacy@shop.example.be
Subject: RE: Herinnering: de jaarlijkse vaccinatie van Bobby komt eraan
Date: Thu, 30 Apr 2026 08:47:51 +0200
Message-ID: <000a01dcd8b2$4f7e1c30$ee7a5490$@skynet.example>
In-Reply-To: <rem.vax.66104.1777438811@mail.vetconnect.example>
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJ8rTq2Nc4Vb0Lm7Kx3Wz9pF1e2Hg==
Content-Language: nl-be
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Voor de DERDE keer: Bobby is op 18 november gestorven. Ik heb dat in
december aan de balie in Kortrijk gezegd en in februari nog eens aan de
telefoon. Elke keer "wordt in orde gebracht". En toch krijg ik nog altijd
herinneringen om hem te laten vaccineren.

Ik vind dat jullie zeer slordig omgaan met mijn gegevens. Haal Bobby nu
eindelijk uit jullie systemen, en ook uit dat van de dierenarts. Als ik
nog één mail voor hem krijg, dien ik klacht in bij de
Gegevensbeschermingsautoriteit.

Guido Verbeke
Doorniksesteenweg 301
8500 Kortrijk

-----Oorspronkelijk bericht-----
Van: Shop Example Pet Club <petclub@vetconnect.example>
Verzonden: donderdag 30 april 2026 7:00
Aan: guido.verbeke@skynet.example
Onderwerp: Herinnering: de jaarlijkse vaccinatie van Bobby komt eraan

Dag Pet Club-lid,

Bobby (hond, Jack Russell, 12 jaar) moet op 14 mei 2026 zijn jaarlijkse
vaccinatie krijgen.

Uw praktijk: Dierenartsenpraktijk Leie, Gentsesteenweg 50, 8500 Kortrijk
Nu boeken: https://vetconnect.example/b/leie/66104?pet=bobby

U ontvangt deze herinnering omdat u Bobby registreerde in de Shop Example
Pet Club. Herinneringen beheren, het profiel van uw dier verwijderen of
uitschrijven: https://vetconnect.example/u/pc/66104/Hq2r7
'''),
    ('fr', 'petprotect-partner-offer-pet-club-members', 'automated', (),
'''Return-Path: <bnc-7Rk2Zq-offres@mail.petprotect.example>
Received: from mta-07.mail.petprotect.example (mta-07.mail.petprotect.example [198.51.100.207])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb8Nd2Tc9z1Yq
        for <privacy@shop.example.be>; Sun, 26 Apr 2026 10:30:04 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mail.petprotect.example; s=m1;
	h=from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post;
	bh=Tq6Wm1Xr8Lz3Nc5Kp0Vb7Hs2Jd9Fg4Yu1Ea6Io3Kt8=;
	b=Hk3Rx8Vp1Lm6Tz4Nq9Wc2Jb7Fd5Gs0Yu3Ei8Oa1Kt6Zr4Mq9Xp2Lb7Vn5Hc0Jw3Rf
From: PetProtect <offres@mail.petprotect.example>
Reply-To: PetProtect <service@petprotect.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Oscar_m=C3=A9rite_la_meilleure_protection_-_2_mois_offerts_aux_membres_du_Pet_Club?=
Date: Sun, 26 Apr 2026 08:30:01 +0000
Message-ID: <20260426083001.7Rk2Zq.offre-petclub@mail.petprotect.example>
Precedence: bulk
List-Id: PetProtect offres partenaires <offres-partenaires.petprotect.example>
List-Unsubscribe: <https://petprotect.example/desinscription?c=7Rk2Zq>, <mailto:desinscription@petprotect.example?subject=7Rk2Zq>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: 7Rk2Zq:petclub-be:campagne-avril:petprotect
X-Campaign: PC-BE-FR-2026-04
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_pp_7Rk2Zq"

--=_pp_7Rk2Zq
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Oscar a 4 ans : c'est l'=C3=A2ge o=C3=B9 les premiers soucis articulaires
apparaissent chez le labrador. Une op=C3=A9ration du ligament crois=C3=A9 c=
o=C3=BBte en
moyenne 2.000 =C3=A0 2.800 EUR.

Avec PetProtect Confort, vos frais v=C3=A9t=C3=A9rinaires sont rembours=C3=
=A9s jusqu'=C3=A0
80 %, sans avance de frais chez les v=C3=A9t=C3=A9rinaires partenaires du P=
et Club.

OFFRE MEMBRE PET CLUB : 2 mois offerts, jusqu'au 31 mai.
Votre devis en 2 minutes : https://petprotect.example/devis?c=3D7Rk2Zq

--
Vous recevez ce message parce que vous avez accept=C3=A9 de recevoir les of=
fres
des partenaires du Pet Club de Shop Example. Shop Example nous a transmis
votre nom, votre adresse e-mail et le pr=C3=A9nom, l'esp=C3=A8ce, la race e=
t l'=C3=A2ge
de votre animal. Conform=C3=A9ment au RGPD, vous disposez d'un droit d'acc=
=C3=A8s,
de rectification, d'effacement et d'opposition : privacy@petprotect.example.
Pour ne plus recevoir nos offres, d=C3=A9sinscrivez-vous ici :
https://petprotect.example/desinscription?c=3D7Rk2Zq
PetProtect SA, entreprise d'assurances agr=C3=A9=C3=A9e, Boulevard du Souve=
rain 190,
1160 Bruxelles.
--=_pp_7Rk2Zq
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"margin:0;font-family:Georgia,serif;background:#f6f3ee">
<table width=3D"600" align=3D"center" style=3D"background:#fff"><tr><td sty=
le=3D"padding:24px">
<h1 style=3D"color:#1d4f6e">Oscar m=C3=A9rite la meilleure protection</h1>
<p>Oscar a 4 ans : c'est l'=C3=A2ge o=C3=B9 les premiers soucis articulaire=
s apparaissent chez le labrador.</p>
<p>Avec <b>PetProtect Confort</b>, vos frais v=C3=A9t=C3=A9rinaires sont re=
mbours=C3=A9s jusqu'=C3=A0 80 %.</p>
<p style=3D"background:#ffe9a8;padding:12px"><b>OFFRE MEMBRE PET CLUB : 2 m=
ois offerts</b>, jusqu'au 31 mai.</p>
<p><a href=3D"https://petprotect.example/devis?c=3D7Rk2Zq">Mon devis en 2 m=
inutes</a></p>
<p style=3D"font-size:10px;color:#888">Vous recevez ce message parce que vo=
us avez accept=C3=A9 de recevoir les offres des partenaires du Pet Club de =
Shop Example. Conform=C3=A9ment au RGPD, vous disposez d'un droit d'acc=C3=
=A8s, de rectification, d'effacement et d'opposition. <a href=3D"https://pe=
tprotect.example/desinscription?c=3D7Rk2Zq">Se d=C3=A9sinscrire</a></p>
</td></tr></table></body></html>
--=_pp_7Rk2Zq--
'''),
    ('fr', 'exim-bounce-reply-planner-access-request', 'automated', (),
'''Return-Path: <>
Received: from mx2.hebergeur-namur.example ([203.0.113.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd5Lb7Xs2z9Qh
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 16:20:33 +0200 (CEST)
Received: from Debian-exim by mx2.hebergeur-namur.example with local (Exim 4.96)
	id 1wHq3R-0007Xy-2c
	for privacy@shop.example.be; Wed, 29 Apr 2026 16:20:31 +0200
X-Failed-Recipients: f.lemaire@namur-web.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx2.hebergeur-namur.example>
To: privacy@shop.example.be
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wHq3R-0007Xy-2c@mx2.hebergeur-namur.example>
Date: Wed, 29 Apr 2026 16:20:31 +0200
MIME-Version: 1.0

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  f.lemaire@namur-web.example
    host mail.namur-web.example [203.0.113.46]
    SMTP error from remote mail server after RCPT TO:<f.lemaire@namur-web.example>:
    550 5.1.1 <f.lemaire@namur-web.example>: Recipient address rejected: User unknown in virtual mailbox table

------ This is a copy of the message, including all the headers. ------

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be ([192.0.2.10])
	by mx2.hebergeur-namur.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1wHq3R-0007Xs-1a
	for f.lemaire@namur-web.example; Wed, 29 Apr 2026 16:20:30 +0200
From: Shop Example - Protection des données <privacy@shop.example.be>
To: Françoise Lemaire <f.lemaire@namur-web.example>
Subject: Votre demande d'accès - planificateur de jardin [PRV-2026-03302]
Date: Wed, 29 Apr 2026 16:20:27 +0200
Message-ID: <PRV-2026-03302.ack@privacy-desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Madame Lemaire,

Nous avons bien reçu votre demande d'accès à vos données personnelles
concernant le planificateur de jardin, enregistrée sous la référence
PRV-2026-03302.

Afin de protéger vos données, nous devons vérifier votre identité avant
de vous communiquer une copie des données vous concernant ainsi que la
liste des destinataires. Pourriez-vous nous confirmer l'adresse e-mail
liée à votre compte client ?

Nous vous répondrons au plus tard dans le délai d'un mois prévu par
l'article 12 du RGPD.

Cordialement,
L'équipe Protection des données
Shop Example
'''),
    ('fr', 'garden-planner-project-export-ready', 'automated', (),
'''Return-Path: <noreply@planner.shop.example.be>
Received: from app-notify-02.planner.shop.example.be (10.40.2.12)
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kd7Vr3Hm5z2Kc
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 13:58:19 +0200 (CEST)
From: Shop Example Garden Planner <noreply@planner.shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Votre_export_de_projet_est_pr=C3=AAt_-_=C2=AB_Jardin_test_RGPD_Namur_=C2=BB?=
Date: Thu, 30 Apr 2026 13:58:17 +0200
Message-ID: <export.GP-2026-118406.1777550297@planner.shop.example.be>
Auto-Submitted: auto-generated
X-Mailer: PlannerNotify/1.4
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

L'export de votre projet =C2=AB Jardin test RGPD Namur =C2=BB est pr=C3=AAt.

Contenu de l'archive (ZIP, 212 Mo) :
- plan.json       plan du jardin (dimensions, zones, massifs, all=C3=A9es)
- plan.dxf        plan au format DXF
- plantes.csv     liste de 58 plantes avec dates d'achat et de plantation
- photos/         58 photos en taille originale, avec leurs m=C3=A9tadonn=
=C3=A9es
- projet.csv      adresse du jardin, orientation, type de sol, notes

T=C3=A9l=C3=A9charger : https://planner.shop.example.be/export/GP-2026-1184=
06
Ce lien est valable 7 jours et ne fonctionne qu'une seule fois.

Attention : cet export contient des donn=C3=A9es personnelles (adresse du
jardin, photos de votre maison et de votre jardin, coordonn=C3=A9es GPS
=C3=A9ventuellement pr=C3=A9sentes dans les photos). Conservez-le en lieu s=
=C3=BBr et ne
le partagez qu'avec des personnes de confiance.

Vous n'=C3=AAtes pas =C3=A0 l'origine de cette demande ? Changez votre mot =
de passe
et contactez-nous via privacy@shop.example.be.

Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.
Shop Example Garden Planner
'''),
    ('fr', 'thunderbird-style-vacation-reply-pond-installer', 'automated', (),
'''Return-Path: <info@etangs-lambotte.example>
Received: from smtp.hebergement-pme.example (smtp.hebergement-pme.example [198.51.100.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd6Bg8Nw1z7Pj
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 10:02:47 +0200 (CEST)
From: Etangs & Jardins Lambotte <info@etangs-lambotte.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Demande_d=27effacement_-_visite_=C3=A9tang_devis_JDN-2026-0417?=
Date: Thu, 30 Apr 2026 10:02:44 +0200
Message-ID: <7f3b2c10-9e4d-4a61-b2d8-5c1e0f9a3d27@etangs-lambotte.example>
In-Reply-To: <PRV-2026-03307.sub1@privacy-desk.shop.example.be>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Bonjour,

Nous sommes fermés pour congés du 27 avril au 3 mai inclus. Votre message 
sera traité dès notre retour le lundi 4 mai.

Pour une urgence (fuite, panne de pompe sur une installation de moins de 
2 ans), appelez le 0475 61 22 08.

Etangs & Jardins Lambotte
Création et entretien d'étangs - Chaussée de Charleroi 415, 5030 Gembloux
'''),
    ('fr', 'person-pastes-groeny-digest-wants-it-stopped', 'withdraw_consent', (),
'''Return-Path: <monique.lardinois@proximus.example>
Received: from mail-out.proximus.example (mail-out.proximus.example [192.0.2.94])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc2Qt6Lh8z3Vb
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 19:31:06 +0200 (CEST)
From: Monique Lardinois <monique.lardinois@proximus.example>
To: privacy@shop.example.be
Subject: TR: Vos plantes cette semaine
Date: Mon, 27 Apr 2026 19:31:01 +0200
Message-ID: <3A7E9F21-5C4B-4D8E-9B02-1F6A8C3E7D54@proximus.example>
X-Mailer: iPad Mail (21E236)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,
Je ne sais pas comment arr=C3=AAter ces mails. Le lien pour se d=C3=A9sabon=
ner en bas m'envoie vers une page qui demande un mot de passe que je n'ai p=
lus. C'est mon petit-fils qui avait install=C3=A9 l'application sur la tabl=
ette.
Je ne veux plus recevoir ces courriers, ni les autres publicit=C3=A9s de la=
 jardinerie. Merci beaucoup.
Monique Lardinois

Envoy=C3=A9 de mon iPad

D=C3=A9but du message r=C3=A9exp=C3=A9di=C3=A9 :

> De: Groeny <bonjour@mail.groeny.example>
> Date: 27 avril 2026 =C3=A0 07:00:12 UTC+2
> =C3=80: monique.lardinois@proximus.example
> Objet: Vos plantes cette semaine
>
> Bonjour Monique,
>
> Cette semaine dans votre jardin :
> - Hortensia (terrasse) : arroser mardi et vendredi
> - Rosier grimpant : traitement contre les pucerons conseill=C3=A9
> - G=C3=A9ranium x6 : sortir apr=C3=A8s les Saintes Glaces (15 mai)
>
> Promo de la semaine =C3=A0 votre jardinerie Shop Example Gembloux : terre=
au
> universel 40 l, 2+1 gratuit.
>
> Vous recevez cet e-mail car vous avez accept=C3=A9 de recevoir les consei=
ls et
> offres Groeny. Se d=C3=A9sabonner | G=C3=A9rer mes pr=C3=A9f=C3=A9rences =
| Politique de
> confidentialit=C3=A9
'''),
    ('de', 'mowtix-firmware-and-data-sharing-notice', 'automated', (),
'''Return-Path: <bounces-de-2204@notify.mowtix.example>
Received: from mail-eu2.notify.mowtix.example (mail-eu2.notify.mowtix.example [203.0.113.141])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb5Ty0Qv6z8Nw
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 09:15:37 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=notify.mowtix.example; s=n2;
	h=from:to:subject:date:message-id:list-unsubscribe;
	bh=Kz7Wq2Xr5Lm8Tc1Nv4Hb9Js0Fd3Gy6Ua1Ei5Oo8Kt2=;
	b=Rm9Tq4Xv7Lp2Zk5Nc8Wb1Hs6Jd3Fg0Yu9Ea2Io7Kt4Zr6Mq1Xp8Lb3Vn2Hc9Jw6Rf
From: Mowtix <news@notify.mowtix.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?RmlybXdhcmUgNC4yIGbDvHIgSWhyZW4gTcOkaHJvYm90ZXIgdW5kIG5ldWUgRGF0ZW5zY2h1dHpoaW53ZWlzZSBhYiAxLiBKdW5p?=
Date: Fri, 24 Apr 2026 07:15:33 +0000
Message-ID: <fw42-privacy-2204.de.1777014933@notify.mowtix.example>
Auto-Submitted: auto-generated
Precedence: bulk
List-Unsubscribe: <https://mowtix.example/de/newsletter/abmelden?u=2204>
X-Mailer: Mowtix Notify
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="mtx-2204-de"

--mtx-2204-de
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

R3V0ZW4gVGFnLAoKZsO8ciBJaHJlbiBNw6Rocm9ib3RlciBSLTYwMCAoUjYwMC1CRS0wMDA0MTgp
IHN0ZWh0IGRpZSBGaXJtd2FyZSA0LjIgYmVyZWl0LgpTaWUgd2lyZCBpbiBkZXIgTmFjaHQgYXVm
IERpZW5zdGFnIGF1dG9tYXRpc2NoIGluc3RhbGxpZXJ0LCB3ZW5uIGRlciBNw6RoZXIKaW4gZGVy
IExhZGVzdGF0aW9uIHN0ZWh0LgoKTmV1IGluIDQuMjoKLSBiZXNzZXJlIEVya2VubnVuZyB2b24g
S2FudGVuIHVuZCBCZWV0ZWluZmFzc3VuZ2VuCi0gUmVnZW5wYXVzZSBhbmhhbmQgbG9rYWxlciBX
ZXR0ZXJkYXRlbgotIFNjaHV0enplaXRlbiBmw7xyIElnZWwgKGtlaW4gTcOkaGVuIHp3aXNjaGVu
IDIwIHVuZCA3IFVocikKClVuc2VyZSBEYXRlbnNjaHV0emhpbndlaXNlIMOkbmRlcm4gc2ljaCBh
YiAxLiBKdW5pIDIwMjYKCldlbm4gU2llIElociBHZXLDpHQgYmVpIGVpbmVtIE1vd3RpeC1QYXJ0
bmVyaMOkbmRsZXIgZ2VrYXVmdCB1bmQgSWhyIEtvbnRvCm1pdCBkZW0gS3VuZGVua29udG8gZGVz
IEjDpG5kbGVycyB2ZXJrbsO8cGZ0IGhhYmVuLCDDvGJlcm1pdHRlbG4gd2lyIGvDvG5mdGlnCk51
dHp1bmdzZGF0ZW4gYW4gZGllc2VuIEjDpG5kbGVyICh6LiBCLiBTaG9wIEV4YW1wbGUpOiBnZW3D
pGh0ZSBGbMOkY2hlLApNw6RoaMOkdWZpZ2tlaXQsIFZlcnNjaGxlacOfdGVpbGUgdW5kIGRpZSB1
bmdlZsOkaHJlIExhZ2UgSWhyZXMgR2FydGVucwooUG9zdGxlaXR6YWhsKS4gRGVyIEjDpG5kbGVy
IG51dHp0IGRpZXNlIERhdGVuIGbDvHIgR2FyYW50aWUsIFNlcnZpY2UgdW5kCmbDvHIgQW5nZWJv
dGUsIGRpZSB6dSBJaHJlbSBHYXJ0ZW4gcGFzc2VuLiBSZWNodHNncnVuZGxhZ2UgaXN0IHVuc2Vy
CmJlcmVjaHRpZ3RlcyBJbnRlcmVzc2UuCgpTaWUga8O2bm5lbiBkaWVzZXIgV2VpdGVyZ2FiZSBq
ZWRlcnplaXQgd2lkZXJzcHJlY2hlbjogaW4gZGVyIEFwcCB1bnRlcgpFaW5zdGVsbHVuZ2VuID4g
RGF0ZW5zY2h1dHogPiBEYXRlbndlaXRlcmdhYmUgYW4gSMOkbmRsZXIuIERvcnQga8O2bm5lbiBT
aWUKYXVjaCBlaW5lIEtvcGllIElocmVyIERhdGVuIGFuZm9yZGVybiBvZGVyIElociBLb250byBs
w7ZzY2hlbi4KCkRpZSB2b2xsc3TDpG5kaWdlbiBEYXRlbnNjaHV0emhpbndlaXNlOiBodHRwczov
L21vd3RpeC5leGFtcGxlL2RlL2RhdGVuc2NodXR6CgpNb3d0aXggUm9ib3RpY3MgQlYsIEluZHVz
dHJpZXdlZyA0MSwgNTYxMSBFaW5kaG92ZW4gKE5MKQpEaWVzZSBFLU1haWwgd3VyZGUgYXV0b21h
dGlzY2ggdmVyc2VuZGV0LiBOZXdzbGV0dGVyIGFiYmVzdGVsbGVuOgpodHRwczovL21vd3RpeC5l
eGFtcGxlL2RlL25ld3NsZXR0ZXIvYWJtZWxkZW4/dT0yMjA0Cg==
--mtx-2204-de
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Y29sb3I6IzFi
MWIxYiI+CjxpbWcgc3JjPSJodHRwczovL2Nkbi5tb3d0aXguZXhhbXBsZS9tYWlsL2xvZ28ucG5n
IiBhbHQ9Ik1vd3RpeCIgd2lkdGg9IjEyMCI+CjxoMj5GaXJtd2FyZSA0LjIgaXN0IGRhPC9oMj4K
PHA+RsO8ciBJaHJlbiBNw6Rocm9ib3RlciBSLTYwMCAoUjYwMC1CRS0wMDA0MTgpIHN0ZWh0IGRp
ZSBGaXJtd2FyZSA0LjIgYmVyZWl0LiBTaWUgd2lyZCBhdXRvbWF0aXNjaCBpbnN0YWxsaWVydCwg
d2VubiBkZXIgTcOkaGVyIGluIGRlciBMYWRlc3RhdGlvbiBzdGVodC48L3A+Cjx1bD48bGk+YmVz
c2VyZSBLYW50ZW5lcmtlbm51bmc8L2xpPjxsaT5SZWdlbnBhdXNlIGFuaGFuZCBsb2thbGVyIFdl
dHRlcmRhdGVuPC9saT48bGk+U2NodXR6emVpdGVuIGbDvHIgSWdlbDwvbGk+PC91bD4KPGgzPk5l
dWUgRGF0ZW5zY2h1dHpoaW53ZWlzZSBhYiAxLiBKdW5pIDIwMjY8L2gzPgo8cD5XZW5uIElociBL
b250byBtaXQgZGVtIEt1bmRlbmtvbnRvIElocmVzIEjDpG5kbGVycyB2ZXJrbsO8cGZ0IGlzdCwg
w7xiZXJtaXR0ZWxuIHdpciBrw7xuZnRpZyBOdXR6dW5nc2RhdGVuIGFuIGRpZXNlbiBIw6RuZGxl
ciAoZ2Vtw6RodGUgRmzDpGNoZSwgTcOkaGjDpHVmaWdrZWl0LCBWZXJzY2hsZWnDn3RlaWxlLCBQ
b3N0bGVpdHphaGwgSWhyZXMgR2FydGVucykuIFNpZSBrw7ZubmVuIGRpZXNlciBXZWl0ZXJnYWJl
IGplZGVyemVpdCBpbiBkZXIgQXBwIHdpZGVyc3ByZWNoZW4uPC9wPgo8cD48YSBocmVmPSJodHRw
czovL21vd3RpeC5leGFtcGxlL2RlL2RhdGVuc2NodXR6Ij5EYXRlbnNjaHV0emhpbndlaXNlIGxl
c2VuPC9hPiAmbWlkZG90OyA8YSBocmVmPSJodHRwczovL21vd3RpeC5leGFtcGxlL2RlL25ld3Ns
ZXR0ZXIvYWJtZWxkZW4/dT0yMjA0Ij5BYm1lbGRlbjwvYT48L3A+CjwvYm9keT48L2h0bWw+Cg==
--mtx-2204-de--
'''),
    ('de', 'routewise-driver-app-daily-tour-report', 'automated', (),
'''Return-Path: <reports@routewise.example>
Received: from report-worker-4.routewise.example (report-worker-4.routewise.example [198.51.100.160])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd2Nx7Rf3z0Sd
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 21:00:09 +0200 (CEST)
From: RouteWise Reports <reports@routewise.example>
To: tourberichte-ostbelgien@bulkyline.example, privacy@shop.example.be
Subject: Tagesbericht Tour EUP-07 - 28.04.2026 - 14 Stopps, 2 Abweichungen
Date: Tue, 28 Apr 2026 19:00:05 +0000
Message-ID: <daily.EUP-07.20260428.9f2c@routewise.example>
X-Mailer: RouteWise ReportScheduler
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="rw-EUP07-20260428"

--rw-EUP07-20260428
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

TAGESBERICHT TOUR EUP-07
Datum: 28.04.2026   Fahrer: Fahrer 0712 (Transporte Heinen GmbH)
Fahrzeug: 7-VXK-218   Start: 07:02 Depot Eupen   Ende: 17:48

Stopps geplant/erledigt:    14 / 13
Zustellungen Foto-POD:      11
Zustellung an Nachbar:      1
Nicht zugestellt:           1
Abweichungen:               2

ABWEICHUNGEN
Stopp 6  | Auftrag 7720-41029 | Palette Blumenerde | Kunde nicht erreichbar,
         | 2 Anrufversuche (08:41, 08:55), Ware zurück ins Depot
Stopp 11 | Auftrag 7720-40992 | Hochbeet Lärche   | zugestellt an Nachbar,
         | Unterschrift "Schmitz", Hausnr. 14, Foto-POD vorhanden

Die Stoppliste mit Zeiten, Adressen und POD-Status liegt als CSV bei.

--
Dieser Bericht wird automatisch erstellt und enthält personenbezogene Daten
(Namen, Lieferadressen, Telefonnummern, Unterschriften). Nur für den
internen Gebrauch der Empfänger. Aufbewahrung max. 30 Tage gemäß DSGVO und
Auftragsverarbeitungsvertrag. Empfängerliste ändern: Disposition Eupen.

--rw-EUP07-20260428
Content-Type: text/csv; charset=utf-8; name="EUP-07_2026-04-28.csv"
Content-Disposition: attachment; filename="EUP-07_2026-04-28.csv"
Content-Transfer-Encoding: base64

c3RvcHA7emVpdDthdWZ0cmFnO2t1bmRlO2FkcmVzc2U7dGVsZWZvbjthcnRpa2VsO3N0YXR1cztw
b2QKMTswNzozNDs3NzIwLTQwODc3O0wuIEphbnNlbjtIb29rc3RyYcOfZSAxMiwgNDcwMCBFdXBl
bjswNDcxICoqICoqIDAzO0dhcnRlbmJhbms7enVnZXN0ZWxsdDtmb3RvCjI7MDc6NTg7NzcyMC00
MDkwMTtNLiBLcmV1dHo7QmVyZ3N0cmHDn2UgNCwgNDcwMCBFdXBlbjswNDc5ICoqICoqIDg4O0tv
bXBvc3QgMjAgU2Fjazt6dWdlc3RlbGx0O2ZvdG8KMzswODoxMjs3NzIwLTQwOTE1O0EuIFBhdWx5
O0hhYXNzdHJhw59lIDUxLCA0NzAwIEV1cGVuOzA0NzUgKiogKiogMTk7R2FydGVuaGF1cyAyeDI7
enVnZXN0ZWxsdDt1bnRlcnNjaHJpZnQKNDswODoyNzs3NzIwLTQwOTMzO1IuIExlbnR6O1RhbHN0
cmHDn2UgOSwgNDcwMSBLZXR0ZW5pczswNDk4ICoqICoqIDUyO1BmbGFuemvDvGJlbDt6dWdlc3Rl
bGx0O2ZvdG8KNTswODozNjs3NzIwLTQwOTUwO1MuIEhvZmZtYW5uO0tpcmNod2VnIDMsIDQ3MDEg
S2V0dGVuaXM7MDQ3MiAqKiAqKiA2MTtIdW5kZWjDvHR0ZSBYTDt6dWdlc3RlbGx0O2ZvdG8KNjsw
ODo1NTs3NzIwLTQxMDI5O00uIFNjaG9sejtBbSBCYWhuZGFtbSAxNywgNDczMCBSYWVyZW47MDQ3
NiAqKiAqKiA0MDtQYWxldHRlIEJsdW1lbmVyZGU7bmljaHQgenVnZXN0ZWxsdDstCjc7MDk6NDA7
NzcyMC00MDk2MTtGLiBXaW50Z2VucztBYWNoZW5lciBTdHIuIDg4LCA0NzMxIEV5bmF0dGVuOzA0
NzAgKiogKiogMjc7R2FydGVuc3TDvGhsZSA0eDt6dWdlc3RlbGx0O2ZvdG8KODsxMDowNTs3NzIw
LTQwOTcwO0suIExlbno7TGljaHRlbmJ1c2NoZXIgV2VnIDIsIDQ3MzEgRXluYXR0ZW47MDQ5MyAq
KiAqKiA3NTtSYXNlbm3DpGhlcnJvYm90ZXI7enVnZXN0ZWxsdDtmb3RvCjk7MTA6NDg7NzcyMC00
MDk3NztQLiBNcmV5ZW47TmV1ZG9yZmVyIFN0ci4gMzAsIDQ3MzAgUmFlcmVuOzA0NzEgKiogKiog
MTI7VGVpY2hmb2xpZTt6dWdlc3RlbGx0O2ZvdG8KMTA7MTE6MjA7NzcyMC00MDk4NTtILiBLb2hu
ZW47SGF1cHRzdHJhw59lIDYxLCA0NzMwIFJhZXJlbjswNDc4ICoqICoqIDMzO0tyYXR6YmF1bTt6
dWdlc3RlbGx0O2ZvdG8KMTE7MTM6MDI7NzcyMC00MDk5MjtCLiBNw7xsbGVyO0tpcmNoc3RyYcOf
ZSA1LCA0NzgwIFN0LiBWaXRoOzA0NzEgKiogKiogNjc7SG9jaGJlZXQgTMOkcmNoZTtOYWNoYmFy
IChTY2htaXR6LCBOci4gMTQpO2ZvdG8rdW50ZXJzY2hyaWZ0CjEyOzEzOjQwOzc3MjAtNDEwMDE7
Ry4gVGhlaXNzZW47V2llc2VuYmFjaHN0ci4gOCwgNDc4MCBTdC4gVml0aDswNDg3ICoqICoqIDkw
O0dld8OkY2hzaGF1czt6dWdlc3RlbGx0O2ZvdG8KMTM7MTQ6MjU7NzcyMC00MTAxMjtELiBMZWpl
dW5lO01hbG1lZHllciBTdHIuIDIwLCA0NzUwIELDvHRnZW5iYWNoOzA0OTQgKiogKiogMDU7R2Fy
dGVuYmFuazt6dWdlc3RlbGx0O2ZvdG8KMTQ7MTU6MTA7NzcyMC00MTAyMDtKLiBNYXJncmFmZjtE
b3Jmc3RyYcOfZSAyLCA0NzUwIELDvHRnZW5iYWNoOzA0NzcgKiogKiogNDQ7S2F0emVua2xhcHBl
O3p1Z2VzdGVsbHQ7Zm90bwo=
--rw-EUP07-20260428--
'''),
    ('de', 'gmail-vacation-responder-greenhouse-installer', 'automated', (),
'''Return-Path: <glasbau.theissen@gmail.com>
Received: from mail-wm1-f48.google.com (mail-wm1-f48.google.com [209.85.128.48])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd4Hs1Wc8z6Gm
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 11:06:15 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=1777453574;
	h=to:subject:message-id:date:from:auto-submitted:in-reply-to:references:mime-version;
	bh=Fm3Xq8Tz1Wr6Lc4Nv9Kb2Hs7Jd0Gy5Ua3Ei8Oo1Kt6=;
	b=Vp6Tq1Xz4Lm9Rk2Nc7Wb0Hs5Jd8Fg3Yu6Ea1Io4Kt9Zr2Mq7Xp5Lb0Vn3Hc8Jw1Rf
MIME-Version: 1.0
From: Glasbau Theissen <glasbau.theissen@gmail.com>
Date: Wed, 29 Apr 2026 11:06:14 +0200
Message-ID: <CAF3q9kT2m-auto.Vx7Lp0Rn4Hs8Jd@mail.gmail.com>
Subject: =?UTF-8?B?UmU6IE1vbnRhZ2UgR2V3w6RjaHNoYXVzIEdXLTIwMjYtMDg4MiAtIEZvdG9zIHVuZCBQcm90b2tvbGwgYXVmYmV3YWhyZW4=?=
In-Reply-To: <PRV-2026-03311.sub2@privacy-desk.shop.example.be>
References: <PRV-2026-03311.sub2@privacy-desk.shop.example.be>
Auto-Submitted: auto-replied
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000b3f19a061c7e42d0"

--000000000000b3f19a061c7e42d0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Guten Tag,

vielen Dank f=C3=BCr Ihre Nachricht. Ich bin bis einschlie=C3=9Flich 8. Mai=
 auf
Montage und kann E-Mails nur eingeschr=C3=A4nkt lesen.

Bei Glasbruch oder Sturmsch=C3=A4den an einem von uns montierten Gew=C3=A4c=
hshaus
erreichen Sie uns unter 080 33 71 45 (Anrufbeantworter, R=C3=BCckruf am sel=
ben
Tag).

Mit freundlichen Gr=C3=BC=C3=9Fen
Georg Thei=C3=9Fen
Glasbau Theissen - Gew=C3=A4chsh=C3=A4user und Winterg=C3=A4rten
--000000000000b3f19a061c7e42d0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Guten Tag,<br><br>vielen Dank f=C3=BCr Ihre Nachricht. Ich=
 bin bis einschlie=C3=9Flich 8. Mai auf Montage und kann E-Mails nur einges=
chr=C3=A4nkt lesen.<br><br>Bei Glasbruch oder Sturmsch=C3=A4den an einem vo=
n uns montierten Gew=C3=A4chshaus erreichen Sie uns unter 080 33 71 45 (Anr=
ufbeantworter, R=C3=BCckruf am selben Tag).<br><br>Mit freundlichen Gr=C3=
=BC=C3=9Fen<br>Georg Thei=C3=9Fen<br>Glasbau Theissen - Gew=C3=A4chsh=C3=A4=
user und Winterg=C3=A4rten</div>
--000000000000b3f19a061c7e42d0--
'''),
    ('de', 'person-pastes-driver-sms-asks-who-has-number', 'access', (),
'''Return-Path: <heike.brandenburg@web.de>
Received: from mout.web.de (mout.web.de [212.227.15.3])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc8Df2Mz5z1Lt
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 22:41:18 +0200 (CEST)
From: Heike Brandenburg <heike.brandenburg@web.de>
To: privacy@shop.example.be
Subject: WG: Ihre Zustellung heute
Date: Wed, 29 Apr 2026 22:41:12 +0200
Message-ID: <trinity-5c2a7e91-3f4d-4b8e-a6d2-0e9f1b7c4a53-1777495272@3c-app-webde-bs47>
X-UI-Message-Type: mail
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

-------- Weitergeleitete SMS --------
Von: BulkyLine
28.04.2026 08:03
BulkyLine: Ihre Lieferung 7720-40950 (Shop Example) kommt heute zwischen
08:15 und 09:15. Ihr Fahrer: Mike, Transporte Heinen. Live verfolgen:
https://trk.bulkyline.example/t/Xq7Rp2 Abmelden von SMS: STOP an 8844
-------- Ende --------

Guten Abend,

die SMS oben kam vor der Lieferung der Hundehütte, das war alles in
Ordnung. Aber heute Abend um 21:30 hat mich derselbe Fahrer von seiner
privaten Handynummer angerufen und gefragt, ob ich "zufrieden war" und ob
er mal "privat vorbeikommen" soll, um die Hütte aufzubauen.

Ich möchte wissen, wer dem Fahrer meine Nummer gegeben hat, welche Daten
über mich das Transportunternehmen und diese Firma Heinen von Ihnen
bekommen haben und wie lange sie die behalten dürfen.

Heike Brandenburg
Kirchweg 3, 4701 Kettenis

Gesendet mit der WEB.DE Mail App
'''),
    ('es', 'vetconnect-appointment-reminder-with-notes', 'automated', (),
'''Return-Path: <bounce-cita-55872@mail.vetconnect.example>
Received: from out-1.mail.vetconnect.example (out-1.mail.vetconnect.example [198.51.100.21])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc4Zp9Ls2z5Bw
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 18:00:41 +0200 (CEST)
From: VetConnect <citas@vetconnect.example>
Reply-To: Clinica Veterinaria De Linde <onthaal@delinde-vet.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Recordatorio=3A_cita_de_Toby_ma=C3=B1ana_a_las_10=3A30?=
Date: Mon, 27 Apr 2026 16:00:38 +0000
Message-ID: <cita.55872.rem24h.1777305638@mail.vetconnect.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
X-Mailer: VetConnect Notify 3.8
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="vc_alt_55872"

--vc_alt_55872
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hola,

Te recordamos la cita de Toby:

Fecha:        martes 28 de abril de 2026, 10:30
Cl=C3=ADnica:      Dierenkliniek De Linde, Mechelsesteenweg 212, 2500 Lier
Veterinaria:  Dra. An Peeters
Motivo:       control neurol=C3=B3gico

Notas que enviaste a la cl=C3=ADnica:
"Toby tiene epilepsia desde 2024, toma fenobarbital 2 veces al d=C3=ADa. La
=C3=BAltima crisis fue el 19/04."

Si no puedes venir, cancela o cambia la cita hasta 2 horas antes:
https://vetconnect.example/c/55872

--
VetConnect gestiona las citas en nombre de la cl=C3=ADnica y de Shop Exampl=
e Pet
Club. Tratamos tus datos personales y los datos de salud de tu animal
conforme al RGPD. Puedes ejercer tus derechos de acceso, rectificaci=C3=B3n,
supresi=C3=B3n, oposici=C3=B3n y portabilidad en privacy@vetconnect.example.
Pol=C3=ADtica de privacidad: https://vetconnect.example/es/privacidad
Este mensaje se ha generado autom=C3=A1ticamente. No respondas a este corre=
o.
--vc_alt_55872
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif">
<p>Hola,</p><p>Te recordamos la cita de <b>Toby</b>:</p>
<table cellpadding=3D"4"><tr><td>Fecha</td><td><b>martes 28 de abril de 202=
6, 10:30</b></td></tr>
<tr><td>Cl=C3=ADnica</td><td>Dierenkliniek De Linde, Mechelsesteenweg 212, =
2500 Lier</td></tr>
<tr><td>Motivo</td><td>control neurol=C3=B3gico</td></tr></table>
<p style=3D"background:#f2f2f2;padding:8px"><i>Notas que enviaste a la cl=
=C3=ADnica:</i><br>Toby tiene epilepsia desde 2024, toma fenobarbital 2 vec=
es al d=C3=ADa. La =C3=BAltima crisis fue el 19/04.</p>
<p><a href=3D"https://vetconnect.example/c/55872">Cancelar o cambiar la cit=
a</a></p>
<p style=3D"font-size:10px;color:#888">Tratamos tus datos personales y los =
datos de salud de tu animal conforme al RGPD. Derechos de acceso, rectifica=
ci=C3=B3n, supresi=C3=B3n, oposici=C3=B3n y portabilidad: privacy@vetconnec=
t.example.</p>
</body></html>
--vc_alt_55872--
'''),
    ('es', 'qmail-bounce-old-hosting-reply-delivery-record', 'automated', (),
'''Return-Path: <>
Received: from correo.hostingclasico.example (correo.hostingclasico.example [192.0.2.177])
        by mx1.shop.example.be (Postfix) with SMTP id 4Kc5Mw3Gb7z2Ns
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 12:19:52 +0200 (CEST)
Date: 28 Apr 2026 10:19:50 -0000
From: MAILER-DAEMON@correo.hostingclasico.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260428101950.29841.qmail@correo.hostingclasico.example>

Hi. This is the qmail-send program at correo.hostingclasico.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<rocio.navarro@hostingclasico.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 29838 invoked from network); 28 Apr 2026 10:19:50 -0000
Received: from mx1.shop.example.be (192.0.2.10)
  by correo.hostingclasico.example with SMTP; 28 Apr 2026 10:19:50 -0000
From: Shop Example - Privacidad <privacy@shop.example.be>
To: rocio.navarro@hostingclasico.example
Subject: Su solicitud de conservación de datos de entrega - pedido 7720-40966 [PRV-2026-03295]
Date: Tue, 28 Apr 2026 12:19:47 +0200
Message-ID: <PRV-2026-03295.reply1@privacy-desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Estimada Sra. Navarro:

Le confirmamos que hemos pedido a nuestro transportista que conserve la
foto de la entrega, la firma y los datos de geolocalización del pedido
7720-40966 y que no los borre ni los utilice para otros fines mientras
su reclamación siga abierta (limitación del tratamiento, art. 18 RGPD).

Le informaremos en cuanto el transportista nos lo confirme.

Atentamente,
Equipo de Protección de Datos
Shop Example
'''),
    ('es', 'freshdesk-petprotect-ticket-received', 'automated', (),
'''Return-Path: <soporte@petprotect.example>
Received: from spool-out-03.freshdesk.example (spool-out-03.freshdesk.example [203.0.113.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd0Rk5Vx9z4Ph
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 14:47:26 +0200 (CEST)
From: =?utf-8?q?Atenci=C3=B3n_al_cliente_PetProtect?= <soporte@petprotect.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Solicitud_recibida=3A_=5B=2348213=5D_Oposici=C3=B3n_a_la_cesi=C3=B3n_de_datos_de_clientes_Pet_Club?=
Date: Tue, 28 Apr 2026 12:47:24 +0000
Message-ID: <freshdesk.48213.ack.1777380444@petprotect.freshdesk.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-FD-Email-Type: ticket_received
X-FD-Ticket-Id: 48213
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_fd_48213_alt"

----==_fd_48213_alt
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Estimado/a cliente:

Hemos recibido su solicitud y le hemos asignado el n=C3=BAmero de ticket
#48213. Uno de nuestros agentes le responder=C3=A1 en un plazo m=C3=A1ximo =
de 72
horas laborables.

Si su solicitud se refiere al ejercicio de sus derechos de protecci=C3=B3n =
de
datos (acceso, rectificaci=C3=B3n, supresi=C3=B3n, oposici=C3=B3n, portabil=
idad o
limitaci=C3=B3n), la hemos enviado a nuestro Delegado de Protecci=C3=B3n de=
 Datos,
que le responder=C3=A1 en el plazo de un mes previsto por el RGPD.

Puede consultar el estado de su ticket aqu=C3=AD:
https://petprotect.freshdesk.example/support/tickets/48213

Un saludo,
Atenci=C3=B3n al cliente PetProtect

Este es un mensaje autom=C3=A1tico. Por favor, no modifique el asunto si
responde a este correo.
----==_fd_48213_alt
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Estimado/a cliente:</p>
<p>Hemos recibido su solicitud y le hemos asignado el n=C3=BAmero de ticket=
 <b>#48213</b>. Uno de nuestros agentes le responder=C3=A1 en un plazo m=C3=
=A1ximo de 72 horas laborables.</p>
<p>Si su solicitud se refiere al ejercicio de sus derechos de protecci=C3=
=B3n de datos (acceso, rectificaci=C3=B3n, supresi=C3=B3n, oposici=C3=B3n, =
portabilidad o limitaci=C3=B3n), la hemos enviado a nuestro Delegado de Pro=
tecci=C3=B3n de Datos.</p>
<p><a href=3D"https://petprotect.freshdesk.example/support/tickets/48213">V=
er el estado de mi ticket</a></p>
<p>Un saludo,<br>Atenci=C3=B3n al cliente PetProtect</p>
</div>
----==_fd_48213_alt--
'''),
    ('es', 'person-replies-to-pod-notice-neighbour-signed', 'other', (),
'''Return-Path: <alvaro.sanz@hotmail.com>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2072.outbound.protection.outlook.com [40.107.21.72])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd1Fw8Tq2z6Jc
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 20:12:33 +0200 (CEST)
From: =?utf-8?q?=C3=81lvaro_Sanz?= <alvaro.sanz@hotmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Su pedido ha sido entregado - firmado por: vecino
Date: Tue, 28 Apr 2026 18:12:29 +0000
Message-ID: <AM9PR04MB84123B7F2C1E9D0A4B5C6D7EA9912@AM9PR04MB8412.eurprd04.prod.outlook.com>
In-Reply-To: <pod.BL8840998127.1777375002@track.bulkyline.example>
Content-Language: es-ES
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hola, el vecino del 24 dice que =C3=A9l no ha firmado nada y que no tiene n=
ing=C3=BAn paquete. La mesa de jard=C3=ADn no est=C3=A1 en el rellano ni en=
 el portal. =C2=BFD=C3=B3nde est=C3=A1 mi mesa? =C2=BFAlguien puede mirarlo=
? La necesito para el s=C3=A1bado.
=C3=81lvaro Sanz
Rue Berckmans 22, 1060 Saint-Gilles

________________________________
De: BulkyLine <noreply@track.bulkyline.example>
Enviado: martes, 28 de abril de 2026 13:16
Para: alvaro.sanz@hotmail.com
Asunto: Su pedido ha sido entregado - firmado por: vecino

Hola =C3=81lvaro:

Su pedido de Shop Example 7720-41188 (mesa de jard=C3=ADn extensible, 2 bul=
tos) se entreg=C3=B3 el 28/04/2026 a las 13:14.

Recibido por: vecino, n.=C2=BA 24 (firma electr=C3=B3nica)
Foto de entrega: https://track.bulkyline.example/pod/BL8840998127/photo

La foto y la firma se conservan 30 d=C3=ADas y despu=C3=A9s se eliminan, de=
 acuerdo con nuestra pol=C3=ADtica de privacidad. Si cree que hay un error =
en la entrega, responda a este correo o llame al +32 2 555 01 80.

BulkyLine - mensaje autom=C3=A1tico
'''),
    ('it', 'groeny-weekly-plant-digest', 'automated', (),
'''Return-Path: <bounce-it-30418@mail.groeny.example>
Received: from o12.mail.groeny.example (o12.mail.groeny.example [198.51.100.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc3Lh6Vn0z8Xr
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 07:00:19 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=groeny.example; s=s1;
	h=from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post;
	bh=Nq5Xr0Tz7Wm2Lc9Kv4Hb1Js6Fd3Gy8Ua5Ei0Oo3Kt7=;
	b=Zp2Tq7Xv0Lm5Rk8Nc3Wb6Hs1Jd4Fg9Yu2Ea7Io0Kt5Zr8Mq3Xp6Lb1Vn4Hc7Jw0Rf
From: Groeny <ciao@mail.groeny.example>
To: privacy@shop.example.be
Subject: Le tue piante questa settimana: 3 da annaffiare, 1 da concimare
Date: Mon, 27 Apr 2026 05:00:15 +0000
Message-ID: <digest.it.30418.w18@mail.groeny.example>
Precedence: bulk
List-Unsubscribe: <https://groeny.example/it/disiscriviti?u=30418&t=digest>, <mailto:unsubscribe-30418@mail.groeny.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: digest:it:groeny
X-Groeny-Digest: weekly
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="gr_30418_w18"

--gr_30418_w18
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ciao!

Ecco cosa serve alle tue piante questa settimana (balcone, esposizione
sud, Bruxelles):

DA ANNAFFIARE
- Basilico genovese (vaso 1)       marted=C3=AC e venerd=C3=AC
- Limone "Quattro stagioni"        mercoled=C3=AC, abbondante
- Gelsomino rampicante             gioved=C3=AC

DA CONCIMARE
- Limone "Quattro stagioni"        concime per agrumi, 1 misurino

Previsioni: 26 =C2=B0C gioved=C3=AC, controlla la terra del basilico ogni s=
era.

Nel tuo garden center Shop Example Anderlecht: terriccio per agrumi
20 l a 6,99 EUR fino a domenica.

--
Ricevi questa email perch=C3=A9 hai attivato il riepilogo settimanale
nell'app Groeny, collegata alla tua carta fedelt=C3=A0 Shop Example.
Gestisci le preferenze: https://groeny.example/it/preferenze?u=3D30418
Annulla l'iscrizione: https://groeny.example/it/disiscriviti?u=3D30418&t=3D=
digest
Informativa privacy: trattiamo i tuoi dati personali (piante, foto,
posizione approssimativa per il meteo) secondo il GDPR. Puoi chiedere
l'accesso o la cancellazione del tuo account dall'app, in Profilo >
Privacy.
Groeny BV, Kortrijksesteenweg 1008, 9051 Gent
--gr_30418_w18
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Verdana,sans-serif;background:#eef6ea">
<div style=3D"max-width:560px;margin:auto;background:#fff;padding:20px">
<h2 style=3D"color:#3a7d2c">Le tue piante questa settimana</h2>
<h3>Da annaffiare</h3>
<ul><li>Basilico genovese - marted=C3=AC e venerd=C3=AC</li><li>Limone "Qua=
ttro stagioni" - mercoled=C3=AC</li><li>Gelsomino rampicante - gioved=C3=AC=
</li></ul>
<h3>Da concimare</h3>
<ul><li>Limone "Quattro stagioni" - concime per agrumi</li></ul>
<p style=3D"font-size:10px;color:#777">Ricevi questa email perch=C3=A9 hai =
attivato il riepilogo settimanale nell'app Groeny. <a href=3D"https://groen=
y.example/it/preferenze?u=3D30418">Preferenze</a> &middot; <a href=3D"https=
://groeny.example/it/disiscriviti?u=3D30418&amp;t=3Ddigest">Annulla l'iscri=
zione</a> &middot; Trattiamo i tuoi dati personali secondo il GDPR.</p>
</div></body></html>
--gr_30418_w18--
'''),
    ('it', 'o365-ndr-subcontractor-address-rejected', 'automated', (),
'''Return-Path: <>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2090.outbound.protection.outlook.com [40.107.105.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd6Wq0Lc3z5Hx
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 11:44:58 +0200 (CEST)
From: Microsoft Outlook <postmaster@trasportiruggiero.example>
To: <privacy@shop.example.be>
Date: Thu, 30 Apr 2026 09:44:56 +0000
Content-Language: it-IT
Message-ID: <2b1c4f8e-7a9d-4e3b-8c21-5d6f0a9e1b47@trasportiruggiero.example>
In-Reply-To: <PRV-2026-03299.sub3@privacy-desk.shop.example.be>
Subject: Recapito non riuscito: Richiesta di cancellazione del numero di telefono di una cliente
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e1f7a3b2-6c4d-4f9e-9a01-b8c2d3e4f5a6"

--e1f7a3b2-6c4d-4f9e-9a01-b8c2d3e4f5a6
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Il messaggio non =C3=A8 stato recapitato a info@trasportiruggiero.example p=
erch=C3=A9 l'organizzazione del destinatario non accetta messaggi da questo=
 mittente.

Diagnostica per gli amministratori:

Server di generazione: AM7PR03MB6511.eurprd03.prod.outlook.com

info@trasportiruggiero.example
Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication=
 required [Stage: CreateMessage]'

Intestazioni del messaggio originale:

From: Shop Example Privacy <privacy@shop.example.be>
To: info@trasportiruggiero.example
Subject: Richiesta di cancellazione del numero di telefono di una cliente
Date: Thu, 30 Apr 2026 11:44:51 +0200
Message-ID: <PRV-2026-03299.sub3@privacy-desk.shop.example.be>
--e1f7a3b2-6c4d-4f9e-9a01-b8c2d3e4f5a6
Content-Type: message/delivery-status

Reporting-MTA: dns;AM7PR03MB6511.eurprd03.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Thu, 30 Apr 2026 09:44:53 +0000

Final-Recipient: rfc822;info@trasportiruggiero.example
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]

--e1f7a3b2-6c4d-4f9e-9a01-b8c2d3e4f5a6
Content-Type: text/rfc822-headers

From: Shop Example Privacy <privacy@shop.example.be>
To: info@trasportiruggiero.example
Subject: Richiesta di cancellazione del numero di telefono di una cliente
Date: Thu, 30 Apr 2026 11:44:51 +0200
Message-ID: <PRV-2026-03299.sub3@privacy-desk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--e1f7a3b2-6c4d-4f9e-9a01-b8c2d3e4f5a6--
'''),
    ('it', 'bulkyline-proof-of-delivery-with-photo', 'automated', (),
'''Return-Path: <bounce-pod-BL8840871460@track.bulkyline.example>
Received: from mta1.track.bulkyline.example (mta1.track.bulkyline.example [203.0.113.87])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kb9Cx4Ng8z0Wf
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 14:13:02 +0200 (CEST)
From: BulkyLine <noreply@track.bulkyline.example>
To: privacy@shop.example.be
Subject: Consegna effettuata - ordine 7720-40215 - prova di consegna
Date: Fri, 24 Apr 2026 12:12:59 +0000
Message-ID: <pod.BL8840871460.1777032779@track.bulkyline.example>
Auto-Submitted: auto-generated
Feedback-ID: pod:shopexample:bulkyline
X-Mailer: BulkyLine Track Notifier
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="bl-pod-71460"

--bl-pod-71460
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Buongiorno,

la spedizione BL8840871460 per conto di Shop Example =C3=A8 stata consegnat=
a.

Ordine:            7720-40215 (ritiro reso - divano angolare, 3 colli)
Data e ora:        24/04/2026 14:12
Indirizzo:         Rue Saint-L****** 12, 6000 Charleroi
Ricevuto da:       vicina di casa, Sig.ra Moretti (int. 3) - firma acquisita
Autista:           giro CRL-04, Trasporti Ruggiero (subappaltatore)
Posizione GPS:     50.41**, 4.44** (precisione 6 m)
Foto:              1 foto allegata

La foto e la firma sono conservate per 30 giorni e poi cancellate
automaticamente, ai sensi del GDPR e della nostra informativa sulla
privacy (https://bulkyline.example/it/privacy).

Questo =C3=A8 un messaggio automatico. Per favore non rispondere.
BulkyLine NV - Havenlaan 86, 1000 Bruxelles
--bl-pod-71460
Content-Type: image/jpeg; name="POD_BL8840871460_1.jpg"
Content-Disposition: attachment; filename="POD_BL8840871460_1.jpg"
Content-Transfer-Encoding: base64

/9j/4AAQSkZJRgABAQAASABIAABK4LJTe339TyGzD2Y4+55Y0fa8L8M2hPgVqekoH+oxOnpfzYqx
cKPuiVogELoYS6Fqi68LUAu5CNo+BgN1zeD7dWi8f2pI8i0auEv6I1jwZD9AkNyG53tggoB4WjcX
h/4BOwLInrakwIyelJpAqIhNTXIzwLJH9Ogi9+1N++DInS5HI95MvGN9ku4mnvBmH6zLn6wnbHPp
Y6Go6vG4Ntlxz1s1uGi+fdNBHR2qkBEwrPaXYNZyolei2Kfi4KeHfifLTqsM8VN4RMwtcOIdYolw
js5Hcms1vziWyre+0Ir6Poegp13rPBJIP9rn2fGq5KmLNGzELIGZ60JAp1XQbVdJgFAHqZOit7Uk
NYOLhYCmXZHwsiw9ct1ARk3gKUTu0g2Ng/J0WgwJaR9O779n5SLCsGnJQPPDLfUkcxVOoIXsNVvg
ZIa/2AGHD7152/mSn0/TViGyelFAE0uJsSV8bDSoUWonUqR/tLqX9yyYy3meI7MSSH7Ep30qynwW
WYZnrFVmAmT78FtC0BAFmIas8sbV7SbSAKydV4KFFlaG1c6h2wlQ21kzevOlu7Jq4FEGTG9eol2z
JMGTw86qLZpPQJRO0CjpWT7p0dMe9OYFP3XwJHHZQduXrJRL5m4C0U1DyIldeertZ9Og+uY1Rl1G
blF68cLAf7hTm6P0gk0HeP94Gp2WcgaudCBxuBDK8cukM0oIIWCNpkuViFm2lvKIDEkZ3PywdtCZ
btQ5HupnzuNezEvzoeatFVAL236yPPW6AiyJ6+LrVwZqqLAxkpu7/KAhGIXwZaQb0RSzq0Eif1Oz
JDfMXK5un64jEuAOrkNDhuZrIN616PueQETA9DhJaOmKuQXj/i6Bli72PaUId7umpJ4rghtGzS6v
PSOO/Sjm2H+KTpBbhXwXXJO55XEiCUZn6qMiiNVphLvghw45XVGG9K9Nuh7y4rCjLKc5E9I+LPf6
zX+ZRx+4FNiBUqCRqKVcAg9TVBuqdy4/IzWpOdxmsCx8GW+0ZCpVBPQCq0Vl86RoXtRrFm8C0WGv
fH/2RW9N1MA4dVsiUHNUQJBHEIzWPv29UG3etw4YF1S4pUK50Px5zbeKkRwI1ngUutIAbYmps4t+
DT8sdeVVCSJJM28WG9jANrTElecpSWTueXabKf0QnCH+gAxyrtrDmYjOAbe0HL9nrLzvF2fucDH2
qA7TkMZpXgv/2Q==
--bl-pod-71460--
'''),
    ('it', 'person-pastes-mowtix-notice-objects', 'objection', (),
'''Return-Path: <stefano.gallo@libero.it>
Received: from smtp-31.iol.local (smtp-31-i2.italiaonline.it [213.209.10.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc7Jn2Rw6z9Fq
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 13:27:40 +0200 (CEST)
From: "stefano.gallo@libero.it" <stefano.gallo@libero.it>
To: privacy@shop.example.be
Subject: I: Aggiornamento informativa privacy Mowtix
Date: Wed, 29 Apr 2026 13:27:36 +0200 (CEST)
Message-ID: <1417295882.2290177.1777462056713@mail1.libero.it>
X-Mailer: Libero Mail
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Non sono d'accordo. Non voglio che Shop Example riceva i dati del mio
robot tagliaerba (quanto taglio, quando, dove sta il giardino) e che li
usi per mandarmi offerte. Mi oppongo. Nell'app l'opzione che dicono non
c'è, almeno nella versione che ho io.
Stefano Gallo, Genval

> ----Messaggio originale----
> Da: "Mowtix" <news@notify.mowtix.example>
> Data: 24/04/2026 9.15
> A: <stefano.gallo@libero.it>
> Ogg: Aggiornamento informativa privacy Mowtix
>
> Dal 1 giugno 2026, se hai collegato il tuo account Mowtix all'account
> cliente del rivenditore, trasmetteremo al rivenditore (ad es. Shop
> Example) i dati di utilizzo del tuo robot: superficie tagliata,
> frequenza, parti soggette a usura e il codice postale del giardino.
> Il rivenditore li usa per garanzia, assistenza e offerte adatte al tuo
> giardino, sulla base del legittimo interesse.
> Puoi opporti in qualsiasi momento nell'app: Impostazioni > Privacy >
> Condivisione dati con il rivenditore.
'''),
    ('pt', 'pet-club-photo-contest-entry-published', 'automated', (),
'''Return-Path: <bounce-concurso-20931@petclub.shop.example.be>
Received: from mailer-02.petclub.shop.example.be (10.40.3.22)
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kc2Vt8Mp1z4Yd
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 12:00:55 +0200 (CEST)
From: Shop Example Pet Club <concurso@petclub.shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?A_foto_da_Nina_foi_publicada!_Partilhe_e_pe=C3=A7a_votos?=
Date: Mon, 27 Apr 2026 12:00:52 +0200
Message-ID: <contest.2026spring.entry20931.published@petclub.shop.example.be>
Auto-Submitted: auto-generated
Precedence: bulk
List-Unsubscribe: <https://petclub.shop.example.be/pt/concurso/notificacoes/off?e=20931>
X-Mailer: PetClub Contest Engine 1.7
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="pc-contest-20931"

--pc-contest-20931
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1!

A sua foto "Nina no relvado" foi aprovada e j=C3=A1 est=C3=A1 na galeria do
Concurso de Primavera do Pet Club.

Participa=C3=A7=C3=A3o n.=C2=BA 20931
Animal:        Nina (c=C3=A3o, Border Collie)
Publicado com: nome do animal, primeiro nome do dono, localidade (Ixelles)
Votos at=C3=A9 agora: 0

Partilhe a sua foto com amigos e fam=C3=ADlia e pe=C3=A7a-lhes que votem:
https://petclub.shop.example.be/pt/concurso/20931

As 10 fotos mais votadas at=C3=A9 31 de maio passam =C3=A0 final.

--
Ao participar aceitou o regulamento do concurso e autorizou a publica=C3=A7=
=C3=A3o
da foto na galeria. Pode retirar o seu consentimento e apagar a sua
participa=C3=A7=C3=A3o a qualquer momento em "A minha participa=C3=A7=C3=A3=
o". Os seus dados
pessoais s=C3=A3o tratados de acordo com o RGPD; mais informa=C3=A7=C3=B5es=
 em
https://shop.example.be/pt/privacidade.
N=C3=A3o quer receber notifica=C3=A7=C3=B5es do concurso? Anular subscri=C3=
=A7=C3=A3o:
https://petclub.shop.example.be/pt/concurso/notificacoes/off?e=3D20931
--pc-contest-20931
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;text-align:center">
<h1 style=3D"color:#e0651b">A foto da Nina foi publicada!</h1>
<img src=3D"https://petclub.shop.example.be/concurso/thumb/20931.jpg" alt=
=3D"Nina no relvado" width=3D"320">
<p>Participa=C3=A7=C3=A3o n.=C2=BA 20931 &middot; Nina (Border Collie) &mid=
dot; Ixelles</p>
<p><a href=3D"https://petclub.shop.example.be/pt/concurso/20931" style=3D"b=
ackground:#e0651b;color:#fff;padding:10px 20px;text-decoration:none">Partil=
har e pedir votos</a></p>
<p style=3D"font-size:10px;color:#888">Pode retirar o seu consentimento e a=
pagar a sua participa=C3=A7=C3=A3o a qualquer momento. Os seus dados pessoa=
is s=C3=A3o tratados de acordo com o RGPD. <a href=3D"https://petclub.shop.=
example.be/pt/concurso/notificacoes/off?e=3D20931">Anular subscri=C3=A7=C3=
=A3o</a></p>
</body></html>
--pc-contest-20931--
'''),
    ('pt', 'gmail-bounce-address-not-found-pt', 'automated', (),
'''Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd9Yb3Fp7z1Rm
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 17:05:21 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=googlemail.com; s=20230601; t=1777561520;
	h=to:from:subject:message-id:references:in-reply-to:date:mime-version;
	bh=Dx4Wq9Tz2Lr7Mc0Nv5Kb8Hs3Jd6Gy1Ua4Ei9Oo2Kt5=;
	b=Wm7Tq2Xz5Lp0Rk3Nc8Wb1Hs6Jd9Fg4Yu7Ea2Io5Kt0Zr3Mq8Xp1Lb6Vn9Hc4Jw7Rf
MIME-Version: 1.0
To: privacy@shop.example.be
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Failure)
Message-ID: <6812f0b0.5d0a0220.1c2e7.9a41.GMR@mx.google.com>
Date: Thu, 30 Apr 2026 08:05:20 -0700 (PDT)
References: <PRV-2026-03316.reply1@privacy-desk.shop.example.be>
In-Reply-To: <PRV-2026-03316.reply1@privacy-desk.shop.example.be>
X-Failed-Recipients: tiago.almeida.nina@gmail.com
Auto-Submitted: auto-replied
Content-Type: multipart/report; boundary="000000000000f41c2a061c8d07e3"; report-type=delivery-status

--000000000000f41c2a061c8d07e3
Content-Type: multipart/related; boundary="000000000000f41d3b061c8d07e9"

--000000000000f41d3b061c8d07e9
Content-Type: multipart/alternative; boundary="000000000000f41d4a061c8d07ea"

--000000000000f41d4a061c8d07ea
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Endere=C3=A7o n=C3=A3o encontrado **

A sua mensagem n=C3=A3o foi entregue a tiago.almeida.nina@gmail.com porque =
o endere=C3=A7o n=C3=A3o foi encontrado ou n=C3=A3o consegue receber emails.

Saiba mais aqui: https://support.google.com/mail/?p=3DNoSuchUser

A resposta foi:

The email account that you tried to reach does not exist. Please try double=
-checking the recipient's email address for typos or unnecessary spaces. Fo=
r more information, go to https://support.google.com/mail/?p=3DNoSuchUser 4=
1be03b00d2f7-b5f7a1c9e3dsor1184250a12.118 - gsmtp
--000000000000f41d4a061c8d07ea
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><head><style>* { font-family:Roboto, "Helvetica Neue", Helvetica, Ari=
al, sans-serif; }</style></head><body>
<table cellpadding=3D"0" cellspacing=3D"0" class=3D"email-wrapper" style=3D=
"padding-top:32px;background-color:#ffffff;"><tbody><tr><td>
<h1 style=3D"font-size:24px;font-weight:normal;margin:0;">Endere=C3=A7o n=
=C3=A3o encontrado</h1>
<p style=3D"font-size:16px;line-height:24px;">A sua mensagem n=C3=A3o foi e=
ntregue a <a style=3D"color:#212121;text-decoration:none;"><b>tiago.almeida=
.nina@gmail.com</b></a> porque o endere=C3=A7o n=C3=A3o foi encontrado ou n=
=C3=A3o consegue receber emails.</p>
<p style=3D"font-size:14px;color:#757575;">The email account that you tried=
 to reach does not exist. 41be03b00d2f7-b5f7a1c9e3dsor1184250a12.118 - gsmt=
p</p>
</td></tr></tbody></table></body></html>
--000000000000f41d4a061c8d07ea--

--000000000000f41d3b061c8d07e9--

--000000000000f41c2a061c8d07e3
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; privacy-desk.shop.example.be
Arrival-Date: Thu, 30 Apr 2026 08:05:19 -0700 (PDT)
X-Original-Message-ID: <PRV-2026-03316.reply1@privacy-desk.shop.example.be>

Final-Recipient: rfc822; tiago.almeida.nina@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.27.27, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. 41be03b00d2f7-b5f7a1c9e3dsor1184250a12.118 - gsmtp
Last-Attempt-Date: Thu, 30 Apr 2026 08:05:20 -0700 (PDT)

--000000000000f41c2a061c8d07e3
Content-Type: text/rfc822-headers

From: Shop Example - Privacidade <privacy@shop.example.be>
To: tiago.almeida.nina@gmail.com
Subject: =?utf-8?q?Os_dados_da_Nina_em_ficheiro_=5BPRV-2026-03316=5D?=
Date: Thu, 30 Apr 2026 17:05:17 +0200
Message-ID: <PRV-2026-03316.reply1@privacy-desk.shop.example.be>

--000000000000f41c2a061c8d07e3--
'''),
    ('pt', 'zimbra-out-of-office-vet-clinic', 'automated', (),
'''Return-Path: <rececao@clinicaboavista-vet.example>
Received: from zimbra.clinicaboavista-vet.example (zimbra.clinicaboavista-vet.example [198.51.100.148])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kc1Np4Ht9z2Zs
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 09:34:10 +0200 (CEST)
Date: Mon, 27 Apr 2026 09:34:08 +0200 (CEST)
From: =?utf-8?q?Cl=C3=ADnica_Veterin=C3=A1ria_Boa_Vista_-_Rece=C3=A7=C3=A3o?= <rececao@clinicaboavista-vet.example>
To: privacy@shop.example.be
Message-ID: <1931488207.41822.1777275248101.JavaMail.zimbra@clinicaboavista-vet.example>
In-Reply-To: <PRV-2026-03287.sub1@privacy-desk.shop.example.be>
Subject: =?utf-8?q?Fora_do_escrit=C3=B3rio=3A_Pedido_de_acesso_-_lembretes_de_vacina=C3=A7=C3=A3o_enviados_a_uma_cliente?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)

Bom dia,

A rece=C3=A7=C3=A3o da cl=C3=ADnica est=C3=A1 fechada de 25 de abril a 3 de=
 maio por motivo
de f=C3=A9rias. As marca=C3=A7=C3=B5es online atrav=C3=A9s do Pet Club cont=
inuam dispon=C3=ADveis.

Para urg=C3=AAncias veterin=C3=A1rias contacte o servi=C3=A7o de urg=C3=AAn=
cia 24h:
02 555 73 00.

Para quest=C3=B5es sobre dados pessoais dos nossos clientes, escreva para
dpo@clinicaboavista-vet.example; responderemos ap=C3=B3s o regresso.

Cl=C3=ADnica Veterin=C3=A1ria Boa Vista
Chauss=C3=A9e de Waterloo 120, 1060 Saint-Gilles
'''),
    ('pt', 'person-via-webform-relay-mower-data-file', 'portability', (),
'''Return-Path: <noreply@shop.example.be>
Received: from web-forms-01.shop.example.be (10.40.1.15)
        by mx1.shop.example.be (Postfix) with ESMTP id 4Kd8Gm1Vw3z7Jp
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 22:17:04 +0200 (CEST)
From: Shop Example Formulario <noreply@shop.example.be>
Reply-To: =?utf-8?q?S=C3=A9rgio_Nunes?= <sergio.nunes82@gmail.com>
To: privacy@shop.example.be
Subject: [Contacto web] Nova mensagem - Privacidade / os meus dados
Date: Thu, 30 Apr 2026 22:17:02 +0200
Message-ID: <webform.20260430221702.88317@web-forms-01.shop.example.be>
X-Mailer: WebForms/2.3
X-Form-Id: contact-privacy-pt
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Nova mensagem recebida através do formulário de contacto.

Formulário:   Privacidade - pt
Data:         30/04/2026 22:17
Nome:         Sérgio Nunes
Email:        sergio.nunes82@gmail.com
Telefone:     0486 14 70 92
N.º cliente:  2901 7734 0518
Assunto:      Os meus dados

Mensagem:
Boa noite. Comprei um robot corta-relva Mowtix na vossa loja de Waterloo
e a app está ligada à minha conta de cliente. Vou mudar de marca e o
novo robot consegue importar o mapa do jardim. Queria receber num
ficheiro (GeoJSON, GPX ou pelo menos CSV) o mapa do jardim com as zonas,
os horários e o histórico de cortes que estão associados à minha conta.
Obrigado.

--
IP: 198.51.100.*  |  Idioma: pt  |  Consentimento política de privacidade: sim
Esta mensagem foi gerada automaticamente pelo site shop.example.be.
'''),
]

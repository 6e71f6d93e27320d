"""Eighty-first set, book B robots: robot mail of the systems around the shop's sports department (race-timing and registration platforms with start lists, results and race-photo services; the fitting studio's foot-scan reports; the fitness app's weekly summaries and data-export notices; ski and bike rental booking systems; the sports-benefit platform's monthly usage reports; club management software; the injury insurer's policy mails; the gym partner's check-in feed; out-of-office replies, bounces of several MTAs and helpdesk acknowledgements), plus people whose mail looks automatic (en, nl, fr, de, es, it, pt). Written apart from the rules."""

ROBOTS = [
    ('en', 'timing-platform-organiser-copy-results-online', 'automated', (),
'''Return-Path: <bounces+org-20931@em.chronolap.example>
Received: from o12.em.chronolap.example (o12.em.chronolap.example [198.51.100.37])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kd1Rr6Wq2z9p1Lm
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 09:02:18 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=chronolap.example;
	s=em1; t=1776063736; h=from:to:subject:date:message-id:list-unsubscribe;
	bh=Yc3pL0vQ8sT1uW4xZ7aB2dE5gH8jK1mN4pR7sU0vX3y=;
	b=Hj4Kl7Mn0Pq3Rs6Tu9Vw2Xy5Za8Bc1De4Fg7Hi0Jk3Lm6No9Pq2Rs5Tu8Vw1Xy4Za7
From: ChronoLap Results <results@chronolap.example>
Reply-To: ChronoLap Event Support <events@chronolap.example>
To: privacy@shop.example.be
Subject: [Organiser copy] Dijle Run 2026 - final results published (1,482 finishers)
Date: Mon, 13 Apr 2026 07:02:16 +0000
Message-ID: <res.dijlerun2026.org.20931.1776063736@mailer.chronolap.example>
List-Unsubscribe: <https://chronolap.example/u/org/20931?t=Zr4k>, <mailto:unsub-org-20931@em.chronolap.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: results:org-20931:chronolap
Auto-Submitted: auto-generated
X-Mailer: ChronoLap Notify 5.2
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_CL_alt_7Qm2"

------=_CL_alt_7Qm2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

ChronoLap - organiser copy

Event:        Dijle Run 2026 (Leuven)
Date:         Sunday 12 April 2026
Organiser:    Shop Example Running Club
Contact on file for privacy matters: privacy@shop.example.be

The final results have been validated and are now published on
https://results.chronolap.example/dijlerun-2026

Finishers
  10 km            1,014
  5 km               391
  Kids run 1 km       77
DNF / DSQ        12 / 3

Published fields (as set in your event configuration):
bib, first name, last name, year of birth, gender, age category, club,
chip time, gun time, pace, split 5 km.

Participants who ticked "show me as Anonymous" at registration: 41.
For the kids run only first name and initial are shown.

Privacy
Results are published under the organiser's responsibility. ChronoLap acts
as processor under the data processing agreement of 02/01/2026. Requests
from participants to hide, correct or delete a result (GDPR art. 16, 17, 21)
received by ChronoLap are forwarded to the organiser contact above within
72 hours. You can anonymise a line yourself in the organiser dashboard
(Results > Edit > Anonymise). Raw timing data (chip reads per mat) are
deleted 90 days after the event.

Race photos: the photo partner FinishPix has received bib numbers and first
names of participants who accepted photo matching at registration (1,207).

You receive this mail because you are registered as organiser contact.
Unsubscribe from organiser notifications:
https://chronolap.example/u/org/20931?t=3DZr4k
ChronoLap BV - Kapeldreef 60, 3001 Heverlee

------=_CL_alt_7Qm2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#1d1=
d1d">
<p style=3D"color:#888">ChronoLap &ndash; organiser copy</p>
<h2>Dijle Run 2026 &ndash; final results published</h2>
<table cellpadding=3D"4">
<tr><td>10 km</td><td>1,014</td></tr>
<tr><td>5 km</td><td>391</td></tr>
<tr><td>Kids run 1 km</td><td>77</td></tr>
<tr><td>DNF / DSQ</td><td>12 / 3</td></tr>
</table>
<p><a href=3D"https://results.chronolap.example/dijlerun-2026">View results=
</a></p>
<p>Published fields: bib, first name, last name, year of birth, gender, age=
 category, club, chip time, gun time, pace, split 5&nbsp;km.<br>
Participants shown as Anonymous: 41.</p>
<p style=3D"font-size:12px;color:#666"><b>Privacy</b> &ndash; Results are p=
ublished under the organiser&rsquo;s responsibility. ChronoLap acts as proc=
essor. Requests from participants to hide, correct or delete a result (GDPR=
 art. 16, 17, 21) are forwarded to the organiser contact within 72 hours. R=
aw timing data are deleted 90 days after the event.</p>
<p style=3D"font-size:11px;color:#999">You receive this mail as organiser c=
ontact. <a href=3D"https://chronolap.example/u/org/20931?t=3DZr4k">Unsubscr=
ibe</a><br>ChronoLap BV &ndash; Kapeldreef 60, 3001 Heverlee</p>
</body></html>

------=_CL_alt_7Qm2--
'''),
    ('en', 'exchange-out-of-office-gym-partner-manager', 'automated', (),
'''Return-Path: <>
Received: from EUR03-AM7-obe.outbound.protection.outlook.example (mail-am7eur03on2101.outbound.protection.outlook.example [203.0.113.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf2Tq0Xw7z1m4Hc
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 11:47:03 +0200 (CEST)
Received: from DB9PR02MB7741.eurprd02.prod.outlook.example (2603:10a6:10:2d1::9) by
 DB9PR02MB7741.eurprd02.prod.outlook.example with Microsoft SMTP Server id 15.20.8632.21;
 Tue, 14 Apr 2026 09:47:01 +0000
From: Sanne de Vries <s.devries@fitline.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatic reply: Check-in data feed - new field "visit duration"?
Thread-Topic: Check-in data feed - new field "visit duration"?
Thread-Index: AQHcrN1f7Kk2Wq3hQ0yB4aV9c1mE2A==
Date: Tue, 14 Apr 2026 09:47:01 +0000
Message-ID: <DB9PR02MB77411F2C9E84A7B3D5@DB9PR02MB7741.eurprd02.prod.outlook.example>
In-Reply-To: <a81c2f0e-47b9-4d11-9e3a-5c0b7d2e6f14@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-Exchange-Inbox-Rules-Loop: s.devries@fitline.example
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-AuthAs: Internal
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_DB9PR02MB77411F2C9E84A7B3D5_"

--_000_DB9PR02MB77411F2C9E84A7B3D5_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your e-mail. I am out of the office until Monday 20 April wit=
h limited access to my mail.

For questions about the Shop Example partnership (member discounts, check-=
in data feed, invoicing) please contact partners@fitline.example.
For urgent matters regarding member data or a data breach, contact our DPO=
 at dpo@fitline.example.

Kind regards,
Sanne de Vries
Partnership Manager Benelux | FitLine

--_000_DB9PR02MB77411F2C9E84A7B3D5_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charse=
t=3Dus-ascii"></head><body><div style=3D"font-family:Calibri,Arial,sans-se=
rif;font-size:11pt">Thank you for your e-mail. I am out of the office unti=
l Monday 20 April with limited access to my mail.<br><br>For questions abo=
ut the Shop Example partnership (member discounts, check-in data feed, inv=
oicing) please contact partners@fitline.example.<br>For urgent matters reg=
arding member data or a data breach, contact our DPO at dpo@fitline.exampl=
e.<br><br>Kind regards,<br>Sanne de Vries<br>Partnership Manager Benelux |=
 FitLine</div></body></html>

--_000_DB9PR02MB77411F2C9E84A7B3D5_--
'''),
    ('en', 'postfix-bounce-mailbox-full-club-member', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
        id 4Kh0Vb3Zn8z2q6Rd; Wed, 15 Apr 2026 16:21:44 +0200 (CEST)
Date: Wed, 15 Apr 2026 16:21:44 +0200 (CEST)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Kh0Vb3Zn8z2q6Rd.1776262904/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260415142144.4Kh0Vb3Zn8z2q6Rd@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4Kh0Vb3Zn8z2q6Rd.1776262904/mx1.shop.example.be
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

<t.vandenbroeck@telenet.example>: host mx.telenet.example[192.0.2.61] said:
    552 5.2.2 <t.vandenbroeck@telenet.example>: mailbox full, quota exceeded
    (in reply to RCPT TO command)

--4Kh0Vb3Zn8z2q6Rd.1776262904/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4Kh0Vb3Zn8z2q6Rd
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 15 Apr 2026 16:21:41 +0200 (CEST)

Final-Recipient: rfc822; t.vandenbroeck@telenet.example
Original-Recipient: rfc822;t.vandenbroeck@telenet.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.telenet.example
Diagnostic-Code: smtp; 552 5.2.2 <t.vandenbroeck@telenet.example>: mailbox
    full, quota exceeded

--4Kh0Vb3Zn8z2q6Rd.1776262904/mx1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from exch02.shop.example.be (exch02.shop.example.be [10.20.4.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kh0Vb3Zn8z2q6Rd
        for <t.vandenbroeck@telenet.example>; Wed, 15 Apr 2026 16:21:41 +0200 (CEST)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: <t.vandenbroeck@telenet.example>
Subject: Your request of 2 April - removal from the Running Club results
Date: Wed, 15 Apr 2026 14:21:39 +0000
Message-ID: <c6e21d04-2b8f-4f0a-8a77-0e9f1d43b5a2@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--4Kh0Vb3Zn8z2q6Rd.1776262904/mx1.shop.example.be--
'''),
    ('en', 'fitness-platform-processor-portal-export-ready', 'automated', (),
'''Return-Path: <no-reply@cloud.stride.example>
Received: from out-4.mta.stride.example (out-4.mta.stride.example [198.51.100.204])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kj5Wc1Ym0z3r8Tf
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 03:15:27 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=stride.example; s=s2026;
	h=from:to:subject:date:message-id; bh=mP2sQ5tV8wY1zA4cD7fG0hJ3kL6nO9qR2tU5wX8zA1c=;
	b=Kp9Lq2Mr5Ns8Ot1Pu4Qv7Rw0Sx3Ty6Uz9Va2Wb5Xc8Yd1Ze4Af7Bg0Ch3Di6Ej9Fk2Gl
From: Stride Cloud Partner Portal <no-reply@cloud.stride.example>
To: privacy@shop.example.be
Subject: Data subject request DSR-SE-2026-0419: export ready for download
Date: Thu, 16 Apr 2026 01:15:25 +0000
Message-ID: <dsr-se-2026-0419.export.ready@portal.cloud.stride.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
X-Stride-Tenant: shop-example-be
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_8d2f3c0a71e4"

--b1_8d2f3c0a71e4
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Stride Cloud - Partner Portal
Tenant: Shop Example (shop-example-be)

Data subject request DSR-SE-2026-0419
Type:            Access / portability export (GDPR art. 15 / art. 20)
Requested by:    privacy@shop.example.be on 14/04/2026 10:32 UTC
Data subject:    user ID 7f3a-11c9-88e2 (pseudonymised)
Status:          COMPLETED - export ready

The archive contains all personal data held by Stride Cloud on behalf of
Shop Example for this user:
  - profile.json (birth year, sex, height, weight, max HR setting)
  - activities/ (412 files, FIT format, with GPS and heart rate)
  - daily_summary.csv (steps, resting heart rate, active minutes)
  - sleep.csv (sleep start/end, stages, nightly heart rate)
  - stress_scores.csv
  - devices.json (paired watches, firmware, last sync)
  - consents.json (health data sharing, loyalty points, partner sharing)

Download (valid 7 days, until 23/04/2026 01:15 UTC):
https://portal.cloud.stride.example/dsr/DSR-SE-2026-0419/download

The archive is encrypted; the password was sent to the portal user who
created the request. Please transmit the export to the data subject
securely. After the link expires the archive is deleted automatically.
If the data subject has also requested erasure (art. 17), open a separate
deletion request in the portal; exports do not delete any data.

This is an automated message from the Stride Cloud Partner Portal.
Replies to this address are not read.

--b1_8d2f3c0a71e4
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkhlbHZldGljYSxBcmlhbCxzYW5zLXNlcmlm
O2ZvbnQtc2l6ZToxNHB4Ij4KPHA+PGI+U3RyaWRlIENsb3VkICZtaWRkb3Q7IFBhcnRuZXIgUG9y
dGFsPC9iPjxicj5UZW5hbnQ6IFNob3AgRXhhbXBsZTwvcD4KPGgzPkRhdGEgc3ViamVjdCByZXF1
ZXN0IERTUi1TRS0yMDI2LTA0MTkgJm1kYXNoOyBleHBvcnQgcmVhZHk8L2gzPgo8cD5UeXBlOiBh
Y2Nlc3MgLyBwb3J0YWJpbGl0eSBleHBvcnQgKEdEUFIgYXJ0LiAxNSAvIGFydC4gMjApPGJyPgpE
YXRhIHN1YmplY3Q6IHVzZXIgSUQgN2YzYS0xMWM5LTg4ZTIgKHBzZXVkb255bWlzZWQpPC9wPgo8
cD5UaGUgYXJjaGl2ZSBjb250YWlucyBwcm9maWxlLCBhY3Rpdml0aWVzIChGSVQsIEdQUywgaGVh
cnQgcmF0ZSksIGRhaWx5IHN1bW1hcmllcywgc2xlZXAgZGF0YSwgc3RyZXNzIHNjb3JlcywgZGV2
aWNlcyBhbmQgY29uc2VudHMuPC9wPgo8cD48YSBocmVmPSJodHRwczovL3BvcnRhbC5jbG91ZC5z
dHJpZGUuZXhhbXBsZS9kc3IvRFNSLVNFLTIwMjYtMDQxOS9kb3dubG9hZCI+RG93bmxvYWQgdGhl
IGV4cG9ydDwvYT4gKHZhbGlkIDcgZGF5cyk8L3A+CjxwIHN0eWxlPSJjb2xvcjojNzc3O2ZvbnQt
c2l6ZToxMnB4Ij5FeHBvcnRzIGRvIG5vdCBkZWxldGUgYW55IGRhdGEuIEZvciBlcmFzdXJlIChh
cnQuIDE3KSBvcGVuIGEgc2VwYXJhdGUgZGVsZXRpb24gcmVxdWVzdC4gVGhpcyBpcyBhbiBhdXRv
bWF0ZWQgbWVzc2FnZTsgcmVwbGllcyBhcmUgbm90IHJlYWQuPC9wPgo8L2JvZHk+PC9odG1sPgo=

--b1_8d2f3c0a71e4--
'''),
    ('en', 'person-forwards-photos-ready-asks-to-remove', 'deletion', (),
'''Return-Path: <h.okafor.runs@gmail.com>
Received: from mail-wm1-f54.google.example (mail-wm1-f54.google.example [209.85.128.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kn8Yd4Bp2z5s0Vg
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 21:38:12 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
	h=to:subject:message-id:date:from:mime-version; bh=rT4uW7xZ0aC3dF6gI9jL2mO5pR8sU1vY4bE7hK0nQ3t=;
	b=Vb2Nc5Md8Le1Kf4Jg7Ih0Hi3Gj6Fk9El2Dm5Cn8Bo1Ap4Zq7Yr0Xs3Wt6Vu9Uv2Tw5S
MIME-Version: 1.0
From: Helen Okafor <h.okafor.runs@gmail.com>
Date: Mon, 20 Apr 2026 20:38:01 +0100
Message-ID: <CAJ8rT4kq2Vx0=mH1pR7wYb3nLc9sQf6Ue5Dg@mail.gmail.com>
Subject: Fwd: Your race photos are ready - Ghent Urban Trail 2026
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hi, the running club desk at the store gave me this address.

I got the mail below this morning. I ran the Ghent Urban Trail on Sunday as
part of your club's team, but I never signed up with FinishPix and I didn't
tick anything about photos. There are 14 pictures of me online now that
anyone with my bib number can see. Please get them taken down and deleted,
and whatever FinishPix got from you about me (name, email, bib) as well.

Helen Okafor

---------- Forwarded message ---------
From: FinishPix <photos@finishpix.example>
Date: Mon, 20 Apr 2026 at 07:05
Subject: Your race photos are ready - Ghent Urban Trail 2026
To: <h.okafor.runs@gmail.com>


Hi Helen,

Great run on Sunday! We found 14 photos of bib 0733 at the Ghent Urban Trail
2026.

View your gallery: https://finishpix.example/g/gut26/0733

Download all photos in high resolution for EUR 24.95, or get your finisher
video for EUR 9.95. Offer valid until 27 April.

You received this email because the organiser (Shop Example Running Club)
shared your bib number, first name and email address with FinishPix.
Privacy policy: https://finishpix.example/privacy
Don't want to receive photo notifications? Unsubscribe:
https://finishpix.example/unsub?e=aC5va2Fmb3I

FinishPix - Sint-Pietersnieuwstraat 120, 9000 Gent
'''),
    ('en', 'zendesk-ack-bike-rental-partner-deletion-ticket', 'automated', (),
'''Return-Path: <support+id48213@coastride.zendesk.example>
Received: from out3.zendesk.example (out3.zendesk.example [192.0.2.163])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kk2Xa9Cq5z7t3Wh
        for <privacy@shop.example.be>; Fri, 17 Apr 2026 10:04:51 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=zendesk.example; s=zendesk2;
	h=from:reply-to:to:subject:date:message-id; bh=Gt5Hu8Iv1Jw4Kx7Ly0Mz3Na6Ob9Pc2Qd5Re8Sf1Tg4U=;
	b=Xa1Yb4Zc7Ad0Be3Cf6Dg9Eh2Fi5Gj8Hk1Il4Jm7Kn0Lo3Mp6Nq9Or2Ps5Qt8Ru1Sv4Tw
From: CoastRide Support <support@coastride.zendesk.example>
Reply-To: CoastRide Support <support+id48213@coastride.zendesk.example>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: [CoastRide] Re: Erasure request - rental customer I. Carvalho
Date: Fri, 17 Apr 2026 08:04:49 +0000
Message-ID: <8Q2KWX7RLT_6643f2a1b9e54_b1d7_sprut@zendesk.example>
In-Reply-To: <7e01d9a3-5c44-4a2b-9f10-b83c2d6e0a55@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 9f41c02
X-Zendesk-Email-Id: 01JRX4W7Q2MZ8D5K0TF3H6YBNA
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6643f2a1c0d2e_7a3f1b2c"

----==_mimepart_6643f2a1c0d2e_7a3f1b2c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

Subject: Erasure request - rental customer I. Carvalho
Category: Privacy / data protection
Expected first response: within 3 working days

Please note: requests concerning personal data of rental customers (identity
documents, height, weight, deposit card) are handled by our data protection
officer. Do not send copies of identity documents by email.

CoastRide bike & e-bike rental - Knokke | De Haan | Nieuwpoort

This email is a service from CoastRide Support.
[8Q2KWX-7RLT]
----==_mimepart_6643f2a1c0d2e_7a3f1b2c
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

<html><body><p style="color:#b5b5b5">##- Please type your reply above this line -##</p>
<p>Your request (48213) has been received and is being reviewed by our support staff.</p>
<p>To add additional comments, reply to this email.</p>
<p><b>Subject:</b> Erasure request - rental customer I. Carvalho<br><b>Category:</b> Privacy / data protection<br><b>Expected first response:</b> within 3 working days</p>
<p style="font-size:12px">Please note: requests concerning personal data of rental customers (identity documents, height, weight, deposit card) are handled by our data protection officer. Do not send copies of identity documents by email.</p>
<p style="color:#999;font-size:11px">CoastRide bike &amp; e-bike rental &ndash; Knokke | De Haan | Nieuwpoort<br>This email is a service from CoastRide Support. [8Q2KWX-7RLT]</p>
</body></html>
----==_mimepart_6643f2a1c0d2e_7a3f1b2c--
'''),
    ('nl', 'club-software-new-member-registration', 'automated', (),
'''Return-Path: <noreply@clubware.example>
Received: from app3.clubware.example (app3.clubware.example [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KbQ1r2Ds8z4u5Xj
        for <privacy@shop.example.be>; Thu, 9 Apr 2026 19:42:07 +0200 (CEST)
From: ClubWare <noreply@clubware.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nieuwe_inschrijving_=E2=80=93_Shop_Example_Running_Club_=28afdeling_Gent=29?=
Date: Thu, 9 Apr 2026 19:42:05 +0200
Message-ID: <20260409174205.31877.clubware-notify@app3.clubware.example>
X-Mailer: ClubWare Notifier 4.8
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste beheerder,

Er is een nieuw lid ingeschreven via het online formulier.

Club:            Shop Example Running Club
Afdeling:        Gent (loopgroep dinsdag/donderdag)
Lidnummer:       SERC-1294
Naam:            Van Hecke, Elise
Geboortedatum:   17/08/1992
Geslacht:        V
Adres:           Coupure Links 311, 9000 Gent
GSM:             0486 55 21 09
Noodcontact:     Van Hecke, Pieter (vader) - 0475 90 14 33
Niveau:          10 km in ca. 55 min
Medisch attest:  niet opgeladen (vervalt binnen 30 dagen)
Lidgeld:         EUR 45,00 - betaald (Bancontact)

Toestemmingen bij inschrijving
[x] Uitslagen mogen met naam worden gepubliceerd
[ ] Foto's van clubactiviteiten op website en sociale media
[x] Clubnieuwsbrief per e-mail
[ ] Gegevens delen met sponsors van de club

U ontvangt deze melding omdat uw adres is ingesteld als contactpersoon
gegevensbescherming voor deze club. Gegevens van leden worden door ClubWare
verwerkt als verwerker in opdracht van de club (AVG art. 28). Inactieve
leden worden na 24 maanden automatisch geanonimiseerd.

Meldingen beheren: Instellingen > Notificaties in uw ClubWare-account.
-- 
ClubWare - ledenbeheer voor sportclubs
'''),
    ('nl', 'sportpass-monthly-partner-usage-report-march', 'automated', (),
'''Return-Path: <rapporten@sportpass.example>
Received: from relay2.sportpass.example (relay2.sportpass.example [198.51.100.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KZ9Pm7Gt3z0v1Yk
        for <privacy@shop.example.be>; Wed, 1 Apr 2026 06:00:41 +0200 (CEST)
From: SportPass Partnerrapportage <rapporten@sportpass.example>
To: privacy@shop.example.be
Cc: partners@shop.example.be
Subject: Maandrapport maart 2026 - Shop Example (partner BE-0087)
Date: Wed, 1 Apr 2026 04:00:39 +0000
Message-ID: <rpt-BE0087-202603.1775016039@reports.sportpass.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-SportPass-Report: monthly-partner
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_sp_rpt_0087_202603"

--=_sp_rpt_0087_202603
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

SportPass - maandrapport partner

Partner:      Shop Example (BE-0087)
Periode:      01/03/2026 - 31/03/2026
Aangemaakt:   01/04/2026 06:00

Samenvatting
Transacties met SportPass-tegoed:      2.318
Unieke gebruikers:                     1.604
Totaal ingewisseld tegoed:             EUR 118.422,60
Waarvan webshop:                       41 %
Waarvan FitLine-abonnementen via u:    206

Top 5 werkgevers (aantal transacties)
  1. Werkgever W-1182          311
  2. Werkgever W-0457          244
  3. Werkgever W-2210          187
  4. Werkgever W-0093          152
  5. Werkgever W-1649          128

Gegevensbescherming
In de bijlage zijn de gebruikers gepseudonimiseerd (SP-ID). Overeenkomstig
de gewijzigde samenwerkingsovereenkomst van 1 januari 2026 ontvangen
werkgevers vanaf april 2026 enkel nog geaggregeerde cijfers per maand en
geen overzicht per medewerker meer. Verzoeken van gebruikers tot inzage,
verwijdering of bezwaar die u rechtstreeks ontvangt, kunt u doorsturen naar
privacy@sportpass.example.

Dit rapport wordt automatisch verstuurd. Niet beantwoorden.

--=_sp_rpt_0087_202603
Content-Type: text/csv; charset=utf-8; name="BE-0087_2026-03_transacties.csv"
Content-Disposition: attachment; filename="BE-0087_2026-03_transacties.csv"
Content-Transfer-Encoding: base64

ZGF0dW07c3BfaWQ7d2Vya2dldmVyO2thbmFhbDt3aW5rZWw7YmVkcmFnX2V1cjtjYXRlZ29yaWUK
MjAyNi0wMy0wMTtTUC03RjIxQTk7Vy0xMTgyO3dpbmtlbDtHZW50LVp1aWQ7NjQuOTA7bG9vcHNj
aG9lbmVuCjIwMjYtMDMtMDE7U1AtMEMzM0Q0O1ctMDQ1Nzt3ZWJzaG9wOzsyOS45OTtmaXRuZXNz
YWNjZXNzb2lyZXMKMjAyNi0wMy0wMjtTUC05MUJFMDI7Vy0yMjEwO0ZpdExpbmU7QW50d2VycGVu
LUNlbnRydW07MzkuMDA7YWJvbm5lbWVudAoyMDI2LTAzLTAyO1NQLTVEOEUxNztXLTAwOTM7d2lu
a2VsO1dpbHJpams7MTQ5LjAwO2ZpZXRzZW4KMjAyNi0wMy0wMztTUC0yQTZGNDA7Vy0xNjQ5O3dl
YnNob3A7OzE4LjUwO3p3ZW1tZW4KMjAyNi0wMy0wMztTUC03RjIxQTk7Vy0xMTgyO0ZpdExpbmU7
R2VudC1adWlkOzM5LjAwO2Fib25uZW1lbnQK

--=_sp_rpt_0087_202603--
'''),
    ('nl', 'zimbra-vacation-reply-club-coordinator', 'automated', (),
'''Return-Path: <>
Received: from mail.kvzaventem.example (mail.kvzaventem.example [192.0.2.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcS3t5Fv1z6w7Zm
        for <privacy@shop.example.be>; Tue, 7 Apr 2026 08:15:33 +0200 (CEST)
Date: Tue, 7 Apr 2026 08:15:31 +0200 (CEST)
From: Jeugdcoordinatie KV Zaventem <jeugd@kvzaventem.example>
To: privacy@shop.example.be
Message-ID: <1144017213.20914.1775542531880.JavaMail.zimbra@kvzaventem.example>
In-Reply-To: <5b3c0e71-9a2d-4f18-bd6e-2e77a1c40f93@shop.example.be>
Subject: Re: Spelersfiches U10 meisjes - geboortedata op de website
Auto-Submitted: auto-replied (zimbra; vacation)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)

Dag,

Ik ben met vakantie tot en met zondag 19 april en lees mijn mails niet.
Tijdens de paasvakantie zijn er geen trainingen voor de jeugd.

Voor vragen over inschrijvingen en spelersfiches: secretariaat@kvzaventem.example
Voor dringende zaken (ongevallen, verzekering): Luc, 0477 12 48 90

Sportieve groet,
Greet Lambrechts
Jeugdcoordinator KV Zaventem
'''),
    ('nl', 'person-replies-to-club-notice-medical-certificate', 'access', (),
'''Return-Path: <bert.goossens@telenet.example>
Received: from smtp.telenet.example (smtp.telenet.example [192.0.2.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdT4v6Hw2z8x9An
        for <privacy@shop.example.be>; Fri, 10 Apr 2026 22:03:40 +0200 (CEST)
From: Bert Goossens <bert.goossens@telenet.example>
To: privacy@shop.example.be
Subject: RE: [ClubWare] Herinnering: medisch attest ontbreekt - lidmaatschap SERC-0655
Date: Fri, 10 Apr 2026 22:03:36 +0200
Message-ID: <000b01dcc9a2$4e7f1a30$eb7d4e90$@telenet.example>
In-Reply-To: <20260410060002.11204.clubware-notify@app3.clubware.example>
X-Mailer: Microsoft Outlook 16.0
Content-Language: nl-be
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Goedenavond,

Ik krijg nu al voor de derde keer onderstaande mail. Onderaan staat dat ik
voor vragen over mijn gegevens dit adres moet gebruiken, dus bij deze.

Waarom moet ik voor een loopgroepje op dinsdagavond een medisch attest
opladen in dat systeem, en wie kan dat dan allemaal zien? De trainers? Die
firma ClubWare? Ik zou graag eerst weten wat er nu al allemaal over mij in
ClubWare staat en wie daar toegang toe heeft, voor ik daar nog iets
medisch in zet.

Bert Goossens
Lid sinds 2022

-----Oorspronkelijk bericht-----
Van: ClubWare <noreply@clubware.example>
Verzonden: vrijdag 10 april 2026 8:00
Aan: bert.goossens@telenet.example
Onderwerp: [ClubWare] Herinnering: medisch attest ontbreekt - lidmaatschap SERC-0655

Beste Bert,

Voor je lidmaatschap van de Shop Example Running Club ontbreekt nog een
geldig medisch attest. Zonder attest vervalt je verzekering bij
clubactiviteiten op 30/04/2026.

Laad je attest op via https://clubware.example/m/serc/0655/attest

Vragen over je persoonsgegevens? privacy@shop.example.be
Dit is een automatisch bericht, antwoorden op dit adres worden niet gelezen.
'''),
    ('fr', 'ski-rental-booking-confirmation-measurements', 'automated', (),
'''Return-Path: <location-noreply@rent.shop.example.be>
Received: from booking01.rent.shop.example.be (booking01.rent.shop.example.be [10.30.2.21])
        by mx1.shop.example.be (Postfix) with ESMTP id 4JwF7k3Lp9z1y2Bq
        for <privacy@shop.example.be>; Mon, 2 Feb 2026 14:26:58 +0100 (CET)
From: Shop Example Location <location-noreply@rent.shop.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Confirmation_de_r=C3=A9servation_LS-26-04182_=E2=80=93_location_ski_du_14/02_au_22/02?=
Date: Mon, 2 Feb 2026 14:26:56 +0100
Message-ID: <LS-26-04182.confirm.1770038816@booking01.rent.shop.example.be>
Auto-Submitted: auto-generated
X-Mailer: RentDesk 2.14
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre r=C3=A9servation de mat=C3=A9riel de ski est confirm=C3=A9e.

R=C3=A9servation :   LS-26-04182
Magasin :       Shop Example Louvain-la-Neuve - comptoir location
Retrait :       vendredi 13/02/2026 =C3=A0 partir de 16h00
Retour :        lundi 23/02/2026 avant 12h00
Titulaire :     M. Laurent Dewez - 0475 62 18 03

Participants
1. Laurent Dewez    - adulte - 88 kg - 1,84 m - pointure 44   - niveau 3 - =
DIN calcul=C3=A9 7,0
2. Aur=C3=A9lie Dewez    - adulte - 61 kg - 1,68 m - pointure 39   - niveau=
 2 - DIN calcul=C3=A9 4,5
3. Hugo Dewez       - enfant (12 ans) - 41 kg - 1,52 m - pointure 37 - nive=
au 2 - DIN calcul=C3=A9 3,5

Mat=C3=A9riel : 3 paires de skis, 3 paires de chaussures, 3 casques
Total :    EUR 312,00 (acompte pay=C3=A9 EUR 100,00)

Les r=C3=A9glages de fixations sont effectu=C3=A9s selon la norme ISO 11088=
 sur base
du poids, de la taille, de l'=C3=A2ge, de la pointure et du niveau indiqu=
=C3=A9s.
V=C3=A9rifiez ces donn=C3=A9es : des donn=C3=A9es erron=C3=A9es peuvent ent=
ra=C3=AEner un mauvais
r=C3=A9glage.

Protection des donn=C3=A9es
Les donn=C3=A9es ci-dessus sont trait=C3=A9es par Shop Example pour l'ex=C3=
=A9cution du
contrat de location et le r=C3=A9glage de s=C3=A9curit=C3=A9 des fixations.=
 Elles sont
conserv=C3=A9es 24 mois apr=C3=A8s la fin de la location puis supprim=C3=A9=
es. Vous pouvez
demander l'acc=C3=A8s, la rectification ou l'effacement de vos donn=C3=A9es=
 =C3=A0
privacy@shop.example.be.

Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.
'''),
    ('fr', 'exim-bounce-insurer-dpo-address', 'automated', (),
'''Return-Path: <>
Received: from mail.vitalis-assurances.example ([203.0.113.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KpA6f8Jy4z2a3Cr
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 15:12:09 +0200 (CEST)
Received: from Debian-exim by mail.vitalis-assurances.example with local (Exim 4.96)
	id 1wF3kP-0007Qh-2T
	for privacy@shop.example.be; Wed, 22 Apr 2026 15:12:08 +0200
X-Failed-Recipients: protection.donnees@vitalis-assurances.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.vitalis-assurances.example>
To: privacy@shop.example.be
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wF3kP-0007Qh-2T@mail.vitalis-assurances.example>
Date: Wed, 22 Apr 2026 15:12:08 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  protection.donnees@vitalis-assurances.example
    Unrouteable address

------ This is a copy of the message, including all the headers. ------

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be ([198.51.100.10])
	by mail.vitalis-assurances.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1wF3kO-0007Qf-1x
	for protection.donnees@vitalis-assurances.example; Wed, 22 Apr 2026 15:12:07 +0200
From: Shop Example - Protection des données <privacy@shop.example.be>
To: protection.donnees@vitalis-assurances.example
Subject: Demande de limitation - assuré Alistair Pryce, police VSC-118-20419
Date: Wed, 22 Apr 2026 13:12:04 +0000
Message-ID: <3f9d2a71-0c8e-4b55-a1e6-77c4d92b0e18@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Madame, Monsieur,

Notre client, M. Alistair Pryce, titulaire de la police SportCare
VSC-118-20419 souscrite dans notre magasin de Zaventem, a demandé la
limitation du traitement de ses données (art. 18 RGPD) dans le cadre du
litige relatif au sinistre SC-2026-04471, porté devant l'Ombudsman des
assurances.

Nous vous informons que nous ne vous transmettrons plus de données le
concernant jusqu'à la clôture de ce litige, et vous prions de nous
confirmer la bonne réception de la présente.

Cordialement,
Équipe Protection des données
Shop Example
'''),
    ('fr', 'injury-insurer-policy-documents-sportsafe', 'automated', (),
'''Return-Path: <documents@vitalis-assurances.example>
Received: from out.vitalis-assurances.example (out.vitalis-assurances.example [203.0.113.46])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4JyH9m5Nr1z3b4Ds
        for <privacy@shop.example.be>; Mon, 16 Feb 2026 07:30:14 +0100 (CET)
From: Vitalis Assurances <documents@vitalis-assurances.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Vos_documents_contractuels_=E2=80=93_SportSafe_police_SSF-2026-0214-5571?=
Date: Mon, 16 Feb 2026 06:30:12 +0000
Message-ID: <ssf-2026-0214-5571.docs@out.vitalis-assurances.example>
Auto-Submitted: auto-generated
X-Mailer: Vitalis Docs Engine
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="VITALIS-DOCS-5571"

--VITALIS-DOCS-5571
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Madame, Monsieur,

Nous vous remercions d'avoir souscrit l'assurance SportSafe auprès de notre
partenaire Shop Example.

Preneur :            Dominique Lambert
Police :             SSF-2026-0214-5571
Prise d'effet :      14/02/2026
Prime :              EUR 4,99 / mois (domiciliation)
Point de vente :     Shop Example Louvain-la-Neuve (caisse 3)
Activités déclarées : ski de randonnée, course à pied
Antécédents déclarés : néant

Vous trouverez en annexe vos conditions particulières et la fiche
d'information. Conservez-les précieusement.

Vie privée
Vitalis Assurances traite vos données, y compris les données relatives à
votre santé communiquées lors de la souscription et en cas de sinistre,
en qualité de responsable du traitement, pour la gestion du contrat et des
sinistres. Ces données ne sont pas utilisées à des fins publicitaires sans
votre consentement. Vous disposez d'un droit d'accès, de rectification,
d'effacement, de limitation, d'opposition et de portabilité, ainsi que du
droit d'introduire une réclamation auprès de l'Autorité de protection des
données. Notre délégué à la protection des données : dpo@vitalis-assurances.example

Ce courriel est envoyé automatiquement. Pour toute question :
service.clients@vitalis-assurances.example - 02 555 18 40

Vitalis Assurances SA - entreprise d'assurances agréée sous le code 0998
Avenue Louise 480, 1050 Bruxelles

--VITALIS-DOCS-5571
Content-Type: application/pdf; name="SSF-2026-0214-5571_conditions_particulieres.pdf"
Content-Disposition: attachment; filename="SSF-2026-0214-5571_conditions_particulieres.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKMSAwIG9iaiA8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4gZW5kb2Jq
CjIgMCBvYmogPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4gZW5kb2Jq
CjMgMCBvYmogPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUg
ODQyXSA+PiBlbmRvYmoKdHJhaWxlciA8PCAvUm9vdCAxIDAgUiA+PgolJUVPRgo=

--VITALIS-DOCS-5571--
'''),
    ('fr', 'person-corporate-signature-stop-photo-mails', 'withdraw_consent', (),
'''Return-Path: <m.hennebert@cabinet-lebrun.example>
Received: from smtp.cabinet-lebrun.example (smtp.cabinet-lebrun.example [198.51.100.72])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KqB7g9Kz5z4c5Et
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 12:51:30 +0200 (CEST)
From: Mathilde Hennebert <m.hennebert@cabinet-lebrun.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: photos de course
Date: Tue, 21 Apr 2026 10:51:27 +0000
Message-ID: <AM6PR10MB2213B8E0C4F7A9D1@AM6PR10MB2213.EURPRD10.PROD.OUTLOOK.example>
X-Mailer: iPhone Mail (21E236)
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,
Je ne souhaite plus recevoir les mails « vos photos sont prêtes » après chaque course ni les offres du photographe. J'avais coché la case lors de l'inscription au club l'an dernier, je la décoche. Merci.
M. Hennebert

Envoyé de mon iPhone

Mathilde Hennebert
Juriste | Cabinet Lebrun & Associés
Boulevard de Waterloo 34, 1000 Bruxelles
T +32 2 555 40 12

---------------------------------------------------------------------
Ce message et ses éventuelles pièces jointes sont confidentiels et
destinés exclusivement à leur(s) destinataire(s). Si vous l'avez reçu
par erreur, merci d'en avertir immédiatement l'expéditeur et de le
supprimer. Le Cabinet Lebrun & Associés traite vos données à caractère
personnel conformément au RGPD ; voir https://cabinet-lebrun.example/vie-privee.
This e-mail is confidential. If you are not the intended recipient,
please notify the sender and delete it.
---------------------------------------------------------------------
'''),
    ('de', 'fitting-studio-foot-scan-report', 'automated', (),
'''Return-Path: <scanner.stvith@shop.example.be>
Received: from FITSTUDIO-PC02 (unknown [10.41.7.32])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KlC8h0Lq6z5d6Fv
        for <privacy@shop.example.be>; Sat, 18 Apr 2026 11:09:45 +0200 (CEST)
From: FootID Studio St. Vith <scanner.stvith@shop.example.be>
To: privacy@shop.example.be
Subject: Scanbericht FS-STV-260418-007
Date: Sat, 18 Apr 2026 11:09:44 +0200
Message-ID: <FS-STV-260418-007.20260418110944@FITSTUDIO-PC02>
X-Mailer: FootID Studio 3.2.1 (Windows)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

FootID Studio - Scanbericht
============================
Bericht-Nr.:     FS-STV-260418-007
Filiale:         Shop Example St. Vith, Laufanalyse
Datum:           18.04.2026 11:02
Berater:         MA-0412
Kunde:           Kundenkarte ****8841 (Name in Kundenkarte hinterlegt)

Messwerte             links      rechts
Fußlänge (mm)         262        265
Ballenbreite (mm)     101        103
Ristumfang (mm)       246        249
Gewölbeindex          0,21       0,24
Fersenwinkel (°)      4,1 val.   6,8 val.
Druckspitze           Vorfuß lat. Ferse med.

Auswertung:       leichte Überpronation rechts, Normalfuß links
Empfehlung:       Stabilitätsschuh, EU 42,5 / UK 8,5
Einlage:          nicht empfohlen

Datenschutzhinweis: Dieser Bericht enthält personenbezogene Daten und
Gesundheitsdaten im Sinne von Art. 9 DSGVO. Automatische Kopie an die
Datenschutzstelle gemäß Filialeinstellung "Protokoll Gesundheitsdaten".
Scan-Rohdaten (3D-Modell) werden nach 12 Monaten gelöscht.

-- automatisch erzeugt von FootID Studio, bitte nicht antworten --
'''),
    ('de', 'gmail-vacation-responder-youth-coach', 'automated', (),
'''Return-Path: <jugend.kscrenouveau@gmail.com>
Received: from mail-ed1-f45.google.example (mail-ed1-f45.google.example [209.85.208.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KaD9j1Mr7z6e7Gw
        for <privacy@shop.example.be>; Thu, 2 Apr 2026 17:33:21 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;
	h=auto-submitted:subject:message-id:date:from:to:mime-version;
	bh=Fz8Ay1Bx4Cw7Dv0Eu3Ft6Gs9Hr2Iq5Jp8Ko1Ln4Mm7=;
	b=Lk3Mj6Ni9Oh2Pg5Qf8Re1Sd4Tc7Ub0Va3Wz6Xy9Yx2Zw5Av8Bu1Ct4Ds7Er0Fq3Gp
MIME-Version: 1.0
From: Jugendabteilung KSC Renouveau Eupen <jugend.kscrenouveau@gmail.com>
To: privacy@shop.example.be
Subject: Abwesenheitsnotiz: Re: Mannschaftsfotos U11 und Geburtsdaten
Date: Thu, 2 Apr 2026 08:33:19 -0700
Message-ID: <CAKd0v9Tq3-Jn6=auto.reply.7Hs2Lp@mail.gmail.com>
Auto-Submitted: auto-replied
In-Reply-To: <d4a9b2c1-3e6f-4c70-8b15-90f2e7a1d638@shop.example.be>
Content-Type: multipart/alternative; boundary="000000000000c3a1f2061a9e7b44"

--000000000000c3a1f2061a9e7b44
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hallo,

vielen Dank f=C3=BCr Ihre Nachricht. Wir sind in den Osterferien bis einsc=
hlie=C3=9Flich 19. April nicht erreichbar, es finden keine Trainings statt=
.

Fragen zu Spielerp=C3=A4ssen, Fotos und Einverst=C3=A4ndniserkl=C3=A4rung=
en beantworten wir ab dem 20. April.

Sportliche Gr=C3=BC=C3=9Fe
Jugendabteilung KSC Renouveau Eupen

--000000000000c3a1f2061a9e7b44
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hallo,<br><br>vielen Dank f=C3=BCr Ihre Nachricht. Wir si=
nd in den Osterferien bis einschlie=C3=9Flich 19. April nicht erreichbar, =
es finden keine Trainings statt.<br><br>Fragen zu Spielerp=C3=A4ssen, Foto=
s und Einverst=C3=A4ndniserkl=C3=A4rungen beantworten wir ab dem 20. April=
.<br><br>Sportliche Gr=C3=BC=C3=9Fe<br>Jugendabteilung KSC Renouveau Eupen=
</div>

--000000000000c3a1f2061a9e7b44--
'''),
    ('de', 'gym-partner-daily-checkin-feed-transfer', 'automated', (),
'''Return-Path: <datafeed@fitline.example>
Received: from sftp-gw.fitline.example (sftp-gw.fitline.example [198.51.100.211])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KqE0k2Ns8z7f8Hx
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 02:05:03 +0200 (CEST)
From: FitLine Datenübermittlung <datafeed@fitline.example>
To: privacy@shop.example.be, loyalty-it@shop.example.be
Subject: =?UTF-8?Q?[FitLine_Partner-Feed]_Check-in-=C3=9Cbermittlung_20.04.2026_=E2=80=93_OK_=28312_Datens=C3=A4tze=29?=
Date: Tue, 21 Apr 2026 00:05:01 +0000
Message-ID: <feed-SE-BE-20260420.ok@sftp-gw.fitline.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-FitLine-Job: partner-feed-shopexample-be
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

FitLine Partner-Feed - Protokoll
--------------------------------
Partner:           Shop Example BE (Kundenkarten-Kooperation)
Stichtag:          20.04.2026
Datei:             checkins_SE-BE_20260420.csv.gpg
=C3=9Cbertragen nach:   sftp://feeds.shop.example.be/in/fitline/
Status:            OK

Datens=C3=A4tze gesamt:                          312
  davon Mitglieder mit g=C3=BCltiger Einwilligung: 312
  ausgeschlossen (Einwilligung widerrufen):     3
  ausgeschlossen (Konto gel=C3=B6scht):              1

=C3=9Cbermittelte Felder: Kundenkarten-Nr. (gehasht), Studio, Datum,
Check-in-Uhrzeit. Nicht =C3=BCbermittelt: Check-out, Trainingsdaten,
Gesundheitsangaben aus dem Aufnahmebogen.

Rechtsgrundlage: Einwilligung des Mitglieds (Art. 6 Abs. 1 lit. a DSGVO),
widerrufbar jederzeit in der FitLine-App. Widerrufe werden ab dem auf den
Widerruf folgenden Tag ber=C3=BCcksichtigt. L=C3=B6schung der Dateien auf d=
em
Partner-Server nach 30 Tagen gem=C3=A4=C3=9F Kooperationsvertrag, Anlage 3.

Diese Nachricht wurde automatisch erzeugt.
'''),
    ('de', 'person-pastes-weekly-summary-complains', 'complaint', (),
'''Return-Path: <g.wirtz@posteo.example>
Received: from mout01.posteo.example (mout01.posteo.example [192.0.2.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KnF1m3Pt9z8g9Jy
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 07:48:55 +0200 (CEST)
From: Gerda Wirtz <g.wirtz@posteo.example>
To: privacy@shop.example.be
Subject: Schon wieder!!
Date: Mon, 20 Apr 2026 07:48:51 +0200
Message-ID: <9c1e6f02-8b7a-4d3e-a5f4-1d2c3b4a5e6f@posteo.example>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Guten Morgen,

am 2. April habe ich Ihnen geschrieben, dass ich diese Wochenberichte
mit meinen Herz- und Schlafwerten NICHT mehr per E-Mail bekommen will. Ihr
Kundendienst hat mir am 3. April bestätigt, das sei "erledigt". Heute
früh kam wieder einer, siehe unten. Das ist schon der dritte seit meiner
Bitte.

Meine E-Mails liest auch meine Sekretärin, das wissen Sie natürlich nicht,
aber genau deshalb will ich so etwas nicht im Postfach haben. Ich beschwere
mich hiermit offiziell über den Umgang mit meinen Gesundheitsdaten und
erwarte eine Erklärung, warum meine Bitte ignoriert wird.

G. Wirtz

---- hier der Bericht von heute, eingefügt ----

Ihre Woche vom 13.04. bis 19.04.2026
Schritte gesamt: 48.210 (Ø 6.887/Tag)
Ruhepuls: 71 bpm (+6 zur Vorwoche)
Schlaf: Ø 5 h 58 min, Tiefschlaf 11 %
Stresslevel: hoch an 4 von 7 Tagen
Tipp: Gönnen Sie sich Erholung, entdecken Sie unsere Yoga-Kollektion!
Einstellungen ändern | Wochenbericht abbestellen
'''),
    ('es', 'registration-platform-entry-confirmation', 'automated', (),
'''Return-Path: <bounce-4471-es@mail.raceentry.example>
Received: from mta7.mail.raceentry.example (mta7.mail.raceentry.example [198.51.100.177])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KZG2n4Qv0z9h0Kz
        for <privacy@shop.example.be>; Fri, 3 Apr 2026 13:17:40 +0200 (CEST)
From: RaceEntry <inscripciones@raceentry.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Inscripci=C3=B3n_confirmada_=E2=80=93_Trail_de_La_Hulpe_2026_=E2=80=93_dorsal_4471?=
Date: Fri, 3 Apr 2026 11:17:38 +0000
Message-ID: <entry.4471.tlh26.1775215058@raceentry.example>
List-Unsubscribe: <https://raceentry.example/unsubscribe?u=c2UtcHJpdmFjeQ>
Feedback-ID: entry-confirm:tlh26:raceentry
X-Mailer: RaceEntry Mailer 3.0
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="re_alt_4471_tlh26"

--re_alt_4471_tlh26
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=C2=A1Tu inscripci=C3=B3n est=C3=A1 confirmada!

Carrera:          Trail de La Hulpe 2026 - 21 km
Fecha:            domingo 17 de mayo de 2026, salida 9:30
Dorsal:           4471
Equipo/club:      Shop Example Running Club

Datos del participante
Nombre:           Adri=C3=A1n Morales Pe=C3=B1a
Fecha de nac.:    04/12/1989
Sexo:             M
Talla camiseta:   L
Contacto de emergencia: Laura Pe=C3=B1a - +32 478 31 66 20
Certificado m=C3=A9dico: no requerido

Pago:             EUR 32,00 (tarjeta) - pedido RE-26-119047

Publicaci=C3=B3n de datos
Tu nombre, a=C3=B1o de nacimiento, sexo, club y tiempo aparecer=C3=A1n en l=
a lista de
salida y en la clasificaci=C3=B3n, que se publican en la web del organizado=
r y
de RaceEntry. Si no quieres aparecer con tu nombre, puedes pedir hasta el
d=C3=ADa de la carrera que se muestre "An=C3=B3nimo" desde tu =C3=A1rea de =
participante.

Protecci=C3=B3n de datos (RGPD): el organizador es el responsable del
tratamiento; RaceEntry act=C3=BAa como encargado. Para ejercer tus derechos=
 de
acceso, rectificaci=C3=B3n, supresi=C3=B3n u oposici=C3=B3n escribe al orga=
nizador:
privacy@shop.example.be.

Est=C3=A1s recibiendo este correo porque te has inscrito en un evento de
RaceEntry. Darse de baja de las comunicaciones:
https://raceentry.example/unsubscribe?u=3Dc2UtcHJpdmFjeQ

--re_alt_4471_tlh26
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Verdana,sans-serif;font-size:13px">
<h2 style=3D"color:#e4572e">=C2=A1Tu inscripci=C3=B3n est=C3=A1 confirmada!=
</h2>
<p><b>Trail de La Hulpe 2026 &ndash; 21 km</b><br>domingo 17 de mayo de 202=
6, 9:30<br>Dorsal <b>4471</b></p>
<p>Nombre: Adri=C3=A1n Morales Pe=C3=B1a<br>Fecha de nac.: 04/12/1989<br>Ta=
lla camiseta: L</p>
<p style=3D"font-size:11px;color:#666">Tu nombre, a=C3=B1o de nacimiento, s=
exo, club y tiempo aparecer=C3=A1n en la lista de salida y en la clasificac=
i=C3=B3n. Puedes pedir aparecer como &laquo;An=C3=B3nimo&raquo;. Protecci=
=C3=B3n de datos (RGPD): el organizador es el responsable del tratamiento; =
RaceEntry act=C3=BAa como encargado.</p>
<p style=3D"font-size:11px"><a href=3D"https://raceentry.example/unsubscrib=
e?u=3Dc2UtcHJpdmFjeQ">Darse de baja</a></p>
</body></html>

--re_alt_4471_tlh26--
'''),
    ('es', 'qmail-failure-notice-old-club-address', 'automated', (),
'''Return-Path: <>
Received: from mail.clubciclista-ixelles.example (mail.clubciclista-ixelles.example [192.0.2.140])
        by mx1.shop.example.be (Postfix) with SMTP id 4KrH3p5Rw1z0i1Lb
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 18:40:16 +0200 (CEST)
Received: (qmail 28817 invoked for bounce); 23 Apr 2026 16:40:15 -0000
Date: 23 Apr 2026 16:40:15 -0000
From: MAILER-DAEMON@mail.clubciclista-ixelles.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260423164015.28817.qmail@mail.clubciclista-ixelles.example>

Hi. This is the qmail-send program at mail.clubciclista-ixelles.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<secretaria@clubciclista-ixelles.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28812 invoked from network); 23 Apr 2026 16:40:14 -0000
Received: from mx1.shop.example.be (198.51.100.10)
  by mail.clubciclista-ixelles.example with SMTP; 23 Apr 2026 16:40:14 -0000
From: Shop Example - Protección de datos <privacy@shop.example.be>
To: secretaria@clubciclista-ixelles.example
Subject: Datos de los socios para el estudio biomecánico colectivo
Date: Thu, 23 Apr 2026 16:40:11 +0000
Message-ID: <a2d4f6e8-1b3c-4d5e-8f90-1a2b3c4d5e6f@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Estimada secretaria:

En relación con la jornada de bike fitting para los socios del club del
9 de mayo, les recordamos que no necesitamos la lista completa de socios.
Cada ciclista que quiera participar se inscribirá personalmente; las
medidas corporales se tomarán en la tienda y solo se compartirán con el
propio ciclista.

Atentamente,
Equipo de Protección de Datos
Shop Example
'''),
    ('es', 'freshdesk-ack-sportpass-support', 'automated', (),
'''Return-Path: <support@sportpass.freshdesk.example>
Received: from mx-out4.freshdesk.example (mx-out4.freshdesk.example [203.0.113.240])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KsJ4q6Sx2z1j2Mc
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 09:21:05 +0200 (CEST)
From: Soporte SportPass <support@sportpass.freshdesk.example>
Reply-To: support@sportpass.freshdesk.example
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Ticket_recibido_-_Solicitud_de_supresi=C3=B3n_de_datos_de_un_usuario_=5B#51234=5D?=
Date: Fri, 24 Apr 2026 07:21:03 +0000
Message-ID: <51234.0.a8f3c2e1d0b9@sportpass.freshdesk.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Freshdesk-Ticket-Id: 51234
X-FD-Email-Type: ticket_created_requester
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hola,</p>
<p>Hemos recibido tu solicitud y se ha creado el ticket <b>#51234</b>: &laq=
uo;Solicitud de supresi=C3=B3n de datos de un usuario&raquo;.</p>
<p>Nuestro equipo de protecci=C3=B3n de datos la revisar=C3=A1 y te respond=
er=C3=A1 en un plazo m=C3=A1ximo de 30 d=C3=ADas. Si la solicitud se refier=
e a la supresi=C3=B3n de la cuenta SportPass de un empleado, recuerda indic=
ar el SP-ID del usuario; no env=C3=ADes por correo copias de documentos de =
identidad.</p>
<p>Puedes consultar el estado de tu ticket aqu=C3=AD: <a href=3D"https://sp=
ortpass.freshdesk.example/support/tickets/51234">https://sportpass.freshdes=
k.example/support/tickets/51234</a></p>
<p>Un saludo,<br>Soporte SportPass</p>
<p style=3D"font-size:11px;color:#888">Este es un mensaje autom=C3=A1tico. =
Por favor, no respondas por encima de esta l=C3=ADnea si no quieres a=C3=B1=
adir un comentario al ticket.</p>
</div>
'''),
    ('es', 'person-club-secretary-from-clubware-noreply', 'other', (),
'''Return-Path: <noreply@clubware.example>
Received: from app1.clubware.example (app1.clubware.example [203.0.113.86])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KdK5r7Ty3z2k3Nd
        for <privacy@shop.example.be>; Mon, 13 Apr 2026 20:14:29 +0200 (CEST)
From: "CF Atlético Evere (via ClubWare)" <noreply@clubware.example>
Reply-To: Rosa Jiménez <rosa.jimenez.evere@gmail.com>
To: privacy@shop.example.be
Subject: Camisetas patrocinadas temporada 2026-2027 - lista de jugadores
Date: Mon, 13 Apr 2026 20:14:27 +0200
Message-ID: <20260413181427.9041.clubware-msg@app1.clubware.example>
X-Mailer: ClubWare Messaging 4.8
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Buenas tardes:

Le escribo desde el sistema de mensajes del club, que sale siempre como
"noreply"; por favor contésteme a mi correo personal, rosa.jimenez.evere@gmail.com.

Soy la secretaria del CF Atlético Evere. Su compañero de la tienda de Evere
nos dijo que para las camisetas patrocinadas de la próxima temporada
(equipos sub-8 a sub-12, 64 niños) tenemos que enviarles la lista de
jugadores, y que antes lo consultáramos con ustedes.

¿Qué datos necesitan exactamente? El año pasado mandamos nombre, fecha de
nacimiento, talla y foto de cada niño, pero creo que para imprimir las
camisetas bastaría con la talla y el número. ¿Hay que firmar algún
contrato con ustedes para esto, o les vale un Excel? Necesitamos saberlo
antes del 15 de mayo para el pedido.

Gracias y un saludo,
Rosa Jiménez
Secretaría - CF Atlético Evere
--
Mensaje enviado con ClubWare. No responda a esta dirección.
'''),
    ('it', 'photo-service-your-photos-are-ready-it', 'automated', (),
'''Return-Path: <bounce-it-9912@news.finishpix.example>
Received: from mta2.news.finishpix.example (mta2.news.finishpix.example [198.51.100.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KXL6s8Vz4z3l4Pf
        for <privacy@shop.example.be>; Mon, 30 Mar 2026 07:04:12 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=finishpix.example; s=fp1;
	h=from:to:subject:date:message-id:list-unsubscribe; bh=Nb3Oc6Pd9Qe2Rf5Sg8Th1Ui4Vj7Wk0Xl3Ym6Zn9Ao2B=;
	b=Cp5Dq8Er1Fs4Gt7Hu0Iv3Jw6Kx9Ly2Mz5Na8Ob1Pc4Qd7Re0Sf3Tg6Uh9Vi2Wj5Xk8Y
From: FinishPix <foto@finishpix.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Le_tue_foto_della_10_km_di_Liegi_sono_pronte!_=F0=9F=93=B8?=
Date: Mon, 30 Mar 2026 05:04:10 +0000
Message-ID: <fp.lg10k26.it.9912.1774847050@news.finishpix.example>
List-Unsubscribe: <https://finishpix.example/unsub?l=it&e=cHJpdmFjeQ>, <mailto:unsub-9912@news.finishpix.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: photos-ready:lg10k26:finishpix
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="fp_9912_alt"

--fp_9912_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

Q2lhbyEKCkFiYmlhbW8gdHJvdmF0byA5IGZvdG8gZGVsIHBldHRvcmFsZSAxMDg4IGFsbGEgMTAg
a20gZGkgTGllZ2kgKDI5LzAzLzIwMjYpLgoKR3VhcmRhIGxhIHR1YSBnYWxsZXJpYTogaHR0cHM6
Ly9maW5pc2hwaXguZXhhbXBsZS9nL2xnMTBrMjYvMTA4OAoKU2NhcmljYSB0dXR0ZSBsZSBmb3Rv
IGluIGFsdGEgcmlzb2x1emlvbmUgYSAxOSw5NSBFVVIgb3BwdXJlIGlsIHZpZGVvCmRlbCB0dW8g
YXJyaXZvIGEgNyw5NSBFVVIuIE9mZmVydGEgdmFsaWRhIDcgZ2lvcm5pLgoKUGVyY2jDqSByaWNl
dmkgcXVlc3RhIGVtYWlsPyBMJ29yZ2FuaXp6YXRvcmUgKFNob3AgRXhhbXBsZSBSdW5uaW5nIENs
dWIpIGNpCmhhIGNvbXVuaWNhdG8gaWwgdHVvIG51bWVybyBkaSBwZXR0b3JhbGUsIGlsIHR1byBu
b21lIGUgaWwgdHVvIGluZGlyaXp6bwplbWFpbCBwZXIgYWJiaW5hcnRpIGFsbGUgZm90by4gTGUg
Zm90byBzb25vIHZpc2liaWxpIGEgY2hpdW5xdWUgY29ub3NjYSBpbApudW1lcm8gZGkgcGV0dG9y
YWxlLiBQdW9pIGNoaWVkZXJlIGRpIG5hc2NvbmRlcmUgbyBjYW5jZWxsYXJlIGxlIHR1ZSBmb3Rv
LApvcHBvcnRpIGFsIHJpY29ub3NjaW1lbnRvIGZhY2NpYWxlIG8gcmV2b2NhcmUgaWwgY29uc2Vu
c28gYWxsZSBub3N0cmUKZW1haWwgaW4gcXVhbHNpYXNpIG1vbWVudG86IGh0dHBzOi8vZmluaXNo
cGl4LmV4YW1wbGUvcHJpdmFjeS9yaWNoaWVzdGEKCk5vbiB2dW9pIHBpw7kgcmljZXZlcmUgcXVl
c3RlIGVtYWlsPyBBbm51bGxhIGwnaXNjcml6aW9uZToKaHR0cHM6Ly9maW5pc2hwaXguZXhhbXBs
ZS91bnN1Yj9sPWl0JmU9Y0hKcGRtRmplUQoKRmluaXNoUGl4IC0gU2ludC1QaWV0ZXJzbmlldXdz
dHJhYXQgMTIwLCA5MDAwIEdlbnQsIEJlbGdpbwo=

--fp_9912_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+PGh0bWwgbGFuZz0iaXQiPjxib2R5IHN0eWxlPSJtYXJnaW46MDtiYWNr
Z3JvdW5kOiNmNGY0ZjQ7Zm9udC1mYW1pbHk6QXJpYWwsc2Fucy1zZXJpZiI+Cjx0YWJsZSB3aWR0
aD0iMTAwJSIgY2VsbHBhZGRpbmc9IjAiIGNlbGxzcGFjaW5nPSIwIj48dHI+PHRkIGFsaWduPSJj
ZW50ZXIiPgo8dGFibGUgd2lkdGg9IjYwMCIgc3R5bGU9ImJhY2tncm91bmQ6I2ZmZmZmZjtwYWRk
aW5nOjI0cHgiPgo8dHI+PHRkPjxoMSBzdHlsZT0iY29sb3I6IzExMSI+TGUgdHVlIGZvdG8gc29u
byBwcm9udGUhICYjMTI4MjQ4OzwvaDE+CjxwPkFiYmlhbW8gdHJvdmF0byA8Yj45IGZvdG88L2I+
IGRlbCBwZXR0b3JhbGUgPGI+MTA4ODwvYj4gYWxsYSAxMCBrbSBkaSBMaWVnaSAoMjkvMDMvMjAy
NikuPC9wPgo8cD48YSBocmVmPSJodHRwczovL2ZpbmlzaHBpeC5leGFtcGxlL2cvbGcxMGsyNi8x
MDg4IiBzdHlsZT0iYmFja2dyb3VuZDojZmY1YTFmO2NvbG9yOiNmZmY7cGFkZGluZzoxMnB4IDIw
cHg7dGV4dC1kZWNvcmF0aW9uOm5vbmUiPkd1YXJkYSBsYSBnYWxsZXJpYTwvYT48L3A+CjxwPlR1
dHRlIGxlIGZvdG8gaW4gYWx0YSByaXNvbHV6aW9uZTogMTksOTUgRVVSICZtaWRkb3Q7IFZpZGVv
IGRlbGwnYXJyaXZvOiA3LDk1IEVVUjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMXB4O2NvbG9y
OiM3NzciPkwnb3JnYW5penphdG9yZSAoU2hvcCBFeGFtcGxlIFJ1bm5pbmcgQ2x1YikgY2kgaGEg
Y29tdW5pY2F0byBwZXR0b3JhbGUsIG5vbWUgZWQgZW1haWwuIFB1b2kgbmFzY29uZGVyZSBvIGNh
bmNlbGxhcmUgbGUgdHVlIGZvdG8sIG9wcG9ydGkgYWwgcmljb25vc2NpbWVudG8gZmFjY2lhbGUg
byByZXZvY2FyZSBpbCBjb25zZW5zbzogPGEgaHJlZj0iaHR0cHM6Ly9maW5pc2hwaXguZXhhbXBs
ZS9wcml2YWN5L3JpY2hpZXN0YSI+cmljaGllc3RhIHByaXZhY3k8L2E+LiA8YSBocmVmPSJodHRw
czovL2ZpbmlzaHBpeC5leGFtcGxlL3Vuc3ViP2w9aXQmYW1wO2U9Y0hKcGRtRmplUSI+QW5udWxs
YSBsJ2lzY3JpemlvbmU8L2E+PC9wPgo8L3RkPjwvdHI+PC90YWJsZT48L3RkPjwvdHI+PC90YWJs
ZT4KPC9ib2R5PjwvaHRtbD4K

--fp_9912_alt--
'''),
    ('it', 'sendmail-bounce-user-unknown-it', 'automated', (),
'''Return-Path: <MAILER-DAEMON@posta.podologia-esposito.example>
Received: from posta.podologia-esposito.example (posta.podologia-esposito.example [192.0.2.233])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KYM7t9Wz5z4m5Qg
        for <privacy@shop.example.be>; Tue, 31 Mar 2026 10:55:38 +0200 (CEST)
Received: from localhost (localhost)
	by posta.podologia-esposito.example (8.15.2/8.15.2) id 52V8tb1N004417;
	Tue, 31 Mar 2026 10:55:37 +0200
Date: Tue, 31 Mar 2026 10:55:37 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@posta.podologia-esposito.example>
Message-Id: <202603310855.52V8tb1N004417@posta.podologia-esposito.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="52V8tb1N004417.1774947337/posta.podologia-esposito.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--52V8tb1N004417.1774947337/posta.podologia-esposito.example

The original message was received at Tue, 31 Mar 2026 10:55:36 +0200
from mx1.shop.example.be [198.51.100.10]

   ----- The following addresses had permanent fatal errors -----
<studio@podologia-esposito.example>
    (reason: 550 5.1.1 <studio@podologia-esposito.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to localhost:
>>> RCPT To:<studio@podologia-esposito.example>
<<< 550 5.1.1 <studio@podologia-esposito.example>... User unknown
550 5.1.1 <studio@podologia-esposito.example>... User unknown

--52V8tb1N004417.1774947337/posta.podologia-esposito.example
Content-Type: message/delivery-status

Reporting-MTA: dns; posta.podologia-esposito.example
Received-From-MTA: DNS; mx1.shop.example.be
Arrival-Date: Tue, 31 Mar 2026 10:55:36 +0200

Final-Recipient: RFC822; studio@podologia-esposito.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; localhost
Diagnostic-Code: SMTP; 550 5.1.1 <studio@podologia-esposito.example>... User unknown
Last-Attempt-Date: Tue, 31 Mar 2026 10:55:37 +0200

--52V8tb1N004417.1774947337/posta.podologia-esposito.example
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [198.51.100.10])
	by posta.podologia-esposito.example (8.15.2/8.15.2) with ESMTP id 52V8taQx004415
	for <studio@podologia-esposito.example>; Tue, 31 Mar 2026 10:55:36 +0200
From: Shop Example Privacy <privacy@shop.example.be>
To: studio@podologia-esposito.example
Subject: Trasmissione scansione 3D su richiesta della cliente C. Ricci
Date: Tue, 31 Mar 2026 08:55:33 +0000
Message-ID: <e7c1a9d3-6f2b-4e80-b4a5-0d9c8e7f6a51@shop.example.be>

--52V8tb1N004417.1774947337/posta.podologia-esposito.example--
'''),
    ('it', 'thunderbird-style-holiday-reply-physio', 'automated', (),
'''Return-Path: <info@fisiosport-rinaldi.example>
Received: from smtp.fisiosport-rinaldi.example (smtp.fisiosport-rinaldi.example [192.0.2.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KhN8v0Xz6z5n6Rh
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 14:30:02 +0200 (CEST)
From: Studio FisioSport Rinaldi <info@fisiosport-rinaldi.example>
To: privacy@shop.example.be
Subject: Re: Richiesta di conferma - dati del bike fitting del sig. Marino
Date: Wed, 15 Apr 2026 14:30:00 +0200
Message-ID: <7a3b5c9d-2e4f-4a61-9c8b-1f0e2d3c4b5a@fisiosport-rinaldi.example>
In-Reply-To: <0f9e8d7c-6b5a-4c3d-a2e1-f0a9b8c7d6e5@shop.example.be>
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Gentile paziente, gentile collega,

lo studio è chiuso dal 13 al 24 aprile. Le email ricevute in questo
periodo verranno lette al nostro rientro, a partire da lunedì 27 aprile.

Per urgenze: Dott.ssa Paola Rinaldi, 0498 44 12 07 (solo SMS).
Per disdire un appuntamento non è necessario scrivere: l'appuntamento
verrà spostato automaticamente.

Studio FisioSport Rinaldi
Fisioterapia e analisi biomeccanica
Chaussée de Wavre 1120, 1160 Auderghem
'''),
    ('it', 'person-replies-to-weekly-summary-wants-file', 'portability', (),
'''Return-Path: <luca.moretti88@libero.example>
Received: from smtp-out.libero.example (smtp-out.libero.example [192.0.2.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KgP9w1Az7z6o7Si
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 13:06:47 +0200 (CEST)
From: Luca Moretti <luca.moretti88@libero.example>
To: Shop Example <privacy@shop.example.be>
Subject: Re: Il tuo riepilogo settimanale: 6-12 aprile
Date: Tue, 14 Apr 2026 13:06:44 +0200
Message-ID: <B7E2F1A4-3C9D-4E85-9A10-6D2C7B8E4F31@libero.example>
In-Reply-To: <weekly.IT.2026w15.88310@app.shop.example.be>
X-Mailer: iPhone Mail (22D82)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Salve, rispondo a questa mail perché in fondo c'è scritto di scrivere qui per i dati.

Il mio allenatore usa un altro programma e vorrebbe tutti questi dati, non solo la settimana ma da quando ho l'orologio (settembre 2024): passi, battito, sonno, allenamenti con GPS. Potete mandarmeli in un file CSV o simile che lui possa importare? Grazie

Luca

Inviato da iPhone

> Il giorno 13 apr 2026, alle ore 07:00, Shop Example <noreply@app.shop.example.be> ha scritto:
>
> Ciao Luca, ecco la tua settimana (6-12 aprile)
> Passi: 71.402 (media 10.200 al giorno)
> Battito a riposo: 54 bpm
> Sonno: media 7 h 12 min
> Allenamenti: 4 (corsa 38,6 km, bici 52 km)
> Punti fedeltà guadagnati: 140
>
> Domande sui tuoi dati personali? privacy@shop.example.be
> Gestisci le notifiche nell'app > Profilo > Notifiche
'''),
    ('pt', 'fitness-app-weekly-summary-pt', 'automated', (),
'''Return-Path: <noreply@app.shop.example.be>
Received: from notify02.app.shop.example.be (notify02.app.shop.example.be [10.30.8.42])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KnQ0x2Bz8z7p8Tj
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 07:00:09 +0200 (CEST)
From: Shop Example <noreply@app.shop.example.be>
To: privacy@shop.example.be
Subject: =?UTF-8?B?TyBzZXUgcmVzdW1vIHNlbWFuYWw6IDEzLTE5IGRlIGFicmls?=
Date: Mon, 20 Apr 2026 05:00:07 +0000
Message-ID: <weekly.PT.2026w16.90017@app.shop.example.be>
Auto-Submitted: auto-generated
Precedence: bulk
List-Unsubscribe: <https://app.shop.example.be/prefs/weekly/off?u=90017>
X-Campaign: weekly-summary-pt
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="se_weekly_90017"

--se_weekly_90017
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

T2zDoSwgY29udGEgZGUgdGVzdGUgUHJpdmFjaWRhZGUgUFQhCgpBIHN1YSBzZW1hbmEgKDEzLTE5
IGRlIGFicmlsKQpQYXNzb3M6IDUyLjMxOCAobcOpZGlhIDcuNDc0IHBvciBkaWEpCkZyZXF1w6pu
Y2lhIGNhcmTDrWFjYSBlbSByZXBvdXNvOiA1OCBicG0KU29ubzogbcOpZGlhIDYgaCA1MSBtaW4g
KHNvbm8gcHJvZnVuZG8gMTcgJSkKVHJlaW5vczogMyAoY29ycmlkYSAyMSw0IGttKQpQb250b3Mg
ZGUgZmlkZWxpZGFkZSBnYW5ob3M6IDkwCgpPcyBzZXVzIGRhZG9zIGRlIHNhw7pkZSAoZnJlcXXD
qm5jaWEgY2FyZMOtYWNhIGUgc29ubykgc8OjbyB0cmF0YWRvcyBjb20gYmFzZQpubyBzZXUgY29u
c2VudGltZW50by4gUG9kZSByZXRpcmFyIG8gY29uc2VudGltZW50bywgZGVzY2FycmVnYXIgb3Mg
c2V1cwpkYWRvcyBvdSBhcGFnw6EtbG9zIGVtIFBlcmZpbCA+IFByaXZhY2lkYWRlIG5hIGFwcC4K
ClBlcmd1bnRhcyBzb2JyZSBvcyBzZXVzIGRhZG9zIHBlc3NvYWlzPyBwcml2YWN5QHNob3AuZXhh
bXBsZS5iZQpOw6NvIHF1ZXIgcmVjZWJlciBlc3RlIHJlc3Vtbz8gQ2FuY2VsYXIgc3Vic2NyacOn
w6NvOgpodHRwczovL2FwcC5zaG9wLmV4YW1wbGUuYmUvcHJlZnMvd2Vla2x5L29mZj91PTkwMDE3
Cg==

--se_weekly_90017
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHg7Y29sb3I6IzIyMiI+CjxoMj5BIHN1YSBzZW1hbmEgKDEzLTE5IGRlIGFicmlsKTwvaDI+
Cjx0YWJsZSBjZWxscGFkZGluZz0iNiI+Cjx0cj48dGQ+UGFzc29zPC90ZD48dGQ+PGI+NTIuMzE4
PC9iPjwvdGQ+PC90cj4KPHRyPjx0ZD5GQyBlbSByZXBvdXNvPC90ZD48dGQ+PGI+NTggYnBtPC9i
PjwvdGQ+PC90cj4KPHRyPjx0ZD5Tb25vIChtw6lkaWEpPC90ZD48dGQ+PGI+NiBoIDUxIG1pbjwv
Yj48L3RkPjwvdHI+Cjx0cj48dGQ+VHJlaW5vczwvdGQ+PHRkPjxiPjM8L2I+IChjb3JyaWRhIDIx
LDQga20pPC90ZD48L3RyPgo8dHI+PHRkPlBvbnRvczwvdGQ+PHRkPjxiPis5MDwvYj48L3RkPjwv
dHI+CjwvdGFibGU+CjxwIHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xvcjojNzc3Ij5PcyBzZXVz
IGRhZG9zIGRlIHNhw7pkZSBzw6NvIHRyYXRhZG9zIGNvbSBiYXNlIG5vIHNldSBjb25zZW50aW1l
bnRvLiBQb2RlIHJldGlyYXIgbyBjb25zZW50aW1lbnRvLCBkZXNjYXJyZWdhciBvdSBhcGFnYXIg
b3Mgc2V1cyBkYWRvcyBlbSBQZXJmaWwgJmd0OyBQcml2YWNpZGFkZS4gPGEgaHJlZj0iaHR0cHM6
Ly9hcHAuc2hvcC5leGFtcGxlLmJlL3ByZWZzL3dlZWtseS9vZmY/dT05MDAxNyI+Q2FuY2VsYXIg
c3Vic2NyacOnw6NvPC9hPjwvcD4KPC9ib2R5PjwvaHRtbD4K

--se_weekly_90017--
'''),
    ('pt', 'o365-ndr-portuguese-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR05-DB8-obe.outbound.protection.outlook.example (mail-db8eur05on2050.outbound.protection.outlook.example [203.0.113.50])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KjR1y3Cz9z8q9Uk
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 12:18:27 +0200 (CEST)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tecnivia.example>
To: <privacy@shop.example.be>
Date: Thu, 16 Apr 2026 10:18:26 +0000
Subject: =?utf-8?Q?N=C3=A3o_foi_poss=C3=ADvel_entregar:_O_seu_pedido_de_elimina=C3=A7=C3=A3o_-_conta_SportPass?=
Message-ID: <0d1f2e3a-4b5c-46d7-8e9f-a0b1c2d3e4f5@DB8PR05MB6610.eurprd05.prod.outlook.example>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-PT
X-MS-Has-Attach: yes
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="d2c4e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e2f"

--d2c4e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e2f
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

N=C3=A3o foi poss=C3=ADvel entregar a sua mensagem a paulo.sousa@tecnivia.e=
xample porque o endere=C3=A7o n=C3=A3o foi encontrado ou n=C3=A3o pode rece=
ber correio.

Como corrigir o problema
A mensagem n=C3=A3o p=C3=B4de ser entregue porque o endere=C3=A7o de e-mail=
 do destinat=C3=A1rio n=C3=A3o existe no dom=C3=ADnio de destino. Verifique=
 se o endere=C3=A7o est=C3=A1 escrito corretamente ou contacte o destinat=
=C3=A1rio por outro meio.

Mais informa=C3=A7=C3=B5es para administradores de e-mail
Servidor remoto: DB8PR05MB6610.eurprd05.prod.outlook.example
Erro: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMT=
P address lookup

Detalhes da mensagem original
Hora de cria=C3=A7=C3=A3o: 16/04/2026 10:18:22
Endere=C3=A7o do remetente: privacy@shop.example.be

--d2c4e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e2f
Content-Type: message/delivery-status

Reporting-MTA: dns;DB8PR05MB6610.eurprd05.prod.outlook.example
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Thu, 16 Apr 2026 10:18:24 +0000

Final-Recipient: rfc822;paulo.sousa@tecnivia.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--d2c4e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e2f
Content-Type: text/rfc822-headers

From: Shop Example Privacy <privacy@shop.example.be>
To: paulo.sousa@tecnivia.example
Subject: =?utf-8?Q?O_seu_pedido_de_elimina=C3=A7=C3=A3o_-_conta_SportPass?=
Date: Thu, 16 Apr 2026 10:18:22 +0000
Message-ID: <5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--d2c4e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e2f--
'''),
    ('pt', 'osticket-ack-coast-bike-rental-pt', 'automated', (),
'''Return-Path: <ajuda@velomar-aluguer.example>
Received: from web01.velomar-aluguer.example (web01.velomar-aluguer.example [192.0.2.190])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KpS2z4Dz0z9r0Vm
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 16:44:31 +0200 (CEST)
From: "VeloMar Aluguer - Apoio" <ajuda@velomar-aluguer.example>
To: privacy@shop.example.be
Subject: Pedido de apoio #884213 criado [Correcao de dados de aluguer]
Date: Wed, 22 Apr 2026 16:44:30 +0200
Message-ID: <ost-884213-ack-1776869070@velomar-aluguer.example>
X-Mailer: osTicket Mailer
X-osTicket-Ticket: 884213
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Caro(a) Shop Example Privacy,

Obrigado por nos contactar.

Foi criado um pedido de apoio com o número #884213. Um membro da nossa
equipa responderá assim que possível.

Assunto: Correcao de dados de aluguer
Departamento: Protecao de dados
Prioridade: Normal

Pode consultar o estado do seu pedido em:
https://ajuda.velomar-aluguer.example/view.php?t=884213&e=privacy%40shop.example.be

Lembramos que os dados de altura, peso e documento de identificação dos
clientes de aluguer só podem ser alterados após verificação da identidade
do cliente.

--
VeloMar Aluguer de bicicletas
Este e-mail foi gerado automaticamente.
'''),
    ('pt', 'person-forwards-insurer-welcome-wrong-birthdate', 'correction', (),
'''Return-Path: <tiago.mendes@sapo.example>
Received: from smtp.sapo.example (smtp.sapo.example [192.0.2.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KsT3a5Ez1z0s1Wn
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 19:27:14 +0200 (CEST)
From: Tiago Mendes <tiago.mendes@sapo.example>
To: privacy@shop.example.be
Subject: Fwd: Bem-vindo ao SportSafe - apolice SSF-2026-0411-8830
Date: Fri, 24 Apr 2026 18:27:10 +0100
Message-ID: <1a2b3c4d5e6f.7081@sapo.example>
X-Mailer: SAPO Mail Web
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Boa tarde,

reencaminho o email da seguradora. A data de nascimento está errada:
nasci em 21/07/1997, não em 21/07/1979. A seguradora diz que os dados
"vieram da loja", porque o seguro foi feito na caixa em Woluwe, e que
tem de ser a loja a corrigir primeiro. Podem corrigir na minha ficha de
cliente e avisar a seguradora? Com 1979 o prémio até fica mais caro.

Obrigado
Tiago Mendes
Cartão de cliente 2701 6620 1153

-----------------------------------------------------------
Este e-mail foi verificado pelo antivírus SAPO. Nenhuma ameaça encontrada.
-----------------------------------------------------------

---------- Mensagem reencaminhada ----------
De: Vitalis Seguros <documentos@vitalis-assurances.example>
Data: 23/04/2026 08:30
Assunto: Bem-vindo ao SportSafe - apolice SSF-2026-0411-8830
Para: tiago.mendes@sapo.example

Caro Sr. Tiago Mendes,

Obrigado por subscrever o seguro SportSafe junto do nosso parceiro
Shop Example.

Tomador:          Tiago Mendes
Data de nascimento: 21/07/1979
Apólice:          SSF-2026-0411-8830
Início:           11/04/2026
Prémio:           EUR 6,49 / mês

Verifique os seus dados. Em caso de erro, contacte o ponto de venda.

Vitalis Seguros - mensagem automática, não responda.
'''),
]

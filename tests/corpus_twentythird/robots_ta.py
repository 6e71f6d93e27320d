"""Twenty-third set, mail from the odd machines around a mailbox, and people who use them (en nl fr de es it pt). Written apart from the code."""

ROBOTS = [
    ('en', 'xerox-scan-to-email', 'automated', (),
     """Return-Path: <scan@shop.example.be>
Received: from XRX9C934E4B21A7 (printer-3f.lan.shop.example.be [10.20.3.41])
	by mail.shop.example.be (Postfix) with ESMTP id 4Qk7T21FhRz9sWq
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 10:30:47 +0100 (CET)
Date: Thu, 12 Nov 2026 10:30:44 +0100
From: Xerox AltaLink C8145 <scan@shop.example.be>
To: privacy@shop.example.be
Subject: Scanned from a Xerox Multifunction Printer
Message-ID: <XRX9C934E4B21A7_1762939844_001@printer-3f.lan.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_XRX_9C934E4B21A7_1762939844_="

This is a multi-part message in MIME format.

--=_XRX_9C934E4B21A7_1762939844_=
Content-Type: text/plain; charset=US-ASCII
Content-Transfer-Encoding: 7bit

Please open the attached document. It was scanned and sent to you using a Xerox Multifunction Printer.

Attachment File Type: PDF, Multi-Page

Multifunction Printer Location: 3rd floor - copy room
Device Name: XRX9C934E4B21A7

For more information on Xerox products and solutions, please visit https://www.xerox.com

--=_XRX_9C934E4B21A7_1762939844_=
Content-Type: application/pdf; name="Scanned from a Xerox Multifunction Printer.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="Scanned from a Xerox Multifunction Printer.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAx
ODAgL0ZpbHRlciAvRENURGVjb2RlID4+CnN0cmVhbQqpCa7eU1Fqdxif6gjMTI+WR0DjVOOAunwJ
6FUHrERHxRqkxtT9csTL21GHhVnLREzZHyNF9NLsK04G2MAcajglhhw/N8Dm9uaHOb/fq6p/tXLL
mhnC2rjQff5WHJZ4HGjli2VJ/bUwsnfOs0X0wFcD2n+BU1r11KVPrazVFXrXzwk7C2L+3GS2yJQb
bKhxvjKScUIh8okZi1epgEbyyvAfeo4RffmKGIMmhvgt1nm7ePXtAnj2gE3Ic7zYD8fHZlaQcYbf
g/zfBf7+NT8GPiKPBvbkZjUtiBt7YRLXxqodhNYILfUiEn6AYv2NhHGtYCOPcrtwbGjlRtH6w3Ir
dC8c6cPTvWSo6Qb7hlfHgCpl7ttXH960uv+U5I6AdxVcUkNvI0yrptTJrGX4XCCMV10Aj2raIkU0
7cTppAPFEO8tDGD5U5ELwZp1zq0XIeqVlAtc8tLNHkkbxhrWYdOObqilE3TaeEdoCafLQSM540it
/vqw6C4vOda9thQhZv2gIrS580+Da4PoM9C1lK2EdKsbJICuDTNUL6k581Ic+Dv9PStEleWzwSlE
k2Q22Yfpj51lSSI1UYVZA/6e0bIyabLdkKLHiiRhs+vCfrsI5b50Yov0+7ZRoINmeoaDsUq64/fK
UHRdwycuWPS9KyJNzt/oE0tU6VGUAgWXabwnfLjmJA+IUf3ibPYWvcJI+gPz/NfqkSnhFFWKH5xS
1IcKZW5kc3RyZWFtCmVuZG9iagp0cmFpbGVyCjw8IC9Sb290IDEgMCBSID4+CiUlRU9GCg==
--=_XRX_9C934E4B21A7_1762939844_=--
"""),
    ('en', 'voicemail-to-email-ringcentral', 'automated', (),
     """Return-Path: <bounce-8812734@ringcentral.com>
Received: from mta-e12.ringcentral.com (mta-e12.ringcentral.com [199.255.120.42])
	by mail.shop.example.be (Postfix) with ESMTPS id 4Qk8Cw3xLZz9sXb
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 14:15:09 +0100 (CET)
Date: Thu, 12 Nov 2026 13:15:02 +0000
From: RingCentral <notify@ringcentral.com>
To: privacy@shop.example.be
Subject: New Voice Message from WIRELESS CALLER (+32 470 55 12 98) on Thursday, November 12, 2026 at 02:14 PM
Message-ID: <1762953302418.77120.notify@rcmail-ams01.ringcentral.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_4471902_1103748214.1762953302418"

------=_Part_4471902_1103748214.1762953302418
Content-Type: multipart/alternative; boundary="----=_Part_4471903_1988304112.1762953302418"

------=_Part_4471903_1988304112.1762953302418
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

You have a new voice message.

From: WIRELESS CALLER (+32 470 55 12 98)
To: Privacy line (Ext. 214)
Received: Thursday, November 12, 2026 at 2:14 PM
Length: 00:00:37

Voicemail transcription (Beta):
"Hi, this is Tom from Delcourt Logistics, calling about the pallet pick-up at your Wavre warehouse tomorrow. The driver will be there around seven and needs the code for the loading dock gate. Could someone call me back on zero four seven zero, five five, twelve ninety-eight. Thanks, bye."

Transcriptions are machine-generated and may contain errors.
(c) 1999-2026 RingCentral, Inc. All rights reserved.

------=_Part_4471903_1988304112.1762953302418
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>You have a new voice message.</p>
<table cellpadding=3D"4">
<tr><td><b>From:</b></td><td>WIRELESS CALLER (+32 470 55 12 98)</td></tr>
<tr><td><b>To:</b></td><td>Privacy line (Ext. 214)</td></tr>
<tr><td><b>Received:</b></td><td>Thursday, November 12, 2026 at 2:14 PM</td></tr>
<tr><td><b>Length:</b></td><td>00:00:37</td></tr>
</table>
<p><b>Voicemail transcription</b> (Beta):<br>
&quot;Hi, this is Tom from Delcourt Logistics, calling about the pallet pick-up at=
 your Wavre warehouse tomorrow. The driver will be there around seven and ne=
eds the code for the loading dock gate. Could someone call me back on zero f=
our seven zero, five five, twelve ninety-eight. Thanks, bye.&quot;</p>
<p style=3D"font-size:11px;color:#888">Transcriptions are machine-generated =
and may contain errors. To manage your notification settings, log in to your=
 RingCentral account.<br>&copy; 1999-2026 RingCentral, Inc. All rights reser=
ved.</p>
</body></html>

------=_Part_4471903_1988304112.1762953302418--

------=_Part_4471902_1103748214.1762953302418
Content-Type: audio/mpeg; name="Message.mp3"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="Message.mp3"

SUQzAwAAAAAAD3LL07/5u/qAbhl5mstgBPx0+nvAcKFyiNaDk6X3DcPex3q99tBe3UtKHwHnVGiW
JivlUR6I0rYkway0ZzN0jOkvOPzfTbqTnwT0Z0jfJWciTUtgVozYzmfxQEDaBiA1Om3UdnANaFtd
3hc7vdHBUlWJXy2XGRqmnsZYZDz4njXMxPSKS6DUJ4zTchiBoYbwtzhQvg4jw3e8q/Pwv8cNpm0m
UAMy9/PdhDKYTJ5SUlEyVY0DpFg49MoO4zXir+iLAqCVsrI5A+BiCo6NOMORDci80ghJJLok0+by
oe3HuD7RP2oCAzdsQfT4MxiYye3hgT0zlDWivu/NBWzKtS6VZWtoM1YlsmaJhl4IkC/VyqZ6uX/A
Fg2Ccw/eYqiFMgeASHmdYBfc74WYONeTJYqCn87knglRJLB5Q++3rMqrBVV0pkEmRoA7dlxd9uYv
nl9NV207RsCjP/RPhfDgVDIHyRy5QA6OjMjKpmVlwkQjtA5Ry56qvOWDVLIZjAsXFEHwq7xBNUS9
DxqO2aLCWphnygO1C2+h76h/g2ZR5WLB2imEYr7ne7oMy+87iV+ar4WKn3soXz0aGkk3JXF5hxgA
2ajNjdPBki+KBB4rdzZaSNiTsWefVjmxMGLy7sM3ZZOdEN8iG5XxzjzDgZfSfHGU0PnZcKfVBpAM
B/VKRbKykHsn4tGEYJhtZgXn8ckAWtyZqbUzIrgKeQ4+pzmmab05bpx9OGziIYfg6NkskGU8gxp3
bLovYaF7J+qcT8agozDagPfIkIjXNYi+bfaG0it072Q0hnTV5EGflCMqLv4iPTCFUfqfc6uMXe+S
nIhgn2SiWuBOpbnR8qgc+MJKT2Mx4IssHj/bRTY7swZhAgt0Y+5uSprw9ZdT4fZc+AsRG0M6QCe8
RmW8U/getcLttWqyhJP0NEyKhYmNvkVOlaY=
------=_Part_4471902_1103748214.1762953302418--
"""),
    ('en', 'paypal-payment-received', 'automated', (),
     """Return-Path: <bounce-pp@paypal.be>
Received: from mx4.slc.paypal.com (mx4.slc.paypal.com [173.0.84.229])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QmB1s0NgKz9sWv
	for <privacy@shop.example.be>; Sat, 14 Nov 2026 09:02:41 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; d=paypal.be; s=pp-dkim1; c=relaxed/relaxed;
	q=dns/txt; t=1763107360; h=date:from:to:subject:message-id:mime-version;
	bh=q1nnvM3b2yYb0S8cR0m1gD7aX1Wg3c0bVhN2M9yJ8b0=;
	b=Jk3hQ0m7Xr1cL9zQpYw2aC6bT4nF8sD1eR5gH7jK0lM3nP6qS9uV2xY5zB8cE1fG
Date: Sat, 14 Nov 2026 00:02:40 -0800
From: "service@paypal.be" <service@paypal.be>
To: Shop Example BV <privacy@shop.example.be>
Subject: You've got money
Message-ID: <6a9f1c5e2b04d.1763107360@paypal.com>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-MaxCode-Template: PPX001190
X-Email-Type-Id: PPX001190

<!DOCTYPE html>
<html lang=3D"en"><head><meta charset=3D"UTF-8"><title>You received a payme=
nt</title></head>
<body style=3D"margin:0;padding:0;background:#f2f2f2">
<table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0" role=3D"presentat=
ion"><tr><td align=3D"center">
<table width=3D"600" style=3D"background:#ffffff;font-family:Helvetica,Aria=
l,sans-serif;color:#2c2e2f">
<tr><td style=3D"padding:24px"><img src=3D"https://www.paypalobjects.com/di=
gitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-l=
ogo-in-circle-2x.png" width=3D"40" alt=3D"PayPal"></td></tr>
<tr><td style=3D"padding:0 24px;font-size:24px">Hello, Shop Example BV</td>=
</tr>
<tr><td style=3D"padding:16px 24px;font-size:15px">You received a payment o=
f &euro;84,95 EUR from Jan Peeters (jan.peeters@telenet.be).</td></tr>
<tr><td style=3D"padding:0 24px;font-size:14px">
<b>Transaction ID</b><br>7XR42918KD3301522<br><br>
<b>Transaction date</b><br>14 November 2026<br><br>
<b>Note from Jan Peeters</b><br>order 100482 - parasol + voet, graag v=C3=
=B3=C3=B3r het weekend<br><br>
<b>Amount received</b><br>&euro;84,95 EUR<br>
<b>Fee</b> -&euro;3,12 EUR<br>
<b>Total</b> &euro;81,83 EUR</td></tr>
<tr><td style=3D"padding:24px;font-size:12px;color:#6c7378">Please don't re=
ply to this email. It'll just confuse the computer that sent it and you won=
't get a response.<br><br>
Copyright &copy; 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.&=
agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg. RCS =
B 118349<br>
PPX001190:6a9f1c5e2b04d</td></tr>
</table></td></tr></table></body></html>
"""),
    ('en', 'webinar-registration-ics', 'automated', (),
     """Return-Path: <bounces+2210934-8a1c-privacy=shop.example.be@em.goto.com>
Received: from o1.em.goto.com (o1.em.goto.com [167.89.12.77])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QnF6k2bQ8z9sXd
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 09:12:06 +0100 (CET)
Date: Mon, 16 Nov 2026 08:12:03 +0000
From: EuroCommerce Academy <customercare@gotowebinar.com>
Reply-To: academy@eurocommerce-academy.example
To: Privacy Team <privacy@shop.example.be>
Subject: Registration confirmed: GDPR in e-commerce: what changes in 2027
Message-ID: <0100019a3f72c6d2-5513098841@em.goto.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_92213_551309884.1763280723"

------=_Part_92213_551309884.1763280723
Content-Type: multipart/alternative; boundary="----=_Part_92214_217745.1763280723"

------=_Part_92214_217745.1763280723
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hi Privacy Team,

Thank you for registering for "GDPR in e-commerce: what changes in 2027".

Please send your questions, comments and feedback to: academy@eurocommerce-academy.example

How To Join The Webinar
Thu, Nov 26, 2026 2:00 PM - 3:00 PM CET

Add to Calendar: Outlook(R) Calendar | Google Calendar(TM) | iCal(R)

1. Click the link to join the webinar at the specified time and date:
https://attendee.gotowebinar.com/join/7734219086129403648/5513098841

Note: This link should not be shared with others; it is unique to you.

2. Choose one of the following audio options:
TO USE YOUR COMPUTER'S AUDIO: When the webinar begins, you will be connected to audio using your computer's microphone and speakers (VoIP).

To Cancel this Registration
If you can't attend this webinar, you may cancel your registration at any time.

------=_Part_92214_217745.1763280723
Content-Type: text/calendar; charset=UTF-8; method=REQUEST
Content-Transfer-Encoding: 7bit

BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Webinar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Brussels
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:7734219086129403648-reg-5513098841
DTSTAMP:20261116T081203Z
DTSTART;TZID=Europe/Brussels:20261126T140000
DTEND;TZID=Europe/Brussels:20261126T150000
SUMMARY:GDPR in e-commerce: what changes in 2027
ORGANIZER;CN=EuroCommerce Academy:mailto:noreply@goto.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Privacy Team:mailto:privacy@shop.example.be
LOCATION:https://attendee.gotowebinar.com/join/7734219086129403648/5513098841
DESCRIPTION:Join the webinar: https://attendee.gotowebinar.com/join/773421
 9086129403648/5513098841\\n\\nWebinar ID: 773-421-908
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR

------=_Part_92214_217745.1763280723--

------=_Part_92213_551309884.1763280723
Content-Type: application/ics; name="invite.ics"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="invite.ics"

QkVHSU46VkNBTEVOREFSDQpQUk9ESUQ6LS8vR29UbyBUZWNobm9sb2dpZXMvL0dvVG8gV2ViaW5h
ci8vRU4NClZFUlNJT046Mi4wDQpNRVRIT0Q6UkVRVUVTVA0KQkVHSU46VlRJTUVaT05FDQpUWklE
OkV1cm9wZS9CcnVzc2Vscw0KQkVHSU46U1RBTkRBUkQNCkRUU1RBUlQ6MTk3MDEwMjVUMDMwMDAw
DQpSUlVMRTpGUkVRPVlFQVJMWTtCWU1PTlRIPTEwO0JZREFZPS0xU1UNClRaT0ZGU0VURlJPTTor
MDIwMA0KVFpPRkZTRVRUTzorMDEwMA0KRU5EOlNUQU5EQVJEDQpCRUdJTjpEQVlMSUdIVA0KRFRT
VEFSVDoxOTcwMDMyOVQwMjAwMDANClJSVUxFOkZSRVE9WUVBUkxZO0JZTU9OVEg9MztCWURBWT0t
MVNVDQpUWk9GRlNFVEZST006KzAxMDANClRaT0ZGU0VUVE86KzAyMDANCkVORDpEQVlMSUdIVA0K
RU5EOlZUSU1FWk9ORQ0KQkVHSU46VkVWRU5UDQpVSUQ6NzczNDIxOTA4NjEyOTQwMzY0OC1yZWct
NTUxMzA5ODg0MQ0KRFRTVEFNUDoyMDI2MTExNlQwODEyMDNaDQpEVFNUQVJUO1RaSUQ9RXVyb3Bl
L0JydXNzZWxzOjIwMjYxMTI2VDE0MDAwMA0KRFRFTkQ7VFpJRD1FdXJvcGUvQnJ1c3NlbHM6MjAy
NjExMjZUMTUwMDAwDQpTVU1NQVJZOkdEUFIgaW4gZS1jb21tZXJjZTogd2hhdCBjaGFuZ2VzIGlu
IDIwMjcNCk9SR0FOSVpFUjtDTj1FdXJvQ29tbWVyY2UgQWNhZGVteTptYWlsdG86bm9yZXBseUBn
b3RvLmNvbQ0KQVRURU5ERUU7Uk9MRT1SRVEtUEFSVElDSVBBTlQ7UEFSVFNUQVQ9TkVFRFMtQUNU
SU9OO1JTVlA9RkFMU0U7Q049UHJpdmFjeSBUZWFtOm1haWx0bzpwcml2YWN5QHNob3AuZXhhbXBs
ZS5iZQ0KTE9DQVRJT046aHR0cHM6Ly9hdHRlbmRlZS5nb3Rvd2ViaW5hci5jb20vam9pbi83NzM0
MjE5MDg2MTI5NDAzNjQ4LzU1MTMwOTg4NDENCkRFU0NSSVBUSU9OOkpvaW4gdGhlIHdlYmluYXI6
IGh0dHBzOi8vYXR0ZW5kZWUuZ290b3dlYmluYXIuY29tL2pvaW4vNzczNDIxDQogOTA4NjEyOTQw
MzY0OC81NTEzMDk4ODQxXG5cbldlYmluYXIgSUQ6IDc3My00MjEtOTA4DQpTRVFVRU5DRTowDQpT
VEFUVVM6Q09ORklSTUVEDQpUUkFOU1A6T1BBUVVFDQpFTkQ6VkVWRU5UDQpFTkQ6VkNBTEVOREFS
DQo=
------=_Part_92213_551309884.1763280723--
"""),
    ('en', 'uptime-monitor-down', 'automated', (),
     """Return-Path: <bounce@uptimerobot.com>
Received: from mail-out3.uptimerobot.com (mail-out3.uptimerobot.com [69.162.124.227])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QpK0m5cRtz9sWq
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 03:12:19 +0100 (CET)
Date: Tue, 17 Nov 2026 02:12:16 +0000
From: UptimeRobot <alert@uptimerobot.com>
To: privacy@shop.example.be
Subject: Monitor is DOWN: Privacy portal (https://shop.example.be/privacy/request)
Message-ID: <20261117021216.83fd1a09c1e2@uptimerobot.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated

Hi,

The monitor Privacy portal (https://shop.example.be/privacy/request) is currently DOWN (HTTP 502 - Bad Gateway).

Event timestamp: 2026-11-17 03:12:16 CET

UptimeRobot will alert you when it is back up.

Cheers,
UptimeRobot Team

--
You are receiving this e-mail because privacy@shop.example.be is an alert contact of the UptimeRobot account of shop.example.be.
Manage your alert contacts: https://dashboard.uptimerobot.com/alert-contacts
"""),
    ('en', 'dsar-platform-notification', 'automated', (),
     """Return-Path: <0102019a4a8c1f2e-bounce@amazonses.privacydesk.io>
Received: from a48-112.smtp-out.eu-west-1.amazonses.com (a48-112.smtp-out.eu-west-1.amazonses.com [54.240.48.112])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QqT7y1d9Hz9sXb
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 21:47:52 +0100 (CET)
Date: Wed, 18 Nov 2026 20:47:49 +0000
From: PrivacyDesk Notifications <no-reply@notify.privacydesk.io>
To: privacy@shop.example.be
Subject: New data subject request received via your privacy portal (DSR-2026-11-0418)
Message-ID: <0102019a4a8c1f2e-7d3b90aa-4c1e-4f7a-9b18-2f1e5d9c0a44-000000@eu-west-1.amazonses.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_8f2c7e9a41d05b3e6c9d"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Feedback-ID: 1.eu-west-1.Qx0rT9mZp3:AmazonSES

--b1_8f2c7e9a41d05b3e6c9d
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

New data subject request received

A new request was submitted through your privacy portal shop.example.be/privacy.

Request ID: DSR-2026-11-0418
Request type: Erasure (Art. 17)
Submitted: 18 Nov 2026, 21:47 CET
Identity verification: Email verified
Due date: 18 Dec 2026 (30 days)

Message from the requester:
"Please delete my account and all my data, and stop sending me your newsletter. I have asked this before."

Open the request in PrivacyDesk: https://app.privacydesk.io/requests/DSR-2026-11-0418

This is an automated notification from PrivacyDesk. Replies to this address are not monitored.

--b1_8f2c7e9a41d05b3e6c9d
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Inter,Arial,sans-serif;color:#1f2937">
<h2 style=3D"font-size:18px">New data subject request received</h2>
<p>A new request was submitted through your privacy portal <b>shop.example.be/p=
rivacy</b>.</p>
<table cellpadding=3D"6" style=3D"border-collapse:collapse;font-size:14px">
<tr><td style=3D"color:#6b7280">Request ID</td><td>DSR-2026-11-0418</td></tr>
<tr><td style=3D"color:#6b7280">Request type</td><td>Erasure (Art. 17)</td></t=
r>
<tr><td style=3D"color:#6b7280">Submitted</td><td>18 Nov 2026, 21:47 CET</td><=
/tr>
<tr><td style=3D"color:#6b7280">Identity verification</td><td>Email verified</=
td></tr>
<tr><td style=3D"color:#6b7280">Due date</td><td>18 Dec 2026 (30 days)</td></t=
r>
</table>
<p style=3D"color:#6b7280">Message from the requester:</p>
<blockquote style=3D"border-left:3px solid #d1d5db;margin:0;padding-left:10px=
">Please delete my account and all my data, and stop sending me your newslett=
er. I have asked this before.</blockquote>
<p><a href=3D"https://app.privacydesk.io/requests/DSR-2026-11-0418">Open the =
request in PrivacyDesk</a></p>
<p style=3D"font-size:12px;color:#9ca3af">This is an automated notification fr=
om PrivacyDesk. Replies to this address are not monitored. Personal data of t=
he requester is only shown inside the PrivacyDesk workspace.</p>
</body></html>

--b1_8f2c7e9a41d05b3e6c9d--
"""),
    ('nl', 'ricoh-scan-to-email', 'automated', (),
     """Return-Path: <scanner@shop.example.be>
Received: from RICOH-IMC3000 (10.20.1.57) by EXCH01.lan.shop.example.be (10.20.0.11)
 with Microsoft SMTP Server id 15.2.1544.4; Fri, 13 Nov 2026 08:52:19 +0100
Date: Fri, 13 Nov 2026 08:52:16 +0100
From: RICOH IM C3000 <scanner@shop.example.be>
To: <privacy@shop.example.be>
Subject: Gescande gegevens van RICOH IM C3000
Message-ID: <20261113085216.0B3C4D1E@RICOH-IMC3000>
X-Mailer: RICOH IM C3000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=NextPart_RICOH_20261113085216_2F1A"

--=NextPart_RICOH_20261113085216_2F1A
Content-Type: text/plain; charset="ISO-8859-1"
Content-Transfer-Encoding: 7bit

Deze e-mail is verzonden vanaf "RICOH IM C3000" (IM C3000).

Scandatum: 13.11.2026 08:52:16 (+0100)
Vragen aan: helpdesk@shop.example.be

--=NextPart_RICOH_20261113085216_2F1A
Content-Type: application/pdf; name="20261113085216467.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="20261113085216467.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAx
ODAgL0ZpbHRlciAvRENURGVjb2RlID4+CnN0cmVhbQoNbEgYYxKM/X48qxaev1n21olfC3YjmXoN
Z5xeoaDpRGW81IyRuYUSXIBqTWpIepWbCfX/ZSrheny2Lj7b2nZccNrBuVsWTiBdQfsdaJKYBCFP
ltYLwmeeXDaR7XUQjNu6V485KpHq44raLXDiesL++ReyOUdK9Ea1ehAyiSZSqbWYM/5s3r77PinI
FuHX5fOVCNPur8/wAaJX3ogPr3ewuIdra0trvRyiFCZfey70kD2U6kUDG/A6h77dlfVw9p6dyMfA
S3LyW24kM9kcYg+Xc2EOSd0tf6eAtJXe/kOZvxZpCID0SzXQAEL+LNEtEuMdApThWEU2Rmb+SF/s
qMHsLzweEXbo8Jo97F2qOMcLd2lFI3DQkFpVH2CJvkYQcjnsf75YphzQFywtRtaUV6/rH+dFZLN9
2c1wjYS9y6zI8cUVMUdfbqiRgPSG0CkPZIfdzzG6dvaUwwNKQKc7Pn2qUEuOH2MV08SBE5skSJyC
L2OwMvVXH/SSbFDsOi/cpW76g9u/EWCBN1JsLkNoAwLXt1g0ZBzBYDcgsLkbAe/cuyK6MMXCtlgq
Q9ClHVCU7kGRTunCUZUcconU+jEBMasFhacD+TK2y7O+w7EnOaTTwkqc3xIn4VeXhozGnBd+fAs4
N5oS0daCMEhDJg31BUJd8YqqSAplbmRzdHJlYW0KZW5kb2JqCnRyYWlsZXIKPDwgL1Jvb3QgMSAw
IFIgPj4KJSVFT0YK

--=NextPart_RICOH_20261113085216_2F1A--
"""),
    ('nl', 'berichtenbox-notificatie', 'automated', (),
     """Return-Path: <noreply@berichtenbox.overheid.nl>
Received: from smtp-out2.logius.nl (smtp-out2.logius.nl [145.21.170.14])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QkQ2r6nM1z9sWq
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 06:03:55 +0100 (CET)
Date: Fri, 13 Nov 2026 06:03:51 +0100
From: Berichtenbox voor bedrijven <noreply@berichtenbox.overheid.nl>
To: privacy@shop.example.be
Subject: Nieuw bericht in uw Berichtenbox voor bedrijven
Message-ID: <b7a1e2c4-9d3f-4e0a-8c51-36d7a9f20e11@berichtenbox.overheid.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Geachte heer, mevrouw,

Er staat een nieuw bericht voor Shop Example BV in uw Berichtenbox voor bed=
rijven.

Afzender: Belastingdienst
Onderwerp: Herinnering aangifte omzetbelasting (OSS) 3e kwartaal 2026

Log in op ondernemersplein.nl met eHerkenning om het bericht te lezen.

Heeft u vragen over de inhoud van het bericht? Neem dan contact op met de a=
fzender van het bericht. Deze e-mail is automatisch verstuurd. U kunt deze =
e-mail niet beantwoorden.

Met vriendelijke groet,

Berichtenbox voor bedrijven

"""),
    ('nl', 'postnl-track-and-trace', 'automated', (),
     """Return-Path: <bounce-5519@notificatie.postnl.nl>
Received: from mta12.notificatie.postnl.nl (mta12.notificatie.postnl.nl [185.70.96.12])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QmZ8t4kVqz9sXd
	for <privacy@shop.example.be>; Sun, 15 Nov 2026 17:21:33 +0100 (CET)
Date: Sun, 15 Nov 2026 17:21:30 +0100
From: PostNL <noreply@notificatie.postnl.nl>
To: privacy@shop.example.be
Subject: Je pakket is onderweg
Message-ID: <SC.1763223690.3SVBKM0192834.4412@notificatie.postnl.nl>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=-PNL-a8f03b2d71e9"
List-Unsubscribe: <https://notificatie.postnl.nl/unsub?c=3SVBKM0192834&t=c8f1>

--=-PNL-a8f03b2d71e9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Je pakket is onderweg

Hallo,

Je pakket van Tuinmeubelen Verbeek B.V. is onderweg. We bezorgen het morgen=
 tussen 13:15 en 15:45.

Track & Trace: 3SVBKM0192834
https://jouw.postnl.nl/track-and-trace/3SVBKM0192834-BE-1000

Deze e-mail is automatisch verzonden. Reageren op deze e-mail is niet mogel=
ijk.

--=-PNL-a8f03b2d71e9
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjwvaGVhZD48Ym9keSBzdHlsZT0iZm9u
dC1mYW1pbHk6QXJpYWwsc2Fucy1zZXJpZjtiYWNrZ3JvdW5kOiNmM2YzZjQiPgo8dGFibGUgd2lk
dGg9IjYwMCIgYWxpZ249ImNlbnRlciIgc3R5bGU9ImJhY2tncm91bmQ6I2ZmZiI+Cjx0cj48dGQg
c3R5bGU9ImJhY2tncm91bmQ6I2VkOGMwMDtwYWRkaW5nOjIwcHg7Y29sb3I6I2ZmZjtmb250LXNp
emU6MjJweCI+PGI+SmUgcGFra2V0IGlzIG9uZGVyd2VnPC9iPjwvdGQ+PC90cj4KPHRyPjx0ZCBz
dHlsZT0icGFkZGluZzoyMHB4O2ZvbnQtc2l6ZToxNXB4Ij5IYWxsbyw8YnI+PGJyPgpKZSBwYWtr
ZXQgdmFuIDxiPlR1aW5tZXViZWxlbiBWZXJiZWVrIEIuVi48L2I+IGlzIG9uZGVyd2VnLiBXZSBi
ZXpvcmdlbiBoZXQgPGI+bW9yZ2VuIHR1c3NlbiAxMzoxNSBlbiAxNTo0NTwvYj4uPGJyPjxicj4K
VHJhY2sgJmFtcDsgVHJhY2U6IDxhIGhyZWY9Imh0dHBzOi8vam91dy5wb3N0bmwubmwvdHJhY2st
YW5kLXRyYWNlLzNTVkJLTTAxOTI4MzQtQkUtMTAwMCI+M1NWQktNMDE5MjgzNDwvYT48YnI+PGJy
PgpOaWV0IHRodWlzPyBKZSBrdW50IGhldCBiZXpvcmdtb21lbnQgd2lqemlnZW4gaW4gZGUgUG9z
dE5MLWFwcC48L3RkPjwvdHI+Cjx0cj48dGQgc3R5bGU9InBhZGRpbmc6MjBweDtmb250LXNpemU6
MTFweDtjb2xvcjojODg4Ij5EZXplIGUtbWFpbCBpcyBhdXRvbWF0aXNjaCB2ZXJ6b25kZW4uIFJl
YWdlcmVuIG9wIGRlemUgZS1tYWlsIGlzIG5pZXQgbW9nZWxpamsuPGJyPgpQb3N0Tkwgc3R1dXJ0
IGplIGRlemUgZS1tYWlsIG9tZGF0IGRlIGFmemVuZGVyIGplIGUtbWFpbGFkcmVzIGhlZWZ0IGRv
b3JnZWdldmVuIHZvb3IgZGUgYmV6b3JnaW5nLiA8YSBocmVmPSJodHRwczovL3d3dy5wb3N0bmwu
bmwvcHJpdmFjeSI+UHJpdmFjeXZlcmtsYXJpbmc8L2E+PC90ZD48L3RyPgo8L3RhYmxlPjwvYm9k
eT48L2h0bWw+Cg==
--=-PNL-a8f03b2d71e9--
"""),
    ('nl', 'trustpilot-new-review', 'automated', (),
     """Return-Path: <bounces+4455812-0f1e-privacy=shop.example.be@mail.trustpilot.com>
Received: from o3.mail.trustpilot.com (o3.mail.trustpilot.com [149.72.146.3])
	by mail.shop.example.be (Postfix) with ESMTPS id 4Qn1Hb0wJ5z9sWq
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 11:40:07 +0100 (CET)
Date: Mon, 16 Nov 2026 10:40:04 +0000
From: Trustpilot <noreply@trustpilot.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Je_hebt_een_nieuwe_review_ontvangen_=E2=98=85=E2=98=85=E2=98=85=E2=98=85=E2=98=85?=
Message-ID: <9c2f1e7a4b3d4e0f8a16@mail.trustpilot.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_NextPart_TP_71d0c2e4"
List-Unsubscribe: <mailto:unsubscribe@trustpilot.com?subject=unsubscribe-bn-5512>, <https://businessapp.b2b.trustpilot.com/settings/notifications>
List-Unsubscribe-Post: List-Unsubscribe=One-Click

------=_NextPart_TP_71d0c2e4
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hoi Shop Example,

Er is een nieuwe review over shop.example.be geplaatst.

=E2=98=85=E2=98=85=E2=98=85=E2=98=85=E2=98=85  "Snelle levering en mooie tu=
inset"
Door Kevin V., BE
"Besteld op maandag, donderdag al geleverd. Klantendienst antwoordde snel o=
p mijn vraag over de kussens. Aanrader!"

Reageer op deze review: https://businessapp.b2b.trustpilot.com/reviews/6738=
f1c2a9

Een snelle reactie laat zien dat je om je klanten geeft.

Je ontvangt deze e-mail omdat je meldingen over nieuwe reviews hebt ingesch=
akeld.
Trustpilot A/S, Pilestr=C3=A6de 58, 1112 Kopenhagen K, Denemarken

------=_NextPart_TP_71d0c2e4
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Helvetica,Arial,sans-serif;color:#191919">
<p>Hoi Shop Example,</p>
<p>Er is een nieuwe review over <b>shop.example.be</b> geplaatst.</p>
<p style=3D"color:#00b67a;font-size:20px">=E2=98=85=E2=98=85=E2=98=85=E2=98=
=85=E2=98=85</p>
<p><b>Snelle levering en mooie tuinset</b><br>Door Kevin V., BE</p>
<p>&quot;Besteld op maandag, donderdag al geleverd. Klantendienst antwoordd=
e snel op mijn vraag over de kussens. Aanrader!&quot;</p>
<p><a href=3D"https://businessapp.b2b.trustpilot.com/reviews/6738f1c2a9" st=
yle=3D"background:#191919;color:#fff;padding:10px 18px;border-radius:20px;t=
ext-decoration:none">Reageer op review</a></p>
<p style=3D"font-size:11px;color:#6c6c85">Je ontvangt deze e-mail omdat je =
meldingen over nieuwe reviews hebt ingeschakeld. <a href=3D"https://busines=
sapp.b2b.trustpilot.com/settings/notifications">Meldingen beheren</a><br>Tr=
ustpilot A/S, Pilestr=C3=A6de 58, 1112 Kopenhagen K, Denemarken</p>
</body></html>

------=_NextPart_TP_71d0c2e4--
"""),
    ('nl', 'microsoft-password-reset-code', 'automated', (),
     """Return-Path: <account-security-noreply@accountprotection.microsoft.com>
Received: from DB5PEPF00014B9A.eurprd02.prod.outlook.com (2603:10a6:10:1ce::14) by
 AM9PR02MB7123.eurprd02.prod.outlook.com with HTTPS; Thu, 19 Nov 2026 07:58:12 +0000
Date: Thu, 19 Nov 2026 07:58:10 +0000
From: Microsoft-accountteam <account-security-noreply@accountprotection.microsoft.com>
To: privacy@shop.example.be
Subject: Code voor opnieuw instellen van wachtwoord Microsoft-account
Message-ID: <DB5PEPF00014B9A4F2E91C0A8D7E3@DB5PEPF00014B9A.eurprd02.prod.outlook.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--boundary_2716_8b3c9d1e-55f0-4a61-9e2c-0f8e7a1d4c33"
X-MS-Exchange-Organization-AuthSource: DB5PEPF00014B9A.eurprd02.prod.outlook.com

----boundary_2716_8b3c9d1e-55f0-4a61-9e2c-0f8e7a1d4c33
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

TWljcm9zb2Z0LWFjY291bnQKCkNvZGUgdm9vciBvcG5pZXV3IGluc3RlbGxlbiB2YW4gd2FjaHR3
b29yZAoKR2VicnVpayBkZXplIGNvZGUgb20gaGV0IHdhY2h0d29vcmQgdm9vciBoZXQgTWljcm9z
b2Z0LWFjY291bnQgcHIqKioqKkBzaG9wLmV4YW1wbGUuYmUgb3BuaWV1dyBpbiB0ZSBzdGVsbGVu
LgoKRGl0IGlzIHV3IGNvZGU6IDQ4MjkxMwoKQWxzIHUgZGl0IG5pZXQgaGVya2VudCwga3VudCB1
IGdlYnJ1aWtlcnNnZWdldmVucyB2YW4gdXcgTWljcm9zb2Z0LWFjY291bnQgY29udHJvbGVyZW4g
dmlhIGh0dHBzOi8vYWNjb3VudC5saXZlLmNvbS9hY3Rpdml0eS4KCkJlZGFua3QsCkhldCBNaWNy
b3NvZnQtYWNjb3VudHRlYW0K
----boundary_2716_8b3c9d1e-55f0-4a61-9e2c-0f8e7a1d4c33
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWwgZGlyPSJsdHIiPjxoZWFkPjxtZXRhIGh0dHAtZXF1aXY9IkNvbnRlbnQtVHlwZSIgY29u
dGVudD0idGV4dC9odG1sOyBjaGFyc2V0PXV0Zi04Ij48L2hlYWQ+PGJvZHk+Cjx0YWJsZSBkaXI9
Imx0ciI+PHRyPjx0ZCBzdHlsZT0icGFkZGluZzowO2ZvbnQtZmFtaWx5OidTZWdvZSBVSSBTZW1p
Ym9sZCcsJ1NlZ29lIFVJIEJvbGQnLCdTZWdvZSBVSScsJ0hlbHZldGljYSBOZXVlIE1lZGl1bScs
QXJpYWwsc2Fucy1zZXJpZjtmb250LXNpemU6MTdweDtjb2xvcjojNzA3MDcwIj5NaWNyb3NvZnQt
YWNjb3VudDwvdGQ+PC90cj4KPHRyPjx0ZCBzdHlsZT0icGFkZGluZzowO2ZvbnQtZmFtaWx5OidT
ZWdvZSBVSSBMaWdodCcsJ1NlZ29lIFVJJywnSGVsdmV0aWNhIE5ldWUgTWVkaXVtJyxBcmlhbCxz
YW5zLXNlcmlmO2ZvbnQtc2l6ZTo0MXB4O2NvbG9yOiMyNjcyZWMiPkNvZGUgdm9vciBvcG5pZXV3
IGluc3RlbGxlbiB2YW4gd2FjaHR3b29yZDwvdGQ+PC90cj4KPHRyPjx0ZCBzdHlsZT0icGFkZGlu
ZzowO3BhZGRpbmctdG9wOjI1cHg7Zm9udC1mYW1pbHk6J1NlZ29lIFVJJyxUYWhvbWEsVmVyZGFu
YSxBcmlhbCxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxNHB4O2NvbG9yOiMyYTJhMmEiPkdlYnJ1aWsg
ZGV6ZSBjb2RlIG9tIGhldCB3YWNodHdvb3JkIHZvb3IgaGV0IE1pY3Jvc29mdC1hY2NvdW50IDxh
IGRpcj0ibHRyIiBzdHlsZT0iY29sb3I6IzI2NzJlYzt0ZXh0LWRlY29yYXRpb246bm9uZSIgaHJl
Zj0ibWFpbHRvOnByKioqKipAc2hvcC5leGFtcGxlLmJlIj5wcioqKioqQHNob3AuZXhhbXBsZS5i
ZTwvYT4gb3BuaWV1dyBpbiB0ZSBzdGVsbGVuLjwvdGQ+PC90cj4KPHRyPjx0ZCBzdHlsZT0icGFk
ZGluZzowO3BhZGRpbmctdG9wOjI1cHg7Zm9udC1mYW1pbHk6J1NlZ29lIFVJJyxUYWhvbWEsVmVy
ZGFuYSxBcmlhbCxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxNHB4O2NvbG9yOiMyYTJhMmEiPkRpdCBp
cyB1dyBjb2RlOiA8c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk6J1NlZ29lIFVJIEJvbGQnLCdTZWdv
ZSBVSSBTZW1pYm9sZCcsJ1NlZ29lIFVJJywnSGVsdmV0aWNhIE5ldWUgTWVkaXVtJyxBcmlhbCxz
YW5zLXNlcmlmO2ZvbnQtc2l6ZToxNHB4O2ZvbnQtd2VpZ2h0OmJvbGQ7Y29sb3I6IzJhMmEyYSI+
NDgyOTEzPC9zcGFuPjwvdGQ+PC90cj4KPHRyPjx0ZCBzdHlsZT0icGFkZGluZzowO3BhZGRpbmct
dG9wOjI1cHg7Zm9udC1mYW1pbHk6J1NlZ29lIFVJJyxUYWhvbWEsVmVyZGFuYSxBcmlhbCxzYW5z
LXNlcmlmO2ZvbnQtc2l6ZToxNHB4O2NvbG9yOiMyYTJhMmEiPkJlZGFua3QsPC90ZD48L3RyPgo8
dHI+PHRkIHN0eWxlPSJwYWRkaW5nOjA7Zm9udC1mYW1pbHk6J1NlZ29lIFVJJyxUYWhvbWEsVmVy
ZGFuYSxBcmlhbCxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxNHB4O2NvbG9yOiMyYTJhMmEiPkhldCBN
aWNyb3NvZnQtYWNjb3VudHRlYW08L3RkPjwvdHI+CjwvdGFibGU+PC9ib2R5PjwvaHRtbD4K
----boundary_2716_8b3c9d1e-55f0-4a61-9e2c-0f8e7a1d4c33--
"""),
    ('nl', 'bank-statement-available', 'automated', (),
     """Return-Path: <noreply@kbc.be>
Received: from mailout3.kbc.be (mailout3.kbc.be [193.191.215.53])
	by mail.shop.example.be (Postfix) with ESMTPS id 4Qp3Lx2hWbz9sXb
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 05:31:08 +0100 (CET)
Date: Tue, 17 Nov 2026 05:31:02 +0100
From: KBC Business <noreply@kbc.be>
To: privacy@shop.example.be
Subject: Nieuwe rekeninguittreksels beschikbaar
Message-ID: <KBC.BUS.20261117053102.188237@kbc.be>
MIME-Version: 1.0
Content-Type: text/html; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable
Precedence: bulk

<html><body style=3D"font-family:Arial;font-size:13px">
<p>Geachte klant,</p>
<p>Er zijn nieuwe rekeninguittreksels beschikbaar voor rekening BE68 7340 *=
*** **34 (Shop Example BV).</p>
<p>Uittreksel nr. 2026/221 tot en met 2026/223<br>Periode: 13/11/2026 - 16/=
11/2026</p>
<p>U kunt ze raadplegen in KBC Business Dashboard.</p>
<p>Dit is een automatisch bericht. Antwoorden op dit e-mailadres worden nie=
t gelezen.<br>
KBC Bank NV, Havenlaan 2, 1080 Brussel - BTW BE 0462.920.226 - RPR Brussel<=
/p>
</body></html>
"""),
    ('fr', 'hp-scan-to-email', 'automated', (),
     """Return-Path: <numerisation@shop.example.be>
Received: from NPI5A2C3F (10.20.2.33) by EXCH01.lan.shop.example.be (10.20.0.11)
 with Microsoft SMTP Server id 15.2.1544.4; Fri, 13 Nov 2026 11:04:15 +0100
Date: Fri, 13 Nov 2026 11:04:12 +0100
From: "HP LaserJet MFP M430f" <numerisation@shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Document_num=C3=A9ris=C3=A9?=
Message-ID: <NPI5A2C3F.20261113110412.1@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="HPBoundary_NPI5A2C3F_110412"

--HPBoundary_NPI5A2C3F_110412
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Document numérisé depuis : HP LaserJet MFP M430f (NPI5A2C3F)
Date : 13/11/2026 11:04
Nombre de pages : 1
Type de fichier : JPEG

--HPBoundary_NPI5A2C3F_110412
Content-Type: image/jpeg; name="img20261113110412.jpg"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="img20261113110412.jpg"

/9j/4AAQSkZJRgABAQEAyADIAACaRzaeahVFoBPxtIDLHvVgx3hTDezGWGHNxD1oAZ9NeGOSOnsV
V9ffFMK87nG6SZ6XQwi2E0EpE6K1anh/HtfIJHP+0a+wn5wemKD8Oeiq9PwB0WQ4Faq3yEgrA1/V
eIleV6dP7aoezc919qlSCTSKaYoWo+e7ZGGIdVQPbfh2qe+rIcqev9mRmMQLA4/XSNqv7/gq9bAj
rKLNVS0xllVsD8cYO3emLgA3DA/I/ngPk01Xi3nHyDyUx7VORGZg44bwAzhkyy522y1LKnNmytc+
jjwfhryotNNOxKyORdAaG+54rkHFwdQPpLJ5OR176R7UXZpSRJ8sG3muRtK/OaDsB9yYs40PSC5l
9iVNpvcHIaHnLsrOXbcpRv7EYSeHKr/BSznTZrdfEiSJHLgitnRO3eA1jycFD0QAF24Y57TNu4sq
b5djhyybTJScc3xkJitHqjU6oD6fUL+hPm/IJzt4uXlKFfQpUQYjl03+edY/UYphaDDg/32CEass
VTDiPrY1+i/0D+yMh6Mm+NlkZhUKkOvsITvV96FMcyqBsNYAZWjB30+efDoOyqU8HdNaOYUFLyx0
ggNLEBwNq6iygcCttzO7npqRA3quUFvQnTQE6bFA1/1JDfuWAR3ZChK/hkrsA99VabMdKo4eW6TF
Jrib+FBa5aOd8QAVYxBoZ0idhXyko13GIezFPGAz5jesNiGcg5yQhtjZZV0lNag5drf1xuoiPwqR
D2/etknUoSZTXcFldL806r5oTmg1/hKFrUsxn9BBrIKwUymBtLG/pcH1tPuxlKLBCXb8WJtYikfS
QRfzyddNGic7titFmv/Z
--HPBoundary_NPI5A2C3F_110412--
"""),
    ('fr', 'myminfin-nouveau-document', 'automated', (),
     """Return-Path: <noreply@minfin.fed.be>
Received: from smtp-out.minfin.fed.be (smtp-out.minfin.fed.be [193.191.200.24])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QkTm01WzSz9sWq
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 02:11:45 +0100 (CET)
Date: Fri, 13 Nov 2026 02:11:40 +0100
From: MyMinfin <noreply@minfin.fed.be>
To: privacy@shop.example.be
Subject: MyMinfin : un nouveau document est disponible
Message-ID: <20261113021140.5f3a2c81.myminfin@minfin.fed.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Madame, Monsieur,

Un nouveau document est disponible dans votre dossier sur MyMinfin.

Type de document : Avertissement-extrait de r=F4le - imp=F4t des soci=E9t=
=E9s
Exercice d'imposition : 2026
Entreprise : BE 0712.345.678

Vous pouvez le consulter apr=E8s vous =EAtre connect=E9(e) sur www.myminfin=
.be, rubrique =AB Mes documents =BB. Ce document est =E9galement disponible=
 dans votre eBox.

Ce message est envoy=E9 automatiquement. Merci de ne pas y r=E9pondre.

SPF Finances
"""),
    ('fr', 'chorus-pro-statut-facture', 'automated', (),
     """Return-Path: <ne-pas-repondre@chorus-pro.gouv.fr>
Received: from mx-out2.aife.economie.gouv.fr (mx-out2.aife.economie.gouv.fr [145.242.11.94])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QmL3t6yRnz9sXd
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 14:22:03 +0100 (CET)
Date: Mon, 16 Nov 2026 14:21:58 +0100
From: Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Chorus_Pro_-_Changement_de_statut_de_la_facture_FA-2026-0938?=
Message-ID: <1763299318114.CPP.NOTIF.884201@chorus-pro.gouv.fr>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_30912_1147720391.1763299318114"

------=_Part_30912_1147720391.1763299318114
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Le statut de la facture n=C2=B0 FA-2026-0938 d=C3=A9pos=C3=A9e le 02/11/202=
6 par SHOP EXAMPLE BV =C3=A0 destination de COMMUNE DE LILLE - SERVICE DES =
ESPACES VERTS a chang=C3=A9.

Nouveau statut : MISE EN PAIEMENT
Montant TTC : 4 312,40 EUR
Date de mise =C3=A0 jour : 16/11/2026

Pour consulter le d=C3=A9tail de votre facture, connectez-vous sur https://=
portail.chorus-pro.gouv.fr

Cet e-mail est g=C3=A9n=C3=A9r=C3=A9 automatiquement, merci de ne pas y r=
=C3=A9pondre. Pour modifier vos pr=C3=A9f=C3=A9rences de notification, rend=
ez-vous dans votre espace =C2=AB Mon compte =C2=BB.

L'=C3=A9quipe Chorus Pro

------=_Part_30912_1147720391.1763299318114
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Marianne,Arial,sans-serif;font-size:14px">
<p>Bonjour,</p>
<p>Le statut de la facture n=C2=B0 <b>FA-2026-0938</b> d=C3=A9pos=C3=A9e le=
 02/11/2026 par SHOP EXAMPLE BV =C3=A0 destination de COMMUNE DE LILLE - SE=
RVICE DES ESPACES VERTS a chang=C3=A9.</p>
<table><tr><td>Nouveau statut :</td><td><b>MISE EN PAIEMENT</b></td></tr>
<tr><td>Montant TTC :</td><td>4 312,40 EUR</td></tr>
<tr><td>Date de mise =C3=A0 jour :</td><td>16/11/2026</td></tr></table>
<p><a href=3D"https://portail.chorus-pro.gouv.fr">Acc=C3=A9der =C3=A0 Choru=
s Pro</a></p>
<p style=3D"font-size:11px;color:#666">Cet e-mail est g=C3=A9n=C3=A9r=C3=A9=
 automatiquement, merci de ne pas y r=C3=A9pondre.</p>
<p>L'=C3=A9quipe Chorus Pro</p></body></html>

------=_Part_30912_1147720391.1763299318114--
"""),
    ('fr', 'linkedin-notification', 'automated', (),
     """Return-Path: <s-1e9d7c3f4a2b@bounce.linkedin.com>
Received: from mailb-ae.linkedin.com (mailb-ae.linkedin.com [108.174.3.188])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QnP2k5zXcz9sWq
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 19:05:44 +0100 (CET)
Date: Mon, 16 Nov 2026 18:05:41 +0000 (UTC)
From: LinkedIn <notifications-noreply@linkedin.com>
To: =?UTF-8?Q?=C3=89quipe_Vie_priv=C3=A9e?= <privacy@shop.example.be>
Subject: =?UTF-8?Q?Vous_=C3=AAtes_apparu(e)_dans_12_recherches_cette_semaine?=
Message-ID: <1371842079.4112857.1763316341922@lva1-app14583.prod.linkedin.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_4112855_1099231047.1763316341921"
X-LinkedIn-Class: SEARCH-APPEARANCE
X-LinkedIn-Template: email_search_appearances_01
X-LinkedIn-fbl: s-1e9d7c3f4a2b
List-Unsubscribe: <https://www.linkedin.com/e/v2?e=1e9d7c3f-4a2b&a=customerServiceUrl&ek=email_search_appearances_01>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: email_search_appearances_01:linkedin

------=_Part_4112855_1099231047.1763316341921
Content-Type: text/plain;charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Content-ID: text-body

Vous =C3=AAtes apparu(e) dans 12 recherches cette semaine

Bonjour =C3=89quipe,

Votre profil a =C3=A9t=C3=A9 trouv=C3=A9 par des personnes qui travaillent =
chez : Colruyt Group, Decathlon, Deloitte

D=C3=A9couvrez qui vous recherche : https://www.linkedin.com/comm/me/search=
-appearances/?midToken=3DAQE8xq

Intitul=C3=A9s de poste de vos recruteurs : Data Protection Officer, Jurist=
e, Responsable e-commerce

Cet e-mail =C3=A9tait destin=C3=A9 =C3=A0 =C3=89quipe Vie priv=C3=A9e (D=C3=
=A9l=C3=A9gu=C3=A9 =C3=A0 la protection des donn=C3=A9es chez Shop Example)
D=C3=A9couvrez pourquoi nous incluons ceci : https://www.linkedin.com/help/=
linkedin/answer/4788
Vous recevez des e-mails de notification de LinkedIn.
Se d=C3=A9sabonner : https://www.linkedin.com/comm/psettings/email-unsubscr=
ibe?lipi=3Durn%3Ali%3Apage
=C2=A9 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. Lin=
kedIn est un nom commercial d=C3=A9pos=C3=A9 de LinkedIn Corporation et de =
ses soci=C3=A9t=C3=A9s affili=C3=A9es aux =C3=89tats-Unis et/ou dans d'autr=
es pays.

------=_Part_4112855_1099231047.1763316341921
Content-Type: text/html;charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Content-ID: html-body

<html><body>Vous =C3=AAtes apparu(e) dans 12 recherches cette semaine</p><p=
>Bonjour =C3=89quipe,</p><p>Votre profil a =C3=A9t=C3=A9 trouv=C3=A9 par de=
s personnes qui travaillent chez : Colruyt Group, Decathlon, Deloitte</p><p=
>D=C3=A9couvrez qui vous recherche : https://www.linkedin.com/comm/me/searc=
h-appearances/?midToken=3DAQE8xq</p><p>Intitul=C3=A9s de poste de vos recru=
teurs : Data Protection Officer, Juriste, Responsable e-commerce</p><p>Cet =
e-mail =C3=A9tait destin=C3=A9 =C3=A0 =C3=89quipe Vie priv=C3=A9e (D=C3=A9l=
=C3=A9gu=C3=A9 =C3=A0 la protection des donn=C3=A9es chez Shop Example)<br>=
D=C3=A9couvrez pourquoi nous incluons ceci : https://www.linkedin.com/help/=
linkedin/answer/4788<br>Vous recevez des e-mails de notification de LinkedI=
n.<br>Se d=C3=A9sabonner : https://www.linkedin.com/comm/psettings/email-un=
subscribe?lipi=3Durn%3Ali%3Apage<br>=C2=A9 2026 LinkedIn Ireland Unlimited =
Company, Wilton Plaza, Dublin 2. LinkedIn est un nom commercial d=C3=A9pos=
=C3=A9 de LinkedIn Corporation et de ses soci=C3=A9t=C3=A9s affili=C3=A9es =
aux =C3=89tats-Unis et/ou dans d'autres pays.<br></body></html>

------=_Part_4112855_1099231047.1763316341921--
"""),
    ('fr', 'trade-press-newsletter', 'automated', (),
     """Return-Path: <bounce-7f3a91c2@news.ecommercemag.example>
Received: from mta-f4.sendinblue.com (mta-f4.sendinblue.com [185.41.28.104])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QqB6p1mTkz9sXb
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 07:00:21 +0100 (CET)
Date: Thu, 19 Nov 2026 06:00:12 +0000
From: Ecommerce Mag <lettre@news.ecommercemag.example>
Reply-To: redaction@ecommercemag.example
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Black_Friday_2026_=3A_les_paniers_reculent_=7C_La_CNIL_sanctionne_un_e-commer=C3=A7ant?=
Message-ID: <202611190600.88124771455@smtp-relay.mailin.fr>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="===============8812477145520==="
List-Id: <lettre-jeudi.ecommercemag.example>
List-Unsubscribe: <https://news.ecommercemag.example/u/7f3a91c2>, <mailto:unsubscribe@news.ecommercemag.example?subject=7f3a91c2>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Mailer: Sendinblue
X-Mailin-Campaign: 1187
X-CSA-Complaints: csa-complaints@eco.de

--===============8812477145520===
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

ECOMMERCE MAG - La lettre du jeudi
Jeudi 19 novembre 2026

=C3=80 LA UNE
Black Friday 2026 : les paniers moyens reculent de 4 % en Belgique et en Fr=
ance

RGPD
La CNIL sanctionne un e-commer=C3=A7ant pour cookies d=C3=A9pos=C3=A9s avan=
t consentement : 750 000 EUR d'amende
Droit d'acc=C3=A8s : ce que changent les nouvelles lignes directrices du CE=
PD pour les boutiques en ligne

LOGISTIQUE
Points relais : bpost et Mondial Relay =C3=A9tendent leur r=C3=A9seau en Wa=
llonie

AGENDA
Salon E-commerce Paris, 8-10 d=C3=A9cembre 2026 - demandez votre badge grat=
uit

----
Vous recevez cette lettre car vous =C3=AAtes inscrit(e) avec l'adresse priv=
acy@shop.example.be.
Se d=C3=A9sinscrire : https://news.ecommercemag.example/u/7f3a91c2
Ecommerce Mag - 12 rue de la Fid=C3=A9lit=C3=A9, 75010 Paris

--===============8812477145520===
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><body style=3D"font-family:Georgia,serif"><p>ECOMMERCE=
 MAG - La lettre du jeudi<br>Jeudi 19 novembre 2026</p><p>=C3=80 LA UNE<br>=
Black Friday 2026 : les paniers moyens reculent de 4 % en Belgique et en Fr=
ance</p><p>RGPD<br>La CNIL sanctionne un e-commer=C3=A7ant pour cookies d=
=C3=A9pos=C3=A9s avant consentement : 750 000 EUR d'amende<br>Droit d'acc=
=C3=A8s : ce que changent les nouvelles lignes directrices du CEPD pour les=
 boutiques en ligne</p><p>LOGISTIQUE<br>Points relais : bpost et Mondial Re=
lay =C3=A9tendent leur r=C3=A9seau en Wallonie</p><p>AGENDA<br>Salon E-comm=
erce Paris, 8-10 d=C3=A9cembre 2026 - demandez votre badge gratuit</p><p>--=
--<br>Vous recevez cette lettre car vous =C3=AAtes inscrit(e) avec l'adress=
e privacy@shop.example.be.<br>Se d=C3=A9sinscrire : https://news.ecommercem=
ag.example/u/7f3a91c2<br>Ecommerce Mag - 12 rue de la Fid=C3=A9lit=C3=A9, 7=
5010 Paris<br></p><img src=3D"https://news.ecommercemag.example/o/7f3a91c2.=
gif" width=3D"1" height=3D"1" alt=3D""></body></html>

--===============8812477145520===--
"""),
    ('fr', 'privacy-saas-request-notice', 'automated', (),
     """Return-Path: <notifications@consentio.example>
Received: from smtp.consentio.example (smtp.consentio.example [51.159.22.107])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QrD1c7fJpz9sWq
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 08:15:37 +0100 (CET)
Date: Fri, 20 Nov 2026 08:15:33 +0100
From: Consentio <notifications@consentio.example>
To: privacy@shop.example.be
Subject: =?UTF-8?B?W0NvbnNlbnRpb10gTm91dmVsbGUgZGVtYW5kZSBkJ2V4ZXJjaWNlIGRlIGRyb2l0cyByZcOndWUg4oCTIERFTS01ODIxMw==?=
Message-ID: <dem-58213.1763622933@consentio.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: auto_reply
X-Auto-Response-Suppress: All

Bonjour,

Une nouvelle demande a été déposée via le formulaire RGPD de votre site shop.example.be.

Référence : DEM-58213
Droit exercé : Droit d'accès (article 15)
Date de dépôt : 20/11/2026 08:15
Délai de réponse : 20/12/2026

Message du demandeur :
« Bonjour, je souhaite obtenir une copie de toutes les données personnelles que vous avez sur moi, y compris l'historique de mes commandes et de ma carte de fidélité. Merci. »

Traitez cette demande dans votre console : https://app.consentio.example/dem/58213

--
Ce message a été envoyé automatiquement par Consentio. Merci de ne pas y répondre.
"""),
    ('de', 'canon-scan-to-email', 'automated', (),
     """Return-Path: <scanner@shop.example.be>
Received: from iR-ADV-C5535 (10.20.1.62) by EXCH01.lan.shop.example.be (10.20.0.11)
 with Microsoft SMTP Server id 15.2.1544.4; Wed, 18 Nov 2026 15:40:09 +0100
Date: Wed, 18 Nov 2026 15:40:06 +0100
From: iR-ADV C5535 Buchhaltung <scanner@shop.example.be>
To: privacy@shop.example.be
Subject: =?ISO-8859-1?Q?Angeh=E4ngtes_Bild?=
Message-ID: <20261118154006.0000.iR-ADV-C5535@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="CANON_BOUNDARY_20261118154006"
X-Mailer: Canon iR-ADV C5535 Mail Sender

--CANON_BOUNDARY_20261118154006
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: 7bit


--CANON_BOUNDARY_20261118154006
Content-Type: application/pdf; name="20261118154006.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="20261118154006.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAx
ODAgL0ZpbHRlciAvRENURGVjb2RlID4+CnN0cmVhbQoHODj6U9Oy9cu9w9/HyvFXAuybkuwPNpX7
FbUHmNbZwm9z0MoG1L/zWPBqLupY/FUYRBckDD0QNFBXQvG4qj6cs5bC1gsV3rdsXD7F+z/XZcm3
0tVPpVFSp9/i4JOrVReb7IVVIEKnLbBN/EAN12BvHsJ/R21iI7zsQIrIzy9TzuL7LTz4YED0Qq6J
WF1aMoJYrqligvPDY/n+8FoR0dSauOSTHCxeXKba/HLnXXrdnfKuHS3y8aPIZR4Dcz8/INdkOCKZ
pLkppq+rzA+rpxHq5WOFyJeb7NEOepQTL3tAASvrLlrM5J5ePYJS988Z9RB9mGLM+xTse71XFFg9
kN6FIPIiALLXf/cwqJH4I7qcT6akwyKYpmVh3UlSbMz29dvbCQPiOyYHiroIq3KT9O4xBmL++wjP
FjdhLKcZ+Jw2mZdmidNf4AHSSh4NLdtVSQI4Q8dG6DDlSuIYNPgpNLdcv0ZwC8zYnwJ0i3/WDLNP
Cu+clggqBiDC7jOV9yIAuMp60Oq4nrsIz3+WLuUEzt4BnqSOWdgGzFb/7CPBELUdhwsc8v6KqQzy
lDx+LkK14d5DQ13cGtDafB9gcAO65OzKggky48zo8CuBlJgfDPJuNOHXMotLxJwc5jhKfjkdLG8K
ZW5kc3RyZWFtCmVuZG9iagp0cmFpbGVyCjw8IC9Sb290IDEgMCBSID4+CiUlRU9GCg==
--CANON_BOUNDARY_20261118154006--
"""),
    ('de', 'elster-postfach-benachrichtigung', 'automated', (),
     """Return-Path: <noreply@elster.de>
Received: from mx03.elster.de (mx03.elster.de [193.109.238.70])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QqX4b2pLmz9sXd
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 04:47:12 +0100 (CET)
Date: Thu, 19 Nov 2026 04:47:08 +0100
From: Mein ELSTER <noreply@elster.de>
To: privacy@shop.example.be
Subject: Mein ELSTER - Benachrichtigung: Neue Nachricht im Postfach
Message-ID: <8a4c2e1f0b7d.20261119044708@elster.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated

Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Postfach in Mein ELSTER ist eine neue Nachricht eingegangen.

Benutzerkonto: Shop Example BV (Organisationszertifikat)
Art der Nachricht: Bescheid =C3=BCber die Festsetzung der Umsatzsteuer-Vora=
uszahlung
Eingang: 19.11.2026

Bitte melden Sie sich unter https://www.elster.de an, um die Nachricht abzu=
rufen.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf dies=
e E-Mail.

Ihr ELSTER-Team
"""),
    ('de', 'dhl-sendung-zugestellt', 'automated', (),
     """Return-Path: <bounce@mailing.dhl.de>
Received: from mout.dhl.de (mout.dhl.de [165.72.200.129])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QpV8s3nKcz9sWq
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 10:53:30 +0100 (CET)
Date: Tue, 17 Nov 2026 10:53:26 +0100
From: DHL Paket <noreply@dhl.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Ihre_DHL_Sendung_wurde_zugestellt_=E2=80=93_00340434161234567890?=
Message-ID: <nf.20261117105326.00340434161234567890.7731@dhl.de>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_alt_dhl_5c1f0e8a2b"

--=_alt_dhl_5c1f0e8a2b
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ihre Sendung wurde zugestellt

Guten Tag,

Ihre DHL Sendung mit der Sendungsnummer 00340434161234567890 wurde am 17.11=
.2026 um 10:52 Uhr zugestellt.

Zugestellt an: Empf=C3=A4nger
Absender: Gartenbedarf Hoffmann GmbH

Sendungsverlauf ansehen: https://www.dhl.de/de/privatkunden/pakete-empfange=
n/verfolgen.html?piececode=3D00340434161234567890

Diese E-Mail wurde automatisch erstellt. Antworten auf diese E-Mail k=C3=B6=
nnen nicht bearbeitet werden.

Deutsche Post AG, Charles-de-Gaulle-Str. 20, 53113 Bonn

--=_alt_dhl_5c1f0e8a2b
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkRlbGl2ZXJ5LFZlcmRhbmEsc2Fucy1zZXJp
ZiI+PGRpdiBzdHlsZT0iYmFja2dyb3VuZDojZmZjYzAwO3BhZGRpbmc6MTZweCI+PGltZyBzcmM9
Imh0dHBzOi8vd3d3LmRobC5kZS9jb250ZW50L2RhbS9pbWFnZXMvbG9nby5wbmciIGFsdD0iREhM
Ij48L2Rpdj48cD5JaHJlIFNlbmR1bmcgd3VyZGUgenVnZXN0ZWxsdDwvcD48cD5HdXRlbiBUYWcs
PC9wPjxwPklocmUgREhMIFNlbmR1bmcgbWl0IGRlciBTZW5kdW5nc251bW1lciAwMDM0MDQzNDE2
MTIzNDU2Nzg5MCB3dXJkZSBhbSAxNy4xMS4yMDI2IHVtIDEwOjUyIFVociB6dWdlc3RlbGx0Ljwv
cD48cD5adWdlc3RlbGx0IGFuOiBFbXBmw6RuZ2VyPGJyPkFic2VuZGVyOiBHYXJ0ZW5iZWRhcmYg
SG9mZm1hbm4gR21iSDwvcD48cD5TZW5kdW5nc3ZlcmxhdWYgYW5zZWhlbjogaHR0cHM6Ly93d3cu
ZGhsLmRlL2RlL3ByaXZhdGt1bmRlbi9wYWtldGUtZW1wZmFuZ2VuL3ZlcmZvbGdlbi5odG1sP3Bp
ZWNlY29kZT0wMDM0MDQzNDE2MTIzNDU2Nzg5MDwvcD48cD5EaWVzZSBFLU1haWwgd3VyZGUgYXV0
b21hdGlzY2ggZXJzdGVsbHQuIEFudHdvcnRlbiBhdWYgZGllc2UgRS1NYWlsIGvDtm5uZW4gbmlj
aHQgYmVhcmJlaXRldCB3ZXJkZW4uPC9wPjxwPkRldXRzY2hlIFBvc3QgQUcsIENoYXJsZXMtZGUt
R2F1bGxlLVN0ci4gMjAsIDUzMTEzIEJvbm48YnI+PC9wPjwvYm9keT48L2h0bWw+Cg==
--=_alt_dhl_5c1f0e8a2b--
"""),
    ('de', 'zoom-webinar-erinnerung', 'automated', (),
     """Return-Path: <bounces+1102738-3c1e-privacy=shop.example.be@zoom.us>
Received: from o2.email.zoom.us (o2.email.zoom.us [149.72.123.24])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QrH7d0bXwz9sXb
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 13:00:18 +0100 (CET)
Date: Tue, 24 Nov 2026 12:00:14 +0000
From: Zoom <no-reply@zoom.us>
Reply-To: events@bvdw-akademie.example
To: privacy@shop.example.be
Subject: =?UTF-8?B?RXJpbm5lcnVuZzog4oCeRGF0ZW5zY2h1dHogaW0gT25saW5laGFuZGVsIDIwMjfigJwgYmVnaW5udCBpbiAxIFN0dW5kZQ==?=
Message-ID: <zoom.webinar.reminder.88213377410.1763985614@zoom.us>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_771203_1902833.1763985614"

------=_Part_771203_1902833.1763985614
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hallo Datenschutz-Team,

Dies ist eine Erinnerung, dass =E2=80=9EDatenschutz im Onlinehandel 2027=E2=
=80=9C um 14:00 Uhr Amsterdam, Berlin, Rom, Stockholm, Wien beginnen wird.

Datum und Uhrzeit: 24.11.2026 14:00 Amsterdam, Berlin, Rom, Stockholm, Wien

Klicken Sie von einem PC, Mac, iPad, iPhone oder Android-Ger=C3=A4t auf die=
sen Link, um beizutreten:
https://us06web.zoom.us/w/88213377410?tk=3DQw8sT2pL

Passcode: 704512

Wenn Sie die Registrierung stornieren m=C3=B6chten, k=C3=B6nnen Sie dies je=
derzeit tun.

Sie k=C3=B6nnen dem Webinar auch telefonisch beitreten:
Deutschland: +49 69 3807 9883
Webinar-ID: 882 1337 7410

------=_Part_771203_1902833.1763985614
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Lato,Helvetica,Arial,sans-serif;font-size:=
14px">
<p>Hallo Datenschutz-Team,</p>
<p>Dies ist eine Erinnerung, dass <b>=E2=80=9EDatenschutz im Onlinehandel 2=
027=E2=80=9C</b> um 14:00 Uhr Amsterdam, Berlin, Rom, Stockholm, Wien begin=
nen wird.</p>
<p><a href=3D"https://us06web.zoom.us/w/88213377410?tk=3DQw8sT2pL" style=3D=
"background:#0e72ed;color:#fff;padding:10px 16px;border-radius:8px;text-dec=
oration:none">Am Webinar teilnehmen</a></p>
<p>Passcode: 704512</p>
<p style=3D"font-size:12px;color:#747487">Copyright =C2=A92026 Zoom Communi=
cations, Inc. Alle Rechte vorbehalten.</p>
</body></html>

------=_Part_771203_1902833.1763985614--
"""),
    ('de', 'cookie-consent-scan-report', 'automated', (),
     """Return-Path: <noreply@cookiebot.com>
Received: from mail.cookiebot.com (mail.cookiebot.com [20.86.10.214])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QkZ1x9gHfz9sWq
	for <privacy@shop.example.be>; Mon, 2 Nov 2026 06:14:40 +0100 (CET)
Date: Mon, 2 Nov 2026 05:14:36 +0000
From: Cookiebot by Usercentrics <noreply@cookiebot.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Cookie-Scan_abgeschlossen_f=C3=BCr_shop.example.be_=E2=80=93_3_nicht_klassifizierte_Cookies?=
Message-ID: <scan-report-6c9e2f1a-20261102@cookiebot.com>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Precedence: bulk
Auto-Submitted: auto-generated

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#141=
414">
<h1 style=3D"font-size:20px">Ihr monatlicher Scan-Bericht</h1>
<p>Der Scan Ihrer Domain <b>shop.example.be</b> vom 01.11.2026 ist abgeschl=
ossen.</p>
<table cellpadding=3D"4">
<tr><td>Gescannte Seiten:</td><td>1.482</td></tr>
<tr><td>Gefundene Cookies:</td><td>47</td></tr>
<tr><td>Davon nicht klassifiziert:</td><td><b>3</b></td></tr>
<tr><td>Neue Tracker seit letztem Scan:</td><td>1 (_ttp, tiktok.com)</td></=
tr>
</table>
<p>Bitte klassifizieren Sie die nicht klassifizierten Cookies im Admin-Bere=
ich, damit Ihr Cookie-Banner und Ihre Cookie-Erkl=C3=A4rung vollst=C3=A4ndi=
g sind.</p>
<p><a href=3D"https://admin.cookiebot.com/domains/scan-report">Zum Scan-Ber=
icht</a></p>
<p style=3D"font-size:11px;color:#666">Diese E-Mail wurde automatisch verse=
ndet. Sie erhalten sie, weil Sie als Kontakt f=C3=BCr Scan-Berichte eingetr=
agen sind.<br>Usercentrics A/S, Havnegade 39, 1058 Kopenhagen, D=C3=A4nemar=
k</p>
</body></html>
"""),
    ('es', 'brother-scan-to-email', 'automated', (),
     """Return-Path: <escaner@viverosgarcia.example.es>
Received: from BRN3C2AF41D88E1 (82.159.44.120.static.user.ono.com [82.159.44.120])
	by mail.shop.example.be (Postfix) with ESMTP id 4QmC9w2kNbz9sXd
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 12:18:25 +0100 (CET)
Date: Mon, 16 Nov 2026 12:18:21 +0100
From: BRN3C2AF41D88E1 <escaner@viverosgarcia.example.es>
To: privacy@shop.example.be
Subject: Escaneado desde MFC-L2750DW series
Message-ID: <000101d9f2a3$5c8e1f40$0a00a8c0@BRN3C2AF41D88E1>
X-Mailer: Brother MFC-L2750DW series
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="BROTHER_SCAN_0A1B2C3D"

--BROTHER_SCAN_0A1B2C3D
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Escaneado desde MFC-L2750DW series
Fecha: 16/11/2026 12:18
P=E1ginas: 2

--BROTHER_SCAN_0A1B2C3D
Content-Type: application/pdf; name="BRN3C2AF41D88E1_001234.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="BRN3C2AF41D88E1_001234.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAx
ODAgL0ZpbHRlciAvRENURGVjb2RlID4+CnN0cmVhbQodjgL0mZi4gkChpFzic9iSbqcbLwNiciKB
bkiGKFeNuki1NyWF5rhApICD3AtnX80R24a+aWqscaVqOAFPDCNl5OddvlwIM4V6UgNsnHg3WmaZ
GAKphoPLpkUGcImeoNtyAOW0aVoLjFKe3mhP+Ki6WqMAX5rnCDmELELV21jIphayga6V0+gEMS0n
OPWpFURF3OjmC5rOmOYm+4439fktPrM6x7wK8iirFZiBQee+yDW7v/R228BUJ5MCLtyHORXw35Io
WqFjeGKiN2dqS5mBb5ByddeT2qQyhaO4ZWeYpMAGBjn7A7k591hTH+vsqKVOcOtq7qP4V4eco/7V
SXQklx+3F3rhpo+9nLuKvIpkJbp+JpWuC1C2xWWJgkIZsmJejkSXHyCHRYJIDc4Kc/3cXOuLiXi8
4lhJRjL8LskoCvC/ls+MJxl312GFw7c4cduw3qSZKYc01LXsUPF2/8+5KkFZ3c4h0tFq/+gv2zu6
zXUorY/xnxQZmw28Map74xUWSKN0C9wHyUEbsEd/lZZ1SoNKSqST5Pwdx5d04+XfP7iH25/L66d9
sGyNNkKDHdpXq+FhcCfidYXdJhrws4zGyZKZe5e0pG1TpMqDCmVuZHN0cmVhbQplbmRvYmoKdHJh
aWxlcgo8PCAvUm9vdCAxIDAgUiA+PgolJUVPRgo=
--BROTHER_SCAN_0A1B2C3D--
"""),
    ('es', 'dehu-aviso-notificacion', 'automated', (),
     """Return-Path: <no-reply@correo.gob.es>
Received: from smtp-salida.redsara.es (smtp-salida.redsara.es [212.128.127.20])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QnT5z8hQcz9sWq
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 23:05:58 +0100 (CET)
Date: Mon, 16 Nov 2026 23:05:51 +0100
From: =?ISO-8859-1?Q?Direcci=F3n_Electr=F3nica_Habilitada_=FAnica?= <no-reply@correo.gob.es>
To: privacy@shop.example.be
Subject: =?ISO-8859-1?Q?Aviso_de_puesta_a_disposici=F3n_de_una_notificaci=F3n?=
Message-ID: <DEHU.AVISO.N0001179823.20261116230551@correo.gob.es>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Estimado/a Sr./Sra.:

Le informamos de que tiene a su disposici=F3n una notificaci=F3n en la Dire=
cci=F3n Electr=F3nica Habilitada =FAnica (DEH=FA).

Titular: SHOP EXAMPLE BV - N0001179J
Emisor: Agencia Estatal de Administraci=F3n Tributaria
Concepto: Requerimiento de informaci=F3n - Impuesto sobre el Valor A=F1adido

Puede acceder a la notificaci=F3n en https://dehu.redsara.es con su certifi=
cado electr=F3nico o Cl@ve.

Le recordamos que, de acuerdo con el art=EDculo 43 de la Ley 39/2015, la no=
tificaci=F3n se entender=E1 rechazada cuando hayan transcurrido diez d=EDas=
 naturales desde su puesta a disposici=F3n sin que se acceda a su contenido.

Este mensaje ha sido generado de forma autom=E1tica. Por favor, no responda=
 a este correo.
"""),
    ('es', 'facebook-notificaciones', 'automated', (),
     """Return-Path: <notification+zj4ohx8k3q2c@facebookmail.com>
Received: from mx-out.facebook.com (66-220-155-171.mail-mail.facebook.com [66.220.155.171])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QpF2m0sDvz9sXb
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 21:43:24 +0100 (CET)
Date: Tue, 17 Nov 2026 12:43:20 -0800
From: Facebook <notification@facebookmail.com>
To: Shop Example - Casa y =?UTF-8?Q?Jard=C3=ADn?= <privacy@shop.example.be>
Subject: =?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez_y_otras_personas_reaccionaron_a_tu_publicaci=C3=B3n?=
Message-ID: <b5d1a0c9e77f2c4e81a6e2f5d3c1b0a9@async.facebook.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_9f3c2a1e8d7b6c5a4f3e2d1c0b9a8f7e"
X-Facebook: from 2401:db00:1210:b1a4:face:0:93:0 ([MTI3LjAuMC4x])
X-Facebook-Notify: page_post_reaction; mailid=5e8c1a2b3d4f
X-FACEBOOK-PRIORITY: 0
List-Unsubscribe: <https://www.facebook.com/o.php?k=AS2vK8&u=100092334512&mid=5e8c1a2b3d4f>
Precedence: bulk

--b1_9f3c2a1e8d7b6c5a4f3e2d1c0b9a8f7e
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Shop Example - Casa y Jard=C3=ADn

Tienes 3 notificaciones nuevas

Luc=C3=ADa Fern=C3=A1ndez y 14 personas m=C3=A1s reaccionaron a tu publicac=
i=C3=B3n: "Novedades de oto=C3=B1o: macetas de cer=C3=A1mica hechas a mano.=
.."
Pablo Ortiz coment=C3=B3 tu publicaci=C3=B3n: "=C2=BFHac=C3=A9is env=C3=ADo=
s a Canarias?"
Tienes 1 mensaje nuevo sin leer en Messenger.

Ver notificaciones: https://www.facebook.com/n/?notifications&aref=3D176341=
2200&medium=3Demail

Este mensaje se envi=C3=B3 a privacy@shop.example.be. Si no quieres recibir=
 estos correos electr=C3=B3nicos de Meta en el futuro, date de baja.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland

--b1_9f3c2a1e8d7b6c5a4f3e2d1c0b9a8f7e
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Helvetica Neue,Helvetica,Lucida Grande,tah=
oma,verdana,arial,sans-serif"><p>Shop Example - Casa y Jard=C3=ADn</p><p>Ti=
enes 3 notificaciones nuevas</p><p>Luc=C3=ADa Fern=C3=A1ndez y 14 personas =
m=C3=A1s reaccionaron a tu publicaci=C3=B3n: "Novedades de oto=C3=B1o: mace=
tas de cer=C3=A1mica hechas a mano..."<br>Pablo Ortiz coment=C3=B3 tu publi=
caci=C3=B3n: "=C2=BFHac=C3=A9is env=C3=ADos a Canarias?"<br>Tienes 1 mensaj=
e nuevo sin leer en Messenger.</p><p>Ver notificaciones: https://www.facebo=
ok.com/n/?notifications&aref=3D1763412200&medium=3Demail</p><p>Este mensaje=
 se envi=C3=B3 a privacy@shop.example.be. Si no quieres recibir estos corre=
os electr=C3=B3nicos de Meta en el futuro, date de baja.<br>Meta Platforms =
Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland<br></p></body></htm=
l>

--b1_9f3c2a1e8d7b6c5a4f3e2d1c0b9a8f7e--
"""),
    ('es', 'google-alerta-seguridad', 'automated', (),
     """Return-Path: <3xK0bZggTB7AabcZ-Vb8ZaWlk-abZaYl8VddVaT.RdbWZRXjWPbPRR.ZT@accounts.google.com>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
	by mail.shop.example.be (Postfix) with SMTPS id 4QqK0r3tWgz9sWq
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 09:27:14 +0100 (CET)
Date: Thu, 19 Nov 2026 08:27:12 GMT
From: Google <no-reply@accounts.google.com>
To: privacy@shop.example.be
Subject: Alerta de seguridad
Message-ID: <q4Yx7dTb2GjK1cN0mP8rVw@notifications.google.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000d41a2c0620a7f3b1"
X-Notifications: 7c1f9a2e3b4d0000
X-Notifications-Bounce-Info: AXyZ0qW3kJcV1nM8pL2rT5sB9dF4gH6jK0lN3mQ7vX1zC4bE8aR2yU5iO9tP0wS6

--000000000000d41a2c0620a7f3b1
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

W2ltYWdlOiBHb29nbGVdCk51ZXZvIGluaWNpbyBkZSBzZXNpw7NuIGVuIFdpbmRvd3MKCnByaXZh
Y3lAc2hvcC5leGFtcGxlLmJlCkhlbW9zIGRldGVjdGFkbyB1biBudWV2byBpbmljaW8gZGUgc2Vz
acOzbiBlbiB0dSBjdWVudGEgZGUgR29vZ2xlIGRlc2RlIHVuCmRpc3Bvc2l0aXZvIFdpbmRvd3Mu
IFNpIGhhcyBzaWRvIHTDuiwgbm8gdGllbmVzIHF1ZSBoYWNlciBuYWRhLiBTaSBubyBoYXMKc2lk
byB0w7osIHRlIGF5dWRhcmVtb3MgYSBwcm90ZWdlciB0dSBjdWVudGEuClJldmlzYXIgYWN0aXZp
ZGFkCjxodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20vQWNjb3VudENob29zZXI/RW1haWw9cHJp
dmFjeUBzaG9wLmV4YW1wbGUuYmUmY29udGludWU9aHR0cHM6Ly9teWFjY291bnQuZ29vZ2xlLmNv
bS9hbGVydC9udC8xNzYzNTQwODMyMDAwPgpUYW1iacOpbiBwdWVkZXMgdmVyIGxhIGFjdGl2aWRh
ZCByZWxhY2lvbmFkYSBjb24gbGEgc2VndXJpZGFkIGVuCmh0dHBzOi8vbXlhY2NvdW50Lmdvb2ds
ZS5jb20vbm90aWZpY2F0aW9ucwpUZSBoZW1vcyBlbnZpYWRvIGVzdGUgY29ycmVvIGVsZWN0csOz
bmljbyBwYXJhIGluZm9ybWFydGUgZGUgY2FtYmlvcwppbXBvcnRhbnRlcyBlbiB0dSBjdWVudGEg
eSBlbiBsb3Mgc2VydmljaW9zIGRlIEdvb2dsZS4KwqkgMjAyNiBHb29nbGUgSXJlbGFuZCBMdGQu
LCBHb3Jkb24gSG91c2UsIEJhcnJvdyBTdHJlZXQsIER1YmxpbiA0LCBJcmVsYW5kCg==
--000000000000d41a2c0620a7f3b1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html lang=3D"es"><head><meta name=3D"format-detection" cont=
ent=3D"email=3Dno"></head><body style=3D"margin:0;padding:0" bgcolor=3D"#FF=
FFFF"><table width=3D"100%" role=3D"presentation"><tr><td align=3D"center">=
<div style=3D"border-style:solid;border-width:thin;border-color:#dadce0;bor=
der-radius:8px;padding:40px 20px" align=3D"center"><img src=3D"https://www.=
gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" wid=
th=3D"74" height=3D"24" alt=3D"Google"><div style=3D"font-family:'Google Sa=
ns',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;font-size:24px;padding-to=
p:16px">Nuevo inicio de sesi=C3=B3n en Windows</div><div style=3D"font-size=
:14px">privacy@shop.example.be</div><div style=3D"font-family:Roboto-Regula=
r,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-hei=
ght:20px;padding-top:20px;text-align:left">Hemos detectado un nuevo inicio =
de sesi=C3=B3n en tu cuenta de Google desde un dispositivo Windows. Si has =
sido t=C3=BA, no tienes que hacer nada. Si no has sido t=C3=BA, te ayudarem=
os a proteger tu cuenta.<div style=3D"padding-top:32px;text-align:center"><=
a href=3D"https://accounts.google.com/AccountChooser?Email=3Dprivacy@shop.e=
xample.be&amp;continue=3Dhttps://myaccount.google.com/alert/nt/176354083200=
0" style=3D"background-color:#4184f3;border-radius:5px;color:#ffffff;displa=
y:inline-block;font-size:14px;padding:10px 24px;text-decoration:none">Revis=
ar actividad</a></div></div></div><div style=3D"font-size:11px;color:rgba(0=
,0,0,0.54);padding-top:12px">Te hemos enviado este correo electr=C3=B3nico =
para informarte de cambios importantes en tu cuenta y en los servicios de G=
oogle.<br>=C2=A9 2026 Google Ireland Ltd., Gordon House, Barrow Street, Dub=
lin 4, Ireland</div></td></tr></table></body></html>

--000000000000d41a2c0620a7f3b1--
"""),
    ('es', 'gls-envio-en-reparto', 'automated', (),
     """Return-Path: <noreply@gls-spain.es>
Received: from smtp2.gls-spain.es (smtp2.gls-spain.es [213.0.87.149])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QrM3f6kBxz9sXd
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 08:02:51 +0100 (CET)
Date: Fri, 20 Nov 2026 08:02:47 +0100
From: GLS Spain <noreply@gls-spain.es>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Tu_env=C3=ADo_GLS_61340098271543_est=C3=A1_en_reparto?=
Message-ID: <GLS.ES.61340098271543.20261120080247@gls-spain.es>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,Helvetica,sans-serif;font-size:14px;=
color:#061ab1">
<p><img src=3D"https://gls-group.com/logos/gls-logo.png" alt=3D"GLS" width=
=3D"90"></p>
<p>Hola,</p>
<p>Tu env=C3=ADo de <b>CER=C3=81MICAS LA ALHAMBRA S.L.</b> est=C3=A1 hoy en=
 reparto.</p>
<p>N=C3=BAmero de env=C3=ADo: <b>61340098271543</b><br>
Franja horaria estimada: 10:00 - 14:00<br>
Direcci=C3=B3n de entrega: Rue du Commerce 12, 1300 Wavre (BE)</p>
<p><a href=3D"https://mygls.gls-spain.es/e/61340098271543">Sigue tu env=C3=
=ADo</a></p>
<p style=3D"font-size:11px;color:#666">Este correo se ha generado autom=C3=
=A1ticamente, por favor no respondas a esta direcci=C3=B3n.<br>
General Logistics Systems Spain, S.L.U. - Pol=C3=ADtica de privacidad: http=
s://gls-group.com/ES/es/politica-privacidad</p>
</body></html>
"""),
    ('it', 'konica-minolta-scan-to-email', 'automated', (),
     """Return-Path: <scansioni@giardinibelli.example.it>
Received: from KM_C300i (host-95-230-17-4.business.telecomitalia.it [95.230.17.4])
	by mail.shop.example.be (Postfix) with ESMTP id 4QkX2h5rTdz9sWq
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 09:12:44 +0100 (CET)
Date: Fri, 13 Nov 2026 09:12:40 +0100
From: scansioni@giardinibelli.example.it
To: privacy@shop.example.be
Subject: Messaggio da "KM_C300i"
Message-ID: <20261113091240.14F2.KM_C300i@giardinibelli.example.it>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="KONICA_MINOLTA_Internet_Fax_Boundary"

This is a multi-part message in MIME format.

--KONICA_MINOLTA_Internet_Fax_Boundary
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: 7bit

Testo da "KM_C300i"

--KONICA_MINOLTA_Internet_Fax_Boundary
Content-Type: application/pdf; name="SKM_C300i26111309120.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="SKM_C300i26111309120.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAx
ODAgL0ZpbHRlciAvRENURGVjb2RlID4+CnN0cmVhbQqEQsx5rmm0aK5aNsNzyzR22Z8tnD5uVSnE
157eZc2tFTfaBjxPuxL5gqi2BMduTDG7XmsEBPO1HOe/3WWvILLvX1HjQF0S94BakUKo2AJqWeiR
7jk8CqVBUkVP601rxGRPbwKYm5sEKSHjZnPNzulIamLQdmpfyInYU84JEOWBka4XgZp/wz/Z1Y71
usq0NxnwG78VDhzy62I1kGEnWN4tT55Mc62tI1EBFhVy9kummkRvDVP7rAGZ7KdWNzAcyEzd2U9i
6eluf85fRMu1fZm86JbRh0snYIpsktKv+qXFbUGamkJaUYIPkBxTZRXFVWtY3W2oFLdsFNdC5mNr
wLl6hu9piH3k4FYgQ5zzjc1IVGegJ8I489q53FDJYRo/ibecQcB24ef/x6IqD1ZS7E6S1pwg02XW
4vWoMRtuTpF31PULM1frd6GNnQB+SgkNKUEeO+alWF/J1Ss+ZfLtP/QADeAlOY58yIyMGGr38kNn
Nm5scvfEbWifZyB1Fni5I4AQqkPsF6uLI0O+RP2Z/s8PVAAej++qMa+fVLxPffGSNxV0r5ZD+RKJ
JtXhc/J5v1TVKkOaCpvl1FGhPc/rr2zFcoy9EsEYgH14p1RjNLgfj3hjMA2heWe8H32gljzjgaqy
QDNjx/i+/jYk8aobHROzP2OKjwplbmRzdHJlYW0KZW5kb2JqCnRyYWlsZXIKPDwgL1Jvb3QgMSAw
IFIgPj4KJSVFT0YK
--KONICA_MINOLTA_Internet_Fax_Boundary--
"""),
    ('it', 'pec-sdi-fatturapa', 'automated', (),
     """Return-Path: <posta-certificata@pec.aruba.it>
Received: from smtpdh02.ad.aruba.it (smtpdh02.ad.aruba.it [62.149.155.162])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QrQ1n8cFhz9sWq
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 10:41:29 +0100 (CET)
Date: Fri, 20 Nov 2026 10:41:22 +0100
From: "Per conto di: sdi27@pec.fatturapa.it" <posta-certificata@pec.aruba.it>
Reply-To: sdi27@pec.fatturapa.it
To: privacy@shop.example.be
Subject: POSTA CERTIFICATA: Invio File 21773409812
Message-ID: <opec21025.20261120104122.118734.804.1.53@pec.aruba.it>
X-Riferimento-Message-ID: <SDI.21773409812.20261120104120@sdi.fatturapa.it>
X-Trasporto: posta-certificata
X-TipoRicevuta: completa
MIME-Version: 1.0
Content-Type: multipart/signed; protocol="application/x-pkcs7-signature"; micalg="sha-256"; boundary="----4E8A1F05B2C74D9E93A1C0F2B6D8E457"

This is an S/MIME signed message

------4E8A1F05B2C74D9E93A1C0F2B6D8E457
Content-Type: multipart/mixed; boundary="----=_Part_PEC_118734_804"

------=_Part_PEC_118734_804
Content-Type: multipart/alternative; boundary="----=_Part_PEC_ALT_118734"

------=_Part_PEC_ALT_118734
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Messaggio di posta certificata

Il giorno 20/11/2026 alle ore 10:41:22 (+0100) il messaggio
"Invio File 21773409812" =E8 stato inviato da "sdi27@pec.fatturapa.it"
indirizzato a:
privacy@shop.example.be
Il messaggio originale =E8 incluso in allegato.
Identificativo messaggio: opec21025.20261120104122.118734.804.1.53@pec.arub=
a.it

------=_Part_PEC_ALT_118734
Content-Type: text/html; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

<html><body><h3>Messaggio di posta certificata</h3>
<p>Il giorno 20/11/2026 alle ore 10:41:22 (+0100) il messaggio<br>
"Invio File 21773409812" =E8 stato inviato da "sdi27@pec.fatturapa.it"<br>
indirizzato a:<br>privacy@shop.example.be<br>
Il messaggio originale =E8 incluso in allegato.<br>
Identificativo messaggio: opec21025.20261120104122.118734.804.1.53@pec.arub=
a.it</p></body></html>

------=_Part_PEC_ALT_118734--

------=_Part_PEC_118734_804
Content-Type: application/xml; name="daticert.xml"
Content-Transfer-Encoding: base64
Content-Disposition: inline; filename="daticert.xml"

PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPHBvc3RhY2VydCB0aXBvPSJw
b3N0YS1jZXJ0aWZpY2F0YSIgZXJyb3JlPSJuZXNzdW5vIj4KPGludGVzdGF6aW9uZT4KPG1pdHRl
bnRlPnNkaTI3QHBlYy5mYXR0dXJhcGEuaXQ8L21pdHRlbnRlPgo8ZGVzdGluYXRhcmkgdGlwbz0i
ZXN0ZXJubyI+cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU8L2Rlc3RpbmF0YXJpPgo8cmlzcG9zdGU+
c2RpMjdAcGVjLmZhdHR1cmFwYS5pdDwvcmlzcG9zdGU+CjxvZ2dldHRvPkludmlvIEZpbGUgMjE3
NzM0MDk4MTI8L29nZ2V0dG8+CjwvaW50ZXN0YXppb25lPgo8ZGF0aT4KPGdlc3RvcmUtZW1pdHRl
bnRlPkFSVUJBIFBFQyBTLnAuQS48L2dlc3RvcmUtZW1pdHRlbnRlPgo8ZGF0YSB6b25hPSIrMDEw
MCI+CjxnaW9ybm8+MjAvMTEvMjAyNjwvZ2lvcm5vPgo8b3JhPjEwOjQxOjIyPC9vcmE+CjwvZGF0
YT4KPGlkZW50aWZpY2F0aXZvPm9wZWMyMTAyNS4yMDI2MTEyMDEwNDEyMi4xMTg3MzQuODA0LjEu
NTNAcGVjLmFydWJhLml0PC9pZGVudGlmaWNhdGl2bz4KPG1zZ2lkPiZsdDtTREkuMjE3NzM0MDk4
MTIuMjAyNjExMjAxMDQxMjBAc2RpLmZhdHR1cmFwYS5pdCZndDs8L21zZ2lkPgo8L2RhdGk+Cjwv
cG9zdGFjZXJ0Pgo=
------=_Part_PEC_118734_804
Content-Type: message/rfc822; name="postacert.eml"
Content-Disposition: attachment; filename="postacert.eml"

Date: Fri, 20 Nov 2026 10:41:20 +0100
From: sdi27@pec.fatturapa.it
To: privacy@shop.example.be
Subject: Invio File 21773409812
Message-ID: <SDI.21773409812.20261120104120@sdi.fatturapa.it>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="SDI_INNER_21773409812"

--SDI_INNER_21773409812
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Il Sistema di Interscambio trasmette in allegato il file IT01234567890_0a1B2.xml.p7m
identificato con IdentificativoSdI 21773409812, unitamente al file dei metadati.

Messaggio generato automaticamente dal Sistema di Interscambio. Non rispondere.

--SDI_INNER_21773409812
Content-Type: application/octet-stream; name="IT01234567890_0a1B2_MT_001.xml"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="IT01234567890_0a1B2_MT_001.xml"

PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz48bnMyOkZpbGVNZXRhZGF0aSB4
bWxuczpuczI9Imh0dHA6Ly9pdmFzZXJ2aXppLmFnZW56aWFlbnRyYXRlLmdvdi5pdC9kb2NzL3hz
ZC9mYXR0dXJlL3YxLjAiIHZlcnNpb25lPSIxLjAiPjxJZGVudGlmaWNhdGl2b1NkST4yMTc3MzQw
OTgxMjwvSWRlbnRpZmljYXRpdm9TZEk+PE5vbWVGaWxlPklUMDEyMzQ1Njc4OTBfMGExQjIueG1s
LnA3bTwvTm9tZUZpbGU+PENvZGljZURlc3RpbmF0YXJpbz4wMDAwMDAwPC9Db2RpY2VEZXN0aW5h
dGFyaW8+PEZvcm1hdG8+RlBSMTI8L0Zvcm1hdG8+PFRlbnRhdGl2aUludmlvPjE8L1RlbnRhdGl2
aUludmlvPjwvbnMyOkZpbGVNZXRhZGF0aT4=
--SDI_INNER_21773409812--

------=_Part_PEC_118734_804--

------4E8A1F05B2C74D9E93A1C0F2B6D8E457
Content-Type: application/x-pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"

MIILTwYJKoZIhvcNAQcCpvLpDfQYC5LI/ctcr6GRTUuLHNH0huFeM72AlkcnhOkI+mE3oDYf0Oag
5ZQsx/SVIFHnE0mLYzbONnoLM6+cVqcp0WzLrAXWpY/CDW4BSvO0/sevomjHRMGRdml2fpQKX4VI
UxzasxoMXas6XPiI2h8J36UCFlgTtRX5biN5+fB4qmfHYGfzE5S3U+gc9CIAMY/eovus9T6mYuM1
pyJ7Hc7qyJO6MsC3Qx5Nypbzz5IPSmp4pd6XNjK4hRt3F4Dg6vqBMKHqv3fTqMOJOv4ma5rK3lGB
qbcNrR3NeU/Uwp60yDx2k7HsTMeZMt0H6MdBttLUi9UMa9AIhkWWoRFWhk2PgZkCFMFoV2F7sGVm
4jy3cObtAJgD5E8rCwnaktlMGVp1OkLMoO/y7hy+BLcujfI2hvjlaURKoTYj8ZKyZ4mVkSVtEHzp
1WgnuBUj2jVDXiSDYTo0dynR0vNPm/VuQjwzZjR4sXlb/wcavLfXZPfmZu9h7F2Jq0VLOI4=
------4E8A1F05B2C74D9E93A1C0F2B6D8E457--
"""),
    ('it', 'google-business-recensione', 'automated', (),
     """Return-Path: <3Jp0cZhUKBdwbbvo-rcsfp-lxl2jt2k3qp-vjfmkxmrvtsml.ulzexgq@scoutcamp.bounces.google.com>
Received: from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])
	by mail.shop.example.be (Postfix) with SMTPS id 4QqZ6b1nRmz9sXb
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 16:33:08 +0100 (CET)
Date: Thu, 19 Nov 2026 07:33:05 -0800
From: Google Business Profile <businessprofile-noreply@google.com>
To: privacy@shop.example.be
Subject: Hai ricevuto una nuova recensione per Shop Example - Casa e Giardino
Message-ID: <00000000000071c3e50620b1a2f7@google.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="00000000000071c3d60620b1a2f4"
Feedback-ID: P-10-0:C20101234:M110163384-it:gamma
List-Unsubscribe: <https://business.google.com/settings/notifications?hl=it>

--00000000000071c3d60620b1a2f4
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: quoted-printable

Hai ricevuto una nuova recensione

Shop Example - Casa e Giardino
Marco R. ha lasciato una recensione da 2 stelle

"Consegna arrivata con 10 giorni di ritardo e nessuno rispondeva al telefon=
o. Prodotto comunque buono."

Rispondi alla recensione: https://business.google.com/reviews/l/09182736455=
647382910

Rispondere alle recensioni mostra che apprezzi i tuoi clienti.

Hai ricevuto questa email perch=C3=A9 sei un gestore di Shop Example - Casa=
 e Giardino su Google. Gestisci le preferenze email: https://business.googl=
e.com/settings/notifications
Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA

--00000000000071c3d60620b1a2f4
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Roboto,Arial,sans-serif"><p>Hai ricevuto u=
na nuova recensione</p><p>Shop Example - Casa e Giardino<br>Marco R. ha las=
ciato una recensione da 2 stelle</p><p>"Consegna arrivata con 10 giorni di =
ritardo e nessuno rispondeva al telefono. Prodotto comunque buono."</p><p>R=
ispondi alla recensione: https://business.google.com/reviews/l/091827364556=
47382910</p><p>Rispondere alle recensioni mostra che apprezzi i tuoi client=
i.</p><p>Hai ricevuto questa email perch=C3=A9 sei un gestore di Shop Examp=
le - Casa e Giardino su Google. Gestisci le preferenze email: https://busin=
ess.google.com/settings/notifications<br>Google LLC 1600 Amphitheatre Parkw=
ay, Mountain View, CA 94043 USA<br></p></body></html>

--00000000000071c3d60620b1a2f4--
"""),
    ('it', 'zabbix-disco-pieno', 'automated', (),
     """Return-Path: <zabbix@monitor.shop.example.be>
Received: from monitor.shop.example.be (monitor.lan.shop.example.be [10.20.0.30])
	by mail.shop.example.be (Postfix) with ESMTP id 4QpA0y7cGtz9sWq
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 03:14:09 +0100 (CET)
Date: Tue, 17 Nov 2026 03:14:07 +0100
From: Zabbix <zabbix@monitor.shop.example.be>
To: privacy@shop.example.be
Subject: Problema: /var: Spazio su disco in esaurimento (utilizzato > 95%)
Message-ID: <20261117021407.884213.zabbix@monitor.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

UHJvYmxlbWEgaW5pemlhdG8gYWxsZSAwMzoxNDowNyBpbCAyMDI2LjExLjE3Ck5vbWUgZGVsIHBy
b2JsZW1hOiAvdmFyOiBTcGF6aW8gc3UgZGlzY28gaW4gZXNhdXJpbWVudG8gKHV0aWxpenphdG8g
PiA5NSUpCkhvc3Q6IG1haWwtYXJjaGl2ZS0wMSAoYXJjaGl2aW8gY2FzZWxsZSBwcml2YWN5IGUg
c2Vydml6aW8gY2xpZW50aSkKR3Jhdml0w6A6IEFsdGEKRGF0aSBvcGVyYXRpdmk6IFNwYXppbyB1
dGlsaXp6YXRvOiA5Ni44ICUgKFRvdGFsZTogNTAwIEdCLCBsaWJlcm86IDE2IEdCKQpJRCBwcm9i
bGVtYSBvcmlnaW5hbGU6IDg4NDIxMwo=
"""),
    ('it', 'amazon-seller-reclamo-a-z', 'automated', (),
     """Return-Path: <20261118093512f4a1e2c3b4d5e6f7@bounces.amazon.it>
Received: from a8-35.smtp-out.amazonses.com (a8-35.smtp-out.amazonses.com [54.240.8.35])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QqE4w9fLnz9sXd
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 10:35:16 +0100 (CET)
Date: Wed, 18 Nov 2026 09:35:12 +0000
From: "Amazon Seller Central" <donotreply@amazon.com>
To: privacy@shop.example.be
Subject: Reclamo dalla Garanzia dalla A alla Z per l'ordine 405-8812734-1193952
Message-ID: <0100019a3fa1c2e4-8c7b6a5d-1e2f-4a3b-9c8d-7e6f5a4b3c2d-000000@email.amazonses.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-AMAZON-MAIL-RELAY-TYPE: notification
Bounces-to: 20261118093512f4a1e2c3b4d5e6f7@bounces.amazon.it
X-AMAZON-RTE-VERSION: 2.0

Gentile venditore,

un cliente ha presentato un reclamo dalla Garanzia dalla A alla Z per l'ord=
ine seguente:

Numero ordine: 405-8812734-1193952
Articolo: Set di 3 vasi in terracotta smaltata, 30 cm
Motivo del reclamo: Articolo non ricevuto
Importo del reclamo: EUR 64,90

Hai tempo fino al 21/11/2026 per rispondere tramite la pagina Gestione recl=
ami dalla A alla Z in Seller Central. Se non rispondi entro tale data, Amaz=
on potrebbe concedere il rimborso e addebitarne l'importo sul tuo account.

https://sellercentral.amazon.it/guarantee/a-to-z

Cordiali saluti,
Servizi per i venditori Amazon

Questa email =C3=A8 stata inviata da un indirizzo che non accetta messaggi =
in arrivo. Non rispondere a questa email.
"""),
    ('pt', 'fax-to-email', 'automated', (),
     """Return-Path: <fax2mail@fax.nos.pt>
Received: from fax-gw2.nos.pt (fax-gw2.nos.pt [213.13.145.88])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QqR7t3bHkz9sWq
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 15:22:51 +0100 (CET)
Date: Wed, 18 Nov 2026 14:22:47 +0000
From: NOS Fax2Mail <fax2mail@fax.nos.pt>
To: privacy@shop.example.be
Subject: =?ISO-8859-1?Q?Fax_recebido_de_213456789_(2_p=E1ginas)?=
Message-ID: <FAX.20261118142247.213456789.0042@fax.nos.pt>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="NOSFAX-20261118142247-0042"

--NOSFAX-20261118142247-0042
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Recebeu um novo fax.

N=FAmero de origem: 213456789
Identifica=E7=E3o (CSID): ARMAZEM CERAMICAS LX
N=FAmero de destino: +351 300 501 774
Data/hora: 18-11-2026 14:22
P=E1ginas: 2
Dura=E7=E3o: 00:00:51

O fax segue em anexo em formato PDF.

Esta mensagem foi gerada automaticamente pelo servi=E7o NOS Fax2Mail. Por f=
avor n=E3o responda.

--NOSFAX-20261118142247-0042
Content-Type: application/pdf; name="fax_213456789_20261118142247.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="fax_213456789_20261118142247.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAx
ODAgL0ZpbHRlciAvRENURGVjb2RlID4+CnN0cmVhbQpCSgpdMfRyEoB9WqdeXA44o4D5tIo6CK+E
eIHy8JC11gbGw/cCmgmF2A3GWKjxuJC3UaqK3+OkSB1H4upwdLjSx/468vQ+9QkTZURgMf5Xm4kh
R148Bvg5L+Y469QC6JQ73YOFARizOa6FajjTu4PIqaRe6dOsinN392t18xVZXPDQ2ym+YQrIUZCZ
my6dmTSzyxSQVVRuQc/WuuOfMaeut1kaQNCRPv/BhJL5D0s/fn6GyDCJNBG+c3GtXXdvb3isUyyb
Iz7f0So4CWd1a/rPWfHrkiXKRFrKyqsS4zSy4SsVqLUf1rgXS2aB/ys01bR83fiLImpYYG0YBnV6
/pTPoAUol6Rw/jLFL4aLc2oxdxtgprWTB6tQ9iFJhyYPXWq2WVDcSLPLoSF+fraUg6s6VRZSOe6h
+8Lw+x/TyheBCvdeN6VFry2oCY8hEHo3HQmK0ek7Bjk7uAWpPzlucrinyMABnmQffxy3eVbINd17
LElMZ/drTp9RrOgpA2VoM5Mw/VVDXY3WTxX9LI01gApx2D2yprDHxMfautZUcoEEXHOjD/+ng2vK
kWG6szjfxAyepzNqfOYOXh07Q9ccQSHbxZ2XGFPRoKOvI5n7yBr3JcZOvk4G7Y5ZYmzyNQ3xLVaP
1yNXueM3wNdw9SIhq4wUWi02U7ewWqREyXdlQpN0JMK4YmAZcmxmfhhdwlyTeRxhWQbPaK+CWVMR
ZKRaHKaUAwgMQsVRKySyN7gUYhLV1wplbmRzdHJlYW0KZW5kb2JqCnRyYWlsZXIKPDwgL1Jvb3Qg
MSAwIFIgPj4KJSVFT0YK
--NOSFAX-20261118142247-0042--
"""),
    ('pt', 'viactt-caixa-postal', 'automated', (),
     """Return-Path: <naoresponder@viactt.pt>
Received: from smtp.ctt.pt (smtp.ctt.pt [195.22.16.40])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QmX3c0vQrz9sXb
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 07:30:15 +0100 (CET)
Date: Mon, 16 Nov 2026 06:30:11 +0000
From: ViaCTT <naoresponder@viactt.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?ViaCTT_-_Tem_uma_nova_mensagem_na_sua_Caixa_Postal_Eletr=C3=B3nica?=
Message-ID: <viactt.notif.20261116063011.558821@viactt.pt>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_viactt_b9e2a71c"

--=_viactt_b9e2a71c
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Caro(a) Cliente,

Informamos que tem uma nova mensagem na sua Caixa Postal Eletr=C3=B3nica Vi=
aCTT.

Remetente: Autoridade Tribut=C3=A1ria e Aduaneira
Assunto: Notifica=C3=A7=C3=A3o - Pedido de esclarecimentos IVA
Data de rece=C3=A7=C3=A3o: 16-11-2026

Para consultar a mensagem aceda a www.viactt.pt com as suas credenciais.

Esta =C3=A9 uma mensagem autom=C3=A1tica. Por favor n=C3=A3o responda a est=
e email.

CTT - Correios de Portugal, S.A.

--=_viactt_b9e2a71c
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:13px">
<p><img src=3D"https://www.viactt.pt/img/logo-viactt.png" alt=3D"ViaCTT"></=
p>
<p>Caro(a) Cliente,</p>
<p>Informamos que tem uma nova mensagem na sua <b>Caixa Postal Eletr=C3=B3n=
ica ViaCTT</b>.</p>
<p>Remetente: Autoridade Tribut=C3=A1ria e Aduaneira<br>Assunto: Notifica=
=C3=A7=C3=A3o - Pedido de esclarecimentos IVA<br>Data de rece=C3=A7=C3=A3o:=
 16-11-2026</p>
<p>Para consultar a mensagem aceda a <a href=3D"https://www.viactt.pt">www.=
viactt.pt</a>.</p>
<p style=3D"color:#888;font-size:11px">Esta =C3=A9 uma mensagem autom=C3=A1=
tica. Por favor n=C3=A3o responda a este email.</p>
</body></html>

--=_viactt_b9e2a71c--
"""),
    ('pt', 'ssl-certificado-expira', 'automated', (),
     """Return-Path: <noreply@ptisp.example.pt>
Received: from mailer.ptisp.example.pt (mailer.ptisp.example.pt [94.46.12.70])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QnC0k4jWsz9sWq
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 03:00:09 +0100 (CET)
Date: Mon, 16 Nov 2026 02:00:05 +0000
From: PTisp - Alertas <noreply@ptisp.example.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[Alerta]_O_certificado_SSL_de_pt.shop.example.be_expira_em_14_dias?=
Message-ID: <alert.ssl.558172.1763258405@ptisp.example.pt>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply

Olá,

O certificado SSL associado ao domínio pt.shop.example.be expira em 14 dias.

Domínio: pt.shop.example.be
Emitido por: Sectigo RSA Domain Validation Secure Server CA
Válido até: 30-11-2026 23:59 (UTC)
Renovação automática: DESATIVADA

Para evitar avisos de segurança nos navegadores dos seus visitantes, renove o certificado na Área de Cliente: https://my.ptisp.example.pt/ssl

Este email foi gerado automaticamente. Não responda a esta mensagem.

--
PTisp - Alojamento e Domínios
"""),
    ('pt', 'supplier-newsletter-no-list-headers', 'automated', (),
     """Return-Path: <bounce-99812-2281@egoimail.com>
Received: from mta14.egoimail.com (mta14.egoimail.com [185.11.244.14])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QpM7j2cNqz9sXd
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 11:00:44 +0100 (CET)
Date: Tue, 17 Nov 2026 10:00:38 +0000
From: =?UTF-8?Q?Cer=C3=A2micas_do_Alentejo?= <comercial@ceramicasalentejo.example.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Cole=C3=A7=C3=A3o_Outono_2026:_-15%_para_revendedores_at=C3=A9_30/11_=F0=9F=8D=82?=
Message-ID: <99812.2281.1763373638@egoimail.com>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: E-goi

<html><head><meta charset=3D"utf-8"><title>Novidades de outono</title></hea=
d>
<body style=3D"margin:0;background:#efe9e1;font-family:Georgia,serif">
<table width=3D"600" align=3D"center" cellpadding=3D"0" cellspacing=3D"0" s=
tyle=3D"background:#ffffff">
<tr><td><img src=3D"https://cdn.egoimail.com/ceramicasalentejo/banner_outon=
o26.jpg" width=3D"600" alt=3D"Cer=C3=A2micas do Alentejo - Cole=C3=A7=C3=A3=
o Outono 2026"></td></tr>
<tr><td style=3D"padding:24px;font-size:16px;color:#3b2f2a">
<h1 style=3D"font-size:24px">Novidades de outono para a sua loja</h1>
<p>Caro parceiro,</p>
<p>Chegou a nova cole=C3=A7=C3=A3o de vasos e floreiras em terracota vidrad=
a, feitos =C3=A0 m=C3=A3o em Redondo. Para revendedores, condi=C3=A7=C3=B5e=
s especiais at=C3=A9 30 de novembro:</p>
<ul><li>-15% em encomendas acima de 1.500 =E2=82=AC</li><li>Portes gr=C3=A1=
tis para a B=C3=A9lgica e Pa=C3=ADses Baixos</li><li>Expositor de madeira o=
ferecido na primeira encomenda</li></ul>
<p><a href=3D"https://ceramicasalentejo.example.pt/revenda?utm_source=3Dego=
i&utm_campaign=3Doutono26" style=3D"background:#b5532e;color:#fff;padding:1=
2px 20px;text-decoration:none">Ver cat=C3=A1logo para revenda</a></p>
<p>Com os melhores cumprimentos,<br>Equipa Comercial - Cer=C3=A2micas do Al=
entejo, Lda.</p>
</td></tr>
<tr><td style=3D"padding:16px;font-size:11px;color:#8a7d74;text-align:cente=
r">Recebeu este email porque =C3=A9 cliente profissional da Cer=C3=A2micas =
do Alentejo. Se n=C3=A3o pretende receber mais comunica=C3=A7=C3=B5es, <a h=
ref=3D"https://ceramicasalentejo.example.pt/remover?e=3DcHJpdmFjeUBzaG9wLmV=
4YW1wbGUuYmU=3D">clique aqui</a>.<br>Cer=C3=A2micas do Alentejo, Lda. - Zon=
a Industrial, 7170 Redondo - NIPC 509 876 543</td></tr>
</table>
<img src=3D"https://t.egoimail.com/o/99812/cHJpdmFjeQ.gif" width=3D"1" heig=
ht=3D"1" alt=3D"">
</body></html>
"""),
    ('pt', 'pagamento-multibanco-recebido', 'automated', (),
     """Return-Path: <notificacoes@ifthenpay.example.pt>
Received: from smtp.ifthenpay.example.pt (smtp.ifthenpay.example.pt [94.46.170.21])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QqC2v5hTpz9sWq
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 12:07:33 +0100 (CET)
Date: Wed, 18 Nov 2026 11:07:30 +0000
From: ifthenpay <notificacoes@ifthenpay.example.pt>
To: privacy@shop.example.be
Subject: Pagamento recebido - Ref. MB 123 456 789
Message-ID: <MB.11604.123456789.20261118110730@ifthenpay.example.pt>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Foi recebido um pagamento por Refer=EAncia Multibanco.

Entidade: 11604
Refer=EAncia: 123 456 789
Valor: 59,90 EUR
Data/hora do pagamento: 18-11-2026 11:06:58
Terminal: ATM 0042 - LISBOA
Chave da loja: SHX-PT-0193 (pt.shop.example.be)
ID da encomenda: PT-100918

Este email =E9 enviado automaticamente pela plataforma ifthenpay. N=E3o res=
ponda a este email.
"""),
    ('en', 'person-forwards-office-scan', 'restriction', (),
     """Received: from DB9PR01MB7342.eurprd01.prod.exchangelabs.com (2603:10a6:10:2a1::19)
 by mail.shop.example.be (Postfix) with ESMTPS id 4Qk9Vb2xPqz9sWq
 for <privacy@shop.example.be>; Thu, 12 Nov 2026 16:07:31 +0100 (CET)
From: Margaret Doyle <mdoyle@doyle-architects.example.ie>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: FW: Scanned from a Xerox Multifunction Printer - signed request to restrict processing
Thread-Topic: Scanned from a Xerox Multifunction Printer - signed request to restrict processing
Thread-Index: AdtUq1x0Z3f9RkL2T0mA7cQ1bH8WJg==
Date: Thu, 12 Nov 2026 15:07:26 +0000
Message-ID: <DB9PR01MB7342E1C0B4A5D2F3A17C8E9AB2A1@DB9PR01MB7342.eurprd01.prod.exchangelabs.com>
Accept-Language: en-IE, en-US
Content-Language: en-US
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_004_DB9PR01MB7342E1C0B4A5D2F3A17C8E9AB2A1DB9PR01MB7342eurp_"

--_004_DB9PR01MB7342E1C0B4A5D2F3A17C8E9AB2A1DB9PR01MB7342eurp_
Content-Type: multipart/alternative; boundary="_000_DB9PR01MB7342E1C0B4A5D2F3A17C8E9AB2A1DB9PR01MB7342eurp_"

--_000_DB9PR01MB7342E1C0B4A5D2F3A17C8E9AB2A1DB9PR01MB7342eurp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Hello,

Please see my signed request attached. I dispute the accuracy of the date o=
f birth and home address on my loyalty account (card 4410 2287 9931), so I =
ask you to restrict the processing of my data (Art. 18 GDPR): keep it, but =
do not use it for anything until you have verified it.

Kind regards,
Margaret Doyle

-----Original Message-----
From: Xerox AltaLink B8145 <scanner@doyle-architects.example.ie>
Sent: Thursday, November 12, 2026 4:02 PM
To: Margaret Doyle <mdoyle@doyle-architects.example.ie>
Subject: Scanned from a Xerox Multifunction Printer

Please open the attached document. It was scanned and sent to you using a X=
erox Multifunction Printer.

Attachment File Type: PDF

Device Name: XRX-DUBLIN-2F
Device Location: 2nd floor

For more information on Xerox products and solutions, please visit https://=
www.xerox.com

--_000_DB9PR01MB7342E1C0B4A5D2F3A17C8E9AB2A1DB9PR01MB7342eurp_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html xmlns:o=3D"urn:schemas-microsoft-com:office:office" xmlns:w=3D"urn:sc=
hemas-microsoft-com:office:word"><head><meta http-equiv=3D"Content-Type" co=
ntent=3D"text/html; charset=3Dus-ascii"><meta name=3D"Generator" content=3D=
"Microsoft Word 15 (filtered medium)"></head>
<body lang=3D"EN-IE" link=3D"#0563C1" vlink=3D"#954F72"><div class=3D"WordS=
ection1">
<p class=3D"MsoNormal">Hello,<o:p></o:p></p><p class=3D"MsoNormal"><o:p>&nb=
sp;</o:p></p>
<p class=3D"MsoNormal">Please see my signed request attached. I dispute the=
 accuracy of the date of birth and home address on my loyalty account (card=
 4410 2287 9931), so I ask you to restrict the processing of my data (Art. =
18 GDPR): keep it, but do not use it for anything until you have verified i=
t.<o:p></o:p></p>
<p class=3D"MsoNormal"><o:p>&nbsp;</o:p></p><p class=3D"MsoNormal">Kind reg=
ards,<br>Margaret Doyle<o:p></o:p></p>
<div style=3D"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm =
0cm 0cm"><p class=3D"MsoNormal"><b>From:</b> Xerox AltaLink B8145 &lt;scann=
er@doyle-architects.example.ie&gt;<br><b>Sent:</b> Thursday, November 12, 2=
026 4:02 PM<br><b>To:</b> Margaret Doyle &lt;mdoyle@doyle-architects.exampl=
e.ie&gt;<br><b>Subject:</b> Scanned from a Xerox Multifunction Printer<o:p>=
</o:p></p></div>
<p class=3D"MsoNormal">Please open the attached document. It was scanned an=
d sent to you using a Xerox Multifunction Printer.<br><br>Attachment File T=
ype: PDF<br><br>Device Name: XRX-DUBLIN-2F<br>Device Location: 2nd floor<br=
><br>For more information on Xerox products and solutions, please visit htt=
ps://www.xerox.com<o:p></o:p></p>
</div></body></html>

--_000_DB9PR01MB7342E1C0B4A5D2F3A17C8E9AB2A1DB9PR01MB7342eurp_--

--_004_DB9PR01MB7342E1C0B4A5D2F3A17C8E9AB2A1DB9PR01MB7342eurp_
Content-Type: application/pdf; name="Scanned from a Xerox Multifunction Printer.pdf"
Content-Description: Scanned from a Xerox Multifunction Printer.pdf
Content-Disposition: attachment; filename="Scanned from a Xerox Multifunction Printer.pdf"; size=612;
	creation-date="Thu, 12 Nov 2026 15:06:58 GMT"; modification-date="Thu, 12 Nov 2026 15:07:26 GMT"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4K
ZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAg
MCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAx
ODAgL0ZpbHRlciAvRENURGVjb2RlID4+CnN0cmVhbQqhEs3S2cc7Ebc6RnSeJs7MyP/6FdlBXwUv
wsjlJkAbscIip2BZLUOZCY+CW9Zb/kzRUE6tRu6rdJk9D4kLnWFmp4eYu4HEvig34OSDBZrF6t5n
qS3GZ+KsOvs0hguVkfl6fb4rqmnqIlFAdb1RhBP46QAVrJuzPqDg0tpvYjmo/sLGNeF4Sc7BIteu
Yeuihb7TnS6eO3pBVSnvTbBQ6tWxh3T7P2xfjBvtRwBJ04au5w2zYpAQbOWnzVhriIMW5FlxUz1i
F0FfmIYY9dNh89ioK0hhVLoo/WpzvjAMSA605HoTXily0ISLjzahRTHO0E6QXs4h1tn8gtpUQVXY
Q8E2bGqUTPWHogpTG+r7aoQsVb4pCL3dY7naqf0bEOn7AiKStaVpLFGnmOxwnBwdJLLl4DwnZfMF
/TK0Qu5N7Z8iyCCeNEZ8F6K968HCunQi1o/MKNoZBruNG68Zzc52IHigFPTHiGgBj11y4CwhQFbM
Bt5agnqVydwzK98UCwplbmRzdHJlYW0KZW5kb2JqCnRyYWlsZXIKPDwgL1Jvb3QgMSAwIFIgPj4K
JSVFT0YK

--_004_DB9PR01MB7342E1C0B4A5D2F3A17C8E9AB2A1DB9PR01MB7342eurp_--
"""),
    ('nl', 'person-pastes-own-voicemail', 'deletion', (),
     """Received: from smtpq2.tb.mail.iss.as9143.net (smtpq2.tb.mail.iss.as9143.net [212.54.42.165])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QmH1c7rVbz9sXb
	for <privacy@shop.example.be>; Sat, 14 Nov 2026 18:40:02 +0100 (CET)
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Jeroen Van Damme <jeroen.vandamme@telenet.be>
Mime-Version: 1.0 (1.0)
Date: Sat, 14 Nov 2026 18:39:51 +0100
Subject: Mijn telefoontje van gisteren (voicemail)
Message-Id: <5E0B8C21-7A3D-4F19-9C2E-61A8D0F4B7C3@telenet.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23B85)

Dag,

Ik heb gisteren rond 17u naar jullie gebeld en niemand nam op, dus ik heb e=
en bericht ingesproken op de voicemail. Mijn gsm maakt een transcriptie van=
 wat ik zeg, ik plak het hieronder voor de zekerheid. Dit is wat ik aan de =
telefoon zei:

"Ja goeiendag, Jeroen Van Damme hier, klantnummer 2098817. Ik wil graag dat=
 jullie mijn account verwijderen, met alles wat erbij hoort, ook de klanten=
kaart. Ik koop toch niks meer bij jullie. Bel mij gerust terug op nul vier =
negen zeven, twaalf, vierendertig, zesenvijftig. Merci, daag."

Dus nogmaals schriftelijk: gelieve mijn klantenaccount en al mijn gegevens =
te verwijderen.

Mvg
Jeroen

Verstuurd vanaf mijn iPhone
"""),
    ('fr', 'person-replies-to-newsletter', 'withdraw_consent', (),
     """Received: from opmta-smtp.orange.fr (smtp-out-06.orange.fr [80.12.242.6])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QqZx02kTmz9sWq
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 20:31:19 +0100 (CET)
Date: Thu, 19 Nov 2026 20:31:14 +0100 (CET)
From: Nadine =?UTF-8?Q?Lef=C3=A8vre?= <nadine.lefevre58@orange.fr>
Reply-To: Nadine =?UTF-8?Q?Lef=C3=A8vre?= <nadine.lefevre58@orange.fr>
To: "Shop Example" <privacy@shop.example.be>
Message-ID: <1184709124.4412.1763580674301.JavaMail.open-xchange@opme11oxm07nd1.rouen.francetelecom.fr>
In-Reply-To: <nl-20261119-JARDIN30.8812.nadine.lefevre58@newsletter.shop.example.be>
Subject: =?UTF-8?Q?RE:_=E2=98=80=EF=B8=8F_-30%_sur_le_mobilier_de_jardin_|_Ce_week-end_seulement?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
Importance: Normal
X-Mailer: Open-Xchange Mailer v7.10.6-Rev52

Bonjour
d=C3=A9sabonnez moi de votre newsletter svp, je ne veux plus recevoir vos m=
ails publicitaires. j'ai cliqu=C3=A9 sur le lien en bas mais =C3=A7a m'amm=
=C3=A8ne sur une page d'erreur.
Merci
N. Lef=C3=A8vre

> Message du 19/11/26 18:02
> De : "Shop Example" <newsletter@shop.example.be>
> A : nadine.lefevre58@orange.fr
> Copie =C3=A0 :
> Objet : =E2=98=80=EF=B8=8F -30% sur le mobilier de jardin | Ce week-end s=
eulement
>
> Bonjour Nadine,
>
> Profitez de -30% sur toute la gamme de mobilier de jardin avec le code JA=
RDIN30, jusqu'=C3=A0 dimanche minuit.
>
> Salon de jardin Alu Teck 6 places - 599 =E2=82=AC au lieu de 859 =E2=82=
=AC
> Parasol d=C3=A9port=C3=A9 3x3 m - 139 =E2=82=AC au lieu de 199 =E2=82=AC
>
> [Je d=C3=A9couvre les offres]
>
> Vous recevez cet e-mail car vous =C3=AAtes inscrit(e) =C3=A0 la newslette=
r de Shop Example.
> Se d=C3=A9sinscrire | Politique de confidentialit=C3=A9
"""),
    ('de', 'person-replies-to-trustpilot-invite', 'complaint', ('objection',),
     """Received: from mout.gmx.net (mout.gmx.net [212.227.17.22])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QsL0b5mXcz9sXd
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 11:02:48 +0100 (CET)
MIME-Version: 1.0
Message-ID: <trinity-4f1c2a9e-88d7-4b3a-a51e-0c6d9f2e7b14-1763719366012@3c-app-gmx-bs52>
From: Heike Brandt <heike.brandt@gmx.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Aw:_Wie_war_Ihre_Bestellung_bei_Shop_Example=3F_Bewerten_Sie_uns_auf_Trustpilot?=
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Date: Sat, 21 Nov 2026 11:02:46 +0100
Importance: normal
Sensitivity: Normal
X-Priority: 3
X-Provags-ID: V03:K1:Qn8wB0xJ5sT2mR6zP1cL4vY9
X-UI-Message-Type: mail

Sehr geehrte Damen und Herren,

ich habe bei Ihnen einen Akku-Rasenm=C3=A4her bestellt (Bestellung 100511) =
und bekomme jetzt unten stehende Mail von Trustpilot, mit meinem Namen und =
meiner Bestellnummer. Ich habe nirgends eingewilligt, dass Sie meine Daten =
an Trustpilot weitergeben. =C3=9Cber diese Weitergabe ohne meine Einwilligu=
ng beschwere ich mich hiermit ausdr=C3=BCcklich.

Au=C3=9Ferdem widerspreche ich jeder weiteren Weitergabe meiner Daten an Be=
wertungsportale oder Werbepartner.

Mit freundlichen Gr=C3=BC=C3=9Fen
Heike Brandt


-------- Original-Nachricht --------
Betreff: Wie war Ihre Bestellung bei Shop Example? Bewerten Sie uns auf Tru=
stpilot
Datum: 2026-11-21 09:15
Von: Shop Example <noreply.invitations@trustpilotmail.com>
An: heike.brandt@gmx.de

Hallo Heike Brandt,

vielen Dank f=C3=BCr Ihre Bestellung 100511 bei Shop Example! Wie zufrieden=
 sind Sie? Teilen Sie Ihre Erfahrung auf Trustpilot =E2=80=93 es dauert nur=
 eine Minute.

=E2=98=85=E2=98=85=E2=98=85=E2=98=85=E2=98=85
Jetzt bewerten

Diese E-Mail wurde von Trustpilot im Auftrag von Shop Example gesendet. Abm=
elden
"""),
    ('es', 'person-replies-to-carrier-notice', 'objection', (),
     """Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2081.outbound.protection.outlook.com [40.92.91.81])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QqF7n1cWtz9sWq
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 13:44:10 +0100 (CET)
From: =?iso-8859-1?Q?Raquel_Dom=EDnguez?= <raquel_dominguez87@hotmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?RE:_Tu_env=EDo_de_SHOP_EXAMPLE_est=E1_en_camino?=
Thread-Topic: =?iso-8859-1?Q?Tu_env=EDo_de_SHOP_EXAMPLE_est=E1_en_camino?=
Thread-Index: AQHbWf2kQ7cM1n0Yy0WcR2t5k8dXzA==
Date: Thu, 19 Nov 2026 12:44:06 +0000
Message-ID: <AS8P194MB1526B0E3C3A4F1D29E7B0C51D6A2A@AS8P194MB1526.EURP194.PROD.OUTLOOK.COM>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_AS8P194MB1526B0E3C3A4F1D29E7B0C51D6A2AAS8P194MB1526EURP_"

--_000_AS8P194MB1526B0E3C3A4F1D29E7B0C51D6A2AAS8P194MB1526EURP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hola,

os escribo contestando a este aviso de SEUR porque no encuentro otro sitio.=
 El n=FAmero de m=F3vil os lo di solo para la entrega del pedido. A partir =
de ahora no quiero que lo us=E9is para publicidad ni que lo pas=E9is a vues=
tros "socios" para campa=F1as: me opongo a ese uso de mis datos (art. 21 RG=
PD).

Un saludo,
Raquel Dom=EDnguez
Pedido 100566

________________________________
De: SEUR <notificaciones@seur.example.es>
Enviado: mi=E9rcoles, 18 de noviembre de 2026 9:12
Para: raquel_dominguez87@hotmail.com <raquel_dominguez87@hotmail.com>
Asunto: Tu env=EDo de SHOP EXAMPLE est=E1 en camino

Hola Raquel, tu env=EDo 0871 2264 5519 de SHOP EXAMPLE est=E1 en camino. Lo=
 entregaremos el jueves 19/11 entre las 9:00 y las 14:00.
Consulta tu env=EDo en seur.com. Este mensaje se ha enviado autom=E1ticamen=
te, por favor no respondas.

--_000_AS8P194MB1526B0E3C3A4F1D29E7B0C51D6A2AAS8P194MB1526EURP_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body dir=3D"ltr"><div style=3D"font-family:Aptos,Cal=
ibri,Helvetica,sans-serif;font-size:12pt">Hola,</div><div><br></div><div>os=
 escribo contestando a este aviso de SEUR porque no encuentro otro sitio. E=
l n=FAmero de m=F3vil os lo di solo para la entrega del pedido. A partir de=
 ahora no quiero que lo us=E9is para publicidad ni que lo pas=E9is a vuestr=
os "socios" para campa=F1as: me opongo a ese uso de mis datos (art. 21 RGPD=
).</div><div><br></div><div>Un saludo,<br>Raquel Dom=EDnguez<br>Pedido 1005=
66</div><div><br></div><div></div><hr style=3D"display:inline-block;width:9=
8%"><div id=3D"divRplyFwdMsg" dir=3D"ltr"><font style=3D"font-size:11pt"><b=
>De:</b> SEUR &lt;notificaciones@seur.example.es&gt;<br><b>Enviado:</b> mi=
=E9rcoles, 18 de noviembre de 2026 9:12<br><b>Asunto:</b> Tu env=EDo de SHO=
P EXAMPLE est=E1 en camino</font></div><div>Hola Raquel, tu env=EDo 0871 22=
64 5519 de SHOP EXAMPLE est=E1 en camino. Lo entregaremos el jueves 19/11 e=
ntre las 9:00 y las 14:00.</div></body></html>

--_000_AS8P194MB1526B0E3C3A4F1D29E7B0C51D6A2AAS8P194MB1526EURP_--
"""),
    ('it', 'person-company-signature-logos', 'correction', (),
     """Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2118.outbound.protection.outlook.com [40.107.241.118])
	by mail.shop.example.be (Postfix) with ESMTPS id 4Qt81p6dRwz9sWq
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 09:51:47 +0100 (CET)
From: Luca Bianchini <l.bianchini@verdeprogetti.example.it>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Rettifica dati account cliente
Thread-Topic: Rettifica dati account cliente
Thread-Index: AdtdQ8wWm0R5n1aXSPa3rG2c7T4xyQ==
Date: Mon, 23 Nov 2026 08:51:44 +0000
Message-ID: <VI1PR09MB4471C2A9D1E0B3F84A6C5E21B7F2A@VI1PR09MB4471.eurprd09.prod.outlook.com>
Accept-Language: it-IT, en-US
Content-Language: it-IT
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/related;
	boundary="_007_VI1PR09MB4471C2A9D1E0B3F84A6C5E21B7F2AVI1PR09MB4471eurp_";
	type="multipart/alternative"

--_007_VI1PR09MB4471C2A9D1E0B3F84A6C5E21B7F2AVI1PR09MB4471eurp_
Content-Type: multipart/alternative;
	boundary="_000_VI1PR09MB4471C2A9D1E0B3F84A6C5E21B7F2AVI1PR09MB4471eurp_"

--_000_VI1PR09MB4471C2A9D1E0B3F84A6C5E21B7F2AVI1PR09MB4471eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QnVvbmdpb3JubywKCnZpIHNjcml2byBwZXIgY2hpZWRlcmUgbGEgcmV0dGlmaWNhIGRlaSBkYXRp
IGRlbCBtaW8gYWNjb3VudCBjbGllbnRlIHBlcnNvbmFsZSAocmVnaXN0cmF0byBjb24gbC5iaWFu
Y2hpbmlAdmVyZGVwcm9nZXR0aS5leGFtcGxlLml0KTogaWwgY29nbm9tZSByaXN1bHRhICJCaWFu
Y2hpIiBpbnZlY2UgZGkgIkJpYW5jaGluaSIgZSBsJ2luZGlyaXp6byBkaSBmYXR0dXJhemlvbmUg
bm9uIMOoIHBpw7kgcXVlbGxvIGdpdXN0by4gSWwgbnVvdm8gaW5kaXJpenpvIMOoIFZpYSBWaXR0
b3IgUGlzYW5pIDE0LCAyMDEyNCBNaWxhbm8uIFZpIHByZWdvIGRpIGNvcnJlZ2dlcmxpLgoKR3Jh
emllIGUgYnVvbmEgZ2lvcm5hdGEsCgpMdWNhIEJpYW5jaGluaQpSZXNwb25zYWJpbGUgQWNxdWlz
dGkKW2NpZDppbWFnZTAwMS5wbmdAMDFEQjNBMUYuNUMyRTdCMTBdClZlcmRlIFByb2dldHRpIFMu
ci5sLiB8IFZpYSBNZWxjaGlvcnJlIEdpb2lhIDcyIHwgMjAxMjUgTWlsYW5vClQgKzM5IDAyIDg3
NjUgNDMyMSB8IE0gKzM5IDM0NyAxMjMgNDU2Nwp3d3cudmVyZGVwcm9nZXR0aS5leGFtcGxlLml0
CltjaWQ6aW1hZ2UwMDIucG5nQDAxREIzQTFGLjVDMkU3QjEwXSBbY2lkOmltYWdlMDAzLnBuZ0Aw
MURCM0ExRi41QzJFN0IxMF0gW2NpZDppbWFnZTAwNC5wbmdAMDFEQjNBMUYuNUMyRTdCMTBdICBb
Y2lkOmltYWdlMDA1LnBuZ0AwMURCM0ExRi41QzJFN0IxMF0KUCBQcmltYSBkaSBzdGFtcGFyZSBx
dWVzdGEgZS1tYWlsLCBwZW5zYSBhbGwnYW1iaWVudGUuCgpRdWVzdG8gbWVzc2FnZ2lvIGUgZ2xp
IGV2ZW50dWFsaSBhbGxlZ2F0aSBzb25vIGRlc3RpbmF0aSBlc2NsdXNpdmFtZW50ZSBhbCBkZXN0
aW5hdGFyaW8gaW5kaWNhdG8gZSBwb3Nzb25vIGNvbnRlbmVyZSBpbmZvcm1hemlvbmkgcmlzZXJ2
YXRlLiBTZSBhdmV0ZSByaWNldnV0byBxdWVzdG8gbWVzc2FnZ2lvIHBlciBlcnJvcmUsIHZpIHBy
ZWdoaWFtbyBkaSBhdnZpc2FyZSBpbCBtaXR0ZW50ZSBlIGRpIGNhbmNlbGxhcmxvLiBWZXJkZSBQ
cm9nZXR0aSBTLnIubC4gdHJhdHRhIGkgZGF0aSBwZXJzb25hbGkgbmVsIHJpc3BldHRvIGRlbCBS
ZWdvbGFtZW50byAoVUUpIDIwMTYvNjc5Lgo=

--_000_VI1PR09MB4471C2A9D1E0B3F84A6C5E21B7F2AVI1PR09MB4471eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjxtZXRhIG5hbWU9IkdlbmVyYXRvciIgY29udGVudD0iTWlj
cm9zb2Z0IFdvcmQgMTUgKGZpbHRlcmVkIG1lZGl1bSkiPjwvaGVhZD4KPGJvZHkgbGFuZz0iSVQi
IGxpbms9IiMwNTYzQzEiPjxkaXYgY2xhc3M9IldvcmRTZWN0aW9uMSI+CjxwIGNsYXNzPSJNc29O
b3JtYWwiPkJ1b25naW9ybm8sPC9wPjxwIGNsYXNzPSJNc29Ob3JtYWwiPiZuYnNwOzwvcD4KPHAg
Y2xhc3M9Ik1zb05vcm1hbCI+dmkgc2NyaXZvIHBlciBjaGllZGVyZSBsYSByZXR0aWZpY2EgZGVp
IGRhdGkgZGVsIG1pbyBhY2NvdW50IGNsaWVudGUgcGVyc29uYWxlIChyZWdpc3RyYXRvIGNvbiBs
LmJpYW5jaGluaUB2ZXJkZXByb2dldHRpLmV4YW1wbGUuaXQpOiBpbCBjb2dub21lIHJpc3VsdGEg
JnF1b3Q7QmlhbmNoaSZxdW90OyBpbnZlY2UgZGkgJnF1b3Q7QmlhbmNoaW5pJnF1b3Q7IGUgbOKA
mWluZGlyaXp6byBkaSBmYXR0dXJhemlvbmUgbm9uIMOoIHBpw7kgcXVlbGxvIGdpdXN0by4gSWwg
bnVvdm8gaW5kaXJpenpvIMOoIFZpYSBWaXR0b3IgUGlzYW5pIDE0LCAyMDEyNCBNaWxhbm8uIFZp
IHByZWdvIGRpIGNvcnJlZ2dlcmxpLjwvcD4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+Jm5ic3A7PC9w
PjxwIGNsYXNzPSJNc29Ob3JtYWwiPkdyYXppZSBlIGJ1b25hIGdpb3JuYXRhLDwvcD48cCBjbGFz
cz0iTXNvTm9ybWFsIj4mbmJzcDs8L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPjxiPjxzcGFuIHN0
eWxlPSJjb2xvcjojMkU3RDMyIj5MdWNhIEJpYW5jaGluaTwvc3Bhbj48L2I+PGJyPjxzcGFuIHN0
eWxlPSJmb250LXNpemU6OXB0Ij5SZXNwb25zYWJpbGUgQWNxdWlzdGk8L3NwYW4+PC9wPgo8cCBj
bGFzcz0iTXNvTm9ybWFsIj48aW1nIHdpZHRoPSIxNjAiIGhlaWdodD0iNDgiIHNyYz0iY2lkOmlt
YWdlMDAxLnBuZ0AwMURCM0ExRi41QzJFN0IxMCIgYWx0PSJWZXJkZSBQcm9nZXR0aSI+PC9wPgo8
cCBjbGFzcz0iTXNvTm9ybWFsIj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjhwdDtjb2xvcjpncmF5
Ij5WZXJkZSBQcm9nZXR0aSBTLnIubC4gfCBWaWEgTWVsY2hpb3JyZSBHaW9pYSA3MiB8IDIwMTI1
IE1pbGFubzxicj5UICszOSAwMiA4NzY1IDQzMjEgfCBNICszOSAzNDcgMTIzIDQ1Njc8YnI+d3d3
LnZlcmRlcHJvZ2V0dGkuZXhhbXBsZS5pdDwvc3Bhbj48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwi
PjxpbWcgd2lkdGg9IjIwIiBoZWlnaHQ9IjIwIiBzcmM9ImNpZDppbWFnZTAwMi5wbmdAMDFEQjNB
MUYuNUMyRTdCMTAiIGFsdD0iTGlua2VkSW4iPiA8aW1nIHdpZHRoPSIyMCIgaGVpZ2h0PSIyMCIg
c3JjPSJjaWQ6aW1hZ2UwMDMucG5nQDAxREIzQTFGLjVDMkU3QjEwIiBhbHQ9Ikluc3RhZ3JhbSI+
IDxpbWcgd2lkdGg9IjIwIiBoZWlnaHQ9IjIwIiBzcmM9ImNpZDppbWFnZTAwNC5wbmdAMDFEQjNB
MUYuNUMyRTdCMTAiIGFsdD0iRmFjZWJvb2siPiAmbmJzcDs8aW1nIHdpZHRoPSI5MCIgaGVpZ2h0
PSIzMCIgc3JjPSJjaWQ6aW1hZ2UwMDUucG5nQDAxREIzQTFGLjVDMkU3QjEwIiBhbHQ9IklTTyAx
NDAwMSI+PC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj48c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk6
V2ViZGluZ3M7Y29sb3I6Z3JlZW4iPlA8L3NwYW4+PHNwYW4gc3R5bGU9ImZvbnQtc2l6ZTo4cHQ7
Y29sb3I6Z3JlZW4iPiBQcmltYSBkaSBzdGFtcGFyZSBxdWVzdGEgZS1tYWlsLCBwZW5zYSBhbGzi
gJlhbWJpZW50ZS48L3NwYW4+PC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj48c3BhbiBzdHlsZT0i
Zm9udC1zaXplOjdwdDtjb2xvcjpncmF5Ij5RdWVzdG8gbWVzc2FnZ2lvIGUgZ2xpIGV2ZW50dWFs
aSBhbGxlZ2F0aSBzb25vIGRlc3RpbmF0aSBlc2NsdXNpdmFtZW50ZSBhbCBkZXN0aW5hdGFyaW8g
aW5kaWNhdG8gZSBwb3Nzb25vIGNvbnRlbmVyZSBpbmZvcm1hemlvbmkgcmlzZXJ2YXRlLiBTZSBh
dmV0ZSByaWNldnV0byBxdWVzdG8gbWVzc2FnZ2lvIHBlciBlcnJvcmUsIHZpIHByZWdoaWFtbyBk
aSBhdnZpc2FyZSBpbCBtaXR0ZW50ZSBlIGRpIGNhbmNlbGxhcmxvLiBWZXJkZSBQcm9nZXR0aSBT
LnIubC4gdHJhdHRhIGkgZGF0aSBwZXJzb25hbGkgbmVsIHJpc3BldHRvIGRlbCBSZWdvbGFtZW50
byAoVUUpIDIwMTYvNjc5Ljwvc3Bhbj48L3A+CjwvZGl2PjwvYm9keT48L2h0bWw+Cg==

--_000_VI1PR09MB4471C2A9D1E0B3F84A6C5E21B7F2AVI1PR09MB4471eurp_--

--_007_VI1PR09MB4471C2A9D1E0B3F84A6C5E21B7F2AVI1PR09MB4471eurp_
Content-Type: image/png; name="image001.png"
Content-Description: image001.png
Content-Disposition: inline; filename="image001.png"; size=240;
	creation-date="Mon, 23 Nov 2026 08:51:40 GMT";
	modification-date="Mon, 23 Nov 2026 08:51:40 GMT"
Content-ID: <image001.png@01DB3A1F.5C2E7B10>
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAEAAAAAgCAYAAABlOMcZjb7RtwdWJ31+7l1aRUilH91FsYXfSHi/
Nf+Uy0BHObI1wHjRsltLZPJ0pfFk6fcuV8OpoV+iwXgD5VB01dU0Ibpv5Y6e2o/xn3r3QscMNsJJ
AQAqs0iXerl7kCSHAQNJt8UE7XeHShLZBEwQs6y4R7VQf8kHuIfiy8os5xTN9FFJFBgNgtlke05T
4AJHWFpTdF2iJYsDQG0PalcWwPsEutFO3nTjpUBdcWr+4VtLfrK/RPro/x6RfZPziv0H7XIZbHf1
MQAAAABJRU5ErkJggg==

--_007_VI1PR09MB4471C2A9D1E0B3F84A6C5E21B7F2AVI1PR09MB4471eurp_
Content-Type: image/png; name="image002.png"
Content-Description: image002.png
Content-Disposition: inline; filename="image002.png"; size=241;
	creation-date="Mon, 23 Nov 2026 08:51:40 GMT";
	modification-date="Mon, 23 Nov 2026 08:51:40 GMT"
Content-ID: <image002.png@01DB3A1F.5C2E7B10>
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAEAAAAAgCAYAAAAFRm1B/6Tk8G+DkWOuXipFh2+9d+qHXUnPyo72
2jSnxN2ZRLOY9h92Wh7S5o6cIouoMkEWmpBYgjLmv482Az89Sm5N8lwOeh03fnkq5euSmi2avXux
NbK40VM+BH0d8KOWuI2bk28aw/t2ryHCNKOrATWhyvgGLaZUHH4CbUk30l3xD0Dfw2lDgk984v4X
b5OVw6rzkAFbeIUllbgfMryadvWENnTdwmeHgP1NhV30+EHDq67t7cEcW8OSWmMvVEea2Xz6ppcn
iTUAAAAASUVORK5CYII=

--_007_VI1PR09MB4471C2A9D1E0B3F84A6C5E21B7F2AVI1PR09MB4471eurp_
Content-Type: image/png; name="image003.png"
Content-Description: image003.png
Content-Disposition: inline; filename="image003.png"; size=242;
	creation-date="Mon, 23 Nov 2026 08:51:40 GMT";
	modification-date="Mon, 23 Nov 2026 08:51:40 GMT"
Content-ID: <image003.png@01DB3A1F.5C2E7B10>
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAEAAAAAgCAYAAAC5MKp32oGvJ8mfcW2XitkFG6C6HlDAZONIKJvG
yDaTJzMdkzxT08/z9EaxjUOOaRlaDE0Oqpc4+CIDpDMStzf8Uz+gWoam+tqlQihwk8R6qMkuIlYR
Cbwx9l+rsHMvWDOknX5VZj39v6nxkXHOl3Yd8YLrSmwZE1T0iJbWfnqrIEWPVRY0ImmVtrRv5Qxb
iZ1gLG6d2pN6uHSCX2NRm6tjLJXFFTVkW6PNfb4WdB/krnJU9ou3zGlesbMiqqWB1lXFKTlb7l+V
MhGPAAAAAElFTkSuQmCC

--_007_VI1PR09MB4471C2A9D1E0B3F84A6C5E21B7F2AVI1PR09MB4471eurp_
Content-Type: image/png; name="image004.png"
Content-Description: image004.png
Content-Disposition: inline; filename="image004.png"; size=243;
	creation-date="Mon, 23 Nov 2026 08:51:40 GMT";
	modification-date="Mon, 23 Nov 2026 08:51:40 GMT"
Content-ID: <image004.png@01DB3A1F.5C2E7B10>
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAEAAAAAgCAYAAABhWcxtA4Pe3N8EzUDoLbEvwh5BO0HvtwHaafOd
L52voq5U91H+eZRzB9A4qxft2g2n3e9FuiaIx+RhH7dx5jfuXeJ1bJ2WzRO8AsvigS6s4/Jfeo2y
PBbXNd8n1L4Vfdp94xMtYUd9F3Bo/74zrutLJFDoCJ87EILbWSwklzWRlfcYf1qcLnTVf7prZBJb
OOKiN0aWJsozHDUw5MdMdIQ5RxNXAU1x2C+Bl+3+fpzetuyyKoj1Buy2OMp0MEm1KuSIpSISOOEE
Em0KmgAAAABJRU5ErkJggg==

--_007_VI1PR09MB4471C2A9D1E0B3F84A6C5E21B7F2AVI1PR09MB4471eurp_
Content-Type: image/png; name="image005.png"
Content-Description: image005.png
Content-Disposition: inline; filename="image005.png"; size=244;
	creation-date="Mon, 23 Nov 2026 08:51:40 GMT";
	modification-date="Mon, 23 Nov 2026 08:51:40 GMT"
Content-ID: <image005.png@01DB3A1F.5C2E7B10>
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAEAAAAAgCAYAAAA7wd3OaqbCRZ9V06ByiLF/xH7cv1ge4RRa9U1P
6mjdwe2Z4Z1CiIPQRwXfPTWwT0EM/vYlI4XjJ9/5dH8X5wApL/0+q8onyJNVZyuk84P2ZQJnng97
uv4l9cLS52YD+kgod4kuJ/EyLMF3yJA0hTAR7hO7UpWgZaktcaYVb7qln0EkosRyCsOrP9GnZqH6
WxgaAEymjjanTODz8yUGyFjGb+nQKMdxf62yCOyI/1WI4j2dYklog/3R/52aysnKH5yCJguK1TzC
Ayn3cvMAAAAASUVORK5CYII=

--_007_VI1PR09MB4471C2A9D1E0B3F84A6C5E21B7F2AVI1PR09MB4471eurp_--
"""),
    ('pt', 'person-declines-calendar-invite-with-comment', 'access', (),
     """Received: from relay.sapo.pt (relay5.sapo.pt [212.55.154.25])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QrY5w0kMhz9sXb
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 17:45:09 +0100 (CET)
From: Ana Rita Sousa <anarita.sousa@sapo.pt>
To: privacy@shop.example.be
CC: Shop Example Eventos <eventos@shop.example.be>
Subject: Recusado: Workshop de outono - vasos e plantas de interior (Lisboa)
Thread-Topic: Workshop de outono - vasos e plantas de interior (Lisboa)
Thread-Index: AQHbWr0k1xR+Z9T7GUi2M3d6P0aJ1A==
Date: Fri, 20 Nov 2026 17:45:02 +0000
Message-ID: <PA4PR08MB7019E5B2C8D14A0F39E1C7A2B8D3A@PA4PR08MB7019.eurprd08.prod.outlook.com>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_PA4PR08MB7019E5B2C8D14A0F39E1C7A2B8D3APA4PR08MB7019eurp_"

--_000_PA4PR08MB7019E5B2C8D14A0F39E1C7A2B8D3APA4PR08MB7019eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

Qm9hIHRhcmRlLgoKTsOjbyBtZSBsZW1icm8gZGUgbWUgdGVyIGluc2NyaXRvIGVtIG5hZGEgY29u
dm9zY28uIEFudGVzIGRlIG1haXMsIGdvc3RhcmlhIGRlIHNhYmVyIHF1ZSBkYWRvcyBwZXNzb2Fp
cyBtZXVzIGEgdm9zc2EgZW1wcmVzYSB0ZW0gZ3VhcmRhZG9zLCBkZSBvbmRlIHZpZXJhbSBlIGNv
bSBxdWVtIGZvcmFtIHBhcnRpbGhhZG9zIChhcnRpZ28gMTUuwrogZG8gUkdQRCkuCgpPYnJpZ2Fk
YSwKQW5hIFJpdGEgU291c2EK

--_000_PA4PR08MB7019E5B2C8D14A0F39E1C7A2B8D3APA4PR08MB7019eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IHN0eWxlPSJmb250LWZhbWls
eTpDYWxpYnJpLEFyaWFsLEhlbHZldGljYSxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxMnB0Ij5Cb2Eg
dGFyZGUuPGJyPjxicj5Ow6NvIG1lIGxlbWJybyBkZSBtZSB0ZXIgaW5zY3JpdG8gZW0gbmFkYSBj
b252b3Njby4gQW50ZXMgZGUgbWFpcywgZ29zdGFyaWEgZGUgc2FiZXIgcXVlIGRhZG9zIHBlc3Nv
YWlzIG1ldXMgYSB2b3NzYSBlbXByZXNhIHRlbSBndWFyZGFkb3MsIGRlIG9uZGUgdmllcmFtIGUg
Y29tIHF1ZW0gZm9yYW0gcGFydGlsaGFkb3MgKGFydGlnbyAxNS7CuiBkbyBSR1BEKS48YnI+PGJy
Pk9icmlnYWRhLDxicj5BbmEgUml0YSBTb3VzYTxicj48L2Rpdj48L2JvZHk+PC9odG1sPgo=

--_000_PA4PR08MB7019E5B2C8D14A0F39E1C7A2B8D3APA4PR08MB7019eurp_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSDQpNRVRIT0Q6UkVQTFkNClBST0RJRDpNaWNyb3NvZnQgRXhjaGFuZ2Ug
U2VydmVyIDIwMTANClZFUlNJT046Mi4wDQpCRUdJTjpWRVZFTlQNCkFUVEVOREVFO1BBUlRTVEFU
PURFQ0xJTkVEO0NOPUFuYSBSaXRhIFNvdXNhOm1haWx0bzphbmFyaXRhLnNvdXNhQHNhcG8ucHQN
CkNPTU1FTlQ7TEFOR1VBR0U9cHQtUFQ6Qm9hIHRhcmRlLlxuXG5Ow6NvIG1lIGxlbWJybyBkZSBt
ZSB0ZXIgaW5zY3JpdG8gZW0gbmFkYQ0KICBjb252b3Njby4gQW50ZXMgZGUgbWFpc1wsIGdvc3Rh
cmlhIGRlIHNhYmVyIHF1ZSBkYWRvcyBwZXNzb2FpcyBtZXVzIGEgdm9zDQogc2EgZW1wcmVzYSB0
ZW0gZ3VhcmRhZG9zXCwgZGUgb25kZSB2aWVyYW0gZSBjb20gcXVlbSBmb3JhbSBwYXJ0aWxoYWRv
cyAoYXJ0DQogaWdvIDE1LsK6IGRvIFJHUEQpLlxuXG5PYnJpZ2FkYVwsXG5BbmEgUml0YSBTb3Vz
YVxuDQpTVU1NQVJZO0xBTkdVQUdFPXB0LVBUOlJlY3VzYWRvOiBXb3Jrc2hvcCBkZSBvdXRvbm8g
LSB2YXNvcyBlIHBsYW50YXMgZGUgaW4NCiB0ZXJpb3IgKExpc2JvYSkNCkRUU1RBUlQ6MjAyNjEx
MjhUMTAwMDAwWg0KRFRFTkQ6MjAyNjExMjhUMTIwMDAwWg0KVUlEOjA0MDAwMDAwODIwMEUwMDA3
NEM1QjcxMDFBODJFMDA4MDAwMDAwMDBCMEM1RTFBMjFDNTNEQjAxMDAwMDAwMDAwMDAwMDAwMDEw
MDAwMDAwNzJCOTVBM0M0RjFERTk0ODlEMUEyQzdFNkIwRjNBMTENCk9SR0FOSVpFUjtDTj1TaG9w
IEV4YW1wbGUgRXZlbnRvczptYWlsdG86ZXZlbnRvc0BzaG9wLmV4YW1wbGUuYmUNCkNMQVNTOlBV
QkxJQw0KUFJJT1JJVFk6NQ0KRFRTVEFNUDoyMDI2MTEyMFQxNzQ1MDJaDQpUUkFOU1A6T1BBUVVF
DQpTVEFUVVM6Q09ORklSTUVEDQpTRVFVRU5DRTowDQpMT0NBVElPTjtMQU5HVUFHRT1wdC1QVDpT
aG9wIEV4YW1wbGUgTGlzYm9hXCwgQXYuIGRhIExpYmVyZGFkZSAxODANCkVORDpWRVZFTlQNCkVO
RDpWQ0FMRU5EQVINCg==

--_000_PA4PR08MB7019E5B2C8D14A0F39E1C7A2B8D3APA4PR08MB7019eurp_--
"""),
    ('en', 'person-company-signature-environment', 'portability', (),
     """Received: from mail-eu1.exclaimer.net (mail-eu1.exclaimer.net [51.137.48.71])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QsA3x7qWbz9sWq
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 14:12:40 +0100 (CET)
From: Pieter Claes <pieter.claes@brightline.example.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Export of my customer data (personal account)
Thread-Topic: Export of my customer data (personal account)
Thread-Index: AdtdY2a9b0K7o1RFTh2Lw8eZ5cM1zw==
Date: Mon, 23 Nov 2026 13:12:33 +0000
Message-ID: <AM0PR03MB6210F1A2B3C4D5E6F7A8B9C0D1E2A@AM0PR03MB6210.eurprd03.prod.outlook.com>
Accept-Language: nl-BE, en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-ExclaimerHostedSignatures-MessageProcessed: true
X-ExclaimerProxyLatency: 8123114
X-ExclaimerImprintLatency: 402114
X-ExclaimerImprintAction: 5d1e2f3a4b5c6d7e8f90a1b2c3d4e5f6
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_AM0PR03MB6210F1A2B3C4D5E6F7A8B9C0D1E2AAM0PR03MB6210eurp_"

--_000_AM0PR03MB6210F1A2B3C4D5E6F7A8B9C0D1E2AAM0PR03MB6210eurp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Hi,

Could you please send me the data of my personal customer account (pieter.c=
laes@gmail.com) - order history, loyalty points and saved addresses - in a =
structured, machine-readable format such as CSV or JSON? I'd like to take i=
t with me to another retailer (Art. 20 GDPR).

Thanks in advance,

Pieter Claes
Facility Manager

[Brightline Facility Services]
Brightline Facility Services NV | Ikaroslaan 41 | 1930 Zaventem
T +32 2 709 41 00 | M +32 476 22 81 90
[LinkedIn] [Facebook] [Instagram] [YouTube]
[ISO 9001] [VCA*] [EcoVadis Silver]

Please consider the environment before printing this email.

The information contained in this e-mail is confidential and intended solel=
y for the addressee. If you are not the intended recipient, please notify t=
he sender and delete this e-mail.

--_000_AM0PR03MB6210F1A2B3C4D5E6F7A8B9C0D1E2AAM0PR03MB6210eurp_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head><body>
<div style=3D"font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi,</p>
<p>Could you please send me the data of my personal customer account (piete=
r.claes@gmail.com) - order history, loyalty points and saved addresses - in=
 a structured, machine-readable format such as CSV or JSON? I'd like to tak=
e it with me to another retailer (Art. 20 GDPR).</p>
<p>Thanks in advance,</p>
<p><b>Pieter Claes</b><br>Facility Manager</p>
<p><img src=3D"https://sig.brightline.example.be/logo.png" width=3D"180" al=
t=3D"Brightline Facility Services"></p>
<p style=3D"font-size:8pt;color:#555">Brightline Facility Services NV | Ika=
roslaan 41 | 1930 Zaventem<br>T +32 2 709 41 00 | M +32 476 22 81 90</p>
<p><img src=3D"https://sig.brightline.example.be/in.png" width=3D"18" alt=
=3D"LinkedIn"> <img src=3D"https://sig.brightline.example.be/fb.png" width=
=3D"18" alt=3D"Facebook"> <img src=3D"https://sig.brightline.example.be/ig.=
png" width=3D"18" alt=3D"Instagram"> <img src=3D"https://sig.brightline.exa=
mple.be/yt.png" width=3D"18" alt=3D"YouTube"></p>
<p><img src=3D"https://sig.brightline.example.be/iso9001.png" height=3D"32"=
 alt=3D"ISO 9001"> <img src=3D"https://sig.brightline.example.be/vca.png" h=
eight=3D"32" alt=3D"VCA*"> <img src=3D"https://sig.brightline.example.be/ec=
ovadis.png" height=3D"32" alt=3D"EcoVadis Silver"></p>
<p style=3D"font-size:8pt;color:#2e7d32">&#127807; Please consider the envi=
ronment before printing this email.</p>
<p style=3D"font-size:7pt;color:#999">The information contained in this e-m=
ail is confidential and intended solely for the addressee. If you are not t=
he intended recipient, please notify the sender and delete this e-mail.</p>
</div></body></html>

--_000_AM0PR03MB6210F1A2B3C4D5E6F7A8B9C0D1E2AAM0PR03MB6210eurp_--
"""),
    ('nl', 'person-replies-to-ticket-autoack', 'complaint', ('deletion',),
     """Received: from mail-ed1-f47.google.com (mail-ed1-f47.google.com [209.85.208.47])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QnW0c2vTgz9sXd
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 21:18:33 +0100 (CET)
MIME-Version: 1.0
References: <ticket-48213.1759428840@support.shop.example.be>
In-Reply-To: <ticket-48213.1759428840@support.shop.example.be>
From: Sofie Peeters <sofiepeeters.1990@gmail.com>
Date: Mon, 16 Nov 2026 21:18:20 +0100
Message-ID: <CAF4kPq0d8Zx7H3eWvJYQb1mT2nR5sLc9oA6uG0fXiE1pV3yK4w@mail.gmail.com>
Subject: Re: [#48213] We hebben je aanvraag ontvangen
To: privacy@shop.example.be
Cc: support@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000a7c9e50620a9d3f1"

--000000000000a7c9e50620a9d3f1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Beste,

Op 2 oktober heb ik gevraagd om mijn account en al mijn gegevens te wissen.=
 Ik kreeg toen onderstaande automatische bevestiging, maar daarna niets mee=
r. Het is nu meer dan zes weken later, mijn account bestaat nog steeds en i=
k krijg zelfs nog altijd jullie promomails.

Ik herhaal dus mijn verzoek: verwijder mijn account en al mijn persoonsgege=
vens. Als ik binnen de week geen antwoord heb, dien ik een klacht in bij de=
 Gegevensbeschermingsautoriteit.

Sofie Peeters

Op vr 2 okt 2026 om 20:14 schreef Shop Example Klantendienst <support@shop.=
example.be>:

> Beste klant,
>
> Bedankt voor je bericht. We hebben je aanvraag goed ontvangen onder ticke=
tnummer #48213.
> Ons team beantwoordt je vraag binnen 3 werkdagen.
>
> Dit is een automatisch bericht, je hoeft hier niet op te antwoorden.
>
> Met vriendelijke groeten,
> Klantendienst Shop Example

--000000000000a7c9e50620a9d3f1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Beste,</div><div><br></div><div>Op 2 oktober heb ik g=
evraagd om mijn account en al mijn gegevens te wissen. Ik kreeg toen onders=
taande automatische bevestiging, maar daarna niets meer. Het is nu meer dan=
 zes weken later, mijn account bestaat nog steeds en ik krijg zelfs nog alt=
ijd jullie promomails.</div><div><br></div><div>Ik herhaal dus mijn verzoek=
: verwijder mijn account en al mijn persoonsgegevens. Als ik binnen de week=
 geen antwoord heb, dien ik een klacht in bij de Gegevensbeschermingsautori=
teit.</div><div><br></div><div>Sofie Peeters</div><div><br></div><div></div=
></div><br><div class=3D"gmail_quote"><div dir=3D"ltr" class=3D"gmail_attr"=
>Op vr 2 okt 2026 om 20:14 schreef Shop Example Klantendienst &lt;<a href=
=3D"mailto:support@shop.example.be">support@shop.example.be</a>&gt;:<br></d=
iv><blockquote class=3D"gmail_quote" style=3D"margin:0px 0px 0px 0.8ex;bord=
er-left:1px solid rgb(204,204,204);padding-left:1ex">Beste klant,<br><br>Be=
dankt voor je bericht. We hebben je aanvraag goed ontvangen onder ticketnum=
mer #48213.<br>Ons team beantwoordt je vraag binnen 3 werkdagen.<br><br>Dit=
 is een automatisch bericht, je hoeft hier niet op te antwoorden.<br><br>Me=
t vriendelijke groeten,<br>Klantendienst Shop Example</blockquote></div>

--000000000000a7c9e50620a9d3f1--
"""),
    ('de', 'person-replies-to-login-alert', 'deletion', ('access',),
     """Received: from mout.web.de (mout.web.de [212.227.15.3])
	by mail.shop.example.be (Postfix) with ESMTPS id 4QsT8p3wKdz9sWq
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 09:26:51 +0100 (CET)
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))
Subject: Re: Neue Anmeldung bei Ihrem Kundenkonto
From: =?utf-8?Q?Tobias_Kr=C3=A4mer?= <t.kraemer@web.de>
In-Reply-To: <login-alert-8812734.1763793660@shop.example.be>
Date: Sun, 22 Nov 2026 09:26:44 +0100
Content-Transfer-Encoding: quoted-printable
Message-Id: <3A7F0C1E-92B4-4D6A-B1E8-5C0D2F7A9E31@web.de>
References: <login-alert-8812734.1763793660@shop.example.be>
To: privacy@shop.example.be
X-Mailer: Apple Mail (2.3826.300.87.4.3)

Guten Tag,

ich habe nie ein Kundenkonto bei Ihnen angelegt. Offenbar hat jemand meine =
E-Mail-Adresse verwendet oder sich vertippt. Bitte l=C3=B6schen Sie dieses =
Konto vollst=C3=A4ndig. Teilen Sie mir au=C3=9Ferdem mit, welche Daten zu m=
einer E-Mail-Adresse bei Ihnen gespeichert sind bzw. waren.

Freundliche Gr=C3=BC=C3=9Fe
Tobias Kr=C3=A4mer

Am 22.11.2026 um 07:41 schrieb Shop Example <no-reply@shop.example.be>:
> Neue Anmeldung bei Ihrem Kundenkonto
>
> Hallo,
> wir haben eine Anmeldung bei Ihrem Konto von einem neuen Ger=C3=A4t festg=
estellt:
> Chrome auf Android, Br=C3=BCssel (BE), 22.11.2026 07:40
> Waren Sie das nicht? =C3=84ndern Sie bitte sofort Ihr Passwort.
>
> Dies ist eine automatisch erstellte E-Mail.
"""),
]
